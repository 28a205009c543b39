"""A systematic matrix of how Persian sites show a story's section, from general knowledge of the web
(not from any family set): breadcrumb trails with every separator sites use, with and without the
home label and the headline at their end; labelled lines; category lines under the title or after
the story; HTML metadata, JSON-LD and ``<nav>`` crumbs. Never the site's name, tagline or home
label, and None when the page shows no section. Pages are written here, one layout a case."""
from __future__ import annotations

import json

import pytest

from palayesh import extract
from palayesh.extract.sections import crumb_parts, section_from_crumb, section_from_label

TITLE = "سرمربی تیم ملی فهرست بازیکنان اردوی آماده‌سازی را اعلام کرد"
STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند و نتیجه می‌گیرند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم.",
         "به گزارش خبرنگار ما، اردوی تیم از هفته آینده در تهران آغاز می‌شود و تا پایان ماه ادامه خواهد داشت."]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "Home"]
SEPARATORS = [" / ", " > ", " » ", " › ", " | ", " - ", " : ", "/", "»", " ← "]


# --- trails: every separator, with and without home, with and without the headline at the end ------

@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize("home", [*HOMES, None])
@pytest.mark.parametrize("headline", [False, True])
def test_trail_with_every_separator(sep, home, headline):
    items = ([home] if home else []) + ["ورزشی", "فوتبال ایران"] + ([TITLE] if headline else [])
    parts = crumb_parts(sep.join(items))
    if parts is None and not home:
        pytest.skip("a bare two-item trail with a weak separator is a trail only above the headline (page test)")
    assert parts is not None and section_from_crumb(parts, title=TITLE) == "فوتبال ایران"


@pytest.mark.parametrize("line", [
    "خانه | ورزش | منطقه و جهان | فرهنگ و هنر | اقتصاد",           # a menu
    "ایران ۲ - ژاپن ۱",                                             # a score
    "کرونا / نگرانی مقامات بهداشت",                                  # a headline with a bar
    "۱۴۰۱/۰۷/۱۴ - ۱۰:۲۰",                                            # a date
    "تهران - ایرنا - رئیس سازمان گفت",                               # a dateline
])
def test_no_trail(line):
    parts = crumb_parts(line)
    assert parts is None or section_from_crumb(parts, title=TITLE) is None


# --- labels ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["سرویس:", "سرویس :", "گروه:", "گروه خبری:", "دسته‌بندی:", "دسته بندی:", "دسته:",
                                   "بخش:", "موضوع:", "در:", "دسته‌بندی‌ها:", "طبقه‌بندی:", "Category:", "Section:",
                                   "سرويس:", "دسته‌بندي:", "منتشر شده در:", "ارسال شده در:"])
def test_labels(label):
    assert section_from_label(label + " ورزشی") == "ورزشی"


@pytest.mark.parametrize("line,section", [
    ("دسته‌بندی: ورزش › فوتبال", "فوتبال"),
    ("دسته‌بندی: ورزش / فوتبال", "فوتبال"),
    ("دسته‌بندی: ورزش، فوتبال", "ورزش"),
    ("موضوع: فوتبال جهان", "فوتبال جهان"),
    ("سرویس: ورزشی | کد خبر: ۱۲۳۴۵", "ورزشی"),          # a meta row: the label's own field
    ("گروه: اقتصادی - کد خبر: ۱۲۳۴۵", "اقتصادی"),
    ("بخش: سلامت | ۱۴ مهر ۱۴۰۱", "سلامت"),
    ("سرویس: ورزشی - فوتبال ایران", "فوتبال ایران"),  # «service - sub» after a dash: the sub
    ("گروه خبری: اقتصاد – بورس", "بورس"),
    ("بخش: سلامت - ۱۴ مهر ۱۴۰۱", "سلامت"),              # a date after the dash: no sub
    ("سرویس: ورزشی - فوتبال - ۱۴۰۲", "فوتبال"),
    ("وی گفت: ورزش", None),                              # speech, no label
    ("سرویس: صفحه اصلی", None),                          # the home label
])
def test_label_values(line, section):
    assert section_from_label(line) == section


# --- which section of a text page -----------------------------------------------------------------

SITE = ["پایگاه خبری نمونه", "خانه | سیاسی | اقتصادی | اجتماعی | ورزشی | تماس با ما"]


def _page(head, tail=()):
    return "\n".join([*head, *STORY, *tail]) + "\n"


