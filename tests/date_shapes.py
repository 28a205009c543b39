"""Page shapes for the publication date, generated from the spec (issue 12 point 4), with the expected date.

A test helper (not a test file): ``build(n, seed)`` returns ``[Case]``, each a page (flat text or HTML)
whose publication date is written in one *form* at one *place*, among *decoys* that are not the
publication date. Written from the spec alone (no set's pages): forms × places × decoys.

Forms («how»): Jalali with month names or numbers, ordinal days, «ماه», two-digit years, a weekday,
«ساعت», the clock before or after, «ه.ش»; Gregorian with Persian or English month names or numbers;
Hijri-qamari beside a solar date; Persian, Arabic-Indic or Latin digits; «-», «،», «|» between.

Places («where»): over the headline, under it, a byline «نویسنده | تاریخ | نظرات», a print header, beside
«کد خبر», a stamp under the story, or nowhere (``none``: only the decoys' dates, expected None); in HTML
also only in meta, JSON-LD, ``<time datetime>`` or itemprop.

Decoys: the site header's "today" date (labelled or bare), relative dates, a date inside the story,
dated comments under the story, dated related items, a «بروزرسانی» stamp beside the publication date,
a save/cache/snapshot line on top.

The expected value is ISO 8601 in Tehran time with the offset of that day from ``zoneinfo`` when the
form has a clock, else the day alone.
"""
from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import jdatetime

TEHRAN = ZoneInfo("Asia/Tehran")
DIGITS = {"fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), "ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
          "latin": {}}
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GM = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
HM = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاولی", "جمادی‌الثانیه", "رجب", "شعبان", "رمضان",
      "شوال", "ذی‌القعده", "ذی‌الحجه"]
WD = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]  # jdatetime weekday()
ORD = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 6: "ششم", 7: "هفتم", 8: "هشتم", 9: "نهم", 10: "دهم",
       11: "یازدهم", 12: "دوازدهم", 15: "پانزدهم", 20: "بیستم", 21: "بیست و یکم", 22: "بیست و دوم"}
PEOPLE = ["علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا موسوی", "محمد صادقی"]
SITES = ["خبرگزاری نمونه", "پایگاه خبری شهر ما", "روزنامه نگاه نو", "وبلاگ یادداشت‌های من"]
MENU = "صفحه نخست | سیاسی | اقتصادی | اجتماعی | ورزشی | تماس با ما"
SECTION = ["سیاسی", "اقتصادی", "اجتماعی", "فرهنگی"]
HEADLINES = ["طرح تازه شورای شهر برای نوسازی محله‌های قدیمی تصویب شد",
             "افزایش قیمت نهاده‌های دامی بازار لبنیات را تکان داد",
             "برگزاری نشست مدیران آموزش و پرورش استان درباره سرویس مدارس",
             "بارش برف راه‌های ارتباطی سه استان را مسدود کرد"]
SENTENCES = [
    "به گزارش خبرنگار ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
    "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین شده است.",
    "وی افزود: شهروندان می‌توانند نظرات خود را درباره این طرح‌ها از راه سامانه شهرداری به مسئولان برسانند.",
    "بر پایه این گزارش، طرح نوسازی بافت فرسوده در سه محله از شهر آغاز شده و تا دو سال آینده پایان می‌یابد.",
    "کارشناسان می‌گویند اجرای درست این طرح‌ها می‌تواند به کاهش ترافیک و بهبود کیفیت زندگی در شهر کمک کند.",
]
#: labels a page writes before its publication date ("" = none)
LABELS = ["", "", "", "تاریخ انتشار: ", "تاریخ: ", "انتشار: ", "منتشر شده در ", "زمان انتشار: ", "📅 "]

