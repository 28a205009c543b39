"""Family set AX: eight families, written blind to the extractor. Kinds 1-4 are other makes of the classes the held
AU and AW families hold (pages saved with their transport, fact checks, marked-up stories, channel views), kinds 5-8
kinds no earlier set had: a site's search results holding the top hit's story, a CMS's preview of a story, a data
story's notebook and a live blog's single-entry permalink.

    build(out_dir, n, seed=433, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; invented hosts and names, stories from the corpus. Tables in
:mod:`site_families_ax_tables`; the build loop is :func:`family_frames.build_set`; the date and box helpers are AQ's,
AT's, AV's and AW's. One kind a family, three hosts a family that differ in the kind's variants
(:data:`site_families_ax_tables.VARIANT`):

1. ``carpet_exports``  a page saved with its transport: a browser's HAR 1.2 file (the response body an escaped
   string in JSON, the exchange's ``date`` and ``last-modified`` headers and ``startedDateTime``), a ``curl -v``
   trace written with its body (``*`` connection lines, ``>`` request and ``<`` response headers, the certificate's
   dates, then the page's HTML) and a header checker's web view (request and response header tables, then the
   page rendered under «محتوای صفحه»);
2. ``pension_claims``  fact checks: a rating meter (the five-step scale with the verdict marked, the claim quoted
   with its claimant and the claim's earlier day, «شواهد» / «بررسی» subheads, «روش کار ما», «منابع», newsletter
   box, related checks with their verdicts), a ClaimReview card (the badge's ``alt``, «چه کسی گفت؟ / کجا؟ / کی؟»,
   the instant in JSON-LD, a later «آخرین به‌روزرسانی») and a weekly digest (the issue's headline over the featured
   check, the week's other claims one line each);
3. ``qanat_repairs``  stories with marks beside or inside their paragraphs: a read-later app's highlights view
   (``<mark>`` inside paragraphs, the reader's notes after them, the save day), a review view with margin comments
   (anchors inside paragraphs, comment cards with their authors and times in a column beside each) and a screen
   reader's speech log as text (landmarks, «پیوند», «عنوان سطح ۱» on their own lines);
4. ``ferry_routes``  channel views: a Bale channel's web page (day separators, forwarded labels, views, the clock
   under each post, a hashtag the section), a Mastodon thread (the story a long post, boosts and favourites, replies
   with their ages, the instant in ``<time datetime>``) and an X long post (handle, «۱۰:۴۰ ق.ظ · ۵ دسامبر ۲۰۲۶ ·
   ۱۲٫۳ هزار بازدید», replies, trends);
5. ``hail_storms``  search results: a site search whose top hit is expanded in full (the query, counts, filters,
   other hits with days and snippets), a results list with a reading pane holding the selected hit, and a
   WordPress ``?s=`` archive (the top post whole, the others excerpts with «ادامه مطلب»);
6. ``olive_groves``  CMS previews: WordPress's preview (admin bar, «این یک پیش‌نمایش است», an autosave time), a
   Drupal node with its tabs, «منتشر نشده» and «ارسال‌شده توسط … در …» and a newsroom CMS's preview (an editor's
   sidebar: status, news code, registration instant, word count);
7. ``tree_census``  data-story notebooks: nbconvert HTML (markdown cells with the story, ``In [3]:`` code cells and
   their outputs), a Quarto page (title block with «تاریخ انتشار» and a later «تاریخ ویرایش», categories, a table
   of contents, folded code) and the raw ``.ipynb`` JSON (markdown cell sources with their marks);
8. ``wildfire_updates``  a live blog's single-entry permalinks: the live page's headline over the entry's own, its
   clock and the live day, previous and next entries with their clocks; an AMP live list (the entry first, others
   after it); a focused entry over the feed's titles.

Gold as AW's: the title the story's headline (the entry's, the check's, the top hit's; not a live page's, a
digest's nor a search page's), the section the story's own rubric (a trail, a label, a category, a hashtag; none
where the page shows none), a kicker the gold ``surtitle``, the lead a standfirst shown apart, the agency the
story's credit or a «منبع: …» the page adds; ``published_iso`` the story's day as the page shows it,
``published_time`` the instant with its offset when the page shows its time or holds it in markup. Transport
headers, certificates, claims', saves', comments', replies', autosaves', edits' and other entries' times are no
story date. About 7% negatives, ~10% of the stories republished on a host of another family (gold ``cluster``).
Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random

from family_frames import DOMESTIC, build_set, fa_count
from family_pages import pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_ao import Flat
from site_families_aq import _ago, _ampm, _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _body, _footer, _lead, _none, _site_head, _title
from site_families_av import _dateline, _today
from site_families_aw import _credit, _credit_text, _export, _gday, _kicker, _line, canon
from site_families_ax_tables import (
    CLAIMANTS,
    CODE,
    COMMENTS,
    FAMILIES,
    FILTERS,
    HOSTS,
    KIND,
    LIVE,
    NOTES,
    PLACES,
    POSTS,
    SCALE,
    SECTIONS,
    SR,
    VARIANT,
    WIDGETS,
    WP_BAR,
)
from site_families_h import FIRST, LAST, TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"curlv", "digest", "comments", "xpost", "readpane", "liveamp"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"har", "curlv", "speechlog", "ipynb"}
#: the agency habit of a variant or kind that has one
AGENCY = {"har": "credit", "curlv": "keep", "factcheck": "none", "bale": "credit", "mastodon": "keep",
          "xpost": "none", "wpsearch": "credit", "drupal": "keep", "notebook": "none", "liveamp": "credit"}
#: the share of a kind's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"transport": 0.8, "factcheck": 0.8, "annotated": 0.8, "channel": 0.8, "search": 0.8, "preview": 0.8,
          "notebook": 0.8, "liveentry": 0.8}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"har": 0.4, "sniffer": 0.4, "meter": 0.5, "claimbox": 0.4, "highlights": 0.3, "comments": 0.3,
          "speechlog": 0.3, "sitesearch": 0.3, "readpane": 0.4, "wppreview": 0.2, "farsicms": 0.6, "drupal": 0.3,
          "quarto": 0.5, "nbconvert": 0.3, "ipynb": 0.3, "focus": 0.3}
#: how often a variant's headline carries a kicker
KICK_P = {"sniffer": 0.3, "farsicms": 0.5, "sitesearch": 0.3, "entrylink": 0.3}
UTC = dt.timezone.utc
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ax-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P[kind],
         "agency": AGENCY.get(variant) or AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0), "kick_p": KICK_P.get(variant, 0.0),
         "user": f"{pick(r, FIRST)} {pick(r, LAST)}", "style": stable(domain) % 4,
         "handle": f"{pick(r, ['lenj', 'bandar', 'nakhoda', 'darya'])}_{pick(r, ['news', 'khabar', 'info'])}",
         "origin": pick(r, [("www.rooz-khabar.ir", "روزخبر"), ("www.seda-ye-shahr.com", "صدای شهر"),
                            ("www.payam-ostan.ir", "پیام استان")]),  # (the site a saved page came from)
         "subs": r.randint(3, 90)}
    return Host(family, domain, name, tagline, [], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _http(t: dt.datetime) -> str:
    """An HTTP date: «Mon, 07 Dec 2026 08:12:55 GMT»."""
    u = t.astimezone(UTC)
    return f"{u:%a}, {u.day:02d} {SHORT_EMONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def _fa_gtime(t: dt.datetime) -> str:
    """«۵ دسامبر ۲۰۲۶، ۱۰:۴۰»."""
    return f"{_gday(t)}، {_clock(t)}"


def _article_html(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], site: str,
                  trail: bool) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """A news page's markup as a crawler received it, one element a line: its lines, the chrome lines a reader sees
    of it and the story's roles."""
    head = [f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{e(g["title"])} - '
            f"{e(site)}</title></head><body>", f'<header><a href="/">{e(site)}</a></header>']
    chrome = [f"{g['title']} - {site}", site]
    roles: list[tuple[str, str]] = []
    if trail and g["section"]:
        head.append(f'<div class="breadcrumb"><a href="/">خانه</a> › <a href="/s/1">{e(g["section"])}</a></div>')
        chrome += ["خانه", "›", g["section"]]
    if g["surtitle"]:
        head.append(f'<div class="rotitr">{e(g["surtitle"])}</div>')
        chrome.append(g["surtitle"])
    head.append(f"<h1>{e(g['title'])}</h1>")
    roles.append(("title", g["title"]))
    d = _dateline(g, loc, h.s["style"])
    head.append(f'<div class="date">{e(d)}</div>')
    chrome.append(d)
    if g["lead"]:
        head.append(f'<p class="lead">{e(g["lead"])}</p>')
        roles.append(("lead", g["lead"]))
    for p in g["body_paragraphs"]:
        head.append(f"<p>{e(p)}</p>")
        roles.append(("body", p))
    c = _credit_text(g, h)
    if c:
        head.append(f'<p class="source">{e(c)}</p>')
        chrome.append(c)
    head.append('<div class="related"><h3>اخبار مرتبط</h3><ul>'
                + "".join(f"<li><a>{e(x)}</a></li>" for x in others[:3]) + "</ul></div>")
    chrome += ["اخبار مرتبط", *others[:3]]
    head.append("</body></html>")
    return head, chrome, roles


