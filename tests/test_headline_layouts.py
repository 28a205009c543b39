"""Which line of a page's header is its headline, when the lines around it look like one: bylines
with an icon or «نوشته …», a trail that ends with the headline (whole or cut short with «..»), a
block of the site's own lines (a player's links, counters) between the headline and the story.
Layouts written from how Persian sites print a header, one case each (not from any family set)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import jdatetime
import pytest

from conftest import news_bodies, read_rows, refine_site, story_bodies
from palayesh import extract, refine
from palayesh.textkeys import line_key

STORY = ["به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
         "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین شده است.",
         "وی افزود: شهروندان می‌توانند نظرات خود را درباره این طرح‌ها از راه سامانه شهرداری به مسئولان برسانند."]
TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
TEHRAN = ZoneInfo("Asia/Tehran")
SITE = ["پایگاه خبری نمونه", "خانه | سیاسی | اقتصادی | اجتماعی | ورزشی | تماس با ما"]


def _page(head: list[str], tail: list[str] = ()) -> str:
    return "\n\n".join([*head, *STORY, *tail]) + "\n"


@pytest.mark.parametrize("name,head,published", [
    ("an icon before the author's name", [*SITE, TITLE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", "✍️ مریم احمدی"],
     "2022-10-06T10:20+03:30"),
    ("«نوشته» and a name", [*SITE, TITLE, "۱۴ مهر ۱۴۰۱", "نوشته مریم احمدی", "کد خبر: ۱۲۳۴۵"], "2022-10-06"),
    ("a trail ending in the headline over the meta lines",
     [*SITE, "ابتدا / اجتماعی / " + TITLE, "انتشار: ۱۴ مهر ۰۱ ساعت ۱۰:۲۰", "نوشته مریم احمدی", "کد خبر: ۱۲۳۴۵",
      "۱۲۳۴ نفر این مطلب را خوانده‌اند", TITLE], "2022-10-06T10:20+03:30"),
    ("... the trail's headline cut short",
     [*SITE, "ابتدا / اجتماعی / نشست شورای شهر با بررسی..", "انتشار: ۱۴ مهر ۰۱ ساعت ۱۰:۲۰", "نوشته مریم احمدی",
      "کد خبر: ۱۲۳۴۵", "۱۲۳۴ نفر این مطلب را خوانده‌اند", TITLE], "2022-10-06T10:20+03:30"),
    ("a reviewer's field between the byline and the date (a health site)",
     [*SITE, TITLE, "نویسنده: دکتر مریم احمدی", "بازبینی پزشکی: دکتر سارا کریمی", "تاریخ انتشار: ۱۴ مهر ۱۴۰۱"],
     "2022-10-06"),
    ("a quote headline right above the date stays", [*SITE, "اجتماعی", "رئیس شورا: طرح‌ها اجرا می‌شود",
                                                    "تاریخ انتشار: ۱۴ مهر ۱۴۰۱"], "2022-10-06"),
    ("... under a section label", [*SITE, "گروه: اجتماعی", "رئیس شورا: طرح‌ها اجرا می‌شود",
                                   "تاریخ انتشار: ۱۴ مهر ۱۴۰۱"], "2022-10-06"),
])
def test_the_headline_among_its_meta_lines(name, head, published):
    got = extract(_page(head))
    title = TITLE if TITLE in head else head[-2]
    assert (got.title, got.published) == (title, published), name
    assert got.paragraphs[-1] == STORY[-1] and len(got.paragraphs) + bool(got.lead) == len(STORY), name


def test_a_teaser_cut_short_is_no_paragraph():
    # «..» glued to the last word: a link's or a trail's text cut short, not the story's first paragraph
    got = extract(_page([*SITE, "ابتدا / اجتماعی / نشست شورای شهر با بررسی طرح‌های تازه برگزار شد و اعضا..", TITLE]))
    assert got.title == TITLE and (got.lead or got.paragraphs[0]) == STORY[0]


def _site_run(tmp_path, page, sep: str = "\n") -> tuple[dict, list[str]]:
    """A run of twelve pages of one site: ``page(i, paragraphs, headline)`` gives page ``i``'s lines
    (a story's first paragraphs and a headline of its own, from the corpus's news bodies), joined by
    ``sep``. Returns the run's rows by id (kept and rejected) and the headlines."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = [[p for p in b.split("\n") if len(p.split()) >= 12] for b in news_bodies()]
    bodies = [b for b in bodies if len(b) >= 4]
    titles = []
    for i, paras in enumerate(bodies[:12]):
        title = " ".join(paras[3].split()[:7]).strip("،.:")  # a headline of this story only
        titles.append(title)
        (src / f"p{i:02d}.txt").write_text(sep.join(page(i, paras, title)), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    return {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}, titles


PLATFORMS = ["اپل پادکست", "کست‌باکس", "اسپاتیفای", "کانال تلگرام"]


def test_the_headline_above_the_sites_own_block(tmp_path):
    # a podcast site: headline, episode, date, byline, code, counters, the player's links (the same
    # on every page), then the story: the headline is further above the story than usual, and only
    # the site's own lines stand between
    def page(i, paras, title):
        head = ["پادکست نمونه", "هر روز با پادکست فارسی", "خانه | اپیزودها | میزبانان | تماس", "مستند صوتی", title,
                "🎙 قسمت %d" % (i + 3), "تاریخ انتشار: ۱۰:۳۴ | ۱۴۰۱.۰۷.%02d" % (i + 1), "نوشته مریم احمدی",
                "کد خبر: %d" % (64500 + i), "%d نفر این مطلب را خوانده‌اند" % (300 + 17 * i), "مدت: ۲۶:%02d" % i,
                "دانلود فایل صوتی (%d مگابایت)" % (20 + i), "شنیدن در:", *PLATFORMS, "متن پیاده‌شده"]
        return [*head, *paras[:3], "مطالب مرتبط", "کلیه حقوق محفوظ است"]
    rows, titles = _site_run(tmp_path, page)
    for i, title in enumerate(titles):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"] or "") == line_key(title), (i, r["title"])
        day = jdatetime.date(1401, 7, i + 1).togregorian()
        assert r["published"] == datetime(day.year, day.month, day.day, 10, 34, tzinfo=TEHRAN).isoformat(
            timespec="minutes"), (i, r["published"])


def test_a_title_bar_over_the_sites_name_is_cut_to_the_headline(tmp_path):
    # the browser's title «<headline> | <site>» opens each page, the site's name under it (the same
    # on every page), the headline shown nowhere else: the bar's other side
    def page(i, paras, title):
        return [f"{title} | {SITE[0]}", SITE[0], SITE[1], "۱۴۰۱/۰۷/%02d - ۱۰:۳۴" % (i + 1), *paras[:3],
                "انتهای پیام"]
    rows, titles = _site_run(tmp_path, page)
    assert [line_key(rows[f"p{i:02d}"]["title"] or "") for i in range(len(titles))] == [line_key(t) for t in titles]


def test_a_title_bar_whose_site_no_line_names_is_cut_to_the_headline(tmp_path):
    # «<site> - <headline>» opens each page and no line shows the site's name alone (a logo's
    # image): the side the run shows beside every page's headline is the site's
    def page(i, paras, title):
        return [f"{SITE[0]} - {title}", SITE[1], "تاریخ: ۱۴۰۱/۰۷/%02d - ۱۰:۳۴" % (i + 1), *paras[:3], "انتهای پیام"]
    rows, titles = _site_run(tmp_path, page)
    assert [line_key(rows[f"p{i:02d}"]["title"] or "") for i in range(len(titles))] == [line_key(t) for t in titles]


@pytest.mark.parametrize("site_first", [False, True])
def test_a_series_name_before_most_headlines_is_the_headlines_not_the_sites(tmp_path, site_first):
    # a review site: «سریال شهرزاد - <episode>» heads ten of its twelve pages, and the browser's title
    # atop each shows that headline whole beside the site's name: the recurring «سریال شهرزاد» is
    # the headline's side, not the site's (the run sees it beside most headlines, as it would a name)
    def page(i, paras, title):
        head = ("سریال شهرزاد" if i % 6 else "سریال پایتخت") + " - " + title
        bar = f"{SITE[0]} - {head}" if site_first else f"{head} | {SITE[0]}"
        return [bar, SITE[0], SITE[1], head, "۱۴۰۱/۰۷/%02d - ۱۰:۳۴" % (i + 1), *paras[:3], "انتهای پیام"]
    rows, titles = _site_run(tmp_path, page)
    want = [("سریال شهرزاد" if i % 6 else "سریال پایتخت") + " - " + t for i, t in enumerate(titles)]
    assert [line_key(rows[f"p{i:02d}"]["title"] or "") for i in range(len(titles))] == [line_key(t) for t in want]


@pytest.mark.parametrize("below", ["آخرین به‌روزرسانی: ۱۶ مهر ۱۴۰۱", "بازبینی شده در ۱۶ مهر ۱۴۰۱",
                                   "Last updated: 8 October 2022", "مهلت ثبت‌نام: ۲۰ مهر ۱۴۰۱",
                                   "تاریخ عضویت: ۱۳۹۵/۰۲/۰۳"])
def test_a_headline_over_its_update_date_is_no_boxs_item(below):
    # a box of dated items above the headline, the headline over a date of its own that is not its
    # publication (a modification, a medical review, a deadline, a member's join date): the header
    # is still the article's, not the box's last dated item
    head = ["سلامت نیوز نمونه", "خانه | تغذیه | بیماری‌ها", "پربیننده‌ترین", "ده خوراکی مفید برای کنترل قند خون",
            "۱۰ مهر ۱۴۰۱", "ورزش روزانه و کاهش خطر دیابت نوع دو", "۹ مهر ۱۴۰۱", "تغذیه", "اشتراک‌گذاری در شبکه‌ها",
            TITLE, below]
    assert extract(_page(head)).title == TITLE


def _html_page(title: str, head: list[str]) -> str:
    blocks = "".join(f"<div class='k{i}'>{t}</div>" for i, t in enumerate(head))
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{title}</title></head><body><header><div>{SITE[0]}</div></header>"
            f"<main><article>{blocks}<div class='b'>{story}</div></article></main></body></html>")


