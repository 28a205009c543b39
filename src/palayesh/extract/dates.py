"""Dates on Persian pages: one grammar for Jalali, Gregorian and Hijri-qamari dates, to ISO 8601.

A date is written in many ways: month names or numbers, Persian, Arabic-Indic or Latin digits,
two-digit years, a weekday, ordinal day words («اول مهر»), «ساعت» before the clock time, «-»,
«،» or «|» between the parts, several calendars on one line, an ISO value in a meta tag. The
grammar below is data (month names and their spellings, ordinal words, calendar markers, one row
per date shape); :func:`find_stamps` finds every date of a line and attaches its clock time.

``published`` is ISO 8601 in the page's local time *with its UTC offset*: a date alone stays a date,
a time the page gives without an offset is Tehran time and gets Tehran's offset of that day from
``zoneinfo`` (+03:30; +04:30 in summer until 2022), an offset the page gives is kept, and a UTC
value («Z», «+00:00», a Latin «GMT») is moved to Tehran time, because the local day is the article's day;
a clock the page labels Greenwich time in Persian («۲۰:۴۶ گرینویچ», «به وقت جهانی») is the page's own and
keeps its day and +00:00 (a broadcaster abroad dates its story so). A date
written with the solar months as Afghanistan names them («۱۳ میزان ۱۳۹۷»), or a clock «به وقت کابل»,
is Kabul time (+04:30 from ``zoneinfo``), not Tehran's.

>>> parse_date("پنج‌شنبه ۱ بهمن ۱۳۸۸ - ۱۶:۲۹")
('2010-01-21T16:29+03:30', '1388/11/01')
>>> parse_date("۱۲ مهر ۹۸")
('2019-10-04', '1398/07/12')
>>> parse_date("شنبه ۱۲ تیر ۱۴۰۱ - ۳ ژوئیه ۲۰۲۲ - ۴ ذی‌الحجه ۱۴۴۳")
('2022-07-03', '1401/04/12')
>>> parse_iso("2019-05-29T19:50:37Z")
('2019-05-30T00:20:37+04:30', '1398/03/09')
>>> parse_date("۳ روز پیش") is None
True
>>> parse_date("مرسل امیری | 13 میزان 1397 – 5 اکتوبر 2018 | 2 دیدگاه")  # Dari month names
('2018-10-05', '1397/07/13')
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone

from ..textkeys import DIGIT_FOLDS, SPACE_FOLDS, YEH_KAF, replacer

#: the zone of a time written without an offset (Persian news is written in Iran)
DEFAULT_ZONE = "Asia/Tehran"
#: the zone of a date written the Afghan way (Dari month names, a clock «به وقت کابل»)
AFGHAN_ZONE = "Asia/Kabul"
#: the zone of a clock the page labels Greenwich time in Persian («۲۰:۴۶ گرینویچ», «به وقت جهانی»): the
#: page's own clock (a broadcaster abroad writes it for its readers), so its day and +00:00 are kept
#: (issue 12: "ISO 8601 with the page's offset"), as for a ``<time>`` shown in GMT. A Latin «GMT»/«UTC»
#: is what servers and English templates print (RFC 822, a CMS's default format): a zone like «Z»,
#: the instant in Tehran's day (held nheld fell .8199 → .8089 when Latin labels were read so too)
UTC_ZONE = "UTC"

# letters folded so month names match with ي/ى/ك, ZWNJ or NBSP variants; RLM, LRM and tatweel go
_FOLDS = {**DIGIT_FOLDS, **YEH_KAF, "ى": "ی", **SPACE_FOLDS, "\u200f": "", "\u200e": "", "\u0640": ""}
# and for the date grammar only: hamza and madda forms of alef, teh marbuta and heh with yeh, as
# Arabic month names are spelled
_DATE_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ۀ": "ه", "ٔ": "", "’": "'", "‘": "'", "ئ": "ی",
               # diacritics («اُردیبهشت», «محرّم») and the zero-width joiner («ه‍.ش»)
               **{chr(c): "" for c in range(0x064B, 0x0653)}, "\u0670": "", "\u200d": "",
               # the Arabic decimal separator, which a site that localizes its digits also puts
               # between a date's numbers («۱۴۰۲٫۰۷٫۱۲» as «۱۴۰۲.۰۷.۱۲»)
               "\u066b": "."}
_fold_common = replacer(_FOLDS)
_fold_all = replacer({**_FOLDS, **_DATE_FOLDS})


def fold(text: str) -> str:
    """Digits to ASCII, ي/ك to ی/ک, ZWNJ/NBSP to space (for matching, never for output)."""
    return _fold_common(text)


# any digit of the three scripts: every date has one, and most lines of a page have none
_RAW_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")


def _fold(text: str) -> str:
    return _fold_all(text)


# --------------------------------------------------------------------------------- the grammar: data
#: month names per calendar with the spellings pages use; a space stands for any spacing
#: (none, a space, a ZWNJ), so «ذی‌القعده», «ذی القعده» and «ذیقعده» are one row
MONTHS: dict[str, dict[int, tuple[str, ...]]] = {
    "jalali": {
        1: ("فروردین",), 2: ("اردی بهشت",), 3: ("خرداد",), 4: ("تیر",), 5: ("مرداد", "امرداد"),
        6: ("شهریور",), 7: ("مهر",), 8: ("آبان",), 9: ("آذر",), 10: ("دی",), 11: ("بهمن",), 12: ("اسفند",),
    },
    # the same solar year as Afghanistan names its months (Dari: «۱۳ میزان ۱۳۹۷»); a month name
    # counts only between a day and a year, so «سرطان», «میزان» the words are no dates
    "afghan": {
        1: ("حمل",), 2: ("ثور",), 3: ("جوزا", "جوزاء"), 4: ("سرطان",), 5: ("اسد",), 6: ("سنبله",),
        7: ("میزان",), 8: ("عقرب",), 9: ("قوس",), 10: ("جدی",), 11: ("دلو",), 12: ("حوت",),
    },
    # the solar months in Latin letters, as a Persian site's English-locale theme writes them («12 Azar 1402»);
    # as the Dari names, a name counts only between a day and a four-digit year («Tir», «Mehr» are words too)
    "finglish": {
        1: ("farvardin",), 2: ("ordibehesht",), 3: ("khordad",), 4: ("tir",), 5: ("mordad", "amordad"),
        6: ("shahrivar",), 7: ("mehr",), 8: ("aban",), 9: ("azar",), 10: ("dey", "dei"), 11: ("bahman",),
        12: ("esfand",),
    },
    "gregorian": {  # as Persian pages write them (French and English loans), and in English
        1: ("ژانویه", "ژانویهٔ", "ژانویه ی", "جنوری", "january", "jan"), 2: ("فوریه", "فبروری", "february", "feb"),
        3: ("مارس", "مارچ", "march", "mar"), 4: ("آوریل", "آپریل", "اپریل", "april", "apr"),
        5: ("مه", "می", "may"), 6: ("ژوئن", "ژوین", "ژوئین", "جون", "june", "jun"),
        7: ("ژوئیه", "ژوییه", "جولای", "july", "jul"), 8: ("اوت", "آگوست", "اگوست", "اگست", "august", "aug"),
        9: ("سپتامبر", "سپتمبر", "september", "sep", "sept"), 10: ("اکتبر", "اکتوبر", "october", "oct"),
        11: ("نوامبر", "نومبر", "november", "nov"), 12: ("دسامبر", "دیسامبر", "دسمبر", "december", "dec"),
    },
    "hijri": {  # with the honorifics that follow some names («رمضان المبارک», «رجب المرجب»)
        1: ("محرم الحرام", "محرم"), 2: ("صفر المظفر", "صفر"),
        3: ("ربیع الاول", "ربیع الاولی", "ربیع اول"), 4: ("ربیع الثانی", "ربیع الثانیه", "ربیع الاخر", "ربیع ثانی"),
        5: ("جمادی الاول", "جمادی الاولی", "جمادی اول"),
        6: ("جمادی الثانی", "جمادی الثانیه", "جمادی الاخر", "جمادی الاخره", "جمادی ثانی"),
        7: ("رجب المرجب", "رجب"), 8: ("شعبان المعظم", "شعبان"), 9: ("رمضان المبارک", "رمضان"),
        10: ("شوال المکرم", "شوال"), 11: ("ذی القعده", "ذو القعده", "ذی قعده"), 12: ("ذی الحجه", "ذو الحجه", "ذی حجه"),
    },
}
#: ordinal day words («اول مهر ۱۴۰۲», «بیست و دوم بهمن ۱۳۵۷»): units, and tens that take «و» + a unit
ORDINAL_UNITS = {"اول": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8,
                 "نهم": 9, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15,
                 "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20, "سی ام": 30}
ORDINAL_TENS = {"بیست": 20, "سی": 30}
#: words after a year that name its calendar («۱۴۴۳ ه.ق», «۲۰۲۲ میلادی»)
CALENDAR_MARKS = (
    (r"ه\s*\.?\s*ق\b\.?|هجری\s*قمری|قمری", "hijri"),
    (r"ه\s*\.?\s*ش\b\.?|هجری\s*شمسی|شمسی|خورشیدی", "jalali"),
    (r"میلادی|م\b\.?", "gregorian"),
)
#: words before a date that say what it is, matched in order (the first that fits wins)
DATE_LABELS = (
    (r"(?:تاریخ\s*)?(?:عضویت|عضو\s*شده|ثبت\s*نام|تولد|برگزاری|انقضا|مهلت)(?:\s*از|\s*در)?"
     r"|عضو\s*از|اخرین\s*(?:ارسال|پاسخ|پست|بازدید|فعالیت)|joined|member\s*since|last\s*(?:post|reply|seen)",
     "other", "another date of the page: a forum member's join date, an event's, the thread's last reply"),
    (r"(?:اخرین\s*|تاریخ\s*)?(?:به\s*روز\s*رسانی|بروز\s*رسانی|به\s*روز\s*شده|ویرایش|اصلاح|بازبینی)(?:\s*شده)?"
     r"(?:\s*در)?|last\s*(?:updated?|modified|reviewed)|updated?|modified|reviewed"
     # a version of a text named by its time, as a wiki's history and diff name them («نسخهٔ ۰۵:۴۴، ۲۶ نوامبر
     # ۲۰۱۷», «نسخهٔ کنونی تا …», «Revision as of …»): only right before its date («نسخه قابل چاپ ۳ آذر» is
     # the print view's name over the story's date)
     r"|نسخه\s*(?:ی\s*)?(?:(?:کنونی|فعلی|جاری|قبلی|قدیمی\s*تر|جدیدتر)\s*)?(?:تا|از|در|مورخ)?(?=\s*\d)"
     r"|revision\s*as\s*of|(?:old|current|latest)\s*revision(?:\s*as\s*of)?",
     "modified", "an edit, a (medical) review or a version of the text, not the publication"),
    (r"(?:نسخه|کپی)\s*(?:ی\s*)?(?:ذخیره|بایگانی|ارشیو|کش)(?:\s*شده)?|snapshot|cached?(?:\s*copy)?"
     r"|(?:saved|captured|archived|crawled|retrieved)\s*(?:from|on|at)"
     # an archive's item: the day it was added or uploaded to the archive («Addeddate», «Uploaded by X on …»)
     r"|added\s*date|date\s*added|uploaded\s*(?:by\s*\S+\s*)?on",
     "saved", "the day a copy of the page was saved, cached, archived, added to an archive or crawled («این نسخه"
     " ذخیره‌شده صفحه در تاریخ …», «a snapshot of the page as it appeared on …»): a whole sentence about the"
     " copy, not the story"),
    (r"(?:تاریخ\s*)?امروز|تاریخ\s*(?:مشاهده|دسترسی|بازدید)|today", "today",
     "the date of the visit: the site header's («امروز: سه‌شنبه …», «تاریخ امروز …»), or the day the reader saw the"
     " page («تاریخ مشاهده: …», «تاریخ دسترسی: …» on a printed or cited copy)"),
    (r"(?:تاریخ|زمان)\s*(?:انتشار|خبر|درج|ارسال|نشر|مطلب|ثبت)|منتشر\s*شده(?:\s*در)?|ارسال\s*شده(?:\s*در)?"
     r"|انتشار|درج|تاریخ|published|posted|date", "published",
     "the publication date, said in words («درج:», a CMS's «inserted on», as «تاریخ درج»)"),
)
#: a weekday, written with a space, a ZWNJ or nothing inside («سه شنبه», «سه‌شنبه», «سهشنبه»)
WEEKDAY = r"(?:(?:یک|دو|سه|چهار|پنج)[\s\u200c]?شنبه|شنبه|جمعه|ادینه)"

# a four-digit year of each calendar (Hijri only with a month name or a marker: 14xx is Jalali too)
_YEAR = {"jalali": r"1[34]\d\d", "gregorian": r"(?:19|20)\d\d", "hijri": r"1[34]\d\d"}
#: numeric Jalali years stop here (1430 = 2051): a larger «14xx» is a Hijri year
MAX_NUMERIC_JALALI = 1430


def _alternation(names) -> str:
    """Regex alternation of folded names, longest first, any spacing where a name has a space."""
    keys = sorted({_fold(n).lower() for n in names}, key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, k.split(" "))) for k in keys)


def _key(s: str) -> str:
    return re.sub(r"\s+", "", s.lower())


_MONTH_NUMBER = {cal: {_key(_fold(n)): m for m, names in table.items() for n in names}
                 for cal, table in MONTHS.items()}
_MONTH_NUMBER["jalali"].update(_MONTH_NUMBER.pop("afghan"))  # one calendar, three namings
_MONTH_NUMBER["jalali"].update(_MONTH_NUMBER.pop("finglish"))


def _ordinals() -> dict[str, int]:
    """Every ordinal day word: the units, and «بیست و دوم», «سی و یکم» from the tens."""
    out = dict(ORDINAL_UNITS)
    for ten, tv in ORDINAL_TENS.items():
        for unit, uv in ORDINAL_UNITS.items():
            if uv < 10 and unit != "اول" and tv + uv <= 31:
                out[ten + " و " + unit] = tv + uv
    return out


_ORDINAL_NUMBER = {_key(_fold(k)): v for k, v in _ordinals().items()}
_ORDINAL = _alternation(_ordinals())
_MARK = "|".join("(?:%s)" % m for m, _ in CALENDAR_MARKS)
_LABELS = [(re.compile(r"(?<!\w)(?:" + p + r")(?!\w)", re.I), role) for p, role, _why in DATE_LABELS]


def _words_rule(cal: str, two_digit: str, names: str | None = None, *, latin: bool = False,
                year: str | None = None) -> re.Pattern:
    """«[weekday] 12 [ام] مهر [ماه] [سال] 1402 [ه.ش]» (spaces, «-», «/» or «.» between: «۱۲.مهر.۱۴۰۲»,
    «4 Oct. 2023») with the month names of ``cal`` (or of the
    table ``names``: another naming of the same calendar's months; ``latin``: only its names in
    Latin letters), the year by ``year`` when given."""
    months = (n for table in MONTHS[names or cal].values() for n in table if n.isascii() or not latin)
    return re.compile(
        r"(?:" + WEEKDAY + r"[\s،,\-]*)?"
        r"(?:(?<![\d.:/])(?P<d>[0-3]?\d)(?:\s*ام|(?:st|nd|rd|th)(?![a-z]))?|(?<!\w)(?P<od>" + _ORDINAL + r"))"
        r"[\s\-/.]*(?P<mon>" + _alternation(months) + r")"
        r"(?:\s*ماه(?!\w)|(?!\w))[\s،,\-/.]*(?:(?:سال|سنه)\s*)?"
        r"(?P<y>" + (year or _YEAR[cal] + two_digit) + r")(?![\d:/])(?:\s*(?P<cal>" + _MARK + r"))?", re.I)


#: (name, calendar, pattern, why): every date shape; calendar None = told by the year or a marker
RULES: tuple[tuple[str, str | None, re.Pattern, str], ...] = (
    ("jalali_words", "jalali", _words_rule("jalali", r"|\d\d"),
     "«۱۲ مهر ۱۴۰۲», «یکشنبه ۲۶ اسفند‌ماه ۹۷»: two-digit years are 13xx/14xx"),
    ("afghan_words", "jalali", _words_rule("jalali", "", "afghan"),
     "«۱۳ میزان ۱۳۹۷», «جمعه ۲۳ حوت ۱۳۹۸»: the solar months as Dari names them, four-digit years only"),
    ("finglish_words", "jalali", _words_rule("jalali", "", "finglish"),
     "«12 Azar 1402», «Sunday 12 Azar 1402 - 14:30»: the solar months in Latin letters, four-digit years only"),
    ("hijri_words", "hijri", _words_rule("hijri", ""), "«۴ ذی‌الحجه ۱۴۴۳», «۱۵ رمضان المبارک ۱۴۴۴»"),
    ("gregorian_words", "gregorian", _words_rule("gregorian", r"|'\d\d"), "«۳ ژوئیه ۲۰۲۲», «30 May '19»"),
    ("gregorian_words_short", "gregorian", _words_rule("gregorian", "", latin=True, year=r"\d\d(?!\s*[,،]?\s*\d)"),
     "«6 Oct 22», «06 October 22»: a two-digit year without its «'» after an English month name (a"
     " Persian one, «می», «مه», is a word too: «۳ می ۲۰ …» no date); two digits that a number follows"
     " are the day of a month-first date («نظرات: ۳ - May 30, 2019»), no year"),
    ("gregorian_mdy", "gregorian", re.compile(
        r"(?<!\w)(?P<mon>" + _alternation(n for names in MONTHS["gregorian"].values() for n in names if n.isascii())
        + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*|\s+)"
        r"(?P<y>(?:19|20)\d\d|(?<=,)\d\d|(?<=,\s)\d\d)(?![\d:])", re.I),
     "«May 30, 2019» (English month first), «Oct 6, 22» (a two-digit year after the comma only)"),
    ("year_first_words", "jalali", re.compile(
        r"(?<![\d/.\-:])(?P<y>" + _YEAR["jalali"] + r")[\s\-/.،,]*"
        r"(?P<mon>" + _alternation(n for names in MONTHS["jalali"].values() for n in names if not n.isascii())
        + r")(?:\s*ماه)?(?!\w)[\s\-/.،,]*(?P<d>[0-3]?\d)(?![\d/.:]|\s*(?:" + _alternation(
            n for names in MONTHS["jalali"].values() for n in names) + r")(?!\w))", re.I),
     "«۱۴۰۲ مهر ۱۲», «۱۴۰۲/مهر/۱۲», «۱۴۰۲-مهرماه-۱۲»: the year first, as a CMS's Jalali «Y F d» writes it "
     "(a four-digit Jalali year; a day that a month name follows is the next date's: none)"),
    ("month_first", None, re.compile(
        r"(?<!\w)(?P<mon>" + _alternation(n for c in ("jalali", "gregorian") for names in MONTHS[c].values()
                                            for n in names if not n.isascii())
        + r")\s+(?P<d>[0-3]?\d)\s*[,،]\s*(?P<y>1[34]\d\d|(?:19|20)\d\d)(?!\d)", re.I),
     "«مهر ۱۴, ۱۴۰۱», «ژوئیه ۳، ۲۰۲۲»: a CMS's «F j, Y» with Persian month names (the comma required)"),
    ("ymd", None, re.compile(
        r"(?<![\d/.\-])(?P<y>1[34]\d\d|(?:19|20)\d\d)\s*(?P<sep>[/\-.])\s*(?P<mo>[01]?\d)\s*(?P=sep)\s*(?P<d>[0-3]?\d)"
        r"(?![\d/]|\.\d)(?:\s*(?P<cal>" + _MARK + r"))?"),
     "«۱۴۰۲/۰۴/۲۶», «2019-05-30» (ISO), «1398-03-09» (a Jalali value in a meta tag)"),
    ("ymd_short", "jalali", re.compile(
        r"(?<![\d/.\-:])(?P<y>[4-9]\d|0\d)\s*(?P<sep>[/.\-])\s*(?P<mo>[01]?\d)\s*(?P=sep)\s*(?P<d>[0-3]?\d)"
        r"(?![\d/.\-]\d|\d)"),
     "«۸۷/۱۱/۳۰», «۹۸/۷/۱۲», «۸۵.۱۰.۲۵», «۹۹-۰۱-۰۵», «۰۰/۰۶/۱۵»: a two-digit Jalali year first (41-99:"
     " no day or month is that large; 00-09: 1400-1409, Jalali dates are written year first), the same "
     "separator twice"),
    ("dmy_short", "jalali", re.compile(
        r"(?<![\d/.\-:])(?P<a>[0-3]?\d)\s*(?P<sep>[/.\-])\s*(?P<b>[01]?\d)\s*(?P=sep)\s*(?P<y>[4-9]\d|0\d)"
        r"(?![\d/.\-]\d|\d)"),
     "«۲۴/۰۷/۹۸», «۱۴/۰۷/۰۱»: day first with a two-digit Jalali year (41-99: no day or month is that large;"
     " 00-09 after ymd_short: the first number, 10-31, is no year of it)"),
    ("dmy_short_gregorian", "gregorian", re.compile(
        r"(?<![\d/.\-:])(?P<a>[0-3]?\d)\s*(?P<sep>[/.\-])\s*(?P<b>[01]?\d)\s*(?P=sep)\s*(?P<y>[12]\d)"
        r"(?![\d/.\-]\d|\d)"),
     "«14.05.20 08:04», «۲۷/۰۸/۲۰»: day first with a two-digit year of 10-29, which no Jalali date the web"
     " shows has (1310-1329 before it, 1410-1429 to come): a Gregorian 2010-2029, as a messenger or a"
     " European client writes it"),
    ("dmy", None, re.compile(
        r"(?<![\d/.\-:])(?P<a>[0-3]?\d)\s*(?P<sep>[/\-.])\s*(?P<b>[0-3]?\d)\s*(?P=sep)\s*(?P<y>1[34]\d\d|(?:19|20)\d\d)"
        r"(?![\d/]|\.\d)(?:\s*(?P<cal>" + _MARK + r"))?"),
     "«۲۶/۰۴/۱۴۰۲»; Gregorian «25/07/2022» only when the day cannot be the month"),
)

#: the order a site writes a numeric date with a two-digit year in, when the date reads either way
#: («۰۵/۱۱/۰۱»: 1 Bahman 1405 year first, 5 Bahman 1401 day first): "dmy" reads such a date day first
#: (:func:`short_date_order`), else it is read year first, as Jalali dates mostly are. What the run
#: learns of the site's other pages decides (:func:`numeric_order`, :meth:`.template.PageTemplate.short_date_order`)
_SHORT_ORDER: ContextVar[str | None] = ContextVar("short_date_order", default=None)


def _day_first(rules):
    """``rules`` with the day-first two-digit year («dmy_short») tried before the year-first one."""
    names = [r[0] for r in rules]
    out = list(rules)
    i, j = names.index("ymd_short"), names.index("dmy_short")
    out[i], out[j] = out[j], out[i]
    return tuple(out)


_DAY_FIRST_RULES = _day_first(RULES)


def _rules(order: str | None) -> tuple[tuple[str, str | None, re.Pattern, str], ...]:
    return _DAY_FIRST_RULES if order == "dmy" else RULES


@contextmanager
def short_date_order(order: str | None) -> Iterator[None]:
    """Read the dates of what runs inside with a two-digit year in ``order`` ("dmy", "ymd" or None)
    when they read either way.

    >>> with short_date_order("dmy"):
    ...     parse_date("۰۵/۱۱/۰۱")
    ('2023-01-25', '1401/11/05')
    >>> parse_date("۰۵/۱۱/۰۱")
    ('2027-01-21', '1405/11/01')
    """
    token = _SHORT_ORDER.set(order)
    try:
        yield
    finally:
        _SHORT_ORDER.reset(token)


def current_date_order() -> str | None:
    """The order two-digit dates that read either way are read in now (:func:`short_date_order`):
    a key of any memo of what a line's dates say."""
    return _SHORT_ORDER.get()


