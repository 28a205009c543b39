"""Family set AU's generator: deterministic, its gold consistent with its own pages (a JSON page's values as a reader
decodes them), every family's kind and variant there, its negatives there, its trap dates (a print day, an edit, an
upload, a claim's day, HTTP and WARC dates) no gold date, a teaser's gold the paragraphs it shows, a page's hard wraps,
escapes, chunk sizes and marks undone in its gold."""
from __future__ import annotations

import collections
import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

import family_pages
import family_set_checks as checks
import site_families_au
from site_families_au import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_au_tables import DEV, HELD, KIND, PARENTS, VARIANT

SEED = 397
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS - {"br"},  # (a hard wrap is a «<br>» inside a line; a line break is «<br>» and a newline)
    agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.6, 0.8), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.75, 0.98), ("published_iso", 0.75, 0.97), ("lead", 0.15, 0.6), ("agency", 0.4, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), broken_lines=True)
#: an HTML fragment's tags
TAG = re.compile(r"<[^>]+>")

run, hosts = checks.set_fixtures(site_families_au, SEED)


def readable_json(raw: str) -> str:
    """A JSON page as a reader decodes it: each key and string value a line (an HTML value's text a line per
    element)."""
    out: list[str] = []

    def walk(x) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.extend(t for part in re.split(r"<[^>]+>|\n", x) if (t := html.unescape(part).strip()))

    walk(json.loads(raw))
    return "\n".join(out) + "\n"


