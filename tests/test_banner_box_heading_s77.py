"""(s77) A product's page that shows a story in a box: the ``<h1>`` names the product on every page of the
site, a heading of the site's own box («درباره این برنامه») stands over the box on every page too, and the
story's headline is the heading under that. The run shows the box's heading over as many stories as the
banner: it is no headline (:func:`.html._heading_element_after`), the heading under it is."""
from conftest import made_titles
from palayesh import read_output, refine
from test_stock_title_s73 import TOWNS, WORKS, _story


def _page(k: int, head: str) -> str:
    story = "".join(f"<p>{p}</p>\n" for p in _story(k, TOWNS[k % len(TOWNS)]))
    return ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>دریافت خبرخوان محله</title></head>'
            '<body>\n<div class="brand">بازارچه برنامه‌ها</div>\n'
            '<div class="head"><h1>خبرخوان محله</h1><a>سازنده نمونه</a></div>\n'
            f'<ul class="info"><li>امتیاز ۴٫{k % 9}</li><li>نسخه ۳.{k}.۱</li></ul>\n'
            '<h2>درباره این برنامه</h2>\n'
            f'<div class="desc"><h3>{head}</h3>\n{story}</div>\n'
            '<h2>تغییرات این نسخه</h2><ul><li>حالت شب</li></ul>\n'
            '<div class="foot"><a>درباره ما</a> <a>تماس با ما</a></div>\n</body></html>')


def test_a_box_heading_the_site_shows_over_every_story_is_no_headline(tmp_path):
    heads = made_titles(10, WORKS, TOWNS)
    src = tmp_path / "pages"
    src.mkdir()
    for k, head in enumerate(heads):
        (src / f"p{k:02d}.html").write_text(_page(k, head), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_output(tmp_path / "out")}
    got = {int(i[1:]): r for i, r in rows.items()}
    assert len(got) >= 8
    # (before: the product's name in the <h1> was every page's title)
    assert all(r["title"] == heads[k] for k, r in got.items()), [r["title"] for r in got.values()]
