"""A section only the slot of a line the site repeats names (issue 12).

Some sites say a story's section nowhere but in a line of theirs whose words stay and whose end or
middle varies over a few names: a sentence under the story («این گزارش در میز باغداری ثبت شد.»), a
back link over the headline («↩ برگشت به صفحه باغداری»), a list of categories under it («شاخه‌ها:
کشاورزی، باغداری», the narrowest last). The run learns the frame, a few values filling it (each on
several pages, as a section's name is; a title or a writer's name is on one page, or is never an item
of the menu), and reads the page's value there when nothing else names its section.
"""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.extract.template import value_slot_keys, value_slots

_MENU = ["خانه", "باغداری", "دامپروری", "ماشین‌آلات", "تماس"]
_FILED = ["باغداری", "دامپروری", "گلخانه و نهالستان", "باغداری"] * 3
_TITLES = [f"گزارش شماره {w} از مزرعه‌های شهر {v} امروز" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["ساری", "بابل", "آمل"] * 4)]
_WRITERS = ["کاوه نوری", "نرگس ملکی", "سارا امینی"]


def _pages(above, below) -> list[list[str]]:
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        pages.append(["کشت و کار", " | ".join(_MENU), *above(i), title, f"کد خبر {6120 + i}", *paras,
                      f"نویسنده: {_WRITERS[i % 3]}", *below(i), f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶",
                      "همه حقوق محفوظ است."])
    return pages


def _sections(tmp_path, pages) -> list[str | None]:
    rows = refine_site(tmp_path, pages)
    return [rows[f"p{i:02d}"]["section"] for i in range(12)]


def test_a_sentence_under_the_story_names_its_section_in_its_slot(tmp_path):
    got = _sections(tmp_path, _pages(lambda i: [], lambda i: [f"این گزارش در میز {_FILED[i]} ثبت شد."]))
    assert got == _FILED, got


def test_a_back_link_over_the_headline_names_its_section_at_its_end(tmp_path):
    got = _sections(tmp_path, _pages(lambda i: [f"↩ برگشت به صفحه {_FILED[i]}"], lambda i: []))
    assert got == _FILED, got


#: (names, no function words: the run does not tell the slot above the headline a kicker's)
_KICKERS = ["خبر استان", "گزارش تصویری", "یادداشت روز"]


def test_a_kicker_over_the_headline_gives_way_to_the_slots_section(tmp_path):
    # (a few kickers the site repeats over its headlines, none an item of its menu, and the section
    # in a sentence under the story: the kicker is the story's surtitle, its section the slot's)
    pages = _pages(lambda i: [_KICKERS[i % 3]], lambda i: [f"این گزارش در میز {_FILED[i]} ثبت شد."])
    rows = refine_site(tmp_path, pages)
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == _FILED
    assert [rows[f"p{i:02d}"]["surtitle"] for i in range(12)] == [_KICKERS[i % 3] for i in range(12)]


def test_a_writers_slot_no_menu_lists_is_no_section(tmp_path):
    got = _sections(tmp_path, _pages(lambda i: [], lambda i: [f"این گزارش را {_WRITERS[i % 3]} نوشت."]))
    assert got == [None] * 12, got


def test_value_slots_split_a_line_into_a_frame_and_its_value():
    slots = value_slots(["این گزارش در میز گلخانه و نهالستان ثبت شد."], [False])
    assert ("گلخانه و نهالستان", 6) in [(v, n) for _f, _k, v, n in slots]
    # (a list of categories shows its narrowest, the last)
    assert {v for _f, _k, v, _n in value_slots(["متن خبر", "شاخه‌ها: کشاورزی، باغداری"], [True, False])} \
        == {"باغداری"}
    # (a labelled line's slot is all its label holds: a credit's last words are no section)
    assert [v for _f, _k, v, _n in value_slots(["متن خبر", "منبع: روابط عمومی باغداری"], [True, False])] \
        == ["روابط عمومی باغداری"]
    # (a label over the story says what it holds, its label cues read it: no slot of a frame)
    assert value_slots(["روتیتر: باغداری", "متن خبر"], [False, True]) == []
    keys = value_slot_keys(["↩ برگشت به صفحه باغداری", "متن خبر"], [False, True], {"باغداری"})
    assert any(k.startswith("ǂVm:") for _f, k in keys) and any(k.startswith("ǂVv:") for _f, k in keys)
    unlisted = value_slot_keys(["↩ برگشت به صفحه باغداری", "متن خبر"], [False, True], set())
    assert not any(k.startswith("ǂVm:") for _f, k in unlisted)
