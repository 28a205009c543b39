"""Held-out Persian news-site page families (split ``families_b``), with gold, for scoring the extractor.

Four families, written without looking at the extractor, each with 2-3 fictional sites:

- ``persian_broadcaster``: an international Persian-language broadcaster (Gregorian dates, UTC ``Z`` times
  in meta, «بیشتر بخوانید» boxes and image captions between paragraphs, topic tags, agency credited in
  prose or not at all);
- ``economic_daily``: an economic daily's site (print edition and page number, surtitle and lead,
  author signature under the body, breadcrumbs with «/» and «›», market tickers, update dates);
- ``regional_agency``: a provincial news agency (header "today" date in three calendars, vertical
  menus, «گروه: …» / «بخش …» labels, «کد خبر», reporter datelines and signatures, user comments);
- ``football_portal``: a football news site (live-score tickers, «author | date | comments» bylines with
  two-digit years, relative dates, app download lines, related posts with dates, previous/next posts).

Bodies are real articles from /work/shared/data/corpora/news-dev.jsonl.gz; gold follows the dev gold
format (/work/shared/data/dev-pages/README.md) and is checked with /work/shared/tools/score_pages.py.

    python tests/site_families_b.py OUT [--n 300] [--seed S]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import html
import json
import os
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import jdatetime

SPLIT = "families_b"
GENERATOR = "palayesh-families-b/1.0"
DEFAULT_SEED = "families-b-v1"


def _default_corpus():
    """news-dev.jsonl.gz from the shared folder next to the repository (or $PALAYESH_SHARED)."""
    here = Path(__file__).resolve().parent.parent
    for shared in (os.environ.get("PALAYESH_SHARED"), here.parent / "shared", here.parent.parent / "shared",
                   "/work/shared"):
        if shared and (Path(shared) / "data/corpora/news-dev.jsonl.gz").exists():
            return str(Path(shared) / "data/corpora/news-dev.jsonl.gz")
    return "/work/shared/data/corpora/news-dev.jsonl.gz"


# --------------------------------------------------------------------------------------------------
# Rates (share of pages).  Negatives and republications follow the dev set's orders of magnitude.
# --------------------------------------------------------------------------------------------------
RATES = {
    "html": 0.30,
    "negatives": 0.10,           # listing / chrome_only / arabic / empty, split by NEG_KINDS
    "cluster_articles": 0.20,    # share of article pages that belong to a republication cluster
    "recrawl": 0.12,             # share of clusters that also hold a second crawl of the same site
    "same_day_today": 0.2,       # header "today" date equal to the article's day
    # corruptions (each drawn per page)
    "zwnj_delete": 0.40, "zwnj_space": 0.20, "yk_body": 0.15, "yk_page": 0.05,
    "digits_fa": 0.35, "digits_ar": 0.05, "digits_ascii": 0.05, "nbsp": 0.25, "bidi": 0.15,
    "tatweel": 0.08, "double_space": 0.10, "entities_txt": 0.04, "crlf_txt": 0.05, "bom": 0.03,
    "cp1256_txt": 0.03, "arabic_strip_tashkeel": 0.5,
    # republication edits (copies after the first)
    "edit_dateline": 0.7, "edit_drop_last": 0.35, "edit_intro": 0.25, "edit_title": 0.15, "edit_typos": 0.4,
}
NEG_KINDS = [("listing", 0.36), ("chrome_only", 0.30), ("arabic", 0.24), ("empty", 0.10)]
CLUSTER_SIZES = [(2, 0.5), (3, 0.3), (4, 0.2)]

# --------------------------------------------------------------------------------------------------
# Calendars
# --------------------------------------------------------------------------------------------------
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_DIGIT_TABLES = {
    "fa": str.maketrans("0123456789" + AR_DIGITS, FA_DIGITS * 2),
    "ar": str.maketrans("0123456789" + FA_DIGITS, AR_DIGITS * 2),
    "ascii": str.maketrans(FA_DIGITS + AR_DIGITS, "0123456789" * 2),
}
JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                 "بهمن", "اسفند"]
GREG_MONTHS_FA = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
                  "نوامبر", "دسامبر"]
GREG_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
HIJRI_MONTHS = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان",
                "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه"]
WEEKDAYS_FA = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # date.weekday() order
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def digits(s, style):
    """Write every digit of ``s`` in one script: ``digits("1401/07/12", "fa") == "۱۴۰۱/۰۷/۱۲"``."""
    return s.translate(_DIGIT_TABLES[style])


def tehran_offset(local):
    """UTC offset of Tehran wall-clock time ``local`` (naive).

    Iran kept summer time from 2 Farvardin 00:00 to 30 Shahrivar 24:00, except in 1385-1386, and dropped
    it from 1402 on (tzdata Asia/Tehran)."""
    j = jdatetime.date.fromgregorian(date=local.date())
    summer = j.year not in (1385, 1386) and j.year < 1402 and (1, 2) <= (j.month, j.day) <= (6, 30)
    return dt.timedelta(hours=4, minutes=30) if summer else dt.timedelta(hours=3, minutes=30)


def iso_local(local, seconds=True):
    """``2019-03-19T18:41:00+03:30`` for Tehran wall-clock time ``local``."""
    off = tehran_offset(local)
    h, m = divmod(int(off.total_seconds()) // 60, 60)
    stamp = local.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")
    return "%s+%02d:%02d" % (stamp, h, m)


def iso_utc(local, millis=False):
    """The same instant in UTC with ``Z``; after midnight in Tehran this is still the previous day."""
    utc = local - tehran_offset(local)
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if millis else "Z")


def hijri(day):
    """Tabular (civil) Hijri-qamari date of a Gregorian date: (year, month, day). Off by a day at most,
    as the printed headers of Iranian sites often are."""
    jd = day.toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    return 30 * n + j - 30, m, l - (709 * m) // 24


@dataclass(frozen=True)
class When:
    """One moment in Tehran wall-clock time, with every calendar a page may show it in."""
    local: dt.datetime

    @property
    def j(self):
        return jdatetime.date.fromgregorian(date=self.local.date())

    def parts(self):
        j, g = self.j, self.local
        hy, hm, hd = hijri(g.date())
        return {"jy": j.year, "jm": j.month, "jd": j.day, "jmn": JALALI_MONTHS[j.month - 1],
                "gy": g.year, "gm": g.month, "gd": g.day, "gmn": GREG_MONTHS_FA[g.month - 1],
                "gmen": GREG_MONTHS_EN[g.month - 1], "wd": WEEKDAYS_FA[g.weekday()],
                "wden": WEEKDAYS_EN[g.weekday()], "hh": g.hour, "mi": g.minute,
                "hy": hy, "hmn": HIJRI_MONTHS[hm - 1], "hd": hd, "yy": j.year % 100}

    def show(self, style, digit="fa"):
        """Format with one of DATE_STYLES, e.g. ``show("j_words_wd_time")`` -> «یکشنبه ۱۲ تیر ۱۴۰۱ ساعت ۲۰:۱۵»."""
        return digits(DATE_STYLES[style].format(**self.parts()), digit)

    def iso(self):
        return self.local.strftime("%Y-%m-%d")

    def jalali(self):
        j = self.j
        return "%04d/%02d/%02d" % (j.year, j.month, j.day)


# Ways sites print a date.  {yy} = two-digit Jalali year («۱۲ مهر ۹۸»).
DATE_STYLES = {
    "j_words": "{jd} {jmn} {jy}",
    "j_words_wd": "{wd} {jd} {jmn} {jy}",
    "j_words_wd_time": "{wd} {jd} {jmn} {jy} ساعت {hh:02d}:{mi:02d}",
    "j_words_time_dash": "{jd} {jmn} {jy} - {hh:02d}:{mi:02d}",
    "j_words_yy": "{jd} {jmn} {yy:02d}",
    "j_num": "{jy}/{jm:02d}/{jd:02d}",
    "j_num_time": "{jy}/{jm:02d}/{jd:02d} - {hh:02d}:{mi:02d}",
    "j_num_time_bar": "{jy}/{jm:02d}/{jd:02d} | {hh:02d}:{mi:02d}",
    "j_num_time_saat": "{jy}/{jm:02d}/{jd:02d} ساعت {hh:02d}:{mi:02d}",
    "time_j_num": "{hh:02d}:{mi:02d} - {jy}/{jm:02d}/{jd:02d}",
    "j_num_yy_time": "{yy:02d}/{jm}/{jd} {hh:02d}:{mi:02d}",
    "j_words_yy_at": "{jd} {jmn} {yy:02d} در {hh:02d}:{mi:02d}",
    "g_words": "{gd} {gmn} {gy}",
    "g_words_wd": "{wd} {gd} {gmn} {gy}",
    "g_words_j": "{gd} {gmn} {gy} - {jd} {jmn} {jy}",
    "g_num_dmy": "{gd:02d}/{gm:02d}/{gy}",
    "g_num_dmy_time": "{gd:02d}/{gm:02d}/{gy} - {hh:02d}:{mi:02d}",
    "g_en": "{gd} {gmen} {gy}",
    "g_en_wd": "{wden}, {gmen} {gd}, {gy}",
    "hijri": "{hd} {hmn} {hy}",
    "time": "{hh:02d}:{mi:02d}",
}


# --------------------------------------------------------------------------------------------------
# Text helpers (the scorer's canonical form, used to keep chrome and body apart)
# --------------------------------------------------------------------------------------------------
ZWNJ = "\u200c"


def canon(s):
    """Letters and digits only, ی/ک/ه unified, ASCII digits: how score_pages.py compares text."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = (s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ۀ", "ه").replace("ة", "ه")
         .translate(_DIGIT_TABLES["ascii"]))
    return "".join(ch for ch in s if ch.isalnum() and ch != "\u0640")


def leaks(c, p):
    """score_pages.py's test that chrome line ``c`` shows inside paragraph ``p`` (both canonical)."""
    if not c or not p:
        return False
    return c == p or (len(c) >= 8 and (p.startswith(c) or p.endswith(c))) or (len(c) >= 15 and c in p)


def squash(s):
    return re.sub(r"\s+", " ", s or "").strip()


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def pick(rng, weighted):
    """One value from [(value, weight), ...]."""
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for v, w in weighted:
        x -= w
        if x < 0:
            return v
    return weighted[-1][0]


def slug(rng, n=4):
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def fa_num(n, sep="٬"):
    """A grouped number in Persian digits: ``fa_num(31450) == "۳۱٬۴۵۰"``."""
    return digits(format(n, ",").replace(",", sep), "fa")


# --------------------------------------------------------------------------------------------------
# Agencies: the canonical short names gold uses, and ways pages name them
# --------------------------------------------------------------------------------------------------
AGENCIES = ["فارس", "ورزش سه", "مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"]
# names a dateline («به گزارش <name>،») may use
DATELINE_NAMES = {
    "فارس": ["خبرگزاری فارس", "فارس"],
    "ورزش سه": ["\"ورزش سه\"", "ورزش سه", "سایت ورزش سه"],
    "مهر": ["خبرگزاری مهر", "مهر"],
    "ایسنا": ["ایسنا", "خبرگزاری ایسنا", "خبرگزاری دانشجویان ایران"],
    "تسنیم": ["تسنیم", "خبرگزاری تسنیم"],
    "ایرنا": ["ایرنا", "خبرگزاری جمهوری اسلامی"],
    "ایلنا": ["ایلنا", "خبرگزاری ایلنا"],
}
# names a credit line after the body may use (more spellings: sites type them by hand)
CREDIT_NAMES = {
    "فارس": ["فارس", "خبرگزاری فارس", "فارس نیوز", "خبرگزاري فارس"],
    "ورزش سه": ["ورزش سه", "ورزش۳", "ورزش 3", "ورزش‌سه", "وب‌سایت ورزش سه"],
    "مهر": ["مهر", "خبرگزاری مهر", "مهرنیوز"],
    "ایسنا": ["ایسنا", "خبرگزاری ایسنا", "ISNA / ایسنا"],
    "تسنیم": ["تسنیم", "خبرگزاری تسنیم", "تسنیم نیوز"],
    "ایرنا": ["ایرنا", "خبرگزاری ایرنا", "خبرگزاری جمهوری اسلامی ایران (ایرنا)"],
    "ایلنا": ["ایلنا", "خبرگزاری کار ایران (ایلنا)", "خبرگزاری ایلنا"],
}
# sources a page may credit that are not agencies: gold agency stays null
OTHER_SOURCES = ["روزنامه همشهری", "دنیای اقتصاد", "خبرآنلاین", "روزنامه شرق", "عصر ایران", "اکو ایران",
                 "روزنامه جام جم", "پایگاه اطلاع‌رسانی دولت", "روابط عمومی استانداری"]

_AG = r"(?:فارس|مهر|ایسنا|تسنیم|ایرنا|ایلنا)"
# an agency named in a dateline head («خبرگزاری فارس از تبریز», «"ورزش سه" و به نقل از ...»)
HEAD_AGENCY = [
    ("ورزش سه", re.compile(r"\"?ورزش[\s\u200c]*(?:سه|3|۳)\"?")),
    ("فارس", re.compile(r"(?:خبرگزار[یي]\s+)?فارس(?!ی)")),
    ("مهر", re.compile(r"خبرگزار[یي]\s+مهر|^مهر(?![\w])|(?:نقل\s+از|خبرنگار(?:\s+\S+){0,2})\s+مهر(?![\w])")),
    ("ایسنا", re.compile(r"(?:خبرگزار[یي]\s+)?ایسنا")),
    ("تسنیم", re.compile(r"(?:خبرگزار[یي]\s+)?تسنیم")),
    ("ایرنا", re.compile(r"(?:خبرگزار[یي]\s+)?ایرنا")),
    ("ایلنا", re.compile(r"(?:خبرگزار[یي]\s+)?ایلنا")),
]
# any mention of an agency in running text (a body that names one cannot be re-credited)
MENTION_RE = re.compile(r"خبرگزار[یي]\s+" + _AG + r"|خبرنگار[^،.\n]{0,30}?" + _AG + r"(?![\w])"
                        r"|(?:گزارش|نقل\s+از|منبع:?)\s+\"?" + _AG + r"(?![\w])"
                        r"|ورزش[\s\u200c]*(?:سه|3|۳)|(?<![\w])(?:ایسنا|ایرنا|تسنیم|ایلنا|فارس نیوز)(?![\w])")
LEAD_CREDIT_RE = re.compile(r"^\s*خبرگزار[یي]\s+فارس\s*[:：]\s*")
DATELINE_RE = re.compile(r"^به\s+گزارش\s+(?P<head>[^،,\n]{2,90}?)\s*[،,]\s*")


def _fa_letters(s):
    """ي/ك as ی/ک (same length, so spans found in the result hold for ``s``): older Fars copy uses both."""
    return (s or "").replace("ي", "ی").replace("ك", "ک")


def mentions_agency(text):
    return bool(MENTION_RE.search(_fa_letters(text)))


def mentioned_agency(text):
    """The canonical agency a running text names first: «... به خبرنگار ایسنا گفت» -> «ایسنا»."""
    m = MENTION_RE.search(_fa_letters(text))
    if not m:
        return None
    hit = m.group(0)
    if re.search(r"ورزش[\s\u200c]*(?:سه|3|۳)", hit):
        return "ورزش سه"
    if "فارس" in hit:
        return "فارس"
    for name in ("مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"):
        if name in hit:
            return name
    return None


def head_agency(head):
    """The canonical agency a dateline head names, and the matched span.

    ``head_agency("خبرگزاری فارس از تبریز") == ("فارس", (0, 13))``; «خبرگزاری فرانسه» names none."""
    for name, rx in HEAD_AGENCY:
        m = rx.search(_fa_letters(head))
        if m:
            return name, m.span()
    return None, None


# --------------------------------------------------------------------------------------------------
# Source articles
# --------------------------------------------------------------------------------------------------
# paragraphs that are themselves end markers or credits: such articles are left out, since their gold
# would be ambiguous (is «عکس: ...» body or chrome?)
MARKER_RE = re.compile(r"^(?:انتهای\s*(?:پیام|متن|خبر)|پایان\s*(?:پیام|خبر)|ادامه\s+دارد|عکس\s*(?:ها)?\s*[:：]"
                       r"|عکس\s+از|عکاس\s*[:：]|بازگشت\s+به|منبع\s*[:：]|یادداشت\s*[:：]|لینک)")
FARS_TOPIC = {
    "politics": "politics", "foreign-policy": "politics", "viewpoint": "politics", "economy": "economy",
    "social": "society", "world": "world", "sports": "sports", "culture": "culture", "arts-media": "culture",
    "farsplus-magazine": "culture", "scientific-academic": "science", "": "society",
}
IRAN_FOOTBALL = ["پرسپولیس", "استقلال", "سپاهان", "تراکتور", "لیگ برتر", "تیم ملی", "ذوب", "فولاد", "سایپا",
                 "پیکان", "صنعت نفت", "نساجی", "گل گهر", "کی روش", "کی‌روش", "اسکوچیچ", "فدراسیون فوتبال"]
OTHER_SPORTS = ["والیبال", "کشتی", "بسکتبال", "فوتسال", "وزنه‌برداری", "وزنه برداری", "تکواندو", "دوومیدانی",
                "شنا", "جودو", "هندبال", "تنیس", "کاراته", "بوکس", "دوچرخه"]
WORLD_FOOTBALL = ["رئال", "بارسا", "بارسلونا", "لیورپول", "منچستر", "چلسی", "یوونتوس", "بایرن", "آرسنال", "میلان",
                  "اینتر", "لیگ قهرمانان اروپا", "لالیگا", "سری آ", "بوندس", "پاری سن ژرمن", "دورتموند", "تاتنهام"]


@dataclass
class Source:
    key: str
    link: str
    dataset: str
    topic: str        # politics economy society world sports culture science province
    sub: str          # for sports: football_iran | football_world | other_sports
    title: str
    abstract: str
    paragraphs: list
    tags: list
    stamp: dt.date    # publication day as far as the source tells (fars ids carry it)
    mentions: bool = False  # names an agency outside its dateline («به خبرنگار فارس گفت»)


