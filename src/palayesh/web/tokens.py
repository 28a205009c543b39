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
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .fold import fold

ZWNJ = "\u200c"

TOKEN_RE = regex.compile(r"[\p{L}\p{N}]+")
# a word as shown: letters, digits, marks, ZWNJ and tatweel (so «می‌شود» is one word)
_WORD_RE = regex.compile(r"[\p{L}\p{N}\p{Mn}\u200c\u200d\u0640]+")


def index_text(text: str | None) -> str:
    """The tokens of ``text`` to index, space-separated (what FTS5 sees).

    >>> index_text("می‌روند، كتاب")
    'میروند کتاب'
    """
    if not text:
        return ""
    return " ".join(TOKEN_RE.findall(fold(text)))


#: a word as indexed: like :data:`_WORD_RE`, with every format character (RLM, …) inside it, as
#: :func:`fold` removes them and joins the parts
_INDEX_WORD_RE = regex.compile(r"[\p{L}\p{N}\p{M}\p{Cf}\u0640]+")


@lru_cache(maxsize=200_000)
def _word_pair(word: str) -> tuple[str, str]:
    """``(surface tokens, stem tokens)`` of one shown word, as space-separated strings."""
    from .stems import stem

    tokens = TOKEN_RE.findall(fold(word))
    if len(tokens) != 1:  # a ligature NFKC spells as words: its tokens are their own stems
        return " ".join(tokens), " ".join(tokens)
    return tokens[0], stem(word) or tokens[0]


def index_words(text: str | None) -> tuple[str, str]:
    """The surface tokens of ``text`` and, token for token, their stems (see :mod:`.stems`).

    Two FTS columns, aligned, so a phrase matches in either: «بانک‌های مرکزی» is found by
    «"بانک مرکزی"» through its stems.

    >>> index_words("كشورهاي ما و دانشگاه‌ها")
    ('کشورهای ما و دانشگاهها', 'کشور ما و دانشگاه')
    """
    if not text:
        return "", ""
    surface, stems = [], []
    for m in _INDEX_WORD_RE.finditer(text):
        a, b = _word_pair(m.group())
        if a:
            surface.append(a)
            stems.append(b)
    return " ".join(surface), " ".join(stems)


class QueryError(ValueError):
    """A query that cannot be parsed; the message (in Persian) says why and what to type instead."""


#: what the search box accepts, shown under it and at /api: (syntax, meaning)
SYNTAX = (
    ("کشور", "واژه با همهٔ صورت‌هایش: کشورها، کشورهای، کشوری، کشورمان"),
    ("بانک مرکزی", "هر دو واژه، در هر جای سند"),
    ('"بانک مرکزی"', "عبارت: همین واژه‌ها پشت سر هم (یا «بانک مرکزی» با گیومه)"),
    ("-کشور", "بدون این واژه"),
    ("نفت OR گاز", "یکی از دو واژه (OR با حروف بزرگ)"),
    ("دانش*", "واژه‌هایی که با «دانش» آغاز می‌شوند (دست‌کم دو حرف)"),
)


@dataclass
class Term:
    """One word or phrase of a query: its spellings, its stems and whether it is a prefix."""

    alts: list[tuple[str, ...]]
    stems: tuple[str, ...] | None = None
    prefix: bool = False

    @property
    def fts(self) -> str:
        if self.prefix:
            return '"' + " ".join(self.alts[0]) + '" *'
        parts = ['"' + " ".join(alt) + '"' for alt in self.alts]
        if self.stems and self.stems not in self.alts:
            # an unqualified phrase matches the stem columns too; a stem differing from every spelling
            # (the query word is itself inflected) is looked up there only
            parts.append('{stitle sbody} : "' + " ".join(self.stems) + '"')
        return "(" + " OR ".join(parts) + ")"


