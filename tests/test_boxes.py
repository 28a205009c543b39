"""Boxes inside or after a story found by their structure (extract/boxes.py): lone marker lines,
tag blocks, author boxes, and «label ← link» widgets. The pages are written here, each test fails
without its mechanism, and a story's own list or subheading stays."""
from __future__ import annotations

import re

import pytest

from conftest import refine_site, story_bodies
from palayesh import extract
from palayesh.extract import boxes
from palayesh.textkeys import line_key

SITE, TAGLINE = "روزنامه نمونه امروز", "خبرهای شهر و کشور"
SHARE = "این نوشته را برای دوستانتان بفرستید"
FOOT = "همه حقوق این پایگاه محفوظ است."


def _words(para: str, a: int, b: int) -> str:
    """Words ``a:b`` of a paragraph without punctuation at the ends (a phrase of the story itself)."""
    return " ".join(para.split()[a:b]).strip("،.:؛«»\"()")


def _run(tmp_path, pages: list[list[str]]) -> dict[int, str]:
    return {int(k[1:]): r["text"] for k, r in refine_site(tmp_path, pages).items()}


@pytest.fixture
def without_boxes(monkeypatch):
    """Turns the mechanisms of extract/boxes.py off (to see each test fail without them), and the
    text parser's own author box (a name over a bio opening with it, without the byline)."""
    from palayesh.extract import text

    monkeypatch.setattr(boxes, "lone_markers", lambda *a, **k: None)
    monkeypatch.setattr(boxes, "tag_blocks", lambda *a, **k: None)
    monkeypatch.setattr(boxes, "author_boxes", lambda *a, **k: None)
    monkeypatch.setattr(text, "drop_author_box", lambda lines, body: body)


def _markers(tmp_path):
    # «▲ <two words>» alone between the paragraphs of four pages of twelve: a caption the site
    # marks with a symbol (words of another story: too few for a foreign-headline test), which
    # goes. The same marker over a subheading that the paragraph under it takes up (pages 6-8),
    # and page 5's list of three «▲» items, stay.
    bodies = story_bodies(12)
    pages, captions, kept = [], {}, {}
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1]]
        if i < 4:
            captions[i] = "▲ " + _words(bodies[(i + 6) % 12][0], 4, 6)
            lines.append(captions[i])
        if i == 5:
            kept[i] = ["▲ " + _words(paras[3], k, k + 3) for k in (0, 4, 8)]
            lines += kept[i]
        if 6 <= i <= 8:
            kept[i] = ["▲ " + _words(paras[2], 0, 4)]
            lines += kept[i]
        lines += [paras[2], paras[3], SHARE, FOOT]
        pages.append(lines)
    return bodies, pages, captions, kept


def test_a_lone_line_behind_a_marker_the_site_repeats_is_chrome_a_list_stays(tmp_path):
    bodies, pages, captions, kept = _markers(tmp_path)
    rows = _run(tmp_path, pages)
    for i, cap in captions.items():
        assert cap not in rows[i], i
        assert line_key(bodies[i][2]) in line_key(rows[i]) and line_key(bodies[i][3]) in line_key(rows[i])
    for i, items in kept.items():
        shown = {line_key(t) for t in rows[i].split("\n")}
        assert all(line_key(it) in shown for it in items), (i, rows[i])


def test_lone_markers_fail_without_the_mechanism(tmp_path, without_boxes):
    _bodies_, pages, captions, _kept = _markers(tmp_path)
    rows = _run(tmp_path, pages)
    assert any(cap in rows[i] for i, cap in captions.items())


_TAG_LABEL = "واژه‌های کلیدی این گزارش:"
_SOCIAL = "ما را در شبکه‌های اجتماعی دنبال کنید"
_COMMENTS = "دیدگاه خوانندگان درباره این گزارش"


def _tags(tmp_path):
    # after the story: a label the site repeats, then three tags (the story's own words: no
    # foreign headline test can tell them), a share line, and a reader's comment (prose that
    # varies). Page 7's story has its own short list between two paragraphs: it stays.
    bodies = story_bodies(24)  # (the comments: paragraphs of the last twelve, no page's own story)
    pages, tags, items = [], {}, []
    for i, paras in enumerate(bodies[:12]):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1]]
        if i == 7:
            items = ["نکات اصلی این خبر عبارتند از:", _words(paras[2], 0, 3), _words(paras[2], 3, 6),
                     _words(paras[2], 6, 9)]
            lines += items
        tags[i] = [_words(paras[k], 1, 3) for k in (0, 1, 3)]
        comment = bodies[12 + i]
        lines += [paras[2], paras[3], _TAG_LABEL, *tags[i], _SOCIAL, _COMMENTS, comment[1], comment[2], FOOT]
        pages.append(lines)
    return bodies, pages, tags, items


