"""A mobile theme's comment box between the story's head and its text, the headline shown again over
the text: the story is the text under the repeated headline, the box no part of it."""
from __future__ import annotations

from palayesh.extract.text import extract_text

_HEADLINE = "ویژه برنامه‌های هفته ملی کودک در بوشهر تشریح شد"
_LEAD = "مدیر کانون پرورش فکری کودکان و نوجوانان استان از برگزاری پنجاه برنامه در هفته ملی کودک خبر داد."
_STORY = ["به گزارش همدم پت، مدیر کانون پرورش فکری کودکان استان امروز برنامه‌های هفته ملی کودک را در نشستی خبری "
          "تشریح کرد.",
          "وی گفت: در این هفته بیش از پنجاه برنامه فرهنگی و هنری در شهرهای استان برای کودکان و نوجوانان اجرا می‌شود.",
          "او افزود: نمایشگاه کتاب کودک نیز از روز دوشنبه در محل کانون برپا خواهد شد و تا پایان هفته ادامه دارد."]
_BOX = ["انتشار یافته: ۵ | در انتظار بررسی: ۰", "نظرات کاربران (۲)", "سمیرا | ۱۳ دقیقه قبل",
        "این مطلب رو قبلا هم جای دیگه خونده بودم و خیلی مفید بود.",
        "پاسخ مدیر سایت: سلام، ممنون از همراهی شما و نظر خوبتان.", "ارسال نظر", "نام", "ایمیل", "نظر شما", "ارسال"]


def _page(lead: bool, again: bool = True) -> str:
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE, "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    tail = ["منبع: ایسنا", "برچسب‌ها: کودک، بوشهر", "© ۱۴۰۲ همدم پت"]
    return "\n\n".join(head + [_LEAD] * lead + _BOX + [_HEADLINE] * again + _STORY + tail)


def test_the_story_under_its_repeated_headline_past_the_comment_box():
    a = extract_text(_page(True))
    assert a.title == _HEADLINE
    assert a.lead == _LEAD
    assert a.paragraphs == _STORY
    assert a.section is None


def test_a_comment_under_the_boxs_heading_is_no_summary():
    # (no summary: the first prose is a comment, under the box's heading: the story is still the
    # text under the repeated headline, the comment no part of it)
    a = extract_text(_page(False))
    assert a.paragraphs == _STORY
    assert a.lead is None


def test_without_the_repeated_headline_the_comment_form_still_ends_the_story():
    # (no headline over the prose under the form: the form's heading is the tail, as before)
    a = extract_text(_page(True, again=False))
    assert not any(p in a.paragraphs for p in _STORY)
