"""Article extraction: the seed page as a golden test, tables of Persian cases, bad input, and a
quality gate pinned to the dev-page scores."""
from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest

import floors
from palayesh import extract
from palayesh.extract.agency import agency_from_credit, agency_from_dateline, find_agency
from palayesh.extract.dates import parse_date
from palayesh.extract.text import classify

SHARED = Path(__file__).resolve().parents[2] / "shared"
ROOT = Path(__file__).resolve().parents[1]
SEED = SHARED / "samples" / "seed"


def canon(s):
    """Letters and digits only (the comparison of ../shared/tools/score_pages.py)."""
    s = unicodedata.normalize("NFKC", s or "").replace("ي", "ی").replace("ك", "ک")
    s = s.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2))
    return "".join(c for c in s if c.isalnum() and c != "\u0640")


# --- the seed page ---------------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="../shared/samples/seed is not here")
def test_seed_page_golden():
    exp = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    raw = (SEED / f"{exp['id']}.txt").read_text(encoding="utf-8")
    a = extract(raw)
    assert a.section == exp["section"]
    assert a.title == exp["title"]
    assert a.agency == exp["agency"]
    assert a.lead == exp["lead"]
    assert a.published == exp["published"]
    assert len(a.paragraphs) == exp["body_paragraphs"]
    # the page's own spacing (NBSP) is kept for the normalizer: compare letters and digits
    assert canon(a.paragraphs[0]).startswith(canon(exp["body_first_words"]))
    assert canon(a.paragraphs[-1]).endswith(canon(exp["body_last_words"]))
    for chrome in exp["chrome_lines_absent_from_text"]:
        assert all(canon(chrome) not in canon(p) for p in a.paragraphs), chrome
    assert a.chrome_lines >= 6 and a.lines_total > a.chrome_lines


# --- line kinds: chrome is found whatever the spelling --------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("دکمه بازگشت به بالا", "chrome"),                  # back-to-top button
    ("دكمه بازگشت‌به بالا", "chrome"),                   # same, Arabic kaf and a ZWNJ
    ("نمایش بیشتر", "chrome"),                          # show-more button
    ("نوشته های مشابه", "end"),                         # WordPress related posts: the tail starts
    ("دیدگاهتان را بنویسید", "end"),                    # comment form heading
    ("نشانی ایمیل شما منتشر نخواهد شد.", "chrome"),     # e-mail notice
    ("منبع: مهر", "label"),                             # source credit
    ("انتهای پیام/", "end"),                            # agency end marker
    ("برچسب‌ها: فوتبال، ایران", "end"),                 # tags line opens the tail
    ("کد خبر: ۲۵۹۷۲۴۵", "label"),                       # news code
    ("عکس: علی رضایی", "label"),                        # photo credit
    ("بیشتر بخوانید: افزایش قیمت نان در تهران", "label"),  # inline read-more link
    ("۱۳ تیر ۱۳۹۵، ۱۰:۲۰", "date"),                     # date line, Persian digits
    ("۳ روز پیش", "meta"),                               # relative date
    ("۷ دقیقه", "meta"),                                 # reading time
    ("خانه | سیاسی | اقتصادی | ورزشی", "nav"),          # horizontal menu
    ("© ۱۴۰۲ - کلیه حقوق محفوظ است", "chrome"),          # copyright
    ("کانال تلگرام ما را دنبال کنید", "chrome"),         # messenger call to action
    ("وزیران دفاع ایران و روسیه دیدار کردند", "short"),  # a headline: short, no final punctuation
    ("وی افزود: این طرح تا پایان سال در همه استان‌ها اجرا می‌شود.", "para"),  # prose
])
def test_line_kinds(line, kind):
    assert classify(line).kind == kind


# --- header by position ---------------------------------------------------------------------

HEADERS = [
    # site name, section, title (site name repeated in the copyright footer)
    ("خبرنامه نمونه\n\nفرهنگ و هنر\n\nنمایشگاه کتاب تهران آغاز به کار کرد\n\n",
     "\n\nکلیه حقوق برای خبرنامه نمونه محفوظ است.",
     {"section": "فرهنگ و هنر", "title": "نمایشگاه کتاب تهران آغاز به کار کرد", "surtitle": None}),
    # section, date, code, surtitle, title (agency CMS layout)
    ("ورزشی\nکد خبر : ۱۲۳۴۵\nیکشنبه ۱۹ اسفند ۱۳۹۷ - ۰۸:۴۱\nبازیکنان\nترس از منچستر دلیل عجله بارسا شد\n",
     "\nانتهای پیام/",
     {"section": "ورزشی", "surtitle": "بازیکنان", "title": "ترس از منچستر دلیل عجله بارسا شد",
      "published": "2019-03-10T08:41+03:30"}),
    # vertical menu, then the section repeated from it, then the title
    ("صفحه نخست\nسیاست\nاقتصاد\nورزش\nفرهنگ\nاقتصاد\n۱۳ تیر ۱۳۹۵، ۱۰:۲۰\nبازار سهام امروز رشد کرد\n", "",
     {"section": "اقتصاد", "title": "بازار سهام امروز رشد کرد", "published": "2016-07-03T10:20+04:30"}),
    # the site header's "today" date sits above the section: it is not the article's date
    ("پنجشنبه ۲۱ آبان ۱۳۸۳\nسیاسی\nشهادت یک کودک فلسطینی در نابلس\n", "",
     {"section": "سیاسی", "published": None}),
    # breadcrumb: the prefix «خانه »» is not part of the section
    ("خانه » اقتصاد\nبازار سهام امروز رشد کرد\n", "", {"section": "اقتصاد"}),
    # a relative date gives no date
    ("سیاسی\n۲ ساعت پیش\nنشست مجلس برگزار شد\n", "", {"section": "سیاسی", "published": None}),
    # a surtitle right above the title under a breadcrumb: the crumb gives the section
    ("خانه » اقتصاد » بورس\nیک مقام مسئول خبر داد\nبازار سهام امروز رشد کرد\n", "",
     {"section": "بورس", "surtitle": "یک مقام مسئول خبر داد", "title": "بازار سهام امروز رشد کرد"}),
    # labelled header lines above the title; an author credit is not the title
    ("سرویس: ورزشی\nکد خبر: ۱۲۳۴۵۶\nتاریخ انتشار: سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۱۴:۳۰\nتیم ملی به اردو رفت\nنوشته: علی رضایی\n", "",
     {"section": "ورزشی", "title": "تیم ملی به اردو رفت", "published": "2022-10-04T14:30+03:30"}),
    # a vertical menu without blank lines, then the section label set apart by a blank line
    ("صفحه نخست\nاستان\nشهرستان‌ها\nفرهنگ و هنر\n\nاقتصاد استان\n\nبازار سهام امروز رشد کرد\n", "",
     {"section": "اقتصاد استان"}),
    # a Gregorian numeric date below the title
    ("فوتبال\nتیم ملی به اردو رفت\n2022/10/04 - 14:30\n", "", {"published": "2022-10-04T14:30+03:30"}),
]
BODY = ("به گزارش خبرگزاری ایسنا، این نخستین بند متن خبر است که باید در متن بماند و چند کلمه دارد.\n"
        "بند دوم خبر نیز جزئیات بیشتری را درباره این رویداد مهم و تازه بیان می‌کند.\n")


@pytest.mark.parametrize("head,tail,expected", HEADERS)
def test_header_by_position(head, tail, expected):
    a = extract(head + BODY + tail)
    for field, value in expected.items():
        assert getattr(a, field) == value, field
    assert len(a.paragraphs) == 2


def test_lead_before_dateline_paragraph():
    # a one-sentence summary right under the headline, then the dateline paragraph: a lead
    a = extract("ورزش\nبازار سهام امروز رشد کرد\nشاخص بورس تهران امروز بیش از دو درصد رشد کرد.\n" + BODY)
    assert a.lead == "شاخص بورس تهران امروز بیش از دو درصد رشد کرد."
    assert a.paragraphs[0].startswith("به گزارش")


# --- tail: credits and end markers ---------------------------------------------------------

@pytest.mark.parametrize("tail,agency", [
    ("منبع: مهر", "مهر"),                     # plain credit
    ("منبع: وب‌سایت ورزش سه", "ورزش سه"),     # credit with a prefix word
    ("انتهای پیام/ ر", "ایسنا"),              # no credit: the dateline names the agency
])
def test_tail_credit_and_end_markers(tail, agency):
    page = "سیاسی\nنشست مجلس برگزار شد\n" + BODY + tail + "\nاخبار مرتبط\nعنوان یک خبر دیگر از همین سایت\n"
    a = extract(page)
    assert a.agency == agency
    assert len(a.paragraphs) == 2
    assert all("انتهای" not in p and "منبع" not in p for p in a.paragraphs)


def test_inline_end_marker_is_cut_from_last_paragraph():
    a = extract("سیاسی\nنشست مجلس برگزار شد\n" + BODY.rstrip("\n") + " انتهای پیام/ک\n")
    assert a.paragraphs[-1].endswith("بیان می‌کند.")


# --- dateline → agency ---------------------------------------------------------------------

@pytest.mark.parametrize("text,agency", [
    ("به گزارش خبرگزاری مهر به نقل از اداره کل تبلیغات دفاعی، سردار", "مهر"),   # agency, then origin that is not an agency
    ("به گزارش پیام البرز به نقل از خبرگزاری فارس، منابع", "فارس"),             # republisher quoting an agency
    ('به گزارش "ورزش سه"، وحید امیری', "ورزش سه"),                              # quoted short name
    ("به گزارش خبرنگار خبرگزاری ایسنا در دوشنبه، حزب", "ایسنا"),                 # reporter of an agency in a city
    ("به گزارش خبرگزاري مهر ، شينهوا گزارش داد", "مهر"),                        # Arabic yeh
    ("به گزارش خبرگزاری دانشجویان ایران (ایسنا)، کنگره", "ایسنا"),             # full name
    ("به گزارش گروه سیاسی خبرگزاری تسنیم، مجلس", "تسنیم"),                     # desk of an agency
    ("به گزارش سایت ما، جلسه", None),                                            # not an agency
    ("به گزارش حوزه پارلمانی خبرگزاری فارس به نقل از خانه ملت، نماینده", "فارس"),  # «حوزه» the word, not the agency
    ("به گزارش خبرنگار گروه استان‌ها خبرگزاری کار ایران (ایلنا) از رشت، ", "ایلنا"),
])
def test_dateline_agency(text, agency):
    assert agency_from_dateline(text) == agency


@pytest.mark.parametrize("text,agency", [
    ("۲۸ مهر ۱۳۸۷", None),        # «مهر» the month, with a day before it
    ("مهر ماه امسال", None),       # «مهر» the month, followed by ماه
    ("خبرگزاری مهر", "مهر"),       # «مهر» the agency
])
def test_mehr_agency_or_month(text, agency):
    assert find_agency(text) == agency


def test_credit_line():
    assert agency_from_credit("منبع: ایرنا") == "ایرنا"
    assert agency_from_credit("منبع: یک سایت خبری") is None


# --- a story's last paragraph closed by its agency («… (ایسنا)», «… /ایرنا») -----------------

_CLOSED_STORY = [
    "به گزارش خبرنگار اقتصادی، وزیر راه و شهرسازی امروز در نشست خبری از آغاز طرح تازه مسکن خبر داد.",
    "وی افزود: در مرحله نخست بیش از صد هزار واحد مسکونی در شهرهای کوچک و متوسط ساخته می‌شود.",
    "بر پایه این گزارش، بانک‌های عامل موظف شده‌اند تسهیلات ساخت را با نرخ سود مصوب پرداخت کنند.",
    "استانداران نیز مأموریت یافته‌اند زمین مورد نیاز طرح را تا پایان تابستان شناسایی و معرفی کنند.",
    "نمایندگان مجلس هم گفته‌اند بر روند اجرای طرح و شیوه پرداخت تسهیلات نظارت خواهند کرد.",
]
_CLOSING = [  # the last paragraph's sentence, with or without its full stop before the credit
    "کارشناسان بازار مسکن معتقدند اجرای این طرح می‌تواند فشار تقاضا را در شهرهای بزرگ کاهش دهد.",
    "به گفته وزیر نخستین واحدها تا پایان سال آینده به متقاضیان تحویل داده خواهد شد",
]
#: what a site shows under its story: no heading that opens a tail, only chrome lines
_UNDER_STORY = {"nothing": [], "hashtags": ["#مسکن #وام_مسکن"], "code": ["کد خبر: ۱۲۳۴۵"],
                "tag words": ["مسکن", "وزارت راه"], "tag bar": ["مسکن | وزارت راه | وام مسکن"],
                "copyright": ["© ۱۴۰۲ - کلیه حقوق محفوظ است"],
                "tags and related": ["برچسب‌ها: مسکن، وزارت راه", "اخبار مرتبط", "افزایش قیمت نان در تهران"]}


