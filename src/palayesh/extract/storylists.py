"""Lists a story sets between its paragraphs: rows under a clause that introduces them, items
numbered one by one, a law's clauses.

A story says what it lists: a clause of its own that ends in a colon («نرخ محصولات تعاونی در
بازارچه امروز:») over rows of one kind (a schedule's «روستا: روز», a price list's «کالا: قیمت»),
over items numbered from «۱», or over bare items (a station, a programme's time), with a paragraph
of the story under them (:func:`introduced_rows`); or it quotes a law's articles, clauses that
open with one word and numbers one by one (:func:`numbered_clauses`). Their lines recur on the
site's pages (the villages, the goods, «ماده» a site writes of), yet the list is each story's own.
A box's list is not: its heading is short and the site's line whole, and a run of codes and links
(:func:`.boxes.code_field`) is the site's whatever clause stands over it.
"""
from __future__ import annotations

import re

from .boxes import code_field
from .prose import _DIGITS, _MARKS, _PROSE_END, MAX_BODY_CHROME_CHARS

#: a clause that introduces what follows it, a picture or a list, has this many words at least
#: («ورزشگاه تازه شهر را در تصویر زیر می‌بینید:»); a field's label has fewer («برچسب‌ها:»)
MIN_INTRO_WORDS = 8


def introduces_below(text: str) -> bool:
    """Whether a line is a clause of the story that ends in a colon, introducing what stands under
    it: no field's label, which has a word or two.

    >>> introduces_below("ورزشگاه تازه شهر که دیدار پایانی در آن برگزار می‌شود را در زیر می‌بینید:")
    True
    >>> introduces_below("برچسب‌ها:")
    False
    """
    return text.rstrip(_MARKS)[-1:] in ":：" and len(text.split()) >= MIN_INTRO_WORDS


#: a clause of the story that introduces rows under it (:func:`introduced_rows`) has this many words
#: at least («نرخ محصولات تعاونی در بازارچه امروز:»); a box's heading over its rows has fewer
#: («اوقات شرعی:»), and when it has as many it is the site's line whole, on its other pages too
MIN_ROWS_INTRO_WORDS = 5
#: ... and its rows this many at least: a call to follow a channel is over one link
MIN_INTRODUCED_ROWS = 2


#: a row's head: a few words (a label, a time, a name) before the mark that parts it from its value
_ROW_HEAD = re.compile(r"^\s*(\S+(?: \S+){0,3}?)\s*(:|\s[-–|]\s)")


def _row_kind(text: str) -> str | None:
    """How a row of a list, a table or a schedule is written: the mark after its head of one to
    four words («روستا: روز», «ساعت ۱۸:۳۰ - برنامه», «کالا | قیمت»), and whether its head and its
    value hold a figure (a list's rows are alike in where their figures stand; an inline link
    «مرتبط: …» set over a list of prices is no row of it), or for a table's row how many cells it
    has (its header's as many, no figure in it); None for another line (a sentence ends in a stop).

    >>> [_row_kind(t) for t in ("عسل آویشن: ۴۵۰ هزار تومان", "ساعت ۱۸:۳۰ - مستند کوچ", "نرخ امروز بازار.")]
    [':-9', '-9-', None]
    >>> _row_kind("رتبه | نام | نمره کل") == _row_kind("۱ | مریم احمدی | ۹۸۰۰")
    True
    """
    if len(text) > MAX_BODY_CHROME_CHARS or text.rstrip(_MARKS)[-1:] in _PROSE_END:
        return None
    m = _ROW_HEAD.match(text)
    if not m or not text[m.end():].strip():
        return None
    if m.group(2).strip() == "|":  # (a table's row: its cells counted, its header's as its rows')
        return "|" * len(text.split("|"))
    return "".join((m.group(2).strip().replace("–", "-"), "9" if _DIGITS.search(m.group(1)) else "-",
                    "9" if _DIGITS.search(text[m.end():]) else "-"))


#: a list's item opening with its number and a mark («۱. ثبت‌نام …», «۲- توزیع …», «۳) …»)
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)\-–]\s+\S")
#: a clause's number after the word that names what it counts («ماده ۱۲ - …», «بند ۳) …»)
_CLAUSE_NUMBER = re.compile(r"^\s*([^\W\d]+)\s+(\d{1,3})\s*[.)\-–:]\s+\S")


