"""A box of the story's properties names its section, over a trail of the listing (issue 12).

A Notion public page (and a CMS that sets its fields in ``<div>``s where others use a ``<dl>``) shows
the story's properties as rows of a name and a value right under the headline: «تاریخ» / its date,
«دسته» / its category, «برچسب‌ها» / its tags. Its top bar's trail «<site> / خبرها / <headline>» shows
the listing the story stands in, the same on every page. The labelled row says the category on a page
alone, in HTML (rows of two blocks) and in the page's text (a label and a value a line each). A box
with no section label names none.
"""
from __future__ import annotations

from palayesh.extract import extract

_SITE = "شبکه موزه‌داران نمونه"
_TITLE = "موزه علوم شب‌های تابستان باز می‌ماند"
_STORY = ["به گزارش خبرنگار ما، موزه علوم و فناوری از هفته آینده تا پایان شهریور شب‌ها تا ساعت ده باز "
          "می‌ماند و برنامه‌های آموزشی ویژه‌ای برای خانواده‌ها برگزار می‌کند.",
          "مدیر موزه گفت بازدید از بخش‌های تازه برای دانش‌آموزان رایگان است و گروه‌های مدارس می‌توانند "
          "از پیش نوبت بگیرند."]


def _html(props: list[tuple[str, str]]) -> str:
    rows = "".join(f"<div class='p'><div class='n'>{n}</div><div class='v'>{v}</div></div>" for n, v in props)
    story = "".join(f"<div class='t'>{p}</div>" for p in _STORY)
    return (f"<html><head><title>{_TITLE}</title></head><body><div class='topbar'><div class='crumb'>"
            f"{_SITE} / خبرها / {_TITLE}</div></div><div class='content'><h1>{_TITLE}</h1>"
            f"<div class='props'>{rows}</div>{story}</div></body></html>")


def _text(props: list[tuple[str, str]]) -> str:
    return "\n".join(["جستجو", f"{_SITE} / خبرها / {_TITLE}", _TITLE, *(x for p in props for x in p), *_STORY])


_PROPS = [("تاریخ", "June 26, 2017 1:33 AM"), ("دسته", "موزه"), ("برچسب‌ها", "علم و فناوری، فرهنگی"),
          ("وضعیت", "منتشر شده")]


def test_the_category_row_names_the_section_in_html():
    assert extract(_html(_PROPS)).section == "موزه"


def test_the_category_row_names_the_section_in_text():
    assert extract(_text(_PROPS)).section == "موزه"


def test_a_box_with_no_section_label_names_none():
    # (the control: the date and the tags only, the trail's item as before)
    props = [_PROPS[0], _PROPS[2]]
    assert extract(_html(props)).section != "علم و فناوری"
    assert extract(_text(props)).section != "علم و فناوری"
