"""Family set O: article genres and page kinds beyond the plain story, an eleventh set written blind.

    build(out_dir, n, seed=121, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators (only set H's, whose helpers it imports), from
what the CMSs of Persian agencies and outlets serve a crawler when the page is not a plain story:

- ``foreign_desk``       a foreign-desk translation site: translated reports («ترجمه: …», «به نقل از
                         گاردین», the foreign outlet's writer in Latin letters; the outlet is no agency),
                         analyses and photo reports;
- ``live_desk``          an agency's live pages: time-stamped entries («۱۴:۳۵», «فوری»), «به‌روزرسانی:»
                         notes and «اصلاحیه» lines, multi-page stories («صفحه ۲ از ۳»);
- ``opinion_site``       an opinion and analysis site: the columnist's name as kicker, «یادداشت» / «تحلیل»
                         labels, author boxes with a short bio, disclaimers, some interviews;
- ``diaspora_outlet``    a Persian-language outlet abroad: Gregorian dates in Latin digits, European /
                         Canadian time zones (gold day and offset are the page's own), columns and interviews;
- ``statement_portal``   a government spokesman / statement portal: communiqués («بیانیه شماره ۱۲»,
                         «بسم الله الرحمن الرحیم», signatures), press-conference Q/A, corrections;
                         one host still serves windows-1256 pages;
- ``research_ngo``       NGO and research-institute reports: multi-page reports, PDF download boxes,
                         statements and researcher interviews;
- ``podcast_show``       podcast pages with transcripts: audio-player text, episode numbers, time codes,
                         speakers' names before their paragraphs;
- ``culture_foundation`` a culture-and-arts foundation: obituaries and memorial notices (ceremony boxes,
                         condolences), photo reports with «عکس:» credits; one legacy windows-1256 host.

Each family has four hosts, every host its own template (menu, tagline, date style / calendar / digits,
section form, credit form, end marker, widgets, lines repeated after the body, DOM shape). About 53% HTML
(full ``<head>`` with og / twitter / article meta, JSON-LD NewsArticle and BreadcrumbList, inline scripts,
``<time datetime>``; legacy hosts declare windows-1256 and are written in it, as bytes, with Arabic ي as
such pages have it), 40% text flattened from such pages. Bodies are sentences of
``../shared/data/corpora/news-dev.jsonl.gz`` written unchanged (interview and transcript paragraphs carry the
host's «س:» / «ج:» / speaker prefix, as gold does). About 7% negatives, ~10% of stories republished on a
host of another family (gold ``cluster``). Gold ``agency`` only when the page credits one; ``section`` the
most specific breadcrumb item the page shows (no home label), else null; ``published_iso`` the page's local
day, ``published_time`` that instant with the page's offset (``zoneinfo``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

import jdatetime

from family_pages import (
    Page,
    canon,
    chrome_gold,
    gold_row,
    negative_gold,
    pick,
    plan_set,
    stable,
    write_gold,
)
from site_families_h import (
    AGENCIES,
    COMMENTS,
    DATASET_AGENCY,
    FIRST,
    GMONTHS,
    LAST,
    WEEKDAYS,
    credited_agency as _credited_h,
    dg,
    fmt_date,
    group,
    load_stories,
    question,
    relative,
    rewrite_credits,
)

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
FAMILIES = ["foreign_desk", "live_desk", "opinion_site", "diaspora_outlet", "statement_portal", "research_ngo",
            "podcast_show", "culture_foundation"]
__all__ = ["AGENCIES", "FAMILIES", "HOSTS", "HOMES", "build", "canon", "credited_agency"]
LATIN = ["Patrick Wintour", "Anne Barnard", "Lyse Doucet", "Jon Gambrell", "Laurence Norman", "Farnaz Fassihi",
         "Jeremy Bowen", "Sune Engel Rasmussen"]
FOREIGN = ["گاردین", "نیویورک‌تایمز", "فارن پالیسی", "اکونومیست", "واشنگتن‌پست", "لوموند", "فایننشال تایمز",
           "اشپیگل", "المانیتور"]
BIOS = ["دکترای علوم سیاسی از دانشگاه تهران و پژوهشگر روابط بین‌الملل", "روزنامه‌نگار و تحلیلگر مسائل اقتصادی",
        "استاد دانشگاه و عضو هیئت علمی پژوهشکده مطالعات راهبردی", "نویسنده و منتقد ادبی",
        "کارشناس ارشد جامعه‌شناسی و پژوهشگر مسائل شهری"]

HOSTS = {
    "foreign_desk": [("donya-tarjomeh.ir", "دنیای ترجمه", "برگردان گزارش‌های رسانه‌های جهان"),
                     ("barun-marz.com", "برون‌مرز", "جهان به زبان فارسی"),
                     ("didban-jahan.ir", "دیده‌بان جهان", "پایگاه ترجمه و تحلیل بین‌الملل"),
                     ("resaneh-khareji.net", "رسانه خارجی", "آنچه دیگران درباره ما می‌نویسند")],
    "live_desk": [("khabar-foori.ir", "خبر فوری", "لحظه به لحظه با رویدادها"),
                  ("zendeh-news.com", "زنده‌نیوز", "پوشش زنده اخبار ایران و جهان"),
                  ("lahzeh-online.ir", "لحظه آنلاین", "خبرگزاری لحظه‌ای"),
                  ("tahririeh24.ir", "تحریریه ۲۴", "اخبار ۲۴ ساعته")],
    "opinion_site": [("neveshtar-online.ir", "نوشتار آنلاین", "پایگاه یادداشت و تحلیل"),
                     ("tahlil-rooz.com", "تحلیل روز", "نگاهی عمیق‌تر به خبرها"),
                     ("andisheh-nameh.ir", "اندیشه‌نامه", "تریبون صاحب‌نظران"),
                     ("sotoon-aval.ir", "ستون اول", "یادداشت‌های روز")],
    "diaspora_outlet": [("radio-hamsayeh.eu", "رادیو همسایه", "صدای فارسی‌زبانان اروپا"),
                        ("kayhan-berlin.de", "پیک برلین", "نشریه فارسی‌زبان آلمان"),
                        ("shahrvand-toronto.ca", "شهروند تورنتو", "هفته‌نامه ایرانیان کانادا"),
                        ("paris-nameh.fr", "پاریس‌نامه", "خبر و گفت‌وگو از فرانسه")],
    "statement_portal": [("sokhangoo-dolat.ir", "پایگاه سخنگوی دولت", "اطلاع‌رسانی رسمی"),
                         ("bayanieh-rasmi.ir", "بیانیه‌های رسمی", "مرجع اطلاعیه‌ها و بیانیه‌ها"),
                         ("ravabet-omoomi.gov.ir", "روابط عمومی سازمان", "پایگاه اطلاع‌رسانی"),
                         ("ettelaieh-ostan.ir", "اطلاع‌رسانی استانداری", "پایگاه رسمی استانداری")],
    "research_ngo": [("markaz-pajouhesh.org", "مرکز پژوهش‌های اجتماعی", "پژوهش برای سیاست‌گذاری بهتر"),
                     ("didehban-hoghoogh.org", "دیده‌بان حقوق کودک", "سازمان مردم‌نهاد"),
                     ("andishkadeh-rahbord.ir", "اندیشکده راهبرد", "گزارش‌ها و تحلیل‌های سیاستی"),
                     ("sazman-sabz.org", "سازمان سبز", "انجمن مردم‌نهاد محیط زیست")],
    "podcast_show": [("radio-goftegoo.ir", "رادیو گفت‌وگو", "پادکست خبری هفتگی"),
                     ("podkhabar.com", "پادخبر", "شنیدنی‌های خبری"),
                     ("sedaye-rooz.ir", "صدای روز", "پادکست روایت رویدادها"),
                     ("shenidani-news.ir", "شنیدنی", "خبر را بشنوید")],
    "culture_foundation": [("bonyad-honar.ir", "بنیاد هنر", "خبرهای فرهنگ و هنر"),
                           ("khaneh-farhang.org", "خانه فرهنگ", "بنیاد فرهنگی و هنری"),
                           ("majma-adab.ir", "مجمع ادب", "انجمن ادبی و فرهنگی"),
                           ("negarkhaneh-mehr.ir", "نگارخانه", "پایگاه هنرهای تجسمی")],
}
#: per family: (top sections, (parent, child) pairs shown as two-level trails)
SECTIONS = {
    "foreign_desk": (["ترجمه", "بین‌الملل", "گزارش ویژه"], [("بین‌الملل", "خاورمیانه"), ("بین‌الملل", "اروپا"),
                                                           ("ترجمه", "رسانه‌های خارجی")]),
    "live_desk": (["سیاسی", "اجتماعی", "حوادث"], [("خبر", "پوشش زنده"), ("اجتماعی", "حوادث و رویدادها")]),
    "opinion_site": (["یادداشت", "تحلیل", "سرمقاله"], [("دیدگاه", "یادداشت روز"), ("تحلیل", "اقتصاد سیاسی")]),
    "diaspora_outlet": (["ایران", "جهان", "فرهنگ", "دیدگاه"], [("ایران", "جامعه"), ("جهان", "اروپا")]),
    "statement_portal": (["بیانیه‌ها", "اطلاعیه‌ها", "نشست خبری"], [("اخبار", "اطلاعیه‌ها"),
                                                                   ("رسانه", "نشست‌های خبری")]),
    "research_ngo": (["گزارش‌ها", "پژوهش", "بیانیه"], [("انتشارات", "گزارش پژوهشی"), ("رسانه", "گفت‌وگو")]),
    "podcast_show": (["پادکست", "اپیزودها", "گفت‌وگو"], [("پادکست", "فصل دوم"), ("پادکست", "روایت")]),
    "culture_foundation": (["فرهنگی", "هنری", "درگذشت"], [("فرهنگ و هنر", "تجسمی"), ("اخبار", "یادبود")]),
}
MENU_EXTRA = ["ویدئو", "عکس", "چندرسانه‌ای", "درباره ما", "تماس با ما", "آرشیو", "خبرنامه", "پربازدیدها",
              "اقتصادی", "ورزشی", "علم و فناوری", "جامعه"]
GENRES = {
    "foreign_desk": [("translated", 6), ("analysis", 2), ("photo", 1), ("story", 1)],
    "live_desk": [("live", 5), ("correction", 3), ("multipage", 1), ("story", 1)],
    "opinion_site": [("opinion", 5), ("analysis", 3), ("interview", 2)],
    "diaspora_outlet": [("story", 3), ("opinion", 2), ("interview", 2), ("live", 1), ("translated", 1)],
    "statement_portal": [("statement", 6), ("interview", 2), ("correction", 2)],
    "research_ngo": [("report", 4), ("multipage", 2), ("statement", 2), ("interview", 2)],
    "podcast_show": [("transcript", 6), ("story", 2), ("interview", 2)],
    "culture_foundation": [("obituary", 4), ("photo", 4), ("story", 2)],
}
AFTER = {
    "foreign_desk": ["ترجمه‌های بیشتر را در کانال ما بخوانید", "انتشار ترجمه‌ها با ذکر منبع مجاز است",
                     "پیشنهاد ترجمه بدهید", "نسخه اصلی این گزارش"],
    "live_desk": ["این صفحه به‌طور خودکار به‌روز می‌شود", "برای دریافت خبرهای فوری اعلان‌ها را فعال کنید",
                  "گزارش مردمی بفرستید", "پوشش زنده ادامه دارد"],
    "opinion_site": ["مطالب منتشر شده در بخش یادداشت لزوماً دیدگاه این پایگاه نیست.",
                     "برای انتشار یادداشت خود با ما تماس بگیرید", "یادداشت‌های دیگر این نویسنده",
                     "نظر شما درباره این یادداشت چیست؟"],
    "diaspora_outlet": ["از رسانه مستقل حمایت کنید", "Support independent journalism", "عضو خبرنامه هفتگی ما شوید",
                        "ما را در اینستاگرام دنبال کنید"],
    "statement_portal": ["دریافت متن کامل بیانیه (PDF)", "بازگشت به فهرست بیانیه‌ها", "نسخه قابل چاپ",
                         "ارسال به پست الکترونیک"],
    "research_ngo": ["از فعالیت‌های ما حمایت کنید", "دانلود نسخه کامل گزارش", "عضویت داوطلبانه",
                     "استناد به این گزارش با ذکر منبع آزاد است"],
    "podcast_show": ["این قسمت را در کست‌باکس بشنوید", "اشتراک در پادکست", "قسمت‌های قبلی را از دست ندهید",
                     "شنیدن در اسپاتیفای"],
    "culture_foundation": ["عضویت در انجمن دوستداران هنر", "برنامه‌های هفته آینده بنیاد",
                           "بازدید از نگارخانه رایگان است", "ارسال آثار برای نمایشگاه"],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ت", "*", "■", "انتهای متن/", "#", None, None]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠 خانه", None]  # None: the site's name starts the trail
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " | ", " ← "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "موضوع:"]
ZONES = {"radio-hamsayeh.eu": "Europe/London", "kayhan-berlin.de": "Europe/Berlin",
         "shahrvand-toronto.ca": "America/Toronto", "paris-nameh.fr": "Europe/Paris"}
LEGACY = {"ravabet-omoomi.gov.ir", "majma-adab.ir"}  # windows-1256 pages from an old CMS
EMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@dataclass
class Host:
    family: str
    domain: str
    name: str
    tagline: str
    menu: list[str]
    sections: list[tuple[str, ...]]
    s: dict = field(default_factory=dict)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-o-host:{seed}:{domain}")
    tops, pairs = SECTIONS[family]
    secs: list[tuple[str, ...]] = [(x,) for x in r.sample(tops, r.choice([2, 3]))]
    if r.random() < 0.5:
        secs += [pair for pair in r.sample(pairs, r.choice([1, 2]))]
    menu = [x[0] for x in secs] + r.sample(MENU_EXTRA, r.randint(2, 5))
    menu = list(dict.fromkeys(menu))
    r.shuffle(menu)
    s: dict = {}
    s["legacy"] = domain in LEGACY
    s["zone"] = zoneinfo.ZoneInfo(ZONES[domain]) if domain in ZONES else TEHRAN
    s["html_p"] = pick(r, [0.35, 0.55, 0.7, 0.85])
    if idx == 0:
        s["html_p"] = pick(r, [0.25, 0.4])
    if s["legacy"]:
        s["html_p"] = 0.9
    s["digits"] = pick(r, ["fa", "fa", "fa", "ar", "en"])
    if family == "diaspora_outlet" or s["legacy"]:
        s["digits"] = "en"
    jstyles = ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "jal_hij", "jal_greg"]
    s["date"] = ("g_" + pick(r, ["dmy", "long_en", "long_fa", "iso", "wd_fa"])) if family == "diaspora_outlet" \
        else jstyles[(idx * 3 + stable(family)) % len(jstyles)] if r.random() < 0.7 else pick(r, jstyles)
    s["time"] = r.random() < 0.75
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "تاریخ:", "منتشر شده در", "🕒"])
    s["time_tag"] = r.random() < 0.6  # HTML: the date inside <time datetime=...>
    s["byline"] = pick(r, [None, "pipe", "dash", "wrote"])
    s["sec"] = pick(r, ["crumb", "crumb", "crumb", "label", "bare", "none"])
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_title"] = r.random() < 0.35
    s["sec_label"] = pick(r, SEC_LABELS)
    s["lead_p"] = pick(r, [0.0, 0.4, 0.8, 0.95])
    s["lead_label"] = None
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    if family in ("statement_portal", "research_ngo"):
        s["agency"] = pick(r, ["none", "none", "keep"])
    s["credit"] = pick(r, ["منبع: {a}", "به نقل از {a}", "منبع خبر: {a}", "({a})", "برگرفته از {a}"])
    s["credit_top"] = r.random() < 0.3
    s["end"] = pick(r, END_MARKS)
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.4))
    s["menu_joined"] = pick(r, [" | ", " - ", "  ", None])
    s["today"] = r.random() < 0.45
    s["code"] = pick(r, [None, "کد خبر: {n}", "کد مطلب: {n}", "شناسه خبر: {n}", "News ID: {n}"])
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "تعداد بازدید: {n}", "👁 {n}"])
    s["font"] = pick(r, [None, "اندازه متن: A+ A-", "A A A", "کوچک | متوسط | بزرگ"])
    s["print"] = pick(r, [None, "نسخه چاپی", "🖨 چاپ", "چاپ خبر"])
    s["audio"] = pick(r, [None, None, "شنیدن این مطلب", "🔊 نسخه صوتی خبر"]) if family != "podcast_show" else None
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "lines", "کلیدواژه‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "بازنشر:", "lines"])
    s["shortlink"] = pick(r, [None, "لینک کوتاه:", "🔗 نشانی کوتاه:", "Short link:"])
    s["ticker"] = pick(r, [None, "آخرین اخبار", "تیتر یک", "فوری"])
    s["banner"] = pick(r, [None, f"اپلیکیشن {name} را دانلود کنید", "عضویت در خبرنامه: ایمیل خود را وارد کنید",
                           f"کانال تلگرام {name}"])
    s["prevnext"] = pick(r, [None, "label", "arrows", "lines"])
    s["related"] = pick(r, ["مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", "پربازدیدها", "آخرین مطالب", None])
    s["updated"] = pick(r, [None, "آخرین به‌روزرسانی:", "به‌روز شده در"])
    s["author_box"] = r.random() < 0.5 or family == "opinion_site"
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(4)]
    s["bios"] = r.sample(BIOS, 4)
    s["comments"] = pick(r, [None, "نظرات ({n})", "{n} دیدگاه", "دیدگاه‌ها"])
    s["footer"] = [pick(r, [f"تمامی حقوق این سایت متعلق به {name} است.", "© کلیه حقوق محفوظ است",
                            f"© {name} - استفاده از مطالب با ذکر منبع آزاد است"]),
                   pick(r, ["درباره ما | تماس با ما | تبلیغات", "تماس با ما - درباره ما - حریم خصوصی",
                            "RSS | نقشه سایت | آرشیو"])]
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_top"] = r.random() < 0.2
    s["shape"] = "legacy" if s["legacy"] else pick(r, ["semantic", "divsoup", "mainnest", "grid"])
    s["meta"] = not s["legacy"] and r.random() < 0.75
    s["jsonld"] = not s["legacy"] and r.random() < 0.55
    s["crumb_ld"] = r.random() < 0.6
    s["zwnj_entity"] = r.random() < 0.4
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 6))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["title_tag"] = pick(r, ["h1", "h1", "h2", "div"])
    s["brand"] = pick(r, ["one", "two", "name"])
    s["qa"] = pick(r, [("س: ", "ج: "), ("سؤال: ", "پاسخ: "), ("name", "guest"), ("", "")])
    s["q_bold"] = r.random() < 0.7
    s["live_time"] = pick(r, ["{t}", "ساعت {t}", "⏱ {t}", "{t} -"])
    s["caption_credit"] = pick(r, ["عکس: {a}", "عکاس: {a}", "📷 {a}", "عکس از {a}"])
    s["page_label"] = pick(r, ["صفحه {i} از {n}", "بخش {i} از {n}", "قسمت {i}/{n}"])
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- dates

def local(h: Host, t: dt.datetime) -> dt.datetime:
    return t.astimezone(h.s["zone"])


def fmt(h: Host, t: dt.datetime, time: bool | None = None, style: str | None = None) -> str:
    """A date as ``h`` prints it (in its own time zone)."""
    time = h.s["time"] if time is None else time
    style = style or h.s["date"]
    t = local(h, t)
    if not style.startswith("g_"):
        return fmt_date(t, style, h.s["digits"], time)
    hm = f"{t.hour:02d}:{t.minute:02d}"
    if style == "g_dmy":
        s = f"{t.day:02d}.{t.month:02d}.{t.year}" + (f" - {hm}" if time else "")
    elif style == "g_long_en":
        s = f"{t.day} {EMONTHS[t.month - 1]} {t.year}" + (f", {hm}" if time else "")
    elif style == "g_long_fa":
        s = f"{t.day} {GMONTHS[t.month - 1]} {t.year}" + (f" ساعت {hm}" if time else "")
    elif style == "g_iso":
        s = f"{t.year}-{t.month:02d}-{t.day:02d}" + (f" {hm}" if time else "")
    else:
        s = f"{WEEKDAYS[t.weekday()]} {t.day} {GMONTHS[t.month - 1]} {t.year}" + (f" - {hm}" if time else "")
    return dg(s, h.s["digits"])


def clock(h: Host, t: dt.datetime) -> str:
    t = local(h, t)
    return dg(f"{t.hour:02d}:{t.minute:02d}", h.s["digits"])


# ---------------------------------------------------------------------------------------------- stories

def genre_of(h: Host, r: random.Random) -> str:
    opts = GENRES[h.family]
    return r.choices([g for g, _ in opts], weights=[w for _, w in opts])[0]


def story_paragraphs(r: random.Random, st: dict, genre: str) -> tuple[list[str], list[bool]]:
    """The story's paragraphs (and which are interview questions)."""
    sents = st["sents"]
    lo = 3 if genre in ("live", "interview", "transcript", "photo") else 2
    k = min(len(sents), 15, max(lo, round(r.triangular(2, 15, 5))))
    k = max(1, min(k, len(sents)))
    paras = group(r, sents, k) if k > 1 else [" ".join(sents)]
    if genre not in ("interview", "transcript") or len(paras) < 3:
        return paras, [False] * len(paras)
    out, isq = [paras[0]], [False]
    for p in paras[1:]:
        if r.random() < 0.7 or len(out) == 1:
            out.append(question(r, p))
            isq.append(True)
        out.append(p)
        isq.append(False)
    return out, isq


