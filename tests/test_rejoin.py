"""Paragraphs a flattener broke into lines, joined again: hard-wrapped at a site's column
(:mod:`palayesh.extract.rejoin`, the column learned from the run) and broken where an inline link was
(:func:`palayesh.extract.text._rejoin_broken`). Every page here is written in the test.
"""
import textwrap

import pytest

from conftest import read_rows, story_bodies
from palayesh import extract, refine
from palayesh.extract.rejoin import alone_width, rejoin_wrapped, wrap_widths
from palayesh.extract.text import NOT_BODY, _drop_widget_boxes, classify
from palayesh.textkeys import line_key

_CITIES = ["رشت", "ساری", "گرگان", "اردبیل", "لاهیجان", "بابل", "آمل", "قزوین", "زنجان", "سنندج", "کرج", "قم"]


def _story(i: int) -> list[str]:
    """Three long paragraphs of the ``i``-th real news story (20+ words each: over 80 columns)."""
    return _STORIES[i]


_STORIES = story_bodies(12, paras=3)
_SITE = "پایگاه خبری شمال نیوز"
_MENU = "خانه | سیاسی | اقتصادی | ورزشی | فرهنگی"
_FOOTER = "کلیه حقوق این سایت برای پایگاه خبری شمال نیوز محفوظ است"


def _page(i: int, paras: list[str]) -> str:
    head = [_SITE, _MENU, "", f"پل عابر پیاده {_CITIES[i % len(_CITIES)]} ساخته می‌شود", "۱۴۰۲/۰۵/۱۲ - ۱۰:۲۰", ""]
    return "\n".join(head + ["\n\n".join(paras), "", _FOOTER]) + "\n"