def _closed_page(story: list[str], under: list[str]) -> str:
    return "\n".join(["اقتصادی", "آغاز طرح تازه مسکن در استان‌ها", "۱۳ تیر ۱۴۰۲، ۱۰:۲۰", "", *story, "", *under])


@pytest.mark.parametrize("credit,agency", [(" (ایسنا)", "ایسنا"), ("(ایسنا)", "ایسنا"), ("/ایرنا", "ایرنا"),
                                           (" / ایرنا", "ایرنا"), (" /فارس", "فارس"), (" (خبرگزاری مهر)", "مهر")])
@pytest.mark.parametrize("under", sorted(_UNDER_STORY))
@pytest.mark.parametrize("closing", _CLOSING)
@pytest.mark.parametrize("paras", [2, 5])
def test_last_paragraph_closed_by_its_agency_stays_in_the_body(credit, agency, under, closing, paras):
    last = closing + credit
    a = extract(_closed_page([*_CLOSED_STORY[:paras], last], _UNDER_STORY[under]))
    assert canon(a.paragraphs[-1]) == canon(last)  # the whole paragraph, the credit as the page wrote it
    assert len(a.paragraphs) + (a.lead is not None) == paras + 1
    assert a.agency == agency
    body = canon(" ".join(a.paragraphs))
    assert all(canon(x) not in body for x in _UNDER_STORY[under] if len(canon(x)) > 5)


@pytest.mark.parametrize("credit", ["(ایسنا)", "منبع: ایرنا", "/ایرنا", "منبع: خبرگزاری فارس"])
@pytest.mark.parametrize("under", ["nothing", "code", "tags and related"])
def test_a_credit_alone_under_the_story_stays_out_of_the_body(credit, under):
    a = extract(_closed_page([*_CLOSED_STORY[:4], credit], _UNDER_STORY[under]))
    assert canon(a.paragraphs[-1]) == canon(_CLOSED_STORY[3])
    assert all(canon(credit) not in canon(p) for p in a.paragraphs)


def test_a_short_headline_with_a_credit_after_the_story_is_no_paragraph():
    # a related item under the story, its source in brackets: a short line, no sentence before the credit
    a = extract(_closed_page(_CLOSED_STORY[:4], ["افزایش قیمت نان در تهران (ایسنا)"]))
    assert canon(a.paragraphs[-1]) == canon(_CLOSED_STORY[3])
    assert classify("افزایش قیمت نان در تهران (ایسنا)").kind == "short"
    assert classify(_CLOSING[0] + " (ایسنا)").kind == classify(_CLOSING[1] + "/ایرنا").kind == "para"


# --- dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,iso,jalali", [
    ("۲۶ تیر ۱۴۰۲", "2023-07-17", "1402/04/26"),                              # words, Persian digits
    ("26 تیر 1402", "2023-07-17", "1402/04/26"),                              # words, ASCII digits
    ("٢٦ تير ١٤٠٢", "2023-07-17", "1402/04/26"),                              # Arabic-Indic digits, Arabic yeh
    ("۱۴۰۲/۰۴/۲۶", "2023-07-17", "1402/04/26"),                               # numbers
    ("۱۹:۱۳ - ۱۳۹۷/۰۸/۱۵", "2018-11-06T19:13+03:30", "1397/08/15"),           # time first
    ("پنج‌شنبه ۱ بهمن ۱۳۸۸ - ۱۶:۲۹", "2010-01-21T16:29+03:30", "1388/11/01"), # weekday and time
    ("سه‌شنبه ۲۹ شهریور ۱۳۸۴ - ۲۳:۴۱", "2005-09-20T23:41+04:30", "1384/06/29"),  # late evening stays local (summer time)
    ("۱۲ مهر ۱۳۹۸ ساعت ۱۲:۰۰", "2019-10-04T12:00+03:30", "1398/07/12"),  # «ساعت» before the time
    ("۳۰ اسفند ۱۴۰۳", "2025-03-20", "1403/12/30"),                            # leap-year Esfand 30
])
def test_dates(text, iso, jalali):
    assert parse_date(text) == (iso, jalali)


@pytest.mark.parametrize("text", [
    "۳ روز پیش",        # relative
    "دقایقی قبل",        # relative
    "۳۱ اسفند ۱۴۰۲",    # no such day
    "۳۰ اسفند ۱۴۰۲",    # 1402 is not a leap year
    "کد خبر: ۲۵۹۷۲۴۵",  # a number, not a date
])
def test_no_date(text):
    assert parse_date(text) is None


# --- bad input -----------------------------------------------------------------------------

def test_page_with_no_article():
    # a 404/contact page: menu, notice, footer; no prose, nothing in the body
    page = "صفحه نخست\nسیاسی\nاقتصادی\nصفحه مورد نظر یافت نشد\nتماس با ما\nکلیه حقوق محفوظ است."
    a = extract(page)
    assert a.paragraphs == []
    assert a.chrome_lines == a.lines_total == 6


def test_listing_with_teasers_gives_no_body():
    # a category page of cards: headline, one teaser sentence, a date line
    cards = "".join(f"عنوان خبر شماره {i} درباره رویدادهای روز\n"
                    f"در این خبر شماره {i} از رویدادهای مهم روز در شهر و استان گزارش داده شده است.\n"
                    f"۱۲ مهر ۱۴۰۱ - ۱۰:{i:02d}\n\n" for i in range(10))
    assert extract("آخرین اخبار\n\n" + cards).paragraphs == []
    html = "<html><body>" + "".join("<p>%s</p>" % x for x in cards.split("\n") if x) + "</body></html>"
    assert extract(html).paragraphs == []
    # an article with subheadings (no date lines between its sections) keeps its body
    article = "".join(f"زیرعنوان بخش {i} از گزارش\nدر این بخش شماره {i} از گزارش، جزئیات بیشتری از این رویداد مهم بیان شده است.\n"
                      for i in range(6))
    assert len(extract("گزارش\nعنوان گزارش بلند امروز\n" + article).paragraphs) >= 6


def test_html_labels_in_small_elements():
    page = ('<html><body><div class="info"><span class="srv">سرویس: اقتصادی</span>'
            '<span class="pub">تاریخ انتشار: سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۱۴:۳۰</span></div><h1>عنوان خبر آزمایشی امروز</h1>'
            '<div class="txt"><p>به گزارش پایگاه خبری ما، این یک متن آزمایشی است که برای نشان دادن کار استخراج متن '
            'نوشته شده است و چند کلمه دارد تا بلند باشد.</p><p>بند دوم این خبر آزمایشی هم جزئیات بیشتری دارد و باید '
            'در متن بماند چون بخشی از خبر است.</p></div><div class="end">انتهای پیام/</div>'
            '<div class="src">منبع: ایسنا</div></body></html>')
    a = extract(page)
    assert (a.section, a.published, a.agency) == ("اقتصادی", "2022-10-04T14:30+03:30", "ایسنا")


def test_html_plain_layout_crumb_list_h2_lead_bare_date():
    page = ('<html><body><div id="hdr"><b>سایت</b></div><ul class="path"><li><a>خانه</a></li><li><a>اقتصادی</a></li></ul>'
            '<div class="item"><div><span>سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۱۴:۳۰</span></div><h1>عنوان خبر آزمایشی امروز</h1>'
            '<h2>این خلاصه خبر آزمایشی است که در یک جمله همه ماجرا را بیان می‌کند.</h2>'
            '<div class="txt"><p>به گزارش خبرگزاری ایسنا، این یک متن آزمایشی است که برای نشان دادن کار استخراج متن '
            'نوشته شده است و چند کلمه دارد تا بلند باشد.</p><p>بند دوم این خبر آزمایشی هم جزئیات بیشتری دارد و باید '
            'در متن بماند چون بخشی از خبر است.</p></div></div></body></html>')
    a = extract(page)
    assert (a.section, a.published, a.agency) == ("اقتصادی", "2022-10-04T14:30+03:30", "ایسنا")
    assert a.lead.startswith("این خلاصه") and len(a.paragraphs) == 2


STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."]
HEADLINE = "سرمربی تیم: بازیکنان ما آماده بازی هفته آینده هستند"


@pytest.mark.parametrize("box,byline,published", [
    # a price table (rows, its «updated» time) and a «most read» list between the byline and the story
    (["جدول قیمت‌ها", "ارز  آخرین قیمت  تغییرات", "نیم سکه  ۲۴,۰۵۳,۷۵۱  ▲ ۲.۷۹٪", "یورو  ۱۴۱,۷۱۵  ▲ ۱.۰۰٪",
      "آخرین به‌روزرسانی: ۱۷ فروردین ۱۴۰۰ ساعت ۱۱:۳۲", "", "پربازدیدترین‌ها",
      "افزایش قیمت خودرو در بازار تهران ادامه دارد", "بانک مرکزی نرخ سود را تغییر نداد",
      "صادرات نفت ایران در ماه گذشته افزایش یافت"],
     "مریم احمدی | انتشار: ۱۱:۳۲ - ۹۹/۱۰/۱۴ | دیدگاه‌ها: ۴۰", "2021-01-03T11:32+03:30"),
    # an events sidebar: each item «title - date»
    (["رویدادهای پیش رو", "کارگاه آموزشی فناوری نانو - 31 شهریور 1391", "نشست تخصصی زبان فارسی - 1391/08/01",
      "کنفرانس بین‌المللی آب و محیط زیست - 9 آبان 1391"],
     "حسین احمدی - 11 شهریور 1391 - 💬 2", "2012-09-01"),
])
def test_headline_over_its_date_line_with_a_box_before_the_story(box, byline, published):
    # the headline and its byline/date line, then a box of the site's (a table, a list, a sidebar),
    # then the story: the nearest line above the story is the box's last item, not the headline
    page = "\n".join(["بازار نمونه", "خانه | اقتصاد | بورس | ورزش | تماس با ما", "گروه خبری: ورزش", HEADLINE,
                      byline, "", *box, "", *STORY, "انتهای پیام"])
    a = extract(page)
    assert (a.title, a.published, a.section) == (HEADLINE, published, "ورزش")


def test_headline_right_above_the_story_is_kept_under_a_dated_related_item():
    # a related item with its date above the header, and the page's own headline (no date line of
    # its own) right above the story: the nearest headline stays the title
    page = "\n".join(["بازار نمونه", "خانه | اقتصاد | بورس | ورزش | تماس با ما", "آخرین اخبار",
                      "بانک مرکزی نرخ سود را تغییر نداد", "۱۲ مهر ۱۴۰۱ - ۱۰:۰۰", "ورزش", HEADLINE, "", *STORY])
    assert extract(page).title == HEADLINE


@pytest.mark.parametrize("para", [
    "او با قراردادن عکسی در اینستاگرامش، توجهات را معطوف خود کرد و این تصویر بسیار دیده شد.",
    "روحانی اتحادیه جهان اسلام در ایتالیا گفت: هراس از اسلام در جوامع غربی زیاد شده است.",
])
def test_body_sentences_are_not_social_chrome(para):
    assert classify(para).kind == "para"


def test_told_an_agency():
    from palayesh.extract.agency import agency_mentioned
    assert agency_mentioned('پیروز قربانی به "ورزش سه" می‌گوید صبای واقعی را ببینیم.') == "ورزش سه"
    assert agency_mentioned("در بیانیه‌ای که نسخه‌ای از آن به ایسنا رسیده است، گفت") == "ایسنا"


def test_html_date_of_a_related_item_is_not_the_article_date():
    paras = "".join("<p>بند شماره %d این خبر آزمایشی جزئیات بیشتری دارد و باید در متن بماند چون بخشی از خبر است.</p>" % i
                    for i in range(3))
    page = ('<html><body><h1>عنوان خبر آزمایشی امروز</h1><div class="txt">' + paras + '</div><div class="rel"><h3>اخبار مرتبط'
            '</h3><ul><li><a>خبر دیگر</a><span>۱۲ مهر ۱۴۰۱ - ۱۰:۰۰</span></li></ul></div></body></html>')
    assert extract(page).published is None


def test_listing_without_dates_gives_no_body():
    cards = "".join(f"عنوان خبر شماره {i} درباره رویدادهای روز\n"
                    f"در این خبر شماره {i} از رویدادهای مهم روز در شهر و استان گزارش داده شده است.\n" for i in range(10))
    assert extract("آخرین اخبار\n\n" + cards).paragraphs == []


def test_listing_page_gives_no_long_body():
    titles = "\n".join(f"عنوان خبر شماره {i} درباره رویدادهای روز" for i in range(20))
    a = extract("ورزشی\n" + titles + "\n۱ ۲ ۳ بعدی")
    assert len(a.paragraphs) == 0


