"""Sites whose headline and publication date stand in forms the family sets rarely show, with gold.

A test helper and a small bench set (not a test file): ``build(out_dir, seed)`` writes
``out_dir/pages`` (eight pages a host, as a family of the run needs; flat text and HTML) and
``out_dir/gold.jsonl`` in the shape ``../shared/tools/score_pages.py`` reads; score its title and
published rows (``gold["clock"]`` is the clock time the page shows, when it shows one). Written from how Persian
sites lay out a story's header, not from any family set. Each host has one headline form and one
date form (``HOSTS``):

Headline forms
- ``logo_h1``   the ``<h1>`` holds the site's logo text, the headline is a ``<div class=…>``
- ``title_tag`` the headline only in ``<title>`` and ``og:title``, with the site's name beside it
- ``kicker``    a kicker («روتیتر») above the headline and a lead («لید») below it
- ``crumb``     a breadcrumb whose last item repeats the headline
- ``reporter_above`` a reporter's credit line («خبرنگار اعزامی ما به …: <name>») right above the headline
- ``reporter_under`` «گزارش از: <name>» right under the headline
- ``kicker_under``   a short kicker line right under the headline, over the date
- ``caption``   the headline in an ``<h2>``, repeated as the caption of the story's first image
- ``amp``       an AMP view (``<html amp>``, ``<amp-img>``, the headline in the article's header)
- ``dated_h1``  the story's date and its last edit in a row over the ``<h1>``
- ``print``     a print view: no menu, «نسخه قابل چاپ» over the headline, the story's address under it
- ``title_bar`` the headline only in a <title> «سایت » بخش » خبر» (no og:title, no heading)
- ``title_bar_sec`` an <h1>, the <title> «خبر :: بخش :: سایت»
- ``title_dash``  the headline in a plain <div>, <title> «خبر – سایت», og:title «سایت - خبر»
- ``logo_h2``     the <h1> holds the logo's image and the site's name, the headline an <h2>
- ``og_prefix``   og:title and <title> carry a label «فیلم | …» the <h1> does not
- ``series_prefix`` the <h1> «گزارش| خبر», og:title the headline alone
- ``kicker_in_h1`` a kicker in a <span> inside the <h1>, og:title the headline alone
- ``labelled``    a flat page's «عنوان خبر: <headline>» line
- ``plain``       an <h1> (a flat page: the headline's line) and the date, nothing else
- ``here_line``   a «شما اینجا هستید: خانه » … » <headline>» line over the headline
- ``share_title`` «اشتراک: <headline>» under the story, the <title> «خبر - سایت»
- ``long_kicker`` a kicker longer than the headline under it
- ``question``, ``quoted`` a headline that asks «…؟», a speaker's words «name: «…»»
- ``dated_head``  a headline naming another day «از ۲۱ آذر؛ …»; ``long_head`` two clauses, three lines and more
- ``two_h1``      the logo's <h1>, then the headline's <h1>
- ``head_after_lead`` a flat page's lead first, the headline under it
- ``number_head`` «۵ نکته درباره …»; ``year_head`` a headline naming a whole day «… تا ۲۱ دی ۱۴۰۲»
- ``share_above`` «اشتراک گذاری: <headline>» between the date and the story
- ``h1_br``       the headline broken over two lines by a ``<br>`` inside its <h1>
- ``og_only``     no heading: the headline only in og:title, the <title> the site's name alone
- ``lead_restates`` a lead under the headline that opens by restating it
Date forms
- ``slash_time``  «۱۴۰۲/۹/۱۲ - ۱۴:۳۰»
- ``words_clock`` «سه‌شنبه ۱۲ آذر ۱۴۰۲ ساعت ۱۰:۲۰» under the header's unlabelled date of the crawl day
- ``hijri``       the Hijri-qamari date beside the Jalali one
- ``updated``     «به‌روزرسانی: …» above the publication date (the publication wins)
- ``relative``    «۲ ساعت پیش» shown, the absolute date in ``<time datetime>``
- ``url``         the date only in the URL's path, Persian words beside it
- ``dmy_short``   «۱۲/۰۹/۰۲»: day first, a two-digit Jalali year (the host's other pages tell the order)
- ``ymd_short``   «۰۲/۰۹/۱۲ - ۱۴:۳۰»: year first, a two-digit Jalali year
- ``dmy_latin``   «12-09-02 14:30»: day first, a two-digit year, Latin digits and dashes
- ``greg_first``  «Thursday, June 15, 2023 | پنج‌شنبه ۲۵ خرداد ۱۴۰۲ - ۱۰:۲۰»: the Gregorian date first
- ``greg_fa_updated`` «11 مه 2015» and «آخرین به‌روزرسانی: 16 مه 2015»: Gregorian months in Persian names
- ``updated_after`` «تاریخ انتشار: … | آخرین ویرایش: …» on one line (the publication wins)
- ``slash_pipe``  «یکشنبه / ۱۲ آذر ۱۴۰۲ / ۱۰:۲۰»
- ``weekday_comma`` «سه شنبه، ۱۲ آذرماه ۱۴۰۲، ساعت: ۱۰:۲۰» (the weekday spaced, «ماه», «ساعت:»)
- ``time_first``  «تاریخ انتشار: ۱۰:۲۰ - ۱۲ آذر ۱۴۰۲»; ``clock_first`` the same unlabelled
- ``updated_spaced`` «آخرین به روز رسانی: …» (spaced) over the unlabelled publication
- ``jalali_greg`` «پنج‌شنبه ۱۲ آذر ۱۴۰۲ برابر با 3 December 2023»
- ``code_date``   «کد خبر: ۱۸۳۹۷۸ ۱۲ آذر ۱۴۰۲ ۱۰:۲۰»; ``code_bar`` «کد خبر: 3987654 | ۱۲ آذر ۱۴۰۲ | ۱۰:۲۰»
- ``url_slug``    a WordPress address /2023/12/03/…: the Gregorian day in the path only
- ``dash_iso``    «۱۴۰۲-۰۹-۱۲ ۱۰:۲۰»
- ``pub_label_after`` «بروزرسانی: …» over the story, «تاریخ انتشار: …» under it
- ``relative_meta`` «۳ ساعت پیش» shown, the moment in article:published_time
- ``latin_fa_month`` «یکشنبه 12 آذر 1402 - 10:20»: Latin digits, Persian month names
- ``ampm``        «۱۲ آذر ۱۴۰۲ - ۱۰:۲۰ ب.ظ»: a twelve-hour clock
- ``greg_fa_digits`` «۲۰۲۳/۱۲/۰۳ - ۱۰:۲۰»: a Gregorian day in Persian digits
- ``edit_rows_after`` «تاریخ انتشار: …» over «ویرایش: …»; ``edit_rows_before`` «ویرایش شده در: …» over «منتشر شده در: …»
- ``eng_month``   «3 December 2023 - 10:20»; ``greg_dmy`` «03/12/2023 10:20» (a Gregorian day, day first)
- ``ymd_nopad``   «۰۲/۹/۱۲ ۱۰:۲۰»; ``time_slash_first`` «۱۰:۲۰ - ۱۴۰۲/۰۹/۱۲»
- ``ampm_first``  «۱۰:۲۰ ق.ظ | ۱۴۰۲/۹/۱۲»; ``ampm_latin`` «12 آذر 1402 10:20 PM»
- ``code_row``    «کد خبر: … | سرویس: … | تاریخ: ۱۴۰۲/۰۹/۱۲ | ساعت: ۱۰:۲۰»
- ``byline_date`` «نویسنده: <name> | ۱۲ آذر ۱۴۰۲ - ۱۰:۲۰»; ``ago_paren`` «… - ۱۰:۲۰ (۳ ساعت پیش)»
- ``both_slash``  «۱۴۰۲/۰۹/۱۲ | 2023/12/03 | ۱۰:۲۰»
- ``code_above``  a «کد خبر: …» row of its own between the headline and the date
- ``clock_word_first`` «ساعت ۱۰:۲۰ - سه‌شنبه ۱۲ آذر ۱۴۰۲»: «ساعت» and the clock before the day
- ``tri_today``   the header's day of the visit in three calendars, the story's «۱۴۰۲/۰۹/۱۲ - ۱۰:۲۰»
- ``updated_nospace`` «آخرین بروزرسانی: …» over «تاریخ انتشار: …», each a row (the publication wins)
- ``jalali_hijri_clock`` «۱۲ آذر ۱۴۰۲ - ۱۹ جمادی‌الاول ۱۴۴۵ - ۱۰:۲۰»: the Hijri day between the day and clock
- ``first_sentence`` no date row: «به گزارش …، امروز سه‌شنبه ۱۲ آذر ۱۴۰۲ …» opens the story; gold published
  None (issue 12: a date inside the story is not the publication date)
"""
from __future__ import annotations

