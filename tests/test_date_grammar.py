"""A systematic matrix of how Persian sites print dates, from general knowledge of the web (not from
any family set): every month name and its spellings, digit scripts, separators, year lengths,
weekdays, clock times, labels, bylines and meta rows, English dates on diaspora sites; then the
distractors that must not become ``published`` (a header's "today", a modification date, relative
dates, dates in the story, dates of related items). Pages are written here, one layout a case."""
from __future__ import annotations

import itertools
from datetime import date, datetime
from zoneinfo import ZoneInfo

import jdatetime
import pytest

from palayesh import extract
from palayesh.extract.dates import date_line, parse_date

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LATIN = str.maketrans("", "")
DIGITS = {"fa": FA, "ar": AR, "latin": LATIN}
TEHRAN = ZoneInfo("Asia/Tehran")


def _to_arabic_letters(s: str) -> str:
    """The Arabic keyboard's letters: ي for ی, ك for ک (as many Persian CMSs store text)."""
    return s.replace("ی", "ي").replace("ک", "ك")


def _tehran(y, m, d, h=None, mi=None) -> str:
    """ISO 8601 of a Gregorian day (and Tehran clock time), the offset from the tz database."""
    if h is None:
        return date(y, m, d).isoformat()
    return datetime(y, m, d, h, mi, tzinfo=TEHRAN).isoformat(timespec="minutes")


# --- Jalali month names: every month, Persian and Arabic letters, three digit scripts ------------

JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


@pytest.mark.parametrize("month,letters,digits", list(itertools.product(range(1, 13), ["fa", "ar"], DIGITS)))
def test_every_jalali_month_in_every_spelling_and_digit_script(month, letters, digits):
    name = JALALI[month - 1] if letters == "fa" else _to_arabic_letters(JALALI[month - 1])
    text = ("۱۴ %s ۱۴۰۱" % name).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).translate(DIGITS[digits])
    g = jdatetime.date(1401, month, 14).togregorian()
    assert parse_date(text) == (g.isoformat(), "1401/%02d/14" % month)


@pytest.mark.parametrize("text,published", [
    ("۱۴ ارديبهشت ۱۴۰۱", "2022-05-04"),            # Arabic yeh
    ("۱۴ اردی‌بهشت ۱۴۰۱", "2022-05-04"),           # ZWNJ inside the name
    ("۱۴ اردی بهشت ۱۴۰۱", "2022-05-04"),           # a space inside the name
    ("۱۴ اُردیبهشت ۱۴۰۱", "2022-05-04"),           # a diacritic
    ("۱۴ فروردين ماه ۱۴۰۱", "2022-04-03"),         # «ماه» apart
    ("۱۴ شهريورماه ۱۴۰۱", "2022-09-05"),           # «ماه» glued
    ("۱۴ دي ۱۴۰۱", "2023-01-04"),                  # Arabic yeh in «دی»
    ("۱۴-مهر-۱۴۰۱", "2022-10-06"),                 # dashes between the words
    ("۱۴/مهر/۱۴۰۱", "2022-10-06"),                 # slashes between the words
    ("14 مهر 1401", "2022-10-06"),                 # Latin digits
    ("۰۴ مهر ۱۴۰۱", "2022-09-26"),                 # a zero-padded day
    ("۱۴ مهر ۱۴۰۱ هـ.ش", "2022-10-06"),            # «هـ.ش» with a tatweel
    ("۱۴ مهر ۱۴۰۱ ه‍.ش", "2022-10-06"),            # «ه‍.ش» with a joiner
    ("۱۴ مهر سال ۱۴۰۱ خورشیدی", "2022-10-06"),     # «سال» and «خورشیدی»
    ("مهر ۱۴, ۱۴۰۱", "2022-10-06"),                # month first (a CMS's «F j, Y» in Jalali)
    ("مهر ۱۴، ۱۴۰۱", "2022-10-06"),                # ... with a Persian comma
    ("۱۴۰۱ مهر ۱۴", "2022-10-06"),                  # year first in words (a CMS's Jalali «Y F d»)
    ("۱۴۰۱ مهر ۱۴۰", None),                         # ... but no day of three digits
])
def test_jalali_spellings(text, published):
    got = parse_date(text)
    assert (got[0] if got else None) == published


# --- Gregorian month names as Persian pages write them, and in English ----------------------------

GREGORIAN = [
    (1, ["ژانویه", "ژانويه", "ژانویهٔ", "جنوری", "January", "Jan", "JANUARY"]),
    (2, ["فوریه", "فوريه", "February", "Feb"]),
    (3, ["مارس", "مارچ", "March", "Mar"]),
    (4, ["آوریل", "آوريل", "اوریل", "آپریل", "April", "Apr"]),
    (5, ["مه", "می", "مي", "May"]),
    (6, ["ژوئن", "ژوين", "ژوئین", "June", "Jun"]),
    (7, ["ژوئیه", "ژوئيه", "ژوییه", "جولای", "جولاي", "July", "Jul"]),
    (8, ["اوت", "آگوست", "اگوست", "August", "Aug"]),
    (9, ["سپتامبر", "سپتامبـر", "September", "Sep", "Sept"]),
    (10, ["اکتبر", "اكتبر", "October", "Oct"]),
    (11, ["نوامبر", "نوامبـر", "November", "Nov"]),
    (12, ["دسامبر", "December", "Dec"]),
]


@pytest.mark.parametrize("month,name", [(m, n) for m, names in GREGORIAN for n in names])
def test_every_gregorian_month_name(month, name):
    assert parse_date("۱۸ %s ۲۰۲۲" % name)[0] == "2022-%02d-18" % month
    assert parse_date("18 %s 2022" % name)[0] == "2022-%02d-18" % month


@pytest.mark.parametrize("text,published", [
    ("May 30, 2019", "2019-05-30"),
    ("May 30 2019", "2019-05-30"),
    ("30 May, 2019", "2019-05-30"),
    ("Thursday, May 30, 2019", "2019-05-30"),
    ("Thu 30 May 2019", "2019-05-30"),
    ("30th May 2019", "2019-05-30"),
    ("May 30th, 2019", "2019-05-30"),
    ("Sept. 3, 2019", "2019-09-03"),
    ("30-May-2019", "2019-05-30"),
    ("Published: 30 May 2019", "2019-05-30"),
    ("Published on May 30, 2019 at 10:20 am", _tehran(2019, 5, 30, 10, 20)),
    ("30 May 2019 - 10:20", _tehran(2019, 5, 30, 10, 20)),
    ("30 May 2019, 06:50 GMT", "2019-05-30T11:20+04:30"),             # Latin GMT: Tehran's instant
    ("30 May 2019 06:50 UTC", "2019-05-30T11:20+04:30"),
    ("2019/05/30", "2019-05-30"),
    ("30.05.2019", "2019-05-30"),
    ("05.06.2019", "2019-06-05"),                   # dots: day first (European; no site writes m.d.y)
    ("05-06-2019", "2019-06-05"),                   # dashes: day first
    ("۳۰ مه ۲۰۱۹ - ۹ خرداد ۱۳۹۸", "2019-05-30"),     # both calendars on one line
    ("۹ خرداد ۱۳۹۸ - ۳۰ مه ۲۰۱۹ - ۱۲:۰۵", _tehran(2019, 5, 30, 12, 5)),
    ("ژوئیه ۳, ۲۰۲۲", "2022-07-03"),                # Persian Gregorian month first
    ("۳ ژوئیهٔ ۲۰۲۲", "2022-07-03"),                # ezafe hamza
    ("۳ ژوئيهٔ ۲۰۲۲ میلادی", "2022-07-03"),          # «میلادی»
])
def test_gregorian_shapes(text, published):
    got = parse_date(text)
    assert got is not None and got[0] == published


# --- numeric dates: separators, digit scripts, year lengths ----------------------------------------

@pytest.mark.parametrize("fmt", ["{y}/{m}/{d}", "{y}-{m}-{d}", "{y}.{m}.{d}", "{d}/{m}/{y}", "{d}-{m}-{y}",
                                 "{d}.{m}.{y}", "{y} / {m} / {d}", "{yy}/{m}/{d}", "{yy}-{m}-{d}", "{yy}.{m}.{d}",
                                 "{d}/{m}/{yy}"])
@pytest.mark.parametrize("digits", DIGITS)
def test_numeric_jalali(fmt, digits):
    text = fmt.format(y="1398", yy="98", m="07", d="24").translate(DIGITS[digits])
    assert parse_date(text) == ("2019-10-16", "1398/07/24")


@pytest.mark.parametrize("text,published", [
    ("1398/7/4", "2019-09-26"),                     # no zero padding
    ("۹۸/۷/۴", "2019-09-26"),
    ("۱۴۰۲/۱/۵", "2023-03-25"),
    ("۰۲/۰۱/۰۵", "2023-03-25"),                     # two-digit year after 1400, year first
    ("1398/07/24 - 10:20", _tehran(2019, 10, 16, 10, 20)),
    ("1398/07/24 10:20:33", "2019-10-16T10:20:33+03:30"),
    ("10:20 1398/07/24", _tehran(2019, 10, 16, 10, 20)),
    ("2019-10-16 10:20", _tehran(2019, 10, 16, 10, 20)),
])
def test_numeric_shapes(text, published):
    got = parse_date(text)
    assert got is not None and got[0] == published


