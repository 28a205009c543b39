"""A listing's banner over the story names its section, on a page alone (issue 12).

A theme's archive template sets the category the story stands in as the page's ``<h1 class="page-title">``
and demotes the headline to an ``<h2>`` under it («<h1>صادرات قارچ</h1>» over «<h2>…</h2>»). The page
itself tells the two apart: its ``<title>`` (or og:title) names the ``<h2>``'s headline, not the ``<h1>``
(:func:`palayesh.extract.html._headline_under_banner`). That banner is the section the story is filed
under, though no menu of the page lists it and the run holds no other page of the site.
"""
from __future__ import annotations

from palayesh.extract import extract

_SITE = "قارچ نمونه"
_TITLE = "صادرات قارچ خوراکی به عراق دو برابر شد"
_STORY = ["به گزارش خبرنگار ما، صادرات قارچ خوراکی از استان در هشت ماه امسال به دو برابر سال گذشته رسید و "
          "بیشتر محموله‌ها راهی بازار عراق شد.",
          "مدیر انجمن پرورش‌دهندگان قارچ گفت تولیدکنندگان برای بسته‌بندی تازه و حمل سرد محموله‌ها "
          "سرمایه‌گذاری کرده‌اند و بازار کشورهای همسایه را هدف گرفته‌اند."]


def _page(title: str, h1: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return (f"<html><head><title>{title}</title></head><body><header><div>{_SITE}</div></header><article>"
            f"<div class='page-header'><h1 class='page-title'>{h1}</h1></div><div class='item-header'>"
            f"<h2 class='first-title'>{_TITLE}</h2><div>نوشته رضا رضایی</div><div>۱۴ مهر ۱۴۰۱</div></div>"
            f"<div class='b'>{story}</div></article></body></html>")


def test_the_banner_over_the_headline_names_the_section():
    got = extract(_page(f"{_TITLE} | {_SITE}", "صادرات قارچ"))
    assert (got.title, got.section) == (_TITLE, "صادرات قارچ")


def test_an_h1_the_title_does_not_tell_apart_is_no_banner():
    # (the control: a <title> naming neither heading, the <h1> stays the headline, the <h2> no section)
    got = extract(_page(f"{_SITE} - سایر اخبار", "صادرات قارچ"))
    assert got.section != _TITLE
