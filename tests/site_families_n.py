"""Family set N: eight Persian site families as other tools flatten and export them, written blind to the extractor.

    build(out_dir, n, seed=111, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators (only set H's, whose helpers it imports), from
what these pages look like once another program has had them: lynx and w3m dumps (numbered ``[12]`` link
markers, ``(BUTTON)`` and ``[IMG]`` lines, a "References" list of URLs at the end), html2text / Hugo
markdown exports (front matter, ``#`` headings, ``*`` bullets, ``[text](url)`` links, ``**bold**`` kickers),
reader-mode copies (domain, reading time, little else), RSS item dumps (newsboat-style labelled fields or
the raw ``<item>`` with RFC 822 ``pubDate``, some in GMT so the UTC day is not the local one), Telegram
/ Eitaa channel posts exported as text (a «channel, [dd.mm.yy hh:mm]» header, emoji, a hashtag as the
section, view counts, «🆔 @channel» footers), newspaper e-paper text (issue header with page number,
the page's name as section, jump lines «ادامه در صفحه ۶» / «ادامه از صفحه ۳», column ads), and about a
quarter plain HTML (breadcrumbs, ``article:section``, JSON-LD NewsArticle / BreadcrumbList, ``<time>``).

The families: local city news (``city_local``), campus science and research (``campus_science``),
series and cinema reviews (``series_review``), food and recipes (``recipe_food``), health insurance
and hospitals (``health_insurance``), stock-market channels (``bourse_channel``), real-estate and
housing (``realestate``), retirees and labour news (``retirees_labour``). Three hosts a family, each with
its own export form and template (menu, tagline, date style / calendar / digits, section form, credit
form, end marker, widgets, lines repeated after the body), so its pages repeat their chrome around
varying content. Stories are sentences of ``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into
2-15 paragraphs, written unchanged, one paragraph a line; related lists, tickers and previous / next
lines carry titles of other pages of the run. ~7% negatives, ~10% of stories republished on a host of
another family (gold ``cluster``). Gold ``agency`` only when the page credits one; ``section`` the
section the page shows (its most specific trail item, label, hashtag or e-paper page name), else null;
``published_iso`` the page's local (Tehran) day, ``published_time`` the instant with its offset (from
``zoneinfo``) when the page shows a time, else the day. Deterministic by seed.

Split (``bench/score_families.py``, chosen before the one whole run): ``ndev`` = city_local, series_review,
health_insurance, realestate; ``nheld`` = campus_science, recipe_food, bourse_channel, retirees_labour.
Scored whole once on main d94c808: title .837, section .621, agency .989, published .792, body .987,
leak .000 (the table is in ``bench/score_families.py``).
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import json
import random
import re
from dataclasses import dataclass, field

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
    FIRST,
    JMONTHS,
    LAST,
    TEHRAN,
    WEEKDAYS,
    credited_agency as _credited_agency,
    dg,
    fmt_date,
    load_stories,
    relative,
    rewrite_credits as _rewrite_credits,
    story_paragraphs,
)

FAMILIES = ["city_local", "campus_science", "series_review", "recipe_food", "health_insurance", "bourse_channel",
            "realestate", "retirees_labour"]
UTC = dt.timezone.utc
EWD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EMON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DATASET_AGENCY = {"fars": "فارس", "varzesh3": "ورزش سه"}

#: family -> hosts (domain, name, tagline, export form)
HOSTS = {
    "city_local": [("shahrema-karaj.ir", "شهر ما کرج", "اخبار محلی کرج و البرز", "lynx"),
                   ("rasht-emrooz.com", "رشت امروز", "خبرهای شهری گیلان", "markdown"),
                   ("neyshabur-online.ir", "نیشابور آنلاین", "پایگاه خبری شهرستان نیشابور", "html")],
    "campus_science": [("daneshgahnameh.ir", "دانشگاه‌نامه", "خبرنامه دانشگاه‌ها و پژوهشگاه‌ها", "w3m"),
                       ("pajooheshkhabar.com", "پژوهش‌خبر", "اخبار علم و فناوری", "rss"),
                       ("elmnama.ir", "علم‌نما", "علم به زبان ساده", "reader")],
    "series_review": [("serialnameh.com", "سریال‌نامه", "نقد و خبر سریال‌ها", "markdown"),
                      ("cinemafan-channel.ir", "سینمافن", "کانال خبری سینما و سریال", "telegram"),
                      ("naghdefilm-online.ir", "نقد فیلم آنلاین", "مجله سینمایی", "html")],
    "recipe_food": [("ashpazkhooneh.ir", "آشپزخونه", "دستور پخت غذاهای ایرانی", "reader"),
                    ("khorakmag.com", "مجله خوراک", "غذا، تغذیه و سبک زندگی", "lynx"),
                    ("sofreh-blog.ir", "سفره", "وبلاگ آشپزی خانگی", "markdown")],
    "health_insurance": [("bimehsalamat-news.ir", "خبر بیمه سلامت", "پایگاه خبری بیمه و درمان", "html"),
                         ("darmannews.com", "درمان‌نیوز", "اخبار بیمارستان‌ها و خدمات درمانی", "rss"),
                         ("sepidpoosh.ir", "سپیدپوش", "رسانه جامعه پزشکی", "w3m")],
    "bourse_channel": [("t.me/bourseyar", "بورس‌یار", "کانال تحلیل و اخبار بورس", "telegram"),
                       ("eitaa.com/sahamdaran", "سهامداران", "کانال اطلاع‌رسانی بازار سرمایه", "eitaa"),
                       ("bazaarsarmayeh-feed.ir", "بازار سرمایه امروز", "فید اخبار بورس", "rss")],
    "realestate": [("melkban.ir", "ملک‌بان", "اخبار مسکن و بازار ملک", "html"),
                   ("khanehnews.com", "خانه‌نیوز", "پایگاه خبری مسکن و شهرسازی", "lynx"),
                   ("maskanomran-daily.ir", "روزنامه مسکن و عمران", "روزنامه صبح ایران", "epaper")],
    "retirees_labour": [("kaarokargar-daily.ir", "روزنامه کار و کارگر", "ارگان اطلاع‌رسانی کارگران", "epaper"),
                        ("kanoonbazneshastegan.ir", "کانون بازنشستگان", "کانال رسمی کانون بازنشستگان", "eitaa"),
                        ("mostamari-online.ir", "مستمری آنلاین", "اخبار بازنشستگی و تأمین اجتماعی", "html")],
}
#: family -> (sections, other menu items)
MENUS = {
    "city_local": (["شهری", "ترافیک", "فضای سبز", "شورای شهر", "حوادث", "آب و فاضلاب"],
                   ["ویدیو", "گزارش مردمی", "اوقات شرعی", "آب و هوا"]),
    "campus_science": (["پژوهش", "آموزش عالی", "فناوری", "دانشجویی", "نجوم", "فناوری‌های نو"],
                       ["همایش‌ها", "فراخوان", "بورسیه", "گالری"]),
    "series_review": (["سریال ایرانی", "سریال خارجی", "سینمای ایران", "نمایش خانگی", "جشنواره"],
                      ["باکس آفیس", "تریلر", "پادکست", "گالری عکس"]),
    "recipe_food": (["غذای اصلی", "دسر و نوشیدنی", "تغذیه سالم", "آشپزی سنتی", "نان و شیرینی"],
                    ["ویدیو آموزشی", "فروشگاه", "ترفندهای آشپزی", "تماس"]),
    "health_insurance": (["بیمه درمان", "بیمارستان‌ها", "دارو و تجهیزات", "پزشکان", "سلامت همگانی"],
                         ["استعلام بیمه", "پرسش و پاسخ", "نشریه", "چندرسانه‌ای"]),
    "bourse_channel": (["اخبار بورس", "تحلیل تکنیکال", "صندوق‌ها", "عرضه اولیه", "کدال"],
                       ["سیگنال", "آموزش", "تبلیغات", "پشتیبانی"]),
    "realestate": (["مسکن", "اجاره‌بها", "شهرسازی", "وام مسکن", "مصالح ساختمانی"],
                   ["نیازمندی‌ها", "قیمت روز", "مشاور املاک", "ویدیو"]),
    "retirees_labour": (["بازنشستگان", "کارگری", "تأمین اجتماعی", "حقوق و دستمزد", "صندوق‌های بازنشستگی"],
                        ["مطالبات", "گزارش", "یادداشت", "تماس با ما"]),
}
FAMILY_PRE = {
    "recipe_food": lambda r, d: [dg(f"زمان آماده‌سازی: {r.randint(10, 40)} دقیقه", d),
                                 dg(f"زمان پخت: {r.randint(20, 150)} دقیقه", d),
                                 dg(f"مواد لازم برای {r.randint(2, 6)} نفر", d),
                                 pick(r, ["سختی: آسان", "سختی: متوسط", "سختی: دشوار"])],
    "series_review": lambda r, d: [f"کارگردان: {pick(r, FIRST)} {pick(r, LAST)}",
                                   dg(f"تعداد قسمت‌ها: {r.randint(8, 40)}", d),
                                   dg(pick(r, [f"امتیاز: {r.randint(4, 9)}/10", "★★★☆☆", "★★★★☆"]), d)],
    "bourse_channel": lambda r, d: [dg(f"شاخص کل: {r.randint(1_500_000, 2_600_000):,} "
                                       f"({pick(r, ['+', '-'])}{r.randint(1, 300) / 100}٪)", d)],
    "realestate": lambda r, d: [dg(f"میانگین قیمت هر متر: {r.randint(40, 140)} میلیون تومان", d)],
    "health_insurance": lambda r, d: [pick(r, ["☎ مرکز تماس بیمه سلامت: ۱۶۶۶", "سامانه پاسخگویی: ۱۴۲۰"])],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ب", "*", "■", "ادامه دارد..."]
LINKWORDS = ["ورود", "ثبت‌نام", "جستجو", "نسخه موبایل", "RSS", "English"]


@dataclass
class Host:
    family: str
    domain: str
    name: str
    tagline: str
    form: str
    menu: list[str]
    sections: list[str]
    s: dict = field(default_factory=dict)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline, form = HOSTS[family][idx]
    r = random.Random(f"families-n-host:{seed}:{domain}")
    core, extra = MENUS[family]
    secs = r.sample(core, r.choice([3, 4]))
    menu = secs + r.sample(extra, r.randint(2, 3))
    r.shuffle(menu)
    s: dict = {"digits": pick(r, ["fa", "fa", "en", "ar"])}
    s["date"] = pick(r, ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "jal_hij"])
    if family == "campus_science" and r.random() < 0.5:
        s["date"] = pick(r, ["greg_fa", "jal_greg"])
    s["time"] = r.random() < 0.7
    s["date_label"] = pick(r, [None, "تاریخ انتشار:", "انتشار:", "📅", "زمان انتشار:"])
    s["sec"] = pick(r, ["crumb", "crumb", "label", "none"])
    if form in ("telegram", "eitaa"):
        s["sec"] = pick(r, ["hashtag", "hashtag", "none"])
    elif form == "epaper":
        s["sec"] = "page"
    elif form == "rss":
        s["sec"] = pick(r, ["category", "category", "none"])
    elif form == "reader":
        s["sec"] = pick(r, ["none", "label"])
    s["home"] = pick(r, ["خانه", "صفحه اصلی", "صفحه نخست", None])
    s["sep"] = pick(r, [" / ", " > ", " » ", " › ", " | "])
    s["sec_label"] = pick(r, ["سرویس:", "گروه خبری:", "دسته:", "بخش:"])
    s["lead_p"] = pick(r, [0.0, 0.5, 0.8]) if form not in ("telegram", "eitaa") else 0.0
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    s["credit"] = pick(r, ["منبع: {a}", "به نقل از {a}", "منبع خبر: {a}", "📎 منبع: {a}", "({a})"])
    s["end"] = pick(r, END_MARKS + [None, None])
    s["code"] = pick(r, [None, "کد خبر: {n}", "شناسه خبر: {n}", "کد مطلب: {n}"])
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁 {n}"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "کلیدواژه‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری: تلگرام | واتس‌اپ | ایتا | بله", "لینک کوتاه"])
    s["prevnext"] = pick(r, [None, "label", "arrows"])
    s["related"] = pick(r, ["مطالب مرتبط", "بیشتر بخوانید", "آخرین اخبار", "پربازدیدترین‌ها", None])
    s["author"] = pick(r, [None, "نویسنده: {a}", "به قلم {a}", "گزارش: {a}"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["bio"] = r.random() < 0.3
    s["today"] = r.random() < 0.4
    s["updated"] = r.random() < 0.25
    s["ticker"] = r.random() < 0.3
    s["audio"] = r.random() < 0.25
    s["widgets"] = r.sample(["اندازه متن: A+ | A-", "🖨 نسخه چاپی", "ارسال به دوستان", "ذخیره", "A A A",
                             "حالت مطالعه"], r.randint(0, 2))
    s["banner"] = pick(r, [None, f"اپلیکیشن {name} را از بازار دانلود کنید",
                           "عضویت در خبرنامه: ایمیل خود را وارد کنید", f"کانال {name} در بله و ایتا"])
    s["footer"] = [pick(r, [f"تمامی حقوق برای {name} محفوظ است.", "© کلیه حقوق مادی و معنوی محفوظ است",
                            f"استفاده از مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | آگهی", "تماس با ما - حریم خصوصی - قوانین"])]
    s["handle"] = "@" + domain.split("/")[-1].split(".")[0].replace("-", "_")
    s["gmt"] = form == "rss" and r.random() < 0.5  # pubDate in GMT
    s["rss_raw"] = form == "rss" and stable(domain, 1) % 2 == 0  # the raw <item>, not newsboat's fields
    s["front"] = form == "markdown" and r.random() < 0.6  # Hugo front matter
    s["issue"] = r.randint(1200, 7000)
    s["html_p"] = {"html": 0.95, "reader": 0.5}.get(form, 0.0)  # reader views saved as HTML, too
    s["jsonld"] = r.random() < 0.6
    s["meta"] = r.random() < 0.6
    s["cls"] = ["".join(pick(r, "abcdefghkmnprstwxz") for _ in range(r.randint(3, 6))) for _ in range(8)]
    return Host(family, domain, name, tagline, form, menu, secs, s)


#: the corpus's datelines name agencies so too: «ورزش‌سه» with a ZWNJ, «باشگاه خبری فارس» far from «به گزارش»
NAME_FORMS = [(re.compile("ورزش ?\u200c ?سه"), "ورزش سه"), (re.compile("باشگاه\\s+خبر[یي]\\s+فارس"), "خبرگزاری فارس")]


def credited_agency(texts: list[str]) -> str | None:
    """The agency a story's own text credits (set H's reading, and the spellings of :data:`NAME_FORMS`)."""
    for form, name in NAME_FORMS:
        texts = [form.sub(name, t) for t in texts]
    return _credited_agency(texts)


def rewrite_credits(h: Host, text: str) -> str:
    """``text`` with every agency it names replaced by the host's own name."""
    for form, _ in NAME_FORMS:
        text = form.sub(h.name, text)
    return _rewrite_credits(h, text)


