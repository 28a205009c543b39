"""Dates on Persian news pages: Jalali in words or numbers, any digit script, to ISO 8601.

A page's date is written in its local (Iran) time and stays so: ``published`` is never shifted to
UTC. Jalali dates are converted with jdatetime (a maintained Jalali calendar library).

>>> parse_date("پنج‌شنبه ۱ بهمن ۱۳۸۸ - ۱۶:۲۹")
('2010-01-21T16:29', '1388/11/01')
>>> parse_date("۳ روز پیش") is None
True
"""
from __future__ import annotations

import re
from datetime import date, datetime

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)
# letters folded so month names match with ي/ك, ZWNJ or NBSP variants
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "\u00a0": " ", "\u200f": "", "\u200e": "",
                       "\u0640": ""})

#: Jalali month names (with the common spelling variants)
JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
#: Gregorian month names as Persian pages write them
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "مارچ": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5,
    "ژوئن": 6, "جون": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10,
    "نوامبر": 11, "دسامبر": 12,
}
_WEEKDAY = r"(?:شنبه|یک\s?شنبه|دو\s?شنبه|سه\s?شنبه|چهار\s?شنبه|پنج\s?شنبه|جمعه)"
_JM = "|".join(sorted(JALALI_MONTHS, key=len, reverse=True))
_GM = "|".join(sorted(GREGORIAN_MONTHS, key=len, reverse=True))
_TIME = r"(?P<h>[0-2]?\d)\s?:\s?(?P<mi>[0-5]\d)(?:\s?:\s?[0-5]\d)?"

# «۲۶ تیر ۱۴۰۲» / «۲۶ تیر ماه ۱۴۰۲» / «۲۶ تیر ۱۴۰۲، ۱۰:۲۰» / «۱۰:۲۰ - ۲۶ تیر ۱۴۰۲»
_WORDS = re.compile(
    r"(?:(?:" + _TIME.replace("?P<h>", "?P<h0>").replace("?P<mi>", "?P<m0>") + r")\s*[-–،,|]?\s*)?"
    r"(?:" + _WEEKDAY + r"\s*[،,]?\s*)?"
    r"(?<!\d)(?P<d>[0-3]?\d)\s*(?P<mon>" + _JM + r")(?:\s*ماه)?\s*(?:سال\s*)?(?P<y>1[2-4]\d\d|\d\d)(?!\d)"
    r"(?:\s*(?:[-–،,|]|ساعت|ـ)*\s*" + _TIME + r")?"
)
# «۱۴۰۲/۰۴/۲۶» or «۱۴۰۲-۰۴-۲۶», optionally with a time before or after
_NUMERIC = re.compile(
    r"(?:(?:" + _TIME.replace("?P<h>", "?P<h0>").replace("?P<mi>", "?P<m0>") + r")\s*[-–،,|]?\s*)?"
    r"(?<![\d/])(?P<y>1[2-4]\d\d)\s*[/\-.]\s*(?P<mo>[01]?\d)\s*[/\-.]\s*(?P<d>[0-3]?\d)(?![\d/])"
    r"(?:\s*(?:[-–،,|]|ساعت|ـ)*\s*" + _TIME + r")?"
)
# Gregorian in words: «۱۹ مارس ۲۰۱۹», «۱۹ مارس ۲۰۱۹، ۱۸:۴۱»
_GWORDS = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s*(?P<mon>" + _GM + r")\s*(?P<y>(?:19|20)\d\d)(?!\d)"
                     r"(?:\s*(?:[-–،,|]|ساعت|ـ)*\s*" + _TIME + r")?")
# Gregorian numeric, year first: «2019/03/19 - 18:41», «2019.03.19» (day-first forms are ambiguous)
_GNUMERIC = re.compile(
    r"(?:(?:" + _TIME.replace("?P<h>", "?P<h0>").replace("?P<mi>", "?P<m0>") + r")\s*[-–،,|]?\s*)?"
    r"(?<![\d/])(?P<y>(?:19|20)\d\d)\s*[/.]\s*(?P<mo>[01]?\d)\s*[/.]\s*(?P<d>[0-3]?\d)(?![\d/])"
    r"(?:\s*(?:[-–،,|]|ساعت|ـ)*\s*" + _TIME + r")?"
)
# ISO dates (meta tags, JSON-LD, <time datetime>)
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
                  r"(?:\.\d+)?(?P<tz>Z|[+-][0-2]\d:?[0-5]\d)?)?")
#: relative dates give no date («۳ روز پیش», «دقایقی قبل», «امروز»)
RELATIVE = re.compile(r"(?:\d+|چند|یک|دو|سه|دقایقی|ساعاتی|لحظاتی|روزهایی)\s*(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s*(?:پیش|قبل)"
                      r"|^\s*(?:امروز|دیروز|همین الان|لحظاتی پیش)\s*$")


