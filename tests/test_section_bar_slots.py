"""A section only a part of a bar the site repeats names (issue 12).

Some flat pages say a story's section nowhere but in one part of a bar of theirs whose other parts
stay: a PDF bulletin's running header («<site> | بولتن خبری شماره ۴۶۷ | <section>», its issue's
number changing), a document title on the first line («<headline> :: گروه <section> :: <site>»). No
menu need list the value: the run learns the frame (the bar's other parts, digits masked, a headline
masked whole) and a few values filling its slot, each on several pages. An agency's name in an
aggregator's title, a commenter's name beside the comment's age, a headline, are no section.
"""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.extract.template import bar_slots

_MENU = ["خانه", "درباره ما", "تماس"]  # (lists no section: the bar's slot alone names it)
_FILED = ["مراسم مذهبی", "اسکان زائران", "فرهنگی", "مراسم مذهبی"] * 3
_TITLES = [f"گزارش شماره {w} از صحن‌های حرم در روز {v} امروز" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["شنبه", "یکشنبه", "دوشنبه"] * 4)]
_KICKERS = ["گزارش زیارت", "خدمات به زائران", "آستان مقدس"]


def _pages(top, above=lambda i: []) -> list[list[str]]:
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        pages.append([*top(i), "زائر آنلاین", " | ".join(_MENU), *above(i), title, f"شناسه خبر: {5120 + i}",
                      *paras, f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶", "همه حقوق محفوظ است."])
    return pages


def _rows(tmp_path, pages) -> list[dict]:
    rows = refine_site(tmp_path, pages)
    return [rows[f"p{i:02d}"] for i in range(len(pages))]


def test_a_bulletins_running_header_names_the_section_in_its_last_part(tmp_path):
    got = _rows(tmp_path, _pages(lambda i: [f"زائر آنلاین | بولتن خبری شماره {467 + i} | {_FILED[i]}"]))
    assert [r["section"] for r in got] == _FILED


def test_a_title_bars_labelled_part_names_the_section_over_a_kicker(tmp_path):
    # (a few kickers the site repeats over its headlines, none an item of its menu, which lists some
    # sections: the story's surtitle; the section in the document title's middle part, after its
    # label word)
    menu = ["خانه", "مراسم مذهبی", "فرهنگی", "تماس"]
    pages = [[t, "زائر آنلاین", *menu, *rest] for t, _s, _m, *rest in
             _pages(lambda i: [f"{_TITLES[i]} :: گروه {_FILED[i]} :: زائر آنلاین"], lambda i: [_KICKERS[i % 3]])]
    got = _rows(tmp_path, pages)
    assert [r["section"] for r in got] == _FILED
    assert [r["surtitle"] for r in got] == [_KICKERS[i % 3] for i in range(12)]


def test_an_agency_in_a_title_bar_is_no_section(tmp_path):
    agencies = ["فارس", "ایسنا", "ایرنا"]
    got = _rows(tmp_path, _pages(lambda i: [f"{_TITLES[i]} :: {agencies[i % 3]} :: زائر آنلاین"]))
    assert [r["section"] for r in got] == [None] * 12


def test_a_commenters_name_beside_its_age_is_no_section():
    names = ["بابک", "مریم", "کاوه"]
    assert bar_slots([f"{names[i % 3]} | {i + 2} روز پیش" for i in range(3)]) == []


def test_bar_slots_mask_the_number_and_the_headline_and_fix_a_label_word():
    slots = [(f, v) for f, _k, v, _n in bar_slots(["زائر آنلاین | بولتن خبری شماره 467 | مراسم مذهبی"])]
    assert ("¦زایرانلاین|بولتنخبریشماره0|ǂ", "مراسم مذهبی") in slots
    slots = [(f, v) for f, _k, v, _n in bar_slots([f"{_TITLES[0]} :: گروه فرهنگی :: زائر آنلاین"])]
    assert ("¦ǂT|گروهǂ|زایرانلاین", "فرهنگی") in slots
    # (a bar of labels, «کد خبر: ۱۲ | سرویس: ورزش», is the label cues')
    assert bar_slots(["کد خبر: ۱۲ | سرویس: فرهنگی"]) == []


def test_one_page_of_a_host_alone_keeps_its_section_from_the_lexicon(tmp_path):
    # (no run to learn the bar from: the page's own words decide, as before)
    page = _pages(lambda i: [f"زائر آنلاین | بولتن خبری شماره {467 + i} | فرهنگی"],
                  lambda i: ["سرویس: ورزشی"])[0]
    assert _rows(tmp_path, [page])[0]["section"] == "ورزشی"
