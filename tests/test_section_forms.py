"""Sections in forms the family sets show rarely or never (s41): pages of :mod:`section_forms`,
one host a form, refined as a run (a host's pages teach its template) or read one by one."""
import urllib.parse
from collections.abc import Callable

import pytest

from conftest import read_rows
from palayesh import refine
from palayesh.extract import extract
from palayesh.textkeys import line_key
from section_forms import site_pages


def _refine_host(tmp_path, form: str, k: int, fmt: str = "txt", *,
                 rewrite: Callable[[str, str | None], str] | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Host ``k``'s pages of ``form``, refined as one run: {page: (section got, gold)}; with
    ``rewrite``, each page's text as ``rewrite(text, gold)`` makes it."""
    src = tmp_path / "pages"
    src.mkdir()
    gold = {}
    for name, text, sec in site_pages(form, k, fmt):
        (src / name).write_text(rewrite(text, sec) if rewrite else text, encoding="utf-8")
        gold[name.rsplit(".", 1)[0]] = sec
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: (r["section"], gold[r["id"]]) for r in read_rows(tmp_path / "out")}


def _key(x: str | None) -> str | None:
    return line_key(x) if x else None


def test_a_title_part_the_menu_lists_after_its_home_label_is_the_section():
    # «<headline> - اقتصاد - سپهر خبر», the menu «صفحه نخست | اقتصاد | جامعه | …»: the menu's
    # first link is the home label's, which the menu's links leave out; «اقتصاد», the first
    # section's, is no home (it was taken for one, and the page had no section)
    for name, text, sec in site_pages("title_only", 0, "html"):
        assert _key(extract(text).section) == _key(sec), name


def test_a_bracket_chip_the_menu_does_not_list_is_the_section_the_hosts_chips_repeat(tmp_path):
    # «[ورزش]» over the headline on a site whose menu lists no section: the site's chips hold a
    # few values from page to page, as a section slot does (the run learns them as the site's
    # sections), while a kicker varies on every page
    got = _refine_host(tmp_path, "chip", 1)
    assert len(got) == 10
    for page, (section, gold) in got.items():
        assert _key(section) == _key(gold), page


def test_a_bracket_chip_on_every_page_of_the_host_is_no_section(tmp_path):
    # the same site, its chip the same mark over every story («[ویژه]»): the template's, no section
    got = _refine_host(tmp_path, "chip", 1, rewrite=lambda text, sec: text.replace(f"[{sec}]", "[ویژه]"))
    assert len(got) == 10
    assert [section for section, _ in got.values()] == [None] * 10


def test_the_document_title_line_under_a_today_date_names_the_section_beside_the_sites_name(tmp_path):
    # the same first lines on a site whose menu lists no section: the title line's part beside the
    # headline and the site's name (a line of its own on every page) is the section, the title line
    # being the second line here too (the first line only was read)
    got = _refine_host(tmp_path, "title_line", 1)
    assert len(got) == 10
    for page, (section, gold) in got.items():
        assert _key(section) == _key(gold), page


def test_the_document_title_line_under_a_today_date_names_the_section_its_menu_lists(tmp_path):
    # a saved page's first line its «today» date («امروز: …»), then its document title
    # «اقتصاد | <headline> | <site>»: the title line is the first line holding the headline as a
    # field, not only the page's very first line
    got = _refine_host(tmp_path, "title_line", 0)
    assert len(got) == 10
    for page, (section, gold) in got.items():
        assert _key(section) == _key(gold), page


@pytest.mark.parametrize("form", [
    "crumb_after",   # «<h1>…</h1><div>خانه › ورزش</div><div>۱۲ آذر ۱۴۰۲</div>»: a trail among the rows under it
    "crumb_bottom",  # «<div>صفحه نخست » ورزش » <headline></div>» under the story: a trail naming the headline
])
def test_an_html_pages_trail_under_its_headline_or_at_its_foot_names_the_section(form):
    # the HTML page's trail stands below its headline, where the blocks read for a trail (those
    # above the headline) never reach; the menu lists no section (host 1)
    for name, text, sec in site_pages(form, 1, "html"):
        assert _key(extract(text).section) == _key(sec), name


@pytest.mark.parametrize("k", [0, 1])  # the menu lists the sections (0) or none (1: the run knows them)
def test_a_bracket_chip_over_an_html_pages_headline_names_the_section_inside_its_brackets(tmp_path, k):
    # «<div>[ورزش]</div><h1>…</h1>»: the block over the headline read for a section label is the
    # name inside the brackets, «ورزش», an item of the menu or a label the site's pages repeat
    got = _refine_host(tmp_path, "chip", k, "html")
    assert len(got) == 10
    for page, (section, gold) in got.items():
        assert _key(section) == _key(gold), page


