"""A breadcrumb element that writes its trail as one text down to the headline, whose headline holds
a mark the trail parts its items with (a quote's «»», a colon, a slash): the item before the
headline is the section, no piece of the headline; a trail the marks cut right reads as before."""
from __future__ import annotations

import pytest

from palayesh import extract

SITE = "خبرگزاری شهر ما"
PARAS = "".join(f"<p>{p}</p>" for p in [
    "سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
    "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
    "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."])


def _page(crumb: str, headline: str, *, shape: str = "div") -> str:
    if shape == "div":
        trail = f"<div class='crumb'><div>{crumb}</div></div>"
    elif shape == "nav":
        trail = f"<nav aria-label='breadcrumb'>{crumb}</nav>"
    else:  # Joomla: a <span> of text in a breadcrumbs module
        trail = f"<div class='moduletable'><div class='breadcrumbs'><span>{crumb}</span></div></div>"
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{headline} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'></head><body><main><article>{trail}"
            f"<div class='head'><h1>{headline}</h1></div>{PARAS}</article></main></body></html>")


@pytest.mark.parametrize("headline", [
    "«سفید برفی و هفت کوتوله» بار دیگر در تئاتر شهر اجرا می‌شوند",   # a quote's » in the headline
    "مشیری: همه توانم را برای تیم تازه می‌گذارم",                     # a colon in the headline
])
@pytest.mark.parametrize("sep", ["»", "|"])
@pytest.mark.parametrize("shape", ["div", "nav", "joomla"])
def test_a_breadcrumb_ending_with_a_headline_that_holds_a_separator(headline, sep, shape):
    a = extract(_page(f"صفحه نخست {sep} حقوقی و قضایی {sep} {headline}", headline, shape=shape))
    assert (a.title, a.section) == (headline, "حقوقی و قضایی")


@pytest.mark.parametrize("crumb, headline, section", [
    # a headline without marks: the trail's item before it, as before
    ("خانه » ورزشی » فوتبال » پیروزی تیم شهر در بازی هفته", "پیروزی تیم شهر در بازی هفته", "فوتبال"),
    # a trail that does not end with the headline: its last item
    ("خانه » اقتصادی » بورس", "پیروزی تیم شهر در بازی هفته", "بورس"),
], ids=["plain-headline", "no-headline"])
def test_a_breadcrumb_the_marks_cut_right_reads_as_before(crumb, headline, section):
    assert extract(_page(crumb, headline)).section == section
