"""Family set AI: eight families of big Persian news sites as a browser's «Save page as» or a crawler delivers them
(land subsidence, football transfers, the phone registry, home appliances, elite emigration, infertility care,
online shopping, the rial and the forex market), written blind to the extractor.

    build(out_dir, n, seed=311, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/extract/`` nor ``src/palayesh/normalize/`` nor running palayesh on these pages. Unlike AA to AH, AI
runs no earlier set's frame: its pages are modelled on the markup of the big agencies and dailies (invented hosts,
names and stories; the structure imitated), at their real size (HTML pages of 90 to 220 KB). Tables in
:mod:`site_families_ai_tables`. Families (none in an earlier set):

- ``land_subsidence``     land subsidence, dry aquifers and cracked plains (a national agency, a city daily);
- ``football_transfers``  the football transfer market, contracts and the league (a Varzesh3-like sports site);
- ``phone_registry``      the mobile phone registry, customs and phone imports (a Zoomit-like tech magazine);
- ``home_appliances``     the home-appliance market, imports and makers (a Donya-e-Eqtesad-like daily);
- ``elite_emigration``    the emigration of doctors, students and elites (Entekhab / Asriran-like sites);
- ``infertility_care``    infertility treatment, its insurance and clinics (a health service of a daily);
- ``online_shopping``     online shops, sales festivals and delivery (a Digikala Mag-like WordPress magazine);
- ``forex_rial``          the rial, the exchange centre, gold coins and exchange offices (Tabnak-like sites).

Each host writes its article pages in one of four CMS markups (:data:`CMS`): ``nastooh`` (an agency CMS: ``item-``
classes, ``<p class="summary introtext">`` lead, ``item-text`` story), ``parsine`` (the dailies' CMS: ``news_path``
breadcrumb, ``rutitr`` / ``title`` / ``subtitle``, ``<div class="body">`` with justified ``<div>`` paragraphs on some
pages, ``news_pdate_c`` and ``news_id_c`` rows), ``nextjs`` (a React site: hashed utility classes, ``<span>`` runs in
the paragraphs, the story again in ``__NEXT_DATA__``) and ``wordpress`` (``entry-`` classes, Gutenberg blocks, Yoast's
``@graph``). Around the story every page has what the real ones have: a full ``<head>`` (og:, article:, twitter:,
JSON-LD ``NewsArticle`` and ``BreadcrumbList``, sometimes disagreeing with the page in the small ways real sites do:
og:title with the site's name or the surtitle, the lead cut with «…», ``articleSection`` the parent service,
``article:published_time`` in UTC), inline CSS, analytics and config scripts, a JSON state blob of headlines, an SVG
sprite, a top bar (today's date, prices), a mega menu of 100+ links, a breaking-news ticker, ad slots with Persian
ad text, the breadcrumb, surtitle, headline, lead box, a date row (several styles; an «updated» date beside it on some
hosts), the news code «کد خبر: ۱۲۳۴۵۶», the reporter / editor line, a photo with its caption and photographer, inline
«بیشتر بخوانید» boxes between paragraphs, a gallery, a video embed, «انتهای پیام», the agency's credit as those sites
write it, tags, short link, share row, related / other news of the service / most read / most commented lists with
dates, the family's price or score box, a comment thread and form, and a big footer (addresses, phones, apps, social
channels, licence line, trust seal). About a third of the pages are flat text: the same page as a crawler's text dump
(a line per block, menus included, scripts gone).

Gold as X to AH document it: the title is the visible headline, the section the breadcrumb's last item (the most
specific the page shows), the lead the lead box, the agency only when the page credits the story to one (a credit
line, a logo's alt, or the story's own dateline), ``published_iso`` the Tehran day the visible date row gives (not
the «updated» one), ``published_time`` the instant with its Tehran offset when the page shows the time or has it in
markup, else the day. About 7% negatives (a service's listing, a 404 page with the whole chrome, a CDN's browser
check), ~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import json
import random

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
    write_page,
)
from site_families_ai_tables import (
    AD_LABELS,
    ADS,
    APPS,
    BOXES,
    CAPTIONS,
    CMS_OF,
    FAMILIES,
    FOOT_LINKS,
    HOSTS,
    MEGA,
    PHOTOGRAPHERS,
    REPORTERS,
    SECTIONS,
    SLUGS,
    SOCIAL,
    STREETS,
    TICKER,
    WIDGETS,
)
from site_families_h import AGENCIES, COMMENTS, FIRST, JMONTHS, LAST, TEHRAN, Host, dg, host_story, story_paragraphs
from site_families_r import credited_agency, load_stories

__all__ = ["AGENCIES", "CMS", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host",
           "visible_date"]

CMS = ["nastooh", "parsine", "nextjs", "wordpress"]
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
DATE_STYLES = ["long", "slash", "rev", "plain", "day_only"]
UTC = dt.timezone.utc


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its CMS, date style, digits, credit habit and the pieces its pages carry."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ai-host:{seed}:{domain}")
    service, secs = SECTIONS[family]
    cms = CMS_OF[family][idx]
    s = {
        "cms": cms,
        "date": DATE_STYLES[(stable(seed, domain) + idx) % len(DATE_STYLES)],
        "digits": "en" if (family, idx) in (("football_transfers", 0), ("online_shopping", 1)) else "fa",
        "lead_p": pick(r, [0.55, 0.7, 0.85]),
        "sur_p": pick(r, [0.0, 0.3, 0.6]),
        "agency": pick(r, ["keep", "credit", "credit", "none", "other"]),
        "credit_style": pick(r, ["source", "logo", "tail"]),
        "html_p": pick(r, [0.55, 0.65, 0.75]),
        "updated": r.random() < 0.4,
        "gallery_p": pick(r, [0.0, 0.25, 0.4]),
        "video_p": pick(r, [0.0, 0.2, 0.35]),
        "readmore_p": pick(r, [0.4, 0.7]),
        "comments": r.random() < 0.8,
        "div_paras": cms == "parsine" and r.random() < 0.6,
        "utc_meta": r.random() < 0.35,
        "code_label": pick(r, ["کد خبر", "کد مطلب", "شناسه خبر"]),
        "end_mark": pick(r, ["انتهای پیام/", "انتهای پیام", "پایان خبر", None]),
        "boxes": pick(r, BOXES),
        "ticker": pick(r, TICKER),
        "street": pick(r, STREETS),
        "phone": f"021-{r.randint(22000000, 88999999)}",
        "licence": r.randint(10000, 99999),
        "byline": pick(r, ["reporter", "editor", "author", None]),
    }
    menu = [svc for svc, _ in MEGA]
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- dates


def visible_date(t: dt.datetime, style: str, digits: str) -> tuple[str, bool]:
    """The date row a host shows for instant ``t`` (Tehran time), and whether it shows the time:
    ``visible_date(dt.datetime(2024, 12, 4, 10, 25), "long", "fa")`` -> («چهارشنبه ۱۴ آذر ۱۴۰۳ - ۱۰:۲۵», True)."""
    j = jalali_day(t)
    day = f"{j.day} {JMONTHS[j.month - 1]} {j.year}"
    clock = f"{t:%H:%M}"
    if style == "long":
        out, timed = f"{WEEKDAYS[t.weekday()]} {day} - {clock}", True
    elif style == "slash":
        out, timed = f"{j.year}/{j.month:02d}/{j.day:02d} {clock}", True
    elif style == "rev":
        out, timed = f"تاریخ انتشار: {clock} - {day}", True
    elif style == "plain":
        out, timed = f"{day} ساعت {clock}", True
    else:
        out, timed = f"{WEEKDAYS[t.weekday()]} {day}", False
    return dg(out, digits), timed


def _ago(r: random.Random, d: str) -> str:
    return dg(pick(r, [f"{r.randint(2, 59)} دقیقه پیش", f"{r.randint(1, 23)} ساعت پیش", f"{r.randint(1, 6)} روز پیش"]),
              d)


# ---------------------------------------------------------------------------------------------- page pieces
# A page is a list of pieces: (html, visible lines, role); role "c" chrome, "title", "sur", "lead", "body".


class Doc:
    """The page's pieces in order: their HTML and the lines a crawler's text dump shows of them."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, list[tuple[str, str]]]] = []

    def add(self, markup: str, lines: list[tuple[str, str]] | None = None) -> None:
        self.parts.append((markup, [(ro, t) for ro, t in (lines or []) if t]))

    def chrome(self, markup: str, *lines: str) -> None:
        self.add(markup, [("c", x) for x in lines])

    def html(self) -> str:
        return "".join(m for m, _ in self.parts)

    def lines(self, role: str | None = None) -> list[str]:
        return [t for _, ls in self.parts for ro, t in ls if role is None or ro == role]


