"""Family set AJ: eight families of the Persian news web no earlier set has modelled: the Persian services of
international broadcasters, old table-layout sites and provincial portals (their print and AMP versions), and flat
text as other tools deliver it (a Common Crawl WET record, a browser's reader view, a copy-paste of the whole page),
written blind to the extractor.

    build(out_dir, n, seed=317, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/extract/`` nor ``src/palayesh/normalize/`` nor running palayesh on these pages; the structure imitates
real pages (invented hosts, names; stories from the corpus). Tables in :mod:`site_families_aj_tables`. Families
(subjects in no earlier set):

- ``nuclear_talks``         the nuclear talks, broadcasters' Persian services abroad;
- ``refugee_route``         migrants and the Balkan route, broadcasters' Persian services and a daily abroad;
- ``caspian_sturgeon``      the Caspian's sturgeon and caviar, old table-layout sites and a port's portal;
- ``saffron_export``        saffron farming and export, provincial portals on cheap CMSs, an old specialist site;
- ``dust_storms``           dust storms in Sistan and Khuzestan, provincial sites read as their AMP versions;
- ``pistachio_orchards``    pistachio orchards and the water they lack, mostly as Common Crawl WET text;
- ``heatwave_blackouts``    heat waves and power cuts, mostly as reader views and copy-pastes;
- ``cheetah_conservation``  the Asiatic cheetah, a London channel, a broadcaster's service, an old local site.

Each host writes its HTML pages in one or more forms (:data:`site_families_aj_tables.FORMS`):

- ``bbc``     a broadcaster's article: topic link over the headline (the section), byline with the writer's role on its
  own line, the date Jalali and Gregorian on one line («۱۲ آذر ۱۴۰۵ - ۳ دسامبر ۲۰۲۶»), ``<time datetime>`` in UTC
  (``…Z``), photos framed by «منبع تصویر، …» and «توضیح تصویر، …», «مطالب پیشنهادی» boxes in the story, «موضوعات
  مرتبط» and related stories after it, a «حق نشر © …» footer;
- ``farda``   a broadcaster's CMS: the topic chip, Gregorian date only with the Tehran clock («۳ دسامبر ۲۰۲۶ ۲۲:۳۰»),
  ``<time datetime>`` in UTC, the credit «(رویترز)» / «منبع: آسوشیتدپرس» closing the story when it is an agency's;
- ``dw``      a broadcaster's page with a dotted Gregorian day («۰۳.۱۲.۲۰۲۶»), «نویسنده: … / ویراستار: …», the tags
  row «موضوعات» (the first tag is the section, also over the headline) and «تاریخ ۰۳.۱۲.۲۰۲۶» again in the info box;
- ``intl``    a channel abroad that shows only UTC («۳ دسامبر ۲۰۲۶، ساعت ۲۱:۳۰ گرینویچ»), breadcrumb «خانه › …»;
- ``table``   an old site: ``<table>`` layout, ``<font face="Tahoma">``, ``<meta http-equiv="Content-Type" …
  charset=windows-1256>`` (about half of these pages are written in Windows-1256 bytes), Arabic ي/ك in all its text
  (the host's habit; gold keeps what the page shows), Latin digits, «سرويس: …» and «تاريخ انتشار: …» rows,
  paragraphs split by ``<br><br>``, «نسخه چاپي / ارسال به دوستان» links, a visit counter;
- ``portal``  a provincial portal on a cheap CMS: breadcrumb, «کد خبر», the date, prayer times / currency / weather
  widgets, «اخبار شهرستان‌ها» lists, a footer with «طراحی و اجرا: …»;
- ``print``   the print version of a table or portal story: the site's name, «نسخه قابل چاپ», title, date, section,
  story, «آدرس مطلب: …», «بستن پنجره»;
- ``amp``     the AMP version: ``<html ⚡>``, the AMP boilerplate, ``rel=canonical`` to the story, ``<amp-img>``,
  ``<amp-sidebar>`` menu, ``<amp-social-share>``, ``<amp-analytics>``, JSON-LD.

Flat-text pages (each host a few forms): ``copy`` (a whole page selected and pasted: menus, widgets and the footer as
lines), ``reader`` (a browser's reader view: the site's domain, the title, «… دقیقه مطالعه», the byline, the date on
some hosts, the lead and the story, nothing else; gold then has no section, and no date when the view shows none),
``wet`` (a Common Crawl WET record: ``WARC/1.0`` header lines with ``WARC-Date`` the crawl's UTC instant, then the
page's text blocks a line each, menus and footer included).

Gold as X to AI document it: the title is the visible headline, the section the topic tag / service row / the
breadcrumb's last item, the lead the lead box, the agency only when the page credits the story to one (a broadcaster's
own story has none; «(رویترز)» at its end credits Reuters), ``published_iso`` the day the page shows and
``published_time`` the instant with the page's offset when the page shows its time or has it in markup, else the day.
A page showing the Tehran day whose ``<time datetime>`` is in UTC gets the Tehran day and instant (+03:30/+04:30: the
page's local time, as DESIGN asks; about 1 story in 8 is published between 00:00 and 03:30 Tehran time, so the UTC
day differs). A page showing only a UTC time («… گرینویچ», the ``intl`` form) gets the UTC day it shows and the
instant with +00:00: that is the page's own local time, and a reader of the page can know no other day. A WET
record's ``WARC-Date`` is the crawl's, never the story's. About 7% negatives (a topic's listing, a 404 page in the
chrome, an empty reader view), ~10% of the stories republished on a host of another family (gold ``cluster``).
Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
from pathlib import Path

from family_frames import jalali_day
from family_pages import (
    canon,
    chrome_gold,
    gold_row,
    negative_gold,
    pick,
    plan_set,
    republished,
    stable,
    write_gold,
)
from site_families_aj_tables import (
    CAPTIONS,
    FAMILIES,
    FORMS,
    HOSTS,
    IMAGE_SOURCES,
    MENUS,
    OLD_LINKS,
    PORTAL_WIDGETS,
    ROLES,
    SECTIONS,
    TOPICS,
)
from site_families_h import FIRST, GMONTHS, JMONTHS, LAST, TEHRAN, Host, dg, story_paragraphs
from site_families_p import AGENCIES
from site_families_r import credited_agency, load_stories

__all__ = ["AGENCIES", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host",
           "shown_date", "arabic_letters"]

UTC = dt.timezone.utc
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FOREIGN = ["رویترز", "آسوشیتدپرس"]
DOMESTIC = ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"]
e = html.escape


def arabic_letters(s: str) -> str:
    """``s`` as an old site types it: Arabic ي and ك, Latin digits, ه for ۀ."""
    return (s.replace("ی", "ي").replace("ک", "ك").replace("ۀ", "ه")
            .translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its forms, digits and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-aj-host:{seed}:{domain}")
    html_forms, txt_forms, html_p = FORMS[family][idx]
    kind = ("broadcast" if {"bbc", "farda", "dw", "intl"} & set(html_forms) else
            "old" if "table" in html_forms else "portal")
    s = {
        "kind": kind, "html_forms": html_forms, "txt_forms": txt_forms, "html_p": html_p,
        "arabic": "ي" in name + tagline or "ك" in name + tagline,
        "lead_p": pick(r, [0.5, 0.7, 0.85]),
        "agency": pick(r, ["none", "credit"]) if kind == "broadcast" else pick(r, ["keep", "credit", "none"]),
        "reader_date": r.random() < 0.6,
        "byline_p": 0.8 if kind == "broadcast" else 0.3,
        "cp1256_p": 0.5 if "table" in html_forms else 0.0,
        "topics": kind == "broadcast" or r.random() < 0.3,
    }
    return Host(family, domain, name, tagline, MENUS[kind], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def shown_date(t: dt.datetime, form: str) -> tuple[str, dt.datetime, bool]:
    """The date line a page of ``form`` shows for instant ``t``, the instant in the page's own time zone and whether
    the line shows the time: ``shown_date(dt.datetime(2026, 12, 3, 22, 30, tzinfo=TEHRAN), "bbc")`` ->
    («۱۲ آذر ۱۴۰۵ - ۳ دسامبر ۲۰۲۶», …, False)."""
    loc = t.astimezone(UTC) if form == "intl" else t.astimezone(TEHRAN)
    j = jalali_day(loc)
    jday = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    gday = f"{loc.day} {GMONTHS[loc.month - 1]} {loc.year}"
    clock = f"{loc:%H:%M}"
    if form == "bbc":
        return dg(f"{jday} - {gday}", "fa"), loc, False
    if form == "farda":
        return dg(f"{gday} {clock}", "fa"), loc, True
    if form == "dw":
        return dg(f"{loc:%d.%m.%Y}", "fa"), loc, False
    if form == "intl":
        return dg(f"{gday}، ساعت {clock} گرینویچ", "fa"), loc, True
    if form == "table":
        return f"{j.year}/{j.month:02d}/{j.day:02d} - {clock}", loc, True
    if form == "amp":
        return dg(f"{jday} | {clock}", "fa"), loc, True
    return dg(f"{WEEKDAYS[loc.weekday()]} {jday} ساعت {clock}", "fa"), loc, True


# ---------------------------------------------------------------------------------------------- pieces


class Doc:
    """The page's pieces in order: their HTML and the lines a text tool shows of them (role per line)."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, list[tuple[str, str]], str]] = []

    def add(self, markup: str, lines: list[tuple[str, str]] | None = None, zone: str = "main") -> None:
        self.parts.append((markup, [(ro, t) for ro, t in (lines or []) if t], zone))

    def chrome(self, markup: str, *lines: str, zone: str = "chrome") -> None:
        self.add(markup, [("c", x) for x in lines], zone)

    def html(self) -> str:
        return "".join(m for m, _, _ in self.parts)

    def lines(self, role: str | None = None, zones: tuple[str, ...] | None = None) -> list[str]:
        return [t for _, ls, z in self.parts if zones is None or z in zones for ro, t in ls
                if role is None or ro == role]


