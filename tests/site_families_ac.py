"""Family set AC: eight Persian site families of provincial IRIB centres (صدا و سیمای مراکز استان‌ها), car recalls
and quality ratings, insurance claims, futsal and handball leagues, the cinema box office, the sugar and tea trade,
pharmacies and drug shortages, and knowledge-based companies (دانش‌بنیان), written blind to the extractor.

    build(out_dir, n, seed=251, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running it on these pages. As AA and AB do, AC copies no frame: it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers, X's, W's, V's and U's generic
pieces) in a namespace of its own (:data:`_G`: Y's globals with AC's tables, widgets and date styles) and Z's own
``build`` loop in another (:data:`_B`: Z's globals with AC's hosts, pages and HTML, its split ``families-ac`` and
clusters ``ac<seed>-NNN``), then adds its own forms on the page Y's frame builds. Families (none in an earlier set):

- ``irib_provincial``   provincial IRIB centres: regional radio and TV news, programme schedules, local dialects;
- ``auto_recall``       car recalls, quality star ratings of the standards body, after-sales service complaints;
- ``insurance_claims``  insurance claims and payouts: car third-party, fire, earthquake, supplementary health;
- ``futsal_handball``   the futsal and handball premier leagues, clubs, national teams: league tables;
- ``box_office``        cinema box office: weekly sales, screenings, the Fajr festival's films in the halls;
- ``sugar_tea_trade``   the sugar, sugar beet and tea trade: factories, imports, the Gilan tea harvest;
- ``pharmacy_shortage`` pharmacies, drug shortages and imports, insulin, the pharmacists' association;
- ``knowledge_firms``   knowledge-based companies: the vice-presidency for science, loans, exhibitions, exports.

Forms AC adds to Y's, X's, W's, V's and U's (``h.s`` keys; none of Z's, AA's nor AB's):
- ``back_link``: the section only in a mobile theme's back link over the headline, «‹ بازگشت به X» (or «→ بازگشت به
  فهرست X»; HTML an ``<a class="back-link">`` to the section's page);
- ``sec_sentence``: the section only in a sentence after the story, «این مطلب در دسته «X» منتشر شده است.» (or
  «این خبر در بخش X منتشر شد»);
- ``cat_list``: a WordPress «دسته‌بندی‌ها: <parent>، <child>» line after the story, parent and child on one line
  (gold: the child, the most specific);
- ``lead_above``: the lead over the headline (an IRIB centre's «خلاصه» first, the headline under it);
- ``repub_note``: the agency credited only by a republication note after the story, «این خبر را <agency> منتشر کرده
  و در اینجا بازنشر شده است» / «بازنشر از: <agency>»;
- date styles ``short_year`` «۱۲ آذر ۰۲ - ۱۴:۳۰» (a two-digit year) and ``dash_sec`` «۱۴۰۲-۰۹-۱۲ ۱۴:۳۰:۰۰»;
- ``rating_stars``: a star rating under the story, «★★★★☆» over «امتیاز ۴.۲ از ۵ (۳۸ رأی)» (chrome);
- ``toc_box``: an SEO plugin's «فهرست مطالب» box with its «[نمایش]» toggle and numbered items before the first
  paragraph (chrome);
- ``wet_fused``: a Common Crawl WET text: the header's lines and the menu fused into one line of words, the footer
  into another (text pages);
- ``dash_lists``: trafilatura-like text: the menu, related and side lists as «- item» lines (text pages);
- ``cms``: the HTML page as its CMS saves it, one a host: WordPress with Elementor (``data-elementor-type``,
  ``elementorFrontendConfig``) or the Jannah theme (``tie-container``, ``the-post``), a Drupal 7 node
  (``node-article``, ``field-name-body``, ``Drupal.settings``), Joomla K2 (``k2Container``, ``itemView``), ASP.NET
  WebForms (the page in ``<form id="form1">`` with ``__VIEWSTATE`` / ``__EVENTVALIDATION``, ``ctl00_`` ids), Nuxt
  (``__nuxt`` / ``__layout`` and a ``window.__NUXT__`` hydration script holding the story again) or «نسیم»-like
  Persian news CMS markup (``nsm-`` classes, invented).

Gold as X, Y, Z, AA and AB document it: section the most specific one the page shows, else null; ``published_iso``
the local (Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the
time or has it in markup, else the day. Agency only when the page credits the story to one. About 7% negatives, ~10%
of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import re

import jdatetime

import site_families_aa as _aa
import site_families_ab as _ab
import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_ab import HOMES
from site_families_h import AGENCIES, JMONTHS, Host, dg
from site_families_r import credited_agency
from site_families_v import clock

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "JMONTHS", "ac_date", "build", "canon", "credited_agency", "dg"]

FAMILIES = ["irib_provincial", "auto_recall", "insurance_claims", "futsal_handball", "box_office", "sugar_tea_trade",
            "pharmacy_shortage", "knowledge_firms"]
HOSTS = {
    "irib_provincial": [("fars-irib.ir", "صدای فارس", "خبرگزاری صدا و سیمای مرکز فارس"),
                        ("gilan-sima.ir", "سیمای گیلان", "شبکه استانی باران"),
                        ("khorasan-irib.ir", "رادیو خراسان", "صدا و سیمای مرکز خراسان رضوی")],
    "auto_recall": [("khodro-farakhan.ir", "فراخوان خودرو", "اطلاع‌رسانی فراخوان‌ها و کیفیت خودرو"),
                    ("keyfiat-khodro.com", "کیفیت‌سنج", "رتبه‌بندی ستاره‌ای و شکایات خدمات پس از فروش"),
                    ("pasaz-forosh.ir", "خدمات‌یار", "پایگاه خبری خدمات پس از فروش")],
    "insurance_claims": [("bimeh-khabar.ir", "بیمه خبر", "اخبار صنعت بیمه و پرداخت خسارت"),
                         ("khesarat-online.com", "خسارت آنلاین", "راهنمای دریافت خسارت بیمه"),
                         ("bimenameh.ir", "بیمه‌نامه", "بیمه شخص ثالث، بدنه و درمان تکمیلی")],
    "futsal_handball": [("futsal-league.ir", "لیگ فوتسال", "اخبار لیگ برتر فوتسال ایران"),
                        ("handball-news.com", "هندبال نیوز", "پایگاه خبری هندبال ایران"),
                        ("salon-sport.ir", "ورزش سالنی", "فوتسال، هندبال و والیبال ساحلی"),
                        ("goal-salon.ir", "گل سالن", "نتایج زنده و جدول لیگ")],
    "box_office": [("giseh-cinema.ir", "گیشه سینما", "آمار فروش فیلم‌های روی پرده"),
                   ("sinema-forosh.com", "فروش سینما", "جدول هفتگی فروش سینمای ایران"),
                   ("parde-naghre.ir", "پرده نقره‌ای", "اخبار اکران و سالن‌های سینما")],
    "sugar_tea_trade": [("ghand-shekar.ir", "قند و شکر", "بازار شکر، چغندر و نیشکر"),
                        ("chai-shomal.com", "چای شمال", "اخبار چایکاران گیلان و مازندران"),
                        ("tejarat-chai.ir", "تجارت چای", "واردات و صادرات چای و شکر")],
    "pharmacy_shortage": [("darukhaneh-news.ir", "داروخانه نیوز", "اخبار داروخانه‌ها و کمبود دارو"),
                          ("daru-yab.com", "دارویاب", "جست‌وجوی دارو در داروخانه‌های کشور"),
                          ("saman-daru.ir", "سامانه دارو", "اطلاع‌رسانی تأمین و توزیع دارو"),
                          ("insulin-iran.ir", "انسولین ایران", "انجمن حمایت از بیماران دیابتی")],
    "knowledge_firms": [("daneshbonyan-news.ir", "دانش‌بنیان نیوز", "اخبار شرکت‌های دانش‌بنیان"),
                        ("fanavar.com", "فناور", "رسانه استارتاپ‌ها و فناوری"),
                        ("noavari-khabar.ir", "نوآوری خبر", "پایگاه خبری زیست‌بوم نوآوری")],
}
#: each family's sections: (parent, child) pairs or single sections, and the menu's other items
MENUS = {
    "irib_provincial": (["اخبار استان", ("شهرستان‌ها", "اخبار شهرستان‌ها"), "سیاسی", ("اقتصادی", "کشاورزی استان"),
                         "ورزش استان"], ["جدول پخش", "پخش زنده", "رادیو", "ارتباط با ما"]),
    "auto_recall": (["فراخوان‌ها", ("کیفیت خودرو", "رتبه‌بندی ستاره‌ای"), "خودروهای وارداتی",
                     ("پس از فروش", "شکایات مشتریان"), "قطعه‌سازی"], ["استعلام فراخوان", "قیمت خودرو", "ویدئو", "تماس"]),
    "insurance_claims": (["بیمه شخص ثالث", ("خسارت", "خسارت بدنه"), "بیمه درمان تکمیلی", "بیمه آتش‌سوزی",
                          ("بیمه مرکزی", "نظارت بر بیمه‌گران")],
                         ["استعلام بیمه‌نامه", "محاسبه حق بیمه", "پرسش و پاسخ", "تماس"]),
    "futsal_handball": (["فوتسال", ("لیگ برتر فوتسال", "فوتسال بانوان"), "هندبال", ("تیم ملی", "تیم ملی هندبال"),
                         "نقل و انتقالات"], ["جدول لیگ", "نتایج زنده", "ویدئو", "درباره ما"]),
    "box_office": (["گیشه", ("اکران", "اکران نوروزی"), "سالن‌های سینما", "جشنواره فجر",
                    ("سینمای جهان", "باکس آفیس جهان")],
                   ["جدول فروش", "خرید بلیت", "نقد فیلم", "تماس"]),
    "sugar_tea_trade": (["شکر", ("چغندرقند", "کارخانه‌های قند"), "چای", ("برگ سبز چای", "خرید تضمینی چای"),
                         "واردات"], ["قیمت روز", "بورس کالا", "آگهی", "تماس با ما"]),
    "pharmacy_shortage": (["کمبود دارو", ("داروخانه‌ها", "داروخانه‌های شبانه‌روزی"), "واردات دارو", "انسولین",
                           ("تولید دارو", "داروهای بیوتک")], ["داروخانه‌یاب", "سامانه تیتک", "مشاوره", "تماس"]),
    "knowledge_firms": (["شرکت‌های دانش‌بنیان", ("تسهیلات", "وام‌های صندوق نوآوری"), "نمایشگاه‌ها", "صادرات فناوری",
                         ("استارتاپ", "شتاب‌دهنده‌ها")], ["ثبت شرکت", "فراخوان‌ها", "رویدادها", "تماس"]),
}
SLUGS = {"اخبار استان": "province", "شهرستان‌ها": "counties", "اخبار شهرستان‌ها": "county-news", "سیاسی": "politics",
         "اقتصادی": "economy", "کشاورزی استان": "agriculture", "ورزش استان": "sport", "فراخوان‌ها": "recalls",
         "کیفیت خودرو": "quality", "رتبه‌بندی ستاره‌ای": "star-rating", "خودروهای وارداتی": "imports",
         "پس از فروش": "after-sales", "شکایات مشتریان": "complaints", "قطعه‌سازی": "parts",
         "بیمه شخص ثالث": "third-party", "خسارت": "claims", "خسارت بدنه": "hull-claims",
         "بیمه درمان تکمیلی": "health", "بیمه آتش‌سوزی": "fire", "بیمه مرکزی": "central-insurance",
         "نظارت بر بیمه‌گران": "supervision", "فوتسال": "futsal", "لیگ برتر فوتسال": "futsal-league",
         "فوتسال بانوان": "women-futsal", "هندبال": "handball", "تیم ملی": "national-team",
         "تیم ملی هندبال": "handball-team", "نقل و انتقالات": "transfers", "گیشه": "box-office", "اکران": "screening",
         "اکران نوروزی": "nowruz-screening", "سالن‌های سینما": "cinemas", "جشنواره فجر": "fajr",
         "سینمای جهان": "world-cinema", "باکس آفیس جهان": "world-box-office", "شکر": "sugar",
         "چغندرقند": "sugar-beet", "کارخانه‌های قند": "sugar-factories", "چای": "tea", "برگ سبز چای": "green-leaf",
         "خرید تضمینی چای": "tea-purchase", "واردات": "imports", "کمبود دارو": "shortage", "داروخانه‌ها": "pharmacies",
         "داروخانه‌های شبانه‌روزی": "night-pharmacies", "واردات دارو": "drug-imports", "انسولین": "insulin",
         "تولید دارو": "production", "داروهای بیوتک": "biotech", "شرکت‌های دانش‌بنیان": "knowledge-based",
         "تسهیلات": "loans", "وام‌های صندوق نوآوری": "innovation-fund", "نمایشگاه‌ها": "exhibitions",
         "صادرات فناوری": "tech-export", "استارتاپ": "startups", "شتاب‌دهنده‌ها": "accelerators"}
#: lines a host repeats after every story
AFTER = {
    "irib_provincial": ["جدول پخش برنامه‌های شبکه استانی", "پخش زنده رادیو استان", "ارسال خبر به صدا و سیما",
                        "سامانه پیامک ۳۰۰۰۱۵"],
    "auto_recall": ["استعلام فراخوان با شماره شاسی", "ثبت شکایت از خدمات پس از فروش", "آخرین رتبه‌بندی کیفی خودروها",
                    "قیمت روز خودروهای داخلی"],
    "insurance_claims": ["استعلام اصالت بیمه‌نامه", "محاسبه آنلاین حق بیمه شخص ثالث", "مراکز پرداخت خسارت سیار",
                         "راهنمای تشکیل پرونده خسارت"],
    "futsal_handball": ["جدول لیگ برتر فوتسال", "برنامه دیدارهای هفته", "نتایج زنده هندبال", "ویدئوی گل‌های هفته"],
    "box_office": ["جدول فروش هفتگی سینما", "خرید اینترنتی بلیت", "فیلم‌های در حال اکران", "سانس‌های امشب"],
    "sugar_tea_trade": ["قیمت روز شکر در بورس کالا", "نرخ خرید تضمینی برگ سبز", "آگهی فروش چای ایرانی",
                        "عضویت در کانال چایکاران"],
    "pharmacy_shortage": ["داروخانه‌های شبانه‌روزی نزدیک شما", "استعلام اصالت دارو", "فهرست داروهای کمیاب",
                          "مشاوره رایگان با داروساز"],
    "knowledge_firms": ["فراخوان‌های صندوق نوآوری و شکوفایی", "ثبت‌نام در نمایشگاه فناوری", "فهرست شرکت‌های تأییدشده",
                        "خبرنامه زیست‌بوم نوآوری"],
}
#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"irib_provincial": ["dash_sec", "short_year", "day_dash"],
               "auto_recall": ["short_year", "dash_sec", "wd_comma"],
               "box_office": ["short_year", "day_dash", "dash_sec"],
               "knowledge_firms": ["dash_sec", "paren_time", "short_year"]}
DEFAULT_STYLES = ["day_dash", "short_year", "paren_time", "wd_comma", "dash_sec", "nopad", "month_first", "dotted",
                  "num", "short_year", "dash_sec", "day_dash"]
PR_OFFICES = {"irib_provincial": "صدا و سیمای مرکز استان", "auto_recall": "سازمان ملی استاندارد",
              "insurance_claims": "بیمه مرکزی جمهوری اسلامی ایران", "futsal_handball": "فدراسیون هندبال",
              "box_office": "سازمان سینمایی", "sugar_tea_trade": "سازمان چای کشور",
              "pharmacy_shortage": "سازمان غذا و دارو", "knowledge_firms": "معاونت علمی و فناوری"}
SURTITLES = {
    "irib_provincial": ["خبر استان", "گزارش خبرنگار صدا و سیما", "از شهرستان‌ها"],
    "auto_recall": ["فراخوان", "گزارش کیفیت", "صدای مشتریان"],
    "insurance_claims": ["صنعت بیمه", "گزارش خسارت", "حقوق بیمه‌گذاران"],
    "futsal_handball": ["لیگ برتر", "گزارش مسابقه", "ورزش‌های سالنی"],
    "box_office": ["گیشه هفته", "گزارش اکران", "سینمای ایران"],
    "sugar_tea_trade": ["بازار شکر", "فصل برداشت چای", "گزارش تجاری"],
    "pharmacy_shortage": ["کمبود دارو", "گزارش داروخانه", "سلامت"],
    "knowledge_firms": ["زیست‌بوم نوآوری", "گزارش فناوری", "دانش‌بنیان‌ها"],
}
CAPTIONS = {
    "irib_provincial": ["ساختمان صدا و سیمای مرکز", "استودیوی خبر استانی", "خبرنگار در حال تهیه گزارش"],
    "auto_recall": ["خودروهای فراخوان‌شده در پارکینگ", "نمایندگی خدمات پس از فروش", "آزمون تصادف خودرو"],
    "insurance_claims": ["کارشناس خسارت در محل", "باجه پرداخت خسارت", "خودروی آسیب‌دیده"],
    "futsal_handball": ["صحنه‌ای از دیدار لیگ برتر", "بازیکنان پس از گل", "سالن مسابقات"],
    "box_office": ["صف خرید بلیت سینما", "سالن سینما پیش از اکران", "پوستر فیلم‌های روی پرده"],
    "sugar_tea_trade": ["برداشت برگ سبز چای", "انبار کارخانه قند", "کیسه‌های شکر وارداتی"],
    "pharmacy_shortage": ["قفسه‌های خالی داروخانه", "صف داروخانه شبانه‌روزی", "بسته‌های انسولین"],
    "knowledge_firms": ["غرفه شرکت دانش‌بنیان", "آزمایشگاه شرکت فناور", "نمایشگاه دستاوردهای فناوری"],
}
CARS = [("پژو ۲۰۶", "۲ ستاره"), ("دنا پلاس", "۳ ستاره"), ("شاهین", "۳ ستاره"), ("تارا", "۴ ستاره"),
        ("کوییک", "۲ ستاره")]
TABLE = [("گیتی‌پسند", "۱۸", "۴۲"), ("مس سونگون", "۱۸", "۳۹"), ("سن‌ایچ", "۱۸", "۳۵"), ("پالایش نفت", "۱۸", "۲۹")]
FILMS = [("فیلم «هتل»", "۴۱ میلیارد"), ("فیلم «تمساح خونی»", "۲۸ میلیارد"), ("فیلم «صبحانه با زرافه‌ها»", "۱۹ میلیارد"),
         ("فیلم «بی‌بدن»", "۹ میلیارد")]
SUGAR = [("شکر سفید فله", "۳۴,۰۰۰"), ("قند حبه", "۴۶,۰۰۰"), ("چای درجه یک ایرانی", "۲۹۵,۰۰۰"),
         ("برگ سبز درجه یک", "۱۵,۸۰۰")]
DRUGS = [("انسولین قلمی", "کمیاب"), ("آموکسی‌سیلین", "موجود"), ("سرم نمکی", "کمیاب"), ("قرص لووتیروکسین", "موجود")]
TOC_ITEMS = ["مقدمه", "جزئیات خبر", "آنچه تاکنون گذشته است", "واکنش‌ها", "گفته‌های مسئولان", "جمع‌بندی"]
TOC_HEADS = ["فهرست مطالب", "آنچه در این مطلب می‌خوانید", "فهرست محتوا"]
RATING_LABELS = ["امتیاز {v} از ۵ ({n} رأی)", "میانگین امتیاز: {v} / ۵ - {n} نفر", "({n} رأی، میانگین {v})"]
SEC_SENTENCES = ["این مطلب در دسته «{s}» منتشر شده است.", "این خبر در بخش {s} منتشر شد.",
                 "ارسال شده در {s} توسط تحریریه"]
CAT_LABELS = ["دسته‌بندی‌ها: ", "دسته‌ها: ", "موضوعات: "]
REPUB_NOTES = ["این خبر را {a} منتشر کرده و در اینجا بازنشر شده است.", "بازنشر از: {a}",
               "* این گزارش نخستین بار در {a} منتشر شده است."]
BACK_LINKS = ["‹ بازگشت به {s}", "→ بازگشت به فهرست {s}", "« همه مطالب {s}"]
CMS = ["elementor", "jannah", "drupal7", "k2", "webforms", "nuxt", "nasim"]
#: the CMS's base shape in Y's frame: the skin replaces that shape's wrappers
CMS_SHAPE = {"elementor": "wp", "jannah": "wp", "drupal7": "drupal", "k2": "bootstrap", "webforms": "bootstrap",
             "nuxt": "bootstrap", "nasim": "nastooh"}


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: star ratings, the league table, the week's box office, sugar prices, … (host's digits)."""
    d = h.s["digits"]
    f = h.family
    latin = _z.LATIN
    if f == "irib_provincial":
        return ["جدول پخش امروز", *(dg(f"ساعت {t}: {p}", d) for t, p in r.sample(
            [("08:00", "صبح بخیر استان"), ("14:00", "خبر سراسری استان"), ("21:00", "گفت‌وگوی ویژه"),
             ("17:30", "برنامه کودک")], 3))]
    if f == "auto_recall":
        return ["رتبه‌بندی کیفی این ماه", *(dg(f"{n}: {p}".translate(latin), d) for n, p in r.sample(CARS, 3))]
    if f == "insurance_claims":
        return ["نرخ حق بیمه ثالث", dg(f"سواری: {r.randint(4, 9)},{r.randint(100, 999)},000 تومان", d),
                dg(f"موتورسیکلت: {r.randint(1, 3)},{r.randint(100, 999)},000 تومان", d)]
    if f == "futsal_handball":
        return ["جدول لیگ برتر", "تیم | بازی | امتیاز", *(dg(f"{t} | {g} | {p}".translate(latin), d)
                                                        for t, g, p in TABLE[:3])]
    if f == "box_office":
        return ["پرفروش‌های هفته", *(dg(f"{n}: {p} تومان".translate(latin), d) for n, p in r.sample(FILMS, 3))]
    if f == "sugar_tea_trade":
        return ["نرخ امروز بازار", *(dg(f"{n}: {p} تومان".translate(latin), d) for n, p in r.sample(SUGAR, 3))]
    if f == "pharmacy_shortage":
        return ["وضعیت داروها", *(dg(f"{n}: {p}".translate(latin), d) for n, p in r.sample(DRUGS, 3))]
    return ["رویدادهای فناوری", pick(r, ["نمایشگاه اینوتکس", "نمایشگاه ساخت داخل", "رویداد شتاب‌دهی"]), "ثبت‌نام"]


