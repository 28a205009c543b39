"""Which line of a site's header is its headline when the article's date is not under it (a site
that shows the date at the foot, or only a relative one): the headline stands over the article's meta
block (its code, section, counters, byline, toolbar), and a line under that block is a widget's, a
source's name or the story's first paragraph; a title bar «<headline> - <site>» over a date is no
headline; a row the site shows on every page is none either. Sites written from how Persian sites
print a header, one layout each (not from any family set); each runs as a site, so the template
knows the site's own lines."""
from __future__ import annotations

import pytest

from conftest import refine_site, story_bodies
from palayesh import extract
from palayesh.extract.text import extract_text
from palayesh.textkeys import line_key

STORIES = story_bodies(8, 3)
#: a headline written for each story (its second paragraph's first words)
TITLES = [" ".join(s[1].split()[:7]).strip("،.:") for s in STORIES]
SITE = ["پایگاه خبری نمونه", "خانه | سیاسی | اقتصادی | اجتماعی | ورزشی | تماس با ما"]
SECTIONS = ["اجتماعی", "اقتصادی", "سیاسی", "ورزشی"]
SOURCES = ["سایت انجمن شهرداران", "هفته‌نامه صدای شهر", "ماهنامه شهر ما", "سایت شرکت آب"]
#: a first paragraph cut before its end (a long line with no period), on some pages only
CUT = ("طبق گزارش‌های منتشره در رسانه‌های محلی، اعضای شورای شهر حاضر نیستند تا با تصویب طرحی جنجالی، "
       "بودجه عمرانی شهر را کاهش دهند")


def _some(i: int, lines: list[str]) -> list[str]:
    """The lines on a third of the site's pages (a widget the template cannot learn as the site's)."""
    return lines if i % 3 == 1 else []


