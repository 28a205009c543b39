"""Tables inside a story: rows of cells set apart by bars, one line a row.

A story may hold a small table of figures between its paragraphs (prices, production, results).
On a flat page each row is a line of cells set apart by bars («گندم | ۴۰,۵۰۰ | ۱۲٪»); on an HTML
page a ``<tr>`` of ``<td>`` cells, which is written as such a line. A line with bars alone reads as
a menu or a ticker, which no story holds; a table is told by its shape: rows of the same number of
short cells, one under the other, their figures varying from row to row, between the story's
paragraphs. Its rows are the story's lines.

>>> rows = ["محصول | قیمت هر کیلو (تومان) | تغییر", "گندم | ۴۰,۵۰۰ | ۱۲٪", "جو | ۳۱,۰۰۰ | -۴٪"]
>>> cells(rows[1]), sorted(table_runs(["متن خبر.", *rows, "ادامه خبر."]))
(['گندم', '۴۰,۵۰۰', '۱۲٪'], [1, 2, 3])
"""
from __future__ import annotations

import re

from .dates import find_stamps, fold

#: what stands between a row's cells
_BAR = re.compile(r"\s*[|｜]\s*")
_DIGIT = re.compile(r"\d")
#: a cell is short: a name, a figure, a few words of a heading
MAX_CELL_WORDS = 6
#: rows of a table's width this close under it (lines) are its rest, though fewer
TABLE_BREAK = 3
#: a table has this many rows at least (a heading row and two of figures) ...
MIN_ROWS = 3
#: ... of two cells or more
MIN_CELLS = 2


def cells(text: str) -> list[str] | None:
    """The cells of a line read as a table row (two cells or more, each of a word to
    :data:`MAX_CELL_WORDS`, bars between them and none open at either end), else None."""
    if "|" not in text and "｜" not in text or len(text) > 300:
        return None
    parts = [p.strip() for p in _BAR.split(text.strip().strip("|｜").strip())]
    if len(parts) < MIN_CELLS or any(not p or len(p.split()) > MAX_CELL_WORDS for p in parts):
        return None
    return parts


def table_runs(texts: list[str | None], *, min_rows: int = MIN_ROWS) -> set[int]:
    """The indices of ``texts`` (lines of a page, None or "" for a blank one, which a table may
    hold between its rows) that are rows of a table: :data:`MIN_ROWS` lines or more in a row with
    the same number of cells, most of them but the first (a heading) holding a figure, and each
    row but the first different from the rows above it (a menu repeated is no table)."""
    out: set[int] = set()
    run: list[int] = []
    width = 0
    last = (0, -TABLE_BREAK - 1)  # (width, last row) of the table above

    def close() -> None:
        nonlocal last
        if len(run) >= min_rows:
            body = run[1:]
            figures = sum(1 for j in body if _DIGIT.search(texts[j] or ""))
            if 2 * figures >= len(body) and len({texts[j] for j in run}) == len(run):
                out.update(run)
                last = (width, run[-1])
        elif run and width == last[0] and run[0] - last[1] <= TABLE_BREAK \
                and all(_DIGIT.search(texts[j] or "") for j in run):
            # the rest of the table above, under a line that broke it (an ad, a disclaimer)
            out.update(run)
            last = (width, run[-1])

    for i, t in enumerate(texts):
        if not t:
            continue
        c = cells(t)
        if c is not None and run and len(c) == width:
            run.append(i)
            continue
        close()
        run, width = ([i], len(c)) if c is not None else ([], 0)
    close()
    return out


#: a log shows this many entries at least (one row «زمان انتشار | …» is a field of the page's box)
MIN_LOG_ENTRIES = 2
#: a timestamp cell holds this many characters besides its date and clock at most (the glue «-», «ساعت»)
MAX_STAMP_REST = 5


def _stamp_cell(cell: str) -> bool:
    """Whether a table cell is a moment and nothing else: a date with its clock («۱۴۰۰/۰۸/۰۲ ۰۱:۲۵»)."""
    t = fold(cell).strip()
    stamps = find_stamps(t, folded=True)
    return len(stamps) == 1 and stamps[0].clock is not None \
        and len(t) - (stamps[0].end - stamps[0].start) <= MAX_STAMP_REST


