"""Family set AV: six families, written blind to the extractor, each a kind of page no earlier set has had: the news
as read-aloud pages, news e-books, web-archive captures, broadcast scripts, note apps' exports and edit trackers
deliver it.

    build(out_dir, n, seed=409, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_av_tables`; the build loop is :func:`family_frames.build_set`;
the date and box helpers are AQ's and AT's. One kind a family, three hosts a family that differ in the kind's
variants (:data:`site_families_av_tables.VARIANT`):

1. ``street_trees``  read-aloud news pages: every sentence of the story a ``<span class="tts-sentence">`` with its
   start time, every word a ``<span>`` (a karaoke highlighter), or an audio page whose story is the collapsed
   transcript under the player; the player's «۰۰:۰۰ / ۰۳:۲۴», speeds, voice and «تاریخ تولید صدا» (a later day);
2. ``rail_freight``  news e-books: calibre's news download (English navbar «| Next | Section menu | Main menu |
   Previous |» over and under the article, the feed's date «Sat, 05 Dec 2026 10:23:00 +0330», the book's own day in
   its header, «This article was downloaded by calibre from …»), an EPUB chapter's XHTML (``epub:type``, page-break
   markers between paragraphs, «فصل ۷», footnotes) and ``ebook-convert`` text (Latin-digit date, «* * *»);
3. ``hamun_lake``  web-archive captures of a Sistan news site: the Wayback Machine's toolbar (captures, the capture
   calendar, the capture time in the URL), Arquivo.pt's Portuguese bar and a national archive's Persian banner
   «این صفحه در … بایگانی شده است»; the capture's day is no story date, the captured page's date line is;
4. ``night_bakeries``  broadcast scripts: a TV newsroom's print (slug, reporter, duration, «تاریخ پخش», two columns
   of cues and narration, «تاریخ چاپ» a later day), a radio script as text (cues «[VO]», «[SOT: …]» between the
   paragraphs) and a teleprompter page (speed controls, cues, the air time);
5. ``seed_banks``  clipped stories in note apps' exports: Evernote's HTML (``meta name="created"`` a later day,
   the note's fields, the clipped page inside), Google Keep (the note's time over the title, ``<br>`` paragraphs,
   labels) and OneNote (absolutely placed blocks, the note's own day and clock under its title, «پیوند: …»);
6. ``elevator_safety``  edited stories: an edit tracker (versions with their times, the current text, the changes
   in ``<del>`` / ``<ins>``), a story with «به‌روزرسانی» and its earlier version folded in ``<details>``, and a story
   with a dated «اصلاحیه» box.

Gold as AU's: the title the story's headline (not a note's or a book's), the section the story's own category (a
trail's last step, a label's value, a feed's title, the menu item the markup marks current; none where the page shows
none), a kicker the gold ``surtitle`` (chrome), the lead a standfirst shown apart, the agency the story's credit or a
«منبع: …» the page adds; ``published_iso`` the story's day as the page shows it, ``published_time`` the instant with
its offset when the page shows its time or holds it in markup, else the day. Voice-generation days, books' days,
capture times, print days, notes' times, edit and correction times are no story date. Word and sentence spans,
page-break markers and cues are the page's shape, not the story's (gold paragraphs are whole; cues are chrome).
About 7% negatives (a listing, a removed page, an empty page), ~10% of the stories republished on a host of another
family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re
import textwrap

from family_frames import DOMESTIC, build_set, source_credit
from family_pages import canon, pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_ao import Flat
from site_families_aq import _ago, _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _body, _footer, _lead, _menu, _none, _site_head, _title
from site_families_av_tables import (
    ARQUIVO,
    BULLETINS,
    CUES,
    FAMILIES,
    HOSTS,
    KICKERS,
    KIND,
    LABELS,
    MENUS,
    PARENTS,
    SECTIONS,
    SOTS,
    SPEEDS,
    TAGS,
    VARIANT,
    VOICES,
    WAYBACK,
)
from site_families_h import FIRST, LAST, TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"ebooktxt", "prompter", "keep", "gopher"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"ebooktxt", "inews", "wxr", "blogger", "newsml", "gemtext", "gopher"}
#: the variants whose pages are XML exports
XML = {"wxr", "blogger", "newsml"}
#: the variants whose section only the markup marks (the menu's current item): none on a text copy
MARKUP_SECTION = {"audiofirst", "natlib", "corrected"}
#: the agency habit of a kind that has one
AGENCY = {"ebook": "keep", "script": "none", "notes": "keep", "wxr": "credit", "blogger": "keep",
          "newsml": "source"}
#: the share of a host's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"listen": 0.85, "ebook": 0.9, "archive": 0.85, "script": 0.8, "notes": 0.85, "versions": 0.8,
          "xml": 0.0, "smallweb": 0.9}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"sentences": 0.5, "words": 0.4, "audiofirst": 0.3, "calibre": 0.5, "epub": 0.4, "ebooktxt": 0.3,
          "wayback": 0.5, "arquivo": 0.4, "natlib": 0.5, "enps": 0.3, "evernote": 0.5, "onenote": 0.4,
          "diffsite": 0.3, "revised": 0.5, "corrected": 0.5, "wxr": 0.3, "blogger": 0.2, "newsml": 0.6,
          "gemtext": 0.4, "kineto": 0.4}
#: how often a variant's headline carries a kicker
KICK_P = {"sentences": 0.4, "words": 0.3, "calibre": 0.3, "epub": 0.3, "wayback": 0.4, "arquivo": 0.4,
          "natlib": 0.3, "revised": 0.4, "corrected": 0.4, "diffsite": 0.2}
#: the outlets an edit tracker watches (no agency)
OUTLETS = ["روزنامه شهر امروز", "پایگاه خبری ساختمان", "وب‌سایت خبری پایتخت", "روزنامه صبح ایمنی"]
e = html.escape
UTC = dt.timezone.utc
SENT = re.compile(r"(?<=[.!؟?])\s+")


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-av-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P[kind],
         "agency": AGENCY.get(variant) or AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0),
         "kick_p": KICK_P.get(variant, 0.0), "author": f"{pick(r, FIRST)} {pick(r, LAST)}",
         "code0": r.randint(10000, 90000), "user": f"{pick(r, FIRST)} {pick(r, LAST)}",
         "wrap": pick(r, [62, 67, 70]),
         "orig": f"www.{pick(r, ['hamun', 'sistan', 'nimruz'])}-{pick(r, ['news', 'khabar', 'online'])}.ir"}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _kicker(doc: Doc, h: Host, r: random.Random, g: dict, cls: str = "kicker") -> None:
    if r.random() >= h.s["kick_p"] or not KICKERS[h.s["kind"]]:
        return
    k = pick(r, KICKERS[h.s["kind"]])
    g["surtitle"] = k
    doc.chrome(f'<div class="{cls}">{e(k)}</div>\n', k)


def _credit(doc: Doc, g: dict, h: Host) -> None:
    if g["agency"] and h.s["agency"] == "credit":
        c = source_credit(g["agency"])
        doc.chrome(f'<p class="source">{e(c)}</p>\n', c)


def _trail(doc: Doc, steps: list[str], sep: str = "›") -> None:
    doc.chrome('<nav class="breadcrumb">' + f" {sep} ".join(f"<a>{e(x)}</a>" for x in steps) + "</nav>\n",
               f" {sep} ".join(steps))


def _line(doc: Doc, text: str, cls: str) -> None:
    doc.chrome(f'<div class="{cls}">{e(text)}</div>\n', text)


def _dateline(g: dict, loc: dt.datetime, style: int) -> str:
    """The story's date line in one of the host's styles; sets the gold's shown day."""
    lines = [f"{_jday(loc)} - {_clock(loc)}", f"انتشار: {_jnum(loc)} ساعت {_clock(loc)}",
             f"{_wd(loc)} {_jday(loc)}", f"تاریخ انتشار: {_jnum(loc, 'en')} - {_clock(loc, 'en')}"]
    text = lines[style % len(lines)]
    _shown(g, text, loc, style % 4 != 2)
    return text