#: a numeric date's three numbers, for the order they show (:func:`numeric_order`)
_NUMERIC_DATE = re.compile(r"(?<![\d/.\-:])(\d{1,4})\s*([/.\-])\s*[01]?\d\s*\2\s*(\d{1,4})(?![\d/.\-]\d|\d)")


def numeric_order(text: str) -> str | None:
    """The order ("dmy" or "ymd") a Jalali numeric date of ``text`` shows by its numbers alone: a
    four-digit year at one end, or two-digit ends of which only one can be a year (00-09, 41-99)
    and the other only a day (10-31), or None when the text shows none.

    >>> [numeric_order(t) for t in ("۱۴/۰۳/۰۱ - ۰۸:۳۵", "۲۶/۰۴/۱۴۰۲", "۹۸/۰۷/۱۲", "۰۱/۰۳/۱۴", "۱۴۰۲/۰۳/۱۴")]
    ['dmy', 'dmy', 'ymd', 'ymd', 'ymd']
    >>> numeric_order("۰۵/۱۱/۰۱") is None  # (either way)
    True
    """
    def year(n: str) -> bool:
        return len(n) == 2 and (n < "10" or n >= "41")

    def day(n: str) -> bool:
        return "10" <= n.zfill(2) <= "31"

    for m in _NUMERIC_DATE.finditer(_fold_common(text)):
        a, c = m.group(1), m.group(3)
        if len(a) == 4 and len(c) <= 2 and a[:2] in ("13", "14") or year(a) and (a >= "41" or day(c)):
            return "ymd"
        if len(c) == 4 and len(a) <= 2 and c[:2] in ("13", "14") or year(c) and day(a):
            return "dmy"
    return None


