"""Family set AA: eight Persian site families of date palms (نخل و خرما), student robotics leagues, the tile and
ceramic industry, equestrian clubs, diabetes associations, passenger railways, northern citrus orchards and the
deaf community, written blind to the extractor.

    build(out_dir, n, seed=231, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages. AA copies no frame: it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers, which are X's, W's, V's and
U's generic pieces) in a namespace of its own (:data:`_G`: Y's globals with AA's tables, widgets and date styles),
as Z does, and Z's own ``build`` loop in a namespace of its own (:data:`_B`: Z's globals with AA's hosts, pages and
HTML, its split ``families-aa`` and clusters ``aa<seed>-NNN``), then adds its own forms on the page Y's frame
builds. Families (none of them in an earlier set):

- ``date_palm``        Bushehr's and Kerman's date-palm groves, the date market and its export: price boxes;
- ``robotics_league``  student and university robotics leagues (rescue, football robots): result tables;
- ``ceramic_tile``     Yazd's tile and ceramic industry, exports and traditional tile work;
- ``equestrian_club``  show jumping, endurance, racing and horse breeding clubs (Turkoman, Kurdish horses);
- ``diabetes_assoc``   diabetes associations and patients' circles: insulin, diet, the diabetic foot;
- ``rail_passenger``   passenger trains, tickets, suburban lines and stations: timetables;
- ``citrus_orchard``   Mazandaran's and Gilan's citrus growers: frost damage, orange prices, processing;
- ``deaf_community``   the deaf and hard-of-hearing community: sign language, deaf sport, cochlear implants.

Forms AA adds to Z's, Y's, X's, W's, V's and U's (``h.s`` keys):
- ``crumb_date``: the publication day as a chip closing the trail line, «<home> / <parent> / <section> | ۱۴ آذر
  ۱۴۰۲» (no clock; gold section: the trail's last item; gold published: that day, the instant only from markup);
- ``short_path``: the section only as the Persian path of the «لینک کوتاه» row under the story
  («لینک کوتاه: https://<host>/<section-with-hyphens>/<n>»; no ``article:section`` nor JSON-LD on such hosts;
  gold section: the path's section, spaces for its hyphens);
- ``photo_by``: photo credits «عکس از: <name>» (or «عکس: <name>») between the story's paragraphs, in HTML the
  ``<figcaption>`` of a photo (chrome);
- ``comment_count``: the readers' comment count beside the date, «۱۲ آذر ۱۴۰۲ - ۱۴:۳۰ | ۱۲ نظر» (chrome; the date
  is the publication's);
- ``ticker_mid``: a sticky «اخبار فوری» ticker of other stories' headlines between two paragraphs of the story
  (one line «اخبار فوری: <headline>» or a head line and the headlines a line each; chrome);
- ``span_split``: HTML whose story paragraphs have words split by inline ``<span style>`` fragments, at a ZWNJ
  (``می<span style="…">&zwnj;خواهد</span>``) or inside a word (the visible text is unchanged; gold: that text);
- ``badge``: a label line over the headline, «تیتر یک», «ویژه», «اختصاصی», «گزارش ویژه» (chrome, not the surtitle);
- ``num_related``: the related list after the story numbered «۱. <headline>» in the host's digits (chrome; Z's
  ``ol`` story paragraphs are numbered too);
- ``sig_alt``: on hosts crediting by logo (Y's ``logo``), no «منبع:» label: the agency's signature image under the
  story, its ``alt`` the only credit (HTML; gold: that agency; a text dump loses it, gold: none);
- date style ``wd_slash``: «جمعه ۱۴۰۲/۰۹/۱۷ ساعت ۱۴:۳۰» (the weekday, then the numeric Jalali day).

Gold as X, Y and Z document it: section the most specific one the page shows, else null; ``published_iso`` the
local (Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the
time or has it in markup, else the day. Agency only when the page credits one. About 7% negatives, ~10% of the
stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re
import types

import jdatetime

import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_h import AGENCIES, Host, dg
from site_families_r import _esc, credited_agency
from site_families_v import clock

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency", "aa_date"]

FAMILIES = ["date_palm", "robotics_league", "ceramic_tile", "equestrian_club", "diabetes_assoc", "rail_passenger",
            "citrus_orchard", "deaf_community"]
HOSTS = {
    "date_palm": [("nakhl-news.ir", "نخل نیوز", "اخبار نخلستان‌ها و خرمای جنوب"),
                  ("khorma-bushehr.com", "خرمای بوشهر", "بازار و صادرات خرما"),
                  ("nakhilat.ir", "نخیلات", "پایگاه تخصصی نخل و خرما")],
    "robotics_league": [("robocup-iran.ir", "رباتیک ایران", "لیگ‌های رباتیک دانش‌آموزی و دانشجویی"),
                        ("robonews.ir", "ربات نیوز", "اخبار مسابقات ربات‌ها"),
                        ("sazeh-robot.com", "سازه ربات", "آموزش و مسابقات رباتیک"),
                        ("mechatronic-mag.ir", "مجله مکاترونیک", "رباتیک، هوش و ساخت")],
    "ceramic_tile": [("kashi-yazd.ir", "کاشی یزد", "اخبار صنعت کاشی و سرامیک"),
                     ("seramik-news.com", "سرامیک نیوز", "بازار کاشی، سرامیک و چینی"),
                     ("loab-mag.ir", "مجله لعاب", "کاشی، لعاب و معرق سنتی")],
    "equestrian_club": [("asb-news.ir", "اسب نیوز", "سوارکاری و پرورش اسب"),
                        ("savarkar.com", "سوارکار", "باشگاه‌ها و مسابقات پرش با اسب"),
                        ("asb-asil.ir", "اسب اصیل", "اخبار اسب ترکمن و کرد")],
    "diabetes_assoc": [("diabet-iran.ir", "دیابت ایران", "انجمن دیابت و بیماران دیابتی"),
                       ("ghand-khoon.com", "قند خون", "سلامت و تغذیه بیماران دیابتی"),
                       ("insulin-news.ir", "انسولین نیوز", "اخبار دارو و درمان دیابت"),
                       ("kanoon-diabet.ir", "کانون دیابت", "کانون بیماران دیابتی استان")],
    "rail_passenger": [("rahahan-news.ir", "راه‌آهن نیوز", "اخبار قطارهای مسافری"),
                       ("ghatar-online.com", "قطار آنلاین", "بلیت، برنامه و اخبار قطار"),
                       ("railnews.ir", "ریل نیوز", "حمل‌ونقل ریلی ایران")],
    "citrus_orchard": [("morakabat-news.ir", "مرکبات نیوز", "باغداران مرکبات شمال"),
                       ("narenj-mazandaran.com", "نارنج مازندران", "اخبار باغ‌های مرکبات"),
                       ("porteghal.ir", "پرتقال", "بازار میوه و مرکبات"),
                       ("bagh-shomal.ir", "باغ شمال", "کشاورزی و باغداری گیلان و مازندران")],
    "deaf_community": [("nashenava-news.ir", "ناشنوا نیوز", "کانون ناشنوایان ایران"),
                       ("eshare-news.com", "اشاره نیوز", "اخبار جامعه ناشنوایان"),
                       ("sedaye-sokoot.ir", "صدای سکوت", "پایگاه خبری ناشنوایان و کم‌شنوایان")],
}
#: each family's sections: (parent, child) pairs or single sections, and the menu's other items
MENUS = {
    "date_palm": (["نخلستان", ("خرما", "خرمای مضافتی"), "صادرات خرما", "آفات نخل", "بسته‌بندی"],
                  ["قیمت روز", "گالری", "آموزش", "تماس با ما"]),
    "robotics_league": ([("مسابقات", "لیگ ربات‌های امدادگر"), "رباتیک دانش‌آموزی", "هوش مصنوعی", "ربات فوتبالیست",
                         "کارگاه‌ها"], ["ثبت‌نام تیم‌ها", "نتایج", "گالری", "درباره ما"]),
    "ceramic_tile": (["صنعت کاشی", ("صادرات", "صادرات کاشی"), "کاشی‌کاری سنتی", "نمایشگاه‌ها", "مواد اولیه"],
                     ["کاتالوگ", "قیمت‌ها", "آگهی", "تماس"]),
    "equestrian_club": (["پرش با اسب", ("مسابقات", "اسب‌دوانی"), "پرورش اسب", "استقامت", "باشگاه‌ها"],
                        ["تقویم مسابقات", "گالری", "عضویت", "درباره ما"]),
    "diabetes_assoc": (["دیابت نوع یک", ("درمان", "انسولین"), "تغذیه", "دیابت بارداری", "پای دیابتی"],
                       ["مشاوره", "پرسش‌های متداول", "عضویت", "ارتباط با ما"]),
    "rail_passenger": (["قطارهای مسافری", ("بلیت", "فروش بلیت"), "قطار حومه‌ای", "ایستگاه‌ها", "باری و ترانزیت"],
                       ["برنامه حرکت", "استعلام بلیت", "آمار", "تماس با ما"]),
    "citrus_orchard": (["مرکبات", ("بازار میوه", "قیمت پرتقال"), "سرمازدگی", "باغداری", "صنایع تبدیلی"],
                       ["هواشناسی کشاورزی", "گالری", "آموزش", "تماس"]),
    "deaf_community": (["کانون ناشنوایان", ("آموزش", "زبان اشاره"), "ورزش ناشنوایان", "اشتغال", "کاشت حلزون"],
                       ["ویدیو با زیرنویس", "گالری", "عضویت", "ارتباط با ما"]),
}
SLUGS = {"نخلستان": "groves", "خرما": "dates", "خرمای مضافتی": "mazafati", "صادرات خرما": "date-export",
         "آفات نخل": "palm-pests", "بسته‌بندی": "packing", "مسابقات": "competitions",
         "لیگ ربات‌های امدادگر": "rescue-league", "رباتیک دانش‌آموزی": "school-robotics", "هوش مصنوعی": "ai",
         "ربات فوتبالیست": "robot-soccer", "کارگاه‌ها": "workshops", "صنعت کاشی": "tile-industry",
         "صادرات": "export", "صادرات کاشی": "tile-export", "کاشی‌کاری سنتی": "traditional-tile",
         "نمایشگاه‌ها": "fairs", "مواد اولیه": "raw-materials", "پرش با اسب": "show-jumping",
         "اسب‌دوانی": "racing", "پرورش اسب": "breeding", "استقامت": "endurance", "باشگاه‌ها": "clubs",
         "دیابت نوع یک": "type-1", "درمان": "treatment", "انسولین": "insulin", "تغذیه": "diet",
         "دیابت بارداری": "gestational", "پای دیابتی": "diabetic-foot", "قطارهای مسافری": "passenger-trains",
         "بلیت": "tickets", "فروش بلیت": "ticket-sales", "قطار حومه‌ای": "suburban", "ایستگاه‌ها": "stations",
         "باری و ترانزیت": "freight", "مرکبات": "citrus", "بازار میوه": "fruit-market", "قیمت پرتقال": "orange-price",
         "سرمازدگی": "frost", "باغداری": "orchards", "صنایع تبدیلی": "processing", "کانون ناشنوایان": "deaf-union",
         "آموزش": "education", "زبان اشاره": "sign-language", "ورزش ناشنوایان": "deaf-sport", "اشتغال": "jobs",
         "کاشت حلزون": "cochlear-implant"}
#: lines a host repeats after every story
AFTER = {
    "date_palm": ["قیمت روز خرمای مضافتی و پیارم", "راهنمای صادرات خرما", "عضویت در کانال نخل‌داران",
                  "سامانه خرید تضمینی خرما"],
    "robotics_league": ["ثبت‌نام تیم‌ها در دوره جدید لیگ", "آیین‌نامه مسابقات", "جدول نتایج لیگ",
                        "کارگاه‌های آموزشی تابستانه"],
    "ceramic_tile": ["کاتالوگ محصولات کاشی و سرامیک", "فهرست کارخانه‌های عضو انجمن", "تقویم نمایشگاه‌ها",
                     "درج آگهی در نیازمندی‌ها"],
    "equestrian_club": ["تقویم مسابقات پرش با اسب", "ثبت‌نام دوره‌های سوارکاری", "شجره‌نامه اسب‌های اصیل",
                        "قوانین مسابقات"],
    "diabetes_assoc": ["مشاوره رایگان تغذیه با کارشناسان انجمن", "محاسبه‌گر قند خون", "عضویت در انجمن",
                       "پرسش از پزشک"],
    "rail_passenger": ["خرید اینترنتی بلیت قطار", "برنامه حرکت قطارها", "استرداد بلیت", "اشیای گمشده مسافران"],
    "citrus_orchard": ["پیش‌بینی هواشناسی کشاورزی", "نرخ روز مرکبات در میدان بار", "راهنمای مبارزه با مگس میوه",
                       "عضویت در خبرنامه باغداران"],
    "deaf_community": ["ویدیوهای خبری با زبان اشاره", "عضویت در کانون", "آموزش رایگان زبان اشاره",
                       "ارتباط با مترجم اشاره"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]
#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"rail_passenger": ["wd_slash", "day_dash", "num"],
               "diabetes_assoc": ["wd_slash", "paren_time", "wd_comma", "day_dash"],
               "date_palm": ["day_dash", "wd_slash", "hijri_beside"],
               "equestrian_club": ["greg_latin", "wd_slash", "dotted"]}
DEFAULT_STYLES = ["day_dash", "paren_time", "wd_comma", "nopad", "month_first", "hs_suffix", "dotted", "num",
                  "wd_slash", "greg_latin"]
PR_OFFICES = {"date_palm": "سازمان جهاد کشاورزی استان بوشهر", "robotics_league": "دبیرخانه لیگ رباتیک",
              "ceramic_tile": "انجمن کاشی و سرامیک", "equestrian_club": "فدراسیون سوارکاری",
              "diabetes_assoc": "انجمن دیابت ایران", "rail_passenger": "راه‌آهن جمهوری اسلامی ایران",
              "citrus_orchard": "مرکز تحقیقات مرکبات کشور", "deaf_community": "کانون ناشنوایان ایران"}
SURTITLES = {
    "date_palm": ["فصل برداشت خرما", "از نخلستان تا بازار", "گزارش صادرات"],
    "robotics_league": ["لیگ رباتیک", "گزارش مسابقه", "نسل تازه مهندسان"],
    "ceramic_tile": ["صنعت کاشی", "گزارش بازار", "هنر کاشی‌کاری"],
    "equestrian_club": ["گزارش مسابقه", "سوارکاری", "اسب اصیل ایرانی"],
    "diabetes_assoc": ["روز جهانی دیابت", "سلامت بیماران", "گزارش انجمن"],
    "rail_passenger": ["سفر با قطار", "گزارش راه‌آهن", "ایستگاه آخر"],
    "citrus_orchard": ["فصل برداشت مرکبات", "باغداران شمال", "گزارش میدان بار"],
    "deaf_community": ["دنیای سکوت", "گزارش کانون", "ورزش ناشنوایان"],
}
CAPTIONS = {
    "date_palm": ["نخلستان‌های دشتستان", "برداشت خرما در فصل پاییز", "بسته‌بندی خرمای صادراتی"],
    "robotics_league": ["ربات امدادگر در زمین مسابقه", "تیم دانش‌آموزی در حال برنامه‌نویسی", "داوران لیگ"],
    "ceramic_tile": ["خط تولید کاشی", "کاشی‌کاری معرق مسجد جامع", "غرفه‌های نمایشگاه کاشی"],
    "equestrian_club": ["سوارکار در مانع پرش", "اسب ترکمن در مسابقه", "اصطبل باشگاه"],
    "diabetes_assoc": ["سنجش قند خون در ایستگاه سلامت", "قلم انسولین", "کارگاه آموزش تغذیه"],
    "rail_passenger": ["قطار مسافری در ایستگاه", "سالن انتظار مسافران", "واگن‌های نوسازی‌شده"],
    "citrus_orchard": ["باغ پرتقال در ساری", "برداشت نارنگی", "میوه‌های سرمازده"],
    "deaf_community": ["مترجم زبان اشاره در نشست", "تیم فوتسال ناشنوایان", "کلاس آموزش زبان اشاره"],
}
DATES_PRICE = [("مضافتی درجه یک", "۸۵,۰۰۰"), ("پیارم", "۳۲۰,۰۰۰"), ("کبکاب", "۴۵,۰۰۰"), ("زاهدی", "۳۸,۰۰۰"),
               ("شاهانی", "۵۲,۰۰۰")]
ROBOT_TEAMS = [("تیم آریا", "۲۴۰"), ("تیم سیمرغ", "۲۱۵"), ("تیم پارسه", "۱۹۰"), ("تیم نوآوران", "۱۷۵"),
               ("تیم کاوش", "۱۶۰")]
TRAINS = [("تهران - مشهد", "۲۱:۳۰"), ("تهران - تبریز", "۱۸:۱۰"), ("تهران - اهواز", "۱۶:۴۵"),
          ("تهران - یزد", "۰۸:۲۰"), ("تهران - گرگان", "۲۲:۰۵")]
CITRUS = [("پرتقال تامسون", "۳۵,۰۰۰"), ("نارنگی انشو", "۲۸,۰۰۰"), ("لیموشیرین", "۳۰,۰۰۰"), ("نارنج", "۱۸,۰۰۰")]
PHOTOGRAPHERS = ["مهدی قاسمی", "سمیرا نوری", "حامد ملکی", "پریسا جعفری", "امین رستمی", "لیلا کاظمی"]
BADGES = ["تیتر یک", "ویژه", "اختصاصی", "گزارش ویژه"]
TICKER_HEADS = ["اخبار فوری", "🔴 اخبار فوری", "فوری"]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: date prices, a league table, a timetable, the citrus prices, … (in the host's digits)."""
    d = h.s["digits"]
    f = h.family
    latin = _z.LATIN
    if f == "date_palm":
        return ["قیمت خرما امروز", *(dg(f"{n}: {p} تومان".translate(latin), d) for n, p in r.sample(DATES_PRICE, 3))]
    if f == "robotics_league":
        return ["جدول امتیازات", "تیم | امتیاز", *(dg(f"{n} | {p}".translate(latin), d)
                                                   for n, p in r.sample(ROBOT_TEAMS, 3))]
    if f == "rail_passenger":
        return ["حرکت قطارهای امشب", *(dg(f"{n} | {t}".translate(latin), d) for n, t in r.sample(TRAINS, 3))]
    if f == "citrus_orchard":
        return ["نرخ میدان بار", *(dg(f"{n}: {p} تومان".translate(latin), d) for n, p in r.sample(CITRUS, 2))]
    if f == "ceramic_tile":
        return ["قیمت کاشی", dg("کاشی ۶۰ در ۶۰ درجه یک: 450,000 تومان", d), dg("سرامیک کف 30 در 30: 280,000 تومان", d)]
    if f == "equestrian_club":
        return ["مسابقات پیش رو", pick(r, ["جام باشگاه‌های کشور", "مسابقه استقامت گنبد", "پرش با اسب قهرمانی"]),
                "ثبت‌نام"]
    if f == "diabetes_assoc":
        return ["محاسبه‌گر قند خون", "قند ناشتا را وارد کنید", "محاسبه"]
    return ["کلاس‌های زبان اشاره", pick(r, ["دوره مقدماتی", "دوره پیشرفته", "دوره مترجمی"]), "ثبت‌نام"]


