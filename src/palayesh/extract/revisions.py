"""A revision view: a page that compares two versions of a text side by side, read as the text.

A wiki's diff, a CMS's «compare revisions» screen, a review tool's changes view lay a text out as a
table: a row a line, the older version's cell and the newer one's in two columns (with marker cells
between them, empty or a «−»/«+»). A line that did not change is shown twice, side by side; a changed
line is the older text beside the newer. Read as a page, every paragraph is there twice, and the
older, deleted text reads as the story's.

:func:`compared_text` finds such a table by its shape alone (rows of two text cells, most of them
the same text twice, in words enough to be prose, not figures) and puts the newer side in its
place, a paragraph a row. When the page also shows the text whole outside the table (a wiki's
current revision rendered under its diff), the table is only a view of it and is taken out.

>>> page = ('<html><body><h1>مقایسه نسخه‌ها</h1><table class="diff">'
...         '<tr><td>بارش برف در تهران ادامه دارد</td><td></td><td>بارش برف در تهران ادامه دارد</td></tr>'
...         '<tr><td>برف از دیروز آغاز شد و امروز هم</td><td></td><td>برف از صبح دیروز آغاز شد و امروز هم'
...         '</td></tr></table></body></html>')
>>> out = compared_text(page)
>>> "<p>بارش برف در تهران ادامه دارد</p><p>برف از صبح دیروز آغاز شد و امروز هم</p>" in out.page
True
>>> "از دیروز آغاز" in out.page
False
>>> out.newer
('بارش برف در تهران ادامه دارد', 'برف از صبح دیروز آغاز شد و امروز هم')
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from .domtext import plain_text

#: a row's cell in words enough to be a line of prose (a figure's «۱۲ | ۱۲» is no version of a text)
MIN_LINE_WORDS = 3
#: the share of a table's two-cell rows that must show one text twice (the lines that did not change;
#: a diff shows a few of them around each change, under its two versions' header row)
MIN_SAME_SHARE = 0.3
#: the share of the newer side's prose lines the page must show outside the table for the table to be
#: only a view of a text the page shows whole (most of them: the header row of the two versions' names
#: and times is none of the text)
MIN_SHOWN_SHARE = 0.6
#: the attribute of the block that stands for a comparison table: the text the view compares
COMPARED = "data-compared"


def _pairs(table) -> list[tuple[Any, str, str]] | None:
    """The rows of ``table`` as (row, older text, newer text) when every row with text holds two text
    cells (its own, not a nested table's), else None."""
    out = []
    for tr in table.iter("tr"):
        if next(tr.iterancestors("table"), None) is not table:
            continue
        cells = [td for td in tr if td.tag in ("td", "th")]
        texts = [t for t in map(plain_text, cells) if t]
        if not texts:
            continue
        if len(texts) != 2:
            return None
        out.append((tr, texts[0], texts[1]))
    return out


def _comparison(table) -> list[tuple[Any, str, str]] | None:
    pairs = _pairs(table)
    if not pairs:
        return None
    same = [a for _, a, b in pairs if a == b]
    prose = any(len(a.split()) >= MIN_LINE_WORDS for a in same)
    return pairs if prose and len(same) >= MIN_SAME_SHARE * len(pairs) else None


class Compared(NamedTuple):
    """A revision view read as its text: the page with its comparison tables replaced, and the lines of
    the newer versions put in their place (none when every table only viewed a text the page shows whole)."""

    page: str
    newer: tuple[str, ...]


def compared_text(raw: str) -> Compared | None:
    """``raw`` with each side-by-side comparison table read as its newer version (or taken out when the
    page shows that version whole outside it), or None for a page with no such table."""
    if raw.count("<td") < 4 or raw.count("<tr") < 1:
        return None
    import lxml.html

    try:
        root = lxml.html.document_fromstring(raw)
    except Exception:  # (markup the parser refuses: no table read)
        return None
    found = [(t, p) for t in root.iter("table") if (p := _comparison(t))]
    if not found:
        return None
    full = plain_text(root)
    newer: list[str] = []
    for table, pairs in found:
        inside = plain_text(table)
        # (a header row's lines: the two versions' names and times, which a heading may show again)
        heads = set()
        for tr, a, b in pairs:
            lines = [plain_text(el) for el in tr.iter("div", "p", "span") if not len(el)]
            if a != b and len(lines) >= 4:  # (each version's cell a few lines)
                heads.update(lines)
        for el in [el for el in root.iter("h1", "h2", "h3", "h4", "div", "p")
                   if not len(el) and plain_text(el) in heads]:
            if next((x for x in el.iterancestors() if x is table), None) is None:
                el.drop_tree()
        prose = [b for _, _, b in pairs if len(b.split()) >= MIN_LINE_WORDS]
        shown = sum(full.count(b) > inside.count(b) for b in prose)
        if len(prose) >= 2 and shown >= MIN_SHOWN_SHARE * len(prose):
            table.drop_tree()  # (a view of the text the page shows whole; its tail kept)
            continue
        block = lxml.html.Element("div", {COMPARED: "newer"})
        for _, _, b in pairs:
            para = lxml.html.Element("p")
            para.text = b
            block.append(para)
            newer.append(b)
        block.tail = table.tail
        table.getparent().replace(table, block)
    return Compared(lxml.html.tostring(root, encoding="unicode"), tuple(newer))


#: a heading that names a text in quotes: «مقایسه نسخه‌های «…»», a view's name around the text's title
_QUOTED = re.compile(r"[^«»]*«(?P<t>[^«»]+)»[^«»]*")


def quoted_title(title: str, page: str) -> str | None:
    """The title a revision view's heading quotes, when the view shows it as a line of its own (its
    title's row), or None.

    >>> quoted_title("مقایسه نسخه‌های «بارش برف در تهران»", "<div><p>بارش برف در تهران</p></div>")
    'بارش برف در تهران'
    >>> quoted_title("مقایسه نسخه‌های «بارش برف در تهران»", "<div><p>متن دیگر</p></div>") is None
    True
    """
    import html

    m = _QUOTED.fullmatch(title or "")
    if m is None:
        return None
    t = m.group("t").strip()
    if len(t.split()) < MIN_LINE_WORDS or f">{html.escape(t, quote=False)}<" not in page:
        return None
    return t


def compared_date(lines: tuple[str, ...]) -> tuple[str, str] | None:
    """The date a line of the compared text shows, ``(published, jalali)``, given the newer version's
    lines :func:`compared_text` put in the page (:attr:`Compared.newer`); None when they show none: the
    view's other times (the versions' times and ages beside their authors) date the versions, not the story.

    >>> compared_date(("بارش برف", "۱۵ خرداد ۱۴۰۴"))
    ('2025-06-05', '1404/03/15')
    >>> compared_date(("بارش",)) is None
    True
    """
    from .dates import date_line

    for line in lines:
        got = date_line(line)
        if got is not None and got.role in ("published", None):
            return got.localize()
    return None
