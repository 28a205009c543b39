"""Headlines and dates in header forms the family sets rarely show: a site header's date of the
visit without «امروز», the story's date under it alone, two-digit years, a site's name only in its
logo's image. Pages written for these tests (the bench set of the same forms: ``head_layouts.py``)."""
from __future__ import annotations

import jdatetime
import pytest

from conftest import read_rows, refine_site, story_bodies
from palayesh import extract, refine
from palayesh.textkeys import line_key

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
WD = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
SITE = ["ورزش‌نگار امروز", "خانه | فوتبال | والیبال | کشتی | بسکتبال | تماس با ما"]
FOOT = "تمامی حقوق برای ورزش‌نگار امروز محفوظ است"
PAGES = 10


def _words(j: jdatetime.date) -> str:
    """«شنبه ۲۲ مرداد ۱۴۰۱»: a date as a site's header prints it."""
    return ("%s %d %s %d" % (WD[j.weekday()], j.day, JM[j.month - 1], j.year)).translate(FA)


def _days() -> list[jdatetime.date]:
    return [jdatetime.date(1401, 1 + i, 3 + 2 * i) for i in range(PAGES)]


def _headline(paras: list[str]) -> str:
    return " ".join(paras[1].split()[:7]).strip("،.:")


def test_the_visits_date_under_the_menu_is_no_storys(tmp_path):
    # the site's header shows the day of the visit under its menu, unlabelled, the same on every
    # page; the trail «خانه > فوتبال > <headline>» opens the story's header under it; the story's
    # own date stands alone under its last paragraph: the run shows the header's day on all pages
    today = _words(jdatetime.date(1401, 11, 20))
    bodies, days = story_bodies(PAGES, 3), _days()
    pages = [[*SITE, today, "خانه > فوتبال > " + _headline(b), _headline(b), *b, _words(d), "اشتراک‌گذاری", FOOT]
             for b, d in zip(bodies, days)]
    rows = refine_site(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["published"] for i in range(PAGES)]
    assert got == [d.togregorian().isoformat() for d in days]


def test_a_header_date_of_one_day_dates_the_story_when_nothing_else_does(tmp_path):
    # every page of the crawl published that day and dated in its header only: the day stays the
    # story's (the run shows it on all pages, but the pages name no other date)
    day = jdatetime.date(1401, 11, 20)
    bodies = story_bodies(PAGES, 3)
    pages = [[*SITE, _headline(b), _words(day), *b, "اشتراک‌گذاری", FOOT] for b in bodies]
    rows = refine_site(tmp_path, pages)
    assert {rows[f"p{i:02d}"]["published"] for i in range(PAGES)} == {day.togregorian().isoformat()}


HEADLINE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
STORY = ["به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
         "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین شده است."]


def _logo_page(logo: str, title: str, og: str, meta: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{og}'>{meta}</head><body>"
            f"<header>{logo}<nav><a href='/'>خانه</a> | <a href='/s/1'>سیاسی</a> | <a href='/s/2'>اقتصادی</a></nav>"
            f"</header><main><article><div class='date'>۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</div><div class='b'>{story}</div>"
            "</article></main></body></html>")


@pytest.mark.parametrize("logo,meta", [
    ("<a href='/'><img src='/logo.png' alt='بازار فردا'></a>", ""),
    ("<div class='logo'><img src='/l.svg' alt='بازار فردا'></div>", ""),
    ("<div class='logo'><img src='/l.svg'></div>", "<meta property='og:site_name' content='بازار فردا'>"),
], ids=["a home link's image", "the header's first image", "og:site_name"])
@pytest.mark.parametrize("title,og", [
    (f"{HEADLINE} | بازار فردا", f"بازار فردا | {HEADLINE}"),
    (f"بازار فردا - {HEADLINE}", f"{HEADLINE} - بازار فردا"),
], ids=["headline | site", "site - headline"])
def test_the_sites_name_only_in_its_logos_image_cuts_the_title_bar(logo, meta, title, og):
    # the headline shows in the head only (<title>, og:title, each beside the site's name), the
    # site's name in no text of the page: its logo is an image, whose alt text (or the site name
    # the page gives machines) names it
    assert extract(_logo_page(logo, title, og, meta)).title == HEADLINE


