"""A gallery's widget between a story's paragraphs (extract/photos.py ``drop_slide_widgets``): its
counter «۱ از ۱۲», the heading over it and the control under it, whatever their words, as an HTML page's
main content hands them over. A subheading under the gallery leads into its paragraph and stays. The
lines are written here; the last test fails without the mechanism."""
from __future__ import annotations

import pytest

from conftest import story_bodies
from palayesh.extract import htmlbody
from palayesh.extract.htmlbody import select_body


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
    monkeypatch.setattr(htmlbody, "drop_slide_widgets", lambda lines, body: body)
    assert "۱ از ۱۲" in select_body(_gallery_lines("قاب کویر", "ورق بزن")).paragraphs