def _log_row(parts: list[str]) -> bool:
    """Whether a row's cells are an entry of a log: one cell a moment (:func:`_stamp_cell`), and the
    other cells names more than figures (fewer of them hold a digit than do not: a version's
    «نسخه ۲», what was done, who did it)."""
    stamp = [_stamp_cell(p) for p in parts]
    rest = [p for p, t in zip(parts, stamp) if not t]
    return sum(stamp) == 1 and 2 * sum(1 for p in rest if _DIGIT.search(p)) < len(rest)


def log_rows(texts: list[str | None], rows: set[int]) -> set[int]:
    """The rows (indices into ``texts``, among ``rows``) of the tables that are logs, not figures: every
    row, but a heading row over them, an entry at a moment with the names of what was done and who did
    it (a CMS's revision history «نسخه ۲ | ویرایش تیتر | خبرنگار | ۱۴۰۰/۰۸/۰۲ ۰۱:۲۵», a status log),
    shown under the story by the system that holds it, no story's table. A table of figures with a
    moment a row (a quake's «۱۴۰۰/۰۸/۰۲ ۰۳:۱۲ | ۴٫۵ | ۱۰ کیلومتر», a rate's clock) is none. A table
    is rows of the same width one under the other, blank lines between them aside.

    >>> rows = ["نسخه | تغییر | ویرایشگر | زمان", "نسخه ۱ | ثبت اولیه | سردبیر | ۱۴۰۰/۰۸/۰۲ ۰۰:۰۰",
    ...         "نسخه ۲ | ویرایش تیتر | خبرنگار | ۱۴۰۰/۰۸/۰۲ ۰۱:۲۵"]
    >>> sorted(log_rows(["متن خبر.", *rows], {1, 2, 3}))
    [1, 2, 3]
    >>> quakes = ["زمان | بزرگی | عمق", "۱۴۰۰/۰۸/۰۲ ۰۳:۱۲ | ۴٫۵ | ۱۰ کیلومتر", "۱۴۰۰/۰۸/۰۲ ۰۴:۴۰ | ۳٫۹ | ۸ کیلومتر"]
    >>> log_rows(quakes, {0, 1, 2})
    set()
    """
    out: set[int] = set()
    tables: list[list[int]] = []
    for i in sorted(rows):
        c = cells(texts[i] or "")
        last = tables[-1][-1] if tables else -1
        if c is None:
            continue
        if tables and len(cells(texts[last] or "") or ()) == len(c) \
                and all(not texts[j] for j in range(last + 1, i)):
            tables[-1].append(i)
        else:
            tables.append([i])
    for table in tables:
        entries = [_log_row(cells(texts[i] or "") or []) for i in table]
        body = entries[1:] if not entries[0] else entries
        if len(body) >= MIN_LOG_ENTRIES and all(body):
            out.update(table)
    return out


def join_rows(lines: list[str], dom: list) -> tuple[list[str], list, set[int]]:
    """An HTML page's lines with the cells of each table row (consecutive lines whose blocks are
    the ``<td>`` / ``<th>`` cells of one ``<tr>``, one line a cell, :class:`.htmlbody.Dom` ``dom``) joined into one
    line «a | b | c», as a flat page writes it; and the indices of the joined rows."""
    out: list[str] = []
    where: list = []
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        tr = _row_of(dom[i])
        j = i + 1
        while tr is not None and j < len(lines) and _row_of(dom[j]) is tr:
            j += 1
        if tr is not None and j - i >= MIN_CELLS and len(tr) == j - i \
                and len({id(dom[k].owner) for k in range(i, j)}) == j - i:
            # (each line a cell of its own: two lines of one cell, a layout table's story cell
            # that ends in a row of links and a visit counter set apart by <br>, are no row)
            row = " | ".join(lines[i:j])
            if cells(row) is not None:
                rows.add(len(out))
                out.append(row)
                where.append(dom[i])
                i = j
                continue
        out.append(lines[i])
        where.append(dom[i])
        i += 1
    return out, where, rows


def _row_of(d):
    """The ``<tr>`` whose cell the block of ``d`` is, else None."""
    el = getattr(d, "owner", None)
    if el is None or getattr(el, "tag", None) not in ("td", "th"):
        return None
    tr = el.getparent()
    return tr if tr is not None and tr.tag == "tr" else None
