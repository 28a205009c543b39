"""DOM evidence for the HTML body (:func:`palayesh.extract.htmlbody.dom_chrome`): what the page's
elements say of a line when its words say nothing. Each page here has a widget inside the article,
worded as no phrase list knows it, on a site seen once (no template to learn from): only the DOM
tells it from the story. The story must come through whole, the widget not at all.
"""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.extract.html import _project, _story_item
from palayesh.extract.htmlbody import select_body
from palayesh.extract.pagetext import PageText, html_lines, ink
from palayesh.textkeys import line_key

TITLE = "شورای شهر طرح تازه حمل و نقل عمومی را تصویب کرد"
STORY = [
    "به گزارش خبرنگار ما، نشست شورای شهر امروز با حضور همه اعضا و شهردار برگزار شد و چند طرح تازه بررسی شد.",
    "در این نشست طرح توسعه حمل و نقل عمومی با رای موافق اکثریت اعضا به تصویب رسید و برای اجرا ابلاغ شد.",
    "شهردار نیز گزارشی از پیشرفت پروژه‌های عمرانی در نیمه نخست سال ارائه کرد و از همکاری اعضا قدردانی کرد.",
    "بر پایه این طرح شمار اتوبوس‌های خطوط شهری تا پایان سال آینده دو برابر خواهد شد و ایستگاه‌های تازه‌ای ساخته می‌شود.",
]
#: another site's headlines, as a related box lists them
HEADLINES = ["بارش برف راه‌های شمالی استان را بست", "نمایشگاه کتاب کودکان از شنبه گشایش می‌یابد",
             "قیمت میوه در بازار شب عید کاهش یافت"]
#: readers' comments: sentences, as long as the story's
COMMENTS = ["به نظر من این طرح سال‌ها دیر تصویب شد و مردم محله ما هنوز برای رسیدن به ایستگاه راه زیادی می‌روند.",
            "امیدوارم این بار وعده‌ها عملی شود چون پارسال هم همین حرف‌ها را درباره اتوبوس‌های تازه زده بودند."]


def _p(ps) -> str:
    return "".join(f"<p>{p}</p>" for p in ps)


def _page(article: str) -> str:
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>%s</title></head><body>'
            '<header><a href="/">پایگاه آزمایشی</a></header><main><article><h1>%s</h1>%s</article></main>'
            '<footer><p>همه حقوق محفوظ است.</p></footer></body></html>') % (TITLE, TITLE, article)


def _links(items) -> str:
    return "".join(f'<li><a href="/n/{i}">{t}</a></li>' for i, t in enumerate(items))


def _check(article: str, chrome: list[str]):
    a = extract(_page(article))
    text = [ink(p) for p in a.paragraphs]
    missing = [s[:30] for s in STORY if ink(s) not in text]
    leaked = [c for c in chrome if any(ink(c) in p for p in text)]
    assert not missing and not leaked, (missing, leaked, a.paragraphs)


def _kept(article: str, left_out=(), roles: dict | None = None, use_dom: bool = True) -> list[str]:
    """The body, by the DOM evidence, of the article's visible lines as if the main-content
    extractor had kept them all but ``left_out``: the mechanisms without the extractor's choices;
    ``roles``: what a site template says of some lines."""
    page = PageText.from_html(_page(article), dom=True)
    text = "\n".join(ln for ln in page.lines if ln not in left_out and ln != TITLE)
    lines, dom = _project(page, text)
    got = [(roles or {}).get(ln) for ln in lines]
    return [ink(p) for p in select_body(lines, line_key(TITLE), "", got, dom if use_dom else None).paragraphs]


def _check_kept(article: str, chrome: list[str], left_out=()):
    text = _kept(article, left_out)
    missing = [s[:30] for s in STORY if ink(s) not in text]
    leaked = [c for c in chrome if any(ink(c) in p for p in text)]
    assert not missing and not leaked, (missing, leaked, text)


