"""Family set V: eight Persian site families of regulators, trades, federations and bookings, written blind
to the extractor.

    build(out_dir, n, seed=197, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages; its frame is ``site_families_u.py``'s (U's generic
pieces are imported: the credit, tag, short-link, AMP / print-view and ``<head>`` helpers), its templates and
families are its own and are modelled on real Persian sites: the Nastooh CMS of the news agencies («کد خبر»,
«لینک کوتاه», «اخبار مرتبط», Nastooh's comment counts), newspaper portals (Hamshahri / Khabaronline-like
trails after the headline), provincial agencies with the day in three calendars, WordPress tech and booking
blogs (Zoomit / Digiato / Jabama-like «نویسنده: … | ۸ دقیقه مطالعه» bylines, comment threads with the editor's
replies) and Drupal office sites. Families (none of them in the earlier sets, U included):

- ``pharma_fda``        food and drug administration, pharmacies and drug supply: drug-availability tables
                        («دارو | وضعیت | قیمت»), the night pharmacies box, «سامانه ۱۹۰» strips;
- ``chess_federation``  chess and mind-sport federations: rating lists («بازیکن | ریتینگ | تغییر»), board-by-board
                        round results with «½-½», tournament countdowns;
- ``awqaf_endowment``   religious endowments (اوقاف و امور خیریه), shrines and charitable bequests: prayer-time
                        boxes, Hijri-qamari dates beside the Jalali, «روابط عمومی اداره کل اوقاف» credits;
- ``standards_agency``  the national standards organisation and its labs: recall lists of goods without the mark,
                        «استعلام نشان استاندارد» SMS boxes, sections only in the ``<title>``;
- ``carpet_trade``      hand-woven carpet trade and export: price-per-metre tables, fair countdowns, numbered
                        photo captions of carpets;
- ``notary_registry``   deed and estate registration and notary offices: fee tables («خدمت | هزینه»), «ثبت من»
                        app strips, legal-question comment threads;
- ``free_zone``         Kish / Qeshm / Chabahar free-trade-zone news: ferry timetables, island weather, sections
                        as a Persian URL slug;
- ``hotel_booking``     hotel and tourism booking blogs: hotel cards («هتل | ستاره | هر شب»), discount codes,
                        Gregorian dates beside the Jalali, «۱۲ دقیقه مطالعه» bylines, long comment threads.

Each family has four hosts (three for ``chess_federation``, ``standards_agency`` and ``notary_registry``); every host
keeps its own template (menu, tagline, date style / calendar / digits / clock, section form and place, credit
form, end marker, widgets beside and inside the story, lines repeated after the body, DOM shape: Nastooh
agency pages, WordPress, Bootstrap portals or a Drupal node; some pages come as their AMP twin or print view).
Forms V adds to U's: the section only in a breadcrumb list *after* the headline (a line per item in a text dump,
an ``<ol class="breadcrumb">`` in HTML; gold: its last item), only in a Yoast-like JSON-LD ``BreadcrumbList`` (home,
sections, the page's title last; gold: the last section), in the ``<title>`` as «سرویس | عنوان | سایت» or «عنوان -
سرویس - سایت» (such hosts name it there on every page that has one; on title-only hosts nowhere else), the date
beside its Hijri-qamari twin
(«۱۲ خرداد ۱۴۰۲ - ۱۳ ذی‌القعده ۱۴۴۴ - ۱۰:۲۰»), the header's day in three calendars, twelve-hour clocks in Persian
digits («۱۰:۲۰ ب.ظ» / «ق.ظ»), a Gregorian date in parentheses after the Jalali, a byline «نویسنده: … | ۱۲ دقیقه
مطالعه» under the headline, copyright sentences, comment threads with likes («👍 ۱۲») and the editor's replies
(«پاسخ مدیر سایت: …»), prayer-time and ferry boxes; and U's forms (روتیتر lines, «خلاصه:» leads, the section only in
the URL path, ``article:section``, a «کد خبر … | سرویس: …» row or the ``<title>``, relative dates with the
absolute one at the foot, «لینک کوتاه» rows, «بیشتر بخوانید: …» inside the story, «گزارش از: …» last lines).

Gold as U documents it: section the most specific one the page shows (a trail's or a «سرویس:» label's last item,
a kicker, the code row, the ``<title>`` part, the URL path, a category link, the active menu item, a sidebar box's
heading, ``article:section`` / JSON-LD ``articleSection``), else null; agency only when the page credits one;
``published_iso`` the local (Tehran) day of publication, ``published_time`` the instant with its Tehran offset when
the page shows the time (a twelve-hour clock with its «ب.ظ» included) or has it in markup, else the day. About 7%
negatives, ~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random

import jdatetime

from family_pages import (
    Page,
    canon,
    chrome_gold,
    gold_row,
    negative_gold,
    pick,
    plan_set,
    republished,
    stable,
    write_gold,
    write_page,
)
from site_families_h import (
    AGENCIES,
    COMMENTS,
    FIRST,
    GMONTHS,
    HMONTHS,
    JMONTHS,
    LAST,
    WEEKDAYS,
    Host,
    _pub_time,
    dg,
    fmt_date,
    hijri,
    host_story,
    relative,
    story_paragraphs,
)
from site_families_r import (
    CITIES,
    LOGOS,
    _esc,
    _inline,
    credited_agency,
    dateline,
    load_stories,
    render_text,
    title_string,
)
from site_families_u import (
    _head_html,
    _lists,
    _stamp,
    _variant,
    credit_text,
    label_lead,
    page_url,
    section_line,
    short_link,
    since,
    strips,
    tag_line,
)

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency"]

FAMILIES = ["pharma_fda", "chess_federation", "awqaf_endowment", "standards_agency", "carpet_trade",
            "notary_registry", "free_zone", "hotel_booking"]
HOSTS = {
    "pharma_fda": [("darou-khabar.ir", "دارو خبر", "پایگاه خبری دارو و درمان"),
                   ("ghaza-darou-online.ir", "غذا و دارو آنلاین", "اخبار سازمان غذا و دارو و داروخانه‌ها"),
                   ("darookhaneh-news.com", "داروخانه نیوز", "رسانه داروسازان کشور"),
                   ("salamat-darou.ir", "سلامت دارو", "اطلاع‌رسانی دارو، تجهیزات پزشکی و مکمل‌ها")],
    "chess_federation": [("shatranj-news.ir", "شطرنج نیوز", "اخبار شطرنج ایران و جهان"),
                         ("fed-chess-khabar.ir", "فدراسیون شطرنج خبر", "پایگاه خبری شطرنج کشور"),
                         ("mohre-siah.com", "مهره سیاه", "مجله شطرنج و بازی‌های فکری")],
    "awqaf_endowment": [("oghaf-khabar.ir", "اوقاف خبر", "اخبار اوقاف و امور خیریه"),
                        ("mowqufat-emruz.ir", "موقوفات امروز", "پایگاه خبری وقف و نیکوکاری"),
                        ("emamzadegan-news.ir", "امامزادگان نیوز", "اخبار بقاع متبرکه و امامزادگان"),
                        ("vaghf-ostan.ir", "وقف استان", "پایگاه اطلاع‌رسانی اوقاف استان")],
    "standards_agency": [("standard-khabar.ir", "استاندارد خبر", "اخبار استاندارد و کیفیت کالا"),
                         ("keyfiat-kala.com", "کیفیت کالا", "رسانه کنترل کیفیت و نشان استاندارد"),
                         ("azmayeshgah-news.ir", "آزمایشگاه نیوز", "اخبار آزمایشگاه‌های همکار و بازرسی")],
    "carpet_trade": [("farsh-news.ir", "فرش نیوز", "اخبار فرش دستباف و ماشینی"),
                     ("ghali-iran.com", "قالی ایران", "رسانه فرش، گلیم و تابلوفرش"),
                     ("baft-khabar.ir", "بافت خبر", "اخبار بافندگان و صادرات فرش"),
                     ("bazar-farsh.ir", "بازار فرش", "قیمت و بازار فرش دستباف")],
    "notary_registry": [("sabt-khabar.ir", "ثبت خبر", "اخبار ثبت اسناد و املاک"),
                        ("daftarkhaneh-news.ir", "دفترخانه نیوز", "رسانه سردفتران و دفتریاران"),
                        ("sanad-melki.com", "سند ملکی", "اخبار سند تک‌برگ و املاک")],
    "free_zone": [("kish-khabar.ir", "کیش خبر", "اخبار جزیره کیش و منطقه آزاد"),
                  ("qeshm-emruz.ir", "قشم امروز", "پایگاه خبری منطقه آزاد قشم"),
                  ("chabahar-news.ir", "چابهار نیوز", "اخبار منطقه آزاد چابهار و مکران"),
                  ("manategh-azad.com", "مناطق آزاد", "اخبار مناطق آزاد و ویژه اقتصادی")],
    "hotel_booking": [("hotel-mag.ir", "مجله هتل", "راهنمای رزرو هتل و اقامتگاه"),
                      ("eghamat-blog.com", "بلاگ اقامت", "اقامتگاه‌های بوم‌گردی و ویلا"),
                      ("safarnameh-hotel.ir", "سفرنامه هتل", "تجربه اقامت، راهنمای سفر"),
                      ("rezerv-online.ir", "رزرو آنلاین", "اخبار گردشگری و هتلداری")],
}
#: a family's sections (some as service > sub) and its other menu items
MENUS = {
    "pharma_fda": (["دارو", ("داروخانه‌ها", "داروخانه‌های شبانه‌روزی"), "تجهیزات پزشکی", "مکمل و آرایشی",
                    ("نظارت", "داروهای تقلبی")],
                   ["استعلام اصالت کالا", "سامانه ۱۹۰", "فهرست داروهای کمیاب", "آگهی‌ها", "تماس"]),
    "chess_federation": (["شطرنج ایران", ("مسابقات", "لیگ برتر شطرنج"), "شطرنج جهان", "بانوان",
                          ("آموزش", "گشایش‌ها")],
                         ["ریتینگ بازیکنان", "تقویم مسابقات", "داوران", "هیئت‌های استانی", "تماس"]),
    "awqaf_endowment": (["موقوفات", ("بقاع متبرکه", "امامزادگان"), "امور قرآنی", "نیکوکاری",
                         ("فرهنگی", "اعتکاف")],
                        ["اوقات شرعی", "نذر آنلاین", "سامانه موقوفات", "اداره‌های استانی", "تماس"]),
    "standards_agency": (["کنترل کیفیت", ("استاندارد اجباری", "لوازم خانگی"), "آزمایشگاه‌ها", "خودرو",
                          ("بازرسی", "کالاهای غیراستاندارد")],
                         ["استعلام نشان استاندارد", "فهرست استانداردها", "آزمایشگاه همکار", "شکایات", "تماس"]),
    "carpet_trade": (["فرش دستباف", ("صادرات", "بازارهای هدف"), "بافندگان", "فرش ماشینی",
                      ("نمایشگاه‌ها", "نمایشگاه فرش دستباف")],
                     ["قیمت روز فرش", "مراکز شست‌وشو", "بیمه بافندگان", "گالری", "تماس"]),
    "notary_registry": (["ثبت اسناد", ("املاک", "سند تک‌برگ"), "دفاتر اسناد رسمی", "ثبت شرکت‌ها",
                         ("حقوقی", "پرسش و پاسخ حقوقی")],
                        ["سامانه ثبت من", "استعلام سند", "تعرفه‌ها", "نوبت‌دهی", "تماس"]),
    "free_zone": (["اقتصاد منطقه", ("گردشگری", "گردشگری دریایی"), "سرمایه‌گذاری", "عمران",
                   ("حمل و نقل", "کشتیرانی")],
                  ["برنامه پروازها", "کارت ورود", "مجوز ورود خودرو", "هواشناسی", "تماس"]),
    "hotel_booking": (["هتل‌ها", ("مقاصد گردشگری", "سفر به شمال"), "اقامتگاه بوم‌گردی", "راهنمای سفر",
                       ("اخبار گردشگری", "هتلداری")],
                      ["رزرو هتل", "تور لحظه آخری", "پیگیری رزرو", "باشگاه مشتریان", "تماس"]),
}
AFTER = {
    "pharma_fda": ["سامانه پاسخگویی غذا و دارو: ۱۹۰", "دارو را فقط از داروخانه تهیه کنید",
                   "استعلام اصالت کالا با کد ۲۰ رقمی", "سلامت مردم، مسئولیت ما"],
    "chess_federation": ["شطرنج، ورزش اندیشه", "ثبت‌نام در مسابقات ریتینگ", "فهرست ریتینگ ملی این ماه",
                         "کلاس‌های آموزش شطرنج مقدماتی"],
    "awqaf_endowment": ["وقف، سنت حسنه", "نذورات خود را آنلاین پرداخت کنید", "سامانه جامع موقوفات کشور",
                        "التماس دعا"],
    "standards_agency": ["پیش از خرید نشان استاندارد را استعلام کنید", "سامانه پاسخگویی: ۱۵۱۷",
                         "استاندارد، زبان مشترک تجارت", "گزارش کالای غیراستاندارد"],
    "carpet_trade": ["فرش دستباف، هنر ماندگار ایرانی", "قیمت روز فرش دستباف", "ثبت‌نام بیمه بافندگان",
                     "فرش خود را از فروشگاه‌های معتبر بخرید"],
    "notary_registry": ["سامانه ثبت من را نصب کنید", "استعلام اصالت سند", "ثبت رسمی معاملات، امنیت سرمایه",
                        "نوبت‌دهی اینترنتی دفاتر"],
    "free_zone": ["به جزیره خوش آمدید", "کارت ورود را آنلاین دریافت کنید", "سرمایه‌گذاری در منطقه آزاد",
                  "اطلاعات پروازها و کشتی‌ها"],
    "hotel_booking": ["رزرو آنلاین با بهترین قیمت", "پشتیبانی ۲۴ ساعته رزرو", "پرداخت در هتل، بدون پیش‌پرداخت",
                      "عضویت در باشگاه مشتریان"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " - "]
SEC_LABELS = ["سرویس:", "گروه:", "بخش:", "سرویس خبری:", "دسته:"]
SIDE_HEADS = ["آخرین اخبار {s}", "سایر اخبار {s}", "در همین بخش: {s}"]
#: where the section shows (``og_only``, ``cattag``, ``jsonld_only``, ``menu_active`` and ``crumb_ld``, a Yoast-like
#: ``BreadcrumbList`` in JSON-LD, live in markup: HTML only); ``crumb_after`` is a trail under the headline
SEC_FORMS = ["crumb_after", "label_sub", "url", "og_only", "code_row", "kicker", "crumb_after", "title_only",
             "label", "crumb_home", "sidebar", "cattag", "menu_active", "crumb_ld", "foot_label", "jsonld_only",
             "none"]
#: ``<title>`` forms with the section: «سرویس | عنوان | سایت», «عنوان - سرویس - سایت»
SEC_TITLES = ("sec_title_site", "title_sec_site")
MARKUP_FORMS = ("og_only", "cattag", "jsonld_only", "menu_active", "crumb_ld")
CREDITS = ["source", "naghl_head", "gozaresh", "dateline", "logo", "pr_office", "reporter", "gozaresh_person",
           "source_link"]
#: credit forms that give no agency: the host rewrites the story's own credits to its name
NO_AGENCY = ("reporter", "pr_office", "gozaresh_person")
END_MARKS = ["انتهای پیام/", "انتهای خبر/", "/ح", "پایان خبر", "●", "/ب", None, None]
#: date styles beyond U's: the Jalali with its Hijri-qamari twin, the Jalali with the Gregorian in parentheses
DATE_STYLES = {"awqaf_endowment": ["jal_qamari", "jal_qamari", "isna", "jal_hij"],
               "hotel_booking": ["jal_greg_paren", "wd_long", "greg_fa", "num"],
               "free_zone": ["time_first", "jal_qamari", "num", "irna"],
               "chess_federation": ["num", "jal_greg_paren", "irna"]}
DEFAULT_STYLES = ["num", "isna", "time_first", "irna", "wd_long", "long_saat", "jal_qamari", "jal_hyph",
                  "jal_greg_paren"]
DATE_POS = ["head", "head", "foot", "head", "rel_foot", "head", "time_rel", "meta_only", "head"]
SHAPES = ["nastooh", "wp", "bootstrap", "drupal"]
#: the public-relations office a host credits instead of an agency («روابط عمومی …»)
PR_OFFICES = {"pharma_fda": "سازمان غذا و دارو", "chess_federation": "فدراسیون شطرنج",
              "awqaf_endowment": "اداره کل اوقاف و امور خیریه", "standards_agency": "سازمان ملی استاندارد",
              "carpet_trade": "مرکز ملی فرش ایران", "notary_registry": "سازمان ثبت اسناد و املاک کشور",
              "free_zone": "سازمان منطقه آزاد", "hotel_booking": "جامعه هتلداران"}
#: روتیترs a family's desk writes over its headlines
SURTITLES = {
    "pharma_fda": ["سخنگوی سازمان غذا و دارو خبر داد:", "در پی گزارش کمبود دارو", "معاون دارویی دانشگاه:",
                   "هشدار درباره داروهای قاچاق"],
    "chess_federation": ["رئیس فدراسیون شطرنج:", "در پایان دور نهم مسابقات", "سرمربی تیم ملی:",
                         "گزارش از سالن مسابقات"],
    "awqaf_endowment": ["مدیرکل اوقاف استان خبر داد:", "همزمان با دهه کرامت", "در آیین وقف‌نامه‌خوانی",
                        "نماینده ولی فقیه در استان:"],
    "standards_agency": ["رئیس سازمان ملی استاندارد:", "در پی بازرسی از واحدهای تولیدی", "مدیرکل استاندارد استان:",
                         "هشدار به مصرف‌کنندگان"],
    "carpet_trade": ["رئیس مرکز ملی فرش:", "در آستانه نمایشگاه فرش دستباف", "گزارشی از کارگاه‌های بافت",
                     "فعالان بازار فرش می‌گویند"],
    "notary_registry": ["معاون امور اسناد سازمان ثبت:", "براساس قانون الزام به ثبت رسمی معاملات",
                        "رئیس کانون سردفتران:", "مدیرکل ثبت استان خبر داد:"],
    "free_zone": ["مدیرعامل سازمان منطقه آزاد:", "همزمان با فصل سفرهای نوروزی", "معاون گردشگری منطقه:",
                  "در نشست سرمایه‌گذاری"],
    "hotel_booking": ["راهنمای سفر", "تجربه اقامت", "رئیس جامعه هتلداران:", "پیش از سفر بخوانید"],
}
#: the photo captions a family's pages put between the story's paragraphs («عکس ۱: …»)
CAPTIONS = {
    "pharma_fda": ["قفسه‌های دارو در یک داروخانه", "بازرسی کارشناسان غذا و دارو", "خط تولید داروسازی"],
    "chess_federation": ["سالن برگزاری مسابقات", "میز نخست در دور پایانی", "اهدای جام به قهرمانان"],
    "awqaf_endowment": ["نمایی از امامزاده", "آیین وقف‌نامه‌خوانی", "موقوفه تاریخی شهر"],
    "standards_agency": ["آزمایشگاه کنترل کیفیت", "نشان استاندارد روی کالا", "بازرسی از واحد تولیدی"],
    "carpet_trade": ["فرش دستباف نقشه لچک‌ترنج", "کارگاه بافت فرش", "غرفه‌ها در نمایشگاه فرش"],
    "notary_registry": ["سند تک‌برگ ملکی", "دفتر اسناد رسمی", "نشست مدیران ثبت استان"],
    "free_zone": ["اسکله تفریحی جزیره", "نمایی از بازارهای منطقه آزاد", "کشتی مسافربری در بندر"],
    "hotel_booking": ["لابی هتل", "نمای اتاق دوتخته", "استخر روباز اقامتگاه"],
}
COMMENT_RULES = ["نظرات حاوی توهین و افترا منتشر نمی‌شود.", "نظرات پس از تأیید مدیر منتشر خواهد شد.",
                 "پیام‌های غیر مرتبط با خبر منتشر نمی‌شود.", "لطفاً از نوشتن با حروف لاتین (فینگلیش) خودداری کنید."]
#: the editor's answers under a reader's comment, as booking blogs and legal desks write them
REPLIES = ["پاسخ مدیر سایت: سلام، ممنون از همراهی شما.", "پاسخ: با سلام، موضوع را پیگیری می‌کنیم.",
           "پاسخ پشتیبانی: لطفاً با شماره پشتیبانی تماس بگیرید.", "پاسخ کارشناس: سلام، بله امکان‌پذیر است."]
COPYRIGHTS = ["استفاده از مطالب این سایت تنها با ذکر نام منبع مجاز است.",
              "هرگونه کپی‌برداری از مطالب بدون ذکر منبع پیگرد قانونی دارد.",
              "کلیه حقوق مادی و معنوی این سایت محفوظ است و نقل مطالب با ذکر لینک آزاد است."]


def _sections(family: str) -> tuple[list[tuple[str, ...]], list[str]]:
    core, extra = MENUS[family]
    return [c if isinstance(c, tuple) else (c,) for c in core], extra


def _slot(seed: int, domain: str) -> int:
    """The host's place in a seeded order of all the set's hosts: section and credit forms go round it, so
    every form has its hosts."""
    domains = [d for f in FAMILIES for d, _, _ in HOSTS[f]]
    return random.Random(f"families-v-slots:{seed}").sample(domains, len(domains)).index(domain)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-v-host:{seed}:{domain}")
    slot = _slot(seed, domain)
    secs, extra = _sections(family)
    chosen = r.sample(secs, min(len(secs), r.choice([3, 4])))
    menu = [c[0] for c in chosen] + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {"chosen": chosen}
    s["digits"] = pick(r, ["fa", "fa", "fa", "ar", "en"])
    styles = DATE_STYLES.get(family, DEFAULT_STYLES)
    s["date"] = styles[idx % len(styles)] if r.random() < 0.7 else pick(r, styles)
    s["time"] = r.random() < 0.75
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "تاریخ:", "زمان انتشار:", "🕒"])
    # where the date shows: at the head, at the foot, relative at the head with the absolute one at the foot,
    # only relative inside <time datetime>, or only in the markup
    s["date_pos"] = DATE_POS[(slot * 5 + 2) % len(DATE_POS)] if r.random() < 0.8 else pick(r, DATE_POS)
    if family == "hotel_booking" and idx in (1, 3):
        s["date_pos"] = "time_rel"  # «۵ دقیقه مطالعه · ۲ روز پیش»: a booking blog's head
    # a twelve-hour clock in the host's digits («۱۰:۲۰ ب.ظ»), as WordPress themes set to Persian print it
    s["ampm"] = r.random() < (0.5 if family in ("hotel_booking", "free_zone") else 0.2)
    s["upd_below"] = s["date_pos"] == "head" and r.random() < 0.25
    s["today"] = r.random() < 0.4
    # the header's day in three calendars (a provincial agency's «امروز: … - … ۱۴۴۴ - … ۲۰۲۳»)
    s["today3"] = s["today"] and r.random() < (0.8 if family == "awqaf_endowment" else 0.4)
    s["sec"] = SEC_FORMS[slot % len(SEC_FORMS)] if r.random() < 0.85 else pick(r, SEC_FORMS)
    if family == "free_zone" and idx % 2 == 0:
        s["sec"] = "url"  # the zone's portals: ``/fa/<Persian section slug>/123456``, the page naming no section
    if (family, idx) in (("standards_agency", 2), ("carpet_trade", 1)):
        s["sec"] = "title_only"
    if (family, idx) in (("pharma_fda", 3), ("hotel_booking", 3)):
        s["sec"] = "crumb_ld"  # a WordPress site with an SEO plugin: the trail only in its JSON-LD
    s["side_head"] = pick(r, SIDE_HEADS)
    s["side_first"] = r.random() < 0.4
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, SEPS)
    s["sec_label"] = pick(r, SEC_LABELS)
    s["sur_p"] = pick(r, [0.0, 0.3, 0.6, 0.8])  # روتیتر above the headline
    s["sur_label"] = r.random() < 0.15  # «روتیتر: …» spelled out (a print view's habit)
    s["lead_p"] = pick(r, [0.2, 0.5, 0.85])
    s["lead_label"] = pick(r, [None, None, None, None, "خلاصه:", "چکیده:", "خلاصه خبر:"]
                           if family not in ("standards_agency", "notary_registry")
                           else ["خلاصه:", "چکیده:", None])
    s["credit"] = CREDITS[(slot + 3) % len(CREDITS)]
    if family == "awqaf_endowment" and idx == 3:
        s["credit"] = "pr_office"  # a provincial endowments office's news is its public-relations office's
    s["agency"] = "none" if s["credit"] in NO_AGENCY else pick(r, ["keep", "keep", "credit", "credit"])
    s["end"] = pick(r, END_MARKS)
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.4))
    s["menu_joined"] = pick(r, [" | ", None, None])
    s["code"] = pick(r, ["کد خبر: {n}", "کد خبر {n}", "شناسه خبر: {n}", None])
    if s["sec"] == "code_row" and not s["code"]:
        s["code"] = "کد خبر: {n}"
    # Nastooh's row: the news code, the date (when it is at the head) and the service in one line
    s["code_row"] = s["sec"] == "code_row" or (s["code"] is not None and r.random() < 0.35)
    s["short_link"] = pick(r, [None, "لینک کوتاه: {u}", "کپی لینک کوتاه {u}", "لینک کوتاه خبر: {u}"])
    # the news code beside the short link at the foot («کد خبر: ۱۲۳۴۵۶ | لینک کوتاه: …»), not at the head
    s["code_foot"] = bool(s["short_link"] and s["code"] and not s["code_row"]) and stable(domain, "foot") % 5 < 2
    s["views"] = pick(r, [None, "تعداد بازدید: {n}", "{n} بازدید"])
    s["reading"] = pick(r, [None, "{n} دقیقه مطالعه", "زمان مطالعه: {n} دقیقه"])
    if s["date_pos"] == "time_rel":
        s["reading"] = "{n} دقیقه مطالعه"
    s["tools"] = pick(r, [None, "نسخه چاپی | ارسال به دوستان | ذخیره", "🖨 چاپ | 📧 ارسال", "A+ | A- | چاپ"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "lines", "کلیدواژه‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "lines"])
    s["captions"] = r.random() < (0.7 if family in ("carpet_trade", "hotel_booking", "awqaf_endowment") else 0.3)
    s["cap_form"] = pick(r, ["عکس {i}: {c}", "تصویر {i} - {c}", "{i}. {c}"])
    s["more_inline"] = pick(r, [None, "بیشتر بخوانید: ", "بخوانید: ", "box"])
    s["gozaresh_head"] = pick(r, ["گزارش از: {a}", "گزارش و عکس: {a}", "گزارش: {a}"])
    s["comment_form"] = r.random() < 0.5
    # readers' comments as a thread: likes under each, the editor's replies (booking blogs, legal desks)
    s["thread"] = r.random() < (0.8 if family in ("hotel_booking", "notary_registry") else 0.35)
    s["comment_counts"] = s["comment_form"] and r.random() < 0.6
    s["tabs"] = pick(r, [None, "پربازدیدترین | پربحث‌ترین | آخرین اخبار", "پربیننده‌ها | پربحث‌ها",
                         "داغ‌ترین‌ها | آخرین‌ها"])
    s["weather"] = r.random() < 0.3
    s["currency"] = r.random() < (0.6 if family in ("carpet_trade", "free_zone") else 0.2)
    s["city"] = pick(r, CITIES)
    s["widget"] = pick(r, [None, "side", "post", "post", "inside"])
    s["ticker"] = r.random() < 0.3
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", None])
    s["author"] = pick(r, [None, "نویسنده: {a}", "خبرنگار: {a}", "{a}", "به قلم {a}"])
    # a blog's byline under the headline: the writer and the reading time on one line
    s["byline"] = pick(r, [None, None, None, None, None, "نویسنده: {a} | {n} دقیقه مطالعه",
                           "{a} | زمان مطالعه: {n} دقیقه", "نوشته {a} · {n} دقیقه مطالعه"])
    if family == "hotel_booking" and idx in (0, 2):
        s["byline"] = "نویسنده: {a} | {n} دقیقه مطالعه"
    if s["date_pos"] == "time_rel":
        s["byline"] = None  # the head's «۵ دقیقه مطالعه · ۲ روز پیش» carries the reading time
    if s["byline"]:
        s["author"] = s["reading"] = None
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["pr_org"] = "روابط عمومی " + (name if r.random() < 0.4 else PR_OFFICES[family])
    s["footer"] = [pick(r, [f"کلیه حقوق برای {name} محفوظ است.", "© تمامی حقوق محفوظ است",
                            f"© {dg(1402, s['digits'])} {name}", f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | آگهی", "قوانین و مقررات - حریم خصوصی - تماس با ما",
                            f"طراحی و پشتیبانی: {pick(r, ['نستوه', 'وب‌آرا', 'سامانه‌گستر', 'رایان طرح'])}"])]
    if r.random() < 0.5:
        s["footer"].insert(1, pick(r, COPYRIGHTS))
    s["crumb_lines"] = r.random() < 0.6  # a trail under the headline kept an item a line (a text dump of an <ol>)
    s["newsletter"] = pick(r, [None, None, f"کانال {name} در ایتا و بله", "عضویت در خبرنامه | ایمیل شما"])
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_form"] = pick(r, ["title_site", "title_site", "title_site", "site_title", "site_title", "site_title",
                               "sec_title_site", "title_sec_site"])
    if s["sec"] == "title_only" and s["title_form"] not in ("sec_title_site", "title_sec_site"):
        s["title_form"] = "title_sec_site" if stable(domain, "title") % 2 else "sec_title_site"
    s["title_top"] = s["sec"] == "title_only" or r.random() < 0.2  # a text dump starts with the <title>
    s["html_p"] = pick(r, [0.0, 0.2, 0.4, 0.6]) if idx else pick(r, [0.1, 0.3])
    if s["sec"] in MARKUP_FORMS or s["date_pos"] in ("meta_only", "time_rel"):
        s["html_p"] = 0.65
    if family == "hotel_booking":  # booking blogs are modern sites: saved as HTML more often than not
        s["html_p"] = max(s["html_p"], 0.5)
    s["logo_h1"] = r.random() < 0.3
    s["shape"] = SHAPES[(stable(seed, domain, "shape") + idx) % len(SHAPES)]
    s["amp_p"] = 0.3 if s["shape"] == "nastooh" or family == "free_zone" else 0.0
    s["print_p"] = 0.2 if r.random() < 0.35 or family == "notary_registry" else 0.0
    s["meta"] = s["sec"] == "og_only" or s["date_pos"] == "meta_only" or (
        s["sec"] != "jsonld_only" and r.random() < 0.5)
    s["utc_meta"] = r.random() < (0.6 if family == "hotel_booking" else 0.2)
    if family == "hotel_booking" and idx % 2 == 0:
        s["meta"] = True
    s["jsonld"] = s["sec"] == "jsonld_only" or (s["sec"] != "og_only" and r.random() < 0.4)
    if s["sec"] in ("title_only", "crumb_ld"):  # no ``article:section`` nor ``articleSection``: one place names it
        s["meta"] = s["jsonld"] = False
        if s["date_pos"] == "meta_only":
            s["date_pos"] = "head"
    s["time_el"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.5
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["url_date"] = r.random() < 0.3
    s["slug"] = r.random() < 0.5
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- dates

def clock(t: dt.datetime, ampm: bool) -> str:
    """The time of day: ``10:20``, or on a twelve-hour clock ``10:20 ب.ظ`` (ق.ظ before noon, ب.ظ after).

    ``clock(dt.datetime(2023, 6, 2, 22, 20), True)`` -> «10:20 ب.ظ»; at 00:05 -> «12:05 ق.ظ» (the host's digits are
    put in later)."""
    if not ampm:
        return f"{t.hour:02d}:{t.minute:02d}"
    return f"{(t.hour + 11) % 12 + 1:02d}:{t.minute:02d} {'ب.ظ' if t.hour >= 12 else 'ق.ظ'}"


def v_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """A date in the host's style: V's own (the Jalali with its Hijri-qamari twin, the Jalali with the Gregorian
    in parentheses) or one of U's and H's, the clock twelve-hour when ``ampm``.

    ``v_date(dt.datetime(2023, 6, 2, 10, 20), "jal_qamari", "fa")`` -> «۱۲ خرداد ۱۴۰۲ - ۱۳ ذی‌القعده ۱۴۴۴ - ۱۰:۲۰»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hm = clock(t, ampm)
    mon = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    if style == "jal_qamari":
        hy, hmn, hd = hijri(t.date())
        s = f"{mon} - {hd} {HMONTHS[hmn - 1]} {hy}" + (f" - {hm}" if time else "")
    elif style == "jal_greg_paren":
        s = f"{mon} ({t.day} {GMONTHS[t.month - 1]} {t.year})" + (f" ساعت {hm}" if time else "")
    elif style == "isna":
        s = f"{WEEKDAYS[t.weekday()]} / {mon}" + (f" / {hm}" if time else "")
    elif style == "time_first":
        s = (f"{hm} - " if time else "") + mon
    elif style == "irna":
        s = mon + (f"، {hm}" if time else "")
    elif style == "jal_hyph":
        s = f"{j.year}-{j.month:02d}-{j.day:02d}" + (f" {hm}" if time else "")
    else:
        s = fmt_date(t, style, "en", time)
        if time and ampm:
            s = s.replace(f"{t.hour:02d}:{t.minute:02d}", hm, 1)
    return dg(s, digits)