def speakers(h: Host, genre: str, paras: list[str], isq: list[bool], guest: str, host_name: str) -> list[str]:
    """Interview / transcript paragraphs with the host's speaker prefixes (the page shows them; so does gold)."""
    if genre == "transcript":
        q, a = f"{host_name}: ", f"{guest}: "
    else:
        q, a = h.s["qa"]
        if q == "name":
            q, a = f"{host_name}: ", f"{guest.split()[-1]}: "
    if not any(isq):
        return paras
    return [q + x if isq[k] else (a + x if k and a else x) for k, x in enumerate(paras)]


ZW_AGENCY = "ورزش\u200cسه"  # the agency's name as many of its own datelines write it, with a ZWNJ


def credited_agency(texts: list[str]) -> str | None:
    """The agency a story's own text credits (set H's reading, «ورزش‌سه» with a ZWNJ too)."""
    return _credited_h([t.replace(ZW_AGENCY, "ورزش سه") for t in texts])


def host_story(h: Host, paras: list[str], lead: str | None, dataset: str) -> tuple[list[str], str | None,
                                                                                  str | None]:
    """The paragraphs and lead as ``h`` prints them, and the agency the page credits (a host that does
    not keep the story's dateline rewrites every agency it names to its own name)."""
    mode = h.s["agency"]
    own = credited_agency(([lead] if lead else []) + paras)
    if mode == "keep":
        return paras, lead, own
    own = own or DATASET_AGENCY[dataset]
    paras = [rewrite_credits(h, p.replace(ZW_AGENCY, "ورزش سه")) for p in paras]
    lead = rewrite_credits(h, lead.replace(ZW_AGENCY, "ورزش سه")) if lead else None
    if mode == "none":
        return paras, lead, None
    return paras, lead, own if mode == "credit" else pick(random.Random(stable(h.domain, paras[-1][:40])),
                                                         ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"])


# ---------------------------------------------------------------------------------------------- pages

def section_for(h: Host, st: dict) -> tuple[str, ...]:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def header(pg: Page, h: Host, r: random.Random, crawl: dt.datetime, others: list[str]) -> None:
    s = h.s
    if s["brand"] == "one":
        pg.add("top", "c", f"{h.name} | {h.tagline}")
    else:
        pg.add("top", "c", h.name)
        pg.add("top", "c", h.tagline if s["brand"] == "two" else None)
    if s["today"]:
        style = "g_wd_fa" if s["date"].startswith("g_") else "wd_long"
        pg.add("top", "c", ("امروز: " if stable(h.domain) % 2 else "") + fmt(h, crawl, time=False, style=style))
    if stable(h.domain, 1) % 2:
        pg.add("top", "c", pick(r, ["ورود | ثبت‌نام", "جستجو ...", "English | العربية"]))
    home = s["home"] or h.name
    items = [home] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)
    if s["ticker"] and others:
        pg.add("ticker", "c", s["ticker"])
        for t in others[-3:]:
            pg.add("ticker", "c", t)