FORMS = ("jalali_words", "jalali_weekday_clock", "jalali_ordinal", "jalali_mah", "jalali_yy", "jalali_hs",
         "clock_first", "saat_first", "jalali_numeric", "jalali_numeric_dash", "jalali_numeric_yy",
         "jalali_numeric_dmy", "gregorian_fa", "gregorian_en", "gregorian_en_mdy", "gregorian_iso",
         "gregorian_dmy", "jalali_hijri", "three_calendars")
PLACES = ("over", "under", "byline", "print", "code", "footer", "none")
HTML_ONLY = ("meta", "jsonld", "time", "itemprop")
DECOYS = ("today", "today_bare", "relative", "story", "comments", "related", "updated", "cache")


class Moment:
    """A publication moment in Tehran local time (1390–1404: both summer offsets occur)."""

    def __init__(self, rng: random.Random, years=(1390, 1404)):
        j = jdatetime.datetime(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 29),
                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        self._set(j.togregorian())

    def _set(self, g: datetime):
        self.g = g
        self.j = jdatetime.datetime.fromgregorian(datetime=g)

    def local(self) -> datetime:
        return self.g.replace(tzinfo=TEHRAN)

    def iso(self, clock=True, seconds=False) -> str:
        if not clock:
            return self.g.date().isoformat()
        return self.local().isoformat(timespec="seconds" if seconds else "minutes")

    def hm(self) -> str:
        return "%02d:%02d" % (self.j.hour, self.j.minute)

    def jwords(self, weekday=False, yy=False) -> str:
        year = "%02d" % (self.j.year % 100) if yy else str(self.j.year)
        return "%s%d %s %s" % (WD[self.j.weekday()] + " " if weekday else "", self.j.day, JM[self.j.month - 1], year)

    def shifted(self, days: int, hours: int = 0) -> Moment:
        m = Moment.__new__(Moment)
        m._set(self.g + timedelta(days=days, hours=hours))
        return m


def render(form: str, w: Moment, rng: random.Random) -> tuple[str, bool]:
    """The date ``w`` written in ``form``; whether the text gives its clock."""
    j, g = w.j, w.g
    clock = rng.random() < 0.6
    sep = rng.choice([" - ", " ، ", " | ", " "])
    if form == "jalali_words":
        t = w.jwords(weekday=rng.random() < 0.5)
    elif form == "jalali_weekday_clock":
        t, clock = w.jwords(weekday=True) + rng.choice([" ساعت ", " - ساعت ", " - ", "، ساعت "]) + w.hm(), False
        return t, True
    elif form == "jalali_ordinal":
        t = "%s %s %d" % (ORD.get(j.day, str(j.day)), JM[j.month - 1], j.year)
    elif form == "jalali_mah":
        t = "%d %s‌ماه %d" % (j.day, JM[j.month - 1], j.year)
    elif form == "jalali_yy":
        t = w.jwords(weekday=rng.random() < 0.5, yy=True)
    elif form == "jalali_hs":
        t = w.jwords() + rng.choice([" ه.ش", " هجری شمسی", " ه‍.ش"])
    elif form == "clock_first":
        return w.hm() + rng.choice([" - ", " | ", " ، "]) + w.jwords(weekday=rng.random() < 0.5), True
    elif form == "saat_first":
        return "ساعت %s روز %s" % (w.hm(), w.jwords(weekday=True)), True
    elif form == "jalali_numeric":
        t = "%d/%02d/%02d" % (j.year, j.month, j.day)
    elif form == "jalali_numeric_dash":
        sp = rng.choice(["-", "."])
        t = "%d%s%02d%s%02d" % (j.year, sp, j.month, sp, j.day)
    elif form == "jalali_numeric_yy":
        t = "%02d/%02d/%02d" % (j.year % 100, j.month, j.day)
    elif form == "jalali_numeric_dmy":
        t = "%02d/%02d/%d" % (j.day, j.month, j.year)
    elif form == "gregorian_fa":
        t = "%d %s %d" % (g.day, GM[g.month - 1], g.year)
    elif form == "gregorian_en":
        t = "%d %s %d" % (g.day, rng.choice([EN[g.month - 1], EN[g.month - 1][:3]]), g.year)
    elif form == "gregorian_en_mdy":
        t = "%s %d, %d" % (EN[g.month - 1], g.day, g.year)
    elif form == "gregorian_iso":
        t = g.strftime("%Y-%m-%d")
        sep = rng.choice([" ", " - "])
    elif form == "gregorian_dmy":
        if g.day <= 12:  # (a day that could be the month reads either way: not this form)
            t = g.strftime("%Y/%m/%d")
        else:
            t = g.strftime("%d/%m/%Y")
    elif form in ("jalali_hijri", "three_calendars"):
        from hijridate import Gregorian

        h = Gregorian(g.year, g.month, g.day).to_hijri()
        hij = "%d %s %d" % (h.day, HM[h.month - 1], h.year)
        parts = [w.jwords(weekday=rng.random() < 0.5)]
        if form == "three_calendars":
            parts.append("%d %s %d" % (g.day, GM[g.month - 1], g.year))
        t = " - ".join(parts + [hij])
        sep = " - "
    else:
        raise ValueError(form)
    if clock:
        t += sep + rng.choice(["", "ساعت "]) + w.hm()
    return t, clock