import gzip
import html
import json
import random
from datetime import timedelta
from pathlib import Path

import jdatetime

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
NEWS = SHARED / "data" / "corpora" / "news-dev.jsonl.gz"
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
HM = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان", "شوال",
      "ذی‌القعده", "ذی‌الحجه"]
WD = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]
MENU = "خانه | سیاسی | اقتصادی | اجتماعی | فرهنگی | ورزشی | تماس با ما"
FOOT = "تمامی حقوق این سایت محفوظ است"

#: (host, site name, format, headline form, date form)
HOSTS = [
    ("parsnameh.ir", "پارس‌نامه", "html", "logo_h1", "slash_time"),
    ("khabarvarzan.ir", "خبرورزان", "html", "title_tag", "words_clock"),
    ("negahrooz.ir", "نگاه روز", "txt", "kicker", "hijri"),
    ("sedayeshahr.ir", "صدای شهر", "txt", "crumb", "updated"),
    ("tazehaa.ir", "تازه‌ها", "html", "kicker", "relative"),
    ("donyaynews.ir", "دنیای خبر", "html", "crumb", "url"),
    ("ruznegar.ir", "روزنگار", "txt", "logo_h1", "dmy_short"),
    ("akhbarnama.ir", "اخبارنما", "html", "title_tag", "updated"),
    ("shahrvand-online.ir", "شهروند آنلاین", "txt", "kicker", "words_clock"),
    ("payamnow.ir", "پیام‌نو", "html", "logo_h1", "hijri"),
    ("bazarfarda.ir", "بازار فردا", "html", "title_img", "today_foot"),
    ("varzeshnegar.ir", "ورزش‌نگار", "txt", "crumb_cut", "today_foot"),
    ("sepidnews.ir", "سپید نیوز", "txt", "kicker", "relative_foot"),
    ("irannegah.ir", "ایران‌نگاه", "html", "logo_h1", "dmy_short"),
    ("khabarkadeh.ir", "خبرکده", "txt", "reporter_above", "ymd_short"),
    ("gozareshgar.ir", "گزارشگر", "html", "reporter_under", "dmy_latin"),
    ("rahavard.ir", "رهاورد", "html", "caption", "greg_first"),
    ("didbaan.ir", "دیدبان", "html", "amp", "updated_after"),
    ("chapnameh.ir", "چاپ‌نامه", "html", "print", "dmy_short"),
    ("sokhanerooz.ir", "سخن روز", "txt", "kicker_under", "greg_first"),
    ("rasadnews.ir", "رصد نیوز", "txt", "reporter_under", "updated_after"),
    ("payamgostar.ir", "پیام‌گستر", "html", "kicker_under", "ymd_short"),
    ("sarkhat-daily.ir", "سرخط روزانه", "txt", "credit_above", "updated_first"),
    ("navaenews.ir", "نوای خبر", "html", "reporter_div", "dmy_dots"),
    ("tarazname.ir", "ترازنامه", "html", "site_h1_kicker", "relative_ld"),
    ("kavoshgar.ir", "کاوشگر", "txt", "kicker_reporter", "today_foot"),
    ("farshnama.ir", "فرش‌نما", "html", "dated_h1", "greg_fa_updated"),
    ("khabarsara.ir", "خبرسرا", "html", "title_bar", "slash_pipe"),
    ("rooznamak.ir", "روزنامک", "html", "logo_h2", "weekday_comma"),
    ("videonama.ir", "ویدئونما", "html", "og_prefix", "time_first"),
    ("nabzeshahr.ir", "نبض شهر", "html", "series_prefix", "updated_spaced"),
    ("asrejadid.ir", "عصر جدید", "txt", "plain", "jalali_greg"),
    ("sarafrazan.ir", "سرافرازان", "html", "title_dash", "code_date"),
    ("bidarnews.ir", "بیدار نیوز", "html", "plain", "url_slug"),
    ("hamrahnews.ir", "همراه نیوز", "html", "title_bar_sec", "dash_iso"),
    ("gahnama.ir", "گاه‌نما", "txt", "plain", "pub_label_after"),
    ("negarestan.ir", "نگارستان", "html", "plain", "relative_meta"),
    ("eghtesadname.ir", "اقتصادنامه", "html", "kicker_in_h1", "latin_fa_month"),
    ("shabnews.ir", "شب نیوز", "txt", "plain", "ampm"),
    ("jahannama.ir", "جهان‌نما", "txt", "labelled", "greg_fa_digits"),
    ("bourseweek.ir", "هفته بورس", "html", "plain", "code_bar"),
    ("farakhabar.ir", "فراخبر", "txt", "plain", "clock_first"),
    ("seda-ye-ma.ir", "صدای ما", "html", "kicker_in_h1", "ampm"),
    ("rahyab-news.ir", "رهیاب نیوز", "txt", "here_line", "edit_rows_after"),
    ("khabarbaan.ir", "خبربان", "html", "share_title", "eng_month"),
    ("tohfenews.ir", "تحفه نیوز", "html", "long_kicker", "greg_dmy"),
    ("porsesh.ir", "پرسش", "txt", "question", "ymd_nopad"),
    ("goftehaa.ir", "گفته‌ها", "html", "quoted", "time_slash_first"),
    ("taghvimnews.ir", "تقویم نیوز", "html", "dated_head", "ampm_first"),
    ("dohead.ir", "دوسر", "html", "two_h1", "edit_rows_before"),
    ("kholaseh.ir", "خلاصه", "txt", "head_after_lead", "code_row"),
    ("bolandnama.ir", "بلندنما", "html", "long_head", "first_sentence"),
    ("sharenews.ir", "شیر نیوز", "txt", "share_title", "ampm_latin"),
    ("roozshomar.ir", "روزشمار", "txt", "dated_head", "greg_dmy"),
    ("inja-news.ir", "اینجا نیوز", "html", "here_line", "eng_month"),
    ("soalrooz.ir", "سوال روز", "html", "question", "first_sentence"),
    ("naghlname.ir", "نقل‌نامه", "txt", "quoted", "edit_rows_before"),
    ("adadnama.ir", "عددنما", "txt", "number_head", "eng_month"),
    ("shomarehnews.ir", "شماره نیوز", "html", "number_head", "byline_date"),
    ("salnameh.ir", "سالنامه", "txt", "year_head", "ampm_first"),
    ("tarikhnews.ir", "تاریخ نیوز", "html", "year_head", "ago_paren"),
    ("sharebala.ir", "شیر بالا", "html", "share_above", "both_slash"),
    ("rotitrnews.ir", "روتیتر نیوز", "txt", "long_kicker", "time_slash_first"),
    ("virayeshnews.ir", "ویرایش نیوز", "html", "plain", "edit_rows_after"),
    ("nevisandeh.ir", "نویسنده", "txt", "plain", "byline_date"),
    ("dokhatt.ir", "دوخط", "html", "h1_br", "code_above"),
    ("dosatr.ir", "دوسطر", "txt", "kicker", "clock_word_first"),
    ("ogtanha.ir", "اوجی تنها", "html", "og_only", "tri_today"),
    ("leadnews.ir", "لید نیوز", "txt", "lead_restates", "updated_nospace"),
    ("leadpage.ir", "لید پیج", "html", "lead_restates", "jalali_hijri_clock"),
    ("kodnews.ir", "کد نیوز", "txt", "plain", "code_above"),
    ("saatnews.ir", "ساعت نیوز", "html", "plain", "clock_word_first"),
    ("sematnews.ir", "سمت نیوز", "txt", "kicker", "tri_today"),
    ("berooznews.ir", "به روز نیوز", "html", "plain", "updated_nospace"),
    ("ghamarinews.ir", "قمری نیوز", "txt", "plain", "jalali_hijri_clock"),
]
REPORTERS = ["مهدی صالحی", "نرگس کاظمی", "حامد توکلی", "سمیرا بهرامی"]
CITIES = ["اهواز", "رشت", "کرمان", "یزد"]
GM = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
GM_FA = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
GWD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _stories(n: int, story_ok=None) -> list[dict]:
    out = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            paras = [p.strip() for p in eval_list(r.get("paragraphs")) if len(p.split()) >= 15]
            if r.get("title") and 5 <= len(r["title"].split()) <= 16 and len(paras) >= 3:
                story = {"title": r["title"].strip(), "lead": (r.get("abstract") or "").strip(),
                         "paras": paras[:4], "cat": r.get("cat") or "news"}
                if story_ok is None or story_ok(story):
                    out.append(story)
            if len(out) >= n:
                break
    return out


