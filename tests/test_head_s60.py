"""Headlines over a meta block the run taught little of (a page alone, a host of few pages).

Written fresh for s60 (small synthetic pages, no set's): a question's line «پرسش: …» under the header's
date, a row of controls and the story's credit; a single print control between the date and the credit;
a headline said twice around its byline, under a tagline over the "today" date; a byline on a line of its
own between a headline and its date.
"""
from __future__ import annotations

from palayesh import extract
from palayesh.extract.lines import classify
from palayesh.extract.text import _dated

SITE = ["داروی من", "پایگاه پرسش و پاسخ سلامت"]
MENU = ["خانه", "قلب", "گوارش", "داروها", "پرسش از پزشک"]
HEAD = "مصرف نمک در فصل گرما باید کنترل شود"
STORY = [
    "به گفته متخصصان تغذیه، در روزهای گرم سال بدن آب و املاح بیشتری از دست می‌دهد و افراد باید "
    "مصرف نمک خود را با دقت و بر اساس توصیه پزشک تنظیم کنند تا فشار خون بالا نرود.",
    "این پزشک افزود که بیماران قلبی بیش از دیگران در معرض خطر هستند و لازم است در طول روز آب کافی "
    "بنوشند و از غذاهای آماده و شور پرهیز کنند.",
    "وی در پایان گفت که مراجعه منظم به پزشک و اندازه‌گیری فشار خون در خانه بهترین راه پیشگیری از "
    "عوارض این بیماری در فصل تابستان است.",
]


def test_a_question_line_under_controls_and_credit_is_no_headline():
    # «<headline> / <date> / <row of controls> / (<agency>) / پرسش کاربر: <name>، <age> / <story>»: the
    # credit and the controls are the meta block's; the asker's line under it is no headline
    page = [*SITE, "", *MENU, "", "خانه > قلب", HEAD, "سه‌شنبه ۱۲ تیر ۱۴۰۲ - ۱۵ ذی‌الحجه ۱۴۴۴",
            "🖨 چاپ | ✉ ارسال | A+ | A-", "(ایسنا)", "", "پرسش کاربر: مینا، ۳۴ ساله", *STORY]
    assert extract("\n".join(page)).title == HEAD


def test_a_print_control_and_a_credit_between_the_date_and_a_question():
    page = [*SITE, "", *MENU, "", "خانه > گوارش", HEAD, "سه‌شنبه ۱۲ تیر ۱۴۰۲", "نسخه چاپی",
            "(ایرنا)", "", "پرسش کاربر: رضا، ۴۱ ساله", *STORY]
    assert extract("\n".join(page)).title == HEAD


def test_a_headline_said_twice_around_its_byline_beats_a_dated_tagline():
    # the tagline over the "today" date reads as a dated headline far above the menu; the line said
    # right over its byline and again under it is the page's own
    page = [SITE[0], "اخبار سلامت و درمان", "۲۲ تیر ۱۴۰۲", "آخرین اخبار:", "افتتاح بیمارستان تازه در شهرکرد",
            "واکسیناسیون کودکان از شنبه آغاز می‌شود", "کمبود داروی دیابت برطرف شد", "صفحه اصلی", *MENU[1:],
            "ارتباط با ما", HEAD, "نوشته سارا نیکو · ۳ دقیقه مطالعه", HEAD, *STORY]
    assert extract("\n".join(page)).title == HEAD


def test_a_byline_of_its_own_between_a_headline_and_its_date():
    lines = [classify(t) for t in (HEAD, "به قلم سارا نیکو", "انتشار: ۱ تیر ۱۴۰۲ - ۱۰:۳۰")]
    assert _dated(lines, 0)
    lines = [classify(t) for t in (HEAD, "پربازدیدترین مطالب هفته", "انتشار: ۱ تیر ۱۴۰۲ - ۱۰:۳۰")]
    assert not _dated(lines, 0)