@pytest.mark.parametrize("raw", [
    "",                                                      # empty
    "<html><body><p>متن ناقص",                                # truncated markup
    "<html><head><title>x</title></head><body></body></html>",  # empty body
    "<div><p>" * 2000,                                       # deep unclosed nesting
    "\x00\x01 binary-ish",                                   # control characters
])
def test_malformed_input_does_not_raise(raw):
    a = extract(raw)
    assert isinstance(a.paragraphs, list)


def test_html_meta_and_body():
    html = ('<html><head><meta property="og:title" content="دیدار سفیر با رئیس فدراسیون">'
            '<meta property="article:section" content="ورزش">'
            '<meta property="article:published_time" content="2017-12-22T21:54:00+03:30"></head><body>'
            '<nav><a href="/">صفحه نخست</a></nav><article><h1>دیدار سفیر با رئیس فدراسیون</h1>'
            '<p class="lead">سفیر در ایران با رئیس فدراسیون فوتبال دیدار کرد.</p>'
            '<div class="text"><p>به گزارش ایسنا، سفیر امروز با حضور در ساختمان فدراسیون با رئیس آن دیدار و گفتگو کرد.</p>'
            '<p>وی همچنین گفت که برگزاری چنین مسابقاتی به توسعه فوتبال در این کشور کمک خواهد کرد.</p>'
            '<p>منبع: ایسنا</p></div></article><section><h3>اخبار مرتبط</h3><ul><li>یک خبر دیگر</li></ul></section>'
            '</body></html>')
    a = extract(html)
    assert a.format == "html"
    assert a.title == "دیدار سفیر با رئیس فدراسیون"
    assert a.section == "ورزش"
    assert a.lead == "سفیر در ایران با رئیس فدراسیون فوتبال دیدار کرد."
    assert a.published == "2017-12-22T21:54:00+03:30"  # local time with its offset, not shifted to UTC
    assert a.agency == "ایسنا"
    assert len(a.paragraphs) == 2 and a.paragraphs[0].startswith("به گزارش")


@pytest.mark.parametrize("tag", ["blockquote", "strong", "p"])
def test_html_lead_named_by_its_class_in_any_element(tag):
    # a summary set as a quote or in bold under the headline, its class naming it the lead: the
    # lead, not the story's first paragraph
    lead = "سفیر در ایران با رئیس فدراسیون فوتبال دیدار کرد."
    html = ('<html><body><div class="post"><h1>دیدار سفیر با رئیس فدراسیون</h1>'
            f'<{tag} class="zq-lead">{lead}</{tag}>'
            '<div class="zq-txt"><p>به گزارش ایسنا، سفیر امروز با حضور در ساختمان فدراسیون با رئیس آن دیدار و گفتگو کرد.</p>'
            '<p>وی همچنین گفت که برگزاری چنین مسابقاتی به توسعه فوتبال در این کشور کمک خواهد کرد.</p></div>'
            '</div></body></html>')
    a = extract(html)
    assert a.lead == lead
    assert len(a.paragraphs) == 2 and a.paragraphs[0].startswith("به گزارش"), a.paragraphs


@pytest.mark.parametrize("between, lead", [
    (["اطلاعیه شماره ۸"], True),                        # the statement's number: a label, no sentence
    (["تعداد تصاویر: ۱۸"], True),                       # a count
    (["این جمله‌ای از متن است که با نقطه تمام می‌شود."], False),  # a sentence: no label
])
def test_html_lead_over_the_storys_one_label(between, lead):
    # the summary in a block of its own under the page's controls, then one label, then the story:
    # no box of two lines sets it apart, the label does
    summary = "سخنگوی دولت از تصویب طرح تازه حمایت از تولید در جلسه امروز هیئت وزیران خبر داد."
    story = ["سخنگوی دولت امروز در نشست خبری با حضور خبرنگاران درباره مصوبات جلسه هیئت وزیران توضیح داد و گفت"
             " که این طرح از ماه آینده اجرا می‌شود.",
             "وی افزود که اعتبار لازم برای اجرای این طرح در بودجه سال آینده پیش‌بینی شده است و وزارتخانه‌ها"
             " موظف به همکاری هستند.",
             "او در پایان گفت که گزارش پیشرفت طرح هر سه ماه یک بار به مردم ارائه خواهد شد."]
    html = ("<html><body><div><h1>تصویب طرح تازه حمایت از تولید</h1><div>۱۴۰۲/۰۵/۱۲ - ۱۰:۳۰</div></div>"
            "<div><button>اندازه متن: A+ A-</button><button>🖨 چاپ</button></div>"
            f"<div><div>{summary}</div></div>" + "".join(f"<div><div>{b}</div></div>" for b in between)
            + "<div>" + "".join(f"<p>{p}</p>" for p in story) + "</div></body></html>")
    a = extract(html)
    assert (a.lead == summary) is lead, a.lead
    assert a.paragraphs[-1] == story[-1]


@pytest.mark.parametrize("tag, lead", [
    ("div", True),   # the summary in a block of another kind than the story's paragraphs
    ("p", False),    # a <p> like the story's: its first paragraph, the label a line of its own
])
def test_html_lead_in_a_block_of_its_own_over_a_label(tag, lead):
    summary = "سخنگوی دولت از تصویب طرح تازه حمایت از تولید در جلسه امروز هیئت وزیران خبر داد."
    story = ["سخنگوی دولت امروز در نشست خبری با حضور خبرنگاران درباره مصوبات جلسه هیئت وزیران توضیح داد و گفت"
             " که این طرح از ماه آینده اجرا می‌شود.",
             "وی افزود که اعتبار لازم برای اجرای این طرح در بودجه سال آینده پیش‌بینی شده است و وزارتخانه‌ها"
             " موظف به همکاری هستند.",
             "او در پایان گفت که گزارش پیشرفت طرح هر سه ماه یک بار به مردم ارائه خواهد شد."]
    html = ("<html><body><table><tr><td><div><font size='4'>تصویب طرح تازه حمایت از تولید</font></div>"
            "<div>شنبه ۱۲ مرداد ۱۴۰۲ - ۱۰:۳۰</div></td></tr>"
            f"<tr><td><{tag}>{summary}</{tag}></td></tr><tr><td><div>اطلاعیه شماره ۷</div></td></tr>"
            "<tr><td>" + "".join(f"<p>{p}</p>" for p in story) + "</td></tr></table></body></html>")
    a = extract(html)
    assert (a.lead == summary) is lead, a.lead
    if lead:
        assert a.paragraphs == story


def test_html_time_limit(monkeypatch):
    import time

    from palayesh.extract import ExtractOptions, html as html_mod

    monkeypatch.setattr(html_mod, "_main_text", lambda raw, engine: time.sleep(5) or "")
    t0 = time.perf_counter()
    a = extract("<html><body><p>متن</p></body></html>", options=ExtractOptions(html_timeout=0.2))
    assert a.error == "html_timeout"
    assert time.perf_counter() - t0 < 2


class _CountedHash(str):
    """A word that counts how often it is hashed."""

    hashed = 0

    def __hash__(self):
        type(self).hashed += 1
        return str.__hash__(self)


def test_stoplist_hashed_once():
    # trafilatura's jusText fallback looks its stoplist (~150,000 words) up in an lru_cache on every
    # page that falls back: the cache hashes the tuple, and with it every word, each time
    from palayesh.extract.html import _HashedOnce

    words = tuple(_CountedHash(w) for w in ("از", "به", "the", "und"))
    once = _HashedOnce(words)
    _CountedHash.hashed = 0
    assert hash(once) == hash(words) and once == words and frozenset(once) == frozenset(words)
    _CountedHash.hashed = 0
    for _ in range(3):
        hash(once)
    assert _CountedHash.hashed == 0


def test_short_page_falls_back_with_stoplist_hashed_once():
    # a page of little text goes through trafilatura's fallbacks (jusText among them); the stoplist
    # they made is hashed once from then on, and a second such page extracts as the first did
    from trafilatura import external

    from palayesh.extract.html import _HashedOnce

    page = ("<html lang='fa'><head><title>تصاویر بارش برف در تهران</title></head><body>"
            "<nav><a href='/'>خانه</a> <a href='/photo'>عکس</a></nav><h1>تصاویر بارش برف در تهران</h1>"
            "<p>عکاس: نمونه</p></body></html>")
    first = extract(page, format="html")
    assert isinstance(external.JT_STOPLIST, _HashedOnce)
    again = extract(page, format="html")
    assert (again.title, again.text) == (first.title, first.text)


def test_warm_makes_the_fallback_stoplist_before_workers_fork(monkeypatch):
    # a run's workers are forked after its steps are warmed: the jusText stoplist and the frozenset
    # jusText makes of it, made there once, are what every worker's first fallback page finds (each
    # worker made both anew: 0.15 s of CPU, inside that page's time limit)
    from justext.core import define_stoplist
    from trafilatura import external

    from palayesh.extract.html import _HashedOnce
    from palayesh.extract.step import ExtractStep

    monkeypatch.setattr(external, "JT_STOPLIST", None)
    define_stoplist.cache_clear()
    ExtractStep().warm()
    assert isinstance(external.JT_STOPLIST, _HashedOnce)
    misses = define_stoplist.cache_info().misses
    define_stoplist(external.JT_STOPLIST)  # (as jusText's classify_paragraphs calls it)
    assert define_stoplist.cache_info().misses == misses == 1


def test_warm_makes_the_tables_of_a_first_page_before_workers_fork():
    # (each worker made them on its first page: 35 ms of CPU a worker, on the way to that page's
    # time limit)
    from palayesh.extract import dates, pagetext
    from palayesh.extract.step import ExtractStep

    made = (pagetext._bmp_ink, pagetext._bmp_nfc_suspect, dates._date_hint)
    for f in made:
        f.cache_clear()
    ExtractStep().warm()
    assert [f.cache_info().currsize for f in made] == [1, 1, 1]


def test_trafilatura_options_made_once_and_as_its_keywords_make_them(monkeypatch):
    # (trafilatura built its Extractor from its configuration on every call: one made once a process
    # and passed to it; the same options as the keywords make, and the same text, in both passes)
    import trafilatura
    from trafilatura import core
    from trafilatura.settings import Extractor

    from palayesh.extract import html as html_mod

    seen = []
    bare = core.bare_extraction

    def spy(*a, options=None, **k):
        seen.append(options)
        return bare(*a, options=options, **k)

    monkeypatch.setattr(core, "bare_extraction", spy)

    page = ("<html lang='fa'><body><nav><a href='/'>خانه</a></nav><article><h1>بارش برف در تهران</h1>"
            + "<p>بارش برف از بامداد امروز در تهران آغاز شد و تا عصر ادامه دارد.</p>" * 8
            + "</article></body></html>")
    for fast in (True, False):
        made = html_mod._extractor_options(fast)
        assert html_mod._extractor_options(fast) is made
        got = trafilatura.extract(page, include_comments=False, include_tables=True, include_images=False,
                                  include_links=False, deduplicate=False, favor_precision=True, fast=fast)
        kw = seen[-1]
        assert kw is not made and all(getattr(made, s) == getattr(kw, s) for s in Extractor.__slots__)
        assert trafilatura.extract(page, options=made) == got and seen[-1] is made
    assert html_mod._main_text(page, "trafilatura") == trafilatura.extract(page, options=html_mod._extractor_options(True))


def test_the_extractor_is_imported_before_the_pages_time_limit(tmp_path):
    # a time limit that fires inside an import leaves the package half made for the rest of the run
    # (at load 40 a run's first page timed out inside trafilatura's import, and every later page
    # failed: «module 'urllib3' has no attribute 'util'»); a fresh process, where nothing is imported
    script = tmp_path / "first_page.py"
    script.write_text(textwrap.dedent("""
        import contextlib, sys
        from palayesh.extract import extract, html

        @contextlib.contextmanager
        def limit(seconds):
            assert "trafilatura" in sys.modules, "trafilatura imported under the page's time limit"
            yield

        html.time_limit = limit
        assert extract("<html><body><h1>عنوان خبر</h1><p>متن خبر</p></body></html>", format="html").error is None
    """), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in [str(ROOT / "src"), os.environ.get("PYTHONPATH")] if p)}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


# --- quality gate on the dev pages ----------------------------------------------------------

DEV = SHARED / "data" / "dev-pages"


