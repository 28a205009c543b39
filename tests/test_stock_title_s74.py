"""(s74) A line the run finds in the headline's place over several stories of a site
(:meth:`.template.PageTemplate.stock_title`) yields to a headline over it, not to the header's weaker
lines: a site that heads several stories alike (a daily price report) keeps that headline over its
kicker or its credit line (:func:`.text._pick_headline`)."""
import pytest

from conftest import made_titles, refine_site
from test_stock_title_s73 import TOWNS, WORKS, _story

#: the headline the site gives its daily report, whatever the day's story
DAILY = "قیمت طلا و سکه در بازار امروز"
KICKERS = ["بازار", "گزارش", "اقتصاد"]


def _pages(over, n: int = 12) -> tuple[list[list[str]], list[str]]:
    """A site's ``n`` pages, four of them its daily report under one headline; ``over(k)``: the
    line over page ``k``'s headline. The pages and their headlines."""
    heads = [DAILY if k % 3 == 0 else h for k, h in enumerate(made_titles(n, WORKS, TOWNS))]
    pages = []
    for k, head in enumerate(heads):
        top = ["خبرگزاری نمونه", "صفحه نخست | سیاسی | اقتصادی | ورزشی", f"{k + 1} مهر ۱۴۰۲", over(k), head]
        pages.append([*top, *_story(k, TOWNS[k % len(TOWNS)]), "کلیه حقوق این سایت محفوظ است"])
    return pages, heads


@pytest.mark.parametrize("over", [
    lambda k: KICKERS[k % 3],                             # a kicker of a word («بازار»)
    lambda k: f"خبرگزاری فارس - {TOWNS[k % len(TOWNS)]}",  # the story's credit and its place
])
def test_a_headline_the_site_gives_several_stories_outranks_the_line_over_it(tmp_path, over):
    pages, heads = _pages(over)
    rows = refine_site(tmp_path, pages)
    # (before: the kicker «بازار», or «خبرگزاری فارس - کرمان», was the headline of the daily reports)
    got = {k: rows[f"p{k:02d}"]["title"] for k in range(len(heads)) if f"p{k:02d}" in rows}
    assert sum(heads[k] == DAILY for k in got) >= 3
    assert got == {k: heads[k] for k in got}
