"""What is left of a box of links once one of its lines went as another story's (extract/text.py
``_drop_link_box_runs``): a label in the site's own words and a sibling headline that happens to share
the story's words stand right beside a link the run knows, between two paragraphs; they are the same
box's. A subheading that leads into the paragraph under the box stays. And a gallery's widget between
paragraphs (``_drop_slide_widgets``): its counter «۱ از ۱۲», the heading over it and the control under
it, whatever their words. The pages are written here; a test of each fails without its mechanism."""
from __future__ import annotations

import pytest

from conftest import made_titles, site_texts, story_bodies
from palayesh.extract import htmlbody, text as extract_text
from palayesh.extract.htmlbody import select_body
from palayesh.textkeys import line_key

SITE, TAGLINE = "پایگاه خبری نگاه کویر", "خبر تازه از شهرهای کویری"
FOOT = "کلیه حقوق این پایگاه محفوظ است."
#: the box's label, in words no lexicon holds, one of three a page (no line of it recurs enough)
HEADS = ["گلچین کویر", "نگاه دیگر", "این را هم ببینید"]
N = 14


def _titles() -> list[str]:
    return made_titles(N,
                       ["ساخت سد خاکی", "افتتاح درمانگاه روستایی", "مرمت کاروانسرای قدیمی", "احداث پارک بیابانی"],
                       ["طبس", "نایین", "اردکان", "بافق", "خور", "گناباد", "فردوس"])


def _sibling(paras: list[str], others: list[list[str]]) -> str:
    """A headline of another story that shares three words of the story's opening no other story
    says, none of the paragraph under the box: no rule weighing it alone calls it foreign, nor a
    heading of that paragraph."""
    seen = {w for o in others if o is not paras for p in o for w in p.split()} | set(paras[2].split())
    words = [w for w in dict.fromkeys(paras[0].split()) if len(w) >= 4 and w not in seen and w.isalpha()]
    return f"{words[0]} {words[1]} و {words[2]} در نشست"


def _pages(sub: bool = False) -> tuple[list[list[str]], dict[int, str]]:
    bodies = story_bodies(N)
    titles = _titles()
    pages, siblings = [], {}
    for i, paras in enumerate(bodies):
        box: list[str] = []
        if i < 8:
            siblings[i] = _sibling(paras, bodies)
            # the label, a headline the run holds (another page's), a sibling the run does not
            box = [HEADS[i % 3], titles[(i + 3) % N], siblings[i]]
            if sub:  # (a subheading in the paragraph's own words, right under the box)
                box.append(" ".join(paras[2].split()[:4]).rstrip("،,.:"))
        pages.append([SITE, TAGLINE, titles[i], paras[0], paras[1], *box, paras[2], paras[3], FOOT])
    return pages, siblings


def test_a_box_goes_whole_once_a_link_of_it_went(tmp_path):
    pages, siblings = _pages()
    rows = site_texts(tmp_path, pages)
    bodies = story_bodies(N)
    for i in range(8):
        keys = [line_key(t) for t in rows[i]]
        assert line_key(siblings[i]) not in keys, (i, rows[i])
        assert line_key(HEADS[i % 3]) not in keys, (i, rows[i])
        assert all(line_key(p) in keys for p in bodies[i][1:]), i  # (the story goes on under the box)


def test_a_subheading_under_the_box_stays(tmp_path):
    pages, _siblings = _pages(sub=True)
    rows = site_texts(tmp_path, pages)
    bodies = story_bodies(N)
    for i in range(8):
        sub = " ".join(bodies[i][2].split()[:4]).rstrip("،,.:")
        assert line_key(sub) in [line_key(t) for t in rows[i]], (i, sub, rows[i])


PARA_A = ("شورای شهر طبس روز گذشته طرح تازه‌ای برای آبرسانی به روستاهای دور از شهر را تصویب کرد"
          " و اجرای آن از ماه آینده آغاز می‌شود.")