def eval_list(value) -> list[str]:
    """The corpus stores paragraphs as a list or as its Python repr."""
    if isinstance(value, list):
        return value
    import ast
    try:
        got = ast.literal_eval(value or "[]")
    except (ValueError, SyntaxError):
        return []
    return [p for p in got if isinstance(p, str)]


class Moment:
    """A publication moment in Tehran time, 1400-1403 (two-digit years 00-03 stay ambiguous)."""

    def __init__(self, rng: random.Random):
        self.j = jdatetime.datetime(rng.randint(1400, 1403), rng.randint(1, 12), rng.randint(1, 29),
                                    rng.randint(7, 22), rng.randint(0, 59))
        self.g = self.j.togregorian()

    def day(self) -> str:
        return self.g.date().isoformat()

    def hm(self) -> str:
        return "%02d:%02d" % (self.j.hour, self.j.minute)

    def words(self) -> str:
        return "%s %d %s %d" % (WD[self.j.weekday()], self.j.day, JM[self.j.month - 1], self.j.year)


def _hijri(m: Moment) -> str:
    from hijridate import Gregorian
    h = Gregorian(m.g.year, m.g.month, m.g.day).to_hijri()
    return "%d %s %d" % (h.day, HM[h.month - 1], h.year)


def _date_lines(form: str, m: Moment, rng: random.Random, today: Moment) -> tuple[list[str], str, str]:
    """(lines of the story's header that date it, a line for the site's header, the URL's path)."""
    j = m.j
    path = "news/%d" % rng.randint(10000, 99999)
    top = ""
    if form == "slash_time":
        lines = [("%d/%d/%d - %s" % (j.year, j.month, j.day, m.hm())).translate(FA)]
    elif form == "words_clock":
        lines = [(m.words() + " ساعت " + m.hm()).translate(FA)]
        top = today.words().translate(FA)
    elif form == "hijri":
        lines = [(_hijri(m) + " - " + m.words()).translate(FA)]
    elif form == "updated":
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6)))
        lines = [("به‌روزرسانی: %d %s %d" % (later.day, JM[later.month - 1], later.year)).translate(FA),
                 ("تاریخ انتشار: %d %s %d - %s" % (j.day, JM[j.month - 1], j.year, m.hm())).translate(FA)]
    elif form == "relative":
        lines = ["%d ساعت پیش".translate(FA) % rng.randint(2, 9)]
        top = ("امروز " + today.words()).translate(FA)
    elif form == "url":
        lines = []
        path = "اخبار/%d/%02d/%02d/%d" % (j.year, j.month, j.day, rng.randint(1000, 9999))
    elif form == "today_foot":  # the story's date after the story only, unlabelled
        lines = []
        top = today.words().translate(FA)
    elif form == "relative_foot":
        lines = ["%d ساعت پیش".translate(FA) % rng.randint(2, 9)]
    elif form == "dmy_short":
        lines = [("%02d/%02d/%02d - %s" % (j.day, j.month, j.year % 100, m.hm())).translate(FA)]
    elif form == "ymd_short":
        lines = [("%02d/%02d/%02d - %s" % (j.year % 100, j.month, j.day, m.hm())).translate(FA)]
    elif form == "dmy_latin":
        lines = ["%02d-%02d-%02d %s" % (j.day, j.month, j.year % 100, m.hm())]
    elif form == "greg_first":
        g = m.g
        lines = ["%s, %s %d, %d | %s" % (GWD[g.weekday()], GM[g.month - 1], g.day, g.year,
                                         (m.words() + " - " + m.hm()).translate(FA))]
    elif form == "updated_first":
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6), hours=2))
        lines = [("آخرین به‌روزرسانی: %d %s %d - %02d:%02d | انتشار: %d %s %d - %s" % (
            later.day, JM[later.month - 1], later.year, later.hour, later.minute, j.day, JM[j.month - 1], j.year,
            m.hm())).translate(FA)]
    elif form == "greg_fa_updated":  # «11 مه 2015», «آخرین به‌روزرسانی: 16 مه 2015»: Persian names of Gregorian months
        later = m.g + timedelta(days=rng.randint(1, 6))
        lines = ["%d %s %d" % (m.g.day, GM_FA[m.g.month - 1], m.g.year),
                 "آخرین به‌روزرسانی: %d %s %d" % (later.day, GM_FA[later.month - 1], later.year)]
        top = ("امروز: " + today.words()).translate(FA)
    elif form == "dmy_dots":
        lines = [("%02d.%02d.%02d | %s" % (j.day, j.month, j.year % 100, m.hm())).translate(FA)]
    elif form == "relative_ld":
        lines = ["%d روز پیش".translate(FA) % rng.randint(2, 6)]
    elif form == "updated_after":
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6), hours=3))
        lines = [("تاریخ انتشار: %d %s %d - %s | آخرین ویرایش: %d %s %d - %02d:%02d" % (
            j.day, JM[j.month - 1], j.year, m.hm(), later.day, JM[later.month - 1], later.year, later.hour,
            later.minute)).translate(FA)]
    elif form == "slash_pipe":  # «یکشنبه / ۱۲ آذر ۱۴۰۲ / ۱۰:۲۰»
        lines = [("%s / %d %s %d / %s" % (WD[j.weekday()], j.day, JM[j.month - 1], j.year, m.hm())).translate(FA)]
    elif form == "weekday_comma":  # «سه شنبه، ۱۲ آذرماه ۱۴۰۲، ساعت: ۱۰:۲۰»: the weekday spaced, «ماه», «ساعت:»
        lines = [("%s، %d %sماه %d، ساعت: %s" % (WD[j.weekday()].replace("\u200c", " "), j.day, JM[j.month - 1],
                                                j.year, m.hm())).translate(FA)]
        top = today.words().translate(FA)
    elif form == "time_first":  # «تاریخ انتشار: ۱۰:۲۰ - ۱۲ آذر ۱۴۰۲»: the clock before the day
        lines = [("تاریخ انتشار: %s - %d %s %d" % (m.hm(), j.day, JM[j.month - 1], j.year)).translate(FA)]
    elif form == "updated_spaced":  # «آخرین به روز رسانی» (spaced, no ZWNJ) over an unlabelled publication
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6), hours=1))
        lines = [("آخرین به روز رسانی: %d %s %d ساعت %02d:%02d" % (later.day, JM[later.month - 1], later.year,
                                                                  later.hour, later.minute)).translate(FA),
                 ("%d %s %d - %s" % (j.day, JM[j.month - 1], j.year, m.hm())).translate(FA)]
    elif form == "jalali_greg":  # «پنج‌شنبه ۱۲ آذر ۱۴۰۲ برابر با 3 December 2023»
        g = m.g
        lines = [m.words().translate(FA) + " برابر با %d %s %d" % (g.day, GM[g.month - 1], g.year)]
        top = today.words().translate(FA)
    elif form == "code_date":  # «کد خبر: ۱۸۳۹۷۸ ۱۲ آذر ۱۴۰۲ ۱۰:۲۰»: a story number right before the date
        lines = [("کد خبر: %d %d %s %d %s" % (rng.randint(100000, 999999), j.day, JM[j.month - 1], j.year,
                                             m.hm())).translate(FA)]
    elif form == "url_slug":  # a WordPress address: the Gregorian day in the path, no date on the page
        lines = []
        path = "%d/%02d/%02d" % (m.g.year, m.g.month, m.g.day)
        top = today.words().translate(FA)
    elif form == "dash_iso":  # «۱۴۰۲-۰۹-۱۲ ۱۰:۲۰»
        lines = [("%d-%02d-%02d %s" % (j.year, j.month, j.day, m.hm())).translate(FA)]
    elif form == "pub_label_after":  # only the last edit over the story; the publication under it
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6), hours=2))
        lines = [("بروزرسانی: %d %s %d - %02d:%02d" % (later.day, JM[later.month - 1], later.year, later.hour,
                                                     later.minute)).translate(FA)]
    elif form == "relative_meta":  # «۳ ساعت پیش» shown, the moment in the head's article:published_time
        lines = ["%d ساعت پیش".translate(FA) % rng.randint(2, 9)]
        top = today.words().translate(FA)
    elif form == "latin_fa_month":  # «یکشنبه 12 آذر 1402 - 10:20»: Latin digits, Persian month names
        lines = [m.words() + " - " + m.hm()]
    elif form == "ampm":  # «۱۲ آذر ۱۴۰۲ - ۱۰:۲۰ ب.ظ»: a twelve-hour clock, «ق.ظ» before noon, «ب.ظ» after
        h12 = (j.hour - 1) % 12 + 1
        lines = [("%d %s %d - %d:%02d %s" % (j.day, JM[j.month - 1], j.year, h12, j.minute,
                                            "ب.ظ" if j.hour >= 12 else "ق.ظ")).translate(FA)]
    elif form == "greg_fa_digits":  # «۲۰۲۳/۱۲/۰۳ - ۱۰:۲۰»: a Gregorian day in Persian digits
        lines = [("%d/%02d/%02d - %s" % (m.g.year, m.g.month, m.g.day, m.hm())).translate(FA)]
        top = today.words().translate(FA)
    elif form == "code_bar":  # «کد خبر: 3987654 | ۱۲ آذر ۱۴۰۲ | ۱۰:۲۰»
        lines = ["کد خبر: %d | %s | %s" % (rng.randint(1000000, 9999999),
                                          ("%d %s %d" % (j.day, JM[j.month - 1], j.year)).translate(FA),
                                          m.hm().translate(FA))]
    elif form == "clock_first":  # «۱۰:۲۰ - ۱۲ آذر ۱۴۰۲», unlabelled
        lines = [("%s - %d %s %d" % (m.hm(), j.day, JM[j.month - 1], j.year)).translate(FA)]
        top = today.words().translate(FA)
    elif form == "edit_rows_after":  # «تاریخ انتشار: …» then, on a row of its own, «ویرایش: …» (later)
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6), hours=2))
        lines = [("تاریخ انتشار: %d/%02d/%02d - %s" % (j.year, j.month, j.day, m.hm())).translate(FA),
                 ("ویرایش: %d/%02d/%02d - %02d:%02d" % (later.year, later.month, later.day, later.hour,
                                                      later.minute)).translate(FA)]
    elif form == "edit_rows_before":  # «ویرایش شده در: …» (later) over «منتشر شده در: …»
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6), hours=2))
        lines = [("ویرایش شده در: %d %s %d ساعت %02d:%02d" % (later.day, JM[later.month - 1], later.year,
                                                          later.hour, later.minute)).translate(FA),
                 ("منتشر شده در: %d %s %d ساعت %s" % (j.day, JM[j.month - 1], j.year, m.hm())).translate(FA)]
    elif form == "eng_month":  # «3 December 2023 - 10:20»: an English month name, no Jalali day
        lines = ["%d %s %d - %s" % (m.g.day, GM[m.g.month - 1], m.g.year, m.hm())]
        top = today.words().translate(FA)
    elif form == "greg_dmy":  # «03/12/2023 10:20»: a Gregorian day, day first, Latin digits
        lines = ["%02d/%02d/%d %s" % (m.g.day, m.g.month, m.g.year, m.hm())]
    elif form == "ymd_nopad":  # «۰۲/۹/۱۲ ۱۰:۲۰»: a two-digit Jalali year, month and day unpadded
        lines = [("%02d/%d/%d %s" % (j.year % 100, j.month, j.day, m.hm())).translate(FA)]
    elif form == "time_slash_first":  # «۱۰:۲۰ - ۱۴۰۲/۰۹/۱۲»: the clock before the day
        lines = [("%s - %d/%02d/%02d" % (m.hm(), j.year, j.month, j.day)).translate(FA)]
    elif form == "ampm_first":  # «۱۰:۲۰ ق.ظ | ۱۴۰۲/۹/۱۲»: a twelve-hour clock before the day
        h12 = (j.hour - 1) % 12 + 1
        lines = [("%d:%02d %s | %d/%d/%d" % (h12, j.minute, "ب.ظ" if j.hour >= 12 else "ق.ظ", j.year, j.month,
                                             j.day)).translate(FA)]
    elif form == "ampm_latin":  # «12 آذر 1402 10:20 PM»
        h12 = (j.hour - 1) % 12 + 1
        lines = ["%d %s %d %d:%02d %s" % (j.day, JM[j.month - 1], j.year, h12, j.minute,
                                          "PM" if j.hour >= 12 else "AM")]
    elif form == "code_row":  # the date only in the story's row of numbers: «کد خبر: … | تاریخ: … | ساعت: …»
        lines = [("کد خبر: %d | سرویس: خبر | تاریخ: %d/%02d/%02d | ساعت: %s" % (
            rng.randint(10000, 99999), j.year, j.month, j.day, m.hm())).translate(FA)]
        top = today.words().translate(FA)
    elif form == "byline_date":  # «نویسنده: <name> | ۱۲ آذر ۱۴۰۲ - ۱۰:۲۰»: the author and the date on one row
        lines = [("نویسنده: %s | %d %s %d - %s" % (rng.choice(REPORTERS), j.day, JM[j.month - 1], j.year,
                                                  m.hm())).translate(FA)]
    elif form == "ago_paren":  # «۱۲ آذر ۱۴۰۲ - ۱۰:۲۰ (۳ ساعت پیش)»
        lines = [("%d %s %d - %s (%d ساعت پیش)" % (j.day, JM[j.month - 1], j.year, m.hm(),
                                                   rng.randint(2, 9))).translate(FA)]
    elif form == "both_slash":  # «۱۴۰۲/۰۹/۱۲ | 2023/12/03 | ۱۰:۲۰»: the Jalali and the Gregorian day, numeric
        lines = [("%d/%02d/%02d" % (j.year, j.month, j.day)).translate(FA) + " | %d/%02d/%02d | " % (
            m.g.year, m.g.month, m.g.day) + m.hm().translate(FA)]
    elif form == "code_above":  # a row of the story's number, then the date on a row of its own
        lines = [("کد خبر: %d" % rng.randint(100000, 999999)).translate(FA),
                 ("%s - %s" % (m.words(), m.hm())).translate(FA)]
    elif form == "clock_word_first":  # «ساعت ۱۰:۲۰ - سه‌شنبه ۱۲ آذر ۱۴۰۲»
        lines = [("ساعت %s - %s" % (m.hm(), m.words())).translate(FA)]
        top = today.words().translate(FA)
    elif form == "tri_today":  # the header: the day of the visit in three calendars; the story: numeric
        g = today.g
        top = (today.words().translate(FA) + " | " + _hijri(today).translate(FA) + " | %d %s %d" % (
            g.day, GM[g.month - 1], g.year))
        lines = [("%d/%02d/%02d - %s" % (j.year, j.month, j.day, m.hm())).translate(FA)]
    elif form == "updated_nospace":  # «آخرین بروزرسانی: …» (later) over «تاریخ انتشار: …»
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 6), hours=2))
        lines = [("آخرین بروزرسانی: %d %s %d - %02d:%02d" % (later.day, JM[later.month - 1], later.year,
                                                            later.hour, later.minute)).translate(FA),
                 ("تاریخ انتشار: %d %s %d - %s" % (j.day, JM[j.month - 1], j.year, m.hm())).translate(FA)]
    elif form == "jalali_hijri_clock":  # «۱۲ آذر ۱۴۰۲ - ۱۹ جمادی‌الاول ۱۴۴۵ - ۱۰:۲۰»
        lines = [("%d %s %d - %s - %s" % (j.day, JM[j.month - 1], j.year, _hijri(m), m.hm())).translate(FA)]
    elif form == "first_sentence":  # no date row: «امروز سه‌شنبه ۱۲ آذر ۱۴۰۲» in the story's first sentence
        lines = []
    else:
        raise ValueError(form)
    return lines, top, path


