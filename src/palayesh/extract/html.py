"""Structure of an HTML page: metadata from ``<meta>``/JSON-LD/the DOM, body from trafilatura.

Title, section, lead and date come from what CMSs publish for machines (``og:title``,
``article:section``, ``article:published_time``, JSON-LD ``NewsArticle``) and from generic DOM
roles (``<h1>``, breadcrumbs, ``<time datetime>``, elements whose class says lead/summary/section).
The main content is selected by trafilatura (resiliparse as an option, see
``bench/bench_extract.py``); its lines are then taken in the page's own characters
(:mod:`.pagetext`: extractors drop ZWNJ) and trimmed of chrome by the flat-text line kinds
without ever losing the story (:mod:`.htmlbody`). Parsing runs under a per-page time limit.

>>> a = extract_html('<html><head><meta property="og:title" content="عنوان خبر آزمایشی"></head><body>'
...                  '<h1>عنوان خبر آزمایشی</h1><article><p>به گزارش ایسنا، این یک متن آزمایشی است که '
...                  'برای نشان دادن کار استخراج متن نوشته شده است و چند کلمه دارد.</p>'
...                  '<p>منبع: ایسنا</p></article></body></html>')
>>> a.title, a.agency, len(a.paragraphs)
('عنوان خبر آزمایشی', 'ایسنا', 1)
"""
from __future__ import annotations

import contextlib
import html as htmllib
import json
import logging
import re
import signal
import threading

from ..textkeys import line_key
from . import Article
from .agency import agency_from_credit, agency_from_dateline, agency_mentioned, has_dateline
from .dates import date_line_score, fold, parse_iso
from .options import ExtractOptions
from .htmlbody import select_body
from .pagetext import PageText
from .text import _SECTION_LABEL

log = logging.getLogger(__name__)

_WS = re.compile(r"\s+")
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:lead|summary|subtitle|sub-title|abstract|intro|teaser|excerpt|description)(?:$|[\s_-])", re.I)
_SECTION_CLASS = re.compile(r"(?:^|[\s_-])(?:service|section|category|cat|kicker-section|news-cat)(?:$|[\s_-])", re.I)
_SURTITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:rutitr|rootitr|surtitle|uptitle|pretitle|overtitle|kicker|supertitle|upper-title)(?:$|[\s_-])", re.I)
_TITLE_SUFFIX = re.compile(r"\s*[|\-–—»:]\s*[^|\-–—»:]{1,40}$")


class PageTimeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`PageTimeout` after ``seconds`` (SIGALRM; only in the main thread, on Unix)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def _alarm(signum, frame):
        raise PageTimeout(f"HTML parsing took more than {seconds}s")

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = _WS.sub(" ", htmllib.unescape(s)).strip()
    return s or None


def _text(el) -> str | None:
    return _clean(el.text_content()) if el is not None else None


def _classes(el) -> str:
    return (el.get("class") or "") + " " + (el.get("id") or "")


def _jsonld(tree) -> dict:
    out: dict = {}
    for s in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(s.text_content())
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for it in items:
            if isinstance(it, dict) and any(k in it for k in ("headline", "datePublished", "articleSection")):
                for k in ("headline", "datePublished", "articleSection", "description"):
                    v = it.get(k)
                    if isinstance(v, list):
                        v = v[0] if v else None
                    if isinstance(v, str) and k not in out:
                        out[k] = v
    return out


def _meta(tree) -> dict:
    out = {}
    for m in tree.xpath("//meta[@content]"):
        k = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if k and k not in out:
            out[k] = m.get("content")
    return out


#: a main text shorter than this from trafilatura's fast path is extracted again with its fallbacks
FAST_MIN_CHARS = 500


def _main_text(raw: str, engine: str) -> str:
    if engine == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        return extract_plain_text(HTMLTree.parse(raw), main_content=True, alt_texts=False, links=False,
                                  list_bullets=False, preserve_formatting=True)
    import trafilatura

    def run(fast: bool) -> str:
        return trafilatura.extract(raw, include_comments=False, include_tables=True, include_images=False,
                                   include_links=False, deduplicate=False, favor_precision=True, fast=fast) or ""

    # trafilatura's own extraction first; its fallbacks (readability, jusText) cost as much again and
    # matter only when that comes out short, so they run only then (dev HTML: same F1, 2x faster)
    text = run(fast=True)
    return text if len(text) >= FAST_MIN_CHARS else run(fast=False)


