"""``palayesh serve`` under hostile input and a changing world (issue 14: "one bad byte never stops a run").

Malformed requests get a 4xx with a message, never a 500; a replaced index is swapped in whole;
foreign or broken part files are skipped with a warning; the HTTP server checks ``Host`` and keeps
its threads and idle connections bounded.
"""
import json
from urllib.parse import urlencode

import pytest

from palayesh.web.app import make_app
from palayesh.web.sample import write_output


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return write_output(tmp_path_factory.mktemp("robust") / "out")


@pytest.fixture(scope="module")
def app(out):
    return make_app(out)


def call(app, path, query="", method="GET", raw_path=None, **environ):
    """GET in-process: ``(status, headers, body)``; ``raw_path`` is PATH_INFO as the server gives it."""
    qs = urlencode(query) if isinstance(query, dict) else query
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    env = {"REQUEST_METHOD": method, "QUERY_STRING": qs,
           "PATH_INFO": raw_path if raw_path is not None else path.encode("utf-8").decode("latin-1"), **environ}
    body = b"".join(app(env, start_response))
    return seen["status"], seen["headers"], body.decode("utf-8")


# --- malformed requests: 4xx, never 500 ---------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/doc/#99999999999999999999999",          # the issue: a rowid beyond SQLite's 64-bit integers
    "/doc/#99999999999999999999999.json",
    "/changes/#99999999999999999999999",
    "/doc/#9223372036854775808",              # 2**63: one past the largest rowid
    "/doc/#-1",
    "/doc/#²",                                # a digit to str.isdigit, not to int()
    "/doc/#١٢",                               # Arabic-Indic digits: no such rowid
    pytest.param("/doc/#" + "9" * 5000, id="5000-digits"),  # beyond int()'s digit limit
    "/doc/#",
])
def test_malformed_doc_reference_is_404(app, path):
    status, headers, body = call(app, path)
    assert status.startswith("404"), (path, status)
    assert "سندی با این شناسه نیست" in body


def test_doc_by_rowid_still_works(app):
    rowid = app.index.document("fa-zwnj")["rowid"]
    status, _, body = call(app, f"/doc/#{rowid}.json")
    assert status == "200 OK" and json.loads(body)["document"]["id"] == "fa-zwnj"


@pytest.mark.parametrize("path, query", [
    ("/search.json", {"page": "99999999999999999999999"}),   # huge page number
    ("/search.json", {"page": "-5"}),
    ("/search.json", {"page": "²"}),
    pytest.param("/search.json", {"page": "9" * 5000}, id="page-5000-digits"),
    ("/search.json", {"page": "1e9"}),
    ("/search.json", "q=%ff%fe&page=%ff"),                     # invalid UTF-8 percent-escapes
    pytest.param("/search.json", "q=" + "%ff" * 3000, id="q-3000-ff"),
    pytest.param("/search.json", {"q": "خبر " * 20000}, id="q-20000-words"),   # a huge query
    pytest.param("/search.json", {"q": "a" * 100000}, id="q-100000-chars"),
    ("/search.json", {"q": "x", "from": "²²²²", "to": "9999-99-99"}),
    ("/search.json", {"nope": "1", "format": "xml", "status": "???", "agency": "\x00"}),  # unknown params
    ("/search.json", "&&&=&=&q&page"),
    ("/search.json", {"q": "\x00\ud7ff\U0010ffff"}),
    ("/doc/%ff.json", ""),
    ("/dashboard.json", {"page": "-1"}),
])
def test_hostile_request_input_is_never_a_500(app, path, query):
    status, headers, body = call(app, path, query)
    assert not status.startswith("5"), (path, str(query)[:80], status)
    json.loads(body)


def test_invalid_utf8_in_the_path_is_404(app):
    status, _, body = call(app, "", raw_path="/doc/\xff\xfe")  # %ff%fe as wsgiref hands it over
    assert status.startswith("404")
    status, _, _ = call(app, "", raw_path="/changes/\xff.json")
    assert status.startswith("404")


# --- foreign and broken files in OUT/docs -------------------------------------------------------

def _spoil(out):
    """Put what a real folder collects next to the parts: notes, a broken part, someone else's table."""
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq

    (out / "docs" / "README.txt").write_text("not a part", encoding="utf-8")
    (out / "docs" / "broken.parquet").write_bytes(b"PAR1 this is no parquet file")
    good = (out / "docs" / "part-00000.parquet").read_bytes()
    (out / "docs" / "part-00009.parquet").write_bytes(good[: len(good) // 2])  # a truncated copy
    pq.write_table(pa.table({"a": [1, 2], "b": ["x", "y"]}), out / "docs" / "other.parquet")  # no id/text
    (out / "docs" / "dir.parquet").mkdir()
    with gzip.open(out / "rejected" / "part-00001.jsonl.gz", "wb") as fh:
        fh.write(json.dumps({"id": "jl-ok", "text": "متن سالم", "reason": "quality_too_short"}).encode() + b"\n")
        fh.write(b"{not json\n[1, 2]\nnull\n\xff\xfe\n")
        fh.write(b'{"id": "jl-sur", "text": "lone \\ud800 surrogate", "reason": "quality_too_short"}\n')
        fh.write(json.dumps({"id": "jl-odd", "text": 12, "signals": "x", "edits": [1], "published": "²²²²-²²-²²",
                             "lang_score": "high", "reason": "quality_too_short"}).encode() + b"\n")
    good = gzip.compress(json.dumps({"id": "jl-cut", "text": "متن"}).encode() + b"\n" * 5000)
    (out / "rejected" / "part-00002.jsonl.gz").write_bytes(good[: len(good) // 2])  # truncated gzip


def test_foreign_and_broken_parts_are_skipped_with_a_warning(tmp_path, caplog):
    out = write_output(tmp_path / "o")
    _spoil(out)
    with caplog.at_level("WARNING", logger="palayesh.web.index"):
        a = make_app(out)
    found = {r["id"] for r in json.loads(call(a, "/search.json", {"status": "all"})[2])["results"]}
    assert {"fa-zwnj", "fa-space", "nulls", "short", "jl-ok", "jl-odd", "jl-sur"} <= found  # the rest is served
    skipped = {s["path"]: s["error"] for s in a.index.meta["skipped"]}
    assert set(skipped) >= {"docs/broken.parquet", "docs/part-00009.parquet", "docs/other.parquet",
                            "rejected/part-00002.jsonl.gz"}
    assert "README.txt" not in " ".join(skipped) and "docs/dir.parquet" not in skipped
    assert "id" in skipped["docs/other.parquet"]  # says why: not a palayesh part
    assert "broken.parquet" in caplog.text and "part-00009.parquet" in caplog.text
    dash = json.loads(call(a, "/dashboard.json")[2])
    assert {s["path"] for s in dash["index"]["skipped"]} == set(skipped)
    page = call(a, "/dashboard")[2]
    assert "docs/broken.parquet" in page and "نادیده" in page
    assert call(a, "/doc/jl-odd")[0] == "200 OK" and call(a, "/")[0] == "200 OK"


def test_cli_reports_skipped_parts(tmp_path, capsys):
    import argparse

    from palayesh.cli import serve

    out = write_output(tmp_path / "o")
    (out / "docs" / "broken.parquet").write_bytes(b"garbage")
    parser = argparse.ArgumentParser(prog="palayesh")
    serve.add_parser(parser.add_subparsers())
    ns = parser.parse_args(["serve", str(out), "--index-only"])
    assert ns.run(ns) == 0
    err = capsys.readouterr().err
    assert "skipped docs/broken.parquet" in err
