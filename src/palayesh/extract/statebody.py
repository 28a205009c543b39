"""The story's paragraphs as a script app's embedded state holds them, when the page shows only a skeleton.

A single-page app ships the article it draws as data in the page: Next.js in
``<script id="__NEXT_DATA__" type="application/json">`` (the record's ``content``, HTML), Nuxt in
``window.__NUXT__={…}`` (a ``body`` of blocks), a JSON-LD ``articleBody`` (text, paragraphs apart by
blank lines). A saved copy of such a page may show the first paragraph or none, then a loading
placeholder: the rest is only in the data. The record is the one whose headline is the page's own (a
state lists other stories too); its body key holds the story. The caller takes it only when the page
shows little of it (:func:`shown_share`): where the page shows the story, its own lines stand.

The strings come out of ``json.loads`` as the site wrote them: a ZWNJ (``\\u200c`` or the character)
stays in the word it joins, «می‌شود».

>>> import lxml.html
>>> t = lxml.html.fromstring('<html><body><h1>خبر</h1><script id="__NEXT_DATA__" type="application/json">'
...     '{"props": {"pageProps": {"post": {"title": "خبر", "content": "<p>بند یک می\\\\u200cشود.</p><p>بند دو.</p>"}}}}'
...     '</script></body></html>')
>>> state_paragraphs(t, "خبر")
['بند یک می\u200cشود.', 'بند دو.']
"""
from __future__ import annotations

import json
import re

from ..textkeys import line_key
from .appstate import _HEADLINE_KEYS, _MAX_CHARS, _records
from .dates import _unix_iso, parse_iso

#: the keys of a record's story, most specific first: JSON-LD's, then an app's
_BODY_KEYS = ("articleBody", "content", "body", "text", "html")
#: the keys of a block's text in a body given as a list of blocks (Nuxt, a headless CMS)
_BLOCK_KEYS = ("text", "content", "value", "html")
#: a script that assigns an app's state to a global, ``window.__NUXT__={…}``: the state is the
#: object literal after the «=» (a function-wrapped state is not JSON and is not read)
_GLOBAL_STATE = re.compile(r"^\s*(?:window\.|self\.)?__[A-Z][A-Z0-9_]*__\s*=\s*(?=[{\[])")
#: the elements of an HTML body that hold one paragraph each
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
#: words of a shingle when telling whether the page shows the state's story
SHINGLE_WORDS = 4


def _clean(text: str) -> str:
    return " ".join(text.split())  # (re.sub(r"\s+", " ", text).strip(): str.split splits on what \s matches)


def _html_paragraphs(raw: str) -> list[str]:
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(raw, create_parent="div")
    except Exception:  # (markup the parser refuses: its text as it stands)
        return []
    out = []
    for el in root.iter(*_BLOCKS):
        if any(x is not el and x.tag in _BLOCKS for x in el.iterdescendants()):
            continue  # (a list item holding paragraphs: its paragraphs)
        t = _clean(el.text_content())
        if t:
            out.append(t)
    if not out:  # (no paragraph elements: a note's markup sets a paragraph a ``<div>``, ENML's way)
        leaves = [el for el in root.iter("div")
                  if el is not root and next(el.iterdescendants("div", *_BLOCKS), None) is None]
        out = [t for t in (_clean(el.text_content()) for el in leaves) if t]
    if not out:
        t = _clean(root.text_content())
        out = [t] if t else []
    return out


def _text_paragraphs(text: str) -> list[str]:
    if "<" in text and re.search(r"</?[a-zA-Z][^<>]*>", text):
        return _html_paragraphs(text)
    parts = re.split(r"\n\s*\n", text) if "\n\n" in text.replace("\r", "") else text.split("\n")
    return [t for t in (_clean(p) for p in parts) if t]


def _body_paragraphs(value) -> list[str]:
    """The paragraphs a body value holds: a text (HTML or plain), a list of texts or of blocks."""
    if isinstance(value, str):
        return _text_paragraphs(value)
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, dict):
                item = next((item[k] for k in _BLOCK_KEYS if isinstance(item.get(k), str)), None)
            if isinstance(item, str):
                out.extend(_text_paragraphs(item))
        return out
    return []


