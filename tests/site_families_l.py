"""Family set L: eight more Persian site families, a seventh set written blind to the extractor.

    build(out_dir, n, seed=91, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other generators (only set H's, whose helpers it imports), from what
these kinds of Persian sites look like. The families (``ldev`` / ``lheld`` alternate in this order):

- ``sports_federation``  a sports federation's site (wrestling, volleyball, ...): result lines, sponsor
  strips, «کد خبر», match calendars, three-level breadcrumbs (home › news › national team);
- ``oil_energy``         oil, gas and energy news: price tickers (Brent, OPEC basket, gas) that change on
  every page, «لینک کوتاه», Gregorian beside Jalali dates, «آخرین به‌روزرسانی»;
- ``music_news``         music news: audio players («پخش آنلاین», ``00:00 / 04:12``), singer / composer /
  album boxes, download links, lyrics headings;
- ``kids_mag``           a children's magazine: age groups, illustrators, reading time, app-download banners,
  star ratings, no agency credits at all;
- ``weather_disaster``   weather and disaster news: alert levels, city temperature strips, earthquake
  tickers, «آخرین به‌روزرسانی», the date often at the very end;
- ``metro_transport``    metro, bus and transport news: line-status widgets, fare boxes, the «۱۳۷» call
  centre, dates only in a WordPress-style URL on some hosts;
- ``env_wildlife``       environment and wildlife news: species boxes (conservation status), photo credits
  naming agencies (not story credits), campaign banners;
- ``charity_ngo``        a charity's news: donation banners, card numbers, progress counters, author boxes
  with a bio.

Each family has three hosts; every host keeps its own template (menu, tagline, date style, calendar and
digits, where the date sits: above the title, under it, at the very end, only in the URL or only in the
HTML head; section form: trails with various separators and home labels, labels «سرویس:», «گروه خبری:»,
«دسته:», a kicker, the byline, ``article:section`` / JSON-LD only; credit form; end marker; widgets; lines
repeated after the body; DOM shape). About 70% flat text as crawls flatten pages, often badly: a whole
menu on one line, tickers and banners between the story's paragraphs, image alt text and captions as
lines, story paragraphs broken where an inline link was or hard-wrapped at a column (the gold paragraph
is the whole paragraph; its pieces are consecutive lines of the page, joined by single spaces), footer
columns run together. 30% HTML (WordPress-like, bootstrap grids, old tables, semantic with ``<time>``).
Stories are sentences of ``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into 2-15 paragraphs,
written unchanged; related lists, tickers and previous / next links carry other pages' titles. About 7%
negatives; ~10% of stories are republished on a host of another family (gold ``cluster``). Gold
``agency`` only when the page credits one (credit line or the story's own «به گزارش …» dateline; a photo
credit is no story credit); gold ``section`` is the most specific trail item without the home label, the
label's value, the kicker, or the HTML head's section; gold ``published_iso`` the page's local (Tehran) day,
``published_time`` that instant with its offset (from ``zoneinfo``), or the day alone when no time is
shown. Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import random
import re
import zoneinfo
from pathlib import Path

import jdatetime

from family_pages import republished
from site_families_h import (
    AGENCIES,
    COMMENTS,
    DATASET_AGENCY,
    FIRST,
    GMONTHS,
    JMONTHS,
    LAST,
    Host,
    Page,
    canon,
    credited_agency,
    dg,
    fmt_date,
    group,
    leaks,
    load_stories,
    pick,
    relative,
    rewrite_credits,
    stable,
)

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
FAMILIES = ["sports_federation", "oil_energy", "music_news", "kids_mag", "weather_disaster", "metro_transport",
            "env_wildlife", "charity_ngo"]

HOSTS = {
    "sports_federation": [("iranwrestling-fed.ir", "فدراسیون کشتی",
                           "پایگاه اطلاع‌رسانی فدراسیون کشتی جمهوری اسلامی ایران"),
                          ("ivf-volley.ir", "والیبال ایران", "سایت رسمی فدراسیون والیبال"),
                          ("taekwondo-iran.org", "تکواندو ایران", "فدراسیون تکواندو - خانه قهرمانان")],
    "oil_energy": [("naftnews-online.ir", "نفت‌نیوز", "پایگاه خبری نفت، گاز و پتروشیمی"),
                   ("energypress-fa.com", "انرژی‌پرس", "رسانه تخصصی صنعت انرژی"),
                   ("shana-khabar.ir", "خبر انرژی", "اخبار پالایش و پخش")],
    "music_news": [("navaye-rooz.com", "نوای روز", "اخبار موسیقی ایران و جهان"),
                   ("musicpars-mag.ir", "موزیک‌پارس", "مجله موسیقی"),
                   ("setar-online.ir", "سه‌تار آنلاین", "موسیقی سنتی و کلاسیک")],
    "kids_mag": [("golbarg-koodak.ir", "گلبرگ", "مجله کودکان و نوجوانان"),
                 ("bacheha-online.com", "بچه‌ها آنلاین", "دنیای قصه و بازی"),
                 ("shokoofe-mag.ir", "شکوفه", "ماهنامه کودک")],
    "weather_disaster": [("havashenasi-news.ir", "هواشناسی‌نیوز", "اخبار هوا و اقلیم"),
                         ("bohran-online.ir", "بحران آنلاین", "پایگاه خبری مدیریت بحران و حوادث طبیعی"),
                         ("abohava-emrooz.com", "آب‌وهوای امروز", "پیش‌بینی هوا در ۳۱ استان")],
    "metro_transport": [("metro-khabar.ir", "مترو خبر", "اخبار حمل‌ونقل عمومی"),
                        ("haml-o-naghl.com", "حمل و نقل نیوز", "جاده، ریل، هوا"),
                        ("shahr-harekat.ir", "شهر در حرکت", "ترافیک و حمل‌ونقل شهری")],
    "env_wildlife": [("zistboom-news.ir", "زیست‌بوم", "خبرگزاری محیط زیست و حیات وحش"),
                     ("sabz-khabar.com", "سبزخبر", "صدای طبیعت ایران"),
                     ("hayatevahsh.ir", "حیات وحش ایران", "برای حفاظت از طبیعت")],
    "charity_ngo": [("nikookaran-iran.org", "نیکوکاران", "مؤسسه خیریه نیکوکاران ایران"),
                    ("dast-yari.ir", "دستیاری", "انجمن حمایت از کودکان کار"),
                    ("omid-charity.org", "امید فردا", "خیریه امید فردا")],
}
MENUS = {
    "sports_federation": (["تیم ملی", "لیگ برتر", "بانوان", "رده‌های پایه"],
                          ["داوران", "مربیان", "آیین‌نامه‌ها", "گالری", "تقویم مسابقات", "هیئت‌های استانی"]),
    "oil_energy": (["نفت", "گاز", "پتروشیمی", "برق و انرژی‌های نو"],
                   ["بازار نفت", "اوپک", "پالایش", "قراردادها", "گفت‌وگو", "چندرسانه‌ای"]),
    "music_news": (["موسیقی پاپ", "موسیقی سنتی", "کنسرت", "موسیقی جهان"],
                   ["آلبوم", "دانلود آهنگ", "متن آهنگ", "ویدئو", "چهره‌ها", "آموزش"]),
    "kids_mag": (["قصه", "دانستنی‌ها", "سرگرمی", "نوجوان"],
                 ["شعر", "نقاشی", "بازی", "کاردستی", "ویژه والدین", "معما"]),
    "weather_disaster": (["پیش‌بینی هوا", "هشدارها", "زلزله", "سیل و طوفان"],
                         ["آلودگی هوا", "اقلیم", "امداد و نجات", "نقشه‌ها", "استان‌ها", "ویدئو"]),
    "metro_transport": (["مترو", "اتوبوسرانی", "ریلی", "جاده‌ای"],
                        ["هوایی", "تاکسی", "ترافیک", "نقشه مترو", "بلیط", "سامانه ۱۳۷"]),
    "env_wildlife": (["حیات وحش", "جنگل و مرتع", "آب و دریا", "آلودگی"],
                     ["مناطق حفاظت‌شده", "محیط‌بانان", "پرندگان", "کمپین‌ها", "چندرسانه‌ای", "یادداشت"]),
    "charity_ngo": (["اخبار مؤسسه", "گزارش‌ها", "رویدادها", "پروژه‌ها"],
                    ["کمک آنلاین", "داوطلب شوید", "درباره ما", "شفافیت مالی", "حامیان", "تماس"]),
}
#: lines a host repeats after the body on most of its pages (a few per host)
AFTER = {
    "sports_federation": ["اخبار بیشتر از تیم ملی", "تقویم مسابقات فصل", "دانلود آیین‌نامه جدید",
                          "ثبت‌نام در سامانه جامع", "عکس‌های این رقابت را در گالری ببینید"],
    "oil_energy": ["قیمت لحظه‌ای نفت", "عضویت در خبرنامه انرژی", "نسخه PDF ماهنامه را دریافت کنید",
                   "گزارش‌های ویژه", "تبلیغات در نفت‌نیوز"],
    "music_news": ["دانلود آهنگ جدید", "پخش آنلاین آلبوم", "متن کامل آهنگ", "ما را در اینستاگرام دنبال کنید",
                   "پیشنهاد موسیقی هفته"],
    "kids_mag": ["این قصه را برای دوستانت بفرست", "نقاشی‌هایتان را برای ما بفرستید", "بازی‌های بیشتر",
                 "برای خواندن قصه‌های بیشتر عضو شو!", "ویژه پدر و مادرها"],
    "weather_disaster": ["پیش‌بینی ۷ روز آینده", "نقشه ماهواره‌ای", "شماره امداد: ۱۱۲",
                         "آخرین هشدارهای هواشناسی", "کیفیت هوای شهرها"],
    "metro_transport": ["نقشه خطوط مترو", "ساعت حرکت قطارها", "ارتباط با سامانه ۱۳۷", "خرید بلیط الکترونیکی",
                        "وضعیت ترافیک لحظه‌ای"],
    "env_wildlife": ["به کمپین نجات یوز بپیوندید", "گزارش تخلف زیست‌محیطی", "گالری تصاویر طبیعت",
                     "حامی محیط‌بانان شوید", "خبرنامه سبز"],
    "charity_ngo": ["همین حالا کمک کنید", "داوطلب شوید", "گزارش مالی سالانه", "حامی ماهانه شوید",
                    "کمک‌های غیرنقدی"],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ن", "#", "▪", "انتهای خبر", "/پ"]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "ورود به سایت", None]  # None: the site's name starts the trail
CRUMB_SEPS = [" › ", " / ", " > ", " « ", " - ", " :: ", " » "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "گروه:"]
PARENTS = ["اخبار", "خبرها", "مطالب", "آرشیو خبر"]
CREDITS = ["منبع: {a}", "به نقل از {a}", "منبع خبر: {a}", "{a}", "(منبع: {a})", "منبع : {a}"]
EMONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-l-host:{seed}:{domain}")
    core, extra = MENUS[family]
    secs = r.sample(core, r.choice([2, 3, 4]))
    menu = secs + r.sample(extra, r.randint(3, 5))
    r.shuffle(menu)
    s: dict = {}
    s["html_p"] = [pick(r, [0.0, 0.1, 0.2]), pick(r, [0.25, 0.4, 0.5]), pick(r, [0.5, 0.65, 0.8])][idx]
    s["digits"] = pick(r, ["fa", "fa", "fa", "ar", "en"])
    styles = {"oil_energy": ["jal_greg", "num", "greg_fa"], "music_news": ["long_saat", "nopad", "wd_long"],
              "kids_mag": ["words", "long_saat", "nopad"], "env_wildlife": ["dot", "wd_long", "num"],
              "metro_transport": ["saat_first", "num", "time_num"]}.get(
        family, ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "dot", "nopad", "saat_first"])
    s["date"] = styles[idx % len(styles)] if r.random() < 0.7 else pick(r, styles)
    s["time"] = r.random() < 0.65
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "تاریخ:", "🕒", "منتشر شده:"])
    pos = ["under", "under", "top", "end", "meta"]
    if family in ("weather_disaster", "env_wildlife"):
        pos.append("end")
    if family == "metro_transport" and idx == 1:
        pos = ["url"]
    s["date_pos"] = pick(r, pos)
    s["rel"] = pick(r, [None, None, None, "beside"])
    s["byline"] = pick(r, [None, "pipe", "pipe", "by"]) if s["date_pos"] in ("under", "top") else None
    s["sec"] = pick(r, ["crumb", "crumb", "crumb3", "label", "kicker", "byline", "meta", "none"])
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_lines"] = r.random() < 0.25  # the trail flattened one item per line (separators dropped)
    s["crumb_title"] = r.random() < 0.35
    s["parent"] = pick(r, PARENTS)
    s["sec_label"] = pick(r, SEC_LABELS)
    s["lead_p"] = 0.0 if family == "kids_mag" else pick(r, [0.0, 0.4, 0.7, 0.9])
    s["lead_label"] = pick(r, [None, None, None, "خلاصه:", "چکیده:"])
    s["agency"] = "none" if family == "kids_mag" else pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    s["credit"] = pick(r, CREDITS)
    s["credit_top"] = r.random() < 0.3
    s["end"] = pick(r, END_MARKS + [None, None])
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.5))
    s["menu_joined"] = pick(r, [" | ", " ", "  ", " - ", None])
    s["today"] = r.random() < 0.5
    s["code"] = pick(r, [None, "top", "end"])
    s["code_label"] = pick(r, ["کد خبر:", "کد مطلب:", "شناسه خبر:"])
    s["short"] = r.random() < 0.35
    s["font"] = pick(r, [None, None, "اندازه متن: کوچک | متوسط | بزرگ", "A+ | A- | نسخه چاپی", "نسخه قابل چاپ"])
    s["audio"] = family == "music_news" or r.random() < 0.2
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁 {n}", "تعداد بازدید : {n}"])
    s["ncomments"] = pick(r, [None, "{n} دیدگاه", "نظرات ({n})", "💬 {n}"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "برچسب‌ها", "#", "کلمات کلیدی: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری: تلگرام | واتس‌اپ | ایتا | بله", "lines",
                          "اشتراک در: توییتر فیسبوک لینکدین تلگرام"])
    s["prevnext"] = pick(r, [None, "label", "arrows"])
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پربازدیدترین‌ها", "داغ‌ترین‌ها", None])
    s["ticker"] = pick(r, [None, "top", "top", "mid"])
    s["ticker_label"] = pick(r, ["آخرین اخبار", "تازه‌ها", "خبر فوری", "اخبار لحظه‌به‌لحظه"])
    s["ticker_one"] = r.random() < 0.5
    s["banner"] = pick(r, [None, "app", "newsletter", "both"])
    s["author_box"] = r.random() < 0.4
    s["author"] = pick(r, [None, "نویسنده: {a}", "خبرنگار: {a}", "گزارش: {a}", "{a}"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["updated"] = r.random() < 0.35 or family in ("oil_energy", "weather_disaster") and r.random() < 0.6
    s["interleave"] = pick(r, [0.0, 0.0, 0.25, 0.5])  # widgets between the story's paragraphs (text pages)
    s["alt"] = pick(r, [0.0, 0.3, 0.7])  # an image (alt text and / or caption) after the lead
    s["photo_credit"] = pick(r, [None, "عکس: {a}", "عکس از {a}", "📷 {a}"])
    s["break"] = pick(r, [0.0, 0.0, 0.0, 0.15, 0.35])  # a paragraph broken at an inline link (text)
    s["wrap"] = 0 if r.random() < 0.85 else pick(r, [72, 90, 110])  # hard-wrapped paragraphs (text)
    s["foot_run"] = r.random() < 0.5
    s["footer"] = [pick(r, [f"© {name} - تمامی حقوق محفوظ است", "کلیه حقوق مادی و معنوی این سایت محفوظ است.",
                            f"نقل مطالب {name} با ذکر منبع آزاد است"]),
                   "درباره ما", "تماس با ما", pick(r, ["تبلیغات", "قوانین و مقررات", "حریم خصوصی"]),
                   pick(r, ["آرشیو", "نقشه سایت", "RSS", "خبرنامه"]),
                   pick(r, [f"طراحی سایت: {pick(r, ['رایان‌وب', 'نوآوران پارس', 'سپهر دیجیتال'])}",
                            f"تلفن: {dg('021-' + str(r.randint(22000000, 88999999)), s['digits'])}",
                            f"ایمیل: info@{domain}"])]
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["url_top"] = s["date_pos"] == "url" or r.random() < 0.25  # the crawl dump starts with the page URL
    s["title_top"] = r.random() < 0.2
    s["shape"] = pick(r, ["wp", "bootstrap", "semantic", "table" if idx == 0 else "bootstrap"])
    s["meta"] = s["date_pos"] == "meta" or r.random() < 0.5
    s["jsonld"] = r.random() < 0.45
    s["crumb_ld"] = r.random() < 0.5
    s["timetag"] = r.random() < 0.5
    s["zwnj_entity"] = r.random() < 0.4
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 6))) + pick(r, ["", "-", "_"])
                + str(r.randint(0, 99)) for _ in range(12)]
    s["title_tag"] = pick(r, ["h1", "h1", "h2", "div"])
    s["brand"] = pick(r, ["one", "two", "name"])
    s["login"] = pick(r, [None, "ورود | ثبت‌نام", "جستجو...", "🔍 جستجو در سایت"])
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- credits

#: spellings H's patterns miss: «ورزش‌سه» with a ZWNJ, Fars's «باشگاه خبری فارس» named after a long desk name
VARZESH_ZWNJ = re.compile("ورزش\u200c ?سه")
FARS_CLUB = re.compile("باشگاه[\\s\u200c]+خبری[\\s\u200c]+(?P<n>فارس)")


#: a news site the corpus's stories quote as their source («به نقل از خبرآنلاین»)
KHABARONLINE = re.compile("(?:به نقل از|به گزارش)[\\s\u200c]+(?:سایت[\\s\u200c]+)?(?P<n>خبر[\\s\u200c]?آنلاین)")
#: the agencies gold may name: H's, and that site
AGENCIES_L = {**AGENCIES, "خبرآنلاین": ["خبرآنلاین", "پایگاه خبری خبرآنلاین"]}


def credited(texts: list[str]) -> str | None:
    """The agency a story's own text credits (H's rule, with the spellings above)."""
    texts = [VARZESH_ZWNJ.sub("ورزش سه", t) for t in texts]
    return (credited_agency(texts) or ("فارس" if any(FARS_CLUB.search(t) for t in texts) else None)
            or ("خبرآنلاین" if any(KHABARONLINE.search(t) for t in texts) else None))


def rewrite(h: Host, text: str) -> str:
    """``text`` with every agency it names replaced by the host's own name (a republisher's habit)."""
    text = VARZESH_ZWNJ.sub(h.name, rewrite_credits(h, text))
    for p in (FARS_CLUB, KHABARONLINE):
        text = p.sub(lambda m: m.group(0)[: m.start("n") - m.start(0)] + h.name, text)
    return text


def host_story(h: Host, paras: list[str], lead: str | None, dataset: str) -> tuple[list[str], str | None,
                                                                                  str | None]:
    """The paragraphs and lead as ``h`` prints them, and the agency the page credits."""
    mode = h.s["agency"]
    own = credited(([lead] if lead else []) + paras)
    if mode == "keep":
        return paras, lead, own
    paras = [rewrite(h, p) for p in paras]
    lead = rewrite(h, lead) if lead else None
    if mode == "none":
        return paras, lead, None
    own = own or DATASET_AGENCY[dataset]
    return paras, lead, own if mode == "credit" else pick(random.Random(stable(h.domain, paras[-1][:40])),
                                                         ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"])


# ---------------------------------------------------------------------------------------------- dates

def fmt(t: dt.datetime, style: str, digits: str, time: bool = True) -> str:
    """H's date styles plus a few: unpadded, dotted, the time first; Jalali with Gregorian beside."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hm = f"{t.hour:02d}:{t.minute:02d}"
    if style == "nopad":
        return dg(f"{j.year}/{j.month}/{j.day}" + (f" {hm}" if time else ""), digits)
    if style == "dot":
        return dg(f"{j.year}.{j.month:02d}.{j.day:02d}" + (f" - {hm}" if time else ""), digits)
    if style == "saat_first":
        return dg((f"ساعت {hm} - " if time else "") + f"{j.day} {JMONTHS[j.month - 1]} {j.year}", digits)
    if style == "jal_greg":
        return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year} | {t.day} {GMONTHS[t.month - 1]} {t.year}"
                  + (f" | {hm}" if time else ""), digits)
    return fmt_date(t, style, digits, time)