def aa_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """AA's date style, else Z's (and its elders').

    ``aa_date(dt.datetime(2023, 12, 8, 14, 30), "wd_slash", "fa")`` -> «جمعه ۱۴۰۲/۰۹/۱۷ ساعت ۱۴:۳۰»."""
    if style == "wd_slash":
        j = jdatetime.date.fromgregorian(date=t.date())
        s = f"{_y.X_WEEKDAYS[t.weekday()]} {j.year}/{j.month:02d}/{j.day:02d}"
        return dg(s + (f" ساعت {clock(t, ampm)}" if time else ""), digits)
    return _z.z_date(t, style, digits, time, ampm)


# ---------------------------------------------------------------------------------------------- Y's frame, AA's tables

#: Y's module namespace with AA's tables: Y's frame functions rebound to it read AA's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update(FAMILIES=FAMILIES, HOSTS=HOSTS, MENUS=MENUS, SLUGS=SLUGS, AFTER=AFTER, HOMES=HOMES, DATE_STYLES=DATE_STYLES,
          DEFAULT_STYLES=DEFAULT_STYLES, PR_OFFICES=PR_OFFICES, SURTITLES=SURTITLES, CAPTIONS=CAPTIONS,
          widget=widget, product_box=_z.product_box, gallery=_z.gallery, newsletter=_z.newsletter, poll=_z.poll,
          y_date=aa_date)


