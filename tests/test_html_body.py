"""Never lose a found body: when the main-content extractor finds the story, the HTML body keeps
it; trimming takes off chrome (crumbs, ad and share headings, tags, comments, related lists) and
nothing else. One agency-style page (Persian agency CMS: breadcrumb list with «- » items inside the
article container before the title, JSON-LD, tags, comments, related list) in several DOM shapes.
"""
from __future__ import annotations

import functools
from typing import Any

import pytest

from palayesh import extract
from palayesh.extract.htmlbody import select_body
from palayesh.extract.pagetext import ink

TITLE = "پرسپولیس با پیروزی در دربی صدرنشین لیگ برتر شد"
LEAD = "سرخپوشان پایتخت در هفته پانزدهم لیگ برتر با یک گل از سد رقیب سنتی خود گذشتند."
STORY = [
    "به گزارش خبرگزاری ایسنا، دیدار تیم‌های فوتبال پرسپولیس و استقلال از هفته پانزدهم لیگ برتر "
    "عصر امروز در ورزشگاه آزادی و در حضور بیش از هفتاد هزار تماشاگر برگزار شد.",
    "در نیمه نخست دو تیم موقعیت‌های زیادی روی دروازه یکدیگر ایجاد کردند، اما هیچ‌کدام از مهاجمان "
    "نتوانستند دروازه حریف را باز کنند و بازی با تساوی بدون گل به رختکن رفت.",
    "سرمربی پرسپولیس در نیمه دوم با دو تعویض هجومی ترکیب تیمش را تغییر داد و شاگردانش فشار "
    "بیشتری روی دروازه استقلال وارد کردند.",
    "سرانجام در دقیقه هفتاد و هشتم، مهاجم جوان سرخپوشان با ضربه سر دروازه استقلال را باز کرد تا "
    "پرسپولیس با این گل به برتری برسد.",
    "با این پیروزی پرسپولیس با سی و دو امتیاز به صدر جدول رده‌بندی رسید و استقلال با بیست و "
    "هشت امتیاز در رده چهارم ماند.",
    "هفته شانزدهم لیگ برتر از پنجشنبه هفته آینده با برگزاری چهار دیدار پیگیری خواهد شد.",
]
CRUMBS = ["- ورزشی", "- فوتبال ایران"]
RELATED = ["استقلال به فینال جام حذفی رسید", "سپاهان سرمربی تازه خود را معرفی کرد"]
COMMENT = "به نظر من داور در این بازی اشتباهات زیادی داشت و باید بررسی شود."
JSONLD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          '"headline":"%s","datePublished":"2019-05-30T00:20:00+04:30","articleSection":"فوتبال ایران"}'
          '</script>' % TITLE)


def _paras(ps):
    return "".join(f"<p>{p}</p>" for p in ps)


def _page(article: str) -> str:
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>%s - خبرگزاری نمونه</title>'
            '<meta property="og:title" content="%s">%s</head><body>'
            '<header><nav><ul><li><a href="/">صفحه نخست</a></li><li><a href="/s/1">سیاسی</a></li>'
            '<li><a href="/s/2">ورزشی</a></li></ul></nav></header>'
            '<div class="container"><div class="row"><div class="col-md-8">%s</div>'
            '<aside class="col-md-4"><h3>پربازدیدترین</h3><ul><li><a href="/n/7">قیمت طلا امروز کاهش یافت</a></li>'
            '<li><a href="/n/8">برنامه امتحانات نهایی اعلام شد</a></li></ul></aside></div></div>'
            '<footer><p>کلیه حقوق این سایت محفوظ است.</p></footer></body></html>') % (TITLE, TITLE, JSONLD, article)


def _tail() -> str:
    """Tags, a comments block and a related list after the story, as agency CMSs lay them out."""
    return ('<div class="tags"><span>برچسب‌ها:</span> <a href="/tag/1">فوتبال</a> <a href="/tag/2">لیگ برتر</a></div>'
            '<section class="comments"><h3>نظرات</h3><div class="comment"><span class="name">علی</span>'
            '<p>%s</p></div><form><textarea></textarea><button>ارسال نظر</button></form></section>'
            '<section class="related"><h3>اخبار مرتبط</h3><ul>%s</ul></section>') % (
        COMMENT, "".join(f'<li><a href="/n/{i}">{t}</a></li>' for i, t in enumerate(RELATED)))


