"""Shipped extraction data: the Persian boilerplate phrase lexicon, the agency table and the
function words of the content classifier (``palayesh/data/extract_*``, ``agencies.tsv``), and
the one pattern of a sentence's end inside a text that every extractor counts sentences with.

Everything is loaded once, on first use, and matched on :func:`palayesh.textkeys.line_key`, so
«بازگشت به بالا» with or without ZWNJ, ي/ی or any digit script is the same phrase.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .. import news
from ..memo import short_line_memo
from ..news import shipped_rows
from ..textkeys import fold, line_key, only_letters_and_digits

_WORD = re.compile(r"\w+")
#: the end of a sentence inside a text, another sentence following it: «.», «!», «?» or «؟» (a run of
#: them) before a space, invisible marks (ZWNJ, ZWJ, LRM, RLM, bidi embeddings) allowed between, as a
#: page's text has them («… گفت.\u200f وزیر …»). A text's own last stop is no match: callers strip it
#: and test whether a text is one sentence (``INNER_SENTENCE_END.search(t.rstrip(" .!?؟")) is None``).
INNER_SENTENCE_END = re.compile(r"[.!?؟]+[\u200c-\u200f\u202a-\u202e]*(?=\s)")
#: the punctuation and marks of Persian prose, none of them a word character of :data:`_WORD`: put
#: apart by ``str.replace`` (at memory speed), after which most texts split at white space into
#: the words :data:`_WORD` finds
_APART = (".", "،", ":", "؛", "«", "»", "(", ")", "[", "]", "-", '"', "'", "/", "!", "؟", "?", ",", "…", "*",
          "–", "+", "=", "%", "#", "•",
          "\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0654",  # harakat
          "\u200b", "\u200e", "\u200f", "\u00ad")  # zero width space, bidi marks, soft hyphen
#: word characters of :data:`_WORD` that a key drops (tatweel «ـ», underscore): taken out of the text
#: first, which is what the key does to each word they stand in
_DROPPED = ("\u0640", "_")
#: what :func:`alnum_key` takes out, but NUL
_NOT_ALNUM_OR_NUL = regex.compile(r"[^\p{L}\p{Nd}\0]+|\u0640")


@dataclass(frozen=True)
class Boilerplate:
    end: frozenset[str]        # keys of headings that start the page tail
    line: frozenset[str]       # keys of whole chrome lines
    contains: tuple[str, ...]  # keys found inside chrome lines
    label: tuple[str, ...]     # keys of "label: value" credit lines, longest first
    end_prefix: tuple[str, ...]
    read_on: tuple[str, ...]   # phrases (as written) of a link that reads the story on


@functools.lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    kinds: dict[str, list[str]] = {"end": [], "line": [], "contains": [], "label": []}
    read_on: list[str] = []
    for row in shipped_rows("extract_boilerplate.tsv"):
        phrase = row[1]
        for kind in row[0].split(","):
            if kind == "read_on":
                read_on.append(phrase)
            else:
                kinds[kind].append(line_key(phrase))
    return Boilerplate(
        end=frozenset(kinds["end"]),
        line=frozenset(kinds["line"]),
        contains=tuple(sorted(set(kinds["contains"]), key=len, reverse=True)),
        label=tuple(sorted(set(kinds["label"]), key=len, reverse=True)),
        end_prefix=tuple(sorted(set(kinds["end"]), key=len, reverse=True)),
        read_on=tuple(read_on),
    )


@functools.lru_cache(maxsize=1)
def _read_on_pattern() -> re.Pattern[str]:
    # (a phrase's words parted by spaces or a ZWNJ, then «را» and a few words: «ادامه مطلب را بخوانید»)
    phrases = "|".join(r"(?:\s|\u200c)*".join(map(re.escape, p.split())) for p in boilerplate().read_on)
    return re.compile(rf"^\W*(?:{phrases})(?:\s+را(?:\s+\S+){{0,4}})?\W*$")


def read_on_link(text: str) -> bool:
    """Whether a line is a link that reads the story on: a ``read_on`` phrase of the boilerplate
    lexicon, alone or followed by «را» and at most four words, marks around it.

    >>> read_on_link("ادامه مطلب »"), read_on_link("[ادامه خبر]"), read_on_link("ادامه مطلب را در ادامه بخوانید ↓")
    (True, True, True)
    >>> read_on_link("ادامه مطلب در سایت")
    False
    """
    return bool(_read_on_pattern().match(text))


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The function words (:func:`palayesh.news.function_words`) as line keys."""
    return frozenset(line_key(w) for w in news.function_words())


def tokens(text: str) -> list[str]:
    """Word tokens folded like line keys (ZWNJ joins: «می‌شود» → «میشود»); one folding of the
    whole text, not one per word.

    >>> tokens("می‌شود، كتاب ۱۲")
    ['میشود', 'کتاب', '12']
    """
    return _remembered_tokens(text)


def _tokens(text: str) -> list[str]:
    folded = fold(text.replace("\u200c", ""))
    return _tokens_of(folded, _spaced(folded))


def _token_tuple(text: str) -> tuple[str, ...]:
    return tuple(_tokens(text))


#: the tokens and content words of lines up to this many characters remembered: a site's labels,
#: headings and captions recur on its pages, and the template pass and extraction ask of the same
#: lines (500 pages of the bench: 3,600 asks for tokens of 1,500 such texts, 1,100 for content words of 360)
WORDS_CACHE, WORDS_CACHE_CHARS = 4096, 500
_remembered_tokens = short_line_memo(WORDS_CACHE_CHARS, WORDS_CACHE, longer=_tokens, copy=list)(_token_tuple)


