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


def _sections(tmp_path, n: int, page, suffix: str = "txt") -> dict[str, str | None]:
    """Refine ``n`` pages ``page(i, paragraphs)`` of the site as one run: each story's section by its title."""
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(n, 3)):
        (src / f"p{i:02d}.{suffix}").write_text(page(i, paras), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["title"]: r["section"] for r in read_rows(tmp_path / "out")}


def _flat_page(i: int, paras: list[str], under: list[str], top: tuple[str, ...] = ("پایگاه خبری امدادرسانی",)) -> str:
    """The site's flat page: its name, ``top``, the menu, the headline and date, the story, then ``under``
    it the lines a test sets, over the byline and the footer."""
    return "\n\n".join(["امداد نمونه", *top, " | ".join(MENU), TITLES[i], f"تاریخ انتشار: ۱{i % 9} آذر ۱۴۰۲",
                        *paras, "پایان", *under, "نویسنده: سارا محمدی",
                        "© تمامی حقوق برای امداد نمونه محفوظ است"]) + "\n"


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
    rows = _sections(tmp_path, 20, _page, "html")
    assert {TITLES[i]: rows.get(TITLES[i]) for i in FILED} == {TITLES[i]: v for i, v in FILED.items()}


OWN = {3: "کمک‌های اولیه", 9: "کمک‌های اولیه"}  # (a section the menu does not list)


FIELDED = {0, 1, 3, 5, 9}  # (the stories the site files by the field: a third of them)


def _flat(i: int, paras: list[str]) -> str:
    value = OWN.get(i, MENU[1 + i % 3])
    field = [f"بایگانی: {value}"] if i in FIELDED else []
    return _flat_page(i, paras, field)


def test_a_field_the_site_files_its_stories_by_names_a_section_its_menu_lists_not(tmp_path):
    # «بایگانی: <menu item>» under a third of the stories, the menu's items on most of them: the site's
    # filing field; under two stories its value is a section the menu does not list, their section
    # all the same
    rows = _sections(tmp_path, 14, _flat)
    assert {TITLES[i]: rows.get(TITLES[i]) for i in OWN} == {TITLES[i]: v for i, v in OWN.items()}
    assert rows.get(TITLES[1]) == MENU[2]
    assert rows.get(TITLES[2]) is None  # (no field, nothing else to tell)


NEWS = ["گزارش تمرین تیم", "آغاز فصل جدید"]  # (the ticker's short headlines, over every page)
NEXT_SHORT = {2: NEWS[0], 6: NEWS[0], 9: NEWS[1]}  # (where the next story is one the ticker shows)


def _ticked(i: int, paras: list[str]) -> str:
    nxt = NEXT_SHORT.get(i, TITLES[(i + 1) % len(TITLES)])
    return _flat_page(i, paras, [f"خبر بعدی: {nxt}"], top=("خبر فوری", NEWS[i % 2]))


def test_a_field_each_story_fills_with_its_own_words_files_nothing(tmp_path):
    # «خبر بعدی: <headline>» under every story, a short headline of the header's ticker on a few of
    # them: a field whose value is a name the page shows above on those few only, no filing field
    rows = _sections(tmp_path, 14, _ticked)
    assert {TITLES[i]: rows.get(TITLES[i]) for i in NEXT_SHORT} == {TITLES[i]: None for i in NEXT_SHORT}


TAGS = {0: f"{MENU[1]}، سیل، زلزله", 4: "امدادگران، هلال احمر", 2: MENU[1], 5: MENU[2], 8: MENU[1], 11: MENU[3],
        7: "پیپو اینزاگی"}  # (a list on two pages, one name on the others: a menu's item, once another)


def _tagged(i: int, paras: list[str]) -> str:
    tags = [f"تگ‌ها: {TAGS[i]}"] if i in TAGS else []
    return _flat_page(i, paras, tags)


def test_a_label_holding_a_list_of_names_on_some_pages_files_nothing(tmp_path):
    # «تگ‌ها: X، Y» on two pages, one tag on others, most of them an item of the menu: the site's
    # tags, no filing field; the one tag the menu does not list is no section
    rows = _sections(tmp_path, 14, _tagged)
    assert rows.get(TITLES[7]) is None