def _crumbs(cls: str = "") -> str:
    return "<ul%s>%s</ul>" % (f' class="{cls}"' if cls else "", "".join(f"<li>{c}</li>" for c in CRUMBS))


def _head(between: str = "", crumb_class: str = "") -> str:
    return (_crumbs(crumb_class) + '<div class="news-info"><span class="date">۹ خرداد ۱۳۹۸ - ۰۰:۲۰</span>'
            '<span class="code">کد خبر: ۸۵۴۲۱</span></div><h1 class="title">%s</h1>'
            '<p class="lead">%s</p>%s') % (TITLE, LEAD, between)


SHAPES = [
    # the article container holds the crumbs (a list without a class), an ad heading between the
    # lead and the story: the heading used to end the "body" before it began, leaving the crumbs
    pytest.param('<article class="news">%s<div class="body">%s</div>%s</article>' % (
        _head("<p>تبلیغات</p>"), _paras(STORY), _tail()), id="ad_heading_over_story"),
    # a short-link line over the story (an end label), crumbs in the article
    pytest.param('<article>%s<div class="body">%s</div>%s</article>' % (
        _head("<p>لینک کوتاه: https://x.ir/a1b2</p>"), _paras(STORY), _tail()), id="short_link_over_story"),
    # share heading over the story, story in itemprop="articleBody"
    pytest.param('<article>%s<div itemprop="articleBody">%s</div>%s</article>' % (
        _head('<p class="share">اشتراک گذاری</p>'), _paras(STORY), _tail()), id="share_heading_over_story"),
    # no <article>: nested <div>s, a breadcrumb list with a class
    pytest.param('<div class="news-detail"><div class="inner">%s<div class="news-text">%s</div></div>%s</div>' % (
        _head(crumb_class="breadcrumb"), _paras(STORY), _tail()), id="nested_divs"),
    # the story as <br> lines in one <div>
    pytest.param('<article>%s<div class="text">%s</div>%s</article>' % (
        _head("<p>تبلیغات</p>"), "<br>".join(STORY), _tail()), id="br_lines"),
    # an old layout: the whole article in a table cell
    pytest.param('<table><tr><td>%s%s</td></tr><tr><td>%s</td></tr></table>' % (
        _head("<p>تبلیغات</p>"), _paras(STORY), _tail()), id="table_layout"),
    # a subheading that starts like an end heading («آخرین اخبار …») near the top of the story
    pytest.param('<article>%s<div class="body">%s<h3>آخرین اخبار از وضعیت مصدومان</h3>%s</div>%s</article>' % (
        _head(), _paras(STORY[:1]), _paras(STORY[1:]), _tail()), id="end_like_subheading"),
]


def _has(paragraphs: list[str], text: str) -> bool:
    return any(ink(text) in ink(p) for p in paragraphs)


@pytest.mark.parametrize("page", SHAPES)
def test_found_story_is_kept(page):
    a = extract(_page(page))
    missing = [p[:40] for p in STORY if not _has(a.paragraphs, p)]
    assert not missing, (missing, a.paragraphs)
    leaked = [x for x in CRUMBS + RELATED + [COMMENT, "تبلیغات", "اشتراک گذاری", "لینک کوتاه", "پربازدیدترین"]
              if any(ink(x.lstrip("- ")) == ink(p) or ink(x) in ink(p) for p in a.paragraphs)]
    assert not leaked, leaked
    assert a.title == TITLE and a.lead == LEAD and a.agency == "ایسنا"


PROSE = [
    "به گزارش خبرنگار ما، نشست شورای شهر امروز با حضور همه اعضا و شهردار برگزار شد و چند طرح تازه بررسی شد.",
    "در این نشست طرح توسعه حمل و نقل عمومی با رای موافق اکثریت اعضا به تصویب رسید و برای اجرا ابلاغ شد.",
    "شهردار نیز گزارشی از پیشرفت پروژه‌های عمرانی در نیمه نخست سال ارائه کرد و از همکاری اعضا قدردانی کرد.",
]


