"""An API's JSON response crawled as a page (:mod:`palayesh.extract.apidoc`), and a wire take's
transmission stamp (:func:`palayesh.extract.exports.wire_stamp_date`): read by their structure."""
import json

import pytest

from palayesh.extract import extract
from palayesh.extract.apidoc import api_record, auto_excerpt

BODY = ["بند نخست خبر درباره بازار خودروهای برقی است و ادامه دارد.", "بند دوم خبر جزئیات بیشتری می‌دهد."]
RELATED = [{"title": "خبر دیگری از همین سایت", "date": "2023-07-01T09:00:00"}]


def _wp(excerpt: str) -> str:
    """A WordPress REST post: one line, Persian escaped, «/» as «\\/»."""
    post = {"id": 5, "date": "2023-07-10T13:31:00", "date_gmt": "2023-07-10T10:01:00",
            "modified": "2023-07-15T03:30:00", "title": {"rendered": "خودروی برقی تازه رونمایی شد"},
            "content": {"rendered": "".join(f"<p>{p}</p>\n" for p in BODY), "protected": False},
            "excerpt": {"rendered": excerpt, "protected": False}, "categories": [7],
            "acf": {"rutitr": "", "source": "منبع: خبرگزاری مهر"}, "jetpack-related-posts": RELATED,
            "yoast_head_json": {"schema": {"@graph": [{"@type": "Article", "headline": "خودروی برقی تازه رونمایی شد",
                                                        "articleSection": ["فناوری"]}]}}}
    return json.dumps(post, ensure_ascii=True).replace("/", "\\/")


def test_wordpress_rest_post():
    # (every field from the record: the section from the schema record of the same headline,
    # the agency from the custom fields' source, the local «date», not «modified»)
    a = extract(_wp("<p>" + " ".join(BODY[0].split()[:6]) + " [&hellip;]</p>"))
    assert a.title == "خودروی برقی تازه رونمایی شد"
    assert a.paragraphs == BODY
    assert a.section == "فناوری"
    assert a.agency == "مهر"
    assert a.published == "2023-07-10T13:31:00+03:30"
    assert a.lead is None  # (an auto excerpt, the body's opening words cut, is no lead)


def test_wordpress_excerpt_apart_is_the_lead():
    a = extract(_wp("<p>خلاصه‌ای که نویسنده جدا از متن نوشته است.</p>"))
    assert a.lead == "خلاصه‌ای که نویسنده جدا از متن نوشته است."


def test_app_api_blocks_and_jalali_day():
    data = {"status": 200, "data": {"news": {
        "serviceTitle": "اقتصادی", "title": "قیمت طلا امروز کاهش یافت", "lead": "قیمت طلا در بازار تهران پایین آمد.",
        "body": [{"type": "text", "value": BODY[0]}, {"type": "image", "caption": "تصویر: عکاس"},
                 {"type": "text", "value": BODY[1]}],
        "publishDate": "1405/05/05 18:29", "updateDate": "1405/05/11 21:58", "source": {"title": "خبرگزاری فارس"}},
        "related": [{"title": "خبر دیگری", "publishDate": "1405/05/04 15:29"}]}}
    a = extract(json.dumps(data, ensure_ascii=False, indent=2))
    assert (a.title, a.section, a.lead, a.agency) == ("قیمت طلا امروز کاهش یافت", "اقتصادی",
                                                      "قیمت طلا در بازار تهران پایین آمد.", "فارس")
    assert a.paragraphs == BODY  # (no caption: a block's text only)
    assert a.published == "2026-07-27T18:29+03:30"


def test_next_data_utc_instant_in_tehran():
    data = {"pageProps": {"article": {"title": "آغاز تمرینات تیم ملی", "summary": None,
                                      "content": "".join(f"<p>{p}</p>" for p in BODY),
                                      "category": {"title": "ورزشی"}, "publishedAt": "2022-08-30T07:44:00.000Z",
                                      "updatedAt": "2022-09-02T10:00:00.000Z"},
                          "latestNews": [{"title": "خبری دیگر", "publishedAt": "2022-08-30T08:44:00.000Z"}]}}
    a = extract(json.dumps(data, ensure_ascii=False))
    assert a.published == "2022-08-30T12:14:00+04:30"  # (Tehran's summer time then)
    assert (a.title, a.section, a.lead) == ("آغاز تمرینات تیم ملی", "ورزشی", None)