@pytest.mark.parametrize("widget", [
    # a box of linked headlines under a heading of the site's own wording, between paragraphs
    '<div class="w-1"><h4>گلچین ما برای شما</h4><ul>%s</ul></div>' % _links(HEADLINES),
    # the same headlines as <br>-separated links in one bare <div>
    "<div>%s</div>" % "<br>".join(f'<a href="/n/{i}">{t}</a>' for i, t in enumerate(HEADLINES)),
])
def test_blocks_of_links_are_no_story(widget):
    _check(_p(STORY[:2]) + widget + _p(STORY[2:]), HEADLINES)


def test_a_box_with_a_form_is_no_story():
    box = ('<div class="w-2"><h4>نامه هفتگی</h4><p>گزیده خبرهای شهر را هر صبح پیش از شروع کار در صندوق '
           'نامه‌های خود بخوانید و از هیچ رویدادی جا نمانید.</p><form><input type="email"><button>بفرست</button>'
           '</form></div>')
    _check(_p(STORY[:2]) + box + _p(STORY[2:]), ["گزیده خبرهای شهر را هر صبح"])


def test_prose_apart_after_the_story_is_no_story():
    """Readers' comments after the story's container: sentences of another part of the page."""
    comments = "".join(f'<li><div class="n">کاربر</div><p>{c}</p></li>' for c in COMMENTS)
    article = '<div class="w-6">%s</div><div class="w-5"><h3>گفت‌وگو (۲)</h3><ol>%s</ol></div>' % (
        _p(STORY), comments)
    _check(article, COMMENTS)


def test_prose_of_another_element_after_the_story_is_no_story():
    """Comments as bare <div>s among the story's <p>s, after its last paragraph (the extractor
    kept every line here)."""
    comments = "".join(f"<div><b>کاربر</b> نوشته:</div><div>{c}</div>" for c in COMMENTS)
    _check_kept(_p(STORY) + comments, COMMENTS)


def test_prose_in_a_part_of_its_own_after_the_story_is_no_story():
    """Comments in a <section> inside the story's container, after its last paragraph."""
    comments = "<section><h3>گفت‌وگو</h3>%s</section>" % _p(COMMENTS)
    _check_kept(_p(STORY) + comments, COMMENTS)


def test_a_list_ending_the_story_is_the_story():
    """The story's own list (a bare <ul>) after its last paragraph stays."""
    items = ["نخست افزایش شمار اتوبوس‌ها در خطوط پرمسافر شهر تا پایان سال آینده",
             "دوم ساخت ایستگاه‌های تازه در محله‌های دور از مرکز شهر"]
    assert all(ink(x) in _kept(_p(STORY) + "<ul>%s</ul>" % "".join(f"<li>{x}</li>" for x in items)) for x in items)


def test_heading_of_a_link_list():
    """A short line right before two links of one list is the list's heading, not a subheading
    (the extractor kept every line here)."""
    box = "<p>پیوندهای سودمند</p><div>%s</div>" % "<br>".join(
        f'<a href="/n/{i}">{t}</a>' for i, t in enumerate(HEADLINES))
    _check_kept(_p(STORY) + box, ["پیوندهای سودمند"] + HEADLINES)


def test_heading_of_a_widget_the_extractor_left_out():
    """The extractor left out a list of links after the story but kept its bold heading."""
    box = "<p><strong>پیوندهای سودمند</strong></p>" + "".join(
        f'<div class="x"><a href="/n/{i}">{t}</a></div>' for i, t in enumerate(HEADLINES))
    _check_kept(_p(STORY) + box, ["پیوندهای سودمند"], left_out=HEADLINES)
    # a short last line of the story, not a heading, before links the extractor left out stays
    assert ink("عکس‌ها از رضا کاظمی") in _kept(_p(STORY) + "<p>عکس‌ها از رضا کاظمی</p>" + box[
        len("<p><strong>پیوندهای سودمند</strong></p>"):], left_out=HEADLINES)


