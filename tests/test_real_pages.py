"""A real saved page of a Persian news agency (tests/data/real, CC BY 4.0, see NOTICE.md), read whole:
the header fields, the story paragraph by paragraph, none of the page's chrome, and every half-space
the page wrote kept through extraction and normalization. The generated families test shapes; this
page tests the web as a crawler saved it (two menus, a read-more box inside the story, a live-minute
report with <br> lines, 161 lines of chrome)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from palayesh import extract, normalize

HERE = Path(__file__).resolve().parent / "data" / "real"


def _squash(s: str) -> str:
    """Spaces as one space: the extractor keeps the page's NBSPs, which normalization maps later."""
    return " ".join(s.split())


@pytest.fixture(scope="module")
def tasnim():
    gold = json.loads((HERE / "tasnim_2015910.json").read_text(encoding="utf-8"))
    return gold, extract((HERE / "tasnim_2015910.html").read_bytes())


def test_header_fields(tasnim):
    gold, a = tasnim
    assert (a.title, a.lead, a.surtitle, a.agency) == (gold["title"], gold["lead"], gold["surtitle"], gold["agency"])
    assert a.published == gold["published_full"]  # 22:53 Tehran summer time, with its offset
    assert a.section in {gold["section"], *gold["section_alt"]}


def test_story_whole_and_no_chrome(tasnim):
    gold, a = tasnim
    got = [_squash(p) for p in a.paragraphs]
    assert got == [_squash(p) for p in gold["body_paragraphs"]]
    chrome = {_squash(c) for c in gold["chrome_lines"]} - {_squash(p) for p in gold["body_paragraphs"]}
    assert len(chrome) > 100
    assert sorted(chrome & set(got)) == []


def test_every_half_space_kept(tasnim):
    gold, a = tasnim
    words = {w for p in gold["body_paragraphs"] for w in p.split() if "\u200c" in w}
    assert len(words) > 10
    text = normalize("\n".join(a.paragraphs))
    assert sorted(w for w in words if w not in text) == []
