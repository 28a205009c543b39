"""A story's tags, told by their shape whatever the site calls them: a label of a few words over
tags of a few words each, one a line or set apart on one line by commas or bars
(«برچسب‌ها: شورای شهر، طرح عمرانی، شهرداری»), each a name and no clause: no number, no sentence
mark, no function word but «و» («فرهنگ و هنر» is a tag, «عالی بود» a comment).

:mod:`.text` reads them under a story (:func:`tag_list_end`, :func:`tag_of_tail_list`) and between
a story and its date (:func:`without_tag_lists`), :mod:`.html` in a page's blocks (:func:`tag_shaped`,
:func:`tag_list_line`); whether a list names the story's own words is :mod:`.text`'s to weigh.
"""
from __future__ import annotations

import functools
import re

from ..textkeys import line_key
from .lexicon import function_words, tokens
from .lines import _ANY_TERMINAL, _DIGIT, BLANK, NOT_BODY, PARA, SHORT, Line, _next_shown, _prev_shown


@functools.lru_cache(maxsize=1)
def clause_words() -> frozenset[str]:
    """The function words that make a few words a clause (all but «و», which joins a name's parts)."""
    return function_words() - {line_key("و")}


#: a tag of a tag list has at most this many words («شورای شهر», «جام جهانی فوتبال»)
MAX_TAG_WORDS = 4
#: the label of a tag list has at most this many words («برچسب‌ها», «کلمات کلیدی», «موضوعات مرتبط»)
MAX_TAG_LABEL_WORDS = 3
#: what sets a list's tags apart on one line: a comma, a bar, a slash, a bullet or a spaced dash
_TAG_SEP = re.compile(r"\s*[،,|｜/•·]\s*|\s[-–—]\s")


def tag_shaped(text: str) -> bool:
    """Whether ``text`` may be one tag of a list: a few words (:data:`MAX_TAG_WORDS`), no number, no
    sentence mark, and a name, not a clause: no function word but «و» («فرهنگ و هنر» is a tag,
    «عالی بود» a comment)."""
    t = text.strip()
    return 1 <= len(t.split()) <= MAX_TAG_WORDS and not _DIGIT.search(t) and t[-1] not in _ANY_TERMINAL \
        and not (set(tokens(t)) & clause_words())


def tag_label(text: str) -> bool:
    """Whether ``text`` may head a list of tags: a few words (:data:`MAX_TAG_LABEL_WORDS`), no number,
    at most a colon at its end («برچسب‌ها:», «کلیدواژه‌ها»)."""
    t = text.strip().rstrip(":：").strip()
    return bool(t) and len(t.split()) <= MAX_TAG_LABEL_WORDS and not _DIGIT.search(t) \
        and t[-1] not in _ANY_TERMINAL and ":" not in t and "：" not in t


def tag_list_line(text: str) -> bool:
    """Whether a line is a labelled list of tags, whatever its label says: a label of a few words and
    a colon, then two tags or more set apart by commas or bars, each a few words with no number or
    sentence mark (a field of the page, never a related item's headline or a comment's name).

    >>> tag_list_line("برچسب‌ها: شورای شهر، طرح عمرانی، شهرداری"), tag_list_line("منبع: ایسنا")
    (True, False)
    """
    label, colon, rest = text.partition(":")
    if not colon:
        label, colon, rest = text.partition("：")
    tags = [t for t in _TAG_SEP.split(rest) if t.strip()]
    return bool(colon) and tag_label(label) and len(tags) >= 2 and all(tag_shaped(t) for t in tags)


def tag_list_end(lines: list[Line], start: int) -> int:
    """Where a list of tags that opens at line ``start`` ends (:func:`without_tag_lists`), or
    ``start`` when none opens there."""
    k = start
    while k < len(lines) and lines[k].kind == BLANK:
        k += 1
    if k == len(lines):
        return start
    if tag_list_line(lines[k].text):
        return k + 1
    if lines[k].kind == PARA or not tag_label(lines[k].text):
        return start
    tags, end, j = 0, start, _next_shown(lines, k)
    while j is not None and lines[j].kind == SHORT and not lines[j].related and tag_shaped(lines[j].text):
        tags, end, j = tags + 1, j + 1, _next_shown(lines, j)
    return end if tags >= 2 else start


def tag_of_tail_list(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a tag of a list set one tag a line under a label of the page's tail
    (:func:`tag_list_end`), whatever the label says: the label no body line (a line the site's
    template shows under its stories, «موضوعات مرتبط:» in its own words), each tag a few words
    (:func:`tag_shaped`), and the list closed by another tail line (a share button), not by prose.
    The story's tags under its last paragraph; a story's own list under its own heading is body
    lines, and prose goes on under it.

    «امیرپور مرتبط:» (the site's label) / «هفته دولت» / «خراسان شمالی» / «مدیریت» / «تلگرام» (a share
    button): the three tags are the tail's."""
    if lines[i].kind != SHORT or lines[i].related or not tag_shaped(lines[i].text):
        return False
    j = _prev_shown(lines, i)
    while j is not None and lines[j].kind == SHORT and not lines[j].related and tag_shaped(lines[j].text):
        j = _prev_shown(lines, j)
    if j is None or lines[j].kind not in NOT_BODY:
        return False
    end = tag_list_end(lines, j)
    after = _next_shown(lines, end - 1) if end > i else None
    return after is not None and lines[after].kind in NOT_BODY


def without_tag_lists(between: list[Line]) -> list[Line]:
    """``between`` (the lines between a story and a date) without its lists of tags: a line
    :func:`tag_list_line`, or a label line over two tag lines or more («برچسب‌ها» / «شورای شهر» /
    «شهرداری»). A site sets the story's tags between its last paragraph and its date, whatever it
    calls them; a related item's headline or a comment's name stands over its date alone."""
    out: list[Line] = []
    k = 0
    while k < len(between):
        ln = between[k]
        if tag_list_line(ln.text):
            k += 1
            continue
        run = k + 1
        while run < len(between) and between[run].kind == SHORT and not between[run].related \
                and tag_shaped(between[run].text):
            run += 1
        if ln.kind != PARA and tag_label(ln.text) and run - k - 1 >= 2:
            k = run
            continue
        out.append(ln)
        k += 1
    return out
