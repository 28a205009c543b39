"""Pages in site families that the dev pages do not have, with gold in the dev gold.jsonl format.

A test helper (not a test file): ``build(out_dir, n=150, seed=...)`` writes ``out_dir/pages/*`` and
``out_dir/gold.jsonl`` (scored by ../shared/tools/score_pages.py) and returns the gold rows.
Deterministic for a seed. Bodies are real articles from ../shared/data/corpora/news-dev.jsonl.gz,
lightly corrupted (ZWNJ deleted or spaced, Arabic ي/ك, NBSP); the chrome around them is written
here from general knowledge of Persian news sites, on purpose unlike the dev families:

- ``service_agency``   agency CMS: «سرویس: …» / «کد خبر: …» / «تاریخ انتشار: …» above the title,
                       lead below, «انتهای پیام/», tags, short link, comment form, copyright (txt+html)
- ``daily_paper``      newspaper site: breadcrumb «خانه » اقتصاد » بورس», surtitle (روتیتر) above the
                       title, lead, author line, numeric Jalali date, «منبع: …», related/most-read lists
- ``gregorian_portal`` HTML portal with other tag/class names, ``article:published_time``, JSON-LD
                       ``NewsArticle``, Gregorian visible dates, photo credits, most-read aside
- ``regional_site``    provincial site: a "today" date in the header, vertical menu, Arabic-Indic
                       digits, «به گزارش خبرنگار … خبرگزاری … از …», «کلمات کلیدی», share lines
- ``sports_mag``       sports magazine: author and reading time, «عکس: …» captions between
                       paragraphs, Gregorian numeric dates, «ما را در اینستاگرام دنبال کنید»

Negatives in these families: listings with teasers, 404 pages, Arabic prayer text, near-empty pages.

    python tests/unseen_families.py /tmp/unseen   # then score_pages.py /tmp/unseen/gold.jsonl OUT
"""
from __future__ import annotations

import ast
import gzip
import hashlib
import html
import json
import random
import re
import sys
from pathlib import Path

import jdatetime

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "corpora" / "news-dev.jsonl.gz"

ZWNJ = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GMONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
WEEKDAYS = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]  # jdatetime weekday()

# agency: (canonical, ways a dateline names it, ways a credit names it)
AGENCIES = [
    ("تسنیم", ["خبرگزاری تسنیم"], ["تسنیم", "خبرگزاری تسنیم"]),
    ("ایسنا", ["خبرگزاری دانشجویان ایران (ایسنا)", "ایسنا"], ["ایسنا", "خبرگزاری ایسنا"]),
    ("ایرنا", ["خبرگزاری جمهوری اسلامی (ایرنا)", "ایرنا", "خبرگزاری ایرنا"], ["ایرنا", "خبرگزاری ایرنا"]),
    ("مهر", ["خبرگزاری مهر"], ["خبرگزاری مهر", "مهر"]),
    ("ایلنا", ["خبرگزاری کار ایران (ایلنا)", "ایلنا"], ["ایلنا"]),
    ("فارس", ["خبرگزاری فارس"], ["فارس", "خبرگزاری فارس"]),
]
DESKS = ["گروه اقتصادی", "گروه سیاسی", "گروه اجتماعی", "سرویس ورزشی", "گروه استان‌ها"]
CITIES = ["مشهد", "تبریز", "اصفهان", "شیراز", "کرمان", "رشت", "اهواز", "زنجان"]
PEOPLE = ["علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا موسوی", "محمد صادقی", "سارا نوری", "رضا جعفری"]
TAG_POOL = ["بورس", "تورم", "مجلس", "دولت", "لیگ برتر", "استقلال", "پرسپولیس", "آب و هوا", "کرونا",
            "نفت", "مسکن", "خودرو", "دانشگاه", "کنکور", "انتخابات", "فوتبال", "والیبال"]
