"""A single-page app's saved page shows a skeleton (the first paragraph or none, then «در حال بارگذاری…»)
while the story is in its script's state: Next.js ``__NEXT_DATA__`` (HTML ``content``), Nuxt
``window.__NUXT__={…}`` (a ``body`` of blocks), JSON-LD ``articleBody``. The body is the state's
story, ZWNJs as the site wrote them; a page that renders its story keeps its own lines."""
from __future__ import annotations

import json

import pytest

from palayesh import extract
from palayesh.extract.statebody import shown_share, state_paragraphs

TITLE = "تیم ملی برای مسابقات جهانی آماده می‌شود"
PARAS = [
    "سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
    "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
    "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم.",
    "برنامه اردوی تیم هفته آینده از سوی فدراسیون اعلام می‌شود و بازیکنان جدید نیز دعوت خواهند شد.",
]
SKELETON = "<div class='skeleton' aria-busy='true'><div class='sk-line'></div><span>در حال بارگذاری…</span></div>"


def _script(data) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def _page(shown: int, script: str) -> str:
    visible = "".join(f"<p>{p}</p>" for p in PARAS[:shown])
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            "<div id='root'><header><a href='/'>لیگ برتر</a><nav><a href='/a'>اخبار</a> <a href='/b'>ویدیو</a>"
            f"</nav></header><main><article><h1>{TITLE}</h1>{visible}{SKELETON}</article>"
            "<h3>بیشتر بخوانید</h3><ul><li><a href='/x'>خبری دیگر از لیگ</a></li></ul></main></div>"
            f"{script}</body></html>")


NEXT = ("<script id='__NEXT_DATA__' type='application/json'>"
        + _script({"props": {"pageProps": {"post": {"title": TITLE, "content": "".join(f"<p>{p}</p>" for p in PARAS),
                                                    "related": ["خبری دیگر از لیگ"]}}}}) + "</script>")
NUXT = ("<script>window.__NUXT__=" + _script({"data": [{"article": {
    "title": TITLE, "body": [{"type": "paragraph", "text": p} for p in PARAS]}}], "state": {}}) + ";</script>")
LD = ("<script type='application/ld+json'>" + _script({"@context": "https://schema.org", "@type": "NewsArticle",
                                                       "headline": TITLE, "articleBody": "\n\n".join(PARAS)})
      + "</script>")


@pytest.mark.parametrize("shown, script", [
    (2, NEXT),  # Next.js: two paragraphs rendered, the rest in __NEXT_DATA__'s HTML content
    (1, NUXT),  # Nuxt: one paragraph rendered, the body's blocks in window.__NUXT__
    (0, LD),    # none rendered: JSON-LD articleBody, paragraphs apart by blank lines
], ids=["next", "nuxt", "ld"])
def test_skeleton_takes_the_states_story(shown, script):
    art = extract(_page(shown, script), format="html")
    assert art.paragraphs == PARAS
    assert "می\u200cشود" in art.paragraphs[1]  # (the ZWNJ the JSON holds, kept)


@pytest.mark.parametrize("script", [NEXT, NUXT, LD], ids=["next", "nuxt", "ld"])
def test_skeleton_over_half_the_story_takes_the_states_rest(script):
    # three of four paragraphs rendered (over half the story's words), then the placeholder: the
    # page's paragraphs are the state's first ones, paragraph by paragraph, so the state's story
    art = extract(_page(3, script), format="html")
    assert art.paragraphs == PARAS


def test_skeleton_prefix_keeps_the_states_zwnjs():
    # a word the site wrote with two ZWNJs in its state («روبا‌‌ه‌ها»): as written, lossless
    odd = [*PARAS[:3], "روبا\u200c\u200cه\u200cها با این برد بیست امتیازی شدند و بالاتر از رقیب خود به رده دوم رسیدند."]
    script = ("<script id='__NEXT_DATA__' type='application/json'>" + _script(
        {"props": {"pageProps": {"post": {"title": TITLE, "content": "".join(f"<p>{p}</p>" for p in odd)}}}})
        + "</script>")
    assert extract(_page(3, script), format="html").paragraphs == odd


def test_a_page_paragraph_the_state_lacks_keeps_the_pages_lines():
    # the page shows a paragraph of its own over the state's first ones: not a skeleton of that story
    page = _page(3, NEXT).replace(f"<p>{PARAS[0]}</p>", "<p>این گزارش را خبرنگار ما از ورزشگاه شهر نوشته است و "
                                                        f"تا پایان بازی آن را کامل می‌کند.</p><p>{PARAS[0]}</p>")
    assert extract(page, format="html").paragraphs[:2] != PARAS[:2]


def test_rendered_story_keeps_its_own_lines():
    # the page shows the story (its paragraphs split otherwise than the articleBody's one text): its lines
    ld = LD.replace("\\n\\n", " ")
    art = extract(_page(4, ld).replace(SKELETON, ""), format="html")
    assert art.paragraphs == PARAS


def test_other_records_body_not_taken():
    # a related story's record in the state, not the page's headline: nothing taken from it
    other = NEXT.replace(TITLE, "خبری دیگر از لیگ")
    assert state_paragraphs(__import__("lxml.html").html.fromstring(_page(1, other)), TITLE) is None


def test_shown_share():
    assert shown_share(PARAS, [" ".join(PARAS)]) == 1.0
    assert shown_share(PARAS, PARAS[:1]) < 0.5
    assert shown_share([], PARAS) == 1.0


@pytest.mark.parametrize("script", [
    "<script>window.__NUXT__=(function(a){return {}}(1));</script>",  # a function-wrapped state: not JSON
    "<script>window.__NUXT__={broken;</script>",
    "<script type='application/json'>{\"title\": 3}</script>",
    "<script type='application/ld+json'>[</script>",
], ids=["function", "broken", "no-headline", "bad-ld"])
def test_bad_state_never_crashes(script):
    art = extract(_page(1, script), format="html")
    assert art.title == TITLE


@pytest.mark.parametrize("stamp, published", [
    ("\"2022-10-06T10:20:00+03:30\"", "2022-10-06T10:20:00+03:30"),  # an ISO text with its offset
    ("1665039000000", "2022-10-06T10:20:00+03:30"),                 # a JavaScript Date's Unix milliseconds (UTC)
    ("1665039000", "2022-10-06T10:20:00+03:30"),                    # Unix seconds
], ids=["iso", "epoch-ms", "epoch-s"])
def test_skeleton_dated_by_its_states_record_only(stamp, published):
    # no element shows a date: the story's record in the state holds its publication time
    script = NEXT.replace('"related"', f'"publishedAt": {stamp}, "related"')
    assert extract(_page(1, script), format="html").published == published


def test_another_records_date_in_the_state_is_not_the_storys():
    # the related story's record holds a date, the page's own none: no date
    script = ("<script id='__NEXT_DATA__' type='application/json'>" + _script({"props": {"pageProps": {
        "post": {"title": TITLE, "content": "<p>x</p>"},
        "related": [{"title": "خبری دیگر از لیگ", "publishedAt": "2022-10-01T09:00:00+03:30"}]}}}) + "</script>")
    assert extract(_page(1, script), format="html").published is None
