"""``palayesh serve`` under hostile input and a changing world (issue 14: "one bad byte never stops a run").

Malformed requests get a 4xx with a message, never a 500; a replaced index is swapped in whole;
foreign or broken part files are skipped with a warning; the HTTP server checks ``Host`` and keeps
its threads and idle connections bounded.
"""
import json
import time
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
    status, _, body = call(app, path)
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
    status, _, body = call(app, path, query)
    assert not status.startswith("5"), (path, str(query)[:80], status)
    json.loads(body)


def test_invalid_utf8_in_the_path_is_404(app):
    status, _, _ = call(app, "", raw_path="/doc/\xff\xfe")  # %ff%fe as wsgiref hands it over
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


# --- the index file replaced under a running server ---------------------------------------------

def _answers(app):
    """What a reader sees: the search (ids, total, facets), a document and the dashboard counts."""
    d = json.loads(call(app, "/search.json", {"status": "all"})[2])
    dash = json.loads(call(app, "/dashboard.json")[2])
    return ({r["id"] for r in d["results"]}, d["total"], d["facets"], call(app, "/doc/fa-zwnj")[0],
            dash["documents"], dash["index"]["documents"], app.index.meta["documents"])


def _refine_again(out):
    """OUT refined again (other documents), and its index rebuilt by another process: the file is replaced."""
    import shutil

    from palayesh.web.index import ensure_index
    from palayesh.web.sample import sample_rows

    kept, rejected = sample_rows()
    shutil.rmtree(out / "docs")
    shutil.rmtree(out / "rejected")
    for i, row in enumerate(kept[:2]):
        row.update(id=f"new-{i}", agency="ایلنا", host="www.ilna.ir")
    write_output(out, kept=kept[:2], rejected=rejected[:1])
    assert ensure_index(out)[2]  # rebuilt into a temporary file, then os.replace'd over the old one


