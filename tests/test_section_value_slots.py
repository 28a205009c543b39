"""A section only the slot of a line the site repeats names (issue 12).

Some sites say a story's section nowhere but in a line of theirs whose words stay and whose end or
middle varies over a few names: a sentence under the story («این گزارش در میز باغداری ثبت شد.»), a
back link over the headline («↩ برگشت به صفحه باغداری»), a list of categories under it («شاخه‌ها:
کشاورزی، باغداری», the narrowest last). The run learns the frame, a few values filling it (each on
several pages, as a section's name is; a title or a writer's name is on one page, or is never an item
of the menu), and reads the page's value there when nothing else names its section.
"""
from __future__ import annotations

from conftest import read_rows, refine_site, story_bodies
from palayesh.api import refine
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


def _html(lines: list[str], title: str, *, menu: list[str] = _MENU) -> str:
    """An HTML page of a site: its name, tagline, day and menu of links in the header, the headline in an <h1>,
    then the page's other lines as blocks (prose as paragraphs)."""
    links = "".join(f"<li><a href='/fa/service/{k}'>{x}</a></li>" for k, x in enumerate(menu))
    blocks = "".join(f"<p>{t}</p>" if len(t) > 120 else f"<div>{t}</div>" for t in lines)
    return (f"<!doctype html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>{title} | کشت و کار"
            f"</title></head><body><header><div class='logo'>کشت و کار</div><div>پایگاه خبری کشاورزی</div>"
            f"<div>امروز: ۱۲ خرداد ۱۴۰۰</div><nav><ul>{links}</ul></nav></header>"
            f"<main><article><h1>{title}</h1>{blocks}</article></main>"
            f"<footer><div>همه حقوق محفوظ است.</div></footer></body></html>")


def _html_sections(tmp_path, below) -> list[str | None]:
    src = tmp_path / "pages"
    src.mkdir()
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        lines = [f"کد خبر {6120 + i}", *paras, f"نویسنده: {_WRITERS[i % 3]}", *below(i),
                 f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶"]
        (src / f"p{i:02d}.html").write_text(_html(lines, title), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    return [rows[f"p{i:02d}"]["section"] for i in range(12)]


def test_a_sentence_under_an_html_story_names_its_section_in_its_slot(tmp_path):
    # (an HTML page of a site that says the story's section only in a sentence of its own under the
    # story, «این خبر در بخش سیاسی منتشر شد.»: the slot its HTML pages fill from a few names, read
    # as on its flat pages)
    got = _html_sections(tmp_path, lambda i: [f"این گزارش در میز {_FILED[i]} ثبت شد."])
    assert got == _FILED, got


def test_a_writers_slot_under_an_html_story_is_no_section(tmp_path):
    got = _html_sections(tmp_path, lambda i: [f"این گزارش را {_WRITERS[i % 3]} نوشت."])
    assert got == [None] * 12, got



def _slot_rows(pages: list[list[tuple[str, str]]], fam: int = 7):
    """(fam, frame, key) rows of pages of one family, each page a list of (frame, key) strings."""
    import numpy as np

    from palayesh.extract.template import shape_hash

    rows = [(fam, shape_hash(f), shape_hash(k)) for page in pages for f, k in sorted(set(page))]
    return tuple(np.array(col, dtype=np.uint64) for col in zip(*rows))


def test_the_run_keeps_the_slot_keys_of_frames_on_half_a_familys_pages():
    import numpy as np

    from palayesh.extract.step import _combine, frame_slot_counts
    from palayesh.extract.template import SLOT_FRAMES_KEY, shape_hash

    # (10 pages: a frame on 6 of them, its value «باغداری» on 4, «دامپروری» on 2, and a frame of
    # one writer's sentence on 3, fewer than half: no key of it is kept, its value though on 3)
    site, writer = "ǂVf:اینگزارشدرمیزǂثبتشد", "ǂVf:اینگزارشراǂنوشت"
    pages = [[(site, site), (site, site + "=باغداری")]] * 4 + [[(site, site), (site, site + "=دامپروری")]] * 2
    pages += [[(writer, writer), (writer, writer + "=کاوهنوری")]] * 3 + [[]]
    fam, frame, key = _slot_rows([p for p in pages if p])
    keys, counts = frame_slot_counts(fam, frame, key, np.array([7], dtype=np.uint64),
                                     np.array([10], dtype=np.int64), min_family_pages=8)
    got = dict(zip(keys.tolist(), counts[:, 4].tolist()))
    want = {site: 6, site + "=باغداری": 4, site + "=دامپروری": 2}
    assert got == {int(_combine(np.uint64(7), np.uint64(shape_hash(k)))): n for k, n in want.items()} | {
        int(_combine(np.uint64(7), np.uint64(SLOT_FRAMES_KEY))): 1}
    assert (counts[:, 0] == counts[:, 4]).all() and not counts[:, [1, 2, 3, 5, 6, 7, 8]].any()
    # (a family smaller than min_family_pages keeps none)
    keys, _counts = frame_slot_counts(fam, frame, key, np.array([7], dtype=np.uint64),
                                      np.array([10], dtype=np.int64), min_family_pages=11)
    assert len(keys) == 0


def test_a_site_without_a_slot_frame_asks_no_line(tmp_path, monkeypatch):
    # (no line of the site's pages repeats a frame: its template has no family to ask, and no
    # page of it splits its lines again)
    from palayesh.extract import template as tpl

    split = []
    monkeypatch.setattr(tpl, "value_slots", lambda lines, prose=None: split.append(lines) or [])
    got = _sections(tmp_path, _pages(lambda i: [], lambda i: []))
    assert split and len(split) == 12, len(split)  # (the read stage's twelve pages only)
    assert got == [None] * 12


def test_value_slot_hashes_are_the_keys_hashed_each_lines_once():
    """What the template pass counts of a page's value slots (:func:`value_slot_hashes`) is its
    keys (:func:`value_slot_keys`) hashed, on every page of a site, its lines' hashes remembered: a
    line the site repeats on its pages is split and hashed once."""
    from palayesh.extract import template as tpl
    from palayesh.extract.prose import is_prose
    menu = {tpl.line_key(x) for x in _MENU}
    pages = _pages(lambda i: [f"↩ برگشت به صفحه {_FILED[i]}", "نشریه کشت | شماره ۱۲ | ویژه‌نامه"],
                   lambda i: [f"این گزارش در میز {_FILED[i]} ثبت شد.", f"شاخه‌ها: کشاورزی، {_FILED[i]}"])
    tpl._line_slot_hashes.cache_clear()
    for page in pages:
        prose = [is_prose(t) for t in page]
        for listed in (menu, set()):
            assert tpl.value_slot_hashes(page, prose, listed) == \
                {(tpl.shape_hash(f), tpl.shape_hash(k)) for f, k in value_slot_keys(page, prose, listed)}
    # (the site's lines the 12 pages repeat, split once: a hit on each page after the first)
    assert tpl._line_slot_hashes.cache_info().hits >= 11 * 2
