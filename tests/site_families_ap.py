"""Family set AP: eight families of kinds of page the real Persian web hands a corpus builder that no earlier set has
modelled: Virgool posts, Aparat video pages, Wayback Machine captures, ``lynx -dump`` / ``w3m -dump`` text of news
pages, Hugo sites' Markdown sources, pages saved by SingleFile, Discourse topics and Ghost posts, written blind to the
extractor.

    build(out_dir, n, seed=367, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_ap_tables`. One kind a family, three hosts a family that differ
in the kind's variants (:data:`site_families_ap_tables.VARIANT`); the families stand in a seeded shuffle's order, so
that the split (``apdev``: the 1st, 3rd, 5th and 7th) was drawn, not chosen; each half holds one flat-text kind:

- ``bird_migration``  (text) Hugo sites' Markdown sources: YAML ``---`` front matter (``title``, ``date:
  2026-12-05T10:23:00+03:30``, ``lastmod`` (no story date), ``draft: false``, ``author``, ``description`` (the lead),
  ``categories`` (one: the section), ``tags``), TOML ``+++`` front matter (``date = …+03:30``, ``[params]``), or YAML
  with the day only and no category; then the post: paragraphs, ``<!--more-->``, ``{{< figure … >}}`` shortcodes,
  images ``![…](…)``, a «منبع: …» line;
- ``sleep_health``  (HTML) Ghost posts: Casper (English chrome: «Sign in | Subscribe», the primary tag over the title
  (the section), the excerpt (the lead), the author, «Dec 5, 2026 • 5 min read», ``<time datetime="2026-12-05">``,
  «Sign up for more like this», «You might also like», «Powered by Ghost»), Source in Persian («۵ دسامبر ۲۰۲۶ ·
  ۵ دقیقه مطالعه», «عضویت»), Casper without primary tags (no section); the instant in ``article:published_time``
  (UTC); members-only posts show their free preview, then «This post is for subscribers only» (gold: the preview);
  one with no preview at all is a negative;
- ``solar_rooftops``  (HTML) Discourse topics: the crawler view (the title, the category badge (one host: a parent
  category and the topic's own under it: the section is the topic's own), the first post the story with ``<time
  itemprop="datePublished" datetime="…Z">December 5, 2026,  6:53am</time>`` (UTC), «1 Like», replies with their own
  times, «Related topics» or «Suggested Topics» tables (replies, views, activity «Dec 2024»), «Powered by Discourse,
  best viewed with JavaScript enabled») on two hosts; the rendered page in Persian on the third (posts aged «۲ سال»,
  the instant only in ``data-time``: no day in its text copy);
- ``futsal_league``  (HTML) Aparat video pages: the site's bar, the video's title, the channel «دنبال کردن»,
  «۱۲٫۳ هزار بازدید · ۳ روز پیش» (an age: the day in JSON-LD ``uploadDate`` on one host, a «تاریخ انتشار: ۱۴ آذر
  ۱۴۰۵» line on another, nothing on the mobile site), the description (the story, its paragraphs split by
  ``<br><br>``), tags, «دسته‌بندی: ورزشی» (the section; not on the mobile site), «ویدیوهای پیشنهادی» with durations
  «۰۳:۲۴», comments;
- ``caspian_fisheries``  (HTML) Wayback Machine captures: the toolbar (``wm-ipp-base``: «The Wayback Machine -
  https://web.archive.org/web/2024…/…», «1,234 captures», «12 Jun 2019 - 03 Dec 2024», «Go», «NOV DEC JAN»,
  «COLLECTED BY», «TIMESTAMPS»), links rewritten to ``/web/<timestamp>/…``, then the captured news page (a trail and
  a timed date line, a kicker and a day, or neither and «تاریخ انتشار: ۱۴۰۵/۰۹/۱۴»; the masthead's «today» is the
  capture's day); a copy of the capture as text on some; the capture's timestamp is no story date;
- ``urban_gardening``  (HTML) Virgool posts: «ویرگول», the writer «دنبال کردن», the day «۱۴ آذر ۱۴۰۵», «زمان مطالعه:
  ۴ دقیقه», the title, the post, tags «#کشاورزی_شهری», likes, «منتشر شده در انتشارات …» (a publication's post),
  «نوشته‌های بیشتر از …» and «پست‌های مرتبط» with their days, comments; the instant in
  ``article:published_time`` on two hosts; no section, no lead;
- ``carpet_weaving``  (HTML) pages saved with SingleFile: the comment «Page saved with SingleFile / url: … / saved
  date: …» (no story date), inlined ``<style>``, images as ``data:`` URIs, ``<noscript>``, a cookie banner, then a
  news page (a trail, «۱۴ آذر ۱۴۰۵ | ۱۰:۲۳», JSON-LD), a magazine (a kicker, the writer, the day, a standfirst) or a
  blog (no section, «ارسال شده در ۱۴۰۵/۰۹/۱۴», comments);
- ``railway_freight``  (text) ``lynx -dump`` of news pages (links numbered «[12]خبر بعدی», menus «* [3]…», «[IMG]»,
  «IFRAME: [14]…», the story indented and wrapped at 72 or 76 columns, «References» with the numbered URLs; a trail
  or a kicker line) and ``w3m -dump`` (no numbers, «• » bullets, 80 columns, no section).

Gold as AO documents it: the title is the visible headline (a Hugo source's ``title`` value), the section the page's
own category (a primary tag, a Discourse category, an Aparat category, a trail, a kicker, a Hugo ``categories``
value; none on a Virgool post, the mobile Aparat page, a page without one), the lead an excerpt, a description, a
standfirst or a lead the page shows apart, the agency only when the page credits the story to one, ``published_iso``
the story's day as the page shows it (none when it shows none: the mobile Aparat page, the text copy of a page with
the day only in markup), ``published_time`` the instant with its offset when the page shows its time or holds it in
markup, else the day. A capture's timestamp, a saved date, ``lastmod``, the masthead's today, replies', comments',
related items' days and ages are no story date. About 7% negatives (a channel's, tag's or category's listing, a 404,
a paywalled post with no preview, an empty page), ~10% of the stories republished on a host of another family (gold
``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import textwrap

from family_frames import DOMESTIC, build_set, fa_count, jalali_day, same_day_in_utc, source_credit
from family_pages import (
    canon,
    pick,
    stable,
)
from site_families_aj import Doc
from site_families_an import LONG_EMONTHS, SHORT_EMONTHS
from site_families_ao import Flat
from site_families_ap_tables import (
    APARAT_TOP,
    AUTHORS,
    COMMENTS,
    COOKIES,
    FAMILIES,
    HANDLES,
    HOSTS,
    KIND,
    MENUS,
    PARENTS,
    SECTIONS,
    VARIANT,
    WB_MONTHS,
)
from site_families_h import FIRST, GMONTHS, JMONTHS, LAST, TEHRAN, WEEKDAYS, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

UTC = dt.timezone.utc
#: the variants whose pages show a section
SECTIONED = ("casper", "source", "en", "sub", "fa", "ld", "jalali", "crumb", "kicker", "lynx", "lynx_kicker", "yaml",
             "toml", "news", "magazine")
#: the agency habit of each kind: credit a «منبع: …» line (``source``: the text kept); the others draw theirs per host
AGENCY = {"aparat": "source", "discourse": "source"}
#: the share of a host's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"virgool": 0.9, "aparat": 0.9, "wayback": 0.85, "lynx": 0.0, "hugo": 0.0, "singlefile": 1.0,
          "discourse": 0.8, "ghost": 0.9}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"casper": 0.8, "source": 0.8, "notag": 0.5, "yaml": 0.7, "crumb": 0.5, "kicker": 0.5, "news": 0.6,
          "magazine": 0.8, "lynx": 0.5, "lynx_kicker": 0.5}
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ap-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": HTML_P[kind],
         "agency": AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0),
         "author": AUTHORS.get(domain) or f"{pick(r, FIRST)} {pick(r, LAST)}", "handle": pick(r, HANDLES),
         "followers": r.randint(120, 98000), "wrap": [72, 76, 80][idx], "paywall_p": 0.3 if idx < 2 else 0.0,
         "code0": r.randint(10000, 90000), "captures": r.randint(40, 9000), "first_capture": 2012 + r.randrange(8)}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates and pieces


def _jday(t: dt.datetime) -> str:
    """«۱۴ آذر ۱۴۰۵» of ``t``'s day."""
    j = jalali_day(t)
    return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year}", "fa")


