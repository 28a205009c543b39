"""A category and the sub-category named after it: the story's own place is the second (issue 12).

«موضوعات: خسارت، خسارت بدنه» under a story of a site whose menu lists «خسارت» (AC's «دسته‌بندی‌ها: <parent>،
<child>»): the list gives the parent category, then the one under it, whose name opens with the
parent's words and narrows it. The first item of a list is the main one otherwise («دسته‌بندی: ورزش،
فوتبال»). «موضوعات:» heads tag boxes too, over one name («موضوعات: پیکان») or more («بایرن مونیخ، کلادیو
پیزارو»): no section then; only the category and its sub-category file the story.
"""
from __future__ import annotations

from palayesh.extract.sections import section_from_label


def test_a_sub_category_named_after_its_parent():
    assert section_from_label("موضوعات: خسارت، خسارت بدنه") == "خسارت بدنه"
    assert section_from_label("دسته‌بندی‌ها: خسارت، خسارت بدنه") == "خسارت بدنه"


def test_otherwise_the_first_category():
    # (the control: two categories, neither named after the other)
    assert section_from_label("دسته‌بندی: ورزش، فوتبال") == "ورزش"


def test_a_list_of_topics_is_the_story_s_tags():
    # (controls: tags under a «موضوعات:» label, one name or several)
    assert section_from_label("موضوعات: پیکان") is None
    assert section_from_label("موضوعات: بایرن مونیخ، کلادیو پیزارو") is None
    assert section_from_label("موضوعات: رئیسی - مسکن - اقتصاد - فضای مجازی") is None


_STORY = ["به گزارش خبرنگار ما، شرکت‌های بیمه از ماه آینده سقف پرداخت هزینه‌های درمان تکمیلی کارکنان دولت را "
          "بالا می‌برند و قراردادهای تازه با بیمارستان‌ها می‌بندند.",
          "مدیر امور بیمه‌گذاران گفت پرونده‌های معوق تا پایان فصل بررسی می‌شود و بیمه‌شدگان می‌توانند مدارک "
          "خود را از سامانه برخط بفرستند."]


def _html(topic: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return ("<html><head><title>سقف درمان تکمیلی بالا رفت | بیمه نمونه</title></head><body><header>"
            "<div>بیمه نمونه</div><div class='nav'><a href='/fa/service/57'>بیمه نمونه</a> | "
            "<a href='/fa/service/84'>بیمه درمان تکمیلی</a> | <a href='/fa/service/12'>بیمه شخص ثالث</a> | "
            "<a href='/fa/service/9'>خسارت</a></div></header><article><h1>سقف درمان تکمیلی بالا رفت</h1>"
            f"<div class='d'>۱۳ اردیبهشت ۱۴۰۲ - ۱۳:۳۰</div>{story}<div class='t'>موضوعات: {topic}</div>"
            "</article></body></html>")


def test_one_topic_the_menu_lists_is_the_section():
    from palayesh.extract import extract
    assert extract(_html("بیمه درمان تکمیلی")).section == "بیمه درمان تکمیلی"
    # (the control: one topic no menu lists, a tag)
    assert extract(_html("پیکان")).section != "پیکان"