ARABIC = [
    "اللَّهُمَّ إِنِّي أَسْأَلُكَ بِرَحْمَتِكَ الَّتِي وَسِعَتْ كُلَّ شَيْءٍ وَ بِقُوَّتِكَ الَّتِي قَهَرْتَ بِهَا كُلَّ شَيْءٍ",
    "وَ خَضَعَ لَهَا كُلُّ شَيْءٍ وَ ذَلَّ لَهَا كُلُّ شَيْءٍ وَ بِجَبَرُوتِكَ الَّتِي غَلَبْتَ بِهَا كُلَّ شَيْءٍ",
    "وَ بِعِزَّتِكَ الَّتِي لا يَقُومُ لَهَا شَيْءٌ وَ بِعَظَمَتِكَ الَّتِي مَلَأَتْ كُلَّ شَيْءٍ وَ بِسُلْطَانِكَ الَّذِي عَلا كُلَّ شَيْءٍ",
    "يَا نُورُ يَا قُدُّوسُ يَا أَوَّلَ الْأَوَّلِينَ وَ يَا آخِرَ الْآخِرِينَ",
    "اللَّهُمَّ اغْفِرْ لِيَ الذُّنُوبَ الَّتِي تَهْتِكُ الْعِصَمَ اللَّهُمَّ اغْفِرْ لِيَ الذُّنُوبَ الَّتِي تُنْزِلُ النِّقَمَ",
    "اللَّهُمَّ اغْفِرْ لِيَ الذُّنُوبَ الَّتِي تُغَيِّرُ النِّعَمَ اللَّهُمَّ اغْفِرْ لِيَ الذُّنُوبَ الَّتِي تَحْبِسُ الدُّعَاءَ",
    "السَّلامُ عَلَيْكَ يَا أَبَا عَبْدِ اللَّهِ السَّلامُ عَلَيْكَ يَا ابْنَ رَسُولِ اللَّهِ السَّلامُ عَلَيْكَ يَا خِيَرَةَ اللَّهِ وَ ابْنَ خِيَرَتِهِ",
    "السَّلامُ عَلَيْكَ يَا ثَارَ اللَّهِ وَ ابْنَ ثَارِهِ وَ الْوِتْرَ الْمَوْتُورَ السَّلامُ عَلَيْكَ وَ عَلَى الْأَرْوَاحِ الَّتِي حَلَّتْ بِفِنَائِكَ",
    "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ الرَّحْمَنِ الرَّحِيمِ مَالِكِ يَوْمِ الدِّينِ",
    "إِيَّاكَ نَعْبُدُ وَ إِيَّاكَ نَسْتَعِينُ اهْدِنَا الصِّرَاطَ الْمُسْتَقِيمَ صِرَاطَ الَّذِينَ أَنْعَمْتَ عَلَيْهِمْ",
]


# --------------------------------------------------------------------------------------------- data
def load_articles(limit: int = 2000) -> list[dict]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            p = r.get("paragraphs")
            paras = ast.literal_eval(p) if isinstance(p, str) else (p or [])
            paras = [x.strip() for x in paras if x and len(x.strip().split()) >= 6]
            if len(paras) < 2 or not r.get("title"):
                continue
            head = paras[0][:140]
            if r["dataset"] == "fars" and "خبرگزاری فارس" not in head:
                continue
            if r["dataset"] == "varzesh3" and ("ورزش سه" not in head or "نقل از" in head):
                continue  # «به گزارش "ورزش سه" و به نقل از X»: the origin is X
            out.append({"dataset": r["dataset"], "title": r["title"].strip(), "abstract": (r.get("abstract") or "").strip(),
                        "paragraphs": paras[:8], "tags": r.get("tags")})
            if len(out) >= limit:
                break
    return out


def digits(s: str, script: str) -> str:
    if script == "fa":
        return s.translate(str.maketrans("0123456789", FA))
    if script == "ar":
        return s.translate(str.maketrans("0123456789", AR))
    return s


def corrupt(s: str, rng: random.Random, how: dict) -> str:
    if how.get("zwnj") == "delete":
        s = s.replace(ZWNJ, "")
    elif how.get("zwnj") == "space":
        s = s.replace(ZWNJ, " ")
    if how.get("yk"):
        s = s.replace("ی", "ي").replace("ک", "ك")
    if how.get("nbsp"):
        s = re.sub(r"(?<=\S) (?=\S)", lambda m: "\u00a0" if rng.random() < 0.08 else " ", s)
    return s


# --------------------------------------------------------------------------------------------- dates
class When:
    def __init__(self, rng: random.Random):
        self.j = jdatetime.datetime(rng.randint(1396, 1402), rng.randint(1, 12), rng.randint(1, 28),
                                    rng.randint(6, 23), rng.randint(0, 59))
        self.g = self.j.togregorian()

    @property
    def iso(self):
        return self.g.strftime("%Y-%m-%d")

    @property
    def jalali(self):
        return "%04d/%02d/%02d" % (self.j.year, self.j.month, self.j.day)

    def hm(self):
        return "%02d:%02d" % (self.j.hour, self.j.minute)

    def words(self, weekday=True, mah=False):
        w = WEEKDAYS[self.j.weekday()] + " " if weekday else ""
        return "%s%d %s%s %d" % (w, self.j.day, JMONTHS[self.j.month - 1], " ماه" if mah else "", self.j.year)

    def gwords(self):
        return "%d %s %d" % (self.g.day, GMONTHS[self.g.month - 1], self.g.year)