def test_the_story_is_never_cut():
    """A lead in an element of its own above the story's classed container, a short last line of
    the story followed by links, readers' comments outside: the story stays whole."""
    comments = "".join(f'<div class="c">{c}</div>' for c in COMMENTS)
    article = ('<p class="summary">%s</p><div class="matn">%s<p>عکس‌ها از رضا کاظمی</p></div>'
               '<div class="staff"><a href="/a/1">خبرنگار: مریم احمدی</a></div><div class="share"><a href="#">تلگرام'
               '</a> <a href="#">واتساپ</a></div>%s') % (STORY[0], _p(STORY[1:]), comments)
    a = extract(_page(article))
    text = [ink(p) for p in ([a.lead] if a.lead else []) + a.paragraphs]
    missing = [s[:30] for s in STORY + ["عکس‌ها از رضا کاظمی"] if ink(s) not in text]
    assert not missing, (missing, a.paragraphs)


def test_a_heading_also_in_the_table_of_contents():
    """A subheading whose words are also a link of the table of contents above it, which the
    extractor left out: the line is the subheading (the block that is the line whole and no
    link), not the link."""
    toc = '<div class="toc"><div><a href="#h1">۱. گام بعدی</a></div><div><a href="#h2">۲. پایان کار</a></div></div>'
    article = _p(STORY[:1]) + toc + "<h2>گام\u00a0بعدی</h2>" + _p(STORY[1:])
    assert "گامبعدی" in _kept(article, left_out=("۱. گام بعدی", "۲. پایان کار"))


@pytest.mark.parametrize("markup", [
    "<div>خبر <a href='#'>تازه</a><br>می&zwnj;شود</div><pre>الف\nب</pre><p>پایان <b>کار</b></p>",
    "<ul><li><a href='/1'>یک</a></li><li>دو <a href='/2'>سه</a> چهار</li></ul><!-- x -->پس از آن",
])
def test_dom_blocks_are_the_page_lines(markup):
    """The DOM reading gives the same lines as :func:`html_lines`, each with its element and the
    share of it inside links."""
    page = PageText.from_html(markup, dom=True)
    assert page.lines == html_lines(markup)
    assert page.blocks is not None and len(page.blocks.owners) == len(page.lines)
    for line, linked, size in zip(page.lines, page.blocks.linked, page.blocks.sizes):
        assert 0 <= linked <= size == len(line) - line.count(" ")
    if "یک" in page.lines:
        i = page.lines.index("یک")
        assert page.blocks.linked[i] == page.blocks.sizes[i] and page.blocks.owners[i].tag == "li"


def test_a_subheading_the_template_took_for_chrome():
    """A site that gives its stories the same subheadings: the template learns them as the site's
    chrome; a heading element of the story's container right above a story paragraph is the
    story's subheading all the same. A recurring heading in a box of its own stays chrome."""
    head = "پرسش‌های رایج"
    article = _p(STORY[:2]) + f"<h3>{head}</h3>" + _p(STORY[2:])
    assert ink(head) not in _kept(article, roles={head: "chrome"}, use_dom=False)
    assert ink(head) in _kept(article, roles={head: "chrome"})
    boxed = _p(STORY[:2]) + f'<div class="w"><h3>{head}</h3></div>' + _p(STORY[2:])
    assert ink(head) not in _kept(boxed, roles={head: "chrome"})


