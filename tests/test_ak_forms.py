"""The forms of set AK (s60) the extractor read wrongly, each by its mechanism:

- a lead's box with its own caption (a portal's «<div class="summary"><h4>خلاصه خبر</h4><p>…</p></div>»):
  the caption is the box's name, not the lead's first words (extract/html.py ``_box_caption``); the
  lead read with it matched neither the gold nor the page's line, so the body kept it as well;
- a post's meta row right under the story on a flat page, its fields parted by bars (a blog's «موضوع:
  X | نوشته شده در ساعت … توسط … | نظرات (۳)»), which reads as a menu line: its label's value is the
  section (extract/text.py, the tail's labelled lines).

The pages are written here, with words of their own."""
from __future__ import annotations

import pytest

from palayesh.extract import extract

TITLE = "آغاز ثبت‌نام خوابگاه‌های دانشجویی برای نیمسال دوم"
LEAD = "معاون دانشجویی دانشگاه از آغاز ثبت‌نام خوابگاه‌ها برای نیمسال دوم از شنبه آینده خبر داد."
PARAS = [
    "به گزارش روابط عمومی دانشگاه، دانشجویان متقاضی خوابگاه باید تا پایان هفته آینده درخواست خود را در"
    " سامانه خدمات دانشجویی ثبت کنند و مدارک لازم را بارگذاری کنند.",
    "معاون دانشجویی گفت ظرفیت خوابگاه‌ها امسال با بازسازی دو ساختمان قدیمی افزایش یافته و اولویت با"
    " دانشجویان ورودی جدید و شهرستانی است.",
    "وی افزود دانشجویانی که در نیمسال گذشته خوابگاه داشته‌اند نیز باید دوباره ثبت‌نام کنند و تمدید"
    " خودکار انجام نمی‌شود.",
]


def _portal(lead_box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'<html lang="fa"><head><title>{TITLE} | دانشگاه نمونه</title></head><body>'
            f'<div class="top">دانشگاه نمونه</div><h1>{TITLE}</h1>'
            f'<div class="info">تاریخ انتشار: ۱۴۰۵/۰۹/۱۴ - ۱۰:۲۳</div>{lead_box}{body}'
            f'<div class="foot">کلیه حقوق این سایت محفوظ است.</div></body></html>')


@pytest.mark.parametrize("caption", ["<h4>خلاصه خبر</h4>", "<strong>چکیده</strong>", "<h5>خلاصه</h5>"])
def test_a_lead_box_caption_is_no_word_of_the_lead(caption):
    art = extract(_portal(f'<div class="news-summary">{caption}<p>{LEAD}</p></div>'))
    assert art.lead == LEAD
    assert art.paragraphs == PARAS


def test_a_lead_box_without_caption_is_read_whole():
    art = extract(_portal(f'<div class="news-summary"><p>{LEAD}</p></div>'))
    assert art.lead == LEAD
    assert art.paragraphs == PARAS


def _blog(meta_row: str) -> str:
    return "\n".join([
        "دفترچه یک دانشجو", "یادداشت‌های روزانه از خوابگاه", "خانه", "آرشیو وبلاگ",
        "دوشنبه بیست و یکم آبان ۱۴۰۴", TITLE, *PARAS, "تا نوشته بعدی؛ مریم",
        meta_row, "آرشیو", "آبان ۱۴۰۴", "مهر ۱۴۰۴", "آخرین مطالب", "سفر به شمال با دوستان خوابگاه",
        "قالب وبلاگ: نمونه", "Powered by Blogfa.com"])


@pytest.mark.parametrize("row, section", [
    ("موضوع: زندگی دانشجویی | نوشته شده در ساعت ۱۸:۰۰ توسط مریم رضایی | نظرات (۳) | لینک ثابت",
     "زندگی دانشجویی"),
    ("دسته‌بندی: خوابگاه | ارسال در ساعت ۰۹:۱۵ توسط مریم | نظرات (۰)", "خوابگاه"),
])
def test_a_posts_meta_row_under_it_names_its_section(row, section):
    art = extract(_blog(row))
    assert art.title == TITLE
    assert art.section == section


def test_a_bar_menu_under_the_post_names_no_section():
    art = extract(_blog("خانه | درباره من | تماس با من | لینک ثابت"))
    assert art.section is None
