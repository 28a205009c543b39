"""A syndication portal's provider row over the headline: the provider's logo captioned with its
name and nothing else («<div><img alt="ورزش سه"><span>ورزش سه</span></div>») credits the story, as a
logo alone does; a logo beside other words, or in the page's header, credits none."""
from __future__ import annotations

import pytest

from palayesh import extract
from test_section_header_chip import PARAS, TITLE  # (a story that names no agency)


def _page(row: str, header: str = "<header><a>نماپورتال</a> <a>برگزیده</a></header>") -> str:
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE}</title></head>"
            f"<body>{header}<div class='article-page'>{row}<h1>{TITLE}</h1>"
            f"<div class='byline'>۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵</div><div class='article-body'>{PARAS}</div></div>"
            f"<footer><a>© 2022 نماپورتال</a></footer></body></html>")


@pytest.mark.parametrize("row, agency", [
    ("<div class='provider'><img src='/p/318.png' alt='ورزش سه'><span>ورزش سه</span></div>", "ورزش سه"),
    ("<div class='provider'><img src='/p/77.png' alt='خبرگزاری تسنیم'><span>خبرگزاری تسنیم</span></div>", "تسنیم"),
], ids=["name", "agency-word"])
def test_a_logo_captioned_with_its_name_credits_the_story(row, agency):
    assert extract(_page(row)).agency == agency


@pytest.mark.parametrize("page", [
    # the logo beside words of another kind: an interview's teaser, no credit
    _page("<div class='promo'><img src='/p/1.png' alt='ایسنا'><span>گفت‌وگوی اختصاصی با ایسنا</span></div>"),
    # the logo and its caption in the page's header: the site's brand on every page
    _page("", header="<header><div class='logo'><img src='/l.png' alt='ایسنا'><span>ایسنا</span></div></header>"),
], ids=["other-words", "in-header"])
def test_a_logo_among_other_words_or_in_the_header_credits_none(page):
    assert extract(page).agency is None
