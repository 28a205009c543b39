"""Labels over a headline the page shows twice, in its header and again atop the story, stand over
the header's copy: the copy ends their run, and the label right above it is the story's section
(issue 12).

A flat page may set, a line each with no blank line between, its site's name, a fixed «آرشیو خبر»
and the section over the headline, then the headline again over its counters and the story. Read
with the lower copy as the headline, the upper copy joined the labels above it into a run of three
short lines, which reads as a vertical menu (no section); the copy is the headline's, no label.
(A page read alone: a run of the site's pages may teach its header otherwise.)
"""
from __future__ import annotations

from conftest import made_titles, refine_pages, story_bodies
from palayesh.textkeys import line_key

_SITE = "حیات نمونه ایران"
_SECTIONS = ["آب و دریا", "جنگل و مرتع"]
_MENU = [_SITE, "چندرسانه‌ای", "محیط‌بانان", "یادداشت", "جنگل و مرتع", "کمپین‌ها", "آب و دریا", "مناطق حفاظت‌شده"]
_TITLES = made_titles(12, ["سرشماری پرندگان", "پاکسازی ساحل", "رهاسازی لاک‌پشت‌ها", "کاشت بلوط"],
                      ["بندرعباس", "گرگان", "بوشهر"])
_TICKER = ["بارش باران در استان‌های شمالی کشور تا پایان هفته ادامه دارد",
           "نشست خبری رئیس سازمان محیط زیست با خبرنگاران برگزار شد",
           "تالاب انزلی امسال میزبان هزاران پرنده زمستان‌گذران شد!"]


def _lead(title: str) -> str:
    """The story's summary, which opens with its headline's words (the lead retells the headline)."""
    return f"{title.removesuffix(' آغاز شد')} امروز با حضور مسئولان استان و گروهی از داوطلبان محیط زیست آغاز شد."


def _page(i: int, paras: list[str]) -> list[str]:
    title = _TITLES[i]
    return [f"{title} - {_SITE}", _SITE, "جستجو...", " | ".join(_MENU), "اخبار لحظه‌به‌لحظه", *_TICKER, _SITE,
            "آرشیو خبر", _SECTIONS[i % 2], title, title, f"{30 + i},۹۹۱ بازدید", f"💬 {10 + i}",
            "A+ | A- | نسخه چاپی", _lead(title), "تصویر خبر", "📷 ایرنا", *paras, "انتهای پیام/",
            f"کد خبر: {413745 + i}", f"کلیه حقوق برای {_SITE} محفوظ است."]


def test_the_label_over_the_headlines_header_copy_is_the_section_on_a_page_alone(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_page(0, story_bodies(1)[0]))])
    assert line_key(rows["p00"]["section"] or "") == line_key(_SECTIONS[0]), rows["p00"]["section"]


def test_and_on_each_page_of_the_site(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_page(i, paras)) for i, paras in enumerate(story_bodies(12))])
    assert len(rows) == 12
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(_SECTIONS[i % 2]), (i, r["section"])
