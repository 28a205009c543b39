"""Family set H: eight more Persian site families, a fourth set written blind to the extractor.

    build(out_dir, n, seed=53, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators, from what these kinds of Persian sites look
like: a film review site (film info boxes, ratings, spoiler warnings), a travel blog (reading time,
table of contents, booking boxes, a "last updated" date beside the published one), a stock-exchange
analysis site (index tickers with numbers that change on every page, symbol boxes, disclaimers),
parliament / legal news (news codes, Hijri beside Jalali dates, short links), a science and space
magazine (Gregorian dates, translators, foreign sources that are not news agencies, image credits),
photo-news pages (surtitles, photo captions and credits between the story's paragraphs), blogfa /
blogsky-style personal blogs (archive sidebars full of month names, visitor counters, «نظرات (۳)»,
dates in words, comment threads) and an interview site (question / answer paragraphs).

Each family has four hosts; every host keeps its own template (menu, tagline, date style and digits,
section form, credit form, end marker, lines repeated after the body, DOM shape), so its pages repeat
its chrome around varying content. About 60% flat text (a block per line), 40% HTML. Stories are built
from sentences of ``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into 2-15 paragraphs (gold
body = those paragraphs, written unchanged); related lists, "read more" lines and previous / next links
carry titles of other pages of the run. About 7% negatives (listing, tag archive, contact / 404,
near-empty); ~10% of stories are republished on a host of another family (gold ``cluster``).
Gold ``agency`` is set only when the page credits one (a credit line, or the story's own «به گزارش …»
dateline); hosts that rewrite the dateline to their own name and credit nobody have none.
Gold ``published_iso`` is the page's local (Tehran) day, ``published_time`` the same instant in
ISO 8601 with the page's offset (from ``zoneinfo``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import random
import re
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

import jdatetime

from family_pages import (
    Page,
    canon,
    chrome_gold,
    gold_row,
    leaks,  # noqa: F401  (H's helpers serve the sets written after it)
    negative_gold,
    pick,
    plan_set,
    stable,
    write_gold,
    write_page,
)

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpora" / "news-dev.jsonl.gz"
TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
FAMILIES = ["film_review", "travel_blog", "bourse_analysis", "parliament_legal", "science_space", "photo_news",
            "personal_blog", "interview"]
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GMONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
EMONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HMONTHS = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان",
           "شوال", "ذی‌القعده", "ذی‌الحجه"]
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه", "شنبه", "یکشنبه"]  # date.weekday() order
ORDINALS = ["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم",
            "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم", "بیست و یکم",
            "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم", "بیست و هفتم",
            "بیست و هشتم", "بیست و نهم", "سی‌ام", "سی و یکم"]
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "en": "0123456789"}
#: canonical agency -> the ways a credit line names it
AGENCIES = {"فارس": ["خبرگزاری فارس", "فارس"], "ورزش سه": ["ورزش سه", "سایت ورزش سه"],
            "مهر": ["خبرگزاری مهر"], "ایسنا": ["ایسنا", "خبرگزاری دانشجویان ایران (ایسنا)"],
            "تسنیم": ["خبرگزاری تسنیم", "تسنیم"], "ایرنا": ["ایرنا", "خبرگزاری جمهوری اسلامی (ایرنا)"],
            "ایلنا": ["ایلنا", "خبرگزاری کار ایران (ایلنا)"]}
FIRST = ["آرش", "مینا", "فرهاد", "لیلا", "کاوه", "شیرین", "بابک", "نگار", "رضا", "سمیرا", "امید", "الهام", "پویا",
         "مریم", "سعید", "فاطمه", "جواد", "زهره", "حسین", "بهاره", "مهدی", "نرگس"]
LAST = ["کریمی", "حسینی", "رضایی", "محمدی", "جعفری", "صادقی", "نوری", "احمدی", "یزدانی", "شریفی", "توکلی",
        "رحیمی", "ملکی", "فتحی", "اکبری", "هاشمی", "سلیمانی", "بهرامی"]
COMMENTS = ["سلام، خیلی خوب و کامل بود. ممنون از زحماتتون", "کاش منبع دقیق‌تری هم معرفی می‌کردید.",
            "من با این نظر موافق نیستم، به نظرم خیلی اغراق شده", "عالی بود 👌",
            "لطفا ادامه بدید، منتظر قسمت بعدی هستیم",
            "این مطلب رو قبلا هم جای دیگه خونده بودم", "مرسی، مفید بود", "چرا عکس‌ها باز نمی‌شن؟",
            "دمتون گرم، بهترین سایت همینه", "یه سوال داشتم، می‌شه راهنمایی کنید؟", "خسته نباشید 🌹",
            "واقعا تاسف‌آوره", "با سلام، تاریخ دقیقش کیه؟", "نظر من کاملا برعکسه!"]


def dg(s, style: str) -> str:
    return str(s).translate(str.maketrans("0123456789", DIGITS[style]))


# ---------------------------------------------------------------------------------------------- dates

def hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular (civil) Hijri-qamari date of a Gregorian day."""
    jdn = d.toordinal() + 1721425
    ll = jdn - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * ll) // 709
    day = ll - (709 * m) // 24
    return 30 * n + j - 30, m, day