def _today(crawl: dt.datetime) -> str:
    """A header's today (the crawl's day, no story date): «امروز: شنبه ۱۴ آذر ۱۴۰۵»."""
    now = crawl.astimezone(TEHRAN)
    return f"امروز: {_wd(now)} {_jday(now)}"


def _mmss(secs: int) -> str:
    return dg(f"{secs // 60:02d}:{secs % 60:02d}", "fa")


def _secs(g: dict) -> int:
    return 20 + sum(len(p.split()) for p in g["body_paragraphs"]) * 2 // 5


# ---------------------------------------------------------------------------------------------- 1. read aloud


def _player(doc: Doc, r: random.Random, g: dict, loc: dt.datetime, made: bool) -> None:
    dur = f"{_mmss(0)} / {_mmss(_secs(g))}"
    parts = ["این خبر را بشنوید", dur, "سرعت پخش:", *SPEEDS, pick(r, VOICES)]
    if made:
        made_at = _after(loc, r, (30, 3000))
        parts.append(f"تاریخ تولید صدا: {_jnum(made_at)}")
    doc.chrome('<div class="tts-player"><button class="play" aria-label="پخش"></button>' + "".join(
        f"<div>{e(x)}</div>" for x in parts) + "<audio preload=\"none\" src=\"/tts/"
        f'{stable(g["title"]) % 10**8}.mp3"></audio></div>\n', *parts)


def _spans(p: str, t0: float, words: bool) -> tuple[str, float]:
    """A paragraph as a read-aloud script wraps it: each sentence (or word) a span with its start time."""
    out = []
    for s in SENT.split(p):
        if words:
            ws = []
            for w in s.split(" "):
                ws.append(f'<span class="w" data-t="{t0:.2f}">{e(w)}</span>')
                t0 += 0.38
            out.append(" ".join(ws))
        else:
            out.append(f'<span class="tts-sentence" data-start="{t0:.1f}">{e(s)}</span>')
            t0 += 0.4 * len(s.split())
    return " ".join(out), t0


def _listen(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
            key: str) -> None:
    v = h.s["variant"]
    _site_head(doc, h, _today(crawl))
    _menu(doc, h.menu, g["section"] if v == "audiofirst" else None)
    if v == "sentences" and g["section"]:
        _trail(doc, ["خانه", PARENTS[h.family], g["section"]])
    doc.add('<article class="news">\n')
    _kicker(doc, h, r, g)
    _title(doc, g, "h1", "news-title")
    if v == "words" and g["section"]:
        _line(doc, f"سرویس: {g['section']}", "service")
    if v == "audiofirst":
        iso = loc.isoformat()
        ago = _ago(loc, crawl.astimezone(TEHRAN))
        doc.chrome(f'<div class="meta"><time datetime="{iso}">{e(ago)}</time></div>\n', ago)
        _shown(g, ago, loc, True, markup=True, only=True)
    else:
        _line(doc, _dateline(g, loc, stable(h.domain) % 4), "date")
    _player(doc, r, g, loc, v != "words")
    _lead(doc, g, "lead")
    if v == "audiofirst":
        doc.chrome('<h2 class="transcript-head">متن کامل خبر</h2>\n', "متن کامل خبر")
        doc.add('<div class="transcript collapsed">\n')
        _body(doc, g["body_paragraphs"])
        doc.add("</div>\n")
        doc.chrome('<button class="expand">نمایش متن کامل</button>\n', "نمایش متن کامل")
    else:
        t0 = 0.0
        for p in g["body_paragraphs"]:
            inner, t0 = _spans(p, t0, v == "words")
            doc.add(f'<p class="tts-p">{inner}</p>\n', [("body", p)])
    _credit(doc, g, h)
    doc.add("</article>\n")
    _items(doc, "خبرهای صوتی دیگر", others[:5], "more-audio", "h3", lambda i: _mmss(60 + 37 * i))
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 2. e-books


def _rfc(t: dt.datetime) -> str:
    """A feed's date as calibre shows it: «Sat, 05 Dec 2026 10:23:00 +0330»."""
    off = t.utcoffset() or dt.timedelta(0)
    mins = int(off.total_seconds()) // 60
    return (f"{t:%a}, {t.day:02d} {SHORT_EMONTHS[t.month - 1]} {t.year} {t:%H:%M:%S} "
            f"+{mins // 60:02d}{mins % 60:02d}")


