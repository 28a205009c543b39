"""Headlines told by the story's words (s69): a candidate that speaks of nothing in the story gives
way to the header line that does (:func:`palayesh.extract.text._story_headline`).

Written fresh for s69 (small synthetic headers, no set's).
"""
from __future__ import annotations

from dataclasses import replace

from palayesh.extract.article import Article
from palayesh.extract.lines import classify
from palayesh.extract.text import _header

HEADLINE = "هیچ بلیتی در ورزشگاه نقش جهان فروخته نخواهد شد"
STORY_LINES = [
    "به گزارش ورزش سه، کمیته برگزاری دیدار اعلام کرد بلیت فروشی این دیدار فقط در باجه‌های اصفهان انجام "
    "می‌شود و هیچ بلیتی در محل ورزشگاه نقش جهان فروخته نخواهد شد.",
    "درهای ورزشگاه ساعت هفده به روی هواداران باز خواهد شد و تماشاگران از آوردن وسایل اضافه خودداری کنند.",
]


def _title(texts: list[str], first: int, **marks: dict) -> str | None:
    """The title read from ``texts``, the story from line ``first`` on; ``marks`` sets fields of
    lines by their index («l3={'slot': 1.0}»)."""
    lines = [classify(t) for t in texts]
    for name, fields in marks.items():
        k = int(name[1:])
        lines[k] = replace(lines[k], **fields)
    res = Article()
    _header(lines, first, res, None, first, first + 1)
    return res.title


def _forum(label: str = "قوانین و تعرفه", headline: str = HEADLINE) -> list[str]:
    # a forum's thread: the forum's name / the thread's title / its sub-forum's name / the poster / age / #1
    return ["گفتگوی انرژی", headline, label, "رضا سلیمانی", "۸ ماه", "#1", *STORY_LINES]


def test_a_sub_forums_name_beside_the_thread_title_alone_keeps_todays_reading():
    # (s70) a line the run shows on other pages that stands under no meta block and in no list of
    # other stories' headlines may be the page's own headline, which the run lists on other pages
    # and which need not say its story's words: today's reading, though here it is a sub-forum's
    # name under the thread's title (the s69 pass took the title; held pages lost by it were
    # headlines of this place)
    assert _title(_forum(), 6, l0={"recurs": True, "site": True}, l1={"elsewhere": True},
                  l2={"elsewhere": True}) == "قوانین و تعرفه"
    assert _title(_forum(), 6, l0={"recurs": True, "site": True}, l2={"elsewhere": True}) == "قوانین و تعرفه"


def test_a_stock_caption_under_the_date_gives_way_to_the_headline_over_it():
    # the headline / its date / a stock caption the site sets under many stories' dates
    texts = ["سلامت", HEADLINE, "۱۶ مهر ۱۴۰۰ | ۱۴:۵۲", "آسمان شهر در روز طوفان گرد و خاک", *STORY_LINES]
    # (fails on 253229f: the caption was the title)
    assert _title(texts, 4, l0={"recurs": True, "site": True}, l3={"elsewhere": True}) == HEADLINE


def test_a_candidate_that_speaks_of_the_story_stays():
    # the line nearest the story shares words with it: today's reading, whatever the line above says
    other = "بلیت فروشی دیدار سپاهان و پرسپولیس در باجه‌های اصفهان"
    assert _title(_forum(label=other), 6, l0={"recurs": True, "site": True}, l1={"elsewhere": True},
                  l2={"elsewhere": True}) == other


def test_the_sites_told_slot_or_the_pages_title_bar_keeps_the_candidate():
    # the site's pages tell the candidate's slot as their headline's: it stays, words or none
    assert _title(_forum(), 6, l1={"elsewhere": True}, l2={"slot": 1.0, "elsewhere": True}) == "قوانین و تعرفه"
    # a line at a slot the site's pages seldom tell is no headline the words can call up
    assert _title(_forum(), 6, l1={"slot": 0.2, "elsewhere": True}, l2={"elsewhere": True}) == "قوانین و تعرفه"
    # a candidate the run shows on no other page (a page alone) may be the story's own headline
    assert _title(_forum(), 6) == "قوانین و تعرفه"
    # the page's title bar repeats the candidate: the page names it its headline
    texts = ["قوانین و تعرفه انجمن | گفتگوی انرژی", *_forum(label="قوانین و تعرفه انجمن")]
    assert _title(texts, 7, l2={"elsewhere": True}, l3={"elsewhere": True}) == "قوانین و تعرفه انجمن"