@dataclass
class Query:
    """A parsed search: groups that must all match (each one term or several joined by OR), and
    terms that must not.

    >>> parse_query("می شود").fts
    '(("میشود" OR "می شود"))'
    >>> parse_query('"بانک مرکزی" -کشور').fts
    '(("بانک مرکزی")) NOT ("کشور")'
    """

    text: str
    must: list[list[Term]] = field(default_factory=list)
    must_not: list[Term] = field(default_factory=list)

    @property
    def groups(self) -> list[list[tuple[str, ...]]]:
        """The spellings of each required group (for engines without stems or operators)."""
        return [[alt for t in g for alt in t.alts] for g in self.must]

    @property
    def fts(self) -> str:
        """The FTS5 MATCH expression (tokens are letters/digits only, so quoting is safe)."""
        expr = " AND ".join("(" + " OR ".join(t.fts for t in g) + ")" for g in self.must)
        for t in self.must_not:
            expr = f"{expr} NOT {t.fts}"
        return expr

    @property
    def terms(self) -> set[tuple[str, ...]]:
        """Every spelling of a required term, for highlighting."""
        return {alt for g in self.must for t in g if not t.prefix for alt in t.alts}

    @property
    def marks(self) -> list[tuple[tuple[str, ...], str]]:
        """What to highlight: ``(tokens, kind)``, kind ``surface``, ``stem`` or ``prefix``."""
        out = []
        for g in self.must:
            for t in g:
                if t.prefix:
                    out.append((t.alts[0], "prefix"))
                    continue
                out.extend((alt, "surface") for alt in t.alts)
                if t.stems:
                    out.append((t.stems, "stem"))
        return out

    def __bool__(self) -> bool:
        return bool(self.must)


def _normalize(text: str) -> str:
    try:
        from palayesh.normalize import normalize
    except ImportError:  # pragma: no cover - the normalizer is part of the package
        return text
    return normalize(text)


# a phrase in straight or Persian quotes, an unclosed quote, or a run of other characters
_LEX = regex.compile(r'(-?)"([^"]*)"|(-?)«([^«»]*)»|(["«»])|(\S+)')


def _term(words: list[str], *, prefix: bool = False) -> Term | None:
    """The term of the shown words of a phrase (one word for a plain word), or None if it has no tokens."""

    joined = tuple(t for w in words for t in TOKEN_RE.findall(fold(w)))
    if not joined:
        return None
    if prefix:
        return Term([joined], prefix=True)
    alts = [joined]
    if any(ZWNJ in w for w in words):
        parts = tuple(t for w in words for piece in w.split(ZWNJ) for t in TOKEN_RE.findall(fold(piece)))
        if parts != joined:
            alts.append(parts)
    stems = tuple(s for w in words for s in _word_pair(w)[1].split(" ") if s)
    return Term(alts, stems if stems else None)