def tag_lines(h: Host, st: dict) -> list[str]:
    tags = st["tags"] or ["ایران"]
    t = h.s["tags"]
    if t is None:
        return []
    if t == "#":
        return [" ".join("#" + x.replace(" ", "_") for x in tags)]
    if t == "lines":
        return ["برچسب‌ها", *tags]
    return [t.format(t="، ".join(tags))]


def credit_line(h: Host, agency: str) -> str:
    names = AGENCIES[agency]
    return h.s["credit"].format(a=names[stable(h.domain, agency) % len(names)])


def genre_pre(h: Host, r: random.Random, genre: str, ctx: dict) -> list[str]:
    """Lines between the story's header and its body, by genre."""
    d = h.s["digits"]
    if genre == "translated":
        out = [f"به نقل از {ctx['outlet']}" if stable(h.domain, 3) % 2 else f"منبع: {ctx['outlet']}",
               f"نویسنده: {pick(r, LATIN)}", f"ترجمه: {ctx['translator']}"]
        return out[: 2 + stable(h.domain, 4) % 2]
    if genre in ("opinion", "analysis"):
        return [pick(r, ["یادداشت", "تحلیل", "دیدگاه"]) if genre == "opinion" else "تحلیل",
                dg(f"زمان مطالعه: {r.randint(3, 12)} دقیقه", d)]
    if genre == "live":
        return ["🔴 پوشش زنده", f"آخرین به‌روزرسانی: {clock(h, ctx['last'])}"]
    if genre == "statement":
        return ["بسم الله الرحمن الرحیم", dg(f"بیانیه شماره {r.randint(2, 60)}", d)] if stable(h.domain, 5) % 2 \
            else [dg(f"اطلاعیه شماره {r.randint(2, 60)}", d)]
    if genre == "multipage":
        return [dg(h.s["page_label"].format(i=ctx["page_i"], n=ctx["page_n"]), d)]
    if genre == "report":
        return ["خلاصه گزارش", dg(f"تاریخ انتشار گزارش: {fmt(h, ctx['pub'], time=False)}", d)]
    if genre == "transcript":
        return [dg(f"اپیزود {r.randint(3, 140)}", d), "▶ پخش",
                dg(f"00:00 / {r.randint(12, 58)}:{r.randint(10, 59)}", d),
                dg(f"مدت: {r.randint(12, 58)} دقیقه", d), "متن کامل این قسمت"]
    if genre == "interview":
        return [f"گفت‌وگو: {ctx['host_name']}"] if stable(h.domain, 6) % 2 else []
    if genre == "obituary":
        return ["🖤", pick(r, ["درگذشت", "در سوگ", "یادبود"])]
    if genre == "correction":
        note = pick(r, ["جزئیات تازه به این خبر افزوده شد.", "این خبر تکمیل شد."])
        return [f"به‌روزرسانی: {clock(h, ctx['last'])} - {note}"]
    if genre == "photo":
        return [dg(f"تعداد تصاویر: {r.randint(6, 24)}", d)]
    return []