# a clock time; «ق.ظ/ب.ظ», AM/PM; an offset right after it («+04:30», «+0430», «Z», «GMT+3:30»)
CLOCK = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])\s?:\s?(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d+)?)?(?![\d:])"
    r"(?:\s*(?P<ap>ق\s*\.?\s*ظ|ب\s*\.?\s*ظ|a\.?m\b\.?|p\.?m\b\.?|صبح|عصر|بعد\s*از\s*ظهر))?"
    r"(?:(?P<z>Z)(?![A-Za-z])"
    r"|\s?(?:GMT|UTC)\s?(?P<off>[+-](?:0?\d|1[0-4])(?::?(?:00|30|45))?)(?![\d/.\-])"
    r"|\s?(?P<off2>[+-](?:0\d|1[0-4]):?(?:00|30|45))(?![\d/.\-])"
    r"|\s?(?P<utc>GMT|UTC|(?:به\s*)?(?:وقت\s*)?(?:گرینویچ|گرینیچ)|(?:به\s*)?وقت\s*جهانی)(?![A-Za-z])"
    r"|\s?(?:IRST|IRDT|(?:به\s*)?وقت\s*(?:تهران|ایران|محلی))(?!\w)"
    r"|\s?(?P<kabul>AFT|(?:به\s*)?وقت\s*(?:کابل|افغانستان))(?!\w))?", re.I)
#: the numbers of a clock said in words («ساعت ده و بیست دقیقه»): units and teens, and the tens that take
#: «و» + a unit (hours up to 23, minutes up to 59)
CLOCK_NUMBER_WORDS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
                      "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16,
                      "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19}
CLOCK_TENS_WORDS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50}
#: the parts of a day said after a clock in words, and how they move its hour: «صبح» / «بامداد» keep a
#: morning hour, «ظهر» / «بعد از ظهر» / «عصر» / «شب» put an hour of 1-11 after noon («ساعت ده شب» 22:00;
#: «ظهر» only an hour of 1-5: «ساعت دوازده ظهر» is noon), «نیمه شب» twelve is midnight
DAY_PART_WORDS = (("صبح", "am"), ("بامداد", "am"), ("بعد از ظهر", "pm"), ("بعدازظهر", "pm"), ("عصر", "pm"),
                  ("نیمه شب", "night"), ("شب", "pm"), ("ظهر", "noon"))


def _number_words(top: int) -> str:
    """Regex alternation of the numbers 1..``top`` in words (and in one or two digits), longest first."""
    names = [w for w, v in CLOCK_NUMBER_WORDS.items() if v <= top]
    names += [t + r"\s*و\s*" + u for t, tv in CLOCK_TENS_WORDS.items() if tv < top
              for u, uv in CLOCK_NUMBER_WORDS.items() if uv < 10 and tv + uv <= top]
    names += [t for t, tv in CLOCK_TENS_WORDS.items() if tv <= top]
    return "|".join(sorted(names, key=len, reverse=True)) + r"|[0-5]?\d(?!\d)"


# a clock said in words after «ساعت» («ساعت ده و بیست دقیقه», «ساعت یازده و نیم صبح», «ساعت ۱۰ و ۲۰ دقیقه»,
# «ساعت ده شب»): the hour a number, then its minutes («و N دقیقه», «و نیم», «و ربع») or a part of the day,
# or both; a bare «ساعت ده» says too little to be a clock
SPELLED_CLOCK = re.compile(
    r"(?<!\w)ساعت\s*(?P<h>" + _number_words(23) + r")(?!\w)"
    r"(?:\s*و\s*(?:(?P<mi>" + _number_words(59) + r")\s*دقیقه|(?P<half>نیم)|(?P<quarter>ربع))(?!\w))?"
    r"(?:\s*(?P<ap>" + "|".join(r"\s*".join(w.split()) for w, _ in DAY_PART_WORDS) + r")(?!\w))?"
    r"(?P<z>(?!))?(?P<off>(?!))?(?P<off2>(?!))?(?P<utc>(?!))?(?P<kabul>(?!))?(?P<s>(?!))?")


def _spelled_number(words: str) -> int:
    """The number a clock's words say («بیست و سه» 23, «۲۰» as digits: folded already)."""
    words = re.sub(r"\s+", " ", words).strip()
    if words.isdigit():
        return int(words)
    return sum(_CLOCK_WORD_VALUE[w] for w in _CLOCK_WORD.findall(words))


_CLOCK_WORD_VALUE = {**CLOCK_NUMBER_WORDS, **CLOCK_TENS_WORDS}
#: one number word of a clock (longest first: «دوازده» before «دو»; «و» between them is no number)
_CLOCK_WORD = re.compile("|".join(sorted(_CLOCK_WORD_VALUE, key=len, reverse=True)))


def _spelled_clock(m: re.Match) -> tuple[int, int, int | None] | None:
    """The clock a :data:`SPELLED_CLOCK` match says, or None when it says only an hour («ساعت ده»)."""
    h = _spelled_number(m.group("h"))
    mi = _spelled_number(m.group("mi")) if m.group("mi") else 30 if m.group("half") else 15 if m.group("quarter") \
        else 0
    part = next((p for w, p in DAY_PART_WORDS if m.group("ap") and re.fullmatch(r"\s*".join(w.split()), m.group("ap"))),
                None)
    if not (m.group("mi") or m.group("half") or m.group("quarter") or part) or h > 23 or mi > 59:
        return None
    if part == "pm" and 1 <= h < 12 or part == "noon" and 1 <= h <= 5:
        h += 12
    elif part == "night" and h == 12 or part == "am" and h == 12:
        h = 0
    return h, mi, None


# what may stand between a date and its clock time: separators, «ساعت», a weekday, ISO's «T»
# («ساعت ۱۰:۳۰ روز شنبه ۱۲ مهر ۱۴۰۲»: «روز», the day, before a date's weekday or the date), a weekday
# then «ساعت» («۱۳۹۶/۴/۱۸ یکشنبه ساعت ۲۲:۵۴»: the day's name after its date, then its clock); a middle dot
# («۱۰:۴۰ ق.ظ · ۵ دسامبر ۲۰۲۶», a social post's stamp: its clock, then its day)
_GLUE = re.compile(r"[\s\-–—،,|:()\[\]ـT@/·]*(?:(?:(?:روز\s*)?" + WEEKDAY + r"[\s\-–—،,]*)?(?:در\s*)?ساعت|at"
                   r"|(?:روز\s*)?" + WEEKDAY + r"|روز)?[\s\-–—،,|:()\[\]ـ/·]*", re.I)
#: relative dates give no date («۳ روز پیش», «دقایقی قبل», «امروز»)
RELATIVE = re.compile(r"(?:\d+|چند|یک|دو|سه|دقایقی|ساعاتی|لحظاتی|روزهایی)"
                      r"\s*(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s*(?:پیش|قبل)"
                      r"|^\s*(?:امروز|دیروز|همین الان|لحظاتی پیش)\s*$"
                      # (an English thread's age, a comment widget's «2 months ago»)
                      r"|\b(?:\d+|an?)\s+(?i:second|minute|hour|day|week|month|year)s?\s+(?i:ago)\b")


# ------------------------------------------------------------------------------------- stamps
@dataclass(frozen=True)
class Stamp:
    """One date found in a text: the Gregorian day as written, its clock time and offset if given.

    ``offset`` is the UTC offset the page wrote (None: none written, so the page's zone applies);
    ``start``/``end`` are the span in the folded line, ``calendar`` the calendar it was written in.
    """

    day: date
    clock: tuple[int, int, int | None] | None = None
    offset: timedelta | None = None
    calendar: str = "jalali"
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    #: the year was written with two digits («۱۲ مهر ۹۸», «'19»)
    short_year: bool = field(default=False, compare=False)
    #: the zone the line itself names (Kabul's months or clock); None: the page's zone
    zone: str | None = field(default=None, compare=False)

    def localize(self, zone: str = DEFAULT_ZONE) -> tuple[str, str]:
        """``(published, published_jalali)``: ISO 8601 in the page's local time, with its offset.

        >>> Stamp(date(2019, 5, 30), (0, 20, 37)).localize()
        ('2019-05-30T00:20:37+04:30', '1398/03/09')
        >>> Stamp(date(2023, 7, 17)).localize()
        ('2023-07-17', '1402/04/26')
        >>> Stamp(date(2019, 5, 30), (0, 20, None), zone=AFGHAN_ZONE).localize()
        ('2019-05-30T00:20+04:30', '1398/03/09')
        """
        if self.clock is None:
            return self.day.isoformat(), jalali_of(self.day)
        zone = self.zone or zone
        h, mi, s = self.clock
        dt = datetime(self.day.year, self.day.month, self.day.day, h, mi, s or 0)
        if self.offset is None:  # the page's own clock: its zone's offset that day, from tzdata
            dt = dt.replace(tzinfo=_zone(zone))
        elif not self.offset:  # UTC: the instant in local time (the local day is the article's)
            dt = dt.replace(tzinfo=timezone.utc).astimezone(_zone(zone))
        else:  # an offset the page wrote: the instant as the page wrote it
            dt = dt.replace(tzinfo=timezone(self.offset))
        return dt.isoformat(timespec="seconds" if s is not None else "minutes"), jalali_of(dt.date())


@functools.lru_cache(maxsize=8)
def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


#: the calendar conversions (jdatetime's pure-Python arithmetic: most of the cost of reading a date)
#: remember this many days each; a run's pages name far fewer distinct days than their lines do
CALENDAR_CACHE_DAYS = 4096


