"""Sections an HTML page shows in CMS shapes the family sets may lack (issue 12), each asked for
evidence: the page's menu lists the name, or links it under the path the story lies under. Each
shape has pages where it must name the section and pages where it must name none."""
from __future__ import annotations

import pytest

from palayesh import extract
from test_section_header_chip import PARAS, SITE, TITLE  # (the same story and site as the other section tests)

ITEMS = [("/", "صفحه نخست"), ("/fa/politics", "سیاسی"), ("/fa/economy", "اقتصادی"), ("/fa/sport", "ورزشی"),
         ("/fa/culture", "فرهنگی")]


def _menu(items=ITEMS, active: str | None = None) -> str:
    lis = "".join(("<li class='active'>" if name == active else "<li>") + f"<a href='{href}'>{name}</a></li>"
                  for href, name in items)
    return f"<header><div class='logo'><a href='/'>{SITE}</a></div><nav><ul>{lis}</ul></nav></header>"


def _page(*, menu: str | None = None, top: str = "", body_class: str = "", article_class: str = "") -> str:
    menu = _menu() if menu is None else menu
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'></head><body class='{body_class}'>{menu}"
            f"<main><article class='{article_class}'>{top}<h1>{TITLE}</h1><time>۱۲ مرداد ۱۴۰۳</time>{PARAS}"
            f"</article></main></body></html>")


# -- the menu's item marked current ---------------------------------------------------------------

def test_the_menu_item_marked_current_names_the_section():
    assert extract(_page(menu=_menu(active="اقتصادی"))).section == "اقتصادی"


@pytest.mark.parametrize("items", [
    [("/", "اخبار"), *ITEMS[1:]],                      # the home item named «news»
    [("https://shahr.example.ir/", "رویدادها"), *ITEMS[1:]],  # … or anything, by the site's full address
    [("/fa/", "تازه‌ها"), *ITEMS[1:]],                  # a Persian site's home under /fa/
], ids=["root", "full-url", "fa-root"])
def test_a_current_item_that_leads_home_names_no_section(items):
    # a menu that marks its home as the page the reader is on marks it on every page
    assert extract(_page(menu=_menu(items, active=items[0][1]))).section is None


# -- a category-<slug> class on the article or the body -------------------------------------------

@pytest.mark.parametrize("page", [
    _page(article_class="post-12 post type-post status-publish category-economy tag-bourse"),
    _page(body_class="single single-post category-economy"),
    # two categories: the first the menu links
    _page(article_class="post category-featured category-economy"),
    # a Persian slug, percent-encoded in the menu's link, its «%» dropped in the class
    _page(menu=_menu([*ITEMS[:2], ("/category/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF%DB%8C", "اقتصادی"), *ITEMS[3:]]),
          article_class="post category-d8a7d982d8aad8b5d8a7d8afdb8c"),
], ids=["post-class", "body-class", "first-listed", "encoded-slug"])
def test_a_category_class_the_menu_links_names_the_section(page):
    assert extract(page).section == "اقتصادی"


@pytest.mark.parametrize("page", [
    _page(article_class="post category-economy", menu=""),         # no menu: nothing vouches for the slug
    _page(article_class="post category-bourse tag-economy"),       # a slug the menu does not link; a tag
    # a related story's card in the article, filed under another category
    _page(top="<ul class='related'><li class='post-77 post type-post hentry category-sport'>"
              "<a href='/fa/sport/77'>برد تیم ملی</a></li></ul>"),
], ids=["no-menu", "unlisted-slug", "related-card"])
def test_a_category_class_the_menu_does_not_link_names_no_section(page):
    assert extract(page).section is None


# -- two trails: the site's in the header, the story's in the article ----------------------------

def _trail(*items: tuple[str, str]) -> str:
    return "<div class='breadcrumb'>" + " » ".join(f"<a href='{h}'>{n}</a>" for h, n in items) + "</div>"


def test_the_trail_in_the_article_is_the_story_s():
    header = _menu() + _trail(("/", "خانه"), ("/fa/portal", "پرتال استانی"))
    page = _page(menu=header, top=_trail(("/", "خانه"), ("/fa/culture", "فرهنگی")))
    assert extract(page).section == "فرهنگی"


