"""A page that is a JSON document: an API's response crawled as text, read by its structure.

A crawler that follows an app's or a CMS's links saves what its API answers: a WordPress REST post
(one line, the Persian ``\\u``-escaped, ``{"title": {"rendered": …}, "content": {"rendered": "<p>…"}}``),
a news app's ``{"data": {"news": {"title": …, "body": [{"type": "text", "value": …}, …]}}}``, a
Next.js page's data (``{"pageProps": {"article": {…, "content": "<p>…"}, "latestNews": […]}}``). Read
as lines it is one long line of keys and escapes; read as JSON its record of the story names every
field. The story's record is the one whose body is the longest of all the records that have a
headline beside a body (the related items, the menu, the latest news are records too, with titles and
no story); its fields are read from it:

- the headline, the body (HTML, plain text or a list of blocks, :mod:`.statebody`), the lead (a
  summary, a standfirst, an excerpt) unless it is the body's opening words cut short (an auto
  excerpt, «… [&hellip;]», is no lead), the URL;
- the publication time (:data:`.statebody._PUBLISHED_KEYS`, or any key that names publishing: never
  a modification's), a UTC instant in Tehran's time (:func:`.dates.parse_iso`);
- the section (a category, a service) and the source the record credits; where the record names
  them by id only, another record of the same headline may (an SEO block's ``articleSection``).

A value that wraps one text beside flags, ``{"rendered": "…", "protected": false}``, is that text.

>>> item = api_record('{"status": "ok", "post": {"title": {"rendered": "\\\\u0628\\\\u0627\\\\u0631\\\\u0634"}, '
...     '"date": "2023-07-10T13:31:00", "modified": "2023-07-15T03:30:00", "category": {"name": "جامعه"}, '
...     '"excerpt": {"rendered": "<p>بند یک [&hellip;]</p>", "protected": false}, '
...     '"content": {"rendered": "<p>بند یک است.<\\\\/p><p>بند دو.</p>", "protected": false}}, '
...     '"related": [{"title": "خبر دیگر", "date": "2023-07-09T10:00:00"}]}')
>>> item.title, item.date, item.category, item.description, item.content
('بارش', '2023-07-10T13:31:00', 'جامعه', None, 'بند یک است.\\n\\nبند دو.')
"""
from __future__ import annotations

import csv
import html
import io
import json
import re

from ..textkeys import line_key
from .appstate import _HEADLINE_KEYS, _MAX_CHARS, _SECTION_KEYS, _name, _records
from .feeditem import FeedItem
from .statebody import _BODY_KEYS, _PUBLISHED_KEYS, _body_paragraphs

#: the keys of a record's lead, most specific first (never a title's or a body's)
_LEAD_KEYS = ("lead", "standfirst", "summary", "subtitle", "teaser", "intro", "abstract", "excerpt", "description")
#: the keys of a record's credited source
_SOURCE_KEYS = ("source", "sourceName", "source_name", "agency")
#: the keys of a record's own address
_URL_KEYS = ("link", "url", "canonical", "permalink")
#: words of a key that name another time than the publication's
_OTHER_TIME = re.compile(r"modif|updat|edit|expir|creat|crawl|fetch", re.I)
#: words of a key that name the publication's time, or a section's
_PUBLISH_KEY = re.compile(r"publish|pubdate|issued", re.I)
_SECTION_KEY = re.compile(r"section|categor|service|rubric|department", re.I)
#: a key's words, as snake_case, camelCase or kebab-case spell them: «content_html» → content, html
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: the words of a key that holds the story, as a body key's name spells it (:data:`.statebody._BODY_KEYS`)
_BODY_WORDS = frozenset(("article", "body", "content", "text", "html"))
#: the word a CMS's table abbreviates «category» to (``cat_title``, ``catName``)
_SECTION_WORDS = frozenset(("cat",))
#: words of a key that name a record's creation: its publication, in a record that names none and is
#: no copy of another page (:func:`_copied`)
_CREATE_KEY = re.compile(r"creat", re.I)
#: a headline is one line of at most this many words
MAX_HEADLINE_WORDS = 40
#: an auto excerpt's cut: the ellipsis (or «[…]», «[&hellip;]») it ends with
_CUT = re.compile(r"\s*\[?\s*(?:…|\.\.\.|&hellip;)\s*\]?\s*$")
_TAG = re.compile(r"<[^>]+>")
#: a table dump's column name
_COLUMN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _plain(value) -> str | None:
    """A value as one line of text (markup and entities gone), or None for no text."""
    if not isinstance(value, str):
        return None
    t = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return t or None


