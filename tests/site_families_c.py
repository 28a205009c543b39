"""Five more fictional Persian site families (split ``families_c``), with gold, for scoring palayesh's extractor.

Written without looking at the extractor: every chrome string here is this module's own wording. The families:

- ``gov_portal``   a ministry / governorate portal: press releases of «روابط عمومی», photo captions and
                   «دانلود فایل» lines between paragraphs, visitor counters, a footer "last updated" date;
- ``uni_news``     a university / research institute news site: Gregorian + Jalali dates, «برچسب‌ها»,
                   «تعداد بازدید», short links, event boxes whose date is not the publication date;
- ``health_mag``   a lifestyle / health magazine: a table of contents, real subheadings, ad and product lines
                   between paragraphs, FAQ at the end that is content, a modified date, user comments;
- ``afghan_dari``  an Afghan Dari news site: Afghan solar month names, Kabul time, its own agencies' credits
                   (which are not one of the seven canonical agencies, so gold agency is null);
- ``aggregator``   a news aggregator whose article pages are short and whose many negatives (listings with
                   full-sentence teasers, tag / search / author pages, 404, contact, about) look like prose.

Bodies are real articles from ``shared/data/corpora/news-dev.jsonl.gz`` (Fars News, Varzesh3, Apache-2.0).

    python tests/site_families_c.py OUT [--n 300] [--seed 7]

writes ``OUT/pages/NNN_<blake2b-64>.txt|.html``, ``OUT/gold.jsonl`` (the dev gold format) and ``OUT/manifest.json``.
"""
from __future__ import annotations

import argparse
import ast
import collections
import datetime as dt
import gzip
import hashlib
import html as htmllib
import json
import os
import random
import re
from pathlib import Path

import jdatetime

try:  # Tehran's offsets (DST until 2022) come from the tz database when the machine has one
    from zoneinfo import ZoneInfo
    TEHRAN = ZoneInfo("Asia/Tehran")
except Exception:  # pragma: no cover - machines without tzdata
    TEHRAN = None

SPLIT = "families_c"
CLUSTER_PREFIX = "famc-c"
HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("PALAYESH_NEWS_CORPUS", HERE.parent.parent / "shared" / "data" / "corpora"
                             / "news-dev.jsonl.gz"))
if not CORPUS.exists():
    CORPUS = Path("/work/shared/data/corpora/news-dev.jsonl.gz")

ZWNJ = "\u200c"
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"

# ---------------------------------------------------------------------------------------------------------
# probabilities (recorded in manifest.json)
# ---------------------------------------------------------------------------------------------------------
P = {
    "html_frac": 0.3,
    "republish": 0.2,            # share of article stories shown on 2-4 sites
    "republish_k": [(2, 0.55), (3, 0.3), (4, 0.15)],
    "recrawl_same_site": 0.03,
    "edit_dateline": 0.6, "edit_drop_last": 0.35, "edit_intro": 0.25, "edit_typos": 0.45, "edit_title": 0.2,
    "zwnj_delete": 0.4, "zwnj_space": 0.2, "arabic_yk": 0.1, "digits_fa": 0.3, "digits_ar": 0.05,
    "digits_ascii": 0.05, "nbsp": 0.25, "bidi": 0.15, "tatweel": 0.08, "double_space": 0.1,
    "crlf_txt": 0.05, "bom": 0.03, "entities_txt": 0.04, "cp1256_txt": 0.03,
    "midnight_story": 0.15,      # stories published between 00:05 and 02:55 Tehran time (UTC day differs)
}

# ---------------------------------------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------------------------------------


def fa_num(x, script="fa"):
    """Digits of ``x`` in a script: ``fa_num(1401)`` -> «۱۴۰۱»; script ``ar`` gives «١٤٠١», ``en`` gives 1401."""
    s = str(x)
    if script == "fa":
        return s.translate(str.maketrans("0123456789", FA_DIGITS))
    if script == "ar":
        return s.translate(str.maketrans("0123456789", AR_DIGITS))
    return s


def to_ascii_digits(s):
    return s.translate(str.maketrans(FA_DIGITS + AR_DIGITS, "0123456789" * 2))


def esc(s):
    return htmllib.escape(s, quote=False)


def attr(s):
    return htmllib.escape(s, quote=True)


def weighted(rng, pairs):
    """Pick from ``[(value, weight), ...]``."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def canon(s):
    """The scorer's canonical form (letters and digits only), to keep gold chrome out of gold bodies."""
    import unicodedata
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = (s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ۀ", "ه").replace("ة", "ه"))
    s = to_ascii_digits(s)
    return "".join(ch for ch in s if ch.isalnum() and ch != "\u0640")


def leaks(c, p):
    """Same test as score_pages.leaks: would chrome line ``c`` count as leaked into paragraph ``p``?"""
    if not c or not p:
        return False
    if c == p:
        return True
    if len(c) >= 8 and (p.startswith(c) or p.endswith(c)):
        return True
    return len(c) >= 15 and c in p


def short_title(t, n=6):
    words = t.split()
    return " ".join(words[:n]) if len(words) > n else t


# ---------------------------------------------------------------------------------------------------------
# dates: Jalali, Gregorian, Hijri-qamari, Tehran / Kabul offsets
# ---------------------------------------------------------------------------------------------------------
J_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
AF_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
G_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
            "دسامبر"]
G_MONTHS_AF = ["جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر",
               "دسمبر"]
G_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]  # jdatetime: 0 = Saturday
WEEKDAYS_EN = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
Q_MONTHS = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان",
            "شوال", "ذی‌القعده", "ذی‌الحجه"]


def tehran_offset(local):
    """UTC offset of a naive Tehran wall-clock time (+03:30, or +04:30 in the DST years up to 2022)."""
    if TEHRAN is not None:
        return local.replace(tzinfo=TEHRAN).utcoffset()
    j = jdatetime.date.fromgregorian(date=local.date())
    dst_year = 1991 <= local.year <= 2005 or 2008 <= local.year <= 2022
    in_dst = dst_year and ((j.month == 1 and j.day >= 2) or 2 <= j.month <= 5 or (j.month == 6 and j.day <= 30))
    return dt.timedelta(hours=4, minutes=30) if in_dst else dt.timedelta(hours=3, minutes=30)