PARA_B = ("فرماندار طبس گفت اعتبار این طرح از محل بودجه استانی تامین شده و پیمانکار آن تا پایان سال"
          " کار را تحویل می‌دهد.")
LINK = "افتتاح درمانگاه روستایی در نایین آغاز شد"    # (another story's headline: taken by the rules before)
SIBLING = "آبرسانی به روستاهای طبس در نشست شورا"       # (shares the story's words: no rule takes it alone)


@pytest.mark.parametrize("page, body, kept", [
    # a label in the site's words, the link taken, its sibling: the box goes whole
    ([PARA_A, "گلچین کویر", LINK, SIBLING, PARA_B], [0, 1, 3, 4], [0, 4]),
    # the story's subheading under the box leads into its paragraph: it stays
    ([PARA_A, LINK, SIBLING, "اعتبار طرح آبرسانی", PARA_B], [0, 2, 3, 4], [0, 3, 4]),
    # the lines a colon announces are the story's list, an ad set among them or not
    ([PARA_A[:-1] + " به شرح زیر است:", SIBLING, LINK, PARA_B], [0, 1, 3], [0, 1, 3]),
    # no line of the box was taken: nothing to go by
    ([PARA_A, "گلچین کویر", SIBLING, PARA_B], [0, 1, 2, 3], [0, 1, 2, 3]),
    # a widget's heading over its table went, no link: the story's ranked line over it stays
    ([PARA_A, "پنجم – شهرستان خور – ۸ امتیاز", "نرخ آب در روستاهای طبس", "روستا | نرخ (تومان)",
      "دیهوک | ۱۲,۰۰۰", "عشق‌آباد | ۹,۰۰۰", PARA_B], [0, 1, 6], [0, 1, 6]),
    # under the story's last paragraph: its credits and tags as often as a box
    ([PARA_A, PARA_B, LINK, SIBLING], [0, 1, 3], [0, 1, 3]),
])
def test_what_is_left_of_a_box(page, body, kept):
    lines = [extract_text.classify(t) for t in page]
    assert extract_text._drop_link_box_runs(lines, body) == kept


@pytest.fixture
def without_box_runs(monkeypatch):
    monkeypatch.setattr(extract_text, "_drop_link_box_runs", lambda lines, body: body)


def test_the_sibling_leaks_without_the_mechanism(tmp_path, without_box_runs):
    pages, siblings = _pages()
    rows = site_texts(tmp_path, pages)
    assert any(line_key(siblings[i]) in [line_key(t) for t in rows[i]] for i in range(8))


# -- a gallery's widget between paragraphs ---------------------------------------------------------------------


def _gallery_lines(head: str, control: str) -> list[str]:
    """An HTML page's main content as its extractor hands it over: the widget's blocks as lines."""
    paras = story_bodies(1)[0]
    return [paras[0], head, "۱ از ۱۲", control, paras[1], paras[2]]


@pytest.mark.parametrize("head, control", [
    ("گزارش تصویری", "تصویر بعدی"),   # (the usual words)
    ("قاب کویر", "ورق بزن"),          # (a site's own words: no lexicon holds them)
])
def test_a_gallery_widget_between_paragraphs_goes(head, control):
    paras = story_bodies(1)[0]
    assert select_body(_gallery_lines(head, control)).paragraphs == paras[:3]


def test_a_subheading_under_a_gallery_stays():
    paras = story_bodies(1)[0]
    sub = " ".join(paras[1].split()[:3]).rstrip("،,.:")  # (it heads the paragraph under it)
    lines = [paras[0], "قاب کویر", "۱ از ۱۲", sub, paras[1], paras[2]]
    assert select_body(lines).paragraphs == [paras[0], sub, paras[1], paras[2]]


def test_the_gallery_widget_stays_without_the_mechanism(monkeypatch):
    monkeypatch.setattr(htmlbody, "_drop_slide_widgets", lambda lines, body: body)
    assert "۱ از ۱۲" in select_body(_gallery_lines("قاب کویر", "ورق بزن")).paragraphs
