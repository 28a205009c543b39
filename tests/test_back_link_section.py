"""A back link right over the headline names the list of stories the page's story stands in: its
section (issue 12).

«→ بازگشت به فهرست باکس آفیس جهان», «‹ بازگشت به اخبار استان» over the headline: a site may name its
story's section nowhere else. The run may learn the line as a slot of its site's pages; a page
alone, or one of few pages of its site, is read by the link's grammar
(:func:`.sections.back_link_section`): «بازگشت به», maybe a word for a list, the value; not the home
page nor the top of the page («بازگشت به صفحه اصلی», «بازگشت به بالا»).
"""
from __future__ import annotations

from conftest import read_rows, refine_pages, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE = "گیشه نمونه"
_TITLE = "فروش فیلم‌های تازه در سینماهای شیراز آغاز شد"


def _page(paras: list[str], back: str) -> list[str]:
    return [_SITE, "", "🏠", "", "اکران", "", "تماس", "", "سینمای جهان", "", back, "", _TITLE, "",
            "تاریخ انتشار: ۲۲ بهمن ۹۹", "", *paras, "", f"کلیه حقوق برای {_SITE} محفوظ است."]


def test_a_back_link_over_the_headline_names_its_section(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_page(story_bodies(1)[0], "→ بازگشت به فهرست باکس آفیس جهان"))])
    assert line_key(rows["p00"]["section"] or "") == line_key("باکس آفیس جهان"), rows["p00"]["section"]


def test_on_an_html_page_too(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in story_bodies(1)[0])
    html = (f"<html><head><title>{_TITLE}</title></head><body><header><div>{_SITE}</div></header><main>"
            "<div class='bar'><a class='back' href='/category/x/'>‹ بازگشت به اخبار استان</a></div>"
            f"<h2>{_TITLE}</h2><div class='d'>۱۲ آذر ۱۴۰۲ - ۱۴:۳۰</div>{paras}</main>"
            f"<footer>کلیه حقوق برای {_SITE} محفوظ است.</footer></body></html>")
    src = tmp_path / "pages"
    src.mkdir()
    (src / "p00.html").write_text(html, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert line_key(rows["p00"]["section"] or "") == line_key("اخبار استان"), rows["p00"]["section"]


def test_a_link_back_home_is_no_section(tmp_path):
    # (the control: back to the home page)
    rows = refine_pages(tmp_path, ["\n".join(_page(story_bodies(1)[0], "→ بازگشت به صفحه اصلی"))])
    assert rows["p00"]["section"] is None, rows["p00"]["section"]
