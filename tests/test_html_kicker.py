"""A label a site's HTML pages show right above a few of their headlines, where most of them show no
name, is the story's kicker (روتیتر) on the site's flat pages too, listed in the menu or not.

A site that sets its section right above its headlines shows one over every story; a site that sets
a kicker there shows it over some stories only, its other pages showing nothing there (or its own
line: its domain, a print button, a menu's last item). The HTML pages need not declare their section
for machines: the run counts the label over each HTML page's headline whatever the page declares
(:func:`.template.headline_label`), and a flat page's label over its headline that the site's HTML
pages show there on two of them or more, in such a slot, is the story's kicker
(:meth:`.template.PageTemplate.html_kicker`), though the menu lists it («صنعت کاشی» on kashi-yazd)
or the run's vocabulary knows it. A site whose HTML pages show a label over every headline keeps it as the
flat pages' section.
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _TAGLINE, _FOOT = "کاشی کویر", "اخبار صنعت کاشی و سرامیک", "کلیه حقوق برای کاشی کویر محفوظ است."
_MENU = ["تماس", "نمایشگاه‌ها", "مواد اولیه", "صنعت کاشی", "قیمت‌ها", "کاتالوگ"]
#: the site's kickers: plain names, no function word (:func:`.template.phrase_label` tells them from
#: no section), none an item of its menu
_KICKERS = ["گزارش بازار", "صادرات کاشی", "هنر کاشی‌کاری"]


def _title(paras: list[str]) -> str:
    return " ".join(paras[0].split()[:8]).strip("،.:؛")


def _flat_page(i: int, paras: list[str], over: str | None) -> str:
    """A flat page of the site: its name, tagline, menu bar, ``over`` (if any) right above the
    headline, a date line and the story."""
    return "\n\n".join([_SITE, _TAGLINE, "🏠 | " + " | ".join(_MENU), *([over] if over else []), _title(paras),
                        f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i:02d}", *paras, _FOOT])


def _html_page(i: int, paras: list[str], over: str | None) -> str:
    """An HTML page of the site, declaring no section: ``over`` (if any) in an ``<h3>`` right above
    its ``<h1>``."""
    menu = "".join(f"<li><a href='/fa/service/{j}'>{m}</a></li>" for j, m in enumerate(_MENU))
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_title(paras)}</title>"
            f"<link rel='canonical' href='https://kashi.example.ir/fa/news/{1000 + i}'></head><body>"
            f"<header><div class='logo'>{_SITE}</div><div class='tag'>{_TAGLINE}</div></header>"
            f"<nav><ul>{menu}</ul></nav><main><div class='head'>" + (f"<h3>{over}</h3>" if over else "")
            + f"<h1>{_title(paras)}</h1><div class='date'>تاریخ انتشار: ۱۴۰۲/۰۳/{10 + i:02d}</div></div>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</main><footer>{_FOOT}</footer></body></html>")


def _run(tmp_path, over: list[str | None], html_over: list[str | None]) -> dict:
    """Ten flat pages, page ``i`` with ``over[i % len(over)]`` over its headline, and twelve HTML
    pages, page ``i`` with ``html_over[i % len(html_over)]`` over its: the flat pages' rows by id."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(22)
    for i, paras in enumerate(bodies[:10]):
        (src / f"p{i:02d}.txt").write_text(_flat_page(i, paras, over[i % len(over)]), encoding="utf-8")
    for i, paras in enumerate(bodies[10:]):
        (src / f"q{i:02d}.html").write_text(_html_page(i, paras, html_over[i % len(html_over)]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out") if r["id"].startswith("p")}


def test_a_label_the_html_pages_show_over_a_few_headlines_is_a_kicker_listed_or_not(tmp_path):
    # Six of the twelve HTML pages show a kicker over their headline (each kicker on two), the
    # other six the menu's last item (a column, an item a line): the slot holds kickers. On the
    # flat pages the label over the headline is the story's kicker, no section. Fails on 9ed4665
    # (each flat page's kicker was its section).
    rows = _run(tmp_path, _KICKERS, [*_KICKERS, None, None, None])
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(_KICKERS[i % 3]), (i, r["surtitle"])


def test_a_label_the_html_pages_show_over_every_headline_stays_the_section(tmp_path):
    # The HTML pages show a name over every headline: the site's sections (no menu lists them), on
    # its flat pages too.
    sections = ["کاشی سنتی", "سرامیک صنعتی", "لعاب و رنگ"]
    rows = _run(tmp_path, sections, sections)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(sections[i % 3]), (i, r["section"])
