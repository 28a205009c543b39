"""Search tokens: how documents are indexed and queries are matched.

palayesh keeps three things apart (STYLE.md): the text it shows (normalized, ZWNJ restored, never
touched here), the key it hashes for dedup (:mod:`palayesh.textkeys`) and the tokens it indexes for
search (this module). Index tokens forget what varies between spellings of the same Persian word:

- ZWNJ (U+200C) is removed, so «می‌شود» and «میشود» are the same token ``میشود``. A query is first
  normalized with :func:`palayesh.normalize.normalize` (which restores ZWNJ: «می شود» → «می‌شود»)
  and each ZWNJ word is searched both joined (``میشود``) and as a phrase of its parts
  (``"می شود"``), which finds pages where the half-space was typed as a space.
- ي/ى/ئ → ی, ك → ک, ة/ۀ → ه, أ/إ/آ/ٱ → ا, ؤ → و (:data:`palayesh.textkeys.LETTER_FOLDS`, the folds of a key).
- Persian and Arabic-Indic digits → ASCII digits; diacritics, tatweel and other format marks go.

>>> index_text("كتاب‌هاي ۱۲ گانه می‌شود")
'کتابهای 12 گانه میشود'
"""
from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from palayesh.textkeys import KEY_FOLDS

ZWNJ = "\u200c"

# the letter and digit folds of a key (palayesh.textkeys.KEY_FOLDS); str.translate with a dict is
# slow on long non-ASCII texts, a few str.replace scans are much faster
_FOLD_PAIRS = tuple(KEY_FOLDS.items())
# marks (diacritics), format characters (ZWNJ, ZWJ, RLM, …) and tatweel vanish inside a token
_STRIP = regex.compile(r"[\p{Mn}\p{Cf}\u0640]+")
TOKEN_RE = regex.compile(r"[\p{L}\p{N}]+")
# a word as shown: letters, digits, marks, ZWNJ and tatweel (so «می‌شود» is one word)
_WORD_RE = regex.compile(r"[\p{L}\p{N}\p{Mn}\u200c\u200d\u0640]+")


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


def index_text(text: str | None) -> str:
    """The tokens of ``text`` to index, space-separated (what FTS5 sees).

    >>> index_text("می‌روند، كتاب")
    'میروند کتاب'
    """
    if not text:
        return ""
    return " ".join(TOKEN_RE.findall(fold(text)))


@dataclass
class Query:
    """A parsed search: groups that must all match; each group is a set of alternative phrases.

    >>> parse_query("می شود").fts
    '("میشود" OR "می شود")'
    """

    text: str
    groups: list[list[tuple[str, ...]]] = field(default_factory=list)

    @property
    def fts(self) -> str:
        """The FTS5 MATCH expression (tokens are letters/digits only, so quoting is safe)."""
        parts = []
        for group in self.groups:
            alts = ['"' + " ".join(alt) + '"' for alt in group]
            parts.append("(" + " OR ".join(alts) + ")")
        return " AND ".join(parts)

    @property
    def terms(self) -> set[tuple[str, ...]]:
        """Every alternative phrase, for highlighting."""
        return {alt for group in self.groups for alt in group}

    def __bool__(self) -> bool:
        return bool(self.groups)


def _normalize(text: str) -> str:
    try:
        from palayesh.normalize import normalize
    except ImportError:  # pragma: no cover - the normalizer is part of the package
        return text
    return normalize(text)


def parse_query(q: str | None) -> Query:
    """Parse what a user typed into a :class:`Query`, normalized like the documents.

    «می شود», «میشود» and «می‌شود» give the same query; «كتابهاي» matches «کتاب‌های».

    >>> parse_query("میشود").groups == parse_query("می‌شود").groups == parse_query("می شود").groups
    True
    """
    q = (q or "").strip()[:500]
    query = Query(text=q)
    if not q:
        return query
    seen = set()
    for word in _normalize(q).split():
        joined = tuple(TOKEN_RE.findall(fold(word)))
        if not joined:
            continue
        alts = [joined]
        if ZWNJ in word:
            parts = tuple(t for piece in word.split(ZWNJ) for t in TOKEN_RE.findall(fold(piece)))
            if parts != joined:
                alts.append(parts)
        key = tuple(alts)
        if key not in seen:
            seen.add(key)
            query.groups.append(alts)
    return query


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> str:
    return " ".join(TOKEN_RE.findall(fold(word)))


def _match_spans(text: str, query: Query, *, window: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` (as shown) that match a phrase of ``query``.

    With ``window``, only the first ``window`` characters from the first match are scanned (a snippet
    needs no more), so a long text costs no more than a short one.
    """
    words = []
    first_tokens = {alt[0] for alt in query.terms}
    stop = None
    for m in _WORD_RE.finditer(text):
        if stop is not None and m.start() > stop:
            break
        toks = _word_tokens(m.group())
        words.append((m.start(), m.end(), toks))
        if window is not None and stop is None and toks.split(" ")[0] in first_tokens:
            stop = m.start() + window
    phrases: dict[str, list[list[str]]] = {}
    for alt in query.terms:
        # a phrase may span several shown words; a shown word may fold to several tokens
        phrases.setdefault(alt[0], []).append(list(alt))
    spans = []
    i = 0
    n = len(words)
    while i < n:
        start, end, folded = words[i]
        hit = None
        toks = folded.split(" ") if folded else []
        for alt in phrases.get(toks[0] if toks else "", ()):
            # consume shown words while their tokens continue the phrase
            need = list(alt)
            j = i
            ok = True
            while need and j < n:
                wt = words[j][2].split(" ")
                if need[: len(wt)] != wt:
                    ok = False
                    break
                need = need[len(wt):]
                j += 1
            if ok and not need:
                hit = j if hit is None else max(hit, j)
        if hit is not None:
            spans.append((start, words[hit - 1][1]))
            i = hit
        else:
            i += 1
    return spans


def highlight(text: str | None, query: Query, *, width: int = 260) -> tuple[str, list[tuple[int, int]], str]:
    """A snippet of ``text`` around the first match: ``(plain, spans, html)``, HTML escaped.

    >>> highlight("گفته می شود که باران می‌آید", parse_query("میشود"))[2]
    'گفته <mark>می شود</mark> که باران می\u200cآید'
    """
    text = text or ""
    spans = _match_spans(text, query, window=width) if query else []
    if len(text) <= width:
        lo, hi = 0, len(text)
    else:
        first = spans[0][0] if spans else 0
        lo = max(0, first - width // 3)
        if lo:
            sp = text.find(" ", lo)
            lo = sp + 1 if 0 <= sp < first else lo
        hi = min(len(text), lo + width)
        if hi < len(text):
            sp = text.rfind(" ", lo, hi)
            hi = sp if sp > lo else hi
    plain = text[lo:hi]
    local = [(max(a, lo) - lo, min(b, hi) - lo) for a, b in spans if b > lo and a < hi]
    out, pos = [], 0
    for a, b in local:
        out.append(html.escape(plain[pos:a]))
        out.append("<mark>" + html.escape(plain[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(plain[pos:]))
    prefix = "… " if lo else ""
    suffix = " …" if hi < len(text) else ""
    return prefix + plain + suffix, [(a + len(prefix), b + len(prefix)) for a, b in local], \
        html.escape(prefix) + "".join(out) + html.escape(suffix)