# --------------------------------------------------------------------------------------------- articles
def attribute(art: dict, rng: random.Random, style: str, site: str):
    """(paragraphs, agency, credit line or None) with the dateline rewritten for this page."""
    paras = list(art["paragraphs"])
    first = paras[0]
    if art["dataset"] == "varzesh3":
        # the sports site is credited as «ورزش سه» in its own way
        if style == "credit":
            paras[0] = re.sub(r'به گزارش\s*"?ورزش سه"?\s*،?\s*', "به گزارش %s، " % site, first, count=1)
            return paras, "ورزش سه", rng.choice(["منبع: ورزش سه", "منبع: وب‌سایت ورزش سه", "منبع: ورزش۳"])
        return paras, "ورزش سه", None
    canon, datelines, credits = rng.choice(AGENCIES)
    if style == "credit":
        paras[0] = re.sub(r"به گزارش (?:خبرنگار [^،]{0,30}?)?خبرگزاری فارس", "به گزارش %s" % site, first, count=1)
        return paras, canon, "منبع: " + rng.choice(credits)
    name = rng.choice(datelines)
    if style == "reporter":
        repl = "به گزارش خبرنگار %s %s" % (rng.choice(DESKS), name)
    elif style == "quoted":
        repl = "به گزارش %s به نقل از %s" % (site, name)
    else:
        repl = "به گزارش " + name
    paras[0] = re.sub(r"به گزارش (?:خبرنگار [^،]{0,30}?)?خبرگزاری فارس", repl, first, count=1)
    if paras[0] == first:  # «در گفت‌وگو با خبرنگار فارس»: the agency named after a reporting word
        paras[0] = first.replace("خبرنگار فارس", "خبرنگار " + canon).replace("خبرگزاری فارس", name)
    return paras, canon, None


def headlines(rng: random.Random, pool: list[dict], k: int) -> list[str]:
    return [a["title"] for a in rng.sample(pool, k)]


def tags_of(rng):
    return rng.sample(TAG_POOL, rng.randint(2, 4))


# --------------------------------------------------------------------------------------------- families
# each family function returns (format, page text, gold extras) for an article
SITES = {
    "service_agency": [("khabar-gostar.ir", "پایگاه خبری خبرگستر"), ("seda-ye-shahr.com", "صدای شهر")],
    "daily_paper": [("roozname-sobh.ir", "روزنامه صبح نو"), ("asr-ekhtesad.ir", "عصر اقتصاد")],
    "gregorian_portal": [("negah-online.com", "نگاه آنلاین"), ("didban-news.ir", "دیدبان نیوز")],
    "regional_site": [("khazar-news.ir", "خزر خبر"), ("zagros-online.ir", "زاگرس آنلاین")],
    "sports_mag": [("goal-mag.ir", "مجله گل"), ("toopchi.com", "توپچی")],
    "blog_magazine": [("roozmag.ir", "روزمگ"), ("khabarnevis.blog", "خبرنویس")],
    "broadcaster": [("seda-ostan.ir", "صدا و سیمای مرکز البرز"), ("radio-khabar.ir", "شبکه خبر استان")],
}
SECTIONS = {
    "service_agency": ["ورزشی", "اقتصادی", "سیاسی", "اجتماعی", "فرهنگی", "بین‌الملل"],
    "daily_paper": [("اقتصاد", "بورس"), ("سیاست", "مجلس"), ("جامعه", "آموزش"), ("ورزش", "فوتبال"), ("اقتصاد", "مسکن")],
    "gregorian_portal": ["سیاسی", "اقتصادی", "ورزش", "جامعه", "دانش و فناوری"],
    "regional_site": ["استانی", "شهری", "ورزش استان", "اقتصاد استان"],
    "sports_mag": ["فوتبال ایران", "فوتبال اروپا", "کشتی و وزنه‌برداری", "توپ و تور"],
    "blog_magazine": ["سبک زندگی", "اقتصاد", "فناوری", "ورزش"],
    "broadcaster": ["اخبار استان", "ورزشی", "اقتصادی", "اجتماعی"],
}


class Page:
    def __init__(self):
        self.lines: list[str] = []
        self.chrome: list[str] = []

    def c(self, *ls):  # chrome lines
        for ln in ls:
            self.lines.append(ln)
            self.chrome.append(ln)

    def t(self, *ls):  # content lines
        self.lines.extend(ls)

    def blank(self):
        self.lines.append("")


def fam_service_agency(rng, art, pool, g):
    host, name = rng.choice(SITES["service_agency"])
    sec = rng.choice(SECTIONS["service_agency"])
    w = When(rng)
    ds = rng.choice(["fa", "fa", "ascii"])
    code = str(rng.randint(100000, 999999))
    paras, agency, credit = attribute(art, rng, rng.choice(["reporter", "plain", "credit"]), name)
    lead = art["abstract"] if rng.random() < 0.8 else None
    p = Page()
    p.c(name, "ورود | ثبت‌نام | جستجو", "صفحه اصلی | سیاسی | اقتصادی | اجتماعی | ورزشی | فرهنگی | بین‌الملل | چندرسانه‌ای")
    p.blank()
    p.c("سرویس: " + sec)
    p.c(digits("کد خبر: " + code, ds))
    p.c(digits("تاریخ انتشار: %s - %s" % (w.words(), w.hm()), ds))
    p.blank()
    p.t(art["title"])
    if lead:
        p.blank(); p.t(lead)
    p.blank()
    for x in paras:
        p.t(x); p.blank()
    p.c("انتهای پیام/")
    if credit:
        p.c(credit)
    p.blank()
    tg = tags_of(rng)
    p.c("برچسب‌ها: " + "، ".join(tg))
    p.c("لینک کوتاه: https://%s/x/%s" % (host, code[-5:]))
    p.blank()
    p.c("ارسال نظر", "نام و نام خانوادگی", "پست الکترونیک", "نظر شما پس از بررسی و تایید منتشر می‌شود.")
    p.blank()
    p.c("اخبار مرتبط")
    for h in headlines(rng, pool, 4):
        p.c(h)
    p.c("کپی رایت © %s تمامی حقوق برای %s محفوظ است." % (digits("1401", ds), name))
    gold = dict(section=sec, title=art["title"], lead=lead, surtitle=None, body=paras, agency=agency,
                published_iso=w.iso, published_jalali=w.jalali)
    if g.random() < 0.35:
        fmt, text = "html", to_html_agency(p, name, host, art["title"], lead, paras, sec, w, credit, code)
    else:
        fmt, text = "txt", "\n".join(p.lines)
    return fmt, text, gold, p.chrome, host