def _sports_sub(title, text):
    """Which sports desk a story belongs to: the title decides, else the keyword counts of the text."""
    for words, sub in ((OTHER_SPORTS, "other_sports"), (IRAN_FOOTBALL, "football_iran"),
                       (WORLD_FOOTBALL, "football_world")):
        if any(w in title for w in words):
            return sub
    hits = {sub: sum(text.count(w) for w in words) for words, sub in
            ((OTHER_SPORTS, "other_sports"), (IRAN_FOOTBALL, "football_iran"), (WORLD_FOOTBALL, "football_world"))}
    best = max(hits, key=hits.get)
    return best if hits[best] else "football_world"


def _fars_day(news_id):
    """Fars news ids start with the Jalali date: 13970506001199 -> 1397/05/06, 8511230317 -> 1385/11/23."""
    y, m, d = ((int(news_id[:4]), int(news_id[4:6]), int(news_id[6:8])) if len(news_id) == 14
               else (1300 + int(news_id[:2]), int(news_id[2:4]), int(news_id[4:6])))
    try:
        return jdatetime.date(y, m, d).togregorian()
    except ValueError:
        return None


def _varzesh3_day(code):
    """Varzesh3 ids carry no date: spread them over the years the ids cover (piecewise linear)."""
    points = [(975000, dt.date(2011, 6, 1)), (1739597, dt.date(2021, 2, 23)), (1800000, dt.date(2021, 12, 1))]
    for (c0, d0), (c1, d1) in zip(points, points[1:]):
        if code <= c1:
            frac = max(0.0, (code - c0) / (c1 - c0))
            return d0 + dt.timedelta(days=int(frac * (d1 - d0).days))
    return points[-1][1]


def load_sources(path):
    """The usable articles of the corpus, deduplicated by title and opening."""
    out, seen = [], set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            paras = [squash(p) for p in r.get("paragraphs") or []]
            paras = [p for p in paras if len(canon(p)) >= 2]
            title = squash(r.get("title"))
            if not title or not paras or len(paras) > 25 or any(MARKER_RE.match(p) for p in paras):
                continue
            if len(paras) == 1 and len(paras[0]) < 200:
                continue
            head = split_dateline(paras[0])[0]
            if head and len({a for a, rx in HEAD_AGENCY if rx.search(_fa_letters(head))}) > 1:
                continue  # «"ورزش سه" و به نقل از تسنیم»: which one gold should name is a matter of taste
            keys = (canon(title), canon(paras[0])[:80])
            if keys[0] in seen or keys[1] in seen:
                continue
            seen.update(keys)
            text = title + " " + " ".join(paras)
            if r["dataset"] == "fars":
                news_id = re.search(r"/news/(\d+)", r["link"]).group(1)
                cat = r.get("cat") or ""
                topic = FARS_TOPIC.get(cat, "province")
                key, day = "fars:" + news_id, _fars_day(news_id)
            else:
                topic, key, day = "sports", "v3:%s" % r["code"], _varzesh3_day(int(r["code"]))
            if day is None:
                continue
            rest = [split_dateline(paras[0])[1]] + paras[1:]
            out.append(Source(key=key, link=r["link"], dataset=r["dataset"], topic=topic,
                              mentions=any(mentions_agency(p) for p in rest),
                              sub=_sports_sub(title, text) if topic == "sports" else "",
                              title=title, abstract=squash(r.get("abstract")), paragraphs=paras,
                              tags=[squash(t) for t in r.get("tags") or [] if squash(t) and not mentions_agency(t)
                                    and "خبرگزاری" not in t][:6], stamp=day))
    return out


def story_time(rng, day, night=0.1):
    """A wall-clock time for a story of ``day``; a share ``night`` falls after midnight, where the UTC
    day is the previous one.  Times that do not exist or repeat around a summer-time switch are moved."""
    if rng.random() < night:
        hh = rng.randint(0, 3)
    else:
        hh = pick(rng, [(h, 1.0) for h in range(7, 24)])
    local = dt.datetime(day.year, day.month, day.day, hh, rng.randrange(60))
    j = jdatetime.date.fromgregorian(date=day)
    if (j.month, j.day) in ((1, 2), (6, 30)) and hh in (0, 23):
        local = local.replace(hour=12)
    return When(local)


# --------------------------------------------------------------------------------------------------
# Stories: a source as one site shows it (dateline kept, re-credited, rewritten or removed)
# --------------------------------------------------------------------------------------------------
@dataclass
class Story:
    src: Source
    title: str
    lead: str | None
    paragraphs: list
    when: When
    agency: str | None = None        # agency named by the dateline of paragraphs[0]
    credit: tuple | None = None      # (canonical agency or None, name shown) for a credit line
    reattributed: str | None = None  # the agency the source named before re-crediting
    edits: list = field(default_factory=list)
    cluster: str | None = None
    home: str | None = None          # short name of the site that first ran it

    def gold_agency(self):
        return self.agency or (self.credit[0] if self.credit else None)

    def copy(self, **kw):
        d = dict(self.__dict__)
        d.update(paragraphs=list(self.paragraphs), edits=list(self.edits))
        d.update(kw)
        return Story(**d)


def split_dateline(p):
    """(head, rest) of «به گزارش <head>، <rest>», or (None, p)."""
    m = DATELINE_RE.match(p)
    return (m.group("head"), p[m.end():]) if m else (None, p)


def source_agency(src):
    """The agency the source itself is from: its dateline's, else the dataset's."""
    head, _ = split_dateline(src.paragraphs[0])
    named = head_agency(head)[0] if head else None
    return named or ("فارس" if src.dataset == "fars" else "ورزش سه")


def prepare_story(rng, src, family, site):
    """Decide how ``site`` credits the source: keep the dateline, re-credit it to another agency, turn it
    into the site's own reporting, or move the credit to a line under the body."""
    paras = list(src.paragraphs)
    head, rest = split_dateline(paras[0])
    named, span = head_agency(head) if head else (None, None)
    lead = src.abstract if len(src.abstract) >= 40 and canon(src.abstract) != canon(paras[0]) else None
    mode = pick(rng, family.credit_modes)
    if lead and mode != "keep":
        lead = LEAD_CREDIT_RE.sub("", lead)  # «خبرگزاری فارس: ...» is rewritten with the dateline
    mentioned = [mentioned_agency(p) for p in [rest, lead or ""] + paras[1:]]
    mentioned = [m for m in mentioned if m]
    st = Story(src=src, title=src.title, lead=lead, paragraphs=paras, when=story_time(rng, src.stamp, family.night),
               agency=named, home=site["short"])
    if mentioned and mode in ("reattribute", "own"):
        mode = "keep"
    if mentioned and not named:
        # the story names its agency only in passing («در گفت‌وگو با خبرنگار فارس»): the page credits it
        # outright too, so that gold need not decide whether a passing mention is a credit
        mode = "credit"
    mentions = bool(mentioned)
    if mode == "reattribute" and named:
        new = rng.choice([a for a in AGENCIES if a not in (named, "ورزش سه")])
        head2 = head[:span[0]] + rng.choice(DATELINE_NAMES[new]) + head[span[1]:]
        paras[0] = "به گزارش %s، %s" % (head2, rest)
        st.agency, st.reattributed = new, named
    elif mode == "own" and named:
        head2 = family.own_head(rng, site, head, span)
        paras[0] = "به گزارش %s، %s" % (head2, rest) if head2 else rest
        st.agency = None
    elif mode == "credit":
        origin = named or (mentioned[0] if mentioned else source_agency(src))
        if not mentions and rng.random() < 0.25:
            st.credit, st.agency = (None, rng.choice(OTHER_SOURCES)), None
            paras[0] = rest
        else:
            st.credit = (origin, rng.choice(CREDIT_NAMES[origin]))
            if named and not mentions and rng.random() < 0.5:
                paras[0], st.agency = rest, None
    paras = [p for p in paras if canon(p)]
    st.paragraphs = paras
    # a rewritten head may still name an agency («به گزارش تراز اقتصاد و به نقل از فارس»): gold follows
    # the dateline as it now reads
    head2, _ = split_dateline(paras[0])
    st.agency = head_agency(head2)[0] if head2 else None
    if st.agency and st.credit and st.credit[0] != st.agency:
        st.credit = None
    return st


INTRO_SENTENCES = ["در ادامه جزئیات این خبر را می‌خوانید.", "متن کامل این خبر به شرح زیر است:",
                   "این خبر از ساعاتی پیش در شبکه‌های اجتماعی دست‌به‌دست می‌شود.",
                   "خبری که در ادامه می‌آید توجه بسیاری از مخاطبان را جلب کرده است.",
                   "به این گزارش توجه کنید.", "جزئیات بیشتر را در ادامه بخوانید."]
TITLE_SUFFIXES = [" + عکس", " (فیلم)", " / جزئیات", " + جزئیات", "؛ گزارش تصویری", " | ویدیو", " (+عکس)"]
_LETTERS = re.compile(r"^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{4,}$")


# words a typo must not touch: a misspelt agency name would change what the page credits
_NO_TYPO = {w for names in list(DATELINE_NAMES.values()) + list(CREDIT_NAMES.values()) for n in names
            for w in re.split(r"[\s\"()/]+", n) if w}


def add_typos(rng, paras, k):
    """Swap, drop or double a letter in ``k`` words: «اقتصادی» -> «اقتصدای»."""
    paras = list(paras)
    done = 0
    for _ in range(k * 6):
        if done >= k:
            break
        i = rng.randrange(len(paras))
        words = paras[i].split(" ")
        cand = [n for n, w in enumerate(words) if _LETTERS.match(w) and w not in _NO_TYPO]
        if not cand:
            continue
        n = rng.choice(cand)
        w = words[n]
        at = rng.randrange(1, len(w) - 1)
        how = rng.choice(["swap", "drop", "double"])
        if how == "swap":
            new = w[:at] + w[at + 1] + w[at] + w[at + 2:]
        elif how == "drop":
            new = w[:at] + w[at + 1:]
        else:
            new = w[:at] + w[at] + w[at:]
        if canon(new) == canon(w) or _fa_letters(new) in _NO_TYPO:
            continue  # no change, or a new agency name («ایران» -> «ایرنا»)
        words[n] = new
        paras[i] = " ".join(words)
        done += 1
    return paras, done


def republish(rng, base, site, same_site=False):
    """A lightly edited copy of ``base`` as another site (or a second crawl of the same one) runs it."""
    st = base.copy(edits=[], reattributed=base.reattributed)
    if same_site:
        st.edits = ["recrawl_same_site"]
        return st
    paras = list(st.paragraphs)
    if rng.random() < RATES["edit_dateline"]:
        _, rest = split_dateline(paras[0])
        ag = base.gold_agency()
        if ag:
            named = rng.choice(DATELINE_NAMES[ag])
        else:
            named = base.credit[1] if base.credit else base.home
        paras[0] = "به گزارش %s به نقل از %s، %s" % (site["short"], named, rest)
        st.agency = ag
        if rng.random() < 0.5:
            st.credit = None
        st.edits.append("dateline_rewrite")
    if len(paras) >= 3 and rng.random() < RATES["edit_drop_last"]:
        paras.pop()
        st.edits.append("drop_last_paragraph")
    if rng.random() < RATES["edit_intro"]:
        intro = rng.choice(INTRO_SENTENCES)
        if rng.random() < 0.6:
            paras.insert(0, intro)
        else:
            paras[0] = intro + " " + paras[0]
        st.edits.append("intro_sentence")
    if rng.random() < RATES["edit_title"]:
        st.title = base.title + rng.choice(TITLE_SUFFIXES)
        st.edits.append("title_suffix")
    if rng.random() < RATES["edit_typos"]:
        paras, k = add_typos(rng, paras, rng.randint(1, 3))
        if k:
            st.edits.append("typos:%d" % k)
    st.paragraphs = paras
    return st


# --------------------------------------------------------------------------------------------------
# Corruptions, counted as the gold's ``name:count``
# --------------------------------------------------------------------------------------------------
_JOINERS = set("بپتثجچحخسشصضطظعغفقکگلمنهیئيك")  # letters a tatweel may follow
_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0653-\u0655]")
_YK = str.maketrans("یک", "يك")


class Corruptor:
    """Damage the text of one page the way crawls and old CMSs do, and count every change."""

    def __init__(self, rng, fmt, kind):
        self.rng, self.fmt, self.counts = rng, fmt, {}
        r = rng.random()
        self.zwnj = "delete" if r < RATES["zwnj_delete"] else ("space" if r < RATES["zwnj_delete"] + RATES["zwnj_space"]
                                                                else None)
        r = rng.random()
        self.yk = "page" if r < RATES["yk_page"] else ("body" if r < RATES["yk_page"] + RATES["yk_body"] else None)
        r = rng.random()
        self.digits = pick(rng, [("fa", RATES["digits_fa"]), ("ar", RATES["digits_ar"]),
                                 ("ascii", RATES["digits_ascii"]),
                                 (None, 1 - RATES["digits_fa"] - RATES["digits_ar"] - RATES["digits_ascii"])])
        def on(name):
            return rng.random() < RATES[name]
        self.nbsp, self.bidi, self.tatweel, self.double = on("nbsp"), on("bidi"), on("tatweel"), on("double_space")
        txt = fmt == "txt"
        self.entities, self.crlf, self.cp1256 = txt and on("entities_txt"), txt and on("crlf_txt"), txt and on("cp1256_txt")
        self.bom = on("bom")
        self.strip_tashkeel = kind == "arabic" and on("arabic_strip_tashkeel")

    def _n(self, name, k):
        if k:
            self.counts[name] = self.counts.get(name, 0) + k

    def _zwnj(self, s):
        if self.zwnj and ZWNJ in s:
            self._n("zwnj_" + self.zwnj, s.count(ZWNJ))
            s = s.replace(ZWNJ, "" if self.zwnj == "delete" else " ")
        return s

    def _yk(self, s):
        self._n("arabic_yk", sum(s.count(c) for c in "یک"))
        return s.translate(_YK)

    def _spaces(self, s, rate, new, name):
        out, k = [], 0
        for ch in s:
            if ch == " " and self.rng.random() < rate:
                out.append(new)
                k += 1
            else:
                out.append(ch)
        self._n(name, k)
        return "".join(out)

    def body(self, s):
        """Title, lead, surtitle and body paragraphs."""
        if self.strip_tashkeel:
            self._n("arabic_no_tashkeel", len(_TASHKEEL.findall(s)))
            s = _TASHKEEL.sub("", s)
        if self.yk:
            s = self._yk(s)
        if self.digits:
            new = digits(s, self.digits)
            self._n("digits_" + self.digits, sum(a != b for a, b in zip(s, new)))
            s = new
        s = self._zwnj(s)
        if self.tatweel and self.rng.random() < 0.35:
            words = s.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) >= 4 and w[1] in _JOINERS and w[2] in _JOINERS]
            if cand:
                i = self.rng.choice(cand)
                words[i] = words[i][:2] + "\u0640" + words[i][2:]
                s = " ".join(words)
                self._n("tatweel", 1)
        if self.nbsp:
            s = self._spaces(s, 0.06, "\u00a0", "nbsp")
        if self.double:
            s = self._spaces(s, 0.04, "  ", "double_space")
        if self.bidi and self.rng.random() < 0.5:
            s = s + "\u200f"
            self._n("bidi_marks", 1)
        if self.entities:
            k = s.count('"')
            s = s.replace('"', "&quot;")
            self._n("html_entities", k)
            s2 = self._spaces(s, 0.02, "&nbsp;", "html_entities")
            s = s2
        return s

    def chrome(self, s):
        """Menus, dates, footers...: the page-wide damage only."""
        if self.yk == "page":
            s = self._yk(s)
        s = self._zwnj(s)
        if self.bidi and self.rng.random() < 0.15:
            s = "\u200f" + s
            self._n("bidi_marks", 1)
        return s

    def meta(self, s):
        """Attribute values (og:title, JSON-LD): only what a broken database would store."""
        return s.translate(_YK) if self.yk == "page" else s

    def finish(self, text):
        """The page's bytes: line endings, BOM and legacy encoding."""
        if self.crlf:
            self._n("crlf", text.count("\n"))
            text = text.replace("\n", "\r\n")
        if self.cp1256:
            legacy = digits(text, "ascii").replace("ی", "ي").replace("ۀ", "ه")
            try:
                data = legacy.encode("cp1256")
                self._n("encoding_cp1256", 1)
                return data
            except UnicodeEncodeError:
                pass  # a character Windows-1256 lacks: keep this page in UTF-8
        if self.bom:
            self._n("bom", 1)
            text = "\ufeff" + text
        return text.encode("utf-8")

    def listed(self):
        return ["%s:%d" % kv for kv in sorted(self.counts.items())]


# --------------------------------------------------------------------------------------------------
# Pages as blocks, flattened to text or written as HTML in a site's own DOM
# --------------------------------------------------------------------------------------------------
@dataclass
class Block:
    """One visible block of a page.

    kind: lines | menu | crumbs | list | label | surtitle | title | lead | byline | body | comments.
    items: strings, or tuples (list rows: title then date..., lines: ("time", text, iso)), or for
    ``body`` ("p", text) / ("insert", Block), or for ``comments`` (name, date, text)."""
    kind: str
    items: list = field(default_factory=list)
    cls: str = ""
    sep: str | None = None     # txt: the items on one line joined by sep
    head: str | None = None    # a list's heading
    zone: str = "main"         # header | main | aside | footer
    gap: float | None = None   # chance of a blank line after it in txt (None: the site's habit)


CONTENT_KINDS = {"surtitle", "title", "lead"}


def _item_text(it):
    return it[1] if isinstance(it, tuple) and it and it[0] in ("time", "link") else it


class TxtPage:
    """A page flattened to text the way crawlers store it: one block a line, blank lines between some."""

    def __init__(self, ctx):
        self.ctx, self.out, self.chrome = ctx, [], []

    def _line(self, s, content=False):
        if s is None or s == "":
            return
        self.out.append(self.ctx.cor.body(s) if content else self.ctx.cor.chrome(s))
        if not content:
            self.chrome.append(s)

    def _blank(self, p):
        if self.ctx.rng.random() < p:
            self.out.append("")

    def block(self, b):
        site = self.ctx.site
        k = b.kind
        if k in CONTENT_KINDS:
            self._line(b.items[0], content=True)
        elif k == "body":
            for n, (what, x) in enumerate(b.items):
                if n:
                    self._blank(site.get("body_gap", 0.6))
                if what == "p":
                    self._line(x, content=True)
                else:
                    self.block(x)
        elif k == "comments":
            if b.head:
                self._line(b.head)
            for name, when, text in b.items:
                self._line(name)
                self._line(when)
                self._line(text)
                self._line(site.get("reply", "پاسخ"))
        elif k == "list":
            if b.head:
                self._line(b.head)
            for it in b.items:
                parts = list(it) if isinstance(it, tuple) else [it]
                if b.sep:
                    self._line(b.sep.join(parts))
                    self.chrome.extend(parts)
                else:
                    for x in parts:
                        self._line(x)
        elif k == "figure":
            for x in b.items:
                self._line(x)
        else:  # lines, menu, crumbs, label, byline
            texts = [_item_text(it) for it in b.items]
            if b.sep is not None and len(texts) > 1:
                self._line(b.sep.join(texts))
                self.chrome.extend(texts)
            else:
                for x in texts:
                    self._line(x)
        if k != "body":
            self._blank(site.get("gap", 0.45) if b.gap is None else b.gap)

    def render(self, blocks):
        for b in blocks:
            self.block(b)
        text = "\n".join(self.out)
        text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
        return text


