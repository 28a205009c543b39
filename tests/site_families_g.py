"""Family set G: eight more Persian site families, a third HELD-OUT set, written blind to the extractor.

    build(out_dir, n, seed=41, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators (only F's ``build`` signature), from what these
kinds of Persian sites look like: a book review site, a seminary / religious news site (Hijri beside
Jalali dates), a car news site (price tables), a city hall news page, a newspaper's print edition (issue
and page numbers, columnists), a jobs / education portal, a football fan club site, and a podcast page
with its transcript. Each family has ~4 hosts; every host keeps its own template (menus, tagline, date
style and digits, section form, credit form, end marker, lines repeated after the body, DOM shape) so its
pages repeat its chrome around varying content. About 65% flat text (a block per line), 35% HTML.
Stories are built from sentences of ``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into 2-15
paragraphs (gold body = those paragraphs); related lists carry titles of other pages of the run.
About 7% negatives (listing, tag archive, contact / 404, near-empty); ~10% of stories are republished
on a host of another family (gold ``cluster``). Deterministic by seed. Score it; never develop on it.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import html
import json
import random
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

import jdatetime

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpora" / "news-dev.jsonl.gz"
TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
FAMILIES = ["book_review", "seminary_news", "auto_news", "city_hall", "print_edition", "jobs_portal",
            "fan_club", "podcast_page"]
AGENCY = {"fars": "فارس", "varzesh3": "ورزش سه"}
AGENCY_SHOWN = {"fars": ["خبرگزاری فارس", "فارس", "خبرگزاری فارس"], "varzesh3": ["ورزش سه", "سایت ورزش سه"]}
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GMONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
HMONTHS = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان",
           "شوال", "ذی‌القعده", "ذی‌الحجه"]
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه", "شنبه", "یکشنبه"]  # date.weekday() order
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "en": "0123456789"}
FIRST = ["نیلوفر", "بهزاد", "رعنا", "کامران", "ترانه", "یاسر", "پریسا", "داوود", "مهسا", "سیاوش", "هدی", "اکبر",
         "ساناز", "مجید", "طاهره", "حمید", "شبنم", "عباس", "گلاره", "ناصر"]
LAST = ["مرادی", "طاهری", "نجفی", "عسگری", "زمانی", "باقری", "اصفهانی", "قربانی", "شجاعی", "خسروی", "کیانی",
        "فرجی", "مختاری", "سبحانی", "پورمحمدی", "دلاوری", "امینی", "رستمی"]


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


def dg(s, style: str) -> str:
    return str(s).translate(str.maketrans("0123456789", DIGITS[style]))


def stable(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def person(r: random.Random) -> str:
    return f"{pick(r, FIRST)} {pick(r, LAST)}"


def canon(s: str | None) -> str:
    """The scorer's canonical form (letters and digits only)."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).replace("ي", "ی").replace("ى", "ی").replace("ك", "ک")
    s = s.replace("ۀ", "ه").replace("ة", "ه").translate(str.maketrans(DIGITS["fa"] + DIGITS["ar"], "0123456789" * 2))
    return "".join(ch for ch in s if ch.isalnum() and ch != "\u0640")


def leaks(c: str, p: str) -> bool:
    """The scorer's chrome-leak test on canonical strings."""
    if not c or not p:
        return False
    return c == p or (len(c) >= 8 and (p.startswith(c) or p.endswith(c))) or (len(c) >= 15 and c in p)


# ---------------------------------------------------------------- dates

def hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Hijri date (the usual arithmetic conversion)."""
    jdn = d.toordinal() + 1721425
    ll = jdn - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * ll) // 709
    return 30 * n + j - 30, m, ll - (709 * m) // 24


DATE_STYLES = ["jname", "jwd", "jnum", "jnum2", "jdot", "jrev", "jname2", "gname", "giso", "hj", "jg", "jwdnum"]


def fmt_date(when: dt.datetime, style: str, digits: str, clock: str) -> str:
    d = when.date()
    j = jdatetime.date.fromgregorian(date=d)
    wd = WEEKDAYS[d.weekday()]
    if style == "jname":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    elif style == "jwd":
        s = f"{wd} {j.day} {JMONTHS[j.month - 1]} {j.year}"
    elif style == "jnum":
        s = f"{j.year}/{j.month:02d}/{j.day:02d}"
    elif style == "jnum2":
        s = f"{j.year % 100:02d}/{j.month}/{j.day}"
    elif style == "jdot":
        s = f"{j.year}.{j.month:02d}.{j.day:02d}"
    elif style == "jrev":
        s = f"{j.day:02d}/{j.month:02d}/{j.year}"
    elif style == "jname2":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year % 100:02d}"
    elif style == "gname":
        s = f"{d.day} {GMONTHS[d.month - 1]} {d.year}"
    elif style == "giso":
        s = d.isoformat()
    elif style == "hj":
        hy, hm, hd = hijri(d)
        s = f"{wd} {j.day} {JMONTHS[j.month - 1]} {j.year} | {hd} {HMONTHS[hm - 1]} {hy}"
    elif style == "jg":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year} برابر با {d.day} {GMONTHS[d.month - 1]} {d.year}"
    elif style == "jwdnum":
        s = f"{wd} {j.year}/{j.month}/{j.day}"
    else:
        raise ValueError(style)
    hm_ = f"{when.hour:02d}:{when.minute:02d}"
    if clock == "saat":
        s = f"{s} ساعت {hm_}"
    elif clock == "before":
        s = f"{hm_} | {s}"
    elif clock == "dash":
        s = f"{s} - {hm_}"
    elif clock == "comma":
        s = f"{s}، {hm_}"
    return dg(s, digits)


def relative(r: random.Random) -> str:
    return pick(r, [f"{r.randint(2, 50)} دقیقه قبل", f"{r.randint(1, 20)} ساعت پیش", f"{r.randint(2, 6)} روز پیش",
                    "دیروز", "لحظاتی پیش", f"حدود {r.randint(2, 9)} ساعت قبل"])


# ---------------------------------------------------------------- stories

SENT = re.compile(r"(?<=[.!؟?])\s+(?=\S)")
#: a credit to an agency inside story text («به گزارش خبرگزاری فارس»، «به نقل از ایسنا»)
AGENCY_CUE = re.compile(r"(?:به گزارش|به نقل از|گزارش|خبرگزاری|خبرنگار|منبع|با)[\s\"«:؛]*"
                        r"(?:خبرگزاری\s+|خبرنگار\s+)?(فارس|مهر|ایسنا|تسنیم|ایرنا|ایلنا|ورزش سه|ورزش ۳)(?![\w\u200c])")


def load_corpus() -> list[dict]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            paras = [" ".join(p.split()) for p in a.get("paragraphs") or [] if p and p.strip()]
            if not paras or not a.get("title"):
                continue
            key = f"{a['dataset']}:{a.get('code') or a['link']}"
            out.append({"dataset": a["dataset"], "title": " ".join(a["title"].split()),
                        "abstract": " ".join((a.get("abstract") or "").split()) or None, "paragraphs": paras,
                        "tags": [t for t in (a.get("tags") or []) if isinstance(t, str)][:6], "key": key,
                        "link": a["link"]})
    return out


def sentences(paras: list[str]) -> list[str]:
    return [s.strip() for p in paras for s in SENT.split(p) if len(s.strip()) > 1]


def make_story(r: random.Random, base: dict, filler) -> dict | None:
    """Sentences of ``base`` (and, for long stories, of other articles of its source, each used by one story
    only, ``filler(dataset)``, so no two stories of a run share sentences) in 2-15 paragraphs."""
    cues = {m.group(1) for m in AGENCY_CUE.finditer(" ".join(base["paragraphs"]))}
    if cues - {AGENCY[base["dataset"]]}:
        return None  # the text credits another agency than its source: its gold agency would be ambiguous
    units = sentences(base["paragraphs"])
    x = r.random()
    k = 2 if x < 0.15 else r.randint(3, 6) if x < 0.6 else r.randint(7, 10) if x < 0.85 else r.randint(11, 15)
    tries = 0
    while len(units) < k + k // 2 and tries < 3:
        tries += 1
        other = filler(base["dataset"])
        if other is None:
            break
        units += [s for s in sentences(other["paragraphs"]) if "گزارش" not in s and "فارس" not in s
                  and "ورزش سه" not in s and not AGENCY_CUE.search(s)][:8]
    seen, uniq = set(), []
    for u in units:
        if canon(u) and canon(u) not in seen:
            seen.add(canon(u))
            uniq.append(u)
    units = uniq
    k = min(k, len(units))
    if k < 2 or sum(map(len, units)) < 160:
        return None
    cuts = sorted(r.sample(range(1, len(units)), k - 1))
    paras = [" ".join(units[a:b]) for a, b in zip([0, *cuts], [*cuts, len(units)])]
    lead = base["abstract"]
    if lead and (canon(lead) in {canon(p) for p in paras} or canon(lead) == canon(base["title"]) or len(lead) < 25):
        lead = None
    return {"dataset": base["dataset"], "title": base["title"], "lead": lead, "paragraphs": paras,
            "tags": base["tags"], "key": base["key"], "link": base["link"]}


# ---------------------------------------------------------------- blocks and hosts

@dataclass
class B:
    kind: str           # line | list | crumb | table | para | title | lead
    items: list
    role: str = "chrome"
    tag: str = ""       # html hint: nav, aside, form, time, figcaption, header, footer
    sep: str = ""


@dataclass
class Host:
    family: str
    name: str
    domain: str
    w: dict = field(default_factory=dict)


def L(text: str, tag: str = "") -> B:
    return B("line", [text], tag=tag)


def LS(items: list[str], tag: str = "") -> B:
    return B("list", list(items), tag=tag)


FAMILY_IDENTITY = {
    "book_review": (["کتاب‌نگار", "ورق تازه", "قفسه", "نقد امروز", "کتاب‌خوان", "برگ سبز"],
                    ["ketabnegar", "varaghtazeh", "ghafaseh", "naghdemrooz", "ketabkhan", "bargesabz"],
                    ["نقد کتاب", "معرفی کتاب", "ادبیات", "گفت‌وگو", "کتاب کودک", "تاریخ و اندیشه"],
                    ["رمان", "شعر", "ترجمه", "نشر", "جوایز ادبی", "رویدادها"]),
    "seminary_news": (["حوزه‌نگار", "پایگاه خبری مدرسه علمیه", "شبکه اطلاع‌رسانی طلاب", "رسا نور", "نسیم معارف"],
                      ["hozenegar", "madreseh-news", "tollab", "rasanoor", "nasimmaaref"],
                      ["اخبار حوزه", "معارف", "اندیشه", "اخبار", "حوزه و جامعه", "مناسبت‌ها"],
                      ["احکام", "پرسش و پاسخ", "مقالات", "چندرسانه‌ای", "دروس خارج", "همایش‌ها"]),
    "auto_news": (["خودرونامه", "پیستون", "دنده پنج", "موتورنیوز", "سرعت‌گیر", "اتوکلاسیک"],
                  ["khodronameh", "piston", "dandeh5", "motornews", "sorat-gir", "autoclassic"],
                  ["بازار خودرو", "خودروی داخلی", "خودروی خارجی", "قطعه‌سازی", "خودروی برقی", "حمل و نقل"],
                  ["قیمت روز", "بررسی و تست", "موتورسیکلت", "کلاسیک", "ایمنی", "مقایسه"]),
    "city_hall": (["شهرداری اراک", "شهرداری بندرعباس", "شهرداری زنجان", "شهرداری ساری", "شهرداری کرج",
                   "شهرداری بیرجند"],
                  ["arak", "bandarabbas", "zanjan", "sari", "karaj", "birjand"],
                  ["اخبار شهری", "خدمات شهری", "عمران و شهرسازی", "فرهنگی و اجتماعی", "محیط زیست شهری",
                   "اخبار مناطق"],
                  ["شهردار", "شورای اسلامی شهر", "مناقصات و مزایدات", "سامانه ۱۳۷", "پرداخت عوارض", "گالری"]),
    "print_edition": (["روزنامه صبح ملت", "روزنامه آوای شهر", "روزنامه نسیم امروز", "روزنامه پیام روز",
                       "روزنامه افق"],
                      ["sobhemellat", "avayeshahr", "nasimemrooz", "payameruz", "ofoghdaily"],
                      ["اجتماعی", "سیاسی", "اقتصادی", "فرهنگی", "ورزشی", "بین‌الملل", "یادداشت"],
                      ["آرشیو شماره‌ها", "نسخه PDF", "اشتراک روزنامه", "آگهی‌ها", "صفحه اول"]),
    "jobs_portal": (["استخدام‌یار", "کنکور پلاس", "آموزش آنلاین", "فرصت شغلی", "دانش‌آموز نیوز", "کارنما"],
                    ["estekhdamyar", "konkurplus", "amoozesh-online", "forsatshoghli", "daneshamooznews", "karnama"],
                    ["اخبار استخدامی", "کنکور", "آموزش و پرورش", "دانشگاه", "بازار کار", "مدارس"],
                    ["آگهی‌های امروز", "ثبت رزومه", "نمونه سوال", "تقویم آموزشی", "مشاوره", "تماس"]),
    "fan_club": (["سرخ‌نیوز", "آبی‌نامه", "کانون هواداران سپاهان", "زردپوشان", "تراکتوریست‌ها", "سکوی سرخ"],
                 ["sorkhnews", "abinameh", "sepahanfans", "zardpooshan", "tractorists", "sakooyesorkh"],
                 ["اخبار تیم", "نقل و انتقالات", "حاشیه", "مصاحبه", "فوتبال ایران", "باشگاه"],
                 ["جدول لیگ", "برنامه بازی‌ها", "گالری هواداران", "تاریخچه", "فروشگاه", "ویدیو"]),
    "podcast_page": (["رادیو روایت", "پادکست صدانامه", "گوش‌کن", "شنیدنی", "رادیو کافه"],
                     ["radiorevayat", "sedanameh", "gooshkon", "shenidani", "radiocafe"],
                     ["اپیزودها", "گفت‌وگو", "روایت", "خبر هفته", "مستند صوتی", "ورزش"],
                     ["همه قسمت‌ها", "میزبانان", "حمایت مالی", "درباره ما", "اپلیکیشن"]),
}

TAGLINES = ["نخستین پایگاه تخصصی {t} در ایران", "مرجع خبری {t}", "{t}، به روز و دقیق", "هر روز با {t}",
            "پایگاه اطلاع‌رسانی {t}", "صدای مستقل {t}"]
TOPIC = {"book_review": "کتاب و ادبیات", "seminary_news": "حوزه‌های علمیه", "auto_news": "خودرو",
         "city_hall": "مدیریت شهری", "print_edition": "روزنامه‌نگاری", "jobs_portal": "آموزش و استخدام",
         "fan_club": "هواداران", "podcast_page": "پادکست فارسی"}
HOME = ["خانه", "صفحه نخست", "صفحه اصلی", "نخست", "ابتدا", "پیشخوان"]
SEPS = [" › ", " / ", " » ", " > ", " ← ", " - ", " :: "]
SEC_LABEL = ["سرویس:", "گروه:", "بخش:", "دسته:", "سرویس خبری:", "دسته‌بندی مطلب:", "در بخش:"]
DATE_LABEL = ["", "", "تاریخ انتشار:", "منتشرشده در", "زمان انتشار:", "تاریخ:", "📅", "انتشار:", "درج:"]
CREDIT = ["منبع: {a}", "به نقل از {a}", "برگرفته از: {a}", "منبع خبر: {a}", "📰 منبع: {a}", "مأخذ: {a}",
          "این مطلب از {a} بازنشر شده است"]
BYLINE = ["نویسنده: {p}", "به قلم {p}", "گزارش از {p}", "{p} | خبرنگار", "✍️ {p}", "تهیه و تنظیم: {p}",
          "نوشته {p}"]
RELATED_HEAD = ["مطالب مرتبط", "پربازدیدترین‌ها", "داغ‌ترین‌ها", "شاید بپسندید", "از همین بخش",
                "دیگران خوانده‌اند", "تازه‌ترین مطالب", "برگزیده سردبیر", "در همین زمینه", "پیشنهاد ما"]
MORE_LABEL = ["این را هم ببینید: ", "از دست ندهید: ", "مطلب پیشنهادی: ", "پیشنهاد سردبیر: ", "همچنین بخوانید ← ",
              "حتما بخوانید: ", "مرتبط: ", "خبر مهم: "]
PREV_NEXT = [("مطلب قبلی", "مطلب بعدی"), ("« قبلی", "بعدی »"), ("نوشته پیشین", "نوشته پسین"),
             ("خبر قبلی", "خبر بعدی"), ("← پیشین", "پسین →")]
SHARE = [["اشتراک‌گذاری:", "تلگرام", "واتساپ", "ایکس", "لینکدین"], ["به اشتراک بگذارید", "ایتا", "بله", "روبیکا"],
         ["کپی لینک", "چاپ", "ارسال به دوستان"], ["📤 اشتراک", "تلگرام", "اینستاگرام"],
         ["لینک کوتاه:", "ذخیره", "نسخه چاپی"]]
TAG_LABEL = ["برچسب‌ها:", "کلیدواژه‌ها:", "#", "موضوعات:", "تگ‌ها:", "واژه‌های کلیدی:"]
END_MARK = ["[پایان]", "◆◆◆", "انتهای گزارش", "/پ", "■", "***", "— تمام —", "#پایان_مطلب", "○○○"]
AFTER = ["ما را در ایتا دنبال کنید", "کانال بله ما: @{d}", "نظر شما درباره این مطلب چیست؟",
         "برای دریافت آخرین اخبار، اپلیکیشن {n} را نصب کنید", "عضویت در کانال {n}", "📲 @{d} را دنبال کنید",
         "بازنشر این مطلب با ذکر نام {n} بلامانع است", "آیا این مطلب برایتان مفید بود؟ بله | خیر"]
COMMENT_HEAD = ["دیدگاه کاربران", "نظرات خوانندگان", "نظرات ({k})", "{k} دیدگاه", "گفت‌وگو درباره این مطلب"]
COMMENT_FORM = [["دیدگاه شما", "نام شما", "پست الکترونیک", "ثبت دیدگاه"],
                ["ارسال نظر", "نام و نام خانوادگی", "ایمیل (منتشر نمی‌شود)", "متن نظر", "ارسال"],
                ["نظر خود را بنویسید", "نظرات توهین‌آمیز منتشر نخواهد شد", "ثبت"],
                ["پاسخ دهید", "لغو پاسخ", "نام*", "ایمیل*", "فرستادن"]]
COMMENT_TEXT = ["دست مریزاد", "کاش زودتر اطلاع‌رسانی می‌شد", "چرا پیگیری نمی‌کنید؟", "خیلی خوب بود ممنون",
                "این حرف‌ها تکراریه", "👏👏👏", "منبع دقیق این خبر کجاست؟", "لطفا بیشتر بنویسید", "عالی",
                "موافقم", "نویسنده محترم اشتباه کرده", "خدا قوت"]
NEWSLETTER = ["عضویت در خبرنامه", "ایمیل خود را وارد کنید تا تازه‌ها را دریافت کنید", "اشتراک رایگان",
              "هر هفته گزیده مطالب را در صندوق ایمیل خود بخوانید", "ثبت‌نام در خبرنامه هفتگی"]
COPYRIGHT = ["© {y} - تمامی حقوق برای {n} محفوظ است", "کلیه حقوق مادی و معنوی متعلق به {n} است",
             "استفاده از مطالب {n} تنها با ذکر منبع مجاز است", "Copyright © {y} {d}", "{n} | طراحی و اجرا: وب‌آرا",
             "همه حقوق این وب‌سایت محفوظ است ({y})"]
ADS = ["فروش ویژه لوازم خانگی با ۲۰٪ تخفیف", "تور ارزان استانبول", "آموزش رایگان زبان انگلیسی", "وام بدون ضامن",
       "خرید شارژ با تخفیف", "رزرو هتل مشهد", "ثبت شرکت در ۲۴ ساعت", "کلاس کنکور آنلاین", "تبلیغات در {n}"]
VIEWS = ["{v} بازدید", "بازدید: {v}", "👁 {v}", "تعداد بازدید: {v}", "{v} نفر این مطلب را خوانده‌اند"]
CODE = ["کد خبر: {c}", "شناسه مطلب: {c}", "کد مطلب: {c}", "#{c}"]
TICKER = ["فوری", "آخرین اخبار", "تیتر یک", "خبر داغ", "لحظه به لحظه"]
TODAY = ["امروز: {d}", "{d}", "📆 {d}", "تاریخ امروز {d}"]
UPDATED = ["آخرین به‌روزرسانی: {d}", "ویرایش شده در {d}", "به‌روز شده: {d}"]


def make_host(family: str, r: random.Random, used: set, slot: int) -> Host:
    names, doms, sections, extra = FAMILY_IDENTITY[family]
    i = slot % len(names)
    name = names[i]
    domain = doms[i] + pick(r, [".ir", ".com", ".net", "online.ir", ".org"])
    if family == "city_hall":
        domain = doms[i] + ".ir"
        name = name
    while domain in used:
        domain = "new-" + domain
    used.add(domain)
    w: dict = {}
    w["html_p"] = pick(r, [0.0, 0.15, 0.3, 0.5, 0.75])
    w["dom"] = pick(r, ["semantic", "divs", "table", "br", "divs", "semantic"])
    w["menu"] = [pick(r, HOME)] + r.sample(sections + extra, r.randint(4, 8))
    w["menu_one_line"] = r.random() < 0.4
    w["menu_sep"] = pick(r, [" | ", " - ", " • ", "  "])
    w["tagline"] = pick(r, TAGLINES).format(t=TOPIC[family]) if r.random() < 0.6 else None
    w["ticker"] = pick(r, TICKER) if r.random() < 0.4 else None
    w["today"] = pick(r, TODAY) if r.random() < 0.5 else None
    w["sections"] = r.sample(sections, r.randint(3, len(sections)))
    w["sec_mode"] = pick(r, ["crumb", "crumb", "label", "kicker", "none", "crumb_title"])
    w["home"] = pick(r, HOME)
    w["sep"] = pick(r, SEPS)
    w["sec_label"] = pick(r, SEC_LABEL)
    w["date_style"] = pick(r, DATE_STYLES)
    w["digits"] = pick(r, ["fa", "fa", "en", "ar"])
    w["clock"] = pick(r, ["none", "saat", "before", "dash", "comma"])
    w["date_label"] = pick(r, DATE_LABEL)
    w["date_pos"] = pick(r, ["above", "below", "below", "end"])
    w["relative_p"] = pick(r, [0.0, 0.0, 0.1, 0.25])
    w["nodate_p"] = pick(r, [0.0, 0.0, 0.0, 0.15])
    w["meta_time"] = r.random() < 0.5
    w["updated"] = pick(r, UPDATED) if r.random() < 0.25 else None
    w["lead_p"] = pick(r, [0.0, 0.5, 0.8, 0.95])
    w["credit"] = pick(r, ["top", "bottom", "bottom", "body", "meta"])
    w["credit_fmt"] = pick(r, CREDIT)
    w["byline"] = pick(r, BYLINE) if r.random() < 0.6 else None
    w["code"] = pick(r, CODE) if r.random() < 0.5 else None
    w["views"] = pick(r, VIEWS) if r.random() < 0.5 else None
    w["related_head"] = pick(r, RELATED_HEAD)
    w["related_n"] = r.randint(3, 8)
    w["related_dated"] = r.random() < 0.4
    w["related_pos"] = pick(r, ["side", "post", "post", "foot"])
    w["more_label"] = pick(r, MORE_LABEL) if r.random() < 0.55 else None
    w["prev_next"] = pick(r, PREV_NEXT) if r.random() < 0.5 else None
    w["share"] = pick(r, SHARE) if r.random() < 0.7 else None
    w["share_one_line"] = r.random() < 0.5
    w["tag_label"] = pick(r, TAG_LABEL) if r.random() < 0.6 else None
    w["comments"] = r.random() < 0.55
    w["comment_head"] = pick(r, COMMENT_HEAD)
    w["comment_form"] = pick(r, COMMENT_FORM)
    w["newsletter"] = r.sample(NEWSLETTER, 2) if r.random() < 0.4 else None
    w["copyright"] = pick(r, COPYRIGHT).format(n=name, d=domain, y=dg(r.choice([1402, 1403, 2024]), "fa"))
    w["end_mark"] = pick(r, END_MARK) if r.random() < 0.5 else None
    w["after"] = [a.format(n=name, d=domain.split(".")[0]) for a in r.sample(AFTER, r.randint(1, 2))] \
        if r.random() < 0.7 else []
    w["ads"] = [a.format(n=name) for a in r.sample(ADS, 2)] if r.random() < 0.5 else []
    w["title_line"] = pick(r, [None, None, "{t} | {n}", "{t} - {n}"])
    w["blank"] = r.random() < 0.6
    w["indent"] = r.random() < 0.2
    w["footer_links"] = r.sample(["درباره ما", "تماس با ما", "تبلیغات", "حریم خصوصی", "قوانین", "نقشه سایت",
                                  "پیوندها", "همکاری با ما", "RSS"], r.randint(3, 6))
    w["cls"] = "".join(pick(r, "abcdefghkmnpqrstwxyz") for _ in range(3))
    w["zwnj_ent"] = r.random() < 0.3
    w["inline"] = r.random() < 0.4
    w["lead_tag"] = pick(r, ["p", "h2", "div", "strong", "blockquote"])
    w["br"] = pick(r, ["<br><br>\n", "<br/>\n", "<br>\n<br>\n"])
    w["jsonld"] = r.random() < 0.3
    # family extras
    if family == "book_review":
        w["rating"] = pick(r, ["امتیاز ما: {s} از ۵", "⭐ {s}/5", "نمره منتقد: {s}"])
        w["buy"] = pick(r, ["خرید این کتاب از فروشگاه {n}", "🛒 سفارش آنلاین", "افزودن به سبد خرید"]).format(n=name)
    elif family == "seminary_news":
        w["opening"] = pick(r, ["بسم الله الرحمن الرحیم", "بسمه تعالی", "﷽"])
        w["date_style"] = pick(r, ["hj", "hj", "jwd", "jname"])
        w["salawat"] = pick(r, ["اللهم عجل لولیک الفرج", "التماس دعا", "صلوات بر محمد و آل محمد"])
        w["hijri_today"] = r.random() < 0.7
    elif family == "auto_news":
        w["price_head"] = pick(r, ["قیمت روز خودرو", "نرخ بازار امروز", "جدول قیمت کارخانه و بازار"])
        w["read_time"] = pick(r, ["زمان مطالعه: {m} دقیقه", "⏱ {m} دقیقه مطالعه", "{m} دقیقه"])
    elif family == "city_hall":
        w["hotline"] = pick(r, ["سامانه پاسخگویی ۱۳۷", "تلفن گویا: ۱۸۸۸", "ارتباط با شهردار: ۱۸۸۰"])
        w["address"] = pick(r, ["نشانی: میدان شهرداری، ساختمان مرکزی", "آدرس: بلوار امام، ساختمان اداری شماره ۲",
                                "نشانی: خیابان شهید بهشتی، پلاک ۱۰۰"])
        w["pr"] = pick(r, ["اداره کل ارتباطات و امور بین‌الملل", "روابط عمومی شهرداری", "مدیریت ارتباطات رسانه‌ای"])
    elif family == "print_edition":
        w["issue0"] = r.randint(1200, 6500)
        w["issue_fmt"] = pick(r, ["شماره {i} | صفحه {p}", "سال {y} - شماره {i} - صفحه {p}", "صفحه {p} از شماره {i}"])
        w["pdf"] = pick(r, ["دانلود PDF این صفحه", "نسخه کاغذی این صفحه", "مشاهده صفحه روزنامه"])
        w["columnist"] = r.random() < 0.5
        w["sec_mode"] = pick(r, ["label", "kicker", "none", "label"])
    elif family == "jobs_portal":
        w["deadline"] = pick(r, ["مهلت ثبت‌نام: {d}", "آخرین مهلت ارسال مدارک {d}", "⏳ مهلت: {d}"])
        w["cta"] = pick(r, ["ثبت‌نام در آزمون", "مشاوره رایگان: ۰۲۱۹۱۰۰۰۰۰۰", "دریافت نمونه سوالات"])
    elif family == "fan_club":
        w["next_match"] = pick(r, ["بازی بعدی: {a} - {b}", "دیدار آینده: {a} مقابل {b}", "⚽ {a} × {b}"])
        w["poll"] = pick(r, ["نظرسنجی: بهترین بازیکن هفته کیست؟", "به عملکرد سرمربی چه نمره‌ای می‌دهید؟"])
        w["relative_p"] = pick(r, [0.2, 0.35])
    elif family == "podcast_page":
        w["ep_fmt"] = pick(r, ["قسمت {e}", "اپیزود {e}", "شماره {e}", "🎙 قسمت {e}"])
        w["duration"] = pick(r, ["مدت: {m}:{s}", "⏱ {m} دقیقه", "زمان: {m}:{s}"])
        w["platforms"] = r.sample(["کست‌باکس", "اپل پادکست", "اسپاتیفای", "شنوتو", "گوگل پادکست", "کانال تلگرام"], 4)
        w["transcript_head"] = pick(r, ["متن کامل این قسمت", "متن پیاده‌شده", "رونوشت گفت‌وگو", None])
        w["download"] = pick(r, ["دانلود فایل صوتی ({mb} مگابایت)", "⬇ دانلود با کیفیت بالا", "پخش آنلاین"])
    return Host(family, name, domain, w)


# ---------------------------------------------------------------- a page

def section_blocks(h: Host, sect: str | None, title: str) -> list[B]:
    w = h.w
    if not sect:
        return []
    if w["sec_mode"] == "crumb":
        return [B("crumb", [w["home"], sect], sep=w["sep"], tag="nav")]
    if w["sec_mode"] == "crumb_title":
        short = title if len(title) < 40 else title[:37].rsplit(" ", 1)[0] + "..."
        return [B("crumb", [w["home"], sect, short], sep=w["sep"], tag="nav")]
    if w["sec_mode"] == "label":
        return [L(f"{w['sec_label']} {sect}")]
    return [L(sect)]  # kicker line


def date_line(h: Host, ctx: dict) -> str | None:
    w = h.w
    if ctx["date_kind"] == "none":
        return None
    if ctx["date_kind"] == "relative":
        return relative(ctx["r"])
    s = fmt_date(ctx["when"], w["date_style"], w["digits"], w["clock"])
    return f"{w['date_label']} {s}".strip()


def build_article(h: Host, st: dict, ctx: dict, paras: list[str]) -> tuple[dict, str, str | None, str | None]:
    r, w = ctx["r"], h.w
    title = st["title"]
    lead = st["lead"] if st["lead"] and r.random() < w["lead_p"] else None
    sect = None if w["sec_mode"] == "none" or (r.random() < 0.08) else \
        w["sections"][stable(st["key"], h.domain) % len(w["sections"])]
    related = ctx["related"](r, st, w["related_n"] + 2)
    reg: dict[str, list[B]] = {k: [] for k in ("top", "head", "body", "post", "side", "foot")}
    # top: site name, tagline, today, menu, ticker, ads
    top = reg["top"]
    if w["title_line"]:
        top.append(L(w["title_line"].format(t=title, n=h.name), tag="title"))
    if h.family == "seminary_news" and r.random() < 0.9:
        top.append(L(w["opening"]))
    top.append(L(h.name))
    if w["tagline"]:
        top.append(L(w["tagline"]))
    if w["today"]:
        style = "hj" if h.family == "seminary_news" and w.get("hijri_today") else pick(random.Random(h.domain),
                                                                                       ["jwd", "jname", "gname"])
        top.append(L(w["today"].format(d=fmt_date(ctx["today"], style, w["digits"], "none"))))
    if w["menu_one_line"]:
        top.append(L(w["menu_sep"].join(w["menu"]), tag="nav"))
    else:
        top.append(LS(w["menu"], tag="nav"))
    if w["ticker"]:
        t2 = related.pop()
        top.append(L(f"{w['ticker']}: {t2}"))
    if w["ads"] and r.random() < 0.7:
        top.append(L(w["ads"][0], tag="aside"))
    head = reg["head"]
    sec_b = section_blocks(h, sect, title)
    dl = date_line(h, ctx)
    meta: list[B] = []
    if h.family == "print_edition":
        page_no = stable(st["key"], "page") % 16 + 1
        meta.append(L(dg(w["issue_fmt"].format(i=w["issue0"] + stable(st["key"]) % 900, p=page_no,
                                               y=stable(h.domain) % 30 + 5), w["digits"])))
    if h.family == "podcast_page":
        ep = stable(st["key"], "ep") % 180 + 1
        meta.append(L(dg(w["ep_fmt"].format(e=ep), w["digits"])))
    if dl and w["date_pos"] != "end":
        meta.append(L(dl, tag="time"))
    if w["updated"] and dl and ctx["date_kind"] == "abs":
        later = ctx["when"] + dt.timedelta(days=r.randint(1, 30), hours=r.randint(1, 5))
        meta.append(L(w["updated"].format(d=fmt_date(later, w["date_style"], w["digits"], "none"))))
    if w["byline"] and r.random() < 0.85:
        meta.append(L(w["byline"].format(p=ctx["author"])))
    if h.family == "print_edition" and w["columnist"]:
        meta.append(L(pick(r, ["ستون: یادداشت روز", "ستون: نگاه", "ستون: از نگاه دیگر", "سرمقاله"])))
    if w["code"]:
        meta.append(L(dg(w["code"].format(c=stable(st["key"], h.domain) % 900000 + 10000), w["digits"])))
    if w["views"]:
        meta.append(L(dg(w["views"].format(v=r.randint(40, 9000)), w["digits"])))
    if h.family == "auto_news":
        meta.append(L(dg(w["read_time"].format(m=max(1, sum(map(len, paras)) // 900)), w["digits"])))
    if h.family == "podcast_page":
        meta.append(L(dg(w["duration"].format(m=r.randint(12, 75), s=f"{r.randint(0, 59):02d}"), w["digits"])))
    credit = L(w["credit_fmt"].format(a=pick(r, AGENCY_SHOWN[st["dataset"]])))
    in_body = any(a in " ".join(paras[:2]) for a in ("خبرگزاری فارس", "ورزش سه"))
    need_credit = w["credit"] != "body" or not in_body
    if need_credit and w["credit"] == "meta":
        meta.append(credit)
    if need_credit and w["credit"] == "top":
        head.append(credit)
    head += sec_b
    if w["date_pos"] == "above":
        head += meta
        head.append(B("title", [title], role="title"))
    else:
        head.append(B("title", [title], role="title"))
    if lead:
        head.append(B("lead", [lead], role="lead"))
    if w["date_pos"] != "above":
        head += meta
    if h.family == "book_review":
        head.append(LS([f"نام کتاب: {pick(r, ['سایه‌های شهر', 'آخرین پاییز', 'نامه‌های بی‌جواب', 'خانه روشن'])}",
                        f"نویسنده: {person(r)}", f"مترجم: {person(r)}" if r.random() < 0.5 else
                        f"ناشر: نشر {pick(r, ['افق', 'چشمه', 'ثالث', 'نیلوفر', 'مرکز'])}",
                        dg(f"تعداد صفحات: {r.randint(90, 700)}", w["digits"]),
                        dg(f"قیمت: {r.randint(80, 650)} هزار تومان", w["digits"])], tag="aside"))
    if h.family == "podcast_page":
        head.append(L(dg(w["download"].format(mb=r.randint(9, 70)), w["digits"])))
        head.append(LS(["شنیدن در:"] + w["platforms"]))
        if w["transcript_head"]:
            head.append(L(w["transcript_head"]))
    if h.family == "jobs_portal" and r.random() < 0.6:
        dd = ctx["when"] + dt.timedelta(days=r.randint(5, 40))
        head.append(L(w["deadline"].format(d=fmt_date(dd, "jname", w["digits"], "none")), tag="aside"))
    # body with inserts
    body = reg["body"]
    ins = r.randint(1, len(paras) - 1) if len(paras) >= 4 and w["more_label"] and r.random() < 0.7 else None
    for i, p in enumerate(paras):
        if i == ins:
            body.append(L(w["more_label"] + related.pop(), tag="aside"))
        if i == ins and w["ads"] and r.random() < 0.4:
            body.append(L(w["ads"][1], tag="aside"))
        body.append(B("para", [p], role="body"))
    post = reg["post"]
    if w["end_mark"] and r.random() < 0.9:
        post.append(L(w["end_mark"]))
    if need_credit and w["credit"] in ("bottom", "body"):
        post.append(credit)
    if dl and w["date_pos"] == "end":
        post.append(L(dl, tag="time"))
    if h.family == "seminary_news" and r.random() < 0.8:
        post.append(L(w["salawat"]))
    if h.family == "book_review":
        post.append(L(dg(w["rating"].format(s=r.randint(2, 5)), w["digits"])))
        post.append(L(w["buy"]))
    if h.family == "city_hall":
        post.append(L(w["pr"] + " " + h.name))
    if w["tag_label"] and st["tags"]:
        tags = [t for t in st["tags"] if canon(t) and len(t) < 40][:5]
        if tags:
            post.append(L(w["tag_label"] + " " + pick(r, ["، ", " | ", " - ", " #"]).join(tags)))
    if w["share"]:
        post.append(L("  ".join(w["share"])) if w["share_one_line"] else LS(w["share"]))
    for a in w["after"]:
        if r.random() < 0.85:
            post.append(L(a))
    if w["prev_next"]:
        a, b = w["prev_next"]
        post.append(LS([f"{a}: {related.pop()}", f"{b}: {related.pop()}"], tag="nav"))
    rel = [x for x in related[: w["related_n"]]]
    if w["related_dated"]:
        rel = [x + " - " + fmt_date(ctx["when"] - dt.timedelta(days=r.randint(0, 9)), w["date_style"], w["digits"],
                                    "none") if r.random() < 0.7 else x for x in rel]
    rel_b = [L(w["related_head"]), LS(rel, tag="aside")]
    reg[{"side": "side", "post": "post", "foot": "foot"}[w["related_pos"]]] += rel_b
    side = reg["side"]
    if h.family == "auto_news":
        cars = r.sample(["پژو ۲۰۷ دنده‌ای", "سمند سورن", "کوییک", "دنا پلاس", "تارا اتوماتیک", "شاهین", "ری‌را",
                         "هایما S7", "فیدلیتی", "جک J4"], 4)
        side.append(L(w["price_head"]))
        side.append(B("table", [[c, dg(f"{r.randint(280, 1900)} میلیون تومان", w["digits"])] for c in cars]))
    if h.family == "fan_club":
        teams = r.sample(["پرسپولیس", "استقلال", "سپاهان", "تراکتور", "فولاد", "گل‌گهر", "ملوان", "آلومینیوم"], 2)
        side.append(L(w["next_match"].format(a=teams[0], b=teams[1])))
        side.append(B("table", [[dg(str(i + 1), w["digits"]), t, dg(str(r.randint(10, 50)), w["digits"])]
                                for i, t in enumerate(r.sample(["پرسپولیس", "استقلال", "سپاهان", "تراکتور",
                                                                "فولاد", "ذوب‌آهن"], 4))]))
        side.append(L(w["poll"]))
    if h.family == "jobs_portal":
        side.append(L(w["cta"]))
    if h.family == "city_hall":
        side.append(LS([w["hotline"], "پرداخت آنلاین عوارض نوسازی", "پیگیری پروانه ساختمانی"]))
    if w["newsletter"]:
        side.append(LS(w["newsletter"], tag="form"))
    if w["comments"]:
        k = r.randint(0, 4)
        c_lines = [L(w["comment_head"].format(k=dg(k, w["digits"])))]
        for _ in range(k):
            c_lines.append(L(f"{pick(r, FIRST)} {pick(r, ['', '', 'از تهران', '(مهمان)'])}".strip()))
            c_lines.append(L(relative(r) if r.random() < 0.5 else
                             fmt_date(ctx["when"] + dt.timedelta(days=r.randint(0, 3)), "jnum", w["digits"], "dash")))
            c_lines.append(L(pick(r, COMMENT_TEXT)))
            if r.random() < 0.4:
                c_lines.append(L(pick(r, ["پاسخ", "پاسخ دادن", "👍 " + dg(r.randint(1, 40), w["digits"])])))
        c_lines.append(LS(w["comment_form"], tag="form"))
        reg["post" if r.random() < 0.6 else "foot"] += c_lines
    foot = reg["foot"]
    if h.family == "city_hall":
        foot.append(L(w["address"]))
    if h.family == "print_edition":
        foot.append(L(w["pdf"]))
        foot.append(LS([dg(f"صفحه {i}", w["digits"]) for i in r.sample(range(1, 17), 5)], tag="nav"))
    foot.append(LS(w["footer_links"], tag="nav"))
    foot.append(L(w["copyright"]))
    return reg, title, lead, sect


def negative_page(h: Host, kind: str, ctx: dict) -> dict:
    r, w = ctx["r"], h.w
    reg: dict[str, list[B]] = {k: [] for k in ("top", "head", "body", "post", "side", "foot")}
    reg["top"] += [L(h.name), LS(w["menu"], tag="nav")]
    if kind == "listing":
        sec = pick(r, w["sections"])
        if r.random() < 0.4:
            reg["head"].append(L(f"{pick(r, ['برچسب', 'آرشیو برچسب', 'مطالب با برچسب'])}: {sec}"))
        else:
            reg["head"] += [B("crumb", [w["home"], sec], sep=w["sep"]), L(f"{pick(r, ['آرشیو', 'فهرست'])} {sec}")]
        for t in ctx["related"](r, None, r.randint(8, 14)):
            reg["body"].append(L(t))
            if r.random() < 0.5:
                when = ctx["when"] - dt.timedelta(days=r.randint(0, 20))
                reg["body"].append(L(fmt_date(when, w["date_style"], w["digits"], "none")))
        reg["body"].append(L(pick(r, ["صفحه بعد", "« ۱ ۲ ۳ ... »", "نمایش موارد بیشتر", "بارگذاری بیشتر"])))
    elif kind == "chrome_only":
        if r.random() < 0.5:
            reg["head"].append(L(pick(r, ["تماس با ما", "ارتباط با ما", "راه‌های ارتباطی"])))
            reg["body"] += [L(pick(r, ["نشانی دفتر: تهران، خیابان ولیعصر، پلاک ۱۲", "آدرس: اصفهان، خیابان چهارباغ"])),
                            L(dg(f"تلفن: 021-{r.randint(20000000, 99999999)}", w["digits"])),
                            L(f"ایمیل: info@{h.domain}"),
                            LS(["نام", "موضوع", "متن پیام", "ارسال پیام"], tag="form")]
        else:
            reg["head"].append(L(pick(r, ["خطای ۴۰۴", "صفحه پیدا نشد", "اوه! این صفحه وجود ندارد"])))
            reg["body"] += [L(pick(r, ["ممکن است نشانی را اشتباه وارد کرده باشید یا این صفحه حذف شده باشد.",
                                       "صفحه‌ای که دنبال آن هستید منتقل شده است."])),
                            L(pick(r, ["بازگشت به صفحه اصلی", "جست‌وجو در سایت"]))]
    else:  # empty
        reg["body"].append(L(pick(r, ["در حال بارگذاری...", "لطفا صبر کنید", "محتوایی برای نمایش وجود ندارد"])))
    reg["foot"] += [LS(w["footer_links"], tag="nav"), L(w["copyright"])]
    return reg


# ---------------------------------------------------------------- rendering

def block_lines(b: B) -> list[str]:
    if b.kind == "crumb":
        return [b.sep.join(b.items)]
    if b.kind == "table":
        return [" | ".join(row) for row in b.items]
    return list(b.items)


def render_txt(h: Host, reg: dict) -> str:
    lines: list[str] = []
    for k in ("top", "head", "body", "post", "side", "foot"):
        for b in reg[k]:
            for x in block_lines(b):
                lines.append(("  " + x) if h.w["indent"] and b.role == "body" else x)
    return ("\n\n" if h.w["blank"] else "\n").join(lines) + "\n"


def esc(h: Host, t: str, body: bool = False) -> str:
    s = html.escape(t, quote=False)
    if body and h.w["zwnj_ent"]:
        s = s.replace("\u200c", "&zwnj;")
    return s


def para_inner(h: Host, p: str, r: random.Random) -> str:
    if not h.w["inline"] or r.random() < 0.5:
        return esc(h, p, True)
    toks = p.split(" ")
    if len(toks) < 6:
        return esc(h, p, True)
    i = r.randrange(1, len(toks) - 2)
    tag = pick(r, ["strong", "b", "a"])
    open_ = f'<a href="/tag/{i}">' if tag == "a" else f"<{tag}>"
    mid = esc(h, " ".join(toks[i:i + 2]), True)
    return f"{esc(h, ' '.join(toks[:i]), True)} {open_}{mid}</{tag}> {esc(h, ' '.join(toks[i + 2:]), True)}"


def block_html(h: Host, b: B, r: random.Random) -> str:
    c = h.w["cls"]
    if b.kind == "crumb":
        sep = f'<span class="{c}-sep">{html.escape(b.sep.strip() or b.sep)}</span>'
        inner = (f" {sep} " if b.sep.strip() else sep).join(f'<a href="/{i}">{esc(h, x)}</a>'
                                                            for i, x in enumerate(b.items))
        return f'<div class="{c}-bc">{inner}</div>' if h.w["dom"] != "semantic" else f"<nav>{inner}</nav>"
    if b.kind == "list":
        lis = "".join(f"<li>{esc(h, x)}</li>" for x in b.items)
        wrap = b.tag if b.tag in ("nav", "aside", "form") and h.w["dom"] == "semantic" else "div"
        return f'<{wrap} class="{c}-l{len(b.items)}"><ul>{lis}</ul></{wrap}>'
    if b.kind == "table":
        rows = "".join("<tr>" + "".join(f"<td>{esc(h, x)}</td>" for x in row) + "</tr>" for row in b.items)
        return f'<table class="{c}-t">{rows}</table>'
    if b.kind == "title":
        return f'<h1 class="{c}-h">{esc(h, b.items[0])}</h1>' if h.w["dom"] != "table" else \
            f'<div class="{c}-h"><b>{esc(h, b.items[0])}</b></div>'
    if b.kind == "lead":
        t = h.w["lead_tag"]
        return f'<{t} class="{c}-lead">{esc(h, b.items[0])}</{t}>'
    if b.kind == "para":
        return f"<p>{para_inner(h, b.items[0], r)}</p>"
    t = b.items[0]
    if b.tag == "time" and h.w["dom"] == "semantic":
        return f'<div class="{c}-m"><time>{esc(h, t)}</time></div>'
    return f'<div class="{c}-x{stable(t) % 7}">{esc(h, t)}</div>'


def render_html(h: Host, reg: dict, ctx: dict, title: str | None, r: random.Random) -> str:
    w, c = h.w, h.w["cls"]

    def blocks(k: str) -> str:
        return "\n".join(block_html(h, b, r) for b in reg[k])

    headm = [f"<title>{esc(h, (title + ' | ' + h.name) if title else h.name)}</title>"]
    if ctx["meta_iso"]:
        headm.append(f'<meta property="article:published_time" content="{ctx["meta_iso"]}">')
        if w["jsonld"]:
            headm.append('<script type="application/ld+json">'
                         + json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": ctx["meta_iso"]},
                                      ensure_ascii=False) + "</script>")
    body_b = reg["body"]
    if w["dom"] == "br" and body_b:
        parts = []
        for b in body_b:
            parts.append(para_inner(h, b.items[0], r) if b.kind == "para" else esc(h, b.items[0]))
        body_html = f'<div class="{c}-txt">' + w["br"].join(parts) + "</div>"
    else:
        body_html = f'<div class="{c}-body">' + "\n".join(block_html(h, b, r) for b in body_b) + "</div>"
    if w["dom"] == "semantic":
        page = (f"<header>{blocks('top')}</header>\n<main><article><header>{blocks('head')}</header>\n{body_html}\n"
                f"<footer>{blocks('post')}</footer></article>\n<aside>{blocks('side')}</aside></main>\n"
                f"<footer>{blocks('foot')}</footer>")
    elif w["dom"] == "table":
        page = (f'<table width="100%"><tr><td colspan="2">{blocks("top")}</td></tr>\n<tr><td valign="top">'
                f'{blocks("head")}\n{body_html}\n{blocks("post")}</td><td width="200">{blocks("side")}</td></tr>\n'
                f'<tr><td colspan="2">{blocks("foot")}</td></tr></table>')
    else:
        page = (f'<div class="{c}-wrap"><div class="{c}-top">{blocks("top")}</div>\n<div class="{c}-row">'
                f'<div class="{c}-col"><div class="{c}-post">{blocks("head")}\n{body_html}\n{blocks("post")}'
                f'</div></div><div class="{c}-side">{blocks("side")}</div></div>\n'
                f'<div class="{c}-ft">{blocks("foot")}</div></div>')
    return (f'<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8">{"".join(headm)}</head>\n'
            f"<body>\n{page}\n</body></html>\n")


def chrome_of(reg: dict, fmt: str) -> list[str]:
    out: list[str] = []
    for k in ("top", "head", "body", "post", "side", "foot"):
        for b in reg[k]:
            if b.role != "chrome":
                continue
            if b.kind == "table" and fmt == "html":
                out += [x for row in b.items for x in row]
            else:
                out += block_lines(b)
    return out


# ---------------------------------------------------------------- build

def build(out_dir, n: int = 400, seed: int = 41, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    fams = list(families) if families else list(FAMILIES)
    rng = random.Random(f"families-g:{seed}")
    out = Path(out_dir)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    corpus = load_corpus()
    rng.shuffle(corpus)
    used: set = set()
    hosts = {f: [make_host(f, random.Random(f"families-g:{seed}:{f}:{i}"), used, i)
                 for i in range(3 + stable(seed, f) % 2 + (1 if f in ("fan_club", "auto_news") else 0))]
             for f in FAMILIES}
    n_neg = max(1, round(n * 0.07)) if n >= 10 else 0
    n_rep = round((n - n_neg) * 0.1)
    n_st = n - n_neg - n_rep
    stories: list[dict] = []
    ci = 0
    used_s: set = set()
    tail = [len(corpus)]  # fillers are taken from the end of the corpus, bases from its start

    def filler(dataset: str) -> dict | None:
        j = tail[0] - 1
        while j > ci and corpus[j]["dataset"] != dataset:
            j -= 1
        if j <= ci:
            return None
        corpus[j], corpus[tail[0] - 1] = corpus[tail[0] - 1], corpus[j]
        tail[0] -= 1
        return corpus[tail[0]]

    while len(stories) < n_st and ci < tail[0]:
        s = make_story(random.Random(f"families-g:{seed}:story:{ci}"), corpus[ci], filler)
        ci += 1
        seen_s = {canon(x) for x in sentences(s["paragraphs"])} if s else set()
        if s and not seen_s & used_s:  # the corpus has a few near-copies of one story: keep one
            used_s.update(seen_s)
            stories.append(s)
    spare = corpus[ci:tail[0]]
    specs: list[list] = []  # family, host, kind, story, copy_no, cluster, edits
    for i, st in enumerate(stories):
        f = fams[i % len(fams)] if i < 2 * len(fams) else pick(rng, fams)
        specs.append([f, pick(rng, hosts[f]), "article", st, 0, None, []])
    for k, idx in enumerate(rng.sample(range(len(specs)), min(n_rep, len(specs)))):
        base = specs[idx]
        base[5] = f"g-c{k:05d}"
        others = [x for x in fams if x != base[0]] or fams
        f = pick(rng, others)
        h2 = pick(rng, [h for h in hosts[f] if h is not base[1]] or hosts[f])
        edits = ["drop_last"] if len(base[3]["paragraphs"]) >= 3 and rng.random() < 0.4 else []
        specs.append([f, h2, "article", base[3], 1, base[5], edits])
    for _ in range(n_neg):
        f = pick(rng, fams)
        specs.append([f, pick(rng, hosts[f]), pick(rng, ["listing", "listing", "chrome_only", "chrome_only", "empty"]),
                      None, 0, None, []])
    rng.shuffle(specs)
    run_titles = [(s["title"], s["key"]) for s in stories]
    spare_titles = [(s["title"], s["key"]) for s in spare]

    def related(r: random.Random, st: dict | None, k: int) -> list[str]:
        own = canon(st["title"]) if st else ""
        seen = {own}
        res: list[str] = []
        while len(res) < k:
            t, key = pick(r, run_titles if r.random() < 0.5 else spare_titles)
            if (st and key == st["key"]) or canon(t) in seen:
                continue
            seen.add(canon(t))
            res.append(t)
        return res

    width = max(3, len(str(len(specs) - 1)))
    gold: list[dict] = []
    for i, (f, h, kind, st, copy_no, cluster, edits) in enumerate(specs):
        r = random.Random(f"families-g:{seed}:page:{i}")
        fmt = "html" if r.random() < h.w["html_p"] else "txt"
        if st:
            day = dt.date(2013, 3, 1) + dt.timedelta(days=stable(st["key"], "day") % 4300)
            hh = stable(st["key"], "h") % 17 + 6 if stable(st["key"], "late") % 100 >= 6 else 0
            when = dt.datetime(day.year, day.month, day.day, hh, stable(st["key"], "m") % 60, tzinfo=TEHRAN)
            when += dt.timedelta(minutes=41 * copy_no)
        else:
            when = dt.datetime(2020, 1, 1, 11, 0, tzinfo=TEHRAN) + dt.timedelta(days=r.randint(0, 1400))
        x = r.random()
        date_kind = "relative" if x < h.w["relative_p"] else "none" if x < h.w["relative_p"] + h.w["nodate_p"] \
            else "abs"
        ctx = {"r": r, "when": when, "date_kind": date_kind, "related": related, "author": person(r),
               "today": when + dt.timedelta(days=r.randint(1, 500), hours=r.randint(0, 6))}
        meta_iso = when.isoformat() if (st and fmt == "html" and h.w["meta_time"]) else None
        ctx["meta_iso"] = meta_iso
        if st:
            paras = list(st["paragraphs"])
            if "drop_last" in edits:
                paras = paras[:-1]
            reg, title, lead, sect = build_article(h, st, ctx, paras)
        else:
            paras, title, lead, sect = [], None, None, None
            reg = negative_page(h, kind, ctx)
        text = render_html(h, reg, ctx, title, r) if fmt == "html" else render_txt(h, reg)
        data = text.encode("utf-8")
        stem = f"{i:0{width}d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}"
        fname = f"{stem}.{fmt}"
        (pages_dir / fname).write_bytes(data)
        gp = [canon(p) for p in paras]
        content = {canon(title), canon(lead)}
        chrome, seen_c = [], set()
        for ln in chrome_of(reg, fmt):
            cl = canon(ln)
            if not cl or cl in content or cl in seen_c or any(leaks(cl, p) for p in gp):
                continue
            seen_c.add(cl)
            chrome.append(ln)
        published = None
        if st and date_kind == "abs":
            published = when.isoformat() if h.w["clock"] != "none" else when.date().isoformat()
        if st and meta_iso:
            published = meta_iso
        pd = dt.date.fromisoformat(published[:10]) if published else None
        jd = jdatetime.date.fromgregorian(date=pd) if pd else None
        gold.append({
            "file": fname, "id": stem, "split": "families_g", "family": f, "family_id": FAMILIES.index(f),
            "site": h.domain, "format": fmt, "kind": kind, "section": sect, "title": title, "lead": lead,
            "surtitle": None, "body_paragraphs": paras, "agency": AGENCY[st["dataset"]] if st else None,
            "published_iso": published[:10] if published else None, "published_time": published,
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
    rows = build(sys.argv[1], n=int(sys.argv[2]) if len(sys.argv) > 2 else 400,
                 seed=int(sys.argv[3]) if len(sys.argv) > 3 else 41)
    print(len(rows), "pages")
