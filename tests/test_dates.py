"""Dates: the grammar (tables and properties), ``published`` with the page's UTC offset, which
date of a page is its publication date, and layouts the dev pages do not have."""
from __future__ import annotations

import sys
from pathlib import Path

import jdatetime
import pytest
from hypothesis import given, settings, strategies as st

from palayesh import extract
from palayesh.extract.dates import date_line, find_stamps, joined_badges, other_events, parse_date, parse_iso

sys.path.insert(0, str(Path(__file__).resolve().parent))
import date_layouts  # noqa: E402
import floors  # noqa: E402

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --- the grammar -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,published,jalali", [
    ("۱۲ مهر ۹۸", "2019-10-04", "1398/07/12"),                                  # two-digit Jalali year: 1398
    ("۵ دی ۰۱", "2022-12-26", "1401/10/05"),                                   # two-digit year after 1400
    ("۸۵.۱۰.۲۵", "2007-01-15", "1385/10/25"),                                   # two-digit year, dots
    ("منتشر شده در ۹۹-۰۱-۰۵", "2020-03-24", "1399/01/05"),                       # ... dashes, after a label
    ("تاریخ: ۰۰/۰۶/۱۵ - ۲۱:۱۷", "2021-09-06T21:17+04:30", "1400/06/15"),          # «۰۰»: 1400
    ("۲۶ تیرماه ۱۴۰۲", "2023-07-17", "1402/04/26"),                             # «ماه» glued to the month
    ("۲۶ تیر‌ماه سال ۱۴۰۲", "2023-07-17", "1402/04/26"),                         # ZWNJ «ماه» and «سال»
    ("اول مهر ۱۴۰۲", "2023-09-23", "1402/07/01"),                              # ordinal day word
    ("بیست و دوم بهمن ۱۳۵۷", "1979-02-11", "1357/11/22"),                       # compound ordinal
    ("سی‌ام اسفند ۱۴۰۳", "2025-03-20", "1403/12/30"),                           # «سی‌ام» with a ZWNJ
    ("۱۰ امرداد ۱۳۹۹", "2020-07-31", "1399/05/10"),                             # «امرداد» spelling
    ("٢٦ تير ١٤٠٢", "2023-07-17", "1402/04/26"),                                # Arabic-Indic digits, Arabic yeh
    ("۲۶/۰۴/۱۴۰۲", "2023-07-17", "1402/04/26"),                                 # Jalali numeric, day first
    ("1402-04-26", "2023-07-17", "1402/04/26"),                                # Jalali numeric with dashes
    ("۴ ذی‌الحجه ۱۴۴۳", "2022-07-03", "1401/04/12"),                            # Hijri, ZWNJ spelling
    ("۱۰ ذیقعده ۱۴۴۴", "2023-05-30", "1402/03/09"),                              # Hijri, joined spelling
    ("۱۰ ذی القعدة ۱۴۴۴", "2023-05-30", "1402/03/09"),                           # Hijri, Arabic teh marbuta
    ("۵ ربیع‌الاول ۱۴۴۵", "2023-09-20", "1402/06/29"),                           # «ربیع‌الاول»
    ("۵ جمادی‌الثانی ۱۴۴۵", "2023-12-18", "1402/09/27"),                         # «جمادی‌الثانی»
    ("۱۵ رمضان المبارک ۱۴۴۴", "2023-04-06", "1402/01/17"),                       # honorific after the month
    ("۱۴۴۳/۱۲/۰۴ ه.ق", "2022-07-03", "1401/04/12"),                              # numeric Hijri with its marker
    ("۳ ژوئیه ۲۰۲۲", "2022-07-03", "1401/04/12"),                               # Gregorian in Persian words
    ("30 May '19", "2019-05-30", "1398/03/09"),                                # «'19»: unambiguous two digits
    ("May 30, 2019", "2019-05-30", "1398/03/09"),                              # English, month first
    ("6 Oct 22", "2022-10-06", "1401/07/14"),                                  # English month, two-digit year, no «'»
    ("06 October 22 - 10:20", "2022-10-06T10:20+03:30", "1401/07/14"),         # ... and a clock time
    ("Oct 6, 22", "2022-10-06", "1401/07/14"),                                 # month first, two digits after the comma
    ("۱۴/۰۷/۰۱", "2022-10-06", "1401/07/14"),                                   # day first, a year 1400-1409
    ("25/07/2022", "2022-07-25", "1401/05/03"),                                # day first: 25 cannot be a month
    ("07/25/2022", "2022-07-25", "1401/05/03"),                                # month first: the only reading
    ("12/07/2022", "2022-07-12", "1401/04/21"),                                # day first, as Persian writes it
    ("شنبه ۱۲ تیر ۱۴۰۱ - ۳ ژوئیه ۲۰۲۲ - ۴ ذی‌الحجه ۱۴۴۳", "2022-07-03", "1401/04/12"),  # three calendars agree
    ("۱۲ تیر ۱۴۰۱ - ۵ ذی‌الحجه ۱۴۴۳", "2022-07-03", "1401/04/12"),               # Hijri a day off: the solar day
    ("۱۲ مهر ۱۴۰۲ (۳ روز پیش)", "2023-10-04", "1402/07/12"),                     # a relative note beside a date
    ("۱۹:۱۳ - ۱۳۹۷/۰۸/۱۵", "2018-11-06T19:13+03:30", "1397/08/15"),             # time first
    ("۱۰:۳۰ ب.ظ ۱۲ مهر ۱۴۰۲", "2023-10-04T22:30+03:30", "1402/07/12"),          # «ب.ظ»: afternoon
    ("۱۲ مهر ۱۴۰۲ | ساعت: ۰۹:۰۵", "2023-10-04T09:05+03:30", "1402/07/12"),      # «|» and «ساعت:» before the time
    ("شنبه ۱۲ تیر ۱۴۰۱ - ۳ ژوئیه ۲۰۲۲ - ۱۰:۳۰", "2022-07-03T10:30+04:30", "1401/04/12"),  # the time after the 2nd calendar
    ("May 30, 2019 10:20 PM", "2019-05-30T22:20+04:30", "1398/03/09"),          # PM
    ("۱۴۰۲ مهر ۱۲", "2023-10-04", "1402/07/12"),                                 # the year first, a month name
    ("۱۴۰۲/مهر/۱۲ - ۱۰:۳۰", "2023-10-04T10:30+03:30", "1402/07/12"),            # ... with «/», and a clock
    ("۱۳۹۸-دی‌ماه-۳۰", "2020-01-20", "1398/10/30"),                               # ... with «-» and «ماه»
    ("۱۴۰۲٫۰۷٫۱۲", "2023-10-04", "1402/07/12"),                                  # the Arabic decimal separator
    ("۱۲٫۰۷٫۱۴۰۲ - ۱۰:۳۰", "2023-10-04T10:30+03:30", "1402/07/12"),             # ... day first
    ("۱۲.مهر.۱۴۰۲", "2023-10-04", "1402/07/12"),                                 # «.» around a month name
    ("4 Oct. 2023", "2023-10-04", "1402/07/12"),                                  # an abbreviated month's «.»
    ("ساعت ۱۰:۳۰ روز ۱۲ مهر ۱۴۰۲", "2023-10-04T10:30+03:30", "1402/07/12"),      # «روز» between clock and date
])
def test_grammar(text, published, jalali):
    assert parse_date(text) == (published, jalali)


@pytest.mark.parametrize("text", [
    "۳ روز پیش",              # relative
    "دیروز",                  # relative
    "۲ ساعت قبل",             # relative
    "۳۱ اسفند ۱۴۰۲",          # no such day
    "۳۰ اسفند ۱۴۰۲",          # 1402 is not a leap year
    "کد خبر: ۲۵۹۷۲۴۵",        # a number
    "۱۰:۳۰",                  # a clock time alone
    "۱۴۰۲-۱۴۰۳",              # a span of years
    "نتیجه ۲-۱ شد",           # a score
    "۵ رجب",                  # «رجب» also a name: no year, no date
    "۱۲ مهر",                 # no year
    "۱۲ مهر ۹۸۷۶",            # not a year
    "نسخه 85.10.25.3",        # a version number: four parts
    "۸۵.۱۰/۲۵",               # two different separators
    "۳ می ۲۰ نفر",             # «می» a word: no two-digit year after a Persian month name
    "6 Oct 22:10",             # a clock time, not a year
    "May 30 19",               # a two-digit year month first without its comma
    "۱۴۰۲ مهر ۱۲۰ تومان",      # the year first: no day of three digits
    "۱۴۰۲ مهر ۱۲ آبان",        # ... nor a day that a month name follows (the next date's)
    "۲۰۲۳ اکتبر ۴",            # ... and a Jalali year only
])
def test_no_date(text):
    assert parse_date(text) is None


# --- published: local time with its offset --------------------------------------------------------
# Iran kept summer time (+04:30) from the end of 1 Farvardin to the end of 30 Shahrivar, until it
# was abolished after 1401 (2022); +03:30 the rest of the year, and all year from 1402 on.

