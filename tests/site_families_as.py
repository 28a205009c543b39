"""Family set AS: eight families of kinds of page the real Persian web hands a corpus builder, written blind to the
extractor: infinite-scroll article pages, single-page-app pages (Next.js / Nuxt / JSON-LD), interview pages,
lifestyle listicles, and four kinds revisited with other hosts and shapes: forwarded news in webmails other than
Gmail, Word-exported HTML of other producers, photo galleries with little text, proxy and translated-frame views.

    build(out_dir, n, seed=383, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_as_tables`; the build loop is
:func:`family_frames.build_set`. One kind a family, three hosts a family that differ in the kind's variants
(:data:`site_families_as_tables.VARIANT`). Split fixed by the brief before anything was scored: ``asdev`` the
first four families, ``asheld`` the last four. Titles and sections are harder than AQ's: kickers over some headlines
(gold ``surtitle``, no section), the site's name and tagline over the headline, a ``<title>`` unlike the headline,
a section only in a trail, only in a «سرویس:» / «موضوع:» label, or only as the menu item the markup marks current:

- ``saffron_harvest``  (HTML, some text copies) infinite-scroll news pages: the story, then one or two stories the
  site appended (their kickers, headlines, date lines and paragraphs) after a «خبر بعدی» or «ادامه مطالب» divider or
  none; the first story only is the page's; the appended headlines, dividers and date lines are chrome (as a related
  box's), their paragraphs neither body nor chrome;
- ``esports_league``  (HTML, some text copies) single-page apps: Next.js (``__NEXT_DATA__`` holds the article, the
  DOM its first paragraphs and a skeleton), JSON-LD ``articleBody`` under a skeleton, Nuxt (``window.__NUXT__``,
  the first paragraph shown); a text copy is the rendered page; gold the whole article;
- ``veteran_actors``  (HTML, some text copies) interviews: the intro lead, questions bold, after «خبرنگار:» or
  «- », answers after the interviewee's name, photo captions, «گفت‌وگو از: …», the kicker «گفت‌وگوی اختصاصی»;
  questions and answers are the body (as H's interview site);
- ``home_remedies``  (HTML) lifestyle listicles: numbered tips under subheadings (body), «بیشتر بخوانید: …» and ad
  slots inside the body (chrome), «منبع: …», the author box, stars, «این مطلب چقدر مفید بود؟», comments;
- ``teacher_unions``  (HTML, some text copies) forwarded news in Outlook web, Yahoo and Roundcube print views: the
  mail's «از: / به: / موضوع: / تاریخ:» (the forward's day is no story date), «هدایت شده», the story pasted with its
  agency's header and footer (the agency), its own date line (the story's day), a «سرویس:» or trail of the agency;
- ``university_circulars``  (HTML) LibreOffice, Google Docs and Word 2007 filtered HTML: ``class="western"``,
  ``class="c3"`` spans, ``MsoNormal`` with ``lang=FA``, headers and footers (repeated on Word's), a table of contents,
  footnotes, a signature; the letterhead's «تاریخ: …» / «مورخ …» the story's day;
- ``nomad_migration``  (HTML, some text copies) photo galleries: a short lead and one or two paragraphs, then 10-30
  captions, «عکس: …» per photo, «قبلی / بعدی», «مشاهده در اندازه واقعی», «تعداد تصاویر: ۱۸», EXIF lines on a
  photographer's blog (no section there);
- ``banned_weeklies``  (HTML, some text copies) a web proxy (English «Enter URL», «Remove scripts», links rewritten
  through ``browse.php``, the toolbar repeated at the end), Yandex's and Bing's translated frames (``<base>``, their
  English bars) over a Persian weekly's page.

Gold as AQ's: the title the visible headline of the story, the section the page's own category, the lead a
standfirst or intro shown apart, the agency only when the page credits the story to one, ``published_iso`` the
story's day as the page shows it (none on a text copy of a page with its instant only in markup),
``published_time`` the instant when the page shows its time or holds it in markup. A header's today, a forward's
day, an update's day, appended stories', comments' and related items' days are no story date. About 7% negatives,
~10% of the stories republished on another family's host (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from urllib.parse import quote

from family_frames import DOMESTIC, build_set, source_credit
from family_pages import canon, pick, stable
from site_families_aj import Doc
from site_families_aq import _ago, _clock, _gday, _hday, _items, _jday, _jnum, _lead, _shown, _wd, _who
from site_families_as_tables import (
    ADS,
    AS_DEV,
    AS_HELD,
    CAPTIONS,
    COMMENTS,
    EXIF,
    FAMILIES,
    HOSTS,
    KICKERS,
    KIND,
    MAIL_PEOPLE,
    MENUS,
    ORIGINS,
    PARENTS,
    PLACES,
    SECTIONS,
    VARIANT,
)
from site_families_h import FIRST, LAST, TEHRAN, Host, dg, question
from site_families_p import AGENCIES
from site_families_r import credited_agency, load_stories

__all__ = ["AGENCIES", "AS_DEV", "AS_HELD", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon",
           "credited_agency", "make_host", "rendered"]

#: the variants whose pages show no section
UNSECTIONED = {"yahoo", "gdocs", "word", "blog", "dash"}
#: the variants whose section only the menu's markup marks (a text copy of their pages shows none)
MARKED = {"bare", "nuxt", "menu", "bing"}
#: the agency habit of a kind that has one: a forwarded story keeps its agency's header (``source``), a listicle
#: credits its source under the story (``credit``)
AGENCY = {"mail": "source", "listicle": "credit"}
#: the share of a host's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"scroll": 0.8, "spa": 0.8, "interview": 0.75, "listicle": 0.95, "mail": 0.8, "docexport": 0.9,
          "gallery": 0.85, "proxy": 0.9}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"divider": 0.5, "more": 0.6, "bare": 0.3, "next": 0.6, "ld": 0.5, "nuxt": 0.3, "bold": 0.8, "reporter": 0.7,
          "dash": 0.7, "crumb": 0.6, "label": 0.5, "menu": 0.5, "owa": 0.5, "yahoo": 0.4, "roundcube": 0.5,
          "gdocs": 0.3, "agency": 0.6, "lightbox": 0.5, "blog": 0.2, "proxy": 0.5, "yandex": 0.4, "bing": 0.4}
#: the kinds whose pages set a kicker over some headlines, and how often
KICKER_P = {"scroll": 0.45, "spa": 0.35, "interview": 0.7, "listicle": 0.3, "proxy": 0.4}
e = html.escape
UTC = dt.timezone.utc
_SENTS: dict[str, list[str]] = {}
_PUNCT = re.compile(r"[«»\"'().،,:؛]")


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-as-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": HTML_P[kind],
         "agency": AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]), "lead_p": LEAD_P.get(variant, 0.0),
         "author": f"{pick(r, FIRST)} {pick(r, LAST)}", "code0": r.randint(10000, 90000),
         "origin": ORIGINS[idx % len(ORIGINS)], "issue0": r.randint(20, 300),
         "people": r.sample(MAIL_PEOPLE, 3), "photographer": f"{pick(r, FIRST)} {pick(r, LAST)}"}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- pieces


def _menu(doc: Doc, items: list[str], current: str | None = None, how: str = "active") -> None:
    """The site's menu; the current item (the page's section) marked only by markup (``how``: a class or
    ``aria-current``)."""
    def li(x: str) -> str:
        if x != current:
            return f'<li><a href="/{stable(x) % 999}">{e(x)}</a></li>'
        if how == "aria":
            return f'<li><a href="/{stable(x) % 999}" aria-current="page">{e(x)}</a></li>'
        return f'<li class="{how}"><a href="/{stable(x) % 999}">{e(x)}</a></li>'
    doc.chrome('<nav class="main-menu"><ul>' + "".join(li(x) for x in items) + "</ul></nav>\n", *items)


def _head(doc: Doc, name: str, tagline: str, extra: list[str] | None = None) -> None:
    """The site's name and tagline (and a header's today) over the page."""
    lines = [name, tagline, *(extra or [])]
    doc.chrome('<header class="site-header">' + "".join(f"<div>{e(x)}</div>" for x in lines) + "</header>\n", *lines)


def _kicker(doc: Doc, h: Host, r: random.Random, g: dict, force: str | None = None) -> None:
    """A kicker over the headline (gold ``surtitle``; neither a section nor chrome)."""
    kind = h.s["kind"]
    if force is None and (kind not in KICKER_P or r.random() >= KICKER_P[kind]):
        return
    k = force or pick(r, KICKERS[h.family])
    g["surtitle"] = k
    doc.add(f'<div class="kicker">{e(k)}</div>\n', [("sur", k)])


def _title(doc: Doc, g: dict, tag: str = "h1", cls: str = "title") -> None:
    doc.add(f'<{tag} class="{cls}">{e(g["title"])}</{tag}>\n', [("title", g["title"])])


def _credit(doc: Doc, g: dict, h: Host) -> None:
    """The «منبع: …» line the host adds under the story."""
    if g["agency"] and h.s["agency"] == "credit":
        line = source_credit(g["agency"])
        doc.chrome(f'<p class="source">{e(line)}</p>\n', line)


def _line(doc: Doc, text: str, cls: str = "meta", tag: str = "div") -> None:
    doc.chrome(f'<{tag} class="{cls}">{e(text)}</{tag}>\n', text)


def _foot(doc: Doc, h: Host, name: str | None = None) -> None:
    name = name or h.name
    lines = ["درباره ما", "تماس با ما", "تبلیغات در " + name, f"تمامی حقوق برای {name} محفوظ است."]
    doc.chrome("<footer>" + "".join(f"<p>{e(x)}</p>" for x in lines) + "</footer>\n", *lines)


def _comments(doc: Doc, r: random.Random, loc: dt.datetime, k: int) -> None:
    if not k:
        return
    head = dg(f"{k} دیدگاه", "fa")
    rows = [(_who(r), _jday(loc + dt.timedelta(days=r.randint(0, 40))), pick(r, COMMENTS)) for _ in range(k)]
    doc.chrome(f'<section class="comments"><h3>{head}</h3>' + "".join(
        f'<div class="comment"><b>{e(a)}</b> <span>{e(d)}</span><p>{e(c)}</p></div>' for a, d, c in rows)
        + "</section>\n", head, *[x for row in rows for x in row])


def _sentences(title: str) -> list[str]:
    """The sentences of the corpus story under ``title`` (an appended story's text)."""
    if not _SENTS:
        for st in load_stories():
            _SENTS.setdefault(st["title"], st["sents"])
    return _SENTS.get(title, [])


def _words(r: random.Random, p: str, k: tuple[int, int] = (3, 5)) -> str:
    words = [_PUNCT.sub("", w) for w in p.split()]
    words = [w for w in words if w]
    a = r.randrange(max(1, min(6, len(words) - 5)))
    return " ".join(words[a:a + r.randint(*k)])


def _tab(g: dict, r: random.Random, name: str) -> str:
    """A ``<title>`` slightly unlike the headline: the kicker before it, the site after it, or it cut short."""
    t = g["title"]
    roll = r.random()
    if g.get("surtitle") and roll < 0.4:
        return f"{g['surtitle']}؛ {t} - {name}"
    if roll < 0.65 and len(t.split()) > 6:
        return " ".join(t.split()[:6]) + "… | " + name
    return f"{t} | {name}"


# ---------------------------------------------------------------------------------------------- infinite scroll


def _date_line(v: str, t: dt.datetime, crawl: dt.datetime) -> str:
    if v == "divider":
        return f"{_wd(t)} {_jday(t)} - {_clock(t)}"
    if v == "more":
        return f"{_clock(t)} - {_jnum(t, short=True)}"
    return _ago(t, crawl)


def _scroll(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    now = crawl.astimezone(TEHRAN)
    sec = g["section"]
    _head(doc, h.name, h.tagline, [f"امروز: {_wd(now)} {_jday(now)}"] if v == "divider" else None)
    _menu(doc, h.menu, sec if v == "bare" else None, "active")
    doc.add('<main><article class="news" data-scroll="1">\n')
    if v == "divider":
        trail = f"{h.menu[0]} › {PARENTS[h.family]} › {sec}"
        doc.chrome(f'<div class="breadcrumb"><a>{e(h.menu[0])}</a> › <a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a>'
                   "</div>\n", trail)
    _kicker(doc, h, r, g)
    _title(doc, g)
    when = _date_line(v, loc, crawl)
    code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
    if v == "bare":
        doc.chrome(f'<div class="meta"><time datetime="{loc.isoformat()}">{when}</time></div>\n', when)
        _shown(g, when, loc, True, markup=True, only=True)
    else:
        parts = [when, code] + ([f"سرویس: {sec}"] if v == "more" else [])
        doc.chrome('<div class="meta">' + " ".join(f"<span>{e(x)}</span>" for x in parts) + "</div>\n", *parts)
        _shown(g, when, loc, True)
    _lead(doc, g)
    for p in g["body_paragraphs"]:
        doc.add(f"<p>{e(p)}</p>\n", [("body", p)])
    _credit(doc, g, h)
    tags = "برچسب‌ها: " + "، ".join(["زعفران", "کشاورزی", pick(r, ["خراسان", "صادرات", "برداشت"])])
    _line(doc, tags, "tags")
    _line(doc, "اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس | کپی لینک", "share")
    doc.add("</article>\n")
    _items(doc, "پربازدیدترین‌ها", others[:5], "popular", "h3")
    for k, t in enumerate(others[5:5 + r.randint(1, 2)]):  # the stories the site appended as the reader scrolled
        sents = _sentences(t)
        if not sents:
            continue
        if v == "divider":
            _line(doc, "خبر بعدی", "next-divider")
        elif v == "more":
            _line(doc, "ادامه مطالب", "more-divider")
        tt = loc - dt.timedelta(hours=r.randint(2, 60), minutes=r.randint(0, 59))
        doc.add(f'<article class="news" data-scroll="{k + 2}">\n')
        if r.random() < 0.3:
            kk = pick(r, KICKERS[h.family])
            doc.add(f'<div class="kicker">{e(kk)}</div>\n', [("x", kk)])
        doc.chrome(f'<{"h2" if v == "more" else "h1"} class="title">{e(t)}</{"h2" if v == "more" else "h1"}>\n', t)
        line = _date_line(v, tt, crawl)
        if v == "bare":
            doc.chrome(f'<div class="meta"><time datetime="{tt.isoformat()}">{line}</time></div>\n', line)
        else:
            _line(doc, line)
        paras = [" ".join(sents[i:i + 2]) for i in range(0, min(len(sents), 6), 2)]
        for p in paras:
            doc.add(f"<p>{e(p)}</p>\n", [("x", p)])
        doc.add("</article>\n")
    doc.add("</main>\n")
    _foot(doc, h)


# ---------------------------------------------------------------------------------------------- single-page apps


def _script_json(data: object) -> str:
    """JSON as a framework writes it into a script: «<», «>» and «&» escaped."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


def _spa(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
         key: str, fmt: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    paras = g["body_paragraphs"]
    doc.add('<div id="__next">\n' if v == "next" else '<div id="__nuxt"><div id="__layout">\n' if v == "nuxt"
            else '<div id="root">\n')
    _head(doc, h.name, h.tagline)
    _menu(doc, h.menu, sec if v == "nuxt" else None, "aria")
    doc.add('<main><article class="post">\n')
    if v == "next":
        doc.chrome(f'<nav class="crumbs"><a>خانه</a> / <a>{e(sec)}</a></nav>\n', f"خانه / {sec}")
    _kicker(doc, h, r, g)
    _title(doc, g)
    author = h.s["author"]
    if v == "next":
        when = _jday(loc)
        _shown(g, when, loc, False, markup=True)
        meta = [author, when]
    elif v == "ld":
        when = _ago(loc, crawl)
        _shown(g, when, loc, True, markup=True, only=True)
        meta = [when, f"سرویس: {sec}"]
    else:
        when = f"{_jnum(loc, short=True)} - {_clock(loc)}"
        _shown(g, when, loc, True, markup=True)
        meta = [author, when]
    doc.chrome('<div class="meta">' + " · ".join(f"<span>{e(x)}</span>" for x in meta) + "</div>\n", *meta)
    _lead(doc, g, "excerpt")
    shown = {"next": 2, "ld": 0, "nuxt": 1}[v]
    for k, p in enumerate(paras):
        doc.add(f"<p>{e(p)}</p>\n" if k < shown else "", [("body", p)])  # (the rest the script renders)
    if fmt == "html" and len(paras) > shown:
        doc.chrome('<div class="skeleton" aria-busy="true"><div class="sk-line"></div><div class="sk-line"></div>'
                   "<span>در حال بارگذاری…</span></div>\n", "در حال بارگذاری…")
    _credit(doc, g, h)
    doc.add("</article>\n")
    _items(doc, "بیشتر بخوانید", others[:4], "more", "h3")
    doc.add("</main>\n")
    _foot(doc, h)
    doc.add("</div>\n" if v != "nuxt" else "</div></div>\n")
    post = {"id": int(key), "slug": f"{stable(key) % 16**8:x}", "title": g["title"], "excerpt": g["lead"] or "",
            "category": {"name": sec}, "author": {"name": author}, "related": others[:4]}
    if v == "next":
        post.update(publishedAt=loc.isoformat(), content="".join(f"<p>{e(p)}</p>" for p in paras))
        data = {"props": {"pageProps": {"post": post, "__N_SSG": True}}, "page": "/news/[slug]",
                "query": {"slug": post["slug"]}, "buildId": f"b{stable(h.domain) % 10**6}", "isFallback": False}
        doc.add(f'<script id="__NEXT_DATA__" type="application/json">{_script_json(data)}</script>\n')
    elif v == "nuxt":
        post.update(date=loc.isoformat(), body=[{"type": "paragraph", "text": p} for p in paras])
        doc.add(f'<script>window.__NUXT__={_script_json({"data": [{"article": post}], "state": {}})};</script>\n')
    else:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": g["title"],
              "datePublished": loc.isoformat(), "articleSection": sec, "author": {"@type": "Person", "name": author},
              "articleBody": "\n\n".join(paras)}
        if g["lead"]:
            ld["description"] = g["lead"]
        doc.add(f'<script type="application/ld+json">{_script_json(ld)}</script>\n')


def rendered(raw: str) -> str:
    """An SPA page's HTML as a browser renders it: the article its script holds appended as paragraphs (the
    generator test reads the gold against this)."""
    m = re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', raw, re.S)
    paras: list[str] = []
    if m:
        content = json.loads(m.group(1))["props"]["pageProps"]["post"]["content"]
        paras = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", content)]
    m = re.search(r"<script>window.__NUXT__=(.*?);</script>", raw, re.S)
    if m:
        paras = [b["text"] for b in json.loads(m.group(1))["data"][0]["article"]["body"]]
    m = re.search(r'<script type="application/ld\+json">(\{"@context": "https://schema.org", "@type": '
                  r'"NewsArticle".*?)</script>', raw, re.S)
    if m and not paras:
        paras = json.loads(m.group(1))["articleBody"].split("\n\n")
    return raw.replace("</body>", "".join(f"<p>{e(p)}</p>" for p in paras) + "</body>")


# ---------------------------------------------------------------------------------------------- interviews


def _prepare(h: Host, r: random.Random, g: dict) -> None:
    """An interview's questions and a listicle's numbered subheadings set among the story's paragraphs (body, as
    the page shows them); a gallery's text cut to its first paragraphs."""
    kind, v = h.s["kind"], h.s["variant"]
    paras = g["body_paragraphs"]
    if kind == "interview":
        who = _who(r)
        g["_who"] = who
        short = who.split()[-1]
        out = [paras[0]]
        qs = [False]
        for k, p in enumerate(paras[1:]):
            if r.random() < 0.7 or k == 0:
                q = question(r, p)
                out.append({"bold": q, "reporter": f"خبرنگار: {q}", "dash": f"- {q}"}[v])
                qs.append(True)
            out.append(f"{short}: {p}" if v == "reporter" else p)
            qs.append(False)
        g["body_paragraphs"], g["_q"] = out, qs
    elif kind == "listicle" and len(paras) > 2:
        out, heads = [paras[0]], [False]
        for k, p in enumerate(paras[1:]):
            out.append(dg(f"{k + 1}. ", "fa") + _words(r, p))
            heads.append(True)
            out.append(p)
            heads.append(False)
        g["body_paragraphs"], g["_q"] = out, heads
    elif kind == "gallery":
        g["body_paragraphs"] = paras[: r.randint(1, 2)]