def test_a_short_last_paragraph_over_the_rows_under_the_story_is_the_storys():
    # the story's one-sentence last paragraph, a <p> like the others of its container, right above
    # the rows of the post under it (the end marker, a credit, a code, share buttons): it heads no
    # widget, it closes the story
    last = "مقصد او هنوز مشخص نیست."
    rows = "".join(f"<div><span>{t}</span></div>" for t in ["/د", "منبع خبر: سایت ورزش سه", "کد مطلب: ۲۹۶۳۶۴۶",
                                                          "تلگرام", "واتساپ", "کپی لینک"])
    article = f'<div class="entry-content">{_p(STORY)}<p>{last}</p></div><div class="post">{rows}</div>'
    assert _kept(article)[-1] == ink(last)
    # a heading written as one (in bold) over a list under the story still heads it
    box = "".join(f'<div><a href="/n/{i}">{t}</a></div>' for i, t in enumerate(HEADLINES[:2]))
    box = f'<div class="more">{box}</div>'
    article = f'<div class="entry-content">{_p(STORY)}<p><b>پیشنهاد ما</b></p></div>{box}'
    assert _kept(article)[-1] == ink(STORY[-1])


def test_a_page_of_headlines_under_dates_is_a_listing_whatever_the_trim_keeps():
    # a search or archive page: the extractor's lines are headlines, each under its date, its
    # relative time or a «more» link, and no prose; short headlines «X: Y» read like the labels of a
    # header and the trim keeps only the longer ones, but the page is a listing all the same: no body
    items = ["مربی تیم: نباید راحت ببازیم", "۱۱ بهمن ۱۳۹۸", HEADLINES[0], "ادامه مطلب",
             "رسمی: بازگشت هافبک به تیم سابق", "۱۵ دقیقه پیش", "وزیر: طرح تازه اجرا می‌شود", "۱ اسفند ۱۳۹۸",
             "امیدواریم در آسیا موفق باشیم", "۱ روز پیش", HEADLINES[1], "ادامه مطلب",
             "شهردار: پل تازه باز شد", "ادامه مطلب"]
    page = ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>سفربازار</title></head><body>'
            '<header><a href="/">سفربازار</a></header><main><header><div><span>نتایج جستجو</span></div></header>'
            '<div class="card-body entry-content">%s</div><div><span>۱ ۲ ۳ ... ۲۰ بعدی</span></div></main>'
            '<footer><p>نقل مطالب با ذکر منبع آزاد است.</p></footer></body></html>') % _p(items)
    assert extract(page).paragraphs == []


#: a story's points as a bulleted list between its paragraphs (no links), which the main-content
#: extractor passes by
POINTS = ["▪️ دروازه‌بان تیم ما بی‌دلیل از زمین بازی اخراج شد و داور هیچ توضیحی نداد.",
          "▪️ داور برای بازی پنج دقیقه وقت اضافه اعلام کرد ولی زمان خیلی بیشتری گرفت.",
          "▪️ کمیته انضباطی تاکنون به هیچ‌یک از شکایت‌های باشگاه پاسخ نداده است."]