@pytest.mark.parametrize("lines,kept,restored", [
    # crumbs and an ad heading above the story are header; the related list after its heading is tail
    (["- ورزشی", "- فوتبال ایران", "تبلیغات"] + PROSE + ["اخبار مرتبط", "خبر دیگر امروز"], PROSE, False),
    # a credit and an end marker close the story; what follows them is tail
    (PROSE + ["منبع: ایسنا", "انتهای پیام/", "نظر شما درباره این خبر چیست و چه پیشنهادی برای ما دارید؟"], PROSE, False),
    # an end-like heading after the first paragraph cut most of the story: the guard keeps it all
    (PROSE[:1] + ["نظرات کارشناسان"] + PROSE[1:], PROSE, True),
    # a short intro sentence before the story is kept (it is not navigation-like)
    (["جزئیات این خبر را در ادامه بخوانید."] + PROSE, ["جزئیات این خبر را در ادامه بخوانید."] + PROSE, False),
    # no article-sized prose at all: nothing to restore (a contact page)
    (["تماس با ما", "نشانی: تهران، خیابان انقلاب", "تلفن: ۰۲۱۸۸۶۶۷۷۸۸"], [], False),
])
def test_select_body(lines, kept, restored):
    body = select_body(lines)
    assert body.paragraphs == kept
    assert body.restored is restored


HEADLINES = ["سد کرج پس از سه سال خشکسالی پر شد", "نمایشگاه خودرو تبریز فردا گشایش می‌یابد",
             "کاهش قیمت گوشت قرمز در بازار میدان بار", "تیم ملی والیبال برای مسابقات آسیایی اردو می‌زند",
             "ساخت مترو شهر قم وارد مرحله تازه شد"]


@pytest.mark.parametrize("after", [
    ["۱۴۰۲/۰۵/۱۲", "۳ روز پیش", "۱۴۰۲/۰۵/۰۹ - ۱۰:۲۰", "۲ هفته قبل", "۱۴۰۲/۰۴/۱۱"],  # a date or relative time under each
    ["ادامه مطلب »"] * 5,                                                           # a «more» link under each
])
def test_headlines_each_under_a_date_are_a_listing(after):
    # a category page without teasers: headlines alone, each with its date or «more» link under it
    lines = [x for h, a in zip(HEADLINES, after) for x in (h, a)]
    assert select_body(lines).paragraphs == []
    # with prose under them, the lines are a story's (its headline and date above it)
    assert select_body(lines[:4] + PROSE).paragraphs[-len(PROSE):] == PROSE


def test_select_body_skips_title_and_lead():
    from palayesh.textkeys import line_key

    body = select_body([TITLE, LEAD] + STORY, line_key(TITLE), line_key(LEAD))
    assert body.paragraphs == STORY
    assert body.lines_total == len(STORY) + 2 and body.chrome_lines == 0


