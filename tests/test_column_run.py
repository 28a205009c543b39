"""A menu set an item a line, read once (template.column_run) by the three readers of the page's
place in it: the template's kicker under the place (item_stack), a flat page's section under its
headline (text._under_menu_column), an HTML page's (html._item_under_menu)."""
import pytest

from palayesh.extract.html import _item_under_menu
from palayesh.extract.template import column_run
from palayesh.extract.text import _under_menu_column, classify

HOME, SPORT, ECON, CULTURE = "خانه", "ورزش", "اقتصاد", "فرهنگ"


@pytest.mark.parametrize("items, expected", [
    ([HOME, SPORT, ECON, SPORT, "بازار"], ([HOME, SPORT, ECON], True)),  # an item again ends it
    ([HOME, SPORT, None, SPORT], ([HOME, SPORT], False)),  # a line that is no item ends it first
    ([HOME, SPORT, ECON], ([HOME, SPORT, ECON], False)),  # the lines run out
    ([None, HOME], ([], False)),  # no item on its first line: no column
    (["", "", HOME], ([""], True)),  # (an empty key is an item still: a reader says what is none)
])
def test_column_run(items, expected):
    assert column_run(items) == expected


def test_upward_and_downward_read_alike():
    """The flat page's reader walks up from the line under the column, the HTML page's down from the
    headline: both find the page's place (an item again), and neither where an item stands twice."""
    page = ["تیم ملی به فینال رسید", HOME, SPORT, ECON, CULTURE, SPORT]
    menu = [(t, "/") for t in (HOME, SPORT, ECON, CULTURE)]
    assert _item_under_menu(page, page[0], menu) == SPORT
    flat = [classify(t) for t in page]
    for ln in flat[1:]:
        ln.tagline = True
    assert _under_menu_column(flat, 5, 0) is True
    twice = page[:3] + [SPORT, ECON, CULTURE, SPORT]  # («ورزش» twice inside: no menu's column)
    flat = [classify(t) for t in twice]
    for ln in flat[1:]:
        ln.tagline = True
    assert _under_menu_column(flat, 6, 0) is None
    assert _item_under_menu(twice, twice[0], menu) is None
