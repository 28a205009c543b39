"""Story dates under the story that a site's run lost though the page alone kept them (or that the run
took from the story's own lines).

1. A site whose stories close with its end marker («/ن»), then the story's date with its age beside it
(«۱۳۹۶/۰۹/۲۲ - ۱۴:۳۱ (۴۵ دقیقه پیش)»), then the credit, the short link and the tags. The run learns the end
marker, so the tail starts there and the date stands in the tail's first lines, where only a date alone is
the story's (a related item's or a comment's stands beside a headline or a name): the age says the same
day again, no other word (:func:`palayesh.extract.dates.date_alone`). Read alone, the page was dated; in
the run, the date was lost.

2. A story with a row of dash-separated fields among its paragraphs («بازی شماره ۱۸ - 13/8/2003», a
match in a list of results) and its publication date labelled under it: the row is the story's, not
its meta row (a post's «بازدید: 76.1K · 📅 1393/02/22 - 12:35» stands under the story's last line).
"""
import pytest

from conftest import refine_site, story_bodies

MENU = ["سبزنامه | صدای طبیعت", "جستجو...", "سبزنامه", "جنگل", "دریا", "پرندگان", "یادداشت"]
WORKS = ["کاشت نهال", "پاکسازی ساحل", "سرشماری پرندگان", "مرمت قنات", "پایش تالاب", "آموزش محیط‌بانان"]
TOWNS = ["گرگان", "رشت", "یزد", "کرمان", "سنندج", "بیرجند", "زابل"]
AGES = ["۴۵ دقیقه پیش", "۳ ساعت قبل", "۲ روز پیش", "۱ هفته قبل", "۱۹ ساعت قبل", "۶ روز پیش"]
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
N = 14


def _page(i: int, story: list[str], aged: bool) -> list[str]:
    title = f"{WORKS[i % 6]} در {TOWNS[i % 7]} آغاز شد"
    date = f"139{i % 8}/0{1 + i % 9}/{1 + (i * 3) % 28:02d} - 14:{10 + i:02d}".translate(FA)
    return MENU + [f"سبزنامه > اخبار > جنگل > {title}", title, f"تعداد بازدید : ۵۱,۱{i:02d}".translate(FA),
                   *story, "/ن", date + (f" ({AGES[i % 6]})" if aged else ""), "به نقل از ایسنا",
                   f"لینک کوتاه: https://sabz.example/x/{i:04d}", "برچسب‌ها: ایران", "درباره نویسنده",
                   "حسین محمدی", "همه مطالب حسین محمدی", "اشتراک‌گذاری: تلگرام | واتس‌اپ | ایتا", "مطالب مرتبط",
                   f"{WORKS[(i + 1) % 6]} در {TOWNS[(i + 2) % 7]} پایان یافت",
                   f"{WORKS[(i + 2) % 6]} در {TOWNS[(i + 3) % 7]} لغو شد",
                   "درباره ما تماس با ما حریم خصوصی کلیه حقوق این سایت محفوظ است."]


@pytest.mark.parametrize("aged", [True, False])
def test_the_date_under_the_end_marker_keeps_its_age(tmp_path, aged):
    rows = refine_site(tmp_path, [_page(i, s, aged) for i, s in enumerate(story_bodies(N, 3))])
    assert len(rows) == N
    for k, row in rows.items():
        i = int(k[1:])
        day = f"{2011 + i % 8}-"  # (Jalali 139x from Farvardin on: Gregorian 2011 + x)
        assert row["published"] and row["published"].startswith(day), (k, row["published"])


INSURE = ["بیمه‌نامه", "بیمه مرکزی", "خسارت", "پرسش و پاسخ", "تماس"]
HEADLINES = ["نرخ تازه بیمه شخص ثالث اعلام شد", "پرداخت خسارت سیل آغاز شد", "بیمه درمان تکمیلی گران شد",
             "سامانه استعلام بیمه‌نامه به‌روز شد", "صف پرداخت خسارت کوتاه شد", "قرارداد تازه بیمه کشاورزان امضا شد",
             "سهم بیمه‌گران از بازار تغییر کرد", "بیمه بدنه خودروهای برقی عرضه شد", "نظارت بر بیمه‌گران سخت‌تر شد",
             "حق بیمه موتورسیکلت کاهش یافت", "بیمه‌نامه دیجیتال جای کاغذی را گرفت", "خسارت تصادفات جاده‌ای بیشتر شد"]


def _fields_page(i: int, story: list[str]) -> list[str]:
    return INSURE + [HEADLINES[i], f"نظارت بر بیمه‌گران | نگار صادقی | بازدید: ۴۷,۷{i:02d}".translate(FA),
                     f"کد خبر: ۵۵۴۲{i:03d}".translate(FA), *story[:2], f"بازی شماره {18 + i} - {1 + i}/8/{2003 + i}",
                     *story[2:], f"تاریخ انتشار: {1 + i} مهر ۱۴۰۰".translate(FA),
                     f"لینک کوتاه خبر: https://bime.example/x{i}", "برچسب‌ها: بیمه، خسارت", "مطالب مرتبط",
                     HEADLINES[(i + 3) % 12], HEADLINES[(i + 5) % 12], "کلیه حقوق این سایت محفوظ است."]


def test_a_row_of_fields_in_the_story_is_not_its_meta_row(tmp_path):
    rows = refine_site(tmp_path, [_fields_page(i, s) for i, s in enumerate(story_bodies(12, 4))])
    assert len(rows) == 12
    # «۱ مهر ۱۴۰۰» is 2021-09-23; page i is dated i days later
    assert sorted(r["published"] for r in rows.values()) == [f"2021-09-{23 + i}" for i in range(8)] \
        + [f"2021-10-0{i}" for i in range(1, 5)]
