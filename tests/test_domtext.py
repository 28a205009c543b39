"""Each element's text read once while an HTML page is extracted (extract/domtext.py): the page's
readers asked lxml for the text of the same elements again and again. The memo holds only while
the page is read, forgets what a change of the tree makes stale, and the articles are those read
without it. The count test fails without the memo."""
from __future__ import annotations

import sys
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

import lxml.html
import pytest

from palayesh.extract import domtext, html as extract_html
from palayesh.extract.options import ExtractOptions

PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages" / "pages"


def _html_pages(n: int = 40) -> list[str]:
    if not PAGES.is_dir():
        pytest.skip("the dev pages (../shared/data/dev-pages) are not here")
    return [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.html"))[:n]]


def _fields(art) -> tuple:
    return (art.title, art.section, art.surtitle, art.lead, art.agency, art.published, art.text, art.url,
            art.error, art.chrome_lines, art.lines_total)


def test_text_read_once_per_element(monkeypatch):
    reads: Counter = Counter()
    kept: list = []  # (elements kept alive, so that no two share an id)
    real = lxml.html.HtmlMixin.text_content

    def counted(el):
        if sys._getframe(1).f_globals.get("__name__", "").startswith("palayesh."):  # (not trafilatura's own)
            reads[id(el)] += 1
            kept.append(el)
        return real(el)

    monkeypatch.setattr(lxml.html.HtmlMixin, "text_content", counted)
    dropped: list = []  # (the pages whose tree changed: they read again what the change made stale)
    monkeypatch.setattr(extract_html, "forget", lambda: dropped.append(True) or domtext.forget(), raising=False)
    total = again = 0
    for raw in _html_pages():
        reads.clear()
        dropped.clear()
        extract_html.extract_html(raw)
        if not dropped:
            total += sum(reads.values())
            again += sum(n - 1 for n in reads.values())
        kept.clear()
    assert total > 100
    assert again == 0


def test_same_articles_as_without_the_memo(monkeypatch):
    pages = _html_pages()
    # (no time limit: on a loaded machine one page went over the 10 s default and came out as html_timeout)
    opts = ExtractOptions(html_timeout=None)
    with_memo = [_fields(extract_html.extract_html(raw, options=opts)) for raw in pages]
    monkeypatch.setattr(extract_html, "page_texts", nullcontext)
    without = [_fields(extract_html.extract_html(raw, options=opts)) for raw in pages]
    assert with_memo == without


def test_memo_holds_only_inside_the_page():
    p = lxml.html.fragment_fromstring("<div><p>خبر فوری</p><p>از تهران</p></div>")
    assert domtext.text_of(p) == "خبر فوریاز تهران"
    with domtext.page_texts():
        assert domtext.text_of(p) == "خبر فوریاز تهران"
        p[1].drop_tree()
        assert domtext.text_of(p) == "خبر فوریاز تهران"  # (remembered: the tree must not change ...)
        domtext.forget()  # (... or the reader says so)
        assert domtext.text_of(p) == "خبر فوری"
    assert domtext._TEXTS is None
    p.append(lxml.html.fragment_fromstring("<p>و شیراز</p>"))
    assert domtext.text_of(p) == "خبر فوریو شیراز"  # (outside a page: read anew)


def test_a_page_inside_another_keeps_its_own():
    a = lxml.html.fragment_fromstring("<p>یک</p>")
    with domtext.page_texts():
        domtext.text_of(a)
        outer = domtext._TEXTS
        with domtext.page_texts():
            assert domtext._TEXTS == {}
        assert domtext._TEXTS is outer and a in outer


def test_key_remembered_inside_the_page_and_forgotten_with_its_text():
    p = lxml.html.fragment_fromstring("<div><p>خبرگزاري نمونه</p><p>۱۲</p></div>")
    with domtext.page_texts():
        assert domtext.key_of(p) == "خبرگزارینمونه12"
        p[1].drop_tree()
        assert domtext.key_of(p) == "خبرگزارینمونه12"  # (remembered, as its text is ...)
        domtext.forget()  # (... until the reader says the tree changed)
        assert domtext.key_of(p) == "خبرگزارینمونه"
    assert domtext._KEYS is None
    assert domtext.key_of(p) == "خبرگزارینمونه"  # (outside a page: keyed anew)


@pytest.fixture
def keyed(monkeypatch) -> Counter:
    """How many times :func:`domtext.line_key` is asked for each text while the test runs."""
    asked: Counter = Counter()
    real = domtext.line_key

    def counted(text):
        asked[text] += 1
        return real(text)

    monkeypatch.setattr(domtext, "line_key", counted)
    return asked


def test_logo_side_keys_each_element_once_a_page(keyed):
    # the site's logo block compared with both sides of the <title>, by two <h1>s: each element of
    # the page keyed once, not once a side and a heading (a page of N elements keyed 2N times a call)
    page = ('<html><head><title>باران آمد | باشگاه کوهنوردی شهر سبز</title></head><body>'
            '<header><div class="site-title">باشگاه کوهنوردی شهر سبز</div></header>'
            + "".join(f"<div><p>بند {i} از متن خبر</p></div>" for i in range(20))
            + "<h1>باران آمد</h1><h1>باشگاه کوهنوردی شهر سبز</h1></body></html>")
    tree = lxml.html.fromstring(page)
    n_texts = Counter(domtext._text(x) or "" for x in tree.xpath("//body//*"))
    ends = extract_html._title_site_names(tree)
    with domtext.page_texts():
        for h1 in tree.xpath("//h1"):
            assert extract_html._logo_side(ends, tree, h1) == "باشگاه کوهنوردی شهر سبز"
        assert extract_html._logo_side(ends, tree) == "باشگاه کوهنوردی شهر سبز"  # (:func:`_side_past_logo`'s ask)
    # (each text keyed once for each element that shows it: «<div><p>…</p></div>» twice)
    assert keyed and all(n <= n_texts[t] for t, n in keyed.items())


def test_logo_side_keys_only_elements_placed_to_show_the_site(keyed):
    # the page's wrapper (whose text is the whole page's) and the story's paragraphs are in no logo
    # block and no header bar: _logo_side finds the site's side without cleaning or keying them
    page = ('<html><head><title>باران آمد | باشگاه کوهنوردی شهر سبز</title></head><body><div id="wrap">'
            '<header><div class="site-title">باشگاه کوهنوردی شهر سبز</div>'
            '<nav class="breadcrumb"><a>خانه</a> <span>باران آمد</span></nav></header><article>'
            + "".join(f"<p>بند {i} از متن خبر</p>" for i in range(20))
            + "<h1>باران آمد</h1></article></div></body></html>")
    tree = lxml.html.fromstring(page)
    ends = extract_html._title_site_names(tree)
    with domtext.page_texts():
        assert extract_html._logo_side(ends, tree, tree.xpath("//h1")[0]) == "باشگاه کوهنوردی شهر سبز"
    assert keyed and not any("بند" in t for t in keyed)  # (no wrapper, no paragraph)
    assert "خانه باران آمد" not in keyed  # (a trail ends with the headline: not keyed either)
