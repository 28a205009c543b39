"""Family set F: eight Persian site families, a second HELD-OUT set for issue 12, written blind to the extractor.

    build(out_dir, n, seed) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see its README and ``../shared/tools/score_pages.py``).
Written without reading ``src/palayesh/extract/`` or the other family generators (only their docstrings'
first lines), from what these kinds of Persian sites look like: a provincial daily, a ministry /
directorate news page, a university news page, a Telegram-channel mirror, a forum thread, an economy
site with price tables in its sidebar, a health site, and a diaspora broadcaster with Gregorian dates.
Each family has several hosts; every host draws its own wording for each kind of chrome from pools
combined from parts (so no fixed phrase list covers them), its own date style (Jalali, two-digit years,
Gregorian, Hijri beside Jalali, Persian / Latin / Arabic-Indic digits) and, for HTML (~45%), its own DOM
shape (``<main>``, nested ``<div>``s, widgets inside ``<article>``, ``<br>`` lines, an old table layout),
``&zwnj;`` entities on some hosts and inline ``<a>``/``<strong>`` in paragraphs on others. Story text,
titles, leads and tags are ``../shared/data/corpora/news-dev.jsonl.gz`` as it is (gold body = corpus
paragraphs, ZWNJs intact); some related links are titles of other pages of the run; some stories are
republished on two hosts (gold ``cluster``). About 6% negatives (listing, chrome_only, empty).
Deterministic by seed. Score it; never develop the extractor on it.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import html
import json
import math
import random
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

import jdatetime

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpora" / "news-dev.jsonl.gz"
TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
ZWNJ = "\u200c"
FAMILIES = ["provincial_daily", "ministry_news", "university_news", "telegram_mirror", "forum_blog",
            "market_news", "health_site", "diaspora_service"]
AGENCY = {"fars": "فارس", "varzesh3": "ورزش سه"}
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GMONTHS = {"bbc": ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
                   "نوامبر", "دسامبر"],
           "en": ["ژانویه", "فوریه", "مارچ", "آپریل", "می", "جون", "جولای", "آگوست", "سپتامبر", "اکتبر",
                  "نوامبر", "دسامبر"],
           "latin": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]}
HMONTHS = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان",
           "شوال", "ذی‌القعده", "ذی‌الحجه"]
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # date.weekday() order
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "en": "0123456789"}

FIRST = ["مریم", "علی", "زهرا", "حسین", "فاطمه", "رضا", "سارا", "مهدی", "نرگس", "امیر", "الهام", "محسن", "لیلا",
         "کاوه", "شیما", "بهروز", "آزاده", "پیمان", "نسرین", "سعید", "هانیه", "فرهاد", "مینا", "جواد"]
LAST = ["احمدی", "رضایی", "کریمی", "موسوی", "حسینی", "نوروزی", "قاسمی", "صادقی", "جعفری", "رحیمی", "اکبری",
        "یزدانی", "شریفی", "تهرانی", "کاظمی", "بهرامی", "میرزایی", "سلطانی", "فراهانی", "نیک‌نام"]
PROVINCES = [("کرمانشاه", "ksh"), ("لرستان", "lor"), ("مازندران", "maz"), ("آذربایجان شرقی", "azsh"),
             ("اردبیل", "ardb"), ("خوزستان", "khz"), ("گیلان", "gil"), ("همدان", "hmd"), ("کردستان", "krd"),
             ("یزد", "yzd"), ("سمنان", "smn"), ("قزوین", "qzv")]
CITIES = [("ارومیه", "urmia"), ("بیرجند", "birjand"), ("زنجان", "zanjan"), ("یاسوج", "yasuj"), ("کاشان", "kashan"),
          ("بجنورد", "bojnord"), ("ایلام", "ilam"), ("شهرکرد", "shahrekord"), ("سنندج", "sanandaj"),
          ("گرگان", "gorgan"), ("رشت", "rasht"), ("اراک", "arak")]

# topic -> pool of section labels a host picks one of
SECTION_POOL = {
    "politics": ["سیاسی", "سیاست", "سیاست داخلی", "سیاسی و امنیتی"],
    "economy": ["اقتصادی", "اقتصاد", "اقتصاد و بازار"],
    "social": ["اجتماعی", "جامعه", "شهری و اجتماعی"],
    "world": ["بین‌الملل", "جهان", "خارجی", "اخبار جهان"],
    "culture": ["فرهنگی", "فرهنگ و هنر", "هنر و رسانه"],
    "science": ["علمی", "دانش و فناوری", "علم و فناوری"],
    "magazine": ["خواندنی‌ها", "گوناگون", "زندگی", "مجله"],
    "province": ["استانی", "استان‌ها", "شهرستان‌ها", "محلی"],
    "sports": ["ورزشی", "ورزش", "سایر رشته‌ها"],
    "football_ir": ["فوتبال ایران", "فوتبال داخلی", "لیگ برتر"],
    "football_world": ["فوتبال جهان", "فوتبال خارجی", "فوتبال اروپا"],
}
FAMILY_SECTIONS = {
    "market_news": {"economy": ["بورس و بازار سرمایه", "اقتصاد کلان", "بازار", "صنعت و تجارت"],
                    "sports": ["ورزش و اقتصاد", "حاشیه بازار"], "football_ir": ["اقتصاد فوتبال", "ورزش"],
                    "football_world": ["ورزش", "اقتصاد ورزش"], "magazine": ["سبک زندگی", "خواندنی"]},
    "health_site": {"social": ["سلامت جامعه", "سلامت و جامعه"], "sports": ["ورزش و تناسب اندام", "تندرستی"],
                    "magazine": ["سبک زندگی", "زندگی سالم", "روان‌شناسی"], "science": ["پژوهش‌های پزشکی"]},
    "university_news": {"science": ["پژوهش و فناوری", "اخبار پژوهشی"], "social": ["دانشجویی", "فرهنگی دانشجویی"],
                        "sports": ["ورزش دانشگاهی", "تربیت بدنی"]},
    "diaspora_service": {"politics": ["ایران"], "province": ["ایران", "گزارش"], "world": ["جهان", "خاورمیانه"],
                         "social": ["ایران", "جامعه"], "magazine": ["گزارش", "فرهنگ و زندگی"]},
}
HOME = ["خانه", "صفحه نخست", "صفحه اصلی", "نخست", "🏠 خانه", "اول"]
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " | ", "/"]
SECTION_LABELS = ["سرویس:", "گروه:", "دسته‌بندی:", "بخش:", "موضوع:", "گروه خبری:", "دسته:"]


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


def dg(s: str, style: str) -> str:
    return str(s).translate(str.maketrans("0123456789", DIGITS[style]))


def stable(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def person(r: random.Random) -> str:
    return f"{pick(r, FIRST)} {pick(r, LAST)}"


# ---------------------------------------------------------------- dates

def hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular (civil) Hijri date of a Gregorian date."""
    jd = d.toordinal() + 1721424.5

    def to_jd(y, m, day):
        return day + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1
    y = (30 * (jd - 1948439.5) + 10646) // 10631
    m = int(min(12, math.ceil((jd - (29 + to_jd(y, 1, 1))) / 29.5) + 1))
    return int(y), m, int(jd - to_jd(y, m, 1) + 1)


def fmt_date(when: dt.datetime, style: str, digits: str, clock: str = "none") -> str:
    """One visible date in one of the styles hosts use."""
    d = when.date()
    j = jdatetime.date.fromgregorian(date=d)
    wd = WEEKDAYS[d.weekday()]
    hm = f"{when.hour:02d}:{when.minute:02d}"
    if style == "j4":
        s = f"{j.year}/{j.month:02d}/{j.day:02d}"
    elif style == "j2":
        s = f"{j.year % 100:02d}/{j.month:02d}/{j.day:02d}"
    elif style == "j2np":
        s = f"{j.year % 100}/{j.month}/{j.day}"
    elif style == "jnp":
        s = f"{j.year}/{j.month}/{j.day}"
    elif style == "jdash":
        s = f"{j.year}-{j.month:02d}-{j.day:02d}"
    elif style == "jdot2":
        s = f"{j.year % 100:02d}.{j.month:02d}.{j.day:02d}"
    elif style == "jname":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    elif style == "jname2":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year % 100:02d}"
    elif style == "jwd":
        s = f"{wd} {j.day} {JMONTHS[j.month - 1]} {j.year}"
    elif style == "jwd4":
        s = f"{wd}، {j.year}/{j.month:02d}/{j.day:02d}"
    elif style == "jhij":
        hy, hm_, hd = hijri(d)
        s = f"{wd} {j.day} {JMONTHS[j.month - 1]} {j.year} - {hd} {HMONTHS[hm_ - 1]} {hy}"
    elif style == "gbbc":
        s = f"{d.day} {GMONTHS['bbc'][d.month - 1]} {d.year}"
    elif style == "gen":
        s = f"{d.day} {GMONTHS['en'][d.month - 1]} {d.year}"
    elif style == "gbbcj":
        s = f"{d.day} {GMONTHS['bbc'][d.month - 1]} {d.year} - {j.day} {JMONTHS[j.month - 1]} {j.year}"
    elif style == "giso":
        s = d.isoformat()
    elif style == "gslash":
        s = f"{d.year}/{d.month:02d}/{d.day:02d}"
    elif style == "jg":
        s = f"{j.year}/{j.month:02d}/{j.day:02d} - {d.year}/{d.month:02d}/{d.day:02d}"
    elif style == "glatin":
        s = f"{GMONTHS['latin'][d.month - 1]} {d.day}, {d.year}"
    else:
        raise ValueError(style)
    if clock == "before":
        s = f"{hm} - {s}"
    elif clock == "after":
        s = f"{s} - {hm}"
    elif clock == "saat":
        s = f"{s} ساعت {hm}"
    elif clock == "comma":
        s = f"{s}، {hm}"
    elif clock == "ampm":
        h12 = when.hour % 12 or 12
        s = f"{s}، {h12:02d}:{when.minute:02d} {'ق.ظ' if when.hour < 12 else 'ب.ظ'}"
    return dg(s, digits)


