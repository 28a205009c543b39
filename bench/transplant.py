#!/usr/bin/env python3
"""Transplant: the same stories with their section and publication date shown another way.

    python bench/transplant.py PAGES_DIR GOLD.jsonl [--seed 0]      # rewrites both in place

A yardstick for the section and the publication date *in the context of a whole page*: the open
family sets teach the extractor their own few layouts, so their scores say little about a site that
shows its section as a breadcrumb under the headline, or its date as «۱۲:۳۰ - ۹۸/۰۷/۰۶» at the end
of the story beside a «آخرین به‌روزرسانی». For each text article page of a generated set this finds
the line(s) that render the gold section and the single line that
renders the gold publication date, takes them out and puts the same values back in another
presentation and place, with distractors around them. Each site (gold ``site``) keeps one style
across its pages, like a real site; the choice is seeded.

Locating:

- section: a line that is the section alone (not an item of a vertical menu: no short bare line right
  above or below it), a labelled line «<one to three words>: <section>», or a trail whose item the
  section is, with at most two items before it and nothing but the headline after it; pages whose
  section no such line shows are left as they are for the section;
- date: the gold date rendered the ways the generators write it (Jalali numeric with / - . and
  two- or four-digit years, Jalali with the month's name, Gregorian ISO, d/m/y, with a Persian or
  English month's name), in any digits, searched outside the title, lead and body; the date is
  transplanted only when exactly one line renders it (a page that shows it twice is skipped).

Presentations (one per site): the section as a breadcrumb (separators » › > / | - ←, home labels
«خانه», «صفحه نخست», «صفحه اصلی», «Home» or the site's name, an optional parent item and the headline
at its end), a labelled line («سرویس:», «گروه:», «دسته‌بندی:», «بخش:», «موضوع:»), a byline
«<section> | <date> | N نظر», a bare line above the headline, or a labelled line after the story with
the tags beside it; the date as Jalali with the month's name or numeric (/ - .), two-digit years,
weekday prefixes, «ساعت», the clock before the date, Persian / Arabic-Indic / Latin digits,
Gregorian with a Persian or English month name, Hijri-qamari or Gregorian beside the Jalali date,
under the headline, in a byline, or at the end of the story; and distractors: a "today" date at the
top, «آخرین به‌روزرسانی: <later>» beside the date, dated related links, dated comments, a story
paragraph with another date in it.

How much it moves (``python bench/transplant.py``, seed 0, on the sets of ``score_families.py
--n 400``; text article pages / section moved / date moved): dev 317 / 187 / 270, e 254 / 185 / 242,
fdev 205 / 136 / 165, gdev 227 / 128 / 176, hdev 225 / 144 / 176 (the rest show no section, or
their date twice, or in a form not searched such as ordinal day words).

HTML article pages (:func:`transplant_html`, one :class:`HtmlStyle` a site, drawn from its own seed so
that the text pages come out byte for byte as before) lose the markup that renders the gold section
(``<meta>`` keys naming a section or category, JSON-LD ``articleSection`` and ``BreadcrumbList``, the
smallest element outside a menu, a tag list or a sidebar that shows the section alone, as a label
«سرویس: …» or as a short trail) and the publication date (date ``<meta>``s, JSON-LD dates, ``<time>``
elements and short text elements that render the gold day, with a label element before them; a
date inside a longer meta row is cut out of it), never an element that holds the headline or the
story. The values come back one way a site: a trail above the headline (``<nav>`` or ``<div>`` with
separators, an ``<ol>`` whose separators are the stylesheet's, a semantic or a meaningless class,
home labels, a parent item, the headline at its end), a JSON-LD ``BreadcrumbList`` only, JSON-LD
``articleSection`` (a string or a list), ``<a rel="category tag">``, a labelled ``<span>`` /
``<div>`` («سرویس:», «دسته‌بندی:» …, one text or label and link), a kicker ``<div>`` above the
headline, ``<meta property="article:section">`` only; the date as ``<time datetime>`` (with or
without its words), a date ``<meta>`` (``article:published_time``, ``og:published_time``, ``date``,
``pubdate``, ``itemprop=datePublished``), JSON-LD only, or a text ``<span>`` in the text styles'
calendars and digits, under or above the headline or after the story. A machine date is the page's
instant (its clock, else a drawn one) with Tehran's offset that day (+03:30 / +04:30), without an
offset, or in UTC («Z»: the day before for an early-morning story); the gold day stays the local day.
Distractors: a later ``article:modified_time`` / ``dateModified`` / «آخرین به‌روزرسانی», a header
"today" date, dated related items and dated comments after the article, a second JSON-LD item for
the site (``WebSite`` / ``Organization``) with its name. Counts: ``html_pages``, ``html_changed``,
``html_section_moved``, ``html_date_moved`` (seed 0, ``--n 400``: dev 134 HTML article pages, e 126,
fdev 171, gdev 145, hdev 152, d 400).

A text page that is one document, as the extractor reads it whole (:func:`document_kind`: a JSON API
response, an XML export whose text parses), stays one: a JSON document and an XML document without a
CDATA section of markup spanning lines (an RSS item's fields) are left as they are (counted
``document_left``); a notes app's export (ENEX) changes only inside its note's markup
(:func:`xml_region`: the lines go there as ``<div>`` elements, nothing above the note's root tag or
after its end).
Before s76 the distractors were appended after the document's end, which then no longer parsed and
was read as lines (awdev export.asal-daftar.com, audev api.sharjnews.app: 52 pages' agency and date).

The gold changes only where the presentation defines it: the section and date values stay the
same; the new lines of chrome join ``chrome_lines``, and the story paragraph with a date joins
``body_paragraphs`` where it was put. Deterministic for a seed; ``transplant`` returns counts.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import jdatetime

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)
DIGITS = {"fa": FA, "ar": AR, "latin": {}}
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GM = [["ژانویه"], ["فوریه"], ["مارس"], ["آوریل"], ["مه", "می"], ["ژوئن"], ["ژوئیه", "جولای"], ["اوت", "آگوست"],
      ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"]]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
HM = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان", "شوال",
      "ذی‌القعده", "ذی‌الحجه"]
WD = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]
PEOPLE = ["سارا محمدی", "رضا کاظمی", "نرگس یزدانی", "کاوه رستمی", "لیلا فراهانی", "بهروز عطایی"]
HOMES = ["خانه", "صفحه نخست", "صفحه اصلی", "Home", None]  # None: the site's name
SEPARATORS = [" » ", " › ", " > ", " / ", " | ", " - ", " ← ", "»"]
PARENTS = ["اخبار", "سرویس‌ها", "مطالب", "آرشیو خبر"]
SECTION_LABELS = ["سرویس:", "گروه:", "دسته‌بندی:", "بخش:", "موضوع:", "گروه خبری:"]
DATE_LABELS = ["", "", "تاریخ انتشار: ", "انتشار: ", "تاریخ: ", "منتشر شده در ", "زمان انتشار: "]
RELATED = ["نشست مدیران استان برای بررسی طرح‌های عمرانی برگزار شد", "گزارش تازه درباره وضعیت بازار مسکن منتشر شد",
           "برنامه‌های هفته آینده در شهرهای کشور اعلام شد", "نتایج یک پژوهش تازه درباره آب‌وهوای کشور",
           "واکنش کارشناسان به تصمیم تازه دولت درباره قیمت‌ها", "آغاز ثبت‌نام دوره‌های آموزشی تابستانی"]
COMMENTS = ["ممنون از گزارش خوبتان.", "کاش بیشتر درباره این موضوع بنویسید.", "مطلب مفیدی بود."]
STORY_DATE = ("این موضوع نخستین بار در %s در نشستی با حضور کارشناسان مطرح شده بود و از آن زمان تاکنون "
              "بارها درباره آن گفت‌وگو شده است.")


def canon(s: str | None) -> str:
    """The scorer's comparison form: NFKC, ی/ک, ASCII digits, letters and digits only."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").translate(TO_ASCII)
    return "".join(ch for ch in s.replace("ۀ", "ه").replace("ة", "ه") if ch.isalnum() and ch != "\u0640")