def iso_offset(td):
    m = int(td.total_seconds() // 60)
    return "%s%02d:%02d" % ("+" if m >= 0 else "-", abs(m) // 60, abs(m) % 60)


def hijri_qamari(d):
    """Tabular Hijri date (year, month, day) of a Gregorian date; good enough for a header's "today"."""
    jd = d.toordinal() + 1721424.5

    def to_jd(y, m, day):
        return day + -(-29.5 * (m - 1) // 1) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1

    jd = int(jd) + 0.5
    y = int((30 * (jd - 1948439.5) + 10646) // 10631)
    m = min(12, int(-(-(jd - (29 + to_jd(y, 1, 1))) // 29.5)) + 1)
    m = max(1, m)
    day = int(jd - to_jd(y, m, 1)) + 1
    return y, m, day


class When:
    """One instant, seen in Tehran (and, for Afghan pages, Kabul) wall-clock time."""

    def __init__(self, local):
        self.local = local                                   # naive Tehran time
        self.offset = tehran_offset(local)
        self.utc = local - self.offset
        self.j = jdatetime.date.fromgregorian(date=local.date())

    @property
    def iso(self):
        return self.local.date().isoformat()

    @property
    def jalali(self):
        return "%04d/%02d/%02d" % (self.j.year, self.j.month, self.j.day)

    def kabul(self):
        return self.utc + dt.timedelta(hours=4, minutes=30)

    def meta(self, style="offset", zone="tehran"):
        """``2022-07-03T10:24:00+04:30`` (Tehran), ``...Z`` (UTC) or Kabul's fixed +04:30."""
        if style == "utc":
            return self.utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        if zone == "kabul":
            return self.kabul().strftime("%Y-%m-%dT%H:%M:%S") + "+04:30"
        return self.local.strftime("%Y-%m-%dT%H:%M:%S") + iso_offset(self.offset)


def jd_of(d):
    return jdatetime.date.fromgregorian(date=d if isinstance(d, dt.date) and not isinstance(d, dt.datetime)
                                        else d.date())


def fmt_jalali(d, style, script="fa", months=J_MONTHS, clock=None):
    """Render a Gregorian date/datetime as a Jalali string.

    ``fmt_jalali(dt.datetime(2022, 7, 3, 20, 15), "words_wd_time")`` -> «یکشنبه ۱۲ تیر ۱۴۰۱ ساعت ۲۰:۱۵».
    """
    j = jd_of(d)
    hm = clock or (d.strftime("%H:%M") if isinstance(d, dt.datetime) else "00:00")
    y, y2 = str(j.year), "%02d" % (j.year % 100)
    num = "%s/%02d/%02d" % (y, j.month, j.day)
    out = {
        "num": num,
        "num_dash": "%s-%02d-%02d" % (y, j.month, j.day),
        "num_time": num + " - " + hm,
        "time_num": hm + " - " + num,
        "num2": "%s/%02d/%02d" % (y2, j.month, j.day),
        "num2_time": "%s/%02d/%02d ساعت %s" % (y2, j.month, j.day, hm),
        "words": "%d %s %s" % (j.day, months[j.month - 1], y),
        "words2": "%d %s %s" % (j.day, months[j.month - 1], y2),
        "words_wd": "%s %d %s %s" % (WEEKDAYS[j.weekday()], j.day, months[j.month - 1], y),
        "words_time": "%d %s %s، %s" % (j.day, months[j.month - 1], y, hm),
        "words_wd_time": "%s %d %s %s ساعت %s" % (WEEKDAYS[j.weekday()], j.day, months[j.month - 1], y, hm),
        "words_wd_dash_time": "%s %d %s %s - %s" % (WEEKDAYS[j.weekday()], j.day, months[j.month - 1], y, hm),
    }[style]
    return fa_num(out, script)


def fmt_greg(d, style, script="fa", months=G_MONTHS):
    """``fmt_greg(dt.date(2022, 7, 3), "words")`` -> «۳ ژوئیه ۲۰۲۲»; ``num`` -> «2022/07/03» in the script."""
    out = {
        "words": "%d %s %d" % (d.day, months[d.month - 1], d.year),
        "num": "%d/%02d/%02d" % (d.year, d.month, d.day),
        "dmy": "%02d-%02d-%d" % (d.day, d.month, d.year),
        "en": "%s, %s %02d, %d" % (WEEKDAYS_EN[jd_of(d).weekday()], G_MONTHS_EN[d.month - 1], d.day, d.year),
        "en_short": "%02d %s %d" % (d.day, G_MONTHS_EN[d.month - 1], d.year),
    }[style]
    return fa_num(out, script) if style not in ("en", "en_short") else out


def fmt_qamari(d, script="fa"):
    y, m, day = hijri_qamari(d if not isinstance(d, dt.datetime) else d.date())
    return fa_num("%d %s %d" % (day, Q_MONTHS[m - 1], y), script)


def clock(d, script="fa"):
    return fa_num(d.strftime("%H:%M"), script)


# ---------------------------------------------------------------------------------------------------------
# agencies
# ---------------------------------------------------------------------------------------------------------
AGENCIES = ["فارس", "ورزش سه", "مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"]
# how a credit line may spell each canonical agency
AGENCY_SPELLINGS = {
    "فارس": ["خبرگزاری فارس", "فارس", "فارس‌نیوز", "Fars News"],
    "ورزش سه": ["ورزش سه", "ورزش۳", "سایت ورزش سه", "Varzesh3"],
    "مهر": ["خبرگزاری مهر", "مهر", "مهرنیوز"],
    "ایسنا": ["ایسنا", "خبرگزاری دانشجویان ایران (ایسنا)", "ISNA"],
    "تسنیم": ["تسنیم", "خبرگزاری تسنیم", "تسنیم‌نیوز"],
    "ایرنا": ["ایرنا", "خبرگزاری جمهوری اسلامی (ایرنا)", "IRNA"],
    "ایلنا": ["ایلنا", "خبرگزاری کار ایران (ایلنا)", "ILNA"],
}
# dateline openings naming a canonical agency (the agency a rewritten or re-attributed dateline credits)
AGENCY_DATELINES = {
    "فارس": ["به گزارش خبرگزاری فارس", "به گزارش خبرنگار فارس"],
    "ورزش سه": ["به گزارش «ورزش سه»", 'به گزارش "ورزش سه"'],
    "مهر": ["به گزارش خبرگزاری مهر", "به گزارش خبرنگار مهر"],
    "ایسنا": ["به گزارش ایسنا", "به گزارش خبرنگار ایسنا"],
    "تسنیم": ["به گزارش خبرگزاری تسنیم", "به گزارش تسنیم"],
    "ایرنا": ["به گزارش ایرنا", "به گزارش خبرنگار ایرنا"],
    "ایلنا": ["به گزارش ایلنا", "به گزارش خبرگزاری ایلنا"],
}
# spellings that name an agency in running text; فارس and مهر are also a province and a month, so they
# count only after a crediting word
_AGENCY_ANY = re.compile(r"ورزش[\s\u200c]*(?:سه|۳|3)|varzesh3|ایسنا|تسنیم|ایرنا|ایلنا|خبرگزاری|خبرگزاري", re.I)
_AGENCY_CTX = re.compile(r"(?:گزارش|خبرنگار|نقل از|منبع|گفت[\s\u200c]*و[\s\u200c]*گو با|گفتگو با|به)\W{0,3}"
                         r"(?:\S+\s+){0,3}?(?:فارس|مهر)\b")
DATELINE_RE = re.compile(r"^\s*(به\s*گزارش[^،,:\n]{0,90}?)\s*[،,]\s*")


def agency_in(text):
    """The first canonical agency a dateline clause names: «به گزارش "ورزش سه" و به نقل از فارس» -> «ورزش سه»."""
    found = []
    for name, pat in (("ورزش سه", r"ورزش[\s\u200c]*(?:سه|۳|3)|varzesh3"), ("فارس", r"فارس|fars\s*news"),
                      ("مهر", r"مهر"), ("ایسنا", r"ایسنا|isna"), ("تسنیم", r"تسنیم"), ("ایرنا", r"ایرنا|irna"),
                      ("ایلنا", r"ایلنا|ilna")):
        m = re.search(pat, text, re.I)
        if m:
            found.append((m.start(), name))
    return min(found)[1] if found else None


_CREDIT_CTX = re.compile(r"(?:به\s*گزارش|به\s*نقل\s*از|منبع|خبرنگار|گفت[\s\u200c]*و?[\s\u200c]*گو\s*با)"
                         r"\W{0,3}(?:\S+\s+){0,3}?"
                         r"(فارس|مهر|ایسنا|تسنیم|ایرنا|ایلنا|ورزش[\s\u200c]*سه)")


def credits_other(text, agency):
    """Does running text credit a canonical agency other than ``agency`` («... به گزارش فارس، ...» in a
    Varzesh3 story)? Such stories are left out: their gold agency would be ambiguous."""
    return any(agency_in(m.group(1)) != agency for m in _CREDIT_CTX.finditer(text))


def mentions_agency(text):
    """Does running text name a canonical agency (or some «خبرگزاری»)? Then a null-agency page cannot use it."""
    return bool(_AGENCY_ANY.search(text) or _AGENCY_CTX.search(text))


# ---------------------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------------------
def tidy(s):
    """One line of corpus text: spaces collapsed, no ZWNJ / marks next to a space or at an end."""
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"[\u200c\u200e\u200f]*( )[\u200c\u200e\u200f]*", r"\1", s)
    return s.strip(" \u200c\u200e\u200f")


class Story:
    """One corpus article; ``paras`` may be edited per page (a copy of the list)."""

    def __init__(self, row, idx):
        self.idx = idx
        self.dataset = row["dataset"]
        paras = row["paragraphs"]
        if isinstance(paras, str):
            paras = ast.literal_eval(paras)
        self.paras = [p for p in (tidy(p) for p in paras if p) if p]
        self.title = tidy(row["title"])
        self.lead = tidy(row.get("abstract") or "") or None
        tags = row.get("tags") or []
        if isinstance(tags, str):
            try:
                tags = ast.literal_eval(tags)
            except (ValueError, SyntaxError):
                tags = []
        self.tags = [t for t in (tidy(t) for t in tags if t) if t and len(t) < 30]
        self.cat = row.get("cat") or ("sports" if self.dataset == "varzesh3" else "")
        self.link = row.get("link") or ""
        if self.dataset == "fars":
            m = re.search(r"/news/(\d+)", self.link)
            self.key = "fars:" + (m.group(1) if m else str(idx))
        else:
            self.key = "v3:" + str(row.get("code") or idx)
        self.true_agency = "فارس" if self.dataset == "fars" else "ورزش سه"
        m = DATELINE_RE.match(self.paras[0]) if self.paras else None
        self.dateline = m.group(1) if m else None
        self.dateline_agency = agency_in(self.dateline) if self.dateline else None
        if self.dateline_agency:
            self.true_agency = self.dateline_agency

    def date_hint(self):
        """The Jalali day a Fars id carries (13970506001199 -> 1397/05/06; 8506280376 -> 1385/06/28)."""
        m = re.search(r"/news/(\d+)", self.link)
        if not m:
            return None
        s = m.group(1)
        try:
            if len(s) >= 14 and s.startswith("13"):
                return jdatetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
            if len(s) == 10:
                return jdatetime.date(1300 + int(s[:2]), int(s[2:4]), int(s[4:6]))
        except ValueError:
            return None
        return None


def load_corpus(path=CORPUS):
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            s = Story(json.loads(line), i)
            size = sum(len(p) for p in s.paras)
            # too short to be an article, or one giant paragraph: not useful as a body
            if size < 250 or not s.paras or max(len(p) for p in s.paras) < 80 or len(s.title) < 8:
                continue
            if any(len(p) > 3000 for p in s.paras):
                continue
            m = DATELINE_RE.match(s.paras[0])
            if credits_other(" ".join([s.paras[0][m.end():] if m else s.paras[0]] + s.paras[1:]), s.true_agency):
                continue
            rows.append(s)
    return rows


def story_when(story, rng):
    """Publication instant of a story (Tehran time): the Fars id's day, else a day in 1394-1400."""
    j = story.date_hint()
    if j is None:
        j = jdatetime.date(1394, 1, 1) + jdatetime.timedelta(days=rng.randrange(0, 365 * 6))
    g = j.togregorian()
    if rng.random() < P["midnight_story"]:
        h, m = rng.randrange(0, 3), rng.randrange(5, 56)
    else:
        h, m = rng.randrange(7, 24), rng.randrange(0, 60)
    return dt.datetime(g.year, g.month, g.day, h, m)


# ---------------------------------------------------------------------------------------------------------
# republication edits (these change gold: the page shows the edited text)
# ---------------------------------------------------------------------------------------------------------
INTRO_SENTENCES = [
    "این خبر در ساعات گذشته بازتاب زیادی در شبکه‌های اجتماعی داشته است.",
    "جزئیات این خبر را در ادامه می‌خوانید.",
    "موضوعی که این روزها بحث‌های زیادی به دنبال داشته، بار دیگر خبرساز شد.",
    "همکاران ما این خبر را از منابع رسمی پیگیری کرده‌اند.",
    "خبری که چند ساعت پیش منتشر شد، واکنش‌های متفاوتی را برانگیخت.",
    "در ادامه مشروح این گزارش را از نظر می‌گذرانید.",
    "این گزارش برای آگاهی مخاطبان بازنشر می‌شود.",
]
TITLE_SUFFIXES = [" + عکس", " (+ ویدئو)", " / جزئیات", " + جزئیات", " (+فیلم)", "؛ گزارش کامل"]
LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


def typo(word, rng):
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    op = rng.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def add_typos(paras, rng, k):
    paras = list(paras)
    done = 0
    for _ in range(k * 6):
        if done >= k:
            break
        pi = rng.randrange(len(paras))
        words = paras[pi].split(" ")
        lo = 8 if pi == 0 else 0     # keep the dateline readable
        cands = [i for i, w in enumerate(words) if i >= lo and len(w) >= 4 and all(c in LETTERS for c in w)]
        if not cands:
            continue
        i = rng.choice(cands)
        new = typo(words[i], rng)
        if new != words[i]:
            words[i] = new
            paras[pi] = " ".join(words)
            done += 1
    return paras, done


# ---------------------------------------------------------------------------------------------------------
# corruptions (these do not change gold)
# ---------------------------------------------------------------------------------------------------------
_TAG_SPLIT = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<[^>]+>|&[a-zA-Z]+;|&#\d+;)", re.S)


def map_text(page, fmt, fn):
    """Apply ``fn`` to the visible text only (outside tags, scripts, styles and entities in HTML)."""
    if fmt == "txt":
        return fn(page)
    parts = _TAG_SPLIT.split(page)
    return "".join(p if (i % 2 == 1) else fn(p) for i, p in enumerate(parts))


class Counter1:
    def __init__(self):
        self.n = 0


def _sub_count(pattern, repl, text, counter, rng=None, share=1.0, flags=0):
    def f(m):
        if rng is not None and rng.random() > share:
            return m.group(0)
        counter.n += 1
        return repl(m) if callable(repl) else repl
    return re.sub(pattern, f, text, flags=flags)


def corrupt(page, fmt, rng):
    """Corrupt a rendered page like real crawls are; returns (text, [name:count], encoding)."""
    out = []

    def step(name, fn):
        nonlocal page
        c = Counter1()
        page = fn(page, c)
        if c.n:
            out.append("%s:%d" % (name, c.n))

    r = rng.random()
    if r < P["zwnj_delete"]:
        step("zwnj_delete", lambda t, c: _sub_count(r"\u200c|&zwnj;", "", t, c))
    elif r < P["zwnj_delete"] + P["zwnj_space"]:
        step("zwnj_space", lambda t, c: _sub_count(r"\u200c|&zwnj;", " ", t, c))
    if rng.random() < P["arabic_yk"]:
        step("arabic_yk", lambda t, c: map_text(t, fmt, lambda s: _sub_count(
            "[یک]", lambda m: {"ی": "ي", "ک": "ك"}[m.group(0)], s, c)))
    r = rng.random()
    if r < P["digits_fa"]:
        step("digits_fa", lambda t, c: map_text(t, fmt, lambda s: _sub_count(
            r"[0-9]", lambda m: FA_DIGITS[int(m.group(0))], s, c)))
    elif r < P["digits_fa"] + P["digits_ar"]:
        step("digits_ar", lambda t, c: map_text(t, fmt, lambda s: _sub_count(
            "[0-9۰-۹]", lambda m: AR_DIGITS[int(to_ascii_digits(m.group(0)))], s, c)))
    elif r < P["digits_fa"] + P["digits_ar"] + P["digits_ascii"]:
        step("digits_ascii", lambda t, c: map_text(t, fmt, lambda s: _sub_count(
            "[۰-۹٠-٩]", lambda m: to_ascii_digits(m.group(0)), s, c)))
    if rng.random() < P["nbsp"]:
        step("nbsp", lambda t, c: map_text(t, fmt, lambda s: _sub_count(" ", "\u00a0", s, c, rng, 0.04)))
    if rng.random() < P["bidi"]:
        step("bidi_marks", lambda t, c: map_text(t, fmt, lambda s: _sub_count(
            r"(?<=[،.:؛])(?= )|^(?=\S)", lambda m: rng.choice(["\u200f", "\u200e"]), s, c, rng, 0.3, re.M)))
    if rng.random() < P["tatweel"]:
        step("tatweel", lambda t, c: map_text(t, fmt, lambda s: _sub_count(
            r"(?<=[بپتثجچحخسشصضطظعغفقکگلمنهی])(?=[اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی])",
            "\u0640", s, c, rng, 0.01)))
    if rng.random() < P["double_space"]:
        step("double_space", lambda t, c: map_text(t, fmt, lambda s: _sub_count(" ", "  ", s, c, rng, 0.05)))
    if fmt == "txt" and rng.random() < P["entities_txt"]:
        step("html_entities", lambda t, c: _sub_count(
            r"(?<=\S) (?=\S)|\"", lambda m: "&nbsp;" if m.group(0) == " " else "&quot;", t, c, rng, 0.02))
    enc = "utf-8"
    if fmt == "txt" and rng.random() < P["cp1256_txt"]:
        # Windows-1256 has no Persian yeh or Persian digits: such files were written with ي and Latin digits
        c1, c2 = Counter1(), Counter1()
        cand = _sub_count("ی", "ي", page, c1)
        cand = _sub_count("[۰-۹٠-٩]", lambda m: to_ascii_digits(m.group(0)), cand, c2)
        try:
            cand.encode("cp1256")
        except UnicodeEncodeError:
            pass
        else:
            page, enc = cand, "cp1256"
            out.append("encoding_cp1256:1")
            if c1.n:
                out.append("arabic_yk:%d" % c1.n)
            if c2.n:
                out.append("digits_ascii:%d" % c2.n)
    if fmt == "txt" and rng.random() < P["crlf_txt"]:
        step("crlf", lambda t, c: _sub_count("\n", "\r\n", t, c))
    if enc == "utf-8" and rng.random() < P["bom"]:
        page = "\ufeff" + page
        out.append("bom:1")
    return page, out, enc


# ---------------------------------------------------------------------------------------------------------
# a page being written: chrome registry + gold fields
# ---------------------------------------------------------------------------------------------------------
CONTENT = ("p", "h", "li", "q")


class Page:
    """Collects what a family renders: chrome lines as shown, and the gold fields."""

    def __init__(self):
        self.chrome = []
        self.section = None
        self.title = None
        self.lead = None
        self.surtitle = None
        self.body = []
        self.agency = None
        self.when = None           # When, set only when the page shows the article's own date

    def c(self, s):
        """Register a chrome line (returns it, so renderers can write ``x.c("...")`` inline)."""
        if s is not None and str(s).strip():
            self.chrome.append(re.sub(r"\s+", " ", str(s)).strip())
        return s

    def cs(self, items):
        for s in items:
            self.c(s)
        return items


class Art:
    """What an article page shows, before the family lays it out."""

    def __init__(self):
        self.title = self.lead = None
        self.paras = []
        self.items = []           # body items: (kind, text); kinds in CONTENT are content, "x" is chrome
        self.agency = None
        self.credit = None         # what a credit line may name (a spelling of the agency, or another outlet)
        self.credit_canonical = False
        self.reattributed = None
        self.edits = []
        self.tags = []
        self.cat = ""
        self.when = None


class Ctx:
    """Everything a family function needs for one page."""

    def __init__(self, rng, family, site, fmt, kind, art, when, crawl, pool, neg_stories):
        self.rng = rng
        self.family = family
        self.site = site
        self.fmt = fmt
        self.kind = kind
        self.art = art
        self.when = when
        self.crawl = crawl
        self.pool = pool            # other stories (related lists, listings)
        self.neg_stories = neg_stories
        self.page = Page()

    # shorthands
    def c(self, s):
        return self.page.c(s)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def others(self, k):
        """k other stories (titles for related lists, entries for listings)."""
        return self.rng.sample(self.pool, k)

    def titles(self, k):
        return [s.title for s in self.others(k)]

    def site_hot(self, k):
        """The site's fixed "most read" titles: the same few recur on every page of the site."""
        hot = self.site["_hot"]
        return self.rng.sample(hot, min(k, len(hot)))

    def num(self, x, script=None):
        return fa_num(x, script or self.site.get("digits", "fa"))

    def section_for(self, cat):
        return self.site["sections"].get(cat) or self.site["sections"][""]

    def show_date(self, when=None):
        """Mark the page as showing the article's own date (gold published)."""
        self.page.when = when or self.when


# ---------------------------------------------------------------------------------------------------------
# article planning: agency, dateline, edits, body items
# ---------------------------------------------------------------------------------------------------------
def plan_article(story, site, family_cfg, rng, edits, when):
    """Decide what an article page shows: edited paragraphs, title, dateline, agency and credit.

    Agency plans (family-weighted): ``keep`` the corpus dateline; ``reattr`` credit another canonical agency
    in it; ``own`` the site's own dateline («به گزارش روابط عمومی ...») with no credit (gold null);
    ``own_via`` the site's dateline «به نقل از» the agency; ``strip_credit`` no dateline but a credit line;
    ``strip_other`` / ``own_other`` credit a non-canonical outlet (gold null).
    """
    a = Art()
    a.title = story.title
    a.lead = story.lead
    a.tags = list(story.tags)
    a.cat = story.cat
    a.when = when
    paras = list(story.paras)
    a.edits = []
    if "drop_last_paragraph" in edits and len(paras) >= 3:
        paras = paras[:-1]
        a.edits.append("drop_last_paragraph")
    plan = weighted(rng, family_cfg["agency_policy"])
    if "dateline_rewrite" in edits:
        plan = "rewrite"
    m = DATELINE_RE.match(paras[0])
    rest0 = paras[0][m.end():] if m else paras[0]
    outside = " ".join([rest0] + paras[1:]) + " " + (a.lead or "")
    elsewhere = mentions_agency(outside)
    ag = story.true_agency
    if plan in ("own", "strip_other", "own_other", "strip_none") and elsewhere:
        plan = "own_via" if plan.startswith("own") else "strip_credit"
    if plan == "reattr" and (not m or elsewhere or not story.dateline_agency):
        plan = "keep"
    if plan == "keep" and not m and elsewhere:
        plan = "strip_credit"
    own = site["dateline"]
    if plan == "keep":
        # the corpus dateline may name a foreign outlet («به گزارش خبرگزاری فرانسه ...»): then only a credit
        # line makes the page credit its agency
        a.agency = story.dateline_agency if m else None
        if m and (rng.random() < family_cfg.get("credit_with_keep", 0.3) or (not a.agency and elsewhere)):
            a.credit, a.credit_canonical = rng.choice(AGENCY_SPELLINGS[ag]), True
            a.agency = ag
    elif plan == "reattr":
        new = rng.choice([x for x in AGENCIES if x not in (ag, "ورزش سه")])
        clause = rng.choice(AGENCY_DATELINES[new])
        place = re.search(r"\sاز\s+(\S+)$", m.group(1))
        if place and story.dataset == "fars":
            clause += " از " + place.group(1)
        paras[0] = clause + "، " + rest0
        a.agency = a.reattributed = new
        if rng.random() < family_cfg.get("credit_with_keep", 0.3):
            a.credit, a.credit_canonical = rng.choice(AGENCY_SPELLINGS[new]), True
    elif plan in ("own", "own_other"):
        paras[0] = own + "، " + rest0
        if plan == "own_other":
            a.credit = rng.choice(family_cfg["other_sources"])
    elif plan in ("own_via", "rewrite"):
        via = rng.choice(AGENCY_SPELLINGS[ag][:3])
        name = site["short"] if plan == "rewrite" else own
        paras[0] = "%s به نقل از %s، %s" % (("به گزارش " + name) if plan == "rewrite" else name, via, rest0)
        a.agency = ag
        if plan == "rewrite":
            a.edits.append("dateline_rewrite")
    elif plan == "strip_credit":
        paras[0] = rest0
        a.agency = ag
        a.credit, a.credit_canonical = rng.choice(AGENCY_SPELLINGS[ag]), True
    elif plan in ("strip_other", "strip_none"):
        paras[0] = rest0
        if plan == "strip_other":
            a.credit = rng.choice(family_cfg["other_sources"])
    if "intro_sentence" in edits:
        s = rng.choice(INTRO_SENTENCES)
        if rng.random() < 0.5:
            paras.insert(0, s)
        else:
            paras[0] = s + " " + paras[0]
        a.edits.append("intro_sentence")
    if "typos" in edits:
        paras, k = add_typos(paras, rng, rng.randint(1, 3))
        if k:
            a.edits.append("typos:%d" % k)
    if "title_suffix" in edits:
        a.title = a.title + rng.choice(TITLE_SUFFIXES)
        a.edits.append("title_suffix")
    if "recrawl_same_site" in edits:
        a.edits.append("recrawl_same_site")
    a.paras = [p for p in paras if p.strip()]
    a.items = [("p", p) for p in a.paras]
    return a


# short content lines -------------------------------------------------------------------------------------
GENERIC_SUBHEADS = [
    "جزئیات بیشتر", "پیشینه ماجرا", "واکنش‌ها", "گام بعدی", "آمار و ارقام", "دیدگاه کارشناسان", "پیامدها",
    "حاشیه‌های ماجرا", "سخن پایانی", "آنچه گذشت", "نکات کلیدی", "روایت میدانی", "چشم‌انداز پیش رو",
    "در یک نگاه", "ریشه‌های مسئله", "چه باید کرد؟", "برنامه‌های آینده", "جمع‌بندی", "پشت پرده",
    "از نگاه نزدیک", "سؤال اصلی", "چرا مهم است؟", "مرور یک سابقه", "نقطه عطف",
]
TAG_SUBHEADS = ["{t} در کانون توجه", "ماجرای {t}", "نگاهی به {t}", "{t}؛ آنچه باید دانست", "سهم {t}",
                "{t} و چالش‌های پیش رو", "درباره {t}", "واکنش‌ها به {t}", "نقش {t}", "{t} زیر ذره‌بین"]
QUOTE_RE = re.compile(r"«([^«»]{14,55})»|\"([^\"]{14,55})\"")


def subhead_for(next_para, tags, rng, used, generic=True):
    """A subheading for the paragraph that follows: a quote from it, else a line about a tag, else generic."""
    m = QUOTE_RE.search(next_para)
    if m and rng.random() < 0.7:
        q = (m.group(1) or m.group(2)).strip(" .،")
        s = "«%s»" % q if rng.random() < 0.6 else q
        if s not in used:
            return s
    free = [t for t in tags if all(t not in u for u in used)]
    if free and rng.random() < 0.75:
        return rng.choice(TAG_SUBHEADS).format(t=rng.choice(free))
    if generic:
        pool = [g for g in GENERIC_SUBHEADS if g not in used]
        return rng.choice(pool)
    return None


def add_subheads(items, tags, rng, k, generic=True):
    """Insert up to k subheadings (content) before body paragraphs 2.. of ``items``."""
    # never above the first long paragraph (a short intro sentence and its dateline paragraph stay together)
    first = next((i for i, it in enumerate(items) if it[0] == "p" and len(it[1]) > 80), len(items))
    idx = [i for i, it in enumerate(items) if it[0] == "p" and i > first and len(it[1]) > 80]
    rng.shuffle(idx)
    chosen = sorted(idx[:k], reverse=True)
    used = []
    for i in chosen:
        s = subhead_for(items[i][1], tags, rng, used, generic)
        if s:
            used.append(s)
            items.insert(i, ("h", s))
    return items


def insert_between(items, extra, rng):
    """Put chrome items between content paragraphs (never before the first or after the last)."""
    items = list(items)
    for it in extra:
        slots = [i for i in range(1, len(items)) if items[i - 1][0] != "x" and items[i][0] != "x"]
        if not slots:
            slots = list(range(1, len(items))) or [len(items)]
        items.insert(rng.choice(slots), it)
    return items


def body_of(items):
    return [it[1] for it in items if it[0] in CONTENT]


# ---------------------------------------------------------------------------------------------------------
# shared html pieces
# ---------------------------------------------------------------------------------------------------------
def inline_markup(text, rng, zw_entity=False, p=0.35):
    """Escape a content paragraph, maybe wrapping a few words in <a>/<strong>/<span> (same visible text)."""
    words = text.split(" ")
    pieces = [esc(w) for w in words]
    if len(words) > 6 and rng.random() < p:
        i = rng.randrange(0, len(words) - 3)
        j = i + rng.randint(1, 3)
        tag = rng.choice(["a", "strong", "span", "b"])
        open_ = {"a": '<a href="/tag/%d" target="_blank">' % rng.randrange(100, 9999), "strong": "<strong>",
                 "span": '<span style="color:#1a4d8f">', "b": "<b>"}[tag]
        pieces[i] = open_ + pieces[i]
        pieces[j - 1] = pieces[j - 1] + "</%s>" % tag
    out = " ".join(pieces)
    if zw_entity:
        out = out.replace(ZWNJ, "&zwnj;")
    return out


def html_doc(head, body, lang="fa-IR"):
    return ('<!DOCTYPE html>\n<html lang="%s" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n</head>\n<body>\n%s\n'
            '</body>\n</html>\n' % (lang, head, body))


def jsonld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def news_ld(x, headline, section=None, modified=None, style="offset", crumbs=None, kind="NewsArticle"):
    """JSON-LD for an article; ``crumbs`` adds a BreadcrumbList."""
    obj = {"@context": "https://schema.org", "@type": kind, "headline": headline,
           "mainEntityOfPage": "https://%s/news/%d" % (x.site["host"], x.rng.randrange(10000, 999999)),
           "publisher": {"@type": "Organization", "name": x.site["name"]}}
    if x.page.when is not None:
        obj["datePublished"] = x.page.when.meta(style, x.site.get("zone", "tehran"))
    if modified is not None:
        obj["dateModified"] = modified.meta("offset", x.site.get("zone", "tehran"))
    if section:
        obj["articleSection"] = section
    out = [obj]
    if crumbs:
        out.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": n,
             "item": "https://%s/%s" % (x.site["host"], "" if i == 0 else "cat/%d" % (i * 7))}
            for i, n in enumerate(crumbs)]})
    return "\n".join(jsonld(o) for o in out)


def meta_tags(x, title, desc=None, section=None, pub_style=None, modified=None):
    rows = ['<title>%s - %s</title>' % (esc(title), esc(x.site["name"])),
            '<meta property="og:site_name" content="%s">' % attr(x.site["name"]),
            '<meta property="og:title" content="%s">' % attr(title),
            '<meta property="og:type" content="article">']
    if desc:
        rows.append('<meta name="description" content="%s">' % attr(desc[:160]))
    if section:
        rows.append('<meta property="article:section" content="%s">' % attr(section))
    if pub_style and x.page.when is not None:
        rows.append('<meta property="article:published_time" content="%s">'
                    % x.page.when.meta(pub_style, x.site.get("zone", "tehran")))
    if modified is not None:
        rows.append('<meta property="article:modified_time" content="%s">'
                    % modified.meta("offset", x.site.get("zone", "tehran")))
    rows.append('<link rel="stylesheet" href="https://%s/static/css/main.min.css?v=%d">'
                % (x.site["host"], x.rng.randrange(10, 99)))
    return "\n".join(rows)


def ul_links(x, items, cls="list", li_cls=None, dates=None):
    """<ul> of links; every visible text is chrome."""
    out = ['<ul class="%s">' % cls]
    for i, t in enumerate(items):
        d = ""
        if dates:
            d = ' <span class="date">%s</span>' % esc(x.c(dates[i]))
        out.append('<li%s><a href="/news/%d">%s</a>%s</li>' % (' class="%s"' % li_cls if li_cls else "",
                                                               x.rng.randrange(1000, 99999), esc(x.c(t)), d))
    out.append("</ul>")
    return "".join(out)


def nav_menu(x, items, cls="menu", sep=None):
    x.page.cs(items)
    if sep:
        x.c((" %s " % sep).join(items))
        return '<nav class="%s">%s</nav>' % (cls, (" %s " % esc(sep)).join(
            '<a href="/%s">%s</a>' % ("" if i == 0 else "service/%d" % i, esc(t)) for i, t in enumerate(items)))
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join(
        '<li><a href="/%s">%s</a></li>' % ("" if i == 0 else "service/%d" % i, esc(t)) for i, t in enumerate(items)))


def later(when, rng, days=(1, 90)):
    """A modified / update instant some days after publication."""
    return When(when.local + dt.timedelta(days=rng.randint(*days), minutes=rng.randrange(0, 600)))


def earlier_date(when, rng, days=(1, 40)):
    return (when.local - dt.timedelta(days=rng.randint(*days))).date()


# =========================================================================================================
# family 1: gov_portal - a ministry / governorate portal
# =========================================================================================================
GOV_CAPTIONS = [
    "نمایی از نشست امروز با حضور مدیران دستگاه‌های اجرایی", "حضور مسئولان در محل برگزاری آیین",
    "بازدید میدانی مدیران از روند اجرای طرح", "تصویری از حاشیه برگزاری این نشست",
    "دیدار چهره به چهره مسئولان با شهروندان", "آیین آغاز عملیات اجرایی با حضور جمعی از مسئولان",
    "گفت‌وگوی مدیران با فعالان بخش خصوصی در حاشیه نشست", "اعضای کارگروه تخصصی پیش از آغاز جلسه",
]
GOV_PHOTOGRAPHERS = ["مهدی رستگار", "سمیه نیک‌پور", "حمید افشار", "واحد عکس روابط عمومی", "رضا مرادی‌نیا"]
GOV_FILES = ["متن کامل بخشنامه", "گزارش عملکرد سه‌ماهه", "شیوه‌نامه اجرایی", "فهرست طرح‌های مصوب",
             "صورت‌جلسه کارگروه", "جدول زمان‌بندی ثبت‌نام", "فرم درخواست"]
GOV_SITES = [
    dict(host="ostandari-kavir.ir", name="استانداری کویر", short="پایگاه اطلاع‌رسانی استانداری کویر",
         header="پایگاه اطلاع‌رسانی استانداری کویر", tagline="دولت خدمتگزار، مردم همراه",
         dateline="به گزارش روابط عمومی استانداری کویر", digits="fa", weight=1.1, style=0,
         menu=["صفحه اصلی", "درباره استانداری", "معاونت‌ها", "شهرستان‌ها", "اخبار", "اطلاعیه‌ها", "میز خدمت",
               "سامانه‌ها", "ارتباط با ما"],
         sections={"": "اخبار استان", "province": "اخبار شهرستان‌ها", "politics": "سیاسی و امنیتی",
                   "economy": "اقتصادی و عمرانی", "social": "اجتماعی", "culture": "فرهنگی",
                   "arts-media": "فرهنگی", "sports": "ورزش و جوانان", "world": "گزارش‌های ویژه"},
         signature=["روابط عمومی استانداری کویر", "اداره کل روابط عمومی و امور بین‌الملل استانداری"],
         address="نشانی: کویرشهر، بلوار جمهوری اسلامی، ساختمان مرکزی استانداری - کد پستی ۸۹۱۶۷۴۵۳۱۱",
         phone="تلفن: ۰۳۵۳۸۲۲۴۰۰۰ | نمابر: ۰۳۵۳۸۲۲۴۱۱۰"),
    dict(host="pr.mrd-gov.ir", name="وزارت راه و توسعه روستایی", short="پرتال وزارت راه و توسعه روستایی",
         header="وزارت راه و توسعه روستایی", tagline="راه، آبادانی، پیشرفت",
         dateline="به گزارش اداره کل روابط عمومی وزارت راه و توسعه روستایی", digits="fa", weight=1.0, style=1,
         menu=["خانه", "معرفی وزارتخانه", "وزیر", "معاونت‌ها", "اخبار و رویدادها", "چندرسانه‌ای", "قوانین و مقررات",
               "خدمات الکترونیک", "تماس با ما"],
         sections={"": "اخبار و رویدادها", "province": "اخبار استان‌ها", "politics": "اخبار وزیر",
                   "economy": "اقتصاد و سرمایه‌گذاری", "social": "خدمات اجتماعی", "sports": "ورزش کارکنان",
                   "world": "همکاری‌های بین‌المللی", "culture": "فرهنگی"},
         signature=["اداره کل روابط عمومی وزارت راه و توسعه روستایی", "مرکز ارتباطات و اطلاع‌رسانی"],
         address="نشانی: تهران، بزرگراه شهید همت، نبش خیابان بهاران، ساختمان شماره ۲ وزارتخانه",
         phone="سامانه پاسخگویی: ۱۴۱ | تلفن مرکز ارتباطات: ۰۲۱-۸۸۰۰۱۲۳۴"),
    dict(host="farmandari-sabzdasht.ir", name="فرمانداری سبزدشت", short="فرمانداری شهرستان سبزدشت",
         header="فرمانداری شهرستان سبزدشت", tagline="با مردم، برای مردم",
         dateline="به گزارش روابط عمومی فرمانداری سبزدشت", digits="fa", weight=0.9, style=2,
         menu=["صفحه نخست", "فرماندار", "بخشداری‌ها", "شوراها", "اخبار", "گالری", "پیوندها", "تماس"],
         sections={"": "اخبار شهرستان", "province": "اخبار بخش‌ها", "politics": "سیاسی",
                   "economy": "عمرانی و اقتصادی", "social": "اجتماعی و فرهنگی", "culture": "اجتماعی و فرهنگی",
                   "sports": "ورزش", "world": "اخبار کشور"},
         signature=["روابط عمومی فرمانداری سبزدشت", "دفتر اطلاع‌رسانی فرمانداری"],
         address="نشانی: سبزدشت، میدان امام، خیابان فرمانداری، پلاک ۱۲",
         phone="تلفن تماس: ۰۴۴-۳۵۲۲۰۰۱۸"),
]
GOV = dict(
    agency_policy=[("keep", 26), ("own_via", 18), ("own", 28), ("reattr", 20), ("own_other", 8)],
    other_sources=["روزنامه صبح کویر", "پایگاه خبری شهرداری", "هفته‌نامه نسیم دشت", "صدا و سیمای مرکز استان"],
    credit_with_keep=0.35,
    neg={"listing": 3, "chrome_only": 3, "arabic": 2, "empty": 1}, neg_rate=0.08,
)


def gov_date(x):
    w, st = x.when.local, x.site["style"]
    if st == 0:
        return "تاریخ انتشار: " + fmt_jalali(w, "words_wd_dash_time")
    if st == 1:
        return "تاریخ خبر: " + fmt_jalali(w, "num_time")
    y = "words2" if x.when.j.year < 1400 else "words"
    return "%s ساعت %s" % (fmt_jalali(w, y), clock(w))


def gov_today(x):
    c = x.crawl.local
    if x.site["style"] == 0:
        return "امروز: %s | %s | %s" % (fmt_jalali(c, "words_wd"), fmt_qamari(c), fmt_greg(c, "en"))
    if x.site["style"] == 1:
        return "%s - %s" % (fmt_jalali(c, "words_wd"), fmt_greg(c, "words"))
    return fmt_jalali(c, "num")


def gov_between(x):
    """Captions, gallery and file lines shown between the paragraphs of a press release."""
    rng, out = x.rng, []
    if x.chance(0.6):
        out.append(("x", "تصویر: " + x.pick(GOV_CAPTIONS) if x.chance(0.5) else x.pick(GOV_CAPTIONS)))
        if x.chance(0.5):
            out.append(("x", "عکس: " + x.pick(GOV_PHOTOGRAPHERS)))
    if x.chance(0.3):
        out.append(("x", "گالری تصاویر (%s تصویر)" % x.num(rng.randint(4, 24))))
    if x.chance(0.25):
        out.append(("x", "دانلود فایل: %s (PDF، %s کیلوبایت)" % (x.pick(GOV_FILES), x.num(rng.randint(90, 900)))))
    if x.chance(0.2):
        out.append(("x", "خبر مرتبط: " + x.titles(1)[0]))
    elif x.chance(0.1):
        out.append(("x", "◂ " + x.titles(1)[0]))
    return out


def gov_portal(x):
    if x.kind != "article":
        return gov_negative(x)
    s, a, rng, pg = x.site, x.art, x.rng, x.page
    sec = x.section_for(a.cat)
    pg.title, pg.section = a.title, sec
    items = list(a.items)
    if x.chance(0.3):
        items = add_subheads(items, a.tags, rng, rng.randint(1, 2), generic=False)
    items = insert_between(items, gov_between(x), rng)
    pg.body = body_of(items)
    pg.agency = a.agency
    lead = a.lead if (s["style"] in (0, 1) and a.lead and x.chance(0.8)) else None
    pg.lead = lead
    sur = None
    if s["style"] == 1 and x.chance(0.5):
        sur = x.pick(["در نشست خبری امروز عنوان شد", "با حضور معاون وزیر", "در سفر استانی",
                      "گزارش روابط عمومی از یک رویداد", "به مناسبت هفته دولت", "در جلسه شورای معاونان"])
    pg.surtitle = sur
    dated = x.chance(0.92)
    if dated:
        x.show_date()
    code = x.num(rng.randrange(12000, 98000))
    views = x.num(rng.randrange(40, 4000))
    credit = None
    if a.credit:
        credit = x.pick(["منبع خبر: ", "منبع: ", "مأخذ: "]) + a.credit
    sign = x.pick(s["signature"]) if x.chance(0.7) else None
    end = x.pick(["پایان خبر/", "*پایان*", "ک.م/" + x.num(rng.randrange(100, 999)), None, None])
    prev_next = ["خبر قبلی: " + x.titles(1)[0], "خبر بعدی: " + x.titles(1)[0]] if x.chance(0.7) else []
    rel = x.titles(rng.randint(3, 5))
    rel_dates = [fmt_jalali(earlier_date(x.when, rng), "num") for _ in rel]
    files = [("دانلود فایل: %s (%s کیلوبایت)" % (x.pick(GOV_FILES), x.num(rng.randint(90, 900))))
             for _ in range(rng.randint(1, 2))] if x.chance(0.3) else []
    if x.fmt == "txt":
        return gov_txt(x, items, sec, lead, sur, code, views, credit, sign, end, prev_next, rel, rel_dates, files)
    return gov_html(x, items, sec, lead, sur, code, views, credit, sign, end, prev_next, rel, rel_dates, files)


def gov_follow(x):
    """The line most press releases end with: the portal's handle on domestic messengers."""
    handle = "@" + x.site["host"].split(".")[0].replace("-", "_")
    return x.pick(["ما را در پیام‌رسان‌های ایتا، بله و روبیکا دنبال کنید: %s", "کانال رسمی در پیام‌رسان ایتا: %s",
                   "عضویت در کانال اطلاع‌رسانی: %s"]) % handle


def gov_header_lines(x):
    s, c = x.site, x.c
    lines = []
    if s["style"] != 2:
        top = ["English", "العربیة", "نقشه سایت", "پرسش‌های متداول", "ورود به پرتال"]
        x.page.cs(top)
        lines.append(c(" | ".join(top)))
    lines += [c(s["header"]), c(s["tagline"]), c(gov_today(x)), ""]
    if s["style"] == 2:
        lines.append(c(" - ".join(s["menu"])))
        x.page.cs(s["menu"])
    else:
        lines += x.page.cs(s["menu"])
    lines.append(c(x.pick(["جستجو در پرتال...", "جستجو", "کلمه مورد نظر را وارد کنید"])))
    lines.append("")
    return lines


def gov_crumb_txt(x, sec):
    st = x.site["style"]
    if st == 0:
        return x.c("صفحه اصلی > اخبار > " + sec)
    if st == 1:
        return x.c("%s » اخبار و رویدادها » %s" % (x.site["menu"][0], sec)) if sec != "اخبار و رویدادها" \
            else x.c("%s » %s" % (x.site["menu"][0], sec))
    return x.c("گروه: " + sec)


def gov_footer_lines(x, views_total=True):
    s, c, rng = x.site, x.c, x.rng
    out = ["", c(x.pick(["پیوندهای مفید", "لینک‌های مرتبط"])),
           *x.page.cs(["پایگاه اطلاع‌رسانی دولت", "سامانه ملی پاسخگویی", "درگاه خدمات الکترونیک"]),
           "", c(s["address"]), c(s["phone"]),
           c("کلیه حقوق مادی و معنوی این پرتال متعلق به %s است." % s["name"])]
    if views_total:
        out.append(c("بازدید امروز: %s | بازدید کل: %s" % (x.num(rng.randrange(300, 9000)),
                                                           x.num(rng.randrange(100000, 9000000)))))
    out.append(c("آخرین به‌روزرسانی: " + fmt_jalali(x.crawl.local, "num_time")))
    return out


def gov_txt(x, items, sec, lead, sur, code, views, credit, sign, end, prev_next, rel, rel_dates, files):
    c, pg, s = x.c, x.page, x.site
    L = gov_header_lines(x)
    L.append(gov_crumb_txt(x, sec))
    meta = [c("کد خبر: " + code)]
    if pg.when is not None:
        meta.append(c(gov_date(x)))
    meta.append(c("تعداد بازدید: " + views))
    if s["style"] == 2:
        L.append(c(" | ".join(meta)))
    else:
        L += meta
    L.append("")
    if sur:
        L.append(sur)
    L.append(pg.title)
    if lead:
        L.append(lead)
    L.append("")
    for it in items:
        L.append(c(it[1]) if it[0] == "x" else it[1])
        if it[0] == "p" and s["style"] != 1:
            L.append("")
    if credit:
        L.append(c(credit))
    if sign:
        L.append(c(sign))
    if end:
        L.append(c(end))
    if files:
        L += [c("پیوست‌ها:"), *pg.cs(files)]
    if x.chance(0.8):
        L.append(c(gov_follow(x)))
    L.append("")
    L += pg.cs([x.pick(["نسخه چاپی", "چاپ خبر"]), "ارسال به دوستان", x.pick(["ذخیره PDF", "دریافت PDF"])])
    L += pg.cs(prev_next)
    L += ["", c(x.pick(["اخبار مرتبط", "خبرهای مرتبط"]))]
    for t, d in zip(rel, rel_dates):
        L.append(c("%s (%s)" % (t, d)) if s["style"] == 0 else c(t))
        if s["style"] != 0:
            L.append(c(d))
    L += ["", c("آخرین اطلاعیه‌ها")]
    L += pg.cs(x.site_hot(3))
    L += gov_footer_lines(x)
    return "\n".join(L) + "\n"


def gov_html(x, items, sec, lead, sur, code, views, credit, sign, end, prev_next, rel, rel_dates, files):
    c, pg, s, rng = x.c, x.page, x.site, x.rng
    st = s["style"]
    zwe = x.chance(0.4)
    pub_style = {0: None, 1: "offset", 2: None}[st]
    head = meta_tags(x, pg.title, pg.lead or pg.body[0], sec if st == 1 else None, pub_style)
    if st == 2:
        head += "\n" + news_ld(x, pg.title, sec, style=rng.choice(["utc", "offset"]))
    top = ""
    if st != 2:
        tl = ["English", "العربیة", "نقشه سایت", "پرسش‌های متداول", "ورود به پرتال"]
        pg.cs(tl)
        top = '<div class="top-links">%s</div>' % " | ".join('<a href="/%d">%s</a>' % (i, esc(t))
                                                             for i, t in enumerate(tl))
    header = ('%s<div id="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"></a>'
              '<span class="site-title">%s</span><span class="slogan">%s</span></div>'
              '<div class="today">%s</div></div>' % (top, attr(s["name"]), esc(c(s["header"])),
                                                     esc(c(s["tagline"])), esc(c(gov_today(x)))))
    menu = nav_menu(x, s["menu"], "main-menu", sep="-" if st == 2 else None)
    search = '<div class="search"><input type="text" placeholder="%s"><button>%s</button></div>' % (
        attr("جستجو در پرتال..."), esc(c("جستجو")))
    # breadcrumb
    if st == 0:
        pg.cs(["صفحه اصلی", "اخبار", sec])
        crumb = ('<div class="breadcrumb"><a href="/">صفحه اصلی</a> &gt; <a href="/news">اخبار</a> &gt; '
                 '<span>%s</span></div>' % esc(sec))
    elif st == 1:
        pg.cs([s["menu"][0], sec])
        crumb = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">%s'
                 '</a></li><li class="breadcrumb-item active">%s</li></ol></nav>' % (esc(s["menu"][0]), esc(sec)))
    else:
        crumb = '<div class="news-group">%s <a href="/group/3">%s</a></div>' % (esc(c("گروه:")), esc(c(sec)))
    info = ['<span class="code">%s</span>' % esc(c("کد خبر: " + code))]
    if pg.when is not None:
        d = gov_date(x)
        if st == 0:
            info.append('<span id="ctl00_cphMain_lblDate">%s</span>' % esc(c(d)))
        else:
            info.append('<time datetime="%s">%s</time>' % (pg.when.meta("offset"), esc(c(d))))
    info.append('<span class="visit">%s</span>' % esc(c("تعداد بازدید: " + views)))
    parts = []
    for it in items:
        kind, t = it[0], it[1]
        if kind == "x":
            c(t)
            if t.startswith(("تصویر", "عکس")) or t in GOV_CAPTIONS:
                parts.append(("fig", t))
            else:
                parts.append(("xl", t))
        else:
            parts.append((kind, t))
    if st == 0:   # ASP.NET portal: one <span> whose paragraphs are <br><br>-separated
        chunks = []
        for kind, t in parts:
            if kind == "fig":
                chunks.append('<img src="/Images/News/%d.jpg" alt=""><br><span class="caption">%s</span>'
                              % (rng.randrange(1000, 9999), esc(t)))
            elif kind == "xl":
                chunks.append('<a class="attach" href="/Files/%d.pdf">%s</a>' % (rng.randrange(100, 999), esc(t)))
            elif kind == "h":
                chunks.append("<strong>%s</strong>" % inline_markup(t, rng, zwe, 0))
            else:
                chunks.append(inline_markup(t, rng, zwe))
        body = '<span id="ctl00_cphMain_lblBody" class="news-body">%s</span>' % "<br><br>".join(chunks)
    else:
        chunks = []
        for kind, t in parts:
            if kind == "fig":
                chunks.append('<figure class="image"><img src="/uploads/%d.jpg" alt=""><figcaption>%s</figcaption>'
                              '</figure>' % (rng.randrange(1000, 9999), esc(t)))
            elif kind == "xl":
                chunks.append('<div class="inline-box">%s</div>' % esc(t))
            elif kind == "h":
                chunks.append("<h3>%s</h3>" % inline_markup(t, rng, zwe, 0))
            else:
                chunks.append('<p style="text-align:justify">%s</p>' % inline_markup(t, rng, zwe))
        body = '<div class="news-text">%s</div>' % "\n".join(chunks)
    after = []
    for line in (credit, sign, end):
        if line:
            after.append('<p class="news-foot">%s</p>' % esc(c(line)))
    if files:
        after.append('<div class="attachments"><b>%s</b>%s</div>' % (esc(c("پیوست‌ها:")), "".join(
            '<a href="/Files/%d.pdf">%s</a>' % (rng.randrange(100, 999), esc(c(f))) for f in files)))
    if x.chance(0.8):
        after.append('<p class="follow">%s</p>' % esc(c(gov_follow(x))))
    tools = pg.cs(["نسخه چاپی", "ارسال به دوستان", "ذخیره PDF"])
    after.append('<div class="tools">%s</div>' % "".join('<a href="#">%s</a>' % esc(t) for t in tools))
    if prev_next:
        after.append('<div class="prev-next">%s</div>' % "".join(
            '<a href="/news/%d">%s</a>' % (rng.randrange(1000, 99999), esc(c(t))) for t in prev_next))
    rel_h = c("اخبار مرتبط")
    related = '<div class="related"><h4>%s</h4>%s</div>' % (esc(rel_h), ul_links(x, rel, "rel-list", dates=rel_dates))
    side = '<div class="sidebar"><h4>%s</h4>%s</div>' % (esc(c("آخرین اطلاعیه‌ها")), ul_links(x, x.site_hot(3)))
    foot = gov_footer_lines(x)
    footer = '<div id="footer">%s</div>' % "".join("<p>%s</p>" % esc(t) for t in foot if t)
    sur_h = '<h4 class="rotitr">%s</h4>' % esc(sur) if sur else ""
    lead_h = '<div class="lead">%s</div>' % inline_markup(lead, rng, zwe, 0) if lead else ""
    title_h = '<h1 id="ctl00_cphMain_lblTitle" class="news-title">%s</h1>' % esc(pg.title)
    article = "%s<div class=\"news-info\">%s</div>%s%s%s%s%s" % (crumb, " ".join(info), sur_h, title_h, lead_h,
                                                                body, "".join(after))
    if st == 0:
        page = ('<form id="aspnetForm" method="post" action="./NewsView.aspx?nid=%s">%s%s%s'
                '<table class="main" cellpadding="0" cellspacing="0"><tr><td class="right-col">%s</td>'
                '<td class="center-col"><div id="ctl00_cphMain_pnlNews" class="news-view">%s</div>%s</td></tr>'
                '</table>%s<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY3%d"></form>'
                % (to_ascii_digits(code), header, menu, search, side, article, related, footer,
                   rng.randrange(10 ** 8)))
    elif st == 1:
        page = ('<header>%s%s%s</header><main class="container"><div class="row"><article class="col-md-8 news">'
                '%s</article><aside class="col-md-4">%s%s</aside></div></main><footer>%s</footer>'
                % (header, menu, search, article, related, side, footer))
    else:
        page = ('<div class="wrapper">%s%s<div class="content"><div class="news-detail">%s</div>%s%s</div>%s</div>'
                % (header, menu, article, related, side, footer))
    return html_doc(head, page)


