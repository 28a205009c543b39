"""Family set AM: eight families of kinds of the real Persian web no earlier set has modelled: documents published to
the web (a Google Docs «Publish to the web» page and a self-hosted document server's), Notion public pages, Wix
sites' blog posts, Telegram Desktop's HTML export of a channel and a WhatsApp chat export, paste sites, thread-unroll
pages of a posted thread, AMP web stories, sports match centres and academic conference sites' news pages, written
blind to the extractor.

    build(out_dir, n, seed=349, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/extract/`` nor ``src/palayesh/normalize/`` nor running palayesh on these pages; the structure imitates
real pages (invented hosts, names; stories from the corpus). Tables in :mod:`site_families_am_tables`. Families
(subjects in no earlier set), each of three hosts of different shapes:

- ``beach_football``   beach football: a match centre, a paste site, a club's Wix blog;
- ``pension_funds``    pension funds: a Google Docs bulletin, a channel's Telegram export, a thread unroll;
- ``science_museums``  science museums: a conference site, web stories, a Notion page;
- ``water_polo``       water polo: a match centre, a Wix blog, a sports-science conference;
- ``medical_tourism``  medical tourism: a published document server, a thread archive, a group's chat export;
- ``snowbound_roads``  snowbound roads: web stories, a paste site, a volunteers' Notion page;
- ``dairy_prices``     dairy prices: web stories, a conference site, a paste site;
- ``school_buses``     school buses: a parents' Notion page, a thread unroll, a school's Wix blog.

Every form below has hosts in the open half (``amdev``: the 1st, 3rd, 5th and 7th families) and in the held half.

Each host saves its HTML pages in one form (:data:`site_families_am_tables.FORMS`):

- ``gdocs``       a document published to the web: Google's (``#title-banner`` with the file's name and «Updated
  automatically every 5 minutes», ``doc-content`` paragraphs with ``c1``/``c3`` classes, the headline in the
  document's «Title» style and the lead in its «Subtitle» style, a bulletin line «… | بولتن شماره ۱۲», the day as a
  line of its own «شنبه ۱۴ آذر ۱۴۰۵» or none at all, «منبع: …», the footer «Published using Google Docs | Report
  abuse | Learn more») or a self-hosted document server's («این سند به صورت عمومی منتشر شده است», «تاریخ:
  ۱۴۰۵/۰۹/۱۴»); no section;
- ``notion``      a Notion public page: the top bar «workspace / خبرها / headline», the page icon and title, the
  property rows «تاریخ | December 5, 2026 10:23 AM» (Tehran's clock), «دسته | X» (the section), «برچسب‌ها»,
  «وضعیت», a callout block «💡 …» (the lead), text blocks, a «پیوندهای مرتبط» toggle, «Powered by Notion»;
- ``wix``         a Wix site's blog post: the free plan's banner («This site was designed with the Wix.com website
  builder. …»), the site's menu, the blog's category bar (every category), «author ۵ دسامبر ۲۰۲۶ · ۲ دقیقه
  مطالعه» (a Gregorian day in Persian words), the post, its category under it (the section), views / comments / likes,
  «پست‌های اخیر», the comment box, «ساخته شده با Wix.com»;
- ``tgexport``    Telegram Desktop's export of a channel (``messages.html``): the channel's name, service lines with the
  English day «5 December 2026», messages with their clock «10:23» and ``title="05.12.2026 10:23:00 UTC+03:30"``, the
  story a message of its own (headline in bold, ``<br><br>`` paragraphs, «🆔 @channel», forwarded from an agency's
  channel when it credits one) among short posts before and after it; no section;
- ``paste``       a paste site: the paste's title, «مهمان», the day «Dec 5th, 2026», views, «انقضا: هرگز», the
  toolbar «text 3.45 KB | None» / «raw download clone embed print report», the text as numbered lines (a paragraph
  a line, blank lines between), on one host the «RAW Paste Data» box repeating it, «متن‌های عمومی»; no section;
- ``thread``      a thread-unroll page: the author's box («دنبال کردن»), «Dec 5, 2026 • ۸ توییت • ۳ دقیقه مطالعه •
  Read on X» (the UTC day; the instant as a Unix ``data-time``), the first post the headline, a post a paragraph,
  «• • •», «Missing some Tweet in this thread? …», «Keep Current with …», «Save as PDF», hot threads; no section;
- ``webstory``    an AMP web story (``<html ⚡>``, ``amp-story`` with ``amp-story-page`` pages): the cover's kicker (the
  section), headline, lead, the publisher and «۱۴ آذر ۱۴۰۵», a paragraph a page, the credit on the last page, «استوری‌های
  بیشتر» and the page outlink «مشاهده خبر کامل در سایت»; the instant in JSON-LD;
- ``match``       a sports match centre: today's date in three calendars over the header (the crawl's day), a
  breadcrumb «خانه › X › مرکز مسابقات» (the section), the scoreboard (teams, score, «پایان بازی», the kick-off
  «شنبه ۱۴ آذر ۱۴۰۵ - ساعت ۱۸:۰۰», the venue, the referee), tabs, goals, then the match report (headline, «نویسنده: … |
  انتشار: شنبه ۱۴ آذر ۱۴۰۵ ساعت ۲۰:۱۵», lead, story), the line-ups and the minute-by-minute list;
- ``conference``  an academic conference's site: its name and days, the menu «فراخوان مقالات | محورهای همایش | …»,
  «تاریخ‌های مهم» (deadlines with their days), the breadcrumb «صفحه اصلی » اخبار و اطلاعیه‌ها», the news headline,
  «تاریخ انتشار: ۰۵/۰۹/۱۴» (a two-digit Jalali year), views, the story, «دبیرخانه …», other news, sponsors; no section.

Flat-text pages: ``copy`` (the whole page selected and pasted), ``wet`` (a Common Crawl WET record: ``WARC-Date`` the
crawl's UTC instant, never the story's) and ``whatsapp`` (a group's chat exported from WhatsApp: «12/5/26, 10:23 -
name: …» lines with a Gregorian two-digit year and the phone's Tehran clock, the end-to-end notice days before, chat
before and after, the story a message of its own: its headline on the line after the sender's, its paragraphs between
blank lines).

Gold as AK and AL document it: the title is the visible headline, the section the page's own category (the Notion
page's «دسته», the Wix post's category, the web story's kicker, the match centre's sport; none on a published
document, an export, a chat, a paste, a thread nor a conference's news), the lead the lead box (subtitle, callout,
cover lead), the agency only when the page credits the story to one, ``published_iso`` the day the page shows in
Tehran's time (none on a document that shows none), ``published_time`` the instant with its offset when the page shows
its time or has it in markup, else the day. A match's kick-off, a conference's days and deadlines, today's date over a
match centre, the other messages' and chat lines' clocks, a paste's and a thread's neighbours and ``WARC-Date`` are no
story date. About 7% negatives (a listing, a «not found» page in the chrome, an empty page), ~10% of the stories
republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
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
from site_families_am_tables import (
    CHAT_LINES,
    DEADLINES,
    FAMILIES,
    FORMS,
    GROUPS,
    HANDLES,
    HOSTS,
    MENUS,
    NOTION_PROPS,
    SECTIONS,
    STADIUMS,
    TEAMS,
    WIX_ALL,
)
from site_families_h import (
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
LONG_EMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]
SHORT_EMONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
#: the forms whose pages show no section
NO_SECTION = ("gdocs", "tgexport", "paste", "thread", "conference")
#: the agency habit of each form: keep the story's own credits, credit a «منبع: …» line or a forwarded channel
#: (``source``: the text kept), or rewrite the credits to the host's name (``none``: a conference's own news)
AGENCY = {"gdocs": "source", "tgexport": "source", "paste": "keep", "thread": "keep", "webstory": "source",
          "conference": "none"}
#: the forms that may show a lead (a document's subtitle, a Notion callout, a web story's cover, a match report's)
LEADS = ("gdocs", "notion", "webstory", "match")
#: the bulletin's publisher on a published document (the document's host is no publisher)
ORGS = {"pension_funds": "کانون عالی بازنشستگان", "medical_tourism": "انجمن گردشگری سلامت ایران"}
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its form, flat-text forms and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-am-host:{seed}:{domain}")
    form, txt_forms, html_p = FORMS[family][idx]
    agency = AGENCY.get(form) or pick(r, ["keep", "credit", "none"])
    lead_p = pick(r, [0.4, 0.6, 0.8]) if form in LEADS else 0.0
    s = {"kind": form, "html_forms": [form], "txt_forms": txt_forms, "html_p": html_p, "agency": agency,
         "lead_p": lead_p, "account": pick(r, HANDLES), "google": domain == "docs.google.com",
         "raw": domain == "pasteh.ir", "org": pick(r, ["روابط عمومی", "دفتر ارتباطات", "کمیته اطلاع‌رسانی"])}
    return Host(family, domain, name, tagline, MENUS[form], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _ampm(t: dt.datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def shown_date(t: dt.datetime, form: str) -> tuple[str, dt.datetime, bool]:
    """The date a page of ``form`` shows for instant ``t``, the instant in Tehran's time and whether it shows the
    time: ``shown_date(dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "conference")`` -> («۰۵/۰۹/۱۴», …, False)."""
    loc = t.astimezone(TEHRAN)
    j = jalali_day(loc)
    clock = f"{loc:%H:%M}"
    jday = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    wd = WEEKDAYS[loc.weekday()]
    if form == "gdocs":
        return dg(f"{wd} {jday}", "fa"), loc, False
    if form == "sanad":  # (the self-hosted document server's line)
        return dg(f"تاریخ: {j.year}/{j.month:02d}/{j.day:02d}", "fa"), loc, False
    if form == "notion":
        return f"{LONG_EMONTHS[loc.month - 1]} {loc.day}, {loc.year} {_ampm(loc)}", loc, True
    if form == "wix":
        return dg(f"{loc.day} {GMONTHS[loc.month - 1]} {loc.year}", "fa"), loc, False
    if form == "tgexport":
        off = loc.strftime("%z")
        return f"{loc:%d.%m.%Y %H:%M:%S} UTC{off[:3]}:{off[3:]}", loc, True
    if form == "whatsapp":
        return f"{loc.month}/{loc.day}/{loc:%y}, {clock}", loc, True
    if form == "paste":
        return f"{SHORT_EMONTHS[loc.month - 1]} {_ordinal(loc.day)}, {loc.year}", loc, False
    if form == "thread":
        u = loc.astimezone(UTC)
        return f"{SHORT_EMONTHS[u.month - 1]} {u.day}, {u.year}", loc, False
    if form == "webstory":
        return dg(jday, "fa"), loc, False
    if form == "match":
        return dg(f"{wd} {jday} ساعت {clock}", "fa"), loc, True
    return dg(f"{j.year % 100:02d}/{j.month:02d}/{j.day:02d}", "fa"), loc, False  # conference


def _jday(t: dt.datetime, weekday: bool = False) -> str:
    loc = t.astimezone(TEHRAN)
    j = jalali_day(loc)
    wd = f"{WEEKDAYS[loc.weekday()]} " if weekday else ""
    return dg(f"{wd}{j.day} {JMONTHS[j.month - 1]} {j.year}", "fa")


def _slash(t: dt.datetime) -> str:
    j = jalali_day(t.astimezone(TEHRAN))
    return dg(f"{j.year}/{j.month:02d}/{j.day:02d}", "fa")


def _three_calendars(t: dt.datetime) -> str:
    loc = t.astimezone(TEHRAN)
    hy, hm, hd = hijri(loc.date())
    return (f"امروز: {_jday(loc, True)} - " + dg(f"{hd} {HMONTHS[hm - 1]} {hy}", "fa") + " - "
            + dg(f"{loc.day} {GMONTHS[loc.month - 1]} {loc.year}", "fa"))


# ---------------------------------------------------------------------------------------------- chrome


def _menu(doc: Doc, h: Host, cls: str) -> None:
    if not h.menu:
        return
    items = "".join(f'<li><a href="/p/{stable(x) % 999}">{e(x)}</a></li>' for x in h.menu)
    doc.chrome(f'<nav class="{cls}"><ul>{items}</ul></nav>\n', *h.menu)


def _body(doc: Doc, paras: list[str], open_: str = "<p>", close: str = "</p>") -> None:
    for p in paras:
        doc.add(f"{open_}{e(p)}{close}\n", [("body", p)])


def _who(r: random.Random) -> str:
    return f"{pick(r, FIRST)} {pick(r, LAST)}"


def _conf_days(h: Host, crawl: dt.datetime) -> str:
    """The conference's two days «۲۲ و ۲۳ بهمن ۱۴۰۵» (its site shows them on every page: no story date)."""
    day = (crawl - dt.timedelta(days=stable(h.domain) % 60)).astimezone(TEHRAN)
    a, b = jalali_day(day), jalali_day(day + dt.timedelta(days=1))
    if a.month == b.month:
        return dg(f"{a.day} و {b.day} {JMONTHS[a.month - 1]} {a.year}", "fa")
    return f"{_jday(day)} و {_jday(day + dt.timedelta(days=1))}"


