"""Headlines and leads of a page read alone (a site seen once), from the page's own shape and the
grammar of its words.

Written fresh for s58 (small synthetic pages, no set's): a headline with a bar («کیکر|تیتر») said twice,
over the menu and again under the summary; a headline said again under the summary, over which a
dated box line (the site's tagline over its "today" date) does not win; a headline broken in two
where a preposition or a figure's multiplier tells the halves; a comment thread's form between the
header and the story; a CMS block whose class names a summary but holds the whole head.
"""
from __future__ import annotations

from palayesh import extract
from palayesh.extract.text import _runs_on_below

SITE = ["نشریه دشت سبز", "پایگاه خبری کشاورزی و منابع طبیعی"]
MENU = "خانه | زراعت | دامپروری | آب | آب و هوا | تماس با ما"
TICKER = ["بارش باران در استان‌های شمالی ادامه دارد", "نرخ خرید تضمینی گندم اعلام شد",
          "برداشت زعفران در تربت حیدریه آغاز شد"]
STORY = [
    "به گزارش دشت سبز، کشاورزان این شهرستان از هفته گذشته کار برداشت را آغاز کرده‌اند و پیش‌بینی می‌شود "
    "تا پایان ماه بیش از نیمی از مزارع برداشت شود.",
    "مدیر جهاد کشاورزی شهرستان در این باره گفت که امسال به دلیل بارش‌های به‌موقع عملکرد هر هکتار "
    "نسبت به سال گذشته بیشتر شده و کیفیت محصول نیز بهتر است.",
    "وی افزود که برای خرید محصول کشاورزان سه مرکز خرید در شهرستان آماده شده و بهای محصول حداکثر ظرف "
    "دو هفته به حساب کشاورزان واریز خواهد شد.",
]
LEAD = "برداشت برنج از شالیزارهای شهرستان آمل با پیش‌بینی افزایش عملکرد آغاز شد."


def test_a_headline_with_a_bar_said_twice_is_the_headline():
    # «<kicker>|<headline>» set over the menu and again under the summary: the classifier reads the
    # bar as a menu's row, the header's nearest line is a ticker's item
    head = "برداشت برنج|آغاز برداشت از شالیزارهای آمل با عملکرد بیشتر"
    page = [*SITE, "۲ مهر ۱۴۰۲", head, MENU, "پربازدیدها | تازه‌ها", *TICKER, "زراعت",
            "زراعت | نوشته علی رضایی | تاریخ انتشار: ۳ مهر ۱۴۰۲ | بازدید: ۱۲,۴۰۰", "زمان مطالعه: ۲ دقیقه",
            LEAD, head, *STORY]
    art = extract("\n".join(page))
    assert art.title == head
    assert art.lead == LEAD


def test_a_headline_said_again_under_the_summary_beats_a_dated_tagline():
    # «<site> / <tagline> / <today> / <ticker> / <menu items> / <section> / <headline> / <byline> /
    # <summary> / <headline> / <story>»: the tagline over the "today" date reads as a dated headline
    # far above; the line the page says twice, the second time as a line of its own, is the headline
    head = "برداشت برنج از شالیزارهای آمل آغاز شد"
    page = [*SITE, "۱ مهر ۱۴۰۲", "آخرین اخبار:", *TICKER, "", "زراعت", "دامپروری", "منابع آب",
            "ارتباط با ما", "گزارش میدانی", head, "نوشته مریم کاظمی · ۲ دقیقه مطالعه", LEAD, head, *STORY]
    art = extract("\n".join(page))
    assert art.title == head


def test_a_headline_broken_in_two_is_joined_by_its_words_on_a_page_alone():
    # a narrow column broke the headline; a preposition or a figure cut from its multiplier at the break
    upper, lower = "کشت پاییزه گندم دیم در 120", "هزار هکتار از مزارع استان"
    page = [SITE[0], upper, lower, "تاریخ: 13 مهر 1402 (10:00)", "کد خبر: 5512034", *STORY]
    assert extract("\n".join(page)).title == f"{upper} {lower}"
    upper, lower = "برتری کشاورزان گلستان", "در جشنواره ملی برنج"
    page = [SITE[0], upper, lower, "تاریخ: 13 مهر 1402 (10:00)", "کد خبر: 5512034", *STORY]
    assert extract("\n".join(page)).title == f"{upper} {lower}"


def test_halves_run_on_only_where_their_words_meet_so():
    assert _runs_on_below("کشت پاییزه گندم در 120", "هزار هکتار از مزارع")
    assert _runs_on_below("آغاز برداشت زعفران در", "مزارع تربت حیدریه")
    assert _runs_on_below("برتری کشاورزان گلستان", "در جشنواره ملی برنج")
    assert not _runs_on_below("بارش باران ادامه دارد", "نرخ گندم اعلام شد")
    assert not _runs_on_below("جام جهانی 2022", "قطر میزبان شد")


def test_a_comment_threads_form_over_the_story_is_within_the_headlines_reach():
    # the headline, its meta block, a comment thread with its form, then the story: the form's
    # fields and button do not push the headline out of reach
    head = "ذخایر آب سدهای استان به نیمه رسید"
    page = [SITE[0], "امروز: ۳۰ دی ۱۴۰۲", "آب", "زراعت", "دامپروری", head,
            "آب | نرگس شریفی | بازدید: ۴۵,۳۶۰", "به نقل از ایرنا", "۱ دقیقه مطالعه", "کد خبر: ۱۲۱۷۷۸۴",
            "🖨 چاپ | 📧 ارسال", "منتشر شده: ۲ | در انتظار بررسی: ۵", "الهام | ۲ هفته پیش", "مرسی، مفید بود",
            "پویا | ۱۱ ساعت پیش", "نظر من کاملا برعکسه!", "ارسال نظر",
            "لطفاً از نوشتن با حروف لاتین (فینگلیش) خودداری کنید.", "پیام‌های غیر مرتبط با خبر منتشر نمی‌شود.",
            "نام", "ایمیل", "نظر شما", "ارسال", "", *STORY]
    assert extract("\n".join(page)).title == head