# =========================================================================================================
# a small block language shared by the other families: one list of blocks gives both the flat text and
# the HTML page, and registers every chrome line once
# =========================================================================================================
def _tag(spec, inner, extra=""):
    """``_tag("span.views", "x")`` -> ``<span class="views">x</span>``."""
    tag, _, cls = spec.partition(".")
    tag = tag or "div"
    return '<%s%s%s>%s</%s>' % (tag, ' class="%s"' % cls.replace(".", " ") if cls else "", extra, inner, tag)


def _link(x, t):
    return '<a href="/%s/%d">%s</a>' % (x.pick(["news", "fa/news", "post", "item"]), x.rng.randrange(100, 99999),
                                        esc(t))


def render_blocks(x, blocks, shell):
    """Blocks: ("c", text, spec) chrome line; ("cl", [texts], spec, sep) chrome list (sep None = one a line);
    ("blank",); ("title"|"lead"|"sur", text); ("date", text, spec, iso or None); ("body", items);
    ("open"|"close", region); ("raw", html, [chrome lines], [txt lines])."""
    if x.fmt == "txt":
        L = []
        for b in blocks:
            k = b[0]
            if k in ("c", "date"):
                L.append(x.c(b[1]))
            elif k == "cl":
                x.page.cs(b[1])
                if b[3]:
                    L.append(x.c(b[3].join(b[1])))
                else:
                    L += b[1]
            elif k == "blank":
                L.append("")
            elif k in ("title", "lead", "sur"):
                L.append(b[1])
            elif k == "body":
                for it in b[1]:
                    L.append(x.c(it[1]) if it[0] == "x" else it[1])
                    if shell.get("txt_gap") and it[0] == "p":
                        L.append("")
            elif k == "raw":
                x.page.cs(b[2])
                L += b[3] if len(b) > 3 else b[2]
        text = "\n".join(L)
        text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
        return text
    out = []
    zwe = shell.get("zw_entity", False)
    for b in blocks:
        k = b[0]
        if k == "c":
            spec = b[2] or "div"
            inner = esc(x.c(b[1]))
            if spec.split(".")[0] in ("ul", "ol"):
                inner = '<li class="entry-category">%s</li>' % _link(x, b[1])
            out.append(_tag(spec, inner))
        elif k == "date":
            inner = esc(x.c(b[1]))
            if b[3]:
                inner = '<time datetime="%s">%s</time>' % (b[3], inner)
            out.append(_tag(b[2] or "div.date", inner))
        elif k == "cl":
            x.page.cs(b[1])
            if b[3]:
                x.c(b[3].join(b[1]))
                out.append(_tag(b[2] or "div", (" %s " % esc(b[3].strip())).join(_link(x, t) for t in b[1])))
            else:
                lis = "".join("<li>%s</li>" % _link(x, t) for t in b[1])
                spec = b[2] or "ul"
                out.append(_tag(spec, lis) if spec.split(".")[0] in ("ul", "ol") else _tag(spec, "<ul>%s</ul>" % lis))
        elif k == "title":
            out.append(shell["title"] % esc(b[1]))
        elif k == "lead":
            out.append(shell["lead"] % inline_markup(b[1], x.rng, zwe, 0))
        elif k == "sur":
            out.append(shell["sur"] % esc(b[1]))
        elif k == "body":
            out.append(shell["body"][0])
            open_list = False
            for it in b[1]:
                kind, t = it[0], it[1]
                if kind == "li" and not open_list:
                    out.append("<ul>")
                    open_list = True
                if kind != "li" and open_list:
                    out.append("</ul>")
                    open_list = False
                if kind == "p":
                    out.append(shell.get("p", "<p>%s</p>") % inline_markup(t, x.rng, zwe))
                elif kind == "h":
                    out.append(shell.get("h", "<h2>%s</h2>") % inline_markup(t, x.rng, zwe, 0))
                elif kind == "q":
                    out.append("<p><strong>%s</strong></p>" % inline_markup(t, x.rng, zwe, 0))
                elif kind == "li":
                    out.append("<li>%s</li>" % inline_markup(t, x.rng, zwe, 0))
                else:
                    x.c(t)
                    out.append(shell["x"](x, t, it[2] if len(it) > 2 else ""))
            if open_list:
                out.append("</ul>")
            out.append(shell["body"][1])
        elif k in ("open", "close"):
            out.append(shell["regions"][b[1]][0 if k == "open" else 1])
        elif k == "raw":
            x.page.cs(b[2])
            out.append(b[1])
    return html_doc(shell["head"](x), "\n".join(out))