def _foot_dates(form: str, m: Moment) -> list[str]:
    """The story's date under its last paragraph (unlabelled), for the forms that put it there."""
    if form == "today_foot":
        return [m.words().translate(FA)]
    if form == "relative_foot":
        return [("%d/%02d/%02d %s" % (m.j.year, m.j.month, m.j.day, m.hm())).translate(FA)]
    if form == "pub_label_after":
        return [("تاریخ انتشار: %s - %s" % (m.words(), m.hm())).translate(FA)]
    return []


def headline(host, story: dict, m: Moment) -> str:
    """The headline as the host's page shows it: some forms change the story's title."""
    title, head = story["title"], host[3]
    if head == "question":  # a headline that asks: «…؟»
        return title.rstrip("؟?!.") + "؟"
    if head == "quoted":  # a speaker's words as the headline: «name: «…»»
        return "%s: «%s»" % (REPORTERS[len(title) % 4], title)
    if head == "dated_head":  # a headline that names a day other than the story's own
        j = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=9))
        return ("از %d %s؛ " % (j.day, JM[j.month - 1])).translate(FA) + title
    if head == "number_head":  # a headline that opens with a number: «۵ نکته درباره …»
        return ("%d نکته درباره " % (3 + len(title) % 7)).translate(FA) + title
    if head == "year_head":  # a headline that names a whole day, year and all, not the story's
        j = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=40))
        return title + (" تا %d %s %d" % (j.day, JM[j.month - 1], j.year)).translate(FA)
    if head == "long_head":  # a headline of three lines and more: two clauses joined by «؛»
        clause = (story["lead"] or story["paras"][0]).split("،")[0].split(".")[0].strip()
        return title + "؛ " + " ".join(clause.split()[:14])
    return title


