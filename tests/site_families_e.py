"""Family set E: seven Persian news/blog/magazine site families, written blind to the extractor.

    build(out_dir, n, seed) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see its README and ``../shared/tools/score_pages.py``).
Written without reading ``src/palayesh/extract/`` or the other family generators, from what Persian
sites look like flattened to text. Each family has several hosts; every host draws its own wording for
each kind of chrome (menus, date style, byline, credit, end marker, tags, share, related, prev/next,
author box, newsletter, app banner, ads, photo captions, readers' comments, related links with their
teasers, editor's notes, copyright, footer) from pools that are combined from parts, so no fixed
phrase list covers them, while a host's pages share their template (as real
sites do). Article text, titles, leads and tags come from ``../shared/data/corpora/news-dev.jsonl.gz``;
related links are titles of other articles, some of which are pages of the same run. About 6% of the
pages are negatives (listing, chrome_only, empty). Deterministic by seed.
"""
from __future__ import annotations

import gzip
import hashlib
import html
import json
import random
import re
import unicodedata
from pathlib import Path

import jdatetime

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "data" / "corpora" / "news-dev.jsonl.gz"
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]
G_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
AGENCY_NAMES = {"فارس": ["خبرگزاری فارس", "فارس"], "ورزش سه": ["ورزش سه", "ورزش۳", "سایت ورزش سه"],
                "ایسنا": ["خبرگزاری ایسنا", "ایسنا"], "مهر": ["خبرگزاری مهر", "مهر"],
                "تسنیم": ["خبرگزاری تسنیم", "تسنیم"], "ایرنا": ["ایرنا", "خبرگزاری جمهوری اسلامی"]}
FARS_SECTIONS = {"politics": ["سیاسی", "سیاست"], "economy": ["اقتصادی", "اقتصاد"], "sports": ["ورزشی", "ورزش"],
                 "culture": ["فرهنگی", "فرهنگ و هنر"], "social": ["اجتماعی", "جامعه"],
                 "international": ["بین‌الملل", "جهان"], "provinces": ["استان‌ها", "شهرستان‌ها"],
                 "science": ["علمی", "دانش و فناوری"]}
SPORT_SECTIONS = ["فوتبال ایران", "فوتبال جهان", "والیبال", "کشتی", "ورزش‌های رزمی", "سایر ورزش‌ها"]
PEOPLE = ["مریم احمدی", "علی رضایی", "سارا موسوی", "حسین کریمی", "زهرا نوری", "محمد صادقی", "نگار فتحی",
          "رضا قاسمی", "الهام جعفری", "امیر حسینی", "فاطمه شریفی", "بهروز مقدم"]


# ---------------------------------------------------------------- text helpers

def fa(s: object) -> str:
    return str(s).translate(FA)


def pick(rng: random.Random, *parts: list[str]) -> str:
    """One wording made of one choice per part (empty parts drop out)."""
    return " ".join(p for p in (rng.choice(x) for x in parts) if p)


def load_articles() -> list[dict]:
    arts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            paras = [" ".join(p.split()) for p in d.get("paragraphs") or []]
            paras = [p for p in paras if len(p) >= 25]
            if len(paras) >= 2 and d.get("title"):
                d["paragraphs"] = paras[:10]
                d["agency"] = "فارس" if d["dataset"] == "fars" else "ورزش سه"
                arts.append(d)
    return arts


# ---------------------------------------------------------------- dates

class When:
    def __init__(self, rng: random.Random):
        g = jdatetime.date(rng.randint(1388, 1400), rng.randint(1, 12), rng.randint(1, 28))
        self.j, self.g = g, g.togregorian()
        self.hh, self.mm = rng.randint(0, 23), rng.randint(0, 59)

    def fmt(self, style: str) -> str:
        j, g, t = self.j, self.g, f"{self.hh:02d}:{self.mm:02d}"
        wd = WEEKDAYS[j.weekday()]
        return {
            "long": fa(f"{j.day} {MONTHS[j.month - 1]} {j.year} - {t}"),
            "long_wd": fa(f"{wd} {j.day} {MONTHS[j.month - 1]} {j.year}") + "، ساعت " + fa(t),
            "slash": fa(f"{j.year}/{j.month:02d}/{j.day:02d} {t}"),
            "slash_latin": f"{j.year}/{j.month:02d}/{j.day:02d} - {t}",
            "yy": fa(f"{j.year % 100:02d}/{j.month:02d}/{j.day:02d}") + " | " + fa(t),
            "time_first": "ساعت " + fa(t) + " - " + fa(f"{j.day} {MONTHS[j.month - 1]} {j.year}"),
            "greg": f"{g.day} {G_MONTHS[g.month - 1]} {g.year}",
            "dash": fa(f"{j.year}-{j.month:02d}-{j.day:02d}"),
        }[style]

    def iso(self) -> str:
        return self.g.isoformat()

    def jalali(self) -> str:
        return f"{self.j.year}/{self.j.month:02d}/{self.j.day:02d}"

    def meta(self) -> str:
        return f"{self.g.isoformat()}T{self.hh:02d}:{self.mm:02d}:00+03:30"


