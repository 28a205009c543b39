"""An ad's or a related box's lines under a label the site's template shows between its stories'
paragraphs, on an HTML page (extract/htmlbody.py ``select_body`` running text.py
``_drop_boxes_under_learned_labels``): the label went as the site's chrome (role ``mid``), the copy
under it, in whatever words, goes too, whether the story goes on under it with a paragraph or with
a subheading over one (``_heads_next``); a subheading right under the label stays, and so does a
poem's hemistich under a credit the template knows, inside the poem. The lines are written here;
the first test fails without the mechanism."""
from __future__ import annotations

import pytest

from conftest import story_bodies
from palayesh.extract import htmlbody
from palayesh.extract.htmlbody import select_body

LABEL = "آگهی‌ویژه"  # (a word no lexicon holds: the template's role says what it is)
# (an ad's copy sharing two common words with the story, «سالن» and «ورزشی»: too many for a line alone
# between paragraphs to read as another story's, none too many under a label)
COPY = "فروش ویژه تجهیزات سالن ورزشی با تخفیف نوروزی"


def _body(lines: list[str], mid: set[int]) -> list[str]:
    return select_body(lines, roles=["mid" if i in mid else None for i in range(len(lines))]).paragraphs


def _subheading(para: str) -> str:
    # (a subheading in the words of the paragraph it heads)
    return " ".join(para.split()[1:6]).rstrip("،:.")


def test_copy_under_a_learned_label_goes_over_a_paragraph():
    paras = story_bodies(1)[0]
    got = _body([paras[0], paras[1], LABEL, COPY, paras[2], paras[3]], {2})
    assert got == paras, got


def test_copy_under_a_learned_label_goes_over_a_subheading():
    paras = story_bodies(1)[0]
    sub = _subheading(paras[2])
    got = _body([paras[0], paras[1], LABEL, COPY, sub, paras[2], paras[3]], {2})
    assert got == [paras[0], paras[1], sub, paras[2], paras[3]], got


def test_a_subheading_under_the_label_stays():
    paras = story_bodies(1)[0]
    sub = _subheading(paras[2])
    got = _body([paras[0], paras[1], LABEL, sub, paras[2], paras[3]], {2})
    assert sub in got, got


def test_a_hemistich_under_a_credit_inside_a_poem_stays():
    paras = story_bodies(1)[0]
    poem = ["راه است و چاه و دیده بینا و آفتاب", "تا آدمی نگاه کند پیش پای خویش"]
    got = _body([paras[0], paras[1], poem[0], "📷 عکس‌نوشت", poem[1], paras[2], paras[3]], {3})
    assert poem[1] in got, got


@pytest.fixture
def without_label_boxes(monkeypatch):
    monkeypatch.setattr(htmlbody, "_drop_boxes_under_learned_labels", lambda lines, body, *a, **k: body)


def test_the_copy_stays_without_the_mechanism(without_label_boxes):
    paras = story_bodies(1)[0]
    got = _body([paras[0], paras[1], LABEL, COPY, paras[2], paras[3]], {2})
    assert COPY in got