def test_story_in_br_lines_beside_teaser_paragraphs_is_found(monkeypatch):
    # the story is one <div> of <br> lines (no <p>); a box of teaser <p>s sits beside it. On such
    # pages trafilatura can take the teasers (seen on generated provincial sites); the page's own
    # blocks still hold the story, and it must come out, not the teasers
    from palayesh.extract import html as html_mod
    story = [
        "شورای شهر در جلسه روز گذشته طرح توسعه فضای سبز محله‌های جنوبی "
        "را با اکثریت آرا تصویب کرد و اجرای آن از بهار آغاز می‌شود.",
        "به گفته رئیس شورا، بودجه این طرح از محل درآمدهای پایدار "
        "شهرداری تأمین خواهد شد و هیچ عوارض تازه‌ای از شهروندان گرفته نمی‌شود.",
        "در این طرح بیش از بیست هکتار زمین بایر به بوستان "
        "محله‌ای تبدیل می‌شود و مسیرهای پیاده‌روی تازه‌ای نیز ساخته خواهد شد.",
        "کارشناسان محیط زیست این تصمیم را گامی مهم برای کاهش "
        "آلودگی هوا و گرمای تابستان در بخش‌های پرجمعیت شهر دانسته‌اند.",
        "شهردار نیز در حاشیه این جلسه گفت که نخستین بوستان تا پایان تابستان آینده به روی مردم محله گشوده خواهد شد.",
        "ساکنان محله‌های جنوبی سال‌ها خواستار ساخت فضای سبز و زمین بازی برای کودکان در نزدیکی خانه‌هایشان بوده‌اند.",
    ]
    teasers = "".join(
        f'<li><a href="/n/{k}">خبر کوتاه شماره {k}</a><p>{t}…</p></li>' for k, t in enumerate([
            "خبرگزاری محلی: فرماندار شهرستان گفت باغداران موظف هستند نکات بهداشتی را رعایت کنند و از به کارگیری",
            "خبرگزاری محلی: رئیس پلیس آگاهی استان از دستگیری هشت سارق حرفه‌ای در شهرهای شمالی خبر داد",
        ]))
    raw = ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
           '<title>تصویب طرح فضای سبز</title></head><body><div id="p"><div class="h">'
           '<div class="n"><div>هفته‌نامه محلی</div></div><div class="t"><div>صدای مردم شهر</div></div>'
           '<div class="m"><span>خانه</span> | <span>ورزش</span> | <span>فرهنگی</span></div></div>'
           '<div class="w"><div class="c"><div class="a"><div class="k"><div>دسته‌بندی: شهری</div></div>'
           '<h1 class="hd">تصویب طرح فضای سبز در شورای شهر</h1><div class="t"><div>به قلم سارا یزدانی</div></div>'
           '<div class="d"><span>انتشار: ٥ بهمن ١٣٩١ - ١٠:٢٨</span></div>'
           '<div class="s"><div class="x"><div class="y">' + "<br>\n<br>\n".join(story) + '</div></div></div>'
           '<div class="t"><div>منبع: خبرگزاری محلی</div></div><div class="t"><div>پایان پیام/</div></div>'
           '<nav class="sh"><h3>اشتراک‌گذاری</h3><ul><li><a href="/s/0">تلگرام</a></li></ul></nav></div>'
           '<section class="side"><h3>از همین سرویس</h3><ul>' + teasers + '</ul></section>'
           '</div></div></div></body></html>')
    monkeypatch.setattr(html_mod, "_main_text", lambda raw, engine: "\n".join(
        t.split("</p>")[0] for t in teasers.split("<p>")[1:]))
    a = extract(raw)
    assert len(a.paragraphs) == len(story)
    assert [ink(p) for p in a.paragraphs] == [ink(s) for s in story]


def _bold_lead_page(lead_block: str, first_para: str = STORY[0]) -> str:
    """A CMS that prints the lead as a block set wholly in bold, between the header's rows and the story."""
    return _page(f"<h1>{TITLE}</h1><div>نوشته علی رضایی</div><div>منتشر شده در ۱۴ مهر ۱۳۹۲ - ۱۱:۱۸</div>"
                 f"<li>شناسه مطلب: ۱۱۶۵۵۷۶</li><div>تعداد بازدید: ۶۶۷۸۵</div>{lead_block}"
                 f"<div class='x'>{_paras([first_para] + STORY[1:])}</div>{_tail()}")


@pytest.mark.parametrize("tag", ["strong", "b"])
def test_lead_printed_as_a_bold_block(tag):
    a = extract(_bold_lead_page(f"<div><{tag}>{LEAD}</{tag}></div>"))
    assert a.lead == LEAD
    assert not _has(a.paragraphs, LEAD) and all(_has(a.paragraphs, p) for p in STORY)


@pytest.mark.parametrize("block", [
    f"<div><strong>{LEAD[:-1]}</strong></div>",  # no sentence: a caption or a heading
    f"<div><strong><a href='/n/9'>{LEAD}</a></strong></div>",  # a link: another story
    f"<div>گفت <strong>{LEAD}</strong></div>",  # bold words inside a line of prose
])
def test_no_lead_without_a_bold_sentence_block(block):
    assert extract(_bold_lead_page(block)).lead is None


def test_bold_first_paragraph_after_story_began_is_no_lead():
    """Once a block of plain prose has begun the story, a later bold paragraph is not the lead."""
    page = _page(f"<h1>{TITLE}</h1><p>{STORY[0]}</p><div><strong>{LEAD}</strong></div>{_paras(STORY[1:])}")
    assert extract(page).lead is None