def three_calendars(t: dt.datetime, digits: str) -> str:
    """The header's day in three calendars, as provincial agencies print it: «پنج‌شنبه ۱۳ آذر ۱۴۰۵ - ۲۲ جمادی‌الثانی
    ۱۴۴۸ - ۴ دسامبر ۲۰۲۶»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hy, hmn, hd = hijri(t.date())
    return dg(f"{WEEKDAYS[t.weekday()]} {j.day} {JMONTHS[j.month - 1]} {j.year} - {hd} {HMONTHS[hmn - 1]} {hy} - "
              f"{t.day} {GMONTHS[t.month - 1]} {t.year}", digits)


def date_line(h: Host, pub: dt.datetime) -> str:
    s = h.s
    d = v_date(pub, s["date"], s["digits"], s["time"], s["ampm"])
    return f"{s['date_label']} {d}" if s["date_label"] else d


def shows_time(h: Host) -> bool:
    return h.s["time"] and h.s["date"] != "jal_greg"


def v_title(h: Host, title: str, sec: str | None) -> str:
    """The page's ``<title>``: R's forms, or the title, the service and the site («عنوان - سرویس - سایت»). A host
    whose ``<title>`` has a service names it there on every page that has one."""
    if h.s["title_form"] == "title_sec_site" and sec:
        return f"{title} - {sec} - {h.name}"
    return title_string(h, title, sec)


def head_html(h: Host, gold: dict, meta: dict | None, pub: dt.datetime | None, amp: bool) -> list[str]:
    """U's ``<head>`` with V's ``<title>``."""
    head = _head_html(h, gold, meta, pub, amp)
    if gold["title"]:
        sec = gold["section"] if meta and (meta["form"] == "title_only" or h.s["title_form"] in SEC_TITLES) else None
        head[0] = f"<title>{html.escape(v_title(h, gold['title'], sec))}</title>"
    if meta and meta["form"] == "crumb_ld" and gold["section"]:
        ld = json.dumps(breadcrumb_ld(h, meta, gold["title"]), ensure_ascii=False)
        head.append(f'<script type="application/ld+json">{ld}</script>')
    return head


def breadcrumb_ld(h: Host, meta: dict, title: str) -> dict:
    """The trail as an SEO plugin (Yoast) writes it into JSON-LD (``BreadcrumbList``): home, the sections, and the
    page's own title last, without a link."""
    items = [(h.s["home"] if h.s["home"] not in (None, "🏠") else h.name, f"https://{h.domain}/"),
             *[(x, f"https://{h.domain}/category/{x.replace(' ', '-')}/") for x in meta["chosen"]]]
    return {"@context": "https://schema.org", "@type": "BreadcrumbList",
            "itemListElement": [{"@type": "ListItem", "position": i + 1, "name": n, "item": u}
                                for i, (n, u) in enumerate(items)]
            + [{"@type": "ListItem", "position": len(items) + 1, "name": title}]}