@pytest.mark.parametrize("value,published", [
    ("۱ فروردین ۱۳۹۸ ساعت ۲۳:۳۰", "2019-03-21T23:30+03:30"),                   # the last winter hour of 1398
    ("۲ فروردین ۱۳۹۸ ساعت ۰۱:۳۰", "2019-03-22T01:30+04:30"),                   # the first summer hours
    ("۳۰ شهریور ۱۳۹۸ ساعت ۲۲:۰۰", "2019-09-21T22:00+04:30"),                   # the last summer evening
    ("۳۱ شهریور ۱۳۹۸ ساعت ۱۰:۰۰", "2019-09-22T10:00+03:30"),                   # winter again
    ("۱ فروردین ۱۴۰۰ - ۱۲:۰۰", "2021-03-21T12:00+03:30"),                      # 1400: before the switch
    ("۲ فروردین ۱۴۰۰ - ۱۲:۰۰", "2021-03-22T12:00+04:30"),                      # 1400: after it
    ("۳۰ شهریور ۱۴۰۱ ۱۲:۰۰", "2022-09-21T12:00+04:30"),                        # 1401: the last summer day ever
    ("۳۱ شهریور ۱۴۰۱ ۱۲:۰۰", "2022-09-22T12:00+03:30"),                        # 1401: winter
    ("۲ فروردین ۱۴۰۲ ۱۲:۰۰", "2023-03-22T12:00+03:30"),                        # 1402: no summer time any more
    ("۱۵ تیر ۱۴۰۲ ساعت ۱۰:۰۰", "2023-07-06T10:00+03:30"),                      # mid-summer 1402: +03:30
    ("2019-05-29T19:50:37Z", "2019-05-30T00:20:37+04:30"),                     # UTC: the Tehran day is the next day
    ("2023-01-01T21:00:00+00:00", "2023-01-02T00:30:00+03:30"),                # «+00:00» is UTC too
    ("2019-05-30T00:20:37+04:30", "2019-05-30T00:20:37+04:30"),                # an offset given: kept as written
    ("2017-12-22T21:54:00+03:30", "2017-12-22T21:54:00+03:30"),                # +03:30 given
    ("2020-01-01T10:00:00+01:00", "2020-01-01T10:00:00+01:00"),                # another zone's offset: kept
    ("Thu, 30 May 2019 00:20:37 +0430", "2019-05-30T00:20:37+04:30"),          # RFC 2822 style
    ("Wed, 29 May 2019 19:50:37 UT", "2019-05-30T00:20:37+04:30"),             # RFC 822's «UT»: UTC, the next day
    ("Wed, 29 May 2019 19:50:37 Z", "2019-05-30T00:20:37+04:30"),              # its «Z» too
    ("29 May 19 19:50 GMT", "2019-05-30T00:20+04:30"),                         # its two-digit year (00-49: 20xx)
    ("Sun, 29 Sep 96 21:59:00 GMT", "1996-09-30T01:29:00+03:30"),              # (50-99: 19xx)
    ("Wed, 29 May 2019 15:50:37 EDT", "2019-05-29T15:50:37-04:00"),            # a US zone it names: its offset kept
    ("2019-03-19T18:41:00", "2019-03-19T18:41:00+03:30"),                      # naive: Tehran's winter offset
    ("2016-07-03 10:20", "2016-07-03T10:20+04:30"),                            # naive: Tehran's summer offset
    ("2019-05-30", "2019-05-30"),                                              # a date alone stays a date
    ("1398-03-09T00:20:37+04:30", "2019-05-30T00:20:37+04:30"),                # a Jalali value in a meta tag
])
def test_offsets(value, published):
    got = parse_iso(value)
    assert got is not None and got[0] == published
    j = jdatetime.date.fromgregorian(date=_day(published))
    assert got[1] == "%04d/%02d/%02d" % (j.year, j.month, j.day)  # the Jalali day of the local day


@pytest.mark.parametrize("line,published", [
    ("۱۲ حمل ۱۴۰۲ - ۱۰:۳۰", "2023-04-01T10:30+04:30"),                         # Dari months: Kabul time
    ("مرسل امیری | 13 میزان 1397 ساعت 14:20", "2018-10-05T14:20+04:30"),       # in a byline
    ("۲ سرطان ۱۴۰۱ ساعت ۱۰:۰۰", "2022-06-23T10:00+04:30"),                    # Kabul keeps +04:30 all year
    ("۱۵ جدی ۱۴۰۲ ساعت ۰۸:۱۵", "2024-01-05T08:15+04:30"),                     # winter too (Tehran: +03:30)
    ("ساعت ۱۰:۳۰ به وقت کابل، ۱۲ فروردین ۱۴۰۲", "2023-04-01T10:30+04:30"),    # a clock in Kabul time
    ("۱۵ جدی ۱۴۰۲ - 2024-01-05T03:45Z", "2024-01-05T08:15+04:30"),             # UTC moved to Kabul's day
    ("۱۵ دی ۱۴۰۲ ساعت ۰۸:۱۵", "2024-01-05T08:15+03:30"),                      # Iran's month names: Tehran
])
def test_afghan_dates_are_kabul_time(line, published):
    # a page dated in Afghanistan's month names or «به وقت کابل» is not on Tehran's clock: Kabul is
    # +04:30 all year (zoneinfo), where Tehran is +03:30 in winter and from 1402 on
    assert parse_date(line)[0] == published


@pytest.mark.parametrize("line,published", [
    ("12 Azar 1402 - 14:30", "2023-12-03T14:30+03:30"),                        # Finglish month, Latin digits
    ("Sunday 12 Azar 1402 - 14:30", "2023-12-03T14:30+03:30"),                 # an English weekday before it
    ("1 Ordibehesht 1395 - 17:33", "2016-04-20T17:33+04:30"),                  # a long name, summer clock
    ("3 Dey 1399", "2020-12-23"),                                              # a short name, no clock
])
def test_jalali_dates_with_finglish_month_names(line, published):
    # a Persian site's English-locale theme writes the solar months in Latin letters
    assert parse_date(line)[0] == published


def test_a_finglish_month_name_is_a_date_only_between_a_day_and_a_year():
    # «Mehr», «Tir», «Dey» are words too: no year, no date
    assert parse_date("Mehr 1402 festival") is None and parse_date("Tir 12 weeks") is None


def _day(iso):
    from datetime import date

    return date.fromisoformat(iso[:10])


def test_day_of_a_dated_time_is_the_local_day():
    # consumers (dedup, the web index) take the first ten characters: the local day
    from palayesh.dedup.keys import day_number

    assert day_number("2019-05-30T00:20:37+04:30") == day_number("2019-05-30")


# --- date lines and their labels ---------------------------------------------------------------

@pytest.mark.parametrize("line,role", [
    ("تاریخ انتشار: سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۱۴:۳۰", "published"),            # publication label
    ("منتشر شده در ۱۲ مهر ۱۴۰۱", "published"),                              # in words
    ("به‌روزرسانی: ۱۴ مهر ۱۴۰۱ - ۰۹:۰۰", "modified"),                        # update label
    ("آخرین ویرایش: ۱۴ مهر ۱۴۰۱", "modified"),                               # last edit
    ("امروز: سه‌شنبه ۱۲ مهر ۱۴۰۱", "today"),                                 # the site header's day
    ("نوشته علی رضایی | ۱۲ مهر ۹۸ | ۳ دیدگاه", None),                        # byline: author | date | comments
    ("۱۲ مهر ۱۴۰۱ | به‌روزرسانی: ۱۴ مهر ۱۴۰۱", None),                         # bare date first, then an update
])
def test_date_line_roles(line, role):
    d = date_line(line)
    assert d is not None and d.role == role


def test_labelled_date_wins_within_a_line():
    d = date_line("به‌روزرسانی: ۱۴ مهر ۱۴۰۱ | انتشار: ۱۲ مهر ۱۴۰۱ ساعت ۱۰:۰۰")
    assert (d.role, d.localize()[0]) == ("published", "2022-10-04T10:00+03:30")


@pytest.mark.parametrize("line,day", [
    # a journal's history: received, accepted, published; the publication's label names it
    ("تاریخ دریافت: ۱۴۰۴/۰۲/۱۰ تاریخ پذیرش: ۱۴۰۴/۰۵/۲۷ تاریخ انتشار: ۱۴۰۴/۰۸/۰۱", "2025-10-23"),
    ("تاریخ دریافت: ۱۴۰۰/۰۳/۲۷ تاریخ پذیرش: ۱۴۰۰/۰۵/۲۲ تاریخ انتشار آنلاین: ۱۲ آبان ۱۴۰۰", "2021-11-03"),
    # a question's filing day beside the answer's own (bare) date, in two calendars
    ("۲۱ مهر ۱۳۹۵ | ۱۰ محرم ۱۴۳۸ تاریخ ثبت پرسش: ۱۷ شهریور ۱۳۹۵ تعداد بازدید: ۲۵۹۱۵", "2016-10-12"),
])
def test_a_qualified_date_label_among_several_days_names_another_event(line, day):
    d = date_line(line)
    assert d is not None and d.localize()[0] == day and d.role in ("published", None)


def test_dates_whose_labels_name_only_other_events_are_no_publication():
    # received and accepted, no publication day shown (a journal page)
    assert date_line("تاریخ دریافت: ۱۳۹۴/۱۲/۱۵ تاریخ پذیرش: ۱۳۹۵/۰۳/۱۸").role == "other"
    # alone, a generic label with its qualifier stays the publication's (no other day to tell apart)
    assert date_line("تاریخ ارسال مطلب: ۱۲ مهر ۱۴۰۱").role == "published"
    # a meta row's dates read together: the row's spans, each a date line of its own
    row = [date_line("تاریخ ثبت پرسش: ۱۳۹۸/۰۷/۲۳"), date_line("تاریخ انتشار: ۱۳۹۸/۰۸/۲۷")]
    assert other_events(row) == ["other", "published"]
    assert other_events(row[:1]) == ["published"]
    # the words after a label's colon are its date's (a mail's «Date: Sat, …» beside another day stays)
    mail = [date_line("Sent: Monday, December 7, 2026 11:40 AM"), date_line("Date: Sat, Dec 5, 2026 at 10:23 AM")]
    assert other_events(mail) == [None, "published"]


