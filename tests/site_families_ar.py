"""Family set AR: eight families of kinds of page the real Persian web hands a corpus builder that no earlier set has
modelled: live blogs, photo-news pages, Word-exported HTML, forwarded e-mails, feed-reader item views, journal
article pages, religious Q&A pages and translate-proxy views, written blind to the extractor.

    build(out_dir, n, seed=379, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_ar_tables`; the build loop is
:func:`family_frames.build_set`. One kind a family, three hosts a family that differ in the kind's variants
(:data:`site_families_ar_tables.VARIANT`); the families stand in a seeded shuffle's order (``ardev``: the 1st, 3rd,
5th and 7th). Titles and sections are harder than AQ's: kickers over some headlines (no section), the site's name or
tagline over the headline, ``<title>`` unlike the headline («Fwd: …», «بسمه تعالی», a cut title), a section only in
a trail, only in a «سرویس:» / «موضوع:» label, or only as the menu item markup marks current:

- ``tehran_marathon``  (HTML, some text copies) live blogs: a kicker «پوشش زنده» over the headline, the pinned
  summary (the lead), «خلاصه رویدادها», updates newest first each under its time «۱۴:۳۵» (the story), «به‌روزرسانی
  خودکار», «آخرین به‌روزرسانی: ۱۶:۴۰» (no story date); a trail and «شروع پوشش: شنبه ۱۴ آذر ۱۴۰۵ ساعت ۰۸:۰۰», an age
  with the instant only in ``<time datetime>`` (no section), or «سرویس: …» and «۰۵/۰۹/۱۴ - ۰۸:۰۰»;
- ``wildlife_photos``  (HTML) photo-news pages: «گزارش تصویری», «عکاس: …», the short text over the gallery (the
  story), photos «۳ از ۲۴» with captions and «دانلود با کیفیت اصلی», «گالری‌های دیگر»; a trail «چندرسانه‌ای › عکس ›
  …», «سرویس: …» with a Hijri day, or the current menu item marked by ``class="active"`` only;
- ``school_newsletters``  (HTML from MS Word, some «Save as Plain Text» copies) press releases and newsletters:
  ``class=MsoNormal``, ``<o:p></o:p>``, ``mso-`` styles, ``<!--[if gte mso 9]>`` with the document's created and
  saved times (no story date), «بسمه تعالی» as ``<title>``, bold runs as the headline, «شماره: …», «تاریخ: …»,
  «پیوست: ندارد», «روابط عمومی …»; no section, no agency;
- ``alumni_forwards``  (HTML print views, a phone's text) forwarded mails: Gmail's print view (the forward's time, no
  story date; «---------- Forwarded message ---------», «Date: Sat, Dec 5, 2026 at 10:23 AM» the story's instant),
  a Persian webmail's («از:», «تاریخ:», «موضوع:»; the pasted story's own date line) and a phone's («Sent from my
  iPhone», «Begin forwarded message:», «> Date: …», quoted «>» replies); no section;
- ``startup_feeds``  (HTML, some text copies) feed readers' item views: the sidebar's feeds, the feed's name (the
  agency), «Visit website», «Read later», «Mark as read», the item's age «2h» with the instant only in markup
  (Feedly), «Sat, Dec 5, 2026 10:23» (Inoreader) or «۱۴ آذر ۱۴۰۵، ساعت ۱۰:۲۳» and «سرویس: …» (a Persian reader),
  «مطالب بعدی در این خوراک»;
- ``soil_science``  (HTML) journal article pages: the journal, «دوره ۱۲، شماره ۳، پاییز ۱۴۰۵، صفحات ۴۵-۶۸», the
  title, authors and affiliations, «چکیده» (the story), «کلیدواژه‌ها», «تاریخ دریافت» / «تاریخ پذیرش» (no story
  date), «تاریخ انتشار: …» (none on the second host), «ارجاع به مقاله» (the title inside), view and download counts,
  «مقالات مرتبط»; «موضوع: …» on the third host only;
- ``fasting_questions``  (HTML) religious Q&A pages: «کد سایت ۱۲۳۴», «پرسش» (the question: the lead), «پاسخ
  اجمالی» and «پاسخ تفصیلی» (the story), «تاریخ ثبت پرسش» (no story date), «تعداد بازدید», the category tree
  «موضوعات», «پرسش‌های مرتبط»; «موضوع: …», a trail «موضوعات › فقه › …», or none and a Hijri day beside the Jalali;
- ``diaspora_translated``  (HTML, some text copies) translate-proxy views: Google's toolbar («Original text», «Rate
  this translation», «Translated from: Persian», «Show original») over the page with every text wrapped in ``<font
  style="vertical-align: inherit;">``, Bing's frame («Microsoft Translator», «Translate to: English»), a text copy
  of Google's; under it a news page (a kicker, a trail or «سرویس: …», the day and time, a lead).

Gold as AQ documents it: the title is the visible headline, the section the page's own category (a trail's last step,
a label's value, the menu item marked current; none on a Word document, a mail, a Feedly or Inoreader view, a
journal page without «موضوع:»), the lead a pinned summary, a standfirst or a question shown apart, the agency only
when the page credits the story to one (a feed's item: its feed), ``published_iso`` the story's day as the page shows
it (a forwarded story's own date, else the forwarded mail's; none when it shows none), ``published_time`` the instant
with its offset when the page shows its time or holds it in markup, else the day. Updates' times, «آخرین
به‌روزرسانی», a forward's time, a document's saved time, received and accepted days are no story date. About 7%
negatives, ~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import random

from family_frames import DOMESTIC, build_set, fa_count, jalali_day, linked_titles, source_credit
from family_pages import canon, pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_aq import _clock, _jday, _jnum, _wd, _who
from site_families_ar_tables import (
    ADDRESSES,
    AFFILIATIONS,
    CAPTIONS,
    FAMILIES,
    FEEDS,
    HOSTS,
    JOURNALS,
    KEYWORDS,
    KICKERS,
    KIND,
    MENUS,
    NOTES,
    PARENTS,
    REPLIES,
    SECTIONS,
    SIGNATURES,
    SUMMARY,
    TREE,
    VARIANT,
)
from site_families_h import FIRST, HMONTHS, LAST, TEHRAN, Host, dg, hijri
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show a section
SECTIONED = {("live", "crumb"), ("live", "short"), ("photo", "crumb"), ("photo", "service"), ("photo", "menu"),
             ("reader", "persian"), ("journal", "sid"), ("qa", "label"), ("qa", "crumb"), ("proxy", "goog"),
             ("proxy", "bing"), ("proxy", "goog_text")}
#: the agency habit of a kind that has one (the rest draw theirs): a feed's item is its feed's
AGENCY = {"reader": "source", "word": "none", "journal": "none", "qa": "none"}
#: the share of a variant's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"plain": 0.0, "iphone": 0.0, "goog_text": 0.0, "menu": 1.0, "release": 0.85, "company": 0.85,
          "feedly": 0.85, "ago": 0.85}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"crumb": 0.7, "ago": 0.7, "short": 0.7, "service": 0.5, "menu": 0.5, "label": 0.9, "hijri": 0.9,
          "goog": 0.5, "bing": 0.5, "goog_text": 0.5}
UTC = dt.timezone.utc
EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SEASONS = ["بهار", "بهار", "بهار", "تابستان", "تابستان", "تابستان", "پاییز", "پاییز", "پاییز", "زمستان", "زمستان",
           "زمستان"]
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ar-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": HTML_P.get(variant, 0.9 if kind != "journal" else 1.0),
         "agency": AGENCY.get(kind) or pick(r, ["keep", "credit", "none"] if kind != "mail" else ["keep", "credit"]),
         "lead_p": LEAD_P.get(variant, 0.0) if kind in ("live", "photo", "qa", "proxy") else 0.0,
         "author": f"{pick(r, FIRST)} {pick(r, LAST)}", "code0": r.randint(1000, 60000),
         "phone": f"0{r.randint(21, 87)}-{r.randint(3000000, 9999999)}", "journal": pick(r, JOURNALS),
         "volume0": r.randint(3, 18), "me": pick(r, ADDRESSES)}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def _hday(t: dt.datetime) -> str:
    """«۲۳ جمادی‌الثانی ۱۴۴۸»."""
    y, m, d = hijri(t.date())
    return dg(f"{d} {HMONTHS[m - 1]} {y}", "fa")


def _en_clock(t: dt.datetime) -> str:
    """«10:23 AM»."""
    return f"{t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def _gmail_day(t: dt.datetime) -> str:
    """Gmail's «Sat, Dec 5, 2026 at 10:23 AM»."""
    return f"{EN_WEEKDAYS[t.weekday()]}, {SHORT_EMONTHS[t.month - 1]} {t.day}, {t.year} at {_en_clock(t)}"


