"""A section the site's menu does not list, read from the position its meta rows keep for sections (issue 12).

A site's row under the headline, «باغداری | کاوه نوری | ۶۱۳ بازدید», holds an item of its menu at
one position on most pages: that position is its section's. A name there the menu does not list (a
sub-section, «قیمت پرتقال»), which the row repeats on other pages, is the story's section; a writer's
name, at a position no menu item takes, is not.
"""
from __future__ import annotations

from conftest import read_rows, refine_pages, refine_site, story_bodies
from palayesh import refine
from palayesh.extract.template import row_slot_keys

_MENU = ["خانه", "بازار میوه", "باغداری", "صنایع تبدیلی", "سرمازدگی", "تماس"]
_TITLES = [f"گزارش شماره {w} از باغ‌های مرکبات در شهر {v} امروز" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["ساری", "بابل", "آمل"] * 4)]
_WRITERS = ["کاوه نوری", "نرگس ملکی"]


def _pages(filed: list[str | None]) -> list[list[str]]:
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        row = " | ".join(x for x in (filed[i], _WRITERS[i % 2], f"{613 + 97 * i} بازدید") if x)
        pages.append(["باغ شمال", "بازار میوه و مرکبات", *_MENU, title, row, f"کد خبر {6120 + i}", *paras,
                      "پایان", f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶"])
    return pages


def test_the_rows_position_of_menu_items_is_read_where_the_menu_lists_no_field():
    keys = row_slot_keys([*_MENU, "تیتر خبر", "قیمت پرتقال | کاوه نوری | ۶۱۳ بازدید"], ["H"] * 8, [False] * 8)
    assert "ǂR0m" not in keys and "ǂR0:قیمتپرتقال" in keys
    keys = row_slot_keys([*_MENU, "تیتر خبر", "باغداری | کاوه نوری | ۶۱۳ بازدید"], ["H"] * 8, [False] * 8)
    assert "ǂR0m" in keys and "ǂR1m" not in keys


def test_a_sub_section_the_menu_does_not_list_is_read_from_the_rows_section_position(tmp_path):
    filed = ["باغداری", "صنایع تبدیلی", "قیمت پرتقال", "سرمازدگی"] * 3
    rows = refine_site(tmp_path, _pages(filed))
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i], (i, rows[f"p{i:02d}"]["section"])


_FOOTER = "کلیه حقوق برای باغ شمال محفوظ است."


def _declaring(tmp_path, pages: list[list[str]], declared: list[str]) -> dict:
    """Refine the site's flat ``pages`` with an HTML page of the site for each name of ``declared``
    that it declares as its section (``article:section``; eight pages at least, the run's least
    family): the flat pages' rows by id."""
    src = tmp_path / "pages"
    src.mkdir()
    for i, lines in enumerate(pages):  # (the site's footer closes its flat and HTML pages alike)
        (src / f"p{i:02d}.txt").write_text("\n\n".join([*lines, _FOOTER]), encoding="utf-8")
    menu = "".join(f"<li><a href='/c/{j}'>{m}</a></li>" for j, m in enumerate(_MENU))
    for i, (name, paras) in enumerate(zip(declared, story_bodies(12 + len(declared))[12:])):
        title = f"گزارش تازه شماره {i + 1} از بازار میوه و مرکبات شمال کشور"
        (src / f"q{i:02d}.html").write_text(
            f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='https://bagh.example.ir/news/{900 + i}'>"
            f"<meta property='article:section' content='{name}'></head><body><header><div>باغ شمال</div>"
            f"<div>بازار میوه و مرکبات</div></header><nav><ul>{menu}</ul></nav><main><h1>{title}</h1>"
            f"<div class='row'>{name} | {_WRITERS[i % 2]} | {700 + i} بازدید</div>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</main><footer>{_FOOTER}</footer></body></html>",
            encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out") if r["id"].startswith("p")}


def test_the_one_position_that_holds_menu_items_keeps_sub_sections_on_most_rows(tmp_path):
    # (most stories under sub-sections the menu lists not, a menu item on a quarter of the rows: the
    # position is still the only one that ever holds a menu item; the writers' never does; the
    # site's HTML pages declare the sub-sections as theirs)
    filed = ["باغداری", "قیمت پرتقال", "گل‌گاوزبان", "قیمت پرتقال"] * 3
    rows = _declaring(tmp_path, _pages(filed), ["قیمت پرتقال", "گل‌گاوزبان"] * 4)
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i], (i, rows[f"p{i:02d}"]["section"])


def test_a_writer_first_in_a_row_without_section_is_none_though_sub_sections_fill_most_rows(tmp_path):
    # a story with no section shows «<writer> | <place> | <views>»: the writer stands first, where the
    # other rows hold the section, but beside a section on other pages: a name at two positions is no section
    filed = ["باغداری", "قیمت پرتقال", None, "گل‌گاوزبان", None, "قیمت پرتقال"] * 2
    pages = _pages(filed)
    for i, page in enumerate(pages):
        if filed[i] is None:
            k = page.index(_TITLES[i]) + 1
            page[k] = page[k].replace(" | ", " | تهران | ")
    rows = _declaring(tmp_path, pages, ["قیمت پرتقال", "گل‌گاوزبان"] * 4)
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i], (i, rows[f"p{i:02d}"]["section"])


