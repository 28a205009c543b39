"""Family set AB: eight Persian site families of poultry farms and the egg market, eco-lodges (بوم‌گردی), Quran
recitation contests, the furniture and wood industry, mushroom growers, the 115 emergency service (اورژانس),
paragliding and air sports, and building stone quarries, written blind to the extractor.

    build(out_dir, n, seed=241, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages. AB copies no frame: as AA does, it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers, which are X's, W's, V's and
U's generic pieces) in a namespace of its own (:data:`_G`: Y's globals with AB's tables, widgets and date styles),
and Z's own ``build`` loop in a namespace of its own (:data:`_B`: Z's globals with AB's hosts, pages and HTML, its
split ``families-ab`` and clusters ``ab<seed>-NNN``), then adds its own forms on the page Y's frame builds. Families
(none of them in an earlier set):

- ``poultry_egg``      broiler and layer farms, the egg and chicken market, feed imports: price boxes;
- ``ecolodge``         eco-lodges and rural tourism (بوم‌گردی): booking blogs, local food, permits;
- ``quran_contest``    Quran recitation and memorisation contests, reciters, Quran schools: contest tables;
- ``furniture_wood``   the furniture, cabinet and wood industry (Tabriz, Qom), exports and fairs;
- ``mushroom_farm``    button and oyster mushroom growers, compost makers, the mushroom market;
- ``ems_emergency``    the 115 emergency service: ambulances, air ambulance, first-aid training, road accidents;
- ``paragliding_air``  paragliding, paramotor and model-aircraft clubs: flight sites and contests;
- ``building_stone``   building stone quarries and stone-cutting works (travertine, granite, marble).

Forms AB adds to Y's, X's, W's, V's and U's (``h.s`` keys; none of Z's nor AA's):
- ``hash_kicker``: the section only as a hashtag over the headline, «#قارچ_دکمه‌ای» (spaces written «_»; no meta,
  JSON-LD or ``<title>`` names it; gold section: the name with its spaces);
- ``banner_sec``: the section only as the page banner's ``<h1 class="page-title">`` above the story, the headline an
  ``<h2>`` (in a text dump: the section alone on a line over the story's head);
- ``info_dl``: a key / value box, each label on its own line and its value on the next («بخش» / <section>, «تاریخ
  انتشار» / <date>, «منبع» / <agency>, «کد مطلب» / N; HTML ``<dl><dt>…<dd>…``), under the headline or under the
  story: the section, the date and the credit only there;
- ``date_badge``: the day as a blog theme's badge before the headline, the day, the month and the year on lines of
  their own («۱۲» / «آذر» / «۱۴۰۲», or «۱۲» / «آذر ۱۴۰۲»), no clock;
- ``tooltip_rel``: only a relative time at the head («۳ روز پیش»), the absolute one only in its ``title`` attribute
  (HTML; gold: that day; a text dump loses it: no date);
- date styles ``mah_joined`` «۱۲ آذرماه ۱۴۰۲، ساعت ۱۴:۳۰» and ``saat_rooz`` «ساعت ۱۴:۳۰ روز یکشنبه ۱۲ آذر ۱۴۰۲»;
- ``lead_box``: the lead in a box under its own heading line («خلاصه خبر», «در یک نگاه», «چکیده مطلب»);
- ``photo_agency``: photos credited to a news agency between the paragraphs («عکس: ایرنا», «عکس از خبرگزاری مهر /
  <photographer>»): a photo's credit, never the story's (gold agency: the story's own credit, or none);
- ``faq``: an SEO plugin's «سؤالات متداول» box after the story, questions and prose answers (chrome);
- ``audio_player``: a «شنیدن این خبر» player over the first paragraph, with its «۰۰:۰۰ / ۰۳:۱۲» counter (chrome);
- ``reactions``: an emoji reaction bar under the story, «😍 ۱۲ | 👏 ۵ | 😐 ۲ | 😢 ۱», under its question (chrome);
- ``cta_mid``: a business blog's call to action between two paragraphs, a prose sentence with a phone number
  («برای رزرو … با شماره ۰۹۱۲… تماس بگیرید.»; HTML a highlighted ``<p>``; chrome).

Gold as X, Y, Z and AA document it: section the most specific one the page shows, else null; ``published_iso`` the
local (Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the
time or has it in markup, else the day. Agency only when the page credits the story to one. About 7% negatives,
~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re

import jdatetime

import site_families_aa as _aa
import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_aa import _between
from site_families_h import AGENCIES, JMONTHS, Host, dg
from site_families_r import _esc, credited_agency
from site_families_v import clock

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "JMONTHS", "build", "canon", "credited_agency", "ab_date", "dg"]

FAMILIES = ["poultry_egg", "ecolodge", "quran_contest", "furniture_wood", "mushroom_farm", "ems_emergency",
            "paragliding_air", "building_stone"]
HOSTS = {
    "poultry_egg": [("morgh-news.ir", "مرغ نیوز", "اخبار صنعت طیور و بازار مرغ"),
                    ("tokhmemorgh.com", "تخم‌مرغ امروز", "بازار تخم‌مرغ و نهاده‌های دامی"),
                    ("tyoor-online.ir", "طیور آنلاین", "پایگاه خبری مرغداران کشور")],
    "ecolodge": [("bomgardi-news.ir", "بوم‌گردی نیوز", "اخبار اقامتگاه‌های بوم‌گردی"),
                 ("eghamatgah.com", "اقامتگاه من", "رزرو و راهنمای اقامتگاه‌های روستایی"),
                 ("rusta-gard.ir", "روستاگرد", "سفر به روستاها و زندگی عشایری")],
    "quran_contest": [("quran-mosabeghat.ir", "مسابقات قرآن", "اخبار مسابقات قرآن کریم"),
                      ("hafez-quran.com", "حافظان", "پایگاه خبری حفظ و قرائت"),
                      ("tilavat-news.ir", "تلاوت نیوز", "قاریان و محافل انس با قرآن")],
    "furniture_wood": [("mobl-news.ir", "مبل نیوز", "اخبار صنعت مبلمان"),
                       ("choob-sanat.com", "چوب و صنعت", "صنایع چوب، کابینت و دکوراسیون"),
                       ("najjar-mag.ir", "مجله نجار", "درودگری و مبلمان سنتی"),
                       ("mobl-tabriz.ir", "مبل تبریز", "بازار مبلمان آذربایجان")],
    "mushroom_farm": [("gharch-news.ir", "قارچ نیوز", "اخبار پرورش قارچ خوراکی"),
                      ("gharchkar.com", "قارچکار", "رسانه تولیدکنندگان قارچ"),
                      ("sabad-gharch.ir", "سبد قارچ", "بازار قارچ و کمپوست")],
    "ems_emergency": [("emergency115-news.ir", "اورژانس نیوز", "اخبار فوریت‌های پزشکی"),
                      ("amdad-pezeshki.com", "امداد پزشکی", "اطلاع‌رسانی اورژانس پیش‌بیمارستانی"),
                      ("ambulance-ostan.ir", "آمبولانس استان", "مرکز مدیریت حوادث و فوریت‌ها")],
    "paragliding_air": [("parvaz-azad.ir", "پرواز آزاد", "اخبار پاراگلایدر و ورزش‌های هوایی"),
                        ("glider-news.com", "گلایدر نیوز", "پرواز با چتر و بال"),
                        ("havanavard.ir", "هوانورد", "انجمن ورزش‌های هوایی"),
                        ("bal-o-chatr.ir", "بال و چتر", "باشگاه خلبانان تفریحی")],
    "building_stone": [("sang-news.ir", "سنگ نیوز", "اخبار صنعت سنگ ساختمانی"),
                       ("marmar-online.com", "مرمر آنلاین", "بازار سنگ مرمر و گرانیت"),
                       ("madan-sang.ir", "معدن سنگ", "معادن و کارخانه‌های سنگبری")],
}
#: each family's sections: (parent, child) pairs or single sections, and the menu's other items
MENUS = {
    "poultry_egg": (["مرغ گوشتی", ("تخم‌مرغ", "قیمت تخم‌مرغ"), "نهاده‌های دامی", ("بیماری‌های طیور", "آنفلوآنزای پرندگان"),
                     "کشتارگاه‌ها"], ["قیمت روز", "آگهی‌ها", "دانلود", "تماس با ما"]),
    "ecolodge": (["اقامتگاه‌های بوم‌گردی", ("گردشگری روستایی", "روستاهای هدف گردشگری"), "غذاهای محلی", "مجوزها",
                  ("سفرنامه", "سفرنامه کویر")], ["رزرو اقامتگاه", "نقشه", "گالری", "تماس"]),
    "quran_contest": (["قرائت", ("حفظ", "حفظ کل"), "مسابقات بین‌المللی", "محافل قرآنی", ("آموزش", "دارالقرآن‌ها")],
                      ["جدول مسابقات", "صوت و تصویر", "قاریان", "ارتباط با ما"]),
    "furniture_wood": (["مبلمان", ("صادرات مبل", "بازار عراق"), "کابینت و دکوراسیون", "نمایشگاه مبلمان",
                        ("چوب", "واردات چوب")], ["کاتالوگ", "تولیدکنندگان", "آگهی", "تماس"]),
    "mushroom_farm": (["قارچ دکمه‌ای", ("پرورش قارچ", "سالن‌های پرورش"), "کمپوست", "قارچ صدفی",
                       ("بازار قارچ", "صادرات قارچ")], ["قیمت روز", "آموزش", "مشاوره", "تماس با ما"]),
    "ems_emergency": (["اورژانس ۱۱۵", ("حوادث", "حوادث جاده‌ای"), "اورژانس هوایی", "آموزش همگانی",
                       ("مسمومیت‌ها", "گازگرفتگی")], ["پایگاه‌ها", "آمار ماموریت‌ها", "استخدام", "ارتباط با ما"]),
    "paragliding_air": (["پاراگلایدر", ("مسابقات پرواز", "جام دقت فرود"), "پاراموتور", "سایت‌های پرواز",
                         ("هواپیماهای مدل", "پهپاد تفریحی")], ["تقویم پرواز", "هواشناسی پرواز", "عضویت", "درباره ما"]),
    "building_stone": (["سنگ ساختمانی", ("معادن", "معادن تراورتن"), "سنگبری‌ها", "صادرات سنگ",
                        ("بازار سنگ", "قیمت گرانیت")], ["نمایشگاه سنگ محلات", "کاتالوگ", "آگهی", "تماس"]),
}
SLUGS = {"مرغ گوشتی": "broilers", "تخم‌مرغ": "eggs", "قیمت تخم‌مرغ": "egg-price", "نهاده‌های دامی": "feed",
         "بیماری‌های طیور": "poultry-diseases", "آنفلوآنزای پرندگان": "bird-flu", "کشتارگاه‌ها": "slaughterhouses",
         "اقامتگاه‌های بوم‌گردی": "ecolodges", "گردشگری روستایی": "rural-tourism",
         "روستاهای هدف گردشگری": "target-villages", "غذاهای محلی": "local-food", "مجوزها": "permits",
         "سفرنامه": "travelogue", "سفرنامه کویر": "desert-travelogue", "قرائت": "recitation", "حفظ": "memorisation",
         "حفظ کل": "full-memorisation", "مسابقات بین‌المللی": "international", "محافل قرآنی": "gatherings",
         "آموزش": "education", "دارالقرآن‌ها": "quran-schools", "مبلمان": "furniture", "صادرات مبل": "export",
         "بازار عراق": "iraq-market", "کابینت و دکوراسیون": "cabinets", "نمایشگاه مبلمان": "furniture-fair",
         "چوب": "wood", "واردات چوب": "timber-imports", "قارچ دکمه‌ای": "button-mushroom",
         "پرورش قارچ": "growing", "سالن‌های پرورش": "growing-rooms", "کمپوست": "compost",
         "قارچ صدفی": "oyster-mushroom", "بازار قارچ": "mushroom-market", "صادرات قارچ": "mushroom-export",
         "اورژانس ۱۱۵": "ems-115", "حوادث": "accidents", "حوادث جاده‌ای": "road-accidents",
         "اورژانس هوایی": "air-ambulance", "آموزش همگانی": "first-aid", "مسمومیت‌ها": "poisoning",
         "گازگرفتگی": "co-poisoning", "پاراگلایدر": "paragliding", "مسابقات پرواز": "contests",
         "جام دقت فرود": "accuracy-cup", "پاراموتور": "paramotor", "سایت‌های پرواز": "flight-sites",
         "هواپیماهای مدل": "model-aircraft", "پهپاد تفریحی": "drones", "سنگ ساختمانی": "building-stone",
         "معادن": "quarries", "معادن تراورتن": "travertine", "سنگبری‌ها": "stone-cutting",
         "صادرات سنگ": "stone-export", "بازار سنگ": "stone-market", "قیمت گرانیت": "granite-price"}
#: lines a host repeats after every story
AFTER = {
    "poultry_egg": ["قیمت روز مرغ و تخم‌مرغ", "سامانه سهمیه نهاده‌های دامی", "عضویت در کانال مرغداران",
                    "آگهی خرید و فروش جوجه یک‌روزه"],
    "ecolodge": ["رزرو آنلاین اقامتگاه‌های بوم‌گردی", "راهنمای سفر به روستاهای ایران", "معرفی اقامتگاه شما در سایت",
                 "تخفیف‌های فصل سفر"],
    "quran_contest": ["جدول زمان‌بندی مسابقات استانی", "آرشیو صوت تلاوت‌های برتر", "ثبت‌نام در دوره‌های حفظ",
                      "عضویت در کانال قاریان"],
    "furniture_wood": ["کاتالوگ تولیدکنندگان مبلمان", "درج آگهی رایگان", "تقویم نمایشگاه‌های مبلمان",
                       "قیمت روز تخته و ام‌دی‌اف"],
    "mushroom_farm": ["قیمت روز قارچ در میدان بار", "خرید کمپوست بذرپاشی‌شده", "مشاوره رایگان راه‌اندازی سالن",
                      "دوره آموزش پرورش قارچ"],
    "ems_emergency": ["در مواقع اضطراری با ۱۱۵ تماس بگیرید", "آموزش رایگان کمک‌های اولیه", "نزدیک‌ترین پایگاه اورژانس",
                      "آمار ماموریت‌های هفته"],
    "paragliding_air": ["تقویم پروازهای گروهی", "پیش‌بینی باد سایت‌های پرواز", "ثبت‌نام دوره خلبانی مقدماتی",
                        "قوانین ایمنی پرواز"],
    "building_stone": ["قیمت روز سنگ ساختمانی", "فهرست معادن فعال", "کاتالوگ سنگ‌های تزئینی", "درج آگهی خرید سنگ"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]
#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"poultry_egg": ["mah_joined", "day_dash", "saat_rooz"],
               "quran_contest": ["saat_rooz", "mah_joined", "wd_comma"],
               "ecolodge": ["saat_rooz", "mah_joined", "paren_time"],
               "building_stone": ["mah_joined", "num", "saat_rooz"]}
DEFAULT_STYLES = ["day_dash", "mah_joined", "paren_time", "wd_comma", "saat_rooz", "nopad", "month_first", "dotted",
                  "num", "wd_slash", "mah_joined", "saat_rooz"]
PR_OFFICES = {"poultry_egg": "اتحادیه مرغداران گوشتی", "ecolodge": "انجمن اقامتگاه‌های بوم‌گردی",
              "quran_contest": "سازمان دارالقرآن الکریم", "furniture_wood": "انجمن صنایع مبلمان",
              "mushroom_farm": "انجمن تولیدکنندگان قارچ", "ems_emergency": "مرکز مدیریت حوادث و فوریت‌های پزشکی",
              "paragliding_air": "انجمن ورزش‌های هوایی", "building_stone": "انجمن سنگ ایران"}
SURTITLES = {
    "poultry_egg": ["بازار مرغ", "گزارش مرغداری", "نهاده‌ها در راه است"],
    "ecolodge": ["سفر به روستا", "گزارش بوم‌گردی", "مهمان خانه‌های روستایی"],
    "quran_contest": ["مسابقات قرآن", "محفل انس با قرآن", "گزارش دارالقرآن"],
    "furniture_wood": ["صنعت مبلمان", "گزارش بازار", "از کارگاه تا ویترین"],
    "mushroom_farm": ["پرورش قارچ", "گزارش بازار قارچ", "از کمپوست تا سفره"],
    "ems_emergency": ["گزارش اورژانس", "فوریت‌های پزشکی", "امدادرسانی"],
    "paragliding_air": ["پرواز آزاد", "گزارش مسابقه", "ورزش‌های هوایی"],
    "building_stone": ["صنعت سنگ", "گزارش معدن", "بازار سنگ"],
}
CAPTIONS = {
    "poultry_egg": ["سالن مرغداری گوشتی", "شانه‌های تخم‌مرغ در انبار", "توزیع مرغ منجمد"],
    "ecolodge": ["حیاط اقامتگاه بوم‌گردی", "سفره غذای محلی", "گردشگران در کوچه‌های روستا"],
    "quran_contest": ["قاری در حال تلاوت", "داوران مسابقه", "حافظان نوجوان در محفل"],
    "furniture_wood": ["کارگاه مبل‌سازی", "غرفه نمایشگاه مبلمان", "الوارهای چوب در انبار"],
    "mushroom_farm": ["سالن پرورش قارچ دکمه‌ای", "برداشت قارچ صدفی", "بسته‌بندی قارچ"],
    "ems_emergency": ["آمبولانس در محل حادثه", "بالگرد اورژانس هوایی", "تکنسین‌های فوریت پزشکی"],
    "paragliding_air": ["پرواز پاراگلایدر بر فراز کوه", "خلبان در حال فرود", "سایت پرواز"],
    "building_stone": ["معدن سنگ تراورتن", "کارخانه سنگبری", "اسلب‌های گرانیت"],
}
EGGS = [("هر شانه تخم‌مرغ", "۱۴۵,۰۰۰"), ("مرغ گرم", "۸۵,۰۰۰"), ("جوجه یک‌روزه", "۱۸,۵۰۰"), ("ذرت دامی", "۱۰,۲۰۰"),
        ("کنجاله سویا", "۱۹,۸۰۰")]
LODGES = [("اقامتگاه خانه پدری", "۱,۲۰۰,۰۰۰"), ("اقامتگاه گلستانه", "۹۵۰,۰۰۰"), ("اقامتگاه کویر مصر", "۱,۶۰۰,۰۰۰"),
          ("اقامتگاه ماسوله", "۱,۸۰۰,۰۰۰")]
READERS = [("قرائت تحقیق", "۹۲.۵"), ("ترتیل", "۸۹"), ("حفظ کل", "۹۴"), ("حفظ ۲۰ جزء", "۸۷.۵"), ("اذان", "۸۵")]
STONES = [("تراورتن سفید", "۶۵۰,۰۰۰"), ("گرانیت نطنز", "۹۸۰,۰۰۰"), ("مرمریت", "۷۲۰,۰۰۰"), ("چینی نیریز", "۱,۱۵۰,۰۰۰")]
MUSHROOMS = [("قارچ دکمه‌ای درجه یک", "۹۵,۰۰۰"), ("قارچ صدفی", "۱۴۰,۰۰۰"), ("کمپوست بذرپاشی‌شده", "۱۸,۰۰۰")]
#: the FAQ box an SEO plugin adds after a blog's story: questions and prose answers
FAQS = {
    "poultry_egg": [("قیمت هر شانه تخم‌مرغ چگونه تعیین می‌شود؟",
                     "قیمت مصوب را ستاد تنظیم بازار اعلام می‌کند و فروشگاه‌ها نباید بیشتر از آن بفروشند."),
                    ("جوجه یک‌روزه را از کجا تهیه کنیم؟",
                     "مرغداران دارای پروانه می‌توانند جوجه را از مراکز جوجه‌کشی مجاز استان خریداری کنند."),
                    ("سهمیه نهاده‌های دامی چه زمانی واریز می‌شود؟",
                     "سهمیه هر دوره پس از ثبت جوجه‌ریزی در سامانه و تأیید دامپزشکی تخصیص داده می‌شود.")],
    "ecolodge": [("برای رزرو اقامتگاه بوم‌گردی باید بیعانه پرداخت کرد؟",
                  "بیشتر اقامتگاه‌ها نیمی از هزینه شب اول را به‌عنوان بیعانه دریافت می‌کنند."),
                 ("آیا اقامتگاه‌های روستایی حمام و سرویس بهداشتی اختصاصی دارند؟",
                  "این موضوع به اقامتگاه بستگی دارد و بهتر است پیش از رزرو از میزبان بپرسید."),
                 ("بهترین فصل سفر به روستاهای کویری چه زمانی است؟",
                  "پاییز و اواخر زمستان هوای معتدل‌تری دارند و شب‌های کویر در این فصل‌ها دیدنی است.")],
    "quran_contest": [("شرایط شرکت در مسابقات قرآن استانی چیست؟",
                       "داوطلبان باید در مرحله شهرستانی رتبه اول تا سوم را کسب کرده باشند."),
                      ("داوری مسابقات حفظ بر چه اساسی است؟",
                       "امتیاز حفظ، تجوید، صوت و لحن جداگانه داده می‌شود و جمع آن‌ها رتبه را تعیین می‌کند."),
                      ("ثبت‌نام دوره‌های حفظ برای کودکان از چند سالگی است؟",
                       "بیشتر دارالقرآن‌ها نوآموزان را از پنج‌سالگی در دوره‌های مقدماتی می‌پذیرند.")],
    "furniture_wood": [("مبل راحتی با چه چوبی دوام بیشتری دارد؟",
                        "چوب راش و گردو به دلیل تراکم بالا از بهترین گزینه‌ها برای اسکلت مبل هستند."),
                       ("هزینه ارسال مبل به شهرستان‌ها با کیست؟",
                        "هزینه حمل معمولاً بر عهده خریدار است مگر آنکه فروشنده ارسال رایگان اعلام کرده باشد."),
                       ("ام‌دی‌اف بهتر است یا نئوپان برای کابینت؟",
                        "ام‌دی‌اف در برابر رطوبت مقاوم‌تر است و برای کابینت آشپزخانه توصیه می‌شود.")],
    "mushroom_farm": [("برای راه‌اندازی سالن پرورش قارچ چه مجوزی لازم است؟",
                       "پروانه تأسیس از سازمان جهاد کشاورزی و تأییدیه بهداشتی برای شروع کار لازم است."),
                      ("هر کیسه کمپوست چقدر قارچ می‌دهد؟",
                       "هر کیسه بیست‌کیلویی در سه چین برداشت حدود چهار تا پنج کیلو قارچ می‌دهد."),
                      ("دمای مناسب سالن پرورش قارچ دکمه‌ای چند درجه است؟",
                       "دمای هجده تا بیست درجه و رطوبت بالای هشتاد درصد برای دوره برداشت مناسب است.")],
    "ems_emergency": [("تماس با اورژانس ۱۱۵ هزینه دارد؟",
                       "تماس با ۱۱۵ رایگان است و از همه تلفن‌ها حتی بدون سیم‌کارت برقرار می‌شود."),
                      ("در هنگام گازگرفتگی چه باید کرد؟",
                       "پنجره‌ها را باز کنید، فرد را به هوای آزاد ببرید و بی‌درنگ با ۱۱۵ تماس بگیرید."),
                      ("آموزش کمک‌های اولیه را از کجا بگذرانیم؟",
                       "مراکز اورژانس استان‌ها دوره‌های رایگان آموزش همگانی برگزار می‌کنند.")],
    "paragliding_air": [("برای پرواز با پاراگلایدر چه سنی لازم است؟",
                         "پرواز دونفره از دوازده‌سالگی و دوره خلبانی از شانزده‌سالگی با رضایت ولی ممکن است."),
                        ("دوره خلبانی مقدماتی چقدر طول می‌کشد؟",
                         "دوره مقدماتی معمولاً ده تا پانزده جلسه آموزش زمینی و پرواز کوتاه است."),
                        ("پرواز در باد شدید خطر دارد؟",
                         "بله، پرواز در باد بیش از بیست کیلومتر بر ساعت برای نوآموزان ممنوع است.")],
    "building_stone": [("تفاوت سنگ تراورتن و مرمریت چیست؟",
                        "تراورتن متخلخل‌تر است و بیشتر در نما به کار می‌رود اما مرمریت برای کف مناسب‌تر است."),
                       ("قیمت سنگ گرانیت به چه عواملی بستگی دارد؟",
                        "رنگ، یکدستی، ضخامت و نوع برش قیمت هر متر مربع گرانیت را تعیین می‌کند."),
                       ("سنگ نمای ساختمان را چگونه نگهداری کنیم؟",
                        "شست‌وشوی سالانه و پوشش ضدآب از جذب آلودگی و ترک خوردن سنگ جلوگیری می‌کند.")],
}
#: a business blog's call to action between two paragraphs ({n}: the host's phone number)
CTAS = {
    "poultry_egg": "برای خرید عمده تخم‌مرغ و مرغ گرم با شماره {n} تماس بگیرید.",
    "ecolodge": "برای رزرو اقامتگاه‌های بوم‌گردی با شماره {n} تماس بگیرید یا در واتس‌اپ پیام دهید.",
    "quran_contest": "برای ثبت‌نام در کلاس‌های حفظ و قرائت با شماره {n} تماس بگیرید.",
    "furniture_wood": "برای مشاوره رایگان و خرید مستقیم از کارخانه با شماره {n} تماس بگیرید.",
    "mushroom_farm": "برای خرید کمپوست و مشاوره راه‌اندازی سالن با شماره {n} تماس بگیرید.",
    "ems_emergency": "برای ثبت‌نام در دوره کمک‌های اولیه با شماره {n} تماس بگیرید.",
    "paragliding_air": "برای رزرو پرواز دونفره با شماره {n} تماس بگیرید و زمان پرواز را هماهنگ کنید.",
    "building_stone": "برای استعلام قیمت و خرید مستقیم از معدن با شماره {n} تماس بگیرید.",
}
PHOTOGRAPHERS = ["علی شریفی", "نسرین کاظمی", "محسن اکبری", "فرزانه توکلی", "یاسر رحیمی"]
LEAD_HEADS = ["خلاصه خبر", "در یک نگاه", "چکیده مطلب", "آنچه در این خبر می‌خوانید"]
AUDIO_LABELS = ["🔊 شنیدن این خبر", "▶ پخش نسخه صوتی", "نسخه صوتی این مطلب"]
REACTION_HEADS = ["این خبر را چطور ارزیابی می‌کنید؟", "واکنش شما به این مطلب", "این مطلب برای شما مفید بود؟"]
FAQ_HEADS = ["سؤالات متداول", "پرسش‌های متداول", "پرسش و پاسخ"]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: egg and feed prices, lodge rates, contest scores, stone prices, … (in the host's digits)."""
    d = h.s["digits"]
    f = h.family
    latin = _z.LATIN
    if f == "poultry_egg":
        return ["نرخ امروز بازار", *(dg(f"{n}: {p} تومان".translate(latin), d) for n, p in r.sample(EGGS, 3))]
    if f == "ecolodge":
        return ["اقامتگاه‌های پیشنهادی", *(dg(f"{n} | هر شب {p} تومان".translate(latin), d)
                                          for n, p in r.sample(LODGES, 2))]
    if f == "quran_contest":
        return ["امتیاز برترین‌ها", "رشته | امتیاز", *(dg(f"{n} | {p}".translate(latin), d)
                                                      for n, p in r.sample(READERS, 3))]
    if f == "building_stone":
        return ["قیمت هر متر مربع", *(dg(f"{n}: {p} تومان".translate(latin), d) for n, p in r.sample(STONES, 3))]
    if f == "mushroom_farm":
        return ["نرخ میدان بار", *(dg(f"{n}: {p} تومان".translate(latin), d) for n, p in r.sample(MUSHROOMS, 2))]
    if f == "furniture_wood":
        return ["نمایشگاه پیش رو", pick(r, ["نمایشگاه مبلمان تهران", "نمایشگاه مبل قم", "نمایشگاه مبلمان تبریز"]),
                "دریافت بلیت"]
    if f == "ems_emergency":
        return ["ماموریت‌های امروز", dg(f"حوادث جاده‌ای: {r.randint(12, 90)}", d),
                dg(f"بیماران قلبی: {r.randint(20, 140)}", d)]
    return ["وضعیت باد امروز", dg(f"سایت پرواز: {r.randint(5, 35)} کیلومتر بر ساعت", d), "مشاهده پیش‌بینی"]