# ---------------------------------------------------------------- per-host templates

FAMILIES = ["daily_portal", "wp_blog", "sports_mag", "regional_agency", "lifestyle_mag", "tech_news", "aggregator"]
HOSTS = {
    "daily_portal": [("روزنامه صبح میهن", "sobhmihan.ir"), ("آفتاب نو", "aftabeno.com"), ("پیام روز", "payamerooz.ir")],
    "wp_blog": [("وبلاگ یادداشت‌های من", "yaddasht-ha.blog.ir"), ("دفترچه خبر", "daftarche.net"),
                ("نوشته‌های پراکنده", "parakande.ir"), ("کافه خبر", "cafekhabar.com")],
    "sports_mag": [("گل و توپ", "golotoop.ir"), ("تماشاگر", "tamashagar.net"), ("سکوی قهرمانی", "sakoo.ir")],
    "regional_agency": [("خبرگزاری دیار شمال", "diyareshomal.ir"), ("صدای زاگرس", "sedayezagros.ir"),
                        ("کویر آنلاین", "kavironline.ir")],
    "lifestyle_mag": [("مجله زندگی سبز", "zendegisabz.mag"), ("ماهنامه فانوس", "fanoosmag.ir"),
                      ("چیدمان", "chidman.com")],
    "tech_news": [("دیجی‌خبر", "digikhabar.ir"), ("فناوری امروز", "fanavaryemrooz.com"), ("تکنو نیوز", "technonews.ir")],
    "aggregator": [("همه خبر", "hamekhabar.ir"), ("خبرخوان ملی", "khabarkhan.net"), ("تیتر یک", "titreyek.ir")],
}