def to_html_agency(p, name, host, title, lead, paras, sec, w, credit, code):
    e = html.escape
    body = "".join("<p>%s</p>" % e(x) for x in paras)
    return f"""<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{e(title)} - {e(name)}</title>
<meta name="keywords" content="{e(sec)}"><meta property="og:site_name" content="{e(name)}">
</head><body>
<div id="top-bar"><a href="/">{e(name)}</a><ul class="menu"><li>صفحه اصلی</li><li>سیاسی</li><li>اقتصادی</li><li>ورزشی</li></ul></div>
<div class="container"><div class="news-info"><span class="srv">سرویس: {e(sec)}</span> <span class="code">کد خبر: {code}</span>
<span class="pubdate">تاریخ انتشار: {e(w.words())} - {w.hm()}</span></div>
<div class="news-box"><h1 class="news-title">{e(title)}</h1>
{('<div class="news-lead">' + e(lead) + '</div>') if lead else ''}
<div class="news-content">{body}<div class="end">انتهای پیام/</div>{('<div class="src">' + e(credit) + '</div>') if credit else ''}</div>
<div class="news-tags">برچسب‌ها: <a>بورس</a> <a>دولت</a></div>
<div class="short-link">لینک کوتاه: https://{host}/x/{code[-5:]}</div></div>
<div class="comment-form"><h3>ارسال نظر</h3><form><input placeholder="نام"><textarea></textarea><button>ارسال</button></form></div>
</div><footer><p>کپی رایت © تمامی حقوق برای {e(name)} محفوظ است.</p></footer></body></html>"""


def fam_daily_paper(rng, art, pool, g):
    host, name = rng.choice(SITES["daily_paper"])
    top, sub = rng.choice(SECTIONS["daily_paper"])
    w = When(rng)
    ds = rng.choice(["fa", "ascii"])
    paras, agency, credit = attribute(art, rng, rng.choice(["credit", "plain", "quoted"]), name)
    lead = art["abstract"] or None
    surtitle = rng.choice(["گزارش", "در گفت‌وگو با مسئولان", "یک مقام مسئول خبر داد", "پیگیری", "گزارش تحلیلی",
                           "در نشست خبری مطرح شد"]) if rng.random() < 0.7 else None
    author = rng.choice(PEOPLE)
    p = Page()
    p.c(name, "شماره " + digits(str(rng.randint(1000, 6000)), ds) + " | نسخه الکترونیک")
    p.c("خانه » %s » %s" % (top, sub))
    p.blank()
    if surtitle:
        p.t(surtitle)
    p.t(art["title"])
    p.t(lead)
    p.c("نویسنده: " + author)
    p.c(digits("%s ساعت %s" % (w.jalali, w.hm()), ds))
    if rng.random() < 0.4:
        later = jdatetime.datetime.fromgregorian(datetime=w.g + __import__("datetime").timedelta(days=rng.randint(1, 3), hours=2))
        p.c(digits("به‌روزرسانی: %d %s %d - %02d:%02d" % (later.day, JMONTHS[later.month - 1], later.year,
                                                         later.hour, later.minute), ds))
    p.blank()
    for x in paras:
        p.t(x)
    if credit:
        p.c(credit)
    p.blank()
    p.c("اخبار مرتبط")
    for h in headlines(rng, pool, 3):
        p.c(h)
    p.c("پربازدیدترین‌ها")
    for h in headlines(rng, pool, 5):
        p.c(h)
    p.c("تلگرام ما را دنبال کنید", "درباره ما | تماس با ما | آرشیو | آگهی‌ها",
        "کلیه حقوق مادی و معنوی این سایت متعلق به %s است." % name)
    gold = dict(section=sub, title=art["title"], lead=lead, surtitle=surtitle, body=paras, agency=agency,
                published_iso=w.iso, published_jalali=w.jalali)
    return "txt", "\n".join(p.lines), gold, p.chrome, host


