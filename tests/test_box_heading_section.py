"""A box near the story whose heading names the page's section in its last words («بیشتر در X»):
the run teaches the heading's shape (its first word on most of a site's pages, X varying), the page's
menu lists X. Pages written here."""
from __future__ import annotations

import pytest

from conftest import refine_site, story_bodies

MENU = ["ورزش", "اقتصاد", "فرهنگ و هنر", "سیاست"]
TITLES = [f"گزارش شماره {w} از نشست {v} شورای شهر" for w, v in
          zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
              ["عادی", "فوق‌العاده", "علنی", "ویژه"] * 3)]


def _pages(heading, *, fixed: str | None = None, where: str = "after", vertical: bool = False,
           sections: int = len(MENU)) -> list[list[str]]:
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        sec = MENU[i % sections]
        box = [heading(sec), TITLES[(i + 3) % len(TITLES)], TITLES[(i + 7) % len(TITLES)]]
        # (a vertical menu: an item a line, as a page flattened from a list of links shows it)
        head = ["شهرنامه", *(["صفحه نخست", *MENU, "تماس با ما"] if vertical else
                             ["صفحه نخست | " + " | ".join(MENU) + " | تماس با ما"])]
        if fixed:
            head.append(fixed)
        body = [TITLES[i], *paras, "پایان خبر"]
        page = head + (box + body if where == "before" else body + box) + ["کلیه حقوق این سایت محفوظ است."]
        pages.append(page)
    return pages


@pytest.mark.parametrize("heading", [
    lambda s: f"بیشتر در {s}",
    lambda s: f"آخرین مطالب {s}",
    lambda s: f"بایگانی شده در {s}",
    # (a heading written as a label, its value the section: «در همین بخش: ورزش»)
    lambda s: f"در همین بخش: {s}",
])
def test_a_box_heading_names_the_section(tmp_path, heading):
    rows = refine_site(tmp_path, _pages(heading))
    assert len(rows) == len(TITLES)
    for i in range(len(TITLES)):
        assert rows[f"p{i:02d}"]["section"] == MENU[i % len(MENU)], (i, rows[f"p{i:02d}"]["section"])


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("heading", [lambda s: f"بیشتر در {s}", lambda s: f"بایگانی شده در {s}"])
def test_a_box_heading_of_a_site_of_few_sections_names_the_section(tmp_path, heading, where):
    # a site that writes in two sections of its menu: each heading, value and all, stands on half
    # its pages (as often as a fixed sidebar's on a site of many), the heading's shape on all of
    # them; each page's box still names its own section
    rows = refine_site(tmp_path, _pages(heading, where=where, sections=2))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [MENU[i % 2] for i in range(len(TITLES))], got


def test_a_fixed_box_of_a_site_of_few_sections_names_no_section(tmp_path):
    # (the same sidebar on every page, on a site of two sections: it names neither)
    rows = refine_site(tmp_path, _pages(lambda s: f"#{s.replace(' ', '_')} #شورای_شهر", fixed="آخرین مطالب ورزش",
                                        sections=2))
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


#: a site's subsections its menu does not list, beside two items it does
SUBSECTIONS = [MENU[0], MENU[1], "شوراهای محلی"]


def _subsection_pages(heading) -> list[list[str]]:
    """A site whose box over three other stories' headlines, above the story, names its section,
    a subsection its menu does not list on a third of its pages (``heading(section)``)."""
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        box = [heading(SUBSECTIONS[i % 3]), *(TITLES[(i + k) % len(TITLES)] for k in (3, 5, 7))]
        pages.append(["شهرنامه", "صفحه نخست | " + " | ".join(MENU) + " | تماس با ما", *box, TITLES[i], *paras,
                      "پایان خبر", "کلیه حقوق این سایت محفوظ است."])
    return pages


@pytest.mark.parametrize("heading", [lambda s: f"بیشتر در {s}", lambda s: f"سایر مطالب بخش {s}"])
def test_a_box_heading_names_a_subsection_the_menu_does_not_list(tmp_path, heading):
    # the site repeats the heading's fixed phrase («بیشتر در») before a varying rest: the rest is
    # the section, a menu item or not
    rows = refine_site(tmp_path, _subsection_pages(heading))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [SUBSECTIONS[i % 3] for i in range(len(TITLES))], got