@pytest.mark.skipif(not (DEV / "gold.jsonl").exists(), reason="../shared/data/dev-pages is not here")
def test_quality_gate_dev_pages():
    # floors: gate dev_pages_extract of tests/floors.toml
    from palayesh.readers.decode import decode_bytes

    gate = floors.measured("dev_pages_extract")
    gold = [json.loads(x) for x in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    arts = [g for g in gold if g["kind"] == "article"]
    acc = collections.Counter()
    m = p = n = leaked = 0
    for g in arts:
        a = extract(decode_bytes((DEV / "pages" / g["file"]).read_bytes())[0])
        for f in ("title", "section", "agency", "lead"):
            acc[f] += canon(g[f]) == canon(getattr(a, f))
        acc["published"] += (a.published or "")[:10] == (g["published_iso"] or "")
        gp = [x for x in map(canon, g["body_paragraphs"]) if x]
        pp = [x for x in map(canon, a.paragraphs) if x]
        m += sum((collections.Counter(gp) & collections.Counter(pp)).values())
        p += len(pp)
        n += len(gp)
        chrome = [canon(c) for c in g["chrome_lines"]]
        leaked += any(c and len(c) >= 15 and any(c in x for x in pp) or c in pp for c in chrome if c)
    scores = {f: acc[f] / len(arts) for f in acc}
    prec, rec = m / p, m / n
    scores["body_f1"] = 2 * prec * rec / (prec + rec)
    scores["chrome_leak"] = leaked / len(arts)
    low, high = floors.below(scores, gate.min), floors.above(scores, gate.max)
    assert not low and not high, (low, high, scores)


def test_template_barrier_in_parts_equals_whole(tmp_path):
    # families shared out among parallel parts keep exactly the shapes the whole merge keeps
    from palayesh.extract.step import SHARED, TemplateBarrier, TemplateCollector
    from palayesh.pipeline import Context

    chrome = ["خبرگزاری نمونه", "صفحه اصلی", "بازگشت به بالا", "کلیه حقوق محفوظ است"]
    pages = [{"raw": "\n".join([chrome[0], f"عنوان خبر شماره {i}", f"متن خبر {i} درباره موضوع {i % 3}.",
                                *chrome[1:]]), "url": None if i % 2 else f"https://site{i % 3}.ir/n/{i}"}
             for i in range(40)]
    results = []
    for mode in ("whole", "parts"):
        work = tmp_path / mode
        step = TemplateCollector()
        for shard in range(2):
            ctx = Context(shard=shard, stage="read", work_dir=work)
            step.setup(ctx)
            list(step.run([dict(p) for p in pages[shard::2]], ctx))
            step.finish(ctx)
        barrier = TemplateBarrier()
        if mode == "parts":
            for part in range(barrier.parts(work, "read", [0, 1])):
                barrier.run_part(work, "read", [0, 1], part)
        counters = barrier.reduce(work, "read", [0, 1])
        results.append(([(work / "shared" / name).read_bytes() for name in SHARED.values()], counters))
    assert results[0] == results[1]
    assert results[0][1]["recurring_shapes"] >= 3


@pytest.mark.parametrize("text", ["می‌شود، كتاب ۱۲", "snake_case و _ تنها", "خــبــر ـ کشیده", "x² و ½ و Ⅻ ۳",
                                  "کتاب‌ها_ی ما", "مُحَمَّد ابنِ", "__ ــ ²", "a_b\x00c ²_"])
def test_tokens_are_the_words_keys(text):
    # tokens() takes the words as they stand when no word character of the text is one line keys
    # drop (the underscore, tatweel, other numerals); otherwise each word's key
    from palayesh.extract.lexicon import _WORD, tokens
    from palayesh.textkeys import alnum_key, fold

    folded = fold(text.replace("\u200c", ""))
    assert tokens(text) == [k for k in (alnum_key(w) for w in _WORD.findall(folded)) if k]


def test_a_heading_the_site_shows_above_its_stories_is_no_subheading_inside_one(tmp_path):
    # a box («suggested channels»: a heading, then the channels) between the lead and the story on
    # every page of a site; far enough from the text that the template sees it above the body (the
    # lead alone is no run of prose): its heading is the site's, not a subheading of the story
    from conftest import news_bodies, read_rows
    from palayesh import refine

    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [[p for p in b if len(p.split()) >= 20][:3] for b in bodies]
    bodies = [b for b in bodies if len(b) == 3][:12]
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        lines = ["پست‌یاب", "گروه‌ها", title, *paras[:1], "کانال‌های پیشنهادی", "اخبار فوری ایران - ۴۵ K عضو",
                 "خبرفوری ایران - ۹ K عضو", "رسانه پلاس - ۱۸۰ K عضو", "سرخط آنلاین - ۹ هزار عضو", *paras[1:],
                 "© ۱۳۹۸ پست‌یاب."]
        (src / f"p{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = read_rows(out) + read_rows(out, "rejected")
    assert len(rows) == len(bodies)
    for r in rows:
        assert "کانال‌های پیشنهادی" not in (r["text"] or "").split("\n"), r["id"]


@pytest.mark.parametrize("credit,agency", [
    ("<div class='line'><div>برگرفته از سایت ورزش سه</div></div>", "ورزش سه"),   # no colon, alone in its element
    ("<div class='x'>به نقل از ورزش۳</div>", "ورزش سه"),
    # an agency's full name and its short one in brackets: seven words, a credit all the same
    ("<div class='m'><span>به نقل از خبرگزاری کار ایران (ایلنا)</span></div>", "ایلنا"),
    ("<div class='m'><span>به نقل از خبرگزاری جمهوری اسلامی ایران (ایرنا)</span></div>", "ایرنا"),
    ("", None),
])
def test_html_credit_without_a_colon(credit, agency):
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><div class='top'>روزنامه نمونه</div><article><h1>" + HEADLINE + "</h1>"
            f"<div class='t'>{paras}</div>{credit}<div class='line'><div>انتهای پیام</div></div></article>"
            "<div class='f'>تمامی حقوق محفوظ است.</div></body></html>")
    assert extract(page).agency == agency


@pytest.mark.parametrize("credit,agency", [
    # the whole credit bracketed, its short name in brackets of its own inside, among the header's lines
    ("(خبرگزاری کار ایران (ایلنا))", "ایلنا"),
    ("[خبرگزاری دانشجویان ایران (ایسنا)]", "ایسنا"),
    ("(کوچک (بزرگ))", None),
])
def test_html_bracketed_credit_in_brackets_under_the_headline(credit, agency):
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><div class='top'>روزنامه نمونه</div><article><div class='h'><h1>"
            + HEADLINE + "</h1><div class='m'>کد خبر: ۵۰۰۴۴۱</div>"
            f"<div class='m'>{credit}</div></div><div class='t'>{paras}</div></article>"
            "<div class='f'>تمامی حقوق محفوظ است.</div></body></html>")
    assert extract(page).agency == agency


@pytest.mark.parametrize("credit,agency", [
    ("(ورزش سه)", "ورزش سه"),                 # an agency's name in brackets on a line of its own
    ("(خبرگزاری فارس)", "فارس"),               # with the word «خبرگزاری»
    ("[سایت ورزش سه]", "ورزش سه"),            # square brackets, «سایت»
    ("(خبرگزاری کار ایران (ایلنا))", "ایلنا"),  # its full name and its short one
    ("(عکس)", None),                            # brackets around no agency's name
    ("(به‌روز شده)", None),                     # brackets around other words
])
def test_flat_bracketed_credit_between_the_headline_and_the_story(credit, agency):
    # under the byline and the header's widgets, over the story that names no agency: its source,
    # as the same line in an element of its own on an HTML page (test_html_bracketed_credit_…)
    page = "\n\n".join(["روزنامه نمونه", "صفحه اصلی | سیاست | ورزش", HEADLINE, "علی رضایی - ۱۲ مهر ۱۴۰۱ - ۱۰:۲۰",
                        "👁 ۱,۵۱۹", credit, *STORY, "پایان خبر", "لینک کوتاه: https://nemune.ir/x1"])
    a = extract(page)
    assert a.title == HEADLINE
    assert a.agency == agency
    assert canon(credit) not in canon(" ".join(a.paragraphs))


@pytest.mark.parametrize("credit,agency", [
    ("(ایسنا)", "ایسنا"),          # an agency's name in brackets under the end marker
    ("(خبرگزاری فارس)", "فارس"),
    ("ورزش سه", "ورزش سه"),        # its bare name, the line right under the end marker
    ("(عکس)", None),
])
def test_flat_credit_under_the_end_marker_far_below_the_story(credit, agency):
    # the story's date and a list of related stories, each with its date, stand between the story
    # and its end marker («پایان خبر»): the line under the marker is still the story's credit
    related = ["مطالب مرتبط", "نتایج یک پژوهش تازه درباره آب‌وهوای کشور", "1399/02/04",
               "برنامه‌های هفته آینده در شهرهای کشور اعلام شد", "1399/02/10",
               "آغاز ثبت‌نام دوره‌های آموزشی تابستانی", "1399/02/06"]
    page = "\n".join(["روزنامه نمونه", "صفحه اصلی | سیاست | ورزش", "", HEADLINE, "", *STORY, "16:18 - 1399/03/08",
                      *related, "", "پایان خبر", credit, "تگ‌ها: بورس، بازار", "تمامی حقوق محفوظ است."])
    assert extract(page).agency == agency


@pytest.mark.parametrize("widget", ["اندازه متن: A+ A-", "Font size: A+ | A-", "سرعت پخش: ۱x", "امتیاز: ★★★★☆"])
def test_a_label_over_no_words_is_no_headline(widget):
    # a widget's line under the byline (buttons, a readout after a label), right above the story:
    # no headline, whatever its label says; the headline stands above the byline
    page = "\n\n".join(["روزنامه نمونه", "صفحه اصلی | سیاست | ورزش", HEADLINE, "علی رضایی - ۱۲ مهر ۱۴۰۱ - ۱۰:۲۰",
                        "۳ ساعت قبل", "۳۰,۳۵۱ بازدید", widget, *STORY, "پایان خبر"])
    assert extract(page).title == HEADLINE


def test_a_line_ending_with_a_colon_is_no_headline():
    # «🔸 خبرگزاری فارس:» on its own line opens the lead under the headline: it introduces, not heads
    page = "\n".join(["کانال نمونه", "@news24", "۹ هزار عضو", "⭕️ " + HEADLINE, "🔸 خبرگزاری فارس:", *STORY])
    assert extract(page).title == "⭕️ " + HEADLINE


