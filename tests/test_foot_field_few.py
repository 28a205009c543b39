"""A site files a few of its stories by a field under the story, «بایگانی: <section>», its value an
item of the menu above every page (extract/html.py ``_foot_field``): the field stands under a fifth of
the site's stories only, too few for the run's line shares to call it the site's, yet it is the
site's slot, its label the same on each of those pages, its value varying with the story's section.

The pages are written here, with words of their own."""
from __future__ import annotations

import html

from conftest import read_rows, story_bodies
from palayesh import refine

MENU = ["صفحه نخست", "اهدای خون", "داوطلبان", "آموزش همگانی", "تماس"]
TITLES = [f"گزارش شماره {n} از برنامه‌های جمعیت در استان‌های کشور" for n in range(1, 21)]
FILED = {2: "اهدای خون", 7: "داوطلبان", 11: "آموزش همگانی", 16: "اهدای خون"}


def _page(i: int, paras: list[str]) -> str:
    menu = "".join(f'<li><a href="/fa/service/{k + 3}">{html.escape(m)}</a></li>' for k, m in enumerate(MENU))
    field = f'<div class="f{i % 3}">بایگانی: {FILED[i]}</div>' if i in FILED else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><title>{TITLES[i]}</title>'
            f'<link rel="canonical" href="https://amdad-nemune.ir/fa/news/{1000 + i}"></head><body>'
            f'<div class="top"><div class="brand">امداد نمونه</div></div><nav><ul>{menu}</ul></nav>'
            f'<div class="head"><h1>{TITLES[i]}</h1><div class="d">۱{i % 9} آذر ۱۴۰۲</div></div>'
            f'<div class="body">{body}</div><div class="post"><div class="e">انتهای پیام/</div>{field}'
            f'<div class="w">نویسنده: سارا محمدی</div></div>'
            f'<div class="foot">© تمامی حقوق برای امداد نمونه محفوظ است</div></body></html>')


def test_a_field_under_a_few_stories_naming_a_menu_item_is_their_section(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(20, 3)):
        (src / f"p{i:02d}.html").write_text(_page(i, paras), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["title"]: r["section"] for r in read_rows(tmp_path / "out")}
    assert {TITLES[i]: rows.get(TITLES[i]) for i in FILED} == {TITLES[i]: v for i, v in FILED.items()}


OWN = {3: "کمک‌های اولیه", 9: "کمک‌های اولیه"}  # (a section the menu does not list)


FIELDED = {0, 1, 3, 5, 9}  # (the stories the site files by the field: a third of them)


def _flat(i: int, paras: list[str]) -> str:
    value = OWN.get(i, MENU[1 + i % 3])
    field = [f"بایگانی: {value}"] if i in FIELDED else []
    return "\n\n".join(["امداد نمونه", "پایگاه خبری امدادرسانی", " | ".join(MENU), TITLES[i],
                        f"تاریخ انتشار: ۱{i % 9} آذر ۱۴۰۲", *paras, "پایان", *field,
                        "نویسنده: سارا محمدی", "© تمامی حقوق برای امداد نمونه محفوظ است"]) + "\n"


def test_a_field_the_site_files_its_stories_by_names_a_section_its_menu_lists_not(tmp_path):
    # «بایگانی: <menu item>» under a third of the stories, the menu's items on most of them: the site's
    # filing field; under two stories its value is a section the menu does not list, their section
    # all the same
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(14, 3)):
        (src / f"p{i:02d}.txt").write_text(_flat(i, paras), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["title"]: r["section"] for r in read_rows(tmp_path / "out")}
    assert {TITLES[i]: rows.get(TITLES[i]) for i in OWN} == {TITLES[i]: v for i, v in OWN.items()}
    assert rows.get(TITLES[1]) == MENU[2]
    assert rows.get(TITLES[2]) is None  # (no field, nothing else to tell)
