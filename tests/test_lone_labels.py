"""An ad's label left alone between a story's paragraphs once its copy went (extract/text.py
``_drop_lone_labels``): a word or two in the site's own words over one line another pass took out as
foreign to the story, right over the next paragraph. The label goes too; a subheading that shares the
story's words stays. The pages are written here; the first test fails without the mechanism."""
from __future__ import annotations

import pytest

from conftest import story_bodies
from palayesh.extract import text as extract_text
from palayesh.extract.text import extract_text as extract

SITE = "پایگاه خبری کرانه سبز"
HEADLINE = "گشایش فرهنگسرای محله در شهر گرگان"
LABEL = "آگهی‌ویژه"  # (a word no lexicon holds)
COPY = "بیمه بدنه خودرو با ۳۰٪ تخفیف ویژه پاییز"


def _page(label: str) -> tuple[str, list[str]]:
    paras = story_bodies(1)[0]
    lines = [SITE, HEADLINE, "۱۴۰۲/۰۳/۰۴ - ۱۲:۳۰", paras[0], paras[1], label, COPY, paras[2], paras[3]]
    return "\n\n".join(lines), paras


def test_an_ads_label_alone_over_copy_taken_out_goes():
    page, paras = _page(LABEL)
    a = extract(page)
    assert COPY not in a.paragraphs
    assert LABEL not in a.paragraphs, a.paragraphs
    assert paras[2] in a.paragraphs and paras[3] in a.paragraphs


def test_a_subheading_in_the_storys_words_stays():
    paras = story_bodies(1)[0]
    sub = " ".join(sorted(set(paras[2].split()), key=len, reverse=True)[:2])
    page, _paras = _page(sub)
    a = extract(page)
    assert COPY not in a.paragraphs  # (the copy taken out, the subheading still leads into the text)
    assert sub in a.paragraphs, a.paragraphs


@pytest.fixture
def without_lone_labels(monkeypatch):
    monkeypatch.setattr(extract_text, "_drop_lone_labels", lambda lines, body, **_: body)


def test_the_label_stays_without_the_mechanism(without_lone_labels):
    page, _paras = _page(LABEL)
    a = extract(page)
    assert COPY not in a.paragraphs and LABEL in a.paragraphs