class HtmlPage:
    """A page written as HTML in one site's skin (tag and class names, paragraph habits)."""

    def __init__(self, ctx, skin):
        self.ctx, self.skin, self.chrome = ctx, skin, []

    def c(self, s):
        """Visible chrome text."""
        self.chrome.append(s)
        return esc(self.ctx.cor.chrome(s))

    def t(self, s, markup=False):
        """Visible content text, with the site's inline tags and ZWNJ entity habits."""
        s = self.ctx.cor.body(s)
        rng, host = self.ctx.rng, self.ctx.site["host"]
        words = s.split(" ")
        if markup and self.skin.get("markup") and len(words) >= 8 and rng.random() < 0.4:
            i, k = rng.randrange(0, len(words) - 4), rng.randint(1, 3)
            tag = rng.choice(["strong", "a", "span", "b"])
            open_ = {"a": '<a href="https://%s/tag/%s" target="_blank">' % (host, slug(rng, 6)),
                     "span": '<span style="color:#1f4e79">'}.get(tag, "<%s>" % tag)
            pre, mid, post = " ".join(words[:i]), " ".join(words[i:i + k]), " ".join(words[i + k:])
            out = (esc(pre) + " " if pre else "") + open_ + esc(mid) + "</%s>" % tag + (" " + esc(post) if post else "")
        else:
            out = esc(s)
        if self.skin.get("zwnj_entity"):
            out = out.replace(ZWNJ, "&zwnj;")
        return out

    def _href(self):
        return "/%s/%d" % (self.ctx.rng.choice(["news", "fa", "service", "category", "x"]), self.ctx.rng.randrange(10, 9999))

    def item(self, it, tag="span"):
        if isinstance(it, tuple) and it[0] == "time":
            return '<time datetime="%s">%s</time>' % (it[2], self.c(it[1]))
        if isinstance(it, tuple) and it[0] == "link":
            return '<a href="%s">%s</a>' % (attr(it[2]), self.c(it[1]))
        return "<%s>%s</%s>" % (tag, self.c(it), tag)

    def block(self, b):
        sk, k, cls = self.skin, b.kind, b.cls
        if k in CONTENT_KINDS:
            return sk[k].format(cls=cls, text=self.t(b.items[0]))
        if k == "label":
            return '<div class="%s"><a href="%s">%s</a></div>' % (cls, self._href(), self.c(b.items[0]))
        if k == "menu":
            lis = "".join('<li><a href="%s">%s</a></li>' % (self._href(), self.c(x)) for x in b.items)
            return '<nav class="%s"><ul>%s</ul></nav>' % (cls, lis)
        if k == "crumbs":
            if sk.get("crumbs") == "inline":
                sep = '<span class="sep">%s</span>' % esc((b.sep or " › ").strip())
                inner = sep.join('<a href="%s">%s</a>' % (self._href(), self.c(x)) for x in b.items)
                return '<div class="%s">%s</div>' % (cls, inner)
            lis = "".join('<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (self._href(), self.c(x))
                          for x in b.items)
            return '<nav aria-label="breadcrumb" class="%s"><ol class="breadcrumb">%s</ol></nav>' % (cls, lis)
        if k in ("lines", "byline"):
            tag = sk.get("line_tag", "div") if k == "lines" else "span"
            inner = "".join(self.item(it, tag) for it in b.items)
            return '<div class="%s">%s</div>' % (cls, inner)
        if k == "list":
            head = "<h3>%s</h3>" % self.c(b.head) if b.head else ""
            rows = []
            for it in b.items:
                parts = list(it) if isinstance(it, tuple) else [it]
                main = max(range(len(parts)), key=lambda n: len(parts[n]))  # the title is the link
                rows.append("<li>%s</li>" % "".join(
                    ('<a href="%s">%s</a>' % (self._href(), self.c(x))) if n == main
                    else '<span class="meta">%s</span>' % self.c(x) for n, x in enumerate(parts)))
            return '<section class="%s">%s<ul>%s</ul></section>' % (cls, head, "".join(rows))
        if k == "comments":
            head = "<h4>%s</h4>" % self.c(b.head) if b.head else ""
            rows = "".join('<div class="comment-item"><div class="comment-meta"><span class="author">%s</span>'
                           '<span class="date">%s</span></div><p>%s</p><a class="reply" href="#">%s</a></div>'
                           % (self.c(n), self.c(d), self.c(x), self.c(self.ctx.site.get("reply", "پاسخ")))
                           for n, d, x in b.items)
            return '<div class="%s">%s%s</div>' % (cls, head, rows)
        if k == "figure":
            img = '<img src="https://%s/media/%s.jpg" alt="" loading="lazy">' % (self.ctx.site["host"], slug(self.ctx.rng, 10))
            caps = "".join('<span class="%s">%s</span>' % ("credit" if n < len(b.items) - 1 else "caption", self.c(x))
                           for n, x in enumerate(b.items))
            return '<figure class="%s">%s<figcaption>%s</figcaption></figure>' % (cls, img, caps)
        if k == "body":
            return self.body(b)
        raise ValueError(k)

    def body(self, b):
        sk, parts = self.skin, []
        style = sk.get("para", "p")
        for what, x in b.items:
            if what == "p":
                txt = self.t(x, markup=True)
                parts.append(txt if style == "br" else sk.get("p_fmt", "<p>{text}</p>").format(text=txt))
            else:
                parts.append(("\n" if style == "br" else "") + self.block(x))
        joined = "<br><br>\n".join(parts) if style == "br" else "\n".join(parts)
        return sk["body_open"].format(cls=b.cls) + "\n" + joined + "\n" + sk["body_close"]

    def render(self, blocks, head):
        sk, out, zone = self.skin, [], None
        for b in blocks:
            if b.zone != zone:
                if zone:
                    out.append(sk["zones"][zone][1])
                zone = b.zone
                out.append(sk["zones"][zone][0])
            out.append(self.block(b))
        if zone:
            out.append(sk["zones"][zone][1])
        site = self.ctx.site
        doc = ["<!DOCTYPE html>", '<html lang="fa" dir="rtl">', "<head>", '<meta charset="utf-8">',
               '<meta name="viewport" content="width=device-width, initial-scale=1">',
               "<title>%s</title>" % esc(self.ctx.cor.meta(head.get("title") or site["name"]))]
        doc += head.get("meta", [])
        for ld in head.get("ld", []):
            doc.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
        doc += ['<link rel="stylesheet" href="https://%s%s">' % (site["host"], sk.get("css", "/assets/css/main.css")),
                "<script>%s</script>" % sk.get("script", "window.dataLayer=window.dataLayer||[];"),
                "</head>", '<body class="%s">' % sk.get("body_cls", "rtl"), sk.get("open", "")]
        doc += out
        doc += [sk.get("close", ""), "</body>", "</html>"]
        return "\n".join(x for x in doc if x) + "\n"


def meta_tags(ctx, title, desc=None, section=None, published=None, modified=None, url=None, og_type="article"):
    """Open Graph / article meta tags; ``published``/``modified`` are already-formatted strings."""
    m, cor = [], ctx.cor
    m.append('<meta property="og:site_name" content="%s">' % attr(ctx.site["name"]))
    m.append('<meta property="og:type" content="%s">' % og_type)
    if title:
        m.append('<meta property="og:title" content="%s">' % attr(cor.meta(title)))
    if desc:
        m.append('<meta name="description" content="%s">' % attr(cor.meta(desc)))
    if url:
        m.append('<meta property="og:url" content="%s">' % attr(url))
        m.append('<link rel="canonical" href="%s">' % attr(url))
    if section:
        m.append('<meta property="article:section" content="%s">' % attr(section))
    if published:
        m.append('<meta property="article:published_time" content="%s">' % published)
    if modified:
        m.append('<meta property="article:modified_time" content="%s">' % modified)
    return m


# --------------------------------------------------------------------------------------------------
# One page being made
# --------------------------------------------------------------------------------------------------
class Pool:
    """Other articles' titles and teasers, for related lists, tickers and listing pages."""

    def __init__(self, sources):
        self.sports = [s for s in sources if s.topic == "sports"]
        self.news = [s for s in sources if s.topic != "sports"]

    def sources(self, rng, k, sports=None, exclude=None):
        group = (self.sports if sports else self.news) if sports is not None else (
            self.sports if rng.random() < 0.4 else self.news)
        out = []
        while len(out) < k:
            s = rng.choice(group)
            if s.title != exclude and s not in out:
                out.append(s)
        return out

    def titles(self, rng, k, sports=None, exclude=None):
        return [s.title for s in self.sources(rng, k, sports, exclude)]

    def dated(self, rng, k, around, sports=None, exclude=None, spread=30):
        """Titles with times a little before ``around`` (newest first)."""
        base = around.local if around else dt.datetime(2020, 1, 1, 12)
        rows = [(s.title, When(base - dt.timedelta(minutes=rng.randrange(30, spread * 1440))))
                for s in self.sources(rng, k, sports, exclude)]
        return sorted(rows, key=lambda r: r[1].local, reverse=True)


@dataclass
class Ctx:
    rng: random.Random
    family: object
    site: dict
    fmt: str
    kind: str
    story: Story | None
    today: When
    pool: Pool
    cor: Corruptor
    arabic: dict | None = None

    @property
    def sports(self):
        return self.story.src.topic == "sports" if self.story else None


@dataclass
class Page:
    text: str
    chrome: list
    section: str | None = None
    title: str | None = None
    lead: str | None = None
    surtitle: str | None = None
    body: list = field(default_factory=list)
    agency: str | None = None
    published: When | None = None


def make_page(ctx, blocks, skin=None, head=None, **gold):
    if ctx.fmt == "txt":
        tp = TxtPage(ctx)
        return Page(text=tp.render(blocks), chrome=tp.chrome, **gold)
    hp = HtmlPage(ctx, skin)
    return Page(text=hp.render(blocks, head or {}), chrome=hp.chrome, **gold)


def with_inserts(rng, paras, inserts, cls=""):
    """A body block: the paragraphs, with chrome blocks placed between them (never after the last)."""
    items = [("p", p) for p in paras]
    if len(paras) >= 2:
        slots = list(range(1, len(paras)))
        rng.shuffle(slots)
        for n, ins in sorted(zip(slots, inserts), key=lambda x: -x[0]):
            items.insert(n, ("insert", ins))
    return Block("body", items, cls=cls)


def topic_tags(story, rng, k=4):
    tags = list(story.src.tags) if story else []
    rng.shuffle(tags)
    return tags[:k]


def later(when, rng, lo_min=20, hi_min=3 * 1440):
    return When(when.local + dt.timedelta(minutes=rng.randrange(lo_min, hi_min)))


def person(rng):
    return "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))


FIRST_NAMES = ["مریم", "علی", "سارا", "رضا", "نگار", "حمید", "زهرا", "امید", "فرزانه", "کاوه", "لیلا", "مهدی",
               "پرستو", "بهروز", "سمیرا", "آرش", "نرگس", "سعید", "شیما", "کیوان", "الهام", "یاسر"]
LAST_NAMES = ["احمدی", "کرمانی", "رستمی", "نوروزی", "شجاعی", "بهرامی", "یزدانی", "قاسمی", "صالحی", "افشار",
              "مرادی", "حیدری", "طاهری", "جهانگیری", "سلطانی", "کاظمی", "امینی", "فرهادی", "نیک‌نام", "زارعی"]
COMMENTS = ["واقعا جای تاسف دارد که هنوز این مشکل حل نشده.", "ممنون از گزارش خوبتان.",
            "کاش مسئولان زودتر فکری به حال این موضوع بکنند", "این خبر درست نیست، ما خودمان آنجا بودیم.",
            "عالی بود", "پس پیگیری‌های قبلی چه شد؟", "لطفا درباره بقیه شهرها هم بنویسید.",
            "نظر من این است که باید صبر کرد و دید.", "خیلی خوب و دقیق بود، دستتان درد نکند.",
            "چرا کسی جواب نمی‌دهد؟", "موافقم.", "این همه وعده و هیچ عملی!"]


def comments(rng, around, style, k=None):
    k = rng.randint(1, 3) if k is None else k
    rows = []
    for _ in range(k):
        when = later(around, rng, 30, 5 * 1440)
        name = rng.choice([person(rng), rng.choice(FIRST_NAMES), "ناشناس", "کاربر مهمان", "یک شهروند"])
        rows.append((name, when.show(style), rng.choice(COMMENTS)))
    return rows


def initials(rng):
    a, b = rng.choice("ابپتجحخدرزسشصطعفقکگلمنوهی"), rng.choice("ابپتجحخدرزسشصطعفقکگلمنوهی")
    return "%s.%s" % (a, b)


# --------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------
class Family:
    """A kind of site.  Subclasses give the sites, their chrome and the article layout."""
    name = ""
    sites: list = []
    credit_modes = [("keep", 1.0)]
    sections: dict = {}
    neg_kinds = ("listing", "chrome_only", "empty")
    night = 0.1            # share of stories published between midnight and 4 a.m. Tehran time
    not_found: list = []   # 404 pages: lists of lines
    about: list = []       # about / contact pages: lists of lines

    def wants(self, src):
        """How well an article fits this kind of site (0 = never)."""
        return 1.0

    def section(self, ctx, story):
        return self.section_for(ctx, story.src.topic, story.src.sub)

    def section_for(self, ctx, topic, sub=""):
        table = dict(self.sections, **ctx.site.get("sections", {}))
        v = table.get(sub) or table.get(topic)
        return ctx.rng.choice(v) if isinstance(v, list) else v

    def own_head(self, rng, site, head, span):
        """The dateline head when the site presents the story as its own (None: no dateline)."""
        return None

    def render(self, ctx):
        if ctx.kind == "article":
            return self.article(ctx)
        return getattr(self, "page_" + ctx.kind)(ctx)

    # ---- what subclasses provide
    def header(self, ctx):
        raise NotImplementedError

    def footer(self, ctx):
        raise NotImplementedError

    def skin(self, ctx):
        raise NotImplementedError

    def section_blocks(self, ctx, section):
        return [Block("label", [section], cls="section-label")]

    def article(self, ctx):
        raise NotImplementedError

    # ---- negatives, in the site's own chrome
    def _head(self, ctx, title, section=None):
        return {"title": "%s | %s" % (title, ctx.site["name"]) if title else ctx.site["name"],
                "meta": meta_tags(ctx, title, section=section, og_type="website")}

    def page_listing(self, ctx):
        rng = ctx.rng
        topic = rng.choice(sorted(self.sections))
        section = self.section_for(ctx, topic, topic)
        rows = []
        sports = topic in ("sports", "football_iran", "football_world", "other_sports")
        for s in ctx.pool.sources(rng, rng.randint(6, 14), sports=sports):
            when = When(ctx.today.local - dt.timedelta(minutes=rng.randrange(10, 20 * 1440)))
            teaser = s.abstract if len(s.abstract) < 220 else s.abstract[:200].rsplit(" ", 1)[0] + "..."
            rows.append((s.title, teaser, when.show(self.list_date_style)) if rng.random() < 0.7
                        else (s.title, when.show(self.list_date_style)))
        blocks = self.header(ctx) + self.section_blocks(ctx, section)
        blocks.append(Block("list", rows, cls="archive-list"))
        blocks.append(Block("lines", ["«", "۱", "۲", "۳", "۴", "...", "»", rng.choice(["صفحه بعد", "بعدی", "ادامه"])],
                            sep=" ", cls="pagination"))
        blocks += self.footer(ctx)
        return make_page(ctx, blocks, self.skin(ctx), self._head(ctx, section, section), section=section)

    def page_chrome_only(self, ctx):
        rng = ctx.rng
        if rng.random() < 0.5:
            lines = rng.choice(self.not_found)
            title = lines[0]
        else:
            lines = [x.format(name=ctx.site["name"], host=ctx.site["host"]) for x in rng.choice(self.about)]
            title = lines[0]
        blocks = self.header(ctx) + [Block("lines", lines, cls="static-page", gap=0.8)]
        blocks.append(Block("list", ctx.pool.titles(rng, 5, sports=self.name == "football_portal"),
                            head=rng.choice(["پربازدیدترین‌ها", "آخرین مطالب", "خبرهای داغ"]), cls="popular"))
        blocks += self.footer(ctx)
        return make_page(ctx, blocks, self.skin(ctx), self._head(ctx, title))

    def page_empty(self, ctx):
        rng = ctx.rng
        shape = rng.choice(["blank", "loading", "shell"])
        if ctx.fmt == "txt":
            if shape == "blank":
                return Page(text=rng.choice(["", "\n", " \n\n", "\u200f\n"]), chrome=[])
            lines = [ctx.site["name"]] if shape == "shell" else []
            lines.append(rng.choice(["در حال بارگذاری...", "لطفا چند لحظه صبر کنید", "Loading..."]))
            return Page(text="\n\n".join(lines) + "\n", chrome=lines)
        chrome = [] if shape == "blank" else ["برای مشاهده این صفحه باید جاوااسکریپت مرورگر فعال باشد."]
        body = ('<div id="app"></div><noscript>%s</noscript>' % esc(chrome[0])) if chrome else '<div id="root"></div>'
        text = ('<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>%s</title>'
                '<script src="/static/js/main.%s.js"></script></head>\n<body>%s</body></html>\n'
                % (esc(ctx.site["name"]), slug(rng, 8), body))
        return Page(text=text, chrome=chrome)

    def page_arabic(self, ctx):
        rng, ar = ctx.rng, ctx.arabic
        section = rng.choice(self.religion_sections)
        blocks = self.header(ctx) + self.section_blocks(ctx, section)
        blocks.append(Block("title", [ar["title"]], cls="title"))
        blocks.append(Block("body", [("p", p) for p in ar["paras"]], cls="arabic-text"))
        blocks += self.footer(ctx)
        return make_page(ctx, blocks, self.skin(ctx), self._head(ctx, ar["title"], section),
                         section=section, title=ar["title"], body=list(ar["paras"]))


