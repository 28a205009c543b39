"""Family set U: eight Persian site families of public offices, trades and clubs, written blind to the extractor.

    build(out_dir, n, seed=181, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages; its frame follows ``site_families_t.py`` (R's credit
check and text helpers, H's story, date and agency helpers), its templates are its own and are modelled on
real Persian sites: the Nastooh CMS of the news agencies («کد خبر», «لینک کوتاه», «اخبار مرتبط», the comment
counts «انتشار یافته | در انتظار بررسی | غیر قابل انتشار»), newspaper portals, broadcaster pages with
Gregorian dates, tech magazines and blogs. Families (none of them in the earlier sets):

- ``veterinary_livestock`` veterinary offices and livestock news: live-animal price rows, vaccination
                           counters, «عکس ۱: …» captions inside the story;
- ``governor_office``      provincial governor's and county governor's office news: «روتیتر» lines such as
                           «در نشست شورای اداری استان مطرح شد», «روابط عمومی استانداری» credits, the day's
                           meetings table, «سامد ۱۱۱» strips;
- ``water_dam``            water and wastewater / regional water companies: dam reservoir tables
                           («سد | حجم | پرشدگی»), water-cut schedules, sections only in ``og:``/``article:`` metas;
- ``customs_tax``          customs and tax office news: customs exchange-rate rows, filing-deadline counters,
                           «کد خبر | date | سرویس» rows, Jalali dates written with hyphens «۱۴۰۲-۰۳-۱۲»;
- ``literary_translation`` translation and literary magazines: leads labelled «خلاصه:» / «چکیده:», new-books
                           tables, print views, the last paragraph a credit («گزارش از: …»);
- ``olympic_committee``    Olympic / Paralympic committee news: medal tables, countdowns, AMP pages, tabs of
                           the most read and most commented;
- ``rideshare_taxi``       car-sharing and taxi-app magazines: fare estimates, discount codes, app-store
                           strips, Virgool-like «۵ دقیقه مطالعه · ۲ روز پیش» heads with the day in ``<time>``;
- ``astronomy_club``       astronomy clubs and sky magazines: tonight's-sky boxes (sunrise / sunset, moon phase),
                           Gregorian dates with Persian month names, meta dates in UTC.

Each family has four hosts (three for ``water_dam`` and ``olympic_committee``); every host keeps its own
template (menu, tagline, date style / calendar / digits, section form and place, credit form, end marker,
widgets beside and inside the story, lines repeated after the body, DOM shape: Nastooh agency pages,
WordPress, Bootstrap portals or a Drupal node; some pages of a host come as its AMP twin or its print view).
Forms the earlier sets lack or seldom show: a روتیتر over the headline, a lead after «خلاصه:», the section
only in the URL path (``/fa/<section>/123456/<slug>``) or only in ``article:section``, in a «کد خبر: … |
سرویس: …» row, or as «سرویس: <service> - <sub>» (gold: the sub); the date only relative at the head
(«۲ ساعت پیش») with the absolute one at the foot, inside the «کد خبر» row, Jalali with hyphens, ISNA's
«شنبه / ۱۲ خرداد ۱۴۰۲ / ۱۰:۲۰», the time first «۱۰:۲۰ - ۱۲ خرداد ۱۴۰۲», metas in UTC («…Z»); «لینک کوتاه»
rows (some «کد خبر: … | لینک کوتاه: …»), numbered photo captions, «بیشتر بخوانید: …» inside the story,
«ارسال نظر» forms with their rules and comment counts, most-read / most-commented tabs, tickers, weather and
currency strips; credits «منبع: …», «به نقل از …» under the headline, «گزارش از: <reporter>» as the story's
last line (with or without an agency), «روابط عمومی …» and «خبرنگار ما» with none.

Gold as T documents it: section the most specific one the page shows (a trail's or a «سرویس:» label's last
item, a kicker, the code row, the ``<title>`` part, the URL path, a category link, the active menu item, a
sidebar box's heading, ``article:section`` / JSON-LD ``articleSection``), else null; agency only when the page
credits one; ``published_iso`` the local (Tehran) day of publication, ``published_time`` the instant with its
Tehran offset when the page shows the time or has it in markup (meta, JSON-LD, ``<time datetime>``; a meta in
UTC names the same instant), else the day. About 7% negatives, ~10% of the stories republished on a host of
another family (gold ``cluster``). Deterministic by seed.
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
    JMONTHS,
    LAST,
    WEEKDAYS,
    Host,
    _pub_time,
    dg,
    fmt_date,
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

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency"]

FAMILIES = ["veterinary_livestock", "governor_office", "water_dam", "customs_tax", "literary_translation",
            "olympic_committee", "rideshare_taxi", "astronomy_club"]
HOSTS = {
    "veterinary_livestock": [("dampezeshki-news.ir", "دامپزشکی نیوز", "پایگاه خبری دامپزشکی و بهداشت دام"),
                             ("dam-va-tiur.ir", "دام و طیور امروز", "اخبار دامداری، مرغداری و نهاده‌ها"),
                             ("news.vet-ostan.ir", "اداره کل دامپزشکی استان",
                              "پایگاه اطلاع‌رسانی اداره کل دامپزشکی"),
                             ("galleh-khabar.com", "گله خبر", "رسانه دامداران و عشایر")],
    "governor_office": [("ostandari-khabar.ir", "پایگاه خبری استانداری", "اخبار استانداری و فرمانداری‌ها"),
                        ("farmandari-shahrestan.ir", "فرمانداری شهرستان", "پایگاه اطلاع‌رسانی فرمانداری"),
                        ("shoraye-edari.ir", "شورای اداری خبر", "اخبار مدیریت و توسعه استان"),
                        ("dolat-dar-ostan.com", "دولت در استان", "گزارش سفرها و مصوبات")],
    "water_dam": [("abfa-khabar.ir", "آبفا خبر", "اخبار آب و فاضلاب شهری و روستایی"),
                  ("sad-news.ir", "سد نیوز", "پایگاه خبری سدها و منابع آب"),
                  ("ab-mantaghei-emruz.ir", "آب منطقه‌ای امروز", "اطلاع‌رسانی صنعت آب کشور")],
    "customs_tax": [("gomrok-online.ir", "گمرک آنلاین", "اخبار گمرک و تجارت خارجی"),
                    ("maliat-news.ir", "مالیات نیوز", "اخبار امور مالیاتی و اظهارنامه‌ها"),
                    ("tarkhis-kala.com", "ترخیص کالا", "رسانه ترخیص‌کاران و بازرگانان"),
                    ("eghtesad-darayi.ir", "دارایی خبر", "اخبار اقتصاد و دارایی استان")],
    "literary_translation": [("tarjomeh-mag.ir", "مجله ترجمه", "ماهنامه ادبیات ترجمه"),
                             ("adabiat-emruz.com", "ادبیات امروز", "نقد، داستان و شعر"),
                             ("ketab-o-motarjem.ir", "کتاب و مترجم", "رسانه مترجمان و ویراستاران"),
                             ("daftar-adabi.ir", "دفتر ادبی", "جستارها و گفت‌وگوهای ادبی")],
    "olympic_committee": [("olympic-khabar.ir", "المپیک خبر", "اخبار کاروان ملی و کمیته ملی المپیک"),
                          ("paralympic-news.ir", "پارالمپیک نیوز", "اخبار ورزش جانبازان و معلولان"),
                          ("sakoo-ghahremani.com", "سکوی قهرمانی", "رسانه ورزش قهرمانی کشور")],
    "rideshare_taxi": [("taxi-blog.ir", "بلاگ تاکسی اینترنتی", "اخبار حمل و نقل هوشمند"),
                       ("safarapp-mag.com", "مجله سفرآپ", "اخبار رانندگان و مسافران"),
                       ("hamsafar-news.ir", "همسفر نیوز", "اخبار اشتراک خودرو و تاکسی"),
                       ("ranande-online.ir", "راننده آنلاین", "رسانه رانندگان تاکسی")],
    "astronomy_club": [("nojum-amateur.ir", "انجمن نجوم آماتوری", "اخبار نجوم و رصد"),
                       ("aseman-shab.com", "آسمان شب", "مجله نجوم و کیهان"),
                       ("rasadkhaneh-news.ir", "رصدخانه نیوز", "اخبار رصدخانه‌ها و فضا"),
                       ("setareh-shenas.ir", "ستاره‌شناس جوان", "باشگاه ستاره‌شناسان نوجوان")],
}
#: a family's sections (some as service > sub) and its other menu items
MENUS = {
    "veterinary_livestock": (["بهداشت دام", ("دامداری", "دام سبک"), "طیور", "آبزیان", ("بیماری‌ها", "تب برفکی")],
                             ["نرخ نهاده‌ها", "سامانه قرنطینه", "دامپزشکان", "مجوزها", "تماس"]),
    "governor_office": ([("استانی", "شهرستان‌ها"), "سیاسی و امنیتی", "عمرانی", ("اقتصادی", "اشتغال"), "اجتماعی"],
                        ["سامد ۱۱۱", "ملاقات مردمی", "معاونت‌ها", "آرشیو", "تماس"]),
    "water_dam": (["آب شرب", ("سدها", "ذخایر سدها"), "فاضلاب", "کم‌آبی", ("منابع آب", "آب‌های زیرزمینی")],
                  ["قطعی آب", "پرداخت قبض", "انشعاب", "الگوی مصرف", "تماس"]),
    "customs_tax": (["گمرک", ("مالیات", "مالیات بر ارزش افزوده"), "تجارت خارجی", "ترخیص", ("قوانین", "بخشنامه‌ها")],
                    ["سامانه جامع گمرکی", "اظهارنامه", "تعرفه‌ها", "نرخ ارز گمرکی", "تماس"]),
    "literary_translation": (["ترجمه", ("داستان", "داستان کوتاه"), "شعر", "نقد", ("گفت‌وگو", "با مترجمان")],
                             ["شماره جدید", "اشتراک مجله", "درباره مجله", "نویسندگان", "تماس"]),
    "olympic_committee": (["کاروان ملی", ("رشته‌ها", "کشتی"), "پارالمپیک", "بازی‌های آسیایی", "المپیک جوانان"],
                          ["جدول مدال‌ها", "ورزشکاران", "گالری", "ویدیو", "تماس"]),
    "rideshare_taxi": (["رانندگان", "مسافران", ("شهری", "تاکسی فرودگاهی"), "قوانین ترافیکی", "اپلیکیشن‌ها"],
                       ["دانلود اپ", "ثبت‌نام راننده", "تخمین کرایه", "پشتیبانی", "تماس"]),
    "astronomy_club": (["رصد", ("منظومه شمسی", "ماه"), "کیهان‌شناسی", "فضانوردی", ("آموزش نجوم", "تلسکوپ")],
                       ["تقویم نجومی", "گالری عکس", "عضویت", "کارگاه‌ها", "تماس"]),
}
AFTER = {
    "veterinary_livestock": ["سامانه قرنطینه و صدور مجوز حمل دام", "تلفن گویای دامپزشکی: ۱۵۱۲",
                             "گوشت سالم را از مراکز مجاز تهیه کنید", "دامپزشکی، پاسدار سلامت جامعه"],
    "governor_office": ["سامانه ارتباط مردمی سامد ۱۱۱", "ملاقات عمومی استاندار: دوشنبه‌ها",
                        "استان ما، خانه ما", "پیگیری درخواست‌های مردمی"],
    "water_dam": ["هر قطره آب، یک زندگی", "اتفاقات آب: ۱۲۲", "قبض آب خود را آنلاین پرداخت کنید",
                  "الگوی مصرف را رعایت کنیم"],
    "customs_tax": ["سامانه جامع امور گمرکی", "مرکز تماس سازمان امور مالیاتی: ۱۵۲۶",
                    "مهلت تسلیم اظهارنامه را از دست ندهید", "تجارت آسان، گمرک هوشمند"],
    "literary_translation": ["اشتراک نسخه چاپی مجله", "آثار خود را برای ما بفرستید", "ادبیات، پلی میان فرهنگ‌ها",
                             "شماره‌های پیشین مجله"],
    "olympic_committee": ["همه با هم برای کاروان ایران", "جدول کامل مدال‌ها", "افتخارآفرینان ورزش ایران",
                          "ویدیوهای کاروان ملی"],
    "rideshare_taxi": ["اپلیکیشن را از بازار دریافت کنید", "پشتیبانی ۲۴ ساعته رانندگان", "سفر امن، سفر آسان",
                       "کد معرف خود را با دوستانتان به اشتراک بگذارید"],
    "astronomy_club": ["عضویت در انجمن نجوم", "تقویم رویدادهای نجومی سال", "آسمان شب را با ما رصد کنید",
                       "کارگاه‌های آموزش نجوم مقدماتی"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " - "]
SEC_LABELS = ["سرویس:", "گروه:", "بخش:", "سرویس خبری:", "دسته:"]
SIDE_HEADS = ["آخرین اخبار {s}", "سایر اخبار {s}", "در همین بخش: {s}"]
#: where the section shows (``og_only``, ``cattag``, ``jsonld_only`` and ``menu_active`` live in markup: HTML only)
SEC_FORMS = ["label_sub", "url", "og_only", "code_row", "kicker", "crumb_sub", "title_only", "label",
             "crumb_home", "sidebar", "cattag", "menu_active", "foot_label", "jsonld_only", "none"]
MARKUP_FORMS = ("og_only", "cattag", "jsonld_only", "menu_active")
CREDITS = ["source", "naghl_head", "gozaresh", "dateline", "logo", "pr_office", "reporter", "gozaresh_person",
           "source_link"]
#: credit forms that give no agency: the host rewrites the story's own credits to its name
NO_AGENCY = ("reporter", "pr_office", "gozaresh_person")
END_MARKS = ["انتهای پیام/", "انتهای خبر/", "/ج", "پایان پیام", "■", "/م", None, None]
#: date styles beyond H's: ISNA's slashes, the time first, IRNA's comma, Jalali with hyphens, a long Gregorian
DATE_STYLES = {"customs_tax": ["jal_hyph", "num", "isna", "jal_hyph"],
               "astronomy_club": ["greg_fa", "greg_long", "irna", "isna"],
               "olympic_committee": ["time_first", "isna", "num"],
               "rideshare_taxi": ["num", "irna", "wd_long", "jal_hyph"]}
DEFAULT_STYLES = ["num", "isna", "time_first", "irna", "wd_long", "long_saat", "words", "jal_hyph"]
DATE_POS = ["head", "head", "foot", "head", "rel_foot", "head", "time_rel", "meta_only"]
SHAPES = ["nastooh", "wp", "bootstrap", "drupal"]
#: the public-relations office a host credits instead of an agency («روابط عمومی …»)
PR_OFFICES = {"veterinary_livestock": "اداره کل دامپزشکی", "governor_office": "استانداری",
              "water_dam": "شرکت آب و فاضلاب", "customs_tax": "گمرک جمهوری اسلامی ایران",
              "literary_translation": "خانه ترجمه", "olympic_committee": "کمیته ملی المپیک",
              "rideshare_taxi": "سازمان تاکسیرانی", "astronomy_club": "انجمن نجوم"}
#: روتیترs a family's desk writes over its headlines
SURTITLES = {
    "veterinary_livestock": ["مدیرکل دامپزشکی استان خبر داد:", "در پی شیوع بیماری در گله‌ها", "معاون بهداشتی:",
                             "طرح واکسیناسیون رایگان دام"],
    "governor_office": ["در نشست شورای اداری استان مطرح شد", "استاندار در سفر به شهرستان:", "فرماندار:",
                        "در جلسه ستاد تنظیم بازار"],
    "water_dam": ["مدیرعامل شرکت آب منطقه‌ای:", "با کاهش بارندگی‌ها", "هشدار درباره وضعیت مخازن",
                  "معاون بهره‌برداری آبفا:"],
    "customs_tax": ["سخنگوی گمرک اعلام کرد", "معاون مالیاتی:", "براساس بخشنامه جدید", "مدیرکل گمرک استان:"],
    "literary_translation": ["به بهانه انتشار ترجمه‌ای تازه", "گفت‌وگو با مترجم", "یادداشتی بر یک رمان",
                             "در نشست نقد کتاب"],
    "olympic_committee": ["رئیس کمیته ملی المپیک:", "در آستانه اعزام کاروان", "سرپرست کاروان:",
                          "پس از نشست هیئت اجرایی"],
    "rideshare_taxi": ["مدیرعامل سازمان تاکسیرانی:", "با افزایش نرخ کرایه‌ها", "گزارش میدانی از ترمینال",
                       "به گفته رانندگان"],
    "astronomy_club": ["همزمان با بارش شهابی", "دبیر انجمن نجوم:", "رصد عمومی در شب جمعه", "گزارش یک رصدگر"],
}
#: the photo captions a family's pages put between the story's paragraphs («عکس ۱: …»)
CAPTIONS = {
    "veterinary_livestock": ["واکسیناسیون دام در روستاهای استان", "بازدید دامپزشکان از واحد مرغداری",
                             "گله گوسفند در مراتع ییلاقی"],
    "governor_office": ["نشست شورای اداری استان", "بازدید استاندار از پروژه‌های عمرانی", "دیدار مردمی فرماندار"],
    "water_dam": ["نمایی از دریاچه پشت سد", "عملیات اصلاح شبکه توزیع آب", "تصفیه‌خانه فاضلاب شهر"],
    "customs_tax": ["کانتینرهای کالا در بندر", "سالن ترخیص گمرک", "نشست مدیران مالیاتی استان"],
    "literary_translation": ["جلد ترجمه تازه", "نشست نقد و بررسی کتاب", "مترجم در حال امضای کتاب"],
    "olympic_committee": ["ورزشکاران کاروان در مراسم بدرقه", "سکوی اهدای مدال", "نشست خبری سرپرست کاروان"],
    "rideshare_taxi": ["صف تاکسی‌ها در فرودگاه", "رانندگان در دفتر پشتیبانی", "نمای اپلیکیشن تاکسی اینترنتی"],
    "astronomy_club": ["رصد عمومی در کویر", "تصویر ثبت‌شده از سحابی", "تلسکوپ‌های اعضای انجمن"],
}
COMMENT_RULES = ["نظرات حاوی توهین و افترا منتشر نمی‌شود.", "نظرات پس از تأیید مدیر منتشر خواهد شد.",
                 "پیام‌های غیر مرتبط با خبر منتشر نمی‌شود.", "لطفاً از نوشتن با حروف لاتین (فینگلیش) خودداری کنید."]


def _sections(family: str) -> tuple[list[tuple[str, ...]], list[str]]:
    core, extra = MENUS[family]
    return [c if isinstance(c, tuple) else (c,) for c in core], extra


def _slot(seed: int, domain: str) -> int:
    """The host's place in a seeded order of all the set's hosts: section and credit forms go round it, so
    every form has its hosts."""
    domains = [d for f in FAMILIES for d, _, _ in HOSTS[f]]
    return random.Random(f"families-u-slots:{seed}").sample(domains, len(domains)).index(domain)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-u-host:{seed}:{domain}")
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
    if family == "rideshare_taxi" and idx in (1, 3):
        s["date_pos"] = "time_rel"  # «۵ دقیقه مطالعه · ۲ روز پیش»: a blog platform's head
    s["upd_below"] = s["date_pos"] == "head" and r.random() < 0.25
    s["today"] = r.random() < 0.4
    s["sec"] = SEC_FORMS[slot % len(SEC_FORMS)] if r.random() < 0.85 else pick(r, SEC_FORMS)
    s["side_head"] = pick(r, SIDE_HEADS)
    s["side_first"] = r.random() < 0.4
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, SEPS)
    s["sec_label"] = pick(r, SEC_LABELS)
    s["sur_p"] = pick(r, [0.0, 0.3, 0.6, 0.8])  # روتیتر above the headline
    s["sur_label"] = r.random() < 0.15  # «روتیتر: …» spelled out (a print view's habit)
    s["lead_p"] = pick(r, [0.2, 0.5, 0.85])
    s["lead_label"] = pick(r, [None, None, None, None, "خلاصه:", "چکیده:", "خلاصه خبر:"]
                           if family != "literary_translation"
                           else ["خلاصه:", "چکیده:", None])
    s["credit"] = CREDITS[(slot + 3) % len(CREDITS)]
    if family == "governor_office" and idx == 0:
        s["credit"] = "pr_office"  # a governor's office news is its public-relations office's
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
    s["captions"] = r.random() < (0.7 if family in ("veterinary_livestock", "water_dam", "astronomy_club") else 0.3)
    s["cap_form"] = pick(r, ["عکس {i}: {c}", "تصویر {i} - {c}", "{i}. {c}"])
    s["more_inline"] = pick(r, [None, "بیشتر بخوانید: ", "بخوانید: ", "box"])
    s["gozaresh_head"] = pick(r, ["گزارش از: {a}", "گزارش و عکس: {a}", "گزارش: {a}"])
    s["comment_form"] = r.random() < 0.5
    s["comment_counts"] = s["comment_form"] and r.random() < 0.6
    s["tabs"] = pick(r, [None, "پربازدیدترین | پربحث‌ترین | آخرین اخبار", "پربیننده‌ها | پربحث‌ها",
                         "داغ‌ترین‌ها | آخرین‌ها"])
    s["weather"] = r.random() < 0.3
    s["currency"] = r.random() < (0.6 if family == "customs_tax" else 0.2)
    s["city"] = pick(r, CITIES)
    s["widget"] = pick(r, [None, "side", "post", "post", "inside"])
    s["ticker"] = r.random() < 0.3
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", None])
    s["author"] = pick(r, [None, "نویسنده: {a}", "خبرنگار: {a}", "{a}", "به قلم {a}"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["pr_org"] = "روابط عمومی " + (name if r.random() < 0.4 else PR_OFFICES[family])
    s["footer"] = [pick(r, [f"کلیه حقوق برای {name} محفوظ است.", "© تمامی حقوق محفوظ است",
                            f"© {dg(1402, s['digits'])} {name}", f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | آگهی", "قوانین و مقررات - حریم خصوصی - تماس با ما",
                            f"طراحی و پشتیبانی: {pick(r, ['نستوه', 'وب‌آرا', 'سامانه‌گستر', 'رایان طرح'])}"])]
    s["newsletter"] = pick(r, [None, None, f"کانال {name} در ایتا و بله", "عضویت در خبرنامه | ایمیل شما"])
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_form"] = pick(r, ["sec_title_site", "title_site", "site_title"])
    if s["sec"] == "title_only":
        s["title_form"] = "sec_title_site"
    s["title_top"] = s["sec"] == "title_only" or r.random() < 0.2  # a text dump starts with the <title>
    s["html_p"] = pick(r, [0.0, 0.2, 0.4, 0.6]) if idx else pick(r, [0.1, 0.3])
    if s["sec"] in MARKUP_FORMS or s["date_pos"] in ("meta_only", "time_rel"):
        s["html_p"] = 0.65
    if family == "astronomy_club":  # sky magazines are modern sites: saved as HTML more often than not
        s["html_p"] = max(s["html_p"], 0.5)
    s["logo_h1"] = r.random() < 0.3
    s["shape"] = SHAPES[(stable(seed, domain, "shape") + idx) % len(SHAPES)]
    s["amp_p"] = 0.3 if s["shape"] == "nastooh" or family == "olympic_committee" else 0.0
    s["print_p"] = 0.2 if r.random() < 0.35 or family == "literary_translation" else 0.0
    s["meta"] = s["sec"] == "og_only" or s["date_pos"] == "meta_only" or (
        s["sec"] != "jsonld_only" and r.random() < 0.5)
    s["utc_meta"] = r.random() < (0.7 if family == "astronomy_club" else 0.25)
    if family == "astronomy_club" and idx % 2 == 0:
        s["meta"] = True
    s["jsonld"] = s["sec"] == "jsonld_only" or (s["sec"] != "og_only" and r.random() < 0.4)
    s["time_el"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.5
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["url_date"] = r.random() < 0.3
    s["slug"] = r.random() < 0.5
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- dates

def u_date(t: dt.datetime, style: str, digits: str, time: bool = True) -> str:
    """A date in the host's style: U's own (ISNA's «شنبه / ۱۲ خرداد ۱۴۰۲ / ۱۰:۲۰», the time first, IRNA's
    comma, Jalali with hyphens, a long Gregorian) or one of H's.

    ``u_date(dt.datetime(2023, 6, 2, 10, 20), "jal_hyph", "fa")`` -> «۱۴۰۲-۰۳-۱۲ ۱۰:۲۰»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hm = f"{t.hour:02d}:{t.minute:02d}"
    mon = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    if style == "isna":
        s = f"{WEEKDAYS[t.weekday()]} / {mon}" + (f" / {hm}" if time else "")
    elif style == "time_first":
        s = (f"{hm} - " if time else "") + mon
    elif style == "irna":
        s = mon + (f"، {hm}" if time else "")
    elif style == "jal_hyph":
        s = f"{j.year}-{j.month:02d}-{j.day:02d}" + (f" {hm}" if time else "")
    elif style == "greg_long":
        s = f"{t.day} {GMONTHS[t.month - 1]} {t.year}" + (f" - {hm} به وقت تهران" if time else "")
    else:
        return fmt_date(t, style, digits, time)
    return dg(s, digits)