# ---------------------------------------------------------------------------------------------- pieces

DRUGS = [("آموکسی‌سیلین ۵۰۰", 48_000), ("انسولین قلمی", 310_000), ("سالبوتامول اسپری", 95_000),
         ("سفکسیم ۴۰۰", 120_000), ("لووتیروکسین", 36_000), ("آتورواستاتین ۲۰", 54_000)]
OPENINGS = ["دفاع سیسیلی", "گامبی وزیر", "دفاع هندی شاه", "بازی اسپانیایی", "دفاع فرانسه", "دفاع کاروکان"]
SHRINES = ["امامزاده صالح", "امامزاده داوود", "بقعه شاهچراغ", "امامزاده هاشم", "امامزاده یحیی"]
GOODS = [("بخاری گازی", "مهر"), ("آبگرمکن", "گرما"), ("کپسول آتش‌نشانی", "ایمن"), ("کلاه ایمنی", "سپر"),
         ("لاستیک خودرو", "روان"), ("اسباب‌بازی", "شادی")]
CARPETS = [("فرش دستباف کاشان", 9_500_000), ("فرش تبریز ۵۰ رج", 14_000_000), ("گلیم قشقایی", 3_200_000),
           ("فرش ماشینی ۷۰۰ شانه", 1_800_000), ("قالیچه نائین", 22_000_000)]
