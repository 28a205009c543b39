"""Section shapes of s71, found by scoring the open sets with their chrome words renamed
(``bench/score_families.py --scramble``): what a site's own pages and menu show, not the words it uses."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

HEADLINES = ["افتتاح طرح آبرسانی در روستاهای شهرستان", "برگزاری نمایشگاه کتاب استان در مصلی",
             "آغاز ثبت‌نام وام ازدواج در بانک‌های عامل", "تمدید مهلت ارسال آثار به جشنواره فیلم کوتاه",
             "کاهش مصرف آب در ماه گذشته در استان", "نشست هم‌اندیشی فعالان اقتصادی برگزار شد",
             "بازگشایی مدارس پس از تعطیلات نوروزی", "آغاز فصل برداشت زعفران در خراسان",
             "رونمایی از سامانه جدید نوبت‌دهی بیمارستان‌ها", "برگزاری جشنواره تئاتر خیابانی در پایتخت"]


def _conference_page(k: int, paras: list[str], home: str) -> str:
    # a conference's site: its menu opens with its home page, whatever it calls it, and every post sits under
    # the one listing «<home> » اخبار و اطلاعیه‌ها», which its menu does not list
    menu = "".join("<li><a href='/p/%d'>%s</a></li>" % (i, x) for i, x in
                   enumerate([home, "فراخوان مقالات", "محورهای همایش", "ثبت‌نام", "تماس با دبیرخانه"]))
    body = "".join("<p>%s</p>" % p for p in paras)
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s | همایش ملی آب</title>"
            "<link rel='canonical' href='https://conf.ab.ir/news/%d'></head><body><div class='conf-head'><h2>همایش ملی "
            "آب</h2></div><nav class='conf-menu'><ul>%s</ul></nav><div class='breadcrumb'><a>%s</a> » "
            "<a>اخبار و اطلاعیه‌ها</a></div><div class='news-item'><h1>%s</h1><div class='news-date'>تاریخ انتشار: "
            "۱۴۰۲/۰۹/%02d</div>%s</div></body></html>") % (HEADLINES[k], 1000 + k, menu, home, HEADLINES[k],
                                                           10 + k, body)


def test_a_trails_first_item_the_menu_opens_with_is_the_sites_home(tmp_path):
    # «پیشخوان » اخبار و اطلاعیه‌ها» over every post: the listing is the site's one (no section), and the
    # item before it is no section either, whatever the site calls its home: its menu opens with it
    # (before: «پیشخوان», which no home label's word spells, was the section of every page)
    (tmp_path / "pages").mkdir()
    for k, paras in enumerate(story_bodies(len(HEADLINES), 3)):
        (tmp_path / "pages" / ("p%d.html" % k)).write_text(_conference_page(k, paras, "پیشخوان"), encoding="utf-8")
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert [got.get(line_key(t), "missing") for t in HEADLINES] == [None] * len(HEADLINES)
