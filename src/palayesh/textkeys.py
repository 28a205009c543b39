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

import unicodedata

import regex
import xxhash

_FOLD = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "آ": "ا", "ؤ": "و",
}
for _i in range(10):
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
_TABLE = str.maketrans(_FOLD)
# anything that is not a letter or a digit goes (marks Mn, tatweel Lm, ZWNJ Cf, spaces, punctuation)
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{Nd}]+|\u0640")


def fold(text: str) -> str:
    """``text`` with letter variants and digit scripts folded (NFKC, lower case); spacing, ZWNJ and
    punctuation are kept, so it can still be split into words.

    >>> fold("كتاب‌هاي ۱۲")
    'کتاب‌های 12'
    """
    return unicodedata.normalize("NFKC", text).translate(_TABLE).lower()


def alnum_key(folded: str) -> str:
    """Letters and digits only, of a text already :func:`fold` ed."""
    return _NOT_ALNUM.sub("", folded)


def line_key(text: str) -> str:
    """Letters and digits of ``text``, folded: the same for every spelling variant of a line.

    >>> line_key("منبع: مهر")
    'منبعمهر'
    """
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower())
    return alnum_key(fold(text))


def key_hash(text: str) -> int:
    """64-bit hash of :func:`line_key` (stable across processes and machines)."""
    return xxhash.xxh64_intdigest(line_key(text).encode("utf-8", "surrogatepass"))
