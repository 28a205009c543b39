"""A section the site's menu does not list, read from the position its meta rows keep for sections (issue 12).

A site's row under the headline, «باغداری | کاوه نوری | ۶۱۳ بازدید», holds an item of its menu at
one position on most pages: that position is its section's. A name there the menu does not list (a
sub-section, «قیمت پرتقال»), which the row repeats on other pages, is the story's section; a writer's
name, at a position no menu item takes, is not.
"""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.extract.template import row_slot_keys

_MENU = ["خانه", "بازار میوه", "باغداری", "صنایع تبدیلی", "سرمازدگی", "تماس"]
_TITLES = [f"گزارش شماره {w} از باغ‌های مرکبات در شهر {v} امروز" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["ساری", "بابل", "آمل"] * 4)]
_WRITERS = ["کاوه نوری", "نرگس ملکی"]


def _pages(filed: list[str | None]) -> list[list[str]]:
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        row = " | ".join(x for x in (filed[i], _WRITERS[i % 2], f"{613 + 97 * i} بازدید") if x)
        pages.append(["باغ شمال", "بازار میوه و مرکبات", *_MENU, title, row, f"کد خبر {6120 + i}", *paras,
                      "پایان", f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶"])
    return pages


def test_the_rows_position_of_menu_items_is_read_where_the_menu_lists_no_field():
    keys = row_slot_keys([*_MENU, "تیتر خبر", "قیمت پرتقال | کاوه نوری | ۶۱۳ بازدید"], ["H"] * 8, [False] * 8)
    assert "ǂR0m" not in keys and "ǂR0:قیمتپرتقال" in keys
    keys = row_slot_keys([*_MENU, "تیتر خبر", "باغداری | کاوه نوری | ۶۱۳ بازدید"], ["H"] * 8, [False] * 8)
    assert "ǂR0m" in keys and "ǂR1m" not in keys


def test_a_sub_section_the_menu_does_not_list_is_read_from_the_rows_section_position(tmp_path):
    filed = ["باغداری", "صنایع تبدیلی", "قیمت پرتقال", "سرمازدگی"] * 3
    rows = refine_site(tmp_path, _pages(filed))
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i], (i, rows[f"p{i:02d}"]["section"])


def test_a_writer_in_a_row_that_never_holds_a_menu_item_is_no_section(tmp_path):
    rows = refine_site(tmp_path, _pages([None] * 12))
    assert all(rows[f"p{i:02d}"]["section"] is None for i in range(12)), [r["section"] for r in rows.values()]


def test_a_dated_rows_section_position_is_read_too(tmp_path):
    # «<section> | <writer> | تاریخ انتشار: … | <views>»: the sub-section the menu lists not is the section
    filed = ["باغداری", "صنایع تبدیلی", "قیمت پرتقال", "سرمازدگی"] * 3
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        day = f"تاریخ انتشار: یکشنبه ۱۳۹۱/۰۶/{i + 10} ساعت ۱۹:۵۳"
        row = f"{filed[i]} | {_WRITERS[i % 2]} | {day} | {613 + 97 * i} بازدید"
        pages.append(["باغ شمال", "بازار میوه و مرکبات", *_MENU, title, "🔗 کپی لینک · تلگرام · بله", row,
                      f"شناسه خبر: {6120 + i}", *paras, "پایان"])
    rows = refine_site(tmp_path, pages)
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i], (i, rows[f"p{i:02d}"]["section"])
