"""A story set over pages, read as one text: a document viewer's page blocks, a text layer's page breaks.

A document viewer (a word processor's web view, a PDF's text layer rendered as HTML) lays a
document out as pages: sibling blocks of one kind, each opening with the same running head
(the document's or the bulletin's name), then its part of the story, then a foot that numbers
the page («صفحه ۱ از ۲», «- ۲ -», «2/5»). Read as a page, the first block reads as the story and
the others as more blocks beside it: the story ends at the first page's foot.

:func:`join_pages` finds such blocks by their shape alone (siblings of one tag and class whose
first line is one text in all of them and whose last lines are one line but for their numbers,
which count the pages one by one) and reads them as one: the later pages' parts are moved into
the first page's, their repeated heads and feet dropped with them.

:func:`joined_text` does the same for a flat text (pdftotext's, an OCR's): a form feed starts a
page; the running head that opens each page after it and the page-number line that ends each
page before it are the layout's, not the story's, and go.

>>> import lxml.html
>>> page = ('<div class="pg"><div class="h">بولتن آب منطقه‌ای</div><div class="b">'
...         '<p>بارش برف در تهران ادامه دارد و مدارس تعطیل شد.</p></div><div class="f">صفحه ۱ از ۲</div></div>'
...         '<div class="pg"><div class="h">بولتن آب منطقه‌ای</div><div class="b">'
...         '<p>برف از صبح دیروز آغاز شد.</p></div><div class="f">صفحه ۲ از ۲</div></div>')
>>> t = lxml.html.fromstring(f"<html><body>{page}</body></html>")
>>> join_pages(t)
True
>>> [p.text for p in t.find(".//div[@class='b']")]
['بارش برف در تهران ادامه دارد و مدارس تعطیل شد.', 'برف از صبح دیروز آغاز شد.']
>>> len(t.findall(".//div[@class='pg']"))
1
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import compress

from .domtext import forget, plain_text

#: a page's foot is a short line (a page number, «صفحه ۲ از ۵», «- ۲ -»), at most this many words
MAX_FOOT_WORDS = 6
#: the levels under a page block its head and foot are looked for at (the block's own children,
#: their children ...)
MAX_EDGE_DEPTH = 3
_NUMBER = re.compile(r"\d+")  # (str's \d: Persian, Arabic-Indic and ASCII digits alike)
#: a form feed: a text layer's page break (pdftotext writes one between pages)
FORM_FEED = "\x0c"


def _text(el) -> str:
    # (through the page's memo: :func:`join_pages` forgets it when it joins a run of pages)
    return plain_text(el, remembered=True)


def _numbered(lines: list[str]) -> bool:
    """True when ``lines`` are one short line but for their numbers, the first of which counts up by
    one from line to line (the pages' feet: «صفحه ۱ از ۳», «صفحه ۲ از ۳», …).

    >>> _numbered(["صفحه ۱ از ۳", "صفحه ۲ از ۳", "صفحه ۳ از ۳"]), _numbered(["- 4 -", "- 5 -"])
    (True, True)
    >>> _numbered(["۲ پاسخ", "۵ پاسخ"]), _numbered(["صفحه ۱", "برگ ۲"])
    (False, False)
    """
    if len(lines) < 2 or any(not line or len(line.split()) > MAX_FOOT_WORDS for line in lines):
        return False
    if len({_NUMBER.sub("#", line) for line in lines}) != 1:
        return False
    firsts = [_NUMBER.search(line) for line in lines]
    if any(m is None for m in firsts):
        return False
    counts = [int(m.group()) for m in firsts if m is not None]
    return all(b == a + 1 for a, b in zip(counts, counts[1:]))


def _edges(block, last: bool) -> list:
    """The elements a block's first (``last``: last) line is in, from the block's child down
    :data:`MAX_EDGE_DEPTH` levels; empty when text stands in the block before (after) them."""
    out: list = []
    el = block
    for _ in range(MAX_EDGE_DEPTH):
        kids = [k for k in el if isinstance(k.tag, str) and _text(k)]
        if not kids:
            break
        loose = (kids[-1].tail if last else el.text) or ""
        if loose.strip():
            break
        el = kids[-1] if last else kids[0]
        out.append(el)
    return out


def _head_and_foot(blocks: list) -> list[tuple] | None:
    """Each block's (head, foot) elements, children of one element of the block, when the blocks are
    pages (see the module docstring), else None. (A list's items are read as far as the first one whose
    first line differs from the first item's, at each level: a page of a long list is walked once.)"""
    edges: dict[int, tuple[list, list]] = {}

    def edge(k: int) -> tuple[list, list]:
        if k not in edges:
            edges[k] = (_edges(blocks[k], last=False), _edges(blocks[k], last=True))
        return edges[k]

    for depth in range(MAX_EDGE_DEPTH):
        # (the pages at this level: each block's head and foot there, children of one element, the
        # heads one text; a block with no head or foot there has none further down either)
        pairs: list[tuple] = []
        for k in range(len(blocks)):
            heads, feet = edge(k)
            if len(heads) <= depth or len(feet) <= depth:
                return None
            h, f = heads[depth], feet[depth]
            if h is f or h.getparent() is not f.getparent() or (pairs and _text(h) != _text(pairs[0][0])):
                break
            pairs.append((h, f))
        else:
            if _numbered([_text(f) for _, f in pairs]):
                return pairs
    return None


def _between(head, foot) -> list:
    """The elements between ``head`` and ``foot``, siblings."""
    out: list = []
    for el in head.itersiblings():
        if el is foot:
            return out
        out.append(el)
    return out


def join_pages(tree) -> bool:
    """Read each run of page blocks in ``tree`` as one text (see the module docstring); True when any
    was joined. The later pages' parts go into the first page's part, where it has one element that
    they each have too (one container of the story), else after it; the later pages go."""
    groups: dict[tuple, list] = defaultdict(list)
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2:
            continue
        for el in parent:
            if isinstance(el.tag, str) and len(el) >= 3:
                groups[(parent, el.tag, el.get("class"))].append(el)
    joined = False
    for blocks in groups.values():
        if len(blocks) < 2:
            continue
        edges = _head_and_foot(blocks)
        if edges is None:
            continue
        parts = [_between(h, f) for h, f in edges]
        if not parts[0]:
            continue
        first, foot = parts[0], edges[0][1]
        for part, block in zip(parts[1:], blocks[1:]):
            if len(first) == 1 and len(part) == 1 and (part[0].tag, part[0].get("class")) == \
                    (first[0].tag, first[0].get("class")):
                _move_into(part[0], first[0])
            else:
                for el in part:
                    foot.addprevious(el)
            block.drop_tree()
        joined = True
        forget()  # (the texts of the first page's elements and their ancestors changed)
    return joined


def _move_into(src, dst) -> None:
    """``src``'s content appended to ``dst``'s."""
    kids = list(dst)
    if src.text and src.text.strip():
        if kids:
            kids[-1].tail = (kids[-1].tail or "") + src.text
        else:
            dst.text = (dst.text or "") + src.text
    for el in list(src):
        dst.append(el)


def _foot_runs(lines: list[str]) -> list[int] | None:
    """The indexes of the page feet among ``lines``: one short line but for its number, counting the
    pages up by one in the order they stand, each but the last followed (past blank lines and a form
    feed) by one running head, the same line after each, which the first page shows above its foot
    too; None when no lines are so."""
    shapes: dict[str, list[int]] = defaultdict(list)
    # (only the lines with a digit, found in C: most of a page's lines have none, and a foot needs one)
    for i, line in compress(enumerate(lines), map(_NUMBER.search, lines)):
        t = _bare(line)
        if len(t.split(None, MAX_FOOT_WORDS)) <= MAX_FOOT_WORDS:  # (a paragraph's words not all split)
            shapes[_NUMBER.sub("#", t)].append(i)
    for idx in shapes.values():
        # (the runs of them that count on by one: a status bar's «page 1 of 2» after the last foot is none)
        start = 0
        for k in range(1, len(idx) + 1):
            if k < len(idx) and _numbered([_bare(lines[idx[k - 1]]), _bare(lines[idx[k]])]):
                continue
            run, start = idx[start:k], k
            heads = {_next_line(lines, i) for i in run[:-1]}
            # (the running head opens the first page too: a line above the first foot)
            if len(run) >= 2 and len(heads) == 1 and None not in heads \
                    and any(_bare(line) in heads for line in lines[:run[0]]):
                return run
    return None


def _bare(line: str) -> str:
    return line.strip().strip(FORM_FEED).strip()


def _next_line(lines: list[str], i: int) -> str | None:
    """The first line with text after ``lines[i]``, without a form feed; None at the end."""
    for line in lines[i + 1:]:
        t = line.replace(FORM_FEED, "").strip()
        if t:
            return t
    return None


def _frame_lines(lines: list[str], starts: list[int], step: int, drop: set[int],
                 shown: set[str] | None = None) -> set[int]:
    """The lines that stand beside each of ``starts`` (``step`` -1: the lines above each, 1: below
    each, past blank lines and form feeds) and are one line at every one of them, nearest first, until
    they differ: the rest of a page's frame (a browser's print: the address above each page number,
    the headline beside the date that opens each page); none that ``drop`` holds already, and, given
    ``shown``, only lines it holds."""
    out: set[int] = set()
    at = list(starts)
    while True:
        nxt = []
        for i in at:
            j = i + step
            while 0 <= j < len(lines) and not _bare(lines[j]):
                j += step
            if not 0 <= j < len(lines) or j in drop or j in out or j in nxt:
                return out
            nxt.append(j)
        texts = {_bare(lines[j]) for j in nxt}
        if len(texts) != 1 or (shown is not None and not texts <= shown):
            return out
        out.update(nxt)
        at = nxt


def joined_text(text: str) -> str | None:
    """``text`` with its page layout taken out (see the module docstring): each page's foot, the
    running head after it and the form feed between them; None for a text not set over pages. A
    frame of more lines goes whole: a line that stands above every foot, the same each time (a
    browser's print: the page's address beside its number), and a line under every running head but
    the first page's, the same each time and shown on the first page too (the headline beside the
    date).

    >>> page = "بولتن آب\\n\\nبارش برف ادامه دارد.\\n\\n- ۱ -\\n\\x0cبولتن آب\\n\\nبرف از صبح آغاز شد.\\n\\n- ۲ -\\n"
    >>> print(joined_text(page))
    بولتن آب
    <BLANKLINE>
    بارش برف ادامه دارد.
    <BLANKLINE>
    <BLANKLINE>
    برف از صبح آغاز شد.
    <BLANKLINE>
    <BLANKLINE>
    >>> page = ("۱۴۰۳/۱/۲ ۱۰:۰۰\\nبارش برف\\nبارش برف ادامه دارد.\\nhttps://x.ir/n/1\\n1/2\\n"
    ...         "\\x0c۱۴۰۳/۱/۲ ۱۰:۰۰\\nبارش برف\\nبرف از صبح آغاز شد.\\nhttps://x.ir/n/1\\n2/2\\n")
    >>> print(joined_text(page))
    ۱۴۰۳/۱/۲ ۱۰:۰۰
    بارش برف
    بارش برف ادامه دارد.
    برف از صبح آغاز شد.
    <BLANKLINE>
    """
    if "\n" not in text:
        return None
    lines = text.split("\n")
    feet = _foot_runs(lines)
    if feet is None:
        return None
    drop = set(feet)
    heads = []
    for i in feet[:-1]:
        for j in range(i + 1, len(lines)):
            drop.add(j)  # (the blank lines and form feed between the foot and the next page's head)
            if lines[j].replace(FORM_FEED, "").strip():
                heads.append(j)
                break  # (the running head)
    drop |= _frame_lines(lines, feet, -1, drop)
    # (the lines under the running heads, each shown on the first page too: the first page's head)
    drop |= _frame_lines(lines, heads, 1, drop, shown={_bare(line) for line in lines[:feet[0]]})
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)
