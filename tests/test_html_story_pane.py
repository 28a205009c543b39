"""A search frame's results page with a preview pane: the results (titles, addresses, snippets) in
the page's main column, and the hit's story, under the page's one ``<h1>``, in an ``<aside>``
beside them. The pane is no sidebar: it holds the page's headline and its story
(extract/html.py ``_story_pane``). The page is written here; the first test fails without the
mechanism."""
from __future__ import annotations

from conftest import story_bodies
from palayesh import extract

TITLE = "برداشت پسته در رفسنجان آغاز شد"


def _page(pane: str) -> str:
    paras = story_bodies(1)[0]
    hits = "".join(f"<div class='result'><a>{t} - خبر شرق</a><div>https://x.ir/news/{i}</div>"
                   f"<div>{t} ...</div></div>"
                   for i, t in enumerate(["تیم ملی والیبال به فینال رسید", "بارش برف در تهران",
                                          "نشست شورای شهر برگزار شد"]))
    return f"""<html><head><title>پسته - جستجوی سفارشی</title></head><body>
<div><input value="پسته"><button>جستجو</button></div><div>حدود ۲۳۷ نتیجه (۰.۲۳ ثانیه)</div>
<div class="results">{hits}</div>
<{pane} class="preview"><div>خبر شرق › کشاورزی</div><h1>{TITLE}</h1><div>انتشار: ۱۴۰۳/۰۷/۰۶ ساعت ۱۴:۴۵</div>
{"".join(f"<p>{p}</p>" for p in paras)}</{pane}>
<footer>نتایج از نمایه‌های عمومی</footer></body></html>"""


def test_the_story_in_a_pane_beside_the_results_is_read():
    a = extract(_page("aside"))
    assert a.title == TITLE
    assert a.paragraphs == story_bodies(1)[0]


def test_a_pane_reads_as_the_same_page_in_a_div():
    # (the pane's story is read as it is when the page sets it in no aside)
    assert extract(_page("aside")).paragraphs == extract(_page("div")).paragraphs