# ---------------------------------------------------------------------------------------------------------
# negatives: listing / chrome_only / arabic / empty, in each family's voice
# ---------------------------------------------------------------------------------------------------------
ARABIC_TEXTS = [
    ("سورة الفاتحة", ["بسم الله الرحمن الرحيم ﴿١﴾ الحمد لله رب العالمين ﴿٢﴾ الرحمن الرحيم ﴿٣﴾ مالك يوم الدين ﴿٤﴾",
                     "إياك نعبد وإياك نستعين ﴿٥﴾ اهدنا الصراط المستقيم ﴿٦﴾ صراط الذين أنعمت عليهم غير المغضوب "
                     "عليهم ولا الضالين ﴿٧﴾"]),
    ("آية الكرسي - سورة البقرة ٢٥٥ إلى ٢٥٧", [
        "الله لا إله إلا هو الحي القيوم لا تأخذه سنة ولا نوم له ما في السماوات وما في الأرض من ذا الذي يشفع "
        "عنده إلا بإذنه يعلم ما بين أيديهم وما خلفهم ولا يحيطون بشيء من علمه إلا بما شاء وسع كرسيه السماوات "
        "والأرض ولا يئوده حفظهما وهو العلي العظيم ﴿٢٥٥﴾",
        "لا إكراه في الدين قد تبين الرشد من الغي فمن يكفر بالطاغوت ويؤمن بالله فقد استمسك بالعروة الوثقى لا "
        "انفصام لها والله سميع عليم ﴿٢٥٦﴾",
        "الله ولي الذين آمنوا يخرجهم من الظلمات إلى النور والذين كفروا أولياؤهم الطاغوت يخرجونهم من النور إلى "
        "الظلمات أولئك أصحاب النار هم فيها خالدون ﴿٢٥٧﴾"]),
    ("سورة القدر", ["إنا أنزلناه في ليلة القدر ﴿١﴾ وما أدراك ما ليلة القدر ﴿٢﴾ ليلة القدر خير من ألف شهر ﴿٣﴾",
                   "تنزل الملائكة والروح فيها بإذن ربهم من كل أمر ﴿٤﴾ سلام هي حتى مطلع الفجر ﴿٥﴾"]),
    ("سورة الضحى", ["والضحى ﴿١﴾ والليل إذا سجى ﴿٢﴾ ما ودعك ربك وما قلى ﴿٣﴾ وللآخرة خير لك من الأولى ﴿٤﴾ "
                    "ولسوف يعطيك ربك فترضى ﴿٥﴾",
                    "ألم يجدك يتيما فآوى ﴿٦﴾ ووجدك ضالا فهدى ﴿٧﴾ ووجدك عائلا فأغنى ﴿٨﴾ فأما اليتيم فلا تقهر "
                    "﴿٩﴾ وأما السائل فلا تنهر ﴿١٠﴾ وأما بنعمة ربك فحدث ﴿١١﴾"]),
    ("سورة الشرح", ["ألم نشرح لك صدرك ﴿١﴾ ووضعنا عنك وزرك ﴿٢﴾ الذي أنقض ظهرك ﴿٣﴾ ورفعنا لك ذكرك ﴿٤﴾",
                   "فإن مع العسر يسرا ﴿٥﴾ إن مع العسر يسرا ﴿٦﴾ فإذا فرغت فانصب ﴿٧﴾ وإلى ربك فارغب ﴿٨﴾"]),
    ("سورة التين", ["والتين والزيتون ﴿١﴾ وطور سينين ﴿٢﴾ وهذا البلد الأمين ﴿٣﴾ لقد خلقنا الإنسان في أحسن تقويم ﴿٤﴾",
                   "ثم رددناه أسفل سافلين ﴿٥﴾ إلا الذين آمنوا وعملوا الصالحات فلهم أجر غير ممنون ﴿٦﴾ فما يكذبك "
                   "بعد بالدين ﴿٧﴾ أليس الله بأحكم الحاكمين ﴿٨﴾"]),
    ("سورة الزلزلة", ["إذا زلزلت الأرض زلزالها ﴿١﴾ وأخرجت الأرض أثقالها ﴿٢﴾ وقال الإنسان ما لها ﴿٣﴾ يومئذ تحدث "
                     "أخبارها ﴿٤﴾ بأن ربك أوحى لها ﴿٥﴾",
                     "يومئذ يصدر الناس أشتاتا ليروا أعمالهم ﴿٦﴾ فمن يعمل مثقال ذرة خيرا يره ﴿٧﴾ ومن يعمل مثقال "
                     "ذرة شرا يره ﴿٨﴾"]),
    ("المعوذتان: سورة الفلق وسورة الناس", [
        "قل أعوذ برب الفلق ﴿١﴾ من شر ما خلق ﴿٢﴾ ومن شر غاسق إذا وقب ﴿٣﴾ ومن شر النفاثات في العقد ﴿٤﴾ ومن "
        "شر حاسد إذا حسد ﴿٥﴾",
        "قل أعوذ برب الناس ﴿١﴾ ملك الناس ﴿٢﴾ إله الناس ﴿٣﴾ من شر الوسواس الخناس ﴿٤﴾ الذي يوسوس في صدور "
        "الناس ﴿٥﴾ من الجنة والناس ﴿٦﴾"]),
    ("دعاء اليوم الأول من شهر رمضان", [
        "اللهم اجعل صيامي فيه صيام الصائمين وقيامي فيه قيام القائمين ونبهني فيه عن نومة الغافلين وهب لي جرمي "
        "فيه يا إله العالمين واعف عني يا عافيا عن المجرمين"]),
    ("دعاء اليوم الثاني والثالث من شهر رمضان", [
        "اللهم قربني فيه إلى مرضاتك وجنبني فيه من سخطك ونقماتك ووفقني فيه لقراءة آياتك برحمتك يا أرحم الراحمين",
        "اللهم ارزقني فيه الذهن والتنبيه وباعدني فيه من السفاهة والتمويه واجعل لي نصيبا من كل خير تنزل فيه "
        "بجودك يا أجود الأجودين"]),
    ("من دعاء كميل", [
        "اللهم إني أسألك برحمتك التي وسعت كل شيء وبقوتك التي قهرت بها كل شيء وخضع لها كل شيء وذل لها كل شيء "
        "وبجبروتك التي غلبت بها كل شيء وبعزتك التي لا يقوم لها شيء",
        "وبعظمتك التي ملأت كل شيء وبسلطانك الذي علا كل شيء وبوجهك الباقي بعد فناء كل شيء وبأسمائك التي ملأت "
        "أركان كل شيء وبعلمك الذي أحاط بكل شيء وبنور وجهك الذي أضاء له كل شيء يا نور يا قدوس يا أول الأولين "
        "ويا آخر الآخرين",
        "اللهم اغفر لي الذنوب التي تهتك العصم اللهم اغفر لي الذنوب التي تنزل النقم اللهم اغفر لي الذنوب التي "
        "تغير النعم اللهم اغفر لي الذنوب التي تحبس الدعاء اللهم اغفر لي الذنوب التي تنزل البلاء"]),
    ("دعاء الفرج", [
        "إلهي عظم البلاء وبرح الخفاء وانكشف الغطاء وانقطع الرجاء وضاقت الأرض ومنعت السماء وأنت المستعان وإليك "
        "المشتكى وعليك المعول في الشدة والرخاء",
        "اللهم صل على محمد وآل محمد أولي الأمر الذين فرضت علينا طاعتهم وعرفتنا بذلك منزلتهم ففرج عنا بحقهم "
        "فرجا عاجلا قريبا كلمح البصر أو هو أقرب"]),
    ("من زيارة عاشوراء", [
        "السلام عليك يا أبا عبد الله السلام عليك يا ابن رسول الله السلام عليك يا ابن أمير المؤمنين وابن سيد "
        "الوصيين السلام عليك يا ابن فاطمة سيدة نساء العالمين",
        "السلام عليك يا ثار الله وابن ثاره والوتر الموتور السلام عليك وعلى الأرواح التي حلت بفنائك عليكم مني "
        "جميعا سلام الله أبدا ما بقيت وبقي الليل والنهار"]),
]

COMMENTS = [
    ("مریم", "ممنون از اطلاع‌رسانی خوبتان، خیلی به کارم آمد. لطفاً درباره ادامه این موضوع هم گزارش بدهید."),
    ("علی از کرج", "این خبر را دیروز هم جای دیگری خوانده بودم، ولی توضیحات شما کامل‌تر است."),
    ("ناشناس", "کاش مسئولان به جای وعده، کمی هم به فکر عمل باشند. سال‌هاست همین حرف‌ها را می‌شنویم."),
    ("رضا", "سلام، آیا منبع دقیق آمارها را هم می‌توانید اعلام کنید؟ به نظرم بعضی اعداد با واقعیت نمی‌خواند."),
    ("نیلوفر", "مطلب جالبی بود. فقط کاش عکس‌های بیشتری هم می‌گذاشتید."),
    ("حسین", "خدا قوت به همه دست‌اندرکاران. امیدوارم نتیجه این تلاش‌ها را به زودی ببینیم."),
    ("کاربر مهمان", "لینک دانلود فایل کار نمی‌کند، لطفاً بررسی کنید."),
    ("سارا", "من هم همین تجربه را داشتم و کاملاً با نویسنده موافقم."),
    ("محمدجواد", "تحلیل خوبی بود ولی به نظرم نیمه پر لیوان را ندیده‌اید."),
    ("فاطمه", "بسیار عالی، اطلاعات مفیدی بود. دستتان درد نکند."),
]

AUTHORS = ["سارا محمدی", "رضا کاظمی", "نرگس توکلی", "امیر حسین‌زاده", "مهسا جعفری", "پویا صالحی", "لیلا رحیمی",
           "حامد نوروزی", "زهرا عسگری", "کیوان مقدم"]
INITIALS = ["م.ع", "ن.ر", "س.ک", "ح.ن", "ز.م", "ا.ف", "ر.ص"]


def neg_listing_entries(x, k, teaser=True, dated="abs", source=False):
    """Entries of a listing page: title, full-sentence teaser (a corpus abstract), date, maybe a source."""
    rows = []
    for st in x.others(k):
        row = [st.title]
        if teaser and st.lead:
            row.append(st.lead)
        if dated == "abs":
            w = story_when(st, x.rng)
            row.append(fmt_jalali(w, x.pick(["num_time", "words_time", "num"]), x.site.get("digits", "fa")))
        elif dated == "rel":
            row.append(x.pick(["%s دقیقه پیش", "%s ساعت پیش", "%s روز پیش"]) % x.num(x.rng.randint(2, 23)))
        if source:
            src = x.pick(AGENCIES + ["باشگاه خبرنگاران", "روزنامه صبح وطن", "همشهری"])
            row[-1] = "%s | %s" % (src, row[-1]) if len(row) > 1 else src
        rows.append(row)
    return rows


def arabic_page_blocks(x, title_fa=True):
    """A prayer / Quran page: Persian chrome around Arabic text (gold kind ``arabic``)."""
    name, lines = x.pick(ARABIC_TEXTS)
    title = ("متن کامل «%s»" % name if x.chance(0.5) else "%s به همراه صوت" % name) if title_fa else name
    x.page.title = title
    x.page.body = list(lines)
    return title, [("p", line) for line in lines]


def fill_negative_gold(x, kind):
    if kind != "arabic":
        x.page.title = None
        x.page.body = []
    x.page.lead = x.page.surtitle = None
    x.page.agency = None
    x.page.when = None


