"""A box of links set between a story's paragraphs (extract/text.py ``_drop_link_box_heads``): a
short heading in the site's own words over a few of the run's other headlines, bullet items, then
the story goes on. The links are other documents of the run; their heading goes with them, whatever
its words, while a subheading that speaks of the story stays over a link too. The pages are written
here; the first test fails without the mechanism."""
from __future__ import annotations

import pytest

from conftest import made_titles, site_texts, story_bodies
from palayesh.extract import text as extract_text
from palayesh.textkeys import line_key

SITE, TAGLINE = "ماهنامه چشم‌انداز سپید", "روایت هفته در چند سطر"
FOOT = "بازنشر مطالب ماهنامه با ذکر منبع آزاد است."
#: the box's heading, in words no lexicon holds, one of three a page (a site varies it)
HEADS = ["گزیده سپید", "مرور سپید", "ورق بزنید"]
N = 14


def _titles() -> list[str]:
    return made_titles(N,
                       ["ساخت بیمارستان تازه", "افتتاح کتابخانه عمومی", "بازسازی بازار قدیمی", "توسعه خط آبرسانی"],
                       ["بندر لنگه", "شهرکرد", "یاسوج", "بیرجند", "زابل", "ایلام", "سمنان"])


def _pages(sub: dict[int, str] | None = None) -> tuple[list[list[str]], list[str]]:
    bodies = story_bodies(N)
    titles = _titles()
    pages = []
    for i, paras in enumerate(bodies):
        box: list[str] = []
        if i < 8:  # (a box on some pages only: no line of it recurs enough to be the template's)
            head = (sub or {}).get(i, HEADS[i % 3])
            # one item the run knows (another page's headline), one it does not: a list's item all the same
            box = [head, f"• {titles[(i + 3) % N]}", f"• برگزاری نمایشگاه صنایع دستی شماره {i + 1} در شهر"]
        lines = [SITE, TAGLINE, titles[i], paras[0], paras[1], *box, paras[2], paras[3], FOOT]
        pages.append(lines)
    return pages, titles


def test_a_link_box_between_paragraphs_goes_with_its_heading(tmp_path):
    pages, _titles_ = _pages()
    rows = site_texts(tmp_path, pages)
    bodies = story_bodies(N)
    for i in range(8):
        keys = [line_key(t) for t in rows[i]]
        assert not any(line_key(h) in keys for h in HEADS), (i, rows[i])
        assert not any(t.lstrip().startswith("•") for t in rows[i]), (i, rows[i])
        # (the story goes on under the box)
        assert all(line_key(p) in "".join(keys) for p in bodies[i][1:]), i


def test_a_subheading_over_a_link_stays(tmp_path):
    # a subheading speaks of the story (its words are the next paragraph's): it leads into the
    # text, though a related link stands under it
    bodies = story_bodies(N)
    subs = {}
    for i in range(8):
        words = sorted(set(bodies[i][2].split()), key=len, reverse=True)[:2]
        subs[i] = " ".join(words)
    pages, _titles_ = _pages(subs)
    rows = site_texts(tmp_path, pages)
    for i in range(8):
        assert line_key(subs[i]) in [line_key(t) for t in rows[i]], (i, subs[i], rows[i])


@pytest.fixture
def without_link_box_heads(monkeypatch):
    monkeypatch.setattr(extract_text, "_drop_link_box_heads", lambda lines, body, **_: body)


def test_the_heading_leaks_without_the_mechanism(tmp_path, without_link_box_heads):
    pages, _titles_ = _pages()
    rows = site_texts(tmp_path, pages)
    assert any(line_key(h) in [line_key(t) for t in rows[i]] for i in range(8) for h in HEADS)