def fam_gregorian_portal(rng, art, pool, g):
    host, name = rng.choice(SITES["gregorian_portal"])
    sec = rng.choice(SECTIONS["gregorian_portal"])
    w = When(rng)
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "reporter", "credit"]), name)
    lead = art["abstract"] if rng.random() < 0.7 else None
    surtitle = rng.choice(["گزارش ویژه", "یادداشت روز", "خبر فوری"]) if rng.random() < 0.3 else None
    photo = "عکس: " + rng.choice(PEOPLE)
    e = html.escape
    body = []
    for i, x in enumerate(paras):
        body.append("<p>%s</p>" % e(x))
        if i == 0 and len(paras) > 2:
            body.append('<figure><img src="/img/%d.jpg"><figcaption>%s</figcaption></figure>' % (rng.randint(1, 999), e(photo)))
    most = headlines(rng, pool, 5)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": w.g.strftime("%Y-%m-%dT%H:%M:%S+03:30"), "articleSection": sec,
          "publisher": {"@type": "Organization", "name": name}}
    show_iso = rng.random() < 0.5
    visible = (w.gwords() if show_iso else w.words(weekday=False)) + " | " + w.hm()
    tags = tags_of(rng)
    if rng.random() < 0.5:
        # plainer CMS: no meta dates, no JSON-LD section, a breadcrumb list without a telling class,
        # the lead in an <h2> after the <h1>, the date only as text in a generic element
        visible = w.words() + " - " + w.hm()
        text = f"""<!DOCTYPE html>
<html lang="fa"><head><meta charset="UTF-8"><title>{e(art['title'])} - {e(name)}</title></head><body>
<div id="hdr"><b>{e(name)}</b> <a>ورود</a> <a>عضویت</a></div>
<div class="wrapper"><ul class="path"><li><a href="/">خانه</a></li><li><a href="/s/{rng.randint(1, 9)}">{e(sec)}</a></li></ul>
<div class="item"><div class="item-info"><span>{e(visible)}</span></div>
{('<h3 class="rutitr">' + e(surtitle) + '</h3>') if surtitle else ''}<h1>{e(art['title'])}</h1>
{('<h2>' + e(lead) + '</h2>') if lead else ''}
<div class="item-text">{''.join(body)}{('<p>' + e(credit) + '</p>') if credit else ''}</div>
<div class="item-tags">{''.join('<a>' + e(t) + '</a>' for t in tags)}</div></div>
<div class="box"><div class="box-title">پربازدیدترین‌ها</div><ul>{''.join('<li><a>' + e(h) + '</a></li>' for h in most)}</ul></div></div>
<div class="ftr">تمامی حقوق این وب‌سایت متعلق به {e(name)} است. استفاده از مطالب با ذکر منبع بلامانع است.</div>
</body></html>"""
        chrome = [name, photo, "پربازدیدترین‌ها"] + most + \
            ["تمامی حقوق این وب‌سایت متعلق به %s است. استفاده از مطالب با ذکر منبع بلامانع است." % name]
        gold = dict(section=sec, title=art["title"], lead=lead, surtitle=surtitle, body=paras, agency=agency,
                    published_iso=w.iso, published_jalali=w.jalali)
        return "html", text, gold, chrome, host
    text = f"""<!DOCTYPE html>
<html lang="fa"><head><meta charset="UTF-8"><title>{e(art['title'])} | {e(name)}</title>
<meta property="article:published_time" content="{w.g.strftime('%Y-%m-%dT%H:%M:%S+03:30')}">
<meta property="og:title" content="{e(art['title'])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body class="single">
<div class="site-header"><div class="brand">{e(name)}</div><div class="nav-links"><a>خانه</a><a>سیاسی</a><a>اقتصادی</a><a>ورزش</a><a>جامعه</a></div></div>
<div class="layout"><div class="col-main"><div class="story">
<div class="story-meta"><a class="cat-link" href="/c/{rng.randint(1, 20)}">{e(sec)}</a><span class="dt">{e(visible)}</span></div>
{('<div class="story-kicker">' + e(surtitle) + '</div>') if surtitle else ''}
<h1 class="story-title">{e(art['title'])}</h1>
{('<p class="story-summary">' + e(lead) + '</p>') if lead else ''}
<div class="story-body">{''.join(body)}{('<p class="credit">' + e(credit) + '</p>') if credit else ''}</div>
<div class="story-tags"><span>کلیدواژه‌ها:</span>{''.join('<a>' + e(t) + '</a>' for t in tags)}</div>
<div class="share">اشتراک‌گذاری در: تلگرام | واتس‌اپ | توییتر</div>
</div></div>
<div class="col-side"><h4>پربازدیدترین‌ها</h4><ol>{''.join('<li><a>' + e(h) + '</a></li>' for h in most)}</ol></div></div>
<div class="site-footer">تمامی حقوق این وب‌سایت متعلق به {e(name)} است. استفاده از مطالب با ذکر منبع بلامانع است.</div>
</body></html>"""
    chrome = [name, photo, "اشتراک‌گذاری در: تلگرام | واتس‌اپ | توییتر", "پربازدیدترین‌ها"] + most + \
             ["تمامی حقوق این وب‌سایت متعلق به %s است. استفاده از مطالب با ذکر منبع بلامانع است." % name]
    gold = dict(section=sec, title=art["title"], lead=lead, surtitle=surtitle, body=paras, agency=agency,
                published_iso=w.iso, published_jalali=w.jalali)
    return "html", text, gold, chrome, host


