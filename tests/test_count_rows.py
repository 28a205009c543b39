"""A byline with its reading time or age under the headline, known by its shape (a count: a short
number and a word or two, or a label's), not by its words: under ``--scramble`` a site's «زمان مطالعه»
is a label palayesh never saw, and the row was taken for the headline (vdev, wdev, xdev, udev)."""
import pytest

from palayesh.extract.text import count_row, extract_text

BODY = (
    "به گزارش خبرنگار ما، این بازیکن ایتالیایی به دلیل مصدومیت از ناحیه همسترینگ دو دیدار ابتدایی تیمش را"
    " در رقابت‌های این فصل از دست داده بود.\n"
    "او در دیدار این هفته به میادین برگشت اما تنها ۴۵ دقیقه در زمین حضور داشت و معاینات بعد از بازی نشان داد"
    " که باز دیگر آسیب دیده است.\n"
    "تیم او از سه دیدار ابتدایی فصل جدید تنها یک امتیاز کسب کرده و این مصدومیت می‌تواند مشکلات تیم را بیشتر کند."
)
HEADLINE = "مارکیزیو و یک ماه دیگر غیبت از میادین"


@pytest.mark.parametrize("text, expected", [
    ("مینا حسینی | زمان خوانش: ۱ دقیقه", True),  # a name, then a reading time under a label no lexicon holds
    ("نوشته مریم احمدی · ۳ دقیقه خوانش", True),  # «نوشته X · N دقیقه مطالعه» in other words
    ("زمان خوانش: ۲ دقیقه", True),  # the labelled count alone
    ("۲ روزگار پیش", True),  # an age, its unit a word palayesh does not know
    ("پرستار: آرش مستحق | ۱ دقیقه زمان", True),  # the name after a label of its own
    ("۱۰ کشته در تصادف جاده‌ای", False),  # a headline's figure says more around it
    ("کرونا | ۳ استان در وضعیت قرمز", False),  # a kicker and a headline with a figure
    ("پرسپولیس ۲ - ۱ استقلال", False),  # a score: two numbers
    ("کد خبر: ۹۰۱۵۵۷۲ | گروه: ورزشی", False),  # a code is no short count
    ("بازی ایران و ژاپن | ۹۰ دقیقه", False),  # a number and one word alone: a match's length, no count
    (HEADLINE, False),
])
def test_count_row_by_shape(text, expected):
    assert count_row(text) is expected


@pytest.mark.parametrize("row", [
    "حسین محمدی | زمان خوانش: ۱ دقیقه",
    "نوشته مریم احمدی · ۳ دقیقه خوانش",
    "زمان خوانش: ۲ دقیقه",
    "۲ روزگار پیش",
    "مینا حسینی | ۱ دقیقه زمان",
])
@pytest.mark.parametrize("meta", ["کد خبر: ۹۰۱۵۵۷۲ | گروه: ورزشی", "تاریخ انتشار: ۱۳ مرداد ۱۳۹۲، ۱۵:۱۴"])
def test_headline_over_a_count_row(row, meta):
    # the headline stands over the byline row and the meta line, whatever words the row says its count in
    page = f"ورزش نمونه\nخانه | سیاسی | ورزشی | فرهنگی\n\n{HEADLINE}\n{row}\n{meta}\n\n{BODY}"
    assert extract_text(page).title == HEADLINE


def test_headline_with_a_figure_after_a_bar_stays():
    # «کرونا | ۳ استان در وضعیت قرمز»: a kicker and its headline on one line, no count row
    head = "کرونا | ۳ استان در وضعیت قرمز قرار گرفتند"
    page = f"ورزش نمونه\nخانه | سیاسی | ورزشی | فرهنگی\n\n{head}\nتاریخ انتشار: ۱۳ مرداد ۱۳۹۲، ۱۵:۱۴\n\n{BODY}"
    assert extract_text(page).title == head


def test_pipe_headline_over_a_count_row():
    # a kicker and its headline on one line over the meta row and a count row: the count row sets
    # nothing aside that keeps the headline with its bar from being read
    head = "در گفت‌وگو با فارس | محقق آمریکایی: ظاهرا آمریکا برای شرایط کرونا برنامه‌ریزی کرده است"
    page = (f"داروخانه نمونه\nخانه | دارو | سلامت | تماس\n\n{head}\n"
            "داروخانه‌های شبانه‌روزی | حسین بهرامی | زمان انتشار: ۳ اسفند ۹۵ - ۰۶:۲۶ | بازدید: ۱۸,۷۵۵\n"
            "زمان خوانش: ۱ دقیقه\n\n" + BODY)
    assert extract_text(page).title == head


def test_count_row_over_dates_is_no_dated_headline():
    # the headline, a byline row with its reading time over the story's dates, a row of controls,
    # then the headline again over the body: the row over the dates is no dated headline
    page = ("مجله نمونه\nخانه | علم | فناوری | تماس\n\n"
            f"{HEADLINE}\nنوشته مریم احمدی · ۱ دقیقه خوانش\n"
            "تاریخ انتشار: ۱۳۹۲.۱۲.۲۸ | ۰۸:۰۹\nآخرین به‌روزرسانی: ۱۳۹۳.۰۱.۲۰ | ۰۹:۰۹\n"
            f"A+ | A- | چاپ\n{HEADLINE}\n\n" + BODY)
    assert extract_text(page).title == HEADLINE



@pytest.mark.parametrize("byline", ["معتقدند: عیب حسینی | ۱ دقیقه مطالعه", "پرستار: آرش مستحق | ۱ دقیقه زمان"])
def test_labelled_byline_row_with_bars_is_no_menu(byline):
    # the byline under a label of the site's own words with its reading time (aadev scrambled, its
    # «نویسنده» renamed): the story's meta, no menu row; read as one, the run sought the headline under
    # it and took the news-code row «کد خبر: … | منبع: …» (aadev's insulin-news.ir: no title, no date)
    from palayesh.extract.lines import META, NAV, classify

    assert classify(byline).kind == META
    assert classify("خانه | سیاسی | ورزشی | فرهنگی").kind != META and classify("خبر | ۹۰ دقیقه").kind == NAV