def _jnum(t: dt.datetime) -> str:
    """«۱۴۰۵/۰۹/۱۴» of ``t``'s day."""
    j = jalali_day(t)
    return dg(f"{j.year}/{j.month:02d}/{j.day:02d}", "fa")


def _en_day(t: dt.datetime) -> str:
    return f"{SHORT_EMONTHS[t.month - 1]} {t.day}, {t.year}"


def _fa_greg(t: dt.datetime) -> str:
    """«۵ دسامبر ۲۰۲۶» (a Gregorian day in Persian, as Ghost's Persian locale writes it)."""
    return dg(f"{t.day} {GMONTHS[t.month - 1]} {t.year}", "fa")


def _ago(t: dt.datetime, now: dt.datetime) -> str:
    """A relative age in Persian («۳ روز پیش», «۲ سال پیش»)."""
    days = max(0, (now - t).days)
    if days >= 365:
        n, p = days // 365, "سال"
    elif days >= 30:
        n, p = days // 30, "ماه"
    elif days >= 7:
        n, p = days // 7, "هفته"
    elif days >= 1:
        n, p = days, "روز"
    else:
        n, p = max(1, int((now - t).total_seconds() // 3600)), "ساعت"
    return dg(f"{n} {p} پیش", "fa")


def _thousands(n: int) -> str:
    """A count as Aparat writes it: «۱۲٫۳ هزار», «۸۵۴»."""
    if n >= 1000:
        return dg(f"{n / 1000:.1f}".replace(".", "٫").replace("٫0", ""), "fa") + " هزار"
    return dg(str(n), "fa")


def _who(r: random.Random) -> str:
    return f"{pick(r, FIRST)} {pick(r, LAST)}"


def _minutes(g: dict) -> int:
    return max(1, sum(len(p.split()) for p in g["body_paragraphs"]) // 200)


def _body(doc: Doc, paras: list[str], open_: str = "<p>", close: str = "</p>") -> None:
    for p in paras:
        doc.add(f"{open_}{e(p)}{close}\n", [("body", p)])


def _credit(g: dict, h: Host) -> str | None:
    """The «منبع: …» line the host adds under the story, or None."""
    return source_credit(g["agency"]) if g["agency"] and h.s["agency"] in ("credit", "source") else None


def _items(doc: Doc, title: str, items: list[str], cls: str, href, tag: str = "h3") -> None:
    if items:
        doc.chrome(f'<section class="{cls}"><{tag}>{e(title)}</{tag}><ul>'
                   + "".join(f'<li><a href="{href(f"/news/{stable(x) % 10**6}")}">{e(x)}</a></li>' for x in items)
                   + "</ul></section>\n", title, *items)


def _plain(path: str) -> str:
    return path


# ---------------------------------------------------------------------------------------------- Virgool


def _virgool(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    v, author = h.s["variant"], h.s["author"]
    top = ["ویرگول", "جستجو در ویرگول", "ورود / ثبت نام"]
    doc.chrome(f'<header class="header"><a class="logo" href="/">{top[0]}</a><div class="search"><input '
               f'placeholder="{top[1]}"></div><a class="login" href="/login">{top[2]}</a></header>\n', top[0], top[2])
    doc.add('<main class="post-page"><article class="post">\n')
    bio = h.tagline
    day = _jday(loc)
    read = dg(f"زمان مطالعه: {_minutes(g)} دقیقه", "fa")
    doc.chrome(f'<div class="post-header"><div class="user-info"><a class="name" href="/@{h.s["handle"]}">{e(author)}'
               f'</a><p class="bio">{e(bio)}</p><button class="follow">دنبال کردن</button></div>'
               f'<div class="post-info"><span class="date">{day}</span><span class="read-time">{read}</span>'
               "</div></div>\n",
               author, bio, "دنبال کردن", day, read)
    doc.add(f'<h1 class="post-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    if r.random() < 0.6:
        cover = f"https://files.virgool.io/upload/users/{stable(g['title']) % 10**6}/cover.jpeg"
        doc.add(f'<figure class="post-cover"><img src="{cover}" alt=""></figure>\n')
    doc.add('<div class="post-content">\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    doc.add("</div>\n")
    tags = ["#" + x.replace(" ", "_") for x in h.sections[:3]]
    doc.chrome('<div class="tags">' + "".join(f'<a href="/tag/{stable(t) % 999}">{e(t)}</a> ' for t in tags)
               + "</div>\n", *tags)
    likes, comments = dg(r.randint(2, 300), "fa"), dg(r.randint(0, 12), "fa")
    doc.chrome(f'<div class="post-actions"><button class="like">❤️ {likes}</button><span>لایک</span>'
               f'<button class="comment">💬 {comments}</button><button>ذخیره</button><button>اشتراک‌گذاری</button>'
               "</div>\n", f"❤️ {likes}", "لایک", "ذخیره", "اشتراک‌گذاری")
    if v == "pub":
        pub = f"منتشر شده در {h.name}"
        doc.chrome(f'<div class="publication"><a href="/{h.s["handle"]}">{e(pub)}</a></div>\n', pub)
    doc.add("</article>\n")
    more = f"نوشته‌های بیشتر از {author}"
    cards = []
    for k, t in enumerate(others[6:9]):
        d = loc - dt.timedelta(days=10 * (k + 1) + r.randint(0, 9))
        cards.append((t, _jday(d), dg(f"زمان مطالعه: {r.randint(2, 9)} دقیقه", "fa")))
    doc.chrome(f'<section class="more-from"><h3>{e(more)}</h3>' + "".join(
        f'<div class="card"><a href="/p/{stable(t) % 10**6}">{e(t)}</a><span>{d}</span><span>{m}</span></div>'
        for t, d, m in cards) + "</section>\n", more, *[x for c in cards for x in c])
    if v != "mobile":
        _items(doc, "پست‌های مرتبط", others[9:13], "related", _plain)
    n_c = r.randint(0, 3)
    if n_c:
        rows = [(_who(r), _jday(loc + dt.timedelta(days=r.randint(1, 60))), pick(r, COMMENTS)) for _ in range(n_c)]
        doc.chrome('<section class="comments"><h3>نظرات</h3>' + "".join(
            f'<div class="comment"><b>{e(a)}</b><span>{d}</span><p>{e(c)}</p></div>' for a, d, c in rows)
            + "</section>\n", "نظرات", *[x for row in rows for x in row])
    doc.add("</main>\n")
    foot = "ویرگول، شبکه اجتماعی نویسندگان"
    doc.chrome(f'<footer class="footer"><p>{foot}</p><a>قوانین</a> <a>درباره ما</a></footer>\n', foot, "قوانین",
               "درباره ما")
    g["_shown"] = (day, loc, False)
    g["_markup"] = v != "mobile"


# ---------------------------------------------------------------------------------------------- Aparat


def _aparat(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    v = h.s["variant"]
    doc.chrome('<header class="aparat-header">' + "".join(f"<a>{x}</a>" for x in APARAT_TOP) + "</header>\n",
               *APARAT_TOP)
    doc.add('<div class="video-page"><div id="player" class="video-player"></div>\n')
    doc.add(f'<h1 class="video-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    fol = f"{_thousands(h.s['followers'])} دنبال‌کننده"
    doc.chrome(f'<div class="channel-info"><a class="channel-name" href="/{h.s["handle"]}">{e(h.name)}</a>'
               f'<span class="followers">{fol}</span><button class="follow">دنبال کردن</button></div>\n',
               h.name, fol, "دنبال کردن")
    views = f"{_thousands(r.randint(200, 90000))} بازدید"
    if v == "jalali":
        when = f"تاریخ انتشار: {_jday(loc)}"
        g["_shown"] = (when, loc, False)
    else:
        when = _ago(loc, crawl)
        g["_shown"] = (when, loc, False) if v == "ld" else None
        g["_only_markup"] = v == "ld"
    doc.chrome(f'<div class="video-stats"><span>{views}</span> · <span>{when}</span></div>\n', f"{views} · {when}")
    paras = g["body_paragraphs"]
    credit = _credit(g, h)
    doc.add('<div class="description">' + "<br><br>".join(e(p) for p in paras), [("body", p) for p in paras])
    if credit:
        doc.chrome(f"<br><br>{e(credit)}", credit)
    doc.add("</div>\n")
    tags = ["#" + x.replace(" ", "_") for x in ["فوتسال", "لیگ برتر فوتسال", h.sections[0]]]
    doc.chrome('<div class="video-tags">' + "".join(f"<a>{e(t)}</a> " for t in tags) + "</div>\n", *tags)
    if v != "ago":
        doc.chrome(f'<div class="video-category">دسته‌بندی: <a href="/{stable(g["section"]) % 99}">{e(g["section"])}'
                   "</a></div>\n", f"دسته‌بندی: {g['section']}")
    rec = []
    for t in others[:8]:
        dur = dg(f"{r.randint(0, 14):02d}:{r.randint(0, 59):02d}", "fa")
        age = _ago(loc - dt.timedelta(days=r.randint(2, 700)), crawl)
        rec.append((dur, t, pick(r, [h.name, "ورزش سه", "فوتسال ایران", "سالن‌داران"]),
                    f"{_thousands(r.randint(100, 50000))} بازدید · {age}"))
    doc.chrome('<div class="recommended"><h3>ویدیوهای پیشنهادی</h3>' + "".join(
        f'<div class="thumb"><span class="duration">{d}</span><a>{e(t)}</a><span>{e(c)}</span><span>{m}</span></div>'
        for d, t, c, m in rec) + "</div>\n", "ویدیوهای پیشنهادی", *[x for row in rec for x in row])
    n_c = r.randint(0, 4)
    if n_c:
        rows = [(pick(r, HANDLES), _ago(loc + dt.timedelta(days=r.randint(0, 20)), crawl), pick(r, COMMENTS))
                for _ in range(n_c)]
        head = dg(f"نظرات ({n_c})", "fa")
        doc.chrome(f'<div class="comments"><h3>{head}</h3>' + "".join(
            f'<div class="comment"><b>{a}</b><span>{b}</span><p>{e(c)}</p></div>' for a, b, c in rows) + "</div>\n",
            head, *[x for row in rows for x in row])
    doc.add("</div>\n")
    foot = "© ۱۴۰۵ آپارات - سرویس اشتراک ویدیو"
    doc.chrome(f"<footer><p>{foot}</p></footer>\n", foot)
    g["_markup"] = v == "ld"


# ---------------------------------------------------------------------------------------------- news layouts


def _news(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
          href, layout: str, key: str) -> None:
    """A news site's article page (a capture's or a saved page's): ``layout`` crumb (a trail, a timed line), kicker
    (a category link over the headline, the day), plain (no section, a numeric day), magazine (a kicker, the writer,
    the day), blog (no section, «ارسال شده در …», comments)."""
    today = f"{WEEKDAYS[crawl.astimezone(TEHRAN).weekday()]} {_jday(crawl.astimezone(TEHRAN))}"
    head = [h.name, h.tagline] + ([today] if layout in ("crumb", "kicker", "magazine") else [])
    doc.chrome(f'<header class="site-header"><a class="logo" href="{href("/")}">{e(h.name)}</a>'
               f'<span class="tagline">{e(h.tagline)}</span>'
               + (f'<div class="today">{today}</div>' if len(head) > 2 else "") + "</header>\n", *head)
    doc.chrome('<nav class="menu"><ul>' + "".join(f'<li><a href="{href(f"/{stable(x) % 999}")}">{e(x)}</a></li>'
                                                    for x in h.menu) + "</ul></nav>\n", *h.menu)
    doc.add('<main><article class="news">\n')
    sec = g["section"]
    if layout == "crumb":
        doc.chrome(f'<div class="breadcrumb"><a href="{href("/")}">{e(h.menu[0])}</a> » <a href="'
                   f'{href(f"/service/{stable(sec) % 99}")}">{e(sec)}</a></div>\n', f"{h.menu[0]} » {sec}")
    elif layout in ("kicker", "magazine"):
        doc.chrome(f'<div class="kicker"><a href="{href(f"/category/{stable(sec) % 99}")}">{e(sec)}</a></div>\n', sec)
    doc.add(f'<h1 class="title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    if layout == "crumb":
        shown = dg(f"{WEEKDAYS[loc.weekday()]} {_jday(loc)} - {loc:%H:%M}", "fa") if h.s["kind"] == "wayback" \
            else dg(f"{_jday(loc)} | {loc:%H:%M}", "fa")
        g["_shown"] = (shown, loc, True)
        code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
        doc.chrome(f'<div class="meta"><span class="date">{shown}</span> <span class="code">{code}</span></div>\n',
                   shown, code)
    elif layout == "kicker":
        g["_shown"] = (_jday(loc), loc, False)
        doc.chrome(f'<div class="meta"><time>{_jday(loc)}</time></div>\n', _jday(loc))
    elif layout == "magazine":
        g["_shown"] = (_jday(loc), loc, False)
        by = f"نویسنده: {h.s['author']}"
        read = dg(f"{_minutes(g) + 2} دقیقه مطالعه", "fa")
        doc.chrome(f'<div class="byline"><span>{e(by)}</span> | <span>{_jday(loc)}</span> | <span>{read}</span>'
                   "</div>\n", f"{by} | {_jday(loc)} | {read}")
    elif layout == "blog":
        shown = f"ارسال شده در {_jnum(loc)} توسط {h.s['author']}"
        g["_shown"] = (shown, loc, False)
        doc.chrome(f'<div class="post-meta">{e(shown)}</div>\n', shown)
    else:
        shown = f"تاریخ انتشار: {_jnum(loc)}"
        g["_shown"] = (shown, loc, False)
        doc.chrome(f'<div class="meta">{shown}</div>\n', shown)
    if g["lead"]:
        doc.add(f'<p class="lead">{e(g["lead"])}</p>\n', [("lead", g["lead"])])
    if r.random() < 0.7:
        img = h.s.get("img") or href(f"/files/news/{stable(key) % 10**5}.jpg")
        doc.add(f'<figure><img src="{img}" alt="{e(g["title"][:40])}"></figure>\n')
    doc.add('<div class="body">\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    doc.add("</div>\n")
    tags = "برچسب‌ها: " + "، ".join(h.sections[:3])
    doc.chrome(f'<div class="tags">{e(tags)}</div></article>\n', tags)
    if layout == "blog":
        rows = [(_who(r), _jnum(loc + dt.timedelta(days=r.randint(1, 40))), pick(r, COMMENTS))
                for _ in range(r.randint(1, 3))]
        head_ = dg(f"{len(rows)} دیدگاه", "fa")
        doc.chrome(f'<section class="comments"><h3>{head_}</h3>' + "".join(
            f'<div class="comment"><b>{e(a)}</b> <span>{d}</span><p>{e(c)}</p></div>' for a, d, c in rows)
            + "</section>\n", head_, *[x for row in rows for x in row])
    _items(doc, "اخبار مرتبط" if layout != "magazine" else "بیشتر بخوانید", others[6:11], "related", href)
    doc.add("</main>\n")
    foot = dg(f"تمامی حقوق این سایت متعلق به {h.name} است. © ۱۴۰۵", "fa")
    doc.chrome(f'<footer class="site-footer"><p>{e(foot)}</p></footer>\n', foot)


def _wb_stamp(t: dt.datetime) -> str:
    return f"{t.astimezone(UTC):%Y%m%d%H%M%S}"


def _wayback_bar(doc: Doc, h: Host, url: str, crawl: dt.datetime) -> None:
    """The Wayback Machine's toolbar over a capture of ``url`` taken at ``crawl``."""
    c = crawl.astimezone(UTC)
    stamp = _wb_stamp(crawl)
    first = f"{(c.day % 27) + 1:02d} {SHORT_EMONTHS[(c.month + 4) % 12]} {h.s['first_capture']}"
    lines = [f"The Wayback Machine - https://web.archive.org/web/{stamp}/{url}", f"{h.s['captures']:,} captures",
             f"{first} - {c.day:02d} {SHORT_EMONTHS[c.month - 1]} {c.year}", "Go",
             f"{WB_MONTHS[(c.month - 2) % 12]} {WB_MONTHS[c.month - 1]} {WB_MONTHS[c.month % 12]}",
             f"{c.day:02d}", f"{c.year - 1} {c.year} {c.year + 1}", "COLLECTED BY",
             "Organization: Internet Archive", "Collection: Wide Crawl Number 22", "TIMESTAMPS",
             "About this capture"]
    doc.chrome('<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n'
               f'<div id="wm-ipp-print">{e(lines[0])}</div>\n'
               '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp" '
               'style="position:fixed;left:0;top:0;right:0;"><div id="wm-ipp-inside"><div id="wm-logo">'
               '<a href="/web/">Wayback Machine</a></div>'
               f'<div id="wm-nav"><form target="_top" action="/web/{stamp}/"><input id="wmtb-url" type="text" '
               f'name="url" value="{e(url)}"><input type="submit" value="Go"></form></div>'
               f'<div id="wm-capinfo"><a class="captures">{e(lines[1])}</a><div class="span">{e(lines[2])}</div></div>'
               f'<div id="wm-go">{lines[3]}</div>'
               f'<div id="wm-graph-anchor"><div class="months">{lines[4]}</div><div class="day">{lines[5]}</div>'
               f'<div class="years">{lines[6]}</div></div>'
               f'<div id="wm-capinfo-collected-by"><div class="wm-title">{lines[7]}</div><div>{lines[8]}</div>'
               f'<div>{lines[9]}</div></div>'
               f'<div id="wm-capinfo-timestamps"><div class="wm-title">{lines[10]}</div></div>'
               f'<a class="about">{lines[11]}</a></div></div></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n',
               *lines[:4], *lines[4:])


# ---------------------------------------------------------------------------------------------- Discourse


def _discourse(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    fa = v == "fa"
    sec = g["section"]
    doc.chrome(f'<header class="d-header"><div class="title"><a href="/"><img id="site-logo" src="/uploads/logo.png" '
               f'alt="{e(h.name)}">{e(h.name)}</a></div></header>\n', h.name)
    doc.add('<div id="main-outlet" class="wrap" role="main"><div id="topic-title">\n')
    doc.add(f'<h1><a href="/t/{key}/{stable(key) % 9999}" class="fancy-title">{e(g["title"])}</a></h1>\n',
            [("title", g["title"])])
    badges = [PARENTS[sec], sec] if v == "sub" else [sec]
    doc.chrome('<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">' + "".join(
        f'<span itemprop="itemListElement"><a href="/c/{stable(b) % 99}" class="badge-wrapper bullet" itemprop="item">'
        f"<span class='badge-category-bg'></span><span class='category-name' itemprop='name'>{e(b)}</span></a>"
        "</span>" for b in badges) + "</div></div>\n", *badges)
    posts = [(h.s["author"], loc, g["body_paragraphs"])]
    t = loc
    for _ in range(r.randint(1, 5)):
        t = t + dt.timedelta(hours=r.randint(1, 900))
        posts.append((pick(r, HANDLES), t, [pick(r, COMMENTS)]))
    credit = _credit(g, h)
    doc.add("<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>\n")
    for k, (who, when, paras) in enumerate(posts):
        utc = when.astimezone(UTC)
        if fa:
            shown = _ago(when, crawl).removesuffix(" پیش")
            stamp = (f'<span class="relative-date" data-time="{int(when.timestamp() * 1000)}" '
                     f'title="{e(when.isoformat())}">{shown}</span>')
        else:
            shown = (f"{LONG_EMONTHS[utc.month - 1]} {utc.day}, {utc.year}, {utc.hour % 12 or 12}:{utc:%M}"
                     f"{'am' if utc.hour < 12 else 'pm'}")
            stamp = (f"<time itemprop='datePublished' datetime='{utc:%Y-%m-%dT%H:%M:%SZ}' class='post-time'>"
                     f"{shown}</time>")
        doc.chrome(f"<div class='topic-body crawler-post' id='post_{k + 1}'><div class='crawler-post-meta'>"
                   f"<span class='creator' itemprop='author'><a href='/u/{who}'><span itemprop='name'>{e(who)}</span>"
                   f"</a></span><span class='crawler-post-infos'>{stamp}<span itemprop='position'>#{k + 1}</span>"
                   "</span></div>\n", who, shown, f"#{k + 1}")
        if k == 0:
            doc.add("<div class='post' itemprop='text'>\n")
            _body(doc, paras)
            if credit:
                doc.chrome(f"<p>{e(credit)}</p>\n", credit)
            doc.add("</div>\n")
        else:
            doc.chrome(f"<div class='post' itemprop='text'><p>{e(paras[0])}</p></div>\n", paras[0])
        n = r.randint(0, 9)
        likes = (dg(f"{n} پسند", "fa") if fa else f"{n} Like{'s' if n != 1 else ''}") if n else None
        reply = "پاسخ" if fa else "Reply"
        doc.chrome(f"<div class='post-actions'>{f'<span class=post-likes>{likes}</span>' if likes else ''}"
                   f"<button>{reply}</button></div></div>\n", *([likes] if likes else []), reply)
    doc.add("</div>\n")
    if fa:
        cols = ["موضوع", "پاسخ‌ها", "بازدیدها", "فعالیت"]
        head = "موضوعات مرتبط"
    else:
        cols = ["Topic", "Replies", "Views", "Activity"]
        head = "Related topics" if v == "en" else "Suggested Topics"
    rows = []
    for x in others[6:11]:
        act = loc + dt.timedelta(days=r.randint(-300, 300))
        act_s = (dg(f"{GMONTHS[act.month - 1]} {act.year}", "fa") if fa
                 else f"{SHORT_EMONTHS[act.month - 1]} {act.year}")
        n_rep, n_view = r.randint(0, 40), r.randint(20, 4000)
        rows.append((x, pick(r, h.sections), dg(n_rep, "fa") if fa else str(n_rep),
                     fa_count(n_view) if fa else f"{n_view:,}", act_s))
    doc.chrome(f'<div id="related-topics" class="more-topics__list"><h3>{head}</h3><table><thead><tr>'
               + "".join(f"<th>{c}</th>" for c in cols) + "</tr></thead><tbody>" + "".join(
                   f'<tr><td><a href="/t/{stable(a) % 10**5}">{e(a)}</a> <span class="category-name">{e(b)}</span>'
                   f"</td><td>{c}</td><td>{d}</td><td>{x}</td></tr>" for a, b, c, d, x in rows)
               + "</tbody></table></div></div>\n", head, *cols, *[x for row in rows for x in row])
    foot = "Powered by Discourse, best viewed with JavaScript enabled" if not fa else "قدرت گرفته از Discourse"
    doc.chrome(f'<footer class="noscript-footer-nav"><a href="/">{e(h.name)}</a><p>{foot}</p></footer>\n', foot)
    g["_shown"] = ("", loc, False)
    g["_only_markup"] = fa
    g["_markup"] = True


# ---------------------------------------------------------------------------------------------- Ghost


def _ghost(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
           paywall: bool) -> None:
    v = h.s["variant"]
    fa = v == "source"
    sign_in, sub = ("ورود", "عضویت") if fa else ("Sign in", "Subscribe")
    menu = ["خانه", "درباره", "آرشیو", "عضویت ویژه"] if fa else h.menu
    doc.chrome('<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">'
               f'<a class="gh-head-logo" href="/">{e(h.name)}</a></div><nav class="gh-head-menu"><ul class="nav">'
               + "".join(f'<li class="nav-{k}"><a href="/{k}/">{e(x)}</a></li>' for k, x in enumerate(menu))
               + f'</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">{sign_in}</a>'
               f'<a class="gh-head-button" href="#/portal/signup">{sub}</a></div></div></header>\n',
               h.name, *menu, sign_in, sub)
    doc.add(f'<main id="site-main" class="site-main"><article class="article post{" tag-x" if g["section"] else ""}">'
            '<header class="article-header gh-canvas">\n')
    if g["section"]:
        doc.chrome(f'<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/'
                   f'{stable(g["section"]) % 999}/">{e(g["section"])}</a></span></div>\n', g["section"])
    doc.add(f'<h1 class="article-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    if g["lead"]:
        doc.add(f'<p class="article-excerpt">{e(g["lead"])}</p>\n', [("lead", g["lead"])])
    day = _fa_greg(loc) if fa else _en_day(loc)
    read = dg(f"{_minutes(g) + 1} دقیقه مطالعه", "fa") if fa else f"{_minutes(g) + 1} min read"
    author = h.s["author"]
    doc.chrome(f'<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta">'
               f'<h4 class="author-name"><a href="/author/{h.s["handle"]}/">{e(author)}</a></h4>'
               f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{loc:%Y-%m-%d}">{day}</time>'
               f'<span class="byline-reading-time"><span class="bull">•</span> {read}</span></div></div></section>'
               "</div>\n", author, day, f"• {read}")
    if r.random() < 0.6:
        cap = pick(r, ["عکس: Unsplash", "Photo by Unsplash", "تصویر تزئینی است"])
        doc.chrome(f'<figure class="article-image"><img src="/content/images/{loc:%Y/%m}/{stable(g["title"]) % 10**5}'
                   f'.jpg" alt=""><figcaption>{e(cap)}</figcaption></figure>\n', cap)
    doc.add('</header><section class="gh-content gh-canvas">\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit and not paywall:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    if paywall:
        _paywall(doc, fa)
    doc.add("</section></article>\n")
    cta = "برای خواندن مطالب بیشتر عضو شوید." if fa else "Sign up for more like this."
    enter = "ایمیل خود را وارد کنید" if fa else "Enter your email"
    doc.chrome(f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{cta}</h2>'
               f'<a class="footer-cta-button" href="#/portal">{enter}<span>{sub}</span></a></div></section>\n',
               cta, enter)
    more = "مطالب بیشتر" if fa else "You might also like"
    cards = []
    for k, t in enumerate(others[6:9]):
        d = loc - dt.timedelta(days=7 * (k + 1) + r.randint(0, 6))
        cards.append((t, _fa_greg(d) if fa else _en_day(d)))
    doc.chrome(f'<aside class="read-more-wrap outer"><div class="read-more inner"><h2>{more}</h2>' + "".join(
        f'<article class="post-card"><a class="post-card-content-link" href="/p{stable(t) % 10**5}/">'
        f'<h2 class="post-card-title">{e(t)}</h2></a><footer class="post-card-meta"><time>{d}</time></footer></article>'
        for t, d in cards) + "</div></aside></main>\n", more, *[x for c in cards for x in c])
    foot = [f"{h.name} © {crawl.year}", "Powered by Ghost"]
    doc.chrome(f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">'
               f'{e(h.name)}</a> © {crawl.year}</section><div class="gh-powered-by"><a href="https://ghost.org/">'
               "Powered by Ghost</a></div></div></footer>\n", *foot)
    g["_shown"] = (day, loc, False)
    g["_markup"] = True


def _paywall(doc: Doc, fa: bool) -> None:
    lines = (["این نوشته فقط برای مشترکان است", "همین حالا مشترک شوید", "حساب کاربری دارید؟ ورود"] if fa
             else ["This post is for subscribers only", "Subscribe now", "Already have an account? Sign in"])
    doc.chrome('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content">'
               f'<h2>{lines[0]}</h2><a class="gh-btn" data-portal="signup">{lines[1]}</a>'
               f"<p><small>{lines[2]}</small></p></div></aside>\n", *lines)


# ---------------------------------------------------------------------------------------------- lynx / w3m


class Dump:
    """A text browser's dump: its lines (each logical line's physical lines) and numbered links."""

    def __init__(self, h: Host, f: Flat) -> None:
        self.h, self.f = h, f
        self.lynx = h.s["variant"] != "w3m"
        self.refs: list[str] = []

    def link(self, text: str, path: str) -> str:
        """``text`` as the dump shows a link: «[12]text» (lynx) or the text (w3m)."""
        if not self.lynx:
            return text
        self.refs.append(f"https://{self.h.domain}{path}")
        return f"[{len(self.refs)}]{text}"

    def wrapped(self, text: str, role: str | None = "c", indent: int = 3, logical: str | None = None) -> None:
        width = self.h.s["wrap"] - indent
        lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
        if " ".join(lines) != text or len(lines) > 36:
            lines = [text]
        self.f.add(logical if logical is not None else text, role, [" " * indent + x for x in lines])


def _dump(h: Host, r: random.Random, g: dict | None, loc: dt.datetime | None, others: list[str], url: str,
          key: str, neg: str | None = None) -> Flat:
    f = Flat()
    d = Dump(h, f)
    v = h.s["variant"]
    bullet = "*" if d.lynx else "•"
    if d.lynx:
        f.add("   " + d.link("رفتن به محتوای اصلی", "/#content"))
        f.add("   " + d.link("[IMG] " + h.name, "/"))
    else:
        f.add(f"[{h.name}]")
    f.blank()
    for x in h.menu:
        f.add(f"     {bullet} " + d.link(x, f"/{stable(x) % 999}"))
    f.blank()
    if g is None:
        head = "آخرین اخبار" if neg == "listing" else "خطای ۴۰۴"
        f.add("   " + head)
        f.blank()
        if neg == "listing":
            for t in others[5:19]:
                f.add(f"     {bullet} " + d.link(t, f"/news/{stable(t) % 10**6}"))
        else:
            f.add("   صفحه مورد نظر یافت نشد.")
    else:
        sec = g["section"]
        if v == "lynx":
            f.add("   " + d.link(h.menu[0], "/") + " » " + d.link(sec, f"/service/{stable(sec) % 99}"))
            f.blank()
        elif v == "lynx_kicker":
            f.add("   " + d.link(sec, f"/category/{stable(sec) % 99}"))
            f.blank()
        f.add(g["title"], "title", [("   " if d.lynx else "") + g["title"]])
        f.blank()
        if v == "lynx":
            shown = dg(f"تاریخ انتشار: {WEEKDAYS[loc.weekday()]} {_jday(loc)} - {loc:%H:%M}", "fa")
            g["_shown"] = (shown, loc, True)
        elif v == "lynx_kicker":
            shown = _jday(loc)
            g["_shown"] = (shown, loc, False)
        else:
            shown = f"تاریخ انتشار: {_jnum(loc)}"
            g["_shown"] = (shown, loc, False)
        code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
        f.add(f"   {shown}   {code}")
        f.blank()
        if g["lead"]:
            d.wrapped(g["lead"], "lead")
            f.blank()
        if r.random() < 0.6:
            f.add("   " + (d.link("[IMG]", f"/files/{stable(url) % 10**5}.jpg") if d.lynx else "[image]"))
            f.blank()
        paras = g["body_paragraphs"]
        frame_at = r.randrange(len(paras)) if d.lynx and r.random() < 0.4 else -1
        for k, p in enumerate(paras):
            d.wrapped(p, "body")
            f.blank()
            if k == frame_at:
                f.add("   IFRAME: " + d.link(f"https://www.aparat.com/video/video/embed/videohash/{stable(p) % 10**6}",
                                              "/embed"))
                f.blank()
        credit = _credit(g, h)
        if credit:
            f.add("   " + credit)
            f.blank()
        f.add("   برچسب‌ها: " + " ".join(d.link(x, f"/tag/{stable(x) % 999}") for x in h.sections[:3]))
        f.blank()
        f.add("   اخبار مرتبط")
        f.blank()
        for t in others[6:11]:
            f.add(f"     {bullet} " + d.link(t, f"/news/{stable(t) % 10**6}"))
        f.blank()
        f.add("   " + d.link("خبر قبلی", f"/news/{int(key) - 7}") + "   " + d.link("خبر بعدی", f"/news/{int(key) + 7}"))
        f.blank()
    f.add("   " + dg(f"© ۱۴۰۵ {h.name} - تمامی حقوق محفوظ است.", "fa"))
    if d.lynx:
        f.blank()
        f.add("References", "c")
        f.blank()
        for k, u in enumerate(d.refs):
            f.add(f"{k + 1:4d}. {u}")
    return f


# ---------------------------------------------------------------------------------------------- Hugo


def _hugo(h: Host, r: random.Random, g: dict | None, loc: dt.datetime | None, others: list[str], key: str,
          neg: str | None = None) -> Flat:
    f = Flat()
    v = h.s["variant"]
    q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731  (a front matter string)
    toml = v == "toml"
    sep = "+++" if toml else "---"
    kv = (lambda k, x: f"{k} = {x}") if toml else (lambda k, x: f"{k}: {x}")
    f.add(sep, None)
    if g is None:
        f.add(kv("title", q("نوشته‌ها" if neg == "listing" else "صفحه پیدا نشد")))
        f.add(kv("layout", q("list" if neg == "listing" else "404")))
        f.add(sep, None)
        f.blank()
        if neg == "listing":
            for t in others[5:17]:
                f.add(f"- [{t}](/posts/{stable(t) % 10**6}/)")
        else:
            f.add("متاسفانه صفحه‌ای که دنبالش بودید پیدا نشد. [بازگشت به خانه](/)")
        return f
    f.add(kv("title", q(g["title"])), "title_fm")
    upd = loc + dt.timedelta(days=r.randint(1, 200), hours=r.randint(0, 9))
    if v == "yaml_day":
        f.add(kv("date", f"{loc:%Y-%m-%d}"))
        g["_shown"] = (f"{loc:%Y-%m-%d}", loc, False)
    else:
        f.add(kv("date", loc.isoformat()))
        g["_shown"] = (loc.isoformat(), loc, True)
    f.add(kv("lastmod", upd.isoformat() if v != "yaml_day" else f"{upd:%Y-%m-%d}"))
    f.add(kv("draft", "false"))
    f.add(kv("type", q("post")))
    if not toml:
        f.add(kv("author", q(h.s["author"])))
    if g["lead"]:
        f.add(kv("description", q(g["lead"])), "lead_fm")
    if g["section"]:
        f.add(kv("categories", q([g["section"]])))
    f.add(kv("tags", q(r.sample(["کوچ", "تالاب", "پرنده‌نگری", "درنا", "فلامینگو", "سرشماری زمستانه", "میانکاله"], 3))))
    slug = f"{stable(key) % 16**8:08x}"
    f.add(kv("slug", q(slug)))
    if v == "yaml":
        f.add(kv("images", q([f"/images/{loc:%Y/%m}/{slug}.jpg"])))
        f.add(kv("showToc", "false"))
    if toml:
        f.add("[params]")
        f.add(f"  author = {q(h.s['author'])}")
        f.add(f"  comments = {'true' if r.random() < 0.5 else 'false'}")
    f.add(sep, None)
    f.blank()
    paras = g["body_paragraphs"]
    fig_at = r.randrange(len(paras)) if r.random() < 0.7 else -1
    for k, p in enumerate(paras):
        f.add(p, "body")
        f.blank()
        if k == 0 and len(paras) > 1:
            f.add("<!--more-->")
            f.blank()
        if k == fig_at:
            cap = pick(r, ["درناهای خاکستری در تالاب", "عکس از نویسنده", "سرشماری پرندگان آبزی", "نقشه مسیر کوچ"])
            if v == "yaml":
                f.add(f'{{{{< figure src="/images/{loc:%Y/%m}/{slug}-{k}.jpg" caption="{cap}" >}}}}')
            else:
                f.add(f"![{cap}](/images/{slug}-{k}.jpg)")
            f.blank()
    credit = _credit(g, h)
    if credit:
        f.add(f"*{credit}*")
    return f


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant (``g["_markup"]``) and whether only markup does (``g["_only_markup"]``)."""
    kind, v = h.s["kind"], h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    g["_shown"], g["_markup"], g["_only_markup"] = None, False, False
    if kind == "lynx":
        return _dump(h, r, g, loc, others, url, key)
    if kind == "hugo":
        return _hugo(h, r, g, loc, others, key)
    doc = Doc()
    if kind == "virgool":
        _virgool(doc, h, r, g, loc, others, crawl)
    elif kind == "aparat":
        _aparat(doc, h, r, g, loc, others, crawl)
    elif kind == "wayback":
        stamp = _wb_stamp(crawl)
        _wayback_bar(doc, h, url, crawl)
        _news(doc, h, r, g, loc, others, crawl, lambda p: f"/web/{stamp}/https://{h.domain}{p}", v, key)
        g["_markup"] = v == "crumb"
    elif kind == "singlefile":
        h.s["img"] = "data:image/jpeg;base64," + _b64(r, 600)
        layout = {"news": "crumb", "magazine": "magazine", "blog": "blog"}[v]
        if r.random() < 0.5:
            _cookie(doc, r)
        _news(doc, h, r, g, loc, others, crawl, lambda p: f"https://{h.domain}{p}", layout, key)
        h.s.pop("img")
        g["_markup"] = v == "news"
    elif kind == "discourse":
        _discourse(doc, h, r, g, loc, others, crawl, key)
    else:
        _ghost(doc, h, r, g, loc, others, crawl, g.pop("_paywall", False))
    return doc


def _b64(r: random.Random, n: int) -> str:
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "/9j/4AAQSkZJRgABAQ" + "".join(abc[r.randrange(64)] for _ in range(n)) + "=="


def _cookie(doc: Doc, r: random.Random) -> None:
    msg = pick(r, COOKIES)
    doc.chrome(f'<div id="cookie-notice" class="cookie-banner"><p>{e(msg)}</p><button>پذیرفتن</button>'
               "<a>اطلاعات بیشتر</a></div>\n", msg, "پذیرفتن", "اطلاعات بیشتر")


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing (a channel's videos, a tag's or a category's posts, a site's latest news),
    a «not found» page in the chrome (on a Ghost site, a members-only post with no preview), an empty page."""
    kind = h.s["kind"]
    if neg == "empty":
        f = Flat()
        f.add("در حال بارگذاری...")
        return f
    if kind == "lynx":
        return _dump(h, r, None, None, others, url, "0", neg)
    if kind == "hugo":
        return _hugo(h, r, None, None, others, "0", neg)
    doc = Doc()
    if kind == "wayback":
        _wayback_bar(doc, h, url, crawl)
    if kind == "singlefile":
        _cookie(doc, r)
    if kind == "ghost" and neg == "chrome_only":
        t = others[0]
        doc.chrome(f'<header id="gh-head"><a class="gh-head-logo" href="/">{e(h.name)}</a><a>Sign in</a>'
                   "<a>Subscribe</a></header>\n", h.name, "Sign in", "Subscribe")
        doc.chrome(f'<main><article class="article post"><h1 class="article-title">{e(t)}</h1>\n', t)
        _paywall(doc, False)
        doc.chrome("</article></main>\n")
        return doc
    head = {"virgool": "ویرگول", "aparat": "آپارات", "wayback": h.name, "singlefile": h.name, "discourse": h.name,
            "ghost": h.name}[kind]
    doc.chrome(f'<header class="top"><a href="/">{e(head)}</a></header>\n', head)
    if neg == "listing":
        label = {"virgool": f"نوشته‌های {h.name}", "aparat": f"ویدیوهای {h.name}", "wayback": "آخرین اخبار",
                 "singlefile": "آخرین اخبار", "discourse": "Latest topics", "ghost": pick(r, h.sections)}[kind]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        for i, t in enumerate(others[5:20]):
            when = _jday(crawl - dt.timedelta(days=3 * i + 1))
            doc.chrome(f'<div class="item"><h3><a href="/n/{stable(t) % 10**6}">{e(t)}</a></h3><span>{when}</span>'
                       "</div>\n", t, when)
    else:
        msg = {"virgool": "صفحه مورد نظر پیدا نشد!", "aparat": "ویدیو مورد نظر حذف شده است.",
               "wayback": "Hrm. The Wayback Machine has not archived that URL.", "singlefile": "خطای ۴۰۴",
               "discourse": "Oops! That page doesn’t exist or is private.", "ghost": "Page not found"}[kind]
        doc.chrome(f'<div class="err"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    doc.chrome(f'<footer><p>{e(h.tagline)}</p></footer>\n', h.tagline)
    return doc


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    art = g.get("kind") == "article"
    title = g.get("title") or h.name
    tab = {"virgool": f"{title} - ویرگول", "aparat": f"{title} | آپارات", "wayback": f"{title} - {h.name}",
           "singlefile": f"{title} | {h.name}", "discourse": f"{title} - {h.name}",
           "ghost": f"{title}"}[kind]
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<link rel="canonical" href="{e(url)}">']
    loc = g["_shown"][1] if art and g.get("_shown") else None
    if art and loc and g.get("_markup"):
        if kind == "virgool":
            metas.append(f'<meta property="article:published_time" content="{loc.isoformat()}">')
        elif kind == "aparat":
            ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": title,
                  "uploadDate": loc.isoformat(), "duration": f"PT{stable(url) % 14}M{stable(url) % 60}S",
                  "thumbnailUrl": f"https://static.cdn.asset.aparat.com/avt/{stable(url) % 10**8}-b.jpg"}
            metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        elif kind in ("wayback", "singlefile"):
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                  "datePublished": loc.isoformat(), "publisher": {"@type": "Organization", "name": h.name}}
            metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        elif kind == "discourse":
            metas.append(f'<meta property="article:published_time" content="{loc.astimezone(UTC).isoformat()}">')
        elif kind == "ghost":
            stamp = loc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            metas += ['<meta name="generator" content="Ghost 5.82">', '<meta property="og:type" content="article">',
                      f'<meta property="article:published_time" content="{stamp}">']
            if g["section"]:
                metas.append(f'<meta property="article:tag" content="{e(g["section"])}">')
    if art:
        metas.append(f'<meta property="og:title" content="{e(title)}">')
    pre = ""
    if kind == "wayback":
        metas.insert(0, '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>\n'
                        '<script type="text/javascript">__wm.init("https://web.archive.org/web");</script>\n'
                        '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=1B2M2Y8A">\n'
                        "<!-- End Wayback Rewrite JS Include -->")
    if kind == "singlefile":
        saved = crawl.astimezone(TEHRAN)
        zone = "Iran Daylight Time" if saved.utcoffset() == dt.timedelta(hours=4, minutes=30) else "Iran Standard Time"
        pre = (f"<!--\n Page saved with SingleFile \n url: {url} \n saved date: {saved:%a %b %d %Y %H:%M:%S} "
               f"GMT{saved:%z} ({zone})\n-->")
        metas.append('<meta name="referrer" content="no-referrer">')
        metas.append("<noscript><style>.lazy{display:none}</style></noscript>")
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px;color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}"
                    for k in range(60 + stable(h.domain) % 150))
    metas.append(f"<style>{rules}</style>")
    if kind == "singlefile":
        font = _b64(r, 900)
        metas.append("<style>@font-face{font-family:Vazir;src:url(data:font/woff2;base64," + font + ")}</style>")
    head = "\n".join(metas) + "\n"
    body = doc.html()
    if kind == "singlefile":
        body = "<noscript><p>برای مشاهده کامل این صفحه جاوااسکریپت را فعال کنید.</p></noscript>\n" + body
    lang = "en" if kind == "wayback" or v in ("casper", "notag", "en") else "fa"
    return (f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">{pre}\n<head>\n{head}</head>\n<body>\n{body}</body>\n'
            "</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind = h.s["kind"]
    slug = f"{stable(key, title) % 16**12:x}"
    if kind == "virgool":
        return f"https://{h.domain}/{h.s['handle'].replace('_', '-')}/{slug}"
    if kind == "aparat":
        return f"https://{h.domain}/v/{slug[:6]}"
    if kind == "discourse":
        return f"https://{h.domain}/t/{slug[:8]}/{int(key) % 9999}"
    if kind == "ghost":
        return f"https://{h.domain}/{slug}/"
    if kind == "hugo":
        return f"https://{h.domain}/posts/{slug}/"
    return f"https://{h.domain}/fa/news/{key}"


# ---------------------------------------------------------------------------------------------- build


def _utc_day(h: Host, pub: dt.datetime) -> dt.datetime:
    """A Discourse topic or a Ghost post shows the UTC day: its story goes out when that day is Tehran's too."""
    return same_day_in_utc(pub) if h.s["kind"] in ("discourse", "ghost") else pub


def _members_only(h: Host, r: random.Random, g: dict) -> None:
    """A members-only Ghost post keeps the preview it shows (``g["_paywall"]``: whether the post is one)."""
    paras, lead = g["body_paragraphs"], g["lead"]
    paywall = h.s["kind"] == "ghost" and len(paras) > 2 and r.random() < h.s["paywall_p"]
    if paywall:
        g["body_paragraphs"] = paras = paras[:r.randint(1, 2)]
        if g["agency"] and credited_agency(([lead] if lead else []) + paras) != g["agency"]:
            g["agency"] = None  # (the credit stands under the story, behind the paywall)
    g["_paywall"] = paywall


def build(out_dir, n: int = 400, seed: int = 367, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="ap", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] in SECTIONED,
                     day=_utc_day, prepare=_members_only)
