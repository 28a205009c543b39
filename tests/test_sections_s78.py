"""Sections on unseen layouts (found on azdev, ``bench/score_families.py --keep``): a clipping service's field table
whose header cells (``<th>``) name the clipping's fields, one of them the subject («موضوع»)."""
from __future__ import annotations

from conftest import story_bodies
from palayesh.extract import extract
from test_sections_s72 import HEADLINES


def _clipping(title: str, section: str, paras: list[str]) -> str:
    """A media-monitoring service's clipping view: the service's header and menu, the clipping's field table (the
    paper, its issue, day and page, the day it was filed in the service, the subject and a tone), the headline in an
    <h2> and the OCR'd text."""
    fields = [("نام نشریه", "روزنامه صبح دشت"), ("شماره", "۲۵۷۶"), ("تاریخ انتشار نشریه", "سه‌شنبه ۱۶ مهر ۱۳۹۸"),
              ("صفحه", "۶"), ("تاریخ ثبت در سامانه", "۱۳۹۸/۰۷/۱۷ ۰۲:۴۱"), ("موضوع", section), ("ارزیابی", "خنثی")]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>بریده جراید</title></head>'
            '<body><header><a class="logo" href="/">پایشگر</a></header>'
            '<ul class="pm-menu"><li>داشبورد</li><li>بریده جراید</li><li>گزارش‌ها</li><li>خروج</li></ul>'
            f'<table class="clip-meta">{rows}</table><h2 class="clip-title">{title}</h2><div class="ocr-text">'
            + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")


def test_a_field_tables_header_cell_of_four_words_does_not_keep_its_subject_row_from_the_section():
    # the table's rows are <th> label / <td> value, one label of four words («تاریخ ثبت در سامانه»); the markup says
    # it is a label, so the table is still a box of fields and its «موضوع» row names the section (before: a label
    # of more than three words made the table no box, and no section was read)
    paras = story_bodies(1, 2)[0]
    assert extract(_clipping(HEADLINES[0], "کشاورزی", paras)).section == "کشاورزی"