def shows_time(h: Host) -> bool:
    return h.s["time"] and h.s["date_pos"] not in ("url", "meta")


# ---------------------------------------------------------------------------------------------- widgets

def ticker_lines(h: Host, r: random.Random, others: list[str]) -> list[str]:
    items = others[:3] if len(others) >= 3 else others
    if not items:
        return []
    if h.s["ticker_one"]:
        return [f"{h.s['ticker_label']}: " + " | ".join(items)]
    return [h.s["ticker_label"], *items]


def family_top(h: Host, r: random.Random) -> list[str]:
    """Family strips in the page header (values change on every page)."""
    f, d = h.family, h.s["digits"]
    if f == "oil_energy":
        out = []
        for nm, base in (("نفت برنت", 80.0), ("نفت WTI", 76.0), ("سبد اوپک", 79.0), ("گاز طبیعی", 2.6)):
            v = base * (1 + r.randint(-250, 250) / 1000)
            ch = r.randint(-300, 300) / 100
            out.append(dg(f"{nm}: {v:.2f} دلار {'▲' if ch >= 0 else '▼'} {abs(ch)}%", d))
        return [" | ".join(out)] if stable(h.domain, "oil") % 2 else out
    if f == "weather_disaster":
        cities = r.sample(["تهران", "مشهد", "اصفهان", "تبریز", "شیراز", "اهواز", "رشت", "کرمان"], 4)
        return [dg("  ".join(f"{c} {r.randint(-8, 46)}° {pick(r, ['آفتابی', 'ابری', 'بارانی', 'غبارآلود', 'برفی'])}"
                             for c in cities), d)]
    if f == "metro_transport":
        lines = [f"خط {dg(k, d)}: {pick(r, ['عادی', 'عادی', 'عادی', 'با تأخیر', 'شلوغ'])}"
                 for k in r.sample(range(1, 8), 3)]
        return ["وضعیت خطوط مترو", *lines] if stable(h.domain, "metro") % 2 else [" | ".join(lines)]
    if f == "charity_ngo":
        return [dg(f"تاکنون {r.randint(1000, 90000):,} نفر کمک کرده‌اند", d), "کمک آنلاین"]
    if f == "sports_federation":
        return [pick(r, ["حامی رسمی: بیمه ملت", "اسپانسر: همراه اول", "حامیان فدراسیون"])]
    return []


