"""The story's date over its meta block, far above the headline (issue 12): «<date>» / «۳ دقیقه مطالعه» (a
reading time, a view count, a code) / the page's print and font buttons / a comment form / <headline> /
<story>. A site's header shows the day of the visit among its menus, never over a story's reading time or
view count, so a date that heads such a block is the story's, whatever stands between it and the headline
(:func:`palayesh.extract.pagedates._heads_meta_block`). Pages written for this test, one layout each."""
from __future__ import annotations

from palayesh.extract.text import extract_text

_HEADLINE = "کشت گلخانه‌ای توت‌فرنگی در دشت مغان گسترش یافت"
_STORY = ["مدیر جهاد کشاورزی پارس‌آباد روز گذشته در جمع کشاورزان منطقه گفت: سطح زیر کشت گلخانه‌ای "
          "توت‌فرنگی در دشت مغان امسال به بیش از دویست هکتار رسیده و تولید آن دو برابر شده است.",
          "وی افزود: بیشتر محصول این گلخانه‌ها به بازار استان‌های همسایه فرستاده می‌شود و برای صادرات آن "
          "به کشورهای حاشیه دریای خزر نیز برنامه‌ریزی شده است."]
_SITE = ["کشاورز امروز", "خانه | زراعت | باغبانی | دام و طیور | بازار | تماس با ما"]
_TICKER = ["قیمت گوجه‌فرنگی در میادین تره‌بار کاهش یافت", "برداشت پسته در رفسنجان آغاز شد"]
_FORM = ["ثبت دیدگاه", "نام شما", "پست الکترونیک", "متن دیدگاه", "ارسال"]


def _page(*middle: str) -> str:
    return "\n\n".join([*_SITE, *_TICKER, *middle, *_STORY, "© کشاورز امروز"])


