"""Sections on flat-text layouts no family set has, on pages written here: a chip beside the
story's kicker, a trail at the page's foot. Each site is its own run, as a crawl of it would be;
the site's other pages teach its template."""
from __future__ import annotations

import pytest

from conftest import news_bodies, read_rows
from palayesh import refine

SECTIONS = ["اقتصاد", "ورزش", "فرهنگ", "جامعه", "سیاست", "حوادث"]
MENU = "خانه | " + " | ".join(SECTIONS)
KICKERS = ["گزارش ویژه", "گفت‌وگو", "یادداشت", "تحلیل روز"]


def _run(tmp_path, page_of, n=24):
    """Refine ``n`` pages (``page_of(i, title, paras)`` gives page ``i``'s lines and its section);
    the (expected, got) sections."""
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [[p for p in b if len(p.split()) >= 20][:3] for b in bodies]
    bodies = [b for b in bodies if len(b) == 3][:n]
    src = tmp_path / "pages"
    src.mkdir()
    want = []
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        lines, section = page_of(i, title, paras)
        want.append(section)
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    return want, [rows[f"p{i:02d}"]["section"] for i in range(len(bodies))]


@pytest.mark.parametrize("chip, vertical, kicker_first", [
    ("[{}]", False, False),   # «[اقتصاد]» over «گزارش ویژه», under a menu bar
    ("[{}]", False, True),    # the kicker over the chip
    ("#{}", True, False),     # «#اقتصاد» over the kicker, under a menu of an item a line
])
def test_a_chip_naming_a_menu_item_beside_the_kicker_is_the_section(tmp_path, chip, vertical, kicker_first):
    # a magazine sets a badge naming the story's section next to its kicker (a genre label the menu
    # does not list, on many of its pages too): the badge names the section, the kicker is a surtitle
    def page(i, title, paras):
        section = SECTIONS[i % 6]
        over = [KICKERS[i % 4], chip.format(section)]
        menu = ["خانه", *SECTIONS] if vertical else [MENU]
        return ["خبرنامه روز", *menu, *(over if kicker_first else over[::-1]), title,
                f"{1 + i % 28} مهر ۱۴۰۲", *paras, "کلیه حقوق محفوظ است."], section
    want, got = _run(tmp_path, page)
    assert got == want


@pytest.mark.parametrize("trail", ["خانه › {}", "صفحه نخست » {} » {title}"])
def test_a_trail_at_the_foot_names_the_section(tmp_path, trail):
    # a site that shows its breadcrumb trail under the story only (from home, or down to the
    # headline), over its foot menu that stands on every page: the trail names the section, the
    # foot menu none
    def page(i, title, paras):
        section = SECTIONS[i % 6]
        return ["خبرنامه روز", MENU, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras,
                trail.format(section, title=title), "خانه | درباره ما | تماس با ما",
                "کلیه حقوق محفوظ است."], section
    want, got = _run(tmp_path, page)
    assert got == want


def test_a_foot_menu_on_every_page_names_no_section(tmp_path):
    # (the foot menu alone, with a trail's separator: on every page of the site, no story's trail)
    def page(i, title, paras):
        return ["خبرنامه روز", MENU, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras,
                "خانه › درباره ما › تماس با ما", "کلیه حقوق محفوظ است."], None
    want, got = _run(tmp_path, page)
    assert got == want


KICKS = ["تیم ملی ایران", "کلان‌شهر", "تداوم", "بازار طلا", "نرخ تورم", "جشنواره فجر", "کنکور سراسری",
         "سیل شمال", "انتخابات شوراها", "لیگ برتر", "نمایشگاه کتاب", "واکسن کرونا", "قیمت خودرو",
         "بودجه سال آینده", "مترو تهران", "آلودگی هوا", "جام جهانی", "بیمه سلامت", "یارانه نقدی", "سد کرج",
         "زلزله کرمان", "بورس تهران", "تئاتر شهر", "اربعین"]


