"""A print edition's page online names the story's section by its page's label, «صفحه ۴ - اجتماعی» (the
page's number beside the desk that filled it), and lists its issue's pages, every page's label, apart: the
section is the page's own label, never an item of the list (s79). Flat pages and HTML pages, refined as one
run (a site's pages teach its template), and the readers one by one."""
import lxml.html

from conftest import read_rows, refine_pages, story_bodies
from palayesh import refine
from palayesh.extract.html import _in_page_list
from palayesh.extract.sections import page_index, print_page_label, worded_label

#: the issue's pages, by number (their rubrics)
RUBRICS = ["صفحه اول", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی", "بین‌الملل", "آخر"]
TITLES = ["نمایشگاه کتاب استان با حضور ناشران برگزار شد", "بازسازی پل تاریخی شهر به پایان رسید",
          "نرخ تورم ماهانه در گزارش تازه اعلام شد", "تیم فوتبال جوانان به مرحله بعد صعود کرد",
          "جشنواره تئاتر خیابانی در میدان شهر آغاز شد", "نشست وزیران منطقه در پایتخت برگزار شد",
          "ساخت مدرسه تازه در روستای مرزی آغاز شد", "برنامه واکسیناسیون کودکان ادامه دارد"]


def _fa(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def _flat_issue_page(i: int, body: list[str]) -> tuple[str, str]:
    """An issue archive's page as text: the paper's header, its issue's list of pages, the story's own page
    label «<rubric> | صفحه N» under it, the headline and the story."""
    num = 2 + i % 6
    lines = ["روزنامه نمونه", "آرشیو شماره‌ها", f"شماره {_fa(3000 + i)} — ۱۴۰۲/۰۳/{_fa(10 + i)}"]
    lines += [f"صفحه {_fa(k + 1)}: {r}" for k, r in enumerate(RUBRICS)]
    lines += [f"{RUBRICS[num - 1]} | صفحه {_fa(num)}", TITLES[i], *body, "درباره ما", "تماس با ما"]
    return "\n".join(lines), RUBRICS[num - 1]


def _html_viewer_page(i: int, body: list[str]) -> tuple[str, str]:
    """An e-paper viewer's page: a select of the issue's pages (the shown one selected), the page's head of two
    spans, «صفحه N» and its rubric, the headline and the story."""
    num = 2 + (i + 3) % 6
    opts = "".join(f"<option{' selected' if k + 1 == num else ''}>صفحه {_fa(k + 1)} - {r}</option>"
                   for k, r in enumerate(RUBRICS))
    items = "".join(f"<li><a>صفحه {_fa(k + 1)}: {r}</a></li>" for k, r in enumerate(RUBRICS))
    paras = "".join(f"<p>{p}</p>" for p in body)
    page = (f'<html><head><meta charset="utf-8"><title>نسخه الکترونیک روزنامه نمونه</title></head><body>'
            f'<header><a href="/">روزنامه نمونه</a></header><select class="pages">{opts}</select>'
            f'<ol class="list">{items}</ol><div class="viewer"><div class="page-head"><span>صفحه {_fa(num)}</span> '
            f'<span>{RUBRICS[num - 1]}</span></div><h2>{TITLES[i]}</h2>{paras}</div>'
            f'<footer><a>درباره ما</a> <a>تماس با ما</a></footer></body></html>')
    return page, RUBRICS[num - 1]


def test_each_page_of_a_print_edition_gets_its_own_page_label(tmp_path):
    bodies = story_bodies(16, 3)
    src = tmp_path / "pages"
    src.mkdir()
    gold = {}
    for i in range(8):
        text, rubric = _flat_issue_page(i, bodies[i])
        (src / f"f{i:02d}.txt").write_text(text, encoding="utf-8")
        gold[f"f{i:02d}"] = rubric
        page, rubric = _html_viewer_page(i, bodies[8 + i])
        (src / f"h{i:02d}.html").write_text(page, encoding="utf-8")
        gold[f"h{i:02d}"] = rubric
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    got = {k: rows[k]["section"] for k in gold}
    assert got == gold


def test_a_page_label_may_part_its_number_and_name_by_a_trail_mark_or_stand_bare_where_a_label_stands():
    assert print_page_label("صفحه ۶ › شهری") == "شهری"  # (a newsstand app's text view)
    assert print_page_label("صفحه ۶ شهری") is None  # (anywhere on a page: no label without its mark)
    assert print_page_label("صفحه ۶ شهری", bare=True) == "شهری"  # (a viewer's page head of two spans)
    assert worded_label("صفحه ۶ شهری") == "شهری"  # (the line over a headline)
    assert print_page_label("صفحه ۱ از ۳", bare=True) is None  # (a count of pages)
    assert print_page_label("صفحه ۲ ۳ ۴ بعدی", bare=True) is None  # (a pager)


def test_an_issues_list_of_pages_is_no_page_label_and_the_page_own_label_under_it_is():
    texts = ["صفحه ۱: صفحه اول", "صفحه ۲: سیاسی", "", "صفحه ۳: اقتصادی", "سیاسی | صفحه ۲", "عنوان"]
    assert [page_index(texts, i) for i in range(len(texts))] == [True, True, False, True, False, False]
    # (its own page's label right under the list's last page, one page before it: no next page of the list)
    assert not page_index(["صفحه ۱ - سیاسی", "صفحه ۲ - اقتصادی", "صفحه ۳ - اجتماعی", "صفحه ۲ اقتصادی"], 3)


def test_an_item_of_a_list_of_pages_or_a_select_is_in_a_page_list():
    t = lxml.html.fromstring('<div><select><option>صفحه ۱ - سیاسی</option></select>'
                             '<ul><li>صفحه ۲: اقتصادی</li><li>صفحه ۳: اجتماعی</li></ul>'
                             '<ul><li>صفحه ۴: ورزشی</li><li>تماس با ما</li></ul><p>صفحه ۵ - فرهنگی</p></div>')
    labels = [el for el in t.iter("option", "li", "p") if print_page_label(el.text_content())]
    # (the option, the two items of the list of pages; not a page label among other links, nor one alone)
    assert [_in_page_list(el) for el in labels] == [True, True, True, False, False]


def _html_issue_page(i: int, body: list[str]) -> tuple[str, str]:
    """An issue archive's page: the issue's heading «روزنامه … — شماره N — <day>» as its <h1>, the story's
    headline an <h2> under its page label; the issue's day is the story's."""
    num = 2 + i % 6
    paras = "".join(f"<p>{p}</p>" for p in body)
    page = (f'<html><head><meta charset="utf-8"><title>روزنامه نمونه - آرشیو</title></head><body>'
            f'<header><a href="/">روزنامه نمونه</a></header>'
            f'<h1>روزنامه نمونه — شماره {_fa(4000 + i)} — ۱۴۰۱/۰۷/{_fa(10 + i)}</h1>'
            f'<div class="label"><span>{RUBRICS[num - 1]}</span> | <span>صفحه {_fa(num)}</span></div>'
            f'<h2>{TITLES[i]}</h2>{paras}<footer><a>درباره ما</a> <a>تماس با ما</a></footer></body></html>')
    return page, f"2022-10-{2 + i:02d}"


def test_an_issue_pages_heading_dates_its_story(tmp_path):
    bodies = story_bodies(8, 3)
    src = tmp_path / "pages"
    src.mkdir()
    gold = {}
    for i in range(8):
        page, day = _html_issue_page(i, bodies[i])
        (src / f"h{i:02d}.html").write_text(page, encoding="utf-8")
        gold[f"h{i:02d}"] = day
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert {k: (rows[k]["published"] or "")[:10] for k in gold} == gold
    assert [rows[k]["title"] for k in sorted(gold)] == TITLES


def test_a_page_label_over_two_lines_names_the_page(tmp_path):
    """The page's number alone on its line, its name on the line under it (a page head's two spans as a
    text dump sets them), under the issue's list of pages."""
    bodies = story_bodies(8, 3)
    pages, gold = [], {}
    for i in range(8):
        num = 2 + i % 6
        lines = ["روزنامه نمونه", "آرشیو شماره‌ها", f"شماره {_fa(3000 + i)} — ۱۴۰۲/۰۳/{_fa(10 + i)}"]
        lines += [f"صفحه {_fa(k + 1)}: {r}" for k, r in enumerate(RUBRICS)]
        lines += [f"صفحه {_fa(num)}", RUBRICS[num - 1], TITLES[i], *bodies[i], "درباره ما", "تماس با ما"]
        pages.append("\n".join(lines))
        gold[f"p{i:02d}"] = RUBRICS[num - 1]
    rows = refine_pages(tmp_path, pages)
    assert {k: rows[k]["section"] for k in gold} == gold
