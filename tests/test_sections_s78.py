"""Sections on unseen layouts (found on azdev, ``bench/score_families.py --keep``): a clipping service's field table
whose header cells (``<th>``) name the clipping's fields, one of them the subject («موضوع»); a daily's line naming
the print page a story ran on («صفحه <name>»), a few names over the site's pages."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract import extract
from palayesh.textkeys import line_key
from test_sections_s72 import HEADLINES

#: the sections of the tests' invented sites (none of them an item of the sites' menus)
SECTIONS = ["کشاورزی", "آموزش", "گردشگری"]


def _clipping(title: str, section: str, paras: list[str]) -> str:
    """A media-monitoring service's clipping view: the service's header and menu, the clipping's field table (the
    paper, its issue, day and page, the day it was filed in the service, the subject and a tone), the headline in an
    <h2> and the OCR'd text."""
    fields = [("نام نشریه", "روزنامه صبح دشت"), ("شماره", "۲۵۷۶"), ("تاریخ انتشار نشریه", "سه‌شنبه ۱۶ مهر ۱۳۹۸"),
              ("صفحه", "۶"), ("تاریخ ثبت در سامانه", "۱۳۹۸/۰۷/۱۷ ۰۲:۴۱"), ("موضوع", section), ("ارزیابی", "خنثی")]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>بریده جراید</title></head>'
            '<body><header><a class="logo" href="/">پایشگر</a></header>'
            '<ul class="pm-menu"><li>داشبورد</li><li>بریده جراید</li><li>گزارش‌ها</li><li>خروج</li></ul>'
            f'<table class="clip-meta">{rows}</table><h2 class="clip-title">{title}</h2><div class="ocr-text">'
            + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")


def test_a_field_tables_header_cell_of_four_words_does_not_keep_its_subject_row_from_the_section():
    # the table's rows are <th> label / <td> value, one label of four words («تاریخ ثبت در سامانه»); the markup says
    # it is a label, so the table is still a box of fields and its «موضوع» row names the section (before: a label
    # of more than three words made the table no box, and no section was read)
    paras = story_bodies(1, 2)[0]
    assert extract(_clipping(HEADLINES[0], "کشاورزی", paras)).section == "کشاورزی"


def _edition(k: int, title: str, desk: str | None, paras: list[str]) -> str:
    """A daily's page of one story: masthead, the edition's line (its number and day), the row of the edition's
    pages, the name of the page the story ran on («صفحه <desk>», none on some), a genre label and the headline."""
    pages = ["صفحه اول", "سرمقاله", "اقتصادی", "ورزشی", "آخر"]
    named = f'<div class="page-name">صفحه {desk}</div>' if desk else ""
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>روزنامه باغ نو</title>'
            f'</head><body><header><a class="logo" href="/">روزنامه باغ نو</a></header>'
            f'<div class="edition">شماره {2400 + k} — {k + 1} مهر ۱۴۰۲</div>'
            '<nav class="pages">' + "".join(f"<a>{x}</a>" for x in pages) + "</nav>"
            f'{named}<div class="label">یادداشت</div><h1>{title}</h1>'
            + "".join(f"<p>{p}</p>" for p in paras) + "<footer>کلیه حقوق برای روزنامه باغ نو محفوظ است.</footer>"
            "</body></html>")


def test_a_print_pages_name_over_the_headline_is_the_section_where_the_sites_pages_show_a_few(tmp_path):
    # each page names the edition's page its story ran on, «صفحه <name>», a few names over the site's pages (none
    # of them in a menu): the run shows a slot of a desk word and a few names, the story's section (before: a line
    # of two words made no slot, and a slot needed a value the menu lists)
    (tmp_path / "pages").mkdir()
    want = {}
    for k, paras in enumerate(story_bodies(12, 2)):
        desk = None if k % 6 == 5 else SECTIONS[k % 3]
        (tmp_path / "pages" / ("p%02d.html" % k)).write_text(_edition(k, HEADLINES[k], desk, paras), encoding="utf-8")
        want[line_key(HEADLINES[k])] = desk
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want


#: a newsroom's bulletins, most named by the hour they air, one by its place in the evening
BULLETINS = ["خبر ساعت ۱۴", "خبر ساعت ۲۰:۳۰", "خبر شبانگاهی"]


def _prompter(k: int, title: str, paras: list[str]) -> str:
    """A teleprompter's script page: its control buttons, the air time, the bulletin's name over the headline (no
    <h1>), a cue and the lines to read."""
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>پرامپتر خبر</title></head>'
            '<body><div class="bar"><button>شروع</button><button>توقف</button><button>سرعت</button></div>'
            f'<div class="air">پخش: {k + 1} مهر ۱۴۰۲ - ساعت ۱۸:{10 + k}</div>'
            f'<div class="bulletin">{BULLETINS[k % 3]}</div><div class="prompter"><div class="slug">{title}</div>'
            '<div class="cue">[گوینده]</div>' + "".join(f'<div class="line">{p}</div>' for p in paras)
            + "</div></body></html>")


def test_a_bulletins_name_over_a_prompters_headline_is_no_section_where_the_slot_holds_hours(tmp_path):
    # the label over the headlines names the bulletin, most of them by the hour they air: the slot holds the
    # programmes' running order, so «خبر شبانگاهی», which four pages show there, is no section either (before: the
    # run knew it as a label over headlines and took it for the section)
    (tmp_path / "pages").mkdir()
    for k, paras in enumerate(story_bodies(12, 2)):
        (tmp_path / "pages" / ("p%02d.html" % k)).write_text(_prompter(k, HEADLINES[k], paras), encoding="utf-8")
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert got == {line_key(t): None for t in HEADLINES}


def _transcript(k: int, title: str, section: str, paras: list[str]) -> str:
    """A screen reader's transcript of a story's page, saved as text: the window's caption («<headline> - <site> -
    <browser>»), each element's role spoken before its text two spaces apart («پیوند  <item>»), the menu, the link to
    the section the reader came from (a visited link) and the heading role over the headline."""
    menu = ["خانه", *SECTIONS, "تماس"]
    return "\n".join([f"{title} - باغ‌نامه - Mozilla Firefox", "نقطه عطف سرصفحه", "پیوند", "باغ‌نامه",
                      "فهرست با ۵ مورد", *[f"پیوند  {x}" for x in menu], "خارج از فهرست",
                      f"پیوند دیده‌شده  {section}", "عنوان سطح ۱", title, f"{k + 1} مهر ۱۴۰۲ - ۱۰:۱۵", *paras,
                      "عنوان سطح ۲", "مطالب مرتبط", *[f"پیوند  {h}" for h in HEADLINES[k + 1:k + 3]], "© ۱۴۰۲ باغ‌نامه"])


def test_a_screen_readers_transcript_names_the_section_by_the_visited_link_not_the_browser(tmp_path):
    # the role words go (the page speaks «پیوند» before many of its lines), the browser's name that ends every
    # window caption of the site is no section, and the visited link over the heading role, an item of the menu
    # shown again over the headline, is (before: «Mozilla Firefox», the caption's part beside the site's name)
    (tmp_path / "pages").mkdir()
    want = {}
    for k, paras in enumerate(story_bodies(10, 2)):
        (tmp_path / "pages" / ("p%02d.txt" % k)).write_text(_transcript(k, HEADLINES[k], SECTIONS[k % 3], paras),
                                                            encoding="utf-8")
        want[line_key(HEADLINES[k])] = SECTIONS[k % 3]
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want
