"""Search of ``palayesh serve``: a word through its inflected forms (stems), and the query syntax.

The recall test builds a corpus from the real news articles in ../shared (normalized as ``refine``
writes them) and compares the search with a brute-force scan of the texts.
"""
import gzip
import json

import pytest
import regex

from palayesh.web.app import make_app
from palayesh.web.index import Filters, Index, _unpack, ensure_index
from palayesh.web.sample import write_output
from palayesh.web.stems import stem
from palayesh.web.tokens import QueryError, fold, highlight, index_words, parse_query
from test_web import call, get_json, ids


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return make_app(write_output(tmp_path_factory.mktemp("web") / "out"))


# --- stems ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, expected", [
    ("کشورهای", "کشور"),            # glued after a non-joining letter: plural + ezafe
    ("کشورها", "کشور"),
    ("كشورهايشان", "کشور"),         # Arabic letters, plural + their
    ("کشوری", "کشور"),              # «ی»: adjective / indefinite
    ("کشورمان", "کشور"),            # our
    ("دانشگاه\u200cها", "دانشگاه"),  # after a half-space
    ("دانشگاه\u200cهای", "دانشگاه"),
    ("دانشگاهی", "دانشگاه"),
    ("بزرگ\u200cترین", "بزرگ"),      # superlative after a half-space
    ("مهمترین", "مهم"),             # superlative glued
    ("خانه\u200cاش", "خانه"),        # his/her after ه
    ("نمایندگان", "نماینده"),       # «ه» -> «گ» before «ان»
    ("ارتباطات", "ارتباط"),          # Arabic plural
    ("بالای", "بالا"),              # glide «ی» after «ا», not «بال» + «ای»
    ("کشور", "کشور"),               # a stem is its own stem
    ("تنها", "تنها"),               # only: not «تن» + «ها»
    ("سازمان", "سازمان"),           # not «ساز» + «مان»
    ("جوان", "جوان"),               # not «جو» + «ان»
    ("بهتر", "بهتر"),               # «به» is no adjective
    ("آن\u200cها", "انها"),          # a pronoun, not «آن» + «ها» (folded: آ -> ا)
    ("می\u200cآید", "میاید"),        # a verb prefix is no stem
    ("covid", "covid"),
])
def test_stem(word, expected):
    assert stem(word) == expected


def test_index_words_aligns_stems_with_tokens():
    surface, stems = index_words("بانک‌های مرکزی كشورها ۱۲ COVID-19")
    assert surface == "بانکهای مرکزی کشورها 12 covid 19"
    assert stems == "بانک مرکزی کشور 12 covid 19"
    assert len(surface.split()) == len(stems.split())


# --- recall over a built corpus ---------------------------------------------------------------------

#: the inflections of issue 18: plural, possessive, comparative and «ی» forms
SUFFIXES = "هایشان|هایتان|هایمان|هایش|هایت|هایم|هایی|های|ها|ترین|تر|ان|ات|ی|ای|ام|اش|مان|تان|شان"


@pytest.fixture(scope="module")
def news_index(tmp_path_factory):
    from conftest import SHARED
    from palayesh.normalize import normalize

    if not SHARED.is_dir():
        pytest.skip("../shared is not next to the repository")
    rows = []
    with gzip.open(SHARED / "data" / "corpora" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            r = json.loads(line)
            rows.append({"id": f"news-{i}", "title": normalize(r.get("title") or ""), "lang": "fa",
                         "text": normalize("\n".join(p for p in r.get("paragraphs") or [] if p))})
    out = write_output(tmp_path_factory.mktemp("news") / "out", kept=rows, fmt="jsonl")
    return Index(ensure_index(out)[0])


def _recall(ix: Index, word: str) -> tuple[float, float, int]:
    """(recall of the search, recall of the spelling alone, documents with a form) against a scan."""
    form = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){word}(?:{SUFFIXES})?(?![\p{{L}}\p{{N}}])")
    truth = set()
    for rowid, title, text in ix.con.execute("SELECT c.rowid, c.title, c.text FROM content c"):
        # fold: ZWNJ out, letters folded, so «دانشگاه‌ها» reads «دانشگاهها» as the index reads it
        if form.search(fold((title or "") + "\n" + _unpack(text))):
            truth.add(rowid)
    found = {r[0] for r in ix.con.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (parse_query(word).fts,))}
    spelled = {r[0] for r in ix.con.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (f'{{title body}} : "{word}"',))}
    return len(truth & found) / len(truth), len(truth & spelled) / len(truth), len(truth)


