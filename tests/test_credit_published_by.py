"""A republication note that names the outlet as the doer credits the story (issue 12).

«این خبر را ایسنا منتشر کرده و در اینجا بازنشر شده است.» under a story that names no outlet itself: the
story is the agency's, republished here. The credit sentences read the outlet after «از» («این خبر از
ایسنا بازنشر شده است») or «در»; said with «را» and an active verb, the outlet stands before the verb
(:data:`.agency._PUBLISHED_BY`). A page alone: no run teaches the line.
"""
from __future__ import annotations

from conftest import refine_pages, story_bodies

_SITE = "سایت نمونه"
_TITLE = "توزیع داروی بیماران خاص در شیراز آغاز شد"


def _page(closing: str) -> list[str]:
    paras = [p.replace("فارس", "ما") for p in story_bodies(1)[0]]  # (the story names no outlet itself)
    return [_SITE, "", "صفحه نخست | اخبار | تماس", "", _TITLE, "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰", "", *paras, closing, "",
            f"کلیه حقوق برای {_SITE} محفوظ است."]


def test_a_note_naming_the_outlet_as_the_doer_credits_it(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_page("این خبر را ایسنا منتشر کرده و در اینجا بازنشر شده است."))])
    assert rows["p00"]["agency"] == "ایسنا", rows["p00"]["agency"]


def test_a_note_naming_no_outlet_credits_none(tmp_path):
    # (the control: the doer is no outlet the agency table knows)
    rows = refine_pages(tmp_path, ["\n".join(_page("این خبر را دوستان ما منتشر کرده و در اینجا بازنشر شده است."))])
    assert rows["p00"]["agency"] is None, rows["p00"]["agency"]