def ac_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """AC's date styles, else AB's (and its elders').

    ``ac_date(dt.datetime(2023, 12, 3, 14, 30), "short_year", "fa")`` -> «۱۲ آذر ۰۲ - ۱۴:۳۰» (the year's last two
    digits); ``"dash_sec"`` -> «۱۴۰۲-۰۹-۱۲ ۱۴:۳۰:۰۰»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    if style == "short_year":
        return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year % 100:02d}" + (f" - {clock(t, ampm)}" if time else ""),
                  digits)
    if style == "dash_sec":
        return dg(f"{j.year}-{j.month:02d}-{j.day:02d}" + (f" {t.hour:02d}:{t.minute:02d}:{t.second:02d}" if time
                                                           else ""), digits)
    return _ab.ab_date(t, style, digits, time, ampm)


# ---------------------------------------------------------------------------------------------- Y's frame, AC's tables

#: Y's module namespace with AC's tables: Y's frame functions rebound to it read AC's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update(FAMILIES=FAMILIES, HOSTS=HOSTS, MENUS=MENUS, SLUGS=SLUGS, AFTER=AFTER, HOMES=HOMES, DATE_STYLES=DATE_STYLES,
          DEFAULT_STYLES=DEFAULT_STYLES, PR_OFFICES=PR_OFFICES, SURTITLES=SURTITLES, CAPTIONS=CAPTIONS,
          widget=widget, product_box=_z.product_box, gallery=_z.gallery, newsletter=_z.newsletter, poll=_z.poll,
          y_date=ac_date)
for _name in ("_sections", "_slot", "make_host", "date_line", "graph_ld", "head_html", "header", "side_box",
              "story_lines", "article_page", "negative_page", "arabize", "render_html", "w_url", "bidi",
              "shows_time"):
    _aa._rebind(_G, _y, _name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: AC's forms, forced on hosts of an open (even-indexed) and of a held-out (odd) family each
FORCED = {
    "back_link": (("box_office", 0), ("auto_recall", 2), ("knowledge_firms", 1)),
    "sec_sentence": (("irib_provincial", 1), ("sugar_tea_trade", 0), ("pharmacy_shortage", 2)),
    "cat_list": (("insurance_claims", 0), ("futsal_handball", 1), ("knowledge_firms", 2)),
    "lead_above": (("irib_provincial", 0), ("auto_recall", 1), ("box_office", 2)),
    "repub_note": (("pharmacy_shortage", 0), ("sugar_tea_trade", 2), ("futsal_handball", 0)),
    "rating_stars": (("auto_recall", 0), ("box_office", 1), ("insurance_claims", 2)),
    "toc_box": (("insurance_claims", 1), ("knowledge_firms", 0), ("pharmacy_shortage", 3)),
    "wet_fused": (("irib_provincial", 2), ("futsal_handball", 2), ("sugar_tea_trade", 1)),
    "dash_lists": (("pharmacy_shortage", 1), ("futsal_handball", 3), ("knowledge_firms", 2)),
}
#: the forms that are the host's section form (one a host)
SEC_FORMS = ("back_link", "sec_sentence", "cat_list")
#: the forms of a flat text (the host's pages are mostly text)
TEXT_FORMS = ("wet_fused", "dash_lists")


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AC's forms: forced on :data:`FORCED`'s hosts, by chance on a few others; none of Z's, AA's or
    AB's; and the CMS whose saved HTML its pages are."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-ac-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where or (form not in SEC_FORMS + TEXT_FORMS and r.random() < 0.05)
    for form in ("most_read", "og_title", "youare", "foot_agency", "qa", "quote", "ol", "nested", "telegram", "wrap",
                 "cp1256", "hash_kicker", "banner_sec", "info_dl", "date_badge", "tooltip_rel", "lead_box",
                 "photo_agency", "faq", "audio_player", "reactions", "cta_mid"):
        s[form] = False  # (Z's build reads them; AB's are AB's)
    s["cms"] = CMS[(stable(seed, h.domain, "cms") + FAMILIES.index(family) + idx) % len(CMS)]
    if s["sec"] != "body_class":
        s["shape"] = CMS_SHAPE[s["cms"]]
    elif s["cms"] not in ("elementor", "jannah"):
        s["cms"] = pick(r, ["elementor", "jannah"])  # (a WordPress body class)
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (as Z: a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] in ("title_only", "menu_active"):
        s["arabic"] = False  # (as Z: Y's Arabic letters in the header would be the section's only spelling)
    if s["sec"] == "title_only":
        s["title_above"], s["title_top"] = False, True
    sec_form = next((f for f in SEC_FORMS if s[f]), None)
    if sec_form:  # the section only there: no metas, JSON-LD, <title> nor tag line naming it
        s["sec"] = sec_form
        s["meta"] = s["jsonld"] = s["graph"] = False
        s["tags"] = None
        s["title_form"] = pick(r, ["title_site", "site_title"])
        s["title_top"] = False
        if s["date_pos"] in ("meta_only", "time_rel"):
            s["date_pos"] = "head"
        s["back_text"] = pick(r, BACK_LINKS)
        s["sec_text"] = pick(r, SEC_SENTENCES)
        s["cat_label"] = pick(r, CAT_LABELS)
    if not s["jsonld"] and s["credit"] == "ld_publisher":
        s["credit"] = "source"  # (as Y's ``title_only``: no JSON-LD to name the publisher)
    if s["lead_above"]:
        s["title_above"] = False
        s["lead_label"] = None
        s["lead_p"] = max(s["lead_p"], 0.7)
    if s["repub_note"]:
        s["credit"] = "src_button"  # (Y's source line under the story, rewritten as the note)
        s["repub_text"] = pick(r, REPUB_NOTES)
    if s["rating_stars"]:
        s["rating_label"] = pick(r, RATING_LABELS)
    if s["toc_box"]:
        s["toc_head"] = pick(r, TOC_HEADS)
    if s["wet_fused"] or s["dash_lists"]:
        s["html_p"] = min(s["html_p"], 0.2)
        s["menu_joined"] = None
    return h


def _replace(pg: Page, region: str, old: str, new: list[str]) -> bool:
    """The chrome line ``old`` of a ``region`` replaced by the chrome lines ``new``; whether it was there."""
    for k, (g, ls) in enumerate(pg.regions):
        if g == region and ("c", old) in ls:
            i = ls.index(("c", old))
            pg.regions[k] = (g, [*ls[:i], *(("c", x) for x in new), *ls[i + 1:]])
            return True
    return False


def _lead_above(pg: Page) -> None:
    """The lead moved over the headline (and over the surtitle) inside the story's head."""
    for k, (g, ls) in enumerate(pg.regions):
        roles = [ro for ro, _ in ls]
        if "lead" in roles and "title" in roles:
            lead = ls[roles.index("lead")]
            rest = [x for x in ls if x is not lead]
            at = next(i for i, (ro, _) in enumerate(rest) if ro in ("sur", "title"))
            pg.regions[k] = (g, [*rest[:at], lead, *rest[at:]])
            return


