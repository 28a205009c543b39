"""Headlines and dates in header forms the family sets rarely show: a site header's date of the
visit without «امروز», the story's date under it alone, two-digit years, a site's name only in its
logo's image. Pages written for these tests (the bench set of the same forms: ``head_layouts.py``)."""
from __future__ import annotations

import jdatetime

from conftest import refine_site, story_bodies

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
WD = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
SITE = ["ورزش‌نگار امروز", "خانه | فوتبال | والیبال | کشتی | بسکتبال | تماس با ما"]
FOOT = "تمامی حقوق برای ورزش‌نگار امروز محفوظ است"
PAGES = 10


def _words(j: jdatetime.date) -> str:
    """«شنبه ۲۲ مرداد ۱۴۰۱»: a date as a site's header prints it."""
    return ("%s %d %s %d" % (WD[j.weekday()], j.day, JM[j.month - 1], j.year)).translate(FA)


def _days() -> list[jdatetime.date]:
    return [jdatetime.date(1401, 1 + i, 3 + 2 * i) for i in range(PAGES)]


def _headline(paras: list[str]) -> str:
    return " ".join(paras[1].split()[:7]).strip("،.:")


def test_the_visits_date_under_the_menu_is_no_storys(tmp_path):
    # the site's header shows the day of the visit under its menu, unlabelled, the same on every
    # page; the trail «خانه > فوتبال > <headline>» opens the story's header under it; the story's
    # own date stands alone under its last paragraph: the run shows the header's day on all pages
    today = _words(jdatetime.date(1401, 11, 20))
    bodies, days = story_bodies(PAGES, 3), _days()
    pages = [[*SITE, today, "خانه > فوتبال > " + _headline(b), _headline(b), *b, _words(d), "اشتراک‌گذاری", FOOT]
             for b, d in zip(bodies, days)]
    rows = refine_site(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["published"] for i in range(PAGES)]
    assert got == [d.togregorian().isoformat() for d in days]


def test_a_header_date_of_one_day_dates_the_story_when_nothing_else_does(tmp_path):
    # every page of the crawl published that day and dated in its header only: the day stays the
    # story's (the run shows it on all pages, but the pages name no other date)
    day = jdatetime.date(1401, 11, 20)
    bodies = story_bodies(PAGES, 3)
    pages = [[*SITE, _headline(b), _words(day), *b, "اشتراک‌گذاری", FOOT] for b in bodies]
    rows = refine_site(tmp_path, pages)
    assert {rows[f"p{i:02d}"]["published"] for i in range(PAGES)} == {day.togregorian().isoformat()}
