"""Quality signals of a document's clean text, stored in ``doc["signals"]`` so that a user can
re-filter a corpus without re-running it.

The signals follow Gopher / FineWeb (datatrove ``gopher_quality_filter``, ``gopher_repetition_filter``,
``fineweb_quality_filter``) adapted to Persian: terminal punctuation includes «؟» «.» «!» and «؛» is not
terminal; words are whitespace tokens, a word joined with ZWNJ («می‌شود») is one word.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

import numpy as np

from . import charclass
from .langid import stopwords_fa

#: a line "ends a sentence" when its last character is one of these (Persian and Latin)
TERMINAL_PUNCT = frozenset(".!?؟!»\"'")
#: a line cut short: "..." or "…" (Gopher's ellipsis; a doubled period ".." is a typo of a full stop)
_ELLIPSIS = ("...", "…")
#: «و ...» / «و…» closes an enumeration ("and so on"), a sentence the writer finished, not a teaser cut
_ET_CETERA = re.compile(r"(?:^|\s)و\s*(?:\.\.\.|…)$")
# runs of letters: counting the characters of runs is cheaper than matching letter by letter
# (counted by :mod:`.charclass` in one pass; these count a text it leaves to the regexes)
_LETTERS = re.compile(charclass.PATTERNS["letters"] + "+")
_PERSIAN_LETTERS = re.compile(charclass.PATTERNS["persian"] + "+")
_ALPHA_WORD = re.compile(charclass.PATTERNS["letters"])
#: whitespace and invisible format marks (ZWNJ, RLM/LRM, bidi embeddings, BOM) around a line
_STRIP = " \t\r\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"
#: lines shorter than this many characters count as short (FineWeb quality filter: 30)
SHORT_LINE_CHARS = 30

#: how many most frequent stopwords count for the stopword ratio (the function words of prose)
N_STOPWORDS = 200

#: the end of a sentence-like unit of text: a full stop, «؟», «!» or a colon before a space (not the
#: «.» of «2.5» or the «:» of «19:30»), or a line break
_UNIT_END = re.compile(r"[.!?؟!:](?=\s|$)|\n")
#: a story's opening sentence: at least this many words, at least this share of them stopwords (the
#: first sentence of 6,575 kept story pages: 0.16-0.55 from the 1st to the 99th percentile; a list
#: item of names and numbers 0-0.1); credits and short list heads before it («تهران (ایرنا):»,
#: «۵۵ کیلوگرم:») are passed over, at most this many
OPENING_MIN_WORDS = 6
OPENING_MIN_STOPWORDS = 0.15
OPENING_MAX_SKIPPED = 3
#: punctuation around a word, set apart when the opening's words are looked up among the stopwords
_WORD_PUNCT = "،؛,;:«»\"'()[]-–—.!?؟"


@functools.cache
def _stopwords() -> frozenset:
    return frozenset(list(stopwords_fa())[:N_STOPWORDS])


def _ngrams(words: list[str], n: int):
    """Word n-grams as tuples (cheaper to hash than joined strings)."""
    return zip(*(words[i:] for i in range(n)))


def _dup_ngram_fraction(words: list[str], n: int, starts: Iterable[int] | None = None) -> float:
    """Share of characters in word n-grams that occur more than once (Gopher ``dup_n_grams``).
    ``starts``: where the n-grams that may repeat start (every occurrence of each repeated one among
    them, as :func:`_repeated_pairs` tells them), if not everywhere."""
    if len(words) < n:
        return 0.0
    if starts is None:
        starts = range(len(words) - n + 1)
        grams = list(_ngrams(words, n))
    else:
        grams = [tuple(words[i:i + n]) for i in starts]
    if len(set(grams)) == len(grams):
        return 0.0  # no n-gram repeats (the common case for prose; a set is cheaper than counts)
    counts = Counter(grams)
    covered = [False] * len(words)
    for i, g in zip(starts, grams):
        if counts[g] > 1:
            for j in range(i, i + n):
                covered[j] = True
    total = sum(map(len, words))
    return sum(len(w) for w, c in zip(words, covered) if c) / total if total else 0.0


def _top_ngram_fraction(words: list[str], n: int, starts: Iterable[int] | None = None) -> float:
    """Share of characters covered by the most frequent word n-gram (Gopher ``top_n_grams``);
    ``starts`` as for :func:`_dup_ngram_fraction`."""
    if len(words) < n:
        return 0.0
    grams = _ngrams(words, n) if starts is None else (tuple(words[i:i + n]) for i in starts)
    top = Counter(grams).most_common(1)
    if not top:
        return 0.0
    gram, c = top[0]
    total = sum(map(len, words))
    return sum(map(len, gram)) * c / total if total and c > 1 else 0.0


def _repeated_pairs(words: list[str]) -> np.ndarray:
    """For each pair of consecutive words of ``words``, whether it may occur twice: True for every
    pair that does (and for the rare one whose key another pair shares).

    A word pair that occurs twice has one key (the words' hashes, combined) at both places, so the
    pairs whose key is not unique hold every repeated pair: on prose about one in sixteen. The
    signals count n-grams there only, the most frequent pair and the repeated 5-grams (which begin
    and end with a repeated pair) exactly as over every n-gram, in a numpy pass instead of a tuple
    hashed and counted for each word (~0.13 s of 24 s CPU on 2,000 pages)."""
    h = np.fromiter(map(hash, words), np.int64, len(words))
    keys = h[:-1] * np.int64(1_000_003) + h[1:]  # (wraps around: a collision only adds a pair)
    # (a key is repeated when, sorted, it equals its neighbour on either side: one sort and a few
    # passes, where ``np.unique(keys, return_inverse=True, return_counts=True)`` took 2-3x longer
    # on a page's few hundred pairs: 0.8 % of a run's CPU)
    order = np.argsort(keys)
    ranked = keys[order]
    same = ranked[1:] == ranked[:-1]
    repeated = np.zeros(len(keys), dtype=bool)
    repeated[1:] = same
    repeated[:-1] |= same
    out = np.empty(len(keys), dtype=bool)
    out[order] = repeated
    return out


def opens_with_prose(text: str, stop: frozenset | None = None) -> bool:
    """Whether ``text`` opens with a sentence of prose: its first unit of :data:`OPENING_MIN_WORDS`
    words or more (after at most :data:`OPENING_MAX_SKIPPED` shorter ones) has a share of stopwords
    of prose and ends with a sentence's mark or a colon, not a bare line break (a headline's shape).

    A story whose body is a list (a schedule, the names called up, results, prices) announces it in
    such a sentence; a menu, a table or a list of names has none.

    >>> opens_with_prose("به گزارش ایسنا، نامزدهای جایزه امسال که هفته آینده معرفی می‌شوند این‌ها هستند: مریم احمدی")
    True
    >>> opens_with_prose("میز ۱: علی رضایی (تهران) - فرهاد حیدری (بوشهر) ساعت ۱۶\\nمیز ۲: مهدی کریمی (اصفهان)")
    False
    """
    stop = _stopwords() if stop is None else stop
    start = skipped = 0
    for m in _UNIT_END.finditer(text + "\n"):
        words = text[start:m.start()].split()
        start = m.end()
        if len(words) >= OPENING_MIN_WORDS:
            if m.group() == "\n" or text[max(0, m.start() - 2):m.start() + 1] == "...":
                return False  # a headline's shape, or a teaser cut short
            return sum(w.strip(_WORD_PUNCT) in stop for w in words) >= OPENING_MIN_STOPWORDS * len(words)
        skipped += bool(words)
        if skipped > OPENING_MAX_SKIPPED:
            return False
    return False


def compute(doc: dict) -> dict:
    """Signals of ``doc["text"]``; uses ``doc["edits"]`` and the extractor's ``_chrome_lines`` /
    ``_lines_total`` when present.

    >>> s = compute({"text": "این یک متن کوتاه است.\\nو خط دوم؟", "edits": {}})
    >>> s["words"], s["terminal_punct_ratio"]
    (8, 1.0)
    """
    text = doc.get("text") or ""
    lines = [ln.strip(_STRIP) for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    words = charclass.words(text)
    n_words = len(words)
    by_class = charclass.profile(text)
    if by_class is not None:
        letters, persian, alpha_words = by_class.letters, by_class.persian, by_class.words_with_letter
    else:  # (a character beyond the BMP: the regexes count)
        letters = sum(map(len, _LETTERS.findall(text)))
        persian = sum(map(len, _PERSIAN_LETTERS.findall(text)))
        # (the per-word test runs in C through filter: a page has thousands of words)
        alpha_words = len(list(filter(_ALPHA_WORD.search, words)))
    stop = _stopwords()
    pair_starts = five_starts = None
    if n_words >= 2:
        again = _repeated_pairs(words)
        pair_starts = np.flatnonzero(again).tolist()
        five_starts = np.flatnonzero(again[:-3] & again[3:]).tolist()  # (its first pair and its last)
    # (a story's lead set apart from its text: the prose over a text of one line, :data:`_ELLIPSIS`)
    lead: str = doc["lead"].strip(_STRIP) if isinstance(doc.get("lead"), str) else ""
    s: dict = {
        "chars": len(text),
        "words": n_words,
        "lines": len(lines),
        "mean_word_length": round(sum(map(len, words)) / n_words, 4) if n_words else 0.0,
        # (the per-word test runs in C through map: a page has thousands of words)
        "stopword_ratio": round(sum(map(stop.__contains__, words)) / n_words, 4) if n_words else 0.0,
        "persian_letter_ratio": round(persian / letters, 4) if letters else 0.0,
        "alpha_word_ratio": round(alpha_words / n_words, 4) if n_words else 0.0,
        "terminal_punct_ratio": 0.0,
        "ellipsis_line_ratio": 0.0,
        "short_line_ratio": 0.0,
        "lines_per_word": round(len(lines) / n_words, 4) if n_words else 0.0,
        "dup_line_fraction": 0.0,
        "dup_ngram_fraction": round(_dup_ngram_fraction(words, 5, five_starts), 4),
        "top_ngram_fraction": round(_top_ngram_fraction(words, 2, pair_starts), 4),
        "chrome_line_fraction": -1.0,
        "page_headline": -1.0,
        "story_opening": 0.0,
        "zwnj_edits_per_word": 0.0,
    }
    if lines:
        cut = [ln.endswith(_ELLIPSIS) and not _ET_CETERA.search(ln) for ln in lines]
        # (the line over the text's last: the lead set apart over a text of one line)
        before = lines[-2] if len(lines) >= 2 else lead if lead not in text else ""
        if cut[-1] and before and before[-1] in TERMINAL_PUNCT and not before.endswith(_ELLIPSIS):
            # the story shown in part (an app's share page: «… ادامه مطلب در اپلیکیشن»): its text reads
            # as prose, sentence after sentence, up to its last line, cut where the site stops showing
            # it; a listing's teasers are cut one after another
            cut[-1] = False
        ell = sum(cut)
        term = sum(ln[-1] in TERMINAL_PUNCT and not ln.endswith(_ELLIPSIS) for ln in lines)
        s["terminal_punct_ratio"] = round(term / len(lines), 4)
        s["ellipsis_line_ratio"] = round(ell / len(lines), 4)
        s["short_line_ratio"] = round(sum(len(ln) < SHORT_LINE_CHARS for ln in lines) / len(lines), 4)
        counts = Counter(lines)
        s["dup_line_fraction"] = round(sum(c for c in counts.values() if c > 1) / len(lines), 4)
    total, chrome = doc.get("_lines_total"), doc.get("_chrome_lines")
    if isinstance(total, int) and isinstance(chrome, int) and total > 0:
        s["chrome_line_fraction"] = round(chrome / total, 4)
        if chrome > 0:  # a web page (site chrome around it): did it have a headline? (-1: not a page)
            s["page_headline"] = 1.0 if doc.get("title") else 0.0
    if doc.get("title") and doc.get("published") and opens_with_prose(text, stop):
        # extracted as a story (a headline and a date) whose text opens with a sentence of prose: what
        # follows may be a list (names, results, a schedule), poor in stopwords by nature
        s["story_opening"] = 1.0
    edits = doc.get("edits") or {}
    if n_words:
        z = sum(int(edits.get(k) or 0) for k in ("zwnj_inserted", "space_to_zwnj", "zwnj_removed"))
        s["zwnj_edits_per_word"] = round(z / n_words, 4)
    return s