def host_story(h: Host, paras: list[str], lead: str | None, dataset: str) -> tuple[list[str], str | None,
                                                                                  str | None]:
    """The paragraphs and lead as ``h`` prints them, and the agency the page credits."""
    mode = h.s["agency"]
    if mode == "keep":
        return paras, lead, credited_agency(([lead] if lead else []) + paras)
    own = credited_agency(([lead] if lead else []) + paras) or DATASET_AGENCY[dataset]
    paras = [rewrite_credits(h, p) for p in paras]
    lead = rewrite_credits(h, lead) if lead else None
    if mode == "none":
        return paras, lead, None
    return paras, lead, own if mode == "credit" else pick(random.Random(stable(h.domain, paras[-1][:40])),
                                                         ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"])


# ---------------------------------------------------------------------------------------------- dates

def rfc822(t: dt.datetime, gmt: bool) -> str:
    if gmt:
        u = t.astimezone(UTC)
        return f"{EWD[u.weekday()]}, {u.day:02d} {EMON[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"
    off = t.utcoffset() or dt.timedelta(0)
    mins = int(off.total_seconds() // 60)
    return (f"{EWD[t.weekday()]}, {t.day:02d} {EMON[t.month - 1]} {t.year} {t:%H:%M:%S} "
            f"+{mins // 60:02d}{mins % 60:02d}")


def jlong(t: dt.datetime, d: str) -> str:
    j = jdatetime.date.fromgregorian(date=t.date())
    return dg(f"{WEEKDAYS[t.weekday()]} {j.day} {JMONTHS[j.month - 1]} {j.year}", d)


def shown_date(h: Host, r: random.Random, pub: dt.datetime) -> str:
    s = h.s
    d = fmt_date(pub, s["date"], s["digits"], s["time"])
    return f"{s['date_label']} {d}" if s["date_label"] else d


def shows_time(h: Host) -> bool:
    if h.form in ("rss", "telegram", "eitaa"):
        return True
    if h.form == "epaper":
        return False
    return h.s["time"] and h.s["date"] != "jal_greg"


# ---------------------------------------------------------------------------------------------- pages

def url(h: Host, r: random.Random, kind: str = "news") -> str:
    base = h.domain if "/" not in h.domain else h.domain.split("/")[0]
    return f"https://{base}/{kind}/{r.randint(10000, 999999)}"


def header(pg: Page, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    s, f = h.s, h.form
    if f in ("telegram", "eitaa", "rss", "reader"):
        return
    if f == "epaper":
        pg.add("top", "c", h.name)
        pg.add("top", "c", h.tagline)
        return
    pg.add("top", "c", f"{h.name} | {h.tagline}" if stable(h.domain, 2) % 2 else h.name)
    if s["today"]:
        pg.add("top", "c", ("امروز: " if stable(h.domain, 3) % 2 else "") + jlong(crawl, s["digits"]))
    pg.add("top", "c", pick(r, LINKWORDS[:3]) if stable(h.domain, 4) % 2 else None)
    for it in [s["home"] or h.name] + h.menu:
        pg.add("nav", "c", it)


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None) -> tuple[Page, dict]:
    s, d, f = h.s, h.s["digits"], h.form
    crawl = pub + dt.timedelta(days=r.randint(1, 500), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(1, 90))
    pg = Page()
    header(pg, h, r, crawl)
    sec = None if s["sec"] == "none" or r.random() < 0.06 else h.sections[stable(st["key"], h.domain)
                                                                           % len(h.sections)]
    title = st["title"]
    author = pick(r, s["authors"])
    ncode = r.randint(100000, 2999999)
    if s["ticker"] and others and f not in ("telegram", "eitaa", "rss", "reader"):
        pg.add("top", "c", "آخرین اخبار: " + " | ".join(others[-3:-1]))
    date = shown_date(h, r, pub)
    page_no = 0  # an e-paper story's page
    if f in ("telegram", "eitaa"):
        if f == "telegram":
            pg.add("head", "c", f"{h.name}, [{pub.day:02d}.{pub.month:02d}.{pub.year % 100:02d} {pub:%H:%M}]")
        else:
            pg.add("head", "c", h.name)
            pg.add("head", "c", fmt_date(pub, "num", s["digits"]))
        if r.random() < 0.15:
            pg.add("head", "c", f"[Forwarded from {pick(r, ['اخبار فوری', 'کانال خبری', 'بورس پلاس'])}]")
        if sec:
            pg.add("head", "c", "#" + sec.replace(" ", "_"))
        pg.add("head", "title", title)
        date = None
    elif f == "rss":
        if not s["rss_raw"]:
            pg.add("head", "c", f"Feed: {h.name} - {h.tagline}")
            pg.add("head", "title", title)
            pg.add("head", "c", f"Author: {author}" if stable(h.domain, 5) % 2 else None)
            pg.add("head", "c", f"Link: {url(h, r)}")
            pg.add("head", "c", f"Date: {rfc822(pub, s['gmt'])}")
            pg.add("head", "c", f"Category: {sec}" if sec else None)
        else:
            pg.add("head", "title", title)  # rendered as <title>…</title>
            pg.add("head", "link", url(h, r))
            pg.add("head", "pubDate", rfc822(pub, s["gmt"]))
            pg.add("head", "category", sec)
        date = None
    elif f == "epaper":
        page_no = r.randint(2, 12)
        j = jdatetime.date.fromgregorian(date=pub.date())
        pg.add("head", "c", dg(f"شماره {s['issue'] + (pub.date() - dt.date(2012, 1, 1)).days // 2}", s["digits"]) +
               " | " + jlong(pub, s["digits"]) + dg(f" | صفحه {page_no}", s["digits"]))
        pg.add("head", "c", sec)  # the page's name
        if r.random() < 0.3:
            pg.add("head", "sur", pick(r, ["گزارش روز", "در حاشیه", "خبر ویژه", f"{JMONTHS[j.month - 1]} داغ"]))
        pg.add("head", "title", title)
        date = None
    else:
        if f == "reader":
            pg.add("head", "c", h.domain)
            pg.add("head", "title", title)
            pg.add("head", "c", author)
            pg.add("head", "c", dg(f"{r.randint(2, 6)} تا {r.randint(7, 12)} دقیقه", d))
        if sec and s["sec"] == "crumb":
            trail = [s["home"] or h.name, sec]
            pg.add("crumb", "c", s["sep"].join(trail))
        if f != "reader":
            pg.add("head", "title", title)
        if sec and s["sec"] == "label":
            pg.add("head", "c", f"{s['sec_label']} {sec}")
        if s["audio"] and f != "reader":
            pg.add("head", "c", dg(f"🔊 شنیدن خبر | 00:00 / 0{r.randint(1, 6)}:{r.randint(10, 59)}", d))
    if date:
        pg.add("head", "date", date)
        if s["updated"]:
            pg.add("head", "c", "آخرین به‌روزرسانی: " + fmt_date(upd, "num", d))
    if s["code"] and f not in ("telegram", "eitaa", "rss", "epaper"):
        pg.add("head", "c", dg(s["code"].format(n=ncode), d))
    if s["views"] and f not in ("rss", "telegram", "eitaa"):
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
    for w in s["widgets"] if f not in ("rss", "telegram", "eitaa", "epaper") else []:
        pg.add("head", "c", w)
    pg.add("head", "lead", lead)
    if h.family in FAMILY_PRE and f not in ("rss",):
        for x in FAMILY_PRE[h.family](r, d):
            pg.add("pre", "c", x)
    jump = r.randint(1, len(paras) - 1) if f == "epaper" and len(paras) >= 3 and r.random() < 0.7 else 0
    for i, p in enumerate(paras):
        if jump and i == jump:
            to = r.randint(13, 20)
            pg.add("body", "c", dg(f"ادامه در صفحه {to}", d))
            pg.add("body", "c", pick(r, ["آگهی مناقصه عمومی یک مرحله‌ای", "آگهی تغییرات شرکت",
                                          "فقدان یار مهربان را تسلیت عرض می‌نماییم"]))
            pg.add("body", "c", dg(f"صفحه {to}", d))
            pg.add("body", "c", dg(f"ادامه از صفحه {page_no}", d))
        pg.add("body", "body", p)
        if f in ("markdown", "lynx", "w3m", "html") and others and i < len(paras) - 1 and r.random() < 0.08:
            pg.add("body", "c", "بیشتر بخوانید: " + pick(r, others))
    pg.add("post", "c", s["end"])
    if agency:
        pg.add("post", "c", s["credit"].format(a=AGENCIES[agency][stable(h.domain, agency) % len(AGENCIES[agency])]))
    if s["author"] and f not in ("reader", "telegram", "eitaa"):
        pg.add("post", "c", s["author"].format(a=author))
        if s["bio"]:
            pg.add("post", "c", f"{author}، روزنامه‌نگار و دبیر بخش {pick(r, h.menu)} {h.name}")
    tags = st["tags"] or ["ایران"]
    if f in ("telegram", "eitaa"):
        pg.add("post", "c", " ".join("#" + x.replace(" ", "_") for x in tags[:4]) if r.random() < 0.6 else None)
        pg.add("post", "c", dg(f"👁 {r.randint(1, 99)}.{r.randint(1, 9)}K", d) if f == "telegram"
               else dg(f"بازدید: {r.randint(300, 40000):,}", d))
        pg.add("post", "c", f"🆔 {s['handle']}")
        pg.add("post", "c", pick(r, ["👇👇👇", "✅ عضو شوید", "🔻کانال ما را به دوستانتان معرفی کنید"]))
    elif s["tags"] and f not in ("rss", "epaper"):
        pg.add("post", "c", " ".join("#" + x.replace(" ", "_") for x in tags) if s["tags"] == "#"
               else s["tags"].format(t="، ".join(tags)))
    if f == "reader":
        pg.add("post", "c", f"مشاهده در {h.domain}: {url(h, r)}")
        pg.add("post", "c", pick(r, ["ذخیره‌شده با Pocket", "نمای مطالعه", "Saved to Instapaper"]))
    if s["share"] == "لینک کوتاه" and f not in ("rss", "epaper"):
        pg.add("post", "c", f"لینک کوتاه: https://{h.domain.split('/')[0]}/x{r.getrandbits(20):05x}")
    elif s["share"] and f not in ("rss", "epaper", "telegram", "eitaa", "reader"):
        pg.add("post", "c", s["share"])
    if s["prevnext"] and len(others) >= 2 and f not in ("rss", "epaper", "telegram", "eitaa"):
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        else:
            pg.add("post", "c", f"« {a}")
            pg.add("post", "c", f"{b} »")
    if s["related"] and others and f not in ("rss", "reader", "epaper"):
        pg.add("related", "c", s["related"] if f not in ("telegram", "eitaa") else "📌 " + s["related"])
        for t in others[: r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["banner"] and f not in ("rss", "reader", "epaper"):
        pg.add("foot", "c", s["banner"])
    if f not in ("telegram", "eitaa", "rss", "reader"):
        for x in s["footer"]:
            pg.add("foot", "c", x)
    return pg, {"section": sec, "lead": lead, "dated": True, "upd": upd, "author": author}


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"#{pick(r, h.sections).replace(' ', '_')}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", fmt_date(crawl - dt.timedelta(
                days=r.randint(0, 60)), "num", d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۹ صفحه بعد", d))
    elif kind == "chrome_only":
        for x in ("خطای ۴۰۴", "صفحه مورد نظر یافت نشد!", "بازگشت به صفحه اصلی") if r.random() < 0.5 else \
                ("تماس با ما", f"ایمیل: info@{h.domain.split('/')[0]}", dg(f"تلفن: 021-{r.randint(22000000, 88999999)}",
                                                                            d), "متن پیام", "ارسال"):
            pg.add("body", "c", dg(x, d))
    else:
        pg.add("head", "c", pick(r, ["بدون عنوان", "پیام حذف شد", "به زودی"]))
        pg.add("body", "c", pick(r, ["این پست حذف شده است.", "این مطلب در حال حاضر در دسترس نیست.",
                                     "محتوایی یافت نشد."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

CONTENT = ("title", "lead", "sur", "body")


def story_lines(pg: Page) -> set[str]:
    return {t for _, ls in pg.regions for ro, t in ls if ro in CONTENT}


def render_rss_item(h: Host, pg: Page) -> str:
    """An RSS ``<item>`` as a feed dump shows it: fields, the story inside ``content:encoded``."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<item>"]
    inner: list[str] = []
    for _, ls in pg.regions:
        for role, t in ls:
            if role in ("title", "link", "pubDate", "category"):
                lines.append(f"<{role}>{t}</{role}>")
            elif role == "lead":
                lines.append(f"<description>{t}</description>")
            else:
                inner.append(t)
    lines += ["<content:encoded><![CDATA[", *inner, "]]></content:encoded>", "</item>"]
    return "\n".join(lines) + "\n"


def render_text(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None) -> tuple[str, list[str]]:
    """The page as its export form prints it, and the decorated chrome lines (stripped) it shows."""
    f, s = h.form, h.s
    out: list[str] = []
    deco: list[str] = []
    refs: list[str] = []

    def link(t: str) -> str:
        refs.append(f"https://{h.domain.split('/')[0]}/{stable(t) % 9999}")
        return f"[{len(refs)}]{t}"

    def put(line: str, chrome: bool) -> None:
        out.append(line)
        if chrome and line.strip():
            deco.append(line.strip())

    if f == "markdown" and s["front"] and gold["kind"] == "article":
        put("---", True)
        put(f'title: "{gold["title"]}"', False)
        if pub is not None:
            put(f"date: {pub.isoformat()}", True)
        if gold["section"]:
            put(f'categories: ["{gold["section"]}"]', False)
        put("draft: false", True)
        put("---", True)
    if f == "rss" and s["rss_raw"]:
        text = render_rss_item(h, pg)
        return text, ["<item>", "</item>", "<content:encoded><![CDATA[", "]]></content:encoded>"]
    for region, ls in pg.regions:
        if f == "lynx" and region == "nav":
            put("   " + " ".join(link(t) for _, t in ls), True)
            put("   (BUTTON) جستجو", True)
            continue
        if f == "w3m" and region == "nav":
            put(" | ".join(link(t) for _, t in ls), True)
            continue
        if f == "markdown" and region == "nav":
            for _, t in ls:
                put(f"* [{t}](https://{h.domain}/{stable(t) % 999}/)", True)
            continue
        for role, t in ls:
            c = role not in CONTENT
            if role == "title":
                line = {"lynx": "                     " + t, "w3m": t, "markdown": "# " + t, "reader": t,
                        "rss": f"<title>{t}</title>" if s["rss_raw"] else f"Title: {t}",
                        "telegram": (pick(r, ["🔴 ", "📌 ", "✅ ", "⭕️ "]) + t) if stable(h.domain, 6) % 2
                        else f"**{t}**",
                        "eitaa": "🔹" + t}.get(f, t)
            elif role == "lead":
                line = {"markdown": f"> {t}", "lynx": "   " + t, "rss": t, "telegram": t, "eitaa": t}.get(f, t)
            elif role == "sur" and f == "markdown":
                line = f"**{t}**"
            elif role == "body":
                line = "   " + t if f == "lynx" else t
            elif f in ("lynx", "w3m") and region == "crumb":
                line = ("   " if f == "lynx" else "") + s["sep"].join(link(x) for x in t.split(s["sep"]))
            elif f == "markdown" and region == "crumb":
                line = s["sep"].join(f"[{x}](https://{h.domain}/{stable(x) % 99}/)" for x in t.split(s["sep"]))
            elif f in ("lynx", "w3m") and region == "related" and t != s["related"]:
                line = ("     * " if f == "lynx" else "  • ") + link(t)
            elif f == "markdown" and region == "related" and t != s["related"]:
                line = f"* [{t}](https://{h.domain}/news/{stable(t) % 99999}/)"
            elif f == "markdown" and region == "related":
                line = f"## {t}"
            elif f == "lynx" and region == "top" and t == h.name:
                line = f"   [{h.domain.split('.')[0]}.png] {t}" if stable(h.domain, 7) % 2 else f"   {t}"
            else:
                line = ("   " + t) if f == "lynx" else t
            put(line, c)
        if f in ("markdown", "w3m", "reader", "epaper", "rss") or region in ("body", "related", "foot"):
            out.append("")
    if f == "rss" and not s["rss_raw"]:
        put("Links:", True)
        put(f"[1]: https://{h.domain}/rss (link)", True)
    if f in ("lynx", "w3m") and refs:
        put("References" if f == "lynx" else "References:", True)
        out.append("")
        for i, u in enumerate(refs, 1):
            put(f"  {i:>3}. {u}" if f == "lynx" else f"[{i}] {u}", True)
    return "\n".join(out).rstrip("\n") + "\n", deco


def _esc(t: str) -> str:
    return html.escape(t, quote=False)


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None, upd: dt.datetime) -> str:
    s, c = h.s, h.s["cls"]
    ttl = html.escape(gold["title"] or h.name)
    head = [f"<title>{ttl} - {html.escape(h.name)}</title>", '<meta charset="utf-8">']
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{ttl}">')
        if gold["section"]:
            head.append(f'<meta property="article:section" content="{html.escape(gold["section"])}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
    if gold["kind"] == "article" and s["jsonld"]:
        lds: list[dict] = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                            "author": {"@type": "Person", "name": gold.get("_author")}}]
        if pub is not None:
            lds[0]["datePublished"] = pub.isoformat()
            lds[0]["dateModified"] = upd.isoformat()
        if gold["section"]:
            lds.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": s["home"] or h.name, "item": f"https://{h.domain}/"},
                {"@type": "ListItem", "position": 2, "name": gold["section"]}]})
        for ld in lds:
            head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    blocks = []
    for region, ls in pg.regions:
        items = []
        for role, t in ls:
            if role == "title":
                items.append(f"<h1>{_esc(t)}</h1>")
            elif role == "lead":
                items.append(f'<p class="{c[0]}">{_esc(t)}</p>')
            elif role == "body":
                items.append(f"<p>{_esc(t)}</p>")
            elif region == "nav":
                items.append(f'<li><a href="/{c[1]}/{stable(t) % 99}">{_esc(t)}</a></li>')
            elif region == "related" and t != s["related"]:
                items.append(f'<li><a href="/news/{stable(t) % 99999}">{_esc(t)}</a></li>')
            elif region == "crumb":
                items.append('<div class="breadcrumb">' + _esc(s["sep"]).join(
                    f'<a href="/{stable(x) % 99}">{_esc(x)}</a>' for x in t.split(s["sep"])) + "</div>")
            elif role == "date" and pub is not None:
                items.append(f'<time datetime="{pub.isoformat()}">{_esc(t)}</time>')
            else:
                items.append(f'<div class="{c[2 + stable(region, t[:6]) % 5]}">{_esc(t)}</div>')
        inner = "\n".join(items)
        if region in ("nav", "related"):
            inner = f"<ul>{inner}</ul>"
        tag = {"top": "header", "nav": "nav", "related": "aside", "foot": "footer"}.get(region, "div")
        blocks.append((region, f'<{tag} class="{c[7]}-{region}">\n{inner}\n</{tag}>'))
    story = {"crumb", "head", "pre", "body", "post"}
    body = "\n".join(b for g, b in blocks if g in ("top", "nav"))
    body += "\n<main><article>\n" + "\n".join(b for g, b in blocks if g in story) + "\n</article></main>\n"
    body += "\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav"))
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + body + "\n<script>window.dataLayer=[];</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

@functools.cache
def _stories() -> tuple[dict, ...]:
    """The corpus's stories, read once a process (the stories are not changed by a run)."""
    return tuple(load_stories())


def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2013, 3, 1) + dt.timedelta(days=r.randrange(4300))
    hour = r.choice([0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 111, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="n", all_families=FAMILIES, make_host=make_host, hosts=3,
        stories=list(_stories()))
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-n:{seed}:page:{i}")
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=300)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
            upd = crawl
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, h.family)
                pub = _pub_time(r)
                built[i] = (paras, pub)
                edits: list[str] = []
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            pg, meta = article_page(h, r, st, paras, agency, pub, others, lead)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": meta["lead"],
                    "surtitle": next(iter(pg.lines("sur")), None), "body_paragraphs": paras, "agency": agency,
                    "published_iso": pub.date().isoformat(),
                    "published_jalali": jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d"),
                    "published_time": None, "cluster": None, "source": None, "source_key": st["key"],
                    "edits": edits, "_author": meta["author"]}
            upd = meta["upd"]
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        if gold["kind"] == "article" and pub is not None:
            # an HTML page carries the instant in its <time datetime>; a Hugo export in its front matter
            front = fmt == "txt" and h.form == "markdown" and h.s["front"]
            full = shows_time(h) or fmt == "html" or front
            gold["published_time"] = pub.isoformat() if full else pub.date().isoformat()
        if fmt == "html":
            text, deco = render_html(h, pg, r, gold, pub, upd), []
        else:
            text, deco = render_text(h, pg, r, gold, pub)
        name = write_page(pages_dir, i, text, fmt)
        # the chrome as the page shows it: an export may print a line only decorated ([7]خانه | [8]پژوهش)
        shown = [t for t in pg.lines() if t not in story_lines(pg) and (fmt == "html" or t in text)]
        chrome = chrome_gold(shown + deco, gold["body_paragraphs"])
        gold.pop("_author", None)
        rows.append(gold_row(name, "families-n", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"n{seed}")
