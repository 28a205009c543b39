"""Family set AL: eight families of kinds of the real Persian web no earlier set has modelled: wiki news pages, a
daily's e-paper (its article view and its PDF's text), company press rooms and a stock-exchange disclosure portal,
sponsored «رپورتاژ آگهی» pages behind a cookie banner, mailing-list archives (a web archive and the raw e-mail),
Telegraph pages, text-only «lite» sites and archive.today captures of news pages, crowdfunding and petition platforms,
and an Instagram viewer's post pages, written blind to the extractor.

    build(out_dir, n, seed=347, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/extract/`` nor ``src/palayesh/normalize/`` nor running palayesh on these pages; the structure imitates
real pages (invented hosts, names; stories from the corpus). Tables in :mod:`site_families_al_tables`. Families
(subjects in no earlier set), each of three hosts of different shapes:

- ``metro_expansion``   metro lines being built: a news wiki, a daily's e-paper, Telegraph pages;
- ``bank_mergers``      bank mergers: a bank's press room, a disclosure portal, a business site's sponsored pages;
- ``paper_industry``    the paper and pulp industry: a disclosure mirror, a company's press room, a mailing list;
- ``flood_relief``      flood relief: a crowdfunding platform, a crisis wiki, an Instagram viewer;
- ``stray_animals``     stray animals in the cities: a petition platform, a lite news site, archive.today captures;
- ``telecom_tariffs``   mobile and internet tariffs: Telegraph pages (a mirror), archive.today captures, an e-paper;
- ``zagros_wildfires``  the Zagros forest fires: an Instagram viewer, a farming site's sponsored pages, crowdfunding;
- ``rare_diseases``     rare diseases and their drugs: a petition platform, a mailing list, a lite health site.

Every form below has hosts in the open half (``aldev``: the 1st, 3rd, 5th and 7th families) and in the held half.

Each host saves its HTML pages in one form (:data:`site_families_al_tables.FORMS`):

- ``wiki``        a MediaWiki news wiki: tabs «صفحه / بحث / خواندن / ویرایش / نمایش تاریخچه», the sidebar and its tools,
  ``firstHeading``, «از ویکی‌خبر، …», the story's day in bold as its first line («یکشنبه ۱۴ آذر ۱۴۰۵», no time),
  headings with «[ویرایش]», «منابع» citing the agency the story came from («خبرگزاری فارس — «…» — ۱۴ آذر ۱۴۰۵»: the
  agency), «اخبار مرتبط», the category box «رده‌ها» (its first category the section) and the footer «این صفحه
  آخرین‌بار در … ویرایش شده است» (the last edit, no story date);
- ``epaper``      a daily's e-paper article view: the issue line «شماره ۴۵۶۷ | یکشنبه ۱۴ آذر ۱۴۰۵ | ۲۴ جمادی‌الاول
  ۱۴۴۸ | ۵ دسامبر ۲۰۲۶» (the issue's day, no time), the page strip «صفحات: ۱ ۲ …», the page's service «صفحه ۳ - X»
  (the section), surtitle, headline, lead, story, «گزارش: …», «سایر مطالب این صفحه»;
- ``pressroom``   a company's press room: breadcrumb «خانه / اتاق خبر / X», «اطلاعیه مطبوعاتی» and «برای انتشار فوری»,
  «۱۴۰۵/۰۹/۱۴ | شماره: ۱۲۳/۱۴۰۵», the summary (lead), a dateline line «تهران - ۱۴ آذر ۱۴۰۵», the story, «###», the
  company's «درباره …» paragraph repeated under every release, the media contact, downloads, «سایر اطلاعیه‌ها»;
- ``codal``       a stock-exchange disclosure portal: the publisher's table (company, symbol, statement code, «سال مالی
  منتهی به ۱۴۰۵/۱۲/۲۹», «گروه:» the section, «تاریخ ارسال:» a few minutes before «تاریخ انتشار: ۱۴۰۵/۰۹/۱۴
  ۱۰:۲۳:۴۵»), the disclosure's kind, «موضوع:» over the headline, the text, the signer, attachments, recent notices;
- ``reportage``   a business or farming news site's sponsored page: a cookie banner («ما از کوکی‌ها …» | «پذیرفتن»),
  breadcrumb «صفحه اصلی » رپورتاژ آگهی» (the section: the site files them there), «محتوای حمایت‌شده» over the
  headline, «یکشنبه ۱۴ آذر ۱۴۰۵ ساعت ۱۰:۲۳ | کد خبر: …», lead, story, the sponsor's disclaimer, latest news;
- ``mailarchive`` a mailing list's web archive (HyperKitty-like): breadcrumb of the lists, «« پیام قبلی / پیام بعدی
  »», the subject as headline, the sender and an English date «Dec. 5, 2026, 10:23 a.m.» (Tehran time, the list's),
  the mail's paragraphs, «منبع: …» (the agency), the signature after «--», replies, the month's other threads; no
  section;
- ``telegraph``   a Telegraph page (``tl_article_content``): headline, the channel as author and ``<time datetime>``
  in UTC shown as «December 05, 2026», the story, «🆔 @channel», «Report content on this page»; no section;
- ``lite``        a text-only lite site: no styles, the menu as one line «نسخه کامل | خانه | …», «خانه / X»,
  «انتشار: ۱۴۰۵.۰۹.۱۴ - ۱۰:۲۳» (dotted Jalali), the story, «آخرین خبرها», «نسخه کامل این خبر | بالای صفحه»;
- ``archive``     an archive.today capture: the archive's toolbar (saved-from URL, the capture's UTC time «5 Dec 2027
  10:23:45 UTC», «All snapshots from host …», «Webpage | Screenshot», «share | download .zip | report bug or abuse»)
  over the captured news page (its own menu, section chip, «۱۴ آذر ۱۴۰۵ - ۱۰:۲۳», lead, story, credit, related);
- ``crowdfund``   a crowdfunding campaign: category chip (the section), organiser, progress «… تومان جمع‌آوری شده از
  …», backers and days left, «حمایت می‌کنم», «تاریخ شروع کارزار: ۱۴ آذر ۱۴۰۵» (the story's day), «داستان کارزار»,
  the story, later «به‌روزرسانی‌ها» with their own dates, recent donors with «… ساعت پیش», other campaigns;
- ``petition``    a petition: «خطاب به: …», headline, «شروع‌کننده: … | ایجاد شده در ۱۴۰۵/۰۹/۱۴ | دسته‌بندی: X»,
  the story, the signature count and form, «آخرین امضاها» with relative times, share row, similar petitions;
- ``social``      an Instagram viewer's post page: an app-install bar, the account box («۱٫۲ میلیون دنبال‌کننده»,
  «دنبال کردن»), the caption (headline in bold, paragraphs between ``<br><br>``, hashtags last), likes and comments
  counts, ``<time datetime>`` in UTC shown «۱۴۰۵-۰۹-۱۴ ۱۰:۲۳» (Tehran), comments, «دانلود این پست», the account's other
  posts; no section.

Flat-text pages: ``copy`` (the whole page selected and pasted), ``wet`` (a Common Crawl WET record: ``WARC-Date`` the
crawl's UTC instant, never the story's), ``pdf`` (an e-paper page's PDF as ``pdftotext`` gives it: page number, the
paper's name, «یکشنبه ۱۴ آذر ۱۴۰۵ | سال هجدهم | شماره ۴۵۶۷ | X», the other stories' headlines around the story, the
story's paragraphs hard-wrapped at the column's width, «ادامه در صفحه N») and ``eml`` (the list's mail as raw text:
``From``, ``To``, ``Subject: [list] …``, ``Date: Sun, 05 Dec 2026 10:23:00 +0330``, MIME headers, the headline again
as the body's first line, the paragraphs, the signature and the list's footer).

Gold as AK documents it: the title is the visible headline, the section the page's own category (the wiki's first
category, the e-paper page's service, the breadcrumb's last item, the campaign's category; «رپورتاژ آگهی» for a
sponsored page; none on a Telegraph page, a mail or an Instagram post), the lead the lead box, the agency only when
the page credits the story to one (the wiki's sources, «منبع: …»; a press release, a disclosure, a sponsored page and
a campaign credit none), ``published_iso`` the day the page shows (the issue's day on an e-paper) in Tehran's time,
``published_time`` the instant with its offset when the page shows its time or has it in markup, else the day. A
wiki's last edit, an archive's capture time, a fiscal year's end, campaign updates, donors' and signers' times and
``WARC-Date`` are no story date. About 7% negatives (a listing, a «not found» page in the chrome, an empty page),
~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random

from family_frames import fa_count, host_story, jalali_day, linked_titles, pub_time, same_day_in_utc, source_credit
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
    write_page,
)
from site_families_aj import Doc, render_text as aj_render_text
from site_families_al_tables import (
    ACCOUNTS,
    DISCLOSURES,
    DONORS,
    FAMILIES,
    FORMS,
    HOSTS,
    LISTS,
    MENUS,
    NEWSPAPER_YEAR,
    SECTIONS,
    SYMBOLS,
    WIKI_TABS,
    WIKI_TOOLS,
    YEAR_WORDS,
)
from site_families_h import (
    COMMENTS,
    FIRST,
    GMONTHS,
    HMONTHS,
    JMONTHS,
    LAST,
    TEHRAN,
    WEEKDAYS,
    Host,
    dg,
    hijri,
    story_paragraphs,
)
from site_families_p import AGENCIES
from site_families_r import credited_agency, load_stories

__all__ = ["AGENCIES", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host",
           "shown_date"]

UTC = dt.timezone.utc
EMONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
LONG_EMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]
EDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SHORT_EMONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
#: the forms whose pages show no section
NO_SECTION = ("telegraph", "mailarchive", "social")
#: the agency habit of each form: keep the story's own credits, credit a «منبع: …» line (``source``: the text kept),
#: or rewrite the credits to the host's name (``none``: a company's or a campaign's own text)
AGENCY = {"wiki": "source", "mailarchive": "source", "telegraph": "keep", "social": "keep", "pressroom": "none",
          "codal": "none", "reportage": "none", "crowdfund": "none", "petition": "none"}
UPDATES = ["بخشی از کمک‌ها به دست خانواده‌ها رسید. از همراهی شما سپاسگزاریم.",
           "گزارش مالی مرحله اول کارزار در صفحه شفافیت منتشر شد.",
           "به نیمی از هدف کارزار رسیدیم؛ لطفا کارزار را هم‌رسانی کنید.",
           "تصاویر رسید خریدها به‌زودی منتشر می‌شود."]
TARGETS = ["شهردار تهران", "وزیر بهداشت، درمان و آموزش پزشکی", "رئیس سازمان محیط زیست", "نمایندگان مجلس شورای اسلامی",
           "شورای اسلامی شهر"]
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its form, flat-text forms and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-al-host:{seed}:{domain}")
    form, txt_forms, html_p = FORMS[family][idx]
    agency = AGENCY.get(form) or pick(r, ["keep", "credit", "none"])
    lead_p = pick(r, [0.5, 0.7, 0.85]) if form in ("epaper", "pressroom", "reportage", "archive", "crowdfund") else 0.0
    s = {"kind": form, "html_forms": [form], "txt_forms": txt_forms, "html_p": html_p, "agency": agency,
         "lead_p": lead_p, "width": r.randint(38, 56), "account": pick(r, ACCOUNTS),
         "outlet": None, "outlet_domain": None}
    if form == "archive":  # (the news site whose pages the archive captured)
        s["outlet"], s["outlet_domain"] = pick(r, [("شهرنما", "shahrnama.ir"), ("تک‌خبر", "takkhabar.ir"),
                                                   ("خبرستان امروز", "khabarestan-emrooz.ir")])
    return Host(family, domain, name, tagline, MENUS[form], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def _ampm(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    clock = f"{h}:{t.minute:02d}" if t.minute else f"{h}"
    named = {(0, 0): "midnight", (12, 0): "noon"}.get((t.hour, t.minute))
    return named or f"{clock} {'a.m.' if t.hour < 12 else 'p.m.'}"


def shown_date(t: dt.datetime, form: str) -> tuple[str, dt.datetime, bool]:
    """The date line a page of ``form`` shows for instant ``t``, the instant in Tehran's time and whether the line shows
    the time: ``shown_date(dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "codal")`` -> («۱۴۰۵/۰۹/۱۴ ۱۰:۲۳:۰۰», …,
    True)."""
    loc = t.astimezone(TEHRAN)
    j = jalali_day(loc)
    clock = f"{loc:%H:%M}"
    jday = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    wd = WEEKDAYS[loc.weekday()]
    if form == "wiki":
        return dg(f"{wd} {jday}", "fa"), loc, False
    if form in ("epaper", "pdf"):
        hy, hm, hd = hijri(loc.date())
        return dg(f"{wd} {jday} | {hd} {HMONTHS[hm - 1]} {hy} | {loc.day} {GMONTHS[loc.month - 1]} {loc.year}",
                  "fa"), loc, False
    if form == "pressroom":
        return dg(f"{j.year}/{j.month:02d}/{j.day:02d}", "fa"), loc, False
    if form == "codal":
        return dg(f"{j.year}/{j.month:02d}/{j.day:02d} {loc:%H:%M:%S}", "fa"), loc, True
    if form == "reportage":
        return dg(f"{wd} {jday} ساعت {clock}", "fa"), loc, True
    if form == "mailarchive":
        return f"{EMONTHS[loc.month - 1]} {loc.day}, {loc.year}, {_ampm(loc)}", loc, True
    if form == "eml":
        return (f"{EDAYS[loc.weekday()]}, {loc.day:02d} {SHORT_EMONTHS[loc.month - 1]} {loc.year} {loc:%H:%M:%S} "
                f"{loc:%z}"), loc, True
    if form == "telegraph":
        u = loc.astimezone(UTC)
        return f"{LONG_EMONTHS[u.month - 1]} {u.day:02d}, {u.year}", loc, False
    if form == "lite":
        return dg(f"انتشار: {j.year}.{j.month:02d}.{j.day:02d} - {clock}", "fa"), loc, True
    if form == "crowdfund":
        return dg(jday, "fa"), loc, False
    if form == "petition":
        return dg(f"{j.year}/{j.month:02d}/{j.day:02d}", "fa"), loc, False
    if form == "social":
        return dg(f"{j.year}-{j.month:02d}-{j.day:02d} {clock}", "fa"), loc, True
    return dg(f"{jday} - {clock}", "fa"), loc, True  # archive (the captured page's own line)


def _jday(t: dt.datetime) -> str:
    j = jalali_day(t.astimezone(TEHRAN))
    return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year}", "fa")


# ---------------------------------------------------------------------------------------------- chrome


def _menu(doc: Doc, h: Host, cls: str) -> None:
    items = "".join(f'<li><a href="/p/{stable(x) % 999}">{e(x)}</a></li>' for x in h.menu)
    doc.chrome(f'<nav class="{cls}"><ul>{items}</ul></nav>\n', *h.menu)


def _body(doc: Doc, paras: list[str], tag: str = "p") -> None:
    for p in paras:
        doc.add(f"{e(p)}<br><br>\n" if tag == "br" else f"<p>{e(p)}</p>\n", [("body", p)])


def _list_addr(h: Host) -> str:
    return f"{LISTS.get(h.family, 'khabar')}@{h.domain}"


def _owner(h: Host) -> str:
    """A daily's masthead line (its licence holder and editor), printed on every page."""
    rr = random.Random(h.domain)
    return f"صاحب‌امتیاز و مدیرمسئول: {pick(rr, FIRST)} {pick(rr, LAST)} | سردبیر: {pick(rr, FIRST)} {pick(rr, LAST)}"