def parse_query(q: str | None) -> Query:
    """Parse what a user typed into a :class:`Query`, normalized like the documents.

    «می شود», «میشود» and «می‌شود» give the same query; «كتابهاي» matches «کتاب‌های»; the syntax
    is :data:`SYNTAX`. Raises :class:`QueryError` for what it cannot read, never guessing.

    >>> parse_query("میشود").fts == parse_query("می‌شود").fts == parse_query("می شود").fts
    True
    >>> parse_query('"بانک مرکزی')
    Traceback (most recent call last):
    ...
    palayesh.web.tokens.QueryError: گیومهٔ «"» باز شده و بسته نشده است؛ عبارت را میان دو گیومه بنویسید: "بانک مرکزی"
    """
    q = (q or "").strip()[:500]
    query = Query(text=q)
    if not q:
        return query
    units: list = []  # Term (with its negation) or the string "OR"
    for m in _LEX.finditer(_normalize(q)):
        neg1, phrase1, neg2, phrase2, lone, chunk = m.groups()
        if lone is not None:
            raise QueryError(f"گیومهٔ «{lone}» باز شده و بسته نشده است؛ "
                             'عبارت را میان دو گیومه بنویسید: "بانک مرکزی"')
        if chunk is None:
            phrase = phrase1 if phrase1 is not None else phrase2
            term = _term(phrase.split())
            if term is None:
                raise QueryError("میان گیومه‌ها واژه‌ای نیست.")
            units.append(((neg1 or neg2) == "-", term))
            continue
        if chunk == "OR":
            units.append("OR")
            continue
        if "(" in chunk or ")" in chunk:
            raise QueryError("پرانتز پشتیبانی نمی‌شود: واژه‌های پشت سر هم همه باید بیایند و OR میان دو واژه "
                             "یکی از آن دو را می‌خواهد (نفت OR گاز).")
        neg = chunk.startswith("-") and len(chunk) > 1
        word = chunk[1:] if neg else chunk
        prefix = word.endswith("*")
        if "*" in word.rstrip("*") or word.count("*") > 1:
            raise QueryError(f"«*» فقط در پایان واژه می‌آید (دانش*)، نه در «{chunk}».")
        word = word.rstrip("*")
        if prefix and len("".join(TOKEN_RE.findall(fold(word)))) < 2:
            raise QueryError("پیش از «*» دست‌کم دو حرف بیاورید (دانش*).")
        term = _term([word], prefix=prefix)
        if term is not None:  # punctuation alone («،», «-») is no word
            units.append((neg, term))
    # OR joins the units on its two sides into one group
    groups: list[list[tuple[bool, Term]]] = []
    join_next = False
    for i, u in enumerate(units):
        if u == "OR":
            if not groups or join_next or i == len(units) - 1:
                raise QueryError("«OR» باید میان دو واژه یا عبارت بیاید: نفت OR گاز")
            join_next = True
            continue
        if join_next:
            groups[-1].append(u)
            join_next = False
        else:
            groups.append([u])
    seen = set()
    for g in groups:
        if len(g) > 1 and any(neg for neg, _ in g):
            raise QueryError("«-» (بدون این واژه) را نمی‌توان با OR آورد؛ آن را جدا بنویسید: نفت OR گاز -بنزین")
        key = tuple(t.fts for _, t in g)
        if key in seen:
            continue
        seen.add(key)
        if g[0][0]:
            query.must_not.append(g[0][1])
        else:
            query.must.append([t for _, t in g])
    if query.must_not and not query.must:
        raise QueryError("جستجو دست‌کم یک واژهٔ بی «-» می‌خواهد: «-کشور» به‌تنهایی پشتیبانی نمی‌شود؛ "
                         "مثلاً «نفت -کشور».")
    return query


def _match_spans(text: str, query: Query, *, window: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` (as shown) that match a term of ``query``: a spelling, a stem or a prefix.

    With ``window``, only the first ``window`` characters from the first match are scanned (a snippet
    needs no more), so a long text costs no more than a short one.
    """
    marks = query.marks
    prefixes = tuple(t[0] for t, kind in marks if kind == "prefix" and len(t) == 1)
    # a phrase may span several shown words; a shown word may fold to several tokens; a word matches a
    # phrase token by its surface token or by its stem
    phrases: dict[str, list[tuple[list[str], int]]] = {}
    for tokens, kind in marks:
        if kind != "prefix" or len(tokens) > 1:
            phrases.setdefault(tokens[0], []).append((list(tokens), 1 if kind == "stem" else 0))
    words = []
    stop = None
    for m in _WORD_RE.finditer(text):
        if stop is not None and m.start() > stop:
            break
        surface, stems = _word_pair(m.group())
        pair = (surface.split(" ") if surface else [], stems.split(" ") if stems else [])
        words.append((m.start(), m.end(), pair))
        if window is not None and stop is None and pair[0] and (
                pair[0][0] in phrases or pair[1][0] in phrases or pair[0][0].startswith(prefixes or ("\0",))):
            stop = m.start() + window
    spans = []
    i = 0
    n = len(words)
    while i < n:
        start, end, pair = words[i]
        hit = None
        if pair[0] and prefixes and len(pair[0]) == 1 and pair[0][0].startswith(prefixes):
            hit = i + 1
        for which in (0, 1):
            if not pair[which]:
                continue
            for phrase, col in phrases.get(pair[which][0], ()):
                if col != which:
                    continue
                # consume shown words while their tokens (or stems) continue the phrase
                need = phrase
                j = i
                while need and j < n:
                    wt = words[j][2][which]
                    if not wt or need[: len(wt)] != wt:
                        break
                    need = need[len(wt):]
                    j += 1
                if not need:
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
