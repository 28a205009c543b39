"""The shortcuts s77 took on the flat path and in the text cleaners: each says the same as the slower
formulation it replaced (kept here as the reference), on random texts of the characters that matter."""
from __future__ import annotations

import random
import re
import sys

import pytest

from palayesh.extract import _ANY_SURROGATE, domtext, extract, flushright, letterhead, mailview, pagebreaks
from palayesh.extract.exports import markdown_fields

#: every character ``str.isspace`` calls white space, which ``re``'s ``\s`` matches
WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def _texts(alphabet: str | list[str], n: int = 20000, most: int = 14, seed: int = 77) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_white_space_is_one_set_for_re_and_str():
    ws = re.compile(r"\s")
    assert [c for c in WHITE if not ws.fullmatch(c)] == []
    assert [hex(c) for c in range(sys.maxunicode + 1) if ws.fullmatch(chr(c)) and not chr(c).isspace()] == []


def test_split_join_is_the_white_space_substitution():
    for s in _texts(WHITE + list("ab خبر\u200c&;"), most=12):
        assert " ".join(s.split()) == re.sub(r"\s+", " ", s).strip()
    assert domtext._cleaned("  خبر&nbsp;\u2003 فوری\n") == "خبر فوری"
    assert domtext._cleaned(" \u3000 ") is None


def test_padded_pre_scan_misses_no_padded_line():
    for s in _texts(" \f\na\r", most=10):
        scanned = s.startswith((" ", "\f")) or "\n " in s or "\n\f" in s
        assert scanned or flushright._PADDED.search(s) is None
    page = "\n".join("\f" * (i % 2) + " " * (30 - len(t)) + t for i, t in enumerate(
        ["خبرنامه شماره ۱۲", "افتتاح دو نیروگاه", "۱۲ آذر ۱۴۰۲", "به گزارش ایرنا دو نیروگاه", "امروز افتتاح شد.",
         "پایان خبر"]))
    assert flushright.without_flush_pad(page) is not None  # (pads after form feeds too)


def test_foot_words_counted_with_a_bounded_split():
    for s in _texts(list(" \t\u3000a۱") + ["بخش"], most=20):
        t = s.strip()
        assert (len(t.split(None, pagebreaks.MAX_FOOT_WORDS)) <= pagebreaks.MAX_FOOT_WORDS) == \
            (len(t.split()) <= pagebreaks.MAX_FOOT_WORDS)


def test_feet_found_among_lines_with_a_digit_only():
    # (the reference: every line read, as before)
    def feet(lines):
        from collections import defaultdict

        shapes = defaultdict(list)
        for i, line in enumerate(lines):
            t = pagebreaks._bare(line)
            if t and len(t.split()) <= pagebreaks.MAX_FOOT_WORDS and pagebreaks._NUMBER.search(t):
                shapes[pagebreaks._NUMBER.sub("#", t)].append(i)
        return dict(shapes)

    rnd = random.Random(5)
    pool = ["صفحه ۱ از ۲", "صفحه ۲ از ۲", "- 3 -", "بولتن آب", "", " \f", "\fبولتن آب", "متن خبر ۱۲ نفر",
            "یک دو سه چهار پنج شش هفت ۸", "٣/٤", "２"]
    for _ in range(3000):
        lines = [rnd.choice(pool) for _ in range(rnd.randint(0, 12))]
        got: dict = {}
        from itertools import compress

        for i, line in compress(enumerate(lines), map(pagebreaks._NUMBER.search, lines)):
            t = pagebreaks._bare(line)
            if len(t.split(None, pagebreaks.MAX_FOOT_WORDS)) <= pagebreaks.MAX_FOOT_WORDS:
                got.setdefault(pagebreaks._NUMBER.sub("#", t), []).append(i)
        assert got == feet(lines)
        assert pagebreaks._foot_runs(lines) == _foot_runs_reference(lines, feet)


def _foot_runs_reference(lines, feet):
    for idx in feet(lines).values():
        start = 0
        for k in range(1, len(idx) + 1):
            if k < len(idx) and pagebreaks._numbered([pagebreaks._bare(lines[idx[k - 1]]),
                                                      pagebreaks._bare(lines[idx[k]])]):
                continue
            run, start = idx[start:k], k
            heads = {pagebreaks._next_line(lines, i) for i in run[:-1]}
            if len(run) >= 2 and len(heads) == 1 and None not in heads \
                    and any(pagebreaks._bare(line) in heads for line in lines[:run[0]]):
                return run
    return None


