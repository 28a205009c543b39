"""Chrome kinds around and inside the story (s50, :mod:`leak_kinds`): a box of other stories' titles under
a heading that ends stories elsewhere, set between a one-page site's paragraphs, with the story going on
under it; and the kinds' pages refined as one run."""
import random

import pytest

from conftest import read_rows, story_bodies
from leak_kinds import write_kinds
from palayesh import extract, refine
from palayesh.textkeys import line_key

TITLES = ["زمان برگزاری آزمون استخدامی اعلام شد", "بارش برف راه ارتباطی روستاها را بست",
          "قیمت طلا و سکه در بازار امروز"]


@pytest.mark.parametrize("head", ["پیشنهاد سردبیر", "پیشنهاد ما:"])
@pytest.mark.parametrize("k", [2, 3])
def test_a_box_of_titles_between_the_paragraphs_ends_no_story(head, k):
    story = story_bodies(1)[0]
    page = ["سایت خبری", "", "عنوان خبر امروز در سایت خبری", "", *story[:2], "", head, *TITLES[:k], "",
            *story[2:], "", "تمامی حقوق محفوظ است"]
    got = extract("\n".join(page)).paragraphs
    assert [line_key(p) for p in got] == [line_key(p) for p in story]


def test_under_a_tail_heading_over_titles_another_text_still_ends_the_story():
    story, other = story_bodies(2)
    page = ["سایت خبری", "", "عنوان خبر امروز در سایت خبری", "", *story, "", "پیشنهاد سردبیر", *TITLES[:2],
            "", other[0], "", "تمامی حقوق محفوظ است"]
    got = [line_key(p) for p in extract("\n".join(page)).paragraphs]
    assert got == [line_key(p) for p in story]


@pytest.fixture(scope="module")
def refined(tmp_path_factory):
    """(gold, {id: row}): four pages a host of :data:`.leak_kinds.HOSTS`, one of :data:`.leak_kinds.SINGLE`, refined
    as one run."""
    out = tmp_path_factory.mktemp("leak")
    gold = write_kinds(out, 4, random.Random("leak-kinds-test"))
    refine(out / "pages", out / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out / "out")}
    return gold, rows


@pytest.mark.parametrize("kind", ["author_box", "more_box", "label_links", "newsletter", "tags", "poll",
                                  "share", "address", "copyright", "source_row", "photo_credit", "correction",
                                  "more_inline", "prev_next", "comment_count"])
def test_the_kinds_text_pages_leak_nothing_and_a_boxed_story_stays_whole(refined, kind):
    gold, rows = refined
    for g in gold:
        if g["family"] != kind:
            continue
        # (a paragraph read as the story's lead is the document's still: it did not go with a box)
        text = line_key((rows[g["id"]].get("lead") or "") + "\n" + rows[g["id"]]["text"])
        if kind in ("author_box", "more_box"):  # (a boxed story is whole: no paragraph went with its box)
            assert all(line_key(p) in text for p in g["body_paragraphs"]), g["id"]
        if g["format"] == "txt":
            lines = set(line_key(x) for x in rows[g["id"]]["text"].split("\n"))
            assert not [c for c in g["chrome_lines"][2:] if line_key(c) in lines], g["id"]


@pytest.mark.parametrize("head", ["کوهنورد بسا:", "ترابزون ما:"])
@pytest.mark.parametrize("k", [2, 3])
def test_a_box_of_titles_under_a_colon_label_no_lexicon_knows_goes_on_one_page(head, k):
    # (s51: a «بیشتر بخوانید:» box in a one-page site's own words, the story going on under it)
    story = story_bodies(1)[0]
    page = ["سایت خبری", "", "عنوان خبر امروز در سایت خبری", "", *story[:2], "", head, *TITLES[:k], "",
            *story[2:], "", "تمامی حقوق محفوظ است"]
    got = extract("\n".join(page)).paragraphs
    assert [line_key(p) for p in got] == [line_key(p) for p in story]


def test_a_list_a_colon_label_introduces_stays_though_its_items_are_headline_shaped():
    # (its items share their words: one list of one kind, not three other stories)
    story = story_bodies(1)[0]
    items = ["تیم دانشگاه تهران در رتبه نخست", "تیم دانشگاه شیراز در رتبه دوم", "تیم دانشگاه تبریز در رتبه سوم"]
    page = ["سایت خبری", "", "عنوان خبر امروز در سایت خبری", "", *story[:2], "", "رتبه‌ها:", *items, "",
            *story[2:], "", "تمامی حقوق محفوظ است"]
    got = [line_key(p) for p in extract("\n".join(page)).paragraphs]
    assert all(line_key(x) in got for x in items)