def _search_form(s: str) -> str:
    return (unicodedata.normalize("NFKC", s).translate(TO_ASCII).replace("ي", "ی").replace("ك", "ک")
            .replace("\u200c", " ").replace("\u00a0", " "))


# ----------------------------------------------------------------------------------- locating
def date_pattern(iso: str) -> str:
    """The gold date rendered every way the generators write it, as a regex over ASCII digits
    (:func:`_search_form`)."""
    g = date.fromisoformat(iso)
    j = jdatetime.date.fromgregorian(date=g)
    sep = r"\s*[/.\-]\s*"
    alts = []
    for y in (str(j.year), "%02d" % (j.year % 100)):
        m, d = r"0?%d" % j.month, r"0?%d" % j.day
        alts += [y + sep + m + sep + d, d + sep + m + sep + y,
                 r"%d\s*(?:ام)?\s+%s(?:\s*ماه)?\s*،?\s*%s" % (j.day, JM[j.month - 1], y)]
    gm = "|".join(GM[g.month - 1])
    alts += [r"%d-0?%d-0?%d" % (g.year, g.month, g.day), r"0?%d/0?%d/%d" % (g.day, g.month, g.year),
             r"%d\s+(?:%s)\s*،?\s*%d" % (g.day, gm, g.year), r"%s\s+%d\s*,?\s*%d" % (EN[g.month - 1], g.day, g.year),
             r"%d\s+%s\s*,?\s*%d" % (g.day, EN[g.month - 1], g.year)]
    return "|".join("(?:%s)" % a for a in alts)


def _date_regex(iso: str) -> re.Pattern:
    return re.compile(r"(?<![\d/.\-])(?:%s)(?!\d)" % date_pattern(iso), re.I)


def find_date_lines(lines: list[str], iso: str, skip: set[int]) -> list[int]:
    rx = _date_regex(iso)
    return [i for i, x in enumerate(lines) if i not in skip and len(x) <= 160 and rx.search(_search_form(x))]


_CRUMB_SPLIT = re.compile(r"\s*(?:»|›|>|←|/|\||\s-\s|\s–\s)\s*")


def find_section_lines(lines: list[str], section: str, title: str | None, skip: set[int]) -> list[int]:
    cs, ct = canon(section), canon(title)
    out = []

    def short(k: int, step: int) -> bool:  # the nearest line above / below with text
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if k < 0 or k >= len(lines) or k in skip:
            return False
        x = lines[k].strip()
        return len(x.split()) <= 3 and not re.search(r"[\d:：|/»›]", x.translate(TO_ASCII))

    for i, raw in enumerate(lines):
        x = raw.strip()
        if i in skip or not x or len(x) > 200:
            continue
        if canon(x) == cs:
            if not (short(i - 1, -1) or short(i + 1, 1)):
                out.append(i)
            continue
        if ":" in x or "：" in x:
            head, _, value = x.replace("：", ":").partition(":")
            if canon(value) == cs and 1 <= len(head.split()) <= 3 and not re.search(r"\d", head.translate(TO_ASCII)):
                out.append(i)
                continue
        items = [p for p in _CRUMB_SPLIT.split(x) if p.strip()]
        if len(items) >= 2:
            keys = [canon(p) for p in items]
            if cs in keys:
                k = keys.index(cs)
                after = keys[k + 1:]
                if 1 <= k <= 2 and (not after or after == [ct]):
                    out.append(i)
    return out


# --------------------------------------------------------------------------------- presenting
class Style:
    """One site's way of showing the section and the date (drawn once per site)."""

    def __init__(self, rng: random.Random):
        self.cal = rng.choice(["jname", "jname", "jnum", "jnum", "jname_hijri", "jname_greg", "greg_fa", "greg_en",
                               "greg_iso"])
        self.digits = rng.choice(["fa", "fa", "ar", "latin"])
        self.weekday = rng.random() < 0.4
        self.yy = rng.random() < 0.25
        self.pad = rng.random() < 0.6
        self.sep = rng.choice(["/", "/", "-", "."])
        self.clock = rng.choice(["none", "saat", "dash", "before"])
        self.label = rng.choice(DATE_LABELS)
        self.date_place = rng.choice(["inplace", "inplace", "byline", "end"])
        self.sec = rng.choice(["crumb", "crumb", "label", "byline", "bare", "after"])
        self.home = rng.choice(HOMES)
        self.crumb_sep = rng.choice(SEPARATORS)
        self.parent = rng.choice([None, None, *PARENTS])
        self.crumb_title = rng.random() < 0.4
        self.sec_label = rng.choice(SECTION_LABELS)
        self.today = rng.choice([None, None, "امروز: ", ""])
        self.updated = rng.random() < 0.3
        self.related = rng.random() < 0.5
        self.comments = rng.random() < 0.3
        self.story_date = rng.random() < 0.35


