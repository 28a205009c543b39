"""Tables inside a story: their rows are the story's lines, on flat and HTML pages written here."""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.extract.tables import cells, table_runs

PARAS = ["به گزارش پایگاه خبری ما، قیمت محصولات کشاورزی در بازار عمده‌فروشی این هفته با افزایش همراه بود و "
         "خریداران نگران ادامه این روند هستند.",
         "رئیس اتحادیه گفت که کاهش بارندگی و افزایش هزینه‌های حمل دلیل اصلی این افزایش است و پیش‌بینی "
         "می‌شود تا پایان ماه ادامه داشته باشد.",
         "او افزود که دولت برای کنترل بازار باید ذخایر راهبردی را به بازار عرضه کند تا قیمت‌ها به تعادل "
         "برسد و مصرف‌کنندگان آسیب نبینند."]
ROWS = ["کالا | بهای هر واحد | نوسان", "ذرت | ۴۰,۵۰۰ | ۱۲٪", "عدس | ۳۱,۰۰۰ | -۴٪", "نخود | ۵۸,۲۵۰ | ۳٪"]


@pytest.mark.parametrize("lines, rows", [
    (["متن.", *ROWS, "متن."], {1, 2, 3, 4}),                                    # a table between paragraphs
    (["صفحه اصلی | ورزش | اقتصاد | سیاست"], set()),                              # a menu: one line
    (["درباره ما | تماس با ما", "درباره ما | تماس با ما", "درباره ما | تماس با ما"], set()),  # repeated
    (["الف | ب | ج", "د | ه | و", "ز | ح | ط"], set()),                          # no figures
    (["کالا | بها", "ذرت | ۴۰۰ | ۱٪", "عدس | ۳۰۰ | ۲٪"], set()),                  # rows of other widths
    (["متن.", *ROWS[:3], "هشدار: این یک آگهی است", ROWS[3], "متن."], {1, 2, 3, 5}),  # a table broken by a line
    (["متن.", *ROWS[:3], "یک", "دو", "سه", ROWS[3], "متن."], {1, 2, 3}),       # a row far under it: none
])
def test_table_runs(lines, rows):
    assert table_runs(lines) == rows


def test_cells():
    assert cells("| ذرت | ۴۰,۵۰۰ | ۱۲٪ |") == ["ذرت", "۴۰,۵۰۰", "۱۲٪"]
    assert cells("به گزارش ما | این یک جمله بلند است که در یک خانه جدول جا نمی‌شود") is None


def test_a_flat_pages_table_between_the_story_paragraphs():
    page = ["بازار امروز", "", "قیمت محصولات کشاورزی در بازار عمده‌فروشی افزایش یافت", "",
            PARAS[0], PARAS[1], *ROWS, PARAS[2]]
    got = extract("\n".join(page))
    assert got.paragraphs == [PARAS[0], PARAS[1], *ROWS, PARAS[2]]


def test_an_html_pages_table_between_the_story_paragraphs():
    table = "<table>" + "".join("<tr> " + " ".join(f"<td>{c}</td>" for c in r.split(" | ")) + " </tr>"
                                for r in ROWS) + "</table>"
    page = ("<html><body><article><h1>قیمت محصولات کشاورزی در بازار عمده‌فروشی افزایش یافت</h1>"
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{table}<p>{PARAS[2]}</p></article></body></html>")
    got = extract(page)
    assert got.paragraphs == [PARAS[0], PARAS[1], *ROWS, PARAS[2]]
