"""A story a plain-text list mail forwards, quoted line by line with «> » and wrapped at the mail's
column (:mod:`palayesh.extract.mailquote`): read without the marks, its paragraphs joined again, and
its agency's header over the headline no section. Every page here is written in the test."""
import textwrap

import pytest

from conftest import story_bodies
from palayesh import extract
from palayesh.extract.mailquote import without_quote_marks

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