def host_template(family: str, name: str, host: str, rng: random.Random, titles: list[str]) -> dict:
    """Everything that recurs on a host's pages, drawn once per host."""
    menus_pool = ["صفحه اصلی", "خانه", "اخبار", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی", "بین‌الملل",
                  "عکس", "ویدیو", "گزارش", "یادداشت", "گفتگو", "پادکست", "آرشیو", "درباره ما", "تماس با ما",
                  "تبلیغات", "چندرسانه‌ای", "سلامت", "دانش", "خواندنی‌ها", "استان‌ها", "بازار"]
    t: dict = {"name": name, "host": host, "family": family}
    t["menu"] = rng.sample(menus_pool, rng.randint(5, 9))
    t["menu_sep"] = rng.choice([" | ", " - ", " • ", "  ", None])  # None: one item a line
    t["tagline"] = rng.choice([f"{name} | " + pick(rng, ["اخبار", "تازه‌ترین اخبار", "خبرهای"],
                                                    ["ایران و جهان", "روز", "لحظه به لحظه", "داغ"]),
                               pick(rng, ["پایگاه خبری", "رسانه", "مجله اینترنتی", "سایت خبری"],
                                    ["تحلیلی", "مستقل", "فراگیر", ""]) + " " + name, None])
    t["today"] = rng.random() < 0.5  # a header "today" date that is not the article's
    t["date_style"] = rng.choice(["long", "long_wd", "slash", "slash_latin", "yy", "time_first", "greg", "dash"])
    t["date_label"] = rng.choice(["", "تاریخ انتشار: ", "انتشار: ", "منتشر شده در ", "زمان انتشار: ", ""])
    t["relative"] = family == "wp_blog" and rng.random() < 0.5  # shows «۳ روز پیش»: no date
    t["code"] = rng.choice([None, "کد خبر: {n}", "شناسه مطلب: {n}", "کد مطلب : {n}", "News ID: {n}"])
    t["views"] = rng.choice([None, "بازدید: {v}", "{v} بار خوانده شده", "تعداد بازدید: {v}", "👁 {v}"])
    t["byline"] = rng.choice([None, "author_pipe", "author_label", "reporter", "by"])
    t["author_label"] = rng.choice(["نویسنده:", "نوشته:", "به قلم", "تهیه و تنظیم:"])
    t["crumb_sep"] = rng.choice([" / ", " » ", " › ", " > ", " | ", None])
    t["crumb_home"] = rng.choice(["خانه", "صفحه نخست", "صفحه اصلی", name])
    t["section_label"] = rng.choice([None, "سرویس:", "گروه:", "دسته‌بندی:", "موضوع:"])
    t["show_section"] = rng.random() < 0.85
    t["lead"] = rng.random() < 0.6
    t["surtitle"] = rng.random() < 0.25
    t["source"] = rng.choice(["منبع: {a}", "منبع خبر: {a}", "به نقل از {a}", "({a})", "منبع : {a}", "source_none"])
    t["end"] = rng.choice([None, "انتهای پیام/", "پایان خبر", "/ت", "*", "//", "انتهای خبر", "■"])
    t["credit"] = rng.choice([None, "خبرنگار: {p}", "تنظیم: {p}", "گزارش از {p}", "ویراستار: {p}", "عکس: {p}"])
    t["tags"] = rng.choice([None, "برچسب‌ها:", "کلیدواژه‌ها:", "تگ‌ها:", "#", "موضوعات مرتبط:"])
    t["share"] = rng.choice([None, pick(rng, ["اشتراک‌گذاری", "به اشتراک بگذارید", "این مطلب را"],
                                          ["در:", "", "با دوستانتان به اشتراک بگذارید"]),
                             "ارسال به دوستان", "share_icons"])
    t["shortlink"] = rng.choice([None, "لینک کوتاه: https://{h}/x/{c}", "کپی لینک: {h}/n{c}", "https://{h}/?p={c}"])
    t["comments"] = rng.choice([None, "{k} دیدگاه", "نظرات ({k})", "{k} نظر", "دیدگاه‌ها: {k}",
                                "هنوز دیدگاهی ثبت نشده است"])
    t["rate"] = rng.choice([None, "امتیاز دهید:", "این مطلب چقدر مفید بود؟", "به این خبر امتیاز دهید"])
    t["related"] = rng.choice([None, "مطالب مرتبط", "اخبار مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر",
                               "شاید برایتان جالب باشد", "مطالب پیشنهادی", "خبرهای مرتبط"])
    t["related_date"] = rng.random() < 0.3
    t["inline_more"] = rng.choice([None, "بیشتر بخوانید: {t}", "بخوانید: {t}", "پیشنهاد می‌کنیم: {t}",
                                   "مرتبط: {t}", "همچنین بخوانید ← {t}", "ادامه دارد..."])
    t["inline_ad"] = rng.choice([None, "تبلیغات", "آگهی: " + pick(rng, ["خرید", "فروش ویژه", "تخفیف"],
                                                                      ["بلیط هواپیما", "لپ‌تاپ", "مبلمان"],
                                                                      ["با بهترین قیمت", "فقط این هفته"]),
                                 "--- ادامه مطلب در زیر ---"])
    t["user_comments"] = rng.choice([None, "نظرات کاربران", "دیدگاه خوانندگان", "نظرات شما", "پربحث‌ترین نظرات"])
    t["teaser"] = rng.random() < 0.4  # related items come with their lead, a sentence-long line
    t["caption"] = rng.choice([None, "عکس: {x}", "▲ {x}", "تصویر: {x}", "{x} (عکس تزئینی است)"])
    t["long_ad"] = rng.choice([None, pick(rng, ["برای", "جهت"], ["مشاوره رایگان", "ثبت سفارش", "رزرو"],
                                          ["خرید ملک در ترکیه", "تور کیش", "دوره‌های زبان انگلیسی",
                                           "بیمه تکمیلی"],
                                          ["همین حالا با شماره", "با پشتیبانی به شماره"])
                                + " " + fa(f"021-{rng.randint(2000000, 9999999)}") + " تماس بگیرید"])
    t["editor_note"] = rng.choice([None, "این خبر در حال تکمیل است.", "این گزارش به‌روزرسانی می‌شود...",
                                   f"{name} در قبال محتوای نقل‌قول‌ها مسئولیتی ندارد.",
                                   "نقل مطالب این گزارش تنها با ذکر منبع مجاز است."])
    t["prevnext"] = rng.choice([None, "arrows", "labels", "words"])
    t["authorbox"] = family in ("wp_blog", "lifestyle_mag", "tech_news") and rng.random() < 0.7
    t["newsletter"] = rng.choice([None, pick(rng, ["عضویت در خبرنامه", "اشتراک خبرنامه", "خبرنامه"],
                                             [name, "", "هفتگی"]),
                                  "برای دریافت تازه‌ترین مطالب، ایمیل خود را وارد کنید"])
    t["app"] = rng.choice([None, f"اپلیکیشن {name} را نصب کنید", f"دانلود اپ {name} از بازار و مایکت",
                           f"کانال {name} در تلگرام و ایتا: @{host.split('.')[0]}",
                           "ما را در اینستاگرام دنبال کنید"])
    t["popular"] = rng.choice([None, "پربازدیدترین‌ها", "پربحث‌ترین", "داغ‌ترین‌ها", "آخرین اخبار", "تازه‌ها"])
    t["popular_titles"] = rng.sample(titles, 5)  # a sidebar that is the same on all pages of a host
    t["copyright"] = rng.choice([
        f"© {fa(rng.randint(1390, 1402))} - کلیه حقوق برای {name} محفوظ است.",
        f"تمامی حقوق مادی و معنوی این سایت متعلق به {name} است.",
        "استفاده از مطالب با ذکر منبع بلامانع است.",
        f"Copyright © {rng.randint(2012, 2023)} {host}. All rights reserved.",
        f"کپی‌رایت {name}؛ بازنشر فقط با لینک مستقیم"])
    t["footer"] = rng.sample(["درباره ما", "تماس با ما", "تبلیغات", "حریم خصوصی", "قوانین", "همکاری با ما",
                              "نقشه سایت", "RSS", "آرشیو", "سوالات متداول"], rng.randint(3, 6))
    t["html"] = rng.random() < {"wp_blog": 0.6, "tech_news": 0.5}.get(family, 0.2)
    t["cls"] = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
    return t