def test_short_lines_under_a_label_the_site_repeats_after_the_story_are_tags(tmp_path):
    bodies, pages, tags, items = _tags(tmp_path)
    rows = _run(tmp_path, pages)
    for i, ts in tags.items():
        shown = rows[i].split("\n")
        assert not any(t in shown for t in ts), (i, ts)
        assert line_key(bodies[i][0]) in line_key(rows[i]) and line_key(bodies[i][3]) in line_key(rows[i])
    shown = {line_key(t) for t in rows[7].split("\n")}
    assert all(line_key(it) in shown for it in items[1:]), rows[7]


def test_tags_fail_without_the_mechanism(tmp_path, without_boxes):
    _b, pages, tags, _items = _tags(tmp_path)
    rows = _run(tmp_path, pages)
    assert any(t in rows[i].split("\n") for i, ts in tags.items() for t in ts)


def _author_page(byline: bool, box: bool, sub: bool = False) -> tuple[str, list[str]]:
    paras = story_bodies(2)[1]
    lines = [SITE, TAGLINE, "افتتاح کتابخانه تازه در مرکز شهر"]
    if byline:
        lines.append("تهیه و تنظیم: سارا کریمی")
    lines += [paras[0], paras[1]]
    if sub:  # a subheading that is a name, over a paragraph that opens with it: the story's
        lines += ["علی دایی", "علی دایی در ادامه گفت که این کتابخانه برای همه مردم شهر ساخته شده است."]
    lines += [paras[2], paras[3]]
    if box:
        lines += ["سارا کریمی", "سارا کریمی خبرنگار حوزه شهری است و از سال ۱۳۹۸ با ما همکاری دارد."]
    lines += ["منبع: ایسنا"]
    return "\n\n".join(lines), paras


def test_an_author_box_with_the_pages_byline_name_is_chrome_on_one_page_alone():
    page, paras = _author_page(byline=True, box=True)
    a = extract(page)
    assert not any("سارا کریمی" in p for p in a.paragraphs), a.paragraphs
    assert line_key(paras[3]) in line_key("\n".join(a.paragraphs))


def test_an_author_box_fails_without_the_mechanism(without_boxes):
    page, _paras = _author_page(byline=True, box=True)
    assert any("سارا کریمی" in p for p in extract(page).paragraphs)


def test_a_subheading_that_is_a_name_over_its_paragraph_stays():
    # the same structure (a name, then a sentence opening with it) inside the story, and no
    # byline of that name: the story's
    page, _paras = _author_page(byline=True, box=False, sub=True)
    a = extract(page)
    assert "علی دایی" in a.paragraphs
    assert any(p.startswith("علی دایی در ادامه") for p in a.paragraphs)


_AUTHORS = [("سارا کریمی", "خبرنگار حوزه شهری با ده سال سابقه در روزنامه‌های محلی."),
            ("مهدی نوری", "دانش‌آموخته ارتباطات و دبیر سرویس اجتماعی این روزنامه است."),
            ("نرگس فرهادی", "پژوهشگر تاریخ شهر که هر هفته برای ما می‌نویسد.")]


def _bios(tmp_path):
    # after the story of pages 0-5: the byline again («نوشته X»), the name, and a bio in other words
    # than the name, each author's on two pages (too few for the template), under the site's share
    # line. Page 8's story names a man in a subheading and the line under it, then goes on: it stays.
    bodies = story_bodies(12)
    pages, bios, kept = [], {}, []
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1], paras[2]]
        if i == 8:
            kept = ["گفت‌وگو با علی دایی", "علی دایی", "او گفت که این کتابخانه برای همه مردم شهر است."]
            lines += kept
        lines.append(paras[3])
        if i < 6:
            name, bios[i] = _AUTHORS[i % 3]
            lines += ["نوشته " + name, name, bios[i]]
        pages.append(lines + [SHARE, FOOT])
    return bodies, pages, bios, kept


def test_a_bio_in_other_words_under_the_name_twice_and_over_the_template_is_chrome(tmp_path):
    bodies, pages, bios, kept = _bios(tmp_path)
    rows = _run(tmp_path, pages)
    for i, bio in bios.items():
        assert bio not in rows[i], i
        assert line_key(bodies[i][3]) in line_key(rows[i]), i
    assert kept[-1] in rows[8].split("\n"), rows[8]  # (the story's sentence under a name, more story under it)


def test_a_bio_in_other_words_fails_without_the_mechanism(tmp_path, without_boxes):
    _bodies, pages, bios, _kept = _bios(tmp_path)
    rows = _run(tmp_path, pages)
    assert any(bio in rows[i] for i, bio in bios.items())


def test_a_bio_over_a_share_line_that_quotes_the_headline_is_chrome(tmp_path):
    # as above, but the site's share line under the box quotes each page's own headline
    # («اشتراک‌گذاری «<headline>» در تلگرام | واتس‌اپ»): masked, it is the site's template line
    # that closes the bio
    bodies = story_bodies(12)
    pages, bios = [], {}
    for i, paras in enumerate(bodies):
        headline = " ".join(paras[0].rstrip(".").split()[:7])  # (each its own first words)
        lines = [SITE, TAGLINE, headline, *paras]
        if i < 6:
            name, bios[i] = _AUTHORS[i % 3]
            lines += [name, name, bios[i]]
        pages.append(lines + [f"اشتراک‌گذاری «{headline}» در تلگرام | واتس‌اپ", FOOT])
    rows = _run(tmp_path, pages)
    for i, bio in bios.items():
        assert bio not in rows[i], i
        assert line_key(bodies[i][3]) in line_key(rows[i]), i


