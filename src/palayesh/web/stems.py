"""Search stems: the word a Persian inflected form comes from, indexed beside the form itself.

«کشورهای», «کشور‌ها», «کشوری» and «کشورمان» all index the stem ``کشور`` too, so a search for «کشور»
finds them; «دانشگاه‌ها» indexes ``دانشگاه``. The suffixes are the normalizer's
(:mod:`palayesh.normalize.morph`: the plural «ها» and its extensions, the endings after a vowel,
the comparative); this module only adds the endings that never take a half-space and so never
concern the normalizer (:data:`GLUED_ENDINGS`). The stems are search keys, never shown.

A half-space marks the suffix for sure («دانشگاه‌ها» = دانشگاه + ها). A glued word is cut only when
its base is a known word (the normalizer's lexicon, :mod:`palayesh.normalize.resources`) and the
whole word is not a word of its own as common as the base: «تنها» (only) is not تن + ها, «سازمان» not
ساز + مان, «ایرانی» stays «ایرانی»; «کشورهای» and «کشوری» are rarer than «کشور», so they are cut.

>>> stem("دانشگاه\u200cها"), stem("کشورهای"), stem("تنها")
('دانشگاه', 'کشور', 'تنها')
"""
from __future__ import annotations

from functools import lru_cache

from palayesh.normalize.morph import (
    COMPARATIVE_INDEFINITE,
    COMPARATIVE_SUFFIXES,
    FUNCTION_WORDS,
    PLURAL_SUFFIXES,
    VOWEL_SUFFIXES,
    ZWNJ,
)

from .fold import fold

#: endings glued to a word, never after a half-space, that the normalizer has no use for: (ending, why)
GLUED_ENDINGS = (
    ("یان", "plural after a vowel: «دانشجویان» (دانشجو)"),
    ("ان", "plural: «کشوران», «درختان»"),
    ("ات", "Arabic plural: «ارتباطات» (ارتباط)"),
    ("ی", "adjective, indefinite, ezafe: «کشوری», «دانشگاهی»"),
    # not «ش», «م» after a consonant («کشورش»): too many words end so («جنبش», «پرسش»), as common as the
    # possessives, and the lexicon's counts cannot tell them apart
)
#: «ه» becomes «گ» before «ان»: «نمایندگان» -> «نماینده»
G_PLURAL = ("گان", "ه")

_PLURAL = frozenset(s for s, _ in PLURAL_SUFFIXES)
_COMPARATIVE = frozenset(s for s, _ in COMPARATIVE_SUFFIXES) | COMPARATIVE_INDEFINITE
#: suffixes that a half-space separates: a part after a ZWNJ that is one of these is cut
ZWNJ_SUFFIXES = _PLURAL | _COMPARATIVE | frozenset(s for s, _ in VOWEL_SUFFIXES) | frozenset(("ی",))
#: every suffix tried on a glued word, longest first
_GLUED = sorted(ZWNJ_SUFFIXES | {s for s, _ in GLUED_ENDINGS} | {G_PLURAL[0]}, key=len, reverse=True)


class _Lexicon:
    """The normalizer's word classes (0-9, log2 of sightings), folded like index tokens."""

    def __init__(self) -> None:
        from palayesh.normalize import resources

        res = resources.load()
        self.vocab: dict[str, int] = {}
        for w, c in res.vocab.items():
            f = fold(w)
            if c > self.vocab.get(f, -1):
                self.vocab[f] = c
        for glued in res.forms:  # «بزرگتر» is written «بزرگ‌تر»: a known word all the same
            self.vocab.setdefault(fold(glued), 0)
        self.adjectives = {fold(w) for w in res.adjectives}
        self.function_words = {fold(w) for w in FUNCTION_WORDS}


#: what is left of «آن‌ها», «این‌ها», «می‌آید» without the «suffix»: a pronoun or a verb prefix, not a stem
_NOT_BASES = frozenset(("ان", "این", "می", "نمی", "همین", "همان"))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def _cut_glued(w: str) -> str:
    """The base of a glued, folded word by its longest suffix that passes the checks, or ``w``."""
    lex = _lexicon()
    own = lex.vocab.get(w, -1)
    for suf in _GLUED:
        if len(w) - len(suf) < 2 or not w.endswith(suf):
            continue
        base = w[: -len(suf)]
        if suf == G_PLURAL[0]:
            base += G_PLURAL[1]
        known = lex.vocab.get(base)
        if known is None or base in lex.function_words:
            continue
        if suf[0] == "ا" and lex.vocab.get(base + "ا", -1) >= known:
            continue  # «بالای» is «بالا» + «ی», not «بال» + «ای»
        if suf in _PLURAL:
            if own >= known:
                continue  # «تنها» is a word, not «تن» + «ها»
        elif suf in _COMPARATIVE:
            if base not in lex.adjectives or own >= known:
                continue  # «بهتر» is not «به» + «تر»
        elif len(base) < 3 or own >= known - 1:
            continue  # ambiguous endings: «جوان» is not «جو» + «ان», «ایرانی» stays a word of its own
        return base
    return w


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search stem of one shown word (with its ZWNJs), folded like index tokens.

    >>> stem("كشورهايشان"), stem("بزرگ\u200cترین"), stem("نمایندگان"), stem("ایرانی")
    ('کشور', 'بزرگ', 'نماینده', 'ایرانی')
    """
    parts = [p for p in (fold(x) for x in word.split(ZWNJ)) if p]
    if not parts:
        return ""
    cut = False
    while len(parts) > 1 and parts[-1] in ZWNJ_SUFFIXES and "".join(parts[:-1]) not in _NOT_BASES:
        parts.pop()  # «کتاب‌های» and «بزرگ‌تر»: the half-space tells
        cut = True
    if not cut:
        once = _cut_glued(parts[-1])
        # a second ending after a plural: «بازیکنانی», «مشکلاتی»
        parts[-1] = _cut_glued(once) if once != parts[-1] else once
    return "".join(parts)
