"""Section shapes of s70: a genre a site sets right above its headlines («گزارش», «یادداشت») over stories
its trails file under several sections is their kicker, not their section; the trail's section is."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

SECTIONS = ["جامعه", "اقتصاد", "فرهنگ و هنر"]
BADGES = ["گزارش", "یادداشت", "گفتگو"]
HEADLINES = ["افتتاح طرح آبرسانی در روستاهای شهرستان", "برگزاری نمایشگاه کتاب استان در مصلی",
             "آغاز ثبت‌نام وام ازدواج در بانک‌های عامل", "تمدید مهلت ارسال آثار به جشنواره فیلم کوتاه",
             "کاهش مصرف آب در ماه گذشته در استان", "نشست هم‌اندیشی فعالان اقتصادی برگزار شد",
             "بازگشایی مدارس پس از تعطیلات نوروزی", "آغاز فصل برداشت زعفران در خراسان",
             "رونمایی از سامانه جدید نوبت‌دهی بیمارستان‌ها", "برگزاری جشنواره تئاتر خیابانی در پایتخت"]


def _page(k: int, paras: list[str], over: str, under: str = "", foot: str = "") -> str:
    menu = "".join("<li><a href='/s/%d'>%s</a></li>" % (i, x) for i, x in
                   enumerate(["خانه", "سیاسی", "ورزشی", "بین‌الملل", "تماس با ما"]))
    body = "".join("<p>%s</p>" % p for p in paras)
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s | روزنه</title>"
            "<link rel='canonical' href='https://rozaneh.ir/fa/news/%d'></head><body><header><div class='logo'>روزنه"
            "</div><nav><ul>%s</ul></nav></header><main><article>%s<h1>%s</h1><div class='date'>۱۲ آذر ۱۴۰۲ - ۱۰:%02d"
            "</div>%s<div class='body'>%s</div>%s</article></main><footer>کلیه حقوق برای روزنه محفوظ است</footer>"
            "</body></html>") % (HEADLINES[k], 1000 + k, menu, over, HEADLINES[k], 10 + k, under, body, foot)


def _run(tmp_path, over, under=lambda k: "", foot=lambda k: "") -> list[str | None]:
    (tmp_path / "pages").mkdir()
    n = len(HEADLINES)
    for k, paras in enumerate(story_bodies(n, 3)):
        page = _page(k, paras, over(k), under(k), foot(k))
        (tmp_path / "pages" / ("p%d.html" % k)).write_text(page, encoding="utf-8")
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    return [got.get(line_key(HEADLINES[k])) for k in range(n)]


def test_a_genre_badge_over_stories_of_several_trail_sections_yields_to_the_trail(tmp_path):
    # «<span class=badge>گزارش</span><h1>…» on every page, the genre recurring over stories the trail at
    # the foot files under three sections («خانه › اقتصاد › <headline>»): a genre, the trail's section wins
    got = _run(tmp_path, lambda k: "<span class='badge'>%s</span>" % BADGES[k % 3],
               foot=lambda k: f"<div class='bc'><a href='/'>خانه</a> › <a href='/s/{(k // 3) % 3}'>"
                              f"{SECTIONS[(k // 3) % 3]}</a> › {HEADLINES[k]}</div>")
    assert got == [SECTIONS[(k // 3) % 3] for k in range(len(HEADLINES))]


# -- one page, no run: the section a CMS's post shows in its own blocks and rows ----------------------------------

_PARAS = ("<p>به گزارش خبرنگار ما، نخستین جلسه شورای شهر در سال جدید با حضور همه اعضا برگزار شد و اعضا درباره "
          "بودجه سال آینده و طرح‌های عمرانی شهر گفت‌وگو کردند.</p><p>رئیس شورا در این جلسه گفت که طرح توسعه "
          "حمل و نقل عمومی در اولویت قرار دارد و اعتبار آن در بودجه پیش‌بینی شده است.</p>")


def _post(head: str = "", under: str = "", foot: str = "") -> str:
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>برگزاری جلسه شورای شهر"
            " | نگاه</title>%s</head><body><header><div class='logo'>نگاه</div><nav><ul><li><a href='/'>خانه</a></li>"
            "<li><a href='/p/1'>عکس</a></li><li><a href='/p/2'>تماس با ما</a></li></ul></nav></header><main>"
            "<article class='post'><h1>برگزاری جلسه شورای شهر</h1>%s<div class='entry-content'>%s</div>%s</article>"
            "</main><footer>کلیه حقوق برای نگاه محفوظ است</footer></body></html>") % (head, under, _PARAS, foot)


def test_a_section_field_of_a_label_block_and_a_value_block_is_the_value():
    from palayesh.extract import extract
    # (Drupal: «<div class="field--name-field-category"><div class="field__label">دسته‌بندی</div>
    # <div class="field__item"><a>…</a></div></div>», read glued as «دسته‌بندیجامعه» before)
    page = _post(under="<div class='field field--name-field-category'><div class='field__label'>دسته‌بندی</div>"
                       "<div class='field__item'><a href='/taxonomy/term/4'>جامعه</a></div></div>")
    assert extract(page, format="html").section == "جامعه"
    # (a label's block with no colon over its one value's block under the headline, no class saying so)
    page = _post(under="<div class='info'><div class='lbl'>دسته‌بندی</div><div class='val'>"
                       "<a href='/s/2'>جامعه</a></div></div>")
    assert extract(page, format="html").section == "جامعه"


def test_a_blog_posts_footer_row_names_its_topic_after_its_date_and_author():
    from palayesh.extract import extract
    # (Blogfa: «نوشته شده در <day> توسط <author> | موضوع: <a>…</a> | <a>لینک ثابت</a>» under the post)
    foot = ("<div class='postinfo'>نوشته شده در ۱۴ بهمن ۱۴۰۲ - ۱۰:۴۴ توسط علی رضایی | موضوع: <a href='/category/1'>"
            "جامعه</a> | <a href='/post/7'>لینک ثابت</a></div>")
    assert extract(_post(foot=foot), format="html").section == "جامعه"
    flat = ("نگاه\nخانه | عکس | تماس با ما\n\nبرگزاری جلسه شورای شهر\n\n"
            + _PARAS.replace("<p>", "").replace("</p>", "\n\n")
            + "نوشته شده در ۱۴ بهمن ۱۴۰۲ - ۱۰:۴۴ توسط علی رضایی | موضوع: جامعه | لینک ثابت\n"
            "کلیه حقوق برای نگاه محفوظ است\n")
    assert extract(flat, format="text").section == "جامعه"
    # (the same row with no topic field: no section)
    foot = ("<div class='postinfo'>نوشته شده در ۱۴ بهمن ۱۴۰۲ - ۱۰:۴۴ توسط علی رضایی | "
            "<a href='/post/7'>لینک ثابت</a></div>")
    assert extract(_post(foot=foot), format="html").section is None


def test_og_section_names_the_section():
    from palayesh.extract import extract
    assert extract(_post(head="<meta property='og:section' content='جامعه'>"), format="html").section == "جامعه"


def test_a_parent_sections_label_over_its_sub_sections_trail_is_no_genre(tmp_path):
    # «<span>ورزش</span><h1>…» over half the stories, which the trail files «خانه › ورزش › فوتبال|والیبال|کشتی
    # › <headline>»: the label is the trail's own parent section, counted as the section's own, not as a
    # genre over several (a guard: the trail's last item is read as on b621901)
    subs = ["فوتبال", "والیبال", "کشتی"]
    got = _run(tmp_path, lambda k: "<span class='badge'>ورزش</span>" if k % 2 == 0 else "",
               foot=lambda k: f"<div class='bc'><a href='/'>خانه</a> › <a href='/s/9'>ورزش</a> › "
                              f"<a href='/s/{k % 3}'>{subs[k % 3]}</a> › {HEADLINES[k]}</div>")
    assert got == [subs[k % 3] for k in range(len(HEADLINES))]


def test_a_genre_another_site_of_the_run_sets_over_several_sections_names_no_section(tmp_path):
    # site 1 («روزنه») sets «گزارش», «یادداشت», «گفتگو» over stories its trail files under three sections;
    # site 2 («پرتو») shows the same badges over its headlines and nothing else: a genre, no section
    (tmp_path / "pages").mkdir()
    bodies = story_bodies(2 * len(HEADLINES), 3)
    for k in range(len(HEADLINES)):
        foot = (f"<div class='bc'><a href='/'>خانه</a> › <a href='/s/{(k // 3) % 3}'>{SECTIONS[(k // 3) % 3]}</a> › "
                f"{HEADLINES[k]}</div>")
        page = _page(k, bodies[k], "<span class='badge'>%s</span>" % BADGES[k % 3], foot=foot)
        (tmp_path / "pages" / ("r%d.html" % k)).write_text(page, encoding="utf-8")
        other = _page(k, bodies[len(HEADLINES) + k], "<span class='badge'>%s</span>" % BADGES[(k + 1) % 3])
        other = other.replace("روزنه", "پرتو").replace("rozaneh.ir", "partow.ir").replace(HEADLINES[k], OTHER[k])
        (tmp_path / "pages" / ("p%d.html" % k)).write_text(other, encoding="utf-8")
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert [got.get(line_key(t), "?") for t in OTHER] == [None] * len(OTHER)
    assert [got.get(line_key(t)) for t in HEADLINES] == [SECTIONS[(k // 3) % 3] for k in range(len(HEADLINES))]


OTHER = ["گزارشی از بازار کتاب دست دوم در خیابان انقلاب", "یادداشتی بر نمایش تازه تالار وحدت",
         "گفتگو با قهرمان کشتی آزاد جهان", "گزارشی از جشنواره انار در ساوه", "یادداشتی درباره بودجه فرهنگی کشور",
         "گفتگو با مدیر موزه ملی ایران", "گزارشی از سفر به روستای ماسوله", "یادداشتی بر رمان تازه یک نویسنده جوان",
         "گفتگو با کارگردان فیلم برگزیده جشنواره", "گزارشی از نمایشگاه صنایع دستی در اصفهان"]