def fold(text: str) -> str:
    """Digits to ASCII, ي/ك to ی/ک, ZWNJ/NBSP to space (for matching, never for output)."""
    return text.translate(_DIGITS).translate(_FOLD)


def _time(m, pre: bool = True):
    for hk, mk in (("h", "mi"), ("h0", "m0")) if pre else (("h", "mi"),):
        h = m.groupdict().get(hk)
        if h is not None and m.group(mk) is not None and int(h) < 24:
            return int(h), int(m.group(mk))
    return None


def _jalali_to_iso(y: int, mo: int, d: int, hm) -> tuple[str, str] | None:
    import jdatetime

    if y < 100:  # two-digit Jalali year «۲۸ مهر ۸۷»: 13xx for the web era
        y += 1300 if y > 40 else 1400
    try:
        g = jdatetime.date(y, mo, d).togregorian()
    except ValueError:
        return None
    iso = g.isoformat()
    if hm:
        iso += "T%02d:%02d" % hm
    return iso, "%04d/%02d/%02d" % (y, mo, d)


def _gregorian_to_iso(y: int, mo: int, d: int, hm) -> tuple[str, str] | None:
    import jdatetime

    try:
        g = date(y, mo, d)
    except ValueError:
        return None
    j = jdatetime.date.fromgregorian(date=g)
    iso = g.isoformat() + ("T%02d:%02d" % hm if hm else "")
    return iso, "%04d/%02d/%02d" % (j.year, j.month, j.day)


def parse_date(text: str, *, allow_two_digit_year: bool = True) -> tuple[str, str] | None:
    """The first date in ``text`` as ``(iso_local, jalali)``, or None (relative dates give None).

    >>> parse_date("۱۹:۱۳ - ۱۳۹۷/۰۸/۱۵")
    ('2018-11-06T19:13', '1397/08/15')
    >>> parse_date("۲۶ تیر ۱۴۰۲")
    ('2023-07-17', '1402/04/26')
    """
    t = fold(text)
    if RELATIVE.search(t):
        return None
    m = _WORDS.search(t)
    if m and (allow_two_digit_year or len(m.group("y")) == 4):
        return _jalali_to_iso(int(m.group("y")), JALALI_MONTHS[m.group("mon")], int(m.group("d")), _time(m))
    m = _NUMERIC.search(t)
    if m:
        y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return _jalali_to_iso(y, mo, d, _time(m))
    m = _ISO.search(t)
    if m:
        hm = (int(m.group("h")), int(m.group("mi"))) if m.group("h") else None
        return _gregorian_to_iso(int(m.group("y")), int(m.group("mo")), int(m.group("d")), hm)
    m = _GNUMERIC.search(t)
    if m:
        return _gregorian_to_iso(int(m.group("y")), int(m.group("mo")), int(m.group("d")), _time(m))
    m = _GWORDS.search(t)
    if m:
        return _gregorian_to_iso(int(m.group("y")), GREGORIAN_MONTHS[m.group("mon")], int(m.group("d")), _time(m, False))
    return None


def parse_iso(value: str) -> tuple[str, str] | None:
    """An ISO 8601 value of a meta tag, kept in its own local time (the offset is dropped, the
    clock time is not shifted): ``2019-03-19T18:41:00+03:30`` → ``2019-03-19T18:41``.

    >>> parse_iso("2019-03-19T18:41:00+03:30")
    ('2019-03-19T18:41', '1397/12/28')
    """
    m = _ISO.search(fold(value or ""))
    if not m:
        return None
    hm = (int(m.group("h")), int(m.group("mi"))) if m.group("h") else None
    return _gregorian_to_iso(int(m.group("y")), int(m.group("mo")), int(m.group("d")), hm)


_DATE_HINT = re.compile(r"\d|" + _JM)


def date_line_score(line: str) -> tuple[tuple[str, str], bool] | None:
    """If ``line`` is (mostly) a date line, its date and whether it carries a clock time.

    A date line is short and the date takes most of it («یکشنبه ۲۶ اسفند ۱۳۹۷ - ۰۸:۲۵»,
    «۱۳ تیر ۱۳۹۵، ۱۰:۲۰», «تاریخ انتشار: ۱۴۰۲/۰۴/۲۶»), not a sentence that mentions a date.
    """
    t = fold(line)
    if len(t) > 90 or not _DATE_HINT.search(t):
        return None
    for rx in (_WORDS, _NUMERIC, _ISO, _GNUMERIC, _GWORDS):
        m = rx.search(t)
        if m:
            rest = (t[: m.start()] + t[m.end():]).strip(" -–،,|:ـ")
            if len(rest.split()) > 4:
                return None
            if rx is _WORDS and len(m.group("y")) == 2 and len(rest.split()) > 0:
                return None
            got = parse_date(line)
            if got is None:
                return None
            return got, "T" in got[0]
    return None


def now_iso() -> str:  # pragma: no cover - tiny helper for debugging
    return datetime.now().isoformat(timespec="minutes")