def _unwrapped(value):
    """``value`` with every record that wraps one text beside flags (``{"rendered": "…", "protected":
    false}``) replaced by that text."""
    if isinstance(value, list):
        return [_unwrapped(v) for v in value]
    if not isinstance(value, dict):
        return value
    texts = [v for v in value.values() if isinstance(v, str)]
    if len(texts) == 1 and all(isinstance(v, (str, bool)) or v is None for v in value.values()) and len(value) <= 3:
        return texts[0]
    return {k: _unwrapped(v) for k, v in value.items()}


def _headline(rec: dict) -> str | None:
    t = next((_plain(rec[k]) for k in _HEADLINE_KEYS if isinstance(rec.get(k), str)), None)
    if t is None or len(t.split()) > MAX_HEADLINE_WORDS:
        return None
    return t


def _key_words(key: str) -> set[str]:
    """The words of a key, lower-cased.

    >>> sorted(_key_words("content_html")), sorted(_key_words("datePublished")), sorted(_key_words("cat-title"))
    (['content', 'html'], ['date', 'published'], ['cat', 'title'])
    """
    return {w.lower() for w in _KEY_WORD.findall(key)}


def _body(rec: dict) -> list[str]:
    """The record's story: its body key's paragraphs, or else those of the longest value of a key whose
    words name a body («content_html», «body_text»: a feed's, a CMS table's column)."""
    for k in _BODY_KEYS:
        got = [html.unescape(p) for p in _body_paragraphs(rec.get(k))]
        if got:
            return got
    best: list[str] = []
    for k, v in rec.items():
        if isinstance(k, str) and _key_words(k) & _BODY_WORDS:
            got = [html.unescape(p) for p in _body_paragraphs(v)]
            if sum(map(len, got)) > sum(map(len, best)):
                best = got
    return best


#: the words of a key that names a record's kind (``post_type``, ``type``, ``kind``) ...
_KIND_WORDS = frozenset(("type", "kind"))
#: ... unless it names a file's or a field's (``mime_type``, ``content_type``)
_NOT_KIND_WORDS = frozenset(("mime", "content", "media", "file"))
#: the words of a kind that is a story's (a post, an article, a news item: not a page, an
#: attachment, a comment, a revision, a menu item)
STORY_KINDS = frozenset(("post", "article", "news", "story"))


def kind_names_story(pairs) -> bool | None:
    """Whether the (key, value) ``pairs`` of a record name its kind a story's: True when a kind key's
    value does, False when kind keys name only other kinds, None when none names a kind.

    >>> kind_names_story([("post_type", "post")]), kind_names_story([("wp:post_type", "attachment")])
    (True, False)
    >>> kind_names_story([("@type", "NewsArticle")]), kind_names_story([("mime_type", "image/png")])
    (True, None)
    """
    named = None
    for k, v in pairs:
        if not isinstance(k, str) or not isinstance(v, str) or not v.strip():
            continue
        words = _key_words(k.rsplit(":", 1)[-1])
        if words & _KIND_WORDS and not words & _NOT_KIND_WORDS:
            if _key_words(v) & STORY_KINDS:
                return True
            named = False
    return named


