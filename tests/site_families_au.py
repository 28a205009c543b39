"""Family set AU: eight families, written blind to the extractor, each a kind of page no earlier set has had: the
news as a crawl of a newsroom's, an app's, an aggregator's, a help centre's, a crawler's own files, a fact-checker's,
a document viewer's and an annotating tool's pages delivers it.

    build(out_dir, n, seed=397, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_au_tables`; the build loop is :func:`family_frames.build_set`
(AP's); the date and box helpers are AQ's and AT's. One kind a family, three hosts a family that differ in the kind's
variants (:data:`site_families_au_tables.VARIANT`):

1. ``grain_imports``  wire feeds as newsrooms receive them: a wire monitor (the day's items listed with their clocks,
   sources and priorities beside the open item, «کد: … | منبع: … | سرویس: … | اولویت: …», «زمان ارسال: ۱۴۰۵/۰۹/۱۴
   - ۱۰:۲۳:۱۲» and «زمان دریافت» a clock), a teletype take as archived text («ZCZC», the item's code line, «سرویس:
   …», paragraphs indented and hard-wrapped with no blank line between them, «انتهای پیام», the transmission stamp
   «0653GMT 05 DEC 26» in UTC, «NNNN») and an item's print view (its fields in a table, «تاریخ چاپ» a later day);
2. ``ev_chargers``  JSON API responses crawled as text: WordPress's REST ``/wp-json/wp/v2/posts/N`` on one line with
   ``\\uXXXX`` escapes and ``\\/`` (``title.rendered``, ``content.rendered`` HTML, ``date`` local with ``date_gmt`` and
   ``modified`` beside it, an auto ``excerpt`` cut «[&hellip;]» that is no lead, ``acf.rutitr``, Yoast's
   ``yoast_head_json`` with ``articleSection``, ``_embedded`` terms, Jetpack's related posts), a news app's API
   pretty-printed (``serviceTitle``, ``rootitr``, body blocks of text, images and captions, «1405/09/14 10:23»,
   related items with their days) and Next.js ``/_next/data/<build>/…json`` (``publishedAt`` in UTC ``…Z``, HTML
   ``content``, the menu and the latest news);
3. ``migrant_workers``  aggregators' story-cluster pages: the story from one source (its name and logo, its day), then
   «این خبر در N رسانه دیگر» with the other outlets' near-identical headlines («فوری/ …», «… + جزئیات», a cut one)
   and their clocks or ages; the whole story, a teaser of two paragraphs then «ادامه خبر در …» (gold: what it
   shows), or the story over a «روند خبر» timeline of earlier stories with their days;
4. ``internet_outages``  help-centre articles: Zendesk (breadcrumb «… › اطلاعیه‌ها › X», an age with the UTC instant
   in ``<time datetime>``, «دنبال کردن», «آیا این مقاله مفید بود؟», «مقالات مرتبط»), Freshdesk («ایجاد: … | آخرین
   ویرایش: …», «چاپ») and Intercom (the article's title as the trail's last step, its description, «نوشته‌شده توسط
   …», «به‌روزرسانی بیش از یک هفته پیش» and no day);
5. ``cement_market``  news pages saved with their HTTP exchange: ``wget --save-headers`` (the response headers over
   ``<!DOCTYPE html>``), ``curl -i`` (HTTP/2, a CDN's headers) and a WARC response record (``WARC/1.0`` headers,
   the HTTP headers, ``Transfer-Encoding: chunked`` with the chunk sizes between the page's parts); ``Date``,
   ``Last-Modified`` and ``WARC-Date`` are no story date;
6. ``health_rumours``  fact-check pages: a claim box («ادعا», «منبع ادعا», «تاریخ ادعا» an earlier day, «حکم»), a
   verdict badge or meter, «خلاصه» the lead, «منابع» with outlets and days, ClaimReview JSON-LD (the claim's own day
   inside it), an agency's fact-check desk (kicker «راستی‌آزمایی», «ادعا:» / «نتیجه:»), a meter site whose only
   visible day is the claim's and the story's an age with the instant in markup;
7. ``provincial_budgets``  document viewers: a PDF.js viewer's DOM (toolbar, thumbnails, a ``textLayer`` of spans, a
   line each, ``<br role="presentation">`` between them), a document-sharing page (file facts, an upload day, «متن
   کامل سند» the PDF's lines, «اسناد مشابه») and a text copy of the PDF (running heads and page numbers between
   paragraphs); the story is a provincial bulletin's («خبرنامه …», «شماره N», the day, «بخش: …»);
8. ``water_pricing``  news pages with markup inside the story: the site's search terms marked (``<mark>`` inside
   words, «نتایج جستجو برای «…»», other results), an annotation proxy's copy (``<hypothesis-highlight>`` inside
   paragraphs, the sidebar's annotations quoting the story with their notes and days), glossary and auto-link plugins
   (terms as links with their tooltips in ``data-`` attributes, «واژه‌نامه این مطلب» after the story).

Gold as AT's: the title is the visible headline (a JSON's ``title``), the section the page's own category (a trail's
last step under its parents, a label's or a field's value, the menu item the markup marks current; none where the
page shows none: a document-sharing page), a kicker the gold ``surtitle`` (chrome), the lead a standfirst, a summary or
a description shown apart (never an auto excerpt), the agency the wire's or cluster's source, or a «منبع: …» the page
adds, or the story's own credit; ``published_iso`` the story's day as the page shows it (none on an Intercom article
or a text copy of a page with the day only in markup), ``published_time`` the instant with its offset when the page
shows its time or holds it in markup, else the day; a page that shows only a UTC time has its story put on a day
that is Tehran's too. Receipt clocks, print days, ``modified``, upload days, claims' days, HTTP and WARC dates,
annotations', related items' and timelines' days and ages are no story date. Hard wraps, ``\\u`` escapes, chunk sizes
and marks are the page's shape, not the story's (gold paragraphs are whole). About 7% negatives (a listing, a
removed page, an empty page), ~10% of the stories republished on a host of another family (gold ``cluster``).
Deterministic by seed.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import random
import re
import textwrap
import urllib.parse

from family_frames import DOMESTIC, build_set, fa_count, jalali_day, linked_titles, same_day_in_utc, source_credit
from family_pages import canon, pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_ao import Flat
from site_families_aq import _ago, _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _body, _footer, _lead, _menu, _none, _site_head, _title, _wrap
from site_families_au_tables import (
    ANNOTATORS,
    CLAIMANTS,
    CLAIMS,
    DOC_BUTTONS,
    DOC_ORGS,
    FAMILIES,
    GLOSSARY,
    HELPFUL,
    HOSTS,
    KICKERS,
    KIND,
    MENUS,
    NOTES,
    PARENTS,
    PRIORITIES,
    QUERIES,
    SECTIONS,
    VARIANT,
    VERDICTS,
    WIRE_CODES,
)
from site_families_h import FIRST, JMONTHS, LAST, TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"docshare"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"teletype", "wprest", "appapi", "nextdata", "pdfcopy"}
#: the variants whose pages are JSON
JSON_VARIANTS = {"wprest", "appapi", "nextdata"}
#: the variants whose section only the markup marks (the menu's current item): none on a text copy
MARKUP_SECTION = {"timeline", "meter", "glossary"}
#: the variants whose pages show the story's time only in UTC: its story is put on a day that is Tehran's too
UTC_SHOWN = {"teletype", "nextdata", "zendesk"}
#: the agency habit of a kind that has one (a wire item and a cluster's story are their source's)
AGENCY = {"wire": "source", "cluster": "source", "help": "none", "viewer": "keep"}
#: the share of a host's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"wire": 0.9, "cluster": 0.85, "help": 0.85, "headers": 1.0, "factcheck": 0.85, "viewer": 0.9,
          "marked": 0.85, "json": 0.0}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"terminal": 0.6, "wireprint": 0.5, "wprest": 0.4, "appapi": 0.6, "nextdata": 0.5, "fulltext": 0.4,
          "excerpt": 0.5, "timeline": 0.4, "intercom": 0.7, "wget": 0.5, "curl": 0.5, "warc": 0.4, "claimwp": 0.8,
          "desk": 0.5, "meter": 0.3, "pdfjs": 0.4, "docshare": 0.3, "pdfcopy": 0.3, "searchmark": 0.5,
          "hypothesis": 0.5, "glossary": 0.5}
#: how often a variant's headline carries a kicker
KICK_P = {"terminal": 0.5, "teletype": 0.3, "wireprint": 0.4, "wprest": 0.3, "appapi": 0.5, "fulltext": 0.3,
          "timeline": 0.3, "wget": 0.5, "curl": 0.4, "warc": 0.4, "desk": 0.7, "pdfjs": 0.4, "docshare": 0.4,
          "pdfcopy": 0.4, "searchmark": 0.4, "hypothesis": 0.4, "glossary": 0.3}
#: outlets that are no agency, beside the agencies, in a cluster's other coverage and a fact-check's sources
OUTLETS = ["روزنامه صبح نو", "عصر امروز", "پایگاه خبری نگاه", "روزنامه پیام ملت", "خبرآنلاین شهر"]
#: an app API's note to old clients
APP_UPDATE = "نسخه جدید اپلیکیشن را از کافه‌بازار یا مایکت دریافت کنید."
e = html.escape
UTC = dt.timezone.utc
ZWNJ = "\u200c"


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-au-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P[kind],
         "agency": AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]), "lead_p": LEAD_P.get(variant, 0.0),
         "kick_p": KICK_P.get(variant, 0.0), "author": f"{pick(r, FIRST)} {pick(r, LAST)}",
         "code0": r.randint(10000, 90000), "issue0": r.randint(20, 300), "wrap": pick(r, [58, 64, 69]),
         "build": f"{stable(domain, seed) % 16**12:012x}", "user": f"{pick(r, FIRST)} {pick(r, LAST)}",
         "phone": f"0{r.randint(21, 87)}-{r.randint(3000000, 9999999)}", "ip": f"185.{r.randint(10, 250)}."
         f"{r.randint(0, 250)}.{r.randint(2, 250)}", "server": pick(r, ["nginx", "Apache", "LiteSpeed"])}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _agency_name(g: dict) -> str | None:
    return AGENCIES[g["agency"]][0] if g["agency"] else None


def _host_credit(g: dict, h: Host) -> str | None:
    """The «منبع: …» line a host that credits adds to the story (None on the others)."""
    return source_credit(g["agency"]) if g["agency"] and h.s["agency"] == "credit" else None


def _credit_line(doc: Doc, g: dict, h: Host) -> None:
    c = _host_credit(g, h)
    if c:
        doc.chrome(f'<p class="source">{e(c)}</p>\n', c)


def _kicker(doc: Doc, h: Host, r: random.Random, g: dict, cls: str = "kicker", tag: str = "div") -> str | None:
    """A kicker over the headline (on some of the host's pages; the gold ``surtitle``, chrome)."""
    if r.random() >= h.s["kick_p"]:
        return None
    k = pick(r, KICKERS[h.s["kind"]])
    g["surtitle"] = k
    doc.chrome(f'<{tag} class="{cls}">{e(k)}</{tag}>\n', k)
    return k


def _code(h: Host, key: str) -> str:
    return dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")


def _trail(doc: Doc, steps: list[str], cls: str = "breadcrumb", sep: str = "›") -> None:
    doc.chrome(f'<nav class="{cls}">' + f" {sep} ".join(f"<a>{e(x)}</a>" for x in steps) + "</nav>\n",
               f" {sep} ".join(steps))


def _utc(t: dt.datetime) -> dt.datetime:
    return t.astimezone(UTC)


def _uuid(n: int) -> str:
    x = f"{stable(n, 'u'):016x}{stable(n, 'v'):016x}"
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:]}"


