"""Family set AW: eight families, written blind to the extractor. Kinds 1-4 are other makes of the classes the held
AU and AV families hold (page viewers with a text layer, feed exports, note exports, revision views), kinds 5-8 kinds
no earlier set had: transcribed news videos, chat exports, Usenet posts and feature-phone (WAP) pages.

    build(out_dir, n, seed=421, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; invented hosts and names, stories from the corpus. Tables in
:mod:`site_families_aw_tables`; the build loop is :func:`family_frames.build_set`; the date and box helpers are AQ's,
AT's and AV's. One kind a family, three hosts a family that differ in the kind's variants
(:data:`site_families_aw_tables.VARIANT`):

1. ``dam_reservoirs``  page viewers: a page-flip e-paper's article zone (the issue line, «صفحه ۳ — rubric», the page
   image's zone map, running head and foot around the zone's text), Word Online's viewer of a bulletin (pages with
   their running head and «صفحه ۱ از ۳», each paragraph in text runs) and a scanned bulletin's OCR text layer as
   ``pdftotext`` writes it (hard-wrapped lines, running heads, «- ۲ -», form feeds between pages);
2. ``airport_delays``  feed exports read as text: an RSS 2.0 item (``content:encoded`` CDATA, the ``pubDate`` with
   its offset, the crawl's ``lastBuildDate``), a JSON Feed 1.1 (``content_html`` with slashes escaped, a later
   ``date_modified``, the category in an extension object) and a CMS's news table as CSV (escaped HTML in a cell
   broken over lines, ``created_at`` / ``updated_at``, ``rotitr`` the kicker);
3. ``honey_farms``  clipped stories in note exports: an Obsidian web clip (YAML front matter: ``published`` the story's,
   ``created`` the clip's day; «# title», «> lead», a personal note and ``[[links]]`` under it), an Evernote ENEX
   export (the ENML note in CDATA, ``created`` and ``export-date`` later days) and a Notion HTML export (a property
   table: «Created» a later instant, «دسته» the section, «تاریخ خبر» in English);
4. ``taxi_meters``  revision views: a MediaWiki diff (old and current revision side by side, the current revision
   rendered under it with its date line and category box; revision times no date), WordPress's «مقایسه نسخه‌ها»
   screen (title and content rows in two columns, deleted and added lines; no day nor section) and a Google Docs
   version history (the current text with additions highlighted inline, versions with their times beside it).
5. ``desert_locusts``  transcribed news videos: a transcript export (speaker and timecode lines between paragraphs,
   the recording's later time under the title), a news site's video page with a timestamped transcript, and a video
   host's page (views, an age with the instant only in ``<time datetime>``, the report in the description);
6. ``bread_queues``  chat exports holding a forwarded story: a web viewer of a WhatsApp export (each message's
   «12/5/26, 10:40 - name» apart from its text), a saved WhatsApp Web page (forwarded label, link preview, the chat's
   day separators) and a Telegram Desktop export (a forwarded channel post with its time in a ``title``, a hashtag
   the section); the chat's days are no story date, other members share other stories' titles;
7. ``chess_clubs``  Usenet: a raw article (headers, the ``Date`` of the post, the pasted story wrapped at 72 columns,
   a signature after «-- »), a groups web view (the subject as heading, the post's English time, a reply quoting it)
   and a web-news gateway (a header table, the story in ``<pre>``, the thread's other subjects);
8. ``rural_clinics``  feature-phone pages: WML decks (the story over cards linked by «ادامه»), XHTML Mobile Profile
   pages (a trail, numbered access keys) and i-mode cHTML (a ``<marquee>`` of other titles, «[1]خانه» links).

Gold as AV's: the title the story's headline, the section the story's own rubric (an e-paper page's, a label's, a
feed's category, a property, a hashtag; none where the page shows none), a kicker the gold ``surtitle``, the lead a
standfirst shown apart, the agency the story's credit or a «منبع: …» the page adds; ``published_iso`` the story's day as
the page shows it, ``published_time`` the instant with its offset when the page shows its time or holds it in markup.
Build, export, clip, revision, recording, chat and post times are no story date. About 7% negatives, ~10% of the
stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import random
import textwrap

from family_frames import DOMESTIC, build_set, fa_count, source_credit
from family_pages import canon, pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_ao import Flat
from site_families_aq import _ago, _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _body, _footer, _lead, _none, _site_head, _title
from site_families_av import _dateline, _mmss, _older, _rfc, _today, _x
from site_families_aw_tables import (
    FAMILIES,
    HOSTS,
    KEYWORDS,
    KICKERS,
    KIND,
    OFFICE,
    REPLIES,
    SECTIONS,
    TAGS,
    VARIANT,
    WAP_LINKS,
    WP_ADMIN,
)
from site_families_h import FIRST, LAST, TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"ocrtext", "wpcompare", "otter", "wa_viewer", "wa_web", "nntp"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"ocrtext", "rss", "jsonfeed", "csvdump", "obsidian", "enex", "otter", "nntp"}
#: the agency habit of a variant or kind that has one
AGENCY = {"rss": "credit", "jsonfeed": "keep", "csvdump": "none", "wpcompare": "keep", "chat": "keep",
          "usenet": "credit"}
#: the share of a kind's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"viewer": 0.85, "feed": 0.0, "notes": 0.9, "revisions": 0.85, "transcript": 0.85, "chat": 0.85,
          "usenet": 0.85, "wap": 0.9}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"epaper": 0.5, "officeweb": 0.4, "rss": 0.6, "jsonfeed": 0.5, "csvdump": 0.6, "obsidian": 0.4, "enex": 0.4,
          "notion": 0.3, "gdocs": 0.5, "player": 0.5, "vidhost": 0.4, "wa_web": 0.2, "groups": 0.3, "xhtmlmp": 0.4,
          "chtml": 0.3}
#: how often a variant's headline carries a kicker
KICK_P = {"epaper": 0.4, "csvdump": 0.5, "gdocs": 0.3, "player": 0.3, "xhtmlmp": 0.3}
#: Gregorian months as Persian pages name them
GMONTHS_FA = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
              "دسامبر"]
EMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
e = html.escape
UTC = dt.timezone.utc


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-aw-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P[kind],
         "agency": AGENCY.get(variant) or AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0), "kick_p": KICK_P.get(variant, 0.0),
         "user": f"{pick(r, FIRST)} {pick(r, LAST)}", "wrap": pick(r, [64, 68, 72]),
         "members": [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(4)], "style": stable(domain) % 4,
         "group": f"fa.{pick(r, ['sport', 'rec', 'soc'])}.{pick(r, ['shatranj', 'chess', 'bazi'])}"}
    return Host(family, domain, name, tagline, [], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _kicker(doc: Doc, h: Host, r: random.Random, g: dict, cls: str = "kicker") -> None:
    if r.random() >= h.s["kick_p"]:
        return
    k = pick(r, KICKERS)
    g["surtitle"] = k
    doc.chrome(f'<div class="{cls}">{e(k)}</div>\n', k)


def _credit_text(g: dict, h: Host) -> str | None:
    return source_credit(g["agency"]) if g["agency"] and h.s["agency"] == "credit" else None


def _credit(doc: Doc, g: dict, h: Host, tag: str = "p") -> None:
    c = _credit_text(g, h)
    if c:
        doc.chrome(f'<{tag} class="source">{e(c)}</{tag}>\n', c)


def _line(doc: Doc, text: str, cls: str, tag: str = "div") -> None:
    doc.chrome(f'<{tag} class="{cls}">{e(text)}</{tag}>\n', text)


def _gday(t: dt.datetime) -> str:
    """A Gregorian day as Persian pages write it: «۵ دسامبر ۲۰۲۶»."""
    return dg(f"{t.day} {GMONTHS_FA[t.month - 1]} {t.year}", "fa")


def _wrapped(p: str, width: int) -> list[str]:
    """A paragraph hard-wrapped at ``width`` (whole when the wrap would not give it back)."""
    lines = textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)
    return lines if " ".join(lines) == p and len(lines) <= 36 else [p]


def _src(r: random.Random, g: dict, key: str) -> str:
    site = pick(r, ["www.khabar-online.ir", "khabarfori.com", "www.akhbar-rooz.ir", "news.tazeha.org"])
    return f"https://{site}/news/{stable(key, g['title']) % 10**6}"


def _paged(paras: list[str], k: int) -> list[list[str]]:
    return [paras[i:i + k] for i in range(0, len(paras), k)] or [[]]


# ---------------------------------------------------------------------------------------------- 1. page viewers


def _epaper(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    issue = 2000 + (loc.date() - dt.date(2016, 1, 1)).days
    page_no, pages = 2 + stable(g["section"], h.domain) % 14, 16
    issue_line = dg(f"شماره {issue} - {_wd(loc)} {_jday(loc)}", "fa")
    _shown(g, issue_line, loc, False)
    bar = [h.name, "نسخه الکترونیک", issue_line]
    doc.chrome('<div class="ep-top">' + "".join(f"<span>{e(x)}</span> " for x in bar) + "</div>\n", *bar)
    tools = ["صفحه قبل", dg(f"صفحه {page_no} از {pages}", "fa"), "صفحه بعد", "بزرگنمایی", "دانلود PDF این صفحه"]
    doc.chrome('<div class="ep-tools">' + "".join(f"<button>{e(x)}</button>" for x in tools) + "</div>\n", *tools)
    rubric = dg(f"صفحه {page_no} — {g['section']}", "fa")
    doc.chrome(f'<div class="page-name">{e(rubric)}</div>\n', rubric)
    areas = "".join(f'<area shape="rect" coords="{40 + 90 * i},60,{120 + 90 * i},400" href="#z{i}" alt="{e(t)}">'
                    for i, t in enumerate(others[:4] + [g["title"]]))
    doc.add(f'<div class="page-image"><img src="/issues/{issue}/p{page_no}.jpg" usemap="#zones"><map name="zones">'
            f"{areas}</map></div>\n")
    head = f"{h.name} | {rubric}"
    doc.chrome(f'<div class="zone-panel"><div class="running-head">{e(head)}</div>\n', head)
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h2", "zone-title")
    _lead(doc, g, "zone-lead")
    _body(doc, g["body_paragraphs"], "zone-text")
    _credit(doc, g, h)
    foot = dg(f"{h.tagline} — شماره {issue} — صفحه {page_no}", "fa")
    doc.chrome(f'<div class="running-foot">{e(foot)}</div></div>\n', foot)
    _items(doc, "مطالب این صفحه", others[:4], "zone-list", "h3")


def _runs(p: str) -> str:
    """A paragraph as Word Online's viewer writes it: two text runs."""
    words = p.split(" ")
    k = max(1, len(words) // 3)
    a, b = " ".join(words[:k]), " ".join(words[k:])
    runs = f'<span class="TextRun"><span class="NormalTextRun">{e(a)}</span></span>'
    if b:
        runs += f'<span class="TextRun"><span class="NormalTextRun">{e(" " + b)}</span></span>'
    return runs


def _officeweb(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> None:
    fname = f"bulletin-{key}.docx"
    bar = [*OFFICE, fname]
    doc.chrome('<div class="AppHeader">' + "".join(f"<span>{e(x)}</span> " for x in bar) + "</div>\n", *bar)
    chunks = _paged(g["body_paragraphs"], 4)
    head = f"{h.name} — {h.tagline}"
    for k, chunk in enumerate(chunks):
        doc.chrome(f'<div class="Page"><div class="Header"><p class="Paragraph">{e(head)}</p></div>\n', head)
        doc.add('<div class="OutlineElement Rtl">\n')
        if k == 0:
            if g["section"]:
                _line(doc, f"سرویس: {g['section']}", "Paragraph", "p")
            doc.add(f'<p class="Paragraph Title">{_runs(g["title"])}</p>\n', [("title", g["title"])])
            d = _dateline(g, loc, h.s["style"])
            doc.chrome(f'<p class="Paragraph">{_runs(d)}</p>\n', d)
            if g["lead"]:
                doc.add(f'<p class="Paragraph"><b>{_runs(g["lead"])}</b></p>\n', [("lead", g["lead"])])
        for p in chunk:
            doc.add(f'<p class="Paragraph">{_runs(p)}</p>\n', [("body", p)])
        if k == len(chunks) - 1:
            _credit(doc, g, h)
        foot = dg(f"صفحه {k + 1} از {len(chunks)}", "fa")
        doc.chrome(f'</div><div class="Footer"><p class="Paragraph">{e(foot)}</p></div></div>\n', foot)
    words = sum(len(p.split()) for p in g["body_paragraphs"])
    status = [dg(f"صفحه ۱ از {len(chunks)}", "fa"), dg(f"{words} کلمه", "fa"), "فارسی (ایران)", "۱۰۰٪"]
    doc.chrome('<div class="StatusBar">' + "".join(f"<span>{e(x)}</span> " for x in status) + "</div>\n", *status)


def _ocrtext(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    f = Flat()
    w = h.s["wrap"]
    head = f"{h.name} - {h.tagline}"
    f.add(head)
    day = f"تاریخ: {_jnum(loc)}"
    f.add(day)
    _shown(g, day, loc, False)
    f.blank()
    f.add(g["title"], "title")
    f.blank()
    chunks = _paged(g["body_paragraphs"], 3)
    for k, chunk in enumerate(chunks):
        if k:
            f.add("\x0c" + head, "c", ["\x0c" + head])
            f.blank()
        for p in chunk:
            f.add(p, "body", _wrapped(p, w))
            f.blank()
        if k == len(chunks) - 1 and _credit_text(g, h):
            f.add(_credit_text(g, h) or "")
            f.blank()
        f.add(dg(f"- {k + 1} -", "fa"))
    return f


# ---------------------------------------------------------------------------------------------- 2. feeds


def _export(g: dict, lines: list[str], chrome: list[str]) -> Flat:
    """An export as a flat page: its text one block, its lines' roles as the decoded values show them."""
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


def _rss(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str, url: str, crawl: dt.datetime) -> Flat:
    pub, built = _rfc(loc), _rfc(crawl.astimezone(TEHRAN))
    _shown(g, pub, loc, True)
    credit = _credit_text(g, h)
    content = "".join(f"<p>{e(p)}</p>" for p in g["body_paragraphs"]) + (f"<p><em>{e(credit)}</em></p>"
                                                                          if credit else "")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
             f"  <title>{_x(h.name)}</title>", f"  <link>https://{h.domain}/</link>",
             f"  <description>{_x(h.tagline)}</description>", "  <language>fa</language>",
             f"  <lastBuildDate>{built}</lastBuildDate>",
             f'  <atom:link href="https://{h.domain}/rss/{key}" rel="self" type="application/rss+xml"/>', "  <item>",
             f"    <title>{_x(g['title'])}</title>", f"    <link>{_x(url)}</link>",
             f'    <guid isPermaLink="false">{h.domain}-{key}</guid>', f"    <pubDate>{pub}</pubDate>",
             f"    <dc:creator><![CDATA[{h.s['user']}]]></dc:creator>"]
    if g["section"]:
        lines.append(f"    <category><![CDATA[{g['section']}]]></category>")
    lines.append(f"    <description>{_x(g['lead'])}</description>" if g["lead"] else "    <description/>")
    lines += [f"    <content:encoded><![CDATA[{content}]]></content:encoded>", "  </item>", "</channel>", "</rss>"]
    return _export(g, lines, [h.name, h.tagline, built, pub, h.s["user"]] + ([credit] if credit else []))


def _jsonfeed(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str, url: str) -> Flat:
    iso = loc.isoformat()
    mod = _after(loc, r, (1, 900)).isoformat()
    _shown(g, iso, loc, True)
    tags = r.sample(TAGS[:4], 2)
    item: dict = {"id": f"https://{h.domain}/?p={key}", "url": url, "title": g["title"],
                  "content_html": "".join(f"<p>{e(p, quote=False)}</p>" for p in g["body_paragraphs"])}
    if g["lead"]:
        item["summary"] = g["lead"]
    item |= {"date_published": iso, "date_modified": mod, "authors": [{"name": h.s["user"]}], "tags": tags}
    if g["section"]:
        item["_cms"] = {"category": g["section"], "views": r.randint(40, 9000)}
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": h.name, "home_page_url": f"https://{h.domain}/",
            "feed_url": f"https://{h.domain}/feed.json", "description": h.tagline, "language": "fa-IR",
            "items": [item]}
    text = json.dumps(feed, ensure_ascii=False, indent=2).replace("/", "\\/")
    return _export(g, text.split("\n"), [h.name, h.tagline, "fa-IR", iso, mod, h.s["user"], *tags])


def _csvdump(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    head = ["id", "title", "rotitr", "lead", "body", "cat_title", "created_at", "updated_at", "author", "status",
            "hits"]
    created = f"{loc:%Y-%m-%d %H:%M:%S}"
    upd = f"{_after(loc, r, (1, 600)):%Y-%m-%d %H:%M:%S}"
    _shown(g, created, loc, True)
    kick = pick(r, KICKERS) if r.random() < h.s["kick_p"] else ""
    if kick:
        g["surtitle"] = kick
    body = "\r\n".join(f"<p style=\"text-align: justify;\">{e(p, quote=False)}</p>" for p in g["body_paragraphs"])
    hits = str(r.randint(30, 20000))
    row = [key, g["title"], kick, g["lead"] or "", body, g["section"] or "", created, upd, h.s["user"], "1", hits]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(head)
    w.writerow(row)
    chrome = [x for x in head if x not in ("title", "lead", "body")] + [created, upd, h.s["user"], hits] + \
        ([kick] if kick else [])
    return _export(g, buf.getvalue().rstrip("\n").split("\n"), chrome)


# ---------------------------------------------------------------------------------------------- 3. notes


def _obsidian(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    made = _after(loc, r, (2, 5000))
    src = _src(r, g, key)
    pub = f"published: {loc.isoformat()}" if h.s["style"] % 2 else f"published: {loc:%Y-%m-%d}"
    _shown(g, pub, loc, h.s["style"] % 2 == 1)
    tag = pick(r, TAGS[4:])
    front = ["---", f'title: "{g["title"]}"', f'source: "{src}"', "author:", f'  - "[[{_who(r)}]]"', pub,
             f"created: {made:%Y-%m-%d}", "tags:", '  - "clippings"', f'  - "{tag}"']
    if g["section"]:
        front.append(f"category: {g['section']}")
    front.append("---")
    for x in front:
        f.add(x, "c" if x not in ("---", "author:", "tags:") else None)
    f.blank()
    f.add(g["title"], "title", [f"# {g['title']}"])
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead", [f"> {g['lead']}"])
        f.blank()
    for p in g["body_paragraphs"]:
        f.add(p, "body")
        f.blank()
    if _credit_text(g, h):
        f.add(_credit_text(g, h) or "")
        f.blank()
    f.add("یادداشت من", "c", ["## یادداشت من"])
    f.add("این خبر را برای جلسه ترویج زنبورداری نگه داشتم.")
    f.blank()
    f.add("پیوندها", "c", ["## پیوندها"])
    for t in others[:3]:
        f.add(t, "c", [f"- [[{t}]]"])
    return f


def _enex(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str, crawl: dt.datetime) -> Flat:
    made = _after(loc, r, (2, 4000)).astimezone(UTC)
    exp = max(made + dt.timedelta(days=r.randint(1, 90)), crawl.astimezone(UTC) - dt.timedelta(hours=1))
    src = _src(r, g, key)
    tags = r.sample(TAGS[4:], 2)
    inner = []
    chrome = [f"{made:%Y%m%dT%H%M%SZ}", h.s["user"], src, *tags]
    if g["section"]:
        inner.append(f"<div>دسته: {e(g['section'])}</div>")
        chrome.append(f"دسته: {g['section']}")
    inner.append(f"<div><h1>{e(g['title'])}</h1></div>")
    if r.random() < 0.75:
        d = _dateline(g, loc, h.s["style"] + 1)
        inner.append(f"<div>{e(d)}</div>")
        chrome.append(d)
    if g["lead"]:
        inner.append(f"<div><b>{e(g['lead'])}</b></div>")
    inner += [f"<div>{e(p)}</div>" for p in g["body_paragraphs"]]
    if _credit_text(g, h):
        inner.append(f"<div>{e(_credit_text(g, h) or '')}</div>")
        chrome.append(_credit_text(g, h) or "")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
             f'<en-export export-date="{exp:%Y%m%dT%H%M%SZ}" application="Evernote" version="10.58.8">', "  <note>",
             f"    <title>{_x(g['title'])}</title>", f"    <created>{made:%Y%m%dT%H%M%SZ}</created>",
             f"    <updated>{made + dt.timedelta(minutes=r.randint(1, 900)):%Y%m%dT%H%M%SZ}</updated>",
             *[f"    <tag>{_x(t)}</tag>" for t in tags],
             f"    <note-attributes><author>{_x(h.s['user'])}</author><source>web.clip7</source>"
             f"<source-url>{_x(src)}</source-url><source-application>webclipper.evernote</source-application>"
             "</note-attributes>", "    <content>",
             '      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
             '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">', "<en-note>", *inner,
             "</en-note>]]>", "    </content>", "  </note>", "</en-export>"]
    return _export(g, lines, chrome + ["web.clip7", "webclipper.evernote"])


def _en_clock(t: dt.datetime) -> str:
    return f"{EMONTHS[t.month - 1]} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def _notion(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> None:
    made = _after(loc, r, (2, 4000))
    src = _src(r, g, key)
    doc.add(f'<article id="{stable(key, h.domain) % 16**12:012x}" class="page sans"><header>\n')
    _title(doc, g, "h1", "page-title")
    rows = [("Created", f"@{_en_clock(made)}")]
    if g["section"]:
        rows.append(("دسته", g["section"]))
    if r.random() < 0.7:
        d = f"@{EMONTHS[loc.month - 1]} {loc.day}, {loc.year}"
        rows.append(("تاریخ خبر", d))
        _shown(g, d, loc, False)
    rows.append(("URL", src))
    doc.chrome('<table class="properties"><tbody>' + "".join(
        f'<tr class="property-row"><th>{e(a)}</th><td><span class="selected-value">{e(b)}</span></td></tr>'
        for a, b in rows) + "</tbody></table></header>\n", *[x for row in rows for x in row])
    doc.add('<div class="page-body">\n')
    if g["lead"]:
        doc.add(f'<blockquote class="">{e(g["lead"])}</blockquote>\n', [("lead", g["lead"])])
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div></article>\n")


# ---------------------------------------------------------------------------------------------- 4. revisions


def _ins(p: str, tag: str = "ins", attr: str = ' class="diffchange diffchange-inline"') -> str:
    """``p`` with its last words marked as added (the text as shown unchanged)."""
    words = p.split(" ")
    k = max(0, len(words) - 3)
    head = " ".join(words[:k])
    return (e(head) + " " if head else "") + f"<{tag}{attr}>{e(' '.join(words[k:]))}</{tag}>"


def _mwdiff(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    paras = g["body_paragraphs"]
    old_t = _after(loc, r, (1, 48))
    new_t = old_t + dt.timedelta(hours=r.randint(1, 300), minutes=r.randint(0, 59))
    tools = ["ورود به سامانه", "ایجاد حساب", "صفحه", "بحث", "خواندن", "ویرایش", "نمایش تاریخچه"]
    _site_head(doc, h)
    doc.chrome('<div id="p-views"><ul>' + "".join(f"<li><a>{x}</a></li>" for x in tools) + "</ul></div>\n", *tools)
    _title(doc, g, "h1", "firstHeading")
    doc.chrome('<div id="contentSub">تفاوت میان نسخه‌ها</div>\n', "تفاوت میان نسخه‌ها")
    u1, u2 = _who(r), _who(r)
    left = [f"نسخهٔ ‏{_clock(old_t)}، {_gday(old_t)}", f"{u1} (بحث | مشارکت‌ها)", "← ویرایش قدیمی‌تر"]
    right = [f"نسخهٔ کنونی تا ‏{_clock(new_t)}، {_gday(new_t)}", f"{u2} (بحث | مشارکت‌ها)", "(ویرایش جزئی)"]
    doc.chrome('<table class="diff"><tr class="diff-title"><td colspan="2" class="diff-otitle">'
               + "".join(f"<div>{e(x)}</div>" for x in left) + '</td><td colspan="2" class="diff-ntitle">'
               + "".join(f"<div>{e(x)}</div>" for x in right) + "</td></tr>\n", *left, *right)
    i = r.randrange(len(paras))
    lo = max(0, i - 1)
    lineno = dg(f"سطر {2 * lo + 5}:", "fa")
    doc.chrome(f'<tr><td colspan="2" class="diff-lineno">{lineno}</td><td colspan="2" class="diff-lineno">{lineno}'
               "</td></tr>\n", lineno)
    for j in range(lo, min(len(paras), i + 2)):
        p = paras[j]
        if j == i:
            old = _older(p)
            doc.add(f'<tr><td class="diff-marker" data-marker="−"></td><td class="diff-deletedline"><div>{e(old)}'
                    '</div></td><td class="diff-marker" data-marker="+"></td><td class="diff-addedline"><div>'
                    f"{_ins(p)}</div></td></tr>\n", [("c", old)])
        else:
            doc.add(f'<tr><td class="diff-marker"></td><td class="diff-context"><div>{e(p)}</div></td>'
                    f'<td class="diff-marker"></td><td class="diff-context"><div>{e(p)}</div></td></tr>\n')
    doc.add("</table>\n")
    cur = f"نسخهٔ کنونی تا ‏{_clock(new_t)}، {_gday(new_t)}"
    doc.chrome(f'<hr class="diff-hr"><h2 class="diff-currentversion-title">{e(cur)}</h2>\n', cur)
    doc.add('<div class="mw-parser-output">\n')
    d = f"{_wd(loc)}، {_jday(loc)}"
    _shown(g, d, loc, False)
    _line(doc, d, "date-line", "p")
    _body(doc, paras)
    doc.chrome("<h2>منابع</h2>\n", "منابع")
    c = _credit_text(g, h)
    if c:
        doc.chrome(f"<ul><li>{e(c)}</li></ul>\n", c)
    doc.add("</div>\n")
    if g["section"]:
        cats = f"رده‌ها: {g['section']} | خبرهای منتشرشده"
        _line(doc, cats, "catlinks")
    _items(doc, "خبرهای مرتبط", others[:3], "related", "h2")
    foot = f"این صفحه آخرین بار در {_gday(new_t)} ساعت {_clock(new_t)} ویرایش شده است."
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)


def _wpcompare(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, crawl: dt.datetime) -> None:
    _none(g)
    paras = g["body_paragraphs"]
    bar = [h.name, "+ تازه", f"سلام، {h.s['user']}"]
    doc.chrome('<div id="wpadminbar">' + "".join(f"<a>{e(x)}</a> " for x in bar) + "</div>\n", *bar)
    doc.chrome('<div id="adminmenu"><ul>' + "".join(f"<li>{x}</li>" for x in WP_ADMIN) + "</ul></div>\n", *WP_ADMIN)
    head = f"مقایسه نسخه‌های «{g['title']}»"
    doc.chrome(f'<div class="wrap"><h1 class="long-header">{e(head)}</h1>\n', head)
    back = "← بازگشت به ویرایشگر نوشته"
    doc.chrome(f'<a class="back">{back}</a>\n<div class="revisions-controls"><label>مقایسه دو نسخه دلخواه</label>'
               "<button>قبلی</button><button>بعدی</button></div>\n", back, "مقایسه دو نسخه دلخواه", "قبلی", "بعدی")
    t1 = _after(loc, r, (1, 200))
    t2 = t1 + dt.timedelta(hours=r.randint(1, 200))
    now = crawl.astimezone(TEHRAN)
    meta = [f"از: {_who(r)}، {_ago(t1, max(now, t2 + dt.timedelta(hours=1)))} ({_jday(t1)} @ {_clock(t1)})",
            f"به: {h.s['user']}، {_ago(t2, max(now, t2 + dt.timedelta(hours=1)))} ({_jday(t2)} @ {_clock(t2)})"]
    doc.chrome('<div class="revisions-meta">' + "".join(f"<div>{e(x)}</div>" for x in meta)
               + '<input type="button" value="بازگرداندن این نسخه"></div>\n', *meta)
    doc.chrome("<h3>عنوان</h3>\n", "عنوان")
    doc.add(f'<table class="diff"><tr><td>{e(g["title"])}</td><td></td><td>{e(g["title"])}</td></tr></table>\n',
            [("title", g["title"])])
    doc.chrome("<h3>محتوا</h3>\n", "محتوا")
    doc.add('<table class="diff">\n')
    i = r.randrange(len(paras))
    for j, p in enumerate(paras):
        if j == i:
            old = _older(p)
            doc.add('<tr><td class="diff-deletedline"><span aria-hidden="true" class="dashicons dashicons-minus">'
                    f'</span>{e(old)}</td><td></td><td class="diff-addedline"><span aria-hidden="true" '
                    f'class="dashicons dashicons-plus"></span>{_ins(p)}</td></tr>\n', [("c", old), ("body", p)])
        else:
            doc.add(f"<tr><td>{e(p)}</td><td></td><td>{e(p)}</td></tr>\n", [("body", p)])
        if j < len(paras) - 1:
            doc.add("<tr><td></td><td></td><td></td></tr>\n")
    c = _credit_text(g, h)
    if c:
        doc.chrome(f"<tr><td>{e(c)}</td><td></td><td>{e(c)}</td></tr>\n", c)
    doc.add("</table></div>\n")


def _gdocs(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> None:
    name = dg(f"{h.name} - پیش‌نویس {key}", "fa")
    top = [name, "تاریخچه نسخه", "بازگرداندن این نسخه", "نمایش تغییرات"]
    doc.chrome('<div class="docs-titlebar">' + "".join(f"<span>{e(x)}</span> " for x in top) + "</div>\n", *top)
    doc.add('<div class="kix-page">\n')
    _kicker(doc, h, r, g, "c3")
    doc.add(f'<p class="c1 title">{e(g["title"])}</p>\n', [("title", g["title"])])
    if g["section"]:
        _line(doc, f"سرویس: {g['section']}", "c2", "p")
    _line(doc, _dateline(g, loc, h.s["style"]), "c2", "p")
    if g["lead"]:
        doc.add(f'<p class="c2"><b>{e(g["lead"])}</b></p>\n', [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        inner = _ins(p, "span", ' style="background-color:#e6f4ea"') if r.random() < 0.3 else e(p)
        doc.add(f'<p class="c2">{inner}</p>\n', [("body", p)])
    _credit(doc, g, h)
    doc.add("</div>\n")
    times = sorted((_after(loc, r, (1, 400)) for _ in range(r.randint(2, 4))), reverse=True)
    rows = ["نسخه کنونی"] + [f"{_gday(t).rsplit(' ', 1)[0]}، {_clock(t)}" for t in times] + \
        [_who(r), h.s["user"], "همه نسخه‌ها"]
    doc.chrome('<div class="docs-revisions-sidebar"><h2>تاریخچه نسخه</h2><ul>' + "".join(
        f"<li>{e(x)}</li>" for x in rows) + "</ul></div>\n", "تاریخچه نسخه", *rows)


# ---------------------------------------------------------------------------------------------- 5. transcripts


def _stamps(g: dict) -> list[int]:
    out, t = [], 0
    for p in g["body_paragraphs"]:
        out.append(t)
        t += 4 + len(p.split()) * 2 // 5
    return out


def _otter(h: Host, r: random.Random, g: dict, loc: dt.datetime) -> Flat:
    _none(g)
    f = Flat()
    rec = _after(loc, r, (3, 3000))
    total = _stamps(g)[-1] + 30
    f.add(g["title"], "title")
    f.add(f"{rec:%a}, {rec.month}/{rec.day} {rec.hour % 12 or 12}:{rec:%M}{'AM' if rec.hour < 12 else 'PM'} • "
          f"{total // 60}:{total % 60:02d}")
    f.blank()
    f.add("SUMMARY KEYWORDS")
    f.add(", ".join(r.sample(KEYWORDS, 5)))
    f.blank()
    f.add("SPEAKERS")
    f.add("گوینده، گزارشگر")
    f.blank()
    for i, (p, t) in enumerate(zip(g["body_paragraphs"], _stamps(g))):
        who = "گوینده" if i == 0 or r.random() < 0.3 else "گزارشگر"
        f.add(f"{who}  {t // 60:02d}:{t % 60:02d}")
        f.add(p, "body")
        f.blank()
    c = _credit_text(g, h)
    if c:
        f.add(c)
        f.blank()
    f.add("Transcribed by https://otter.ai")
    return f


def _player(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    if g["section"]:
        trail = f"خانه › ویدیو › {g['section']}"
        doc.chrome(f'<nav class="breadcrumb">{e(trail)}</nav>\n', trail)
    _kicker(doc, h, r, g)
    _title(doc, g, "h1", "video-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "date")
    dur = _mmss(_stamps(g)[-1] + 30)
    doc.chrome(f'<div class="player"><video preload="none" src="/v/{stable(g["title"]) % 10**7}.mp4"></video>'
               f"<div>{_mmss(0)} / {dur}</div></div>\n", f"{_mmss(0)} / {dur}")
    _lead(doc, g, "summary")
    doc.chrome('<h2 class="transcript-head">متن گزارش</h2>\n', "متن گزارش")
    for p, t in zip(g["body_paragraphs"], _stamps(g)):
        doc.add(f'<div class="seg"><button class="ts" data-t="{t}">{_mmss(t)}</button><p>{e(p)}</p></div>\n',
                [("c", _mmss(t)), ("body", p)])
    _credit(doc, g, h)
    _items(doc, "ویدیوهای مرتبط", others[:5], "related-videos", "h3", lambda i: _mmss(70 + 41 * i))
    _footer(doc, h, crawl)


def _vidhost(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    top = [h.name, "جستجو در ویدیوها", "ورود / ثبت‌نام", "بارگذاری ویدیو"]
    doc.chrome('<header class="top">' + "".join(f"<span>{e(x)}</span> " for x in top) + "</header>\n", *top)
    doc.add(f'<div class="player"><video src="/v/{stable(g["title"]) % 10**7}.mp4"></video></div>\n')
    _title(doc, g, "h1", "video-title")
    chan = f"{h.s['user']} | کانال خبری"
    follow = fa_count(r.randint(900, 90000)) + " دنبال‌کننده"
    doc.chrome(f'<div class="channel"><a>{e(chan)}</a><button>دنبال کردن</button><span>{follow}</span></div>\n',
               chan, "دنبال کردن", follow)
    views = fa_count(r.randint(100, 400000)) + " بازدید"
    ago = _ago(loc, crawl.astimezone(TEHRAN))
    doc.chrome(f'<div class="stats"><span>{views}</span> <time datetime="{loc.isoformat()}">{e(ago)}</time></div>\n',
               views, ago)
    _shown(g, ago, loc, True, markup=True, only=True)
    if g["section"]:
        doc.chrome(f'<div class="category">دسته‌بندی: <a>{e(g["section"])}</a></div>\n', f"دسته‌بندی: {g['section']}")
    doc.add('<div class="description">\n')
    _lead(doc, g, "desc-lead")
    doc.chrome('<p class="label">متن کامل گزارش:</p>\n', "متن کامل گزارش:")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    tags = " ".join("#" + t.replace(" ", "_") for t in r.sample(KEYWORDS, 3))
    doc.chrome(f'<p class="tags">{e(tags)}</p><button>نمایش کمتر</button></div>\n', tags, "نمایش کمتر")
    _items(doc, "ویدیوهای بعدی", others[:6], "up-next", "h3", lambda i: _mmss(50 + 37 * i))
    n = dg(f"{r.randint(0, 80)} نظر", "fa")
    _line(doc, n, "comments-count")


# ---------------------------------------------------------------------------------------------- 6. chats


def _chat_story(g: dict, h: Host, r: random.Random, loc: dt.datetime, key: str, tag: bool) -> list[tuple[str, str]]:
    """The forwarded story's lines, (role, text): its link, headline, date line (most of them), lead, paragraphs,
    credit and (``tag``) the channel's hashtag of its section."""
    out = [("c", _src(r, g, key)), ("title", g["title"])]
    if r.random() < 0.7:
        out.append(("c", _dateline(g, loc, h.s["style"] + 2)))
    else:
        _none(g)
    if g["lead"]:
        out.append(("lead", g["lead"]))
    out += [("body", p) for p in g["body_paragraphs"]]
    c = _credit_text(g, h)
    if c:
        out.append(("c", c))
    if tag and g["section"]:
        out.append(("c", f"#{g['section']}"))
    return out


def _chatter(r: random.Random, h: Host, others: list[str], k: int) -> list[tuple[str, str]]:
    """``k`` other messages: (member, text): replies and other stories' titles shared."""
    return [(pick(r, h.s["members"]), pick(r, others) if r.random() < 0.4 else pick(r, REPLIES)) for _ in range(k)]


def _wa_stamp(t: dt.datetime) -> str:
    return f"{t.month}/{t.day}/{t:%y}, {t:%H:%M}"


def _chats(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    v = h.s["variant"]
    t = _after(loc, r, (2, 600))
    pool = [x for x in others if x != g["title"]]
    before, after = _chatter(r, h, pool[:10], r.randint(1, 3)), _chatter(r, h, pool[10:20], r.randint(2, 4))
    story = _chat_story(g, h, r, loc, key, v == "tg_html")
    sender = pick(r, h.s["members"])
    if v == "wa_viewer":
        top = [h.name, "بارگذاری فایل خروجی", "جستجو در گفت‌وگو", "WhatsApp Chat.txt"]
        doc.chrome('<header class="viewer">' + "".join(f"<span>{e(x)}</span> " for x in top) + "</header>\n", *top)
        note = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can " \
               "read or listen to them. Tap to learn more."
        doc.chrome(f'<div class="system"><span class="meta">{_wa_stamp(t)}</span><p>{e(note)}</p></div>\n',
                   _wa_stamp(t), note)
    elif v == "wa_web":
        members = "، ".join(h.s["members"][:3]) + "، شما"
        doc.chrome(f'<header class="chat-header"><div>{e(h.name)}</div><div>{e(members)}</div></header>\n', h.name,
                   members)
        _line(doc, _jday(t), "date-separator")
    else:
        doc.chrome(f'<div class="page_header"><div class="content"><div class="text bold">{e(h.name)}</div></div>'
                   "</div>\n", h.name)
        day = f"{t.day} {EMONTHS[t.month - 1]} {t.year}"
        doc.chrome(f'<div class="message service"><div class="body details">{day}</div></div>\n', day)

    def bubble(who: str, text_lines: list[tuple[str, str]], when: dt.datetime, forwarded: bool) -> None:
        if v == "wa_viewer":
            meta = f"{_wa_stamp(when)} - {who}"
            doc.chrome(f'<div class="msg"><div class="meta">{e(meta)}</div>\n', meta)
        elif v == "wa_web":
            doc.chrome(f'<div class="message-in"><div class="copyable-text" data-pre-plain-text="[{when:%H:%M}, '
                       f'{when.month}/{when.day}/{when.year}] {e(who)}: "><span class="author">{e(who)}</span>\n', who)
            if forwarded:
                doc.chrome('<div class="forwarded">بازارسال‌شده</div>\n', "بازارسال‌شده")
        else:
            off = when.strftime("%z")
            doc.chrome(f'<div class="message default clearfix"><div class="body"><div class="pull_right date details" '
                       f'title="{when:%d.%m.%Y %H:%M:%S} UTC{off[:3]}:{off[3:]}">{when:%H:%M}</div>'
                       f'<div class="from_name">{e(who)}</div>\n', f"{when:%H:%M}", who)
            if forwarded:
                lo = loc.strftime("%z")
                chan = f"{h.s['user']} | خبر فوری"
                doc.chrome(f'<div class="forwarded body"><div class="from_name">{e(chan)} <span class="date details" '
                           f'title="{loc:%d.%m.%Y %H:%M:%S} UTC{lo[:3]}:{lo[3:]}">{loc:%d.%m.%Y %H:%M:%S}</span>'
                           "</div>\n",
                           chan, f"{loc:%d.%m.%Y %H:%M:%S}")
        sep = "<br><br>" if forwarded else "<br>"
        doc.add('<div class="text">' + sep.join(e(x) for _, x in text_lines) + "</div>\n",
                [(ro, x) for ro, x in text_lines])
        if v == "wa_web":
            doc.chrome(f'<span class="time">{_clock(when)}</span></div>\n', _clock(when))
        else:
            doc.add("</div>" * (3 if v == "tg_html" and forwarded else 2 if v == "tg_html" else 1) + "\n")

    for who, text in before:
        t += dt.timedelta(minutes=r.randint(1, 50))
        bubble(who, [("c", text)], t, False)
    t += dt.timedelta(minutes=r.randint(1, 50))
    if v == "tg_html":  # (the forwarded post's time, shown over it)
        _shown(g, f"{loc:%d.%m.%Y %H:%M:%S}", loc, True)
    bubble(sender, story, t, True)
    for who, text in after:
        t += dt.timedelta(minutes=r.randint(1, 90))
        bubble(who, [("c", text)], t, False)


# ---------------------------------------------------------------------------------------------- 7. usenet


def _post_date(t: dt.datetime) -> str:
    return _rfc(t)


def _nntp(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    f = Flat()
    post = _after(loc, r, (1, 500))
    handle = f"user{stable(h.s['user']) % 9000}"
    heads = [f"Path: {h.domain}!feeder.eternal-news.net!news.misty.ir!not-for-mail",
             f"From: {h.s['user']} <{handle}@mail.{h.domain.split('.', 1)[1]}>", f"Newsgroups: {h.s['group']}",
             f"Subject: {g['title']}", f"Date: {_post_date(post)}", f"Organization: {h.name}",
             f"Message-ID: <{stable(key, h.domain) % 10**12}@{h.domain}>", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit",
             "User-Agent: Mozilla Thunderbird"]
    for x in heads:
        f.add(x)
    f.blank()
    f.add(g["title"], "title")
    if r.random() < 0.7:
        f.add(_dateline(g, loc, 3))
    else:
        _none(g)
    f.blank()
    for p in g["body_paragraphs"]:
        f.add(p, "body", _wrapped(p, 72))
        f.blank()
    c = _credit_text(g, h)
    if c:
        f.add(c)
        f.blank()
    f.add("-- ", None)
    f.add(f"{h.s['user']} - {h.tagline}")
    return f


def _groups(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    post = _after(loc, r, (1, 500))
    top = [h.name, h.s["group"], "گفت‌وگوها", "درباره", "عضویت در گروه"]
    doc.chrome('<header class="groups">' + "".join(f"<span>{e(x)}</span> " for x in top) + "</header>\n", *top)
    _title(doc, g, "h1", "subject")
    views = dg(f"{r.randint(20, 900)} بازدید", "fa")
    _line(doc, views, "views")
    when = f"{SHORT_EMONTHS[post.month - 1]} {post.day}, {post.year}, {post.hour % 12 or 12}:{post:%M:%S} " \
           f"{'AM' if post.hour < 12 else 'PM'}"
    doc.chrome(f'<div class="post"><div class="author">{e(h.s["user"])}</div><div class="date">{when}</div>\n',
               h.s["user"], when)
    doc.add('<div class="post-body">\n')
    if g["section"]:
        _line(doc, f"گروه خبری: {g['section']}", "pasted", "p")
    if r.random() < 0.7:
        _line(doc, _dateline(g, loc, h.s["style"]), "pasted", "p")
    else:
        _none(g)
    _lead(doc, g)
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div>\n")
    acts = ["پاسخ به نویسنده", "پاسخ به همه", "بازارسال"]
    doc.chrome('<div class="actions">' + "".join(f"<button>{x}</button>" for x in acts) + "</div></div>\n", *acts)
    reply_t = post + dt.timedelta(hours=r.randint(1, 90))
    who = _who(r)
    quote = "> " + " ".join(g["body_paragraphs"][0].split()[:8]) + " …"
    reply = pick(r, REPLIES)
    doc.chrome(f'<div class="post reply"><div class="author">{e(who)}</div><div class="date">'
               f"{SHORT_EMONTHS[reply_t.month - 1]} {reply_t.day}, {reply_t.year}</div><p>{e(reply)}</p>"
               f'<p class="quoted">{e(quote)}</p></div>\n', who,
               f"{SHORT_EMONTHS[reply_t.month - 1]} {reply_t.day}, {reply_t.year}", reply, quote)
    _items(doc, "گفت‌وگوهای دیگر", others[:4], "threads", "h3")


def _gateway(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    post = _after(loc, r, (1, 500))
    _site_head(doc, h)
    heads = [("Newsgroups:", h.s["group"]), ("From:", h.s["user"]), ("Subject:", g["title"]),
             ("Date:", _post_date(post))]
    doc.chrome('<table class="headers">' + "".join(f"<tr><td>{a}</td><td>{e(b)}</td></tr>" for a, b in heads)
               + "</table>\n", "Newsgroups:", h.s["group"], "From:", h.s["user"], "Subject:", "Date:",
               _post_date(post))
    _title(doc, g, "h1", "subject")
    lines: list[tuple[str, str]] = []
    if g["section"]:
        lines.append(("c", f"سرویس: {g['section']}"))
    if r.random() < 0.7:
        lines.append(("c", _dateline(g, loc, 0)))
    else:
        _none(g)
    lines += [("body", p) for p in g["body_paragraphs"]]
    c = _credit_text(g, h)
    if c:
        lines.append(("c", c))
    doc.add("<pre>" + "\n\n".join(e(x) for _, x in lines) + "\n</pre>\n", lines)
    nav = "« پیام قبلی | پیام بعدی » | بازگشت به فهرست گروه"
    doc.chrome(f'<div class="nav">{e(nav)}</div>\n', nav)
    _items(doc, "پیام‌های این رشته", others[:5], "thread", "h3")


# ---------------------------------------------------------------------------------------------- 8. WAP


def _wml(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime) -> None:
    chunks = _paged(g["body_paragraphs"], 3)
    d = f"{_jnum(loc)} - {_clock(loc)}"
    _shown(g, d, loc, True)
    for k, chunk in enumerate(chunks):
        doc.add(f'<card id="p{k + 1}" title="{e(h.name)}">\n')
        if k == 0:
            doc.chrome(f'<p align="center"><b>{e(h.name)}</b></p>\n', h.name)
            doc.add(f'<p align="right"><b>{e(g["title"])}</b><br/>\n{e(d)}</p>\n', [("title", g["title"]), ("c", d)])
        for p in chunk:
            doc.add(f'<p align="right">{e(p)}</p>\n', [("body", p)])
        if k < len(chunks) - 1:
            doc.chrome(f'<p><a href="#p{k + 2}">ادامه »</a></p>\n', "ادامه »")
        else:
            c = _credit_text(g, h)
            if c:
                doc.chrome(f'<p align="right">{e(c)}</p>\n', c)
            back = f"بازگشت به {g['section']}" if g["section"] else "بازگشت"
            doc.chrome(f'<p><a href="/wap/">خانه</a><br/>\n<a href="/wap/c">{e(back)}</a></p>\n', "خانه", back)
        doc.add('<do type="prev" label="قبلی"><prev/></do>\n</card>\n')


def _xhtmlmp(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    doc.chrome(f'<div class="logo"><img src="/m/logo.gif" alt="" width="96" height="24"/>{e(h.name)}</div>\n', h.name)
    if g["section"]:
        trail = f"خانه > {g['section']}"
        doc.chrome(f'<div class="trail">{e(trail)}</div>\n', trail)
    _kicker(doc, h, r, g)
    _title(doc, g, "div", "title")
    _line(doc, _dateline(g, loc, h.s["style"]), "date")
    _lead(doc, g)
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    keys = [dg(f"{i + 1} {x}", "fa") for i, x in enumerate(WAP_LINKS)]
    doc.chrome('<div class="keys">' + "".join(f'<a accesskey="{i + 1}" href="/m/{i}">{e(x)}</a><br/>'
                                              for i, x in enumerate(keys)) + "</div>\n", *keys)
    _items(doc, "سایر اخبار", others[:4], "more", "div")
    doc.chrome('<div class="full"><a href="/?full=1">نسخه کامل سایت</a></div>\n', "نسخه کامل سایت")


def _chtml(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    doc.chrome(f'<center><font color="#008000">{e(h.name)}</font></center><hr>\n', h.name)
    ticker = " ◆ ".join(others[:3])
    doc.chrome(f'<marquee behavior="scroll"><font size="2">{e(ticker)}</font></marquee><br>\n', ticker)
    if g["section"]:
        doc.chrome(f'<font color="#808080">[{e(g["section"])}]</font><br>\n', f"[{g['section']}]")
    doc.add(f'<font size="4" color="#0000ff">{e(g["title"])}</font><br>\n', [("title", g["title"])])
    d = f"{_wd(loc)} {_jday(loc, 'ar')}"  # (Arabic-Indic digits, as the old phone fonts had them)
    _shown(g, d, loc, False)
    doc.chrome(f'<font size="2">{e(d)}</font><br>\n', d)
    if g["lead"]:
        doc.add(f"<font color=\"#800000\">{e(g['lead'])}</font><br><br>\n", [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"{e(p)}<br><br>\n", [("body", p)])
    c = _credit_text(g, h)
    if c:
        doc.chrome(f"{e(c)}<br>\n", c)
    keys = [f"[{i + 1}]{x}" for i, x in enumerate(WAP_LINKS)] + ["[0]بالا"]
    doc.chrome("<hr>" + "".join(f'<a href="/i/{i}" accesskey="{x[1]}">{e(x)}</a><br>\n' for i, x in enumerate(keys)),
               *keys)


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant and whether only markup does, and a kicker's text (``g["surtitle"]``)."""
    v = h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    flat = {"ocrtext": lambda: _ocrtext(h, r, g, loc, key), "rss": lambda: _rss(h, r, g, loc, key, url, crawl),
            "jsonfeed": lambda: _jsonfeed(h, r, g, loc, key, url), "csvdump": lambda: _csvdump(h, r, g, loc, key),
            "obsidian": lambda: _obsidian(h, r, g, loc, others, key), "enex": lambda: _enex(h, r, g, loc, key, crawl),
            "otter": lambda: _otter(h, r, g, loc), "nntp": lambda: _nntp(h, r, g, loc, key)}
    if v in flat:
        return flat[v]()
    doc = Doc()
    if v == "epaper":
        _epaper(doc, h, r, g, loc, others, key)
    elif v == "officeweb":
        _officeweb(doc, h, r, g, loc, key)
    elif v == "notion":
        _notion(doc, h, r, g, loc, key)
    elif v == "mwdiff":
        _mwdiff(doc, h, r, g, loc, others)
    elif v == "wpcompare":
        _wpcompare(doc, h, r, g, loc, crawl)
    elif v == "gdocs":
        _gdocs(doc, h, r, g, loc, key)
    elif v == "player":
        _player(doc, h, r, g, loc, others, crawl)
    elif v == "vidhost":
        _vidhost(doc, h, r, g, loc, others, crawl)
    elif h.s["kind"] == "chat":
        _chats(doc, h, r, g, loc, others, key)
    elif v == "groups":
        _groups(doc, h, r, g, loc, others)
    elif v == "gateway":
        _gateway(doc, h, r, g, loc, others, key)
    elif v == "wml":
        _wml(doc, h, r, g, loc)
    elif v == "xhtmlmp":
        _xhtmlmp(doc, h, r, g, loc, others)
    else:
        _chtml(doc, h, r, g, loc, others)
    return doc


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing (an issue's pages, a feed's titles, a notebook, a page history, a channel,
    a chat, a group, a WAP index), a removed page, an empty page."""
    now = crawl.astimezone(TEHRAN)
    if h.s["variant"] in FLAT:
        f = Flat()
        f.add(f"{h.name} — {h.tagline}")
        f.blank()
        if neg == "listing":
            f.add("فهرست")
            for i, t in enumerate(others[5:18]):
                f.add(f"{_jnum(now - dt.timedelta(days=i + 1), 'en')}  {t}")
        else:
            f.add("این مورد در دسترس نیست." if neg == "chrome_only" else "(بدون متن)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="root"></div><noscript>برای مشاهده این صفحه جاوااسکریپت را فعال کنید.</noscript>\n',
                   "برای مشاهده این صفحه جاوااسکریپت را فعال کنید.")
        return doc
    _site_head(doc, h)
    if neg == "listing":
        label = {"viewer": "صفحات این شماره", "notes": "همه یادداشت‌ها", "revisions": "تاریخچه صفحه",
                 "transcript": "ویدیوهای این کانال", "chat": "پیام‌های سنجاق‌شده", "usenet": "فهرست رشته‌ها",
                 "wap": "آخرین اخبار"}[h.s["kind"]]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = {"viewer": "این صفحه از نسخه الکترونیک حذف شده است.", "notes": "این یادداشت حذف شده یا خصوصی است.",
               "revisions": "نسخه درخواستی یافت نشد.", "transcript": "این ویدیو در دسترس نیست.",
               "chat": "این گفت‌وگو حذف شده است.", "usenet": "No such article.",
               "wap": "صفحه یافت نشد."}[h.s["kind"]]
        doc.chrome(f'<div class="error"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    foot = f"© {h.name}"
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)
    return doc


def _tab(h: Host, g: dict) -> str:
    """The ``<title>`` of a page: like its headline, seldom the same."""
    v = h.s["variant"]
    title = g.get("title") or h.name
    if g.get("kind") != "article":
        return h.name
    cut = title if len(title) < 50 else title[:45].rstrip() + "..."
    return {"officeweb": "bulletin.docx - Microsoft Word Online", "notion": title, "wpcompare":
            f"مقایسه نسخه‌ها ‹ {h.name} — وردپرس", "gdocs": f"{h.name} - Google Docs", "mwdiff":
            f"{cut}: تفاوت میان نسخه‌ها - {h.name}", "wa_viewer": "WhatsApp Chat Viewer", "wa_web": "WhatsApp",
            "tg_html": "Exported Data", "groups": f"{cut} - {h.s['group']}"}.get(v, f"{cut} - {h.name}")


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    v = h.s["variant"]
    tab = _tab(h, g)
    if v == "wml":
        return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" '
                '"http://www.wapforum.org/DTD/wml_1.1.xml">\n<wml>\n<head><meta http-equiv="Cache-Control" '
                f'content="max-age=0"/></head>\n{doc.html()}</wml>\n')
    if v == "xhtmlmp":
        return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" '
                '"http://www.wapforum.org/DTD/xhtml-mobile10.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
                f'dir="rtl">\n<head><title>{e(tab)}</title><link rel="stylesheet" href="/m/m.css" type="text/css"/>'
                f"</head>\n<body>\n{doc.html()}</body>\n</html>\n")
    if v == "chtml":
        return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                f'<title>{e(tab)}</title></head>\n<body bgcolor="#ffffff" dir="rtl">\n{doc.html()}</body>\n</html>\n')
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>"]
    if v == "notion":
        metas = ['<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>', f"<title>{e(tab)}</title>",
                 "<style>/* cspell:disable-file */ html{-webkit-print-color-adjust:exact}.page-title{font-size:2.5rem}"
                 "table.properties th{color:rgba(55,53,47,.6)}</style>"]
    elif v == "tg_html":
        metas += ['<link href="css/style.css" rel="stylesheet"/>', '<script src="js/script.js" type="text/javascript">'
                  "</script>"]
    elif v not in ("wa_viewer", "wa_web", "officeweb", "gdocs", "wpcompare"):
        metas.append(f'<link rel="canonical" href="{e(url)}">')
        if g.get("kind") == "article":
            metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(10 + stable(h.domain) % 30))
    metas.append(f"<style>{rules}</style>")
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(metas)
            + f"\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    if v == "epaper":
        return f"https://{h.domain}/viewer/{crawl:%Y%m%d}/page/{int(key) % 16 + 1}#zone-{slug}"
    if v == "officeweb":
        return f"https://{h.domain}/_layouts/15/WopiFrame.aspx?sourcedoc=bulletin-{key}.docx&action=view"
    if kind == "feed":
        return f"https://{h.domain}/news/{key}/{slug}"
    if kind == "notes":
        return f"https://{h.domain}/export/{slug}" + {"obsidian": ".md", "enex": ".enex", "notion": ".html"}[v]
    if v == "mwdiff":
        return f"https://{h.domain}/w/index.php?title={slug}&diff=cur&oldid={key}"
    if v == "wpcompare":
        return f"https://{h.domain}/wp-admin/revision.php?revision={key}"
    if v == "gdocs":
        return f"https://{h.domain}/document/d/{slug}/edit#revisions"
    if kind == "chat":
        return f"https://{h.domain}/chat/{slug}/messages.html"
    if kind == "usenet":
        return f"https://{h.domain}/{h.s['group']}/{key}"
    if kind == "wap":
        return f"https://{h.domain}/n/{key}"
    return f"https://{h.domain}/video/{key}/{slug}"


def build(out_dir, n: int = 400, seed: int = 421, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="aw", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED)