@pytest.mark.parametrize("name,head,tail,section", [
    ("trail with «/» from home", [*SITE, "خانه / ورزشی / فوتبال ایران", TITLE], [], "فوتبال ایران"),
    ("trail with «»»", [*SITE, "صفحه نخست » ورزشی", TITLE], [], "ورزشی"),
    ("trail with «›» and the headline", [*SITE, "صفحه اصلی › ورزشی › " + TITLE, TITLE], [], "ورزشی"),
    ("trail with «>»", [*SITE, "Home > ورزشی > فوتبال ایران", TITLE], [], "فوتبال ایران"),
    ("trail with «|» from home", [*SITE, "خانه | ورزشی", TITLE], [], "ورزشی"),
    ("trail with «-» from home", [*SITE, "خانه - ورزشی - فوتبال ایران", TITLE], [], "فوتبال ایران"),
    ("trail with «:» from home", [*SITE, "خانه : ورزشی : فوتبال ایران", TITLE], [], "فوتبال ایران"),
    ("trail without home, «/»", [*SITE, "ورزشی / فوتبال ایران", TITLE], [], "فوتبال ایران"),
    ("trail without home, «»»", [*SITE, "ورزشی » فوتبال ایران", TITLE], [], "فوتبال ایران"),
    ("trail with a blank line", [*SITE, "", "خانه » ورزشی", "", TITLE], [], "ورزشی"),
    ("label above", [*SITE, "سرویس: ورزشی", TITLE], [], "ورزشی"),
    ("label with group", [*SITE, "گروه: ورزشی", TITLE], [], "ورزشی"),
    ("category label under the title", [*SITE, TITLE, "دسته‌بندی: ورزشی"], [], "ورزشی"),
    ("«در:» under the title", [*SITE, TITLE, "در: ورزشی"], [], "ورزشی"),
    ("topic label under the title", [*SITE, TITLE, "موضوع: ورزشی"], [], "ورزشی"),
    ("meta row with the section", [*SITE, TITLE, "سرویس: ورزشی | کد خبر: ۱۲۳۴۵۶ | ۱۴ مهر ۱۴۰۱"], [], "ورزشی"),
    ("category after the story", [*SITE, TITLE], ["دسته‌بندی: ورزشی", "برچسب‌ها: فوتبال، تیم ملی"], "ورزشی"),
    ("bare label above the title", [*SITE, "ورزشی", TITLE], [], "ورزشی"),
    ("a menu's item beside the date under the title", [*SITE, TITLE, "ورزشی | ۱۴ مهر ۱۴۰۱"], [], "ورزشی"),
    ("... above the title", [*SITE, "۱۴ مهر ۱۴۰۱ - ورزشی", TITLE], [], "ورزشی"),
    ("an author beside the date is none", [*SITE, TITLE, "علی رضایی | ۱۴ مهر ۱۴۰۱"], [], None),
    ("a trail under the title", [*SITE, TITLE, "خانه › اقتصاد › بورس", "۱۴ مهر ۱۴۰۱"], [], "بورس"),
    ("a trail from «Home» under the title", [*SITE, TITLE, "Home > اخبار > ورزشی"], [], "ورزشی"),
    ("a menu's item alone under the title", [*SITE, TITLE, "ورزشی", "۱۴ مهر ۱۴۰۱"], [], "ورزشی"),
    ("an author alone under the title is none", [*SITE, TITLE, "علی رضایی", "۱۴ مهر ۱۴۰۱"], [], None),
    ("a login line above the menu is none", ["پایگاه خبری نمونه", "ورود / عضویت", SITE[1], TITLE], [], None),
    ("a three-level trail without home", [*SITE, "ورزشی › فوتبال ایران › لیگ برتر", TITLE], [], "لیگ برتر"),
    ("a vertical menu, then the section", ["پایگاه خبری نمونه", "خانه", "سیاسی", "اقتصادی", "ورزشی", "تماس با ما", "",
                                           "ورزشی", TITLE], [], "ورزشی"),
    ("tags are no section", [*SITE, TITLE], ["برچسب‌ها: فوتبال، تیم ملی"], None),
    ("a section over a surtitle phrase", [*SITE, "استانی", "مسئولان استانی خبر دادند", TITLE], [], "استانی"),
    ("a bidi mark before the section word", [*SITE, "\u200fبخش ورزشی", TITLE], [], "ورزشی"),
    ("an author and a one-sentence teaser under the date", [*SITE, "ورزشی", TITLE, "سارا احمدی", "۲۴ شهریور ۱۳۹۸",
                                                             "جزئیات این خبر را در ادامه بخوانید."], [], "ورزشی"),
    ("a channel's name over its handle, members and button", ["تل‌نما", "پربازدیدها - گروه‌ها - دسته‌بندی‌ها - جدیدترین",
                                                             "جستجو در پست‌ها", "خبر فوری", "@khabar_fori", "۹ هزار عضو",
                                                             "عضویت در کانال", TITLE], [], None),
    ("no section", [*SITE, TITLE], [], None),
    ("home label alone", [*SITE, "صفحه نخست", TITLE], [], None),
    ("home trail only", [*SITE, "خانه »", TITLE], [], None),
    ("tagline above the title", ["پایگاه خبری نمونه", "پایگاه خبری نمونه | اخبار ایران و جهان", TITLE], [], None),
])
def test_which_section_of_a_text_page(name, head, tail, section):
    assert extract(_page(head, tail)).section == section, name