@pytest.mark.parametrize("meta,jalali", [
    (["موضوع: اخلاق", "تاریخ ثبت پرسش: ۱۳۹۵/۱۲/۲۴", "تاریخ انتشار: ۱۳۹۶/۰۱/۰۴", "تعداد بازدید: ۲۸۱۶۸"], "1396/01/04"),
    (["۲۵ اسفند ۱۴۰۱ | ۲۳ شعبان ۱۴۴۴", "تاریخ ثبت پرسش: ۶ بهمن ۱۴۰۱"], "1401/12/25"),
])
def test_a_flat_pages_filing_day_in_its_header_is_no_publication(meta, jalali):
    # a Q&A page saved as text: the question's filing day on a line of its own under the headline
    story = ["به گزارش پایگاه پاسخگویی، روزه‌داری در سفرهای کوتاه‌تر از مسافت شرعی واجب است و مسافر باید "
             "پیش از ظهر به وطن برسد تا روزه آن روز از او پذیرفته شود.",
             "وی افزود: کسی که پس از ظهر از سفر بازگردد، روزه آن روز را پس از ماه رمضان قضا می‌کند و کفاره‌ای "
             "بر عهده او نیست، مگر آنکه عمداً سفر را برای فرار از روزه برگزیده باشد."]
    a = extract("\n\n".join(["پرسش و پاسخ دینی", "خانه", "پرسش‌ها", "احکام روزه در سفر", *meta, *story]))
    assert a.published_jalali == jalali


@pytest.mark.parametrize("line", [
    "وزیر در ۱۲ مهر ۱۴۰۱ به مسکو سفر کرد و با همتای خود دیدار کرد",  # a sentence that mentions a date
    "در ۱۲ مهر ۹۸ نفر به این شهر آمدند",                             # a two-digit «year» inside a sentence
    "۳ روز پیش",                                                       # relative
])
def test_not_date_lines(line):
    assert date_line(line) is None


def test_several_dates_found_in_order():
    got = [s.localize()[0] for s in find_stamps("۱۲ تیر ۱۴۰۱ | به‌روزرسانی: ۱۴ تیر ۱۴۰۱ ساعت ۹:۰۵")]
    assert got == ["2022-07-03", "2022-07-05T09:05+04:30"]


# --- properties --------------------------------------------------------------------------------

@st.composite
def jalali_days(draw):
    y = draw(st.integers(1341, 1430))
    m = draw(st.integers(1, 12))
    last = 31 if m <= 6 else 30 if m <= 11 else (30 if jdatetime.date(y, 1, 1).isleap() else 29)
    return jdatetime.date(y, m, draw(st.integers(1, last)))


MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
WEEKDAYS = ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]


@settings(max_examples=300, deadline=None)
@given(jalali_days(), st.sampled_from(["words", "weekday", "mah", "yy", "ymd", "dmy", "yfd", "ymd_decimal"]),
       st.sampled_from([FA, AR, {}]), st.sampled_from([None, (0, 0), (9, 5), (23, 59)]))
def test_formatted_jalali_parses_back(j, shape, digits, clock):
    words = "%d %s %d" % (j.day, MONTHS[j.month - 1], j.year)
    text = {"words": words,
            "weekday": WEEKDAYS[j.weekday()] + "، " + words,
            "mah": "%d %s‌ماه %d" % (j.day, MONTHS[j.month - 1], j.year),
            "yy": "%d %s %02d" % (j.day, MONTHS[j.month - 1], j.year % 100),
            "ymd": "%d/%02d/%02d" % (j.year, j.month, j.day),
            "dmy": "%02d/%02d/%d" % (j.day, j.month, j.year),
            "yfd": "%d %s %d" % (j.year, MONTHS[j.month - 1], j.day),             # a CMS's «Y F d»
            "ymd_decimal": "%d\u066b%02d\u066b%02d" % (j.year, j.month, j.day)}[shape]  # «٫» between
    if clock:
        text += " - %02d:%02d" % clock
    got = parse_date(text.translate(digits))
    assert got is not None, text
    assert got[1] == "%04d/%02d/%02d" % (j.year, j.month, j.day)
    assert got[0][:10] == j.togregorian().isoformat()
    if clock:  # the clock as written, with Tehran's offset of that day (+04:00/+05:00 in 1977–79)
        assert got[0][11:16] == "%02d:%02d" % clock
        assert got[0][16:] in ("+03:30", "+04:30") or (j.year < 1360 and got[0][16:] in ("+04:00", "+05:00"))
    else:
        assert len(got[0]) == 10


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=__import__("datetime").datetime(2000, 1, 1),
                    max_value=__import__("datetime").datetime(2030, 12, 31)))
def test_utc_value_is_the_same_instant_in_tehran(dt):
    from datetime import datetime, timezone

    got = parse_iso(dt.strftime("%Y-%m-%dT%H:%M:%SZ"))[0]
    back = datetime.fromisoformat(got)
    assert back.utcoffset() is not None and back == dt.replace(microsecond=0, tzinfo=timezone.utc)


# --- which date of a page ----------------------------------------------------------------------

BODY = ("به گزارش خبرگزاری ایسنا، این نخستین بند متن خبر است که باید در متن بماند و چند کلمه دارد.\n"
        "بند دوم خبر نیز جزئیات بیشتری را درباره این رویداد که در ۱۵ خرداد ۱۴۰۰ رخ داد بیان می‌کند.\n")