def _aspnet_page(minutes: bool) -> str:
    """A WebForms page: the headline, the date and a scoreboard are inline ``<span>``s of one table
    cell, the story a ``<span>`` of ``<br>``-separated paragraphs (each under its minute in bold)."""
    def para(i, p):
        return (f"<b>دقیقه {80 - 9 * i}:</b><br /><br />\n" if minutes else "") + p
    body = "<br /><br />\n".join(para(i, p) for i, p in enumerate(STORY))
    return (f"<html><head><title>{TITLE} - ورزش امروز</title></head><body><form>"
            "<div class='header'><span>ورزش امروز</span><br /></div>"
            "<table><tr><td>صفحه نخست</td><td>فوتسال</td><td>والیبال</td><td>جدول لیگ</td></tr></table>"
            "<table><tr><td><div>"
            f"<span class='title'>{TITLE}</span><br />"
            "<div><span>توسط امید جعفری در ۲۴ تیر ۱۳۹۱ ساعت ۲۳:۰۸</span><br />"
            "<span>آخرین به‌روزرسانی: ۹ مرداد ۱۳۹۱ ساعت ۰۸:۰۸</span><br /></div>"
            "<div><span>پرسپولیس ۱ - ۰ استقلال</span><br /><span>پایان بازی</span><br /></div>"
            f"<span class='body'>\n{body}\n</span>"
            "<div><span>(منبع: ایسنا)</span><br /><span>برچسب‌ها: لیگ برتر</span><br /></div>"
            "</div></td><td><div>جدول لیگ</div><div>۱. پرسپولیس ۳۲ امتیاز</div></td></tr></table>"
            "</form></body></html>")


@pytest.mark.parametrize("minutes", [False, True])
def test_inline_spans_of_a_cell_stay_apart_from_the_story(minutes):
    # the extractor reads the cell's inline spans and its blocks in another order than the page
    # shows them (the headline glued to the first paragraph, the date and the scoreboard to the
    # last): each stays a line of its own, and the header's lines stay out of the story
    got = extract(_aspnet_page(minutes))
    assert got.title == TITLE
    paras = [p for p in got.paragraphs if not p.startswith("دقیقه")]  # (alone, the minutes read as subheadings)
    assert [ink(p) for p in paras] == [ink(p) for p in STORY], got.paragraphs


def test_an_ad_heading_between_the_storys_paragraphs_ends_no_html_story():
    # «تبلیغات» in bold between two of the story's <br> paragraphs, less of the story under it than
    # above it: the paragraph right under it goes on about the story, so the heading ends nothing
    body = "<br /><br />\n".join([*STORY[:3], "<b>تبلیغات</b>", *STORY[3:]])
    page = (f"<html><head><title>{TITLE}</title></head><body><div class='header'>ورزش امروز</div>"
            f"<h1>{TITLE}</h1><div class='content'>\n{body}\n</div>"
            "<div class='foot'>همه حقوق محفوظ است.</div></body></html>")
    got = extract(page)
    assert [ink(p) for p in got.paragraphs] == [ink(p) for p in STORY], got.paragraphs


@pytest.mark.parametrize("label, lead", [("چکیده:", True), ("خبرگزاری فارس:", False)])
def test_lead_under_a_label_that_names_it(label, lead):
    # «چکیده:» alone over the summary in the header's block, a figure between it and the story
    # (no dateline opens the story): the label names the paragraph the lead; an agency's name so
    # is a credit that opens the text
    page = _page(f"<article><div><h2>{TITLE}</h2><div>بازدید: ۲۵,۹۲۷</div><div>{label}</div><p>{LEAD}</p></div>"
                 f"<figure><img src='/a.jpg' alt='تصویر تنیس'><figcaption>تصویر: تنیس</figcaption></figure>"
                 f"<div class='body'>{_paras(STORY)}</div></article>{_tail()}")
    a = extract(page)
    assert (a.lead == LEAD) is lead
    assert all(_has(a.paragraphs, p) for p in STORY)