def _top(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime, url: str) -> None:
    """The site's header and menu (a Telegraph page has none)."""
    k = h.s["kind"]
    if k == "wiki":
        doc.chrome('<div id="mw-head"><div id="p-views"><ul>' + "".join(f"<li><a>{x}</a></li>" for x in WIKI_TABS)
                   + '</ul></div><form id="searchform"><input name="search" placeholder="جستجو در ویکی‌خبر">'
                   "<button>برو</button></form></div>\n", *WIKI_TABS, "برو")
        doc.chrome(f'<div id="mw-panel"><div id="p-logo"><a href="/" title="{e(h.name)}"></a></div>'
                   '<div class="portal"><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul></div>"
                   '<div class="portal"><h3>ابزارها</h3><ul>' + "".join(f"<li><a>{x}</a></li>" for x in WIKI_TOOLS)
                   + "</ul></div></div>\n", *h.menu, "ابزارها", *WIKI_TOOLS)
    elif k == "epaper":
        doc.chrome(f'<header class="ep-head"><a href="/" class="logo">{e(h.name)}</a><span>{e(h.tagline)}</span>'
                   "</header>\n", h.name, h.tagline)
        _menu(doc, h, "ep-menu")
    elif k == "pressroom":
        doc.chrome(f'<header class="corp"><a href="/" class="logo"><img src="/logo.svg" alt="{e(h.name)}"></a>'
                   f'<span class="tag">{e(h.tagline)}</span><a href="/en">English</a></header>\n', h.tagline, "English")
        _menu(doc, h, "corp-nav")
    elif k == "codal":
        doc.chrome(f'<div class="codal-top"><b>{e(h.name)}</b><span>{e(h.tagline)}</span></div>\n', h.name, h.tagline)
        _menu(doc, h, "codal-menu")
    elif k == "reportage":
        cookie = "ما برای بهبود تجربه شما از کوکی‌ها استفاده می‌کنیم. با ادامه مرور، سیاست حفظ حریم خصوصی را می‌پذیرید."
        doc.chrome(f'<div id="cookie-consent" class="fixed-bottom"><p>{cookie}</p><button>پذیرفتن</button>'
                   '<button>تنظیمات کوکی</button></div>\n', cookie, "پذیرفتن", "تنظیمات کوکی")
        doc.chrome(f'<header class="site"><a href="/" class="logo">{e(h.name)}</a><span>{e(h.tagline)}</span>'
                   '<form class="search"><input name="q" placeholder="جستجو"><button>جستجو</button></form></header>\n',
                   h.name, h.tagline, "جستجو")
        _menu(doc, h, "main-nav")
    elif k == "mailarchive":
        doc.chrome(f'<nav class="navbar"><a class="navbar-brand" href="/">{e(h.name)}</a><ul>'
                   + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul></nav>\n", h.name, *h.menu)
        doc.chrome(f'<ol class="breadcrumb"><li><a href="/archives/">فهرست‌ها</a></li><li>{_list_addr(h)}</li>'
                   "</ol>\n", "فهرست‌ها", _list_addr(h))
    elif k == "lite":
        doc.chrome(f'<p><b><a href="/">{e(h.name)}</a></b> - {e(h.tagline)}</p>\n', f"{h.name} - {h.tagline}")
        doc.chrome("<p>" + " | ".join(f'<a href="/{i}">{e(x)}</a>' for i, x in enumerate(h.menu)) + "</p>\n",
                   " | ".join(h.menu))
    elif k == "archive":
        when = f"{crawl.astimezone(UTC):%-d %b %Y %H:%M:%S} UTC"
        host = url.split("/")[2]
        rows = ["archive.today webpage capture", f"Saved from {url}", "search", when,
                f"All snapshots from host {host}", "Webpage | Screenshot",
                "share | download .zip | report bug or abuse | Buy me a coffee"]
        doc.chrome('<div id="HEADER"><table>' + "".join(f"<tr><td>{e(x)}</td></tr>" for x in rows)
                   + "</table></div>\n", *rows)
        out = h.s["outlet"]
        doc.chrome(f'<div id="CONTENT"><div class="o-head"><a class="logo">{e(out)}</a></div>\n', out)
        _menu(doc, h, "o-nav")
    elif k in ("crowdfund", "petition"):
        doc.chrome(f'<header class="plat"><a href="/" class="logo">{e(h.name)}</a><span>{e(h.tagline)}</span>'
                   "</header>\n", h.name, h.tagline)
        _menu(doc, h, "plat-nav")
    elif k == "social":
        bar = f"اپلیکیشن {h.name} را نصب کنید؛ سریع‌تر و بدون تبلیغ"
        doc.chrome(f'<div class="app-bar"><span>{bar}</span><a href="/app.apk">نصب</a><a>×</a></div>\n', bar, "نصب",
                   "×")
        doc.chrome(f'<header><a href="/" class="logo">{e(h.name)}</a><span>{e(h.tagline)}</span></header>\n', h.name,
                   h.tagline)
        _menu(doc, h, "sv-nav")


def _footer(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    k = h.s["kind"]
    year = jalali_day(crawl).year
    if k == "wiki":
        edit = crawl - dt.timedelta(days=stable(h.domain, crawl.day) % 200 + 1, hours=3)
        last = dg(f"این صفحه آخرین‌بار در {_jday(edit)} ساعت {edit.astimezone(TEHRAN):%H:%M} ویرایش شده است.", "fa")
        lic = "متن تحت مجوز Creative Commons Attribution 2.5 در دسترس است."
        links = "سیاست حفظ حریم خصوصی | درباره ویکی‌خبر | تکذیب‌نامه‌ها | نسخهٔ تلفن همراه"
        doc.chrome(f'<div id="footer"><ul><li>{last}</li><li>{lic}</li></ul><p>{links}</p></div>\n', last, lic, links)
    elif k == "telegraph":
        doc.chrome('<div class="tl_page_footer"><div id="_report_button">Report content on this page</div></div>\n',
                   "Report content on this page")
    elif k == "lite":
        doc.chrome(f"<hr><p>نسخه سبک {e(h.name)} برای اینترنت کند و گوشی‌های ساده</p>\n",
                   f"نسخه سبک {h.name} برای اینترنت کند و گوشی‌های ساده")
    elif k == "mailarchive":
        power = "Powered by HyperKitty version 1.3.7."
        doc.chrome(f"<footer><p>{power}</p></footer>\n", power)
    elif k == "archive":
        rights = dg(f"© {year} {h.s['outlet']} - همه حقوق محفوظ است", "fa")
        doc.chrome(f'<footer class="o-foot"><p>{e(rights)}</p></footer></div>\n', rights)
    elif k == "codal":
        rights = "کلیه حقوق این سامانه متعلق به سازمان بورس و اوراق بهادار است."
        doc.chrome(f'<footer><p>{rights}</p><p>پشتیبانی: ۰۲۱-۸۸۸۸۸۸۸۸</p></footer>\n', rights, "پشتیبانی: ۰۲۱-۸۸۸۸۸۸۸۸")
    elif k == "epaper":
        site = f"www.{h.domain.split('.', 1)[1]}"
        doc.chrome(f'<footer class="ep-foot"><p>{_owner(h)}</p><p>{site}</p></footer>\n', _owner(h), site)
    elif k in ("crowdfund", "petition"):
        trust = "نماد اعتماد الکترونیکی" if k == "crowdfund" else "قوانین و مقررات | حریم خصوصی | پرسش‌های متداول"
        rights = dg(f"{h.name} © {year}", "fa")
        doc.chrome(f'<footer><p>{trust}</p><p>{e(rights)}</p></footer>\n', trust, rights)
    else:
        rights = dg(f"کلیه حقوق برای {h.name} محفوظ است © {year}", "fa")
        doc.chrome(f'<footer class="site-foot"><p>{e(rights)}</p><p><a href="/about">درباره ما</a> | '
                   '<a href="/contact">تماس با ما</a></p></footer>\n', rights, "درباره ما | تماس با ما")


# ---------------------------------------------------------------------------------------------- article


def _company(h: Host) -> str:
    return {"bank_mergers": "بانک آینده‌سازان (سهامی عام)", "paper_industry": "صنایع چوب و کاغذ مازندران (سهامی عام)"
            }.get(h.family, h.name)


def article_doc(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, form: str,
                crawl: dt.datetime, url: str) -> Doc:
    """An article page of ``form``; sets ``g["_shown"]`` (date line, local instant, timed) and whether markup holds
    the instant (``g["_markup"]``)."""
    doc = Doc()
    shown = shown_date(pub, form)
    g["_shown"], g["_markup"] = shown, False
    sec, title, lead, paras, agency = g["section"], g["title"], g["lead"], g["body_paragraphs"], g["agency"]
    _top(doc, h, r, crawl, url)
    loc = shown[1]
    who = f"{pick(r, FIRST)} {pick(r, LAST)}"
    if form == "wiki":
        doc.add(f'<div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading">{e(title)}</h1>\n',
                [("title", title)])
        sub = f"از {h.name}، {h.tagline}"
        doc.chrome(f'<div id="bodyContent"><div id="siteSub">{e(sub)}</div><div class="mw-parser-output">\n', sub)
        doc.chrome(f"<p><b>{shown[0]}</b></p>\n", shown[0])
        _body(doc, paras)
        if agency:
            src = f"{AGENCIES[agency][0]} — «{title}» — {_jday(pub)}"
            doc.chrome('<h2><span class="mw-headline">منابع</span><span class="mw-editsection">[ویرایش]</span></h2>'
                       f"<ul><li>{e(src)}</li></ul>\n", "منابع[ویرایش]", src)
        doc.chrome('<h2><span class="mw-headline">اخبار مرتبط</span><span class="mw-editsection">[ویرایش]</span></h2>'
                   "\n", "اخبار مرتبط[ویرایش]")
        doc.chrome("<ul>" + "".join(f"<li><a>{e(x)}</a></li>" for x in others[6:10]) + "</ul></div>\n", *others[6:10])
        cats = [sec, "ایران", dg(f"{JMONTHS[jalali_day(loc).month - 1]} {jalali_day(loc).year}", "fa")]
        doc.chrome('<div id="catlinks"><a href="/wiki/رده:همه">رده‌ها</a>: <ul>'
                   + "".join(f"<li><a>{e(x)}</a></li>" for x in cats) + "</ul></div></div></div>\n", "رده‌ها:", *cats)
    elif form == "epaper":
        n = stable(h.domain) % 3000 + 2000 + (loc.date() - dt.date(2016, 1, 1)).days * 6 // 7
        issue = dg(f"شماره {n} | ", "fa") + shown[0]
        doc.chrome(f'<div class="issue">{issue}</div>\n', issue)
        page = r.randint(2, 16)
        strip = "صفحات: " + " ".join(dg(str(k), "fa") for k in range(1, 17))
        doc.chrome(f'<div class="pages">{strip}</div>\n', strip)
        ptitle = dg(f"صفحه {page} - ", "fa") + sec
        doc.chrome(f'<div class="page-title">{e(ptitle)}</div><div class="thumb"><img src="/p{page}.jpg" '
                   'alt=""><a href="/pdf">دانلود PDF این صفحه</a></div>\n', ptitle, "دانلود PDF این صفحه")
        doc.add(f'<div class="article"><h1>{e(title)}</h1>\n', [("title", title)])
        if lead:
            doc.add(f'<p class="lead">{e(lead)}</p>\n', [("lead", lead)])
        _body(doc, paras)
        doc.chrome(f'<p class="writer">گزارش: {e(who)}</p></div>\n', f"گزارش: {who}")
        if agency:
            doc.chrome(f'<p class="source">{e(source_credit(agency))}</p>\n', source_credit(agency))
        linked_titles(doc, "سایر مطالب این صفحه", others[6:11], "others")
    elif form == "pressroom":
        crumbs = ["خانه", "اتاق خبر", sec]
        doc.chrome('<div class="crumbs">' + " / ".join(f"<a>{e(x)}</a>" for x in crumbs) + "</div>\n",
                   " / ".join(crumbs))
        doc.chrome('<div class="pr-label"><span>اطلاعیه مطبوعاتی</span> <span>برای انتشار فوری</span></div>\n',
                   "اطلاعیه مطبوعاتی برای انتشار فوری")
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        meta = dg(f"{shown[0]} | شماره: {r.randint(10, 400)}/{jalali_day(loc).year}", "fa")
        doc.chrome(f'<div class="meta">{meta}</div>\n', meta)
        if lead:
            doc.add(f'<p class="summary"><em>{e(lead)}</em></p>\n', [("lead", lead)])
        dateline = f"{pick(r, ['تهران', 'ساری', 'مشهد'])} - {_jday(pub)}"
        doc.chrome(f'<p class="dateline"><strong>{dateline}</strong></p>\n', dateline)
        _body(doc, paras)
        about = (f"{h.name.split(' (')[0]} از پیشگامان صنعت خود در ایران است و با شبکه‌ای گسترده از شعب و نمایندگی‌ها "
                 "در سراسر کشور به مشتریان خدمت می‌کند.")
        phone = dg(f"021-{stable(h.domain) % 9000000 + 1000000}", "fa")
        contact = f"تماس با رسانه‌ها: روابط عمومی، تلفن {phone}، pr@{h.domain.split('.', 1)[1]}"
        doc.chrome(f'<p>###</p><div class="boiler"><h3>درباره {e(h.name)}</h3><p>{e(about)}</p></div>'
                   f'<p class="contact">{e(contact)}</p><div class="dl"><a>دانلود نسخه PDF اطلاعیه</a> | '
                   "<a>تصاویر با کیفیت بالا</a></div>\n", f"درباره {h.name}", about, contact,
                   "دانلود نسخه PDF اطلاعیه | تصاویر با کیفیت بالا")
        linked_titles(doc, "سایر اطلاعیه‌ها", others[6:10], "more")
    elif form == "codal":
        sym = pick(random.Random(h.domain), SYMBOLS.get(h.family, ["نماد"]))
        sent = loc - dt.timedelta(minutes=r.randint(3, 50))
        js = jalali_day(sent)
        sent_s = dg(f"{js.year}/{js.month:02d}/{js.day:02d} {sent:%H:%M:%S}", "fa")
        cells = [("نام شرکت:", _company(h)), ("نماد:", sym), ("کد صورت:", dg(str(r.randint(10**5, 10**6)), "fa")),
                 ("سال مالی منتهی به:", dg(f"{jalali_day(loc).year}/12/29", "fa")), ("گروه:", sec),
                 ("تاریخ ارسال:", sent_s), ("تاریخ انتشار:", shown[0])]
        doc.chrome('<table class="info">' + "".join(f"<tr><td>{a}</td><td>{e(b)}</td></tr>" for a, b in cells)
                   + "</table>\n", *[x for c in cells for x in c])
        kind = pick(r, DISCLOSURES)
        doc.chrome(f'<h2 class="kind">{kind}</h2><div class="subject"><label>موضوع:</label>\n', kind, "موضوع:")
        doc.add(f"<h1>{e(title)}</h1></div>\n", [("title", title)])
        _body(doc, paras)
        sign = f"{who} - مدیر عامل"
        doc.chrome(f'<div class="sign"><h4>امضاکنندگان اطلاعیه</h4><p>{e(sign)}</p></div><div class="att">'
                   "پیوست‌ها: دانلود فایل PDF | دانلود فایل اکسل</div>\n", "امضاکنندگان اطلاعیه", sign,
                   "پیوست‌ها: دانلود فایل PDF | دانلود فایل اکسل")
        linked_titles(doc, "آخرین اطلاعیه‌های ناشر", others[6:10], "recent")
    elif form == "reportage":
        crumbs = ["صفحه اصلی", sec]
        doc.chrome('<div class="breadcrumb">' + " » ".join(f"<a>{e(x)}</a>" for x in crumbs) + "</div>\n",
                   " » ".join(crumbs))
        doc.chrome('<div class="sponsored">محتوای حمایت‌شده</div>\n', "محتوای حمایت‌شده")
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        meta = f"{shown[0]} | " + dg(f"کد خبر: {r.randint(10**4, 10**6)}", "fa")
        doc.chrome(f'<div class="meta">{meta}</div>\n', meta)
        if lead:
            doc.add(f'<p class="lead">{e(lead)}</p>\n', [("lead", lead)])
        _body(doc, paras)
        disc = "این مطلب به صورت رپورتاژ آگهی منتشر شده و مسئولیت محتوای آن بر عهده سفارش‌دهنده است."
        doc.chrome(f'<div class="disclaimer">{disc}</div>\n', disc)
        linked_titles(doc, "آخرین اخبار", others[6:11], "latest")
        linked_titles(doc, "پربازدیدها", others[11:15], "most")
    elif form == "mailarchive":
        doc.chrome('<div class="thread-nav"><a>« پیام قبلی</a> | <a>پیام بعدی »</a></div>\n',
                   "« پیام قبلی | پیام بعدی »")
        doc.add(f'<h1 class="subject">{e(title)}</h1>\n', [("title", title)])
        sender = f"{who} ({pick(r, ['gmail.com', 'yahoo.com', h.domain.split('.', 1)[1]])})"
        doc.chrome(f'<div class="email-header"><div class="sender">{e(sender)}</div><div class="date" '
                   f'title="{loc.isoformat()}">{shown[0]}</div></div>\n', sender, shown[0])
        doc.add('<div class="email-body">\n')
        _body(doc, paras)
        if agency:
            doc.chrome(f"<p>{e(source_credit(agency))}</p>\n", source_credit(agency))
        sig = [who, pick(r, ["کارشناس ارشد صنایع سلولزی", "عضو هیئت مدیره انجمن", "پزشک عمومی", "دبیر گروه"])]
        doc.chrome("<p>--<br>" + "<br>".join(e(x) for x in sig) + "</p></div>\n", "--", *sig)
        replies = dg(f"{r.randint(0, 9)} پاسخ", "fa")
        doc.chrome(f'<div class="email-info"><a>پاسخ</a> | <a>بازگشت به رشته</a> | <span>{replies}</span></div>\n',
                   f"پاسخ | بازگشت به رشته | {replies}")
        linked_titles(doc, "سایر رشته‌های این ماه", others[6:11], "threads")
    elif form == "telegraph":
        doc.add(f'<div class="tl_page"><article id="_tl_editor" class="tl_article_content"><h1>{e(title)}<br></h1>\n',
                [("title", title)])
        channel = h.s["account"].replace("_", " ")
        u = loc.astimezone(UTC)
        doc.chrome(f'<address><a rel="author" href="https://t.me/{h.s["account"]}">{e(channel)}</a><br>'
                   f'<time datetime="{u:%Y-%m-%dT%H:%M:%S}+0000">{shown[0]}</time></address>\n', channel, shown[0])
        g["_markup"] = True
        _body(doc, paras)
        doc.chrome(f'<p>🆔 @{h.s["account"]}</p></article></div>\n', f"🆔 @{h.s['account']}")
    elif form == "lite":
        crumbs = ["خانه", sec]
        doc.chrome("<p>" + " / ".join(f"<a>{e(x)}</a>" for x in crumbs) + "</p>\n", " / ".join(crumbs))
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        doc.chrome(f"<p><small>{shown[0]}</small></p>\n", shown[0])
        _body(doc, paras)
        if agency:
            doc.chrome(f"<p>{e(source_credit(agency))}</p>\n", source_credit(agency))
        doc.chrome("<hr><p><b>آخرین خبرها</b></p><ul>" + "".join(f"<li><a>{e(x)}</a></li>" for x in others[6:11])
                   + "</ul>\n", "آخرین خبرها", *others[6:11])
        doc.chrome("<p><a>نسخه کامل این خبر</a> | <a>بالای صفحه</a></p>\n", "نسخه کامل این خبر | بالای صفحه")
    elif form == "archive":
        doc.chrome(f'<div class="chip"><a>{e(sec)}</a></div>\n', sec)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        doc.chrome(f'<div class="date">{shown[0]}</div>\n', shown[0])
        if lead:
            doc.add(f'<p class="lead">{e(lead)}</p>\n', [("lead", lead)])
        _body(doc, paras)
        if agency:
            doc.chrome(f'<p class="source">{e(source_credit(agency))}</p>\n', source_credit(agency))
        linked_titles(doc, "اخبار مرتبط", others[6:10], "related")
    elif form == "crowdfund":
        doc.chrome(f'<div class="cat"><a href="/c/{stable(sec) % 99}">{e(sec)}</a></div>\n', sec)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        charity = pick(random.Random(h.domain), ["مهر ماندگار", "دست‌های مهربان", "نیک‌اندیشان"])
        org = f"برگزارکننده: موسسه خیریه {charity}"
        goal = r.randint(5, 80) * 10**7
        got = goal * r.randint(5, 95) // 100
        prog = [f"{fa_count(got)} تومان جمع‌آوری شده از {fa_count(goal)} تومان", dg(f"{got * 100 // goal}٪", "fa"),
                f"{fa_count(r.randint(20, 3000))} حامی", dg(f"{r.randint(1, 40)} روز باقی‌مانده", "fa")]
        doc.chrome(f'<div class="org">{e(org)} ✔</div><div class="progress">'
                   + "".join(f"<div>{x}</div>" for x in prog) + "</div>\n", f"{org} ✔", *prog)
        doc.chrome('<form class="give"><input placeholder="مبلغ دلخواه (تومان)"><button>حمایت می‌کنم</button></form>\n',
                   "حمایت می‌کنم")
        started = f"تاریخ شروع کارزار: {shown[0]}"
        doc.chrome(f'<div class="started">{started}</div><h2>داستان کارزار</h2>\n', started, "داستان کارزار")
        if lead:
            doc.add(f'<p class="lead"><b>{e(lead)}</b></p>\n', [("lead", lead)])
        _body(doc, paras)
        ups = []
        t = pub
        for _ in range(r.randint(1, 3)):
            t = t + dt.timedelta(days=r.randint(2, 20))
            ups.append((_jday(t), pick(r, UPDATES)))
        doc.chrome('<h2>به‌روزرسانی‌ها</h2>' + "".join(f'<div class="update"><time>{a}</time><p>{b}</p></div>'
                                                    for a, b in ups) + "\n", "به‌روزرسانی‌ها",
                   *[x for u in ups for x in u])
        donors = [f"{pick(r, DONORS)} — {fa_count(r.randint(1, 50) * 10000)} تومان — "
                  + dg(f"{r.randint(1, 23)} ساعت پیش", "fa") for _ in range(3)]
        linked_titles(doc, "حامیان اخیر", donors, "donors")
        linked_titles(doc, "کارزارهای دیگر", others[6:9], "others")
    elif form == "petition":
        to = f"خطاب به: {pick(r, TARGETS)}"
        doc.chrome(f'<div class="to">{e(to)}</div>\n', to)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        meta = f"شروع‌کننده: {who} | ایجاد شده در {shown[0]} | دسته‌بندی: {sec}"
        doc.chrome(f'<div class="meta"><span>شروع‌کننده: {e(who)}</span> | <span>ایجاد شده در {shown[0]}</span> | '
                   f'<span>دسته‌بندی: <a>{e(sec)}</a></span></div>\n', meta)
        _body(doc, paras)
        n = r.randint(200, 40000)
        box = [f"{fa_count(n)} امضا", f"هدف: {fa_count((n // 5000 + 1) * 5000)}",
               "نام من در فهرست امضاکنندگان نمایش داده شود", "امضا می‌کنم"]
        doc.chrome(f'<div class="sign-box"><div>{box[0]}</div><div>{box[1]}</div><form><input placeholder="نام و نام '
                   'خانوادگی"><input placeholder="ایمیل"><label><input type="checkbox">' + box[2] + "</label><button>"
                   + box[3] + "</button></form></div>\n", *box)
        signers = [f"{pick(r, FIRST)} {pick(r, LAST)[0]}. — " + dg(f"{r.randint(1, 59)} دقیقه پیش", "fa")
                   for _ in range(4)]
        linked_titles(doc, "آخرین امضاها", signers, "recent")
        doc.chrome('<div class="share">هم‌رسانی: تلگرام | واتساپ | توییتر</div>\n', "هم‌رسانی: تلگرام | واتساپ | توییتر")
        linked_titles(doc, "کارزارهای مشابه", others[6:9], "similar")
    else:  # social
        acc = h.s["account"]
        followers = dg(r.randint(11, 99) / 10, "fa").replace(".", "٫")
        stats = f"{followers} میلیون دنبال‌کننده · {fa_count(r.randint(900, 20000))} پست"
        doc.chrome(f'<div class="profile"><img alt="{acc}"><div class="user">@{acc}</div><div class="stats">{stats}'
                   '</div><a class="follow">دنبال کردن</a></div>\n', f"@{acc}", stats, "دنبال کردن")
        tags = " ".join("#" + x.replace(" ", "_") for x in h.sections[:3])
        doc.add(f'<div class="post"><div class="caption"><strong>{e(title)}</strong><br><br>\n', [("title", title)])
        _body(doc, paras, "br")
        doc.chrome(f"{e(tags)}</div>\n", tags)
        counts = f"❤️ {fa_count(r.randint(100, 90000))} · 💬 {fa_count(r.randint(3, 900))}"
        u = loc.astimezone(UTC)
        doc.chrome(f'<div class="counts">{counts}</div><div class="time"><time datetime="{u:%Y-%m-%dT%H:%M:%S}.000Z">'
                   f"{shown[0]}</time></div></div>\n", counts, shown[0])
        g["_markup"] = True
        coms = [f"{pick(r, ['mahsa', 'ali.r', 'negin_99', 'hamid.t'])}: {pick(r, COMMENTS)}" for _ in range(3)]
        linked_titles(doc, "نظرات", coms, "comments", "h4")
        doc.chrome('<a class="dl">دانلود این پست</a>\n', "دانلود این پست")
        linked_titles(doc, f"پست‌های دیگر @{acc}", others[6:10], "more")
    _footer(doc, h, r, crawl)
    return doc


def negative_doc(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime, url: str) -> Doc:
    """A page that is no article: a listing, a «not found» page in the chrome, an empty page."""
    doc = Doc()
    if kind == "empty":
        doc.chrome("<div><p>در حال بارگذاری...</p></div>\n", "در حال بارگذاری...")
        return doc
    _top(doc, h, r, crawl, url)
    if kind == "listing":
        head = {"wiki": "رویدادهای کنونی", "epaper": "آرشیو روزنامه", "codal": "جستجوی اطلاعیه‌ها",
                "mailarchive": "بایگانی ماهانه", "crowdfund": "کارزارهای فعال", "petition": "کارزارهای داغ",
                "social": f"پست‌های @{h.s['account']}"}.get(h.s["kind"]) or pick(r, h.sections)
        doc.chrome(f"<h1>{e(head)}</h1>\n", head)
        for i, t in enumerate(others[5:20]):
            when = _jday(crawl - dt.timedelta(hours=7 * i + 2))
            doc.chrome(f'<div class="item"><h3><a href="/n/{stable(t) % 10**6}">{e(t)}</a></h3><span>{when}</span>'
                       "</div>\n", t, when)
    else:
        msg = {"telegraph": "404 Not Found", "mailarchive": "پیام مورد نظر در بایگانی پیدا نشد.",
               "crowdfund": "این کارزار به پایان رسیده یا حذف شده است.", "petition": "کارزار مورد نظر یافت نشد.",
               "social": "این پست خصوصی است یا حذف شده است."}.get(h.s["kind"], "صفحه مورد نظر یافت نشد.")
        doc.chrome(f'<div class="err"><h1>خطا</h1><p>{msg}</p></div>\n', "خطا", msg)
    if h.s["kind"] != "telegraph":
        linked_titles(doc, "پربازدیدترین‌ها", others[20:24], "most")
    _footer(doc, h, r, crawl)
    return doc


# ---------------------------------------------------------------------------------------------- render


def render_html(h: Host, doc: Doc, g: dict, url: str, form: str) -> str:
    title = g.get("title") or h.name
    if form == "lite":  # (no styles, no scripts: the page for slow connections)
        return (f'<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{e(title)}</title>'
                f"</head>\n<body>\n{doc.html()}</body></html>\n")
    metas = ['<meta charset="utf-8">', f"<title>{e(title)} - {e(h.name)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if form == "archive":  # (archive.today keeps the captured page's canonical link)
        metas[1] = f"<title>{e(title)} - {e(h.s['outlet'])}</title>"
    metas.append(f'<link rel="canonical" href="{e(url)}">')
    if g.get("kind") == "article" and form in ("telegraph", "social", "reportage", "pressroom"):
        metas.append(f'<meta property="og:title" content="{e(title)}">')
    if g.get("kind") == "article" and form == "telegraph":
        u = g["_shown"][1].astimezone(UTC)
        metas.append(f'<meta property="article:published_time" content="{u:%Y-%m-%dT%H:%M:%S}+0000">')
    if g.get("kind") == "article" and form == "reportage":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": g["_shown"][1].isoformat(), "publisher": {"@type": "Organization", "name": h.name}}
        metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    if form == "wiki":
        metas.append('<script>RLCONF={"wgCanonicalNamespace":"","wgAction":"view","wgIsArticle":true};</script>')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px;color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}"
                    for k in range(100 + stable(h.domain) % 250))
    metas.append(f"<style>{rules}</style>")
    head = "\n".join(metas) + "\n"
    return f'<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n</html>\n'


def _wrap(p: str, width: int) -> list[str]:
    """A paragraph hard-wrapped at a column's width (kept whole when its spaces are not single)."""
    words = p.split(" ")
    if any(not w for w in words):
        return [p]
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    # (a long story runs over the page's width: a column of more than 30 lines is no column)
    return _wrap(p, width * 2) if len(lines) > 30 else lines


def pdf_text(h: Host, r: random.Random, g: dict, others: list[str], pub: dt.datetime) -> tuple[str, list[str]]:
    """An e-paper page's PDF as ``pdftotext`` gives it (the story's paragraphs wrapped at the column) and its chrome."""
    loc = pub.astimezone(TEHRAN)
    j = jalali_day(loc)
    year = YEAR_WORDS[min(len(YEAR_WORDS) - 1, j.year - NEWSPAPER_YEAR.get(h.domain, 1385))]
    n = stable(h.domain) % 3000 + 2000 + (loc.date() - dt.date(2016, 1, 1)).days * 6 // 7
    page = r.randint(2, 16)
    day = f"{WEEKDAYS[loc.weekday()]} {j.day} {JMONTHS[j.month - 1]} {j.year}"
    head = dg(f"{day} | سال {year} | شماره {n} | ", "fa") + (g["section"] or "")
    out = [dg(str(page), "fa"), h.name, h.tagline, head]
    chrome = list(out)
    if r.random() < 0.5:
        out.append(others[6])
        chrome.append(others[6])
    out.append(g["title"])
    if g["lead"]:
        out.append(g["lead"])
    paras = g["body_paragraphs"]
    cut = len(paras) // 2 if len(paras) > 3 and r.random() < 0.5 else None
    for k, p in enumerate(paras):
        if k == cut:  # (the column ends: the next column's foot holds another story's headline)
            out.append(others[7])
            chrome.append(others[7])
        out += _wrap(p, h.s["width"])
    who = f"گزارش: {pick(r, FIRST)} {pick(r, LAST)}"
    tail = [who, dg(f"ادامه در صفحه {page + r.randint(1, 4)}", "fa"), others[8], _owner(h),
            f"www.{h.domain.split('.', 1)[1]}"]
    if g["agency"]:
        tail.insert(1, source_credit(g["agency"]))
    out += tail
    chrome += tail
    return "\n".join(out) + "\n", chrome


def eml_text(h: Host, r: random.Random, g: dict, pub: dt.datetime) -> tuple[str, list[str]]:
    """The list's mail as raw text (its headers, the headline again, the paragraphs, the signature, the list footer)."""
    lst = LISTS.get(h.family, "khabar")
    who = f"{pick(r, FIRST)} {pick(r, LAST)}"
    mid = hashlib.md5(f"{h.domain}{g['title']}".encode()).hexdigest()[:16]
    head = [f'From: "{who}" <{mid[:6]}@gmail.com>', f"To: {lst}@{h.domain}", f"Subject: [{lst}] {g['title']}",
            f"Date: {shown_date(pub, 'eml')[0]}", f"Message-ID: <{mid}@mail.gmail.com>", "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit",
            f"List-Id: <{lst}.{h.domain}>"]
    body = [g["title"], *g["body_paragraphs"]]
    tail = ([source_credit(g["agency"])] if g["agency"] else []) + ["--", who]
    foot = ["_______________________________________________", f"{lst} mailing list", f"{lst}@{h.domain}",
            f"https://{h.domain}/mailman/listinfo/{lst}"]
    text = "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(tail) + "\n\n" + "\n".join(foot) + "\n"
    return text, head + tail + foot


# ---------------------------------------------------------------------------------------------- build


def build(out_dir, n: int = 400, seed: int = 347, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="al", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-al:{seed}:page:{i}")
        is_html = r.random() < s["html_p"]
        form = s["html_forms"][0]
        tform = None if is_html else pick(r, s["txt_forms"])
        fmt = "html" if is_html else "txt"
        key = str(400000 + i * 7919 % 500000)
        crawl = pub_time(r) + dt.timedelta(days=400)
        domain = f"www.{s['outlet_domain']}" if form == "archive" else h.domain
        url = f"https://{domain}/news/{key}"
        pdf_chrome: list[str] | None = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 30))
            kind = p["kind"]
            if kind == "empty":
                tform, fmt = "copy", "txt"
            elif tform in ("pdf", "eml"):  # (a listing or a «not found» page is no PDF page nor mail)
                tform = "copy"
            doc = negative_doc(h, r, kind, others, crawl, url)
            gold = negative_gold(kind)
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                pub = pub_time(r)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            if form == "telegraph":
                pub = same_day_in_utc(pub)
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, r, paras, lead, st["dataset"])
            shows_section = form not in NO_SECTION and tform != "eml"
            sec = ("رپورتاژ آگهی" if form == "reportage" else h.sections[stable(st["key"], h.domain) % len(h.sections)])
            gold = {"kind": "article", "title": st["title"], "section": sec if shows_section else None, "lead": lead,
                    "surtitle": None, "body_paragraphs": paras, "agency": agency, "published_iso": None,
                    "published_jalali": None, "published_time": None, "cluster": None, "source": None,
                    "source_key": st["key"], "edits": edits}
            others = [t for t in r.sample(titles, min(len(titles), 31)) if t != st["title"]][:30]
            crawl = pub + dt.timedelta(days=r.randint(1, 900), hours=r.randint(0, 23))
            doc = article_doc(h, r, gold, pub, others, key, form, crawl, url)
            if tform == "pdf":
                text, pdf_chrome = pdf_text(h, r, gold, others, pub)
                gold["_shown"] = shown_date(pub, "pdf")
            elif tform == "eml":
                text, pdf_chrome = eml_text(h, r, gold, pub)
                gold["_shown"] = shown_date(pub, "eml")
            _, loc, timed = gold["_shown"]
            gold["published_iso"] = loc.date().isoformat()
            gold["published_jalali"] = jalali_day(loc).strftime("%Y/%m/%d")
            in_markup = fmt == "html" and gold["_markup"]  # (<time datetime>, article:published_time, JSON-LD)
            gold["published_time"] = loc.isoformat() if timed or in_markup else loc.date().isoformat()
        if fmt == "html":
            text = render_html(h, doc, gold, url, form)
        elif pdf_chrome is None:
            text = aj_render_text(h, doc, gold, tform, url, crawl, r)
        chrome_src = pdf_chrome if pdf_chrome is not None else doc.lines("c")
        if tform == "wet":
            chrome_src = list(gold.get("_wet") or []) + chrome_src
        for k in ("_shown", "_markup", "_wet"):
            gold.pop(k, None)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(chrome_src, gold["body_paragraphs"])
        rows.append(gold_row(name, "families-al", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"al{seed}")
