"""A script app's page (Next.js ``__NEXT_DATA__``) names the story's category only in its embedded
state: the record with the page's headline. The category is the section when the page vouches for it
(its menu lists it, or the category's path is the one the story's URL lies under), never another
story's category, the site's name, a tag or a format the page does not list."""
from __future__ import annotations

import json

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


def _next_page(record: dict, related: list[dict] | None = None, *, menu: str = MENU, above: str = "") -> str:
    """A Next.js page: the story drawn by the app, its data in ``__NEXT_DATA__``."""
    state = {"props": {"pageProps": {"related": related or [], "article": record}}, "page": "/news/[id]"}
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'></head><body>{menu}<div id='__next'><main>{above}"
            f"<h1>{TITLE}</h1><div>{PARAS}</div></main></div><script id='__NEXT_DATA__' type='application/json'>"
            f"{json.dumps(state, ensure_ascii=False)}</script></body></html>")


@pytest.mark.parametrize("page, url, section", [
    # the record's category, a record the menu lists
    (_next_page({"title": TITLE, "category": {"name": "فرهنگی", "slug": "culture"}},
                related=[{"title": "خبری دیگر از شهر", "category": {"name": "سیاسی"}}]), None, "فرهنگی"),
    # ... a plain string under «section», the record's headline under «headline»
    (_next_page({"headline": TITLE, "section": "اقتصادی", "siteName": SITE}), None, "اقتصادی"),
    # ... a category the menu does not list, whose slug is the path the story's URL lies under
    (_next_page({"title": TITLE, "categories": [{"name": "بورس", "slug": "bourse"}]}),
     "https://shahr.example.ir/bourse/12345", "بورس"),
    # ... on a page without a menu, the same
    (_next_page({"title": TITLE, "category": {"name": "بورس", "slug": "bourse"}}, menu=""),
     "https://shahr.example.ir/bourse/12345", "بورس"),
], ids=["record-in-menu", "string-section", "slug-in-url", "slug-in-url-no-menu"])
def test_the_story_record_names_the_section(page, url, section):
    a = extract(page, url=url)
    assert (a.title, a.section) == (TITLE, section)


@pytest.mark.parametrize("page, url", [
    # the state names another story's category, not the page's own
    (_next_page({"title": "گزارشی دیگر", "category": {"name": "فرهنگی"}}), None),
    # the page's record names the site as its category
    (_next_page({"title": TITLE, "category": {"name": SITE}}), None),
    # ... a tag the menu does not list, its path not the story's
    (_next_page({"title": TITLE, "category": {"name": "شورای شهر", "slug": "shora"}}),
     "https://shahr.example.ir/news/12345"),
    # ... a format («گزارش»), nothing on the page lists it
    (_next_page({"title": TITLE, "category": "گزارش"}), None),
    # ... a slug, no name, under a path the story does not lie under
    (_next_page({"title": TITLE, "section": {"slug": "sport"}}), "https://shahr.example.ir/news/12345"),
], ids=["other-story", "site-name", "unlisted-tag", "unlisted-format", "slug-only"])
def test_a_record_the_page_does_not_vouch_for_names_none(page, url):
    assert extract(page, url=url).section is None


def test_the_page_shown_section_wins_over_the_state():
    # a trail the page shows names the section; the record's category (listed too) comes last
    page = _next_page({"title": TITLE, "category": {"name": "فرهنگی"}},
                      above="<nav class='breadcrumb'><a href='/'>خانه</a> › <a href='/sport'>ورزشی</a></nav>")
    assert extract(page).section == "ورزشی"
