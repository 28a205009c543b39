"""A bar of short items over the headline that is a widget's, not the story's trail (issue 12).

A trail that does not start at home («ورزش / فوتبال») is read off a short line of two to four items
over the headline. Two widgets' bars have that shape too, whatever their words:

- a label over a list of its values («اشتراک: تلگرام | واتساپ | ایتا | کپی لینک», a share bar): the
  label's colon sets its items apart as values, and a trail from home as a label's value is read as
  such elsewhere (:func:`palayesh.extract.text.labelled_trail`), a loose one never;
- the tabs of a box over a run of other stories' headlines («پربازدیدترین | پربحث‌ترین | آخرین
  اخبار»): a story's trail stands over its own headline, not over other stories'.

Read as a trail, either named the section («کپی لینک», «آخرین اخبار») over the page's own: the
trail of a line each under the share bar, or the label right above the headline. (Pages read alone:
a run of a site's pages may teach its header otherwise.)
"""
from __future__ import annotations

from conftest import made_titles, refine_pages, story_bodies
from palayesh.textkeys import line_key

_SITE = "رادیو نمونه"
_TITLES = made_titles(6, ["جشنواره گل", "نمایشگاه کتاب", "مسابقه کشتی"], ["شیراز", "ارومیه"])
_OTHERS = ["برنامه دور برگشت لیگ فوتبال ساحلی اعلام شد",
           "مرور سریع تاریخ با رحمتی و انتقام با لباس بوفون",
           "فصلنامه آینه میراث شایسته تقدیر شد"]


def _shared(i: int, paras: list[str]) -> list[str]:
    """A page whose trail stands a line each under a share bar, between the header's copy of the
    headline and the headline atop the story."""
    title = _TITLES[i]
    return [f"{_SITE} ۱۲ آذر ۱۴۰۲ خانه سیاسی ارتباط با ما اقتصادی اخبار استان", "", title,
            "اشتراک: تلگرام | واتساپ | ایتا | کپی لینک", "", "خانه", "اقتصادی", "کشاورزی استان", "",
            f"شناسه خبر: {7836156 + i} | تاریخ انتشار: ۱۱ مهر ۱۳۹۶ - ۱۹:۳۳", "", title, *paras,
            f"نقل مطالب {_SITE} با ذکر منبع آزاد است."]


def _tabbed(i: int, paras: list[str]) -> list[str]:
    """A page whose header shows a box's tabs over other stories' headlines, then the section
    right above the headline."""
    title = _TITLES[i]
    return [_SITE, "", "خانه", "", "آبزی‌پروری", "", "تماس", "", "ماهیان خاویاری", "",
            "پربازدیدترین | پربحث‌ترین | آخرین اخبار", "", *[x for o in _OTHERS for x in (o, "")],
            "صید و صیادی", "", title, "", f"کد خبر {6924306 + i} | زمان انتشار: ۱۳۹۳/۰۶/۱۷ - ۱۱:۵۲", "",
            *paras, f"کلیه حقوق برای {_SITE} محفوظ است."]


def test_a_share_bar_under_a_label_is_no_trail(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_shared(0, story_bodies(1)[0]))])
    assert line_key(rows["p00"]["section"] or "") == line_key("کشاورزی استان"), rows["p00"]["section"]


def test_a_boxs_tabs_over_other_headlines_are_no_trail(tmp_path):
    rows = refine_pages(tmp_path, ["\n".join(_tabbed(0, story_bodies(1)[0]))])
    assert line_key(rows["p00"]["section"] or "") == line_key("صید و صیادی"), rows["p00"]["section"]


def test_a_trail_without_home_over_the_headline_is_still_read(tmp_path):
    # (the control: a short trail of two items right above the headline names its section)
    paras = story_bodies(1)[0]
    page = [_SITE, "", "خانه | آبزی‌پروری | تماس | صید و صیادی", "", "آبزی‌پروری / صید و صیادی", "", _TITLES[1], "",
            "کد خبر ۶۹۲۴۳۰۷ | زمان انتشار: ۱۳۹۳/۰۶/۱۷ - ۱۱:۵۲", "", *paras, f"کلیه حقوق برای {_SITE} محفوظ است."]
    rows = refine_pages(tmp_path, ["\n".join(page)])
    assert line_key(rows["p00"]["section"] or "") == line_key("صید و صیادی"), rows["p00"]["section"]
