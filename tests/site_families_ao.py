"""Family set AO: eight families of kinds of page the real Persian web hands a corpus builder that no earlier set has
modelled: YouTube watch pages whose description is the story, Jina Reader dumps (an LLM crawler's markdown), Joplin
web clips (its raw export), Medium posts, Internet Archive item pages, Mailchimp campaigns' text versions, pages
printed to PDF by a browser (their text), and Jekyll blogs on GitHub Pages, written blind to the extractor.

    build(out_dir, n, seed=359, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_ao_tables`. One kind a family, three hosts a family that differ
in the kind's variants (:data:`site_families_ao_tables.VARIANT`); the families alternate so that each half of the
split (``aodev``: the 1st, 3rd, 5th and 7th) has two HTML kinds and two flat-text kinds:

- ``wheelchair_basketball``  (HTML) YouTube watch pages of three channels: the masthead, the video's title, the
  channel's row «… مشترک», «12,345 views  Dec 5, 2026» (English UI), «۱۲٬۳۴۵ بازدید  ۵ دسامبر ۲۰۲۶» (Persian UI)
  or «Premiered Dec 5, 2026», the description ONE ``<span>`` whose paragraphs are split by blank lines (the story,
  its credit, hashtags, the channel's links), comments «@user · ۲ سال پیش», «ویدیوهای بعدی» with their ages and
  durations; ``datePublished`` in Pacific time (``-08:00``) and ``ytInitialPlayerResponse`` in a script; no section;
- ``desert_greening``  (text) a Jina Reader dump (``r.jina.ai``): «Title: headline | site», «URL Source:», on two
  hosts «Published Time: 2026-12-05T10:23:00+03:30», «Markdown Content:», then the whole page in markdown: the logo
  and menu links, a trail «[خانه](…) » [section](…)» (one host) or a category link over the headline (another), the
  headline underlined with «=», the date line, the lead, images «![Image 2: …](…)», the story, tags, «### اخبار
  مرتبط» links, the footer; a Cloudflare challenge («Just a moment...», «Warning: Target URL returned error 403»)
  among the negatives;
- ``ride_hailing``  (text) a Joplin web clip in Joplin's raw export: the headline, the clipped page (its date line
  with the clock, the day only, or none), the story, then the note's metadata «id: …», «created_time: …Z» (when it
  was clipped: no story date), «source_url: …», «type_: 1»; no section, no lead;
- ``indie_games``  (HTML) Medium posts: «Open in app | Sign up | Sign in», «Member-only story» on some, the title, the
  subtitle (the lead), the writer's row «Follow», «Published in …», «6 min read · Dec 5, 2026» (English, the day;
  the instant in JSON-LD, UTC), claps, «Listen | Share», the story, its tags, «Written by …», «More from …» (their
  own days), «Recommended from Medium», the footer «Help Status About Careers …»; no section;
- ``oral_history``  (HTML) Internet Archive item pages of three uploaders: the archive's top bar, the item's title,
  «by …», the description (``<div>`` paragraphs, ``<br><br>`` or ``<p>`` by uploader) holding the story and its
  source, the metadata rows «Publication date 2026-12-05» (on one uploader's items only the year «2026»: no day),
  «Topics», «Language Persian», «Addeddate 2027-01-12 08:21:33», «Identifier», «Scanner», «Uploaded by … on January
  12, 2027» (no story date), reviews, downloads, «Similar Items»; no section;
- ``specialty_coffee``  (text) Mailchimp campaigns' plain-text versions: «View this email in your browser (…)» (or
  in Persian), the newsletter's name as a «** » heading and dashed rules, «شماره ۱۲۳ | شنبه ۱۴ آذر ۱۴۰۵» (the
  issue's day), the week's rubric (the same every issue: no section), «** headline», the story, «منبع: …», the
  issue's other items «* title (url)», the social links, «Copyright © 2026 …», the mailing address, «unsubscribe»;
- ``tax_filing``  (text) news pages printed to PDF by a browser, as their text: each page's print header (when it
  was printed, «12/11/26, 11:42 AM» or «۱۴۰۵/۹/۲۰، ۱۱:۴۲», and the tab's title; one host's prints have none),
  the printed page (site name, menu, a trail «صفحه نخست » section» on two hosts, the headline, «تاریخ انتشار: …»,
  «کد خبر», the lead, the story with its lines wrapped at the page's width, credit, short link, related titles),
  each page's footer (the URL and «1/3») and a form feed;
- ``free_software``  (HTML) Jekyll blogs on GitHub Pages: minima (``<time class="dt-published" datetime>`` «Dec 5,
  2026», no section), Chirpy (the description under the title: the lead; «Posted Dec 5, 2026», «Updated …» (no story
  date), the category at the post's tail: the section; the instant in ``data-ts``) and a Persian theme («۱۴ آذر ۱۴۰۵»,
  «دسته: …»: the section), with their sidebars, «Further Reading», older / newer posts and footers.

Gold as AN documents it: the title is the visible headline (a Mailchimp heading's «** » is markup), the section the
page's own category (a Jina dump's trail or category link, a printed trail, a Jekyll category; none on a video, a
clip, a Medium post, an archive item, a newsletter), the lead a subtitle, a Chirpy description or a lead the page
shows apart (Jina dumps, printed pages), the agency only when the page credits the story to one, ``published_iso``
the story's day as the page shows it (none when it shows none: a clip without its date line, an archive item with
only a year), ``published_time`` the instant with its offset when the page shows its time or holds it in markup,
else the day. A clip's ``created_time``, an archive's «Addeddate» and upload day, a print header, a post's
«Updated», comments' and related items' ages and days are no story date. About 7% negatives (a channel's or an
archive's listing, a 404 in the chrome, a Cloudflare challenge, an empty page), ~10% of the stories republished on a
host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
import textwrap
import zoneinfo

import jdatetime

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
from site_families_aj import Doc
from site_families_an import LONG_EMONTHS, SHORT_EMONTHS
from site_families_ao_tables import (
    ADDRESSES,
    AUTHORS,
    COMMENTS,
    FAMILIES,
    HANDLES,
    HOSTS,
    IA_ROWS,
    IA_TOP,
    JOPLIN_TAIL,
    KIND,
    MAILCHIMP,
    MEDIUM_TAGS,
    MENUS,
    RUBRICS,
    SECTIONS,
    VARIANT,
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
PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
#: the variants whose pages show a section
SECTIONED = ("crumb", "kicker", "en_hdr", "fa_hdr", "chirpy", "persian")
#: the agency habit of each kind: keep the story's own credits, credit a «منبع: …» line (``source``: the text kept);
#: the others draw theirs per host
AGENCY = {"archive": "source", "mailchimp": "source", "medium": "keep"}
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ao-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.9 if kind in ("youtube", "medium", "archive", "jekyll") else 0.0,
         "agency": AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]),
         "lead_p": {"medium": 0.8, "jekyll": 0.9 if variant == "chirpy" else 0.0, "jina": 0.6,
                    "print": 0.5 if variant != "no_hdr" else 0.0}.get(kind, 0.0),
         "author": AUTHORS.get(domain) or f"{pick(r, FIRST)} {pick(r, LAST)}", "handle": pick(r, HANDLES),
         "subs": r.randint(2, 900), "issue0": r.randint(20, 300), "wrap": r.randint(70, 100),
         "rubric": pick(r, RUBRICS), "address": ADDRESSES[idx], "ia_body": ["div", "br", "p"][idx],
         "jina_time": variant != "kicker", "code0": r.randint(10000, 90000)}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def _jday(t: dt.datetime) -> str:
    j = jalali_day(t)
    return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year}", "fa")


def _en_day(t: dt.datetime) -> str:
    return f"{SHORT_EMONTHS[t.month - 1]} {t.day}, {t.year}"


def shown_date(t: dt.datetime, kind: str, variant: str) -> tuple[str, dt.datetime, bool]:
    """The date line a page of ``kind`` (its host's ``variant``) shows for instant ``t``, the instant in Tehran's time
    and whether the line shows the time: ``shown_date(dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "youtube",
    "fa")`` -> («۵ دسامبر ۲۰۲۶», …, False)."""
    loc = t.astimezone(TEHRAN)
    j = jalali_day(loc)
    wd = WEEKDAYS[loc.weekday()]
    if kind == "youtube":
        if variant == "fa":
            return dg(f"{loc.day} {GMONTHS[loc.month - 1]} {loc.year}", "fa"), loc, False
        if variant == "premiere":
            return f"Premiered {_en_day(loc)}", loc, False
        return _en_day(loc), loc, False
    if kind in ("medium", "jekyll") and variant != "persian":
        return _en_day(loc), loc, False
    if kind == "jekyll":
        return _jday(loc), loc, False
    if kind == "jina":
        if variant == "crumb":
            return dg(f"{_jday(loc)} - {loc:%H:%M}", "fa"), loc, True
        if variant == "kicker":
            return dg(f"{wd} {_jday(loc)} ساعت {loc:%H:%M}", "fa"), loc, True
        return dg(f"تاریخ: {j.year}/{j.month:02d}/{j.day:02d}", "fa"), loc, False
    if kind == "joplin":
        if variant == "timed":
            return dg(f"{_jday(loc)} | {loc:%H:%M}", "fa"), loc, True
        return f"{wd} {_jday(loc)}", loc, False
    if kind == "archive":
        return (f"{loc:%Y-%m-%d}", loc, False) if variant == "iso" else (f"{loc.year}", loc, False)
    if kind == "mailchimp":
        return f"{wd} {_jday(loc)}", loc, False
    # print
    if variant == "en_hdr":
        return dg(f"تاریخ انتشار: {wd} {_jday(loc)} - {loc:%H:%M}", "fa"), loc, True
    if variant == "fa_hdr":
        return dg(f"تاریخ انتشار: {j.year}/{j.month:02d}/{j.day:02d} - {loc:%H:%M}", "fa"), loc, True
    return dg(f"انتشار: {_jday(loc)}", "fa"), loc, False


def _ago(t: dt.datetime, now: dt.datetime, en: bool = False) -> str:
    """A relative age as YouTube writes it («۳ سال پیش», «3 years ago»)."""
    days = max(0, (now - t).days)
    if days >= 365:
        n, w, p = days // 365, "year", "سال"
    elif days >= 30:
        n, w, p = days // 30, "month", "ماه"
    elif days >= 1:
        n, w, p = days, "day", "روز"
    else:
        n, w, p = max(1, int((now - t).total_seconds() // 3600)), "hour", "ساعت"
    return f"{n} {w}{'s' if n > 1 else ''} ago" if en else dg(f"{n} {p} پیش", "fa")


def _same_day_in_pacific(pub: dt.datetime) -> dt.datetime:
    """A video's page holds its instant in Pacific time: its story is put after 13:00 Tehran time, when that day is
    the Pacific day too."""
    if pub.hour < 13:
        return pub.replace(hour=13 + pub.hour % 10)
    return pub


# ---------------------------------------------------------------------------------------------- pieces


def _who(r: random.Random) -> str:
    return f"{pick(r, FIRST)} {pick(r, LAST)}"


def _body(doc: Doc, paras: list[str], open_: str = "<p>", close: str = "</p>") -> None:
    for p in paras:
        doc.add(f"{open_}{e(p)}{close}\n", [("body", p)])


def _tags(h: Host) -> str:
    return " ".join("#" + x.replace(" ", "_") for x in h.sections[:2])


class Flat:
    """A flat-text page: its blocks of physical lines (a logical line each) and the gold role of each logical line
    (``c`` chrome)."""

    def __init__(self) -> None:
        self.blocks: list[list[str]] = []
        self.roles: list[tuple[str, str]] = []

    def add(self, text: str, role: str | None = "c", shown: list[str] | None = None) -> None:
        """A line (or the physical lines ``shown`` of one logical line ``text``)."""
        self.blocks.append(shown if shown is not None else [text])
        if role and text:
            self.roles.append((role, text))

    def blank(self) -> None:
        self.blocks.append([""])

    def text(self) -> str:
        return "\n".join(x for b in self.blocks for x in b).rstrip("\n") + "\n"

    def lines(self, role: str | None = None) -> list[str]:
        return [t for ro, t in self.roles if role is None or ro == role]


# ---------------------------------------------------------------------------------------------- HTML kinds


def _youtube(doc: Doc, h: Host, r: random.Random, g: dict, shown: tuple, others: list[str], crawl: dt.datetime,
             key: str) -> None:
    en = h.s["variant"] != "fa"
    skip, search, sign = (("Skip navigation", "Search", "Sign in") if en
                          else ("رد شدن از پیمایش", "جستجو", "ورود به سیستم"))
    doc.chrome(f'<div id="masthead"><a class="skip">{skip}</a><a id="logo" href="/">YouTube</a>'
               f'<div><input placeholder="{search}"></div><div><a class="sign-in">{sign}</a></div></div>\n',
               skip, "YouTube", sign)
    doc.add('<div id="columns"><div id="primary"><div id="player" class="html5-video-player"></div>\n')
    doc.chrome(f'<div class="super-title">{e(_tags(h))}</div>\n', _tags(h))
    doc.add(f'<div id="title"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string>{e(g["title"])}'
            "</yt-formatted-string></h1></div>\n", [("title", g["title"])])
    subs = f"{h.s['subs']}K subscribers" if en else dg(f"{h.s['subs']} هزار مشترک", "fa")
    sub_b, share = ("Subscribe", "Share") if en else ("مشترک شدن", "هم‌رسانی")
    doc.chrome(f'<div id="owner"><div class="channel-name"><a>{e(h.name)}</a></div><div id="owner-sub-count">{subs}'
               f'</div><button>{sub_b}</button></div>\n', h.name, subs, sub_b)
    likes = f"{r.randint(20, 900)}"
    doc.chrome(f'<div id="actions"><button>👍 {likes}</button><button>{share}</button><button>…</button></div>\n',
               f"👍 {likes}", share)
    views = r.randint(300, 90000)
    vline = f"{views:,} views" if en else f"{fa_count(views)} بازدید"
    doc.chrome(f'<div id="description"><div id="info-container"><span>{vline}</span>  <span>{e(shown[0])}</span>'
               f"</div>\n", vline, shown[0])
    desc = [*g["body_paragraphs"]]
    tail = []
    if g["agency"] and h.s["agency"] == "credit":
        tail.append(source_credit(g["agency"]))
    tail += [_tags(h), f"کانال ما در تلگرام: https://t.me/{h.s['handle']}",
             f"اینستاگرام: https://instagram.com/{h.s['handle']}"]
    text = "\n\n".join([*desc, *tail])
    doc.add(f'<yt-attributed-string><span class="yt-core-attributed-string" role="text">{e(text)}</span>'
            "</yt-attributed-string></div>\n", [("body", p) for p in desc] + [("c", x) for x in tail])
    n_c = r.randint(2, 5)
    head = f"{n_c} Comments" if en else dg(f"{n_c} نظر", "fa")
    rows = []
    for _ in range(n_c):
        t = g["_shown"][1] + dt.timedelta(hours=r.randint(2, 3000))
        rows.append((f"@{pick(r, HANDLES)}", _ago(t, crawl, en), pick(r, COMMENTS)))
    doc.chrome(f'<div id="comments"><h2>{head}</h2>' + "".join(
        f'<div class="comment"><div class="author">{e(a)}</div><div class="published-time-text">{e(b)}</div>'
        f'<div class="content-text">{e(c)}</div></div>' for a, b, c in rows) + "</div></div>\n",
        head, *[x for row in rows for x in row])
    side = []
    for t in others[:8]:
        d = g["_shown"][1] - dt.timedelta(days=r.randint(3, 900))
        age = _ago(d, crawl, en)
        meta = f"{r.randint(1, 99)}K views • {age}" if en else dg(f"{r.randint(1, 99)} هزار بازدید • ", "fa") + age
        dur = dg(f"{r.randint(1, 25)}:{r.randint(0, 59):02d}", "en" if en else "fa")
        side.append((t, meta, dur))
    up = "Up next" if en else "ویدیوهای بعدی"
    doc.chrome(f'<div id="secondary"><h2>{up}</h2>' + "".join(
        f'<div class="compact-video"><div class="duration">{d}</div><h3><a>{e(t)}</a></h3>'
        f'<div class="channel">{e(h.name)}</div><div class="metadata">{e(m)}</div></div>' for t, m, d in side)
        + "</div></div>\n", up, *[x for t, m, d in side for x in (d, t, m)])
    g["_markup"] = True


def _medium(doc: Doc, h: Host, r: random.Random, g: dict, shown: tuple, others: list[str], crawl: dt.datetime) -> None:
    top = ["Open in app", "Sign up", "Sign in", "Medium", "Write", "Search"]
    doc.chrome('<div class="top-bar">' + "".join(f"<div><a>{x}</a></div>" for x in top) + "</div>\n", *top)
    doc.add('<article><div class="section-content">\n')
    if r.random() < 0.3:
        doc.chrome('<div class="member-only"><span>Member-only story</span></div>\n', "Member-only story")
    doc.add(f'<h1 data-testid="storyTitle" class="pw-post-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    if g["lead"]:
        doc.add(f'<h2 class="pw-subtitle-paragraph">{e(g["lead"])}</h2>\n', [("lead", g["lead"])])
    author = h.s["author"]
    minutes = max(1, sum(len(p.split()) for p in g["body_paragraphs"]) // 200)
    read = f"{minutes} min read"
    pub = f"Published in {h.name}" if h.s["variant"] != "user" else None
    doc.chrome(f'<div class="pw-author"><a data-testid="authorName">{e(author)}</a> · <button>Follow</button></div>\n',
               author, "Follow")
    if pub:
        doc.chrome(f'<div class="pw-publication"><a>{e(pub)}</a></div>\n', pub)
    doc.chrome(f'<div class="pw-reading-time"><span>{read}</span> · <span data-testid="storyPublishDate">'
               f"{shown[0]}</span></div>\n", read, shown[0])
    claps = f"{r.randint(3, 900)}"
    doc.chrome(f'<div class="pw-multi-vote-count"><button>👏 {claps}</button> <button>💬 {r.randint(0, 20)}</button>'
               '</div><div><button>Listen</button> <button>Share</button></div>\n', f"👏 {claps}", "Listen", "Share")
    _body(doc, g["body_paragraphs"], '<p class="pw-post-body-paragraph">')
    if g["agency"] and h.s["agency"] != "keep":
        credit = source_credit(g["agency"])
        doc.chrome(f'<p class="pw-post-body-paragraph">{e(credit)}</p>\n', credit)
    doc.add("</div></article>\n")
    tags = r.sample(MEDIUM_TAGS, 3)
    doc.chrome('<div class="tags">' + "".join(f'<a href="/tag/{stable(t) % 999}">{e(t)}</a>' for t in tags)
               + "</div>\n", *tags)
    followers = f"{r.randint(20, 4000)} Followers"
    doc.chrome(f'<div class="about-author"><h2>Written by {e(author)}</h2><p>{followers}</p></div>\n',
               f"Written by {author}", followers)
    more = []
    for k, t in enumerate(others[6:10]):
        d = shown[1] - dt.timedelta(days=15 * (k + 1) + r.randint(0, 9))
        more.append(f"{t} · {_en_day(d)}")
    linked_titles(doc, f"More from {author}", more, "more-from", "h2")
    linked_titles(doc, "Recommended from Medium", others[10:14], "recommended", "h2")
    foot = ["Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech", "Teams"]
    doc.chrome('<footer><div class="footer-links">' + "".join(f"<a>{x}</a> " for x in foot) + "</div></footer>\n",
               " ".join(foot))
    g["_markup"] = True


def _archive(doc: Doc, h: Host, r: random.Random, g: dict, shown: tuple, others: list[str], crawl: dt.datetime,
             key: str) -> None:
    doc.chrome('<div class="ia-topnav">' + "".join(f"<div><a>{x}</a></div>" for x in IA_TOP) + "</div>\n", *IA_TOP)
    search = "Search the Archive"
    doc.chrome(f'<div class="search-bar"><input placeholder="{search}"></div>\n')
    doc.add('<div class="container container-ia item-details-about"><div class="thats-left item-details-metadata">\n')
    doc.add(f'<h1 class="item-title"><span class="breaker-breaker" itemprop="name">{e(g["title"])}</span></h1>\n',
            [("title", g["title"])])
    uploader = h.s["author"]
    doc.chrome(f'<dl class="metadata-definition"><dt>by</dt><dd><span class="value"><a>{e(uploader)}</a></span>'
               "</dd></dl>\n", "by", uploader)
    doc.add('<div id="descript" itemprop="description">\n')
    paras = g["body_paragraphs"]
    kind = h.s["ia_body"]
    if kind == "br":
        doc.add("<div>" + "<br><br>".join(e(p) for p in paras), [("body", p) for p in paras])
        if g["agency"]:
            doc.chrome(f"<br><br>{e(source_credit(g['agency']))}", source_credit(g["agency"]))
        doc.add("</div>\n")
    else:
        tag = "div" if kind == "div" else "p"
        _body(doc, paras, f"<{tag}>", f"</{tag}>")
        if g["agency"]:
            doc.chrome(f"<{tag}>{e(source_credit(g['agency']))}</{tag}>\n", source_credit(g["agency"]))
    doc.add("</div>\n")
    span = max(2, (crawl - shown[1]).days)  # (uploaded after the story, before the crawl)
    added = (shown[1] + dt.timedelta(days=r.randint(1, span - 1), minutes=r.randint(0, 900))).astimezone(UTC)
    ident = f"oral-history-{key}"
    topics = "، ".join(h.sections[:3])
    rows = [("Publication date", shown[0]), ("Topics", topics), ("Collection", "opensource"), ("Language", "Persian"),
            ("Item Size", f"{r.randint(80, 900)}.{r.randint(0, 9)}K"), ("Addeddate", f"{added:%Y-%m-%d %H:%M:%S}"),
            ("Identifier", ident), ("Scanner", "Internet Archive HTML5 Uploader 1.7.0")]
    doc.chrome('<div class="metadata-expandable-list">' + "".join(
        f'<dl class="metadata-definition"><dt>{k}</dt><dd>{e(v)}</dd></dl>' for k, v in rows) + "</div>\n",
        *[x for row in rows for x in row])
    up = f"Uploaded by {h.s['handle']} on {LONG_EMONTHS[added.month - 1]} {added.day}, {added.year}"
    views = f"{r.randint(10, 9000):,} Views"
    doc.chrome(f'<div class="item-upload-info"><p>{up}</p></div><div class="views">{views}</div></div>\n', up, views)
    doc.chrome('<div class="thats-right">' + "".join(f"<div>{x}</div>" for x in IA_ROWS) + "</div></div>\n", *IA_ROWS)
    linked_titles(doc, "Similar Items (based on metadata)", others[6:12], "similar-items", "h2")
    g["_markup"] = False


def _jekyll(doc: Doc, h: Host, r: random.Random, g: dict, shown: tuple, others: list[str], crawl: dt.datetime,
            key: str) -> None:
    v, loc = h.s["variant"], shown[1]
    author = h.s["author"]
    if v == "minima":
        doc.chrome(f'<header class="site-header"><div class="wrapper"><a class="site-title" rel="author" href="/">'
                   f'{e(h.name)}</a><nav class="site-nav"><div class="trigger">'
                   + "".join(f'<a class="page-link" href="/{stable(x) % 99}/">{e(x)}</a>' for x in h.menu[1:])
                   + "</div></nav></div></header>\n", h.name, *h.menu[1:])
        doc.add('<main class="page-content"><div class="wrapper"><article class="post h-entry">'
                '<header class="post-header">\n')
        doc.add(f'<h1 class="post-title p-name" itemprop="name headline">{e(g["title"])}</h1>\n',
                [("title", g["title"])])
        doc.chrome(f'<p class="post-meta"><time class="dt-published" datetime="{loc.isoformat()}" '
                   f'itemprop="datePublished">{shown[0]}</time> • <span class="p-author h-card">{e(author)}</span>'
                   "</p></header>\n", shown[0], f"• {author}")
        doc.add('<div class="post-content e-content" itemprop="articleBody">\n')
        _body(doc, g["body_paragraphs"])
        if g["agency"] and h.s["agency"] == "credit":
            doc.chrome(f"<p>{e(source_credit(g['agency']))}</p>\n", source_credit(g["agency"]))
        doc.add("</div></article></div></main>\n")
        rss = "Subscribe"
        doc.chrome(f'<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">{e(h.name)}'
                   f'</h2><div class="footer-col"><p>{e(h.tagline)}</p></div><div class="footer-col">'
                   f'<a href="/feed.xml">{rss}</a></div></div></footer>\n', h.name, h.tagline, rss)
        g["_markup"] = True
        return
    if v == "chirpy":
        side = [h.name, h.tagline, *h.menu, "Recently Updated", *others[14:17], "Trending Tags", *h.sections]
        doc.chrome('<aside id="sidebar"><div class="site-title">' + e(h.name) + '</div><div class="site-subtitle">'
                   + e(h.tagline) + "</div><ul>" + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul>"
                   "<section><h2>Recently Updated</h2><ul>" + "".join(f"<li><a>{e(x)}</a></li>" for x in others[14:17])
                   + "</ul></section><section><h2>Trending Tags</h2><div>"
                   + "".join(f"<a class='post-tag'>{e(x)}</a> " for x in h.sections)
                   + "</div></section></aside>\n", *side[:-len(h.sections)], " ".join(h.sections))
        doc.chrome(f'<div id="topbar"><nav id="breadcrumb"><span><a href="/">Home</a></span> <span>{e(g["title"])}'
                   "</span></nav></div>\n", "Home")
        doc.add('<main><article class="px-1"><header>\n')
        doc.add(f'<h1 data-toc-skip>{e(g["title"])}</h1>\n', [("title", g["title"])])
        if g["lead"]:
            doc.add(f'<p class="post-desc fw-light mb-4">{e(g["lead"])}</p>\n', [("lead", g["lead"])])
        upd = loc + dt.timedelta(days=r.randint(1, 120), hours=r.randint(0, 10))
        minutes = max(1, sum(len(p.split()) for p in g["body_paragraphs"]) // 200)
        rows = ["Posted", shown[0], "Updated", _en_day(upd), f"By {author}", f"{minutes} min read"]
        doc.chrome(f'<div class="post-meta text-muted"><span>Posted <time data-ts="{int(loc.timestamp())}" '
                   f'data-df="ll">{shown[0]}</time></span> <span>Updated <time data-ts="{int(upd.timestamp())}" '
                   f'data-df="ll">{_en_day(upd)}</time></span><div><span>By <em>{e(author)}</em></span> '
                   f"<span>{minutes} min read</span></div></div></header>\n", *rows)
        doc.add('<div class="content">\n')
        _body(doc, g["body_paragraphs"])
        if g["agency"] and h.s["agency"] == "credit":
            doc.chrome(f"<p>{e(source_credit(g['agency']))}</p>\n", source_credit(g["agency"]))
        doc.add("</div>\n")
        lic = "This post is licensed under CC BY 4.0 by the author."
        cat = f"/categories/{stable(g['section']) % 999}/"
        doc.chrome(f'<div class="post-tail-wrapper"><div class="post-meta"><a href="{cat}">{e(g["section"])}</a></div>'
                   f'<div class="license-wrapper">{lic}</div><div class="share-wrapper">Share</div></div></article>\n',
                   g["section"], lic, "Share")
        linked_titles(doc, "Further Reading", others[6:9], "related-posts", "h3")
        nav = ["OLDER", others[9], "NEWER", others[10]]
        doc.chrome('<nav class="post-navigation">' + "".join(f"<div>{e(x)}</div>" for x in nav) + "</nav></main>\n",
                   *nav)
        foot = [f"© {crawl.year} {author}. Some rights reserved.", "Using the Chirpy theme for Jekyll."]
        doc.chrome("<footer>" + "".join(f"<p>{e(x)}</p>" for x in foot) + "</footer>\n", *foot)
        g["_markup"] = True
        return
    # persian
    doc.chrome(f'<header class="masthead"><div class="brand">{e(h.name)}</div><div class="tagline">{e(h.tagline)}'
               "</div><nav><ul>" + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul></nav></header>\n",
               h.name, h.tagline, *h.menu)
    doc.add('<div class="container"><article class="post">\n')
    doc.add(f"<h1>{e(g['title'])}</h1>\n", [("title", g["title"])])
    cat = f"دسته: {g['section']}"
    doc.chrome(f'<div class="meta"><span class="date">{shown[0]}</span> | <span class="cat">{e(cat)}</span> | '
               f'<span class="author">نویسنده: {e(author)}</span></div>\n', f"{shown[0]} | {cat} | نویسنده: {author}")
    _body(doc, g["body_paragraphs"])
    if g["agency"] and h.s["agency"] == "credit":
        doc.chrome(f"<p>{e(source_credit(g['agency']))}</p>\n", source_credit(g["agency"]))
    doc.add("</article>\n")
    linked_titles(doc, "نوشته‌های دیگر", others[6:10], "related")
    foot = dg(f"ساخته شده با Jekyll و میزبانی در GitHub Pages | {jdatetime.date.fromgregorian(date=crawl.date()).year}",
              "fa")
    doc.chrome(f'</div><footer class="foot"><p>{foot}</p></footer>\n', foot)
    g["_markup"] = False


# ---------------------------------------------------------------------------------------------- flat kinds


def _jina(f: Flat, h: Host, r: random.Random, g: dict | None, shown: tuple | None, others: list[str], url: str,
          neg: str | None = None) -> None:
    d = h.domain
    title = g["title"] if g else ("Just a moment..." if neg == "challenge" else h.name)
    head = f"{title} | {h.name}" if g else title
    f.add(f"Title: {head}")
    f.blank()
    f.add(f"URL Source: {url}")
    f.blank()
    if g and shown and h.s["jina_time"]:
        f.add(f"Published Time: {shown[1].isoformat()}")
        f.blank()
    if neg == "challenge":
        f.add("Warning: Target URL returned error 403: Forbidden")
        f.blank()
        f.add("Markdown Content:")
        for x in [d, "Verify you are human by completing the action below.",
                  f"{d} needs to review the security of your connection before proceeding.",
                  f"Ray ID: `{stable(url) % 16**16:016x}`", "Performance & security by Cloudflare"]:
            f.add(x)
            f.blank()
        return
    f.add("Markdown Content:")
    f.add(f"[![Image 1: {h.name}](https://{d}/themes/logo.png)](https://{d}/)")
    f.blank()
    for x in h.menu:
        f.add(f"*   [{x}](https://{d}/{stable(x) % 999})")
    f.blank()
    if g is None:
        head_ = "آخرین اخبار" if neg == "listing" else "خطای ۴۰۴"
        f.add(head_)
        f.add("-" * 10, None)
        f.blank()
        if neg == "listing":
            for t in others[5:20]:
                f.add(f"### [{t}](https://{d}/news/{stable(t) % 10**6})")
                f.blank()
        else:
            f.add("صفحه مورد نظر یافت نشد.")
            f.blank()
    else:
        v = h.s["variant"]
        if v == "crumb":
            f.add(f"[خانه](https://{d}/) » [{g['section']}](https://{d}/service/{stable(g['section']) % 99})")
            f.blank()
        elif v == "kicker":
            f.add(f"[{g['section']}](https://{d}/category/{stable(g['section']) % 99})")
            f.blank()
        f.add(g["title"], "title")
        f.add("=" * min(60, len(g["title"])), None)
        f.blank()
        f.add(shown[0])
        f.blank()
        if g["lead"]:
            f.add(g["lead"], "lead")
            f.blank()
        f.add(f"![Image 2: {g['title'][:30]}](https://{d}/files/news/{stable(url) % 10**5}.jpg)")
        f.blank()
        for p in g["body_paragraphs"]:
            f.add(p, "body")
            f.blank()
        if g["agency"] and h.s["agency"] == "credit":
            f.add(source_credit(g["agency"]))
            f.blank()
        f.add("برچسب‌ها")
        for t in h.sections[:3]:
            f.add(f"*   [{t}](https://{d}/tag/{stable(t) % 999})")
        f.blank()
        f.add("### اخبار مرتبط")
        f.blank()
        for t in others[6:11]:
            f.add(f"*   [{t}](https://{d}/news/{stable(t) % 10**6})")
        f.blank()
    f.add(dg(f"© ۱۴۰۵ {h.name} - تمامی حقوق محفوظ است.", "fa"))


def _joplin(f: Flat, h: Host, r: random.Random, g: dict | None, shown: tuple | None, others: list[str], url: str,
            crawl: dt.datetime, neg: str | None = None) -> None:
    title = g["title"] if g else (h.name if neg == "listing" else "404 Not Found")
    if g:
        f.add(title, "title")
    else:
        f.add(title)
    f.blank()
    if g:
        if shown:
            f.add(shown[0])
            f.blank()
        if r.random() < 0.5:
            f.add(f"![]({url.rsplit('/', 1)[0]}/img/{stable(url) % 10**6}.jpg)")
            f.blank()
        for p in g["body_paragraphs"]:
            f.add(p, "body")
            f.blank()
        if g["agency"] and h.s["agency"] == "credit":
            f.add(source_credit(g["agency"]))
            f.blank()
    elif neg == "listing":
        for t in others[5:18]:
            f.add(f"[{t}](https://{h.domain}/news/{stable(t) % 10**6})")
            f.blank()
    else:
        f.add("nginx")
        f.blank()
    created = crawl.astimezone(UTC)
    stamp = f"{created:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999):03d}Z"
    f.add(f"id: {hashlib.md5(url.encode()).hexdigest()}")
    f.add(f"parent_id: {hashlib.md5(h.domain.encode()).hexdigest()}")
    f.add(f"created_time: {stamp}")
    f.add(f"updated_time: {stamp}")
    rows = list(JOPLIN_TAIL)
    rows.insert(rows.index("is_todo: 0"), f"source_url: {url}")
    rows.insert(rows.index("encryption_cipher_text:"), f"user_created_time: {stamp}")
    for x in rows:
        f.add(x)


def _rule() -> str:
    return "-" * 60


def _mailchimp(f: Flat, h: Host, r: random.Random, g: dict | None, shown: tuple | None, others: list[str], url: str,
               crawl: dt.datetime, issue: int, neg: str | None = None) -> None:
    m = MAILCHIMP[h.s["variant"]]
    f.add(f"{m['view']} ({url})")
    f.blank()
    f.add(f"** {h.name}")
    f.add(_rule(), None)
    f.add(h.tagline)
    f.blank()
    if g and shown:
        f.add(dg(f"شماره {issue} | ", "fa") + shown[0])
        f.blank()
        f.add(f"** {h.s['rubric']}")
        f.add(_rule(), None)
        f.add(f"** {g['title']}", "title_md")
        f.add(_rule(), None)
        f.blank()
        for p in g["body_paragraphs"]:
            f.add(p, "body")
            f.blank()
        if g["agency"]:
            f.add(source_credit(g["agency"]))
            f.blank()
        f.add("** در این شماره بخوانید")
        f.add(_rule(), None)
        for t in others[6:10]:
            f.add(f"* {t} (https://{h.domain}/{stable(t) % 10**6})")
        f.blank()
    elif neg == "listing":
        f.add("** آرشیو خبرنامه")
        f.add(_rule(), None)
        for k, t in enumerate(others[5:17]):
            f.add(dg(f"* شماره {issue - k}: ", "fa") + f"{t} (https://{h.domain}/{stable(t) % 10**6})")
        f.blank()
    else:
        f.add("** اشتراک شما لغو شد" if h.s["variant"] == "fa" else "** Unsubscribe Successful")
        f.add(_rule(), None)
        f.add("You have been removed from this list." if h.s["variant"] == "en" else "نشانی شما از فهرست حذف شد.")
        f.blank()
    f.add("=" * 60, None)
    f.add(f"Telegram (https://t.me/{h.s['handle']}) | Instagram (https://instagram.com/{h.s['handle']}) | Website "
          f"(https://{h.s['handle'].replace('_', '')}.ir)")
    f.blank()
    f.add(f"Copyright © {crawl.year} {h.name}, {m['rights']}")
    f.add(m["why"])
    f.blank()
    f.add(m["address"])
    f.add(h.name)
    f.add(h.s["address"])
    f.blank()
    f.add(m["change"])
    f.add(f"{m['prefs']} (https://{h.domain}/profile?u={stable(h.domain) % 16**12:x}) {m['unsub']} "
          f"(https://{h.domain}/unsubscribe?u={stable(h.domain) % 16**12:x})")


def _print(h: Host, r: random.Random, g: dict | None, shown: tuple | None, others: list[str], url: str,
           crawl: dt.datetime, key: str, neg: str | None = None) -> Flat:
    """A page printed to PDF, as its text: the printed page's lines, paged with the browser's header and footer."""
    page = Flat()
    page.add(h.name)
    page.add(" | ".join(h.menu))
    v = h.s["variant"]
    if g and shown:
        if v != "no_hdr":
            page.add(f"صفحه نخست » {g['section']}")
        page.add(g["title"], "title")
        page.add(shown[0])
        page.add(dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa"))
        if g["lead"]:
            page.add(g["lead"], "lead")
        width = h.s["wrap"]
        for p in g["body_paragraphs"]:
            wrapped = textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)
            if " ".join(wrapped) != p or len(wrapped) > 36:  # (a paragraph the wrap would not give back, or huge)
                wrapped = [p]
            page.add(p, "body", wrapped)
        if g["agency"] and h.s["agency"] == "credit":
            page.add(source_credit(g["agency"]))
        page.add(f"لینک کوتاه: https://{h.domain}/x/{stable(url) % 36**5:x}")
        page.add("برچسب‌ها: " + "، ".join(h.sections[:3]))
        page.add("اخبار مرتبط")
        for t in others[6:10]:
            page.add(t)
    elif neg == "listing":
        page.add("آخرین اخبار")
        for t in others[5:18]:
            page.add(t)
    else:
        page.add("خطای ۴۰۴: صفحه مورد نظر یافت نشد.")
    page.add(dg(f"تمامی حقوق این سایت متعلق به {h.name} است. © ۱۴۰۵", "fa"))
    tab = f"{g['title']} | {h.name}" if g else h.name
    when = crawl.astimezone(TEHRAN)
    if v == "en_hdr":
        hdr = f"{when.month}/{when.day}/{when:%y}, {when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"
    else:
        j = jalali_day(when)
        hdr = dg(f"{j.year}/{j.month}/{j.day}، {when:%H:%M}", "fa")
    rows = 46  # the printed lines a page holds (a logical line is never split over two pages)
    pages: list[list[str]] = [[]]
    for b in page.blocks:
        if pages[-1] and len(pages[-1]) + len(b) > rows:
            pages.append([])
        pages[-1].extend(b)
    out = Flat()
    out.roles = list(page.roles)
    for k, chunk in enumerate(pages):
        if v != "no_hdr":
            out.blocks.append([("\f" if k else "") + hdr, tab])
        elif k:
            out.blocks.append(["\f"])
        out.blocks.append(chunk)
        if v != "no_hdr":
            out.blocks.append([url, f"{k + 1}/{len(pages)}"])
    if v != "no_hdr":
        out.roles += [("c", hdr), ("c", tab), ("c", url)] + [("c", f"{k + 1}/{len(pages)}") for k in range(len(pages))]
    return out


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime, issue: int) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day)
    and whether markup holds the instant (``g["_markup"]``)."""
    kind, v = h.s["kind"], h.s["variant"]
    shown: tuple | None = shown_date(pub, kind, v)
    g["_shown"], g["_markup"] = shown, False
    if kind == "joplin" and v == "none":
        g["_shown"] = shown = None
    if kind == "archive" and v == "year":
        g["_shown"] = None
    if kind == "jina" and h.s["jina_time"] and shown:  # («Published Time:» holds the instant)
        g["_shown"] = (shown[0], shown[1], True)
    if kind in ("youtube", "medium", "archive", "jekyll"):
        doc = Doc()
        if kind == "youtube":
            _youtube(doc, h, r, g, shown, others, crawl, key)
        elif kind == "medium":
            _medium(doc, h, r, g, shown, others, crawl)
        elif kind == "archive":
            _archive(doc, h, r, g, shown, others, crawl, key)
        else:
            _jekyll(doc, h, r, g, shown, others, crawl, key)
        return doc
    f = Flat()
    if kind == "jina":
        _jina(f, h, r, g, shown, others, url)
    elif kind == "joplin":
        _joplin(f, h, r, g, shown, others, url, crawl)
    elif kind == "mailchimp":
        _mailchimp(f, h, r, g, shown, others, url, crawl, issue)
    else:
        f = _print(h, r, g, shown, others, url, crawl, key)
    return f


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime,
                  issue: int) -> Doc | Flat:
    """A page that is no article: a listing (a channel's videos, an archive's search, a blog's home, a newsletter's
    archive), a «not found» page in the chrome (on a Jina host, a Cloudflare challenge), an empty page."""
    kind = h.s["kind"]
    if neg == "empty":
        f = Flat()
        f.add("در حال بارگذاری...")
        return f
    if kind == "jina":
        f = Flat()
        _jina(f, h, r, None, None, others, url, "challenge" if neg == "chrome_only" and r.random() < 0.6 else neg)
        return f
    if kind == "joplin":
        f = Flat()
        _joplin(f, h, r, None, None, others, url, crawl, neg)
        return f
    if kind == "mailchimp":
        f = Flat()
        _mailchimp(f, h, r, None, None, others, url, crawl, issue, neg)
        return f
    if kind == "print":
        return _print(h, r, None, None, others, url, crawl, "0", neg)
    doc = Doc()
    head = {"youtube": h.name, "medium": h.name, "archive": "Search results", "jekyll": h.name}[kind]
    doc.chrome(f'<header class="top"><a href="/">{e(head)}</a></header>\n', head)
    if neg == "listing":
        label = {"youtube": "Videos", "medium": "Latest", "archive": f"{r.randint(20, 900):,} Results",
                 "jekyll": "Posts"}[kind]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        for i, t in enumerate(others[5:20]):
            when = _en_day(crawl - dt.timedelta(days=3 * i + 1))
            doc.chrome(f'<div class="item"><h3><a href="/n/{stable(t) % 10**6}">{e(t)}</a></h3><span>{when}</span>'
                       "</div>\n", t, when)
    else:
        msg = {"youtube": "This video isn't available anymore", "medium": "404 Out of nothing, something.",
               "archive": "Item cannot be found.", "jekyll": "Page not found :("}[kind]
        doc.chrome(f'<div class="err"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    doc.chrome(f'<footer><p>{e(h.tagline)}</p></footer>\n', h.tagline)
    return doc


def render_html(h: Host, doc: Doc, g: dict, url: str) -> str:
    kind = h.s["kind"]
    art = g.get("kind") == "article"
    title = g.get("title") or h.name
    tab = {"youtube": f"{title} - YouTube", "medium": f"{title} | by {h.s['author']} | {h.name} | Medium",
           "archive": f"{title} : {h.s['author']} : Free Download, Borrow, and Streaming : Internet Archive",
           "jekyll": f"{title} | {h.name}"}[kind]
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<link rel="canonical" href="{e(url)}">']
    shown = g.get("_shown")
    if art and kind == "youtube":
        loc = g["_shown"][1]
        pt = loc.astimezone(PACIFIC).isoformat()
        desc = "\n\n".join(g["body_paragraphs"])
        metas += [f'<meta name="title" content="{e(title)}">',
                  f'<meta name="description" content="{e(desc[:150])}...">',
                  f'<meta itemprop="datePublished" content="{pt}">', f'<meta itemprop="uploadDate" content="{pt}">',
                  '<meta itemprop="genre" content="Sports">']
        player = {"videoDetails": {"videoId": f"{stable(url) % 36**11:x}"[:11], "title": title,
                                   "lengthSeconds": str(stable(url) % 900 + 60), "shortDescription": desc,
                                   "author": h.name},
                  "microformat": {"playerMicroformatRenderer": {"publishDate": pt, "uploadDate": pt,
                                                                "category": "Sports"}}}
        metas.append(f"<script>var ytInitialPlayerResponse = {json.dumps(player, ensure_ascii=False)};</script>")
    if art and kind == "medium":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": g["_shown"][1].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
              "author": {"@type": "Person", "name": h.s["author"]}, "publisher": {"@type": "Organization",
                                                                                 "name": "Medium"}}
        metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        metas.append(f'<meta property="og:title" content="{e(title)}">')
    if art and kind == "archive":
        metas.append(f'<meta property="og:title" content="{e(title)}">')
        if shown:
            metas.append(f'<meta name="date" content="{shown[0]}">')
    if art and kind == "jekyll":
        metas.append('<meta name="generator" content="Jekyll v4.3.3">')
        metas.append(f'<meta property="og:title" content="{e(title)}">')
        if h.s["variant"] != "persian":
            ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": title,
                  "datePublished": g["_shown"][1].isoformat(), "author": {"@type": "Person", "name": h.s["author"]}}
            metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px;color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}"
                    for k in range(60 + stable(h.domain) % 150))
    metas.append(f"<style>{rules}</style>")
    head = "\n".join(metas) + "\n"
    lang = "en" if kind in ("medium", "archive") or h.s["variant"] in ("en", "premiere", "minima", "chirpy") else "fa"
    return f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n' \
           "</html>\n"