def in_body(h: Host, r: random.Random, genre: str, i: int, n: int, ctx: dict, others: list[str]) -> list[str]:
    """Chrome lines before paragraph ``i`` (live entries' times, captions, time codes, read-more links)."""
    d = h.s["digits"]
    if genre == "live":
        t = ctx["pub"] + dt.timedelta(minutes=7 * (n - i))
        out = [h.s["live_time"].format(t=clock(h, t))]
        if r.random() < 0.2:
            out.append("فوری")
        return out
    if genre == "transcript" and r.random() < 0.4:
        return [dg(f"[{r.randint(0, 50):02d}:{r.randint(0, 59):02d}]", d)]
    if genre == "photo" and i and r.random() < 0.7:
        return [dg(pick(r, [f"عکس {i + 1} از {n + r.randint(2, 9)}", f"نمایی از {pick(r, ctx['tags'])}"]), d),
                h.s["caption_credit"].format(a=f"{pick(r, FIRST)} {pick(r, LAST)}")]
    if genre == "correction" and i == n - 1 and n > 2 and r.random() < 0.4:
        return [f"به‌روزرسانی {clock(h, ctx['last'])}:"]
    if i and others and r.random() < 0.12:
        return [pick(r, ["بیشتر بخوانید: ", "بخوانید: ", "مرتبط: "]) + pick(r, others)]
    return []