def test_two_lines_that_speak_of_it_alike_leave_the_choice():
    # two header lines share as many of the story's words: the words do not say which heads it
    texts = _forum()
    texts.insert(1, "در ورزشگاه نقش جهان هیچ بلیتی فروخته نخواهد شد")  # (its words, another order)
    assert _title(texts, 7, l2={"elsewhere": True}, l3={"elsewhere": True}) == "قوانین و تعرفه"


def test_the_headline_said_twice_is_one_line_not_a_tie():
    # the headline over the date and again over the story: one headline, the first taken, not two
    # lines the words cannot part (a weather widget's readout was the candidate)
    from palayesh.extract.text import _story_headline
    lines = [classify(t) for t in (HEADLINE, "۲۵ تیر ۱۳۹۷", "مشهد ۴۰° نیمه‌ابری", HEADLINE, *STORY_LINES)]
    lines[2] = replace(lines[2], elsewhere=True)  # (the run shows the readout on other stories' pages)
    assert _story_headline(lines, 2, 4) == 0
    lines[3] = classify("در ورزشگاه نقش جهان هیچ بلیتی فروخته نخواهد شد")  # (its words, another order)
    assert _story_headline(lines, 2, 4) is None


def test_a_box_heading_over_other_stories_headlines_is_no_headline():
    # (s70) a box's heading over three other stories' headlines, above the story's own headline,
    # may share the story's words («پرونده بلیت فروشی ورزشگاه اصفهان»): it heads the box, not the story,
    # and a headline the run lists on other pages (in such boxes) that shares none of them stays
    from palayesh.extract.text import _story_headline
    own = "تصویب طرح تفضیلی شهر دلیجان در نشست شورا"
    texts = ["پرونده بلیت فروشی ورزشگاه اصفهان", "نشست شماره سوم شورای شهر دلیجان",
             "نشست شماره پنجم شورای شهر دلیجان", "نشست شماره هفتم شورای شهر دلیجان", own, *STORY_LINES]
    lines = [classify(t) for t in texts]
    lines[1:5] = [replace(ln, elsewhere=True) for ln in lines[1:5]]
    assert _story_headline(lines, 4, 5) is None
    # (the same heading over the story's date, no box of headlines under it, is taken)
    lines[1:4] = [classify("۱۶ مهر ۱۴۰۰ | ۱۴:۵۲")] * 3
    assert _story_headline(lines, 4, 5) == 0



def test_an_item_of_a_most_read_box_under_the_menu_gives_way_to_the_headline_over_it():
    # (s70) the headline over the menu, then a «most read» box whose last item stands nearest the
    # story: an item among other stories' headlines the run shows on other pages heads no story
    items = ["دیدار تیم ملی با ازبکستان در تهران برگزار شد", "نمایشگاه کتاب تهران فردا آغاز می‌شود",
             "طرح تفصیلی شهر دلیجان تصویب شد"]
    texts = ["گفتگوی انرژی", HEADLINE, "صفحه نخست", "ورزش", "اقتصاد", "پربیننده‌ها", *items, *STORY_LINES]
    marks = {f"l{k}": {"elsewhere": True} for k in (1, 6, 7, 8)}
    assert _title(texts, 9, l0={"recurs": True, "site": True}, **marks) == HEADLINE
    # (the same line beside one such line only is no list's item: today's reading)
    texts[6] = "تماس با ما"
    marks = {f"l{k}": {"elsewhere": True} for k in (1, 7, 8)}
    assert _title(texts, 9, l0={"recurs": True, "site": True}, **marks) == items[2]


def test_a_ticker_item_over_the_headline_is_no_better_headline():
    # (s70) the page's headline right under a ticker of other stories' headlines, all of them lines
    # the run shows on other pages: the item that shares the story's words is still an item of the
    # list the candidate stands in, and the candidate stays
    own = "تصویب طرح تفضیلی شهر دلیجان در نشست شورا"
    texts = ["گفتگوی انرژی", "نمایشگاه کتاب تهران فردا آغاز می‌شود", "بلیت فروشی ورزشگاه نقش جهان در اصفهان",
             own, *STORY_LINES]
    marks = {f"l{k}": {"elsewhere": True} for k in (1, 2, 3)}
    assert _title(texts, 4, l0={"recurs": True, "site": True}, **marks) == own