def skin(zones, title, body_open, **kw):
    """A site's DOM habits.  ``zones`` maps header/main/aside/footer to (open, close) tags."""
    base = {"zones": zones, "title": title, "body_open": body_open, "body_close": "</div>",
            "lead": '<p class="lead {cls}">{text}</p>', "surtitle": '<div class="rutitr {cls}">{text}</div>'}
    base.update(kw)
    return base


# ---- 1. an international Persian-language broadcaster ------------------------------------------
class Broadcaster(Family):
    """BBC-Persian / Radio-Farda / Euronews-like sites.

    meridian: no visible section (only article:section / JSON-LD), Gregorian «۱۲ ژوئیه ۲۰۲۲» dates and
    UTC ``Z`` stamps, bold intro as lead, «توضیح تصویر، …» / «منبع تصویر، …» captions and «بیشتر بخوانید»
    boxes of bare titles between paragraphs, credit in prose «(این گزارش با استفاده از اطلاعات … تهیه شده است)».
    sepideh: bare section label, «۲۱ تیر ۱۴۰۱ - ۱۸:۰۸» with «به‌روز شده», audio player lines, bare image
    captions in the body, «همچنین ببینید:», comments, «رادیو سپیده را در تلگرام دنبال کنید».
    eurovista: «خانه > اخبار > …» crumbs (home item not always), day-first «۱۲/۰۷/۲۰۲۲ - ۱۸:۴۰», update
    stamp, «نوشته شده توسط یوروویستا با ایسنا» as the only credit, «بیشتر بخوانید: <title>» lines,
    cookie and newsletter prompts."""
    name = "persian_broadcaster"
    sites = [
        {"host": "persian.meridian-news.com", "name": "مریدین فارسی", "short": "مریدین فارسی",
         "tagline": "روایت مستقل از ایران و جهان", "style": "meridian", "gap": 0.25, "body_gap": 0.9},
        {"host": "www.radiosepideh.org", "name": "رادیو سپیده", "short": "رادیو سپیده",
         "tagline": "صدای آزاد برای شنوندگان فارسی‌زبان", "style": "sepideh", "gap": 0.5, "body_gap": 0.5},
        {"host": "fa.eurovista.tv", "name": "یوروویستا فارسی", "short": "یوروویستا",
         "tagline": "اخبار جهان از نگاه اروپا", "style": "eurovista", "gap": 0.6, "body_gap": 1.0},
    ]
    credit_modes = [("keep", 0.2), ("reattribute", 0.1), ("own", 0.5), ("credit", 0.2)]
    night = 0.3  # an international newsroom publishes around the clock (and stamps UTC)
    sections = {"politics": "ایران", "province": "ایران", "society": "جامعه", "economy": "اقتصاد", "world": "جهان",
                "sports": "ورزش", "culture": "فرهنگ و هنر", "science": "علم و فناوری"}
    list_date_style = "g_words"
    MENUS = {
        "meridian": ["صفحه اصلی", "ایران", "جهان", "اقتصاد", "جامعه", "ورزش", "علم و فناوری", "ویدیو", "پادکست"],
        "sepideh": ["ایران", "جهان", "اقتصاد", "جامعه", "فرهنگ و هنر", "ورزش", "دیدگاه", "چندرسانه‌ای"],
        "eurovista": ["اخبار", "جهان", "اروپا", "اقتصاد", "جامعه", "فرهنگ و هنر", "علم و فناوری", "ورزش", "ویدئو"],
    }
    CAPTIONS = ["تصویری آرشیوی از {tag}", "{tag} در هفته‌های اخیر بارها خبرساز شده است",
                "نمایی از یکی از نشست‌های پیشین درباره {tag}", "تصویر از آرشیو است و به رویداد اخیر ربطی ندارد",
                "این عکس چند ماه پیش گرفته شده است", "واکنش‌ها به {tag} در شبکه‌های اجتماعی ادامه دارد"]
    # one credit in ten names an agency: a photo credit, not the story's source
    PHOTO_CREDITS = ["Getty Images", "Reuters", "EPA", "AFP", "شبکه‌های اجتماعی", "Getty Images", "AP",
                     "Anadolu", "آرشیو", "ایسنا"]
    # credit sentences a broadcaster puts under a story
    CREDITS = {"meridian": ["(این گزارش با استفاده از اطلاعات {name} تهیه شده است)",
                            "این خبر را نخستین بار {name} منتشر کرد."],
               "sepideh": ["منبع: {name}", "منبع خبر: {name}", "برگرفته از گزارش {name}"],
               "eurovista": ["با استفاده از گزارش {name}"]}
    not_found = [["صفحه‌ای که دنبالش بودید پیدا نشد", "ممکن است نشانی را اشتباه نوشته باشید یا این صفحه جابه‌جا شده باشد.",
                  "بازگشت به صفحه اصلی"],
                 ["خطای ۴۰۴", "متاسفیم، این مطلب دیگر در دسترس نیست.", "جست‌وجو در سایت"]]
    about = [["درباره ما", "{name} بخش فارسی‌زبان یک شبکه رسانه‌ای بین‌المللی است که از سال‌ها پیش خبرها و گزارش‌های "
              "ایران و جهان را برای مخاطبان فارسی‌زبان منتشر می‌کند.",
              "ما می‌کوشیم خبرها را دقیق، بی‌طرف و مستقل روایت کنیم و دیدگاه‌های گوناگون را بازتاب دهیم.",
              "برای ارسال خبر، عکس یا ویدیو با ما در تماس باشید."],
             ["تماس با ما", "نشانی ایمیل: persian@{host}", "برای ارسال فیلم و عکس از شماره واتس‌اپ زیر استفاده کنید:",
              "+44 20 7946 0123", "ساعت پاسخگویی: دوشنبه تا جمعه"]]

    def wants(self, src):
        # a broadcaster rewrites agency copy: stories that cite an agency all along suit it less
        return {"sports": 0.15, "province": 0.4}.get(src.topic, 1.0) * (0.3 if src.mentions else 1.0)

    def own_head(self, rng, site, head, span):
        if site["style"] == "sepideh" and rng.random() < 0.5:
            return site["short"]
        return None

    def header(self, ctx):
        s = ctx.site
        menu = self.MENUS[s["style"]]
        if s["style"] == "meridian":
            return [Block("lines", ["پرش به محتوا"], cls="skip-link", zone="header", gap=0.1),
                    Block("lines", [s["name"], s["tagline"]], cls="brand", zone="header"),
                    Block("menu", menu, cls="mrd-nav", zone="header")]
        if s["style"] == "sepideh":
            return [Block("lines", [s["name"], s["tagline"]], cls="logo", zone="header"),
                    Block("lines", ["پخش زنده", "جست‌وجو", "آرشیو برنامه‌ها"], sep="   ", cls="tools", zone="header"),
                    Block("menu", menu, sep=" • ", cls="main-menu", zone="header")]
        return [Block("lines", [s["name"], s["tagline"]], cls="c-logo", zone="header"),
                Block("menu", menu, sep=" | ", cls="c-nav", zone="header"),
                Block("lines", ["زنده", "جدیدترین‌ها"], cls="c-quick", zone="header")]

    def footer(self, ctx):
        s = ctx.site
        if s["style"] == "meridian":
            return [Block("lines", ["چرا می‌توانید به مریدین اعتماد کنید", "شرایط استفاده", "درباره مریدین",
                                    "حریم خصوصی", "کوکی‌ها", "تماس با مریدین"], cls="footer-links", zone="footer"),
                    Block("lines", ["© ۲۰۲۴ مریدین. مریدین مسئول محتوای سایت‌های بیرونی نیست."], zone="footer")]
        if s["style"] == "sepideh":
            return [Block("menu", ["درباره ما", "تماس با ما", "حریم خصوصی", "فرکانس‌های پخش", "پادکست‌ها"], sep=" | ",
                          cls="footer-menu", zone="footer"),
                    Block("lines", ["رادیو سپیده را در شبکه‌های اجتماعی دنبال کنید", "اینستاگرام", "تلگرام",
                                    "یوتیوب"], cls="social", zone="footer"),
                    Block("lines", ["© ۲۰۲۴ رادیو سپیده. همه حقوق محفوظ است."], zone="footer")]
        return [Block("lines", ["خبرنامه روزانه یوروویستا فارسی را در ایمیل خود دریافت کنید", "ثبت‌نام"],
                      cls="newsletter", zone="footer"),
                Block("menu", ["درباره یوروویستا", "تماس", "شرایط استفاده", "سیاست کوکی", "آگهی"], sep=" - ",
                      cls="c-footer-nav", zone="footer"),
                Block("lines", ["ما و شرکای ما برای بهتر کردن تجربه شما از کوکی استفاده می‌کنیم.", "می‌پذیرم",
                                "تنظیمات"], cls="cookie-banner", zone="footer"),
                Block("lines", ["کلیه حقوق برای یوروویستا محفوظ است - ۲۰۲۴"], zone="footer")]

    def section_blocks(self, ctx, section):
        if ctx.site["style"] == "eurovista":
            crumbs = ["خانه", "اخبار", section] if ctx.rng.random() < 0.6 else ["اخبار", section]
            return [Block("crumbs", crumbs, sep=" > ", cls="c-breadcrumbs")]
        return [Block("label", [section], cls="category-title")]

    SKINS = {
        "meridian": skin({"header": ('<header role="banner" class="mrd-header"><div class="mrd-brand">', "</div></header>"),
                          "main": ('<div id="main-wrapper"><main role="main" id="main-content"><article class="mrd-article">',
                                   "</article></main>"),
                          "aside": ('<aside class="mrd-secondary" aria-label="مطالب بیشتر">', "</aside></div>"),
                          "footer": ('<footer role="contentinfo" class="mrd-footer">', "</footer>")},
                         '<h1 id="content" class="mrd-headline" tabindex="-1">{text}</h1>',
                         '<div class="mrd-story-body {cls}">',
                         lead='<div data-component="text-block"><p class="mrd-intro"><b>{text}</b></p></div>',
                         p_fmt='<div data-component="text-block"><p dir="rtl">{text}</p></div>', line_tag="p",
                         markup=True, css="/fa/assets/app.css", body_cls="mrd-persian"),
        "sepideh": skin({"header": ('<div class="hdr-container"><header class="hdr">', "</header></div>"),
                         "main": ('<div id="content"><div class="col-article"><div class="article-wrap">', "</div></div>"),
                         "aside": ('<div class="col-side"><div class="media-block-wrap">', "</div></div></div>"),
                         "footer": ('<footer class="ftr"><div class="container">', "</div></footer>")},
                        '<h1 class="title pg-title">{text}</h1>', '<div class="body-container"><div id="article-content" class="wsw {cls}">',
                        body_close="</div></div>", markup=True, zwnj_entity=True, css="/Content/responsive/RFE/fa-IR/RFE-fa-IR.css"),
        "eurovista": skin({"header": ('<header class="c-header" id="js-header">', "</header>"),
                           "main": ('<main class="o-container"><article class="c-article js-article" data-article-id="a">',
                                    "</article>"),
                           "aside": ('<aside class="c-most-viewed">', "</aside></main>"),
                           "footer": ('<footer class="c-footer">', "</footer>")},
                          '<h1 class="c-article-title u-text-align--start">{text}</h1>',
                          '<div class="c-article-content js-article-content {cls}">',
                          lead='<p class="c-article-summary">{text}</p>', crumbs="ol", line_tag="span",
                          css="/dist/css/article.min.css"),
    }

    def skin(self, ctx):
        return self.SKINS[ctx.site["style"]]

    def _credit(self, ctx, st):
        if not st.credit:
            return []
        line = ctx.rng.choice(self.CREDITS[ctx.site["style"]]).format(name=st.credit[1])
        return [Block("lines", [line], cls="credit")]

    def article(self, ctx):
        return getattr(self, "_" + ctx.site["style"])(ctx, ctx.story, self.section(ctx, ctx.story))

    def _meridian(self, ctx, st, section):
        rng, w = ctx.rng, st.when
        blocks = self.header(ctx) + [Block("title", [st.title])]
        if rng.random() < 0.35:
            blocks.append(Block("lines", ["نویسنده، " + person(rng), rng.choice(["خبرنگار مریدین", "مریدین فارسی",
                                                                                 "تحلیلگر اقتصادی"])], cls="byline"))
        shown = rng.random() < 0.75
        if shown:
            items = [("time", w.show("g_words"), iso_utc(w.local, millis=True))]
            if rng.random() < 0.2:
                items.append("به‌روزرسانی: " + later(w, rng).show("g_words"))
            blocks.append(Block("byline", items, cls="mrd-timestamp"))
        lead = st.lead if rng.random() < 0.5 else None
        if lead:
            blocks.append(Block("lead", [lead]))
        tags = topic_tags(st, rng)
        inserts = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            cap = rng.choice(self.CAPTIONS).format(tag=rng.choice(tags) if tags else "این رویداد")
            inserts.append(Block("figure", ["منبع تصویر، " + rng.choice(self.PHOTO_CREDITS), "توضیح تصویر، " + cap]))
        if rng.random() < 0.5:
            inserts.append(Block("list", ctx.pool.titles(rng, rng.randint(1, 3), ctx.sports, st.title),
                                 head="بیشتر بخوانید", cls="links-block"))
        if rng.random() < 0.1:
            inserts.append(Block("lines", ["رد شدن از پست توییتر، ۱", "محتوای توییتر ممکن است شامل تبلیغات باشد.",
                                           "پایان پست توییتر، ۱"], cls="embed"))
        rng.shuffle(inserts)
        blocks.append(with_inserts(rng, st.paragraphs, inserts))
        blocks += self._credit(ctx, st)
        if tags:
            blocks.append(Block("list", tags, head="موضوعات مرتبط", cls="topics"))
        blocks.append(Block("lines", ["این خبر را به اشتراک بگذارید", "درباره اشتراک‌گذاری"], cls="share"))
        rel = ctx.pool.dated(rng, 3, w, ctx.sports, st.title)
        blocks.append(Block("list", [(t, d.show("g_words")) for t, d in rel], head="مطالب مرتبط", zone="aside"))
        blocks.append(Block("list", ctx.pool.titles(rng, 3, None, st.title), head="خبرهای برگزیده", zone="aside"))
        blocks.append(Block("list", [(digits(str(i), "fa"), t) for i, t in
                                     enumerate(ctx.pool.titles(rng, 5, None, st.title), 1)],
                            head="پربیننده‌ترین‌ها", zone="aside"))
        blocks += self.footer(ctx)
        url = "https://%s/persian/articles/c%s" % (ctx.site["host"], slug(rng, 10).lower())
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "url": url,
              "datePublished": iso_utc(w.local, millis=True), "dateModified": iso_utc(later(w, rng).local, millis=True),
              "articleSection": section, "inLanguage": "fa",
              "publisher": {"@type": "NewsMediaOrganization", "name": ctx.site["name"]}}
        head = {"title": "%s - %s" % (st.title, ctx.site["name"]), "ld": [ld],
                "meta": meta_tags(ctx, st.title, lead or st.paragraphs[0][:160], section=section, url=url)}
        html_ = ctx.fmt == "html"
        return make_page(ctx, blocks, self.skin(ctx), head, section=section if html_ else None, title=st.title,
                         lead=lead, body=list(st.paragraphs), agency=st.gold_agency(),
                         published=w if (shown or html_) else None)

    def _sepideh(self, ctx, st, section):
        rng, w = ctx.rng, st.when
        blocks = self.header(ctx) + [Block("label", [section], cls="category"), Block("title", [st.title])]
        shown = rng.random() < 0.85
        if shown:
            items = [("time", w.show("j_words_time_dash"), iso_local(w.local))]
            if rng.random() < 0.15:
                items.append("به‌روز شده: " + later(w, rng).show("j_words_time_dash"))
            blocks.append(Block("byline", items, cls="published"))
        if rng.random() < 0.15:
            blocks.append(Block("lines", ["گوش کنید", "۰:۰۰ / %s:%02d" % (digits(str(rng.randint(1, 9)), "fa"),
                                                                      rng.randrange(60))],
                                sep="   ", cls="player"))
        inserts = []
        if rng.random() < 0.4:
            inserts.append(Block("list", ctx.pool.titles(rng, 1, ctx.sports, st.title), head="همچنین ببینید:",
                                 cls="wsw__embed"))
        if rng.random() < 0.35:
            tags = topic_tags(st, rng) or ["این رویداد"]
            inserts.append(Block("figure", [rng.choice(self.CAPTIONS).format(tag=tags[0])], cls="wsw__photo"))
        blocks.append(with_inserts(rng, st.paragraphs, inserts))
        blocks += self._credit(ctx, st)
        tags = topic_tags(st, rng)
        if tags:
            blocks.append(Block("lines", ["کلیدواژه‌ها: " + "، ".join(tags)], cls="tags"))
        blocks.append(Block("lines", ["رادیو سپیده را در تلگرام دنبال کنید"], cls="cta"))
        if rng.random() < 0.3:
            rows = comments(rng, w, "j_num_time")
            blocks.append(Block("comments", rows, head="نظرات (%s)" % digits(str(len(rows)), "fa"), cls="comments"))
            blocks.append(Block("lines", ["نظر شما", "نظرات پس از بررسی منتشر می‌شوند."], cls="comment-form"))
        blocks.append(Block("list", ctx.pool.titles(rng, 5, None, st.title), head="محبوب‌ترین‌ها", zone="aside"))
        blocks.append(Block("list", [(t, d.show("time")) for t, d in ctx.pool.dated(rng, 4, w, None, st.title, 1)],
                            head="آخرین خبرها", zone="aside"))
        blocks += self.footer(ctx)
        url = "https://%s/a/%d.html" % (ctx.site["host"], rng.randrange(30000000, 32999999))
        meta = meta_tags(ctx, st.title, st.paragraphs[0][:160], url=url, published=iso_local(w.local))
        head = {"title": "%s | %s" % (st.title, ctx.site["name"]), "meta": meta}
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title,
                         body=list(st.paragraphs), agency=st.gold_agency(),
                         published=w if (shown or ctx.fmt == "html") else None)

    def _eurovista(self, ctx, st, section):
        rng, w = ctx.rng, st.when
        blocks = self.header(ctx) + self.section_blocks(ctx, section) + [Block("title", [st.title])]
        by = []
        if st.credit and st.credit[0]:
            by.append("نوشته شده توسط %s با %s" % (ctx.site["short"], st.credit[1]))
        elif rng.random() < 0.6:
            by.append("نوشته شده توسط " + person(rng))
        shown = rng.random() < 0.8
        dig = "ascii" if rng.random() < 0.3 else "fa"
        if shown:
            by.append(("time", w.show("g_num_dmy_time", dig), iso_utc(w.local)))
            if rng.random() < 0.35:
                by.append("به‌روزرسانی " + later(w, rng).show("g_num_dmy_time", dig))
        if by:
            blocks.append(Block("byline", by, cls="c-article-byline"))
        lead = st.lead if rng.random() < 0.7 else None
        if lead:
            blocks.append(Block("lead", [lead]))
        inserts = [Block("lines", ["بیشتر بخوانید: " + t], cls="c-read-more")
                   for t in ctx.pool.titles(rng, rng.choice([0, 1, 1, 2]), ctx.sports, st.title)]
        blocks.append(with_inserts(rng, st.paragraphs, inserts))
        if st.credit and not st.credit[0]:
            blocks += self._credit(ctx, st)
        blocks.append(Block("lines", ["اشتراک‌گذاری این مقاله", "نظرات"], cls="c-share"))
        tags = topic_tags(st, rng)
        if tags:
            blocks.append(Block("list", tags, head="موضوعات مرتبط", cls="c-tags"))
        blocks.append(Block("list", ctx.pool.titles(rng, 1, ctx.sports, st.title), head="مقاله بعدی", cls="c-next"))
        blocks.append(Block("list", [(d.show("time"), t) for t, d in ctx.pool.dated(rng, 5, w, None, st.title, 1)],
                            head="جدیدترین‌ها", zone="aside"))
        blocks += self.footer(ctx)
        url = "https://%s/%s/%s" % (ctx.site["host"], w.local.strftime("%Y/%m/%d"), slug(rng, 12).lower())
        mod = later(w, rng)
        ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title,
               "datePublished": iso_utc(w.local), "dateModified": iso_utc(mod.local), "articleSection": section,
               "publisher": {"@type": "Organization", "name": ctx.site["name"]}},
              {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                  {"@type": "ListItem", "position": 1, "name": "خانه", "item": "https://%s/" % ctx.site["host"]},
                  {"@type": "ListItem", "position": 2, "name": "اخبار"},
                  {"@type": "ListItem", "position": 3, "name": section}]}]
        meta = meta_tags(ctx, st.title, lead or st.paragraphs[0][:160], section=section, url=url,
                         published=iso_utc(w.local), modified=iso_utc(mod.local))
        head = {"title": "%s | %s" % (st.title, ctx.site["name"]), "meta": meta, "ld": ld}
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title, lead=lead,
                         body=list(st.paragraphs), agency=st.gold_agency(),
                         published=w if (shown or ctx.fmt == "html") else None)



