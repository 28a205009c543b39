"""Readers' comments on a page: the posts of a readers' thread told by the thread's own structure.

A thread repeats one foot under every post (its vote and reply bar, «👍 ۹ 👎 ۲ | پاسخ», a short line
the site's template knows, the same but for its digits), and between two feet a post of a few short
lines holds one head of its own (a reader's name and the time of the post). :func:`reader_thread`
makes such posts chrome wherever the page sets them, whatever their words; :mod:`.text` calls it on
a page's classified lines (:mod:`.lines`) before it reads the page by position. A story's own
paragraph is no post: :data:`MIN_STORY_OPENING_WORDS`, which :mod:`.text` reads too for a comment box
set between a story's head and its text. A single comment is told by its writer's row
(:func:`commenter_row`, «بابک | ۶ روز پیش»), which :mod:`.text` reads wherever a page sets one.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .dates import RELATIVE, fold
from .lines import (
    _DIGIT,
    BLANK,
    CHROME,
    DATE,
    META,
    NOT_BODY,
    PARA,
    Line,
    _prev_shown,
    classify,  # noqa: F401  (the examples classify their lines)
)
from .sections import row_fields

_NUMBER = re.compile(r"\d+")  # (a count of one digit or of three: the same slot of a row)


#: the story's text under a comment box set before it opens with a paragraph of at least this many
#: words (a reader's comment, a form's rule, are shorter: :func:`_story_under_thread`)
MIN_STORY_OPENING_WORDS = 20


#: a readers' post between two of its thread's feet holds this many lines at most (a reply, the
#: next post's head, its text), none of them a story's paragraph (:data:`MIN_STORY_OPENING_WORDS`)
MAX_POST_LINES = 5
#: a post's foot (its vote and reply bar) is a short line: this many words at most
MAX_FOOT_WORDS = 8


def _post_head(ln: Line) -> bool:
    """A post's head: a short date or meta line of its own, which the site's template does not know
    (a reader's name and the time of the post, «نرگس | ۲۳ ساعت قبل»)."""
    return ln.kind in (DATE, META) and not ln.recurs and ln.words <= MAX_FOOT_WORDS


def _post_line(ln: Line) -> bool:
    """A line a readers' post may hold: none of a story's long paragraphs."""
    return not (ln.kind == PARA and ln.words >= MIN_STORY_OPENING_WORDS)


#: a count beside a mark (a symbol: a vote bar's «👍 ۵», «۱۲ ▼»), not a word («۱۲ بازدید») nor a
#: date's or time's punctuation («۱۴۰۲ - ۱۰:۳۰»)
def _marked_counts(text: str) -> int:
    n = 0
    for m in _NUMBER.finditer(text):
        before, after = text[:m.start()].rstrip()[-1:], text[m.end():].lstrip()[:1]
        n += any(c and unicodedata.category(c) == "So" for c in (before, after))
    return n


def _foot_shape(ln: Line) -> str:
    """A foot's shape, the same on every post: a vote bar's counters («👍 ۵ 👎 ۱۲ | پاسخ», two counts
    or more, each beside a mark) masked whole, so counts of one digit and of two are one bar; a line of
    one count («۱۲ بازدید», «۳۱۲ بازدید») masked digit by digit, so a listing's counters of different
    lengths, or a card's «۱۲ بازدید | ۳ نظر» (counts beside words), are no one "foot" and its cards
    (headline, teaser, date) no posts between them.

    >>> _foot_shape(classify("👍 ۵ 👎 ۱۲ | پاسخ")) == _foot_shape(classify("👍 ۱۴ 👎 ۳ | پاسخ"))
    True
    >>> _foot_shape(classify("۱۲ بازدید")) == _foot_shape(classify("۳۱۲ بازدید"))
    False
    >>> _foot_shape(classify("۱۲ بازدید | ۳ نظر")) == _foot_shape(classify("۳۱۲ بازدید | ۳ نظر"))
    False
    >>> _foot_shape(classify("۳ آذر ۱۴۰۲ - ۱۰:۳۰")) == _foot_shape(classify("۱۲ آذر ۱۴۰۲ - ۱۰:۳۰"))
    False
    """
    # (counted in the text: the key runs a bar's counts together, «👍 ۵ 👎 ۸» -> «58»)
    return _NUMBER.sub("0", ln.key) if _marked_counts(ln.text) >= 2 else _DIGIT.sub("0", ln.key)


def reader_thread(lines: list[Line]) -> None:
    """The posts of a readers' thread made chrome, wherever the page sets it (under the story, or a
    mobile theme's between its head and its text), by the thread's own structure, whatever its
    words: a foot the site's template knows (its vote and reply bar, «👍 ۹ 👎 ۹ | پاسخ»: a short
    line that recurs on the site, the same but for its digits) under every post, and between two
    feet a post of a few short lines that holds one head of its own (a reader's name and the post's
    time: :func:`_post_head`) and the post's words. Between two such feet the lines are a post; the first post is the
    lines from its head to the first foot, and after the last foot as many lines as the posts show
    between a foot and the next head (a site's reply). A page with one foot or none is left as it is.

    >>> ls = [classify(t) for t in ("لیلا | ۳ هفته قبل", "لطفا ادامه بدید", "👍 ۹ 👎 ۲ | پاسخ",
    ...       "نرگس | ۲۳ ساعت قبل", "کاش منبع دقیق‌تری هم معرفی می‌کردید.", "👍 ۴ 👎 ۱ | پاسخ")]
    >>> for k in (2, 5): ls[k].recurs = True
    >>> reader_thread(ls); [ln.kind == CHROME for ln in ls]
    [True, True, True, True, True, True]
    """
    feet: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.recurs and ln.kind not in (PARA, BLANK) and ln.words <= MAX_FOOT_WORDS and ln.key:
            feet.setdefault(_foot_shape(ln), []).append(i)
    cut: set[int] = set()
    for at in feet.values():
        posts, replies, reach = [], 0, 0
        for a, b in zip(at, at[1:]):
            block = [k for k in range(a + 1, b) if lines[k].kind != BLANK]
            heads = [k for k in block if _post_head(lines[k])]
            if len(block) > MAX_POST_LINES or len(heads) != 1 or len(block) < 2 \
                    or not all(_post_line(lines[k]) for k in block):
                continue  # (a post says something under its head: a date alone between two lines the
                # site repeats, its menu's last item and the same name as the story's kicker, is none)
            posts.append((a, b))
            replies = max(replies, sum(1 for k in block if k < heads[0]))
            reach = max(reach, sum(1 for k in block if k > heads[0]))
        if not posts:
            continue
        for a, b in posts:
            cut.update(range(a, b + 1))
        first = posts[0][0]
        for k in range(first - 1, max(first - reach - 2, -1), -1):
            if not _post_line(lines[k]) or lines[k].recurs:
                break
            if _post_head(lines[k]):
                cut.update(range(k, first))
                break
        last = posts[-1][1]
        k, n = last + 1, 0
        while k < len(lines) and n < replies:
            ln = lines[k]
            if ln.kind != BLANK:
                if ln.recurs or not _post_line(ln) or _post_head(ln) or ln.kind in NOT_BODY:
                    break
                cut.add(k)
                n += 1
            k += 1
    for k in sorted(cut):
        if lines[k].kind != BLANK:
            lines[k] = replace(lines[k], kind=CHROME)


#: a commenter's row: a name of a word or two, then how long ago the comment was written
#: («بابک | ۶ روز پیش», «امید | ٨ ساعت قبل»)
COMMENTER_WORDS = 2


def commenter_row(text: str) -> bool:
    """Whether a line is a comment's row: two fields, a name of a word or two without digits, then a
    relative date (:data:`.dates.RELATIVE`).

    >>> commenter_row("بابک | ۶ روز پیش"), commenter_row("ورزشی | ۱۴ مهر ۱۴۰۱"), commenter_row("زهره اکبری | ۳ نظر")
    (True, False, False)
    """
    fields = row_fields(text)
    return len(fields) == 2 and 1 <= len(fields[0].split()) <= COMMENTER_WORDS and not _DIGIT.search(fields[0]) \
        and bool(_DIGIT.search(fields[1])) and bool(RELATIVE.search(fold(fields[1])))


def _under_commenter(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right under a comment's row (:func:`commenter_row`): the comment."""
    j = _prev_shown(lines, i)
    return j is not None and commenter_row(lines[j].text)
