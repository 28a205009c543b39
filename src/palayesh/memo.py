"""One memo for the pure functions of a line that extraction asks again and again.

A site's lines recur on its pages, and the template pass and extraction ask the same tests of the
same lines (is it prose, a menu line, a field's label, its tokens): each such test remembers its
answers for short lines, in a bounded least-recently-used memo, and computes those of longer lines
each time (a paragraph seldom recurs across pages, and a memo of paragraphs would be large) --
but for the last few of them: the passes of one page ask the same tests of its paragraphs again.
"""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Protocol

#: the longer lines whose answers each memo keeps apart, the last ones asked (a page's paragraphs,
#: which its passes test again: on 2,000 pages, one process, the field-label test was asked 32,500
#: times for 10,900 paragraphs, the prose tests 18,400 and 15,300 times for 4,100, the line kinds
#: 18,100 times for 10,900), up to this many characters (at most 128 x 20,000 characters a memo;
#: a paragraph is about 1,000)
RECENT_LONG, RECENT_LONG_CHARS = 128, 20_000


class LineMemo(Protocol):
    """What :func:`short_line_memo` makes: the function remembered, and its memo's controls."""

    __wrapped__: Callable[..., Any]
    #: of a memo of a function of the line alone (:func:`_table_memo`): its table's look-up
    ask: Callable[[str], Any]

    def __call__(self, text: str, /, *rest: Any) -> Any: ...

    def cache_info(self) -> Any: ...

    def cache_clear(self) -> None: ...


def short_line_memo(max_chars: int, maxsize: int, *, longer: Callable[..., Any] | None = None,
                    copy: Callable[[Any], Any] | None = None) -> Callable[[Callable[..., Any]], LineMemo]:
    """``made(text, *rest)`` remembered for texts of up to ``max_chars`` characters (at most
    ``maxsize`` answers, the least recently asked forgotten first); a longer text is answered by
    ``longer``, or unless told by ``made`` remembered for the :data:`RECENT_LONG` longer texts asked
    last (of up to :data:`RECENT_LONG_CHARS` characters). ``copy`` makes each caller its own answer
    of one remembered that a caller may change (a list, a set, a Line): the memo keeps its own.
    A function of the line alone with no ``copy`` keeps its answers in a table (:func:`_table_memo`),
    whose look-up the memo's ``ask`` is: its callers that ask often take that.

    >>> words = short_line_memo(20, 8, copy=list)(str.split)
    >>> words("خبر فوری") == words("خبر فوری") == ["خبر", "فوری"], words.cache_info().hits
    (True, 1)
    >>> words("گزارش " * 10).count("گزارش"), words.cache_info().currsize  # (not remembered)
    (10, 1)
    """
    def memo(made: Callable[..., Any]) -> LineMemo:
        recent = None if longer is not None else functools.lru_cache(maxsize=RECENT_LONG)(made)
        other = longer or _recent_long(made, recent, copy)  # type: ignore[arg-type]
        if copy is None and _line_only(made):
            return _table_memo(made, other, recent, max_chars, maxsize)
        remembered = functools.lru_cache(maxsize=maxsize)(made)

        # (a closure of its own for each shape: asked millions of times a run, it tests no option;
        # a function of the line alone is asked with no tuple of the other arguments, which cost
        # a third of an ask that the memo answers)
        def line_only_copied(text: str, /) -> Any:
            return copy(remembered(text)) if len(text) <= max_chars else other(text)  # type: ignore[misc]

        def with_rest(text: str, /, *rest: Any) -> Any:
            return remembered(text, *rest) if len(text) <= max_chars else other(text, *rest)

        def with_rest_copied(text: str, /, *rest: Any) -> Any:
            return copy(remembered(text, *rest)) if len(text) <= max_chars else other(text, *rest)  # type: ignore[misc]

        asked: Callable[..., Any] = with_rest if copy is None else \
            (line_only_copied if _line_only(made) else with_rest_copied)

        asked.__wrapped__ = made  # type: ignore[attr-defined]
        asked.__name__ = asked.__qualname__ = f"remembered_{getattr(made, '__name__', 'line')}"
        asked.cache_info = remembered.cache_info  # type: ignore[attr-defined]
        asked.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
        if recent is not None:
            asked.recent_info = recent.cache_info  # type: ignore[attr-defined]

            def cache_clear() -> None:
                remembered.cache_clear()
                recent.cache_clear()  # type: ignore[union-attr]

            asked.cache_clear = cache_clear  # type: ignore[attr-defined]
        return asked  # type: ignore[return-value]

    return memo


