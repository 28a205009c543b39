"""An HTML page that names its section only in a field under the story, «<label>: <value>», in a label
no lexicon holds («بایگانی: جشنواره فجر»), is filed under that value when the page's menu lists it,
as a flat page of the site is read (:func:`.text._foot_field_section`, issue 12).

The label is the site's own word; what tells the field is where it stands (among the short lines
under the story), that the site's template knows the label there, and that its value is, whole, an
item of the page's menu, varying from page to page. A field whose value no menu lists (a writer's
name) files nothing, and neither does one that shows the same value on every page.
"""
from __future__ import annotations

from conftest import made_titles, read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _FOOT = "فروش سینما", "کلیه حقوق برای فروش سینما محفوظ است."
_SECTIONS = ["جشنواره فجر", "نقد فیلم", "جدول فروش"]
_MENU = ["صفحه نخست", "خرید بلیت", *_SECTIONS, "تماس"]
_WRITERS = ["سارا محمدی", "بابک کریمی", "نیما رضایی"]
_TITLES = made_titles(12, ["اکران فیلم تازه", "رکورد فروش هفته", "نشست خبری کارگردان", "نمایش ویژه"],
                      ["تهران", "شیراز", "تبریز"])


def _page(i: int, paras: list[str], field: str) -> str:
    """An HTML page of the site: its menu, the headline and date, the story, then its foot: a star
    rating, ``field``, a short link and the story's keywords."""
    menu = " | ".join(f"<a href='/fa/service/{20 + j}'>{m}</a>" for j, m in enumerate(_MENU))
    foot = ["★★★☆☆", field, f"لینک کوتاه: https://cinema.example.ir/x{i}Q", "کلیدواژه‌ها: سینما، اکران"]
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]} | {_SITE}</title>"
            f"</head><body><header><div class='logo'>{_SITE}</div></header><nav><div class='m'>{menu}</div></nav>"
            f"<div class='head'><h1>{_TITLES[i]}</h1><div class='d'>تاریخ: ۱۲ اردیبهشت ۱۴۰۲ - ۲۲:{10 + i}</div></div>"
            f"<div class='body'>{''.join(f'<p>{p}</p>' for p in paras)}</div>"
            f"<div class='post'>{''.join(f'<div>{t}</div>' for t in foot)}</div>"
            f"<footer>{_FOOT}</footer></body></html>")


def _run(tmp_path, fields: list[str]) -> dict:
    """Twelve HTML pages, page ``i`` with ``fields[i % len(fields)]`` under its story: the rows by id."""
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.html").write_text(_page(i, paras, fields[i % len(fields)]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out")}


def test_a_field_under_the_story_whose_value_the_menu_lists_names_the_section(tmp_path):
    rows = _run(tmp_path, [f"بایگانی: {s}" for s in _SECTIONS])
    assert len(rows) == 12
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(_SECTIONS[i % 3]), (i, r["section"])


def test_a_field_whose_value_no_menu_lists_files_nothing(tmp_path):
    # (the same foot, its field naming the story's writer: no section)
    rows = _run(tmp_path, [f"بایگانی: {w}" for w in _WRITERS])
    assert len(rows) == 12
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


def test_a_tag_list_of_one_tag_the_menu_lists_files_nothing(tmp_path):
    # (the story's tags under a label the lexicon reads as the tail's, one tag a page: a menu's item
    # though the tag be, a tag files the story nowhere)
    rows = _run(tmp_path, [f"برچسب‌ها: {s}" for s in _SECTIONS])
    assert len(rows) == 12
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]