def item_number(text: str) -> int | None:
    """The number a list's item opens with, or None for a line that opens otherwise.

    >>> [item_number(t) for t in ("۲. توزیع شربت زمستانه", "۱۲- ماده دوازده", "۱۴۰۳ سال خوبی بود")]
    [2, 12, None]
    """
    m = _ITEM_NUMBER.match(text)
    return int(m.group(1)) if m else None


def clause_number(text: str) -> tuple[str, int] | None:
    """The word a numbered clause opens with and its number, or None for a line that opens otherwise.

    >>> clause_number("ماده ۱۲ - هر عضو تعاونی باید کندوهای خود را ثبت کند")
    ('ماده', 12)
    >>> clause_number("۲. توزیع شربت زمستانه") is None
    True
    """
    m = _CLAUSE_NUMBER.match(text)
    return (m.group(1), int(m.group(2))) if m else None


def _numbered_run(lines: list[str], i: int, numbered: dict[int, int] | None = None) -> int:
    """The end (exclusive) of the run of items numbered one by one from one that opens at ``i``
    («۱. …», «۲. …», «۳. …»; ``numbered``: the numbers the page's markup gives lines, the items of
    an ``<ol>``), or ``i`` when none opens there."""
    numbered = numbered or {}
    j, n = i, 1
    while j < len(lines) and len(lines[j]) <= MAX_BODY_CHROME_CHARS \
            and (numbered.get(j) or item_number(lines[j])) == n and not code_field(lines[j]):
        j, n = j + 1, n + 1
    return j


#: a clause of a numbered run the story sets between its paragraphs has this many words at least
#: («ماده ۱۲ - هر عضو تعاونی باید کندوهای خود را ثبت کند»); a pager's «صفحه ۲» has fewer
MIN_CLAUSE_WORDS = 6


def numbered_clauses(lines: list[str], prose: list[bool], region: list[str]) -> list[list[int]]:
    """Runs of two clauses or more between two prose lines of the story, each opening with one
    word and a number, the numbers one by one («ماده ۱۲ - …», «ماده ۱۳ - …»: a law's articles the
    story quotes), each of :data:`MIN_CLAUSE_WORDS` words or more. The word opens such lines on
    every page of a site that quotes laws; the count and the clauses are each story's own.

    >>> p = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    >>> numbered_clauses([p, "ماده ۱۲ - هر عضو باید کندوهای خود را پیش از کوچ ثبت کند",
    ...                   "ماده ۱۳ - خرید عسل فقط با گواهی آزمایشگاه انجام می‌شود", p], [True, False, False, True],
    ...                  ["M"] * 4)
    [[1, 2]]
    """
    out: list[list[int]] = []
    i = 1
    while i < len(lines):
        first = clause_number(lines[i]) if prose[i - 1] and region[i - 1] != "H" else None
        j = i
        while first is not None and j < len(lines) and not prose[j] and len(lines[j].split()) >= MIN_CLAUSE_WORDS \
                and len(lines[j]) <= MAX_BODY_CHROME_CHARS and clause_number(lines[j]) == (first[0], first[1] + j - i):
            j += 1
        if j - i >= 2 and j < len(lines) and prose[j] and region[j] != "H":
            out.append(list(range(i, j)))
        i = max(j, i + 1)
    return out


