"""Sections on HTML pages in the shapes common CMSs draw them (WordPress, Drupal, Next.js, schema.org
microdata, list breadcrumbs, a category chip in the article's header), on pages written here: each
gives the story's section, and never the site's name, its home label or its tagline."""
from __future__ import annotations

import json

import pytest

from palayesh import extract

TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
SITE = "خبرگزاری شهر ما"
TAGLINE = "پایگاه خبری تحلیلی استان"
STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."]
PARAS = "".join(f"<p>{p}</p>" for p in STORY)
MENU = (f"<header><div class='logo'><a href='/'>{SITE}</a></div><div class='tag'>{TAGLINE}</div>"
        "<nav><ul><li><a href='/'>صفحه نخست</a></li><li><a href='/category/politics'>سیاسی</a></li>"
        "<li><a href='/category/economy'>اقتصادی</a></li><li><a href='/category/sport'>ورزشی</a></li>"
        "<li><a href='/category/culture'>فرهنگی</a></li></ul></nav></header>")


def _page(body: str, head: str = "", title: str = TITLE) -> str:
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'>{head}</head><body>{MENU}{body}</body></html>")


def _next_data(record: dict, related: list[dict] | None = None) -> str:
    """A Next.js page: the story drawn by the app, its data in ``__NEXT_DATA__``."""
    state = {"props": {"pageProps": {"related": related or [], "article": record}}, "page": "/news/[id]"}
    return _page(f"<div id='__next'><main><h1>{TITLE}</h1><div>{PARAS}</div></main></div>"
                 f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state, ensure_ascii=False)}</script>")


CMS_PAGES = {
    # WordPress: the categories beside the date, each a link rel="category tag"; the first is the section
    "wordpress-two-categories": _page(
        f"<main><article><header class='entry-header'><h1 class='entry-title'>{TITLE}</h1><div class='entry-meta'>"
        "<span class='posted-on'>۱۲ مرداد ۱۴۰۳</span> <span class='cat-links'><a href='/category/economy' "
        "rel='category tag'>اقتصادی</a>، <a href='/category/bourse' rel='category tag'>بورس</a></span></div>"
        f"</header><div class='entry-content'>{PARAS}</div></article></main>"),
    # Drupal: the category field of the node
    "drupal-field": _page(
        f"<main><article class='node node--type-article'><h1 class='page-title'><span>{TITLE}</span></h1>"
        "<div class='field field--name-field-category field--type-entity-reference field--label-hidden "
        f"field__item'><a href='/taxonomy/term/12' hreflang='fa'>ورزشی</a></div><div class='field "
        f"field--name-body'>{PARAS}</div></article></main>"),
    # Next.js: no element shows the section, the app's state does (a record with the headline)
    "nextjs-state": _next_data({"title": TITLE, "category": {"name": "فرهنگی", "slug": "culture"}},
                               related=[{"title": "خبری دیگر از شهر", "category": {"name": "سیاسی"}}]),
    "nextjs-state-string": _next_data({"headline": TITLE, "section": "اقتصادی", "siteName": SITE}),
    # schema.org microdata, shown or as a <meta>
    "microdata": _page(
        f"<main><div itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>{TITLE}</h1>"
        f"<span itemprop='articleSection'>سیاسی</span><div itemprop='articleBody'>{PARAS}</div></div></main>"),
    "microdata-meta": _page(
        "<main><div itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='articleSection' "
        f"content='سیاسی'><h1 itemprop='headline'>{TITLE}</h1><div itemprop='articleBody'>{PARAS}</div></div></main>"),
    # a trail as an <ol> whose items end with «›», from the site's name to the headline
    "ol-trail": _page(
        f"<main><ol class='path'><li><a href='/'>{SITE}</a> ›</li><li><a href='/category/sport'>ورزشی</a> ›</li>"
        f"<li>{TITLE}</li></ol><article><h1>{TITLE}</h1>{PARAS}</article></main>"),
    # ... an <ol> whose separators are items of their own, its class saying nothing
    "ol-separator-items": _page(
        "<main><ol class='r2'><li><a href='/'>خانه</a></li><li>›</li><li><a href='/category/sport'>ورزشی</a></li>"
        "<li>›</li><li><a href='/category/sport/football'>فوتبال</a></li></ol>"
        f"<article><h1>{TITLE}</h1>{PARAS}</article></main>"),
    # a category chip, a plain link, in the article's <header> over the headline (the menu lists it)
    "chip-in-header": _page(
        f"<main><article><header><a class='chip' href='/category/culture'>فرهنگی</a><h1>{TITLE}</h1>"
        f"<time>۱۲ مرداد ۱۴۰۳</time></header>{PARAS}</article></main>"),
    # JSON-LD: a BreadcrumbList from the site's name, an articleSection list
    "jsonld-trail": _page(
        f"<main><article><h1>{TITLE}</h1>{PARAS}</article></main>",
        "<script type='application/ld+json'>" + json.dumps({
            "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": SITE, "item": "https://x.ir/"},
                {"@type": "ListItem", "position": 2, "name": "اقتصادی", "item": "https://x.ir/category/economy"}]},
            ensure_ascii=False) + "</script>"),
    "jsonld-section-list": _page(
        f"<main><article><h1>{TITLE}</h1>{PARAS}</article></main>",
        "<script type='application/ld+json'>" + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
            "articleSection": ["اقتصادی", "بورس"]}, ensure_ascii=False) + "</script>"),
}
SECTIONS = {"wordpress-two-categories": "اقتصادی", "drupal-field": "ورزشی", "nextjs-state": "فرهنگی",
            "nextjs-state-string": "اقتصادی", "microdata": "سیاسی", "microdata-meta": "سیاسی", "ol-trail": "ورزشی",
            "ol-separator-items": "فوتبال", "chip-in-header": "فرهنگی", "jsonld-trail": "اقتصادی",
            "jsonld-section-list": "اقتصادی"}


