"""The fold of a search token: letter variants and digits folded as a key's (:data:`palayesh.textkeys.KEY_FOLDS`),
marks, format characters and tatweel removed, lower case. The index (:mod:`.tokens`) and the search
stems (:mod:`.stems`) both fold their words so; the text shown is never folded.
"""
from __future__ import annotations

import unicodedata

import regex

from palayesh.textkeys import KEY_FOLDS

# the letter and digit folds of a key (palayesh.textkeys.KEY_FOLDS); str.translate with a dict is
# slow on long non-ASCII texts, a few str.replace scans are much faster
_FOLD_PAIRS = tuple(KEY_FOLDS.items())
# marks (diacritics), format characters (ZWNJ, ZWJ, RLM, …) and tatweel vanish inside a token
_STRIP = regex.compile(r"[\p{Mn}\p{Cf}\u0640]+")


def fold(text: str) -> str:
    """The text with letter variants, digits and marks folded; ZWNJ removed (words joined).

    >>> fold("مي‌شود ۲۰")
    'میشود 20'
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text)
    for src, dst in _FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return _STRIP.sub("", text).lower()