@pytest.mark.parametrize("links", [False, True])
def test_a_list_between_the_storys_paragraphs_is_the_storys_unless_it_is_links(links):
    # the extractor drops the list that stands right in the story's container between two of its
    # paragraphs; the DOM puts its items back, in place: a list of links there (a related box) stays out
    items = "".join(f"<li><a href='/news/{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES)) if links \
        else "".join(f"<li>{x}</li>" for x in POINTS)
    page = (f"<html><body><div class='col-md-8'><h1>{TITLE}</h1><div class='news-body'>"
            + "".join(f"<p>{p}</p>" for p in STORY[:2]) + f"<ul>{items}</ul>"
            + "".join(f"<p>{p}</p>" for p in STORY[2:]) + "</div></div></body></html>")
    got = extract(page).paragraphs
    assert got == (STORY if links else STORY[:2] + POINTS + STORY[2:])


def test_a_lone_list_item_is_no_lists():
    # a stock photo's caption in an <li> of its own, right in the story's container, is no item of a
    # list there; an <li> of a <ul> and a cell of a <table> are
    import lxml.html

    box = lxml.html.fromstring("<div><p>الف</p><li>عکس تزئینی است</li><ul><li>بند</li></ul>"
                               "<table><tr><td>خانه</td></tr></table><div><ul><li>ویجت</li></ul></div></div>")
    lone, item, cell, widget = (box.xpath(x)[0] for x in ("./li", "./ul/li", ".//td", "./div//li"))
    assert not _story_item(lone, box) and _story_item(item, box) and _story_item(cell, box)
    assert not _story_item(widget, box)


@pytest.mark.parametrize("divs", [1, 2, 3])
def test_div_paragraphs_before_the_ps_of_one_container_are_the_story(divs):
    """A body widget that writes its first paragraphs as classed <div>s and the rest as <p>s in one
    container: the <div>s are the story (the dateline with them), whatever their tag; the
    extractor keeps only the <p>s. One <div> alone, the dateline paragraph, too: it opens the
    container, above every paragraph (tdev: a page builder's body widget)."""
    body = "".join(f'<div class="t8">{p}</div>' for p in STORY[:divs]) + _p(STORY[divs:])
    _check('<div class="w-body"><div class="inner">%s</div></div>' % body, [])
    _check('<div class="w-body"><div class="inner">%s</div></div>' % body + _comments_after(), COMMENTS)


#: a box the site sets in the story's container, worded as a sentence (a risk disclaimer)
DISCLAIMER = "هشدار: مطالب این پایگاه به هیچ وجه توصیه مالی نیست و پیش از هر تصمیمی با مشاور مشورت کنید."


@pytest.mark.parametrize("at", [2, 4])
def test_a_lone_classed_div_between_or_under_the_ps_stays_out(at):
    """A <div> of a class no other block of the container has, between the story's <p>s or under
    them, is a box of its own (a disclaimer, a promo): not put back as the one above them is."""
    body = _p(STORY[:at]) + f'<div class="w9">{DISCLAIMER}</div>' + _p(STORY[at:])
    _check('<div class="w-body"><div class="inner">%s</div></div>' % body, [DISCLAIMER])


def test_a_lone_classed_div_between_the_ps_is_the_story_when_the_run_knows_the_disclaimer(tmp_path):
    """A run of one site: every page sets the same disclaimer <div> between the story's <p>s (the
    run learns its words), and one page writes a paragraph of its own story as a <div> of a class
    no other block of its container has, between the <p>s too (tdev: a page builder's body
    widget). The run tells them apart by what its pages repeat: that paragraph is the story's,
    the disclaimer is not."""
    from conftest import read_rows, story_bodies
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    stories = story_bodies(8, paras=4)
    for i, story in enumerate(stories):
        own = f'<div class="bcz5">{story[1]}</div>' if i == 0 else _p(story[1:2])
        body = _p(story[:1]) + own + _p(story[2:3]) + f'<div class="w9">{DISCLAIMER}</div>' + _p(story[3:])
        (src / f"p{i:02d}.html").write_text(_page('<div class="w-body"><div class="inner">%s</div></div>' % body)
                                            .replace(TITLE, f"{TITLE} {i + 1}"), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert ink(stories[0][1]) in ink(rows["p00"]["text"]), rows["p00"]["text"]
    assert not any(ink(DISCLAIMER) in ink(r["text"]) for r in rows.values())


def test_div_paragraphs_around_the_ps_are_the_story():
    """<div> paragraphs before and after the <p>s (long ones: the extractor prefers one of them)."""
    long = [" ".join([s] * 12) for s in (STORY[0], STORY[3])]
    body = f'<div class="t8">{long[0]}</div>' + _p(STORY[1:3]) + f'<div class="t8">{long[1]}</div>'
    a = extract(_page('<div class="w-body">%s</div>' % body))
    assert [ink(p) for p in a.paragraphs] == [ink(long[0]), ink(STORY[1]), ink(STORY[2]), ink(long[1])]


def _comments_after() -> str:
    return "".join(f"<div><b>کاربر</b> نوشته:</div><div>{c}</div>" for c in COMMENTS)