def _b32(text: str) -> str:
    """A WARC digest's 32 base-32 letters of ``text``."""
    return base64.b32encode(hashlib.sha1(text.encode("utf-8")).digest()).decode()


def _http_date(t: dt.datetime) -> str:
    """An HTTP header's date: «Sat, 05 Dec 2026 06:53:00 GMT»."""
    u = _utc(t)
    return f"{u:%a}, {u.day:02d} {SHORT_EMONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def _rewordings(r: random.Random, title: str, n: int) -> list[str]:
    """Other outlets' headlines of the same story: near-identical to ``title``."""
    cut = title if len(title) < 40 else title[:36].rsplit(" ", 1)[0] + "…"
    forms = [f"فوری/ {title}", f"{title} + جزئیات", f"{title} (فیلم)", cut, f"ببینید | {title}",
             f"{title}؛ واکنش‌ها ادامه دارد", f"{title} +عکس", f"خبر خوب/ {title}"]
    return r.sample(forms, min(n, len(forms)))


def _outlets(r: random.Random, n: int, not_this: str | None) -> list[str]:
    pool = [AGENCIES[a][0] for a in DOMESTIC if a != not_this] + OUTLETS
    return r.sample(pool, min(n, len(pool)))


# ---------------------------------------------------------------------------------------------- 1. wire feeds