@pytest.mark.parametrize("raw", [
    '{"title": "تنها عنوان"}',  # (a record with no body)
    '[1, 2, 3]',
    '{"a": ',  # (no JSON)
    "خبر\nمتن",
])
def test_no_story_record(raw):
    assert api_record(raw) is None


@pytest.mark.parametrize("lead, auto", [
    ("بند نخست خبر درباره [&hellip;]", True),  # the body's opening words, cut
    ("بند نخست خبر درباره…", True),
    ("خلاصه‌ای جدا.", False),  # a summary of its own
])
def test_auto_excerpt(lead, auto):
    assert auto_excerpt(lead, BODY) is auto


def test_wire_take_stamp_dates_the_story():
    page = "\n".join(["ZCZC", "PRV653 1 PRV /0036", "سرویس: ورزشی", "مظلومی قراردادش را با استقلال ثبت کرد",
                      "   به گزارش ورزش سه، پرویز مظلومی سرمربی استقلال در آخرین",
                      "روز نقل و انتقالات قراردادش را ثبت کرد.",
                      "انتهای پیام", "1850GMT 05 SEP 26", "NNNN"])
    assert extract(page).published == "2026-09-05T22:20+03:30"


BODY_HTML = "".join(f"<p>{p} {p}</p>" for p in BODY)


@pytest.mark.parametrize("row, want", [
    # a help centre's row under its heading (no <h1>), outside the article: created, then the last edit
    ("ایجاد: چهارشنبه ۷ مهر ۱۴۰۰ ساعت ۰۸:۵۰ | آخرین ویرایش: چهارشنبه ۲۱ مهر ۱۴۰۰", "2021-09-29T08:50+03:30"),
    # a labelled publication date there, as before
    ("تاریخ انتشار: چهارشنبه ۷ مهر ۱۴۰۰ ساعت ۰۸:۵۰", "2021-09-29T08:50+03:30"),
])
def test_help_article_row_under_a_heading_outside_the_article(row, want):
    page = (f"<html><body><nav>خانه / اطلاعیه‌ها</nav><h2 class='heading'>قطعی برنامه‌ریزی‌شده اینترنت در ماکو</h2>"
            f"<p class='meta'>{row}</p><article class='article-body'>{BODY_HTML}</article></body></html>")
    assert extract(page).published == want


def test_title_a_line_shows_stays():
    # (the <title> the page shows as a line is its headline, whatever heading follows)
    page = ("<html><head><title>قطعی برنامه‌ریزی‌شده اینترنت در ماکو</title></head><body>"
            "<div class='t'>قطعی برنامه‌ریزی‌شده اینترنت در ماکو</div>"
            f"<h2>گزارش کامل این رویداد مهم</h2>{BODY_HTML}</body></html>")
    assert extract(page).title == "قطعی برنامه‌ریزی‌شده اینترنت در ماکو"


def test_teletype_take_indented_paragraphs_hard_wrapped():
    # (paragraphs open indented and run on unindented at the teleprinter's column, no blank line
    # between them: the headline stays the line over them, the paragraphs whole)
    page = "\n".join(["ZCZC", "COM460 1 COM /0096", "سرویس: ورزشی", "منبع: ورزش سه", "مهم",
                      "نخستین گروه وزنه برداران ایران عازم لندن شدند",
                      "   این گروه متشکل از کیانوش رستمی و سهراب مرادی، دو ملی پوش",
                      "دسته 85 کیلوگرم و سعید محمدپور ملی پوش دسته 94 کیلوگرم است",
                      "که بامداد امروز تهران را به مقصد لندن ترک کردند.",
                      "   دیگر وزنه برداران کشورمان نیز صبح سه شنبه از طریق فرودگاه",
                      "امام خمینی به سمت محل برگزاری المپیک پرواز می کنند.",
                      "انتهای پیام", "0702GMT 29 JUN 23", "NNNN"])
    a = extract(page)
    assert a.title == "نخستین گروه وزنه برداران ایران عازم لندن شدند"
    assert a.paragraphs[-1] == ("دیگر وزنه برداران کشورمان نیز صبح سه شنبه از طریق فرودگاه امام خمینی به سمت محل"
                                " برگزاری المپیک پرواز می کنند.")
