"""Family set BB's generator: deterministic, its gold consistent with its own pages, every family's kind and variant
there, its negatives there, its trap dates (earlier issues', a ruling's, a session's, a republication's, a
broadcast's, a print's, comments') no gold date, its sections a page's rubric (never «صفحه N» nor the paper's name)
and its titles the story's, never a tab's, a guide's heading or a profile's."""
from __future__ import annotations

import collections
import datetime as dt
import re

import family_pages
import family_set_checks as checks
import site_families_bb
from site_families_bb import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_bb_tables import DEV, HELD, KIND, VARIANT

SEED = 480
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.45, 0.75), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.97), ("published_iso", 0.7, 0.99), ("lead", 0.05, 0.4), ("agency", 0.3, 0.95)),
    agencies_seen=frozenset({None}), broken_lines=True, labelled_leads=True, titles_inside_chrome=True)
run, hosts = checks.set_fixtures(site_families_bb, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages."""
    gen = site_families_bb
    seed = SEED
    gold = GOLD


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["epaper", "portal", "advertorial", "slides", "liveblog", "court",
                                           "tvguide", "printview"]
    checks.check_registered(site_families_bb, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon)


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"pageviewer": "page-select", "issuepage": "شماره‌های قبلی", "kiosktxt": "مطالب دیگر این صفحه:",
         "district": "اخبار منطقه", "hawza": "news-date", "endowment": "astan-bar", "reportage": "رپرتاژ آگهی",
         "sponsored": "محتوای حمایت‌شده", "corpnews": "بازنشر از اتاق خبر", "slideshow": "اسلاید شو",
         "carousel": 'class="slide cover"', "storysave": "اسلاید ۱ از", "livepage": "پوشش زنده",
         "ticker": '<td class="clock">', "livetxt": "پایان پوشش زنده", "judiciary": "case-box",
         "lawportal": "تاریخ جلسه رسیدگی", "rulingtxt": "دادنامه شماره", "broadcaster": "زمان پخش",
         "guide": "جدول پخش شبکه‌ها", "tvtxt": "پخش امشب:", "printhtml": "نسخه قابل چاپ", "printpdf": "/print/",
         "printtxt": "نسخه چاپی |"}
FLAT_VARIANTS = site_families_bb.FLAT


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
        assert r["section"] is None or v not in site_families_bb.UNSECTIONED, r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 3


_FA = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _day(s: str) -> str:
    """A trap's day as ISO: a Jalali «۱۴۰۵/۰۹/۱۴» (either digits)."""
    import jdatetime
    y, mo, d = (int(x) for x in s.translate(_FA).split("/"))
    return jdatetime.date(y, mo, d).togregorian().isoformat()


#: a variant's trap day as its pages write it: (pattern, later) — after the story's day, or before it
TRAPS = {"issuepage": (r"شماره [۰-۹]+ - ([۰-۹/]+)", False), "judiciary": (r"تاریخ صدور رأی</td><td>([۰-۹/]+)", False),
         "lawportal": (r"تاریخ جلسه رسیدگی</dt>\n<dd>([۰-۹/]+)", False),
         "corpnews": (r"تاریخ بازنشر: ([۰-۹/]+)", True), "rulingtxt": (r"مورخ ([۰-۹/]+)", False),
         "printhtml": (r"تاریخ چاپ: ([۰-۹/]+)", True)}


def test_trap_dates_are_not_gold(run):
    """Earlier issues', a ruling's, a session's, a republication's and a print's days are not the story's."""
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


def test_sections_are_the_pages_rubric(run):
    """An e-paper's page shows every page's rubric; the gold section is its own page's, the one beside its «صفحه N»,
    never «صفحه N» itself nor the paper's name."""
    out, rows = run
    checked = 0
    for r in rows:
        if r["kind"] != "article" or r["family"] != "carpet_looms" or not r["section"]:
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        assert not r["section"].startswith("صفحه") and r["section"] not in {n for _, n, _ in HOSTS["carpet_looms"]}
        if r["format"] == "html" and v == "pageviewer":
            assert all(x in raw for x in ("سیاسی", "ورزش", "حوادث"))
            num = re.search(r'<span class="pnum">صفحه ([۰-۹]+)</span> <span class="rubric">(.*?)</span>', raw)
            assert num and num.group(2) == r["section"]
            assert f"<option selected>صفحه {num.group(1)} - {r['section']}</option>" in raw
            checked += 1
    assert checked >= 3


def test_titles_are_the_storys(run):
    """A guide's heading, a profile's handle and a print view's tab are on the page, and the gold title is the
    story's own line; an Instagram mirror's title is its cover slide's text."""
    out, rows = run
    checked = 0
    for r in rows:
        if r["kind"] != "article" or r["format"] != "html":
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        tab = re.search(r"<title>(.*?)</title>", raw).group(1)
        if v in ("pageviewer", "issuepage", "carousel", "guide"):
            assert r["title"] not in tab, r["file"]
            checked += 1
        if v == "carousel":
            assert f'<div class="overlay">{r["title"]}</div>' in raw.replace("&quot;", '"').replace("&#x27;", "'")
    assert checked > 20


def test_qamari_and_live_order(run):
    """The qamari calendar is right on known days; a live page's entries are newest first (the gold's order)."""
    assert site_families_bb.qamari(dt.date(2026, 12, 7)) == (1448, 6, 26)
    assert site_families_bb.qamari(dt.date(2024, 3, 11))[1:] in ((9, 1), (8, 30))  # Ramadan 1445 began
    out, rows = run
    live = 0
    for r in rows:
        if r["kind"] == "article" and r["format"] == "html" and _variant(r) == "livepage":
            raw = checks.page_raw(out, r)
            clocks = re.findall(r'<time datetime="([^"]+)">', raw)
            assert clocks == sorted(clocks, reverse=True)
            live += 1
    assert live >= 2
