"""Dates a messenger's post shows (issue 12, point 4): a day-first date with a two-digit Gregorian year
(«14.05.20 08:04», as Telegram and European clients write it), and a post's date under its views line at
its foot. Written fresh for s62 (small synthetic pages, no set's)."""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.extract.dates import date_line

STORY = [
    "شاخص کل بورس تهران امروز با رشد ۱۲ هزار واحدی به محدوده یک میلیون و ۵۰۰ هزار واحد رسید و ارزش "
    "معاملات خرد به ۹ هزار میلیارد تومان رسید.",
    "به گفته کارشناسان بازار سرمایه، ورود نقدینگی تازه به بازار و کاهش نرخ بهره بین بانکی از دلایل اصلی "
    "این رشد بوده است و انتظار می‌رود روند ادامه یابد.",
]


@pytest.mark.parametrize("text, day, clock", [
    ("14.05.20 08:04", "2020-05-14", (8, 4, None)),
    ("۱۴.۰۵.۲۰ ۰۸:۰۴", "2020-05-14", (8, 4, None)),
    ("27/08/20", "2020-08-27", None),
    ("۱۵-۱۲-۱۷", "2017-12-15", None),
])
def test_a_two_digit_year_no_jalali_date_has_is_gregorian(text, day, clock):
    # 10-29: Jalali 1310-1329 predate the web, 1410-1429 are to come; the Gregorian 2010s and 2020s
    d = date_line(text)
    assert d is not None and d.stamp.day.isoformat() == day and d.stamp.clock == clock


@pytest.mark.parametrize("text, day", [("25.02.99", "2020-05-14"), ("۲۴/۰۷/۹۸", "2019-10-16")])
def test_a_two_digit_jalali_year_stays_jalali(text, day):
    d = date_line(text)
    assert d is not None and d.stamp.calendar == "jalali" and d.stamp.day.isoformat() == day


def test_a_version_number_is_no_date():
    assert date_line("نسخه 2.1.15 منتشر شد") is None


@pytest.mark.parametrize("foot", [["👁 91.5K", "۱۳۹۹/۰۲/۲۵ - ۰۸:۰۴"], ["👁 ۱۲.۳ هزار", "۸:۰۴ ۱۳۹۹/۲/۲۵"],
                                  ["👁 91.5K", "14.05.20 08:04"], ["👁 91.5K  14.05.20 08:04"]])
def test_a_posts_date_under_its_views_at_its_foot(foot):
    # a channel's post: its name, its headline, the story, the channel's handle, its views, its date
    page = ["📊 کانال بورس نیوز", "🔴 رشد ۱۲ هزار واحدی شاخص کل بورس", *STORY, "🆔 @bourse_news", *foot]
    assert extract("\n".join(page)).published == "2020-05-14T08:04+04:30"
