"""Pages whose dates are laid out in ways the dev families do not show, with the expected date.

A test helper (not a test file): ``build(family, n, seed)`` returns ``[(id, raw, published)]``
where ``published`` is the expected ISO 8601 value (local time with its offset, or a date alone,
or None for a page that gives no publication date). Deterministic for a seed. The layouts are
written from general knowledge of Persian sites, each with distractors: a site header's "today"
date, a modification date, related items with their dates, relative dates, a date inside the
story. The expected offset comes from the tz database (the page's clock is Tehran time).

Families:
- ``byline``      blog byline «نوشته X | ۱۲ مهر ۹۸ | ۳ دیدگاه» (two-digit year), dated comments
- ``calendars``   one header line in three calendars «شنبه ۱۲ تیر ۱۴۰۱ - ۳ ژوئیه ۲۰۲۲ - ۴ ذی‌الحجه ۱۴۴۳»
- ``modified``    a "today" date on the first line, «انتشار: …» and «آخرین ویرایش: …», related dates
- ``html_utc``    HTML whose meta gives the time in UTC («Z», «+00:00»), a later dateModified
- ``html_time``   HTML with ``<time datetime>`` in the article header, a dated top bar, related <time>s
- ``latin``       Latin-digit Gregorian «25/07/2022 - 18:41», ISO «2022-07-05 18:41», «May 30, 2019»
- ``column``      (held out while developing) a column site: ticker, an unlabelled "today" date,
                  «/» breadcrumb, ordinal or «ماه» dates with Arabic-Indic digits, relative dates
"""
from __future__ import annotations

import html
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import jdatetime

TEHRAN = ZoneInfo("Asia/Tehran")
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GM = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
HM = [["محرم"], ["صفر"], ["ربیع‌الاول", "ربیع الاول"], ["ربیع‌الثانی", "ربیع الثانی"], ["جمادی‌الاول", "جمادی الاولی"],
      ["جمادی‌الثانی", "جمادی الثانی", "جمادی‌الآخر"], ["رجب"], ["شعبان"], ["رمضان", "رمضان المبارک"], ["شوال"],
      ["ذی‌القعده", "ذیقعده", "ذی القعدة"], ["ذی‌الحجه", "ذیحجه", "ذی الحجه"]]
WD = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]  # jdatetime weekday()
ORD = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 10: "دهم", 12: "دوازدهم", 15: "پانزدهم", 20: "بیستم",
       22: "بیست و دوم", 25: "بیست و پنجم"}
PEOPLE = ["علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا موسوی", "محمد صادقی"]
SENTENCES = [
    "به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
    "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین شده است.",
    "وی افزود: شهروندان می‌توانند نظرات خود را درباره این طرح‌ها از راه سامانه شهرداری به مسئولان برسانند.",
    "بر پایه این گزارش، طرح نوسازی بافت فرسوده در سه محله از شهر آغاز شده و تا دو سال آینده پایان می‌یابد.",
    "کارشناسان می‌گویند اجرای درست این طرح‌ها می‌تواند به کاهش ترافیک و بهبود کیفیت زندگی در شهر کمک کند.",
]


class When:
    """A publication moment in Tehran local time (1396–1403, so both offsets occur)."""

    def __init__(self, rng: random.Random, years=(1390, 1403)):
        j = jdatetime.datetime(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 29),
                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        self.j = j
        self.g = j.togregorian()

    def local(self) -> datetime:
        return self.g.replace(tzinfo=TEHRAN)

    def iso(self, seconds=False, clock=True) -> str:
        if not clock:
            return self.g.date().isoformat()
        return self.local().isoformat(timespec="seconds" if seconds else "minutes")

    def hm(self) -> str:
        return "%02d:%02d" % (self.j.hour, self.j.minute)

    def words(self, weekday=True, mah=False, ordinal=False, yy=False) -> str:
        day = ORD.get(self.j.day) if ordinal else None
        year = "%02d" % (self.j.year % 100) if yy else str(self.j.year)
        return "%s%s %s%s %s" % (WD[self.j.weekday()] + " " if weekday else "", day or self.j.day,
                                 JM[self.j.month - 1], "‌ماه" if mah else "", year)

    def later(self, rng, days=(1, 9)) -> "When":
        w = When.__new__(When)
        w.g = self.g + timedelta(days=rng.randint(*days), hours=rng.randint(0, 5))
        w.j = jdatetime.datetime.fromgregorian(datetime=w.g)
        return w