@functools.lru_cache(maxsize=CALENDAR_CACHE_DAYS)
def jalali_of(day: date) -> str:
    """``YYYY/MM/DD`` of a Gregorian day in the Jalali calendar (jdatetime)."""
    import jdatetime

    j = jdatetime.date.fromgregorian(date=day)
    return "%04d/%02d/%02d" % (j.year, j.month, j.day)


@functools.lru_cache(maxsize=CALENDAR_CACHE_DAYS)
def to_gregorian(calendar: str, y: int, mo: int, d: int) -> date | None:
    """The Gregorian day of a date in ``calendar``, None when there is no such day.

    Jalali with jdatetime; Hijri-qamari with hijridate's Umm al-Qura tables (1343–1500 AH). Iran
    fixes its lunar months by sighting, a day or two from Umm al-Qura at times, so a Hijri date
    is only trusted alone or when it agrees with a solar date of the same line (:func:`agree`).

    A lunar month has 29 or 30 days: the 30th of a month the tables end on the 29th is the day
    after it, by a sighting that began the next month a day later («۳۰ رجب ۱۴۴۲»).

    >>> to_gregorian("hijri", 1443, 12, 4), to_gregorian("jalali", 1402, 12, 30)
    (datetime.date(2022, 7, 3), None)
    >>> to_gregorian("hijri", 1442, 7, 30), to_gregorian("hijri", 1442, 7, 31)
    (datetime.date(2021, 3, 14), None)
    """
    try:
        if calendar == "jalali":
            import jdatetime

            return jdatetime.date(y, mo, d).togregorian()
        if calendar == "hijri":
            from hijridate import Hijri

            if d == 30 and mo in range(1, 13) and Hijri(y, mo, 1).month_length() == 29:
                g = Hijri(y, mo, 29).to_gregorian()
                return date(g.year, g.month, g.day) + timedelta(days=1)
            g = Hijri(y, mo, d).to_gregorian()  # a date subclass: kept a plain date
            return date(g.year, g.month, g.day)
        return date(y, mo, d)
    except (ValueError, OverflowError):
        return None


def _two_digit(cal: str, y: int) -> int:
    if cal == "jalali":  # «۱۲ مهر ۹۸»: the web era, 1341–1440
        return y + (1300 if y > 40 else 1400)
    return y + 2000 if y < 70 else y + 1900  # «'19»


def _day_of(name: str, cal: str | None, m: re.Match) -> tuple[str, date] | None:
    """(calendar, Gregorian day) of one rule's match, or None when it is not a real date.
    A calendar marker after the year decides a numeric date («۱۴۴۳/۱۲/۰۴ ه.ق»); month names
    decide a date in words."""
    g = m.groupdict()
    ys = g["y"].lstrip("'")
    y = int(ys)
    marked = next((c for p, c in CALENDAR_MARKS if g.get("cal") and re.fullmatch(p, g["cal"].strip(), re.I)), None)
    if cal is None and "mon" in g:  # month names first: the year tells which («مهر ۱۴, ۱۴۰۱»)
        cal = "gregorian" if y >= 1900 else "jalali"
    elif cal is None:  # numeric: the year tells the calendar, a marker overrides it
        cal = marked or ("gregorian" if y >= 1900 else "jalali")
        if cal == "jalali" and y > MAX_NUMERIC_JALALI:
            cal = "hijri"  # «۱۴۴۴/۰۳/۰۸» on a seminary's page: no Jalali year is that large yet
    if len(ys) == 2:
        y = _two_digit(cal, y)
    if "mon" in g:
        mo = _MONTH_NUMBER[cal].get(_key(g["mon"]))
        d = int(g["d"]) if g.get("d") else _ORDINAL_NUMBER.get(_key(g["od"] or ""))
    elif "a" in g:  # day-first, or month-first where only that reading exists
        a, b = int(g["a"]), int(g["b"])
        # day first, as Persian writes a date (and Europe, where the diaspora broadcasters are):
        # «05.06.2019» is 5 June; month first only when the day cannot be the month («07/25/2022»)
        d, mo = (b, a) if cal == "gregorian" and b > 12 else (a, b)
    else:
        mo, d = int(g["mo"]), int(g["d"])
    if not mo or not d:
        return None
    day = to_gregorian(cal, y, mo, d)
    return (cal, day) if day else None


def _persian_utc(m: re.Match) -> bool:
    """Whether the clock ``m`` is labelled Greenwich time in Persian words («گرینویچ», «به وقت جهانی»),
    not with a Latin «GMT»/«UTC» (:data:`UTC_ZONE`)."""
    label = m.group("utc")
    return bool(label) and label.strip().upper() not in ("GMT", "UTC")


def clock_of(m: re.Match) -> tuple[tuple[int, int, int | None], timedelta | None]:
    if m.re is SPELLED_CLOCK:
        return _spelled_clock(m) or (0, 0, None), None
    h, mi = int(m.group("h")), int(m.group("mi"))
    s = int(m.group("s")) if m.group("s") else None
    ap = _key(m.group("ap") or "").replace(".", "")
    if ap in ("بظ", "pm", "عصر", "بعدازظهر") and h < 12:
        h += 12
    elif ap in ("قظ", "am", "صبح") and h == 12:
        h = 0
    off = None
    if m.group("z") or m.group("utc"):
        off = timedelta(0)
    elif m.group("off") or m.group("off2"):
        o = m.group("off") or m.group("off2")
        sign = -1 if o[0] == "-" else 1
        digits = o[1:].replace(":", "")
        hh, mm = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
        off = sign * timedelta(hours=int(hh), minutes=int(mm))
    return (h, mi, s), off


@functools.lru_cache(maxsize=1)
def _date_hint() -> tuple[re.Pattern, ...]:
    """What every date shape has, to skip the grammar on lines that have none: three numbers with
    separators, or a number beside a month name (:func:`_hinted`). Its branches are searched apart,
    cheapest first, and a month name before its number in two: a name that has no cased letter
    (Persian's, Arabic's) needs no ``re.I``, so its search skips to their first letters in C, and
    a Latin one is looked for only in a line with a Latin letter. Searched as one alternation, the
    130 names were tried at every position of a line: twice as slow."""
    names = [n for cal in MONTHS.values() for names in cal.values() for n in names]
    cased = [n for n in names if any(c.lower() != c.upper() for c in _fold(n))]
    tail = r"\.?[\s\-/]*(?:ماه\s*)?(?:سال\s*)?['\d]"
    return (re.compile(r"\d\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d"),
            re.compile(r"(?:" + _alternation(n for n in names if n not in cased) + r")" + tail),
            re.compile(r"\d(?:st|nd|rd|th)?['\s\-/]*(?:ام\s*)?(?:" + _alternation(names) + r")", re.I),
            re.compile(r"[a-z]", re.I),
            re.compile(r"(?:" + _alternation(cased) + r")" + tail, re.I))


def _hinted(t: str) -> bool:
    """Whether ``t`` has what every date shape has (:func:`_date_hint`)."""
    numbers, after_name, before_name, latin, after_latin_name = _date_hint()
    return numbers.search(t) is not None or after_name.search(t) is not None or before_name.search(t) is not None \
        or latin.search(t) is not None and after_latin_name.search(t) is not None


def _today() -> date:
    """Today's date (a function, which a test may replace)."""
    return date.today()


def _gregorian_not_to_come(m: re.Match, day: date) -> bool:
    """Whether a year-first two-digit Jalali date («09.12.17»: 1409/12/17) names a day to come while
    its numbers read day first as a Gregorian date of 2010-2029 (9 December 2017, a messenger's or a
    European client's «dd.mm.yy»): no page dates its story after today, so the Gregorian reading is
    the date (:data:`RULES` «dmy_short_gregorian»). Jalali dates of years past stay year first."""
    return 10 <= int(m.group("d")) <= 29 and day > _today()


def find_stamps(text: str, *, folded: bool = False) -> list[Stamp]:
    """Every date of ``text`` (in order), each with the clock time written next to it.

    >>> [s.localize()[0] for s in find_stamps("۱۲ تیر ۱۴۰۱ | به‌روزرسانی: ۱۴ تیر ۱۴۰۱ ساعت ۹:۰۵")]
    ['2022-07-03', '2022-07-05T09:05+04:30']
    """
    t = text if folded else _fold(text)
    if not _ANY_DIGIT.search(t) or not _hinted(t):
        return []
    found: list[tuple[int, int, str, date, bool, str | None]] = []
    latin = _LATIN.search(t) is not None
    numeric = _NUMERIC.search(t) is not None
    for name, cal, rx, _why in _rules(_SHORT_ORDER.get()):
        need = _NEEDS.get(name)
        if need == "latin" and not latin or need == "numeric" and not numeric \
                or need == "comma" and "," not in t and "،" not in t:
            continue  # (what the rule's shape needs is not in the line)
        for m in rx.finditer(t):
            if any(m.start() < e and s < m.end() for s, e, *_ in found):
                continue  # an earlier (more specific) rule read these characters
            got = _day_of(name, cal, m)
            if got and name == "ymd_short" and _gregorian_not_to_come(m, got[1]):
                continue  # («09.12.17»: 9 December 2017, not 1409/12/17; dmy_short_gregorian reads it)
            if got and got[0] == "hijri":
                got = ("hijri", _on_weekday(got[1], t, m.start()))
            if got:
                found.append((m.start(), m.end(), got[0], got[1], len(m.group("y").lstrip("'")) == 2,
                              AFGHAN_ZONE if name == "afghan_words" else None))
    if not found:
        return []
    found.sort()
    clocks = [m for m in CLOCK.finditer(t) if not any(m.start() < e and s < m.end() for s, e, *_ in found)]
    if "ساعت" in t:  # (a clock in words: «… ۱۴۰۵ ساعت ده و بیست دقیقه»)
        clocks += [m for m in SPELLED_CLOCK.finditer(t) if _spelled_clock(m) is not None
                   and not any(m.start() < c.end() and c.start() < m.end() for c in clocks)
                   and not any(m.start() < e and s < m.end() for s, e, *_ in found)]
    taken: set[int] = set()
    out = []
    for s, e, cal, day, short, zone in found:
        clock = off = None
        # the clock right after the date, else right before it («۱۹:۱۳ - ۱۳۹۷/۰۸/۱۵»)
        for k, c in sorted(enumerate(clocks), key=lambda kc: (kc[1].start() < e, abs(kc[1].start() - e))):
            gap = t[e:c.start()] if c.start() >= e else t[c.end():s]
            if k not in taken and (c.start() >= e or c.end() <= s) and _GLUE.fullmatch(gap):
                taken.add(k)
                clock, off = clock_of(c)
                zone = AFGHAN_ZONE if c.group("kabul") else UTC_ZONE if _persian_utc(c) else zone
                s, e = min(s, c.start()), max(e, c.end())
                break
        out.append(Stamp(day, clock, off, cal, s, e, short, zone))
    return out


#: the weekday written right before a date (or opening its match), and each weekday's number
#: as :meth:`datetime.date.weekday` counts it
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(" + WEEKDAY + r")[\s،,\-]*(?=\d|$)")
_WEEKDAY_NUMBER = {"یک": 6, "دو": 0, "سه": 1, "چهار": 2, "پنج": 3, "شنبه": 5, "جمعه": 4, "ادینه": 4}
#: how far Iran's sighted lunar months may stand from the Umm al-Qura tables (:func:`to_gregorian`)
HIJRI_SLACK_DAYS = 2