@pytest.mark.parametrize("page, section", [
    # the only trail stands above the article: it is still read
    (_page(menu=_menu() + _trail(("/", "خانه"), ("/fa/sport", "ورزشی"))), "ورزشی"),
    # the article's summary classed «trail-text» (a lead, no trail) does not hide the header's trail
    (_page(menu=_menu() + _trail(("/", "خانه"), ("/fa/sport", "ورزشی")),
           top="<div class='trail-text'>تیم ملی در دیدار دیروز خود با نتیجه دو بر یک پیروز شد و صعود کرد.</div>"),
     "ورزشی"),
], ids=["header-only", "trail-text-lead"])
def test_a_trail_above_the_article_names_the_section_when_the_article_has_none(page, section):
    assert extract(page).section == section


# -- a section published for machines as a slug or an id ------------------------------------------

def _meta(value: str) -> str:
    return f"<meta property='article:section' content='{value}'>"


def _with_head(page: str, head: str) -> str:
    return page.replace("</head>", head + "</head>", 1)


@pytest.mark.parametrize("page, section", [
    # the slug of a menu item's link, in any case
    (_with_head(_page(), _meta("economy")), "اقتصادی"),
    (_with_head(_page(), _meta("Economy")), "اقتصادی"),
    (_with_head(_page(), "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleSection\": "
                         "\"sport\"}</script>"), "ورزشی"),
    # a slug the menu does not link yields to what the page shows: the menu's current item
    (_with_head(_page(menu=_menu(active="فرهنگی")), _meta("news")), "فرهنگی"),
    # … and is read when nothing else names a section
    (_with_head(_page(menu=""), _meta("economy")), "economy"),
    # a name a reader sees is read as it is, before the menu's current item
    (_with_head(_page(menu=_menu(active="فرهنگی")), _meta("اقتصاد")), "اقتصاد"),
], ids=["slug", "slug-case", "jsonld-slug", "unlisted-slug-yields", "slug-alone", "persian-name"])
def test_a_machine_slug_names_the_menu_item_it_is_the_slug_of(page, section):
    assert extract(page).section == section


def test_a_numeric_category_id_names_no_section():
    assert extract(_with_head(_page(menu=""), "<meta name='category' content='12'>")).section is None


@pytest.mark.parametrize("declare", [
    _meta("داروخانه‌های شبانه‌روزی"),
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleSection\": "
    "\"داروخانه‌های شبانه‌روزی\"}</script>",
], ids=["meta", "jsonld"])
def test_a_title_part_the_page_declares_its_section_is_no_site_name(declare):
    # («<section> | <headline> | <site>»: the <title>'s first part is the section the page declares,
    # not a name of the site's, which would refuse it)
    # (no og:site_name: the <title>'s outer parts are all that names the site)
    page = _page(menu="").replace(f"<title>{TITLE} | {SITE}</title>",
                                  f"<title>داروخانه‌های شبانه‌روزی | {TITLE} | {SITE}</title>")
    page = page.replace(f"<meta property='og:site_name' content='{SITE}'>", "")
    assert extract(_with_head(page, declare)).section == "داروخانه‌های شبانه‌روزی"


def test_a_declared_section_that_is_the_site_s_name_stays_refused():
    # (the site's name as the page gives it to machines is refused whatever the <title> shows)
    page = _page(menu="").replace(f"<title>{TITLE} | {SITE}</title>", f"<title>{SITE} | {TITLE}</title>")
    assert extract(_with_head(page, _meta(SITE))).section is None


def test_a_declared_section_the_page_names_itself_by_stays_refused():
    # (no og:site_name, the <title>'s side and the JSON-LD publisher name the site, and the page
    # files its story under that name: no section)
    page = _page(menu="").replace(f"<title>{TITLE} | {SITE}</title>", f"<title>{SITE} | {TITLE}</title>")
    page = page.replace(f"<meta property='og:site_name' content='{SITE}'>", "")
    ld = (f"<script type='application/ld+json'>{{\"@type\": \"NewsArticle\", \"headline\": \"{TITLE}\", "
          "\"publisher\": {\"@type\": "
          f"\"Organization\", \"name\": \"{SITE}\"}}}}</script>")
    assert extract(_with_head(page, _meta(SITE) + ld)).section is None
