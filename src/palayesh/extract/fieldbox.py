"""A story's facts in a box of fields, each label alone on its line and its value on the next.

An HTML ``<dl>`` of ``<dt>``/``<dd>`` pairs, or a two-column table, flattened to lines::

    بخش
    قرائت
    انتشار
    ساعت ۱۸:۱۲ روز سه‌شنبه ۵ دی ۱۴۰۲
    منبع
    سایت ورزش سه
    کد مطلب
    ۶۴۱۵۳۷

Read line by line, no line says «بخش: قرائت»; read as pairs, the box is a run of «label: value»
fields. :func:`box_fields` finds the pairs by shape alone (labels of a word to three and no digit,
alternating with values, one of them a date or a code), :func:`box_section` names the story's
section among them: the field whose label is a section label («بخش», «دسته‌بندی»: what
:func:`.sections.section_from_label` reads), else the field the site's template shows as its
section slot (:meth:`.template.PageTemplate.box_slot_share`: the label whose value is an item of
the site's menu on its pages), else the one value the page's menu lists, under a label it does not.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..memo import short_line_memo
from ..textkeys import line_key
from .sections import HOME_KEYS, qualified_label, section_from_label

#: a field's label: a word to three of letters (ZWNJ inside), maybe a colon after it, no digit
_FIELD_LABEL = re.compile(r"^[^\W\d_]+(?:(?:\s+|\u200c)[^\W\d_]+){0,4}\s*[:：]?$")
MAX_LABEL_WORDS = 3
#: a field's value is a short line, no sentence of the story (a date, a name, a code)
MAX_VALUE_WORDS = 12
#: a box holds this many fields at least
MIN_BOX_FIELDS = 2
#: ... and of its values, this share at least hold a digit: a menu set an item a line over the
#: headline and a box under it would read as one box of mostly names
DIGIT_VALUE_SHARE = 1 / 3
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?؟:：]\s*$")


def field_label(text: str) -> bool:
    """Whether a line can be a field's label alone: a word to three, no digit or mark but a final
    colon, no home label (a trail set an item a line starts with one).

    >>> field_label("کد مطلب"), field_label("تاریخ انتشار:"), field_label("۱۴۰۲"), field_label("انتهای خبر/")
    (True, True, False, False)
    >>> field_label("صفحه نخست")
    False
    """
    return _remembered_field_label.ask(text)


def _field_label(text: str) -> bool:
    return _label_shaped(text) and label_key(text) not in HOME_KEYS


def header_label(text: str) -> bool:
    """Whether a table's header cell (``<th>``) beside a value cell can be a field's label: the markup
    says it is one, so its words may run to five («تاریخ ثبت در سامانه», a clipping service's field),
    where a line alone (:func:`field_label`) needs three at most to tell a label from a short line of
    text; still no digit or mark but a final colon, no home label.

    >>> header_label("تاریخ ثبت در سامانه"), field_label("تاریخ ثبت در سامانه"), header_label("۱۴۰۲")
    (True, False, False)
    """
    t = text.strip()
    return bool(_FIELD_LABEL.match(t)) and label_key(t) not in HOME_KEYS


#: lines told a label or not, remembered: a page's box search asks of every line, a line several
#: times, and a site's lines recur on its pages (500 pages of the bench: 25,600 asks of 2,300 such lines)
FIELD_LABEL_CACHE, FIELD_LABEL_CACHE_CHARS = 8192, 200
_remembered_field_label = short_line_memo(FIELD_LABEL_CACHE_CHARS, FIELD_LABEL_CACHE)(_field_label)


def _label_shaped(text: str) -> bool:
    t = text.strip()
    # (the words counted first, by a split that stops after the few a label may have: most lines
    # are longer, and the match of a line of letters reads up to five of its words)
    return len(t.rstrip(":：").split(None, MAX_LABEL_WORDS)) <= MAX_LABEL_WORDS and bool(_FIELD_LABEL.match(t))


#: a line of fields of its own («کد خبر: ۱۲ | تاریخ: …»), no one field's value
_OWN_FIELDS = re.compile(r"[:：]\s|[|｜]")


def _value(text: str) -> bool:
    t = text.strip()
    return bool(t) and len(t.split()) <= MAX_VALUE_WORDS and not _SENTENCE_END.search(t) and not _OWN_FIELDS.search(t)


def box_fields(lines: list[str], prose: list[bool] | None = None, *,
               fixed: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
    """(label's index, value's index) of each field of the key/value boxes among ``lines`` (non-blank):
    :data:`MIN_BOX_FIELDS` label lines or more (:func:`field_label`, all with a colon or none, each
    apart), each over a short value, a third of them at least with a digit (the story's date or
    code: the box holds the story's facts), no label line right above the box (a list of short lines, a
    menu, is no box: its pairs would be read out of step), and not between two lines of prose
    (``prose``, when given: a table inside the story, whose cells are the story's). ``fixed``, when
    given, tells the lines the site shows on (nearly) every page: one of them may be a label of up to
    five words (:func:`header_label`, «تاریخ ثبت در سامانه»), as a table's header cell may, since the
    run shows it is the site's own, not the story's.

    >>> box_fields(["متن خبر.", "بخش", "قرائت", "منبع", "فارس", "شناسه مطلب", "۳۵۱۹۸۸", "انتهای خبر/"])
    [(1, 2), (3, 4), (5, 6)]
    >>> box_fields(["خانه", "ورزشی", "اقتصادی", "سیاسی", "۱۴۰۲/۰۱/۰۱"]), box_fields(["بخش", "ورزشی", "منبع", "فارس"])
    ([], [])
    """
    def label(k: int) -> bool:
        return field_label(lines[k]) or (fixed is not None and fixed(k) and header_label(lines[k]))

    out: list[tuple[int, int]] = []
    n, i = len(lines), 0
    while i + 3 < n:
        if not label(i) or (i > 0 and _label_shaped(lines[i - 1])):
            i += 1
            continue
        colon = lines[i].rstrip().endswith((":", "："))
        pairs: list[tuple[int, int]] = []
        j = i
        while j + 1 < n and label(j) and lines[j].rstrip().endswith((":", "：")) == colon \
                and _value(lines[j + 1]):
            pairs.append((j, j + 1))
            j += 2
        labels = {line_key(lines[a]) for a, _ in pairs}
        inside = prose is not None and i > 0 and j < n and prose[i - 1] and prose[j]
        dated = sum(1 for _, b in pairs if _DIGIT.search(lines[b]))
        if len(pairs) >= MIN_BOX_FIELDS and len(labels) == len(pairs) and not inside and dated \
                and DIGIT_VALUE_SHARE * len(pairs) <= dated:
            out.extend(pairs)
            i = j
        else:
            i += 1
    return out


def label_key(text: str) -> str:
    """The key of a field's label, its colon aside («تاریخ انتشار:» and «تاریخ انتشار» alike)."""
    return line_key(text.strip().rstrip(":："))


#: a label the site's template shows over an item of its menu on this share of the pages showing
#: it at least is its box's section slot (:func:`box_section`): its section values the menu lists,
#: some of them (a sub-section it does not: «حفظ کل» under «حفظ»)
MIN_SLOT_SHARE = 0.3


def properties_section(pairs: list[tuple[str, str]]) -> str | None:
    """The section a box of the story's properties names, given as (name, value) pairs (a Notion
    page's «تاریخ» / date, «دسته» / X; rows of ``<div>``s or lines under the headline): two pairs at
    least (:data:`MIN_BOX_FIELDS`), a value with a digit among them (the story's date: the box holds
    its facts), and the value of the first pair read as a section label's
    (:func:`.sections.section_from_label` of «name: value»).

    >>> properties_section([("تاریخ", "۵ دی ۱۴۰۲"), ("دسته", "آموزش")]), properties_section([("دسته", "آموزش")])
    ('آموزش', None)
    """
    if len(pairs) < MIN_BOX_FIELDS or not any(_DIGIT.search(v) for _, v in pairs):
        return None
    return next((got for n, v in pairs if (got := section_from_label(f"{n}: {v}"))), None)


def box_section(lines: list[str], fields: list[tuple[int, int]], listed: set[str] | frozenset[str],
                slot_share: Callable[[str], float] | None = None) -> str | None:
    """The story's section a box of fields names (:func:`box_fields`): the value of a section label
    («بخش» / «قرائت»: :func:`.sections.section_from_label` of the pair read as one line), else of the
    label the site's pages show as their section slot (``slot_share``, a label's share of its pages
    whose value their menu lists: :meth:`.template.PageTemplate.box_slot_share`), else the one value
    the page's menu lists (``listed``: keys of its items), under a label it does not list (a menu
    set an item a line is no box).

    >>> ls = ["بخش", "قرائت", "انتشار", "۵ دی ۱۴۰۲"]
    >>> box_section(ls, [(0, 1), (2, 3)], set()), box_section(["رده", "حفظ", "زمان", "۵ دی"], [(0, 1), (2, 3)], {"حفظ"})
    ('قرائت', 'حفظ')
    >>> box_section(["بخش خبری", "خبر شبانگاهی", "سرویس", "اقتصادی"], [(0, 1), (2, 3)], set())
    'اقتصادی'
    """
    if not fields:
        return None
    first = None
    for a, b in fields:
        pair = f"{lines[a].strip().rstrip(':：')}: {lines[b].strip()}"
        named = section_from_label(pair)
        if named and not qualified_label(pair):
            return named
        # (a label qualified by a second word, «بخش خبری» / «خبر شبانگاهی», a script's bulletin, yields
        # to a plain one further in the box, «سرویس» / «اقتصادی»)
        first = first or named
    if first:
        return first
    values = [(a, b) for a, b in fields if not _DIGIT.search(lines[b]) and line_key(lines[b]) not in HOME_KEYS]
    if slot_share is not None:
        best = max(((slot_share(lines[a]), b) for a, b in values), default=(0.0, -1))
        if best[0] >= MIN_SLOT_SHARE:
            return lines[best[1]].strip()
    if any(label_key(lines[a]) in listed for a, _ in fields):
        return None
    found = [b for _, b in values if line_key(lines[b]) in listed]
    return lines[found[0]].strip() if len(found) == 1 else None
