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

    >>> words = short_line_memo(20, 8, copy=list)(str.split)
    >>> words("خبر فوری") == words("خبر فوری") == ["خبر", "فوری"], words.cache_info().hits
    (True, 1)
    >>> words("گزارش " * 10).count("گزارش"), words.cache_info().currsize  # (not remembered)
    (10, 1)
    """
    def memo(made: Callable[..., Any]) -> LineMemo:
        remembered = functools.lru_cache(maxsize=maxsize)(made)
        recent = None if longer is not None else functools.lru_cache(maxsize=RECENT_LONG)(made)
        other = longer or _recent_long(made, recent, copy)  # type: ignore[arg-type]

        # (a closure of its own for each shape: asked millions of times a run, it tests no option;
        # a function of the line alone is asked with no tuple of the other arguments, which cost
        # a third of an ask that the memo answers)
        def line_only(text: str, /) -> Any:
            return remembered(text) if len(text) <= max_chars else other(text)

        def line_only_copied(text: str, /) -> Any:
            return copy(remembered(text)) if len(text) <= max_chars else other(text)  # type: ignore[misc]

        def with_rest(text: str, /, *rest: Any) -> Any:
            return remembered(text, *rest) if len(text) <= max_chars else other(text, *rest)

        def with_rest_copied(text: str, /, *rest: Any) -> Any:
            return copy(remembered(text, *rest)) if len(text) <= max_chars else other(text, *rest)  # type: ignore[misc]

        one = _line_only(made)
        asked: Callable[..., Any] = (line_only if one else with_rest) if copy is None else \
            (line_only_copied if one else with_rest_copied)

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
