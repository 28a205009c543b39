"""In-process tests of ``palayesh serve``: search tokens, index, pages and their JSON twins.

The app is a WSGI callable; most tests call it directly (no socket). One test serves it on
127.0.0.1 port 0 and fetches a page over HTTP.
"""
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from html.parser import HTMLParser
from urllib.parse import quote, urlencode

import pytest

from palayesh.web.app import make_app
from palayesh.web.index import ensure_index
from palayesh.web.sample import HOSTILE, write_output
from palayesh.web.tokens import fold, highlight, index_text, parse_query


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return write_output(tmp_path_factory.mktemp("web") / "out")


@pytest.fixture(scope="module")
def app(out):
    return make_app(out)


def call(app, path, query="", method="GET"):
    """GET ``path`` in-process: ``(status, headers, body)``; ``query`` is a dict or a string."""
    qs = urlencode(query) if isinstance(query, dict) else query
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    # WSGI passes the path as latin-1 characters of its UTF-8 bytes
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path.encode("utf-8").decode("latin-1"), "QUERY_STRING": qs}
    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body.decode("utf-8")


def get_json(app, path, query=""):
    status, headers, body = call(app, path, query)
    assert headers["Content-Type"].startswith("application/json"), (path, status)
    return json.loads(body)


def ids(app, q, **filters):
    return {r["id"] for r in get_json(app, "/search.json", {"q": q, "status": "all", **filters})["results"]}