def test_an_image_in_the_story_names_no_site():
    # an image under the headline's element, in the story: its alt is no name of the site
    logo = "<div class='logo'>بازار فردا</div>"
    page = _logo_page(logo, f"{HEADLINE} | ویژه", f"{HEADLINE} | ویژه").replace(
        "<div class='b'>", "<div class='b'><img src='/p.jpg' alt='ویژه'>")
    assert extract(page).title == f"{HEADLINE} | ویژه"


def _dated_under(after: str, header: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{HEADLINE}</title></head><body><header><div class='logo'>بازار فردا</div>"
            f"{header}</header><main><article><h1>{HEADLINE}</h1><div class='b'>{story}{after}</div>"
            "</article></main><footer>تمامی حقوق محفوظ است</footer></body></html>")


@pytest.mark.parametrize("after", [
    "<p>پنج‌شنبه ۲۵ خرداد ۱۴۰۲</p>",
    "<div class='d'>۱۴۰۲/۰۳/۲۵ - ۱۰:۲۰</div><div class='share'>اشتراک‌گذاری</div>",
], ids=["in a paragraph", "in a block over the share buttons"])
def test_html_the_storys_date_alone_under_its_last_paragraph(after):
    # the story's one date stands alone under its last paragraph (the site's header shows the day
    # of the visit): as a flat page's date under its story, it dates the page
    got = extract(_dated_under(after, "<div class='today'>شنبه ۲۲ مرداد ۱۴۰۱</div>")).published
    assert got is not None and got.startswith("2023-06-15")


@pytest.mark.parametrize("after", [
    "<h3>مطالب مرتبط</h3><ul><li><a href='/n/2'>افزایش قیمت نان در استان</a><span>۲۵ خرداد ۱۴۰۲</span></li></ul>",
    "<div class='c'><b>مریم</b><span>۲۵ خرداد ۱۴۰۲</span><p>خیلی خوب بود</p></div>",
], ids=["a related item's", "a comment's"])
def test_html_a_date_under_a_headline_or_name_after_the_story_dates_nothing(after):
    assert extract(_dated_under(after)).published is None


def test_html_the_storys_date_under_it_when_no_element_shows_the_headline():
    # the headline in the <title> only: the date alone under the last paragraph still dates it
    page = _dated_under("<p>پنج‌شنبه ۲۵ خرداد ۱۴۰۲</p>").replace(f"<h1>{HEADLINE}</h1>", "")
    assert (extract(page).published or "").startswith("2023-06-15")


def _short(j: jdatetime.date, order: str) -> str:
    """«۰۵/۱۱/۰۱ - ۰۸:۳۵»: a date with a two-digit year, day first («dmy») or year first («ymd»)."""
    a, c = (j.day, j.year % 100) if order == "dmy" else (j.year % 100, j.day)
    return ("%02d/%02d/%02d - 08:35" % (a, j.month, c)).translate(FA)


#: days of a 1400s crawl: four a page can only be read one way (a day of 10 or more), four that
#: read as a date either way («۰۵/۱۱/۰۱»: 5 Bahman 1401 day first, 1 Bahman 1405 year first)
SHORT_DAYS = [jdatetime.date(*d) for d in ((1401, 3, 14), (1402, 7, 21), (1400, 9, 18), (1403, 2, 25),
                                           (1401, 11, 5), (1402, 6, 3), (1400, 12, 7), (1403, 4, 2))]