def _figure(doc: Doc, h: Host, r: random.Random, caption: str, credit: str | None = None) -> None:
    img = f"https://{h.domain}/uploads/{stable(caption, h.domain) % 10**7}.jpg"
    lines = [caption] + ([credit] if credit else [])
    doc.chrome(f'<figure><img src="{img}" alt="{e(caption)}"><figcaption>' + "".join(f"<span>{e(x)}</span> "
                                                                                       for x in lines)
               + "</figcaption></figure>\n", *lines)


def _interview(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    v = h.s["variant"]
    sec = g["section"]
    who = g.get("_who") or _who(r)
    reporter = h.s["author"]
    _head(doc, h.name, h.tagline)
    _menu(doc, h.menu)
    doc.add('<main><article class="interview">\n')
    if v == "bold":
        trail = f"{h.menu[0]} › {PARENTS[h.family]} › {sec}"
        doc.chrome(f'<div class="breadcrumb"><a>{e(h.menu[0])}</a> › <a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a>'
                   "</div>\n", trail)
        _kicker(doc, h, r, g, force="گفت‌وگوی اختصاصی")
    elif v == "dash":
        _kicker(doc, h, r, g)
    _title(doc, g)
    if v == "bold":
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        _shown(g, when, loc, True)
        meta = [when, f"گفت‌وگو از: {reporter}"]
    elif v == "reporter":
        when = f"تاریخ انتشار: {_jnum(loc)} - {_clock(loc)}"
        _shown(g, when, loc, True)
        meta = [f"سرویس: {sec}", when]
    else:
        when = f"{_jday(loc)} / {_hday(loc)}"
        _shown(g, when, loc, False)
        meta = [when, f"به‌روزرسانی: {_jday(loc + dt.timedelta(days=r.randint(1, 30)))}"]
    doc.chrome('<div class="meta">' + " | ".join(f"<span>{e(x)}</span>" for x in meta) + "</div>\n", *meta)
    _lead(doc, g, "intro")
    photo = h.s["photographer"]
    _figure(doc, h, r, f"{who} در گفت‌وگو با {h.name}", f"عکس: {photo}")
    qs = g.get("_q") or [False] * len(g["body_paragraphs"])
    pics = {r.randrange(1, max(2, len(qs)))} if len(qs) > 4 else set()
    for k, (p, q) in enumerate(zip(g["body_paragraphs"], qs)):
        if k in pics and not q:
            _figure(doc, h, r, f"{who}، {pick(r, ['پشت صحنه', 'در تمرین', 'در جشنواره'])}", f"عکس: {photo}")
        if q and v == "bold":
            doc.add(f"<p><strong>{e(p)}</strong></p>\n", [("body", p)])
        elif q and v == "reporter":
            doc.add(f'<p class="q"><b>خبرنگار:</b> {e(p.split(": ", 1)[1])}</p>\n', [("body", p)])
        elif v == "reporter" and p.startswith(who.split()[-1] + ": "):
            doc.add(f'<p><b>{e(who.split()[-1])}:</b> {e(p.split(": ", 1)[1])}</p>\n', [("body", p)])
        else:
            doc.add(f'<p class="{"q" if q else "a"}">{e(p)}</p>\n', [("body", p)])
    _credit(doc, g, h)
    if v != "bold":
        _line(doc, f"گفت‌وگو از: {reporter}", "credit")
    doc.add("</article>\n")
    _items(doc, "گفت‌وگوهای دیگر", others[:5], "more-interviews", "h3")
    doc.add("</main>\n")
    _foot(doc, h)


# ---------------------------------------------------------------------------------------------- listicles


def _listicle(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    v = h.s["variant"]
    sec = g["section"]
    author = h.s["author"]
    _head(doc, h.name, h.tagline)
    _menu(doc, h.menu, sec if v == "menu" else None, "current-menu-item")
    doc.add('<main><article class="post">\n')
    if v == "crumb":
        trail = f"{h.name} › {PARENTS[h.family]} › {sec}"
        doc.chrome(f'<div class="breadcrumb"><a>{e(h.name)}</a> › <a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a>'
                   "</div>\n", trail)
    _kicker(doc, h, r, g)
    _title(doc, g)
    read = dg(f"زمان مطالعه: {max(2, len(' '.join(g['body_paragraphs']).split()) // 200)} دقیقه", "fa")
    if v == "crumb":
        when = _jday(loc)
        _shown(g, when, loc, False)
        meta = [author, when, f"آخرین بروزرسانی: {_jday(loc + dt.timedelta(days=r.randint(5, 400)))}", read]
        doc.chrome('<div class="meta">' + " ".join(f"<span>{e(x)}</span>" for x in meta) + "</div>\n", *meta)
    elif v == "label":
        when = f"{_jnum(loc)} | {_hday(loc)}"
        _shown(g, when, loc, False)
        meta = [f"دسته‌بندی: {sec}", author, when, read]
        doc.chrome('<div class="meta">' + " ".join(f"<span>{e(x)}</span>" for x in meta) + "</div>\n", *meta)
    else:
        when = _ago(loc, crawl)
        _shown(g, when, loc, True, markup=True, only=True)
        doc.chrome(f'<div class="meta"><span>{e(author)}</span> <time datetime="{loc.isoformat()}">{when}</time> '
                   f"<span>{read}</span></div>\n", author, when, read)
    stars = r.randint(3, 5)
    rate = "★" * stars + "☆" * (5 - stars) + dg(f" ({r.randint(4, 900)} رأی)", "fa")
    _line(doc, rate, "stars")
    _lead(doc, g, "excerpt")
    heads = g.get("_q") or [False] * len(g["body_paragraphs"])
    n = len(heads)
    more = {r.randrange(1, n)} if n > 3 else set()
    ads = {r.randrange(1, n)} if n > 5 else set()
    doc.add('<div class="entry-content">\n')
    for k, (p, hd) in enumerate(zip(g["body_paragraphs"], heads)):
        if k in more:
            other = others[6 % len(others)]
            line = f"بیشتر بخوانید: {other}"
            doc.chrome(f'<p class="read-more"><strong>بیشتر بخوانید:</strong> <a>{e(other)}</a></p>\n', line)
        if k in ads:
            ad = pick(r, ADS)
            doc.chrome(f'<div class="ad-slot"><span>{e(ad)}</span></div>\n', ad)
        doc.add(f"<h2>{e(p)}</h2>\n" if hd else f"<p>{e(p)}</p>\n", [("body", p)])
    _credit(doc, g, h)
    doc.add("</div>\n")
    useful = ["این مطلب چقدر مفید بود؟", "👍 بله", "👎 خیر"]
    doc.chrome('<div class="helpful">' + "".join(f"<span>{x}</span>" for x in useful) + "</div>\n", *useful)
    bio = f"{author}، نویسنده و ویراستار {h.name}"
    doc.chrome(f'<div class="author-box"><h4>{e(author)}</h4><p>{e(bio)}</p><a>همه مطالب نویسنده</a></div>\n',
               bio, "همه مطالب نویسنده")
    doc.add("</article>\n")
    _items(doc, "مطالب مرتبط", others[:5], "related", "h3")
    _comments(doc, r, loc, r.randint(0, 3))
    doc.add("</main>\n")
    _foot(doc, h)


# ---------------------------------------------------------------------------------------------- forwarded mail


def _agency_link(agency: str, key: str) -> str:
    dom = {"فارس": "farsnews.ir", "ورزش سه": "varzesh3.com", "مهر": "mehrnews.com", "ایسنا": "isna.ir"}.get(
        agency, "irna.ir")
    return f"https://www.{dom}/news/{int(key) % 10**6}"


def _mail(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
          key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    (name, user), (name2, _), _ = h.s["people"]
    fwd = (loc + dt.timedelta(hours=r.randint(2, 300), minutes=r.randint(0, 59))).astimezone(TEHRAN)
    subject = f"{pick(r, ['FW: ', 'Fwd: ', 'هدایت: '])}{g['title']}"
    g["_subject"] = subject
    sender = f"{name} <{user}@gmail.com>"
    group = "گروه همکاران <hamkaran@googlegroups.com>"
    if v == "owa":
        bar = ["Outlook", "چاپ", "بستن"]
        doc.chrome('<div class="owa-bar">' + "".join(f"<span>{x}</span>" for x in bar) + "</div>\n", *bar)
        doc.chrome(f'<div class="subject"><h2>{e(subject)}</h2></div>\n', subject)
        rows = [f"از: {sender}", f"تاریخ: {_wd(fwd)} {_jnum(fwd)} {_clock(fwd)}", f"به: {group}"]
    elif v == "yahoo":
        bar = ["Yahoo Mail", "Print", "Close window"]
        doc.chrome('<div class="ym-bar" dir="ltr">' + "".join(f"<span>{x}</span>" for x in bar) + "</div>\n", *bar)
        rows = [f"موضوع: {subject}", f"از: {sender}", f"به: {name2} <{user[:3]}{r.randint(10, 99)}@yahoo.com>",
                f"تاریخ: {_wd(fwd)}، {_gday(fwd)}، {_clock(fwd)}"]
    else:
        bar = ["Roundcube Webmail", f"Roundcube Webmail :: {subject}"]
        doc.chrome(f'<div id="header">{bar[0]}</div><h1 id="subject">{e(bar[1])}</h1>\n', *bar)
        rows = [f"از: {sender}", f"به: {group}", f"موضوع: {subject}", dg(f"تاریخ: {fwd:%Y-%m-%d %H:%M}", "en")]
    doc.chrome('<table class="headers">' + "".join(f"<tr><td>{e(x)}</td></tr>" for x in rows) + "</table>\n", *rows)
    note = pick(r, ["سلام همکاران گرامی، این خبر را ببینید.", "برای اطلاع همکاران محترم", "با سلام، جهت استحضار"])
    _line(doc, note, "note", "p")
    div = {"owa": "________________________________", "yahoo": "----- پیام هدایت شده -----",
           "roundcube": "-------- پیام اصلی --------"}[v]
    _line(doc, div, "fwd", "p")
    if v == "owa":
        inner = [f"از: {name2}", "هدایت شده"]
        doc.chrome("<div>" + "".join(f"<p>{e(x)}</p>" for x in inner) + "</div>\n", *inner)
    ag = g["agency"]
    doc.add('<div class="forwarded" style="border-right:2px solid #ccc;padding-right:8px">\n')
    if ag:
        top = f"{AGENCIES[ag][0]} | " + dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
        if v == "roundcube":
            top = f"{AGENCIES[ag][0]} » {pick(r, ['اجتماعی', 'جامعه'])} » {sec}"
        _line(doc, top, "agency-head", "p")
    if v == "owa":
        _line(doc, f"سرویس: {sec}", "service", "p")
    _title(doc, g, "p", "headline")
    if v == "owa":
        when = f"{_wd(loc)} {_jday(loc)} - {_clock(loc)}"
    elif v == "yahoo":
        when = f"{_jday(loc)} ساعت {_clock(loc)}"
    else:
        when = dg(f"{_jnum(loc)} {_clock(loc)}", "fa")
    _shown(g, when, loc, True)
    _line(doc, when, "date", "p")
    _lead(doc, g)
    for p in g["body_paragraphs"]:
        doc.add(f"<p>{e(p)}</p>\n", [("body", p)])
    if ag:
        foot = ["انتهای پیام/", f"لینک خبر: {_agency_link(ag, key)}"]
        doc.chrome("".join(f"<p>{e(x)}</p>" for x in foot) + "\n", *foot)
    doc.add("</div>\n")
    sig = [f"با احترام، {name}", "دبیرخانه کانون صنفی معلمان"]
    doc.chrome('<div class="signature">' + "".join(f"<p>{e(x)}</p>" for x in sig) + "</div>\n", *sig)


# ---------------------------------------------------------------------------------------------- exported documents


def _docexport(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    issue = h.s["issue0"] + int(key) % 200
    notes = [f"مصوبه جلسه {dg(r.randint(100, 400), 'fa')} شورای {pick(r, ['دانشگاه', 'پژوهشی', 'آموزشی'])}",
             f"به استناد آیین‌نامه {pick(r, ['پژوهشی', 'آموزشی', 'دانشجویی'])} مصوب {dg(r.randint(1395, 1404), 'fa')}"]
    notes = notes[: r.randint(1, 2)]
    toc = [f"{t} …… {dg(k + 1, 'fa')}" for k, t in enumerate([g["title"]] + others[:r.randint(2, 4)])]
    if v == "libre":
        head = dg(f"{h.name} — {h.tagline} — شماره {issue}", "fa")
        doc.chrome(f'<div title="header"><p class="western" align="center">{e(head)}</p></div>\n', head)
        doc.chrome('<div id="Table of Contents1" dir="rtl"><p class="contents-heading">فهرست مطالب</p>' + "".join(
            f'<p class="contents-1"><a href="#__RefHeading___Toc{k}">{e(t)}</a></p>' for k, t in enumerate(toc))
            + "</div>\n", "فهرست مطالب", *toc)
        _title(doc, g, "h1", "western")
        when = f"تاریخ: {_jnum(loc)}"
        meta = [when, f"موضوع: {sec}"]
        doc.chrome("".join(f'<p lang="fa-IR" class="western" dir="rtl">{e(x)}</p>' for x in meta) + "\n", *meta)
        _shown(g, when, loc, False)
        for p in g["body_paragraphs"]:
            doc.add(f'<p lang="fa-IR" class="western" dir="rtl" align="justify" style="margin-bottom: 0.28cm; '
                    f'line-height: 115%">{e(p)}</p>\n', [("body", p)])
        _credit(doc, g, h)
        doc.chrome("".join(f'<div id="sdfootnote{k + 1}"><p class="sdfootnote"><a class="sdfootnotesym" '
                           f'href="#sdfootnote{k + 1}anc">{k + 1}</a>{e(x)}</p></div>' for k, x in enumerate(notes))
                   + "\n", *[f"{k + 1}{x}" for k, x in enumerate(notes)])
        foot = dg(f"{h.name} — صفحه ۱", "fa")
        doc.chrome(f'<div title="footer"><p class="western">{e(foot)}</p></div>\n', foot)
    elif v == "gdocs":
        head = f"{h.name} — {h.tagline}"
        doc.chrome(f'<div><p class="c3 c8"><span class="c6">{e(head)}</span></p></div>\n', head)
        doc.add(f'<p class="c3 title" id="h.{stable(key) % 10**6:x}"><span class="c1">{e(g["title"])}</span></p>\n',
                [("title", g["title"])])
        when = _jday(loc)
        doc.chrome(f'<p class="c3"><span class="c4">{when}</span></p>\n', when)
        _shown(g, when, loc, False)
        if g["lead"]:
            doc.add(f'<p class="c3"><span class="c1 c7">{e(g["lead"])}</span></p>\n', [("lead", g["lead"])])
        for p in g["body_paragraphs"]:
            doc.add(f'<p class="c3"><span class="c1">{e(p)}</span></p><p class="c3 c5"><span class="c1"></span></p>\n',
                    [("body", p)])
        _credit(doc, g, h)
        sign = f"{h.s['author']} — {h.tagline}"
        doc.chrome(f'<p class="c3 c9"><span class="c1">{e(sign)}</span></p>\n', sign)
        doc.chrome("<hr class=\"c10\">" + "".join(
            f'<div><p class="c3"><a href="#ftnt_ref{k + 1}" id="ftnt{k + 1}">[{k + 1}]</a><span class="c4"> {e(x)}'
            "</span></p></div>" for k, x in enumerate(notes)) + "\n", *[f"[{k + 1}] {x}" for k, x in enumerate(notes)])
        foot = f"{h.tagline} — فقط برای استفاده داخلی"
        doc.chrome(f'<div><p class="c3 c8"><span class="c6">{e(foot)}</span></p></div>\n', foot)
    else:
        head = f"{h.name} — {h.tagline}"
        num = dg(f"بخشنامه شماره {r.randint(1000, 99999)}/{r.randint(2, 9)} مورخ {_jnum(loc)}", "fa")
        doc.chrome(f"<p class=MsoHeader dir=RTL><span lang=FA>{e(head)}</span></p>\n", head)
        doc.chrome("<p class=MsoNormal align=center dir=RTL><b><span lang=FA>باسمه تعالی</span></b></p>\n",
                   "باسمه تعالی")
        doc.chrome(f"<p class=MsoNormal dir=RTL><span lang=FA>{e(num)}</span></p>\n", num)
        _shown(g, num, loc, False)
        doc.chrome("<p class=MsoTocHeading dir=RTL><span lang=FA>فهرست</span></p>" + "".join(
            f"<p class=MsoToc1 dir=RTL><a href=\"#_Toc{k}\"><span lang=FA>{e(t)}</span></a></p>"
            for k, t in enumerate(toc)) + "\n", "فهرست", *toc)
        doc.add(f"<h1 dir=RTL><a name=\"_Toc0\"></a><span lang=FA>{e(g['title'])}</span></h1>\n",
                [("title", g["title"])])
        doc.add("<div class=WordSection1 dir=RTL>\n")
        paras = g["body_paragraphs"]
        half = (len(paras) + 1) // 2 if len(paras) > 4 else None
        for k, p in enumerate(paras):
            if k == half:  # (a printed page ends: its footer, then the next page's header again)
                foot = dg("صفحه ۱ از ۲", "fa")
                doc.chrome(f"<p class=MsoFooter dir=RTL><span lang=FA>{foot}</span></p>\n<br clear=all "
                           "style='page-break-before:always'>\n"
                           f"<p class=MsoHeader dir=RTL><span lang=FA>{e(head)}</span></p>\n", foot, head)
            doc.add("<p class=MsoNormal dir=RTL style='text-align:justify;text-justify:kashida'><span lang=FA "
                    f"style='font-family:\"B Nazanin\"'>{e(p)}</span></p>\n", [("body", p)])
        _credit(doc, g, h)
        sign = [f"{h.s['author']}", f"دبیر {h.tagline}", "رونوشت: معاونت آموزشی جهت اطلاع"]
        doc.chrome("".join(f"<p class=MsoNormal dir=RTL><span lang=FA>{e(x)}</span></p>" for x in sign) + "\n", *sign)
        doc.chrome("<div><hr align=right size=1 width=\"33%\">" + "".join(
            f"<div id=ftn{k + 1}><p class=MsoFootnoteText dir=RTL><a href=\"#_ftnref{k + 1}\">[{k + 1}]</a>"
            f"<span lang=FA> {e(x)}</span></p></div>" for k, x in enumerate(notes)) + "</div>\n",
            *[f"[{k + 1}] {x}" for k, x in enumerate(notes)])
        doc.add("</div>\n")


# ---------------------------------------------------------------------------------------------- galleries


def _gallery(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
             key: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    photo = h.s["photographer"]
    count = r.randint(10, 30)
    caps = []
    for k in range(count):
        c = CAPTIONS[(stable(key, k) + k) % len(CAPTIONS)].format(p=PLACES[(stable(key) + 3 * k) % len(PLACES)])
        if c not in caps:
            caps.append(c)
    _head(doc, h.name, h.tagline)
    if v != "blog":
        _menu(doc, ["خانه", "عکس", "فیلم", "استان‌ها", "اجتماعی", "گردشگری", "فرهنگی", "آرشیو"])
    doc.add('<main class="gallery">\n')
    if v == "lightbox":
        doc.chrome(f'<div class="breadcrumb"><a>خانه</a> › <a>عکس</a> › <a>{e(sec)}</a></div>\n', f"خانه › عکس › {sec}")
    _title(doc, g)
    total = dg(f"تعداد تصاویر: {len(caps)}", "fa")
    if v == "agency":
        when = f"{_wd(loc)} {_jday(loc)} - {_hday(loc)} - {_clock(loc)}"
        _shown(g, when, loc, True)
        meta = [f"سرویس: {sec}", when, f"عکس: {photo}", total]
        doc.chrome('<div class="meta">' + "".join(f"<span>{e(x)}</span> " for x in meta) + "</div>\n", *meta)
    elif v == "lightbox":
        when = _ago(loc, crawl)
        _shown(g, when, loc, True, markup=True, only=True)
        doc.chrome(f'<div class="meta"><time datetime="{loc.isoformat()}">{when}</time> <span>{total}</span></div>\n',
                   when, total)
    else:
        when = f"{_jday(loc)} در {_clock(loc)}"
        _shown(g, when, loc, True, markup=True)
        doc.chrome(f'<div class="entry-meta"><time class="entry-date" datetime="{loc.isoformat()}">{when}</time> '
                   f"<span>عکس‌ها: {e(photo)}</span></div>\n", when, f"عکس‌ها: {photo}")
    _lead(doc, g)
    for p in g["body_paragraphs"]:
        doc.add(f"<p>{e(p)}</p>\n", [("body", p)])
    _credit(doc, g, h)
    for k, c in enumerate(caps):
        if v == "agency":
            _figure(doc, h, r, c, f"عکس: {photo}")
            if k == 0:
                _line(doc, "مشاهده در اندازه واقعی", "full")
        elif v == "lightbox":
            n = dg(f"{k + 1} / {len(caps)}", "fa")
            doc.chrome(f'<figure class="lb"><img src="/photos/{stable(c, key) % 10**6}.jpg" alt=""><span>{n}</span>'
                       f"<figcaption>{e(c)}</figcaption><a>مشاهده در اندازه واقعی</a></figure>\n", n, c,
                       "مشاهده در اندازه واقعی")
        else:
            _figure(doc, h, r, c)
            if k % 4 == 0:
                _line(doc, EXIF[(stable(key) + k) % len(EXIF)], "exif")
    nav = ["قبلی", "بعدی"] if v != "blog" else [f"نوشته قبلی: {others[0]}", f"نوشته بعدی: {others[1]}"]
    doc.chrome('<div class="pager">' + "".join(f"<a>{e(x)}</a> " for x in nav) + "</div>\n", *nav)
    if v == "agency":
        _line(doc, "دانلود همه تصاویر (ZIP)", "zip")
    doc.add("</main>\n")
    if v == "blog":
        _comments(doc, r, loc, r.randint(0, 4))
    _items(doc, "گزارش‌های تصویری دیگر" if v != "blog" else "نوشته‌های اخیر", others[2:7], "more", "h3")
    _foot(doc, h)


# ---------------------------------------------------------------------------------------------- proxies


def _proxy_bar(doc: Doc, h: Host, url: str) -> None:
    v = h.s["variant"]
    if v == "proxy":
        lines = ["Unblock Web — Free Web Proxy", "Enter URL", "Go", "Encrypt URL", "Remove scripts",
                 "Remove objects", "Allow cookies", "Hide options"]
        doc.chrome(f'<div id="include" dir="ltr"><form action="/includes/process.php?action=update" method="post">'
                   f"<b>{lines[0]}</b> <label>{lines[1]}</label><input name=\"u\" value=\"{e(url)}\"> "
                   f"<button>{lines[2]}</button>" + "".join(f'<label><input type="checkbox">{x}</label>'
                                                            for x in lines[3:7])
                   + f"<a>{lines[7]}</a></form></div>\n", *lines)
    elif v == "yandex":
        lines = ["Yandex Translate", "Persian → English", "Show original", "Translate the page"]
        doc.chrome('<div class="tr-bar" dir="ltr">' + "".join(f"<span>{x}</span>" for x in lines) + "</div>\n",
                   *lines)
    else:
        lines = ["Microsoft Translator", "Translated from: Persian", "To: English", "Original | Translation | "
                 "Side by side"]
        doc.chrome('<div id="MSTTHeader" dir="ltr">' + "".join(f"<div>{x}</div>" for x in lines) + "</div>\n",
                   *lines)


def _proxy(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
           url: str) -> None:
    v = h.s["variant"]
    sec = g["section"]
    oname, otag = h.s["origin"]
    _proxy_bar(doc, h, url)
    doc.add('<div id="proxied">\n')
    _head(doc, oname, otag)
    menu = MENUS[h.family]
    if v == "proxy":
        def via(path: str) -> str:  # (the proxy rewrites every link of the page through itself)
            return e(f"/browse.php?u={quote(f'https://{stable(oname) % 999}-weekly.com/{path}', safe='')}&b=4")
        doc.chrome('<nav><ul>' + "".join(f'<li><a href="{via(f"service/{stable(x) % 99}")}">{e(x)}</a></li>'
                                         for x in menu) + "</ul></nav>\n", *menu)
        link = via(f"service/{stable(sec) % 99}")
        doc.chrome(f'<div class="crumb"><a href="{via("")}">{menu[0]}</a> › <a href="{link}">{e(sec)}</a></div>\n',
                   f"{menu[0]} › {sec}")
    else:
        _menu(doc, menu, sec if v == "bing" else None, "selected")
    _kicker(doc, h, r, g)
    _title(doc, g)
    if v == "proxy":
        when = f"{_jnum(loc)} - {_clock(loc)}"
        _shown(g, when, loc, True)
        _line(doc, when)
    elif v == "yandex":
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        _shown(g, when, loc, True)
        parts = [f"سرویس: {sec}", when]
        doc.chrome('<div class="meta">' + "".join(f"<span>{e(x)}</span> " for x in parts) + "</div>\n", *parts)
    else:
        when = _ago(loc, crawl)
        _shown(g, when, loc, True, markup=True, only=True)
        doc.chrome(f'<div class="meta"><time datetime="{loc.isoformat()}">{when}</time></div>\n', when)
    _lead(doc, g)
    for p in g["body_paragraphs"]:
        doc.add(f"<p>{e(p)}</p>\n", [("body", p)])
    _credit(doc, g, h)
    issue = dg(f"شماره {h.s['issue0'] + r.randint(0, 300)}", "fa")
    _line(doc, f"این مطلب در {issue} {oname} منتشر شده است.", "issue", "p")
    _items(doc, "از همین شماره", others[:5], "same-issue", "h3")
    _foot(doc, h, oname)
    doc.add("</div>\n")
    if v != "yandex":
        _proxy_bar(doc, h, url)  # (the toolbar again under the page)


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no
    day), whether markup holds the instant (``g["_markup"]``) and whether only markup does (``g["_only_markup"]``)."""
    kind = h.s["kind"]
    loc = pub.astimezone(TEHRAN)
    if fmt == "txt" and h.s["variant"] in MARKED:
        g["section"] = None  # (a text copy loses the markup that marked the menu's current item)
    doc = Doc()
    if kind == "scroll":
        _scroll(doc, h, r, g, loc, others, crawl, key)
    elif kind == "spa":
        _spa(doc, h, r, g, loc, others, crawl, key, fmt)
    elif kind == "interview":
        _interview(doc, h, r, g, loc, others, crawl)
    elif kind == "listicle":
        _listicle(doc, h, r, g, loc, others, crawl)
    elif kind == "mail":
        _mail(doc, h, r, g, loc, others, crawl, key)
    elif kind == "docexport":
        _docexport(doc, h, r, g, loc, others, crawl, key)
    elif kind == "gallery":
        _gallery(doc, h, r, g, loc, others, crawl, key)
    else:
        _proxy(doc, h, r, g, loc, others, crawl, url)
    return doc


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc:
    """A page that is no article: a listing (a category, an inbox, a gallery archive), a «not found» page in the
    chrome, an empty app shell."""
    kind = h.s["kind"]
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="__next"></div><noscript>برای مشاهده این صفحه جاوااسکریپت را فعال کنید.</noscript>\n',
                   "برای مشاهده این صفحه جاوااسکریپت را فعال کنید.")
        return doc
    now = crawl.astimezone(TEHRAN)
    if kind == "proxy":
        _proxy_bar(doc, h, url)
    _head(doc, h.name, h.tagline)
    if neg == "listing":
        label = {"mail": "صندوق ورودی", "gallery": "آرشیو گزارش‌های تصویری", "docexport": "فهرست بخشنامه‌ها"}.get(
            kind, pick(r, h.sections))
        _line(doc, label, "list-title", "h1")
        _items(doc, label + " — مطالب", others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = {"mail": "این پیام حذف شده یا به پوشه دیگری منتقل شده است.",
               "proxy": "Error: the page could not be loaded (HTTP 404).",
               "spa": "صفحه‌ای که دنبالش بودید پیدا نشد."}.get(kind, "خطای ۴۰۴: صفحه مورد نظر یافت نشد.")
        doc.chrome(f'<div class="err"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    doc.chrome(f"<footer><p>© {e(h.name)}</p></footer>\n", f"© {h.name}")
    return doc


_DOC_STYLE = {
    "libre": ('<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)">',
              '<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: '
              '0.25cm; direction: rtl; background: transparent } p.western { font-family: "Vazirmatn", serif; '
              'font-size: 12pt; so-language: fa-IR } h1.western { font-family: "Vazirmatn", serif; font-size: 18pt } '
              'a.sdfootnotesym { font-size: 57% }</style>'),
    "gdocs": ('<meta content="text/html; charset=UTF-8" http-equiv="content-type">',
              '<style type="text/css">ol{margin:0;padding:0}table td,table th{padding:0}.c1{color:#000000;'
              'font-weight:400;font-size:12pt;font-family:"Vazirmatn"}.c3{direction:rtl;padding-top:0pt;'
              'line-height:1.15;text-align:right}.c4{font-size:10pt;color:#666666}.c5{height:12pt}.c6{font-size:9pt}'
              '.c7{font-style:italic}.c9{text-align:left}.c10{border:0}.doc-content{background-color:#ffffff;'
              'max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.title{padding-top:0pt;font-size:26pt}</style>'),
    "word": ('<meta name=Generator content="Microsoft Word 12 (filtered)">',
             "<style>@font-face {font-family:\"B Nazanin\";} p.MsoNormal, li.MsoNormal {margin:0cm;margin-bottom:"
             ".0001pt;text-align:right;direction:rtl;unicode-bidi:embed;font-size:12.0pt;font-family:\"Times New "
             "Roman\",\"serif\";} p.MsoHeader {margin:0cm;text-align:center} p.MsoFooter {margin:0cm} "
             "@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;} "
             "div.WordSection1 {page:WordSection1;}</style>"),
}


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    art = g.get("kind") == "article"
    name = h.s["origin"][0] if kind == "proxy" else h.name
    if not art:
        tab = name
    elif kind == "mail":
        tab = g["_subject"] if v != "roundcube" else f"Roundcube Webmail :: {g['_subject']}"
    elif kind == "interview":
        tab = f"گفت‌وگو با {g['_who']}: {g['title']} | {name}" if v != "bold" else _tab(g, r, name)
    elif kind == "docexport":
        tab = " ".join(g["title"].split()[:5]) if v != "gdocs" else g["title"]
    else:
        tab = _tab(g, r, name)
    if kind == "docexport":
        gen, style = _DOC_STYLE[v]
        body_attr = ' class="c12 doc-content"' if v == "gdocs" else " lang=EN-US dir=RTL" if v == "word" else \
            ' lang="fa-IR" dir="rtl"'
        return (f'<html>\n<head>\n<meta http-equiv="content-type" content="text/html; charset=utf-8">\n{gen}\n'
                f"<title>{e(tab)}</title>\n{style}\n</head>\n<body{body_attr}>\n{doc.html()}</body>\n</html>\n")
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if kind == "proxy" and v != "proxy":
        metas.insert(0, f'<base href="https://{stable(name) % 999}-weekly.com/">')
    if art and kind not in ("mail",):
        metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if kind == "spa":
        metas.append('<meta name="next-head-count" content="5">' if v == "next" else
                     '<link rel="preload" href="/_nuxt/app.js" as="script">')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(30 + stable(h.domain) % 60))
    metas.append(f"<style>{rules}</style>")
    head = "\n".join(metas) + "\n"
    lang = "en" if kind == "proxy" and v == "proxy" else "fa"
    return (f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n'
            "</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind = h.s["kind"]
    slug = f"{stable(key, title) % 16**10:x}"
    if kind == "mail":
        return f"https://{h.domain}/mail/print/{slug}"
    if kind == "docexport":
        return f"https://{h.domain}/files/{crawl.year}/{slug}.html"
    if kind == "proxy":
        origin = f"https://{stable(h.s['origin'][0]) % 999}-weekly.com/news/{key}"
        if h.s["variant"] == "proxy":
            return f"https://{h.domain}/browse.php?u={quote(origin, safe='')}&b=4"
        if h.s["variant"] == "yandex":
            return f"https://{h.domain}/translate?url={quote(origin, safe='')}&lang=fa-en"
        return f"https://{h.domain}/bv.aspx?from=fa&to=en&a={quote(origin, safe='')}"
    return f"https://{h.domain}/news/{key}/{slug}"


def build(out_dir, n: int = 400, seed: int = 383, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="as", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, prepare=_prepare,
                     sectioned=lambda h: h.s["variant"] not in UNSECTIONED)