@pytest.mark.parametrize("head,tail,published", [
    # a "today" date above the site's menu bar is not the article's; the one under the title is
    ("سه‌شنبه ۲۰ مهر ۱۴۰۱\nسایت نمونه\nخانه | سیاسی | اقتصادی\nسیاسی\nنشست مجلس برگزار شد\n۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\n", "",
     "2022-10-04T10:00+03:30"),
    # ... and alone it gives no date
    ("سه‌شنبه ۲۰ مهر ۱۴۰۱\nسایت نمونه\nخانه | سیاسی | اقتصادی\nسیاسی\nنشست مجلس برگزار شد\n", "", None),
    # a labelled «امروز» date gives none either, wherever it stands
    ("سیاسی\nامروز: سه‌شنبه ۲۰ مهر ۱۴۰۱\nنشست مجلس برگزار شد\n", "", None),
    # the page's first line right above the section: the site's top bar
    ("پنجشنبه ۲۱ آبان ۱۳۸۳\nسیاسی\nشهادت یک کودک فلسطینی در نابلس\n", "", None),
    # the page's first line among the article's meta lines (news code below it): the article's date
    ("۲۱ مرداد ۱۳۹۵، ۱۶:۰۲\nکد خبر: ۵۳۷۵۸۵۳\nزلاتان ابراهیموویچ\nهدیه پدر ایرلندی به پسر\n", "", "2016-08-11T16:02+04:30"),
    # a date under a vertical menu and above the surtitle: the article's
    ("صفحه نخست\nسیاست\nاقتصاد\nجامعه\n۲۹ مرداد ۱۳۹۹، ۱۵:۵۶\nکد خبر: ۱۳۴۴۷۰\nاستاندار کردستان\nافتتاح پروژه‌ها در کردستان\n",
     "", "2020-08-19T15:56+04:30"),
    # a modification date is not the publication date when there is one (either order)
    ("سیاسی\nنشست مجلس برگزار شد\nآخرین ویرایش: ۱۴ مهر ۱۴۰۱ - ۰۹:۰۰\nانتشار: ۱۲ مهر ۱۴۰۱\n", "", "2022-10-04"),
    ("سیاسی\nنشست مجلس برگزار شد\n۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\nبه‌روزرسانی: ۱۴ مهر ۱۴۰۱ - ۰۹:۰۰\n", "", "2022-10-04T10:00+03:30"),
    # ... nor when it is the only one: the page does not say when the story was published
    ("سیاسی\nنشست مجلس برگزار شد\nبه‌روزرسانی: ۱۴ مهر ۱۴۰۱ - ۰۹:۰۰\n", "", None),
    # Afghanistan's names of the solar months, a Dari spelling of the Gregorian month
    ("ورزش\nنشست مجلس برگزار شد\nمرسل امیری | ۱۳ میزان ۱۳۹۷ – ۵ اکتوبر ۲۰۱۸ | ۲ دیدگاه\n", "", "2018-10-05"),
    # a byline «author | date | comments» with a two-digit year
    ("وبلاگ ما\nنشست مجلس برگزار شد\nنوشته علی رضایی | ۱۲ مهر ۹۸ | ۳ دیدگاه\n", "", "2019-10-04"),
    # a header «today» date in three calendars, the publication date with a two-digit year and dots
    # under the lead: the publication date
    ("یکشنبه ۳ تیر ۱۳۸۶ | ۸ جمادی‌الثانی ۱۴۲۸ | 2007-06-24\nسایت نمونه\nخانه • سیاسی • ورزشی • فرهنگی\nسیاسی\n"
     "نشست مجلس برگزار شد\nنمایندگان امروز در نشستی علنی درباره بودجه سال آینده گفتگو کردند.\n"
     "منتشر شده در ۸۵.۱۰.۲۵\n", "", "2007-01-15"),
    # the dates of related items after the story, and the date in the story, are not the page's
    ("سیاسی\nنشست مجلس برگزار شد\n", "اخبار مرتبط\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱ - ۰۸:۰۰\n", None),
    # the story's date at the very end, past a list of dated related items: labelled, or the byline
    # row «author | date | comments» (issue 12: a site that shows it nowhere else)
    ("سیاسی\nنشست مجلس برگزار شد\n", "مطالب مرتبط\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱\nخبر سوم از مجلس امروز\n"
     "۱۰ مهر ۱۴۰۱\nواکنش کارشناسان به تصمیم تازه\n۹ مهر ۱۴۰۱\nمنتشر شده در ۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\nمینا رحیمی\n",
     "2022-10-04T10:00+03:30"),
    ("سیاسی\nنشست مجلس برگزار شد\n", "مطالب مرتبط\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱\nخبر سوم از مجلس امروز\n"
     "۱۰ مهر ۱۴۰۱\nکاوه رستمی | ۱۰:۰۰ - ۱۲ مهر ۱۴۰۱ | ۳۶ نظر\nلینک کوتاه: https://x.ir/x/1\n",
     "2022-10-04T10:00+03:30"),
    # ... or the one date alone over the story's byline or credit, past the dated items (issue 12:
    # the date nearest the story's signature)
    ("سیاسی\nنشست مجلس برگزار شد\n", "مطالب مرتبط\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱\nخبر سوم از مجلس امروز\n"
     "۱۰ مهر ۱۴۰۱\n■\n۱۲ مهر ۱۴۰۱، ساعت ۱۰:۰۰\nبه قلم مینا رحیمی\nمینا رحیمی روزنامه‌نگار است.\n",
     "2022-10-04T10:00+03:30"),
    ("سیاسی\nنشست مجلس برگزار شد\n", "تبلیغات\nبیمه بدنه ارزان‌تر از همه جا\n۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\n"
     "منبع خبر: ایسنا\nخبرهای مشابه\nخبر دیگری از مجلس\n", "2022-10-04T10:00+03:30"),
    # ... not the last dated item of the list over the credit
    ("سیاسی\nنشست مجلس برگزار شد\n", "مطالب مرتبط\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱\nخبر سوم از مجلس امروز\n"
     "۱۰ مهر ۱۴۰۱\nمنبع: ایسنا\n", None),
    # ... but two such rows are the comments' (each its writer's), no story's
    ("سیاسی\nنشست مجلس برگزار شد\n", "دیدگاه کاربران\nنرگس | ۱۳ مهر ۱۴۰۱ | پاسخ\nخیلی خوب بود\n"
     "رضا | ۱۴ مهر ۱۴۰۱ | پاسخ\nموافقم\n", None),
    # a relative date gives no date
    ("سیاسی\n۲ ساعت پیش\nنشست مجلس برگزار شد\n", "", None),
    # one line in three calendars
    ("فرهنگی\nشنبه ۱۲ تیر ۱۴۰۱ - ۳ ژوئیه ۲۰۲۲ - ۴ ذی‌الحجه ۱۴۴۳\nبرگزاری آیین سنتی در استان\n", "", "2022-07-03"),
    # the site header's "today" shown again in a trail nearer the title: the byline row's date is the story's
    ("پنج‌شنبه ۲۴ فروردین ۱۳۹۱\nخانه | سیاسی | اقتصادی | اجتماعی\nرضا کاظمی | ۹ ژانویه ۲۰۱۲ | ۲۲ نظر\n"
     "پنج‌شنبه ۲۴ فروردین ۱۳۹۱ » سرویس‌ها » اجتماعی\nنشست مجلس برگزار شد\n", "", "2012-01-09"),
    # the page's first line is the story's byline row (a name, the date, a count of comments), no site's top bar
    ("رضا کاظمی | ۹ ژانویه ۲۰۱۲ | ۲۲ نظر\nحمید استیلی\nنشست مجلس برگزار شد\n", "", "2012-01-09"),
    # the date and its clock time in two fields, one a line: the clock is the date's
    ("سیاسی\nنشست مجلس برگزار شد\nتاریخ: ۱۴۰۱/۰۷/۱۴\nساعت: ۱۰:۲۰\n", "", "2022-10-06T10:20+03:30"),
    # the headline over its meta block (date, counters, print buttons), again over the story: the
    # date under the first is the article's, not the site header's
    ("سایت نمونه\n۲۰ مهر ۱۴۰۱\nخانه | سیاسی | اقتصادی\nنشست مجلس برگزار شد\nتاریخ انتشار: ۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\n"
     "تعداد بازدید: ۱۲۳\n🖨 چاپ | 📧 ارسال\nنشست مجلس برگزار شد\n", "", "2022-10-04T10:00+03:30"),
    ("سایت نمونه\n۲۰ مهر ۱۴۰۱\nخانه | سیاسی | اقتصادی\nنشست مجلس برگزار شد\nنوشته مینا رحیمی · ۱ دقیقه مطالعه\n"
     "۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\nنسخه چاپی | ارسال به دوستان\nنشست مجلس برگزار شد\n", "", "2022-10-04T10:00+03:30"),
    # ... a row of its share buttons between the headline and its byline and date, an update line
    # under the date: the date is the article's
    ("سایت نمونه\n۲۰ مهر ۱۴۰۱\nخانه | سیاسی | اقتصادی\nنشست مجلس برگزار شد\n"
     "اشتراک: تلگرام | واتساپ | ایتا | کپی لینک\nنوشته مینا رحیمی · ۱ دقیقه مطالعه\n"
     "تاریخ انتشار: ۱۲ مهر ۱۴۰۱ | ۱۰:۰۰\nآخرین به‌روزرسانی: ۱۴ مهر ۱۴۰۱ | ۱۲:۰۰\nتعداد بازدید: ۱۲۳\n"
     "A+ | A- | چاپ\nنشست مجلس برگزار شد\n", "", "2022-10-04T10:00+03:30"),
    # ... but the page's first line over the site's menu bar and the date of the visit is no such headline
    ("نشست مجلس برگزار شد\nصفحه اصلی | اخبار | گزارش | عکس | ویدیو\n۲۰ مهر ۱۴۰۱\nتعداد بازدید: ۱۲۳\n"
     "A+ | A- | چاپ\nنشست مجلس برگزار شد\n", "", None),
    # ... not under another story's headline (a teaser's date over the page's buttons)
    ("سایت نمونه\n۲۰ مهر ۱۴۰۱\nخانه | سیاسی | اقتصادی\nخبر دیگری از مجلس امروز\n۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\n"
     "تعداد بازدید: ۱۲۳\n🖨 چاپ | 📧 ارسال\nنشست مجلس برگزار شد\n", "", None),
    # ... but a story of the visit's day keeps it
    ("پنج‌شنبه ۲۴ فروردین ۱۳۹۱\nخانه | سیاسی | اقتصادی | اجتماعی\nنشست مجلس برگزار شد\n۲۴ فروردین ۱۳۹۱ - ۱۰:۲۰\n",
     "", "2012-04-12T10:20+04:30"),
    # a date the year first with the month's name, or with «٫» between its numbers, under the
    # headline: the page's date, and no headline
    ("سایت نمونه\nخانه | سیاسی | اقتصادی\nنشست مجلس برگزار شد\n۱۴۰۱ مهر ۱۲ - ۱۰:۰۰\n", "", "2022-10-04T10:00+03:30"),
    ("سایت نمونه\nخانه | سیاسی | اقتصادی\nنشست مجلس برگزار شد\n۱۰:۰۰ | ۱۴۰۱٫۰۷٫۱۲\n", "", "2022-10-04T10:00+03:30"),
    # the day a reader saw the page (a printed copy's header) is no date of the story's
    ("تاریخ مشاهده: ۲۰ آذر ۱۴۰۵\nسایت نمونه\nخانه | سیاسی | اقتصادی\nنشست مجلس برگزار شد\n", "", None),
    ("تاریخ دسترسی: ۲۰ آذر ۱۴۰۵\nسایت نمونه\nخانه | سیاسی | اقتصادی\nنشست مجلس برگزار شد\n۱۲ مهر ۱۴۰۱\n", "",
     "2022-10-04"),
])
def test_which_date_is_published(head, tail, published):
    assert extract(head + BODY + "انتهای پیام/\n" + tail).published == published


PARAS = "".join("<p>بند شماره %d این خبر آزمایشی جزئیات بیشتری دارد و باید در متن بماند چون بخشی از خبر است.</p>" % i
                for i in range(3))


@pytest.mark.parametrize("head,article,published", [
    # meta in UTC: the instant in Tehran time, on its Tehran day
    ('<meta property="article:published_time" content="2019-05-29T19:50:37Z">', "", "2019-05-30T00:20:37+04:30"),
    # JSON-LD with an offset: kept
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
     '"datePublished": "2019-05-30T00:20:37+04:30"}</script>', "", "2019-05-30T00:20:37+04:30"),
    # a modification meta is not the publication date when there is one
    ('<meta property="article:modified_time" content="2022-10-06T09:00:00+03:30">'
     '<meta property="article:published_time" content="2022-10-04T10:00:00+03:30">', "", "2022-10-04T10:00:00+03:30"),
    # ... nor when it is the only one
    ('<meta property="article:modified_time" content="2022-10-06T09:00:00+03:30">', "", None),
    # <time datetime> in the article's header, dated related items below the story
    ("", '<time datetime="2022-10-04T10:00:00+03:30">۱۲ مهر</time>', "2022-10-04T10:00:00+03:30"),
    # <time> with a Persian date as its text
    ("", "<time>۱۲ مهر ۱۴۰۱ - ۱۰:۰۰</time>", "2022-10-04T10:00+03:30"),
    # the top bar's untimed day is not the article's
    ("", "", None),
    # nor a timed one with the site's menu between it and the headline
    ("", "<div class='clock'>۲۰ مهر ۱۴۰۱ - ۰۹:۱۲</div><nav><a>خانه</a><a>سیاسی</a><a>اقتصادی</a></nav>", None),
])
def test_html_which_date_is_published(head, article, published):
    page = ("<html><head>%s</head><body><div class='top'><span>سه‌شنبه ۲۰ مهر ۱۴۰۱</span></div><main>%s"
            "<h1>عنوان خبر آزمایشی امروز</h1><div class='txt'>%s</div><ul class='rel'><li><a>خبر دیگر</a>"
            "<time datetime='2022-10-01'>۹ مهر</time></li></ul></main></body></html>") % (head, article, PARAS)
    assert extract(page).published == published


