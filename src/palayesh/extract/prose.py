"""Whether a line is running prose: the story's paragraphs, told from the lines around them.

A page's story is its run of prose lines (:func:`is_prose`: long, or ending a sentence); a ticker
or a menu strung on one line (:func:`is_ticker`) and a trail whose last item is a headline cut
short (:func:`cut_trail`) are none, whatever their length. :func:`last_prose` finds where the story
ends, and :func:`shares_words` whether a line tells the story's words. Every reader of a page's
lines asks these (the template pass, the dialogue and the lists a story introduces, extraction),
so they stand here, below all of them, with the marks and bounds those readers share.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..memo import short_line_memo

#: lines longer than this many characters are prose, never template
MAX_LINE_CHARS = 300
#: ... and between a story's paragraphs, never longer than this (a disclaimer, a caption)
MAX_BODY_CHROME_CHARS = 200

#: the marks and spaces at a line's ends, stripped before its last character is read
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u200b\u200c\ufeff \u00a0\t"
_PROSE_END = frozenset(".!?؟…")
_DIGITS = re.compile(r"\d+")
_COLON = re.compile(r"[:：]")


#: separators of a ticker or a menu written on one line («تازه‌ها: … ◄ … ◄ …»)
ITEM_SEP = re.compile(r"\s?[◄►•▪◆|｜·]\s?")
_ITEM_CHARS = "◄►•▪◆|｜·"
_ITEM_CHAR = re.compile("[" + _ITEM_CHARS + "]")


def is_ticker(text: str) -> bool:
    """Whether a line strings three or more items together with separators (a ticker, a menu)."""
    return len(text) < 600 and _ITEM_CHAR.search(text) is not None and len(ITEM_SEP.findall(text)) >= 2


#: a bracket of a few words closing a line after what it says: a story's closing credit «(ایسنا)»
#: after its last sentence's full stop, or a headline's «(عکس)» after its last word
_CLOSING_BRACKET = re.compile(r"\s*[(\[][^()\[\]\n]{1,40}[)\]]$")


def is_prose(text: str) -> bool:
    """A line of running text: 25 words or more, or 10 or more ending with a period (16 with «!» or
    «؟»: headlines end so too), before a closing bracket if one ends it (a credit «… می‌شود. (ایسنا)»;
    a headline «… برگزار شد (عکس)» ends with no period); never a ticker, nor a trail whose last item
    is cut (:func:`cut_trail`).

    >>> is_prose("او افزود که همه مسابقات این دوره از امروز از تلویزیون پخش می‌شود. (ایسنا)")
    True
    >>> is_prose("نمایشگاه بزرگ کتاب کودک و نوجوان امروز در مصلای شهر برگزار شد (عکس)")
    False
    """
    return _remembered_prose.ask(text)


def _is_prose(text: str) -> bool:
    n = text.count(" ") + 1
    if n >= 25:
        return not is_ticker(text)
    if n < 10:
        return False
    last = text.rstrip(_MARKS)[-1:]
    if last in ")]" and (m := _CLOSING_BRACKET.search(text)) is not None:
        last = text[:m.start()].rstrip(_MARKS)[-1:] or last  # «… پخش می‌شود. (ایسنا)»: the sentence ends before
    if last in ".…" and any(c in text for c in "/›>≫»"):
        return not cut_trail(text)
    return last in ".…" or (n >= 16 and last in _PROSE_END)


#: lines told prose or not, remembered up to this many characters: the template pass and extraction
#: ask of every line of a page, several times, and a site's lines recur on its pages (500 pages of
#: the bench: 56,800 asks of lines this short, 4,300 of them different; 2,000 pages: 11,900 different,
#: which a memo of 8,192 (two halves of 4,096) forgot and made again, 24,800 times, and 32,768 holds)
PROSE_CACHE, PROSE_CACHE_CHARS = 32768, 500
_remembered_prose = short_line_memo(PROSE_CACHE_CHARS, PROSE_CACHE)(_is_prose)


#: the separators of a trail written on one line, a space on each side («۱۴۰۲/۰۲/۰۳», «کرونا/ نگرانی»
#: are no trail); «»» only on a line without «« (a quote closes with it)
_TRAIL_SEP = re.compile(r"\s+[/›>≫]\s+")
_TRAIL_SEP_GUILLEMET = re.compile(r"\s+[/›>≫»]\s+")
_CUT_END = ("...", "…")


def cut_trail(text: str) -> bool:
    """Whether a line is a trail of two or more short items (four words or fewer each) ending with
    a longer one cut short with «...»: the headline, cut to fit the trail. Its last dots close no
    sentence: such a line is no prose, whatever the words of its home label.

    >>> cut_trail("ابتدا / آموزش و پرورش / یک عضو مجمع ملی عراق درباره تلاش...")
    True
    >>> cut_trail("او گفت: ما تلاش می‌کنیم / همه باید کمک کنند...")
    False
    >>> cut_trail("«سلام» و «خداحافظ» را گفت » و رفت » تا فردا...")
    False
    """
    if not text.rstrip(_MARKS).endswith(_CUT_END):
        return False
    parts = (_TRAIL_SEP if "«" in text else _TRAIL_SEP_GUILLEMET).split(text)
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 4 for p in parts[:-1])


#: a line tells the story when it shares this many content words with the story's lines
#: (:func:`shares_words`: a headline with its lead, a reader's question with the answers)
MIN_TOLD_WORDS = 2


def shares_words(words: set[str], story: list[int], words_of: Callable[[int], set[str]]) -> bool:
    """Whether ``words`` share :data:`MIN_TOLD_WORDS` content words with the story's lines ``story``
    (``words_of``: a line's content words), read a line at a time until they do: a headline's
    words most often stand in the lead already, and the words of lines joined are those of each."""
    found: set[str] = set()
    for j in story:
        found |= words & words_of(j)
        if len(found) >= MIN_TOLD_WORDS:
            return True
    return False


def last_prose(lines: list[str], prose: list[bool] | None = None) -> int:
    """The index of a page's last prose line with another prose line within the four lines above
    it (a story's last paragraph, not a newsletter's one sentence among the tail's buttons); the
    last prose line if none is so; -1 for none (``prose``: :func:`is_prose` of each line, if known)."""
    if prose is None:
        prose = [is_prose(t) for t in lines]
    at = [i for i, p in enumerate(prose) if p]
    for k in range(len(at) - 1, 0, -1):
        if at[k] - at[k - 1] <= 4:
            return at[k]
    return at[-1] if at else -1