# ---- 2. an economic daily newspaper's site ------------------------------------------------------
SURTITLES = ["در گفت‌وگو با خبرنگاران مطرح شد", "گزارش اختصاصی", "بررسی {tag}", "پرونده ویژه {tag}", "تحلیل روز",
             "نگاهی به {tag}", "در حاشیه نشست خبری", "واکنش‌ها به {tag}", "{tag} در هفته‌ای که گذشت",
             "روایت یک تصمیم", "آنچه باید درباره {tag} بدانید"]


def surtitle(rng, story):
    tags = [t for t in story.src.tags if len(t) <= 25] or ["این موضوع"]
    return rng.choice(SURTITLES).format(tag=rng.choice(tags))


def market_ticker(rng, sep="٬"):
    """«دلار ۳۱٬۴۵۰» and friends: numbers change on every page."""
    rows = [("دلار", rng.randrange(24000, 52000, 10)), ("یورو", rng.randrange(26000, 56000, 10)),
            ("سکه امامی", rng.randrange(9000000, 31000000, 1000)), ("شاخص کل بورس", rng.randrange(900000, 2100000))]
    return ["%s %s %s" % (k, fa_num(v, sep), rng.choice(["▲", "▼", ""])) for k, v in rows]


class EconomicDaily(Family):
    """Donya-e-Eqtesad / Shargh-like dailies.

    taraz (Drupal): header "today" date, market ticker, «صفحه اصلی / روزنامه / …» crumbs, «شماره ۵۶۱۲ |
    <date> | صفحه ۳» (the only visible date), surtitle and lead, a bare author name under the body,
    «در همین شماره» list.  sarmayeh (custom CMS, <br> paragraphs): «آخرین خبر: <title>» ticker,
    «خانه › … › <title>» crumbs, «تاریخ انتشار» and «آخرین بروزرسانی», «بازدید: N», short links.
    bamdad (WordPress): «سرویس: …», «زمان مطالعه: ۳ دقیقه», author name repeated under the body and a
    sentence on the print edition («این مطلب در شماره … منتشر شده است.»)."""
    name = "economic_daily"
    sites = [
        {"host": "www.tarazeqtesad.ir", "name": "روزنامه تراز اقتصاد", "short": "تراز اقتصاد",
         "tagline": "روزنامه اقتصادی صبح ایران", "style": "taraz", "gap": 0.5, "body_gap": 0.7,
         "founded": dt.date(2002, 3, 21)},
        {"host": "sarmayeh-bazaar.com", "name": "سرمایه و بازار", "short": "سرمایه و بازار",
         "tagline": "نخستین روزنامه بازارهای مالی کشور", "style": "sarmayeh", "gap": 0.35, "body_gap": 0.15,
         "founded": dt.date(2000, 9, 23),
         "sections": {"economy": ["بورس", "بانک و بیمه", "ارز و طلا", "مسکن", "اقتصاد کلان"]}},
        {"host": "bamdadeqtesadi.ir", "name": "بامداد اقتصادی", "short": "بامداد اقتصادی",
         "tagline": "روزنامه سیاسی، اقتصادی و اجتماعی صبح ایران", "style": "bamdad", "gap": 0.6, "body_gap": 1.0,
         "founded": dt.date(2008, 1, 5)},
    ]
    credit_modes = [("keep", 0.3), ("reattribute", 0.15), ("own", 0.3), ("credit", 0.25)]
    sections = {"politics": "سیاست", "economy": ["اقتصاد کلان", "بازار پول", "بورس", "مسکن و عمران", "انرژی"],
                "world": "بین‌الملل", "society": "جامعه", "province": "استان‌ها", "sports": "ورزش",
                "culture": "فرهنگ", "science": "دانش و فناوری"}
    neg_kinds = ("listing", "chrome_only", "arabic", "empty")
    religion_sections = ["مناسبت", "معارف"]
    list_date_style = "j_words"
    PAGES = {"سیاست": 2, "اقتصاد کلان": 3, "بازار پول": 4, "بورس": 5, "مسکن و عمران": 6, "انرژی": 7,
             "بین‌الملل": 8, "جامعه": 9, "استان‌ها": 10, "ورزش": 11, "فرهنگ": 12, "دانش و فناوری": 12}
    SIGNATURES = ["{p}", "نویسنده: {p}", "گزارش: {p}", "{p} | روزنامه‌نگار", "مترجم: {p}", "* {p}، کارشناس اقتصادی"]
    CREDITS = {"taraz": ["منبع: {name}", "مأخذ: {name}"], "sarmayeh": ["به نقل از: {name}", "منبع خبر: {name}"]}
    not_found = [["مطلب مورد نظر در آرشیو یافت نشد", "شاید این مطلب حذف شده یا نشانی آن تغییر کرده است.",
                  "جست‌وجو در آرشیو روزنامه"],
                 ["خطا ۴۰۴ - صفحه پیدا نشد", "به صفحه اصلی بازگردید یا از جست‌وجو کمک بگیرید."]]
    about = [["درباره روزنامه", "{name} از سال ۱۳۸۵ هر روز به جز جمعه‌ها منتشر می‌شود و به تحلیل بازارها، سیاست‌گذاری "
              "اقتصادی و کسب‌وکار می‌پردازد.", "صاحب امتیاز و مدیرمسئول: مهدی کرمانی", "سردبیر: لیلا افشار"],
             ["تماس با ما", "نشانی: تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲", "تلفن: ۰۲۱-۸۸۶۵۴۳۲۱",
              "نمابر: ۰۲۱-۸۸۶۵۴۳۲۲", "پست الکترونیک: info@{host}", "بخش آگهی‌ها: ۰۲۱-۸۸۶۵۴۳۳۰"]]

    def wants(self, src):
        return {"sports": 0.08, "economy": 1.0, "politics": 0.9}.get(src.topic, 0.6)

    def own_head(self, rng, site, head, span):
        if rng.random() < 0.5:
            return None
        return head[:span[0]] + site["short"] + head[span[1]:]

    def edition(self, ctx, when):
        """The print issue of a day: six issues a week since the paper was founded."""
        return 1 + round((when.local.date() - ctx.site["founded"]).days * 6 / 7)

    def header(self, ctx):
        s, rng = ctx.site, ctx.rng
        if s["style"] == "bamdad":
            today = "%s - %s" % (ctx.today.show("j_words_wd"), ctx.today.show("g_en", "ascii"))
            return [Block("lines", [today], cls="top-bar-date", zone="header"),
                    Block("lines", [s["name"], s["tagline"]], cls="site-branding", zone="header"),
                    Block("menu", ["صفحه نخست", "اقتصاد کلان", "بازارها", "صنعت و معدن", "سیاست", "جامعه",
                                   "یادداشت", "گفت‌وگو", "آرشیو روزنامه"], cls="main-navigation", zone="header")]
        if s["style"] == "taraz":
            return [Block("lines", [ctx.today.show("j_words_wd")], cls="today", zone="header"),
                    Block("lines", [s["name"], s["tagline"]], cls="site-branding", zone="header"),
                    Block("lines", market_ticker(rng), sep="   ", cls="ticker", zone="header"),
                    Block("menu", ["صفحه اصلی", "اقتصاد کلان", "بازار پول", "بورس", "مسکن و عمران", "انرژی", "بین‌الملل",
                                   "سیاست", "جامعه", "نسخه چاپی"], sep=" | ", cls="menu--main", zone="header")]
        return [Block("lines", [s["name"], s["tagline"]], cls="logo", zone="header"),
                Block("lines", ["آخرین خبر: " + ctx.pool.titles(rng, 1, False)[0]], cls="breaking", zone="header"),
                Block("menu", ["خانه", "بورس", "بانک و بیمه", "ارز و طلا", "مسکن", "خودرو", "اقتصاد کلان", "بین‌الملل",
                               "نسخه چاپی"], sep=" • ", cls="topnav", zone="header")]

    def footer(self, ctx):
        s = ctx.site
        if s["style"] == "taraz":
            return [Block("lines", ["کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه تراز اقتصاد است و استفاده از "
                                    "مطالب با ذکر منبع بلامانع است.", "نشانی: تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲",
                                    "تلفن: ۰۲۱-۸۸۶۵۴۳۲۱"], cls="region-footer", zone="footer")]
        if s["style"] == "bamdad":
            return [Block("lines", ["خبرنامه بامداد اقتصادی", "ایمیل خود را وارد کنید", "عضویت"], cls="newsletter",
                          zone="footer"),
                    Block("lines", ["بامداد اقتصادی؛ هر روز صبح، همراه تصمیم‌های شما",
                                    "© کلیه حقوق برای روزنامه بامداد اقتصادی محفوظ است."], cls="site-info", zone="footer")]
        return [Block("lines", ["© %s سرمایه و بازار؛ نقل مطالب با ذکر منبع آزاد است." % ctx.today.show("j_words").split()[-1],
                                "طراحی و پشتیبانی: گروه فناوری رایان‌پرداز"], cls="copyright", zone="footer")]

    def section_blocks(self, ctx, section):
        if ctx.site["style"] == "bamdad":
            return [Block("lines", ["سرویس: " + section], cls="cat-links")]
        if ctx.site["style"] == "taraz":
            return [Block("crumbs", ["صفحه اصلی", section], sep=" / ", cls="breadcrumb")]
        return [Block("crumbs", ["خانه", section], sep=" › ", cls="path")]

    SKINS = {
        "taraz": skin({"header": ('<div class="dialog-off-canvas-main-canvas"><header role="banner" class="region region-header">',
                                  "</header>"),
                       "main": ('<main role="main" class="layout-content"><div class="region region-content">'
                                '<article role="article" class="node node--type-article node--view-mode-full">', "</article></div></main>"),
                       "aside": ('<aside class="layout-sidebar-first" role="complementary">', "</aside>"),
                       "footer": ('<footer role="contentinfo" class="site-footer">', "</footer></div>")},
                      '<h1 class="page-title"><span class="field field--name-title">{text}</span></h1>',
                      '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary {cls}">',
                      surtitle='<div class="field field--name-field-rootitr">{text}</div>',
                      lead='<div class="field field--name-field-lead field--type-string-long">{text}</div>',
                      crumbs="ol", line_tag="div", markup=True, css="/themes/custom/taraz/css/style.css"),
        "bamdad": skin({"header": ('<div class="site grid-container container hfeed" id="page"><header class="site-header" '
                                   'id="masthead"><div class="inside-header">', "</div></header>"),
                        "main": ('<div class="site-content" id="content"><div class="content-area" id="primary">'
                                 '<main class="site-main" id="main"><article class="post type-post hentry">'
                                 '<div class="inside-article">', "</div></article></main></div>"),
                        "aside": ('<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">'
                                  '<div class="inside-right-sidebar">', "</div></div></div>"),
                        "footer": ('<div class="site-footer"><footer class="site-info">', "</footer></div></div>")},
                       '<header class="entry-header"><h1 class="entry-title" itemprop="headline">{text}</h1></header>',
                       '<div class="entry-content" itemprop="text">',
                       surtitle='<div class="entry-rotitr">{text}</div>',
                       lead='<div class="entry-excerpt"><p><strong>{text}</strong></p></div>', markup=True,
                       line_tag="span", css="/wp-content/themes/generatepress/assets/css/main.min.css",
                       body_cls="post-template-default single single-post right-sidebar"),
        "sarmayeh": skin({"header": ('<div id="wrapper"><div id="header">', "</div>"),
                          "main": ('<div id="content"><div class="news-box" id="news-page">', "</div></div>"),
                          "aside": ('<div id="sidebar">', "</div>"),
                          "footer": ('<div id="footer">', "</div></div>")},
                         '<h1 class="news-title" id="title">{text}</h1>', '<div class="news-text" id="body">',
                         surtitle='<h3 class="news-rotitr">{text}</h3>', lead='<div class="news-lead"><p>{text}</p></div>',
                         crumbs="inline", para="br", line_tag="span", css="/Content/Site.css",
                         script="var _paq=window._paq||[];_paq.push(['trackPageView']);"),
    }

    def skin(self, ctx):
        return self.SKINS[ctx.site["style"]]

    def article(self, ctx):
        rng, st = ctx.rng, ctx.story
        w, section, style = st.when, self.section(ctx, st), ctx.site["style"]
        if style == "bamdad":
            return self._bamdad(ctx, st, section)
        sur = surtitle(rng, st) if rng.random() < (0.7 if style == "taraz" else 0.55) else None
        lead = st.lead if rng.random() < 0.85 else None
        page_no = digits(str(self.PAGES.get(section, rng.randint(2, 12))), "fa")
        edition = digits(str(self.edition(ctx, w)), "fa")
        blocks = self.header(ctx)
        mod = later(w, rng)
        if style == "taraz":
            crumbs = ["صفحه اصلی", "روزنامه", section] if rng.random() < 0.6 else ["صفحه اصلی", section]
            blocks.append(Block("crumbs", crumbs, sep=" / ", cls="breadcrumb"))
            blocks.append(Block("lines", ["شماره " + edition, ("time", w.show("j_words_wd"), iso_local(w.local)),
                                          "صفحه " + page_no], sep=" | ", cls="print-edition"))
        else:
            crumbs = ["خانه", section] + ([st.title] if rng.random() < 0.6 else [])
            blocks.append(Block("crumbs", crumbs, sep=" › ", cls="path"))
            if rng.random() < 0.6:
                blocks.append(Block("lines", ["روزنامه سرمایه و بازار", "شماره " + edition, "صفحه " + page_no],
                                    sep=" | ", cls="paper-info"))
            dates = ["تاریخ انتشار: " + w.show("j_num_time_saat")]
            if rng.random() < 0.3:
                dates.append("آخرین بروزرسانی: " + mod.show("j_num_time_saat"))
            blocks.append(Block("byline", dates, cls="news-date"))
        if sur:
            blocks.append(Block("surtitle", [sur]))
        blocks.append(Block("title", [st.title]))
        if lead:
            blocks.append(Block("lead", [lead]))
        inserts = []
        if rng.random() < 0.2:
            inserts.append(Block("lines", ["یادداشت مرتبط: " + ctx.pool.titles(rng, 1, ctx.sports, st.title)[0]],
                                 cls="related-inline"))
        blocks.append(with_inserts(rng, st.paragraphs, inserts))
        if rng.random() < 0.75:
            blocks.append(Block("lines", [rng.choice(self.SIGNATURES).format(p=person(rng))], cls="author-sign"))
        if st.credit:
            blocks.append(Block("lines", [rng.choice(self.CREDITS[style]).format(name=st.credit[1])], cls="source"))
        if style == "taraz":
            blocks.append(Block("lines", ["کد مطلب: " + digits(str(rng.randrange(100000, 999999)), "fa"),
                                          "دریافت نسخه PDF این صفحه"], cls="node-meta"))
            blocks.append(Block("list", ctx.pool.titles(rng, rng.randint(3, 5), False, st.title),
                                head="در همین شماره", cls="same-issue"))
            blocks.append(Block("list", [(t, person(rng)) for t in ctx.pool.titles(rng, 2, False, st.title)],
                                head="یادداشت‌های روز", zone="aside"))
            blocks.append(Block("lines", ["اشتراک نسخه چاپی روزنامه"], zone="aside", cls="subscribe"))
        else:
            blocks.append(Block("lines", ["بازدید: %d" % rng.randrange(80, 9000),
                                          "لینک کوتاه: sbz.ir/n/" + slug(rng, 4)], cls="news-tools"))
            blocks.append(Block("list", ctx.pool.titles(rng, 4, False, st.title), head="مطالب مرتبط", cls="related"))
            blocks.append(Block("list", [(t, d.show("j_num")) for t, d in ctx.pool.dated(rng, 5, w, False, st.title)],
                                head="پربازدیدها", zone="aside"))
        blocks += self.footer(ctx)
        url = "https://%s/%s/%d" % (ctx.site["host"], "fa/news" if style == "sarmayeh" else "node",
                                    rng.randrange(10000, 900000))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title,
              "datePublished": iso_local(w.local), "dateModified": iso_local(mod.local),
              "author": {"@type": "Person", "name": person(rng)}, "isPartOf": {"@type": "PublicationIssue",
                                                                                "issueNumber": self.edition(ctx, w)}}
        meta = meta_tags(ctx, st.title, lead, section=section if style == "taraz" else None, url=url,
                         published=iso_local(w.local) if style == "taraz" else None)
        head = {"title": "%s | %s" % (st.title, ctx.site["name"]), "meta": meta, "ld": [ld]}
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title, lead=lead,
                         surtitle=sur, body=list(st.paragraphs), agency=st.gold_agency(), published=w)


    def _bamdad(self, ctx, st, section):
        """A WordPress daily: «سرویس: …», reading time, a sentence on the print edition under the body."""
        rng, w = ctx.rng, st.when
        sur = surtitle(rng, st) if rng.random() < 0.5 else None
        lead = st.lead if rng.random() < 0.8 else None
        author = person(rng)
        mod = later(w, rng)
        blocks = self.header(ctx) + self.section_blocks(ctx, section)
        if sur:
            blocks.append(Block("surtitle", [sur]))
        blocks.append(Block("title", [st.title]))
        minutes = digits(str(max(1, sum(len(p.split()) for p in st.paragraphs) // 200)), "fa")
        blocks.append(Block("byline", ["نویسنده: " + author, ("time", "تاریخ انتشار: " + w.show("j_words"),
                                                             iso_local(w.local)),
                                       "زمان مطالعه: %s دقیقه" % minutes], cls="entry-meta"))
        if lead:
            blocks.append(Block("lead", [lead]))
        blocks.append(Block("body", [("p", p) for p in st.paragraphs]))
        blocks.append(Block("lines", [author], cls="author-end"))
        if st.credit:
            blocks.append(Block("lines", ["منبع: " + st.credit[1]], cls="source"))
        page_no = digits(str(self.PAGES.get(section, rng.randint(2, 12))), "fa")
        blocks.append(Block("lines", ["این مطلب در شماره %s روزنامه بامداد اقتصادی، صفحه %s (%s) منتشر شده است."
                                      % (digits(str(self.edition(ctx, w)), "fa"), page_no, section)], cls="print-note"))
        tags = topic_tags(st, rng)
        if tags:
            blocks.append(Block("lines", ["برچسب‌ها:"] + tags, cls="tags-links"))
        blocks.append(Block("list", ctx.pool.titles(rng, 3, False, st.title), head="بیشتر از این نویسنده",
                            cls="author-posts"))
        blocks.append(Block("list", [(t, d.show("j_words")) for t, d in ctx.pool.dated(rng, 4, w, False, st.title)],
                            head="تازه‌ترین‌ها", zone="aside"))
        blocks += self.footer(ctx)
        url = "https://%s/%s/" % (ctx.site["host"], slug(rng, 8).lower())
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "صفحه نخست", "item": "https://%s/" % ctx.site["host"]},
                {"@type": "ListItem", "position": 2, "name": section}]},
            {"@type": "Article", "headline": st.title, "datePublished": iso_local(w.local),
             "dateModified": iso_local(mod.local), "author": {"@type": "Person", "name": author}}]}
        meta = meta_tags(ctx, st.title, lead, url=url, published=iso_local(w.local), modified=iso_local(mod.local))
        head = {"title": "%s - %s" % (st.title, ctx.site["name"]), "meta": meta, "ld": [ld]}
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title, lead=lead,
                         surtitle=sur, body=list(st.paragraphs), agency=st.gold_agency(), published=w)


