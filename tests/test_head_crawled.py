"""Headlines and days of page kinds tests/export_crawled.py builds (``bench/score_head_layouts.py --set
crawled``): a forum thread's title as the value of the label its site writes over every post, and a
reader view's day after the link to the site's home («x.ir · ۱۰ دی ۱۴۰۳»). Pages built here, in words of
no family set."""
from __future__ import annotations

import pytest

from conftest import refine_site, story_bodies
from palayesh import extract
from palayesh.textkeys import line_key

DAYS = ["۲۶ شهریور ۱۴۰۰ - ۱۱:۴۱", "۱۹ مهر ۱۴۰۱ - ۱۸:۲۳", "۷ شهریور ۱۴۰۲ - ۱۸:۵۹", "۲۴ آبان ۱۴۰۱ - ۰۷:۴۱",
        "۶ اسفند ۱۴۰۲ - ۱۲:۵۷"]


def _headline(paras: list[str]) -> str:
    return " ".join(paras[2].split()[:7]).strip("،.:؛")


def test_a_threads_title_after_the_label_its_site_writes_over_every_post(tmp_path):
    """«موضوع: <title>» over the thread's counters and its first post's byline and day: the label
    recurs on each page of the forum, the value on one; the value is the headline (the site's name
    above it is no headline)."""
    bodies = story_bodies(10)
    pages = [["انجمن کار", "خانه | گفت‌وگوی آزاد | قوانین | تماس با ما", "موضوع: " + _headline(paras),
              "پاسخ‌ها: %d | بازدید: %d" % (3 + i, 120 * (i + 1)),
              "ارسال شده توسط کاربر%d در %s" % (i, DAYS[i % len(DAYS)]), *paras, "تمامی حقوق محفوظ است"]
             for i, paras in enumerate(bodies)]
    rows = refine_site(tmp_path, pages)
    assert [line_key(rows[f"p{i:02d}"]["title"]) for i in range(len(bodies))] == \
        [line_key(_headline(paras)) for paras in bodies]


def test_a_labelled_lead_under_the_headline_leaves_the_headline(tmp_path):
    """«خلاصه: …» over the day on every page is the site's lead, a sentence: the headline above it stays."""
    bodies = story_bodies(10)
    pages = [["نشریه کار", _headline(paras), "خلاصه: " + " ".join(paras[3].split()[:12]) + ".",
              "تاریخ انتشار: " + DAYS[i % len(DAYS)], *paras[:3], "تمامی حقوق محفوظ است"]
             for i, paras in enumerate(bodies)]
    rows = refine_site(tmp_path, pages)
    assert [line_key(rows[f"p{i:02d}"]["title"]) for i in range(len(bodies))] == \
        [line_key(_headline(paras)) for paras in bodies]


STORY = ["بارش سنگین برف در ارتفاعات البرز از بامداد امروز آغاز شد و راه‌های کوهستانی شمال تهران را بست.",
         "رئیس پلیس راه استان گفت رانندگان تا اطلاع ثانوی از سفر به این جاده‌ها خودداری کنند."]


@pytest.mark.parametrize("href,published", [
    ("https://tahlil-rooz.ir/", "2024-12-30"),  # the origin line of a reader view: the site's home, then its day
    ("/", "2024-12-30"),
    ("https://tahlil-rooz.ir/news/4521", None),  # another story's link with its day: no byline of this one
])
def test_a_day_after_the_link_to_the_sites_home(href, published):
    raw = ("<html lang='fa'><head><meta charset='utf-8'><title>بارش برف راه‌های شمال را بست</title></head><body>"
           "<div id='titlebar'><h1>بارش برف راه‌های شمال را بست</h1><div class='origin'><a href='%s'>tahlil-rooz.ir"
           "</a> · ۱۰ دی ۱۴۰۳</div></div><div id='story'>%s</div></body></html>") % (
        href, "".join("<p>%s</p>" % p for p in STORY))
    got = extract(raw).published
    assert (got or "")[:10] == (published or "")
