"""The site's name atop every page, shown again right under the headline as the first item of a menu
set an item a line (its home link named after the site), is no section (issue 12).

A theme may set the story's headline above its menu, an item a line, whose first item is the site's
name, and the page's place in the menu (its section) right under the menu. Read with its site alone,
the page's own line atop it, the site's name, is the header's one "menu" line; the same name under
the headline then looked like a menu item repeated there. The page's section is the label under the
menu, never the site's name.
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _TAGLINE = "هوای روشن", "اخبار کیفیت هوای شهرها"
_MENU = ["طرح ترافیک", "پیش‌بینی هوا", "سلامت شهری", "گزارش‌ها"]
_SECTIONS = ["پیش‌بینی هوا", "سلامت شهری", "گزارش‌ها"]
_TICKER = ["بارش باران در استان‌های شمالی ادامه دارد", "کاهش دمای هوا در نیمه شرقی کشور",
           "مدارس پایتخت فردا باز است"]


def _page(i: int, paras: list[str]) -> str:
    title = " ".join(paras[0].split()[:8]).strip("،.:؛")
    lines = [_SITE, _TAGLINE, "آخرین اخبار:", *_TICKER, title, _SITE, *_MENU, "ارتباط با ما",
             _SECTIONS[i % 3], f"۱۰:۱۵ - ۱۴۰۲/۰۲/{10 + i:02d}", *paras, f"به قلم نویسنده {i}"]
    return "\n".join(lines)


def test_the_sites_name_under_the_headline_is_no_section(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.txt").write_text(_page(i, paras), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 12
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(_SECTIONS[i % 3]), (i, r["section"])