@pytest.mark.parametrize("word, floor", [
    ("کشور", 0.98),      # the bar of issue 18
    ("دانشگاه", 0.98),
    ("بانک", 0.98),
    ("شهر", 0.98),
])
def test_recall_of_inflected_forms(news_index, word, floor):
    recall, spelled, n = _recall(news_index, word)
    assert n > 50
    assert recall >= floor, (word, recall)
    assert spelled < recall  # the spelling alone (the index before stems) misses forms


def test_an_inflected_query_finds_the_other_forms(news_index):
    a = {r[0] for r in news_index.con.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (parse_query("کشور").fts,))}
    b = {r[0] for r in news_index.con.execute("SELECT rowid FROM fts WHERE fts MATCH ?",
                                              (parse_query("کشورهای").fts,))}
    assert a == b


def test_stems_in_the_app_and_highlight(app):
    # fa-zwnj has «کتاب‌های درسی»; the stem finds it, the snippet marks the form found
    assert ids(app, "کتاب") == {"fa-zwnj"}
    r = get_json(app, "/search.json", {"q": "کتاب"})["results"][0]
    assert "<mark>کتاب\u200cهای</mark>" in r["snippet_html"]
    assert highlight("بانک‌های مرکزی", parse_query('"بانک مرکزی"'))[2] == "<mark>بانک\u200cهای مرکزی</mark>"


# --- query syntax ---------------------------------------------------------------------------------

@pytest.mark.parametrize("q, expected", [
    ('"بانک مرکزی"', {"fa-joined", "fa-dup"}),   # a phrase, in order
    ("«بانک مرکزی»", {"fa-joined", "fa-dup"}),   # Persian quotes
    ('"مرکزی بانک"', set()),                     # the other order is another phrase
    ("بانک مرکزی", {"fa-joined", "fa-dup"}),      # both words, anywhere
    ("می شود -نفت", {"fa-zwnj", "fa-joined", "fa-dup"}),  # exclusion
    ("می شود -\"بانک مرکزی\"", {"fa-zwnj", "fa-space"}),  # excluding a phrase
    ("نفت OR مجلس", {"fa-space", "fa-zwnj"}),    # either
    ("گزارش نفت OR مجلس", {"fa-space", "fa-zwnj"}),  # OR binds its two neighbours only
    ("نفت or مجلس", set()),                      # lower-case «or» is a word (in none of them)
    ("مرک*", {"fa-joined", "fa-dup"}),           # prefix
    ("تصم* -نفت", {"fa-zwnj"}),
])
def test_query_syntax(app, q, expected):
    assert ids(app, q) == expected


@pytest.mark.parametrize("q, says", [
    ('"بانک مرکزی', "بسته نشده"),        # an unclosed quote
    ("«بانک مرکزی", "بسته نشده"),
    ("OR نفت", "OR"),                   # OR at the start
    ("نفت OR", "OR"),                   # … at the end
    ("نفت OR OR گاز", "OR"),
    ("نفت OR -گاز", "OR"),               # exclusion inside OR
    ("-نفت", "دست‌کم یک واژه"),          # only exclusions
    ("(نفت OR گاز) بانک", "پرانتز"),
    ("ن*", "دو حرف"),                    # a one-letter prefix would scan everything
    ("ب*نک", "پایان"),                   # «*» inside a word
    ('""', "واژه"),
])
def test_a_query_it_cannot_parse_is_a_400_with_a_message(app, q, says):
    with pytest.raises(QueryError, match=says):
        parse_query(q)
    status, headers, body = call(app, "/search.json", {"q": q})
    assert status.startswith("400") and headers["Content-Type"].startswith("application/json")
    d = json.loads(body)
    assert says in d["error"] and d["results"] == []
    status, _, page = call(app, "/", {"q": q})
    assert status.startswith("400")
    assert 'class="qerror"' in page and says in page and "<details class=\"syntax\" open>" in page


def test_syntax_is_shown_under_the_search_box_and_at_api(app):
    page = call(app, "/", {"q": "نفت"})[2]
    assert "راهنمای جستجو" in page and "نفت OR گاز" in page and "دانش*" in page
    api = get_json(app, "/api.json")
    assert any(q == "-کشور" for q, _ in api["query_syntax"])
    assert "400" in api["query_errors"]
    assert "نفت OR گاز" in call(app, "/api")[2]


# --- API: bad parameters are a 400, every route and parameter documented ---------------------------

