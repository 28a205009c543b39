"""Family set BA's generator: deterministic, its gold consistent with its own pages, every family's kind and variant
there, its negatives there, its trap dates (a clip's, a draft's creation, a release's distribution, a blog's last
update) no gold date, and its titles the story's, never a tab's or a results page's."""
from __future__ import annotations

import collections
import re

import family_pages
import family_set_checks as checks
import site_families_ba
from site_families_ba import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_ba_tables import DEV, HELD, KIND, VARIANT

SEED = 470
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.45, 0.75), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.97), ("published_iso", 0.7, 0.99), ("lead", 0.05, 0.4), ("agency", 0.3, 0.95)),
    agencies_seen=frozenset({None}), broken_lines=True, labelled_leads=True, titles_inside_chrome=True)
run, hosts = checks.set_fixtures(site_families_ba, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages."""
    gen = site_families_ba
    seed = SEED
    gold = GOLD


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["mdclip", "blog", "searchpage", "cmspreview", "prwire", "webstory",
                                           "instant", "market"]
    checks.check_registered(site_families_ba, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon)


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"obsidian": '  - "clippings"', "markdownload": "> ## Excerpt", "pandoc": "::: {.breadcrumb}",
         "hugo": "post-tags", "ghost": "byline-reading-time", "blogfa": "موضوعات", "cmssearch": "نتایج جستجو برای",
         "tagpage": "برچسب: ", "cse": "gsc-webResult", "joomla": "jform[catid]", "headless": "__NEXT_DATA__",
         "newsroom": "تاریخچه نسخه‌ها", "wirepage": "برای انتشار فوری", "wiretxt": "###",
         "wirenews": "رپرتاژ آگهی", "ampstory": "<amp-story-page", "storyviewer": "story-viewer",
         "storytxt": "قبلی | بعدی",
         "telegraph": "tl_article_header", "instantview": "Instant View", "fbinstant": "op-published",
         "ratesite": "تحلیل بازار", "bourse": "شاخص کل", "markettxt": "نرخ ارز (ریال)"}
FLAT_VARIANTS = site_families_ba.FLAT


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
        assert r["section"] is None or v not in site_families_ba.UNSECTIONED, r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 3


_FA = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _day(s: str) -> str:
    """A trap's day as ISO: a Jalali «۱۴۰۵/۰۹/۱۴» (either digits) or a Gregorian «2026-12-05»."""
    import datetime as dt

    import jdatetime
    s = s.translate(_FA)
    if "-" in s:
        return dt.date.fromisoformat(s).isoformat()
    y, mo, d = (int(x) for x in s.split("/"))
    return jdatetime.date(y, mo, d).togregorian().isoformat()


#: a variant's trap day as its pages write it: (pattern, later) — after the story's day, or before it
TRAPS = {"obsidian": (r"\ncreated: (\d{4}-\d{2}-\d{2})", True), "markdownload": (r"created: (\d{4}-\d{2}-\d{2})", True),
         "joomla": (r'تاریخ ایجاد</label><span class="field-value">([0-9/]+)', False),
         "wirepage": (r"زمان توزیع: ([۰-۹/]+)", True), "blogfa": (r"آخرین بروزرسانی: ([۰-۹/]+)", True)}


def test_trap_dates_are_not_gold(run):
    """A clip's day, a draft's creation, a release's distribution and a blog's last update are not the story's."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if v in TRAPS and (r["format"] == "html" or v in FLAT_VARIANTS):
            pat, later = TRAPS[v]
            days = [_day(m.group(1)) for m in re.finditer(pat, raw)]
            assert days and all((d > r["published_iso"]) if later else (d < r["published_iso"]) for d in days), \
                (r["file"], days)
            checked[v] += 1
    assert all(checked[k] >= 2 for k in TRAPS), checked


def test_titles_are_the_storys(run):
    """A results page's, a tab's and a tag's headings are on the page, and the gold title is the story's own line,
    not one of them; a blog's «پست‌ها» and a tag page's tag are never the section."""
    out, rows = run
    checked = 0
    for r in rows:
        if r["kind"] != "article" or r["format"] != "html":
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        tab = re.search(r"<title>(.*?)</title>", raw).group(1)
        if v in ("cmssearch", "tagpage", "cse", "joomla", "newsroom", "ratesite"):
            assert r["title"] not in tab, r["file"]
            checked += 1
        assert r["section"] != "پست‌ها"
        if v == "tagpage":
            tag = re.search(r"<h1>برچسب: (.*?)</h1>", raw).group(1)
            assert tag != r["section"]
    assert checked > 20


def test_wrapped_and_sidebar(run):
    """pandoc's text is wrapped at 72 columns (gold whole); a Blogfa page lists every category in its sidebar."""
    out, rows = run
    wrapped = sidebar = 0
    for r in rows:
        if r["kind"] != "article":
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if v == "pandoc":
            wrapped += any(p not in raw for p in r["body_paragraphs"])
        if v == "blogfa" and r["format"] == "html":
            sidebar += all(s in raw for s in SECTIONS[r["family"]])
    assert wrapped >= 3 and sidebar >= 3, (wrapped, sidebar)
