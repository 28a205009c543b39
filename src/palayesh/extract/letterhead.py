"""A letter's or a circular's letterhead: its number and date fields, and the heading under them.

An office document exported to HTML (Word's filtered HTML, LibreOffice, Google Docs, pdftohtml) or
saved as text opens with a letterhead: a blessing and the office's name, then the letter's fields
«شماره: ۱۲/۳۴۵»، «تاریخ: ۱۴۰۲/۰۹/۱۲» (or «مورخ …»)، «پیوست: ندارد», then its subject «موضوع: …» or a
heading. The field's date is the document's day (not the file's creation date its metadata gives),
the subject (or the heading) its title (not the blessing over it nor the file's name in
``<title>``). Read by the page's shape: a number field and a date field in a few lines near the top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from ..textkeys import line_key
from .dates import DateLine, date_line

#: a letter's fields: its number, its date, its attachments (a label, a colon or not, the value)
_FIELD = re.compile(r"(?:^|\s)(?:(?P<number>شماره(?:[\s\u200c]*(?:نامه|بخشنامه))?)\s*[:：]?\s*(?=[0-9۰-۹٠-٩])"
                    r"|(?P<date>تاریخ|مورخ[هﮥ]?)\s*[:：]?\s*(?=[0-9۰-۹٠-٩])"
                    r"|(?P<attachment>پیوست(?:[\s\u200c]*ها)?)\s*[:：])")
#: the words every label of :data:`_FIELD` holds: a line with none of them has no field
_LABEL_WORDS = ("شماره", "تاریخ", "مورخ", "پیوست")
#: a labelled line with a short value, «منبع تصویر: ورزش۳», is a field, no heading (a speaker's headline
#: «انریکه: همان کار بارسلونا را …» says more after its colon)
MAX_FIELD_VALUE_WORDS = 3
_LABELLED = re.compile(r"^\s*\S+(?:\s\S+)?\s*[:：]")
_SUBJECT = re.compile(r"^\s*موضوع\s*[:：]\s*(?P<value>\S.*?)\s*$")
#: a subject names the matter in this many words at least; a word or two «موضوع: آموزشی» files the
#: document under a topic (a section), its heading the line under the fields
MIN_SUBJECT_WORDS = 3
#: how many of the page's first lines (blanks aside) the letterhead's fields may start within
HEAD_LINES = 15
#: how many lines (blanks aside) the fields may span, and the subject stand under them
FIELD_LINES = 4
#: a field line has this many words at most («شماره: ۱۲/۳۴۵ تاریخ: ۱۴۰۲/۰۹/۱۲ پیوست: ندارد»)
MAX_FIELD_WORDS = 10


@dataclass(frozen=True)
class Letterhead:
    """A letterhead read off a page: its date, and the document's subject or heading (or None)."""

    date: DateLine
    heading: str | None
    #: the line the fields start on, the line after them
    start: int
    end: int

    def files_under(self, lines: list[str], section: str | None) -> bool:
        """Whether ``section`` is a line over the fields (the blessing, the office's name), no section."""
        key = line_key(section or "")
        return bool(key) and any(line_key(t) == key for t in lines[:self.start])

    def titles(self, lines: list[str], title: str | None) -> bool:
        """Whether the heading is the page's title rather than ``title``: a title the page shows
        over the fields (the blessing, the office's name) or nowhere (the file's name)."""
        if not self.heading:
            return False
        if not title:
            return True
        key, heading = line_key(title), line_key(self.heading)
        if key == heading:
            return False
        # (the subject's line with its label, «موضوع: …», is the heading's)
        return heading in key or not any(line_key(t) == key for t in lines[self.end:])


def _fields(t: str) -> set[str]:
    if not any(word in t for word in _LABEL_WORDS) or len(t.split()) > MAX_FIELD_WORDS:
        return set()  # (no field's label: the pattern, which tries every position of the line, not run)
    got, opening = set(), set()
    for m in _FIELD.finditer(t):
        name = next(name for name in ("number", "date", "attachment") if m.group(name))
        got.add(name)
        if not t[:m.start()].strip():
            opening.add(name)
    # (a field inside a line counts on a one-line letterhead, «بخشنامه شماره … مورخ …», which names
    # both; a paper's «روزنامه شماره ۳۷۵۰ - صفحه ۱۱» is no letter's number)
    return got if opening or {"number", "date"} <= got else set()


def letterhead(lines: list[str]) -> Letterhead | None:
    """The letterhead over the page's text, or None.

    >>> h = letterhead(["بسمه تعالی", "اداره کل آموزش و پرورش", "شماره: ۱۲/۳۴۵", "تاریخ: ۱۴۰۲/۰۹/۱۲",
    ...                 "پیوست: ندارد", "موضوع: برگزاری آزمون‌های پایانی", "مدیران محترم مدارس، با سلام؛ ..."])
    >>> h.heading, h.date.stamp.day.isoformat()
    ('برگزاری آزمون\u200cهای پایانی', '2023-12-03')
    """
    rows = list(compress(range(len(lines)), map(str.strip, lines)))  # (the lines with text, found in C)
    for k, i in enumerate(rows[:HEAD_LINES]):
        if not {"number", "date"} & _fields(lines[i]):
            continue
        seen: set[str] = set()
        date = None
        end = k
        for j in rows[k:k + FIELD_LINES]:
            got = _fields(lines[j])
            if not got:
                break
            seen |= got
            end += 1
            if "date" in got and date is None:
                date = date_line(lines[j])
        if {"number", "date"} <= seen and date is not None:
            return Letterhead(date, _heading(lines, rows[max(0, k - 2):k], rows[end:end + FIELD_LINES]), i,
                              rows[end - 1] + 1)
        return None
    return None


def _heading(lines: list[str], above: list[int], under: list[int]) -> str | None:
    """The document's subject («موضوع: …» just over or under the fields), else the heading line
    right under the fields: a title's length, no sentence's end."""
    for i in [*under, *above]:
        m = _SUBJECT.match(lines[i])
        if m and len(m.group("value").split()) >= MIN_SUBJECT_WORDS:
            return m.group("value")
    under = [i for i in under if not _SUBJECT.match(lines[i])]  # (a topic's line, «موضوع: آموزشی»)
    if under:
        t = lines[under[0]].strip()
        if 2 <= len(t.split()) <= 25 and not t.endswith((".", ":", "：", "؛", "،")) and date_line(t) is None \
                and not ((m := _LABELLED.match(t)) and len(t[m.end():].split()) <= MAX_FIELD_VALUE_WORDS):
            return t
    return None