@pytest.mark.parametrize("params, name", [
    ({"page": "0"}, "page"),
    ({"page": "-5"}, "page"),
    ({"page": "abc"}, "page"),
    ({"page": "501"}, "page"),             # past the last page by offset
    ({"page": "9" * 5000}, "page"),
    ({"per_page": "0"}, "per_page"),
    ({"per_page": "101"}, "per_page"),
    ({"status": "???"}, "status"),
    ({"from": "05/14/2023"}, "from"),      # the browser's locale format is not the API's
    ({"to": "2023-13"}, "to"),             # no 13th month
    ({"from": "2023-02-32"}, "from"),
    ({"sort": "random"}, "sort"),
])
def test_invalid_parameters_are_a_400_with_a_json_error(app, params, name):
    status, headers, body = call(app, "/search.json", {"q": "می شود", **params})
    assert status == "400 Bad Request" and headers["Content-Type"].startswith("application/json")
    d = json.loads(body)
    assert d["parameter"] == name and d["error"].startswith(name + ":")
    status, headers, page = call(app, "/", params)  # the page says it too, in a 400
    assert status == "400 Bad Request" and name in page


def test_sort_and_per_page(app):
    d = get_json(app, "/search.json", {"status": "all", "sort": "longest", "per_page": "3"})
    assert len(d["results"]) == 3 and d["per_page"] == 3 and d["sort"] == "longest"
    chars = [r["chars"] for r in d["results"]]
    assert chars == sorted(chars, reverse=True)
    d = get_json(app, "/search.json", {"q": "می شود", "status": "all", "sort": "oldest"})
    days = [r["published"][:10] for r in d["results"] if r["published"]]
    assert days == sorted(days) and len(days) >= 3
    d = get_json(app, "/search.json", {"q": "می شود", "status": "all", "sort": "shortest"})
    chars = [r["chars"] for r in d["results"]]
    assert chars == sorted(chars)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_other_methods_are_a_json_405(app, method):
    status, headers, body = call(app, "/search.json", method=method)
    assert status.startswith("405") and headers["Allow"] == "GET, HEAD"
    assert headers["Content-Type"].startswith("application/json") and json.loads(body)["status"] == "405"


def test_api_documents_every_route_and_parameter(app):
    d = get_json(app, "/api.json")
    documented = " ".join(d["search_parameters"])
    for name in ("q", "status", "reason", "agency", "section", "host", "lang", "from", "to", "sort", "page",
                 "per_page", "format"):
        assert name in documented, name
    pages = " ".join(e["page"] + " " + e["json"] for e in d["endpoints"])
    for route in ("/?q=", "/search.json", "/doc/ID", "/doc/ID.json", "/changes/ID", "/changes/ID.json",
                  "/dashboard", "/dashboard.json", "/api", "/api.json"):
        assert route in pages, route
    assert "400" in d["errors"] and "405" in d["errors"]
    html = call(app, "/api")[2]
    assert "per_page" in html and "longest" in html and "405" in html


# --- why was this dropped? ------------------------------------------------------------------------

def test_a_rejected_page_says_which_signal_failed_against_which_threshold(app):
    d = get_json(app, "/doc/short.json")
    why = d["why"]
    assert (why["signal"], why["value"], why["option"], why["limit"]) == ("words", 1, "min_words", 20)
    assert why["text"] == "تعداد واژه‌ها ۱ است، کمتر از کمینهٔ ۲۰ (min_words)"
    assert why["thresholds_from"] == "default"  # the sample's run.json has no config
    page = call(app, "/doc/short")[2]
    assert "چرا کنار گذاشته شد؟" in page and "کمتر از کمینهٔ ۲۰" in page and "پیش‌فرض" in page
    why = get_json(app, "/doc/en-page.json")["why"]
    assert why["lang"] == "en" and "keep_langs" in why["text"]
    assert "why" not in get_json(app, "/doc/fa-zwnj.json")  # a kept page has no verdict


def test_thresholds_come_from_the_runs_config(tmp_path):
    out = write_output(tmp_path / "o")
    run = json.loads((out / "run.json").read_text())
    run["config"] = {"filters": {"min_words": 30}, "dedup": {"min_jaccard": 0.4, "min_containment": 0.8}}
    (out / "run.json").write_text(json.dumps(run))
    a = make_app(out)
    why = get_json(a, "/doc/short.json")["why"]
    assert why["limit"] == 30 and why["thresholds_from"] == "run.json" and "۳۰" in why["text"]
    why = get_json(a, "/doc/fa-dup.json")["why"]
    assert why["limit"] == [0.4, 0.8] and "۰٫۹۲" in why["text"] and "۰٫۴" in why["text"]