def _on_weekday(day: date, t: str, start: int) -> date:
    """A Hijri date's day moved to the weekday written with it, when one is and it lies within
    :data:`HIJRI_SLACK_DAYS` («پنج‌شنبه ۲۰ شعبان ۱۴۴۳»: Umm al-Qura's 20 Sha'ban 1443 is a
    Wednesday, the page names a Thursday): the tables convert the month as Mecca fixed it, a page
    in Iran counts it from its own sighting and names the day. ``start``: where the date begins in
    the folded line ``t``.

    >>> _on_weekday(date(2022, 3, 23), "پنج شنبه - 20 شعبان 1443", 11)
    datetime.date(2022, 3, 24)
    >>> _on_weekday(date(2022, 3, 23), "20 شعبان 1443", 0)
    datetime.date(2022, 3, 23)
    """
    m = None
    for m in _WEEKDAY_BEFORE.finditer(t, max(0, start - 24), start + 24):
        if m.end() >= start:
            break
    if m is None or not (m.end() == start or m.start() == start):
        return day
    word = m.group(1).replace(" ", "").replace("\u200c", "")
    want = _WEEKDAY_NUMBER.get(word[:-4] if word.endswith("شنبه") and len(word) > 4 else word)
    if want is None:
        return day
    for shift in sorted(range(-HIJRI_SLACK_DAYS, HIJRI_SLACK_DAYS + 1), key=abs):
        if (day + timedelta(days=shift)).weekday() == want:
            return day + timedelta(days=shift)
    return day


_ANY_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")
_NUMERIC = re.compile(r"\d\s*[/\-.]\s*\d")
#: what a rule's shape needs in the line, checked before the rule runs
_NEEDS = {"gregorian_mdy": "latin", "month_first": "comma", "ymd": "numeric", "ymd_short": "numeric",
          "dmy": "numeric", "dmy_short": "numeric", "dmy_short_gregorian": "numeric"}


def agree(a: Stamp, b: Stamp) -> bool:
    """Whether two dates of one line name the same day (a Hijri date within two days: Iran's
    sighted months and Umm al-Qura differ by a day or two)."""
    slack = 2 if "hijri" in (a.calendar, b.calendar) and a.calendar != b.calendar else 0
    return abs((a.day - b.day).days) <= slack


def _merge(stamps: list[Stamp]) -> Stamp:
    """One date from the dates of one line that agree with its first: a solar calendar's day
    (exact) over a Hijri one, and the clock time of whichever carries one."""
    group = [s for s in stamps if agree(s, stamps[0])]
    base = next((s for s in group if s.calendar != "hijri"), group[0])
    timed = next((s for s in group if s.clock), None)
    if timed is None or timed is base:
        return base
    return Stamp(base.day, timed.clock, timed.offset, base.calendar, min(base.start, timed.start),
                 max(base.end, timed.end), base.short_year, timed.zone or base.zone)


# ----------------------------------------------------------------------------------- lines
@dataclass(frozen=True)
class DateLine:
    """The date of a short line and what the line says it is.

    ``role`` is "published" (a publication label), "modified" («به‌روزرسانی», «آخرین ویرایش»),
    "today" (a site header's «امروز: …») or None (a bare date).
    """

    stamp: Stamp
    role: str | None
    timed: bool
    #: the publication label is a generic one qualified by words that may name another event
    #: («تاریخ دریافت: …», «تاریخ ثبت پرسش: …»): among dates of several days, another event's
    #: (:func:`other_events`)
    qualified: bool = False
    #: the publication label names the publication itself («تاریخ انتشار», «زمان انتشار», «published»),
    #: not only a date («تاریخ»), a registration or an entry («زمان ثبت», «تاریخ درج»): of a field
    #: table's dates of several days, the publication's (:func:`field_events`)
    named: bool = False

    def localize(self, zone: str = DEFAULT_ZONE) -> tuple[str, str]:
        return self.stamp.localize(zone)


#: what ends one field of a line and begins the next: a bar or bullet, a spaced dash, two spaces
_FIELD_BREAK = re.compile(r"[|｜•·]|\s[-–—]\s|\s{2,}")


def _roles(t: str, stamps: list[Stamp], qualified: list[bool] | None = None,
           naming: list[bool] | None = None) -> list[str | None]:
    """What the label before each date of the line says it is («انتشار: X | به‌روزرسانی: Y»);
    a date with no label of its own after another date is that date in another calendar.
    ``qualified`` gets, per date, whether its publication label is a qualified generic one
    (:func:`_another_event`); on a line of several days, such a date is another event's. ``naming``
    gets, per date, whether its publication label names the publication (:data:`_PUBLISHING`)."""
    spans: list[tuple[int, int, str]] = []
    for rx, named in _LABELS:
        for m in rx.finditer(t):
            if not any(m.start() < e and s < m.end() for s, e, _ in spans) and \
                    not any(st.start < m.end() and m.start() < st.end for st in stamps):
                pre = t[:m.start()]
                if named == "today" and pre[max((x.end() for x in _FIELD_BREAK.finditer(pre)), default=0):] \
                        .strip(_LINE_PUNCT):
                    continue  # «امروز» inside a name («تیتر امروز», «Iran Today»): no label
                spans.append((m.start(), m.end(), named))
    out: list[str | None] = []
    quals: list[bool] = []
    names: list[bool] = []
    role: str | None
    # (a line of dates of several days: their labels tell the events apart)
    several = any(not agree(stamps[0], st) for st in stamps[1:])
    for i, st in enumerate(stamps):
        prev_end = stamps[i - 1].end if i else 0
        # a label of the date's own field (one in the field before, «منبع: تیتر امروز | ۱۳:۲۱ …», is not)
        before = sorted((s, e, r) for s, e, r in spans if prev_end <= s and e <= st.start
                        and not _FIELD_BREAK.search(t[e:st.start]))
        if any(r == "saved" for _, _, r in before):  # («… ذخیره‌شده … در تاریخ …»: the copy's date, whatever follows)
            before = [(0, 0, "saved")]
        role = before[-1][2] if before else out[-1] if out else None
        # (a date with no label of its own after another date is that date in another calendar)
        q = _another_event(t, *before[-1][:2], st.start) if before and role == "published" else \
            not before and bool(quals) and quals[-1]
        quals.append(q)
        names.append(bool(_PUBLISHING.search(t[before[-1][0]:before[-1][1]])) if before and role == "published"
                      else not before and bool(names) and names[-1])
        out.append("other" if q and several else role)
    if qualified is not None:
        qualified.extend(q and not several for q in quals)
    if naming is not None:
        naming.extend(names)
    return out


#: a label that names the publication itself (folded: «تاریخ انتشار», «منتشر شده», «published»)
_PUBLISHING = re.compile(r"انتشار|نشر|منتشر|publish|posted", re.I)
#: the words a label may hold beside its date and still be the date's label alone («در», «روز»,
#: a weekday, «ساعت»)
_LABEL_GLUE = re.compile(r"(?<!\w)(?:" + WEEKDAY + r"|در|روز|ساعت|on|at)(?!\w)", re.I)
_LABEL_WORD = re.compile(r"[^\W\d_]+")


def _another_event(t: str, s: int, e: int, date_start: int) -> bool:
    """Whether the generic date label at ``t[s:e]`` («تاریخ», «تاریخ ثبت») is qualified by words up to
    its date that name another event than the publication («تاریخ دریافت: …», «تاریخ ثبت پرسش: …»,
    a journal's received day, a question's filing day beside the answer's): asked of a line whose
    dates name several days, where the labels tell the events apart. A label naming the publication
    («تاریخ انتشار آنلاین») never is.

    >>> _another_event("تاریخ دریافت: ۱۴۰۴/۰۲/۱۰", 0, 5, 14), _another_event("تاریخ: ۱۴۰۴/۰۲/۱۰", 0, 5, 7)
    (True, False)
    >>> _another_event("Date: Sat, Dec 5, 2026", 0, 4, 11)
    False
    """
    if _PUBLISHING.search(t[s:e]):
        return False
    # (the label's own words run on past the known label up to its colon: «تاریخ ثبت پرسش:»; words
    # after the colon are the date's, «Date: Sat, Dec 5, 2026»)
    colon = max(t.rfind(":", e, date_start), t.rfind("：", e, date_start))
    return colon > 0 and _LABEL_WORD.search(_LABEL_GLUE.sub(" ", t[e:colon])) is not None


def _choose(stamps: list[Stamp], roles: list[str | None]) -> tuple[Stamp, str | None]:
    """The line's date: a labelled publication date, else the first unlabelled (merged with the
    other calendars that agree with it), else what is left (a modification or "today" date)."""
    for want in ("published", None, "modified", "today", "other", "saved"):
        pick = [s for s, r in zip(stamps, roles) if r == want]
        if pick:
            return _merge(pick), want
    return _merge(stamps), roles[0]  # pragma: no cover - every role is listed above


#: a byline's author beside its date («ارسال شده در … توسط مریم رحیمی», «نویسنده: علی کریمی — …»)
_BYLINE = re.compile(r"(?<!\w)(?:توسط|نویسنده|نوشته(?:\s*شده)?(?:\s*توسط)?|به\s*قلم|by)(?!\w)\s*[:：]?"
                     r"(?:\s*[^\s\d|]+){1,3}", re.I)
_SEGMENT = re.compile(r"\s[|｜•·—–]\s|\s*[|｜]\s*")  # «نویسنده: … — ۱۲ مهر ۹۸» too
_LINE_PUNCT = " -–—،,|:ـ()[]/.؛"
#: a date line is short, and the date takes most of it: at most this many other words
MAX_OTHER_WORDS = 4
#: the date lines remembered (:func:`date_line` reads a line alone, and a site's lines recur on its
#: pages: a run of 2,000 pages asks 33,000 times about 3,300 lines); a line is at most 160 characters
DATE_LINE_CACHE = 4096


def _short_line_stamps(line: str) -> tuple[str, tuple[Stamp, ...]]:
    """A short line folded, and its dates: the classifier asks :func:`date_line` and then
    :func:`meta_fields_line` of the same line, and the header parser asks again of its dates."""
    return _line_stamps(line, _SHORT_ORDER.get())


#: the short lines' dates remembered (a run of 2,000 pages, one process: 4,200 asks of 2,350 lines,
#: which 256 remembered answered 1,600 of, and 4,096 1,760)
LINE_STAMPS_CACHE = 4096


@functools.lru_cache(maxsize=LINE_STAMPS_CACHE)
def _line_stamps(line: str, _order: str | None) -> tuple[str, tuple[Stamp, ...]]:
    """:func:`_short_line_stamps` in the order read now (a key of the cache: find_stamps reads it)."""
    t = _fold(line)
    return t, tuple(find_stamps(t, folded=True))


def date_line(line: str) -> DateLine | None:
    """The date of ``line`` if the line is (mostly) a date, else None.

    A date line is short and the date takes most of it, or most of one of its «|» segments
    (a byline «نوشته علی رضایی | ۱۲ مهر ۹۸ | ۳ دیدگاه»); labels say what it is.

    >>> d = date_line("تاریخ انتشار: سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۱۴:۳۰")
    >>> d.localize(), d.role
    (('2022-10-04T14:30+03:30', '1401/07/12'), 'published')
    >>> date_line("به‌روزرسانی: ۱۴ مهر ۱۴۰۱").role
    'modified'
    >>> date_line("وزیر در ۱۲ مهر ۱۴۰۱ به مسکو سفر کرد و با همتای خود دیدار کرد") is None
    True
    """
    if len(line) > 160 or not _RAW_DIGIT.search(line):
        return None
    return _date_line(line, _SHORT_ORDER.get())


