"""A writer's name in a flat site's dated row under its menu is no section, though two other sites
of the run set the same names alone over their headlines (candidate 2 of s74-sect's "Left").

A site sets «<writer> | <date> | N نظر» under its headline, under a menu whose items never stand
at the row's first position. Two other sites of the run (a columnists' pages, a commenters' wall)
show the same few names alone over their stories, so the run's vocabulary of labels holds them; no
page of the run lists them as a section's (a menu's item, a trail's, a section label's value). The
row's names are then a writer's: the site's menu says which of its rows' positions holds sections,
and the vocabulary alone does not put a section at a position the menu never fills.
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine

_WRITERS = ["کاوه نوری", "نرگس ملکی", "بهرام صالحی"]
_MENU = ["خانه", "ریلی", "جاده‌ای", "دریایی", "هوایی", "تماس با ما"]
_WORKS = ["بارگیری واگن‌های غلات", "تعمیر خط آهن شمال", "ساخت ایستگاه تازه", "افزایش صادرات سنگ آهن",
          "راه‌اندازی قطار باری", "نوسازی ناوگان ریلی"]
_TOWNS = ["سرخس", "بندرعباس", "اینچه‌برون", "زاهدان", "مشهد", "تبریز", "رشت"]
_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور"]


def _title(i: int) -> str:
    return f"{_WORKS[i % 6]} در {_TOWNS[i % 7]} به مرحله {i + 1} رسید"


def _row_page(i: int, writer: str, paras: list[str]) -> str:
    # (the site's menu, one item a line, over the headline and its row «<writer> | <date> | N نظر»)
    return "\n".join(["خبرگزاری ریل و جاده", *_MENU, _title(i),
                      f"{writer} | {i % 27 + 1} {_MONTHS[i % 6]} ۱۴۰۱ | {i + 3} نظر", *paras,
                      "کلیه حقوق محفوظ است"])


def _labelled_page(site: str, i: int, name: str, paras: list[str], trail: bool = False) -> str:
    # (another site: the name alone over the headline, or as a trail's item, the date under it)
    return "\n".join([site, f"خانه › {name}" if trail else name, _title(i + 40),
                      f"{i % 27 + 1} {_MONTHS[(i + 2) % 6]} ۱۴۰۰", *paras,
                      "تمامی حقوق برای این پایگاه محفوظ است"])


def _run(tmp_path, others: int, trail: bool = False) -> list[dict]:
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(12 + 12 * others)
    for i in range(12):
        (src / f"a{i:02d}.txt").write_text(_row_page(i, _WRITERS[i % 3], bodies[i]), encoding="utf-8")
    for k, site in enumerate(["ستون نویسندگان", "دیوار یادداشت‌ها"][:others]):
        for i in range(12):
            page = _labelled_page(site, 12 * k + i, _WRITERS[(i + k) % 3], bodies[12 + 12 * k + i], trail)
            (src / f"o{k}{i:02d}.txt").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return [r for r in read_rows(tmp_path / "out") if r["id"].startswith("a")]


def test_writers_two_other_sites_label_are_no_sections_in_the_rows_under_a_menu(tmp_path):
    rows = _run(tmp_path, 2)
    assert len(rows) == 12
    assert all(r["section"] is None for r in rows), [r["section"] for r in rows]


def test_names_other_sites_file_stories_under_are_sections_in_the_rows_under_a_menu(tmp_path):
    # (the same names as the items of the other sites' trails «خانه › <name>»: the run lists them as
    # sections, and a site whose menu lists none of its sections shows them in its rows)
    rows = _run(tmp_path, 2, trail=True)
    assert [r["section"] for r in sorted(rows, key=lambda r: r["id"])] == _WRITERS * 4
