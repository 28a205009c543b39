"""A sentence under the story that says where the site filed it names its section (issue 12).

«این مطلب در دسته «داروهای بیوتک» منتشر شده است.», «این خبر در بخش اخبار استان منتشر شد.»: a site may
name its story's section nowhere else, not over the headline, not in a trail. The run reads such a
line as a frame its site repeats with a few values (:meth:`.template.PageTemplate.frame_section`), on
three of its pages and more, each value on two; a page alone, or one of few pages of its site, or a
value the site shows once, is read by the sentence's grammar (:func:`.sections.filed_sentence`): this
story, «در», a category word, the value, a verb of publishing or filing. Without the category word
the value may name a paper («این خبر در روزنامه اطلاعات منتشر شد»): no section.
"""
from __future__ import annotations

from conftest import read_rows, refine_pages, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE = "داروخانه نمونه"
_TITLE = "توزیع داروی بیماران خاص در شیراز آغاز شد"


def _page(paras: list[str], closing: str) -> list[str]:
    return [_SITE, "", "صفحه نخست | تولید دارو | کمبود دارو | واردات دارو | تماس", "", _TITLE,
            "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰", "", *paras, "", "اشتراک‌گذاری: ایتا | بله | تلگرام", closing, "",
            f"کلیه حقوق برای {_SITE} محفوظ است."]


def test_a_sentence_under_the_story_files_it(tmp_path):
    page = _page(story_bodies(1)[0], "این مطلب در دسته «داروهای بیوتک» منتشر شده است.")
    rows = refine_pages(tmp_path, ["\n".join(page)])
    assert line_key(rows["p00"]["section"] or "") == line_key("داروهای بیوتک"), rows["p00"]["section"]


def test_on_an_html_page_too(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in story_bodies(1)[0])
    html = (f"<html><head><title>{_TITLE}</title></head><body><header><div>{_SITE}</div><nav><ul>"
            "<li><a href='/fa/service/1'>صفحه نخست</a></li><li><a href='/fa/service/2'>کمبود دارو</a></li>"
            "<li><a href='/fa/service/3'>واردات دارو</a></li></ul></nav></header><main><article>"
            f"<h1>{_TITLE}</h1><div class='d'>۱۲ آذر ۱۴۰۲ - ۱۴:۳۰</div>{paras}</article>"
            "<div class='x'>این خبر در بخش اخبار استان منتشر شد.</div></main>"
            f"<footer>کلیه حقوق برای {_SITE} محفوظ است.</footer></body></html>")
    src = tmp_path / "pages"
    src.mkdir()
    (src / "p00.html").write_text(html, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert line_key(rows["p00"]["section"] or "") == line_key("اخبار استان"), rows["p00"]["section"]


def test_a_paper_named_so_is_no_section(tmp_path):
    # (the control: no category word, the value a paper's name)
    page = _page(story_bodies(1)[0], "این خبر در روزنامه اطلاعات منتشر شد.")
    rows = refine_pages(tmp_path, ["\n".join(page)])
    assert rows["p00"]["section"] is None, rows["p00"]["section"]