def family_pre(h: Host, r: random.Random, st: dict) -> list[str]:
    """Family boxes between the story's header and its body."""
    f, d = h.family, h.s["digits"]
    if f == "sports_federation" and r.random() < 0.6:
        a, b = pick(r, ["ایران", "ژاپن", "ترکیه", "روسیه", "آمریکا"]), pick(r, ["کره جنوبی", "چین", "قزاقستان"])
        return [dg(f"{a} {r.randint(0, 3)} - {r.randint(0, 3)} {b}", d), pick(r, ["نتیجه نهایی", "پایان مسابقه"])]
    if f == "music_news":
        out = [f"خواننده: {pick(r, FIRST)} {pick(r, LAST)}", f"آهنگساز: {pick(r, FIRST)} {pick(r, LAST)}"]
        if stable(h.domain, "album") % 2:
            out.append(f"آلبوم: {pick(r, ['بی‌تو', 'شب‌های روشن', 'سرزمین من', 'نیمه‌شب', 'باران'])}")
        return out
    if f == "kids_mag":
        return [f"گروه سنی: {pick(r, ['الف و ب', 'ب و ج', 'ج و د', '۷ تا ۹ سال'])}",
                f"تصویرگر: {pick(r, FIRST)} {pick(r, LAST)}", dg(f"زمان خواندن: {r.randint(2, 9)} دقیقه", d)]
    if f == "weather_disaster" and r.random() < 0.5:
        return [pick(r, ["⚠ هشدار سطح نارنجی", "هشدار سطح زرد", "⚠ هشدار قرمز هواشناسی"]) + " صادر شد"]
    if f == "env_wildlife" and r.random() < 0.5:
        return [f"گونه: {pick(r, ['یوزپلنگ آسیایی', 'پلنگ ایرانی', 'خرس قهوه‌ای', 'فلامینگو', 'گوزن زرد'])}",
                f"وضعیت حفاظتی: {pick(r, ['در معرض خطر', 'بحرانی', 'آسیب‌پذیر'])}"]
    if f == "oil_energy" and r.random() < 0.4:
        return [dg(f"قیمت هر بشکه: {r.randint(60, 110)} دلار", d)]
    return []