LAYOUTS = {
    # a title bar «<headline> - <site>» over the date, then the headline, its section, a relative
    # date and a counter: the bar names the headline, it is none itself
    "a title bar over the date": lambda i, t: [
        *SITE, f"{t} - {SITE[0]}", "تاریخ: دوشنبه %d آبان ۱۳۹۴" % (i + 3), t, SECTIONS[i % 4],
        "%d هفته قبل" % (i + 1), "%d بازدید" % (600 + 37 * i)],
    # a ticker over the menu, the headline over its code, section and counter (no date there), then
    # a match's scoreboard on some pages: the scoreboard's line is no headline
    "a scoreboard under the meta block": lambda i, t: [
        "امروز: یک‌شنبه ۱۰ اسفند ۱۳۹۳", SITE[0], "تازه‌ها", *[TITLES[(i + k) % 8] for k in (2, 3, 5)], SITE[1], t,
        "کد خبر: %d" % (2041625 + i), "در دسته " + SECTIONS[i % 4], "%d نفر این خبر را خواندند" % (800 + 13 * i),
        *_some(i, ["سایت ورزش سه", "شورا %d - %d شهرداری" % (i % 3, (i + 1) % 4), "پایان نیمه اول",
                   "ورزشگاه: امام رضا", "داور: نگار شریفی"])],
    # the headline over a relative date, its code and a toolbar, then a source's name on some pages
    "a source's name under the meta block": lambda i, t: [
        *SITE, t, "%d ساعت پیش" % (i + 1), "کد مطلب: %d" % (282254 + 7 * i), "چاپ | ذخیره | ارسال به دوستان",
        *_some(i, [SOURCES[i % 4]])],
    # the headline over a byline row, bylines, a counter and a toolbar, then on some pages a first
    # paragraph cut short (no period, so it reads as a long line, not a paragraph)
    "a cut first paragraph under a long meta block": lambda i, t: [
        *SITE, t, "رضا کاظمی | شنبه ۱۳۹۹/۰۳/%02d | %d نظر" % (i + 1, i + 3), "نوشته سمیرا احمدی در " + SECTIONS[i % 4],
        "گزارش: سمیرا احمدی", "👁 %d" % (4562 + i), "کوچک | متوسط | بزرگ", *_some(i, [CUT + " و"])],
    # ... under a byline and a counter alone (the date at the foot)
    "a cut first paragraph under a byline and a counter": lambda i, t: [
        *SITE, t, "گزارش: مریم موسوی", "👁 %d" % (1597 + i), *_some(i, [CUT])],
    # a print edition's line «روزنامه شماره … | صفحه …» on every page right above the story
    "the print edition's row over the story": lambda i, t: [
        *SITE, t, "شناسه خبر: %d" % (526203 + i), "توسط الهام نوری در شنبه %d آبان ۱۳۹۵ - ۰۹:۲۳" % (i + 1),
        f"{SITE[0]} › {SECTIONS[i % 4]}", "%d بازدید" % (43385 + i),
        "روزنامه شماره %d | صفحه %d" % (4045 + i, i % 8 + 1)],
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_the_headline_over_its_meta_block(tmp_path, name):
    rows = refine_site(tmp_path, [[*LAYOUTS[name](i, t), *s] for i, (t, s) in enumerate(zip(TITLES, STORIES))])
    got = [line_key(rows[f"p{i:02d}"]["title"] or "") for i in range(len(TITLES))]
    assert got == [line_key(t) for t in TITLES], name


#: headlines in figures of speech, of no word their stories use (a quote, a pun): no story's words tell them
FIGURES = ["پایان شب سیاه برای کوچه‌نشینان", "چراغی که دیر روشن شد", "سکوت سنگین پشت درهای بسته",
           "بازگشت پرستوها به لانه قدیمی", "آخرین ایستگاه یک قطار خسته", "نقشه‌ای روی میز دیگران",
           "سایه بلند یک تصمیم کوچک", "یک بام و دو هوای تازه"]


def test_a_reporters_credit_under_a_print_button_is_no_headline(tmp_path):
    # the headline (a place's kicker over it on some pages) over a counter, its code and one
    # control of the site's (a print button), then a reporter's credit in one of its words right
    # above the story: the control is the meta block's too, the credit under the block no headline
    pages = [[*SITE, *(["اصفهان؛", "شیراز؛"][i % 2:i % 2 + 1] if i % 4 < 2 else []), t, "%d بازدید" % (12108 + 31 * i),
              "شناسه مطلب: %d" % (80982 + i), "🖨 نسخه قابل چاپ",
              ["گزارش خبرنگار اعزامی ما", "به گزارش خبرنگار ما", "گزارش اختصاصی خبرنگار ما"][i % 3], *s]
             for i, (t, s) in enumerate(zip(FIGURES, STORIES))]
    rows = refine_site(tmp_path, pages)
    assert [rows[f"p{i:02d}"]["title"] for i in range(len(FIGURES))] == FIGURES


def test_a_trail_from_the_sites_name_under_the_headline_names_its_section(tmp_path):
    # «<site> › <section>» among the meta lines under the headline, the site's name atop every page
    pages = [[*SITE, t, "شناسه خبر: %d" % (526203 + i), "توسط الهام نوری در شنبه %d آبان ۱۳۹۵ - ۰۹:۲۳" % (i + 1),
              f"{SITE[0]} › {SECTIONS[i % 4]}", "%d بازدید" % (43385 + i), *s]
             for i, (t, s) in enumerate(zip(TITLES, STORIES))]
    rows = refine_site(tmp_path, pages)
    assert [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))] == [SECTIONS[i % 4] for i in range(len(TITLES))]


@pytest.mark.parametrize("headline,trail", [
    # a boilerplate phrase at the end of a headline («نقل مطالب … بلامانع است» is a site's footer)
    ("اهدای جوایز به برندگان مسابقه بلامانع است", "خانه / مطالب / اجتماعی / "),
    # a headline with a label's shape «گزارش: …»
    ("گزارش: تیم ملی عروس هزار داماد", "صفحه نخست ← سرویس‌ها ← ورزشی ← "),
], ids=["a footer's phrase", "a label's shape"])
def test_a_headline_worded_like_chrome_that_a_trail_names(headline, trail):
    page = "\n\n".join([*SITE, trail + headline, headline, "تاریخ انتشار: ۱۴ مهر ۱۴۰۱", "۳۲,۸۵۳ بازدید", *STORIES[0]])
    assert extract(page).title == headline