# --- layouts the dev pages do not have ---------------------------------------------------------

@pytest.mark.parametrize("family", sorted(date_layouts.FAMILIES))
def test_date_layouts(family):
    gate = floors.measured("date_layouts")
    rows = date_layouts.build(family, **gate.params)
    exact = sum(extract(raw).published == exp for _, raw, exp in rows) / len(rows)
    false_dates = sum(exp is None and extract(raw).published is not None for _, raw, exp in rows)
    scores = {"exact": exact, "false_dates": false_dates}
    assert not floors.below(scores, gate.min) and not floors.above(scores, gate.max), scores


def test_date_in_the_posts_meta_row_under_the_story():
    # a mirror of a channel post: no date above it; under it a row of the post's counters with its
    # date (no label says «published»); the dates of the items listed after it are not the post's
    page = ("کانال نمونه\n@channel_x\n۹ هزار عضو\nنشست مجلس برگزار شد\n" + BODY + "🆔 @channel_x\n"
            "بازدید: 76.1K · 📅 1393/02/22 - 12:35\nپست‌های اخیر این کانال\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱ - ۰۸:۰۰\n")
    assert extract(page).published == "2014-05-12T12:35+04:30"
    # ... also under the end marker that opens the tail
    page = ("کانال نمونه\n@channel_x\n۹ هزار عضو\nنشست مجلس برگزار شد\n" + BODY + "انتهای پیام\n"
            "بازدید: 76.1K · 📅 1393/02/22 - 12:35\nپست‌های اخیر این کانال\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱ - ۰۸:۰۰\n")
    assert extract(page).published == "2014-05-12T12:35+04:30"
    # a related item's date in the same place, beside its headline, is not
    page = ("کانال نمونه\n@channel_x\n۹ هزار عضو\nنشست مجلس برگزار شد\n" + BODY + "🆔 @channel_x\n"
            "خبر دیگری از مجلس - 1393/02/22 - 12:35\nپست‌های اخیر این کانال\n")
    assert extract(page).published is None


def test_the_pages_one_time_element_under_the_story_dates_it():
    # a channel mirror's post: its one <time datetime> under the story, the story's credit and the
    # channel's handle between (not only a credit or counters: nothing there says the date closes the
    # story), its text a counter and the day
    article = ("<article><h1>نشست مجلس برگزار شد</h1>%s<div>منبع : خبرگزاری فارس</div><div>🆔 @channel_x</div>"
               "<div class='st'>"
               "<time datetime='2014-05-12T12:35:00+04:30'><span>👁 ۷۶.۱K</span> · <span>📅 ۱۲:۳۵ - ۱۲ مه ۲۰۱۴"
               "</span></time></div></article>") % PARAS
    related = ("<section><h3>پست‌های دیگر</h3><ul><li><a href='/n/1'>خبر دیگری از مجلس</a></li>"
               "<li><a href='/n/2'>خبر سوم از مجلس</a></li></ul></section>")
    page = "<html><body><header><div>کانال‌یاب</div></header><main>%s%s</main></body></html>"
    assert extract(page % (article, related)).published == "2014-05-12T12:35:00+04:30"
    # the one time element in a related item's list entry dates another story, not this one
    bare = article.replace("<time datetime='2014-05-12T12:35:00+04:30'>", "<span>").replace("</time>", "</span>")
    bare = bare.replace("۱۲:۳۵ - ۱۲ مه ۲۰۱۴", "")
    with_item = related.replace("</a></li>", "</a><time datetime='2014-05-10T09:00:00+04:30'>۱۰ مه</time></li>", 1)
    assert extract(page % (bare, with_item)).published is None
    # a time element that says it is the update's
    updated = article.replace("<span>📅", "<span>به‌روزرسانی:")
    assert extract(page % (updated, related)).published is None


def test_labelled_date_under_the_story():
    # «تاریخ انتشار» below the text, after the end marker: the article's; a related item's is not
    page = ("سیاسی\nنشست مجلس برگزار شد\n" + BODY + "انتهای پیام/\nتاریخ انتشار: ۱۲ مهر ۱۴۰۱ - ۱۰:۰۰\n"
            "اخبار مرتبط\nخبر دیگری از مجلس\n۱۱ مهر ۱۴۰۱ - ۰۸:۰۰\n")
    assert extract(page).published == "2022-10-04T10:00+03:30"


@pytest.mark.parametrize("row,published", [
    ("نویسنده: مریم احمدی | ۱۲ مهر ۱۴۰۱", "2022-10-04"),                     # the writer's label, the day
    ("به قلم مریم احمدی - ۱۲ مهر ۱۴۰۱ - ۱۰:۰۰", "2022-10-04T10:00+03:30"),  # ... and a clock
    ("خبر دیگری از مجلس | ۱۲ مهر ۱۴۰۱", None),                             # a related item's row: no writer
])
def test_signed_row_under_the_story(row, published):
    # the story's signed row under its last paragraph, a byline by its words and its date, no counter
    page = "سیاسی\nنشست مجلس برگزار شد\n" + BODY + row + "\nدرباره ما | تماس با ما\n"
    assert extract(page).published == published


_SIGNED = ("<html><body><header><div>شنبه ۱۸ فروردین ۱۴۰۳</div><nav><a href='/'>خانه</a> <a href='/s'>سیاسی</a>"
           "</nav></header><main><article><h1>عنوان خبر آزمایشی امروز</h1><div class='body'>%s%s</div></article>"
           "%s</main><footer>درباره ما | تماس با ما</footer></body></html>")


@pytest.mark.parametrize("inside,after,published", [
    # the story's signed row under its last paragraph, in the article
    ("<div class='by'>نویسنده: مریم احمدی | ۱۲ مهر ۱۴۰۱</div>", "", "2022-10-04"),
    # the story's stamp right after the <article> element, outside it: the article holds no date
    ("", "<div class='st'>۱۴۰۱/۰۷/۱۲ - ۱۰:۰۰</div>", "2022-10-04T10:00+03:30"),
    ("", "<div>منبع: ایرنا</div><div class='st'>۱۲ مهر ۱۴۰۱</div>", "2022-10-04"),  # a credit between
    # ... not a related box's items there (a heading and links between), nor a comment's under a name
    ("", "<section><h3>مطالب مرتبط</h3><ul><li><a href='/n/1'>خبر دیگری از مجلس</a> ۱۲ مهر ۱۴۰۱</li></ul>"
         "</section>", None),
    ("", "<div class='c'><b>مریم</b><div>۱۵ مهر ۱۴۰۱</div><p>بسیار خوب بود</p></div>", None),
], ids=["signed row", "stamp after the article", "credit, then the stamp", "related box", "comment"])
def test_html_date_closing_the_story_in_or_after_its_article(inside, after, published):
    assert extract(_SIGNED % (PARAS, inside, after)).published == published


# --- a date among other meta fields of one line -------------------------------------------------

@pytest.mark.parametrize("line,published,role", [
    ("2 مه 2011  کد خبر: ۲۸۸۲۵۷  تعداد بازدید: ۸۳۳۹", "2011-05-02", None),            # two spaces
    ("30 ژوئن 2012 کد خبر: ۲۷۴۸۸۰۵ تعداد بازدید: ۸۸۲۳۲", "2012-06-30", None),          # «label:» boundaries
    ("منتشر شده در ۱۴ خرداد ۱۴۰۰ - ۱۳:۲۸  کد مطلب : ۸۳۹۴۳۹۸  👁 ۸۵۹۴۹", "2021-06-04T13:28+04:30",
     "published"),                                                                  # a dash inside the date
    ("منتشرشده در ۹۵/۰۸/۰۸ | ۰۹:۴۳  News ID: ۷۴۱۳۲۶۰  تعداد بازدید: ۷۹۷۴۲", "2016-10-29T09:43+03:30",
     "published"),
])
def test_date_among_meta_fields(line, published, role):
    d = date_line(line)
    assert d is not None and d.localize()[0] == published and d.role == role


@pytest.mark.parametrize("line,published", [
    # a counter's value, then the date one space after it: two values, the date's field alone
    ("بازدید: ۴۲.۷K ۱۴ آبان ۹۷", "2018-11-05"),                 # the counter's label and a unit letter
    ("👁 ۳.۸K ۹ مارس ۲۰۱۸", "2018-03-09"),                        # its icon
    ("تعداد نظرات: ۱۲ ۲۲ بهمن ۹۲", "2014-02-11"),                 # its label, no unit
])
def test_date_right_after_a_counter(line, published):
    d = date_line(line)
    assert d is not None and d.localize()[0] == published


@pytest.mark.parametrize("line", [
    "ایران ۲ ۱۴ آبان ۹۷",           # a bare number before the date: a score, a count in words, no counter
    "۱۵۰ ۱۴ آبان ۹۷",
])
def test_a_bare_number_before_a_two_digit_year_is_no_counter(line):
    assert date_line(line) is None


@pytest.mark.parametrize("line,published", [
    # a relative note beside the absolute date says the same day again; an author after a slash
    ("١٣٩٠/١١/٢٨ - ١٢:١٠ (٢٣ دقیقه پیش) / الهام یزدانی", "2012-02-17T12:10+03:30"),
    ("1401/07/12 14:30 (3 ساعت قبل) / نوشته مریم احمدی", "2022-10-04T14:30+03:30"),
    # an icon, the clock before the date, the relative note last
    ("🕒 ساعت ١١:١٠ - ٢٨ اردیبهشت ١٣٩٧ (٢٩ دقیقه قبل)", "2018-05-18T11:10+04:30"),
    ("⏰ ۰۹:۰۵ ، ۳ آبان ۱۴۰۰ — چند ساعت پیش", "2021-10-25T09:05+03:30"),
    ("📅 ۱۲ مهر ۹۸ (۳ روز پیش)", "2019-10-04"),
])
def test_date_with_a_relative_note_or_an_icon(line, published):
    d = date_line(line)
    assert d is not None and d.localize()[0] == published