def _top(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    """The site's header and menu (a published document, an export and a web story have none of their own)."""
    k = h.s["kind"]
    if k == "gdocs" and not h.s["google"]:
        note = "این سند به صورت عمومی منتشر شده است"
        doc.chrome(f'<div class="sanad-head"><b>{e(h.name)}</b><span>{note}</span></div>\n', h.name, note)
    elif k == "notion":
        doc.chrome('<div class="notion-topbar-share"><a>Get Notion free</a><a>جستجو</a></div>\n',
                   "Get Notion free", "جستجو")
    elif k == "wix":
        ad = "This site was designed with the Wix.com website builder. Create your website today."
        doc.chrome(f'<div id="WIX_ADS"><a href="https://www.wix.com">{ad}</a><div class="btn">Start Now</div></div>\n',
                   ad, "Start Now")
        doc.chrome(f'<header id="SITE_HEADER"><div data-testid="richTextElement"><h2>{e(h.name)}</h2></div>'
                   f'<div data-testid="richTextElement"><p>{e(h.tagline)}</p></div></header>\n', h.name, h.tagline)
        _menu(doc, h, "wix-menu")
        doc.chrome('<div class="login"><span>ورود / ثبت‌نام</span></div>\n', "ورود / ثبت‌نام")
    elif k == "tgexport":
        doc.chrome(f'<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">'
                   f"{e(h.s['channel'])}</div></div></div>\n", h.s["channel"])
    elif k == "paste":
        doc.chrome(f'<header class="header"><a href="/" class="logo">{e(h.name)}</a><span>{e(h.tagline)}</span>'
                   '<a class="btn">+ متن جدید</a></header>\n', h.name, h.tagline, "+ متن جدید")
        _menu(doc, h, "paste-nav")
    elif k == "thread":
        doc.chrome(f'<header><a href="/" class="brand">{e(h.name)}</a><span>{e(h.tagline)}</span></header>\n', h.name,
                   h.tagline)
        _menu(doc, h, "tr-nav")
    elif k == "match":
        today = _three_calendars(crawl)
        doc.chrome(f'<div class="topbar"><span>{today}</span></div>\n', today)
        doc.chrome(f'<header class="ms-head"><a href="/" class="logo">{e(h.name)}</a><span>{e(h.tagline)}</span>'
                   "</header>\n", h.name, h.tagline)
        _menu(doc, h, "ms-nav")
    elif k == "conference":
        days = f"{_conf_days(h, crawl)} - " + pick(random.Random(h.domain), ["دانشگاه تهران", "دانشگاه شیراز",
                                                                              "پژوهشگاه علوم انسانی"])
        doc.chrome(f'<div class="conf-head"><h2>{e(h.name)}</h2><div>{e(h.tagline)}</div><div>{e(days)}</div>'
                   "</div>\n", h.name, h.tagline, days)
        _menu(doc, h, "conf-menu")
        dates = []
        for i, lab in enumerate(DEADLINES):
            t = crawl - dt.timedelta(days=120 - 25 * i + stable(h.domain, lab) % 9)
            dates.append(f"{lab}: {_slash(t)}")
        doc.chrome('<aside class="dates"><h3>تاریخ‌های مهم</h3><ul>' + "".join(f"<li>{x}</li>" for x in dates)
                   + "</ul></aside>\n", "تاریخ‌های مهم", *dates)


def _footer(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    k = h.s["kind"]
    year = jalali_day(crawl).year
    if k == "gdocs":
        if h.s["google"]:
            doc.chrome('<div id="footer"><div id="banners"><a id="publishedByGoogle">Published using Google Docs</a>'
                       '<a id="reportAbuse">Report abuse</a><a>Learn more</a></div><div id="interval">Updated '
                       "automatically every 5 minutes</div></div>\n", "Published using Google Docs", "Report abuse",
                       "Learn more", "Updated automatically every 5 minutes")
        else:
            doc.chrome('<footer><p>منتشر شده با سند | گزارش تخلف</p></footer>\n', "منتشر شده با سند | گزارش تخلف")
    elif k == "notion":
        doc.chrome('<div class="notion-footer"><a>Powered by Notion</a></div>\n', "Powered by Notion")
    elif k == "wix":
        rights = dg(f"© {crawl.year} توسط {h.name}. ساخته شده با Wix.com", "fa")
        doc.chrome(f'<footer id="SITE_FOOTER"><p>{e(rights)}</p></footer>\n', rights)
    elif k == "tgexport":
        doc.chrome("</div></div></div>\n")
    elif k == "webstory":
        return
    elif k == "conference":
        rights = f"کلیه حقوق این وب‌سایت متعلق به {h.tagline} است."
        made = "طراحی و پیاده‌سازی: سامانه همایش‌یار"
        doc.chrome(f'<footer><p>{e(rights)}</p><p>{made}</p></footer>\n', rights, made)
    else:
        rights = dg(f"کلیه حقوق برای {h.name} محفوظ است © {year}", "fa")
        doc.chrome(f'<footer class="site-foot"><p>{e(rights)}</p><p><a href="/about">درباره ما</a> | '
                   '<a href="/contact">تماس با ما</a></p></footer>\n', rights, "درباره ما | تماس با ما")


# ---------------------------------------------------------------------------------------------- article


def _tg_message(n: int, t: dt.datetime, channel: str, text: str) -> str:
    stamp = shown_date(t, "tgexport")[0]
    return (f'<div class="message default clearfix" id="message{n}"><div class="pull_left userpic_wrap"><div '
            f'class="userpic"></div></div><div class="body"><div class="pull_right date details" title="{stamp}">'
            f'{t:%H:%M}</div><div class="from_name">{e(channel)}</div><div class="text">{text}</div></div></div>\n')


def _tgexport(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    """The story's message among the channel's short posts of the same day."""
    channel, acc = h.s["channel"], h.s["account"]
    n = r.randint(1000, 90000)
    day = f"{loc.day} {LONG_EMONTHS[loc.month - 1]} {loc.year}"
    doc.chrome('<div class="page_body chat_page"><div class="history">'
               f'<div class="message service" id="message-{n}"><div class="body details">{day}</div></div>\n', day)
    start = loc.replace(hour=0, minute=0)
    before = sorted(r.sample(range(0, max(1, loc.hour * 60 + loc.minute)), min(3, loc.hour * 60 + loc.minute)))
    for k, m in enumerate(before):
        t = start + dt.timedelta(minutes=m)
        link = f"https://{h.domain}/n/{stable(others[k]) % 10**5}"
        doc.chrome(_tg_message(n + k + 1, t, channel, f'{e(others[k])}<br><a href="{link}">{link}</a>'),
                   f"{t:%H:%M}", channel, others[k], link)
    fwd = ""
    if g["agency"]:
        src = AGENCIES[g["agency"]][0]
        fwd = ('<div class="pull_left forwarded userpic_wrap"></div><div class="forwarded body">'
               f'<div class="from_name">{e(src)}</div></div>')
    stamp = shown_date(loc, "tgexport")[0]
    doc.chrome(f'<div class="message default clearfix" id="message{n + 9}"><div class="body"><div class="pull_right '
               f'date details" title="{stamp}">{loc:%H:%M}</div><div class="from_name">{e(channel)}</div>{fwd}',
               f"{loc:%H:%M}", channel, *([AGENCIES[g["agency"]][0]] if g["agency"] else []))
    g["_markup"] = True
    doc.add(f'<div class="text"><strong>{e(g["title"])}</strong><br><br>\n', [("title", g["title"])])
    _body(doc, g["body_paragraphs"], "", "<br><br>")
    doc.chrome(f"🆔 @{acc}</div></div></div>\n", f"🆔 @{acc}")
    left = (24 * 60 - 1) - (loc.hour * 60 + loc.minute)
    for k, m in enumerate(sorted(r.sample(range(1, left), min(3, left - 1))) if left > 3 else []):
        t = loc + dt.timedelta(minutes=m)
        doc.chrome(_tg_message(n + 20 + k, t, channel, e(others[4 + k])), f"{t:%H:%M}", channel, others[4 + k])
    doc.chrome(f'</div><a class="pagination block_link" href="messages{n // 1000 + 2}.html">Next messages</a>\n',
               "Next messages")


def _match(doc: Doc, h: Host, r: random.Random, g: dict, shown: tuple, others: list[str]) -> None:
    sec, loc = g["section"], shown[1]
    crumbs = ["خانه", sec, "مرکز مسابقات"]
    doc.chrome('<div class="breadcrumb">' + " › ".join(f"<a>{e(x)}</a>" for x in crumbs) + "</div>\n",
               " › ".join(crumbs))
    home, away = r.sample(TEAMS.get(h.family, TEAMS["beach_football"]), 2)
    a, b = r.randint(0, 9), r.randint(0, 9)
    kick = (loc - dt.timedelta(hours=r.randint(2, 4))).replace(minute=pick(r, [0, 15, 30, 45]))
    kl = kick.astimezone(TEHRAN)
    info = [_jday(kl, True) + dg(f" - ساعت {kl:%H:%M}", "fa"), pick(r, STADIUMS), f"داور: {_who(r)}"]
    score = dg(f"{a} - {b}", "fa")
    doc.chrome(f'<div class="scoreboard"><div class="team home">{e(home)}</div><div class="score">{score}</div>'
               f'<div class="team away">{e(away)}</div><div class="status">پایان بازی</div><div class="info">'
               + " | ".join(e(x) for x in info) + "</div></div>\n", home, score, away, "پایان بازی", " | ".join(info))
    tabs = ["پیش‌بازی", "گزارش بازی", "ترکیب تیم‌ها", "لحظه به لحظه", "آمار"]
    doc.chrome('<ul class="tabs">' + "".join(f"<li>{x}</li>" for x in tabs) + "</ul>\n", *tabs)
    goals = [dg(f"⚽ {m}' ", "fa") + f"{_who(r)} ({pick(r, [home, away])})"
             for m in sorted(r.sample(range(1, 41), min(4, a + b)))]
    if goals:
        doc.chrome('<ul class="goals">' + "".join(f"<li>{e(x)}</li>" for x in goals) + "</ul>\n", *goals)
    doc.add(f'<article class="report"><h1>{e(g["title"])}</h1>\n', [("title", g["title"])])
    meta = f"نویسنده: {_who(r)} | انتشار: {shown[0]}"
    doc.chrome(f'<div class="meta">{meta}</div>\n', meta)
    if g["lead"]:
        doc.add(f'<p class="lead"><strong>{e(g["lead"])}</strong></p>\n', [("lead", g["lead"])])
    _body(doc, g["body_paragraphs"])
    if g["agency"]:
        doc.chrome(f'<p class="source">{e(source_credit(g["agency"]))}</p>\n', source_credit(g["agency"]))
    doc.add("</article>\n")
    for team in (home, away):
        players = [_who(r) for _ in range(5)]
        doc.chrome(f'<div class="lineup"><h3>ترکیب {e(team)}</h3><ul>' + "".join(f"<li>{e(x)}</li>" for x in players)
                   + "</ul></div>\n", f"ترکیب {team}", *players)
    events = [dg("40' سوت پایان بازی", "fa"), dg(f"{r.randint(25, 39)}' کارت زرد برای ", "fa") + _who(r),
              dg(f"{r.randint(12, 24)}' تعویض: ", "fa") + f"{_who(r)} به جای {_who(r)}", dg("1' شروع بازی", "fa")]
    doc.chrome('<div class="timeline"><h3>لحظه به لحظه</h3><ul>' + "".join(f"<li>{e(x)}</li>" for x in events)
               + "</ul></div>\n", "لحظه به لحظه", *events)
    linked_titles(doc, "گزارش‌های دیگر", others[6:10], "more")


def article_doc(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, form: str,
                crawl: dt.datetime) -> Doc:
    """An article page of ``form``; sets ``g["_shown"]`` (date line, local instant, timed) and whether markup holds
    the instant (``g["_markup"]``)."""
    doc = Doc()
    shown = shown_date(pub, "sanad" if form == "gdocs" and not h.s["google"] else form)
    g["_shown"], g["_markup"] = shown, False
    sec, title, lead, paras, agency = g["section"], g["title"], g["lead"], g["body_paragraphs"], g["agency"]
    _top(doc, h, r, crawl)
    loc = shown[1]
    if form == "gdocs":
        docname = dg(f"بولتن خبری - {key}", "fa")
        if h.s["google"]:
            doc.chrome(f'<div id="title-banner"><div id="title">{e(docname)}</div><div id="interval"><span>Updated '
                       "automatically every 5 minutes</span></div></div>\n", docname,
                       "Updated automatically every 5 minutes")
        doc.add('<div id="contents"><div class="doc-content">\n')
        org = ORGS.get(h.family, h.name)
        bulletin = dg(f"{h.s['org']} {org} | بولتن شماره {stable(key) % 300 + 1}", "fa")
        doc.chrome(f'<p class="c4"><span class="c9">{e(bulletin)}</span></p>\n', bulletin)
        doc.add(f'<p class="c4 title"><span class="c2">{e(title)}</span></p>\n', [("title", title)])
        if lead:
            doc.add(f'<p class="c4 subtitle"><span class="c7">{e(lead)}</span></p>\n', [("lead", lead)])
        if not h.s["google"] or r.random() < 0.6:  # (a bulletin on Google Docs may show no day at all)
            doc.chrome(f'<p class="c4"><span class="c1">{shown[0]}</span></p>\n', shown[0])
        else:
            g["_shown"] = None
        _body(doc, paras, '<p class="c3"><span class="c1">', "</span></p>")
        if agency:
            doc.chrome(f'<p class="c3"><span class="c1">{e(source_credit(agency))}</span></p>\n', source_credit(agency))
        doc.add("</div></div>\n")
    elif form == "notion":
        trail = f"{h.name} / خبرها / {title}"
        doc.chrome(f'<div class="notion-topbar"><div class="breadcrumb">{e(trail)}</div></div>\n', trail)
        doc.add(f'<div class="notion-page-content"><div class="notion-page-icon">📰</div><h1 class="notion-title">'
                f"{e(title)}</h1>\n", [("title", title)])
        tags = "، ".join([x for x in h.sections if x != sec][:2])
        props = [(NOTION_PROPS["date"], shown[0]), (NOTION_PROPS["section"], sec), (NOTION_PROPS["tags"], tags),
                 (NOTION_PROPS["status"], "منتشر شده")]
        doc.chrome('<div class="notion-collection-page-properties">' + "".join(
            f'<div class="notion-property"><div class="notion-property-name">{a}</div><div class="notion-property-'
            f'value">{e(b)}</div></div>' for a, b in props) + "</div>\n", *[x for p in props for x in p])
        if lead:
            doc.add(f'<div class="notion-callout"><div class="notion-callout-icon">💡</div><div class="notion-callout-'
                    f'text">{e(lead)}</div></div>\n', [("lead", lead)])
        _body(doc, paras, '<div class="notion-text-block">', "</div>")
        if agency:
            doc.chrome(f'<div class="notion-text-block">{e(source_credit(agency))}</div>\n', source_credit(agency))
        doc.chrome('<div class="notion-toggle"><div class="notion-toggle-summary">▸ پیوندهای مرتبط</div><ul>'
                   + "".join(f"<li>{e(x)}</li>" for x in others[6:10]) + "</ul></div></div>\n", "▸ پیوندهای مرتبط",
                   *others[6:10])
    elif form == "wix":
        cats = [WIX_ALL, *h.sections]
        doc.chrome('<ul class="blog-categories">' + "".join(f"<li><a>{e(x)}</a></li>" for x in cats) + "</ul>\n",
                   *cats)
        minutes = dg(f"{max(1, sum(len(p.split()) for p in paras) // 180)} دقیقه مطالعه", "fa")
        who = _who(r)
        meta = f"{who} {shown[0]} · {minutes}"
        doc.chrome(f'<div class="post-meta"><span>{e(who)}</span> <span>{shown[0]}</span> <span>·</span> '
                   f"<span>{minutes}</span></div>\n", meta)
        doc.add(f'<article class="blog-post"><h1 class="post-title">{e(title)}</h1><div class="post-content">\n',
                [("title", title)])
        _body(doc, paras, '<p class="public-DraftStyleDefault-block"><span>', "</span></p>")
        if agency:
            doc.chrome(f'<p class="public-DraftStyleDefault-block"><span>{e(source_credit(agency))}</span></p>\n',
                       source_credit(agency))
        doc.chrome(f'</div><ul class="post-categories"><li><a>{e(sec)}</a></li></ul></article>\n', sec)
        stats = dg(f"{r.randint(10, 900)} بازدید · {r.randint(0, 9)} نظر · ❤ {r.randint(0, 60)}", "fa")
        doc.chrome(f'<div class="post-stats">{stats}</div>\n', stats)
        linked_titles(doc, "پست‌های اخیر", others[6:9], "recent-posts", "h2")
        doc.chrome('<div class="comments"><h2>نظرات</h2><textarea placeholder="نوشتن نظر..."></textarea></div>\n',
                   "نظرات")
    elif form == "tgexport":
        _tgexport(doc, h, r, g, loc, others)
    elif form == "paste":
        doc.add(f'<div class="info-top"><h1>{e(title)}</h1>\n', [("title", title)])
        views = fa_count(r.randint(40, 9000))
        bar = ["مهمان", shown[0], f"👁 {views}", "انقضا: هرگز"]
        doc.chrome('<div class="info-bottom">' + "".join(f"<div>{e(x)}</div>" for x in bar) + "</div></div>\n",
                   *bar)
        size = sum(len(p.encode()) for p in paras) / 1024
        tool = [f"text {size:.2f} KB | None", "raw download clone embed print report"]
        doc.chrome(f'<div class="top-buttons"><div class="left">{tool[0]}</div><div class="right"><a>raw</a> '
                   "<a>download</a> <a>clone</a> <a>embed</a> <a>print</a> <a>report</a></div></div>\n", *tool)
        doc.add('<div class="source"><ol class="text">\n')
        for k, p in enumerate(paras):
            if k:
                doc.add('<li class="li1"><div class="de1">&nbsp;</div></li>\n')
            doc.add(f'<li class="li1"><div class="de1">{e(p)}</div></li>\n', [("body", p)])
        doc.add("</ol></div>\n")
        if h.s["raw"]:
            doc.add('<div class="raw"><h3>RAW Paste Data</h3><textarea class="textarea">'
                    + e("\n\n".join(paras)) + "</textarea></div>\n", [("c", "RAW Paste Data")])
        mins = [dg(f"{r.randint(1, 59)} دقیقه پیش", "fa") for _ in range(4)]
        doc.chrome('<div class="sidebar"><h3>متن‌های عمومی</h3><ul>' + "".join(
            f"<li><a>{e(x)}</a> <span>{m}</span></li>" for x, m in zip(others[6:10], mins)) + "</ul></div>\n",
                   "متن‌های عمومی", *[f"{x} {m}" for x, m in zip(others[6:10], mins)])
    elif form == "thread":
        acc = h.s["account"]
        display = acc.replace("_", " ").title()
        doc.chrome(f'<div class="thread-author"><img alt="{e(display)}"><div class="display">{e(display)}</div>'
                   f'<div class="handle">@{acc}</div><a class="follow">دنبال کردن</a></div>\n', display, f"@{acc}",
                   "دنبال کردن")
        u = loc.astimezone(UTC)
        info = f"{shown[0]} • " + dg(f"{len(paras) + 1} توییت • {max(1, len(paras) // 3)} دقیقه مطالعه", "fa")
        doc.chrome(f'<div class="thread-info"><span data-time="{int(u.timestamp())}">{shown[0]}</span> • '
                   + dg(f"{len(paras) + 1} توییت • {max(1, len(paras) // 3)} دقیقه مطالعه", "fa")
                   + ' • <a href="https://x.com">Read on X</a></div>\n', info + " • Read on X")
        g["_markup"] = True
        doc.add(f'<div class="t-main"><div class="content-tweet" data-tweet="{stable(key, 0)}">{e(title)}</div>\n',
                [("title", title)])
        for k, p in enumerate(paras):
            doc.add(f'<div class="content-tweet" data-tweet="{stable(key, k + 1)}">{e(p)}</div>\n', [("body", p)])
        tail = ["• • •", "Missing some Tweet in this thread? You can try to force a refresh",
                f"Keep Current with {display}",
                "Stay in touch and get notified when new unrolls are available from this author!",
                "This Thread may be Removed Anytime!",
                "Twitter may remove this content at anytime! Save it as PDF for later reading.", "Save as PDF"]
        doc.chrome("</div>" + "".join(f"<div>{e(x)}</div>" for x in tail) + "\n", *tail)
        linked_titles(doc, "رشته‌های داغ", others[6:10], "hot")
    elif form == "webstory":
        doc.add(f'<amp-story standalone title="{e(title)}" publisher="{e(h.name)}" publisher-logo-src="/logo.png" '
                f'poster-portrait-src="/s/{key}/poster.jpg">\n<amp-story-page id="cover"><amp-story-grid-layer '
                f'template="fill"><amp-img src="/s/{key}/0.jpg" width="720" height="1280" layout="responsive" alt="">'
                '</amp-img></amp-story-grid-layer><amp-story-grid-layer template="vertical" class="cover">\n')
        doc.chrome(f'<div class="kicker">{e(sec)}</div>\n', sec)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        if lead:
            doc.add(f'<p class="lead">{e(lead)}</p>\n', [("lead", lead)])
        doc.chrome(f'<div class="byline"><amp-img src="/logo.png" width="32" height="32" alt=""></amp-img><div>'
                   f'{e(h.name)}</div><div>{shown[0]}</div></div></amp-story-grid-layer></amp-story-page>\n', h.name,
                   shown[0])
        for k, p in enumerate(paras):
            doc.add(f'<amp-story-page id="p{k + 1}"><amp-story-grid-layer template="fill"><amp-img src="/s/{key}/'
                    f'{k + 1}.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img>'
                    '</amp-story-grid-layer><amp-story-grid-layer template="vertical" class="text"><p>'
                    f"{e(p)}</p></amp-story-grid-layer></amp-story-page>\n", [("body", p)])
        doc.add('<amp-story-page id="more"><amp-story-grid-layer template="vertical">\n')
        if agency:
            doc.chrome(f'<div class="credit">{e(source_credit(agency))}</div>\n', source_credit(agency))
        linked_titles(doc, "استوری‌های بیشتر", others[6:10], "more", "h2")
        doc.chrome(f'</amp-story-grid-layer><amp-story-page-outlink layout="nodisplay"><a href="https://'
                   f'{h.domain.split(".", 1)[1]}/news/{key}">مشاهده خبر کامل در سایت</a></amp-story-page-outlink>'
                   "</amp-story-page>\n</amp-story>\n", "مشاهده خبر کامل در سایت")
        g["_markup"] = True
    elif form == "match":
        _match(doc, h, r, g, shown, others)
    else:  # conference
        crumbs = ["صفحه اصلی", "اخبار و اطلاعیه‌ها"]
        doc.chrome('<div class="breadcrumb">' + " » ".join(f"<a>{x}</a>" for x in crumbs) + "</div>\n",
                   " » ".join(crumbs))
        doc.add(f'<div class="news-item"><h1>{e(title)}</h1>\n', [("title", title)])
        when = f"تاریخ انتشار: {shown[0]}"
        seen = dg(f"تعداد بازدید: {r.randint(20, 3000)}", "fa")
        doc.chrome(f'<div class="news-date">{when}</div><div class="views">{seen}</div>\n', when, seen)
        _body(doc, paras, '<p style="text-align: justify;">', "</p>")
        sign = f"دبیرخانه {h.name}"
        doc.chrome(f'<p class="sign"><strong>{e(sign)}</strong></p></div>\n', sign)
        linked_titles(doc, "اخبار دیگر", others[6:10], "news")
        sponsors = ["وزارت علوم، تحقیقات و فناوری", "پایگاه استنادی علوم جهان اسلام (ISC)", "سیویلیکا"]
        doc.chrome('<div class="sponsors"><h3>حامیان همایش</h3><ul>' + "".join(f"<li>{x}</li>" for x in sponsors)
                   + "</ul></div>\n", "حامیان همایش", *sponsors)
    _footer(doc, h, r, crawl)
    return doc


def negative_doc(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Doc:
    """A page that is no article: a listing, a «not found» page in the chrome, an empty page."""
    doc = Doc()
    if kind == "empty":
        doc.chrome("<div><p>در حال بارگذاری...</p></div>\n", "در حال بارگذاری...")
        return doc
    _top(doc, h, r, crawl)
    k = h.s["kind"]
    if kind == "listing":
        head = {"paste": "متن‌های عمومی", "thread": "رشته‌های داغ", "match": "نتایج زنده",
                "conference": "اخبار و اطلاعیه‌ها", "webstory": "استوری‌ها", "tgexport": h.s["channel"],
                "wix": WIX_ALL, "notion": f"{h.name} / خبرها", "gdocs": h.name}[k]
        doc.chrome(f"<h1>{e(head)}</h1>\n", head)
        for i, t in enumerate(others[5:20]):
            when = _jday(crawl - dt.timedelta(hours=7 * i + 2))
            doc.chrome(f'<div class="item"><h3><a href="/n/{stable(t) % 10**6}">{e(t)}</a></h3><span>{when}</span>'
                       "</div>\n", t, when)
    else:
        msg = {"paste": "این متن منقضی شده یا حذف شده است.", "thread": "This thread is unavailable.",
               "gdocs": "فایل درخواستی وجود ندارد.", "notion": "This page couldn't be found",
               "tgexport": "این پیام حذف شده است."}.get(k, "صفحه مورد نظر یافت نشد.")
        doc.chrome(f'<div class="err"><h1>خطا</h1><p>{e(msg)}</p></div>\n', "خطا", msg)
    if k not in ("gdocs", "tgexport", "webstory"):
        linked_titles(doc, "پربازدیدترین‌ها", others[20:24], "most")
    _footer(doc, h, r, crawl)
    return doc


# ---------------------------------------------------------------------------------------------- render


def render_html(h: Host, doc: Doc, g: dict, url: str, form: str) -> str:
    title = g.get("title") or h.name
    if form == "webstory" and g.get("kind") == "article":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": g["_shown"][1].isoformat(), "publisher": {"@type": "Organization", "name": h.name}}
        return ('<!doctype html>\n<html ⚡ lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
                '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-'
                'story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>\n'
                f"<title>{e(title)}</title>\n<link rel=\"canonical\" href=\"{e(url)}\">\n"
                '<meta name="viewport" content="width=device-width">\n<style amp-boilerplate>body{-webkit-animation:'
                "-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n"
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
                f"</head>\n<body>\n{doc.html()}</body>\n</html>\n")
    if form == "gdocs":
        rules = "".join(f".c{k}{{margin:0;color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}" for k in range(12))
        head = f'<meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">{rules}'
        head += f".title{{font-size:26pt}}.subtitle{{color:#666}}</style><title>{e(title)}</title>"
        return f'<!DOCTYPE html>\n<html dir="rtl">\n<head>{head}</head>\n<body class="c5 doc-content">\n{doc.html()}' \
               "</body>\n</html>\n"
    if form == "tgexport":
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n<title>Exported Data</title>\n'
                '<meta content="width=device-width, initial-scale=1.0" name="viewport"/>\n'
                '<link href="css/style.css" rel="stylesheet"/>\n<script src="js/script.js" type="text/javascript">'
                f'</script>\n</head>\n<body onload="CheckLocation();">\n{doc.html()}</body>\n</html>\n')
    metas = ['<meta charset="utf-8">', f"<title>{e(title)} | {e(h.name)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<link rel="canonical" href="{e(url)}">']
    if form == "wix":
        metas.append('<meta name="generator" content="Wix.com Website Builder">')
        metas.append('<script>window.viewerModel = {"siteFeatures":["blog","comments"],"language":"fa"};</script>')
    if form == "notion":
        metas.append('<script>window.__notionConfig={"isPublicPage":true}</script>')
        return ("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">\n<head>\n" + "\n".join(metas) + "\n</head>\n<body>\n"
                f'<div id="notion-app"><div class="notion-frame">\n{doc.html()}</div></div>\n</body>\n</html>\n')
    if g.get("kind") == "article" and form in ("wix", "match", "thread"):
        metas.append(f'<meta property="og:title" content="{e(title)}">')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px;color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}"
                    for k in range(80 + stable(h.domain) % 200))
    metas.append(f"<style>{rules}</style>")
    head = "\n".join(metas) + "\n"
    return f'<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n</html>\n'


def whatsapp_text(h: Host, r: random.Random, g: dict, pub: dt.datetime) -> tuple[str, list[str]]:
    """A group's chat exported from WhatsApp: chat before and after, the story a message of its own."""
    loc = pub.astimezone(TEHRAN)
    people = [_who(r) for _ in range(4)]
    head_t = loc - dt.timedelta(days=r.randint(20, 400), minutes=r.randint(0, 600))
    notice = (f"{shown_date(head_t, 'whatsapp')[0]} - Messages and calls are end-to-end encrypted. No one outside of "
              "this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
    made = f"{shown_date(head_t, 'whatsapp')[0]} - {people[0]} created group \"{pick(r, GROUPS)}\""
    chat = [notice, made]
    for k in sorted(r.sample(range(5, 300), 3), reverse=True):
        t = loc - dt.timedelta(minutes=k)
        chat.append(f"{shown_date(t, 'whatsapp')[0]} - {pick(r, people)}: {pick(r, CHAT_LINES)}")
    sender = f"{g['_shown'][0]} - {pick(r, people)}: 🔴 خبر"
    after = []
    for k in sorted(r.sample(range(1, 900), 3)):
        t = loc + dt.timedelta(minutes=k)
        after.append(f"{shown_date(t, 'whatsapp')[0]} - {pick(r, people)}: {pick(r, CHAT_LINES)}")
    tail = [source_credit(g["agency"])] if g["agency"] else []
    text = ("\n".join(chat) + "\n" + sender + "\n" + g["title"] + "\n\n" + "\n\n".join(g["body_paragraphs"])
            + ("\n\n" + tail[0] if tail else "") + "\n" + "\n".join(after) + "\n")
    return text, chat + [sender] + tail + after


# ---------------------------------------------------------------------------------------------- build


def build(out_dir, n: int = 400, seed: int = 349, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""

    def dress(h: Host) -> None:
        h.s["channel"] = f"{h.name.removeprefix('آرشیو کانال ').removeprefix('بایگانی ')} | {h.s['account']}"

    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="am", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories(), dress=dress)
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-am:{seed}:page:{i}")
        is_html = r.random() < s["html_p"]
        form = s["html_forms"][0]
        tform = None if is_html else pick(r, s["txt_forms"])
        fmt = "html" if is_html else "txt"
        key = str(500000 + i * 7919 % 500000)
        crawl = pub_time(r) + dt.timedelta(days=400)  # (an article's page is crawled after its story: below)
        url = (f"https://docs.google.com/document/d/e/2PACX-{stable(key, h.domain):x}/pub" if s["google"]
               else f"https://{h.domain}/{'s' if form == 'webstory' else 'news'}/{key}")
        flat_chrome: list[str] | None = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 30))
            kind = p["kind"]
            if kind == "empty":
                tform, fmt = "copy", "txt"
            elif tform == "whatsapp":  # (a listing or a «not found» page is no chat)
                tform = "copy"
            doc = negative_doc(h, r, kind, others, crawl)
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
            if form == "thread":
                pub = same_day_in_utc(pub)
            crawl = pub + dt.timedelta(days=r.randint(1, 700), hours=r.randint(0, 23))
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, r, paras, lead, st["dataset"])
            shows_section = form not in NO_SECTION and tform != "whatsapp"
            sec = h.sections[stable(st["key"], h.domain) % len(h.sections)]
            gold = {"kind": "article", "title": st["title"], "section": sec if shows_section else None, "lead": lead,
                    "surtitle": None, "body_paragraphs": paras, "agency": agency, "published_iso": None,
                    "published_jalali": None, "published_time": None, "cluster": None, "source": None,
                    "source_key": st["key"], "edits": edits}
            if tform == "whatsapp":
                gold["lead"] = None
            others = [t for t in r.sample(titles, min(len(titles), 31)) if t != st["title"]][:30]
            # (the section a Wix post files the story under shows also in the blog's category bar: it is gold's)
            doc = article_doc(h, r, gold, pub, others, key, form, crawl)
            if tform == "whatsapp":
                gold["_shown"] = shown_date(pub, "whatsapp")
                gold["_markup"] = False
                text, flat_chrome = whatsapp_text(h, r, gold, pub)
            if gold["_shown"] is not None:
                _, loc, timed = gold["_shown"]
                gold["published_iso"] = loc.date().isoformat()
                gold["published_jalali"] = jalali_day(loc).strftime("%Y/%m/%d")
                in_markup = fmt == "html" and gold["_markup"]  # (title= stamps, data-time, JSON-LD)
                gold["published_time"] = loc.isoformat() if timed or in_markup else loc.date().isoformat()
        if fmt == "html":
            text = render_html(h, doc, gold, url, form)
        elif flat_chrome is None:
            text = aj_render_text(h, doc, gold, tform, url, crawl, r)
        chrome_src = flat_chrome if flat_chrome is not None else doc.lines("c")
        if tform == "wet":
            chrome_src = list(gold.get("_wet") or []) + chrome_src
        for k in ("_shown", "_markup", "_wet"):
            gold.pop(k, None)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(chrome_src, gold["body_paragraphs"])
        rows.append(gold_row(name, "families-am", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"am{seed}")
