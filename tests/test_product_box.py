"""A product box set between two paragraphs of a story in words no lexicon knows (bench/scramble.py
renames a site's chrome words): its heading and the product's name over a price row the site's
template knows, and a button of a word closing it (:func:`palayesh.extract.text._box_over_known_rows`)."""
from __future__ import annotations

from dataclasses import replace

from palayesh.extract.text import CHROME, NOT_BODY, _drop_widget_boxes, classify

_P1 = ("اخراج برتراند در دقیقه دوازده شیرازه تیم میزبان را از هم پاشاند تا این تیم یکی از بدترین "
       "شکست‌های تاریخ خود را ببیند.")
_P2 = "در این بازی آلوارو پرز در دقایق نوزده و سی و نه و پنجاه و هفت برای تیمش گل زد و بهترین بازیکن زمین شد."


def _kept(box: list[str], known: set[int], elsewhere: set[int] = frozenset()) -> list[str]:
    lines = [classify(t) for t in [_P1, *box, _P2]]
    for k in known:
        lines[k + 1] = replace(lines[k + 1], kind=CHROME, learned=True, recurs=True)
    for k in elsewhere:
        lines[k + 1].elsewhere = True
    body = [i for i, ln in enumerate(lines) if ln.kind not in NOT_BODY]
    return [lines[i].text for i in _drop_widget_boxes(lines, body)]


def test_a_box_over_a_price_row_closed_by_a_button():
    box = ["🛒 پیشنهاد گلخانه", "گلدان سفالی دست‌ساز", "بها: ۲,۴۴۰,۰۰۰ تومان", "بخرید"]
    assert _kept(box, {2}) == [_P1, _P2]


def test_a_row_the_run_shows_on_other_stories_pages_closes_it_too():
    box = ["گلدان سفالی دست‌ساز", "بها: ۲,۴۴۰,۰۰۰ تومان", "رفتن به فروشگاه ما"]
    assert _kept(box, {1}, {2}) == [_P1, _P2]


def test_a_subheading_under_a_known_row_without_figures_stays():
    # (under a known row of no figures a short line leads into the text: a subheading, the story's)
    box = ["نتیجه دیدار", "تبلیغات", "ادامه بازی"]
    assert _kept(box, {1}) == [_P1, "نتیجه دیدار", "ادامه بازی", _P2]