def test_a_duplicate_shows_its_kept_copy_side_by_side(app):
    d = get_json(app, "/doc/fa-dup.json")
    k = d["kept_copy"]
    assert k["id"] == "fa-joined" and k["dup_score"] == 0.92
    assert k["diff"] == [["replace", "بانک مرکزی گزارش تورم را منتشر میشود و نرخ 12 درصد است.",
                          "بانک مرکزی گزارش تورم را منتشر میشود و نرخ ۱۲ درصد است."]]
    assert d["why"]["kept_copy"] == "fa-joined" and d["why"]["limit"] == [0.3, 0.7]  # DedupOptions defaults
    page = call(app, "/doc/fa-dup")[2]
    assert "کنار نسخهٔ نگه‌داشته" in page and 'class="sbs"' in page and '<tr class="replace">' in page


# --- take a selection away: export ------------------------------------------------------------------

def _stream(app, path, query=""):
    """GET ``path`` in-process without joining the body: ``(status, headers, iterator of chunks)``."""
    from urllib.parse import urlencode

    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    qs = urlencode(query) if isinstance(query, dict) else query
    it = app({"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": qs}, start_response)
    return seen["status"], seen["headers"], it


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_a_search_with_its_facets(app, fmt, tmp_path):
    import csv
    import io

    import pyarrow.parquet as pq

    status, headers, it = _stream(app, f"/export.{fmt}", {"q": "می شود", "status": "all", "agency": "ایسنا"})
    body = b"".join(it)
    assert status == "200 OK" and "attachment" in headers["Content-Disposition"]
    assert "Content-Length" not in headers  # streamed
    if fmt == "jsonl":
        rows = [json.loads(line) for line in body.decode("utf-8").splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    else:
        (tmp_path / "x.parquet").write_bytes(body)
        rows = pq.read_table(tmp_path / "x.parquet").to_pylist()
    assert {r["id"] for r in rows} == ids(app, "می شود", agency="ایسنا") == {"fa-space"}
    assert rows[0]["text"].startswith("به گزارش ایسنا")
    page = call(app, "/", {"q": "می شود"})[2]
    assert 'href="/export.parquet?q=' in page


def test_export_of_everything_and_bad_parameters(app):
    rows = [json.loads(x) for x in b"".join(_stream(app, "/export.jsonl", {"status": "all"})[2]).splitlines()]
    assert len(rows) == get_json(app, "/search.json", {"status": "all"})["total"]
    rejected = [r for r in rows if not r["kept"]]
    assert rejected and all(r["reason"] for r in rejected)
    for query, name in (({"q": '"باز'}, "q"), ({"status": "x"}, "status"), ({"from": "1/2/2023"}, "from")):
        status, headers, body = call(app, "/export.csv", query)
        assert status.startswith("400") and json.loads(body)["parameter"] == name
    assert call(app, "/export.xlsx")[0].startswith("404")


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """An index of 50,000 generated documents that all match «کشور»."""
    import random

    rng = random.Random(1)
    words = "کشور کشورهای دانشگاه بانک مرکزی نفت گزارش شهر سال دولت مجلس".split()
    rows = [{"id": f"g{i}", "title": f"سند {i} کشور", "lang": "fa",
             "text": " ".join(rng.choice(words) for _ in range(8))} for i in range(50_000)]
    return make_app(write_output(tmp_path_factory.mktemp("big") / "out", kept=rows, fmt="jsonl"))


def test_export_of_50000_hits_is_streamed_with_flat_memory(big):
    import tracemalloc

    status, _, it = _stream(big, "/export.jsonl", {"q": "کشور"})
    assert status == "200 OK"
    tracemalloc.start()
    n = size = chunks = 0
    try:
        for chunk in it:
            n += chunk.count(b"\n")
            size += len(chunk)
            chunks += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 50_000 and chunks >= 50  # batches of 1,000, handed over one by one
    # the whole export is many megabytes; what Python holds at once is a batch
    assert size > 15_000_000 and peak < size / 5, (size, peak)


def test_deep_pages_by_keyset(big):
    # past page 500 by offset: the cursor of the last page reaches any depth
    d = get_json(big, "/search.json", {"q": "کشور", "sort": "newest", "per_page": "100"})
    seen = [r["id"] for r in d["results"]]
    for _ in range(3):
        d = get_json(big, "/search.json", {"q": "کشور", "sort": "newest", "per_page": "100", "after": d["next"]})
        seen += [r["id"] for r in d["results"]]
    assert len(seen) == len(set(seen)) == 400


def _plain_bm25(ix: Index, q: str, k: int = 20) -> list[str]:
    """The ids of the top ``k`` of a query by exact bm25 over every hit (ties by rowid)."""
    from palayesh.web.index import BM25_WEIGHTS

    sql = ("SELECT d.id FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? "
           f"ORDER BY bm25(fts, {BM25_WEIGHTS}), fts.rowid LIMIT ?")
    return [r[0] for r in ix.con.execute(sql, (parse_query(q).fts, k))]


def test_a_non_selective_query_is_ranked_bounded_and_says_so(big):
    from palayesh.web.index import RANK_EXACT_MAX, RANK_SAMPLE

    ix = big.index
    fts = parse_query("بانک").fts
    hits = ix.con.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (fts,)).fetchone()[0]
    assert hits > RANK_EXACT_MAX  # about half of the 50,000 documents
    d = get_json(big, "/search.json", {"q": "بانک", "per_page": "50"})
    assert d["ranking"] == "bounded" and d["ranking_k"] == RANK_SAMPLE
    assert d["ranking_every"] == -(-hits // RANK_SAMPLE) >= 2
    assert d["total"] == hits and sum(f["count"] for f in d["facets"]["agency"]) == hits  # counts stay exact
    # every result matches the query, in bm25 order among themselves, and the next page goes on
    got = [r["id"] for r in d["results"]]
    d2 = get_json(big, "/search.json", {"q": "بانک", "per_page": "50", "after": d["next"]})
    got += [r["id"] for r in d2["results"]]
    assert len(got) == len(set(got)) == 100 and d2["ranking"] == "bounded"
    rows = {r["id"]: r for r in ix.con.execute(
        "SELECT d.id, d.rowid, bm25(fts, 4.0, 1.0, 2.0, 0.5) s FROM fts JOIN docs d ON d.rowid = fts.rowid "
        "WHERE fts MATCH ?", (fts,))}
    assert all(i in rows for i in got)
    scores = [rows[i]["s"] for i in got]
    assert scores == sorted(scores)
    for r in ix.search(parse_query("بانک"), Filters())["rows"]:
        assert "بانک" in fold(r["text"]) or "بانک" in fold(r["title"] or "")
    # sorting by a column stays exact: the newest of every hit
    assert get_json(big, "/search.json", {"q": "بانک", "sort": "newest"})["ranking"] == "exact"
    assert "bounded" in get_json(big, "/api.json")["ranking"]
    assert 'class="muted bounded"' in call(big, "/", {"q": "بانک"})[2]
    assert 'class="muted bounded"' not in call(big, "/", {"q": "بانک مرکزی نفت"})[2]


def test_a_selective_query_is_ranked_exactly(big):
    from palayesh.web.index import RANK_EXACT_MAX

    ix = big.index
    q = "بانک مرکزی نفت"
    hits = ix.con.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (parse_query(q).fts,)).fetchone()[0]
    assert 20 < hits <= RANK_EXACT_MAX
    d = get_json(big, "/search.json", {"q": q})
    assert d["ranking"] == "exact" and "ranking_every" not in d and d["total"] == hits
    assert [r["id"] for r in d["results"]] == _plain_bm25(ix, q)


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest", "longest", "shortest"])
@pytest.mark.parametrize("q", ["", "می شود"])
def test_keyset_pages_are_the_offset_pages(app, sort, q):
    # days with nulls, equal lengths: ties and NULLs continue where the page before stopped
    base = {"q": q, "status": "all", "sort": sort, "per_page": "2"}
    by_offset = []
    for page in range(1, 6):
        by_offset += [r["id"] for r in get_json(app, "/search.json", {**base, "page": str(page)})["results"]]
    d = get_json(app, "/search.json", base)
    by_key = [r["id"] for r in d["results"]]
    while d["next"]:
        d = get_json(app, "/search.json", {**base, "after": d["next"]})
        by_key += [r["id"] for r in d["results"]]
    assert by_key == by_offset and len(by_key) == d["total"]