def ab_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """AB's date styles, else AA's (and its elders').

    ``ab_date(dt.datetime(2023, 12, 3, 14, 30), "mah_joined", "fa")`` -> «۱۲ آذرماه ۱۴۰۲، ساعت ۱۴:۳۰»;
    ``"saat_rooz"`` -> «ساعت ۱۴:۳۰ روز یکشنبه ۱۲ آذر ۱۴۰۲» (on a month ending in a joining letter the «ماه» is joined
    by a ZWNJ: «۱ دی‌ماه ۱۴۰۲»)."""
    j = jdatetime.date.fromgregorian(date=t.date())
    month = JMONTHS[j.month - 1]
    if style == "mah_joined":
        joined = month + ("" if month[-1] in "ادذرزژو" else "\u200c") + "ماه"
        return dg(f"{j.day} {joined} {j.year}" + (f"، ساعت {clock(t, ampm)}" if time else ""), digits)
    if style == "saat_rooz":
        day = f"روز {_y.X_WEEKDAYS[t.weekday()]} {j.day} {month} {j.year}"
        return dg(f"ساعت {clock(t, ampm)} {day}" if time else day, digits)
    return _aa.aa_date(t, style, digits, time, ampm)


# ---------------------------------------------------------------------------------------------- Y's frame, AB's tables