@pytest.mark.parametrize("line", [
    "حادثه ۱۲ مهر ۱۴۰۱ - گزارش کامل از صحنه",          # a headline with a date: its other part is words
    "۱۲ مهر ۱۴۰۱  وزیر امروز به مسکو سفر کرد و دیدار داشت",
    "وزیر در ۱۲ مهر ۱۴۰۱ به مسکو سفر کرد (۲ روز پیش)",   # a relative note does not make a sentence a date
])
def test_date_beside_prose_is_no_date_line(line):
    assert date_line(line) is None


def test_meta_field_line_is_neither_title_nor_date():
    # the headline above a row of meta fields (a relative date, a code, a counter) is the title;
    # the row with a real date gives the date
    body = ("استاد دانشگاه در گفت و گو با خبرنگاران افزود که دولت می‌تواند نرخ ارز را در بازار کنترل کند"
            " و این موضوع در سال گذشته هم تکرار شده بود و کارشناسان نیز آن را تایید کرده‌اند.\n") * 4
    page = ("اقتصاد\nدولت امسال ده هزار میلیارد ریال کسری بودجه دارد\n"
            "۳ هفته پیش  کد خبر: ۴۷۴۳۰۷۹  ۶۵۹۶۱ بار خوانده شده\n" + body)
    got = extract(page)
    assert got.title == "دولت امسال ده هزار میلیارد ریال کسری بودجه دارد"
    assert got.published is None
    page = ("اقتصاد\nدولت امسال ده هزار میلیارد ریال کسری بودجه دارد\n"
            "30 ژوئن 2012  کد خبر: ۲۷۴۸۸۰۵  تعداد بازدید: ۸۸۲۳۲\n" + body)
    got = extract(page)
    assert got.title == "دولت امسال ده هزار میلیارد ریال کسری بودجه دارد"
    assert got.published == "2012-06-30"


def test_counter_under_meta_lines_is_not_the_title():
    # the meta fields one per line under the byline: the view counter «۷۱۲۳۱ بار خوانده شده»
    # (a long number and three words) below them is no headline
    body = ("استاد دانشگاه در گفت و گو با خبرنگاران افزود که دولت می‌تواند نرخ ارز را در بازار کنترل کند"
            " و این موضوع در سال گذشته هم تکرار شده بود و کارشناسان نیز آن را تایید کرده‌اند.\n") * 4
    page = ("موضوع: فوتبال جهان\nتوجیه عجیب منصوریان در مورد جدایی مگویان\n\nتهیه و تنظیم: فاطمه شریفی\n"
            "۱۰ ساعت پیش\nکد خبر: ۴۶۱۵۸۹۸\n۷۱۲۳۱ بار خوانده شده\n" + body)
    assert extract(page).title == "توجیه عجیب منصوریان در مورد جدایی مگویان"
    # a headline with a figure right under a section label is still the title
    page = "موضوع: اقتصاد\n۱۲۰۰ میلیارد تومان وام ازدواج\n" + body
    assert extract(page).title == "۱۲۰۰ میلیارد تومان وام ازدواج"


@pytest.mark.parametrize("date_p,after,published", [
    # a labelled publication date in a paragraph of the header, beside the story's code
    ("<p class='cyz2'>انتشار: 1392/01/25 - 21:53  News ID: ۸۲۴۳۴۱۹</p>", "", "2013-04-14T21:53+04:30"),
    # a bare date in a paragraph between the headline and the story
    ("<p class='x6'>۱۴۰۰-۰۲-۱۴</p>", "", "2021-05-04"),
    # ... but not inside the story (a paragraph there says something else)
    ("", "<p>۱۲ مهر ۱۴۰۱</p>", None),
])
def test_html_date_in_a_paragraph(date_p, after, published):
    page = ("<html><body><main><h1>عنوان خبر آزمایشی امروز</h1>%s<div class='txt'>%s%s%s</div></main>"
            "</body></html>") % (date_p, PARAS, after, PARAS)
    assert extract(page).published == published


