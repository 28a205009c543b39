"""Chrome kinds around and inside the story (s50, :mod:`leak_kinds`): a box of other stories' titles under
a heading that ends stories elsewhere, set between a one-page site's paragraphs, with the story going on
under it; and the kinds' pages refined as one run."""
import random

import pytest

from conftest import read_rows, story_bodies
from leak_kinds import HOSTS, SINGLE, write_kinds
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
    s50 = {h[0] for h in HOSTS + SINGLE}  # (the s50 / s51 hosts: the s52 ones are asked below)
    for g in gold:
        if g["family"] != kind or g["site"] not in s50:
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


# -- s52: the kinds of the held-out families' frames, in a one-page site's own words ------------------------------

# (not yet: a box, a caption its host shows on each of its pages, with four pages alone of the host in
# the run (the template learns a line from five: template.MIN_BODY_PAGES) and two rows, or a caption
# in the story's words: air_box, caption, figure leak on such a host; at eight pages a host they do not,
# bench/score_head_layouts.py --set leak)
@pytest.mark.parametrize("kind", ["donation", "short_link", "topic_tags", "site_source", "end_mark",
                                  "share_counts", "ad_mid", "rating", "prayer", "comments"])
def test_the_s52_kinds_text_pages_leak_nothing(refined, kind):
    gold, rows = refined
    for g in gold:
        if g["family"] == kind and g["format"] == "txt":
            lines = set(line_key(x) for x in rows[g["id"]]["text"].split("\n"))
            assert not [c for c in g["chrome_lines"][2:] if line_key(c) in lines], g["id"]


def test_a_colon_box_of_titles_sharing_a_word_by_chance_goes_on_one_page():
    # (two of its titles share «ماه», as other stories' titles may: they open otherwise and share
    # nothing more, so they are not the items of one list)
    story = story_bodies(1)[0]
    titles = ["کاهش مصرف آب شهر تهران در ماه گذشته", "قیمت طلا و سکه در بازار امروز",
              "تمدید مهلت ارسال آثار جشنواره تا ماه آینده"]
    page = ["سایت خبری", "", "عنوان خبر امروز در سایت خبری", "", *story[:2], "", "کوهنورد بسا:", *titles, "",
            *story[2:], "", "تمامی حقوق محفوظ است"]
    got = extract("\n".join(page)).paragraphs
    assert [line_key(p) for p in got] == [line_key(p) for p in story]


def _flat(story: list[str], box: list[str], at: int = 2) -> str:
    return "\n".join(["سایت خبری", "", "عنوان خبر امروز در سایت خبری", "", *story[:at], "", *box, "", *story[at:],
                      "", "تمامی حقوق محفوظ است"])


# a prayer-time box in words no lexicon has (renamed as --scramble renames them), on a one-page site
PRAYER = ["ضرورت کمیل چپ", "خیره گود: ۰۳:۱۷", "کثیر پناهی: ۰۵:۳۶", "خیره جمی: ۱۲:۵۶", "خیره واقف: ۱۹:۵۲"]


@pytest.mark.parametrize("box", [PRAYER, PRAYER[1:]])
def test_a_box_of_figures_between_the_paragraphs_goes_on_one_page(box):
    story = story_bodies(1)[0]
    got = extract(_flat(story, box)).paragraphs
    assert [line_key(p) for p in got] == [line_key(p) for p in story]


def test_a_table_of_figures_the_story_speaks_of_stays():
    # (the prices a market report is about: its prose names what the rows name)
    story = ["قیمت گوجه فرنگی، سیب زمینی و پیاز در میدان مرکزی میوه و تره‌بار امروز بار دیگر افزایش یافت و "
             "خریداران از گرانی این محصولات گلایه دارند.",
             "به گفته فروشندگان، کمبود عرضه گوجه فرنگی و پیاز از مزارع جنوب کشور علت اصلی این افزایش قیمت است و "
             "سیب زمینی هم به دنبال آن گران شده است.",
             "مسئولان بازار می‌گویند با رسیدن محصول تازه از مزارع شمالی در هفته آینده قیمت‌ها دوباره کاهش خواهد "
             "یافت و بازار آرام می‌شود."]
    rows = ["گوجه فرنگی: ۱۲٬۰۰۰ تومان", "سیب زمینی: ۸٬۵۰۰ تومان", "پیاز: ۶٬۰۰۰ تومان"]
    got = [line_key(p) for p in extract(_flat(story, rows)).paragraphs]
    assert all(line_key(x) in got for x in rows)


def _html(story: str) -> str:
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>عنوان خبر امروز</title>'
            '</head><body><header><div class="logo">سایت خبری</div></header><main><article>'
            '<h1>عنوان خبر امروز در سایت خبری</h1><div class="date">۱۲ خرداد ۱۴۰۲ - ۱۰:۲۰</div>'
            '<div class="body">%s</div></article></main><footer>تمامی حقوق محفوظ است</footer></body></html>') % story


COMMENTS = ["چرا مسئولان هیچ کاری نمی‌کنند؟", "کاش زودتر اطلاع‌رسانی می‌کردید", "خیلی خوب بود ممنون از گزارش"]


def test_a_readers_comment_in_a_box_with_its_likes_and_reply_is_no_line_of_the_story(tmp_path):
    # (a site's pages in one run: the likes and the editors' reply under each story are its template's
    # chrome; the comment between them, a question in words the story never wrote, is the box's too)
    (tmp_path / "pages").mkdir()
    stories = story_bodies(9)  # (a site the run learns a template of: eight pages or more)
    for k, story in enumerate(stories):
        page = _html("".join("<p>%s</p>" % p for p in story)
                     + "<div class='box-6'><b>سارا کریمی | ۱۰ دی ۱۴۰۱</b><p>%s</p><span>%s 👍</span>"
                       "<p>پاسخ: ممنون از نظر شما</p></div>" % (COMMENTS[k % 3], "۱۲۳۴۵۶۷۸۹"[k]))
        (tmp_path / "pages" / ("%d.html" % k)).write_text(page.replace("<title>", "<link rel='canonical' "
                                                          "href='https://nazar-site.ir/news/%d'><title>" % k),
                                                          encoding="utf-8")
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out")
    assert len(rows) == len(stories)
    for r in rows:
        assert not any(line_key(c) in line_key(r["text"]) for c in COMMENTS), r["id"]


def test_a_heading_over_a_box_the_extractor_left_out_is_no_subheading():
    story = story_bodies(1)[0]
    box = ("<div class='box-3'><h5>شناخت مبلغ امروز</h5><li>تهران: ۱۲۰ پاک</li><li>اصفهان: ۹۸ پاک</li>"
           "<li>مشهد: ۱۵۴ ناسالم</li></div>")
    page = _html("".join("<p>%s</p>" % p for p in story[:2]) + box + "".join("<p>%s</p>" % p for p in story[2:]))
    got = extract(page).paragraphs
    assert [line_key(p) for p in got] == [line_key(p) for p in story]


def test_a_subheading_in_the_storys_container_stays():
    # (a heading element right in the story's container, over its next paragraph, is the story's)
    story = story_bodies(1)[0]
    page = _html("".join("<p>%s</p>" % p for p in story[:2]) + "<h3>شناخت مبلغ امروز</h3>"
                 + "".join("<p>%s</p>" % p for p in story[2:]))
    got = [line_key(p) for p in extract(page).paragraphs]
    assert line_key("شناخت مبلغ امروز") in got