@pytest.mark.parametrize("name", list(CMS_PAGES))
def test_a_cms_shape_gives_the_section(name):
    a = extract(CMS_PAGES[name])
    assert (a.title, a.section) == (TITLE, SECTIONS[name])
    assert a.section not in (SITE, TAGLINE, "خانه", "صفحه نخست")


@pytest.mark.parametrize("page", [
    # the app's state names another story's category, not the page's own
    _next_data({"title": "گزارشی دیگر", "category": {"name": "فرهنگی"}}),
    # ... or the page's record names the site as its category
    _next_data({"title": TITLE, "category": {"name": SITE}}),
    # a link home in the article's header over the headline: the site's name, no chip
    _page(f"<main><article><header><a href='/'>{SITE}</a><h1>{TITLE}</h1></header>{PARAS}</article></main>"),
    # ... a link the menu does not list, on a site seen once: no section known
    _page(f"<main><article><header><a href='/tag/9'>شورای شهر</a><h1>{TITLE}</h1></header>{PARAS}</article></main>"),
    # a menu as an <ol> of plain items is no trail
    _page("<main><ol class='r2'><li><a href='/'>خانه</a></li><li><a href='/a'>آرشیو</a></li>"
          f"<li><a href='/b'>تماس</a></li></ol><article><h1>{TITLE}</h1>{PARAS}</article></main>"),
], ids=["state-other-story", "state-site-name", "home-link-in-header", "unlisted-link-in-header", "ol-menu"])
def test_a_cms_shape_without_the_section_gives_none(page):
    assert extract(page).section is None


@pytest.mark.parametrize("headline", [
    "«سفید برفی و هفت کوتوله» بار دیگر در تئاتر شهر اجرا می‌شوند",   # a quote's » in the headline
    "مشیری: همه توانم را برای تیم تازه می‌گذارم",                     # a colon in the headline
])
@pytest.mark.parametrize("sep", ["»", "|"])
def test_a_breadcrumb_element_ending_with_a_headline_that_holds_a_separator(headline, sep):
    # the trail in one text of a breadcrumb element, down to the headline, which holds a mark the
    # trail may use: the item before the headline is the section, no piece of the headline
    page = _page(f"<main><article><div class='crumb'><div>صفحه نخست {sep} حقوقی و قضایی {sep} {headline}</div></div>"
                 f"<div class='head'><h1>{headline}</h1></div>{PARAS}</article></main>", title=headline)
    a = extract(page)
    assert (a.title, a.section) == (headline, "حقوقی و قضایی")


_BAR_MENU = ("<div class='m7'><a href='/m/1'>صفحه نخست</a> | <a href='/m/2'>انتظامی</a> | <a href='/m/3'>ویدیو</a> | "
             "<a href='/m/4'>اجتماعی</a> | <a href='/m/5'>ورزشی</a></div>")


