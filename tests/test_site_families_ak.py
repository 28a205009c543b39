"""Family set AK's generator: deterministic, its gold consistent with its own pages, its forms where the docstring
says, its Afghan dates in Kabul's time."""
from __future__ import annotations

import collections
import datetime as dt

import pytest

import family_pages
import family_set_checks as checks
import site_families_ak
from site_families_ak import (
    AGENCIES,
    FAMILIES,
    HOSTS,
    KABUL,
    SECTIONS,
    canon,
    credited_agency,
    shown_date,
)
from site_families_ak_tables import AFGHAN_MONTHS, DARI_GMONTHS, FORMS
from site_families_h import TEHRAN, dg

SEED = 331
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=22, html_share=(0.6, 0.8), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.99, 1.01), ("published_iso", 0.99, 1.01), ("lead", 0.2, 0.7), ("agency", 0.2, 0.7)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))


run, hosts = checks.set_fixtures(site_families_ak, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its pages
    (a credit only in the JSON-LD ``publisher`` counts as none there)."""
    gen = site_families_ak
    seed = SEED
    gold = GOLD


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for secs in SECTIONS.values() for x in secs}
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)


@pytest.mark.parametrize(("t", "form", "want", "timed"), [
    (dt.datetime(2026, 12, 5, 14, 30, tzinfo=KABUL), "kabul", "۱۴ قوس ۱۴۰۵ - ۱۴:۳۰", True),
    (dt.datetime(2026, 12, 5, 14, 30, tzinfo=KABUL), "azadi", "شنبه ۱۴ قوس ۱۴۰۵", False),
    (dt.datetime(2026, 12, 5, 14, 30, tzinfo=KABUL), "hasht", "۵ دسمبر ۲۰۲۶ - ۱۴ قوس ۱۴۰۵", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "gov", "۱۴۰۵/۰۹/۱۴ - ۱۰:۲۳", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "blog", "شنبه چهاردهم آذر ۱۴۰۵", False),
    (dt.datetime(2026, 12, 5, 14, 5, tzinfo=TEHRAN), "forum", "۱۴۰۵/۰۹/۱۴، ۰۲:۰۵ ب.ظ", True),
    (dt.datetime(2026, 12, 21, 0, 5, tzinfo=TEHRAN), "forum", "۱۴۰۵/۰۹/۳۰، ۱۲:۰۵ ق.ظ", True),
])
def test_shown_date(t, form, want, timed):
    shown, loc, is_timed = shown_date(t, form)
    assert (shown, is_timed) == (want, timed) and loc == t


def test_afghan_day_is_kabul_day():
    """An instant late in the Tehran evening is already the next day in Kabul (an hour ahead): an Afghan page shows
    Kabul's day."""
    t = dt.datetime(2026, 12, 5, 23, 20, tzinfo=TEHRAN)
    shown, loc, _ = shown_date(t, "kabul")
    assert shown == "۱۵ قوس ۱۴۰۵ - ۰۰:۲۰" and loc.utcoffset() == dt.timedelta(hours=4, minutes=30)


def test_forms_are_there(run):
    """Every form of the docstring turns up; a WET record's WARC-Date, a price table's update and forum replies are
    no gold date; every Afghan instant has Kabul's +04:30."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        seen["afghan"] += r["published_jalali"] is not None and any(
            f" {m} {dg(r['published_jalali'][:4], 'fa')}" in raw for m in AFGHAN_MONTHS)
        seen["dari_gregorian"] += any(f" {m} " in raw for m in DARI_GMONTHS if m != "می")
        seen["gov"] += "کد خبر: " in raw and "تعداد بازدید: " in raw and "روابط عمومی" in raw
        seen["sport"] += '<aside class="live">' in raw or "\nپایان بازی\n" in raw
        seen["market"] += "آخرین به‌روزرسانی: " in raw
        seen["tech"] += "مشخصات فنی" in raw
        seen["blog"] += "لینک ثابت" in raw
        seen["forum"] += "نقل قول | تشکر" in raw
        seen["aggregator"] += "مشاهده در منبع" in raw
        seen["wet"] += raw.startswith("WARC/1.0\n")
        if r["site"].endswith(".af") or r["site"] in ("azadi-dari.org", "sobh-haqiqat.com"):
            assert r["published_time"] is None or len(r["published_time"]) == 10 \
                or r["published_time"].endswith("+04:30")
    assert len(seen) == 10 and all(v >= 5 for v in seen.values()), seen


def test_forms_spread_over_the_split():
    """Every HTML form has a host in a family of the open half (even index, ``akdev``) and one of the held half."""
    checks.check_forms_spread(FAMILIES, FORMS, 10)
