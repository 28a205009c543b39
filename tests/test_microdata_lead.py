"""The story's summary named by its microdata (extract/html.py ``_described``): an element marked
``itemprop="description"`` is the lead whatever its class says, under the headline or over it (a site
may set its summary over the headline, where a short «subtitle» is a kicker); a teaser so marked in
a list's card or a link is another story's. Without it the summary stood as the body's first
paragraph, and a tag or the site's name it opens with counted as chrome leaking into the body.
The pages are written here; the summary over the headline is lost without the mechanism."""
from __future__ import annotations

import pytest

from palayesh.extract import extract

TITLE = "آغاز آبرسانی به روستاهای دور افتاده طبس"
LEAD = "فرماندار طبس از آغاز طرح آبرسانی به بیست روستای دور افتاده این شهرستان تا پایان سال خبر داد."
PARAS = [
    "به گزارش خبرنگار ما، شورای شهر طبس روز گذشته طرح تازه‌ای برای آبرسانی به روستاهای دور از شهر را"
    " تصویب کرد و اجرای آن از ماه آینده آغاز می‌شود.",
    "فرماندار طبس گفت اعتبار این طرح از محل بودجه استانی تامین شده و پیمانکار آن تا پایان سال کار را"
    " تحویل می‌دهد و روستاییان دیگر با تانکر آب نمی‌گیرند.",
    "وی افزود در مرحله دوم طرح، شبکه آبرسانی روستاهای بخش دیهوک نیز بازسازی می‌شود و لوله‌های فرسوده"
    " آن با لوله‌های تازه جایگزین خواهند شد.",
]


def _page(head: str, cards: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'<html lang="fa"><head><title>{TITLE} | نگاه کویر</title></head><body>'
            f'<div class="top"><div class="logo">نگاه کویر</div></div>{cards}'
            f'<div class="k1 head">{head}</div><div class="k1 body">{body}</div>'
            f'<div class="foot">کلیه حقوق این پایگاه محفوظ است.</div></body></html>')


@pytest.mark.parametrize("head", [
    # under the headline, in a class that says nothing
    f'<h1 class="t9">{TITLE}</h1><p class="k7" itemprop="description">{LEAD}</p>',
    # over the headline, right above it: the summary, no kicker
    f'<p class="k7" itemprop="description">{LEAD}</p><h1 class="t9">{TITLE}</h1>',
])
def test_the_summary_its_microdata_names_is_the_lead(head):
    art = extract(_page(head))
    assert art.lead == LEAD
    assert art.paragraphs == PARAS


def test_a_teaser_in_a_card_is_no_lead():
    cards = ('<ul class="c2"><li><a href="/n/2">ساخت سد خاکی در نایین</a>'
             '<p itemprop="description">ساخت سد خاکی تازه‌ای در نایین برای مهار سیلاب‌های بهاری آغاز شد.</p></li></ul>')
    art = extract(_page(f'<h1 class="t9">{TITLE}</h1>', cards))
    assert art.lead != "ساخت سد خاکی تازه‌ای در نایین برای مهار سیلاب‌های بهاری آغاز شد."
