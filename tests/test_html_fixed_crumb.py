"""A breadcrumb trail that ends, on every page of its site, with the same item («خانه › لیگ برتر › مرکز
مسابقات»: a sports site's match centre, whatever the match) names the story's section in the item
before it, the one that varies from story to story (issue 12).

What tells the fixed item is the run, not its words: the site's trails end with it on (nearly) every
page (:meth:`.template.PageTemplate.section_slot_share`). A trail whose last item varies keeps it.
"""
from __future__ import annotations

from conftest import made_titles, read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE = "ورزش ساحل"
_LEAGUES = ["لیگ برتر", "جام حذفی", "لیگ جوانان"]
_SUBS = ["گزارش", "گفت‌وگو", "تحلیل", "آمار"]
_TITLES = made_titles(12, ["دیدار دو تیم", "تمرین بازیکنان", "نشست مربیان", "جلسه هیئت"], ["بوشهر", "کیش", "قشم"])


def _page(i: int, paras: list[str], trail: list[str], foot: str = "") -> str:
    """A page of the site: its menu, the trail, a scoreboard, the report, a list of other reports."""
    menu = "".join(f"<li><a href='/p/{j}'>{m}</a></li>" for j, m in enumerate(["خانه", "نتایج", "جدول", "برنامه"]))
    crumbs = " › ".join(f"<a>{c}</a>" for c in ["خانه", *trail])
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]} | {_SITE}</title></head>"
            f"<body><header><a href='/' class='logo'>{_SITE}</a></header><nav><ul>{menu}</ul></nav>"
            f"<div class='crumbs'>{crumbs}</div>"
            f"<div class='board'><div>تیم الف</div><div>۲ - ۱</div><div>تیم ب</div></div>"
            f"<article><h1>{_TITLES[i]}</h1>{''.join(f'<p>{p}</p>' for p in paras)}{foot}</article>"
            f"<footer><p>کلیه حقوق برای {_SITE} محفوظ است</p></footer></body></html>")


def _run(tmp_path, trails: list[list[str]], foots: list[str] | None = None) -> dict:
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.html").write_text(_page(i, paras, trails[i], foots[i] if foots else ""), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out")}


def test_a_trail_s_last_item_on_every_page_gives_way_to_the_item_before_it(tmp_path):
    rows = _run(tmp_path, [[_LEAGUES[i % 3], "مرکز بازی‌ها"] for i in range(12)])
    assert len(rows) == 12
    assert all(line_key(rows[f"p{i:02d}"]["section"] or "") == line_key(_LEAGUES[i % 3]) for i in range(12)), \
        [r["section"] for r in rows.values()]


def test_a_trail_s_last_item_that_varies_is_the_section(tmp_path):
    rows = _run(tmp_path, [[_LEAGUES[i % 3], _SUBS[i % 4]] for i in range(12)])
    assert len(rows) == 12
    assert all(line_key(rows[f"p{i:02d}"]["section"] or "") == line_key(_SUBS[i % 4]) for i in range(12)), \
        [r["section"] for r in rows.values()]


def test_a_trail_of_home_and_a_fixed_folder_gives_way_to_the_labelled_category(tmp_path):
    # a blog's «خانه › پست‌ها» over every post: its content's folder; the category it files the post
    # by is the label's under the post («دسته‌ها: …»)
    foots = [f"<div class='cats'>دسته‌ها: <a href='/c/{i % 3}'>{_LEAGUES[i % 3]}</a></div>" for i in range(12)]
    rows = _run(tmp_path, [["نوشته‌ها"] for _ in range(12)], foots)
    assert len(rows) == 12
    assert all(line_key(rows[f"p{i:02d}"]["section"] or "") == line_key(_LEAGUES[i % 3]) for i in range(12)), \
        [r["section"] for r in rows.values()]