def body(rng, w: When | None = None) -> list[str]:
    paras = rng.sample(SENTENCES, 4)
    if w is not None and rng.random() < 0.5:  # a date inside the story is not the page's date
        other = w.later(rng, (20, 60))
        paras[2] = "این طرح نخستین بار در %s در شورا مطرح شده بود و پس از بررسی‌های فراوان تصویب شد." % other.words(False)
    return paras


def related(rng, w: When, fmt=lambda x: x.words(False)) -> list[str]:
    out = ["اخبار مرتبط"]
    for _ in range(3):
        out += ["خبر دیگری درباره طرح‌های عمرانی شهر و استان", fmt(w.later(rng, (-30, -1)))]
    return out


# ------------------------------------------------------------------------------------- families
def fam_byline(rng):
    w = When(rng)
    digits = rng.choice([FA, FA, AR])
    comments = rng.randint(0, 9)
    clock = rng.random() < 0.5
    date = w.words(weekday=False, yy=True) + (" ساعت " + w.hm() if clock else "")
    lines = ["وبلاگ شهر ما", "خانه | اخبار | یادداشت | تماس با ما", "",
             "نگاهی به طرح‌های تازه شورای شهر", ("نوشته %s | %s | %d دیدگاه" % (rng.choice(PEOPLE), date, comments)).translate(digits),
             ""] + body(rng, w) + ["", "دیدگاه‌ها"]
    for _ in range(min(comments, 2)):
        lines += [rng.choice(PEOPLE), w.later(rng).words(False).translate(FA), "مطلب خوبی بود، ممنون از نویسنده."]
    return "\n".join(lines), w.iso(clock=clock)


def fam_calendars(rng):
    from hijridate import Gregorian

    w = When(rng)
    h = Gregorian(w.g.year, w.g.month, w.g.day).to_hijri()
    hd = (h.day + rng.choice([0, 0, 1, -1])) or 1  # Iran's sighted month may be a day off Umm al-Qura
    parts = [w.words(), "%d %s %d" % (w.g.day, GM[w.g.month - 1], w.g.year),
             "%d %s %d" % (hd, rng.choice(HM[h.month - 1]), h.year)]
    clock = rng.random() < 0.6
    line = " - ".join(parts) + (" - " + w.hm() if clock else "")
    menu = ["صفحه نخست", "سیاسی", "اقتصادی", "فرهنگی", "ورزشی"]
    lines = ["خبرگزاری نمونه"] + menu + ["", "فرهنگی", line.translate(rng.choice([FA, {}])), "",
                                         "برگزاری آیین سنتی در شهرهای استان", ""] + body(rng, w) + ["", "انتهای پیام/"]
    return "\n".join(lines), w.iso(clock=clock)


def fam_modified(rng):
    w = When(rng)
    today = w.later(rng, (3, 40))
    edited = w.later(rng)
    pub = "انتشار: %s ساعت %s" % (w.words(), w.hm())
    mod = "آخرین ویرایش: %s ساعت %s" % (edited.words(), edited.hm())
    dated = rng.random() < 0.8
    lines = [today.words().translate(FA), "پایگاه خبری شهر", "خانه | سیاسی | اقتصادی | اجتماعی", "", "اجتماعی",
             "طرح تازه شورای شهر برای محله‌های قدیمی", "خبرنگار: " + rng.choice(PEOPLE)]
    only_mod = not dated and rng.random() < 0.5
    lines += ([pub, mod] if rng.random() < 0.5 else [mod, pub]) if dated else [mod] if only_mod else []
    lines = [x.translate(FA) for x in lines] + [""] + body(rng, w) + [""] + related(rng, w)
    # a page whose only date is a modification date does not say when it was published: none
    exp = w.iso() if dated else None
    return "\n".join(lines), exp


def fam_html_utc(rng):
    w = When(rng)
    utc = w.local().astimezone(timezone.utc)
    stamp = utc.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(["Z", "+00:00"])
    mod = w.later(rng).local().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    e = html.escape
    paras = "".join("<p>%s</p>" % e(x) for x in body(rng, w))
    rel = "".join('<li><a href="/n/%d">خبر مرتبط شماره %d</a> <span class="date">%s</span></li>'
                  % (k, k, e(w.later(rng, (-20, -1)).words(False))) for k in range(3))
    meta = ('<meta property="article:modified_time" content="%s">' % mod,
            '<meta property="article:published_time" content="%s">' % stamp)
    raw = ("<html lang='fa'><head><meta charset='utf-8'>%s<title>طرح تازه شورای شهر</title></head><body>"
           "<header><div class='today'>%s</div><nav><a>خانه</a><a>سیاسی</a></nav></header><article>"
           "<h1>طرح تازه شورای شهر برای محله‌های قدیمی</h1>%s</article><aside><h3>اخبار مرتبط</h3><ul>%s</ul></aside>"
           "</body></html>") % ("".join(meta[::rng.choice([1, -1])]), e(w.later(rng).words()), paras, rel)
    return raw, w.iso(seconds=True)


def fam_html_time(rng):
    w = When(rng)
    e = html.escape
    kind = rng.choice(["attr", "attr", "text"])
    if kind == "attr":
        stamp = '<time datetime="%s">%s</time>' % (w.local().isoformat(timespec="seconds"), e(w.words()))
        exp = w.iso(seconds=True)
    else:
        stamp = "<time>%s</time>" % e(w.words() + " - " + w.hm()).translate(FA)
        exp = w.iso()
    top = w.later(rng, (1, 30)).words()
    rel = "".join('<li><a>خبر مرتبط شماره %d</a><time datetime="%s">%s</time></li>'
                  % (k, w.later(rng, (-9, -1)).g.date().isoformat(), k) for k in range(3))
    paras = "".join("<p>%s</p>" % e(x) for x in body(rng, w))
    raw = ("<html lang='fa'><head><meta charset='utf-8'><title>خبر</title></head><body>"
           "<div class='topbar'><span>%s</span> <a>ورود</a></div><main><div class='meta'>%s</div>"
           "<h1>طرح تازه شورای شهر برای محله‌های قدیمی</h1><div class='content'>%s</div>"
           "<section class='more'><h3>بیشتر بخوانید</h3><ul>%s</ul></section></main></body></html>") % (e(top), stamp, paras, rel)
    return raw, exp


def fam_latin(rng):
    w = When(rng, years=(1395, 1403))
    g = w.g
    shape = rng.choice(["dmy", "iso", "en"])
    if shape == "dmy" and g.day > 12:
        line = g.strftime("%d/%m/%Y") + " - " + w.hm()
    elif shape == "en":
        line = "%s %d, %d %s" % (EN[g.month - 1], g.day, g.year, w.hm())
    else:
        line = g.strftime("%Y-%m-%d ") + w.hm()
    lines = ["Sport Online | ورزش آنلاین", "فوتبال | والیبال | کشتی", "", "فوتبال",
             "پیروزی تیم شهر در دیدار هفته دوازدهم", line, ""] + body(rng, w) + ["", "اخبار مرتبط"]
    lines += ["شکست تیم مهمان در دیدار هفته یازدهم", w.later(rng, (-9, -2)).g.strftime("%Y-%m-%d")]
    return "\n".join(lines), w.iso()


def fam_column(rng):
    w = When(rng)
    today = w.later(rng, (0, 20))
    digits = rng.choice([AR, FA, {}])
    dated = rng.random() < 0.8
    shape = rng.choice(["ordinal", "mah", "yy"])
    if shape == "ordinal" and w.j.day in ORD:
        date = w.words(weekday=False, ordinal=True)
    elif shape == "yy":
        date = w.words(weekday=rng.random() < 0.5, yy=True)
    else:
        date = w.words(weekday=False, mah=True)
    clock = rng.random() < 0.5
    if clock:
        date += " - ساعت " + w.hm()
    lines = ["روزنامه نگاه نو", "فوری: نشست سران قوا برای بررسی بودجه سال آینده امروز برگزار می‌شود",
             today.words().translate(digits), "خانه | سیاست | اقتصاد | یادداشت | آرشیو", "",
             "خانه / یادداشت / اقتصاد", "چرا بودجه شهرها کافی نیست", "یادداشت از " + rng.choice(PEOPLE)]
    if dated:
        lines.append(date.translate(digits))
    lines += [""] + body(rng, w) + ["", "مطالب مرتبط", "بودجه و شهرها در سال تازه", "۲ روز پیش".translate(digits),
                                   "شهرداری‌ها و درآمدهای پایدار", "یک هفته پیش"]
    return "\n".join(lines), (w.iso(clock=clock) if dated else None)


FAMILIES = {"byline": fam_byline, "calendars": fam_calendars, "modified": fam_modified, "html_utc": fam_html_utc,
            "html_time": fam_html_time, "latin": fam_latin, "column": fam_column}
#: developed on; ``column`` was held out and scored once the mechanism was done
DEVELOPED = ("byline", "calendars", "modified", "html_utc", "html_time", "latin")


def build(family: str, n: int = 40, seed: int = 1402) -> list[tuple[str, str, str | None]]:
    rng = random.Random("%s-%d" % (family, seed))
    return [("%s-%03d" % (family, k), *FAMILIES[family](rng)) for k in range(n)]