# ---------------------------------------------------------------- one page

def section_of(art: dict, t: dict, rng: random.Random) -> str:
    if art["dataset"] == "fars":
        names = FARS_SECTIONS.get(art.get("cat") or "", ["اخبار", "گوناگون"])
        return names[len(t["host"]) % len(names)]
    return rng.choice(SPORT_SECTIONS)


COMMENT_PARTS = [
    ["واقعا", "به نظرم", "متاسفانه", "خیلی ممنون از گزارشتون،", "سلام،", "والا", "ای کاش", "جالبه که"],
    ["این خبر", "این وضعیت", "مسئولین", "این تیم", "مردم", "دولت", "این آقا", "قیمت‌ها"],
    ["هیچ‌وقت درست نمی‌شه", "باید پاسخگو باشند", "عالی بود", "کاملا حق داره", "داره ما رو مسخره می‌کنه",
     "چند ساله همینه", "باید زودتر تصمیم می‌گرفتن", "یه فکری به حال ما بکنن"],
    ["", "!!!", "؟", ". دمتون گرم", ". خدا به داد برسه", ". منتظر خبرهای بعدی هستیم", ". لطفا پیگیری کنید"],
]


def comment_text(rng: random.Random) -> str:
    """A reader's comment: informal, sentence-long, never the same twice."""
    parts = [pick(rng, *COMMENT_PARTS) for _ in range(rng.randint(1, 3))]
    return " ".join(parts).replace(" !!!", "!!!").replace(" ؟", "؟").replace(" .", ".")


