"""The shortcuts s78 took before whole-line regex matches: each says the same as the formulation it
replaced (kept here as the reference), on random texts of the characters that matter and on the lines
of a real page."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from palayesh.extract import fieldbox, photos, template
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