@pytest.mark.parametrize("order", ["dmy", "ymd"])
def test_a_two_digit_year_either_end_is_read_in_the_order_the_sites_other_pages_show(tmp_path, order):
    # «۰۵/۱۱/۰۱» alone is a date either way: the site's other pages, whose day is 10 or more
    # («۱۴/۰۳/۰۱»: no two-digit year of the 1400s stands first; «۰۱/۰۳/۱۴»), tell which end holds the day
    bodies = story_bodies(len(SHORT_DAYS), 3)
    pages = [[*SITE, _headline(b), _short(d, order), *b, "اشتراک‌گذاری", FOOT] for b, d in zip(bodies, SHORT_DAYS)]
    rows = refine_site(tmp_path, pages)
    got = [(rows[f"p{i:02d}"]["published"] or "")[:10] for i in range(len(SHORT_DAYS))]
    assert got == [d.togregorian().isoformat() for d in SHORT_DAYS]


def test_a_sites_short_date_order_holds_beside_a_site_that_writes_the_other_way(tmp_path):
    # two sites in one run, one day first, one year first, both with a share button's line over
    # their footer: the pages of both under that line are no site's, each site's own order decides
    other = ["دیده‌بان شهر", "صفحه اول | استان | شهرستان | گزارش | ارتباط با ما"]
    foot = "کلیه حقوق برای دیده‌بان شهر محفوظ است"
    bodies = story_bodies(2 * len(SHORT_DAYS), 3)
    pages = [[*SITE, _headline(b), _short(d, "dmy"), *b, "اشتراک‌گذاری", FOOT]
             for b, d in zip(bodies, SHORT_DAYS)]
    pages += [[*other, _headline(b), _short(d, "ymd"), *b, "اشتراک‌گذاری", foot]
              for b, d in zip(bodies[len(SHORT_DAYS):], SHORT_DAYS)]
    rows = refine_site(tmp_path, pages)
    got = [(rows[f"p{i:02d}"]["published"] or "")[:10] for i in range(len(pages))]
    assert got == [d.togregorian().isoformat() for d in SHORT_DAYS] * 2


