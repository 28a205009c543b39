"""A related box the site sets under a story's paragraph (extract/text.py ``_drop_seen_box_heads``): its
heading in the site's own words, then a headline the run does not know, then one it knows (another page's
headline, which the run takes out). The heading stands so under several of the site's stories (the
template counts it: ``PageTemplate.box_head_pages``); the heading and the items over the known link go,
whatever their words. A heading the site shows once, or one over the story's own lines, stays. The pages
are written here; the first test fails without the mechanism."""
from __future__ import annotations

import pytest

from conftest import made_titles, site_texts, story_bodies
from palayesh.extract import text as extract_text
from palayesh.textkeys import line_key

SITE, TAGLINE = "هفته‌نامه کرانه سبز", "روایت شهر در چند سطر"
FOOT = "بازنشر مطالب هفته‌نامه با ذکر منبع آزاد است."
HEAD = "گلچین کرانه"  # (the box's heading, in words no lexicon holds)
N = 14
BOXED = range(2)  # (fewer stories than the run takes a line between paragraphs of as chrome)


def _titles() -> list[str]:
    return made_titles(N, ["مرمت پل تاریخی", "گشایش فرهنگسرای محله", "لایروبی رودخانه شهر", "نوسازی ناوگان اتوبوس"],
                       ["بجنورد", "قزوین", "اراک", "گرگان", "دزفول", "مراغه", "خوی"])


def _unknown(i: int) -> str:
    return f"برگزاری جشنواره فیلم کوتاه دانشجویی نوبت {i + 1} در تالار شهر"


def _pages(own: dict[int, str] | None = None) -> list[list[str]]:
    bodies = story_bodies(N)
    titles = _titles()
    pages = []
    for i, paras in enumerate(bodies):
        box: list[str] = []
        if i in BOXED:
            box = [HEAD, _unknown(i), titles[(i + 5) % N]]
        elif own and i in own:
            box = [HEAD, own[i]]  # (the heading over a line of the story's own)
        pages.append([SITE, TAGLINE, titles[i], paras[0], paras[1], *box, paras[2], paras[3], FOOT])
    return pages


def test_a_boxs_heading_the_site_repeats_goes_with_the_items_over_a_known_link(tmp_path):
    rows = site_texts(tmp_path, _pages())
    bodies = story_bodies(N)
    for i in BOXED:
        keys = [line_key(t) for t in rows[i]]
        assert line_key(HEAD) not in keys, (i, rows[i])
        assert line_key(_unknown(i)) not in keys, (i, rows[i])
        assert all(line_key(p) in keys for p in bodies[i][1:]), i  # (the story goes on under the box)


def test_the_heading_over_the_storys_own_line_stays(tmp_path):
    # (the heading the site repeats, over a line no page of the run shows: no box of links, the
    # story's own lines under it stay, the heading too)
    bodies = story_bodies(N)
    own = {6: " ".join(sorted(set(bodies[6][2].split()), key=len, reverse=True)[:3])}  # (the next paragraph's words)
    rows = site_texts(tmp_path, _pages(own))
    keys = [line_key(t) for t in rows[6]]
    assert line_key(own[6]) in keys and line_key(HEAD) in keys, rows[6]


@pytest.fixture
def without_seen_box_heads(monkeypatch):
    monkeypatch.setattr(extract_text, "_drop_seen_box_heads", lambda lines, body, **_: body)


def test_the_heading_leaks_without_the_mechanism(tmp_path, without_seen_box_heads):
    rows = site_texts(tmp_path, _pages())
    assert any(line_key(HEAD) in [line_key(t) for t in rows[i]] for i in BOXED)