# ---- 3. a provincial news agency ---------------------------------------------------------------
class RegionalAgency(Family):
    """Provincial news agencies.

    karaneh (ASP.NET tables): «امروز: <Jalali> | <Hijri> | <Gregorian>» header, vertical menu, «گروه: …»,
    «کد خبر», «تاریخ انتشار: ۱۴۰۱/۰۷/۱۲ - ۱۸:۴۰», reporter datelines of its own («به گزارش خبرنگار خبرگزاری
    کرانه از بوشهر،» credits no agency), «خبرنگار: …» / «ویراستار: …», end marks with initials, slogan,
    user comments with dates.  sepidrood: three-calendar header date, «فوری: <title>» ticker, «بخش …»,
    bare related titles between paragraphs, «خبر قبلی: / خبر بعدی:».  alborzkooh: «صفحه نخست » …»
    crumbs, Arabic-Indic digits, initials alone under the body, related items with dates."""
    name = "regional_agency"
    sites = [
        {"host": "karanehnews.ir", "name": "خبرگزاری کرانه", "short": "خبرگزاری کرانه",
         "tagline": "پایگاه خبری استان‌های جنوبی کشور", "style": "karaneh", "gap": 0.3, "body_gap": 0.8,
         "cities": ["بوشهر", "بندرعباس", "اهواز", "شیراز", "کیش", "آبادان", "دیلم"]},
        {"host": "sepidrood-online.ir", "name": "سپیدرود آنلاین", "short": "سپیدرود آنلاین",
         "tagline": "رسانه مردم گیلان و شمال کشور", "style": "sepidrood", "gap": 0.55, "body_gap": 0.4,
         "cities": ["رشت", "لاهیجان", "انزلی", "آستارا", "رودسر", "ساری"]},
        {"host": "alborzkooh.com", "name": "البرزکوه نیوز", "short": "البرزکوه نیوز",
         "tagline": "اخبار البرز، قزوین و زنجان", "style": "alborzkooh", "gap": 0.4, "body_gap": 0.7,
         "cities": ["کرج", "قزوین", "زنجان", "نظرآباد", "تاکستان", "ابهر"]},
    ]
    credit_modes = [("keep", 0.35), ("reattribute", 0.2), ("own", 0.35), ("credit", 0.1)]
    sections = {"politics": "سیاسی", "economy": "اقتصادی", "society": "اجتماعی", "culture": "فرهنگی و هنری",
                "sports": "ورزشی", "world": "بین‌الملل", "science": "علمی و دانشگاهی",
                "province": ["شهرستان‌ها", "اجتماعی", "اقتصادی"]}
    neg_kinds = ("listing", "chrome_only", "arabic", "empty")
    religion_sections = ["مذهبی", "معارف", "دین و اندیشه"]
    list_date_style = "j_num_time"
    VMENU = ["صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی و هنری", "ورزشی", "شهرستان‌ها", "عکس", "فیلم",
             "آرشیو"]
    END_MARKS = ["انتهای خبر/", "پایان خبر", "انتهای پیام/{i}", "پایان پیام/ {i}", "/{i}", "{i}/۱۰۲"]
    CREDITS = ["منبع: {name}", "به نقل از: {name}", "مأخذ: {name}", "منبع خبر ← {name}"]
    not_found = [["خبر مورد نظر پیدا نشد", "این خبر ممکن است از روی سایت برداشته شده باشد.", "بازگشت به صفحه نخست"],
                 ["صفحه درخواستی وجود ندارد (خطای ۴۰۴)", "لطفا از منوی سایت استفاده کنید."]]
    about = [["درباره ما", "{name} با هدف اطلاع‌رسانی دقیق و سریع رویدادهای استان فعالیت خود را آغاز کرده است.",
              "این پایگاه دارای مجوز رسمی از وزارت فرهنگ و ارشاد اسلامی است.",
              "مدیرمسئول: کاوه یزدانی"],
             ["ارتباط با ما", "تلفن تحریریه: ۰۷۷-۳۳۵۵۱۲۰۰", "پیامک: ۳۰۰۰۴۵۶۷",
              "ایمیل: news@{host}", "ارسال خبر و گزارش مردمی", "نام", "ایمیل", "متن پیام", "ارسال"]]

    def wants(self, src):
        return {"sports": 0.1, "province": 1.0, "society": 0.9}.get(src.topic, 0.55)

    def own_head(self, rng, site, head, span):
        rest = head[span[1]:]
        if " از " not in head and " در " not in head:
            rest = " از " + rng.choice(site["cities"])
        return "خبرنگار " + site["short"] + rest

    def header(self, ctx):
        s, t = ctx.site, ctx.today
        if s["style"] == "karaneh":
            today = "امروز: %s | %s | %s" % (t.show("j_words_wd"), t.show("hijri"), t.show("g_en", "ascii"))
            return [Block("lines", [today], cls="top-date", zone="header", gap=0.2),
                    Block("lines", [s["name"], s["tagline"]], cls="logo", zone="header"),
                    Block("menu", self.VMENU, cls="vmenu", zone="header")]
        if s["style"] == "sepidrood":
            today = "%s - %s - %s" % (t.show("j_words_wd"), t.show("hijri"), t.show("g_words"))
            return [Block("lines", [s["name"], s["tagline"]], cls="brand", zone="header"),
                    Block("lines", [today], cls="date-bar", zone="header"),
                    Block("menu", ["خانه", "اخبار گیلان", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "گردشگری",
                                   "تماس با ما"], sep=" | ", cls="nav", zone="header"),
                    Block("lines", ["فوری: " + ctx.pool.titles(ctx.rng, 1, False)[0]], cls="ticker", zone="header")]
        return [Block("lines", [s["name"], s["tagline"]], cls="header-logo", zone="header"),
                Block("menu", ["صفحه نخست", "البرز", "قزوین", "زنجان", "سیاسی", "اجتماعی", "اقتصادی", "ورزشی",
                               "چندرسانه‌ای"], cls="side-menu", zone="header")]

    def footer(self, ctx):
        s = ctx.site
        lines = {"karaneh": ["کلیه حقوق این پایگاه متعلق به خبرگزاری کرانه است.",
                             "طراحی و اجرا: گروه نرم‌افزاری نیلوفر"],
                 "sepidrood": ["تمامی حقوق مادی و معنوی این وب‌سایت متعلق به سپیدرود آنلاین است.",
                               "آدرس: رشت، خیابان سعدی، ساختمان پردیس، طبقه سوم"],
                 "alborzkooh": ["استفاده از مطالب البرزکوه نیوز با ذکر منبع مجاز است",
                                "درباره ما | تماس با ما | آرشیو | RSS"]}[s["style"]]
        return [Block("lines", lines, cls="footer", zone="footer")]

    def section_blocks(self, ctx, section):
        st = ctx.site["style"]
        if st == "karaneh":
            return [Block("lines", ["گروه: " + section], cls="news-group")]
        if st == "sepidrood":
            return [Block("lines", ["بخش " + section], cls="news-cat")]
        return [Block("crumbs", ["صفحه نخست", section], sep=" » ", cls="bread")]

    SKINS = {
        "karaneh": skin({"header": ('<table class="main-table" width="100%"><tr><td class="header-cell" valign="top">',
                                    "</td></tr>"),
                         "main": ('<tr><td class="content-cell"><div id="ctl00_cph_pnlNews" class="news-panel">', "</div></td></tr>"),
                         "aside": ('<tr><td class="side-cell">', "</td></tr>"),
                         "footer": ('<tr><td class="footer-cell">', "</td></tr></table>")},
                        '<h1 class="Htitle">{text}</h1>', '<div class="newsBody" id="ctl00_cph_lblBody">',
                        surtitle='<div class="Hrotitr">{text}</div>', lead='<div class="Hlead"><b>{text}</b></div>',
                        line_tag="div", css="/App_Themes/Default/style.css", zwnj_entity=True,
                        script="function __doPostBack(eventTarget, eventArgument){}"),
        "sepidrood": skin({"header": ('<div class="container-fluid"><div class="header-wrap">', "</div>"),
                           "main": ('<div class="row"><div class="col-md-8 main-col"><div class="item-page">', "</div></div>"),
                           "aside": ('<div class="col-md-4 sidebar">', "</div></div>"),
                           "footer": ('<div class="footer-wrap">', "</div></div>")},
                          '<h2 class="item-title">{text}</h2>', '<div class="item-text" itemprop="articleBody">',
                          lead='<div class="item-summary">{text}</div>', line_tag="p", markup=True,
                          css="/templates/sepid/css/template.css"),
        "alborzkooh": skin({"header": ('<div class="page"><div class="top">', "</div>"),
                            "main": ('<div class="middle"><div class="news-content">', "</div>"),
                            "aside": ('<div class="left-col">', "</div></div>"),
                            "footer": ('<div class="bottom">', "</div></div>")},
                           '<div class="title"><h1>{text}</h1></div>', '<div class="body" id="nbody">',
                           crumbs="ol", line_tag="div", css="/client/themes/fa/main/css/news.css"),
    }

    def skin(self, ctx):
        return self.SKINS[ctx.site["style"]]

    def article(self, ctx):
        rng, st = ctx.rng, ctx.story
        w, section, style = st.when, self.section(ctx, st), ctx.site["style"]
        blocks = self.header(ctx) + self.section_blocks(ctx, section)
        sur = surtitle(rng, st) if style == "karaneh" and rng.random() < 0.4 else None
        lead = st.lead if rng.random() < {"karaneh": 0.8, "sepidrood": 0.5, "alborzkooh": 0.0}[style] else None
        shown = True
        code = rng.randrange(100000, 999999)
        if style == "karaneh":
            blocks.append(Block("byline", ["کد خبر: " + digits(str(code), "fa"),
                                           ("time", "تاریخ انتشار: " + w.show("j_num_time"), iso_local(w.local))],
                                cls="news-info"))
        elif style == "sepidrood":
            blocks.append(Block("lines", ["شناسه خبر: %d" % code], cls="news-id"))
        if sur:
            blocks.append(Block("surtitle", [sur]))
        blocks.append(Block("title", [st.title]))
        if style == "sepidrood":
            shown = rng.random() < 0.8
            if shown:
                blocks.append(Block("byline", [("time", w.show("j_words_wd_time"), iso_local(w.local))], cls="item-date"))
        elif style == "alborzkooh":
            shown = rng.random() < 0.7
            if shown:
                blocks.append(Block("byline", [w.show("j_num_time_bar", "ar")], cls="news-date"))
        if lead:
            blocks.append(Block("lead", [lead]))
        inserts = []
        if style == "sepidrood" and rng.random() < 0.3:
            inserts += [Block("lines", [t], cls="inline-related") for t in ctx.pool.titles(rng, rng.randint(1, 2),
                                                                                         ctx.sports, st.title)]
        if style != "karaneh" and rng.random() < 0.2:
            inserts.append(Block("lines", ["مطلب پیشنهادی: " + ctx.pool.titles(rng, 1, ctx.sports, st.title)[0]],
                                 cls="suggest"))
        blocks.append(with_inserts(rng, st.paragraphs, inserts))
        i = initials(rng)
        if style == "karaneh":
            if rng.random() < 0.7:
                blocks.append(Block("lines", ["خبرنگار: " + person(rng), "ویراستار: " + i], cls="sign"))
            blocks.append(Block("lines", [rng.choice(self.END_MARKS).format(i=i)], cls="end"))
            blocks.append(Block("lines", ["کرانه؛ صدای مردم جنوب"], cls="slogan"))
        elif style == "sepidrood":
            blocks.append(Block("lines", [rng.choice(self.END_MARKS[2:4]).format(i=i)], cls="end"))
        else:
            blocks.append(Block("lines", [i], cls="sign"))
        if st.credit:
            blocks.append(Block("lines", [rng.choice(self.CREDITS).format(name=st.credit[1])], cls="source"))
        tags = topic_tags(st, rng)
        if style == "karaneh":
            blocks.append(Block("lines", ["لینک کوتاه: https://%s/x/%s" % (ctx.site["host"], slug(rng, 4))], cls="short"))
            if tags:
                blocks.append(Block("lines", ["برچسب‌ها: " + "، ".join(tags)], cls="tags"))
            if rng.random() < 0.5:
                blocks.append(Block("comments", comments(rng, w, "j_num_time"), head="نظرات کاربران", cls="comments"))
            blocks.append(Block("lines", ["نظر شما", "نام", "ایمیل", "ارسال نظر"], cls="comment-form"))
            blocks.append(Block("list", ctx.pool.titles(rng, 5, None, st.title), head="پربازدیدترین‌ها", zone="aside"))
            blocks.append(Block("list", [(d.show("time"), t) for t, d in ctx.pool.dated(rng, 5, w, None, st.title, 1)],
                                head="آخرین اخبار", zone="aside"))
        elif style == "sepidrood":
            prev, nxt = ctx.pool.titles(rng, 2, None, st.title)
            blocks.append(Block("lines", ["خبر قبلی: " + prev, "خبر بعدی: " + nxt], cls="pager"))
            blocks.append(Block("lines", ["ما را در پیام‌رسان‌های ایتا و بله دنبال کنید"], cls="follow"))
            blocks.append(Block("list", ctx.pool.titles(rng, 4, None, st.title), head="گزارش تصویری", zone="aside"))
        else:
            blocks.append(Block("lines", ["تعداد بازدید: " + fa_num(rng.randrange(40, 4000))], cls="hits"))
            blocks.append(Block("list", [(t, d.show("j_num", "ar")) for t, d in ctx.pool.dated(rng, 5, w, None, st.title)],
                                head="سایر اخبار این بخش", cls="other-news"))
            blocks.append(Block("lines", ["ارسال نظر", "نام و نام خانوادگی", "پست الکترونیک", "متن نظر", "ارسال"],
                                cls="comment-form"))
        blocks += self.footer(ctx)
        url = "https://%s/fa/news/%d/%s" % (ctx.site["host"], code, slug(rng, 6))
        ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title,
               "datePublished": iso_local(w.local), "articleSection": section,
               "publisher": {"@type": "Organization", "name": ctx.site["name"]}}]
        if style == "alborzkooh":
            ld.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "صفحه نخست", "item": "https://%s/" % ctx.site["host"]},
                {"@type": "ListItem", "position": 2, "name": section}]})
        meta = meta_tags(ctx, st.title, lead, url=url, published=iso_local(w.local) if style == "alborzkooh" else None)
        head = {"title": "%s - %s" % (st.title, ctx.site["name"]), "meta": meta,
                "ld": ld if style != "karaneh" else []}
        html_dated = style != "karaneh"  # karaneh prints its date; the others also state it in meta / JSON-LD
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title, lead=lead, surtitle=sur,
                         body=list(st.paragraphs), agency=st.gold_agency(),
                         published=w if (shown or (ctx.fmt == "html" and html_dated)) else None)