def _is_json(page: Path, raw: str) -> bool:
    return page.suffix == ".txt" and raw.lstrip().startswith("{")


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages (a JSON page read as its decoded values)."""
    gen = site_families_au
    seed = SEED
    gold = GOLD

    def gold_pages(self, out, tmp_path):
        copy = tmp_path / "plain"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        for page in (out / "pages").iterdir():
            raw = page.read_text(encoding="utf-8")
            (copy / "pages" / page.name).write_text(readable_json(raw) if _is_json(page, raw) else raw,
                                                    encoding="utf-8")
        return copy


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["wire", "json", "cluster", "help", "headers", "factcheck", "viewer",
                                           "marked"]
    checks.check_registered(site_families_au, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon, PARENTS.values())


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"terminal": "زمان دریافت:", "teletype": "NNNN", "wireprint": "نسخه چاپی", "wprest": '"yoast_head_json"',
         "appapi": '"serviceTitle"', "nextdata": '"__N_SSP":true', "fulltext": "رسانه دیگر", "excerpt": "ادامه خبر",
         "timeline": "روند خبر", "zendesk": "article-votes", "freshdesk": "Freshdesk", "intercom": "Intercom",
         "wget": "HTTP/1.1 200 OK", "curl": "HTTP/2 200", "warc": "WARC/1.0", "claimwp": '"ClaimReview"',
         "desk": "نتیجه:", "meter": 'class="meter"', "pdfjs": 'class="textLayer"', "docshare": "متن کامل سند",
         "pdfcopy": "روابط عمومی", "searchmark": "<mark", "hypothesis": "hypothesis-highlight",
         "glossary": 'aria-current="page"'}
#: the variants whose pages are flat text
FLAT_VARIANTS = {"teletype", "wprest", "appapi", "nextdata", "pdfcopy"}


def test_kinds_and_negatives_are_there(run):
    """Every variant's mark turns up on its pages, a document-sharing page has no section, a kicker is a surtitle and
    no section; each kind of negative is there."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if r["format"] == "html" or v in FLAT_VARIANTS:
            assert MARKS[v] in raw, (r["file"], v)
            seen[v] += 1
        assert (r["format"] == "html") == (v not in FLAT_VARIANTS) or r["format"] == "txt"
        assert r["section"] is None or v != "docshare", r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
        if v == "intercom":
            assert r["published_iso"] is None, r["file"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 30


def _jalali(y: str, m: str, d: str) -> str:
    import jdatetime
    fa = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
    return jdatetime.date(int(y.translate(fa)), int(m.translate(fa)), int(d.translate(fa))).togregorian().isoformat()


def _http_day(s: str) -> str:
    return dt.datetime.strptime(s.strip()[5:16], "%d %b %Y").date().isoformat()


def test_trap_dates_are_not_gold(run):
    """A print's, an upload's day comes after the story's, a claim's before it; HTTP ``Date`` and ``Last-Modified``
    and ``WARC-Date`` are later; a teletype's GMT stamp and a Zendesk's UTC instant fall on the gold day."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        text = "\n".join(checks.lines(out, r)) if r["format"] == "html" else raw
        labels = {"wireprint": "تاریخ چاپ:", "docshare": "تاریخ بارگذاری:"}
        if v in labels and r["format"] == "html":
            m = re.search(re.escape(labels[v]) + r"\s*([۰-۹]{4})/([۰-۹]{2})/([۰-۹]{2})", text)
            assert _jalali(*m.groups()) > r["published_iso"], r["file"]
            checked[v] += 1
        if v in ("wget", "curl", "warc"):
            for m in re.finditer(r"(?im)^(?:date|last-modified): (.*)$", raw):
                assert _http_day(m.group(1)) > r["published_iso"], r["file"]
            if v == "warc":
                assert re.search(r"WARC-Date: (\S{10})", raw).group(1) > r["published_iso"]
            checked[v] += 1
        if v in ("claimwp", "meter") and r["format"] == "html":
            ld_or_time = re.search(r'"itemReviewed".*?"datePublished": "(\S{10})|<q>.*?</q> <time datetime="(\S{10})',
                                   raw)
            assert (ld_or_time.group(1) or ld_or_time.group(2)) < r["published_iso"], r["file"]
            checked[v] += 1
        if v == "teletype":
            stamp = re.search(r"^\d{4}GMT (\d\d [A-Z]{3} \d\d)$", raw, re.M).group(1)
            assert dt.datetime.strptime(stamp, "%d %b %y").date().isoformat() == r["published_iso"], r["file"]
            checked[v] += 1
        if v == "zendesk" and r["format"] == "html":
            assert re.search(r'<time datetime="(\S{10})T', raw).group(1) == r["published_iso"], r["file"]
            checked[v] += 1
    assert all(checked[k] >= 2 for k in ("wireprint", "docshare", "wget", "curl", "warc", "claimwp", "meter",
                                         "teletype", "zendesk")), checked


def test_teasers_show_only_their_paragraphs(run):
    """A cluster's teaser page holds two paragraphs at most and sends the reader to the source for the rest."""
    out, rows = run
    cut = 0
    for r in rows:
        if r["kind"] == "article" and _variant(r) == "excerpt":
            assert len(r["body_paragraphs"]) <= 2
            cut += "ادامه خبر را در سایت" in checks.page_raw(out, r)
    assert cut >= 3


def test_json_pages_hold_the_gold(run):
    """A JSON page decodes; WordPress's escapes every Persian letter and its auto excerpt is no lead; the gold title,
    lead and paragraphs are its values (HTML ones as their elements' text)."""
    out, rows = run
    n: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or KIND[r["family"]] != "json":
            continue
        raw, v = checks.page_raw(out, r), _variant(r)
        data = json.loads(raw)
        if v == "wprest":
            assert not re.search("[\u0600-\u06ff]", raw) and "\\u200c" in raw and "\\/" in raw
            assert html.unescape(data["title"]["rendered"]) == r["title"]
            excerpt = html.unescape(TAG.sub("", data["excerpt"]["rendered"])).strip()
            assert excerpt == (r["lead"] or excerpt) and (r["lead"] or excerpt.endswith("[…]"))
            assert data["date"][:10] == r["published_iso"]
        lines = readable_json(raw).splitlines()
        assert r["title"] in lines and all(p in lines for p in r["body_paragraphs"])
        n[v] += 1
    assert all(n[v] >= 5 for v in VARIANT["ev_chargers"]), n


def test_marks_and_wraps_are_the_pages(run):
    """Marks inside a paragraph (search terms, annotations, glossary links) leave its text whole; a teletype
    indents and hard-wraps its paragraphs; a PDF.js text layer draws a span a line; a WARC record's chunk sizes stand
    between the page's parts."""
    out, rows = run
    shapes: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw, v = checks.page_raw(out, r), _variant(r)
        marked = {"searchmark": "<mark", "hypothesis": "<hypothesis-highlight", "glossary": "glossary-tooltip"}
        if v in marked and r["format"] == "html":
            ps = re.findall(r"<p>(.*?)</p>", raw)
            inside = [p for p in ps if marked[v] in p]
            assert all(html.unescape(TAG.sub("", p)) in r["body_paragraphs"] for p in inside), r["file"]
            shapes[v] += bool(inside)
        if v == "teletype" and any(len(p) > 80 for p in r["body_paragraphs"]):
            assert "\n   " in raw, r["file"]
            shown = {x.strip() for x in raw.splitlines()}
            shapes[v] += any(p not in shown for p in r["body_paragraphs"])  # (one broken over lines)
        if v == "pdfjs" and r["format"] == "html":
            assert raw.count('<br role="presentation"><span') >= len(r["body_paragraphs"]) // 2
            shapes[v] += 1
        if v == "warc":
            assert re.search(r"\n[0-9a-f]{3,4}\r?\n<", raw)
            shapes[v] += 1
        assert all("\n" not in p and "<" not in p for p in r["body_paragraphs"])
    assert all(shapes[k] >= 4 for k in ("searchmark", "hypothesis", "glossary", "teletype", "pdfjs", "warc")), shapes