@pytest.mark.parametrize("title", [f"{SITE[0]} - {TITLE}", f"{TITLE} | {SITE[0]}", f"{TITLE} – {SITE[0]}",
                                   f"سیاسی | {TITLE} | {SITE[0]}", f"{SITE[0]} - {TITLE} - سیاسی"],
                         ids=["site - headline", "headline | site", "headline – site", "section | headline | site",
                              "site - headline - section"])
def test_html_title_cut_to_the_headline_the_page_shows(title):
    """No <h1> or og:title: the <title> joins the headline and the site's name (and its section,
    the headline in the middle); the part the page shows as a line of its own is the headline,
    wherever the name stands and whatever the bar."""
    page = _html_page(title, ["خانه » سیاسی", TITLE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"])
    assert extract(page).title == TITLE


def test_html_title_kept_whole_when_shown_whole_or_not_at_all():
    with_bar = "ایران - عراق: دیدار دو وزیر خارجه در بغداد برگزار شد"
    assert extract(_html_page(with_bar, ["خانه » سیاسی", with_bar, "۱۴ مهر ۱۴۰۱"])).title == with_bar
    # neither side is a line of the page (the header shows no name): no side is taken
    page = _html_page(f"{TITLE} | نمونه‌نیوز", ["خانه » سیاسی", "۱۴ مهر ۱۴۰۱"])
    assert extract(page).title == f"{TITLE} | نمونه‌نیوز"


@pytest.mark.parametrize("title", [f"{TITLE} | {SITE[0]}", f"{SITE[0]} - {TITLE}", f"{SITE[0]} » {TITLE}"],
                         ids=["headline | site", "site - headline", "site » headline"])
def test_html_title_only_in_the_head_beside_the_name_the_page_shows(title):
    """The headline in the <title> only (no <h1>, og:title or line of its own), glued to the site's
    name, which the page shows as a line of its own (its header's logo): the other side."""
    assert extract(_html_page(title, ["خانه » سیاسی", "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"])).title == TITLE


def _listing_page(title: str, h1: str, head: str, lead: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{title}</title></head><body><header><div>{SITE[0]}</div></header><article>"
            f"<div class='page-header'><h1 class='page-title'>{h1}</h1></div><div class='item-header'>{head}</div>"
            f"{lead}<div class='b'>{story}</div></article></body></html>")


@pytest.mark.parametrize("title", [f"{SITE[0]} - {TITLE}", f"{TITLE} | {SITE[0]}"])
def test_html_headline_under_a_listings_banner(title):
    """The <h1> a listing's banner (the category an archive template names over the story), the
    headline demoted to an <h2> under it: the heading the <title> names is the headline, and the
    summary under it the lead."""
    lead = "رئیس شورای شهر از بررسی چند طرح عمرانی تازه در نشست امروز شورا خبر داد و جزئیات را گفت."
    page = _listing_page(title, "مدیریت شهری", f"<h2 class='first-title'>{TITLE}</h2><div>۱۴ مهر ۱۴۰۱</div>",
                        f"<p class='lead'>{lead}</p>")
    got = extract(page)
    assert (got.title, got.lead) == (TITLE, lead)


def test_html_h1_that_the_title_names_stays_the_headline():
    # the <h1> is the headline the <title> names; an <h2> under it (a subheading, a box's) is not
    page = _listing_page(f"{SITE[0]} - {TITLE}", TITLE, "<h2>گزارش تصویری از نشست</h2><div>۱۴ مهر ۱۴۰۱</div>")
    assert extract(page).title == TITLE
    # a <title> naming neither heading: the <h1> as before
    page = _listing_page(f"{SITE[0]} - سایر اخبار", "مدیریت شهری", f"<h2>{TITLE}</h2><div>۱۴ مهر ۱۴۰۱</div>")
    assert extract(page).title == "مدیریت شهری"


@pytest.mark.parametrize("shown", [[], [TITLE]], ids=["headline shown nowhere", "headline shown"])
def test_html_og_title_glued_to_the_sites_name(shown):
    # og:title as a CMS writes it, «<headline> - <site>»: cut as the <title> is, to the side the
    # page shows (the headline as a line, or else the site's name as its header's)
    og = f"<meta property='og:title' content='{TITLE} - {SITE[0]}'>"
    page = _html_page(TITLE, [*shown, "۱۴ مهر ۱۴۰۱"]).replace(f"<title>{TITLE}</title>", og)
    assert extract(page).title == TITLE


@pytest.mark.parametrize("name,head", [
    ("a blog's title bar over the date, the headline again under it",
     [*SITE, f"{TITLE} - {SITE[0]}", "تاریخ: ۱۴ مهر ۱۴۰۱", TITLE, "دسته: دلنوشته", "۶,۰۰۳ بازدید"]),
    ("the title bar alone, «headline | site»", [*SITE, "سیاسی", f"{TITLE} | {SITE[0]}", "تاریخ: ۱۴ مهر ۱۴۰۱"]),
    ("the title bar alone, «site - headline»", [*SITE, "سیاسی", f"{SITE[0]} - {TITLE}", "تاریخ: ۱۴ مهر ۱۴۰۱"]),
])
def test_flat_title_bar_cut_to_the_headline(name, head):
    # a flat page's title bar (its <title> as a line) taken for the headline: the side the page
    # shows as a line of its own, or the side beside the site's name on the page's first line
    got = extract(_page(head))
    assert (got.title, got.published) == (TITLE, "2022-10-06"), name


def test_a_tagline_ending_with_the_sites_name_frames_no_headline():
    # the site's name over its tagline «سایت خبری <name>» (a line of words, no trail or title bar):
    # the name is not named as a headline, the headline stands over the byline and code
    head = ["امروز: 2016-09-05", SITE[0], f"سایت خبری {SITE[0]}", "تبلیغات  چندرسانه‌ای  استان‌ها  آرشیو  اقتصادی",
            TITLE, "خبرنگار: زهرا نوری", "کد خبر: ۳۴۸۹۸۷۷", "۲۳۵۵ بار خوانده شده"]
    assert extract(_page(head)).title == TITLE


def test_flat_headline_with_a_dash_beside_a_menu_item_stays_whole():
    # «ایران - عراق: …»: its short side is a menu item of the page, not the site's name atop it
    head = [SITE[0], "ایران", "جهان", "ورزش", "ایران - عراق: دیدار دو وزیر خارجه در بغداد برگزار شد", "۱۴ مهر ۱۴۰۱"]
    assert extract(_page(head)).title == head[4]


@pytest.mark.parametrize("opening", ["به گزارش خبرنگار ما،", "به گزارش پایگاه خبری نمونه,", "به گزارش ایرنا:"])
def test_a_line_running_on_into_the_story_is_no_headline(opening):
    # the story's source on a line of its own right above its first sentence, ending with a comma
    # or a colon: it runs on into the story, the headline is above the date
    got = extract("\n\n".join([*SITE, "سیاسی", TITLE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", opening, *STORY]) + "\n")
    assert (got.title, got.published) == (TITLE, "2022-10-06T10:20+03:30")


# a headline, its code line, its date, then a widget of the page under the header (a match's
# scoreboard and status, a font-size control, a print-edition line): the widget's line changes on
# every page, so no template marks it, and it stands nearer the story than the headline does
SCORE = ["سپاهان ۳ - ۱ استقلال", "ورزشگاه: امام رضا", "داور: نگار شریفی"]


@pytest.mark.parametrize("name,head", [
    ("a code line between the headline and its date, a scoreboard under them",
     [*SITE, TITLE, "کد خبر: ۲۰۴۱۶۲۵", "بابک نوری - ۱۳۹۲/۰۱/۲۰ - ۰۹:۰۳", *SCORE]),
    ("... and the date's «last updated» line under it (no box of dated items)",
     [*SITE, TITLE, "توسط نرگس هاشمی در ۱۱:۵۶ - ۱۳۹۲/۰۱/۲۰", "آخرین به‌روزرسانی: ۲۰:۵۶ - ۱۳۹۲/۰۱/۲۱", *SCORE]),
    ("a row of text-size controls between the date and the widget",
     [*SITE, TITLE, "کد مطلب: ۱۸۹۴۱۲۵", "توسط بهاره محمدی در ۲۰ فروردین ۱۳۹۲ - ۱۰:۱۷", "کوچک | متوسط | بزرگ",
      *SCORE]),
    ("a font-size control of single letters right above the story",
     [*SITE, TITLE, "توسط زهره حسینی در ۲۰ فروردین ۱۳۹۲ ساعت ۰۹:۰۰", "A A A"]),
])
def test_the_headline_above_a_widget_under_its_date(name, head):
    got = extract(_page(head))
    assert (got.title, got.published[:10]) == (TITLE, "2013-04-09"), name
    assert not any(w in p for p in got.paragraphs for w in ("A A A", "سپاهان"))


@pytest.mark.parametrize("name,head", [
    ("a ticker over the article's byline row, a kicker and a section over the headline",
     [*SITE, "خبر فوری: افتتاح پل جدید در شرق شهر با حضور شهردار", "کد خبر: ۴۵۶۷۸۹",
      "مریم احمدی | ۱۴ مهر ۱۴۰۱ | ۲ نظر", "نگاهی دیگر", "اجتماعی", TITLE]),
    ("a menu line over the dates, their «last updated» line and a section over the headline",
     [*SITE, "صفحه نخست سیاست اقتصاد جامعه بین‌الملل ورزش فرهنگ و ادب استان‌ها عکس فیلم",
      "۱۴ مهر ۱۴۰۱، ساعت ۱۰:۲۰", "آخرین به‌روزرسانی: ۱۶ مهر ۱۴۰۱، ساعت ۰۹:۰۰", "استان‌ها", TITLE]),
    ("... a code line and a tag in brackets over the section",
     [*SITE, "صفحه نخست سیاست اقتصاد جامعه بین‌الملل ورزش فرهنگ و ادب استان‌ها عکس فیلم",
      "۱۴ مهر ۱۴۰۱، ساعت ۱۰:۲۰", "آخرین به‌روزرسانی: ۱۶ مهر ۱۴۰۱، ساعت ۰۹:۰۰", "کد خبر: ۱۳۷۵۴۳۲",
      "دیگو سیمئونه (سرمربی)", "ورزش", TITLE]),
])
def test_the_headline_under_its_kicker_and_section_below_its_date(name, head):
    # the labels right above a headline are its own (a section, a kicker), not a box's lines
    # between a dated headline and the story: the line over the date is no headline then
    got = extract(_page(head))
    assert (got.title, got.published[:10]) == (TITLE, "2022-10-06"), name


@pytest.mark.parametrize("name,head", [
    ("an interviewer's line between the headline's meta lines and the story",
     [*SITE, f"{TITLE} - {SITE[0]}", "صفحه نخست > اجتماعی > " + TITLE, TITLE, "شناسه خبر: ۹۵۵۱۸۲", "👁 ۲۲,۳۸۴",
      "گفت‌وگو: حسین اکبری"]),
    ("a summary sentence with the site's dateline under the meta lines",
     [*SITE, f"{TITLE} - {SITE[0]}", "مریم احمدی", "صفحه نخست > اجتماعی > " + TITLE, TITLE, "شناسه خبر: ۲۲۲۰۱۱",
      "منبع خبر: فارس", "پایگاه خبری نمونه: رئیس شورا گفت طرح‌ها اجرا می‌شود."]),
    ("... the trail alone names it", [*SITE, "صفحه نخست > اجتماعی > " + TITLE, TITLE, "شناسه خبر: ۹۵۵۱۸۲",
                                       "گفت‌وگو: حسین اکبری"]),
])
def test_the_headline_a_trail_or_title_bar_names(name, head):
    """The page names its headline again above it (a trail ending with it, a title bar opening with
    it): that line is the headline, over a line nearer the story that no line names."""
    assert extract(_page(head)).title == TITLE, name


GLUED = "ونگر:\u200cخیلی\u200cخوب\u200cبه\u200cشکست\u200cها\u200cواکنش\u200cنشان\u200cدادیم"


@pytest.mark.parametrize("headline", [TITLE, GLUED], ids=["headline", "words glued with ZWNJ"])
def test_the_headline_a_trail_under_it_names_over_an_alert_box(headline):
    # a ticker of other stories, the headline, the trail under it, the dates, a toolbar, then an
    # alert box right above the story: the trail names the headline, far from the story
    head = [SITE[0], "", "تازه‌ها", "", "فرم ثبت‌نام ناشران در نمایشگاه کتاب ارائه می‌شود", "",
            "تمرین تیم ملی با حضور سرمربی آغاز شد", "", headline, "", "Home / آرشیو خبر / هشدارها / " + headline, "",
            "۱۸ ژانویه ۲۰۲۴، ساعت ۱۲:۳۱", "", "آخرین به‌روزرسانی: ٠٣:٣١ - ١٤٠٢/١١/٢٧", "", "٣٦ دیدگاه", "",
            "اندازه متن: کوچک | متوسط | بزرگ", "", "⚠ هشدار سطح نارنجی صادر شد"]
    got = extract(_page(head))
    assert (got.title, got.published) == (headline, "2024-01-18T12:31+03:30")


def test_a_line_nearer_the_story_that_is_named_stays():
    # the trail names the nearer line: the kicker above it is no headline
    head = [*SITE, "صفحه نخست > اجتماعی > " + TITLE, "در نشست امروز شورای شهر مطرح شد", TITLE, "۱۴ مهر ۱۴۰۱"]
    assert extract(_page(head)).title == TITLE


def _banner_page(h1: str, headline: str, title_tag: str = "", meta: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head>{title_tag and f'<title>{title_tag}</title>'}{meta}</head><body>"
            f"<header>{h1}<nav><a href='/'>خانه</a> <a href='/s'>سیاسی</a></nav></header>"
            f"<div class='post'>{headline}<span class='date'>۱۴ مهر ۱۴۰۱</span>{story}</div></body></html>")


@pytest.mark.parametrize("name,h1,headline,title_tag,meta", [
    ("a logo's class on the <h1>", f"<h1 class='logo'>{SITE[0]}</h1>", f"<h2>{TITLE}</h2>", "", ""),
    ("WordPress's «site-title» over an «entry-title»", f"<h1 class='site-title'><a href='/'>{SITE[0]}</a></h1>",
     f"<div class='entry-title'>{TITLE}</div>", "", ""),
    ("an <h1> of the header linking home", f"<h1><a href='https://nemouneh.ir/'>{SITE[0]}</a></h1>",
     f"<h2>{TITLE}</h2>", "", ""),
    ("the short side of the <title>, its long side shown", f"<h1>{SITE[0]}</h1>", f"<h3>{TITLE}</h3>",
     f"{TITLE} | {SITE[0]}", ""),
    ("og:site_name, og:title given", f"<h1>{SITE[0]}</h1>", f"<h2>{TITLE}</h2>", "",
     f"<meta property='og:site_name' content='{SITE[0]}'><meta property='og:title' content='{TITLE}'>"),
])
def test_html_the_sites_name_in_an_h1_is_no_headline(name, h1, headline, title_tag, meta):
    assert extract(_banner_page(h1, headline, title_tag, meta)).title == TITLE, name


@pytest.mark.parametrize("name,page,title", [
    ("the story's <h1> in its article's <header>, linking to itself",
     f"<html><body><article><header><h1><a href='/news/12'>{TITLE}</a></h1></header><p>{STORY[0]}</p>"
     f"<p>{STORY[1]}</p></article></body></html>", TITLE),
    ("a short headline beside a longer site name in the <title>, the name shown nowhere",
     _banner_page("<h1>انفجار در بندر</h1>", "", "انفجار در بندر | خبرگزاری جمهوری اسلامی ایران", ""),
     "انفجار در بندر"),
])
def test_html_the_storys_h1_stays(name, page, title):
    assert extract(page).title == title, name


@pytest.mark.parametrize("name,head", [
    ("a code without its colon under the meta lines", [*SITE, TITLE, "دوشنبه / ۱۴ مهر ۱۴۰۱ / ۱۰:۲۰",
                                                       "گروه: اجتماعی", "کد خبر ۶۵۶۸۰۳۹"]),
    ("... in Arabic-Indic digits", [*SITE, TITLE, "دوشنبه / ١٤ مهر ١٤٠١ / ١٠:٢٠", "گروه: اجتماعی",
                                    "کد خبر ٦٥٦٨٠٣٩"]),
    ("... in a row with a label", [*SITE, "در نشست شورا", TITLE, "کد خبر ٤٨٩٧٠٠٢ | گروه: اجتماعی",
                                   "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", "زمان مطالعه: ۲ دقیقه"]),
    ("a latin code", [*SITE, TITLE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", "News ID 4563456"]),
    ("a counter between the headline and its date", [*SITE, TITLE, "۷۱۲۳۱ بار خوانده شده", "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"]),
    ("... under a byline", [*SITE, TITLE, "نوشته مریم احمدی", "۲۶,۷۰۵ بار دیده شده", "۱۴ مهر ۱۴۰۱"]),
])
def test_a_single_meta_field_is_no_headline(name, head):
    # a meta field on a line of its own with no colon and no second field (a code «کد خبر ۶۵۶۸۰۳۹»,
    # a counter «۷۱۲۳۱ بار خوانده شده»): a label's few words and a number of five digits or more,
    # by its shape; it stands nearer the story than the headline, and is no headline
    got = extract(_page(head))
    assert (got.title, (got.published or "")[:10]) == (TITLE, "2022-10-06"), name


def test_a_menus_last_item_is_no_trail_naming_the_sites_name():
    # the menu ends with an item that is the first words of the site's name atop the page («…| نمایشگاه
    # کتاب» under «نمایشگاه کتاب خبر»): a whole item is no headline cut short, so the menu names no
    # headline there; the headline is the line over the date
    name = "نمایشگاه کتاب خبر"
    head = [name, "صفحه نخست | کتابخانه‌ها | نشر | تماس | نمایشگاه کتاب", TITLE, "۱۴ مهر ۱۴۰۱"]
    assert extract(_page(head)).title == TITLE


WEEKDAYS = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]


def _day(y: int, m: int, d: int) -> str:
    """A Jalali date as a site prints it beside its weekday: «سه‌شنبه ۱۴۰۱/۰۷/۱۲»."""
    return f"{WEEKDAYS[jdatetime.date(y, m, d).weekday()]} {y}/{m:02d}/{d:02d}"


def test_the_storys_date_at_the_foot_over_a_commenters(tmp_path):
    # a relative date at the head («۳ ساعت پیش»), a related box of dated items under the story, the
    # story's date under the site's end marker, then the comments, a writer's name over each comment's
    # date (a name reads as a signature too): the story's date is the one whose shape the site shows on
    # every page
    def page(i, paras, title):
        comments = ["نظرات کاربران", "کاوه رستمی", _day(1401, 8, i + 10), "ممنون از گزارش خوبتان."] if i % 3 else []
        related = ["مطالب مرتبط", "نتایج یک پژوهش تازه درباره آب‌وهوای کشور", _day(1401, 6, i + 1),
                   "نشست مدیران استان برای بررسی طرح‌ها برگزار شد", _day(1401, 5, i + 2)]
        return [SITE[0], SITE[1], title, "%d ساعت پیش" % (i + 2), *paras[:3], *related, "انتهای پیام/",
                "۱۰:%02d - %s" % (i + 10, _day(1401, 7, i + 1)), "برچسب‌ها: شورای شهر", *comments,
                "کلیه حقوق محفوظ است"]
    rows, _ = _site_run(tmp_path, page)
    for i in range(12):
        day = jdatetime.date(1401, 7, i + 1).togregorian()
        assert (rows[f"p{i:02d}"]["published"] or "")[:10] == day.isoformat(), (i, rows[f"p{i:02d}"]["published"])


def test_the_sites_credit_under_the_meta_lines_is_no_headline(tmp_path):
    # the site's name atop every page, and under the headline's counter and code the site's credit
    # «خبرنگار <name>» right above the story on one page (its meta lines on most pages, not all): the
    # name and one word, written for no one story
    def page(i, paras, title):
        return ["شمارش آرا", "شوراها", "مشارکت", "نتایج", "تحلیل", "گزارش مصطفی قنبرپور", title,
                *(["👁 %d,%03d" % (26 + i, 705 + i), "کد مطلب: %d" % (159671 + i)] if i % 3 != 2 else []),
                *(["خبرنگار شمارش آرا"] if i == 0 else []), *paras[:3], "کلیه حقوق محفوظ است"]
    rows, titles = _site_run(tmp_path, page, "\n\n")
    for i, title in enumerate(titles):
        assert line_key(rows[f"p{i:02d}"]["title"] or "") == line_key(title), (i, rows[f"p{i:02d}"]["title"])


_WRITERS = ["نگار سلطانی", "بهرام یزدانی", "ترانه شریفی"]
_ROLES = ["گزارشگر امور شهری", "دبیر بخش جامعه", "همکار ما در شیراز"]


def test_a_writers_role_at_the_site_under_the_headline_is_no_headline(tmp_path):
    # a broadcaster's page copied whole: its name atop, a trail, the headline, the writer's name, then
    # the writer's role at the site on a line of its own («<role> <site>»), the date: the role's line
    # ends with the site's name, which no headline does
    def page(i, paras, title):
        writer = [_WRITERS[i % 3], _ROLES[i % 3] + " صدای نمونه"] if i % 4 != 3 else []
        return ["صدای نمونه", "رفتن به محتوای اصلی", "خانه", "جامعه", "فرهنگ", "خانه", "جامعه", title, *writer,
                "%d مهر ۱۴۰۱" % (i + 1), *paras[:3], "موضوعات مرتبط", "جامعه", "حق نشر © ۱۴۰۱ صدای نمونه"]
    rows, titles = _site_run(tmp_path, page)
    for i, title in enumerate(titles):
        assert line_key(rows[f"p{i:02d}"]["title"] or "") == line_key(title), (i, rows[f"p{i:02d}"]["title"])


@pytest.mark.parametrize("byline", ["نوشته مریم احمدی · ۴ دقیقه مطالعه", "مریم احمدی | زمان مطالعه: ۱۰ دقیقه",
                                    "دکتر سارا کریمی — ۳ دقیقه مطالعه"])
@pytest.mark.parametrize("below", [True, False])
def test_a_byline_with_its_reading_time_is_no_headline(byline, below):
    # flat text: a name and a reading time on one line under the headline, as short as a headline;
    # a headline says no reading time, so the line is the story's byline
    head = [*SITE, TITLE, byline, "۱۴ مهر ۱۴۰۱"] if below else [*SITE, TITLE, "۱۴ مهر ۱۴۰۱", byline]
    got = extract(_page(head))
    assert (got.title, got.published) == (TITLE, "2022-10-06")
    assert byline not in got.paragraphs and got.paragraphs[-1] == STORY[-1]


@pytest.mark.parametrize("headline", ["بازی ایران و ژاپن | ۹۰ دقیقه", "مریم احمدی | ۴ دقیقه مطالعه از ۱۲ گزارش"])
def test_a_headline_with_minutes_but_no_reading_time_stays(headline):
    assert extract(_page([*SITE, headline, "۱۴ مهر ۱۴۰۱"])).title == headline


def test_the_headline_under_a_summary_that_stands_first(tmp_path):
    # flat pages whose summary stands first, the headline under it over the story's code and date
    # row, and nothing over the summary but the site's name, its menu and the day's date: the line
    # under the summary is the headline (not the site's name), and neither is the story's
    leads = ["رئیس شورای شهر از بررسی چند طرح عمرانی تازه در نشست امروز شورا خبر داد.",
             "مدیرکل هواشناسی استان از بارش باران و کاهش دما در روزهای آینده خبر داد.",
             "سرمربی تیم ملی فهرست نهایی بازیکنان دعوت‌شده به اردوی تیم را اعلام کرد.",
             "وزیر آموزش و پرورش از استخدام معلمان تازه در سال تحصیلی پیش رو خبر داد."]
    titles = [TITLE, "بارش باران و کاهش دما در راه استان", "فهرست نهایی اردوی تیم ملی اعلام شد",
              "استخدام معلمان تازه در سال تحصیلی آینده"]
    stories = story_bodies(4, 3)
    pages = [[*SITE, "یک‌شنبه ۲۹ اسفند ۱۴۰۰", lead, title,
              "کد خبر: %d | سرویس: شهری | تاریخ: ۱۴۰۲/۰۱/%02d | ساعت: ۲۰:۳۰" % (26637 + i, 13 + i), *story]
             for i, (lead, title, story) in enumerate(zip(leads, titles, stories))]
    rows = refine_site(tmp_path, pages)
    for i, (lead, title) in enumerate(zip(leads, titles)):
        r = rows[f"p{i:02d}"]
        assert (r["title"], r["lead"], (r["published"] or "")[:10]) == (title, lead, "2023-04-%02d" % (2 + i))
        assert title not in r["text"]
