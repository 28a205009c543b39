"""Sections on unseen layouts, s79 (found on badev, ``bench/score_families.py --keep``): a blog's post footer whose
dated row names the post's topic in a later field, «نوشته شده در <day> توسط <writer> | موضوع: X | نظرات (N)», a row
that a long weekday and writer's name run past 90 characters."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract import extract
from palayesh.textkeys import line_key
from test_sections_s72 import HEADLINES


def _blog_post(title: str, topic: str, day: str, writer: str, paras: list[str]) -> str:
    """A hosted blog's post page: the blog's header, the post's title, its text, its footer row (day, writer, topic,
    comments) and the sidebar's list of all the blog's topics."""
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>باغ انار</title></head>'
            '<body><div id="header"><h1><a href="/">باغ انار</a></h1></div><div id="content"><div class="post">'
            f'<h2 class="posttitle"><a href="/post/12">{title}</a></h2><div class="postcontent">'
            + "".join(f"<p>{p}</p>" for p in paras)
            + f'</div><div class="postinfo">نوشته شده در {day} توسط {writer} | موضوع: {topic} | نظرات (۶)</div>'
            '</div></div><div id="sidebar"><div class="box"><h3>موضوعات</h3><ul><li><a>باغداری (۱۲)</a></li>'
            '<li><a>آبیاری (۸)</a></li></ul></div></div></body></html>')


def test_a_blog_posts_dated_footer_row_names_its_topic_though_the_row_is_long():
    # the footer row is a dated row; its «موضوع: X» field is read whether the row is short or, with a long weekday
    # and writer's name, over 90 characters (before: a row that long was read for its first field's label alone,
    # and its topic was lost)
    paras = story_bodies(1, 2)[0]
    short = _blog_post(HEADLINES[0], "باغداری", "شنبه ۸ خرداد ۱۴۰۰ ساعت ۲۰:۰۵", "مینا سلیمانی", paras)
    long = _blog_post(HEADLINES[0], "باغداری", "چهارشنبه ۲۲ فروردین ۱۴۰۳ ساعت ۰۲:۱۸", "مینا سلیمانی‌نژاد", paras)
    assert extract(short).section == "باغداری"
    assert extract(long).section == "باغداری"


#: a monitoring service's subjects (none of them an item of the service's menu)
SUBJECTS = ["کشاورزی", "اقتصادی", "اجتماعی"]


def _monitor_copy(k: int, title: str, subject: str, paras: list[str]) -> str:
    """A media-monitoring service's clipping, saved as text: the service's name, the day, its menu, the clipping's
    field box, each label and value a line of its own, no colon (one label of four words, «تاریخ ثبت در سامانه»),
    the service's two controls, the headline and the OCR'd text."""
    fields = [("نام نشریه", ["روزنامه صبح دشت", "روزنامه پیام دشت"][k % 2]), ("شماره", str(2500 + 7 * k)),
              ("تاریخ انتشار نشریه", f"{k + 1} آبان ۱۳۹۹"), ("صفحه", str(k % 9 + 2)),
              ("تاریخ ثبت در سامانه", f"۱۳۹۹/۰۸/{k + 10} ۰۳:۴۸"), ("موضوع", subject),
              ("ارزیابی", ["خنثی", "انتقادی"][k % 2])]
    lines = ["پایشگر رسانه", "سامانه پایش رسانه‌ها و بریده جراید", f"امروز: {k + 2} آذر ۱۴۰۰", "داشبورد",
             "بریده جراید", "گزارش‌ها", "خروج"]
    lines += [x for pair in fields for x in pair] + ["نمایش تصویر اسکن", "دانلود PDF", title] + paras
    return "\n".join(lines) + "\n"


def test_a_clippings_colonless_field_box_over_the_headline_names_the_subject_where_the_run_shows_its_labels(
        tmp_path):
    # each page's field box stands above the headline, its labels without colons, one of four words: alone such
    # lines may be a trail set an item a line, but the run shows every label on every page of the site and the
    # values varying, so the box is the site's and its «موضوع» field names the section (before: a colonless box
    # over the headline was no box, and no section was read)
    (tmp_path / "pages").mkdir()
    want = {}
    for k, paras in enumerate(story_bodies(12, 2)):
        (tmp_path / "pages" / ("p%02d.txt" % k)).write_text(
            _monitor_copy(k, HEADLINES[k], SUBJECTS[k % 3], paras), encoding="utf-8")
        want[line_key(HEADLINES[k])] = SUBJECTS[k % 3]
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want


#: a daily's sections, shown in a chip over the headline
CHIPS = ["استانی", "اقتصادی", "صادرات"]
#: the headlines of the daily's pages saved as text
COPY_HEADLINES = ["بهره‌برداری از سد مخزنی در شمال استان", "برگزاری دوره آموزشی کشاورزان در مرکز خدمات",
                  "آغاز صادرات خرما به کشورهای همسایه", "افتتاح کتابخانه عمومی در شهرک صنعتی"]
#: the daily's footer links, on its HTML pages and its pages saved as text alike
FOOTER = ["درباره ما", "تماس با ما", "تبلیغات", "حریم خصوصی"]


def _chip_page(k: int, title: str, chip: str, paras: list[str]) -> str:
    """A daily's HTML page: its name and slogan, the day, the section's chip over the headline (a genre's overline
    between them on some), the text and the footer's links."""
    over = '<div class="overline">گفت‌وگو</div>' if k % 4 == 3 else ""
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>دشت امروز</title></head>'
            '<body><header><a class="logo" href="/">دشت امروز</a> <span class="slogan">روزنامه الکترونیک</span>'
            f' <span class="today">امروز: {k + 1} مهر ۱۴۰۲</span></header><main><article>'
            f'<a class="category-chip">{chip}</a>{over}<h1 class="headline">{title}</h1>'
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></main><footer><ul>"
            + "".join(f"<li><a>{x}</a></li>" for x in FOOTER) + "</ul></footer></body></html>")


def _chip_copy(k: int, title: str, chip: str, paras: list[str]) -> str:
    """The same page saved as text: each block a line, the chip a line of its own right over the headline."""
    return "\n".join(["دشت امروز", "روزنامه الکترونیک", f"امروز: {k + 1} آبان ۱۴۰۲", chip, title, *paras,
                      *FOOTER]) + "\n"


def test_a_flat_copys_label_over_the_headline_is_the_section_its_sites_html_pages_show_in_that_slot(tmp_path):
    # the site's HTML pages set their section's chip right over the headline, a few values over 12 pages; its four
    # pages saved as text show the chip's line there too, too few pages to teach a template of their own: the run's
    # HTML pages of the site say the slot's values are few, so the line is the section, not a surtitle (before: the
    # label, seen on no other flat page, was read as the story's surtitle, and no section was read)
    (tmp_path / "pages").mkdir()
    want = {}
    bodies = story_bodies(16, 2)
    for k in range(16):
        chip = CHIPS[k % 3]
        if k < 12:
            page, name = _chip_page(k, HEADLINES[k], chip, bodies[k]), "p%02d.html" % k
        else:
            title = COPY_HEADLINES[k - 12]
            page, name = _chip_copy(k, title, chip, bodies[k]), "p%02d.txt" % k
            want[line_key(title)] = chip
        (tmp_path / "pages" / name).write_text(page, encoding="utf-8")
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want