@dataclass
class Case:
    id: str
    raw: str
    published: str | None
    form: str
    place: str
    decoys: tuple[str, ...]
    digits: str
    html: bool

    def tags(self) -> list[str]:
        return ["form=" + self.form, "place=" + self.place, "digits=" + self.digits,
                "html" if self.html else "flat", *("decoy=" + d for d in self.decoys or ("none",))]


def _story(rng, w: Moment, decoys) -> list[str]:
    paras = rng.sample(SENTENCES, 4)
    if "story" in decoys:  # a date inside the story is not the page's
        other = w.shifted(-rng.randint(20, 400))
        paras[2] = "این طرح نخستین بار در %s در شورا مطرح شده بود و پس از بررسی‌های فراوان تصویب شد." % other.jwords()
    return paras


def _tail(rng, w: Moment, decoys, digits) -> list[str]:
    out = []
    if "related" in decoys:
        out.append("اخبار مرتبط")
        for k in range(3):
            out += ["خبر دیگری درباره طرح‌های عمرانی شهر شماره %d" % (k + 1),
                    w.shifted(-rng.randint(1, 30)).jwords().translate(digits)]
    if "relative" in decoys:
        out.append("پربازدیدترین‌ها")
        for rel in ("۲ ساعت پیش", "دیروز", "۳ روز پیش"):
            out += ["گزارشی تازه از وضعیت بازار مسکن در پایتخت", rel]
    if "comments" in decoys:
        out.append("نظرات کاربران")
        for _ in range(2):
            c = w.shifted(rng.randint(1, 9), rng.randint(0, 5))
            out += [rng.choice(PEOPLE), (c.jwords() + " - " + c.hm()).translate(digits), "مطلب خوبی بود، ممنون."]
    return out


def _head(rng, w: Moment, decoys, digits) -> list[str]:
    out = []
    if "cache" in decoys:
        snap = w.shifted(rng.randint(30, 400))
        out.append(rng.choice([
            "این نسخه ذخیره‌شده صفحه در تاریخ %s است." % snap.jwords(),
            "This is a snapshot of the page as it appeared on %s %d, %d %s GMT."
            % (EN[snap.g.month - 1], snap.g.day, snap.g.year, snap.hm()),
            "Saved from the web on %s" % snap.g.strftime("%Y-%m-%d %H:%M"),
        ]).translate(digits))
    today = w.shifted(rng.randint(1, 60))
    if "today" in decoys:
        out.append(("امروز: " + today.jwords(weekday=True)).translate(digits))
    if "today_bare" in decoys:
        out.append(today.jwords(weekday=True).translate(digits))
    return out