def _url(h: Host, key: str, title: str | None) -> str:
    kind = h.s["kind"]
    if kind == "youtube":
        return f"https://{h.domain}/watch?v={stable(key) % 36**11:x}"[:45]
    if kind == "medium":
        slug = f"{stable(key, title) % 16**12:x}"
        return (f"https://{h.domain}/{h.s['handle'].replace('_', '-')}/{slug}" if h.s["variant"] == "pub"
                else f"https://{h.domain}/{slug}")
    if kind == "archive":
        return f"https://{h.domain}/details/oral-history-{key}"
    if kind == "jekyll":
        return f"https://{h.domain}/posts/{key}/"
    if kind == "mailchimp":
        return f"https://{h.domain}/{h.s['handle'].replace('_', '')}/{stable(key) % 10**6}"
    if kind == "print":
        return f"https://{h.domain}/fa/news/{key}"
    return f"https://{h.domain}/news/{key}"


# ---------------------------------------------------------------------------------------------- build


def build(out_dir, n: int = 400, seed: int = 359, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="ao", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    issues: dict[str, int] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-ao:{seed}:page:{i}")
        fmt = "html" if r.random() < s["html_p"] else "txt"
        key = str(500000 + i * 7919 % 500000)
        crawl = pub_time(r) + dt.timedelta(days=400)
        issues[h.domain] = issues.get(h.domain, s["issue0"]) + 1
        issue = issues[h.domain]
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 30))
            url = _url(h, key, None)
            page = negative_page(h, r, p["kind"], others, url, crawl, issue)
            fmt = fmt if isinstance(page, Doc) and p["kind"] != "empty" else "txt"
            gold = negative_gold(p["kind"])
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                pub = pub_time(r)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            if s["kind"] == "medium":
                pub = same_day_in_utc(pub)
            if s["kind"] == "youtube":
                pub = _same_day_in_pacific(pub)
            crawl = pub + dt.timedelta(days=r.randint(1, 700), hours=r.randint(0, 23))
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, r, paras, lead, st["dataset"])
            sec = h.sections[stable(st["key"], h.domain) % len(h.sections)]
            gold = {"kind": "article", "title": st["title"], "section": sec if s["variant"] in SECTIONED else None,
                    "lead": lead, "surtitle": None, "body_paragraphs": paras, "agency": agency, "published_iso": None,
                    "published_jalali": None, "published_time": None, "cluster": None, "source": None,
                    "source_key": st["key"], "edits": edits}
            others = [t for t in r.sample(titles, min(len(titles), 31)) if t != st["title"]][:30]
            url = _url(h, key, st["title"])
            page = article_page(h, r, gold, pub, others, key, url, fmt, crawl, issue)
            if isinstance(page, Flat):
                fmt = "txt"
            if gold["_shown"] is not None:
                _, loc, timed = gold["_shown"]
                gold["published_iso"] = loc.date().isoformat()
                gold["published_jalali"] = jalali_day(loc).strftime("%Y/%m/%d")
                in_markup = fmt == "html" and gold["_markup"]  # (a meta, JSON-LD, <time datetime>, data-ts)
                gold["published_time"] = loc.isoformat() if timed or in_markup else loc.date().isoformat()
        if isinstance(page, Doc):
            text = render_html(h, page, gold, url) if fmt == "html" else "\n".join(page.lines()) + "\n"
            chrome_src = page.lines("c")
        else:
            text = page.text()
            chrome_src = page.lines("c")
        for k in ("_shown", "_markup"):
            gold.pop(k, None)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(chrome_src, gold["body_paragraphs"])
        rows.append(gold_row(name, "families-ao", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"ao{seed}")