@functools.lru_cache(maxsize=DATE_LINE_CACHE)  # (a DateLine is frozen: the one answer serves every caller)
def _date_line(line: str, _order: str | None) -> DateLine | None:
    """:func:`date_line` of a short line with a digit (in the order of two-digit years read now)."""
    t, found = _short_line_stamps(line)
    if not found:
        return None
    stamps = list(found)
    qualified: list[bool] = []
    named: list[bool] = []
    roles = _roles(t, stamps, qualified, named)
    stamp, role = _choose(stamps, roles)
    q = role == "published" and any(qualified[i] for i, (st, r) in enumerate(zip(stamps, roles))
                                    if r == role and agree(st, stamp))
    n = role == "published" and any(named[i] for i, (st, r) in enumerate(zip(stamps, roles))
                                    if r == role and agree(st, stamp))
    # the words of the line (or of the date's «|» segment) that are neither a date nor a label
    seg_start, seg_end = 0, len(t)
    for m in _SEGMENT.finditer(t):
        if m.end() <= stamp.start:
            seg_start = m.end()
        elif m.start() >= stamp.end and seg_end == len(t):
            seg_end = m.start()
    if _dated_part(t, stamps, stamp, seg_start, seg_end) or role == "saved":
        # (a copy's date is a line about the copy, a sentence at times: never the story's, nor its prose)
        return DateLine(stamp, role, stamp.clock is not None, q, n)
    # a meta line: the date in one of its fields, the others codes and counters («۲ مه ۲۰۱۱  کد خبر:
    # ۲۸۸۲۵۷  تعداد بازدید: ۸۳۳۹»); the fields split at two spaces, a spaced dash, a bar or a «label:»
    parts = _parts(t, stamps)
    k = next(k for k, (s, e) in enumerate(parts) if s <= stamp.start < e)
    if not _dated_part(t, stamps, stamp, *parts[k]):
        return None
    if not all(meta_field(t[s:e], stamps, s) for j, (s, e) in enumerate(parts) if j != k):
        return None
    return DateLine(stamp, role, stamp.clock is not None, q, n)


def other_events(dates: Sequence[DateLine]) -> list[str | None]:
    """The roles of a page's (or a meta row's) dates, read together: when they name several days, a
    date under a qualified generic label («تاریخ دریافت: …», «تاریخ ثبت پرسش: …» beside the answer's
    own date) is another event's ("other"); the labels tell the events apart.

    >>> ds = [date_line("تاریخ ثبت پرسش: ۱۷ شهریور ۱۳۹۵"), date_line("۲۱ مهر ۱۳۹۵")]
    >>> [d.role for d in ds], other_events(ds)
    (['published', None], ['other', None])
    """
    several = any(not agree(dates[0].stamp, d.stamp) for d in dates[1:])
    return ["other" if several and d.qualified and d.role == "published" else d.role for d in dates]


def field_events(dates: Sequence[DateLine]) -> list[str | None]:
    """The roles of the dated fields of one field table, in its order, read together: the one reader
    of a table's dates, the page's alone (:func:`.html._row_events`, :mod:`.pagedates`) and the run's
    (:func:`.template.date_field_keys`, which counts what it says). When the fields that may date the
    story (a publication label, or none) name several days, one of them is the document's and the
    others another event's ("other"): a field whose label names the publication (:attr:`DateLine.named`,
    «زمان انتشار» under a CMS's «زمان ثبت»); else, beside fields that say only «تاریخ», those under
    a qualified generic label are other events (:func:`other_events`); else the first field, a
    document's own day standing first in its table (a scan view's «تاریخ نشریه» over its «تاریخ اسکن»).

    >>> field_events([date_line("زمان ثبت: ۱۴۰۰/۰۴/۱۳"), date_line("زمان انتشار: ۱۴۰۰/۰۴/۱۵")])
    ['other', 'published']
    >>> field_events([date_line("تاریخ نشریه: ۲۸ اردیبهشت ۱۳۹۶"), date_line("تاریخ اسکن: 1396/03/11")])
    ['published', 'other']
    """
    cand = [i for i, d in enumerate(dates) if d.role in (None, "published")]
    if not cand or all(agree(dates[cand[0]].stamp, dates[i].stamp) for i in cand[1:]):
        return [d.role for d in dates]
    named = [i for i in cand if dates[i].named]
    if not named and any(dates[i].qualified for i in cand) and not all(dates[i].qualified for i in cand):
        return other_events(dates)
    first = dates[(named or cand)[0]].stamp
    return ["other" if i in cand and not agree(first, d.stamp) else d.role for i, d in enumerate(dates)]


def in_shown_zone(d: DateLine | None, shown: DateLine | None) -> DateLine | None:
    """The machine-readable date ``d`` (a ``<time datetime>``'s) in the zone its shown text ``shown`` names
    (Dari month names, a clock «به وقت کابل»): a UTC instant shown as an Afghan date is Kabul's day.

    >>> d = in_shown_zone(date_line("2024-07-09T20:24:00Z"), date_line("چهارشنبه ۲۰ سرطان ۱۴۰۳"))
    >>> d.localize()[0]
    '2024-07-10T00:54:00+04:30'
    >>> in_shown_zone(date_line("2022-11-02T20:33:00Z"), date_line("۲ نوامبر ۲۰۲۲، ساعت ۲۰:۳۳ گرینویچ")).localize()[0]
    '2022-11-02T20:33:00+00:00'
    """
    if d is None or shown is None or d.stamp.zone is not None:
        return d
    if shown.stamp.zone == UTC_ZONE:
        # (the page shows the same instant in GMT, «۲ نوامبر ۲۰۲۲، ساعت ۲۰:۳۳ گرینویچ»: its own clock is
        # UTC, and so is its day; another instant in GMT, a related item's, says nothing of this one)
        same = d.stamp.offset == timedelta(0) and shown.stamp.clock is not None and d.stamp.clock is not None \
            and (shown.stamp.day, shown.stamp.clock[:2]) == (d.stamp.day, d.stamp.clock[:2])
        return replace(d, stamp=replace(d.stamp, zone=UTC_ZONE)) if same else d
    if shown.stamp.zone is None:
        return d
    return replace(d, stamp=replace(d.stamp, zone=shown.stamp.zone))


def _day_spans(text: str, d: DateLine) -> list[tuple[int, int]]:
    """Where the line ``text`` gives the day of its date ``d``, in each calendar it shows it in."""
    return sorted([(d.stamp.start, d.stamp.end)]
                  + [(s.start, s.end) for s in _short_line_stamps(text)[1] if agree(s, d.stamp)])


#: a bracketed tail closing a headline: «<headline> (۱۴ آذر ۱۴۰۵)»
_BRACKETED_TAIL = re.compile(r"\s*[(\[]\s*(?P<x>[^()\[\]]{4,60}?)\s*[)\]]\s*$")
#: a headline that a date in brackets closes has at least this many words before it
MIN_DATED_HEADLINE_WORDS = 3


def dated_headline(title: str) -> tuple[str, DateLine] | None:
    """``(headline, date)`` of a headline line a date in brackets closes, the date all the brackets hold
    («کاهش قیمت مرغ در بازار تهران (۱۴ آذر ۱۴۰۵)»: a site that dates its story on its headline's line),
    or None (a bracket of other words, «(عکس)», «(۱۴ نفر)»; a date inside the headline's words).

    >>> h, d = dated_headline("کاهش قیمت مرغ در بازار تهران (۱۴ آذر ۱۴۰۵)")
    >>> h, d.localize()[0]
    ('کاهش قیمت مرغ در بازار تهران', '2026-12-05')
    >>> dated_headline("کاهش قیمت مرغ در بازار تهران (عکس)"), dated_headline("جشن ۱۴ آذر ۱۴۰۵ (ویدئو)")
    (None, None)
    """
    m = _BRACKETED_TAIL.search(title)
    if m is None or len(title[:m.start()].split()) < MIN_DATED_HEADLINE_WORDS:
        return None
    inner = m.group("x")
    d = date_line(inner)
    if d is None or d.role not in (None, "published") or not mostly_date(inner, d) or find_stamps(title[:m.start()]):
        return None  # (a headline that names a day in its words, «… ۱۲ آذر ۱۴۰۵ (۱۴ آذر ۱۴۰۵)», says two)
    return title[:m.start()].rstrip(), d


def mostly_date(text: str, d: DateLine) -> bool:
    """Whether the date ``d`` of the line ``text`` takes half of it or more, counting the day each
    time the line gives it, in another calendar too («۱۸ اسفند ۰۰ - ۹ مارس ۲۰۲۲»: one date, written
    twice): a date alone on its line, not an item «<headline> - <date>» of a list.

    >>> t, item = "۱۸ اسفند ۰۰ - ۹ مارس ۲۰۲۲", "همایش ملی آب - ۹ آبان ۱۳۹۱"
    >>> mostly_date(t, date_line(t)), mostly_date(item, date_line(item))
    (True, False)
    """
    covered, reach = 0, 0
    for start, end in _day_spans(text, d):  # (their union: the merged date holds its other calendar's)
        covered += max(0, end - max(start, reach))
        reach = max(reach, end)
    return 2 * covered >= len(text.strip())


def outside_date(text: str, d: DateLine) -> str:
    """What the line ``text`` says beside its date ``d``: the text with the date cut out, and the
    same day again in another calendar («دوشنبه ۳ خرداد ۱۴۰۰ - ۱۲ شوال ۱۴۴۲»: one date, written
    twice, nothing beside it but a dash).

    >>> t = "۳ خرداد ۱۴۰۰ - ۱۲ شوال ۱۴۴۲ | محمد"
    >>> outside_date(t, date_line(t)).strip(" -|")
    'محمد'
    """
    out, reach = [], 0
    for start, end in _day_spans(text, d):
        out.append(text[reach:max(reach, start)])
        reach = max(reach, end)
    return " ".join([*out, text[reach:]])


#: the label of a date line's own, before its date («زمان:», «Posted:»), has at most this many words
MAX_DATE_LABEL_WORDS = 3


def own_date_label(text: str, d: DateLine) -> bool:
    """Whether a date line opens with a label of a few words of its own, no digit, before a colon
    («زمان: ۰۲:۰۴ - ۱۳۹۸/۱۱/۲۱»), and says nothing after its date: whatever words the site labels it
    with (a comment's date stands beside a name, a related item's beside its headline)."""
    label, rest = text[:d.stamp.start].rstrip(), text[d.stamp.end:].strip()
    return label.endswith((":", "：")) and 0 < len(label[:-1].split()) <= MAX_DATE_LABEL_WORDS \
        and not _ANY_DIGIT.search(label) and not LETTER.search(rest)


def date_alone(text: str) -> bool:
    """Whether a date line says nothing but its date, in one calendar or two («دوشنبه ۳ خرداد ۱۴۰۰ -
    ۱۲ شوال ۱۴۴۲»), or with its age beside it, the same day said again («۱۳۹۶/۰۹/۲۲ - ۱۴:۳۱ (۴۵ دقیقه
    پیش)»); in the tail, a comment's date stands beside its writer's name: «محمد | ۲۸ مرداد ۱۳۸۴ ساعت
    ۰۶:۲۰».

    >>> date_alone("۱۳۹۶/۰۹/۲۲ - ۱۴:۳۱ (۴۵ دقیقه پیش)"), date_alone("محمد | ۱۳۹۶/۰۹/۲۲ (۲ روز پیش)")
    (True, False)
    """
    d = date_line(text)
    return d is not None and not LETTER.search(_DATE_WORDS.sub(" ", RELATIVE.sub(" ", outside_date(text, d))))


#: a letter of any script (no digit, no mark): a word beside a date
LETTER = re.compile(r"[^\W\d_]")


#: what ends a field of a story's dateline: a dash (spaced on one side at least) or a colon and a space
_DATELINE_BREAK = re.compile(r"\s*[-–—]\s+|\s+[-–—]\s*|[:：]\s+")
#: a dateline's head (a city, the agency, a desk: «تهران - ایرنا - …») has this many parts at most, each
#: of at most :data:`MAX_DATELINE_FIELD_WORDS` words: before its date (:func:`dateline_date`) and before
#: its story (:func:`.agency._agency_opener`)
MAX_DATELINE_FIELDS = 3
MAX_DATELINE_FIELD_WORDS = 3