e = html.escape


def _cls(h: Host, key: str) -> str:
    """A class name in the host's CMS vocabulary."""
    cms = h.s["cms"]
    if cms == "nextjs":
        return f"{key[:3]}_{stable(h.domain, key) % 0xFFFFF:05x} css-{stable(key) % 0xFFFFFF:06x}"
    if cms == "wordpress":
        return {"title": "entry-title", "lead": "entry-summary", "body": "entry-content", "sur": "entry-kicker"}.get(
            key, f"td-{key}")
    if cms == "parsine":
        return {"title": "title", "lead": "subtitle", "body": "body", "sur": "rutitr", "path": "news_path"}.get(
            key, f"news_{key}")
    return {"title": "title", "lead": "summary introtext", "body": "item-text", "sur": "uptitle",
            "path": "breadcrumb"}.get(key, f"item-{key}")


def _css(h: Host) -> str:
    return _css_of(h.domain)


@functools.lru_cache(maxsize=64)
def _css_of(domain: str) -> str:
    """A site's inline stylesheet (the saved pages' bulk: 60 to 220 KB of rules)."""
    n = 550 + stable(domain, "css") % 1400
    rules = [f".{k}{{margin:{i % 7}px {i % 5}px;padding:{i % 9}px;font:{12 + i % 6}px/1.{i % 9} IRANSans,Tahoma,"
             f"sans-serif;color:#{stable(domain, k, i) % 0xFFFFFF:06x}}}"
             for i, k in enumerate(f"c{stable(domain, j) % 99999}" for j in range(n))]
    return "<style>\n@font-face{font-family:IRANSans;src:url(/fonts/IRANSansWeb.woff2) format('woff2');" \
           "font-display:swap}\n" + "\n".join(rules) + "\n</style>\n"


def _svg(h: Host) -> str:
    icons = ["telegram", "eitaa", "bale", "rubika", "whatsapp", "x", "instagram", "aparat", "search", "menu", "close",
             "print", "share", "bookmark", "comment", "eye", "clock", "arrow-left", "arrow-right", "play", "camera"]
    paths = "".join(f'<symbol id="i-{n}" viewBox="0 0 24 24"><path d="M{stable(n) % 20} {stable(n, 1) % 20}c'
                    + " ".join(f"{stable(n, k) % 24}.{k % 10} {stable(n, k, 'y') % 24}" for k in range(40))
                    + 'z"/></symbol>' for n in icons)
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{paths}</svg>\n'