def render_date(g: date, st: Style, hm: str | None, *, label: bool = True) -> str:
    j = jdatetime.date.fromgregorian(date=g)
    year = "%02d" % (j.year % 100) if st.yy else str(j.year)
    wd = WD[j.weekday()] + " " if st.weekday else ""
    if st.cal.startswith("jname"):
        s = "%s%d %s %s" % (wd, j.day, JM[j.month - 1], year)
        if st.cal == "jname_hijri":
            from hijridate import Gregorian
            h = Gregorian(g.year, g.month, g.day).to_hijri()
            s += " - %d %s %d" % (h.day, HM[h.month - 1], h.year)
        elif st.cal == "jname_greg":
            s += " - %d %s %d" % (g.day, GM[g.month - 1][0], g.year)
    elif st.cal == "jnum":
        f = "%02d" if st.pad else "%d"
        s = wd + st.sep.join([year, f % j.month, f % j.day])
    elif st.cal == "greg_fa":
        s = "%d %s %d" % (g.day, GM[g.month - 1][0], g.year)
    elif st.cal == "greg_en":
        s = "%s %d, %d" % (EN[g.month - 1], g.day, g.year)
    else:
        s = g.isoformat()
    if hm and st.clock == "saat":
        s += "، ساعت " + hm
    elif hm and st.clock == "dash":
        s += " - " + hm
    elif hm and st.clock == "before":
        s = hm + " - " + s
    if st.cal not in ("greg_en", "greg_iso"):
        s = s.translate(DIGITS[st.digits])
    return (st.label if label else "") + s


def _crumb(section: str, title: str, site: str, st: Style) -> str:
    home = st.home or site
    items = [home] + ([st.parent] if st.parent else []) + [section] + ([title] if st.crumb_title else [])
    return st.crumb_sep.join(items)


# -------------------------------------------------------------------------------------- pages
def _xml_parses(text: str) -> bool:
    from xml.etree import ElementTree

    try:
        ElementTree.fromstring(text.lstrip("\ufeff \t\r\n").encode("utf-8"))
    except (ElementTree.ParseError, ValueError):
        return False
    return True


