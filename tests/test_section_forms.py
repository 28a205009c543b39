"""Sections in forms the family sets show rarely or never (s41): pages of :mod:`section_forms`,
one host a form, refined as a run (a host's pages teach its template) or read one by one."""
from conftest import read_rows
from palayesh import refine
from palayesh.extract import extract
from palayesh.textkeys import line_key
from section_forms import site_pages


def _refine_host(tmp_path, form: str, k: int, fmt: str = "txt") -> dict[str, tuple[str | None, str | None]]:
    """Host ``k``'s pages of ``form``, refined as one run: {page: (section got, gold)}."""
    src = tmp_path / "pages"
    src.mkdir()
    gold = {}
    for name, text, sec in site_pages(form, k, fmt):
        (src / name).write_text(text, encoding="utf-8")
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