def extract_html(raw: str, *, url: str | None = None, options: ExtractOptions | None = None,
                 template=None) -> Article:
    """Structure of an HTML page (see the module docstring); ``template`` as in
    :func:`~palayesh.extract.text.extract_text`."""
    options = options or ExtractOptions()
    raw = raw[: options.max_html_chars]
    art = Article(format="html", url=url)
    try:
        with time_limit(options.html_timeout):
            _fill(raw, art, options, template)
    except PageTimeout as e:
        log.warning("extract: %s (%s)", e, url or "")
        art.error = "html_timeout"
    return art


def _fill(raw: str, art: Article, options: ExtractOptions, template=None) -> None:
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(raw)
    except Exception:  # empty or unparseable markup: no structure to read
        art.error = "html_unparseable"
        return
    meta, ld = _meta(tree), _jsonld(tree)
    if not art.url:
        canon = tree.xpath('//link[@rel="canonical"]/@href')
        art.url = meta.get("og:url") or (canon[0] if canon else None)
    # title: <h1> of the article, og:title, JSON-LD headline, <title> without the site suffix
    h1 = tree.xpath("//article//h1") or tree.xpath("//main//h1") or tree.xpath("//h1")
    title = _text(h1[0]) if h1 else None
    title = title or _clean(meta.get("og:title")) or _clean(ld.get("headline"))
    if not title:
        t = tree.xpath("//title")
        title = _text(t[0]) if t else None
        if title and meta.get("og:site_name") and meta["og:site_name"] in title:
            title = _TITLE_SUFFIX.sub("", title) or title
    art.title = title
    root = (tree.xpath("//article") or tree.xpath("//main") or [tree.body if tree.body is not None else tree])[0]
    # section: article:section / JSON-LD, else a section/service element or a breadcrumb inside the article
    section = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("h1", "p") or el is root:
            continue
        c = _classes(el)
        crumb = "breadcrumb" in c.lower() or (el.tag in ("ul", "ol", "nav", "div") and _CRUMB_CLASS.search(c))
        if not crumb and el.tag in ("ul", "ol") and 2 <= len(el) <= 3:
            # a short list that starts at the home page: a breadcrumb whatever its class
            first = _text(el[0])
            crumb = bool(first) and line_key(first) in _HOME_KEYS
        if crumb:
            items = [x for x in (_text(li) for li in el.xpath(".//li|.//a")) if x]
            items = [x for x in items if line_key(x) not in _HOME_KEYS]
            if items and len(items[-1].split()) <= 5:
                section = items[-1]
                break
        if _SECTION_CLASS.search(c):
            section = _text(el)
            if section and len(section.split()) <= 6:
                break
            section = None
    art.section = section or _clean(meta.get("article:section")) or _clean(ld.get("articleSection"))
    # «سرویس: ورزشی» / «تاریخ انتشار: …» / «منبع: …» written as text in small elements
    labels = _label_elements(root, h1[0] if h1 else None)
    if art.section is None:
        art.section = labels[0]
    # surtitle and lead: elements whose class names the role, outside the article body
    for el in root.iter():
        if not isinstance(el.tag, str) or el is root:
            continue
        c = _classes(el)
        if art.surtitle is None and _SURTITLE_CLASS.search(c) and el.tag not in ("h1",):
            art.surtitle = _text(el)
        if art.lead is None and el.tag in ("p", "div", "h2", "h3", "span") and _LEAD_CLASS.search(c):
            t = _text(el)
            if t and len(t.split()) >= 4 and "itemprop" not in (el.get("itemprop") or ""):
                art.lead = t
    if art.lead is None and h1:
        # a subheading right after the headline is the lead when it reads as a summary sentence
        nxt = h1[0].getnext()
        if nxt is not None and nxt.tag in ("h2", "h3", "h4"):
            t = _text(nxt)
            if t and len(t.split()) >= 8 and not has_dateline(t):
                art.lead = t
    # published: meta / JSON-LD / <time datetime> in the article; a date outside it may be "today"
    for v in (meta.get(k) or ld.get(k) for k in _META_DATES):
        got = parse_iso(v) if v else None
        if got:
            art.published, art.published_jalali = got
            break
    if art.published is None:
        for el in root.xpath(".//time"):
            got = parse_iso(el.get("datetime") or "") or date_line_score(_text(el) or "")
            if got:
                got = got[0] if isinstance(got[1], bool) else got
                art.published, art.published_jalali = got
                break
    if art.published is None and labels[1]:
        art.published, art.published_jalali = labels[1]
    # body: the main-content extractor selects the lines, the page gives their characters (the
    # extractor drops ZWNJ), then the chrome is trimmed without losing the story
    text = _main_text(raw, options.html_engine)
    page = PageText.from_html(tree)
    lines = [x for ln in (y.strip() for y in text.split("\n")) if ln for x in page.project(ln)]
    roles = template.roles(lines) if template is not None else None
    body = select_body(lines, line_key(art.title or ""), line_key(art.lead or ""), roles)
    art.paragraphs = paras = body.paragraphs
    art.lines_total, art.chrome_lines = body.lines_total, body.chrome_lines
    if body.restored:
        log.debug("extract: trimming cut the story; the extractor's prose kept (%s)", art.url or "")
    credits = body.credits
    for ln in credits:
        a = agency_from_credit(ln)
        if a:
            art.agency = a
            break
    if art.agency is None:  # a credit the main-text extractor left out with the tail
        art.agency = labels[2]
    if art.agency is None:
        for t in ([art.lead] if art.lead else []) + paras[:2]:
            a = agency_from_dateline(t)
            if a:
                art.agency = a
                break
    if art.agency is None and paras:
        art.agency = agency_mentioned(paras[0])


