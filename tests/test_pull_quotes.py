"""Pull quotes: a short line set into the story that repeats a sentence of it is no paragraph."""
from __future__ import annotations

import pytest

from palayesh import extract

TITLE = "تولید کنسانتره مس در مجتمع شهر امسال رکورد زد"
STORY = [
    "به گزارش خبرنگار ما، مدیرعامل مجتمع گفت: تولید کنسانتره در نیمه نخست سال به رکورد تازه‌ای رسید. "
    "او افزود که صادرات این محصول نیز نسبت به پارسال افزایش یافته است.",
    "وی با اشاره به برنامه‌های سال آینده گفت که طرح توسعه کارخانه تا پایان تابستان به بهره‌برداری می‌رسد "
    "و ظرفیت تولید را دو برابر خواهد کرد.",
    "مدیرعامل مجتمع در پایان از تلاش کارکنان در شرایط سخت کار قدردانی کرد و گفت این رکورد حاصل کار جمعی است.",
]
QUOTE = "«طرح توسعه کارخانه تا پایان تابستان به بهره‌برداری می‌رسد»"


def _html(paras) -> str:
    return ("<html><body><article><h1>%s</h1>%s</article></body></html>"
            % (TITLE, "".join(f"<blockquote class='pq'>{p}</blockquote>" if p.startswith("«") else f"<p>{p}</p>"
                              for p in paras)))


def _text(paras) -> str:
    return "\n\n".join([TITLE, "۱۲ مرداد ۱۴۰۳", *paras]) + "\n"


@pytest.mark.parametrize("page", [_html, _text])
@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_line_repeating_a_sentence_of_the_story_is_no_paragraph(page, at):
    got = extract(page(STORY[:at] + [QUOTE] + STORY[at:])).paragraphs
    assert got == STORY


@pytest.mark.parametrize("page", [_html, _text])
def test_a_short_paragraph_of_its_own_stays(page):
    # a quote the story says nowhere else is the story's
    other = "«ما به رکوردهای بیشتری در سال‌های آینده فکر می‌کنیم و از این مسیر برنمی‌گردیم»"
    got = extract(page(STORY[:2] + [other] + STORY[2:])).paragraphs
    assert got == STORY[:2] + [other] + STORY[2:]
