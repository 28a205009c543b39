"""A section in the slot of a menu-less site's dated rows, vouched for by another site's labels (issue 12).

An e-book of news chapters has no menu: each chapter shows its headline, then a row «<section> |
انتشار: <date>». The run's other site, a news download, sets the same names alone over its headlines.
Two sites that show one name apart from their stories' words, one in its rows' slot, one over its
headlines, name a section (as two sites' labels make the run's vocabulary); a writer's name in the
same slot, which no other site shows as a label, is none. A label over some of the e-book's headlines
(«تحلیل», over stories of two sections) is then a kicker, not the section.
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine

_SECTIONS = ["ترانزیت", "بندر و گمرک", "صنعت"]
_WRITERS = ["کاوه نوری", "نرگس ملکی", "بهرام صالحی"]
_WORKS = ["بارگیری واگن‌های غلات", "تعمیر خط آهن شمال", "ساخت ایستگاه تازه", "افزایش صادرات سنگ آهن",
          "راه‌اندازی قطار باری", "نوسازی ناوگان ریلی"]
_TOWNS = ["سرخس", "بندرعباس", "اینچه‌برون", "زاهدان", "مشهد", "تبریز", "رشت"]


def _titles(n: int, offset: int) -> list[str]:
    return [f"{_WORKS[(i + offset) % 6]} در {_TOWNS[(i + offset) % 7]} به مرحله {i + offset + 1} رسید"
            for i in range(n)]


def _paras(ps: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in ps)


_MENU = ["خانه", "ریلی", "جاده‌ای", "دریایی", "هوایی", "تماس با ما"]


def _book_chapter(i: int, title: str, row_first: str, paras: list[str], kicker: str | None,
                  menu: bool = False) -> str:
    # (an EPUB chapter: a running head, the chapter's number, the headline, the dated row; no menu,
    # unless ``menu``: a site's page with its menu over the story)
    kick = f"<div class='rutitr'>{kicker}</div>" if kicker else ""
    nav = f"<nav><ul>{''.join(f'<li><a href=/c/{j}>{m}</a></li>' for j, m in enumerate(_MENU))}</ul></nav>"
    return (f"<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml' lang='fa' dir='rtl'>"
            f"<head><title>کتاب خط آهن</title></head><body>"
            f"<p class='running-head'>کتاب خط آهن — مجموعه الکترونیکی خبرهای حمل‌ونقل</p>{nav if menu else ''}"
            f"<section><p class='chapter-no'>فصل {i + 3}</p>{kick}<h1>{title}</h1>"
            f"<div class='chapter-meta'>{row_first} | انتشار: ۱۴۰۰/۰۴/{i + 10} ساعت ۲۰:۲۸</div>{_paras(paras)}"
            f"<nav class='chapter-nav'>← فصل قبل | فهرست | فصل بعد →</nav></section></body></html>")


def _download(i: int, title: str, label: str, paras: list[str]) -> str:
    # (a news download: the feed's name alone over each story's headline)
    return (f"<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>{title} - کتابخانه ریلی هفتگی</title></head><body>"
            f"<div class='book'>کتابخانه ریلی هفتگی</div><div class='navbar'>| Next | Section menu | Main menu |</div>"
            f"<div class='feed_title'>{label}</div><h2>{title}</h2>"
            f"<div class='article_date'>Fri, {i + 1} Feb 2019 09:04:00 +0330</div>{_paras(paras)}"
            f"<p class='downloaded'>This article was downloaded by calibre from "
            f"https://library.rayli.example/books/feed_{i % 3}/article_{i}/index.html</p></body></html>")


def _run(tmp_path, firsts: list[str], kickers: list[str | None], labels: list[str] | None, *,
         menu: bool = False) -> dict:
    """Refine 12 e-book chapters whose rows open with ``firsts`` (with ``kickers`` over their
    headlines) and, with ``labels``, 12 pages of a news download that shows them over its headlines:
    the chapters' rows by id."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(24)
    for i, (title, paras) in enumerate(zip(_titles(12, 0), bodies[:12])):
        chapter = _book_chapter(i, title, firsts[i], paras, kickers[i], menu)
        (src / f"b{i:02d}.html").write_text(chapter, encoding="utf-8")
    for i, (title, paras) in enumerate(zip(_titles(12, 20), bodies[12:]) if labels else ()):
        (src / f"d{i:02d}.html").write_text(_download(i, title, labels[i], paras), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out") if r["id"].startswith("b")}


def test_a_menu_less_sites_row_slot_holds_the_sections_another_site_labels(tmp_path):
    firsts = _SECTIONS * 4
    rows = _run(tmp_path, firsts, [None] * 12, [_SECTIONS[(i + 1) % 3] for i in range(12)])
    assert [rows[f"b{i:02d}"]["section"] for i in range(12)] == firsts


def test_a_kicker_over_stories_of_the_slots_sections_is_no_section(tmp_path):
    firsts = _SECTIONS * 4
    kickers: list[str | None] = [None, "تحلیل", None, None, "تحلیل", "تحلیل"] * 2
    rows = _run(tmp_path, firsts, kickers, [_SECTIONS[(i + 1) % 3] for i in range(12)])
    assert [rows[f"b{i:02d}"]["section"] for i in range(12)] == firsts
    assert [rows[f"b{i:02d}"]["surtitle"] for i in range(12)] == kickers


def test_the_slot_is_no_section_when_no_other_site_labels_its_names(tmp_path):
    # (the same chapters alone in their run: nothing tells the slot's names from a few writers')
    rows = _run(tmp_path, _SECTIONS * 4, [None] * 12, None)
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


def test_writers_in_the_slot_are_no_sections_beside_another_sites_labels(tmp_path):
    # (the other site labels its sections, which the chapters' rows never name: a writer's slot)
    rows = _run(tmp_path, _WRITERS * 4, [None] * 12, [_SECTIONS[i % 3] for i in range(12)])
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


def test_writers_another_site_labels_are_no_sections_in_the_rows_of_a_site_with_a_menu(tmp_path):
    # (the other site sets the writers' names alone over its headlines, as a columnist's page does;
    # the site's rows hold them at a position its menu's items never fill, under its menu: a writer's)
    rows = _run(tmp_path, _WRITERS * 4, [None] * 12, [_WRITERS[(i + 1) % 3] for i in range(12)], menu=True)
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]