#: Y's module namespace with AB's tables: Y's frame functions rebound to it read AB's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update(FAMILIES=FAMILIES, HOSTS=HOSTS, MENUS=MENUS, SLUGS=SLUGS, AFTER=AFTER, HOMES=HOMES, DATE_STYLES=DATE_STYLES,
          DEFAULT_STYLES=DEFAULT_STYLES, PR_OFFICES=PR_OFFICES, SURTITLES=SURTITLES, CAPTIONS=CAPTIONS,
          widget=widget, product_box=_z.product_box, gallery=_z.gallery, newsletter=_z.newsletter, poll=_z.poll,
          y_date=ab_date)
for _name in ("_sections", "_slot", "make_host", "date_line", "graph_ld", "head_html", "header", "side_box",
              "story_lines", "article_page", "negative_page", "arabize", "render_html", "w_url", "bidi",
              "shows_time"):
    _aa._rebind(_G, _y, _name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: AB's forms, forced on hosts of an open (even-indexed) and of a held-out (odd) family each
FORCED = {
    "hash_kicker": (("poultry_egg", 0), ("ecolodge", 1), ("paragliding_air", 2)),
    "banner_sec": (("mushroom_farm", 1), ("furniture_wood", 0), ("quran_contest", 2)),
    "info_dl": (("quran_contest", 0), ("building_stone", 1), ("ems_emergency", 2)),
    "date_badge": (("ecolodge", 0), ("mushroom_farm", 2), ("furniture_wood", 2)),
    "tooltip_rel": (("paragliding_air", 0), ("ems_emergency", 1)),
    "lead_box": (("poultry_egg", 1), ("building_stone", 0)),
    "photo_agency": (("ems_emergency", 0), ("mushroom_farm", 0), ("quran_contest", 1)),
    "faq": (("furniture_wood", 1), ("poultry_egg", 2), ("ecolodge", 2)),
    "audio_player": (("building_stone", 2), ("paragliding_air", 1)),
    "reactions": (("quran_contest", 1), ("ecolodge", 0)),
    "cta_mid": (("mushroom_farm", 1), ("furniture_wood", 2)),
}
#: the forms that are the host's section form (one a host) and its date form (one a host)
SEC_FORMS = ("hash_kicker", "banner_sec", "info_dl")
DATE_FORMS = ("date_badge", "tooltip_rel")


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AB's forms: forced on :data:`FORCED`'s hosts, by chance on a few others; none of Z's or AA's."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-ab-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where or (form not in SEC_FORMS + DATE_FORMS and r.random() < 0.05)
    if s["info_dl"]:  # the box holds the date: no badge, no relative time
        s["date_badge"] = s["tooltip_rel"] = False
    for form in ("most_read", "og_title", "youare", "foot_agency", "qa", "quote", "ol", "nested", "telegram", "wrap",
                 "cp1256"):
        s[form] = False  # (Z's build reads them)
    if s["sec"] == "chip_row" and (s["date_badge"] or s["tooltip_rel"]):
        s["sec"] = "kicker"  # (the chip row would hold the date line)
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (as Z: a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] == "title_only":
        s["arabic"] = False  # (as Z: Y's Arabic letters in the header would be the section's only spelling)
        s["title_above"], s["title_top"] = False, True  # (the <title> line is where the section is)
    sec_form = next((f for f in SEC_FORMS if s[f]), None)
    if sec_form:  # the section only there: no metas, JSON-LD, <title> nor tag line naming it
        s["sec"] = sec_form
        s["meta"] = s["jsonld"] = s["graph"] = False
        s["tags"] = None
        s["title_form"] = pick(r, ["title_site", "site_title"])
        s["title_top"] = False
        if s["date_pos"] in ("meta_only", "time_rel"):
            s["date_pos"] = "head"
    if s["info_dl"] or s["date_badge"]:  # the date line is at the head, plain (no <time>, no code row), no label
        s["date_pos"] = "head"
        s["time_el"] = s["code_row"] = s["upd_below"] = s["live"] = s["bidi"] = False
        s["date_label"] = None
    if s["info_dl"]:
        s["code"] = None  # (the box holds the code)
        if s["credit"] not in _y.NO_AGENCY:
            s["credit"] = "code_src"  # the agency only in the box's «منبع» row (no code row to hold it)
            s["agency"] = pick(r, ["keep", "credit"])
        s["dl_labels"] = (pick(r, ["بخش", "دسته‌بندی", "موضوع"]), pick(r, ["تاریخ انتشار", "انتشار", "تاریخ"]),
                          pick(r, ["منبع", "منبع خبر"]), pick(r, ["کد مطلب", "شناسه مطلب"]))
        s["dl_colon"] = r.random() < 0.4
        s["dl_pos"] = pick(r, ["head", "post"])
    if s["date_badge"]:
        s["time"] = False
        s["badge_lines"] = pick(r, [3, 2])
    if s["tooltip_rel"]:  # only «۳ روز پیش» at the head, the absolute day in its title attribute
        s["date_pos"] = "time_rel"
        s["meta"] = s["jsonld"] = s["graph"] = False
        s["url_date"] = False
        if s["sec"] in _y.MARKUP_FORMS:
            s["sec"] = "kicker"
        s["tip_style"] = pick(r, ["num", "day_dash", "nopad"])
    if not s["jsonld"] and s["credit"] == "ld_publisher":
        s["credit"] = "source"  # (as Y's ``title_only``: no JSON-LD to name the publisher)
    if s["lead_box"]:
        s["lead_label"] = None
        s["lead_strong"] = False
        s["lead_p"] = max(s["lead_p"], 0.7)
        s["lead_head"] = pick(r, LEAD_HEADS)
    if s["photo_agency"]:
        s["photo_label"] = pick(r, ["عکس: {a}", "عکس از {a}", "عکس: {a} / {p}", "📷 {a}"])
    if s["audio_player"]:
        s["audio_label"] = pick(r, AUDIO_LABELS)
    if s["reactions"]:
        s["reaction_head"] = pick(r, REACTION_HEADS)
    if s["faq"]:
        s["faq_head"] = pick(r, FAQ_HEADS)
    if s["cta_mid"]:
        s["phone"] = f"0912{stable(seed, h.domain, 'phone') % 9000000 + 1000000}"
    return h


def _colon(h: Host, label: str) -> str:
    return label + ":" if h.s["dl_colon"] else label


def _head(pg: Page) -> int | None:
    return next((i for i, (g, _) in enumerate(pg.regions) if g == "head"), None)


def _drop_date(pg: Page, line: str | None) -> bool:
    """Take the plain date line out of the story's head; whether it was there."""
    k = _head(pg)
    if k is None or not line or ("c", line) not in pg.regions[k][1]:
        return False
    g, ls = pg.regions[k]
    pg.regions[k] = (g, [x for x in ls if x != ("c", line)])
    return True


def _insert(pg: Page, region: str, at: str, lines: list[str]) -> None:
    """``lines`` (chrome) into the first ``region``: at its start, after its title line or at its end."""
    k = next((i for i, (g, _) in enumerate(pg.regions) if g == region), None)
    new = [("c", x) for x in lines]
    if k is None:
        pg.regions.append((region, new))
        return
    g, ls = pg.regions[k]
    if at == "start":
        ls = new + ls
    elif at == "after_title" and any(ro == "title" for ro, _ in ls):
        i = next(i for i, (ro, _) in enumerate(ls) if ro == "title")
        ls = ls[:i + 1] + new + ls[i + 1:]
    else:
        ls = ls + new
    pg.regions[k] = (g, ls)


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AB's forms on it (``meta["ab_blocks"]``: the runs of lines HTML gives markup)."""
    s, d = h.s, h.s["digits"]
    printed = variant == "print"
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    blocks: list[tuple[str, tuple[str, ...], str]] = []
    meta["ab_blocks"] = blocks
    meta["banner"] = meta["hash"] = meta["tip"] = None
    sec = meta["section"]
    if meta["form"] == "hash_kicker" and sec:
        tag = "#" + sec.replace(" ", "_")
        _insert(pg, "head", "start", [tag])
        blocks.append(("head", (tag,), f'<div class="post-hashtag"><a href="/tag/{SLUGS.get(sec, "news")}" rel="tag">'
                               f"{_esc(h, tag)}</a></div>"))
        meta["hash"] = tag
    if meta["form"] == "banner_sec" and sec:
        k = _head(pg)
        pg.regions.insert(k if k is not None else 0, ("crumb", [("c", sec)]))
        blocks.append(("crumb", (sec,), f'<div class="page-header"><h1 class="page-title">{_esc(h, sec)}</h1></div>'))
        meta["banner"] = sec
    if s["info_dl"]:
        lab = s["dl_labels"]
        rows: list[tuple[str, str]] = []
        if meta["form"] == "info_dl" and sec:
            rows.append((lab[0], sec))
        if meta["dated"] is True and _drop_date(pg, meta["date_line"]):
            rows.append((lab[1], meta["date_line"]))
        if agency:
            names = AGENCIES[agency]
            rows.append((lab[2], names[stable(h.domain, agency) % len(names)]))
        rows.append((lab[3], dg(str(stable(st["key"], h.domain, "dl") % 900000 + 100000), d)))
        lines = [x for k, v in rows for x in (_colon(h, k), v)]
        at = "head" if s["dl_pos"] == "head" or printed else "post"
        _insert(pg, at, "after_title" if at == "head" else "start", lines)
        blocks.append((at, tuple(lines), '<dl class="post-info">' + "".join(
            f"<dt>{_esc(h, _colon(h, k))}</dt><dd>{_esc(h, v)}</dd>" for k, v in rows) + "</dl>"))
    if s["date_badge"] and meta["dated"] is True and _drop_date(pg, meta["date_line"]):
        j = jdatetime.date.fromgregorian(date=pub.date())
        day, month, year = dg(str(j.day), d), JMONTHS[j.month - 1], dg(str(j.year), d)
        lines = [day, month, year] if s["badge_lines"] == 3 else [day, f"{month} {year}"]
        _insert(pg, "head", "start", lines)
        blocks.append(("head", tuple(lines), '<div class="date-badge">' + "".join(
            f'<div class="{c}">{_esc(h, x)}</div>' for c, x in zip(("day", "month", "year"), lines)) + "</div>"))
    if s["tooltip_rel"] and meta["rel"] and meta["pos"] == "time_rel":
        tip = ab_date(pub, s["tip_style"], d, True, s["ampm"])
        meta["tip"] = (meta["rel"], tip)
    if s["lead_box"] and lead:
        for k, (g, ls) in enumerate(pg.regions):
            if any(ro == "lead" for ro, _ in ls):
                i = next(i for i, (ro, _) in enumerate(ls) if ro == "lead")
                pg.regions[k] = (g, [*ls[:i], ("c", s["lead_head"]), *ls[i:]])
                break
    if not printed:
        if s["audio_player"]:
            total = max(40, sum(len(p) for p in pg.lines("body")) // 14)
            counter = dg(f"00:00 / {total // 60:02d}:{total % 60:02d}", d)
            lines = [s["audio_label"], counter]
            _insert(pg, "body", "start", lines)
            blocks.append(("body", tuple(lines), '<div class="audio-player">'
                                         f'<div class="label">{_esc(h, lines[0])}</div>'
                                         f'<audio controls preload="none" src="/media/tts/'
                                         f'{stable(st["key"], h.domain) % 99999}.mp3"></audio>'
                                         f'<div class="time">{_esc(h, counter)}</div></div>'))
        if s["photo_agency"]:
            ag = pick(r, sorted(a for a in AGENCIES if a != agency))
            line = s["photo_label"].format(a=pick(r, [AGENCIES[ag][0], ag]), p=pick(r, PHOTOGRAPHERS))
            _between(pg, r, [line], 1)
            src = f"/uploads/photos/{stable(st['key'], h.domain, 'ph') % 99999}.jpg"
            blocks.append(("body", (line,), f'<figure class="wp-block-image"><img src="{src}" alt="">'
                                    f"<figcaption>{_esc(h, line)}</figcaption></figure>"))
        if s["cta_mid"]:
            line = dg(CTAS[h.family].format(n=s["phone"]), d)
            _between(pg, r, [line], 1)
            colour = ("#fff3cd", "#e3f2fd", "#fce4ec")[stable(h.domain, "cta") % 3]
            blocks.append(("body", (line,), f'<p class="has-background" style="background-color:{colour}">'
                                    f"<strong>{_esc(h, line)}</strong></p>"))
        if s["reactions"]:
            counts = [r.randint(0, 60) for _ in range(4)]
            bar = dg(" | ".join(f"{e} {n}" for e, n in zip(("😍", "👏", "😐", "😢"), counts)), d)
            lines = [s["reaction_head"], bar]
            _insert(pg, "post", "end", lines)
            blocks.append(("post", tuple(lines), f'<div class="reactions"><div class="q">{_esc(h, lines[0])}</div>'
                                         + '<div class="bar">' + " | ".join(
                                             f'<span class="react" role="button">{_esc(h, x)}</span>'
                                             for x in bar.split(" | ")) + "</div></div>"))
        if s["faq"]:
            pairs = r.sample(FAQS[h.family], r.randint(2, 3))
            lines = [s["faq_head"], *(x for qa in pairs for x in qa)]
            k = max((i for i, (g, _) in enumerate(pg.regions) if g in ("body", "post")), default=len(pg.regions) - 1)
            pg.regions.insert(k + 1, ("box", [("c", x) for x in lines]))
            blocks.append(("box", tuple(lines), f'<div class="rank-math-faq"><h3>{_esc(h, lines[0])}</h3>' + "".join(
                f'<div class="faq-item"><details><summary>{_esc(h, q)}</summary><p>{_esc(h, a)}</p></details></div>'
                for q, a in pairs) + "</div>"))
    return pg, meta, lead


def _swap(pg: Page, region: str, lines: tuple[str, ...], mark: str) -> bool:
    """Put the line ``mark`` in place of the first run of chrome lines ``lines`` in a ``region``; whether there was
    one."""
    n = len(lines)
    for k, (g, ls) in enumerate(pg.regions):
        if g != region:
            continue
        for i in range(len(ls) - n + 1):
            if all(ls[i + j] == ("c", lines[j]) for j in range(n)):
                pg.regions[k] = (g, [*ls[:i], ("c", mark), *ls[i + n:]])
                return True
    return False


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML of the page, AB's runs of lines in their own markup (a ``<dl>``, the date badge, the banner's ``<h1>``
    with the headline an ``<h2>``, the FAQ's ``<details>``, …), a relative time with the day in its ``title``."""
    view = Page([(g, list(ls)) for g, ls in pg.regions])
    marks = {}
    for k, (region, lines, markup) in enumerate((meta or {}).get("ab_blocks") or []):
        mark = f"ABBLOCK{k}X"
        if _swap(view, region, lines, mark):
            marks[mark] = markup
    out = _y_render_html(h, view, r, gold, meta, pub, agency, titles)
    for mark, markup in marks.items():
        out = re.sub(r'<div class="[^"]*">' + mark + "</div>", lambda m, x=markup: x, out, count=1)
    if meta and meta.get("banner"):  # the banner holds the page's <h1>: the headline steps down to an <h2>
        out = re.sub(r"<h1( class=\"[^\"]*\">" + re.escape(_esc(h, gold["title"])) + ")</h1>",
                     lambda m: f"<h2{m.group(1)}</h2>", out, count=1)
    if meta and meta.get("tip"):
        rel, tip = meta["tip"]
        out = re.sub(r'<time datetime="[^"]*">' + re.escape(_esc(h, rel)) + "</time>",
                     lambda m: f'<span class="post-date" title="{html.escape(tip)}">{_esc(h, rel)}</span>', out,
                     count=1)
    return out


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    return gold_row(name, "families-ab", family, families, site, fmt, gold, chrome, i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "ab" + cluster_prefix[1:])


#: Z's module namespace with AB's hosts, pages and HTML: Z's build loop rebound to it writes AB's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _aa._rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 241, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