# ---------------------------------------------------------------------------------------------- 1. transport


def _har(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], url: str,
         crawl: dt.datetime) -> Flat:
    site = h.s["origin"][1]
    lines, chrome, _ = _article_html(h, r, g, loc, others, site, True)
    modified = min(_after(loc, r, (3, 2000)), crawl - dt.timedelta(hours=1))  # (never after the response)
    started = crawl.astimezone(UTC)
    body = "\n".join(lines)
    req = [{"name": ":authority", "value": h.s["origin"][0]}, {"name": ":method", "value": "GET"},
           {"name": "accept-language", "value": "fa-IR,fa;q=0.9,en;q=0.8"},
           {"name": "user-agent", "value": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                                           "Gecko) Chrome/131.0.0.0 Safari/537.36"}]
    resp = [{"name": "cache-control", "value": "max-age=120"},
            {"name": "content-type", "value": "text/html; charset=UTF-8"}, {"name": "date", "value": _http(crawl)},
            {"name": "last-modified", "value": _http(modified)}, {"name": "server", "value": "ArvanCloud"}]
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": f"{started:%Y-%m-%dT%H:%M:%S}.{r.randint(100, 999)}Z",
                              "id": "page_2", "title": url, "pageTimings": {"onContentLoad": r.randint(300, 2000),
                                                                            "onLoad": r.randint(2000, 6000)}}],
                   "entries": [{"_initiator": {"type": "other"}, "_priority": "VeryHigh", "_resourceType": "document",
                                "cache": {}, "pageref": "page_2",
                                "request": {"method": "GET", "url": url, "httpVersion": "http/2.0", "headers": req,
                                            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                                "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                                             "headers": resp, "cookies": [],
                                             "content": {"size": len(body.encode()), "mimeType": "text/html",
                                                         "text": body},
                                             "redirectURL": "", "headersSize": -1, "bodySize": -1},
                                "serverIPAddress": f"185.143.{r.randint(1, 250)}.{r.randint(1, 250)}",
                                "startedDateTime": f"{started:%Y-%m-%dT%H:%M:%S}.{r.randint(100, 999)}Z",
                                "time": round(r.uniform(80, 900), 3)}]}}
    if r.random() < 0.5:  # (the plain-HTTP request first, redirected)
        hop = json.loads(json.dumps(har["log"]["entries"][0]))
        hop["request"]["url"] = url.replace("https://", "http://")
        hop["response"] |= {"status": 301, "statusText": "Moved Permanently", "httpVersion": "HTTP/1.1",
                            "headers": [{"name": "Location", "value": url}, {"name": "Date", "value": _http(crawl)}],
                            "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": url}
        har["log"]["entries"].insert(0, hop)
    text = json.dumps(har, ensure_ascii=False, indent=2)
    return _export(g, text.split("\n"), [*chrome, _http(crawl), _http(modified), "WebInspector"])


def _curlv(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], url: str,
           crawl: dt.datetime) -> Flat:
    dom, site = h.s["origin"]
    lines, chrome, _ = _article_html(h, r, g, loc, others, site, False)
    ip = f"94.182.{r.randint(1, 250)}.{r.randint(1, 250)}"
    start = crawl.astimezone(UTC) - dt.timedelta(days=r.randint(20, 80))
    path = url.split(dom, 1)[-1] if dom in url else "/news/" + str(stable(g["title"]) % 10**6)
    trace = [f"*   Trying {ip}:443...", f"* Connected to {dom} ({ip}) port 443", "* ALPN: curl offers h2,http/1.1",
             "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS", "* Server certificate:",
             f"*  subject: CN={dom}", f"*  start date: {start:%b %d %H:%M:%S %Y} GMT",
             f"*  expire date: {start + dt.timedelta(days=90):%b %d %H:%M:%S %Y} GMT",
             "*  issuer: C=US; O=Let's Encrypt; CN=R11", "* using HTTP/2", f"> GET {path} HTTP/2", f"> Host: {dom}",
             "> User-Agent: curl/8.5.0", "> Accept: */*", ">", "< HTTP/2 200", "< server: nginx",
             f"< date: {_http(crawl)}", "< content-type: text/html; charset=UTF-8", "< vary: Accept-Encoding",
             f"< x-cache-status: {pick(r, ['HIT', 'MISS'])}", "<"]
    tail = [f"* Connection #0 to host {dom} left intact"]
    return _export(g, trace + lines + tail, [*[x for x in trace if len(x) > 1], *chrome, *tail])


def _sniffer(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], url: str,
             crawl: dt.datetime) -> None:
    dom, site = h.s["origin"]
    _site_head(doc, h)
    form = ["نشانی صفحه:", "بررسی کن", "نوع درخواست: GET", "نمایش: متن و هدرها"]
    doc.chrome('<form class="check">' + "".join(f"<label>{e(x)}</label>" for x in form) + "</form>\n", *form)
    status = f"وضعیت: HTTP/1.1 200 OK — زمان پاسخ {dg(str(r.randint(90, 900)), 'fa')} میلی‌ثانیه"
    _line(doc, status, "status")
    reqh = [("Host", dom), ("User-Agent", "TarOPood-Checker/2.3"), ("Accept-Encoding", "gzip")]
    resh = [("Date", _http(crawl)), ("Server", "nginx/1.24.0"), ("Content-Type", "text/html; charset=utf-8"),
            ("Last-Modified", _http(_after(loc, r, (2, 900)))),
            ("Set-Cookie", f"PHPSESSID={stable(url) % 16**10:x}; expires={_http(crawl + dt.timedelta(days=1))}")]
    for title, rows in (("هدرهای درخواست", reqh), ("هدرهای پاسخ", resh)):
        cells = [x for row in rows for x in row]
        doc.chrome(f"<h2>{title}</h2><table>" + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in rows)
                   + "</table>\n", title, *cells)
    doc.chrome('<h2>محتوای صفحه (نمایش)</h2><div class="rendered">\n', "محتوای صفحه (نمایش)")
    doc.chrome(f'<div class="r-head">{e(site)}</div>\n', site)
    if g["section"]:
        _line(doc, f"خانه › {g['section']}", "r-trail")
    _kicker(doc, h, r, g, "r-kicker")
    _title(doc, g, "h1", "r-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "r-date")
    _lead(doc, g, "r-lead")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    _items(doc, "پربازدیدها", others[:4], "r-popular", "h3")
    doc.add("</div>\n")
    foot = dg(f"اندازه پاسخ: {fa_count(r.randint(40000, 300000))} بایت", "fa")
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)