def audio_lines(h: Host, r: random.Random) -> list[str]:
    d = h.s["digits"]
    if h.family == "music_news":
        return ["پخش آنلاین", dg(f"00:00 / 0{r.randint(2, 6)}:{r.randint(10, 59)}", d),
                pick(r, ["دانلود آهنگ با کیفیت 320", "دانلود با لینک مستقیم", "دانلود MP3"])]
    return [pick(r, ["🔊 نسخه صوتی این خبر", "شنیدن خبر", "پخش صوت"]),
            dg(f"00:00 / 0{r.randint(1, 4)}:{r.randint(10, 59)}", d)]


def in_body(h: Host, r: random.Random, others: list[str]) -> str | None:
    """A widget line between two paragraphs of a text page (ads, tickers, read-more)."""
    if r.random() >= h.s["interleave"]:
        return None
    d = h.s["digits"]
    opts = ["تبلیغات", f"بیشتر بخوانید: {pick(r, others)}" if others else "تبلیغات",
            {"oil_energy": dg(f"نفت برنت {r.randint(60, 110)} دلار", d),
             "weather_disaster": "دریافت هشدارهای هواشناسی با پیامک",
             "charity_ngo": "برای کمک به این پروژه کلیک کنید",
             "kids_mag": "اپلیکیشن قصه‌گو را نصب کن!",
             "metro_transport": "سامانه ۱۳۷ شهرداری",
             "music_news": "دانلود آهنگ‌های جدید",
             "sports_federation": "تقویم مسابقات",
             "env_wildlife": "حامی محیط‌بانان شوید"}[h.family]]
    if others and h.s["ticker"] == "mid":
        opts.append(f"{h.s['ticker_label']}: {pick(r, others)}")
    return pick(r, opts)