def _names(agency: str) -> str:
    return AGENCIES[agency][0]


def _menu(doc: Doc, h: Host, cls: str) -> None:
    items = "".join(f'<li><a href="/{stable(x) % 999}">{e(x)}</a></li>' for x in h.menu)
    doc.chrome(f'<nav class="{cls}"><ul>{items}</ul></nav>\n', *h.menu)


def _header_broadcast(doc: Doc, h: Host, r: random.Random) -> None:
    doc.chrome(f'<header class="site-header"><a href="/persian" class="brand"><img src="/logo.svg" alt="{e(h.name)}">'
               f'<div>{e(h.name)}</div></a><div><a class="skip" href="#content">رفتن به محتوای اصلی</a></div>'
               '<button class="search">جستجو</button></header>\n', h.name, "رفتن به محتوای اصلی", "جستجو")
    _menu(doc, h, "nav-main")


def _figure_broadcast(doc: Doc, h: Host, r: random.Random, key: str) -> None:
    src = pick(r, IMAGE_SOURCES)
    cap = pick(r, CAPTIONS[h.family])
    img = f"https://static.{h.domain}/img/{key}/{stable(cap, key) % 10**7}.jpg"
    doc.chrome(f'<figure class="media"><span class="credit">منبع تصویر، {e(src)}</span>'
               f'<img src="{img}" alt="{e(cap)}" width="976" height="549">'
               f'<figcaption><span class="off">توضیح تصویر، </span>{e(cap)}</figcaption></figure>\n',
               f"منبع تصویر، {src}", f"توضیح تصویر، {cap}" if h.s["kind"] == "broadcast" else cap)


