"""Headlines and their meta blocks on layouts a run teaches little of (a page alone, a host of few
pages in the run).

Written fresh for s62 (small synthetic pages, no set's): a headline over its code, its age, its reading
time and a row of controls, under a tagline over the header's day; a story's dateline broken off its
sentence under the meta block; a byline under the story's summary; a headline quoting its speaker.
"""
from __future__ import annotations

from palayesh import extract

SITE = ["ادبیات امروز", "نقد، داستان و شعر", "۷ اسفند ۱۳۹۸"]
MENU = ["خانه", "تماس", "داستان", "گفت‌وگو", "اشتراک مجله", "ترجمه"]
HEAD = "تیموریان: خسته بودیم اما از گذشته بهتر بودیم"
STORY = [
    "آندرانیک تیموریان پس از پیروزی دو بر صفر استقلال مقابل فولاد خوزستان گفت که تیم با وجود خستگی "
    "بازی خوبی ارائه داد و هواداران از نتیجه راضی بودند.",
    "وی در مورد شوتی که تبدیل به گل کرد، اظهار داشت که شرایط تیم در هفته‌های آینده بهتر خواهد شد و "
    "بازیکنان برای رسیدن به قهرمانی تلاش می‌کنند.",
]


def test_a_headline_dated_by_its_age_over_a_row_of_controls_beats_a_tagline_over_the_date():
    # the tagline over the header's day and the menu items one a line read as a dated headline over a
    # box; the headline stands over its code, its age, its reading time and a row of buttons «A+ | A- |
    # چاپ», then the story: that block is its own, buttons and all
    page = [*SITE, *MENU, HEAD, "کد خبر: ۴۷۱۸۹۶۵ | گروه: داستان کوتاه", "۷ ماه پیش", "زمان مطالعه: ۱ دقیقه",
            "A+ | A- | چاپ", *STORY]
    assert extract("\n".join(page)).title == HEAD


_TITLES = ["راه‌آهن قصد دارد اسپانسر جذب کند", "شورای نگهبان حافظ دستاوردهای انقلاب است",
           "ظهور ایده‌های برتر در بخش خصوصی", "استخراج طلا در معدن زرشوران افزایش یافت",
           "قیمت مس در بورس کالا رکورد زد", "صادرات سنگ آهن به چین کاهش یافت",
           "اکتشاف ذخایر تازه لیتیوم در همدان", "نمایشگاه معدن و صنایع معدنی گشایش یافت",
           "تولید فولاد خام در کشور بیشتر شد", "معدنکاران کرمان خواستار بیمه شدند",
           "طرح پهنه‌بندی معادن استان یزد آغاز شد", "واردات ماشین‌آلات معدنی آسان می‌شود"]


_DAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]
_MONTHS = ["فروردین", "تیر", "مهر", "دی"]


def test_a_dateline_broken_off_its_sentence_is_no_headline_in_a_run(tmp_path):
    # the site's header is taught by the run (its name, its menu, its counters recur); on one page the
    # story's dateline stands on a line of its own under the meta block, right over the story: it opens
    # a sentence, heads none (nor names a section), and the headline stands over the block
    from conftest import refine_site, story_bodies
    from palayesh.textkeys import line_key

    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        dateline = ["به گزارش خبرنگار ما"] if i == 6 else []
        pages.append(["معدنکاو", "صفحه نخست", "اکتشاف", "معدن", "صنایع معدنی", "بورس کالا", title,
                      f"{_DAYS[i % 7]} {10 + i} {_MONTHS[i % 4]} ۱۴۰۱", f"{12 + i},۴۴۰ بار خوانده شده",
                      "زمان مطالعه: ۲ دقیقه", *dateline, *paras, "کلیه حقوق برای معدنکاو محفوظ است."])
    rows = refine_site(tmp_path, pages)
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
        assert "خبرنگار" not in (r["section"] or ""), (i, r["section"])


def test_a_byline_under_the_summary_is_no_headline_under_it():
    # a run made the page's headline chrome (its other pages list it in their related boxes); the
    # summary stands under it, then the story's byline and date: the byline heads nothing
    from dataclasses import replace

    from palayesh.extract.lines import CHROME, classify
    from palayesh.extract.text import _headline_under_lead

    texts = ["اقتصاد پیشرو", "گروه خبری: اقتصاد ورزش", "رئال در اندیشه تمدید قرارداد با گرت بیل",
             "رئال مادرید با وجود مصدومیت‌های گاه و بیگاه گرت بیل، قصد دارد قرارداد ستاره ولزی را تمدید کند.",
             "به قلم فاطمه حسینی", "۹۵/۰۴/۰۵", *STORY]
    lines = [classify(t) for t in texts]
    lines[2] = replace(lines[2], kind=CHROME, recurs=True, learned=True)
    assert _headline_under_lead(lines, 3, [3, 6, 7]) is None