def _fuse(pg: Page) -> None:
    """A WET record's text: the header's and the menu's chrome lines on one line of words, the footer on another."""
    top = [k for k, (g, ls) in enumerate(pg.regions) if g in ("top", "nav") and all(ro == "c" for ro, _ in ls)]
    foot = [k for k, (g, ls) in enumerate(pg.regions) if g == "foot"]
    for ks in (foot, top):  # (the foot first: deleting the top's regions moves the later ones)
        if not ks:
            continue
        words = " ".join(t for k in ks for _, t in pg.regions[k][1])
        pg.regions[ks[0]] = (pg.regions[ks[0]][0], [("c", words)])
        for k in reversed(ks[1:]):
            del pg.regions[k]


def _dash(pg: Page) -> None:
    """trafilatura's lists: every chrome item of the menu, related and side lists as «- item»."""
    for k, (g, ls) in enumerate(pg.regions):
        if g in ("nav", "related", "side"):
            pg.regions[k] = (g, [(ro, "- " + t if ro == "c" else t) for ro, t in ls])


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AC's forms on it (``meta["back"]``: the back link's line, for its markup)."""
    s, d = h.s, h.s["digits"]
    printed = variant == "print"
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    sec = meta["section"]
    meta["back"] = None
    if meta["form"] == "back_link" and sec:
        meta["back"] = s["back_text"].format(s=sec)
        _ab._insert(pg, "head", "start", [meta["back"]])
    if meta["form"] == "sec_sentence" and sec:
        pg.add("post", "c", s["sec_text"].format(s=sec))
        _move_before_foot(pg)
    if meta["form"] == "cat_list" and sec:
        pg.add("post", "c", s["cat_label"] + "، ".join(meta["chosen"]))
        _move_before_foot(pg)
    if s["lead_above"] and lead:
        _lead_above(pg)
    if s["repub_note"] and agency:
        names = AGENCIES[agency]
        name = names[stable(h.domain, agency) % len(names)]
        if _replace(pg, "post", f"لینک منبع: {name}", [s["repub_text"].format(a=name)]):
            _replace(pg, "post", "مشاهده خبر در سایت منبع", [])
    if not printed:
        if s["rating_stars"]:
            v = r.randint(28, 50) / 10
            stars = "★" * round(v) + "☆" * (5 - round(v))
            _ab._insert(pg, "post", "start", [stars, dg(s["rating_label"].format(v=v, n=r.randint(3, 240)), d)])
        if s["toc_box"] and len(pg.lines("body")) >= 3:
            items = [dg(f"{i + 1}. {x}", d) for i, x in enumerate(r.sample(TOC_ITEMS, r.randint(3, 5)))]
            _ab._insert(pg, "body", "start", [s["toc_head"], "[نمایش]", *items])
    if fmt == "txt" and s["wet_fused"]:
        _fuse(pg)
    if fmt == "txt" and s["dash_lists"]:
        _dash(pg)
    return pg, meta, lead


def _move_before_foot(pg: Page) -> None:
    """The post line just added goes to the first ``post`` region (under the story, over the boxes)."""
    g, ls = pg.regions[-1]
    if g != "post":
        return
    first = next(k for k, (x, _) in enumerate(pg.regions) if x == "post")
    if first == len(pg.regions) - 1:
        return
    line = ls.pop()
    if not ls:
        pg.regions.pop()
    pg.regions[first][1].append(line)


# ---------------------------------------------------------------------------------------------- the CMS's HTML

def _viewstate(seed_text: str, n: int) -> str:
    """A base64-looking ``__VIEWSTATE`` value (deterministic)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    x = stable(seed_text)
    out = []
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407 + i) % (1 << 64)
        out.append(alphabet[x >> 58])
    return "/wEPDwUK" + "".join(out) + "=="


