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