# ---- 4. a football news site -------------------------------------------------------------------
IRAN_CLUBS = ["پرسپولیس", "استقلال", "سپاهان", "تراکتور", "فولاد", "ذوب‌آهن", "گل‌گهر", "نساجی", "پیکان",
              "آلومینیوم", "صنعت نفت", "ملوان"]
WORLD_CLUBS = ["رئال مادرید", "بارسلونا", "لیورپول", "منچسترسیتی", "چلسی", "یوونتوس", "بایرن مونیخ", "آرسنال",
               "اینتر", "میلان", "پاری سن ژرمن", "دورتموند", "اتلتیکو مادرید", "تاتنهام"]


def live_scores(rng, k):
    """Ticker rows: «لیگ برتر | پرسپولیس ۲ - ۱ استقلال | پایان» - the scores differ on every page."""
    rows = []
    for _ in range(k):
        league, clubs, dig = rng.choice([("لیگ برتر", IRAN_CLUBS, "fa"), ("لالیگا", WORLD_CLUBS, "ascii"),
                                         ("لیگ قهرمانان", WORLD_CLUBS, "fa"), ("لیگ جزیره", WORLD_CLUBS, "ascii")])
        a, b = rng.sample(clubs, 2)
        status = rng.choice(["پایان", "نیمه اول", "دقیقه %d" % rng.randint(2, 90), "%d'" % rng.randint(2, 90),
                             "شروع %02d:%02d" % (rng.randint(15, 22), rng.choice([0, 15, 30, 45]))])
        rows.append(digits("%s | %s %d - %d %s | %s" % (league, a, rng.randint(0, 4), rng.randint(0, 4), b, status), dig))
    return rows


def relative_time(rng):
    return rng.choice(["%s ساعت پیش" % digits(str(rng.randint(1, 20)), "fa"), "%s دقیقه پیش" %
                       digits(str(rng.randint(2, 59)), "fa"), "دیروز", "لحظاتی پیش"])


class FootballPortal(Family):
    """Football news sites.

    golnameh (WordPress tagDiv): live-score ticker, category label, «author | ۱۲ مهر ۹۸ | ۳ دیدگاه» bylines
    (sometimes a relative date), «اشتراک گذاری» and share names, previous/next post titles, related posts
    with dates, app line, comments.  hattrick (Next.js): live scores and league table widgets,
    «دسته‌بندی: …», «نویسنده: … — ۱۲ مهر ۹۸», «بخوانید: <title>» between paragraphs, «کد مطلب», UTC stamps.
    tooptime (mobile): «توپ‌تایم | <section>» crumbs with the site name as home, «۹۸/۷/۱۲ ۲۲:۱۵»."""
    name = "football_portal"
    sites = [
        {"host": "golnameh.com", "name": "گل‌نامه", "short": "گل‌نامه", "tagline": "همه چیز درباره فوتبال",
         "style": "golnameh", "gap": 0.4, "body_gap": 0.9, "reply": "پاسخ دادن",
         "sections": {"other_sports": "سایر ورزش‌ها"}},
        {"host": "hattrick90.ir", "name": "هت‌تریک ۹۰", "short": "هت‌تریک ۹۰",
         "tagline": "سریع‌ترین خبرهای نقل و انتقالات", "style": "hattrick", "gap": 0.5, "body_gap": 0.6,
         "sections": {"football_world": ["فوتبال اروپا", "نقل و انتقالات"], "other_sports": "ورزش‌های دیگر"}},
        {"host": "tooptime.ir", "name": "توپ‌تایم", "short": "توپ‌تایم", "tagline": "ورزش به وقت شما",
         "style": "tooptime", "gap": 0.2, "body_gap": 0.3, "sections": {"other_sports": "ورزش"}},
    ]
    credit_modes = [("keep", 0.5), ("reattribute", 0.05), ("own", 0.25), ("credit", 0.2)]
    night = 0.2  # late matches, late news
    sections = {"football_iran": "فوتبال ایران", "football_world": "فوتبال جهان", "other_sports": "سایر ورزش‌ها"}
    list_date_style = "j_words_yy"
    CREDITS = ["منبع: {name}", "منبع : {name}", "برگرفته از {name}", "منبع خبر: {name}"]
    not_found = [["اوه! این صفحه آفساید است", "صفحه‌ای که دنبالش هستید وجود ندارد یا حذف شده است.",
                  "برگشت به خانه"],
                 ["۴۰۴", "چیزی پیدا نشد. شاید جست‌وجو کمک کند؟", "جستجو برای:", "جستجو"]]
    about = [["درباره {name}", "{name} از سال ۱۳۹۵ با تیمی از خبرنگاران جوان، تازه‌ترین خبرهای فوتبال ایران و جهان را "
              "منتشر می‌کند.", "همکاری با ما: jobs@{host}"],
             ["تماس با ما", "برای تبلیغات در {name} با شماره ۰۹۱۲۰۰۰۰۰۰۰ تماس بگیرید.", "ایمیل: info@{host}",
              "نام شما", "ایمیل شما", "موضوع", "پیام شما", "ارسال پیام"]]

    def wants(self, src):
        return 1.0 if src.topic == "sports" else 0.0

    def own_head(self, rng, site, head, span):
        return head[:span[0]] + site["short"] + head[span[1]:]

    def header(self, ctx):
        s, rng = ctx.site, ctx.rng
        if s["style"] == "golnameh":
            return [Block("lines", ["نتایج زنده"] + live_scores(rng, rng.randint(2, 4)), cls="live-ticker", zone="header"),
                    Block("lines", [s["name"], s["tagline"]], cls="td-logo", zone="header"),
                    Block("menu", ["خانه", "فوتبال ایران", "فوتبال جهان", "نقل و انتقالات", "جدول لیگ", "ویدیو",
                                   "سایر ورزش‌ها"], sep=" | ", cls="td-header-menu", zone="header")]
        if s["style"] == "hattrick":
            return [Block("lines", [s["name"], s["tagline"]], cls="css-1k9qj2a", zone="header"),
                    Block("lines", ["دانلود اپلیکیشن"], cls="css-app", zone="header"),
                    Block("menu", ["خانه", "لیگ برتر", "فوتبال اروپا", "نقل و انتقالات", "تیم ملی", "لژیونرها", "ویدیو"],
                          cls="css-nav", zone="header"),
                    Block("list", [tuple(r.split(" | ")[1:][::-1]) for r in live_scores(rng, rng.randint(2, 3))],
                          head="نتایج زنده", cls="css-live", zone="header")]
        return [Block("lines", [s["name"], s["tagline"]], cls="brand", zone="header")]

    def footer(self, ctx):
        s = ctx.site
        lines = {"golnameh": ["تمامی حقوق برای گل‌نامه محفوظ است ©", "تبلیغات", "تماس با ما"],
                 "hattrick": ["هت‌تریک ۹۰ را در اینستاگرام دنبال کنید", "© هت‌تریک ۹۰ - کلیه حقوق محفوظ است"],
                 "tooptime": ["توپ‌تایم؛ ورزش به وقت شما", "کلیه حقوق محفوظ است"]}[s["style"]]
        return [Block("lines", lines, cls="footer", zone="footer")]

    def section_blocks(self, ctx, section):
        st = ctx.site["style"]
        if st == "golnameh":
            return [Block("label", [section], cls="td-category")]
        if st == "hattrick":
            return [Block("lines", ["دسته‌بندی: " + section], cls="css-cat")]
        return [Block("crumbs", [ctx.site["name"], section], sep=" | ", cls="crumbs")]

    SKINS = {
        "golnameh": skin({"header": ('<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap">', "</div>"),
                          "main": ('<div class="td-main-content-wrap td-container-wrap"><div class="td-ss-main-content">'
                                   '<article class="post type-post status-publish format-standard">', "</article>"),
                          "aside": ('<div class="td-pb-span4 td-main-sidebar">', "</div></div></div>"),
                          "footer": ('<div class="td-footer-wrapper">', "</div></div>")},
                         '<header class="td-post-title"><h1 class="entry-title">{text}</h1></header>',
                         '<div class="td-post-content tagdiv-type">', markup=True, line_tag="div",
                         css="/wp-content/themes/Newspaper/style.css?ver=12.1", body_cls="single single-post td-standard-pack"),
        "hattrick": skin({"header": ('<div id="__next"><div class="css-1u8qly9"><header class="css-hdr">', "</header>"),
                          "main": ('<main class="css-main"><div class="css-article">', "</div>"),
                          "aside": ('<aside class="css-side">', "</aside></main>"),
                          "footer": ('<footer class="css-ftr">', "</footer></div></div>")},
                         '<h1 class="css-1x2y3z4 e1title">{text}</h1>', '<div class="css-7ab12c body {cls}">',
                         lead='<p class="css-lead e1lead">{text}</p>', p_fmt='<p class="css-p">{text}</p>',
                         line_tag="span", css="/_next/static/css/3f2a1b.css",
                         script="self.__next_f=self.__next_f||[];self.__next_f.push([0])"),
        "tooptime": skin({"header": ('<div class="m-wrap"><div class="m-top">', "</div>"),
                          "main": ('<div class="m-post">', "</div>"),
                          "aside": ('<div class="m-hot">', "</div>"),
                          "footer": ('<div class="m-foot">', "</div></div>")},
                         '<h1>{text}</h1>', '<div class="m-text">', surtitle='<small class="kicker">{text}</small>',
                         crumbs="inline", line_tag="p", zwnj_entity=True, css="/m/style.css"),
    }

    def skin(self, ctx):
        return self.SKINS[ctx.site["style"]]

    def article(self, ctx):
        return getattr(self, "_" + ctx.site["style"])(ctx, ctx.story, self.section(ctx, ctx.story))

    def _credit(self, ctx, st):
        if not st.credit:
            return []
        return [Block("lines", [ctx.rng.choice(self.CREDITS).format(name=st.credit[1])], cls="source")]

    def _golnameh(self, ctx, st, section):
        rng, w = ctx.rng, st.when
        ncom = rng.choice([0, 0, 1, 2, 3])
        shown = rng.random() < 0.88
        date_item = ("time", w.show("j_words_yy") if shown else relative_time(rng), iso_local(w.local))
        count = "%s دیدگاه" % digits(str(ncom), "fa") if ncom else "بدون دیدگاه"
        blocks = self.header(ctx) + self.section_blocks(ctx, section) + [Block("title", [st.title])]
        blocks.append(Block("byline", [person(rng), date_item, count], sep=" | ", cls="td-module-meta-info"))
        inserts = [Block("figure", ["عکس: " + person(rng)], cls="wp-caption")] if rng.random() < 0.25 else []
        blocks.append(with_inserts(rng, st.paragraphs, inserts))
        blocks += self._credit(ctx, st)
        blocks.append(Block("lines", ["اشتراک گذاری"], cls="td-post-sharing-visible"))
        blocks.append(Block("lines", ["تلگرام", "واتساپ", "توییتر", "کپی لینک"], cls="td-social-sharing-buttons"))
        tags = topic_tags(st, rng)
        if tags:
            blocks.append(Block("list", tags, head="برچسب‌ها", cls="td-tags"))
        prev, nxt = ctx.pool.titles(rng, 2, True, st.title)
        blocks.append(Block("lines", ["مطلب قبلی", prev, "مطلب بعدی", nxt], cls="td-post-next-prev"))
        blocks.append(Block("list", [(t, d.show("j_words_yy")) for t, d in ctx.pool.dated(rng, 3, w, True, st.title, 10)],
                            head="مطالب مرتبط", cls="td-related"))
        blocks.append(Block("lines", ["اپلیکیشن گل‌نامه را از کافه‌بازار دریافت کنید"], cls="app-banner"))
        if ncom:
            blocks.append(Block("comments", comments(rng, w, "j_words_yy_at", ncom), head=count, cls="comments"))
        blocks.append(Block("lines", ["نظر خود را ثبت کنید", "نام *", "ایمیل *", "ارسال دیدگاه"], cls="comment-respond"))
        blocks.append(Block("list", ctx.pool.titles(rng, 5, True, st.title), head="پربازدیدهای هفته", zone="aside"))
        blocks += self.footer(ctx)
        url = "https://%s/%d/" % (ctx.site["host"], rng.randrange(10000, 300000))
        mod = later(w, rng)
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": st.title},
            {"@type": "Article", "headline": st.title, "datePublished": iso_local(w.local),
             "dateModified": iso_local(mod.local), "articleSection": [section],
             "author": {"@type": "Person", "name": "تحریریه"}}]}
        meta = meta_tags(ctx, st.title, st.paragraphs[0][:150], section=section, url=url,
                         published=iso_local(w.local), modified=iso_local(mod.local))
        head = {"title": "%s - %s" % (st.title, ctx.site["name"]), "meta": meta, "ld": [ld]}
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title,
                         body=list(st.paragraphs), agency=st.gold_agency(),
                         published=w if (shown or ctx.fmt == "html") else None)

    def _hattrick(self, ctx, st, section):
        rng, w = ctx.rng, st.when
        blocks = self.header(ctx) + self.section_blocks(ctx, section) + [Block("title", [st.title])]
        lead = st.lead if rng.random() < 0.6 else None
        if lead:
            blocks.append(Block("lead", [lead]))
        shown = rng.random() < 0.75
        author = person(rng)
        blocks.append(Block("byline", ["نویسنده: %s — %s" % (author, w.show("j_words_yy") if shown else relative_time(rng))],
                            cls="css-byline"))
        inserts = [Block("lines", ["بخوانید: " + t], cls="css-readalso")
                   for t in ctx.pool.titles(rng, rng.choice([0, 0, 1, 2]), True, st.title)]
        blocks.append(with_inserts(rng, st.paragraphs, inserts))
        blocks += self._credit(ctx, st)
        blocks.append(Block("lines", ["کد مطلب: %d" % rng.randrange(1000, 99999)], cls="css-code"))
        blocks.append(Block("lines", ["اشتراک گذاری", "کپی لینک", "لینک کپی شد!"], cls="css-share"))
        blocks.append(Block("lines", ["دانلود اپلیکیشن هت‌تریک ۹۰ برای اندروید و iOS"], cls="css-app2"))
        blocks.append(Block("list", ctx.pool.titles(rng, 4, True, st.title), head="پیشنهاد سردبیر", cls="css-editor"))
        table = rng.sample(IRAN_CLUBS, 5)
        blocks.append(Block("list", [(digits(str(i), "fa"), c, digits(str(40 - 3 * i + rng.randint(0, 2)), "fa"))
                                     for i, c in enumerate(table, 1)], head="جدول لیگ برتر", zone="aside"))
        blocks += self.footer(ctx)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title,
              "datePublished": iso_utc(w.local, millis=True), "author": [{"@type": "Person", "name": author}],
              "articleSection": section}
        url = "https://%s/news/%d" % (ctx.site["host"], rng.randrange(10000, 99999))
        head = {"title": "%s | %s" % (st.title, ctx.site["name"]),
                "meta": meta_tags(ctx, st.title, lead, url=url), "ld": [ld]}
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title, lead=lead,
                         body=list(st.paragraphs), agency=st.gold_agency(),
                         published=w if (shown or ctx.fmt == "html") else None)

    def _tooptime(self, ctx, st, section):
        rng, w = ctx.rng, st.when
        blocks = self.header(ctx) + self.section_blocks(ctx, section)
        sur = surtitle(rng, st) if rng.random() < 0.3 else None
        if sur:
            blocks.append(Block("surtitle", [sur]))
        blocks.append(Block("title", [st.title]))
        blocks.append(Block("byline", [w.show("j_num_yy_time")], cls="m-date"))
        blocks.append(Block("body", [("p", p) for p in st.paragraphs]))
        blocks += self._credit(ctx, st)
        if rng.random() < 0.4:
            blocks.append(Block("comments", comments(rng, w, "j_num_yy_time"), head="نظرات", cls="m-comments"))
        else:
            blocks.append(Block("lines", ["نظرات", "هنوز نظری ثبت نشده است."], cls="m-comments"))
        blocks.append(Block("list", ctx.pool.titles(rng, 5, True, st.title), head="داغ‌ترین‌ها", zone="aside"))
        blocks += self.footer(ctx)
        head = {"title": st.title, "meta": meta_tags(ctx, st.title)}  # the printed date is the only one
        return make_page(ctx, blocks, self.skin(ctx), head, section=section, title=st.title, surtitle=sur,
                         body=list(st.paragraphs), agency=st.gold_agency(), published=w)


