"""short_line_memo: a line's answer remembered when the line is short; a long line's only for the
last few long lines asked (a page's paragraphs, which its passes ask of again), the longest never."""
from __future__ import annotations

import pytest

from palayesh import memo as memo_module
from palayesh.memo import _line_only, short_line_memo


def _counted():
    asked: list[tuple] = []

    def words(text: str, *rest) -> tuple[str, ...]:
        asked.append((text, *rest))
        return tuple(text.split())

    return words, asked


def test_short_lines_are_answered_from_the_memo_long_ones_from_the_last_few_asked():
    words, asked = _counted()
    memo = short_line_memo(10, 4)(words)
    assert memo("خبر فوری") == memo("خبر فوری") == ("خبر", "فوری")
    long = "گزارش ویژه امروز"  # (16 characters: over the 10 of the memo of short lines)
    assert memo(long) == memo(long) == ("گزارش", "ویژه", "امروز")
    assert asked == [("خبر فوری",), (long,)]
    info = memo.cache_info()
    assert (info.hits, info.misses, info.currsize, info.maxsize) == (1, 1, 1, 4)
    recent = memo.recent_info()
    assert (recent.hits, recent.misses, recent.currsize, recent.maxsize) == (1, 1, 1, memo_module.RECENT_LONG)
    memo.cache_clear()
    assert memo.cache_info().currsize == memo.recent_info().currsize == 0 and memo.__wrapped__ is words
    memo(long)
    assert asked[-1] == (long,) and len(asked) == 3  # (forgotten with the short ones: asked again)


def test_the_long_lines_remembered_are_the_last_few_asked(monkeypatch):
    monkeypatch.setattr(memo_module, "RECENT_LONG", 2)
    words, asked = _counted()
    memo = short_line_memo(3, 8)(words)
    one, two, three = "بند یکم متن", "بند دوم متن", "بند سوم متن"
    for t in (one, two, one, three, two, one):  # («دوم» forgotten when «سوم» came, then «یکم»)
        memo(t)
    assert [a[0] for a in asked] == [one, two, three, two, one]
    assert memo.cache_info().currsize == 0  # (none of them in the memo of short lines)


def test_the_longest_lines_are_computed_each_time(monkeypatch):
    monkeypatch.setattr(memo_module, "RECENT_LONG_CHARS", 12)
    words, asked = _counted()
    memo = short_line_memo(3, 8)(words)
    page = "متنی بلندتر از دوازده نویسه"
    assert memo(page) == memo(page) == tuple(page.split())
    assert asked == [(page,), (page,)] and memo.recent_info().currsize == 0


def test_each_caller_gets_a_copy_of_a_long_line_answer_too():
    words, asked = _counted()
    memo = short_line_memo(3, 8, copy=list)(words)
    mine = memo("خبر فوری امروز")
    mine.append("x")  # (a caller may change its list: the memo's stays)
    assert memo("خبر فوری امروز") == ["خبر", "فوری", "امروز"] and len(asked) == 1


def test_the_memo_is_bounded_and_forgets_the_least_recently_asked():
    words, asked = _counted()
    memo = short_line_memo(10, 2)(words)
    for t in ("الف", "ب", "الف", "پ", "ب"):  # («ب» forgotten when «پ» came)
        memo(t)
    assert [a[0] for a in asked] == ["الف", "ب", "پ", "ب"]


def test_more_arguments_are_part_of_the_key():
    words, asked = _counted()
    memo = short_line_memo(10, 8)(words)
    assert memo("خبر", "head") == memo("خبر", "tail") == ("خبر",)
    assert memo("خبر", "head") == ("خبر",)
    assert asked == [("خبر", "head"), ("خبر", "tail")]


def test_longer_lines_get_the_answer_they_are_told():
    words, asked = _counted()
    memo = short_line_memo(5, 8, longer=lambda text: None)(words)
    assert memo("سلام") == ("سلام",) and memo("سلام دنیا") is None
    assert asked == [("سلام",)]


def test_each_caller_gets_a_copy_of_its_own():
    words, _ = _counted()
    memo = short_line_memo(20, 8, copy=list, longer=lambda text: list(words(text)))(words)
    mine = memo("خبر فوری")
    mine.append("x")  # (a caller may change its list)
    assert memo("خبر فوری") == ["خبر", "فوری"] and type(memo("خبر فوری" * 5)) is list
    assert memo("خبر فوری") is not memo("خبر فوری")


def test_a_function_of_the_line_alone_is_asked_without_the_other_arguments():
    # (its memo takes the line alone: no tuple of further arguments to build on every ask)
    asked: list[str] = []

    def letters(text: str) -> int:
        asked.append(text)
        return len(text.replace(" ", ""))

    memo = short_line_memo(10, 4)(letters)
    assert memo("خبر فوری") == memo("خبر فوری") == 7 and asked == ["خبر فوری"]
    assert memo("گزارش ویژه امروز") == 14 and asked == ["خبر فوری", "گزارش ویژه امروز"]
    with pytest.raises(TypeError):
        memo("خبر", "head")
    copied = short_line_memo(20, 4, copy=list)(lambda text: text.split())
    mine = copied("خبر فوری")
    mine.append("x")
    assert copied("خبر فوری") == ["خبر", "فوری"]


def test_which_functions_are_of_the_line_alone():
    def one(text): ...
    def two(text, role): ...
    def optional(text, role=None): ...
    def rest(text, *more): ...
    assert _line_only(one) and _line_only(lambda text: None)
    assert not any(map(_line_only, (two, optional, rest, str.split)))
    # (a function with an optional argument keeps it: its callers may pass it)
    assert short_line_memo(10, 4)(optional)("خبر", "head") is None


def test_a_memo_of_the_line_alone_answers_by_a_table_lookup_in_two_generations():
    # (its callers that ask often take its ``ask``, the table's own look-up: a line remembered is
    # answered with no Python frame; a full generation becomes the old one, whose lines asked again
    # come back without being made, and the older one is forgotten)
    made: list[str] = []

    def letters(text: str) -> int:
        made.append(text)
        return len(text.replace(" ", ""))

    memo = short_line_memo(10, 4)(letters)  # (two generations of two lines)
    assert type(memo.ask).__name__ == "builtin_function_or_method"
    assert memo.ask("خبر فوری") == memo("خبر فوری") == 7 and made == ["خبر فوری"]
    # («ب» turns the generation; «خبر فوری», asked again, comes back; «پ» turns it again, and «الف»,
    # not asked since the last turn, is forgotten)
    for t in ("الف", "ب", "خبر فوری", "پ", "الف"):
        memo.ask(t)
    assert made == ["خبر فوری", "الف", "ب", "پ", "الف"]
    info = memo.cache_info()
    assert info.misses == len(made) and info.currsize <= info.maxsize == 4
    assert memo.ask("گزارش ویژه امروز") == 14 and made[-1] == "گزارش ویژه امروز"  # (a long line: not in the table)
    assert memo.cache_info().currsize == info.currsize