def genre_post(h: Host, r: random.Random, genre: str, ctx: dict) -> list[str]:
    d = h.s["digits"]
    if genre == "statement":
        return [f"روابط عمومی {h.name}", fmt(h, ctx["pub"], time=False)] if stable(h.domain, 7) % 2 \
            else [f"{ctx['host_name']}", f"سخنگوی {h.name}"]
    if genre == "correction" and r.random() < 0.6:
        return ["اصلاحیه: در نسخه قبلی این خبر یکی از ارقام به اشتباه درج شده بود که اصلاح شد."]
    if genre == "obituary":
        day = fmt(h, ctx["pub"] + dt.timedelta(days=3), time=False)
        return ["مراسم یادبود", dg(f"زمان: {day} ساعت 15 تا 16:30", d),
                pick(r, ["مکان: تهران، مسجد جامع شهرک غرب", "مکان: تالار وحدت", "مکان: خانه هنرمندان ایران"]),
                pick(r, ["ما را در غم شما شریک بدانید", "پیام‌های تسلیت خود را برای ما بفرستید"])]
    if genre == "multipage":
        pages = " ".join(dg(str(k), d) for k in range(1, ctx["page_n"] + 1))
        return [f"« صفحه قبل {pages} صفحه بعد »"]
    if genre == "report":
        return [dg(f"دانلود فایل PDF گزارش ({r.randint(8, 60) / 10} مگابایت)", d), f"پژوهشگر: {ctx['host_name']}"]
    if genre == "transcript":
        return ["دانلود فایل صوتی", "این متن از روی فایل صوتی پیاده شده است."]
    if genre == "translated" and stable(h.domain, 8) % 2:
        return [f"این گزارش در {ctx['outlet']} منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست."]
    return []