def test_a_bad_cursor_is_a_400(app):
    nxt = get_json(app, "/search.json", {"status": "all", "per_page": "1", "sort": "oldest"})["next"]
    for params in ({"after": "nonsense"}, {"after": nxt, "sort": "newest"},
                   {"after": nxt, "sort": "oldest", "page": "2"}):
        status, _, body = call(app, "/search.json", {"status": "all", **params})
        assert status.startswith("400") and json.loads(body)["parameter"] == "after", params


# --- small things ---------------------------------------------------------------------------------

def test_small_things(app):
    page = call(app, "/")[2]
    assert '<h1 class="vh">جستجو در پیکره</h1>' in page
    assert '<link rel="icon" href="/static/favicon.svg"' in page
    for path in ("/favicon.ico", "/static/favicon.svg"):
        status, headers, body = call(app, path)
        assert status == "200 OK" and headers["Content-Type"].startswith("image/svg+xml") and "<svg" in body
    status, _, page = call(app, "/nope")
    assert status.startswith("404") and "<h1>پیدا نشد</h1>" in page
    page = call(app, "/doc/fa-zwnj")[2]
    assert '<a href="https://www.mehrnews.com/news/1" rel="noreferrer noopener"' in page
    doc = get_json(app, "/doc/fa-zwnj.json")["document"]
    assert not {"combo", "day", "month", "rowid"} & set(doc)
    assert not {"combo", "day", "month", "rowid"} & set(get_json(app, "/changes/fa-zwnj.json")["document"])


