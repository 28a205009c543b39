"""A section name of four words or more that a site fuses into its stories' first line, «جشنواره گل و
گلاب با عدم حضور …», is the section when the site's HTML pages declare that very name as their
section (issue 12; zdev's rose-water site). Openings of a word to three are read as before
(:meth:`.template.PageTemplate.fused_label`); a longer one is a story's own words unless the run's
HTML pages of the site name it so (:meth:`.template.PageTemplate.declares_section`).

A name of a word or two that opens the leads of two flat pages only (a site with a few sections over
a few pages of the run) is the section too when the site's HTML pages declare it
(:data:`.template.MIN_FUSED_DECLARED_PAGES`; wdev's red-crescent site lost «زلزله» so): two stories'
first words are seldom by chance the very name the site files its stories under. Undeclared, such
a name needs three pages (:data:`.template.MIN_FUSED_PAGES`) and stays the story's words here."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _TAGLINE, _FOOT = "گلستان کاشان", "پایگاه خبری گل و گلاب", "کلیه حقوق برای گلستان کاشان محفوظ است."
_MENU = ["صفحه اصلی", "جشنواره", "بازار", "گردشگری", "تماس"]
# (names of four words: longer than a fused opening the run counts without a declaration)
_SECTIONS = ["جشنواره گل و گلاب", "بازار گلاب و عرقیات", "گردشگری شهر تاریخی کاشان"]
# (short names, none a menu item nor a label the site shows: its flat pages name them only fused)
_SHORT = ["عرقیات", "گل محمدی", "گلاب‌گیری", "کشت گل", "صادرات", "عطاری"]


def _title(paras: list[str]) -> str:
    return " ".join(paras[0].split()[:8]).strip("،.:؛")


def _flat_page(i: int, paras: list[str], name: str) -> str:
    """A flat page of the site: its name, tagline, menu, the headline, a date line and the story,
    whose first line opens with the section's name ``name``."""
    lead = f"{name} {paras[0]}"
    return "\n\n".join([_SITE, _TAGLINE, " | ".join(_MENU), _title(paras), f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i:02d}",
                        lead, *paras[1:], _FOOT])


def _html_page(i: int, paras: list[str], name: str | None) -> str:
    """An HTML page of the site, with ``name`` as its ``article:section`` (None: none)."""
    meta = f"<meta property='article:section' content='{name}'>" if name else ""
    menu = "".join(f"<li><a href='/fa/service/{j}'>{m}</a></li>" for j, m in enumerate(_MENU))
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_title(paras)}</title>"
            f"<link rel='canonical' href='https://golestan.example.ir/fa/news/{1000 + i}'>{meta}</head><body>"
            f"<header><div class='logo'>{_SITE}</div><div class='tag'>{_TAGLINE}</div></header>"
            f"<nav><ul>{menu}</ul></nav><main><h1>{_title(paras)}</h1>"
            f"<div class='date'>تاریخ انتشار: ۱۴۰۲/۰۳/{10 + i:02d}</div>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</main><footer>{_FOOT}</footer></body></html>")


def _run(tmp_path, fused: list[str], declared: list[str | None]) -> dict:
    """Flat pages, page ``i`` with ``fused[i]`` fused into its first line, and HTML pages, page ``j``
    declaring ``declared[j]`` (a family of the run's: its flat pages meet them by their first and
    last lines): the flat pages' rows by id, with their stories."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(len(fused) + len(declared))
    for i, name in enumerate(fused):
        (src / f"p{i:02d}.txt").write_text(_flat_page(i, bodies[i], name), encoding="utf-8")
    for j, name in enumerate(declared):
        (src / f"q{j:02d}.html").write_text(_html_page(j, bodies[len(fused) + j], name), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: (bodies[int(r["id"][1:])], r) for r in read_rows(tmp_path / "out") if r["id"].startswith("p")}


def _long(tmp_path, declare: bool) -> dict:
    """Twelve flat pages, page ``i`` with ``_SECTIONS[i % 3]`` fused, and nine HTML pages."""
    return _run(tmp_path, [_SECTIONS[i % 3] for i in range(12)],
                [_SECTIONS[j % 3] if declare else None for j in range(9)])


def _short(tmp_path, declare: bool) -> dict:
    """Twelve flat pages, two of each of the six ``_SHORT`` names fused (page ``i`` with
    ``_SHORT[i // 2]``), and twelve HTML pages, two of each name."""
    return _run(tmp_path, [_SHORT[i // 2] for i in range(12)],
                [_SHORT[j % 6] if declare else None for j in range(12)])


def test_a_long_name_the_sites_html_pages_declare_is_cut_from_the_lead_as_the_section(tmp_path):
    rows = _long(tmp_path, declare=True)
    assert len(rows) == 12
    for rid, (paras, r) in rows.items():
        i = int(rid[1:])
        assert line_key(r["section"] or "") == line_key(_SECTIONS[i % 3]), (rid, r["section"])
        # (the story's own first line stays, without the name)
        assert line_key(r["text"]).startswith(line_key(paras[0])), (rid, r["text"][:80])


def test_a_long_opening_no_page_declares_stays_the_storys_words(tmp_path):
    # the same site whose HTML pages declare nothing: four words a site's leads open with are no
    # name the run knows, and are not cut from the story as one
    rows = _long(tmp_path, declare=False)
    assert len(rows) == 12
    for rid, (_paras, r) in rows.items():
        i = int(rid[1:])
        assert line_key(r["section"] or "") != line_key(_SECTIONS[i % 3]), (rid, r["section"])


def test_a_short_name_fused_on_two_pages_that_the_sites_html_pages_declare_is_the_section(tmp_path):
    rows = _short(tmp_path, declare=True)
    assert len(rows) == 12
    for rid, (paras, r) in rows.items():
        i = int(rid[1:])
        assert line_key(r["section"] or "") == line_key(_SHORT[i // 2]), (rid, r["section"])
        assert line_key(r["text"]).startswith(line_key(paras[0])), (rid, r["text"][:80])


def test_a_short_name_fused_on_two_pages_no_page_declares_stays_the_storys_words(tmp_path):
    rows = _short(tmp_path, declare=False)
    assert len(rows) == 12
    for rid, (_paras, r) in rows.items():
        i = int(rid[1:])
        assert line_key(r["section"] or "") != line_key(_SHORT[i // 2]), (rid, r["section"])
        assert line_key(r["text"]).startswith(line_key(_SHORT[i // 2])), (rid, r["text"][:80])