def image_lines(h: Host, r: random.Random, st: dict, title: str, agency_pool: list[str]) -> list[tuple[str, str]]:
    """An image's alt text and caption as (role, text): 'alt' shows only in flat text."""
    out = []
    tag = pick(r, st["tags"]) if st["tags"] else None
    if stable(h.domain, "alt") % 3:
        out.append(("alt", pick(r, [title, f"تصویر {tag}" if tag else "تصویر خبر", "عکس خبر"])))
    if h.s["photo_credit"] and stable(h.domain, "cap") % 2:
        who = (pick(r, agency_pool) if h.family in ("env_wildlife", "weather_disaster")
               else f"{pick(r, FIRST)} {pick(r, LAST)}")
        out.append(("c", h.s["photo_credit"].format(a=who)))
    elif tag:
        out.append(("c", pick(r, [f"تصویر: {tag}", f"{tag} (عکس آرشیوی)", "عکس تزیینی است"])))
    return out


def tag_lines(h: Host, st: dict) -> list[str]:
    tags = st["tags"] or ["ایران"]
    t = h.s["tags"]
    if t is None:
        return []
    if t == "#":
        return [" ".join("#" + x.replace(" ", "_") for x in tags)]
    if t == "برچسب‌ها":
        return [t, *tags]
    return [t.format(t="، ".join(tags))]


def author_box(h: Host, r: random.Random, author: str) -> list[str]:
    bio = {"kids_mag": "نویسنده و قصه‌گوی کودکان", "charity_ngo": "مسئول روابط عمومی مؤسسه",
           "music_news": "منتقد و روزنامه‌نگار موسیقی", "sports_federation": "خبرنگار ورزشی"}.get(
        h.family, "روزنامه‌نگار و دانش‌آموخته " + pick(random.Random(stable(author)), ["مدیریت", "ارتباطات", "جغرافیا"]))
    return ["درباره نویسنده", author, f"{bio}؛ {dg(str(stable(author) % 15 + 3), h.s['digits'])} سال سابقه فعالیت",
            f"همه مطالب {author}"]


# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    if s["brand"] == "one":
        pg.add("top", "c", f"{h.name} | {h.tagline}")
    elif s["brand"] == "two":
        pg.add("top", "c", h.name)
        pg.add("top", "c", h.tagline)
    else:
        pg.add("top", "c", h.name)
    if s["today"]:
        pg.add("top", "c", ("امروز " if stable(h.domain, "today") % 2 else "")
               + fmt(today, "wd_long" if stable(h.domain, "td") % 3 else "jal_greg", s["digits"], time=False))
    pg.add("top", "c", s["login"])
    for x in family_top(h, r):
        pg.add("top", "c", x)
    items = [s["home"] or h.name] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)
    if s["ticker"] == "top":
        for x in ticker_lines(h, r, others):
            pg.add("nav", "c", x)


def section_for(h: Host, st: dict) -> str:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def date_line(h: Host, r: random.Random, pub: dt.datetime) -> str:
    s = h.s
    d = fmt(pub, s["date"], s["digits"], s["time"])
    if s["date_label"] and not s["byline"]:
        d = f"{s['date_label']} {d}"
    if s["rel"] == "beside":
        d = f"{d} ({relative(r, s['digits'])})"
    return d


