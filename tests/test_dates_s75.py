"""Dates that name something else than the story (s75): a wiki diff's versions, a note app's clip time."""
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


def _note(rows: list[tuple[str, str]]) -> str:
    """A note app's page export (Notion's HTML): the headline, a table of properties, the text."""
    props = "".join(f'<tr class="property-row"><th>{k}</th><td><span class="selected-value">{v}</span></td></tr>'
                    for k, v in rows)
    return (f'<html lang="fa" dir="rtl"><head><title>{TITLE}</title></head><body><article class="page sans">'
            f'<header><h1 class="page-title">{TITLE}</h1><table class="properties"><tbody>{props}</tbody></table>'
            '</header><div class="page-body">' + "".join(f"<p>{p}</p>" for p in STORY)
            + "</div></article></body></html>")


def test_a_clipped_note_is_not_dated_by_its_creation():
    # the note records the address it was clipped from: «Created» is the clip's time, no story date
    art = extract(_note([("Created", "@July 31, 2026 4:40 PM"), ("دسته", "کشاورزی"),
                         ("URL", "https://khabar.example/news/763764")]), format="html")
    assert art.published is None


def test_a_note_keeps_its_story_date_and_an_unclipped_one_its_creation():
    # the story's date in a property of its own beside the clip's creation
    art = extract(_note([("Created", "@October 26, 2021 11:59 PM"), ("تاریخ خبر", "@July 3, 2021"),
                         ("URL", "https://khabar.example/news/966762")]), format="html")
    assert art.published is not None and art.published[:10] == "2021-07-03"
    # a note that names no address is the site's own record: its creation dates it
    art = extract(_note([("Created", "@July 31, 2026 4:40 PM"), ("دسته", "کشاورزی")]), format="html")
    assert art.published is not None and art.published[:10] == "2026-07-31"


def _stamped_page(stamp: str) -> str:
    """A magazine's page: a clock and day over the headline (the site's header), the story's date after
    the story in an empty ``<time>`` and the words beside it."""
    return ('<html lang="fa"><body><div class="hd">پیستون</div><div class="hd">یکشنبه ۱۲ بهمن ۱۳۹۹ - ۱۰:۲۰</div>'
            f'<h1>{TITLE}</h1>' + "".join(f"<p>{p}</p>" for p in STORY) + f'<span class="ft">{stamp}</span>'
            '<div class="ft">نظرات خوانندگان</div></body></html>')


def test_an_empty_time_stamp_takes_the_label_of_the_words_beside_it():
    # «<time datetime=…></time>منتشر شده در April 17, 2020، ساعت 18:52»: the words say it is the publication
    art = extract(_stamped_page('<time datetime="2020-04-17T18:52:00"></time>منتشر شده در April 17, 2020، ساعت 18:52'),
                  format="html")
    assert art.published is not None and art.published[:10] == "2020-04-17"
    # words of another day beside it are another date's: the stamp keeps no label
    art = extract(_stamped_page('<time datetime="2020-04-17T18:52:00"></time> ویرایش: ۲۰ آوریل ۲۰۲۰'), format="html")
    assert art.published is None or art.published[:10] != "2020-04-17"
