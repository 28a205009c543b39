"""A record's field table over the story, no ``<h1>`` (s78): a media-monitoring service's clipping view
shows the clipped paper's name, issue, page and days as label/value rows, then the story's headline in
a heading, then the story. Neither a label nor a value of those rows is the headline
(:func:`palayesh.extract.html._heading_under_fields`), and the row's day the record was filed in the
service under a qualified generic label is another event than the issue's day (:func:`.html._row_events`).

Written fresh for s78 (a small synthetic service, no set's).
"""
from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract import extract

HEADLINES = ["بارش برف راه‌های کوهستانی شمال را بست", "نمایشگاه کتاب کودک در اصفهان گشایش یافت",
             "قیمت نان در سه استان افزایش یافت", "مسابقات کشتی جوانان در کرمانشاه آغاز شد",
             "طرح کاشت درخت در حاشیه شهر اجرا می‌شود", "ساعت کار ادارات استان تغییر می‌کند",
             "سد کرج به ظرفیت کامل رسید", "جشنواره فیلم کوتاه برگزیدگان خود را شناخت"]
PAPER = "روزنامه نسیم شمال"


def _clip(i: int, headline: str, paras: list[str], *, paper: str = PAPER) -> str:
    # the service's header and menu, the clipping's field table, the headline in an <h2>, the story
    body = "".join(f"<p>{p}</p>" for p in paras[:3])
    return (f"<html><head><title>بایگانی بریده‌ها | {paper} | رسانه‌نگار</title></head><body>"
            "<header><a href='/'>رسانه‌نگار</a> <span>پایش روزانه مطبوعات</span></header>"
            "<ul><li>میز کار</li><li>بایگانی</li><li>گزارش‌گیری</li></ul>"
            f"<table><tr><th>نام روزنامه</th><td>{paper}</td></tr><tr><th>شماره</th><td>۳۱{i}۰</td></tr>"
            f"<tr><th>تاریخ انتشار</th><td>دوشنبه ۱{i} آبان ۱۴۰۲</td></tr><tr><th>صفحه</th><td>{i + 2}</td></tr>"
            f"<tr><th>تاریخ ورود به سامانه</th><td>۱۴۰۲/۰۸/۲{i} ۰۹:۱۵</td></tr><tr><th>گروه</th><td>اجتماعی</td></tr>"
            "<tr><th>جهت‌گیری</th><td>مثبت</td></tr></table>"
            f"<div><a>نسخه چاپی</a><a>ارسال</a></div><h2>{headline}</h2><div class='ocr'>{body}</div>"
            "<footer>همه حقوق محفوظ است</footer></body></html>")


def test_alone_the_heading_under_the_field_table_is_the_headline_not_the_papers_name():
    # (fails before s78: the <title>'s middle part, the paper's name the table shows, was the headline)
    paras = story_bodies(1)[0]
    a = extract(_clip(1, HEADLINES[0], paras))
    assert a.title == HEADLINES[0]


def test_the_issue_day_not_the_later_filing_in_the_service_dates_the_story():
    # (fails before s78 once the headline is the heading: the filing row, nearest it, dated the story)
    paras = story_bodies(1)[0]
    a = extract(_clip(1, HEADLINES[0], paras))
    assert a.published == "2023-11-02"  # (۱۱ آبان ۱۴۰۲; filed ۲۱ آبان)


def test_in_a_run_no_label_of_the_field_table_is_the_headline(tmp_path):
    # (fails before s78: the <title> the same over every page named no story, and the lines' first
    # headline-like line was a label of the table, «تاریخ ورود به سامانه»)
    src = tmp_path / "pages"
    src.mkdir()
    for i, (h, paras) in enumerate(zip(HEADLINES, story_bodies(len(HEADLINES)))):
        (src / f"p{i:02d}.html").write_text(_clip(i, h, paras), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    got = {r["id"]: r["title"] for r in read_rows(out) + read_rows(out, "rejected")}
    assert got == {f"p{i:02d}": h for i, h in enumerate(HEADLINES)}


def test_a_portal_whose_field_table_holds_the_headline_keeps_it():
    # (a guard: «عنوان خبر» | headline over the story's paragraphs, no heading under the table)
    paras = story_bodies(1)[0]
    body = "".join(f"<p>{p}</p>" for p in paras[:3])
    page = (f"<html><head><title>{HEADLINES[2]} | پورتال استانداری</title></head><body>"
            f"<table><tr><td>عنوان خبر:</td><td>{HEADLINES[2]}</td></tr>"
            "<tr><td>تاریخ انتشار:</td><td>۱۲ آذر ۱۴۰۲</td></tr></table>"
            f"<div>{body}</div><h3>اخبار مرتبط با این موضوع</h3><ul><li><a>خبر دیگر</a></li></ul></body></html>")
    assert extract(page).title == HEADLINES[2]