# ---------------------------------------------------------------------------------------------- 2. fact checks


def _claim(g: dict) -> str:
    """The claim as a check quotes it: the words its story's first paragraph ends with («… words»)."""
    words = g["body_paragraphs"][0].split()
    return "«… " + " ".join(words[-9:]) + "»"


def _meter(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime)\
        -> None:
    _site_head(doc, h, _today(crawl))
    if g["section"]:
        trail = ["راستی‌آزمایی", g["section"]]
        doc.chrome('<nav class="trail">' + " / ".join(f"<a>{e(x)}</a>" for x in trail) + "</nav>\n", *trail)
    said = loc - dt.timedelta(days=r.randint(2, 40))
    who, where = pick(r, CLAIMANTS), pick(r, PLACES)
    claim = [f"ادعا: {_claim(g)}", f"گوینده: {who}", f"زمان ادعا: {_jday(said)} {where}"]
    doc.chrome('<div class="claim">' + "".join(f"<p>{e(x)}</p>" for x in claim) + "</div>\n", *claim)
    verdict = r.randrange(len(SCALE))
    doc.chrome('<ol class="meter">' + "".join(f'<li class="{"on" if i == verdict else "off"}">{e(x)}</li>'
                                              for i, x in enumerate(SCALE)) + "</ol>\n", *SCALE)
    _line(doc, f"حکم ما: {SCALE[verdict]}", "verdict")
    _title(doc, g, "h1", "check-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "date")
    _lead(doc, g, "summary")
    paras = g["body_paragraphs"]
    k = max(1, len(paras) // 2)
    doc.chrome("<h2>شواهد</h2>\n", "شواهد")
    _body(doc, paras[:k])
    if paras[k:]:
        doc.chrome("<h2>بررسی</h2>\n", "بررسی")
        _body(doc, paras[k:])
    _credit(doc, g, h)
    method = ("روش کار ما: ادعاها را با اسناد رسمی، آمار منتشرشده و گفت‌وگو با کارشناسان می‌سنجیم و حکم را بر مقیاس"
              " پنج‌گانه می‌دهیم.")
    doc.chrome(f'<aside class="method"><h3>روش کار ما</h3><p>{e(method)}</p></aside>\n', "روش کار ما", method)
    srcs = [f"{x} — بازدید {_jnum(loc)}" for x in ("گزارش مرکز آمار", "پایگاه اطلاع‌رسانی دولت", "بانک مرکزی")]
    _items(doc, "منابع", srcs[: r.randint(1, 3)], "sources", "h3")
    news = ["خبرنامه درست‌سنجی را هر هفته دریافت کنید", "نشانی ایمیل", "عضویت"]
    doc.chrome('<div class="newsletter">' + "".join(f"<span>{e(x)}</span>" for x in news) + "</div>\n", *news)
    _items(doc, "بررسی‌های دیگر", others[:3], "more-checks", "h3", lambda i: f"حکم: {SCALE[(verdict + i + 1) % 5]}")
    _footer(doc, h, crawl)


def _claimbox(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h)
    if g["section"]:
        _line(doc, f"موضوع: {g['section']}", "topic")
    verdict = pick(r, SCALE)
    g["_ld"] = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": loc.isoformat(),
                "claimReviewed": _claim(g), "reviewRating": {"@type": "Rating", "alternateName": verdict},
                "author": {"@type": "Organization", "name": h.name}}
    doc.add(f'<div class="badge"><img src="/badges/{SCALE.index(verdict)}.svg" alt="برچسب: {e(verdict)}"></div>\n')
    _title(doc, g, "h1", "review-title")
    said = loc - dt.timedelta(days=r.randint(1, 30))
    card = [("چه کسی گفت؟", pick(r, CLAIMANTS)), ("کجا؟", pick(r, PLACES)), ("کی؟", _jday(said)),
            ("ادعا", _claim(g))]
    doc.chrome('<dl class="claim-card">' + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in card) + "</dl>\n",
               *[x for row in card for x in row])
    by = f"بررسی از {h.s['user']}"
    d = _dateline(g, loc, h.s["style"])
    g["_markup"] = True  # (the instant in the ClaimReview's JSON-LD)
    doc.chrome(f'<div class="byline"><span>{e(by)}</span> <span>{e(d)}</span></div>\n', by, d)
    upd = f"آخرین به‌روزرسانی: {_jday(_after(loc, r, (24, 900)))}"
    _line(doc, upd, "updated")
    _lead(doc, g, "standfirst")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    _items(doc, "منابع", [f"{AGENCIES[pick(r, DOMESTIC)][0]} — {_jnum(said)}" for _ in range(2)], "refs", "h2")
    share = ["این بررسی را به اشتراک بگذارید", "تلگرام", "ایکس", "رونوشت پیوند"]
    doc.chrome('<div class="share">' + "".join(f"<a>{e(x)}</a>" for x in share) + "</div>\n", *share)
    _items(doc, "آخرین بررسی‌ها", others[:4], "latest", "h2")


