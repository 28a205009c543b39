"""Tables inside a story: their rows are the story's lines, on flat and HTML pages written here."""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.extract.tables import cells, table_runs

PARAS = ["به گزارش پایگاه خبری ما، قیمت محصولات کشاورزی در بازار عمده‌فروشی این هفته با افزایش همراه بود و "
         "خریداران نگران ادامه این روند هستند.",
         "رئیس اتحادیه گفت که کاهش بارندگی و افزایش هزینه‌های حمل دلیل اصلی این افزایش است و پیش‌بینی "
         "می‌شود تا پایان ماه ادامه داشته باشد.",
         "او افزود که دولت برای کنترل بازار باید ذخایر راهبردی را به بازار عرضه کند تا قیمت‌ها به تعادل "
         "برسد و مصرف‌کنندگان آسیب نبینند."]
ROWS = ["کالا | بهای هر واحد | نوسان", "ذرت | ۴۰,۵۰۰ | ۱۲٪", "عدس | ۳۱,۰۰۰ | -۴٪", "نخود | ۵۸,۲۵۰ | ۳٪"]


@pytest.mark.parametrize("lines, rows", [
    (["متن.", *ROWS, "متن."], {1, 2, 3, 4}),                                    # a table between paragraphs
    (["صفحه اصلی | ورزش | اقتصاد | سیاست"], set()),                              # a menu: one line
    (["درباره ما | تماس با ما", "درباره ما | تماس با ما", "درباره ما | تماس با ما"], set()),  # repeated
    (["الف | ب | ج", "د | ه | و", "ز | ح | ط"], set()),                          # no figures
    (["کالا | بها", "ذرت | ۴۰۰ | ۱٪", "عدس | ۳۰۰ | ۲٪"], set()),                  # rows of other widths
    (["متن.", *ROWS[:3], "هشدار: این یک آگهی است", ROWS[3], "متن."], {1, 2, 3, 5}),  # a table broken by a line
    (["متن.", *ROWS[:3], "یک", "دو", "سه", ROWS[3], "متن."], {1, 2, 3}),       # a row far under it: none
])
def test_table_runs(lines, rows):
    assert table_runs(lines) == rows


def test_cells():
    assert cells("| ذرت | ۴۰,۵۰۰ | ۱۲٪ |") == ["ذرت", "۴۰,۵۰۰", "۱۲٪"]
    assert cells("به گزارش ما | این یک جمله بلند است که در یک خانه جدول جا نمی‌شود") is None


def test_a_flat_pages_table_between_the_story_paragraphs():
    page = ["بازار امروز", "", "قیمت محصولات کشاورزی در بازار عمده‌فروشی افزایش یافت", "",
            PARAS[0], PARAS[1], *ROWS, PARAS[2]]
    got = extract("\n".join(page))
    assert got.paragraphs == [PARAS[0], PARAS[1], *ROWS, PARAS[2]]


