"""Family set AT: eight families, written blind to the extractor. Kinds 1-4 (``atdev``, the open half) revisit the
kinds the last two blind sets scored worst on, with new hosts, shapes and chrome; kinds 5-8 (``atheld``) are kinds no
set has had.

    build(out_dir, n, seed=389, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_at_tables`; the build loop is :func:`family_frames.build_set`
(AP's); the date and box helpers are AQ's. One kind a family, three hosts a family that differ in the kind's variants
(:data:`site_families_at_tables.VARIANT`). Titles, sections and dates are made hard: kickers over some headlines (gold
``surtitle``, chrome, never the section), the site's name and tagline over the headline, a ``<title>`` that differs
from the headline (a kicker before it, cut short, a file name), a section only in a trail, only in a «سرویس:» /
«بخش:» label, or only as the category menu's item the markup marks current (``class="active"``,
``aria-current``); dates with two-digit Jalali years, a weekday and «ساعت», a Hijri day beside the Jalali one, ages
with the instant only in markup, «به‌روزرسانی», a header's today, and a mail's own date beside the story's:

1. ``dairy_cooperatives``  forwarded news in mail clients: Thunderbird's print output (English headers «Subject: Fwd:
   …», «Date: Sat, 6 Dec 2026 09:12:44 +0330», «-------- Forwarded Message --------» and its header table), a Persian
   webmail (folders «صندوق ورودی (۱۲)», «پاسخ | پاسخ به همه | ارسال به دیگری», «فرستنده: / گیرنده: / تاریخ: شنبه ۱۵
   آذر ۱۴۰۵ ساعت ۰۹:۱۲») and a plain-text mail from a mailing list («---------- Forwarded message ---------» or
   «-------- پیام اصلی --------», the story quoted with «> » and wrapped at 72 columns, the list's footer); the
   pasted story keeps its agency's header («خبرگزاری …», «سرویس: …» or a pasted trail «صفحه نخست › …»), its own
   date line («تاریخ انتشار: ۰۵/۰۹/۱۴ - ۱۰:۲۳», «۱۴ آذر ۱۴۰۵ - ۱۰:۲۳», «شنبه ۱۴ آذر ۱۴۰۵ ساعت ۱۰:۲۳») and its
   footer («انتهای پیام/», «لینک خبر: …»); the mails' own dates are no story date;
2. ``customs_circulars``  document exports: pdftohtml output of a desktop-published newsletter (``page1-div``,
   absolutely positioned ``<p>`` blocks with ``<br/>`` hard wraps, a running header and «- ۲ -» page numbers per page,
   «شماره ۴۸ | آذر ۱۴۰۵», «در این شماره», «بخش: …» the section), pdftotext text of a circular («بسمه تعالی»,
   «شماره: … / تاریخ: ۰۵/۰۹/۱۴ / پیوست: ندارد», hard-wrapped lines, a form feed, the running header and «صفحه ۱ از
   ۲» on each page) and UnRTF output of a press release (its comments, ``<font>``, ``<br>`` lines, «شنبه ۱۴ آذر ۱۴۰۵
   برابر با ۲۳ جمادی‌الثانی ۱۴۴۸»); a PDF's ``date`` meta and an RTF's creation date are no story date;
3. ``wrestling_clips``  video pages of agencies and broadcasters: the player («۰۳:۲۴», «۰۰:۰۰ / ۰۳:۲۴», «کیفیت:
   ۷۲۰p | ۴۸۰p | ۳۶۰p», «دانلود فیلم»), «تعداد بازدید», «تصویربردار: …», the short story or «متن گزارش» (the
   story) under it, playlists of other clips with their durations and days or ages; a trail «صفحه اصلی › چندرسانه‌ای
   › …» and «… ساعت ۱۰:۲۳», «سرویس: …» and an age with the instant in ``<time datetime>``, or the menu item marked
   current and «۱۴ آذر ۱۴۰۵ | ۲۳ جمادی‌الثانی ۱۴۴۸»;
4. ``aras_mirrors``  mirror and cache views: a CroxyProxy-like frame (its English bar, links rewritten to
   ``/__cpi.php?…``), a mirror domain's copy with the «نسخه آینه» banner naming the original address and a header's
   today, and a «Save page as … complete» copy (``<!-- saved from url=(0052)… -->``, ``./…_files/`` assets, an age
   with the instant in ``<time datetime>``, «به‌روزرسانی»);
5. ``bread_clippings``  OCR'd newspaper clippings: a media-monitoring portal (the clip's fields «نشریه / تاریخ
   انتشار: ۰۵/۰۹/۱۴ / صفحه / سرویس / تاریخ ثبت در سامانه», the clip's image, the OCR text with ``<br>`` hard wraps and
   words broken across lines at a ZWNJ), a clipping service's text file («بریده جراید», «کد بریده», «تاریخ دریافت»
   no story date, the paper's running head) and a scanned page's text (the running head «شنبه ۱۴ آذر ۱۴۰۵ - ۲۳
   جمادی‌الثانی ۱۴۴۸ - ۵ دسامبر ۲۰۲۶», the neighbouring column's lines between the story's paragraphs); the issue's
   day is the story's;
6. ``metro_app``  app share / deep-link landing pages: «این مطلب را در اپلیکیشن … بخوانید», «باز کردن در
   اپلیکیشن», store badges («دریافت از کافه‌بازار», «Get it on Google Play»), ``al:android:url`` metas; the story whole
   (an age, the instant only in ``article:published_time``), or two paragraphs then «ادامه مطلب در اپلیکیشن», or
   three and a QR code (gold: the paragraphs the page shows);
7. ``tenant_rights``  comment-heavy story pages: a short story, then 20-60 reader comments (names, days, «پاسخ»,
   likes, nested replies; their text longer than the story) under wpDiscuz («دیدگاه شما», «۴۸ دیدگاه»), a news CMS
   («نظرات کاربران», «پاسخ به: …», «+۱۲ / -۳») or a Disqus embed («48 Comments», «Sort by Best», «• 2 years ago»):
   comments are chrome;
8. ``pension_columns``  columnist / op-ed pages: the column's name as a kicker, the author's card (photo, name, bio),
   «سایر یادداشت‌های این نویسنده» with titles and days, a pull quote (a sentence of the column again) inside the body,
   an editor's note in italics; a trail «صفحه نخست › یادداشت», a «سرویس:» label with «به‌روزرسانی», or the menu
   item marked current and an age.

Gold as AQ's: the title is the visible headline (a pasted story's, a document's, a clip's), the section the page's own
category (a trail's last step, a label's value, the menu item marked current, a newsletter's «بخش:»; none where the
page shows none), a kicker the gold ``surtitle`` (chrome), the lead a standfirst or lead shown apart, the agency only
when the page credits the story to one (a pasted story: its agency's header), ``published_iso`` the story's day as the
page shows it (none when it shows none: a text copy of a page with the day only in markup), ``published_time`` the
instant with its offset when the page shows its time or holds it in markup, else the day; the body the paragraphs the
page shows (a landing page's teaser: its two or three). Mails' and clippings' own dates, a PDF's meta date, a header's
today, «به‌روزرسانی», comments', playlists' and lists' days and ages are no story date. Quoted «> » prefixes and hard
wraps are the page's shape, not the story's (gold paragraphs are whole; a word broken at a ZWNJ across two lines is one
word). About 7% negatives (a listing, a removed page, an empty page), ~10% of the stories republished on a host of
another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import textwrap
from base64 import b64encode

from family_frames import DOMESTIC, build_set, fa_count, jalali_day, linked_titles, source_credit
from family_pages import canon, pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_ao import Flat
from site_families_aq import _ago, _clock, _gday, _hday, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at_tables import (
    BIOS,
    COMMENT_LINES,
    EDITOR_NOTES,
    FAMILIES,
    FOLDERS,
    HANDLES,
    HOSTS,
    KICKERS,
    KIND,
    MENUS,
    PAPERS,
    PARENTS,
    SECTIONS,
    STORES,
    VARIANT,
)
from site_families_h import FIRST, JMONTHS, LAST, TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show a section
SECTIONED = {"thunderbird", "webmail", "pdftohtml", "agency", "broadcaster", "webtv", "croxy", "mirror", "saved",
             "portal", "clip", "full", "teaser", "qr", "wpdiscuz", "disqus", "crumb", "label", "menu"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"plain", "pdftotext", "clip", "scan"}
#: the variants whose section only the markup marks (the menu's current item): none on a text copy
MARKUP_SECTION = {"webtv", "saved", "qr", "disqus", "menu"}
#: the agency habit of a kind that has one (a pasted story keeps its agency's header; a document its own credits)
AGENCY = {"mail": "source", "export": "keep", "ocr": "keep", "column": "none"}
#: the share of a host's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"mail": 0.85, "export": 0.9, "video": 0.85, "mirror": 0.9, "ocr": 0.9, "app": 0.85, "comments": 0.85,
          "column": 0.85}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"thunderbird": 0.5, "webmail": 0.5, "plain": 0.4, "pdftohtml": 0.5, "pdftotext": 0.2, "agency": 0.6,
          "broadcaster": 0.3, "webtv": 0.4, "croxy": 0.6, "mirror": 0.5, "saved": 0.5, "portal": 0.3, "clip": 0.3,
          "full": 0.6, "teaser": 0.6, "qr": 0.4, "wpdiscuz": 0.4, "crumb": 0.7, "label": 0.6, "menu": 0.6}
#: how often a variant's headline carries a kicker
KICK_P = {"thunderbird": 0.4, "pdftohtml": 0.5, "agency": 0.5, "webtv": 0.3, "croxy": 0.5, "mirror": 0.4,
          "saved": 0.4, "portal": 0.5, "clip": 0.5, "scan": 0.5, "full": 0.5, "qr": 0.3, "agency_c": 0.4,
          "crumb": 1.0, "label": 1.0, "menu": 1.0}
#: the agencies' sites (a pasted story's «لینک خبر: …»)
AGENCY_SITES = {"فارس": "www.farsnews.ir", "ورزش سه": "www.varzesh3.com", "مهر": "www.mehrnews.com",
                "ایسنا": "www.isna.ir", "تسنیم": "www.tasnimnews.com", "ایرنا": "www.irna.ir", "ایلنا": "www.ilna.ir",
                "رویترز": "www.reuters.com", "آسوشیتدپرس": "apnews.com", "آناتولی": "www.aa.com.tr"}
e = html.escape
UTC = dt.timezone.utc
ZWNJ = "\u200c"


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-at-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P[kind],
         "agency": AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]), "lead_p": LEAD_P.get(variant, 0.0),
         "kick_p": KICK_P.get(variant if (kind, variant) != ("comments", "agency") else "agency_c", 0.0),
         "author": f"{pick(r, FIRST)} {pick(r, LAST)}", "handle": pick(r, HANDLES) + str(r.randint(1, 99)),
         "code0": r.randint(10000, 90000), "issue0": r.randint(20, 400), "phone": f"0{r.randint(21, 87)}-"
         f"{r.randint(3000000, 9999999)}", "wrap": pick(r, [62, 68, 72]), "col": pick(r, [34, 38, 42]),
         "paper": pick(r, PAPERS), "app": name}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates and shapes


def _mail_date(t: dt.datetime) -> str:
    """A mail header's date: «Sat, 6 Dec 2026 09:12:44 +0330»."""
    off = t.utcoffset() or dt.timedelta(0)
    hh, mm = divmod(int(off.total_seconds()) // 60, 60)
    return f"{t:%a}, {t.day} {SHORT_EMONTHS[t.month - 1]} {t.year} {t:%H:%M:%S} +{hh:02d}{mm:02d}"


def _gmail_date(t: dt.datetime) -> str:
    """Gmail's forwarded header date: «Sat, Dec 6, 2026 at 9:12 AM»."""
    return f"{t:%a}, {SHORT_EMONTHS[t.month - 1]} {t.day}, {t.year} at {t.hour % 12 or 12}:{t:%M} {t:%p}"


def _after(loc: dt.datetime, r: random.Random, hours: tuple[int, int] = (2, 480)) -> dt.datetime:
    """An instant after ``loc`` (a forward, a registration, an update), never on the story's day."""
    t = loc + dt.timedelta(hours=r.randint(*hours), minutes=r.randint(0, 59))
    return t if t.date() != loc.date() else t + dt.timedelta(days=1)


def _wrap(text: str, width: int, zwnj_breaks: bool = False) -> tuple[list[str], list[str]]:
    """``text`` hard-wrapped at ``width``: its physical lines and the joiner after each but the last (« » a wrap at a
    space; «» a word broken after its ZWNJ: «می‌» ending one line, «شود» opening the next). A text the wrap would not
    give back whole stays on one line."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    joins = [" "] * (len(lines) - 1)
    if " ".join(lines) != text or any(x.endswith(ZWNJ) for x in lines) or len(lines) > 36:
        return [text], []
    if zwnj_breaks:
        for k in range(len(lines) - 1):
            word, _, rest = lines[k + 1].partition(" ")
            cut = word.find(ZWNJ)
            if 0 < cut < len(word) - 1 and len(lines[k + 1]) > len(word):
                lines[k] += " " + word[:cut + 1]
                lines[k + 1] = word[cut + 1:] + (" " + rest if rest else "")
                joins[k] = ""
    return lines, joins


def _br_wrapped(text: str, width: int, zwnj_breaks: bool = False, br: str = "<br>") -> str:
    """``text`` as a scan's or a PDF's HTML holds it: its physical lines joined by ``<br>`` (« <br>» at a space,
    «<br>» inside a word broken at its ZWNJ)."""
    lines, joins = _wrap(text, width, zwnj_breaks)
    out = e(lines[0])
    for j, x in zip(joins, lines[1:]):
        out += (" " if j else "") + br + e(x)
    return out


def _kicker(doc: Doc, h: Host, r: random.Random, g: dict, cls: str = "kicker", tag: str = "div") -> str | None:
    """A kicker over the headline (on some of the host's pages; the gold ``surtitle``, chrome)."""
    if r.random() >= h.s["kick_p"]:
        return None
    k = pick(r, KICKERS[h.s["kind"]])
    g["surtitle"] = k
    doc.chrome(f'<{tag} class="{cls}">{e(k)}</{tag}>\n', k)
    return k


def _column_kicker(doc: Doc, h: Host, r: random.Random, g: dict) -> None:
    k = pick(r, KICKERS["column"])
    g["surtitle"] = k
    doc.chrome(f'<div class="column-name"><a href="/column/{stable(k) % 999}">{e(k)}</a></div>\n', k)


def _title(doc: Doc, g: dict, tag: str = "h1", cls: str = "title") -> None:
    doc.add(f'<{tag} class="{cls}">{e(g["title"])}</{tag}>\n', [("title", g["title"])])


def _lead(doc: Doc, g: dict, cls: str = "lead", tag: str = "p") -> None:
    if g["lead"]:
        doc.add(f'<{tag} class="{cls}">{e(g["lead"])}</{tag}>\n', [("lead", g["lead"])])


def _body(doc: Doc, paras: list[str], cls: str | None = None) -> None:
    attr = f' class="{cls}"' if cls else ""
    for p in paras:
        doc.add(f"<p{attr}>{e(p)}</p>\n", [("body", p)])


def _credit(doc: Doc, g: dict, h: Host) -> None:
    """The «منبع: …» line the host adds under the story (a host that credits)."""
    if g["agency"] and h.s["agency"] == "credit":
        c = source_credit(g["agency"])
        doc.chrome(f'<p class="source">{e(c)}</p>\n', c)


def _menu(doc: Doc, items: list[str], current: str | None = None, cls: str = "menu") -> None:
    """A menu; its ``current`` item marked only by markup (``class="active"``, ``aria-current``)."""
    doc.chrome(f'<nav class="{cls}"><ul>' + "".join(
        f'<li class="active"><a href="/{stable(x) % 999}" aria-current="page">{e(x)}</a></li>' if x == current
        else f'<li><a href="/{stable(x) % 999}">{e(x)}</a></li>' for x in items) + "</ul></nav>\n", *items)


def _categories(h: Host, sec: str | None) -> list[str]:
    """A category menu holding the story's section among the host's others."""
    return ["صفحه اصلی"] + list(h.sections) + (["بیشتر"] if sec else [])


def _site_head(doc: Doc, h: Host, today: str | None = None, cls: str = "site-header") -> None:
    """The site's name and tagline over the page (and a header's today)."""
    extra = f'<span class="today">{e(today)}</span>' if today else ""
    doc.chrome(f'<header class="{cls}"><a class="logo" href="/">{e(h.name)}</a> <span class="slogan">{e(h.tagline)}'
               f"</span> {extra}</header>\n", h.name, h.tagline, *([today] if today else []))


def _footer(doc: Doc, h: Host, crawl: dt.datetime, links: list[str] | None = None) -> None:
    links = links or ["درباره ما", "تماس با ما", "تبلیغات", "حریم خصوصی"]
    rights = dg(f"© {jalali_day(crawl).year} — کلیه حقوق برای {h.name} محفوظ است.", "fa")
    doc.chrome("<footer><ul>" + "".join(f"<li><a>{e(x)}</a></li>" for x in links) + f"</ul><p>{e(rights)}</p>"
               "</footer>\n", *links, rights)


def _none(g: dict) -> None:
    g["_shown"], g["_markup"], g["_only_markup"] = None, False, False


# ---------------------------------------------------------------------------------------------- 1. mail


def _pasted_head(g: dict, h: Host) -> str | None:
    """The agency's name a pasted story opens with (its header), or None."""
    return AGENCIES[g["agency"]][0] if g["agency"] else None


def _pasted_foot(g: dict, key: str) -> list[str]:
    """The pasted story's footer: «انتهای پیام/» and its link on the agency's site."""
    site = AGENCY_SITES.get(g["agency"] or "", "www.khabar-online.example")
    return ["انتهای پیام/", f"لینک خبر: https://{site}/news/{int(key) % 900000 + 100000}"]


def _thunderbird(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    sent = _after(loc, r)
    fwd = _after(sent, r, (1, 60))
    sender, fwder = _who(r), h.s["author"]
    subj = f"Fwd: {g['title'] if len(g['title']) < 60 else g['title'][:55].rstrip() + '…'}"
    mail = f"{stable(sender) % 9999}@{h.domain.split('.', 1)[1]}"
    part1 = [f"Subject: {subj}", f"From: {fwder} <info@{h.domain.split('.', 1)[1]}>", f"Date: {_mail_date(fwd)}"]
    part2 = [f"To: اعضای هیئت مدیره <board@{h.domain.split('.', 1)[1]}>"]
    doc.chrome('<table class="moz-header-part1" border="0" cellspacing="0" cellpadding="0" width="100%">'
               + "".join(f"<tr><td><b>{e(x.split(': ', 1)[0])}: </b>{e(x.split(': ', 1)[1])}</td></tr>" for x in part1)
               + '</table><table class="moz-header-part2" border="0" width="100%">'
               + "".join(f"<tr><td><b>{e(x.split(': ', 1)[0])}: </b>{e(x.split(': ', 1)[1])}</td></tr>" for x in part2)
               + "</table>\n", *part1, *part2)
    note = pick(r, ["سلام، این خبر را برای اطلاع اعضا می‌فرستم.", "با سلام، خبر زیر مربوط به جلسه هفته آینده است.",
                    "برای اطلاع؛ لطفاً در جلسه مطرح شود."])
    doc.add('<div class="moz-text-html" lang="fa"><div dir="rtl" class="moz-forward-container">\n')
    doc.chrome(f"<p>{e(note)}</p>\n", note)
    fh = [("Subject:", g["title"]), ("Date:", _mail_date(sent)), ("From:", f"{sender} <{mail}>"),
          ("To:", f"{fwder} <info@{h.domain.split('.', 1)[1]}>")]
    doc.chrome('<div class="moz-forward-header">-------- Forwarded Message --------</div>\n'
               '<table class="moz-email-headers-table" border="0" cellpadding="0" cellspacing="0">'
               + "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{a} </th><td>{e(b)}</td></tr>'
                         for a, b in fh[1:]) + "</table>\n",
               "-------- Forwarded Message --------", *[x for row in fh[1:] for x in row])
    doc.add('<div class="pasted" dir="rtl">\n')
    ag = _pasted_head(g, h)
    if ag:
        doc.chrome(f'<p><b>{e(ag)}</b></p>\n', ag)
    if g["section"]:
        doc.chrome(f'<p>سرویس: {e(g["section"])}</p>\n', f"سرویس: {g['section']}")
    _kicker(doc, h, r, g, "rutitr", "p")
    _title(doc, g, "h2", "")
    when = f"تاریخ انتشار: {_jnum(loc, short=True)} - {_clock(loc)}"
    code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
    doc.chrome(f"<p>{e(when)} | {e(code)}</p>\n", f"{when} | {code}")
    _shown(g, when, loc, True)
    _lead(doc, g, "lead", "p")
    _body(doc, g["body_paragraphs"])
    foot = _pasted_foot(g, key) if ag else []
    for x in foot:
        doc.chrome(f"<p>{e(x)}</p>\n", x)
    doc.add("</div></div></div>\n")
    sig = ["--", fwder, f"دبیرخانه {h.name}", dg(f"تلفن: {h.s['phone']}", "fa")]
    doc.chrome('<div class="moz-signature">' + "<br>\n".join(e(x) for x in sig) + "</div>\n", *sig)


def _webmail(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    got = _after(loc, r)
    doc.chrome(f'<header class="wm-top"><a class="logo">{e(h.name)}</a> <input placeholder="جستجو در نامه‌ها">'
               f' <span class="user">{e(h.s["handle"])}@{h.domain.split(".", 1)[1]}</span> <a>خروج</a></header>\n',
               h.name, f"{h.s['handle']}@{h.domain.split('.', 1)[1]} خروج")
    counts = [r.randint(0, 40), 0, r.randint(0, 3), r.randint(0, 90), 0]
    folders = [f"{x} ({fa_count(c)})" if c else x for x, c in zip(FOLDERS, counts)]
    doc.chrome('<aside class="folders"><a class="compose">نوشتن نامه</a><ul>' + "".join(
        f"<li><a>{e(x)}</a></li>" for x in folders) + "</ul></aside>\n", "نوشتن نامه", *folders)
    tools = ["بازگشت", "پاسخ", "پاسخ به همه", "ارسال به دیگری", "حذف", "چاپ", "علامت‌گذاری به عنوان هرزنامه"]
    doc.chrome('<div class="toolbar">' + " | ".join(f"<a>{x}</a>" for x in tools) + "</div>\n", " | ".join(tools))
    sender = _who(r)
    head = [("موضوع:", f"ارسال به دیگری: {g['title']}"), ("فرستنده:", f"{sender} <{h.s['handle'][:4]}"
                                                                       f"{stable(sender) % 99}@chaparmail.ir>"),
            ("گیرنده:", f"{h.s['handle']}@chaparmail.ir"),
            ("تاریخ:", f"{_wd(got)} {_jday(got)} ساعت {_clock(got)}")]
    doc.chrome('<table class="msg-head">' + "".join(f"<tr><td>{a}</td><td>{e(b)}</td></tr>" for a, b in head)
               + "</table>\n", *[x for row in head for x in row])
    doc.add('<div class="msg-body" dir="rtl">\n')
    note = pick(r, ["سلام، این خبر را ببینید.", "سلام وقت بخیر، خبر امروز درباره تعاونی‌ها:", "برای اطلاع دوستان"])
    doc.chrome(f"<div>{e(note)}</div>\n", note)
    doc.chrome("<div>---------- Forwarded message ---------</div>\n", "---------- Forwarded message ---------")
    ag = _pasted_head(g, h)
    if ag:
        doc.chrome(f'<div><span style="color:#c00">{e(ag)}</span></div>\n', ag)
    if g["section"]:
        trail = f"صفحه نخست › {g['section']}"
        doc.chrome(f'<div><a href="https://{AGENCY_SITES.get(g["agency"] or "", "example.ir")}/">صفحه نخست</a> › '
                   f'<a>{e(g["section"])}</a></div>\n', trail)
    _title(doc, g, "div", "")
    when = f"{_jday(loc)} - {_clock(loc)}"
    doc.chrome(f"<div>{when}</div>\n", when)
    _shown(g, when, loc, True)
    _lead(doc, g, "", "div")
    for p in g["body_paragraphs"]:
        doc.add(f"<div>{e(p)}</div>\n<div><br>\n</div>\n", [("body", p)])
    for x in _pasted_foot(g, key) if ag else []:
        doc.chrome(f"<div>{e(x)}</div>\n", x)
    doc.add("</div>\n")
    att = ["پیوست‌ها (۰)", "پاسخ سریع", "ارسال"]
    doc.chrome('<div class="quick-reply">' + "".join(f"<span>{x}</span> " for x in att) + "</div>\n", *att)
    foot = f"{h.name} — {h.tagline}"
    doc.chrome(f'<footer class="wm-foot">{e(foot)}</footer>\n', foot)


def _plain_mail(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    sent = _after(loc, r)
    fwd = _after(sent, r, (1, 72))
    sender, poster = _who(r), h.s["author"]
    listname = h.domain.split(".", 1)[1].split(".")[0]
    for x in [f"From: {poster} <{stable(poster) % 9999}@gmail.com>", f"To: members@{h.domain}",
              f"Date: {_mail_date(fwd)}", f"Subject: [{listname}] Fwd: {g['title']}"]:
        f.add(x)
    f.blank()
    for x in [pick(r, ["سلام دوستان،", "سلام به همه اعضا،", "با عرض سلام،"]),
              pick(r, ["این خبر را برای اطلاع همکاران می‌فرستم. نظرتان را در همین فهرست بنویسید.",
                       "خبر زیر درباره وضعیت شیر خام است، لطفاً بخوانید.", "به نظرم این خبر برای جلسه بعد مهم است."])]:
        f.add(x)
    f.blank()
    persian = r.random() < 0.5
    if persian:
        f.add("-------- پیام اصلی --------")
        for x in [f"از: {sender}", f"تاریخ: {_jnum(sent)} {_clock(sent)}", f"موضوع: {g['title']}",
                  f"به: {poster}"]:
            f.add(x)
    else:
        f.add("---------- Forwarded message ---------")
        for x in [f"From: {sender} <{stable(sender) % 999}@yahoo.com>", f"Date: {_gmail_date(sent)}",
                  f"Subject: {g['title']}", f"To: {poster}"]:
            f.add(x)
    f.blank()
    ag = _pasted_head(g, h)
    q = "> "
    if ag:
        f.add(ag, "c", [q + ag])
    f.add(g["title"], "title", [q + g["title"]])
    when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
    f.add(when, "c", [q + when])
    _shown(g, when, loc, True)
    f.add("", None, [">"])
    if g["lead"]:
        f.add(g["lead"], "lead", [q + g["lead"]])
        f.add("", None, [">"])
    for p in g["body_paragraphs"]:
        lines, joins = _wrap(p, h.s["wrap"] - 2)
        f.add(p, "body", [q + x for x in lines])
        f.add("", None, [">"])
    for x in _pasted_foot(g, key) if ag else []:
        f.add(x, "c", [q + x])
    f.blank()
    for x in ["_______________________________________________", f"{h.name} mailing list",
              f"members@{h.domain}", f"https://{h.domain}/mailman/listinfo/members"]:
        f.add(x)
    return f


# ---------------------------------------------------------------------------------------------- 2. exports


def _pdf_p(doc: Doc, top: int, left: int, cls: str, markup: str, lines: list[tuple[str, str]]) -> None:
    doc.add(f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{cls}">{markup}</p>\n',
            lines)


def _pdftohtml(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    issue = h.s["issue0"] + int(key) % 50
    jl = jalali_day(loc)
    mast = f"خبرنامه داخلی {h.name}"
    issue_l = dg(f"شماره {issue} | {JMONTHS[jl.month - 1]} {jl.year}", "fa")
    run = dg(f"{mast} — شماره {issue}", "fa")
    page, top = 1, 60

    def new_page() -> None:
        nonlocal page, top
        doc.chrome(f'<p style="position:absolute;top:1210px;left:430px;white-space:nowrap" class="ft00">'
                   f'{dg(f"- {page} -", "fa")}</p>\n</div>\n', dg(f"- {page} -", "fa"))
        page += 1
        top = 60
        doc.add(f'<a name="{page}"></a>\n<div id="page{page}-div" style="position:relative;width:892px;height:1263px;">'
                f'\n<img width="892" height="1263" src="{key}{page:03d}.png" alt="background image"/>\n')
        doc.chrome(f'<p style="position:absolute;top:30px;left:520px;white-space:nowrap" class="ft00">{e(run)}</p>\n',
                   run)

    doc.add(f'<a name="1"></a>\n<div id="page1-div" style="position:relative;width:892px;height:1263px;">\n'
            f'<img width="892" height="1263" src="{key}001.png" alt="background image"/>\n')
    doc.chrome(f'<p style="position:absolute;top:40px;left:480px;white-space:nowrap" class="ft01"><b>{e(mast)}</b></p>'
               f'\n<p style="position:absolute;top:78px;left:600px;white-space:nowrap" class="ft00">{e(issue_l)}</p>\n',
               mast, issue_l)
    toc = others[:3]
    doc.chrome('<p style="position:absolute;top:120px;left:60px;white-space:nowrap" class="ft02">در این شماره<br/>\n'
               + "<br/>\n".join(e(x) for x in toc) + "</p>\n", "در این شماره", *toc)
    top = 130
    if g["section"]:
        lab = f"بخش: {g['section']}"
        _pdf_p(doc, top, 640, "ft03", e(lab), [("c", lab)])
    top += 40
    if r.random() < h.s["kick_p"]:
        k = pick(r, KICKERS["export"])
        g["surtitle"] = k
        doc.chrome(f'<p style="position:absolute;top:{top}px;left:700px;white-space:nowrap" class="ft04">{e(k)}</p>\n',
                   k)
        top += 26
    _pdf_p(doc, top, 120, "ft05", f"<b>{e(g['title'])}</b>", [("title", g["title"])])
    top += 44
    when = f"{_wd(loc)} {_jday(loc)}"
    _pdf_p(doc, top, 700, "ft00", e(when), [("c", when)])
    _shown(g, when, loc, False)
    top += 30
    if g["lead"]:
        _pdf_p(doc, top, 90, "ft06", f"<b>{e(g['lead'])}</b>", [("lead", g["lead"])])
        top += 40
    for p in g["body_paragraphs"]:
        lines, _ = _wrap(p, 95)
        height = 20 * len(lines) + 12
        if top + height > 1180 and top > 300:
            new_page()
        _pdf_p(doc, top, 90, "ft02", _br_wrapped(p, 95, br="<br/>"), [("body", p)])
        top += height
    pr = f"روابط عمومی {h.name}"
    _pdf_p(doc, top + 10, 90, "ft01", e(pr), [("c", pr)])
    doc.chrome(f'<p style="position:absolute;top:1210px;left:430px;white-space:nowrap" class="ft00">'
               f'{dg(f"- {page} -", "fa")}</p>\n</div>\n', dg(f"- {page} -", "fa"))


def _pdftotext(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    num = dg(f"{int(key) % 9000 + 1000}/ص/{jalali_day(loc).year % 100:02d}", "fa")
    pages = 1 + (len(g["body_paragraphs"]) - 1) // 5
    f.add("بسمه تعالی", "c", [" " * 36 + "بسمه تعالی"])
    f.add(h.name, "c", [h.name])
    when = f"تاریخ: {_jnum(loc, short=True)}"
    for x in [f"شماره: {num}", when, "پیوست: ندارد"]:
        f.add(x, "c", [" " * 52 + x])
    _shown(g, when, loc, False)
    f.blank()
    label = dg(f"اطلاعیه شماره {int(key) % 90 + 10}", "fa")
    f.add(label, "c", [" " * 30 + label])
    f.add(g["title"], "title", [" " * 8 + g["title"]])
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead")
        f.blank()
    pg = 1
    for i, p in enumerate(g["body_paragraphs"]):
        if i and i % 5 == 0:
            f.blank()
            num_l = dg(f"صفحه {pg} از {pages}", "fa")
            f.add(num_l, "c", [" " * 34 + num_l])
            pg += 1
            run = f"{h.name} — {h.tagline}"
            f.add(run, "c", ["\f" + run])
            f.blank()
        lines, _ = _wrap(p, 80)
        f.add(p, "body", ["  " + lines[0]] + lines[1:])
    f.blank()
    sign = [h.s["author"], f"دبیر {h.name}"]
    for x in sign:
        f.add(x, "c", [" " * 50 + x])
    f.blank()
    rn = f"رونوشت: {pick(r, ['اتاق بازرگانی استان', 'اداره کل گمرکات', 'سازمان توسعه تجارت'])} جهت اطلاع"
    f.add(rn)
    num_l = dg(f"صفحه {pg} از {pages}", "fa")
    f.add(num_l, "c", [" " * 34 + num_l])
    return f


def _unrtf(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    doc.add('<font face="B Nazanin"><font size="3">\n')
    for x in ["بسمه تعالی", h.name, "بیانیه مطبوعاتی"]:
        doc.chrome(f'<div align="center"><b>{e(x)}</b></div>\n', x)
    when = f"تاریخ: {_wd(loc)} {_jday(loc)} برابر با {_hday(loc)}"
    doc.chrome(f"{e(when)}<br>\n<br>\n", when)
    _shown(g, when, loc, False)
    doc.add(f'<font size="5"><b>{e(g["title"])}</b></font><br>\n<br>\n', [("title", g["title"])])
    if g["lead"]:
        doc.add(f"<i>{e(g['lead'])}</i><br>\n<br>\n", [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"{e(p)}<br>\n<br>\n", [("body", p)])
    end = [f"روابط عمومی {h.name}", dg(f"تلفن: {h.s['phone']}", "fa"), f"نشانی اینترنتی: https://{h.domain}"]
    doc.chrome("".join(f"{e(x)}<br>\n" for x in end) + "</font></font>\n", *end)


# ---------------------------------------------------------------------------------------------- 3. video


def _duration(r: random.Random) -> tuple[str, int]:
    secs = r.randint(35, 900)
    return dg(f"{secs // 60:02d}:{secs % 60:02d}", "fa"), secs


def _player(doc: Doc, h: Host, r: random.Random, key: str, dur: str, en: bool = False) -> None:
    q = "کیفیت: ۷۲۰p | ۴۸۰p | ۳۶۰p" if not en else "کیفیت: 1080p | 720p | 480p"
    src = f"https://cdn.{h.domain.split('.', 1)[-1]}/video/{key}/{stable(key) % 10**6}_720.mp4"
    doc.chrome(f'<div class="player"><video controls preload="none" poster="/thumb/{key}.jpg"><source src="{src}" '
               f'type="video/mp4"></video><div class="controls"><button>پخش</button><span class="time">۰۰:۰۰ / {dur}'
               f'</span> <span class="quality">{q}</span></div></div>\n', "پخش", f"۰۰:۰۰ / {dur}", q)


def _playlist(doc: Doc, r: random.Random, title: str, items: list[str], when) -> None:
    _items(doc, title, items, "playlist", "h3", lambda i: f"{_duration(r)[0]} | {when(i)}")


def _video(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
           key: str) -> None:
    v = h.s["variant"]
    dur, _ = _duration(r)
    views = dg(f"تعداد بازدید: {fa_count(r.randint(120, 90000))}", "fa")
    sec = g["section"]
    if v == "agency":
        _site_head(doc, h)
        _menu(doc, h.menu)
        trail = f"صفحه اصلی › {PARENTS[h.family]} › {sec}"
        doc.chrome(f'<div class="breadcrumb"><a>صفحه اصلی</a> › <a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a></div>\n',
                   trail)
        doc.add('<article class="video-news">\n')
        _kicker(doc, h, r, g)
        _title(doc, g)
        when = f"{_wd(loc)} {_jday(loc)} - {_clock(loc)}"
        code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
        row = f"{code} | تاریخ انتشار: {when} | {views}"
        doc.chrome(f'<div class="news-info">{e(row)}</div>\n', row)
        _shown(g, row, loc, True)
        _player(doc, h, r, key, dur)
        dl = "دانلود فیلم با کیفیت ۷۲۰p"
        doc.chrome(f'<a class="download">{dl}</a>\n', dl)
        _lead(doc, g)
        _body(doc, g["body_paragraphs"])
        _credit(doc, g, h)
        crew = [f"تصویربردار: {_who(r)}", f"تدوین: {_who(r)}"]
        doc.chrome('<div class="crew">' + " | ".join(e(x) for x in crew) + "</div></article>\n", " | ".join(crew))
        _playlist(doc, r, "ویدئوهای مرتبط", others[:6], lambda i: _jday(loc - dt.timedelta(days=i + 1)))
    elif v == "broadcaster":
        _site_head(doc, h)
        _menu(doc, ["خانه", "اخبار استان", "برنامه‌ها", "پخش زنده", "جدول پخش"])
        doc.add('<main class="media">\n')
        _title(doc, g, "h1", "media-title")
        age = _ago(loc, crawl)
        doc.chrome(f'<div class="meta"><span class="service">سرویس: <a>{e(sec)}</a></span> <time datetime="'
                   f'{loc.isoformat()}">{age}</time> <span>{views}</span></div>\n', f"سرویس: {sec}", age, views)
        _shown(g, age, loc, True, markup=True, only=True)
        _player(doc, h, r, key, dur)
        _lead(doc, g)
        doc.chrome('<h2 class="transcript-h">متن گزارش</h2>\n', "متن گزارش")
        doc.add('<div class="transcript">\n')
        _body(doc, g["body_paragraphs"])
        _credit(doc, g, h)
        doc.add("</div></main>\n")
        _playlist(doc, r, "پخش بعدی", others[:5], lambda i: _ago(loc - dt.timedelta(hours=5 * i + 2), crawl))
    else:
        doc.chrome(f'<header class="tv-top"><a class="logo">{e(h.name)}</a> <a>ورود</a> <a>HD</a></header>\n',
                   h.name, "ورود HD")
        _menu(doc, _categories(h, sec), sec, "categories")
        doc.add('<div class="watch">\n')
        _player(doc, h, r, key, dur, en=True)
        _kicker(doc, h, r, g, "label")
        _title(doc, g, "h1", "video-title")
        when = f"{_jday(loc)} | {_hday(loc)}"
        doc.chrome(f'<div class="info"><span>{when}</span> <span>{views}</span> <span>Share</span> <span>Embed</span>'
                   "</div>\n", when, views, "Share", "Embed")
        _shown(g, when, loc, False)
        _lead(doc, g, "desc-lead")
        doc.add('<div class="description">\n')
        _body(doc, g["body_paragraphs"])
        _credit(doc, g, h)
        doc.add("</div></div>\n")
        _playlist(doc, r, "از همین مجموعه", others[:6], lambda i: _jnum(loc - dt.timedelta(days=2 * i + 1), short=True))
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 4. mirrors


def _news_block(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                crawl: dt.datetime, key: str, href) -> None:
    """The mirrored news page under the proxy's, the mirror's or the saver's frame."""
    v = h.s["variant"]
    sec = g["section"]
    now = crawl.astimezone(TEHRAN)
    _site_head(doc, h, f"امروز: {_wd(now)} {_jday(now)}" if v == "mirror" else None)
    if v == "saved":
        _menu(doc, _categories(h, sec), sec, "main-menu")
    else:
        _menu(doc, h.menu)
    doc.add('<article class="news">\n')
    if v == "croxy":
        doc.chrome(f'<div class="breadcrumb"><a href="{href("/")}">خانه</a> › <a>{PARENTS[h.family]}</a> › '
                   f'<a>{e(sec)}</a></div>\n', f"خانه › {PARENTS[h.family]} › {sec}")
    _kicker(doc, h, r, g)
    _title(doc, g)
    code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
    if v == "croxy":
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        doc.chrome(f'<div class="meta"><span>{when}</span> <span>{code}</span></div>\n', when, code)
        _shown(g, when, loc, True)
    elif v == "mirror":
        when = f"{_jnum(loc, short=True)} - {_clock(loc)}"
        doc.chrome(f'<div class="meta"><span>{when}</span> <span>سرویس: {e(sec)}</span> <span>{code}</span></div>\n',
                   when, f"سرویس: {sec}", code)
        _shown(g, when, loc, True)
    else:
        age = _ago(loc, crawl)
        upd = f"به‌روزرسانی: {_jday(_after(loc, r, (20, 600)))}"
        doc.chrome(f'<div class="meta"><time datetime="{loc.isoformat()}">{age}</time> <span>{upd}</span></div>\n',
                   age, upd)
        _shown(g, age, loc, True, markup=True, only=True)
    _lead(doc, g)
    if r.random() < 0.5:
        doc.add(f'<figure><img src="{href(f"/files/{stable(key) % 10**5}.jpg")}" alt=""></figure>\n')
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    tags = "برچسب‌ها: " + "، ".join(r.sample(["ارس", "جلفا", "مرز", "رودخانه", "آذربایجان شرقی", "گردشگری"], 3))
    doc.chrome(f'<div class="tags">{e(tags)}</div></article>\n', tags)
    linked_titles(doc, "اخبار مرتبط", others[:5], "related")


def _mirror(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
            key: str, url: str) -> None:
    v = h.s["variant"]
    orig = f"https://www.{h.domain.split('.')[0] if v != 'croxy' else 'arasnews'}.ir"

    def href(path: str) -> str:
        if v == "croxy":
            return "/__cpi.php?s=" + b64encode((orig + path).encode()).decode()[:40] + "&r=" + str(stable(path) % 999)
        return f"./{key}_files/{path.rsplit('/', 1)[-1]}" if v == "saved" else path

    if v == "croxy":
        bar = ["CroxyProxy", "You are browsing the web via CroxyProxy. Enjoy!", "Go", "Home", "Hide"]
        doc.chrome(f'<div id="__cpsHeaderPanel" style="direction:ltr"><a href="/">{bar[0]}</a> <span>{bar[1]}</span>'
                   f'<form><input name="url" value="{e(orig)}/news/{key}"><button>{bar[2]}</button></form>'
                   f"<a>{bar[3]}</a> <a>{bar[4]}</a></div>\n", *bar)
        doc.add('<div id="__cpsContent">\n')
    elif v == "mirror":
        banner = [f"نسخه آینه | این صفحه نسخه آینه {h.name.replace('آینه ', '')} است؛ نشانی اصلی: {orig}",
                  "برای دسترسی پایدار، نشانی‌های آینه را ذخیره کنید."]
        doc.chrome('<div class="mirror-banner">' + "".join(f"<p>{e(x)}</p>" for x in banner) + "</div>\n", *banner)
    _news_block(doc, h, r, g, loc, others, crawl, key, href)
    _footer(doc, h, crawl)
    if v == "croxy":
        doc.add("</div>\n")


# ---------------------------------------------------------------------------------------------- 5. OCR clippings


def _running_head(h: Host, loc: dt.datetime, issue: int, page: int, three: bool = False) -> str:
    day = f"{_wd(loc)} {_jday(loc)}" + (f" - {_hday(loc)} - {_gday(loc)}" if three else "")
    return dg(f"{h.s['paper']} | {day} | شماره {issue} | صفحه {page}", "fa")


def _neighbour(r: random.Random, others: list[str], width: int) -> list[str]:
    """The neighbouring column as OCR reads it into the story: another story's headline and an ad's lines."""
    ad = pick(r, ["آگهی مناقصه عمومی یک مرحله‌ای شماره ۱۴۰۵/۲۳ شرکت آب و فاضلاب",
                  "آگهی فقدان سند مالکیت ششدانگ یک باب منزل مسکونی پلاک ثبتی ۱۲۳۴ فرعی",
                  "استخدام نیروی خدماتی و نگهبان با حقوق مکفی؛ تماس در ساعات اداری"])
    return [others[0], *textwrap.wrap(ad, width)]


def _ocr_portal(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
                key: str) -> None:
    issue = h.s["issue0"] * 20 + int(key) % 900
    page = r.randint(2, 16)
    reg = _after(loc, r, (6, 72))
    doc.chrome(f'<header class="portal"><a class="logo">{e(h.name)}</a> <span>{e(h.tagline)}</span> '
               '<a>جستجوی پیشرفته</a> <a>بریده جراید</a> <a>گزارش‌ها</a></header>\n', h.name, h.tagline,
               "جستجوی پیشرفته بریده جراید گزارش‌ها")
    doc.chrome(f'<div class="breadcrumb"><a>میز کار</a> › <a>بریده جراید</a> › <a>{e(g["section"])}</a></div>\n',
               f"میز کار › بریده جراید › {g['section']}")
    _title(doc, g, "h2", "clip-title")
    when = f"تاریخ انتشار: {_jnum(loc, short=True)}"
    fields = [("نشریه:", h.s["paper"]), ("شماره:", dg(issue, "fa")), ("صفحه:", dg(page, "fa")),
              ("تاریخ انتشار:", _jnum(loc, short=True)), ("سرویس:", g["section"]),
              ("تاریخ ثبت در سامانه:", f"{_jnum(reg)} {_clock(reg)}"), ("کد بریده:", dg(h.s["code0"] + int(key), "fa"))]
    doc.chrome('<table class="clip-fields">' + "".join(f"<tr><td>{a}</td><td>{e(b)}</td></tr>" for a, b in fields)
               + "</table>\n", *[x for row in fields for x in row])
    _shown(g, when, loc, False)
    doc.add(f'<div class="clip-image"><img src="/clips/{key}.jpg" alt="تصویر بریده"></div>\n')
    doc.chrome('<h3 class="ocr-h">متن بریده (OCR)</h3>\n', "متن بریده (OCR)")
    doc.add('<div class="ocr-text">\n')
    head = _running_head(h, loc, issue, page)
    doc.chrome(f"<p>{e(head)}</p>\n", head)
    _kicker(doc, h, r, g, "", "p")
    doc.add(f"<p>{e(g['title'])}</p>\n", [("title", g["title"])])
    if g["lead"]:
        doc.add(f"<p>{_br_wrapped(g['lead'], 10**4)}</p>\n", [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"<p>{_br_wrapped(p, h.s['col'], zwnj_breaks=True)}</p>\n", [("body", p)])
    doc.add("</div>\n")
    note = "متن بالا به صورت خودکار از تصویر استخراج شده و ممکن است خطا داشته باشد."
    tools = ["دانلود PDF", "ارسال به کارتابل", "چاپ"]
    doc.chrome(f'<div class="note">{note}</div><div class="tools">' + " | ".join(tools) + "</div>\n", note,
               " | ".join(tools))
    _items(doc, "بریده‌های مرتبط", others[1:6], "related", "h3", lambda i: h.s["paper"])
    _footer(doc, h, crawl, ["راهنما", "پشتیبانی", "قرارداد اشتراک"])


def _ocr_text(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
              key: str) -> Flat:
    """A clipping service's text file (``clip``) or a scanned page's OCR text (``scan``)."""
    f = Flat()
    v = h.s["variant"]
    issue = h.s["issue0"] * 20 + int(key) % 900
    page = r.randint(2, 16)
    width = h.s["col"]
    if v == "clip":
        got = _after(loc, r, (4, 60))
        for x in ["بریده جراید", f"{h.name} — {h.tagline}", dg(f"کد بریده: {h.s['code0'] + int(key)}", "fa"),
                  dg(f"نشریه: {h.s['paper']} | شماره {issue} | صفحه {page}", "fa"), f"سرویس: {g['section']}",
                  f"تاریخ انتشار: {_wd(loc)} {_jday(loc)}", f"تاریخ دریافت: {_jnum(got)}"]:
            f.add(x)
        _shown(g, f"تاریخ انتشار: {_wd(loc)} {_jday(loc)}", loc, False)
        f.add("-" * 40)
        head = _running_head(h, loc, issue, page)
    else:
        for x in [f"{h.name} | {h.tagline}", "متن استخراج‌شده با OCR؛ ممکن است خطا داشته باشد."]:
            f.add(x)
        f.blank()
        head = _running_head(h, loc, issue, page, three=True)
        _shown(g, head, loc, False)
    f.add(head)
    f.blank()
    if v == "scan":
        for x in _neighbour(r, others, width):
            f.add(x)
        f.blank()
    k = None
    if r.random() < h.s["kick_p"]:
        k = pick(r, KICKERS["ocr"])
        g["surtitle"] = k
        f.add(k)
    f.add(g["title"], "title")
    if g["lead"]:
        f.add(g["lead"], "lead")
    f.blank()
    paras = g["body_paragraphs"]
    brk = r.randrange(1, len(paras)) if len(paras) > 2 else None
    for i, p in enumerate(paras):
        if i:
            f.blank()  # (the OCR's paragraphs stand apart, as tesseract leaves them)
        if i == brk:
            if v == "scan":
                for x in _neighbour(r, others[1:], width):
                    f.add(x)
            else:
                f.add(_running_head(h, loc, issue, page + 1))
            f.blank()
        lines, joins = _wrap(p, width, zwnj_breaks=True)
        f.add(p, "body", lines)
    f.blank()
    if v == "clip":
        f.add("-" * 40)
        f.add(f"این بریده برای مشترکان {h.name} تهیه شده است و انتشار آن بدون ذکر منبع مجاز نیست.")
    return f


# ---------------------------------------------------------------------------------------------- 6. app landing pages


def _badges(doc: Doc, h: Host) -> None:
    doc.chrome('<div class="stores">' + "".join(
        f'<a class="badge" href="#"><img src="/img/badge-{i}.svg" alt="">{e(x)}</a> ' for i, x in enumerate(STORES))
        + "</div>\n", *STORES)


def _app(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
         key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    banner = [f"این مطلب را در اپلیکیشن {h.name} بخوانید", "باز کردن در اپلیکیشن"]
    doc.chrome(f'<div class="smart-banner"><img src="/icon-192.png" alt=""> <span>{e(banner[0])}</span> '
               f'<a class="open" href="{h.domain.split(".")[1]}://news/{key}">{banner[1]}</a></div>\n', *banner)
    if v == "qr":
        _site_head(doc, h)
        _menu(doc, _categories(h, sec), sec, "cats")
    else:
        doc.chrome(f'<header class="app-head"><a class="logo">{e(h.name)}</a></header>\n', h.name)
    doc.add('<article class="story">\n')
    if v == "teaser":
        doc.chrome(f'<div class="crumbs"><a>خانه</a> › <a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a></div>\n',
                   f"خانه › {PARENTS[h.family]} › {sec}")
    _kicker(doc, h, r, g)
    _title(doc, g)
    if v == "full":
        age = _ago(loc, crawl)
        doc.chrome(f'<div class="meta"><span>سرویس: {e(sec)}</span> <span>{age}</span></div>\n', f"سرویس: {sec}", age)
        _shown(g, age, loc, True, markup=True, only=True)
        g["_head"] = [f'<meta property="article:published_time" content="{loc.isoformat()}">']
    elif v == "teaser":
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        doc.chrome(f'<div class="meta">{when}</div>\n', when)
        _shown(g, when, loc, True)
    else:
        when = f"{_jnum(loc, short=True)} {_clock(loc)}"
        doc.chrome(f'<div class="meta"><span>{when}</span></div>\n', when)
        _shown(g, when, loc, True)
    _lead(doc, g)
    shown = {"full": None, "teaser": 2, "qr": 3}[v]
    if shown is not None and len(g["body_paragraphs"]) > shown:
        g["body_paragraphs"] = g["body_paragraphs"][:shown]
        _body(doc, g["body_paragraphs"])
        if v == "teaser":
            more = ["ادامه مطلب در اپلیکیشن", f"برای خواندن متن کامل، اپلیکیشن {h.name} را نصب کنید."]
            doc.chrome(f'<div class="fade"></div><div class="continue"><a class="btn">{more[0]}</a><p>{e(more[1])}</p>'
                       "</div>\n", *more)
        else:
            more = [f"برای خواندن ادامه خبر، اپلیکیشن {h.name} را نصب کنید", "کد QR را با گوشی خود اسکن کنید"]
            doc.chrome(f'<div class="continue"><p>{e(more[0])}</p><img src="/qr/{key}.png" alt="QR"><p>{more[1]}</p>'
                       "</div>\n", *more)
    else:
        _body(doc, g["body_paragraphs"])
        _credit(doc, g, h)
    doc.add("</article>\n")
    _badges(doc, h)
    linked_titles(doc, "اخبار مرتبط" if v != "qr" else "پربازدیدها", others[:4], "related")
    foot = f"© {h.name} — {h.tagline}"
    doc.chrome(f"<footer>{e(foot)}</footer>\n", foot)


# ---------------------------------------------------------------------------------------------- 7. comments


def _comment_text(r: random.Random) -> str:
    return " ".join(r.sample(COMMENT_LINES, r.randint(1, 4)))


Comment = tuple[int, str, dt.datetime, str, int, int, str]


def _thread(r: random.Random, g: dict, loc: dt.datetime) -> list[Comment]:
    """20-60 comments (depth, name, when, text, likes, dislikes, the name replied to), replies under their parents,
    their text longer than the story's."""
    story = sum(len(p) for p in g["body_paragraphs"])
    rows: list[Comment] = []
    t = loc
    while len(rows) < 20 or (sum(len(x[3]) for x in rows) <= story and len(rows) < 60):
        t = t + dt.timedelta(minutes=r.randint(5, 600))
        depth = 0 if not rows or r.random() < 0.6 else min(rows[-1][0] + 1, 2)
        parent = next((x[1] for x in reversed(rows) if x[0] == depth - 1), "") if depth else ""
        name = _who(r) if r.random() < 0.8 else pick(r, ["ناشناس", "مستأجر", "یک شهروند", "مالک"])
        rows.append((depth, name, t, _comment_text(r), r.randint(0, 90), r.randint(0, 30), parent))
    return rows


def _ago_en(t: dt.datetime, now: dt.datetime) -> str:
    """Disqus's age: «2 years ago», «3 months ago», «5 days ago»."""
    secs = max(60, int((now - t).total_seconds()))
    for size, unit in ((365 * 86400, "year"), (30 * 86400, "month"), (86400, "day"), (3600, "hour"), (60, "minute")):
        if secs >= size:
            k = secs // size
            return f"{k} {unit}{'s' if k > 1 else ''} ago"
    return "just now"


def _comments(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
              key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    rows = _thread(r, g, loc)
    n = len(rows)
    if v == "disqus":
        _site_head(doc, h)
        _menu(doc, _categories(h, sec), sec, "nav")
    else:
        _site_head(doc, h)
        _menu(doc, h.menu)
    doc.add('<article class="post">\n')
    if v == "wpdiscuz":
        doc.chrome(f'<nav class="breadcrumb"><a>خانه</a> › <a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a></nav>\n',
                   f"خانه › {PARENTS[h.family]} › {sec}")
    if v == "agency":
        _kicker(doc, h, r, g)
    _title(doc, g)
    n_l = dg(f"{n} دیدگاه", "fa")
    if v == "wpdiscuz":
        when = _jday(loc)
        doc.chrome(f'<div class="meta"><span>{e(h.s["author"])}</span> <time datetime="{loc.isoformat()}">{when}</time>'
                   f" <span>{n_l}</span></div>\n", h.s["author"], when, n_l)
        _shown(g, when, loc, False, markup=True)
    elif v == "agency":
        when = f"{_wd(loc)} {_jday(loc)} - {_clock(loc)}"
        code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
        doc.chrome(f'<div class="meta"><span>{when}</span> <span>سرویس: {e(sec)}</span> <span>{code}</span></div>\n',
                   when, f"سرویس: {sec}", code)
        _shown(g, when, loc, True)
    else:
        age = _ago(loc, crawl)
        doc.chrome(f'<div class="meta"><span>{e(h.s["author"])}</span> · <time datetime="{loc.isoformat()}">{age}'
                   "</time></div>\n", h.s["author"], age)
        _shown(g, age, loc, True, markup=True, only=True)
    _lead(doc, g)
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</article>\n")
    if v == "wpdiscuz":
        form = ["دیدگاه شما", "اشتراک در", "نام *", "ایمیل *", "ارسال دیدگاه"]
        doc.chrome('<div id="wpdcom"><div class="wpd-form"><h3>' + form[0] + "</h3><label>" + form[1]
                   + "</label><input placeholder=\"" + form[2] + "\"><label>" + form[2] + "</label><label>" + form[3]
                   + "</label><button>" + form[4] + "</button></div>\n", *form)
        sort = "جدیدترین | قدیمی‌ترین | محبوب‌ترین"
        doc.chrome(f'<div class="wpd-thread-head"><h3>{n_l}</h3><div>{sort}</div></div>\n', n_l, sort)
        for depth, name, t, text, up, down, _ in rows:
            stamp = f"{_jday(t)} {_clock(t)}"
            votes = dg(f"{up} 👍 {down} 👎", "fa")
            doc.chrome(f'<div class="wpd-comment wpd-reply-{depth}"><div class="wpd-comment-author">{e(name)}</div>'
                       f'<div class="wpd-comment-date">{stamp}</div><div class="wpd-comment-text"><p>{e(text)}</p>'
                       f'</div><div class="wpd-comment-footer"><span>{votes}</span> <a>پاسخ</a></div></div>\n',
                       name, stamp, text, f"{votes} پاسخ")
        doc.chrome("</div>\n")
    elif v == "agency":
        head = dg(f"نظرات کاربران (انتشار یافته: {n})", "fa")
        doc.chrome(f'<section class="comments"><h3>{head}</h3>\n', head)
        for depth, name, t, text, up, down, parent in rows:
            stamp = f"{_jnum(t)} - {_clock(t)}"
            votes = dg(f"+{up} / -{down}", "fa")
            reply = f"پاسخ به: {parent}" if parent else None
            doc.chrome(f'<div class="comment" style="margin-right:{30 * depth}px"><div class="c-head"><b>{e(name)}</b>'
                       f" <span>{stamp}</span></div>" + (f'<div class="reply-to">{e(reply)}</div>' if reply else "")
                       + f'<p>{e(text)}</p><div class="c-foot"><a>پاسخ</a> <span>{votes}</span></div></div>\n',
                       name, stamp, *([reply] if reply else []), text, f"پاسخ {votes}")
        form = ["دیدگاه شما", "نام", "ایمیل", "نظر شما *", "ارسال", "نظرات حاوی توهین و تهمت منتشر نمی‌شود."]
        doc.chrome('<div class="comment-form"><h4>' + form[0] + "</h4>" + "".join(f"<label>{x}</label>"
                                                                            for x in form[1:4])
                   + f"<button>{form[4]}</button><p>{form[5]}</p></div></section>\n", *form)
    else:
        en = [dg(f"{n} Comments", "en"), "Login", "Sort by Best", "Join the discussion…"]
        doc.chrome(f'<div id="disqus_thread"><div class="dsq-head"><span>{en[0]}</span> <a>{en[1]}</a> <span>{en[2]}'
                   f"</span></div><div class=\"dsq-textarea\">{en[3]}</div>\n", *en)
        for depth, name, t, text, up, _, _ in rows:
            age = _ago_en(t, crawl)
            line = f"{name} • {age}"
            acts = f"▲ {up} ▼ • Reply • Share ›"
            doc.chrome(f'<div class="post" data-depth="{depth}"><div class="post-byline">{e(line)}</div>'
                       f'<div class="post-message"><p>{e(text)}</p></div><div class="post-menu">{acts}</div></div>\n',
                       line, text, acts)
        doc.chrome('<div class="dsq-foot">Powered by Disqus</div></div>\n', "Powered by Disqus")
    linked_titles(doc, "مطالب پربحث", others[:5], "hot")
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 8. columns


def _pull_quote(r: random.Random, paras: list[str]) -> tuple[int, str] | None:
    """A sentence of a middle paragraph the page shows again as a pull quote, and the paragraph it follows."""
    for k in r.sample(range(len(paras)), len(paras)):
        for s in paras[k].split(". "):
            if 40 < len(s) < 160 and 0 < k < len(paras) - 1:
                return k, s.rstrip(".")
    return None


def _author_card(doc: Doc, h: Host, r: random.Random, name: str, bio: str) -> None:
    doc.chrome(f'<div class="author-card"><img src="/authors/{stable(name) % 999}.jpg" alt="{e(name)}">'
               f'<div class="name">{e(name)}</div><p class="bio">{e(bio)}</p><a>همه یادداشت‌ها</a></div>\n',
               name, bio, "همه یادداشت‌ها")


def _column(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
            key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    now = crawl.astimezone(TEHRAN)
    writer, bio = _who(r), pick(r, BIOS)
    _site_head(doc, h, f"امروز: {_wd(now)} {_jday(now)}" if v == "crumb" else None)
    if v == "menu":
        _menu(doc, ["صفحه نخست", *h.sections, "ویژه‌نامه"], sec, "sections")
    else:
        _menu(doc, h.menu)
    doc.add('<article class="column">\n')
    if v == "crumb":
        doc.chrome(f'<div class="breadcrumb"><a>صفحه نخست</a> › <a>{e(sec)}</a></div>\n', f"صفحه نخست › {sec}")
    label = "یادداشت"
    if v != "crumb" or sec != "یادداشت":
        doc.chrome(f'<span class="type-badge">{label}</span>\n', label)
    _column_kicker(doc, h, r, g)
    _title(doc, g)
    if v == "menu":
        _author_card(doc, h, r, writer, bio)
    if v == "crumb":
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        doc.chrome(f'<div class="byline"><span>{e(writer)}</span> <span>{when}</span></div>\n', writer, when)
        _shown(g, when, loc, True)
    elif v == "label":
        when = f"{_jnum(loc, short=True)} - {_clock(loc)}"
        up = _after(loc, r, (3, 90))
        upd = f"به‌روزرسانی: {_jnum(up, short=True)} - {_clock(up)}"
        row = [f"سرویس: {sec}", when, upd]
        doc.chrome('<div class="meta">' + " ".join(f"<span>{e(x)}</span>" for x in row) + "</div>\n", *row)
        _shown(g, when, loc, True)
    else:
        age = _ago(loc, crawl)
        doc.chrome(f'<div class="meta"><time datetime="{loc.isoformat()}">{age}</time></div>\n', age)
        _shown(g, age, loc, True, markup=True, only=True)
    _lead(doc, g, "standfirst")
    paras = g["body_paragraphs"]
    pq = _pull_quote(r, paras)
    note = pick(r, EDITOR_NOTES)
    top_note = r.random() < 0.4
    if top_note:
        doc.chrome(f'<p class="editor-note"><em>{e(note)}</em></p>\n', note)
    doc.add('<div class="column-body">\n')
    for k, p in enumerate(paras):
        doc.add(f"<p>{e(p)}</p>\n", [("body", p)])
        if pq and k == pq[0]:
            doc.chrome(f'<blockquote class="pull-quote">«{e(pq[1])}»</blockquote>\n', f"«{pq[1]}»")
    doc.add("</div>\n")
    _credit(doc, g, h)
    if not top_note:
        doc.chrome(f'<p class="editor-note"><em>{e(note)}</em></p>\n', note)
    doc.add("</article>\n")
    if v != "menu":
        _author_card(doc, h, r, writer, bio)
    head = "سایر یادداشت‌های این نویسنده"
    _items(doc, head, others[:5], "author-more", "h3",
           lambda i: _jday(loc - dt.timedelta(days=7 * (i + 1))) if v != "label" else
           _jnum(loc - dt.timedelta(days=7 * (i + 1)), short=True))
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant (``g["_markup"]``), whether only markup does (``g["_only_markup"]``), the markup
    the head carries (``g["_head"]``), a kicker's text (``g["surtitle"]``) and, on a teaser, the paragraphs it shows."""
    kind, v = h.s["kind"], h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    if fmt != "html" and v in MARKUP_SECTION:
        g["section"] = None
    if v == "plain":
        return _plain_mail(h, r, g, loc, others, key)
    if v == "pdftotext":
        return _pdftotext(h, r, g, loc, others, key)
    if v in ("clip", "scan"):
        return _ocr_text(h, r, g, loc, others, crawl, key)
    doc = Doc()
    if v == "thunderbird":
        _thunderbird(doc, h, r, g, loc, others, key)
    elif v == "webmail":
        _webmail(doc, h, r, g, loc, others, key)
    elif v == "pdftohtml":
        _pdftohtml(doc, h, r, g, loc, others, key)
    elif v == "unrtf":
        _unrtf(doc, h, r, g, loc, others, key)
    elif kind == "video":
        _video(doc, h, r, g, loc, others, crawl, key)
    elif kind == "mirror":
        _mirror(doc, h, r, g, loc, others, crawl, key, url)
    elif kind == "ocr":
        _ocr_portal(doc, h, r, g, loc, others, crawl, key)
    elif kind == "app":
        _app(doc, h, r, g, loc, others, crawl, key)
    elif kind == "comments":
        _comments(doc, h, r, g, loc, others, crawl, key)
    else:
        _column(doc, h, r, g, loc, others, crawl, key)
    return doc


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing (a mailbox, an archive of documents or clips, a category, a playlist), a
    removed page in the chrome, an empty page."""
    v = h.s["variant"]
    now = crawl.astimezone(TEHRAN)
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
        label = {"mail": "صندوق ورودی", "export": "آرشیو اسناد", "video": "ویدئوهای اخیر", "mirror": "آخرین اخبار",
                 "ocr": "بریده‌های امروز", "app": "داغ‌ترین‌ها", "comments": "مطالب پربحث",
                 "column": "یادداشت‌ها"}[h.s["kind"]]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = {"mail": "این نامه حذف شده یا به پوشه دیگری منتقل شده است.", "export": "فایل مورد نظر یافت نشد.",
               "video": "این ویدئو به درخواست صاحب اثر حذف شده است.", "mirror": "صفحه مورد نظر یافت نشد.",
               "ocr": "دسترسی به این بریده نیازمند اشتراک است.", "app": "این مطلب دیگر در دسترس نیست.",
               "comments": "صفحه مورد نظر پیدا نشد!", "column": "یادداشت مورد نظر یافت نشد."}[h.s["kind"]]
        doc.chrome(f'<div class="error"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    foot = f"© {h.name}"
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)
    return doc


def _tab(h: Host, g: dict) -> str:
    """The ``<title>`` of a page: like its headline, seldom the same (a kicker before it, cut short, a suffix)."""
    kind, v = h.s["kind"], h.s["variant"]
    title = g.get("title") or h.name
    if g.get("kind") != "article":
        return h.name
    k = g.get("surtitle")
    if kind == "mail":
        return f"Fwd: {title}" if v == "thunderbird" else f"{h.name} - مشاهده نامه"
    if v == "pdftohtml":
        return f"khabarnameh-{stable(title) % 90 + 10}.pdf"
    if v == "unrtf":
        return "بیانیه"
    cut = title if len(title) < 50 else title[:45].rstrip() + "..."
    if kind == "video":
        return f"فیلم | {cut} - {h.name}"
    if kind in ("mirror", "app"):
        return f"{k}؛ {title}" if k else f"{title} | {h.name}"
    if kind == "ocr":
        return f"بریده جراید: {cut}"
    if kind == "column":
        return f"{g.get('surtitle')} / {title} - {h.name}"
    return f"{cut} - {h.name}"


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    art = g.get("kind") == "article"
    tab = _tab(h, g)
    if v == "pdftohtml":
        made = crawl - dt.timedelta(days=r.randint(1, 30))
        head = (f"<title>{e(tab)}</title>\n"
                '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n'
                f'<meta name="generator" content="pdftohtml 0.86.1"/>\n<meta name="author" content="{e(h.name)}"/>\n'
                f'<meta name="date" content="{made:%Y-%m-%dT%H:%M:%S}+00:00"/>\n'
                '<style type="text/css">\n<!--\n\tp {margin: 0; padding: 0;}\t.ft00{font-size:11px;font-family:'
                "BNazanin;color:#000000;}\n\t.ft01{font-size:16px;font-family:BTitr;color:#1f3864;}\n\t.ft02{font-size:"
                "13px;font-family:BNazanin;color:#000000;}\n\t.ft05{font-size:20px;font-family:BTitr;color:#000000;}\n"
                "-->\n</style>\n")
        return (f'<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">\n<head>\n{head}'
                f'</head>\n<body bgcolor="#A0A0A0" vlink="blue" link="blue">\n{doc.html()}</body>\n</html>\n')
    if v == "unrtf":
        made = crawl - dt.timedelta(days=r.randint(1, 30))
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
                '<meta http-equiv="content-type" content="text/html; charset=utf-8">\n'
                "<!-- Translation from RTF performed by UnRTF, version 0.21.10 -->\n"
                "<!--font table contains 4 fonts total-->\n"
                f"<!--author: {h.s['author']}-->\n<!--creation date: {made:%d %b %Y %H:%M}-->\n"
                f"<title>{e(tab)}</title>\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if kind != "mail":
        metas.append(f'<link rel="canonical" href="{e(url)}">')
    if art and kind not in ("mail",):
        metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if kind == "app":
        scheme = h.domain.split(".")[1]
        metas += [f'<meta property="al:android:url" content="{scheme}://news/{stable(url) % 10**6}">',
                  f'<meta property="al:android:package" content="ir.{scheme}.app">',
                  f'<meta name="apple-itunes-app" content="app-id={stable(h.domain) % 10**9}">']
    if v == "saved":
        slug = url.rstrip("/").rsplit("/", 1)[-1]
        metas += [f'<link rel="stylesheet" href="./{slug}_files/style.css">',
                  f'<script src="./{slug}_files/jquery.min.js"></script>']
    if v == "croxy":
        metas.insert(0, '<script src="/__cpi.js"></script>')
    if kind == "comments" and v == "wpdiscuz":
        metas.append('<meta name="generator" content="WordPress 6.4.2">')
    if art:
        metas += g.get("_head", [])
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(30 + stable(h.domain) % 60))
    metas.append(f"<style>{rules}</style>")
    lang = ' lang="fa" dir="rtl"'
    out = (f"<!DOCTYPE html>\n<html{lang}>\n<head>\n" + "\n".join(metas)
           + f"\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")
    if v == "saved":
        out = f"<!-- saved from url=({len(url):04d}){url} -->\n" + out
    return out


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    if kind == "mail":
        return {"thunderbird": f"https://{h.domain}/msg/{slug}.html",
                "webmail": f"https://{h.domain}/mail/#inbox/{slug}",
                "plain": f"https://{h.domain}/pipermail/members/{crawl:%Y-%m}/{int(key) % 9999:06d}.txt"}[v]
    if kind == "export":
        ext = {"pdftohtml": "html", "pdftotext": "txt"}.get(v, "htm")
        return f"https://{h.domain}/files/{crawl.year}/{slug}.{ext}"
    if kind == "video":
        return f"https://{h.domain}/video/{key}/{slug}"
    if kind == "mirror" and v == "croxy":
        return f"https://{h.domain}/__cpi.php?s={slug}&r={key}"
    if kind == "ocr":
        return f"https://{h.domain}/clip/{key}"
    if kind == "app":
        return f"https://{h.domain}/n/{slug}"
    return f"https://{h.domain}/news/{key}/{slug}"


def build(out_dir, n: int = 400, seed: int = 389, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="at", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] in SECTIONED)
