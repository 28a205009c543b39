"""A label right *under* a site's headlines that its HTML pages show under stories they declare filed
under another section is the story's kicker (روتیتر), on the site's flat pages too (issue 12).

A site may set the story's kicker under its headline, in the words of its menu's items or of the
sections other sites show («فضای سبز» under a story the site files under «بوستان‌ها»). Its HTML
pages say which: they declare the section for machines (``article:section``), and it is not the label
under the headline. The run counts that (:func:`.template.declared_under`), and a flat page of the
site reads the label as its kicker, no section; a label the HTML pages declare as their section
where they show it stays the section.
"""
from __future__ import annotations

from conftest import made_titles, read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _TAGLINE, _FOOT = "بوستان نمونه", "پایگاه خبری باغ‌ها و بوستان‌های شهر", "کلیه حقوق برای بوستان نمونه محفوظ است."
_SECTIONS = ["بوستان‌ها", "باغ وحش", "جنگل‌های شهری"]
_KICKERS = ["فضای سبز", "حیات وحش", "گزارش بوستان"]
#: the menu lists the kickers' words too, as a site's menu lists its pages of one theme
_MENU = ["صفحه اصلی", *_SECTIONS, _KICKERS[0], _KICKERS[1], "تماس"]


#: the site's headlines, one a page (flat pages first, then HTML pages)
_TITLES = made_titles(19, ["کاشت نهال در بوستان", "بازگشایی باغ پرندگان", "جشنواره گل‌های بهاری",
                           "طرح تازه آبیاری فضای سبز"], ["شیراز", "تبریز", "مشهد", "رشت", "یزد"])


def _flat_page(i: int, paras: list[str], under: str, *, twice: bool = False) -> str:
    """A flat page of the site: its name, tagline, menu bar, the headline with ``under`` right under
    it, a byline and a date line, and the story; with ``twice`` the headline again atop the story."""
    head = [_TITLES[i], under, "نوشته سارا محمدی · ۱ دقیقه مطالعه", f"انتشار: ۱۴۰۲/۰۲/{10 + i:02d} ساعت ۱۰:۳۰",
            f"{20 + i},۳۹۲ بازدید", "🖨 چاپ | 📧 ارسال"]
    return "\n".join([_SITE, _TAGLINE, " | ".join(_MENU), *head, *([_TITLES[i]] if twice else []),
                      *paras, _FOOT])


def _html_page(i: int, paras: list[str], under: str, declared: str) -> str:
    """An HTML page of the site: ``under`` in an ``<h3>`` right under its ``<h1>``, and ``declared``
    as its ``article:section``."""
    menu = "".join(f"<li><a href='/fa/service/{j}'>{m}</a></li>" for j, m in enumerate(_MENU))
    title = _TITLES[10 + i]
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title} | {_SITE}</title>"
            f"<link rel='canonical' href='https://boostan.example.ir/news/{1000 + i}'>"
            f"<meta property='article:section' content='{declared}'></head><body>"
            f"<header><div class='logo'>{_SITE}</div><div class='tag'>{_TAGLINE}</div></header>"
            f"<nav><ul>{menu}</ul></nav><main><div class='head'><h1>{title}</h1><h3>{under}</h3>"
            f"<div class='by'>نوشته سارا محمدی</div><div class='date'>انتشار: ۱۴۰۲/۰۳/{10 + i:02d} ساعت ۱۰:۳۰</div>"
            f"</div>{''.join(f'<p>{p}</p>' for p in paras)}</main><footer>{_FOOT}</footer></body></html>")


def _run(tmp_path, under: list[str], html_under: list[str], *, twice: bool = False, same: bool = False) -> dict:
    """Ten flat pages, page ``i`` with ``under[i % 3]`` under its headline, and nine HTML pages, page
    ``i`` with ``html_under[i % 3]`` under its headline and ``_SECTIONS[i % 3]`` declared (with
    ``same``, the label itself): the flat pages' rows by id."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(19)
    for i, paras in enumerate(bodies[:10]):
        (src / f"p{i:02d}.txt").write_text(_flat_page(i, paras, under[i % 3], twice=twice), encoding="utf-8")
    for i, paras in enumerate(bodies[10:]):
        page = _html_page(i, paras, html_under[i % 3], (html_under if same else _SECTIONS)[i % 3])
        (src / f"q{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out") if r["id"].startswith("p")}


def test_a_label_the_sites_html_pages_set_under_headlines_filed_elsewhere_is_no_section(tmp_path):
    # The HTML pages show the kickers under headlines of stories filed under other sections: on
    # the flat pages the label under the headline is the kicker, no section (a page read alone
    # takes «گزارش بوستان», which its menu does not list, for one).
    rows = _run(tmp_path, _KICKERS, _KICKERS)
    assert len(rows) == 10
    for i in range(10):
        assert rows[f"p{i:02d}"]["section"] is None, (i, rows[f"p{i:02d}"]["section"])


def test_the_kicker_between_the_headlines_two_copies_is_no_section_either(tmp_path):
    # The flat pages show the headline again atop the story: the kicker stands right under the
    # header's copy, over the story's, and is still the kicker the HTML pages tell.
    rows = _run(tmp_path, _KICKERS, _KICKERS, twice=True)
    assert len(rows) == 10
    for i in range(10):
        assert rows[f"p{i:02d}"]["section"] is None, (i, rows[f"p{i:02d}"]["section"])


def test_a_label_the_sites_html_pages_declare_where_they_show_it_stays_the_section(tmp_path):
    # The HTML pages declare each label they show under the headline as their section: the slot
    # holds the site's sections, and the flat pages' label that the menu does not list stays one.
    rows = _run(tmp_path, _KICKERS, _KICKERS, same=True)
    assert len(rows) == 10
    for i in range(2, 10, 3):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(_KICKERS[2]), (i, r["section"])