# A blog's story (WordPress-like theme): the headline in the entry's header, a featured image, then
# the content box holding the story's own subheadings (<h2>/<h3>/<h4>), lists and rules, and at its
# end a theme's related-posts widget under a loose line of text.
BLOG_TITLE = "زنبورهای عسل و نقش آن‌ها در باغ‌های میوه"
BLOG_OPENING = "یاران کوچک باغبانان در فصل بهار"
BLOG_LISTED_HEAD = "پرواز در هوای ابری (Cloudy Flights): کارگران خستگی‌ناپذیر"
BLOG_STORY = [
    "در هر بهار، زنبورهای عسل هزاران گل درختان سیب و گلابی را می‌بینند و گرده را از گلی به گل دیگر "
    "می‌برند تا میوه‌ها شکل بگیرند.",
    "باغداران زیادی کندوهای خود را در کنار ردیف درختان می‌گذارند تا محصول بیشتری از باغ خود برداشت کنند.",
    "روش نگهداری:",
    "کندوها را باید در جایی گذاشت که آفتاب صبح به آن‌ها برسد و باد سرد به آن‌ها نخورد.",
    "آب تمیز در نزدیکی کندو به زنبورها کمک می‌کند تا در روزهای گرم کمتر خسته شوند.",
    BLOG_LISTED_HEAD,
    "حتی در روزهای ابری که آفتاب کم است، زنبورها برای رسیدن به گل‌های باغ از کندو بیرون می‌روند و "
    "تا عصر به کار خود ادامه می‌دهند.",
    "پژوهشگران می‌گویند باغی که کندو دارد تا یک سوم محصول بیشتری از باغ بدون کندو برداشت می‌کند.",
]
BLOG_RELATED = ["راهنمای کامل کاشت گوجه فرنگی در گلدان‌های کوچک روی بالکن خانه",
                "چگونه از گل‌های آپارتمانی در روزهای سرد زمستان به خوبی مراقبت کنیم",
                "ده گیاه مقاوم برای بالکن‌های آفتابگیر که به آب کمی نیاز دارند"]
BLOG_WIDGET_HEAD = "این مطالب را هم ببینید"


def _blog_page(opening: str = BLOG_OPENING) -> str:
    s = BLOG_STORY
    related = "".join(f'<li class="widget-post"><div class="thumb"><a href="/p/{i}"><img src="/{i}.webp" alt=""></a>'
                      f'</div><div class="post-body"><a class="post-title" href="/p/{i}">{t}</a>'
                      '<div class="post-meta"><span class="date">۱۶ آذر ۱۴۰۳</span></div></div></li>'
                      for i, t in enumerate(BLOG_RELATED))
    content = (f"<h2><strong>{opening}</strong></h2><p>{s[0]}</p><p>{s[1]}</p><hr>"
               f"<h4><strong>{s[2]}</strong></h4><ul><li>{s[3]}</li><li>{s[4]}</li></ul>"
               f"<h3><strong>{s[5]}</strong></h3><p>{s[6]}</p><p>{s[7]}</p><hr> {BLOG_WIDGET_HEAD}"
               f'<div class="widget-posts-wrapper"><ul class="posts-list">{related}</ul></div>')
    return ('<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="utf-8">'
            f"<title>{BLOG_TITLE} - وبلاگ باغ</title></head><body>"
            '<nav class="main-menu"><ul class="menu"><li><a href="/c/1">گیاهان</a></li><li><a href="/c/2">باغبانی</a>'
            '</li><li><a href="/c/3">حیوانات</a></li></ul></nav><div class="main-content"><article id="the-post">'
            f'<header class="entry-header"><h1 class="post-title">{BLOG_TITLE}</h1></header>'
            '<div class="featured-area"><figure><img src="/bees.webp" alt=""></figure></div>'
            f'<div class="entry-content entry">{content}</div></article></div>'
            "<footer><p>همه حقوق برای وبلاگ باغ محفوظ است.</p></footer></body></html>")


@functools.cache
def _blog() -> Any:
    return extract(_blog_page())


def test_a_blogs_opening_subheading_stays():
    # (s38 real pages, a WordPress blog) the <h2> that opens the content box, above the first
    # paragraph and below the headline, is the story's first line, not a crumb over it
    got = _blog()
    assert got.title == BLOG_TITLE
    assert got.paragraphs[:2] == [BLOG_OPENING, BLOG_STORY[0]], got.paragraphs