def _related(doc: Doc, title: str, items: list[str], cls: str = "related") -> None:
    if not items:
        return
    doc.chrome(f'<section class="{cls}"><h2>{e(title)}</h2><ul>'
               + "".join(f'<li><a href="/n/{stable(x) % 10**6}">{e(x)}</a></li>' for x in items)
               + "</ul></section>\n", title, *items)


def _footer_broadcast(doc: Doc, h: Host, year: int) -> None:
    links = ["درباره ما", "شرایط استفاده", "حریم خصوصی", "کوکی‌ها", "تماس با ما"]
    rights = dg(f"حق نشر © {year} {h.name}. {h.name} مسئول محتوای سایت‌های دیگر نیست.", "fa")
    policy = "درباره شیوه ما در لینک دادن به سایت‌های دیگر بخوانید."
    doc.chrome('<footer class="site-footer"><ul>' + "".join(f"<li><a href=\"/p/{i}\">{x}</a></li>"
                                                             for i, x in enumerate(links))
               + f"</ul><p>{e(rights)}</p><p><a href=\"/links\">{policy}</a></p></footer>\n", *links, rights, policy)


def _portal_top(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    j = jalali_day(crawl)
    today = dg(f"امروز: {WEEKDAYS[crawl.weekday()]} {j.day} {JMONTHS[j.month - 1]} {j.year}", "fa")
    doc.chrome(f'<div id="top-bar"><div>{today}</div>'
               '<div><a href="/rss">RSS</a> | <a href="/login">ورود اعضا</a></div></div>\n'
               f'<div id="logo"><a href="/"><img src="/images/logo.png" alt="{e(h.name)}"></a>'
               f'<h2>{e(h.name)}</h2><p>{e(h.tagline)}</p></div>\n', today, "RSS | ورود اعضا", h.name, h.tagline)
    _menu(doc, h, "mainmenu")


def _portal_side(doc: Doc, h: Host, r: random.Random, others: list[str]) -> None:
    w = pick(r, PORTAL_WIDGETS)
    if w == "اوقات شرعی":
        rows = [dg(f"اذان صبح {r.randint(4, 5)}:{r.randint(10, 59)}", "fa"),
                dg(f"اذان ظهر 12:{r.randint(10, 40)}", "fa"), dg(f"اذان مغرب {r.randint(17, 20)}:{r.randint(10, 59)}",
                                                                "fa")]
    elif w == "نرخ ارز":
        rows = [dg(f"دلار {r.randint(40, 99)},{r.randint(100, 999)} تومان", "fa"),
                dg(f"یورو {r.randint(50, 99)},{r.randint(100, 999)} تومان", "fa")]
    else:
        rows = [dg(f"حداکثر دما {r.randint(20, 49)} درجه", "fa"), "آسمان صاف تا کمی ابری"]
    doc.chrome(f'<div class="module"><h3>{w}</h3>' + "".join(f"<div>{x}</div>" for x in rows) + "</div>\n", w, *rows)
    _related(doc, "اخبار شهرستان‌ها", others[20:26], "module latest")


def _portal_footer(doc: Doc, h: Host, year: int) -> None:
    rights = dg(f"تمامی حقوق برای {h.name} محفوظ است © {year}", "fa")
    made = f"طراحی و اجرا: {pick(random.Random(h.domain), ['وب‌سازان شرق', 'پرتال‌ساز', 'نوآوران وب'])}"
    doc.chrome(f'<div id="footer"><p>{e(rights)}</p><p>{e(made)}</p><p><a href="/">{h.domain}</a></p></div>\n', rights,
               made, h.domain)


# ---------------------------------------------------------------------------------------------- article forms


def _story(doc: Doc, h: Host, r: random.Random, g: dict, others: list[str], para_tag: str = "p") -> None:
    paras = g["body_paragraphs"]
    boxes = list(others[10:13])
    for i, p in enumerate(paras):
        if para_tag == "br":
            doc.add(f"{e(p)}<br><br>\n", [("body", p)])
        else:
            doc.add(f"<p>{e(p)}</p>\n", [("body", p)])
        if h.s["kind"] == "broadcast" and i == 1 and len(paras) > 3 and boxes and r.random() < 0.6:
            doc.chrome('<section class="promo"><h3>مطالب پیشنهادی</h3><ul>'
                       + "".join(f'<li><a href="/n/{stable(t) % 10**6}">{e(t)}</a></li>' for t in boxes)
                       + '</ul><p class="promo-end">پایان مطالب پیشنهادی</p></section>\n', "مطالب پیشنهادی",
                       *boxes, "پایان مطالب پیشنهادی")


def _credit_line(h: Host, agency: str | None, form: str) -> tuple[str, str] | None:
    if not agency or h.s["agency"] != "credit":
        return None
    name = AGENCIES[agency][stable(h.domain, agency) % len(AGENCIES[agency])]
    line = f"({name})" if form in ("farda", "intl") else f"منبع: {name}"
    return f'<p class="source">{e(line)}</p>\n', line


def article_doc(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, form: str,
                url: str, crawl: dt.datetime) -> Doc:
    """An article page of ``form`` (one of the HTML forms; text forms take its lines)."""
    doc = Doc()
    shown, loc, timed = shown_date(pub, form)
    g["_shown"] = (shown, loc, timed)
    sec = g["section"]
    credit = _credit_line(h, g["agency"], form)
    byline = g["_byline"]
    if form in ("bbc", "farda", "dw", "intl"):
        _header_broadcast(doc, h, r)
        doc.add('<main id="content"><article>\n')
        if form == "intl":
            doc.chrome(f'<ol class="crumbs"><li><a href="/">خانه</a></li><li><a href="/t/{stable(sec) % 99}">'
                       f'{e(sec)}</a></li></ol>\n', "خانه", sec, zone="head")
        elif sec:
            doc.chrome(f'<a class="topic-tag" href="/topics/{stable(sec) % 9999}">{e(sec)}</a>\n', sec, zone="head")
        doc.add(f'<h1 id="headline">{e(g["title"])}</h1>\n', [("title", g["title"])], "head")
        if byline and form in ("bbc", "intl"):
            name, role = byline
            doc.chrome(f'<div class="byline"><div class="name">{e(name)}</div><div class="role">{e(role)}</div>'
                       "</div>\n", name, role, zone="head")
        iso = pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        doc.chrome(f'<div class="date"><time datetime="{iso}">{shown}</time></div>\n', shown, zone="head")
        if byline and form in ("farda", "dw"):
            name, role = byline
            line = f"نویسنده: {name}" if form == "dw" else f"{name}، {role}"
            doc.chrome(f'<div class="authors">{e(line)}</div>\n', line, zone="head")
        if g["lead"]:
            doc.add(f'<p class="intro"><b>{e(g["lead"])}</b></p>\n', [("lead", g["lead"])], "head")
        _figure_broadcast(doc, h, r, key)
        _story(doc, h, r, g, others)
        if credit:
            doc.chrome(credit[0], credit[1])
        if form == "dw":
            tags = [sec, *TOPICS.get(h.family, [])[:2]]
            doc.chrome('<div class="info"><h4>موضوعات</h4><ul>' + "".join(f"<li>{e(t)}</li>" for t in tags)
                       + f"</ul><p>تاریخ {shown}</p><p>لینک ثابت https://p.{h.domain}/{key}</p></div>\n",
                       "موضوعات", *tags, f"تاریخ {shown}", f"لینک ثابت https://p.{h.domain}/{key}")
        doc.add("</article>\n")
        if h.s["topics"] and form in ("bbc", "intl"):
            _related(doc, "موضوعات مرتبط", [sec, *TOPICS.get(h.family, ["ایران"])[:3]], "topics")
        _related(doc, "خبرهای مرتبط", others[:4])
        _related(doc, "پربیننده‌ترین‌ها", others[4:9], "most-read")
        doc.add("</main>\n")
        _footer_broadcast(doc, h, loc.year)
        return doc
    if form == "amp":
        doc.chrome(f'<header class="amp-head"><button on="tap:sidebar.toggle" class="burger">منو</button>'
                   f'<a href="/"><amp-img src="/logo.png" width="120" height="40" alt="{e(h.name)}"></amp-img></a>'
                   f'<span class="name">{e(h.name)}</span></header>\n', "منو", h.name)
        doc.chrome('<amp-sidebar id="sidebar" layout="nodisplay" side="right"><ul>'
                   + "".join(f'<li><a href="/{stable(x) % 99}">{e(x)}</a></li>' for x in h.menu)
                   + "</ul></amp-sidebar>\n", *h.menu)
        doc.add('<article class="amp-article">\n')
        doc.chrome(f'<div class="amp-cat"><a href="/cat/{stable(sec) % 99}">{e(sec)}</a></div>\n', sec, zone="head")
        doc.add(f"<h1>{e(g['title'])}</h1>\n", [("title", g["title"])], "head")
        doc.chrome(f'<div class="amp-meta"><span>{shown}</span></div>\n', shown, zone="head")
        if g["lead"]:
            doc.add(f'<div class="amp-lead">{e(g["lead"])}</div>\n', [("lead", g["lead"])], "head")
        cap = pick(r, CAPTIONS[h.family])
        doc.chrome(f'<figure><amp-img src="/img/{key}.jpg" width="800" height="450" layout="responsive" '
                   f'alt="{e(cap)}"></amp-img><figcaption>{e(cap)}</figcaption></figure>\n', cap)
        _story(doc, h, r, g, others)
        if credit:
            doc.chrome(credit[0], credit[1])
        doc.chrome('<div class="share"><amp-social-share type="telegram" width="40" height="40"></amp-social-share>'
                   '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>'
                   f'<a href="{e(url)}">مشاهده نسخه کامل</a></div>\n', "مشاهده نسخه کامل")
        doc.add("</article>\n")
        _related(doc, "مطالب مرتبط", others[:5], "amp-related")
        doc.chrome(f'<footer class="amp-foot"><p>{e(h.name)} - {e(h.tagline)}</p></footer>\n',
                   f"{h.name} - {h.tagline}")
        return doc
    if form == "print":
        doc.chrome(f'<div class="print-head"><h2>{e(h.name)}</h2><div>نسخه قابل چاپ</div></div>\n', h.name,
                   "نسخه قابل چاپ")
        label = "سرويس" if h.s["arabic"] else "سرویس"
        doc.chrome(f'<div class="print-sec">{label}: {e(sec)}</div>\n', f"{label}: {sec}", zone="head")
        doc.add(f"<h1>{e(g['title'])}</h1>\n", [("title", g["title"])], "head")
        doc.chrome(f'<div class="print-date">تاریخ: {shown}</div>\n', f"تاریخ: {shown}", zone="head")
        if g["lead"]:
            doc.add(f'<div class="print-lead">{e(g["lead"])}</div>\n', [("lead", g["lead"])], "head")
        _story(doc, h, r, g, others)
        if credit:
            doc.chrome(credit[0], credit[1])
        doc.chrome(f'<div class="print-foot"><div>آدرس مطلب: {e(url)}</div><a href="javascript:window.close()">'
                   "بستن پنجره</a></div>\n", f"آدرس مطلب: {url}", "بستن پنجره")
        return doc
    if form == "table":
        j = jalali_day(crawl)
        today = f"{j.year}/{j.month:02d}/{j.day:02d}"
        doc.chrome('<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">'
                   f'<tr><td colspan="2" bgcolor="#003366"><font face="Tahoma" size="4" color="#FFFFFF"><b>{e(h.name)}'
                   f'</b></font><br><font face="Tahoma" size="1" color="#CCCCCC">{e(h.tagline)}</font></td></tr>\n'
                   f'<tr><td colspan="2" bgcolor="#E0E0E0"><font face="Tahoma" size="1">امروز: {today}</font></td>'
                   "</tr>\n", h.name, h.tagline, f"امروز: {today}")
        doc.chrome('<tr><td width="150" valign="top" bgcolor="#F0F0F0"><font face="Tahoma" size="2">'
                   + "".join(f'<a href="/{stable(x) % 99}.asp">{e(x)}</a><br>' for x in h.menu) + "</font></td>\n",
                   *h.menu)
        doc.add('<td valign="top"><font face="Tahoma" size="2">\n')
        doc.chrome(f'<font color="#990000">سرويس: {e(sec)}</font><br>\n', f"سرويس: {sec}", zone="head")
        doc.add(f'<font size="3" color="#003366"><b>{e(g["title"])}</b></font><br>\n', [("title", g["title"])], "head")
        doc.chrome(f'<font size="1" color="#666666">تاريخ انتشار: {shown}</font><br><br>\n',
                   f"تاريخ انتشار: {shown}", zone="head")
        if g["lead"]:
            doc.add(f'<font color="#336699">{e(g["lead"])}</font><br><br>\n', [("lead", g["lead"])], "head")
        _story(doc, h, r, g, others, para_tag="br")
        if credit:
            doc.chrome(f"{e(credit[1])}<br>\n", credit[1])
        visits = f"تعداد بازديد: {stable(key, 'v') % 9000 + 12}"
        doc.chrome("<br>" + " | ".join(f'<a href="/x{i}.asp">{x}</a>' for i, x in enumerate(OLD_LINKS[1:])) +
                   f"<br>{visits}<br>\n", *OLD_LINKS[1:], visits)
        doc.add("</font></td></tr>\n")
        rights = f"كليه حقوق اين سايت متعلق به {h.name} مي‌باشد"
        doc.chrome(f'<tr><td colspan="2" align="center"><font size="1">{e(rights)}</font></td></tr></table>\n',
                   rights)
        return doc
    # portal
    _portal_top(doc, h, r, crawl)
    doc.chrome(f'<div class="breadcrumb"><a href="/">صفحه نخست</a> » <a href="/cat/{stable(sec) % 99}">{e(sec)}</a>'
               "</div>\n", "صفحه نخست", sec, zone="head")
    doc.add('<div class="news-item">\n')
    code = dg(f"کد خبر: {stable(key, 'c') % 90000 + 10000}", "fa")
    doc.chrome(f'<div class="news-info"><div>{code}</div><div class="date">{shown}</div></div>\n', code, shown,
               zone="head")
    doc.add(f'<h1 class="news-title">{e(g["title"])}</h1>\n', [("title", g["title"])], "head")
    if g["lead"]:
        doc.add(f'<div class="news-lead">{e(g["lead"])}</div>\n', [("lead", g["lead"])], "head")
    cap = pick(r, CAPTIONS[h.family])
    doc.chrome(f'<div class="news-img"><img src="/uploads/{key}.jpg" alt="{e(cap)}"><div>{e(cap)}</div></div>\n',
               cap)
    _story(doc, h, r, g, others)
    if credit:
        doc.chrome(credit[0], credit[1])
    doc.chrome('<div class="tools"><a href="?print=1">نسخه چاپی</a> | <a href="/send">ارسال به دوستان</a></div>\n',
               "نسخه چاپی | ارسال به دوستان")
    doc.add("</div>\n")
    _related(doc, "اخبار مرتبط", others[:5])
    _portal_side(doc, h, r, others)
    _portal_footer(doc, h, jalali_day(crawl).year)
    return doc


def negative_doc(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Doc:
    """A page that is no article: a topic's listing, a 404 page in the chrome, an empty page."""
    doc = Doc()
    if kind == "empty":
        doc.chrome("<div><p>این صفحه در نمای خواندن در دسترس نیست.</p></div>\n",
                   "این صفحه در نمای خواندن در دسترس نیست.")
        return doc
    if h.s["kind"] == "broadcast":
        _header_broadcast(doc, h, r)
    else:
        _portal_top(doc, h, r, crawl)
    if kind == "listing":
        sec = pick(r, h.sections)
        doc.chrome(f"<h1>{e(sec)}</h1>\n", sec)
        for i, t in enumerate(others[5:20]):
            when = shown_date(crawl - dt.timedelta(hours=9 * i + 3), "bbc")[0]
            doc.chrome(f'<div class="item"><h3><a href="/n/{stable(t) % 10**6}">{e(t)}</a></h3><span>{when}</span>'
                       "</div>\n", t, when)
    else:
        doc.chrome("<div class=\"err\"><h1>صفحه پیدا نشد</h1><p>متاسفیم، صفحه‌ای که به دنبال آن هستید وجود ندارد."
                   "</p></div>\n", "صفحه پیدا نشد", "متاسفیم، صفحه‌ای که به دنبال آن هستید وجود ندارد.")
    _related(doc, "پربیننده‌ترین‌ها", others[20:25], "most-read")
    if h.s["kind"] == "broadcast":
        _footer_broadcast(doc, h, crawl.year)
    else:
        _portal_footer(doc, h, jalali_day(crawl).year)
    return doc


# ---------------------------------------------------------------------------------------------- render


def _head(h: Host, g: dict, url: str, form: str, charset: str) -> str:
    title = g.get("title") or h.name
    metas = [f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if form == "table"
             else '<meta charset="utf-8">',
             f"<title>{e(title)} - {e(h.name)}</title>",
             f'<link rel="canonical" href="{e(url)}">',
             '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">']
    if form == "table":
        return "\n".join(metas) + "\n"
    if g.get("kind") == "article":
        metas += [f'<meta property="og:title" content="{e(title)}">', '<meta property="og:type" content="article">',
                  f'<meta property="og:site_name" content="{e(h.name)}">']
        pub = g["_pub"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "publisher": {"@type": "Organization", "name": h.name}, "inLanguage": "fa"}
        metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    if form == "amp":
        metas += ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                  '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js">'
                  "</script>",
                  '<script async custom-element="amp-social-share" '
                  'src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
                  '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
                  "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>",
                  "<style amp-custom>body{font-family:Vazirmatn,Tahoma;direction:rtl}.amp-lead{font-weight:700}"
                  "</style>"]
    elif form in ("bbc", "farda", "dw", "intl"):  # (a broadcaster's page state: config, promos, the story's blocks)
        promos = [{"id": f"c{stable(h.domain, k) % 10**9:x}",
                   "url": f"/persian/articles/c{stable(k, h.domain) % 10**9:x}",
                   "type": pick(random.Random(k), ["STY", "MAP", "PGL", "LIV"]),
                   "timestamp": 1500000000000 + k * 86400017,
                   "image": {"src": f"https://ichef.{h.domain}/ace/ws/640/cpsprodpb/{stable(k) % 10**6:x}.jpg",
                             "alt": "", "width": 640, "height": 360}} for k in range(250 + stable(h.domain) % 400)]
        state = {"service": "persian", "isAmp": False, "pathname": url, "toggles": {"ads": {"enabled": False},
                                                                                     "comscore": {"enabled": True}},
                 "secondaryColumn": {"topStories": promos[:8], "features": promos[8:16]}, "promos": promos}
        if form == "bbc" and g.get("kind") == "article":
            state["article"] = {"headline": g["title"], "blocks": [{"type": "paragraph", "text": x}
                                                                   for x in g["body_paragraphs"]]}
        metas.append("<script>window.SIMORGH_DATA=" + json.dumps(state, ensure_ascii=False) + "</script>")
        metas.append(f'<link rel="amphtml" href="{e(url)}.amp">')
    if form not in ("amp", "table"):
        rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px;"
                        f"color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}"
                        for k in range(300 + stable(h.domain) % 600))
        metas.append(f"<style>{rules}</style>")
        metas.append("<script>window.__STATE__=" + json.dumps({"site": h.domain, "ads": True, "edition": "fa"})
                     + ";(function(){var s=document.createElement('script');s.src='/a.js';document.head.appendChild(s)"
                     "})();</script>")
    return "\n".join(metas) + "\n"