# --- Hijri-qamari ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,published", [
    ("۴ ذی‌الحجه ۱۴۴۳", "2022-07-03"),
    ("۴ ذي الحجة ۱۴۴۳", "2022-07-03"),              # Arabic letters
    ("۴ ذوالحجه ۱۴۴۳", "2022-07-03"),               # «ذو» joined
    ("۴ ذی‌الحجه ۱۴۴۳ ق", "2022-07-03"),            # «ق» after the year
    ("۴ ذی‌الحجه ۱۴۴۳ هـ.ق", "2022-07-03"),
    ("۱ محرم الحرام ۱۴۴۵", "2023-07-19"),
    ("۱ محرّم ۱۴۴۵", "2023-07-19"),                 # a shadda
    ("۱۵ شعبان ۱۴۴۴", "2023-03-07"),
    ("۱۵ شعبان المعظم ۱۴۴۴", "2023-03-07"),
    ("۱ شوال ۱۴۴۴", "2023-04-21"),
    ("۱۰ ربیع الآخر ۱۴۴۵", "2023-10-25"),
    ("۱۰ ربيع الثاني ۱۴۴۵", "2023-10-25"),          # Arabic spelling
    ("۸ ربیع‌الاول ۱۴۴۴ ه.ق", "2022-10-04"),
    ("۸ ربیع‌الاول سنة ۱۴۴۴", "2022-10-04"),         # the Arabic «سنة» (year) before it
    ("۱۴۴۴/۰۳/۰۸", "2022-10-04"),                   # numeric: no Jalali year is that large yet
    ("۱۴۴۴/۰۳/۰۸ ه.ق", "2022-10-04"),
    ("۰۸/۰۳/۱۴۴۴", "2022-10-04"),                   # day first
    ("الثلاثاء ۸ ربیع‌الاول ۱۴۴۴", "2022-10-04"),     # an Arabic weekday (a seminary's page)
    ("سه‌شنبه ۱۲ مهر ۱۴۰۱ برابر با ۸ ربیع‌الاول ۱۴۴۴", "2022-10-04"),
    ("۱۴۰۱/۰۷/۱۲ - ۱۴۴۴/۰۳/۰۸", "2022-10-04"),      # both calendars in numbers
])
def test_hijri(text, published):
    got = parse_date(text)
    assert got is not None and got[0] == published


@pytest.mark.parametrize("text,published", [
    # Umm al-Qura's 20 Sha'ban 1443 is Wednesday 23 March 2022; a page that counts the month a day
    # later names the Thursday beside it: the weekday it writes decides, within two days
    ("پنج‌شنبه ۲۰ شعبان ۱۴۴۳", "2022-03-24"),
    ("تاریخ انتشار: پنج شنبه  - 20 شعبان 1443 - 09:45", "2022-03-24T09:45+04:30"),
    ("سه‌شنبه، ۲۰ شعبان ۱۴۴۳", "2022-03-22"),
    ("چهارشنبه ۲۰ شعبان ۱۴۴۳", "2022-03-23"),       # the tables' own day
    ("۲۰ شعبان ۱۴۴۳", "2022-03-23"),                 # no weekday: the tables
    ("شنبه ۱۴۴۴/۰۳/۰۸", "2022-10-04"),               # a weekday three days off: a slip, the tables
    ("پنج‌شنبه ۳ فروردین ۱۴۰۱", "2022-03-23"),        # a solar date is exact, whatever weekday it names
])
def test_hijri_day_named_by_its_weekday(text, published):
    got = parse_date(text)
    assert got is not None and got[0] == published


@pytest.mark.parametrize("text,published", [
    # the tables end Rajab 1442 on its 29th (Saturday 13 March 2021); a page that saw the month
    # through to its 30th names the day after, as the solar date beside it does
    ("۳۰ رجب ۱۴۴۲", "2021-03-14"),
    ("یکشنبه ۲۴ اسفند ۱۳۹۹ - ۳۰ رجب ۱۴۴۲ - ۱۷:۴۴", "2021-03-14T17:44+03:30"),
    ("بهاره محمدی - یکشنبه ۲۴ اسفند ۱۳۹۹ - ۳۰ رجب ۱۴۴۲ - ۱۷:۴۴", "2021-03-14T17:44+03:30"),  # a byline row
])
def test_the_30th_of_a_lunar_month_the_tables_end_on_the_29th(text, published):
    got = date_line(text)  # (a date line: the date takes the line, the byline's name aside)
    assert got is not None and got.localize()[0] == published


# --- weekdays, clock times, «ساعت», «ق.ظ / ب.ظ» ------------------------------------------------------

WEEKDAYS = ["شنبه", "یکشنبه", "یک‌شنبه", "يكشنبه", "دوشنبه", "سه‌شنبه", "سه شنبه", "سهشنبه", "چهارشنبه",
            "پنج‌شنبه", "پنجشنبه", "جمعه", "آدینه"]


@pytest.mark.parametrize("weekday", WEEKDAYS)
@pytest.mark.parametrize("glue", [" ", "، ", " - ", ", ", " | "])
def test_weekday_before(weekday, glue):
    assert parse_date(weekday + glue + "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰") == ("2022-10-06T10:20+03:30", "1401/07/14")


@pytest.mark.parametrize("text,hm", [
    ("۱۴ مهر ۱۴۰۱ ساعت ۱۰:۲۰", (10, 20)),
    ("۱۴ مهر ۱۴۰۱، ساعت ۱۰:۲۰", (10, 20)),
    ("۱۴ مهر ۱۴۰۱ - ساعت: ۱۰:۲۰", (10, 20)),
    ("۱۴ مهر ۱۴۰۱ در ساعت ۱۰:۲۰", (10, 20)),
    ("ساعت ۱۰:۲۰ - ۱۴ مهر ۱۴۰۱", (10, 20)),
    ("ساعت ۱۰:۲۰ | ۱۴۰۱/۰۷/۱۴", (10, 20)),
    ("۱۰:۲۰ - ۱۴۰۱/۰۷/۱۴", (10, 20)),
    ("۱۴۰۱/۰۷/۱۴ ۱۰:۲۰ ق.ظ", (10, 20)),
    ("۱۴۰۱/۰۷/۱۴ ۱۰:۲۰ ب.ظ", (22, 20)),
    ("۱۴۰۱/۰۷/۱۴ ۱۲:۰۵ ق.ظ", (0, 5)),
    ("۱۴۰۱/۰۷/۱۴ ۰۲:۲۰ ب ظ", (14, 20)),
    ("۱۴۰۱/۰۷/۱۴ ۰۲:۲۰ بعدازظهر", (14, 20)),
    ("۱۴۰۱/۰۷/۱۴ ۰۲:۲۰ pm", (14, 20)),
    ("۱۴ مهر ۱۴۰۱ ۱۰:۲۰:۱۵", (10, 20)),
    ("۱۴ مهر ۱۴۰۱ (۱۰:۲۰)", (10, 20)),
    ("۱۴ مهر ۱۴۰۱ پنج‌شنبه ساعت ۱۰:۲۰", (10, 20)),      # the weekday after the date, then «ساعت»
    ("۱۴۰۱/۰۷/۱۴ پنجشنبه، ساعت ۱۰:۲۰", (10, 20)),
    ("۱۴ مهر ۱۴۰۱ روز پنج‌شنبه در ساعت ۱۰:۲۰", (10, 20)),
    ("۱۴ مهر ۱۴۰۱ - ۱۰.۲۰", None),                  # «۱۰.۲۰» is no clock time: the day alone
])
def test_clock_times(text, hm):
    got = parse_date(text)
    assert got is not None and got[0][:10] == "2022-10-06"
    if hm is None:
        assert len(got[0]) == 10
    else:
        assert got[0][11:16] == "%02d:%02d" % hm and got[0][-6:] == "+03:30"


def test_a_date_its_weekday_and_clock_are_the_whole_line():
    # (a date alone under the story: the weekday and the clock after it are the date's, not words of an item)
    from palayesh.extract.dates import mostly_date

    text = "🕒 ۱۴۰۱/۷/۱۴ پنج‌شنبه ساعت ۱۰:۲۰"
    d = date_line(text)
    assert d is not None and d.timed and mostly_date(text, d)


# --- Gregorian dates get Tehran's offset from the tz database ----------------------------------------

@pytest.mark.parametrize("text,published", [
    ("21 June 2019 - 12:00", "2019-06-21T12:00+04:30"),          # summer until 2022
    ("21 December 2019 - 12:00", "2019-12-21T12:00+03:30"),
    ("21 June 2023 - 12:00", "2023-06-21T12:00+03:30"),          # no summer time after 1401
    ("۲۱ ژوئن ۲۰۲۱ ساعت ۱۲:۰۰", "2021-06-21T12:00+04:30"),
    ("2021-06-21T07:30:00Z", "2021-06-21T12:00:00+04:30"),
    ("2021-06-21T22:00:00Z", "2021-06-22T02:30:00+04:30"),               # a machine «Z»: the Tehran day is the next
    ("۳۱ خرداد ۱۴۰۰ ساعت ۱۲:۰۰ به وقت تهران", "2021-06-21T12:00+04:30"),
    ("21 June 2021 12:00 IRDT", "2021-06-21T12:00+04:30"),
])
def test_gregorian_with_tehran_offset(text, published):
    assert parse_date(text)[0] == published


# --- a clock the page labels Greenwich time in Persian is the page's own: its day and +00:00 ---------
# (decided in s68, issue 12 "ISO 8601 with the page's offset", as s66 did for a <time> shown in GMT: a
# broadcaster abroad dates its story by the GMT day it shows; before, the text grammar moved it to Tehran)

@pytest.mark.parametrize("text,published", [
    ("۲۱ ژوئن ۲۰۲۱ - ۰۷:۳۰ به وقت گرینویچ", "2021-06-21T07:30+00:00"),   # Greenwich time, in Persian
    ("۲۱ ژوئن ۲۰۲۱ ساعت ۲۲:۰۰ گرینویچ", "2021-06-21T22:00+00:00"),       # ... the GMT day, not Tehran's next
    ("۱۴ اکتبر ۲۰۲۴، ساعت ۲۰:۴۶ گرینویچ", "2024-10-14T20:46+00:00"),
    ("۲۱ ژوئن ۲۰۲۱ ساعت ۲۲:۰۰ به وقت جهانی", "2021-06-21T22:00+00:00"),  # «universal time»
    # a Latin «GMT»/«UTC» is a zone as servers and English templates print it (RFC 822): Tehran's instant
    ("21 June 2021 22:00 GMT", "2021-06-22T02:30+04:30"),
    ("۲۱ ژوئن ۲۰۲۱ ساعت ۲۲:۰۰ UTC", "2021-06-22T02:30+04:30"),
    ("۲۱ ژوئن ۲۰۲۱ ساعت ۲۲:۰۰ GMT+4:30", "2021-06-21T22:00+04:30"),     # an offset written is kept
    ("۲۱ ژوئن ۲۰۲۱ ساعت ۲۲:۰۰", "2021-06-21T22:00+04:30"),               # no label: the site's zone
    ("۱۳ میزان ۱۳۹۷ ساعت ۲۲:۰۰", "2018-10-05T22:00+04:30"),              # ... Kabul's for a Dari date
])
def test_greenwich_clock_is_the_pages_own(text, published):
    assert parse_date(text)[0] == published