def _first_para(form: str, m: Moment, site: str, para: str) -> str:
    """The story's first paragraph: ``first_sentence`` dates the story there only."""
    if form == "first_sentence":
        return ("به گزارش %s، امروز %s " % (site, m.words())).translate(FA) + para
    return para


def _page(rng, host, story, m: Moment, today: Moment) -> tuple[str, str]:
    domain, site, fmt, head, form = host
    dates, top, path = _date_lines(form, m, rng, today)
    title, lead, paras = headline(host, story, m), story["lead"], list(story["paras"])
    paras[0] = _first_para(form, m, site, paras[0])
    # (a kicker of fourteen words, longer than most headlines: no sentence, no lead)
    long_kicker = "%s: %s" % (rng.choice(["گزارش ویژه", "پرونده"]),
                              " ".join((story["lead"] or paras[-1]).split(".")[0].split("،")[0].split()[:14]))
    kicker = "گزارش «%s» از %s" % (rng.choice(["پارس‌نامه", "ما"]), rng.choice(["تهران", "مشهد", "تبریز"]))
    reporter = ("خبرنگار اعزامی ما به %s: %s" % (rng.choice(CITIES), rng.choice(REPORTERS)) if head == "reporter_above"
                else "گزارش از: " + rng.choice(REPORTERS))
    under = "روایتی از %s در روزهای پایانی هفته" % rng.choice(CITIES)  # (kicker_under)
    series = ["گزارش", "فیلم", "گفت‌وگو", "یادداشت"][len(title) % 4]  # (og_prefix, series_prefix)
    if head == "credit_above":
        reporter = "گزارش از: %s، خبرنگار ما در %s" % (rng.choice(REPORTERS), rng.choice(CITIES))
    elif head in ("reporter_div", "kicker_reporter"):
        reporter = "خبرنگار اعزامی ما: " + rng.choice(REPORTERS)
    restated = "%s؛ %s" % (title, lead or paras[-1])  # (lead_restates)
    crumb = "خانه > اجتماعی > " + (" ".join(title.split()[:4]) + "…" if head == "crumb_cut" else title)
    url = "https://%s/%s/%s" % (domain, path, "-".join(title.split()[:4]))
    if fmt == "txt":
        lines = [site, MENU] + ([top] if top else [])
        if head == "kicker":
            lines += [kicker, title, *dates, lead]
        elif head in ("crumb", "crumb_cut"):
            lines += [crumb, title, *dates]
        elif head in ("reporter_above", "credit_above"):
            lines += [reporter, title, *dates]
        elif head == "kicker_reporter":
            lines += [kicker, title, reporter, *dates]
        elif head == "reporter_under":
            lines += [title, reporter, *dates]
        elif head == "kicker_under":
            lines += [title, under, *dates]
        elif head == "labelled":  # «عنوان خبر: <headline>»
            lines += ["عنوان خبر: " + title, *dates]
        elif head == "here_line":  # «شما اینجا هستید: …» ending with the headline, over it
            lines += ["شما اینجا هستید: خانه » اجتماعی » " + title, title, *dates]
        elif head == "head_after_lead":  # the lead first, the headline under it
            lines += [lead, title, *dates]
        elif head == "long_kicker":
            lines += [long_kicker, title, *dates]
        elif head == "lead_restates":
            lines += [title, *dates, restated]
        else:
            lines += [title, *dates]
        share = ["اشتراک: " + title] if head == "share_title" else []
        lines += [*paras, *_foot_dates(form, m), *share, "اشتراک‌گذاری", FOOT + " - " + site]
        return "\n\n".join(lines) + "\n", url
    e = html.escape
    dated = "".join("<span class='date'>%s</span>" % e(d) for d in dates)
    if form == "relative_ld":  # the absolute date only in the page's JSON-LD, with a later modification
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                         "datePublished": m.g.isoformat(timespec="minutes") + "+03:30",
                         "dateModified": (m.g + timedelta(days=1)).isoformat(timespec="minutes") + "+03:30"})
        dated = "<span class='ago'>%s</span><script type='application/ld+json'>%s</script>" % (e(dates[0]), ld)
    if form == "relative":
        dated = "<time datetime='%s'>%s</time>" % (m.g.isoformat(timespec="minutes") + "+03:30", e(dates[0]))
    if head == "logo_h1":
        hd = "<div class='news-title'>%s</div><div class='meta'>%s</div>" % (e(title), dated)
    elif head in ("title_tag", "title_img"):
        hd = "<div class='meta'>%s</div>" % dated
    elif head == "dated_h1":  # the story's date row over its <h1>, under the header's date of the visit
        hd = "<div class='head'>%s<h1 class='t'>%s</h1></div>" % (
            "".join("<span class='row'>%s</span>" % e(d) for d in dates), e(title))
    elif head == "reporter_div":
        hd = "<h3 class='reporter'>%s</h3><div class='headline'>%s</div><div class='meta'>%s</div>" % (
            e(reporter), e(title), dated)
    elif head == "site_h1_kicker":
        hd = "<h2 class='rotitr'>%s</h2><div class='headline'>%s</div><div class='meta'>%s</div>" % (
            e(kicker), e(title), dated)
    elif head == "reporter_under":
        hd = "<h1>%s</h1><div class='reporter'>%s</div><div class='meta'>%s</div>" % (e(title), e(reporter), dated)
    elif head == "kicker_under":
        hd = "<h1 class='title'>%s</h1><h3 class='subtitle'>%s</h3><div class='meta'>%s</div>" % (
            e(title), e(under), dated)
    elif head == "caption":
        hd = ("<h2 class='post-title'>%s</h2><div class='meta'>%s</div><figure><img src='/i/%d.jpg' alt='%s'>"
              "<figcaption>%s</figcaption></figure>" % (e(title), dated, rng.randint(100, 999), e(title), e(title)))
    elif head == "amp":
        hd = ("<header class='amp-article-header'><h1 class='amp-title'>%s</h1><div class='amp-meta'>%s</div>"
              "</header><amp-img src='/i/%d.jpg' width='800' height='450' layout='responsive'></amp-img>"
              % (e(title), dated, rng.randint(100, 999)))
    elif head == "print":
        hd = "<div class='print-label'>نسخه قابل چاپ</div><h2>%s</h2><div class='meta'>%s</div>" % (e(title), dated)
    elif head == "logo_h2":  # the <h1> holds the site's logo (image and name), the headline an <h2>
        hd = "<h2 class='title'>%s</h2><div class='meta'>%s</div>" % (e(title), dated)
    elif head == "here_line":
        hd = ("<div class='here'>شما اینجا هستید: <a href='/'>خانه</a> » <a href='/s'>اجتماعی</a> » %s</div>"
              "<h1>%s</h1><div class='meta'>%s</div>" % (e(title), e(title), dated))
    elif head == "long_kicker":  # a kicker longer than the headline over it
        hd = "<div class='rotitr'>%s</div><h1 class='title'>%s</h1><div class='meta'>%s</div>" % (
            e(long_kicker), e(title), dated)
    elif head == "share_above":  # «اشتراک گذاری: <headline>» between the date and the story
        hd = "<h1>%s</h1><div class='meta'>%s</div><div class='share'>اشتراک گذاری: %s</div>" % (
            e(title), dated, e(title))
    elif head == "h1_br":  # the headline broken over two lines inside its <h1>
        words = title.split()
        hd = "<h1>%s<br>%s</h1><div class='meta'>%s</div>" % (
            e(" ".join(words[:len(words) // 2])), e(" ".join(words[len(words) // 2:])), dated)
    elif head == "og_only":  # no heading: the headline in og:title only
        hd = "<div class='meta'>%s</div>" % dated
    elif head == "lead_restates":
        hd = "<h1>%s</h1><div class='meta'>%s</div><p class='lead'>%s</p>" % (e(title), dated, e(restated))
    elif head in ("plain", "og_prefix", "title_bar_sec", "share_title", "question", "quoted", "dated_head",
                  "two_h1", "long_head", "number_head", "year_head"):
        hd = "<h1>%s</h1><div class='meta'>%s</div>" % (e(title), dated)
    elif head == "series_prefix":  # a series label before the headline inside its <h1>
        hd = "<h1 class='title'>%s| %s</h1><div class='meta'>%s</div>" % (e(series), e(title), dated)
    elif head == "kicker_in_h1":  # the kicker in a <span> inside the headline's <h1>
        hd = "<h1 class='title'><span class='rotitr'>%s</span> %s</h1><div class='meta'>%s</div>" % (
            e(kicker), e(title), dated)
    elif head == "title_bar":  # the headline only in the title bar, the site's name and section first
        hd = "<div class='meta'>%s</div>" % dated
    elif head == "title_dash":  # the headline in a plain <div>, the title bar «headline – site»
        hd = "<div class='post-title'>%s</div><div class='meta'>%s</div>" % (e(title), dated)
    elif head == "kicker":
        hd = ("<div class='rotitr'>%s</div><h2 class='title'>%s</h2><div class='meta'>%s</div><p class='lead'>%s</p>"
              % (e(kicker), e(title), dated, e(lead)))
    else:
        hd = "<nav class='crumb'>%s</nav><h1>%s</h1><div class='meta'>%s</div>" % (
            " › ".join("<a href='/'>%s</a>" % e(p) for p in crumb.split(" > ")), e(title), dated)
    logo = ("<h1 class='logo'>%s</h1>" if head in ("logo_h1", "site_h1_kicker", "two_h1")
            else "<div class='logo'>%s</div>") % e(site)
    if head == "title_img":  # the logo is an image: the site's name shows nowhere as text
        logo = "<div class='logo'><img src='/logo.png' alt='%s'></div>" % e(site)
    if head == "logo_h2":
        logo = "<h1 class='logo'><a href='/'><img src='/logo.png' alt='%s'>%s</a></h1>" % (e(site), e(site))
    og = "%s - %s" % (title, site) if head in ("title_tag", "share_title") else title
    bar = "%s | %s" % (title, site)
    section = ["اجتماعی", "سیاسی", "اقتصادی", "فرهنگی"][len(title) % 4]  # (title_bar, title_bar_sec)
    if head == "title_img":
        og = "%s | %s" % (site, title)
    elif head == "og_prefix":  # og:title and the title bar carry a label the <h1> does not
        og = "%s | %s" % (series, title)
        bar = "%s | %s - %s" % (series, title, site)
    elif head == "series_prefix":
        bar = "%s| %s | %s" % (series, title, site)
    elif head == "title_bar":
        og, bar = None, "%s » %s » %s" % (site, section, title)
    elif head == "title_bar_sec":
        og, bar = None, "%s :: %s :: %s" % (title, section, site)
    elif head == "title_dash":
        og, bar = "%s - %s" % (site, title), "%s – %s" % (title, site)
    elif head == "og_only":
        bar = site
    head_meta = "" if og is None else "<meta property='og:title' content='%s'>" % e(og)
    if form == "relative_meta":
        head_meta += "<meta property='article:published_time' content='%s'>" % (
            m.g.isoformat(timespec="minutes") + "+03:30")
    story_html = "".join("<p>%s</p>" % e(p) for p in [*paras, *_foot_dates(form, m)])
    if head == "share_title":  # «اشتراک: <headline>» under the story
        story_html += "<div class='share'>اشتراک: %s</div>" % e(title)
    if head == "amp":
        return _amp_page(e, title, site, url, hd, story_html), url
    if head == "print":
        return _print_page(e, title, site, url, hd, story_html), url
    page = ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title>"
            "%s<link rel='canonical' href='%s'></head><body>"
            "<header>%s<div class='today'>%s</div><nav>%s</nav></header><main><article>%s<div class='body'>%s</div>"
            "</article></main><footer>%s</footer></body></html>") % (
        e(bar), head_meta, e(url), logo, e(top), e(MENU), hd, story_html, e(FOOT))
    return page, url


def _amp_page(e, title: str, site: str, url: str, hd: str, story_html: str) -> str:
    """An AMP view of a story: ``<html amp>``, the AMP boilerplate in the head, a slim bar for a header."""
    return ("<!doctype html><html amp lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s - %s</title>"
            "<link rel='canonical' href='%s'><script async src='https://cdn.ampproject.org/v0.js'></script>"
            "<style amp-boilerplate>body{visibility:hidden}</style></head><body><div class='amp-bar'>"
            "<a href='/'>%s</a></div><article class='amp-article'>%s<div class='amp-content'>%s</div></article>"
            "<footer class='amp-footer'>%s</footer></body></html>") % (
        e(title), e(site), e(url), e(site), hd, story_html, e(FOOT))


def _print_page(e, title: str, site: str, url: str, hd: str, story_html: str) -> str:
    """A print view of a story: the site's name, no menu, the story's address under it."""
    return ("<html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title></head>"
            "<body onload='window.print()'><div class='print-site'>%s</div>%s<div class='print-body'>%s</div>"
            "<div class='print-url'>نشانی مطلب: %s</div></body></html>") % (
        e(title), e(site), hd, story_html, e(url))


def write_set(out_dir, hosts, n: int, rng: random.Random, page, row, story_ok=None, *, skip_stories: int = 0,
              first_host: int = 0) -> list[dict]:
    """Write ``n`` pages of every host of ``hosts`` (``page(rng, host, story, moment, today)`` → the
    page) to ``out_dir/pages`` and their gold (``row(host, story, moment)`` → the host's own fields
    of a gold row) to ``out_dir/gold.jsonl``; returns the gold rows. ``story_ok``: which of the
    corpus's stories the set may take (all by default); ``skip_stories``, ``first_host``: the stories a
    set written before this one took, and its hosts' count (a set written in two calls)."""
    out = Path(out_dir)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    stories = _stories(skip_stories + n * len(hosts) + 10, story_ok)[skip_stories:]
    rng.shuffle(stories)
    today = Moment(rng)
    gold = []
    for h, host in enumerate(hosts):
        for k in range(n):
            story, m = stories[h * n + k], Moment(rng)
            raw = page(rng, host, story, m, today)
            pid = "%02d_%s_%d" % (first_host + h, host[0].split(".")[0], k)
            name = pid + "." + host[2]
            (out / "pages" / name).write_text(raw, encoding="utf-8")
            gold.append({"file": name, "id": pid, "site": host[0], "format": host[2], "kind": "article",
                         "section": None, "lead": None, "agency": None, "corruptions": [],
                         "chrome_lines": [MENU, FOOT], **row(host, story, m)})
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return gold


#: the date forms whose pages show the story's clock time
CLOCKED = ("slash_time", "words_clock", "updated", "relative", "dmy_short", "relative_foot", "ymd_short", "dmy_latin",
           "greg_first", "updated_after", "updated_first", "dmy_dots", "relative_ld", "slash_pipe", "weekday_comma",
           "time_first", "updated_spaced", "code_date", "dash_iso", "pub_label_after", "relative_meta",
           "latin_fa_month", "ampm", "greg_fa_digits", "code_bar", "clock_first", "edit_rows_after",
           "edit_rows_before", "eng_month", "greg_dmy", "ymd_nopad", "time_slash_first", "ampm_first", "ampm_latin",
           "code_row", "byline_date", "ago_paren", "both_slash", "code_above", "clock_word_first", "tri_today",
           "updated_nospace", "jalali_hijri_clock")


def _gold(host, story: dict, m: Moment) -> dict:
    paras = [_first_para(host[4], m, host[1], story["paras"][0]), *story["paras"][1:]]
    return {"family": "%s/%s" % (host[3], host[4]), "title": headline(host, story, m), "body_paragraphs": paras,
            "published_iso": None if host[4] == "first_sentence" else m.day(),
            "clock": m.hm() if host[4] in CLOCKED else None}


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and their gold; returns the gold rows."""
    return write_set(out_dir, HOSTS, n, random.Random("head-layouts:%d" % seed),
                     lambda *a: _page(*a)[0], _gold)
