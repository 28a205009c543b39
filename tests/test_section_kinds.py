"""Page kinds whose section stands where the family sets rarely put it (s49): pages of
:mod:`section_kinds`, refined as one run (a host's pages teach its template), and the readers one by one."""
import random

import lxml.html
import pytest

from conftest import read_rows
from head_layouts import write_set
from palayesh import refine
from palayesh.extract.html import section_word_link
from palayesh.extract.menusection import active_item
from palayesh.extract.sections import dated_label_word, print_page_label, section_from_label
from palayesh.textkeys import line_key
from section_kinds import HOSTS, _gold, _page

#: the kinds s49 taught palayesh to read the section of (they gave none before)
READ = ("print_label", "print_html", "print_header", "fan_tabs", "tab_current", "archive_link", "table_cell")


@pytest.fixture(scope="module")
def refined(tmp_path_factory):
    """{kind: [(section got, gold)]} of six pages a host of the kinds of :data:`READ`, refined as one run."""
    out = tmp_path_factory.mktemp("kinds")
    hosts = [h for h in HOSTS if h[3] in READ]
    gold = write_set(out, hosts, 6, random.Random("section-kinds-test"), _page, _gold)
    refine(out / "pages", out / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out / "out")}
    got: dict[str, list] = {}
    for g in gold:
        got.setdefault(g["family"], []).append((rows[g["id"]]["section"], g["section"]))
    return got


@pytest.mark.parametrize("kind", READ)
def test_each_kind_gives_every_page_its_section(refined, kind):
    pages = refined[kind]
    assert len(pages) == 6
    for section, gold in pages:
        assert section and line_key(section) == line_key(gold), (kind, section, gold)


def test_a_print_page_label_names_the_desk_a_page_count_does_not():
    assert print_page_label("صفحه ۳ - اقتصادی") == "اقتصادی"
    assert print_page_label("صفحه ۱۲ | بین\u200cالملل") == "بین\u200cالملل"
    assert print_page_label("اجتماعی - صفحه ۵") == "اجتماعی"
    assert print_page_label("صفحه ۱ از ۳") is None
    assert print_page_label("صفحه ۲ - وی در ادامه سخنان خود به موضوع مهمی اشاره کرد") is None
    assert section_from_label("صفحه ۳ - اقتصادی") == "اقتصادی"


def test_a_label_word_row_names_the_section_only_beside_figures():
    assert dated_label_word("سرویس اقتصادی - ۱۲ آذر ۱۴۰۲ - ۱۰:۲۰") == "اقتصادی"
    assert dated_label_word("بخش خصوصی - دولت") is None
    assert dated_label_word("سرویس اقتصادی") is None  # (a line of its own: section_from_label_word reads it)


def _tree(body: str):
    return lxml.html.fromstring("<html><body>%s<h1>عنوان</h1></body></html>" % body)


def test_a_tab_marked_as_the_page_outside_a_menu_names_the_section():
    tabs = "<div class='tabs'><a href='/c/1'>اقتصاد</a><a href='/c/2' aria-current='page'>جامعه</a></div>"
    assert active_item(_tree(tabs)) == "جامعه"
    short = "<ul><li><a href='/t/1'>اخبار</a></li><li class='active'><a href='/t/2'>لیگ برتر</a></li></ul>"
    assert active_item(_tree(short)) == "لیگ برتر"


def test_a_script_tab_or_a_lone_marked_link_names_no_section():
    # a box's tabs switched by a script («#most-read»): the page's boxes, not its section
    box = ("<ul class='tabs'><li class='active'><a href='#most-read'>پربازدیدها</a></li>"
           "<li><a href='#latest'>تازه‌ها</a></li></ul>")
    assert active_item(_tree(box)) is None
    assert active_item(_tree("<div><a href='/c/2' aria-current='page'>جامعه</a></div>")) is None


def test_a_link_naming_a_menu_item_after_a_section_word_is_the_section():
    links = [("اقتصاد", "/s/1"), ("جامعه", "/s/2")]
    art = lxml.html.fromstring("<article><p>متن</p><a href='/archive/1'>بایگانی بخش اقتصاد</a></article>")
    assert section_word_link(art, links, None) == "اقتصاد"
    other = lxml.html.fromstring("<article><a href='/x'>بایگانی بخش ورزش</a></article>")
    assert section_word_link(other, links, None) is None  # (the menu lists no «ورزش»)
    two = lxml.html.fromstring("<article><a href='/1'>بایگانی بخش اقتصاد</a><a href='/2'>سایر اخبار بخش جامعه</a>"
                               "</article>")
    assert section_word_link(two, links, None) is None
