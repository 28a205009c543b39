"""A label over the headline that names the story's genre or theme, not its section, told by what the
run's pages of the site show (no word of the labels): a kicker under a section label, which the site
sets under whichever section the story is filed in; a label over a meta row whose first field is the
section; a label over the headline that the trails under the stories contradict. Pages written here."""
from __future__ import annotations

from conftest import refine_site, story_bodies

TITLES = [f"گزارش شماره {w} از نشست {v} شورای شهر" for w, v in
          zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
              ["عادی", "فوق‌العاده", "علنی", "ویژه"] * 3)]
DATES = [f"{d} آذر ۱۴۰۲" for d in ("۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹", "۱۰", "۱۱", "۱۲")]


def _rows(tmp_path, pages: list[list[str]]) -> list[dict]:
    rows = refine_site(tmp_path, pages)
    assert len(rows) == len(pages), sorted(rows)
    return [rows[f"p{i:02d}"] for i in range(len(pages))]


# -- a kicker under a section label, right above the headline ---------------------------------------------------

SECTIONS = ["آب شهری", "صنعت آب", "سدها"]


def _stacked_pages(lower) -> list[list[str]]:
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        pages.append(["آبنامه", "صفحه نخست | آب شهری | صنعت آب | تماس با ما", SECTIONS[i % 3], lower(i), TITLES[i],
                      f"تاریخ: {DATES[i]}", *paras, "کلیه حقوق این سایت محفوظ است."])
    return pages


def test_a_kicker_under_several_sections_is_no_section(tmp_path):
    # (the lower label stands under each of the site's sections in turn: a theme, the story's kicker)
    rows = _rows(tmp_path, _stacked_pages(lambda i: ["نگاه روز", "پرونده ویژه"][i % 2]))
    assert [r["section"] for r in rows] == [SECTIONS[i % 3] for i in range(len(TITLES))], [r["section"] for r in rows]
    assert [r["surtitle"] for r in rows] == [["نگاه روز", "پرونده ویژه"][i % 2] for i in range(len(TITLES))]


# -- a genre label over the meta row that names the section ----------------------------------------------------

ROW_SECTIONS = ["مسابقات", "حفظ کل", "دارالقرآن‌ها"]  # (the first is an item of the menu)
GENRES = ["محفل انس", "گزارش ویژه", "گفتگوی روز"]


def _row_pages(*, sectionless: int | None = None) -> list[list[str]]:
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        sec = ROW_SECTIONS[i % 3]
        row = f"تاریخ انتشار: {DATES[i]}" if i == sectionless else f"{sec} | مریم نوری | تاریخ انتشار: {DATES[i]}"
        # (the headline atop the page, then the menu, the genre over the meta row, and the headline
        # again over the story)
        pages.append(["حافظان", TITLES[i], "صفحه نخست | مسابقات | آموزش | قاریان | تماس با ما",
                      "پربازدیدترین | آخرین اخبار", TITLES[(i + 5) % len(TITLES)], GENRES[(i // 3) % 3], row,
                      f"شناسه خبر: {i + 1}", TITLES[i], *paras, "کلیه حقوق این سایت محفوظ است."])
    return pages


def test_a_genre_label_over_the_meta_row_is_no_section(tmp_path):
    rows = _rows(tmp_path, _row_pages(sectionless=7))
    got = [r["section"] for r in rows]
    want = [None if i == 7 else ROW_SECTIONS[i % 3] for i in range(len(TITLES))]
    assert got == want, got


# -- a theme over the headline, the trail under the story names the section -------------------------------------

MENU = ["ورزش", "اقتصاد", "فرهنگ", "سیاست"]


def _foot_pages(trail) -> list[list[str]]:
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        foot = [trail(i)] if trail(i) else []
        pages.append(["شهرنامه", "صفحه نخست | " + " | ".join(MENU) + " | تماس با ما", MENU[(i + 1) % 4], TITLES[i],
                      f"تاریخ: {DATES[i]}", *paras, *foot, "کلیه حقوق این سایت محفوظ است."])
    return pages


def test_a_label_the_foot_trails_contradict_is_no_section(tmp_path):
    # (the label over the headline is an item of the menu, yet the trail under the story names
    # another on every page but one, which shows no trail: there the label is all the page says)
    rows = _rows(tmp_path, _foot_pages(lambda i: None if i == 5 else f"صفحه نخست › {MENU[i % 4]}"))
    got = [r["section"] for r in rows]
    assert got == [MENU[(i + 1) % 4] if i == 5 else MENU[i % 4] for i in range(len(TITLES))], got


def test_a_label_the_foot_trails_repeat_is_the_section(tmp_path):
    rows = _rows(tmp_path, _foot_pages(lambda i: f"صفحه نخست › {MENU[(i + 1) % 4]}"))
    assert [r["section"] for r in rows] == [MENU[(i + 1) % 4] for i in range(len(TITLES))]