def _scripts_head(h: Host, key: str) -> str:
    gid = f"G-{stable(h.domain) % 10**10:010d}"
    cfg = {"site": h.domain, "lang": "fa", "dir": "rtl", "cdn": f"https://cdn.{h.domain}", "ads": {
        "zone": stable(h.domain, "z") % 9999, "lazy": True}, "analytics": gid, "build": f"{stable(h.domain, 'b'):x}",
        "features": {"darkMode": True, "pushNotify": True, "comments": h.s["comments"]}}
    return ('<script async src="https://www.googletagmanager.com/gtag/js?id=' + gid + '"></script>\n'
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            f"gtag('js',new Date());gtag('config','{gid}');</script>\n"
            f"<script>window.__APP_CONFIG__={json.dumps(cfg, ensure_ascii=False)};</script>\n"
            "<script>(function(){var d=document,s=d.createElement('script');s.async=true;s.src='https://s1.mediaad.org/"
            f"serve/{h.domain}/loader.js?v={key}';d.head.appendChild(s);}})();</script>\n"
            '<script type="text/javascript">!function(e,t,n){e.yektanetAnalyticsObject=n,e[n]=e[n]||function(){'
            'e[n].q.push(arguments)},e[n].q=e[n].q||[];var a=t.getElementsByTagName("head")[0],r=new Date,'
            'c="https://cdn.yektanet.com/superscript/abc/native-' + h.domain + '/yn_pub.js?v="+r.getFullYear()'
            '.toString()+"0"+r.getMonth()+"0"+r.getDate()+"0"+r.getHours(),s=t.createElement("link");s.rel="preload",'
            's.as="script",s.href=c,a.appendChild(s);var l=t.createElement("script");l.async=!0,l.src=c,'
            'a.appendChild(l)}(window,document,"yektanet");</script>\n')