def _calibre(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
             url: str) -> None:
    book = _after(loc, r, (24, 200))
    day = f"[{book:%a}, {book.day:02d} {SHORT_EMONTHS[book.month - 1]} {book.year}]"
    nav, back = "| Next | Section menu | Main menu | Previous |", "| Previous | Section menu | Main menu |"
    doc.chrome(f'<div class="calibre_book"><span class="calibre_book_title">{e(h.name)}</span><br>{day}</div>\n',
               h.name, day)
    doc.chrome(f'<div class="calibre_navbar">{e(nav)}</div>\n', nav)
    if g["section"]:
        _line(doc, g["section"], "calibre_feed_title")
    _kicker(doc, h, r, g, "calibre_rutitr")
    _title(doc, g, "h2", "calibre_recipe_title")
    stamp = _rfc(loc)
    _line(doc, stamp, "article_date")
    _shown(g, stamp, loc, True)
    _lead(doc, g, "calibre_feed_description")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.chrome(f'<div class="calibre_navbar">{e(back)}</div>\n', back)
    note = f"This article was downloaded by calibre from {url}"
    doc.chrome(f'<p class="calibre_downloaded">{e(note)}</p>\n', note)


def _epub(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    chap = dg(f"فصل {int(key) % 30 + 1}", "fa")
    running = f"{h.name} — {h.tagline}"
    doc.chrome(f'<p class="running-head">{e(running)}</p>\n', running)
    doc.chrome(f'<section epub:type="chapter" role="doc-chapter"><p class="chapter-no">{chap}</p>\n', chap)
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h1", "chapter-title")
    meta = _dateline(g, loc, 1)
    if g["section"]:
        meta = f"{g['section']} | {meta}"
    _line(doc, meta, "chapter-meta")
    _lead(doc, g, "abstract")
    page = 40 + int(key) % 200
    for i, p in enumerate(g["body_paragraphs"]):
        if i and i % 3 == 0:
            page += 1
            doc.add(f'<span epub:type="pagebreak" role="doc-pagebreak" id="page{page}" title="{page}"></span>\n')
        doc.add(f'<p class="indent">{e(p)}</p>\n', [("body", p)])
    _credit(doc, g, h)
    note = f"۱. این گزارش نخستین بار در {h.name} منتشر شد."
    doc.chrome(f'<aside epub:type="footnote" id="fn1"><p>{e(note)}</p></aside>\n', note)
    nav = "← فصل قبل | فهرست | فصل بعد →"
    doc.chrome(f'<nav class="chapter-nav">{e(nav)}</nav></section>\n', nav)


def _ebooktxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    f.add(f"{h.name} - {h.tagline}")
    f.add(f"{h.s['user']}")
    f.blank()
    f.add("* * *")
    f.blank()
    f.add(g["title"], "title")
    f.blank()
    f.add(_dateline(g, loc, 3))
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead")
        f.blank()
    for p in g["body_paragraphs"]:
        f.add(p, "body")
        f.blank()
    if g["agency"] and h.s["agency"] == "credit":
        f.add(source_credit(g["agency"]))
        f.blank()
    f.add("* * *")
    f.add("ادامه در فصل بعد")
    return f


# ---------------------------------------------------------------------------------------------- 3. web archives


def _captured(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], style: str) -> None:
    """The captured news page: its head, its section (a trail, a label or the menu's current item), the story."""
    doc.chrome(f'<header class="site-header"><a class="logo">{e(h.s["orig"])}</a> <span>{e(h.tagline)}</span>'
               "</header>\n", h.s["orig"], h.tagline)
    _menu(doc, h.menu, g["section"] if style == "menu" else None)
    if style == "trail" and g["section"]:
        _trail(doc, ["صفحه اصلی", PARENTS[h.family], g["section"]], "»")
    doc.add('<div class="news-body">\n')
    _kicker(doc, h, r, g)
    _title(doc, g, "h1", "title")
    if style == "label" and g["section"]:
        _line(doc, f"گروه خبری: {g['section']}", "group")
    _line(doc, _dateline(g, loc, stable(h.domain) % 4), "date")
    _lead(doc, g)
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div>\n")
    _items(doc, "اخبار مرتبط", others[:4], "related", "h3")


def _archive(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
             url: str) -> None:
    v = h.s["variant"]
    cap = _after(loc, r, (20, 6000))
    u = cap.astimezone(UTC)
    orig = f"http://{h.s['orig']}/fa/news/{stable(url) % 10**6}"
    if v == "wayback":
        n = r.randint(2, 180)
        first = cap - dt.timedelta(days=r.randint(0, 90))
        span = f"{first.day:02d} {SHORT_EMONTHS[first.month - 1]} {first.year} - {u.day:02d} " \
               f"{SHORT_EMONTHS[u.month - 1]} {u.year}"
        cal = [SHORT_EMONTHS[(u.month - 2) % 12].upper(), SHORT_EMONTHS[u.month - 1].upper(),
               SHORT_EMONTHS[u.month % 12].upper(), f"{u.day:02d}", str(u.year - 1), str(u.year), str(u.year + 1)]
        lines = [orig, WAYBACK[0], f"{n} captures", span, *cal, *WAYBACK[1:]]
        doc.chrome("<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id=\"wm-ipp\">" + "".join(
            f"<div>{e(x)}</div>" for x in lines) + "</div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n", *lines)
        _captured(doc, h, r, g, loc, others, "trail")
    elif v == "arquivo":
        when = f"{u.day} {['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'][u.month - 1]} {u.year} {u:%H:%M}"  # noqa: E501
        lines = ["Arquivo.pt", *ARQUIVO, when, orig]
        doc.chrome('<div id="replay-bar">' + "".join(f"<span>{e(x)}</span>" for x in lines) + "</div>\n", *lines)
        _captured(doc, h, r, g, loc, others, "label")
    else:
        k = r.randint(2, 40)
        banner = [f"این صفحه در تاریخ {_jnum(cap)} ساعت {_clock(cap)} بایگانی شده است.", "آرشیو وب ملی",
                  dg(f"نسخه‌های دیگر این صفحه ({k})", "fa"), "مشاهده صفحه زنده", orig]
        doc.chrome('<div class="archive-banner">' + "".join(f"<p>{e(x)}</p>" for x in banner) + "</div>\n",
                   *banner)
        _captured(doc, h, r, g, loc, others, "menu")
    foot = f"© {h.s['orig']}"
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)


# ---------------------------------------------------------------------------------------------- 4. scripts


def _script_paras(r: random.Random, g: dict) -> list[tuple[str, str]]:
    """The narration's paragraphs with the cues before some of them: (cue or "", paragraph)."""
    out = []
    for i, p in enumerate(g["body_paragraphs"]):
        cue = ""
        if i == 0:
            cue = "[گوینده]"
        elif r.random() < 0.45:
            cue = pick(r, CUES) if r.random() < 0.6 else f"[SOT: {pick(r, SOTS)}]"
        out.append((cue, p))
    return out


