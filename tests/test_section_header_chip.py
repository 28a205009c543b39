"""A category chip set as an inline link straight into the headline's container, right above it
(«<header><a class="chip">فرهنگی</a><h1>…</h1></header>»), names the section when the page vouches
for it: its menu lists it, or the chip links under the path the story's URL lies under. A link home,
an author's link, a genre, a tag or a share link there names none."""
from __future__ import annotations

import pytest

from palayesh import extract

TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
SITE = "خبرگزاری شهر ما"
PARAS = "".join(f"<p>{p}</p>" for p in [
    "سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
    "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
    "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."])
MENU = ("<header><div class='logo'><a href='/'>" + SITE + "</a></div><nav><ul><li><a href='/'>صفحه نخست</a></li>"
        "<li><a href='/politics'>سیاسی</a></li><li><a href='/economy'>اقتصادی</a></li>"
        "<li><a href='/sport'>ورزشی</a></li><li><a href='/culture'>فرهنگی</a></li></ul></nav></header>")


def _page(header: str, *, menu: str = MENU, shape: str = "article") -> str:
    if shape == "article":  # WordPress-like: the article's <header>
        main = f"<main><article><header>{header}<h1>{TITLE}</h1></header>{PARAS}</article></main>"
    elif shape == "elementor":  # Elementor: widget containers, meaningless classes
        main = (f"<div class='elementor-section'><div class='elementor-widget-container'>{header}<h1 "
                f"class='elementor-heading-title'>{TITLE}</h1></div><div class='elementor-widget-container'>"
                f"{PARAS}</div></div>")
    else:  # plain: a div around the headline, the story under it
        main = f"<div class='c1'><div class='c2'>{header}<h1>{TITLE}</h1></div><div class='c3'>{PARAS}</div></div>"
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'></head><body>{menu}{main}</body></html>")


@pytest.mark.parametrize("page, url, section", [
    (_page("<a class='chip' href='/culture'>فرهنگی</a>"), None, "فرهنگی"),
    (_page("<strong><a href='/sport'>ورزشی</a></strong>", shape="elementor"), None, "ورزشی"),
    # the date between the chip and the headline
    (_page("<a href='/economy'>اقتصادی</a> <time>۱۲ مرداد ۱۴۰۳</time>", shape="plain"), None, "اقتصادی"),
    # a chip the menu does not list, under the path the story's URL lies under
    (_page("<a href='/category/bourse'>بورس</a>", menu=""), "https://shahr.example.ir/bourse/12345", "بورس"),
], ids=["wordpress-header", "elementor-strong", "plain-date-between", "url-path-no-menu"])
def test_a_chip_over_the_headline_names_the_section(page, url, section):
    a = extract(page, url=url)
    assert (a.title, a.section) == (TITLE, section)


@pytest.mark.parametrize("page", [
    _page(f"<a href='/'>{SITE}</a>"),                                   # the site's name, home
    _page("<a href='/author/ali'>علی رضایی</a>", shape="plain"),         # the author
    _page("<a href='/genre/report'>گزارش</a>", shape="elementor"),       # a genre the menu does not list
    _page("<a href='/tag/9'>شورای شهر</a>"),                            # a tag
    _page("<a href='#share'>اشتراک گذاری</a>", shape="plain"),           # a share link
    _page("<a href='/culture'>فرهنگی</a>", menu=""),                    # no menu, no URL: nothing vouches
], ids=["home", "author", "genre", "tag", "share", "nothing-vouches"])
def test_a_link_over_the_headline_the_page_does_not_vouch_for_names_none(page):
    assert extract(page, url="https://shahr.example.ir/news/12345").section is None