def document_kind(text: str) -> str | None:
    """``"json"`` for a page that is one JSON document, ``"xml"`` for one that is an XML document (as
    ``palayesh.extract.apidoc`` reads them: the whole text parses), None for a page of lines."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith(("{", "[")):
        try:
            json.loads(head)
        except (ValueError, RecursionError):
            return None
        return "json"
    if head.startswith("<?xml") and _xml_parses(head):
        return "xml"
    return None


def xml_region(lines: list[str]) -> tuple[int, int] | None:
    """``(lo, hi)``: the lines strictly between ``lo`` and ``hi`` are the XML document's story text, where
    a line can go or be taken out and the document still be one: inside its last CDATA section that
    spans lines (a note's or an item's markup), below that markup's own prolog and root tag; None for
    a document with no such section (its lines are its fields: a line between them is no shape of it).

    >>> xml_region(['<?xml version="1.0"?>', '<x>', '<c><![CDATA[<?xml version="1.0"?>',
    ...             '<!DOCTYPE n>', '<n>', '<div>a</div>', '</n>]]></c>', '</x>'])
    (4, 6)
    >>> xml_region(['<?xml version="1.0"?>', '<x>', '<t>a</t>', '</x>']) is None
    True
    """
    for k in range(len(lines) - 1, -1, -1):
        if "<![CDATA[" in lines[k] and "]]>" not in lines[k].split("<![CDATA[", 1)[1]:
            close = next((j for j in range(k + 1, len(lines)) if "]]>" in lines[j]), None)
            if close is None:
                return None
            lo, hi = k, close
            inner = lines[k].split("<![CDATA[", 1)[1].strip()
            if inner.startswith("<?") or inner.startswith("<!"):  # the markup's own prolog, then its root's tag
                j = k + 1
                while j < hi and lines[j].lstrip().startswith(("<?", "<!")):
                    j += 1
                if j < hi and re.fullmatch(r"\s*<[\w:.-]+[^<>]*>\s*", lines[j]):
                    lo = j
            return lo, hi
    return None


def transplant_page(text: str, g: dict, st: Style, rng: random.Random, stats: collections.Counter) -> str:
    """The page with its section and date lines replaced by ``st``'s presentation; ``g`` updated.

    A page that is one document (:func:`document_kind`) stays one: a JSON document is left whole (a line
    is no JSON value), an XML document changes only inside :func:`xml_region`, the markup of its story
    (and is left whole if it has none, or would no longer parse)."""
    kind = document_kind(text)
    lines = text.split("\n")
    region = xml_region(lines) if kind == "xml" else None if kind else (-1, len(lines))
    if region is None:
        stats["document_left"] += 1
        return text
    lo, hi = region
    title = g.get("title") or ""
    story = [canon(p) for p in g.get("body_paragraphs") or []]
    fixed = {canon(title), canon(g.get("lead")), *story} - {""}
    skip = {i for i, x in enumerate(lines) if canon(x) in fixed or not lo < i < hi}
    body_at = [i for i, x in enumerate(lines) if canon(x) in set(story)]
    end = body_at[-1] if body_at else None
    title_at = next((i for i, x in enumerate(lines) if canon(x) == canon(title)), None)
    chrome = list(g.get("chrome_lines") or [])
    site = re.split(r"\s+[|\-–]\s+", next((x.strip() for x in lines if x.strip()), ""))[0]  # «name | tagline»
    remove: set[int] = set()
    put: dict[int, list[str]] = collections.defaultdict(list)  # lines put right after line i (-1: at the top)

    sec_lines = find_section_lines(lines, g["section"], title, skip) if g.get("section") else []
    iso = g.get("published_iso")
    date_lines = find_date_lines(lines, iso, skip) if iso else []
    if iso and len(date_lines) != 1:
        stats["date_ambiguous" if date_lines else "date_not_found"] += 1
        date_lines = []
    if g.get("section") and not sec_lines:
        stats["section_not_found"] += 1
    new: list[str] = []
    sec_style = st.sec if sec_lines else None
    if sec_style == "byline" and not date_lines:
        sec_style = "label"
    if sec_style in ("after",) and end is None:
        sec_style = "label"
    if date_lines:
        d = date_lines[0]
        g_day = date.fromisoformat(iso)
        m = re.search(r"(?<!\d)(\d{1,2}:\d{2})(?!\d)", lines[d].translate(TO_ASCII))
        hm = m.group(1) if m else "%02d:%02d" % (rng.randint(6, 23), rng.randint(0, 59))
        shown = render_date(g_day, st, hm)
        place = "byline" if sec_style == "byline" else st.date_place
        if place == "end" and end is None:
            place = "inplace"
        if place == "byline":
            who = g["section"] if sec_style == "byline" else rng.choice(PEOPLE)
            shown = "%s | %s | %s نظر" % (who, render_date(g_day, st, hm, label=False),
                                          str(rng.randint(0, 40)).translate(DIGITS[st.digits]))
        at = end if place == "end" else d
        out = [shown]
        if st.updated:
            later = g_day + timedelta(days=rng.randint(1, 9))
            clock = "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
            out.append("آخرین به‌روزرسانی: " + render_date(later, st, clock, label=False))
        remove.add(d)
        put[at] += out
        new += out
        stats["date_transplanted"] += 1
        if st.today is not None:
            today = g_day + timedelta(days=rng.randint(2, 900))
            line = st.today + render_date(today, _today_style(st), None, label=False)
            # (at the top of the page the site serves: under the address a crawler writes first, which
            # is no line of the page's)
            first = next((i for i, x in enumerate(lines) if x.strip()), None)
            put[first if first is not None and _CRAWLED_URL.fullmatch(lines[first].strip()) else -1].append(line)
            new.append(line)
        if st.related and end is not None:
            rel = ["مطالب مرتبط"]
            for h in rng.sample(RELATED, 3):
                rel += [h, render_date(g_day - timedelta(days=rng.randint(1, 60)), st, None, label=False)]
            put[end] += rel
            new += rel
        if st.comments:
            com = ["نظرات کاربران"]
            for _ in range(2):
                when = g_day + timedelta(days=rng.randint(1, 30))
                com += [rng.choice(PEOPLE), render_date(when, st, None, label=False), rng.choice(COMMENTS)]
            put[len(lines) - 1] += com
            new += com
    if sec_style:
        remove.update(sec_lines)
        at = min(sec_lines)
        sec = g["section"]
        if sec_style == "crumb":
            out, at = [_crumb(sec, title, site, st)], (title_at - 1 if title_at is not None and at < title_at else at)
        elif sec_style == "label":
            out = ["%s %s" % (st.sec_label, sec)]
        elif sec_style == "bare":
            out, at = [sec], (title_at - 1 if title_at is not None and at < title_at else at)
        elif sec_style == "after":
            words = [w for w in re.findall(r"[^\s،:؛«»()/|]+", title) if len(w) > 3][:3]
            out, at = ["%s %s" % (st.sec_label, sec), "برچسب‌ها: " + "، ".join(words)], end
        else:  # byline: the date line above carries it
            out = []
        if at is not None:
            put[at] = out + put[at] if sec_style == "after" else put[at] + out
        new += out
        stats["section_transplanted"] += 1
    paras = list(g.get("body_paragraphs") or [])
    if st.story_date and iso and date_lines and len(body_at) >= 2 and len(paras) >= 2:
        k = next((n for n, p in enumerate(story) if p == canon(lines[body_at[1]])), None)
        if k is not None:
            other = date.fromisoformat(iso) - timedelta(days=rng.randint(20, 400))
            j = jdatetime.date.fromgregorian(date=other)
            para = (STORY_DATE % ("%d %s %d" % (j.day, JM[j.month - 1], j.year))).translate(DIGITS[st.digits])
            put[body_at[1]].insert(0, para)
            paras.insert(k + 1, para)
            stats["story_date"] += 1
    if not remove and not put:
        return text
    if kind == "xml":  # nothing goes above the story text's start or below its end; a line of markup is an element
        inside: dict[int, list[str]] = collections.defaultdict(list)
        for at in sorted(put):
            inside[min(max(at, lo), hi - 1)] += ["<div>%s</div>" % _esc(x) for x in put[at]]
        put = inside
    res = list(put.get(-1, []))
    for i, x in enumerate(lines):
        if i not in remove:
            res.append(x)
        res += put.get(i, [])
    if kind == "xml" and not _xml_parses("\n".join(res)):
        stats["document_left"] += 1
        return text
    gone = {lines[i] for i in remove}
    g["chrome_lines"] = [c for c in chrome if c not in gone] + [x for x in new if x != g.get("section")]
    g["body_paragraphs"] = paras
    return "\n".join(res)


# --------------------------------------------------------------------------------- HTML pages
#: machine-readable keys of a section and of a date in ``<meta>`` (property, name or itemprop)
_META_SECTION = re.compile(r"section|^category$|^cat$|^news_?category$", re.I)
_META_DATE = re.compile(r"published|modified|updated|date|pubdate|created|time", re.I)
_LD_DATES = ("datePublished", "dateCreated", "dateModified", "uploadDate")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?")
#: elements a section or a date is removed with (an inline element alone in one of these goes too)
_HOLDERS = ("span", "a", "div", "li", "p", "time", "small", "strong", "b", "em", "nav", "ol", "ul", "header",
            "section", "footer", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "font", "i")
HTML_CLASSES = ["meta", "info", "row", "box", "top", "head", "item", "det", "p-hd", "cnt"]
CRUMB_CLASSES = ["breadcrumb", "breadcrumbs", "bread-crumb", "site-path", None]  # None: a class that says nothing
HTML_SECTION_LABELS = ["سرویس:", "دسته‌بندی:", "گروه:", "بخش:", "گروه خبری:"]
META_DATE_KEYS = [("property", "article:published_time"), ("property", "article:published_time"),
                  ("property", "og:published_time"), ("name", "date"), ("name", "pubdate"),
                  ("itemprop", "datePublished")]
OTHER_SECTIONS = ["سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "بین‌الملل", "علم و فناوری", "سلامت"]


def _tehran():
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Tehran")


class HtmlStyle:
    """One site's way of showing the section and the date in its markup (drawn once per site)."""

    def __init__(self, rng: random.Random):
        self.sec = rng.choice(["crumb", "crumb", "ld_crumb", "ld_section", "category", "label", "kicker", "meta"])
        self.crumb_form = rng.choice(["nav_text", "ol_css", "div_text"])
        self.crumb_class = rng.choice(CRUMB_CLASSES)
        self.crumb_sep = rng.choice(SEPARATORS)
        self.home = rng.choice(HOMES)
        self.parent = rng.choice([None, None, *PARENTS])
        self.crumb_title = rng.random() < 0.4
        self.ld_list = rng.random() < 0.5
        self.sec_label = rng.choice(HTML_SECTION_LABELS)
        self.label_split = rng.random() < 0.5  # «<span>سرویس:</span> <a>ورزشی</a>»
        self.sec_place = rng.choice(["under", "under", "end"])
        self.kicker_link = rng.random() < 0.5
        self.cls = rng.choice(HTML_CLASSES) + str(rng.randint(1, 9))
        self.date = rng.choice(["time", "time", "meta", "ld", "text", "text"])
        self.zone = rng.choice(["offset", "offset", "naive", "z"])  # how a machine date writes its offset
        self.time_text = rng.random() < 0.7  # <time datetime> with the date in words too
        self.meta_key = rng.choice(META_DATE_KEYS)
        self.date_place = rng.choice(["under", "under", "above", "end"])
        self.text = Style(rng)  # the visible date's calendar, digits, clock and label
        self.modified = rng.random() < 0.4
        self.today = rng.random() < 0.4
        self.related = rng.random() < 0.5
        self.comments = rng.random() < 0.35
        self.site_ld = rng.random() < 0.4