def _enps(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> None:
    slug = f"NANVAYI-{int(key) % 900 + 100}"
    fields = [("اسلاگ:", slug), ("گزارشگر:", _who(r)), ("تدوین:", _who(r)), ("مدت:", _mmss(_secs(g))),
              ("بخش خبری:", pick(r, BULLETINS)), ("سرویس:", g["section"] or ""),
              ("تاریخ پخش:", f"{_jnum(loc)} {_clock(loc)}")]
    _shown(g, fields[-1][1], loc, True)
    doc.chrome('<table class="script-head">' + "".join(f"<tr><td>{a}</td><td>{e(b)}</td></tr>" for a, b in fields)
               + "</table>\n", *[x for row in fields for x in row if x])
    _title(doc, g, "h1", "script-title")
    _lead(doc, g, "anchor-intro")
    doc.add('<table class="script"><tr class="head"><td>تصویر</td><td>صدا</td></tr>\n', [("c", "تصویر"), ("c", "صدا")])
    for cue, p in _script_paras(r, g):
        doc.add(f'<tr><td class="video">{e(cue)}</td><td class="audio"><p>{e(p)}</p></td></tr>\n',
                [("c", cue), ("body", p)])
    doc.add("</table>\n")
    printed = _after(loc, r, (30, 900))
    foot = [f"چاپ: {h.s['user']}", f"تاریخ چاپ: {_jnum(printed)} {_clock(printed)}"]
    doc.chrome('<div class="print-foot">' + "".join(f"<span>{e(x)}</span> " for x in foot) + "</div>\n", *foot)


def _inews(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    f = Flat()
    f.add(h.name)
    f.add(f"STORY: RAD-{int(key) % 9000 + 1000}")
    if g["section"]:
        f.add(f"گروه: {g['section']}")
    f.add(f"برنامه: {pick(r, BULLETINS)}")
    air = f"پخش: {_jnum(loc, 'en')} {_clock(loc, 'en')}"
    f.add(air)
    _shown(g, air, loc, True)
    f.add(f"نویسنده: {_who(r)}")
    f.add("-" * 40)
    f.add(g["title"], "title")
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead")
    for cue, p in _script_paras(r, g):
        if cue:
            f.add(cue)
        f.add(p, "body")
    f.add("[پایان]")
    f.add(dg(f"زمان خواندن: {_mmss(_secs(g))}", "fa"))
    return f


def _prompter(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime) -> None:
    bar = ["شروع", "توقف", "سرعت", "اندازه قلم", "آینه", "تمام‌صفحه"]
    doc.chrome('<div class="prompter-bar">' + "".join(f"<button>{x}</button>" for x in bar) + "</div>\n", *bar)
    air = f"پخش: {_wd(loc)} {_jday(loc)} - ساعت {_clock(loc)}"
    _line(doc, air, "air")
    _shown(g, air, loc, True)
    _line(doc, pick(r, BULLETINS), "bulletin")
    doc.add('<div class="prompter">\n')
    _title(doc, g, "div", "slug-title")
    for cue, p in _script_paras(r, g):
        if cue:
            doc.chrome(f'<div class="cue">{e(cue)}</div>\n', cue)
        doc.add(f'<div class="line">{e(p)}</div>\n', [("body", p)])
    doc.chrome('<div class="end">--- پایان متن ---</div></div>\n', "--- پایان متن ---")


# ---------------------------------------------------------------------------------------------- 5. notes


def _clip_story(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, dated: bool, tag: str = "div",
                label: str = "بخش:") -> None:
    """The clipped story inside a note: its section label, headline, date line (when clipped), lead and paragraphs."""
    if g["section"]:
        doc.chrome(f"<{tag}>{e(label)} {e(g['section'])}</{tag}>\n", f"{label} {g['section']}")
    doc.add(f"<{tag}><b>{e(g['title'])}</b></{tag}>\n", [("title", g["title"])])
    if dated:
        d = _dateline(g, loc, stable(h.domain, "d") % 4)
        doc.chrome(f"<{tag}>{e(d)}</{tag}>\n", d)
    if g["lead"]:
        doc.add(f"<{tag}><i>{e(g['lead'])}</i></{tag}>\n", [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"<{tag}>{e(p)}</{tag}>\n", [("body", p)])
    if g["agency"] and h.s["agency"] == "credit":
        c = source_credit(g["agency"])
        doc.chrome(f"<{tag}>{e(c)}</{tag}>\n", c)


def _notes(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
           url: str) -> None:
    v = h.s["variant"]
    made = _after(loc, r, (2, 4000))
    u = made.astimezone(UTC)
    www, site = pick(r, ["www.", ""]), pick(r, ["kesht", "bazr", "keshavarzi"])
    src = f"https://{www}{site}-news.ir/news/{stable(url) % 10**6}"
    dated = r.random() < 0.75
    if v == "evernote":
        g["_created"] = f"{u:%Y-%m-%d %H:%M:%S} +0000"
        doc.chrome(f'<h1 class="notetitle">{e(g["title"])} | {e(h.name)}</h1>\n', f"{g['title']} | {h.name}")
        fields = [("ایجاد:", f"{u:%Y-%m-%d %H:%M}"), ("منبع:", src), ("برچسب‌ها:", "، ".join(r.sample(LABELS, 2))),
                  ("دفترچه:", h.tagline)]
        doc.chrome('<table class="note-attrs">' + "".join(f"<tr><td>{a}</td><td>{e(b)}</td></tr>" for a, b in fields)
                   + "</table>\n", *[x for row in fields for x in row])
        doc.add("<en-note>\n")
        _clip_story(doc, h, r, g, loc, dated)
        doc.add("</en-note>\n")
        if not dated:
            _none(g)
    elif v == "keep":
        ampm = "AM" if u.hour < 12 else "PM"
        head = f"{SHORT_EMONTHS[u.month - 1]} {u.day}, {u.year}, {u.hour % 12 or 12}:{u:%M:%S} {ampm}"
        _site_head(doc, h)
        doc.chrome(f'<div class="note"><div class="heading">{e(head)}</div>\n', head)
        doc.add(f'<div class="title">{e(g["title"])}</div>\n', [("title", g["title"])])
        parts = []
        if dated:
            parts.append(_dateline(g, loc, stable(h.domain, "k") % 4))
        else:
            _none(g)
        parts += ([g["lead"]] if g["lead"] else []) + g["body_paragraphs"] + [src]
        roles = ([("c", parts[0])] if dated else []) + ([("lead", g["lead"])] if g["lead"] else []) + \
            [("body", p) for p in g["body_paragraphs"]] + [("c", src)]
        doc.add('<div class="content">' + "<br><br>".join(e(x) for x in parts) + "</div>\n", roles)
        own = LABELS[stable(h.domain) % len(LABELS)]
        labels = [own, pick(r, [x for x in LABELS if x != own])]
        shared = f"اشتراک‌گذاری‌شده با: {h.s['user']}"
        doc.chrome(f'<div class="sharees">{e(shared)}</div>\n', shared)
        doc.chrome('<div class="chips">' + "".join(f'<span class="label"><span class="label-name">{e(x)}</span>'
                                                   "</span>" for x in labels) + "</div></div>\n", *labels)
    else:
        stamp = f"{_jday(made)}   {_clock(made)}"
        doc.chrome('<div style="position:absolute;left:48px;top:32px;width:624px">'
                   f'<p style="font-size:20pt;font-family:Tahoma">{e(h.s["user"])} - {e(h.tagline)}</p>'
                   f'<p style="font-size:10pt;color:#767676">{e(stamp)}</p></div>\n',
                   f"{h.s['user']} - {h.tagline}", stamp)
        doc.add('<div style="position:absolute;left:48px;top:115px;width:624px">\n')
        _clip_story(doc, h, r, g, loc, dated, "p", "گروه:")
        if not dated:
            _none(g)
        link = f"پیوند: <{src}>"
        made_with = "Created with Microsoft OneNote 2016."
        doc.chrome(f'<p style="margin:0in;font-size:9pt">{e(link)}</p></div>\n<div style="position:absolute;'
                   f'left:48px;top:8px"><p>{e(h.name)}</p></div>\n<p style="font-size:8pt">{made_with}</p>\n',
                   link, h.name, made_with)


# ---------------------------------------------------------------------------------------------- 6. versions


def _older(p: str) -> str:
    """An earlier version of a paragraph: its first words and a figure later corrected."""
    words = p.split()
    return " ".join(words[: max(4, len(words) // 2)]) + " …"


def _versions(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
              key: str) -> None:
    v = h.s["variant"]
    paras = g["body_paragraphs"]
    _site_head(doc, h, _today(crawl) if v != "diffsite" else None)
    if v == "diffsite":
        k = r.randint(2, 5)
        times = sorted(_after(loc, r, (1, 72)) for _ in range(k))
        intro = dg(f"این خبر {k} بار تغییر کرده است", "fa")
        rows = [dg(f"نسخه {i + 1}: {_jnum(t)} - {_clock(t)}", "fa") for i, t in enumerate(times)]
        doc.chrome(f'<div class="versions"><h2>{e(intro)}</h2><ul>' + "".join(f"<li>{e(x)}</li>" for x in rows)
                   + "</ul></div>\n", intro, *rows)
        origin = f"رسانه: {pick(r, OUTLETS)}"
        _line(doc, origin, "origin")
        doc.chrome('<h2 class="current">نسخه فعلی</h2>\n', "نسخه فعلی")
        if g["section"]:
            _line(doc, f"بخش: {g['section']}", "sec")
        _kicker(doc, h, r, g)
        _title(doc, g, "h1")
        _line(doc, _dateline(g, loc, 0), "date")
        _lead(doc, g)
        _body(doc, paras)
        _credit(doc, g, h)
        i = r.randrange(len(paras))
        old, new = _older(paras[i]), " ".join(paras[i].split()[-3:])
        doc.chrome(f'<div class="diff"><h3>تغییرات نسبت به نسخه قبل</h3><p><del>{e(old)}</del></p>'
                   f"<p><ins>{e(new)}</ins></p></div>\n", "تغییرات نسبت به نسخه قبل", old, new)
    else:
        _menu(doc, h.menu, g["section"] if v == "corrected" else None)
        if v == "revised" and g["section"]:
            _trail(doc, ["صفحه نخست", PARENTS[h.family], g["section"]])
        _kicker(doc, h, r, g)
        _title(doc, g, "h1")
        pubs = f"انتشار: {_jnum(loc)} - {_clock(loc)}"
        upd = _after(loc, r, (1, 60))
        line = [pubs]
        if v == "revised":
            line.append(f"به‌روزرسانی: {_jnum(upd)} - {_clock(upd)}")
        doc.chrome('<div class="dates">' + " | ".join(f"<span>{e(x)}</span>" for x in line) + "</div>\n",
                   " | ".join(line))
        _shown(g, pubs, loc, True)
        if v == "revised":
            note = f"این خبر در ساعت {_clock(upd)} به‌روزرسانی شده است."
            doc.chrome(f'<div class="updated-banner">{e(note)}</div>\n', note)
        _lead(doc, g)
        if v == "corrected" and r.random() < 0.5:
            fix = _correction(loc, r, paras)
            doc.chrome(f'<div class="correction">{e(fix)}</div>\n', fix)
            _body(doc, paras)
        else:
            _body(doc, paras)
            if v == "corrected":
                fix = _correction(loc, r, paras)
                doc.chrome(f'<div class="correction">{e(fix)}</div>\n', fix)
        _credit(doc, g, h)
        if v == "revised":
            old = _older(paras[0])
            doc.chrome(f"<details><summary>نسخه قبلی این خبر</summary><p>{e(old)}</p></details>\n",
                       "نسخه قبلی این خبر", old)
    _items(doc, "پربازدیدها", others[5:10], "popular", "h3")
    _footer(doc, h, crawl)


def _correction(loc: dt.datetime, r: random.Random, paras: list[str]) -> str:
    day = _after(loc, r, (24, 400))
    return (f"اصلاحیه ({_jnum(day)}): در نسخه نخست این خبر یکی از ارقام به اشتباه درج شده بود که اصلاح شد. "
            "از خوانندگان پوزش می‌خواهیم.")


# ---------------------------------------------------------------------------------------------- 7. XML exports


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _export(h: Host, g: dict, lines: list[str], chrome: list[str]) -> Flat:
    """An XML export as a flat page: its text one block, its lines' roles as the decoded values show them."""
    f = Flat()
    f.add(g["title"], "title", [])
    if g["lead"]:
        f.add(g["lead"], "lead", [])
    for p in g["body_paragraphs"]:
        f.add(p, "body", [])
    for c in chrome:
        f.add(c, "c", [])
    f.blocks.append(lines)
    return f


def _wxr(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    pid = 100 + int(key) % 90000
    u = loc.astimezone(UTC)
    mod = _after(loc, r, (1, 900))
    tags = r.sample(TAGS, 2)
    credit = source_credit(g["agency"]) if g["agency"] and h.s["agency"] == "credit" else "&nbsp;"
    cap = f"[caption id=\"attachment_{pid + 1}\" align=\"aligncenter\" width=\"800\"]<img class=\"size-full\" " \
          f"src=\"https://{h.domain}/wp-content/uploads/{loc:%Y/%m}/{pid}.jpg\" alt=\"\" /> {_x(h.name)}[/caption]"
    content = [cap, ""] + [x for p in g["body_paragraphs"] for x in (_x(p), "")] + [credit]
    excerpt = _x(g["lead"]) if g["lead"] else ""
    pubdate = f"{u:%a}, {u.day:02d} {SHORT_EMONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"
    _shown(g, pubdate, loc, True)
    lines = ['<?xml version="1.0" encoding="UTF-8" ?>',
             "<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->",
             '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:wp="http://wordpress.org/export/1.2/">', "<channel>", f"\t<title>{_x(h.name)}</title>",
             f"\t<link>https://{h.domain}</link>", f"\t<description>{_x(h.tagline)}</description>",
             "\t<language>fa-IR</language>", "\t<wp:wxr_version>1.2</wp:wxr_version>", "\t<item>",
             f"\t\t<title><![CDATA[{g['title']}]]></title>", f"\t\t<link>https://{h.domain}/?p={pid}</link>",
             f"\t\t<pubDate>{pubdate}</pubDate>", f"\t\t<dc:creator><![CDATA[{h.s['user']}]]></dc:creator>",
             f'\t\t<guid isPermaLink="false">https://{h.domain}/?p={pid}</guid>', "\t\t<description></description>",
             "\t\t<content:encoded><![CDATA[" + content[0]] + content[1:-1] + [
             content[-1] + "]]></content:encoded>", f"\t\t<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>",
             f"\t\t<wp:post_id>{pid}</wp:post_id>",
             f"\t\t<wp:post_date><![CDATA[{loc:%Y-%m-%d %H:%M:%S}]]></wp:post_date>",
             f"\t\t<wp:post_date_gmt><![CDATA[{u:%Y-%m-%d %H:%M:%S}]]></wp:post_date_gmt>",
             f"\t\t<wp:post_modified><![CDATA[{mod:%Y-%m-%d %H:%M:%S}]]></wp:post_modified>",
             "\t\t<wp:status><![CDATA[publish]]></wp:status>", "\t\t<wp:post_type><![CDATA[post]]></wp:post_type>"]
    if g["section"]:
        lines.append(f'\t\t<category domain="category" nicename="cat-{stable(g["section"]) % 999}">'
                     f"<![CDATA[{g['section']}]]></category>")
    lines += [f'\t\t<category domain="post_tag" nicename="tag-{stable(t) % 999}"><![CDATA[{t}]]></category>'
              for t in tags]
    lines += ["\t\t<wp:postmeta>", "\t\t\t<wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>",
              "\t\t\t<wp:meta_value><![CDATA[1]]></wp:meta_value>", "\t\t</wp:postmeta>", "\t</item>", "</channel>",
              "</rss>"]
    chrome = [h.name, h.tagline, h.s["user"], pubdate, *tags] + ([credit] if credit != "&nbsp;" else [])
    return _export(h, g, lines, chrome)


def _blogger(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    bid = stable(h.domain) % 10**18
    pid = stable(key, g["title"]) % 10**18
    upd = _after(loc, r, (1, 2000))
    body = "".join(f"&lt;p&gt;{_x(_x(p))}&lt;/p&gt;" for p in g["body_paragraphs"])
    if g["lead"]:
        body = f"&lt;p&gt;&lt;b&gt;{_x(_x(g['lead']))}&lt;/b&gt;&lt;/p&gt;" + body
    stamp = f"{loc:%Y-%m-%dT%H:%M:%S}.000+03:30" if loc.utcoffset() == dt.timedelta(hours=3, minutes=30) \
        else f"{loc:%Y-%m-%dT%H:%M:%S}.000+04:30"
    _shown(g, stamp, loc, True)
    lines = ["<?xml version='1.0' encoding='UTF-8'?>",
             "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>",
             f"<id>tag:blogger.com,1999:blog-{bid}</id>", f"<title type='text'>{_x(h.name)}</title>",
             f"<subtitle type='html'>{_x(h.tagline)}</subtitle>",
             "<generator version='7.00' uri='https://www.blogger.com'>Blogger</generator>",
             f"<updated>{_after(upd, r, (1, 500)):%Y-%m-%dT%H:%M:%S}.000Z</updated>",
             f"<entry><id>tag:blogger.com,1999:blog-{bid}.post-{pid}</id>",
             f"<published>{stamp}</published><updated>{upd:%Y-%m-%dT%H:%M:%S}.000+03:30</updated>",
             "<category scheme='http://schemas.google.com/g/2005#kind' "
             "term='http://schemas.google.com/blogger/2008/kind#post'/>"]
    if g["section"]:
        lines.append(f"<category scheme='http://www.blogger.com/atom/ns#' term='{_x(g['section'])}'/>")
    lines += [f"<title type='text'>{_x(g['title'])}</title>", f"<content type='html'>{body}</content>",
              f"<link rel='alternate' type='text/html' href='https://{h.domain}/{loc:%Y/%m}/post-{pid % 10**5}.html' "
              f"title='{_x(g['title'])}'/>",
              f"<author><name>{_x(h.s['user'])}</name><uri>https://www.blogger.com/profile/{pid % 10**12}</uri>"
              "</author>", "<blogger:status>LIVE</blogger:status></entry>", "</feed>"]
    return _export(h, g, lines, [h.name, h.tagline, h.s["user"], stamp])


def _newsml(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    guid = f"urn:newsml:{h.domain}:{loc:%Y%m%d}:{key}"
    sent = _after(loc, r, (1, 30))
    ver = _after(loc, r, (1, 200))
    off = loc.strftime("%z")
    first = f"{loc:%Y-%m-%dT%H:%M:%S}{off[:3]}:{off[3:]}"
    _shown(g, first, loc, True)
    credit = AGENCIES[g["agency"]][0] if g["agency"] else h.name
    city = pick(r, ["بندرعباس", "بوشهر", "چابهار", "بندر لنگه"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
             f"  <header><sent>{sent.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z</sent><sender>{_x(h.domain)}</sender>"
             "<priority>4</priority></header>", "  <itemSet>",
             f'    <newsItem guid="{guid}" version="{r.randint(1, 4)}" standard="NewsML-G2" standardversion="2.29" '
             'xml:lang="fa">',
             f"      <itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"{_x(credit)}\"/>"
             f"<versionCreated>{ver.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z</versionCreated>"
             "<pubStatus qcode=\"stat:usable\"/></itemMeta>", "      <contentMeta>",
             f"        <contentCreated>{first}</contentCreated>", f"        <firstCreated>{first}</firstCreated>",
             f'        <located><name>{_x(city)}</name></located>',
             f"        <creator><name>{_x(_who(r))}</name></creator>"]
    if g["section"]:
        lines.append(f'        <subject type="cpnat:abstract" qcode="medtop:{20000000 + stable(g["section"]) % 900}">'
                     f"<name>{_x(g['section'])}</name></subject>")
    lines += ['        <genre qcode="genre:Current"><name>خبر</name></genre>',
              f"        <headline>{_x(g['title'])}</headline>"]
    if g["lead"]:
        lines.append(f"        <description role=\"drol:summary\">{_x(g['lead'])}</description>")
    lines += [f"        <creditline>{_x(credit)}</creditline>", "      </contentMeta>",
              '      <contentSet><inlineXML contenttype="application/xhtml+xml"><xhtml:html><xhtml:body>']
    lines += [f"        <xhtml:p>{_x(p)}</xhtml:p>" for p in g["body_paragraphs"]]
    terms = "استفاده از این خبر تنها برای مشترکان سرویس مجاز است."
    lines += ["      </xhtml:body></xhtml:html></inlineXML></contentSet>",
              f"      <rightsInfo><copyrightHolder><name>{_x(h.name)}</name></copyrightHolder>"
              f"<usageTerms>{terms}</usageTerms></rightsInfo>", "    </newsItem>", "  </itemSet>", "</newsMessage>"]
    return _export(h, g, lines, [first, credit, city, "خبر", h.domain, h.name, terms])


# ---------------------------------------------------------------------------------------------- 8. small web


def _gem_lines(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> list[tuple[str, str, str]]:
    """A capsule's post as gemtext: (line type, text, its link or ""), the roles set on the gold."""
    out = [("#", h.name, ""), ("=>", "خانه", "/")]
    if g["section"]:
        out.append(("=>", f"↑ {g['section']}", f"/fa/{stable(g['section']) % 999}/"))
    out.append(("##", g["title"], ""))
    if h.s["variant"] == "gemtext":
        d = f"تاریخ: {loc:%Y-%m-%d}"
        _shown(g, d, loc, False)
    else:
        d = _dateline(g, loc, 0)
    out.append(("", d, ""))
    if g["lead"]:
        out.append((">", g["lead"], ""))
    out += [("", p, "") for p in g["body_paragraphs"]]
    if g["agency"] and h.s["agency"] == "credit":
        out.append(("=>", source_credit(g["agency"]), f"https://{pick(r, ['www.', ''])}source.ir/{key}"))
    out += [("=>", "بازگشت به فهرست نوشته‌ها", "/fa/"), ("=>", "اشتراک با Atom", "/fa/atom.xml")]
    return out


def _role(g: dict, text: str) -> str:
    return "title" if text == g["title"] else "lead" if text == g["lead"] else \
        "body" if text in g["body_paragraphs"] else "c"


def _gemtext(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    f = Flat()
    for t, text, link in _gem_lines(h, r, g, loc, key):
        shown = {"#": f"# {text}", "##": f"## {text}", ">": f"> {text}", "=>": f"=> {link} {text}"}.get(t, text)
        f.add(text, _role(g, text), [shown])
        if t in ("", ">", "##"):
            f.blank()
    return f


def _gopher(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    f = Flat()
    w = h.s["wrap"]
    banner = f"{h.name} :: {h.tagline}"
    f.add(banner)
    f.add("~" * min(w, 60))
    f.blank()
    f.add(g["title"], "title")
    f.add("=" * min(w, 40))
    f.add(_dateline(g, loc, 3))
    f.blank()
    for p in g["body_paragraphs"]:
        lines = textwrap.wrap(p, w, break_long_words=False, break_on_hyphens=False)
        if " ".join(lines) != p or len(lines) > 36:  # (a wrap that would not give it back; a file's, not a page's)
            lines = [p]
        f.add(p, "body", lines)
        f.blank()
    if g["agency"] and h.s["agency"] == "credit":
        f.add(source_credit(g["agency"]))
        f.blank()
    f.add("-" * min(w, 40))
    f.add(f"gopher://{h.domain}/1/phlog")
    f.add("این نوشته با مجوز CC BY-NC منتشر شده است.")
    f.add(dg(f"بازدید: {r.randint(20, 900)}", "fa"))
    return f


def _kineto(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str, url: str) -> None:
    gem = f"gemini://{pick(r, ['docharkheh', 'pedal', 'rekab'])}.{pick(r, ['ir', 'space', 'org'])}/fa/{key}.gmi"
    top = [f"This page is proxied from {gem}", "Gemini request details:", f"Original URL: {gem}",
           "Status code: 20 (Success)", "Meta: text/gemini; lang=fa", "Proxied by: kineto"]
    doc.chrome('<header><div class="proxied">' + e(top[0]) + '</div><div class="details">' + "".join(
        f"<div>{e(x)}</div>" for x in top[1:]) + "</div></header>\n", *top)
    doc.add("<main>\n")
    for t, text, link in _gem_lines(h, r, g, loc, key):
        role = _role(g, text)
        tag = {"#": "h1", "##": "h2", ">": "blockquote"}.get(t, "p")
        inner = f'<a href="{e(link)}">{e(text)}</a>' if t == "=>" else e(text)
        doc.add(f"<{tag}>{inner}</{tag}>\n", [(role, text)])
    doc.add("</main>\n")


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant and whether only markup does, and a kicker's text (``g["surtitle"]``)."""
    kind, v = h.s["kind"], h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    if fmt != "html" and v in MARKUP_SECTION:
        g["section"] = None
    if v == "ebooktxt":
        return _ebooktxt(h, r, g, loc, others, key)
    if v == "inews":
        return _inews(h, r, g, loc, key)
    if v in XML:
        return {"wxr": _wxr, "blogger": _blogger, "newsml": _newsml}[v](h, r, g, loc, key)
    if v == "gemtext":
        return _gemtext(h, r, g, loc, key)
    if v == "gopher":
        return _gopher(h, r, g, loc, key)
    doc = Doc()
    if kind == "listen":
        _listen(doc, h, r, g, loc, others, crawl, key)
    elif v == "calibre":
        _calibre(doc, h, r, g, loc, others, crawl, url)
    elif v == "epub":
        _epub(doc, h, r, g, loc, others, key)
    elif kind == "archive":
        _archive(doc, h, r, g, loc, others, crawl, url)
    elif v == "enps":
        _enps(doc, h, r, g, loc, key)
    elif v == "prompter":
        _prompter(doc, h, r, g, loc)
    elif kind == "notes":
        _notes(doc, h, r, g, loc, others, crawl, url)
    elif v == "kineto":
        _kineto(doc, h, r, g, loc, key, url)
    else:
        _versions(doc, h, r, g, loc, others, crawl, key)
    return doc


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing (a site's, a book's contents, an archive's captures, a rundown, a
    notebook), a removed page, an empty page."""
    now = crawl.astimezone(TEHRAN)
    if h.s["variant"] in XML:
        f = Flat()
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<export>", f"<title>{_x(h.name)}</title>"]
        f.add(h.name, "c", [])
        if neg == "listing":
            for i, t in enumerate(others[5:17]):
                lines.append(f"<item><title>{_x(t)}</title><date>{now - dt.timedelta(days=i + 1):%Y-%m-%d}</date>"
                             "</item>")
                f.add(t, "c", [])
        elif neg == "chrome_only":
            lines.append("<error>این مورد در خروجی وجود ندارد.</error>")
            f.add("این مورد در خروجی وجود ندارد.", "c", [])
        lines.append("</export>")
        f.blocks.append(lines)
        return f
    if h.s["variant"] in FLAT:
        f = Flat()
        f.add(f"{h.name} — {h.tagline}")
        f.blank()
        if neg == "listing":
            f.add("فهرست مطالب")
            for i, t in enumerate(others[5:18]):
                f.add(f"{_jnum(now - dt.timedelta(days=i + 1), 'en')}  {t}")
        else:
            f.add("این متن در دسترس نیست." if neg == "chrome_only" else "(بدون متن)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="root"></div><noscript>برای مشاهده این صفحه جاوااسکریپت را فعال کنید.</noscript>\n',
                   "برای مشاهده این صفحه جاوااسکریپت را فعال کنید.")
        return doc
    _site_head(doc, h)
    if neg == "listing":
        label = {"listen": "خبرهای صوتی", "ebook": "فهرست مطالب", "archive": "نسخه‌های بایگانی‌شده",
                 "script": "فهرست پخش امروز", "notes": "همه یادداشت‌ها", "versions": "آخرین تغییرات",
                 "xml": "خروجی", "smallweb": "نوشته‌های کپسول"}[h.s["kind"]]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = {"listen": "فایل صوتی این خبر یافت نشد.", "ebook": "این فصل در کتاب موجود نیست.",
               "archive": "Wayback Machine has not archived that URL.", "script": "این متن از سامانه حذف شده است.",
               "notes": "این یادداشت حذف شده یا خصوصی است.", "versions": "صفحه مورد نظر یافت نشد.",
               "xml": "", "smallweb": "51 Not found"}[h.s["kind"]]
        doc.chrome(f'<div class="error"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    foot = f"© {h.name}"
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)
    return doc


def _tab(h: Host, g: dict) -> str:
    """The ``<title>`` of a page: like its headline, seldom the same."""
    kind, v = h.s["kind"], h.s["variant"]
    title = g.get("title") or h.name
    if g.get("kind") != "article":
        return h.name
    cut = title if len(title) < 50 else title[:45].rstrip() + "..."
    if v == "epub":
        return h.name
    if kind == "script":
        return f"SCRIPT - {cut}" if v == "enps" else "Teleprompter"
    if kind == "notes":
        return f"{cut} | {h.name}" if v == "evernote" else "Google Keep" if v == "keep" else h.s["user"]
    if v == "wayback":
        return f"{cut} | {h.s['orig']}"
    return f"{cut} - {h.name}"


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    v = h.s["variant"]
    art = g.get("kind") == "article"
    tab = _tab(h, g)
    if v == "epub":
        return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" '
                'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="fa" lang="fa" dir="rtl">\n<head>\n'
                f'<title>{e(tab)}</title>\n<link rel="stylesheet" type="text/css" href="../Styles/book.css"/>\n'
                f"</head>\n<body>\n{doc.html()}</body>\n</html>\n")
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if v == "evernote" and art:
        metas += ['<meta name="exporter-version" content="Evernote Mac 10.58.8 (457403)">',
                  f'<meta name="created" content="{g.get("_created", "")}">']
    elif v not in ("keep", "onenote", "enps", "prompter", "calibre"):
        metas.append(f'<link rel="canonical" href="{e(url)}">')
        if art:
            metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if v == "onenote":
        metas.append('<meta name="Generator" content="Microsoft OneNote 15">')
    if v == "calibre":
        metas.append('<link rel="stylesheet" href="../../stylesheet.css" type="text/css">')
    if v == "wayback":
        metas.insert(0, '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(20 + stable(h.domain) % 40))
    metas.append(f"<style>{rules}</style>")
    out = ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(metas)
           + f"\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")
    return out


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    if v == "wayback":
        return f"https://web.archive.org/web/{crawl:%Y%m%d%H%M%S}/http://{h.s['orig']}/fa/news/{key}"
    if v == "arquivo":
        return f"https://arquivo.pt/wayback/{crawl:%Y%m%d%H%M%S}/http://{h.s['orig']}/fa/news/{key}"
    if v == "natlib":
        return f"https://{h.domain}/archive/{crawl:%Y%m%d}/{h.s['orig']}/fa/news/{key}"
    if kind == "ebook":
        return f"https://{h.domain}/books/{crawl:%Y-%m-%d}/feed_{int(key) % 7}/article_{int(key) % 40}/index.html" \
            if v == "calibre" else f"https://{h.domain}/epub/OEBPS/Text/chapter{int(key) % 30 + 1:03d}.xhtml" \
            if v == "epub" else f"https://{h.domain}/txt/{slug}.txt"
    if kind == "script":
        return f"https://{h.domain}/scripts/{key}/print" if v == "enps" else f"https://{h.domain}/rundown/{key}"
    if kind == "notes":
        return f"https://{h.domain}/shared/{slug}.html"
    if v == "diffsite":
        return f"https://{h.domain}/diff/{key}/{slug}"
    return f"https://{h.domain}/news/{key}/{slug}"


def _day(h: Host, pub: dt.datetime) -> dt.datetime:
    return pub


def build(out_dir, n: int = 400, seed: int = 409, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="av", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED,
                     day=_day)