def article_page(h: Host, r: random.Random, st: dict, genre: str, paras: list[str], agency: str | None,
                 pub: dt.datetime, others: list[str], lead: str | None, ctx: dict) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 700), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(1, 90), hours=r.randint(1, 20))
    pg = Page()
    header(pg, h, r, crawl, others)
    trail = None if s["sec"] == "none" or r.random() < 0.06 else section_for(h, st)
    sec = trail[-1] if trail else None
    title = st["title"]
    if s["title_top"]:
        pg.add("top", "c", f"{title} - {h.name}")
    if trail and s["sec"] == "crumb":
        pg.add("crumb", "c", s["sep"].join([s["home"] or h.name, *trail] + ([title] if s["crumb_title"] else [])))
    elif trail and s["sec"] == "bare":
        pg.add("crumb", "c", sec)
    if genre in ("opinion", "analysis") and r.random() < 0.8:
        pg.add("head", "c", ctx["columnist"])  # the columnist as kicker
    dated = True
    date = fmt(h, pub)
    if s["date_label"] and not s["byline"]:
        date = f"{s['date_label']} {date}"
    ctx["date_line"] = date
    pg.add("head", "title", title)
    author = ctx["columnist"] if genre in ("opinion", "analysis") else pick(r, s["authors"])
    if trail and s["sec"] == "label":
        pg.add("head", "c", f"{s['sec_label']} {sec}")
    ncom = r.randint(0, 15)
    if s["byline"] == "pipe":
        pg.add("head", "date", f"{author} | {date} | " + dg(f"{ncom} نظر", d))
    elif s["byline"] == "dash":
        pg.add("head", "date", f"{author} - {date}")
    elif s["byline"] == "wrote":
        pg.add("head", "date", f"نوشته {author} در {date}")
    else:
        pg.add("head", "date", date)
    if s["updated"]:
        pg.add("head", "c", f"{s['updated']} {fmt(h, upd)}")
    if s["code"]:
        pg.add("head", "c", dg(s["code"].format(n=r.randint(100000, 2999999)), d))
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(50, 90000):,}"), d))
    for x in (s["font"], s["print"], s["audio"]):
        pg.add("tools", "c", x)
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    pg.add("head", "lead", lead)
    for x in genre_pre(h, r, genre, ctx):
        pg.add("pre", "c", x)
    for i, p in enumerate(paras):
        for x in in_body(h, r, genre, i, len(paras), ctx, others):
            pg.add("body", "c", x)
        pg.add("body", "q" if ctx["isq"][i] else "body", p)
    pg.add("post", "c", s["end"])
    for x in genre_post(h, r, genre, ctx):
        pg.add("post", "c", x)
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    if s["author_box"] and not s["byline"]:
        k = s["authors"].index(author) if author in s["authors"] else stable(author) % 4
        pg.add("author", "c", author)
        pg.add("author", "c", s["bios"][k])
        pg.add("author", "c", pick(r, ["همه مطالب این نویسنده", "مطالب بیشتر از این نویسنده", "پروفایل نویسنده"]))
    for x in tag_lines(h, st):
        pg.add("post", "c", x)
    if s["shortlink"]:
        pg.add("post", "c", f"{s['shortlink']} https://{h.domain.split('.')[0][:6]}.ir/{r.getrandbits(28):07x}")
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["share"] == "lines":
        for x in ("تلگرام", "واتس‌اپ", "ایکس", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"] + " تلگرام | واتس‌اپ | ایکس | فیسبوک")
    if s["banner"]:
        pg.add("banner", "c", s["banner"])
    if s["prevnext"] and len(others) >= 2:
        a, b = others[0], others[1]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        elif s["prevnext"] == "arrows":
            pg.add("post", "c", f"→ {a}")
            pg.add("post", "c", f"{b} ←")
        else:
            for x in ("مطلب قبلی", a, "مطلب بعدی", b):
                pg.add("post", "c", x)
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[2: 2 + r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["comments"]:
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, r.randint(0, 3))):
            pg.add("comments", "c", f"{pick(r, FIRST)}{pick(r, ['', ' از تهران', ' از کلن'])}")
            pg.add("comments", "c", fmt(h, pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 20))))
            pg.add("comments", "c", pick(r, COMMENTS))
        pg.add("comments", "c", pick(r, ["ارسال نظر", "نظر شما پس از تایید منتشر خواهد شد", "نام *"]))
    for x in s["footer"]:
        pg.add("foot", "c", x)
    meta = {"section": sec, "trail": trail, "lead": lead, "dated": dated, "crawl": crawl, "upd": upd,
            "author": author}
    return pg, meta


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        sec = pick(r, h.sections)[-1]
        pg.add("head", "c", pick(r, [f"آرشیو {sec}", f"برچسب: {sec}", f"{h.s['sec_label']} {sec}",
                                     "همه اپیزودها" if h.family == "podcast_show" else f"فهرست {sec}"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", fmt(h, crawl - dt.timedelta(
                days=r.randint(0, 60)), time=False)]))
        pg.add("post", "c", dg("1 2 3 ... 12 صفحه بعد", d) if r.random() < 0.5 else "نمایش موارد بیشتر")
    elif kind == "chrome_only":
        if r.random() < 0.5:
            for x in ("خطای ۴۰۴", "صفحه مورد نظر یافت نشد!", "بازگشت به صفحه اصلی"):
                pg.add("body", "c", x)
        else:
            for x in ("تماس با ما", f"ایمیل: info@{h.domain}", dg(f"تلفن: 021-{r.randint(22000000, 88999999)}", d),
                      "نام و نام خانوادگی", "متن پیام", "ارسال"):
                pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["بدون عنوان", "به زودی", "در دست تهیه"]))
        pg.add("body", "c", pick(r, ["این مطلب در حال حاضر در دسترس نیست.", "محتوایی یافت نشد.",
                                     "پخش زنده به پایان رسید."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_text(h: Host, pg: Page) -> str:
    sep = h.s["text_sep"]
    out = []
    for _, ls in pg.regions:
        inner = "\n" if sep == "mixed" else sep
        out.append(inner.join(t for _, t in ls))
    return ("\n\n" if sep != "\n" else "\n").join(out) + "\n"


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def _head(h: Host, gold: dict, pub: dt.datetime | None, upd: dt.datetime, meta: dict | None) -> list[str]:
    s = h.s
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    head = [f"<title>{ttl} | {nm}</title>" if stable(h.domain, 13) % 2 else f"<title>{nm} - {ttl}</title>"]
    if s["legacy"]:
        head.insert(0, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
        head.append('<link rel="stylesheet" href="/css/style.css" type="text/css">')
        head.append('<script language="javascript" src="/js/menu.js"></script>')
        return head
    head[:0] = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">']
    url = f"https://{h.domain}/news/{stable(ttl) % 999999}"
    head.append(f'<link rel="canonical" href="{url}">')
    if gold["kind"] == "article" and s["meta"]:
        head += [f'<meta property="og:title" content="{html.escape(gold["title"])}">',
                 '<meta property="og:type" content="article">', f'<meta property="og:site_name" content="{nm}">',
                 f'<meta property="og:url" content="{url}">',
                 '<meta name="twitter:card" content="summary_large_image">',
                 f'<meta name="twitter:title" content="{html.escape(gold["title"])}">']
        if gold["lead"]:
            head.append(f'<meta name="description" content="{html.escape(gold["lead"])}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{local(h, pub).isoformat()}">')
            head.append(f'<meta property="article:modified_time" content="{local(h, upd).isoformat()}">')
        if gold["section"]:
            head.append(f'<meta property="article:section" content="{html.escape(gold["section"])}">')
    if gold["kind"] == "article" and s["jsonld"]:
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                    "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": h.name},
                    "author": {"@type": "Person", "name": meta["author"] if meta else h.name}}
        if pub is not None:
            ld["datePublished"] = local(h, pub).isoformat()
            ld["dateModified"] = local(h, upd).isoformat()
        if gold["section"]:
            ld["articleSection"] = gold["section"]
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        if meta and meta["trail"] and s["crumb_ld"]:
            items = [s["home"] or h.name, *meta["trail"]]
            bl = {"@context": "https://schema.org", "@type": "BreadcrumbList",
                  "itemListElement": [{"@type": "ListItem", "position": k + 1, "name": x}
                                      for k, x in enumerate(items)]}
            head.append(f'<script type="application/ld+json">{json.dumps(bl, ensure_ascii=False)}</script>')
    head.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
                f"gtag('js',new Date());gtag('config','G-{stable(h.domain) % 99999999:08d}');</script>")
    head.append("<style>body{font-family:Vazirmatn,Tahoma;direction:rtl}.d-none{display:none}</style>")
    return head


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None, upd: dt.datetime,
                meta: dict | None) -> str:
    s, c = h.s, h.s["cls"]
    shape = s["shape"]

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            tag = "font" if shape == "legacy" else s["title_tag"]
            attr = ' size="4" color="#003366"' if shape == "legacy" else f' class="{c[0]}"'
            out = f"<{tag}{attr}>{_esc(h, t)}</{tag}>"
            return f"<div>{out}</div>" if shape == "legacy" else out
        if role in ("body", "q"):
            inner = f"<strong>{_esc(h, t)}</strong>" if role == "q" and s["q_bold"] else _esc(h, t)
            return f"<p>{inner}</p>" if shape not in ("divsoup",) else f'<div class="{c[1]}">{inner}</div>'
        if role == "lead":
            return f'<p class="lead">{_esc(h, t)}</p>' if shape == "semantic" else \
                f'<div class="{c[2]}">{_esc(h, t)}</div>'
        if role == "date" and pub is not None and s["time_tag"] and shape != "legacy":
            return f'<div class="{c[3]}"><time datetime="{local(h, pub).isoformat()}">{_esc(h, t)}</time></div>'
        if region == "nav" and s["menu_joined"]:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/{c[4]}/{stable(x) % 99}">{_esc(h, x)}</a>' for x in t.split(s["menu_joined"])) + "</div>"
        if region in ("nav", "related", "ticker"):
            return f'<li><a href="/n/{stable(t) % 99999}">{_esc(h, t)}</a></li>'
        if region == "body" and shape != "legacy" and role == "c" and ("عکس" in t or "عکاس" in t or "📷" in t):
            return (f'<figure><img src="/img/{stable(t) % 9999}.jpg" alt="">'
                    f'<figcaption>{_esc(h, t)}</figcaption></figure>')
        if region == "tools":
            return f'<button type="button" class="{c[5]}">{_esc(h, t)}</button>'
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        inner = "\n".join(line(ro, t, region) for ro, t in ls)
        if region in ("related", "ticker") or (region == "nav" and not s["menu_joined"]):
            inner = f"<ul>{inner}</ul>"
        if shape == "legacy":
            return f'<tr><td class="{region}" align="right">\n{inner}\n</td></tr>'
        if shape == "semantic":
            tag = {"top": "header", "nav": "nav", "related": "aside", "foot": "footer", "ticker": "aside",
                   "comments": "section", "author": "aside"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "divsoup":
            return f'<div class="{c[6]}"><div class="{c[7]}">\n{inner}\n</div></div>'
        if shape == "grid":
            wide = 8 if region in ("body", "head") else 12
            return f'<div class="row"><div class="col-12 col-md-{wide}">\n{inner}\n</div></div>'
        return f'<div class="{c[8]}">\n{inner}\n</div>'

    blocks = [(g, block(g, ls)) for g, ls in pg.regions]
    story = {"crumb", "head", "tools", "pre", "body", "post", "author"}
    body = []
    if shape == "legacy":
        body.append('<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">\n'
                    + "\n".join(b for _, b in blocks) + "\n</table>")
    elif shape in ("semantic", "mainnest", "grid"):
        body.append("\n".join(b for g, b in blocks if g in ("top", "nav", "ticker")))
        wrap = ("<main><article>", "</article></main>") if shape == "semantic" else \
            (f'<main id="{c[9]}"><div class="{c[10]}"><section>', "</section></div></main>") if shape == "mainnest" \
            else ('<div class="container"><div class="news-body">', "</div></div>")
        body.append(wrap[0] + "\n" + "\n".join(b for g, b in blocks if g in story) + "\n" + wrap[1])
        body.append("\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav", "ticker")))
    else:
        body.append(f'<div id="{c[9]}">' + "\n".join(b for _, b in blocks) + "</div>")
    lang = "" if shape == "legacy" else ' lang="fa"'
    return (f'<!DOCTYPE html>\n<html{lang} dir="rtl">\n<head>\n' + "\n".join(_head(h, gold, pub, upd, meta))
            + "\n</head>\n<body>\n" + "\n".join(x for x in body if x)
            + "\n<script>var _pv=1;document.querySelectorAll('.share a').forEach(function(a){a.target='_blank'});"
            "</script>\n</body>\n</html>\n")