def flat_page(rng, w, form, place, decoys, digits, parts: dict | None = None) -> tuple[str, bool]:
    """The page as flat text; ``parts`` (when given) gets its site header, headline, story and tail."""
    dt, clock = render(form, w, rng)
    label = rng.choice(LABELS)
    dline = (label + dt).translate(digits)
    upd = None
    if "updated" in decoys:
        u = w.shifted(rng.randint(1, 20), rng.randint(0, 5))
        upd = (rng.choice(["بروزرسانی: ", "آخرین به‌روزرسانی: ", "ویرایش شده در "]) + u.jwords() + " - " + u.hm()
               ).translate(digits)
    site = rng.choice(SITES)
    headline = rng.choice(HEADLINES)
    author = rng.choice(PEOPLE)
    story = _story(rng, w, decoys)
    top = _head(rng, w, decoys, digits) + [site, MENU, ""]
    section = rng.choice(SECTION)
    code = "کد خبر: %d" % rng.randint(100000, 999999)

    def with_upd(lines):
        if upd is None:
            return lines
        return lines + [upd] if rng.random() < 0.5 else [upd] + lines

    if place == "over":
        page = top + [section] + with_upd([dline]) + [headline, ""] + story
    elif place == "under":
        page = top + [section, headline] + with_upd([dline]) + [""] + story
    elif place == "byline":
        row = rng.choice(["نویسنده: %s | %s | %d نظر", "%s | %s | بدون دیدگاه", "نوشته %s | %s | %d دیدگاه"])
        row = row.replace("%d", str(rng.randint(0, 9))) % (author, dt)
        page = top + [section, headline] + with_upd([row.translate(digits)]) + [""] + story
    elif place == "print":
        page = ([x for x in top if x != MENU] + ["نسخه قابل چاپ", code.translate(digits)] + with_upd([dline])
                + [headline, ""] + story + ["", "نشانی مطلب: https://example.ir/news/%d" % rng.randint(1000, 9999)])
    elif place == "code":
        if rng.random() < 0.5:
            row = [(code + rng.choice([" | ", " - ", "  "]) + label + dt).translate(digits)]
        else:
            row = [code.translate(digits), dline]
        page = top + [section, headline] + with_upd(row) + [""] + story
    elif place == "footer":
        page = top + [section, headline, ""] + story + [""] + with_upd([dline])
    elif place == "none":  # no publication date: only the decoys' dates (an edit stamp under the headline)
        page = top + [section, headline] + with_upd([]) + [""] + story
        clock = None
    else:
        raise ValueError(place)
    tail = _tail(rng, w, decoys, digits)
    page += [""] + tail
    if parts is not None:
        parts.update(top=[x for x in top if x in page], headline=headline, story=story, tail=tail,
                     said=bool(label.strip(" 📅")))
    return "\n".join(page), clock