def _digest(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    issue = 40 + (loc.date() - dt.date(2016, 1, 1)).days // 7
    _site_head(doc, h)
    head = dg(f"راستی‌آزمایی‌های هفته — شماره {issue}", "fa")
    doc.chrome(f"<h1>{e(head)}</h1>\n", head)
    sent = f"ارسال‌شده در {_jday(_after(loc, r, (24, 150)))}"
    _line(doc, sent, "sent")
    intro = "سلام؛ در این شماره ادعای مهم هفته را با جزئیات بررسی کرده‌ایم و چند ادعای دیگر را کوتاه."
    _line(doc, intro, "intro", "p")
    verdict = pick(r, SCALE)
    _line(doc, f"ادعای هفته — حکم: {verdict}", "featured-label")
    _title(doc, g, "h2", "featured")
    if r.random() < 0.5:  # (an issue that dates only its own sending)
        _line(doc, _dateline(g, loc, h.s["style"] + 2), "featured-date")
    _body(doc, g["body_paragraphs"])
    doc.chrome("<h2>ادعاهای دیگر این هفته</h2>\n", "ادعاهای دیگر این هفته")
    rows = [f"{t} — {pick(r, SCALE)}" for t in others[:4]]
    doc.chrome("<ul>" + "".join(f"<li>{e(x)}</li>" for x in rows) + "</ul>\n", *rows)
    foot = ["لغو اشتراک", "مشاهده در مرورگر", "این خبرنامه را برای دوستانتان بفرستید"]
    doc.chrome('<div class="mail-foot">' + "".join(f"<a>{e(x)}</a> " for x in foot) + "</div>\n", *foot)


# ---------------------------------------------------------------------------------------------- 3. annotated


def _marked(p: str, r: random.Random) -> str:
    """``p`` with some words inside ``<mark>`` (the text as shown unchanged)."""
    words = p.split(" ")
    if len(words) < 6:
        return e(p)
    a = r.randrange(0, len(words) - 4)
    b = a + r.randint(2, 4)
    return (e(" ".join(words[:a])) + (" " if a else "") + f'<mark class="hl">{e(" ".join(words[a:b]))}</mark> '
            + e(" ".join(words[b:]))).rstrip()


def _highlights(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> None:
    bar = [h.name, "کتابخانه من", "برچسب‌ها", "خروجی Markdown"]
    doc.chrome('<div class="appbar">' + "".join(f"<a>{e(x)}</a>" for x in bar) + "</div>\n", *bar)
    saved = _after(loc, r, (5, 3000))
    src = f"ذخیره‌شده از {h.s['origin'][1]} در {_jday(saved)}"
    _line(doc, src, "saved")
    paras = g["body_paragraphs"]
    marked = sorted(r.sample(range(len(paras)), min(len(paras), r.randint(1, 3))))
    notes = {i: pick(r, NOTES) for i in marked if r.random() < 0.6}
    count = dg(f"{len(marked)} هایلایت · {len(notes)} یادداشت", "fa")
    _line(doc, count, "counts")
    card = [f"بخش اصلی: {g['section']}"] if g["section"] else []
    if r.random() < 0.6:  # (a saved page whose date the reader app did not keep shows none)
        card.append(f"تاریخ انتشار اصلی: {_dateline(g, loc, h.s['style'])}")
    doc.chrome('<div class="meta-card">' + "".join(f"<div>{e(x)}</div>" for x in card) + "</div>\n", *card)
    _title(doc, g, "h1", "reader-title")
    _lead(doc, g, "excerpt")
    for i, p in enumerate(paras):
        doc.add(f"<p>{_marked(p, r) if i in marked else e(p)}</p>\n", [("body", p)])
        if i in notes:
            doc.chrome(f'<aside class="note"><b>یادداشت من:</b> {e(notes[i])}</aside>\n', f"یادداشت من: {notes[i]}")
    _credit(doc, g, h)
    foot = f"بازکردن نسخه اصلی در {h.s['origin'][0]}"
    _line(doc, foot, "orig")


def _comments(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str, crawl: dt.datetime) -> None:
    top = [f"news-{key}.docx", "حالت: پیشنهاد", "اشتراک‌گذاری", h.name]
    doc.chrome('<div class="doc-top">' + "".join(f"<span>{e(x)}</span> " for x in top) + "</div>\n", *top)
    doc.add('<div class="doc">\n')
    _title(doc, g, "h1", "doc-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "doc-date", "p")
    _lead(doc, g, "doc-lead")
    t = _after(loc, r, (1, 30))
    for p in g["body_paragraphs"]:
        words = p.split(" ")
        if r.random() < 0.45 and len(words) > 5:
            k = r.randint(1, len(words) - 3)
            inner = (e(" ".join(words[:k])) + ' <span class="comment-anchor" data-c="'
                     + str(stable(p) % 99) + '">' + e(" ".join(words[k:k + 3])) + "</span> "
                     + e(" ".join(words[k + 3:]))).rstrip()
            who = _who(r)
            t += dt.timedelta(minutes=r.randint(3, 200))
            when = f"{_clock(t)} {_jday(t)}"
            text = pick(r, COMMENTS)
            doc.add(f'<div class="row"><p class="para">{inner}</p>\n', [("body", p)])
            doc.chrome(f'<div class="margin"><div class="card"><div>{e(who)}</div><div>{e(when)}</div>'
                       f"<div>{e(text)}</div><button>پاسخ</button><button>حل شد</button></div></div></div>\n",
                       who, when, text, "پاسخ", "حل شد")
        else:
            doc.add(f'<div class="row"><p class="para">{e(p)}</p></div>\n', [("body", p)])
    _credit(doc, g, h)
    doc.add("</div>\n")
    foot = f"آخرین ویرایش: {_ago(t, crawl)}"
    _line(doc, foot, "last-edit")


def _speechlog(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    f = Flat()
    site = h.s["origin"][1]
    f.add(f"{g['title']} - {site} - Google Chrome")
    f.add(SR["banner"])
    f.add(SR["link"])
    f.add(site)
    f.add(SR["nav"])
    menu = ["خانه", *SECTIONS["qanat_repairs"][:3], "تماس"]
    f.add(dg(f"فهرست با {len(menu)} مورد", "fa"))
    for x in menu:
        f.add(f"{SR['link']}  {x}")
    f.add(SR["out"])
    f.add(SR["main"])
    if g["section"]:
        f.add(f"{SR['visited']}  {g['section']}")
    f.add(SR["h1"])
    f.add(g["title"], "title")
    if r.random() < 0.7:
        f.add(_dateline(g, loc, h.s["style"]))
    if g["lead"]:
        f.add(g["lead"], "lead")
    for p in g["body_paragraphs"]:
        f.add(p, "body")
    c = _credit_text(g, h)
    if c:
        f.add(c)
    f.add(SR["h2"])
    f.add("مطالب مرتبط")
    for t in others[:3]:
        f.add(f"{SR['link']}  {t}")
    f.add(SR["footer"])
    f.add(dg(f"© {_jnum(crawl)[:4]} {site}", "fa"))
    return f


# ---------------------------------------------------------------------------------------------- 4. channels


def _views(r: random.Random) -> str:
    n = r.randint(300, 60000)
    return dg(f"{n / 1000:.1f}".replace(".", "٫").replace("٫0", ""), "fa") + "K" if n >= 1000 else dg(str(n), "fa")


def _bale(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    members = dg(f"{h.s['subs']}٫{r.randint(1, 9)} هزار عضو", "fa")
    top = [h.name, f"@{h.s['handle']}", members, "پیوستن به کانال"]
    doc.chrome('<div class="channel-head">' + "".join(f"<span>{e(x)}</span> " for x in top) + "</div>\n", *top)

    def post(text: list[tuple[str, str]], when: dt.datetime, fwd: str | None) -> None:
        doc.add('<div class="post">\n')
        if fwd:
            _line(doc, f"هدایت‌شده از {fwd}", "fwd")
        doc.add('<div class="post-text">' + "<br>".join(e(x) for _, x in text) + "</div>\n", text)
        meta = [f"👁 {_views(r)}", _clock(when)]
        doc.chrome('<div class="post-meta">' + "".join(f"<span>{e(x)}</span> " for x in meta) + "</div></div>\n",
                   *meta)

    t0 = loc - dt.timedelta(days=r.randint(1, 3), hours=r.randint(0, 5))
    _line(doc, _jday(t0), "day-sep")
    for x in others[:2]:
        t0 += dt.timedelta(minutes=r.randint(5, 90))
        post([("c", x), ("c", pick(r, POSTS))], t0, pick(r, ["کانال خبر فوری", None, None]))
    day = _jday(loc)
    _line(doc, day, "day-sep")
    _shown(g, day, loc, True)
    text = [("title", g["title"])] + ([("lead", g["lead"])] if g["lead"] else [])
    text += [("body", p) for p in g["body_paragraphs"]]
    c = _credit_text(g, h)
    if c:
        text.append(("c", c))
    if g["section"]:
        text.append(("c", f"#{g['section']}"))
    post(text, loc, None)
    t1 = _after(loc, r, (3, 40))
    _line(doc, _jday(t1), "day-sep")
    post([("c", others[2]), ("c", pick(r, POSTS))], t1, None)


def _mastodon(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    col = [h.name, "کاوش", "زنده", "ورود", "ایجاد حساب"]
    doc.chrome('<nav class="columns-area">' + "".join(f"<a>{e(x)}</a>" for x in col) + "</nav>\n", *col)
    acct = [h.s["user"], f"@{h.s['handle']}@{h.domain}"]
    doc.chrome('<div class="detailed-status"><div class="display-name">' + "".join(f"<span>{e(x)}</span>"
                                                                                 for x in acct) + "</div>\n", *acct)
    doc.add('<div class="status__content">\n')
    doc.add(f"<p><strong>{e(g['title'])}</strong></p>\n", [("title", g["title"])])
    _lead(doc, g)
    _body(doc, g["body_paragraphs"])
    c = _credit_text(g, h)
    if c:
        _line(doc, c, "credit", "p")
    if g["section"]:
        tag = f"#{g['section']}"
        doc.chrome(f'<p><a class="mention hashtag" href="/tags/{e(g["section"])}">{e(tag)}</a></p>\n', tag)
    doc.add("</div>\n")
    shown = _fa_gtime(loc)
    _shown(g, shown, loc, True, True)
    doc.chrome(f'<div class="detailed-status__meta"><a href="/@{h.s["handle"]}/{stable(g["title"]) % 10**17}">'
               f'<time datetime="{loc.astimezone(UTC):%Y-%m-%dT%H:%M:%S.000Z}" title="{e(shown)}">{e(shown)}</time></a>'
               "</div>\n", shown)
    counts = [dg(f"{r.randint(2, 300)} تقویت", "fa"), dg(f"{r.randint(3, 900)} پسند", "fa")]
    doc.chrome('<div class="counts">' + "".join(f"<span>{e(x)}</span> " for x in counts) + "</div></div>\n", *counts)
    for _ in range(r.randint(1, 3)):
        who, age = _who(r), _ago(_after(loc, r, (1, 60)), crawl)
        text = pick(r, ["ممنون از گزارش", "این مسیر را تابستان رفتیم", "قیمت بلیت چقدر شده؟", "خبر خوبی بود"])
        doc.chrome(f'<div class="status reply"><b>{e(who)}</b> <span>{e(age)}</span><p>{e(text)}</p></div>\n',
                   who, age, text)


def _xpost(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    doc.chrome('<div class="topbar"><a>← </a><h2>پست</h2></div>\n', "پست")
    acct = [h.s["user"], f"@{h.s['handle']}", "دنبال کردن"]
    doc.chrome('<div class="author">' + "".join(f"<span>{e(x)}</span> " for x in acct) + "</div>\n", *acct)
    doc.add('<div data-testid="tweetText">\n')
    doc.add(f"<div><span>{e(g['title'])}</span></div>\n", [("title", g["title"])])
    for p in g["body_paragraphs"]:
        doc.add(f"<div><span>{e(p)}</span></div>\n", [("body", p)])
    doc.add("</div>\n")
    _line(doc, "ترجمه پست", "translate")
    stamp = f"{_ampm(loc)} · {_gday(loc)}"
    _shown(g, stamp, loc, True, True)
    views = dg(f"{_views(r)} بازدید", "fa")
    doc.chrome(f'<div class="stamp"><a><time datetime="{loc.astimezone(UTC):%Y-%m-%dT%H:%M:%S.000Z}">{e(stamp)}'
               f"</time></a> · <span>{e(views)}</span></div>\n", stamp, views)
    counts = [dg(f"{r.randint(1, 90)} پاسخ", "fa"), dg(f"{r.randint(1, 400)} بازپست", "fa"),
              dg(f"{r.randint(5, 2000)} پسند", "fa")]
    doc.chrome('<div class="counts">' + "".join(f"<span>{e(x)}</span> " for x in counts) + "</div>\n", *counts)
    for _ in range(r.randint(1, 2)):
        who, age = _who(r), _ago(_after(loc, r, (1, 30)), crawl)
        text = pick(r, ["منبع؟", "دقیقاً همین‌طور است", "کاش زودتر اطلاع می‌دادند", "👏"])
        doc.chrome(f'<div class="reply"><b>{e(who)}</b> <span>{e(age)}</span><p>{e(text)}</p></div>\n', who, age, text)
    trends = [f"{x} · {dg(str(r.randint(2, 90)), 'fa')} هزار پست" for x in ("#بندرعباس", "#قشم", "#دریا")]
    doc.chrome('<aside class="trends"><h2>چه خبر است</h2>' + "".join(f"<div>{e(x)}</div>" for x in trends)
               + "</aside>\n", "چه خبر است", *trends)


# ---------------------------------------------------------------------------------------------- 5. search


def _query(g: dict) -> str:
    return " ".join(g["title"].split()[:2])


def _snippet(t: str) -> str:
    return "… " + " ".join(t.split()[:5]) + " …"


def _sitesearch(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                crawl: dt.datetime) -> None:
    now = crawl.astimezone(TEHRAN)
    _site_head(doc, h, _today(crawl))
    q = _query(g)
    head = dg(f"{r.randint(12, 400)} نتیجه برای «{q}» ({r.randint(1, 9)}٫{r.randint(10, 99)} ثانیه)", "fa")
    doc.chrome(f'<form class="search"><input value="{e(q)}"><button>جستجو</button></form><div class="count">'
               f"{e(head)}</div>\n", "جستجو", head)
    doc.chrome('<div class="filters">' + "".join(f"<a>{e(x)}</a>" for x in FILTERS) + "<span>مرتب‌سازی: مرتبط‌ترین"
               "</span></div>\n", *FILTERS, "مرتب‌سازی: مرتبط‌ترین")
    doc.add('<div class="hit top">\n')
    _line(doc, "نتیجه برتر", "badge")
    if g["section"]:
        _line(doc, f"{h.name} › {g['section']}", "crumb")
    _kicker(doc, h, r, g)
    _title(doc, g, "h2", "hit-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "hit-date")
    _lead(doc, g, "hit-lead")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.chrome('<a class="more">ادامه در صفحه خبر</a></div>\n', "ادامه در صفحه خبر")
    for i, t in enumerate(others[:5]):
        day = _jday(now - dt.timedelta(days=3 * i + 2))
        doc.chrome(f'<div class="hit"><h3><a>{e(t)}</a></h3><div class="d">{e(day)}</div><p>{e(_snippet(t))}</p>'
                   "</div>\n", t, day, _snippet(t))
    pages = ["۱", "۲", "۳", "بعدی »"]
    doc.chrome('<div class="pager">' + "".join(f"<a>{x}</a>" for x in pages) + "</div>\n", *pages)
    _footer(doc, h, crawl)


def _readpane(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h)
    q = _query(g)
    doc.chrome(f'<div class="sbar">جستجو: <b>{e(q)}</b> — <span>در همه بخش‌ها</span></div>\n',
               f"جستجو: {q} — در همه بخش‌ها")
    rows = [g["title"], *others[:6]]
    now = crawl.astimezone(TEHRAN)
    lis = []
    chrome = []
    for i, t in enumerate(rows):
        age = _ago(now - dt.timedelta(days=i * 4 + 1, hours=r.randint(0, 20)), now) if i else _ago(loc, now)
        lis.append(f'<li class="{"sel" if not i else ""}"><a>{e(t)}</a> <span>{e(age)}</span></li>')
        chrome += ([t] if i else []) + [age]
    doc.chrome('<aside class="results"><ol>' + "".join(lis) + "</ol></aside>\n", *chrome)
    doc.add('<section class="pane">\n')
    _line(doc, "پیش‌نمایش نتیجه انتخاب‌شده", "pane-label")
    _title(doc, g, "h1", "pane-title")
    if r.random() < 0.7:
        _line(doc, _dateline(g, loc, h.s["style"] + 1), "pane-date")
    _lead(doc, g, "pane-lead")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.chrome('<a class="open">باز کردن در برگه جدید</a></section>\n', "باز کردن در برگه جدید")


def _wpsearch(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h)
    q = _query(g)
    head = f"نتایج جستجو برای: {q}"
    doc.chrome(f'<header class="page-header"><h1 class="page-title">{e(head)}</h1></header>\n', head)
    doc.add('<article class="post type-post">\n')
    _title(doc, g, "h2", "entry-title")
    d = f"{_jday(loc)}"
    _shown(g, d, loc, False, True)
    meta = [f"ارسال شده در {d}", f"توسط {h.s['user']}"] + ([f"در {g['section']}"] if g["section"] else [])
    doc.chrome(f'<div class="entry-meta"><time class="entry-date published" datetime="{loc.isoformat()}">'
               + "</time> ".join(f"<span>{e(x)}</span>" for x in meta) + "</div>\n", *meta)
    doc.add('<div class="entry-content">\n')
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div></article>\n")
    now = crawl.astimezone(TEHRAN)
    for i, t in enumerate(others[:3]):
        day = f"ارسال شده در {_jday(now - dt.timedelta(days=9 * i + 5))}"
        doc.chrome(f'<article class="post"><h2 class="entry-title"><a>{e(t)}</a></h2><div class="entry-meta">{e(day)}'
                   f'</div><p>{e(_snippet(t))} <a class="more-link">ادامه مطلب</a></p></article>\n',
                   t, day, f"{_snippet(t)} ادامه مطلب")
    doc.chrome('<aside class="widget-area">' + "".join(f"<h3>{x}</h3>" for x in WIDGETS) + "</aside>\n", *WIDGETS)


# ---------------------------------------------------------------------------------------------- 6. previews


def _wppreview(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    bar = [h.name, *WP_BAR, f"سلام، {h.s['user']}"]
    doc.chrome('<div id="wpadminbar">' + "".join(f"<a>{e(x)}</a> " for x in bar) + "</div>\n", *bar)
    note = "این یک پیش‌نمایش است؛ تغییرات شما هنوز منتشر نشده‌اند."
    auto = f"آخرین ذخیره خودکار: {_clock(_after(loc, r, (1, 20)))} {_jday(_after(loc, r, (1, 20)))}"
    doc.chrome(f'<div class="preview-notice"><p>{e(note)}</p><p>{e(auto)}</p></div>\n', note, auto)
    _site_head(doc, h)
    if g["section"] and r.random() < 0.6:  # (else the theme's Yoast graph alone names it)
        trail = ["خانه", g["section"]]
        doc.chrome('<nav class="breadcrumb">' + " » ".join(f"<a>{e(x)}</a>" for x in trail) + "</nav>\n", *trail)
    _title(doc, g, "h1", "entry-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "posted-on")
    g["_markup"] = True
    g["_ld"] = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": g["title"], "datePublished": loc.isoformat(),
         "dateModified": _after(loc, r, (1, 20)).isoformat(), "author": {"name": h.s["user"]}}
        | ({"articleSection": [g["section"]]} if g["section"] else {}),
        {"@type": "WebSite", "name": h.name, "inLanguage": "fa-IR"}]}
    _lead(doc, g, "excerpt")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    tags = "برچسب‌ها: زیتون، باغداری، برداشت"
    _line(doc, tags, "tags")
    _items(doc, "نوشته‌های مشابه", others[:3], "related", "h3")
    _footer(doc, h, crawl)


def _drupal(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    _site_head(doc, h)
    tabs = ["مشاهده", "ویرایش", "حذف", "نسخه‌ها", "ترجمه"]
    doc.chrome('<nav class="tabs"><ul>' + "".join(f"<li><a>{x}</a></li>" for x in tabs) + "</ul></nav>\n", *tabs)
    msg = "خبر به‌روزرسانی شد."
    doc.chrome(f'<div class="messages status" role="contentinfo"><h2 class="visually-hidden">پیام وضعیت</h2>{e(msg)}'
               "</div>\n", "پیام وضعیت", msg)
    doc.add('<article class="node node--unpublished">\n')
    _line(doc, "منتشر نشده", "unpublished-label")
    _title(doc, g, "h1", "page-title")
    sub = _after(loc, r, (2, 300))
    by = f"ارسال‌شده توسط {h.s['user']} در {_jnum(sub)} - {_clock(sub)}"
    _line(doc, by, "submitted")
    if g["section"]:
        doc.chrome(f'<div class="field field--name-field-service"><div class="field__label">سرویس</div>'
                   f'<div class="field__item">{e(g["section"])}</div></div>\n', "سرویس", g["section"])
    d = _dateline(g, loc, h.s["style"])
    doc.chrome('<div class="field field--name-field-news-date"><div class="field__label">تاریخ خبر</div>'
               f'<div class="field__item">{e(d)}</div></div>\n', "تاریخ خبر", d)
    _lead(doc, g, "field--name-field-lead")
    doc.add('<div class="field field--name-body">\n')
    _body(doc, g["body_paragraphs"])
    doc.add("</div>\n")
    doc.chrome('<div class="field--name-field-tags"><div class="field__label">برچسب‌ها</div><div>روغن زیتون</div>'
               "</div></article>\n", "برچسب‌ها", "روغن زیتون")


def _farsicms(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
              crawl: dt.datetime) -> None:
    top = [f"{h.name} — میز خبر", "پیش‌نمایش خبر", "بازگشت به ویرایش", "انتشار"]
    doc.chrome('<div class="cms-top">' + "".join(f"<a>{e(x)}</a> " for x in top) + "</div>\n", *top)
    made = _after(loc, r, (1, 48)) if r.random() < 0.5 else loc - dt.timedelta(hours=r.randint(1, 30))
    words = sum(len(p.split()) for p in g["body_paragraphs"])
    side = [f"وضعیت: {pick(r, ['در انتظار تأیید سردبیر', 'پیش‌نویس', 'بازبینی'])}", f"کد خبر: {dg(key, 'fa')}",
            f"ثبت: {_jnum(made)} {_clock(made)}", f"دبیر: {h.s['user']}", dg(f"تعداد کلمات: {words}", "fa")]
    if g["section"]:
        side.insert(1, f"سرویس: {g['section']}")
    doc.chrome('<aside class="editor-side">' + "".join(f"<div>{e(x)}</div>" for x in side) + "</aside>\n", *side)
    doc.add('<div class="preview-frame">\n')
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h1", "titr")
    _line(doc, _dateline(g, loc, h.s["style"] + 1), "news-date")
    _lead(doc, g, "lead")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div>\n")


# ---------------------------------------------------------------------------------------------- 7. notebooks


def _outputs(r: random.Random) -> list[str]:
    zones = [dg(str(i), "en") for i in range(1, 4)]
    return ["zone", *[f"{z}    {r.randint(900, 40000)}" for z in zones], "Name: count, dtype: int64"]


def _nbconvert(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> None:
    paras = g["body_paragraphs"]
    doc.add('<main><div class="jp-Notebook">\n')
    md = ['<div class="jp-Cell jp-MarkdownCell"><div class="jp-RenderedMarkdown">']
    doc.add("".join(md) + "\n")
    if g["section"]:
        _line(doc, f"مجموعه: {g['section']}", "set", "p")
    _title(doc, g, "h1", "")
    _line(doc, _dateline(g, loc, h.s["style"]), "", "p")
    if g["lead"]:
        doc.add(f"<blockquote><p>{e(g['lead'])}</p></blockquote>\n", [("lead", g["lead"])])
    doc.add("</div></div>\n")
    cut = sorted(r.sample(range(1, len(paras)), min(len(paras) - 1, 2))) if len(paras) > 1 else []
    chunks = [paras[a:b] for a, b in zip([0, *cut], [*cut, len(paras)])]
    for i, chunk in enumerate(chunks):
        doc.add('<div class="jp-Cell jp-MarkdownCell"><div class="jp-RenderedMarkdown">\n')
        _body(doc, chunk)
        doc.add("</div></div>\n")
        if i < len(chunks) - 1 or i == 0:
            code = CODE[i % len(CODE)]
            n = f"In [{i + 2}]:"
            doc.chrome(f'<div class="jp-Cell jp-CodeCell"><div class="jp-InputPrompt">{n}</div><div class="highlight">'
                       f"<pre>{e(chr(10).join(code))}</pre></div>\n", n, *code)
            out = _outputs(r)
            doc.chrome(f'<div class="jp-OutputPrompt">Out[{i + 2}]:</div><pre>{e(chr(10).join(out))}</pre></div>\n',
                       f"Out[{i + 2}]:", *out)
    c = _credit_text(g, h)
    if c:
        _line(doc, c, "jp-RenderedMarkdown", "p")
    doc.add("</div></main>\n")


def _quarto(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> None:
    _site_head(doc, h, None, "navbar")
    doc.add('<header id="title-block-header" class="quarto-title-block">\n')
    if g["section"]:
        doc.chrome(f'<div class="quarto-categories"><div class="quarto-category">{e(g["section"])}</div></div>\n',
                   g["section"])
    _title(doc, g, "h1", "title")
    if g["lead"]:
        doc.add(f'<div class="subtitle lead">{e(g["lead"])}</div>\n', [("lead", g["lead"])])
    d = _jday(loc)
    _shown(g, d, loc, False)
    mod = _jday(_after(loc, r, (30, 3000)))
    meta = [("نویسنده", h.s["user"]), ("تاریخ انتشار", d), ("تاریخ ویرایش", mod)]
    doc.chrome('<div class="quarto-title-meta">' + "".join(
        f'<div><div class="quarto-title-meta-heading">{a}</div><div class="quarto-title-meta-contents"><p>{e(b)}</p>'
        "</div></div>" for a, b in meta) + "</div></header>\n", *[x for row in meta for x in row])
    toc = ["فهرست مطالب", "داده‌ها", "یافته‌ها"]
    doc.chrome('<nav id="TOC"><h2>' + toc[0] + "</h2><ul>" + "".join(f"<li><a>{x}</a></li>" for x in toc[1:])
               + "</ul></nav>\n", *toc)
    paras = g["body_paragraphs"]
    k = max(1, len(paras) // 2)
    doc.chrome('<h2 class="anchored">داده‌ها</h2>\n', "داده‌ها")
    _body(doc, paras[:k])
    doc.chrome('<details class="code-fold"><summary>کد</summary><pre class="sourceCode python">'
               + e("\n".join(CODE[1])) + "</pre></details>\n", "کد", *CODE[1])
    cap = dg("شکل ۱: شمار درختان به تفکیک منطقه", "fa")
    doc.chrome(f'<figure><img src="index_files/figure-html/fig-1.png"><figcaption>{e(cap)}</figcaption></figure>\n',
               cap)
    if paras[k:]:
        doc.chrome('<h2 class="anchored">یافته‌ها</h2>\n', "یافته‌ها")
        _body(doc, paras[k:])
    c = _credit_text(g, h)
    if c:
        _line(doc, c, "source", "p")


def _ipynb(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    paras = g["body_paragraphs"]
    head = [f"# {g['title']}\n", "\n"]
    chrome = []
    if g["section"]:
        head += [f"مجموعه: {g['section']}\n", "\n"]
        chrome.append(f"مجموعه: {g['section']}")
    d = _dateline(g, loc, h.s["style"])
    head += [d + "\n"]
    chrome.append(d)
    if g["lead"]:
        head += ["\n", f"> {g['lead']}"]
    cells: list[dict] = [{"cell_type": "markdown", "id": f"{stable(key, 'h') % 16**8:08x}", "metadata": {},
                          "source": head}]
    for i, p in enumerate(paras):
        cells.append({"cell_type": "markdown", "id": f"{stable(key, p) % 16**8:08x}", "metadata": {}, "source": [p]})
        if i in (0, len(paras) // 2) and i < len(paras) - 1:
            code = CODE[(i + 1) % len(CODE)]
            out = _outputs(r)
            n = r.randint(2, 30)
            cells.append({"cell_type": "code", "execution_count": n, "id": f"{stable(key, n) % 16**8:08x}",
                          "metadata": {}, "outputs": [{"data": {"text/plain": [x + "\n" for x in out[:-1]]
                                                                + [out[-1]]},
                                                       "execution_count": n, "metadata": {},
                                                       "output_type": "execute_result"}],
                          "source": [x + "\n" for x in code[:-1]] + [code[-1]]})
            chrome += [*code, *out]
    c = _credit_text(g, h)
    if c:
        cells.append({"cell_type": "markdown", "id": "credit", "metadata": {}, "source": [c]})
        chrome.append(c)
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                                      "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, ensure_ascii=False, indent=1)
    return _export(g, text.split("\n"), [*chrome, "Python 3 (ipykernel)", "python3", "python", "3.11.6"])


# ---------------------------------------------------------------------------------------------- 8. live entries


def _live_head(doc: Doc, h: Host, r: random.Random, loc: dt.datetime, crawl: dt.datetime) -> None:
    live = pick(r, LIVE)
    doc.chrome(f'<div class="live-banner"><span class="dot">● زنده</span><h1>{e(live)}</h1></div>\n', "● زنده", live)
    upd = f"آخرین به‌روزرسانی: {_ago(_after(loc, r, (1, 8)), crawl)}"
    _line(doc, upd, "live-updated")


def _neighbours(doc: Doc, r: random.Random, loc: dt.datetime, others: list[str]) -> None:
    prev_t = loc - dt.timedelta(minutes=r.randint(10, 90))
    next_t = loc + dt.timedelta(minutes=r.randint(10, 90))
    rows = [("به‌روزرسانی قبلی", _clock(prev_t), others[0]), ("به‌روزرسانی بعدی", _clock(next_t), others[1])]
    doc.chrome('<nav class="entry-nav">' + "".join(f"<a><span>{a}</span> <time>{b}</time> <b>{e(c)}</b></a>"
                                                   for a, b, c in rows) + "</nav>\n",
               *[x for row in rows for x in row])


def _entrylink(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h)
    if g["section"]:
        trail = ["خانه", g["section"], "پوشش زنده"]
        doc.chrome('<nav class="trail">' + " › ".join(f"<a>{e(x)}</a>" for x in trail) + "</nav>\n", *trail)
    _live_head(doc, h, r, loc, crawl)
    doc.chrome('<a class="back">← بازگشت به همه به‌روزرسانی‌ها</a>\n', "← بازگشت به همه به‌روزرسانی‌ها")
    day = f"{_wd(loc)} {_jday(loc)}"
    _line(doc, day, "live-day")
    clock = _clock(loc)
    _shown(g, f"{day} {clock}", loc, True)
    doc.add('<article class="entry">\n')
    doc.chrome(f'<time class="entry-time">{clock}</time>\n', clock)
    _kicker(doc, h, r, g, "entry-kicker")
    _title(doc, g, "h2", "entry-title")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.chrome('<button class="copy">پیوند این به‌روزرسانی</button></article>\n', "پیوند این به‌روزرسانی")
    _neighbours(doc, r, loc, others)
    _footer(doc, h, crawl)


def _liveamp(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    _site_head(doc, h)
    _live_head(doc, h, r, loc, crawl)
    doc.add('<amp-live-list id="live-list" data-poll-interval="15000" data-max-items-per-page="20"><div items>\n')
    ms = int(loc.timestamp() * 1000)
    g["_markup"] = True
    d = f"{_jday(loc)} — {_clock(loc)}"
    _shown(g, d, loc, True, True)
    doc.add(f'<div id="post-{stable(g["title"]) % 10**6}" data-sort-time="{ms}" class="entry highlighted">\n')
    doc.chrome(f'<time datetime="{loc.isoformat()}">{e(d)}</time>\n', d)
    _title(doc, g, "h2", "entry-title")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div>\n")
    for i, t in enumerate(others[:3]):
        ti = loc - dt.timedelta(minutes=25 * (i + 1) + r.randint(0, 20))
        txt = pick(r, ["نیروهای امدادی به منطقه اعزام شدند.", "وزش باد مهار آتش را دشوار کرده است.",
                       "بالگرد اطفای حریق در منطقه مستقر شد.", "جاده دسترسی موقتاً بسته است."])
        doc.chrome(f'<div id="post-{stable(t) % 10**6}" data-sort-time="{int(ti.timestamp() * 1000)}" class="entry">'
                   f"<time>{_clock(ti)}</time><h2>{e(t)}</h2><p>{e(txt)}</p></div>\n", _clock(ti), t, txt)
    doc.add("</div></amp-live-list>\n")


def _focus(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    _live_head(doc, h, r, loc, crawl)
    if g["section"]:
        _line(doc, f"سرویس: {g['section']}", "service")
    doc.add('<div class="focus-entry" role="dialog">\n')
    doc.chrome('<button class="close">× بستن</button>\n', "× بستن")
    _title(doc, g, "h2", "focus-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "focus-time")
    _lead(doc, g, "focus-lead")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div>\n")
    rows = []
    for i, t in enumerate(others[:5]):
        rows.append((_clock(loc - dt.timedelta(minutes=15 * (i + 1))), t))
    doc.chrome('<ol class="feed">' + "".join(f"<li><time>{a}</time> {e(b)}</li>" for a, b in rows) + "</ol>\n",
               *[x for row in rows for x in row])
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant and whether only markup does, and a kicker's text (``g["surtitle"]``)."""
    v = h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    flat = {"har": lambda: _har(h, r, g, loc, others, url, crawl), "curlv": lambda: _curlv(h, r, g, loc, others, url,
                                                                                           crawl),
            "speechlog": lambda: _speechlog(h, r, g, loc, others, crawl), "ipynb": lambda: _ipynb(h, r, g, loc, key)}
    if v in flat:
        return flat[v]()
    doc = Doc()
    draw = {"sniffer": lambda: _sniffer(doc, h, r, g, loc, others, url, crawl),
            "meter": lambda: _meter(doc, h, r, g, loc, others, crawl),
            "claimbox": lambda: _claimbox(doc, h, r, g, loc, others, crawl),
            "digest": lambda: _digest(doc, h, r, g, loc, others, crawl),
            "highlights": lambda: _highlights(doc, h, r, g, loc, key),
            "comments": lambda: _comments(doc, h, r, g, loc, key, crawl),
            "bale": lambda: _bale(doc, h, r, g, loc, others, key),
            "mastodon": lambda: _mastodon(doc, h, r, g, loc, others, crawl),
            "xpost": lambda: _xpost(doc, h, r, g, loc, others, crawl),
            "sitesearch": lambda: _sitesearch(doc, h, r, g, loc, others, crawl),
            "readpane": lambda: _readpane(doc, h, r, g, loc, others, crawl),
            "wpsearch": lambda: _wpsearch(doc, h, r, g, loc, others, crawl),
            "wppreview": lambda: _wppreview(doc, h, r, g, loc, others, crawl),
            "drupal": lambda: _drupal(doc, h, r, g, loc, others, crawl),
            "farsicms": lambda: _farsicms(doc, h, r, g, loc, others, key, crawl),
            "nbconvert": lambda: _nbconvert(doc, h, r, g, loc, key),
            "quarto": lambda: _quarto(doc, h, r, g, loc, key),
            "entrylink": lambda: _entrylink(doc, h, r, g, loc, others, crawl),
            "liveamp": lambda: _liveamp(doc, h, r, g, loc, others, crawl),
            "focus": lambda: _focus(doc, h, r, g, loc, others, crawl)}
    draw[v]()
    return doc


LISTING = {"transport": "فهرست درخواست‌های ذخیره‌شده", "factcheck": "همه بررسی‌ها", "annotated": "خواندنی‌های من",
           "channel": "پست‌های کانال", "search": "جستجوهای پرتکرار", "preview": "همه نوشته‌ها",
           "notebook": "دفترچه‌های این مخزن", "liveentry": "همه پوشش‌های زنده"}
GONE = {"transport": "درخواست ناموفق بود: 504 Gateway Timeout", "factcheck": "این بررسی حذف شده است.",
        "annotated": "این مطلب از کتابخانه شما حذف شده است.", "channel": "این پست در دسترس نیست.",
        "search": "هیچ نتیجه‌ای برای جستجوی شما یافت نشد.", "preview": "شما اجازه دسترسی به این پیش‌نمایش را ندارید.",
        "notebook": "دفترچه یافت نشد.", "liveentry": "پوشش زنده به پایان رسید."}


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing (saved exchanges, checks, a library, a channel, searches, posts,
    notebooks, live pages), a removed page, an empty page."""
    now = crawl.astimezone(TEHRAN)
    kind = h.s["kind"]
    if h.s["variant"] in FLAT:
        f = Flat()
        f.add(f"{h.name} — {h.tagline}")
        f.blank()
        if neg == "listing":
            f.add(LISTING[kind])
            for i, t in enumerate(others[5:18]):
                f.add(f"{_jnum(now - dt.timedelta(days=i + 1), 'en')}  {t}")
        else:
            f.add(GONE[kind] if neg == "chrome_only" else "(بدون متن)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="app"></div><noscript>برای دیدن این صفحه جاوااسکریپت مرورگر را روشن کنید.</noscript>\n',
                   "برای دیدن این صفحه جاوااسکریپت مرورگر را روشن کنید.")
        return doc
    _site_head(doc, h)
    if neg == "listing":
        label = LISTING[kind]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = GONE[kind]
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
    return {"sniffer": f"بررسی هدر و محتوا - {h.name}", "digest": f"{h.name}: خبرنامه هفتگی",
            "comments": f"news.docx - {h.name}", "bale": f"{h.name} | بله", "mastodon": f"{h.s['user']}: «{cut}»",
            "xpost": f"{h.s['user']} در X: «{cut}» / X", "sitesearch": f"جستجو - {h.name}",
            "readpane": f"نتایج جستجو - {h.name}", "wpsearch": f"نتایج جستجو برای «{_query(g)}» – {h.name}",
            "wppreview": f"پیش‌نمایش «{cut}» ‹ {h.name}", "drupal": f"{cut} | {h.name}",
            "farsicms": "پیش‌نمایش خبر", "nbconvert": f"trees-{stable(title) % 999}", "entrylink":
            f"{cut} | پوشش زنده - {h.name}", "liveamp": f"پوشش زنده - {h.name}", "focus": f"پوشش زنده - {h.name}"}.get(
        v, f"{cut} - {h.name}")


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    v = h.s["variant"]
    tab = _tab(h, g)
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>"]
    if v == "liveamp":
        metas = ['<meta charset="utf-8">', '<script async src="https://cdn.ampproject.org/v0.js"></script>',
                 '<script async custom-element="amp-live-list" src="https://cdn.ampproject.org/v0/amp-live-list-0.1.js">'
                 "</script>", f"<title>{e(tab)}</title>", f'<link rel="canonical" href="{e(url)}">']
    elif v not in ("comments", "wppreview", "drupal", "farsicms", "nbconvert", "sniffer", "highlights"):
        metas.append(f'<link rel="canonical" href="{e(url)}">')
        if g.get("kind") == "article" and v not in ("digest", "readpane", "wpsearch", "sitesearch"):
            metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if g.get("_ld"):
        metas.append(f'<script type="application/ld+json">{json.dumps(g["_ld"], ensure_ascii=False)}</script>')
    if v == "nbconvert":
        metas.append('<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(10 + stable(h.domain) % 30))
    metas.append(f"<style>{rules}</style>")
    html_tag = '<html ⚡ lang="fa" dir="rtl">' if v == "liveamp" else '<html lang="fa" dir="rtl">'
    return (f"<!DOCTYPE html>\n{html_tag}\n<head>\n" + "\n".join(metas)
            + f"\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    if v in ("har", "curlv"):
        return f"https://{h.s['origin'][0]}/news/{key}/{slug}"
    if v == "sniffer":
        return f"https://{h.domain}/check?url=https%3A%2F%2F{h.s['origin'][0]}%2Fnews%2F{key}"
    if kind == "factcheck":
        return f"https://{h.domain}/fact-check/{key}-{slug}"
    if kind == "annotated":
        return f"https://{h.domain}/read/{slug}" + ("?view=highlights" if v == "highlights" else "")
    if v == "bale":
        return f"https://{h.domain}/{h.s['handle']}/{key}"
    if v == "mastodon":
        return f"https://{h.domain}/@{h.s['handle']}/{stable(key) % 10**17}"
    if v == "xpost":
        return f"https://{h.domain}/{h.s['handle']}/status/{stable(key, 'x') % 10**18}"
    if kind == "search":
        return f"https://{h.domain}/" + ("?s=" if v == "wpsearch" else "search?q=") + slug
    if v == "wppreview":
        return f"https://{h.domain}/?p={key}&preview=true"
    if v == "drupal":
        return f"https://{h.domain}/node/{key}"
    if v == "farsicms":
        return f"https://{h.domain}/admin/news/{key}/preview"
    if kind == "notebook":
        return f"https://{h.domain}/notebooks/{slug}" + {"nbconvert": ".html", "quarto": "/", "ipynb": ".ipynb"}[v]
    return f"https://{h.domain}/live/{slug}/entry/{key}"


def build(out_dir, n: int = 400, seed: int = 433, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="ax", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED)
