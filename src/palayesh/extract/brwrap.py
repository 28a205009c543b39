"""Hard wraps an OCR export set as ``<br>`` in HTML, read as the spaces they stand for.

A press-monitoring portal shows a newspaper clipping's OCR text in one element, its column's line
breaks kept as ``<br>``: a line a wrapper broke is ``…word <br>word…`` (the space between the two
words stays before the ``<br>``; a word broken right after its ZWNJ, «می‌<br>خواهد», keeps none),
and the text's own paragraph breaks are ``<br>`` followed by a newline in the markup. Read as line
breaks, every line of the column becomes a paragraph of its own, and a narrow column (a newspaper's
40 characters) is narrower than any a flat page's lines are joined at (:mod:`.rejoin`).

The element says which of its ``<br>`` are wraps by their shape: the text before one ends in a
space or a ZWNJ and the text after it starts at once (no newline, no space), and the lines they end
are the lines a greedy wrapper fills up to one width (the widest of them): the next line's first word
would not have fit. Then those ``<br>`` are dropped (their text joined as the page wrote it), and
the others, the paragraph breaks, stay.

>>> import lxml.html, textwrap
>>> p = ("تعاونی زنبورداران دامنه سبلان امسال دوازده تن عسل آویشن برداشت کرد و بیشتر آن را پیش از"
...      " پایان تابستان به بازارچه‌های محلی فرستاد.")
>>> col = " <br>".join(textwrap.wrap(p, 36))
>>> t = lxml.html.fromstring(f"<div>{col}<br>\\n{col}</div>")
>>> unwrap_breaks(t)
True
>>> [x.strip() for x in t.itertext()] == [p, p]
True
"""

from __future__ import annotations

from typing import Any

#: an element is read so when at least this many of its ``<br>`` are of a wrap's shape
MIN_WRAPS = 3
#: ... and the lines they end are this long at least (a column of a newspaper, no list of names)
MIN_WIDTH = 24
#: ... and at most this share of them is shorter than the width allows (a wrapper at the widest
#: line's width would have put the next line's first word on it)
MAX_MISFIT = 0.1
_ZWNJ = "\u200c"


def _before(br) -> str | None:
    """The text right before ``br`` in its parent (None: an inline element ends there)."""
    prev = br.getprevious()
    if prev is None:
        return br.getparent().text or ""
    if prev.tag == "br" or prev.tail:
        return prev.tail or ""
    return None


def _wrap_shaped(br) -> bool:
    tail, before = br.tail or "", _before(br)
    return bool(tail) and not tail[0].isspace() and before is not None and before[-1:] in (" ", _ZWNJ)


def _lines(el) -> list[tuple[object, str]]:
    """The element's direct text cut at its ``<br>`` children: (the ``<br>`` a line ends at, or None
    for the last, the line's text); an inline child's text counts in its line."""
    out: list[tuple[object, str]] = []
    cur = [el.text or ""]
    for ch in el:
        if ch.tag == "br":
            out.append((ch, "".join(cur)))
            cur = [ch.tail or ""]
        else:
            cur.append("".join(ch.itertext()) if isinstance(ch.tag, str) else "")
            cur.append(ch.tail or "")
    out.append((None, "".join(cur)))
    return out


def _wraps(el) -> list[tuple[int, int, Any]]:
    """The wrap-shaped ``<br>`` children of ``el``: (the length of the line each ends, of the next
    line's first word, 0 after a word broken at its ZWNJ; the ``<br>``)."""
    lines = _lines(el)
    texts = [" ".join(t.split()) for _br, t in lines]
    out = []
    for k, (br, _t) in enumerate(lines):
        if br is not None and _wrap_shaped(br):
            nxt = texts[k + 1].split(" ", 1)[0] if k + 1 < len(texts) else ""
            out.append((len(texts[k]), 0 if (lines[k][1] or "").endswith(_ZWNJ) else len(nxt), br))
    return out


def unwrap_breaks(tree) -> bool:
    """Drop the ``<br>`` a wrapper set at a column in ``tree`` (see the module docstring), their
    lines' text joined as the page wrote it; True when any was dropped. The page's wrapped lines
    are read together: one column, whatever element holds each paragraph."""
    parents = {br.getparent() for br in tree.iter("br")}
    parents.discard(None)
    wraps = [w for el in parents for w in _wraps(el)]
    if len(wraps) < MIN_WRAPS:
        return False
    width = max(n for n, _nxt, _br in wraps)
    if width < MIN_WIDTH:
        return False
    misfit = sum(1 for n, nxt, _br in wraps if nxt and n + 1 + nxt <= width)
    if misfit > MAX_MISFIT * len(wraps):
        return False
    for _n, _nxt, br in wraps:
        br.drop_tree()  # (lxml keeps its tail, joined to the text before it)
    return True
