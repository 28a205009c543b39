"""A box beside or under the story whose heading names the section («در همین بخش: ورزشی» over the
links of the section's other stories, in an ``<aside>``): its value names the section when the page's
menu lists it. A heading over a list of tags, or over an author's other stories, names none."""
from __future__ import annotations

import pytest

from palayesh import extract
from test_section_header_chip import MENU, PARAS, SITE, TITLE

OTHERS = ["تمرین تیم ملی فوتبال از فردا آغاز می‌شود", "نتایج هفته دهم لیگ برتر اعلام شد",
          "سرمربی تیم از بازیکنان جوان دعوت کرد"]


def _page(box: str, items=OTHERS) -> str:
    lis = "".join(f"<li><a href='/news/{i}'>{t}</a></li>" for i, t in enumerate(items))
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | {SITE}</title></head>"
            f"<body>{MENU}<main><article><h1>{TITLE}</h1>{PARAS}</article><aside><section class='box'>"
            f"<div class='x1'>{box}</div><ul>{lis}</ul></section></aside></main></body></html>")


@pytest.mark.parametrize("box, section", [
    ("در همین بخش: ورزشی", "ورزشی"),   # a labelled heading, its value a menu item
    ("آخرین اخبار فرهنگی", "فرهنگی"),   # a heading whose last word is one
])
def test_a_box_heading_over_other_headlines_names_the_menus_section(box, section):
    assert extract(_page(box), url="https://shahr.example.ir/news/12345").section == section


@pytest.mark.parametrize("page", [
    _page("مطالب دیگر نویسنده: علی رضایی"),             # an author's other stories: no menu item
    _page("برچسب‌ها: ورزشی", items=["فوتبال", "لیگ برتر", "تیم ملی"]),  # tags under it, no headlines
], ids=["author", "tags"])
def test_a_box_heading_the_menu_does_not_vouch_for_names_none(page):
    assert extract(page, url="https://shahr.example.ir/news/12345").section is None


def test_a_box_of_one_section_beside_every_story_names_none(tmp_path):
    # a site sets the same box beside every story, «آخرین اخبار ورزشی» (ورزشی is a menu item): the
    # run shows the heading on all of its pages, so it names no page's section
    from conftest import news_bodies, read_rows
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    bodies = [[p for p in b.split("\n") if len(p.split()) >= 20][:3] for b in news_bodies()]
    bodies = [b for b in bodies if len(b) == 3][:12]
    for i, paras in enumerate(bodies):
        title = " ".join(paras[0].split()[:8]).strip("،.:")
        lis = "".join(f"<li><a href='/news/{j}'>{t}</a></li>" for j, t in enumerate(OTHERS))
        page = (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title} | {SITE}</title>"
                f"<link rel='canonical' href='https://shahr.example.ir/news/{1000 + i}'></head><body>{MENU}"
                f"<main><article><h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paras)}</article><aside>"
                f"<div class='x1'>آخرین اخبار ورزشی</div><ul>{lis}</ul></aside></main></body></html>")
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")
    assert len(rows) == len(bodies) and all(r["section"] is None for r in rows)


def _site_of_two_sections(tmp_path, heading, sections=("ورزشی", "فرهنگی")) -> list[tuple[str | None, str]]:
    """A run of a site of two sections (or ``sections``), each page's sidebar box headed by
    ``heading(section)`` over other stories' links: (the kept row's section, the page's section) a page."""
    from conftest import news_bodies, read_rows
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    bodies = [[p for p in b.split("\n") if len(p.split()) >= 20][:3] for b in news_bodies()]
    bodies = [b for b in bodies if len(b) == 3][:12]
    want = {}
    for i, paras in enumerate(bodies):
        sec = sections[i % len(sections)]
        title = " ".join(paras[0].split()[:8]).strip("،.:")
        lis = "".join(f"<li><a href='/news/{j}'>{t}</a></li>" for j, t in enumerate(OTHERS))
        page = (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title} | {SITE}</title>"
                f"<link rel='canonical' href='https://shahr.example.ir/news/{1000 + i}'></head><body>{MENU}"
                f"<main><article><h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paras)}</article></main><aside>"
                f"<div class='x1'>{heading(sec)}</div><ul>{lis}</ul></aside></body></html>")
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
        want[f"p{i:02d}"] = sec
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")
    return [(r["section"], want[r["id"]]) for r in rows]


def test_a_box_heading_of_a_site_of_two_sections_names_the_section(tmp_path):
    # each heading, value and all, stands on half the site's pages (as often as a fixed box's on a
    # site of many sections), its shape on all of them: each page's box names its own section
    got = _site_of_two_sections(tmp_path, lambda s: f"آخرین اخبار {s}")
    assert len(got) == 12 and all(g == w for g, w in got), got


def test_a_fixed_box_of_a_site_of_two_sections_names_none(tmp_path):
    got = _site_of_two_sections(tmp_path, lambda s: "آخرین اخبار ورزشی")
    assert len(got) == 12 and all(g is None for g, _ in got), got


def test_a_box_heading_names_a_subsection_the_menu_does_not_list(tmp_path):
    # the site repeats the heading's fixed phrase («بیشتر در») before a varying rest: the rest names
    # the section, a menu item or a subsection the menu does not list
    got = _site_of_two_sections(tmp_path, lambda s: f"بیشتر در {s}", sections=("ورزشی", "فرهنگی", "شوراهای محلی"))
    assert len(got) == 12 and all(g == w for g, w in got), got
