"""Section shapes of s72, found by scoring the open sets with their sections shown another way
(``bench/score_families.py --transplant``): what a site's template repeats, not the words it uses."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

HEADLINES = ["افتتاح طرح آبرسانی در روستاهای شهرستان", "برگزاری نمایشگاه کتاب استان در مصلی",
             "آغاز ثبت‌نام وام ازدواج در بانک‌های عامل", "تمدید مهلت ارسال آثار به جشنواره فیلم کوتاه",
             "کاهش مصرف آب در ماه گذشته در استان", "نشست هم‌اندیشی فعالان اقتصادی برگزار شد",
             "بازگشایی مدارس پس از تعطیلات نوروزی", "آغاز فصل برداشت زعفران در خراسان",
             "رونمایی از سامانه جدید نوبت‌دهی بیمارستان‌ها", "برگزاری جشنواره تئاتر خیابانی در پایتخت",
             "افزایش صادرات محصولات کشاورزی استان", "آغاز عملیات اجرایی پل شهرستان"]
WRITERS = ["فاطمه نوری", "مهدی محمدی", "نگار یزدانی"]
#: the menu lists two of the site's sections; the third stands only in the story's row
SECTIONS = ["پرورش زنبور", "بیماری‌های زنبور", "صادرات عسل"]
MENU = "صفحه نخست | پرورش زنبور | بیماری‌های زنبور | فروشگاه | بازار عسل"


def test_a_writers_row_over_the_section_row_counts_apart(tmp_path):
    # two meta rows under the headline: «نوشته <writer> · N دقیقه مطالعه» over «<section> | <date> | N نظر»;
    # the site's section row holds items of its menu first, the writer's row its writer's byline first
    # (found on xdev under --transplant: before, the first fields of both rows counted at one position, the
    # section's, and «نوشته فاطمه نوری» was read as a section the site's rows hold)
    (tmp_path / "pages").mkdir()
    want = {}
    for k, paras in enumerate(story_bodies(len(HEADLINES), 2)):
        title, sec = HEADLINES[k], SECTIONS[k % 3]
        rows = "نوشته %s · %d دقیقه مطالعه\n%s | ۱۲:۳۰ - %d آذر ۱۴۰۲ | %d نظر" % (
            WRITERS[k % 3 if k % 2 else (k + 1) % 3], k + 1, sec, k + 1, 3 * k + 2)
        text = "زنبوردار نیوز\nپایگاه خبری زنبورداری و عسل\n%s\n\n%s\n%s\n\n%s\n\n" \
            "کلیه حقوق برای زنبوردار نیوز محفوظ است\n" % (MENU, title, rows, "\n\n".join(paras))
        (tmp_path / "pages" / ("p%02d.txt" % k)).write_text(text, encoding="utf-8")
        want[line_key(title)] = sec
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want


def test_a_trail_with_dashes_under_the_story_names_its_section(tmp_path):
    # «خانه - مطالب - داوطلبان» under the story, past its source line and a related box: a trail from the
    # home label two levels down, which the site shows under the section's other stories and not on every page
    # (found on wdev under --transplant; before, a trail under the story counted only with a mark no
    # headline uses, «»» or «›», and these pages had no section)
    (tmp_path / "pages").mkdir()
    sections = ["داوطلبان", "انتقال خون", "کمک‌های اولیه"]
    want = {}
    for k, paras in enumerate(story_bodies(len(HEADLINES), 2)):
        title, sec = HEADLINES[k], sections[k % 3]
        text = ("امداد آنلاین\nپایگاه خبری امدادرسانی\n\nکمک نقدی | آموزش همگانی | تماس\n\n%s\nانتشار: %d آذر ۱۴۰۲\n\n"
                "%s\n\nمطالب مرتبط\n%s\n%s\n\nمنبع: روابط عمومی جمعیت\n\nخانه - مطالب - %s\n\n"
                "کلیه حقوق برای امداد آنلاین محفوظ است\n") % (
            title, k + 1, "\n\n".join(paras), HEADLINES[(k + 1) % len(HEADLINES)],
            HEADLINES[(k + 2) % len(HEADLINES)], sec)
        (tmp_path / "pages" / ("p%02d.txt" % k)).write_text(text, encoding="utf-8")
        want[line_key(title)] = sec
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want


def _notion_page(k: int, paras: list[str], section: str) -> str:
    body = "".join("<div class='notion-text-block'>%s</div>" % p for p in paras)
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s | شبکه موزه‌داران"
            "</title><link rel='canonical' href='https://moze.example.site/news/%d'>"
            "<meta property='article:section' content='%s'></head><body><div id='app'><div class='topbar'>"
            "<div class='breadcrumb'>شبکه موزه‌داران / خبرها / %s</div></div><div class='page-content'>"
            "<h1 class='page-title'>%s</h1>%s</div></div></body></html>") % (
        HEADLINES[k], 1000 + k, section, HEADLINES[k], HEADLINES[k], body)


def test_a_trail_from_the_sites_name_to_the_headline_counts_its_listing(tmp_path):
    # «<site> / خبرها / <headline>» over every page, the story's section in its article:section only: the
    # trail's item is the site's listing, on every page whatever the story (found on amdev under --transplant:
    # before, the template did not count a trail down to the headline among the site's section slots, the
    # headline being said twice, and «خبرها» was every page's section)
    (tmp_path / "pages").mkdir()
    sections = ["آموزش", "علم و فناوری", "موزه"]
    want = {}
    for k, paras in enumerate(story_bodies(len(HEADLINES), 2)):
        (tmp_path / "pages" / ("p%02d.html" % k)).write_text(_notion_page(k, paras, sections[k % 3]),
                                                             encoding="utf-8")
        want[line_key(HEADLINES[k])] = sections[k % 3]
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want
