"""A print view's «today» over the site's name, and its one ``<time datetime>`` under the story.

A site's print view sets the day of the visit over its own header («سه‌شنبه ۲۳ دی ۱۴۰۴», then the site's
name, «نسخه قابل چاپ», the trail and the headline) and the story's stamp under the story, after its
related items and comments, all straight in ``<body>``. On a crawl of many days the header's day
varies from page to page as a story's does, so the run's days alone (:func:`.html._story_day`) take it
for the story's. What tells it is the page's structure and the order of days: the site's own name (a
line over the story of every page of the site) stands between it and the headline
(:func:`.html._site_line_between`), and the page's one machine-readable time under the headline, the
story's stamp (:func:`.html._stamp_under`), names an earlier day (a visit comes after its story). A
site that prints the story's own day over its name (and no earlier stamp under it) keeps that day.
"""
from __future__ import annotations

from datetime import date, timedelta

from conftest import made_titles, read_rows, story_bodies
from palayesh import refine
from palayesh.extract.dates import jalali_of

_SITE = "بندر امروز"
_TITLES = made_titles(12, ["پاکسازی ساحل", "صید ماهی", "نشست شورا", "بازگشایی بازار"], ["انزلی", "آستارا", "رشت"])
_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def _jalali(day: date) -> str:
    y, m, d = (int(x) for x in jalali_of(day).split("/"))
    return f"{d} {_MONTHS[m - 1]} {y}"


def _page(i: int, paras: list[str], story: date, visit: date, *, site_line: bool = True, stamp: bool = True) -> str:
    head = f"<div class='print-head'><h2>{_SITE}</h2><div>نسخه قابل چاپ</div></div>" if site_line else ""
    time = f"<time datetime='{story.isoformat()}T10:20:00+03:30'>۱۰:۲۰ - {_jalali(story)}</time>" if stamp else ""
    related = "".join(f"<li><a href='/n/{i}{k}'>خبر دیگر شماره {k} از این بخش</a> "
                      f"<span>{_jalali(story - timedelta(k + 3))}</span></li>" for k in range(3))
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]} - {_SITE}</title>"
            f"</head><body><div class='d4'>{_jalali(visit)}</div>{head}"
            f"<div class='crumbs'><a href='/'>خانه</a> › <a href='/c/2'>اخبار</a></div><h1>{_TITLES[i]}</h1>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}<div><h3>مطالب مرتبط</h3><ul>{related}</ul></div>"
            f"{time}"
            f"<div>آدرس مطلب: https://bandar-emrooz.ir/news/{1000 + i}</div></body></html>")


def _days(i: int) -> tuple[date, date]:
    story = date(2023, 1, 10) + timedelta(days=37 * i)
    return story, story + timedelta(days=5 + 53 * i)  # (the visit: days to years later, a crawl of many days)


def _run(tmp_path, **kw) -> list[str]:
    src = tmp_path / "pages"
    src.mkdir()
    # (the day over the page: the visit's under a print head, else the story's own)
    visit_over = kw.pop("visit_over", True) and kw.get("site_line", True)
    for i, paras in enumerate(story_bodies(12)):
        story, visit = _days(i)
        over = visit if visit_over else story
        (src / f"p{i:02d}.html").write_text(_page(i, paras, story, over, **kw), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 12
    return [(rows[f"p{i:02d}"]["published"] or "")[:10] for i in range(12)]


def test_print_view_today_over_the_site_name_is_no_story_date(tmp_path):
    got = _run(tmp_path)
    assert got == [_days(i)[0].isoformat() for i in range(12)], got


def test_story_date_over_the_headline_stays(tmp_path):
    # the same pages with the story's own day over the trail and no site's line between (nor a stamp
    # under the story): the run's days still call it the story's
    got = _run(tmp_path, site_line=False, stamp=False)
    assert got == [_days(i)[0].isoformat() for i in range(12)], got


def test_story_date_over_the_site_name_stays(tmp_path):
    # a site that prints the story's own day over its name and «نسخه قابل چاپ» (lines on every page)
    # and no stamp under the story: nothing says the day is the visit's, it stays the story's
    got = _run(tmp_path, stamp=False, visit_over=False)
    assert got == [_days(i)[0].isoformat() for i in range(12)], got


def test_story_date_over_the_site_name_with_its_stamp_stays(tmp_path):
    # the same with the story's stamp under it, the same day: the row over the site's name is kept
    got = _run(tmp_path, visit_over=False)
    assert got == [_days(i)[0].isoformat() for i in range(12)], got