def dateline_date(paragraph: str) -> DateLine | None:
    """The date of the dateline that opens a story's first paragraph: a place (an agency) in fields of
    a few words, then a field that is a date alone, each ended by a dash or a colon. A date the
    story's sentence names is no dateline's («روز شنبه ۶ مهر مراسم …»: no field of its own), nor one
    that opens the paragraph with no place before it.

    >>> dateline_date("گرگان - شنبه ۶ مهر ۱۴۰۲ - کاشت نهال در پارک جنگلی آغاز شد.").localize()[0]
    '2023-09-28'
    >>> dateline_date("تهران - ایرنا - ۶ مرداد ۱۴۰۳: وزیر نیرو گفت …").localize()[0]
    '2024-07-27'
    >>> dateline_date("گرگان - روز شنبه ۶ مهر ۱۴۰۲ کاشت نهال در پارک جنگلی آغاز شد.") is None
    True
    """
    head, start, label = paragraph[:160], 0, ""
    for k in range(MAX_DATELINE_FIELDS + 1):
        m = _DATELINE_BREAK.search(head, start)
        if m is None:
            return None
        field = head[start:m.start()].strip()
        if _ANY_DIGIT.search(field):
            d = date_line(field) if k and date_alone(field) else None
            # (a field before a colon labels the date: «به‌روزرسانی: …» is another day's)
            labelled = date_line(label + field) if d is not None and label else d
            return d if labelled is not None and labelled.role in (None, "published") else None
        if not field or len(field.split()) > MAX_DATELINE_FIELD_WORDS:
            return None
        label = field + ": " if ":" in m.group() or "：" in m.group() else ""
        start = m.end()
    return None


#: the words a date line may hold beside its date: a weekday, «ساعت», «روز»
_DATE_WORDS = re.compile(r"(?:" + WEEKDAY + r"|ساعت|روز)")


#: a weekday written beside a date is part of it, not another word of its line
_WEEKDAY_WORD = re.compile(r"(?<!\w)" + WEEKDAY + r"(?!\w)")


def _dated_part(t: str, stamps: list[Stamp], stamp: Stamp, seg_start: int, seg_end: int) -> bool:
    """Whether the date takes most of ``t[seg_start:seg_end]``: at most a few other words besides
    the dates and their labels (none beside a two-digit year)."""
    if seg_end - seg_start > 90:
        return False
    rest = list(t[seg_start:seg_end])
    for s in stamps:
        for k in range(max(s.start, seg_start), min(s.end, seg_end)):
            rest[k - seg_start] = " "
    words = _other_words("".join(rest))
    if len(words) > MAX_OTHER_WORDS:
        return False
    # «۱۲ مهر ۹۸» only when it is all its line (or segment) says, or all of one of its fields set
    # apart by separators («ورزشی - ۱۲ مهر ۹۸», «۱۲ مهر ۹۸ ، ۳ دیدگاه»): never inside a phrase
    return not (stamp.short_year and words and not _alone(t, stamp, seg_start, seg_end))


#: what sets a field of a short line apart: a bar, bullet or comma, a spaced dash or slash, two spaces
_FIELD_SEP = re.compile(r"\s*[|｜•·،,]\s*|\s[-–—/]\s|\s{2,}")


#: a word of a line: a letter or a digit in it (an icon «🕒», «📅» or a bracket says nothing)
_WORDLIKE = re.compile(r"[^\W_]")

#: a label of up to three words and a colon right before a date, and nothing else in its field
_LABEL_BEFORE = re.compile(r"^\s*[^\d\s:：]+(?:\s+[^\d\s:：]+){0,2}\s*[:：]\s*$")


def _alone(t: str, stamp: Stamp, seg_start: int, seg_end: int) -> bool:
    """Whether ``stamp`` is all its field of ``t[seg_start:seg_end]`` says (a label aside)."""
    lo, hi = seg_start, seg_end
    for m in _FIELD_SEP.finditer(t, seg_start, seg_end):
        if stamp.start < m.end() and m.start() < stamp.end:
            continue  # a separator inside the date («۱۲ مهر ۹۸ - ۱۰:۲۰»)
        if m.end() <= stamp.start:
            lo = m.end()
        elif m.start() >= stamp.end:
            hi = min(hi, m.start())
    before = t[lo:stamp.start]
    if _LABEL_BEFORE.search(before):
        before = ""  # «تاریخ ثبت: ۱۲ مهر ۹۸»: a field's label of its own, then the date
    return not _other_words(before + " " + t[stamp.end:hi])


def _other_words(rest: str) -> list[str]:
    """The words of a date line beside its date that say something else: not its labels, a
    byline's author («… توسط مریم رحیمی»), a relative note that says the same day again («(۲۳ دقیقه
    پیش)»), the date's own weekday («شنبه ۹۴/۱۰/۲۶»), an icon or a bracket."""
    for rx, _ in _LABELS:
        rest = rx.sub(" ", rest)
    rest = _BYLINE.sub(" ", rest)
    rest = RELATIVE.sub(" ", rest)
    rest = _WEEKDAY_WORD.sub(" ", rest)
    return [w for w in rest.split() if _WORDLIKE.search(w)]


#: where one field of a meta line ends and the next begins: a bar or bullet, a spaced dash, two
#: spaces or more, or a «label:» (one to three words and a colon) right after a number
_PART = re.compile(r"\s*[|｜•·]\s*|\s+[-–—]\s+|\s{2,}"
                   r"|(?<=\d)\s+(?=[^\d\s:：|]+(?:\s+[^\d\s:：|]+){0,2}\s*[:：])")
#: words beside the number of a meta field: a label of up to three words, or a counter's words
MAX_FIELD_WORDS = 3
_FIELD_LABEL = re.compile(r"[^\d\s:：]\s*[:：]\s*\d")


#: a counter's value right before a date, one space between («بازدید: ۵۹.۹K ۳۱ اردیبهشت ۹۸», «👁 ۶.۲K ۲۰
#: جون ۲۰۱۶»): a number after its label's colon or its icon, or with a unit letter («K», «M»), then
#: the space where the date's field begins (a bare number, «ایران ۲ ۱۲ مهر ۹۸», is no counter's)
_COUNT_BEFORE = re.compile(r"(?:(?:[:：]|[^\w\s.,])\s*[\d.,]*\d[KkMm]?|\d[KkMm])(\s+)$")


def _parts(t: str, stamps: Sequence[Stamp] = ()) -> list[tuple[int, int]]:
    """The fields of a line as spans (a boundary inside a date is none: «۱۴ خرداد ۱۴۰۰ - ۱۳:۲۸»);
    a date that starts right after a number starts a field of its own (two numbers in a row are
    two values: a counter's, then the date's)."""
    cuts = [(m.start(), m.end()) for m in _PART.finditer(t)
            if not any(st.start < m.end() and m.start() < st.end for st in stamps)]
    for st in stamps:
        m = _COUNT_BEFORE.search(t, 0, st.start)
        if m and not any(s < st.start and m.start(1) < e for s, e in cuts):
            cuts.append((m.start(1), st.start))
    cuts.sort()
    out, at = [], 0
    for s, e in cuts:
        out.append((at, s))
        at = e
    out.append((at, len(t)))
    return [(s, e) for s, e in out if e > s] or [(0, len(t))]


def meta_field(part: str, stamps: Sequence[Stamp] = (), offset: int = 0) -> bool:
    """Whether one field of a line is metadata by its shape: a number with a label or a counter's
    few words («کد خبر: ۲۸۸۲۵۷», «۶۵۹۶۱ بار خوانده شده», «👁 ۸۵۹۴۹»), a date, or nothing."""
    chars = list(part)
    for st in stamps:
        for k in range(max(st.start - offset, 0), min(st.end - offset, len(part))):
            chars[k] = "0"
    masked = "".join(chars)
    if not masked.strip(_LINE_PUNCT):
        return True
    if not _ANY_DIGIT.search(masked):
        return False
    words = [w for w in masked.split() if w.strip(_LINE_PUNCT + "0123456789")]
    return len(words) <= MAX_FIELD_WORDS


def _only_dates(part: str, stamps: Sequence[Stamp], offset: int) -> bool:
    """Whether a field of a line says nothing but dates (a weekday, marks and a «ساعت» aside)."""
    rest = "".join(" " if any(st.start <= offset + k < st.end for st in stamps) else c for k, c in enumerate(part))
    return not _WEEKDAY_WORD.sub(" ", rest).replace("ساعت", " ").strip(_LINE_PUNCT + "،, \u200c")


def meta_fields_line(line: str) -> bool:
    """Whether ``line`` is a row of metadata fields and nothing else, by its shape (digits and
    dates masked, no word lists): two fields or more, each a number with a label or a counter's few
    words, a date or a relative date, and one of them a «label: number» or a date («۳ هفته پیش  کد
    خبر: ۴۷۴۳۰۷۹  ۶۵۹۶۱ بار خوانده شده»). A score line «ایران ۲ - ژاپن ۱» has no label: not one.

    >>> meta_fields_line("۳ هفته پیش  کد خبر: ۴۷۴۳۰۷۹  ۶۵۹۶۱ بار خوانده شده")
    True
    >>> meta_fields_line("ایران ۲ - ژاپن ۱")
    False

    Dates alone are no row: «دوشنبه ۳ خرداد ۱۴۰۰ - ۱۲ شوال ۱۴۴۲» is one date in two calendars.

    >>> meta_fields_line("دوشنبه ۳ خرداد ۱۴۰۰ - ۱۲ شوال ۱۴۴۲")
    False
    """
    if len(line) > 160 or not _RAW_DIGIT.search(line):
        return False
    t, stamps = _short_line_stamps(line)
    parts = _parts(t, stamps)
    if len(parts) < 2 or not all(meta_field(t[s:e], stamps, s) for s, e in parts):
        return False
    if all(_only_dates(t[s:e], stamps, s) for s, e in parts):
        return False
    return bool(stamps) or any(_FIELD_LABEL.search(t[s:e]) or RELATIVE.search(t[s:e]) for s, e in parts)


def date_line_score(line: str) -> tuple[tuple[str, str], bool] | None:
    """If ``line`` is (mostly) a date line, ``((published, jalali), timed)`` (see :func:`date_line`).

    >>> date_line_score("۱۳ تیر ۱۳۹۵، ۱۰:۲۰")
    (('2016-07-03T10:20+04:30', '1395/04/13'), True)
    """
    got = date_line(line)
    return (got.localize(), got.timed) if got else None


#: a day alone on its line or in its element (folded digits), the first piece of a date badge
_BADGE_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]")
#: a year closing a date badge: its last word, two or four digits
_BADGE_YEAR = re.compile(r"(?:\d{2}|\d{4})")
#: a badge's piece is a word or two («۱۲», «آذر», «آذر ۱۴۰۲»)
BADGE_PIECE_WORDS = 2


def badge_date(pieces: Sequence[str]) -> str | None:
    """The date a blog theme's date badge shows over its pieces, each on a line or in an element of
    its own: the day alone, then the month's name and the year («۱۲» / «آذر» / «۱۴۰۲», or «۱۲» /
    «آذر ۱۴۰۲»), as one line («۱۲ آذر ۱۴۰۲»); None when the pieces are no such date (no piece is a
    date alone, together they are one with its year last).

    >>> badge_date(["۱۲", "آذر", "۱۴۰۲"]), badge_date(["۱۲", "آذر ۱۴۰۲"])
    ('۱۲ آذر ۱۴۰۲', '۱۲ آذر ۱۴۰۲')
    >>> badge_date(["۱۲", "نفر"]) is None, badge_date(["۱۲", "آذر"]) is None
    (True, True)
    """
    if not 2 <= len(pieces) <= 3 or not _BADGE_DAY.fullmatch(_fold(pieces[0]).strip()):
        return None
    words = [p.split() for p in pieces]
    if not all(1 <= len(w) <= BADGE_PIECE_WORDS for w in words) \
            or not _BADGE_YEAR.fullmatch(_fold(words[-1][-1])) or any(date_line(p) for p in pieces):
        return None
    joined = " ".join(" ".join(w) for w in words)
    d = date_line(joined)
    return joined if d is not None and mostly_date(joined, d) else None


