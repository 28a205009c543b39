"""A meta row of fields longer than a label line («سرویس: …» first, a code and dates after it) names the
story's section in its label field (html.py ``_label_elements``)."""
from __future__ import annotations

from palayesh.extract import extract

PARAS = [
    "به گزارش خبرنگار ما، لایحه بودجه سال آینده افزایش حقوق بازنشستگان را بیست درصد پیش‌بینی کرده است و"
    " مجلس باید درباره آن تصمیم بگیرد.",
    "نمایندگان می‌گویند این افزایش با نرخ تورم فاصله دارد و باید در کمیسیون تلفیق بازنگری شود.",
]


def test_a_long_meta_rows_label_field_names_the_section():
    # (a columnist's page: «سرویس:» first in a row of fields over 90 characters long, its dates too)
    row = ("سرویس: بازنشستگان | کد مطلب: ۳۰۲۸۱ | تاریخ انتشار: ۱۴۰۱/۰۳/۱۴ ۰۷:۵۱ | به‌روزرسانی: ۱۴۰۱/۰۳/۱۵")
    assert len(row) > 90
    page = ("<html><head><meta charset=utf-8><title>حقوق بازنشستگان</title></head><body><main>"
            "<h1>ترمیم حقوق بازنشستگان در بودجه سال آینده</h1><div class=meta>" + row + "</div>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</main></body></html>")
    art = extract(page)
    assert art.section == "بازنشستگان"
    assert art.published.startswith("2022-06-04")
