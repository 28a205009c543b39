"""A section label that is not the first field of the meta row under the headline: a cache view's
«<time>۴ ماه پیش</time> <span>موضوع: <a>محیط زیست</a></span>», a syndication portal's
«۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵ | سرویس: بازار ارز» (the label's own element, or its own field of the row)."""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.extract.sections import row_label
from test_section_header_chip import PARAS, SITE, TITLE  # (the same story and site as the other section tests)


def _page(meta: str, above: str = "") -> str:
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} - {SITE}</title></head>"
            f"<body><header><a>{SITE}</a></header><article>{above}<h1>{TITLE}</h1>"
            f"<div class='meta'>{meta}</div>{PARAS}</article></body></html>")


@pytest.mark.parametrize("meta", [
    # an age in a <time>, the label in a <span> of its own beside it
    "<time datetime='2022-05-13T17:18:00+04:30'>۴ ماه پیش</time> <span>موضوع: <a>محیط زیست</a></span>",
    # the time and day first, the label a later field of the row's one text
    "۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵ | سرویس: محیط زیست",
], ids=["label-span-after-time", "label-field-after-date"])
def test_a_label_after_the_rows_other_fields_names_the_section(meta):
    # (a provider's name over the headline is no section: the label says which one is)
    assert extract(_page(meta, above="<div class='provider'><span>خبرگزاری مهر</span></div>")).section == "محیط زیست"


@pytest.mark.parametrize("text, expected", [
    ("۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵ | سرویس: بازار ارز", "بازار ارز"),  # the label a later field
    ("کد خبر: ۱۲۳۴ | گروه خبری: اقتصاد", "اقتصاد"),         # after a code's field
    ("وی گفت: بازار ارز", None),                              # a sentence, no row
    ("۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵", None),                             # a row with no label
])
def test_row_label(text, expected):
    assert row_label(text) == expected
