"""The shortcut s79 took in HTML extraction: each says the same as the slower formulation it skips
(kept in the module, or here, as the reference), on random pages of the shapes that matter.

- :func:`palayesh.extract.html._heading_under_fields` keys every cell of a page with no ``<h1>``;
  it now looks at them only when :func:`.html.has_label_value_rows` finds two rows of two cells,
  which every small label/value table (:func:`.html._label_value_table`) has.
"""
from __future__ import annotations

import random
from pathlib import Path

import lxml.html

from palayesh.extract import html
from palayesh.extract.domtext import page_texts
from palayesh.textkeys import line_key

WORDS = ["نام نشریه", "روزنامه نسیم", "صفحه", "۶", "تاریخ انتشار", "۱۲ آبان ۱۴۰۲", "گروه", "اجتماعی",
         "بارش برف راه‌های کوهستانی شمال را بست", "قیمت نان افزایش یافت", "عنوان خبر:"]


def _cell(rnd: random.Random, depth: int) -> str:
    tag = rnd.choice(["td", "th", "td"])
    inner = _table(rnd, depth + 1) if depth < 2 and rnd.random() < 0.15 else rnd.choice(WORDS)
    return f"<{tag}>{inner}</{tag}>"


def _row(rnd: random.Random, depth: int) -> str:
    cells = "".join(_cell(rnd, depth) for _ in range(rnd.choice([1, 2, 2, 2, 3])))
    if rnd.random() < 0.1:
        cells += "<!-- ستون -->"  # (a comment among the cells is no cell)
    return f"<tr>{cells}</tr>"


def _table(rnd: random.Random, depth: int = 0) -> str:
    rows = "".join(_row(rnd, depth) for _ in range(rnd.choice([1, 2, 2, 3, 5, 13])))
    return f"<table>{'<tbody>' + rows + '</tbody>' if rnd.random() < 0.3 else rows}</table>"


def _page(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(0, 3)):
        parts.append(rnd.choice([_table(rnd), "<p>" + rnd.choice(WORDS) + "</p>",
                                 "<h2>" + rnd.choice(WORDS[8:]) + " در شهر</h2>",
                                 "<div><p>متن خبر در اینجا می‌آید و ادامه دارد.</p><p>بند دوم خبر.</p></div>"]))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _same_on(tree, titles) -> None:
    for title in titles:
        key = line_key(title)
        with page_texts():
            got = html._heading_under_fields(tree, title)
        with page_texts():
            full = html._heading_under_fields_of(tree, key) if key else None
        assert got is full, (lxml.html.tostring(tree, encoding="unicode"), title)


def test_cells_looked_at_only_beside_two_rows_of_two_cells():
    rnd = random.Random(79)
    found = skipped = 0
    for _ in range(3000):
        tree = lxml.html.document_fromstring(_page(rnd))
        titles = [rnd.choice(WORDS) for _ in range(3)]
        _same_on(tree, titles)
        if not html.has_label_value_rows(tree):
            skipped += 1
        found += any(html._heading_under_fields(tree, t) is not None for t in titles)
    assert found and skipped  # (both ways taken: headings found under fields, and pages skipped)


def test_the_shortcut_needs_no_more_than_the_table_rule():
    # every cell of a small label/value table is a cell of a page with two rows of two cells
    rnd = random.Random(80)
    for _ in range(3000):
        tree = lxml.html.document_fromstring(_page(rnd))
        tables = {html._label_value_table(c) for c in tree.xpath("//td | //th")} - {None}
        assert not tables or html.has_label_value_rows(tree)


def test_real_page_cells():
    page = Path(__file__).parent / "data" / "real" / "tasnim_2015910.html"
    tree = lxml.html.document_fromstring(page.read_text(encoding="utf-8"))
    titles = [t for t in (c.text_content().strip() for c in tree.xpath("//td | //th | //h2 | //a")) if t][:200]
    _same_on(tree, titles + ["سرتیتر بی‌جدول"])
