"""A story a plain-text list mail forwards, quoted line by line with «> » and wrapped at the mail's
column (:mod:`palayesh.extract.mailquote`): read without the marks, its paragraphs joined again, and
its agency's header over the headline no section. Every page here is written in the test."""
import textwrap

import pytest

from conftest import story_bodies
from palayesh import extract
from palayesh.extract.mailquote import without_quote_marks
from palayesh.textkeys import line_key

_PARAS = story_bodies(1, paras=3)[0]


def _mail(paras: list[str], width: int = 66, mark: str = "> ") -> str:
    quoted = ["خبرگزاری فارس", "بارش برف سنگین راه روستاهای اردبیل را بست", "سه‌شنبه ۲۳ بهمن ۱۳۹۷ ساعت ۱۰:۲۱", ""]
    for p in paras:
        quoted += textwrap.wrap(p, width) + [""]
    quoted += ["انتهای پیام/"]
    head = ["From: پویا صادقی <p@gmail.com>", "To: members@lists.example.org",
            "",
            "سلام به همه اعضا،", "", "---------- Forwarded message ---------", "From: آرش <a@yahoo.com>", ""]
    return "\n".join(head + [(mark + t).rstrip() for t in quoted]) + "\n"


@pytest.mark.parametrize("width", [62, 66, 72])
def test_quoted_wrapped_paragraphs_come_out_whole(width):
    art = extract(_mail(_PARAS, width))
    for p in _PARAS:
        assert p in art.paragraphs  # (whole: no «> » left inside, no line of it alone)
    assert not any(t.startswith(">") for t in art.paragraphs)


def test_agency_header_over_the_quoted_headline_is_no_section():
    art = extract(_mail(_PARAS))
    assert art.agency == "فارس"
    assert art.section is None


def test_nested_marks_come_off_and_a_word_broken_at_its_zwnj_keeps_it():
    raw = ">> خبر اول\n>> " + "\n>> ".join(["الف بب پپ", "تت ثث جج", "چچ حح خخ", "دد ذذ رر"]) + "\n"
    out = without_quote_marks(raw)
    assert out is not None and ">" not in out
    assert without_quote_marks("> می\u200c\n> خواهد\n> الف\n> ب\n> پ\n") == "می\u200c\nخواهد\nالف\nب\nپ\n"


@pytest.mark.parametrize("raw", [
    "> خلاصه خبر\n\nمتن خبر",           # (a markdown page's quoted lead: a line, no mail quote)
    "a > b\nc > d\n",                    # (a mark inside lines)
    ">\n>\n>\n>\n>\n> ۱\n",             # (marks alone, no words)
    "",
])
def test_pages_with_no_quote_block_are_left_alone(raw):
    assert without_quote_marks(raw) is None



def test_a_pages_own_column_wins_over_a_neighbouring_one_the_site_shows_more(tmp_path, monkeypatch):
    # (a list's pages all wrap at one column, but a page's lines allow its neighbours too, and the
    # run's counts may rank a neighbour first (atdev's list mail: 60 on the page, 62 or 63 from the
    # run): the column the page's own lines, one under another, show wins; a wider one leaves every
    # line whose next word was short unjoined)
    from conftest import read_rows
    from palayesh import refine
    from palayesh.extract.template import PageTemplate

    asked = []
    monkeypatch.setattr(PageTemplate, "wrap_width", lambda self, lines: asked.append(1) or 66)
    stories = story_bodies(12, paras=3)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(stories):
        (src / f"m{i:02d}.txt").write_text(_mail(paras, 62), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}

    def bare(t: str) -> str:  # (the writer's normalizing aside: «ملی پوشان» → «ملی‌پوشان», ي → ی)
        return "".join(line_key(t).split())

    for i, paras in enumerate(stories):
        text = [bare(t) for t in rows[f"m{i:02d}"]["text"].split("\n")]
        for p in paras[1:]:
            assert bare(p) in text, (i, len(asked))
