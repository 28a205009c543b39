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


# -- a theme's byline «by <author> in <category> · <day>», no verb of writing --------------------------------------

_PARAS = ("به گزارش خبرنگار ما، نخستین جلسه شورای شهر در سال جدید با حضور همه اعضا برگزار شد و اعضا درباره "
          "بودجه سال آینده و طرح‌های عمرانی شهر گفت‌وگو کردند.",
          "رئیس شورا در این جلسه گفت که طرح توسعه حمل و نقل عمومی در اولویت قرار دارد و اعتبار آن در بودجه "
          "پیش‌بینی شده است.")


def _post(under: str) -> str:
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>برگزاری جلسه شورای شهر"
            " | نگاه</title></head><body><header><div class='logo'>نگاه</div><nav><ul><li><a href='/'>خانه</a></li>"
            "<li><a href='/p/1'>عکس</a></li><li><a href='/p/2'>تماس با ما</a></li></ul></nav></header><main>"
            "<article class='post'><h1>برگزاری جلسه شورای شهر</h1>%s<div class='entry-content'>%s</div></article>"
            "</main><footer>کلیه حقوق برای نگاه محفوظ است</footer></body></html>") % (
        under, "".join("<p>%s</p>" % p for p in _PARAS))


def test_a_byline_without_its_verb_names_the_category_the_menu_lists():
    from palayesh.extract import extract
    # «توسط <a>علی رضایی</a> در <a>عکس</a> · ۱۴ بهمن ۱۴۰۲»: the category the menu lists, the day after it
    # (before: a byline named its category only after a verb of writing, «نوشته … در …», and alone on its line)
    row = "<div class='byline'>توسط <a href='/author/1'>علی رضایی</a> در <a href='/c/1'>%s</a> · ۱۴ بهمن ۱۴۰۲</div>"
    assert extract(_post(row % "عکس"), format="html").section == "عکس"
    # (a place after the author's name, which neither the menu nor the run knows as a section: none)
    assert extract(_post(row % "تهران"), format="html").section is None


SECTIONS = ["اقتصاد", "جامعه", "فرهنگ و هنر"]


def test_a_byline_names_the_category_the_run_knows_on_a_flat_page(tmp_path):
    # two sites label their stories «سرویس: اقتصاد» …; a third's flat pages say it in their byline only,
    # «توسط سارا کریمی در اقتصاد · ۱۲ آذر ۱۴۰۲», under a menu that lists other things: the run knows the
    # name as a section's (before: no section on the third site's pages)
    (tmp_path / "pages").mkdir()
    bodies = story_bodies(18, 2)
    want = {}
    for k, paras in enumerate(bodies):
        site, menu = (("روزنه", "خانه | سیاسی | ورزشی | تماس با ما"), ("نگاه", "خانه | عکس | فیلم | تماس با ما"),
                      ("پیام", "خانه | چندرسانه‌ای | عکس | تماس با ما"))[k // 6]
        title = "%s در روز %s" % (HEADLINES[k % len(HEADLINES)], ("اول", "دوم")[k // 10])
        sec = SECTIONS[k % 3]
        under = ("توسط سارا کریمی در %s · ۱۲ آذر ۱۴۰۲" % sec) if site == "پیام" else "سرویس: %s\n۱۲ آذر ۱۴۰۲" % sec
        text = "%s\n%s\n\n%s\n%s\n\n%s\n\nکلیه حقوق برای %s محفوظ است\n" % (
            site, menu, title, under, "\n\n".join(paras), site)
        (tmp_path / "pages" / ("p%02d.txt" % k)).write_text(text, encoding="utf-8")
        if site == "پیام":
            want[line_key(title)] = sec
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want


def test_a_suggested_storys_category_badge_names_no_section():
    from palayesh.extract import extract
    # a forum's «Suggested Topics» table under the post, each row a topic's link and its category badge
    # «<span class="category-name">»: those file the other topics (found with --transplant: the post's own
    # category moved to a label «بخش: <a>X</a>» under the story; before, the first row's badge was read)
    topics = [("افتتاح و بهره‌برداری از ۱۲۲ پروژه در سرباز", "قوانین و تعرفه"), ("پیش بازی ژاپن-امارات", "نصب پنل")]
    rows = "".join("<tr><td><a href='/t/%d'>%s</a> <span class='category-name'>%s</span></td><td>13</td></tr>"
                   % (k, t, c) for k, (t, c) in enumerate(topics))
    table = "<div id='related-topics'><h3>Suggested Topics</h3><table><tbody>%s</tbody></table></div>" % rows
    label = "<div class='meta'><span>بخش:</span> <a href='/s/15'>اینورتر و باتری</a></div>"
    assert extract(_post("").replace("</article>", label + table + "</article>"), format="html").section \
        == "اینورتر و باتری"
    # (the badges alone, no label of the post's own: still none of theirs)
    assert extract(_post("").replace("</article>", table + "</article>"), format="html").section is None
