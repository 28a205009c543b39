"""An author's box under the story (a name, then a bio opening with it) is no story text: pages written here."""
from __future__ import annotations

import pytest

from palayesh import extract

PARAS = ["به گزارش پایگاه خبری ما، کنسرت گروه موسیقی محلی این هفته در تالار شهر برگزار شد و با استقبال "
         "گسترده علاقه‌مندان روبه‌رو شد.",
         "رهبر گروه گفت که برنامه‌های تازه‌ای برای اجرا در شهرهای دیگر دارند و آلبوم جدید گروه تا پایان سال "
         "منتشر خواهد شد.",
         "او افزود که حمایت مخاطبان انگیزه اصلی گروه برای ادامه کار است و امیدوار است اجراهای بیشتری "
         "داشته باشند."]
TITLE = "کنسرت گروه موسیقی محلی در تالار شهر برگزار شد"


@pytest.mark.parametrize("box", [
    ["مینا کاظمی", "مینا کاظمی نویسنده و پژوهشگر موسیقی است و سال‌ها در نشریات تخصصی قلم زده است."],
    ["مینا کاظمی", "درباره نویسنده: مینا کاظمی، پژوهشگر موسیقی، سال‌ها در نشریات تخصصی کار کرده است."],
    ["نویسنده: مینا کاظمی", "درباره نویسنده: مینا کاظمی، پژوهشگر موسیقی، سال‌ها در نشریات تخصصی کار کرده است."],
])
def test_an_author_box_under_the_story_is_dropped(box):
    page = ["مجله موسیقی", "", TITLE, "", *PARAS, *box, "تمامی حقوق این سایت محفوظ است."]
    assert extract("\n".join(page)).paragraphs == PARAS
    html = (f"<html><body><article><h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "".join(f"<div>{b}</div>" for b in box) + "</article></body></html>")
    assert extract(html).paragraphs == PARAS


def test_a_subheading_naming_someone_over_more_story_stays():
    sub = ["مینا کاظمی", "مینا کاظمی خواننده گروه نیز در این کنسرت چند قطعه تازه را برای نخستین بار اجرا کرد."]
    page = ["مجله موسیقی", "", TITLE, "", PARAS[0], PARAS[1], *sub, PARAS[2]]
    assert extract("\n".join(page)).paragraphs == [PARAS[0], PARAS[1], *sub, PARAS[2]]


@pytest.mark.parametrize("head", ["درباره نویسنده", "معرفی نویسنده", "قلم مهمان"])
def test_the_box_heading_over_the_name_goes_with_the_box(head):
    """The heading of the box (in any words: its shape, a short line ending in no mark right over the
    name and bio that end the story) is the box's, not a last line of the story (s50, tests/leak_kinds.py)."""
    box = [head, "مینا کاظمی", "مینا کاظمی نویسنده و پژوهشگر موسیقی است و سال‌ها در نشریات تخصصی قلم زده است."]
    page = ["مجله موسیقی", "", TITLE, "", *PARAS, "", *box, "", "تمامی حقوق این سایت محفوظ است."]
    assert extract("\n".join(page)).paragraphs == PARAS


def test_a_story_line_ending_in_a_mark_over_the_box_stays():
    box = ["مینا کاظمی", "مینا کاظمی نویسنده و پژوهشگر موسیقی است و سال‌ها در نشریات تخصصی قلم زده است."]
    page = ["مجله موسیقی", "", TITLE, "", *PARAS, "پایان.", *box]
    assert extract("\n".join(page)).paragraphs[-1] == "پایان."