def _in_thread(fn):
    """``fn()`` in a new thread (a new thread opens its own SQLite connection); re-raises its error."""
    import threading

    got = {}

    def run():
        try:
            got["v"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            got["e"] = e

    t = threading.Thread(target=run)
    t.start()
    t.join(30)
    if "e" in got:
        raise got["e"]
    return got["v"]


def test_a_replaced_index_is_swapped_in_whole(tmp_path):
    out = write_output(tmp_path / "o")
    a = make_app(out)
    old = _answers(a)
    assert old[4] == 8 and _in_thread(lambda: _answers(a)) == old  # caches and connections warm in two threads
    _refine_again(out)
    expected = _answers(make_app(out))
    assert expected[0] == {"new-0", "new-1", "fa-dup"} and expected[4] == 3
    # the running app: every thread, old or new, answers from the new index alone
    assert _answers(a) == expected
    assert _in_thread(lambda: _answers(a)) == expected


def test_one_answer_never_mixes_two_indexes(tmp_path, monkeypatch):
    from palayesh.web.index import Index

    out = write_output(tmp_path / "o")
    a = make_app(out)
    call(a, "/search.json", {"status": "all"})
    real_facets, replaced = Index.facets, []

    def facets(self, *args, **kw):  # the index file is replaced between the results and the facets
        if not replaced:
            replaced.append(1)
            _refine_again(out)
        return real_facets(self, *args, **kw)

    monkeypatch.setattr(Index, "facets", facets)
    d = json.loads(call(a, "/search.json", {"status": "all"})[2])
    assert replaced
    ids = {r["id"] for r in d["results"]}
    counts = {f["value"]: f["count"] for f in d["facets"]["status"]}
    assert ids == {"fa-zwnj", "fa-space", "fa-joined", "fa-dup", "hostile", "nulls", "en-page", "short"}
    assert counts == {"kept": 5, "rejected": 3} and d["total"] == 8  # results and counts of the same index
    d = json.loads(call(a, "/search.json", {"status": "all"})[2])  # the next request sees the new one
    assert {r["id"] for r in d["results"]} == {"new-0", "new-1", "fa-dup"} and d["total"] == 3


def test_a_snapshot_never_opens_another_build(tmp_path):
    from palayesh.web.index import Index, IndexChanged

    out = write_output(tmp_path / "o")
    a = make_app(out)
    snapshot = Index(a.index.path)
    assert snapshot.con is not None  # this thread's connection holds the old file open
    _refine_again(out)
    assert len(snapshot.details([r for r, in snapshot.con.execute("SELECT rowid FROM docs")])) == 8
    with pytest.raises(IndexChanged):  # a new thread would open the new file: refused, not mixed
        _in_thread(lambda: snapshot.con)


def test_a_request_that_meets_a_new_build_starts_again_on_it(tmp_path, monkeypatch):
    from palayesh.web.index import LiveIndex

    out = write_output(tmp_path / "o")
    a = make_app(out)
    stale = a.index
    _refine_again(out)
    real, calls = LiveIndex.current, []

    def current(self):  # the file is replaced between taking the snapshot and opening its connection
        calls.append(1)
        return stale if len(calls) == 1 else real(self)

    monkeypatch.setattr(LiveIndex, "current", current)
    d = _in_thread(lambda: json.loads(call(a, "/search.json", {"status": "all"})[2]))
    assert len(calls) == 2 and {r["id"] for r in d["results"]} == {"new-0", "new-1", "fa-dup"}


def test_an_unusable_replacement_is_ignored(tmp_path, caplog):
    out = write_output(tmp_path / "o")
    a = make_app(out)
    before = _answers(a)
    tmp = out / ".index" / "junk"
    tmp.write_bytes(b"not an index")
    __import__("os").replace(tmp, a.index.path)
    with caplog.at_level("WARNING", logger="palayesh.web.index"):
        assert _answers(a) == before  # the old snapshot goes on serving
    assert "unusable" in caplog.text


# --- the HTTP server: Host header, timeouts, bounded threads -------------------------------------

def _serve(app, **kw):
    import threading

    from palayesh.web.server import make_server_for

    server = make_server_for(app, kw.pop("host", "127.0.0.1"), 0, **kw)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _get(port, path="/api.json", host=None, timeout=10):
    import http.client

    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.putrequest("GET", path, skip_host=host is not None)
        if host is not None:
            c.putheader("Host", host)
        c.endheaders()
        r = c.getresponse()
        return r.status, r.read().decode("utf-8", "replace")
    finally:
        c.close()


@pytest.mark.parametrize("host, ok", [
    ("localhost:{port}", True),
    ("127.0.0.1:{port}", True),
    ("[::1]:{port}", True),
    ("LOCALHOST:{port}", True),            # names are case-insensitive
    ("localhost", True),                   # no port: still our name
    ("evil.example.com:{port}", False),    # DNS rebinding: an attacker's name resolved to 127.0.0.1
    ("evil.example.com", False),
    ("localhost:1", False),                # another port
    ("127.0.0.1.evil.com:{port}", False),
    ("localhost@evil.com:{port}", False),
    ("", False),
    ("corpus.lan:{port}", True),           # --allow-host corpus.lan
])
def test_host_header_is_checked_on_loopback(app, host, ok):
    server = _serve(app, allow_hosts=["corpus.lan"])
    try:
        status, body = _get(server.server_port, host=host.format(port=server.server_port))
        if ok:
            assert status == 200 and "endpoints" in body
        else:
            assert status == 421 and "Host" in body
    finally:
        server.shutdown()
        server.server_close()


def test_without_allow_host_other_names_are_refused(app):
    server = _serve(app)
    try:
        assert _get(server.server_port, host=f"corpus.lan:{server.server_port}")[0] == 421
        assert _get(server.server_port)[0] == 200  # http.client sends 127.0.0.1:PORT
    finally:
        server.shutdown()
        server.server_close()


def test_cli_has_allow_host():
    import argparse

    from palayesh.cli import serve

    parser = argparse.ArgumentParser(prog="palayesh")
    serve.add_parser(parser.add_subparsers())
    ns = parser.parse_args(["serve", "OUT", "--allow-host", "a.lan", "--allow-host", "b.lan", "--timeout", "5",
                            "--max-threads", "8"])
    assert ns.allow_host == ["a.lan", "b.lan"] and ns.timeout == 5 and ns.max_threads == 8


@pytest.mark.parametrize("bad", ["0", "-1", "nan", "inf", "soon"])
def test_cli_query_timeout(bad, capsys):
    import argparse

    from palayesh.cli import serve
    from palayesh.web.index import QUERY_TIMEOUT

    parser = argparse.ArgumentParser(prog="palayesh")
    serve.add_parser(parser.add_subparsers())
    assert parser.parse_args(["serve", "OUT", "--query-timeout", "2.5"]).query_timeout == 2.5
    assert parser.parse_args(["serve", "OUT"]).query_timeout == serve.QUERY_TIMEOUT == QUERY_TIMEOUT
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "OUT", "--query-timeout", bad])
    assert "--query-timeout: a number of seconds" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "--help"])
    assert "--query-timeout SECONDS" in capsys.readouterr().out