# --- Jalali dates, facets «بیشتر» and on empty results, sorting and ranges by signals -------------

@pytest.mark.parametrize("filters, expected", [
    ({"from": "۱۴۰۲/۰۲/۲۴", "to": "۱۴۰۲/۰۲/۲۴"}, {"fa-zwnj"}),          # one Jalali day, Persian digits
    ({"from": "1402/2/24", "to": "1402/02/24"}, {"fa-zwnj"}),            # ASCII digits, no leading zero
    ({"from": "٣١٤٠٢/٠٣".lstrip("٣")}, {"fa-space"}),                     # a month, Arabic-Indic digits
    ({"to": "۱۴۰۱"}, {"fa-joined", "fa-dup", "en-page"}),                # «to» a year: its last day
    ({"from": "1401/08/12", "to": "1402/02"}, {"fa-dup", "fa-zwnj"}),    # month bounds: the whole month
    ({"from": "2023-05-14", "to": "2023-05-14"}, {"fa-zwnj"}),           # Gregorian still, for the API
    ({"from": "2022-11", "to": "2022-11"}, {"fa-joined", "fa-dup"}),
])
def test_the_date_filter_takes_jalali_and_gregorian(app, filters, expected):
    d = get_json(app, "/search.json", {"status": "all", **filters})
    assert {r["id"] for r in d["results"]} == expected


@pytest.mark.parametrize("value, says", [
    ("1402/12/30", "۳۰ اسفند ۱۴۰۲"),   # 1402 is no leap year
    ("۱۴۰۲/۱۳", "ماه ۱۳"),
    ("14/05/1402", "۱۴۰۲/۰۳/۱۵"),       # day first: not read
    ("2023-02-30", "میلادی"),
])
def test_a_date_that_is_not_one_is_a_400(app, value, says):
    status, _, body = call(app, "/search.json", {"from": value})
    d = json.loads(body)
    assert status.startswith("400") and d["parameter"] == "from" and says in d["error"], d
    status, _, page = call(app, "/", {"from": value})
    assert status.startswith("400") and says in page


def test_the_date_form_is_jalali(app):
    page = call(app, "/", {"status": "all", "from": "1402/01/01"})[2]
    assert 'type="date"' not in page and "خورشیدی" in page
    assert 'name="from" value="۱۴۰۲/۰۱/۰۱"' in page and 'placeholder="۱۴۰۲/۰۱/۰۱"' in page


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """60 pages in 52 sections («بخش 1» … «بخش 52»), with signals but for every tenth."""
    rows = []
    for i in range(60):
        rows.append({"id": f"m{i:02d}", "text": "خبر " * (10 + i), "title": f"خبر شمارهٔ {i}", "lang": "fa",
                     "section": f"بخش {i % 52 + 1}", "agency": "مهر" if i % 3 else "ایسنا",
                     "published": f"2023-{i % 12 + 1:02d}-10",
                     "signals": None if i % 10 == 9 else {"words": 10 + i, "stopword_ratio": round(i / 100, 2)}})
    return make_app(write_output(tmp_path_factory.mktemp("many") / "out", kept=rows))


def test_facets_show_the_top_values_and_more_shows_all(many):
    d = get_json(many, "/search.json", {})
    assert len(d["facets"]["section"]) == 15 and d["facet_values"]["section"] == 52
    page = call(many, "/", {})[2]
    assert 'href="/?more=section#f-section"' in page and "بیشتر (۵۲)" in page
    d = get_json(many, "/search.json", {"more": "section"})
    assert len(d["facets"]["section"]) == 52 and sum(v["count"] for v in d["facets"]["section"]) == 60
    assert len(d["facets"]["agency"]) == 2 and d["more"] == "section"
    page = call(many, "/", {"more": "section"})[2]
    assert "بخش 52" in page and "کمتر" in page and "بیشتر (۵۲)" not in page
    status, _, body = call(many, "/search.json", {"more": "nonsense"})
    assert status.startswith("400") and json.loads(body)["parameter"] == "more"