@pytest.mark.parametrize("between", ["اشتراک: تلگرام | واتساپ | ایتا | کپی لینک", "صفحه نخست › ورزشی"],
                         ids=["a share row", "a trail"])
def test_the_headline_over_its_date_with_a_share_row_or_a_trail_between(between):
    # the headline over the article's meta block (its share row or its trail, its date, counters,
    # buttons), then again over the story: the date is the story's, not the site header's
    t = TITLES[0]
    page = [*SITE, TITLES[3], TITLES[5], t, between, "🕒 ۲۶ آبان ۱۴۰۱", "تعداد بازدید: ۷,۲۰۰",
            "کد خبر: ۳۷۴۰۱۷۵", "🖨 چاپ | 📧 ارسال", t, *STORIES[0]]
    got = extract("\n\n".join(page))
    assert (got.title, (got.published or "")[:10]) == (t, "2022-11-17")


MENU = ["اجتماعی", "اقتصادی", "سیاسی", "ورزشی", "تماس با ما"]


def test_a_trail_from_a_home_icon_under_the_story_names_its_section(tmp_path):
    # a vertical menu on every page, then «🏠 › <section>» under the story: the trail's key is its
    # item's, which the menu shows on every page; the trail is the story's still
    pages = [[SITE[0], "🏠", *MENU, t, "تاریخ انتشار: %d آبان ۱۳۹۵" % (i + 1), *s, "اشتراک‌گذاری: ایتا | بله",
              f"🏠 › {SECTIONS[i % 4]}", "کلیه حقوق برای این سایت محفوظ است."]
             for i, (t, s) in enumerate(zip(TITLES, STORIES))]
    rows = refine_site(tmp_path, pages)
    assert [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))] == [SECTIONS[i % 4] for i in range(len(TITLES))]


def test_a_trail_set_an_item_a_line_under_the_byline_names_its_section(tmp_path):
    # «خانه» alone on its line, then the section, under the headline's byline, over the date row
    # (a section the menu above does not list: the home label over it makes it a trail)
    pages = [[SITE[0], "خانه", "ویدیو", "نقشه", "آمار", "تماس با ما", "بزرگی | عمق | کانون",
              "۴.۶ | ۱۵ کیلومتر | قوچان", t,
              "نویسنده: لیلا بهرامی | ۱ دقیقه مطالعه", "خانه", SECTIONS[i % 4],
              "کد خبر %d | 2016/10/%02d - 10:45" % (4561517 + i, i + 1), *s]
             for i, (t, s) in enumerate(zip(TITLES, STORIES))]
    rows = refine_site(tmp_path, pages)
    assert [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))] == [SECTIONS[i % 4] for i in range(len(TITLES))]


def test_a_code_in_the_sites_own_words_is_no_headline():
    # a live match's page: the headline over its code under a label no lexicon knows («شناسه یکتا:
    # …»), the byline's date, section, credit and counter, then the scoreboard over the minutes: a
    # label and a long number alone on a line is a code field by its shape, never the headline
    story = STORIES[0]
    page = "\n".join([
        "ورزش زنده", "خبر داغ", "تمدید قرارداد سرمربی تیم ملی تا جام جهانی", "",
        "صفحه اول  ویدیو  فوتسال  فوتبال جهان  لیگ برتر  جدول لیگ  والیبال  کشتی", "",
        "معرفی شهرداران موفق مازندران به عنوان مشاور استاندار", "شناسه یکتا: ۱۳۹۴۹۶۸",
        "کاوه اکبری - ۱۳۹۸/۰۵/۳۰ - ۱۲:۱۹", "دسته: فوتبال جهان", "خبرگزاری فارس", "۶۷۷۳۴ نفر این خبر را خواندند", "",
        "سپاهان ۰ - ۱ استقلال", "پایان بازی", "ورزشگاه: آزادی", "داور: علیرضا فغانی", "",
        *[x for k, para in enumerate(story) for x in ("دقیقه %d" % (80 - 7 * k), para)]])
    got = extract_text(page)
    assert got.title == "معرفی شهرداران موفق مازندران به عنوان مشاور استاندار"
    assert (got.published or "")[:10] == "2019-08-21"