def render_html(h: Host, doc: Doc, g: dict, url: str, form: str, charset: str = "utf-8") -> str:
    head = _head(h, g, url, form, charset)
    if form == "amp":
        return (f'<!doctype html>\n<html ⚡ lang="fa" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}'
                '<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"G-1"}}</script>'
                "</amp-analytics>\n</body>\n</html>\n")
    if form == "table":
        return (f'<html dir="rtl">\n<head>\n{head}</head>\n<body bgcolor="#FFFFFF" topmargin="0">\n{doc.html()}'
                "</body>\n</html>\n")
    return f'<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n</html>\n'


def render_text(h: Host, doc: Doc, g: dict, form: str, url: str, crawl: dt.datetime, r: random.Random) -> str:
    """A flat-text page: the whole page pasted, a reader view or a WET record."""
    if form == "reader":
        out = [h.domain, *doc.lines("title"), h.name]
        minutes = max(1, sum(len(p.split()) for p in g.get("body_paragraphs") or []) // 200)
        read = dg(f"{minutes} دقیقه مطالعه", "fa")
        out.append(read)
        g["_reader"] = [h.domain, h.name, read]
        if g.get("_byline"):
            out.append(g["_byline"][0])
            g["_reader"].append(g["_byline"][0])
        if g.get("_shown") and h.s["reader_date"]:
            out.append(g["_shown"][0])
            g["_reader"].append(g["_shown"][0])
        out += doc.lines("lead") + doc.lines("body")
        return "\n".join(out) + "\n"
    lines = doc.lines()
    if form == "wet":
        body = "\n".join(lines) + "\n"
        head = ["WARC/1.0", "WARC-Type: conversion", f"WARC-Target-URI: {url}",
                f"WARC-Date: {crawl.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
                f"WARC-Record-ID: <urn:uuid:{hashlib.md5(url.encode()).hexdigest()}>",
                "Content-Type: text/plain", f"Content-Length: {len(body.encode('utf-8'))}"]
        g["_wet"] = head
        return "\n".join(head) + "\n\n" + body
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------- build


def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2016, 3, 1) + dt.timedelta(days=r.randrange(3900))
    hour = r.choice([0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def _host_story(h: Host, r: random.Random, paras: list[str], lead: str | None,
                dataset: str) -> tuple[list[str], str | None, str | None]:
    """The story as ``h`` prints it, and the agency its page credits: a broadcaster writes its own story (credits in
    the text name the broadcaster) or an agency's (Reuters, AP); a domestic site keeps, credits or hides its source."""
    from site_families_h import DATASET_AGENCY, rewrite_credits
    own = credited_agency(([lead] if lead else []) + paras)
    mode = h.s["agency"]
    if mode == "keep":
        return paras, lead, own
    paras = [rewrite_credits(h, p) for p in paras]
    lead = rewrite_credits(h, lead) if lead else None
    if mode == "none":
        return paras, lead, None
    if h.s["kind"] == "broadcast":
        return paras, lead, pick(r, FOREIGN) if r.random() < 0.5 else None
    return paras, lead, own or DATASET_AGENCY[dataset]


def _write(pages_dir: Path, i: int, data: bytes, fmt: str) -> str:
    name = f"{i:03d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.{fmt}"
    (pages_dir / name).write_bytes(data)
    return name


def build(out_dir, n: int = 400, seed: int = 317, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="aj", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-aj:{seed}:page:{i}")
        is_html = r.random() < s["html_p"]
        form = pick(r, s["html_forms"])
        tform = None if is_html else pick(r, s["txt_forms"])
        fmt = "html" if is_html else "txt"
        key = str(200000 + i * 7919 % 700000)
        crawl = _pub_time(r) + dt.timedelta(days=400)
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 30))
            kind = p["kind"]
            if kind == "empty":
                tform, fmt = "copy", "txt"
            doc = negative_doc(h, r, kind, others, crawl)
            gold = negative_gold(kind)
            url = f"https://{h.domain}/topics/{stable(key) % 9999}"
            if fmt == "txt" and tform == "reader" and kind != "empty":
                tform = "copy"
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                pub = _pub_time(r)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = _host_story(h, r, paras, lead, st["dataset"])
            title = st["title"]
            if s["arabic"]:
                paras, title = [arabic_letters(x) for x in paras], arabic_letters(title)
                lead = arabic_letters(lead) if lead else None
            sec = h.sections[stable(st["key"], h.domain) % len(h.sections)]
            if s["arabic"]:
                sec = arabic_letters(sec)
            byline = None
            if r.random() < s["byline_p"]:
                byline = (f"{pick(r, FIRST)} {pick(r, LAST)}", f"{pick(r, ROLES)} {h.name}")
            gold = {"kind": "article", "title": title, "section": sec, "lead": lead, "surtitle": None,
                    "body_paragraphs": paras, "agency": agency, "published_iso": None, "published_jalali": None,
                    "published_time": None, "cluster": None, "source": None, "source_key": st["key"],
                    "edits": edits, "_byline": byline, "_pub": pub}
            others = [t for t in r.sample(titles, min(len(titles), 31)) if t != st["title"]][:30]
            if s["arabic"]:
                others = [arabic_letters(t) for t in others]
            url = f"https://{h.domain}/news/{key}"
            crawl = pub + dt.timedelta(days=r.randint(1, 900), hours=r.randint(0, 23))
            doc = article_doc(h, r, gold, pub, others, key, form, url, crawl)
            if gold["agency"] and _credit_line(h, gold["agency"], form) is None \
                    and credited_agency(([lead] if lead else []) + paras) != gold["agency"]:
                gold["agency"] = None  # (no credit on the page: a reader cannot know the source)
            if gold["agency"] and tform == "reader" and credited_agency(([lead] if lead else []) + paras) \
                    != gold["agency"]:
                gold["agency"] = None  # (the reader view drops the credit line)
            shown, loc, timed = gold["_shown"]
            gold["published_iso"] = loc.date().isoformat()
            gold["published_jalali"] = jalali_day(loc).strftime("%Y/%m/%d")
            in_markup = fmt == "html" and form != "table"  # (JSON-LD datePublished, <time datetime>)
            gold["published_time"] = loc.isoformat() if timed or in_markup else loc.date().isoformat()
            if tform == "reader":
                gold["section"] = None  # (a reader view shows no section)
                if not s["reader_date"]:
                    gold["published_iso"] = gold["published_jalali"] = gold["published_time"] = None
        if s["arabic"]:  # (the old site types everything so: its chrome, its credits, its dates)
            doc.parts = [(arabic_letters(m), [(ro, arabic_letters(t)) for ro, t in ls], z) for m, ls, z in doc.parts]
            if gold.get("_shown"):
                gold["_shown"] = (arabic_letters(gold["_shown"][0]), *gold["_shown"][1:])
        charset = "utf-8"
        if fmt == "html":
            if form == "table" and r.random() < s["cp1256_p"]:
                charset = "windows-1256"
            text = render_html(h, doc, gold, url, form, charset)
        else:
            text = render_text(h, doc, gold, tform, url, crawl, r)
        chrome_src = doc.lines("c")
        if tform == "reader":
            chrome_src = list(gold.get("_reader") or doc.lines("c"))
        elif tform == "wet":
            chrome_src = list(gold.get("_wet") or []) + chrome_src
        for k in ("_byline", "_pub", "_shown", "_reader", "_wet"):
            gold.pop(k, None)
        data = text.encode("utf-8")
        if charset == "windows-1256":
            try:
                data = text.encode("cp1256")
            except UnicodeEncodeError:
                data = text.replace("windows-1256", "utf-8").encode("utf-8")
        name = _write(pages_dir, i, data, fmt)
        chrome = chrome_gold(chrome_src, gold["body_paragraphs"])
        rows.append(gold_row(name, "families-aj", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"aj{seed}")
