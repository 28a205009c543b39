"""Headlines, days and credits of page kinds tests/export_mixed.py builds (``bench/score_head_layouts.py --set
mixed``): a listing's banner ``<h1>`` over an ``<h2>`` headline on pages that name no headline for machines.
Pages built here, in words of no family set."""
from __future__ import annotations

from conftest import read_rows, refine_site, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key


def _headline(paras: list[str]) -> str:
    return " ".join(paras[2].split()[:7]).strip("،.:؛")


def _html_site(tmp_path, bodies: list[list[str]], banner) -> dict:
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        page = ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>سفرنامه</title></head>"
                "<body><header><div class='logo'>سفرنامه</div><nav>خانه | اقامت | تماس با ما</nav></header>"
                "<h1 class='page-title'>%s</h1><article><h2>%s</h2><div class='entry'>%s</div></article>"
                "<footer>تمامی حقوق محفوظ است</footer></body></html>") % (
            banner(i, paras), _headline(paras), "".join("<p>%s</p>" % p for p in paras))
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out")}


def test_a_banner_the_run_sees_over_many_stories_is_no_headline(tmp_path):
    """«<h1 class="page-title">اقامتگاه‌ها</h1>» (the category an archive template names) over each
    story's «<h2>»: no og:title, no <title> says which is the headline; the run does: the banner stands
    over many of the site's stories, each <h2> over one."""
    bodies = story_bodies(8)
    rows = _html_site(tmp_path, bodies, lambda i, paras: ["اقامتگاه‌ها", "سفر ارزان"][i % 2])
    assert [line_key(rows[f"p{i:02d}"]["title"]) for i in range(len(bodies))] == \
        [line_key(_headline(paras)) for paras in bodies]


def test_an_h1_over_its_own_story_stays_the_headline(tmp_path):
    """Each page's <h1> says its own story (a short headline), the <h2> under it a subtitle: no banner."""
    bodies = story_bodies(8)
    rows = _html_site(tmp_path, bodies, lambda i, paras: _short(paras))
    assert [line_key(rows[f"p{i:02d}"]["title"]) for i in range(len(bodies))] == \
        [line_key(_short(paras)) for paras in bodies]


def _short(paras: list[str]) -> str:
    return " ".join(paras[3].split()[4:8]).strip("،.:؛")


PLACES = ["کابل", "مزار شریف", "هرات", "قندهار"]
OUTLETS = ["آوا", "طنین", "روشنا"]


def _dari_pages(bodies: list[list[str]], credited) -> list[list[str]]:
    return [["بلخ نیوز", "خانه | سیاست | اقتصاد | تماس با ما", _headline(paras), "سه شنبه ۲۱ قوس ۱۴۰۲",
             ("%s (%s): %s" % (PLACES[i % 4], OUTLETS[i % 3], paras[0]) if credited(i) else paras[0]), *paras[1:],
             "تمامی حقوق محفوظ است"] for i, paras in enumerate(bodies)]


def test_a_dateline_of_place_and_outlet_the_site_opens_its_stories_with_credits_the_outlet(tmp_path):
    """«مزار شریف (آوا): …» opens each story of an Afghan site, the outlet in no agency table: the
    run learns the shape (a place, a name in brackets, a colon) from the site's pages, not the names."""
    bodies = story_bodies(8)
    rows = refine_site(tmp_path, _dari_pages(bodies, lambda i: True))
    assert [rows[f"p{i:02d}"]["agency"] for i in range(len(bodies))] == [OUTLETS[i % 3] for i in range(len(bodies))]


def test_a_bracketed_opening_on_one_page_of_a_site_credits_nobody(tmp_path):
    """One story of the site opens «کابل (آوا): …», the others with no dateline: no shape of the site."""
    bodies = story_bodies(8)
    rows = refine_site(tmp_path, _dari_pages(bodies, lambda i: i == 0))
    assert rows["p00"]["agency"] != OUTLETS[0]