def joined_badges(lines: list[str]) -> list[str]:
    """The lines of a flat page with a date badge's lines joined into one (:func:`badge_date`): «۱۸»
    / «خرداد» / «۱۳۹۶» over the headline is the day «۱۸ خرداد ۱۳۹۶» a theme shows in three rows.

    >>> joined_badges(["سبد قارچ", "۱۸", "خرداد", "۱۳۹۶", "گزارش تمرین صبح"])
    ['سبد قارچ', '۱۸ خرداد ۱۳۹۶', 'گزارش تمرین صبح']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        got = None
        if len(lines[i]) <= 3 and _BADGE_DAY.fullmatch(_fold(lines[i]).strip()):
            got = next(((joined, n) for n in (2, 3) if (joined := badge_date(lines[i:i + n]))), None)
        if got is None:
            out.append(lines[i])
            i += 1
        else:
            out.append(got[0])
            i += got[1]
    return out


#: a clock alone on its line, after a one-word label at most («ساعت: ۱۰:۲۰», «زمان: ۱۰:۲۰», «۱۰:۲۰»)
_CLOCK_LINE = re.compile(r"^\s*(?:[^\d\s:：]+\s*[:：]?\s*)?$")


def clock_line(line: str) -> tuple[int, int, int | None] | None:
    """The clock time of a line that holds a clock and nothing else but a one-word label, no date
    and no offset (the page's own clock): the time of the date a page shows on the line next to it
    («تاریخ: ۱۴۰۱/۰۷/۱۴» / «ساعت: ۱۰:۲۰»).

    >>> clock_line("ساعت: ۱۰:۲۰"), clock_line("ایران ۲ - ژاپن ۱"), clock_line("۱۲ مهر ۱۴۰۱ - ۱۰:۲۰")
    ((10, 20, None), None, None)
    """
    if len(line) > 40 or not _RAW_DIGIT.search(line):
        return None
    t = _fold(line)
    m = CLOCK.search(t)
    if m is None or find_stamps(t, folded=True) or not _CLOCK_LINE.match(t[:m.start()]) \
            or t[m.end():].strip(_LINE_PUNCT):
        return None
    clock, offset = clock_of(m)
    return clock if offset is None else None


def parse_date(text: str, *, allow_two_digit_year: bool = True,
               zone: str = DEFAULT_ZONE, machine: bool = False) -> tuple[str, str] | None:
    """The date of ``text`` as ``(published, jalali)``, or None (relative dates give none).

    >>> parse_date("۱۹:۱۳ - ۱۳۹۷/۰۸/۱۵")
    ('2018-11-06T19:13+03:30', '1397/08/15')
    >>> parse_date("۲۶ تیر ۱۴۰۲")
    ('2023-07-17', '1402/04/26')
    """
    if not _RAW_DIGIT.search(text):
        return None
    t = _fold(text)
    stamps = find_stamps(t, folded=True)
    if not allow_two_digit_year:
        stamps = [s for s in stamps if not s.short_year]
    if machine:  # (a machine value's «GMT» is its zone, as «Z» is: not a clock the page shows its readers)
        stamps = [replace(s, zone=None) if s.zone == UTC_ZONE else s for s in stamps]
    if not stamps:
        return None
    return _choose(stamps, _roles(t, stamps))[0].localize(zone)


#: a day in a URL's path, year first («/2022/10/06/slug», «/1401/07/14/»; WordPress and many CMSs)
_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d|1[34]\d\d)/(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$|[?#])")
#: a URL's part that is one day whole, year first, its fields apart by «-», «.» or «/»: a path's segment
#: («/news/2024-07-27/…», «/1403-05-06-kasht-nahal») or a query's value («?date=2024-07-27»)
_URL_PART_DAY = re.compile(r"(?P<y>(?:19|20)\d\d|1[34]\d\d)(?P<s>[-./])(?P<mo>[01]?\d)(?P=s)(?P<d>[0-3]?\d)")


def url_date(url: str | None) -> tuple[str, str] | None:
    """The day a URL's path names, year / month / day (Gregorian or Jalali by the year), or None.

    >>> url_date("https://example.ir/2019/05/30/some-story/"), url_date("https://x.ir/1401/07/14/123")
    (('2019-05-30', '1398/03/09'), ('2022-10-06', '1401/07/14'))
    >>> url_date("https://x.ir/news/2019/12345") is None
    True
    """
    if not url or len(url) > 2000:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    path, _, query = path.split("#", 1)[0].partition("?")
    m = _URL_DAY.search("/" + path) or _url_part_day(path, query)
    if not m:
        return None
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    cal = "gregorian" if y >= 1900 else "jalali"
    if cal == "jalali" and y > MAX_NUMERIC_JALALI:
        return None
    day = to_gregorian(cal, y, mo, d) if mo and d else None
    return Stamp(day, calendar=cal).localize() if day else None


def _url_part_day(path: str, query: str):
    """The match of :data:`_URL_PART_DAY` for the one part of a URL that is a day whole: a path segment
    that is the day or opens with it before a slug («2024-07-27-some-story»), or a query value that is
    the day («date=1403%2F05%2F06»); None when no part, or two parts, are (a search's «from» and «to»).

    >>> _url_part_day("news/2024-07-27/12", "")["d"], _url_part_day("news.php", "id=55&date=1403%2F05%2F06")["y"]
    ('27', '1403')
    >>> _url_part_day("search", "from=2024-07-01&to=2024-07-27") is None
    True
    """
    from urllib.parse import unquote_plus

    parts = [seg for seg in path.split("/") if seg[:1].isdigit()]
    parts += [unquote_plus(v) for _k, eq, v in (x.partition("=") for x in query.split("&")) if eq and v[:1].isdigit()]
    found = []
    for part in parts:
        m = _URL_PART_DAY.match(part)
        if m and m.group("s") == "." and len(m.group("mo") + m.group("d")) < 4:
            continue  # (a version's number, «/download/2019.1.3/»)
        rest = part[m.end():] if m else ""
        if m and (not rest or rest[0] in "-_" and m.group("s") == "-" and not rest[1:2].isdigit()):
            found.append(m)  # (the day whole, or a slug after it: not «2024-07-27-12-30», a clock)
    return found[0] if len(found) == 1 else None


def parse_iso(value: str, *, zone: str = DEFAULT_ZONE) -> tuple[str, str] | None:
    """The date of a meta tag, JSON-LD or ``<time datetime>`` value, in the page's local time with
    its offset: an offset the value gives is kept, UTC goes to ``zone``, none gets ``zone``'s.

    >>> parse_iso("2019-05-30T00:20:37+04:30")
    ('2019-05-30T00:20:37+04:30', '1398/03/09')
    >>> parse_iso("2019-03-19T18:41:00")
    ('2019-03-19T18:41:00+03:30', '1397/12/28')
    >>> parse_iso("Sun, 29 Sep 2013 22:59:00 GMT")  # a feed's RFC 822 zone, as «Z»: the instant in Tehran
    ('2013-09-30T02:29:00+03:30', '1392/07/08')
    >>> parse_iso("20240727"), parse_iso("1722061200")  # digits alone: a packed day, a Unix time
    (('2024-07-27', '1403/05/06'), ('2024-07-27T09:50:00+03:30', '1403/05/06'))
    """
    if not value or len(value) > 200:
        return None
    return parse_date(machine_text(value), zone=zone, machine=True)


def machine_text(value: str) -> str:
    """A machine value's date in digits alone written out as ISO 8601: a packed day «20240727» (and
    time, «202407271030»), a Unix time in seconds or milliseconds (UTC, «…Z»); any other value as it is.

    >>> machine_text("20240727"), machine_text("1722061200000"), machine_text("2024-07-27")
    ('2024-07-27', '2024-07-27T06:20:00Z', '2024-07-27')
    """
    packed = _PACKED_STAMP.match(value)
    if packed:
        y, mo, d, h, mi, sec = packed.groups()
        return f"{y}-{mo}-{d}" + (f"T{h}:{mi}:{sec or '00'}" if h else "")
    v = value.strip()
    if v.isascii() and v.isdigit() and len(v) in (10, 13):
        return _unix_iso(int(v)) or value
    return _rfc822_iso(v) or value


#: RFC 822's date-time (a feed's ``pubDate``, a mail's ``Date``): «Sun, 29 Sep 2013 07:59:00 GMT», its
#: year in two digits as the RFC first wrote it («29 Sep 13 07:59 UT»), a named zone or an offset
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3})\s+(?P<y>\d{2}|\d{4})\s+"
                     r"(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-6]\d))?\s*(?P<z>[A-Za-z]{1,3}|[+-]\d{4})$")
_RFC822_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
#: the zones RFC 822 (section 5.1) names, hours from UTC; its military letters other than «Z» are left
#: out (RFC 1123 section 5.2.14: their signs were written the wrong way round, they say nothing)
_RFC822_ZONES = {"UT": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
                 "PST": -8, "PDT": -7}


def _rfc822_iso(value: str) -> str | None:
    """An RFC 822 date-time written out as ISO 8601 with its offset («Z» for UTC), when its zone is one
    the RFC names or its year has two digits (RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are
    1950-1999); None for any other value (the rest of the grammar reads those).

    >>> _rfc822_iso("Sun, 29 Sep 2013 21:59:00 UT"), _rfc822_iso("29 Sep 13 21:59 GMT")
    ('2013-09-29T21:59:00Z', '2013-09-29T21:59Z')
    >>> _rfc822_iso("Mon, 30 Jul 2018 03:12:00 EDT"), _rfc822_iso("Mon, 30 Jul 2018 11:42:00 IRDT")
    ('2018-07-30T03:12:00-04:00', None)
    """
    m = _RFC822.match(value)
    mon = _RFC822_MONTHS.get(m.group("mon").lower()) if m else None
    if m is None or mon is None:
        return None
    z, y = m.group("z"), int(m.group("y"))
    if z.upper() in _RFC822_ZONES:
        hours = _RFC822_ZONES[z.upper()]
        zone = "Z" if hours == 0 else f"{'-' if hours < 0 else '+'}{abs(hours):02d}:00"
    elif z[0] in "+-" and y < 100:
        zone = f"{z[:3]}:{z[3:]}"
    else:
        return None
    if y < 100:
        y += 2000 if y < 50 else 1900
    sec = f":{m.group('s')}" if m.group("s") else ""  # (a clock without seconds stays so)
    return f"{y:04d}-{mon:02d}-{int(m.group('d')):02d}T{int(m.group('h')):02d}:{m.group('mi')}{sec}{zone}"


#: a machine value's day (and time) in digits alone, year first: «20240727», «202407271030», «14030506»
_PACKED_STAMP = re.compile(r"^\s*((?:19|20)\d\d|1[34]\d\d)([01]\d)([0-3]\d)(?:([0-2]\d)([0-5]\d)([0-5]\d)?)?\s*$")


def _unix_iso(value: int) -> str | None:
    """The UTC instant a Unix time names (seconds, or milliseconds over 10^11), as ISO 8601 with «Z»;
    None for a number no page's date is (before 1990, after 2100).

    >>> _unix_iso(1722061200), _unix_iso(1722061200000), _unix_iso(12345)
    ('2024-07-27T06:20:00Z', '2024-07-27T06:20:00Z', None)
    """
    secs = value / 1000 if value >= 10 ** 11 else value
    if not 631152000 <= secs <= 4102444800:
        return None
    return datetime.fromtimestamp(secs, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
