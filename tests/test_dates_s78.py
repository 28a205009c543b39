"""s78: a page's published day on unseen layouts (an archive's issue day under its edition line)."""
from __future__ import annotations

from conftest import made_titles, refine_site, story_bodies
from palayesh.extract import extract

#: the issue days of an archive's pages, one a page, years apart, and their ISO days
DAYS = ["چهارشنبه ۴ فروردین ۱۳۹۵", "یکشنبه ۱۷ اردیبهشت ۱۳۹۶", "شنبه ۱۶ تیر ۱۳۹۷", "جمعه ۲۵ بهمن ۱۳۹۸",
        "سه‌شنبه ۴ خرداد ۱۴۰۰", "یکشنبه ۲ مرداد ۱۴۰۱", "یکشنبه ۱۲ شهریور ۱۴۰۲", "جمعه ۴ خرداد ۱۴۰۳",
        "سه‌شنبه ۷ دی ۱۳۹۵", "دوشنبه ۶ فروردین ۱۳۹۷"]
ISO = ["2016-03-23", "2017-05-07", "2018-07-07", "2020-02-14", "2021-05-25", "2022-07-24", "2023-09-03",
       "2024-05-24", "2016-12-27", "2018-03-26"]
TITLES = made_titles(len(DAYS), ["ساخت پل تازه", "طرح آبرسانی", "جشنواره کتاب", "مسابقه دوچرخه‌سواری",
                                 "کاشت نهال"], ["شهرکرد", "بروجن", "لردگان"])


def _archive_page(k: int, day: str, body: list[str]) -> list[str]:
    """An archive's page of a paper's text: the archive's name, the paper's edition line, the issue's
    day, the archive's note on its text (a site line between the day and the headline), the story."""
    return ["گنجینه برگ — بایگانی روزنامه‌های استان", f"روزنامه نسیم کوهرنگ | شماره {1200 + 37 * k} | صفحه {k % 9 + 2}",
            day, "این متن را رایانه از روی تصویر صفحه خوانده است و شاید خطا داشته باشد", "سرویس: استانی",
            TITLES[k], *body, f"شناسه صفحه: {50000 + k}", "راهنما | جستجو | فهرست روزنامه‌ها"]


def test_an_issues_day_under_the_edition_line_dates_the_page_in_a_run(tmp_path):
    # the run shows a day in that slot that varies from page to page: the issue's, not the site's
    # "today", though a site line stands between it and the headline
    rows = refine_site(tmp_path, [_archive_page(k, d, b) for k, (d, b)
                                  in enumerate(zip(DAYS, story_bodies(len(DAYS), 3)))])
    assert [(rows[f"p{k:02d}"]["published"] or "")[:10] for k in range(len(DAYS))] == ISO


def _today_page(k: int, body: list[str]) -> list[str]:
    """A site whose header shows the crawl's day over its menu (a site line between it and the
    headline), and the story its own day under the headline."""
    return ["پایگاه خبری دشت سبز", "امروز را بخوانید", "سه‌شنبه ۱۸ آذر ۱۴۰۵",
            "خانه | استانی | ورزشی | فرهنگی | تماس با ما", TITLES[k], DAYS[k], *body, "همه حقوق محفوظ است"]


def test_a_site_headers_day_the_same_on_every_page_stays_the_visits(tmp_path):
    # the slot over the menu shows one day on every page: the crawl's, the story's own is under its headline
    rows = refine_site(tmp_path, [_today_page(k, b) for k, b in enumerate(story_bodies(len(DAYS), 3))])
    assert [(rows[f"p{k:02d}"]["published"] or "")[:10] for k in range(len(DAYS))] == ISO


EDITION = "شماره ۳۶۱۳ — چهارشنبه ۱۹ مرداد ۱۴۰۱ — ۱۲ محرم ۱۴۴۴ — ۱۰ اوت ۲۰۲۲"
STORY = story_bodies(1, 3)[0]


def test_a_dailys_edition_line_under_its_today_dates_the_page_flat():
    # the header labels its today; the edition line's day (in three calendars) over the menu is the issue's
    page = ["روزنامه کوهسار", "روزنامه صبح استان", "امروز: پنج‌شنبه ۵ آبان ۱۴۰۱", EDITION, "صفحه اول", "اقتصادی",
            "استان", "ورزشی", "صفحه اقتصادی", "سرمقاله", TITLES[0], *STORY, "درباره ما"]
    assert extract("\n".join(page)).published[:10] == "2022-08-10"
    # no edition line: the header's today dates no story
    assert extract("\n".join(p for p in page if p != EDITION)).published is None