def credit_line(h: Host, agency: str) -> str:
    names = AGENCIES_L[agency]
    return h.s["credit"].format(a=names[stable(h.domain, agency) % len(names)])


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 900), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 20))
    pg = Page()
    url = None
    if s["url_top"]:
        slug = stable(st["key"], h.domain) % 900000 + 100000
        url = (f"https://{h.domain}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}/" if s["date_pos"] == "url"
               else f"https://{h.domain}/fa/news/{slug}/")
        pg.add("url", "c", url)
    if s["title_top"]:
        pg.add("url", "c", f"{st['title']} - {h.name}")
    header(pg, h, r, crawl, others)
    sec = None if s["sec"] == "none" or r.random() < 0.06 else section_for(h, st)
    title = st["title"]
    shown_sec = sec if s["sec"] != "meta" else None  # "meta": the section only in the HTML head
    if shown_sec and s["sec"] in ("crumb", "crumb3"):
        trail = [s["home"] or h.name] + ([s["parent"]] if s["sec"] == "crumb3" else []) + [shown_sec]
        trail += [title] if s["crumb_title"] else []
        if s["crumb_lines"]:
            for x in trail:
                pg.add("crumb", "c", x)
        else:
            pg.add("crumb", "c", s["sep"].join(trail))
    elif shown_sec and s["sec"] == "kicker":
        pg.add("crumb", "c", shown_sec)
    if s["code"] == "top":
        pg.add("head", "c", dg(f"{s['code_label']} {stable(st['key'], h.domain) % 900000 + 100000}", d))
    date = date_line(h, r, pub)
    author = pick(r, s["authors"])
    if s["date_pos"] == "top" and not s["byline"]:
        pg.add("head", "c", date)
    pg.add("head", "title", title)
    if shown_sec and s["sec"] == "label":
        pg.add("head", "c", f"{s['sec_label']} {shown_sec}")
    if s["date_pos"] in ("under", "top"):
        if s["byline"] == "pipe":
            pg.add("head", "c", f"{author} | {date}" + (dg(f" | {r.randint(40, 9000)} بازدید", d)
                                                       if stable(h.domain, "bv") % 2 else ""))
        elif s["byline"] == "by":
            pg.add("head", "c", f"توسط {author} در {date}")
        elif s["date_pos"] == "under":
            pg.add("head", "c", date)
    if shown_sec and s["sec"] == "byline":
        pg.add("head", "c", f"{pick(r, ['در دسته', 'منتشر شده در', 'دسته‌بندی:'])} {shown_sec}")
    if s["updated"] and s["date_pos"] not in ("url", "meta"):
        pg.add("head", "c", "آخرین به‌روزرسانی: " + fmt(upd, s["date"], d, True))
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(30, 60000):,}"), d))
    if s["ncomments"]:
        pg.add("head", "c", dg(s["ncomments"].format(n=r.randint(0, 40)), d))
    if s["font"]:
        pg.add("head", "c", s["font"])
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    if lead:
        pg.add("head", "c", s["lead_label"])
    pg.add("head", "lead", lead)
    if s["audio"] and r.random() < 0.8:
        for x in audio_lines(h, r):
            pg.add("pre", "c", x)
    if r.random() < s["alt"]:
        for role, x in image_lines(h, r, st, title, ["ایرنا", "ایسنا", "تسنیم", "مهر", "فارس"]):
            pg.add("pre", role, x)
    for x in family_pre(h, r, st):
        pg.add("pre", "c", x)
    for i, p in enumerate(paras):
        pg.add("body", "body", p)
        if i < len(paras) - 1:
            pg.add("body", "mid", in_body(h, r, others))
    pg.add("post", "c", s["end"])
    if s["date_pos"] == "end":
        pg.add("post", "c", date)
    if s["author"] and not s["byline"] and not s["author_box"]:
        pg.add("post", "c", s["author"].format(a=author))
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    if s["code"] == "end":
        pg.add("post", "c", dg(f"{s['code_label']} {stable(st['key'], h.domain) % 900000 + 100000}", d))
    if s["short"]:
        pg.add("post", "c", f"لینک کوتاه: https://{h.domain}/x/{stable(st['key'], 'short') % 16 ** 5:05x}")
    for x in tag_lines(h, st):
        pg.add("post", "c", x)
    if s["author_box"]:
        for x in author_box(h, r, author):
            pg.add("post", "c", x)
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["share"] == "lines":
        for x in ("اشتراک‌گذاری", "تلگرام", "واتس‌اپ", "ایتا", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"])
    if s["banner"] in ("app", "both"):
        pg.add("post", "c", pick(r, [f"اپلیکیشن {h.name} را از بازار دانلود کنید", f"دانلود اپلیکیشن {h.name}"]))
    if s["banner"] in ("newsletter", "both"):
        pg.add("post", "c", pick(r, ["عضویت در خبرنامه", "با عضویت در خبرنامه از آخرین اخبار باخبر شوید"]))
        pg.add("post", "c", "ایمیل خود را وارد کنید")
    if s["prevnext"] and len(others) >= 2:
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        else:
            pg.add("post", "c", f"→ {a}")
            pg.add("post", "c", f"{b} ←")
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[: r.randint(3, 6)]:
            pg.add("related", "c", t)
            if stable(h.domain, "rel") % 3 == 0:
                pg.add("related", "c", fmt(crawl - dt.timedelta(days=r.randint(0, 90)), s["date"], d, False))
    if s["ncomments"] and r.random() < 0.5:
        pg.add("comments", "c", pick(r, ["دیدگاه کاربران", "نظرات شما", "ارسال دیدگاه"]))
        for _ in range(r.randint(0, 3)):
            pg.add("comments", "c", pick(r, FIRST))
            pg.add("comments", "c", fmt(crawl - dt.timedelta(days=r.randint(0, 30)), "nopad", d, True))
            pg.add("comments", "c", pick(r, COMMENTS))
        pg.add("comments", "c", pick(r, ["نظر شما پس از تأیید منتشر می‌شود", "ارسال نظر", "نام *"]))
    footer(pg, h)
    meta = {"section": sec, "lead": lead, "crawl": crawl, "upd": upd, "author": author, "url": url}
    return pg, meta


def footer(pg: Page, h: Host) -> None:
    f = h.s["footer"]
    if h.s["foot_run"]:  # footer columns flattened into one line
        pg.add("foot", "c", " ".join(f[1:]) + " " + f[0])
    else:
        for x in f:
            pg.add("foot", "c", x)


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"{h.s['sec_label']} {pick(r, h.sections)}",
                                     f"نتایج جستجو برای: {pick(r, h.sections)}"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب »", fmt(crawl - dt.timedelta(
                days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("صفحه ۱ از ۲۳  بعدی »", d) if r.random() < 0.5 else "بارگذاری بیشتر")
    elif kind == "chrome_only":
        if h.family == "charity_ngo" or r.random() < 0.3:
            for x in ("کمک آنلاین", "مبلغ مورد نظر را وارد کنید (تومان)", "۵۰,۰۰۰", "۱۰۰,۰۰۰", "۲۰۰,۰۰۰",
                      "پرداخت از طریق درگاه بانکی",
                      dg(f"شماره کارت: 6037-9918-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", d)):
                pg.add("body", "c", x)
        elif r.random() < 0.5:
            for x in ("خطای ۴۰۴", "متأسفانه صفحه‌ای که به دنبال آن بودید پیدا نشد.", "بازگشت به صفحه اصلی"):
                pg.add("body", "c", dg(x, d))
        else:
            for x in ("تماس با ما",
                      f"نشانی: تهران، خیابان {pick(r, ['آزادی', 'مطهری', 'کارگر'])}، پلاک {dg(r.randint(2, 90), d)}",
                      f"ایمیل: info@{h.domain}", "نام", "موضوع", "متن پیام", "ارسال"):
                pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["در حال بارگذاری...", "بدون عنوان", "خبر حذف شده است"]))
        pg.add("body", "c", pick(r, ["این خبر به درخواست منبع حذف شده است.", "محتوایی برای نمایش وجود ندارد.",
                                     "لطفا چند لحظه صبر کنید..."]))
    footer(pg, h)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def _pieces(h: Host, r: random.Random, p: str) -> list[str]:
    """A paragraph as a flattener prints it: whole, hard-wrapped at a column, or broken at an inline link."""
    words = p.split(" ")
    if h.s["wrap"] and len(p) > h.s["wrap"]:
        out, cur = [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > h.s["wrap"]:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        return out + [cur]
    if len(words) >= 12 and r.random() < h.s["break"]:
        i = r.randrange(3, len(words) - 6)
        k = r.randint(1, 3)
        return [" ".join(words[:i]), " ".join(words[i:i + k]), " ".join(words[i + k:])]
    return [p]


def render_text(h: Host, pg: Page, r: random.Random) -> str:
    sep = h.s["text_sep"]
    out = []
    for region, ls in pg.regions:
        lines = []
        for role, t in ls:
            if role == "body":
                pieces = _pieces(h, r, t)
                lines.append("\n".join(pieces))
            else:
                lines.append(t)
        inner = "\n" if sep == "mixed" or h.s["wrap"] and region != "body" else sep
        if h.s["wrap"] and region == "body":
            inner = "\n\n"
        out.append(inner.join(lines))
    return ("\n\n" if sep != "\n" or h.s["wrap"] else "\n").join(out) + "\n"


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def _inline(h: Host, r: random.Random, text: str) -> str:
    words = text.split(" ")
    if len(words) < 8 or r.random() > 0.3:
        return _esc(h, text)
    i = r.randrange(1, len(words) - 4)
    k = r.randint(1, 3)
    tag = pick(r, ["a", "strong", "a", "span"])
    attr = f' href="/tags/{stable(words[i]) % 9999}"' if tag == "a" else ""
    return (_esc(h, " ".join(words[:i]) + " ") + f"<{tag}{attr}>" + _esc(h, " ".join(words[i:i + k]))
            + f"</{tag}>" + _esc(h, " " + " ".join(words[i + k:])))


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None, upd: dt.datetime,
                meta: dict | None) -> str:
    s, c = h.s, h.s["cls"]
    shape = s["shape"]
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    head = ['<meta charset="utf-8">', f"<title>{ttl} - {nm}</title>" if stable(h.domain, "t") % 2
            else f"<title>{nm} | {ttl}</title>"]
    article = gold["kind"] == "article"
    if article and s["meta"]:
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        head.append('<meta property="og:type" content="article">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
            head.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
        if gold["section"]:
            head.append(f'<meta property="article:section" content="{html.escape(gold["section"])}">')
    if article and s["jsonld"]:
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                    "author": {"@type": "Person", "name": meta["author"] if meta else h.name},
                    "publisher": {"@type": "Organization", "name": h.name}}
        if pub is not None:
            ld["datePublished"] = pub.isoformat()
            ld["dateModified"] = upd.isoformat()
        if gold["section"] and stable(h.domain, "as") % 2:
            ld["articleSection"] = gold["section"]
        lds = [ld]
        if gold["section"] and s["crumb_ld"]:
            items = [s["home"] or h.name] + ([s["parent"]] if s["sec"] == "crumb3" else []) + [gold["section"]]
            lds.append({"@context": "https://schema.org", "@type": "BreadcrumbList",
                        "itemListElement": [{"@type": "ListItem", "position": k + 1, "name": x}
                                            for k, x in enumerate(items)]})
        for x in lds:
            head.append(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>')
    head.append('<link rel="stylesheet" href="/assets/css/style.min.css">')
    date_texts = set()
    if article and pub is not None and s["date_pos"] not in ("url", "meta"):
        shown = canon(fmt(pub, s["date"], s["digits"], False))
        date_texts = {x for x in pg.lines("c") if shown in canon(x)}

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            return f'<{s["title_tag"]} class="{c[0]}">{_esc(h, t)}</{s["title_tag"]}>'
        if role == "body":
            return f"<p>{_inline(h, r, t)}</p>"
        if role == "lead":
            return f'<p class="{c[2]}">{_esc(h, t)}</p>' if shape != "table" else f"<b>{_esc(h, t)}</b><br>"
        if role == "alt":
            return f'<img src="/uploads/{stable(t) % 99999}.jpg" alt="{html.escape(t)}">'
        if region == "nav" and s["menu_joined"] and s["menu_joined"] in t:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/cat/{stable(x) % 99}">{_esc(h, x)}</a>' for x in t.split(s["menu_joined"])) + "</div>"
        if region in ("nav", "related"):
            return f'<li><a href="/news/{stable(t) % 99999}">{_esc(h, t)}</a></li>'
        if t in date_texts and s["timetag"] and pub is not None:
            return f'<div class="{c[5]}"><time datetime="{pub.isoformat()}">{_esc(h, t)}</time></div>'
        if region == "pre" and h.family in ("env_wildlife", "weather_disaster"):
            return f'<figcaption>{_esc(h, t)}</figcaption>'
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        ls = [(ro, t) for ro, t in ls if ro != "mid"]
        inner = "\n".join(line(ro, t, region) for ro, t in ls)
        if region in ("related",) or (region == "nav" and not s["menu_joined"]):
            inner = f"<ul>{inner}</ul>"
        if region == "url":
            return ""
        if shape == "semantic":
            tag = {"top": "header", "nav": "nav", "related": "aside", "foot": "footer", "comments": "section",
                   "pre": "figure"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "wp":
            cls = {"body": "entry-content", "head": "entry-header", "post": "entry-footer", "related": "widget",
                   "crumb": "breadcrumbs"}.get(region, c[6])
            return f'<div class="{cls}">\n{inner}\n</div>'
        if shape == "bootstrap":
            return f'<div class="row"><div class="col-md-{pick(r, ["8", "12", "9"])} {c[7]}">\n{inner}\n</div></div>'
        return f'<tr><td class="{c[8]}">\n{inner}\n</td></tr>'

    blocks = [(g, block(g, ls)) for g, ls in pg.regions]
    story = {"crumb", "head", "pre", "body", "post"}
    top = "\n".join(b for g, b in blocks if g in ("url", "top", "nav"))
    mid = "\n".join(b for g, b in blocks if g in story)
    rest = "\n".join(b for g, b in blocks if g not in story and g not in ("url", "top", "nav"))
    if shape == "semantic":
        body = f"{top}\n<main><article>\n{mid}\n</article></main>\n{rest}"
    elif shape == "wp":
        body = f'<div id="page">{top}\n<div id="primary"><article class="post type-post">\n{mid}\n</article></div>\n' \
               f'<div id="secondary">{rest}</div></div>'
    elif shape == "bootstrap":
        body = f'<div class="container">{top}\n<div class="{c[9]}">\n{mid}\n</div>\n{rest}</div>'
    else:
        body = f'<table width="100%">{top}\n{mid}\n{rest}</table>'
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + body + '\n<script src="/assets/js/app.js"></script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2011, 6, 1) + dt.timedelta(days=r.randrange(4800))
    hour = r.choice([0, 0, 1, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


@functools.lru_cache(maxsize=1)
def _stories() -> tuple[dict, ...]:
    return tuple(load_stories())


def story_paragraphs(r: random.Random, st: dict) -> list[str]:
    sents = st["sents"]
    k = min(len(sents), 15, max(2, round(r.triangular(2, 15, 5))))
    return group(r, sents, k)


def build(out_dir, n: int = 400, seed: int = 91, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    fams = list(families) if families else list(FAMILIES)
    for f in fams:
        if f not in FAMILIES:
            raise ValueError(f"unknown family {f!r}; known: {', '.join(FAMILIES)}")
    rng = random.Random(f"families-l:{seed}")
    out = Path(out_dir)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    hosts = {f: [make_host(seed, f, i) for i in range(len(HOSTS[f]))] for f in fams}
    stories = list(_stories())
    rng.shuffle(stories)
    plan: list[dict] = []
    next_story = 0
    for i in range(n):
        f = fams[i % len(fams)] if i < len(fams) else pick(rng, fams)
        host = pick(rng, hosts[f])
        if rng.random() < 0.07:
            plan.append({"family": f, "host": host, "kind": pick(rng, ["listing", "listing", "chrome_only", "empty"])})
            continue
        origs = [j for j, p in enumerate(plan) if p["kind"] == "article" and p.get("copy_of") is None
                 and not p.get("copied") and p["family"] != f]
        if origs and rng.random() < 0.11:
            j = pick(rng, origs)
            plan[j]["copied"] = True
            plan.append({"family": f, "host": host, "kind": "article", "story": plan[j]["story"], "copy_of": j})
            continue
        plan.append({"family": f, "host": host, "kind": "article", "story": next_story % len(stories),
                     "copy_of": None})
        next_story += 1
    titles = [stories[p["story"]]["title"] for p in plan if p["kind"] == "article" and p["copy_of"] is None]
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-l:{seed}:page:{i}")
        meta = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=300)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = {"kind": p["kind"], "title": None, "section": None, "lead": None, "surtitle": None,
                    "body_paragraphs": [], "agency": None, "published_iso": None, "published_jalali": None,
                    "published_time": None, "cluster": None, "source": None, "source_key": None, "edits": []}
            pub, upd = None, crawl
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras = story_paragraphs(r, st)
                pub = _pub_time(r)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            pg, meta = article_page(h, r, st, paras, agency, pub, others, lead)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": meta["lead"],
                    "surtitle": None, "body_paragraphs": paras, "agency": agency, "published_iso": None,
                    "published_jalali": None, "published_time": None, "cluster": None, "source": None,
                    "source_key": st["key"], "edits": edits}
            upd = meta["upd"]
        fmt_ = "html" if r.random() < h.s["html_p"] else "txt"
        if gold["kind"] == "article":
            in_head = fmt_ == "html" and (h.s["meta"] or h.s["jsonld"])
            sec_in_head = h.s["meta"] or h.s["jsonld"] and (h.s["crumb_ld"] or stable(h.domain, "as") % 2)
            if h.s["sec"] == "meta" and not (fmt_ == "html" and sec_in_head):
                gold["section"] = None
            visible = h.s["date_pos"] in ("under", "top", "end") or (h.s["date_pos"] == "url" and fmt_ == "txt")
            if not (visible or in_head):
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                gold["published_time"] = pub.isoformat() if shows_time(h) or in_head else pub.date().isoformat()
        text = render_html(h, pg, r, gold, pub, upd, meta) if fmt_ == "html" else render_text(h, pg, r)
        data = text.encode("utf-8")
        name = f"{i:03d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.{fmt_}"
        (pages_dir / name).write_bytes(data)
        body = [canon(x) for x in gold["body_paragraphs"] + [gold["title"], gold["lead"]] if x]
        roles = ("c", "mid", "alt") if fmt_ == "txt" else ("c",)
        chrome = []
        for x in (t for g, ls in pg.regions for ro, t in ls if ro in roles and (fmt_ == "txt" or g != "url")):
            cx = canon(x)
            if cx and x not in chrome and not any(leaks(cx, b) for b in body):
                chrome.append(x)
        rows.append({"file": name, "id": name.rsplit(".", 1)[0], "split": "families-l", "family": p["family"],
                     "family_id": FAMILIES.index(p["family"]), "site": h.domain, "format": fmt_, **gold,
                     "corruptions": [], "synthetic_remix": False, "agency_reattributed": None,
                     "chrome_lines": chrome, "_plan": i})
    for row in rows:
        p = plan[row["_plan"]]
        if p["kind"] == "article" and (p.get("copied") or p.get("copy_of") is not None):
            root = p["copy_of"] if p.get("copy_of") is not None else row["_plan"]
            row["cluster"] = f"l{seed}-{root:03d}"
    for row in rows:
        del row["_plan"]
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows
