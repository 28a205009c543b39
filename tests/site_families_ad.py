"""Family set AD: eight Persian site families of obituary and lost-and-found columns, city council sessions, shrine
news, cash subsidies and e-coupons (کالابرگ), military service (نظام وظیفه), fuel cards and petrol quotas, intercity
buses and terminals, and kindergartens, written blind to the extractor.

    build(out_dir, n, seed=263, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running it on these pages. As AA, AB and AC do, AD copies no frame: it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers, X's, W's, V's and U's generic
pieces) in a namespace of its own (:data:`_G`: Y's globals with AD's tables, widgets and date styles) and Z's own
``build`` loop in another (:data:`_B`: Z's globals with AD's hosts, pages and HTML, its split ``families-ad`` and
clusters ``ad<seed>-NNN``), then adds its own forms on the page Y's frame builds. Families (none in an earlier set):

- ``obituary_notices``  obituary notices, memorials and the lost-and-found column (آگهی ترحیم، گمشده‌ها);
- ``city_council``      city council sessions: minutes, resolutions, members' speeches and warnings;
- ``shrine_news``       a holy shrine's news: pilgrims' services, ceremonies, endowments and vows;
- ``cash_subsidy``      cash subsidies, the electronic coupon (کالابرگ), income deciles and objections;
- ``military_service``  conscription: dispatch, exemptions, service reductions, امریه, absence fines;
- ``fuel_card``         fuel cards and petrol quotas, diesel, CNG, the petrol stations' owners;
- ``intercity_bus``     intercity buses and passenger terminals: fares, the fleet, road safety, Nowruz trips;
- ``kindergarten``      kindergartens and preschools: enrolment, fees, teachers, the welfare organisation.

Forms AD adds to Y's, X's, W's, V's and U's (``h.s`` keys; none of Z's, AA's, AB's nor AC's):
- ``title_service``: the section only in the page's ``<title>``, labelled inside it, «<title> - سرویس X - <site>»
  (or «گروه X», «بخش X»; a text dump's first line is that tab title);
- ``pdf_bulletin``: text from a PDF news bulletin: a running page header «<site> | بولتن خبری شماره N | X» over
  each page (the section only there), a page footer «- صفحه k از m -» at each page break between paragraphs, no
  menu nor boxes (text pages);
- ``title_agency``: the agency only in the page's ``<title>`` as an aggregator writes it, «<title> | <agency> |
  <site>» (a text dump's first line);
- ``src_url``: the agency only as the bare address of the story on its site, «منبع: https://www.isna.ir/news/N/»;
- ``title_split``: the headline broken over two lines (HTML: an ``<h1>`` with a ``<br>``; text: two lines);
- date styles ``hijri_only`` «یکشنبه ۲۰ جمادی‌الاول ۱۴۴۵ - ۱۴:۳۰» (only the lunar Hijri day, a shrine's header)
  and ``yy_slash`` «۰۲/۰۹/۱۲ - ۱۴:۳۰» (a two-digit year, day last);
- ``app_banner``: an app install banner under the header, «اپلیکیشن <site> را نصب کنید» over «دریافت از بازار |
  مایکت | سیب‌اپ» (chrome);
- ``cms``: the HTML page as its CMS saves it, one a host: WordPress with the Newspaper theme (``td-post-content``,
  ``tdBlocksArray``) or JNews (``jeg_main``, ``jnewsoption``), a Blogfa blog (``blogfa.js``, ``postcontent``), a
  Laravel site (``csrf-token``, ``/js/app.js``, Livewire's ``wire:id``) or «سپیدار»-like Persian news CMS markup
  (``spd-`` classes, invented).

Gold as X, Y, Z, AA, AB and AC document it: section the most specific one the page shows, else null;
``published_iso`` the local (Tehran) day of publication, ``published_time`` the instant with its Tehran offset when
the page shows the time or has it in markup, else the day. Agency only when the page credits the story to one. About
7% negatives, ~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re
import types

import jdatetime

import site_families_aa as _aa
import site_families_ac as _ac
import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_ab import HOMES
from site_families_h import AGENCIES, JMONTHS, WEEKDAYS, Host, dg
from site_families_r import credited_agency
from site_families_v import HMONTHS, clock, hijri

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "JMONTHS", "ad_date", "build", "canon", "credited_agency", "dg"]

FAMILIES = ["obituary_notices", "city_council", "shrine_news", "cash_subsidy", "military_service", "fuel_card",
            "intercity_bus", "kindergarten"]
HOSTS = {
    "obituary_notices": [("tasliat-online.ir", "تسلیت آنلاین", "آگهی ترحیم، تسلیت و یادبود"),
                         ("gomshodeh-yab.com", "گمشده‌یاب", "ستون اشیای گمشده و پیدا شده"),
                         ("yadbood-news.ir", "یادبود نیوز", "درگذشتگان و مجالس ختم")],
    "city_council": [("shora-news.ir", "شورانیوز", "اخبار جلسات شورای اسلامی شهر"),
                     ("sooratjalaseh.com", "صورت‌جلسه", "مشروح مذاکرات شوراهای شهر"),
                     ("parlman-shahri.ir", "پارلمان شهری", "رسانه مدیریت شهری")],
    "shrine_news": [("haram-news.ir", "حرم‌نیوز", "اخبار آستان مقدس"),
                    ("zaer-online.com", "زائر آنلاین", "خدمات زائران و اوقات شرعی"),
                    ("astan-khabar.ir", "آستان خبر", "پایگاه اطلاع‌رسانی موقوفات و زیارت")],
    "cash_subsidy": [("yaraneh-khabar.ir", "یارانه خبر", "اخبار یارانه نقدی و کالابرگ"),
                     ("kalabarg-news.com", "کالابرگ نیوز", "سامانه خبری کالابرگ الکترونیکی"),
                     ("hemayat-maishat.ir", "حمایت معیشتی", "اطلاع‌رسانی حمایت‌های معیشتی")],
    "military_service": [("sarbazi-news.ir", "سربازی نیوز", "اخبار نظام وظیفه و معافیت"),
                         ("vazifeh-online.com", "وظیفه آنلاین", "راهنمای اعزام و کارت پایان خدمت"),
                         ("amriyeh-khabar.ir", "امریه خبر", "امریه، سربازی نخبگان و خرید خدمت")],
    "fuel_card": [("karte-sookht.ir", "کارت‌سوخت نیوز", "اخبار سهمیه بنزین و جایگاه‌ها"),
                  ("benzin-news.com", "بنزین نیوز", "نرخ و سهمیه سوخت"),
                  ("jaygah-online.ir", "جایگاه آنلاین", "پایگاه خبری جایگاه‌داران سوخت")],
    "intercity_bus": [("payaneh-news.ir", "پایانه نیوز", "اخبار پایانه‌های مسافربری"),
                      ("bus-safar.com", "اتوبوس سفر", "بلیت و اخبار سفرهای جاده‌ای"),
                      ("mosafer-jadeh.ir", "مسافر جاده", "حمل‌ونقل عمومی برون‌شهری")],
    "kindergarten": [("mahd-news.ir", "مهد نیوز", "اخبار مهدهای کودک و پیش‌دبستانی"),
                     ("koodakestan.com", "کودکستان", "راهنمای والدین و مربیان"),
                     ("pishdabestani.ir", "پیش‌دبستانی امروز", "آموزش و پرورش کودکان")],
}
#: each family's sections: (parent, child) pairs or single sections, and the menu's other items
MENUS = {
    "obituary_notices": (["آگهی ترحیم", ("درگذشتگان", "درگذشت هنرمندان"), "مجالس ختم", ("گمشده‌ها", "مدارک گمشده"),
                          "پیدا شده‌ها"], ["ثبت آگهی", "تعرفه آگهی", "جست‌وجوی متوفی", "تماس"]),
    "city_council": (["جلسات علنی", ("مصوبات", "مصوبات بودجه"), "کمیسیون‌ها", ("نطق اعضا", "تذکرات اعضا"),
                      "شهرداری"], ["مشروح مذاکرات", "اعضای شورا", "سامانه ۱۳۷", "تماس"]),
    "shrine_news": (["زیارت", ("خدمات زائران", "اسکان زائران"), "مراسم مذهبی", ("موقوفات", "نذورات"), "فرهنگی"],
                    ["اوقات شرعی", "زیارت نیابتی", "پخش زنده حرم", "تماس"]),
    "cash_subsidy": (["یارانه نقدی", ("کالابرگ", "کالابرگ الکترونیکی"), "دهک‌بندی", ("اعتراض به دهک", "نتیجه اعتراض"),
                      "سهام عدالت"], ["استعلام دهک", "زمان واریز", "سامانه حمایت", "تماس"]),
    "military_service": (["اعزام", ("معافیت", "معافیت کفالت"), "کسری خدمت", ("امریه", "امریه نخبگان"),
                          "جریمه غیبت"], ["استعلام وضعیت", "محاسبه کسری", "دفاتر پلیس +۱۰", "تماس"]),
    "fuel_card": (["سهمیه بنزین", ("کارت سوخت", "کارت سوخت المثنی"), "گازوئیل", ("سی‌ان‌جی", "جایگاه‌های سی‌ان‌جی"),
                   "جایگاه‌داران"], ["استعلام سهمیه", "نرخ سوخت", "جایگاه‌یاب", "تماس"]),
    "intercity_bus": (["پایانه‌ها", ("نرخ بلیت", "نرخ کرایه نوروزی"), "ناوگان اتوبوسرانی", ("ایمنی جاده",
                                                                                          "تصادفات جاده‌ای"),
                       "سفرهای نوروزی"], ["خرید بلیت", "ساعت حرکت", "وضعیت جاده‌ها", "تماس"]),
    "kindergarten": (["مهدهای کودک", ("پیش‌دبستانی", "ثبت‌نام پیش‌دبستانی"), "شهریه", ("مربیان", "آموزش مربیان"),
                      "بهزیستی"], ["مهدیاب", "مشاوره والدین", "دانلود فرم", "تماس"]),
}
SLUGS = {"آگهی ترحیم": "obituaries", "درگذشتگان": "deceased", "درگذشت هنرمندان": "artists-deaths",
         "مجالس ختم": "memorials", "گمشده‌ها": "lost", "مدارک گمشده": "lost-documents", "پیدا شده‌ها": "found",
         "جلسات علنی": "sessions", "مصوبات": "resolutions", "مصوبات بودجه": "budget", "کمیسیون‌ها": "commissions",
         "نطق اعضا": "speeches", "تذکرات اعضا": "warnings", "شهرداری": "municipality", "زیارت": "pilgrimage",
         "خدمات زائران": "pilgrim-services", "اسکان زائران": "lodging", "مراسم مذهبی": "ceremonies",
         "موقوفات": "endowments", "نذورات": "vows", "فرهنگی": "culture", "یارانه نقدی": "cash-subsidy",
         "کالابرگ": "coupon", "کالابرگ الکترونیکی": "e-coupon", "دهک‌بندی": "deciles", "اعتراض به دهک": "objection",
         "نتیجه اعتراض": "objection-result", "سهام عدالت": "justice-shares", "اعزام": "dispatch",
         "معافیت": "exemption", "معافیت کفالت": "guardian-exemption", "کسری خدمت": "reduction", "امریه": "amriyeh",
         "امریه نخبگان": "elite-amriyeh", "جریمه غیبت": "absence-fine", "سهمیه بنزین": "petrol-quota",
         "کارت سوخت": "fuel-card", "کارت سوخت المثنی": "duplicate-card", "گازوئیل": "diesel", "سی‌ان‌جی": "cng",
         "جایگاه‌های سی‌ان‌جی": "cng-stations", "جایگاه‌داران": "station-owners", "پایانه‌ها": "terminals",
         "نرخ بلیت": "fares", "نرخ کرایه نوروزی": "nowruz-fares", "ناوگان اتوبوسرانی": "fleet",
         "ایمنی جاده": "road-safety", "تصادفات جاده‌ای": "accidents", "سفرهای نوروزی": "nowruz-trips",
         "مهدهای کودک": "kindergartens", "پیش‌دبستانی": "preschool", "ثبت‌نام پیش‌دبستانی": "preschool-enrolment",
         "شهریه": "fees", "مربیان": "teachers", "آموزش مربیان": "teacher-training", "بهزیستی": "welfare"}
#: lines a host repeats after every story
AFTER = {
    "obituary_notices": ["ثبت آنلاین آگهی ترحیم", "جست‌وجو در آگهی‌های گذشته", "ارسال پیام تسلیت",
                         "اعلام مدارک گمشده"],
    "city_council": ["مشروح مذاکرات جلسات", "فایل صوتی جلسه علنی", "سامانه ارتباط با اعضای شورا",
                     "پیگیری درخواست‌های شهروندی"],
    "shrine_news": ["اوقات شرعی امروز", "ثبت زیارت نیابتی", "پرداخت آنلاین نذورات", "پخش زنده صحن‌ها"],
    "cash_subsidy": ["استعلام دهک خانوار", "زمان واریز مرحله بعد", "ثبت اعتراض به دهک‌بندی",
                     "فهرست فروشگاه‌های طرف قرارداد"],
    "military_service": ["استعلام وضعیت مشمولان", "محاسبه آنلاین کسری خدمت", "نشانی دفاتر پلیس +۱۰",
                         "پرسش‌های پرتکرار مشمولان"],
    "fuel_card": ["استعلام موجودی کارت سوخت", "نزدیک‌ترین جایگاه سوخت", "ثبت‌نام کارت سوخت المثنی",
                  "نرخ رسمی فرآورده‌های نفتی"],
    "intercity_bus": ["خرید اینترنتی بلیت اتوبوس", "ساعت حرکت از پایانه‌ها", "وضعیت راه‌های کشور",
                      "ثبت شکایت از شرکت‌های مسافربری"],
    "kindergarten": ["جست‌وجوی مهد کودک نزدیک شما", "دانلود فرم ثبت‌نام", "مشاوره رایگان با روان‌شناس کودک",
                     "فهرست مهدهای دارای مجوز"],
}
#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"shrine_news": ["hijri_only", "day_dash", "hijri_only"],
               "obituary_notices": ["wd_comma", "day_dash", "yy_slash"],
               "intercity_bus": ["day_dash", "yy_slash", "paren_time"],
               "city_council": ["day_dash", "paren_time", "wd_comma"]}
DEFAULT_STYLES = ["day_dash", "paren_time", "wd_comma", "nopad", "month_first", "dotted", "num", "day_dash",
                  "paren_time", "wd_comma", "short_year", "dash_sec"]
PR_OFFICES = {"obituary_notices": "سازمان بهشت زهرا", "city_council": "شورای اسلامی شهر",
              "shrine_news": "اداره کل روابط عمومی آستان", "cash_subsidy": "وزارت تعاون، کار و رفاه اجتماعی",
              "military_service": "سازمان وظیفه عمومی", "fuel_card": "شرکت ملی پخش فرآورده‌های نفتی",
              "intercity_bus": "سازمان راهداری و حمل‌ونقل جاده‌ای", "kindergarten": "سازمان بهزیستی کشور"}
SURTITLES = {
    "obituary_notices": ["درگذشت", "ستون گمشده‌ها", "یادبود"],
    "city_council": ["جلسه علنی شورا", "گزارش صورت‌جلسه", "مدیریت شهری"],
    "shrine_news": ["گزارش زیارت", "خدمات به زائران", "آستان مقدس"],
    "cash_subsidy": ["یارانه", "گزارش کالابرگ", "حمایت معیشتی"],
    "military_service": ["نظام وظیفه", "خبر مشمولان", "سربازی"],
    "fuel_card": ["سوخت", "گزارش جایگاه‌ها", "سهمیه‌بندی"],
    "intercity_bus": ["حمل‌ونقل جاده‌ای", "گزارش پایانه", "سفر"],
    "kindergarten": ["کودک", "گزارش پیش‌دبستانی", "والدین"],
}
CAPTIONS = {
    "obituary_notices": ["مراسم تشییع در قطعه هنرمندان", "تابلوی اعلانات مسجد محله", "دفتر ثبت اشیای پیدا شده"],
    "city_council": ["صحن علنی شورای شهر", "اعضای شورا در حال رأی‌گیری", "ساختمان شورای اسلامی شهر"],
    "shrine_news": ["زائران در صحن انقلاب", "خادمان در حال پذیرایی از زائران", "غبارروبی ضریح مطهر"],
    "cash_subsidy": ["صف فروشگاه طرف قرارداد کالابرگ", "پیامک واریز یارانه", "سامانه حمایت معیشتی"],
    "military_service": ["مشمولان در مرکز اعزام", "دفتر پلیس +۱۰", "کارت پایان خدمت"],
    "fuel_card": ["صف خودروها در جایگاه سوخت", "کارت‌خوان جایگاه بنزین", "تانکر حمل سوخت"],
    "intercity_bus": ["سالن انتظار پایانه غرب", "اتوبوس‌های آماده حرکت", "باجه فروش بلیت"],
    "kindergarten": ["کلاس پیش‌دبستانی", "کودکان در حیاط مهد", "کارگاه آموزش مربیان"],
}
DECEASED = ["مرحوم حاج علی‌اکبر رستمی", "شادروان فاطمه سادات موسوی", "مرحوم استاد حسن یزدانی",
            "شادروان منیژه کاشانی", "مرحوم کربلایی محمود فتحی"]
MOSQUES = ["مسجد جامع محله", "مسجد الرضا", "حسینیه ارشاد", "مسجد امام صادق"]
FARES = [("تهران - مشهد", "۶۸۵,۰۰۰"), ("تهران - شیراز", "۵۹۰,۰۰۰"), ("تهران - تبریز", "۴۲۰,۰۰۰"),
         ("اصفهان - یزد", "۱۹۵,۰۰۰"), ("تهران - رشت", "۲۳۰,۰۰۰")]
PRAYER = [("اذان صبح", "05:12"), ("طلوع آفتاب", "06:38"), ("اذان ظهر", "11:58"), ("اذان مغرب", "17:24")]
TITLE_SERVICES = ["سرویس {s}", "گروه {s}", "بخش {s}"]
TITLE_SEPS = [" - ", " | ", " :: "]
SRC_URLS = ["منبع: {u}", "لینک خبر در منبع: {u}", "نشانی خبر: {u}"]
AGENCY_SITES = {"فارس": "https://www.farsnews.ir/news/{n}/", "ورزش سه": "https://www.varzesh3.com/news/{n}/",
                "مهر": "https://www.mehrnews.com/news/{n}/", "ایسنا": "https://www.isna.ir/news/{n}/",
                "تسنیم": "https://www.tasnimnews.com/fa/news/{n}/", "ایرنا": "https://www.irna.ir/news/{n}/",
                "ایلنا": "https://www.ilna.ir/fa/tiny/news-{n}"}
APP_BANNERS = [("اپلیکیشن {name} را نصب کنید", "دریافت از بازار | مایکت | سیب‌اپ"),
               ("نسخه اندروید {name} منتشر شد", "دانلود از کافه‌بازار | دانلود مستقیم"),
               ("{name} را در موبایل خود داشته باشید", "بازار | مایکت | وب‌اپلیکیشن")]
BULLETINS = ["{name} | بولتن خبری شماره {n} | {s}", "بولتن {name} - شماره {n} - {s}",
             "خبرنامه {name} / شماره {n} / {s}"]
CMS = ["newspaper", "jnews", "blogfa", "laravel", "sepidar"]
#: the CMS's base shape in Y's frame: the skin replaces that shape's wrappers
CMS_SHAPE = {"newspaper": "wp", "jnews": "wp", "blogfa": "bootstrap", "laravel": "bootstrap", "sepidar": "nastooh"}


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: today's obituaries, prayer times, the coupon's schedule, fares, … (host's digits)."""
    d = h.s["digits"]
    f = h.family
    latin = _z.LATIN
    if f == "obituary_notices":
        return ["آگهی‌های ترحیم امروز", *(f"{x} - مجلس ختم: {m}" for x, m in zip(r.sample(DECEASED, 2),
                                                                               r.sample(MOSQUES, 2)))]
    if f == "city_council":
        return ["دستور جلسه بعدی", dg(f"جلسه {r.randint(120, 380)} - سه‌شنبه ساعت ۰۸:۰۰", d),
                pick(r, ["لایحه بودجه سال آینده", "طرح ساماندهی دستفروشان", "گزارش کمیسیون عمران"])]
    if f == "shrine_news":
        return ["اوقات شرعی", *(dg(f"{n}: {t}", d) for n, t in r.sample(PRAYER, 3))]
    if f == "cash_subsidy":
        return ["زمان‌بندی خرید با کالابرگ", *(dg(f"دهک {a} تا {a + 2}: از {b} آذر", d)
                                             for a, b in ((1, 5), (4, 9), (7, 13)))]
    if f == "military_service":
        return ["محاسبه کسری خدمت", "تعداد فرزند | مدت کسری", dg("1 فرزند | 3 ماه", d), dg("2 فرزند | 6 ماه", d)]
    if f == "fuel_card":
        return ["نرخ سوخت", dg("بنزین سهمیه‌ای: 1,500 تومان", d), dg("بنزین آزاد: 3,000 تومان", d),
                dg("گازوئیل: 300 تومان", d)]
    if f == "intercity_bus":
        return ["نرخ بلیت اتوبوس وی‌آی‌پی", *(dg(f"{a}: {p} تومان".translate(latin), d) for a, p in r.sample(FARES, 3))]
    return ["شهریه مصوب مهدها", dg(f"تمام‌وقت: {r.randint(18, 35)},۰۰۰,۰۰۰ ریال".translate(latin), d),
            dg(f"نیمه‌وقت: {r.randint(9, 17)},۰۰۰,۰۰۰ ریال".translate(latin), d)]


def ad_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """AD's date styles, else AC's (and its elders').

    ``ad_date(dt.datetime(2023, 12, 3, 14, 30), "hijri_only", "fa")`` -> «یکشنبه ۲۰ جمادی‌الاول ۱۴۴۵ - ۱۴:۳۰» (only
    the lunar Hijri day); ``"yy_slash"`` -> «۰۲/۰۹/۱۲ - ۱۴:۳۰» (the year's last two digits first)."""
    if style == "hijri_only":
        hy, hm, hd = hijri(t.date())
        return dg(f"{WEEKDAYS[t.weekday()]} {hd} {HMONTHS[hm - 1]} {hy}" + (f" - {clock(t, ampm)}" if time else ""),
                  digits)
    if style == "yy_slash":
        j = jdatetime.date.fromgregorian(date=t.date())
        return dg(f"{j.year % 100:02d}/{j.month:02d}/{j.day:02d}" + (f" - {clock(t, ampm)}" if time else ""), digits)
    return _ac.ac_date(t, style, digits, time, ampm)


# ---------------------------------------------------------------------------------------------- Y's frame, AD's tables

#: Y's module namespace with AD's tables: Y's frame functions rebound to it read AD's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update({k: globals()[k] for k in ("FAMILIES", "HOSTS", "MENUS", "SLUGS", "AFTER", "HOMES", "DATE_STYLES",
                                     "DEFAULT_STYLES", "PR_OFFICES", "SURTITLES", "CAPTIONS", "widget")})
_G.update(product_box=_z.product_box, gallery=_z.gallery, newsletter=_z.newsletter, poll=_z.poll, y_date=ad_date)
#: the frame functions: those of Y that AC runs in its own namespace
for _name in [k for k, f in _ac._G.items() if isinstance(f, types.FunctionType) and f.__globals__ is _ac._G]:
    _aa._rebind(_G, _y, _name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: AD's forms, forced on hosts of an open (even-indexed) and of a held-out (odd) family each
FORCED = {
    "title_service": (("obituary_notices", 1), ("city_council", 0), ("kindergarten", 2)),
    "pdf_bulletin": (("shrine_news", 1), ("cash_subsidy", 0), ("city_council", 2)),
    "title_agency": (("intercity_bus", 1), ("fuel_card", 2), ("military_service", 2)),
    "src_url": (("intercity_bus", 0), ("fuel_card", 1), ("cash_subsidy", 2)),
    "title_split": (("obituary_notices", 0), ("kindergarten", 1), ("military_service", 1), ("city_council", 1)),
    "hijri_only": (("shrine_news", 0), ("shrine_news", 2), ("cash_subsidy", 1)),
    "yy_slash": (("intercity_bus", 1), ("obituary_notices", 2), ("kindergarten", 0), ("fuel_card", 2)),
    "app_banner": (("intercity_bus", 2), ("fuel_card", 0), ("military_service", 0), ("city_council", 1)),
}
#: the forms that are the host's section form (one a host)
SEC_FORMS = ("title_service", "pdf_bulletin")
#: the forms that are the host's date style
DATE_FORMS = ("hijri_only", "yy_slash")
#: AC's, AB's and Z's forms: off on AD's hosts (Z's build loop and Y's frame read some of them)
OFF = ("most_read", "og_title", "youare", "foot_agency", "qa", "quote", "ol", "nested", "telegram", "wrap", "cp1256",
       "hash_kicker", "banner_sec", "info_dl", "date_badge", "tooltip_rel", "lead_box", "photo_agency", "faq",
       "audio_player", "reactions", "cta_mid", "back_link", "sec_sentence", "cat_list", "lead_above", "repub_note",
       "rating_stars", "toc_box", "wet_fused", "dash_lists")


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AD's forms: forced on :data:`FORCED`'s hosts, by chance on a few others; none of Z's, AA's,
    AB's or AC's; and the CMS whose saved HTML its pages are."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-ad-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where or (form in ("title_split", "app_banner") and r.random() < 0.05)
    for form in OFF:
        s[form] = False
    s["cms"] = CMS[(stable(seed, h.domain, "cms") + FAMILIES.index(family) + idx) % len(CMS)]
    if s["sec"] != "body_class":
        s["shape"] = CMS_SHAPE[s["cms"]]
    elif s["cms"] not in ("newspaper", "jnews"):
        s["cms"] = pick(r, ["newspaper", "jnews"])  # (a WordPress body class)
    if s["cms"] == "blogfa":
        s["footer"] = [*s["footer"], "قدرت گرفته از بلاگفا"]
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (as Z: a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] in ("title_only", "menu_active"):
        s["arabic"] = False  # (as Z: Y's Arabic letters in the header would be the section's only spelling)
    if s["sec"] == "title_only":
        s["title_above"], s["title_top"] = False, True
    for form in DATE_FORMS:
        if s[form]:
            s["date"] = form
            if s["date_pos"] in ("meta_only", "time_rel"):
                s["date_pos"] = "head"
    sec_form = next((f for f in SEC_FORMS if s[f]), None)
    if sec_form:  # the section only there: no metas, JSON-LD, tag line nor other <title> naming it
        s["sec"] = sec_form
        s["meta"] = s["jsonld"] = s["graph"] = False
        s["tags"] = None
        s["title_form"] = pick(r, ["title_site", "site_title"])
        s["title_top"] = False
        if s["date_pos"] in ("meta_only", "time_rel"):
            s["date_pos"] = "head"
        s["title_service_fmt"] = pick(r, TITLE_SERVICES)
        s["title_sep"] = pick(r, TITLE_SEPS)
    if s["pdf_bulletin"]:  # a PDF's text: every page of the host is flat text with the bulletin's running header
        s["html_p"] = 0.0
        s["print_p"] = s["amp_p"] = 0.0
        s["bulletin"] = pick(r, BULLETINS)
        s["comments_first"] = s["side_first"] = s["title_above"] = False
        s["menu_joined"] = None
        s["paged"] = s["live"] = False
    if s["title_agency"] or s["src_url"]:
        s["credit"] = "src_button"  # (Y's source line under the story, rewritten as AD's form)
        s["agency"] = "credit"  # (the story's own «به گزارش …» rewritten to the host: AD's form is the credit)
        s["jsonld"] = s["jsonld"] and s["sec"] in ("jsonld_only", "graph_ld")
        s["graph"] = s["graph"] and s["sec"] == "graph_ld"
        s["title_top"] = s["title_top"] and not s["title_agency"]  # (AD writes the text dump's tab title)
        s["title_form"] = "title_site"
        s["src_fmt"] = pick(r, SRC_URLS)
        s["title_sep"] = pick(r, TITLE_SEPS)
    if s["title_agency"] and s["sec"] == "title_only":
        s["sec"] = "label"  # (one <title> form a host: the agency's)
        s["title_top"] = False
    if s["title_split"]:
        s["title_above"] = False
    if s["app_banner"]:
        s["app_lines"] = [x.format(name=h.name) for x in pick(r, APP_BANNERS)]
    return h


def _tab_title(h: Host, title: str, sec: str | None, agency_name: str | None) -> str:
    """The page's tab title in AD's forms: the service labelled inside it, or the agency between headline and site."""
    s = h.s
    if agency_name:
        return s["title_sep"].join([title, agency_name, h.name])
    if sec:
        return s["title_sep"].join([title, s["title_service_fmt"].format(s=sec), h.name])
    return f"{title} | {h.name}"


def _split_title(title: str) -> tuple[str, str] | None:
    """The headline's two lines, broken at the space nearest its middle (None: too short to break)."""
    words = title.split(" ")
    if len(words) < 4:
        return None
    half = len(title) / 2
    best = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - half))
    return " ".join(words[:best]), " ".join(words[best:])


def _bulletin(pg: Page, h: Host, r: random.Random, head: str) -> None:
    """A PDF bulletin's text: no menu nor boxes; the running header over each page, the page footer at each break
    (every two to four paragraphs), and the last page's footer at the end of the story."""
    pg.regions = [(g, ls) for g, ls in pg.regions if g not in ("nav", "side", "related", "comments", "box")]
    body = next((k for k, (g, _) in enumerate(pg.regions) if g == "body"), None)
    if body is None:
        return
    ls = pg.regions[body][1]
    paras = [i for i, (ro, _) in enumerate(ls) if ro == "body"]
    per = r.randint(2, 4)
    breaks = [paras[k] for k in range(per, len(paras), per)]
    pages = len(breaks) + 1
    d = h.s["digits"]
    out: list[tuple[str, str]] = []
    page = 1
    for i, x in enumerate(ls):
        if i in breaks:
            out.append(("c", dg(f"- صفحه {page} از {pages} -", d)))
            page += 1
            out.append(("c", head))
        out.append(x)
    out.append(("c", dg(f"- صفحه {page} از {pages} -", d)))
    pg.regions[body] = ("body", out)
    pg.regions.insert(0, ("top", [("c", head)]))


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AD's forms on it (``meta["tab"]``: the page's tab title when AD writes it;
    ``meta["split"]``: the headline's two lines; ``meta["src_url"]``: the source's address line)."""
    s = h.s
    printed = variant == "print"
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    sec = meta["section"]
    form = meta["form"]
    meta["tab"] = meta["split"] = meta["src_url"] = None
    name = None
    if agency and (s["title_agency"] or s["src_url"]) and not printed:  # (a print view keeps Y's source line)
        names = AGENCIES[agency]
        name = names[stable(h.domain, agency) % len(names)]
        _ac._replace(pg, "post", "مشاهده خبر در سایت منبع", [])
        line = None
        if s["src_url"]:
            url = AGENCY_SITES[agency].format(n=stable(st["key"], agency) % 900000000 + 1400000000)
            line = s["src_fmt"].format(u=url)
            meta["src_url"] = line
        _ac._replace(pg, "post", f"لینک منبع: {name}", [line] if line else [])
    if form == "title_service" and sec:
        meta["tab"] = _tab_title(h, st["title"], sec, None)
    elif s["title_agency"] and name:
        meta["tab"] = _tab_title(h, st["title"], None, name)
    if meta["tab"] and fmt == "txt" and not printed:
        pg.regions.insert(0, ("top", [("c", meta["tab"])]))
    if form == "pdf_bulletin" and sec and fmt == "txt":
        head = s["bulletin"].format(name=h.name, n=dg(stable(st["key"], h.domain) % 400 + 100, s["digits"]), s=sec)
        _bulletin(pg, h, r, head)
    elif form == "pdf_bulletin":
        meta["section"] = None
    if s["title_split"]:
        meta["split"] = _split_title(st["title"])
        if meta["split"] and fmt == "txt":
            for k, (g, ls) in enumerate(pg.regions):
                if ("title", st["title"]) in ls:
                    i = ls.index(("title", st["title"]))
                    pg.regions[k] = (g, [*ls[:i], *(("title", x) for x in meta["split"]), *ls[i + 1:]])
                    break
    if s["app_banner"] and not printed:
        k = next((i for i, (g, _) in enumerate(pg.regions) if g == "nav"), None)
        at = k + 1 if k is not None else 1
        pg.regions.insert(at, ("top", [("c", x) for x in s["app_lines"]]))
    return pg, meta, lead


# ---------------------------------------------------------------------------------------------- the CMS's HTML

def _token(seed_text: str, n: int) -> str:
    """A random-looking token (deterministic): a CSRF token, a Livewire id."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    x = stable(seed_text)
    out = []
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407 + i) % (1 << 64)
        out.append(alphabet[(x >> 58) % len(alphabet)])
    return "".join(out)