def _row_over_h1_site(tmp_path, today: str | None, dates: list[jdatetime.date]) -> dict:
    """A site of HTML pages whose story's date, with no clock time, stands in a row over its ``<h1>``
    (under the header's unlabelled date ``today``, if any); no other date, no metadata. The kept rows."""
    from conftest import read_rows
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    top = f"<div class='top'>{today}</div>" if today else ""
    for i, (paras, d) in enumerate(zip(story_bodies(len(dates), 3), dates)):
        body = "".join(f"<p>{p}</p>" for p in paras)
        (src / f"p{i:02d}.html").write_text(
            f"<html><head><title>{_headline(paras)} | گلدان‌نامه</title></head><body>"
            f"<header><div>گلدان‌نامه</div>{top}</header><main><article>"
            f"<div class='head'><span class='row'>{_words(d)}</span><h1>{_headline(paras)}</h1></div>"
            f"<div class='txt'>{body}</div></article></main>"
            "<footer>همه حقوق برای گلدان‌نامه محفوظ است.</footer></body></html>", encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out")}


def test_html_a_storys_date_with_no_clock_over_its_h1_dates_it_when_the_run_shows_it_varies(tmp_path):
    # each page's own day in a row over its <h1>, under the header's date of the visit: the run
    # shows the row's day above one page each, the header's above all
    days = _days()
    rows = _row_over_h1_site(tmp_path, _words(jdatetime.date(1401, 11, 20)), days)
    assert [rows[f"p{i:02d}"]["published"] for i in range(PAGES)] == [d.togregorian().isoformat() for d in days]


def test_html_the_same_day_over_every_h1_dates_no_story(tmp_path):
    # the same unlabelled day over every page's <h1>: the header's «today», whatever its place
    rows = _row_over_h1_site(tmp_path, None, [jdatetime.date(1401, 11, 20)] * PAGES)
    assert {rows[f"p{i:02d}"]["published"] for i in range(PAGES)} == {None}


def test_html_a_lone_page_keeps_a_date_with_no_clock_over_its_h1_out(tmp_path):
    # one page of its site: nothing tells the story's date from the header's day
    rows = _row_over_h1_site(tmp_path, None, [jdatetime.date(1401, 5, 7)])
    assert rows["p00"]["published"] is None


def test_html_the_visits_day_over_the_headline_on_a_crawl_of_days_is_no_storys(tmp_path):
    # the header's bare day of the visit right above the <h1> (the menu above it), on a crawl of
    # five days: each day on a fifth of the site's pages, as a story's day would be; the story's own
    # date alone under its last paragraph dates it
    visits = [jdatetime.date(1402, 3, 1 + d) for d in range(5)]
    bodies, days = story_bodies(PAGES, 3), _days()
    src = tmp_path / "pages"
    src.mkdir()
    for i, (b, d) in enumerate(zip(bodies, days)):
        story = "".join(f"<p>{p}</p>" for p in b)
        (src / f"p{i:02d}.html").write_text(
            f"<html><head><title>{_headline(b)}</title></head><body><div class='top'><a href='/'>{SITE[0]}</a>"
            "<ul><li><a href='/s/1'>فوتبال</a></li><li><a href='/s/2'>والیبال</a></li></ul></div><div class='main'>"
            f"<span class='t7'>{_words(visits[i % len(visits)])}</span><h1>{_headline(b)}</h1><div class='b'>{story}"
            f"</div><div class='d9'>{_words(d)}</div></div><footer>{FOOT}</footer></body></html>", encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    assert [rows[f"p{i:02d}"]["published"] for i in range(PAGES)] == [d.togregorian().isoformat() for d in days]


def _bar_page(title: str, h1: str = "", og: str | None = None) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    meta = "" if og is None else f"<meta property='og:title' content='{og}'>"
    return (f"<html><head><title>{title}</title>{meta}</head><body><header><div class='logo'>بازار فردا</div>"
            "<nav><a href='/'>خانه</a> | <a href='/s/1'>سیاسی</a> | <a href='/s/2'>اقتصادی</a></nav></header>"
            f"<main><article>{h1}<div class='date'>۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</div><div class='b'>{story}</div>"
            "</article></main></body></html>")


@pytest.mark.parametrize("title", [
    f"بازار فردا » اقتصادی » {HEADLINE}",  # the site's name, the section, the headline
    f"{HEADLINE} | اقتصادی | بازار فردا",  # the other way round
], ids=["site » section » headline", "headline | section | site"])
def test_a_title_bar_of_three_parts_gives_the_headline_past_its_section(title):
    # the headline only in the <title>, the site's name (shown in the logo) at one end and a section
    # between, parted by the same mark as a trail's items: the part past the section
    assert extract(_bar_page(title)).title == HEADLINE


def test_a_dash_in_a_headline_beside_the_sites_name_stays():
    # «آث میلان - اینتر - بازار فردا»: a dash parts the site's name and is in the headline too
    headline = "پیش بازی آث میلان - اینتر در ورزشگاه سن سیرو"
    assert extract(_bar_page(f"{headline} - بازار فردا")).title == headline


@pytest.mark.parametrize("h1", [
    f"<h1>گزارش| {HEADLINE}</h1>",  # a series' label its mark ends
    f"<h1><span class='rotitr'>گزارش خبرنگار ما از تبریز</span> {HEADLINE}</h1>",  # a kicker in its own element
], ids=["label|", "kicker element"])
def test_a_label_the_h1_shows_before_the_og_title_is_no_headlines(h1):
    # the <h1> shows a label before the headline that og:title gives alone: the headline is og:title's
    assert extract(_bar_page(f"{HEADLINE} | بازار فردا", h1, og=HEADLINE)).title == HEADLINE


def test_a_label_in_og_title_stays_out_of_the_h1s_headline():
    # the other way round: og:title carries a label the <h1> does not show; the <h1> is the headline
    assert extract(_bar_page(f"فیلم | {HEADLINE} - بازار فردا", f"<h1>{HEADLINE}</h1>",
                             og=f"فیلم | {HEADLINE}")).title == HEADLINE



def test_a_source_under_the_meta_block_is_no_headline_whatever_the_counters_label():
    # «<headline> / ۸ ساعت پیش / جد مطلب: ۲۸۲۲۵۴ / آفت | ذخیره / <a source's name>»: the counter's
    # label is a word no lexicon knows (a line of chrome), but the run shows the counter in the same
    # slot of every page of the site: the block under the headline is its meta block, and the short
    # line under the block (a source's name) no headline
    from palayesh.extract.text import CHROME, META, NAV, SHORT, Line, _headline_over_meta
    from palayesh.textkeys import line_key

    def line(text, kind, recurs=False):
        return Line(text, line_key(text), len(text.split()), kind, recurs=recurs, share=1.0 if recurs else 0.0)

    lines = [line("عنوان نخست گلنوش سبقت الهی در هفته دوم", SHORT), line("۸ ساعت پیش", META),
             line("جد مطلب: ۲۸۲۲۵۴", CHROME, recurs=True), line("آفت | ذخیره | ارسال به دوستان", NAV, recurs=True),
             line("سایت انجمن پارلمان حاضرین", SHORT)]
    assert _headline_over_meta(lines, 4, 5) == 0
    # a channel's name over its handle and member count «۳۲۰ هزار عضو» (unlabelled, on every page of
    # the mirror): no meta block of a story, the line under it stays
    channel = [line("تیتر یک پلاس خبر", SHORT), line("@akhbar24", CHROME, recurs=True),
               line("۳۲۰ هزار عضو", CHROME, recurs=True), line("سایت انجمن پارلمان حاضرین", SHORT)]
    assert _headline_over_meta(channel, 3, 4) is None


@pytest.mark.parametrize("label", ["عنوان خبر", "تیتر"])
def test_a_sites_label_before_every_headline_is_cut(tmp_path, label):
    # every page writes «<label>: <headline>» over the story's date (a headline with a number, one
    # ending with a bracket «(عکس)» too):
    # the template knows the label on all the site's pages, the headline after it on one
    bodies, days = story_bodies(PAGES, 3), _days()
    heads = [_headline(b) + ["", " در سال ۲۰۱۴", " (عکس)"][i % 3] for i, b in enumerate(bodies)]
    pages = [[*SITE, f"{label}: {h}", _words(d) + " - ۱۰:۲۰".translate(FA), *b, "اشتراک‌گذاری", FOOT]
             for h, b, d in zip(heads, bodies, days)]
    rows = refine_site(tmp_path, pages)
    assert [line_key(rows[f"p{i:02d}"]["title"] or "") for i in range(PAGES)] == [line_key(h) for h in heads]


def test_a_headline_that_names_its_day_over_the_storys_date(tmp_path):
    # a press review's headline names its own day («صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲»): a
    # date line by its words, but a phrase runs into the date and the story's own date line of that
    # day stands right under it; the site's header shows the day of the visit above
    bodies, days = story_bodies(PAGES, 3), _days()
    heads = ["صفحه نخست روزنامه‌های " + _words(d) for d in days]
    pages = [[*SITE, "امروز: " + _words(jdatetime.date(1401, 11, 20)), h,
              ("%d %s %d - ۰۷:۰۸" % (d.day, JM[d.month - 1], d.year)).translate(FA), *b, "اشتراک‌گذاری", FOOT]
             for h, b, d in zip(heads, bodies, days)]
    rows = refine_site(tmp_path, pages)
    assert [line_key(rows[f"p{i:02d}"]["title"] or "") for i in range(PAGES)] == [line_key(h) for h in heads]
    assert [rows[f"p{i:02d}"]["published"][:10] for i in range(PAGES)] == [d.togregorian().isoformat() for d in days]


def test_a_listed_item_with_its_date_over_the_storys_date_is_no_headline():
    # «title - date» (a field's break between the words and the date) is an item of a list, and a
    # phrase over a date line of another day names no day of the story's
    from palayesh.extract.text import _names_its_day, classify

    item = [classify(t) for t in ("همایش ملی آب و خاک - ۱۰ آذر ۱۴۰۲", "۱۰ آذر ۱۴۰۲ - ۰۷:۰۸")]
    other_day = [classify(t) for t in ("صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲", "۱۱ آذر ۱۴۰۲ - ۰۷:۰۸")]
    assert not _names_its_day(item, 0, 2)
    assert not _names_its_day(other_day, 0, 2)