def test_an_html_pages_table_between_the_story_paragraphs():
    table = "<table>" + "".join("<tr> " + " ".join(f"<td>{c}</td>" for c in r.split(" | ")) + " </tr>"
                                for r in ROWS) + "</table>"
    page = ("<html><body><article><h1>قیمت محصولات کشاورزی در بازار عمده‌فروشی افزایش یافت</h1>"
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{table}<p>{PARAS[2]}</p></article></body></html>")
    got = extract(page)
    assert got.paragraphs == [PARAS[0], PARAS[1], *ROWS, PARAS[2]]


#: a box of the site's set between the story's paragraphs: its heading, a table of figures that
#: change from page to page (the fares of the day), its foot line; no word of it a lexicon knows
_BOX_HEAD, _BOX_FOOT = "برآورد کرایه امروز", "پیشنهاد ویژه این هفته"
_BOX_ROWS = ["مبدا | مقصد | کرایه", "پایانه شرق | میدان انقلاب | {a},000 تومان", "پایانه شرق | بازار | {b},000 تومان"]
#: a table of the story's own, whose heading row the site repeats too (its daily price report)
_OWN_ROWS = ["کالا | بهای هر واحد | نوسان", "ذرت | {a},500 | ۱۲٪", "عدس | {b},000 | -۴٪"]


def _table_html(rows: list[str]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>" for r in rows) \
        + "</table>"


def _boxed_site(html: bool) -> list[list[str]]:
    from conftest import story_bodies

    pages = []
    for i, paras in enumerate(story_bodies(12)):
        a, b = 100 + 7 * i, 90 + 5 * i
        boxed = i < 8
        rows = [r.format(a=a, b=b) for r in (_BOX_ROWS if boxed else _OWN_ROWS)]
        title = f"خبر شماره {i} از رویدادهای امروز شهر"
        if not html:
            box = [_BOX_HEAD, *rows, _BOX_FOOT] if boxed else rows
            pages.append(["کرایه‌نامه", "همراه هر روز شما در شهر", title, paras[0], paras[1], *box, paras[2],
                          paras[3], "این نوشته را برای دوستانتان بفرستید", "کلیه حقوق محفوظ است."])
            continue
        box = (f"<div class='w'><h4>{_BOX_HEAD}</h4>{_table_html(rows)}<div>{_BOX_FOOT}</div></div>" if boxed
               else _table_html(rows))
        pages.append([f"<!doctype html><html><head><title>{title}</title></head><body>"
                      "<div class='top'><a href='/'>کرایه‌نامه</a><span>همراه هر روز شما در شهر</span></div>"
                      f"<article><h1>{title}</h1><p>{paras[0]}</p><p>{paras[1]}</p>{box}<p>{paras[2]}</p>"
                      f"<p>{paras[3]}</p><div class='s'>این نوشته را برای دوستانتان بفرستید</div></article>"
                      "<div class='f'>کلیه حقوق محفوظ است.</div></body></html>"])
    return pages


@pytest.mark.parametrize("html", [False, True])
def test_a_table_in_a_box_the_site_sets_between_the_paragraphs_is_the_sites(tmp_path, html):
    # pages 0-7 set the site's box between the story's paragraphs: its heading over a table of the
    # day's fares, on every page; the heading is the site's, so its table is too, however it reads.
    # Pages 8-11 hold a table of their own right under a paragraph (its heading row the same on each):
    # the story's, kept.
    from conftest import read_rows
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    for i, lines in enumerate(_boxed_site(html)):
        (src / f"p{i:02d}.{'html' if html else 'txt'}").write_text("\n\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {int(r["id"][1:]): r["text"].split("\n") for r in read_rows(tmp_path / "out")}
    assert len(rows) == 12
    for i in range(8):
        assert not any("|" in t or t in (_BOX_HEAD, _BOX_FOOT) for t in rows[i]), (i, rows[i])
    for i in range(8, 12):
        assert _OWN_ROWS[0] in rows[i] and sum("|" in t for t in rows[i]) == 3, (i, rows[i])


#: the site's box in four wordings of its heading, each too seldom on the site for its template, over
#: the same columns; a story's own table under its own words, its columns the same on every page
_WORDED_HEADS = [f"{w} آبگیرهای کوهستانی" for w in ("ذخیره", "حجم", "پیمانه", "برآورد")]
_WORDED_ROWS = ["آبگیر | پیمانه | پرشدگی", "آبگیر شمالی | {a} | ۵۴٪", "آبگیر جنوبی | {b} | ۹۴٪"]


def _worded_box_site() -> list[list[str]]:
    from conftest import story_bodies

    pages = []
    for i, paras in enumerate(story_bodies(16)):
        a, b = 100 + 7 * i, 90 + 5 * i
        if i < 8:
            box = [_WORDED_HEADS[i % 4], *(r.format(a=a, b=b) for r in _WORDED_ROWS)]
        else:  # (under a heading of the story's own words: three long words of its first paragraph)
            own = [w for w in paras[0].split() if len(w) >= 5 and w.replace("\u200c", "").isalpha()][:3]
            box = [" ".join(own), *(r.format(a=a, b=b) for r in _OWN_ROWS)]
        pages.append(["کرایه‌نامه", "همراه هر روز شما در شهر", f"خبر شماره {i} از رویدادهای امروز شهر",
                      paras[0], paras[1], *box, paras[2], paras[3], "این نوشته را برای دوستانتان بفرستید",
                      "کلیه حقوق محفوظ است."])
    return pages


def test_a_box_whose_heading_the_site_words_anew_goes_by_its_columns_and_words(tmp_path):
    # pages 0-7: the site's box between the paragraphs, its heading in four wordings (two pages each:
    # too seldom for the template), over the same columns; the heading shares no word with the story.
    # Pages 8-15: the story's own table under its own words, the same columns on each: kept.
    from conftest import refine_site

    rows = {int(k[1:]): r["text"].split("\n") for k, r in refine_site(tmp_path, _worded_box_site()).items()}
    assert len(rows) == 16
    for i in range(8):
        assert not any("|" in t for t in rows[i]), (i, rows[i])
    for i in range(8, 16):
        assert _OWN_ROWS[0] in rows[i] and sum("|" in t for t in rows[i]) == 3, (i, rows[i])


#: an old site's layout table: one row, the menu's cell and the story's cell; the story's cell
#: holds its paragraphs set apart by <br><br>, then a row of links with bars and a visit counter
_LAYOUT_TAIL = ('<br><a href="/a1.asp">چاپ مطلب</a> | <a href="/a2.asp">پیوند به دوستان</a> | '
                '<a href="/a3.asp">بایگانی</a><br>تعداد بازدید: 4127<br>')


def _layout_page(tail: str, paras: list[str] = PARAS) -> str:
    story = "<br><br>\n".join(paras)
    return ('<html><head><title>گزارش بازار عمده‌فروشی - تارنمای نمونه</title></head><body>'
            '<table width="760"><tr><td width="140"><a href="/1.asp">نخست</a><br><a href="/2.asp">اخبار</a>'
            '<br><a href="/3.asp">تماس</a></td><td valign="top">'
            '<b>قیمت محصولات کشاورزی در بازار عمده‌فروشی افزایش یافت</b><br>'
            f'تاریخ انتشار: 1404/03/11 - 10:20<br><br>\n{story}<br><br>\n{tail}</td></tr>'
            '<tr><td colspan="2">همه حقوق این تارنما محفوظ است</td></tr></table></body></html>')


@pytest.mark.parametrize("tail", [_LAYOUT_TAIL, _LAYOUT_TAIL.replace("<br>تعداد", "<br><br>تعداد")])
def test_a_layout_tables_story_cell_ends_in_links_and_a_counter_that_are_no_row(tail):
    """Two lines of the story's one cell (the links row, the counter under it) are no table row of
    the layout's <tr>, whose cells are the menu's and the story's; and the bars between the links,
    which the main-content extractor writes escaped («\\|») inside a cell, are the page's «|»."""
    got = extract(_layout_page(tail))
    assert got.paragraphs == PARAS


def test_the_bars_of_a_cell_are_the_pages_not_the_extractors_escape():
    """The main-content extractor writes a table cell's «|» as «\\|» (markdown): its text is read
    back with the page's bar, so that the line is found in the page's block it came from."""
    from palayesh.extract.html import _main_text

    page = _layout_page(_LAYOUT_TAIL).replace('<td valign="top">', '<td valign="top"><font size="2">')
    text = _main_text(page, "trafilatura")
    assert "چاپ مطلب | پیوند به دوستان | بایگانی" in text and "\\|" not in text


@pytest.mark.parametrize("styled", ['<font color="#2a5599">{}</font>', '<span class="x1">{}</span>', "<b>{}</b>"])
def test_a_layout_tables_lead_set_apart_by_its_look_alone(styled):
    """The story's cell parts its paragraphs by <br><br>; the summary is its first, wholly inside an
    inline element of its own (a colour, a weight), the story's paragraphs bare text: the lead."""
    lead = "استاندار گفت که قیمت محصولات کشاورزی در بازار این هفته به دلیل کمبود باران افزایش یافته است."
    got = extract(_layout_page(_LAYOUT_TAIL, [styled.format(lead), *PARAS]))
    assert (got.lead, got.paragraphs) == (lead, PARAS)
    plain = extract(_layout_page(_LAYOUT_TAIL, [lead, *PARAS]))  # (not set apart: the story's first)
    alike = extract(_layout_page(_LAYOUT_TAIL, [styled.format(p) for p in [lead, *PARAS]]))  # (all so set)
    assert (plain.lead, plain.paragraphs) == (alike.lead, alike.paragraphs) == (None, [lead, *PARAS])


#: a box of the site's on a site of five pages in the run (too few for its template): the day's ferries
#: under a heading, set between the paragraphs of stories about other things
_FERRY_HEAD = "حرکت کشتی‌های مسافربری امروز"
_SUBHEADING = "پیشنهادهای تازه برای آینده"
_FERRY_ROWS = ["مسیر | ساعت حرکت", "چابهار - کنارک | {a}:۱۵", "قشم - لافت | {b}:۳۰", "بندر چارک - کیش | ۱۹:۱۵"]


def _ferry_site() -> list[list[str]]:
    from conftest import story_bodies

    pages = []
    for i, paras in enumerate(story_bodies(6)):
        rows = [r.format(a=f"0{i + 1}", b=10 + i) for r in _FERRY_ROWS]
        if i == 5:  # (a story of the coin market: its own table under its own words)
            paras = [p.replace(".", " و نرخ سکه و طلا در بازار تغییر کرد.", 1) for p in paras]
            box = ["نرخ سکه و طلا در بازار امروز", "نرخ سکه و طلا | قیمت", "سکه امامی | ۷۰,۰۰۰,۰۰۰",
                   "نیم سکه | ۳۸,۰۰۰,۰۰۰", "ربع سکه | ۲۱,۰۰۰,۰۰۰"]
        else:
            box = [_FERRY_HEAD, *rows]
        # (on one page the box stands right over the story: the run takes its heading for a headline)
        # (on another a subheading of the story's stands right over the box: it leads into the text
        # under the box, the story's)
        sub = [_SUBHEADING] if i == 2 else []
        story = [*box, *paras] if i == 0 else [paras[0], paras[1], *sub, *box, paras[2], paras[3]]
        pages.append(["بندرنامه", "اخبار جزیره و منطقه آزاد", f"خبر شماره {i} از رویدادهای امروز جزیره",
                      f"کد خبر: {4000 + i}", *story, "لینک کوتاه: https://bandar.ir/x" + str(i),
                      "کلیه حقوق محفوظ است."])
    return pages


def test_a_box_of_a_small_site_foreign_to_the_story_goes_by_its_words(tmp_path):
    # five pages of a site set the day's ferries between their stories' paragraphs (about other
    # things): too few for the template, and one shows the box over its story, so the run knows its
    # heading as a headline; the heading and rows share no word with the story: the site's. The
    # sixth page's table under its own words (the coin market in a story of it) stays.
    from conftest import refine_site

    rows = {int(k[1:]): r["text"].split("\n") for k, r in refine_site(tmp_path, _ferry_site()).items()}
    for i in range(1, 5):
        assert not any("|" in t for t in rows[i]), (i, rows[i])
    assert sum("|" in t for t in rows[5]) == 4, rows[5]
    assert _SUBHEADING in rows[2] and len(rows[2]) == 5, rows[2]