def encode(h: Host, text: str, fmt_: str) -> bytes:
    """The page's bytes: UTF-8, or windows-1256 for a legacy host's HTML (Arabic ي, as those pages have it;
    what the code page lacks as character references)."""
    if fmt_ == "html" and h.s["legacy"]:
        return text.replace("ی", "ي").encode("cp1256", errors="xmlcharrefreplace")
    return text.encode("utf-8")


def write_bytes(pages_dir: Path, i: int, data: bytes, fmt_: str) -> str:
    name = f"{i:03d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.{fmt_}"
    (pages_dir / name).write_bytes(data)
    return name


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2012, 3, 1) + dt.timedelta(days=r.randrange(4500))
    hour = r.choice([0, 0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 121, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="o", all_families=FAMILIES, make_host=make_host, hosts=4,
        stories=load_stories(), negative_p=0.075)
    rows = []
    built: dict[int, tuple[list[str], list[bool], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-o:{seed}:page:{i}")
        meta = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
            upd = crawl
        else:
            st = stories[p["story"]]
            genre = genre_of(h, r)
            if p["copy_of"] is None:
                paras, isq = story_paragraphs(r, st, genre)
                pub = _pub_time(r)
                built[i] = (paras, isq, pub)
                edits: list[str] = []
            else:
                paras, isq, pub = built[p["copy_of"]]
                paras, isq = list(paras), list(isq)
                edits = []
                if len(paras) > 3 and r.random() < 0.5:
                    paras, isq = paras[:-1], isq[:-1]
                    edits.append("drop_last_paragraph")
                pub = pub + dt.timedelta(hours=r.randint(1, 30))
                edits.append("republished")
            if any(isq) and genre not in ("interview", "transcript"):
                genre = "interview"  # a republished interview stays one
            elif not any(isq) and genre in ("interview", "transcript"):
                genre = "story"  # a plain story republished by an interview site is no interview
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            ctx = {"pub": pub, "isq": isq, "tags": st["tags"] or ["ایران"], "outlet": pick(r, FOREIGN),
                   "translator": f"{pick(r, FIRST)} {pick(r, LAST)}", "host_name": pick(r, h.s["authors"]),
                   "columnist": pick(r, h.s["authors"]), "last": pub + dt.timedelta(minutes=r.randint(30, 300)),
                   "page_n": r.randint(2, 4)}
            ctx["page_i"] = r.randint(1, ctx["page_n"])
            paras = speakers(h, genre, paras, isq, f"{pick(r, FIRST)} {pick(r, LAST)}", ctx["host_name"])
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            pg, meta = article_page(h, r, st, genre, paras, agency, pub, others, lead, ctx)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": meta["lead"],
                    "surtitle": None, "body_paragraphs": paras, "agency": agency, "genre": genre,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits}
            upd = meta["upd"]
        fmt_ = "html" if r.random() < h.s["html_p"] else "txt"
        if gold["kind"] == "article" and pub is not None:
            lp = local(h, pub)
            gold["published_iso"] = lp.date().isoformat()
            gold["published_jalali"] = jdatetime.date.fromgregorian(date=lp.date()).strftime("%Y/%m/%d")
            in_meta = fmt_ == "html" and (h.s["meta"] or h.s["jsonld"] or h.s["time_tag"])
            shows_time = h.s["time"] and h.s["date"] not in ("jal_greg",)
            gold["published_time"] = lp.isoformat() if shows_time or in_meta else lp.date().isoformat()
        text = render_html(h, pg, r, gold, pub, upd, meta) if fmt_ == "html" else render_text(h, pg)
        name = write_bytes(pages_dir, i, encode(h, text, fmt_), fmt_)
        chrome = chrome_gold(pg.lines("c") + pg.lines("date"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-o", p["family"], FAMILIES, h.domain, fmt_, gold, chrome, i))
    return write_gold(out, rows, plan, f"o{seed}")