def _machine(local, st: HtmlStyle, *, zone: str | None = None) -> str:
    """``local`` (an aware datetime in Tehran) as a meta / JSON-LD / datetime value: with the page's
    offset, without one (local time), or the same instant in UTC («Z»)."""
    from datetime import timezone

    zone = zone or st.zone
    if zone == "z":
        return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if zone == "naive":
        return local.strftime("%Y-%m-%dT%H:%M:%S")
    return local.isoformat(timespec="seconds")


def _instant(tree, iso: str, rng: random.Random):
    """The page's publication instant (aware, in Tehran time) on the gold day: the clock of a
    machine date the page gives for that day, else a drawn one (early hours too: their UTC form is
    the day before)."""
    from datetime import datetime, timezone

    tz = _tehran()
    g_day = date.fromisoformat(iso)
    values = [m.get("content") or "" for m in tree.xpath("//meta[@content]")]
    values += [t.get("datetime") or "" for t in tree.xpath("//time[@datetime]")]
    values += [s.text_content() for s in tree.xpath('//script[@type="application/ld+json"]')]
    for v in values:
        for m in _ISO.finditer(v):
            y, mo, d, h, mi, s, off = m.groups()
            if h is None:
                continue
            dt = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
            if off is None:
                dt = dt.replace(tzinfo=tz)
            else:
                if off == "Z":
                    delta = timedelta(0)
                else:
                    sign = -1 if off[0] == "-" else 1
                    hh, mm = off[1:].replace(":", "")[:2], off[1:].replace(":", "")[2:]
                    delta = sign * timedelta(hours=int(hh), minutes=int(mm))
                dt = dt.replace(tzinfo=timezone(delta)).astimezone(tz)
            if dt.date() == g_day:
                return dt
    h = rng.choice([rng.randint(0, 3), rng.randint(6, 23), rng.randint(6, 23)])
    return datetime(g_day.year, g_day.month, g_day.day, h, rng.randint(0, 59), tzinfo=tz)


def _frag(markup: str):
    import lxml.html

    return lxml.html.fragment_fromstring(markup)


def _esc(s: str) -> str:
    import html

    return html.escape(s, quote=True)


def _text_of(el) -> str:
    return " ".join(el.text_content().split())


class _Page:
    """The parsed page and the elements that hold its story (never removed)."""

    def __init__(self, tree, g: dict):
        self.tree, self.g = tree, g
        self.body = tree.body if tree.body is not None else tree
        self.rekey()
        keys = self.keys
        title = canon(g.get("title"))
        self.h1 = None
        for tag in ("h1", "h2", "h3", "h4", "div", "span", "p", "a", "strong"):
            self.h1 = next((el for el in self.body.iter(tag) if title and keys.get(el) == title), None)
            if self.h1 is not None:
                break
        if self.h1 is not None and self.h1.tag == "a" and self.h1.getparent() is not None \
                and keys.get(self.h1.getparent()) == title:
            self.h1 = self.h1.getparent()
        self.story = []
        for p in [g.get("lead"), *(g.get("body_paragraphs") or [])]:
            k = canon(p)
            if not k:
                continue
            # the body itself is no holder: a story only in its script (a single-page app's state) is
            # held by no element, and nothing can be put beside it
            holders = [el for el, t in keys.items() if k in t and el is not self.body]
            if holders:
                depth = {el: len(list(el.iterancestors())) for el in holders}
                self.story.append(max(holders, key=lambda e: depth[e]))
        self.kept = set()
        for el in ([self.h1] if self.h1 is not None else []) + self.story:
            self.kept.add(el)
            self.kept.update(el.iterancestors())
        self.kept.update(el for el in self.story for el in el.iter())

    def rekey(self) -> None:
        """The canonical text of every element of the body (again after a change)."""
        self.keys = {el: canon(el.text_content()) for el in self.body.iter()
                     if isinstance(el.tag, str) and el.tag not in ("script", "style")}

    def removable(self, el) -> bool:
        return el not in self.kept and el is not self.body and self.body in el.iterancestors()

    def drop(self, targets: list) -> int:
        """Take out ``targets`` (those inside another one go with it); how many."""
        chosen = set(targets)
        n = 0
        for el in dict.fromkeys(targets):
            if not any(a in chosen for a in el.iterancestors()):
                el.drop_tree()
                n += 1
        self.rekey()
        return n


