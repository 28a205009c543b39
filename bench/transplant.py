#!/usr/bin/env python3
"""Transplant: the same stories with their section and publication date shown another way.

    python bench/transplant.py PAGES_DIR GOLD.jsonl [--seed 0]      # rewrites both in place

A yardstick for the section and the publication date *in the context of a whole page*: the open
family sets teach the extractor their own few layouts, so their scores say little about a site that
shows its section as a breadcrumb under the headline, or its date as «۱۲:۳۰ - ۹۸/۰۷/۰۶» at the end
of the story beside a «آخرین به‌روزرسانی». For each text article page of a generated set (HTML pages
are left as they are) this finds the line(s) that render the gold section and the single line that
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
def transplant_page(text: str, g: dict, st: Style, rng: random.Random, stats: collections.Counter) -> str:
    """The page with its section and date lines replaced by ``st``'s presentation; ``g`` updated."""
    lines = text.split("\n")
    title = g.get("title") or ""
    story = [canon(p) for p in g.get("body_paragraphs") or []]
    fixed = {canon(title), canon(g.get("lead")), *story} - {""}
    skip = {i for i, x in enumerate(lines) if canon(x) in fixed}
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
            put[-1].append(line)
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
    res = list(put.get(-1, []))
    for i, x in enumerate(lines):
        if i not in remove:
            res.append(x)
        res += put.get(i, [])
    gone = {lines[i] for i in remove}
    g["chrome_lines"] = [c for c in chrome if c not in gone] + [x for x in new if x != g.get("section")]
    g["body_paragraphs"] = paras
    return "\n".join(res)


def _today_style(st: Style) -> Style:
    t = Style.__new__(Style)
    t.__dict__.update(st.__dict__)
    t.weekday, t.cal, t.yy = True, ("jname" if st.cal.startswith("j") else st.cal), False
    return t


def transplant(pages: Path, gold: Path, seed: int = 0) -> collections.Counter:
    """Rewrite the text article pages under ``pages`` and their gold rows in ``gold`` in place."""
    rows = [json.loads(x) for x in Path(gold).read_text(encoding="utf-8").splitlines() if x.strip()]
    styles: dict[str, Style] = {}
    stats: collections.Counter = collections.Counter()
    for g in rows:
        if g.get("kind") != "article" or g.get("format") != "txt":
            continue
        site = g.get("site") or g.get("family") or ""
        st = styles.setdefault(site, Style(random.Random("transplant-%d-%s" % (seed, site))))
        path = Path(pages) / g["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # a page in another encoding: left as it is
            stats["not_utf8"] += 1
            continue
        out = transplant_page(text, g, st, random.Random("transplant-%d-%s" % (seed, g["id"])), stats)
        stats["pages"] += 1
        if out != text:
            path.write_text(out, encoding="utf-8")
            stats["changed"] += 1
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