# --------------------------------------------------------------------------------------------------
# Arabic pages (negatives): Quran and prayers inside Persian chrome
# --------------------------------------------------------------------------------------------------
ARABIC_TEXTS = [
    {"title": "سوره مبارکه حمد",
     "paras": ["بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ ﴿١﴾ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ ﴿٢﴾ الرَّحْمَٰنِ الرَّحِيمِ ﴿٣﴾",
               "مَالِكِ يَوْمِ الدِّينِ ﴿٤﴾ إِيَّاكَ نَعْبُدُ وَإِيَّاكَ نَسْتَعِينُ ﴿٥﴾ اهْدِنَا الصِّرَاطَ الْمُسْتَقِيمَ ﴿٦﴾",
               "صِرَاطَ الَّذِينَ أَنْعَمْتَ عَلَيْهِمْ غَيْرِ الْمَغْضُوبِ عَلَيْهِمْ وَلَا الضَّالِّينَ ﴿٧﴾"]},
    {"title": "آیة الکرسی",
     "paras": ["اللَّهُ لَا إِلَٰهَ إِلَّا هُوَ الْحَيُّ الْقَيُّومُ ۚ لَا تَأْخُذُهُ سِنَةٌ وَلَا نَوْمٌ ۚ لَهُ مَا فِي السَّمَاوَاتِ وَمَا فِي "
               "الْأَرْضِ ۗ مَنْ ذَا الَّذِي يَشْفَعُ عِنْدَهُ إِلَّا بِإِذْنِهِ ۚ يَعْلَمُ مَا بَيْنَ أَيْدِيهِمْ وَمَا خَلْفَهُمْ ۖ وَلَا "
               "يُحِيطُونَ بِشَيْءٍ مِنْ عِلْمِهِ إِلَّا بِمَا شَاءَ ۚ وَسِعَ كُرْسِيُّهُ السَّمَاوَاتِ وَالْأَرْضَ ۖ وَلَا يَئُودُهُ "
               "حِفْظُهُمَا ۚ وَهُوَ الْعَلِيُّ الْعَظِيمُ ﴿٢٥٥﴾",
               "لَا إِكْرَاهَ فِي الدِّينِ ۖ قَدْ تَبَيَّنَ الرُّشْدُ مِنَ الْغَيِّ ۚ فَمَنْ يَكْفُرْ بِالطَّاغُوتِ وَيُؤْمِنْ بِاللَّهِ "
               "فَقَدِ اسْتَمْسَكَ بِالْعُرْوَةِ الْوُثْقَىٰ لَا انْفِصَامَ لَهَا ۗ وَاللَّهُ سَمِيعٌ عَلِيمٌ ﴿٢٥٦﴾",
               "اللَّهُ وَلِيُّ الَّذِينَ آمَنُوا يُخْرِجُهُمْ مِنَ الظُّلُمَاتِ إِلَى النُّورِ ۖ وَالَّذِينَ كَفَرُوا أَوْلِيَاؤُهُمُ "
               "الطَّاغُوتُ يُخْرِجُونَهُمْ مِنَ النُّورِ إِلَى الظُّلُمَاتِ ۗ أُولَٰئِكَ أَصْحَابُ النَّارِ ۖ هُمْ فِيهَا خَالِدُونَ ﴿٢٥٧﴾"]},
    {"title": "سوره‌های توحید، فلق و ناس",
     "paras": ["قُلْ هُوَ اللَّهُ أَحَدٌ ﴿١﴾ اللَّهُ الصَّمَدُ ﴿٢﴾ لَمْ يَلِدْ وَلَمْ يُولَدْ ﴿٣﴾ وَلَمْ يَكُنْ لَهُ كُفُوًا أَحَدٌ ﴿٤﴾",
               "قُلْ أَعُوذُ بِرَبِّ الْفَلَقِ ﴿١﴾ مِنْ شَرِّ مَا خَلَقَ ﴿٢﴾ وَمِنْ شَرِّ غَاسِقٍ إِذَا وَقَبَ ﴿٣﴾ وَمِنْ شَرِّ "
               "النَّفَّاثَاتِ فِي الْعُقَدِ ﴿٤﴾ وَمِنْ شَرِّ حَاسِدٍ إِذَا حَسَدَ ﴿٥﴾",
               "قُلْ أَعُوذُ بِرَبِّ النَّاسِ ﴿١﴾ مَلِكِ النَّاسِ ﴿٢﴾ إِلَٰهِ النَّاسِ ﴿٣﴾ مِنْ شَرِّ الْوَسْوَاسِ الْخَنَّاسِ ﴿٤﴾ "
               "الَّذِي يُوَسْوِسُ فِي صُدُورِ النَّاسِ ﴿٥﴾ مِنَ الْجِنَّةِ وَالنَّاسِ ﴿٦﴾"]},
    {"title": "سورة القدر والعصر والكوثر",
     "paras": ["إِنَّا أَنْزَلْنَاهُ فِي لَيْلَةِ الْقَدْرِ ﴿١﴾ وَمَا أَدْرَاكَ مَا لَيْلَةُ الْقَدْرِ ﴿٢﴾ لَيْلَةُ الْقَدْرِ خَيْرٌ مِنْ "
               "أَلْفِ شَهْرٍ ﴿٣﴾ تَنَزَّلُ الْمَلَائِكَةُ وَالرُّوحُ فِيهَا بِإِذْنِ رَبِّهِمْ مِنْ كُلِّ أَمْرٍ ﴿٤﴾ سَلَامٌ هِيَ حَتَّىٰ "
               "مَطْلَعِ الْفَجْرِ ﴿٥﴾",
               "وَالْعَصْرِ ﴿١﴾ إِنَّ الْإِنْسَانَ لَفِي خُسْرٍ ﴿٢﴾ إِلَّا الَّذِينَ آمَنُوا وَعَمِلُوا الصَّالِحَاتِ وَتَوَاصَوْا بِالْحَقِّ "
               "وَتَوَاصَوْا بِالصَّبْرِ ﴿٣﴾",
               "إِنَّا أَعْطَيْنَاكَ الْكَوْثَرَ ﴿١﴾ فَصَلِّ لِرَبِّكَ وَانْحَرْ ﴿٢﴾ إِنَّ شَانِئَكَ هُوَ الْأَبْتَرُ ﴿٣﴾"]},
    {"title": "متن کامل دعای فرج",
     "paras": ["إِلٰهِي عَظُمَ الْبَلاءُ، وَبَرِحَ الْخَفاءُ، وَانْكَشَفَ الْغِطاءُ، وَانْقَطَعَ الرَّجاءُ، وَضاقَتِ الْأَرْضُ، "
               "وَمُنِعَتِ السَّماءُ، وَأَنْتَ الْمُسْتَعانُ، وَإِلَيْكَ الْمُشْتَكىٰ، وَعَلَيْكَ الْمُعَوَّلُ فِي الشِّدَّةِ وَالرَّخاءِ.",
               "اللّٰهُمَّ صَلِّ عَلىٰ مُحَمَّدٍ وَآلِ مُحَمَّدٍ، أُولِي الْأَمْرِ الَّذِينَ فَرَضْتَ عَلَيْنا طاعَتَهُمْ، وَعَرَّفْتَنا "
               "بِذٰلِكَ مَنْزِلَتَهُمْ، فَفَرِّجْ عَنّا بِحَقِّهِمْ فَرَجاً عاجِلاً قَرِيباً كَلَمْحِ الْبَصَرِ أَوْ هُوَ أَقْرَبُ.",
               "يا مُحَمَّدُ يا عَلِيُّ، يا عَلِيُّ يا مُحَمَّدُ، اكْفِيانِي فَإِنَّكُما كافِيانِ، وَانْصُرانِي فَإِنَّكُما ناصِرانِ.",
               "يا مَوْلانا يا صاحِبَ الزَّمانِ، الْغَوْثَ الْغَوْثَ الْغَوْثَ، أَدْرِكْنِي أَدْرِكْنِي أَدْرِكْنِي، السّاعَةَ السّاعَةَ "
               "السّاعَةَ، الْعَجَلَ الْعَجَلَ الْعَجَلَ، يا أَرْحَمَ الرّاحِمِينَ، بِحَقِّ مُحَمَّدٍ وَآلِهِ الطّاهِرِينَ."]},
    {"title": "دعاهای روزهای اول تا سوم ماه مبارک رمضان",
     "paras": ["اللّهُمَّ اجْعَلْ صِيامي فيهِ صِيامَ الصّائِمينَ، وَقِيامي فيهِ قِيامَ القائِمينَ، وَنَبِّهْني فيهِ عَن نَوْمَةِ "
               "الغافِلينَ، وَهَبْ لي جُرْمي فيهِ يا إلهَ العالَمينَ، وَاعْفُ عَنّي يا عافِياً عَنِ المُجْرِمينَ.",
               "اللّهُمَّ قَرِّبْني فيهِ إلى مَرْضاتِكَ، وَجَنِّبْني فيهِ مِن سَخَطِكَ وَنَقِماتِكَ، وَوَفِّقْني فيهِ لِقِرائَةِ آياتِكَ، "
               "بِرَحْمَتِكَ يا أرْحَمَ الرّاحِمينَ.",
               "اللّهُمَّ ارْزُقْني فيهِ الذِّهْنَ وَالتَّنْبيهَ، وَباعِدْني فيهِ مِنَ السَّفاهَةِ وَالتَّمْويهِ، وَاجْعَل لي نَصيباً مِن "
               "كُلِّ خَيْرٍ تُنْزِلُ فيهِ، بِجودِكَ يا أجْوَدَ الأجْوَدينَ."]},
    {"title": "زيارة عاشوراء",
     "paras": ["السَّلامُ عَلَيْكَ يا أَبا عَبْدِ اللّٰهِ، السَّلامُ عَلَيْكَ يَا ابْنَ رَسُولِ اللّٰهِ، السَّلامُ عَلَيْكَ يَا ابْنَ "
               "أَمِيرِ الْمُؤْمِنِينَ وَابْنَ سَيِّدِ الْوَصِيِّينَ، السَّلامُ عَلَيْكَ يَا ابْنَ فاطِمَةَ سَيِّدَةِ نِساءِ الْعالَمِينَ.",
               "السَّلامُ عَلَيْكَ يا ثارَ اللّٰهِ وَابْنَ ثارِهِ وَالْوِتْرَ الْمَوْتُورَ، السَّلامُ عَلَيْكَ وَعَلَى الْأَرْواحِ الَّتِي "
               "حَلَّتْ بِفِنائِكَ، عَلَيْكُمْ مِنِّي جَمِيعاً سَلامُ اللّٰهِ أَبَداً ما بَقِيتُ وَبَقِيَ اللَّيْلُ وَالنَّهارُ."]},
]


# --------------------------------------------------------------------------------------------------
# Planning a set: which page shows which story on which site, in which format
# --------------------------------------------------------------------------------------------------
@dataclass
class Job:
    kind: str
    family: Family
    site: dict
    story: Story | None = None
    fmt: str = "txt"


class Planner:
    """Spread pages over the sites evenly; stories are never reused outside their cluster."""

    def __init__(self, rng, sources, families):
        self.rng, self.sources, self.families = rng, sources, families
        self.load = {s["host"]: 0 for f in families for s in f.sites}
        self.used = set()

    def _site(self, ok):
        """The least-used site among the families ``ok`` accepts."""
        cands = [(f, s) for f in self.families if ok(f) for s in f.sites]
        low = min(self.load[s["host"]] for _, s in cands)
        f, s = self.rng.choice([(f, s) for f, s in cands if self.load[s["host"]] == low])
        self.load[s["host"]] += 1
        return f, s

    def _source(self, accept):
        for _ in range(20000):
            src = self.rng.choice(self.sources)
            if src.key not in self.used and self.rng.random() < accept(src):
                self.used.add(src.key)
                return src
        raise RuntimeError("source pool exhausted")

    def negatives(self, n):
        jobs = []
        for _ in range(n):
            kind = pick(self.rng, NEG_KINDS)
            f, s = self._site(lambda f, kind=kind: kind in f.neg_kinds)
            jobs.append(Job(kind, f, s))
        return jobs

    def clusters(self, target):
        jobs, made = [], 0
        while made < target:
            k = min(pick(self.rng, CLUSTER_SIZES), max(2, target - made))
            sports = self.rng.random() < 0.45
            src = self._source(lambda s, sports=sports: (s.topic == "sports") == sports)
            cands = [(f, s) for f in self.families for s in f.sites if f.wants(src) > 0]
            chosen = []
            while len(chosen) < min(k, len(cands)):
                low = min(self.load[s["host"]] for f, s in cands if (f, s) not in chosen)
                pool = [(f, s) for f, s in cands if (f, s) not in chosen]
                f, s = pick(self.rng, [((f, s), f.wants(src) * (2.0 if self.load[s["host"]] == low else 1.0))
                                       for f, s in pool])
                chosen.append((f, s))
                self.load[s["host"]] += 1
            cid = "%s-c%05d" % (SPLIT, len(set(j.story.cluster for j in jobs)) + 1)
            f0, s0 = chosen[0]
            base = prepare_story(self.rng, src, f0, s0)
            base.cluster = cid
            jobs.append(Job("article", f0, s0, base))
            for f, s in chosen[1:]:
                jobs.append(Job("article", f, s, republish(self.rng, base, s)))
            if len(chosen) <= 3 and self.rng.random() < RATES["recrawl"]:
                self.load[s0["host"]] += 1
                jobs.append(Job("article", f0, s0, republish(self.rng, base, s0, same_site=True)))
            made += len(chosen) + (jobs[-1].story.edits == ["recrawl_same_site"])
        return jobs

    def singles(self, n):
        jobs = []
        for _ in range(n):
            f, s = self._site(lambda f: True)
            src = self._source(f.wants)
            jobs.append(Job("article", f, s, prepare_story(self.rng, src, f, s)))
        return jobs


def plan(rng, n, sources, families):
    p = Planner(rng, sources, families)
    n_neg = max(4, round(n * RATES["negatives"])) if n >= 20 else max(1, n // 10)
    n_art = n - n_neg
    jobs = p.negatives(n_neg) + p.clusters(round(n_art * RATES["cluster_articles"]))
    jobs += p.singles(n - len(jobs))
    for j in jobs:
        j.fmt = "html" if rng.random() < RATES["html"] else "txt"
    rng.shuffle(jobs)
    return jobs


# --------------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------------
def clean_chrome(lines, body, content):
    """Each chrome line once, without those that are content or show inside a body paragraph."""
    paras = [canon(p) for p in body]
    content = {canon(x) for x in content if x}
    out, seen = [], set()
    for line in lines:
        c = canon(line)
        if not c or c in seen or c in content or any(leaks(c, p) for p in paras):
            continue
        seen.add(c)
        out.append(squash(line))
    return out


def render_job(rng, job, pool, index):
    """(bytes, gold row without file names) for one planned page."""
    st = job.story
    base_day = st.when.local if st else dt.datetime(2012, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    if st and rng.random() < RATES["same_day_today"]:
        today = When(base_day.replace(hour=rng.randint(st.when.local.hour, 23), minute=rng.randrange(60)))
    else:
        today = When(base_day + dt.timedelta(days=rng.randint(1, 1500), minutes=rng.randrange(1440)))
    ctx = Ctx(rng=rng, family=job.family, site=job.site, fmt=job.fmt, kind=job.kind, story=st, today=today,
              pool=pool, cor=Corruptor(rng, job.fmt, job.kind),
              arabic=rng.choice(ARABIC_TEXTS) if job.kind == "arabic" else None)
    page = job.family.render(ctx)
    data = ctx.cor.finish(page.text)
    when = page.published
    gold = {
        "split": SPLIT, "family": job.family.name, "family_id": FAMILY_IDS[job.family.name],
        "site": job.site["host"], "format": job.fmt, "kind": job.kind,
        "section": page.section, "title": page.title, "lead": page.lead, "surtitle": page.surtitle,
        "body_paragraphs": page.body, "agency": page.agency,
        "published_iso": when.iso() if when else None, "published_jalali": when.jalali() if when else None,
        "cluster": st.cluster if st else None, "corruptions": ctx.cor.listed(), "edits": list(st.edits) if st else [],
        "source": st.src.link if st else None, "source_key": st.src.key if st else None,
        "synthetic_remix": False, "agency_reattributed": st.reattributed if st else None,
        "chrome_lines": clean_chrome(page.chrome, page.body, [page.title, page.lead, page.surtitle]),
    }
    return data, gold


def build(out_dir, n=300, seed=DEFAULT_SEED, corpus=None):
    """Write ``out_dir/pages/*`` and ``out_dir/gold.jsonl``; returns the gold rows."""
    rng = random.Random("%s:%s:%d" % (SPLIT, seed, n))
    sources = load_sources(corpus or _default_corpus())
    pool = Pool(sources)
    jobs = plan(rng, n, sources, FAMILY_LIST)
    pages_dir = os.path.join(out_dir, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    width = max(3, len(str(n - 1)))
    rows = []
    for i, job in enumerate(jobs):
        page_rng = random.Random(rng.getrandbits(64))
        data, gold = render_job(page_rng, job, pool, i)
        stem = "%0*d_%s" % (width, i, hashlib.blake2b(data, digest_size=8).hexdigest())
        name = stem + "." + job.fmt
        with open(os.path.join(pages_dir, name), "wb") as fh:
            fh.write(data)
        rows.append(dict({"file": name, "id": stem}, **gold))
    with open(os.path.join(out_dir, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest(rows, n, seed), fh, ensure_ascii=False, indent=1)
    return rows


def manifest(rows, n, seed):
    from collections import Counter
    def count(key):
        return dict(sorted(Counter(r[key] for r in rows).items()))
    corr = Counter(c.split(":")[0] for r in rows for c in r["corruptions"])
    edits = Counter(e.split(":")[0] for r in rows for e in r["edits"])
    return {"generator": GENERATOR, "split": SPLIT, "n": n, "seed": seed, "rates": RATES,
            "families": {str(v): k for k, v in FAMILY_IDS.items()},
            "sites": {f.name: [s["host"] for s in f.sites] for f in FAMILY_LIST},
            "stats": {"family": count("family"), "site": count("site"), "format": count("format"),
                      "kind": count("kind"),
                      "agency": dict(Counter(r["agency"] for r in rows if r["kind"] == "article")),
                      "clusters": len({r["cluster"] for r in rows if r["cluster"]}),
                      "cluster_pages": sum(1 for r in rows if r["cluster"]),
                      "with_date": sum(1 for r in rows if r["published_iso"]),
                      "with_section": sum(1 for r in rows if r["section"]),
                      "with_lead": sum(1 for r in rows if r["lead"]),
                      "with_surtitle": sum(1 for r in rows if r["surtitle"]),
                      "corruptions": dict(sorted(corr.items())), "edits": dict(sorted(edits.items()))}}


FAMILY_LIST = [Broadcaster(), EconomicDaily(), RegionalAgency(), FootballPortal()]
FAMILY_IDS = {f.name: i for i, f in enumerate(FAMILY_LIST)}
FAMILIES = {f.name: f.render for f in FAMILY_LIST}


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write the families_b page set with gold.",
                                 epilog="example: python tests/site_families_b.py /tmp/famb --n 300 --seed 1")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", default=DEFAULT_SEED)
    ap.add_argument("--corpus", default=None, help="news-dev.jsonl.gz (default: the shared corpus)")
    a = ap.parse_args(argv)
    rows = build(a.out, a.n, a.seed, a.corpus)
    print(json.dumps(manifest(rows, a.n, a.seed)["stats"], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