def _menu_like(el) -> bool:
    """An element in a menu, a tag list or a sidebar: a section's name there is not its rendering."""
    for a in [el, *el.iterancestors()]:
        if not isinstance(a.tag, str):
            continue
        c = ((a.get("class") or "") + " " + (a.get("id") or "")).lower()
        if "crumb" in c:
            return False
        if a.tag in ("aside",) or re.search(r"tag|menu|sidebar|related|footer", c):
            return True
        if a.tag == "nav" or (a.tag in ("ul", "ol") and len(a) >= 4):
            return True
    return False


def _bare_neighbour(page: _Page, el) -> bool:
    """Whether a sibling right before or after ``el`` is a short bare text too (a menu written as
    one element an item)."""
    for sib in (el.getprevious(), el.getnext()):
        if sib is None or not isinstance(sib.tag, str) or sib in page.kept:
            continue
        t = _text_of(sib)
        if t and len(t.split()) <= 3 and not re.search(r"[\d:：|/»›]", t.translate(TO_ASCII)):
            return True
    return False


def _climb(page: _Page, el, key: str):
    """The largest removable element around ``el`` that shows nothing but ``key`` (a canonical text)."""
    while True:
        parent = el.getparent()
        if parent is None or not page.removable(parent) or parent.tag not in _HOLDERS \
                or page.keys.get(parent) != key:
            return el
        el = parent


def _section_shown(page: _Page, el, cs: str, ct: str) -> bool:
    """Whether ``el``'s text is the section alone, a label «سرویس: ورزشی» or a short trail ending at
    the section (or at the headline right after it)."""
    t = _text_of(el)
    if not t or len(t) > 200:
        return False
    if canon(t) == cs:
        return True
    if ":" in t or "：" in t:
        head, _, value = t.replace("：", ":").partition(":")
        if canon(value) == cs and 1 <= len(head.split()) <= 3 and not re.search(r"\d", head.translate(TO_ASCII)):
            return True
    items = [canon(_text_of(c)) for c in el if isinstance(c.tag, str) and _text_of(c)]
    if len(items) < 2:
        items = [canon(p) for p in _CRUMB_SPLIT.split(t) if p.strip()]
    items = [x for x in items if x]
    if cs in items and len(items) <= 5:
        k = items.index(cs)
        return 1 <= k <= 2 and items[k + 1:] in ([], [ct])
    return False


def _strip_section(page: _Page, cs: str, ct: str) -> int:
    """Take out every rendering of the section; how many were taken out."""
    n = 0
    for m in page.tree.xpath("//meta[@content]"):
        k = m.get("property") or m.get("name") or m.get("itemprop") or ""
        if _META_SECTION.search(k):
            m.drop_tree()
            n += 1
    n += _edit_ld(page.tree, lambda it: it.pop("articleSection", None) is not None, crumbs=True)
    targets = []
    for el in page.body.iter(*_HOLDERS):
        if not page.removable(el) or cs not in page.keys.get(el, ""):
            continue
        if not _section_shown(page, el, cs, ct) or _menu_like(el):
            continue
        if page.keys[el] == cs and _bare_neighbour(page, el):
            continue
        targets.append(_climb(page, el, page.keys[el]))
    return n + page.drop(targets)


def _edit_ld(tree, edit, *, crumbs: bool = False) -> int:
    """Apply ``edit`` (which says whether it changed the item) to every JSON-LD item; with
    ``crumbs``, BreadcrumbList items (and ``breadcrumb`` properties) go too."""
    n = 0
    for s in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(s.text_content())
        except ValueError:
            continue
        changed = False

        def fix(items):
            nonlocal changed, n
            out = []
            for it in items:
                if not isinstance(it, dict):
                    out.append(it)
                    continue
                if crumbs and "BreadcrumbList" in str(it.get("@type")):
                    changed, n = True, n + 1
                    continue
                if crumbs and it.pop("breadcrumb", None) is not None:
                    changed, n = True, n + 1
                if isinstance(it.get("mainEntity"), dict) and edit(it["mainEntity"]):
                    changed, n = True, n + 1
                if edit(it):
                    changed, n = True, n + 1
                out.append(it)
            return out

        if isinstance(data, list):
            data = fix(data)
        elif isinstance(data, dict) and isinstance(data.get("@graph"), list):
            data["@graph"] = fix(data["@graph"])
        elif isinstance(data, dict):
            data = (fix([data]) or [None])[0]
        if not changed:
            continue
        if not data or (isinstance(data, dict) and not data.get("@graph", True)):
            s.drop_tree()
        else:
            s.text = json.dumps(data, ensure_ascii=False)
    return n


def _strip_date(page: _Page, iso: str) -> int:
    """Take out every rendering of the publication date (and the page's machine dates); how many."""
    n = 0
    for m in page.tree.xpath("//meta[@content]"):
        k = m.get("property") or m.get("name") or m.get("itemprop") or ""
        if _META_DATE.search(k) and _ISO.search(m.get("content") or ""):
            m.drop_tree()
            n += 1
    n += _edit_ld(page.tree, lambda it: any([it.pop(k, None) is not None for k in _LD_DATES]))
    rx = _date_regex(iso)
    times = []
    for el in page.body.iter("time"):
        if not page.removable(el) or not (rx.search(_search_form(el.get("datetime") or ""))
                                          or rx.search(_search_form(_text_of(el)))):
            continue
        if _beside_date(rx, _text_of(el)) and len(el):
            # a <time> around a whole row («<time><div>author</div><div>date</div><div>N comments</div>»):
            # the row stays, a plain element now; its date goes below
            el.tag = "div"
            el.attrib.pop("datetime", None)
            n += 1
        else:
            times.append(_climb(page, el, page.keys.get(el, "")))
    n += page.drop(times)
    targets = []
    for el in page.body.iter(*_HOLDERS):
        if not page.removable(el):
            continue
        t = _text_of(el)
        if len(t) > 160 or not rx.search(_search_form(t)):
            continue
        if any(rx.search(_search_form(_text_of(c))) for c in el if isinstance(c.tag, str)):
            continue  # (the innermost element that shows it)
        if _beside_date(rx, t):  # more than a label beside the date («News ID: …»): only the date goes
            for node in el.xpath("text()"):
                cut = rx.sub("", _search_form(str(node)))
                if cut != _search_form(str(node)):
                    parent = node.getparent()
                    if node.is_text:
                        parent.text = cut
                    else:
                        parent.tail = cut
                    n += 1
            continue
        prev = el.getprevious()
        if prev is not None and page.removable(prev) and re.fullmatch(r"[^\d]{2,30}[:：]", _text_of(prev)):
            targets.append(prev)  # «<span>تاریخ انتشار:</span> <span>…</span>»: its label too
        targets.append(_climb(page, el, page.keys.get(el, "")))
    return n + page.drop(targets)


