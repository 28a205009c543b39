"""A day-first two-digit Gregorian date whose numbers also read year first as a Jalali date to come
(«09.12.17»: 9 December 2017, or 1409/12/17), issue 12 point 4. Written fresh for s63 (small synthetic
pages, no set's)."""
from __future__ import annotations

from datetime import date

import pytest

from palayesh import extract
from palayesh.extract import dates
from palayesh.extract.dates import parse_date

STORY = [
    "شاخص کل بورس تهران امروز با افت ۲۰ هزار واحدی به محدوده یک میلیون و ۵۰۰ هزار واحد رسید و ارزش "
    "معاملات خرد به ۹ هزار میلیارد تومان رسید.",
    "به گفته کارشناسان بازار سرمایه، خروج نقدینگی از بازار و افزایش نرخ بهره بین بانکی از دلایل اصلی "
    "این افت بوده است و انتظار می‌رود روند ادامه یابد.",
]


@pytest.fixture
def december_2026(monkeypatch):
    monkeypatch.setattr(dates, "_today", lambda: date(2026, 12, 6), raising=False)


@pytest.mark.parametrize("text, published", [
    ("09.12.17 03:39", "2017-12-09T03:39+03:30"),
    ("۰۷/۰۸/۲۱", "2021-08-07"),
])
def test_a_year_first_jalali_reading_to_come_reads_day_first_gregorian(december_2026, text, published):
    assert parse_date(text)[0] == published


@pytest.mark.parametrize("text, jalali", [
    ("۰۳/۰۴/۲۱", "1403/04/21"),  # (1403 is past: a Jalali year first, as before)
    ("۰۵/۱۱/۰۱", "1405/11/01"),  # (01: no Gregorian year of 2010-2029 at the other end)
])
def test_a_year_first_jalali_date_past_or_with_no_gregorian_reading_stays(december_2026, text, jalali):
    assert parse_date(text)[1] == jalali


def test_a_posts_foot_stamp_in_days_first_dates_it(december_2026):
    page = ["**افت ۲۰ هزار واحدی شاخص کل بورس در معاملات امروز**", *STORY, "#بورس #شاخص_کل", "👁 ۲۲.۸K",
            "🆔 @bourse_now", "07.11.18 10:12"]
    assert extract("\n".join(page)).published == "2018-11-07T10:12+03:30"