def fmt_date(t: dt.datetime, style: str, digits: str, time: bool = True) -> str:
    j = jdatetime.date.fromgregorian(date=t.date())
    wd = WEEKDAYS[t.weekday()]
    hm = f"{t.hour:02d}:{t.minute:02d}"
    if style == "num":
        s = f"{j.year}/{j.month:02d}/{j.day:02d}" + (f" - {hm}" if time else "")
    elif style == "time_num":
        s = (f"{hm} - " if time else "") + f"{j.year}/{j.month:02d}/{j.day:02d}"
    elif style == "wd_long":
        s = f"{wd} {j.day} {JMONTHS[j.month - 1]} {j.year}" + (f" - {hm}" if time else "")
    elif style == "long_saat":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year}" + (f" ساعت {hm}" if time else "")
    elif style == "yy":
        s = f"{j.year % 100:02d}/{j.month:02d}/{j.day:02d}" + (f" ساعت {hm}" if time else "")
    elif style == "dmy":
        s = f"{j.day:02d}-{j.month:02d}-{j.year}" + (f" | {hm}" if time else "")
    elif style == "greg_fa":
        s = f"{wd} {t.day} {GMONTHS[t.month - 1]} {t.year}" + (f"، ساعت {hm}" if time else "")
    elif style == "greg_en":
        s = f"{EMONTHS[t.month - 1]} {t.day}, {t.year}" + (f" {hm}" if time else "")
    elif style == "jal_hij":
        hy, hmn, hd = hijri(t.date())
        s = (f"{wd} {j.day} {JMONTHS[j.month - 1]} {j.year} - {hd} {HMONTHS[hmn - 1]} {hy}"
             + (f" - {hm}" if time else ""))
    elif style == "jal_greg":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year} ({t.day} {GMONTHS[t.month - 1]} {t.year})"
    elif style == "blogfa":
        s = f"{wd} {j.day} {JMONTHS[j.month - 1]} {j.year}" + (f"ساعت {hm}" if time else "")
    elif style == "words":
        s = f"{wd} {ORDINALS[j.day - 1]} {JMONTHS[j.month - 1]} {j.year}" + (f" ساعت {hm}" if time else "")
    else:
        raise ValueError(style)
    return dg(s, "en" if style == "greg_en" else digits)


def relative(r: random.Random, digits: str) -> str:
    n, unit = pick(r, [(r.randint(2, 50), "دقیقه"), (r.randint(1, 23), "ساعت"), (r.randint(1, 6), "روز"),
                       (r.randint(1, 4), "هفته")])
    return dg(f"{n} {unit} {pick(r, ['پیش', 'قبل'])}", digits)


# ---------------------------------------------------------------------------------------------- hosts

@dataclass
class Host:
    family: str
    domain: str
    name: str
    tagline: str
    menu: list[str]
    sections: list[str]
    s: dict = field(default_factory=dict)  # template choices