def story_date(st: dict) -> dt.date:
    if st["dataset"] == "fars":
        code = st["link"].split("/")[4]
        try:
            if len(code) == 14:
                return jdatetime.date(int(code[:4]), int(code[4:6]), int(code[6:8])).togregorian()
            return jdatetime.date(1300 + int(code[:2]), int(code[2:4]), int(code[4:6])).togregorian()
        except ValueError:
            pass
        return dt.date(2012, 1, 1) + dt.timedelta(days=stable(code) % 2500)
    code = int(st.get("code") or stable(st["link"]) % 800000 + 975440)
    return dt.date(2012, 9, 1) + dt.timedelta(days=max(0, min(3300, (code - 975440) * 3300 // 798000)))


# ---------------------------------------------------------------- corpus

def load_articles() -> list[dict]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            paras = [p for p in r.get("paragraphs") or [] if p and p.strip()]
            if not r.get("title") or not paras:
                continue
            key = ("fars:" + r["link"].split("/")[4]) if r["dataset"] == "fars" else f"v3:{r.get('code')}"
            out.append({"key": key, "dataset": r["dataset"], "title": r["title"].strip(),
                        "lead": (r.get("abstract") or "").strip() or None, "paragraphs": paras,
                        "tags": [t for t in r.get("tags") or [] if t and len(t) < 40],
                        "cat": r.get("cat") or "", "subcat": r.get("subcat") or "", "link": r["link"],
                        "code": r.get("code")})
    out.sort(key=lambda a: a["key"])
    return out


def topic(st: dict) -> str:
    if st["dataset"] == "varzesh3":
        h = stable(st["key"], "topic") % 20
        return "football_ir" if h < 11 else "football_world" if h < 17 else "sports"
    cat, sub = st["cat"], st["subcat"]
    if cat in ("politics", "foreign-policy"):
        return "politics"
    if cat in ("economy", "social", "world", "culture"):
        return cat
    if cat == "arts-media":
        return "culture"
    if cat == "scientific-academic":
        return "science"
    if cat == "farsplus-magazine":
        return "magazine"
    if cat == "sports":
        return {"football-iran": "football_ir", "football-world": "football_world"}.get(sub, "sports")
    return "province"


# ---------------------------------------------------------------- page model

@dataclass
class Block:
    """A piece of a page. role: chrome | title | lead | body. kind tells the HTML renderer what it is."""
    role: str
    kind: str
    items: list[str] = field(default_factory=list)
    sep: str | None = None          # txt: items on one line joined by sep
    head: str | None = None         # a heading line before the items
    rows: list[list[str]] | None = None  # links with teasers, table rows, comments
    row_sep: str | None = None      # txt: a row on one line joined by row_sep
    time_iso: str | None = None     # HTML: wrap the block in <time datetime=...>

    def txt_lines(self) -> list[str]:
        out = [self.head] if self.head else []
        if self.items:
            out += [self.sep.join(self.items)] if self.sep is not None else list(self.items)
        for row in self.rows or []:
            cells = [c for c in row if c]
            out += [self.row_sep.join(cells)] if self.row_sep is not None else cells
        return out

    def chrome(self) -> list[str]:
        out = self.txt_lines()
        if self.sep is not None:
            out += self.items
        if self.row_sep is not None:
            out += [c for row in self.rows or [] for c in row if c]
        return out


REGIONS = ["top", "pre", "title", "meta", "body", "post", "below", "side", "foot"]


@dataclass
class Host:
    family: str
    name: str
    domain: str
    w: dict
    r: random.Random


def C(kind, items=None, **kw) -> Block:
    return Block("chrome", kind, list(items or []), **kw)


# ---------------------------------------------------------------- wording pools (per host)

def common_wording(r: random.Random, family: str, name: str) -> dict:
    """Choices every host makes once: its wording for each kind of chrome, date style, layout."""
    w: dict = {}
    w["digits"] = pick(r, ["fa", "fa", "fa", "en", "en", "ar"])
    w["html"] = r.uniform(0.25, 0.7)
    w["dom"] = pick(r, ["main", "nested", "widgets", "br", "main", "nested", "widgets"])
    w["zwnj_ent"] = pick(r, [None, None, "&zwnj;", "&#8204;"])
    w["inline"] = r.random() < 0.4
    w["cls"] = pick(r, ["meaning", "opaque"])
    w["blank"] = r.random() < 0.6
    w["side_first"] = r.random() < 0.2
    w["sections"] = {t: pick(r, FAMILY_SECTIONS.get(family, {}).get(t) or pool) for t, pool in SECTION_POOL.items()}
    w["sect_style"] = pick(r, ["crumbs", "crumbs", "label", "plain", "kicker", "crumbs", "label", "plain", "none"])
    w["home"] = pick(r, HOME)
    w["crumb_sep"] = pick(r, CRUMB_SEPS)
    w["crumb_mid"] = pick(r, [None, None, "اخبار", "آرشیو", "اخبار و رویدادها"])
    w["crumb_title"] = r.random() < 0.4
    w["sect_label"] = pick(r, SECTION_LABELS)
    w["date_label"] = pick(r, ["تاریخ انتشار:", "انتشار:", "تاریخ:", "منتشر شده در", "", "", "📅", "زمان انتشار:",
                               "تاریخ خبر:"])
    w["clock"] = pick(r, ["none", "before", "after", "saat", "comma"])
    w["lead"] = r.random() < 0.65
    w["lead_prefix"] = pick(r, ["", "", "🔸 ", "🔹 "]) if family == "telegram_mirror" else ""
    w["code_label"] = pick(r, ["کد خبر:", "شناسه خبر:", "کد مطلب:", "شماره خبر:", "کد:"])
    w["views"] = pick(r, ["بازدید: {n}", "{n} بازدید", "👁 {n}", "تعداد بازدید: {n}", "دفعات مشاهده: {n}"])
    w["comments_n"] = pick(r, ["{n} دیدگاه", "نظرات ({n})", "{n} نظر", "دیدگاه‌ها: {n}", "💬 {n}",
                               "{n} نظر ثبت شده"])
    w["author_label"] = pick(r, ["خبرنگار:", "نویسنده:", "گزارش:", "به قلم", "تهیه و تنظیم:", "✍️"])
    w["byline"] = pick(r, ["label", "pipe", "pipe", "none"])
    w["credit"] = pick(r, ["منبع:", "منبع خبر:", "به نقل از", "بازنشر از", "برگرفته از", "مأخذ:", "منبع :"])
    w["agency_name"] = {"fars": pick(r, ["خبرگزاری فارس", "فارس", "فارس نیوز", "خبرگزاری فارس (Fars)"]),
                        "varzesh3": pick(r, ["ورزش سه", "سایت ورزش سه", "ورزش۳", "Varzesh3"])}
    w["credit_on"] = r.random() < 0.75
    w["end"] = pick(r, ["انتهای خبر", "پایان خبر", "انتهای پیام", "/پایان", "پایان پیام/", "■", "انتهای مطلب", None,
                        "انتهای پیام/{n}", "/{n}", "#{name}"])
    w["tags_head"] = pick(r, ["برچسب‌ها:", "کلیدواژه‌ها:", "تگ‌ها:", "موضوعات مرتبط:", "واژگان کلیدی:", "#",
                              "برچسب ها"])
    w["tags_inline"] = r.random() < 0.5
    w["tags_sep"] = pick(r, ["، ", " - ", " | ", " ، ", "  "])
    w["share_head"] = pick(r, ["اشتراک‌گذاری", "به اشتراک بگذارید:", "این خبر را به اشتراک بگذارید",
                               "ارسال به شبکه‌های اجتماعی", "همرسانی", "انتشار در:", None])
    w["share_nets"] = r.sample(["تلگرام", "واتساپ", "توییتر", "فیسبوک", "لینکدین", "ایتا", "بله", "روبیکا", "ایمیل",
                                "کپی لینک", "سروش", "پینترست"], r.randint(3, 6))
    w["share_sep"] = pick(r, [None, " ", " | ", " - "])
    w["related_head"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", "از همین سرویس",
                                 "شاید بپسندید", "خبرهای مشابه", "دیگر خبرها", "مطالب پیشنهادی", "مرتبط با این خبر"])
    w["related_teaser"] = r.random() < 0.55
    w["related_n"] = r.randint(3, 6)
    w["related_date"] = r.random() < 0.3
    w["popular_head"] = pick(r, ["پربازدیدترین‌ها", "پربیننده‌ترین", "داغ‌ترین‌ها", "پربحث‌ترین", "آخرین اخبار",
                                 "تازه‌ها", "پرخواننده‌ها"])
    w["prevnext"] = pick(r, [None, ("خبر قبلی", "خبر بعدی"), ("مطلب قبلی", "مطلب بعدی"), ("« قبلی", "بعدی »"),
                             ("پست قبلی:", "پست بعدی:"), ("→ ", "← ")])
    w["newsletter"] = r.random() < 0.45
    w["nl_head"] = pick(r, ["عضویت در خبرنامه", "خبرنامه", "از آخرین اخبار باخبر شوید", f"خبرنامه {name}",
                            "اشتراک خبرنامه ایمیلی"])
    w["nl_text"] = pick(r, ["ایمیل خود را وارد کنید", "نشانی پست الکترونیک شما", "برای دریافت خبرها ایمیل بدهید",
                            "آدرس ایمیل"])
    w["nl_btn"] = pick(r, ["عضویت", "ثبت", "ارسال", "اشتراک"])
    w["ad"] = r.random() < 0.5
    w["ad_label"] = pick(r, ["آگهی", "تبلیغات", "رپورتاژ آگهی", "پیشنهاد ویژه", "ADV", "تبلیغ"])
    w["caption"] = r.random() < 0.45
    w["caption_style"] = pick(r, ["عکس: {p}", "عکس از آرشیو", "تصویر تزئینی است", "عکس تزئینی", "منبع تصویر: {a}",
                                  "عکس: {a} / {p}", "📷 {p}"])
    w["comments"] = r.random() < 0.5
    w["cm_head"] = pick(r, ["دیدگاه شما", "نظر خود را بنویسید", "ارسال نظر", "پاسخ دهید", "نظرات کاربران",
                            "دیدگاه خوانندگان"])
    w["cm_note"] = pick(r, ["نظرات حاوی توهین منتشر نمی‌شود.", "دیدگاه‌ها پس از تأیید منتشر می‌شوند.",
                            "نشانی ایمیل شما منتشر نخواهد شد.", "لطفاً از نوشتن با حروف لاتین خودداری کنید.", None])
    w["cm_reply"] = pick(r, ["پاسخ", "پاسخ دادن", "↩ پاسخ", "جواب"])
    w["year"] = pick(r, ["۱۳۹۸", "1398", "۱۳۹۹", "۲۰۱۹", "1400"])
    w["copyright"] = copyright_line(r, name, w["year"])
    w["footer_links"] = r.sample(["درباره ما", "تماس با ما", "تبلیغات", "آرشیو", "نقشه سایت", "حریم خصوصی",
                                  "شرایط استفاده", "همکاری با ما", "خبرنامه", "RSS", "پرسش‌های متداول"],
                                 r.randint(3, 6))
    w["footer_sep"] = pick(r, [None, " | ", " - ", " • "])
    w["designer"] = pick(r, [None, f"طراحی و اجرا: {pick(r, ['رایان', 'وب', 'نوا', 'پارس'])}"
                                   f"{pick(r, ['‌پرداز', 'افزار', ' گستر', ' سامانه'])}",
                             "طراحی سایت: " + pick(r, ["آرتا وب", "نیلی‌سافت", "کاوش‌گستر"])])
    w["title_html"] = pick(r, ["{t} - {s}", "{s} | {t}", "{t} | {s}", "{t}", "{s} - {t}"])
    w["meta_date"] = pick(r, ["og", "ld", "both", "time", None])
    w["ld_section"] = r.random() < 0.5
    w["short_link"] = pick(r, [None, "لینک کوتاه:", "آدرس کوتاه:", "پیوند کوتاه:"])
    w["print"] = pick(r, [None, "نسخه چاپی", "چاپ خبر", "🖨 چاپ", "ذخیره PDF"])
    return w


def copyright_line(r: random.Random, name: str, year: str) -> str:
    a = pick(r, ["©", "کلیه حقوق", "تمامی حقوق", "حقوق مادی و معنوی", "کلیه حقوق مادی و معنوی"])
    b = pick(r, ["این سایت", "این پایگاه", "مطالب", "این وب‌سایت"])
    c = pick(r, ["محفوظ است", "متعلق به {n} است", "برای {n} محفوظ است", "نزد {n} محفوظ است"]).format(n=name)
    d = pick(r, ["", " استفاده از مطالب با ذکر منبع آزاد است.", " نقل مطالب بدون ذکر منبع ممنوع است.", f" {year}"])
    if a == "©":
        return f"© {year} {name}. {pick(r, ['همه حقوق محفوظ است.', 'All rights reserved.', 'کلیه حقوق محفوظ است.'])}"
    return f"{a} {b} {c}.{d}".replace("..", ".")


AD_TEXT = (["خرید اقساطی", "بلیط ارزان", "تور کیش", "آموزش زبان", "بیمه بدنه", "وام فوری", "خرید آپارتمان",
            "دوره حسابداری", "لوازم خانگی", "اقامت ترکیه"],
           ["با تخفیف ویژه", "فقط تا پایان هفته", "ارزان‌تر از همه جا", "بدون پیش‌پرداخت", "با ضمانت بازگشت وجه",
            "در کمتر از ۲۴ ساعت"])
COMMENT_TEXT = (["عالی بود", "ممنون از گزارش خوبتون", "این خبر درست نیست", "چرا کسی پاسخگو نیست؟",
                 "امیدوارم پیگیری بشه", "موافقم", "خیلی دیر شده", "حرف حساب جواب نداره", "مسئولین کجا هستند",
                 "بالاخره یکی گفت", "متن خبر ناقص است", "دست مریزاد"],
                ["", "!", "؛ واقعاً همین‌طوره", " مثل همیشه", " 👏", "...", " لطفاً بیشتر بنویسید"])


def ad_block(h: Host, r: random.Random) -> Block:
    txt = f"{pick(r, AD_TEXT[0])} {pick(r, AD_TEXT[1])}"
    return C("ad", [txt], head=h.w["ad_label"])


def caption_block(h: Host, r: random.Random, st: dict) -> Block:
    cap = h.w["caption_style"].format(p=person(r), a=h.w["agency_name"][st["dataset"]])
    return C("caption", [cap])


def related_block(h: Host, r: random.Random, ctx: dict, st: dict, head: str | None = None,
                  n: int | None = None, teaser: bool | None = None) -> Block:
    rows = []
    for t, lead in ctx["related"](r, st, n or h.w["related_n"]):
        row = [t]
        if teaser if teaser is not None else h.w["related_teaser"]:
            row.append(teaser_of(r, lead))
        elif h.w["related_date"]:
            row.append(fmt_date(ctx["when"] - dt.timedelta(days=r.randint(0, 20)), "jname", h.w["digits"]))
        rows.append(row)
    return C("links", head=head or h.w["related_head"], rows=rows)


def teaser_of(r: random.Random, lead: str | None) -> str:
    if not lead:
        return ""
    ws = lead.split()
    k = r.randint(10, 22)
    return " ".join(ws[:k]) + ("…" if len(ws) > k else "")


def share_block(h: Host) -> Block:
    return C("share", h.w["share_nets"], head=h.w["share_head"], sep=h.w["share_sep"])


def tags_block(h: Host, r: random.Random, st: dict) -> Block | None:
    tags = st["tags"][:6]
    if not tags:
        return None
    if h.w["tags_inline"]:
        head = h.w["tags_head"]
        if head == "#":
            return C("tags", ["#" + t.replace(" ", "_") for t in tags], sep=" ")
        return C("tags", [f"{head} " + h.w["tags_sep"].join(tags)])
    return C("tags", tags, head=h.w["tags_head"])


def comments_block(h: Host, r: random.Random, ctx: dict, k: int) -> Block:
    rows = []
    for _ in range(k):
        when = ctx["when"] + dt.timedelta(hours=r.randint(1, 200))
        txt = pick(r, COMMENT_TEXT[0]) + pick(r, COMMENT_TEXT[1])
        rows.append([pick(r, FIRST) + pick(r, ["", "", " از " + pick(r, CITIES)[0]]),
                     fmt_date(when, pick(r, ["j4", "jname"]), h.w["digits"], "after"), txt, h.w["cm_reply"]])
    return C("comments", [x for x in [h.w["cm_note"]] if x], head=h.w["cm_head"], rows=rows,
             row_sep=pick(r, [None, " - "]) if k else None)


def newsletter_block(h: Host) -> Block:
    return C("form", [h.w["nl_text"], h.w["nl_btn"]], head=h.w["nl_head"])


def footer_blocks(h: Host, r: random.Random) -> list[Block]:
    out = [C("menu", h.w["footer_links"], sep=h.w["footer_sep"]), C("line", [h.w["copyright"]])]
    if h.w["designer"]:
        out.append(C("line", [h.w["designer"]]))
    return out


def section_blocks(h: Host, st: dict, sect: str | None) -> list[Block]:
    """How the host shows the section above the title (the kicker style is folded into the date line)."""
    style = h.w["sect_style"]
    if sect is None or style in ("none", "kicker"):
        return []
    if style == "crumbs":
        items = [h.w["home"]] + ([h.w["crumb_mid"]] if h.w["crumb_mid"] else []) + [sect]
        if h.w["crumb_title"]:
            items.append(st["title"])
        return [C("crumbs", items, sep=h.w["crumb_sep"])]
    if style == "label":
        return [C("sect", [f"{h.w['sect_label']} {sect}"])]
    return [C("sect", [sect])]


def date_text(h: Host, ctx: dict) -> str | None:
    if ctx["relative"]:
        return pick(ctx["r"], ["{n} روز پیش", "{n} ساعت پیش", "حدود {n} روز قبل", "{n} هفته پیش"]).format(
            n=dg(str(ctx["r"].randint(2, 9)), h.w["digits"]))
    s = fmt_date(ctx["when"], h.w["date_style"], h.w["digits"], h.w["clock"])
    return f"{h.w['date_label']} {s}".strip()


def byline_block(h: Host, r: random.Random, ctx: dict, sect: str | None, extra: list[str]) -> list[Block]:
    """The date line: with author, comment count and (kicker hosts) the section, in the host's shape."""
    d = date_text(h, ctx)
    parts: list[str] = []
    if h.w["sect_style"] == "kicker" and sect:
        parts.append(sect)
    if h.w["byline"] == "pipe":
        parts.append(ctx["author"])
    if d:
        parts.append(d)
    if h.w["byline"] == "pipe" and h.w["comments"]:
        parts.append(h.w["comments_n"].format(n=dg(str(ctx["ncomments"]), h.w["digits"])))
    out = []
    if h.w["byline"] == "label":
        out.append(C("line", [f"{h.w['author_label']} {ctx['author']}"]))
    if parts:
        out.append(C("dateline", parts, sep=h.w["dl_sep"]))
    if extra:
        out.append(C("line", extra))
    return out


def show_credit(h: Host, st: dict) -> bool:
    """The host's credit line; always when the story itself does not name its agency (else gold could not know)."""
    names = ("فارس",) if st["dataset"] == "fars" else ("ورزش سه", "ورزش3", "ورزش ۳")
    return h.w["credit_on"] or not any(x in p for p in st["paragraphs"] for x in names)


def credit_end(h: Host, r: random.Random, st: dict, ctx: dict) -> list[Block]:
    out = []
    if show_credit(h, st):
        out.append(C("line", [f"{h.w['credit']} {h.w['agency_name'][st['dataset']]}"]))
    if h.w["end"]:
        out.append(C("line", [h.w["end"].format(n=dg(str(r.randint(100, 9999)), h.w["digits"]),
                                                name=ctx["initials"])]))
    return out


def body_with_inserts(h: Host, r: random.Random, st: dict, ctx: dict, paras: list[str],
                      inserts: list[Block]) -> list[Block]:
    """Body paragraphs with chrome blocks (captions, ads, 'read also') placed between them."""
    out: list[Block] = []
    slots = sorted(r.sample(range(1, len(paras)), min(len(inserts), len(paras) - 1))) if len(paras) > 1 else []
    cur: list[str] = []
    ins = list(inserts)
    for i, p in enumerate(paras):
        if slots and i == slots[0]:
            slots.pop(0)
            out.append(Block("body", "para", cur))
            cur = []
            out.append(ins.pop(0))
        cur.append(p)
    out.append(Block("body", "para", cur))
    for b in ins:  # more inserts than gaps: a caption goes above the story, the rest below it
        if b.kind == "caption":
            out.insert(0, b)
        else:
            out.append(b)
    return out


# ---------------------------------------------------------------- families

def fam_provincial_daily(h, r, st, ctx, paras, sect):
    w = h.w
    top = [C("sitename", [h.name]), C("line", [w["tagline"]])]
    today = ctx["when"] + dt.timedelta(days=r.randint(1, 400))
    if w["today"] == "three":
        hy, hm, hd = hijri(today.date())
        hdate = dg(f"{hd} {HMONTHS[hm - 1]} {hy}", w["digits"])
        top.append(C("line", [f"{w['today_label']} {fmt_date(today, 'jwd', w['digits'])} | {hdate} | "
                              f"{today.date().isoformat()}".strip()]))
    else:
        top.append(C("line", [f"{w['today_label']} {fmt_date(today, 'jwd', w['digits'])}".strip()]))
    top.append(C("menu", w["menu"], sep=w["menu_sep"]))
    pre = section_blocks(h, st, sect)
    issue = dg(str(w["issue0"] + (ctx["when"].date() - dt.date(2012, 1, 1)).days), w["digits"])
    extra = [w["issue_fmt"].format(n=issue, p=dg(str(r.randint(1, 12)), w["digits"]))]
    meta = byline_block(h, r, ctx, sect, extra)
    inserts = [caption_block(h, r, st)] if w["caption"] else []
    if w["ad"]:
        inserts.append(ad_block(h, r))
    body = body_with_inserts(h, r, st, ctx, paras, inserts)
    post = credit_end(h, r, st, ctx)
    tb = tags_block(h, r, st)
    post += [tb] if tb else []
    post.append(share_block(h))
    below = [related_block(h, r, ctx, st)]
    if w["comments"]:
        below.append(comments_block(h, r, ctx, r.randint(0, 3)))
    side = [C("line", [f"{w['weather']} {dg(str(r.randint(-5, 38)), w['digits'])}° | "
                       f"{pick(r, ['آفتابی', 'ابری', 'بارانی', 'نیمه‌ابری', 'برفی'])}"]),
            related_block(h, r, ctx, st, head=w["popular_head"], n=5, teaser=False)]
    if w["newsletter"]:
        side.append(newsletter_block(h))
    foot = [C("line", [w["address"]])] + footer_blocks(h, r)
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


def fam_ministry_news(h, r, st, ctx, paras, sect):
    w = h.w
    top = [C("line", w["toplinks"], sep=" | "), C("sitename", [h.name]), C("line", [w["emblem"]]),
           C("menu", w["menu"], sep=w["menu_sep"])]
    today = ctx["when"] + dt.timedelta(days=r.randint(2, 300))
    top.insert(0, C("line", [fmt_date(today, w["today_style"], w["digits"])]))
    pre = section_blocks(h, st, sect)
    code = dg(str(r.randint(10000, 99999)), w["digits"])
    meta_items = [f"{w['code_label']} {code}"]
    d = date_text(h, ctx)
    if h.w["sect_style"] == "kicker" and sect:
        meta_items.insert(0, sect)
    if d:
        meta_items.append(d)
    meta_items.append(w["views"].format(n=dg(str(r.randint(12, 4000)), w["digits"])))
    meta = [C("dateline", meta_items, sep=w["dl_sep"] if w["dl_sep"] is not None else None)]
    inserts = []
    if w["caption"]:
        inserts.append(caption_block(h, r, st))
    if w["download"]:
        inserts.append(C("line", [f"{w['download']} ({dg(str(r.randint(120, 2400)), w['digits'])} KB)"]))
    body = body_with_inserts(h, r, st, ctx, paras, inserts)
    post = [C("line", [w["pr_sign"]])] + credit_end(h, r, st, ctx)
    post.append(C("line", [x for x in [w["print"], "ارسال به دوستان", "ذخیره"] if x], sep=" | "))
    below = [related_block(h, r, ctx, st)]
    side = [related_block(h, r, ctx, st, head=w["popular_head"], n=5, teaser=False),
            C("menu", w["links"], head=w["links_head"])]
    a, b, total = (dg(str(r.randint(lo, hi)), w["digits"]) for lo, hi in ((100, 9000), (100, 9000), (10**5, 10**7)))
    foot = [C("line", [f"آمار بازدید: امروز {a} | دیروز {b} | کل {total}"]),
            C("line", [w["address"], w["phone"]]),
            C("line", [f"آخرین به‌روزرسانی: {fmt_date(today, 'j4', w['digits'], 'after')}"])] + footer_blocks(h, r)
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


def fam_university_news(h, r, st, ctx, paras, sect):
    w = h.w
    top = [C("sitename", [h.name]), C("line", [w["office"]]), C("menu", w["portals"], sep=" | "),
           C("menu", w["menu"], sep=w["menu_sep"])]
    pre = section_blocks(h, st, sect)
    meta = byline_block(h, r, ctx, sect, [w["views"].format(n=dg(str(r.randint(20, 3000)), w["digits"]))])
    inserts = [caption_block(h, r, st)] if w["caption"] else []
    body = body_with_inserts(h, r, st, ctx, paras, inserts)
    post = [C("line", [f"{w['prep']} {w['office']}"])] + credit_end(h, r, st, ctx)
    tb = tags_block(h, r, st)
    post += [tb] if tb else []
    if w["short_link"]:
        post.append(C("line", [f"{w['short_link']} https://{h.domain}/n/{r.randint(1000, 99999)}"]))
    below = [related_block(h, r, ctx, st)]
    ev_rows = []
    for _ in range(r.randint(2, 3)):
        ev = ctx["when"] + dt.timedelta(days=r.randint(3, 60))
        ev_rows.append([f"{pick(r, w['events'])} {pick(r, w['event_topics'])}",
                        fmt_date(ev, pick(r, ["jname", "j4"]), w["digits"])])
    side = [C("links", head=w["events_head"], rows=ev_rows, row_sep=" - "),
            C("menu", w["quick"], head=w["quick_head"])]
    if w["newsletter"]:
        side.append(newsletter_block(h))
    foot = [C("line", [w["address"]])] + footer_blocks(h, r)
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


def fam_telegram_mirror(h, r, st, ctx, paras, sect):
    w = h.w
    ch_name, handle, members = pick(r, w["channels"])
    top = [C("sitename", [h.name]), C("menu", w["menu"], sep=w["menu_sep"]), C("line", [w["search"]])]
    pre = [C("line", [ch_name, f"@{handle}", dg(f"{members} {w['members']}", w["digits"]), w["join"]])]
    ctx["title_prefix"] = w["title_emoji"]
    meta: list[Block] = []
    body = body_with_inserts(h, r, st, ctx, paras, [])
    d = date_text(h, ctx)
    views = f"{w['eye']} {dg(str(round(r.uniform(1.2, 90.0), 1)), w['digits'])}K"
    stamp = [views] + ([d] if d else [])
    post = [C("line", [f"🆔 @{handle}"]), C("dateline", stamp, sep=w["stamp_sep"])]
    if w["fwd"]:
        post.insert(0, C("line", [f"{w['fwd']} {pick(r, w['channels'])[0]}"]))
    if show_credit(h, st):
        post.insert(0, C("line", [f"{h.w['credit']} {h.w['agency_name'][st['dataset']]}"]))
    if w["prevnext"]:
        (t1, _), (t2, _) = ctx["related"](r, st, 2)
        post.append(C("line", [f"{w['prevnext'][0]} {t1}", f"{w['prevnext'][1]} {t2}"]))
    below = [related_block(h, r, ctx, st, head=w["recent_head"], teaser=False)]
    side = [C("links", head=w["similar_head"],
              rows=[[c[0], dg(f"{c[2]} {w['members']}", w["digits"])] for c in w["channels"][:3]],
              row_sep=pick(r, [None, " - "]))]
    foot = [C("line", [w["disclaimer"]])] + footer_blocks(h, r)
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


def fam_forum_blog(h, r, st, ctx, paras, sect):
    w = h.w
    top = [C("sitename", [h.name]), C("menu", w["menu"], sep=w["menu_sep"]),
           C("line", [f"{w['welcome']} {pick(r, FIRST)}" if r.random() < 0.3 else w["login"]])]
    pre = []
    if sect:
        items = [w["home"], w["forum_root"], sect]
        pre.append(C("crumbs", items, sep=w["crumb_sep"]))
    user = pick(r, w["users"])
    joined = ctx["when"] - dt.timedelta(days=r.randint(60, 1500))
    prof = [user, pick(r, w["ranks"]), f"{w['joined']} {fmt_date(joined, pick(r, ['jname', 'j4']), w['digits'])}",
            f"{w['posts']} {dg(str(r.randint(10, 9000)), w['digits'])}"]
    d = date_text(h, ctx)
    meta = [C("profile", prof, sep=w["profile_sep"])]
    if d:
        meta.append(C("dateline", [x for x in [w["postno"], d] if x], sep=" "))
    body = body_with_inserts(h, r, st, ctx, paras, [])
    post = credit_end(h, r, st, ctx)
    post.append(C("line", [w["sig"].format(u=user)]))
    post.append(C("line", w["buttons"], sep=w["btn_sep"]))
    thanks = r.sample(w["users"], 2)
    post.append(C("line", [f"{w['thanks']} {'، '.join(thanks)}"]))
    rows = []
    for _ in range(r.randint(1, 4)):
        rw = ctx["when"] + dt.timedelta(hours=r.randint(1, 300))
        txt = pick(r, COMMENT_TEXT[0]) + pick(r, COMMENT_TEXT[1])
        if r.random() < 0.3:
            txt = f"{w['quote']} {user}: {pick(r, COMMENT_TEXT[0])}"
        rows.append([pick(r, w["users"]), fmt_date(rw, w["date_style"], w["digits"], "comma"), txt])
    below = [C("comments", head=w["replies_head"], rows=rows)]
    if w["prevnext"]:
        (t1, _), (t2, _) = ctx["related"](r, st, 2)
        below.append(C("line", [f"{w['prevnext'][0]} {t1}", f"{w['prevnext'][1]} {t2}"]))
    below.append(C("form", [w["reply_box"], w["send"]]))
    side = [related_block(h, r, ctx, st, head=w["similar_head"], teaser=False)]
    foot = [C("line", [w["online"].format(a=dg(str(r.randint(1, 40)), w["digits"]),
                                          b=dg(str(r.randint(10, 600)), w["digits"]))]),
            C("line", [w["powered"]])] + footer_blocks(h, r)
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


def price_rows(h: Host, r: random.Random) -> list[list[str]]:
    rows = []
    for name, base in h.w["prices"]:
        v = int(base * r.uniform(0.8, 1.25))
        ch = r.uniform(-3, 3)
        rows.append([name, dg(f"{v:,}", h.w["digits"]),
                     dg(f"{'▲' if ch >= 0 else '▼'} {abs(ch):.2f}٪", h.w["digits"])])
    return rows


def fam_market_news(h, r, st, ctx, paras, sect):
    w = h.w
    ticker = [f"{n}: {v}" for n, v, _ in price_rows(h, r)[:4]]
    top = [C("sitename", [h.name]), C("ticker", ticker, sep=w["ticker_sep"]), C("menu", w["menu"], sep=w["menu_sep"])]
    pre = section_blocks(h, st, sect)
    meta = byline_block(h, r, ctx, sect, [])
    inserts = [ad_block(h, r)] if w["ad"] else []
    if w["chart"]:
        inserts.append(C("caption", [pick(r, w["chart_caps"])]))
    body = body_with_inserts(h, r, st, ctx, paras, inserts)
    post = credit_end(h, r, st, ctx)
    tb = tags_block(h, r, st)
    post += [tb] if tb else []
    post.append(share_block(h))
    below = [related_block(h, r, ctx, st)]
    if w["comments"]:
        below.append(comments_block(h, r, ctx, r.randint(0, 4)))
    upd = ctx["when"] + dt.timedelta(days=r.randint(1, 500))
    side = [C("table", head=w["table_head"], rows=[[w["col_names"][0], w["col_names"][1], w["col_names"][2]]]
              + price_rows(h, r), row_sep=w["row_sep"]),
            C("line", [f"{w['upd_label']} {fmt_date(upd, 'jname', w['digits'], 'saat')}"]),
            C("table", head=w["index_head"], rows=[[w["index_name"], dg(f"{r.randint(60000, 1900000):,}", w["digits"]),
                                                    dg(f"{r.uniform(-2, 2):+.2f}٪", w["digits"])]],
              row_sep=w["row_sep"]),
            related_block(h, r, ctx, st, head=w["popular_head"], n=5, teaser=False)]
    foot = [C("line", [w["disclaimer"]])] + footer_blocks(h, r)
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


def fam_health_site(h, r, st, ctx, paras, sect):
    w = h.w
    top = [C("sitename", [h.name]), C("line", [w["tagline"]]), C("menu", w["menu"], sep=w["menu_sep"]),
           C("line", [w["cta"]])]
    pre = section_blocks(h, st, sect)
    extra = [f"{w['reviewer']} دکتر {person(r)}، {pick(r, w['specialties'])}",
             w["reading"].format(n=dg(str(max(1, sum(len(p.split()) for p in paras) // 200 + 1)), w["digits"]))]
    if w["updated"]:
        up = ctx["when"] + dt.timedelta(days=r.randint(30, 700))
        extra.append(f"{w['updated']} {fmt_date(up, w['date_style'], w['digits'])}")
    meta = byline_block(h, r, ctx, sect, extra)
    inserts = [C("box", [pick(r, w["boxes"])])]
    if w["caption"]:
        inserts.insert(0, caption_block(h, r, st))
    if w["ad"]:
        inserts.append(ad_block(h, r))
    body = body_with_inserts(h, r, st, ctx, paras, inserts)
    post = credit_end(h, r, st, ctx) + [C("line", [w["disclaimer"]])]
    post.append(C("line", [w["useful"], "بله", "خیر"], sep=" "))
    post.append(C("line", [w["useful_n"].format(n=dg(str(r.randint(3, 400)), w["digits"]))]))
    tb = tags_block(h, r, st)
    post += [tb] if tb else []
    below = [related_block(h, r, ctx, st)]
    if w["comments"]:
        cb = comments_block(h, r, ctx, r.randint(1, 3))
        if cb.rows:
            cb.rows[0] = cb.rows[0] + [f"{w['expert']}: {pick(r, w['answers'])}"]
        below.append(cb)
    side = [C("menu", w["tools"], head=w["tools_head"])]
    if w["newsletter"]:
        side.append(newsletter_block(h))
    foot = footer_blocks(h, r) + [C("line", [w["enamad"]])]
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


def fam_diaspora_service(h, r, st, ctx, paras, sect):
    w = h.w
    top = [C("line", [w["skip"]]), C("sitename", [h.name]), C("menu", w["menu"], sep=w["menu_sep"])]
    if w["vpn"]:
        top.append(C("line", [w["vpn"]]))
    pre = section_blocks(h, st, sect)
    d = date_text(h, ctx)
    extra = []
    if w["updated"]:
        up = ctx["when"] + dt.timedelta(days=r.randint(1, 3), hours=r.randint(0, 5))
        extra.append(f"{w['updated']} {fmt_date(up, w['date_style'], w['digits'])}")
    meta = []
    if h.w["sect_style"] == "kicker" and sect:
        meta.append(C("sect", [sect]))
    if d:
        meta.append(C("dateline", [d]))
    if extra:
        meta.append(C("line", extra))
    ins: list[Block] = []
    if w["caption"]:
        ins.append(C("caption", [f"{w['cap_src']} {pick(r, ['Getty Images', 'AFP', 'Reuters', 'EPA', 'AP'])}",
                                 f"{w['cap_lbl']} {pick(r, w['cap_texts'])}"]))
    (rt, _), = ctx["related"](r, st, 1)
    ins.append(C("readmore", [f"{w['readmore']} {rt}"] if w["readmore_inline"] else [rt], head=None
                 if w["readmore_inline"] else w["readmore"]))
    body = body_with_inserts(h, r, st, ctx, paras, ins)
    post = credit_end(h, r, st, ctx)
    tb = tags_block(h, r, st)
    post += [tb] if tb else []
    post.append(share_block(h))
    below = [related_block(h, r, ctx, st)]
    pop = ctx["related"](r, st, 5)
    nums = [dg(str(i + 1), w["digits"]) for i in range(len(pop))]
    side = [C("links", head=w["popular_head"],
              rows=[[f"{k} {t}"] if w["pop_inline"] else [t, k] for k, (t, _) in zip(nums, pop)])]
    if w["app"]:
        side.append(C("line", [w["app"]]))
    foot = [C("line", [w["trust"]])] + footer_blocks(h, r) + [C("line", [w["ext"]])]
    return dict(top=top, pre=pre, meta=meta, body=body, post=post, below=below, side=side, foot=foot)


FAMILY_FN = {f: globals()["fam_" + f] for f in FAMILIES}


# ---------------------------------------------------------------- hosts

def menu_for(r: random.Random, w: dict, extra: list[str]) -> list[str]:
    labels = list(dict.fromkeys(w["sections"][t] for t in r.sample(sorted(SECTION_POOL), 6)))
    return [w["home"]] + labels + extra


def make_host(family: str, r: random.Random, used: set) -> Host:
    while True:
        name, domain, w_extra = host_identity(family, r)
        if domain not in used:
            used.add(domain)
            break
    w = common_wording(r, family, name)
    w.update(w_extra)
    w["menu_sep"] = pick(r, [None, " | ", " - ", "  ", " • "])
    w["dl_sep"] = pick(r, [" | ", " - ", " ، ", "  ", None])
    w["date_style"] = pick(r, FAMILY_DATES[family])
    w["relative_p"] = 0.0
    fam_wording(family, r, w, name, domain)
    return Host(family, name, domain, w, r)


FAMILY_DATES = {
    "provincial_daily": ["j4", "j2", "jname", "jname2", "jwd", "j2np", "jdot2"],
    "ministry_news": ["j4", "jnp", "jwd", "jhij", "jwd4", "jdash"],
    "university_news": ["j4", "jg", "jname", "j2", "jwd"],
    "telegram_mirror": ["jname", "j4", "jname2", "gen", "j2"],
    "forum_blog": ["j4", "j2np", "jname", "jdash", "j2"],
    "market_news": ["j4", "jname", "jwd", "j2", "jwd4"],
    "health_site": ["jname", "j4", "jwd", "jname2"],
    "diaspora_service": ["gbbc", "gbbcj", "gen", "gbbc", "glatin"],
}


def host_identity(family: str, r: random.Random) -> tuple[str, str, dict]:
    if family == "provincial_daily":
        a, al = pick(r, [("ندای", "neda"), ("پیام", "payam"), ("صدای", "sedaye"), ("نسیم", "nasim"), ("طلوع", "tolou"),
                         ("آوای", "avaye"), ("بامداد", "bamdad"), ("عصر", "asr")])
        b, bl = pick(r, [("زاگرس", "zagros"), ("البرز", "alborz"), ("خزر", "khazar"), ("سهند", "sahand"),
                         ("دنا", "dena"), ("کارون", "karoon"), ("سبلان", "sabalan"), ("هامون", "hamoon"),
                         ("بیستون", "bisotoon"), ("الوند", "alvand")])
        kind = pick(r, ["روزنامه ", "", "هفته‌نامه "])
        return f"{kind}{a} {b}", f"{al}{bl}{pick(r, ['', 'daily', 'news'])}.ir", {}
    if family == "ministry_news":
        p, pl = pick(r, PROVINCES)
        org, ol = pick(r, [("اداره کل ورزش و جوانان استان", "sport"), ("اداره کل فرهنگ و ارشاد اسلامی استان", "ershad"),
                           ("استانداری", "ostan"), ("اداره کل میراث فرهنگی استان", "miras"),
                           ("اداره کل تعاون، کار و رفاه اجتماعی استان", "taavon"),
                           ("سازمان جهاد کشاورزی استان", "jahad")])
        return f"{org} {p}", f"{ol}-{pl}.gov.ir", {}
    if family == "university_news":
        c, cl = pick(r, CITIES)
        t, tl = pick(r, [("دانشگاه", "u"), ("دانشگاه علوم پزشکی", "ums"), ("دانشگاه صنعتی", "ut"),
                         ("دانشگاه آزاد اسلامی واحد", "iau"), ("دانشگاه فنی و حرفه‌ای", "tvu")])
        return f"{t} {c}", f"news.{cl}{tl}.ac.ir", {}
    if family == "telegram_mirror":
        n, nl = pick(r, [("تل‌نما", "telnama"), ("کانال‌بین", "kanalbin"), ("پست‌یاب", "postyab"),
                         ("مرور تلگرام", "tgmorur"), ("پیام‌نگار", "payamnegar"), ("کانالستان", "kanalestan")])
        return n, f"{nl}.{pick(r, ['com', 'net', 'ir', 'org'])}", {}
    if family == "forum_blog":
        a = pick(r, ["انجمن‌های", "تالار گفتگوی", "انجمن", "بلاگ"])
        b, bl = pick(r, [("پارسی‌نگار", "parsinegar"), ("همراهان", "hamrahan"), ("دیار", "diyar"),
                         ("ایران‌بوم", "iranboom"), ("سایه‌روشن", "sayeroshan"), ("گپ‌وگفت", "gapogoft")])
        return f"{a} {b}", f"{pick(r, ['forum.', 'www.', 'talar.'])}{bl}.{pick(r, ['com', 'ir', 'net'])}", {}
    if family == "market_news":
        a = pick(r, ["{x} اقتصاد", "بازار {x}", "اقتصاد {x}", "سرمایه {x}"])
        x, xl = pick(r, [("امروز", "emrooz"), ("نو", "no"), ("برتر", "bartar"), ("آنلاین", "online"), ("۲۴", "24"),
                         ("پیشرو", "pishro")])
        return a.format(x=x), f"{pick(r, ['eghtesad', 'bazar', 'sarmayeh'])}{xl}.{pick(r, ['com', 'ir'])}", {}
    if family == "health_site":
        a = pick(r, ["سلامت {x}", "دکتر {x}", "طب {x}", "زندگی سالم {x}"])
        x, xl = pick(r, [("نیک", "nik"), ("یار", "yar"), ("پویا", "pouya"), ("آرام", "aram"), ("سپید", "sepid"),
                         ("گلبرگ", "golbarg")])
        return a.format(x=x), f"{pick(r, ['salamat', 'dr', 'teb', 'health'])}{xl}.{pick(r, ['com', 'ir', 'net'])}", {}
    a = pick(r, ["رادیو {x}", "{x} فارسی", "تلویزیون {x}", "صدای {x}"])
    x, xl = pick(r, [("پل", "pol"), ("افق", "ofogh"), ("آزادگان", "azadegan"), ("دریچه", "daricheh"),
                     ("کاروان", "karevan"), ("پژواک", "pezhvak")])
    return a.format(x=x), f"{xl}{pick(r, ['persian', 'farsi', 'fa'])}.{pick(r, ['com', 'org', 'net'])}", {}


def fam_wording(family: str, r: random.Random, w: dict, name: str, domain: str) -> None:
    if family == "provincial_daily":
        p = pick(r, PROVINCES)[0]
        w["tagline"] = pick(r, ["روزنامه صبح استان {p}", "نخستین روزنامه استان {p}", "صدای مردم {p}",
                                "روزنامه سیاسی، اجتماعی و فرهنگی استان {p}"]).format(p=p)
        w["today"] = pick(r, ["three", "jalali"])
        w["today_label"] = pick(r, ["امروز:", "", "📆"])
        w["menu"] = menu_for(r, w, r.sample(["نسخه PDF", "آرشیو روزنامه", "آگهی‌ها", "نیازمندی‌ها", "صفحه اول"], 2))
        w["issue0"] = r.randint(1000, 4000)
        w["issue_fmt"] = pick(r, ["شماره {n} | صفحه {p}", "روزنامه شماره {n} - صفحه {p}",
                                  "چاپ شده در صفحه {p} شماره {n}"])
        w["weather"] = pick(r, [f"هوای {pick(r, CITIES)[0]}", "وضعیت هوا:", "🌤"])
        w["address"] = f"نشانی: {pick(r, CITIES)[0]}، خیابان {pick(r, LAST)[:-1]}، پلاک {r.randint(2, 90)}"
        w["byline"] = pick(r, ["label", "pipe", "none", "label"])
    elif family == "ministry_news":
        w["toplinks"] = r.sample(["English", "عربی", "نقشه سایت", "ورود", "پست الکترونیک", "RSS", "راهنما"], 4)
        w["emblem"] = pick(r, ["جمهوری اسلامی ایران", "نشان جمهوری اسلامی ایران", "پایگاه اطلاع‌رسانی"])
        w["menu"] = r.sample(["درباره ما", "معاونت‌ها", "شهرستان‌ها", "خدمات الکترونیک", "قوانین و مقررات", "اخبار",
                              "چندرسانه‌ای", "ارتباط با مدیران", "سامانه‌ها"], 6)
        w["today_style"] = pick(r, ["jhij", "jwd", "jwd4"])
        w["pr_sign"] = pick(r, [f"روابط عمومی {name}", "اداره روابط عمومی و امور بین‌الملل", "واحد اطلاع‌رسانی"])
        w["download"] = pick(r, [None, "دانلود فایل", "📎 پیوست", "دریافت فایل اطلاعیه"])
        w["links_head"] = pick(r, ["پیوندهای مهم", "لینک‌های مفید", "پیوندها"])
        w["links"] = r.sample(["پایگاه اطلاع‌رسانی دولت", "سامانه ۱۱۱", "دولت همراه", "سامانه سخا", "پنجره ملی خدمات",
                               "سامد", "درگاه ملی مجوزها"], 4)
        w["address"] = f"نشانی: {pick(r, CITIES)[0]}، بلوار {pick(r, LAST)}، ساختمان شماره {r.randint(1, 9)}"
        w["phone"] = f"تلفن: {r.randint(11, 87):03d}-{r.randint(3000000, 3999999)}"
        w["sect_style"] = pick(r, ["crumbs", "crumbs", "label", "kicker"])
        w["dom"] = pick(r, ["table", "nested", "main", "br", "table"])
        w["crumb_mid"] = pick(r, ["اخبار", "اخبار و رویدادها", "رسانه", None])
        w["credit_on"] = r.random() < 0.85
    elif family == "university_news":
        w["office"] = pick(r, ["اداره کل روابط عمومی", "مدیریت روابط عمومی", "پایگاه خبری", "حوزه ریاست و روابط عمومی"])
        w["portals"] = r.sample(["سامانه گلستان", "آموزش مجازی", "کتابخانه مرکزی", "پست الکترونیک", "EN",
                                 "سامانه تغذیه", "پورتال دانشجویی"], 4)
        w["menu"] = menu_for(r, w, r.sample(["معرفی دانشگاه", "دانشکده‌ها", "معاونت‌ها", "پژوهش", "تماس"], 3))
        w["prep"] = pick(r, ["تهیه و تنظیم:", "تنظیم:", "منبع: ", "گزارش از"])
        w["events_head"] = pick(r, ["رویدادهای پیش رو", "تقویم رویدادها", "همایش‌ها و رویدادها"])
        w["events"] = ["همایش ملی", "کارگاه آموزشی", "نشست تخصصی", "کنفرانس بین‌المللی", "دفاع از رساله"]
        w["event_topics"] = ["فناوری نانو", "آب و محیط زیست", "هوش مصنوعی", "کارآفرینی", "پدافند غیرعامل", "زبان فارسی"]
        w["quick_head"] = pick(r, ["دسترسی سریع", "لینک‌های پرکاربرد", "میانبرها"])
        w["quick"] = r.sample(["تقویم آموزشی", "فرم‌ها", "بخشنامه‌ها", "تلفن‌های داخلی", "نقشه دانشگاه",
                               "استخدام", "صندوق رفاه"], 4)
        w["address"] = f"نشانی: {pick(r, CITIES)[0]}، کیلومتر {r.randint(2, 15)} جاده {pick(r, CITIES)[0]}، " \
                       f"صندوق پستی {r.randint(100, 999)}"
    elif family == "telegram_mirror":
        chans = []
        for _ in range(5):
            a = pick(r, ["اخبار فوری", "خبر داغ", "ورزش نود", "فوتبال ۳۶۰", "جهان‌نما", "خبرفوری", "سرخط",
                         "تیتر یک", "رسانه"])
            b = pick(r, ["", " ایران", " آنلاین", " ۲۴", " پلاس"])
            handle = pick(r, ["akhbar", "khabar", "titr", "sarkhat", "news", "varzesh"]) + \
                pick(r, ["_fori", "24", "plus", "iran", "_tv", "1"])
            chans.append((a + b, handle, pick(r, ["۱۲", "۴۵", "۱۸۰", "۳۲۰", "۹"]) + " " + pick(r, ["هزار", "K"])))
        w["channels"] = chans
        w["members"] = pick(r, ["عضو", "مشترک", "دنبال‌کننده"])
        w["join"] = pick(r, ["عضویت در کانال", "ورود به کانال", "مشاهده در تلگرام", "➕ عضویت"])
        w["menu"] = r.sample(["کانال‌ها", "گروه‌ها", "ربات‌ها", "دسته‌بندی‌ها", "ثبت کانال", "پربازدیدها", "جدیدترین"], 4)
        w["search"] = pick(r, ["جستجو در پست‌ها", "🔍 جستجو در کانال‌ها", "نام کانال یا آیدی را وارد کنید"])
        w["title_emoji"] = pick(r, ["🔴 ", "📌 ", "⭕️ ", "", "✅ "])
        w["eye"] = pick(r, ["👁", "👁‍🗨", "بازدید:"])
        w["stamp_sep"] = pick(r, [" ", " · ", " | "])
        w["fwd"] = pick(r, [None, "فوروارد شده از", "Forwarded from"])
        w["recent_head"] = pick(r, ["پست‌های اخیر این کانال", "آخرین پست‌ها", "پست‌های دیگر"])
        w["similar_head"] = pick(r, ["کانال‌های مشابه", "کانال‌های پیشنهادی", "شاید بپسندید"])
        w["disclaimer"] = pick(r, [f"{name} هیچ ارتباطی با تلگرام ندارد.",
                                   "محتوای کانال‌ها متعلق به صاحبان آنهاست.",
                                   "این سایت صرفاً محتوای عمومی کانال‌ها را نمایش می‌دهد."])
        w["lead"] = r.random() < 0.5
        w["sect_style"] = "none"
        w["relative_p"] = pick(r, [0.0, 0.25])
    elif family == "forum_blog":
        w["menu"] = r.sample(["انجمن‌ها", "ارسال‌های امروز", "جستجو", "اعضا", "قوانین", "راهنما", "تقویم"], 5)
        w["welcome"] = pick(r, ["خوش آمدید،", "سلام", "کاربر گرامی"])
        w["login"] = pick(r, ["ورود | ثبت‌نام", "مهمان گرامی، خوش آمدید. ورود یا ثبت‌نام", "ورود به حساب کاربری"])
        w["forum_root"] = pick(r, ["انجمن‌ها", "تالارها", "بخش اخبار", "اخبار روز"])
        w["crumb_sep"] = pick(r, [" › ", " > ", " / ", " » "])
        w["users"] = [pick(r, ["ali", "sara", "nima", "mahsa", "reza", "pars", "dariush", "shadi"]) +
                      pick(r, ["_1360", "62", "_fan", ".m", "_tehran", "99"]) for _ in range(6)]
        w["ranks"] = ["کاربر فعال", "عضو جدید", "مدیر بخش", "کاربر ویژه", "ناظر"]
        w["joined"] = pick(r, ["تاریخ عضویت:", "عضویت:", "عضو از"])
        w["posts"] = pick(r, ["ارسال‌ها:", "تعداد پست‌ها:", "پست‌ها:"])
        w["profile_sep"] = pick(r, [None, " | "])
        w["postno"] = pick(r, ["#۱", "پست ۱", None, "ارسال:"])
        w["sig"] = pick(r, ["امضای {u}", "«هر روز یک خبر»", "━━━━━━━━", "زندگی زیباست ❤"])
        w["buttons"] = r.sample(["پاسخ", "نقل قول", "گزارش", "تشکر", "ویرایش", "چندنقلی"], 4)
        w["btn_sep"] = pick(r, [None, " ", " | "])
        w["thanks"] = pick(r, ["کاربرانی که تشکر کرده‌اند:", "سپاس‌گزاران:", "👍 تشکر شده توسط:"])
        w["quote"] = pick(r, ["نقل قول از", "به نقل از پست", "quote:"])
        w["replies_head"] = pick(r, ["پاسخ‌ها", "ارسال‌های بعدی", "نظرات کاربران"])
        w["reply_box"] = pick(r, ["پاسخ سریع", "ارسال پاسخ", "متن پاسخ خود را بنویسید"])
        w["send"] = pick(r, ["ارسال", "ثبت پاسخ"])
        w["similar_head"] = pick(r, ["موضوعات مشابه", "تاپیک‌های مرتبط", "موضوعات اخیر"])
        w["online"] = pick(r, ["کاربران در حال بازدید: {a} عضو و {b} مهمان", "آنلاین: {a} کاربر، {b} میهمان"])
        w["powered"] = pick(r, ["قدرت گرفته از MyBB", "Powered by vBulletin", "پشتیبانی: انجمن‌ساز پارسی"])
        w["lead"] = False
        w["credit_on"] = r.random() < 0.85
    elif family == "market_news":
        w["menu"] = menu_for(r, w, r.sample(["قیمت طلا", "قیمت ارز", "بورس", "مسکن", "خودرو", "رمزارز"], 3))
        w["prices"] = r.sample([("دلار آمریکا", 125000), ("یورو", 140000), ("درهم امارات", 34000),
                                ("سکه امامی", 40000000), ("نیم سکه", 21000000), ("طلای ۱۸ عیار", 1900000),
                                ("مثقال طلا", 8200000), ("پوند", 160000), ("لیر ترکیه", 7000)], 6)
        w["ticker_sep"] = pick(r, [" | ", " • ", "  "])
        w["table_head"] = pick(r, ["قیمت لحظه‌ای ارز و سکه", "نرخ بازار آزاد", "جدول قیمت‌ها", "بازار ارز و طلا"])
        w["col_names"] = pick(r, [("عنوان", "قیمت (ریال)", "تغییر"), ("نام", "نرخ", "درصد"),
                                  ("ارز", "آخرین قیمت", "تغییرات")])
        w["row_sep"] = pick(r, ["  ", " | ", "\t", " "])
        w["upd_label"] = pick(r, ["آخرین به‌روزرسانی:", "به‌روز شده در", "زمان آخرین نرخ:"])
        w["index_head"] = pick(r, ["بورس تهران", "شاخص‌های بازار", "نبض بازار سرمایه"])
        w["index_name"] = pick(r, ["شاخص کل", "شاخص کل بورس", "شاخص هم‌وزن"])
        w["chart"] = r.random() < 0.4
        w["chart_caps"] = ["نمودار تغییرات قیمت در هفته گذشته", "نمودار: روند شاخص", "اینفوگرافیک: سهم بازارها"]
        w["disclaimer"] = pick(r, ["مطالب این سایت توصیه به خرید یا فروش نیست.",
                                   "مسئولیت تصمیم‌های سرمایه‌گذاری با کاربر است.",
                                   "قیمت‌ها تقریبی و برای اطلاع است."])
        w["byline"] = pick(r, ["pipe", "pipe", "label"])
    elif family == "health_site":
        w["tagline"] = pick(r, ["مرجع تخصصی سلامت", "مجله پزشکی و سلامت", "همراه سلامتی شما", "دانستنی‌های پزشکی"])
        w["menu"] = r.sample(["بیماری‌ها", "تغذیه", "داروها", "سلامت روان", "زنان", "کودکان", "نوبت‌دهی", "پزشکان",
                              "ورزش"], 6)
        w["cta"] = pick(r, ["مشاوره آنلاین با پزشک", "📞 مشاوره تلفنی", "نوبت‌دهی اینترنتی پزشکان", "پرسش از پزشک"])
        w["reviewer"] = pick(r, ["بازبینی علمی:", "تأیید پزشکی:", "بررسی‌شده توسط", "ناظر علمی:"])
        w["specialties"] = ["متخصص داخلی", "متخصص تغذیه", "پزشک عمومی", "متخصص قلب", "روان‌پزشک"]
        w["reading"] = pick(r, ["زمان مطالعه: {n} دقیقه", "⏱ {n} دقیقه مطالعه", "مدت مطالعه: {n} دقیقه"])
        w["updated"] = pick(r, [None, "آخرین به‌روزرسانی:", "به‌روزرسانی:", "بازبینی در"])
        w["boxes"] = [pick(r, ["بیشتر بدانید: ", "نکته: ", "💡 "]) + x for x in
                      ["نوشیدن آب کافی را فراموش نکنید", "پیش از مصرف هر دارو با پزشک مشورت کنید",
                       "خواب کافی سیستم ایمنی را تقویت می‌کند"]]
        w["disclaimer"] = pick(r, ["این مطلب جایگزین مشاوره پزشکی نیست.",
                                   "مطالب این سایت صرفاً جنبه آموزشی دارد و جایگزین تشخیص پزشک نیست.",
                                   "⚠ پیش از هر اقدام درمانی با پزشک مشورت کنید."])
        w["useful"] = pick(r, ["آیا این مطلب مفید بود؟", "این مقاله برایتان مفید بود؟", "امتیاز شما:"])
        w["useful_n"] = pick(r, ["{n} نفر این مطلب را مفید دانسته‌اند", "{n} رأی", "میانگین امتیاز از {n} رأی"])
        w["expert"] = pick(r, ["پاسخ کارشناس", "پاسخ پزشک", "کارشناس سایت"])
        w["answers"] = ["با پزشک معالج خود مشورت کنید.", "ممنون از همراهی شما.", "این مورد نیاز به معاینه دارد."]
        w["tools_head"] = pick(r, ["ابزارهای سلامت", "محاسبه‌گرها", "ابزارها"])
        w["tools"] = r.sample(["محاسبه BMI", "محاسبه کالری", "تقویم بارداری", "محاسبه وزن ایده‌آل", "سن بیولوژیک"], 3)
        w["enamad"] = pick(r, ["نماد اعتماد الکترونیکی", "دارای مجوز از وزارت فرهنگ و ارشاد اسلامی", "عضو ساماندهی"])
        w["date_label"] = pick(r, ["تاریخ انتشار:", "انتشار:", "منتشر شده:", ""])
    else:  # diaspora_service
        w["skip"] = pick(r, ["رفتن به محتوای اصلی", "پرش به محتوا", "بخش اصلی"])
        w["menu"] = r.sample(["ایران", "جهان", "اقتصاد", "ورزش", "فرهنگ و هنر", "ویدیو", "پادکست", "برنامه‌ها",
                              "علم و فناوری"], 6)
        w["vpn"] = pick(r, [None, "دسترسی بدون فیلتر به سایت", "اپلیکیشن ضدسانسور را دانلود کنید"])
        w["updated"] = pick(r, [None, "به‌روز شده", "آخرین به‌روزرسانی", "به‌روزرسانی:"])
        w["cap_src"] = pick(r, ["منبع تصویر،", "عکس:", "©"])
        w["cap_lbl"] = pick(r, ["توضیح تصویر،", "شرح عکس:", ""])
        w["cap_texts"] = ["نمایی از محل حادثه", "تصویر آرشیوی", "عکس از جلسه روز گذشته", "هواداران در ورزشگاه"]
        w["readmore"] = pick(r, ["بیشتر بخوانید:", "مطلب مرتبط:", "همچنین بخوانید:"])
        w["readmore_inline"] = r.random() < 0.5
        w["popular_head"] = pick(r, ["پربیننده‌ترین", "پربیننده‌ها", "محبوب‌ترین‌ها"])
        w["pop_inline"] = r.random() < 0.5
        w["app"] = pick(r, [None, "اپلیکیشن ما را دانلود کنید", "ما را در اینستاگرام دنبال کنید"])
        w["trust"] = pick(r, [f"چرا می‌توانید به {name} اعتماد کنید", f"{name} در شبکه‌های اجتماعی",
                              "اصول حرفه‌ای ما"])
        w["ext"] = pick(r, [f"{name} مسئول محتوای سایت‌های دیگر نیست.", "سیاست ما درباره لینک به سایت‌های دیگر"])
        w["date_label"] = pick(r, ["", "", "منتشر شده:", "انتشار:"])
        w["clock"] = pick(r, ["none", "none", "after"])
        w["digits"] = pick(r, ["fa", "fa", "en"])
        w["meta_date"] = pick(r, ["og", "ld", "both", "time"])
        w["lead"] = r.random() < 0.5
        w["sect_style"] = pick(r, ["plain", "kicker", "crumbs", "plain"])


# ---------------------------------------------------------------- rendering

def esc(h: Host, t: str) -> str:
    s = html.escape(t, quote=False)
    return s.replace(ZWNJ, h.w["zwnj_ent"]) if h.w["zwnj_ent"] else s


def cls(h: Host, name: str) -> str:
    if h.w["cls"] == "meaning":
        return name
    return "x" + hashlib.blake2b((h.domain + name).encode(), digest_size=3).hexdigest()


def para_html(h: Host, p: str, st: dict) -> str:
    """A paragraph; on some hosts with the dateline in <strong> or a tag linked, never changing its text."""
    if h.w["inline"]:
        if p.startswith("به گزارش") and 0 < p.find("،") < 90:
            k = p.find("،")
            return f"<strong>{esc(h, p[:k])}</strong>{esc(h, p[k:])}"
        for t in st["tags"]:
            i = p.find(t)
            if len(t) > 3 and i >= 0:
                return (f"{esc(h, p[:i])}<a href=\"/tag/{html.escape(t.replace(' ', '-'))}\">{esc(h, t)}</a>"
                        f"{esc(h, p[i + len(t):])}")
    return esc(h, p)


def block_html(h: Host, b: Block, st: dict) -> str:
    out = _block_html(h, b, st)
    if b.time_iso:
        i = out.index(">") + 1
        out = f"{out[:i]}<time datetime=\"{b.time_iso}\">{out[i:-len('</div>')]}</time></div>"
    return out


def _block_html(h: Host, b: Block, st: dict) -> str:
    e = lambda t: esc(h, t)  # noqa: E731
    head = f"<h3 class=\"{cls(h, 'hd')}\">{e(b.head)}</h3>" if b.head else ""
    k = b.kind
    if b.role == "title":
        return f"<h1 class=\"{cls(h, 'title')}\">{e(b.items[0])}</h1>"
    if b.role == "lead":
        tag = h.w["lead_tag"]
        return f"<{tag} class=\"{cls(h, 'lead')}\">{e(b.items[0])}</{tag}>"
    if b.role == "body":
        return "".join(f"<p>{para_html(h, p, st)}</p>" for p in b.items)
    if k in ("menu", "share") and b.sep is None:
        lis = "".join(f"<li><a href=\"/{cls(h, 'm')}/{i}\">{e(t)}</a></li>" for i, t in enumerate(b.items))
        return f"<nav class=\"{cls(h, k)}\">{head}<ul>{lis}</ul></nav>"
    if k == "crumbs":
        parts = [f"<a href=\"/c{i}\">{e(t)}</a>" for i, t in enumerate(b.items[:-1])]
        parts.append(f"<span>{e(b.items[-1])}</span>")
        return f"<div class=\"{cls(h, 'breadcrumb')}\">{e(b.sep or ' ').join(parts)}</div>"
    if k in ("links", "comments", "table") or b.rows:
        if k == "table":
            trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in b.rows or [])
            return f"<div class=\"{cls(h, 'prices')}\">{head}<table>{trs}</table></div>"
        lis = []
        for row in b.rows or []:
            cells = [c for c in row if c]
            if k == "comments":
                inner = "".join(f"<div class=\"{cls(h, 'c' + str(i))}\">{e(c)}</div>" for i, c in enumerate(cells))
            else:
                inner = f"<a href=\"/n/{stable(cells[0]) % 99999}\">{e(cells[0])}</a>" + "".join(
                    f"<p>{e(c)}</p>" for c in cells[1:])
            lis.append(f"<li>{inner}</li>")
        items = "".join(f"<p>{e(t)}</p>" for t in b.items)
        return f"<section class=\"{cls(h, k)}\">{head}{items}<ul>{''.join(lis)}</ul></section>"
    if k == "form":
        return (f"<div class=\"{cls(h, 'form')}\">{head}<form><label>{e(b.items[0])}</label><input type=\"text\">"
                f"<button>{e(b.items[1])}</button></form></div>")
    if b.sep is not None:
        spans = "".join(f"<span>{e(t)}</span>" + (e(b.sep) if i < len(b.items) - 1 else "")
                        for i, t in enumerate(b.items))
        return f"<div class=\"{cls(h, k)}\">{head}{spans}</div>"
    tag = "figcaption" if k == "caption" else "div"
    return f"<div class=\"{cls(h, k)}\">{head}" + "".join(f"<{tag}>{e(t)}</{tag}>" for t in b.items) + "</div>"


def body_br(h: Host, blocks: list[Block], st: dict) -> str:
    """The story as lines in one <div>, paragraphs separated by <br>s; inline chrome as lines too."""
    sep = h.w["br_sep"]
    lines: list[str] = []
    for b in blocks:
        if b.role == "body":
            lines += [para_html(h, p, st) for p in b.items]
        else:
            lines += [esc(h, t) for t in b.txt_lines()]
    return f"<div class=\"{cls(h, 'matn')}\">" + sep.join(lines) + "</div>"


def render_html(h: Host, st: dict | None, regions: dict, ctx: dict, title: str | None, lead: str | None,
                sect: str | None) -> str:
    def R(name: str) -> str:
        if name == "body" and h.w["dom"] == "br":
            return body_br(h, regions.get("body", []), st or {})
        return "".join(block_html(h, b, st or {}) for b in regions.get(name, []))

    e = lambda t: html.escape(t, quote=True)  # noqa: E731
    head = ["<meta charset=\"utf-8\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"]
    page_title = h.w["title_html"].format(t=title, s=h.name) if title else h.name
    head.append(f"<title>{html.escape(page_title, quote=False)}</title>")
    if st and title:
        desc = lead or st["paragraphs"][0][:160]
        head.append(f"<meta name=\"description\" content=\"{e(desc)}\">")
        head.append(f"<meta property=\"og:title\" content=\"{e(title)}\">")
        head.append(f"<meta property=\"og:site_name\" content=\"{e(h.name)}\">")
        iso = ctx["when"].isoformat() if not ctx["relative"] else None
        if h.family == "diaspora_service" and iso:
            iso = ctx["when"].astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        md = h.w["meta_date"]
        if iso and md in ("og", "both"):
            head.append(f"<meta property=\"article:published_time\" content=\"{iso}\">")
        if iso and md in ("ld", "both"):
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                  "publisher": {"@type": "Organization", "name": h.name}}
            if sect and h.w["ld_section"]:
                ld["articleSection"] = sect
            head.append("<script type=\"application/ld+json\">" + json.dumps(ld, ensure_ascii=False) + "</script>")
    head.append("<link rel=\"stylesheet\" href=\"/static/css/main.css?v=%d\">" % (stable(h.domain) % 90 + 10))
    if ctx.get("time_iso") and h.w["meta_date"] == "time":
        for b in regions.get("meta", []) + regions.get("post", []):
            if b.kind == "dateline":
                b.time_iso = ctx["time_iso"]
                break
    top, pre, meta, body, post = R("top"), R("pre"), R("meta"), R("body"), R("post")
    below, side, foot = R("below"), R("side"), R("foot")
    ttl = R("title")
    dom = h.w["dom"]
    c = lambda n: cls(h, n)  # noqa: E731
    if dom == "main":
        main = (f"<main id=\"{c('main')}\"><article class=\"{c('post')}\"><header>{pre}{ttl}{meta}</header>"
                f"<div class=\"{c('content')}\">{body}</div>{post}</article>{below}</main>")
        bodyhtml = f"<header class=\"{c('site')}\">{top}</header>{main}<aside>{side}</aside><footer>{foot}</footer>"
    elif dom == "widgets":
        bodyhtml = (f"<div class=\"{c('top')}\">{top}</div><article>{pre}{ttl}{meta}"
                    f"<div class=\"{c('text')}\">{body}</div>{post}{below}<aside>{side}</aside></article>"
                    f"<div class=\"{c('foot')}\">{foot}</div>")
    elif dom == "table":
        bodyhtml = (f"<table width=\"100%\"><tr><td colspan=\"2\">{top}</td></tr><tr><td valign=\"top\">{pre}{ttl}"
                    f"{meta}{body}{post}{below}</td><td valign=\"top\" width=\"220\">{side}</td></tr>"
                    f"<tr><td colspan=\"2\">{foot}</td></tr></table>")
    else:  # nested / br
        bodyhtml = (f"<div id=\"{c('wrap')}\"><div class=\"{c('hdr')}\">{top}</div><div class=\"{c('row')}\">"
                    f"<div class=\"{c('col-8')}\"><div class=\"{c('box')}\">{pre}{ttl}{meta}"
                    f"<div class=\"{c('txt')}\"><div class=\"{c('inner')}\">{body}</div></div>{post}</div>{below}</div>"
                    f"<div class=\"{c('col-4')}\">{side}</div></div><div class=\"{c('ftr')}\">{foot}</div></div>")
    doc = ("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
           + bodyhtml + "\n</body>\n</html>\n")
    return doc


def render_txt(h: Host, regions: dict) -> str:
    order = ["top", "pre", "title", "meta", "side", "body", "post", "below", "foot"] if h.w["side_first"] else \
        ["top", "pre", "title", "meta", "body", "post", "below", "side", "foot"]
    chunks: list[str] = []
    for name in order:
        for b in regions.get(name, []):
            lines = b.txt_lines()
            if not lines:
                continue
            if b.role == "body":
                chunks.append("\n".join(lines))
            else:
                chunks.append("\n".join(lines))
    return ("\n\n" if h.w["blank"] else "\n").join(chunks) + "\n"


# ---------------------------------------------------------------- pages

def article_page(h: Host, st: dict, ctx: dict, paras: list[str]):
    r = ctx["r"]
    sect_topic = topic(st)
    sect = h.w["sections"][sect_topic]
    if h.w["sect_style"] == "none" or h.family == "telegram_mirror":
        sect = None
    regions = FAMILY_FN[h.family](h, r, st, ctx, paras, sect)
    title = st["title"]
    shown_title = ctx.get("title_prefix", "") + title
    regions["title"] = [Block("title", "title", [shown_title])]
    lead = st["lead"] if h.w["lead"] and st["lead"] else None
    if lead:
        regions["title"].append(Block("lead", "lead", [h.w["lead_prefix"] + lead]))
    return regions, title, lead, sect


def negative_page(h: Host, kind: str, ctx: dict):
    r = ctx["r"]
    w = h.w
    regions: dict = {"top": [C("sitename", [h.name]), C("menu", w.get("menu") or w["footer_links"], sep=w["menu_sep"])],
                     "foot": footer_blocks(h, r)}
    if kind == "listing":
        sect = pick(r, list(w["sections"].values()))
        rows = []
        for t, lead in ctx["related"](r, None, r.randint(8, 12)):
            row = [t]
            if r.random() < 0.7:
                row.append(teaser_of(r, lead))
            row.append(fmt_date(ctx["when"] - dt.timedelta(days=r.randint(0, 30)), w["date_style"], w["digits"]))
            rows.append(row)
        regions["pre"] = [C("sect", [sect]), C("links", rows=rows),
                          C("line", ["« قبلی", "۱", "۲", "۳", "بعدی »"], sep=" ")]
    elif kind == "chrome_only":
        if r.random() < 0.5:
            regions["pre"] = [C("line", [pick(r, ["خطای ۴۰۴", "404", "اوه!", "خطا"])]),
                              C("line", [pick(r, ["صفحه مورد نظر یافت نشد.", "متأسفیم، این صفحه در دسترس نیست.",
                                                  "مطلبی که دنبالش بودید حذف شده یا وجود ندارد.",
                                                  "آدرس وارد شده اشتباه است."])]),
                              C("line", [pick(r, ["بازگشت به صفحه اصلی", "جستجو در سایت", "به خانه برگردید"])])]
        else:
            regions["pre"] = [C("line", [pick(r, ["تماس با ما", "ارتباط با ما", "درباره ما"])]),
                              C("line", [f"نشانی: {pick(r, CITIES)[0]}، خیابان {pick(r, LAST)}، "
                                         f"پلاک {r.randint(2, 99)}"]),
                              C("line", [f"تلفن: {r.randint(11, 87):03d}-{r.randint(3000000, 3999999)}"]),
                              C("line", [f"پست الکترونیک: info@{h.domain}"]),
                              C("form", [pick(r, ["پیام خود را بنویسید", "متن پیام"]), "ارسال"],
                                head=pick(r, ["فرم تماس", "ارسال پیام"]))]
        regions["side"] = [related_block(h, r, ctx, {"key": None, "title": ""}, head=w["popular_head"], n=5,
                                         teaser=False)]
    else:  # empty
        regions = {"top": [C("sitename", [h.name])],
                   "pre": [C("line", [pick(r, ["در حال بارگذاری...", "لطفاً صبر کنید", "Loading...", ""])])]}
        regions["pre"] = [b for b in regions["pre"] if b.items[0]]
    return regions


def chrome_of(regions: dict) -> list[str]:
    """Gold chrome lines: every chrome line as the txt page shows it, and its items and cells one by one.

    On an HTML page a table row or a comment is cells in separate elements; its joined txt line is kept
    too, because score_pages compares letters and digits only, so it is how an extractor flattening the
    row onto one line would show it.
    """
    out: list[str] = []
    for name in REGIONS:
        for b in regions.get(name, []):
            if b.role == "chrome":
                out += b.chrome()
    return list(dict.fromkeys(x.strip() for x in out if x and x.strip()))


def _canon(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ۀ", "ه").replace("ة", "ه")
    s = s.translate(str.maketrans(DIGITS["fa"] + DIGITS["ar"], "0123456789" * 2))
    return "".join(ch for ch in s if ch.isalnum() and ch != "\u0640")


def _inside(c: str, p: str) -> bool:
    """score_pages' leak test: would chrome line c count as leaked into paragraph p?"""
    if not c or not p:
        return False
    return c == p or (len(c) >= 8 and (p.startswith(c) or p.endswith(c))) or (len(c) >= 15 and c in p)


def build(out_dir, n: int = 150, seed: int = 31, families: list[str] | None = None) -> list[dict]:
    """The pages and gold rows of ``n`` pages; ``families`` (default all of :data:`FAMILIES`) limits
    the run to those families, e.g. to develop on some and score the others."""
    FAMILIES = list(families) if families else globals()["FAMILIES"]  # noqa: N806
    rng = random.Random(f"families-f:{seed}")
    out = Path(out_dir)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    arts = load_articles()
    rng.shuffle(arts)
    used_domains: set = set()
    hosts = {f: [make_host(f, random.Random(f"families-f:{seed}:{f}:{i}"), used_domains)
                 for i in range(rng.randint(3, 4))] for f in FAMILIES}

    n_neg = max(1, round(n * 0.06)) if n >= 10 else 0
    n_rep = round((n - n_neg) * 0.1)
    n_stories = n - n_neg - n_rep
    stories = arts[:n_stories]
    spare = arts[n_stories:]
    specs = []  # (family, host, kind, story, copy_no, cluster, edits)
    for i, st in enumerate(stories):
        f = FAMILIES[i % len(FAMILIES)] if i < len(FAMILIES) * 2 else pick(rng, FAMILIES)
        specs.append([f, pick(rng, hosts[f]), "article", st, 0, None, []])
    for k, idx in enumerate(rng.sample(range(len(specs)), n_rep)):
        base = specs[idx]
        cluster = f"f-c{k:05d}"
        base[5] = cluster
        f = pick(rng, [x for x in FAMILIES if x != base[0]])
        edits = ["drop_last"] if len(base[3]["paragraphs"]) >= 3 and rng.random() < 0.4 else []
        specs.append([f, pick(rng, hosts[f]), "article", base[3], 1, cluster, edits])
    for _ in range(n_neg):
        f = pick(rng, FAMILIES)
        specs.append([f, pick(rng, hosts[f]), pick(rng, ["listing", "listing", "chrome_only", "chrome_only", "empty"]),
                      None, 0, None, []])
    rng.shuffle(specs)

    run_titles = [(s["title"], s["lead"], s["key"]) for s in stories]
    spare_titles = [(s["title"], s["lead"], s["key"]) for s in spare]

    def related(r: random.Random, st: dict | None, k: int) -> list[tuple[str, str | None]]:
        own = _canon(st["title"]) if st else ""
        own_key = st["key"] if st else None
        out_: list[tuple[str, str | None]] = []
        seen = {own}
        while len(out_) < k:
            t, lead, key = pick(r, run_titles if r.random() < 0.5 else spare_titles)
            c = _canon(t)
            if key == own_key or c in seen:
                continue
            seen.add(c)
            out_.append((t, lead))
        return out_

    width = max(3, len(str(n - 1)))
    gold: list[dict] = []
    for i, (f, h, kind, st, copy_no, cluster, edits) in enumerate(specs):
        r = random.Random(f"families-f:{seed}:page:{i}")
        fmt = "html" if r.random() < h.w["html"] else "txt"
        if st:
            day = story_date(st)
            hh = stable(st["key"], "hour") % 16 + 7 if h.family != "diaspora_service" else stable(st["key"]) % 10 + 8
            if h.family != "diaspora_service" and stable(st["key"], "late") % 100 < 5:
                hh = 0
            mm = stable(st["key"], "min") % 60
            when = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=TEHRAN) + dt.timedelta(minutes=37 * copy_no)
        else:
            when = dt.datetime(2019, 1, 1, 10, 0, tzinfo=TEHRAN) + dt.timedelta(days=r.randint(0, 900))
        relative = bool(st) and r.random() < h.w["relative_p"]
        ctx = {"r": r, "when": when, "relative": relative, "related": related, "author": person(r),
               "initials": "".join(x[0] for x in person(r).split()), "ncomments": r.randint(0, 40)}
        ctx["time_iso"] = when.isoformat() if (fmt == "html" and not relative and st) else None
        if st:
            paras = list(st["paragraphs"])
            if "drop_last" in edits:
                paras = paras[:-1]
            regions, title, lead, sect = article_page(h, st, ctx, paras)
        else:
            paras, title, lead, sect = [], None, None, None
            regions = negative_page(h, kind, ctx)
        if fmt == "html":
            h.w.setdefault("lead_tag", pick(random.Random(h.domain), ["p", "h2", "div", "strong"]))
            h.w.setdefault("br_sep", pick(random.Random(h.domain + "br"), ["<br><br>\n", "<br>\n<br>\n", "<br/>\n"]))
            text = render_html(h, st, regions, ctx, title, lead, sect)
        else:
            text = render_txt(h, regions)
        data = text.encode("utf-8")
        stem = f"{i:0{width}d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}"
        fname = f"{stem}.{fmt}"
        (pages_dir / fname).write_bytes(data)
        gp = [_canon(p) for p in paras]
        chrome = [c for c in chrome_of(regions)
                  if not any(_inside(_canon(c), p) for p in gp)
                  and _canon(c) not in (_canon(title or ""), _canon(lead or ""))]
        dated = bool(st) and not relative
        jd = jdatetime.date.fromgregorian(date=when.date()) if dated else None
        gold.append({
            "file": fname, "id": stem, "split": "families_f", "family": f, "family_id": globals()["FAMILIES"].index(f),
            "site": h.domain, "format": fmt, "kind": kind, "section": sect, "title": title, "lead": lead,
            "surtitle": None, "body_paragraphs": paras, "agency": AGENCY[st["dataset"]] if st else None,
            "published_iso": when.date().isoformat() if dated else None,
            "published_jalali": f"{jd.year:04d}/{jd.month:02d}/{jd.day:02d}" if jd else None,
            "cluster": cluster, "corruptions": [], "edits": edits, "source": st["link"] if st else None,
            "source_key": st["key"] if st else None, "synthetic_remix": False, "agency_reattributed": None,
            "chrome_lines": chrome,
        })
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return gold


if __name__ == "__main__":  # pragma: no cover
    import sys
    rows = build(sys.argv[1], n=int(sys.argv[2]) if len(sys.argv) > 2 else 150,
                 seed=int(sys.argv[3]) if len(sys.argv) > 3 else 31)
    print(len(rows), "pages")