def test_mail_rows_and_quotes_read_in_c():
    from itertools import compress

    for lines in (s.split("|") for s in _texts(list(" \t\u00a0a>|:") + ["از"], most=16)):
        assert list(compress(range(len(lines)), map(str.strip, lines))) == \
            [i for i, t in enumerate(lines) if t.strip()]
        assert [mailview._QUOTED.sub("", t) if ">" in t else t for t in lines] == \
            [mailview._QUOTED.sub("", t) for t in lines]


def test_subject_mark_needs_a_colon():
    for s in _texts(list(" \t[]:：") + ["Fwd", "RE", "پاسخ", "x"], most=8):
        if ":" not in s and "：" not in s:
            assert mailview._SUBJECT_MARK.sub("", mailview._LIST_TAG.sub("", s.strip())) == \
                mailview._LIST_TAG.sub("", s.strip())


@pytest.mark.parametrize("lines", [
    ["[dam-l] Fwd: افتتاح دو نیروگاه تازه در استان", "علی رضایی ali at gmail.com", "Sun Oct 11 04:17:00 IRST 2026",
     "سلام به همه،", "افتتاح دو نیروگاه تازه در استان", "۱۲ آذر ۱۴۰۲ - ۱۰:۲۰", "به گزارش ایرنا دو نیروگاه."],
    ["Subject：RE： افتتاح دو نیروگاه تازه در استان", "", "افتتاح دو نیروگاه تازه در استان", "متن"],
    ["> از: علی <ali@mail.ir>", "> به: مریم", "> موضوع: FW: خبر", "> تاریخ: ۱۴ آذر ۱۴۰۲", "سلام، برای اطلاع.",
     "افتتاح دو نیروگاه تازه در استان", "۱۲ آذر ۱۴۰۲ - ۱۰:۲۰", "به گزارش ایرنا دو نیروگاه تازه امروز افتتاح شد."],
])
def test_mail_views_still_found(lines):
    assert mailview.mail_view(lines) is not None
    assert letterhead.letterhead(lines) is None


def test_markdown_heading_needs_a_hash():
    assert markdown_fields("# بارش برف\n[الف](https://a.ir/1) [ب](https://a.ir/2)\nمتن") is not None
    assert markdown_fields("بارش برف\n[الف](https://a.ir/1) [ب](https://a.ir/2)\nمتن") is None


def test_surrogates_found_by_the_regex_module():
    for s in _texts(["a", "خ", "\ud800", "\udfff", "\ud7ff", "\ue000", "\U0001f600"], most=6):
        assert (_ANY_SURROGATE.search(s) is None) == (re.search("[\ud800-\udfff]", s) is None)
    assert "\ufffd" in extract("خبر فوری \ud83d درباره بارش برف در تهران امروز").title


def test_space_rules_as_line_strips():
    from collections import Counter

    from palayesh.normalize import NormalizeOptions
    from palayesh.normalize.chars import SPACE_RULES, CharNormalizer

    # (_once applies the second rule by str.strip of each line: the rules are these two)
    assert [p for p, _, _ in SPACE_RULES] == [r" {2,}", r"^ +|(?<! ) +$"]
    rules = [(re.compile(p, re.M), r) for p, r, _ in SPACE_RULES]
    cn = CharNormalizer(NormalizeOptions())
    assert cn._spaces
    for s in _texts(list("  \n\nab") + ["خبر"], most=16):  # (no character another rule changes)
        want = s
        for pattern, repl in rules:
            want = pattern.sub(repl, want)
        edits: Counter = Counter()
        assert cn._once(s, edits) == want
        assert edits["spaces"] == len(s) - len(want)


def test_zwnj_rules_skipped_only_without_their_needle():
    from palayesh.normalize.chars import ZWNJ_CLEANUP_NEEDLES, ZWNJ_CLEANUP_RULES

    rules = [(re.compile(p), r, ZWNJ_CLEANUP_NEEDLES.get(p, "\u200c")) for p, r, _ in ZWNJ_CLEANUP_RULES]
    for s in _texts(["\u200c", "\u200c", "ب", "a", " ", "1"], most=10):
        for pattern, repl, needle in rules:
            assert needle in s or pattern.search(s) is None
            s = pattern.sub(repl, s)