class _Table(dict):
    """The answers of a memo of a function of the line alone (:func:`_table_memo`): asked as
    ``table[text]``, a line remembered is answered in C, with no Python frame (a site's lines are
    asked again and again: 2,000 pages ask the line memos 1.5 million times); :meth:`__missing__`
    answers the others. Bounded by two generations of at most ``half`` lines each: a full one
    becomes the old one (the older forgotten), whose lines asked again come back to the new one --
    the lines asked since the last turn are kept, as a least-recently-used memo keeps them."""

    __slots__ = ("made", "other", "max_chars", "half", "old", "misses")
    made: Callable[[str], Any]
    other: Callable[[str], Any]
    max_chars: int
    half: int
    old: dict[str, Any]
    misses: int

    def __missing__(self, text: str) -> Any:
        if len(text) > self.max_chars:
            return self.other(text)
        got = self.old.pop(text, _ABSENT)
        if got is _ABSENT:
            self.misses += 1
            got = self.made(text)
        if len(self) >= self.half:
            self.old = dict(self)
            self.clear()
        self[text] = got
        return got


_ABSENT = object()


def _table_memo(made: Callable[..., Any], other: Callable[..., Any], recent: Any, max_chars: int,
                maxsize: int) -> LineMemo:
    """:func:`short_line_memo` of ``made``, a function of the line alone whose answers callers do
    not change: its answers in a :class:`_Table`, whose ``__getitem__`` callers that ask often take
    as the memo's ``ask`` (no frame of the memo's own). ``cache_info`` counts misses (lines made),
    not hits: an answer remembered passes no code that could count it."""
    table = _Table()
    table.made, table.other, table.max_chars = made, other, max_chars
    table.half, table.old, table.misses = max(1, maxsize // 2), {}, 0
    ask = table.__getitem__

    def line_only(text: str, /) -> Any:
        return ask(text)

    def cache_info() -> Any:
        return functools._CacheInfo(None, table.misses, maxsize, len(table) + len(table.old))  # type: ignore[attr-defined, arg-type]

    def cache_clear() -> None:
        table.clear()
        table.old, table.misses = {}, 0
        if recent is not None:
            recent.cache_clear()

    line_only.ask = ask  # type: ignore[attr-defined]
    line_only.__wrapped__ = made  # type: ignore[attr-defined]
    line_only.__name__ = line_only.__qualname__ = f"remembered_{getattr(made, '__name__', 'line')}"
    line_only.cache_info = cache_info  # type: ignore[attr-defined]
    line_only.cache_clear = cache_clear  # type: ignore[attr-defined]
    if recent is not None:
        line_only.recent_info = recent.cache_info  # type: ignore[attr-defined]
    return line_only  # type: ignore[return-value]


def _recent_long(made: Callable[..., Any], kept: Callable[..., Any],
                 copy: Callable[[Any], Any] | None) -> Callable[..., Any]:
    """``made`` for the longer texts: answered by ``kept`` (``made`` remembered for the
    :data:`RECENT_LONG` asked last; a copy of its answer for each caller with ``copy``) up to
    :data:`RECENT_LONG_CHARS` characters."""
    def recent(text: str, /, *rest: Any) -> Any:
        if len(text) > RECENT_LONG_CHARS:
            return made(text, *rest)
        return kept(text, *rest) if copy is None else copy(kept(text, *rest))

    return recent


def _line_only(made: Callable[..., Any]) -> bool:
    """Whether ``made`` takes the line alone: one positional parameter, no other (none with a
    default, no ``*args``), so that a caller cannot pass it more."""
    try:
        params = list(inspect.signature(made).parameters.values())
    except (TypeError, ValueError):  # (a builtin without a signature: asked the general way)
        return False
    return len(params) == 1 and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD) \
        and params[0].default is params[0].empty
