"""Family set AE's forms that hid a section or showed a kicker in its place (issue 12).

- A headline set in the header, above a menu set an item a line: the label right under the menu is
  the page's place in it, one of its items again (a menu lists an item once) or a sub-section no
  item names; a label the site shows under that place on its other pages is the story's kicker,
  and on a page that shows it alone right under the menu no section
  (:func:`.text._under_menu_column`, :func:`.template.item_stack`; on HTML pages the item again,
  :func:`.html._item_under_menu`).
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _TAGLINE, _FOOT = "هوای شهر", "اخبار آلودگی هوا و شاخص کیفیت هوا", "کلیه حقوق برای هوای شهر محفوظ است."
_MENU = ["صفحه اصلی", "طرح ترافیک", "شاخص کیفیت هوا", "پیش‌بینی هوا", "سلامت و آلودگی", "تماس"]
_TICKER = ["خبر فوری:", "بارش برف در گردنه‌های شمالی کشور ادامه دارد", "ساعت کاری ادارات استان تغییر کرد"]


def _title(paras: list[str]) -> str:
    return " ".join(paras[0].split()[:8]).strip("،.:؛")


def _column_page(i: int, paras: list[str], place: list[str]) -> str:
    """A flat page: the site's name, a ticker, the headline, the menu an item a line, then
    ``place`` (the page's section, a kicker under it, or both) over its date and story."""
    return "\n".join([_SITE, _TAGLINE, *_TICKER, _title(paras), *_MENU, *place,
                      "اشتراک: تلگرام | واتساپ | ایتا", f"۱۴:{10 + i:02d} - ۱۴۰۲/۰۹/{10 + i:02d}", *paras, _FOOT])


def _column_run(tmp_path, places: list[list[str]]) -> dict:
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(len(places))):
        (src / f"p{i:02d}.txt").write_text(_column_page(i, paras, places[i]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out")}


def test_the_label_under_a_menu_set_under_the_headline_is_the_pages_place_in_it(tmp_path):
    # The menu's item again right under the menu, or a sub-section no item names: the section;
    # a kicker the site sets under that place on its other pages, alone there: no section.
    sections = ["شاخص کیفیت هوا", "سلامت و آلودگی", "طرح زوج و فرد"]
    kickers = ["هوای پایتخت", "گزارش کیفیت هوا"]
    # (the kickers under a menu item shown again, on four pages: «شاخص کیفیت هوا», «سلامت و آلودگی»)
    places = [[sections[i % 2], kickers[i // 3 % 2]] if i % 3 == 1 else [sections[i % 3]] for i in range(12)]
    places += [[kickers[0]], [kickers[1]]]
    rows = _column_run(tmp_path, places)
    assert len(rows) == 14
    for i, place in enumerate(places):
        r = rows[f"p{i:02d}"]
        want = place[0] if place[0] in sections else None
        assert line_key(r["section"] or "") == line_key(want or ""), (i, place, r["section"])


def _html_column_page(i: int, paras: list[str], place: str) -> str:
    """An HTML page: the headline's <h1> in the header, the menu's list under it (its sections, no
    home item), then ``place``."""
    menu = "".join(f"<li><a href='/fa/service/{j}'>{m}</a></li>" for j, m in enumerate(_MENU[1:]))
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_title(paras)} | {_SITE}</title>"
            f"<link rel='canonical' href='https://havashahr.example.ir/fa/news/{1000 + i}'></head><body>"
            f"<div class='top'><div class='logo'>{_SITE}</div><div>{_TAGLINE}</div><h1>{_title(paras)}</h1></div>"
            f"<nav><ul>{menu}</ul></nav><article><div class='head'><div class='k'>{place}</div>"
            f"<div class='date'>۱۴:{10 + i:02d} - ۱۴۰۲/۰۹/{10 + i:02d}</div></div>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</article><footer>{_FOOT}</footer></body></html>")


def test_an_html_pages_menu_item_again_under_its_menu_is_its_section(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    items = ["شاخص کیفیت هوا", "سلامت و آلودگی", "طرح ترافیک"]
    for i, paras in enumerate(story_bodies(9)):
        (src / f"q{i:02d}.html").write_text(_html_column_page(i, paras, items[i % 3]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 9
    for i in range(9):
        assert line_key(rows[f"q{i:02d}"]["section"] or "") == line_key(items[i % 3]), (i, rows[f"q{i:02d}"]["section"])