def _spaced(folded: str) -> str:
    """A folded text with the characters a key drops taken out and its punctuation put apart."""
    for c in _DROPPED:
        folded = folded.replace(c, "")
    for c in _APART:
        folded = folded.replace(c, " ")
    return folded


def _tokens_of(folded: str, spaced: str) -> list[str]:
    """:func:`tokens` of a text, folded (``folded``) and then :func:`_spaced` (``spaced``)."""
    words = spaced.split()
    # (words of letters and digits only, all else white space: they are the keys of the words _WORD
    # finds; the common case, by scans in C)
    if only_letters_and_digits("".join(words)):
        return words
    words = _WORD.findall(folded)
    if only_letters_and_digits("".join(words)):
        return words
    # (each word's alnum_key, in one substitution over the words joined by a character no word holds)
    return [k for k in _NOT_ALNUM_OR_NUL.sub("", "\0".join(words)).split("\0") if k]


def content_words(text: str) -> set[str]:
    """The words of a text that say what it is about: no function word, none under three letters,
    each cut to its first five letters (so «مسئولان» and «مسئول» are one word)."""
    return _remembered_content_words(text)


def _content_words(text: str) -> set[str]:
    words = set(tokens(text))  # (each word tested once; the function words taken out in place)
    words -= function_words()
    return {w[:5] for w in words if len(w) >= 3}


def _content_word_set(text: str) -> frozenset[str]:
    return frozenset(_content_words(text))


_remembered_content_words = short_line_memo(WORDS_CACHE_CHARS, WORDS_CACHE, longer=_content_words,
                                            copy=set)(_content_word_set)


def content_words_of(texts: list[str]) -> set[str]:
    """The :func:`content_words` of all ``texts`` together (a page's prose lines), their tokens cut
    once in the texts joined by newlines: every step of :func:`tokens` leaves a newline a boundary (a
    fold and a replacement are of one character, NFKC and lower case never reach across a newline,
    ``_WORD`` and an alnum key stop at it), so the words of the whole are those of its lines.

    >>> content_words_of(["کتاب‌های تازه", "در بازار کتاب"]) == content_words("کتاب‌های تازه در بازار کتاب")
    True
    """
    return content_words("\n".join(texts))


def content_words_each(texts: list[str]) -> list[set[str]]:
    """The :func:`content_words` of each of ``texts`` (a page's prose lines), for the price of
    :func:`content_words_of`: their tokens cut at once (:func:`tokens_each`).

    >>> content_words_each(["کتاب‌های تازه", "در بازار"]) == [content_words("کتاب‌های تازه"), content_words("در بازار")]
    True
    """
    return [content_words_in(toks) for toks in tokens_each(texts)]


def tokens_each(texts: list[str]) -> list[list[str]]:
    """The :func:`tokens` of each of ``texts`` (a page's prose lines): the texts are folded and
    spaced once, joined by newlines (which every step of that leaves a boundary, see
    :func:`content_words_of`), then cut back into lines, each of which takes the fast path of
    :func:`tokens` or its regex path on its own. Texts that hold a newline themselves are taken one
    by one.

    >>> tokens_each(["کتاب‌های تازه", "در بازار"]) == [tokens("کتاب‌های تازه"), tokens("در بازار")]
    True
    """
    joined = "\n".join(texts)
    n = len(texts) - 1
    if joined.count("\n") == n:
        folded = fold(joined.replace("\u200c", ""))
        spaced = _spaced(folded)
        f_lines, s_lines = folded.split("\n"), spaced.split("\n")
        if len(f_lines) == len(s_lines) == n + 1:
            return [_tokens_of(f, s) for f, s in zip(f_lines, s_lines)]
    return [tokens(t) for t in texts]


def content_words_in(toks: Iterable[str]) -> set[str]:
    """The :func:`content_words` of a text of tokens ``toks`` (:func:`tokens`): of the tokens of
    several texts together, their words together (a page's, of :func:`tokens_each` of its lines,
    without a set of each line's).

    >>> content_words_in(tokens("کتاب‌های تازه در بازار")) == content_words("کتاب‌های تازه در بازار")
    True
    """
    words = set(toks)  # (each word tested once; the function words taken out in place, no set made of the rest)
    words -= function_words()
    return {w[:5] for w in words if len(w) >= 3}


@functools.lru_cache(maxsize=1)
def agencies() -> tuple[dict[tuple[str, ...], str], int]:
    """{token tuple of a name: canonical short name}, and the longest name in tokens."""
    table: dict[tuple[str, ...], str] = {}
    for row in shipped_rows("agencies.tsv"):
        canonical = row[0]
        names = [canonical] + [n for n in (row[1].split("|") if len(row) > 1 else []) if n]
        for name in names:
            toks = tuple(t for t in tokens(name) if t)
            if toks:
                table[toks] = canonical
    return table, max(len(k) for k in table)


@functools.lru_cache(maxsize=1)
def agency_hosts() -> dict[str, str]:
    """{host of an agency's own site: canonical short name}, e.g. ``{"farsnews.ir": "فارس", ...}``."""
    return {host: row[0] for row in shipped_rows("agencies.tsv") if len(row) > 2 for host in row[2].split("|") if host}
