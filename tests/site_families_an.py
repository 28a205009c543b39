"""Family set AN: eight families of kinds of the real Persian web no earlier set has modelled: LinkedIn articles,
Substack posts, a Bale channel's web view, Moodle sites' news forums, Facebook posts, Mastodon statuses, Reddit posts
and Google Sites pages, written blind to the extractor.

    build(out_dir, n, seed=353, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/extract/`` nor ``src/palayesh/normalize/`` nor running palayesh on these pages; the structure imitates
real pages (invented hosts, names; stories from the corpus). Tables in :mod:`site_families_an_tables`. Families
(subjects in no earlier set), each of three hosts of different shapes:

- ``glass_recycling``    glass recycling: a LinkedIn article, a Substack newsletter, a collectors' Bale channel;
- ``dialysis_patients``  dialysis patients: a nurses' training Moodle, a Facebook page, a Mastodon account;
- ``archery_clubs``      archery clubs: a Reddit community, a club's Google Sites page, a Facebook page;
- ``lake_urmia``         Lake Urmia: a Bale channel, a LinkedIn article, volunteers' Google Sites page;
- ``civil_drones``       civil drones: a university's Moodle, a Mastodon account, a Substack newsletter;
- ``tuberculosis_care``  tuberculosis care: a Reddit community, a Substack newsletter, a Bale channel;
- ``hot_springs``        hot springs: volunteers' Google Sites page, a tourism college's Moodle, a Mastodon account;
- ``table_tennis``       table tennis: a Reddit community, a LinkedIn article, a Facebook page.

Every form below has hosts in the open half (``andev``: the 1st, 3rd, 5th and 7th families) and in the held half.

Each host saves its HTML pages in one form (:data:`site_families_an_tables.FORMS`):

- ``linkedin``  a LinkedIn article (Pulse) seen logged out: the English top bar «Articles | People | Learning | Jobs
  | Games | Join now | Sign in», the headline, the author's box (name, a Persian headline line, «+ Follow»),
  «Published Dec 5, 2026» (English, the day only; the instant in JSON-LD), the article, the reactions row «Like ·
  Comment · Share», «To view or add a comment, sign in», «More articles by …» (their own days), «Others also viewed»,
  «Explore topics», the footer «LinkedIn © 2026 | About | Accessibility | …»; no section;
- ``substack``  a Substack post: the publication's name, «Subscribe | Sign in», its nav (Home, Archive, About and its
  sections), the post's section over the headline (the section), the subtitle (the lead), the author and «Dec 5,
  2026», «❤ 12 · 💬 3 · Share», the post, a subscribe box «Type your email...», «Discussion about this post» with
  comments dated «Dec 7, 2026», «Ready for more?», «© 2026 … · Privacy ∙ Terms ∙ Collection notice», «Start writing
  | Get the app», «Substack is the home for great culture»; the instant in JSON-LD;
- ``bale``      a Bale channel's public web view: the channel's name and handle, «۱۲٬۳۴۵ عضو», «پیوستن به کانال»,
  a day line «۱۴ آذر ۱۴۰۵», posts with their views «👁 ۱٫۲ هزار» and clock «۱۰:۲۳», the story one post among the
  channel's short posts of that day (headline in bold, forwarded «بازارسال از …» an agency when it credits one,
  «🆔 @channel»), «برای دیدن پیام‌های بیشتر بله را نصب کنید» and the stores; no section;
- ``moodle``    a Moodle site's news forum discussion: «شما با عنوان مهمان وارد شده‌اید (ورود)», the site's menu,
  a breadcrumb «صفحه اصلی / اخبار سایت / headline» (``/`` or ``►`` by theme), the forum's name, the post's subject
  (the headline), «توسط نام - شنبه، ۱۴ آذر ۱۴۰۵، ۱۰:۲۳ ق.ظ» (a 12-hour Jalali clock), the message, «پیوند دائمی |
  پاسخ», the blocks «رویدادهای پیش رو» (events with their own days) and «اخبار اخیر», «خلاصه نگهداری داده‌ها»,
  «پشتیبانی شده توسط Moodle»; no section;
- ``fbpost``    a Facebook page's post (the basic mobile site): «ورود | ایجاد حساب جدید», the page's name, «۵ دسامبر
  ۲۰۲۶ ساعت ۱۰:۲۳ · 🌍» (a Gregorian day in Persian month names; ``data-ft`` holds the Unix ``publish_time``), the
  post: its first line the headline, its paragraphs, hashtags, then reactions, «۱۲ نظر · ۵ اشتراک‌گذاری», «پسندیدن ·
  نظر دادن · اشتراک‌گذاری», comments «پسندیدن · پاسخ · ۳ سال», the languages row and «Meta © 2026»; no section;
- ``mastodon``  a Mastodon status page (server-rendered): the instance's name and tagline, the author's display
  name and ``@handle@instance``, the toot (its first paragraph the headline, hashtags «#آبگرم #گردشگری»), the detailed
  status line with the UTC clock ``<time datetime="…Z">Dec 05, 2026, 06:53</time>`` (English; the story is put on a
  day that is the same in UTC and Tehran), «۱۲ تقویت · ۳۴ برگزیده», replies with their own clocks, the account's
  older toots, «Mastodon: About · Status · Source code»; no section;
- ``reddit``    a Reddit post (the new site's markup): the subreddit bar, the post's flair over the title (the
  section), «r/… • u/… • 3y ago» (only relative: the instant in ``<time datetime>`` and a ``title`` in Tehran's
  clock), the self text, «412 · 23 Comments · Share», the sidebar (about, members, rules), comments «3y ago», «More
  posts you may like», «Reddit Rules · Privacy Policy · User Agreement · Reddit, Inc. © 2026. All rights reserved»;
- ``gsites``    a Google Sites page: «Skip to main content | Skip to navigation», the site's name, its nav (home,
  every section's page, about), the page's banner (the parent page: the section), the text box with the headline,
  on most hosts' pages a date line («۱۴ آذر ۱۴۰۵» or «تاریخ: ۱۴۰۵/۰۹/۱۴»; on some none), the story, «اخبار دیگر»,
  the footer «Google Sites | Report abuse | Page details | Page updated».

Flat-text pages: ``copy`` (the whole page selected and pasted) and ``wet`` (a Common Crawl WET record: ``WARC-Date``
the crawl's UTC instant, never the story's).

Gold as AK to AM document it: the title is the visible headline, the section the page's own category (the Substack
post's section, the Reddit post's flair, the Google Sites page's parent page; none on a LinkedIn article, a channel's
post, a Moodle forum post, a Facebook post nor a toot), the lead a Substack post's subtitle, the agency only when the
page credits the story to one, ``published_iso`` the day the page shows in Tehran's time (a toot shows the UTC
day, put on one that is Tehran's too; none on a Google Sites page that shows none nor on a Reddit page's flat text,
which shows only «3y ago»), ``published_time`` the instant with its offset when the page shows its time or has it in
markup, else the day. The other posts' and replies' clocks, a Moodle site's events, «More articles by» days, a
comment's day, relative ages and ``WARC-Date`` are no story date. About 7% negatives (a listing, a LinkedIn job
posting, Bale's install page, a «not found» page in the chrome, an empty page), ~10% of the stories republished on a
host of another family (gold ``cluster``). Deterministic by seed.
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
from site_families_an_tables import (
    EVENTS,
    FAMILIES,
    FB_PAGES,
    FORMS,
    HANDLES,
    HEADLINES,
    HOSTS,
    MENUS,
    REPLIES,
    SECTIONS,
    SUBREDDITS,
)
from site_families_h import (
    FIRST,
    GMONTHS,
    JMONTHS,
    LAST,
    TEHRAN,
    WEEKDAYS,
    Host,
    dg,
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
EWEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: the forms whose pages show a section (a Substack post's section, a Reddit flair, a Google Sites parent page)
SECTIONED = ("substack", "reddit", "gsites")
#: the forms whose time shows only in UTC (a toot) or only in markup (LinkedIn's JSON-LD, Reddit's ``<time>``): their
#: stories are put on a day that is the same in UTC and Tehran
UTC_DAY = ("mastodon", "linkedin", "reddit")
#: the agency habit of each form: keep the story's own credits, credit a «منبع: …» line or a forwarded channel
#: (``source``: the text kept); the others draw theirs per host
AGENCY = {"bale": "source", "fbpost": "source", "mastodon": "keep", "reddit": "keep", "moodle": "source"}
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its form, flat-text forms and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-an-host:{seed}:{domain}")
    form, txt_forms, html_p = FORMS[family][idx]
    agency = AGENCY.get(form) or pick(r, ["keep", "credit", "none"])
    handle = pick(r, HANDLES)
    s = {"kind": form, "html_forms": [form], "txt_forms": txt_forms, "html_p": html_p, "agency": agency,
         "lead_p": pick(r, [0.5, 0.7, 0.9]) if form == "substack" else 0.0, "account": handle,
         "author": f"{pick(r, FIRST)} {pick(r, LAST)}", "headline": pick(r, HEADLINES),
         "crumb": pick(r, [" / ", " ► "]), "gdate": pick(r, ["day", "slash"]),
         "gdate_p": pick(r, [0.6, 0.8, 1.0]), "members": r.randint(2000, 90000),
         "sub": SUBREDDITS.get(family, "r/iran"),
         "forum": pick(r, ["اخبار سایت", "اخبار و اطلاعیه‌ها", "تابلوی اعلانات"])}
    return Host(family, domain, name, tagline, MENUS[form], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def _ampm(t: dt.datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def shown_date(t: dt.datetime, form: str) -> tuple[str, dt.datetime, bool]:
    """The date a page of ``form`` shows for instant ``t`` (a toot's in UTC), the instant in Tehran's time and whether
    it shows the time: ``shown_date(dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "moodle")`` -> («شنبه، ۱۴ آذر
    ۱۴۰۵، ۱۰:۲۳ ق.ظ», …, True)."""
    loc = t.astimezone(TEHRAN)
    j = jalali_day(loc)
    jday = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    wd = WEEKDAYS[loc.weekday()]
    if form == "linkedin":
        return f"Published {SHORT_EMONTHS[loc.month - 1]} {loc.day}, {loc.year}", loc, False
    if form == "substack":
        return f"{SHORT_EMONTHS[loc.month - 1]} {loc.day}, {loc.year}", loc, False
    if form == "bale":
        return dg(f"{jday} - {loc:%H:%M}", "fa"), loc, True
    if form == "moodle":
        half = "ق.ظ" if loc.hour < 12 else "ب.ظ"
        return dg(f"{wd}، {jday}، {loc.hour % 12 or 12:02d}:{loc.minute:02d} {half}", "fa"), loc, True
    if form == "fbpost":
        return dg(f"{loc.day} {GMONTHS[loc.month - 1]} {loc.year} ساعت {loc:%H:%M}", "fa"), loc, True
    if form == "mastodon":
        u = loc.astimezone(UTC)
        return f"{SHORT_EMONTHS[u.month - 1]} {u.day:02d}, {u.year}, {u:%H:%M}", loc, True
    if form == "reddit":  # (the ``title`` of its ``<time>``; the page shows only «3y ago»)
        off = loc.strftime("%z")
        gmt = f"GMT+{int(off[1:3])}:{off[3:]}"
        return (f"{EWEEKDAYS[loc.weekday()]}, {LONG_EMONTHS[loc.month - 1]} {loc.day}, {loc.year} at {_ampm(loc)} "
                f"{gmt}", loc, True)
    if form == "gsites_slash":
        return dg(f"تاریخ: {j.year}/{j.month:02d}/{j.day:02d}", "fa"), loc, False
    return dg(jday, "fa"), loc, False  # gsites


def _jday(t: dt.datetime) -> str:
    j = jalali_day(t.astimezone(TEHRAN))
    return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year}", "fa")


def _ago(t: dt.datetime, now: dt.datetime, fa: bool = False) -> str:
    """A relative age as Reddit («3y ago») or Facebook («۳ سال») writes it."""
    days = max(0, (now - t).days)
    if days >= 365:
        n, en, p = days // 365, "y", "سال"
    elif days >= 30:
        n, en, p = days // 30, "mo", "ماه"
    elif days >= 1:
        n, en, p = days, "d", "روز"
    else:
        n, en, p = max(1, int((now - t).total_seconds() // 3600)), "h", "ساعت"
    return dg(f"{n} {p}", "fa") if fa else f"{n}{en} ago"


# ---------------------------------------------------------------------------------------------- chrome


def _menu(doc: Doc, h: Host, cls: str) -> None:
    if not h.menu:
        return
    items = "".join(f'<li><a href="/p/{stable(x) % 999}">{e(x)}</a></li>' for x in h.menu)
    doc.chrome(f'<nav class="{cls}"><ul>{items}</ul></nav>\n', *h.menu)


def _body(doc: Doc, paras: list[str], open_: str = "<p>", close: str = "</p>") -> None:
    for p in paras:
        doc.add(f"{open_}{e(p)}{close}\n", [("body", p)])


def _k(n: int) -> str:
    """A count as Bale shows it («۱٫۲ هزار»)."""
    return dg(f"{n / 1000:.1f}".replace(".", "٫") + " هزار", "fa") if n >= 1000 else dg(str(n), "fa")


def _who(r: random.Random) -> str:
    return f"{pick(r, FIRST)} {pick(r, LAST)}"


def _tags(h: Host) -> str:
    """A post's hashtags (the family's first two sections: a tag is no section)."""
    return " ".join("#" + x.replace(" ", "_") for x in h.sections[:2])


def _top(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    """The site's header and menu."""
    k = h.s["kind"]
    if k == "linkedin":
        doc.chrome('<header class="global-nav"><div><a class="skip" href="#main">Skip to main content</a></div>'
                   '<div><a class="nav__logo" href="/">LinkedIn</a></div></header>\n', "Skip to main content",
                   "LinkedIn")
        _menu(doc, h, "nav__menu")
    elif k == "substack":
        doc.chrome(f'<div class="topbar"><h1 class="navbar-title"><a href="/">{e(h.name)}</a></h1>'
                   '<div class="navbar-buttons"><div><a class="button primary">Subscribe</a></div><div>'
                   '<a class="button">Sign in</a></div></div></div>\n', h.name, "Subscribe", "Sign in")
        nav = [*h.menu, *h.sections]
        doc.chrome('<nav class="pub-nav"><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in nav) + "</ul></nav>\n",
                   *nav)
    elif k == "bale":
        members = f"{fa_count(h.s['members'])} عضو"
        doc.chrome(f'<header class="channel-header"><div class="avatar"></div><div class="info"><h1>{e(h.name)}</h1>'
                   f'<div class="handle">@{h.s["account"]}</div><div class="members">{members}</div></div>'
                   '<a class="join">پیوستن به کانال</a></header>\n', h.name, f"@{h.s['account']}", members,
                   "پیوستن به کانال")
    elif k == "moodle":
        guest = "شما با عنوان مهمان وارد شده‌اید (ورود)"
        doc.chrome(f'<nav class="navbar fixed-top"><a class="navbar-brand">{e(h.name)}</a><div class="usermenu">'
                   f'<span class="login">{guest}</span></div></nav>\n', h.name, guest)
        _menu(doc, h, "primary-navigation")
    elif k == "fbpost":
        doc.chrome('<div id="header"><a href="/" class="logo">facebook</a><div class="login-bar"><a>ورود</a> | '
                   "<a>ایجاد حساب جدید</a></div></div>\n", "facebook", "ورود | ایجاد حساب جدید")
        _menu(doc, h, "fb-menu")
    elif k == "mastodon":
        doc.chrome(f'<div class="public-layout"><div class="header"><div><a class="brand" href="/">{e(h.name)}</a>'
                   f'</div><div>{e(h.tagline)}</div></div>\n', h.name, h.tagline)
        _menu(doc, h, "nav-links")
    elif k == "reddit":
        doc.chrome('<header class="reddit-header"><div><a href="/" class="logo">reddit</a></div><input placeholder='
                   '"Search Reddit"><div><a class="button">Get App</a> <a class="button">Log In</a></div></header>\n',
                   "reddit", "Get App Log In")
        _menu(doc, h, "left-nav")
    elif k == "gsites":
        skips = ["Skip to main content", "Skip to navigation"]
        doc.chrome('<div class="skip">' + "".join(f"<div><a>{x}</a></div>" for x in skips) + "</div>\n", *skips)
        nav = ["خانه", *h.sections, "درباره ما"]
        doc.chrome(f'<header class="site-header"><div class="site-title">{e(h.name)}</div><nav><ul>'
                   + "".join(f"<li><a>{e(x)}</a></li>" for x in nav) + "</ul></nav></header>\n", h.name, *nav)