def article_page(art: dict, t: dict, rng: random.Random, others: list[dict]) -> tuple[list[tuple[str, str]], dict]:
    """Lines of the page as (kind, text): kind is chrome, title, lead, surtitle, section, body."""
    L: list[tuple[str, str]] = []
    chrome = lambda s: L.append(("chrome", s))  # noqa: E731
    when = When(rng)
    agency = art["agency"]
    paras = list(art["paragraphs"])
    if re.match(r"به گزارش (خبرگزاری |خبرگزاري )?فارس", paras[0]):
        agency = "فارس"
    if agency == "فارس" and rng.random() < 0.25:
        new = rng.choice(["ایسنا", "مهر", "تسنیم", "ایرنا"])
        fixed = re.sub(r"(خبرگزاری|خبرگزاري) فارس", AGENCY_NAMES[new][0], paras[0], count=1)
        if fixed != paras[0]:
            paras[0], agency = fixed, new
    section = section_of(art, t, rng) if t["show_section"] else None
    # header
    chrome(t["name"])
    if t["tagline"]:
        chrome(t["tagline"])
    if t["today"]:
        chrome("امروز: " + When(rng).fmt(rng.choice(["long_wd", "long"])).split(" - ")[0].split("،")[0])
    if t["menu_sep"]:
        chrome(t["menu_sep"].join(t["menu"]))
    else:
        for m in t["menu"]:
            chrome(m)
    if section:
        if t["crumb_sep"] and not t["section_label"]:
            L.append(("section", t["crumb_home"] + t["crumb_sep"] + section))
        elif t["section_label"]:
            L.append(("section", f"{t['section_label']} {section}"))
        else:
            L.append(("section", section))
    if t["surtitle"] and art.get("tags"):
        L.append(("surtitle", art["tags"][0]))
    L.append(("title", art["title"]))
    date = None if t["relative"] else when.fmt(t["date_style"])
    if t["relative"]:
        date_text = fa(rng.randint(2, 20)) + " " + rng.choice(["روز پیش", "ساعت پیش", "هفته پیش"])
    else:
        date_text = t["date_label"] + date
    person = rng.choice(PEOPLE)
    by = t["byline"]
    if by == "author_pipe":
        chrome(" | ".join([person, date_text, fa(rng.randint(0, 40)) + " دیدگاه"]))
    else:
        if by == "author_label":
            chrome(f"{t['author_label']} {person}")
        elif by == "reporter":
            chrome(f"خبرنگار: {person}")
        elif by == "by":
            chrome(f"توسط {person}")
        meta = [date_text]
        if t["code"]:
            meta.append(t["code"].format(n=fa(rng.randint(100000, 9999999))))
        if t["views"]:
            meta.append(t["views"].format(v=fa(rng.randint(50, 90000))))
        if rng.random() < 0.5:
            chrome("  ".join(meta))
        else:
            for m in meta:
                chrome(m)
    if t["lead"] and art.get("abstract"):
        lead = " ".join(art["abstract"].split())
        lead = re.sub(r"^(خبرگزاری|خبرگزاري) فارس\s*:\s*", "", lead)
        if len(lead) > 20:
            L.append(("lead", lead))
    # body, with chrome inside it
    others_used = rng.sample(others, 8)
    other_titles = [o["title"] for o in others_used]
    for i, p in enumerate(paras):
        L.append(("body", p))
        if i == 0 and t["caption"] and rng.random() < 0.5:
            words = other_titles[7].split()
            chrome(t["caption"].format(x=" ".join(words[: max(3, len(words) // 2)])))
        if i == len(paras) - 2 and i > 2 and t["inline_more"] and rng.random() < 0.4:
            chrome(t["inline_more"].format(t=other_titles[6]))
        if i == 2 and t["long_ad"] and rng.random() < 0.5:
            chrome(t["long_ad"])
        if i == 1 and len(paras) > 3:
            if t["inline_more"] and rng.random() < 0.7:
                chrome(t["inline_more"].format(t=other_titles[0]))
            if t["inline_ad"] and rng.random() < 0.6:
                chrome(t["inline_ad"])
    # after the body
    # a host that prints no credit still shows the agency when the story's dateline does not name it
    named = re.search(r"به گزارش[^،,]{0,40}(%s)" % "|".join([agency, "ورزش\u200cسه"] + AGENCY_NAMES[agency]),
                      paras[0][:80])
    if t["source"] != "source_none" or not named:
        src = t["source"] if t["source"] != "source_none" else "منبع: {a}"
        chrome(src.format(a=rng.choice(AGENCY_NAMES[agency])))
    if t["end"]:
        chrome(t["end"])
    if t["editor_note"]:
        chrome(t["editor_note"])
    if t["credit"]:
        chrome(t["credit"].format(p=rng.choice(PEOPLE)))
    tags = (art.get("tags") or [])[:4]
    if t["tags"] and tags:
        if t["tags"] == "#":
            chrome(" ".join("#" + x.replace(" ", "_") for x in tags))
        elif rng.random() < 0.5:
            chrome(t["tags"] + " " + "، ".join(tags))
        else:
            chrome(t["tags"])
            for x in tags:
                chrome(x)
    if t["share"] == "share_icons":
        for s in ["تلگرام", "واتساپ", "توییتر", "لینکدین", "ایمیل"][: rng.randint(3, 5)]:
            chrome(s)
    elif t["share"]:
        chrome(t["share"])
    if t["shortlink"]:
        code = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(5))
        chrome(t["shortlink"].format(h=t["host"], c=code))
    if t["rate"]:
        chrome(t["rate"])
    if t["authorbox"]:
        chrome(rng.choice(["درباره نویسنده", "نویسنده", "درباره " + person]))
        chrome(person)
        chrome(pick(rng, [person], ["کارشناس ارشد", "دانش‌آموخته", "روزنامه‌نگار و"],
                    ["روزنامه‌نگاری", "علوم ارتباطات", "ادبیات فارسی"], ["است و از سال " + fa(rng.randint(1385, 1398)),
                                                                          "و علاقه‌مند به نوشتن"],
                    ["در این مجله می‌نویسد.", "با ما همکاری دارد."]))
        chrome(rng.choice(["مشاهده همه نوشته‌ها", f"همه مطالب {person}", "نوشته‌های بیشتر از این نویسنده"]))
    if t["prevnext"] == "arrows":
        chrome("« " + other_titles[1])
        chrome(other_titles[2] + " »")
    elif t["prevnext"] == "labels":
        chrome("نوشته قبلی: " + other_titles[1])
        chrome("نوشته بعدی: " + other_titles[2])
    elif t["prevnext"] == "words":
        chrome(rng.choice(["مطلب قبلی", "خبر قبلی"]))
        chrome(other_titles[1])
        chrome(rng.choice(["مطلب بعدی", "خبر بعدی"]))
        chrome(other_titles[2])
    if t["related"]:
        chrome(t["related"])
        for x, o in zip(other_titles[3:3 + rng.randint(2, 5)], others_used[3:]):
            chrome(x)
            if t["teaser"] and o.get("abstract") and len(o["abstract"]) > 30:
                chrome(" ".join(o["abstract"].split()))
            if t["related_date"]:
                chrome(When(rng).fmt(t["date_style"]))
    if t["comments"]:
        chrome(t["comments"].format(k=fa(rng.randint(0, 60))))
        if rng.random() < 0.5:
            chrome(rng.choice(["ارسال نظر", "دیدگاه خود را بنویسید", "نظر شما چیست؟", "پاسخ دهید"]))
            chrome(rng.choice(["نظرات حاوی توهین منتشر نمی‌شود.", "دیدگاه شما پس از تایید مدیر منتشر خواهد شد.",
                               "ایمیل شما نمایش داده نمی‌شود."]))
    if t["user_comments"] and rng.random() < 0.7:
        chrome(t["user_comments"])
        for _ in range(rng.randint(1, 4)):
            chrome(rng.choice(["ناشناس", "کاربر مهمان", "علی از تهران", "مریم", "یک شهروند", "رضا", "Hamid"]))
            chrome(When(rng).fmt(t["date_style"]))
            chrome(comment_text(rng))
            chrome(rng.choice(["پاسخ", "پاسخ دادن", fa(rng.randint(0, 90)) + " 👍  " + fa(rng.randint(0, 30)) + " 👎"]))
    if t["newsletter"]:
        chrome(t["newsletter"])
    if t["app"]:
        chrome(t["app"])
    L.append(("mark", ""))  # the end of the story's block in HTML
    if t["popular"]:
        chrome(t["popular"])
        for x in t["popular_titles"]:
            chrome(x)
    chrome(" | ".join(t["footer"]) if rng.random() < 0.6 else t["footer"][0])
    chrome(t["copyright"])
    gold = {"kind": "article", "section": section, "title": art["title"],
            "lead": next((s for k, s in L if k == "lead"), None),
            "surtitle": next((s for k, s in L if k == "surtitle"), None),
            "body_paragraphs": paras, "agency": agency,
            "published_iso": None if date is None else when.iso(),
            "published_jalali": None if date is None else when.jalali(),
            "meta_date": None if date is None else when.meta(),
            "source": art.get("link")}
    return L, gold


def negative_page(kind: str, t: dict, rng: random.Random, titles: list[str]) -> tuple[list[tuple[str, str]], dict]:
    L: list[tuple[str, str]] = []
    if kind == "empty":
        L = [("chrome", t["name"])] if rng.random() < 0.5 else []
        return L, {"kind": "empty", "section": None, "title": None}
    L.append(("chrome", t["name"]))
    L.append(("chrome", t["menu_sep"].join(t["menu"]) if t["menu_sep"] else t["menu"][0]))
    section = None
    if kind == "listing":
        section = rng.choice(SPORT_SECTIONS + ["سیاسی", "اقتصادی", "اجتماعی"])
        L.append(("section", section))
        for x in rng.sample(titles, rng.randint(8, 15)):
            L.append(("chrome", x))
            if rng.random() < 0.5:
                L.append(("chrome", When(rng).fmt(t["date_style"])))
        L.append(("chrome", rng.choice(["صفحه بعد", "بیشتر", "« قبلی ۱ ۲ ۳ بعدی »"])))
    else:
        if rng.random() < 0.5:
            L += [("chrome", rng.choice(["خطای ۴۰۴", "صفحه مورد نظر یافت نشد", "404 - Not Found"])),
                  ("chrome", rng.choice(["ممکن است این صفحه حذف شده باشد یا آدرس آن تغییر کرده باشد.",
                                         "متاسفانه مطلبی که دنبال آن بودید پیدا نشد."])),
                  ("chrome", "بازگشت به صفحه اصلی")]
        else:
            L += [("chrome", "تماس با ما"),
                  ("chrome", "نشانی: " + rng.choice(["تهران، خیابان ولیعصر، پلاک ۱۲", "مشهد، بلوار وکیل‌آباد"])),
                  ("chrome", "تلفن: " + fa(f"021-{rng.randint(20000000, 99999999)}")),
                  ("chrome", "ایمیل: info@" + t["host"])]
    L.append(("chrome", t["copyright"]))
    return L, {"kind": kind, "section": section, "title": None}


# ---------------------------------------------------------------- rendering

def render_txt(L: list[tuple[str, str]], rng: random.Random) -> str:
    blank = rng.random() < 0.5
    out = []
    for kind, s in L:
        if kind == "mark":
            continue
        out.append(s)
        if blank or kind in ("body", "title"):
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(L: list[tuple[str, str]], t: dict, gold: dict, rng: random.Random) -> str:
    c = t["cls"]
    esc = html.escape
    head = [f"<title>{esc(gold.get('title') or t['name'])} - {esc(t['name'])}</title>"]
    if gold.get("title"):
        head.append(f'<meta property="og:title" content="{esc(gold["title"])}">')
        head.append(f'<meta property="og:site_name" content="{esc(t["name"])}">')
        if gold.get("meta_date") and rng.random() < 0.6:
            head.append(f'<meta property="article:published_time" content="{gold["meta_date"]}">')
    body: list[str] = []
    in_article = False
    body_started = body_done = False
    last_body = max((i for i, (k, _) in enumerate(L) if k == "body"), default=-1)
    for i, (kind, s) in enumerate(L):
        if kind in ("section", "surtitle", "title") and not in_article:
            body.append(f'<div class="{c}-w"><div class="{c}-m">')
            in_article = True
        if kind == "mark":
            if body_started and not body_done:
                body.append("</div>")
                body_done = True
            if in_article:
                body.append("</div></div>")
                in_article = False
        elif kind == "title":
            body.append(f"<h1>{esc(s)}</h1>")
        elif kind == "section":
            body.append(f'<div class="{c}-b"><a href="/c/1">{esc(s)}</a></div>')
        elif kind == "lead":
            body.append(f'<div class="{c}-l"><strong>{esc(s)}</strong></div>')
        elif kind == "body":
            if not body_started:
                body.append(f'<div class="{c}-x">')
                body_started = True
            body.append(f"<p>{esc(s)}</p>")
        else:
            if body_started and not body_done and i > last_body:
                body.append("</div>")
                body_done = True
            tag = rng.choice(["div", "span", "p", "li"]) if in_article else "div"
            body.append(f'<{tag} class="{c}{rng.randint(1, 9)}"><a href="/{rng.randint(1, 999)}">{esc(s)}</a></{tag}>'
                        if rng.random() < 0.4 else f'<{tag} class="{c}{rng.randint(1, 9)}">{esc(s)}</{tag}>')
    if body_started and not body_done:
        body.append("</div>")
    if in_article:
        body.append("</div></div>")
    return ("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\">\n" + "\n".join(head)
            + "\n</head><body>\n" + "\n".join(body) + "\n</body></html>\n")


# ---------------------------------------------------------------- build

def _canon(s: str) -> str:
    """The scorer's canonical form (score_pages.canon)."""
    s = unicodedata.normalize("NFKC", s).replace("ي", "ی").replace("ى", "ی").replace("ك", "ک")
    s = s.replace("ۀ", "ه").replace("ة", "ه").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2))
    return "".join(ch for ch in s if ch.isalnum() and ch != "\u0640")


def _leaks(c: str, p: str) -> bool:
    """score_pages.leaks: would chrome line c count as leaked into paragraph p."""
    if not c or not p:
        return False
    return c == p or (len(c) >= 8 and (p.startswith(c) or p.endswith(c))) or (len(c) >= 15 and c in p)


def build(out_dir, n: int = 150, seed: int = 23) -> list[dict]:
    rng = random.Random(f"families-e:{seed}")
    out = Path(out_dir)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    arts = load_articles()
    rng.shuffle(arts)
    titles = [a["title"] for a in arts]
    templates = []
    for fam in FAMILIES:
        for name, host in HOSTS[fam]:
            templates.append(host_template(fam, name, host, random.Random(f"{seed}:{host}"), titles))
    gold_rows = []
    width = max(3, len(str(n - 1)))
    used = arts[:n]
    for i in range(n):
        t = templates[rng.randrange(len(templates))]
        r = rng.random()
        if r < 0.03:
            L, g = negative_page("listing", t, rng, titles)
        elif r < 0.05:
            L, g = negative_page("chrome_only", t, rng, titles)
        elif r < 0.06:
            L, g = negative_page("empty", t, rng, titles)
        else:
            L, g = article_page(used[i % len(used)], t, rng, arts)
        fmt = "html" if t["html"] else "txt"
        text = render_html(L, t, g, rng) if fmt == "html" else render_txt(L, rng)
        data = text.encode("utf-8")
        h = hashlib.blake2b(data, digest_size=8).hexdigest()
        fname = "%0*d_%s.%s" % (width, i, h, fmt)
        (pages_dir / fname).write_bytes(data)
        chrome_lines = []
        for kind, s in L:
            if kind == "chrome":
                chrome_lines.append(s)
                for sep in (" | ", " - ", " • ", "  "):
                    if sep in s:
                        chrome_lines += [x.strip() for x in s.split(sep) if x.strip()]
                        break
        # a chrome line the scorer would find in the story's own text (a tag that starts a paragraph)
        # cannot measure a leak: leave it out of the gold, as it stays on the page
        body_c = [_canon(x) for x in g.get("body_paragraphs") or []]
        chrome_lines = [c for c in dict.fromkeys(chrome_lines) if not any(_leaks(_canon(c), b) for b in body_c)]
        row = {"file": fname, "id": fname.rsplit(".", 1)[0], "split": "e", "family": t["family"],
               "family_id": FAMILIES.index(t["family"]), "site": t["host"], "format": fmt, "kind": g["kind"],
               "section": g.get("section"), "title": g.get("title"), "lead": g.get("lead"),
               "surtitle": g.get("surtitle"), "body_paragraphs": g.get("body_paragraphs") or [],
               "agency": g.get("agency"), "published_iso": g.get("published_iso"),
               "published_jalali": g.get("published_jalali"), "cluster": None, "corruptions": [], "edits": [],
               "source": g.get("source"), "source_key": None, "synthetic_remix": False,
               "agency_reattributed": None, "chrome_lines": chrome_lines}
        gold_rows.append(row)
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for row in gold_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return gold_rows
