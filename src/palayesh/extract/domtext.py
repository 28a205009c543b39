"""The text of an element of an HTML page (lxml's ``text_content``), read once per element while
the page is extracted.

The readers of one page's tree (the story's blocks, the menus, the cards, the trails) ask for the
text of the same elements again and again: on 120 HTML pages of the bench, 10,000 of 16,700
``text_content`` calls were for an element already read. Inside :func:`page_texts` each element's
text is read once and remembered until the page is done; the tree must not change meanwhile (a
reader that changes it calls :func:`forget`). Outside it, :func:`text_of` reads the element.

What the readers compare is the text cleaned (:func:`_clean`: entities decoded, white space one
space), an element's (:func:`_text`) or a value of the page's metadata, remembered a little while too.
"""
from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..memo import short_line_memo
from ..textkeys import line_key

#: the texts of the page being extracted, by element (None: no page; each element read anew)
_TEXTS: dict | None = None
#: the keys of those texts (:func:`key_of`), by element, kept and forgotten with them
_KEYS: dict | None = None


#: what the page's readers find in its whole tree (its <title>'s text, the names it gives its site), by
#: (what, element), kept and forgotten with the texts (:func:`page_fact`)
_FACTS: dict | None = None


@contextmanager
def page_texts() -> Iterator[None]:
    """Remember the texts of the elements read until the block ends (one page's extraction).
    (A page read inside another one's, if ever, has its own; the outer one's comes back after.)"""
    global _TEXTS, _KEYS, _FACTS
    outer, _TEXTS = _TEXTS, {}
    outer_keys, _KEYS = _KEYS, {}
    outer_facts, _FACTS = _FACTS, {}
    try:
        yield
    finally:
        _TEXTS, _KEYS, _FACTS = outer, outer_keys, outer_facts


def forget() -> None:
    """The page's tree changed (elements dropped): the texts read so far may be out of date."""
    if _TEXTS is not None:
        _TEXTS.clear()
    if _KEYS is not None:
        _KEYS.clear()
    if _FACTS is not None:
        _FACTS.clear()


def page_fact(what: str, el, make: Callable[[], Any]) -> Any:
    """``make()``, a fact ``what`` of the tree under ``el`` that the page's readers ask again and again
    (each of them walking the whole tree: the <title>'s text 8 times a page): found once inside
    :func:`page_texts`, until :func:`forget`; outside it, made each time.

    >>> import lxml.html
    >>> t, asked = lxml.html.fromstring("<html><head><title>خبر</title></head></html>"), []
    >>> def title():
    ...     asked.append(1)
    ...     return t.findtext(".//title")
    >>> with page_texts():
    ...     page_fact("title", t, title) == page_fact("title", t, title) == "خبر"
    True
    >>> len(asked), page_fact("title", t, title), len(asked)
    (1, 'خبر', 2)
    """
    facts = _FACTS
    if facts is None:
        return make()
    key = (what, el)
    if key in facts:
        return facts[key]
    got = facts[key] = make()
    return got


def text_of(el) -> str:
    """``el.text_content()``, remembered inside :func:`page_texts` (the element is kept with it, so
    another element never takes its place in the memo).

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring("<p>خبر <b>فوری</b></p>")
    >>> with page_texts():
    ...     text_of(p) == text_of(p) == "خبر فوری"
    True
    """
    texts = _TEXTS
    if texts is None:
        return el.text_content()
    text = texts.get(el)
    if text is None:
        text = texts[el] = el.text_content()
    return text


#: a run of white space: one space in a cleaned text
#: white space: ``str.split()`` splits on the very characters ``\s`` matches (``str.isspace``), so
#: ``" ".join(s.split())`` is ``_WS.sub(" ", s).strip()``, three times faster (tests/test_domtext.py checks both)
_WS = re.compile(r"\s+")


def plain_text(el, *, remembered: bool = False) -> str:
    """``el``'s text as the parser decoded it, its white space one space, stripped: the line a reader of
    the tree's shape compares (no entities of its own decoded, unlike :func:`_text`). ``remembered``:
    read through :func:`text_of`, for a reader that calls :func:`forget` whenever it changes the tree.

    >>> import lxml.html
    >>> plain_text(lxml.html.fragment_fromstring("<p> صفحه\\n <b>۱</b>  از ۲ </p>"))
    'صفحه ۱ از ۲'
    """
    return " ".join((text_of(el) if remembered else el.text_content()).split())  # (as _WS.sub(" ", …).strip())
#: texts cleaned lately: a page's elements are read several times each (its headline's, its
#: blocks': by the title, the section, the lead), and an element's text is the same string each
#: time (:func:`text_of`); the last few, of up to this many characters (bounded memory)
CLEAN_CACHE, CLEAN_CACHE_CHARS = 64, 20_000


def _clean(s: str | None) -> str | None:
    """``s`` unescaped, its white space one space, stripped (None for nothing left)."""
    if s is None:
        return None
    return _remembered_clean.ask(s)


def _cleaned(s: str) -> str | None:
    s = " ".join(htmllib.unescape(s).split())  # (as _WS.sub(" ", …).strip(), three times faster)
    return s or None


_remembered_clean = short_line_memo(CLEAN_CACHE_CHARS, CLEAN_CACHE)(_cleaned)


def _text(el) -> str | None:
    """The text of ``el`` cleaned (:func:`_clean`); None for no element, or no text in it."""
    return _clean(text_of(el)) if el is not None else None


def key_of(el) -> str:
    """The :func:`~palayesh.textkeys.line_key` of the text of ``el`` (:func:`_text`; "" for none),
    remembered inside :func:`page_texts` like its text: a reader that compares every element of a
    page with a few strings (:func:`.html._logo_side`) keys each element once, not once a string
    (the cleaned-text memo, of the last few texts, forgets a whole page's elements as it walks them).

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring("<p>خبرگزاري  <b>نمونه</b></p>")
    >>> with page_texts():
    ...     key_of(p) == key_of(p) == "خبرگزارینمونه"
    True
    """
    keys = _KEYS
    if keys is None:
        return line_key(_text(el) or "")
    key = keys.get(el)
    if key is None:
        key = keys[el] = line_key(_text(el) or "")
    return key