def test_a_headline_quoting_its_speaker_keeps_the_speakers_name():
    # the run made the headline a line of the site's (its other pages list it): the page's own over its
    # story, whole, though a colon follows its first word; the story names the speaker, no label
    from dataclasses import replace

    from palayesh.extract.article import Article
    from palayesh.extract.lines import CHROME, classify
    from palayesh.extract.text import _header

    texts = ["اقتصاد پیشرو", "گروه خبری: اقتصاد ورزش", "په‌په: نباید اشتباهات قبل را تکرار کنیم",
             "په‌په، مدافع رئال مادرید به هم تیمی‌هایش هشدار داد که نباید اشتباهات این فصل تکرار شود.", *STORY]
    lines = [classify(t) for t in texts]
    lines[0] = replace(lines[0], site=True, recurs=True)  # (the site's name, atop its every page)
    lines[2] = replace(lines[2], kind=CHROME, recurs=True, learned=True)
    res = Article()
    _header(lines, 3, res, None, 3, 5)
    assert res.title == texts[2]


def test_a_headline_the_site_lists_elsewhere_under_its_menu_beats_a_line_over_the_menu():
    # the run made the page's headline a line of the site's (its other pages list it), right over the
    # story's byline and date; over the site's menu stands its weather widget, words and a figure: the
    # site's header, no headline
    from dataclasses import replace

    from palayesh.extract.article import Article
    from palayesh.extract.lines import CHROME, classify
    from palayesh.extract.text import _header

    menu = ["پرورش قارچ", "آموزش", "قارچ دکمه‌ای", "بازار قارچ"]
    texts = ["قارچکار", "مشهد ۴۰° نیمه‌ابری", *menu, "بشار - پرسپولیس؛ توافق اولیه برای تمدید",
             "نوشته بابک توکلی · ۱ دقیقه مطالعه", "کد خبر: ۶۳۷۰۷۶۱ | زمان انتشار: پنجشنبه ۱۳۹۷/۰۶/۲۲", *STORY]
    lines = [classify(t) for t in texts]
    lines[0] = replace(lines[0], site=True, recurs=True)
    for k in range(2, 6):
        lines[k] = replace(lines[k], recurs=True, seen=True)
    lines[6] = replace(lines[6], kind=CHROME, recurs=True, learned=True)
    res = Article()
    _header(lines, 9, res, None, 9, 10)
    assert res.title == texts[6]


def test_a_numbered_pictures_caption_over_the_story_is_no_headline():
    # the story's first picture's caption, numbered as a figure («تصویر 1 - …»), stands right over the
    # story under the headline's age and controls: the headline is over them
    head = "برونو سزار با النصر امارات قرارداد بست"
    page = ["بازار فرش", "خانه", "بافندگان", "نمایشگاه‌ها", "گالری", head, "1 سال پیش",
            "نسخه چاپی | ارسال به دوستان | ذخیره", "تصویر 1 - فرش دستباف نقشه لچک‌ترنج", *STORY]
    assert extract("\n".join(page)).title == head


def test_a_page_alone_reads_its_meta_block_over_a_dateline_broken_off():
    # a page alone: under the headline its dates, counters, a pager and the list of the report's pages,
    # then the story's dateline on a line of its own; the list's heading is no headline
    head = "راه‌آهن قصد دارد اسپانسر جذب کند"
    page = ["معدنکاو", "صفحه نخست", "اکتشاف", "معدن", "صنایع معدنی", head,
            "به‌روزرسانی: ۱۳۹۶/۰۴/۲۲ - ۱۶:۳۰ - انتشار: ۱۳۹۶/۰۴/۰۸ - ۰۱:۳۰", "۴۶,۸۶۷ بار خوانده شده",
            "زمان مطالعه: ۱ دقیقه", "صفحه ۲ از ۲", "فهرست صفحات این گزارش", "۱. جمع‌بندی", "۲. مقدمه",
            "به گزارش خبرنگار ما", *STORY]
    assert extract("\n".join(page)).title == head