def _offset(t: dt.datetime) -> str:
    """«GMT+3:30» of ``t``'s offset."""
    mins = int(t.utcoffset().total_seconds() // 60)
    return f"GMT+{mins // 60}:{mins % 60:02d}"


def _ago(t: dt.datetime, now: dt.datetime, en: bool = False) -> str:
    """An age as the page saw it: «۳ ساعت پیش» (``en``: «3h», «2d», «5mo»)."""
    secs = max(60, int((now - t).total_seconds()))
    units = ((365 * 86400, "سال", "y"), (30 * 86400, "ماه", "mo"), (86400, "روز", "d"), (3600, "ساعت", "h"),
             (60, "دقیقه", "m"))
    for size, fa, short in units:
        if secs >= size:
            return f"{secs // size}{short}" if en else dg(f"{secs // size} {fa} پیش", "fa")
    return "now"


# ---------------------------------------------------------------------------------------------- pieces


def _body(doc: Doc, paras: list[str], wrap=None) -> None:
    for p in paras:
        doc.add(f"<p>{wrap(p) if wrap else e(p)}</p>\n", [("body", p)])


def _credit(doc: Doc, g: dict, h: Host, wrap=None) -> None:
    """The «منبع: …» line the host adds under the story."""
    if g["agency"] and h.s["agency"] == "credit":
        c = source_credit(g["agency"])
        doc.chrome(f'<p class="source">{wrap(c) if wrap else e(c)}</p>\n', c)


def _shown(g: dict, line: str | None, loc: dt.datetime, timed: bool, markup: bool = False,
           only: bool = False) -> None:
    g["_shown"] = (line, loc, timed) if line is not None or markup else None
    g["_markup"], g["_only_markup"] = markup, only


def _header(doc: Doc, h: Host, menu_current: str | None = None) -> None:
    """The site's name and tagline, then its menu (``menu_current``: the item marked current by markup only)."""
    doc.chrome(f'<header class="site"><a class="logo" href="/">{e(h.name)}</a><p class="tagline">{e(h.tagline)}</p>'
               "</header>\n", h.name, h.tagline)
    if h.menu:
        mark = ' class="active" aria-current="page"'
        items = "".join(f'<li{mark if x == menu_current else ""}><a href="/{stable(x) % 999}">{e(x)}</a></li>'
                        for x in h.menu)
        doc.chrome(f'<nav class="main-menu"><ul>{items}</ul></nav>\n', *h.menu)


def _trail(doc: Doc, steps: list[str], sep: str = "›") -> None:
    line = f" {sep} ".join(steps)
    doc.chrome('<div class="breadcrumb">' + f" {e(sep)} ".join(f"<a>{e(x)}</a>" for x in steps) + "</div>\n", line)


def _kicker(doc: Doc, g: dict, h: Host, r: random.Random, p: float = 0.5, wrap=None) -> None:
    """A kicker over the headline on some pages (gold ``surtitle``; no section)."""
    if r.random() < p:
        k = pick(r, KICKERS[h.family])
        g["surtitle"] = k
        doc.chrome(f'<div class="kicker">{wrap(k) if wrap else e(k)}</div>\n', k)


def _footer(doc: Doc, h: Host, year: int) -> None:
    rights = dg(f"© {year} تمامی حقوق برای {h.name} محفوظ است.", "fa")
    links = ["درباره ما", "تماس با ما", "تبلیغات"]
    doc.chrome("<footer><ul>" + "".join(f"<li><a>{x}</a></li>" for x in links) + f"</ul><p>{e(rights)}</p></footer>\n",
               *links, rights)


# ---------------------------------------------------------------------------------------------- live blogs


def _live(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
          crawl: dt.datetime) -> None:
    v = h.s["variant"]
    _header(doc, h)
    if v == "crumb":
        _trail(doc, ["خانه", PARENTS[h.family], g["section"]])
    doc.add('<main class="liveblog">\n')
    live = pick(r, ["زنده", "LIVE"])
    doc.chrome(f'<span class="live-badge">● {live}</span>\n', f"● {live}")
    _kicker(doc, g, h, r, 0.6)
    doc.add(f'<h1 class="title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    if v == "crumb":
        when = f"شروع پوشش: {_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        doc.chrome(f'<div class="started">{e(when)}</div>\n', when)
        _shown(g, when, loc, True)
    elif v == "ago":
        when = _ago(loc, crawl)
        doc.chrome(f'<time class="started" datetime="{loc.isoformat()}">{e(when)}</time>\n', when)
        _shown(g, when, loc, True, markup=True, only=True)
    else:
        when = f"{_jnum(loc, short=True)} - {_clock(loc)}"
        doc.chrome(f'<div class="meta"><span>سرویس: {e(g["section"])}</span> <span>{when}</span></div>\n',
                   f"سرویس: {g['section']}", when)
        _shown(g, when, loc, True)
    n = len(g["body_paragraphs"])
    steps = sorted(r.sample(range(5, 600), n), reverse=True)
    last = f"آخرین به‌روزرسانی: {_clock(loc + dt.timedelta(minutes=steps[0]))}"
    auto = "به‌روزرسانی خودکار"
    doc.chrome(f'<div class="live-tools"><span>{e(last)}</span> <label><input type="checkbox" checked> {auto}</label>'
               "</div>\n", last, auto)
    if g["lead"]:
        doc.chrome('<div class="pinned"><h3>📌 خلاصه</h3>\n', "📌 خلاصه")
        doc.add(f'<p class="lead">{e(g["lead"])}</p></div>\n', [("lead", g["lead"])])
    items = r.sample(SUMMARY, 3)
    doc.chrome('<aside class="key-events"><h3>خلاصه رویدادها</h3><ul>' + "".join(f"<li>{e(x)}</li>" for x in items)
               + "</ul></aside>\n", "خلاصه رویدادها", *items)
    doc.add('<div class="updates">\n')
    for p, m in zip(g["body_paragraphs"], steps):
        t = _clock(loc + dt.timedelta(minutes=m))
        doc.chrome(f'<article class="update"><div class="update-time">{t}</div>\n', t)
        doc.add(f"<p>{e(p)}</p></article>\n", [("body", p)])
    doc.add("</div>\n")
    _credit(doc, g, h)
    doc.chrome('<button class="more">نمایش به‌روزرسانی‌های قدیمی‌تر</button>\n', "نمایش به‌روزرسانی‌های قدیمی‌تر")
    doc.add("</main>\n")
    linked_titles(doc, "پوشش‌های زنده دیگر", others[:5], "other-live")
    _footer(doc, h, crawl.year)


# ---------------------------------------------------------------------------------------------- photo news


def _photo(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    _header(doc, h, sec if v == "menu" else None)
    if v == "crumb":
        _trail(doc, ["صفحه نخست", PARENTS[h.family], "عکس", sec])
    doc.add('<main class="gallery-page">\n')
    label = "گزارش تصویری"
    doc.chrome(f'<div class="type">{label}</div>\n', label)
    _kicker(doc, g, h, r, 0.3)
    doc.add(f'<h1>{e(g["title"])}</h1>\n', [("title", g["title"])])
    shooter = f"عکاس: {_who(r)}"
    if v == "crumb":
        when = f"{_wd(loc)} {_jday(loc)} - {_clock(loc)}"
        parts = [when, shooter]
        _shown(g, when, loc, True)
    elif v == "service":
        when = f"تاریخ انتشار: {_jnum(loc)} | {_clock(loc)} | {_hday(loc)}"
        parts = [f"سرویس: {sec}", when, shooter]
        _shown(g, when, loc, True)
    else:
        when = _jday(loc)
        parts = [shooter, when]
        g["_head"] = [f'<meta property="article:published_time" content="{loc.isoformat()}">']
        _shown(g, when, loc, False, markup=True)
    code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
    parts.append(code)
    doc.chrome('<div class="info">' + "".join(f"<span>{e(x)}</span> " for x in parts) + "</div>\n", *parts)
    if g["lead"]:
        doc.add(f'<p class="lead">{e(g["lead"])}</p>\n', [("lead", g["lead"])])
    doc.add('<div class="text">\n')
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div>\n")
    total = r.randint(8, 30)
    shown = r.sample(range(1, total + 1), min(6, total))
    dl = "دانلود با کیفیت اصلی"
    for i in sorted(shown):
        cap = pick(r, CAPTIONS)
        pos = dg(f"{i} از {total}", "fa")
        doc.chrome(f'<figure class="photo"><img src="/images/{key}/{i}.jpg" alt="{e(cap)}"><span class="pos">{pos}'
                   f'</span><figcaption>{e(cap)}</figcaption><a class="dl" href="/images/{key}/{i}_orig.jpg">{dl}'
                   "</a></figure>\n", pos, cap, dl)
    linked_titles(doc, "گالری‌های دیگر", others[:6], "more-galleries")
    doc.add("</main>\n")
    _footer(doc, h, crawl.year)


# ---------------------------------------------------------------------------------------------- Word documents


def _mso(text: str, size: str = "12.0pt", font: str = "B Nazanin", bold: bool = False) -> str:
    """A Word paragraph: ``<p class=MsoNormal dir=RTL …><span lang=FA …>text<o:p></o:p></span></p>``."""
    run = (f"<span lang=FA style='font-size:{size};font-family:\"{font}\";mso-ascii-font-family:\"Times New Roman\";"
           f"mso-bidi-language:FA'>{e(text)}<o:p></o:p></span>")
    if bold:
        run = f"<b>{run}</b>"
    return (f"<p class=MsoNormal dir=RTL style='text-align:justify;direction:rtl;unicode-bidi:embed'>{run}</p>\n")


def _word(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
          crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    blank = "<p class=MsoNormal dir=RTL><span lang=FA><o:p>&nbsp;</o:p></span></p>\n"
    head = "بسمه تعالی"
    doc.chrome(_mso(head, "14.0pt", "B Titr", True).replace("justify", "center"), head)
    doc.chrome(_mso(h.name, "13.0pt", "B Titr", True), h.name)
    if v == "company":
        kind = "اطلاعیه مطبوعاتی"
        when = f"{_wd(loc)} {_jday(loc)}"
    else:
        kind = dg(f"{h.tagline} شماره {int(key) % 90 + 10}", "fa")
        when = f"تاریخ: {_jnum(loc, short=v == 'plain')}"
    num = dg(f"شماره: {int(key) % 900 + 100}/ص/{jalali_day(loc).year % 100:02d}", "fa")
    doc.chrome(_mso(kind, bold=True), kind)
    doc.chrome(_mso(num, "10.0pt"), num)
    doc.chrome(_mso(when, "10.0pt"), when)
    if v != "company":
        att = "پیوست: ندارد"
        doc.chrome(_mso(att, "10.0pt"), att)
    _shown(g, when, loc, False)
    doc.add(blank)
    doc.add(_mso(g["title"], "16.0pt", "B Titr", True), [("title", g["title"])])
    doc.add(blank)
    for p in g["body_paragraphs"]:
        doc.add(_mso(p), [("body", p)])
    doc.add(blank)
    sign = f"روابط عمومی {h.name}" if v == "company" else f"واحد اطلاع‌رسانی {h.name}"
    doc.chrome(_mso(sign, bold=True), sign)
    tel = dg(f"تلفن: {h.s['phone']} - نشانی اینترنتی: {h.domain}", "fa")
    doc.chrome(_mso(tel, "9.0pt"), tel)


def _word_head(h: Host, g: dict, crawl: dt.datetime, r: random.Random) -> str:
    """Word's ``<head>``: its namespaces' metas, the document's properties (created and saved times, no story date)
    and its styles in a conditional comment."""
    created = (crawl - dt.timedelta(days=r.randint(300, 700), hours=r.randint(1, 30))).astimezone(UTC)
    saved = crawl.astimezone(UTC) - dt.timedelta(hours=r.randint(1, 60))
    title = "بسمه تعالی" if r.random() < 0.6 else f"Microsoft Word - khabarname{stable(h.domain) % 90}.docx"
    return ("<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
            "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            "<meta name=Originator content=\"Microsoft Word 15\">\n"
            f"<title>{e(title)}</title>\n"
            "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
            f"  <o:Author>{e(h.s['author'])}</o:Author>\n  <o:LastAuthor>user</o:LastAuthor>\n"
            f"  <o:Revision>{r.randint(2, 9)}</o:Revision>\n"
            f"  <o:Created>{created:%Y-%m-%dT%H:%M:00Z}</o:Created>\n"
            f"  <o:LastSaved>{saved:%Y-%m-%dT%H:%M:00Z}</o:LastSaved>\n"
            f"  <o:Pages>{r.randint(1, 3)}</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
            "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n"
            "  <w:BidiFontSize/>\n  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>\n"
            " </w:WordDocument>\n</xml><![endif]-->\n"
            "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-unhide:no;margin:0cm;"
            "text-align:right;direction:rtl;unicode-bidi:embed;font-size:12.0pt;font-family:\"Times New Roman\";}\n"
            "@page WordSection1\n\t{size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n")


# ---------------------------------------------------------------------------------------------- mails


def _mail(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
          crawl: dt.datetime) -> None:
    v = h.s["variant"]
    fwd = crawl.astimezone(TEHRAN) - dt.timedelta(days=r.randint(1, 200), minutes=r.randint(0, 900))
    fwd = max(fwd, loc + dt.timedelta(hours=r.randint(2, 40)))
    me, frm = h.s["me"], pick(r, [a for a in ADDRESSES if a != h.s["me"]])
    sender = _who(r)
    note = pick(r, NOTES)
    if v == "gmail":
        doc.chrome(f'<table width="100%"><tr><td><img src="https://ssl.gstatic.com/ui/v1/icons/mail/rfr/logo_gmail.png"'
                   f' alt="Gmail"></td><td align="right"><b>{e(h.s["author"])} &lt;{me}&gt;</b></td></tr></table>\n',
                   f"{h.s['author']} <{me}>")
        subj = f"Fwd: {g['title']}"
        doc.chrome(f'<hr><div class="maincontent"><table><tr><td><font size="+1"><b>{e(subj)}</b></font><br>'
                   '<font size="-1" color="#777">1 message</font></td></tr></table><hr>\n', subj, "1 message")
        fline = _gmail_day(fwd)
        doc.chrome(f'<table width="100%"><tr><td><b>{e(sender)}</b> &lt;{frm}&gt;</td><td align="right">{fline}'
                   f'</td></tr><tr><td colspan="2">To: {me}</td></tr></table>\n', f"{sender} <{frm}>", fline,
                   f"To: {me}")
        inner = _gmail_day(loc)
        head = ["---------- Forwarded message ---------", f"From: خبرنامه دانش‌آموختگان <{ADDRESSES[0]}>",
                f"Date: {inner}", f"Subject: {g['title']}", f"To: <{me}>"]
        doc.chrome(f'<div dir="rtl">{e(note)}<br><br>' + "<br>".join(e(x) for x in head) + "<br><br>\n",
                   note, *head)
        _shown(g, f"Date: {inner}", loc, True)
        doc.add(f"<div><b>{e(g['title'])}</b></div>\n", [("title", g["title"])])
        _body(doc, g["body_paragraphs"])
        _credit(doc, g, h)
        doc.add("</div></div>\n")
        sig = pick(r, SIGNATURES).split("\n")
        doc.chrome("<div>-- <br>" + "<br>".join(e(x) for x in sig) + "</div>\n", *sig)
        return
    if v == "webmail":
        doc.chrome(f'<div class="print-head"><b>{e(h.name)}</b> — {e(h.tagline)}</div>\n', h.name, h.tagline)
        rows = [f"از: {sender} <{frm}>", f"به: {me}", f"موضوع: ارسال مجدد: {g['title']}",
                f"تاریخ: {_wd(fwd)} {_jday(fwd)} ساعت {_clock(fwd)}"]
        doc.chrome('<table class="headers">' + "".join(f"<tr><td>{e(x)}</td></tr>" for x in rows) + "</table>\n",
                   *rows)
        doc.chrome(f'<div class="body"><p>{e(note)}</p><p>-------- پیام اصلی --------</p>\n', note,
                   "-------- پیام اصلی --------")
        doc.add(f"<p><b>{e(g['title'])}</b></p>\n", [("title", g["title"])])
        when = f"{_jday(loc)} - {_clock(loc)}"
        doc.chrome(f"<p>{when}</p>\n", when)
        _shown(g, when, loc, True)
        _body(doc, g["body_paragraphs"])
        _credit(doc, g, h)
        src = f"لینک خبر: https://www.khabar-link.ir/news/{stable(g['title']) % 10**6}"
        doc.chrome(f"<p>{e(src)}</p></div>\n", src)
        return
    # a phone's text: the forwarder's note, «Begin forwarded message:», the quoted headers, the story, a reply
    doc.chrome("", note, "", "Sent from my iPhone", "", "Begin forwarded message:", "")
    inner = f"{EN_MONTHS[loc.month - 1]} {loc.day}, {loc.year} at {_en_clock(loc).replace(' ', ':00 ')} {_offset(loc)}"
    head = [f"> From: {sender} <{frm}>", f"> Date: {inner}", f"> To: {me}", f"> Subject: {g['title']}", ">"]
    doc.chrome("", *head)
    _shown(g, f"> Date: {inner}", loc, True)
    doc.add("", [("title", g["title"])])
    for p in g["body_paragraphs"]:
        doc.add("", [("body", p)])
    _credit(doc, g, h)
    reply = pick(r, REPLIES)
    on = f"On {EN_WEEKDAYS[fwd.weekday()]}, {SHORT_EMONTHS[fwd.month - 1]} {fwd.day}, {fwd.year}, {_who(r)} wrote:"
    doc.chrome("", "", on, f"> {reply}", f"> {pick(r, NOTES)}")


# ---------------------------------------------------------------------------------------------- feed readers


def _reader(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    v = h.s["variant"]
    feeds = [f"{x} ({dg(r.randint(1, 99), 'fa' if v == 'persian' else 'en')})" for x in FEEDS]
    doc.chrome(f'<div class="app-bar"><span class="brand">{e(h.name)}</span></div>\n<nav class="feeds"><ul>'
               + "".join(f"<li>{e(x)}</li>" for x in feeds) + "</ul></nav>\n", h.name, *feeds)
    feed = f"{AGENCIES[g['agency']][0]} | آخرین اخبار" if g["agency"] else f"{h.s['author']} | وبلاگ"
    doc.add('<main class="entry">\n')
    doc.chrome(f'<div class="entry-source"><img class="favicon" src="/favicon/{stable(feed) % 999}.png">'
               f"<span>{e(feed)}</span></div>\n", feed)
    doc.add(f'<h1 class="entry-title"><a href="https://source.example/{stable(g["title"]) % 10**6}">'
            f'{e(g["title"])}</a></h1>\n', [("title", g["title"])])
    by = _who(r)
    if v == "feedly":
        age = _ago(loc, crawl, en=True)
        meta = f"by {by} / {age}"
        doc.chrome(f'<div class="metadata">by {e(by)} / <span title="{loc:%a, %b %d, %Y %H:%M}" '
                   f'data-ts="{int(loc.timestamp() * 1000)}"><time datetime="{loc.isoformat()}">{age}</time></span>'
                   "</div>\n", f"by {by} /", age)
        _shown(g, meta, loc, True, markup=True, only=True)
        tools = ["Visit website", "Read later", "Mark as read", "Share"]
    elif v == "inoreader":
        when = f"{EN_WEEKDAYS[loc.weekday()]}, {SHORT_EMONTHS[loc.month - 1]} {loc.day}, {loc.year} {loc:%H:%M}"
        doc.chrome(f'<div class="article_author">{e(by)}</div><div class="article_date">{when}</div>\n', by, when)
        _shown(g, when, loc, True)
        tools = ["Visit website", "Read later", "Mark as read", "Save to Pocket"]
    else:
        when = f"{_jday(loc)}، ساعت {_clock(loc)}"
        doc.chrome(f'<div class="meta"><span>{e(by)}</span> <span>{when}</span> <span>سرویس: {e(g["section"])}'
                   "</span></div>\n", by, when, f"سرویس: {g['section']}")
        _shown(g, when, loc, True)
        tools = ["مشاهده در سایت", "خواندن بعداً", "علامت خوانده‌شده", "اشتراک‌گذاری"]
    doc.chrome('<div class="entry-tools">' + "".join(f"<button>{x}</button>" for x in tools) + "</div>\n", *tools)
    doc.add('<div class="entry-content">\n')
    _body(doc, g["body_paragraphs"])
    doc.add("</div></main>\n")
    linked_titles(doc, "مطالب بعدی در این خوراک", others[:6], "next-in-feed")


# ---------------------------------------------------------------------------------------------- journals


def _journal(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    _header(doc, h)
    j = jalali_day(loc)
    journal = h.s["journal"]
    issue = dg(f"دوره {h.s['volume0'] + j.year - 1394}، شماره {(j.month - 1) // 3 + 1}، {SEASONS[j.month - 1]} "
               f"{j.year}، صفحات {int(key) % 80 + 1}-{int(key) % 80 + r.randint(12, 30)}", "fa")
    doc.add('<main class="article">\n')
    doc.chrome(f'<div class="journal"><a>{e(journal)}</a></div><div class="issue">{issue}</div>\n', journal, issue)
    doc.chrome('<div class="type">مقاله پژوهشی</div>\n', "مقاله پژوهشی")
    doc.add(f'<h1 class="article-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    authors = [_who(r) for _ in range(r.randint(1, 4))]
    line = "، ".join(f"{a}{dg(i + 1, 'fa')}" for i, a in enumerate(authors))
    affs = [dg(f"{i + 1}- {x}", "fa") for i, x in enumerate(r.sample(AFFILIATIONS, len(authors)))]
    doc.chrome('<div class="authors">' + "، ".join(f"{e(a)}<sup>{dg(i + 1, 'fa')}</sup>"
                                                   for i, a in enumerate(authors)) + "</div>\n", line)
    doc.chrome('<ul class="affiliations">' + "".join(f"<li>{e(x)}</li>" for x in affs) + "</ul>\n", *affs)
    if v == "sid":
        doc.chrome(f'<div class="subject">موضوع: <a>{e(g["section"])}</a></div>\n', f"موضوع: {g['section']}")
    doc.chrome('<h2>چکیده</h2>\n', "چکیده")
    doc.add('<div class="abstract">\n')
    _body(doc, g["body_paragraphs"])
    doc.add("</div>\n")
    kws = r.sample(KEYWORDS, 4)
    kw = "کلیدواژه‌ها: " + "، ".join(kws)
    doc.chrome(f'<div class="keywords"><b>کلیدواژه‌ها:</b> {"، ".join(e(x) for x in kws)}</div>\n', kw)
    got = loc - dt.timedelta(days=r.randint(120, 300))
    ok = loc - dt.timedelta(days=r.randint(10, 100))
    days = [f"تاریخ دریافت: {_jnum(got)}", f"تاریخ پذیرش: {_jnum(ok)}"]
    if v == "magiran":
        when = f"تاریخ انتشار: {_jnum(loc)}"
        days.append(when)
        _shown(g, when, loc, False)
    elif v == "sid":
        when = f"تاریخ انتشار آنلاین: {_jday(loc)}"
        days.append(when)
        g["_head"] = [f'<meta name="citation_online_date" content="{loc:%Y/%m/%d}">']
        _shown(g, when, loc, False)
    else:
        _shown(g, None, loc, False)
    doc.chrome('<div class="history">' + "".join(f"<span>{e(x)}</span> " for x in days) + "</div>\n", *days)
    first = authors[0].split()
    cite = dg(f"{first[-1]}، {first[0]} ({j.year}). {g['title']}. {journal}، {h.s['volume0'] + j.year - 1394}"
              f"({(j.month - 1) // 3 + 1})، {int(key) % 80 + 1}-{int(key) % 80 + 20}.", "fa")
    doc.chrome(f'<div class="cite"><h3>ارجاع به مقاله</h3><p>{e(cite)}</p><span>APA</span> <span>MLA</span> '
               "<span>BibTeX</span></div>\n", "ارجاع به مقاله", cite)
    stats = [f"تعداد مشاهده مقاله: {fa_count(r.randint(80, 9000))}",
             f"تعداد دریافت فایل اصل مقاله: {fa_count(r.randint(20, 3000))}"]
    doc.chrome('<div class="stats">' + "".join(f"<p>{e(x)}</p>" for x in stats)
               + '<a class="pdf">دریافت فایل PDF</a></div>\n', *stats, "دریافت فایل PDF")
    doc.add("</main>\n")
    linked_titles(doc, "مقالات مرتبط", others[:5], "related")
    _footer(doc, h, crawl.year)


# ---------------------------------------------------------------------------------------------- Q&A


def _qa(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
        crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    _header(doc, h)
    sec = g["section"]
    if v == "crumb":
        _trail(doc, ["موضوعات", PARENTS[h.family], sec])
    doc.chrome('<aside class="tree"><h3>موضوعات</h3><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in TREE)
               + "</ul></aside>\n", "موضوعات", *TREE)
    doc.add('<main class="question">\n')
    code = dg(f"کد سایت {h.s['code0'] + int(key) % 9000}", "fa")
    doc.chrome(f'<div class="code">{code}</div>\n', code)
    doc.add(f'<h1>{e(g["title"])}</h1>\n', [("title", g["title"])])
    asked = loc - dt.timedelta(days=r.randint(3, 90))
    views = dg(f"تعداد بازدید: {r.randint(120, 40000)}", "fa")
    if v == "label":
        when = f"تاریخ انتشار: {_jnum(loc)}"
        parts = [f"موضوع: {sec}", f"تاریخ ثبت پرسش: {_jnum(asked)}", when, views]
    elif v == "crumb":
        when = f"{_jday(loc)} ساعت {_clock(loc)}"
        parts = [when, views]
    else:
        when = f"{_jday(loc)} | {_hday(loc)}"
        parts = [when, f"تاریخ ثبت پرسش: {_jday(asked)}", views]
    doc.chrome('<div class="info">' + "".join(f"<span>{e(x)}</span> " for x in parts) + "</div>\n", *parts)
    _shown(g, when, loc, v == "crumb")
    if g["lead"]:
        doc.chrome("<h2>پرسش</h2>\n", "پرسش")
        doc.add(f'<p class="q">{e(g["lead"])}</p>\n', [("lead", g["lead"])])
    paras = g["body_paragraphs"]
    doc.chrome("<h2>پاسخ اجمالی</h2>\n", "پاسخ اجمالی")
    _body(doc, paras[:1])
    if len(paras) > 1:
        doc.chrome("<h2>پاسخ تفصیلی</h2>\n", "پاسخ تفصیلی")
        _body(doc, paras[1:])
    tools = ["چاپ", "ارسال به دوستان", "نسخه PDF", "امتیاز دهید"]
    doc.chrome('<div class="tools">' + " ".join(f"<a>{x}</a>" for x in tools) + "</div>\n", *tools)
    doc.add("</main>\n")
    linked_titles(doc, "پرسش‌های مرتبط", others[:6], "related")
    _footer(doc, h, crawl.year)


# ---------------------------------------------------------------------------------------------- translate proxies


def _font(text: str) -> str:
    """Google Translate's wrapping of a translated text."""
    return ('<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">'
            f"{e(text)}</font></font>")


def _proxy(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    v = h.s["variant"]
    wrap = _font if v != "bing" else None
    if v == "bing":
        bar = ["Microsoft Translator", "Translated from: Persian", "Translate to: English ▾", "Show original"]
        doc.chrome('<div id="bTransFrame"><div class="bar">' + "".join(f"<span>{e(x)}</span>" for x in bar)
                   + "</div></div>\n", *bar)
    else:
        bar = ["Google Translate", "Original text", "Rate this translation",
               "Your feedback will be used to help improve Google Translate", "Translated from: Persian",
               "Show original", "Options"]
        doc.chrome('<div id="gt-nvframe"><div class="gt-bar">' + "".join(f"<div>{e(x)}</div>" for x in bar)
                   + "</div></div>\n", *bar)
    doc.chrome(f'<header class="site"><a class="logo" href="/">{wrap(h.name) if wrap else e(h.name)}</a>'
               f'<p class="tagline">{wrap(h.tagline) if wrap else e(h.tagline)}</p></header>\n', h.name, h.tagline)
    doc.chrome('<nav class="main-menu"><ul>' + "".join(f"<li><a>{wrap(x) if wrap else e(x)}</a></li>"
                                                       for x in h.menu) + "</ul></nav>\n", *h.menu)
    sec = g["section"]
    if v != "bing":
        steps = ["صفحه اصلی", PARENTS[h.family], sec]
        doc.chrome('<div class="breadcrumb">' + " › ".join(f"<a>{_font(x)}</a>" for x in steps) + "</div>\n",
                   " › ".join(steps))
    doc.add('<article class="news">\n')
    _kicker(doc, g, h, r, 0.5, wrap)
    doc.add(f"<h1>{wrap(g['title']) if wrap else e(g['title'])}</h1>\n", [("title", g["title"])])
    if v == "bing":
        when = f"{_jnum(loc)} - {_clock(loc)}"
        parts = [f"سرویس: {sec}", when]
    else:
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        parts = [when]
    doc.chrome('<div class="meta">' + "".join(f"<span>{wrap(x) if wrap else e(x)}</span> " for x in parts)
               + "</div>\n", *parts)
    _shown(g, when, loc, True)
    if g["lead"]:
        doc.add(f'<p class="lead">{wrap(g["lead"]) if wrap else e(g["lead"])}</p>\n', [("lead", g["lead"])])
    _body(doc, g["body_paragraphs"], wrap)
    _credit(doc, g, h, wrap)
    doc.add("</article>\n")
    linked_titles(doc, "بیشتر بخوانید", others[:5], "more")
    _footer(doc, h, crawl.year)


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant (``g["_markup"]``), whether only markup does (``g["_only_markup"]``) and the
    markup the head carries (``g["_head"]``)."""
    kind = h.s["kind"]
    loc = pub.astimezone(TEHRAN)
    doc = Doc()
    if kind == "live":
        _live(doc, h, r, g, loc, others, crawl)
    elif kind == "photo":
        _photo(doc, h, r, g, loc, others, crawl, key)
    elif kind == "word":
        _word(doc, h, r, g, loc, others, crawl, key)
    elif kind == "mail":
        _mail(doc, h, r, g, loc, others, crawl)
    elif kind == "reader":
        _reader(doc, h, r, g, loc, others, crawl)
    elif kind == "journal":
        _journal(doc, h, r, g, loc, others, crawl, key)
    elif kind == "qa":
        _qa(doc, h, r, g, loc, others, crawl, key)
    else:
        _proxy(doc, h, r, g, loc, others, crawl)
    return doc


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc:
    """A page that is no article: a listing (live blogs, galleries, a feed's items, an issue's contents, a category's
    questions), a «not found» page in the chrome, an empty page."""
    kind = h.s["kind"]
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="app"></div><noscript>You need to enable JavaScript to run this app.</noscript>\n',
                   "You need to enable JavaScript to run this app.")
        return doc
    now = crawl.astimezone(TEHRAN)
    doc.chrome(f'<header class="top"><a href="/">{e(h.name)}</a> <span>{e(h.tagline)}</span></header>\n', h.name,
               h.tagline)
    if neg == "listing":
        label = {"live": "پوشش‌های زنده", "photo": "گزارش‌های تصویری", "word": "فهرست اطلاعیه‌ها",
                 "mail": "Inbox", "reader": "All articles", "journal": "فهرست مقالات این شماره",
                 "qa": pick(r, TREE), "proxy": "آخرین اخبار"}[kind]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        rows = [(x, _jday(now - dt.timedelta(days=2 * i + 1))) for i, x in enumerate(others[5:20])]
        doc.chrome("<ul>" + "".join(f"<li><a>{e(x)}</a> <span>{y}</span></li>" for x, y in rows) + "</ul>\n",
                   *[x for row in rows for x in row])
    else:
        msg = {"live": "این پوشش زنده به پایان رسیده و در دسترس نیست.", "photo": "گالری مورد نظر یافت نشد.",
               "word": "فایل مورد نظر حذف شده است.", "mail": "This message has been deleted.",
               "reader": "This feed has not been updated in a while.", "journal": "مقاله مورد نظر یافت نشد.",
               "qa": "پرسش مورد نظر یافت نشد یا در حال بررسی است.",
               "proxy": "Sorry, the page could not be translated."}[kind]
        doc.chrome(f'<div class="err"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    doc.chrome(f"<footer><p>© {e(h.name)}</p></footer>\n", f"© {h.name}")
    return doc


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    art = g.get("kind") == "article"
    title = g.get("title") or h.name
    if kind == "word" and art:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"\n'
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
                + _word_head(h, g, crawl, r) + "</head>\n\n<body lang=EN-US style='tab-interval:36.0pt' dir=RTL>\n\n"
                "<div class=WordSection1 dir=RTL>\n\n" + doc.html() + "\n</div>\n\n</body>\n\n</html>\n")
    cut = title if len(title) < 60 else title[:55].rsplit(" ", 1)[0] + " …"
    tab = {"live": f"لحظه به لحظه با {cut} | {h.name}", "photo": f"گزارش تصویری | {cut}",
           "word": h.name, "mail": f"Gmail - Fwd: {title}" if v == "gmail" else f"{h.name} :: چاپ نامه",
           "reader": f"{title} - {h.name}", "journal": f"{title} | {h.s['journal']}",
           "qa": f"{cut} - {h.name}", "proxy": f"{title} - {h.name}"}[kind]
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if kind not in ("mail", "reader"):
        metas.append(f'<link rel="canonical" href="{e(url)}">')
    if art:
        if kind in ("live", "photo", "proxy", "qa"):
            metas.append(f'<meta property="og:title" content="{e(title)}">')
        if kind == "journal":
            metas.append(f'<meta name="citation_title" content="{e(title)}">')
            metas.append(f'<meta name="citation_journal_title" content="{e(h.s["journal"])}">')
        metas += g.get("_head", [])
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(30 + stable(h.domain) % 60))
    metas.append(f"<style>{rules}</style>")
    head = "\n".join(metas) + "\n"
    lang = "en" if kind == "mail" and v == "gmail" else "fa"
    return (f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n'
            "</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind = h.s["kind"]
    slug = f"{stable(key, title) % 16**10:x}"
    if kind == "mail":
        if h.s["variant"] == "gmail":
            return f"https://{h.domain}/mail/u/0/?ik={slug}&view=pt&search=all&permmsgid=msg-f:{key}"
        return f"https://{h.domain}/?_task=mail&_action=print&_uid={key}&_mbox=INBOX"
    if kind == "reader":
        return f"https://{h.domain}/i/entry/{slug}"
    if kind == "journal":
        return f"https://{h.domain}/paper/{int(key) % 99999}/{slug}"
    if kind == "qa":
        return f"https://{h.domain}/fa/question{int(key) % 99999}"
    if kind == "word":
        return f"https://{h.domain}/files/khabarname-{int(key) % 999}.htm"
    if kind == "proxy":
        if h.s["variant"] == "bing":
            return f"https://{h.domain}/?from=fa&to=en&a=https%3A%2F%2Fborunmarzi.example%2Fnews%2F{key}"
        return f"https://{h.domain}/fa/news/{key}?_x_tr_sl=auto&_x_tr_tl=fa&_x_tr_hl=en&_x_tr_pto=wapp"
    return f"https://{h.domain}/news/{key}/{slug}"


def build(out_dir, n: int = 400, seed: int = 379, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="ar", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url,
                     sectioned=lambda h: (h.s["kind"], h.s["variant"]) in SECTIONED)