def test_a_date_over_a_reading_time_past_a_comment_form_is_the_storys():
    # (the headline on top over the menu and a ticker, its kicker over the date)
    a = extract_text("\n\n".join([_SITE[0], _HEADLINE, _SITE[1], *_TICKER, "در همایش ملی",
                                  "سه‌شنبه / ۱۴ مهر ۱۳۹۸ / ۱۰:۴۵", "۳ دقیقه مطالعه", "A+ | A- | چاپ", *_FORM,
                                  _HEADLINE, *_STORY, "© کشاورز امروز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali == "1398/07/14"


def test_a_date_over_a_view_count_and_a_reading_time_under_a_share_row_is_the_storys():
    a = extract_text(_page("اشتراک: تلگرام | واتساپ | ایتا", "📅 ۲ بهمن ۱۳۹۷ (۰۸:۲۰)", "تعداد بازدید: ۱۲,۴۰۵",
                           "زمان مطالعه: ۲ دقیقه", "A+ | A- | چاپ", _HEADLINE))
    assert a.title == _HEADLINE
    assert a.published_jalali == "1397/11/02"


def test_the_sites_date_over_its_menu_stays_the_visits():
    # (the header's day over a weather line and the menu, the story's meta block with no date of its own)
    a = extract_text("\n\n".join(["کشاورز امروز", "۲ بهمن ۱۳۹۷", "اردبیل ۴° برفی", _SITE[1], *_TICKER,
                                  "زمان مطالعه: ۲ دقیقه", "A+ | A- | چاپ", _HEADLINE, *_STORY, "© کشاورز امروز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali is None


def test_a_date_over_a_labelled_price_is_no_meta_block():
    # (a rate box's label under the header's date is the site's, not the story's reading time or count)
    a = extract_text("\n\n".join(["کشاورز امروز", "۲ بهمن ۱۳۹۷", "قیمت گندم: ۱۵,۰۰۰ تومان", _SITE[1], *_TICKER,
                                  "A+ | A- | چاپ", _HEADLINE, *_STORY, "© کشاورز امروز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali is None


# --- a bare date in the header against the one labelled as the publication date under the story ----------
# (:func:`palayesh.extract.pagedates._labelled_below`)

_TAGLINE = ["کشاورز امروز", "اخبار زراعت و باغبانی ایران", "۲ بهمن ۱۳۹۷"]


def test_the_date_labelled_under_the_story_outweighs_a_bare_one_under_the_tagline():
    # (a page with no headline line of its own in the header: its tagline taken for one, the site's
    # «today» under it; the story's date labelled under it)
    a = extract_text("\n\n".join([*_TAGLINE, "تازه‌ها:", *_TICKER, _SITE[1], "شناسه خبر: ۴۴۵۱۲۰", *_STORY,
                                  "پایان", "تاریخ انتشار: ۱۱ آبان ۱۳۹۶ (۰۹:۳۰)", "تلگرام", "واتس‌اپ",
                                  "© کشاورز امروز"]))
    assert a.published_jalali == "1396/08/11"


def test_two_days_labelled_below_the_story_leave_the_header_its_date():
    # (each item of a list under the story labelled with its own day: none of them is the story's)
    a = extract_text("\n\n".join([*_SITE, _HEADLINE, "۲ بهمن ۱۳۹۷ - ۱۰:۱۵", *_STORY, "مطالب مرتبط",
                                  _TICKER[0], "تاریخ انتشار: ۱۱ آبان ۱۳۹۶", _TICKER[1], "تاریخ انتشار: ۳ آبان ۱۳۹۶",
                                  "© کشاورز امروز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali == "1397/11/02"


def test_a_date_under_the_storys_credit_and_end_marker_is_the_storys():
    # (the credit, then the end marker in the site's word, then a labelled field, then the date alone)
    a = extract_text("\n\n".join([*_SITE, _HEADLINE, "اشتراک: تلگرام | واتساپ", "تعداد بازدید: ۱۲,۴۰۵",
                                  "A+ | A- | چاپ", _HEADLINE, *_STORY, "گزارش و عکس: مریم نادری", "تمام",
                                  "سرویس: باغبانی - کد خبر: ۴۴۵۱۲۰", "🕒 ۱۳۹۸/۷/۱۴ ساعت ۱۰:۴۵ ق.ظ",
                                  "برچسب‌ها", "توت‌فرنگی", "© کشاورز امروز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali == "1398/07/14"


def test_the_sites_date_over_its_visits_count_stays_the_visits():
    # (a header's «today» over the site's count of visits and its menu: no reading time of a story)
    a = extract_text("\n\n".join(["کشاورز امروز", "۲ بهمن ۱۳۹۷", "۱۲۰۴۵ بازدید", _SITE[1], *_TICKER,
                                  "A+ | A- | چاپ", _HEADLINE, *_STORY, "© کشاورز امروز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali is None


_ASKED = ["پرسش کاربر: مریم، ۳۴ ساله",
          "پرسش: آیا می‌توان در فصل زمستان نشای توت‌فرنگی را در گلخانه کاشت و محصول خوبی گرفت؟",
          "پاسخ: بله، اگر دمای گلخانه شب‌ها از ده درجه پایین‌تر نرود و نور کافی به بوته‌ها برسد، نشاهای "
          "زمستانه در اسفند به گل می‌نشینند و محصول آن‌ها از کشت بهاره کمتر نیست.",
          "پرسش: برای آبیاری این بوته‌ها چه روشی را پیشنهاد می‌کنید و هر چند روز یک بار باید آب بدهیم؟",
          "پاسخ: آبیاری قطره‌ای بهترین روش است، چون برگ‌ها خشک می‌مانند و بیماری‌های قارچی کمتر می‌شود؛ "
          "در زمستان هفته‌ای دو بار کافی است."]


def test_a_date_under_a_headline_under_the_trail_is_the_storys_whatever_the_title():
    # a Q&A page: the trail, the story's headline and its date, then the print button and the
    # asker's line, which the page alone may take for its title: the date is the story's still, not
    # the site's «today» (a top bar's date stands over the menu and the trail, never under a headline)
    a = extract_text("\n\n".join([*_SITE, "خانه > باغبانی", _HEADLINE, "دوشنبه ۱۲ آبان ۱۳۹۹ - ۱۷ ربیع‌الاول ۱۴۴۲",
                                  "نسخه چاپی", *_ASKED, "پایان", "© کشاورز امروز"]))
    assert a.published_jalali == "1399/08/12"


def test_a_date_under_the_trail_alone_stays_the_sites():
    # the same page with the site's «today» under its trail, no headline between: the visit's day
    a = extract_text("\n\n".join([*_SITE, "خانه > باغبانی", "دوشنبه ۱۲ آبان ۱۳۹۹ - ۱۷ ربیع‌الاول ۱۴۴۲",
                                  "نسخه چاپی", *_ASKED, "پایان", "© کشاورز امروز"]))
    assert a.published_jalali is None
