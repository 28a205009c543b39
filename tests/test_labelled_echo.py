"""A link set between a story's paragraphs under its label and colon («X: <headline>», whatever the
label's words) whose headline the page lists again under the story as a line of its own, in a
box or between «…» marks (extract/text.py ``_drop_links_echoed_below`` with ``_labelled_link_key``):
the link goes, even when it shares the story's words; a line of the story said once stays. The
lines are written here; the first test fails without the mechanism."""
from __future__ import annotations

import pytest

from palayesh.extract import text as extract_text
from palayesh.extract.text import CHROME, PARA, SHORT, Line, _drop_links_echoed_below
from palayesh.textkeys import line_key

P1 = ("سرمربی تیم فوتبال شهر پس از دیدار امروز گفت که بازیکنانش در هفته هفتم لیگ برتر بهترین بازی "
      "فصل را انجام دادند و امیدوار است این روند ادامه پیدا کند.")
P2 = ("وی افزود: تیم ما برای دیدار هفته آینده آماده است و همه بازیکنان جز یک نفر در تمرینات حاضر "
      "شده‌اند و کادر فنی از شرایط تیم راضی است.")
HEADLINE = "برنامه هفته هفتم لیگ برتر بسکتبال اعلام شد"
LINK = "پیشنهادی: " + HEADLINE  # (a label in words no lexicon holds)


def _line(text: str, kind: str) -> Line:
    return Line(text, line_key(text), len(text.split()), kind)


def _page(below: str) -> list[Line]:
    return [_line(P1, PARA), _line(LINK, SHORT), _line(P2, PARA), _line("« " + below, CHROME)]


def test_a_labelled_link_listed_again_below_goes():
    assert _drop_links_echoed_below(_page(HEADLINE), [0, 1, 2]) == [0, 2]


def test_a_line_said_once_stays():
    assert _drop_links_echoed_below(_page("افتتاح پارک تازه در شهر با حضور مسئولان"), [0, 1, 2]) == [0, 1, 2]


@pytest.fixture
def whole_keys_only(monkeypatch):
    monkeypatch.setattr(extract_text, "_labelled_link_key", lambda text: "")


def test_the_link_stays_without_the_mechanism(whole_keys_only):
    assert _drop_links_echoed_below(_page(HEADLINE), [0, 1, 2]) == [0, 1, 2]