WP_OPEN = ('<div id="primary" class="content-area"><main id="main"><article class="post type-post">\n'
           '<div class="entry-content">')


def _skin(h: Host, out: str, gold: dict, meta: dict | None) -> str:
    """Y's HTML in the host's CMS as a browser saves it: that CMS's wrappers, head scripts and hidden fields."""
    cms = h.s["cms"]
    key = str(stable(h.domain, gold.get("title") or "", "post") % 90000 + 1000)
    head: list[str] = []
    if cms in ("newspaper", "jnews"):
        head = [f"<link rel='https://api.w.org/' href='https://{h.domain}/wp-json/' />",
                f"<link rel='shortlink' href='https://{h.domain}/?p={key}' />",
                '<meta name="generator" content="WordPress 6.3.2" />']
        if cms == "newspaper":
            head += [f"<link rel='stylesheet' id='td-theme-css' href='https://{h.domain}/wp-content/themes/Newspaper/"
                     "style.css?ver=12.6.1' type='text/css' media='all' />",
                     '<script>var tdBlocksArray = []; var tds_login_sing_in_widget="show"; '
                     'var td_ajax_url="https:\\/\\/' + h.domain + '\\/wp-admin\\/admin-ajax.php";</script>']
            out = out.replace(WP_OPEN,
                              '<div class="td-main-content-wrap td-container-wrap"><div class="td-container">'
                              '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">'
                              f'<div class="td-ss-main-content"><article id="post-{key}" class="post-{key} post '
                              'type-post status-publish format-standard" itemscope itemtype="https://schema.org/Article">'
                              '\n<div class="td-post-content tagdiv-type">', 1)
            out = out.replace("</main></div>\n", "</div></div></div></div></div>\n", 1)
        else:
            head.append('<script type="text/javascript">var jnewsoption = {"login_reload":"https:\\/\\/' + h.domain
                        + '\\/","popup_script":"magnific","single_gallery":false,"rtl":1,"lang":"fa_IR"};</script>')
            out = out.replace(WP_OPEN,
                              '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content '
                              'jeg_singlepage"><div class="container"><div class="row"><div class="jeg_main_content '
                              f'col-md-8"><div class="jeg_inner_content"><article class="post-{key} post">\n'
                              '<div class="entry-content no-share"><div class="content-inner">', 1)
            out = out.replace("\n</div></article>\n", "\n</div></div></article>\n", 1)
            out = out.replace("</main></div>\n", "</div></div></div></div></div></div>\n", 1)
    elif cms == "blogfa":
        head = ['<meta name="generator" content="Blogfa.com" />',
                f'<link rel="alternate" type="application/rss+xml" href="https://{h.domain}/rss" />',
                '<script type="text/javascript" src="https://www.blogfa.com/blogfa.js"></script>']
        out = out.replace('<div class="col-lg-8 col-md-12">\n',
                          f'<div class="col-lg-8 col-md-12">\n<div class="post" id="post-{key}">\n'
                          '<div class="postcontent">\n', 1)
        out = out.replace('\n</div>\n<div class="col-lg-4 sidebar">', '\n</div></div>\n</div>\n<div class="col-lg-4 '
                          'sidebar">', 1)
        out = out.replace("\n</body>", '\n<script type="text/javascript">BlogfaStat("' + h.domain.split(".")[0]
                          + '");</script>\n</body>', 1)
    elif cms == "laravel":
        head = [f'<meta name="csrf-token" content="{_token(key + h.domain, 40)}">',
                f'<link href="/css/app.css?id={_token(key, 20).lower()}" rel="stylesheet">',
                '<style>[wire\\:loading], [wire\\:loading\\.delay] { display: none; }</style>']
        out = out.replace('<div class="col-lg-8 col-md-12">\n',
                          '<div class="col-lg-8 col-md-12">\n<div wire:id="' + _token(key, 20) + '" class="news-show" '
                          f'data-news-id="{key}">\n', 1)
        out = out.replace('\n</div>\n<div class="col-lg-4 sidebar">', '\n</div>\n</div>\n<div class="col-lg-4 '
                          'sidebar">', 1)
        out = out.replace("\n</body>", '\n<script src="/js/app.js?id=' + _token(key + "js", 20).lower()
                          + '" defer></script>\n<script src="/livewire/livewire.js?id=90730a3b0e7144480175" '
                          'data-turbo-eval="false"></script>\n</body>', 1)
    elif cms == "sepidar":
        head = ['<meta name="generator" content="Sepidar News 3.1" />',
                f'<script>window.spdSettings = {{"newsId":{key},"lang":"fa","lazy":true}};</script>']
        out = out.replace('<article class="news-item" itemscope itemtype="http://schema.org/NewsArticle">',
                          f'<div class="spd-news spd-news--full" data-spd-id="{key}" itemscope itemtype="http://'
                          'schema.org/NewsArticle"><div class="spd-news__inner">', 1)
        out = out.replace("\n</article>\n", "\n</div></div>\n", 1)
    if head:
        out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    return out


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML of the page, AD's forms in its markup (the tab title, the headline's ``<br>``, the source's link),
    then the host's CMS (:func:`_skin`); AMP twins and print views as Y writes them."""
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta and meta.get("tab"):
        out = re.sub(r"<title>.*?</title>", lambda m: f"<title>{html.escape(meta['tab'])}</title>", out, count=1)
    if meta and meta.get("split") and gold["title"]:
        a, b = meta["split"]
        esc = _z._esc(h, gold["title"])
        out = re.sub(r"(<h[12] class=\"[^\"]*\">)" + re.escape(esc) + r"(</h[12]>)",
                     lambda m: m.group(1) + _z._esc(h, a) + "<br>" + _z._esc(h, b) + m.group(2), out, count=1)
    if meta and meta.get("src_url"):
        line = html.escape(meta["src_url"], quote=False)
        url = meta["src_url"].rsplit(" ", 1)[-1]
        out = re.sub(r'<div class="([^"]*)">' + re.escape(line) + "</div>",
                     lambda m: f'<div class="news-source">{html.escape(meta["src_url"][:-len(url)], quote=False)}'
                               f'<a href="{url}" rel="nofollow" target="_blank">{url}</a></div>', out, count=1)
    if meta and meta.get("variant") not in (None, "page"):
        return out
    return _skin(h, out, gold, meta)


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    return gold_row(name, "families-ad", family, families, site, fmt, gold, chrome, i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "ad" + cluster_prefix[1:])


#: Z's module namespace with AD's hosts, pages and HTML: Z's build loop rebound to it writes AD's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _aa._rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 263, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
