"""A news bulletin's running header names the section of the page it heads (issue 12).

A PDF bulletin's text repeats its running header atop each page, «<publisher> | بولتن خبری شماره N |
X»: the publisher, the issue and the desk that filled the page, as a print edition's page label names
its page («صفحه ۳ - اقتصادی»). A page alone has nothing else to name its section, and a label over its
headline is the story's kicker; the run reads the header's last field as a slot of the site's bars only
when it holds enough of the site's pages. The header's shape says it on one page: three fields apart by
bars, the middle one an issue («شماره» and its number). A publisher's line with the issue alone
(«<publisher> | بولتن شماره N», a published document's) names none.
"""
from __future__ import annotations

from conftest import refine_pages, story_bodies
from palayesh.textkeys import line_key

_SITE = "زائر نمونه"
_TITLE = "برنامه‌های دهه کرامت در حرم اعلام شد"


def _page(header: str) -> list[str]:
    return [header, _SITE, "خدمات زائران و اوقات شرعی", "خدمات به زائران", _TITLE,
            "اشتراک: تلگرام | واتساپ | کپی لینک", "تاریخ: 4 اردیبهشت 1395", "شناسه خبر: 5364998",
            *story_bodies(1)[0], "- صفحه 1 از 1 -", "انتهای خبر/", f"© تمامی حقوق برای {_SITE} محفوظ است"]


def test_the_running_header_names_the_section(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_page(f"{_SITE} | بولتن خبری شماره 467 | مراسم مذهبی"))])
    assert line_key(rows["p00"]["section"] or "") == line_key("مراسم مذهبی"), rows["p00"]["section"]


def test_an_issue_line_alone_names_none(tmp_path):
    # (the control: the publisher and the issue, no third field)
    rows = refine_pages(tmp_path, ["\n".join(_page(f"{_SITE} | بولتن خبری شماره 467"))])
    assert line_key(rows["p00"]["section"] or "") != line_key("بولتن خبری شماره 467"), rows["p00"]["section"]