def html_page(rng, w, form, place, decoys, digits) -> tuple[str, bool]:
    e = html.escape
    head = ""
    visible = ""
    if place not in HTML_ONLY:
        # the flat page's lines in their elements: the site's <header> (its menu a <nav>), the article
        # (the headline an <h1>, the story's paragraphs <p>s, the lines around them <div>s), the tail an <aside>
        parts: dict = {}
        text, clock = flat_page(rng, w, form, place, decoys, digits, parts)
        top, tail = set(parts["top"]), set(parts["tail"])
        if place in ("over", "print") and not clock and not parts["said"]:
            # a lone page's bare day (no label, no clock, no class) over its <h1>: by itself the page does not
            # tell the story's day from the header's day of the visit (tests/test_head_forms.py); a run of the
            # site's pages does
            clock = None

        def el(x):
            if x == MENU:
                items = enumerate(x.split(" | "))
                return "<nav>%s</nav>" % "".join("<a href='/%d'>%s</a>" % (k, e(m)) for k, m in items)
            if x == parts["headline"]:
                return "<h1>%s</h1>" % e(x)
            return ("<p>%s</p>" if x in parts["story"] else "<div>%s</div>") % e(x)
        lines = [x for x in text.split("\n") if x]
        head_els = "".join(el(x) for x in lines if x in top)
        art = "".join(el(x) for x in lines if x not in top and x not in tail)
        aside = "".join(el(x) for x in parts["tail"] if x)
        return ("<html lang='fa'><head><meta charset='utf-8'><title>%s</title></head><body><header>%s</header>"
                "<main><article>%s</article><aside>%s</aside></main></body></html>"
                % (e(parts["headline"]), head_els, art, aside)), clock
    stamp = w.local().isoformat(timespec="seconds")
    zshape = rng.choice(["offset", "offset", "utc", "naive"])
    if zshape == "utc":
        stamp = w.local().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    elif zshape == "naive":
        stamp = w.g.strftime("%Y-%m-%dT%H:%M:%S")
    mod = w.shifted(rng.randint(1, 20)).local().isoformat(timespec="seconds")
    if place == "meta":
        head = ('<meta property="article:published_time" content="%s">'
                '<meta property="article:modified_time" content="%s">') % (stamp, mod)
    elif place == "jsonld":
        head = '<script type="application/ld+json">%s</script>' % json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x",
             "dateModified": mod, "datePublished": stamp})
    elif place == "time":
        visible = '<time datetime="%s">%s</time>' % (stamp, e(w.jwords().translate(digits)))
    else:
        visible = '<span itemprop="datePublished" content="%s"></span>' % stamp
    top = "".join("<div>%s</div>" % e(x) for x in _head(rng, w, decoys, digits))
    story = "".join("<p>%s</p>" % e(x) for x in _story(rng, w, decoys))
    tail = "".join("<div>%s</div>" % e(x) for x in _tail(rng, w, decoys, digits))
    upd = ""
    if "updated" in decoys:
        u = w.shifted(rng.randint(1, 20))
        upd = "<div class='upd'>%s</div>" % e(("بروزرسانی: " + u.jwords() + " - " + u.hm()).translate(digits))
    raw = ("<html lang='fa'><head><meta charset='utf-8'>%s<title>%s</title></head><body><header>%s"
           "<div class='logo'>%s</div><nav>%s</nav></header><main><article><h1>%s</h1><div class='meta'>%s%s</div>"
           "%s</article><aside>%s</aside></main></body></html>") % (
        head, e(HEADLINES[1]), top, e(SITES[0]), "".join("<a>%s</a>" % x for x in MENU.split(" | ")),
        e(HEADLINES[1]), visible, upd, story, tail)
    return raw, "seconds"


def build(n: int = 600, seed: int = 66) -> list[Case]:
    """``n`` pages: every form and place in turn, digits and 0-2 decoys drawn at random."""
    rng = random.Random("date-shapes-%d" % seed)
    out = []
    places = PLACES + HTML_ONLY
    for k in range(n):
        form = FORMS[k % len(FORMS)]
        place = places[(k // len(FORMS)) % len(places)]
        is_html = place in HTML_ONLY or rng.random() < 0.3
        digits = rng.choice(["fa", "fa", "ar", "latin"])
        decoys = tuple(sorted(rng.sample(DECOYS, rng.choice([1, 2] if place == "none" else [0, 1, 1, 2]))))
        w = Moment(rng)
        tr = DIGITS[digits]
        if is_html:
            raw, clock = html_page(rng, w, form, place, decoys, tr)
        else:
            raw, clock = flat_page(rng, w, form, place, decoys, tr)
        exp = w.iso(seconds=True) if clock == "seconds" else None if clock is None else w.iso(clock=bool(clock))
        out.append(Case("shape-%04d" % k, raw, exp, form if place not in HTML_ONLY else "iso", place, decoys,
                        digits, is_html))
    return out
