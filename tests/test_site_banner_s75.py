"""(s75) What the run teaches of a site's newsletter pages: an issue's banner in the ``<h1>`` over every page,
only its number changing («خبرنامه هفته — شماره ۵۴۴»), is no headline: the heading under it is
(:func:`.html._headline_under_run_banner`, its words counted without the number and the dash); and a lead
the site shows alike over nearly every page is its greeting, no story's summary (:func:`.extract._extract`)."""
from conftest import made_titles
from palayesh import read_output, refine
from test_stock_title_s73 import TOWNS, WORKS, _story

GREETING = "سلام؛ در این شماره خبر مهم هفته را با جزئیات خوانده‌ایم و چند خبر دیگر را کوتاه."


def _page(k: int, head: str) -> str:
    story = "".join(f"<p>{p}</p>\n" for p in _story(k, TOWNS[k % len(TOWNS)]))
    return ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>خبرنامه هفته</title></head><body>\n'
            '<div class="brand">خبرنامه محله</div>\n'
            f"<h1>خبرنامه هفته — شماره {540 + k}</h1>\n"
            f'<p class="intro">{GREETING}</p>\n'
            f"<h2>{head}</h2>\n{story}"
            '<div class="foot"><a>لغو اشتراک</a> <a>مشاهده در مرورگر</a></div>\n</body></html>')


def test_an_issue_banner_and_its_greeting_are_the_sites(tmp_path):
    heads = made_titles(10, WORKS, TOWNS)
    src = tmp_path / "pages"
    src.mkdir()
    for k, head in enumerate(heads):
        (src / f"p{k:02d}.html").write_text(_page(k, head), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_output(tmp_path / "out")}
    got = {int(i[1:]): r for i, r in rows.items()}
    assert len(got) >= 8
    # (before: the issue's «خبرنامه هفته — شماره 54x» was every page's title, the greeting its lead)
    assert all(r["title"] == heads[k] for k, r in got.items())
    assert all(r["lead"] is None for r in got.values())