def _run(tmp_path, pages: list[str]) -> list[dict]:
    src = tmp_path / "pages"
    src.mkdir()
    for i, p in enumerate(pages):
        (src / f"p{i:02d}.txt").write_text(p, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    return sorted(read_rows(out), key=lambda r: r["id"])


def _wrapped(paras: list[str], width: int) -> list[str]:
    return ["\n".join(textwrap.wrap(p, width)) for p in paras]


# ----------------------------------------------------------------------------- hard-wrapped
def test_a_wrapped_paragraphs_lines_end_at_one_width():
    lines = "\n".join(_wrapped(_story(0), 80)).split("\n")
    assert 80 in wrap_widths(lines)
    assert alone_width(lines) is not None
    joined = [t for t in rejoin_wrapped(lines, 80) if t]
    assert joined == _story(0)


def test_short_lines_on_purpose_are_no_wrapping():
    verses = ["ای ساربان آهسته ران کآرام جانم می‌رود", "وان دل که با خود داشتم با دلستانم می‌رود",
              "من مانده‌ام مهجور از او بیچاره و رنجور از او", "گویی که نیشی دور از او در استخوانم می‌رود"]
    assert wrap_widths(verses) == [] and alone_width(verses) is None
    items = [f"مسابقات کشتی نوجوانان استان {c} در هفته آینده برگزار می‌شود" for c in _CITIES[:6]]
    assert alone_width(items) is None  # (a list of headlines: lines of one length end sentences)
    # whole paragraphs, one a line, are no wrapped text whatever their lengths
    assert alone_width(_story(0) + _story(1)) is None


def test_a_site_that_wraps_its_text_gets_its_paragraphs_back(tmp_path):
    stories = [_story(i) for i in range(10)]
    rows = _run(tmp_path, [_page(i, _wrapped(s, 80)) for i, s in enumerate(stories)])
    assert len(rows) == 10
    for r in rows:
        i = int(r["id"][1:])
        assert [line_key(p) for p in r["text"].split("\n")] == [line_key(p) for p in stories[i]]


def test_a_site_that_does_not_wrap_keeps_its_lines(tmp_path):
    # a site whose paragraphs are one line each: the run shows no column, they stay as they are
    stories = [_story(i) for i in range(10)]
    pages = [_page(i, s) for i, s in enumerate(stories)]
    rows = _run(tmp_path, pages)
    assert len(rows) == 10
    for r in rows:
        assert [line_key(p) for p in r["text"].split("\n")] == [line_key(p) for p in stories[int(r["id"][1:])]]


# ----------------------------------------------------------------------- broken at a link
_HEAD = "ورزشی\nپل عابر پیاده رشت ساخته می‌شود\n"
_FIRST = "به گزارش ایسنا، شورای شهر رشت در جلسه امروز خود طرح ساخت پل عابر پیاده را تصویب کرد.\n"


def test_a_paragraph_broken_at_an_inline_link_is_one_paragraph():
    page = (_HEAD + _FIRST + "رئیس شورا گفت عملیات اجرایی این طرح با حضور\nشهردار رشت\n"
            "از ماه آینده آغاز می‌شود و پیمانکار باید آن را در شش ماه به پایان برساند.\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    a = extract(page)
    assert a.paragraphs[-2] == ("رئیس شورا گفت عملیات اجرایی این طرح با حضور شهردار رشت از ماه آینده آغاز "
                                "می‌شود و پیمانکار باید آن را در شش ماه به پایان برساند.")
    assert len(a.paragraphs) == 3


def test_a_subheading_between_paragraphs_is_no_link():
    # the paragraph above ends its sentence: the short line is the story's subheading
    page = (_HEAD + _FIRST + "رئیس شورا گفت عملیات اجرایی این طرح از ماه آینده آغاز می‌شود.\nهزینه‌ها\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    assert extract(page).paragraphs[-2] == "هزینه‌ها"


def test_a_box_between_paragraphs_is_no_link():
    # a field line and a photo credit over the next paragraph: a box's lines, not a sentence's pieces
    page = (_HEAD + _FIRST + "قیمت: ۵۶۰ هزار تومان\nخرید از فروشگاه\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    assert not any(p.startswith("قیمت") and p.endswith("نمی‌پردازند.") for p in extract(page).paragraphs)
    page = (_HEAD + _FIRST + "تصویر پل عابر پیاده شهر\n📷 ایرنا\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    assert not any("ایرنا" in p and p.endswith("نمی‌پردازند.") for p in extract(page).paragraphs)


# ------------------------------------------------------------------ widget boxes in the story
_LEAD = "رئیس شورای شهر رشت از تصویب طرح ساخت پل عابر پیاده در خیابان اصلی شهر در جلسه امروز خبر داد."
_REST = ("به گزارش ایسنا، شورای شهر رشت در جلسه امروز خود طرح ساخت پل عابر پیاده را با اکثریت آرا تصویب کرد.\n"
         "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")


@pytest.mark.parametrize("box", [
    ["گوش کنید", "۰۰:۰۰ / ۰۲:۴۵"],                                              # an audio player
    ["نسخه شنیداری", "۰۰:۰۰ / ۰۳:۱۰", "پرسپولیس ۲ - ۱ سپاهان", "پایان بازی"],   # ... over a result box
    ["پخش", "۰۰:۰۰ / ۰۱:۰۵", "مجید رضایی (عکس از آرشیو)"],                     # ... over a caption
])
def test_a_widget_box_between_the_storys_paragraphs_is_no_text(box):
    page = _HEAD + _LEAD + "\n" + "\n".join(box) + "\n" + _REST
    paras = extract(page).paragraphs
    assert not any(line in paras for line in box if line[0] != "۰")
    assert paras[-1].startswith("هزینه ساخت")


@pytest.mark.parametrize("between", [
    ["زمان و مکان برگزاری", "زمان: یکشنبه ۲۲ شهریور ۱۳۹۴، ساعت ۱۴:۰۰", "مکان: تالار اصلی"],  # an info box's fields
    ["۱۲۳ بازدید", "هزینه‌های طرح"],                     # a subheading under a counter leads into its text
    ["هزینه‌های طرح"],                                    # a subheading alone
    ["هزینه‌های طرح", "گالری تصاویر (۵ تصویر)"],          # ... over a gallery's link: words, not a player's time
])
def test_an_info_box_or_a_subheading_is_the_storys(between):
    lines = [classify(t) for t in [_LEAD, *between, *_REST.split("\n")[:2]]]
    body = [i for i, ln in enumerate(lines) if ln.kind not in NOT_BODY]
    assert _drop_widget_boxes(lines, body) == body