@pytest.mark.parametrize("chip, section", [
    ("#اجتماعی", "اجتماعی"),
    ("[ورزشی]", "ورزشی"),
    ("#کرونا", None),             # a hashtag the menu does not list: a tag, on a site seen once
])
def test_a_chip_over_the_headline_names_the_section_the_menu_lists(chip, section):
    # «#اجتماعی» in a block of its own over the story's surtitle and headline, under a menu of links
    # set apart by bars: the chip's marks are no part of the section's name
    page = (f"<html><head><title>{TITLE}</title></head><body>{_BAR_MENU}<div class='a1'><div class='k2'>{chip}</div>"
            f"</div><div class='a1'><h3 class='s3'>روایتی از گزارش</h3><h1 class='t4'>{TITLE}</h1>"
            f"<div class='c5'>کد خبر: ۴۹۰۷۲۹</div></div><div class='a1'>{PARAS}</div></body></html>")
    assert extract(page).section == section


AUTHORS = ["امید ملکی", "آرش فتحی", "الهام توکلی"]


def test_a_columnists_name_over_the_headline_and_in_the_byline_is_no_section(tmp_path):
    # an opinion site's HTML pages: the column's author over its headline, named again in the
    # byline under it beside the date; the run sees each name above several pages, as it would a
    # section's
    from conftest import news_bodies, read_rows
    from palayesh import refine

    bodies = [[p for p in b.split("\n") if len(p.split()) >= 20][:3] for b in news_bodies()]
    bodies = [b for b in bodies if len(b) == 3][:24]
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        author = AUTHORS[i % 3]
        page = ("<html><head><title>ستون اول</title></head><body><header><div class='b1'>ستون اول</div></header>"
                "<nav><div class='n2'><a href='/k/7'>خانه</a> - <a href='/k/48'>تماس با ما</a> - "
                "<a href='/k/64'>تحلیل</a> - <a href='/k/82'>یادداشت</a> - <a href='/k/60'>جامعه</a></div></nav>"
                f"<main><article><div class='head'><div class='d3'>{author}</div><h1 class='r4'>{title}</h1>"
                f"<div class='b5'>{author} - جمعه {1 + i % 28} خرداد ۱۳۹۷ - ۱۱:۰۹</div>"
                f"<div class='b5'>کد خبر: {116000 + i}</div></div><div class='body'>"
                + "".join(f"<p>{p}</p>" for p in paras) + "</div></article></main></body></html>")
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = read_rows(out) + read_rows(out, "rejected")
    assert len(rows) == len(bodies)
    assert [r["section"] for r in rows] == [None] * len(bodies)


_LINK_BAR = ("<div class='x9'><a href='/'>صفحه نخست</a> | <a href='/politics'>سیاسی</a> | "
             "<a href='/economy'>اقتصادی</a> | <a href='/sport'{cur}>ورزشی</a> | <a href='/culture'>فرهنگی</a></div>")


def _bar_page(*, head: str = "", under: str = "", doc_title: str = f"{TITLE} | {SITE}", current: bool = False) -> str:
    bar = _LINK_BAR.format(cur=" class='active' aria-current='page'" if current else "")
    return (f"<html><head><title>{doc_title}</title>{head}</head><body><div class='h1'>{SITE}</div>{bar}"
            f"<main><article><h1>{TITLE}</h1>{under}{PARAS}</article></main></body></html>")


@pytest.mark.parametrize("page, section", [
    (_bar_page(head="<link rel='canonical' href='https://x.ir/sport/12345'>"), "ورزشی"),   # the URL under its link
    (_bar_page(current=True), "ورزشی"),                                                  # the bar's current item
    (_bar_page(doc_title=f"اقتصادی | {TITLE} | {SITE}"), "اقتصادی"),                     # the <title>'s part
    (_bar_page(under="<div class='q1'>مریم احمدی | فرهنگی | ۱۲ مرداد ۱۴۰۳</div>"), "فرهنگی"),   # the byline row
    (_bar_page(head="<link rel='canonical' href='https://x.ir/tehran/12345'>"), None),    # a path the bar does not link
    (_bar_page(), None),
], ids=["url", "current", "title", "row", "url-not-linked", "nothing"])
def test_a_menu_drawn_as_a_bar_of_links_names_the_section(page, section):
    # the site's menu is a plain block of links set apart by bars, no <nav>, no list: a menu all the same
    assert extract(page).section == section


def test_a_bar_of_tags_is_no_menu():
    # tags under the story, a bar of links too: not the site's menu (the byline row's field is no section)
    tags = ("<div class='post-tags'><a href='/t/1'>ورزشی</a> | <a href='/t/2'>تهران</a> | <a href='/t/3'>شورا</a> | "
            "<a href='/t/4'>شهرداری</a></div>")
    page = (f"<html><head><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>"
            f"<div class='q1'>مریم احمدی | تهران | ۱۲ مرداد ۱۴۰۳</div>{PARAS}{tags}</article></main></body></html>")
    assert extract(page).section is None
