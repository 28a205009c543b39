"""A flat page's blank lines tell its summary from its story: a page that writes its story's paragraphs
one under another, no blank line between them, and sets its first prose line apart with a blank line
under it, shows its summary there, whatever the header above it (:func:`palayesh.extract.text._story_block`).
"""
from __future__ import annotations

from palayesh import extract
from story_shapes import canon, lost_and_extra, paragraphs

_HEAD = ["طرفدار نیوز | اخبار داغ و حاشیه", "صفحه اصلی", "حوادث", "اجتماعی", "ورزشی"]
_SUMMARY = "تعاونی زنبورداران دامنه سبلان از برداشت دوازده تن عسل آویشن در فصل گذشته خبر داد."
_HEADLINE = "برداشت دوازده تن عسل آویشن در دامنه سبلان"
_META = ["نوشته حسین فتحی در ١٤٠١/٠٦/٠٧", "٦٨,٥٣٣ بازدید"]


def _story(k: int) -> list[str]:
    paras = paragraphs(k, 4)
    return [paras[0], "به گزارش خبرنگار ما، " + paras[1], *paras[2:]]


def test_a_paragraph_set_apart_over_the_storys_block_is_its_summary():
    story = _story(3)
    raw = "\n\n".join(_HEAD) + "\n\n" + _HEADLINE + "\n" + "\n".join(_META) + "\n" + _SUMMARY + "\n\n" \
        + "\n".join(story) + "\n"
    got = extract(raw)
    assert canon(got.lead or "") == canon(_SUMMARY)
    assert lost_and_extra(story, got.paragraphs) == ([], [])


def test_a_page_that_sets_every_paragraph_apart_tells_nothing():
    # (blank lines between all its lines: the summary's other rules decide, here the dateline's)
    story = _story(7)
    raw = "\n\n".join([*_HEAD, _HEADLINE, *_META, *story]) + "\n"
    got = extract(raw)
    assert canon(got.lead or "") == canon(story[0])
