"""Headlines, days and credits of page kinds tests/export_mixed.py builds (``bench/score_head_layouts.py --set
mixed``): a listing's banner ``<h1>`` over an ``<h2>`` headline on pages that name no headline for machines.
Pages built here, in words of no family set."""
from __future__ import annotations

from conftest import read_rows, refine_site, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key


def _headline(paras: list[str]) -> str:
    return " ".join(paras[2].split()[:7]).strip("،.:؛")


def _html_site(tmp_path, bodies: list[list[str]], banner, headline=None) -> dict:
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        page = ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>سفرنامه</title></head>"
                "<body><header><div class='logo'>سفرنامه</div><nav>خانه | اقامت | تماس با ما</nav></header>"
                "<h1 class='page-title'>%s</h1><article><h2>%s</h2><div class='entry'>%s</div></article>"
                "<footer>تمامی حقوق محفوظ است</footer></body></html>") % (
            banner(i, paras), _headline(paras) if headline is None else headline(i),
            "".join("<p>%s</p>" % p for p in paras))
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out")}


def test_a_banner_the_run_sees_over_many_stories_is_no_headline(tmp_path):
    """«<h1 class="page-title">اقامتگاه‌ها</h1>» (the category an archive template names) over each
    story's «<h2>»: no og:title, no <title> says which is the headline; the run does: the banner stands
    over many of the site's stories, each <h2> over one."""
    bodies = story_bodies(8)
    rows = _html_site(tmp_path, bodies, lambda i, paras: ["اقامتگاه‌ها", "سفر ارزان"][i % 2])
    assert [line_key(rows[f"p{i:02d}"]["title"]) for i in range(len(bodies))] == \
        [line_key(_headline(paras)) for paras in bodies]


DISHES = ["کوکو سبزی", "حلیم بادمجان", "آش رشته", "کوکو سبزی", "میرزا قاسمی", "دلمه برگ", "کوفته تبریزی",
          "قیمه بادمجان"]


def test_a_dish_under_the_recipe_sites_heading_is_the_headline(tmp_path):
    """«<h1>طرز تهیه</h1>» over «<h2>کوکو سبزی</h2>» on each recipe: the dish (two words; two recipes
    may share one) is the headline, the heading over every recipe of the site is none."""
    bodies = story_bodies(8)
    rows = _html_site(tmp_path, bodies, lambda i, paras: "طرز تهیه", lambda i: DISHES[i])
    assert [rows[f"p{i:02d}"]["title"] for i in range(len(bodies))] == DISHES


def test_an_h1_over_its_own_story_stays_the_headline(tmp_path):
    """Each page's <h1> says its own story (a short headline), the <h2> under it a subtitle: no banner."""
    bodies = story_bodies(8)
    rows = _html_site(tmp_path, bodies, lambda i, paras: _short(paras))
    assert [line_key(rows[f"p{i:02d}"]["title"]) for i in range(len(bodies))] == \
        [line_key(_short(paras)) for paras in bodies]


def _short(paras: list[str]) -> str:
    return " ".join(paras[3].split()[4:8]).strip("،.:؛")


PLACES = ["کابل", "مزار شریف", "هرات", "قندهار"]
OUTLETS = ["آوا", "طنین", "روشنا"]


def _dari_pages(bodies: list[list[str]], credited) -> list[list[str]]:
    return [["بلخ نیوز", "خانه | سیاست | اقتصاد | تماس با ما", _headline(paras), "سه شنبه ۲۱ قوس ۱۴۰۲",
             ("%s (%s): %s" % (PLACES[i % 4], OUTLETS[i % 3], paras[0]) if credited(i) else paras[0]), *paras[1:],
             "تمامی حقوق محفوظ است"] for i, paras in enumerate(bodies)]


def test_a_dateline_of_place_and_outlet_the_site_opens_its_stories_with_credits_the_outlet(tmp_path):
    """«مزار شریف (آوا): …» opens each story of an Afghan site, the outlet in no agency table: the
    run learns the shape (a place, a name in brackets, a colon) from the site's pages, not the names."""
    bodies = story_bodies(8)
    rows = refine_site(tmp_path, _dari_pages(bodies, lambda i: True))
    assert [rows[f"p{i:02d}"]["agency"] for i in range(len(bodies))] == [OUTLETS[i % 3] for i in range(len(bodies))]


def test_a_bracketed_opening_on_one_page_of_a_site_credits_nobody(tmp_path):
    """One story of the site opens «کابل (آوا): …», the others with no dateline: no shape of the site."""
    bodies = story_bodies(8)
    rows = refine_site(tmp_path, _dari_pages(bodies, lambda i: i == 0))
    assert rows["p00"]["agency"] != OUTLETS[0]


def test_a_channels_web_view_is_read_as_its_longest_message_with_its_own_time():
    """A channel's public web view saved as a page (Telegram's t.me/s, Eitaa's: «…_widget_message»
    blocks, each with its <time datetime>): a short post first, then the story, its first line an
    emoji and a bold headline. The story's time, not the first post's; the headline, not the channel's name."""
    from palayesh import extract

    story = "".join("<br><br>" + p for p in story_bodies(1)[0])
    msg = ("<div class='etme_widget_message'><div class='etme_widget_message_text'>%s</div><div "
           "class='etme_widget_message_info'><span class='views'>۸۵۰</span><time datetime='%s'>x</time></div></div>")
    raw = ("<!DOCTYPE html><html lang='fa'><head><meta charset='utf-8'><title>بازنشستگان – Eitaa</title></head><body>"
           "<div class='etme_channel_info'><div class='etme_channel_info_header_title'>بازنشستگان</div></div>"
           "<section class='etme_channel_history'>%s%s</section></body></html>") % (
        msg % ("🔸 افزایش حقوق بازنشستگان از ماه آینده", "2023-12-02T23:10:00+03:30"),
        msg % ("📌 <b>پرداخت معوقات بازنشستگان تامین اجتماعی آغاز شد</b>" + story, "2023-12-03T10:20:00+03:30"))
    art = extract(raw)
    assert art.title == "پرداخت معوقات بازنشستگان تامین اجتماعی آغاز شد"
    assert (art.published or "")[:16] == "2023-12-03T10:20"


def test_a_headline_that_names_its_day_over_a_clock_alone_is_the_headline_and_the_date():
    """A press review «صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲» with only «۰۷:۰۸» under it: the
    headline, and its day (with that clock) the story's date; the papers' quoted headlines are neither."""
    from palayesh import extract

    paras = story_bodies(1)[0]
    raw = "\n\n".join(["پیشخوان روز", "خانه | سیاسی | اقتصادی | تماس با ما",
                       "صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲", "۰۷:۰۸", paras[0], "روزنامه کیهان",
                       "تیتر یک: «تورم در مسیر کاهش»", paras[1], "روزنامه شرق", "تیتر یک: «صف طولانی خریداران»",
                       paras[2], "تمامی حقوق محفوظ است"])
    art = extract(raw)
    assert art.title == "صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲"
    assert (art.published or "")[:16] == "2023-12-01T07:08"
