"""Sections shown only in a story's short link, or in a trail a date chip closes (issue 12).

Some sites file a story under a section only in the path of the short link they print under it
(«لینک کوتاه: https://<host>/<section>/<n>»: their own addresses name none); others close their
breadcrumb trail with the day of the story, «خانه / <parent> / <section> | ۱۴ آذر ۱۴۰۲».
"""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.extract.sections import counted_row, crumb_parts, shown_urls, undated_trail

_MENU = ["صفحه اصلی", "صنعت کاشی", "مواد اولیه", "نمایشگاه‌ها", "کاتالوگ", "آگهی"]
_TITLES = [f"گزارش شماره {w} از بازار کاشی در شهر {v} امروز" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["یزد", "میبد", "اردکان"] * 4)]
_FILED = ["نمایشگاه‌ها", "مواد اولیه", "صنعت کاشی"]


def _short_link_pages(host: str) -> list[list[str]]:
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        path = _FILED[i % 3].replace(" ", "-")
        pages.append(["کاشی امروز", "اخبار صنعت کاشی و سرامیک", *_MENU, title,
                      f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶", f"کد خبر {6120 + i}", *paras, "انتهای پیام/",
                      f"آدرس کوتاه: https://{host}/{path}/{48210 + 37 * i}", "نقل مطالب با ذکر منبع آزاد است."])
    return pages


def test_the_short_link_under_the_story_files_it_under_its_section(tmp_path):
    # flat pages without an address: the short link's Persian path, a slot whose few values recur
    # over the site's pages, names the section (its dashes read as spaces)
    rows = refine_site(tmp_path, _short_link_pages("kashi-emrooz.ir"))
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == _FILED[i % 3], (i, rows[f"p{i:02d}"]["section"])


def test_only_a_field_linking_to_the_page_s_own_host_is_its_short_link():
    lines = ["آدرس کوتاه: https://x.ir/نمایشگاه‌ها/41", "منبع: https://y.ir/ورزش/2",
             "به گزارش خبرنگار ما https://x.ir/ورزش/3 را ببینید"]
    assert shown_urls(lines, "https://x.ir/news/5") == ["https://x.ir/نمایشگاه‌ها/41"]
    assert shown_urls(lines) == ["https://x.ir/نمایشگاه‌ها/41", "https://y.ir/ورزش/2"]


def test_a_date_chip_closing_a_trail_is_no_item_of_it():
    assert crumb_parts("خانه / خرما / خرمای مضافتی | ۱۴ آذر ۱۴۰۲") == ["خانه", "خرما", "خرمای مضافتی"]
    assert crumb_parts("🏠 » بسته‌بندی | ۱۹ مرداد ۱۳۹۹") == ["🏠", "بسته‌بندی"]
    # a byline's fields and a list's «<headline> - <date>» item keep their date
    assert undated_trail("نویسنده: علی رضایی | ۱۲ مهر ۱۴۰۲") == "نویسنده: علی رضایی | ۱۲ مهر ۱۴۰۲"
    assert undated_trail("همایش ملی آب - ۹ آبان ۱۳۹۱") == "همایش ملی آب - ۹ آبان ۱۳۹۱"


def test_the_trail_over_the_headline_names_the_section_despite_its_date_chip(tmp_path):
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES[:6], story_bodies(6))):
        pages.append(["نخل نیوز", "اخبار نخلستان‌ها", "خانه", "نخلستان", "خرما", "صادرات خرما", "تماس با ما",
                      f"خانه / خرما / {_FILED[i % 3]} | {i + 3} آذر ۱۴۰۲", title, *paras, "انتهای پیام/"])
    rows = refine_site(tmp_path, pages)
    for i in range(6):
        assert rows[f"p{i:02d}"]["section"] == _FILED[i % 3], (i, rows[f"p{i:02d}"]["section"])


def test_a_menu_item_in_the_counted_row_under_the_headline_is_the_section(tmp_path):
    # no date under the headline: a row of the section, the writer and the views, «باغداری | کاوه
    # نوری | ۶۱۳ بازدید»; the field the site's menu lists is the section, the writer's name is not
    assert counted_row("باغداری | کاوه نوری | ۶۱۳ بازدید") and not counted_row("ایران ۲ - ژاپن ۱")
    menu = ["خانه", "بازار میوه", "باغداری", "صنایع تبدیلی", "سرمازدگی", "تماس"]
    filed = ["باغداری", "صنایع تبدیلی", "سرمازدگی"]
    writers = ["کاوه نوری", "نرگس ملکی"]
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        pages.append(["باغ شمال", "بازار میوه و مرکبات", *menu, title,
                      f"{filed[i % 3]} | {writers[i % 2]} | {613 + 97 * i} بازدید", f"کد خبر {6120 + i}", *paras,
                      "پایان", f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶"])
    rows = refine_site(tmp_path, pages)
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i % 3], (i, rows[f"p{i:02d}"]["section"])
