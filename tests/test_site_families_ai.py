"""Family set AI's generator: deterministic, its gold consistent with its own pages, its pages the size and shape of
big sites' saved pages."""
from __future__ import annotations

import collections
import datetime as dt
import re
import statistics

import pytest

import family_pages
import family_set_checks as checks
import site_families_ai
from site_families_ai import (
    AGENCIES,
    CMS,
    FAMILIES,
    HOSTS,
    SECTIONS,
    canon,
    credited_agency,
    visible_date,
)
from site_families_h import TEHRAN

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=22, html_share=(0.5, 0.8), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.95, 1.01), ("published_iso", 0.95, 1.01), ("lead", 0.3, 0.85), ("agency", 0.1, 0.85),
            ("surtitle", 0.1, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), alt_credits=True)
SEED = 311


run, hosts = checks.set_fixtures(site_families_ai, SEED)


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for _, secs in SECTIONS.values() for x in secs}
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)


@pytest.mark.parametrize(("style", "want", "timed"), [
    ("long", "چهارشنبه ۱۴ آذر ۱۴۰۳ - ۱۰:۲۵", True),
    ("slash", "۱۴۰۳/۰۹/۱۴ ۱۰:۲۵", True),
    ("rev", "تاریخ انتشار: ۱۰:۲۵ - ۱۴ آذر ۱۴۰۳", True),
    ("plain", "۱۴ آذر ۱۴۰۳ ساعت ۱۰:۲۵", True),
    ("day_only", "چهارشنبه ۱۴ آذر ۱۴۰۳", False),
])
def test_visible_date(style, want, timed):
    assert visible_date(dt.datetime(2024, 12, 4, 10, 25, tzinfo=TEHRAN), style, "fa") == (want, timed)


def test_every_cms_on_both_sides_of_the_split(hosts):
    """Each CMS markup is a host's of an open (even) family and of a held-out (odd) one."""
    for side in (0, 1):
        assert {hosts[d].s["cms"] for f in FAMILIES[side::2] for d, _, _ in HOSTS[f]} == set(CMS)


CMS_MARKS = {"nastooh": ('class="item-meta"', 'class="item-text"', 'class="breadcrumb"'),
             "parsine": ('class="news_path"', 'class="body"', 'class="news_id_c"'),
             "nextjs": ('<div id="__next">', 'id="__NEXT_DATA__"'),
             "wordpress": ("<!-- wp:paragraph -->", '"@graph"', 'class="entry-title"')}


def test_pages_are_big_sites_saved(run, hosts):
    """HTML articles are 100-400 KB, with the head, mega menu, ticker, ads, lists, comments and footer big sites have,
    each in its host's CMS markup; text pages are the crawler's dump with the menus in it."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    sizes = [len(checks.page_raw(out, r).encode("utf-8")) for r in arts if r["format"] == "html"]
    assert min(sizes) > 60_000 and 100_000 < statistics.median(sizes) and max(sizes) < 400_000
    seen = collections.Counter()
    for r in arts:
        raw = checks.page_raw(out, r)
        if r["format"] == "txt":
            assert "<" not in raw and "صفحه اصلی" in raw.splitlines()
            continue
        for mark in ('<meta property="og:title"', '"@type": "BreadcrumbList"', 'class="has-mega"', 'class="ad-slot"',
                     "window.__INITIAL_STATE__", "<!-- saved from url=", "نماد اعتماد الکترونیکی"):
            assert mark in raw or (mark == '"@type": "BreadcrumbList"' and '"@graph"' in raw), (r["file"], mark)
        assert raw.count('<a href="/service/') >= 100  # (the mega menu)
        for mark in CMS_MARKS[hosts[r["site"]].s["cms"]]:
            assert mark in raw, (r["file"], mark)
        seen["comments"] += 'id="comments"' in raw
        seen["gallery"] += "گزارش تصویری</h4>" in raw
        seen["video"] += "aparat.com/video/video/embed" in raw
        seen["read_more"] += '-inline-related' in raw or "inline-related" in raw
        seen["utc_meta"] += bool(re.search(r'article:published_time" content="[^"]*Z"', raw))
        seen["updated"] += "آخرین به‌روزرسانی" in raw
    assert all(v >= 5 for v in seen.values()) and len(seen) == 6, seen


def test_gold_dates_are_the_visible_ones(run):
    """An article's published day is the Tehran day its date row shows, whatever its «updated» row or a UTC meta say."""
    out, rows = run
    for r in rows:
        if r["kind"] != "article":
            continue
        pub = dt.datetime.fromisoformat(r["published_time"]) if len(r["published_time"]) > 10 else None
        if pub is not None:
            assert pub.utcoffset() == pub.astimezone(TEHRAN).utcoffset()
        lines = family_pages.page_lines(out / "pages" / r["file"], GOLD.blocks)
        day = dt.date.fromisoformat(r["published_iso"])
        j = r["published_jalali"].split("/")
        shown = [x for x in lines if f"{int(j[2])} " in x.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
                 or "/".join(j) in x.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))]
        assert shown, (r["file"], day)


class TestSet(checks.GeneratorChecks):
    """The checks every set passes (:class:`family_set_checks.GeneratorChecks`; AI's menus and CMSs are checked
    above), for AI."""

    gen, seed, gold = site_families_ai, SEED, GOLD