# --- tokens -------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("می‌شود", "میشود"),      # ZWNJ joined in the index token
    ("كتاب", "کتاب"),          # Arabic kaf → Persian kaf
    ("ايران", "ایران"),        # Arabic yeh → Persian yeh
    ("۱۲۳", "123"),            # Persian digits → ASCII
    ("٤٥", "45"),              # Arabic-Indic digits → ASCII
    ("عِلم", "علم"),           # diacritics go
    ("بـــزرگ", "بزرگ"),       # tatweel goes
])
def test_fold_makes_spellings_equal(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("variants", [
    ("می شود", "میشود", "می‌شود"),       # the three spellings of the issue
    ("کتاب‌های", "كتابهاي"),             # ZWNJ and Arabic letters at once
])
def test_query_variants_parse_alike(variants):
    first = parse_query(variants[0]).fts
    assert all(parse_query(v).fts == first for v in variants[1:])


def test_index_text_keeps_latin_and_numbers():
    assert index_text("COVID-19 در ۲۰۲۰") == "covid 19 در 2020"


def test_highlight_marks_every_spelling_and_escapes():
    q = parse_query("می‌شود")
    plain, spans, html = highlight("<b>x</b> می شود و میشود و می‌شود", q)
    assert html.count("<mark>") == 3 and "&lt;b&gt;" in html
    assert [plain[a:b] for a, b in spans] == ["می شود", "میشود", "می‌شود"]


# --- search -------------------------------------------------------------------------------------

@pytest.mark.parametrize("q", ["می شود", "میشود", "می‌شود", "مي شود"])
def test_search_zwnj_variants_find_the_same_pages(app, q):
    # fa-zwnj has «می‌شود», fa-space «می شود», fa-joined and fa-dup «میشود»
    assert ids(app, q) == {"fa-zwnj", "fa-space", "fa-joined", "fa-dup"}


@pytest.mark.parametrize("q, expected", [
    ("كتابهاي", {"fa-zwnj"}),                   # Arabic letters and no ZWNJ in the query
    ("۱۲ درصد", {"fa-joined", "fa-dup"}),        # digit scripts do not matter
    ("12 درصد", {"fa-joined", "fa-dup"}),
    ("English", {"en-page"}),
    ("script alert", {"hostile"}),              # hostile markup is searchable as text
    ("واژه‌ای‌که‌نیست", set()),
    ("NEAR AND NOT", set()),                     # FTS5 keywords are only words here
])
def test_search_matches(app, q, expected):
    assert ids(app, q) == expected


def test_search_default_is_kept_and_facets_count_all(app):
    d = get_json(app, "/search.json", {"q": "میشود"})
    assert {r["id"] for r in d["results"]} == {"fa-zwnj", "fa-space", "fa-joined"}
    assert d["total"] == 3
    assert dict((f["value"], f["count"]) for f in d["facets"]["status"]) == {"kept": 3, "rejected": 1}
    assert {f["value"] for f in d["facets"]["agency"]} == {"مهر", "ایسنا", "ایرنا"}
    assert any("<mark>" in r["snippet_html"] for r in d["results"])


@pytest.mark.parametrize("filters, expected", [
    ({"agency": "ایسنا"}, {"fa-space"}),
    ({"section": "اقتصادی"}, {"fa-space", "fa-joined"}),
    ({"host": "www.irna.ir"}, {"fa-joined"}),
    ({"lang": "en"}, {"en-page"}),
    ({"status": "rejected"}, {"fa-dup", "en-page", "short"}),
    ({"reason": "lang_not_fa"}, {"en-page"}),
    ({"from": "2023-01-01"}, {"fa-zwnj", "fa-space"}),
    ({"from": "2022-11", "to": "2022-11"}, {"fa-joined", "fa-dup"}),
    ({"to": "2021"}, {"en-page"}),
    ({"agency": "-", "lang": "und"}, {"nulls"}),   # "-" selects the unknown (null) bucket
])
def test_filters(app, filters, expected):
    assert ids(app, "", **filters) == expected


def test_facets_ignore_their_own_filter(app):
    d = get_json(app, "/search.json", {"agency": "مهر"})
    assert len(d["facets"]["agency"]) > 1 and d["total"] == 1


# --- pages and JSON twins -----------------------------------------------------------------------

PAGES = ["/", "/search", "/dashboard", "/api", "/doc/fa-zwnj", "/changes/fa-zwnj", "/doc/hostile",
         "/changes/hostile", "/doc/nulls", "/changes/nulls", "/changes/fa-space", "/doc/fa-dup"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_json_twin(app, path):
    status, headers, body = call(app, path)
    assert status == "200 OK" and headers["Content-Type"] == "text/html; charset=utf-8"
    assert body.startswith("<!doctype html>") and 'dir="rtl"' in body
    twin = "/search.json" if path == "/" else path + ".json"
    a, b = get_json(app, twin), get_json(app, path, "format=json")
    a.pop("took_ms", None), b.pop("took_ms", None)
    assert a == b


class _Tags(HTMLParser):
    """Every element and attribute of a page, as a browser's parser sees them."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("path, query", [(p, "") for p in PAGES] + [("/", {"q": "خبر " + HOSTILE}),
                                                                     ("/", {"q": "script", "status": "all"})])
def test_hostile_content_is_escaped(app, path, query):
    body = call(app, path, query)[2]
    parser = _Tags()
    parser.feed(body)
    tags = parser.tags
    assert [a.get("src") for t, a in tags if t == "script"] == ["/static/app.js"]  # only our own script
    assert not [t for t, a in tags if t in ("img", "iframe", "object", "embed", "base", "form") and t != "form"]
    assert not [(t, k) for t, a in tags for k in a if k.startswith("on")]  # no event handler attributes
    assert not [a for t, a in tags for k, v in a.items() if (v or "").strip().lower().startswith("javascript:")]
    assert "<script>alert" not in body and "<img src=x" not in body


def test_security_headers_and_read_only(app):
    status, headers, _ = call(app, "/")
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"
    for method in ("POST", "PUT", "DELETE"):
        assert call(app, "/", method=method)[0].startswith("405")


def test_pages_use_no_external_resources(app):
    for path in PAGES + ["/static/style.css", "/static/app.js"]:
        body = call(app, path)[2]
        local = body.replace("https://www.", "").replace("http://127.0.0.1", "")
        assert "http://" not in local or path.startswith("/doc")
        assert "//fonts." not in body and "cdn" not in body.lower()


def test_not_found_and_static(app):
    assert call(app, "/doc/no-such-id")[0].startswith("404")
    assert get_json(app, "/doc/no-such-id.json")["status"].startswith("404")
    assert call(app, "/nope")[0].startswith("404")
    assert call(app, "/static/../index.py")[0].startswith("404")
    status, headers, body = call(app, "/static/style.css")
    assert status == "200 OK" and headers["Content-Type"].startswith("text/css") and "--bg" in body


def test_article_json(app):
    d = get_json(app, "/doc/fa-zwnj.json")
    doc = d["document"]
    assert doc["title"] == "تصمیم تازه مجلس اعلام می‌شود" and doc["agency"] == "مهر" and doc["kept"] is True
    assert doc["edits"]["zwnj_inserted"] == 3 and "raw" not in doc
    assert [r["id"] for r in d["related"]["story"]] == ["fa-space"]
    dup = get_json(app, "/doc/fa-dup.json")
    assert [r["id"] for r in dup["related"]["dup_cluster"]] == ["fa-joined"]


def test_article_page_shows_fields(app):
    body = call(app, "/doc/fa-zwnj")[2]
    for text in ("سیاسی", "گزارش", "تصمیم تازه مجلس اعلام می‌شود", "نمایندگان درباره بودجه", "مهر",
                 "۱۴۰۲/۰۲/۲۴", "کتاب‌های درسی", "/changes/fa-zwnj", "قیمت نفت امروز"):
        assert text in body, text


def test_changes_view_marks_chrome_and_fixes(app):
    v = get_json(app, "/changes/fa-zwnj.json")["changes"]
    status = {line["raw"]: line["status"] for line in v["lines"]}
    assert status["صفحه اصلی | ورود"] == "removed" and status["کلیه حقوق محفوظ است ۱۴۰۲"] == "removed"
    assert status["تصميم تازه مجلس اعلام مي شود"] == "kept"
    ops = [op for line in v["lines"] for op in line["ops"]]
    assert ["zwnj", " ", "\u200c"] in ops and ["fix", "ي", "ی"] in ops and ["fix", "ك", "ک"] in ops
    body = call(app, "/changes/fa-zwnj")[2]
    assert "<del dir=\"auto\">صفحه اصلی | ورود</del>" in body
    assert 'class="zwnj"' in body and '<mark class="fix" title="«ي» ← «ی»">ی</mark>' in body


def test_changes_view_of_html_page(app):
    d = get_json(app, "/changes/fa-space.json")["changes"]
    assert d["html"] is True
    lines = {line["raw"]: line["status"] for line in d["lines"]}
    assert lines["منو"] == "removed" and "var x = 1;" not in lines
    body = call(app, "/changes/fa-space")[2]
    assert "&lt;script&gt;var x = 1;&lt;/script&gt;" in body  # the source, escaped


def test_changes_view_shows_the_lines_extraction_read():
    from palayesh.extract.pagetext import html_lines
    from palayesh.web.diff import changes

    # (<center>, <summary>, <figure> end a block, as a browser shows them; a <pre>'s newline a line;
    # the head is not shown; ZWNJ and NBSP are the page's own)
    raw = ("<html><head><title>عنوان سایت</title></head><body><center>خبرگزاری نمونه</center>متن خبر"
           "<details><summary>بیشتر</summary>می\u200cشود</details><pre>سطر یک\nسطر\u00a0دو</pre></body></html>")
    lines = [line["raw"] for line in changes({"raw": raw, "text": "متن خبر"})["lines"]]
    assert lines == html_lines(raw) == ["خبرگزاری نمونه", "متن خبر", "بیشتر", "می\u200cشود", "سطر یک", "سطر\u00a0دو"]


def test_dashboard_json(app):
    d = get_json(app, "/dashboard.json")
    assert d["documents"] == 8 and dict(d["status"]) == {"kept": 5, "rejected": 3}
    assert dict(d["reasons"]) == {"dedup_near_duplicate": 1, "lang_not_fa": 1, "quality_too_short": 1}
    assert d["months"][0][0] == "2021-01" and d["index"]["documents"] == 8
    body = call(app, "/dashboard")[2]
    assert body.count("<svg") >= 5 and "dedup_near_duplicate" in body


def test_ids_with_any_characters(tmp_path):
    from palayesh.web.sample import sample_rows

    kept, _ = sample_rows()
    kept[0]["id"] = "a/b c?.json"
    a = make_app(write_output(tmp_path / "o", kept=kept[:1], rejected=[]))
    assert call(a, "/doc/a/b c?.json")[0] == "200 OK"  # the exact id wins over the .json suffix
    assert get_json(a, "/doc/" + "a/b c?.json", "format=json")["document"]["id"] == "a/b c?.json"
    assert "/doc/" + quote("a/b c?.json", safe="") in call(a, "/")[2]


# --- index ---------------------------------------------------------------------------------------

def test_index_is_reused_then_rebuilt_when_output_changes(tmp_path):
    out = write_output(tmp_path / "o")
    path, meta, built = ensure_index(out)
    assert built and path == out / ".index" / "search.sqlite"
    assert ensure_index(out)[2] is False
    (out / "stats.json").write_text('{"changed": true}', encoding="utf-8")
    assert ensure_index(out)[2] is True
    assert not list((out / ".index").glob("*.tmp*"))


def test_jsonl_output(tmp_path):
    a = make_app(write_output(tmp_path / "o", fmt="jsonl"))
    assert ids(a, "می شود") == {"fa-zwnj", "fa-space", "fa-joined", "fa-dup"}


def test_real_refine_output(tmp_path, shared):
    from conftest import REPO, run_cli

    out = tmp_path / "ex"
    r = run_cli("refine", REPO / "examples", "-o", out, "-q")
    assert r.returncode == 0, r.stderr
    a = make_app(out)
    for path in ("/", "/dashboard", "/search.json"):
        assert call(a, path)[0] == "200 OK"
    first = get_json(a, "/search.json", {"status": "all"})["results"][0]["id"]
    assert call(a, "/changes/" + first)[0] == "200 OK"


# --- CLI and server -----------------------------------------------------------------------------

def _cli(*args):
    import argparse

    from palayesh.cli import serve

    parser = argparse.ArgumentParser(prog="palayesh")
    serve.add_parser(parser.add_subparsers())
    ns = parser.parse_args(["serve", *map(str, args)])
    return ns.run(ns)


def test_cli_index_only_and_errors(tmp_path, capsys):
    out = write_output(tmp_path / "o")
    assert _cli(out, "--index-only") == 0
    assert "built index" in capsys.readouterr().err
    assert _cli(out, "--index-only") == 0
    assert "reusing index" in capsys.readouterr().err
    assert _cli(tmp_path / "missing", "--index-only") == 1
    (tmp_path / "empty").mkdir()
    assert _cli(tmp_path / "empty", "--index-only") == 1
    assert "refine" in capsys.readouterr().err


def test_cli_help_has_an_example():
    r = subprocess.run([sys.executable, "-c", "import sys; sys.argv=['palayesh','serve','--help'];"
                        "import argparse; from palayesh.cli import serve; p=argparse.ArgumentParser(prog='palayesh');"
                        "serve.add_parser(p.add_subparsers()); p.parse_args()"], capture_output=True, text=True)
    assert r.returncode == 0 and "palayesh serve OUT" in r.stdout and "--port" in r.stdout


def test_server_on_a_free_port(app):
    from palayesh.web.server import make_server_for

    server = make_server_for(app, "127.0.0.1", 0)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/search.json?" + urlencode({"q": "می شود"})
        with urllib.request.urlopen(url, timeout=10) as resp:
            assert resp.headers["Content-Security-Policy"].startswith("default-src 'self'")
            assert json.loads(resp.read())["total"] == 3
    finally:
        server.shutdown()
        server.server_close()


def test_serve_process_binds_localhost_port_0(tmp_path):
    out = write_output(tmp_path / "o")
    code = ("import argparse,sys; from palayesh.cli import serve; p=argparse.ArgumentParser(); "
            "serve.add_parser(p.add_subparsers()); a=p.parse_args(sys.argv[1:]); sys.exit(a.run(a))")
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", str(out), "--port", "0"], stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    try:
        url = None
        deadline = time.time() + 30
        while time.time() < deadline and url is None:
            line = proc.stderr.readline()
            if "http://" in line:
                url = line.split()[2]
        assert url and url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "api.json", timeout=10) as resp:
            assert "endpoints" in json.loads(resp.read())
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_import_palayesh_stays_light():
    r = subprocess.run([sys.executable, "-c", "import sys, palayesh; print('palayesh.web' in sys.modules, "
                        "'sqlite3' in sys.modules, 'wsgiref' in sys.modules)"], capture_output=True, text=True)
    assert r.stdout.split() == ["False", "False", "False"]


def test_read_only_output_indexes_into_the_cache(tmp_path, monkeypatch):
    import palayesh.web.index as index_mod

    out = write_output(tmp_path / "o")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    real_build = index_mod.build

    def build(o, dest, **kw):  # as if OUT were read-only (root ignores chmod, so simulate it)
        if str(dest).startswith(str(out)):
            raise PermissionError(13, "Permission denied", str(dest))
        return real_build(o, dest, **kw)

    monkeypatch.setattr(index_mod, "build", build)
    a = make_app(out)
    assert str(a.index.path).startswith(str(tmp_path / "cache")) and not (out / ".index").exists()
    assert ids(a, "میشود") == {"fa-zwnj", "fa-space", "fa-joined", "fa-dup"}


def test_palayesh_serve_help_via_main():
    from palayesh.cli import main

    if "serve" not in main.SUBCOMMANDS:
        pytest.skip("'serve' is not yet listed in palayesh.cli.main.SUBCOMMANDS")
    r = subprocess.run([sys.executable, "-m", "palayesh", "serve", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "palayesh serve OUT --port 0" in r.stdout


def test_a_dropped_copy_shows_its_kept_copy_and_similarity(app):
    # why a duplicate was dropped: the kept copy, and the similarity the drop rests on
    status, _, page = call(app, "/doc/fa-dup")
    assert status.startswith("200")
    assert 'href="/doc/fa-joined"' in page and "شباهت به نسخهٔ نگه‌داشته" in page and "۰٫۹۲" in page
    assert get_json(app, "/doc/fa-dup.json")["document"]["dup_score"] == 0.92



@pytest.mark.parametrize("text", [
    "كتاب‌هاي ۱۲ گانه",       # Arabic yeh/kaf, ZWNJ, Persian digits
    "مدرسة الإمام ٣٠",         # teh marbuta, alef with hamza, Arabic-Indic digits
    "مسئول مؤسسه آموزشی",     # yeh and waw with hamza, alef with madda
])
def test_search_tokens_fold_letters_as_keys_do(text):
    # one folding table (palayesh.textkeys.KEY_FOLDS): a search token and a dedup key of the same
    # text agree on letters and digits
    from palayesh.textkeys import line_key
    from palayesh.web.tokens import index_text

    assert index_text(text).replace(" ", "") == line_key(text)


def test_changes_view_marks_lines_that_became_fields_and_removed_half_spaces(tmp_path):
    from palayesh.web.sample import write_output

    raw = ("صفحه اصلی | ورود\nخانه > سیاسی > مجلس\nتهران - ایرنا - ۲۴ اردیبهشت ۱۴۰۲\n"
           "طرح تازه مجلس | خبرگزاری ایرنا\nاین طرح‌ امروز در مجلس بررسی شد و رای آورد.\nکلیه حقوق محفوظ است ۱۴۰۲")
    doc = {"id": "d1", "title": "طرح تازه مجلس", "section": "سیاسی", "agency": "ایرنا", "published": "2023-05-14",
           "text": "این طرح امروز در مجلس بررسی شد و رای آورد.", "raw": raw, "lang": "fa"}
    app = make_app(write_output(tmp_path / "out", kept=[doc]))
    v = get_json(app, "/changes/d1.json")["changes"]
    by_raw = {line["raw"]: line for line in v["lines"]}
    assert by_raw["صفحه اصلی | ورود"]["status"] == "removed"
    assert by_raw["کلیه حقوق محفوظ است ۱۴۰۲"]["status"] == "removed"  # a year alone is no date of the page
    assert by_raw["خانه > سیاسی > مجلس"]["fields"] == ["section"]
    assert by_raw["تهران - ایرنا - ۲۴ اردیبهشت ۱۴۰۲"]["status"] == "meta"
    assert by_raw["تهران - ایرنا - ۲۴ اردیبهشت ۱۴۰۲"]["fields"] == ["date", "agency"]
    assert set(by_raw["طرح تازه مجلس | خبرگزاری ایرنا"]["fields"]) == {"title", "agency"}
    assert v["meta"] == 3 and v["removed"] == 2
    body = call(app, "/changes/d1")[2]
    assert '<del dir="auto">تهران' not in body  # not struck through as chrome
    assert '<span class="field became">تاریخ</span><span class="field became">خبرگزاری</span>تهران' in body
    # the half-space that normalization removed is a visible mark, not an empty one
    ops = by_raw["این طرح\u200c امروز در مجلس بررسی شد و رای آورد."]["ops"]
    assert ["delete", "\u200c", ""] in ops
    assert '<del class="zwnj" title="نیم‌فاصله حذف شد" aria-label="نیم‌فاصلهٔ حذف‌شده">\u200c</del>' in body
