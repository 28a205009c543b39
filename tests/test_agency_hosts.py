"""The bare address of the story on an agency's own site credits the agency, for every agency of the
table whose host is known (issue 12).

AD's pages credit the agency only as «منبع: https://www.isna.ir/news/N/» under the story; the agency
table (``data/agencies.tsv``) named no host for ten of its agencies (خبرآنلاین, تابناک, حوزه, صدا و
سیما, …), so their addresses credited none. An address on a host no agency owns credits none.
"""
from __future__ import annotations

import pytest

from palayesh.extract import extract

_STORY = ["مدیرعامل شرکت گاز استان گفت مصرف گاز خانگی در هفته گذشته به بیشترین میزان امسال رسید و از "
          "مردم خواست وسایل گرمایشی را در ساعات اوج مصرف کم کنند.",
          "وی افزود گروه‌های امداد شبانه‌روز آماده‌اند و مشترکان می‌توانند گزارش نشت گاز را با شماره ۱۹۴ "
          "در میان بگذارند."]


def _page(source: str) -> str:
    return "\n".join(["گاز نمونه", "صفحه نخست | اخبار | تماس", "مصرف گاز خانگی رکورد زد",
                      "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰", *_STORY, f"منبع: {source}", "کلیه حقوق محفوظ است."])


@pytest.mark.parametrize("url, agency", [("https://www.tabnak.ir/fa/news/1182345/", "تابناک"),
                                         ("https://www.iribnews.ir/fa/news/4123456/", "صدا و سیما"),
                                         ("https://www.hawzahnews.com/news/1234/", "حوزه")])
def test_the_agency_s_address_credits_it(url, agency):
    assert extract(_page(url)).agency == agency


def test_an_address_no_agency_owns_credits_none():
    # (the control)
    assert extract(_page("https://www.example-news.ir/news/1234/")).agency is None
