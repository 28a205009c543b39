"""A flat page's header, read by position: where a line stands under the story's headline.

Right under it (:func:`right_after_headline`, the story's credit aside), or under it with only the
header's meta lines between (:func:`under_headline_meta`: a byline, a date, a counter, a code, the
site's fixed rows, :data:`HEADER_META_MAX_LINES` of them at most). :mod:`.text` asks this of a
summary, a label and a box it weighs; :mod:`.comments` of a comment box a page sets between the
story's head and its text.
"""
from __future__ import annotations

from .credits import bare_credit
from .lines import _DIGIT, BLANK, CHROME, DATE, LABEL, META, NAV, SHORT, Line


def right_after_headline(lines: list[Line], i: int, *, widgets: bool = False) -> bool:
    """Whether line ``i`` directly follows a headline-like line (blank lines aside). A line the site's
    template knows is no headline (a widget's «🔊 شنیدن این خبر» over every story): a headline is the
    page's own, or another story's (a related link); with ``widgets``, a line of three words or more
    the template knows counts too (a widget between the headline and its lead, «اندازه متن: A+ A-»)."""
    j = i - 1
    while j >= 0 and (lines[j].kind == BLANK or bare_credit(lines[j])):
        j -= 1  # (and the story's credit under the headline: «خبرگزاری دانشجویان ایران (ایسنا)»)
    return j >= 0 and lines[j].kind == SHORT and lines[j].words >= 3 \
        and (widgets or lines[j].related or not lines[j].recurs)


#: the header's meta lines (byline, date, counters, code) between a headline and a lead: at most
HEADER_META_MAX_LINES = 6


#: a line of the site's header slot under a lead stands on at least this share of the site's pages
SLOT_LINE_SHARE = 0.5


HEADER_META = frozenset({META, DATE, LABEL, NAV, CHROME})


def under_headline_meta(lines: list[Line], i: int, *, known: bool = False) -> bool:
    """Whether line ``i`` follows a headline-like line with only the header's meta lines between
    (one to six: a byline, a date, a counter «۱۲ بازدید», a code «کد خبر: …», the site's chrome),
    blank lines aside; with ``known``, the lines the site repeats on its pages (its toolbar, its
    widgets' buttons) are not counted toward the six."""
    seen = 0
    for j in range(i - 1, -1, -1):
        ln = lines[j]
        if ln.kind == BLANK:
            continue
        if ln.kind in HEADER_META or (ln.kind == SHORT and ln.words <= 2 and _DIGIT.search(ln.text)) \
                or (ln.kind == SHORT and ln.recurs and ln.share >= SLOT_LINE_SHARE) or bare_credit(ln):
            # (a label on most of the site's pages is a row of its header: a button «حالت مطالعه»)
            if not (known and ln.recurs and seen):
                seen += 1
            if seen > HEADER_META_MAX_LINES:
                return False
            continue
        return seen >= 1 and ln.kind == SHORT and ln.words >= 3
    return False