@pytest.mark.parametrize("heading", [lambda s: f"سایر اخبار {s}", lambda s: f"سایر مطالب بخش {s}"])
def test_a_box_heading_names_the_section_on_pages_that_show_no_menu(tmp_path, heading):
    # the same box over three other stories' headlines above the story, on pages that show no menu
    # nor a name line over it (a print view; a menu the page does not set apart): the heading's
    # fixed phrase the site repeats before a varying rest names the section without a menu to list it
    pages = [[ln for ln in p if " | " not in ln and ln != "شهرنامه"] for p in _subsection_pages(heading)]
    rows = refine_site(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [SUBSECTIONS[i % 3] for i in range(len(TITLES))], got


def test_a_fixed_box_heading_names_no_subsection(tmp_path):
    # (the same heading on every page, its rest no menu item: a fixed box, no page's section)
    rows = refine_site(tmp_path, _subsection_pages(lambda s: "بیشتر در شوراهای محلی"))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert all(g is None for g in got), got


#: the foot line a web designer leaves on every site it built: the pages of two sites meet in it
DESIGNER = "طراحی و اجرا: رایان‌طرح"


def _two_sites(pages: list[list[str]]) -> list[list[str]]:
    """``pages`` and as many pages of another site (its own name and bar menu, no box), each page of
    both ending with the same designer's line: the run's largest family of lines holds both sites."""
    other = [["روزنامه صبح", "خانه | سیاسی | ورزشی | اقتصادی | تماس", *p[p.index(TITLES[i]):p.index("پایان خبر") + 1]]
             for i, p in enumerate(pages)]
    return [p + [DESIGNER] for p in pages + other]


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("heading", [lambda s: f"آخرین مطالب {s}", lambda s: f"بایگانی شده در {s}"])
def test_a_box_heading_names_an_item_of_a_vertical_menu(tmp_path, heading, where):
    # the menu an item a line above the headline, as the run shows atop every page of the site (no
    # bar between them; the run's largest family of lines, a designer's foot line, spans two sites):
    # its items are the menu's all the same, which the box's heading names
    rows = refine_site(tmp_path, _two_sites(_pages(heading, where=where, vertical=True)))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [MENU[i % len(MENU)] for i in range(len(TITLES))], got


def test_a_labelled_box_heading_under_the_story_names_an_item_of_a_vertical_menu(tmp_path):
    # «در همین بخش: ورزش» under the story: the run shows the label on every page, each value on few
    rows = refine_site(tmp_path, _two_sites(_pages(lambda s: f"در همین بخش: {s}", vertical=True)))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [MENU[i % len(MENU)] for i in range(len(TITLES))], got


def test_a_credits_last_words_name_no_section(tmp_path):
    # («منبع: روابط عمومی ورزش»: a labelled line whose value ends in a menu item is a credit; a box's
    # labelled heading names the item with its whole value)
    rows = refine_site(tmp_path, _pages(lambda s: f"منبع: روابط عمومی {s}"))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert all(g is None for g in got), got


def test_a_fixed_labelled_box_under_the_story_names_no_section(tmp_path):
    # (the same labelled box on every page, value and all, says nothing of each page's story)
    rows = refine_site(tmp_path, _pages(lambda s: "در همین بخش: ورزش"))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert all(g is None for g in got), got


def test_a_fixed_box_under_a_vertical_menu_names_no_section(tmp_path):
    # (the same sidebar on every page says nothing of each page's story, the menu's items a line each)
    rows = refine_site(tmp_path, _two_sites(_pages(lambda s: f"#{s.replace(' ', '_')} #شورای_شهر",
                                                   fixed="آخرین مطالب ورزش", vertical=True)))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert all(g is None for g in got), got


def test_a_box_heading_above_the_story_names_it_too(tmp_path):
    rows = refine_site(tmp_path, _pages(lambda s: f"سایر مطالب بخش {s}", where="before"))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [MENU[i % len(MENU)] for i in range(len(TITLES))], got


def test_a_fixed_box_on_every_page_names_no_section(tmp_path):
    # the same sidebar on every page («آخرین مطالب ورزش») says nothing of each page's story; nor does a
    # tag line that lists a menu item among tags
    rows = refine_site(tmp_path, _pages(lambda s: f"#{s.replace(' ', '_')} #شورای_شهر", fixed="آخرین مطالب ورزش"))
    assert len(rows) == len(TITLES)
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


def _tabled_pages() -> list[list[str]]:
    # a box over a table above the headline (the doctors on call), the section only in the document
    # title on the page's first line, between the headline and the site's name
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        sec = MENU[i % len(MENU)]
        names = ["مینا رحیمی", "امید شریفی", "رضا سلیمانی"][i % 2:]
        rows = [f"دکتر {n} | {s} | {h}" for n, s, h in
                zip(names, ["داخلی", "اطفال", "قلب"], ["۸ تا ۱۴", "۲۴ ساعته", "۱۴ تا ۲۰"])]
        pages.append([f"{sec} | {TITLES[i]} | شهرنامه", "شهرنامه", "صفحه نخست | " + " | ".join(MENU) + " | تماس با ما",
                      "پزشکان کشیک امروز", "پزشک | تخصص | ساعت", *rows, TITLES[i], *paras, "پایان خبر",
                      "کلیه حقوق این سایت محفوظ است."])
    return pages


def test_a_tables_box_heading_is_no_section_the_title_line_names_it(tmp_path):
    rows = refine_site(tmp_path, _tabled_pages())
    assert len(rows) == len(TITLES)
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [MENU[i % len(MENU)] for i in range(len(TITLES))], got


def _kicked_pages() -> list[list[str]]:
    # the section only in the document title on the page's first line, beside the headline; a kicker
    # the site's menu does not list («گزارش ویژه», «گفت‌وگو») over the headline on some pages
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        sec = MENU[i % len(MENU)]
        kicker = [["گزارش ویژه", "گفت‌وگو"][i % 2]] if i % 3 == 0 else []
        pages.append([f"{sec} | {TITLES[i]} | شهرنامه", "شهرنامه", "صفحه نخست | " + " | ".join(MENU) + " | تماس با ما",
                      *kicker, TITLES[i], *paras, "پایان خبر", "کلیه حقوق این سایت محفوظ است."])
    return pages


def test_a_kicker_the_menu_does_not_list_yields_to_the_title_lines_section(tmp_path):
    # the title line names a menu item beside this page's headline: the story's section, over a
    # label above the headline that the menu does not list (the story's kicker)
    rows = refine_site(tmp_path, _kicked_pages())
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [MENU[i % len(MENU)] for i in range(len(TITLES))], got


DOCTORS = ["دکتر مریم کاظمی", "دکتر علی رضایی", "دکتر سارا نوری", "دکتر حسن امینی"]


def test_a_credential_under_a_writers_name_names_no_section(tmp_path):
    # an answer site's author box under the story: the doctor's name, their field (a menu item
    # ends it: «متخصص ورزش»), their count of posts; «متخصص» heads a line on every page and the field
    # varies, as a box heading's does, but it stands right under a name, not under the story's end
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        j = i % len(DOCTORS)
        pages.append(["شهرنامه", "صفحه نخست", *MENU, "تماس با ما", TITLES[i], *paras, "پایان خبر",
                      DOCTORS[j], f"متخصص {MENU[j]}", f"{120 + 7 * i} مطلب از این نویسنده",
                      "کلیه حقوق این سایت محفوظ است."])
    rows = refine_site(tmp_path, _two_sites(pages))
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert all(g is None for g in got), got


def test_a_widgets_fixed_heading_over_its_own_table_names_no_section(tmp_path):
    # (a calculator on most of the site's pages under the story, its heading ending with an item of
    # the menu, «محاسبه هزینه ورزش», over a table of its own, no other stories' headlines: it names
    # no section, though a menu item starts with the heading's first word too)
    menu = ["🏠", "محاسبه هزینه", *MENU, "تماس"]
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        # (on some pages the site's other widget, which names nothing)
        widget = ["محاسبه هزینه ورزش" if i % 5 < 3 else "محاسبه زمان سفر", "تعداد جلسه | هزینه",
                  f"{i % 3 + 1} جلسه | {(i % 3 + 1) * 3} هزار تومان", "۲ جلسه | ۶ هزار تومان"]
        pages.append(["شهرنامه", *menu, TITLES[i], *paras, "پایان خبر", *widget, "کلیه حقوق این سایت محفوظ است."])
    rows = refine_site(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [None] * len(TITLES), got


#: a site whose sections are all named in two or three words, none of them a menu item
LONG_SECTIONS = ["خسارت بدنه", "بیمه شخص ثالث", "نظارت بر بیمه‌گران"]


@pytest.mark.parametrize("phrase", ["مطالب بیشتر در", "سایر مطالب بخش"])
def test_a_long_box_heading_names_its_subsection(tmp_path, phrase):
    # every heading runs five or six words («مطالب بیشتر در بیمه شخص ثالث»), longer than a line the
    # run counts by its first word alone: the fixed phrase the site repeats before a varying rest
    # still tells it a box's heading, over three other stories' headlines under the story
    pages = []
    for i, paras in enumerate(story_bodies(len(TITLES), paras=3)):
        box = [f"{phrase} {LONG_SECTIONS[i % 3]}", *(TITLES[(i + k) % len(TITLES)] for k in (3, 5, 7))]
        pages.append(["شهرنامه", "صفحه نخست | " + " | ".join(MENU) + " | تماس با ما", TITLES[i], *paras,
                      "پایان خبر", *box, "کلیه حقوق این سایت محفوظ است."])
    rows = refine_site(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(TITLES))]
    assert got == [LONG_SECTIONS[i % 3] for i in range(len(TITLES))], got
