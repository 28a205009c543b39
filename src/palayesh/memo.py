"""One memo for the pure functions of a line that extraction asks again and again.

A site's lines recur on its pages, and the template pass and extraction ask the same tests of the
same lines (is it prose, a menu line, a field's label, its tokens): each such test remembers its
answers for short lines, in a bounded least-recently-used memo, and computes those of longer lines
each time (a paragraph seldom recurs, and a memo of paragraphs would be large).
"""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Protocol


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
    ``longer`` (``made`` itself unless told). ``copy`` makes each caller its own answer of one
    remembered that a caller may change (a list, a set, a Line): the memo keeps its own.

    >>> words = short_line_memo(20, 8, copy=list)(str.split)
    >>> words("خبر فوری") == words("خبر فوری") == ["خبر", "فوری"], words.cache_info().hits
    (True, 1)
    >>> words("گزارش " * 10).count("گزارش"), words.cache_info().currsize  # (not remembered)
    (10, 1)
    """
    def memo(made: Callable[..., Any]) -> LineMemo:
        remembered = functools.lru_cache(maxsize=maxsize)(made)
        other = longer or made

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
        return asked  # type: ignore[return-value]

    return memo


def _line_only(made: Callable[..., Any]) -> bool:
    """Whether ``made`` takes the line alone: one positional parameter, no other (none with a
    default, no ``*args``), so that a caller cannot pass it more."""
    try:
        params = list(inspect.signature(made).parameters.values())
    except (TypeError, ValueError):  # (a builtin without a signature: asked the general way)
        return False
    return len(params) == 1 and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD) \
        and params[0].default is params[0].empty