def _wire_list(doc: Doc, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    """The monitor's list of the day's items (clocks around the open item's), the open one marked."""
    rows = []
    for t in others[:9]:
        clock = _clock(loc + dt.timedelta(minutes=r.randint(-300, 300)))
        rows.append((clock, pick(r, [AGENCIES[a][0] for a in DOMESTIC]), pick(r, PRIORITIES), t))
    at = r.randrange(len(rows) + 1)
    html_rows = [f'<li><span class="t">{c}</span> <span class="src">{e(s)}</span> <span class="pri">{p}</span> '
                 f'<a href="#">{e(t)}</a></li>' for c, s, p, t in rows]
    html_rows.insert(at, f'<li class="selected"><span class="t">{_clock(loc)}</span> <span class="src">'
                     f'{e(_agency_name(g) or "")}</span> <a href="#">{e(g["title"])}</a></li>')
    doc.chrome('<aside class="wire-list"><h3>خبرهای امروز</h3><ul>' + "".join(html_rows) + "</ul></aside>\n",
               "خبرهای امروز", *[x for row in rows for x in row])


def _terminal(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    top = [h.name, h.tagline, f"کاربر: {h.s['user']}", "خروج"]
    doc.chrome('<header class="wm-top">' + " ".join(f"<span>{e(x)}</span>" for x in top) + "</header>\n", *top)
    srcs = "همه منابع | " + " | ".join(AGENCIES[a][0] for a in DOMESTIC)
    pri = "اولویت: همه | " + " | ".join(PRIORITIES)
    doc.chrome(f'<div class="filters"><div>{e(srcs)}</div><div>{e(pri)}</div></div>\n', srcs, pri)
    _wire_list(doc, r, g, loc, others)
    doc.add('<main class="item">\n')
    words = dg(sum(len(p.split()) for p in g["body_paragraphs"]), "fa")
    head = [dg(f"کد: {WIRE_CODES[g['section']]}-{h.s['code0'] + int(key) % 9000}", "fa"),
            f"منبع: {_agency_name(g)}", f"سرویس: {g['section']}", f"اولویت: {pick(r, PRIORITIES)}",
            f"تعداد کلمات: {words}"]
    doc.chrome('<div class="item-head">' + " | ".join(f"<span>{e(x)}</span>" for x in head) + "</div>\n", *head)
    sent = f"زمان ارسال: {_jnum(loc)} - {_clock(loc)}:{dg(f'{r.randint(0, 59):02d}', 'fa')}"
    got = loc + dt.timedelta(seconds=r.randint(20, 500))
    recv = f"زمان دریافت: {_clock(got)}:{dg(f'{got.second:02d}', 'fa')}"
    doc.chrome(f'<div class="item-time"><span>{e(sent)}</span> <span>{e(recv)}</span></div>\n', sent, recv)
    _shown(g, sent, loc, True)
    _kicker(doc, h, r, g, "rutitr", "p")
    _title(doc, g, "h1", "item-title")
    _lead(doc, g, "item-lead")
    _body(doc, g["body_paragraphs"])
    end = ["انتهای پیام", f"دبیر: {_who(r)}"]
    tools = "ارسال به دبیر | ذخیره | چاپ | انتقال به صفحه"
    doc.chrome(f'<p class="end">{end[0]}</p><p class="editor">{e(end[1])}</p><div class="tools">{tools}</div>'
               "</main>\n", *end, tools)


def _hard_wrap(text: str, width: int) -> list[str]:
    """``text`` wrapped at ``width`` as a teleprinter does (whole on one line where a wrap would not give it back by
    joining its lines with spaces, or would take over 36 lines: a take that long is a file's, not a page's)."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return lines if " ".join(lines) == text and len(lines) <= 36 else [text]


def _teletype(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    code = WIRE_CODES[g["section"]]
    words = sum(len(p.split()) for p in g["body_paragraphs"])
    f.add("ZCZC")
    f.add(f"{code}{int(key) % 900 + 100} {r.randint(1, 4)} {code} /{words:04d}")
    f.add(f"سرویس: {g['section']}")
    f.add(f"منبع: {_agency_name(g)}")
    f.add(pick(r, PRIORITIES))
    if r.random() < h.s["kick_p"]:
        k = pick(r, KICKERS["wire"])
        g["surtitle"] = k
        f.add(k)
    f.add(g["title"], "title")
    for p in g["body_paragraphs"]:
        lines = _hard_wrap(p, h.s["wrap"])
        f.add(p, "body", ["   " + lines[0]] + lines[1:])
    f.add("انتهای پیام")
    u = _utc(loc)
    stamp = f"{u:%H%M}GMT {u.day:02d} {SHORT_EMONTHS[u.month - 1].upper()} {u.year % 100:02d}"
    f.add(stamp)
    _shown(g, stamp, loc, True)
    f.add("NNNN")
    return f


def _wireprint(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
               crawl: dt.datetime) -> None:
    doc.chrome(f'<table class="print-head" width="100%"><tr><td>{e(h.name)}</td><td>نسخه چاپی</td></tr></table>\n',
               h.name, "نسخه چاپی")
    when = f"{_jnum(loc)} {_clock(loc)}"
    fields = [("کد خبر:", dg(h.s["code0"] + int(key) % 9000, "fa")), ("منبع:", _agency_name(g) or ""),
              ("سرویس:", g["section"]), ("اولویت:", pick(r, PRIORITIES)), ("تاریخ ارسال:", when)]
    doc.chrome('<table class="fields" border="1">' + "".join(f"<tr><td>{a}</td><td>{e(b)}</td></tr>"
                                                            for a, b in fields) + "</table>\n",
               *[x for row in fields for x in row])
    _shown(g, when, loc, True)
    _kicker(doc, h, r, g, "rutitr", "p")
    _title(doc, g, "h2", "print-title")
    _lead(doc, g, "print-lead")
    _body(doc, g["body_paragraphs"])
    printed = _after(loc, r, (30, 900))
    foot = [f"چاپ شده توسط: {h.s['user']}", f"تاریخ چاپ: {_jnum(printed)} {_clock(printed)}"]
    doc.chrome('<hr><div class="print-foot">' + "".join(f"<span>{e(x)}</span> " for x in foot) + "</div>\n", *foot)


# ---------------------------------------------------------------------------------------------- 2. JSON APIs


def _json_page(f: Flat, g: dict, chrome: list[str], text: str) -> Flat:
    """A JSON response as a flat page: its text one block, its lines' roles as the decoded values show them."""
    f.add(g["title"], "title", [])
    if g["lead"]:
        f.add(g["lead"], "lead", [])
    for p in g["body_paragraphs"]:
        f.add(p, "body", [])
    for c in chrome:
        f.add(c, "c", [])
    f.blocks.append([text])
    return f


def _paras_html(paras: list[str]) -> str:
    return "".join(f"<p>{e(p)}</p>\n" for p in paras)


def _wprest(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
            crawl: dt.datetime) -> Flat:
    pid = 1000 + int(key) % 90000
    cid = 3 + stable(g["section"], h.domain) % 40
    upd = _after(loc, r, (1, 300))
    slug = "-".join(g["title"].split()[:6])
    link = f"https://{h.domain}/{loc:%Y/%m/%d}/{urllib.parse.quote(slug)}/"
    words = " ".join(g["body_paragraphs"][0].split()[:55])
    excerpt = f"<p>{e(g['lead'])}</p>\n" if g["lead"] else f"<p>{e(words)} [&hellip;]</p>\n"
    paras = list(g["body_paragraphs"])
    credit = _host_credit(g, h)
    chrome = [h.name, h.tagline, h.s["author"], "نوشته شده توسط", "زمان تقریبی برای خواندن"]
    if r.random() < h.s["kick_p"]:
        g["surtitle"] = pick(r, KICKERS["json"])
    acf = {"rutitr": g["surtitle"] or "", "source": credit or ""}
    if credit:
        chrome.append(credit)
    if g["surtitle"]:
        chrome.append(g["surtitle"])
    related = [{"id": 1000 + stable(t) % 90000, "url": f"https://{h.domain}/?p={stable(t) % 90000}", "title": t,
                "date": _jday(loc - dt.timedelta(days=3 * i + 1)), "context": f"در «{g['section']}»"}
               for i, t in enumerate(others[:3])]
    chrome += [x for it in related for x in (it["title"], it["date"])]
    utc, uupd = _utc(loc), _utc(upd)
    read = dg(f"{max(1, sum(len(p.split()) for p in paras) // 200)} دقیقه", "fa")
    post = {
        "id": pid, "date": f"{loc:%Y-%m-%dT%H:%M:%S}", "date_gmt": f"{utc:%Y-%m-%dT%H:%M:%S}",
        "guid": {"rendered": f"https://{h.domain}/?p={pid}"}, "modified": f"{upd:%Y-%m-%dT%H:%M:%S}",
        "modified_gmt": f"{uupd:%Y-%m-%dT%H:%M:%S}", "slug": urllib.parse.quote(slug).lower(), "status": "publish",
        "type": "post", "link": link, "title": {"rendered": e(g["title"])},
        "content": {"rendered": _paras_html(paras), "protected": False},
        "excerpt": {"rendered": excerpt, "protected": False}, "author": 2 + stable(h.s["author"]) % 9,
        "featured_media": pid + 1, "comment_status": "open", "ping_status": "closed", "sticky": False,
        "template": "", "format": "standard", "meta": {"footnotes": ""}, "categories": [cid],
        "tags": [cid * 7 + i for i in range(r.randint(1, 4))], "acf": acf,
        "yoast_head_json": {
            "title": f"{g['title']} - {h.name}", "robots": {"index": "index", "follow": "follow"},
            "canonical": link, "og_locale": "fa_IR", "og_type": "article", "og_title": g["title"],
            "og_url": link, "og_site_name": h.name, "article_published_time": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
            "article_modified_time": f"{uupd:%Y-%m-%dT%H:%M:%S}+00:00", "author": h.s["author"],
            "twitter_card": "summary_large_image",
            "twitter_misc": {"نوشته شده توسط": h.s["author"], "زمان تقریبی برای خواندن": read},
            "schema": {"@context": "https://schema.org", "@graph": [
                {"@type": "Article", "headline": g["title"], "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
                 "dateModified": f"{uupd:%Y-%m-%dT%H:%M:%S}+00:00", "articleSection": [g["section"]],
                 "inLanguage": "fa-IR"},
                {"@type": "WebSite", "name": h.name, "description": h.tagline, "url": f"https://{h.domain}/"}]}},
        "jetpack-related-posts": related,
        "_links": {"self": [{"href": f"https://{h.domain}/wp-json/wp/v2/posts/{pid}"}],
                   "collection": [{"href": f"https://{h.domain}/wp-json/wp/v2/posts"}]},
        "_embedded": {"author": [{"id": 2 + stable(h.s["author"]) % 9, "name": h.s["author"]}],
                      "wp:term": [[{"id": cid, "link": f"https://{h.domain}/category/{cid}/", "name": g["section"],
                                    "slug": urllib.parse.quote(g["section"].replace(" ", "-")).lower(),
                                    "taxonomy": "category"}], []]},
    }
    _shown(g, post["date"], loc, True)
    text = json.dumps(post, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    return _json_page(Flat(), g, chrome, text)


def _appapi(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
            crawl: dt.datetime) -> Flat:
    nid = h.s["code0"] + int(key) % 9000
    if r.random() < h.s["kick_p"]:
        g["surtitle"] = pick(r, KICKERS["json"])
    blocks: list[dict] = []
    chrome = [h.name, "OK"]
    for i, p in enumerate(g["body_paragraphs"]):
        blocks.append({"type": "text", "value": p})
        if i == 0 and r.random() < 0.6:
            cap = f"تصویر: {_who(r)}"
            blocks.append({"type": "image", "src": f"https://cdn.{h.domain.split('.', 1)[1]}/img/{nid}.jpg",
                           "caption": cap})
            chrome.append(cap)
    pub = f"{_jnum(loc, 'en')} {_clock(loc, 'en')}"
    upd = _after(loc, r, (2, 200))
    src = _agency_name(g) if g["agency"] and h.s["agency"] == "credit" else h.name
    related = [{"id": nid - 7 * (i + 1), "title": t, "publishDate": f"{_jnum(loc - dt.timedelta(days=i + 1), 'en')}"
                f" {_clock(loc - dt.timedelta(hours=5 * i + 3), 'en')}"} for i, t in enumerate(others[:4])]
    chrome += [x for it in related for x in (it["title"], it["publishDate"])]
    if src != h.name:
        chrome.append(src)
    data = {"status": 200, "message": "OK", "data": {
        "news": {"id": nid, "serviceId": 2 + stable(g["section"]) % 30, "serviceTitle": g["section"],
                 "rootitr": g["surtitle"] or "", "title": g["title"], "lead": g["lead"] or "", "body": blocks,
                 "publishDate": pub, "publishTimestamp": int(loc.timestamp()),
                 "updateDate": f"{_jnum(upd, 'en')} {_clock(upd, 'en')}", "source": {"title": src},
                 "visitCount": r.randint(100, 90000), "shortLink": f"https://{h.domain.split('.', 1)[1]}/x/{nid:x}"},
        "related": related, "app": {"name": h.name, "minVersion": "3.4.1", "update": APP_UPDATE,
                                     "copyright": f"تمامی حقوق برای {h.name} محفوظ است."}}}
    chrome += [APP_UPDATE, f"تمامی حقوق برای {h.name} محفوظ است."]
    if g["surtitle"]:
        chrome.append(g["surtitle"])
    _shown(g, pub, loc, True)
    return _json_page(Flat(), g, chrome, json.dumps(data, ensure_ascii=False, indent=2))


def _nextdata(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
              crawl: dt.datetime) -> Flat:
    nid = h.s["code0"] + int(key) % 9000
    menu = ["خانه", *h.sections, "ویدئو", "درباره ما"]
    u = _utc(loc)
    upd = _utc(_after(loc, r, (2, 200)))
    latest = [{"id": nid + i + 1, "title": t, "publishedAt": f"{u + dt.timedelta(hours=i + 1):%Y-%m-%dT%H:%M:%S}.000Z"}
              for i, t in enumerate(others[:5])]
    credit = _host_credit(g, h)
    art = {"id": nid, "title": g["title"], "summary": g["lead"], "content": _paras_html(g["body_paragraphs"]),
           "category": {"title": g["section"], "slug": f"c{stable(g['section']) % 99}"},
           "publishedAt": f"{u:%Y-%m-%dT%H:%M:%S}.000Z", "updatedAt": f"{upd:%Y-%m-%dT%H:%M:%S}.000Z",
           "author": {"name": h.s["author"]}, "source": credit, "cover": f"/uploads/{nid}.webp"}
    data = {"pageProps": {"article": art, "latestNews": latest,
                          "menu": [{"title": m, "href": f"/{stable(m) % 999}"} for m in menu],
                          "siteName": h.name, "seo": {"title": f"{g['title']} | {h.name}",
                                                      "description": g["lead"] or h.tagline}},
            "__N_SSP": True}
    chrome = [h.name, *menu, h.s["author"], *[x["title"] for x in latest]]
    if credit:
        chrome.append(credit)
    if not g["lead"]:
        chrome.append(h.tagline)
    _shown(g, art["publishedAt"], loc, True)
    return _json_page(Flat(), g, chrome, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


# ---------------------------------------------------------------------------------------------- 3. story clusters


def _agg_head(doc: Doc, h: Host, sec: str | None, current: bool) -> None:
    _site_head(doc, h)
    doc.chrome('<form class="search"><input placeholder="جستجو در خبرها"><button>جستجو</button></form>\n', "جستجو")
    _menu(doc, h.menu if not current else ["خانه", *h.sections, "همه منابع"], sec if current else None)


def _source_row(doc: Doc, g: dict, when: str, markup: str | None = None) -> None:
    src = _agency_name(g) or ""
    t = markup or f"<span>{e(when)}</span>"
    doc.chrome(f'<div class="source-row"><img src="/logos/{stable(src) % 999}.png" alt="{e(src)}"> '
               f'<a class="src">{e(src)}</a> {t}</div>\n', src, when)


def _cluster_box(doc: Doc, r: random.Random, g: dict, loc: dt.datetime, crawl: dt.datetime) -> None:
    n = r.randint(3, 7)
    heads = _rewordings(r, g["title"], n)
    srcs = _outlets(r, len(heads), g["agency"])
    rows = []
    for i, (s, t) in enumerate(zip(srcs, heads)):
        when = _clock(loc + dt.timedelta(minutes=r.randint(5, 240))) if i % 2 else _ago(
            loc + dt.timedelta(minutes=r.randint(5, 600)), crawl)
        rows.append((s, t, when))
    head = dg(f"این خبر در {len(rows)} رسانه دیگر", "fa")
    doc.chrome(f'<section class="cluster"><h2>{head}</h2><ul>' + "".join(
        f'<li><span class="src">{e(s)}</span> <a href="/go/{stable(t) % 10**6}">{e(t)}</a> <span class="t">{w}</span>'
        "</li>" for s, t, w in rows) + "</ul></section>\n", head, *[x for row in rows for x in row])


def _cluster(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
             key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    _agg_head(doc, h, sec, v == "timeline")
    if v != "timeline":
        _trail(doc, ["خانه", PARENTS[h.family], sec])
    doc.add('<article class="story">\n')
    src = _agency_name(g) or ""
    if v == "fulltext":
        when = f"{_jday(loc)} - {_clock(loc)}"
        _source_row(doc, g, when)
        _shown(g, when, loc, True)
    elif v == "excerpt":
        age = _ago(loc, crawl)
        _source_row(doc, g, age, f'<time datetime="{loc.isoformat()}">{age}</time>')
        _shown(g, age, loc, True, markup=True, only=True)
    else:
        when = f"{_jnum(loc)} - {_clock(loc)}"
        _source_row(doc, g, when)
        _shown(g, when, loc, True)
    _kicker(doc, h, r, g)
    _title(doc, g)
    _lead(doc, g)
    if v == "excerpt" and len(g["body_paragraphs"]) > 2:
        g["body_paragraphs"] = g["body_paragraphs"][:2]
        _body(doc, g["body_paragraphs"])
        more = f"ادامه خبر را در سایت {src} بخوانید"
        doc.chrome(f'<a class="more">{e(more)}</a>\n', more)
    else:
        _body(doc, g["body_paragraphs"])
    go = "مشاهده خبر در سایت منبع"
    doc.chrome(f'<a class="go" rel="nofollow">{go}</a>\n', go)
    if v == "fulltext":
        up = f"آخرین به‌روزرسانی خوشه: {_jday(_after(loc, r, (20, 200)))}"
        doc.chrome(f'<div class="cluster-upd">{e(up)}</div>\n', up)
    doc.add("</article>\n")
    _cluster_box(doc, r, g, loc, crawl)
    if v == "timeline":
        steps = [(_jday(loc - dt.timedelta(days=3 * i + r.randint(1, 2))), t) for i, t in enumerate(others[:5])]
        topic = f"پرونده: {pick(r, ['کارگران مهاجر', 'بازار کار', 'مهاجرت کاری'])}"
        doc.chrome(f'<section class="timeline"><h2>روند خبر</h2><h3>{e(topic)}</h3><ol>' + "".join(
            f'<li><time>{d}</time> <a>{e(t)}</a></li>' for d, t in steps) + "</ol></section>\n", "روند خبر", topic,
            *[x for row in steps for x in row])
    linked_titles(doc, "پربازدیدترین‌ها", others[5:10], "most-read")
    _footer(doc, h, crawl, [f"درباره {h.name}", "منابع ما", "تماس", "حریم خصوصی"])


# ---------------------------------------------------------------------------------------------- 4. help centres


def _help(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
          key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    author = h.s["author"]
    if v == "zendesk":
        doc.chrome(f'<header class="header"><a class="logo">{e(h.name)}</a><nav class="user-nav"><a>ارسال درخواست</a> '
                   "<a>ورود</a></nav></header>\n", h.name, "ارسال درخواست", "ورود")
        doc.chrome('<nav class="sub-nav"><ol class="breadcrumbs">' + "".join(
            f'<li title="{e(x)}"><a>{e(x)}</a></li>' for x in (h.name, PARENTS[h.family], sec))
            + '</ol><form class="search"><input placeholder="جستجو"></form></nav>\n', PARENTS[h.family], sec)
        doc.add('<article class="article"><header class="article-header">\n')
        _title(doc, g, "h1", "article-title")
        age = _ago(loc, crawl)
        doc.chrome(f'<div class="article-author"><div class="article-meta"><a>{e(author)}</a><ul class="meta-group">'
                   f'<li class="meta-data"><time datetime="{_utc(loc):%Y-%m-%dT%H:%M:%SZ}" '
                   f'title="{loc:%Y-%m-%d %H:%M}" '
                   f'data-datetime="relative">{age}</time></li></ul></div></div><a class="article-subscribe">دنبال کردن'
                   "</a></header>\n", author, age, "دنبال کردن")
        _shown(g, age, loc, True, markup=True, only=True)
        doc.add('<section class="article-info"><div class="article-body">\n')
        _body(doc, g["body_paragraphs"])
        doc.add("</div></section>\n")
        ok = r.randint(2, 40)
        votes = dg(f"{ok} نفر از {ok + r.randint(0, 20)} نفر این را مفید دانستند", "fa")
        more = ["سؤال دیگری دارید؟ درخواست ارسال کنید", "بازگشت به بالا"]
        doc.chrome('<footer><div class="article-votes">' + "".join(f"<span>{x}</span> " for x in HELPFUL)
                   + f"<small>{votes}</small></div><div>{more[0]}</div><div>{more[1]}</div></footer></article>\n",
                   *HELPFUL, votes, *more)
        _items(doc, "مقالات مرتبط", others[:4], "related-articles")
        _items(doc, "مقالات در این بخش", others[4:8], "section-articles")
        doc.chrome('<section class="comments"><h2>نظرات</h2><p>۰ نظر</p><p>لطفاً برای گذاشتن نظر وارد سیستم شوید.'
                   "</p></section>\n", "نظرات", "۰ نظر", "لطفاً برای گذاشتن نظر وارد سیستم شوید.")
        doc.chrome(f'<footer class="footer"><a>{e(h.name)}</a> <span>قدرت گرفته از Zendesk</span></footer>\n',
                   "قدرت گرفته از Zendesk")
        return
    if v == "freshdesk":
        top = [h.name, "صفحه اصلی", "راهنمای کاربران", "ورود", "ثبت‌نام"]
        doc.chrome('<header class="fw-header">' + " ".join(f"<a>{e(x)}</a>" for x in top) + "</header>\n", *top)
        _trail(doc, ["صفحه اصلی راهنما", PARENTS[h.family], sec], "breadcrumb", "/")
        _title(doc, g, "h2", "heading")
        upd = _after(loc, r, (3, 400))
        row = [f"ایجاد: {_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}", f"آخرین ویرایش: {_wd(upd)} {_jday(upd)}"]
        doc.chrome('<p class="help-text">' + " | ".join(e(x) for x in row) + ' <a class="print">چاپ</a></p>\n', *row,
                   "چاپ")
        _shown(g, row[0], loc, True)
        doc.add('<article class="article-body">\n')
        _body(doc, g["body_paragraphs"])
        doc.add("</article>\n")
        vote = ["آیا این پاسخ به شما کمک کرد؟", "بله", "خیر"]
        doc.chrome('<div class="article-vote">' + " ".join(vote) + "</div>\n", " ".join(vote))
        _items(doc, "مقالات مرتبط", others[:5], "related")
        doc.chrome('<footer class="fw-footer">پشتیبانی‌شده توسط Freshdesk</footer>\n', "پشتیبانی‌شده توسط Freshdesk")
        return
    doc.chrome(f'<header class="header"><a class="logo">{e(h.name)}</a> <a>به وب‌سایت ما بروید</a> '
               '<input placeholder="جستجو برای مقالات..."></header>\n', h.name, "به وب‌سایت ما بروید")
    doc.chrome(f'<section class="breadcrumbs"><a>همه مجموعه‌ها</a> &gt; <a>{e(sec)}</a> &gt; <span>{e(g["title"])}'
               "</span></section>\n", f"همه مجموعه‌ها > {sec} > {g['title']}")
    doc.add('<div class="article">\n')
    _title(doc, g, "h1", "t__h1")
    _lead(doc, g, "description")
    by = [f"نوشته‌شده توسط {author}", "به‌روزرسانی بیش از یک هفته پیش"]
    doc.chrome('<div class="avatar">' + "".join(f"<span>{e(x)}</span>" for x in by) + "</div>\n", *by)
    _none(g)
    _body(doc, g["body_paragraphs"])
    doc.chrome('<div class="reactions">آیا پاسخ سؤال‌تان را گرفتید؟ 😞 😐 😃</div></div>\n',
               "آیا پاسخ سؤال‌تان را گرفتید؟ 😞 😐 😃")
    doc.chrome(f'<footer><a>{e(h.name)}</a> <span>ساخته‌شده با Intercom</span></footer>\n', "ساخته‌شده با Intercom")


# ---------------------------------------------------------------------------------------------- 5. HTTP exchanges


def _news_page(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime, key: str, style: str, mark=None) -> None:
    """A news page of the host (the page inside an HTTP exchange, or under an annotating tool): the section as a
    ``trail``, a ``label`` or the ``menu`` item marked current; ``mark(paragraph)`` the markup of a paragraph."""
    sec = g["section"]
    _site_head(doc, h)
    _menu(doc, ["صفحه اصلی", *h.sections, "آرشیو"] if style == "menu" else h.menu, sec if style == "menu" else None)
    doc.add('<article class="news">\n')
    if style == "trail":
        _trail(doc, [h.menu[0], PARENTS[h.family], sec])
    _kicker(doc, h, r, g)
    if mark:
        doc.add(f'<h1 class="title">{mark(g["title"])}</h1>\n', [("title", g["title"])])
    else:
        _title(doc, g)
    code = _code(h, key)
    v = h.s["variant"]
    if style == "menu":
        age = _ago(loc, crawl)
        upd = f"به‌روزرسانی: {_jday(_after(loc, r, (20, 400)))}"
        doc.chrome(f'<div class="meta"><time datetime="{loc.isoformat()}">{age}</time> <span>{e(upd)}</span></div>\n',
                   age, upd)
        _shown(g, age, loc, True, markup=True, only=True)
    else:
        when = {"wget": f"{_jday(loc)} - {_clock(loc)}", "curl": f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}",
                "warc": f"{_jnum(loc)} - {_clock(loc)}", "searchmark": f"{_jday(loc)} - {_clock(loc)}",
                "hypothesis": f"{_wd(loc)} {_jnum(loc, short=True)} ساعت {_clock(loc)}"}[v]
        row = [when, code] if style == "trail" else [f"سرویس: {sec}", when, code]
        doc.chrome('<div class="meta">' + " ".join(f"<span>{e(x)}</span>" for x in row) + "</div>\n", *row)
        _shown(g, when, loc, True)
    if g["lead"]:
        doc.add(f'<p class="lead">{mark(g["lead"]) if mark else e(g["lead"])}</p>\n', [("lead", g["lead"])])
    if r.random() < 0.5:
        cap = f"عکس: {_who(r)}"
        doc.chrome(f'<figure><img src="/img/{stable(key) % 10**5}.jpg" alt=""><figcaption>{e(cap)}</figcaption>'
                   "</figure>\n", cap)
    doc.add('<div class="body">\n')
    for p in g["body_paragraphs"]:
        doc.add(f"<p>{mark(p) if mark else e(p)}</p>\n", [("body", p)])
    doc.add("</div>\n")
    _credit_line(doc, g, h)
    tags = "برچسب‌ها: " + "، ".join(r.sample(h.sections, 2))
    doc.chrome(f'<div class="tags">{e(tags)}</div></article>\n', tags)
    linked_titles(doc, "اخبار مرتبط", others[:5], "related")
    _footer(doc, h, crawl)


def _chunked(doc: Doc, r: random.Random) -> None:
    """A WARC record's chunked payload: chunk sizes (hex lines) between the page's parts, and the last «0»."""
    n = len(doc.parts)
    cuts = sorted(r.sample(range(2, n), min(n - 2, r.randint(2, 4)))) if n > 4 else []
    for k in reversed(cuts):
        size = f"{r.randint(0x400, 0x3fff):x}"
        doc.parts.insert(k, (f"\r\n{size}\r\n", [("c", size)], "chrome"))


def _http_headers(h: Host, r: random.Random, g: dict, crawl: dt.datetime, upd: dt.datetime) -> list[str]:
    """The response headers the host sent for the page (its ``Date`` the crawl's, ``Last-Modified`` a later edit)."""
    v = h.s["variant"]
    if v == "curl":
        return ["HTTP/2 200", "server: ArvanCloud", f"date: {_http_date(crawl)}",
                "content-type: text/html; charset=utf-8", "vary: Accept-Encoding",
                f"last-modified: {_http_date(upd)}", "x-cache: HIT", "ar-poweredby: Arvan Cloud (arvancloud.ir)",
                f"ar-request-id: {stable(crawl, h.domain) % 16**16:016x}",
                "strict-transport-security: max-age=31536000"]
    heads = ["HTTP/1.1 200 OK", f"Server: {h.s['server']}", f"Date: {_http_date(crawl)}",
             "Content-Type: text/html; charset=UTF-8"]
    if v == "warc":
        heads.append("Transfer-Encoding: chunked")
    heads += ["Connection: keep-alive", "Vary: Accept-Encoding", f"Last-Modified: {_http_date(upd)}",
              "X-Powered-By: PHP/7.4.33",
              f"Set-Cookie: PHPSESSID={stable(crawl, 'a'):016x}{stable(crawl, 'b') % 16**10:010x}; path=/",
              "Cache-Control: no-store, no-cache, must-revalidate", "Pragma: no-cache"]
    return heads


# ---------------------------------------------------------------------------------------------- 6. fact checks


def _claim(r: random.Random, loc: dt.datetime) -> tuple[str, str, dt.datetime, str]:
    """A claim the page examines: its text, who spread it, its own (earlier) day, the verdict."""
    return (pick(r, CLAIMS), pick(r, CLAIMANTS), loc - dt.timedelta(days=r.randint(1, 12), hours=r.randint(0, 20)),
            pick(r, VERDICTS[2:]) if r.random() < 0.8 else pick(r, VERDICTS[:2]))


def _factcheck(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
               key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    claim, who, said, verdict = _claim(r, loc)
    g["_claim"] = (claim, who, said, verdict)
    _site_head(doc, h)
    if v == "meter":
        _menu(doc, ["خانه", *h.sections, "ادعاها"], sec, "categories")
    else:
        _menu(doc, h.menu)
    doc.add('<article class="fact-check">\n')
    if v == "claimwp":
        _trail(doc, ["خانه", PARENTS[h.family], sec])
        doc.chrome(f'<div class="verdict-badge">{e(verdict)}</div>\n', verdict)
        _title(doc, g)
        when = f"تاریخ انتشار: {_jday(loc)}"
        upd = f"آخرین به‌روزرسانی: {_jday(_after(loc, r, (20, 500)))}"
        doc.chrome(f'<div class="meta"><span>{e(h.s["author"])}</span> <span>{when}</span> <span>{upd}</span></div>\n',
                   h.s["author"], when, upd)
        _shown(g, when, loc, False, markup=True)
        box = ["ادعا", claim, f"منبع ادعا: {who}", f"تاریخ ادعا: {_jday(said)}", f"حکم: {verdict}"]
        doc.chrome('<div class="claim-box"><div class="label">ادعا</div>' + f'<p class="claim">{e(claim)}</p>'
                   + "".join(f"<div>{e(x)}</div>" for x in box[2:]) + "</div>\n", *box)
        if g["lead"]:
            doc.chrome('<div class="summary"><h3>خلاصه</h3>\n', "خلاصه")
            _lead(doc, g, "summary-text")
            doc.add("</div>\n")
        _body(doc, g["body_paragraphs"])
        srcs = [f"{o}، «{t}»، {_jday(loc - dt.timedelta(days=r.randint(15, 400)))}"
                for o, t in zip(_outlets(r, 3, None), others[:3])]
        doc.chrome('<div class="sources"><h3>منابع</h3><ol>' + "".join(f"<li>{e(x)}</li>" for x in srcs)
                   + "</ol></div>\n", "منابع", *srcs)
        method = f"{h.name} ادعاها را با روشی شفاف و مستند می‌سنجد. روش کار ما"
        doc.chrome(f'<p class="method">{e(method)}</p>\n', method)
    elif v == "desk":
        _kicker(doc, h, r, g)
        _title(doc, g)
        when = f"{_wd(loc)} {_jday(loc)} - {_clock(loc)}"
        row = [f"سرویس: {sec}", when, _code(h, key)]
        doc.chrome('<div class="news-info">' + " | ".join(e(x) for x in row) + "</div>\n", " | ".join(row))
        _shown(g, when, loc, True)
        _lead(doc, g)
        doc.chrome(f'<blockquote class="claim"><strong>ادعا:</strong> {e(claim)}</blockquote>\n', f"ادعا: {claim}")
        doc.chrome(f'<p class="verdict"><strong>نتیجه:</strong> {e(verdict)}</p>\n', f"نتیجه: {verdict}")
        _body(doc, g["body_paragraphs"])
    else:
        doc.chrome('<ul class="meter">' + "".join(
            f'<li class="{"active" if x == verdict else "off"}">{x}</li>' for x in VERDICTS) + "</ul>\n",
            *VERDICTS)
        _title(doc, g)
        doc.chrome(f'<div class="claimant"><img src="/c/{stable(who) % 99}.png" alt=""> <b>{e(who)}</b> '
                   f'<span>ادعا کرد:</span> <q>{e(claim)}</q> <time datetime="{said.isoformat()}">{_jday(said)}</time>'
                   "</div>\n", who, "ادعا کرد:", claim, _jday(said))
        age = _ago(loc, crawl)
        doc.chrome(f'<div class="byline"><span>{e(h.s["author"])}</span> · <time datetime="{loc.isoformat()}">{age}'
                   "</time></div>\n", h.s["author"], age)
        _shown(g, age, loc, True, markup=True, only=True)
        _lead(doc, g)
        _body(doc, g["body_paragraphs"])
        ask = ["ادعایی دیده‌اید؟ برای ما بفرستید", "ارسال ادعا"]
        doc.chrome(f'<div class="ask"><p>{ask[0]}</p><button>{ask[1]}</button></div>\n', *ask)
    _credit_line(doc, g, h)
    doc.add("</article>\n")
    linked_titles(doc, "آخرین راستی‌آزمایی‌ها", others[3:8], "latest")
    _footer(doc, h, crawl)


def _claim_ld(h: Host, g: dict, loc: dt.datetime) -> str:
    claim, who, said, verdict = g["_claim"]
    ld = {"@context": "https://schema.org", "@type": "ClaimReview", "url": f"https://{h.domain}/",
          "claimReviewed": claim, "datePublished": loc.isoformat(),
          "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": who},
                           "datePublished": said.date().isoformat()},
          "author": {"@type": "Organization", "name": h.name},
          "reviewRating": {"@type": "Rating", "ratingValue": 5 - VERDICTS.index(verdict), "bestRating": 5,
                           "worstRating": 1, "alternateName": verdict}}
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'


# ---------------------------------------------------------------------------------------------- 7. document viewers


def _bulletin(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> list[tuple[str, str, list[str]]]:
    """The provincial bulletin's text as a PDF holds it: (role, logical line, physical lines) in reading order, a
    page's running head and number between its pages («\\f» a page break)."""
    issue = h.s["issue0"] + int(key) % 60
    jl = jalali_day(loc)
    org = h.name if h.s["variant"] != "docshare" else pick(r, DOC_ORGS)  # (a sharing site holds others' documents)
    mast = f"خبرنامه {org}"
    run = dg(f"{mast} — شماره {issue}", "fa")
    out: list[tuple[str, str, list[str]]] = [("c", mast, [mast])]
    issue_l = dg(f"شماره {issue} | {JMONTHS[jl.month - 1]} {jl.year}", "fa")
    when = f"{_wd(loc)} {_jday(loc)}"
    out += [("c", issue_l, [issue_l]), ("c", when, [when])]
    if h.s["variant"] != "docshare":
        lab = f"بخش: {g['section']}"
        out.append(("c", lab, [lab]))
    if r.random() < h.s["kick_p"]:
        g["surtitle"] = pick(r, KICKERS["viewer"])
        out.append(("c", g["surtitle"], [g["surtitle"]]))
    out.append(("title", g["title"], [g["title"]]))
    if g["lead"]:  # (a bold lead the viewers draw a line each; a copy keeps it whole)
        out.append(("lead", g["lead"], _wrap(g["lead"], 80)[0] if h.s["variant"] != "pdfcopy" else [g["lead"]]))
    page, used = 1, 8
    for p in g["body_paragraphs"]:
        lines, _ = _wrap(p, 80)
        if used + len(lines) > 40 and used > 12:
            num = dg(f"- {page} -", "fa")
            page += 1
            out += [("c", num, [num]), ("\f", "", []), ("c", run, [run])]
            used = 2
        out.append(("body", p, lines))
        used += len(lines) + 1
    pr = f"روابط عمومی {org}"
    num = dg(f"- {page} -", "fa")
    out += [("c", pr, [pr]), ("c", num, [num])]
    g["_pages"] = page
    return out


def _span_lines(lines: list[str], top: float) -> tuple[str, float]:
    """A logical line's physical lines as a PDF.js text layer draws them from ``top`` (% of the page) down: a span
    each (its trailing space kept), right-aligned, ``<br role="presentation">`` between them; the markup and the
    next line's top."""
    out = []
    for k, x in enumerate(lines):
        left = max(6.0, 94.0 - 0.98 * len(x))
        out.append(f'<span role="presentation" dir="rtl" style="left: {left:.2f}%; top: {top:.2f}%; font-size: '
                   f'calc(var(--scale-factor)*13.00px); font-family: sans-serif; transform: '
                   f'scaleX(0.9{stable(x) % 9});">{e(x)}{" " if k < len(lines) - 1 else ""}</span>')
        top += 2.1
    return '<br role="presentation">'.join(out), top + 0.9


def _pdfjs(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
           key: str) -> None:
    text = _bulletin(h, r, g, loc, key)
    pages = g["_pages"]
    doc.add('<div id="outerContainer">\n<div id="sidebarContainer"><div id="toolbarSidebar"><button id="viewThumbnail" '
            'title="نمایش تصاویر بندانگشتی"></button><button id="viewOutline" title="نمایش طرح سند"></button></div>'
            '<div id="thumbnailView">' + "".join(
                f'<a href="#page={k}" title="صفحه {dg(k, "fa")}"><div class="thumbnail" data-page-number="{k}">'
                f'<img class="thumbnailImage" alt="تصویر بندانگشتی صفحه {dg(k, "fa")}"></div></a>'
                for k in range(1, pages + 1)) + "</div></div>\n")
    tools = ["نوار کناری", "یافتن", "صفحه قبلی", "صفحه بعدی", dg(f"از {pages}", "fa"), "کوچک‌نمایی", "بزرگ‌نمایی",
             "بزرگ‌نمایی خودکار", "چاپ", "ذخیره"]
    doc.chrome('<div id="mainContainer"><div class="toolbar"><div id="toolbarViewer">' + " ".join(
        f'<button class="toolbarButton">{e(x)}</button>' if i != 4 else f'<input type="number" id="pageNumber" '
        f'value="1"> <span id="numPages">{e(x)}</span>' for i, x in enumerate(tools)) + "</div></div>\n", *tools)
    doc.add('<div id="viewerContainer"><div id="viewer" class="pdfViewer">\n')
    page = 1
    doc.add('<div class="page" data-page-number="1" aria-label="صفحه ۱" data-loaded="true"><div class="canvasWrapper">'
            '<canvas role="presentation"></canvas></div><div class="textLayer">\n')
    top = 4.0
    for role, line, phys in text:
        if role == "\f":
            page, top = page + 1, 4.0
            doc.add(f'</div><div class="annotationLayer"></div></div>\n<div class="page" data-page-number="{page}" '
                    f'aria-label="صفحه {dg(page, "fa")}" data-loaded="true"><div class="canvasWrapper"><canvas '
                    'role="presentation"></canvas></div><div class="textLayer">\n')
            continue
        if role == "c" and re.fullmatch(r"- [۰-۹]+ -", line):
            top = 95.5
        markup, top = _span_lines(phys, top)
        doc.add(markup + '<br role="presentation">\n', [(role, line)])
    doc.add('</div><div class="annotationLayer"></div></div>\n</div></div></div></div>\n')
    when = text[2][1]
    _shown(g, when, loc, False)


def _docshare(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
              key: str) -> None:
    text = _bulletin(h, r, g, loc, key)
    pages = g["_pages"]
    _site_head(doc, h)
    _menu(doc, ["خانه", "دسته‌ها", "آپلود سند", "ورود"])
    doc.add('<main class="document">\n')
    doc.add(f'<h1 class="doc-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    up = _after(loc, r, (100, 9000))
    facts = [dg(f"{pages} صفحه", "fa"), dg(f"حجم: {r.randint(2, 48) / 10} MB", "fa").replace(".", "٫"),
             dg(f"بازدید: {fa_count(r.randint(40, 9000))}", "fa"), f"تاریخ بارگذاری: {_jnum(up)}"]
    doc.chrome('<ul class="doc-info">' + "".join(f"<li>{e(x)}</li>" for x in facts) + "</ul>\n", *facts)
    doc.chrome('<div class="doc-buttons">' + " ".join(f"<a>{x}</a>" for x in DOC_BUTTONS) + "</div>\n", *DOC_BUTTONS)
    doc.add(f'<div class="preview"><img src="/thumbs/{key}-1.png" alt=""></div>\n')
    doc.chrome('<h2>متن کامل سند</h2>\n', "متن کامل سند")
    doc.add('<div class="transcript"><div class="page-text" id="p1">\n')
    page = 1
    for role, line, phys in text:
        if role == "\f":
            page += 1
            doc.add(f'</div><div class="page-text" id="p{page}">\n')
            continue
        if role == "title":
            doc.chrome(f"<span>{e(line)}</span><br>\n")
            continue
        doc.add("<br>".join(f'<span class="ln">{e(x)}{" " if k < len(phys) - 1 else ""}</span>'
                            for k, x in enumerate(phys)) + "<br>\n", [(role, line)])
    doc.add("</div></div>\n")
    _shown(g, text[2][1], loc, False)
    _items(doc, "اسناد مشابه", others[:6], "similar", "h3", lambda i: dg(f"{r.randint(2, 40)} صفحه", "fa"))
    doc.add("</main>\n")
    _footer(doc, h, crawl, ["قوانین", "حق نشر (DMCA)", "تماس با ما"])


def _pdfcopy(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    text = _bulletin(h, r, g, loc, key)
    for role, line, phys in text:
        if role == "\f":
            f.blank()
            continue
        f.add(line, role, phys)
        if role in ("body", "lead", "title"):
            f.blank()
    _shown(g, text[2][1], loc, False)
    return f


# ---------------------------------------------------------------------------------------------- 8. marked stories


def _marker(h: Host, r: random.Random, g: dict) -> tuple:
    """How the page marks up its story's text: ``(mark(text) -> html, chrome)``."""
    v = h.s["variant"]
    texts = [g["title"], *g["body_paragraphs"]]
    if v == "searchmark":
        q = next((w for w in QUERIES if any(w in t for t in texts)), None) or max(
            (re.sub(r"[^\w\u200c]", "", w) for w in g["title"].split()), key=len)
        g["_query"] = q
        return (lambda t: e(t).replace(e(q), f'<mark class="search-highlight">{e(q)}</mark>')), q
    if v == "hypothesis":
        spots: dict[str, str] = {}
        for p in r.sample(g["body_paragraphs"], min(3, len(g["body_paragraphs"]))):
            sents = [s for s in p.split(". ") if 30 < len(s) < 200] or [" ".join(p.split()[:6])]
            spots[p] = pick(r, sents)
        g["_quotes"] = list(spots.values())

        def mark(t: str) -> str:
            q = spots.get(t)
            if not q:
                return e(t)
            tag = "hypothesis-highlight"
            return e(t).replace(e(q), f'<{tag} class="{tag}">{e(q)}</{tag}>', 1)
        return mark, None
    terms = [w for w in GLOSSARY if any(w in t for t in g["body_paragraphs"])]
    g["_terms"] = terms

    def gloss(t: str) -> str:
        out = e(t)
        for w in terms:
            out = out.replace(e(w), f'<a class="glossary-tooltip" href="/glossary/{stable(w) % 999}" '
                              f'data-tooltip="{e(GLOSSARY[w])}">{e(w)}</a>', 1)
        return out
    return gloss, None


def _marked(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
            key: str) -> None:
    v = h.s["variant"]
    mark, q = _marker(h, r, g)
    if v == "searchmark":
        n = dg(r.randint(8, 90), "fa")
        bar = [f"نتایج جستجو برای «{q}»: {n} مورد", "‹ نتیجه قبلی", "نتیجه بعدی ›", "بازگشت به نتایج"]
        doc.chrome('<div class="search-bar">' + "".join(f"<span>{e(x)}</span> " for x in bar) + "</div>\n", *bar)
        _news_page(doc, h, r, g, loc, others, crawl, key, "trail", mark)
        _items(doc, "سایر نتایج", others[5:10], "results", "h3", lambda i: _jday(loc - dt.timedelta(days=9 * i + 2)))
        return
    if v == "hypothesis":
        bar = ["via Hypothesis", "Annotations", "Page Notes", "Public", "Log in", "Sign up"]
        doc.chrome('<div class="via-banner" style="direction:ltr">' + " ".join(f"<a>{x}</a>" for x in bar)
                   + "</div>\n", *bar)
        _news_page(doc, h, r, g, loc, others, crawl, key, "label", mark)
        cards = []
        for qt in g["_quotes"]:
            t = _after(loc, r, (30, 9000))
            cards.append((pick(r, ANNOTATORS), f"{SHORT_EMONTHS[t.month - 1]} {t.day}, {t.year}", qt, pick(r, NOTES)))
        head = f"Annotations ({len(cards)})"
        doc.chrome('<hypothesis-sidebar><div class="annotations" style="direction:ltr"><h3>' + head + "</h3>"
                   + "".join(f'<div class="annotation-card"><div class="user">{u}</div><div class="ts">{d}</div>'
                             f'<blockquote dir="rtl">{e(qt)}</blockquote><p dir="rtl">{e(nt)}</p><div>Reply · Share'
                             "</div></div>" for u, d, qt, nt in cards) + "</div></hypothesis-sidebar>\n",
                   head, *[x for c in cards for x in (c[0], c[1], c[3], "Reply · Share")])
        return
    _news_page(doc, h, r, g, loc, others, crawl, key, "menu", mark)
    if g["_terms"]:
        doc.chrome('<section class="glossary-box"><h3>واژه‌نامه این مطلب</h3><ul>' + "".join(
            f"<li><b>{e(w)}</b>: {e(GLOSSARY[w])}</li>" for w in g["_terms"]) + "</ul></section>\n",
            "واژه‌نامه این مطلب", *[f"{w}: {GLOSSARY[w]}" for w in g["_terms"]])


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant (``g["_markup"]``), whether only markup does (``g["_only_markup"]``), a kicker's
    text (``g["surtitle"]``) and, on a teaser, the paragraphs it shows."""
    kind, v = h.s["kind"], h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    if fmt != "html" and v in MARKUP_SECTION:
        g["section"] = None
    if v == "teletype":
        return _teletype(h, r, g, loc, others, key)
    if v == "wprest":
        return _wprest(h, r, g, loc, others, key, crawl)
    if v == "appapi":
        return _appapi(h, r, g, loc, others, key, crawl)
    if v == "nextdata":
        return _nextdata(h, r, g, loc, others, key, crawl)
    if v == "pdfcopy":
        return _pdfcopy(h, r, g, loc, others, key)
    doc = Doc()
    if v == "terminal":
        _terminal(doc, h, r, g, loc, others, key)
    elif v == "wireprint":
        _wireprint(doc, h, r, g, loc, others, key, crawl)
    elif kind == "cluster":
        _cluster(doc, h, r, g, loc, others, crawl, key)
    elif kind == "help":
        _help(doc, h, r, g, loc, others, crawl, key)
    elif kind == "headers":
        style = {"wget": "trail", "curl": "label", "warc": "trail"}[v]
        _news_page(doc, h, r, g, loc, others, crawl, key, style)
        if v == "warc":
            _chunked(doc, r)
        g["_upd"] = _after(loc, r, (2, 400))
    elif kind == "factcheck":
        _factcheck(doc, h, r, g, loc, others, crawl, key)
    elif v == "pdfjs":
        _pdfjs(doc, h, r, g, loc, others, crawl, key)
    elif v == "docshare":
        _docshare(doc, h, r, g, loc, others, crawl, key)
    else:
        _marked(doc, h, r, g, loc, others, crawl, key)
    return doc


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing (the wire's items, an API's list, a cluster's category, a help section, a
    document archive), a removed page, an empty page."""
    v = h.s["variant"]
    now = crawl.astimezone(TEHRAN)
    if v in JSON_VARIANTS:
        f = Flat()
        if neg == "listing":
            items = [{"id": stable(t) % 90000, "title": t, "date": _jnum(now - dt.timedelta(days=i + 1), "en")}
                     for i, t in enumerate(others[5:17])]
            body = {"status": 200, "data": items, "site": h.name}
            for it in items:
                f.add(it["title"], "c", [])
            f.add(h.name, "c", [])
        elif neg == "chrome_only":
            body = {"code": "rest_post_invalid_id", "message": "شناسه نوشته نامعتبر است.", "data": {"status": 404}}
            f.add("شناسه نوشته نامعتبر است.", "c", [])
        else:
            body = {"data": [], "message": "موردی یافت نشد"}
            f.add("موردی یافت نشد", "c", [])
        f.blocks.append([json.dumps(body, ensure_ascii=(v == "wprest"))])
        return f
    if v in FLAT:
        f = Flat()
        f.add(f"{h.name} — {h.tagline}")
        f.blank()
        if neg == "listing":
            f.add("فهرست موارد اخیر")
            for i, t in enumerate(others[5:18]):
                f.add(f"{_jnum(now - dt.timedelta(days=i + 1))}  {t}")
        else:
            f.add("این سند در دسترس نیست یا حذف شده است." if neg == "chrome_only" else "(بدون متن)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="app"></div><noscript>برای مشاهده این صفحه جاوااسکریپت را فعال کنید.</noscript>\n',
                   "برای مشاهده این صفحه جاوااسکریپت را فعال کنید.")
        return doc
    _site_head(doc, h)
    if neg == "listing":
        label = {"wire": "خبرهای امروز", "cluster": "داغ‌ترین خوشه‌های خبری", "help": "اطلاعیه‌ها",
                 "headers": "آخرین اخبار", "factcheck": "آخرین راستی‌آزمایی‌ها", "viewer": "آرشیو اسناد",
                 "marked": "آخرین اخبار"}[h.s["kind"]]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = {"wire": "این خبر از سامانه حذف شده است.", "cluster": "این خوشه خبری دیگر در دسترس نیست.",
               "help": "متأسفیم، صفحه‌ای که به دنبال آن بودید وجود ندارد.", "headers": "صفحه مورد نظر یافت نشد.",
               "factcheck": "این مطلب یافت نشد.", "viewer": "سند مورد نظر یافت نشد یا حذف شده است.",
               "marked": "صفحه مورد نظر یافت نشد."}[h.s["kind"]]
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
    if kind == "wire":
        return f"{h.name} - مشاهده خبر" if v == "terminal" else "نسخه چاپی خبر"
    if kind == "viewer":
        return f"bulletin-{stable(title) % 900 + 100}.pdf" if v == "pdfjs" else f"{cut} - دانلود PDF | {h.name}"
    if kind == "help":
        return f"{title} – {h.name}"
    if kind == "cluster":
        return f"{cut} | {h.name}"
    if kind == "factcheck":
        return f"{g.get('surtitle') or 'راستی‌آزمایی'}: {cut} - {h.name}"
    if kind == "marked" and v == "searchmark":
        return f"{title} - {h.name} (نتیجه جستجو)"
    return f"{cut} - {h.name}"


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    art = g.get("kind") == "article"
    tab = _tab(h, g)
    if v == "pdfjs":
        return ('<!DOCTYPE html>\n<html dir="ltr" mozdisallowselectionprint>\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n'
                '<meta name="google" content="notranslate">\n'
                f"<title>{e(tab)}</title>\n"
                '<link rel="resource" type="application/l10n" href="locale/locale.json">\n'
                '<script src="../build/pdf.mjs" type="module"></script>\n<link rel="stylesheet" href="viewer.css">\n'
                '<script src="viewer.mjs" type="module"></script>\n</head>\n'
                f'<body tabindex="1">\n{doc.html()}</body>\n</html>\n')
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<link rel="canonical" href="{e(url)}">']
    if art and kind not in ("wire",):
        metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
        metas.append(f'<meta property="og:site_name" content="{e(h.name)}">')
    if art and kind == "factcheck" and v == "claimwp":
        metas.append(_claim_ld(h, g, g["_shown"][1]))
    if kind == "wire" and v == "wireprint":
        metas.append("<style>@media print{.noprint{display:none}}</style>")
    if v == "hypothesis":
        metas.insert(0, '<script src="https://hypothes.is/embed.js" async></script>')
        metas.append('<base href="https://www.abshar-khabar.ir/">')
    if v == "zendesk":
        metas.append('<meta name="generator" content="Zendesk Guide">')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(30 + stable(h.domain) % 60))
    metas.append(f"<style>{rules}</style>")
    body = "<body onload=\"window.print()\">" if v == "wireprint" else "<body>"
    out = ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(metas)
           + f"\n</head>\n{body}\n{doc.html()}</body>\n</html>\n")
    if kind == "headers":
        upd = g.get("_upd") or crawl - dt.timedelta(days=3)
        heads = _http_headers(h, r, g, crawl, upd)
        doc.parts.insert(0, ("", [("c", x) for x in heads], "chrome"))  # (the exchange's lines: chrome)
        if v == "warc":
            size = len(out.encode("utf-8")) + 40 * len(heads)
            warc = ["WARC/1.0", "WARC-Type: response",
                    f"WARC-Record-ID: <urn:uuid:{_uuid(stable(url, crawl))}>",
                    f"WARC-Date: {_utc(crawl):%Y-%m-%dT%H:%M:%SZ}", f"WARC-Target-URI: {url}",
                    f"WARC-IP-Address: {h.s['ip']}", "Content-Type: application/http; msgtype=response",
                    f"WARC-Payload-Digest: sha1:{_b32(out)}", f"Content-Length: {size}"]
            first = f"{len(out.encode('utf-8')) // 3:x}"
            doc.parts.insert(0, ("", [("c", x) for x in warc if "<" not in x], "chrome"))  # (an HTML reader takes
            # «<urn:…>» for a tag)
            out = "\r\n".join(warc) + "\r\n\r\n" + "\r\n".join(heads) + f"\r\n\r\n{first}\r\n" + out + "\r\n0\r\n\r\n"
        else:
            out = "\r\n".join(heads) + "\r\n\r\n" + out
    return out


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    if kind == "wire":
        return {"terminal": f"https://{h.domain}/monitor/item/{key}",
                "teletype": f"https://{h.domain}/takes/{crawl:%Y%m%d}/{key}.txt",
                "wireprint": f"https://{h.domain}/monitor/print/{key}"}[v]
    if v == "wprest":
        return f"https://{h.domain}/wp-json/wp/v2/posts/{1000 + int(key) % 90000}?_embed"
    if v == "appapi":
        return f"https://{h.domain}/v2/news/{key}"
    if v == "nextdata":
        return f"https://{h.domain}/_next/data/{h.s['build']}/fa/news/{key}.json"
    if kind == "cluster":
        return f"https://{h.domain}/cluster/{slug}"
    if kind == "help":
        return f"https://{h.domain}/hc/fa/articles/{key}{stable(key) % 10**6}" if v == "zendesk" else \
            f"https://{h.domain}/support/solutions/articles/{key}" if v == "freshdesk" else \
            f"https://{h.domain}/fa/articles/{key}-{slug}"
    if kind == "viewer":
        return f"https://{h.domain}/pdfjs/web/viewer.html?file=/files/{slug}.pdf" if v == "pdfjs" else \
            f"https://{h.domain}/doc/{key}/{slug}" if v == "docshare" else f"https://{h.domain}/files/{slug}.txt"
    if v == "hypothesis":
        return f"https://via.hypothes.is/https://www.abshar-khabar.ir/news/{key}/"
    if v == "searchmark":
        return f"https://{h.domain}/news/{key}/{slug}?from=search"
    return f"https://{h.domain}/news/{key}/{slug}"


def _day(h: Host, pub: dt.datetime) -> dt.datetime:
    return same_day_in_utc(pub) if h.s["variant"] in UTC_SHOWN else pub


def build(out_dir, n: int = 400, seed: int = 397, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="au", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED,
                     day=_day)