def test_serve_query_timeout_stops_a_long_search_with_a_json_503(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    import palayesh

    rows = [{"id": f"t{i}", "title": "سند", "lang": "fa", "text": f"گزارش شماره {i} از کشور"} for i in range(4000)]
    out = write_output(tmp_path / "o", kept=rows, fmt="jsonl")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(palayesh.__file__).parents[1]),
                                                       os.environ.get("PYTHONPATH", "")]))
    # 1 microsecond: SQLite's progress handler (every 10,000 steps) finds any search of 4,000 hits past it
    proc = subprocess.Popen([sys.executable, "-m", "palayesh", "serve", str(out), "--port", "0",
                             "--query-timeout", "0.000001"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        port = None
        for line in proc.stderr:  # "palayesh serve: http://127.0.0.1:PORT/  (Ctrl-C to stop)"
            if "http://" in line:
                port = int(line.split("http://")[1].split("/")[0].rsplit(":", 1)[1])
                break
        assert port, "the server did not start"
        status, body = _get(port, "/search.json?" + urlencode({"q": "کشور"}), timeout=60)
        d = json.loads(body)
        assert status == 503 and "متوقف شد" in d["error"] and d["timeout_seconds"] == 0.000001
        assert _get(port, "/api.json", timeout=60)[0] == 200  # the server goes on answering
    finally:
        proc.terminate()
        proc.wait(30)
        proc.stderr.close()


def _connect_idle(port, n, send=b""):
    import socket

    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        if send:
            s.sendall(send)  # a request line, then nothing: a slow client
        socks.append(s)
    return socks


def _closed_by_server(s, wait=5.0):
    s.settimeout(wait)
    try:
        while True:
            data = s.recv(4096)
            if not data:
                return True
    except TimeoutError:
        return False
    except OSError:
        return True


def test_idle_connections_hold_no_thread_and_are_closed(app):
    import threading

    base = threading.active_count()
    server = _serve(app, timeout=1.0, max_threads=4)
    socks = []
    try:
        socks = _connect_idle(server.server_port, 50)  # half-open: connected, never a byte
        time.sleep(0.3)
        assert threading.active_count() <= base + 2 + 4  # serve_forever, the waiting room, 4 handlers
        t0 = time.monotonic()
        status, body = _get(server.server_port)
        assert status == 200 and "endpoints" in body and time.monotonic() - t0 < 2  # answered at once
        assert all(_closed_by_server(s) for s in socks[:5])  # closed after the 1 s timeout
    finally:
        for s in socks:
            s.close()
        server.shutdown()
        server.server_close()


def test_slow_clients_are_bounded_and_timed_out(app):
    import threading

    base = threading.active_count()
    server = _serve(app, timeout=0.5, max_threads=4)
    socks = []
    try:
        # each sends half a request and stalls: each holds a handler until the timeout
        socks = _connect_idle(server.server_port, 30, send=b"GET /api.json HTTP/1.1\r\n")
        time.sleep(0.3)
        assert threading.active_count() <= base + 2 + 4
        deadline, status = time.monotonic() + 15, None
        while time.monotonic() < deadline:  # 503 while they hold the handlers, then 200
            status, _ = _get(server.server_port)
            if status == 200:
                break
            assert status == 503
        assert status == 200
        assert threading.active_count() <= base + 2 + 4
    finally:
        for s in socks:
            s.close()
        server.shutdown()
        server.server_close()


def test_dashboard_survives_odd_months():
    from palayesh.web.pages import _months

    rows = [("²²²²-²²", 1, 0), ("2023-01", 1, 0), ("2023-0x", 1, 1), ("2023-03", 0, 1)]
    got, _ = _months(rows)
    assert [r[0] for r in got] == ["2023-01", "2023-02", "2023-03"]


def test_dashboard_says_when_the_output_changed_after_indexing(tmp_path):
    out = write_output(tmp_path / "o")
    a = make_app(out)
    assert json.loads(call(a, "/dashboard.json")[2])["output_changed"] is False
    (out / "stats.json").write_text('{"refined": "again"}', encoding="utf-8")
    a.output_checked = 0  # the check is cached for a few seconds
    assert json.loads(call(a, "/dashboard.json")[2])["output_changed"] is True
    assert "--index-only" in call(a, "/dashboard")[2]


def test_a_deleted_index_is_a_503_not_a_500(tmp_path):
    out = write_output(tmp_path / "o")
    a = make_app(out)
    a.index.path.unlink()
    status, _, body = _in_thread(lambda: call(a, "/search.json"))
    assert status.startswith("503") and "نمایه" in body


# --- many readers at once; a slow query; the output folder replaced while served ---------------------

def _get_json(port, path, timeout=30):
    status, body = _get(port, path, timeout=timeout)
    return status, json.loads(body)


def test_a_query_over_its_time_limit_is_stopped_with_a_clear_message(tmp_path):
    a = make_app(write_output(tmp_path / "o"))
    ix = a.index
    ix.timeout, ix.progress_steps = 0.0, 1  # every statement is past its deadline at its first step
    status, headers, body = call(a, "/search.json", {"q": "می شود"})
    d = json.loads(body)
    assert status.startswith("503") and headers["Content-Type"].startswith("application/json")
    assert "ثانیه طول کشید و متوقف شد" in d["error"] and d["timeout_seconds"] == 0.0
    status, _, page = call(a, "/", {"q": "می شود"})
    assert status.startswith("503") and "متوقف شد" in page
    ix.timeout = 10.0  # the same connection answers the next search
    assert json.loads(call(a, "/search.json", {"q": "می شود"})[2])["total"] >= 1


def test_a_slow_query_does_not_block_other_readers(app, monkeypatch):
    import threading

    from palayesh.web.index import Index

    real = Index.search
    started = threading.Event()

    def search(self, query, filters, **kw):
        if query.text == "کند":  # one slow query: 3 s inside the index
            started.set()
            time.sleep(3)
        return real(self, query, filters, **kw)

    monkeypatch.setattr(Index, "search", search)
    server = _serve(app)
    try:
        port = server.server_port
        slow: dict = {}
        t = threading.Thread(target=lambda: slow.update(r=_get_json(port, "/search.json?" + urlencode({"q": "کند"}))))
        t.start()
        assert started.wait(10)
        t0 = time.monotonic()
        for q in ("می شود", "بانک", "نفت"):
            status, d = _get_json(port, "/search.json?" + urlencode({"q": q, "status": "all"}))
            assert status == 200 and d["total"] >= 1
        assert time.monotonic() - t0 < 2.5 and t.is_alive()  # answered while the slow one still runs
        t.join(20)
        assert slow["r"][0] == 200
    finally:
        server.shutdown()
        server.server_close()


def test_many_readers_at_once_get_the_same_answers(app):
    from concurrent.futures import ThreadPoolExecutor

    server = _serve(app)
    try:
        port = server.server_port
        paths = ["/search.json?" + urlencode({"q": q, "status": "all"}) for q in ("می شود", "بانک", "نفت", "")]
        paths += ["/doc/fa-zwnj.json", "/dashboard.json", "/search.json?" + urlencode({"from": "۱۴۰۲/۰۱"})]
        expected = {p: _get_json(port, p)[1] for p in paths}
        with ThreadPoolExecutor(24) as pool:
            got = list(pool.map(lambda i: (paths[i % len(paths)], _get_json(port, paths[i % len(paths)])),
                                range(24 * 8)))
        for path, (status, d) in got:
            assert status == 200
            if path.startswith("/search"):
                assert d["total"] == expected[path]["total"]
                assert [r["id"] for r in d["results"]] == [r["id"] for r in expected[path]["results"]]
            elif path.startswith("/doc"):
                assert d["document"]["id"] == "fa-zwnj"
            else:
                assert d["documents"] == expected[path]["documents"]
    finally:
        server.shutdown()
        server.server_close()


def test_an_output_folder_replaced_while_served_is_picked_up_never_half_read(tmp_path):
    """Readers keep asking while OUT is replaced by a re-refined folder (with its index): each answer is
    the old corpus or the new one whole (or a 503 that says to retry), never a mix, never a 500."""
    import os
    import threading

    from palayesh.web.index import ensure_index
    from palayesh.web.sample import sample_rows

    out = write_output(tmp_path / "out")
    a = make_app(out)
    old_ids = {"fa-zwnj", "fa-space", "fa-joined", "fa-dup", "hostile", "nulls", "en-page", "short"}
    kept, rejected = sample_rows()
    for i, row in enumerate(kept[:2]):
        row.update(id=f"new-{i}", agency="ایلنا")
    fresh = write_output(tmp_path / "fresh", kept=kept[:2], rejected=rejected[:1])
    ensure_index(fresh)  # the re-refined folder comes with its index (palayesh serve OUT --index-only)
    new_ids = {"new-0", "new-1", "fa-dup"}
    server = _serve(a)
    answers: list = []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            status, body = _get(server.server_port, "/search.json?status=all")
            answers.append((status, json.loads(body)))

    threads = [threading.Thread(target=reader) for _ in range(6)]
    try:
        for t in threads:
            t.start()
        time.sleep(0.5)
        os.rename(out, tmp_path / "old")      # the folder replaced as a whole, under the readers
        os.rename(fresh, out)
        time.sleep(1.0)
        stop.set()
        for t in threads:
            t.join(30)
        seen = set()
        for status, d in answers:
            if status == 503:
                assert "نمایه" in d["error"]
                continue
            assert status == 200, d
            ids = {r["id"] for r in d["results"]}
            counts = {f["value"]: f["count"] for f in d["facets"]["status"]}
            if ids == old_ids:
                assert d["total"] == 8 and counts == {"kept": 5, "rejected": 3}
                seen.add("old")
            else:
                assert ids == new_ids and d["total"] == 3 and counts == {"kept": 2, "rejected": 1}, d
                seen.add("new")
        assert seen == {"old", "new"}
        status, d = _get_json(server.server_port, "/search.json?status=all")
        assert status == 200 and {r["id"] for r in d["results"]} == new_ids  # picked up
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def test_an_output_folder_replaced_without_its_index_is_refused_cleanly(tmp_path):
    """OUT replaced by a re-refined folder that has no index yet: the old corpus is answered whole where a
    connection is open, a new reader gets a 503 that says to build the index, and the dashboard says so."""
    import os

    out = write_output(tmp_path / "out")
    a = make_app(out)
    assert json.loads(call(a, "/search.json", {"status": "all"})[2])["total"] == 8  # this thread's connection
    fresh = write_output(tmp_path / "fresh", kept=[{"id": "only", "text": "متن تازه", "lang": "fa"}])
    os.rename(out, tmp_path / "old")
    os.rename(fresh, out)
    d = json.loads(call(a, "/search.json", {"status": "all"})[2])
    assert d["total"] == 8 and len(d["results"]) == 8  # the old build whole, never a half-read mix
    status, _, body = _in_thread(lambda: call(a, "/search.json", {"status": "all"}))
    assert status.startswith("503") and "--index-only" in json.loads(body)["error"]
    assert json.loads(call(a, "/dashboard.json")[2])["output_changed"] is True


def test_the_query_timeout_outlives_a_swap_of_the_index(tmp_path):
    out = write_output(tmp_path / "o")
    a = make_app(out, query_timeout=2.5)
    assert a.index.timeout == 2.5
    _refine_again(out)
    assert a.index.meta["documents"] == 3 and a.index.timeout == 2.5  # the new snapshot keeps the limit