def test_machine_gmt_is_a_zone_not_a_shown_clock():
    """A feed's RFC 822 «GMT» (parse_iso: meta, JSON-LD, <pubDate>) is its zone, as «Z» is: Tehran's day."""
    from palayesh.extract.dates import parse_iso

    assert parse_iso("Mon, 21 Jun 2021 22:00:00 GMT")[0] == "2021-06-22T02:30:00+04:30"
    assert parse_iso("2021-06-21T22:00:00Z")[0] == "2021-06-22T02:30:00+04:30"


# --- labels: the role of a date on its line ----------------------------------------------------------

@pytest.mark.parametrize("label,role", [
    ("تاریخ انتشار:", "published"), ("تاريخ انتشار :", "published"), ("انتشار:", "published"),
    ("منتشر شده در", "published"), ("منتشرشده در", "published"), ("تاریخ:", "published"),
    ("تاریخ خبر:", "published"), ("تاریخ ارسال:", "published"), ("تاریخ درج:", "published"),
    ("زمان انتشار:", "published"), ("تاریخ ثبت:", "published"),
    ("زمان:", None),                                          # an event's time as often as the story's
    ("Published:", "published"), ("Published on", "published"), ("Posted on", "published"),
    ("Date:", "published"),
    ("به‌روزرسانی:", "modified"), ("بروزرسانی:", "modified"), ("به روز شده:", "modified"),
    ("آخرین به‌روزرسانی:", "modified"), ("آخرین ویرایش:", "modified"), ("ویرایش شده در", "modified"),
    ("Updated:", "modified"), ("Last updated:", "modified"), ("Modified:", "modified"),
    ("امروز:", "today"), ("امروز", "today"), ("Today:", "today"), ("تاریخ امروز", "today"),
    ("تاریخ امروز:", "today"),
    ("تاریخ مشاهده:", "today"), ("تاریخ دسترسی:", "today"),  # the day the page was seen (a print, a citation)
    ("تاریخ بازدید:", "today"),
    ("درج:", "published"), ("تاریخ ثبت:", "published"),       # a CMS's «inserted on»
    ("منبع: تیتر امروز |", None),                            # «امروز» in a name, in the field before
    # a saved, cached or archived copy's date, in a sentence about the copy: no date of the story
    ("این نسخه ذخیره‌شده صفحه در تاریخ", "saved"), ("نسخه بایگانی‌شده:", "saved"),
    ("This is a snapshot of the page as it appeared on", "saved"), ("Saved from the web on", "saved"),
    ("Addeddate:", "saved"), ("Uploaded by user_1 on", "saved"),  # (an archive item's add/upload day)
    ("خبرگزاری تیتر امروز —", None),
])
def test_labels(label, role):
    d = date_line(label + " ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰")
    assert d is not None and d.role == role and d.localize()[0] == "2022-10-06T10:20+03:30"


@pytest.mark.parametrize("line", [
    "میزان آب ذخیره‌شده در سدهای کشور تا ۱۴ مهر ۱۴۰۱ به ۵ میلیارد متر مکعب رسید",  # (stored water: prose)
    "Iranian forces captured the town on 14 May 2020 after a week of fighting",
])
def test_a_sentence_with_a_saving_word_is_no_copy_date(line):
    assert date_line(line) is None


@pytest.mark.parametrize("line,published", [
    # bylines: author | date | comments, in several shapes
    ("نویسنده: علی رضایی | ۱۴ مهر ۱۴۰۱ | ۳ نظر", "2022-10-06"),
    ("علی رضایی | ۱۴ مهر ۱۴۰۱ | بدون دیدگاه", "2022-10-06"),
    ("ارسال شده توسط مدیر سایت در ۱۴ مهر ۱۴۰۱", "2022-10-06"),
    ("ارسال شده توسط مریم احمدی در ۱۴ مهر ۰۱", "2022-10-06"),      # ... with a two-digit year
    ("توسط مدیر در ۱۴۰۱/۰۷/۱۴ ساعت ۱۰:۲۰", "2022-10-06T10:20+03:30"),
    ("نوشته شده توسط علی رضایی در تاریخ ۱۴ مهر ۱۴۰۱", "2022-10-06"),
    ("By Ali Rezaei | May 30, 2019", "2019-05-30"),
    ("دیدگاه‌ها: ۵ | ۱۴ مهر ۱۴۰۱ | بازدید: ۱۲۰", "2022-10-06"),
    # meta rows: a date among codes and counters
    ("کد خبر: ۱۲۳۴۵۶ | ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", "2022-10-06T10:20+03:30"),
    ("شناسه: ۱۲۳۴۵ - تاریخ: ۱۴۰۱/۰۷/۱۴", "2022-10-06"),
    ("۱۴ مهر ۱۴۰۱ - ۱۰:۲۰ | بازدید: ۱۲۰۰ | نظرات: ۳", "2022-10-06T10:20+03:30"),
    # parentheses
    ("(۱۴ مهر ۱۴۰۱)", "2022-10-06"),
    ("(۱۴۰۱/۰۷/۱۴ - ۱۰:۲۰)", "2022-10-06T10:20+03:30"),
    ("[۱۴ مهر ۱۴۰۱]", "2022-10-06"),
    ("تاریخ: (۱۴۰۱/۰۷/۱۴)", "2022-10-06"),
    # a label's own field, then a two-digit year
    ("تاریخ ثبت: ۱۴ مهر ۰۱", "2022-10-06"),
    ("درج: ۱۴ مهر ۰۱، ۱۰:۲۰", "2022-10-06T10:20+03:30"),
    # a slash between the date and its clock time
    ("۱۴ مهر ۱۴۰۱ / ۱۰:۲۰", "2022-10-06T10:20+03:30"),
    # a newspaper's print edition: issue and page numbers beside the date
    ("شماره ۴۵۶۷ | پنجشنبه ۱۴ مهر ۱۴۰۱ | صفحه ۵", "2022-10-06"),
    ("روزنامه شماره ۴۵۶۷ - ۱۴ مهر ۱۴۰۱ - صفحه ۵ (ورزشی)", "2022-10-06"),
    # icons and bullets before the date
    ("📅 ۱۴ مهر ۱۴۰۱", "2022-10-06"),
    ("🕒 ۱۰:۲۰ - ۱۴۰۱/۰۷/۱۴", "2022-10-06T10:20+03:30"),
    ("• ۱۴ مهر ۱۴۰۱", "2022-10-06"),
])
def test_date_lines(line, published):
    d = date_line(line)
    assert d is not None and d.localize()[0] == published


#: the fields a site prints beside a story's date on one line
META_FIELDS = {"author": ["نویسنده: مریم "
                          "احمدی", "مریم احمدی", "دکتر مریم احمدی", "توسط مریم احمدی", "خبرنگار: علی رضایی"],
               "section": ["ورزشی", "سلامت و پزشکی", "در: ورزشی", "دسته: سلامت"],
               "views": ["۱۲۳۴ بازدید", "بازدید: ۱۲۳۴", "👁 ۱۲۳۴", "۱۲۳۴ نفر"],
               "comments": ["۳ نظر", "بدون دیدگاه", "نظرات: ۳", "۳ دیدگاه"],
               "reading time": ["زمان مطالعه: ۵ دقیقه", "۵ دقیقه مطالعه", "مطالعه: ۵ دقیقه"],
               "code": ["کد خبر: ۱۲۳۴۵", "شناسه: ۱۲۳۴۵"]}
META_DATES = [("۱۴ مهر ۱۴۰۱", "2022-10-06"), ("۱۴۰۱/۰۷/۱۴", "2022-10-06"), ("۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", ""
                                                                                                   "2022-10-06T10:20+03:30"),
              ("پنجشنبه ۱۴ مهر ۱۴۰۱", "2022-10-06"), ("۱۴ مهر ۹۸", "2019-10-06"), ("۳۰ مه ۲۰۱۹", "2019-05-30"),
              ("May 30, 2019", "2019-05-30")]


@pytest.mark.parametrize("kind", META_FIELDS)
@pytest.mark.parametrize("sep", [" | ", " - ", " • ", "  ", " ، ", " / ", " — "])
def test_date_beside_one_meta_field(kind, sep):
    # every field before and after every date shape (a two-digit year too, when a separator sets it apart)
    for value, (d, published) in itertools.product(META_FIELDS[kind], META_DATES):
        for line in (value + sep + d, d + sep + value):
            got = date_line(line)
            assert got is not None and got.localize()[0] == published, line


@pytest.mark.parametrize("line", [
    "۲ ساعت پیش", "۵ دقیقه قبل", "لحظاتی پیش", "دیروز", "چند روز پیش", "2 hours ago", "یک هفته پیش",
    "ساعت ۱۰:۲۰",                                          # a clock time alone
    "کد خبر: ۱۴۰۱۰۷۱۴۱۰۲۰",                                 # a number that reads like a date
    "شماره ۱۴۰۱/۱۲۳۴",                                      # a letter number
    "تلفن: ۰۲۱-۸۸۷۷۶۶۵۵",
    "قیمت دلار ۱۴۰۱ تومان و ۱۲ ریال",
    "مهر ۱۴۰۱",                                            # a month of a year, no day
    "فصل ۲، قسمت ۱۲",
    "در ۱۲ مهر ۹۸ نفر به این شهر آمدند",                    # a two-digit «year» inside a phrase
    "حادثه، ۱۲ مهر ۹۸ نفر را راهی بیمارستان کرد",
    "حادثه: ۱۲ مهر ۹۸ نفر را راهی بیمارستان کرد",          # a label, but the phrase goes on
])
def test_no_date_lines(line):
    assert date_line(line) is None


# --- which date of a text page is its publication date ---------------------------------------------

STORY = ["به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
         "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین شده است.",
         "وی افزود: شهروندان می‌توانند نظرات خود را درباره این طرح‌ها از راه سامانه شهرداری به مسئولان برسانند.",
         "بر پایه این گزارش، طرح نوسازی بافت فرسوده در سه محله از شهر آغاز شده و تا دو سال آینده پایان می‌یابد."]
TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
SITE = ["پایگاه خبری نمونه", "خانه | سیاسی | اقتصادی | اجتماعی | ورزشی | تماس با ما"]
RELATED = ["اخبار مرتبط", "برگزاری نشست فوق‌العاده شورای شهر برای بودجه", "۱۰ مهر ۱۴۰۱ - ۰۸:۰۰",
           "آغاز طرح نوسازی در محله‌های قدیمی شهر", "۹ مهر ۱۴۰۱ - ۱۱:۳۰"]


def _page(head: list[str], tail: list[str] = (), story: list[str] = STORY) -> str:
    return "\n".join([*head, *story, *tail]) + "\n"


MAIL = ["From: Ali Rezaei <ali.rezaei@example.com>", "Date: Mon, 10 Oct 2022 09:12:00 +0330",
        "Subject: Fwd: " + TITLE, "To: news@example.org"]


@pytest.mark.parametrize("name,head,published", [
    # a forwarded mail: its «Date:» is when it was sent, the pasted story's own date is the story's (before,
    # the «Date:» label made the mail's day the published one)
    ("forwarded story with its date", [*MAIL, "---------- Forwarded message ---------", TITLE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"],
     "2022-10-06T10:20+03:30"),
    ("... in Persian fields", ["از: علی رضایی <ali.rezaei@example.com>", "تاریخ: دوشنبه ۱۸ مهر ۱۴۰۱",
                               "موضوع: " + TITLE, TITLE, "۱۴ مهر ۱۴۰۱"], "2022-10-06"),
    ("mail's date alone", [*MAIL, TITLE], "2022-10-10T09:12:00+03:30"),   # nothing else dates it
    # a labelled date with no address among its fields is the page's label
    ("labelled, no mail", [*SITE, TITLE, "تاریخ: ۱۴ مهر ۱۴۰۱", "۱۸ مهر ۱۴۰۱"], "2022-10-06"),
])
def test_a_mails_date_against_the_pasted_storys(name, head, published):
    assert extract(_page(head)).published == published, name


@pytest.mark.parametrize("name,head,tail,published", [
    ("under the title", [*SITE, "اجتماعی", TITLE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"], RELATED, "2022-10-06T10:20+03:30"),
    ("above the title", [*SITE, "اجتماعی", "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", TITLE], RELATED, "2022-10-06T10:20+03:30"),
    ("labelled", [*SITE, TITLE, "تاریخ انتشار: ۱۴ مهر ۱۴۰۱"], RELATED, "2022-10-06"),
    ("header today, then the date", ["امروز: شنبه ۲۳ مهر ۱۴۰۱", *SITE, TITLE, "۱۴ مهر ۱۴۰۱"], [], "2022-10-06"),
    ("unlabelled top bar today", ["شنبه ۲۳ مهر ۱۴۰۱", *SITE, TITLE, "۱۴۰۱/۰۷/۱۴"], [], "2022-10-06"),
    ("top bar today alone", ["شنبه ۲۳ مهر ۱۴۰۱", *SITE, "اجتماعی", TITLE], RELATED, None),
    ("English today", ["Today: Saturday, 15 October 2022", *SITE, TITLE, "۱۴ مهر ۱۴۰۱"], [], "2022-10-06"),
    ("published and updated", [*SITE, TITLE, "انتشار: ۱۴ مهر ۱۴۰۱ | به‌روزرسانی: ۱۶ مهر ۱۴۰۱"], [],
     "2022-10-06"),
    ("updated then published", [*SITE, TITLE, "به‌روزرسانی: ۱۶ مهر ۱۴۰۱ - ۰۹:۰۰", "انتشار: ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"],
     [], "2022-10-06T10:20+03:30"),
    ("updated alone", [*SITE, TITLE, "آخرین به‌روزرسانی: ۱۶ مهر ۱۴۰۱"], [], None),
    ("English updated alone", [*SITE, TITLE, "Last updated: 8 October 2022"], [], None),
    ("relative date", [*SITE, TITLE, "۲ ساعت پیش"], RELATED, None),
    ("relative date, then meta row under the story", [*SITE, TITLE, "۲ ساعت پیش"],
     ["تاریخ انتشار: ۱۴ مهر ۱۴۰۱", *RELATED], "2022-10-06"),
    ("date only in the story", [*SITE, TITLE],
     ["این طرح نخستین بار در ۱۲ شهریور ۱۴۰۱ در شورا مطرح شده بود و پس از بررسی‌های فراوان تصویب شد."], None),
    ("byline row", [*SITE, TITLE, "نویسنده: علی رضایی | ۱۴ مهر ۹۸ | ۳ نظر"], [], "2019-10-06"),
    ("byline with labelled fields", [*SITE, TITLE, "نویسنده: علی رضایی | تاریخ: ۱۴۰۱/۰۷/۱۴ | نظرات: ۳"], [],
     "2022-10-06"),
    ("meta row with code", [*SITE, "اجتماعی", TITLE, "کد خبر: ۱۲۳۴۵۶ | ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"], RELATED,
     "2022-10-06T10:20+03:30"),
    ("date in parentheses", [*SITE, TITLE, "(۱۴ مهر ۱۴۰۱)"], [], "2022-10-06"),
    # (the clock alone on the next line completes the day: dates.clock_line, s36-head)
    ("date and clock on two lines", [*SITE, TITLE, "۱۴ مهر ۱۴۰۱", "ساعت ۱۰:۲۰"], [], "2022-10-06T10:20+03:30"),
    ("meta row under the story", [*SITE, "اجتماعی", TITLE], ["تاریخ انتشار: ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", *RELATED],
     "2022-10-06T10:20+03:30"),
    ("English date on a diaspora site", ["Radio Nemouneh", "خانه | ایران | جهان | ویدیو", TITLE, "30 May 2019"],
     [], "2019-05-30"),
    ("English published label", ["Radio Nemouneh", "خانه | ایران | جهان | ویدیو", TITLE,
                                 "Published: 30 May 2019 - 10:20 GMT"], [], "2019-05-30T14:50+04:30"),
    ("Gregorian in Persian words", ["رادیو نمونه", "خانه | ایران | جهان | ویدیو", TITLE, "۳۰ مه ۲۰۱۹"], [],
     "2019-05-30"),
    ("two calendars", ["رادیو نمونه", "خانه | ایران | جهان | ویدیو", TITLE, "۳۰ مه ۲۰۱۹ - ۹ خرداد ۱۳۹۸"], [],
     "2019-05-30"),
    ("DW style dots", ["رادیو نمونه", "خانه | ایران | جهان | ویدیو", TITLE, "۰۵.۰۶.۲۰۱۹"], [], "2019-06-05"),
    ("dated related items only", [*SITE, "اجتماعی", TITLE], RELATED, None),
    ("an event's time in a box under the story", [*SITE, TITLE],
     ["اطلاعات برگزاری", "زمان: سه‌شنبه ۱۴ مرداد ۱۳۹۹، ساعت ۱۶:۰۰", "مکان: تالار همایش‌ها"], None),
    ("an event's date labelled so", [*SITE, TITLE, "تاریخ برگزاری: ۲۰ مهر ۱۴۰۱"], [], None),
    # a label and its value on two lines (two elements of the page, one line each)
    ("label line, then the date", [*SITE, TITLE, "تاریخ انتشار:", "۱۴ مهر ۱۴۰۱"], [], "2022-10-06"),
    ("an update's label line, then its date", [*SITE, TITLE, "آخرین به‌روزرسانی:", "۱۶ مهر ۱۴۰۱"], [], None),
    ("... then the publication's", [*SITE, TITLE, "آخرین به‌روزرسانی:", "۱۶ مهر ۱۴۰۱", "تاریخ انتشار:", "۱۴ مهر ۱۴۰۱"],
     [], "2022-10-06"),
    ("a today label line", ["امروز:", "شنبه ۲۳ مهر ۱۴۰۱", *SITE, TITLE], [], None),
    ("date under the lead and its byline", [*SITE, "اجتماعی", TITLE, STORY[0], "به قلم مریم احمدی", "۰۱/۰۷/۱۴"], [],
     "2022-10-06"),
    # under the story: a date alone on its line, before the tail (the credit or counters between)
    ("a date alone under the story", [*SITE, "اجتماعی", TITLE], ["📅 ۱۴۰۱/۰۷/۱۴", "برچسب‌ها: شورا، شهرداری", *RELATED],
     "2022-10-06"),
    ("a date under the story's credit", [*SITE, TITLE], ["منبع خبر: ایرنا", "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", *RELATED],
     "2022-10-06T10:20+03:30"),
    ("an English date under the story", [*SITE, TITLE], ["۱۲۳۴ بازدید", "6 October 2022 - 10:20", *RELATED],
     "2022-10-06T10:20+03:30"),
    ("a «posted» label under the story", [*SITE, TITLE, "ویرایش شده در ۱۴۰۱/۰۷/۲۰"], ["درج: ۱۴۰۱/۰۷/۱۴", *RELATED],
     "2022-10-06"),
    ("a related item's date under the story", [*SITE, TITLE],
     ["برگزاری نشست فوق‌العاده شورای شهر برای بودجه", "۱۰ مهر ۱۴۰۱ - ۰۸:۰۰"], None),
    ("a related item «title - date» under the story", [*SITE, TITLE],
     ["برگزاری نشست فوق‌العاده شورای شهر برای بودجه - ۱۰ مهر ۱۴۰۱"], None),
    ("a comment's date", [*SITE, TITLE], ["نظرات کاربران", "مریم", "۱۵ مهر ۱۴۰۱", "بسیار خوب بود"], None),
    ("a deadline under the headline, the date under the story", [*SITE, TITLE, "مهلت ثبت‌نام: ۲۰ مهر ۱۴۰۱"],
     ["منبع: ایسنا", "۱۴ مهر ۱۴۰۱"], "2022-10-06"),
    # the site header's «تاریخ امروز»
    ("header «today's date»", ["تاریخ امروز شنبه ۲۳ مهر ۱۴۰۱", *SITE, TITLE], RELATED, None),
    # the article's meta lines between its date and its headline: no menu, the date is the story's
    ("reading time with an icon between date and title", [*SITE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", "⏱ ۳ دقیقه مطالعه", TITLE],
     RELATED, "2022-10-06T10:20+03:30"),
    ("byline and counter between date and title",
     [*SITE, "انتشار: ۱۴ مهر ۰۱ ساعت ۱۰:۲۰", "نوشته مریم احمدی", "کد خبر: ۱۲۳۴۵", "۱۲۳۴ نفر این مطلب را خوانده‌اند",
      TITLE], RELATED, "2022-10-06T10:20+03:30"),
    # Hijri dates (a seminary's news): alone, or beside the solar date
    ("Hijri alone", [*SITE, TITLE, "۸ ربیع‌الاول ۱۴۴۴"], [], "2022-10-04"),
    ("Hijri in numbers", [*SITE, TITLE, "تاریخ انتشار: ۱۴۴۴/۰۳/۰۸"], [], "2022-10-04"),
    ("solar and Hijri", [*SITE, TITLE, "سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۸ ربیع‌الاول ۱۴۴۴ - ۱۰:۲۰"], [],
     "2022-10-04T10:20+03:30"),
    # a print edition: the line above the headline
    ("print edition", ["روزنامه نمونه", "شماره ۴۵۶۷ | پنجشنبه ۱۴ مهر ۱۴۰۱ | صفحه ۵", "اجتماعی", TITLE], [],
     "2022-10-06"),
])
def test_which_date_of_a_text_page(name, head, tail, published):
    assert extract(_page(head, tail)).published == published, name


@pytest.mark.parametrize("reading", ["زمان مطالعه: ۱ دقیقه", "زمان منسجمی: ۱ دقیقه", "۱ دقیقه خوانش"])
def test_a_date_over_a_reading_time_under_any_label_heads_the_meta_block(reading):
    # the story's meta block far over its headline (the headline said twice), under the site's top bar and
    # its today: the date over a count and the reading time is the story's, whatever the site calls the
    # reading time (the site's «today» has no reading time under it; before, only «مطالعه» told it)
    head = ["راهنمای رانندگی", "پرسش‌ها و اخبار آزمون شهری", "۲۳ مهر ۱۴۰۱", "کرمان ۱۸° صاف", TITLE,
            "صفحه نخست", "قوانین عبور و مرور", "نام‌نویسی آزمون", "درباره", "آزمون‌ها", "آموزشگاه‌ها",
            "بفرستید: تلگرام | سروش | نسخه چاپی", "🕒 ۱۴ مهر ۱۴۰۱ (۰۹:۱۵)",
            "تعداد بازدید: ۵۶,۳۵۶", reading, "A+ | A- | قلم", TITLE]
    assert extract("\n\n".join([*head, *STORY]) + "\n").published == "2022-10-06T09:15+03:30"



@pytest.mark.parametrize("byline", ["نوشته مریم احمدی · ۱ دقیقه مطالعه", "کوبید مریم احمدی · ۱ دقیقه منفعتی"])
def test_a_date_under_a_byline_with_its_reading_time_in_any_words(byline):
    # the byline beside its reading time under the headline, then the date: a row told by its shape (a
    # name's few words, «N دقیقه X»), whatever words the site writes it in (before, only «مطالعه» told it)
    head = ["راه روستا", "اخبار راه‌های روستایی", "کرمان ۱۸° صاف", "صفحه اصلی | ایمنی راه | راهداری | تماس",
            "صفحه اصلی » ایمنی راه » " + TITLE, "روتیتر: راه روستا", TITLE, byline, "۱۴ مهر ۱۴۰۱",
            "تعداد بازدید: ۴۷,۴۳۲", "کد خبر: ۹۰۹۷۹۵۶", "🖨 چاپ | 📧 ارسال", TITLE]
    assert extract("\n\n".join([*head, *STORY]) + "\n").published == "2022-10-06"


#: a story's dateline: a place (an agency) in fields of a few words, then the day, each field ended by a dash
#: or a colon; the page names no other date
DATELINED = STORY[0].replace("به گزارش پایگاه خبری ما، ", "")


@pytest.mark.parametrize("name,first,published", [
    ("place - weekday day month year -", "گرگان - پنجشنبه ۱۴ مهر ۱۴۰۱ - " + DATELINED, "2022-10-06"),
    ("place - agency - day:", "تهران - ایرنا - ۱۴ مهر ۱۴۰۱: " + DATELINED, "2022-10-06"),
    ("place - numbers and a clock -", "رشت - ۱۴۰۱/۰۷/۱۴ ساعت ۱۰:۲۰ - " + DATELINED, "2022-10-06T10:20+03:30"),
    ("unspaced dashes", "گرگان- ۱۴ مهر ۱۴۰۱- " + DATELINED, "2022-10-06"),
    # traps: the story's sentence names a day (no field of its own); a date first, no place over it; an
    # update's label; a place field too long to be a place
    ("a day in the sentence", "گرگان - روز پنجشنبه ۱۴ مهر ۱۴۰۱ " + DATELINED, None),
    ("a day opening the paragraph", "۱۴ مهر ۱۴۰۱ - " + DATELINED, None),
    ("an update in the dateline", "گرگان - به‌روزرسانی: ۱۴ مهر ۱۴۰۱ - " + DATELINED, None),
    ("a sentence, not a place", "شورای شهر گرگان در نشست دیروز خود - ۱۴ مهر ۱۴۰۱ - " + DATELINED, None),
])
def test_the_storys_dateline_dates_a_page_that_names_no_other_day(name, first, published):
    for raw in (_page([*SITE, TITLE], story=[first, *STORY[1:]]),
                "<html><head><title>%s</title></head><body><nav><a href='/'>خانه</a></nav><article><h1>%s</h1>%s"
                "</article></body></html>" % (TITLE, TITLE, "".join("<p>%s</p>" % p for p in [first, *STORY[1:]]))):
        assert extract(raw).published == published, name


@pytest.mark.parametrize("head", [
    [*SITE, "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", "چرا قیمت خودرو در بازار دوباره بالا رفت؟"],            # a question under the date
    [*SITE, "اجتماعی", "کد خبر: ۱۲۳۴۵۶ | ۱۴ مهر ۱۴۰۱", "شهرداری: طرح ترافیک از شنبه اجرا می‌شود!"],  # an exclamation
    ["انجمن گفتگو", "۱۴ مهر ۱۴۰۱", "راه‌های کاهش قند خون بدون دارو چیست؟"],             # a thread's question
])
def test_a_headline_under_the_date_lines_stays_the_headline(head):
    got = extract(_page(head))
    assert got.title == head[-1] and got.published is not None


def test_a_long_first_paragraph_without_a_period_under_the_date_is_no_headline():
    # (few function words and no period: it reads like a headline but for its length)
    first = ("مدیران باشگاه لندنی دستمزد نجومی مهاجم هلندی تیم، پیشنهاد تازه باشگاه‌های اروپایی، واکنش هواداران "
             "و رسانه‌های انگلیسی به جدایی احتمالی ستاره هلندی تیم پس از پایان قرارداد کنونی")
    got = extract(_page([*SITE, "ورزشی", TITLE, "گزارش: مریم موسوی", "۲۳ شهریور ۱۳۹۱", "👁 ۱۵۹۷", first]))
    assert (got.title, got.published, got.section) == (TITLE, "2012-09-13", "ورزشی")


# --- HTML: what the page tells machines and its dated elements ---------------------------------------

PARAS = "".join("<p>%s</p>" % p for p in STORY)


def _html(head: str = "", above: str = "", below: str = "", after: str = "") -> str:
    return ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>%s</title>%s</head><body>"
            "<div class='topbar'><span>شنبه ۲۳ مهر ۱۴۰۱</span></div>"
            "<nav><a href='/'>خانه</a><a href='/p'>سیاسی</a><a href='/e'>اقتصادی</a><a href='/s'>ورزشی</a></nav>"
            "<main><article>%s<h1>%s</h1>%s<div class='body'>%s</div></article>%s</main></body></html>"
            % (TITLE, head, above, TITLE, below, PARAS, after))


RELATED_TWO = ("<aside><h3>اخبار مرتبط</h3><ul><li><a href='/1'>خبر دیگر شورای شهر</a> <time datetime="
               "'2022-10-01T09:00:00+03:30'>۹ مهر ۱۴۰۱</time></li><li><a href='/2'>نشست شورای شهر برای بودجه</a> "
               "<time datetime='2022-09-30T09:00:00+03:30'>۸ مهر ۱۴۰۱</time></li></ul></aside>")
RELATED_HTML = ("<aside><h3>اخبار مرتبط</h3><ul><li><a href='/1'>خبر دیگر شورای شهر</a>"
                "<time datetime='2022-10-01T09:00:00+03:30'>۹ مهر</time></li></ul></aside>")


@pytest.mark.parametrize("name,kw,published", [
    ("og meta with offset", {"head": "<meta property='article:published_time' content='2022-10-06T10:20:00+03:30'>"},
     "2022-10-06T10:20:00+03:30"),
    ("name= meta", {"head": "<meta name='article:published_time' content='2022-10-06T06:50:00Z'>"},
     "2022-10-06T10:20:00+03:30"),
    ("itemprop meta", {"below": "<meta itemprop='datePublished' content='2022-10-06T10:20:00+03:30'>"},
     "2022-10-06T10:20:00+03:30"),
    # microdata on any element: its content or datetime attribute (not a comment's item under the story)
    ("itemprop span", {"below": "<span itemprop='datePublished' content='2022-10-06T06:50:00Z'></span>"},
     "2022-10-06T10:20:00+03:30"),
    ("itemprop time", {"below": "<time itemprop='datePublished' datetime='2022-10-06T10:20:00+03:30'>"
                                "۱۴ مهر</time>", "after": RELATED_HTML}, "2022-10-06T10:20:00+03:30"),
    ("itemprop of a comment", {"after": "<div itemscope itemtype='https://schema.org/Comment'><span itemprop="
                                        "'datePublished' content='2022-10-09T10:20:00+03:30'></span></div>"}, None),
    ("JSON-LD @graph", {"head": "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
                                "\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", "
                                "\"datePublished\": \"2022-10-06T10:20:00+03:30\"}]}</script>"},
     "2022-10-06T10:20:00+03:30"),
    ("JSON-LD list", {"head": "<script type='application/ld+json'>[{\"@type\": \"Organization\"}, "
                              "{\"@type\": \"Article\", \"datePublished\": \"2022-10-06\"}]</script>"}, "2022-10-06"),
    ("JSON-LD modified only", {"head": "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                       "\"dateModified\": \"2022-10-08T10:20:00+03:30\"}</script>"}, None),
    ("og:updated_time only", {"head": "<meta property='og:updated_time' content='2022-10-08T10:20:00+03:30'>"},
     None),
    ("dc date", {"head": "<meta name='DC.date.issued' content='2022-10-06'>"}, "2022-10-06"),
    ("created meta", {"head": "<meta name='created' content='2022-10-06'>"}, "2022-10-06"),
    # a machine value in digits alone: a packed day, a Unix time (UTC, so Tehran's clock)
    ("packed day meta", {"head": "<meta name='pubdate' content='20221006'>"}, "2022-10-06"),
    ("Unix time meta", {"head": "<meta name='pubdate' content='1665039000'>"}, "2022-10-06T10:20:00+03:30"),
    # ... and JSON-LD's datePublished as a JSON number (not a string): Unix seconds or milliseconds
    ("JSON-LD Unix number", {"head": "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                     "\"datePublished\": 1665039000}</script>"}, "2022-10-06T10:20:00+03:30"),
    ("JSON-LD Unix ms number", {"head": "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                        "\"datePublished\": 1665039000000}</script>"}, "2022-10-06T10:20:00+03:30"),
    # the element a script fills from its data attribute, empty in the saved page
    ("data-date", {"below": "<span class='pd' data-date='2022-10-06'></span>"}, "2022-10-06"),
    ("data-timestamp", {"below": "<span data-timestamp='1665039000000'></span>"}, "2022-10-06T10:20:00+03:30"),
    ("JSON-LD main entity", {"head": "<script type='application/ld+json'>{\"@type\": \"WebPage\", \"mainEntity\": "
                                     "{\"@type\": \"Article\", \"datePublished\": \"2022-10-06\"}}</script>"},
     "2022-10-06"),
    ("JSON-LD video", {"head": "<script type='application/ld+json'>{\"@type\": \"VideoObject\", "
                               "\"uploadDate\": \"2022-10-06T06:50:00Z\"}</script>"}, "2022-10-06T10:20:00+03:30"),
    ("JSON-LD forum question", {"head": "<script type='application/ld+json'>{\"@type\": \"QAPage\", \"mainEntity\": "
                                        "{\"@type\": \"Question\", \"dateCreated\": \"2022-10-06\"}}</script>"},
     "2022-10-06"),
    ("parsely meta", {"head": "<meta name='parsely-pub-date' content='2022-10-06T10:20:00+03:30'>"},
     "2022-10-06T10:20:00+03:30"),
    ("time element", {"below": "<time datetime='2022-10-06T10:20:00+03:30'>۱۴ مهر ۱۴۰۱</time>"},
     "2022-10-06T10:20:00+03:30"),
    ("time pubdate", {"below": "<time pubdate datetime='2022-10-06'>۱۴ مهر</time>"}, "2022-10-06"),
    # a UTC instant shown as a Dari date is Kabul's day (+04:30), not Tehran's (the 5th at 23:54 +03:30)
    ("UTC time shown as a Dari date", {"below": "<time datetime='2022-10-05T20:24:00Z'>چهارشنبه ۱۴ میزان ۱۴۰۱</time>"},
     "2022-10-06T00:54:00+04:30"),
    # ... and one shown in GMT is the page's own clock: its day is the GMT day (not Tehran's 7th at 01:54)
    ("UTC time shown in GMT", {"below": "<time datetime='2022-10-06T22:24:00Z'>۶ اکتبر ۲۰۲۲، ساعت ۲۲:۲۴ گرینویچ"
                                        "</time>"},
     "2022-10-06T22:24:00+00:00"),
    # ... which holds for the same instant in JSON-LD too (read first: the page shows its zone in the <time>)
    ("JSON-LD UTC shown in GMT", {"head": "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                          "\"datePublished\": \"2022-10-06T22:24:00Z\"}</script>",
                                  "below": "<time datetime='2022-10-06T22:24:00.000Z'>۶ اکتبر ۲۰۲۲، ساعت ۲۲:۲۴ گرینویچ"
                                           "</time>"},
     "2022-10-06T22:24:00+00:00"),
    # ... not when the <time> in GMT is another instant's (a related item's): JSON-LD's UTC goes to Tehran
    ("JSON-LD UTC, another instant in GMT", {"head": "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                                     "\"datePublished\": \"2022-10-06T22:24:00Z\"}</script>",
                                             "after": "<time datetime='2022-10-05T09:00:00Z'>۵ اکتبر ۲۰۲۲، ساعت ۰۹:۰۰ "
                                                      "گرینویچ</time>"},
     "2022-10-07T01:54:00+03:30"),
    ("span with a date class", {"below": "<span class='post-date'>۱۴ مهر ۱۴۰۱</span>"}, "2022-10-06"),
    ("labelled span", {"below": "<div class='meta'><span>تاریخ انتشار:</span> <span>۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</span></div>"},
     "2022-10-06T10:20+03:30"),
    ("byline row", {"below": "<div class='info'><span>نویسنده: علی رضایی</span> | <span>۱۴۰۱/۰۷/۱۴</span> | "
                             "<span>۳ نظر</span></div>"}, "2022-10-06"),
    ("date above the headline", {"above": "<div class='dt'>۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</div>"}, "2022-10-06T10:20+03:30"),
    # a byline row as long as a date in three calendars makes it (over 90 characters)
    ("byline row in three calendars", {"below": "<div>نوشته مریم احمدی | پنجشنبه ۱۴ مهر ۱۴۰۱ - ۶ اکتبر ۲۰۲۲ - "
                                                "۱۰ ربیع‌الاول ۱۴۴۴ - ساعت ۱۰:۲۰ | ۵ دیدگاه</div>"},
     "2022-10-06T10:20+03:30"),
    # a related item's date in a list over the headline is not the story's
    ("related item's date over the headline", {"above": "<ul><li><a href='/n/1'>خبر دیگر</a> ۱۴ مهر ۱۴۰۱</li>"
                                                        "</ul>"}, None),
    ("English date", {"below": "<div class='date'>30 May 2019</div>"}, "2019-05-30"),
    ("modified element then published", {"below": "<span class='updated'>۱۶ مهر ۱۴۰۱</span>"
                                                  "<span class='published'>۱۴ مهر ۱۴۰۱</span>"}, "2022-10-06"),
    ("modified element alone", {"below": "<span class='last-modified'>به‌روزرسانی: ۱۶ مهر ۱۴۰۱</span>"}, None),
    ("relative element", {"below": "<span class='date'>۲ ساعت پیش</span>"}, None),
    ("related items and top bar only", {"after": RELATED_HTML}, None),
    ("labelled date under the story", {"after": "<div class='meta'>تاریخ انتشار: ۱۴ مهر ۱۴۰۱</div>"
                                                + RELATED_HTML}, "2022-10-06"),
    # a related box over the headline, each item dated («<li><a>…</a> <time>…</time></li>»): the items'
    # days are theirs, the story's <time> under the headline is the page's (before, the nearest item's won)
    ("related items over the headline", {"above": RELATED_TWO,
                                         "below": "<time datetime='2022-10-06T10:20:00+03:30'>۱۴ مهر ۱۴۰۱</time>"},
     "2022-10-06T10:20:00+03:30"),
    ("... the story's date in a div", {"above": RELATED_TWO, "below": "<div class='date'>۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</div>"},
     "2022-10-06T10:20+03:30"),
    # ... a meta row's items show one day: its date is the story's
    ("meta row as a list", {"below": "<ul class='meta'><li><a href='/author/1'>مریم موسوی</a></li><li><time>۱۴ مهر "
                                     "۱۴۰۱</time></li><li>۳ نظر</li></ul>"}, "2022-10-06"),
    # a bare date over the headline in the page's <article>, nothing between: the story's (the top bar's
    # «today» stands outside the article); with a list between, it is not the headline's row
    ("bare date over the headline in the article", {"above": "<div>۱۴ مهر ۱۴۰۱</div>"}, "2022-10-06"),
    ("... a list between", {"above": "<div>۱۴ مهر ۱۴۰۱</div><ul><li><a href='/x'>نشست شورای شهر برای بودجه</a>"
                                     "</li></ul>"}, None),
    # JSON-LD @graph: the page's node («WebPage», dated when the page was made) speaks after the story's
    ("JSON-LD graph, the page's node first", {"head": "<script type='application/ld+json'>{\"@graph\": [{\"@type\": "
                                                      "\"WebPage\", \"datePublished\": \"2020-01-01T00:00:00+03:30\"}, "
                                                      "{\"@type\": \"NewsArticle\", \"datePublished\": "
                                                      "\"2022-10-06T10:20:00+03:30\"}]}</script>"},
     "2022-10-06T10:20:00+03:30"),
])
def test_which_date_of_an_html_page(name, kw, published):
    assert extract(_html(**kw)).published == published, name


@pytest.mark.parametrize("name,tab,published", [
    # the tab's title gives the day in a field of its own, after the headline: the page dates it nowhere else
    ("headline | day", TITLE + " | پنجشنبه ۱۴ مهر ۱۴۰۱", "2022-10-06"),
    ("headline - day | site", TITLE + " - ۱۴۰۱/۰۷/۱۴ | پایگاه خبری نمونه", "2022-10-06"),
    # not a headline that names a day, nor an update's day, nor the headline alone (the top bar's today stays out)
    ("a day in the headline", "جشنواره ۱۴ مهر ۱۴۰۱ در شهر برگزار شد | پایگاه خبری نمونه", None),
    ("an update", TITLE + " | به‌روزرسانی: ۱۴ مهر ۱۴۰۱", None),
    ("no day", TITLE + " | پایگاه خبری نمونه", None),
])
def test_the_tab_titles_day_dates_a_page_that_names_no_other(name, tab, published):
    assert extract(_html().replace("<title>%s</title>" % TITLE, "<title>%s</title>" % tab, 1)).published == published


@pytest.mark.parametrize("name,footer,published", [
    ("a time element alone under the story", "<footer><div><time>📅 ۱۴۰۱/۰۷/۱۴</time></div>"
     "<div>برچسب‌ها: شورا، شهرداری</div></footer>", "2022-10-06"),
    ("the credit, then the date", "<div>منبع خبر: ایرنا</div><div>۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</div>", "2022-10-06T10:20+03:30"),
    ("a related item's date", "<ul><li><a href='/1'>برگزاری نشست فوق‌العاده شورای شهر برای بودجه</a></li>"
     "<li><time>۱۰ مهر ۱۴۰۱</time></li></ul>", None),
    ("a comment's date", "<div class='c'><b>مریم</b><time>۱۵ مهر ۱۴۰۱</time><p>بسیار خوب بود</p></div>", None),
])
def test_a_date_element_under_the_html_story(name, footer, published):
    page = ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>%s</title></head><body>"
            "<div class='topbar'><span>شنبه ۲۳ مهر ۱۴۰۱</span></div>"
            "<nav><a href='/'>خانه</a><a href='/p'>سیاسی</a></nav>"
            "<main><article><h1>%s</h1><div class='body'>%s</div>%s</article></main></body></html>"
            % (TITLE, TITLE, PARAS, footer))
    assert extract(page).published == published, name


# --- whole layouts of kinds of site, each with its distractors -----------------------------------

FORUM_POST = ["سلام دوستان، من چند ماه است که قند خونم کمی بالاست و پزشک گفته "
              "فعلا نیازی به دارو نیست ولی باید رژیم بگیرم.",
              "می‌خواستم بدانم شما چه تجربه‌ای دارید و چه خوراکی‌هایی به کاهش "
              "قند خون کمک می‌کند؟ ممنون می‌شوم راهنمایی کنید."]
FORUM_REPLY = ["سلام، من با پیاده‌روی روزانه و کم کردن نان و برنج سفید توانستم "
               "قندم را پایین بیاورم، حتما با پزشک هم مشورت کنید."]
FORUM_HEAD = ["انجمن گفتگوی نمونه", "انجمن‌ها | جستجو | ثبت نام | ورود", "انجمن‌ها » سلامت و پزشکی » تغذیه",
              "راه‌های کاهش قند خون بدون دارو چیست؟"]


@pytest.mark.parametrize("post_meta,reply_meta,published", [
    (["مریم۱۳۶۵", "عضویت: ۱۳۹۵/۰۲/۰۳", "ارسال‌ها: ۲۳۴", "۱۴ مهر ۱۴۰۱، ۱۰:۲۰"],
     ["علی_ر", "عضویت: ۱۳۹۸/۰۵/۰۱", "۱۵ مهر ۱۴۰۱، ۰۸:۰۰"], "2022-10-06T10:20+03:30"),
    (["ارسال شده توسط مریم۱۳۶۵ در ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰"], ["پاسخ از علی_ر در ۱۵ مهر ۱۴۰۱ - ۰۸:۰۰"],
     "2022-10-06T10:20+03:30"),
    (["#۱", "مریم۱۳۶۵", "تاریخ عضویت: آبان ۱۳۹۵", "۱۴۰۱/۰۷/۱۴ ۱۰:۲۰ ق.ظ"], ["#۲", "علی_ر", "۱۴۰۱/۰۷/۱۵ ۰۸:۰۰ ق.ظ"],
     "2022-10-06T10:20+03:30"),
    (["مریم۱۳۶۵ | عضو از ۱۳۹۵/۰۲/۰۳", "ارسال: ۱۴ مهر ۱۴۰۱"], [], "2022-10-06"),
    (["مریم۱۳۶۵", "عضویت: ۱۳۹۵/۰۲/۰۳"], [], None),                 # only the member's join date
])
def test_forum_thread(post_meta, reply_meta, published):
    lines = [*FORUM_HEAD, *post_meta, *FORUM_POST, "پاسخ‌ها", *reply_meta, *FORUM_REPLY, "پاسخ به این موضوع"]
    assert extract("\n".join(lines) + "\n").published == published


HEALTH_HEAD = ["سلامت نیوز نمونه", "خانه | تغذیه | بیماری‌ها | سلامت روان | مادر و کودک", "خانه » بیماری‌ها » دیابت",
               "علائم دیابت نوع دو و راه‌های پیشگیری از آن"]
HEALTH_BODY = ["دیابت نوع دو شایع‌ترین نوع دیابت است و در آن بدن نمی‌تواند از "
               "انسولین به درستی استفاده کند و قند خون بالا می‌رود.",
               "پزشکان می‌گویند تغذیه سالم، ورزش منظم و کنترل وزن مهم‌ترین راه‌های "
               "پیشگیری از این بیماری هستند و باید جدی گرفته شوند.",
               "اگر تشنگی زیاد، تکرر ادرار یا خستگی مداوم دارید بهتر است هر چه "
               "زودتر آزمایش قند خون بدهید و با پزشک مشورت کنید."]


@pytest.mark.parametrize("meta,published", [
    (["نویسنده: دکتر مریم احمدی | بازبینی "
      "پزشکی: دکتر علی رضایی", "تاریخ انتشار: ۱۴ مهر ۱۴۰۱ | آخرین بازبینی: ۲۰ آذر ۱۴۰۱",
      "زمان مطالعه: ۵ دقیقه"], "2022-10-06"),
    (["آخرین بازبینی: ۲۰ آذر ۱۴۰۱", "تاریخ انتشار: ۱۴ مهر ۱۴۰۱"], "2022-10-06"),
    (["تاریخ بازبینی: ۲۰ آذر ۱۴۰۱"], None),
    (["به‌روز شده در ۲۰ آذر ۱۴۰۱", "منتشر شده در ۱۴ مهر ۱۴۰۱"], "2022-10-06"),
    (["نویسنده: تحریریه سلامت | ۱۴۰۱/۰۷/۱۴", "زمان مطالعه: ۵ دقیقه"], "2022-10-06"),
])
def test_health_site(meta, published):
    lines = [*HEALTH_HEAD, *meta, *HEALTH_BODY, "منابع: سازمان جهانی بهداشت", "مطالب مرتبط",
             "ده خوراکی مفید برای کنترل قند خون", "۱۲ مهر ۱۴۰۱"]
    assert extract("\n".join(lines) + "\n").published == published


MINISTRY_BODY = ["به گزارش روابط عمومی وزارت، معاون وزیر در این نشست بر لزوم تسریع "
                 "در اجرای طرح‌های نیمه‌تمام استان‌ها تاکید کرد.",
                 "وی افزود: اعتبارات لازم برای تکمیل این طرح‌ها در بودجه سال جاری پیش‌بینی شده و به زودی تخصیص می‌یابد.",
                 "در پایان این نشست مدیران کل استان‌ها گزارشی از پیشرفت طرح‌ها ارائه کردند و مشکلات اجرایی بررسی شد."]


@pytest.mark.parametrize("top,meta,published", [
    ("یکشنبه ۲۴ مهر ۱۴۰۱ - ۱۸ ربیع الاول ۱۴۴۴ - 16 October 2022", "کد خبر: ۱۲۳۴۵  تاریخ خبر: ۱۴۰۱/۰۷/۱۴  ساعت: ۱۰:۲۰",
     "2022-10-06T10:20+03:30"),
    ("امروز: یکشنبه ۲۴ مهر ۱۴۰۱", "۱۴۰۱/۰۷/۱۴ - ۱۰:۲۰ | کد خبر: ۱۲۳۴۵ | تعداد بازدید: ۳۵۶", "2022-10-06T10:20+03:30"),
    ("یکشنبه ۲۴ مهر ۱۴۰۱", "تاریخ: پنجشنبه ۱۴ مهر ۱۴۰۱ ساعت ۱۰:۲۰", "2022-10-06T10:20+03:30"),
    ("یکشنبه ۲۴ مهر ۱۴۰۱", "زمان انتشار: ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰  شناسه خبر: ۱۲۳۴۵", "2022-10-06T10:20+03:30"),
    ("یکشنبه ۲۴ مهر ۱۴۰۱", "کد خبر: ۱۲۳۴۵", None),
])
def test_ministry_news(top, meta, published):
    lines = ["وزارت نمونه", "جمهوری اسلامی ایران", top, "صفحه اصلی | درباره وزارت | اخبار | اطلاعیه‌ها | تماس با ما",
             "اخبار » اخبار وزارت", "نشست بررسی طرح‌های نیمه‌تمام استان‌ها با حضور معاون وزیر برگزار شد", meta,
             *MINISTRY_BODY, "نسخه چاپی | ارسال به دوستان", "اخبار مرتبط", "بازدید معاون وزیر از طرح‌های استان فارس",
             "۱۴۰۱/۰۷/۱۰"]
    assert extract("\n".join(lines) + "\n").published == published


DIASPORA_BODY = ["مقام‌های ایران روز پنجشنبه اعلام کردند که مذاکرات درباره پرونده "
                 "هسته‌ای در هفته آینده در وین از سر گرفته می‌شود.",
                 "سخنگوی وزارت خارجه در نشست خبری گفت که هیئت ایرانی با دستورالعمل روشنی به این دور از گفتگوها می‌رود.",
                 "دیپلمات‌های اروپایی پیشتر گفته بودند که فرصت برای رسیدن به "
                 "توافق رو به پایان است و باید تصمیم گرفته شود."]


@pytest.mark.parametrize("meta,published", [
    (["۳۰ مه ۲۰۱۹"], "2019-05-30"),
    (["۳۰ مه ۲۰۱۹ - به‌روز شده در ۳۱ مه ۲۰۱۹"], "2019-05-30"),
    (["به‌روز شده: ۳۱ مه ۲۰۱۹", "منتشر شده: ۳۰ مه ۲۰۱۹"], "2019-05-30"),
    (["۳۰ مه ۲۰۱۹ - ۹ خرداد ۱۳۹۸"], "2019-05-30"),
    (["پنجشنبه ۹ خرداد ۱۳۹۸ - ۳۰ مه ۲۰۱۹، ساعت ۱۴:۱۵"], "2019-05-30T14:15+04:30"),
    (["30.05.2019"], "2019-05-30"),
    (["Published 30 May 2019"], "2019-05-30"),
    (["May 30, 2019"], "2019-05-30"),
    (["علی رضایی", "بی‌بی‌سی نمونه", "۳۰ مه ۲۰۱۹"], "2019-05-30"),
    (["۲ ساعت پیش"], None),
])
def test_diaspora_broadcaster(meta, published):
    lines = ["رادیو نمونه", "ایران | جهان | اقتصاد | ورزش | ویدیو | پادکست", "ایران",
             "مذاکرات هسته‌ای هفته آینده در وین از سر گرفته می‌شود", *meta, *DIASPORA_BODY, "مطالب مرتبط",
             "واکنش اروپا به پیشنهاد تازه ایران", "۲۸ مه ۲۰۱۹"]
    assert extract("\n".join(lines) + "\n").published == published


# --- the same kinds of site in HTML ------------------------------------------------------------------

def _site_html(head, above, h1, below, story, after=""):
    return ("<!doctype html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title>%s</head><body>"
            "<header><div class='logo'>سایت نمونه</div><div class='today'>یکشنبه ۲۴ مهر ۱۴۰۱</div>"
            "<ul class='menu'><li><a href='/'>صفحه اصلی</a></li><li><a href='/a'>اخبار</a></li>"
            "<li><a href='/b'>گزارش</a></li><li><a href='/c'>تماس با ما</a></li></ul></header>"
            "<div class='content'>%s<h1>%s</h1>%s<div class='text'>%s</div>%s</div>"
            "<footer>تمامی حقوق محفوظ است.</footer></body></html>"
            % (h1, head, above, h1, below, "".join("<p>%s</p>" % p for p in story), after))


FORUM_CRUMB = ("<div class='crumbs'><a href='/'>انجمن‌ها</a> › <a href='/h'>سلامت و پزشکی</a> › "
               "<a href='/t'>تغذیه</a></div>")


@pytest.mark.parametrize("userinfo,postdate,published", [
    ("<dl><dt>عضویت</dt><dd>۱۳۹۵/۰۲/۰۳</dd><dt>ارسال‌ها</dt><dd>۲۳۴</dd></dl>",
     "<div class='postdate'>۱۴ مهر ۱۴۰۱، ۱۰:۲۰</div>", "2022-10-06T10:20+03:30"),
    ("<div><span>تاریخ عضویت:</span> <span>۱۳۹۵/۰۲/۰۳</span></div>", "<span>۱۴۰۱/۰۷/۱۴ ۱۰:۲۰</span>",
     "2022-10-06T10:20+03:30"),
    ("<div>عضو از: ۱۳۹۵/۰۲/۰۳</div>", "<div class='meta'>ارسال شده در ۱۴ مهر ۱۴۰۱</div>", "2022-10-06"),
])
def test_forum_thread_html(userinfo, postdate, published):
    post = ("<div class='post'><div class='user'><a class='name' href='/u/1'>مریم۱۳۶۵</a>%s</div>%s"
            "<div "
            "class='post-body'>%s</div></div>") % (userinfo, postdate, "".join("<p>%s</p>" % p for p in FORUM_POST))
    reply = ("<div class='post'><div class='user'><a class='name' href='/u/2'>علی_ر</a><dl><dt>عضویت</dt>"
             "<dd>۱۳۹۸/۰۵/۰۱</dd></dl></div><div class='postdate'>۱۵ مهر ۱۴۰۱، ۰۸:۰۰</div>"
             "<div class='post-body'><p>%s</p></div></div>") % FORUM_REPLY[0]
    page = ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>%s</title></head><body>"
            "<div class='logo'>انجمن گفتگوی نمونه</div>%s<h1>%s</h1>%s%s</body></html>"
            % (FORUM_HEAD[-1], FORUM_CRUMB, FORUM_HEAD[-1], post, reply))
    assert extract(page).published == published


@pytest.mark.parametrize("head,below,published", [
    ("", "<div class='meta'><span>تاریخ انتشار: ۱۴ مهر ۱۴۰۱</span> | <span>آخرین بازبینی: ۲۰ آذر ۱۴۰۱</span></div>",
     "2022-10-06"),
    ("", "<div class='meta'><span class='label'>آخرین بازبینی:</span><span>۲۰ آذر ۱۴۰۱</span></div>", None),
    ("<script type='application/ld+json'>{\"@type\": \"MedicalWebPage\", \"lastReviewed\": \"2022-12-11\", "
     "\"datePublished\": \"2022-10-06\"}</script>", "", "2022-10-06"),
    ("<script type='application/ld+json'>{\"@type\": \"MedicalWebPage\", \"lastReviewed\": \"2022-12-11\"}</script>",
     "", None),
])
def test_health_site_html(head, below, published):
    assert extract(_site_html(head, "", HEALTH_HEAD[-1], below, HEALTH_BODY)).published == published


@pytest.mark.parametrize("below,published", [
    ("<div class='news-info'><span>کد خبر: ۱۲۳۴۵</span><span>تاریخ خبر: "
     "۱۴۰۱/۰۷/۱۴</span><span>ساعت: ۱۰:۲۰</span></div>",
     "2022-10-06"),
    ("<div class='news-info'><span class='k'>تاریخ خبر:</span><span class='v'>۱۴۰۱/۰۷/۱۴</span></div>", "2022-10-06"),
    ("<table><tr><td>تاریخ انتشار</td><td>۱۴۰۱/۰۷/۱۴</td></tr><tr><td>کد خبر</td><td>۱۲۳۴۵</td></tr></table>",
     "2022-10-06"),
    ("<div class='news-info'><span>کد خبر: ۱۲۳۴۵</span></div>", None),     # the header's day is no date
])
def test_ministry_news_html(below, published):
    assert extract(_site_html("", "", "نشست بررسی طرح‌های نیمه‌تمام استان‌ها با حضور معاون وزیر برگزار شد", below,
                              MINISTRY_BODY)).published == published


@pytest.mark.parametrize("head,below,published", [
    ("", "<time datetime='2019-05-30T06:50:00Z'>۳۰ مه ۲۰۱۹</time>", "2019-05-30T11:20:00+04:30"),
    ("", "<span class='date'>۳۰ مه ۲۰۱۹ - ۹ خرداد ۱۳۹۸</span>", "2019-05-30"),
    ("", "<div class='byline'><span>علی رضایی</span><span>بی‌بی‌سی نمونه</span></div><span>30.05.2019</span>",
     "2019-05-30"),
    ("<meta property='article:published_time' content='2019-05-30T06:50:00+00:00'>"
     "<meta property='article:modified_time' content='2019-05-31T08:00:00+00:00'>",
     "<span>به‌روز شده: ۳۱ مه ۲۰۱۹</span>", "2019-05-30T11:20:00+04:30"),
    ("", "<span class='updated'>Updated 31 May 2019</span>", None),
])
def test_diaspora_broadcaster_html(head, below, published):
    assert extract(_site_html(head, "", "مذاکرات هسته‌ای هفته آینده در وین از سر گرفته می‌شود", below,
                              DIASPORA_BODY)).published == published


# --- the day a URL names, when the page names none ------------------------------------------------

@pytest.mark.parametrize("url,head,published", [
    ("https://blog.example.ir/2019/05/30/nesht-shora/", [*SITE, TITLE], "2019-05-30"),
    ("https://example.ir/fa/news/1401/07/14/12345", [*SITE, TITLE], "2022-10-06"),
    ("https://example.ir/2019/05/30/nesht-shora/", [*SITE, TITLE, "۱۴ مهر ۱۴۰۱"], "2022-10-06"),  # the page's wins
    ("https://example.ir/news/2019/12345", [*SITE, TITLE], None),                              # no day in it
    ("https://example.ir/2019/13/45/x", [*SITE, TITLE], None),                                 # no such day
    # a part of the URL that is a day whole: a path segment (alone or before a slug), a query's value
    ("https://example.ir/news/2019-05-30/12345", [*SITE, TITLE], "2019-05-30"),
    ("https://example.ir/1401-07-14-nesht-shora", [*SITE, TITLE], "2022-10-06"),
    ("https://example.ir/news.php?id=55&date=2019-05-30", [*SITE, TITLE], "2019-05-30"),
    ("https://example.ir/show?date=1401%2F07%2F14&id=9", [*SITE, TITLE], "2022-10-06"),
    ("https://example.ir/search?from=2019-05-01&to=2019-05-30", [*SITE, TITLE], None),          # a span: no day
    ("https://example.ir/download/2019.1.3/", [*SITE, TITLE], None),                            # a version
])
def test_url_day_when_the_page_names_none(url, head, published):
    assert extract(_page(head), url=url).published == published


# --- a clock said in words after its date («ساعت ده و بیست دقیقه»): the line stays a date line ----

@pytest.mark.parametrize("line,published", [
    ("شنبه چهاردهم آذر ۱۴۰۵ ساعت ده و بیست دقیقه", _tehran(2026, 12, 5, 10, 20)),   # a blog's day and clock in words
    ("ساعت یازده و نیم صبح شنبه ۱۴ آذر ۱۴۰۵", _tehran(2026, 12, 5, 11, 30)),        # the clock first
    ("۱۴ آذر ۱۴۰۵ ساعت ده شب", _tehran(2026, 12, 5, 22, 0)),                         # the part of the day
    ("۱۴ آذر ۱۴۰۵ ساعت دو بعد از ظهر", _tehran(2026, 12, 5, 14, 0)),
    ("۱۴ آذر ۱۴۰۵ ساعت ۱۰ و ۲۰ دقیقه", _tehran(2026, 12, 5, 10, 20)),               # digits, words between
    ("۱۴ آذر ۱۴۰۵ ساعت بیست و سه و پنجاه و نه دقیقه", _tehran(2026, 12, 5, 23, 59)),
    ("۱۴ آذر ۱۴۰۵ ساعت ده", "2026-12-05"),                                          # an hour alone: no clock
])
def test_clock_in_words(line, published):
    assert date_line(line).localize()[0] == published
    assert extract(_page([*SITE, TITLE, line])).published == published


# --- a headline line that a date in brackets closes: the headline, and the story's day -------------

@pytest.mark.parametrize("line,title,published", [
    (TITLE + " (۱۴ آذر ۱۴۰۵)", TITLE, "2026-12-05"),
    (TITLE + " [۱۴۰۵/۰۹/۱۴]", TITLE, "2026-12-05"),
    (TITLE + " (عکس)", TITLE + " (عکس)", None),                    # a bracket of other words
])
def test_headline_closed_by_its_date(line, title, published):
    a = extract(_page([*SITE, line]))
    assert (a.title, a.published) == (title, published)
