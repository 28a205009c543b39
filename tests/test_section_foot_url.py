"""Sections a flat page shows only in its address or at its story's foot (issue 12).

A saved page's first line is often its address, whose path files the story under an item of the
site's menu («/fa/ورزش-باستانی/292933»), while its header shows a reporter's kicker
(«گزارش خبرنگار ما») under the headline. Other sites set the byline's «در بخش X» among the credits
under the story (end marker, source, date) instead of above it.
"""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.textkeys import line_key

_MENU = ["کشتی پهلوانی", "مسابقات", "ورزش باستانی", "مرشدها", "پیشکسوتان"]
_TITLES = [f"گزارش شماره {w} از تمرین تیم در شهر {v} امروز" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["مشهد", "تبریز", "شیراز"] * 4)]


def test_the_address_path_names_the_menu_item_the_story_is_filed_under(tmp_path):
    # A site of flat pages: its address first, then its name, its menu one item a line, the
    # headline, date and code, a kicker line under them on some pages, the story. The section
    # is only in the address; the kicker, which other pages show too, is no section.
    bodies = story_bodies(12)
    filed = ["ورزش باستانی", "پیشکسوتان", "کشتی پهلوانی"]
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, bodies)):
        path = filed[i % 3].replace(" ", "-")
        kicker = ["گزارش خبرنگار ما"] if i % 2 else []
        pages.append([f"https://gowd-sport.ir/fa/{path}/{48210 + 37 * i}", "گود اسپرت", "پایگاه خبری ورزش پهلوانی",
                      *_MENU, title, f"تاریخ: ۱۲ مهر ۱۳۹۹ - ساعت ۱۰:{10 + i}", f"کد خبر: {6120 + i}", *kicker,
                      *paras, "انتهای خبر", "نقل مطالب گود اسپرت با ذکر منبع آزاد است."])
    rows = refine_site(tmp_path, pages)
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
        assert r["section"] == filed[i % 3], (i, r["section"])


def test_a_path_segment_no_line_of_the_header_spells_names_no_section(tmp_path):
    # («/fa/news/123»: the path's words are no item of the header)
    bodies = story_bodies(6)
    pages = [[f"https://gowd-sport.ir/fa/news/{48210 + 37 * i}", "گود اسپرت", "پایگاه خبری ورزش پهلوانی", *_MENU,
              title, f"تاریخ: ۱۲ مهر ۱۳۹۹ - ساعت ۱۰:{10 + i}", *paras, "انتهای خبر"]
             for i, (title, paras) in enumerate(zip(_TITLES, bodies))]
    rows = refine_site(tmp_path, pages)
    assert all(rows[f"p{i:02d}"]["section"] in (None, "") for i in range(6)), [r["section"] for r in rows.values()]


def test_the_credits_under_the_story_name_its_section(tmp_path):
    # «در بخش X» under the story's end marker, source and date: where the site filed it; the same
    # words in the tail's comments, far under the story, name nothing
    bodies = story_bodies(12)
    filed = ["نامزدها", "حوزه‌های انتخابیه", "مشارکت"]
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, bodies)):
        pages.append(["انتخابات امروز", "پوشش خبری انتخابات", "صفحه نخست", "گفت‌وگو", "تحلیل", "نتایج", title,
                      f"کد خبر: {8330 + i}", *paras, "انتهای خبر", "منبع: خبرگزاری فارس",
                      f"تاریخ انتشار: {i + 1} خرداد ۱۴۰۰ ساعت ۱۹:۲۶", f"در بخش {filed[i % 3]}", "جواد رضایی",
                      "عضویت در خبرنامه انتخابات امروز", "مسئولیت صحت اطلاعات بر عهده منبع خبر است."])
    rows = refine_site(tmp_path, pages)
    for i in range(12):
        assert rows[f"p{i:02d}"]["section"] == filed[i % 3], (i, rows[f"p{i:02d}"]["section"])