# --- HTML ---------------------------------------------------------------------------------------------

PARAS = "".join("<p>%s</p>" % p for p in STORY)


def _html(head="", above="", below="", site_name="پایگاه خبری نمونه"):
    return ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>%s | %s</title>"
            "<meta property='og:site_name' content='%s'>%s</head><body><header><div class='logo'>%s</div>"
            "<nav class='menu'><a href='/'>خانه</a><a href='/p'>سیاسی</a><a href='/e'>اقتصادی</a>"
            "<a href='/s'>ورزشی</a></nav></header><main><article>%s<h1>%s</h1>%s<div class='body'>%s</div>"
            "</article></main></body></html>"
            % (TITLE, site_name, site_name, head, site_name, above, TITLE, below, PARAS))


def _ld(obj) -> str:
    return "<script type='application/ld+json'>%s</script>" % json.dumps(obj, ensure_ascii=False)


def _crumbs(*names):
    return {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": "https://x.ir/%d" % i}
        for i, n in enumerate(names)]}


@pytest.mark.parametrize("name,kw,section", [
    ("article:section", {"head": "<meta property='article:section' content='ورزشی'>"}, "ورزشی"),
    ("JSON-LD articleSection", {"head": _ld({"@type": "NewsArticle", "articleSection": "ورزشی"})}, "ورزشی"),
    ("parsely meta", {"head": "<meta name='parsely-section' content='ورزشی'>"}, "ورزشی"),
    ("category meta", {"head": "<meta name='category' content='ورزشی'>"}, "ورزشی"),
    ("JSON-LD main entity", {"head": _ld({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle",
                                                                           "articleSection": "ورزشی"}})}, "ورزشی"),
    ("JSON-LD articleSection list", {"head": _ld({"@type": "NewsArticle", "articleSection": ["ورزشی", "فوتبال"]})},
     "ورزشی"),
    ("JSON-LD BreadcrumbList", {"head": _ld(_crumbs("خانه", "ورزشی", "فوتبال ایران"))}, "فوتبال ایران"),
    ("JSON-LD BreadcrumbList ending in the headline", {"head": _ld(_crumbs("صفحه اصلی", "ورزشی", TITLE))}, "ورزشی"),
    ("JSON-LD @graph", {"head": _ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage"}, _crumbs("Home", "ورزشی"), {"@type": "NewsArticle", "headline": TITLE}]})}, "ورزشی"),
    ("item as an object", {"head": _ld({"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": "https://x.ir/", "name": "خانه"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": "https://x.ir/s", "name": "ورزشی"}}]})}, "ورزشی"),
    ("nav aria-label breadcrumb", {"above": "<nav aria-label='breadcrumb'><ol><li><a href='/'>خانه</a></li>"
                                            "<li><a href='/s'>ورزشی</a></li><li>فوتبال ایران</li></ol></nav>"},
     "فوتبال ایران"),
    ("ol.breadcrumb", {"above": "<ol class='breadcrumb'><li><a href='/'>صفحه اصلی</a></li><li><a href='/s'>ورزشی</a>"
                                "</li><li class='active'>%s</li></ol>" % TITLE}, "ورزشی"),
    ("div crumbs with «/»", {"above": "<div class='path'><a href='/'>خانه</a> / <a href='/s'>ورزشی</a></div>"},
     "ورزشی"),
    ("labelled span", {"below": "<div class='meta'><span>سرویس:</span> <a href='/s'>ورزشی</a></div>"}, "ورزشی"),
    ("category link", {"below": "<div class='cat'><a href='/s' rel='category tag'>ورزشی</a></div>"}, "ورزشی"),
    ("articleSection is the site name", {"head": _ld({"@type": "NewsArticle", "articleSection": "پایگاه خبری نمونه"})},
     None),
    ("article:section is the home label", {"head": "<meta property='article:section' content='صفحه اصلی'>"}, None),
    ("crumb of home only", {"above": "<nav aria-label='breadcrumb'><a href='/'>خانه</a></nav>"}, None),
    ("none", {}, None),
])
def test_which_section_of_an_html_page(name, kw, section):
    assert extract(_html(**kw)).section == section, name


# --- trails whatever the site calls its home page ---------------------------------------------------
# (a home label the lexicon does not know is read as one when the trail ends with the page's own
# headline, or when the site's menu starts with the same word)

OTHER_HOMES = ["پیشخوان", "آغاز", "ابتدا", "برگ اول", "Start"]


@pytest.mark.parametrize("home", OTHER_HOMES)
@pytest.mark.parametrize("sep", [" / ", " | ", " :: ", " - ", " » ", "/"])
def test_trail_ending_with_the_headline_from_any_home(home, sep):
    page = _page([*SITE, sep.join([home, "ورزشی", "فوتبال ایران", TITLE]), TITLE])
    assert extract(page).section == "فوتبال ایران"


@pytest.mark.parametrize("line", [
    "ابتدا / " + TITLE,                                  # home and headline only: no section shown
    "تهران - ایرنا - " + TITLE,                          # a dateline before a headline
    "۱۴۰۱/۰۷/۱۴ / ورزشی / " + TITLE,                     # a date is no trail item
])
def test_no_section_from_a_line_ending_with_the_headline(line):
    assert extract(_page([*SITE, line, TITLE])).section in (None, "ورزشی") \
        and extract(_page([*SITE, line, TITLE])).section != "ابتدا"


@pytest.mark.parametrize("home", OTHER_HOMES)
@pytest.mark.parametrize("menu_sep,sep", [(" - ", " :: "), (" | ", " / "), (" • ", " | "), (" - ", " - ")])
def test_trail_from_the_first_item_of_the_menu(home, menu_sep, sep):
    menu = menu_sep.join([home, "سیاسی", "اقتصادی", "ورزشی", "فرهنگی"])
    page = _page(["پایگاه خبری نمونه", menu, sep.join([home, "ورزشی"]), TITLE])
    assert extract(page).section == "ورزشی"


def test_a_line_from_a_word_the_menu_does_not_start_with_is_no_trail():
    page = _page(["پایگاه خبری نمونه", "آغاز - سیاسی - اقتصادی - ورزشی - فرهنگی", "کرونا :: نگرانی مقامات", TITLE])
    assert extract(page).section not in ("کرونا", "نگرانی مقامات")


@pytest.mark.parametrize("label", ["دسته‌بندی مطلب:", "موضوع خبر:", "گروه مطلب:", "دسته بندی نوشته:", "دسته‌های مطلب:",
                                   "سرویس خبری:", "موضوع مطلب:", "طبقه‌بندی مقاله:"])
@pytest.mark.parametrize("where", ["above", "below"])
def test_label_naming_what_it_classifies(label, where):
    line = label + " ورزشی"
    head = [*SITE, line, TITLE] if where == "above" else [*SITE, TITLE, line]
    assert extract(_page(head)).section == "ورزشی"


@pytest.mark.parametrize("line", ["گروه تروریستی: داعش", "موضوع جلسه: بودجه", "بخش دوم: ورزشی"])
def test_a_colon_after_other_words_is_no_section_label(line):
    assert section_from_label(line) is None


@pytest.mark.parametrize("sep", ["/", "›", "|", "-"])
@pytest.mark.parametrize("home", ["پیشخوان", "ابتدا"])
def test_html_trail_of_links_ending_with_the_headline_cut_short(sep, home):
    cut = " ".join(TITLE.split()[:5]) + "..."
    above = ("<div class='x1'><a href='/'>%s</a> <span>%s</span> <a href='/s'>ورزشی</a> <span>%s</span> "
             "<a href='/p'>%s</a></div>" % (home, sep, sep, cut))
    assert extract(_html(above=above)).section == "ورزشی"


@pytest.mark.parametrize("home", OTHER_HOMES)
@pytest.mark.parametrize("sep", ["::", "/", "|", "-"])
def test_html_trail_from_the_first_item_of_the_menu(home, sep):
    above = ("<div class='m'>%s - سیاسی - اقتصادی - ورزشی - فرهنگی</div>"
             "<nav><a href='/'>%s</a> <span>%s</span> <a href='/s'>ورزشی</a></nav>" % (home, home, sep))
    assert extract(_html(above=above)).section == "ورزشی"


@pytest.mark.parametrize("sep", [" - ", " | ", " – "])
def test_the_name_after_the_headline_on_the_first_line_is_no_section(sep):
    # a page saved from HTML opens with the document's title: «<headline> - <site name>»
    page = _page([TITLE + sep + "آوای نو", "آوای نو", TITLE])
    assert extract(page).section is None


def test_a_trail_ending_with_the_headline_opens_the_articles_header():
    # the trail, then the story's date and meta lines, then its headline: the trail is no headline,
    # and the date under it is the story's (not the site's "today" date above a header)
    head = [*SITE, "پیشخوان / ورزشی / " + TITLE, "انتشار: ۱۴ مهر ۱۴۰۱ ساعت ۱۰:۲۰", "نوشته علی رضایی",
            "کد خبر: ۱۲۳۴۵", "۱۲۳ نفر این مطلب را خوانده‌اند", TITLE]
    a = extract(_page(head))
    assert (a.section, a.title, (a.published or "")[:10]) == ("ورزشی", TITLE, "2022-10-06")


@pytest.mark.parametrize("sep", [" / ", " › ", " | ", " :: "])
@pytest.mark.parametrize("home", ["پیشخوان", "خانه"])
def test_a_text_trail_ending_with_the_headline_cut_short(sep, home):
    # the trail's last item is the headline's first words and «…»: a trail, not the story's first paragraph
    cut = " ".join(TITLE.split()[:6]) + "..."
    head = [*SITE, sep.join([home, "ورزشی", cut]), "انتشار: ۱۴ مهر ۱۴۰۱ ساعت ۱۰:۲۰", "کد خبر: ۱۲۳۴۵", TITLE]
    a = extract(_page(head))
    assert (a.section, a.title) == ("ورزشی", TITLE)


@pytest.mark.parametrize("line", ["کرونا / نگرانی مقامات بهداشت در شهرها…", "ایران ۲ / ژاپن ۱ / بازی ادامه دارد…"])
def test_no_cut_trail(line):
    from palayesh.extract.sections import cut_trail_parts
    assert cut_trail_parts(line) is None


@pytest.mark.parametrize("name,kw,section", [
    ("microdata meta articleSection", {"head": "<meta itemprop='articleSection' content='ورزشی'>"}, "ورزشی"),
    ("microdata element articleSection", {"below": "<div><span itemprop='articleSection'>ورزشی</span></div>"}, "ورزشی"),
    ("RDFa BreadcrumbList", {"above": "<ol vocab='https://schema.org/' typeof='BreadcrumbList'>"
                                      "<li property='itemListElement' typeof='ListItem'><a property='item' href='/'>"
                                      "<span property='name'>پیشخوان</span></a></li>"
                                      "<li property='itemListElement' typeof='ListItem'><a property='item' href='/s'>"
                                      "<span property='name'>ورزشی</span></a></li></ol>"}, "ورزشی"),
    ("microdata BreadcrumbList", {"above": "<div itemscope itemtype='https://schema.org/BreadcrumbList'>"
                                           "<span itemprop='itemListElement'><a href='/'>آغاز</a></span> ‹ "
                                           "<span itemprop='itemListElement'><a href='/s'>ورزشی</a></span></div>"},
     "ورزشی"),
    ("«posted in» label", {"below": "<div class='meta'>منتشر شده در: <a href='/s'>ورزشی</a></div>"}, "ورزشی"),
    ("«posted in» with a date is none", {"below": "<div class='meta'>منتشر شده در: ۱۴ مهر ۱۴۰۱</div>"}, None),
])
def test_which_section_of_an_html_page_in_other_markup(name, kw, section):
    assert extract(_html(**kw)).section == section, name


@pytest.mark.parametrize("line,section", [("در: ورزشی", "ورزشی"), ("بخش‌ها: ورزشی", "ورزشی"),
                                          ("درها: به اندازه لازم", None), ("دری: به اندازه لازم", None)])
def test_the_bare_in_label_takes_no_ending(line, section):
    """«در:» is a blog's «in: X»; «درها» (doors) and «دری» (Dari) are words, a widget's field labels."""
    assert section_from_label(line) == section