def fam_regional_site(rng, art, pool, g):
    host, name = rng.choice(SITES["regional_site"])
    sec = rng.choice(SECTIONS["regional_site"])
    w = When(rng)
    today = When(rng)
    ds = rng.choice(["ar", "fa", "fa"])
    paras, agency, credit = attribute(art, rng, rng.choice(["reporter", "reporter", "plain", "credit"]), name)
    p = Page()
    p.c(digits("امروز: " + today.words(), ds))
    p.c(name)
    for m in ["خانه", "استان", "شهرستان‌ها", "ورزش", "فرهنگ و هنر", "گزارش تصویری", "تماس با ما"]:
        p.c(m)
    p.blank()
    p.t(sec)
    p.blank()
    p.t(art["title"])
    p.blank()
    dl = digits(w.words(weekday=True, mah=rng.random() < 0.5) + " ساعت " + w.hm(), ds)
    p.c(dl)
    views = digits("بازدید: " + str(rng.randint(10, 999)), ds)
    p.c(views)
    p.blank()
    for x in paras:
        p.t(x); p.blank()
    p.c(rng.choice(["انتهای خبر", "پایان خبر/"]))
    if credit:
        p.c(credit)
    p.c("کلمات کلیدی: " + " - ".join(tags_of(rng)))
    p.c("اشتراک گذاری", "تلگرام", "واتساپ", "ایتا")
    p.c("آخرین اخبار")
    for h in headlines(rng, pool, 4):
        p.c(h)
    p.c("طراحی و اجرا: گروه نرم‌افزاری پارسیان", "تمامی حقوق محفوظ است ©")
    gold = dict(section=sec, title=art["title"], lead=None, surtitle=None, body=paras, agency=agency,
                published_iso=w.iso, published_jalali=w.jalali)
    return "txt", "\n".join(p.lines), gold, p.chrome, host


def fam_sports_mag(rng, art, pool, g):
    host, name = rng.choice(SITES["sports_mag"])
    sec = rng.choice(SECTIONS["sports_mag"])
    w = When(rng)
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "credit"]), name)
    lead = art["abstract"] if rng.random() < 0.5 else None
    author = rng.choice(PEOPLE)
    p = Page()
    p.c(name + " | " + "مجله ورزشی")
    p.c("فوتبال | کشتی | والیبال | بسکتبال | ویدیو | عکس")
    p.blank()
    p.t("دسته‌بندی: " + sec)
    p.t(art["title"])
    if lead:
        p.t(lead)
    p.c("نوشته: " + author)
    date_line = rng.choice([w.g.strftime("%Y/%m/%d - %H:%M"), w.gwords() + "، " + w.hm(), w.g.strftime("%d.%m.%Y")])
    has_date = not date_line.count(".") == 2
    p.c(date_line)
    p.c("زمان مطالعه: %d دقیقه" % rng.randint(2, 6))
    p.blank()
    for i, x in enumerate(paras):
        p.t(x)
        if i == 0 and len(paras) > 2 and rng.random() < 0.6:
            p.c("عکس: " + rng.choice(PEOPLE))
        elif i == 1 and len(paras) > 3 and rng.random() < 0.5:
            p.c(rng.choice(["بیشتر بخوانید:", "پیشنهاد ویژه:", "بخوانید:"]), rng.choice(pool)["title"])
    if credit:
        p.c(credit)
    p.blank()
    p.c("ما را در اینستاگرام دنبال کنید", "پربازدیدترین‌ها")
    for h in headlines(rng, pool, 5):
        p.c(h)
    p.c("دیدگاه‌ها (۰)", "اولین نفری باشید که نظر می‌دهید", "© %s - همه حقوق محفوظ است" % name)
    gold = dict(section=sec, title=art["title"], lead=lead, surtitle=None, body=paras, agency=agency,
                published_iso=w.iso if has_date else None,
                published_jalali=w.jalali if has_date else None)
    # «dd.mm.yyyy» is ambiguous: the gold says no date for it (lenient)
    if not has_date:
        p.chrome.remove(date_line)
        p.lines.remove(date_line)
    return "txt", "\n".join(p.lines), gold, p.chrome, host


