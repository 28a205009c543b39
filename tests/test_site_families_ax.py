"""Family set AX's generator: deterministic, its gold consistent with its own pages (a HAR file's and a notebook's
values and a ``curl -v`` trace's body as a reader decodes them), every family's kind and variant there, its negatives
there, its trap dates (a transport's, a claim's, a save's, a comment's, an autosave's, an edit's) no gold date, and
the shapes of its pages (marks inside paragraphs, a story among posts, hits or entries) undone in its gold."""
from __future__ import annotations

import collections
import html
import json
import re
import shutil
from pathlib import Path

import family_pages
import family_set_checks as checks
import site_families_ax
from site_families_ax import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_ax_tables import DEV, HELD, KIND, VARIANT

SEED = 433
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.5, 0.75), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.9), ("published_iso", 0.6, 0.97), ("lead", 0.1, 0.4), ("agency", 0.4, 0.95)),
    agencies_seen=frozenset({None}), broken_lines=True, labelled_leads=True)
#: a Markdown line's marks (a notebook's headings and quotes)
MD = re.compile(r"^(?:#{1,6} |> )")
#: a ``curl -v`` trace's own lines (connection, request and response headers)
TRACE = re.compile(r"^(?:[*<>] |[<>]$)")

run, hosts = checks.set_fixtures(site_families_ax, SEED)


def _values(x: str | None, out: list[str]) -> None:
    """A decoded value's lines (an HTML value's text a line per element)."""
    if not x:
        return
    parts = re.split(r"<[^>]+>|\n", x) if "<" in x else x.split("\n")
    out.extend(t for part in parts if (t := MD.sub("", html.unescape(part).strip()).strip()))


def readable_json(raw: str) -> str:
    """A HAR file or a notebook as a reader decodes it: each string value a line per line (or element) of it,
    Markdown marks dropped."""
    out: list[str] = []

    def walk(v) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            if v and all(isinstance(x, str) for x in v):  # (a notebook cell's source, its lines)
                _values("".join(v), out)
                return
            for x in v:
                walk(x)
        elif isinstance(v, str):
            _values(v, out)

    walk(json.loads(raw))
    return "\n".join(out) + "\n"


def readable_trace(raw: str) -> str:
    """A ``curl -v`` trace as a reader decodes it: its own lines as written, the body's markup a line per element."""
    out: list[str] = []
    for line in raw.splitlines():
        if TRACE.match(line):
            out.append(line)
        else:
            _values(line, out)
    return "\n".join(out) + "\n"


def _kind_of(page: Path, raw: str) -> str | None:
    if page.suffix != ".txt":
        return None
    if raw.startswith("{"):
        return "json"
    if raw.startswith("*   Trying"):
        return "trace"
    return None


READ = {"json": readable_json, "trace": readable_trace}


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages (a saved exchange or notebook read as its decoded text)."""
    gen = site_families_ax
    seed = SEED
    gold = GOLD

    def gold_pages(self, out, tmp_path):
        copy = tmp_path / "plain"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        for page in (out / "pages").iterdir():
            raw = page.read_text(encoding="utf-8")
            k = _kind_of(page, raw)
            (copy / "pages" / page.name).write_text(READ[k](raw) if k else raw, encoding="utf-8")
        return copy


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["transport", "factcheck", "annotated", "channel", "search", "preview",
                                           "notebook", "liveentry"]
    checks.check_registered(site_families_ax, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon)


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"har": '"creator": {', "curlv": "* Connection #0 to host", "sniffer": "هدرهای پاسخ",
         "meter": 'class="meter"', "claimbox": '"@type": "ClaimReview"', "digest": "ادعاهای دیگر این هفته",
         "highlights": "هایلایت", "comments": 'class="margin"', "speechlog": "نقطه عطف محتوای اصلی",
         "bale": "day-sep", "mastodon": "detailed-status__meta", "xpost": 'data-testid="tweetText"',
         "sitesearch": "نتیجه برتر", "readpane": "پیش‌نمایش نتیجه انتخاب‌شده", "wpsearch": "نتایج جستجو برای:",
         "wppreview": "wpadminbar", "drupal": "node--unpublished", "farsicms": "editor-side",
         "nbconvert": "jp-InputPrompt", "quarto": "quarto-title-meta", "ipynb": '"nbformat": 4',
         "entrylink": "پیوند این به‌روزرسانی", "liveamp": "<amp-live-list", "focus": "focus-entry"}
#: the variants whose pages are flat text
FLAT_VARIANTS = site_families_ax.FLAT


def test_kinds_and_negatives_are_there(run):
    """Every variant's mark turns up on its pages, the unsectioned variants show no section; each kind of negative
    is there, and kickers."""
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
        assert r["format"] == "txt" or v not in FLAT_VARIANTS
        assert r["section"] is None or v not in site_families_ax.UNSECTIONED, r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 5


def test_trap_dates_are_not_gold(run):
    """A transport's header day is never before the story's (the exchange happened after it was published); a Quarto
    page shows its later edit day beside the published one."""
    import datetime as dt

    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        pat = {"har": r'"last-modified",\s*"value": "\w+, (\d\d \w+ \d{4})',
               "curlv": r"< date: \w+, (\d\d \w+ \d{4})"}.get(v)
        if pat:
            day = dt.datetime.strptime(re.search(pat, raw).group(1), "%d %b %Y").date().isoformat()
            assert day >= r["published_iso"], (r["file"], day)
            checked[v] += 1
        if v == "quarto" and r["format"] == "html":
            assert raw.count("quarto-title-meta-contents") == 3
            checked[v] += 1
    assert all(checked[k] >= 2 for k in ("har", "curlv", "quarto")), checked


def test_shapes_are_undone_in_gold(run):
    """Marks inside paragraphs, a story among posts, hits or entries: each gold paragraph whole and plain; a saved
    exchange and a notebook decode and hold their gold."""
    out, rows = run
    shapes: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw, v = checks.page_raw(out, r), _variant(r)
        assert all("\n" not in p and "<" not in p for p in r["body_paragraphs"])
        k = _kind_of(Path(r["file"]), raw)
        if k:
            lines = READ[k](raw).splitlines()
            assert r["title"] in lines and all(p in lines for p in r["body_paragraphs"]), r["file"]
            shapes[v] += 1
        if v == "highlights" and r["format"] == "html" and "<mark" in raw:
            shapes[v] += 1
        if v == "comments" and r["format"] == "html" and "comment-anchor" in raw:
            shapes[v] += 1
        if v in ("sitesearch", "readpane", "wpsearch") and r["format"] == "html":
            assert raw.count("<h2") + raw.count("<h3") + raw.count("<li") >= 3  # (the other hits)
            shapes[v] += 1
    assert all(shapes[k] >= 3 for k in ("har", "curlv", "ipynb", "highlights", "comments", "sitesearch", "readpane",
                                         "wpsearch")), shapes