def test_facets_stay_when_nothing_is_found(many):
    d = get_json(many, "/search.json", {"q": "واژه‌ای‌که‌نیست"})
    assert d["total"] == 0
    agency = {v["value"]: (v["count"], v["corpus"]) for v in d["facets"]["agency"]}
    assert agency == {"مهر": (0, 40), "ایسنا": (0, 20)}
    page = call(many, "/", {"q": "واژه‌ای‌که‌نیست"})[2]
    assert "خبرگزاری" in page and "ایسنا" in page and "(از ۲۰)" in page and "نتیجه‌ای پیدا نشد" in page
    # a search that finds pages but a filter that leaves none: the other values keep their counts
    d = get_json(many, "/search.json", {"q": "خبر", "agency": "ایسنا", "section": "بخش 2"})
    assert d["total"] == 0 and any(v["count"] > 0 for v in d["facets"]["agency"])


@pytest.mark.parametrize("sort, key, reverse", [
    ("words_desc", "words", True), ("words_asc", "words", False),
    ("stopword_ratio_desc", "stopword_ratio", True), ("stopword_ratio_asc", "stopword_ratio", False),
])
def test_sort_by_signals_and_length(many, sort, key, reverse):
    d = get_json(many, "/search.json", {"sort": sort, "per_page": "100"})
    docs = [get_json(many, r["json"])["document"] for r in d["results"]]
    values = [(x.get("signals") or {}).get(key) if key != "words" else len(x["text"].split()) for x in docs]
    have = [v for v in values if v is not None]
    assert have == sorted(have, reverse=reverse) and len(have) >= 50
    assert all(v is None for v in values[len(have):])  # pages without the signal come last
    # the same order page by page, by keyset
    seen, after = [], None
    while True:
        page = get_json(many, "/search.json", {"sort": sort, "per_page": "7", **({"after": after} if after else {})})
        seen += [r["id"] for r in page["results"]]
        after = page["next"]
        if not after:
            break
    assert seen == [r["id"] for r in d["results"]]


@pytest.mark.parametrize("params, expected", [
    ({"min_words": "60"}, {f"m{i:02d}" for i in range(50, 60)}),
    ({"min_words": "۶۰", "max_words": "۶۲"}, {"m50", "m51", "m52"}),                  # Persian digits
    ({"min_stopword_ratio": "0.55", "max_stopword_ratio": ".58"}, {"m55", "m56", "m57", "m58"}),
    ({"max_stopword_ratio": "0.03", "q": "خبر"}, {"m00", "m01", "m02", "m03"}),       # with a query
])
def test_numeric_range_filters(many, params, expected):
    d = get_json(many, "/search.json", {"per_page": "100", **params})
    assert {r["id"] for r in d["results"]} == expected and d["total"] == len(expected)
    assert sum(v["count"] for v in d["facets"]["agency"]) == len(expected)  # facets count the range too


@pytest.mark.parametrize("params, name", [
    ({"min_words": "many"}, "min_words"),
    ({"max_stopword_ratio": "1e400"}, "max_stopword_ratio"),
    ({"min_words": "nan"}, "min_words"),
    ({"min_words": "9", "max_words": "3"}, "max_words"),
    ({"sort": "words"}, "sort"),
])
def test_bad_ranges_and_sorts_are_a_400(many, params, name):
    status, headers, body = call(many, "/search.json", params)
    assert status.startswith("400") and json.loads(body)["parameter"] == name


def test_api_documents_ranges_sorts_and_more(app):
    d = get_json(app, "/api.json")["search_parameters"]
    assert "min_X, max_X" in d and "stopword_ratio" in d["min_X, max_X"] and "words_desc" in d["sort"]
    assert "more" in d and "۱۴۰۲/۰۳/۱۵" in d["from, to"]


# --- facet counts of frequent words, precomputed at build time (index table ``hot``) ---------------------