def fam_blog_magazine(rng, art, pool, g):
    """WordPress-like magazine: no header section, «ارسال شده در … توسط …», author box, real comments."""
    host, name = rng.choice(SITES["blog_magazine"])
    sec = rng.choice(SECTIONS["blog_magazine"])
    w = When(rng)
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "credit", "quoted"]), name)
    author = rng.choice(PEOPLE)
    p = Page()
    p.c(name, "خانه  مقالات  اخبار  آموزش  درباره ما  تماس با ما", "جستجو برای:")
    p.blank()
    p.t(art["title"])
    p.c(digits("%s %s" % (w.words(weekday=False), w.hm()), "fa"))
    p.t("دسته: " + sec)
    p.blank()
    for x in paras:
        p.t(x); p.blank()
    if credit:
        p.c(credit)
    p.c("برچسب‌ها: " + "، ".join(tags_of(rng)))
    p.c("درباره نویسنده", author,
        "%s نویسنده و روزنامه‌نگار حوزه %s است و بیش از ده سال سابقه کار در رسانه‌های کشور را دارد." % (author, sec))
    k = rng.randint(1, 4)
    p.c(digits("%d دیدگاه" % k, "fa"))
    for _ in range(k):
        who = rng.choice(PEOPLE)
        p.c(who, digits(w.words(weekday=False), "fa"),
            rng.choice(["خیلی مطلب خوب و مفیدی بود، از نویسنده محترم تشکر می‌کنم.",
                        "به نظر من این تصمیم خیلی دیر گرفته شد و مردم ضرر زیادی کردند.",
                        "لطفا درباره این موضوع گزارش کامل‌تری هم منتشر کنید، ممنون."]), "پاسخ")
    p.c("دیدگاهتان را بنویسید", "نشانی ایمیل شما منتشر نخواهد شد.",
        "© %s کلیه حقوق برای %s محفوظ است." % (digits("1401", "fa"), name))
    gold = dict(section=sec, title=art["title"], lead=None, surtitle=None, body=paras, agency=agency,
                published_iso=w.iso, published_jalali=w.jalali)
    return "txt", "\n".join(p.lines), gold, p.chrome, host


def fam_broadcaster(rng, art, pool, g):
    """Broadcaster HTML: no <h1> (title in a classed <div>), paragraphs separated by <br>, a
    Persian date in a <span> with a telling class, the section only in the page <title>."""
    host, name = rng.choice(SITES["broadcaster"])
    sec = rng.choice(SECTIONS["broadcaster"])
    w = When(rng)
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "reporter"]), name)
    lead = art["abstract"] if rng.random() < 0.6 else None
    e = html.escape
    most = headlines(rng, pool, 4)
    text = f"""<html><head><meta charset="utf-8"><title>{e(name)} - {e(art['title'])}</title>
<meta property="og:title" content="{e(art['title'])}"><meta property="og:site_name" content="{e(name)}"></head>
<body><table class="top"><tr><td>{e(name)}</td><td><a>اخبار</a> <a>ورزش</a> <a>اقتصاد</a> <a>سیما</a></td></tr></table>
<div class="content"><div class="news_path"><a>صفحه اصلی</a> / <a>{e(sec)}</a></div>
<div class="news_title">{e(art['title'])}</div>
<span class="news_date">{e(digits(w.words() + " ساعت " + w.hm(), "fa"))}</span>
{('<div class="news_subtitle">' + e(lead) + '</div>') if lead else ''}
<div class="news_body">{'<br><br>'.join(e(x) for x in paras)}</div>
<div class="related"><b>اخبار مرتبط</b>{''.join('<div><a>' + e(h) + '</a></div>' for h in most)}</div></div>
<div class="copyright">کلیه حقوق این سایت متعلق به {e(name)} است.</div></body></html>"""
    chrome = [name, "اخبار مرتبط"] + most + ["کلیه حقوق این سایت متعلق به %s است." % name]
    gold = dict(section=sec, title=art["title"], lead=lead, surtitle=None, body=paras, agency=agency,
                published_iso=w.iso, published_jalali=w.jalali)
    return "html", text, gold, chrome, host


FAMILIES = {"service_agency": fam_service_agency, "daily_paper": fam_daily_paper,
            "gregorian_portal": fam_gregorian_portal, "regional_site": fam_regional_site, "sports_mag": fam_sports_mag,
            "blog_magazine": fam_blog_magazine, "broadcaster": fam_broadcaster}


# --------------------------------------------------------------------------------------------- negatives
def negative(rng, fam, kind, pool):
    host, name = rng.choice(SITES[fam])
    lines = [name, "خانه | سیاسی | اقتصادی | اجتماعی | ورزشی | فرهنگی", ""]
    if kind == "listing":
        lines += [rng.choice(["آخرین اخبار اقتصادی", "آرشیو اخبار ورزشی", "اخبار استان"]), ""]
        dated = rng.random() < 0.5
        for a in rng.sample(pool, rng.randint(8, 12)):
            w = When(rng)
            teaser = a["abstract"] if a["abstract"] else a["paragraphs"][0][:160]
            lines += [a["title"], teaser] + ([digits(w.words(weekday=False) + " - " + w.hm(), "fa")] if dated else
                                             [rng.choice(["ادامه مطلب", "بیشتر بخوانید", "ادامه خبر"])]) + [""]
        lines += ["صفحه بعد »", "۱ ۲ ۳ ۴ ۵ ... ۱۲۰"]
    elif kind == "chrome_only":
        lines += ["خطای ۴۰۴", "صفحه مورد نظر یافت نشد!",
                  "ممکن است آدرس صفحه را اشتباه وارد کرده باشید یا این صفحه حذف شده باشد.",
                  "بازگشت به صفحه اصلی", "جستجو در سایت"]
    elif kind == "arabic":
        lines += ["متن کامل دعا همراه با صوت", ""] + rng.sample(ARABIC, rng.randint(6, 9))
    elif kind == "empty":
        lines += [rng.choice(["گزارش تصویری", "ویدیو"]), rng.choice(pool)["title"], "عکس: " + rng.choice(PEOPLE)]
    lines += ["", "درباره ما | تماس با ما | تبلیغات", "تمامی حقوق برای %s محفوظ است." % name]
    text = "\n".join(lines)
    if rng.random() < 0.3:
        e = html.escape
        text = ("<html lang=\"fa\"><head><meta charset=\"utf-8\"><title>%s</title></head><body><div class=\"wrap\">%s</div></body></html>"
                % (e(name), "".join("<p>%s</p>" % e(x) for x in lines if x)))
        return "html", text, host
    return "txt", text, host