def test_a_commenter_first_in_a_shorter_row_is_no_section(tmp_path):
    # a comment set among the story's meta lines, «<name> | ۵ ساعت پیش», on a site whose meta rows
    # hold sub-sections the menu lists not: the commenter's name stands first, where no other row
    # puts it, but in a row of another number of fields than the story's rows, none a menu item
    filed = ["باغداری", "قیمت پرتقال", "گل‌گاوزبان", "قیمت پرتقال"] * 3
    pages = _pages(filed)
    for i, page in enumerate(pages):
        if i % 3 == 2:
            k = page.index(_TITLES[i]) + 1
            page[k:k] = [f"{['لیلا', 'مریم'][i % 2]} | {i + 2} ساعت پیش", "چرا عکس‌ها باز نمی‌شن؟"]
    rows = _declaring(tmp_path, pages, ["قیمت پرتقال", "گل‌گاوزبان"] * 4)
    got = [rows[f"p{i:02d}"]["section"] for i in range(12)]
    assert not {"لیلا", "مریم"} & set(got), got
    assert all(got[i] == filed[i] for i in range(12) if i % 3 != 2), got


def test_a_sub_section_no_page_declares_nor_lists_is_not_read_from_a_sparse_position(tmp_path):
    # the same rows, no HTML page declaring the sub-sections: a name at the position the menu's
    # items hold on a quarter of the rows may be a writer's on a site whose rows show no section
    # first, so no section is read there
    filed = ["باغداری", "قیمت پرتقال", "گل‌گاوزبان", "قیمت پرتقال"] * 3
    rows = refine_site(tmp_path, _pages(filed))
    assert all(rows[f"p{i:02d}"]["section"] in (filed[i], None) for i in range(12))
    assert rows["p01"]["section"] is None and rows["p02"]["section"] is None


def test_a_writer_in_a_row_that_never_holds_a_menu_item_is_no_section(tmp_path):
    rows = refine_site(tmp_path, _pages([None] * 12))
    assert all(rows[f"p{i:02d}"]["section"] is None for i in range(12)), [r["section"] for r in rows.values()]


