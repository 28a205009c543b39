"""The page's own text: visible text blocks of an HTML page, and main-content lines mapped back onto them.

Main-content extractors (trafilatura, resiliparse) choose *which* text of a page is the article
well, but they rewrite the text they return: trafilatura drops every character that is not
printable (U+200C ZWNJ, bidi marks, private-use characters), collapses spaces and applies NFC
(which composes «ا» + madda above into «آ»). A page that wrote «حرف‌های» correctly would come out
as «حرفهای», and the normalizer would have to guess the half-space back.

So the extractor only *selects*; the text comes from the page. :class:`PageText` holds the page's
visible text (:func:`html_lines`, entities decoded, ZWNJ and every other character kept) and an
index of its *ink* (printable, non-space characters, NFC) with a map back to the original
characters. Each extractor line is looked up by its ink and replaced by the original span, so
the gaps between letters (space, ZWNJ or nothing) are the page's own, and where the extractor
joined several blocks into one line (the paragraphs of a table cell) they are the page's lines
again. A line that is not found whole (a list bullet or table bars the extractor added, a piece
it left out) is matched run by run of words; the extractor's bullets and bars at the ends of a
line go, any other word not found is kept as the extractor wrote it.

>>> page = PageText.from_html("<p>حرف&zwnj;های <b>مهم</b>&#8204;ترین</p><ul><li>خانه‌ها</li></ul>")
>>> page.lines
['حرف\u200cهای مهم\u200cترین', 'خانه\u200cها']
>>> page.project("حرفهای مهمترین") == ["حرف\u200cهای مهم\u200cترین"]
True
>>> page.project("- خانهها") == ["خانه\u200cها"]
True
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata

import numpy as np
from lxml import etree

#: elements whose text is never shown
_DROP = frozenset({"script", "style", "noscript", "template", "head", "title"})
#: elements that start and end a text block (HTML's block-level and table elements); <br> and
#: <hr> break a line; everything else is inline and its text runs on
_BLOCK = frozenset("""
address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu
nav ol option p pre section summary table tbody td tfoot th thead tr ul br textarea select
""".split())
#: a line (or word) with less ink than this is taken only right where the previous match ended:
#: «و» or «-» alone would be found anywhere
MIN_FREE_INK = 3
#: the frame of a table row as an extractor writes it, and its empty cells at either end («|  | x |»)
_ROW_FRAME = re.compile(r"^(?:\|\s*)+|(?:\s*\|)+$")
#: lookups may scan the page's ink this many times over, in all; past that (a huge page whose
#: lines are not found) the rest of the lines stay as the extractor wrote them
MAX_SCANS = 64
#: marks a block boundary while the text is gathered (markup text cannot hold a NUL)
_BREAK = "\x00"
#: a blank line in a text node's source (ASCII whitespace, as HTML collapses it), and the mark it
#: leaves in a block's text while the block is gathered (markup text cannot hold U+0001)
_BLANK_LINE = re.compile(r"\n[ \t\r\f]*\n")
_PARA = "\x01"


class Blocks:
    """The text blocks of an element (as :func:`html_lines` gives them) with what the DOM says of
    each: the block element it stands in (``owners``, the innermost ``_BLOCK`` element open where
    its text starts), and how many of its non-space characters are inside a link (``linked``) of
    how many (``sizes``); and, of a block whose source text holds blank lines between its runs
    (``runs``, by the block's index), those runs: the paragraphs of text a page shows pre-wrapped
    (a video's description, «white-space: pre-wrap»), which the browser's collapsing of spaces
    (the block's line) runs together.

    >>> _dom_blocks(_parse("<div><span>بند یک.\\n\\nبند دو.</span></div>")).runs
    {0: ['بند یک.', 'بند دو.']}
    """

    __slots__ = ("lines", "owners", "linked", "sizes", "runs")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.owners: list = []
        self.linked: list[int] = []
        self.sizes: list[int] = []
        self.runs: dict[int, list[str]] = {}


def _dom_blocks(root) -> Blocks:
    """Text blocks of an element, in document order (see :func:`html_lines`), with each block's
    element and link share: the one walk of a page's DOM for its text. HTML collapses only ASCII
    whitespace; NBSP, ZWNJ and other marks are text and stay."""
    out = Blocks()
    parts: list[str] = []
    owner = None     # the element of the block being gathered
    linked = 0       # its characters inside links (spaces aside)
    stack = [root]   # open block elements
    links = 0        # depth of open <a> elements
    pre = 0

    def flush() -> None:
        text = _collapse_spaces("".join(parts)).strip()
        parts.clear()
        if _PARA in text:  # (the same line as without the marks, and its runs beside it)
            runs = [x for x in (y.strip() for y in text.split(_PARA)) if x]
            text = " ".join(runs)
            if len(runs) > 1:
                out.runs[len(out.lines)] = runs
        if text:
            size = len(text) - text.count(" ")
            out.lines.append(text)
            out.owners.append(owner)
            out.linked.append(min(linked, size))
            out.sizes.append(size)

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag in _DROP:
                walker.skip_subtree()
                continue
            if tag in _BLOCK:
                if parts:
                    flush()
                owner, linked = None, 0
                stack.append(el)
                if tag == "pre":
                    pre += 1
            elif tag == "a":
                links += 1
            text = el.text
        else:
            if event == "end":
                tag = el.tag
                if tag in _BLOCK:
                    if parts:
                        flush()
                    owner, linked = None, 0
                    if stack[-1] is el:
                        stack.pop()
                    if tag == "pre":
                        pre -= 1
                elif tag == "a":
                    links -= 1
            text = el.tail
        if not text:
            continue
        runs = text.split("\n") if pre and "\n" in text else (text,)
        for k, run in enumerate(runs):
            if k:  # a line break inside <pre>
                if parts:
                    flush()
                owner, linked = None, 0
            if not run:
                continue
            if owner is None and not run.isspace():
                owner = stack[-1]
            if links:
                linked += len(run) - run.count(" ")
            if not pre and "\n" in run and _BLANK_LINE.search(run) is not None:
                run = _BLANK_LINE.sub(" " + _PARA + " ", run)
            parts.append(run)
    if parts:
        flush()
    return out


def _collapse_spaces(text: str) -> str:
    """Runs of ASCII whitespace as one space (str.replace: a regex over Persian text costs 4x)."""
    for ch in "\n\t\r\f":
        if ch in text:
            text = text.replace(ch, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


#: an XML declaration (XHTML pages): lxml refuses a str that declares an encoding
XML_DECL = re.compile(r"^[\s\ufeff]*<\?xml[^>]*>")


def _parse(raw):
    import lxml.html

    if isinstance(raw, (str, bytes)):
        try:
            return lxml.html.document_fromstring(XML_DECL.sub("", raw, count=1) if isinstance(raw, str) else raw)
        except (etree.ParserError, ValueError):  # empty or unparseable markup: no text
            return None
    return raw


def _body(tree):
    body = tree.find(".//body") if tree.tag != "body" else tree
    return body if body is not None else tree


def html_lines(raw) -> list[str]:
    """The visible text blocks of an HTML page (markup or a parsed lxml tree), in order, lossless.

    Block-level elements and ``<br>`` end a line, ``<script>``/``<style>``/``<noscript>``/
    ``<template>`` and comments are dropped, entities are decoded, runs of ASCII whitespace are one
    space (as a browser shows them); every other character (ZWNJ, NBSP, bidi marks) is kept.

    >>> html_lines('<div>خبر <a href="#">تازه</a><br>می&zwnj;شود</div><script>x()</script><p>پایان</p>')
    ['خبر تازه', 'می\u200cشود', 'پایان']
    """
    tree = _parse(raw)
    return _dom_blocks(_body(tree)).lines if tree is not None else []


def html_item_lines(raw) -> tuple[list[str], dict[int, list[str]]]:
    """The page's :func:`html_lines`, and its *rows of items* by line: a block whose text stands
    wholly in two or more inline elements side by side, spaces between them («<span>کانال X</span>
    <span>پیوستن به کانال</span>», a row of buttons or links), which a browser shows as one line and a
    flat copy of the page (a text dump, a saved copy) may write one item a line. A block with text of
    its own between its elements (a sentence with a link in it, «خانه | اخبار») is no row.

    >>> html_item_lines('<div><span>کانال لنج</span> <span>پیوستن به کانال</span></div><p>متن <a>خبر</a> است.</p>')
    (['کانال لنج پیوستن به کانال', 'متن خبر است.'], {0: ['کانال لنج', 'پیوستن به کانال']})
    >>> html_item_lines('<p>متن <a>خبر</a> است.</p>')
    (['متن خبر است.'], {})
    """
    tree = _parse(raw)
    if tree is None:
        return [], {}
    blocks = _dom_blocks(_body(tree))
    lines, owners = blocks.lines, blocks.owners
    rows: dict[int, list[str]] = {}
    for i, owner in enumerate(owners):
        if owner is not None and len(owner) >= 2 and (i == 0 or owners[i - 1] is not owner) \
                and (i + 1 == len(lines) or owners[i + 1] is not owner):
            items = _row_items(owner)
            if items is not None:
                rows[i] = items
    return lines, rows


def _row_items(el) -> list[str] | None:
    """The texts of the inline elements a block ``el`` holds side by side, when the block's text is
    theirs alone (spaces between) and two or more of them show text (:func:`html_item_lines`)."""
    if el.text and not el.text.isspace():
        return None
    items = []
    for child in el:
        if not isinstance(child.tag, str) or child.tag in _BLOCK:
            return None  # (a comment between, or a block inside: not a row of items)
        if child.tail and not child.tail.isspace():
            return None
        if child.tag in _DROP:
            continue
        text = _collapse_spaces(child.text_content()).strip()
        if text:
            items.append(text)
    return items if len(items) >= 2 else None


def ink(text: str) -> str:
    """The printable, non-space characters of ``text`` in NFC: what an extractor keeps of it.

    >>> ink("می‌شود ، ") == "میشود،"
    True
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    bare = text.replace(" ", "")
    if bare.isprintable():  # an extractor's line: nothing else to drop (the one printable space is gone)
        return bare
    # (the marks a Persian line holds that are no ink, ZWNJ first: nine in ten of the lines left,
    # dropped by str.replace, not by a numpy mask of every character)
    for mark in _COMMON_NOT_INK:
        if mark in bare:
            bare = bare.replace(mark, "")
    if bare.isprintable():
        return bare
    cps = _codepoints(text)
    return _chars(cps[_ink_mask(cps)])


#: the characters no ink that most lines :func:`ink` is asked of carry (ZWNJ, a line end, the
#: direction marks, a no-break space): none printable (:func:`_is_ink`)
_COMMON_NOT_INK = "\u200c\n\u200f\u200e\xa0"


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def _chars(cps: np.ndarray) -> str:
    return cps.tobytes().decode("utf-32-le", "surrogatepass")


def _is_ink(ch: str) -> bool:
    # what every extractor keeps of a text: spaces are collapsed and the non-printable characters
    # (ZWNJ and other format marks, controls, private use) are what trafilatura drops
    return ch.isprintable() and not ch.isspace()


@functools.lru_cache(maxsize=1)
def _bmp_ink() -> np.ndarray:
    """Whether each character of the Basic Multilingual Plane is ink (a table: one lookup a char)."""
    return np.fromiter((_is_ink(chr(c)) for c in range(0x10000)), dtype=bool, count=0x10000)


def _ink_mask(cps: np.ndarray) -> np.ndarray:
    if not len(cps) or cps.max() < 0x10000:
        return _bmp_ink()[cps]
    mask = np.zeros(len(cps), dtype=bool)
    bmp = cps < 0x10000
    mask[bmp] = _bmp_ink()[cps[bmp]]
    for i in np.flatnonzero(~bmp):  # emoji, historic scripts, private use planes: rare
        mask[i] = _is_ink(chr(cps[i]))
    return mask


class PageText:
    """A page's visible text and an index from its ink back to the original characters."""

    def __init__(self, lines: list[str], blocks: Blocks | None = None):
        self.lines = lines
        #: the DOM of each line, when the page was read with ``dom=True``
        self.blocks = blocks
        #: where in ``text`` the last projected line starts (None: not the page's own text)
        self.last_start: int | None = None
        self._starts: list[int] | None = None
        self.text = text = "\n".join(lines)
        cps = _codepoints(text)
        at = np.flatnonzero(_ink_mask(cps))
        if unicodedata.is_normalized("NFC", text):
            # the usual page: one key character for one text character
            self.key = _chars(cps[at])
            self._first, self._last = at, at
        else:
            self.key, self._first, self._last = _nfc_index(text, cps, at)
        self.cursor = 0  # where the previous projected line ended, in the key
        self._budget = MAX_SCANS * max(len(self.key), 1000)  # characters lookups may still scan

    @classmethod
    def from_html(cls, raw, dom: bool = False) -> PageText:
        """Of HTML markup, or of a tree already parsed with ``lxml.html``; with ``dom``, each line's
        element and link share too (``blocks``)."""
        if not dom:
            return cls(html_lines(raw))
        tree = _parse(raw)
        blocks = _dom_blocks(_body(tree)) if tree is not None else Blocks()
        return cls(blocks.lines, blocks)

    def line_at(self, offset: int) -> int:
        """The index of the page line holding ``text[offset]``."""
        if self._starts is None:
            starts, at = [], 0
            for ln in self.lines:
                starts.append(at)
                at += len(ln) + 1
            self._starts = starts
        return bisect.bisect_right(self._starts, offset) - 1

    def span(self, k0: int, k1: int) -> str:
        """The page's text of key range [k0, k1), in original characters (page lines end in "\\n")."""
        return self.text[self._first[k0]: self._last[k1 - 1] + 1]

    # --- lookup ----------------------------------------------------------------------------

    def _find(self, key: str, after: int) -> int:
        """Where ``key`` occurs: first at or after ``after``, else first anywhere (-1: nowhere)."""
        if self._budget <= 0:
            return -1
        at = self.key.find(key, after)
        if at >= 0:
            self._budget -= at - after + len(key)
            return at
        at = self.key.find(key)
        self._budget -= len(self.key) - after + (at + len(key) if at >= 0 else after)
        return at

    def project(self, line: str) -> list[str]:
        """``line`` (an extractor's output line) in the page's own characters: one line, or the
        page's lines where the extractor joined several blocks (a table cell's paragraphs).

        Lines are looked up in order: each search starts where the previous line ended, so a
        short line that occurs twice on the page is taken from the main content, not the menu.
        """
        self.last_start = None
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            # (a table row as the extractor writes it, «|  | <cell> |»: its frame and the empty cells at
            # its ends are its formatting, which no lookup finds on the page; each failed lookup scans
            # the page, and a table of rows spent the page's lookups before its story was placed)
            line = _ROW_FRAME.sub("", line) or line
        k = ink(line)
        if not k or not self.key:
            return [line]
        at = self._find(k, self.cursor)
        if at >= 0 and (len(k) >= MIN_FREE_INK or at == self.cursor):
            self.cursor = at + len(k)
            self.last_start = int(self._first[at])
            return _split(self.span(at, at + len(k)))
        words = line.split()
        for i, j in _edge_cuts(words):
            # without the marks the extractor put around it («- », «| … |»), the line may be the page's
            k = ink(" ".join(words[i:len(words) - j]))
            at = self._find(k, self.cursor) if len(k) >= MIN_FREE_INK else -1
            if at >= 0:
                self.cursor = at + len(k)
                self.last_start = int(self._first[at])
                return _split(self.span(at, at + len(k)))
        return _split(self._project_runs(words))

    def _project_runs(self, words: list[str]) -> str:
        """Word by word: the longest runs of words that are contiguous in the page's ink. Words
        not found are kept as the extractor wrote them, except marks at the ends of the line
        (a list bullet «-», table bars «|»), which are its formatting, not the page's text."""
        keys = [ink(w) for w in words]
        pieces: list[tuple[str, bool]] = []  # (text, the page's own)
        i = 0
        last = -1  # where the previous run of the page's own ended, in the page's text
        while i < len(words):
            j, at = self._longest_run(keys, i) if keys[i] else (i + 1, -1)
            if at < 0:
                pieces.append((words[i], False))
                i += 1
                continue
            length = sum(len(x) for x in keys[i:j])
            start = self._first[at]
            if last >= 0 and "\n" in (self.text[last:start] if last < start else self.text[start:last]):
                # the extractor joined two of the page's blocks with nothing between them (a
                # story's last paragraph and the heading over its comments), or in another order
                # than the page's (a cell's inline spans before its blocks: the headline, then
                # the story, then the byline above it): they stay two lines (a table row's cells,
                # joined with «|», stay one). Words it wrote between them that the page does not
                # show there (a short word found nowhere near) open the second block.
                k = len(pieces)
                while k and not pieces[k - 1][1]:
                    k -= 1
                if k and all(_has_alnum(t) for t, _own in pieces[k:]):
                    pieces.insert(k, ("\n", False))
            pieces.append((self.span(at, at + length), True))
            if self.last_start is None and not any(own for _t, own in pieces[:-1]):
                self.last_start = int(start)
            self.cursor = at + length
            last = self._last[at + length - 1]
            i = j
        while pieces and not pieces[0][1] and not _has_alnum(pieces[0][0]):
            pieces.pop(0)
        while pieces and not pieces[-1][1] and not _has_alnum(pieces[-1][0]):
            pieces.pop()
        return " ".join(text for text, _ in pieces).replace(" \n ", "\n")

    def _longest_run(self, keys: list[str], i: int) -> tuple[int, int]:
        """(j, at): words i..j-1 are found together at key offset ``at``; (i + 1, -1) if word i
        is not found where it may be."""
        key = keys[i]
        at = self._find(key, self.cursor)
        if at < 0 or (len(key) < MIN_FREE_INK and at != self.cursor):
            return i + 1, -1
        j, end = i + 1, at + len(key)
        # extend while the next word follows in the page's ink; if the first occurrence cannot be
        # extended, a later one of the longer run may exist (a short word found too early)
        while j < len(keys):
            nxt = keys[j]
            if not nxt:
                break
            if self.key.startswith(nxt, end):
                end += len(nxt)
                j += 1
                continue
            longer = self._find(self.key[at:end] + nxt, self.cursor)
            if longer < 0:
                break
            at, end, j = longer, longer + (end - at) + len(nxt), j + 1
        return j, at


def _split(text: str) -> list[str]:
    return [ln for ln in (x.strip() for x in text.split("\n")) if ln]


def _has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _edge_cuts(words: list[str]):
    """(i, j): leave out i words at the start and j at the end, each without a letter or digit;
    fewest first."""
    lead = next((n for n, w in enumerate(words) if _has_alnum(w)), len(words))
    trail = next((n for n, w in enumerate(reversed(words)) if _has_alnum(w)), len(words))
    if lead == len(words):
        return []
    cuts = [(i, j) for i in range(lead + 1) for j in range(trail + 1) if i + j]
    return sorted(cuts, key=lambda c: c[0] + c[1])


def _nfc_index(text: str, cps: np.ndarray, at: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    """Key and, per key character, the first and last text offset it comes from, for a text that
    is not NFC. Runs of ink without a combining mark or a character NFC replaces map one to one
    (nearly all); in the others each character is grouped with the combining marks after it, and
    a group that NFC composes («ا» + madda above → «آ») maps as a whole to its original characters."""
    chars = cps[at]
    suspect = np.zeros(len(at), dtype=bool)
    bmp = chars < 0x10000
    suspect[bmp] = _bmp_nfc_suspect()[chars[bmp]]
    suspect[~bmp] = True
    starts = np.concatenate(([0], np.flatnonzero(np.diff(at) != 1) + 1))
    ends = np.append(starts[1:], len(at))
    keys: list[str] = []
    firsts: list[np.ndarray] = []
    lasts: list[np.ndarray] = []
    done = 0  # ink index up to which the key is built
    for r in np.unique(np.searchsorted(starts, np.flatnonzero(suspect), side="right") - 1).tolist():
        s, e = int(starts[r]), int(ends[r])
        run = text[at[s]: at[e - 1] + 1]
        if unicodedata.is_normalized("NFC", run):
            continue
        keys.append(_chars(chars[done:s]))
        firsts.append(at[done:s])
        lasts.append(at[done:s])
        key, first, last = _nfc_groups(run, int(at[s]))
        keys.append(key)
        firsts.append(np.array(first, dtype=at.dtype))
        lasts.append(np.array(last, dtype=at.dtype))
        done = e
    keys.append(_chars(chars[done:]))
    firsts.append(at[done:])
    lasts.append(at[done:])
    return "".join(keys), np.concatenate(firsts), np.concatenate(lasts)


@functools.lru_cache(maxsize=1)
def _bmp_nfc_suspect() -> np.ndarray:
    """Whether NFC may change a run holding this character: a combining mark (reordered, composed
    with the letter before it) or a character NFC replaces by another."""
    return np.fromiter((bool(unicodedata.combining(chr(c))) or unicodedata.normalize("NFC", chr(c)) != chr(c)
                        for c in range(0x10000)), dtype=bool, count=0x10000)


def _nfc_groups(run: str, offset: int) -> tuple[str, list[int], list[int]]:
    groups: list[list[int]] = []
    for i, ch in enumerate(run):
        if groups and unicodedata.combining(ch):
            groups[-1].append(i)
        else:
            groups.append([i])
    nfc = [unicodedata.normalize("NFC", "".join(run[i] for i in g)) for g in groups]
    if "".join(nfc) != unicodedata.normalize("NFC", run):  # composition across groups: the run as a whole
        whole = unicodedata.normalize("NFC", run)
        return whole, [offset] * len(whole), [offset + len(run) - 1] * len(whole)
    first: list[int] = []
    last: list[int] = []
    for g, k in zip(groups, nfc):
        first += [offset + g[0]] * len(k)
        last += [offset + g[-1]] * len(k)
    return "".join(nfc), first, last
