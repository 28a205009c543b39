"""Sections on AD's forms (issue 12): what a flat page shows around its story that names no section.

- a comment thread set among the meta lines under the headline, each comment under its writer's
  row «بابک | ۶ روز پیش»: stock phrases («خسته نباشید») that other sites' threads hold too, so
  that the run counts them as labels two sites show, are comments, no section;
- a document title «<headline> - <agency> - <site>»: the middle part is the story's source when
  it is an agency's name alone, no section;
- a widget under most of the site's stories whose heading ends in a name the menu lists
  («محاسبه آنلاین کسری خدمت»): a fixed line, which files no story under that name.
"""
from __future__ import annotations

from conftest import refine_pages, story_bodies

_COMMENTS = ["خسته نباشید", "عالی بود", "واقعا تاسف‌آوره"]
_PEOPLE = ["بابک", "کاوه", "مینا"]


def _thread_page(site: str, menu: list[str], i: int, title: str, paras: list[str], filed: str) -> str:
    """A flat page: the site's name, its menu an item a line, the headline, its meta row «<section> |
    <writer> | <views>», a comment thread under it, the story."""
    thread = []
    for k in range(2):
        thread += [f"{_PEOPLE[(i + k) % 3]} | {i + 2 + k} ساعت پیش", _COMMENTS[(i + k) % 3]]
    return "\n\n".join([site, *menu, title, f"{filed} | زهره اکبری | بازدید: {4100 + 37 * i}",
                        "انتشار یافته: ۲ | در انتظار بررسی: ۱", *thread, "ارسال نظر", *paras, "انتهای خبر"])


def test_a_comment_under_its_writers_row_under_the_headline_is_no_section(tmp_path):
    # two sites, each filing its stories under its menu's items in its meta row, each with a
    # thread of stock comments under the headline: the meta row's field is the section
    sites = [("حرم نیوز", ["خانه", "زیارت", "فرهنگی", "موقوفات", "تماس"]),
             ("زائر آنلاین", ["صفحه اصلی", "اخبار حرم", "نذورات", "گزارش", "درباره ما"])]
    bodies = story_bodies(20)
    pages, want = [], []
    for i, paras in enumerate(bodies):
        site, menu = sites[i % 2]
        filed = menu[1 + (i // 2) % 3]
        title = " ".join(paras[0].split()[:9]).strip("،.:؛")
        pages.append(_thread_page(site, menu, i, title, paras[1:], filed))
        want.append(filed)
    rows = refine_pages(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["section"] for i in range(20)]
    assert not set(got) & set(_COMMENTS), got
    assert sum(g == w for g, w in zip(got, want)) >= 18, list(zip(got, want))


def test_an_agency_in_a_document_title_is_the_source_no_section(tmp_path):
    site = "امریه خبر"
    menu = ["خانه", "امریه", "اعزام", "کسری خدمت", "تماس"]
    pages = []
    for i, paras in enumerate(story_bodies(12)):
        title = " ".join(paras[0].split()[:9]).strip("،.:؛")
        source = ["ورزش سه", "خبرگزاری فارس"][i % 2]
        pages.append("\n\n".join([f"{title} - {source} - {site}", site, *menu, title, f"تاریخ: ۱۳۹۰/۱۲/{i + 10}",
                                  *paras[1:], "انتهای خبر", "© تمامی حقوق برای امریه خبر محفوظ است."]))
    rows = refine_pages(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["section"] for i in range(12)]
    assert all(g is None for g in got), got


def test_a_widget_under_most_stories_ending_in_a_menu_item_files_none(tmp_path):
    # «محاسبه آنلاین کسری خدمت» under three stories of four, «محاسبه کسری خدمت» under all: fixed
    # lines of the site's sidebar, whose last words the menu lists; the stories name no section
    site = "وظیفه خبر"
    menu = ["خانه", "امریه", "اعزام", "کسری خدمت", "تماس"]
    pages = []
    for i, paras in enumerate(story_bodies(12)):
        title = " ".join(paras[0].split()[:9]).strip("،.:؛")
        widget = (["محاسبه آنلاین کسری خدمت"] if i % 4 else []) + ["محاسبه کسری خدمت", "۱ فرزند | ۳ ماه"]
        pages.append("\n\n".join([site, *menu, title, f"تاریخ: ۱۳۹۰/۱۲/{i + 10}", *paras[1:], "انتهای خبر",
                                  f"به قلم {['فرهاد سلیمانی', 'نگار ملکی'][i % 2]}", *widget,
                                  "© تمامی حقوق برای وظیفه خبر محفوظ است."]))
    rows = refine_pages(tmp_path, pages)
    got = [rows[f"p{i:02d}"]["section"] for i in range(12)]
    assert all(g is None for g in got), got
