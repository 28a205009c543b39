"""The site's box over the headline (:func:`palayesh.extract.text._site_box_label`) with a line its
template words two ways: found on xdev under ``--transplant`` (``bench/score_families.py --keep``)."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key
from test_sections_s72 import HEADLINES, WRITERS

MENU = "صفحه نخست | گیاهان آپارتمانی | باغچه | فروشگاه | تماس"
SECTIONS = ["گیاهان آپارتمانی", "باغچه", "کود و خاک"]
#: two wordings of the poll's button, one a page
BUTTONS = ["ارسال پاسخ", "ثبت رأی"]


def _page(k: int, paras: list[str], *, poll: bool, kicker: bool) -> str:
    """A flat page of a garden site, one line a block: its name and menu, a poll right over the headline
    on most pages (heading, question, options, a button the site words two ways, a link to the results),
    a kicker over some headlines, then a writer's row and the section's row «<section> | <date> | N نظر»."""
    title = HEADLINES[k]
    box = "نظرسنجی\nگیاهان خود را چند بار آب می‌دهید؟\n○ هر روز\n○ هر هفته\n%s\nنتیجه آرا\n" % BUTTONS[k % 2]
    rows = "نوشته %s · %d دقیقه مطالعه\n%s | ۱۲:۳۰ - %d آذر ۱۴۰۲ | %d نظر" % (
        WRITERS[k % 3], k % 4 + 1, SECTIONS[k % 3], k + 1, 3 * k + 2)
    over = "گزارش میدانی باغبانان\n" if kicker else ""
    return ("باغ و گلخانه\nپایگاه خبری باغبانی شهری\n%s\n%s%s%s\n%s\n%s\n"
            "کلیه حقوق برای باغ و گلخانه محفوظ است\n") % (MENU, box if poll else "", over, title, rows,
                                                         "\n".join(paras))


def test_a_polls_button_worded_two_ways_keeps_the_results_link_in_its_box(tmp_path):
    # the poll's lines stand on most of the site's pages, its button in one of two wordings, each on half of
    # them: the button is a line of the box between two of its lines, so the results link under it is the
    # box's too, and neither names a section (before: the box stopped at the button, the link under it made a
    # label of its own right above the headline and was read as every page's section; the section's row
    # under the headline names it)
    (tmp_path / "pages").mkdir()
    want = {}
    for k, paras in enumerate(story_bodies(len(HEADLINES), 2)):
        text = _page(k, paras, poll=k % 6 != 5, kicker=k % 3 == 1)
        (tmp_path / "pages" / ("p%02d.txt" % k)).write_text(text, encoding="utf-8")
        want[line_key(HEADLINES[k])] = SECTIONS[k % 3]
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want
