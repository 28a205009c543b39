"""Family set AL's generator: deterministic, its gold consistent with its own pages, its forms where the docstring
says, its trap dates (a wiki's last edit, an archive's capture, campaign updates, ``WARC-Date``) no gold date."""
from __future__ import annotations

import collections
import datetime as dt

import pytest

import family_pages
import family_set_checks as checks
import site_families_al
from site_families_al import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency, shown_date
from site_families_al_tables import FORMS
from site_families_h import TEHRAN

SEED = 347
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=22, html_share=(0.55, 0.8), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.92), ("published_iso", 0.99, 1.01), ("lead", 0.1, 0.5), ("agency", 0.15, 0.7)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), broken_lines=True)


run, hosts = checks.set_fixtures(site_families_al, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its pages
    (a credit only in the JSON-LD ``publisher`` counts as none there; a PDF page's paragraphs stand wrapped)."""
    gen = site_families_al
    seed = SEED
    gold = GOLD


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for secs in SECTIONS.values() for x in secs} | {"رپورتاژ آگهی"}
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)


@pytest.mark.parametrize(("t", "form", "want", "timed"), [
    (dt.datetime(2026, 12, 5, 10, 23, 7, tzinfo=TEHRAN), "codal", "۱۴۰۵/۰۹/۱۴ ۱۰:۲۳:۰۷", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "wiki", "شنبه ۱۴ آذر ۱۴۰۵", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "mailarchive", "Dec. 5, 2026, 10:23 a.m.", True),
    (dt.datetime(2026, 12, 5, 12, 0, tzinfo=TEHRAN), "mailarchive", "Dec. 5, 2026, noon", True),
    (dt.datetime(2026, 12, 5, 22, 5, tzinfo=TEHRAN), "eml", "Sat, 05 Dec 2026 22:05:00 +0330", True),
    (dt.datetime(2026, 6, 5, 22, 5, tzinfo=TEHRAN), "eml", "Fri, 05 Jun 2026 22:05:00 +0330", True),
    (dt.datetime(2019, 6, 5, 22, 5, tzinfo=TEHRAN), "eml", "Wed, 05 Jun 2019 22:05:00 +0430", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "telegraph", "December 05, 2026", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "lite", "انتشار: ۱۴۰۵.۰۹.۱۴ - ۱۰:۲۳", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "social", "۱۴۰۵-۰۹-۱۴ ۱۰:۲۳", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "reportage", "شنبه ۱۴ آذر ۱۴۰۵ ساعت ۱۰:۲۳", True),
])
def test_shown_date(t, form, want, timed):
    shown, loc, is_timed = shown_date(t, form)
    assert (shown, is_timed) == (want, timed) and loc == t


def test_epaper_issue_line_has_three_calendars():
    shown, _, timed = shown_date(dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "epaper")
    assert shown.startswith("شنبه ۱۴ آذر ۱۴۰۵ | ") and "جمادی" in shown and shown.endswith("۵ دسامبر ۲۰۲۶")
    assert not timed


def test_forms_are_there(run):
    """Every form of the docstring turns up; a Telegraph page's day is Tehran's and the UTC day it shows; no trap date
    (a wiki's last edit, an archive's capture, a campaign's update, ``WARC-Date``) is the gold day."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        seen["wiki"] += 'id="firstHeading"' in raw or ("[ویرایش]" in raw and "رده‌ها:" in raw)
        seen["epaper"] += "دانلود PDF این صفحه" in raw
        seen["pdf"] += r["format"] == "txt" and "ادامه در صفحه" in raw
        seen["pressroom"] += "اطلاعیه مطبوعاتی" in raw and "###" in raw
        seen["codal"] += "سال مالی منتهی به:" in raw
        seen["reportage"] += "محتوای حمایت‌شده" in raw and "پذیرفتن" in raw
        seen["mailarchive"] += "HyperKitty" in raw
        seen["eml"] += raw.startswith("From: ") and "mailing list" in raw
        seen["telegraph"] += "Report content on this page" in raw
        seen["lite"] += "نسخه کامل این خبر | بالای صفحه" in raw
        seen["archive"] += "archive.today webpage capture" in raw
        seen["crowdfund"] += "داستان کارزار" in raw
        seen["petition"] += "آخرین امضاها" in raw
        seen["social"] += "دنبال کردن" in raw and "دانلود این پست" in raw
        seen["wet"] += raw.startswith("WARC/1.0\n")
        if "Report content on this page" in raw and r["published_time"]:
            t = dt.datetime.fromisoformat(r["published_time"])
            assert t.astimezone(dt.timezone.utc).date() == t.date()
        if r["site"] in ("telegra.ph", "graph.org", "picnu-fa.com", "instaview-fa.ir") or "HyperKitty" in raw:
            assert r["section"] is None
    assert len(seen) == 15 and all(v >= 4 for v in seen.values()), seen


def test_trap_dates_are_not_gold(run):
    """The crawl's, the archive's and the last edit's days are later than the story's: gold never takes them."""
    out, rows = run
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        if raw.startswith("WARC/1.0\n"):
            warc = next(x for x in raw.splitlines() if x.startswith("WARC-Date: "))
            assert warc.split()[1][:10] != r["published_iso"]


def test_forms_spread_over_the_split():
    """Every HTML form has a host in a family of the open half (even index, ``aldev``) and one of the held half."""
    checks.check_forms_spread(FAMILIES, FORMS, 12)
