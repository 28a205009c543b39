"""An element whose class names the section («cat-links», «post-category») may list the story's
categories side by side, «<a>اقتصادی</a>، <a>بورس</a>» (WordPress, Elementor, Joomla): its first link
is the section when the page vouches for it (``rel="category"``, the menu lists it, it links under the
path the story's URL lies under); a list of tags, related stories or authors under such a class gives
none of its links."""
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


def _page(meta: str, *, menu: str = MENU) -> str:
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'></head><body>{menu}<main><article>"
            f"<header class='entry-header'><h1 class='entry-title'>{TITLE}</h1><div class='entry-meta'>"
            f"<span class='posted-on'>۱۲ مرداد ۱۴۰۳</span> {meta}</div></header>"
            f"<div class='entry-content'>{PARAS}</div></article></main></body></html>")


@pytest.mark.parametrize("page, url, section", [
    # WordPress: the categories as links rel="category tag"; the first is the section
    (_page("<span class='cat-links'><a href='/category/economy' rel='category tag'>اقتصادی</a>، "
           "<a href='/category/bourse' rel='category tag'>بورس</a></span>", menu=""), None, "اقتصادی"),
    # Elementor: the terms list, no rel, the first a menu item
    (_page("<span class='elementor-post-info__terms-list cat'><a href='/sport'>ورزشی</a>, "
           "<a href='/football'>فوتبال</a></span>"), None, "ورزشی"),
    # a plain theme: links apart by bars, the first under the path the story's URL lies under
    (_page("<div class='post-category'><a href='/bourse'>بورس</a> | <a href='/markets'>بازار</a></div>", menu=""),
     "https://shahr.example.ir/bourse/12345", "بورس"),
], ids=["wordpress-rel", "elementor-menu-item", "plain-url-path"])
def test_a_list_of_categories_gives_its_first(page, url, section):
    a = extract(page, url=url)
    assert (a.title, a.section) == (TITLE, section)


@pytest.mark.parametrize("page, not_section", [
    # tags under a class that says «cat»: no rel, no menu item, no path of the story
    (_page("<div class='tags-cat'><a href='/tag/1'>شورای شهر</a>، <a href='/tag/2'>تهران</a></div>"), "شورای شهر"),
    # the author's link first, then a section: the author is no section
    (_page("<div class='meta-cat'><a href='/author/ali'>علی رضایی</a> | <a href='/sport'>ورزشی</a></div>"),
     "علی رضایی"),
    # a label before the links: «برچسب‌ها:» lists tags
    (_page("<div class='post-cat'>برچسب‌ها: <a href='/sport'>ورزشی</a>، <a href='/tag/2'>تهران</a></div>"), "ورزشی"),
], ids=["tags", "author-first", "labelled-tags"])
def test_a_list_the_page_does_not_vouch_for_gives_not_its_first(page, not_section):
    assert extract(page).section != not_section


def test_related_stories_under_a_category_class_give_none():
    page = _page("<div class='category-posts'><a href='/n/1'>افتتاح پل تازه شهر با حضور مسئولان</a>"
                 "<a href='/n/2'>بارش باران در بیشتر مناطق کشور ادامه دارد</a></div>")
    assert extract(page).section is None