def test_a_dated_rows_section_position_is_read_too(tmp_path):
    # «<section> | <writer> | تاریخ انتشار: … | <views>»: the sub-section the menu lists not is the section
    filed = ["باغداری", "صنایع تبدیلی", "قیمت پرتقال", "سرمازدگی"] * 3
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        day = f"تاریخ انتشار: یکشنبه ۱۳۹۱/۰۶/{i + 10} ساعت ۱۹:۵۳"
        row = f"{filed[i]} | {_WRITERS[i % 2]} | {day} | {613 + 97 * i} بازدید"
        pages.append(["باغ شمال", "بازار میوه و مرکبات", *_MENU, title, "🔗 کپی لینک · تلگرام · بله", row,
                      f"شناسه خبر: {6120 + i}", *paras, "پایان"])
    rows = refine_site(tmp_path, pages)
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i], (i, rows[f"p{i:02d}"]["section"])


_CHANNELS = ["اخبار فوری ایران", "خبرفوری ایران", "سرخط آنلاین"]


def _channel_pages() -> list[str]:
    # a channel mirror: the channel's name over its handle heads each post; a box of the channels
    # it recommends, set between the post's summary and its text, lists each «<channel> - <members> عضو»
    # (on the other channel's pages, the name and the members on lines apart)
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        name = _CHANNELS[i % 2]
        sep = " - " if i % 2 else "\n"  # one channel lists a name and its members on a line, the other on two
        box = "\n".join(f"{c}{sep}{45 - 9 * k} K عضو" for k, c in enumerate(_CHANNELS))
        pages.append("\n\n".join([
            "پست‌یاب", "گروه‌ها\nثبت کانال\nدسته‌بندی‌ها\nربات‌ها", "جستجو در پست‌ها",
            f"{name}\n@chan{i % 2}\n{45 - 36 * (i % 2)} هزار عضو\nورود به کانال", f"⭕️ {title}", paras[0],
            f"کانال‌های پیشنهادی\n{box}", "\n".join(paras[1:]), f"🆔 @chan{i % 2}",
            f"بازدید: {33 + i}K · تاریخ: ۱۲:۲۵ - ۱۳۹۵/۰۵/{i + 10}", "محتوای کانال‌ها متعلق به صاحبان آنهاست."]))
    return pages


def test_a_list_of_rows_of_one_shape_teaches_no_section_position():
    head = ["اخبار فوری ایران", "@chan0", "۴۵ هزار عضو", "ورود به کانال", "تیتر خبر", "خلاصه خبر"]
    box = ["اخبار فوری ایران - ۴۵ K عضو", "خبرفوری ایران - ۹ K عضو", "سرخط آنلاین - ۹ هزار عضو"]
    keys = row_slot_keys([*head, *box], ["H"] * 9, [False] * 9)
    assert not any(k.startswith("ǂR") for k in keys), keys
    # a meta row beside a row of another shape still counts
    keys = row_slot_keys([*_MENU, "تیتر خبر", "باغداری | کاوه نوری | ۲ دقیقه مطالعه", "کد خبر: ۶۱۲۰ | منبع: ایرنا"],
                         ["H"] * 9, [False] * 9)
    assert "ǂR0m" in keys


def test_a_channel_named_in_a_recommended_list_is_no_section(tmp_path):
    rows = refine_pages(tmp_path, _channel_pages())
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


def test_a_sections_position_holding_a_menu_item_on_a_third_of_the_pages_is_read(tmp_path):
    # a site of one section its menu lists and two it does not, each on a third of its pages: the
    # position holds a menu item on fewer than half of them, and still holds the section
    filed = ["باغداری", "قیمت پرتقال", "کود شیمیایی"] * 4
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        day = f"تاریخ انتشار: یکشنبه ۱۳۹۱/۰۶/{i + 10} ساعت ۱۹:۵۳"
        row = f"{filed[i]} | {_WRITERS[i % 2]} | {day} | {613 + 97 * i} بازدید"
        pages.append(["باغ شمال", "بازار میوه و مرکبات", *_MENU, title, "🔗 کپی لینک · تلگرام · بله", row,
                      f"شناسه خبر: {6120 + i}", *paras, "پایان"])
    rows = refine_site(tmp_path, pages)
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i], (i, rows[f"p{i:02d}"]["section"])