def _footer(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    k = h.s["kind"]
    if k == "linkedin":
        links = [f"LinkedIn © {crawl.year}", "About", "Accessibility", "User Agreement", "Privacy Policy",
                 "Cookie Policy", "Copyright Policy", "Brand Policy", "Community Guidelines", "Language"]
        doc.chrome('<footer class="li-footer"><ul>' + "".join(f"<li>{x}</li>" for x in links) + "</ul></footer>\n",
                   *links)
    elif k == "substack":
        rights = f"© {crawl.year} {h.name} · Privacy ∙ Terms ∙ Collection notice"
        doc.chrome(f'<div class="footer"><p>{e(rights)}</p><p><a>Start writing</a> | <a>Get the app</a></p>'
                   "<p>Substack is the home for great culture</p></div>\n", rights, "Start writing | Get the app",
                   "Substack is the home for great culture")
    elif k == "bale":
        more = "برای دیدن پیام‌های بیشتر بله را نصب کنید"
        stores = "دریافت از بازار | دریافت از مایکت | نسخه وب"
        doc.chrome(f'<div class="install"><p>{more}</p><p>{stores}</p></div>\n', more, stores)
    elif k == "moodle":
        foot = ["شما با عنوان مهمان وارد شده‌اید (ورود)", "خلاصه نگهداری داده‌ها", "دریافت اپلیکیشن موبایل",
                "پشتیبانی شده توسط Moodle"]
        doc.chrome('<footer id="page-footer">' + "".join(f"<div>{x}</div>" for x in foot) + "</footer>\n", *foot)
    elif k == "fbpost":
        langs = "فارسی · English (US) · العربية · Türkçe · Deutsch"
        meta = f"Meta © {crawl.year}"
        doc.chrome(f'<div id="footer"><div>{langs}</div><div>{meta}</div></div>\n', langs, meta)
    elif k == "mastodon":
        rows = ["Mastodon: About · Status · Source code · Mobile apps",
                f"{h.name}: درباره · فهرست نمایه‌ها · سیاست حریم خصوصی"]
        doc.chrome('<div class="link-footer">' + "".join(f"<p>{e(x)}</p>" for x in rows) + "</div></div>\n", *rows)
    elif k == "reddit":
        rights = f"Reddit Rules · Privacy Policy · User Agreement · Reddit, Inc. © {crawl.year}. All rights reserved."
        doc.chrome(f'<footer class="legal"><p>{rights}</p></footer>\n', rights)
    elif k == "gsites":
        links = ["Google Sites", "Report abuse", "Page details", "Page updated"]
        doc.chrome('<div class="gs-footer">' + "".join(f"<div><a>{x}</a></div>" for x in links) + "</div>\n", *links)


# ---------------------------------------------------------------------------------------------- article


def _post(doc: Doc, g: dict, fwd: str | None, tail: str, cls: str) -> None:
    """A social post: the headline its first line, its paragraphs, the credit, the hashtags or the handle."""
    doc.add(f'<div class="{cls}">', [])
    if fwd:
        doc.chrome(f'<div class="forwarded">{e(fwd)}</div>\n', fwd)
    doc.add(f"<p><strong>{e(g['title'])}</strong></p>\n", [("title", g["title"])])
    _body(doc, g["body_paragraphs"])
    if g["agency"] and not fwd:
        doc.chrome(f"<p>{e(source_credit(g['agency']))}</p>\n", source_credit(g["agency"]))
    doc.chrome(f'<p class="tags">{e(tail)}</p></div>\n', tail)


def _bale(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    """The story's post among the channel's short posts of the same day."""
    day = _jday(loc)
    doc.chrome(f'<div class="day-divider"><span>{day}</span></div>\n', day)
    start = loc.replace(hour=0, minute=0)
    mins = loc.hour * 60 + loc.minute
    for k, m in enumerate(sorted(r.sample(range(0, max(1, mins)), min(3, mins)))):
        t = start + dt.timedelta(minutes=m)
        views, clock = f"👁 {_k(r.randint(300, 40000))}", dg(f"{t:%H:%M}", "fa")
        doc.chrome(f'<div class="message"><div class="text">{e(others[k])}</div><div class="meta"><span>{views}'
                   f"</span> <span>{clock}</span></div></div>\n", others[k], f"{views} {clock}")
    fwd = f"بازارسال از {AGENCIES[g['agency']][0]}" if g["agency"] else None
    doc.add('<div class="message story">')
    _post(doc, g, fwd, f"🆔 @{h.s['account']}", "text")
    views, clock = f"👁 {_k(r.randint(1000, 90000))}", dg(f"{loc:%H:%M}", "fa")
    doc.chrome(f'<div class="meta"><span>{views}</span> <span>{clock}</span></div></div>\n', f"{views} {clock}")
    left = (24 * 60 - 1) - mins
    for k, m in enumerate(sorted(r.sample(range(1, left), min(3, left - 1))) if left > 3 else []):
        t = loc + dt.timedelta(minutes=m)
        views, clock = f"👁 {_k(r.randint(300, 40000))}", dg(f"{t:%H:%M}", "fa")
        doc.chrome(f'<div class="message"><div class="text">{e(others[4 + k])}</div><div class="meta"><span>{views}'
                   f"</span> <span>{clock}</span></div></div>\n", others[4 + k], f"{views} {clock}")


def _replies(doc: Doc, r: random.Random, when: list[str], cls: str, head: str) -> None:
    rows = []
    for w in when:
        who, say = _who(r), pick(r, REPLIES)
        rows.append((who, say, w))
    doc.chrome(f'<div class="{cls}"><h3>{e(head)}</h3>' + "".join(
        f'<div class="reply"><div class="who">{e(a)}</div><div class="say">{e(b)}</div><div class="when">{e(c)}'
        "</div></div>" for a, b, c in rows) + "</div>\n", head, *[x for row in rows for x in row])


def article_doc(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, form: str,
                crawl: dt.datetime) -> Doc:
    """An article page of ``form``; sets ``g["_shown"]`` (date line, the page's instant, timed) and whether markup holds
    the instant (``g["_markup"]``)."""
    doc = Doc()
    sform = ("gsites_slash" if h.s["gdate"] == "slash" else "gsites") if form == "gsites" else form
    shown = shown_date(pub, sform)
    g["_shown"], g["_markup"] = shown, False
    sec, title, lead, paras, agency = g["section"], g["title"], g["lead"], g["body_paragraphs"], g["agency"]
    _top(doc, h, r, crawl)
    loc = shown[1]
    if form == "linkedin":
        doc.add(f'<main id="main"><article class="article-main"><h1 class="pulse-title">{e(title)}</h1>\n',
                [("title", title)])
        author, follow = h.s["author"], "+ Follow"
        doc.chrome(f'<div class="author-info"><a class="author-name">{e(author)}</a><div class="author-headline">'
                   f'{e(h.s["headline"])}</div><button>{follow}</button></div>\n', author, h.s["headline"], follow)
        doc.chrome(f'<div class="published-date"><time>{shown[0]}</time></div>\n', shown[0])
        doc.add('<div class="article-content">\n')
        _body(doc, paras)
        if agency:
            doc.chrome(f"<p>{e(source_credit(agency))}</p>\n", source_credit(agency))
        doc.add("</div></article>\n")
        social = f"👍❤️ {r.randint(3, 900)} · {r.randint(0, 60)} Comments"
        acts = "Like · Comment · Share"
        doc.chrome(f'<div class="social-counts">{social}</div><div class="social-actions">{acts}</div>'
                   '<div class="sign-in">To view or add a comment, sign in</div>\n', social, acts,
                   "To view or add a comment, sign in")
        more = []
        for k, t in enumerate(others[6:9]):
            d = loc - dt.timedelta(days=20 * (k + 1) + r.randint(0, 15))
            more.append(f"{t} - {SHORT_EMONTHS[d.month - 1]} {d.day}, {d.year}")
        linked_titles(doc, f"More articles by {author}", more, "more-articles", "h2")
        linked_titles(doc, "Others also viewed", others[9:12], "also-viewed", "h2")
        topics = ["Sales", "Marketing", "Business Administration", "Career Development"]
        linked_titles(doc, "Explore topics", topics, "topics", "h2")
        doc.add("</main>\n")
        g["_markup"] = True
    elif form == "substack":
        doc.add('<article class="post"><div class="post-header">\n')
        doc.chrome(f'<div class="post-section"><a>{e(sec)}</a></div>\n', sec)
        doc.add(f'<h1 class="post-title">{e(title)}</h1>\n', [("title", title)])
        if lead:
            doc.add(f'<h3 class="subtitle">{e(lead)}</h3>\n', [("lead", lead)])
        author = h.s["author"]
        doc.chrome(f'<div class="post-meta"><div class="author">{e(author)}</div><div class="date">{shown[0]}</div>'
                   "</div>\n", author, shown[0])
        bar = f"❤ {r.randint(2, 300)} · 💬 {r.randint(0, 40)} · Share"
        doc.chrome(f'<div class="post-ufi">{bar}</div></div>\n', bar)
        doc.add('<div class="available-content"><div class="body markup">\n')
        _body(doc, paras)
        if agency:
            doc.chrome(f"<p>{e(source_credit(agency))}</p>\n", source_credit(agency))
        doc.add("</div></div>\n")
        box = [f"Subscribe to {h.name}", "Type your email...", "Subscribe"]
        doc.chrome('<div class="subscribe-widget">' + "".join(f"<div>{e(x)}</div>" for x in box) + "</div>\n", *box)
        doc.add("</article>\n")
        when = []
        for _ in range(r.randint(1, 3)):
            d = loc + dt.timedelta(days=r.randint(1, 9))
            when.append(f"{SHORT_EMONTHS[d.month - 1]} {d.day}, {d.year}")
        _replies(doc, r, when, "comments-section", "Discussion about this post")
        linked_titles(doc, "Ready for more?", others[6:9], "more-posts", "h2")
        g["_markup"] = True
    elif form == "bale":
        _bale(doc, h, r, g, loc, others)
    elif form == "moodle":
        crumbs = ["صفحه اصلی", h.s["forum"], title]
        doc.chrome('<nav class="breadcrumb">' + h.s["crumb"].join(f"<a>{e(x)}</a>" for x in crumbs) + "</nav>\n",
                   h.s["crumb"].strip().join(f" {x} " for x in crumbs).strip())
        doc.chrome(f'<div role="main"><h2>{e(h.s["forum"])}</h2>\n', h.s["forum"])
        doc.add(f'<div class="forumpost"><div class="header"><h3 class="subject">{e(title)}</h3>\n',
                [("title", title)])
        by = f"توسط {h.s['author']} - {shown[0]}"
        doc.chrome(f'<div class="author">{by}</div></div>\n', by)
        doc.add('<div class="post-content-container">\n')
        _body(doc, paras)
        if agency:
            doc.chrome(f"<p>{e(source_credit(agency))}</p>\n", source_credit(agency))
        doc.chrome('</div><div class="commands"><a>پیوند دائمی</a> | <a>پاسخ</a></div></div></div>\n',
                   "پیوند دائمی | پاسخ")
        events = []
        for i, ev in enumerate(r.sample(EVENTS, 3)):
            d = crawl + dt.timedelta(days=3 + 6 * i)
            events.append(f"{ev} - {_jday(d)}")
        linked_titles(doc, "رویدادهای پیش رو", events, "block_calendar_upcoming")
        recent = []
        for i, t in enumerate(others[6:9]):
            d = (loc - dt.timedelta(days=2 * i + 1, hours=r.randint(0, 9))).astimezone(TEHRAN)
            j = jalali_day(d)
            recent.append(dg(f"{j.day} {JMONTHS[j.month - 1]}، {d:%H:%M}", "fa") + f" - {t}")
        linked_titles(doc, "اخبار اخیر", recent, "block_news_items")
    elif form == "fbpost":
        page = h.s["page"]
        doc.chrome(f'<div class="story" data-ft=\'{{"page_insights":{{"publish_time":{int(loc.timestamp())}}}}}\'>'
                   f'<h3><strong><a>{e(page)}</a></strong></h3><div class="when"><abbr>{shown[0]}</abbr> · 🌍</div>\n',
                   page, f"{shown[0]} · 🌍")
        _post(doc, g, None, _tags(h), "story-body")
        n_c = r.randint(2, 4)
        counts = dg(f"👍❤️ {r.randint(10, 3000)} · {n_c} نظر · {r.randint(0, 90)} اشتراک‌گذاری", "fa")
        acts = "پسندیدن · نظر دادن · اشتراک‌گذاری"
        doc.chrome(f'<div class="counts">{counts}</div><div class="actions">{acts}</div></div>\n', counts, acts)
        when = [f"پسندیدن · پاسخ · {_ago(loc + dt.timedelta(hours=r.randint(1, 300)), crawl, True)}"
                for _ in range(n_c)]
        _replies(doc, r, when, "comments", "نظرات")
        g["_markup"] = True
    elif form == "mastodon":
        acct = f"@{h.s['account']}@{h.domain}"
        doc.chrome(f'<div class="detailed-status"><div class="display-name"><strong>{e(h.s["author"])}</strong>'
                   f"<div>{acct}</div></div>\n", h.s["author"], acct)
        _post(doc, g, None, _tags(h), "status__content")
        iso = loc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        stats = dg(f"{r.randint(0, 90)} تقویت · {r.randint(0, 200)} برگزیده", "fa")
        doc.chrome(f'<div class="detailed-status__meta"><a class="detailed-status__datetime"><time class="formatted" '
                   f'datetime="{iso}" title="{shown[0]}">{shown[0]}</time></a><span> · 🌐 · {stats}</span></div>'
                   "</div>\n", shown[0], f"· 🌐 · {stats}")
        when = []
        for _ in range(r.randint(1, 3)):
            d = (loc + dt.timedelta(hours=r.randint(1, 80))).astimezone(UTC)
            when.append(f"{SHORT_EMONTHS[d.month - 1]} {d.day:02d}, {d.year}, {d:%H:%M}")
        _replies(doc, r, when, "replies", "پاسخ‌ها")
        linked_titles(doc, f"فرسته‌های بیشتر از {h.s['author']}", others[6:9], "account-timeline")
        g["_markup"] = True
    elif form == "reddit":
        sub, user = h.s["sub"], f"u/{pick(r, HANDLES)}"
        ago = _ago(loc, crawl)
        iso = loc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        doc.chrome(f'<div class="post-credit-bar"><a>{sub}</a> • <a>{user}</a> • <faceplate-timeago><time '
                   f'datetime="{iso}" title="{shown[0]}">{ago}</time></faceplate-timeago></div>\n',
                   f"{sub} • {user} •", ago)
        doc.chrome(f'<div class="post-flair"><span class="flair">{e(sec)}</span></div>\n', sec)
        doc.add(f'<h1 slot="title" class="post-title">{e(title)}</h1>\n<div slot="text-body"><div class="md">\n',
                [("title", title)])
        _body(doc, paras)
        if agency:
            doc.chrome(f"<p>{e(source_credit(agency))}</p>\n", source_credit(agency))
        doc.add("</div></div>\n")
        bar = f"{r.randint(5, 900)} · {r.randint(0, 80)} Comments · Share"
        doc.chrome(f'<div class="post-actions">{bar}</div>\n', bar)
        side = [f"{sub}", f"{fa_count(r.randint(3000, 90000))} members", "Rules", "1. Be respectful", "2. No spam"]
        doc.chrome('<aside class="sidebar">' + "".join(f"<div>{e(x)}</div>" for x in side) + "</aside>\n", *side)
        when = [f"{pick(r, HANDLES)} • {_ago(loc + dt.timedelta(hours=r.randint(1, 300)), crawl)}"
                for _ in range(r.randint(1, 4))]
        _replies(doc, r, when, "comments", "Comments")
        linked_titles(doc, "More posts you may like", others[6:9], "more-posts")
        g["_markup"] = True
    else:  # gsites
        doc.chrome(f'<div class="page-banner"><h2>{e(sec)}</h2></div>\n', sec)
        doc.add(f'<div class="text-box"><h1>{e(title)}</h1>\n', [("title", title)])
        if r.random() < h.s["gdate_p"]:
            doc.chrome(f'<p class="small">{shown[0]}</p>\n', shown[0])
        else:
            g["_shown"] = None
        _body(doc, paras)
        if agency:
            doc.chrome(f"<p>{e(source_credit(agency))}</p>\n", source_credit(agency))
        doc.add("</div>\n")
        linked_titles(doc, "اخبار دیگر", others[6:10], "text-box")
    _footer(doc, h, r, crawl)
    return doc


def negative_doc(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Doc:
    """A page that is no article: a listing (on LinkedIn a job posting, on Bale the install page), a «not found» page
    in the chrome, an empty page."""
    doc = Doc()
    if kind == "empty":
        doc.chrome("<div><p>در حال بارگذاری...</p></div>\n", "در حال بارگذاری...")
        return doc
    _top(doc, h, r, crawl)
    k = h.s["kind"]
    if kind == "listing" and k == "linkedin":
        job = pick(r, ["کارشناس فروش صادراتی", "مدیر بازرگانی خارجی", "Data Analyst", "کارشناس لجستیک"])
        rows = [job, f"{pick(r, ['شرکت', 'گروه'])} {pick(r, LAST)} · تهران، ایران", "Full-time · On-site",
                f"{r.randint(2, 200)} applicants", "Easy Apply", "Save", "About the job",
                "Seniority level: Mid-Senior level", "Employment type: Full-time", "Similar jobs"]
        doc.chrome('<section class="job">' + "".join(f"<div>{e(x)}</div>" for x in rows) + "</section>\n", *rows)
    elif kind == "listing" and k == "bale":
        rows = ["بله - پیام‌رسان", "نسخه ۹٫۲", "دسته‌بندی: ارتباطات", "★ ۴٫۱", "+۵ میلیون نصب فعال", "نصب از بازار",
                "نصب از مایکت", "دانلود مستقیم", "امکانات: پیام‌رسانی، کیف پول، کانال‌ها"]
        doc.chrome('<section class="app">' + "".join(f"<div>{e(x)}</div>" for x in rows) + "</section>\n", *rows)
    elif kind == "listing":
        head = {"substack": "Archive", "moodle": h.s["forum"], "fbpost": h.s["page"], "mastodon": h.s["author"],
                "reddit": h.s["sub"], "gsites": h.sections[0], "linkedin": "Articles", "bale": h.name}[k]
        doc.chrome(f"<h1>{e(head)}</h1>\n", head)
        for i, t in enumerate(others[5:20]):
            when = _jday(crawl - dt.timedelta(hours=7 * i + 2))
            doc.chrome(f'<div class="item"><h3><a href="/n/{stable(t) % 10**6}">{e(t)}</a></h3><span>{when}</span>'
                       "</div>\n", t, when)
    else:
        msg = {"linkedin": "This page doesn’t exist", "substack": "Post not found", "reddit":
               "Sorry, this post was deleted by the person who originally posted it.",
               "mastodon": "The page you are looking for isn't here.", "fbpost": "این محتوا در حال حاضر در دسترس نیست",
               "bale": "این پیام حذف شده است.", "gsites": "Requested page not found."}.get(k, "صفحه مورد نظر یافت نشد.")
        doc.chrome(f'<div class="err"><h1>خطا</h1><p>{e(msg)}</p></div>\n', "خطا", msg)
    if k not in ("bale", "fbpost"):
        linked_titles(doc, "پربازدیدترین‌ها", others[20:24], "most")
    _footer(doc, h, r, crawl)
    return doc


# ---------------------------------------------------------------------------------------------- render


def render_html(h: Host, doc: Doc, g: dict, url: str, form: str) -> str:
    title = g.get("title") or h.name
    metas = ['<meta charset="utf-8">', f"<title>{e(title)} | {e(h.name)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<link rel="canonical" href="{e(url)}">']
    if g.get("kind") == "article" and form in ("linkedin", "substack"):
        typ = "Article" if form == "linkedin" else "NewsArticle"
        ld = {"@context": "https://schema.org", "@type": typ, "headline": title,
              "datePublished": g["_shown"][1].isoformat(),
              "author": {"@type": "Person", "name": h.s["author"]}}
        metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    if g.get("kind") == "article" and form in ("substack", "reddit", "mastodon", "fbpost"):
        metas.append(f'<meta property="og:title" content="{e(title)}">')
    if form == "moodle":
        metas.append('<script>M.cfg = {"wwwroot":"' + url.rsplit("/", 2)[0] + '","theme":"boost"};</script>')
    if form == "gsites":
        metas.append('<meta itemprop="name" content="Google Sites">')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px;color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}"
                    for k in range(60 + stable(h.domain) % 150))
    metas.append(f"<style>{rules}</style>")
    head = "\n".join(metas) + "\n"
    lang = "en" if form in ("linkedin", "reddit") else "fa"
    return f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n' \
           "</html>\n"


def _url(h: Host, form: str, key: str) -> str:
    if form == "linkedin":
        return f"https://{h.domain}/pulse/{h.s['account'].replace('_', '-')}-{key}"
    if form == "substack":
        return f"https://{h.domain}/p/{key}"
    if form == "bale":
        return f"https://{h.domain}/{h.s['account']}/{key}"
    if form == "moodle":
        return f"https://{h.domain}/mod/forum/discuss.php?d={key}"
    if form == "fbpost":
        return f"https://{h.domain}/story.php?story_fbid={key}&id={stable(h.domain) % 10**9}"
    if form == "mastodon":
        return f"https://{h.domain}/@{h.s['account']}/{stable(key) % 10**17}"
    if form == "reddit":
        return f"https://{h.domain}/{h.s['sub']}/comments/{stable(key) % 36**6:x}/"
    return f"https://{h.domain}/view/{h.s['account'].replace('_', '-')}/{key}"


# ---------------------------------------------------------------------------------------------- build


def build(out_dir, n: int = 400, seed: int = 353, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""

    def dress(h: Host) -> None:
        h.s["page"] = FB_PAGES.get(h.family, h.name)

    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="an", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories(), dress=dress)
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-an:{seed}:page:{i}")
        is_html = r.random() < s["html_p"]
        form = s["html_forms"][0]
        tform = None if is_html else pick(r, s["txt_forms"])
        fmt = "html" if is_html else "txt"
        key = str(500000 + i * 7919 % 500000)
        crawl = pub_time(r) + dt.timedelta(days=400)  # (an article's page is crawled after its story: below)
        url = _url(h, form, key)
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 30))
            kind = p["kind"]
            if kind == "empty":
                tform, fmt = "copy", "txt"
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
            if form in UTC_DAY:
                pub = same_day_in_utc(pub)
            crawl = pub + dt.timedelta(days=r.randint(1, 700), hours=r.randint(0, 23))
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, r, paras, lead, st["dataset"])
            sec = h.sections[stable(st["key"], h.domain) % len(h.sections)]
            gold = {"kind": "article", "title": st["title"], "section": sec if form in SECTIONED else None,
                    "lead": lead, "surtitle": None, "body_paragraphs": paras, "agency": agency, "published_iso": None,
                    "published_jalali": None, "published_time": None, "cluster": None, "source": None,
                    "source_key": st["key"], "edits": edits}
            others = [t for t in r.sample(titles, min(len(titles), 31)) if t != st["title"]][:30]
            doc = article_doc(h, r, gold, pub, others, key, form, crawl)
            if form == "reddit" and fmt == "txt":  # (its text shows only «3y ago»: no day)
                gold["_shown"] = None
            if gold["_shown"] is not None:
                _, loc, timed = gold["_shown"]
                gold["published_iso"] = loc.date().isoformat()
                gold["published_jalali"] = jalali_day(loc).strftime("%Y/%m/%d")
                in_markup = fmt == "html" and gold["_markup"]  # (JSON-LD, <time datetime>, data-ft)
                gold["published_time"] = loc.isoformat() if timed or in_markup else loc.date().isoformat()
        text = render_html(h, doc, gold, url, form) if fmt == "html" else aj_render_text(h, doc, gold, tform, url,
                                                                                         crawl, r)
        chrome_src = doc.lines("c")
        if tform == "wet":
            chrome_src = list(gold.get("_wet") or []) + chrome_src
        for k in ("_shown", "_markup", "_wet"):
            gold.pop(k, None)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(chrome_src, gold["body_paragraphs"])
        rows.append(gold_row(name, "families-an", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"an{seed}")
