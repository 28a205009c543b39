"""s79: one reader of a page's labelled date fields (:func:`palayesh.extract.dates.field_events`), the
page's alone and the run's (:func:`palayesh.extract.template.date_field_keys`), and a CMS's banner
``<h1>`` that heads no issue (:func:`palayesh.extract.html._under_page_heading`)."""
from __future__ import annotations

from conftest import made_titles, read_rows, refine_site, story_bodies
from palayesh import refine
from palayesh.extract import extract

TITLES = made_titles(10, ["ساخت پل تازه", "طرح آبرسانی", "جشنواره کتاب", "مسابقه دوچرخه‌سواری", "کاشت نهال"],
                     ["شهرکرد", "بروجن", "لردگان"])
BODIES = story_bodies(10, 3)
#: (registration, publication) of a CMS's stories: the publication a day or two after, or the same day
STAMPS = [("۱۴۰۰/۰۴/۱۳ - ۲۲:۴۸", "۱۴۰۰/۰۴/۱۵ - ۰۰:۱۶"), ("۱۳۹۸/۰۱/۱۱ - ۱۶:۰۸", "۱۳۹۸/۰۱/۱۲ - ۱۲:۰۸"),
          ("۱۴۰۲/۰۴/۲۰ - ۰۲:۵۹", "۱۴۰۲/۰۴/۲۰ - ۱۴:۰۶"), ("۱۳۹۶/۰۹/۰۱ - ۲۳:۱۰", "۱۳۹۶/۰۹/۰۳ - ۰۹:۴۰"),
          ("۱۴۰۱/۱۲/۲۵ - ۱۸:۰۰", "۱۴۰۱/۱۲/۲۶ - ۰۸:۱۵"), ("۱۳۹۵/۰۷/۱۹ - ۱۱:۰۵", "۱۳۹۵/۰۷/۲۰ - ۱۰:۳۰"),
          ("۱۴۰۳/۰۲/۰۴ - ۰۷:۴۵", "۱۴۰۳/۰۲/۰۴ - ۱۲:۰۰"), ("۱۴۰۰/۰۶/۱۱ - ۲۱:۲۰", "۱۴۰۰/۰۶/۱۲ - ۰۶:۳۰")]
#: the publication's ISO days
PUBLISHED = ["2021-07-06", "2019-04-01", "2023-07-11", "2017-11-24", "2023-03-17", "2016-10-11", "2024-04-23",
             "2021-09-03"]


def _cms_page(k: int) -> str:
    """A CMS's preview of a story: the tool's banner ``<h1>`` (the same on every page), the story's field
    box (its registration before its publication), the headline in an ``<h2>``, the story."""
    made, out = STAMPS[k]
    body = "".join(f"<p>{p}</p>" for p in BODIES[k])
    return (f"<html><head><title>پیش‌نمایش خبر - سامانه مدیریت اخبار</title></head><body>"
            f"<header><a class='logo' href='/'>خبرگزاری کوهسار</a></header><h1>پیش‌نمایش خبر</h1>"
            f"<table class='meta'><tr><th>کد خبر</th><td>{650400 + k}</td></tr><tr><th>سرویس</th><td>استانی</td></tr>"
            f"<tr><th>زمان ثبت</th><td>{made}</td></tr><tr><th>زمان انتشار</th><td>{out}</td></tr>"
            f"<tr><th>خبرنگار</th><td>رضا احمدی</td></tr></table>"
            f"<div class='preview'><h2 class='titr'>{TITLES[k]}</h2>{body}</div>"
            f"<div class='actions'><a>بازگشت به فهرست</a><a>ویرایش</a></div></body></html>")


def test_alone_the_field_that_names_the_publication_dates_the_story_not_the_registration():
    # the box's first labelled date is the story's registration in the CMS, a day before its publication
    assert [extract(_cms_page(k)).published[:10] for k in (0, 1)] == PUBLISHED[:2]


def test_in_a_run_the_cms_box_dates_each_story_by_its_publication(tmp_path):
    # the run reads the box as the page does (the publication's field, not the first), and the tool's
    # banner <h1> over every preview heads no issue: the box's dates under it are the story's
    src, out = tmp_path / "pages", tmp_path / "out"
    src.mkdir()
    for k in range(len(STAMPS)):
        (src / f"p{k:02d}.html").write_text(_cms_page(k), encoding="utf-8")
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    assert [(rows[f"p{k:02d}"]["published"] or "")[:10] for k in range(len(STAMPS))] == PUBLISHED


def _scan_page(issue: str, scan: str, k: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODIES[k])
    return (f"<html><head><title>scan_{k}.hocr</title></head><body><header><a class='logo' href='/'>بایگانی"
            f" نشریات</a></header><table class='scan-meta'><tr><td>نشریه</td><td>روزنامه دشت</td></tr>"
            f"<tr><td>تاریخ نشریه</td><td>{issue}</td></tr><tr><td>تاریخ اسکن</td><td>{scan}</td></tr>"
            f"<tr><td>وضوح</td><td>۳۰۰ dpi</td></tr></table><h1>{TITLES[k]}</h1>{body}</body></html>")


def test_alone_a_scan_views_table_of_qualified_dates_is_dated_by_its_first_field():
    # both labels are qualified generic ones («تاریخ …»): the table's first field, the issue's day, is
    # the document's (as the run reads the table), the scan's a later event
    assert extract(_scan_page("۲۸ اردیبهشت ۱۳۹۶", "1396/03/11", 0)).published[:10] == "2017-05-18"


#: a Q&A site's question days and answer (publication) days, days to weeks apart
ASKED = ["۱۳۹۵/۱۲/۲۴", "۱۳۹۸/۰۹/۲۰", "۱۴۰۱/۰۳/۰۲", "۱۳۹۷/۰۶/۱۵", "۱۴۰۰/۱۱/۰۱", "۱۳۹۶/۰۴/۰۴", "۱۴۰۲/۰۸/۰۸",
         "۱۳۹۹/۰۲/۱۲"]
ANSWERED = ["۱۳۹۶/۰۱/۰۴", "۱۳۹۸/۱۰/۰۶", "۱۴۰۱/۰۳/۰۲", "۱۳۹۷/۰۷/۰۱", "۱۴۰۰/۱۱/۲۰", "۱۳۹۶/۰۴/۱۰", "۱۴۰۲/۰۹/۰۱",
            "۱۳۹۹/۰۲/۲۸"]
ANSWERED_ISO = ["2017-03-24", "2019-12-27", "2022-05-23", "2018-09-23", "2022-02-09", "2017-07-01", "2023-11-22",
                "2020-05-17"]


def test_in_a_run_a_qa_sites_answer_day_after_its_question_day_dates_the_page(tmp_path):
    # «تاریخ ثبت پرسش» (a qualified label) over «تاریخ انتشار» (the publication, named): the run reads
    # the fields as the page does, so the answer's day is the document's, never a later event's
    pages = [["پرسش و پاسخ دینی", "خانه | پرسش‌ها | موضوعات | ارسال پرسش", TITLES[k], "موضوع: اخلاق",
              f"تاریخ ثبت پرسش: {a}", f"تاریخ انتشار: {b}", f"تعداد بازدید: {2000 + 37 * k}", "پرسش", *BODIES[k],
              "همه حقوق محفوظ است"] for k, (a, b) in enumerate(zip(ASKED, ANSWERED))]
    rows = refine_site(tmp_path, pages)
    assert [(rows[f"p{k:02d}"]["published"] or "")[:10] for k in range(len(ASKED))] == ANSWERED_ISO