ABOUT = {
    "gov": [
        "{name} به عنوان نماینده عالی دولت در این حوزه، وظیفه هماهنگی، راهبری و نظارت بر عملکرد دستگاه‌های اجرایی "
        "را بر عهده دارد.",
        "این پایگاه اطلاع‌رسانی با هدف شفاف‌سازی عملکرد مدیران و دسترسی آسان شهروندان به خدمات و اخبار رسمی "
        "راه‌اندازی شده است.",
        "شهروندان گرامی می‌توانند درخواست‌ها، پیشنهادها و شکایات خود را از طریق سامانه ارتباط مردمی ثبت کنند و کد "
        "رهگیری دریافت نمایند.",
        "تمامی اطلاعیه‌ها، بخشنامه‌ها و فراخوان‌های رسمی نخست در همین پایگاه منتشر می‌شود و انتشار آن‌ها در سایر "
        "رسانه‌ها با ذکر منبع مجاز است.",
        "ساعات کاری واحد ارتباطات مردمی از شنبه تا چهارشنبه، ساعت هفت و سی دقیقه صبح تا چهارده و سی دقیقه است.",
    ],
    "uni": [
        "{name} در سال ۱۳۵۴ با پذیرش یکصد و بیست دانشجو در دو رشته فنی فعالیت خود را آغاز کرد و امروز با بیش از "
        "دوازده هزار دانشجو در سه مقطع تحصیلی یکی از مراکز مهم آموزش عالی کشور است.",
        "پایگاه خبری {name} زیر نظر اداره کل روابط عمومی فعالیت می‌کند و اخبار آموزشی، پژوهشی، فرهنگی و دانشجویی را "
        "به صورت روزانه منتشر می‌کند.",
        "اعضای هیئت علمی، کارکنان و دانشجویان می‌توانند اخبار و گزارش‌های واحد خود را برای انتشار به دبیرخانه "
        "پایگاه خبری ارسال کنند.",
        "بازنشر مطالب این پایگاه با ذکر نام و پیوند به منبع آزاد است و مسئولیت صحت اخبار واحدها بر عهده واحد "
        "ارسال‌کننده است.",
        "پردیس اصلی در زمینی به مساحت دویست هکتار واقع شده و دارای سیزده دانشکده، چهل آزمایشگاه تخصصی و یک پارک علم "
        "و فناوری است.",
    ],
    "mag": [
        "{name} از سال ۱۳۹۵ با هدف ارائه اطلاعات معتبر، ساده و کاربردی در زمینه سلامت، تغذیه و سبک زندگی فعالیت خود "
        "را آغاز کرد.",
        "تمام مطالب ما پیش از انتشار توسط تیمی از پزشکان، کارشناسان تغذیه و روان‌شناسان بازبینی می‌شود تا از درستی "
        "اطلاعات اطمینان داشته باشیم.",
        "ما باور داریم که دسترسی به دانش درست درباره سلامت حق همه است و تلاش می‌کنیم مفاهیم پیچیده پزشکی را به "
        "زبانی ساده بیان کنیم.",
        "مطالب این مجله جایگزین مشاوره پزشکی نیست و توصیه می‌کنیم پیش از هر تصمیم درمانی با پزشک معالج خود مشورت کنید.",
        "اگر پیشنهادی برای بهتر شدن محتوای ما دارید یا مایل به همکاری با تحریریه هستید، از طریق صفحه تماس با ما در "
        "ارتباط باشید.",
    ],
    "af": [
        "{name} یک رسانه مستقل و غیرانتفاعی است که در سال ۱۳۹۲ خورشیدی در کابل تأسیس شد و اخبار افغانستان و منطقه "
        "را به زبان‌های دری و پشتو نشر می‌کند.",
        "گزارشگران ما در بیش از بیست ولایت کشور حضور دارند و تلاش می‌کنند صدای مردم را بدون سانسور و جانب‌داری به "
        "مخاطبان برسانند.",
        "ما به اصول اخلاق حرفه‌ای خبرنگاری، بی‌طرفی و دقت در نشر اطلاعات پایبندیم و هرگونه اشتباه را در کوتاه‌ترین "
        "زمان اصلاح می‌کنیم.",
        "نشر مطالب این سایت با ذکر منبع و لینک مستقیم آزاد است؛ استفاده تجارتی از محتوا بدون اجازه کتبی ممنوع است.",
        "برای ارسال گزارش مردمی، عکس یا ویدیو می‌توانید از طریق ایمیل یا شماره واتساپ با بخش خبر در تماس شوید.",
    ],
    "agg": [
        "{name} یک سامانه هوشمند گردآوری و دسته‌بندی خبر است که هر روز هزاران خبر را از صدها منبع معتبر فارسی‌زبان "
        "جمع‌آوری می‌کند.",
        "هدف ما این است که کاربران بتوانند در کمترین زمان از مهم‌ترین رویدادهای روز باخبر شوند و برای خواندن متن "
        "کامل به منبع اصلی خبر مراجعه کنند.",
        "الگوریتم‌های ما اخبار تکراری را شناسایی و در یک خوشه قرار می‌دهند تا روایت‌های مختلف یک رویداد را کنار هم "
        "ببینید.",
        "مسئولیت محتوای هر خبر بر عهده منبع منتشرکننده آن است و {name} تنها عنوان، خلاصه و پیوند خبر را نمایش می‌دهد.",
        "تیم ما متشکل از مهندسان نرم‌افزار، ویراستاران و کارشناسان رسانه است که از چند سال پیش روی این سرویس کار "
        "می‌کنند.",
        "اگر مدیر یک رسانه هستید و می‌خواهید خبرهای شما در {name} نمایش داده شود یا نمایش داده نشود، با ما تماس "
        "بگیرید.",
    ],
}
CONTACT_INTRO = [
    "برای تماس با ما می‌توانید از فرم زیر استفاده کنید؛ پیام شما حداکثر ظرف دو روز کاری بررسی و پاسخ داده خواهد شد.",
    "پیشنهادها، انتقادها و گزارش‌های مردمی خود را از طریق فرم زیر یا نشانی پست الکترونیک ارسال کنید.",
]
FORM_LABELS = ["نام و نام خانوادگی", "پست الکترونیک", "شماره تماس", "موضوع پیام", "متن پیام", "کد امنیتی"]


def negative_blocks(x, voice, sec_label=None):
    """Blocks of a negative page (between the family's header and footer); sets gold."""
    kind, rng, name = x.kind, x.rng, x.site["name"]
    fill_negative_gold(x, kind)
    B = []
    if kind == "listing":
        sec = sec_label or x.section_for(x.pick(["", "province", "economy", "sports", "social"]))
        x.page.section = sec
        B.append(("c", voice.get("listing_head", "{sec}").format(sec=sec), "h1.page-title"))
        for row in neg_listing_entries(x, rng.randint(6, 12), teaser=x.chance(0.8),
                                       dated=voice.get("dated", "abs")):
            B.append(("c", row[0], "h3.entry-title"))
            for r in row[1:]:
                B.append(("c", r, "div.entry-meta"))
            if voice.get("more") and x.chance(0.5):
                B.append(("c", voice["more"], "a.more"))
        B.append(("cl", ["« قبلی", "۱", "۲", "۳", "۴", "...", "بعدی »"], "div.pagination", " "))
    elif kind == "arabic":
        title, items = arabic_page_blocks(x)
        if sec_label:
            x.page.section = sec_label
            B.append(("c", sec_label, "div.cat"))
        B += [("title", title), ("body", items)]
        B.append(("c", voice.get("arabic_after", "التماس دعا"), "p.note"))
    elif kind == "empty":
        B.append(("c", x.pick(voice.get("empty", ["محتوایی برای نمایش وجود ندارد."])), "p.empty"))
    else:
        sub = x.pick(["404", "contact", "about"])
        if sub == "404":
            B += [("c", x.pick(["خطای ۴۰۴", "۴۰۴ - صفحه پیدا نشد", "صفحه مورد نظر یافت نشد"]), "h1"),
                  ("c", x.pick(["ممکن است نشانی را اشتباه وارد کرده باشید یا این صفحه جابه‌جا یا حذف شده باشد.",
                                "متأسفانه صفحه‌ای که به دنبال آن بودید در دسترس نیست. لطفاً از جستجو استفاده کنید "
                                "یا به صفحه اصلی بازگردید."]), "p"),
                  ("c", x.pick(["بازگشت به صفحه اصلی", "رفتن به خانه"]), "a.btn"),
                  ("c", x.pick(["شاید این مطالب را بپسندید", "پیشنهاد ما برای شما"]), "h3"),
                  ("cl", x.titles(rng.randint(3, 6)), "ul.suggest", None)]
        elif sub == "contact":
            B += [("c", x.pick(["تماس با ما", "ارتباط با ما"]), "h1"),
                  ("c", x.pick(CONTACT_INTRO), "p")]
            B.append(("c", voice["address"], "p.address"))
            B.append(("c", voice["phone"], "p.phone"))
            B.append(("cl", FORM_LABELS[:rng.randint(4, 6)], "div.form", None))
            B.append(("c", x.pick(["ارسال پیام", "ثبت و ارسال"]), "button"))
        else:
            sents = [s.format(name=name) for s in voice["about"]]
            rng.shuffle(sents)
            B.append(("c", x.pick(["درباره ما", "درباره " + name]), "h1"))
            k = rng.randint(3, len(sents))
            paras, cur = [], []
            for s in sents[:k]:
                cur.append(s)
                if len(cur) >= 2 or x.chance(0.4):
                    paras.append(" ".join(cur))
                    cur = []
            if cur:
                paras.append(" ".join(cur))
            B += [("c", p, "p") for p in paras]
    return B


def neg_shell(x, head_extra=""):
    return {"head": lambda x: "<title>%s</title>%s" % (esc(x.site["name"]), head_extra),
            "title": "<h1>%s</h1>", "lead": "<p>%s</p>", "sur": "<h4>%s</h4>",
            "body": ('<div class="text">', "</div>"), "x": lambda x, t, sub: "<p>%s</p>" % esc(t),
            "regions": {"main": ("<main>", "</main>"), "header": ("<header>", "</header>"),
                        "footer": ("<footer>", "</footer>")}}


def gov_negative(x):
    s = x.site
    voice = {"about": ABOUT["gov"], "address": s["address"], "phone": s["phone"], "more": "ادامه خبر",
             "listing_head": "آرشیو {sec}", "empty": ["در حال حاضر خبری در این بخش ثبت نشده است.",
                                                      "دسترسی به این صفحه موقتاً امکان‌پذیر نیست."]}
    B = [("open", "header")]
    B += [("c", t, "div") for t in gov_header_lines(x) if t]
    B += [("close", "header"), ("open", "main")]
    B += negative_blocks(x, voice, sec_label="مناسبت‌ها" if x.kind == "arabic" else None)
    B += [("close", "main"), ("open", "footer")]
    B += [("c", t, "p") for t in gov_footer_lines(x) if t]
    B.append(("close", "footer"))
    return render_blocks(x, B, neg_shell(x))


# =========================================================================================================
# family 2: uni_news - a university / research institute news site
# =========================================================================================================
UNI_SITES = [
    dict(host="news.alborzkooh.ac.ir", name="دانشگاه البرزکوه", short="پایگاه خبری دانشگاه البرزکوه",
         header="پایگاه خبری دانشگاه البرزکوه", tagline="دانش، پژوهش، فناوری در خدمت جامعه",
         dateline="به گزارش پایگاه خبری دانشگاه البرزکوه", digits="fa", weight=1.1, style=0,
         menu=["خانه", "اخبار", "رویدادها", "پژوهش و فناوری", "دانشجویی", "فرهنگی", "ورزش", "چندرسانه‌ای", "تماس"],
         sections={"": "اخبار دانشگاه", "scientific-academic": "پژوهش و فناوری", "culture": "فرهنگی و اجتماعی",
                   "arts-media": "فرهنگی و اجتماعی", "social": "دانشجویی", "sports": "ورزش دانشگاهی",
                   "economy": "کارآفرینی", "politics": "اخبار کشور", "world": "بین‌الملل",
                   "province": "اخبار استان"},
         address="نشانی: کیلومتر ۱۲ جاده کوهستان، پردیس اصلی دانشگاه البرزکوه، صندوق پستی ۳۱۵۸۷-۷۷۸",
         phone="تلفن: ۰۲۶-۳۶۱۰۰۰۰۰ | روابط عمومی: داخلی ۲۲۴۰"),
    dict(host="pajoohesh-noor.ir", name="پژوهشگاه فناوری‌های نوین نور", short="پژوهشگاه نور",
         header="پژوهشگاه فناوری‌های نوین نور", tagline="از ایده تا محصول",
         dateline="به گزارش روابط عمومی پژوهشگاه نور", digits="fa", weight=0.9, style=1,
         menu=["صفحه اصلی", "معرفی", "پژوهشکده‌ها", "اخبار", "همایش‌ها", "انتشارات", "فرصت‌های همکاری", "English"],
         sections={"": "اخبار پژوهشگاه", "scientific-academic": "دستاوردهای پژوهشی", "culture": "فرهنگ و جامعه",
                   "social": "جامعه", "sports": "ورزش", "economy": "فناوری و اقتصاد", "politics": "سیاست علم",
                   "world": "همکاری‌های بین‌المللی", "province": "اخبار استانی", "arts-media": "فرهنگ و جامعه"},
         address="نشانی: شهرک علمی نور، بلوار دانش، پلاک ۹",
         phone="تلفن: ۰۳۱-۳۳۹۳۴۴۰۰ | پست الکترونیک: pr@pajoohesh-noor.ir"),
    dict(host="news.ayinehvand-med.ac.ir", name="دانشکده علوم پزشکی آیینه‌وند", short="دانشکده علوم پزشکی آیینه‌وند",
         header="دانشکده علوم پزشکی و خدمات بهداشتی درمانی آیینه‌وند", tagline="سلامت، محور توسعه",
         dateline="به گزارش روابط عمومی دانشکده علوم پزشکی آیینه‌وند", digits="fa", weight=0.8, style=2,
         menu=["صفحه نخست", "معاونت‌ها", "بیمارستان‌ها", "اخبار", "آموزش", "سامانه‌ها", "تماس با ما"],
         sections={"": "اخبار", "scientific-academic": "آموزش و پژوهش", "social": "بهداشت و سلامت",
                   "culture": "فرهنگی", "sports": "تربیت بدنی", "economy": "توسعه و منابع",
                   "politics": "سیاست‌گذاری سلامت", "world": "اخبار جهان", "province": "شبکه‌های بهداشت",
                   "arts-media": "فرهنگی"},
         address="نشانی: آیینه‌وند، خیابان سلامت، ستاد دانشکده علوم پزشکی",
         phone="سامانه ۱۹۰ | تلفن: ۰۸۱-۳۴۲۲۰۰۱۱"),
]
UNI = dict(
    agency_policy=[("keep", 27), ("own", 33), ("reattr", 17), ("strip_credit", 13), ("own_other", 10)],
    other_sources=["هفته‌نامه دانشگاه", "نشریه دانشجویی آوا", "پایگاه اطلاع‌رسانی وزارت علوم"],
    credit_with_keep=0.3,
    neg={"listing": 4, "chrome_only": 4, "empty": 1}, neg_rate=0.08,
)
UNI_HALLS = ["تالار شهید چمران", "سالن همایش‌های کتابخانه مرکزی", "آمفی‌تئاتر دانشکده فنی",
             "سالن اجتماعات ساختمان شماره ۲"]
UNI_CREDITS = ["عکس: روابط عمومی دانشگاه", "عکس از: {p}", "عکاس: {p}", "تصویر: آرشیو پایگاه خبری"]


def uni_date_line(x):
    w, st = x.when.local, x.site["style"]
    if st == 0:
        return "تاریخ: %s - %s" % (fmt_jalali(w, "num"), fmt_greg(w, "num", "en"))
    if st == 1:
        return "%s - %s" % (fmt_greg(w, "words"), fmt_jalali(w, "words"))
    return fmt_jalali(w, "words_wd_time")


def uni_event_box(x):
    """Time and place of an upcoming event: content, but its date is not the publication date."""
    ev = x.when.local + dt.timedelta(days=x.rng.randint(3, 25))
    ev = ev.replace(hour=x.pick([9, 10, 14, 16]), minute=x.pick([0, 30]))
    return [("h", x.pick(["زمان و مکان برگزاری", "اطلاعات برگزاری"])),
            ("li", "زمان: %s، ساعت %s" % (fmt_jalali(ev, "words_wd"), clock(ev))),
            ("li", "مکان: " + x.pick(UNI_HALLS)),
            ("li", x.pick(["شرکت برای عموم دانشجویان آزاد است.", "ظرفیت محدود است و ثبت‌نام الزامی است.",
                           "حضور برای اعضای هیئت علمی و دانشجویان تحصیلات تکمیلی آزاد است."]))]


