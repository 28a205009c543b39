"""Where a site files a story, said under it (s45): a trail at the page's foot through an item of the
site's menu, or a field «بایگانی: X» among the story's closing lines, against a kicker over the
headline that the site's pages repeat (a genre label the menu does not list). Each site is its own
run, as a crawl of it would be; the site's other pages teach its template."""
from __future__ import annotations

import pytest

from conftest import news_bodies, read_rows
from palayesh import refine

SECTIONS = ["اقتصاد", "ورزش", "فرهنگ", "جامعه"]
#: a subsection under each section, which the menu does not list
SUBS = {"اقتصاد": "بازار سرمایه", "ورزش": "فوتبال ملی", "فرهنگ": "سینمای ایران", "جامعه": "آموزش عالی"}
MENU = "خانه | " + " | ".join(SECTIONS) + " | تماس با ما"
#: genre labels over the headline, a few the site repeats over its stories
KICKERS = ["نکات کلیدی", "راهنمای کامل", "گزارش میدانی"]


def _run(tmp_path, page_of, n=20):
    """Refine ``n`` pages of one site (``page_of(i, title, paras)`` gives page ``i``'s lines and its
    section); the (expected, got) sections."""
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [b for b in ([p for p in b if len(p.split()) >= 20][:3] for b in bodies) if len(b) == 3][:n]
    src = tmp_path / "pages"
    src.mkdir()
    want = []
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        lines, section = page_of(i, title, paras)
        want.append(section)
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    return want, [rows[f"p{i:02d}"]["section"] for i in range(len(bodies))]


@pytest.mark.parametrize("menu", [True, False])
def test_a_foot_trail_through_a_menu_item_outweighs_a_kicker_over_the_headline(tmp_path, menu):
    # a pet-shop blog sets a genre label over its headlines («نکات کلیدی», on many of its pages) and
    # its breadcrumb trail under the story only, down to a subsection the menu does not list
    # («خانه › ورزش › فوتبال ملی» under the menu's «ورزش»); or a print view, no menu to tell: the
    # trail says where the site filed the story, the label is a kicker
    def page(i, title, paras):
        section = SECTIONS[i % 4]
        head = ["خبرنامه روز", MENU] if menu else ["خبرنامه روز", "🖨 نسخه چاپی"]
        return [*head, KICKERS[i % 3], title, f"{1 + i % 28} مهر ۱۴۰۲", *paras,
                f"خانه › {section} › {SUBS[section]}", "کلیه حقوق محفوظ است."], SUBS[section]
    want, got = _run(tmp_path, page)
    assert got == want


@pytest.mark.parametrize("field", ["بایگانی: {}", "بایگانی شده در {}"])
def test_a_closing_field_naming_a_menu_item_is_the_section_over_a_kicker(tmp_path, field):
    # a magazine files each story under an item of its menu and says so under the story
    # («بایگانی: ورزش», «بایگانی شده در ورزش»), over its byline; a kicker stands over some headlines
    def page(i, title, paras):
        section = SECTIONS[i % 4]
        over = [KICKERS[i % 3]] if i % 2 else []
        return ["خبرنامه روز", MENU, *over, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras, "پایان",
                field.format(section), f"نویسنده: {['سارا محمدی', 'علی رضایی', 'مینا کاظمی'][i % 3]}",
                "کلیه حقوق محفوظ است."], section
    want, got = _run(tmp_path, page)
    assert got == want


def test_a_closing_field_under_a_section_the_header_names_leaves_it(tmp_path):
    # a blog names the story's section over its headline, an item of its menu, and ends each post with
    # one tag that its menu lists too («برچسب: فرهنگ»): the header's section stands
    def page(i, title, paras):
        section = SECTIONS[i % 4]
        return ["خبرنامه روز", MENU, section, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras,
                f"برچسب: {SECTIONS[(i + 1) % 4]}", "کلیه حقوق محفوظ است."], section
    want, got = _run(tmp_path, page)
    assert got == want


def test_a_fixed_closing_line_ending_with_a_menu_item_names_no_section(tmp_path):
    # the same promotion under every story («ثبت‌نام رایگان در خبرنامه ورزش»), its last word an item
    # of the menu: the site's own line, the same on each page, files no story
    def page(i, title, paras):
        return ["خبرنامه روز", MENU, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras, "ثبت‌نام رایگان در خبرنامه ورزش",
                "کلیه حقوق محفوظ است."], None
    want, got = _run(tmp_path, page)
    assert got == want
