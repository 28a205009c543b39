"""Dates that name something else than the story (s75): a wiki diff's versions."""
from __future__ import annotations

import pytest

from palayesh.extract import extract
from palayesh.extract.dates import date_line

STORY = ["به گزارش خبرنگار ما، بارش برف از صبح امروز در بیشتر مناطق تهران و کرج آغاز شد و تا فردا ادامه دارد.",
         "مدیر هواشناسی استان گفت: شهروندان از سفرهای غیر ضروری خودداری کنند و مراقب لغزندگی معابر باشند.",
         "وی افزود: دمای هوا نیز تا پایان هفته چند درجه کاهش می‌یابد و هوا سردتر می‌شود."]
TITLE = "بارش برف در تهران و کرج ادامه دارد"


@pytest.mark.parametrize("line,role", [
    ("نسخهٔ \u200f۰۵:۴۴، ۲۶ نوامبر ۲۰۱۷", "modified"),              # a wiki diff's older version
    ("نسخهٔ کنونی تا \u200f۲۰:۲۹، ۳ دسامبر ۲۰۱۷", "modified"),      # ... and its current one
    ("Revision as of 05:44, 26 November 2017", "modified"),          # the English wiki's
    ("نسخه قابل چاپ ۳ آذر ۱۳۹۶", None),                              # a print view's name over the story's date
    ("جمعه، ۳ آذر ۱۳۹۶", None),                                      # the story's own date line
])
def test_a_version_named_by_its_time_is_no_publication(line, role):
    d = date_line(line)
    assert d is not None and d.role == role


def test_wiki_diff_dump_is_dated_by_the_story_not_its_versions():
    # a MediaWiki «difference between revisions» page saved as text: the versions' times over the story's
    # own date line
    page = "\n".join(["ویکی‌خبرنامه", "خواندن", "ویرایش", "نمایش تاریخچه", TITLE, "تفاوت میان نسخه‌ها",
                      "نسخهٔ \u200f۰۵:۴۴، ۲۶ نوامبر ۲۰۱۷", "علی رضایی (بحث | مشارکت‌ها)", "← ویرایش قدیمی‌تر",
                      "نسخهٔ کنونی تا \u200f۲۰:۲۹، ۳ دسامبر ۲۰۱۷", "سارا احمدی (بحث | مشارکت‌ها)", "سطر ۵:",
                      "نسخهٔ کنونی تا \u200f۲۰:۲۹، ۳ دسامبر ۲۰۱۷", "جمعه، ۳ آذر ۱۳۹۶", *STORY,
                      "منبع: ایسنا", "این صفحه آخرین بار در ۳ دسامبر ۲۰۱۷ ساعت ۲۰:۲۹ ویرایش شده است."])
    art = extract(page, format="text")
    assert art.published is not None and art.published[:10] == "2017-11-24"