def uni_news(x):
    s, rng, pg = x.site, x.rng, x.page
    st = s["style"]
    B = [("open", "header")]
    top = ["EN", "AR", "پورتال دانشگاه", "سامانه آموزش", "کتابخانه مرکزی", "پست الکترونیک"] if st != 1 else \
        ["English", "نقشه سایت", "ورود همکاران"]
    B += [("cl", top, "div.topbar", " | "), ("c", s["header"], "div.site-name"), ("c", s["tagline"], "div.slogan")]
    c = x.crawl.local
    today = ("%s - %s" % (fmt_jalali(c, "words"), fmt_greg(c, "en_short")) if st == 0 else
             "امروز %s" % fmt_jalali(c, "words_wd") if st == 1 else
             "%s | %s | %s" % (fmt_jalali(c, "words_wd"), fmt_qamari(c), fmt_greg(c, "words")))
    B += [("c", today, "div.today"), ("cl", s["menu"], "nav.main-nav", " • " if st == 0 else None),
          ("close", "header")]
    voice = {"about": ABOUT["uni"], "address": s["address"], "phone": s["phone"], "more": "ادامه مطلب",
             "listing_head": "{sec}", "empty": ["موردی یافت نشد.", "هیچ رویدادی برای این تاریخ ثبت نشده است."]}
    if x.kind != "article":
        B += [("open", "main")] + negative_blocks(x, voice) + [("close", "main")]
        B += uni_footer(x)
        return render_blocks(x, B, uni_shell(x, None))
    a = x.art
    sec = x.section_for(a.cat)
    pg.section, pg.title, pg.agency = sec, a.title, a.agency
    items = list(a.items)
    if x.chance(0.25):
        items = add_subheads(items, a.tags, rng, rng.randint(1, 2), generic=False)
    if x.chance(0.2):
        items += uni_event_box(x)
    extra = []
    if x.chance(0.55):
        extra.append(("x", x.pick(UNI_CREDITS).format(p=x.pick(GOV_PHOTOGRAPHERS)), "cap"))
    if x.chance(0.4):
        extra.append(("x", x.pick(["بیشتر بخوانید: ", "بخوانید: ", "مرتبط: "]) + x.titles(1)[0], "rel"))
    items = insert_between(items, extra, rng)
    pg.body = body_of(items)
    lead = a.lead if st in (0, 2) and a.lead and x.chance(0.75) else None
    sur = x.pick(["در آیینی با حضور رئیس پژوهشگاه عنوان شد", "دستاورد تازه پژوهشگران", "گزارش یک رویداد",
                  "با همکاری پارک علم و فناوری", "به مناسبت هفته پژوهش"]) if st == 1 and x.chance(0.5) else None
    pg.lead, pg.surtitle = lead, sur
    if x.chance(0.9):
        x.show_date()
    views = x.num(rng.randrange(20, 6000))
    code = x.num(rng.randrange(1000, 60000))
    B.append(("open", "main"))
    if st == 0:
        B.append(("cl", ["خانه", "اخبار", sec], "nav.breadcrumb", " / "))
    elif st == 1:
        B.append(("c", "سرویس: " + sec, "div.service"))
    else:
        B.append(("cl", ["اخبار", sec], "div.breadcrumb", " › "))
    B.append(("open", "article"))
    if sur:
        B.append(("sur", sur))
    B.append(("title", pg.title))
    meta = []
    if pg.when is not None:
        meta.append(("date", uni_date_line(x), "span.date", pg.when.meta(x.pick(["offset", "utc"]))))
    views_line = {0: "تعداد بازدید: %s", 1: "بازدید: %s", 2: "%s بازدید"}[st] % views
    if st == 2 and pg.when is not None and x.chance(0.6):
        meta.append(("c", "آخرین ویرایش: " + fmt_jalali(later(x.when, rng, (1, 30)).local, "words_time"),
                     "span.modified"))
    if st == 0:
        meta.append(("c", "کد خبر: %s | %s" % (code, views_line), "div.node-meta"))
    else:
        meta += [("c", "کد خبر: " + code, "span.code"), ("c", views_line, "span.hits")]
    B += meta
    if lead:
        B.append(("lead", lead))
    B.append(("body", items))
    after = []
    if a.credit:
        after.append(("c", x.pick(["به نقل از: ", "منبع: ", "برگرفته از "]) + a.credit, "p.source"))
    staff = []
    if x.chance(0.6):
        staff.append("خبرنگار: " + x.pick(AUTHORS))
    if x.chance(0.4):
        staff.append("عکاس: " + x.pick(GOV_PHOTOGRAPHERS))
    if x.chance(0.5):
        staff.append("ویراستار: " + x.pick(INITIALS))
    if staff:
        after.append(("c", " | ".join(staff), "p.staff") if st == 0 else ("cl", staff, "div.staff", None))
    if st == 1 and x.chance(0.6):
        after.append(("c", x.pick(["/ پایان /", "ـــ پایان ـــ", "#پژوهشگاه_نور"]), "p.end"))
    tags = (a.tags or ["دانشگاه", "پژوهش"])[:5]
    if x.chance(0.85):
        after.append(("c", "برچسب‌ها: " + "، ".join(tags), "div.tags") if st != 0 else ("cl", ["برچسب‌ها"] + tags,
                                                                                         "div.field--name-field-tags",
                                                                                         None))
    if x.chance(0.7):
        after.append(("c", "لینک کوتاه: https://%s/n/%s" % (s["host"].replace("news.", ""), "".join(
            rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(5))), "div.shortlink"))
    share = ["تلگرام", "واتس‌اپ", "لینکدین", "ایکس", "ایتا", "بله"]
    after += [("c", x.pick(["اشتراک‌گذاری:", "به اشتراک بگذارید:"]), "span.share-label"),
              ("cl", share[:rng.randint(4, 6)], "div.share", None if st != 1 else " "),
              ("c", "کپی لینک", "button.copy")]
    B += after
    B.append(("close", "article"))
    B.append(("c", x.pick(["اخبار مرتبط", "مطالب مرتبط"]), "h3"))
    rel = x.titles(rng.randint(3, 5))
    if st == 1:
        for t in rel:
            B += [("c", t, "h4"), ("c", fmt_greg(earlier_date(x.when, rng), "words"), "span.d")]
    else:
        B.append(("cl", rel, "ul.related", None))
    if x.chance(0.45):
        B.append(("c", x.pick(["نظرات", "دیدگاه‌ها"]) + " (%s)" % x.num(rng.randint(1, 4)), "h3"))
        for name, text in rng.sample(COMMENTS, rng.randint(1, 3)):
            d = fmt_jalali(x.when.local + dt.timedelta(days=rng.randint(0, 9)), "num")
            B += [("c", "%s - %s" % (name, d), "div.c-author"), ("c", text, "div.c-body"), ("c", "پاسخ", "a")]
    else:
        B.append(("c", x.pick(["هنوز نظری برای این خبر ثبت نشده است.", "اولین نفری باشید که نظر می‌دهید."]), "p"))
    B += [("c", "ارسال نظر", "h3"), ("cl", ["نام", "ایمیل", "متن نظر"], "div.form", None),
          ("c", x.pick(["ثبت نظر", "ارسال"]), "button"), ("close", "main")]
    B.append(("c", x.pick(["آخرین اخبار", "تازه‌ترین‌ها"]), "h3"))
    hot = x.site_hot(4)
    for t in hot:
        B += [("c", t, "a"), ("c", fmt_jalali(earlier_date(x.when, rng, (0, 5)), "num"), "span.d")]
    if st == 1:
        B.append(("c", "رویدادهای پیش رو", "h3"))
        for _ in range(2):
            ev = x.when.local + dt.timedelta(days=rng.randint(2, 40))
            B += [("c", x.pick(["همایش ملی فناوری‌های نوین", "کارگاه آموزشی نگارش مقاله", "نشست هم‌اندیشی پژوهشگران",
                                "نمایشگاه دستاوردهای پژوهشی"]), "a"),
                  ("c", fmt_jalali(ev, "words"), "span.d")]
    B += uni_footer(x)
    return render_blocks(x, B, uni_shell(x, sec))


def uni_footer(x):
    s = x.site
    return [("open", "footer"), ("c", s["address"], "p"), ("c", s["phone"], "p"),
            ("c", "© %s - تمامی حقوق برای %s محفوظ است." % (x.num(x.crawl.j.year), s["name"]), "p"),
            ("c", "طراحی و پشتیبانی: مرکز فناوری اطلاعات و ارتباطات", "p"), ("close", "footer")]


def uni_shell(x, sec):
    st, rng = x.site["style"], x.rng
    pg = x.page

    def head(x):
        modified = later(x.when, rng, (1, 20)) if (x.kind == "article" and rng.random() < 0.5) else None
        if st == 0:   # Drupal: meta + JSON-LD with a later dateModified
            h = meta_tags(x, pg.title or x.site["name"], pg.lead or (pg.body[0] if pg.body else None), sec,
                          "offset" if x.kind == "article" else None, modified)
            if x.kind == "article":
                h += "\n" + news_ld(x, pg.title, sec, modified=modified)
            return h
        if st == 1:
            return meta_tags(x, pg.title or x.site["name"], None, None, None)
        h = meta_tags(x, pg.title or x.site["name"], pg.lead, None, None)
        if x.kind == "article":
            h += "\n" + news_ld(x, pg.title, None, modified=modified, kind="Article", style="offset")
        return h

    def xitem(x, t, sub):
        if sub == "cap":
            return '<figure class="media"><img src="/sites/default/files/%d.jpg" alt=""><figcaption>%s</figcaption>' \
                   '</figure>' % (rng.randrange(100, 9999), esc(t))
        return '<p class="inline-related"><a href="/fa/news/%d">%s</a></p>' % (rng.randrange(100, 9999), esc(t))

    if st == 0:
        regions = {"header": ('<header role="banner" class="region region-header">', "</header>"),
                   "main": ('<main role="main"><div class="region region-content">', "</div></main>"),
                   "article": ('<article role="article" class="node node--type-news node--view-mode-full">',
                               "</article>"),
                   "footer": ('<footer class="site-footer"><div class="region region-footer">', "</div></footer>")}
        body = ('<div class="node__content"><div class="clearfix text-formatted field field--name-body '
                'field--type-text-with-summary field--label-hidden field__item">', "</div></div>")
        title = '<h1 class="page-title"><span class="field field--name-title field--type-string">%s</span></h1>'
        lead = '<div class="field field--name-field-summary">%s</div>'
    elif st == 1:
        regions = {"header": ('<div id="header">', "</div>"), "main": ('<div id="content" class="col-9">', "</div>"),
                   "article": ('<div class="news_body_con">', "</div>"), "footer": ('<div id="footer">', "</div>")}
        body = ('<div class="news_body">', "</div>")
        title = '<h1 class="news_title">%s</h1>'
        lead = '<div class="news_lead">%s</div>'
    else:
        regions = {"header": ('<header class="header">', "</header>"),
                   "main": ('<div class="container"><main id="content">', "</main></div>"),
                   "article": ('<div class="item-page" itemscope itemtype="https://schema.org/Article">', "</div>"),
                   "footer": ('<footer class="footer">', "</footer>")}
        body = ('<div itemprop="articleBody">', "</div>")
        title = '<div class="page-header"><h2 itemprop="headline">%s</h2></div>'
        lead = '<p class="introtext"><strong>%s</strong></p>'
    return {"head": head, "title": title, "lead": lead, "sur": '<div class="rutitr">%s</div>', "body": body,
            "x": xitem, "regions": regions, "zw_entity": rng.random() < 0.3, "txt_gap": st != 2,
            "h": "<h3>%s</h3>"}


# =========================================================================================================
# family 3: health_mag - a lifestyle / health magazine (WordPress)
# =========================================================================================================
MAG_SECTIONS = {"": "سبک زندگی", "farsplus-magazine": "سبک زندگی", "sports": "ورزش و تناسب اندام",
                "social": "خانواده و جامعه", "culture": "فرهنگ و هنر", "arts-media": "سینما و تلویزیون",
                "scientific-academic": "دانستنی‌ها", "economy": "اقتصاد خانواده", "politics": "خبرهای روز",
                "world": "دانستنی‌ها", "province": "گردشگری"}
MAG_PARENT = {"ورزش و تناسب اندام": "سلامت", "خانواده و جامعه": "خانواده", "فرهنگ و هنر": "سرگرمی",
              "سینما و تلویزیون": "سرگرمی", "دانستنی‌ها": "سرگرمی", "اقتصاد خانواده": "خانواده",
              "خبرهای روز": "اخبار", "گردشگری": "سبک زندگی", "سبک زندگی": "مجله"}
MAG_SITES = [
    dict(host="tandorostmag.com", name="مجله تندرست", short="مجله تندرست", header="مجله تندرست",
         tagline="راهنمای زندگی سالم‌تر", dateline="به گزارش مجله تندرست", digits="fa", weight=1.0, style=0,
         menu=["خانه", "تغذیه", "سلامت", "روانشناسی", "زیبایی", "خانواده", "آشپزی", "سرگرمی", "اخبار"],
         sections=MAG_SECTIONS, address="دفتر مرکزی: تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۸، طبقه سوم",
         phone="تلفن: ۰۲۱-۲۲۰۰۴۴۵۵ | ایمیل: info@tandorostmag.com"),
    dict(host="zendegi-roshan.ir", name="زندگی روشن", short="مجله زندگی روشن", header="زندگی روشن",
         tagline="مجله سبک زندگی، سلامت و خانواده", dateline="به گزارش زندگی روشن", digits="fa", weight=1.0,
         style=1, menu=["صفحه اصلی", "سلامت و پزشکی", "تغذیه و رژیم", "خانه و خانواده", "روانشناسی", "مد و زیبایی",
                        "دانستنی‌ها", "فروشگاه"],
         sections=MAG_SECTIONS, address="نشانی: شیراز، بلوار چمران، مجتمع اداری نگین، واحد ۴۰۲",
         phone="پشتیبانی: ۰۷۱-۳۶۲۷۰۰۹۹"),
]
MAG = dict(
    agency_policy=[("keep", 20), ("reattr", 10), ("strip_credit", 32), ("strip_other", 24), ("strip_none", 14)],
    other_sources=["همشهری سلامت", "ماهنامه سپید", "وب‌سایت سلامت‌نیوز", "Healthline", "نشریه دنیای تغذیه"],
    credit_with_keep=0.4,
    neg={"listing": 3, "chrome_only": 3, "arabic": 2}, neg_rate=0.08,
    story_ok=lambda st: len(st.paras) >= 4,
)
MAG_PRODUCTS = [("مولتی‌ویتامین روزانه بزرگسالان ۶۰ عددی", 345000), ("ترازوی دیجیتال هوشمند بدن", 1290000),
                ("دمنوش آرامش‌بخش گیاهی", 98000), ("کرم ضدآفتاب SPF50 فاقد چربی", 420000),
                ("مچ‌بند هوشمند ورزشی", 1850000), ("روغن زیتون فرابکر یک لیتری", 560000)]
MAG_ADS = ["خرید آنلاین مکمل‌های ورزشی با ۳۰ درصد تخفیف", "مشاوره تغذیه آنلاین؛ اولین جلسه رایگان",
           "بیمه تکمیلی خانواده را آنلاین بخرید", "ثبت‌نام دوره‌های یوگا در منزل"]
FAQ_QUESTIONS = ["ماجرای {t} چیست؟", "چرا {t} این روزها مهم شده است؟", "{t} چه تأثیری بر این ماجرا دارد؟",
                 "آیا درباره {t} خبر تازه‌ای منتشر شده است؟", "واکنش‌ها به {t} چه بود؟"]
FAQ_GENERIC = ["در نهایت چه اتفاقی افتاد؟", "قدم بعدی چیست؟", "مهم‌ترین نکته این گزارش چیست؟",
               "چه کسانی در این ماجرا نقش داشتند؟"]


def mag_faq(x, items, tags):
    """Split off the last two paragraphs as an FAQ: a heading, and a question before each (all content).
    Returns (items before the FAQ, FAQ items)."""
    ps = [i for i, it in enumerate(items) if it[0] == "p"]
    if len(ps) < 4:
        return items, []
    tail = [items[i] for i in ps[-2:]]
    items = [it for i, it in enumerate(items) if i not in ps[-2:]]
    qs = []
    pool_t = list(tags)
    x.rng.shuffle(pool_t)
    for k in range(2):
        if pool_t and x.chance(0.7):
            q = x.pick(FAQ_QUESTIONS).format(t=pool_t.pop())
        else:
            q = x.pick([g for g in FAQ_GENERIC if g not in qs])
        qs.append(q)
    faq = [("h", x.pick(["سوالات متداول", "پرسش‌های رایج", "پرسش و پاسخ"]))]
    for q, ans in zip(qs, tail):
        faq += [("q", q), ans]
    return items, faq