def test_a_subheading_after_a_list_stays_whatever_its_words():
    # the <h3> after a list, whose words the story does not share, is a subheading by the DOM (a
    # heading element of the story's box over its next paragraph), not another story's headline
    assert BLOG_LISTED_HEAD in _blog().paragraphs


def test_a_loose_line_over_a_left_out_widget_is_its_heading():
    # the loose text after the story's last <hr> (no block of its own, right in the content box)
    # over the theme's related posts the extractor left out is that widget's heading
    got = _blog()
    assert BLOG_WIDGET_HEAD not in got.paragraphs
    assert [ink(p) for p in got.paragraphs] == [ink(p) for p in [BLOG_OPENING, *BLOG_STORY]], got.paragraphs


def test_a_one_word_label_over_a_blogs_first_paragraph_is_no_subheading():
    # a heading of one or two words first in the content box is as likely the section's label set
    # there («اقتصادی») as the story's: only a longer one opens the story
    got = extract(_blog_page("اقتصادی"))
    assert got.paragraphs[0] == BLOG_STORY[0], got.paragraphs


# a story over a related list and a readers' thread, each comment a block of its own (a name's block
# «<b>…</b> نوشته:», then the comment's), the thread under a heading in bold no lexicon knows
THREAD_STORY = [
    "به گزارش خبرنگار ما، تیم ملی بسکتبال نوجوانان صبح امروز پس از دو هفته تمرین در اردوی آماده‌سازی"
    " به تهران بازگشت و فردا راهی مسابقات آسیایی می‌شود.",
    "سرمربی تیم در گفت‌وگو با خبرنگاران گفت بازیکنان در این دو هفته روزی دو نوبت تمرین کرده‌اند و"
    " آمادگی بدنی آنها از همیشه بهتر است.",
    "به گفته او، تیم در نخستین دیدار خود در این مسابقات روز شنبه به مصاف تیم ملی ژاپن می‌رود که از"
    " مدعیان قهرمانی به شمار می‌آید.",
]
THREAD_HEAD = "گفت‌وشنود خوانندگان"


def _thread_page() -> str:
    story = "".join(f"<p>{p}</p>" for p in THREAD_STORY)
    posts = [("بهروز", "این بازی دیگر اهمیتی ندارد و فقط به جابجایی تیم‌ها در جدول مربوط است و بس."),
             ("نسرین", "به نظرم سرمربی باید زودتر از این‌ها تصمیم می‌گرفت، ولی هنوز هم دیر نشده است.")]
    thread = "".join(f"<div><b>{n}</b> نوشته:</div><div>{c}</div>" for n, c in posts)
    return ('<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>بازگشت نوجوانان به تهران'
            ' | پایگاه نمونه</title></head><body><header><a href="/" class="logo">پایگاه نمونه</a><nav><ul>'
            '<li><a href="/">خانه</a></li><li><a href="/s/1">ورزش</a></li></ul></nav></header><div class="wrap">'
            '<article><header><h1>بازگشت نوجوانان به تهران</h1><time datetime="2022-04-30">شنبه 10 اردیبهشت 1401'
            f'</time></header>{story}<p><strong>گزیده‌ها</strong></p><div><a href="/n/0">خبر یکم درباره بازار'
            ' امروز</a><br><a href="/n/1">خبر دوم درباره هوای فردا</a><br><a href="/n/2">خبر سوم درباره جام'
            f' جهانی</a></div><p><strong>{THREAD_HEAD}</strong></p>{thread}</article></div><footer><p>تمام حقوق'
            ' برای پایگاه نمونه محفوظ است.</p></footer></body></html>')


def test_a_heading_over_a_thread_cut_post_by_post_goes_with_it():
    # each comment is a block of its own under the article, so no one widget holds the thread; the
    # bold heading over it, with everything under it cut, would end the story over nothing
    got = extract(_thread_page())
    assert THREAD_HEAD not in got.paragraphs
    assert [ink(p) for p in got.paragraphs] == [ink(p) for p in THREAD_STORY], got.paragraphs
