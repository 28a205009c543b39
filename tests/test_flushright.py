"""A right-to-left document's layout text set flush right (``pdftotext -layout``): its lines' left pad is
layout, no indent (:mod:`palayesh.extract.flushright`). Written fresh for s76 (small synthetic pages)."""
from __future__ import annotations

import textwrap

from palayesh import extract
from palayesh.extract.flushright import without_flush_pad

HEAD = "افتتاح دو نیروگاه تازه در استان فارس"
PARAS = [
    "به گزارش خبرنگار ما، دو نیروگاه تازه امروز با حضور وزیر نیرو در استان فارس افتتاح شد و به شبکه سراسری "
    "برق کشور پیوست تا کمبود برق تابستان آینده در استان جبران شود.",
    "مدیرعامل شرکت برق منطقه‌ای فارس گفت: این دو نیروگاه ظرفیت تولید برق استان را تا پایان سال به میزان "
    "قابل توجهی افزایش خواهند داد و خاموشی‌های تابستان کم خواهد شد.",
    "وی افزود: ساخت نیروگاه سوم استان نیز از ماه آینده آغاز می‌شود و تا دو سال دیگر به بهره‌برداری خواهد "
    "رسید و برق شهرهای جنوبی استان را تأمین خواهد کرد.",
]


def _layout(width: int = 88) -> str:
    def right(t: str) -> str:
        return " " * max(0, width - len(t)) + t

    lines = [right("خبرنامه داخلی شرکت برق — شماره ۱۲"), "", right(HEAD), right("۱۲ آذر ۱۴۰۲ - ۱۰:۲۰"), ""]
    for p in PARAS:
        lines += [right(t) for t in textwrap.wrap(p, 80)] + [""]
    return "\n".join([*lines, right("www.barq-fars.ir"), " " * 44 + "۱"])


def test_flush_right_layout_text_reads_its_headline_and_paragraphs():
    a = extract(_layout())
    assert a.title == HEAD
    assert a.published.startswith("2023-12-03T10:20")
    assert [" ".join(p.split()) for p in a.paragraphs[:3]] == PARAS


def test_left_aligned_or_unpadded_text_is_left_alone():
    # a text wrapped at a width with a ragged right edge, and one whose lines carry no pad
    left = "\n".join(t for p in PARAS for t in [*textwrap.wrap(p, 60), ""])
    assert without_flush_pad(left) is None
    assert without_flush_pad("\n".join(["  " + t for t in textwrap.wrap(PARAS[0], 60)] * 2)) is None
