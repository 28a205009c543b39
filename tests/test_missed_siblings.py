"""A short story written one ``<div>`` a paragraph, which the main-content extractor passed by for the
author's box and links under it (extract/html.py ``_missed_siblings``): the story's paragraphs,
the blocks of one parent above everything the extractor kept, are read in place of its text. Not
when the extractor kept a paragraph of that parent (the story's second half), nor for blocks that
stand under its text (readers' comments). The pages are written here."""
from __future__ import annotations

from palayesh.extract.html import _missed_siblings
from palayesh.extract.pagetext import PageText

STORY = ["مدیرکل ورزش و جوانان استان امروز در دیدار با قهرمانان کشتی گفت که سالن تازه شهر تا پایان سال آماده می‌شود.",
         "وی افزود: این سالن با ظرفیت دو هزار نفر برای برگزاری مسابقات کشوری و تمرین تیم‌های پایه ساخته شده است.",
         "به گفته او، هزینه ساخت این سالن از محل اعتبارات استانی و کمک خیران ورزش دوست تامین شده است."]
BOX = ["رضا کریمی نویسنده و کارشناس ورزش است.", "« قبلی: برگزاری جشنواره فیلم کوتاه در شهر",
       "بعدی: افزایش قیمت نان در استان »"]


def _page(story: list[str], box: list[str], comments: list[str] = ()) -> PageText:
    divs = lambda lines: "".join(f"<div class='c'>{t}</div>" for t in lines)  # noqa: E731
    raw = (f"<html><body><h1>افتتاح سالن ورزشی تازه</h1><div class='a'><div class='b'>{divs(story)}</div></div>"
           f"<div class='a'><div class='b'>{divs(box)}</div></div>"
           f"<div class='a'><div class='b'>{divs(comments)}</div></div></body></html>")
    return PageText.from_html(raw, dom=True)


def test_a_story_of_divs_above_the_extractors_choice_is_read():
    got = _missed_siblings(_page(STORY, BOX), "\n".join(BOX))
    assert got.split("\n") == STORY


def test_the_extractors_choice_stands_when_it_kept_one_of_them():
    text = "\n".join(STORY[2:] + BOX)
    assert _missed_siblings(_page(STORY, BOX), text) == text


def test_blocks_under_the_extractors_text_are_no_story():
    text = "\n".join(STORY[:1])
    page = _page(STORY[:1], BOX, comments=STORY[1:] + STORY[1:])
    assert _missed_siblings(page, text) == text


def test_less_text_than_the_extractors_is_no_story():
    text = "\n".join(BOX + STORY[:1] * 3)
    page = _page(STORY[1:], BOX + STORY[:1] * 3)
    assert _missed_siblings(page, text) == text


def test_a_header_line_found_in_the_extractors_text_again_tells_not_where_it_begins():
    # the site's name over the story stands inside a line of the box under it («اپلیکیشن <name> …»),
    # and the ticker's headline over the story is the box's next-story link: neither is where the
    # extractor's text begins, which is under the story
    site, ticker = "شمال نیوز", "برگزاری جشنواره فیلم کوتاه در شهر"
    box = [f"اپلیکیشن {site} را از بازار دانلود کنید", f"« {ticker}", "افزایش قیمت نان در استان »"]
    divs = lambda lines: "".join(f"<div class='c'>{t}</div>" for t in lines)  # noqa: E731
    raw = (f"<html><body><div class='h'>{divs([site, 'آخرین اخبار:', ticker])}</div>"
           f"<h1>افتتاح سالن ورزشی تازه</h1><div class='a'><div class='b'>{divs(STORY)}</div></div>"
           f"<div class='a'><div class='b'>{divs(box)}</div></div></body></html>")
    got = _missed_siblings(PageText.from_html(raw, dom=True), "\n".join(box))
    assert got.split("\n") == STORY