# --------------------------------------------------------------------------------------------- build
def edit_copy(rng, art, site_name):
    """A republished copy: dateline rewritten, maybe the last paragraph dropped, a title suffix."""
    a = dict(art)
    a["paragraphs"] = list(art["paragraphs"])
    edits = []
    if len(a["paragraphs"]) > 2 and rng.random() < 0.4:
        a["paragraphs"] = a["paragraphs"][:-1]
        edits.append("drop_last_paragraph")
    if rng.random() < 0.2:
        a["title"] = a["title"] + " + فیلم"
        edits.append("title_suffix")
    return a, edits


def build(out_dir, n: int = 150, seed: int = 1401) -> list[dict]:
    rng = random.Random(seed)
    arts = load_articles(900)
    rng.shuffle(arts)
    pool = arts[600:]
    out = Path(out_dir)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    fams = list(FAMILIES)
    plan = []  # (family, kind, article, cluster)
    ai = 0
    n_neg = max(4, n // 10)
    negs = ["listing", "chrome_only", "arabic", "empty"]
    for i in range(n_neg):
        plan.append((fams[i % len(fams)], negs[i % 4], None, None))
    ci = 0
    while len(plan) < n:
        art = arts[ai]; ai += 1
        if rng.random() < 0.2:
            k = rng.choice([2, 2, 3])
            cl = "unseen-c%03d" % ci; ci += 1
            for f in rng.sample(fams, k):
                plan.append((f, "article", art, cl))
        else:
            plan.append((rng.choice(fams), "article", art, None))
    plan = plan[:n]
    rng.shuffle(plan)
    gold_rows = []
    for idx, (fam, kind, art, cl) in enumerate(plan):
        prng = random.Random("%s-%d" % (seed, idx))
        how = {"zwnj": prng.choice([None, "delete", "delete", "space"]), "yk": prng.random() < 0.15,
               "nbsp": prng.random() < 0.25}
        if kind != "article":
            fmt, text, host = negative(prng, fam, kind, pool)
            gold = dict(section=None, title=None, lead=None, surtitle=None, body=[], agency=None,
                        published_iso=None, published_jalali=None)
            chrome, edits = [], []
        else:
            a, edits = (edit_copy(prng, art, fam) if cl else (art, []))
            fmt, text, gold, chrome, host = FAMILIES[fam](prng, a, pool, prng)
        if fmt == "html":  # corrupt the text between tags, never the markup
            text = "".join(part if part.startswith("<") else corrupt(part, prng, how)
                           for part in re.split(r"(<[^>]*>)", text))
        else:
            text = corrupt(text, prng, how)
        data = text.encode("utf-8")
        stem = "%03d_%s" % (idx, hashlib.blake2b(data, digest_size=8).hexdigest())
        (out / "pages" / (stem + "." + fmt)).write_bytes(data)
        gold_rows.append({
            "file": stem + "." + fmt, "id": stem, "split": "unseen", "family": fam, "site": host, "format": fmt,
            "kind": kind, "section": gold["section"], "title": gold["title"], "lead": gold["lead"],
            "surtitle": gold["surtitle"], "body_paragraphs": gold["body"], "agency": gold["agency"],
            "published_iso": gold["published_iso"], "published_jalali": gold["published_jalali"],
            "cluster": cl, "chrome_lines": [c for c in chrome if c and c.strip()
                                            and not any(c in b for b in gold["body"])],  # a site name in a dateline
            "corruptions": ["%s:1" % ("zwnj_" + v if k == "zwnj" else "arabic_yk" if k == "yk" else k)
                            for k, v in how.items() if v], "edits": edits,
        })
    with open(out / "gold.jsonl", "w", encoding="utf-8") as f:
        for r in gold_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return gold_rows


if __name__ == "__main__":
    rows = build(sys.argv[1] if len(sys.argv) > 1 else "/tmp/unseen", n=int(sys.argv[2]) if len(sys.argv) > 2 else 150)
    print(len(rows), "pages")