def introduced_rows(lines: list[str], prose: list[bool], region: list[str],
                    numbered: dict[int, int] | None = None) -> list[tuple[int, list[int]]]:
    """The story's clauses that introduce rows (ending in a colon, :data:`MIN_ROWS_INTRO_WORDS`
    words or more) right over :data:`MIN_INTRODUCED_ROWS` rows or more of one kind
    (:func:`_row_kind`: a schedule's «روستا: روز», a price list's «کالا: قیمت»), with a paragraph of
    the story under the rows: each as (the clause, its rows). The rows' labels may stand on many of
    the site's pages (the villages, the goods a site writes of), the clause's first words too
    («نرخ محصولات …»): the story says what it lists, and goes on under the list. Items numbered one
    by one from «۱» (:func:`item_number`, or ``numbered``: the numbers an ``<ol>`` gives its
    items) are such rows too, though each opens with words the site writes on its every page
    («۱. ثبت‌نام زنبورداران …»): a box's list is no count the story makes. A row whose value
    is no words (:func:`.boxes.code_field`: «کد خبر: ۴۰۰۳», «لینک کوتاه: https://…») is the site's
    whatever clause stands over it: no list of the story is a run of codes and links.

    >>> p = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    >>> introduced_rows([p, "نرخ محصولات تعاونی در بازارچه امروز:", "عسل آویشن: ۴۵۰ هزار تومان",
    ...                  "موم خالص: ۱۷۰ هزار تومان", p], [True, False, False, False, True], ["M"] * 5)
    [(1, [2, 3])]
    >>> introduced_rows([p, "اوقات شرعی:", "اذان صبح: ۰۴:۱۰", "اذان ظهر: ۱۲:۱۲", p],
    ...                 [True, False, False, False, True], ["M"] * 5)
    []
    >>> introduced_rows([p, "نتایج این بازی‌ها به شرح زیر است:", "کد خبر: ۴۰۰۳", "لینک کوتاه: https://x.ir/3", p],
    ...                 [True, False, False, False, True], ["M"] * 5)
    []
    """
    out: list[tuple[int, list[int]]] = []
    for i, t in enumerate(lines):
        if region[i] == "H" or not t.rstrip(_MARKS).endswith((":", "：")) \
                or len(t.split()) < MIN_ROWS_INTRO_WORDS or len(t) > MAX_BODY_CHROME_CHARS:
            continue
        j = _numbered_run(lines, i + 1, numbered)
        if j - i - 1 >= MIN_INTRODUCED_ROWS and j < len(lines) and prose[j] and region[j] != "H":
            out.append((i, list(range(i + 1, j))))
            continue
        kind = _row_kind(lines[i + 1]) if i + 1 < len(lines) else None
        j = i + 1
        while kind is not None and j < len(lines) and not prose[j] and _row_kind(lines[j]) == kind \
                and not code_field(lines[j]):
            j += 1
        if kind is not None and j - i - 1 >= MIN_INTRODUCED_ROWS and j < len(lines) and prose[j] \
                and region[j] != "H":
            out.append((i, list(range(i + 1, j))))
            continue
        j = i + 1
        while j < len(lines) and not prose[j] and _bare_item(lines[j]):
            j += 1
        if j - i - 1 >= MIN_INTRODUCED_ITEMS and j < len(lines) and prose[j] and region[j] != "H":
            out.append((i, list(range(i + 1, j))))
    return out


#: a bare item of a list the story introduces (a station, a name, a programme's time or title) has
#: this many words at most ...
MAX_ITEM_WORDS = 6
#: ... and a run of them under the clause this many items at least (a related box's heading and its
#: two links under a «… گفت:» are fewer, and longer)
MIN_INTRODUCED_ITEMS = 3


def _bare_item(text: str) -> bool:
    """Whether a line may be a bare item of a list the story introduces: a few words, no sentence's
    stop at its end, no link, no field «label: value» (a box's rows: a list of fields the story
    introduces is rows of one kind, :func:`_row_kind`) but a clock alone («ایستگاه سبلان», «۱۸:۳۰»,
    «مستند کوچ زنبورها»).

    >>> [_bare_item(t) for t in ("ایستگاه سبلان", "۱۸:۳۰", "کد خبر: ۴۰۰۳", "مرغ گرم: ۸۵,۰۰۰ تومان")]
    [True, True, False, False]
    >>> _bare_item("کندوها دیر کوچ کردند.")
    False
    """
    t = text.rstrip(_MARKS)
    if _CLOCK.match(t):
        return True
    return bool(t) and len(t.split()) <= MAX_ITEM_WORDS and t[-1] not in _PROSE_END and ":" not in t \
        and "：" not in t and not code_field(t) and "http" not in t and "|" not in t


#: a programme's time alone on its line («۱۸:۳۰»), which is a code field's shape too
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")