def _beside_date(rx: re.Pattern, text: str) -> bool:
    """Whether ``text`` says more than a date with its clock and a short label («News ID: …», an
    author's name, a count of comments)."""
    rest = re.sub(r"\d{1,2}:\d{2}|ساعت|[\s:：|/\-–،,.]", "", rx.sub("", _search_form(text)))
    return len(rest) > 24


def _crumb_markup(st: HtmlStyle, section: str, title: str, site: str) -> tuple[str, str]:
    """(markup, the line it reads as) of a breadcrumb trail."""
    items = [(st.home or site, "/"), *([(st.parent, "/news")] if st.parent else []),
             (section, "/category/%d" % (len(section) % 90 + 10))]
    cls = ' class="%s"' % st.crumb_class if st.crumb_class else ' class="%s"' % st.cls
    links = ['<a href="%s">%s</a>' % (h, _esc(t)) for t, h in items]
    if st.crumb_title:
        links.append("<span>%s</span>" % _esc(title))
    names = [t for t, _h in items] + ([title] if st.crumb_title else [])
    sep = _esc(st.crumb_sep)
    if st.crumb_form == "ol_css":  # the separators are the stylesheet's: no text between the items
        return ("<ol%s>%s</ol>" % (cls, "".join("<li>%s</li>" % x for x in links)), " ".join(names))
    tag = "nav" if st.crumb_form == "nav_text" else "div"
    aria = ' aria-label="breadcrumb"' if tag == "nav" and st.crumb_class is None else ""
    return "<%s%s%s>%s</%s>" % (tag, cls, aria, sep.join(links), tag), st.crumb_sep.join(names)


def _ld(obj) -> str:
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def _add_ld(page: _Page, key: str, value) -> None:
    """``key`` set on the page's article JSON-LD item, or on a new NewsArticle item."""
    done = []

    def put(it):
        kind = str(it.get("@type"))
        if done or not ("Article" in kind or "Posting" in kind
                        or any(k in it for k in ("headline", "datePublished", "author", "articleBody"))):
            return False
        it[key] = value
        done.append(1)
        return True

    _edit_ld(page.tree, put)
    if not done:
        obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page.g.get("title"), key: value}
        page.tree.head.append(_frag(_ld(obj)))