def test_a_kicker_over_the_headline_gives_way_to_the_menus_item_in_the_date_row(tmp_path):
    # an agency sets the story's section in its date row («ورزش | ۱۷ مهر ۱۴۰۲ - ۱۰:۲۰ | ۵ نظر»),
    # then a kicker written for the story over its headline; another site of the run shows some of
    # those kickers as its sections («تیم ملی ایران» above its stories): the menu lists the row's
    # field, the kicker is on no other page of the agency, so the row names the section
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [b for b in ([p for p in b if len(p.split()) >= 20][:3] for b in bodies) if len(b) == 3][:48]
    src = tmp_path / "pages"
    src.mkdir()
    want = {}
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        if i < 24:
            section = SECTIONS[i % 6]
            lines = ["خبرنامه روز", MENU, f"{section} | {1 + i % 28} مهر ۱۴۰۲ - ۱۰:۲۰ | {i % 9} نظر", KICKS[i],
                     title, *paras, "کلیه حقوق محفوظ است."]
        else:
            section = KICKS[i % 6]
            lines = ["پایگاه خبری نگاه نو", "صفحه اصلی | اخبار | گزارش | عکس | ویدیو", section, title,
                     f"{1 + i % 28} آبان ۱۴۰۱", *paras, "تمامی حقوق برای نگاه نو محفوظ است."]
        want[f"p{i:02d}"] = section
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    assert {k: rows[k]["section"] for k in want} == want