def test_an_html_date_rows_field_the_run_knows_as_a_section_names_it_where_the_menu_lists_none(tmp_path):
    # «<div>ورزش | ۱۲ آذر ۱۴۰۲</div>» under the headline on a site whose menu lists no section; two
    # other sites of the run show «ورزش», «سلامت», … above their stories (a trail, a chip): the
    # row's field is a section's name, as a flat page's date row is read (only a menu item was)
    src = tmp_path / "pages"
    src.mkdir()
    gold = {}
    for form, fmt in (("date_row", "html"), ("crumb_after", "txt"), ("chip", "txt")):
        for name, text, sec in site_pages(form, 1, fmt):
            (src / name).write_text(text, encoding="utf-8")
            gold[name.rsplit(".", 1)[0]] = sec
    refine(src, tmp_path / "out", workers=1, progress="none")
    got = {r["id"]: r["section"] for r in read_rows(tmp_path / "out") if r["id"].startswith("date_row")}
    assert len(got) == 10
    for page, section in got.items():
        assert _key(section) == _key(gold[page]), page


def test_a_persian_segment_in_a_slot_of_the_hosts_paths_names_the_section(tmp_path):
    # «https://…/ورزش/1200/<slug>» on a site whose menu lists no section and whose pages show it
    # nowhere else: the position of the site's paths holds a few names, each on a few of its pages
    # (a slug is on one page, a word on every page names no section): the name there is the section
    got = _refine_host(tmp_path, "url_only", 1)
    assert len(got) == 10
    for page, (section, gold) in got.items():
        assert _key(section) == _key(gold), page


def test_a_segment_on_every_page_of_the_host_is_no_section(tmp_path):
    # the same site filing every story under one word («/ویژه/…»): its kind of page, no section
    def one_word(text: str, sec: str | None) -> str:
        assert sec is not None
        slug = urllib.parse.quote(sec.replace(" ", "-"))
        return text.replace(f"/{slug}/", "/" + urllib.parse.quote("ویژه") + "/")

    got = _refine_host(tmp_path, "url_only", 1, rewrite=one_word)
    assert len(got) == 10
    assert [section for section, _ in got.values()] == [None] * 10


def test_a_saved_pages_address_files_it_under_a_section_its_kicker_does_not_name(tmp_path):
    # a flat page's first line its address «https://…/news/ورزش/1200/…», a kicker over the headline
    # that differs on each page, a menu that lists no section: the path's slot names the section
    got = _refine_host(tmp_path, "url_kicker", 1)
    assert len(got) == 10
    for page, (section, gold) in got.items():
        assert _key(section) == _key(gold), page



def _fused_host(tmp_path, fused: set[int]) -> list[dict]:
    """Host 0's chip pages as a site that shows its section as a bare label over the headline on
    pages 0-5 (no brackets) and fuses it into the story's first line on pages ``fused``
    («اقتصاد به گزارش …», a space between them), refined as one run: the rows, with gold ``sec``."""
    src = tmp_path / "pages"
    src.mkdir()
    gold = {}
    for i, (name, text, sec) in enumerate(site_pages("chip", 0)):
        parts = [(sec if i <= 5 else None) if t == f"[{sec}]" else t for t in text.split("\n\n")]
        parts = [t for t in parts if t is not None]
        first = next(j for j, t in enumerate(parts) if len(t.split()) >= 25)
        if i in fused:
            parts[first] = f"{sec} {parts[first]}"
        (src / name).write_text("\n\n".join(parts), encoding="utf-8")
        gold[name.rsplit(".", 1)[0]] = (i, sec)
    refine(src, tmp_path / "out", workers=1, progress="none")
    return [{**r, "page": gold[r["id"]][0], "sec": gold[r["id"]][1]} for r in read_rows(tmp_path / "out")]


def test_a_section_the_host_fuses_into_its_stories_first_lines_is_cut_from_them(tmp_path):
    # «اقتصاد به گزارش خبرگزاري فارس …»: the site's section name fused into the first line of the
    # story, a space between them, on every page, each name on three pages or more; the host shows
    # each name as a label over its headlines on two of its pages too: the section, cut from the line
    rows = _fused_host(tmp_path, set(range(10)))
    assert len(rows) == 10
    for r in rows:
        assert _key(r["section"]) == _key(r["sec"]), r["id"]
        assert not r["text"].startswith(r["sec"]) and not (r["lead"] or "").startswith(r["sec"]), r["id"]


def test_a_label_opening_one_story_of_the_host_is_no_fused_section(tmp_path):
    # the same site, one story alone (page 6, no label over its headline) opening with a name the
    # site shows as a label: a story's own words, by chance; a site that fuses its sections so
    # does it on its pages, each name on three or more (template.MIN_FUSED_PAGES)
    rows = _fused_host(tmp_path, {6})
    page = next(r for r in rows if r["page"] == 6)
    assert page["section"] is None
    assert page["text"].startswith(page["sec"]) or (page["lead"] or "").startswith(page["sec"])


@pytest.mark.parametrize("k", [0, 1])
def test_a_box_heading_over_other_headlines_names_the_section_on_a_page_with_no_menu(tmp_path, k):
    # a saved page that shows no menu, and above the headline the box «سایر اخبار جامعه» over
    # other stories' headlines: the site writes «سایر اخبار» on each page before a varying rest,
    # the section its box lists (it was read only where the page showed a menu, though the
    # heading's fixed phrase needs none)
    got = _refine_host(tmp_path, "box_over", k)
    assert len(got) == 10
    for page, (section, gold) in got.items():
        assert _key(section) == _key(gold), page
