"""The shortcuts s78 took before whole-line regex matches: each says the same as the formulation it
replaced (kept here as the reference), on random texts of the characters that matter and on the lines
of a real page."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from palayesh.extract import dates, fieldbox, photos, template
from palayesh.extract.dates import MONTHS, _alternation
from palayesh.extract.pagetext import html_lines

#: every character ``str.isspace`` calls white space (``re``'s ``\s``, tests/test_scan_shortcuts.py)
WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
#: the decimal digits of every script (``re``'s ``\d``)
DIGITS = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()]
#: the lines of a real news page
REAL = html_lines((Path(__file__).parent / "data" / "real" / "tasnim_2015910.html").read_text(encoding="utf-8"))


def _texts(alphabet: list[str], n: int = 20000, most: int = 12, seed: int = 78) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_real_page_has_lines():
    assert len(REAL) > 50


def test_decimal_digits_are_one_set_for_re_and_str():
    d = re.compile(r"\d")
    assert [c for c in DIGITS if not d.fullmatch(c)] == []
    assert [hex(c) for c in range(sys.maxunicode + 1) if d.fullmatch(chr(c)) and not chr(c).isdecimal()] == []


def _stamp_head_reference(text: str):
    m = template._STAMP.match(text.strip(template._MARKS))
    if m is None:
        return None
    k = template.line_key(m["label"])
    return (k, m["rest"]) if k else None


def test_stamp_head_needs_a_colon():
    alphabet = [":", "：", " ", "-", "–", "۱", "4", "ویرایش", "ساعت", "\u200c", "خبر", ".", "«", "\t"]
    texts = _texts(alphabet) + REAL + ["ویرایش: ۱۴:۳۰ - جزئیات تازه به این خبر افزوده شد.", "ویرایش ۱۶:۰۵:"]
    for t in texts:
        assert template.stamp_head(t) == _stamp_head_reference(t), t
    assert template.stamp_head("به‌روزرسانی ۱۴:۳۰ - متن تازه") is not None


def _count_of_reference(text: str):
    m = photos._COUNTER.match(text)
    if m is None or m.group(2)[0] in photos._ZEROS or m.group(3)[0] in photos._ZEROS:
        return None
    n, total = int(m.group(2)), int(m.group(3))
    return (m.group(1) or "", n, total) if 1 <= n <= total and total >= 2 else None


def test_counter_ends_in_a_digit():
    rnd = random.Random(7)
    alphabet = ["از", "/", "of", "OF", " ", "عکس", "۲", "1", "0", "۰", ".", *rnd.sample(WHITE, 6),
                *rnd.sample(DIGITS, 6)]
    real = ["عکس ۲ از ۱۵", "۳/۱۲", "۲۳ از ۵", "۰۳/۱۲", "۱ از ۲۱\n", "3 of 9\u2003"]
    for t in _texts(alphabet, most=8) + REAL + real:
        assert photos._count_of(t) == _count_of_reference(t), t
    assert photos._count_of("تصویر ۳ / ۹ \n") == ("تصویر", 3, 9)


def test_label_words_counted_before_the_match():
    def reference(text: str) -> bool:
        t = text.strip()
        return bool(fieldbox._FIELD_LABEL.match(t)) and len(t.rstrip(":：").split()) <= fieldbox.MAX_LABEL_WORDS

    alphabet = ["بخش", "منبع", " ", "\u200c", ":", "：", "۱", "\t", "\u3000", "a", "_", "."]
    for t in _texts(alphabet) + REAL + ["شناسه مطلب", "تاریخ انتشار:", "کد خبر: ۱۲"]:
        assert fieldbox._label_shaped(t) == reference(t), t


#: the hint as one alternation, as it was (the reference)
_MONTHS = _alternation(n for cal in MONTHS.values() for names in cal.values() for n in names)
_HINT_REFERENCE = re.compile(r"\d\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d|\d(?:st|nd|rd|th)?['\s\-/]*(?:ام\s*)?(?:"
                             + _MONTHS + r")|(?:" + _MONTHS + r")\.?[\s\-/]*(?:ماه\s*)?(?:سال\s*)?['\d]", re.I)


def test_month_names_without_case_need_no_ignore_case():
    _numbers, after_name, *_rest = dates._date_hint()
    assert not after_name.flags & re.I
    names = re.sub(r"\\[sd]", "", after_name.pattern)  # (the classes between a name's words and after it)
    assert [c for c in names if c.lower() != c.upper()] == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_date_hint_searched_by_parts(seed):
    rnd = random.Random(seed)
    names = sorted({n for cal in MONTHS.values() for names in cal.values() for n in names})
    pieces = [*rnd.sample(names, 24), "JAN", "Mar", "ماه", "سال", "ام", "th", "'", " ", "-", "/", ".", "۱۴", "2",
              "\u212a", "\u017f", "\u0130", "ı", "s", "k", "e", "p", "\u200c", "\n", "خبر"]
    for t in _texts(pieces, n=15000, most=6, seed=seed):
        assert dates._hinted(t) == (_HINT_REFERENCE.search(t) is not None), t
    for n in names:
        for t in (n + " ۱۴۰۲", "۱۲ " + n, n.upper() + ". 12", "x" + n + "'", n + " ماه سال ۹۹", n):
            assert dates._hinted(t) == (_HINT_REFERENCE.search(t) is not None), t
    for t in REAL:
        f = dates._fold(t)
        assert dates._hinted(f) == (_HINT_REFERENCE.search(f) is not None), t


def test_find_stamps_reads_dates_as_before():
    got = [s.localize()[0] for s in dates.find_stamps("۱۲ تیر ۱۴۰۱ | به‌روزرسانی: ۱۴ تیر ۱۴۰۱ ساعت ۹:۰۵")]
    assert got == ["2022-07-03", "2022-07-05T09:05+04:30"]
    assert dates.find_stamps("March 3, 2021") and dates.find_stamps("۱۴۰۲/۰۹/۱۵")
    assert dates.find_stamps("ساعت ۱۲ و ۳۰ دقیقه") == []