def transplant_html(raw: str, g: dict, st: HtmlStyle, rng: random.Random, stats: collections.Counter) -> str:
    """An HTML article page with its section and date markup replaced by ``st``'s; ``g`` updated."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(raw)
    except (lxml.etree.ParserError, ValueError):
        stats["html_unparsed"] += 1
        return raw
    if tree.head is None or tree.body is None:
        stats["html_unparsed"] += 1
        return raw
    page = _Page(tree, g)
    if page.h1 is None or not page.story:
        stats["html_no_headline" if page.h1 is None else "html_no_story"] += 1
        return raw
    title, iso, section = g.get("title") or "", g.get("published_iso"), g.get("section")
    meta_site = tree.xpath('//meta[@property="og:site_name"]/@content')
    site = meta_site[0] if meta_site else (g.get("site") or "")
    new: list[str] = []
    under: list = []  # elements for the row under the headline
    end: list = []  # elements put after the story
    if section:
        _strip_section(page, canon(section), canon(title))
        stats["html_section_moved"] += 1
        if st.sec == "crumb":
            markup, line = _crumb_markup(st, section, title, site)
            page.h1.addprevious(_frag(markup))
            new.append(line)
        elif st.sec == "ld_crumb":
            names = [st.home or site, *([st.parent] if st.parent else []), section]
            obj = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": i + 1, "name": n, "item": "https://%s/%d" % (g.get("site"), i)}
                for i, n in enumerate(names)]}
            tree.head.append(_frag(_ld(obj)))
        elif st.sec == "ld_section":
            _add_ld(page, "articleSection", [section, rng.choice(OTHER_SECTIONS)] if st.ld_list else section)
        elif st.sec == "category":
            el = _frag('<span class="%s">%s<a href="/category/%d" rel="category tag">%s</a></span>'
                       % (st.cls, "" if st.label_split else "در ", len(section), _esc(section)))
            (under if st.sec_place == "under" else end).append(el)
            new.append(_text_of(el))
        elif st.sec == "label":
            if st.label_split:
                el = _frag('<div class="%s"><span>%s</span> <a href="/s/%d">%s</a></div>'
                           % (st.cls, st.sec_label, len(section), _esc(section)))
            else:
                el = _frag('<span class="%s">%s %s</span>' % (st.cls, st.sec_label, _esc(section)))
            (under if st.sec_place == "under" else end).append(el)
            new.append(_text_of(el))
        elif st.sec == "kicker":
            inner = '<a href="/s/%d">%s</a>' % (len(section), _esc(section)) if st.kicker_link else _esc(section)
            page.h1.addprevious(_frag('<div class="%s">%s</div>' % (st.cls, inner)))
        else:  # meta only
            tree.head.append(_frag('<meta property="article:section" content="%s">' % _esc(section)))
    if iso:
        local = _instant(tree, iso, rng)
        _strip_date(page, iso)
        stats["html_date_moved"] += 1
        g_day = local.date()
        hm = local.strftime("%H:%M")
        later = local + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 12))
        if st.date == "meta":
            attr, key = st.meta_key
            tree.head.append(_frag('<meta %s="%s" content="%s">' % (attr, key, _machine(local, st))))
            if st.modified:
                tree.head.append(_frag('<meta property="article:modified_time" content="%s">'
                                       % _machine(later, st)))
        elif st.date == "ld":
            _add_ld(page, "datePublished", _machine(local, st))
            if st.modified:
                _add_ld(page, "dateModified", _machine(later, st))
        else:
            shown = render_date(g_day, st.text, hm)
            if st.date == "time":
                inner = _esc(shown) if st.time_text else ""
                el = _frag('<time datetime="%s">%s</time>' % (_machine(local, st), inner))
                if not st.time_text:  # a <time> says nothing on screen: its row does
                    el = _frag('<span class="%s"><time datetime="%s"></time>%s</span>'
                               % (st.cls, _machine(local, st), _esc(shown)))
            else:
                el = _frag('<span class="%s">%s</span>' % (st.cls, _esc(shown)))
            new.append(_text_of(el))
            if st.date_place == "end":
                end.insert(0, el)
            elif st.date_place == "above":
                page.h1.addprevious(el)
            else:
                under.append(el)
            if st.modified:
                up = _frag('<span class="%s">آخرین به‌روزرسانی: %s</span>'
                           % (st.cls, _esc(render_date(later.date(), st.text, later.strftime("%H:%M"), label=False))))
                el.addnext(up) if el.getparent() is not None else (end if st.date_place == "end" else under).append(up)
                new.append(_text_of(up))
        if st.today:
            today = g_day + timedelta(days=rng.randint(2, 900))
            el = _frag('<div class="%s">%s</div>' % (st.cls, _esc(render_date(today, _today_style(st.text), None,
                                                                                label=False))))
            header = tree.xpath("//body//header")
            (header[0] if header else page.body).insert(0, el)
            new.append(_text_of(el))
        if st.related:
            items = []
            for h in rng.sample(RELATED, 3):
                when = render_date(g_day - timedelta(days=rng.randint(1, 60)), st.text, None, label=False)
                items.append('<li><a href="/n/%d">%s</a> <span>%s</span></li>' % (rng.randint(100, 9999), h, when))
                new += [h, when]
            end.append(_frag('<div data-box="1" class="%s"><h3>مطالب مرتبط</h3><ul>%s</ul></div>'
                             % (st.cls, "".join(items))))
            new.append("مطالب مرتبط")
        if st.comments:
            com = []
            for _ in range(2):
                when = render_date(g_day + timedelta(days=rng.randint(1, 30)), st.text,
                                   "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), label=False)
                who, said = rng.choice(PEOPLE), rng.choice(COMMENTS)
                com.append('<div class="%s"><span>%s</span> <span>%s</span><p>%s</p></div>' % (st.cls, who, when, said))
                new += [who, when, said]
            end.append(_frag('<div data-box="1" class="%s"><h3>نظرات کاربران</h3>%s</div>' % (st.cls, "".join(com))))
            new.append("نظرات کاربران")
    if st.site_ld:
        obj = {"@context": "https://schema.org", "@type": rng.choice(["WebSite", "Organization"]), "name": site,
               "url": "https://%s/" % g.get("site")}
        tree.head.append(_frag(_ld(obj)))
    if under:
        row = _frag('<div class="%s"></div>' % st.cls)
        author = _frag("<span>%s</span>" % rng.choice(PEOPLE))
        new.append(_text_of(author))
        for el in [author, *under]:
            row.append(el)
            el.tail = " "
        page.h1.addnext(row)
    last = page.story[-1]
    boxes = [el for el in end if el.get("data-box")]  # related items and comments: after the article
    for el in reversed([el for el in end if el not in boxes]):
        last.addnext(el)
    article = next((a for a in last.iterancestors("article")), None)
    after = article if article is not None else last.getparent() if last.getparent() is not page.body else last
    for el in reversed(boxes):
        del el.attrib["data-box"]
        after.addnext(el)
    g["chrome_lines"] = list(g.get("chrome_lines") or []) + [x for x in new if x and x != section]
    doctype = tree.getroottree().docinfo.doctype
    return lxml.html.tostring(tree, encoding="unicode", doctype=doctype or "<!DOCTYPE html>")


#: the address a crawler writes as a flat page's first line (:func:`palayesh.extract.head_url`)
_CRAWLED_URL = re.compile(r"https?://\S+")


def _today_style(st: Style) -> Style:
    t = Style.__new__(Style)
    t.__dict__.update(st.__dict__)
    t.weekday, t.cal, t.yy = True, ("jname" if st.cal.startswith("j") else st.cal), False
    return t


def _move(path: Path, g: dict, styles: dict, seed: int, stats: collections.Counter) -> None:
    """One article page rewritten in place in its site's style (a text or an HTML one)."""
    html = g["format"] == "html"
    prefix, count = ("transplant-html", "html_") if html else ("transplant", "")
    site = g.get("site") or g.get("family") or ""
    if (html, site) not in styles:
        styles[html, site] = (HtmlStyle if html else Style)(random.Random("%s-%d-%s" % (prefix, seed, site)))
    st = styles[html, site]
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:  # a page in another encoding: left as it is
        stats[count + "not_utf8"] += 1
        return
    rng = random.Random("%s-%d-%s" % (prefix, seed, g["id"]))
    out = transplant_html(text, g, st, rng, stats) if html else transplant_page(text, g, st, rng, stats)
    stats[count + "pages"] += 1
    if out != text:
        path.write_text(out, encoding="utf-8")
        stats[count + "changed"] += 1


def transplant(pages: Path, gold: Path, seed: int = 0) -> collections.Counter:
    """Rewrite the article pages under ``pages`` and their gold rows in ``gold`` in place."""
    rows = [json.loads(x) for x in Path(gold).read_text(encoding="utf-8").splitlines() if x.strip()]
    styles: dict = {}
    stats: collections.Counter = collections.Counter()
    for g in rows:
        if g.get("kind") == "article" and g.get("format") in ("txt", "html"):
            _move(Path(pages) / g["file"], g, styles, seed, stats)
    Path(gold).write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in rows), encoding="utf-8")
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    print(json.dumps(transplant(a.pages, a.gold, a.seed), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