def same_address(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` are one page's address (scheme, «www.», a closing «/» aside).

    >>> same_address("https://www.a.ir/news/12/", "http://a.ir/news/12"), same_address("https://a.ir/1", "https://a.ir/2")
    (True, False)
    """
    def key(u: str) -> str:
        host, _, path = re.sub(r"^[a-z]+://(?:www\.)?", "", u.strip(), flags=re.I).partition("/")
        return host.lower() + "/" + path.rstrip("/")

    return bool(a and b) and key(a or "") == key(b or "")


def _copied(rec: dict) -> bool:
    """Whether the record names the address it was copied from (a clip's ``source_url``, in its
    fields or an object of them): its own times are the copy's."""
    return any(isinstance(k, str) and {"source", "url"} <= _key_words(k)
               for r in (rec, *(v for v in rec.values() if isinstance(v, dict))) for k in r)


def _date(rec: dict) -> str | None:
    """The record's publication time as its value gives it (a Unix time as a number's digits); in a
    record that names none, its creation's (a CMS table's row, ``created_at`` beside ``updated_at``),
    unless the record is a copy of another page (:func:`_copied`)."""
    keys = [k for k in _PUBLISHED_KEYS if k in rec]
    keys += [k for k in rec if _PUBLISH_KEY.search(k) and k not in keys]
    keys = [k for k in keys if not _OTHER_TIME.search(k)]
    if not any(isinstance(rec[k], (str, int, float)) and str(rec[k]).strip() for k in keys) and not _copied(rec):
        keys += [k for k in rec if isinstance(k, str) and _CREATE_KEY.search(k)]
    for k in keys:
        v = rec[k]
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = str(int(v))
        if isinstance(v, str) and v.strip():
            from .dates import parse_iso

            if parse_iso(v.strip()):
                return v.strip()
    return None


def _section(rec: dict) -> str | None:
    """The record's section: a section key's value, or one in an object of the record's own fields
    (an extension object, ``"_cms": {"category": …}``)."""
    for r in (rec, *(v for v in rec.values() if isinstance(v, dict) and _headline(v) is None)):
        keys = [k for k in _SECTION_KEYS if k in r]
        keys += [k for k in r if isinstance(k, str) and (_SECTION_KEY.search(k) or _key_words(k) & _SECTION_WORDS)
                 and k not in keys]
        for k in keys:
            got = _name(r[k])
            if got:
                return _plain(got[0])
    return None


def _source(rec: dict) -> str | None:
    """The source the record credits, or a group of its fields does (a custom fields' box, ``"acf":
    {"source": …}``)."""
    for r in (rec, *(v for v in rec.values() if isinstance(v, dict))):
        for k in _SOURCE_KEYS:
            got = _name(r.get(k))
            if got:
                return _plain(got[0])
    return None


def auto_excerpt(lead: str, body: list[str]) -> bool:
    """Whether ``lead`` is the body's opening words, cut (a CMS's automatic excerpt), not a lead.

    >>> auto_excerpt("بند یک است و [&hellip;]", ["بند یک است و دو.", "بند سه."])
    True
    >>> auto_excerpt("خلاصه‌ای جدا از متن.", ["بند یک است و دو."])
    False
    """
    words = [line_key(w) for w in _CUT.sub("", lead).split()]
    words = [w for w in words if w]
    opening = [line_key(w) for p in body for w in p.split()]
    opening = [w for w in opening if w][:len(words)]
    return bool(words) and words == opening


def api_record(raw: str) -> FeedItem | None:
    """The fields of the story a page that is a JSON document holds (an API's response), as a
    :class:`~.feeditem.FeedItem`, or None for a page that is no JSON document or holds no record
    with a headline and a body."""
    text = raw.lstrip("\ufeff \t\r\n")
    if not text.startswith(("{", "[")) or len(text) > _MAX_CHARS:
        return None
    try:
        data = _unwrapped(json.loads(text))
    except (ValueError, TypeError, RecursionError):
        return None
    return _story_item(data)


def table_record(raw: str) -> FeedItem | None:
    """The fields of the story a page that is a table dump holds (a CMS's table exported as CSV: a header
    row of column names, then a row a record, a cell of HTML broken over lines), as
    :func:`api_record` reads a JSON document's records, or None for a page that is no such table.

    >>> item = table_record('"id","title","body","cat_title","created_at","updated_at"\\n'
    ...     '"12","بارش در تهران","<p>بند ""یک"" است.</p>\\n<p>بند دو.</p>","جامعه","2023-07-10 13:31:00",'
    ...     '"2023-07-12 08:00:00"')
    >>> item.title, item.content, item.category, item.date
    ('بارش در تهران', 'بند "یک" است.\\n\\nبند دو.', 'جامعه', '2023-07-10 13:31:00')
    """
    text = raw.lstrip("\ufeff \t\r\n")
    first = text.split("\n", 1)[0]
    if len(text) > _MAX_CHARS or first.count(",") < 2:
        return None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        return None
    head, rows = rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]
    # (column names are identifiers; every record row has a cell a column)
    if not rows or not all(_COLUMN.fullmatch(c.strip()) for c in head) or any(len(r) != len(head) for r in rows):
        return None
    return _story_item([dict(zip((c.strip() for c in head), r)) for r in rows])


def _xml_value(el):
    """An XML element as a JSON value: its text when it holds no element (a CDATA section's markup as
    text), else a record of its attributes and its children by tag (a tag that repeats: a list)."""
    kids = list(el)
    if not kids:
        return (el.text or "").strip()
    rec: dict = {_local(k): v for k, v in el.attrib.items()}
    for kid in kids:
        k, v = _local(kid.tag), _xml_value(kid)
        if k in rec:
            rec[k] = (rec[k] if isinstance(rec[k], list) else [rec[k]]) + [v]
        else:
            rec[k] = v
    return rec


def _local(tag) -> str:
    """A tag or attribute name without its namespace («{http://…}encoded» → «encoded»)."""
    return str(tag).rsplit("}", 1)[-1]


def xml_record(raw: str, url: str | None = None, *, min_share: float | None = None) -> FeedItem | None:
    """The fields of the story a page that is an XML document holds (a notes app's export, a CMS's
    export: a record element of field elements, the story's markup in a CDATA section), as
    :func:`api_record` reads a JSON document's records, or None for a page that is no XML document.

    >>> item = xml_record('<?xml version="1.0"?><export date="20221122T054000Z"><note><title>بارش</title>'
    ...     '<created>20221101T101010Z</created><content><![CDATA[<div>بند یک است.</div><div>بند دو.</div>]]>'
    ...     '</content><attributes><source-url>https://a.ir/1</source-url></attributes></note></export>')
    >>> item.title, item.content, item.date
    ('بارش', 'بند یک است.\\n\\nبند دو.', None)
    """
    text = raw.lstrip("\ufeff \t\r\n")
    if not text.startswith("<?xml") or len(text) > _MAX_CHARS:
        return None
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except (ElementTree.ParseError, ValueError):
        return None
    data = _xml_value(root)
    item = _story_item(data, url) if isinstance(data, dict) else None
    # (the story's record holds most of the document's words: a summary beside a story in markup
    # this reader does not read as text, an XHTML body, is no story; the words of records whose
    # kind is no story's, where one's is, are the export's others: its pages, attachments, comments)
    words = _words(data, any(kind_names_story(r.items()) for r in _records(data))) if item is not None else 0
    share = MIN_STORY_SHARE if min_share is None else min_share
    if item is not None and not same_address(item.link, url) and len((item.content or "").split()) < share * words:
        return None
    if item is not None:
        item.clipped = any(_copied(r) for r in _records(data))
        if item.clipped and item.description is None:
            rec: dict = next((r for r in _records(data) if _headline(r) == item.title and _body(r)), {})
            item.description = next(filter(None, (_bold_lead(v) for v in rec.values() if isinstance(v, str))), None)
    return item


def _words(value, kinds: bool) -> int:
    """The words of an XML document's value; with ``kinds``, none of a record whose kind names no story."""
    if isinstance(value, str):
        return len((_plain(value) or "").split())
    if isinstance(value, list):
        return sum(_words(v, kinds) for v in value)
    if isinstance(value, dict):
        if kinds and kind_names_story(value.items()) is False:
            return 0
        return sum(_words(v, kinds) for v in value.values())
    return 0


def xml_story_record(raw: str, url: str | None = None) -> FeedItem | None:
    """The story's record of an XML document that :func:`xml_record` does not read whole (its body holds
    under :data:`MIN_STORY_SHARE` of the document's words: the rest is in parts or markup that reader
    does not read as text), or None: its headline names the story all the same, and its publication
    time dates it, while the document's text is read as a page's.

    >>> doc = ('<?xml version="1.0"?><doc><story><title>بارش برف در تهران</title><text>بند یک است.</text>'
    ...        '</story><part><p>بند دو از متن خبر است که جدا آمده و بلندتر است.</p></part></doc>')
    >>> xml_record(doc) is None, xml_story_record(doc).title
    (True, 'بارش برف در تهران')
    """
    if xml_record(raw, url) is not None:
        return None
    return xml_record(raw, url, min_share=0.0)


#: the share of an XML document's words its story's record must hold
MIN_STORY_SHARE = 0.5
#: a story's first paragraph in this many words or more: the lead, if any, stands before it
MIN_STORY_WORDS = 12
#: a lead is at least this many words (a bold label or name is none)
MIN_LEAD_WORDS = 5


def _bold_lead(markup: str) -> str | None:
    """The lead a clipped page's markup sets in bold: its first block bold whole, before the story's
    first plain paragraph (a note's copy of a page whose standfirst was bold), or None.

    >>> _bold_lead("<div><h1>بارش</h1></div><div><b>بارش برف در تهران از صبح امروز آغاز شد.</b></div>"
    ...            "<div>به گزارش خبرنگار ما، بارش برف در بیشتر مناطق تهران و کرج از صبح امروز آغاز شد.</div>")
    'بارش برف در تهران از صبح امروز آغاز شد.'

    A byline above it, a date line however many words («کاوه رستمی | جمعه ۲۳ اسفند ۱۳۹۸ - ۰۶:۵۳ | ۵ نظر»), is
    no story paragraph:

    >>> _bold_lead("<div>کاوه رستمی | جمعه ۲۳ اسفند ۱۳۹۸ - ۰۶:۵۳ | ۵ نظر</div>"
    ...            "<div><b>بارش برف در تهران از صبح امروز آغاز شد.</b></div>")
    'بارش برف در تهران از صبح امروز آغاز شد.'
    """
    if "<b" not in markup and "<strong" not in markup:
        return None
    import lxml.html

    from .dates import date_line

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # (markup the parser refuses: no lead read)
        return None
    for el in root.iter("div", "p"):
        if el is root or next(el.iterdescendants("div", "p"), None) is not None:
            continue
        text = " ".join(el.text_content().split())
        kids = list(el)
        bold = (len(kids) == 1 and kids[0].tag in ("b", "strong") and not (el.text or "").strip()
                and " ".join(kids[0].text_content().split()) == text)
        if bold and len(text.split()) >= MIN_LEAD_WORDS:
            return text
        if len(text.split()) >= MIN_STORY_WORDS and date_line(text) is None:
            return None
    return None


def _link(rec: dict) -> str | None:
    return next((v for k in _URL_KEYS if isinstance(v := rec.get(k), str) and v.startswith(("http://", "https://"))),
                None)


def _story_item(data, url: str | None = None) -> FeedItem | None:
    """The :class:`~.feeditem.FeedItem` of the story among the records of ``data`` (its longest body
    beside a headline), or None when no record has a headline and a body. A record at the page's
    address ``url`` is the story's; else, when some record's kind names a story (a post, an
    article), records of other kinds (pages, attachments, comments) are none."""
    found: list[tuple[int, dict, str, list[str]]] = []
    titled: list[tuple[str, dict]] = []
    for rec in _records(data):
        head = _headline(rec)
        if head is None:
            continue
        titled.append((head, rec))
        body = _body(rec)
        if body:
            found.append((sum(map(len, body)), rec, head, body))
    if not found:
        return None
    at = [f for f in found if same_address(_link(f[1]), url)]
    kinds = [kind_names_story(f[1].items()) for f in found]
    if at:
        found = at
    elif any(kinds):
        found = [f for f, k in zip(found, kinds) if k is not False]
    _, rec, title, body = max(found, key=lambda f: f[0])
    # (the story's other records: those with its headline, an SEO block's, a schema's)
    same = [r for h, r in titled if r is not rec and line_key(h) == line_key(title)]
    lead = next((t for k in _LEAD_KEYS if (t := _plain(rec.get(k)))), None)
    if lead is not None and (auto_excerpt(lead, body) or line_key(lead) == line_key(title)):
        lead = None
    date = _date(rec) or next(filter(None, map(_date, same)), None)
    section = _section(rec) or next(filter(None, map(_section, same)), None)
    link = _link(rec)
    return FeedItem(title=title, link=link, date=date, category=section, description=lead,
                    content="\n\n".join(body), source=_source(rec))