def test_a_long_question_line_under_a_deep_meta_block_is_no_headline():
    # longer than a credit, with a figure: under three lines of the block (date, counters, controls)
    # right under a dated headline it is the asker's line
    page = [*SITE, "", *MENU, "", "خانه > قلب", HEAD, "انتشار: سه‌شنبه ۱۲ تیر ۱۴۰۲ ساعت ۱۰:۲۰", "۸۲,۲۹۸ بازدید",
            "🖨 چاپ | ✉ ارسال | A+ | A-", "پرسش کاربر: علی از شهر کرمان، ۴۵ ساله", *STORY]
    assert extract("\n".join(page)).title == HEAD


def test_a_long_headline_with_a_figure_under_a_teaser_and_its_date_stays():
    # another story's teaser and its date right over a headline of seven words with a figure: no block
    # of three lines between, the headline is the page's own
    head = "توزیع ۲۰۰ هزار دوز واکسن آنفلوانزا در داروخانه‌های استان"
    page = [*SITE, "", *MENU, "", "کمبود داروی دیابت در شهرستان‌ها برطرف شد", "انتشار: ۱۱ تیر ۱۴۰۲ ساعت ۰۹:۰۰",
            head, *STORY]
    assert extract("\n".join(page)).title == head


def test_a_print_line_under_the_byline_and_the_date_is_no_headline():
    # longer than a credit, with figures: under a block of two lines that hold the story's byline and
    # its date (a story's head, whatever the site's other rows say) right under the headline, it is
    # the print edition's row, not the headline
    page = [*SITE, "", *MENU, "", "دسته‌بندی: قلب", HEAD, "به قلم شیما کاظمی", "انتشار: ۱ اسفند ۱۳۸۷ - ۰۰:۳۱",
            "چاپ شده در صفحه ۸ شماره ۱۵۹۶", *STORY]
    assert extract("\n".join(page)).title == HEAD


def test_a_headline_said_again_under_its_byline_and_summary_beats_a_dated_tagline():
    # the tagline over the header's "today" date reads as a dated headline; the line over the byline,
    # said again under the story's summary, is the page's own, whatever list stands under it
    head = "فیلیپ لام: همه در باشگاه منتظر گواردیولا هستند"
    page = [SITE[0], "اخبار سلامت و درمان کشور", "۸ دی ۱۳۹۵", "آخرین اخبار:", "افتتاح بیمارستان تازه در شهرکرد",
            "واکسیناسیون کودکان از شنبه آغاز می‌شود", *MENU, head, "نوشته مریم بهرامی · ۱ دقیقه مطالعه", STORY[0],
            head, "۱. داوران مسابقه", STORY[1]]
    assert extract("\n".join(page)).title == head


def test_a_dateline_broken_off_its_sentence_is_no_headline():
    # «به گزارش خبرنگار ما» on a line of its own (a bold run a flattener broke off the story's first
    # sentence) under the header's date, counters and controls: the headline is over them, and so
    # the date under it is the story's
    page = [*SITE, "امروز پنج‌شنبه، ۲۹ دی ۱۴۰۱", *MENU, HEAD, "۱۶ ربیع‌الثانی ۱۴۴۴ - ۲۰ آبان ۱۴۰۱ - ساعت ۰۸:۰۲",
            "بازدید: ۳۳,۹۱۸", "🖨 چاپ | 🔗 کپی لینک", "به گزارش خبرنگار ما", *STORY]
    a = extract("\n".join(page))
    assert a.title == HEAD
    assert a.published == "2022-11-11T08:02+03:30"


def test_a_headline_dated_by_its_age_over_the_story_beats_a_tagline_over_the_date():
    # the tagline over the header's day reads as a dated headline over a box of other stories; the
    # last line over its reading time and age («۹ ماه پیش»), its views, then the story, is the page's own
    # headline, and the header's day dates no story
    page = [SITE[0], "پایگاه خبری سلامت و درمان", "۲ اردیبهشت ۱۳۹۸", *MENU, "سایر اخبار سلامت",
            "افتتاح بیمارستان تازه در شهرکرد", "واکسیناسیون کودکان از شنبه آغاز می‌شود", "داغ‌ترین‌ها | آخرین‌ها",
            "کمبود داروی دیابت در شهرستان‌ها برطرف شد", HEAD, "۲ دقیقه مطالعه · ۹ ماه پیش", "۲۳,۵۱۴ بازدید", *STORY]
    a = extract("\n".join(page))
    assert a.title == HEAD
    assert a.published is None
