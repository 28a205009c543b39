"""A section in a box of fields, each label alone on its line over its value (issue 12).

An HTML ``<dl>`` («<dt>بخش</dt><dd>قرائت</dd>…») or a two-column table flattened to lines puts the
story's section, date, source and code each under its label: no line says «بخش: قرائت». Read as
pairs, the box names the section under a section label; under a label no lexicon knows (a site's
own word, a renamed one), the site's pages teach which label's value is an item of its menu, and a
page alone tells the one value its menu lists. A chip («#کشتارگاه‌ها») atop the story under a
headline set above the menu names it too.
"""
from __future__ import annotations

import pytest

from conftest import refine_pages, refine_site, story_bodies
from palayesh.extract import extract
from palayesh.extract.fieldbox import box_fields, box_section

_MENU = ["صفحه اصلی", "قرائت", "حفظ", "محافل قرآنی", "مسابقات بین‌المللی", "ارتباط با ما"]
_TITLES = [f"گزارش شماره {w} از محفل قرآنی در شهر {v} امروز" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["ساری", "بابل", "آمل"] * 4)]
#: the sections filed: menu items, and a sub-section the menu does not list («حفظ کل»)
_FILED = ["قرائت", "حفظ کل", "محافل قرآنی", "مسابقات بین‌المللی"] * 3


def _html(article: str, *, header: str = "", banner: str = "", head: str = "") -> str:
    """An HTML page of the first story: ``header`` over the menu, ``banner`` under it, ``article``'s
    markup then the story's paragraphs in the <article>."""
    paras = "".join(f"<p>{p}</p>" for p in story_bodies(1)[0])
    menu = "".join(f'<li><a href="/s/{k}">{x}</a></li>' for k, x in enumerate(_MENU))
    return (f"<html><head>{head}</head><body><header>{header}</header><nav><ul>{menu}</ul></nav>{banner}"
            f"<article>{article}{paras}</article></body></html>")


@pytest.mark.parametrize("lines, fields", [
    # a box after the story: section, date, source, code
    (["پایان متن خبر.", "بخش", "قرائت", "انتشار", "۵ دی ۱۴۰۲", "منبع", "فارس", "کد مطلب", "۶۴۱۵۳۷", "انتهای خبر/"],
     [(1, 2), (3, 4), (5, 6), (7, 8)]),
    # labels with their colons
    (["تیتر خبر امروز در شهر", "بخش:", "حفظ", "کد مطلب:", "۱۲۳"], [(1, 2), (3, 4)]),
    # a menu set an item a line, then a date: names under names, no box
    (["خانه", "ورزشی", "اقتصادی", "سیاسی", "۱۴۰۲/۰۱/۰۱"], []),
    # labels and values, no digit: no story's facts
    (["متن خبر.", "بخش", "ورزشی", "منبع", "فارس"], []),
    # a menu over the headline and a box under it: the box alone (the menu's names are no fields)
    (["خانه", "قرائت", "حفظ", "تیتر خبر امروز در شهر", "بخش", "حفظ", "کد", "۱۲"], [(4, 5), (6, 7)]),
])
def test_box_fields_are_label_value_pairs_with_the_storys_facts(lines, fields):
    assert box_fields(lines) == fields


def test_a_table_inside_the_story_is_no_box():
    lines = ["متن خبر " * 20, "رشته", "امتیاز", "قرائت تحقیق", "۹۲.۵", "حفظ کل", "۹۴", "ادامه متن خبر " * 20]
    assert box_fields(lines, [len(t.split()) > 20 for t in lines]) == []


def test_the_section_of_a_box_by_its_label_its_slot_or_the_menu():
    lines = ["گونه", "حفظ کل", "منبع", "فارس", "کد", "۱۲"]
    fields = box_fields(lines)
    assert box_section(["بخش", *lines[1:]], fields, set()) == "حفظ کل"  # (a section label says it)
    assert box_section(lines, fields, set()) is None  # (nothing says which field)
    assert box_section(lines, fields, set(), lambda t: 0.8 if t == "گونه" else 0.0) == "حفظ کل"  # (the site's slot)
    assert box_section(["گونه", "حفظ", *lines[2:]], fields, {"حفظ"}) == "حفظ"  # (the one value the menu lists)
    assert box_section(["حفظ", "قرائت", *lines[2:]], fields, {"حفظ", "قرائت"}) is None  # (a label the menu lists)