@pytest.mark.parametrize("code", ["کد خبر {n}", "شناسه مطلب {n}", "کد خبر: {n}"])
@pytest.mark.parametrize("digits", [str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
                                    str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")])
def test_a_meta_row_of_a_code_and_a_section_label_is_no_headline(tmp_path, code, digits):
    # a Nastooh-like row under the headline: the story's code, its label written without a colon
    # as well, then «گروه: …» («کد خبر ۴۸۹۷۰۰۲ | گروه: ترجمه»): a row of fields, a number with a
    # label and a section's label, is the story's metadata, not its headline; its label names the
    # section
    def page(i, title, paras):
        section = SECTIONS[i % 6]
        row = f"{code.format(n=4897002 + 17 * i)} | گروه: {section}".translate(digits)
        return ["خبرنامه روز", MENU, title, row, f"{1 + i % 9} ماه پیش".translate(digits), *paras,
                "کلیه حقوق محفوظ است."], section
    want, got = _run(tmp_path, page, n=10)
    assert got == want


@pytest.mark.parametrize("row, kind", [
    ("کد خبر ۴۸۹۷۰۰۲ | گروه: ترجمه", "label"),       # a code without its colon, then the section's label
    ("گروه: ترجمه | کد خبر ۴۸۹۷۰۰۲", "label"),       # the label first (as before)
    ("گروه کارشناسان | مرکز پژوهش‌ها: ۱۲ گزارش تازه", "nav"),  # words in both fields: no meta row
])
def test_a_row_of_meta_fields_and_a_section_label_is_a_label_line(row, kind):
    from palayesh.extract.text import classify
    assert classify(row).kind == kind


SUBSECTIONS = ["بورس", "فوتبال", "سینما"]


@pytest.mark.parametrize("boxed", [True, False])
def test_a_labelled_box_heading_over_other_headlines_names_a_subsection_the_menu_does_not_list(tmp_path, boxed):
    # a site sets a box under the story, «در همین بخش: بورس», over the headlines of the section's
    # other stories; its value is a subsection the menu does not list, recurring on the site's
    # pages: the section. A credit «منبع: ایسنا» over the story's other credits names none.
    # (the box's headlines vary from page to page, as the section's latest stories do)
    titles = [f"نشست {a} شورای شهر {c} برگزار شد" for a in ("تازه", "هفتگی", "ویژه", "فوری", "سالانه", "ماهانه")
              for c in ("تهران", "تبریز", "شیراز", "مشهد", "اصفهان", "کرج", "رشت", "یزد", "قم")]

    def page(i, title, paras):
        sub = SUBSECTIONS[i % 3]
        foot = ["منبع: ایسنا", "انتهای پیام/", "تاریخ انتشار: ۱۲ مهر ۱۴۰۲"]
        box = [f"در همین بخش: {sub}", *titles[3 * i:3 * i + 3]] if boxed else [f"ناشر: {sub}", "انتهای پیام/"]
        return ["خبرنامه روز", MENU, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras, *foot, *box,
                "کلیه حقوق محفوظ است."], sub if boxed else None
    want, got = _run(tmp_path, page, n=18)
    assert got == want


def test_a_tag_line_over_the_sites_own_lines_names_no_section(tmp_path):
    # a blog ends each post with «کلیدواژه: بورس» over its own lines, the same on every page and
    # shaped as headlines («ممنون که به وبلاگ من سر زدید»): no box of the section's stories
    def page(i, title, paras):
        return ["خبرنامه روز", MENU, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras, f"کلیدواژه: {SUBSECTIONS[i % 3]}",
                "ممنون که به وبلاگ من سر زدید", "نظرات خود را برای ما بنویسید", "مطالب تازه هر هفته منتشر می‌شوند",
                "کلیه حقوق محفوظ است."], None
    want, got = _run(tmp_path, page, n=18)
    assert got == want


@pytest.mark.parametrize("button", ["🖨 چاپ این صفحه", "📄 نسخه چاپی مطلب"])
def test_a_print_views_icon_button_over_the_headline_names_no_section(tmp_path, button):
    # two sites' print views among their pages: the site's name, an icon button «🖨 چاپ این صفحه»
    # (the same on every print page of both), the headline, no menu: the button is the page's
    # control, no section, though two sites show it over their stories
    def page(i, title, paras):
        name, foot = ("خبرنامه روز", "درباره ما | تماس با ما") if i < 12 else ("روزنامه شهر", "آرشیو | تماس")
        head = [button] if i % 4 == 0 else [MENU]
        return [name, *head, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras, foot], None
    want, got = _run(tmp_path, page, n=24)
    assert got == want


#: a story's genre or credit line a site sets right atop its first paragraph on some pages
GENRES = ["گزارش اختصاصی ما", "گفت‌وگوی اختصاصی"]


def _genre_atop_story(i, title, paras):
    # two sites of one shape, pages alternating: the name, a menu bar, the headline, a counter and a
    # code row, a print button, then on some pages a genre line right atop the story; no section
    site = ["شهرنامه", "روزنامه صبح"][i % 2]
    genre = [GENRES[(i // 2) % 2]] if i % 3 != 2 else []
    return [site, MENU, title, f"{1200 + 37 * i} بازدید", f"کد خبر: {98000 + i}", "🖨 نسخه چاپی", *genre, *paras,
            "پایان خبر"], None


def test_a_genre_line_atop_the_story_under_the_meta_rows_is_no_section(tmp_path):
    # «گزارش اختصاصی ما» right atop the story, under the header's counter, code and print button,
    # on pages of two sites: the run shows it as a label above stories, yet the menu does not list
    # it and it stands where a site sets the story's genre or credit, no section
    want, got = _run(tmp_path, _genre_atop_story)
    assert got == want, got


#: reporters of a site that names each story's writer and role on a line of its own over the headline
WRITERS = ["نادر کاظمی", "پریسا توکلی", "حمید رنجبر", "سمیرا قاسمی", "کاوه مرادی", "الهام نیکو"]


@pytest.mark.parametrize("menu", [
    ["خانه | گزارش | نقد | گفتگو | کتاب کودک"],  # a bar menu
    ["نخست", "گزارش", "نقد", "گفتگو", "کتاب کودک"],  # a menu of an item a line
])
def test_a_writer_and_role_over_the_headline_is_no_trail(tmp_path, menu):
    # «نادر کاظمی | عکاس» reads as a short trail that does not start at home: neither its items
    # is an item of the site's menu, and the role recurs on every page, as a section would
    def page(i, title, paras):
        lines = ["کتاب‌خوان", "پایگاه خبری کتاب‌خوانان", *menu,
                 f"مینا صدری | 15:{i + 10} - 2022-04-17 | {i + 3} نظر",
                 f"{WRITERS[i % len(WRITERS)]} | عکاس", title, *paras]
        return lines, None

    want, got = _run(tmp_path, page, n=16)
    assert got == want


def test_a_short_trail_under_a_menu_that_lists_it_names_the_section(tmp_path):
    # «ورزش / فوتبال» over the headline, the menu listing «ورزش»: the story's trail
    subs = ["فوتبال", "کشتی", "والیبال"]

    def page(i, title, paras):
        lines = ["کتاب‌خوان", "خانه | ورزش | فرهنگ | جامعه", f"ورزش / {subs[i % 3]}", title,
                 f"۱۲ مهر ۱۴۰۱ - {i + 3} نظر", *paras]
        return lines, subs[i % 3]

    want, got = _run(tmp_path, page, n=12)
    assert got == want


RECURRING_KICKS = ["با حضور هنرمندان بومی", "در آستانه روز جهانی", "مدیرکل استان می‌گوید", "به روایت تصویر"]


def test_a_kicker_the_site_repeats_over_its_headlines_gives_way_to_the_menus_item_in_the_date_row(tmp_path):
    # the agency's kickers come from a few the site sets over many of its stories, so each stands
    # above the headline of several pages; the date row under the headline names a menu item: the
    # row names the section, the kicker its slots never hold is the story's surtitle
    def page(i, title, paras):
        section = SECTIONS[i % 6]
        return ["خبرنامه روز", MENU, RECURRING_KICKS[i % 4], title,
                f"{section} | {1 + i % 28} مهر ۱۴۰۲ - ۱۰:۲۰ | {i % 9} نظر", *paras, "کلیه حقوق محفوظ است."], section
    want, got = _run(tmp_path, page)
    assert got == want
