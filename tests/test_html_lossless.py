"""HTML text is lossless: the gaps between letters (space, ZWNJ, nothing) that a page wrote
correctly come through extraction unchanged, whatever the DOM shape, and extraction plus
normalization treats an HTML page exactly as the same sentences in a flat-text page.

Pages are built from the correctly written sentences of ../shared/data/zwnj-dev and scored with
../shared/tools/score_zwnj.py (the scorer of the normalizer), so "gap" means the same thing here;
the floors are gate ``zwnj_dev_html`` of tests/floors.toml.
"""
from __future__ import annotations

import collections
import html as htmllib
import importlib.util
import itertools

import pytest

import floors
from palayesh import extract, normalize
from palayesh.extract.pagetext import PageText, html_lines, ink

ZWNJ = "\u200c"
TITLE = "گزارشی آزمایشی از نگارش درست نیم‌فاصله‌ها"
#: a dateline paragraph opens every page, as on a news site; it is not scored
INTRO = "به گزارش خبرنگار ما، این صفحه برای آزمودن نگارش درست نیم‌فاصله‌ها در صفحه‌های وب ساخته شده است."
PER_PAGE = 8


def _scorer(shared):
    spec = importlib.util.spec_from_file_location("score_zwnj", shared / "tools" / "score_zwnj.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _sentences(shared) -> list[str]:
    out = []
    for f in sorted((shared / "data" / "zwnj-dev").glob("*.txt")):
        out += [ln.strip() for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return out


# --- DOM shapes: sentences -> the article part of a page -----------------------------------

def _esc(s: str) -> str:
    return htmllib.escape(s, quote=False)


def _inline(s: str, n: int) -> str:
    """Every third word in <a>/<strong>/<span>; a word with a ZWNJ is split at it, half inside the
    element («<a>کتاب</a>‌ها»), as CMS editors and link inserters leave them."""
    words = []
    for i, w in enumerate(s.split(" ")):
        tag = ("a href=\"/tag/%d\"" % i, "strong", "span class=\"hl\"")[(i // 3 + n) % 3]
        end = tag.split()[0]
        if i % 3 == 0 and ZWNJ in w:
            head, tail = w.split(ZWNJ, 1)
            words.append(f"<{tag}>{_esc(head)}</{end}>{ZWNJ}{_esc(tail)}")
        elif i % 3 == 0:
            words.append(f"<{tag}>{_esc(w)}</{end}>")
        else:
            words.append(_esc(w))
    return " ".join(words)


def _entities(s: str, n: int) -> str:
    """Every ZWNJ written as an entity, by turns named, decimal and hexadecimal."""
    ents = itertools.cycle(["&zwnj;", "&#8204;", "&#x200c;", "&#x200C;"][n % 4:] + ["&zwnj;", "&#8204;", "&#x200c;"])
    return "".join(next(ents) if ch == ZWNJ else _esc(ch) for ch in s)


SHAPES = {
    # the article in <main><article>, one <p> a sentence
    "main_article": lambda ss: "<main><article><h1>%s</h1>%s</article></main>" % (
        TITLE, "".join(f"<p>{_esc(s)}</p>" for s in ss)),
    # nested layout <div>s, one <div> a sentence, no <p> at all
    "nested_divs": lambda ss: '<div class="container"><div class="row"><div class="col-md-8"><div class="news">'
                              '<h1>%s</h1><div class="news-text">%s</div></div></div></div></div>' % (
        TITLE, "".join(f"<div>{_esc(s)}</div>" for s in ss)),
    # <p> with inline <a>/<strong>/<span>, a ZWNJ at an element's edge
    "inline_elements": lambda ss: "<article><h1>%s</h1>%s</article>" % (
        TITLE, "".join(f"<p>{_inline(s, n)}</p>" for n, s in enumerate(ss))),
    # ZWNJ as &zwnj; / &#8204; / &#x200c; entities
    "zwnj_entities": lambda ss: "<article><h1>%s</h1>%s</article>" % (
        TITLE, "".join(f"<p>{_entities(s, n)}</p>" for n, s in enumerate(ss))),
    # one block of <br>-separated lines
    "br_lines": lambda ss: '<div class="body"><h1>%s</h1><div class="text">%s</div></div>' % (
        TITLE, "<br>\n".join(_esc(s) for s in ss)),
    # paragraphs with a <ul> list in the middle
    "list": lambda ss: "<article><h1>%s</h1>%s<ul>%s</ul>%s</article>" % (
        TITLE, "".join(f"<p>{_esc(s)}</p>" for s in ss[:2]), "".join(f"<li>{_esc(s)}</li>" for s in ss[2:6]),
        "".join(f"<p>{_esc(s)}</p>" for s in ss[6:])),
    # paragraphs with a quotation in a <blockquote>
    "blockquote": lambda ss: "<article><h1>%s</h1>%s<blockquote><p>%s</p></blockquote>%s</article>" % (
        TITLE, "".join(f"<p>{_esc(s)}</p>" for s in ss[:3]), "</p><p>".join(map(_esc, ss[3:5])),
        "".join(f"<p>{_esc(s)}</p>" for s in ss[5:])),
    # an old layout: the story's paragraphs inside a table cell
    "table_layout": lambda ss: "<table><tr><td class=\"menu\"><a href=\"/\">خانه</a></td></tr><tr><td>"
                               "<h1>%s</h1>%s</td></tr></table>" % (
        TITLE, "".join(f"<p>{_esc(s)}</p>" for s in ss)),
}


def _html_page(shape: str, sentences: list[str]) -> str:
    article = SHAPES[shape]([INTRO] + sentences)
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>%s - خبرنامه</title>'
            '<meta property="og:title" content="%s"><style>p{margin:0}</style></head><body>'
            '<header><nav><ul><li><a href="/">صفحه نخست</a></li><li><a href="/s/1">سیاسی</a></li></ul></nav></header>'
            '%s<footer><p>کلیه حقوق این سایت محفوظ است.</p></footer>'
            '<script>var x = "<p>نه</p>";</script></body></html>') % (TITLE, TITLE, article)


def _text_page(sentences: list[str]) -> str:
    return "خبرنامه\n\nسیاسی\n\n%s\n\n%s\n\n%s\n\nکلیه حقوق این سایت محفوظ است.\n" % (
        TITLE, INTRO, "\n".join(sentences))


def _by_sentence(raw: str, sentences: list[str]) -> dict[str, str]:
    """{gold sentence: the paragraph (or lead) of the extracted page that has its letters}."""
    a = extract(raw)
    out = {ink(p): p for p in ([a.lead] if a.lead else []) + a.paragraphs}
    return {s: out[ink(s)] for s in sentences if ink(s) in out}


def _pages(shared) -> list[list[str]]:
    sentences = _sentences(shared)
    return [sentences[i:i + PER_PAGE] for i in range(0, len(sentences), PER_PAGE)]


def _score(scorer, pairs) -> collections.Counter:
    counts = collections.Counter()
    for gold, pred in pairs:
        scorer.compare(gold, pred, counts)
    return counts


def _errors(counts) -> dict:
    return {k: v for k, v in counts.items() if k.startswith("err_")}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_html_extraction_keeps_every_gap(shape, shared):
    gate = floors.measured("zwnj_dev_html")
    scorer = _scorer(shared)
    pages = _pages(shared)[list(SHAPES).index(shape)::len(SHAPES)]
    found = {}
    for ss in pages:
        found.update(_by_sentence(_html_page(shape, ss), ss))
    total = sum(len(ss) for ss in pages)
    assert len(found) / total >= gate.min["html_sentences_share"], "%d of %d sentences extracted" % (len(found), total)
    counts = _score(scorer, found.items())
    assert counts["gold_zwnj"] > 100
    assert counts["wrong_gaps"] == 0, _errors(counts)


def test_html_then_normalize_equals_flat_text(shared):
    """Extraction + normalization of the same sentences: the HTML page, in every shape, and the
    flat-text page make the same decisions, and both keep what was written correctly."""
    gate = floors.measured("zwnj_dev_html")
    scorer = _scorer(shared)
    shapes = itertools.cycle(SHAPES)
    html, text = {}, {}
    for ss in _pages(shared):
        html.update(_by_sentence(_html_page(next(shapes), ss), ss))
        text.update(_by_sentence(_text_page(ss), ss))
    total = sum(len(ss) for ss in _pages(shared))
    both = [s for s in html if s in text]
    low = floors.below({"html_sentences_share": len(html) / total, "both_sentences_share": len(both) / total}, gate.min)
    assert not low, low
    differ = [(normalize(html[s]), normalize(text[s])) for s in both if normalize(html[s]) != normalize(text[s])]
    assert not differ, differ[:5]
    counts = _score(scorer, ((s, normalize(p)) for s, p in html.items()))
    # the normalizer's own rate on these correctly written sentences (score_zwnj.py, "clean"):
    # HTML adds nothing to it
    assert counts["wrong_gaps"] / counts["gaps"] <= gate.max["clean_gap_error_rate"], _errors(counts)


# --- the projection itself --------------------------------------------------------------------

@pytest.mark.parametrize("markup,lines", [
    # block elements end lines, inline ones do not; entities decoded, ZWNJ kept
    ("<div><p>کتاب&zwnj;ها <b>مهم</b>&#8204;ترند</p><p>دوم</p></div>", ["کتاب\u200cها مهم\u200cترند", "دوم"]),
    # <br> splits a line; script, style, noscript, template and comments are not text
    ("<p>یک<br>دو<script>x=1</script><style>p{}</style><!-- نه -->سه</p><noscript>نه</noscript>"
     "<template><p>نه</p></template>", ["یک", "دوسه"]),
    # ASCII whitespace collapses as in a browser; NBSP and bidi marks are text
    ("<p>  الف \n\t ب\u00a0ج\u200f </p>", ["الف ب\u00a0ج\u200f"]),
    # list items, table cells and headings are blocks of their own
    ("<h2>سر</h2><ul><li>یک</li><li>دو</li></ul><table><tr><td>الف</td><td>ب</td></tr></table>",
     ["سر", "یک", "دو", "الف", "ب"]),
    # <pre> keeps its line breaks
    ("<pre>یک\nدو</pre>", ["یک", "دو"]),
    # nothing visible
    ("<html><head><title>عنوان</title></head><body></body></html>", []),
])
def test_html_lines(markup, lines):
    assert html_lines(markup) == lines


@pytest.mark.parametrize("markup,extracted,expected", [
    # the extractor dropped the ZWNJ: the page's own characters come back
    ("<p>حرف&zwnj;های او</p>", "حرفهای او", ["حرف\u200cهای او"]),
    # NFC composed «ا» + madda above into «آ»: the page's two characters come back
    ("<p>ا\u0653ن‌ها و ما</p>", "آنها و ما", ["ا\u0653ن\u200cها و ما"]),
    # NFC put shadda after kasra; the page wrote them the other way round
    ("<p>و رب\u0651\u0650 العالمین</p>", "و رب\u0650\u0651 العالمین", ["و رب\u0651\u0650 العالمین"]),
    # a list bullet the extractor added is not the page's text
    ("<ul><li>می‌روند</li></ul>", "- میروند", ["می\u200cروند"]),
    # a bullet the page wrote itself is
    ("<ul><li>- می‌روند</li></ul>", "- - میروند", ["- می\u200cروند"]),
    # table bars: the outer ones go, the one between two cells stays
    ("<table><tr><td>نیم‌فاصله</td><td>دو</td></tr></table>", "| نیمفاصله | دو |", ["نیم\u200cفاصله | دو"]),
    # a line the page does not have: its words stay as the extractor wrote them, its bullet goes
    ("<p>چیز دیگر</p>", "- متن تازه", ["متن تازه"]),
    # a table cell's paragraphs joined into one line by the extractor: the page's lines again
    ("<td><p>آن‌ها</p><p>رفتند</p></td>", "| آنها رفتند |", ["آن\u200cها", "رفتند"]),
    # two blocks the extractor joined, skipping one between them (a story's last paragraph, the
    # heading over its comments): two lines, so the heading is not glued to the story
    ("<div>بند آخر خبر است.</div><div>مطلب قبلی</div><h3>نظرات خوانندگان</h3>", "بند آخر خبر است. نظرات خوانندگان",
     ["بند آخر خبر است.", "نظرات خوانندگان"]),
])
def test_projection(markup, extracted, expected):
    assert PageText.from_html(markup).project(extracted) == expected


def test_projection_follows_the_page_order():
    """A short line that is both in the menu and in the story is taken after the previous line."""
    page = PageText.from_html("<nav><a>ورزشی</a></nav><p>خبر نخست درباره ورزش‌ها است.</p><p>ورزشی‌ها</p>")
    assert page.project("خبر نخست درباره ورزشها است.") == ["خبر نخست درباره ورزش\u200cها است."]
    assert page.project("ورزشیها") == ["ورزشی\u200cها"]


def test_projection_cost_is_bounded():
    """Lines a huge page does not have stop being looked up once the lookups have scanned the page
    MAX_SCANS times: they stay as the extractor wrote them, and the page is not lost to a timeout."""
    from palayesh.extract import pagetext

    page = PageText(["متن صفحه " * 20_000])
    missing = ["واژه‌ای دیگر %d که نیست" % i for i in range(2 * pagetext.MAX_SCANS)]
    assert [page.project(x) for x in missing] == [[x] for x in missing]
    assert page._budget <= 0