def test_a_dailys_edition_line_under_its_today_dates_the_page_html():
    body = "".join(f"<p>{p}</p>" for p in STORY)
    page = (f"<html><head><title>{TITLES[0]} | روزنامه کوهسار</title></head><body><header><a class='logo' href='/'>"
            f"روزنامه کوهسار</a> <span class='today'>امروز: پنج‌شنبه ۵ آبان ۱۴۰۱</span></header>"
            f"<div class='edition'>{EDITION}</div><nav><a>صفحه اول</a><a>اقتصادی</a><a>استان</a><a>ورزشی</a></nav>"
            f"<div class='label'>سرمقاله</div><h1>{TITLES[0]}</h1>{body}<footer>درباره ما</footer></body></html>")
    assert extract(page).published[:10] == "2022-08-10"
    # a bare day over the menu that is the header's today again: none
    assert extract(page.replace(EDITION, "پنج‌شنبه ۵ آبان ۱۴۰۱")).published is None


def _scan_page(k: int, issue: str | None, scan: str, body: list[str]) -> list[str]:
    """A scan view's page: the site's name, the scan's field table one field a line (the paper, its
    number, the issue's day when known, the scan's day, later), the headline, the story."""
    fields = ["نشریه", "هفته‌نامه دشت", "شماره", f"{300 + k}", *(["تاریخ چاپ", issue] if issue else []),
              "تاریخ ثبت تصویر", scan, "کیفیت", "۳۰۰ نقطه"]
    return ["بایگانی تصویری نشریات", *fields, TITLES[k], *body, "درباره ما | تماس با ما"]


def test_a_scan_views_later_field_dates_no_page_in_a_run(tmp_path):
    # the run shows the scan's field after the issue's, of a later day, on the pages with both: a
    # later event of the document; the issue's day dates the page, and a page without one has none
    scans = ["1401/08/12", "1396/03/11", "1397/05/02", "1399/01/20", "1400/04/01", "1401/06/15", "1402/07/30",
             "1403/04/10", "1395/11/01", "1397/02/08"]
    issues = [*DAYS[:8], None, None]
    pages = [_scan_page(k, d, s, b) for k, (d, s, b) in enumerate(zip(issues, scans, story_bodies(len(DAYS), 3)))]
    rows = refine_site(tmp_path, pages)
    assert [(rows[f"p{k:02d}"]["published"] or "")[:10] for k in range(len(DAYS))] == [*ISO[:8], "", ""]


def _file_view(k: int, made: str, changed: str, own: str | None, body: list[str]) -> list[str]:
    """A document viewer's page as text: its toolbar, the file's properties (created, registered: the
    file's events), the newsletter's line, the headline and the story's own day or none, the story."""
    return ["صفحه قبل", "صفحه بعد", "چاپ", f"نام پرونده: doc-{k}.pdf", f"تاریخ ساخت: {made}",
            f"تاریخ ثبت: {changed}", "نرم‌افزار: Word", f"خبرنامه داخلی | شماره {k + 3}", TITLES[k],
            *([f"انتشار: {own}"] if own else []), *body, "- ۱ -"]


def test_a_files_properties_beside_the_storys_own_day_date_no_page_in_a_run(tmp_path):
    # the properties table stands beside the story's own day on most pages: its first field (the
    # file's creation) is no story's day where the story shows none
    made = ["۱۳۹۵/۰۱/۰۶", "۱۳۹۶/۰۲/۱۹", "۱۳۹۷/۰۴/۱۸", "۱۳۹۸/۱۱/۲۷", "۱۴۰۰/۰۳/۰۶", "۱۴۰۱/۰۵/۰۴", "۱۴۰۲/۰۶/۱۴",
            "۱۴۰۳/۰۳/۰۶", "۱۳۹۵/۱۰/۱۰", "۱۳۹۷/۰۱/۰۹"]
    changed = [m[:5] + "12/20" for m in made]
    owns = [*DAYS[:8], None, None]
    pages = [_file_view(k, m, c, o, b)
             for k, (m, c, o, b) in enumerate(zip(made, changed, owns, story_bodies(len(DAYS), 3)))]
    rows = refine_site(tmp_path, pages)
    assert [(rows[f"p{k:02d}"]["published"] or "")[:10] for k in range(len(DAYS))] == [*ISO[:8], "", ""]


def test_a_header_day_under_the_sites_name_varying_page_to_page_dates_no_story(tmp_path):
    # a header's day drawn anew on each page, under the site's tagline (no issue number over it), over
    # its menu: no issue's day; a story that shows no day of its own has none
    pages = [["پایگاه خبری دشت سبز", "تازه‌ترین خبرهای استان", day, "خانه | استانی | ورزشی | فرهنگی | تماس با ما",
              TITLES[k], *b, "همه حقوق محفوظ است"] for k, (day, b) in enumerate(zip(DAYS, story_bodies(len(DAYS), 3)))]
    rows = refine_site(tmp_path, pages)
    assert [rows[f"p{k:02d}"]["published"] for k in range(len(DAYS))] == [None] * len(DAYS)
