"""Family set AM's generator: deterministic, its gold consistent with its own pages, its forms where the docstring
says, its trap dates (a match's kick-off, a conference's days and deadlines, the other messages' clocks, ``WARC-Date``)
no gold date."""
from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_am
from site_families_am import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency, shown_date
from site_families_am_tables import FORMS
from site_families_h import TEHRAN

SEED = 349
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.6, 0.82), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.3, 0.62), ("published_iso", 0.93, 1.01), ("lead", 0.1, 0.4), ("agency", 0.55, 0.92)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))


run, hosts = checks.set_fixtures(site_families_am, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its pages
    (a credit only in the JSON-LD ``publisher`` counts as none there)."""
    gen = site_families_am
    seed = SEED
    gold = GOLD


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for secs in SECTIONS.values() for x in secs}
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)


@pytest.mark.parametrize(("t", "form", "want", "timed"), [
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "gdocs", "شنبه ۱۴ آذر ۱۴۰۵", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "sanad", "تاریخ: ۱۴۰۵/۰۹/۱۴", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "notion", "December 5, 2026 10:23 AM", True),
    (dt.datetime(2026, 12, 5, 0, 5, tzinfo=TEHRAN), "notion", "December 5, 2026 12:05 AM", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "wix", "۵ دسامبر ۲۰۲۶", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "tgexport", "05.12.2026 10:23:00 UTC+03:30", True),
    (dt.datetime(2019, 6, 5, 22, 5, tzinfo=TEHRAN), "tgexport", "05.06.2019 22:05:00 UTC+04:30", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "whatsapp", "12/5/26, 10:23", True),
    (dt.datetime(2026, 12, 1, 10, 23, tzinfo=TEHRAN), "paste", "Dec 1st, 2026", False),
    (dt.datetime(2026, 12, 12, 10, 23, tzinfo=TEHRAN), "paste", "Dec 12th, 2026", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "thread", "Dec 5, 2026", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "webstory", "۱۴ آذر ۱۴۰۵", False),
    (dt.datetime(2026, 12, 5, 20, 15, tzinfo=TEHRAN), "match", "شنبه ۱۴ آذر ۱۴۰۵ ساعت ۲۰:۱۵", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "conference", "۰۵/۰۹/۱۴", False),
    (dt.datetime(2020, 12, 5, 10, 23, tzinfo=TEHRAN), "conference", "۹۹/۰۹/۱۵", False),
])
def test_shown_date(t, form, want, timed):
    shown, loc, is_timed = shown_date(t, form)
    assert (shown, is_timed) == (want, timed) and loc == t


def test_forms_are_there(run):
    """Every form of the docstring turns up; a thread's day is Tehran's and the UTC day it shows; a page whose form
    shows no section has none in gold."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        forms = {"gdocs": "Published using Google Docs" in raw, "sanad": "منتشر شده با سند" in raw,
                 "notion": "Powered by Notion" in raw, "wix": "Wix.com" in raw and "پست‌های اخیر" in raw,
                 "tgexport": "<title>Exported Data</title>" in raw,
                 "whatsapp": "Messages and calls are end-to-end encrypted" in raw,
                 "paste": "raw download clone embed print report" in raw, "rawbox": "RAW Paste Data" in raw,
                 "thread": "Missing some Tweet in this thread?" in raw, "webstory": "<amp-story " in raw,
                 "match": "مرکز مسابقات" in raw and "لحظه به لحظه" in raw, "conference": "تاریخ‌های مهم" in raw,
                 "wet": raw.startswith("WARC/1.0\n")}
        for k, v in forms.items():
            seen[k] += v
        if forms["thread"] and r["published_time"]:
            t = dt.datetime.fromisoformat(r["published_time"])
            assert t.astimezone(dt.timezone.utc).date() == t.date()
        if any(forms[k] for k in ("gdocs", "sanad", "tgexport", "whatsapp", "paste", "thread", "conference")):
            assert r["section"] is None
    assert len(seen) == 13 and all(v >= 2 for v in seen.values()), seen


def test_trap_dates_are_not_gold(run):
    """A match's kick-off, a conference's deadlines, the other messages' clocks and ``WARC-Date`` are not the story's:
    gold takes the report's «انتشار», the news' own line, the story's message."""
    out, rows = run
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        if raw.startswith("WARC/1.0\n"):
            warc = next(x for x in raw.splitlines() if x.startswith("WARC-Date: "))
            assert warc.split()[1][:10] != r["published_iso"]
        if r["format"] == "html" and "<title>Exported Data</title>" in raw and r["published_time"]:
            t = dt.datetime.fromisoformat(r["published_time"])
            stamps = re.findall(r'title="(\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d UTC[+-]\d\d:\d\d)"', raw)
            assert shown_date(t, "tgexport")[0] in stamps and len(stamps) > 1
        if "مرکز مسابقات" in raw and r["published_time"]:
            t = dt.datetime.fromisoformat(r["published_time"])
            assert f"انتشار: {shown_date(t, 'match')[0]}" in raw


def test_forms_spread_over_the_split():
    """Every HTML form has a host in a family of the open half (even index, ``amdev``) and one of the held half."""
    checks.check_forms_spread(FAMILIES, FORMS, 9)
