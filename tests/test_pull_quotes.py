"""Pull quotes: a line in quotes set into a story that says again a part of it is no paragraph,
on a site that sets such lines into many of its stories; a quoted subheading on one page stays."""
from __future__ import annotations

import pytest

from conftest import refine_site, story_bodies
from palayesh import extract
from palayesh.extract.pullquote import bare_pull_quotes, pull_quotes
from palayesh.textkeys import line_key

SITE, TAGLINE = "معدن‌نامه امروز", "خبرهای معدن و صنایع معدنی"
FOOTER = "همه حقوق برای معدن‌نامه امروز محفوظ است"


def _quote(paragraph: str) -> str:
    """A pull quote of ``paragraph``: its words from the fourth to the sixteenth, in quotes."""
    return "«" + " ".join(paragraph.split()[3:16]) + "»"


def _page(i: int, story: list[str], *, quote_at: int | None) -> list[str]:
    body = list(story)
    if quote_at is not None:
        body.insert(quote_at, _quote(story[quote_at]))  # (over the paragraph it quotes, or under another)
    return [SITE, TAGLINE, f"گزارش شماره {i + 1} از معادن استان", f"۱۲ مرداد ۱۴۰۲ - ساعت ۱۰:{i + 10:02d}",
            *body, "برچسب‌ها: معدن، مس", FOOTER]


@pytest.fixture(scope="module")
def stories():
    return story_bodies(12, paras=4)


def test_a_sites_pull_quotes_go_its_paragraphs_stay(tmp_path, stories):
    # quotes set into eight of twelve stories, before a paragraph or after: the site's decoration
    pages = [_page(i, s, quote_at=(1 + i % 3) if i < 8 else None) for i, s in enumerate(stories)]
    rows = refine_site(tmp_path, pages)
    for i, s in enumerate(stories):
        got = rows[f"p{i:02d}"]["text"].split("\n")
        assert not any(p.startswith("«") and p.endswith("»") for p in got), (i, got)
        assert [line_key(p) for p in got[-3:]] == [line_key(p) for p in s[1:]], (i, got)


def test_a_quoted_subheading_on_one_page_of_a_site_stays(tmp_path, stories):
    # one story heads a paragraph with its speaker's words: written for it, the site sets no pull quotes
    pages = [_page(i, s, quote_at=2 if i == 5 else None) for i, s in enumerate(stories)]
    rows = refine_site(tmp_path, pages)
    assert line_key(_quote(stories[5][2])) in [line_key(p) for p in rows["p05"]["text"].split("\n")]


def test_a_page_alone_keeps_its_quote():
    # without the run, nothing tells a pull quote from a quoted subheading
    story = ["به گزارش خبرنگار ما، مدیرعامل مجتمع گفت: تولید کنسانتره در نیمه نخست سال به رکورد تازه‌ای رسید و "
             "طرح توسعه کارخانه تا پایان تابستان به بهره‌برداری می‌رسد.",
             "«طرح توسعه کارخانه تا پایان تابستان به بهره‌برداری می‌رسد»",
             "مدیرعامل مجتمع در پایان از تلاش کارکنان در شرایط سخت کار قدردانی کرد و گفت این رکورد حاصل کار جمعی است."]
    text = "\n\n".join(["تولید کنسانتره مس در مجتمع شهر امسال رکورد زد", "۱۲ مرداد ۱۴۰۲", *story]) + "\n"
    assert story[1] in extract(text).paragraphs


@pytest.mark.parametrize("lines, found", [
    # a part of the paragraph above, in quotes: a pull quote
    (["وزیر گفت: بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد.",
      "«بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد»"], [1]),
    # a part of the paragraph under it, with an ellipsis inside the quotes
    (["«بازار مس امسال رونق گرفت و صادرات…»", "وزیر گفت: بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد."],
     [0]),
    # the same words, not in quotes: a story's own line
    (["وزیر گفت: بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد.",
      "بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد"], []),
    # a post quoted whole in a reply: neither copy is a part of the other
    (["«بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد»",
      "«بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد»"], []),
    # a short phrase in quotes recurs by chance
    (["او گفت: «ما می‌مانیم» و رفت تا کار را تمام کند و برگردد.", "«ما می‌مانیم»"], []),
])
def test_pull_quotes(lines, found):
    assert pull_quotes(lines) == found


def _bare_quote(paragraph: str) -> str:
    """A pull quote set in a box of its own, no quotes: the paragraph's first fourteen words."""
    return " ".join(paragraph.split()[:14])


def test_a_sites_pull_quotes_in_no_quotes_go_its_paragraphs_stay(tmp_path, stories):
    # (a columnist's page quotes the paragraph above it large, in a box the text copy loses: the
    # site does so on eight of its twelve pages)
    pages = []
    for i, s in enumerate(stories):
        body = list(s)
        if i < 8:
            body.insert(2, _bare_quote(s[1]))
        pages.append([SITE, TAGLINE, f"گزارش شماره {i + 1} از معادن استان", f"۱۲ مرداد ۱۴۰۲ - ساعت ۱۰:{i + 10:02d}",
                      *body, "برچسب‌ها: معدن، مس", FOOTER])
    rows = refine_site(tmp_path, pages)
    for i, s in enumerate(stories):
        got = rows[f"p{i:02d}"]["text"].split("\n")
        assert [line_key(p) for p in got[-4:]] == [line_key(p) for p in s], (i, got)


@pytest.mark.parametrize("lines, found", [
    # the paragraph above's first words, in no quotes: a pull quote the line above says again
    (["وزیر گفت: بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد و تولید هم بالا رفت.",
      "بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد"], [1]),
    # in quotes: the framed kind's (pull_quotes)
    (["وزیر گفت: بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد.",
      "«بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد»"], []),
    # far from the line that says it (a summary of the story at its end)
    (["وزیر گفت: بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد و تولید هم بالا رفت.",
      "بند دوم خبر.", "بند سوم خبر.", "بند چهارم خبر.", "بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد"], []),
    # the words of a sentence from inside it, not its start: a subheading over the paragraph, no quote
    (["بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد و تولید هم بالا رفت.",
      "امسال رونق گرفت و صادرات این محصول دو برابر شد"], []),
    # a short line of a few words (a subheading that names a phrase)
    (["وزیر گفت: بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد.", "بازار مس امسال"], []),
])
def test_bare_pull_quotes(lines, found):
    assert bare_pull_quotes(lines) == found


def test_a_bare_pull_quote_is_looked_for_in_the_lines_near_it_alone(monkeypatch):
    # (the ink of a line far from every candidate, a short one of few words, is never worked out)
    from palayesh.extract import pullquote

    said = "بازار مس امسال رونق گرفت و صادرات این محصول دو برابر شد"
    story = [f"وزیر گفت: {said} و تولید هم بالا رفت.", said] + [
        f"بند {k} خبر." for k in range(12)]
    asked = []
    core = pullquote._core
    monkeypatch.setattr(pullquote, "_core", lambda t: asked.append(t) or core(t))
    assert bare_pull_quotes(story) == [1]
    assert set(asked) <= set(story[:4])
    asked.clear()
    assert pull_quotes(story, story[0]) == []  # (a framed quote is looked for in every line, the lead too)