def _head(h: Host, r: random.Random, g: dict, pub: dt.datetime | None, url: str, key: str, parent: str) -> str:
    """The page's ``<head>``: metas, Open Graph, Twitter, JSON-LD, CSS and scripts."""
    title = g.get("title") or ""
    s = h.s
    out = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
           '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
           f"<title>{e(title + ' - ' + h.name if title else h.name + ' | ' + h.tagline)}</title>",
           f'<link rel="canonical" href="{e(url)}">', f'<link rel="icon" href="https://{h.domain}/favicon.ico">',
           '<link rel="manifest" href="/manifest.json">',
           f'<link rel="preload" href="https://cdn.{h.domain}/fonts/IRANSansWeb.woff2" as="font" crossorigin>',
           f'<meta name="theme-color" content="#{stable(h.domain, "c") % 0xFFFFFF:06x}">',
           f'<meta property="og:site_name" content="{e(h.name)}">', '<meta property="og:locale" content="fa_IR">']
    if g.get("kind") != "article":
        out += [f'<meta name="description" content="{e(h.tagline)}">', '<meta property="og:type" content="website">']
        return "\n".join(out) + "\n" + _css(h) + _scripts_head(h, key)
    lead = g.get("lead") or (g["body_paragraphs"][0] if g["body_paragraphs"] else "")
    desc = lead if len(lead) < 160 else lead[:150].rsplit(" ", 1)[0] + " …"
    og_title = pick(r, [title, f"{title} | {h.name}", f"{g['surtitle']} / {title}" if g.get("surtitle") else title])
    img = f"https://cdn.{h.domain}/d/{pub.year if pub else 2020}/{key}/{stable(key, 'img') % 10**6}.jpg"
    out += [f'<meta name="description" content="{e(desc)}">',
            f'<meta name="keywords" content="{e("، ".join(g.get("_tags") or []))}">',
            '<meta property="og:type" content="article">', f'<meta property="og:title" content="{e(og_title)}">',
            f'<meta property="og:description" content="{e(desc)}">', f'<meta property="og:url" content="{e(url)}">',
            f'<meta property="og:image" content="{img}">', '<meta property="og:image:width" content="1200">',
            '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="twitter:site" content="@{h.domain.split(".")[0]}">',
            f'<meta name="twitter:title" content="{e(og_title)}">', f'<meta name="twitter:image" content="{img}">',
            f'<meta property="article:section" content="{e(parent)}">']
    for t in (g.get("_tags") or [])[:4]:
        out.append(f'<meta property="article:tag" content="{e(t)}">')
    if pub is not None:
        stamp = pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if s["utc_meta"] else pub.isoformat()
        out.append(f'<meta property="article:published_time" content="{stamp}">')
        if s["updated"]:
            out.append(f'<meta property="article:modified_time" content="{(pub + g["_upd"]).isoformat()}">')
    crumbs = [("خانه", f"https://{h.domain}/"), (parent, f"https://{h.domain}/service/{SECTIONS[h.family][0]}")]
    if g.get("section") and g["section"] != parent:
        crumbs.append((g["section"], f"https://{h.domain}/{SLUGS.get(g['section'], 'news')}"))
    ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle",
                "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title[:110],
                "description": desc, "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 675},
                "articleSection": parent, "inLanguage": "fa-IR",
                "publisher": {"@type": "Organization", "name": h.name,
                              "logo": {"@type": "ImageObject", "url": f"https://{h.domain}/logo.png"}},
                "author": {"@type": "Person", "name": g.get("_byline") or h.name}}
    if pub is not None:
        ld["datePublished"] = pub.isoformat()
        ld["dateModified"] = (pub + g.get("_upd", dt.timedelta(0))).isoformat()
    crumb_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": u} for i, (n, u) in enumerate(crumbs)]}
    if s["cms"] == "wordpress":
        ld = {"@context": "https://schema.org", "@graph": [dict(ld, **{"@id": url + "#article"}),
                                                          dict(crumb_ld, **{"@id": url + "#breadcrumb"})]}
        lds = [ld]
    else:
        lds = [ld, crumb_ld]
    for x in lds:
        out.append(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>')
    return "\n".join(out) + "\n" + _css(h) + _scripts_head(h, key)


def _top(doc: Doc, h: Host, r: random.Random, today: dt.datetime, titles: list[str]) -> None:
    d = h.s["digits"]
    j = jalali_day(today)
    date = dg(f"{WEEKDAYS[today.weekday()]} {j.day} {JMONTHS[j.month - 1]} {j.year}", d)
    prices = [dg(x, d) for x in (f"دلار {r.randint(40, 70)}٬{r.randint(100, 999)}",
                                 f"سکه {r.randint(30, 60)}٬{r.randint(100, 999)}٬۰۰۰",
                                 f"شاخص بورس {r.randint(1, 3)}٬{r.randint(100, 999)}٬{r.randint(100, 999)}")]
    doc.chrome(f'<div class="{_cls(h, "topbar")}"><span class="today">{date}</span>'
               + "".join(f'<span class="price">{x}</span>' for x in prices)
               + '<a href="/login" class="login">ورود / ثبت‌نام</a></div>\n', date, *prices, "ورود / ثبت‌نام")
    logo = f'<img src="https://{h.domain}/logo.svg" alt="{e(h.name)}" width="180" height="48">'
    doc.chrome(f'<header class="{_cls(h, "header")}"><a href="/" class="logo">{logo}</a>'
               f'<div class="brand"><div class="site-name">{e(h.name)}</div><div class="tagline">{e(h.tagline)}</div>'
               '</div><form class="search" action="/search"><input type="text" name="q" placeholder="جستجو..."></form>'
               "</header>\n", h.name, h.tagline)
    # the mega menu: every service and its sub-services (the family's service among them)
    fam_service, secs = SECTIONS[h.family]
    services = [(fam_service, list(secs))] + [(svc, subs) for svc, subs in MEGA if svc != fam_service]
    items, lines = [], ["صفحه اصلی"]
    for svc, subs in services:
        sub = "".join(f'<li><a href="/service/{e(svc)}/{e(x)}">{e(x)}</a></li>' for x in subs)
        items.append(f'<li class="has-mega"><a href="/service/{e(svc)}">{e(svc)}</a><div class="mega-panel">'
                     f'<ul class="mega-col">{sub}</ul></div></li>')
        lines += [svc, *subs]
    doc.chrome(f'<nav class="{_cls(h, "menu")}" id="main-menu"><ul class="nav"><li><a href="/">صفحه اصلی</a></li>'
               + "".join(items) + "</ul></nav>\n", *lines)
    tick = titles[:5]
    doc.chrome(f'<div class="{_cls(h, "ticker")}"><span class="ticker-label">{e(h.s["ticker"])}</span><ul>'
               + "".join(f'<li><a href="/news/{stable(t) % 10**6}">{e(t)}</a></li>' for t in tick) + "</ul></div>\n",
               h.s["ticker"], *tick)


def _ad(doc: Doc, h: Host, r: random.Random) -> None:
    label, text = pick(r, AD_LABELS), pick(r, ADS)
    slot = stable(h.domain, text) % 9999
    doc.chrome(f'<div class="ad-slot" id="adv-{slot}" data-zone="{slot}"><span class="ad-label">{label}</span>'
               f'<a href="https://ads.example-network.ir/c/{slot}" rel="sponsored nofollow">{e(text)}</a></div>\n',
               label, text)


def _list_box(doc: Doc, h: Host, r: random.Random, name: str, titles: list[str], when: str) -> None:
    """A box of headlines with their times (``when``: "ago", "clock" or "none")."""
    d = h.s["digits"]
    lines = [name]
    lis = []
    for t in titles:
        tm = _ago(r, d) if when == "ago" else dg(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", d) \
            if when == "clock" else ""
        lis.append(f'<li><a href="/news/{stable(t) % 10**6}/">{e(t)}</a>'
                   + (f'<span class="time">{tm}</span>' if tm else "") + "</li>")
        lines.append(t)
        if tm:
            lines.append(tm)
    doc.chrome(f'<section class="{_cls(h, "box")}"><h3 class="box-title">{e(name)}</h3><ul>' + "".join(lis)
               + "</ul></section>\n", *lines)


def _footer(doc: Doc, h: Host, r: random.Random, year: int) -> None:
    d = h.s["digits"]
    addr = f"نشانی: تهران، {h.s['street']}، پلاک {dg(stable(h.domain, 'p') % 90 + 4, d)}"
    phone = dg(f"تلفن: {h.s['phone']}", d)
    post = dg(f"کد پستی: {stable(h.domain, 'post') % 10**10:010d}", d)
    licence = dg(f"دارای مجوز از وزارت فرهنگ و ارشاد اسلامی به شماره {h.s['licence']}", d)
    rights = dg(f"کلیه حقوق مادی و معنوی این سایت متعلق به {h.name} است. © {year}", d)
    quote = "استفاده از مطالب با ذکر منبع آزاد است."
    social = [f"{h.name} در {x}" for x in SOCIAL[: 4 + stable(h.domain) % 4]]
    links = "".join(f'<li><a href="/page/{i}">{x}</a></li>' for i, x in enumerate(FOOT_LINKS))
    doc.chrome(f'<footer class="{_cls(h, "footer")}"><div class="foot-links"><ul>{links}</ul></div>'
               f'<div class="foot-apps">' + "".join(f'<a class="app" href="/app/{i}">{x}</a>' for i, x in
                                                    enumerate(APPS)) + "</div>"
               '<div class="foot-social"><span>ما را در شبکه‌های اجتماعی دنبال کنید</span>'
               + "".join(f'<a href="/s/{i}"><svg><use href="#i-menu"></use></svg>{e(x)}</a>'
                         for i, x in enumerate(social)) + "</div>"
               f'<div class="foot-contact"><p>{e(addr)}</p><p>{phone}</p><p>{post}</p></div>'
               f'<div class="foot-licence"><p>{licence}</p><p>{quote}</p>'
               f'<a href="https://trustseal.enamad.ir/?id={stable(h.domain) % 99999}" referrerpolicy="origin">'
               '<img src="https://trustseal.enamad.ir/logo.aspx" alt="نماد اعتماد الکترونیکی"></a></div>'
               f'<div class="copyright"><p>{e(rights)}</p></div></footer>\n',
               *FOOT_LINKS, *APPS, "ما را در شبکه‌های اجتماعی دنبال کنید", *social, addr, phone, post, licence, quote,
               rights)


def _comments(doc: Doc, h: Host, r: random.Random, pub: dt.datetime) -> None:
    d = h.s["digits"]
    n = r.randint(0, 6)
    items, lines = [], []
    head = dg(f"{n} نظر", d) if n else "نظری ثبت نشده است"
    for _ in range(n):
        who = pick(r, [f"{pick(r, FIRST)} {pick(r, LAST)}", pick(r, FIRST), "ناشناس", "یک شهروند"])
        when = visible_date(pub + dt.timedelta(hours=r.randint(1, 60)), "slash", d)[0]
        text = pick(r, COMMENTS)
        items.append(f'<li class="comment"><div class="comment-head"><span class="author">{e(who)}</span>'
                     f'<span class="date">{when}</span></div><p class="comment-text">{e(text)}</p>'
                     f'<div class="comment-actions"><button>پاسخ</button><span class="like">'
                     f"{dg(r.randint(0, 90), d)}</span></div></li>")
        lines += [who, when, text]
    form = ("ارسال نظر", "نام", "ایمیل", "نظرات حاوی توهین و افترا منتشر نخواهد شد.", "ارسال")
    doc.chrome(f'<section class="{_cls(h, "comments")}" id="comments"><h3>{head}</h3><ul>' + "".join(items)
               + "</ul>" + ("<div>پاسخ</div>" if n else "")
               + f'<form class="comment-form" method="post"><h4>{form[0]}</h4><label>{form[1]}</label>'
               f'<input name="name"><label>{form[2]}</label><input name="email"><p class="rules">{form[3]}</p>'
               f'<textarea name="body" placeholder="نظر خود را بنویسید"></textarea><button type="submit">{form[4]}'
               "</button></form></section>\n", head, *lines, *form)


def _tail_scripts(h: Host, titles: list[str], g: dict, key: str) -> str:
    state = {"page": {"type": g.get("kind"), "id": key},
             "mostVisited": [{"id": stable(t) % 10**6, "title": t, "url": f"/news/{stable(t) % 10**6}"}
                             for t in titles[:10]],
             "ads": [{"zone": i, "lazy": True} for i in range(6)]}
    js = ("!function(){var n=document.querySelectorAll('[data-lazy]');for(var i=0;i<n.length;i++){n[i].src="
          "n[i].getAttribute('data-lazy')}}();\n") * 3
    return (f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>\n"
            f"<script>{js}</script>\n"
            f'<script src="https://cdn.{h.domain}/assets/js/app.{stable(h.domain, "js"):x}.min.js" defer></script>\n'
            "<script>if('serviceWorker' in navigator){navigator.serviceWorker.register('/sw.js')}</script>\n")


# ---------------------------------------------------------------------------------------------- the article


def _para(h: Host, text: str, i: int) -> str:
    cms = h.s["cms"]
    if cms == "nextjs":
        words = text.split(" ")
        cut = max(1, len(words) // 3)
        return (f'<p class="{_cls(h, "para")}"><span>{e(" ".join(words[:cut]))} </span>'
                f'<span>{e(" ".join(words[cut:]))}</span></p>\n')
    if cms == "wordpress":
        return f"<!-- wp:paragraph -->\n<p>{e(text)}</p>\n<!-- /wp:paragraph -->\n"
    if h.s["div_paras"]:
        return f'<div style="text-align: justify;">{e(text)}</div>\n'
    return f'<p style="text-align: justify;">{e(text)}</p>\n' if i % 2 else f"<p>{e(text)}</p>\n"


def _figure(h: Host, r: random.Random, key: str, caption: str, credit: str) -> tuple[str, list[str]]:
    src = f"https://cdn.{h.domain}/d/{key}/{stable(caption, key) % 10**7}.jpg"
    return (f'<figure class="{_cls(h, "photo")}"><img src="{src}" alt="{e(caption)}" loading="lazy" width="800" '
            f'height="450" srcset="{src}?w=400 400w, {src}?w=800 800w"><figcaption>{e(caption)} '
            f'<span class="photographer">{e(credit)}</span></figcaption></figure>\n', [f"{caption} {credit}"])


def _credit(h: Host, agency: str) -> tuple[str, str | None]:
    """The agency's credit as the host writes it: a source line, a logo (its alt) or a tail «به نقل از …»."""
    names = AGENCIES[agency]
    name = names[stable(h.domain, agency) % len(names)]
    style = h.s["credit_style"]
    if style == "logo":
        return (f'<div class="news-source"><span>منبع:</span> <a href="/source/{stable(agency) % 99}">'
                f'<img src="/sources/{stable(agency) % 99}.png" alt="{e(name)}"></a></div>\n', "منبع:")
    line = f"منبع: {name}" if style == "source" else f"به نقل از {name}"
    return f'<div class="news-source">{e(line)}</div>\n', line


def article_doc(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str,
                fmt: str) -> Doc:
    """The article page's pieces around the story in ``g`` (title, surtitle, lead, body, section, agency)."""
    s = h.s
    d = s["digits"]
    doc = Doc()
    today = pub + dt.timedelta(days=r.randint(0, 200), hours=r.randint(0, 20))
    _top(doc, h, r, today, others[:5])
    _ad(doc, h, r)
    service = SECTIONS[h.family][0]
    sec = g["section"]
    crumbs = ["خانه", service] + ([sec] if sec and sec != service else [])
    if s["cms"] == "nextjs":  # (a chip over the headline, no breadcrumb row)
        doc.chrome(f'<div class="{_cls(h, "chip")}"><a href="/{SLUGS.get(sec or "", "news")}">{e(sec or service)}</a>'
                   "</div>\n", sec or service)
    else:
        doc.chrome(f'<ol class="{_cls(h, "path")}">' + "".join(f'<li><a href="/p/{i}">{e(c)}</a></li>'
                                                             for i, c in enumerate(crumbs)) + "</ol>\n", *crumbs)
    doc.add(f'<article class="{_cls(h, "article")}" itemscope itemtype="https://schema.org/NewsArticle">\n')
    if g["surtitle"]:
        doc.add(f'<div class="{_cls(h, "sur")}">{e(g["surtitle"])}</div>\n', [("sur", g["surtitle"])])
    doc.add(f'<h1 class="{_cls(h, "title")}" itemprop="headline">{e(g["title"])}</h1>\n', [("title", g["title"])])
    # the date row, the news code, the views and the reading time
    shown, timed = visible_date(pub, s["date"], d)
    g["_timed"] = timed
    code = dg(f"{s['code_label']}: {stable(key, 'code') % 900000 + 100000}", d)
    views = dg(f"{stable(key, 'views') % 9000 + 40} بازدید", d)
    row = [shown, code, views]
    markup = (f'<div class="{_cls(h, "meta")}"><time datetime="{pub.isoformat()}">{shown}</time>'
              if fmt == "html" and s["cms"] in ("nastooh", "wordpress") else
              f'<div class="{_cls(h, "meta")}"><span class="{_cls(h, "pdate_c")}">{shown}</span>')
    if s["updated"]:
        upd = visible_date(pub + g["_upd"], "plain" if s["date"] != "day_only" else "day_only", d)[0]
        upd = "آخرین به‌روزرسانی: " + upd
        markup += f'<span class="updated">{upd}</span>'
        row.insert(1, upd)
    markup += f'<span class="{_cls(h, "id_c")}">{code}</span><span class="views">{views}</span></div>\n'
    if s["cms"] == "parsine":  # (the dailies' CMS: the row over the headline's block)
        doc.parts.insert(len(doc.parts) - (2 if g["surtitle"] else 1), (markup, [("c", x) for x in row]))
    else:
        doc.chrome(markup, *row)
    if g["lead"]:
        doc.add(f'<div class="{_cls(h, "lead")}"><p>{e(g["lead"])}</p></div>\n' if s["cms"] != "nastooh" else
                f'<p class="{_cls(h, "lead")}" itemprop="description">{e(g["lead"])}</p>\n', [("lead", g["lead"])])
    if g.get("_byline"):
        label = {"reporter": "خبرنگار", "editor": "دبیر خبر", "author": "نویسنده"}[s["byline"]]
        doc.chrome(f'<div class="{_cls(h, "author")}"><span>{label}:</span> '
                   f'<a href="/author/{stable(g["_byline"]) % 999}">{e(g["_byline"])}</a></div>\n',
                   f"{label}: {g['_byline']}")
    cap = pick(r, CAPTIONS[h.family])
    fig, lines = _figure(h, r, key, cap, "عکس: " + pick(r, PHOTOGRAPHERS))
    doc.chrome(fig, *lines)
    doc.add(f'<div class="{_cls(h, "body")}" itemprop="articleBody">\n')
    paras = g["body_paragraphs"]
    reads = list(others[5:9])
    for i, p in enumerate(paras):
        doc.add(_para(h, p, i), [("body", p)])
        if 0 < i < len(paras) - 1 and i % 3 == 1 and reads and r.random() < s["readmore_p"]:
            t = reads.pop()
            label = pick(r, ["بیشتر بخوانید:", "بخوانید:", "مطلب مرتبط:"])
            doc.chrome(f'<div class="{_cls(h, "inline-related")}"><span>{label}</span> '
                       f'<a href="/news/{stable(t) % 10**6}">{e(t)}</a></div>\n', f"{label} {t}")
        if i == len(paras) // 2 and len(paras) >= 4 and r.random() < s["gallery_p"]:
            caps = CAPTIONS[h.family]
            items = "".join(f'<figure class="gallery-item"><img src="https://cdn.{h.domain}/g/{key}/{k}.jpg" '
                            f'alt="{e(c)}"><figcaption>{e(c)}</figcaption></figure>' for k, c in enumerate(caps))
            doc.chrome(f'<div class="{_cls(h, "gallery")}"><h4>گزارش تصویری</h4>{items}</div>\n', "گزارش تصویری",
                       *caps)
    doc.add("</div>\n")
    if r.random() < s["video_p"]:
        clip = "ویدیو: " + " ".join(g["title"].split()[:5])
        vid = f"{stable(key, 'v') % 36**6:x}"
        doc.chrome(f'<div class="{_cls(h, "video")}"><div class="h_iframe-aparat_embed_frame">'
                   f'<iframe src="https://www.aparat.com/video/video/embed/videohash/{vid}/vt/frame" '
                   'allowFullScreen="true" webkitallowfullscreen="true"></iframe></div>'
                   f'<p class="video-caption">{e(clip)}</p></div>\n', clip)
    if s["end_mark"]:
        doc.chrome(f'<div class="end-news">{s["end_mark"]}</div>\n', s["end_mark"])
    if g["_credit"]:
        m, line = g["_credit"]
        doc.chrome(m, *([line] if line else []))
    if g.get("_tags"):
        doc.chrome('<div class="tags"><span>برچسب‌ها:</span>' + "".join(
            f'<a href="/tag/{e(t)}" rel="tag">{e(t)}</a>' for t in g["_tags"]) + "</div>\n", "برچسب‌ها:",
                   *g["_tags"])
    short = f"https://{h.domain.split('.')[0][:5]}.ir/x{stable(key, 's') % 36**4:x}"
    doc.chrome(f'<div class="short-link"><span>لینک کوتاه:</span> <input readonly value="{short}"> '
               '<button class="copy">کپی</button></div>\n', "لینک کوتاه:", "کپی")
    doc.chrome('<div class="share"><span>اشتراک‌گذاری:</span>' + "".join(
        f'<a href="/share/{x}"><svg><use href="#i-{x}"></use></svg></a>' for x in ("telegram", "eitaa", "x"))
               + '<a class="print" href="?print=1">نسخه چاپی</a></div>\n', "اشتراک‌گذاری:", "نسخه چاپی")
    doc.add("</article>\n")
    _ad(doc, h, r)
    _list_box(doc, h, r, "اخبار مرتبط", others[9:13], "none")
    _list_box(doc, h, r, f"سایر اخبار {sec or service}", others[13:19], "clock")
    if s["comments"]:
        _comments(doc, h, r, pub)
    a, b = s["boxes"]
    _list_box(doc, h, r, a, others[19:25], "ago")
    _list_box(doc, h, r, b, others[25:30], "none")
    w = WIDGETS[h.family]
    doc.chrome(f'<aside class="{_cls(h, "widget")}"><h4>{e(w[0])}</h4><ul>' + "".join(f"<li>{e(x)}</li>" for x in w[1:])
               + "</ul></aside>\n", *w)
    _ad(doc, h, r)
    _list_box(doc, h, r, "آخرین اخبار", others[30:40], "clock")
    _footer(doc, h, r, jalali_day(today).year)
    return doc


def negative_doc(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Doc:
    """A page that is no article: a service's listing, a 404 page in the whole chrome, or a CDN's browser check."""
    doc = Doc()
    d = h.s["digits"]
    if kind == "empty":
        doc.chrome('<div class="arvan-challenge"><h1>در حال بررسی مرورگر شما</h1><p>این فرایند خودکار است و چند ثانیه '
                   "طول می‌کشد.</p><p>ArvanCloud | ابر آروان</p></div>\n", "در حال بررسی مرورگر شما",
                   "این فرایند خودکار است و چند ثانیه طول می‌کشد.", "ArvanCloud | ابر آروان")
        return doc
    _top(doc, h, r, crawl, others[:5])
    _ad(doc, h, r)
    service, secs = SECTIONS[h.family]
    if kind == "listing":
        sec = pick(r, secs)
        doc.chrome(f'<ol class="{_cls(h, "path")}"><li>خانه</li><li>{e(service)}</li><li>{e(sec)}</li></ol>\n'
                   f"<h1>{e(sec)}</h1>\n", "خانه", service, sec)
        for i, t in enumerate(others[5:25]):
            when = visible_date(crawl - dt.timedelta(hours=7 * i + r.randint(0, 6)), "slash", d)[0]
            doc.chrome(f'<div class="{_cls(h, "list-item")}"><h3><a href="/news/{stable(t) % 10**6}">{e(t)}</a></h3>'
                       f'<span class="date">{when}</span></div>\n', t, when)
        pages = [dg(str(k), d) for k in range(1, 8)]
        doc.chrome('<div class="pagination">' + "".join(f'<a href="?page={k}">{p}</a>' for k, p in
                                                        enumerate(pages, 1)) + "<a>بعدی</a></div>\n", *pages, "بعدی")
    else:
        doc.chrome('<div class="error-404"><h1>۴۰۴</h1><p>صفحه مورد نظر یافت نشد</p><p>ممکن است این مطلب حذف شده '
                   'باشد یا نشانی را اشتباه وارد کرده باشید.</p><a href="/">بازگشت به صفحه اصلی</a></div>\n', "۴۰۴",
                   "صفحه مورد نظر یافت نشد", "ممکن است این مطلب حذف شده باشد یا نشانی را اشتباه وارد کرده باشید.",
                   "بازگشت به صفحه اصلی")
    a, _ = h.s["boxes"]
    _list_box(doc, h, r, a, others[25:31], "ago")
    _footer(doc, h, r, jalali_day(crawl).year)
    return doc


def _next_data(h: Host, g: dict, key: str, pub: dt.datetime | None) -> str:
    """A React site's ``__NEXT_DATA__``: the story again, as the page's props."""
    props = {"props": {"pageProps": {"article": {
        "id": int(key), "title": g.get("title"), "lead": g.get("lead"), "category": g.get("section"),
        "publishedAt": pub.astimezone(UTC).isoformat() if pub else None,
        "body": "".join(f"<p>{e(p)}</p>" for p in g.get("body_paragraphs") or [])}}, "__N_SSP": True},
        "page": "/news/[id]/[slug]", "query": {"id": key}, "buildId": f"{stable(h.domain, 'build'):x}"}
    return (f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(props, ensure_ascii=False)}'
            "</script>\n")


def render_html(h: Host, doc: Doc, r: random.Random, g: dict, pub: dt.datetime | None, url: str, key: str,
                others: list[str]) -> str:
    service = SECTIONS[h.family][0]
    head = _head(h, r, g, pub, url, key, service)
    body_cls = {"nastooh": "news-page rtl", "parsine": "news_body", "nextjs": "__variable_a1 font-sans",
                "wordpress": "post-template-default single single-post wp-embed-responsive"}[h.s["cms"]]
    wrap_open = '<div id="__next">' if h.s["cms"] == "nextjs" else '<div class="container main-wrapper">'
    out = (f'<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n<html lang="fa-IR" dir="rtl">\n<head>\n'
           f"{head}</head>\n<body class=\"{body_cls}\">\n{_svg(h)}{wrap_open}\n{doc.html()}</div>\n")
    if h.s["cms"] == "nextjs" and g.get("kind") == "article":
        out += _next_data(h, g, key, pub)
    out += _tail_scripts(h, others, g, key)
    return out + "</body>\n</html>\n"


def render_text(doc: Doc) -> str:
    """The crawler's text dump: a line per block, menus included, scripts gone."""
    return "\n".join(doc.lines()) + "\n"


# ---------------------------------------------------------------------------------------------- build


def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2013, 3, 1) + dt.timedelta(days=r.randrange(4200))
    hour = r.choice([0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 311, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="ai", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-ai:{seed}:page:{i}")
        fmt = "html" if r.random() < s["html_p"] else "txt"
        key = str(100000 + i * 7919 % 900000)
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 40))
            crawl = _pub_time(r) + dt.timedelta(days=300)
            doc = negative_doc(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
            url = f"https://{h.domain}/service/{SLUGS.get(pick(r, h.sections), 'news')}"
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
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            own = credited_agency(([lead] if lead else []) + paras)
            if own and own != agency:
                agency = own
            credit = _credit(h, agency) if agency and s["agency"] in ("credit", "other") else None
            if agency and credit is None:
                agency = own
            if credit and credit[1] and fmt == "txt" and s["credit_style"] == "logo":
                agency = own  # (the logo's alt is gone from the text dump; only «منبع:» is left)
            sec = h.sections[stable(st["key"], h.domain) % len(h.sections)]
            sur = None
            if r.random() < s["sur_p"]:
                sur = pick(r, [f"{sec}/", f"گزارش {h.name}", "در گفت‌وگو با کارشناسان مطرح شد", "یک مقام مسئول:",
                               "گزارش اختصاصی"])
            byline = f"{pick(r, FIRST)} {pick(r, LAST)}" if s["byline"] and r.random() < 0.7 else None
            if s["byline"] and byline is None and r.random() < 0.5:
                byline = pick(r, REPORTERS)
            tags = [t for t in st.get("tags") or [] if canon(t) not in {canon(x) for x in paras}][:5]
            gold = {"kind": "article", "title": st["title"], "section": sec, "lead": lead, "surtitle": sur,
                    "body_paragraphs": paras, "agency": agency, "published_iso": None, "published_jalali": None,
                    "published_time": None, "cluster": None, "source": None, "source_key": st["key"],
                    "edits": edits, "_tags": tags, "_byline": byline, "_credit": credit,
                    "_upd": dt.timedelta(hours=r.randint(1, 40), minutes=r.randint(0, 59))}
            others = [t for t in r.sample(titles, min(len(titles), 41)) if t != st["title"]][:40]
            doc = article_doc(h, r, gold, pub, others, key, fmt)
            gold["published_iso"] = pub.date().isoformat()
            gold["published_jalali"] = jalali_day(pub).strftime("%Y/%m/%d")
            in_markup = fmt == "html"  # (article:published_time, JSON-LD, <time datetime>)
            gold["published_time"] = pub.isoformat() if gold.pop("_timed") or in_markup else pub.date().isoformat()
            url = f"https://{h.domain}/news/{key}/{SLUGS.get(sec, 'news')}"
        if fmt == "html":
            text = render_html(h, doc, r, gold, pub, url, key, others)
        else:
            text = render_text(doc)
        for k in ("_tags", "_byline", "_credit", "_upd", "_timed"):
            gold.pop(k, None)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(doc.lines("c"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-ai", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"ai{seed}")