def _states(tree):
    """The JSON values a page's scripts hold: JSON blocks, JSON-LD, a global assigned an object."""
    for s in tree.iter("script"):
        raw = s.text
        if not raw or len(raw) > _MAX_CHARS:
            continue
        kind = (s.get("type") or "").strip().lower()
        if kind in ("application/json", "application/ld+json"):
            try:
                yield json.loads(raw)
            except (ValueError, TypeError, RecursionError):
                continue
        elif kind in ("", "text/javascript", "application/javascript", "module"):
            m = _GLOBAL_STATE.match(raw)
            if m is None:
                continue
            try:
                yield json.JSONDecoder().raw_decode(raw, m.end())[0]
            except (ValueError, TypeError, RecursionError):
                continue


def state_paragraphs(tree, title: str | None) -> list[str] | None:
    """The paragraphs of the story whose headline is ``title`` as a script's state holds them (the
    longest record's body that has that headline), or None when no record has that headline and a body."""
    best: list[str] | None = None
    for rec in _titled_records(tree, title):
        for k in _BODY_KEYS:
            got = _body_paragraphs(rec.get(k))
            if got and (best is None or sum(map(len, got)) > sum(map(len, best))):
                best = got
            if got:
                break
    return best


def _titled_records(tree, title: str | None):
    """The records of the page's script states whose headline is ``title`` (by its line key), in
    the order the states hold them; none for a title with no key."""
    tkey = line_key(title or "")
    if not tkey:
        return
    for data in _states(tree):
        for rec in _records(data):
            head = next((rec[k] for k in _HEADLINE_KEYS if isinstance(rec.get(k), str)), None)
            if head is not None and line_key(head) == tkey:
                yield rec


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    n = SHINGLE_WORDS
    if not words:
        return set()
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def shown_share(paragraphs: list[str], page_lines: list[str]) -> float:
    """The share of the word shingles of ``paragraphs`` that the page's lines show (1.0 for none): a
    body the page shows as it renders it, however it splits it in paragraphs, is near 1; a skeleton
    over a story only its script holds is near 0."""
    want = _shingles([line_key(w) for p in paragraphs for w in p.split() if line_key(w)])
    if not want:
        return 1.0
    have = _shingles([line_key(w) for ln in page_lines for w in ln.split() if line_key(w)])
    return len(want & have) / len(want)


def shown_prefix(shown: list[str], told: list[str]) -> bool:
    """Whether the paragraphs the page shows, ``shown``, are the first of the ``told`` ones a script's
    state holds, paragraph by paragraph, and fewer: a skeleton that rendered the story's opening
    paragraphs and then its placeholder («در حال بارگذاری…»), the rest only in the state. Decided per
    paragraph, not by the share of the story shown (:func:`shown_share`): two long paragraphs of five
    are over half of it. A page that shows a paragraph of its own among them, or all of the story,
    keeps its lines.

    >>> shown_prefix(["بند یک می\u200cشود."], ["بند یک می\u200cشود.", "بند دو."])
    True
    >>> shown_prefix(["بند یک.", "بند دو."], ["بند یک.", "بند دو."])
    False
    >>> shown_prefix(["بند دیگر.", "بند دو."], ["بند یک.", "بند دو.", "بند سه."])
    False
    """
    if not shown or len(shown) >= len(told):
        return False
    return all(line_key(a) == line_key(b) for a, b in zip(shown, told))


#: the keys of a record's publication time, most specific first (schema.org's, then an app's; a
#: WordPress REST record's «date»); never a modification's or a creation's
_PUBLISHED_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date",
                   "publishedDate", "publicationDate", "pubDate", "date")
def state_date(tree, title: str | None) -> tuple[str, str] | None:
    """The publication time the record of the story whose headline is ``title`` holds in a script's
    state (a single-page app's «publishedAt», an ISO text or a Unix time), in Tehran's time when it is
    UTC (:func:`.dates.parse_iso`), or None: the page's date when no element shows one (a skeleton).

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<html><body><script id="__NEXT_DATA__" type="application/json">{"post": '
    ...     '{"title": "خبر", "publishedAt": 1722061200000}}</script></body></html>')
    >>> state_date(t, "خبر")
    ('2024-07-27T09:50:00+03:30', '1403/05/06')
    """
    for rec in _titled_records(tree, title):
        for k in _PUBLISHED_KEYS:
            v = rec.get(k)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                v = _unix_iso(int(v))
            got = parse_iso(v) if isinstance(v, str) else None
            if got:
                return got
    return None