_META_DATES = ("article:published_time", "datePublished", "datepublished", "og:published_time", "date")
_DATE_CLASS = re.compile(r"date|time|publish|(?:^|[\s_-])dt(?:$|[\s_-])", re.I)
_CRUMB_CLASS = re.compile(r"crumb|(?:^|[\s_-])(?:path|trail)(?:$|[\s_-])", re.I)
_DATE_LABEL = re.compile(r"^\s*(?:تاریخ|زمان|انتشار|منتشر)")


def _label_elements(root, h1=None) -> tuple:
    """(section, (published, jalali), agency) from small elements that say so in words:
    «سرویس: ورزشی», «تاریخ انتشار: سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۱۴:۳۰» (or a date-classed element),
    «منبع: ایسنا»; the first of each."""
    section = published = credit = None
    bare = []  # dates without a label or a telling class: (element, date) with a clock time
    for t in root.xpath(".//text()[string-length(.) < 120][contains(., ':') or contains(., '：')"
                        " or translate(., '0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩', '') != .]"):
        el = t.getparent()
        if el is None or not t.is_text or el.tag in ("script", "style", "p", "h1"):
            continue
        t = t.strip()
        if not t or len(t) > 90:
            continue
        ft = fold(t)
        if section is None:
            m = _SECTION_LABEL.match(ft)
            if m and len(m.group("x").split()) <= 4:
                section = _clean(t[t.find(":") + 1:] if ":" in t else m.group("x"))
        if published is None and "امروز" not in ft:
            if _DATE_LABEL.match(ft) or _DATE_CLASS.search(_classes(el)):
                got = date_line_score(t)
                if got:
                    published = got[0]
            elif len(bare) < 8:
                got = date_line_score(t)
                if got and got[1]:
                    bare.append((el, got[0]))
        if credit is None and ":" in t and len(t) <= 60:
            credit = agency_from_credit(t)
    if published is None and bare:
        # the dated element nearest the headline: the last one above it, else one just below it
        # (a date further down belongs to a related-news list or a comment, not to the article)
        if h1 is not None:
            pos = {el: i for i, el in enumerate(root.iter())}
            at = pos.get(h1, 0)
            above = [d for el, d in bare if pos.get(el, 0) < at]
            below = [d for el, d in bare if at < pos.get(el, 0) <= at + 8]
            published = above[-1] if above else below[0] if below else None
        else:
            published = bare[0][1]
    return section, published, credit


_HOME_KEYS = frozenset(line_key(x) for x in ("خانه", "صفحه نخست", "صفحه اصلی", "home"))