def _pages(label: str, filed: list[str | None], *, after: bool = True) -> list[list[str]]:
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        box = [*((label, filed[i]) if filed[i] else ()), "انتشار", f"ساعت ۱۸:۱۲ روز سه‌شنبه {i + 1} دی ۱۴۰۲",
               "شناسه مطلب", f"{641537 + 31 * i}"]
        head, foot = ([], box) if after else (box, [])
        pages.append(["مسابقات قرآن", "اخبار مسابقات قرآن کریم", *_MENU, title, *head, *paras, *foot,
                      "انتهای خبر/", "© ۱۴۰۲ مسابقات قرآن"])
    return pages


def test_a_section_label_alone_over_its_value_names_the_section(tmp_path):
    rows = refine_site(tmp_path, _pages("بخش", _FILED))
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == _FILED


def test_a_box_under_the_headline_is_read_too(tmp_path):
    rows = refine_site(tmp_path, _pages("بخش", _FILED, after=False))
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == _FILED


def test_a_label_no_lexicon_knows_is_the_section_slot_its_pages_fill_with_menu_items(tmp_path):
    # «گونه» names nothing to the lexicons: the site's pages put an item of its menu under it, and a
    # sub-section its menu does not list («حفظ کل») there too
    rows = refine_site(tmp_path, _pages("گونه", _FILED))
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == _FILED


def test_a_box_with_no_section_field_names_none(tmp_path):
    rows = refine_site(tmp_path, _pages("بخش", [None] * 12))
    assert all(rows[f"p{i:02d}"]["section"] is None for i in range(12)), [r["section"] for r in rows.values()]


def test_one_html_page_alone_names_the_value_its_menu_lists():
    # a <dl> under a label no lexicon knows: the one value the page's menu lists
    page = _html(f"<h1>{_TITLES[0]}</h1>"
                 '<dl><dt>گونه</dt><dd>محافل قرآنی</dd><dt>انتشار</dt><dd>۵ دی ۱۴۰۲</dd>'
                 "<dt>شناسه مطلب</dt><dd>۶۴۱۵۳۷</dd></dl>")
    assert extract(page).section == "محافل قرآنی"


def test_a_dl_box_in_html_names_the_section():
    page = _html(f"<h1>{_TITLES[0]}</h1>"
                 '<dl class="post-info"><dt>بخش</dt><dd>حفظ کل</dd><dt>انتشار</dt><dd>۵ دی ۱۴۰۲</dd>'
                 "<dt>شناسه مطلب</dt><dd>۶۴۱۵۳۷</dd></dl>")
    assert extract(page).section == "حفظ کل"


_CHIPS = ["قرائت", "حفظ", "محافل قرآنی", "مسابقات بین‌المللی"] * 3


def test_a_chip_atop_the_story_under_a_headline_set_over_the_menu_names_the_section(tmp_path):
    # the headline in the header over the menu, the story's hashtag at the head of the article under it
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        pages.append("\n".join(["مسابقات قرآن", "اخبار مسابقات قرآن کریم", title, *_MENU,
                                "#" + _CHIPS[i].replace(" ", "_"), f"ساعت ۱۸:۱۲ روز سه‌شنبه {i + 1} دی ۱۴۰۲",
                                *paras, "انتهای خبر/"]))
    rows = refine_pages(tmp_path, pages)
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == _CHIPS


def test_a_chip_under_the_headline_in_html_names_a_section_the_menu_lists():
    page = _html('<div class="post-hashtag"><a href="/tag/x" rel="tag">#محافل_قرآنی</a></div>',
                 header=f"<h1>{_TITLES[0]}</h1>")
    assert extract(page).section == "محافل قرآنی"
    assert extract(page.replace("#محافل_قرآنی", "#نماز_جمعه")).section is None  # (a tag the menu does not list)


def test_a_page_title_banner_over_the_headline_names_the_section():
    # «<h1 class="page-title">» names the section page the story stands on, the headline an <h2> under
    # it (which headline the page shows is the title's choice: the section is the banner's, not the headline's)
    import lxml.html

    from palayesh.extract.html import _banner_section
    from palayesh.extract.menusection import menu_links

    page = _html(f"<h2>{_TITLES[0]}</h2>", head=f"<title>مسابقات قرآن - {_TITLES[0]}</title>",
                 banner='<div class="page-header"><h1 class="page-title">محافل قرآنی</h1></div>')
    tree = lxml.html.document_fromstring(page)
    assert _banner_section(tree.xpath("//h1"), _TITLES[0], menu_links(tree), None) == "محافل قرآنی"
    assert _banner_section(tree.xpath("//h1"), "محافل قرآنی", menu_links(tree), None) is None  # (the headline's own)
    unlisted = lxml.html.document_fromstring(page.replace("محافل قرآنی</h1>", "دارالقرآن‌ها</h1>"))
    assert _banner_section(unlisted.xpath("//h1"), _TITLES[0], menu_links(unlisted), None) is None  # (nothing vouches)