def _skin(h: Host, out: str, gold: dict, meta: dict | None, pub: dt.datetime | None) -> str:
    """Y's HTML in the host's CMS as a browser saves it: that CMS's wrappers, head scripts and hidden fields."""
    cms = h.s["cms"]
    key = str(stable(h.domain, gold.get("title") or "", "node") % 90000 + 1000)
    head: list[str] = []
    if cms in ("elementor", "jannah"):
        head = [f"<link rel='https://api.w.org/' href='https://{h.domain}/wp-json/' />",
                f"<link rel='shortlink' href='https://{h.domain}/?p={key}' />",
                '<meta name="generator" content="WordPress 6.4.2" />',
                "<script>window._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0"
                "\\/72x72\\/\",\"ext\":\".png\"};</script>"]
        if cms == "elementor":
            head.append('<script>var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},'
                        '"i18n":{"shareOnFacebook":"\\u0627\\u0634\\u062a\\u0631\\u0627\\u06a9","close":"\\u0628\\u0633'
                        f'\\u062a\\u0646"}},"is_rtl":true,"post":{{"id":{key},"title":"","excerpt":""}}}};</script>')
            out = out.replace('<div id="primary" class="content-area"><main id="main"><article class="post type-post">'
                              '\n<div class="entry-content">',
                              f'<div data-elementor-type="single-post" data-elementor-id="{key}" class="elementor '
                              f'elementor-{key} elementor-location-single post-{key} post type-post">\n<section class='
                              '"elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-'
                              'container elementor-column-gap-default"><div class="elementor-column elementor-col-66">'
                              '<div class="elementor-widget-wrap elementor-element-populated">\n<div class="elementor-'
                              'element elementor-widget elementor-widget-theme-post-content" data-widget_type='
                              '"theme-post-content.default"><div class="elementor-widget-container">', 1)
            out = out.replace("\n</div></article>\n", "\n</div></div>\n</div></div></div></section>\n", 1)
            out = out.replace("</main></div>\n", "</div>\n", 1)
        else:
            out = out.replace('<div id="primary" class="content-area"><main id="main"><article class="post type-post">'
                              '\n<div class="entry-content">',
                              '<div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
                              '<div id="content" class="site-content container"><div class="tie-row main-content-row">'
                              '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" '
                              f'class="container-wrapper post-content tie-standard post-{key}">\n<div class="entry-'
                              'content entry clearfix">', 1)
            out = out.replace("</main></div>\n", "</div></div></div></div></div>\n", 1)
    elif cms == "drupal7":
        head = ['<meta name="Generator" content="Drupal 7 (http://drupal.org)" />',
                f'<link rel="shortlink" href="/node/{key}" />',
                '<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"fa\\/","ajaxPageState":'
                '{"theme":"bartik","theme_token":"' + _viewstate(key, 20)[8:28] + '"}});</script>']
        out = out.replace('<article role="article" class="node node--type-news node--view-mode-full">',
                          f'<div id="node-{key}" class="node node-article node-promoted node-full clearfix" '
                          f'about="/fa/node/{key}" typeof="sioc:Item foaf:Document">\n<div class="content">\n'
                          '<div class="field field-name-body field-type-text-with-summary field-label-hidden">'
                          '<div class="field-items"><div class="field-item even" property="content:encoded">', 1)
        out = re.sub(r"\n</article>\n", "\n</div></div></div>\n</div></div>\n", out, count=1)
    elif cms == "k2":
        head = ['<meta name="generator" content="Joomla! - Open Source Content Management" />',
                '<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&b=20200429" type="text/javascript">'
                "</script>"]
        out = out.replace('<div class="col-lg-8 col-md-12">\n',
                          '<div class="col-lg-8 col-md-12">\n<div id="k2Container" class="itemView itemIsFeatured">\n'
                          '<div class="itemBody">\n', 1)
        out = out.replace('\n</div>\n<div class="col-lg-4 sidebar">', '\n</div></div>\n</div>\n<div class="col-lg-4 '
                          'sidebar">', 1)
    elif cms == "webforms":
        vs = _viewstate(key + h.domain, 180)
        out = out.replace('<div class="container">',
                          f'<form method="post" action="./NewsDetail.aspx?NewsID={key}" id="form1">\n'
                          '<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" '
                          'value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
                          f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />\n</div>\n'
                          "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['form1'];\n"
                          "function __doPostBack(eventTarget, eventArgument) { theForm.__EVENTTARGET.value = "
                          "eventTarget; theForm.submit(); }\n//]]>\n</script>\n"
                          '<div class="container" id="ctl00_pnlMain">', 1)
        out = out.replace('<div class="col-lg-8 col-md-12">',
                          '<div class="col-lg-8 col-md-12" id="ctl00_ContentPlaceHolder1_pnlNews">', 1)
        out = out.replace("\n</body>",
                          '\n<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" '
                          'id="__VIEWSTATEGENERATOR" value="CA0B0334" /><input type="hidden" name="__EVENTVALIDATION" '
                          f'id="__EVENTVALIDATION" value="{_viewstate(key, 64)}" /></div>\n</form>\n</body>', 1)
    elif cms == "nuxt":
        data = {"id": int(key), "title": gold.get("title"), "summary": gold.get("lead"),
                "body": "".join(f"<p>{p}</p>" for p in gold.get("body_paragraphs") or [])}
        if gold.get("section"):
            data["category"] = {"title": gold["section"]}
        if pub is not None and gold.get("published_iso"):
            data["publishedAt"] = pub.isoformat()
        state = json.dumps({"layout": "default", "data": [{"news": data}], "state": {"menu": {"open": False}},
                            "serverRendered": True}, ensure_ascii=False).replace("</", "<\\/")
        out = re.sub(r"<body([^>]*)>\n", lambda m: f'<body{m.group(1)}>\n<div id="__nuxt"><div id="__layout">'
                     '<div data-v-5f2a1c0e class="layout-default">\n', out, count=1)
        out = out.replace("\n</body>", f"\n</div></div></div>\n<script>window.__NUXT__={state};</script>\n"
                          '<script src="/_nuxt/runtime.3f1a.js" defer></script>\n</body>', 1)
        head = ['<link rel="preload" href="/_nuxt/app.8c2e1.js" as="script">', '<meta data-n-head="ssr" '
                'name="theme-color" content="#0d47a1">']
    elif cms == "nasim":
        head = ['<meta name="generator" content="Nasim CMS 4.2" />',
                f'<script>var nsmConfig = {{"newsId":{key},"service":"fa","lazy":true}};</script>']
        out = out.replace('<article class="news-item" itemscope itemtype="http://schema.org/NewsArticle">',
                          f'<div class="nsm-news nsm-full" data-nsm-id="{key}" itemscope itemtype="http://schema.org/'
                          'NewsArticle"><div class="nsm-news-inner">', 1)
        out = out.replace("\n</article>\n", "\n</div></div>\n", 1)
    if meta and meta.get("back"):  # the back link: an <a> to the section's page
        back = html.escape(meta["back"], quote=False)
        out = re.sub(r'<div class="[^"]*">' + re.escape(back) + "</div>",
                     lambda m: f'<div class="mobile-bar"><a class="back-link" href="/category/'
                               f'{SLUGS.get(gold["section"] or "", "news")}/">{back}</a></div>', out, count=1)
    if head:
        out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    return out


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML of the page in the host's CMS (:func:`_skin`); AMP twins and print views as Y writes them."""
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta and meta.get("variant") not in (None, "page"):
        return out
    return _skin(h, out, gold, meta, pub)


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    return gold_row(name, "families-ac", family, families, site, fmt, gold, chrome, i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "ac" + cluster_prefix[1:])


#: Z's module namespace with AC's hosts, pages and HTML: Z's build loop rebound to it writes AC's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _aa._rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 251, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