def test_date_under_the_story_past_the_sites_own_lines(tmp_path):
    # a channel mirror: its «Forwarded from X» and handle lines under every post (the run learns
    # them as the site's), then the post's date alone, then a related list with dates: the date
    # right under the story, past the site's short lines, is the post's
    from conftest import read_rows, story_bodies
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(10, paras=3)):
        day = jdatetime.date(1399, 1 + i % 12, 1 + i).strftime("%Y/%m/%d")
        title = " ".join(paras[0].split()[:7])  # (each page its own headline)
        lines = ["کانال‌نما", "جستجو در کانال‌ها", title, *paras,
                 "Forwarded from کانال خبر", "🆔 @khabar_kanal", day, "پست‌های دیگر",
                 f"خبر دیگری از این کانال درباره موضوع {i + 2}", f"1399/0{1 + (i + 3) % 9}/2{i % 9}",
                 "کلیه حقوق این سایت محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    for i in range(10):
        want = jdatetime.date(1399, 1 + i % 12, 1 + i).togregorian().isoformat()
        assert (rows[f"p{i:02d}"]["published"] or "")[:10] == want, i


@pytest.mark.parametrize("between", [
    ["منبع: خبرگزاری فارس", "۲ دیدگاه"],                       # the credit, a comment counter
    ["منبع: خبرگزاری فارس", "پیشنهاد ما: خبر دیگری از همین سایت درباره بازار"],  # suggested items
])
def test_a_comment_date_beside_its_writer_is_not_the_story_date(between):
    paras = ["مدیر کل آموزش و پرورش استان امروز از آغاز ثبت نام مدارس در سراسر استان از هفته آینده خبر داد.",
             "او افزود که ثبت نام به صورت اینترنتی انجام می‌شود و خانواده‌ها نیازی به مراجعه حضوری ندارند.",
             "وی همچنین گفت که مهلت ثبت نام تا پایان ماه ادامه دارد و پس از آن تمدید نخواهد شد."]
    # a page that shows no date of its own; the first date under the story is a comment's,
    # beside the name of its writer, in the tail: not the story's
    page = "\n\n".join(["سایت نمونه", "عنوان خبر آزمایشی امروز درباره بازار", *paras, *between,
                        "محمد | ۲۸ مرداد ۱۳۸۴ ساعت ۰۶:۲۰", "واقعا جای تاسف داره، کاش مسئولین یه فکری بکنن.",
                        "پاسخ دادن", "درباره ما | تماس"]) + "\n"
    assert extract(page).published is None


def test_a_comment_date_in_a_sites_tail_is_not_the_story_date(tmp_path):
    # the same over a run of one site, whose template then knows its tail: pages with no date of
    # their own, comments under the story (a counter, then «name | date»): no publication date
    from conftest import read_rows, story_bodies
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    names = ["محمد", "علی از شیراز", "مریم", "رضا"]
    for i, paras in enumerate(story_bodies(10, paras=3)):
        months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی"]
        day = f"{1 + i} {months[i]} 1398".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        title = " ".join(paras[0].split()[:7])
        fa = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
        tail = ["منبع: خبرگزاری فارس", f"پیشنهاد ما: خبر دیگری از همین سایت درباره موضوع شماره {i + 3}",
                f"پیشنهاد ما: گزارشی تازه از بازار کالا در روز {i + 5} ماه", f"{1 + i % 4} دیدگاه".translate(fa),
                f"{names[i % 4]} | {day} ساعت ۰۶:۲۰",
                "واقعا جای تاسف داره، کاش مسئولین یه فکری بکنن.", "", "پاسخ دادن", "", "درباره تیزبین | تماس | تبلیغات"]
        page = "\n\n".join(["تیزبین", "صفحه نخست | سیاسی | اقتصادی", title, *paras]) + "\n\n" + "\n".join(tail)
        (src / f"p{i:02d}.txt").write_text(page + "\n", encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    assert [rows[f"p{i:02d}"]["published"] for i in range(10)] == [None] * 10


@pytest.mark.parametrize("line,alone", [
    ("۲۸ مرداد ۱۳۸۴ ساعت ۰۶:۲۰", True),
    ("جمعه ۱۳۹۵.۱.۱۳، ساعت ۰۷:۲۲", True),            # a weekday and «ساعت» belong to the date
    ("پنج‌شنبه ۱۲ مهر ۱۴۰۲", True),
    ("محمد | ۲۸ مرداد ۱۳۸۴ ساعت ۰۶:۲۰", False),       # a comment's writer beside its date
    ("علی از شیراز | ۳۰ مرداد ۱۳۸۴", False),
    ("دوشنبه ۳ خرداد ۱۴۰۰ - ۱۲ شوال ۱۴۴۲", True),     # the day again in the Hijri calendar
    ("دوشنبه ۳ خرداد ۱۴۰۰ - ۱۲ شوال ۱۴۴۲ | محمد", False),
    ("۱۳۹۶/۰۹/۲۲ - ۱۴:۳۱ (۴۵ دقیقه پیش)", True),        # its age: the same day said again
    ("۱۳۹۰/۱۲/۲۴ - ۱۹:۴۴ (۱۹ ساعت قبل)", True),
    ("مریم | ۱۳۹۰/۱۲/۲۴ (۲ روز پیش)", False),          # a comment's writer beside its date and age
])
def test_a_date_alone_on_its_line(line, alone):
    from palayesh.extract.dates import date_alone
    assert date_alone(line) is alone


def test_html_date_alone_under_the_story_before_other_teasers():
    # no header date: the date alone right under the story's last paragraph is the story's, though
    # another story's teaser (a paragraph of its own, no link) stands further down the page
    page = ("<html><body><div class='w'><h1>عنوان خبر آزمایشی امروز</h1>" + PARAS
            + "<span class='x'>۱۱ مرداد ۹۱ - ۱۳ رمضان ۱۴۳۳، ساعت ۱۲:۲۳</span></div><span>(خبرگزاری فارس)</span>"
            "<span>مطلب قبلی</span><p>خبر خوش رئیس ستاد برای زوج‌های جوان و اهدای پنج هزار جهیزیه به تازه عروس و دامادها</p>"
            "<li>نسخه الکترونیکی نشریات</li><li>۲ مرداد ۹۱ - ۰۸:۱۰</li></body></html>")
    assert extract(page).published == "2012-08-01T12:23+04:30"


def test_html_date_under_a_story_written_with_line_breaks():
    # the story is one block of lines set apart by <br> (a blog's post), its <time> right under it
    lines = "<br>".join("خط شماره %d این یادداشت وبلاگ درباره سفر تابستانی ما به شمال کشور و دیدار با دوستان است." % i
                        for i in range(12))
    page = ("<html><head><meta property='og:title' content='سفر تابستانی به شمال'></head><body>"
            "<div class='top'>2019-12-25</div><table><tr><td><h2>سفر تابستانی به شمال</h2><div>۶ روز قبل</div>"
            f"<div class='pc'>{lines}</div><time datetime='2018-08-16T08:52:00+04:30'>08:52 - 2018-08-16</time>"
            "<div>انتهای پیام/</div><div>نویسنده: سعید توکلی</div></td></tr></table></body></html>")
    assert extract(page).published == "2018-08-16T08:52:00+04:30"


def test_html_date_under_a_story_set_in_divs():
    # the story's paragraphs are <div>s of one class (no <p>), its date a <span> right under them,
    # then a related box of dated items: the date under the story is the story's
    paras = "<div class='k4'>بیشتر بخوانید: خبر دیگری از همین سایت</div>".join(
        f"<div class='fx91'>بند شماره {i} این خبر آزمایشی جزئیات بیشتری دارد و باید در متن بماند چون بخشی از خبر"
        " است.</div>" for i in range(8))
    page = ("<html><body><div class='top'>شنبه ۱۱ اردیبهشت ۱۴۰۰</div><nav>صفحه نخست | انتظامی | ویدیو</nav>"
            f"<h1>عنوان خبر آزمایشی امروز</h1><div>👁 21,895</div><div class='w'>{paras}"
            "<span class='p-hd5'>۱۳۹۸-۰۴-۱۲، ساعت ۱۰:۲۲</span></div><div class='p-hd5'><h3>مطالب مرتبط</h3><ul>"
            "<li><a href='/n/1'>آغاز ثبت‌نام دوره‌های آموزشی تابستانی</a> <span>۱۳۹۸-۰۳-۰۳</span></li>"
            "<li><a href='/n/2'>گزارش تازه درباره وضعیت بازار مسکن</a> <span>۱۳۹۸-۰۲-۱۹</span></li></ul></div>"
            "<div class='e'>انتهای خبر</div></body></html>")
    assert extract(page).published == "2019-07-03T10:22+04:30"


@pytest.mark.parametrize("shown", ["۱۸ اسفند ۰۰ - ۹ مارس ۲۰۲۲", "۹ مارس ۲۰۲۲ - ۱۸ اسفند ۱۴۰۰"])
def test_html_date_in_two_calendars_alone_under_the_story(shown):
    # the day in two calendars, alone under the story's last paragraph (its section's label beside):
    # the date takes all of its element, though each calendar's date takes half of it
    page = ("<html><body><div class='top'>شنبه ۱۸ فروردین ۱۴۰۳</div><main><article><h1>عنوان خبر آزمایشی امروز"
            f"</h1><div>۸۶,۵۷۵ بازدید</div><div class='body'>{PARAS}<span>{shown}</span><span>گروه خبری: اجتماعی"
            "</span></div></article></main></body></html>")
    assert extract(page).published == "2022-03-09"


@pytest.mark.parametrize("line,day", [
    ("شنبه ۹۴/۱۰/۲۶", "2016-01-16"),                            # a weekday before a two-digit year
    ("انتشار: شنبه ٩٤/١٠/٢٦، ساعت ١١:٣٦", "2016-01-16"),       # ... labelled, Arabic-Indic digits, a clock
    ("دیروز شنبه ۹۴/۱۰/۲۶ رفتیم", None),                         # inside a phrase: no date line
])
def test_weekday_beside_a_two_digit_year(line, day):
    d = date_line(line)
    assert (d.stamp.day.isoformat() if d else None) == day


@pytest.mark.parametrize("marker", ["/ن", "▪", "ختم خبر"])
def test_date_under_the_storys_end_marker(marker):
    # under the story's last line, its end marker in the site's own words, then the date alone
    # with a relative note, then the credit: the story's date
    page = ("سیاسی\nنشست مجلس برگزار شد\n" + BODY + f"{marker}\n۱۳۹۸/۱۰/۲۱ - ۰۵:۳۳ (۲ دقیقه پیش)\n"
            "به نقل از خبرگزاری جمهوری اسلامی (ایرنا)\nمطالب مرتبط\nخبر دیگری از مجلس\n")
    assert extract(page).published == "2020-01-11T05:33+03:30"
    # a related item's headline over a date there is no marker: the date is the item's
    page = ("سیاسی\nنشست مجلس برگزار شد\n" + BODY + "نشست دیگر مجلس هفته آینده\n"
            "۱۳۹۸/۱۰/۲۱ - ۰۵:۳۳ (۲ دقیقه پیش)\n")
    assert extract(page).published is None


@pytest.mark.parametrize("shown,marker", [
    ("۱۳۹۲/۱۰/۰۹ - ۱۹:۳۸ (۱۰ ساعت پیش)", "<div>/ن</div>"),                    # a bare date under a marker
    ("تاریخ انتشار: 1392/10/9 19:38 (10 ساعت پیش)", "<div>انتهای خبر</div>"),  # labelled in the <time>'s text
])
def test_html_time_under_the_story_and_its_end_marker(shown, marker):
    page = ("<html><body><div class='w'><h1>عنوان خبر آزمایشی امروز</h1><div>تعداد بازدید : ۳۱,۷۲۱</div>"
            + PARAS + f"</div><div>{marker}<div class='q'><time datetime='2013-12-30T19:38:00+03:30'>{shown}"
            "</time></div><div>به نقل از فارس</div></div><ul><li><a href='/n/1'>خبر دیگری از مجلس</a></li>"
            "<li><a href='/n/2'>1394/6/7</a></li></ul></body></html>")
    assert extract(page).published == "2013-12-30T19:38:00+03:30"


@pytest.mark.parametrize("tags", [
    "برچسب‌ها: شورای شهر، طرح عمرانی، شهرداری",              # one line: a label and its tags
    "کلیدواژه‌ها: شورای شهر | فرهنگ و هنر | شهرداری",          # another label, bars, a tag with «و»
    "موضوعات\nشورای شهر\nطرح عمرانی\nشهرداری",                 # the label over one tag a line
])
def test_date_under_the_storys_tags(tags):
    # under the story, its tags (whatever their label), then its date alone, then dated related items
    page = ("سیاسی\nنشست مجلس برگزار شد\n" + BODY + tags + "\n۱۳۹۸/۱۰/۲۱ - ۰۵:۳۳\n"
            "اخبار مرتبط\nخبر دیگری از مجلس\n۱۳۹۸/۱۰/۱۹ - ۰۸:۰۰\n")
    assert extract(page).published == "2020-01-11T05:33+03:30"


@pytest.mark.parametrize("between", [
    "نظرات\nعلی: عالی بود، ممنون",          # a comment «name: text», its clause no list of tags
    "اخبار مرتبط\nخبر دیگری از مجلس",       # one related item under its box's heading
])
def test_a_date_under_a_comment_or_an_item_is_not_the_storys(between):
    page = "سیاسی\nنشست مجلس برگزار شد\n" + BODY + between + "\n۱۳۹۸/۱۰/۲۱ - ۰۵:۳۳\n"
    assert extract(page).published is None


@pytest.mark.parametrize("after,published", [
    ("<div>برچسب‌ها: <a href='/t/1'>شورای شهر</a>، <a href='/t/2'>شهرداری</a></div>", "2020-01-11T05:33+03:30"),
    ("<div>اخبار مرتبط:</div><div><a href='/n/1'>خبر دیگری از مجلس</a></div>", None),  # one item: its date
])
def test_html_date_under_the_storys_tag_links(after, published):
    page = ("<html><body><main><article><h1>عنوان خبر آزمایشی امروز</h1>" + PARAS + after
            + "<div class='d'>۱۳۹۸/۱۰/۲۱ - ۰۵:۳۳</div></article></main></body></html>")
    assert extract(page).published == published


@pytest.mark.parametrize("signature", [
    ["پایان خبر"],                              # the site's end marker under every story
    ["انتهای خبر", "منبع: خبرگزاری فارس"],       # its end marker, then the story's credit
])
def test_date_under_the_storys_signature_past_a_related_box(tmp_path, signature):
    # a site that shows the story's date at the very end, under its signature, past a related box
    # whose items each carry a date (in two calendars, like the story's): the story's date is the
    # one under the signature, not the first item's
    from conftest import read_rows, story_bodies
    from palayesh import refine

    fa = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی"]

    def shown(day):  # «۱۰ فروردین ۱۴۰۰ - 30 March 2021»: the day in two calendars
        return f"{day.day} {months[day.month - 1]} {day.year}".translate(fa) \
            + " - " + day.togregorian().strftime("%d %B %Y")

    src = tmp_path / "pages"
    src.mkdir()
    want = {}
    stories = story_bodies(40, paras=3)
    for i, paras in enumerate(stories[:10]):
        day = jdatetime.date(1400, 1 + i, 10 + i)
        items = []
        for k in range(3):  # (other stories' headlines, each under its own date)
            items += [" ".join(stories[10 + 3 * i + k][0].split()[:8]), shown(jdatetime.date(1400, 1 + i, 1 + k))]
        title = " ".join(paras[0].split()[:7])
        lines = ["انتخابات آنلاین", "صفحه نخست | سیاسی | نتایج", title, "۵ روز قبل", *paras,
                 "مطالب مرتبط", *items, *signature, shown(day), f"لینک کوتاه: https://example.ir/n/{i}",
                 "کلیه حقوق این سایت محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        want[f"p{i:02d}"] = day.togregorian().isoformat()
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    assert {k: (rows[k]["published"] or "")[:10] for k in want} == want


@pytest.mark.parametrize("opening", [
    "به گزارش ایرنا، امروز سه‌شنبه ۱۲ آذر ۱۴۰۲ ",                     # «امروز», the weekday, the day
    "به گزارش ایرنا، صبح امروز (سه‌شنبه) ۱۲ آذر ۱۴۰۲ ساعت ۱۰:۲۰ ",   # in brackets, a clock
    "به گزارش ایرنا، این طرح تا ۱۲ آذر ۱۴۰۲ ",                         # a date, no «امروز»: a deadline
])
def test_a_date_inside_the_story_is_no_publication_date(opening):
    # issue 12: «a date inside the story is not the publication date», even the day its first
    # sentence calls «امروز» (a story republished, or written the day before, says the event's day)
    page = "سیاسی\nنشست مجلس برگزار شد\n" + opening + BODY
    assert extract(page).published is None


# --- a date shown in pieces, or only in an element's tooltip -------------------------------------

@pytest.mark.parametrize("badge,published", [
    (["۱۸", "خرداد", "۱۳۹۶"], "2017-06-08"),     # a theme's date badge: the day, the month, the year on lines
    (["۱۸", "خرداد ۱۳۹۶"], "2017-06-08"),        # ... the month and the year on one
    (["3", "دی", "1395"], "2016-12-23"),          # Latin digits
])
def test_a_date_badge_over_lines_is_the_days_date(badge, published):
    page = "\n".join(["پایگاه خبری نمونه", "خانه | سیاسی | اقتصادی | ورزشی", *badge, "نشست مجلس برگزار شد"]) + "\n"
    assert extract(page + BODY).published == published


@pytest.mark.parametrize("lines", [
    ["۱۸", "نفر", "۱۳۹۶"],        # a number over words: no month between
    ["۱۸", "خرداد"],              # no year: the day of no year
    ["۴۵", "خرداد", "۱۳۹۶"],      # no day of a month opens it
])
def test_lines_that_are_no_date_badge_stay_apart(lines):
    assert joined_badges(["سایت", *lines, "عنوان"]) == ["سایت", *lines, "عنوان"]


HEADLINE = "<h1>نشست مجلس برای بررسی بودجه سال آینده برگزار شد</h1>"


@pytest.mark.parametrize("head,published", [
    # a date badge of three elements over the headline
    ('<div class="date-badge"><div class="day">۱۸</div><div class="month">خرداد</div><div class="year">۱۳۹۶</div>'
     "</div>" + HEADLINE, "2017-06-08"),
    # a relative time under the headline, the day in its tooltip (whatever words it shows)
    (HEADLINE + '<span class="post-date" title="۱۳۹۱/۰۵/۲۹ - ۲۳:۰۴">زمان مطالعه: ۱ دقیقه · ۱ سال پیش</span>',
     "2012-08-19T23:04+04:30"),
    (HEADLINE + '<span class="when" title="۱۲ آذر ۱۴۰۲ - ۱۴:۳۰">سرچشمه کوهپایه</span>', "2023-12-03T14:30+03:30"),
    # a link's tooltip is no time's, nor a tooltip that says more than a date
    (HEADLINE + '<a href="/archive" title="۱۲ آذر ۱۴۰۲">آرشیو</a>', None),
    (HEADLINE + '<span title="این مطلب در ۱۲ آذر ۱۴۰۲ برای نخستین بار در سایت منتشر شد">۱ سال پیش</span>', None),
])
def test_html_date_in_pieces_or_in_a_tooltip(head, published):
    page = "<html><body><article>%s<div class='txt'>%s</div></article></body></html>" % (head, PARAS)
    assert extract(page).published == published


@pytest.mark.parametrize("stamps", [
    ["آخرین به‌روزرسانی: ۲۴ شهریور ۱۴۰۲ - ۰۹:۵۴", "۲۰ شهریور‌ماه ۱۴۰۲"],
    ["۲۰ شهریور‌ماه ۱۴۰۲", "ویرایش شده در ۲۴ شهریور ۱۴۰۲ - ۰۹:۵۴"],
])
def test_the_date_under_the_story_beside_its_edit_stamp(stamps):
    # the story's date alone under its last paragraph, its edit stamp over or under it: the page's own
    # row, whose bare date is the story's (the related items' dates below are theirs)
    page = ("پایگاه خبری شهر\nخانه | سیاسی | اقتصادی\n\nاجتماعی\nنشست مجلس برای بررسی بودجه برگزار شد\n\n" + BODY
            + "\n" + "\n".join(stamps) + "\n\nاخبار مرتبط\nخبر دیگری درباره طرح‌های عمرانی شهر\n۱۰ شهریور ۱۴۰۲\n")
    assert extract(page).published == "2023-09-11"


@pytest.mark.parametrize("saved", [
    "این نسخه ذخیره‌شده صفحه در تاریخ ۲۳ فروردین ۱۴۰۲ است.",
    "This is a snapshot of the page as it appeared on April 12, 2023 07:45 GMT.",
])
def test_a_saved_copys_line_on_top_is_neither_the_date_nor_the_story(saved):
    # a cache's or a saving tool's line over the saved page says when the copy was made: the page's header
    # and its byline date stay the story's
    page = (saved + "\nپایگاه خبری شهر\nخانه | سیاسی | اقتصادی\n\nاجتماعی\nنشست مجلس برای بررسی بودجه برگزار شد\n"
            "مریم احمدی | ۱۰ مرداد ۱۴۰۱ | بدون دیدگاه\n\n" + BODY)
    got = extract(page)
    assert (got.title, got.published) == ("نشست مجلس برای بررسی بودجه برگزار شد", "2022-08-01")


@pytest.mark.parametrize("published_field, published", [
    ("2019", None),  # (a year alone dates no day; the upload's day is the archive's, not the text's)
    ("2019-04-08", "2019-04-08"),
])
def test_an_archive_items_added_and_uploaded_days_are_not_the_texts(published_field, published):
    page = ("Archive\nTexts\nVideo\nAudio\nSign up\nنشست مجلس برای بررسی بودجه برگزار شد\nby\nمریم احمدی\n" + BODY
            + "Public\nPublication date\n" + published_field + "\nTopics\nتاریخ شفاهی\nLanguage\nPersian\nAddeddate\n"
            "2021-06-07 17:44:00\nIdentifier\nitem-515838\nUploaded by user_1 on June 7, 2021\n1,132 Views\n")
    assert extract(page).published == published


def test_a_page_without_its_headline_keeps_its_labelled_date():
    # no headline found (title_i None; a run may lose it among a list of headlines over it): the
    # article's header is all that stands over the story, and the date its label calls the
    # publication date there is the story's; the site header's bare day is not
    from palayesh.extract.lines import classify
    from palayesh.extract.pagedates import _published
    texts = ["قند خون", "سلامت و تغذیه بیماران دیابتی", "۱۲ خرداد ۱۳۹۶", "صفحه نخست", "درمان",
             "قلعه نویی: انگار مرتکب جنایت شده‌ام", "تاریخ انتشار: ۲۷ اسفند ۱۳۹۵ (۱۱:۵۸)", "۵۹,۳۰۷ بازدید",
             "متن خبر " * 30]
    lines = [classify(t) for t in texts]
    stamped = _published(lines, 0, None, 8, None, 8)
    assert stamped is not None and stamped[0] == 6
    assert stamped[1].localize()[0] == "2017-03-17T11:58+03:30"
    texts[6] = "۲۷ اسفند ۱۳۹۵ (۱۱:۵۸)"  # (a bare date there says nothing of whose it is)
    assert _published([classify(t) for t in texts], 0, None, 8, None, 8) is None


@pytest.mark.parametrize("pub,published", [
    ("Sun, 29 Sep 2013 21:59:00 UT", "2013-09-30"),   # RFC 822's UTC, late evening: Tehran's next day
    ("29 Sep 13 21:59 GMT", "2013-09-30"),            # the year in two digits, as RFC 822 wrote it
    ("Sun, 29 Sep 2013 07:59:00 GMT", "2013-09-29"),
])
def test_feed_item_pubdate_zones(pub, published):
    page = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<item>\n<title>بارش برف در تهران و کرج</title>\n"
            f"<link>https://example.ir/news/1</link>\n<pubDate>{pub}</pubDate>\n<category>جامعه</category>\n"
            "<description><![CDATA[\n" + "\n".join(STORY_LINES) + "\n]]></description>\n</item>\n")
    assert (extract(page).published or "")[:10] == published


STORY_LINES = [
    "بارش برف از صبح امروز در بیشتر مناطق تهران آغاز شد و تا عصر ادامه داشت و رفت‌وآمد را کند کرد.",
    "مدیر مدیریت بحران شهر گفت همه نیروهای خدماتی برای بازگشایی معابر اصلی در حال آماده‌باش هستند.",
    "به گفته کارشناسان هواشناسی این بارش‌ها تا پایان هفته در دامنه‌های البرز ادامه خواهد داشت.",
]