def test_own_headline_that_the_site_lists_after_its_other_stories(tmp_path):
    # the site lists the first story's headline under every other story («related»): the template
    # sees it after the body of most pages, yet above the first page's story it is that page's title
    from conftest import news_bodies, read_rows
    from palayesh import refine

    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [[p for p in b if len(p.split()) >= 20][:3] for b in bodies]
    bodies = [b for b in bodies if len(b) == 3][:12]
    titles = [" ".join([w for w in b[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:") for b in bodies]
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        related = [titles[0]] + [titles[(i + k) % 12] for k in (3, 5)] if i else [titles[4], titles[7]]
        lines = ["اقتصاد پیشرو", "گروه خبری: اقتصاد", titles[i], paras[0], "به قلم شیما رضایی", f"۹۳/۰۸/{i + 10:02d}",
                 *paras[1:], "مطالب مرتبط", *related, "© ۱۳۹۸ اقتصاد پیشرو. همه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    assert rows["p00"]["title"] == titles[0]


def _line(text: str, recurs: bool = False):
    ln = classify(text)
    ln.recurs = recurs  # (what extract_text sets when the site's template knows the line)
    return ln


@pytest.mark.parametrize("text,recurs,counter", [
    ("۶۷۱۵ نفر این مطلب را خوانده‌اند", False, True),            # by its shape, on the page alone
    ("۴۱۶ بازدید", False, True),                                 # by its shape
    ("خبر داغ: قیمت ۱۲ کالا", False, False),                     # a ticker: a label and a number
    ("خبر داغ: قیمت ۱۲ کالا", True, True),                       # ... yet the site's template knows it
    ("۲۰۸۱ نفر این مطلب را خوانده و پسندیده‌اند", False, False),   # eight words: too long for its shape
    ("۲۰۸۱ نفر این مطلب را خوانده و پسندیده‌اند", True, True),     # ... not for the run (MAX_COUNTER_WORDS)
    ("تیم ملی فوتبال ایران امروز با هشت بازیکن تازه تمرین کرد ۲", True, False),  # a recurring sentence
    ("ورزشی", True, False),                                     # no number: a label, no counter
])
def test_counter_line_by_the_page_or_by_the_run(text, recurs, counter):
    from palayesh.extract.text import _counter_line

    assert _counter_line(_line(text, recurs)) is counter


@pytest.mark.parametrize("text,headline,ends", [
    ("ابتدا / مدارس / نتایج آزمون ورودی اعلام شد", "نتایج آزمون ورودی اعلام شد", True),  # a trail
    ("گزارش ویژه: نتایج آزمون ورودی اعلام شد", "نتایج آزمون ورودی اعلام شد", True),   # a title bar: the keys echo it
    ("نخست › فرهنگ › نمایشگاه کتاب تهران امروز…", "نمایشگاه کتاب تهران امروز آغاز شد", True),  # cut short
    ("خانه / ورزش / پیروزی تیم", "پیروزی تیم", True),     # a short headline at the end of a trail
    ("اخبار پیروزی تیم", "پیروزی تیم", False),            # ... its short echo in no trail
    ("ورزش / پیروزی تیم", "پیروزی تیم", False),           # ... nor in a trail without a home
    ("نتایج آزمون ورودی اعلام شد", "نتایج آزمون ورودی اعلام شد", False),  # the headline itself
])
def test_line_ends_with_the_headline(text, headline, ends):
    from palayesh.extract.text import _ends_with_headline

    assert _ends_with_headline(_line(text), _line(headline)) is ends


def test_a_widget_line_the_site_shows_over_every_story_is_no_headline_over_a_lead(tmp_path):
    # a text copy: headline, the date row, the font-size and audio widgets the site shows over every
    # story, then the story, whose first paragraph is one short sentence. The widget line reads like a
    # headline (three words) but the run knows it: the paragraph under it is the story's first, no lead
    from conftest import refine_site, story_bodies

    pages = []
    for i, paras in enumerate(story_bodies(12)):
        first = paras[0].split(".")[0][:200].rstrip("،:؛ ") + "."
        title = " ".join(w for w in paras[1].split()[:7] if not any(c.isdigit() for c in w)).strip("،.:")
        pages.append(["پول و بانک", "صفحه اصلی  بازار ارز  بیمه  بورس", title,
                      f"۱۲:{10 + i} - ۱۴۰۲/۰۴/{10 + i} | کد مطلب: {1743600 + i}", f"زمان مطالعه: {i % 9 + 2} دقیقه",
                      "کوچک | متوسط | بزرگ", "🔊 شنیدن این خبر", first, *paras[1:], "پایان پیام",
                      "© پول و بانک - تمامی حقوق محفوظ است."])
    rows = refine_site(tmp_path, pages)
    assert len(rows) >= 10
    for r in rows.values():
        assert r["lead"] is None, (r["id"], r["lead"])


def test_a_lead_in_the_sites_slot_under_a_widget_stays_a_lead(tmp_path):
    # the same widget over the first paragraph, but a row the site shows under every lead («زمان
    # مطالعه») sets the paragraph apart from the story: it stands in the site's slot of a lead
    from conftest import refine_site, story_bodies
    from palayesh.extract.agency import has_dateline

    pages = []
    for i, paras in enumerate(story_bodies(30)):
        paras = [p for p in paras if not has_dateline(p)]  # (no dateline under it: that alone makes a lead)
        if len(paras) < 3 or len(pages) == 12:
            continue
        first = paras[0].split(".")[0][:200].rstrip("،:؛ ") + "."
        title = " ".join(w for w in paras[1].split()[:7] if not any(c.isdigit() for c in w)).strip("،.:")
        pages.append(["آشپزخونه", "صفحه اصلی  روانشناسی  خانه‌داری  آشپزی", title,
                      f"سمیرا فتحی - ۱۴۰۲/۰۴/{10 + i} - ۱۲:{10 + i}", f"{50316 + 7 * i:,} بازدید", "اندازه متن: A+ A-",
                      first, f"زمان مطالعه: {i % 9 + 2} دقیقه", *paras[1:], "به نقل از فارس",
                      "© آشپزخونه - تمامی حقوق محفوظ است."])
    rows = refine_site(tmp_path, pages)
    assert len(rows) >= 10
    assert sum(r["lead"] is not None for r in rows.values()) >= len(rows) - 1, [r["lead"] for r in rows.values()]


def test_a_heading_set_into_the_story_does_not_end_it_before_the_sites_end_marker(tmp_path):
    # «تبلیغات» (an ad's label) set between two paragraphs of a few stories of a site whose stories
    # all end at «/د»: the story goes on under it up to the site's end marker, and is not cut there
    from conftest import refine_site, story_bodies

    stories = story_bodies(24, paras=4)
    pages = []
    for i, paras in enumerate(stories[:12]):
        title = " ".join(w for w in paras[1].split()[:7] if not any(c.isdigit() for c in w)).strip("،.:")
        tail = stories[12 + i][3] if i % 3 == 0 else paras[3]  # (what follows need not repeat the story's words)
        story = [*paras[:3], "تبلیغات", tail] if i % 3 == 0 else [*paras[:3], tail]
        pages.append(["بیمه امروز", "صفحه نخست  بازار ارز  بیمه  بورس", title, f"زمان انتشار: ۱۴۰۲/۰۴/{10 + i}",
                      *story, "/د", "خبرگزاری: فارس", f"شناسه خبر: {1427780 + i}", "© بیمه امروز"])
    rows = refine_site(tmp_path, pages)
    assert len(rows) >= 10
    for i in range(0, 12, 3):
        r = rows.get(f"p{i:02d}")
        assert r is not None and len(r["text"].split("\n")) + (r["lead"] is not None) == 4, (i, r and r["text"])


_FIELDS_STORY = [
    "سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند و امیدواریم هواداران را"
    " خوشحال کنیم.",
    "او افزود که تیم در تمرینات این هفته شرایط خوبی داشته و همه بازیکنان به جز یک نفر آماده هستند و کادر فنی از"
    " وضعیت آنها راضی است."]
_FIELDS = ["بازی: FIFA", "جایزه: ۷۹۰,۰۰۰ دلار"]


@pytest.mark.parametrize("story,kept", [
    # a tournament's box of fields under the lead and its widgets, over the story's text: the page's
    (["کوچک | متوسط | بزرگ | چاپ", *_FIELDS, *_FIELDS_STORY], []),
    # the same lines after the story's first paragraphs: its own (a lineup, a list it gives)
    ([*_FIELDS_STORY, "کوچک | متوسط | بزرگ | چاپ", *_FIELDS, _FIELDS_STORY[0]], _FIELDS),
])
def test_a_box_of_fields_between_the_lead_and_the_story_is_no_story(story, kept):
    page = "\n\n".join(["گیمرخبر", "صفحه اصلی | کنسول | کامپیوتر | موبایل", "سرمربی تیم: بازیکنان ما آماده بازی هستند",
                        "زمان انتشار: ۱۴۰۲/۰۵/۰۶ ۱۲:۵۷ | بازدید: ۵۰,۸۸۰", "لید:",
                        "تیم ملی برای دیدار هفته آینده آماده می‌شود و همه بازیکنان در تمرین حاضر بودند.", *story,
                        "پایان پیام", "کلیه حقوق این سایت محفوظ است."])
    a = extract(page)
    assert a.lead is not None and a.paragraphs[-1] == story[-1]
    assert [p for p in a.paragraphs if p in _FIELDS] == kept


_FILM_FIELDS = ["کارگردان: الهام شریفی", "سال تولید: ۲۰۲۰", "مدت زمان: ۱۴۷ دقیقه", "ژانر: کمدی"]


@pytest.mark.parametrize("dateline,kept", [
    # a page flattened without blank lines: the film's box between the summary and the paragraph that
    # opens the story with its dateline is the page's, and the summary is the lead over that paragraph
    ("به گزارش پرده نقره‌ای، ", []),
    # the same lines over a paragraph that goes on telling: the story's own (a list it gives)
    ("", _FILM_FIELDS),
])
def test_a_box_of_fields_over_the_dateline_is_no_story_without_blank_lines(dateline, kept):
    summary = "اولین فهرست سرمربی با آخرین فهرستی که از تیم ملی سراغ داشتیم، تفاوت‌های نسبتاً زیادی دارد."
    story = [dateline + _FIELDS_STORY[0], _FIELDS_STORY[1]]
    page = "\n".join(["پرده نقره‌ای", "مجله نقد فیلم و سریال", "صفحه نخست - جشنواره فجر - سینمای ایران - باکس آفیس",
                      "تکنیکی‌ها و جوانترها اکثریت فهرست تیم ملی", "آرش سلیمانی - ۱۴۰۰/۰۷/۲۸ - ۰۶:۱۷",
                      "بازدید: ۶۵,۵۲۸", summary, *_FILM_FIELDS, *story, "منبع: ایرنا",
                      "کلیه حقوق این سایت محفوظ است."])
    a = extract(page)
    assert [p for p in a.paragraphs if p in _FILM_FIELDS] == kept
    assert a.paragraphs[-2:] == story
    if not kept:
        assert a.lead == summary


@pytest.mark.parametrize("seen,section", [
    # no template for the site: a label under the headline that other sites of the run show above
    # their stories names the section
    (None, "Coindesk"),
    # the site's template (learned, borrowed from its HTML pages too) shows the label on none of its
    # other pages: written for this story (a sponsor's, an author's name), not a section of the site
    (False, None),
])
def test_a_run_label_under_the_headline_that_the_site_shows_nowhere_else_is_no_section(seen, section):
    from palayesh.extract.text import DATE, NAV, PARA, SHORT, Line, _section_under_headline
    from palayesh.textkeys import line_key

    def ln(text, kind, **kw):
        return Line(text, line_key(text), len(text.split()), kind, **kw)

    lines = [ln("کیه‌لینی: عطش یوونتوس بیشتر شده", SHORT), ln("۴ روز قبل", DATE),
             ln("چاپ | ذخیره | ارسال به دوستان", NAV, recurs=True),
             ln("Coindesk", SHORT, vocab=("Coindesk",), seen=seen),
             ln("به گزارش دهقان نیوز، بیانکونری چهارمین قهرمانی پیاپی خود در سری آ را فصل گذشته کسب کرد.", PARA)]
    assert _section_under_headline(lines, 0, 4, set(), set()) == section


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("last,kept", [
    # a citation of the page: its headline quoted whole, an author and a year, the publisher
    (f"نحوه استناد: رضایی، مریم (۱۴۰۱). «{HEADLINE}». تهران: پژوهشکده نمونه.", False),
    (f"مطلب «{HEADLINE}» را در پژوهشکده نمونه بخوانید و با دوستان خود به اشتراک بگذارید.", False),
    # a speaker's words that the headline repeats are the story's
    (f"وی در پایان تأکید کرد: «{HEADLINE}» و همه باید کمک کنند.", True),
])
def test_a_citation_of_the_page_after_the_story_is_no_paragraph(html, last, kept):
    if html:
        paras = "".join(f"<p>{p}</p>" for p in [*STORY, last])
        page = ("<!doctype html><html><body><div class='top'>پژوهشکده نمونه</div><article><h1>" + HEADLINE
                + f"</h1><div class='t'>{paras}</div></article><div class='f'>تمامی حقوق محفوظ است.</div></body></html>")
    else:
        page = "\n\n".join(["پژوهشکده نمونه", HEADLINE, *STORY, last, "تمامی حقوق محفوظ است."]) + "\n"
    a = extract(page)
    assert a.title == HEADLINE
    story = ([a.lead] if a.lead else []) + a.paragraphs
    assert story[:3] == STORY and (story[-1] == last) == kept


#: ten headlines of an economy site's stories, one a page (the runs of pages built below)
ECON_TITLES = ["بازار کار در انتظار سیاست‌های تازه دولت", "صادرات غیرنفتی در فصل بهار کاهش یافت",
               "چشم‌انداز تورم در سال آینده روشن نیست", "سرمایه‌گذاری خارجی همچنان در رکود است",
               "بانک مرکزی سیاست پولی تازه‌ای اعلام کرد", "قیمت مسکن در شهرهای بزرگ ثابت ماند",
               "یارانه انرژی و چالش‌های بودجه عمومی کشور", "رشد صنعت خودرو به واردات قطعه وابسته است",
               "کشاورزی در برابر خشکسالی چه می‌تواند بکند", "بورس تهران هفته را با رشد شاخص به پایان برد"]


def test_headline_over_a_tall_box_of_the_sites_template(tmp_path):
    # between the headline and the story the site sets a dozen lines of its own on every page (a
    # toolbar, a key-figures box whose values vary): they do not push the headline out of reach
    from conftest import refine_site, story_bodies

    box = ["نظرات", "A A A", "نسخه چاپی", "دانلود نسخه PDF", "شاخص‌های کلیدی", "شاخص\tمقدار"]
    titles = ECON_TITLES
    pages = []
    for i, paras in enumerate(story_bodies(10, 3)):
        figures = [f"نرخ تورم\t{30 + i}٪", f"رشد اقتصادی\t{i}٪", f"نرخ بیکاری\t{10 + i}٪", f"نرخ ارز\t{40 + i}"]
        pages.append(["اندیشکده نمونه", f"بخش: {['اقتصاد کلان', 'انرژی'][i % 2]}", titles[i],
                      f"مریم رضایی | ۱۴۰۲/۰۳/{i + 10:02d}", f"کد خبر: {5000 + i}", *box, *figures, *paras,
                      "تمامی حقوق برای اندیشکده نمونه محفوظ است."])
    rows = refine_site(tmp_path, pages)
    assert len(rows) == 10
    for i in range(10):
        assert rows[f"p{i:02d}"]["title"] == titles[i]


def test_a_trail_that_ends_with_the_headline_tells_it_over_a_ticker_above(tmp_path):
    # a latest-news ticker (other stories' headlines, new on every page) over the trail, and the
    # headline a «X: …» quote between the page's code and its date (shaped like a field of the meta
    # block): the trail ends with the headline, so the ticker's last item is not it
    from conftest import refine_site, story_bodies

    titles = ["ترکاشوند: کواچ جرأت تعویض نداشت", "نوری: آلبوم تازه‌ام تا پاییز منتشر می‌شود",
              "رحیمی: کنسرت تهران به تعویق افتاد", "کریمی: موسیقی سنتی مخاطب خود را دارد",
              "احمدی: جشنواره فجر امسال متفاوت است", "حسینی: تور اروپا با استقبال روبرو شد",
              "رضایی: ترانه‌سرایی کار آسانی نیست", "موسوی: ارکستر ملی دوباره به صحنه می‌آید",
              "صادقی: آموزش موسیقی باید از مدرسه آغاز شود", "جعفری: بازار آلبوم در رکود است"]
    ticker = ["یک پنالتی عجیب؛ هدیه اودینزه به میلان", "حاشیه دیدار استقلال و ملوان در تهران",
              "باشگاه‌ها در برکناری مربیان خارجی مشورت کنند", "قیمت بلیت کنسرت‌ها دوباره بالا رفت",
              "بارش باران در شمال کشور ادامه دارد", "مسابقات کشتی آزاد از فردا آغاز می‌شود",
              "نمایشگاه کتاب تهران امروز افتتاح شد", "سینماها در تعطیلات نوروز باز هستند",
              "تیم ملی والیبال به اردو می‌رود", "جشنواره تئاتر فجر برندگان خود را شناخت",
              "ترافیک سنگین در آزادراه تهران کرج", "مدارس استان فردا تعطیل هستند"]
    pages = []
    for i, paras in enumerate(story_bodies(10, 3)):
        pages.append(["نوای روز | اخبار موسیقی", "صفحه نخست - آلبوم - کنسرت - ویدئو", "آخرین اخبار",
                      *ticker[i: i + 3], f"صفحه نخست « مطالب « موسیقی پاپ « {titles[i]}",
                      f"کد مطلب: {9000 + i}", titles[i], f"آخرین به‌روزرسانی: {i + 3} تیر ۱۳۹۲ ساعت ۱۱:۴۵",
                      f"{100 + i} بازدید", *paras, "تمامی حقوق برای نوای روز محفوظ است."])
    rows = refine_site(tmp_path, pages)
    assert len(rows) == 10
    for i in range(10):
        assert rows[f"p{i:02d}"]["title"] == titles[i]


#: the site's next story, saved under this one by an infinite scroll: its own headline, date line and
#: paragraphs, longer than the story (so that the story's text could seem to go on under the end marker)
NEXT_HEADLINE = "شهرداری طرح تازه‌ای برای پارک‌های محله‌ای اجرا می‌کند"
NEXT_STORY = ["معاون شهردار از اجرای طرح تازه‌ای برای بازسازی پارک‌های محله‌ای در همه مناطق شهر خبر داد و گفت "
              "که این طرح با همکاری شوراهای محلات و مشارکت ساکنان هر محله در چند ماه آینده به پایان می‌رسد.",
              "به گفته او در این طرح زمین‌های بازی کودکان، مسیرهای پیاده‌روی و روشنایی پارک‌ها نوسازی می‌شود و "
              "برای نگهداری فضای سبز هر پارک نیز گروهی از ساکنان همان محله با شهرداری منطقه همکاری خواهند کرد.",
              "وی افزود که بودجه این طرح از محل درآمدهای پایدار شهرداری تأمین شده و گزارش پیشرفت کار هر ماه در "
              "جلسه شورای شهر ارائه می‌شود تا شهروندان از روند اجرای آن آگاه باشند و نظر خود را اعلام کنند."]


@pytest.mark.parametrize("tail,kept", [
    # the next story under the end marker and the tags: headline, date line, paragraphs
    (["پایان خبر", "#فوتبال #تیم_ملی", NEXT_HEADLINE, "پنج‌شنبه ۲۴ فروردین ۱۳۹۶ - ۲۰:۰۱", *NEXT_STORY,
      "پایان خبر"], STORY),
    # a readers' thread: a name, a date line, the comment, its votes, again
    (["تلگرام", "واتس‌اپ", "دیدگاه‌ها", "بازنشسته", "۱۷-۰۵-۱۳۹۸ | ۲۰:۳۶",
      "ده سال پیش هم همین حرف‌ها زده شد ولی هیچی عوض نشد. با احترام به نظر دوستان، من فکر می‌کنم مشکل جای دیگه‌ست.",
      "👍 81  👎 42", "کارمند", "۱۸-۰۵-۱۳۹۸ | ۰۴:۱۴",
      "این وضعیت رو ما سال‌هاست داریم می‌بینیم و هیچ‌کس پاسخگو نیست. کاش مسئولین یه بار هم که شده نظر مردم رو بپرسن.",
      "👍 140  👎 68"], STORY),
    # a time line and an update right under the story's paragraphs (a live report): the story goes on
    (["ساعت ۱۴:۳۰", "۱۷-۰۵-۱۳۹۸ | ۱۴:۳۰", NEXT_STORY[0]], [*STORY, NEXT_STORY[0]]),
])
def test_a_head_and_a_date_line_under_the_storys_end_start_another_document(tail, kept):
    # (the story under a header of its own: the date line, then a view count)
    page = "\n\n".join(["خبرگزاری نمونه", HEADLINE, "مریم رضایی - ۲۴ فروردین ۱۳۹۶ - ۱۹:۰۱", "۳۰,۳۵۱ بازدید",
                        *STORY, *tail, "تمامی حقوق محفوظ است."]) + "\n"
    a = extract(page)
    assert a.title == HEADLINE
    assert ([a.lead] if a.lead else []) + a.paragraphs == kept


#: the story going on under a box set between its paragraphs, in its own words
STORY_ON = ["سرمربی تیم همچنین درباره وضعیت بازیکنان مصدوم گفت که دو بازیکن تیم هنوز آماده بازی نیستند و "
            "تمرینات خود را جداگانه در ورزشگاه شهر دنبال می‌کنند.",
            "او در پایان از هواداران تیم خواست که در بازی هفته آینده ورزشگاه شهر را پر کنند و با حمایت خود "
            "بازیکنان را برای پیروزی همراهی کنند."]


@pytest.mark.parametrize("lines,kept", [
    # a photo between the story's paragraphs: its credits, its caption and its date, then the story
    # goes on in its own words
    ([*STORY[:2], "عکس: علی رضایی", "منبع تصویر: ایرنا", "نمایی از ورزشگاه شهر", "۲۴ فروردین ۱۳۹۶",
      STORY[2], *STORY_ON, "انتهای پیام/"], [*STORY, *STORY_ON]),
    # the page's story printed under a teaser of another one and its chrome: the story is the one
    # under the headline and its date, not the teaser alone above it
    ([NEXT_STORY[0], "ادامه مطلب", "کد خبر: ۱۲۳۴", HEADLINE, "۲۴ فروردین ۱۳۹۶ - ۱۹:۰۱", *STORY], STORY),
])
def test_a_head_and_a_date_line_in_the_story_start_no_other_document(lines, kept):
    page = "\n\n".join(["خبرگزاری نمونه", "صفحه اصلی | ورزشی | سیاسی", "پربازدیدترین", *lines,
                        "تمامی حقوق محفوظ است."]) + "\n"
    a = extract(page)
    got = ([a.lead] if a.lead else []) + a.paragraphs
    assert all(p in got for p in kept)


@pytest.mark.parametrize("box", ["caption", "related", "update"])
def test_a_box_with_a_head_and_a_date_in_the_sites_stories_is_no_other_document(tmp_path, box):
    # a site that sets a box between its stories' paragraphs, a head over a date line in it (a photo's
    # caption, a related story's headline, an update's time): the story goes on under it to the site's
    # end marker, which stands under the rest of the story and not over the box, as it would over the
    # site's next story saved under this one
    from conftest import refine_site, story_bodies

    heads = ["افزایش قیمت طلا در بازار جهانی ادامه دارد", "تیم ملی والیبال به مصاف برزیل می‌رود",
             "بارش برف راه‌های شمالی را بست", "نمایشگاه کتاب با حضور ناشران خارجی آغاز شد",
             "کاهش صادرات فولاد در ماه گذشته", "رکورد تازه دمای هوا در جنوب کشور ثبت شد",
             "برنامه جدید واکسیناسیون کودکان اعلام شد", "قطار سریع‌السیر تهران به مشهد افتتاح می‌شود"]
    captions = ["نمایی از محل برگزاری نشست", "حاضران در جلسه روز گذشته", "تصویری از بازدید مسئولان",
                "نشست خبری دیروز", "بازدید از طرح‌های عمرانی", "جلسه شورای اداری استان", "دیدار با خانواده‌ها",
                "افتتاح طرح تازه"]
    pages, stories = [], story_bodies(len(heads), 4)
    for i, p in enumerate(stories):
        day = f"{i + 1} فروردین ۱۳۹۶"
        boxed = {"caption": ["عکس: علی رضایی", "منبع تصویر: دورنا", captions[i], day],
                 "related": ["بیشتر بخوانید", "اشتراک‌گذاری", heads[(i + 3) % len(heads)], f"{day} - ۱۰:۰۰"],
                 "update": [f"کد خبر: {1000 + i}", "اشتراک‌گذاری", "به‌روزرسانی", f"{day} - ۲۰:۳۰"]}[box]
        pages.append(["دورنا نیوز", "خانه | جهان | ورزش", heads[i], f"مریم رضایی - {day} - ۱۹:۰۱", f"{300 + i} بازدید",
                      p[0], p[1], *boxed, p[2], p[3], "انتهای پیام/", "برچسب‌ها: اخبار، ایران",
                      "تمامی حقوق برای دورنا نیوز محفوظ است."])
    rows = refine_site(tmp_path, pages)
    for i, p in enumerate(stories):
        got = canon((rows[f"p{i:02d}"]["lead"] or "") + rows[f"p{i:02d}"]["text"])
        assert all(canon(x)[:40] in got for x in p), i


SAME_TOPIC_HEADLINE = "بازیکنان تیم ملی برای بازی هفته آینده به اردو رفتند"
SAME_TOPIC = ["بازیکنان تیم ملی فوتبال از روز شنبه برای آمادگی در بازی هفته آینده در ورزشگاه شهر تمرین می‌کنند و "
              "سرمربی تیم از حضور همه بازیکنان در این اردو خبر داد.",
              "به گفته سرمربی تیم، هواداران در این روزها باید از بازیکنان حمایت کنند تا تیم در بازی هفته آینده "
              "نتیجه بهتری بگیرد و به پیروزی برسد.",
              "تمرینات تیم ملی تا پایان هفته ادامه دارد و بازیکنان پس از آن برای بازی به میدان می‌روند و "
              "کادر فنی تیم ترکیب نهایی را اعلام می‌کند."]


@pytest.mark.parametrize("mine,theirs", [
    ("پنج‌شنبه ۲۴ فروردین ۱۳۹۶ - ۱۹:۰۱", "جمعه ۲۵ فروردین ۱۳۹۶ - ۲۰:۰۱"),  # a date line of the header's shape
    ("۳ ساعت پیش", "۲ روز پیش"),  # a relative one, as the header dates its story
])
def test_the_next_story_on_the_same_topic_under_a_header_alike_is_another_document(mine, theirs):
    # an infinite scroll's next story on the same topic (its words the story's), no end marker between
    # (a credit, a share bar) and the site's «most read» box under it: its headline over a date line of
    # the story's own header's shape, over a story's worth of prose, starts another document
    # (the story under a header of its own: its date line, then its code; no thread's first post)
    page = "\n\n".join(["خبرگزاری نمونه", HEADLINE, mine, "کد خبر: ۵۹۹۴۴", *STORY, "منبع: ورزش سه",
                         "اشتراک‌گذاری: تلگرام | واتس‌اپ", "خبر بعدی", SAME_TOPIC_HEADLINE, theirs, *SAME_TOPIC,
                         "پربازدیدترین‌ها", "تمامی حقوق محفوظ است."]) + "\n"
    a = extract(page)
    assert a.title == HEADLINE
    assert ([a.lead] if a.lead else []) + a.paragraphs == STORY


def test_the_replies_of_a_thread_headed_as_its_first_post_stay():
    # the first post right under its name and date line, as each reply is: a thread of posts alike,
    # not a story with other documents under it (nor a reply quoting a post above an echo)
    page = "\n\n".join(["انجمن نمونه", HEADLINE, "کاربر_۱۲", "۱۶-۰۵-۱۳۹۸ | ۱۰:۰۰", *STORY, "پاسخ | نقل قول", "#2",
                        "کاربر_۲۴", "۱۷-۰۵-۱۳۹۸ | ۲۰:۳۶", NEXT_STORY[0], "«" + STORY[2] + "»", "پاسخ | نقل قول",
                        "تمامی حقوق محفوظ است."]) + "\n"
    a = extract(page)
    assert a.paragraphs[:3] == STORY and NEXT_STORY[0] in a.paragraphs and "«" + STORY[2] + "»" in a.paragraphs


@pytest.mark.parametrize("story_in_article", [False, True])
def test_html_a_sibling_article_under_the_story_is_another_document(story_in_article):
    # the story in the page's blocks (or its own <article>), the site's next story in an <article>
    # of its own after it: the page's headline (og:title) says which is the story, never the other
    story = "".join(f"<div class='x1'>{p}</div>" for p in STORY)
    head = f"<h2 class='x2'>{HEADLINE}</h2><div class='x3'>مریم رضایی - پنج‌شنبه ۲۴ فروردین ۱۳۹۶ - ۱۹:۰۱</div>"
    first = f"<article class='post'>{head}{story}</article>" if story_in_article else f"<div>{head}{story}</div>"
    nxt = "".join(f"<p>{p}</p>" for p in NEXT_STORY)
    page = (f"<html><head><title>{HEADLINE} - خبرگزاری نمونه</title>"
            f"<meta property='og:title' content='{HEADLINE}'>"
            "<meta property='article:published_time' content='2017-04-13T19:01:00+04:30'></head><body>"
            f"<div class='top'>خبرگزاری نمونه</div>{first}<div class='x4'>پایان خبر</div>"
            f"<article class='post next-post'><h2>{NEXT_HEADLINE}</h2><div>جمعه ۲۵ فروردین ۱۳۹۶ - ۲۰:۰۱</div>{nxt}"
            "<div>پایان خبر</div></article><div class='f'>تمامی حقوق محفوظ است.</div></body></html>")
    a = extract(page)
    assert a.title == HEADLINE and a.published.startswith("2017-04-13")
    assert ([a.lead] if a.lead else []) + a.paragraphs == STORY


@pytest.mark.parametrize("tag", ["h1", "h2"])
def test_html_an_appended_story_classed_as_the_story_is_another_document(tag):
    # an infinite scroll appends the site's next story in the story's own markup (<article class='news'>),
    # after the «most read» box, under a headline set as the page's (<h1>, or the headline's class):
    # another document, not a post of a thread classed alike
    story = "".join(f"<p>{p}</p>" for p in STORY)
    nxt = "".join(f"<p>{p}</p>" for p in NEXT_STORY)
    page = (f"<html><head><title>{HEADLINE} - خبرگزاری نمونه</title></head><body><main>"
            f"<article class='news'><h1 class='title'>{HEADLINE}</h1>"
            f"<div class='meta'>پنج‌شنبه ۲۴ فروردین ۱۳۹۶ - ۱۹:۰۱</div>{story}</article>"
            "<section class='popular'><h3>پربازدیدترین‌ها</h3><ul><li><a href='/n/1'>خبری دیگر از شهر ما</a></li>"
            "</ul></section><div class='next-divider'>خبر بعدی</div>"
            f"<article class='news'><{tag} class='title'>{NEXT_HEADLINE}</{tag}>"
            f"<div class='meta'>جمعه ۲۵ فروردین ۱۳۹۶ - ۲۰:۰۱</div>{nxt}</article></main></body></html>")
    a = extract(page)
    assert a.title == HEADLINE
    assert ([a.lead] if a.lead else []) + a.paragraphs == STORY



@pytest.mark.parametrize("paras,kept", [
    # a pull-quote box sets a sentence of the paragraph above apart, in quotes or bare
    ([STORY[0] + " " + STORY[1], "«" + STORY[1] + "»", STORY[2]], [STORY[0] + " " + STORY[1], STORY[2]]),
    ([STORY[0] + " " + STORY[1], STORY[1], STORY[2]], [STORY[0] + " " + STORY[1], STORY[2]]),
    # the same paragraph again in quotes under it
    ([*STORY, "«" + STORY[2] + "»"], STORY),
    # a subheading over the paragraph that goes on to say it stays
    ([STORY[0], STORY[1], STORY[2] + " " + STORY[1]], [STORY[0], STORY[1], STORY[2] + " " + STORY[1]]),
    # a refrain said twice without quotes stays; so does a short line said twice
    ([STORY[0], STORY[1], STORY[0]], [STORY[0], STORY[1], STORY[0]]),
    ([*STORY, "پایان بازی", "پایان بازی"], [*STORY, "پایان بازی", "پایان بازی"]),
])
def test_a_paragraph_that_repeats_the_pages_own_text_above_it_is_dropped(paras, kept):
    from palayesh.extract.text import drop_echoes

    assert drop_echoes(paras) == kept


@pytest.mark.parametrize("paras,kept", [
    # a refrain said twice, then in quotes: the quoted one echoes the refrain above it
    ([STORY[0], STORY[0], "«" + STORY[0] + "»"], [STORY[0], STORY[0]]),
    # said twice bare, then inside a longer paragraph: the third holds more, the refrain stays
    ([STORY[1], STORY[1] + " " + STORY[2], STORY[1]], [STORY[1], STORY[1] + " " + STORY[2]]),
    # a paragraph that closes with a colon introduces what follows, said above or not
    ([STORY[0] + " " + STORY[1], STORY[1].rstrip(".") + ":"], [STORY[0] + " " + STORY[1], STORY[1].rstrip(".") + ":"]),
])
def test_an_echo_is_told_from_a_refrain_whatever_came_between(paras, kept):
    from palayesh.extract.text import drop_echoes

    assert drop_echoes(paras) == kept


def test_a_header_of_hundreds_of_dated_rows_is_read_in_about_linear_time():
    # (each date line above the headline looked at every line down to it, and each label at every
    # line above it: 800 rows of a date and two labels took 4 s of CPU)
    import time

    rows = [t for i in range(800) for t in (f"{i % 28 + 1} آذر ۱۳۹۵", "اخبار ورزشی", "فرهنگ و هنر")]
    page = "\n\n".join([*rows, HEADLINE, *STORY])
    t = time.process_time()
    a = extract(page, format="text")
    assert time.process_time() - t < 1.5
    assert a.title == HEADLINE and a.paragraphs[-1] == STORY[-1]


def test_a_page_of_thousands_of_paragraphs_is_checked_for_echoes_in_about_linear_time():
    # (each paragraph was compared with every other key of the page: 8,000 paragraphs took 5 s of CPU)
    import time

    from palayesh.extract.text import drop_echoes

    paras = [f"بند {i} از گزارش بلند: " + "کلمه‌ای دیگر در متن " * 3 + f"و شماره {i}." for i in range(8000)]
    t = time.process_time()
    assert drop_echoes(paras) == paras
    assert time.process_time() - t < 2.0



@pytest.mark.parametrize("page,turns", [
    # one question, answered in three «پاسخ:» paragraphs: the asker and the answerer take turns
    (["پرسش کاربر: هوادار قدیمی، ۳۷ ساله", STORY[0], "پرسش: منظورتان از «تورم موجود» دقیقا چیست؟",
      "پاسخ: " + STORY[1], "پاسخ: " + STORY[2], "پاسخ: " + STORY[0]], {2, 3, 4, 5}),
    # the asker's lines need not all end in a question mark
    ([STORY[0], "پرسش: اگر ممکن است از دقایق پایانی بگویید.", "پاسخ: " + STORY[1],
      "پرسش: درباره «این برد» بیشتر توضیح می‌دهید؟", "پاسخ: " + STORY[2]], {1, 2, 3, 4}),
    # two links shown twice (a box, then a list) say the same things again: no dialogue
    ([STORY[0], "• یحیی توره: اوزیل نباید در سیاست دخالت می‌کرد", "• اینزاگی: از خوشحالی فریاد زدم", STORY[1],
      "یحیی توره: اوزیل نباید در سیاست دخالت می‌کرد", "اینزاگی: از خوشحالی فریاد زدم"], set()),
    # a transcript whose host asks questions enough: a related link «مرتبط: …؟» set between its turns
    # over the guest's line asks nothing
    (["مجری: نظر شما درباره بازی دیشب چیست؟", "مهمان: " + STORY[0], "مرتبط: آیا اشتباه داور نتیجه را رقم زد؟",
      "مهمان: " + STORY[1], "مجری: و درباره داوری چه می‌گویید؟", "مهمان: " + STORY[2]], {0, 4}),
    # one credit line under one question is no answerer
    ([STORY[0], "پرسش: چرا این تصمیم گرفته شد؟", "منبع: ایسنا", STORY[1]], set()),
])
def test_an_asker_over_an_answerer_are_turns_of_the_dialogue(page, turns):
    from palayesh.extract.template import dialogue_turns

    assert dialogue_turns(page) == turns


def test_a_headline_over_the_story_article_keeps_the_article():
    # the headline in a header of its own, above the one <article> that holds the story (and a
    # subheading of it): the article is the story, not the site's next story of an infinite scroll
    para = ("وزیر نیرو در نشست خبری امروز از اجرای طرح تازه‌ای برای مدیریت مصرف آب در تابستان خبر داد و گفت "
            "که این طرح با همکاری استانداری‌ها و شرکت‌های آب و فاضلاب در همه استان‌ها اجرا می‌شود.")
    other = ("به گفته او در این طرح کنتورهای هوشمند در شهرهای بزرگ نصب می‌شود و مشترکان پرمصرف پیش از قطع آب "
             "با پیامک از مصرف خود آگاه خواهند شد تا فرصت کاهش آن را داشته باشند.")
    title = "طرح تازه مدیریت مصرف آب در تابستان"
    page = (f"<html><head><title>{title} | سایت نمونه</title><meta property='og:title' content='{title}'>"
            "</head><body><header><nav><a href='/'>خانه</a> <a href='/eco'>اقتصاد</a></nav></header>"
            f"<div class='news-head'><h1>{title}</h1><span>۱۲ مهر ۱۴۰۲</span></div>"
            f"<article class='news-body'><p>{para}</p><h2>جزئیات طرح</h2><p>{other}</p></article>"
            "<footer>تمامی حقوق محفوظ است</footer></body></html>")
    art = extract(page, url="https://x.ir/news/1")
    assert art.title == title
    assert para in art.text and other in art.text


def test_a_headline_in_the_site_header_keeps_the_story_article_whatever_the_boxes_under_it():
    # the headline in the site's <header>, above the menu; the story's <article> under the menu has a
    # heading of its own (a surtitle); a poll, a comment thread and a newsletter box after it hold more
    # than a story's worth of text outside any <article>: still nothing stands between the headline
    # and the article, which is the story, not the site's next story of an infinite scroll
    para = ("وزیر نیرو در نشست خبری امروز از اجرای طرح تازه‌ای برای مدیریت مصرف آب در تابستان خبر داد و گفت "
            "که این طرح با همکاری استانداری‌ها و شرکت‌های آب و فاضلاب در همه استان‌ها اجرا می‌شود.")
    other = ("به گفته او در این طرح کنتورهای هوشمند در شهرهای بزرگ نصب می‌شود و مشترکان پرمصرف پیش از قطع آب "
             "با پیامک از مصرف خود آگاه خواهند شد تا فرصت کاهش آن را داشته باشند.")
    title = "طرح تازه مدیریت مصرف آب در تابستان"
    boxes = "".join(f"<div class='c{i}'>{t}</div>" for i, t in enumerate([
        "نظرسنجی", "به نظر شما مهم‌ترین راه صرفه‌جویی در مصرف آب در خانه‌ها کدام است؟", "○ لوازم کاهنده",
        "○ آموزش", "ارسال", "مشاهده نتایج", "۳ نظر", "مریم | ۱۴ ساعت قبل",
        "ممنون از گزارش خوبتان، کاش زمان اجرای طرح در شهر ما را هم اعلام کنید تا بدانیم از کی شروع می‌شود.",
        "علی | ۲ روز قبل", "این طرح‌ها هر سال اعلام می‌شود و در عمل هیچ تغییری در وضعیت آب شهرها دیده نمی‌شود.",
        "ارسال نظر", "نظرات پس از تأیید مدیر منتشر خواهد شد.", "خبرنامه",
        "آخرین مطالب سایت را هر روز صبح در ایمیل خود دریافت کنید و از اخبار تازه جا نمانید."]))
    page = (f"<html><head><title>{title} | سایت نمونه</title><meta property='og:title' content='{title}'>"
            f"</head><body><header><div class='logo'>سایت نمونه</div><h1>{title}</h1></header>"
            "<nav><ul><li><a href='/'>خانه</a></li><li><a href='/eco'>اقتصاد</a></li></ul></nav>"
            "<main><article class='post'><div class='head'><h3>در نشست خبری وزیر</h3>"
            "<time>۱۲ مهر ۱۴۰۲</time></div>"
            f"<div class='body'><p>{para}</p><p>{other}</p></div></article>"
            f"<section class='comments'>{boxes}</section></main>"
            "<footer>تمامی حقوق محفوظ است</footer></body></html>")
    art = extract(page, url="https://x.ir/news/1")
    assert art.title == title
    assert para in art.text and other in art.text


def test_a_headline_in_the_site_header_the_lead_in_bold_under_the_articles_opening_heading():
    # the headline in the site's <header>; the story's <article> opens with its surtitle's heading,
    # the date and counters, then the lead set in bold: the lead is read under that heading, as it
    # is under the headline where the headline opens the article
    lead = "وزیر نیرو از اجرای طرح تازه‌ای برای مدیریت مصرف آب در تابستان امسال خبر داد."
    story = ["وزیر نیرو در نشست خبری امروز گفت که این طرح با همکاری استانداری‌ها و شرکت‌های آب و فاضلاب "
             "در همه استان‌ها اجرا می‌شود و تا پایان شهریور ادامه دارد.",
             "به گفته او در این طرح کنتورهای هوشمند در شهرهای بزرگ نصب می‌شود و مشترکان پرمصرف پیش از قطع آب "
             "با پیامک از مصرف خود آگاه خواهند شد."]
    title = "طرح تازه مدیریت مصرف آب در تابستان"
    page = (f"<html><head><title>{title} | سایت نمونه</title><meta property='og:title' content='{title}'>"
            f"</head><body><header><div class='logo'>سایت نمونه</div><h1>{title}</h1></header>"
            "<nav><ul><li><a href='/'>خانه</a></li><li><a href='/eco'>اقتصاد</a></li></ul></nav>"
            "<article class='post'><div class='head'><h3 class='k1'>در نشست خبری وزیر</h3>"
            "<time>۱۲ مهر ۱۴۰۲ - ۱۰:۳۰</time><div class='k2'>تعداد بازدید: ۱۲۳</div>"
            f"<p><strong>{lead}</strong></p></div>"
            "<div class='body'>" + "".join(f"<p>{p}</p>" for p in story) + "</div></article>"
            "<footer>تمامی حقوق محفوظ است</footer></body></html>")
    art = extract(page, url="https://x.ir/news/1")
    assert art.title == title
    assert art.lead == lead
    assert art.paragraphs == story


@pytest.mark.parametrize("head, published", [
    # a flat page saved with its address on its first line, no date shown: the day the URL's path names
    ("https://x-khabar.ir/news/1398/09/14/605328", "2019-12-05"),
    ("https://blog.example.com/2024/08/03/some-slug/", "2024-08-03"),
    # an address inside a line (a share or «source» line) is not the page's own
    ("لینک خبر: https://x-khabar.ir/news/1398/09/14/605328", None),
    # an address without a day in its path names no date
    ("https://x-khabar.ir/news/605328", None),
])
def test_a_flat_page_dated_only_by_its_own_address_in_its_first_line(head, published):
    story = ("وزیر نیرو در نشست خبری امروز از اجرای طرح تازه‌ای برای مدیریت مصرف آب در تابستان خبر داد و گفت "
             "که این طرح با همکاری استانداری‌ها و شرکت‌های آب و فاضلاب در همه استان‌ها اجرا می‌شود.")
    page = f"{head}\nخبر شهر ما\n\nطرح تازه مدیریت مصرف آب در تابستان\n\n{story}\n\n{story[:-1]} نیز.\n"
    art = extract(page)
    assert art.title == "طرح تازه مدیریت مصرف آب در تابستان"
    assert (art.published or "")[:10] == (published or "")


@pytest.mark.parametrize("logo, head", [
    # the site's name in a logo <h1> linking home, the <title>'s other side shown in an <h2>
    ("<h1 class='logo'><a href='/'><img alt='خبر شهر'>خبر شهر</a></h1>", "<title>{t} | خبر شهر</title>"),
    # the <h1> is the <title>'s site side without a home link; og:title names the headline
    ("<h1>خبر شهر</h1>", "<title>خبر شهر - {t}</title><meta property='og:title' content='{t}'>"),
    # a logo <h1> that links home; the <title> is the headline alone, og:title too
    ("<h1><a href='https://x.ir/'>خبر شهر</a></h1>", "<title>{t}</title><meta property='og:title' content='{t}'>"),
])
def test_a_logo_h1_of_the_site_name_is_not_the_headline(logo, head):
    title = "طرح تازه مدیریت مصرف آب در تابستان"
    para = ("وزیر نیرو در نشست خبری امروز از اجرای طرح تازه‌ای برای مدیریت مصرف آب در تابستان خبر داد و گفت "
            "که این طرح با همکاری استانداری‌ها و شرکت‌های آب و فاضلاب در همه استان‌ها اجرا می‌شود.")
    page = (f"<html><head>{head.format(t=title)}</head><body><header>{logo}<div>صدای مردم شهر</div></header>"
            f"<main><article><div class='head'><h2>{title}</h2></div><div class='body'><p>{para}</p>"
            f"<p>{para[:-1]} نیز.</p></div></article></main></body></html>")
    art = extract(page)
    assert art.title == title
    assert title not in art.text


def test_an_h1_headline_with_a_site_named_title_stays():
    # the <h1> is the headline; the <title> says «headline | site»: nothing to take away
    title = "طرح تازه مدیریت مصرف آب در تابستان"
    para = ("وزیر نیرو در نشست خبری امروز از اجرای طرح تازه‌ای برای مدیریت مصرف آب در تابستان خبر داد و گفت "
            "که این طرح با همکاری استانداری‌ها و شرکت‌های آب و فاضلاب در همه استان‌ها اجرا می‌شود.")
    page = (f"<html><head><title>{title} | خبر شهر</title></head><body><header><a href='/'>خبر شهر</a></header>"
            f"<article><h1>{title}</h1><p>{para}</p></article></body></html>")
    assert extract(page).title == title


def test_a_labelled_date_the_site_shows_once_under_every_story_dates_it(tmp_path):
    # nothing dated above the story; under it, past the end marker and a long republishing note, the
    # site's labelled date line (its label in the site's own words, on every page): the story's date
    from conftest import refine_site, story_bodies

    titles = ECON_TITLES
    pages = []
    for i, paras in enumerate(story_bodies(10, 3)):
        pages.append(["صنف نیوز", "خانه - اقتصاد - بازار - تماس", titles[i], f"کد خبر: {5000 + i}", *paras, "/پ",
                      f"این مطلب از پایگاه {['صدای بازار', 'نبض تجارت'][i % 2]} بازنشر شده است",
                      f"هنگام: ۱۰:{i + 10:02d} - ۱۴۰۲/۰۳/{i + 10:02d}", "لینک کوتاه: https://x.ir/a" + str(i),
                      "تمامی حقوق برای صنف نیوز محفوظ است."])
    rows = refine_site(tmp_path, pages)
    assert len(rows) == 10
    for i in range(10):
        assert rows[f"p{i:02d}"]["published_jalali"] == f"1402/03/{i + 10:02d}"


def test_an_html_page_dated_only_by_the_sites_labelled_date_under_the_story(tmp_path):
    # HTML: the header shows no date; under the story, past a category row, the end marker and a
    # republishing note, the site's labelled date line on every page: the story's date
    from conftest import read_rows, story_bodies
    from palayesh import refine

    titles = ECON_TITLES
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(10, 3)):
        body = "".join(f"<p>{p}</p>" for p in paras)
        (src / f"p{i:02d}.html").write_text(
            f"<html><head><title>{titles[i]} | صنف نیوز</title>"
            f"<link rel='canonical' href='https://senf.ir/news/{700 + i}'></head><body>"
            "<header><div>صنف نیوز</div></header><main><article>"
            f"<h1>{titles[i]}</h1><div>کد خبر: {5000 + i}</div><div class='body'>{body}</div>"
            f"<div>دسته‌بندی: <a href='/c/{i % 3}'>{['بازار', 'صنعت', 'تجارت'][i % 3]}</a></div>"
            f"<div>/پ</div><div>این مطلب از پایگاه {['صدای بازار', 'نبض تجارت'][i % 2]} بازنشر شده است</div>"
            f"<div>هنگام: ۱۰:{i + 10:02d} - ۱۴۰۲/۰۳/{i + 10:02d}</div></article></main>"
            "<footer>تمامی حقوق برای صنف نیوز محفوظ است.</footer></body></html>", encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 10
    for i in range(10):
        assert rows[f"p{i:02d}"]["published_jalali"] == f"1402/03/{i + 10:02d}"


@pytest.mark.parametrize("widget", [
    # a font-size widget and a print button in one row under the header's counters (no lead)
    ["۵۱,۷۳۶ بازدید", "کد مطلب: ۳۱۸۱۰۲", "اندازه نوشته: A+ A- | چاپ خبر"],
    # a player's heading over its clock, under the counters
    ["👁 22,209", "کد خبر: 275855", "🔊 گوش دادن به گزارش", "00:00 / 02:53"],
])
def test_a_widget_under_the_header_is_not_the_headline(widget):
    story = ("وزیر نیرو در نشست خبری امروز از اجرای طرح تازه‌ای برای مدیریت مصرف آب در تابستان خبر داد و گفت "
             "که این طرح با همکاری استانداری‌ها و شرکت‌های آب و فاضلاب در همه استان‌ها اجرا می‌شود.")
    title = "طرح تازه مدیریت مصرف آب در تابستان"
    page = "\n\n".join(["خبر شهر", "خانه | شهرستان | اقتصادی | ورزشی", "مطالعه؛", title, *widget,
                        story, story[:-1] + " نیز.", "/پ", "به نقل از فارس"])
    art = extract(page)
    assert art.title == title
    assert art.paragraphs[0] == story


def test_the_headline_said_again_under_the_lead_is_no_story_line():
    # a photo caption that repeats the headline between the summary and the dateline paragraph:
    # the page's frame, not its story, and the summary over it is the lead
    title = "بازگشایی دوباره پل چوبی روستای کنار رودخانه"
    lead = "پل چوبی روستای کنار رودخانه پس از دو ماه تعمیر دوباره به روی اهالی و گردشگران باز شد."
    story = ("به گزارش کوهسار خبر، دهیار روستا گفت که تعمیر پایه‌های پل با کمک اهالی و بودجه بخشداری انجام "
             "شد و از این پس عبور خودروهای سبک از روی آن ممنوع است.")
    page = "\n\n".join(["کوهسار خبر", "خانه | گردشگری | روستا | تماس", title, "تاریخ: ۱۴۰۲/۰۵/۱۲",
                        "بازدید: ۱,۲۰۴", lead, title, story,
                        "وی افزود که هزینه تعمیر پل نزدیک به سیصد میلیون ریال بوده و کار در مدت دو ماه تمام شده است.",
                        "کلیه حقوق برای کوهسار خبر محفوظ است."])
    art = extract(page)
    assert art.title == title
    assert art.lead == lead
    assert title not in art.paragraphs
    assert art.paragraphs[0] == story


def test_a_section_chip_opening_the_lead_element_is_not_the_leads():
    # the site sets the page's section as a coloured chip inside the lead's paragraph; the
    # summary is what follows it (a bold dateline «تهران - …» opening a lead is the lead's own)
    lead = "اهالی محله با کاشت صد نهال در حاشیه بوستان، روز درختکاری را جشن گرفتند."
    page = ("<html><head><title>کاشت صد نهال در بوستان محله</title></head><body>"
            "<nav><a href='/c/1'>محیط زیست</a> <a href='/c/2'>شهری</a></nav>"
            "<div class='k1'><a href='/c/1' rel='category tag'>محیط زیست</a>"
            "<h1>کاشت صد نهال در بوستان محله</h1>"
            f"<p class='q9 lead'><span style='background:#2e7d32'>محیط زیست</span> {lead}</p></div>"
            "<div class='txt'><p>به گزارش شهرنما، این برنامه با همکاری شهرداری منطقه و انجمن دوستداران "
            "طبیعت برگزار شد و کودکان محله نیز در آن شرکت داشتند.</p>"
            "<p>مسئول فضای سبز منطقه گفت که آبیاری نهال‌ها تا پایان تابستان بر عهده شهرداری خواهد بود و "
            "اهالی می‌توانند در نگهداری از آن‌ها کمک کنند.</p></div></body></html>")
    art = extract(page)
    assert art.section == "محیط زیست"
    assert art.lead == lead
    assert not any(lead in p for p in art.paragraphs)  # (nor the line with its chip in the story)