FEES = [("صدور سند تک‌برگ", 1_500_000), ("تنظیم وکالت‌نامه", 2_400_000), ("ثبت قرارداد اجاره", 900_000),
        ("استعلام ملک", 350_000), ("گواهی امضا", 280_000)]
FERRIES = ["بندر چارک - کیش", "بندرعباس - قشم", "کیش - بندر آفتاب", "قشم - لافت", "چابهار - کنارک"]
HOTELS = [("هتل پارسیان", 4), ("هتل مریم", 5), ("اقامتگاه خانه باغ", 0), ("هتل آپارتمان ساحل", 3),
          ("هتل شایان", 5), ("اقامتگاه بوم‌گردی کوهپایه", 0)]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's own box beside, inside or after the story; its numbers change per page."""
    d, f = h.s["digits"], h.family
    if f == "pharma_fda":
        rows = ([pick(r, ["وضعیت تأمین دارو", "داروهای پرتقاضا"]), "دارو | وضعیت | قیمت (تومان)"] + [
            f"{a} | {pick(r, ['موجود', 'کمیاب', 'توزیع محدود'])} | {b + r.randint(-b // 10, b // 10):,}"
            for a, b in r.sample(DRUGS, 3)]) if r.random() < 0.6 else [
            "داروخانه‌های شبانه‌روزی", *[f"داروخانه {pick(r, LAST)} | منطقه {r.randint(1, 22)}" for _ in range(2)],
            "سامانه پاسخگویی: ۱۹۰"]
    elif f == "chess_federation":
        rows = ([pick(r, ["فهرست ریتینگ ملی", "ده نفر برتر ریتینگ"]), "بازیکن | ریتینگ | تغییر"] + [
            f"{pick(r, FIRST)} {pick(r, LAST)} | {r.randint(2300, 2750)} | {pick(r, ['+', '-'])}{r.randint(1, 25)}"
            for _ in range(3)]) if r.random() < 0.6 else [
            f"نتایج دور {r.randint(2, 11)}", "میز | سفید | سیاه | نتیجه"] + [
            f"{k} | {pick(r, LAST)} | {pick(r, LAST)} | {pick(r, ['1-0', '0-1', '½-½'])}" for k in range(1, 4)]
    elif f == "awqaf_endowment":
        rows = [pick(r, ["اوقات شرعی", f"اوقات شرعی به افق {h.s['city']}"]),
                f"اذان صبح: 0{r.randint(3, 5)}:{r.randint(10, 59)}",
                f"طلوع آفتاب: 0{r.randint(5, 6)}:{r.randint(10, 59)}",
                f"اذان ظهر: 12:{r.randint(10, 59)}", f"اذان مغرب: {r.randint(17, 20)}:{r.randint(10, 59)}"]
        if r.random() < 0.4:
            rows.append(f"زیارت مجازی {pick(r, SHRINES)}")
    elif f == "standards_agency":
        rows = ([pick(r, ["کالاهای فاقد نشان استاندارد", "فهرست فراخوان کالا"]), "کالا | نام تجاری | وضعیت"] + [
            f"{a} | {b} {r.randint(1, 99)} | {pick(r, ['جمع‌آوری', 'توقیف', 'اخطار'])}"
            for a, b in r.sample(GOODS, 3)]) if r.random() < 0.6 else [
            "استعلام نشان استاندارد", "کد ۱۰ رقمی کالا را به ۱۰۰۰۱۵۱۷ پیامک کنید",
            f"استعلام‌های امروز: {r.randint(1000, 90000):,}"]
    elif f == "carpet_trade":
        rows = ([pick(r, ["قیمت روز فرش", "نرخ فرش در بازار"]), "نوع فرش | هر متر مربع (تومان)"] + [
            f"{a} | {b + r.randint(-b // 10, b // 10):,}" for a, b in r.sample(CARPETS, 3)]) if r.random() < 0.6 else [
            pick(r, ["تا نمایشگاه فرش دستباف", "روزشمار نمایشگاه فرش"]), f"{r.randint(2, 200)} روز مانده",
            "ثبت‌نام غرفه‌داران آغاز شد"]
    elif f == "notary_registry":
        rows = [pick(r, ["تعرفه خدمات ثبتی", "هزینه خدمات دفاتر اسناد رسمی"]), "خدمت | هزینه (ریال)"] + [
            f"{a} | {b + r.randint(0, b // 10) // 1000 * 1000:,}" for a, b in r.sample(FEES, 3)]
    elif f == "free_zone":
        rows = [pick(r, ["برنامه حرکت شناورها", "حرکت کشتی‌های مسافربری امروز"]), "مسیر | ساعت حرکت"] + [
            f"{x} | {r.randint(6, 19):02d}:{pick(r, ['00', '30', '15'])}" for x in r.sample(FERRIES, 3)]
        if r.random() < 0.5:
            rows.append(f"دمای هوا {r.randint(18, 46)}° | رطوبت {r.randint(30, 95)}٪")
    else:
        rows = [pick(r, ["پیشنهاد ویژه امروز", "هتل‌های پرطرفدار"]), "هتل | ستاره | هر شب (تومان)"] + [
            f"{a} | {'⭐' * b if b else 'بوم‌گردی'} | {r.randint(8, 90) * 100_000:,}" for a, b in r.sample(HOTELS, 3)]
        return [dg(x, d) for x in rows] + [f"کد تخفیف: HOTEL{r.randint(10, 99)}"]  # (a code keeps its digits)
    return [dg(x, d) for x in rows]

# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        day = three_calendars(today, s["digits"]) if s["today3"] else v_date(today, "irna", s["digits"], time=False)
        pg.add("top", "c", ("امروز: " if stable(h.domain, 23) % 2 else "") + day)
    for x in strips(h, r):
        pg.add("top", "c", x)
    if s["ticker"] and others:
        pg.add("top", "c", pick(r, ["خبر فوری:", "تیتر یک:", "آخرین اخبار:"]))
        for t in others[-3:]:
            pg.add("top", "c", t)
    items = [s["home"] or h.name] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)


def side_box(pg: Page, h: Host, r: random.Random, sec: str | None, others: list[str]) -> None:
    """The side column: a «آخرین اخبار <section>» box, the most-read tabs and the family widget."""
    if sec:
        pg.add("side", "c", h.s["side_head"].format(s=sec))
        for t in others[3:3 + r.randint(3, 5)]:
            pg.add("side", "c", t)
    if h.s["tabs"] and len(others) > 9:
        pg.add("side", "c", h.s["tabs"])
        for t in others[8:11]:
            pg.add("side", "c", t)
    if h.s["widget"] == "side":
        for x in widget(h, r):
            pg.add("side", "c", x)


def story_lines(pg: Page, h: Host, r: random.Random, paras: list[str], others: list[str]) -> None:
    """The story's paragraphs with what a CMS puts between them: numbered photo captions, «بیشتر بخوانید»
    links to other stories, the family's box."""
    s = h.s
    n = len(paras)
    caps = r.sample(CAPTIONS[h.family], min(3, max(1, n // 3))) if s["captions"] and n >= 2 else []
    cap_at = sorted(r.sample(range(n), len(caps))) if caps else []
    more_at = r.randint(1, n - 1) if s["more_inline"] and n >= 3 and others and r.random() < 0.6 else -1
    box_at = r.randint(1, n - 1) if s["widget"] == "inside" and n >= 3 else -1
    for i, p in enumerate(paras):
        if i in cap_at:
            k = cap_at.index(i)
            pg.add("body", "c", dg(s["cap_form"].format(i=k + 1, c=caps[k]), s["digits"]))
        if i == more_at:
            if s["more_inline"] == "box":
                pg.add("body", "c", "بیشتر بخوانید")
                for t in others[5:7]:
                    pg.add("body", "c", t)
            else:
                pg.add("body", "c", s["more_inline"] + others[(5 + i) % len(others)])
        if i == box_at:
            for x in widget(h, r):
                pg.add("body", "c", x)
        pg.add("body", "body", p)


def comment_block(pg: Page, h: Host, r: random.Random) -> None:
    """The comments: Nastooh's counts, a few comments (on a threaded host: their likes and the editor's replies,
    the count of comments above them), the «ارسال نظر» form with its rules."""
    s, d = h.s, h.s["digits"]
    if s["comment_counts"]:
        pg.add("comments", "c", dg(f"انتشار یافته: {r.randint(0, 9)} | در انتظار بررسی: {r.randint(0, 9)} | "
                                   f"غیر قابل انتشار: {r.randint(0, 3)}", d))
    n = r.randint(1, 4) if s["thread"] else r.randint(0, 2)
    if s["thread"]:
        pg.add("comments", "c", dg(pick(r, [f"{n} دیدگاه", f"نظرات کاربران ({n})", f"{n} نظر"]), d))
    for _ in range(n):
        pg.add("comments", "c", f"{pick(r, FIRST)} | {relative(r, d)}")
        pg.add("comments", "c", pick(r, COMMENTS))
        if s["thread"]:
            pg.add("comments", "c", dg(f"👍 {r.randint(0, 40)} 👎 {r.randint(0, 9)} | پاسخ", d))
            if r.random() < 0.5:
                pg.add("comments", "c", pick(r, REPLIES))
    if s["comment_form"]:
        pg.add("comments", "c", "ارسال نظر")
        for x in r.sample(COMMENT_RULES, 2):
            pg.add("comments", "c", x)
        for x in ("نام", "ایمیل", "نظر شما", "ارسال"):
            pg.add("comments", "c", x)


def trail_after(pg: Page, h: Host, fmt: str, chosen: tuple[str, ...]) -> None:
    """The trail under the headline (Hamshahri-like): an ``<ol>`` of links in HTML, in a text dump an item a line
    or one line joined by the host's separator; its last item is the section."""
    items = [h.s["home"] or h.name, *chosen]
    if fmt == "html" or h.s["crumb_lines"]:
        for x in items:
            pg.add("trail", "c", x)
    else:
        pg.add("trail", "c", h.s["sep"].join(items))


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """The page of a story on ``h``; ``variant`` is ``page``, ``amp`` (HTML) or ``print`` (a print view:
    no menu, no boxes, the date under the headline, the page's address at the foot)."""
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 600), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(1, 40), hours=r.randint(1, 20))
    printed = variant == "print"
    pg = Page()
    title = st["title"]
    form = s["sec"]
    chosen = s["chosen"][stable(st["key"], h.domain) % len(s["chosen"])]
    if r.random() < 0.06:
        form = "none"
    if form in MARKUP_FORMS and fmt != "html":
        form = "none"  # a flat-text dump loses the metas, the category link, the JSON-LD and the menu's class
    if printed and form not in ("label", "label_sub", "kicker", "code_row", "crumb_sub") + (
            ("title_only",) if fmt == "html" else ()):
        form = "none"  # a print view keeps the head's labels, not the menu, boxes or metas
    if form in ("menu_active", "sidebar", "crumb_home", "kicker", "label", "code_row", "url", "title_only",
                "foot_label", "cattag"):
        chosen = chosen[:1] if form == "menu_active" else chosen[-1:]
    gold_sec = chosen[-1] if form != "none" else None
    pos = "head" if printed else s["date_pos"]
    url = page_url(h, st, chosen, pub, form == "url")
    url_line = fmt == "txt" and not printed and (form == "url" or (s["url_date"] and pos == "meta_only"))
    if url_line:
        pg.add("top", "c", url)
    if s["title_top"] and fmt == "txt" and not printed:
        pg.add("top", "c", v_title(h, title, gold_sec if form == "title_only" or s["title_form"] in SEC_TITLES
                                   else None))
    if printed:
        pg.add("top", "c", h.name)
        pg.add("top", "c", pick(r, ["نسخه قابل چاپ", "🖨 چاپ این صفحه"]))
    else:
        header(pg, h, r, crawl, others)
        if s["side_first"]:
            side_box(pg, h, r, gold_sec if form == "sidebar" else None, others)
    sline = section_line(h, form, chosen, title)
    if sline and form in ("crumb_home", "crumb_sub"):
        pg.add("crumb", "c", sline)
    sur = None
    if r.random() < s["sur_p"]:
        sur = pick(r, SURTITLES[h.family])
    if form == "kicker":
        pg.add("head", "c", chosen[-1])
    pg.add("head", "sur", ("روتیتر: " + sur) if sur and s["sur_label"] and printed else sur)
    pg.add("head", "title", title)
    author = pick(r, s["authors"])
    minutes = max(1, sum(len(p) for p in paras) // 900)
    if s["byline"]:
        pg.add("head", "c", dg(s["byline"].format(a=author, n=minutes), d))
    if form == "crumb_after":
        trail_after(pg, h, fmt, chosen)
    rel = since(crawl - pub, d) if pos in ("time_rel", "rel_foot") else None
    date_txt = date_line(h, pub)
    head_dates = [date_txt] if pos == "head" else []
    foot_dates = [date_txt if s["date_label"] else "تاریخ انتشار: " + date_txt] if pos in ("foot", "rel_foot") else []
    code = dg(s["code"].format(n=stable(st["key"], h.domain, "code") % 9000000 + 1000000), d) if s["code"] else None
    if s["code_row"] and code and not printed:
        row = [code, *head_dates] + ([f"{s['sec_label']} {chosen[-1]}"] if form == "code_row" else [])
        head_dates = [" | ".join(row)]
        code = None
    elif form == "code_row":
        head_dates.append(f"{s['sec_label']} {chosen[-1]}")
    if rel and pos == "time_rel" and s["reading"] and not printed:
        rel = dg(s["reading"].format(n=minutes), d) + " · " + rel
    for x in head_dates:
        pg.add("head", "c", x)
    if rel:
        pg.add("head", "c", rel)
    if s["upd_below"] and not printed:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + v_date(upd, s["date"], d, s["time"], s["ampm"]))
    if form in ("label", "label_sub"):
        pg.add("head", "c", sline)
    if s["credit"] == "naghl_head":
        pg.add("head", "c", credit_text(h, r, agency, author))
    if s["views"] and not printed:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
    if s["reading"] and pos != "time_rel" and not printed:
        pg.add("head", "c", dg(s["reading"].format(n=minutes), d))
    if code and not (s["code_foot"] and not printed):
        pg.add("head", "c", code)
    if s["tools"] and not printed:
        pg.add("head", "c", s["tools"])
    if lead:
        pg.add("head", "lead", lead)  # (a label before it is added when the page is written)
    if s["credit"] == "reporter":
        pg.add("head", "c", pick(r, ["به گزارش خبرنگار ما", f"خبرنگار {h.name}", "خبرنگار اعزامی ما"]))
    if agency and s["credit"] == "dateline":
        paras = [dateline(h, agency) + paras[0], *paras[1:]]
    if printed:
        for p in paras:
            pg.add("body", "body", p)
    else:
        story_lines(pg, h, r, paras, others)
    if s["credit"] not in ("reporter", "dateline", "logo", "naghl_head"):  # the story's last line
        pg.add("post", "c", credit_text(h, r, agency, author))
    pg.add("post", "c", s["end"])
    for x in foot_dates:
        pg.add("post", "c", x)
    if form == "foot_label":
        pg.add("post", "c", pick(r, ["منتشر شده در: ", "دسته‌بندی: ", "بایگانی: "]) + chosen[-1])
    if s["author"] and s["credit"] not in ("gozaresh", "gozaresh_person"):
        pg.add("post", "c", s["author"].format(a=author))
    if printed:
        pg.add("post", "c", f"نشانی مطلب: {url}")
    else:
        if s["short_link"]:
            link = s["short_link"].format(u=short_link(h, st))
            pg.add("post", "c", f"{code} | {link}" if code and s["code_foot"] else link)
        if s["tags"]:
            for x in tag_line(h, r, st):
                pg.add("post", "c", x)
        if s["share"] == "lines":
            for x in ("تلگرام", "واتس‌اپ", "ایتا", "بله"):
                pg.add("post", "c", x)
        elif s["share"]:
            pg.add("post", "c", s["share"] + " ایتا | بله | تلگرام | ایکس")
        for x in s["after"]:
            if r.random() < 0.85:
                pg.add("post", "c", x)
        if s["widget"] == "post":
            for x in widget(h, r):
                pg.add("box", "c", x)
        if s["related"] and others:
            pg.add("related", "c", s["related"])
            for t in others[: r.randint(3, 5)]:
                pg.add("related", "c", t)
        if not s["side_first"]:
            side_box(pg, h, r, gold_sec if form == "sidebar" else None, others)
        comment_block(pg, h, r)
        if s["newsletter"]:
            pg.add("foot", "c", s["newsletter"])
    for x in s["footer"]:
        pg.add("foot", "c", x)
    dated: bool | str = True
    if pos == "time_rel":  # only «۲ روز پیش» on the page: the day is in <time datetime> (HTML) or nowhere
        dated = fmt == "html"
    if pos == "meta_only":  # no visible date: the meta / JSON-LD, else the URL's day, else none
        dated = fmt == "html" and (s["meta"] or s["jsonld"])
    if not dated and url_line and s["url_date"]:  # a text dump that keeps its URL keeps the URL's day
        dated = "url"
    meta = {"section": gold_sec, "form": form, "dated": dated, "author": author, "url": url, "chosen": chosen,
            "surtitle": sur, "rel": rel, "pos": pos, "date_line": date_txt if pos == "head" else None,
            "variant": variant}
    return pg, meta, lead


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}", "آخرین اخبار"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه خبر", v_date(
                crawl - dt.timedelta(days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۲۴ صفحه بعد", d))
    elif kind == "chrome_only":
        for x in ("تماس با ما", f"نشانی: {pick(r, CITIES)}، خیابان {pick(r, ['امام', 'استقلال', 'بهار'])}، پلاک ۸",
                  dg(f"تلفن: 0{r.randint(21, 87)}-{r.randint(3000000, 8999999)}", d), f"ایمیل: info@{h.domain}",
                  "نام و نام خانوادگی", "موضوع پیام", "ارسال"):
            pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["خطای ۴۰۴ - صفحه مورد نظر یافت نشد", "خبر مورد نظر یافت نشد",
                                     "دسترسی به این صفحه امکان‌پذیر نیست"]))
        pg.add("body", "c", pick(r, ["ممکن است این خبر حذف شده یا نشانی آن تغییر کرده باشد.",
                                     "لطفاً بعداً دوباره تلاش کنید."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """The page in the host's CMS shape: Nastooh's agency page (item-header / item-body / item-footer), a
    WordPress theme, Bootstrap portal columns or a Drupal node; an AMP twin (``<html amp>``, the menu in
    ``<amp-sidebar>``) or a print view when ``meta["variant"]`` says so."""
    s, c = h.s, h.s["cls"]
    variant = meta["variant"] if meta else "page"
    amp = variant == "amp"
    shape = "print" if variant == "print" else s["shape"]
    sec = gold["section"]
    title_tag = "h2" if s["logo_h1"] and not amp else "h1"
    active = sec if meta and meta["form"] == "menu_active" else None
    on = ' class="active"'

    def nav_item(t: str) -> str:
        cur = ' class="active"' if active and t == active else ""
        return f'<li{cur}><a href="/fa/service/{stable(t) % 99}">{_esc(h, t)}</a></li>'

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            return f'<{title_tag} class="{"first-title" if shape == "nastooh" else c[0]}">{_esc(h, t)}</{title_tag}>'
        if role == "body":
            return f"<p>{_inline(h, r, t)}</p>"
        if role == "lead":
            lab = s["lead_label"]
            inner = _esc(h, t[len(lab) + 1:]) if lab and t.startswith(lab + " ") else _esc(h, t)
            pre = f"<strong>{_esc(h, lab)}</strong> " if lab and t.startswith(lab + " ") else ""
            cls = "summary introtext" if shape == "nastooh" else c[2]
            return f'<p class="{cls}" itemprop="description">{pre}{inner}</p>'
        if role == "sur":
            return f'<h3 class="{"kicker" if shape == "nastooh" else c[3]}">{_esc(h, t)}</h3>'
        if region == "top" and t == h.name and s["logo_h1"] and not amp:
            return f'<h1 class="logo"><a href="/"><img src="/images/logo.png" alt="{html.escape(h.name)}">' \
                   f'{_esc(h, t)}</a></h1>'
        if region == "nav" and s["menu_joined"]:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/fa/service/{stable(x) % 99}"{on if active and x == active else ""}>{_esc(h, x)}</a>'
                for x in t.split(s["menu_joined"])) + "</div>"
        if region == "nav":
            return nav_item(t)
        if t in titles and region in ("related", "side", "body", "top"):
            return f'<li><a href="/fa/news/{stable(t) % 999999}">{_esc(h, t)}</a></li>'
        if region == "body" and role == "c" and any(t.endswith(x) for x in CAPTIONS[h.family]):
            src = f"/files/fa/news/{stable(t) % 9999}.jpg"
            img = (f'<amp-img src="{src}" width="600" height="400" layout="responsive"></amp-img>' if amp
                   else f'<img src="{src}" alt="">')
            return f"<figure>{img}<figcaption>{_esc(h, t)}</figcaption></figure>"
        if meta and t == meta.get("rel") and pub is not None:
            return f'<time datetime="{_stamp(pub, s["utc_meta"])}">{_esc(h, t)}</time>'
        if pub is not None and meta and s["time_el"] and meta.get("date_line") and t == meta["date_line"]:
            return f'<time datetime="{_stamp(pub, s["utc_meta"])}">{_esc(h, t)}</time>'
        if region == "comments" and t in ("نام", "ایمیل", "نظر شما"):
            tag = "textarea" if t == "نظر شما" else "input"
            return f'<label>{_esc(h, t)}</label><{tag} name="f{stable(t) % 99}"></{tag}>' if tag == "textarea" \
                else f'<div class="form-group"><label>{_esc(h, t)}</label><input type="text"></div>'
        if region == "comments" and t == "ارسال":
            return f'<button type="submit">{_esc(h, t)}</button>'
        if region == "comments" and t.startswith("👍"):
            likes, _, reply = t.rpartition(" | ")
            return (f'<div class="comment-actions"><span class="like">{_esc(h, likes)}</span> | '
                    f'<a class="reply" href="#respond">{_esc(h, reply)}</a></div>')
        if region == "comments" and t in REPLIES:
            return f'<div class="comment-reply admin"><p>{_esc(h, t)}</p></div>'
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def trail(ls: list[tuple[str, str]]) -> str:
        items = "\n".join(f'<li class="breadcrumb-item"><a href="/fa/{html.escape(t.replace(" ", "-"))}">'
                          f'{_esc(h, t)}</a></li>' for _, t in ls)
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">\n{items}\n</ol></nav>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        if region == "trail":
            return trail(ls)
        inner = _lists([line(ro, t, region) for ro, t in ls])
        if amp and region == "nav":
            return f'<amp-sidebar id="sidebar" layout="nodisplay" side="right"><nav>\n{inner}\n</nav></amp-sidebar>'
        if shape == "nastooh":
            cls = {"top": "header", "nav": "menu", "crumb": "item-nav row", "head": "item-header",
                   "body": "item-text", "post": "item-footer", "related": "box related", "side": "box",
                   "comments": "comments", "foot": "footer", "box": "box"}.get(region, "box")
            tag = "section" if region in ("related", "side", "comments") else "div"
            return f'<{tag} class="{cls}">\n{inner}\n</{tag}>'
        if shape in ("wp", "print"):
            tag = {"top": "header", "nav": "nav", "related": "aside", "side": "aside", "foot": "footer",
                   "comments": "section"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "drupal":
            return (f'<div class="block block-{region}" id="block-{c[6]}-{region}"><div class="content">\n{inner}\n'
                    "</div></div>")
        return f'<div class="{c[8]} {region}">\n{inner}\n</div>'

    blocks = [(region, block(region, ls)) for region, ls in pg.regions]
    extra = []
    if meta and meta["form"] == "cattag" and sec:
        extra.append(f'<div class="{c[9]}">{pick(r, ["دسته‌بندی: ", "در ", ""])}'
                     f'<a href="/category/{stable(sec) % 999}" rel="category tag">{_esc(h, sec)}</a></div>')
    if agency and s["credit"] == "logo":
        nm = AGENCIES[agency][0]
        extra.append(f'<div class="{c[10]}"><span>منبع:</span> <a href="https://www.{LOGOS[agency]}.ir">'
                     f'<img src="/img/src/{LOGOS[agency]}.png" alt="{html.escape(nm)}" width="60"></a></div>')
    story = ("crumb", "head", "trail", "body", "post")
    top = "\n".join(b for g, b in blocks if g in ("top", "nav"))
    main = "\n".join(b for g, b in blocks if g in story) + "\n" + "\n".join(extra)
    side = "\n".join(b for g, b in blocks if g == "side")
    rest = "\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav", "side", "foot"))
    foot = "\n".join(b for g, b in blocks if g == "foot")
    if amp:
        body = (f'{top}\n<header class="amp-header"><button on="tap:sidebar.toggle">☰</button></header>\n'
                f'<article class="amp-article">\n{main}\n</article>\n'
                '<amp-social-share type="telegram"></amp-social-share>\n'
                f'{rest}\n{side}\n{foot}\n<amp-analytics type="gtag"></amp-analytics>')
    elif shape == "print":
        body = f'<div class="print-page">\n{top}\n{main}\n{foot}\n</div>'
    elif shape == "nastooh":
        body = (f'{top}\n<main><div class="container"><div class="row"><div class="col-md-8">'
                f'<article class="news-item" itemscope itemtype="http://schema.org/NewsArticle">\n{main}\n</article>\n'
                f'{rest}\n</div><aside class="col-md-4">{side}</aside></div></div></main>\n{foot}')
    elif shape == "wp":
        body = (f'{top}\n<div id="primary" class="content-area"><main id="main"><article class="post type-post">\n'
                f'<div class="entry-content">\n{main}\n</div></article>\n{rest}\n</main></div>\n'
                f'<div id="secondary" class="widget-area">{side}</div>\n{foot}')
    elif shape == "drupal":
        body = (f'<div class="dialog-off-canvas-main-canvas">{top}\n<div class="layout-content">'
                f'<article role="article" class="node node--type-news node--view-mode-full">\n{main}\n</article>\n'
                f'{rest}\n</div><aside class="layout-sidebar-first">{side}</aside>\n{foot}</div>')
    else:
        body = (f'<div class="container">{top}\n<div class="row">\n<div class="col-lg-8 col-md-12">\n{main}\n'
                f'{rest}\n</div>\n<div class="col-lg-4 sidebar">\n{side}\n</div>\n</div>\n{foot}</div>')
    opening = '<html amp lang="fa" dir="rtl">' if amp else '<html lang="fa" dir="rtl">'
    onload = ' onload="window.print()"' if shape == "print" else ""
    return (f'<!DOCTYPE html>\n{opening}\n<head>\n' + "\n".join(head_html(h, gold, meta, pub, amp))
            + f'\n</head>\n<body{onload}>\n' + body + "\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def build(out_dir, n: int = 400, seed: int = 197, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="v", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-v:{seed}:page:{i}")
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        meta = None
        agency = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                pub = _pub_time(r)
                built[i] = (paras, pub)
                edits: list[str] = []
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            own = credited_agency(([lead] if lead else []) + paras)
            if own and own != agency:  # a credit the host's rewrite could not reach stays on the page
                agency = own
            if agency and h.s["credit"] == "dateline" and credited_agency(paras) not in (None, agency):
                agency = credited_agency(paras)
            whole = p["copy_of"] is not None or bool(p.get("copied"))
            variant = _variant(h, r, fmt, whole)
            others = [t for t in r.sample(titles, min(len(titles), 14)) if t != st["title"]][:12]
            pg, meta, lead = article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
            label_lead(h, pg, lead)
            paras = pg.lines("body")
            credit_line = h.s["credit"] not in (*NO_AGENCY, "dateline", "logo") or (
                h.s["credit"] == "logo" and fmt == "html")
            if agency and not credit_line:  # only the story's own credit
                agency = credited_agency(([lead] if lead else []) + paras)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": lead,
                    "surtitle": meta["surtitle"], "body_paragraphs": paras, "agency": agency,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits}
            if variant != "page":
                gold["edits"] = [*edits, f"{variant}_view"]
            if not meta["dated"]:
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                pos = meta["pos"]
                in_markup = fmt == "html" and (h.s["meta"] or h.s["jsonld"] or pos in ("time_rel", "rel_foot") or (
                    h.s["time_el"] and pos == "head" and not (h.s["code_row"] and h.s["code"]
                                                              and variant != "print")))
                visible = shows_time(h) and meta["dated"] is True and pos in ("head", "foot", "rel_foot")
                gold["published_time"] = pub.isoformat() if visible or in_markup else pub.date().isoformat()
        text = render_html(h, pg, r, gold, meta, pub, agency, set(titles)) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-v", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"v{seed}")