@pytest.fixture(scope="module")
def hot(tmp_path_factory):
    """3,000 generated documents over varied facets, indexed with the facet counts of every word found in
    at least 300 of them precomputed (the default threshold is for large corpora)."""
    import random

    from palayesh.web import index as index_mod

    rng = random.Random(3)
    words = "کشور کشورهای دانشگاه دانشگاه‌ها بانک مرکزی نفت گزارش شهر سال دولت مجلس می‌شود میشود".split()

    def row(i: int) -> dict:
        return {"id": f"h{i}", "title": rng.choice(words), "lang": rng.choice(["fa", "fa", "ar"]),
                "text": " ".join(rng.choice(words) for _ in range(rng.randint(1, 6))),
                "agency": rng.choice([None, "مهر", "ایسنا", "فارس"]), "section": rng.choice([None, "سیاسی", "اقتصادی"]),
                "host": rng.choice(["a.ir", "b.ir", "c.ir"]),
                "published": None if rng.random() < 0.1 else  # no day: outside every date range
                f"20{rng.randint(10, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00+03:30"}

    kept = [row(i) for i in range(2400)]
    rejected = [dict(row(i), reason=rng.choice(["quality_too_short", "dedup_exact"])) for i in range(2400, 3000)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(index_mod, "HOT_MIN_DOCS", 300)
        return make_app(write_output(tmp_path_factory.mktemp("hot") / "out", kept=kept, rejected=rejected,
                                     fmt="jsonl"))


def _live_combos(ix: Index, fts: str) -> tuple[list[int], list[int]]:
    """What a search counts without the precomputed table: positions and counts of the hits' combos."""
    import numpy as np

    got = np.array(ix.con.execute("SELECT rowid >> 32, count(*) FROM fts WHERE fts MATCH ? GROUP BY 1",
                                  (fts,)).fetchall(), dtype=np.int64).reshape(-1, 2)
    return np.searchsorted(ix.combo_table().ids, got[:, 0]).tolist(), got[:, 1].tolist()


def test_precomputed_counts_are_the_live_counts(hot):
    ix = hot.index
    keys = [r[0] for r in ix.con.execute("SELECT fts FROM hot")]
    # frequent words, in their own spelling and the index's (a word with a half-space is one token)
    assert {parse_query(w).fts for w in ("بانک", "کشورهای", "می‌شود", "میشود")} <= set(keys)
    assert ix.meta["hot"]["queries"] == len(keys) >= 10 and ix.meta["hot"]["min_docs"] == 300
    for key in keys:
        pos, n = ix._hot(key)
        assert (pos.tolist(), n.tolist()) == _live_combos(ix, key), key
    assert ix._hot(parse_query("بانک مرکزی").fts) is None  # two words: not precomputed


@pytest.mark.parametrize("q", ["بانک", "کشورهای", "کشور", "می شود", "می‌شود", "دانشگاه‌ها", "بانک مرکزی",
                               "نفت OR بانک کشورهای", "مجلس بانک ناموجود", '"بانک مرکزی"', "نفت -بانک",
                               "دانش*", "ناموجود"])
def test_a_search_with_precomputed_counts_answers_as_the_live_one(hot, q):
    ix = hot.index
    used: dict[str, list] = {"_hot": [], "_hot_hits": []}

    def spy(name):
        real = getattr(ix, name)

        def lookup(*args):
            got = real(*args)
            used[name].append(got is not None)
            return got
        return lookup

    spies = {name: spy(name) for name in used}
    for f in ({}, {"status": "all"}, {"status": "rejected", "reason": "dedup_exact"}, {"agency": "مهر"},
              {"status": "all", "section": "سیاسی", "host": "a.ir", "lang": "ar"}, {"from": "2015-03-15"},
              {"to": "2016-05-15", "agency": "فارس"}, {"from": "۱۳۹۴", "to": "۱۳۹۸/۰۶", "status": "all"},
              {"from": "2030"}, {"min_words": "3"}, {"from": "2015-01-01", "min_words": "3"}):
        fl = Filters.parse(f)
        answers = []
        for precomputed in (True, False):
            for name in used:
                setattr(ix, name, spies[name] if precomputed else lambda *a: None)
            ix._cache.clear()
            try:
                d = ix.search(parse_query(q), fl, facet_top=100)
            finally:
                for name in used:
                    delattr(ix, name)
            d.pop("took_ms")
            answers.append(d)
        assert answers[0] == answers[1], (q, f)
    # the tables were read (and their answers used) exactly where they apply: frequent words, with no
    # condition on the documents but dates; the counts of one word alone, the hits of several
    single_frequent = q in ("بانک", "کشورهای", "کشور", "می شود", "می‌شود", "دانشگاه‌ها")
    frequent = single_frequent or q in ("بانک مرکزی", "نفت OR بانک کشورهای")
    assert used["_hot"].count(True) == (5 if single_frequent else 0)
    assert used["_hot_hits"].count(True) == (4 if single_frequent else 9 if frequent else 0)


def test_an_index_of_the_version_before_is_rebuilt(tmp_path):
    import sqlite3

    from palayesh.web.index import INDEX_VERSION

    out = write_output(tmp_path / "o")
    path, _, built = ensure_index(out)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'version'", (json.dumps(INDEX_VERSION - 1),))
    con.execute("DROP TABLE hot")  # version 8 had no precomputed counts
    con.commit()
    con.close()
    assert Index(path)._hot(parse_query("می شود").fts) is None  # read as "not precomputed", no error
    path, meta, built = ensure_index(out)
    assert built and meta["version"] == INDEX_VERSION
    assert Index(path).con.execute("SELECT count(*) FROM hot").fetchone()[0] == 0  # 8 documents: nothing frequent
