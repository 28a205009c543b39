"""Keys for matching text, kept apart from the text we write out.

palayesh keeps three things apart (STYLE.md): the text it writes (normalized, ZWNJ restored), the
key it hashes to match lines and documents (this module), and the tokens it indexes for search.
A key forgets everything that varies between copies of the same Persian text on the web:
Arabic/Persian letter variants (ي/ی, ك/ک, ة/ه), digit scripts, ZWNJ versus space versus nothing,
diacritics, tatweel, invisible marks and punctuation. Only letters and digits remain, in order.

>>> line_key("دکمه بازگشت به بالا") == line_key("دكمه بازگشت‌به بالا")
True
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import regex

from .memo import short_line_memo

# -- the folding tables: the one home of «which Persian letters and digits count as the same» --------
# Every caller that folds for matching (never for output: that is :mod:`palayesh.normalize.chars`)
# takes its table from here. They differ on purpose, so each has a name:
#
# - :data:`YEH_KAF` one letter for one, the two Arabic letters Persian pages type most; offsets in a
#   line stay put, so a match in the folded text is a match in the original (extract's line rules);
# - :data:`LETTER_FOLDS` every letter variant a key forgets (keys, search tokens);
# - :data:`DIGIT_FOLDS` Persian and Arabic-Indic digits to ASCII (keys, search tokens, dates);
# - :data:`SPACE_FOLDS` ZWNJ and no-break space to a space, for patterns written with ``\s``.

#: Arabic yeh and kaf to their Persian letters (one character for one)
YEH_KAF = {
    "ي": "ی",  # U+064A Arabic yeh -> U+06CC Persian yeh
    "ك": "ک",  # U+0643 Arabic kaf -> U+06A9 keheh
}
#: every letter variant a key or a search token forgets
LETTER_FOLDS = {
    **YEH_KAF,
    "ى": "ی",  # alef maksura
    "ئ": "ی",  # yeh with hamza
    "ة": "ه",  # teh marbuta
    "ۀ": "ه",  # heh with yeh (ezafe)
    "ہ": "ه",  # heh goal (Urdu)
    "ھ": "ه",  # heh doachashmee
    "أ": "ا",  # alef with hamza above
    "إ": "ا",  # alef with hamza below
    "ٱ": "ا",  # alef wasla
    "آ": "ا",  # alef with madda
    "ؤ": "و",  # waw with hamza
}
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669
#: Persian and Arabic-Indic digits to ASCII digits
DIGIT_FOLDS = {d: str(i) for digits in (PERSIAN_DIGITS, ARABIC_INDIC_DIGITS) for i, d in enumerate(digits)}
#: the folds of a key and of a search token: letters and digits
KEY_FOLDS = {**LETTER_FOLDS, **DIGIT_FOLDS}
#: ZWNJ and no-break space to a plain space (for patterns that match words apart with ``\s``)
SPACE_FOLDS = {"\u200c": " ", "\u00a0": " "}



def replacer(table: dict[str, str]) -> Callable[[str], str]:
    """A function replacing each key of ``table`` with its value, in one pass's meaning.

    ``str.translate`` with a table looks every character up (about 300 ns a character on Persian
    text, the largest single cost of the whole pipeline once); ``str.replace`` per key scans at
    memory speed, ten times faster for the few dozen keys of a fold table. The two agree as long as
    no value holds a key, which is checked here.

    >>> replacer({"ي": "ی", "۱": "1"})("علي ۱")
    'علی 1'
    """
    pairs = tuple(table.items())
    for _, dst in pairs:
        if any(src in dst for src, _ in pairs if src):
            raise ValueError(f"fold table value {dst!r} holds one of its keys: the result would depend on order")
    # one scan tells a text that holds no key at all (half the lines of a Persian page), which
    # then costs no scan per key
    any_key = re.compile("|".join(re.escape(src) for src, _ in pairs if src))

    def replace(text: str) -> str:
        if any_key.search(text) is None:
            return text
        for src, dst in pairs:
            if src in text:
                text = text.replace(src, dst)
        return text

    return replace


_key_folds = replacer(KEY_FOLDS)
# anything that is not a letter or a digit goes (marks Mn, tatweel Lm, ZWNJ Cf, spaces, punctuation)
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{Nd}]+|\u0640")
# what Persian lines hold most of what a key drops (ZWNJ, punctuation): each taken out by
# ``str.replace`` at memory speed, after which most lines are letters and digits only
_COMMON_DROPS = ("\u200c", ".", "،", ":", "-", '"', "/", "(", ")", "«", "»", "؛")
_ASCII_DIGITS = re.compile(r"[0-9]+")


def fold_yeh_kaf(text: str) -> str:
    """``text`` with :data:`YEH_KAF` folded, one character for one (offsets stay put).

    >>> fold_yeh_kaf("انتهاي پيام/ك")
    'انتهای پیام/ک'
    """
    for src, dst in YEH_KAF.items():
        text = text.replace(src, dst)
    return text


def fold(text: str) -> str:
    """``text`` with letter variants and digit scripts folded (NFKC, lower case); spacing, ZWNJ and
    punctuation are kept, so it can still be split into words.

    >>> fold("كتاب‌هاي ۱۲")
    'کتاب‌های 12'
    """
    return _key_folds(unicodedata.normalize("NFKC", text)).lower()


def whole_word(word: str) -> re.Pattern[str]:
    """A pattern that finds ``word`` as a whole word: no letter, digit or ZWNJ joined to it on
    either side («خلاصه» in «خلاصه: …» and «در خلاصه،», not in «خلاصه‌ای»).

    >>> bool(whole_word("خلاصه").search("در خلاصه، او گفت")), bool(whole_word("خلاصه").search("خلاصه‌ای"))
    (True, False)
    """
    return re.compile(rf"(?<![\w\u200c]){re.escape(word)}(?![\w\u200c])")


def only_letters_and_digits(s: str) -> bool:
    """Whether ``s`` holds only what :data:`_NOT_ALNUM` keeps (letters but tatweel, ASCII digits),
    by ``str`` methods that scan in C: ``str.isalpha`` is Unicode's L, which the regex module's
    ``\\p{L}`` takes in whole (its Unicode is as new as Python's or newer:
    ``tests/test_textkeys.py`` checks every code point)."""
    if s.isalpha():
        return "\u0640" not in s
    if not s.isalnum() or "\u0640" in s:
        return False
    rest = _ASCII_DIGITS.sub("", s)  # (isalnum also takes ² and ½, which are no decimal digit)
    return not rest or rest.isalpha()


def alnum_key(folded: str) -> str:
    """Letters and digits only, of a text already :func:`fold` ed.

    >>> alnum_key("کتاب‌های «نو»، ۱۲ـ۳ ² و 12")
    'کتابهاینو۱۲۳و12'
    """
    # (the common case costs no regex: spaces, ZWNJs and the usual punctuation go by str.replace,
    # and a text left with letters and digits only is its key; the regex takes what is left)
    s = folded.replace(" ", "")
    if only_letters_and_digits(s):
        return s
    for ch in _COMMON_DROPS:
        if ch in s:
            s = s.replace(ch, "")
    if only_letters_and_digits(s):
        return s
    return _NOT_ALNUM.sub("", s)


#: line keys remembered: a site's lines recur on its pages, and the template pass and extraction
#: key the same lines (a run of 2,000 pages asks 322,000 times for 29,000 lines: 4,096 remembered
#: missed 64,000 times, since the read stage's keys were gone when extraction asked; 32,768 miss
#: 29,000, about 10 MB a worker)
LINE_KEY_CACHE = 32768
#: only lines up to this many characters are remembered (bounded memory; longer ones are prose,
#: which recurs less)
LINE_KEY_CACHE_CHARS = 500
#: ... but a page's paragraphs are keyed three or four times while it is extracted (its lines, its
#: visible HTML text, its echoes): the last few longer lines are remembered apart, up to a length
#: that keeps the memo small (64 lines of 20,000 characters at most; a paragraph is about 1,000).
#: On 2,000 make_pages pages: 14,500 asks for 4,150 long lines, 7,400 answered here
LONG_KEY_CACHE, LONG_KEY_CACHE_CHARS = 64, 20_000


def _line_key(text: str) -> str:
    """:func:`line_key` made: letters and digits of ``text``, folded.

    >>> _line_key("منبع: مهر")
    'منبعمهر'
    """
    if text.isascii():
        return alnum_key(text.lower())
    return alnum_key(fold(text))


_remembered_long_key = short_line_memo(LONG_KEY_CACHE_CHARS, LONG_KEY_CACHE)(_line_key)
_remembered_key = short_line_memo(LINE_KEY_CACHE_CHARS, LINE_KEY_CACHE, longer=_remembered_long_key)(_line_key)
#: letters and digits of a line, folded: the same for every spelling variant of a line
#: (``line_key("منبع: مهر") == "منبعمهر"``); its memo's own look-up, called with no frame of a
#: function of ours in between: extraction keys 760,000 lines on 2,000 pages, most of them remembered
line_key: Callable[[str], str] = _remembered_key.ask