def _arrows(tmp_path):
    # «گزارش مرتبط ← <a headline>» between the paragraphs of three pages of twelve: a widget, as
    # «label: value» is; its headline ends with «؟» and is made of the story's own words
    bodies = story_bodies(12)
    pages, links = [], {}
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1]]
        if i < 3:
            links[i] = "گزارش مرتبط ← " + _words(paras[3], 2, 9) + "؟"
            lines.append(links[i])
        lines += [paras[2], paras[3], SHARE, FOOT]
        pages.append(lines)
    return bodies, pages, links


def test_a_label_before_an_arrow_on_two_pages_of_a_site_is_its_widget(tmp_path):
    bodies, pages, links = _arrows(tmp_path)
    rows = _run(tmp_path, pages)
    for i in links:
        assert "گزارش مرتبط" not in rows[i], i
        assert line_key(bodies[i][2]) in line_key(rows[i]) and line_key(bodies[i][3]) in line_key(rows[i])


def test_arrow_widgets_fail_without_the_mechanism(tmp_path, monkeypatch):
    import re

    from palayesh.extract import template

    monkeypatch.setattr(template, "_ARROW", re.compile(r"(?!)"))
    _b, pages, links = _arrows(tmp_path)
    rows = _run(tmp_path, pages)
    assert any("گزارش مرتبط" in rows[i] for i in links)


@pytest.mark.parametrize("a, b, same", [
    ("■ دیدار مربیان تیم", "■ نمایی از ورزشگاه شهر", True),
    ("■ دیدار مربیان تیم", "▲ دیدار مربیان تیم", False),
    ("«دیدار» مربیان تیم", "«نمایی» از ورزشگاه", None),  # a quote opens no marker
    ("■ وی گفت این طرح اجرا می‌شود.", "■ x y", None),       # a sentence behind a symbol is no caption
    ("- نظر شما درباره این طرح چیست؟", "- x y", None),      # nor an interview's question
])
def test_marker_key(a, b, same):
    ka, kb = boxes.marker_key(a), boxes.marker_key(b)
    if same is None:
        assert ka is None
    else:
        assert ka is not None and (ka == kb) == same


def _html_with_kicker(kicker: str) -> tuple[str, list[str]]:
    paras = story_bodies(3)[2]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f"""<!DOCTYPE html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>پرونده بقا بسته شد و تیم به لیگ برتر بازگشت - نوشته‌های پراکنده</title>
<meta property="og:site_name" content="نوشته‌های پراکنده">
</head><body>
<div class="s4">نوشته‌های پراکنده</div>
<div class="s9">عکس | گفتگو | ورزشی | درباره ما | اخبار | ویدیو | خانه | گزارش</div>
<div class="w"><div class="m">
<div class="b"><a href="/c/1">خانه › کشتی</a></div>
<p class="s7">{kicker}</p>
<h1>پرونده بقا بسته شد و تیم به لیگ برتر بازگشت</h1>
<div class="s3">به قلم امیر حسینی</div>
<p class="s4">News ID: ۶۸۵۸۶۹۳</p>
<div class="x">
{body}
</div></div></div>
<div class="foot">همه حقوق محفوظ است.</div>
</body></html>""", paras)


def test_a_line_above_an_html_pages_headline_is_its_header_not_its_story():
    # a kicker above the <h1> with its own punctuation («(سرمربی)»: no label for the text rules)
    # stands above the headline in the DOM: the story begins under its headline
    page, paras = _html_with_kicker("مجید جلالی (سرمربی)")
    a = extract(page, format="html")
    assert not any("مجید جلالی" in p for p in a.paragraphs), a.paragraphs
    assert line_key(paras[0]) in line_key("\n".join(a.paragraphs))
    assert line_key(paras[3]) in line_key("\n".join(a.paragraphs))


def test_a_kicker_above_the_headline_fails_without_the_dom_order(monkeypatch):
    import importlib

    htmlbody = importlib.import_module("palayesh.extract.htmlbody")
    monkeypatch.setattr(htmlbody, "_below_headline", lambda *a: -1)
    monkeypatch.setattr(htmlbody, "_apart_above", lambda *a: False)  # (the DOM's boxes say it too)
    # (and the code row «News ID: …» under the headline, a META by its shape, closes the header too;
    # the kinds the other tests remembered are forgotten before and after)
    lines = importlib.import_module("palayesh.extract.lines")
    monkeypatch.setattr(lines, "_CODE_FIELD", re.compile(r"(?!)"))
    page, _paras = _html_with_kicker("مجید جلالی (سرمربی)")
    lines._remembered_kind.cache_clear()
    try:
        assert any("مجید جلالی" in p for p in extract(page, format="html").paragraphs)
    finally:
        lines._remembered_kind.cache_clear()