def _rebind(ns: dict, module: types.ModuleType, name: str):
    f = getattr(module, name)
    g = types.FunctionType(f.__code__, ns, name, f.__defaults__, f.__closure__)
    ns[name] = g
    return g


for _name in ("_sections", "_slot", "make_host", "date_line", "graph_ld", "head_html", "header", "side_box",
              "story_lines", "article_page", "negative_page", "arabize", "render_html", "w_url", "bidi",
              "shows_time"):
    _rebind(_G, _y, _name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: AA's forms, forced on hosts of an open (even-indexed) and of a held-out (odd) family each
FORCED = {
    "crumb_date": (("date_palm", 0), ("equestrian_club", 1), ("diabetes_assoc", 2)),
    "short_path": (("ceramic_tile", 1), ("rail_passenger", 0), ("citrus_orchard", 3)),
    "photo_by": (("citrus_orchard", 0), ("robotics_league", 2), ("date_palm", 2)),
    "comment_count": (("diabetes_assoc", 0), ("deaf_community", 1)),
    "ticker_mid": (("ceramic_tile", 0), ("rail_passenger", 2)),
    "span_split": (("date_palm", 1), ("deaf_community", 0), ("diabetes_assoc", 3)),
    "badge": (("citrus_orchard", 1), ("equestrian_club", 0)),
    "num_related": (("diabetes_assoc", 1), ("robotics_league", 0)),
}
#: the forms that are the host's section form: one a host
SEC_FORMS = ("crumb_date", "short_path")


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AA's forms: forced on :data:`FORCED`'s hosts, by chance on a few others; none of Z's."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-aa-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where or (form not in SEC_FORMS and r.random() < 0.05)
    if s["crumb_date"] and s["short_path"]:
        s["short_path"] = False
    for form in ("most_read", "og_title", "youare", "foot_agency", "qa", "quote", "ol", "nested", "telegram", "wrap",
                 "cp1256"):
        s[form] = False  # (Z's build reads them)
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (as Z: a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] == "title_only":
        s["arabic"] = False  # (as Z: Y's Arabic letters in the header would be the section's only spelling)
        s["title_above"], s["title_top"] = False, True  # (the <title> line is where the section is)
    if s["crumb_date"] or s["comment_count"]:  # the date line is at the head, plain (no <time>, no code row)
        s["date_pos"] = "head"
        s["time_el"] = False
        s["code_row"] = False
        s["upd_below"] = False
        s["live"] = False
    if s["crumb_date"]:  # a chip of the day: no clock
        s["sec"] = "crumb_date"
        s["time"] = False
        s["crumb_sep"] = pick(r, [" / ", " » ", " > "])
        s["chip_sep"] = pick(r, [" | ", " - ", " • "])
    if s["short_path"]:  # the section only in the short link's path: no metas naming it, no other short link
        s["sec"] = "short_path"
        s["meta"] = s["jsonld"] = s["graph"] = False
        s["short_link"] = s["tags"] = None  # (Y's tag lines name the section among the tags)
        s["title_form"] = pick(r, ["title_site", "site_title"])  # (no section in the <title> either)
        s["short_label"] = pick(r, ["لینک کوتاه:", "لینک کوتاه خبر:", "آدرس کوتاه:"])
        if s["date_pos"] in ("meta_only", "time_rel"):
            s["date_pos"] = "head"
    if s["comment_count"]:
        s["count_form"] = pick(r, ["{n} نظر", "{n} دیدگاه", "💬 {n}", "نظرات: {n}"])
    if s["photo_by"]:
        s["photo_label"] = pick(r, ["عکس از: {a}", "عکس: {a}", "عکاس: {a}"])
    if s["ticker_mid"]:
        s["ticker_head"] = pick(r, TICKER_HEADS)
        s["ticker_lines"] = r.random() < 0.5
    if s["span_split"]:
        s["html_p"] = max(s["html_p"], 0.6)
        s["span_style"] = pick(r, ['font-family:inherit', 'color:#222222', 'font-size:14px;line-height:2',
                                   'background-color:transparent'])
    if s["badge"]:
        s["badge_p"] = pick(r, [0.5, 0.7])
        s["title_above"] = False  # (the label stands over the headline in the story's head)
    return h


def _body_index(pg: Page) -> int | None:
    return next((k for k, (g, ls) in enumerate(pg.regions) if g == "body" and any(ro == "body" for ro, _ in ls)),
                None)


def _between(pg: Page, r: random.Random, lines: list[str], spots: int) -> None:
    """``lines`` (chrome) before ``spots`` of the story's paragraphs, never the first."""
    k = _body_index(pg)
    if k is None:
        return
    g, ls = pg.regions[k]
    paras = [i for i, (ro, _) in enumerate(ls) if ro == "body"]
    if len(paras) < 2:
        return
    at = set(r.sample(paras[1:], min(spots, len(paras) - 1)))
    out: list[tuple[str, str]] = []
    for i, x in enumerate(ls):
        if i in at:
            out.extend(("c", t) for t in lines)
        out.append(x)
    pg.regions[k] = (g, out)


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AA's forms on it."""
    s, d = h.s, h.s["digits"]
    printed = variant == "print"
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    meta["crumb_date"] = meta["short_path"] = None
    heads = [i for i, (g, _) in enumerate(pg.regions) if g == "head"]
    if meta["form"] == "crumb_date" and meta["date_line"] and heads:
        k = heads[0]
        g, ls = pg.regions[k]
        if ("c", meta["date_line"]) in ls:  # the day leaves the head for the trail's chip
            ls = [x for x in ls if x != ("c", meta["date_line"])]
            pg.regions[k] = (g, ls)
            chip = aa_date(pub, s["date"], d, False)
            trail = s["crumb_sep"].join([s["home"] or h.name, *meta["chosen"]])
            line = trail + s["chip_sep"] + chip
            pg.regions.insert(k, ("crumb", [("c", line)]))
            meta["crumb_date"] = (trail, chip, line)
    if meta["form"] == "short_path":
        num = stable(st["key"], h.domain, "short") % 90000 + 10000
        url = f"https://{h.domain}/{meta['chosen'][-1].replace(' ', '-')}/{num}"
        line = f"{s['short_label']} {url}"
        posts = [i for i, (g, _) in enumerate(pg.regions) if g == "post"]
        if posts:
            pg.regions[posts[0]][1].append(("c", line))
        else:
            pg.regions.append(("post", [("c", line)]))
        meta["short_path"] = (line, url)
    if s["comment_count"] and meta["date_line"] and heads and not printed:
        g, ls = pg.regions[heads[0]]
        n = r.randint(0, 48)
        count = dg(s["count_form"].format(n=n), d)
        pg.regions[heads[0]] = (g, [(ro, f"{t} | {count}" if (ro, t) == ("c", meta["date_line"]) else t)
                                    for ro, t in ls])
    if s["badge"] and heads and r.random() < s["badge_p"]:
        g, ls = pg.regions[heads[0]]
        pg.regions[heads[0]] = (g, [("c", pick(r, BADGES)), *ls])
    if s["photo_by"] and not printed:
        _between(pg, r, [s["photo_label"].format(a=pick(r, PHOTOGRAPHERS))], r.randint(1, 3))
    if s["ticker_mid"] and not printed and len(others) > 2:
        news = others[-2:] if s["ticker_lines"] else others[-1:]
        lines = [s["ticker_head"], *news] if s["ticker_lines"] else [f"{s['ticker_head']}: {news[0]}"]
        _between(pg, r, lines, 1)
    if s["num_related"]:
        pg.regions = [(g, [(ro, dg(f"{ls.index((ro, t))}. ", d) + t if g == "related" and ls.index((ro, t)) else t)
                           for ro, t in ls]) for g, ls in pg.regions]
    return pg, meta, lead


_TAGS = re.compile(r"(<[^>]*>)")
_SPLIT_AT = re.compile(r"([^\s<>&;]+)(\u200c|&zwnj;)([^\s<>&;]+)")
_WORD = re.compile(r"(?<![^\s>])([آ-ی]{3,})([آ-ی]{3,})(?=[\s.،<])")


def split_spans(h: Host, r: random.Random, p: str) -> str:
    """A story paragraph's HTML with a word or two split by an inline ``<span style>`` (an editor's paste): at a ZWNJ,
    the span opening with it, else inside a long word; the visible text unchanged."""
    style = h.s["span_style"]
    parts = _TAGS.split(p)
    done = 0
    for i, x in enumerate(parts):
        if i % 2 or done >= 2:
            continue
        m = _SPLIT_AT.search(x)
        if m:
            parts[i] = x[:m.start()] + f'{m.group(1)}<span style="{style}">&zwnj;{m.group(3)}</span>' + x[m.end():]
            done += 1
        elif r.random() < 0.5:
            w = _WORD.search(x)
            if w:
                parts[i] = x[:w.start()] + f'{w.group(1)}<span style="{style}">{w.group(2)}</span>' + x[w.end():]
                done += 1
    return "".join(parts)


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML, then AA's: the trail and its date chip as links and a ``<span>``, the short link as a link,
    photo credits in ``<figure>``s, a sticky ticker, the agency's signature image, words split by ``<span style>``."""
    s = h.s
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta and meta.get("crumb_date"):
        trail, chip, line = meta["crumb_date"]
        items = trail.split(s["crumb_sep"])
        links = [f'<a href="/">{_esc(h, items[0])}</a>'] + [
            f'<a href="/category/{SLUGS.get(x, "news")}">{_esc(h, x)}</a>' for x in items[1:]]
        new = (html.escape(s["crumb_sep"], quote=False).join(links) + html.escape(s["chip_sep"], quote=False)
               + f'<span class="date-chip">{_esc(h, chip)}</span>')
        out = re.sub(r'<div class="[^"]*">' + re.escape(_esc(h, line)) + "</div>",
                     lambda m: f'<div class="breadcrumb-bar">{new}</div>', out, count=1)
    if meta and meta.get("short_path"):
        line, url = meta["short_path"]
        label = line[: -len(url) - 1]
        out = re.sub(r'<div class="[^"]*">' + re.escape(_esc(h, line)) + "</div>",
                     lambda m: f'<div class="short-link">{_esc(h, label)} <a href="{html.escape(url)}">'
                               f'{_esc(h, url)}</a></div>', out, count=1)
    if s["photo_by"]:
        lab = re.escape(_esc(h, s["photo_label"].split("{a}")[0]))
        out = re.sub(r'<div class="[^"]*">(' + lab + r"[^<]*)</div>",
                     lambda m: f'<figure class="photo"><img src="/uploads/{stable(m.group(1)) % 9999}.jpg" alt="">'
                               f"<figcaption>{m.group(1)}</figcaption></figure>", out)
    if s["ticker_mid"]:
        head = re.escape(_esc(h, s["ticker_head"]))
        out = re.sub(r'<div class="[^"]*">(' + head + r"(?::[^<]*)?)</div>",
                     lambda m: f'<div class="breaking-ticker" style="position:sticky;bottom:0">{m.group(1)}</div>',
                     out)
    if s["credit"] == "logo":  # the agency's signature image under the story: its alt the only credit
        out = re.sub(r'<div class="[^"]*"><span>منبع:</span> <a href="[^"]*"><img src="/img/src/([a-z0-9]+)\.png" '
                     r'alt="([^"]*)" width="60"></a></div>',
                     lambda m: f'<div class="news-sign"><img src="/uploads/sign/{m.group(1)}-sign.png" '
                               f'alt="{m.group(2)}" style="max-width:120px"></div>', out, count=1)
    if s["span_split"] and meta:
        out = re.sub(r"<p>(.*?)</p>", lambda m: f"<p>{split_spans(h, r, m.group(1))}</p>", out)
    return out


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    return gold_row(name, "families-aa", family, families, site, fmt, gold, chrome, i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "aa" + cluster_prefix[1:])


#: Z's module namespace with AA's hosts, pages and HTML: Z's build loop rebound to it writes AA's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 231, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
