"""A box under the story that shows more stories of a list names that list, the story's section, in
its heading (issue 12).

«مطالب بیشتر در خسارت بدنه» over other stories' headlines: a site may name its story's section nowhere
else. The run teaches a heading the site writes before varying words (:func:`.text._box_heading_section`);
a page alone, or one of few pages of its site, is read by the heading's grammar
(:func:`.sections.more_in_section`), over three headlines of other stories; not «مطالب بیشتر از این
نویسنده» (the story's writer).
"""
from __future__ import annotations

from conftest import refine_pages, story_bodies
from palayesh.textkeys import line_key

_SITE = "بیمه نمونه"
_TITLE = "پرداخت خسارت خودروهای سیل‌زده در شیراز آغاز شد"
_OTHERS = ["افزایش سقف تعهدات بیمه شخص ثالث از ابتدای سال آینده",
           "نرخ جدید حق بیمه بدنه خودروهای وارداتی اعلام شد",
           "مهلت ثبت‌نام بیمه تکمیلی بازنشستگان تمدید شد"]


def _page(paras: list[str], heading: str) -> list[str]:
    return [_SITE, "", "صفحه نخست | بیمه شخص ثالث | خسارت | بیمه آتش‌سوزی | تماس", "", _TITLE,
            "تاریخ انتشار: ۲۴ شهریور ۱۴۰۰ - ۱۳:۱۰", "", *paras, "", heading, *_OTHERS, "",
            f"کلیه حقوق برای {_SITE} محفوظ است."]


def test_a_box_of_more_stories_names_their_section(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_page(story_bodies(1)[0], "مطالب بیشتر در خسارت بدنه"))])
    assert line_key(rows["p00"]["section"] or "") == line_key("خسارت بدنه"), rows["p00"]["section"]


def test_more_by_the_writer_is_no_section(tmp_path):
    # (the control: the box lists the writer's stories)
    rows = refine_pages(tmp_path, ["\n".join(_page(story_bodies(1)[0], "مطالب بیشتر از این نویسنده"))])
    assert rows["p00"]["section"] is None, rows["p00"]["section"]