def test_a_summary_class_on_the_heads_block_is_no_lead():
    # Drupal's «field-type-text-with-summary» holds the head (headline, date, summary) and the story:
    # the element the class names is no summary; the bold sentence under the headline is
    head = "برداشت برنج از شالیزارهای آمل آغاز شد"
    body = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        '<html lang="fa"><head><title>' + head + ' | دشت سبز</title></head><body>'
        '<div class="site"><div class="logo">دشت سبز</div><ul><li><a href="/a">زراعت</a></li>'
        '<li><a href="/b">دامپروری</a></li><li><a href="/c">آب</a></li></ul></div>'
        '<div class="node"><div class="field field-name-body field-type-text-with-summary"><div class="field-items">'
        '<div class="block-head"><h2 class="t1">' + head + '</h2>'
        '<div class="d1">تاریخ انتشار: ۲۹ شهریور ۱۴۰۱</div><div class="d2">کد خبر: ۹۴۳۰۸۵۳</div>'
        '<p><strong>' + LEAD + '</strong></p></div>'
        '<div class="block-body">' + body + '</div></div></div></div></body></html>'
    )
    art = extract(page)
    assert art.title == head
    assert art.lead == LEAD


def test_a_summary_between_the_headers_meta_and_the_storys_own_is_the_lead():
    # «<headline> / <byline and date> / <code> / <source> / <summary> / <section> / <reading time> /
    # <story>»: the summary stands between the header's meta lines and the story's, set apart
    head = "برداشت برنج از شالیزارهای آمل آغاز شد"
    page = [*SITE, MENU, head, "نوشته حسین اکبری در ۱۴۰۲/۰۷/۰۵", "شناسه خبر: ۱۴۲۶۶۳۲", "منبع خبر: ایرنا", "",
            LEAD, "", "زراعت", "زمان مطالعه: ۳ دقیقه", "", STORY[0], "", STORY[1], "", STORY[2]]
    art = extract("\n".join(page))
    assert art.title == head
    assert art.lead == LEAD
    assert art.paragraphs[0] == STORY[0]


def test_a_credit_under_the_meta_block_of_a_page_alone_is_no_headline():
    # «<headline> / 👁 57,629 / کد مطلب: 97729 / گزارش خبرنگار ما / <story>»: no run tells the counter
    # and the code for the site's; their shape does, and the credit under them is no headline
    head = "ذخایر آب سدهای استان به نیمه رسید"
    page = [SITE[0], "آب", "زراعت", "دامپروری", head, "👁 57,629", "کد مطلب: 97729", "گزارش خبرنگار ما", *STORY]
    assert extract("\n".join(page)).title == head
    # ... nor a widget's button under the article's date, counters and its row of controls
    page = [SITE[0], "آب", "زراعت", *TICKER, head, "گروه خبری: آب", "📅 شنبه ۱۴ دی ۱۳۹۲ (۴ دقیقه قبل)",
            "۳۲,۵۳۲ بازدید", "۷ دیدگاه", "زمان مطالعه: ۲ دقیقه", "کوچک | متوسط | بزرگ", "🔊 شنیدن این خبر", *STORY]
    assert extract("\n".join(page)).title == head


def test_a_box_of_fields_over_the_story_is_no_headline_but_a_speakers_headline_is():
    # «<headline> / <credit> / خواننده: … / آهنگساز: … / آلبوم: … / <story>»: a box of a song's facts
    head = "برداشت برنج از شالیزارهای آمل آغاز شد"
    page = [SITE[0], "آب", "زراعت", "دامپروری", head, "عکس از مهدی محمدی", "خواننده: جواد جعفری",
            "آهنگساز: نرگس فتحی", "آلبوم: شب‌های روشن", *STORY]
    assert extract("\n".join(page)).title == head
    # a headline quoting its speaker over the meta block stays the headline
    quoted = "خسرو حیدری: فعلا قصد مصاحبه ندارم"
    page = [SITE[0], "آب", "زراعت", "دامپروری", quoted, "کد خبر: ۳۸۲۹۲۹۰ | سرویس: زراعت", "۴ هفته پیش",
            "زمان مطالعه: ۱ دقیقه", *STORY]
    assert extract("\n".join(page)).title == quoted


def test_the_date_under_the_headline_beats_the_sites_date_over_it():
    # «<menu> / شنبه ۲۸ اسفند ۱۴۰۰ / <headline> / جمعه ۳ آذر ۱۴۰۲ برابر با 24 November 2023 / <story>»:
    # both a line from the headline, the one under it is the story's
    head = "برداشت برنج از شالیزارهای آمل آغاز شد"
    page = [SITE[0], "", MENU, "", "شنبه ۲۸ اسفند ۱۴۰۰", "", head, "", "جمعه ۳ آذر ۱۴۰۲ برابر با 24 November 2023",
            "", STORY[0], "", STORY[1], "", STORY[2]]
    art = extract("\n".join(page))
    assert art.title == head
    assert art.published.startswith("2023-11-24")