HOSTS = {
    "film_review": [("pardeh-noghrei.com", "پرده نقره‌ای", "مجله نقد فیلم و سریال"),
                    ("cinemaroo.ir", "سینمارو", "هر روز با سینما"),
                    ("filmnegar-online.com", "فیلم‌نگار آنلاین", "نگاهی دیگر به سینما"),
                    ("haftomhonar.ir", "هفتم هنر", "پایگاه تحلیلی سینمای ایران و جهان")],
    "travel_blog": [("koolehposhti.com", "کوله‌پشتی", "راهنمای سفر ارزان"),
                    ("gardeshyar.ir", "گردشیار", "همراه شما در سفر"),
                    ("tripnegar.com", "تریپ‌نگار", "سفرنامه‌ها و تجربه‌های واقعی"),
                    ("jahangard-blog.ir", "جهانگرد", "دنیا را با ما ببینید")],
    "bourse_analysis": [("bourse-tahlil.ir", "بورس‌تحلیل", "تحلیل روزانه بازار سرمایه"),
                        ("sahmnegar.com", "سهم‌نگار", "اخبار و سیگنال‌های بورس"),
                        ("tablokhani.ir", "تابلوخوانی", "آموزش و تحلیل بورس تهران"),
                        ("sarmayeh-online.ir", "سرمایه آنلاین", "پایگاه خبری بازار پول و سرمایه")],
    "parliament_legal": [("khabar-majles.ir", "خبر مجلس", "پایگاه خبری پارلمانی"),
                         ("hoghoogh-online.ir", "حقوق آنلاین", "پایگاه خبری حقوقی و قضایی"),
                         ("vakilnews.com", "وکیل‌نیوز", "صدای جامعه حقوقی"),
                         ("baharestan-press.ir", "بهارستان پرس", "خبرهای قانون‌گذاری از نزدیک")],
    "science_space": [("kayhanshenas.ir", "کیهان‌شناس", "مجله علم و نجوم"),
                      ("danesh-emrooz-mag.com", "دانش امروز", "علم به زبان ساده"),
                      ("setarehnama.ir", "ستاره‌نما", "اخبار فضا و اکتشافات"),
                      ("elmroo.com", "علمرو", "تازه‌های علم و فناوری")],
    "photo_news": [("aksnameh.ir", "عکس‌نامه", "روایت تصویری رویدادها"),
                   ("namapress.com", "نما پرس", "خبرگزاری تصویری"),
                   ("kadr-khabar.ir", "کادر خبر", "هر عکس یک خبر"),
                   ("lenz-online.ir", "لنز آنلاین", "پایگاه عکس خبری")],
    "personal_blog": [("delneveshtehaye-man.blogfa.com", "دلنوشته‌های من", "هر چه دل تنگت می‌خواهد بگو"),
                      ("asheghe-football.blogsky.com", "عاشق فوتبال", "وبلاگ یک هوادار"),
                      ("yaddasht-ali.blogfa.com", "یادداشت‌های علی", "وبلاگ شخصی علی"),
                      ("khabarkhan.persianblog.ir", "خبرخوان", "گلچین خبرهای روز")],
    "interview": [("hamsokhan.ir", "هم‌سخن", "پایگاه گفت‌وگوهای تخصصی"),
                  ("porseman-online.com", "پرسمان آنلاین", "پرسش‌های شما، پاسخ کارشناسان"),
                  ("rodarroo-news.ir", "رودررو", "گفت‌وگوی بی‌پرده"),
                  ("didgah-interview.ir", "دیدگاه", "روایت از زبان خودشان")],
}
MENUS = {
    "film_review": (["نقد فیلم", "سینمای ایران", "سینمای جهان", "سریال"],
                    ["جشنواره فجر", "باکس آفیس", "اخبار سینما", "پوستر", "تریلر", "معرفی فیلم", "اسکار"]),
    "travel_blog": (["سفرنامه", "گردشگری داخلی", "سفر خارجی", "راهنمای سفر"],
                    ["هتل", "بلیط هواپیما", "تور", "جاذبه‌ها", "غذاهای محلی", "ویزا", "کمپینگ"]),
    "bourse_analysis": (["تحلیل تکنیکال", "تحلیل بنیادی", "عرضه اولیه", "صندوق‌ها"],
                        ["اخبار کدال", "آموزش بورس", "بازار رمزارز", "طلا و سکه", "دیده‌بان بازار", "فرابورس"]),
    "parliament_legal": (["مجلس", "حقوقی و قضایی", "قوانین و مقررات", "کمیسیون‌ها"],
                         ["نمایندگان", "شورای نگهبان", "دیوان عدالت", "وکالت", "پرونده‌ها", "مشاوره حقوقی"]),
    "science_space": (["نجوم", "فضا", "فیزیک", "زیست‌شناسی"],
                      ["فناوری", "محیط زیست", "پزشکی", "ریاضیات", "تاریخ علم", "آسمان شب"]),
    "photo_news": (["ورزشی", "اجتماعی", "سیاسی", "فرهنگی"],
                   ["استانی", "بین‌الملل", "اقتصادی", "ویدئو", "عکس روز", "پرتره"]),
    "personal_blog": (["خاطرات", "ورزشی", "دلنوشته", "متفرقه"],
                      ["شعر", "عکس", "درباره من", "پیوندها", "آرشیو", "تماس"]),
    "interview": (["گفت‌وگو", "سیاسی", "ورزشی", "فرهنگی"],
                  ["اقتصادی", "چهره‌ها", "میزگرد", "یادداشت", "پرونده ویژه", "ویدئو"]),
}
#: lines a host repeats after the body on most of its pages (picked per host)
AFTER = {
    "film_review": ["نظر شما درباره این فیلم چیست؟", "برای دیدن نقدهای بیشتر ما را در اینستاگرام دنبال کنید",
                    "امتیاز شما به این فیلم", "تماشای آنلاین فیلم", "نقدهای دیگر این فیلم"],
    "travel_blog": ["این مطلب چقدر برایتان مفید بود؟", "تجربه سفر خود را با ما در میان بگذارید",
                    "رزرو هتل با بهترین قیمت", "مشاوره رایگان سفر", "مطالب بیشتر در دسته سفرنامه"],
    "bourse_analysis": ["برای دریافت سیگنال‌های روزانه عضو کانال ما شوید", "مشاوره خرید و فروش سهام",
                        "ثبت‌نام در دوره آموزش بورس", "دیده‌بان بازار", "پیش‌بینی شاخص فردا"],
    "parliament_legal": ["مشاوره حقوقی آنلاین با وکیل پایه یک", "نسخه چاپی", "ارسال به دوستان",
                         "دانلود متن کامل مصوبه", "عضویت در خبرنامه"],
    "science_space": ["آیا این مطلب را دوست داشتید؟", "در خبرنامه علمی ما عضو شوید",
                      "برای دیدن آسمان امشب اپلیکیشن ما را نصب کنید", "واژه‌نامه", "مقالات مرتبط در مجله"],
    "photo_news": ["دانلود با کیفیت اصلی", "مشاهده تمام‌صفحه", "گزارش‌های تصویری دیگر", "ارسال عکس برای ما",
                   "عکس‌های بیشتر در اینستاگرام"],
    "personal_blog": ["ممنون که به وبلاگ من سر زدید", "لینک ثابت", "نظر یادتون نره :)", "بالای صفحه",
                      "موضوعات مرتبط"],
    "interview": ["گفت‌وگوهای دیگر را از دست ندهید", "پیشنهاد گفت‌وگو با ما", "ویدئوی کامل این گفت‌وگو",
                  "نسخه صوتی این گفت‌وگو", "اشتراک این گفت‌وگو"],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ت", "*", "■", "پایان", "انتهای گفت‌وگو", "ادامه دارد..."]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]  # None: the site's name starts the trail
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " | "]
SEC_LABELS = ["سرویس:", "گروه:", "دسته‌بندی:", "موضوع:", "بخش:", "دسته:"]


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-h-host:{seed}:{domain}")
    core, extra = MENUS[family]
    secs = r.sample(core, r.choice([2, 3, 4]))
    menu = secs + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {}
    s["html_p"] = pick(r, [0.0, 0.15, 0.35, 0.6, 0.85]) if idx != 3 else pick(r, [0.55, 0.8])
    if idx == 0:
        s["html_p"] = pick(r, [0.0, 0.1])
    s["digits"] = pick(r, ["fa", "fa", "ar", "en"])
    styles = {"science_space": ["greg_fa", "greg_en", "jal_greg", "wd_long"],
              "parliament_legal": ["jal_hij", "num", "time_num", "yy"],
              "personal_blog": ["blogfa", "words", "yy", "num"],
              "travel_blog": ["long_saat", "dmy", "greg_fa", "wd_long"]}.get(
        family, ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "jal_hij"])
    s["date"] = styles[idx % len(styles)] if r.random() < 0.8 else pick(r, styles)
    s["time"] = r.random() < 0.7
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "تاریخ:", "📅", "زمان انتشار:"])
    s["rel"] = pick(r, [None, None, "beside", "line", "only"])  # relative time: beside the date / alone
    if s["rel"] == "only" and idx != 2:  # at most one host per family shows only a relative time
        s["rel"] = pick(r, [None, "beside", "line"])
    s["byline"] = pick(r, [None, "pipe", "pipe", "wrote", "dash"])
    s["sec"] = pick(r, ["crumb", "crumb", "label", "bare", "byline", "none"])
    if family == "personal_blog":
        s["sec"] = pick(r, ["label", "byline", "none"])
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_title"] = r.random() < 0.4
    s["sec_label"] = pick(r, SEC_LABELS)
    s["lead_p"] = pick(r, [0.0, 0.5, 0.8, 0.95]) if family not in ("personal_blog",) else 0.0
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    s["credit"] = pick(r, ["منبع: {a}", "به نقل از {a}", "{a}", "منبع خبر: {a}", "📎 منبع: {a}", "({a})"])
    s["credit_top"] = r.random() < 0.3
    s["end"] = pick(r, END_MARKS + [None, None])
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.4))
    s["menu_joined"] = pick(r, [" | ", " - ", "  ", None])
    s["today"] = r.random() < 0.45
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "تعداد بازدید: {n}", "👁 {n}"])
    s["comments"] = pick(r, [None, "نظرات ({n})", "{n} دیدگاه", "دیدگاه‌ها", "نظر کاربران"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "lines", "تگ‌ها: {t}", "کلیدواژه: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "بازنشر:", "lines"])
    s["prevnext"] = pick(r, [None, "label", "arrows", "lines"])
    s["related"] = pick(r, ["مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", "پربازدیدها", "آخرین مطالب", None])
    s["readmore"] = pick(r, [0.0, 0.0, 0.4, 0.8])
    s["readmore_label"] = pick(r, ["بیشتر بخوانید: ", "بخوانید: ", "پیشنهاد ما: ", "مرتبط: "])
    s["author"] = pick(r, [None, "نویسنده: {a}", "{a}", "به قلم {a}", "گزارش از {a}"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["footer"] = [pick(r, [f"تمامی حقوق این سایت متعلق به {name} است.", "© کلیه حقوق محفوظ است",
                            f"استفاده از مطالب {name} با ذکر منبع بلامانع است."]),
                   pick(r, ["درباره ما | تماس با ما | تبلیغات", "تماس با ما - درباره ما - حریم خصوصی",
                            f"طراحی و توسعه: {pick(r, ['وب‌آفرین', 'پارس‌کد', 'راهکار نوین'])}"])]
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_top"] = r.random() < 0.2  # text dump starts with the <title> (title - site)
    s["shape"] = pick(r, ["semantic", "divsoup", "mainnest", "table" if family == "personal_blog" else "divsoup"])
    if family == "personal_blog" and idx % 2:
        s["shape"] = "table"  # blogfa templates: a table with the sidebar in one cell, <br> paragraphs
    s["meta"] = r.random() < 0.5
    s["jsonld"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.5
    s["inline"] = pick(r, [0.0, 0.2, 0.5])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["title_tag"] = pick(r, ["h1", "h1", "h2", "div"])
    s["side_first"] = family == "personal_blog" and r.random() < 0.5
    s["brand"] = pick(r, ["one", "two", "two", "name"])
    s["qa"] = pick(r, [None, ("س: ", "ج: "), (f"{name}: ", "")]) if family == "interview" else None
    s["date_first"] = family == "personal_blog" and r.random() < 0.6  # blogfa: the day above the post title
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- stories

SPLIT = re.compile(r"(?<=[.!؟?])\s+")
JUNK = re.compile(r"^(انتهای پیام|عکس|منبع|برچسب|کد خبر|پایان)")


def load_stories() -> list[dict]:
    out = []
    seen: set[str] = set()  # a sentence two stories share (a boilerplate line) stays with the first
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            rec = json.loads(line)
            sents = []
            for p in rec.get("paragraphs") or []:
                for s in SPLIT.split(p.strip()):
                    s = s.strip()
                    if len(s) >= 25 and not JUNK.match(s) and len(s.splitlines()) == 1 and canon(s) not in seen:
                        seen.add(canon(s))
                        sents.append(s)
            title = " ".join((rec.get("title") or "").split())
            abstract = " ".join((rec.get("abstract") or "").split())
            if len(sents) >= 2 and 10 <= len(title) <= 140:
                out.append({"key": f"{rec['dataset']}:{i}", "dataset": rec["dataset"], "title": title,
                            "abstract": abstract or None, "sents": sents,
                            "tags": [t for t in rec.get("tags") or [] if t and len(t) < 30
                                     and not any(a in t for a in ("فارس", "ورزش سه", "خبرگزاری"))][:6]})
    return out


def group(r: random.Random, sents: list[str], k: int) -> list[str]:
    cuts = sorted(r.sample(range(1, len(sents)), k - 1))
    bounds = [0, *cuts, len(sents)]
    return [" ".join(sents[a:b]) for a, b in zip(bounds, bounds[1:])]


QUESTIONS = ["درباره «{x}» بیشتر توضیح می‌دهید؟", "منظورتان از «{x}» دقیقا چیست؟", "چرا {x}؟",
             "ارزیابی شما از «{x}» چیست؟", "برسیم به {x}؛ چه اتفاقی افتاد؟", "شما گفتید {x}؛ چطور؟",
             "اگر ممکن است از {x} بگویید.", "خیلی‌ها معتقدند {x}. نظر شما چیست؟"]


def question(r: random.Random, answer: str) -> str:
    words = [w.strip("«»\"'().،,:؛") for w in answer.split()]
    words = [w for w in words if w]
    a = r.randrange(max(1, min(6, len(words) - 4)))
    return pick(r, QUESTIONS).format(x=" ".join(words[a:a + r.randint(3, 5)]))


def story_paragraphs(r: random.Random, st: dict, family: str) -> tuple[list[str], list[bool]]:
    """The story's paragraphs (and which are interview questions)."""
    sents = st["sents"]
    k = min(len(sents), 15, max(2, round(r.triangular(2, 15, 5))))
    paras = group(r, sents, k)
    if family != "interview" or len(paras) < 3:
        return paras, [False] * len(paras)
    out, isq = [paras[0]], [False]
    for p in paras[1:]:
        if r.random() < 0.65 or len(out) == 1:
            out.append(question(r, p))
            isq.append(True)
        out.append(p)
        isq.append(False)
    return out, isq


#: how a story's own text credits an agency (the name part is group "n"); Arabic ي/ك spellings too
AGENCY_MENTIONS = {"فارس": ["خبرگزاری (?P<n>فارس)", "(?:به گزارش|به نقل از|خبرنگار)(?: [^ .،:]+){0,3} (?P<n>فارس)"],
                   "ورزش سه": ["(?P<n>ورزش سه)"], "ایسنا": ["(?P<n>ایسنا)"],
                   "مهر": ["خبرگزاری (?P<n>مهر)", "(?:به گزارش|به نقل از|خبرنگار)(?: [^ .،:]+){0,3} (?P<n>مهر)"],
                   "تسنیم": ["(?P<n>تسنیم)"], "ایرنا": ["(?P<n>ایرنا)"], "ایلنا": ["(?P<n>ایلنا)"]}
DATASET_AGENCY = {"fars": "فارس", "varzesh3": "ورزش سه"}


def _loose(pattern: str) -> str:
    return pattern.replace("ی", "[یي]").replace("ک", "[کك]").replace(" ", r"\s+")


MENTION = {a: [re.compile(_loose(p)) for p in ps] for a, ps in AGENCY_MENTIONS.items()}
DATELINE = re.compile(_loose("به گزارش") + r"[^.،,:]{0,40}?$")


def credited_agency(texts: list[str]) -> str | None:
    """The agency a story's own text credits: the one its «به گزارش …» dateline names, else the first named."""
    text = "\n".join(texts)
    hits = sorted((m.start(), a) for a, ps in MENTION.items() for p in ps for m in p.finditer(text))
    for pos, a in hits:
        if DATELINE.search(text[max(0, pos - 48):pos]):
            return a
    return hits[0][1] if hits else None


def rewrite_credits(h: Host, text: str) -> str:
    """``text`` with every agency it names replaced by the host's own name (a republisher's habit)."""
    for ps in MENTION.values():
        for p in ps:
            text = p.sub(lambda m: h.name if m.group(0).startswith("خبرگزار")
                         else m.group(0)[: m.start("n") - m.start(0)] + h.name, text)
    return text


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


# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime) -> None:
    s = h.s
    if s["brand"] == "one":
        pg.add("top", "c", f"{h.name} | {h.tagline}")
    else:
        pg.add("top", "c", h.name)
        pg.add("top", "c", h.tagline if s["brand"] == "two" else None)
    if s["today"]:
        pg.add("top", "c", (("امروز: " if stable(h.domain) % 2 else "")
                            + fmt_date(today, "wd_long" if s["date"] not in ("greg_fa", "greg_en") else s["date"],
                                       s["digits"], time=False)))
    if h.family == "bourse_analysis":
        for name, base in (("شاخص کل", 2_000_000), ("شاخص هم‌وزن", 640_000), ("دلار آزاد", 52_000)):
            v = base + r.randint(-300_000, 300_000) * base // 2_000_000
            ch = r.randint(-250, 250) / 100
            pg.add("top", "c", dg(f"{name}: {v:,} {'▲' if ch >= 0 else '▼'} {abs(ch)}٪", s["digits"]))
    pg.add("top", "c", pick(r, ["ورود | ثبت‌نام", "جستجو ...", "ورود / عضویت"]) if stable(h.domain, 1) % 2 else None)
    home = s["home"] or h.name
    items = [home] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)


def section_for(h: Host, st: dict) -> str:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def date_text(h: Host, r: random.Random, pub: dt.datetime) -> tuple[str, bool]:
    """The visible date of an article (and whether it carries the real date)."""
    s = h.s
    if s["rel"] == "only":
        return relative(r, s["digits"]), False
    d = fmt_date(pub, s["date"], s["digits"], s["time"])
    if s["date_label"] and s["byline"] is None:
        d = f"{s['date_label']} {d}"
    if s["rel"] == "beside":
        d = f"{relative(r, s['digits'])} - {d}" if stable(h.domain, 2) % 2 else f"{d} ({relative(r, s['digits'])})"
    return d, True


def credit_line(h: Host, agency: str) -> str:
    names = AGENCIES[agency]
    return h.s["credit"].format(a=names[stable(h.domain, agency) % len(names)])


def tag_lines(h: Host, st: dict) -> list[str]:
    tags = st["tags"] or ["ایران"]
    t = h.s["tags"]
    if t is None:
        return []
    if t == "#":
        return [" ".join("#" + x.replace(" ", "_") for x in tags)]
    if t == "lines":
        return ["کلمات کلیدی", *tags]
    return [t.format(t="، ".join(tags))]


def family_pre(h: Host, r: random.Random, st: dict, pub: dt.datetime) -> list[str]:
    """Family widgets between the header of the story and its body."""
    f, d = h.family, h.s["digits"]
    if f == "film_review":
        out = [f"کارگردان: {pick(r, FIRST)} {pick(r, LAST)}",
               f"بازیگران: {'، '.join(pick(r, FIRST) + ' ' + pick(r, LAST) for _ in range(3))}",
               dg(f"سال تولید: {pub.year - r.randint(0, 3)}", d), dg(f"مدت زمان: {r.randint(80, 150)} دقیقه", d),
               f"ژانر: {pick(r, ['درام', 'کمدی', 'جنایی', 'اجتماعی', 'علمی‌تخیلی'])}",
               dg(pick(r, [f"امتیاز منتقد: {r.randint(1, 9) / 2} از ۵", f"نمره: {r.randint(30, 95) / 10} از 10",
                           "★" * r.randint(1, 5)]), d)]
        if stable(h.domain, 3) % 2:
            out.append("هشدار: این نقد بخش‌هایی از داستان فیلم را فاش می‌کند.")
        return out
    if f == "travel_blog":
        city = pick(r, ["شیراز", "اصفهان", "کاشان", "تبریز", "رشت", "یزد", "استانبول", "تفلیس", "کیش"])
        out = [dg(f"زمان مطالعه: {r.randint(3, 14)} دقیقه", d)]
        if stable(h.domain, 4) % 2:
            out += ["فهرست مطالب", f"بهترین زمان سفر به {city}", f"هزینه سفر به {city}", "جاهای دیدنی",
                    "کجا بمانیم؟", "سوالات متداول"][: r.randint(3, 6)]
        return out
    if f == "bourse_analysis":
        sym = pick(r, ["فولاد", "خودرو", "شپنا", "وبملت", "فملی", "شستا", "خساپا", "کگل", "وتجارت"])
        return [f"نماد: {sym}", f"صنعت: {pick(r, ['فلزات اساسی', 'خودرو', 'فرآورده‌های نفتی', 'بانک‌ها'])}",
                dg(f"آخرین قیمت: {r.randint(1000, 30000):,} ریال ({r.randint(-5, 5)}٪)", d),
                dg(f"حجم معاملات: {r.randint(1, 900)} میلیون سهم", d)]
    if f == "parliament_legal":
        out = [dg(f"کد خبر: {r.randint(100000, 999999)}", d)]
        if stable(h.domain, 5) % 2:
            out.append(f"لینک کوتاه: https://{h.domain}/x/{r.getrandbits(24):06x}")
        return out
    if f == "science_space":
        out = []
        if stable(h.domain, 6) % 2:
            out.append(f"ترجمه: {pick(r, FIRST)} {pick(r, LAST)}")
        out.append(dg(f"زمان مطالعه: {r.randint(2, 9)} دقیقه", d))
        return out
    if f == "photo_news":
        return [dg(f"تعداد عکس: {r.randint(6, 30)}", d), f"عکاس: {pick(r, FIRST)} {pick(r, LAST)}"]
    if f == "interview":
        return [f"گفت‌وگو از: {pick(r, FIRST)} {pick(r, LAST)}"] if stable(h.domain, 7) % 2 else []
    return []


def in_body(h: Host, r: random.Random, i: int, n: int, others: list[str]) -> str | None:
    """A chrome line between paragraphs ``i`` and ``i + 1`` (photo captions, "read more" links)."""
    if i >= n - 1:
        return None
    if h.family == "photo_news" and r.random() < 0.6:
        return dg(pick(r, [f"عکس {i + 2} از {n + r.randint(2, 9)}", f"عکس: {pick(r, FIRST)} {pick(r, LAST)}",
                           f"عکاس: {pick(r, LAST)} / {pick(r, ['ایسنا', 'مهر', 'تسنیم', 'ایرنا'])}"]), h.s["digits"])
    if h.family == "science_space" and r.random() < 0.25:
        return pick(r, ["اعتبار تصویر: NASA/JPL-Caltech", "Credit: ESA/Webb", "تصویر: ناسا", "اعتبار تصویر: ESO"])
    if h.family == "travel_blog" and r.random() < 0.2:
        return dg(pick(r, [f"رزرو هتل از {r.randint(9, 90) * 100_000:,} تومان", "بلیط ارزان هواپیما"]), h.s["digits"])
    if others and r.random() < h.s["readmore"] / max(2, n):
        return h.s["readmore_label"] + pick(r, others)
    return None


def family_post(h: Host, r: random.Random, pub: dt.datetime, upd: dt.datetime) -> list[str]:
    f, d = h.family, h.s["digits"]
    if f == "bourse_analysis":
        return ["سلب مسئولیت: محتوای این تحلیل صرفا جنبه آموزشی دارد و پیشنهاد خرید یا فروش سهم نیست."]
    if f == "film_review":
        return [dg(f"امتیاز کاربران: {r.randint(40, 95) / 10} از 10 ({r.randint(3, 900)} رأی)", d)]
    if f == "travel_blog":
        return [dg(f"{r.randint(35, 50) / 10} از 5 ({r.randint(3, 300)} رأی)", d)]
    if f == "science_space":
        return [pick(r, ["منبع: Space.com", "منبع: NASA", "منبع: Nature", "منبع: ScienceAlert", "منبع: Phys.org"])] \
            if stable(h.domain, 8) % 3 else []
    if f == "personal_blog":
        return [dg(f"کل بازدید: {r.randint(20000, 900000):,}", d), dg(f"بازدید امروز: {r.randint(3, 400)}", d),
                dg(f"بازدید دیروز: {r.randint(3, 400)}", d), dg(f"کل مطالب: {r.randint(40, 900)}", d)]
    return []


def blog_side(h: Host, r: random.Random, crawl: dt.datetime, others: list[str]) -> list[str]:
    """A blogfa-style sidebar: profile, archive of months, categories, links, recent posts."""
    d = h.s["digits"]
    j = jdatetime.date.fromgregorian(date=crawl.date())
    y, m = j.year, j.month
    months = []
    for _ in range(stable(h.domain, 9) % 8 + 6):
        months.append(dg(f"{JMONTHS[m - 1]} {y}", d))
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return (["درباره من", f"{h.s['authors'][0]}؛ {h.tagline}", "آرشیو", *months, "موضوعات",
             *dg("|".join(f"{x} ({stable(h.domain, x) % 40 + 1})" for x in h.sections), d).split("|"),
             "پیوندها", pick(r, ["وبلاگ دوستم", "کافه شعر", "سایت رسمی باشگاه"]), "آخرین مطالب", *others[:3],
             pick(r, ["Powered by Blogfa.com", "قدرت گرفته از بلاگ‌اسکای", "قالب: پرشین‌تم"])])


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], isq: list[bool], agency: str | None,
                 pub: dt.datetime, others: list[str], lead: str | None) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 700), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(1, 200))
    pg = Page()
    header(pg, h, r, crawl)
    if s["side_first"]:
        for x in blog_side(h, r, crawl, others):
            pg.add("side", "c", x)
    sec = None if s["sec"] == "none" or r.random() < 0.07 else section_for(h, st)
    title = st["title"]
    if s["title_top"]:
        pg.add("top", "c", f"{title} - {h.name}")
    if sec and s["sec"] == "crumb":
        trail = [s["home"] or h.name, sec] + ([title] if s["crumb_title"] else [])
        pg.add("crumb", "c", s["sep"].join(trail))
    elif sec and s["sec"] == "bare":
        pg.add("crumb", "c", sec)
    if h.family == "photo_news" and r.random() < 0.7:
        tag = pick(r, st["tags"] or ["رویدادهای امروز"])
        pg.add("head", "sur", pick(r, [f"روایت تصویری از {tag}", f"{tag} در قاب دوربین", f"تصاویری از {tag}"]))
    if h.family == "interview" and r.random() < 0.5:
        pg.add("head", "sur", f"گفت‌وگو با {pick(r, FIRST)} {pick(r, LAST)}")
    date, dated = date_text(h, r, pub)
    if s["date_first"]:
        pg.add("head", "c", date)
    pg.add("head", "title", title)
    author = pick(r, s["authors"])
    ncom = r.randint(0, 12)
    byl = s["byline"]
    if sec and s["sec"] == "label":
        pg.add("head", "c", f"{s['sec_label']} {sec}")
    if byl == "pipe":
        pg.add("head", "c", f"{author} | {date} | " + dg(f"{ncom} نظر", d))
    elif byl == "wrote":
        pg.add("head", "c", f"نوشته شده توسط {author} در {date}")
    elif byl == "dash":
        pg.add("head", "c", f"{author} - {date}")
    elif not s["date_first"]:
        pg.add("head", "c", date)
    if sec and s["sec"] == "byline":
        pg.add("head", "c", f"{pick(r, ['منتشر شده در', 'در دسته', 'دسته:'])} {sec}")
    if s["rel"] == "line":
        pg.add("head", "c", relative(r, d))
    if h.family == "travel_blog" and dated and stable(h.domain, 10) % 2:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + fmt_date(upd, s["date"], d, False))
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(50, 90000):,}"), d))
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    pg.add("head", "lead", lead)
    for x in family_pre(h, r, st, pub):
        pg.add("pre", "c", x)
    for i, p in enumerate(paras):
        pg.add("body", "q" if isq[i] else "body", p)
        pg.add("body", "c", in_body(h, r, i, len(paras), others))
    pg.add("post", "c", s["end"])
    if s["author"] and byl is None:
        pg.add("post", "c", s["author"].format(a=author))
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    for x in family_post(h, r, pub, upd):
        pg.add("post", "c", x)
    for x in tag_lines(h, st):
        pg.add("post", "c", x)
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["share"] == "lines":
        for x in ("تلگرام", "واتس‌اپ", "توییتر", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"] + " تلگرام | واتس‌اپ | ایکس | لینکدین")
    if s["prevnext"] and len(others) >= 2:
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"مطلب قبلی: {a}")
            pg.add("post", "c", f"مطلب بعدی: {b}")
        elif s["prevnext"] == "arrows":
            pg.add("post", "c", f"« {a}")
            pg.add("post", "c", f"{b} »")
        else:
            for x in ("نوشته قبلی", a, "نوشته بعدی", b):
                pg.add("post", "c", x)
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[: r.randint(3, 5)]:
            pg.add("related", "c", t)
            if stable(h.domain, 11) % 3 == 0:
                pg.add("related", "c", relative(r, d))
    if s["comments"]:
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, r.randint(0, 3))):
            pg.add("comments", "c", f"{pick(r, FIRST)}{pick(r, ['', ' از تهران', ' 🙂'])}")
            when = pub + dt.timedelta(days=r.randint(0, 40), hours=r.randint(1, 20))
            pg.add("comments", "c", fmt_date(when, "num" if s["date"] in ("greg_en", "greg_fa") else s["date"], d))
            pg.add("comments", "c", pick(r, COMMENTS))
            pg.add("comments", "c", "پاسخ")
        pg.add("comments", "c", pick(r, ["ارسال نظر", "نظر شما پس از تایید مدیر منتشر خواهد شد", "نام *"]))
    if h.family == "personal_blog" and not s["side_first"]:
        for x in blog_side(h, r, crawl, others):
            pg.add("side", "c", x)
    for x in s["footer"]:
        pg.add("foot", "c", x)
    meta = {"section": sec, "lead": lead, "dated": dated, "crawl": crawl, "upd": upd, "author": author}
    return pg, meta


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", fmt_date(crawl - dt.timedelta(
                days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۱۲ صفحه بعد", d) if r.random() < 0.5 else "نمایش موارد بیشتر")
    elif kind == "chrome_only":
        if r.random() < 0.5:
            for x in ("خطای ۴۰۴", "صفحه مورد نظر یافت نشد!", "ممکن است آدرس را اشتباه وارد کرده باشید.",
                      "بازگشت به صفحه اصلی"):
                pg.add("body", "c", dg(x, d))
        else:
            for x in ("تماس با ما", f"آدرس: تهران، خیابان {pick(r, ['ولیعصر', 'انقلاب', 'شریعتی'])}، پلاک ۱۲",
                      dg(f"تلفن: 021-{r.randint(22000000, 88999999)}", d), f"ایمیل: info@{h.domain}",
                      "نام و نام خانوادگی", "متن پیام", "ارسال"):
                pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["مطلب رمزدار", "بدون عنوان", "یادداشت", "به زودی"]))
        pg.add("body", "c", pick(r, ["این مطلب رمزدار است. برای مشاهده رمز عبور را وارد کنید.",
                                     "این مطلب در حال حاضر در دسترس نیست.", "به زودی ...", "محتوایی یافت نشد."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_text(h: Host, pg: Page, r: random.Random) -> str:
    sep = h.s["text_sep"]
    out = []
    for region, ls in pg.regions:
        inner = "\n" if sep == "mixed" or (sep == "\n\n" and region == "body" and stable(h.domain, 12) % 2) else sep
        out.append(inner.join(t for _, t in ls))
    return ("\n\n" if sep != "\n" else "\n").join(out) + "\n"


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def _inline(h: Host, r: random.Random, text: str) -> str:
    """``text`` as HTML, perhaps with a word or two in <strong>/<a> (the visible text is unchanged)."""
    if r.random() >= h.s["inline"]:
        return _esc(h, text)
    words = text.split(" ")
    if len(words) < 6:
        return _esc(h, text)
    i = r.randrange(1, len(words) - 3)
    n = r.randint(1, 3)
    tag = pick(r, ["strong", "a", "b", "span"])
    attr = f' href="/tag/{stable(words[i]) % 9999}"' if tag == "a" else ""
    return (_esc(h, " ".join(words[:i]) + " ") + f"<{tag}{attr}>" + _esc(h, " ".join(words[i:i + n]))
            + f"</{tag}>" + _esc(h, " " + " ".join(words[i + n:])))


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None, upd: dt.datetime) -> str:
    s, c = h.s, h.s["cls"]
    shape = s["shape"]
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    head = [f"<title>{ttl} | {nm}</title>" if stable(h.domain, 13) % 2 else f"<title>{nm} - {ttl}</title>",
            '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
            head.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
        if gold["section"]:
            head.append(f'<meta property="article:section" content="{html.escape(gold["section"])}">')
    if gold["kind"] == "article" and s["jsonld"]:
        ld = {"@context": "https://schema.org",
              "@type": {"personal_blog": "BlogPosting", "film_review": "Review"}.get(h.family, "NewsArticle"),
              "headline": gold["title"], "author": {"@type": "Person", "name": gold.get("_author")}}
        if pub is not None:
            ld["datePublished"] = pub.isoformat()
            ld["dateModified"] = upd.isoformat()
        if gold["section"]:
            ld["articleSection"] = gold["section"]
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append("<style>body{font-family:Vazirmatn,Tahoma;direction:rtl}.x{display:none}</style>")
    body = []

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            tag = s["title_tag"]
            return f'<{tag} class="{c[0]}">{_esc(h, t)}</{tag}>'
        if role in ("body", "q"):
            inner = _inline(h, r, t)
            if role == "q" and stable(h.domain, 14) % 2:
                inner = f"<strong>{_esc(h, t)}</strong>"
            return f"<p>{inner}</p>" if shape != "divsoup" else f'<div class="{c[1]}">{inner}</div>'
        if role == "lead":
            return f'<div class="{c[2]}"><p>{_esc(h, t)}</p></div>' if shape != "semantic" else \
                f'<p class="lead">{_esc(h, t)}</p>'
        if role == "sur":
            return f'<div class="{c[3]}">{_esc(h, t)}</div>'
        if region == "nav" and s["menu_joined"]:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/{c[4]}/{stable(x) % 99}">{_esc(h, x)}</a>' for x in t.split(s["menu_joined"])) + "</div>"
        if region == "nav":
            return f'<li><a href="/{c[4]}/{stable(t) % 99}">{_esc(h, t)}</a></li>'
        if region == "body" and h.family in ("photo_news", "science_space"):
            return (f'<figure><img src="/img/{stable(t) % 9999}.jpg" alt="">'
                    f'<figcaption>{_esc(h, t)}</figcaption></figure>')
        if region in ("related", "side"):
            return f'<li><a href="/n/{stable(t) % 99999}">{_esc(h, t)}</a></li>'
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        if region == "body" and shape == "table":
            return f'<div class="postcontent">{"<br>".join(_inline(h, r, t) for _, t in ls)}</div>'
        inner = "\n".join(line(ro, t, region) for ro, t in ls)
        if region in ("related", "side") or (region == "nav" and not s["menu_joined"]):
            inner = f"<ul>{inner}</ul>"
        if shape == "semantic":
            tag = {"top": "header", "nav": "nav", "related": "aside", "side": "aside", "foot": "footer",
                   "comments": "section"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "divsoup":
            return f'<div class="{c[6]}"><div class="{c[7]}">\n{inner}\n</div></div>'
        return f'<div class="{c[8]}">\n{inner}\n</div>'

    blocks = [(region, block(region, ls)) for region, ls in pg.regions]
    story = {"crumb", "head", "pre", "body", "post"}
    if shape == "semantic":
        body.append("\n".join(b for g, b in blocks if g in ("top", "nav")))
        body.append("<main><article>\n" + "\n".join(b for g, b in blocks if g in story) + "\n</article></main>")
        body.append("\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav")))
    elif shape == "mainnest":
        body.append("\n".join(b for g, b in blocks if g in ("top", "nav")))
        body.append(f'<main id="{c[9]}"><div class="{c[10]}"><div class="{c[11]}"><section>\n'
                    + "\n".join(b for g, b in blocks if g in story) + "\n</section></div></div></main>")
        body.append("\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav")))
    elif shape == "table":
        side = "\n".join(b for g, b in blocks if g == "side")
        main = "\n".join(b for g, b in blocks if g not in ("side", "top", "nav", "foot"))
        body.append("\n".join(b for g, b in blocks if g in ("top", "nav")))
        cells = [f'<td class="side">{side}</td>', f'<td class="main">{main}</td>']
        body.append(f'<table><tr>{"".join(cells if s["side_first"] else cells[::-1])}</tr></table>')
        body.append("\n".join(b for g, b in blocks if g == "foot"))
    else:
        body.append(f'<div id="{c[9]}">' + "\n".join(b for _, b in blocks) + "</div>")
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + "\n".join(x for x in body if x) + "\n<script>var _p=1;</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2012, 3, 1) + dt.timedelta(days=r.randrange(4500))
    hour = r.choice([0, 0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 53, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="h", all_families=FAMILIES, make_host=make_host, hosts=4,
        stories=load_stories(), negative_p=0.08)
    rows = []
    built: dict[int, tuple[list[str], list[bool], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-h:{seed}:page:{i}")
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
            upd = crawl
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                paras, isq = story_paragraphs(r, st, p["family"])
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
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            if h.s["qa"] and any(isq):
                q, a = h.s["qa"]
                paras = [q + x if isq[k] else (a + x if k and a else x) for k, x in enumerate(paras)]
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            pg, meta = article_page(h, r, st, paras, isq, agency, pub, others, lead)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": meta["lead"],
                    "surtitle": next(iter(pg.lines("sur")), None), "body_paragraphs": paras, "agency": agency,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits, "_author": meta["author"]}
            upd = meta["upd"]
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        if gold["kind"] == "article":
            has_date = meta["dated"] or (fmt == "html" and (h.s["meta"] or h.s["jsonld"]))
            if not has_date:
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                shows_time = h.s["time"] and h.s["date"] not in ("jal_greg",)
                in_meta = fmt == "html" and (h.s["meta"] or h.s["jsonld"])
                gold["published_time"] = pub.isoformat() if shows_time or in_meta else pub.date().isoformat()
        text = render_html(h, pg, r, gold, pub, upd) if fmt == "html" else render_text(h, pg, r)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        gold.pop("_author", None)
        rows.append(gold_row(name, "families-h", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"h{seed}")