def date_line(h: Host, pub: dt.datetime) -> str:
    s = h.s
    d = u_date(pub, s["date"], s["digits"], s["time"])
    return f"{s['date_label']} {d}" if s["date_label"] else d


def shows_time(h: Host) -> bool:
    return h.s["time"] and h.s["date"] != "jal_greg"


def since(delta: dt.timedelta, digits: str) -> str:
    """How long ago the crawl saw the story, as a page writes it: ``since(dt.timedelta(days=75), "fa")`` ->
    «۲ ماه پیش»."""
    days = delta.days
    n, unit = max(1, delta.seconds // 3600), "ساعت"
    for k, u in ((365, "سال"), (30, "ماه"), (7, "هفته"), (1, "روز")):
        if days >= k:
            n, unit = days // k, u
            break
    return dg(f"{n} {unit} پیش", digits)


def _stamp(pub: dt.datetime, utc: bool) -> str:
    """The instant as a meta writes it: with Tehran's offset, or in UTC («…Z»), as some CMSs do."""
    if utc:
        return pub.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")
    return pub.isoformat()


# ---------------------------------------------------------------------------------------------- pieces

LIVESTOCK = [("گوساله نر", 210_000), ("گوسفند نر", 260_000), ("بز", 190_000), ("مرغ زنده", 62_000)]
DAMS = ["سد کرج", "سد لار", "سد طالقان", "سد زاینده‌رود", "سد دوستی", "سد کرخه", "سد مارون"]
RATES = [("دلار آمریکا", 285_000), ("یورو", 310_000), ("درهم امارات", 77_000), ("یوان چین", 39_000)]
BOOKS = ["صد سال تنهایی", "بیگانه", "جنایت و مکافات", "خشم و هیاهو", "کوری", "مرشد و مارگریتا"]
COUNTRIES = ["ژاپن", "چین", "کره جنوبی", "ایران", "ازبکستان", "قزاقستان", "هند"]
PLACES = ["میدان آزادی", "فرودگاه", "ترمینال غرب", "میدان تجریش", "راه‌آهن", "ونک"]
MOON = ["ماه نو", "هلال افزاینده", "تربیع اول", "بدر", "تربیع دوم", "هلال کاهنده"]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's own box beside, inside or after the story; its numbers change per page."""
    d, f = h.s["digits"], h.family
    if f == "veterinary_livestock":
        rows = ([pick(r, ["نرخ دام زنده امروز", "قیمت دام در میادین"]), "دام | کیلویی (تومان) | تغییر"] + [
            f"{a} | {b + r.randint(-b // 20, b // 20):,} | {pick(r, ['+', '-'])}{r.randint(1, 40) / 10}%"
            for a, b in r.sample(LIVESTOCK, 3)]) if r.random() < 0.6 else [
            "پایش بیماری‌های دامی", f"واکسیناسیون تب برفکی: {r.randint(1000, 90000):,} رأس",
            f"کانون‌های فعال: {r.randint(0, 9)} مورد", "گزارش تلفات دام: ۱۵۱۲"]
    elif f == "governor_office":
        rows = [pick(r, ["برنامه‌های امروز استاندار", "جلسات امروز"]), "جلسه | مکان | ساعت"] + [
            f"{pick(r, ['شورای اداری', 'ستاد تنظیم بازار', 'کارگروه اشتغال', 'شورای ترافیک'])} | "
            f"{pick(r, ['سالن شهید رجایی', 'فرمانداری', 'سالن جلسات استانداری'])} | "
            f"{r.randint(8, 18)}:{pick(r, ['00', '30'])}"
            for _ in range(r.randint(2, 3))] + ["سامانه سامد: ۱۱۱"]
    elif f == "water_dam":
        rows = ([pick(r, ["وضعیت مخازن سدهای استان", "ذخایر سدها امروز"]), "سد | حجم (میلیون مترمکعب) | پرشدگی"] + [
            f"{x} | {r.randint(20, 900)} | {r.randint(8, 96)}٪" for x in r.sample(DAMS, 3)]) if r.random() < 0.6 else [
            "برنامه قطعی آب", "منطقه | ساعت قطعی"] + [
            f"{pick(r, ['منطقه', 'ناحیه'])} {r.randint(1, 22)} | {r.randint(0, 10)} تا {r.randint(11, 23)}"
            for _ in range(2)] + ["اتفاقات آب: ۱۲۲"]
    elif f == "customs_tax":
        rows = ([pick(r, ["نرخ ارز گمرکی امروز", "نرخ تسعیر ارز در گمرک"]), "ارز | نرخ (ریال)"] + [
            f"{a} | {b * 10 + r.randint(-b, b):,}" for a, b in r.sample(RATES, 3)]) if r.random() < 0.6 else [
            "مهلت تسلیم اظهارنامه", f"{r.randint(1, 60)} روز مانده",
            "ارسال اظهارنامه از درگاه ملی خدمات مالیاتی", "مرکز تماس: ۱۵۲۶"]
    elif f == "literary_translation":
        rows = [pick(r, ["تازه‌های نشر", "ترجمه‌های تازه این ماه"]), "کتاب | مترجم | ناشر"] + [
            f"{b} | {pick(r, FIRST)} {pick(r, LAST)} | "
            f"{pick(r, ['نشر نیلوفر', 'نشر ماهی', 'انتشارات نیماژ', 'نشر مرکز'])}"
            for b in r.sample(BOOKS, 3)]
    elif f == "olympic_committee":
        rows = ([pick(r, ["جدول مدال‌ها", "رده‌بندی کشورها"]), "کشور | طلا | نقره | برنز"] + [
            f"{c} | {r.randint(0, 60)} | {r.randint(0, 60)} | {r.randint(0, 60)}" for c in r.sample(COUNTRIES, 4)]
            if r.random() < 0.6 else [pick(r, ["روزشمار المپیک", "تا آغاز بازی‌ها"]),
                                      f"{r.randint(2, 400)} روز مانده", "سهمیه‌های کسب‌شده کاروان ایران"])
    elif f == "rideshare_taxi":
        rows = [pick(r, ["تخمین کرایه", "نرخ کرایه امروز"]), "مبدأ | مقصد | کرایه تقریبی"] + [
            f"{a} | {b} | {r.randint(40, 400) * 1000:,} تومان" for a, b in [r.sample(PLACES, 2) for _ in range(2)]]
        return [dg(x, d) for x in rows] + [f"کد تخفیف این هفته: SAFAR{r.randint(10, 50)}"]  # (a code keeps its digits)
    else:
        rows = [pick(r, ["آسمان امشب", "رصد امشب"]),
                f"طلوع خورشید: 0{r.randint(5, 6)}:{r.randint(10, 59)} | غروب: {r.randint(17, 20)}:{r.randint(10, 59)}",
                f"فاز ماه: {pick(r, MOON)} ({r.randint(1, 99)}٪)",
                f"رصد بعدی: {pick(r, WEEKDAYS)} در {pick(r, ['کویر مرنجاب', 'رصدخانه انجمن', 'دماوند', 'کویر مصر'])}"]
    return [dg(x, d) for x in rows]


def strips(h: Host, r: random.Random) -> list[str]:
    """Weather and currency strips of a portal's header; their numbers change per page."""
    d, out = h.s["digits"], []
    if h.s["weather"]:
        out.append(f"{h.s['city']} {r.randint(-5, 42)}° {pick(r, ['آفتابی', 'ابری', 'نیمه‌ابری', 'بارانی'])}")
    if h.s["currency"]:
        out.append(f"دلار {r.randint(50, 60)},{r.randint(100, 999)} | یورو {r.randint(60, 66)},{r.randint(100, 999)}"
                   f" | سکه {r.randint(30, 40)},{r.randint(100, 999)},000")
    return [dg(x, d) for x in out]


def credit_text(h: Host, r: random.Random, agency: str | None, author: str) -> str | None:
    """The host's credit line: an agency in its form, or (forms that credit none) the reporter or PR office."""
    c = h.s["credit"]
    if c == "pr_office":
        return pick(r, [f"منبع: {h.s['pr_org']}", h.s["pr_org"]])
    if c == "gozaresh_person" or (c == "gozaresh" and agency is None):
        return h.s["gozaresh_head"].format(a=author)
    if agency is None:
        return None
    names = AGENCIES[agency]
    nm = names[stable(h.domain, agency) % len(names)]
    if c == "gozaresh":
        return h.s["gozaresh_head"].format(a=f"{author}، خبرنگار {nm}")
    if c == "naghl_head":
        return f"به نقل از {nm}"
    if c == "source_link":
        return f"منبع: {nm} | لینک خبر"
    return f"منبع: {nm}" if stable(h.domain, 32) % 2 else f"منبع خبر: {nm}"


def tag_line(h: Host, r: random.Random, st: dict) -> list[str]:
    """Tags: the story's own and one of the host's menu sections."""
    tags = list(st["tags"][:4] or ["ایران"])
    if r.random() < 0.5:
        tags.insert(r.randint(0, len(tags)), pick(r, h.sections))
    f = h.s["tags"]
    if f == "lines":
        return ["برچسب‌ها", *dict.fromkeys(tags)]
    return [f.format(t="، ".join(dict.fromkeys(tags)))]


def page_url(h: Host, st: dict, sec: tuple[str, ...] | None, pub: dt.datetime, show_sec: bool) -> str:
    """The page's address: Nastooh's ``/fa/news/123456/<slug>``, a portal's ``/fa/<section>/123456``."""
    parts = [f"https://{h.domain}", "fa" if stable(h.domain, 20) % 2 else "news"]
    if h.s["url_date"]:
        j = jdatetime.date.fromgregorian(date=pub.date())
        parts += [str(j.year), f"{j.month:02d}", f"{j.day:02d}"]
    if show_sec and sec:
        parts.append(sec[-1].replace(" ", "-"))
    parts.append(str(stable(st["key"], h.domain) % 900000 + 100000))
    if h.s["slug"]:
        parts.append("-".join(w.strip("«»:،؛؟.!\"'()") for w in st["title"].split()[:6]))
    return "/".join(parts)


def short_link(h: Host, st: dict) -> str:
    code = "".join("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[(stable(st["key"], h.domain, k)) % 55]
                   for k in range(6))
    return f"https://{h.domain.split('.')[-2] if h.domain.count('.') > 1 else h.domain.split('.')[0]}.ir/x{code}"


# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        tstyle = "irna" if s["date"] not in ("greg_fa", "greg_long") else "greg_long"
        pg.add("top", "c", ("امروز: " if stable(h.domain, 23) % 2 else "") + u_date(today, tstyle, s["digits"],
                                                                                     time=False))
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


def section_line(h: Host, form: str, chosen: tuple[str, ...], title: str) -> str | None:
    """The line that shows the section in the host's form (None: none, or it is shown elsewhere)."""
    s = h.s
    if form == "label_sub":
        return f"{s['sec_label']} " + " - ".join(chosen)
    if form == "label":
        return f"{s['sec_label']} {chosen[-1]}"
    if form in ("crumb_home", "crumb_sub"):
        home = s["home"] or h.name
        return s["sep"].join([home, *chosen] if form == "crumb_sub" else [home, chosen[-1]])
    return None


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
    """The comments: Nastooh's counts, a few comments, the «ارسال نظر» form with its rules."""
    s, d = h.s, h.s["digits"]
    if s["comment_counts"]:
        pg.add("comments", "c", dg(f"انتشار یافته: {r.randint(0, 9)} | در انتظار بررسی: {r.randint(0, 9)} | "
                                   f"غیر قابل انتشار: {r.randint(0, 3)}", d))
    for _ in range(r.randint(0, 2)):
        pg.add("comments", "c", f"{pick(r, FIRST)} | {relative(r, d)}")
        pg.add("comments", "c", pick(r, COMMENTS))
    if s["comment_form"]:
        pg.add("comments", "c", "ارسال نظر")
        for x in r.sample(COMMENT_RULES, 2):
            pg.add("comments", "c", x)
        for x in ("نام", "ایمیل", "نظر شما", "ارسال"):
            pg.add("comments", "c", x)


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
        pg.add("top", "c", title_string(h, title, gold_sec if form == "title_only" else None))
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
        rel = dg(s["reading"].format(n=max(1, sum(len(p) for p in paras) // 900)), d) + " · " + rel
    for x in head_dates:
        pg.add("head", "c", x)
    if rel:
        pg.add("head", "c", rel)
    if s["upd_below"] and not printed:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + u_date(upd, s["date"], d, s["time"]))
    if form in ("label", "label_sub"):
        pg.add("head", "c", sline)
    if s["credit"] == "naghl_head":
        pg.add("head", "c", credit_text(h, r, agency, author))
    if s["views"] and not printed:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
    if s["reading"] and pos != "time_rel" and not printed:
        pg.add("head", "c", dg(s["reading"].format(n=max(1, sum(len(p) for p in paras) // 900)), d))
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
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه خبر", u_date(
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


def label_lead(h: Host, pg: Page, lead: str | None) -> None:
    """Write the host's label before the lead on its line («خلاصه: …»)."""
    lab = h.s["lead_label"]
    if not lead or not lab:
        return
    for _, ls in pg.regions:
        for i, (ro, t) in enumerate(ls):
            if ro == "lead":
                ls[i] = ("lead", f"{lab} {t}")


# ---------------------------------------------------------------------------------------------- rendering

def _head_html(h: Host, gold: dict, meta: dict | None, pub: dt.datetime | None, amp: bool) -> list[str]:
    s = h.s
    sec = gold["section"]
    ttl = html.escape(title_string(h, gold["title"], sec if meta and meta["form"] == "title_only" else None)
                      if gold["title"] else h.name)
    head = [f"<title>{ttl}</title>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if amp:
        head.append('<script async src="https://cdn.ampproject.org/v0.js"></script>')
    if meta:
        head.append(f'<link rel="canonical" href="{html.escape(meta["url"])}">')
        if meta["variant"] == "page" and s["amp_p"]:
            head.append(f'<link rel="amphtml" href="{html.escape(meta["url"])}/amp">')
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        if meta:
            head.append(f'<meta property="og:url" content="{html.escape(meta["url"])}">')
        head.append('<meta property="og:type" content="article">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{_stamp(pub, s["utc_meta"])}">')
        if sec and meta and meta["form"] != "jsonld_only":
            head.append(f'<meta property="article:section" content="{html.escape(sec)}">')
    if gold["kind"] == "article" and s["jsonld"]:
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                    "author": {"@type": "Person", "name": meta["author"] if meta else None},
                    "publisher": {"@type": "Organization", "name": h.name}}
        if pub is not None:
            ld["datePublished"] = _stamp(pub, s["utc_meta"])
        if sec and meta and meta["form"] != "og_only":
            ld["articleSection"] = sec
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append("<style amp-custom>body{font-family:Vazirmatn,Tahoma;direction:rtl}</style>" if amp
                else "<style>body{font-family:IRANSans,Tahoma;direction:rtl}</style>")
    return head


def _lists(parts: list[str]) -> str:
    """The rendered lines, each run of ``<li>`` items inside its own ``<ul>`` (a box's heading stays outside)."""
    out: list[str] = []
    for x in parts:
        if x.startswith("<li") and out and out[-1].endswith("</li>"):
            out[-1] += "\n" + x
        else:
            out.append(x)
    return "\n".join(f"<ul>{x}</ul>" if x.startswith("<li") else x for x in out)


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
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
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
    story = ("crumb", "head", "body", "post")
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
    return (f'<!DOCTYPE html>\n{opening}\n<head>\n' + "\n".join(_head_html(h, gold, meta, pub, amp))
            + f'\n</head>\n<body{onload}>\n' + body + "\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def _variant(h: Host, r: random.Random, fmt: str, whole: bool) -> str:
    """Which view of the story the crawl kept: the page, its AMP twin (HTML) or its print view."""
    x = r.random()
    if fmt == "html" and x < h.s["amp_p"]:
        return "amp"
    if not whole and x > 1 - h.s["print_p"]:
        return "print"
    return "page"


def build(out_dir, n: int = 400, seed: int = 181, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="u", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-u:{seed}:page:{i}")
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
        rows.append(gold_row(name, "families-u", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"u{seed}")