def mag_article_items(x):
    a, rng = x.art, x.rng
    items = list(a.items)
    faq = []
    if x.chance(0.55):
        items, faq = mag_faq(x, items, a.tags)
    n_p = len([i for i in items if i[0] == "p"])
    items = add_subheads(items, a.tags, rng, max(2, min(5, n_p // 2)), generic=True) + faq
    heads = [it[1] for it in items if it[0] == "h"]
    extra = []
    if x.chance(0.7):
        extra.append(("x", "تبلیغات", "ad"))
    if x.chance(0.4):
        extra.append(("x", "آگهی: " + x.pick(MAG_ADS), "ad"))
    if x.chance(0.6):
        extra.append(("x", x.pick(["بیشتر بخوانید: ", "پیشنهاد سردبیر: ", "حتماً بخوانید: "]) + x.titles(1)[0], "rel"))
    if x.chance(0.35):
        extra.append(("x", x.titles(1)[0], "rel_bare"))      # a related title without a label
    items = insert_between(items, extra, rng)
    if x.chance(0.4):
        name, price = x.pick(MAG_PRODUCTS)
        box = [("x", "محصول پیشنهادی", "prod"), ("x", name, "prod"),
               ("x", "قیمت: %s تومان" % x.num(format(price, ",").replace(",", "٬")), "prod"),
               ("x", x.pick(["مشاهده و خرید", "خرید از فروشگاه"]), "prod")]
        ps = [i for i, it in enumerate(items) if it[0] == "p"]
        at = ps[len(ps) // 2] + 1 if ps else len(items)
        items[at:at] = box
    toc = []
    if len(heads) >= 2 and x.chance(0.75):
        toc = [("x", "فهرست مطالب", "toc"), ("x", x.pick(["[نمایش]", "[پنهان کردن]", "نمایش فهرست"]), "toc")]
        toc += [("x", "%s. %s" % (x.num(i + 1), h), "toc") for i, h in enumerate(heads)]
        first_p = next(i for i, it in enumerate(items) if it[0] == "p")
        items[first_p + 1:first_p + 1] = toc
    return items


def health_mag(x):
    s, rng, pg = x.site, x.rng, x.page
    st = s["style"]
    B = [("open", "header"), ("cl", ["ورود", "ثبت‌نام"] if st == 0 else ["ورود / عضویت", "سبد خرید"],
                              "div.top-bar", " | "),
         ("c", s["header"], "p.site-title"), ("c", s["tagline"], "p.site-description"),
         ("cl", s["menu"], "nav.main-navigation", None if st == 0 else " "), ("close", "header")]
    voice = {"about": ABOUT["mag"], "address": s["address"], "phone": s["phone"], "more": "ادامه مطلب »",
             "listing_head": "بایگانی دسته: {sec}" if st == 0 else "{sec}"}
    if x.kind != "article":
        B += [("open", "main")] + negative_blocks(x, voice, "دین و زندگی" if x.kind == "arabic" else None)
        B += [("close", "main")] + mag_footer(x)
        return render_blocks(x, B, mag_shell(x, None, None))
    a = x.art
    sec = MAG_SECTIONS.get(a.cat, MAG_SECTIONS[""])
    pg.section, pg.title, pg.agency = sec, a.title, a.agency
    items = mag_article_items(x)
    pg.body = body_of(items)
    dated = x.chance(0.88)
    if dated:
        x.show_date()
    modified = later(x.when, rng, (5, 200)) if x.chance(0.5) else None
    lead = a.lead if st == 0 and a.lead and x.chance(0.7) else None
    pg.lead = lead
    author = x.pick(AUTHORS)
    B.append(("open", "main"))
    parent = MAG_PARENT.get(sec, "مجله")
    if st == 0:
        crumbs = [s["name"], parent, sec] if parent != "مجله" else [s["name"], sec]
        B.append(("cl", crumbs, "nav.rank-math-breadcrumb", " › "))
    else:
        B.append(("c", "دسته‌بندی: " + sec, "span.cat-links"))
    B += [("open", "article"), ("title", pg.title)]
    if st == 0:
        line = "نویسنده: " + author
        if pg.when is not None:
            y = "words2" if x.when.j.year < 1400 else "words"
            line += " — " + fmt_jalali(x.when.local, y)
            B.append(("date", line, "div.entry-meta", pg.when.meta("utc")))
        else:
            B.append(("c", line, "div.entry-meta"))
        B.append(("c", "زمان مطالعه: %s دقیقه" % x.num(rng.randint(3, 14)), "span.reading-time"))
    else:
        parts = [author]
        if pg.when is not None:
            parts.append(fmt_jalali(x.when.local, "words"))
        parts.append("%s دیدگاه" % x.num(rng.randint(0, 40)))
        if pg.when is not None:
            B.append(("date", " | ".join(parts), "div.post-meta", pg.when.meta("offset")))
        else:
            B.append(("c", " | ".join(parts), "div.post-meta"))
    if modified is not None:
        B.append(("c", "آخرین به‌روزرسانی: " + fmt_jalali(modified.local, "words"), "span.updated"))
    if lead:
        B.append(("lead", lead))
    B.append(("body", items))
    if a.credit:
        B.append(("c", x.pick(["منبع: ", "برگرفته از ", "منبع: سایت "]) + a.credit, "p.source"))
    elif x.chance(0.5):
        B.append(("c", "گردآوری: تحریریه " + s["name"], "p.source"))
    B += [("c", "توجه: مطالب این مجله صرفاً جنبه آموزشی و اطلاع‌رسانی دارد و جایگزین مشاوره با پزشک متخصص نیست. "
                "پیش از هر اقدام درمانی با پزشک خود مشورت کنید.", "div.disclaimer"),
          ("c", "این مطلب چقدر برایتان مفید بود؟", "div.rating-title"),
          ("c", "امتیاز %s از ۵ (%s رأی)" % (x.num("%.1f" % (3 + 2 * rng.random())), x.num(rng.randint(2, 300))),
           "div.rating"),
          ("c", x.pick(["اشتراک‌گذاری در:", "این مطلب را با دوستانتان به اشتراک بگذارید"]), "span"),
          ("cl", ["تلگرام", "واتساپ", "پینترست", "توییتر"], "div.share-buttons", None),
          ("c", "لینک کپی شد!", "span.copied")]
    if x.chance(0.6):
        B.append(("cl", a.tags[:5] or ["سلامت", "سبک زندگی"], "div.post-tags", None))
    B.append(("close", "article"))
    if x.chance(0.7):
        bio = ("%s کارشناس ارشد %s است و بیش از %s سال در زمینه تولید محتوای %s فعالیت دارد. او به نوشتن مطالب "
               "ساده و کاربردی برای خانواده‌ها علاقه‌مند است." %
               (author, x.pick(["تغذیه", "روان‌شناسی بالینی", "روزنامه‌نگاری", "علوم ورزشی"]),
                x.num(rng.randint(4, 15)), x.pick(["سلامت", "سبک زندگی", "خانواده"])))
        B += [("c", "درباره نویسنده", "h4"), ("c", author, "span.author-name"), ("c", bio, "p.author-bio")]
    B += [("c", x.pick(["مطالب پیشنهادی", "شاید این مطالب را هم دوست داشته باشید"]), "h3"),
          ("cl", x.titles(rng.randint(3, 6)), "ul.related-posts", None)]
    nc = rng.randint(0, 3)
    B.append(("c", "%s دیدگاه" % x.num(nc) if nc else "دیدگاه خود را بنویسید", "h3.comments-title"))
    for name, text in rng.sample(COMMENTS, nc):
        d = x.when.local + dt.timedelta(days=rng.randint(0, 30))
        B += [("c", name, "b.fn"), ("c", fmt_jalali(d, "words_time"), "div.comment-metadata"), ("c", text, "p"),
              ("c", "پاسخ", "a.comment-reply-link")]
    B += [("cl", ["نام *", "ایمیل *", "دیدگاه شما"], "div.comment-form", None), ("c", "فرستادن دیدگاه", "button"),
          ("close", "main"),
          ("c", x.pick(["پربازدیدترین‌های هفته", "محبوب‌ترین مطالب"]), "h3"),
          ("cl", x.site_hot(4), "ul.popular", None),
          ("c", "عضویت در خبرنامه", "h4"), ("c", "ایمیل خود را وارد کنید تا تازه‌ترین مطالب را دریافت کنید.", "p"),
          ("c", "عضویت", "button")]
    B += mag_footer(x)
    return render_blocks(x, B, mag_shell(x, sec, modified))


def mag_footer(x):
    s = x.site
    return [("open", "footer"),
            ("c", "اپلیکیشن %s را از کافه‌بازار دریافت کنید" % s["name"], "p.app"),
            ("cl", ["درباره ما", "تماس با ما", "تبلیغات در مجله", "حریم خصوصی"], "nav.footer-menu", " | "),
            ("c", "© تمامی حقوق این وب‌سایت برای %s محفوظ است. استفاده از مطالب تنها با ذکر منبع مجاز است."
             % s["name"], "p.copyright"), ("close", "footer")]


def mag_shell(x, sec, modified):
    st, rng, pg = x.site["style"], x.rng, x.page

    def head(x):
        if x.kind != "article":
            return meta_tags(x, x.site["name"])
        h = meta_tags(x, pg.title, pg.lead or pg.body[0], sec if st == 1 else None,
                      x.pick(["utc", "offset"]) if pg.when is not None else None, modified)
        crumbs = [x.site["name"], MAG_PARENT.get(sec, "مجله"), sec] if st == 1 else None
        h += "\n" + news_ld(x, pg.title, None, modified=modified, crumbs=crumbs, kind="BlogPosting",
                            style=x.pick(["utc", "offset"]))
        return h

    def xitem(x, t, sub):
        if sub == "ad":
            return '<div class="code-block code-block-%d" style="margin:8px auto;text-align:center">%s</div>' % (
                rng.randint(1, 9), esc(t))
        if sub == "prod":
            return '<div class="product-box-line">%s</div>' % esc(t)
        if sub == "toc":
            return '<div class="ez-toc-line"><a href="#h-%d">%s</a></div>' % (rng.randrange(99), esc(t))
        if sub == "rel_bare":
            return '<p><a href="/%d/" class="inline-post">%s</a></p>' % (rng.randrange(1000, 9999), esc(t))
        return '<p class="read-more-inline"><strong>%s</strong></p>' % esc(t)

    regions = {"header": ('<div id="page" class="site"><header id="masthead" class="site-header">', "</header>"),
               "main": ('<div id="content" class="site-content"><main id="main" class="site-main">',
                        "</main></div>"),
               "article": ('<article id="post-%d" class="post type-post status-publish format-standard">'
                           % rng.randrange(1000, 99999), "</article>"),
               "footer": ('<footer id="colophon" class="site-footer">', "</footer></div>")}
    return {"head": head, "title": '<header class="entry-header"><h1 class="entry-title">%s</h1></header>',
            "lead": '<div class="post-excerpt"><p>%s</p></div>', "sur": "<h4>%s</h4>",
            "body": ('<div class="entry-content">', "</div>"), "x": xitem, "regions": regions,
            "zw_entity": rng.random() < 0.4, "txt_gap": st == 0, "h": x.pick(["<h2>%s</h2>", "<h3>%s</h3>"])}


# =========================================================================================================
# family 4: afghan_dari - an Afghan Dari news site (Kabul time, Afghan month names, its own agencies)
# =========================================================================================================
AF_SECTIONS = {"": "افغانستان", "province": "ولایات", "world": "منطقه و جهان", "foreign-policy": "منطقه و جهان",
               "politics": "سیاست", "economy": "اقتصاد", "sports": "ورزش", "culture": "فرهنگ",
               "arts-media": "فرهنگ", "social": "جامعه", "scientific-academic": "دانش و فناوری"}
AF_SITES = [
    dict(host="kabulnameh.af", name="کابل‌نامه", short="کابل‌نامه", header="کابل‌نامه",
         tagline="صدای مستقل افغانستان", dateline="به گزارش آژانس خبری پامیر", digits="fa", weight=1.1, style=0,
         zone="kabul", menu=["صفحه نخست", "افغانستان", "ولایات", "منطقه و جهان", "اقتصاد", "ورزش", "فرهنگ", "دیدگاه",
                             "ویدیو"],
         sections=AF_SECTIONS, address="آدرس: کابل، کارته چهار، سرک دوم، نزدیک پوهنتون کابل",
         phone="شماره تماس: ۰۰۹۳۷۹۱۲۳۴۵۶۷ | ایمیل: info@kabulnameh.af"),
    dict(host="hindukush-daily.com", name="روزنامه هندوکش", short="روزنامه هندوکش", header="روزنامه هندوکش",
         tagline="خبر، تحلیل و گزارش از افغانستان و منطقه", dateline="به گزارش خبرگزاری آسمایی", digits="fa",
         weight=1.0, style=1, zone="kabul",
         menu=["خانه", "خبرها", "سیاست", "اقتصاد", "ولایات", "جهان", "ورزش", "گزارش", "تماس با ما"],
         sections=AF_SECTIONS, address="دفتر مرکزی: کابل، شهرنو، جاده حاجی یعقوب، منزل سوم",
         phone="تلفن: ۰۰۹۳۲۰۲۲۱۱۴۴۸"),
    dict(host="payam-bamyan.af", name="پیام بامیان", short="پیام بامیان", header="پیام بامیان",
         tagline="از بام دنیا، خبر راستین", dateline="به گزارش خبرنگار پیام بامیان", digits="ar", weight=0.9,
         style=2, zone="kabul", menu=["صفحه نخست", "تازه‌ها", "ولایات", "سیاست", "جهان", "اقتصاد", "ورزش", "فرهنگ"],
         sections=AF_SECTIONS, address="آدرس: بامیان، بازار نو، عقب ریاست اطلاعات و فرهنگ",
         phone="تماس: ۰۰۹۳۷۷۷۰۰۱۲۳۴"),
]
AFG = dict(
    agency_policy=[("keep", 32), ("own", 33), ("reattr", 13), ("own_other", 12), ("strip_credit", 10)],
    other_sources=["آژانس خبری پامیر", "خبرگزاری آسمایی", "رادیو صدای هندوکش", "تلویزیون آریانای نو",
                   "روزنامه ماندگار کابل"],
    credit_with_keep=0.35,
    neg={"listing": 3, "chrome_only": 2, "arabic": 2, "empty": 2}, neg_rate=0.08,
)


def af_date(x, style):
    """«۱۲ سرطان ۱۴۰۱ – ۳ جولای ۲۰۲۲» and friends, in Kabul wall-clock time."""
    k = x.when.kabul()
    sc = x.site["digits"]
    jal = fmt_jalali(k, "words", sc, AF_MONTHS)
    if style == 0:
        return "%s – %s" % (jal, fmt_greg(k.date(), "words", sc, G_MONTHS_AF))
    if style == 1:
        return "ساعت %s به وقت کابل – %s" % (clock(k, sc), fmt_jalali(k, "num", sc))
    return "%s، %s – %s" % (WEEKDAYS[jd_of(k).weekday()], jal, fmt_greg(k.date(), "dmy", sc))


def afghan_dari(x):
    s, rng, pg = x.site, x.rng, x.page
    st = s["style"]
    c = x.crawl.kabul()
    today = fmt_jalali(c, "words_wd", s["digits"], AF_MONTHS)
    if st == 1:
        today += " | " + fmt_greg(c.date(), "words", s["digits"], G_MONTHS_AF)
    B = [("open", "header"), ("c", today, "div.td-date"),
         ("c", "کابل %s°" % x.num(rng.randint(-8, 36), s["digits"]), "div.weather"),
         ("c", s["header"], "div.logo"), ("c", s["tagline"], "div.tagline"),
         ("cl", s["menu"], "nav.td-header-menu", " | " if st != 2 else None)]
    if x.chance(0.7):
        B.append(("c", x.pick(["تازه‌ها: ", "خبرهای تازه: "]) + " ◄ ".join(x.site_hot(3)), "div.ticker"))
    B.append(("close", "header"))
    voice = {"about": ABOUT["af"], "address": s["address"], "phone": s["phone"], "more": "ادامه مطلب",
             "listing_head": "آرشیف {sec}", "arabic_after": "التماس دعا",
             "empty": ["مطلبی برای نشر وجود ندارد.", "صفحه در حال بروزرسانی است."]}
    if x.kind != "article":
        B += [("open", "main")] + negative_blocks(x, voice, "دینی" if x.kind == "arabic" else None)
        B += [("close", "main")] + af_footer(x)
        return render_blocks(x, B, af_shell(x, None))
    a = x.art
    sec = AF_SECTIONS.get(a.cat, AF_SECTIONS[""])
    pg.section, pg.title, pg.agency = sec, a.title, a.agency
    items = list(a.items)
    if x.chance(0.25):
        items = add_subheads(items, a.tags, rng, 1, generic=False)
    extra = []
    if x.chance(0.6):
        extra.append(("x", x.pick(["همچنان بخوانید: ", "بیشتر بخوانید: ", "این را هم بخوانید: "]) + x.titles(1)[0],
                      "rel"))
    if x.chance(0.5):
        extra.append(("x", x.pick(["عکس: آرشیف", "عکس: آرشیف %s" % s["name"], "عکس از شبکه‌های اجتماعی",
                                   "تصویر: %s / %s" % (x.pick(GOV_PHOTOGRAPHERS), s["name"])]), "cap"))
    if x.chance(0.12):
        extra.append(("x", x.titles(1)[0], "rel"))           # a related title with no label
    items = insert_between(items, extra, rng)
    pg.body = body_of(items)
    sur = x.pick(["گزارش اختصاصی", "در واکنش به تحولات اخیر", "گزارشگر ما از کابل گزارش می‌دهد",
                  "همزمان با نشست امروز"]) if st == 1 and x.chance(0.45) else None
    pg.surtitle = sur
    if x.chance(0.9):
        x.show_date()
    author = x.pick(["احمد ضیا رحیمی", "فرشته حیدری", "نجیب‌الله سادات", "مرسل امیری", "شکیبا نوری"])
    B.append(("open", "main"))
    if st == 0:
        B.append(("c", sec, "ul.td-category"))
    elif st == 1:
        B.append(("c", "بخش " + sec, "div.section-label"))
    else:
        B.append(("cl", ["صفحه نخست", sec], "div.breadcrumbs", " » "))
    B.append(("open", "article"))
    if sur:
        B.append(("sur", sur))
    B.append(("title", pg.title))
    if st == 0:
        bits = [author]
        if pg.when is not None:
            bits.append(af_date(x, 0))
        bits.append("%s دیدگاه" % x.num(rng.randint(0, 12)))
        if pg.when is not None:
            B.append(("date", " | ".join(bits), "div.td-module-meta-info", pg.when.meta("offset", "kabul")))
        else:
            B.append(("c", " | ".join(bits), "div.td-module-meta-info"))
    else:
        B.append(("c", "گزارشگر: " + author if st == 1 else "نویسنده: " + author, "span.author"))
        if pg.when is not None:
            B.append(("date", af_date(x, st), "span.date", pg.when.meta("utc")))
    B.append(("body", items))
    if a.credit:
        B.append(("c", x.pick(["منبع: ", "سرچشمه: ", "منبع خبر: "]) + a.credit, "p.source"))
    if x.chance(0.6):
        B.append(("c", x.pick(["پایان", "ختم خبر", "/ک.ن/", "(%s)" % x.pick(INITIALS)]), "p.end"))
    if a.tags and x.chance(0.75):
        B.append(("c", "برچسپ‌ها: " + "، ".join(a.tags[:5]), "div.td-post-source-tags"))
    B += [("c", "شریک‌سازی:", "span.share-label"),
          ("cl", ["فیسبوک", "توییتر", "واتساپ", "تلگرام"], "div.td-post-sharing", " " if st == 2 else None),
          ("close", "article"),
          ("c", x.pick(["خبرهای مرتبط", "مطالب مرتبط"]), "h4.block-title")]
    rel = x.titles(rng.randint(3, 5))
    for t in rel:
        B.append(("c", t, "h3.entry-title"))
        if st == 0:
            d = earlier_date(x.when, rng, (1, 20))
            B.append(("c", fmt_jalali(d, "words", s["digits"], AF_MONTHS), "span.td-post-date"))
    B += [("c", "نظر بدهید", "h4"), ("c", "نظر شما پس از تأیید نشر می‌شود.", "p"),
          ("cl", ["نام شما", "ایمیل شما", "نظر شما"], "div.comment-form", None), ("c", "فرستادن", "button"),
          ("close", "main"), ("c", "پربیننده‌ترین‌ها", "h4"), ("cl", x.site_hot(4), "ul.most-viewed", None)]
    B += af_footer(x)
    return render_blocks(x, B, af_shell(x, sec))


def af_footer(x):
    s = x.site
    return [("open", "footer"), ("c", s["address"], "p"), ("c", s["phone"], "p"),
            ("c", "ما را در فیسبوک و ایکس دنبال کنید", "p"),
            ("c", "تمام حقوق مادی و معنوی برای %s محفوظ است © %s" % (s["name"], x.num(x.crawl.local.year)), "p"),
            ("close", "footer")]


def af_shell(x, sec):
    st, rng, pg = x.site["style"], x.rng, x.page

    def head(x):
        if x.kind != "article":
            return meta_tags(x, x.site["name"])
        if st == 0:
            modified = later(x.when, rng, (0, 3)) if rng.random() < 0.6 else None
            h = meta_tags(x, pg.title, pg.body[0], sec, "offset" if pg.when else None, modified)
            return h + "\n" + news_ld(x, pg.title, sec, modified=modified)
        if st == 1:
            return meta_tags(x, pg.title, pg.body[0], None, "utc" if pg.when else None)
        return meta_tags(x, pg.title, None) + "\n" + news_ld(x, pg.title, sec, style="utc")

    def xitem(x, t, sub):
        if sub == "cap":
            return '<figure class="wp-caption"><img src="/wp-content/uploads/%d.jpg" alt=""><figcaption ' \
                   'class="wp-caption-text">%s</figcaption></figure>' % (rng.randrange(100, 9999), esc(t))
        return '<p><strong>%s</strong></p>' % esc(t)

    if st == 0:
        regions = {"header": ('<div class="td-header-wrap">', "</div>"),
                   "main": ('<div class="td-main-content-wrap"><div class="td-container">'
                            '<div class="td-ss-main-content">',
                            "</div></div></div>"),
                   "article": ('<article class="post type-post"><div class="td-post-header">', "</div></article>"),
                   "footer": ('<div class="td-footer-wrapper">', "</div>")}
        body = ('</div><div class="td-post-content tagdiv-type">', "</div><div>")
        title = '<header class="td-post-title"><h1 class="entry-title">%s</h1></header>'
    elif st == 1:
        regions = {"header": ("<header>", "</header>"), "main": ('<main class="page">', "</main>"),
                   "article": ('<article class="news-detail">', "</article>"), "footer": ("<footer>", "</footer>")}
        body = ('<section class="news-text">', "</section>")
        title = '<h1 class="title">%s</h1>'
    else:
        regions = {"header": ('<div id="top">', "</div>"), "main": ('<div id="wrapper"><div class="single-post">',
                                                                     "</div></div>"),
                   "article": ('<div class="post-inner">', "</div>"), "footer": ('<div id="bottom">', "</div>")}
        body = ('<div class="entry">', "</div>")
        title = '<h2 class="post-title">%s</h2>'
    return {"head": head, "title": title, "lead": "<p class=\"lead\">%s</p>", "sur": '<h5 class="kicker">%s</h5>',
            "body": body, "x": xitem, "regions": regions, "zw_entity": False, "txt_gap": st != 1}


# =========================================================================================================
# family 5: aggregator - a news aggregator: short article pages, many prose-heavy negative pages
# =========================================================================================================
AGG_SECTIONS = {"": "اجتماعی", "politics": "سیاسی", "foreign-policy": "سیاسی", "economy": "اقتصادی",
                "social": "اجتماعی", "sports": "ورزشی", "world": "بین‌الملل", "province": "استان‌ها",
                "culture": "فرهنگی", "arts-media": "فرهنگی", "scientific-academic": "علم و فناوری",
                "farsplus-magazine": "گوناگون"}
AGG_SITES = [
    dict(host="khabarhub24.ir", name="خبرهاب ۲۴", short="خبرهاب ۲۴", header="خبرهاب ۲۴", tagline="همه خبرها، یک‌جا",
         dateline="به گزارش خبرهاب ۲۴", digits="fa", weight=1.0, style=0,
         menu=["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "علم و فناوری", "بین‌الملل", "استان‌ها", "عکس"],
         sections=AGG_SECTIONS, address="نشانی: تهران، خیابان شریعتی، بالاتر از پل صدر، ساختمان نوآوری، طبقه ۵",
         phone="تلفن: ۰۲۱-۹۱۰۰۸۸۷۷ | پیامک: ۳۰۰۰۷۶۵۴"),
    dict(host="sarkhat-news.com", name="سرخط نیوز", short="سرخط نیوز", header="سرخط نیوز",
         tagline="مرور سریع اخبار ایران و جهان", dateline="به گزارش سرخط نیوز", digits="fa", weight=1.0, style=1,
         menu=["خانه", "تیتر یک", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "بین‌الملل", "فرهنگی", "گوناگون"],
         sections=AGG_SECTIONS, address="نشانی: اصفهان، خیابان چهارباغ بالا، مجتمع پارک، واحد ۱۱",
         phone="ایمیل: contact@sarkhat-news.com"),
]
AGGR = dict(
    agency_policy=[("strip_credit", 36), ("keep", 27), ("reattr", 22), ("strip_other", 15)],
    other_sources=["باشگاه خبرنگاران نگاه", "روزنامه صبح وطن", "پایگاه خبری تیتر امروز", "اقتصاد آنلاین روز"],
    credit_with_keep=1.0,
    neg={"listing": 14, "chrome_only": 9, "empty": 2}, neg_rate=0.4,
    story_ok=lambda st: 2 <= len(st.paras) <= 4,
)


def agg_header(x):
    s, c = x.site, x.crawl.local
    today = "%s | %s | %s" % (fmt_jalali(c, "words_wd"), fmt_qamari(c), fmt_greg(c, "words"))
    B = [("open", "header"), ("c", s["header"], "div.brand"), ("c", s["tagline"], "div.tagline"),
         ("c", today, "div.today"), ("cl", s["menu"], "nav.menu", " • " if s["style"] == 0 else None)]
    if x.chance(0.6):
        B.append(("c", x.pick(["داغ: ", "خبر فوری: "]) + x.site_hot(1)[0], "div.breaking"))
    B.append(("close", "header"))
    return B


def agg_footer(x):
    s = x.site
    return [("open", "footer"),
            ("c", "اپلیکیشن %s را نصب کنید" % s["name"], "p"),
            ("cl", ["کافه‌بازار", "مایکت", "سیب‌اپ"], "div.apps", " | "),
            ("cl", ["درباره ما", "تماس با ما", "تبلیغات", "قوانین و مقررات", "RSS"], "nav.footer", " | "),
            ("c", "%s یک موتور جستجو و گردآوری خبر است و مسئولیت محتوای اخبار بر عهده منابع آن‌هاست." % s["name"],
             "p.disclaimer"),
            ("c", "© %s %s" % (x.num(x.crawl.j.year), s["name"]), "p"), ("close", "footer")]


def agg_negative(x):
    s, rng, kind = x.site, x.rng, x.kind
    fill_negative_gold(x, kind)
    B = []
    if kind == "listing":
        sub = x.pick(["category", "category", "tag", "search", "author"])
        if sub == "category":
            sec = x.section_for(x.pick(list(AGG_SECTIONS)))
            x.page.section = sec
            B += [("cl", ["خانه", sec], "div.crumbs", " | "), ("c", "آخرین اخبار " + sec, "h1")]
        elif sub == "tag":
            tag = x.pick([t for st in x.others(5) for t in st.tags] or ["تهران"])
            B += [("c", "برچسب: " + tag, "h1"), ("c", "%s خبر با این برچسب" % x.num(rng.randint(12, 900)), "p")]
        elif sub == "search":
            q = x.pick(["بودجه", "قیمت دلار", "استقلال", "کنکور", "بنزین", "سهام عدالت", "آلودگی هوا"])
            B += [("c", "نتایج جستجو برای «%s»" % q, "h1"),
                  ("c", "%s نتیجه یافت شد (%s ثانیه)" % (x.num(rng.randint(20, 4000)),
                                                          x.num("0.%d" % rng.randint(1, 9))),
                   "p")]
        else:
            au = x.pick(AUTHORS)
            bio = ("%s دبیر سرویس %s %s است. او پیش از این در چند روزنامه سراسری به عنوان خبرنگار و ویراستار کار "
                   "کرده و به گزارش‌های تحلیلی و میدانی علاقه دارد. مطالب او بیشتر درباره %s است." %
                   (au, x.pick(["اقتصادی", "اجتماعی", "سیاسی"]), s["name"],
                    x.pick(["بازار کار و مسکن", "آموزش و مدرسه", "محیط زیست و شهر"])))
            B += [("c", "مطالب نوشته‌شده توسط " + au, "h1"), ("c", bio, "p.bio")]
        for row in neg_listing_entries(x, rng.randint(6, 12), teaser=True, dated=x.pick(["abs", "rel"]),
                                       source=True):
            B += [("c", row[0], "h2.title")] + [("c", r, "div.meta") for r in row[1:]]
        B.append(("cl", ["صفحه قبل", "۱", "۲", "۳", "صفحه بعد"], "div.pager", " "))
    elif kind == "empty":
        B.append(("c", x.pick(["در حال بارگذاری...", "خبری یافت نشد.", "این خبر دیگر در دسترس نیست."]), "p"))
    else:
        voice = {"about": ABOUT["agg"], "address": s["address"], "phone": s["phone"]}
        B += negative_blocks(x, voice)
    return [("open", "main")] + B + [("close", "main")]


def aggregator(x):
    s, rng, pg = x.site, x.rng, x.page
    st = s["style"]
    B = agg_header(x)
    if x.kind != "article":
        B += agg_negative(x) + agg_footer(x)
        return render_blocks(x, B, agg_shell(x, None))
    a = x.art
    sec = x.section_for(a.cat)
    pg.section, pg.title, pg.agency = sec, a.title, a.agency
    items = list(a.items)
    if x.chance(0.15):
        items = add_subheads(items, a.tags, rng, 1, generic=False)
    extra = []
    if x.chance(0.2):
        extra.append(("x", "تبلیغ: " + x.pick(MAG_ADS), "ad"))
    if x.chance(0.2):
        extra.append(("x", x.pick(["مطلب مرتبط: ", "پیشنهاد: "]) + x.titles(1)[0], "rel"))
    elif x.chance(0.12):
        extra.append(("x", x.titles(1)[0], "rel"))         # a related title with no label
    if x.chance(0.15):
        extra.append(("x", x.pick(["عکس تزئینی است", "عکس: تزئینی", "تصویر از آرشیو"]), "cap"))
    items = insert_between(items, extra, rng)
    pg.body = body_of(items)
    source = a.credit or x.pick(AGGR["other_sources"])
    mode = weighted(rng, [("abs", 60), ("rel", 30), ("none", 10)])
    if mode == "abs":
        x.show_date()
    B.append(("open", "main"))
    B.append(("cl", ["خانه", sec], "div.crumbs", " | ") if st == 0 else ("c", "گروه: " + sec, "div.group"))
    B += [("open", "article"), ("title", pg.title)]
    visits = "بازدید: %s" % x.num(rng.randint(15, 9000))
    if mode == "abs":
        d = fmt_jalali(x.when.local, x.pick(["num_time", "time_num", "words_time"]), x.pick(["fa", "en", "ar"]))
        B.append(("date", "منبع: %s | %s" % (source, d) if st == 0 else "%s — %s" % (source, d), "div.src",
                  pg.when.meta(x.pick(["offset", "utc"]))))
    elif mode == "rel":
        rel = x.pick(["%s دقیقه پیش", "%s ساعت پیش"]) % x.num(rng.randint(2, 50))
        B.append(("c", "منبع: %s | %s" % (source, rel) if st == 0 else "%s — %s" % (source, rel), "div.src"))
    else:
        B.append(("c", "منبع: " + source, "div.src"))
    B.append(("c", visits, "span.views"))
    B.append(("body", items))
    B += [("c", x.pick(["ادامه خبر را در سایت %s بخوانید", "مشاهده متن کامل در %s", "لینک مستقیم به خبر در %s"])
           % source, "a.source-link"),
          ("c", "لینک خبر: https://%s/n/%s" % (s["host"], x.num(rng.randrange(100000, 999999), "en")), "div.short"),
          ("c", "اخبار مشابه از سایر منابع", "h3")]
    for t in x.titles(rng.randint(2, 5)):
        src = x.pick(AGENCIES + AGGR["other_sources"])
        B.append(("c", "%s (%s)" % (t, src) if st == 0 else t, "a.similar"))
        if st == 1:
            B.append(("c", "%s - %s" % (src, x.pick(["%s ساعت پیش", "%s دقیقه پیش"]) % x.num(rng.randint(1, 59))),
                      "span"))
    B += [("close", "article"), ("c", x.pick(["داغ‌ترین‌های امروز", "پربازدیدترین‌ها"]), "h3"),
          ("cl", x.site_hot(5), "ol.hot", None), ("close", "main")]
    B += agg_footer(x)
    return render_blocks(x, B, agg_shell(x, sec))


def agg_shell(x, sec):
    st, rng, pg = x.site["style"], x.rng, x.page

    def head(x):
        if x.kind != "article":
            return meta_tags(x, x.site["name"])
        h = meta_tags(x, pg.title, pg.body[0], None, None)
        if st == 0 or pg.when is not None:
            h += "\n" + news_ld(x, pg.title, sec if st == 0 else None, style=x.pick(["utc", "offset"]))
        return h

    def xitem(x, t, sub):
        if sub == "rel":
            return '<p class="related-inline"><a href="/n/%d">%s</a></p>' % (rng.randrange(10 ** 5, 10 ** 6), esc(t))
        if sub == "cap":
            return '<figure><img src="/img/%d.webp" alt=""><figcaption>%s</figcaption></figure>' % (
                rng.randrange(10 ** 4), esc(t))
        return '<div class="ad-slot">%s</div>' % esc(t)

    regions = {"header": ('<header class="navbar">', "</header>"),
               "main": ('<div class="container"><div class="row"><div class="col-lg-8">', "</div></div></div>"),
               "article": ('<div class="news-item">', "</div>"), "footer": ('<footer class="site-foot">', "</footer>")}
    return {"head": head, "title": '<h1 class="news-title">%s</h1>', "lead": '<p class="summary">%s</p>',
            "sur": "<h4>%s</h4>", "body": ('<div class="news-summary">', "</div>"), "x": xitem, "regions": regions,
            "zw_entity": False, "txt_gap": st == 0}


# =========================================================================================================
# building a page set
# =========================================================================================================
FAMILY_SPECS = {
    "gov_portal": (gov_portal, GOV_SITES, GOV),
    "uni_news": (uni_news, UNI_SITES, UNI),
    "health_mag": (health_mag, MAG_SITES, MAG),
    "afghan_dari": (afghan_dari, AF_SITES, AFG),
    "aggregator": (aggregator, AGG_SITES, AGGR),
}
FAMILIES = {name: spec[0] for name, spec in FAMILY_SPECS.items()}
GOLD_FIELDS = ["file", "id", "split", "family", "family_id", "site", "format", "kind", "section", "title", "lead",
               "surtitle", "body_paragraphs", "agency", "published_iso", "published_jalali", "cluster", "corruptions",
               "edits", "source", "source_key", "synthetic_remix", "agency_reattributed", "chrome_lines"]


def _split(n, weights):
    """Split n into parts proportional to weights (largest remainders)."""
    tot = sum(weights)
    raw = [n * w / tot for w in weights]
    out = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)[:n - sum(out)]:
        out[i] += 1
    return out


def plan_slots(n, rng):
    """Page slots: family, site, kind and format, families and sites in proportion to their weights."""
    slots = []
    fams = list(FAMILY_SPECS)
    for fam, k in zip(fams, _split(n, [1.0] * len(fams))):
        _, sites, cfg = FAMILY_SPECS[fam]
        n_neg = round(k * cfg["neg_rate"])
        kinds = ["article"] * (k - n_neg)
        neg_kinds = list(cfg["neg"].items())
        counts = _split(n_neg, [w for _, w in neg_kinds])
        for (kind, _), m in zip(neg_kinds, counts):
            kinds += [kind] * m
        rng.shuffle(kinds)
        site_of = []
        for site, m in zip(sites, _split(k, [s["weight"] for s in sites])):
            site_of += [site] * m
        rng.shuffle(site_of)
        for kind, site in zip(kinds, site_of):
            slots.append(dict(family=fam, site=site, kind=kind,
                              fmt="html" if rng.random() < P["html_frac"] else "txt",
                              story=None, cluster=None, copy=0, edits=[]))
    rng.shuffle(slots)
    return slots


def _ok(slot, story):
    pred = FAMILY_SPECS[slot["family"]][2].get("story_ok")
    return pred is None or pred(story)


def _take(stories, used, slots, rng):
    """An unused story that every slot's family accepts."""
    for _ in range(4000):
        st = stories[rng.randrange(len(stories))]
        if st.key not in used and all(_ok(s, st) for s in slots):
            used.add(st.key)
            return st
    raise RuntimeError("corpus exhausted")


def copy_edits(rng):
    e = []
    if rng.random() < P["edit_dateline"]:
        e.append("dateline_rewrite")
    if rng.random() < P["edit_drop_last"]:
        e.append("drop_last_paragraph")
    if rng.random() < P["edit_intro"]:
        e.append("intro_sentence")
    if rng.random() < P["edit_typos"]:
        e.append("typos")
    if rng.random() < P["edit_title"]:
        e.append("title_suffix")
    return e


def assign_stories(slots, stories, rng):
    """Give every article slot a story; about P["republish"] of them share one across 2-4 sites (a cluster)."""
    arts = [s for s in slots if s["kind"] == "article"]
    used = set()
    target = round(P["republish"] * len(arts))
    members = 0
    cid = 0
    free = list(arts)
    rng.shuffle(free)
    while members < target and len(free) >= 2:
        k = min(weighted(rng, P["republish_k"]), len(free))
        group = [free[0]]
        for s in free[1:]:
            if len(group) == k:
                break
            if all(s["site"]["host"] != g["site"]["host"] for g in group):
                group.append(s)
        if len(group) < 2:
            break
        cid += 1
        st = _take(stories, used, group, rng)
        for i, s in enumerate(group):
            s.update(story=st, cluster="%s%05d" % (CLUSTER_PREFIX, cid), copy=i,
                     edits=[] if i == 0 else copy_edits(rng))
            free.remove(s)
        members += len(group)
    # the same page crawled twice on one site
    for _ in range(round(P["recrawl_same_site"] * len(arts))):
        for i, s in enumerate(free):
            twin = next((t for t in free[i + 1:] if t["site"]["host"] == s["site"]["host"]), None)
            if twin:
                cid += 1
                st = _take(stories, used, [s, twin], rng)
                s.update(story=st, cluster="%s%05d" % (CLUSTER_PREFIX, cid), copy=0, edits=[])
                twin.update(story=st, cluster=s["cluster"], copy=1, edits=["recrawl_same_site"])
                free.remove(s)
                free.remove(twin)
                break
    for s in free:
        s["story"] = _take(stories, used, [s], rng)


def page_when(slot, base, rng):
    """The page's publication instant: the story's, later for republished copies; Afghan pages keep the Kabul
    day equal to the Tehran day (so the shown day is the gold day)."""
    local = base
    if slot["copy"] and "recrawl_same_site" not in slot["edits"]:
        local = base + dt.timedelta(minutes=rng.randint(20, 60 * 50))
    w = When(local)
    if slot["family"] == "afghan_dari" and w.kabul().date() != w.local.date():
        w = When(local.replace(hour=20))
    return w


def render(slot, idx, seed, stories, hot):
    rng = random.Random("%s-%d" % (seed, idx))
    fam = slot["family"]
    fn, _, cfg = FAMILY_SPECS[fam]
    st = slot["story"]
    base = story_when(st, random.Random("when-%s-%s" % (seed, st.key))) if st else story_when(
        rng.choice(stories), rng)
    when = page_when(slot, base, rng)
    crawl_days = 0 if rng.random() < 0.12 else rng.randint(1, 500)
    crawl = When(when.local + dt.timedelta(days=crawl_days, hours=rng.randint(0, 10)))
    art = None
    if slot["kind"] == "article":
        art = plan_article(st, slot["site"], cfg, rng, slot["edits"], when)
    exclude = {st.key} if st else set()
    pool = [s for s in stories if s.key not in exclude]
    site = dict(slot["site"], _hot=hot[slot["site"]["host"]])
    x = Ctx(rng, fam, site, slot["fmt"], slot["kind"], art, when, crawl, pool, stories)
    text = fn(x)
    return x, art, text


def gold_row(slot, x, art, fname, corruptions, fam_id):
    pg = x.page
    body = pg.body if slot["kind"] in ("article", "arabic") else []
    cbody = [canon(p) for p in body]
    chrome, seen = [], set()
    for c in pg.chrome:
        cc = canon(c)
        if not cc or c in seen or any(leaks(cc, p) for p in cbody):
            continue
        seen.add(c)
        chrome.append(c)
    st = slot["story"]
    is_art = slot["kind"] == "article"
    row = {
        "file": fname, "id": fname.rsplit(".", 1)[0], "split": SPLIT, "family": slot["family"], "family_id": fam_id,
        "site": slot["site"]["host"], "format": slot["fmt"], "kind": slot["kind"],
        "section": pg.section, "title": pg.title, "lead": pg.lead if is_art else None,
        "surtitle": pg.surtitle if is_art else None, "body_paragraphs": body,
        "agency": pg.agency if is_art else None,
        "published_iso": pg.when.iso if (is_art and pg.when is not None) else None,
        "published_jalali": pg.when.jalali if (is_art and pg.when is not None) else None,
        "cluster": slot["cluster"] if is_art else None, "corruptions": corruptions,
        "edits": art.edits if art else [], "source": st.link if (st and is_art) else None,
        "source_key": st.key if (st and is_art) else None, "synthetic_remix": False,
        "agency_reattributed": art.reattributed if art else None, "chrome_lines": chrome,
    }
    return {k: row[k] for k in GOLD_FIELDS}


def build(out_dir, n=300, seed=7, corpus=None):
    """Write ``n`` pages and their gold to ``out_dir``; the same (n, seed) gives the same bytes."""
    rng = random.Random(seed)
    stories = load_corpus(corpus or CORPUS)
    stories.sort(key=lambda s: s.key)
    slots = plan_slots(n, rng)
    assign_stories(slots, stories, rng)
    hot = {}
    for fam, (_, sites, _) in FAMILY_SPECS.items():
        for s in sites:
            hot[s["host"]] = [t.title for t in rng.sample(stories, 8)]
    out = Path(out_dir)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    for old in (out / "pages").iterdir():      # a rebuild must not leave pages of another (n, seed)
        if old.suffix in (".txt", ".html"):
            old.unlink()
    fam_ids = {f: i for i, f in enumerate(FAMILY_SPECS)}
    rows = []
    width = max(3, len(str(n - 1)))
    for idx, slot in enumerate(slots):
        x, art, text = render(slot, idx, seed, stories, hot)
        crng = random.Random("corrupt-%s-%d" % (seed, idx))
        text, corruptions, enc = corrupt(text, slot["fmt"], crng)
        data = text.encode(enc)
        h = hashlib.blake2b(data, digest_size=8).hexdigest()
        fname = "%0*d_%s.%s" % (width, idx, h, slot["fmt"])
        (out / "pages" / fname).write_bytes(data)
        rows.append(gold_row(slot, x, art, fname, corruptions, fam_ids[slot["family"]]))
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = collections.Counter((r["family"], r["format"], r["kind"]) for r in rows)
    manifest = {
        "generator": "palayesh-site-families-c/1.0", "split": SPLIT, "n": n, "seed": seed,
        "families": {str(i): f for f, i in fam_ids.items()},
        "sites": {f: [s["host"] for s in spec[1]] for f, spec in FAMILY_SPECS.items()},
        "probabilities": {k: v for k, v in P.items()},
        "counts": {"%s/%s/%s" % k: v for k, v in sorted(counts.items())},
        "gold_fields": GOLD_FIELDS,
    }
    with open(out / "manifest.json", "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write the families_c page set (pages/ + gold.jsonl).")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", default=None, help="news-dev.jsonl.gz (default: ../shared/data/corpora/)")
    a = ap.parse_args(argv)
    rows = build(a.out, a.n, a.seed, a.corpus)
    c = collections.Counter((r["family"], r["kind"]) for r in rows)
    print(json.dumps({"pages": len(rows), "by_family_kind": {"%s/%s" % k: v for k, v in sorted(c.items())}},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
