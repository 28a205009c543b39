"""Dates of the web UI in the Jalali calendar: the date filter's input and the charts' labels.

The date filter (``from``/``to``) takes a Jalali day, month or year (``1402/03/15``, ``۱۴۰۲/۳``,
``۱۴۰۲``; Persian, Arabic-Indic or ASCII digits; ``/`` or ``-``), and, for the API, a Gregorian one
(``2023-06-05``, ``2023-06``, ``2023``). The year tells the calendars apart: a year below
:data:`GREGORIAN_FROM` is Jalali (the Jalali year 1700 is the Gregorian 2321). A ``from`` bound is
the first Gregorian day of the period, a ``to`` bound its last, so «تا ۱۴۰۲» takes the whole year.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import jdatetime

GREGORIAN_FROM = 1700
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_DATE = re.compile(r"([0-9]{4})(?:[/-]([0-9]{1,2})(?:[/-]([0-9]{1,2}))?)?")
JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                 "اسفند")


class BadDate(ValueError):
    """Not a date the filter takes; the message (Persian) says what it takes."""


def fa_digits(s: str) -> str:
    """ASCII digits as Persian digits: ``fa_digits("1402/03")`` → «۱۴۰۲/۰۳»."""
    return s.translate(_FA_DIGITS)


def bound(value: str, *, end: bool) -> str:
    """The Gregorian day (``YYYY-MM-DD``) that a ``from`` (``end=False``) or ``to`` (``end=True``) value
    stands for: the first or last day of the day, month or year it names.

    >>> bound("۱۴۰۲/۰۱/۰۱", end=False), bound("1402/12", end=True), bound("2023-06", end=True)
    ('2023-03-21', '2024-03-19', '2023-06-30')
    >>> bound("1402/12/30", end=False)
    Traceback (most recent call last):
    ...
    palayesh.web.jdates.BadDate: روز ۳۰ اسفند ۱۴۰۲ در تقویم نیست
    """
    m = _DATE.fullmatch(value.strip().translate(_DIGITS))
    if not m:
        raise BadDate(f"تاریخ خورشیدی به شکل ۱۴۰۲/۰۳/۱۵ یا ۱۴۰۲/۰۳ یا ۱۴۰۲ (یا میلادی 2023-06-05)، نه «{value[:40]}»")
    y = int(m[1])
    mo: int | None = int(m[2]) if m[2] else None
    d: int | None = int(m[3]) if m[3] else None
    jalali = y < GREGORIAN_FROM
    if mo is not None and not 1 <= mo <= 12:
        raise BadDate(f"ماه {fa_digits(str(mo))} نیست؛ ماه از ۱ تا ۱۲ است")
    if jalali:
        if y < 1:
            raise BadDate(f"سال {fa_digits(str(y))} نیست")
        if d is None:
            if not end:
                g = jdatetime.date(y, mo or 1, 1).togregorian()
            else:  # the day before the next month (or year) begins
                ny, nmo = (y + 1, 1) if mo is None or mo == 12 else (y, mo + 1)
                g = jdatetime.date(ny, nmo, 1).togregorian() - timedelta(days=1)
        else:
            mo = mo or 1  # a day has a month (the pattern)
            try:
                g = jdatetime.date(y, mo, d).togregorian()
            except ValueError:
                raise BadDate(f"روز {fa_digits(str(d))} {JALALI_MONTHS[mo - 1]} {fa_digits(str(y))} در تقویم نیست") \
                    from None
        return g.isoformat()
    if d is None:
        if mo is None:
            return f"{y:04d}-12-31" if end else f"{y:04d}-01-01"
        if not end:
            return f"{y:04d}-{mo:02d}-01"
        nxt = date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)
        return (nxt - timedelta(days=1)).isoformat()
    try:
        return date(y, mo or 1, d).isoformat()
    except ValueError:
        raise BadDate(f"روز {d} ماه {mo} سال {y} (میلادی) در تقویم نیست") from None


def jalali(day: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` in the Jalali calendar of a Gregorian ``YYYY-MM-DD``."""
    try:
        j = jdatetime.date.fromgregorian(date=date.fromisoformat(day[:10]))
    except ValueError:
        return None
    return j.year, j.month, j.day


def months(days: list[tuple]) -> list[tuple]:
    """Rows ``(YYYY-MM-DD, kept, rejected)`` summed by Jalali month: ``("1402-03", kept, rejected)``,
    in order (ASCII digits: a key, shown with :func:`month_label`)."""
    out: dict[str, list[int]] = {}
    for day, k, r in days:
        j = jalali(day) if day else None
        if j is None:
            continue
        c = out.setdefault(f"{j[0]:04d}-{j[1]:02d}", [0, 0])
        c[0] += k
        c[1] += r
    return [(m, k, r) for m, (k, r) in sorted(out.items())]


def month_label(key: str) -> str:
    """«خرداد ۱۴۰۲» of ``1402-03``; a year key (``1402``) is «۱۴۰۲»."""
    if len(key) == 4:
        return fa_digits(key)
    return f"{JALALI_MONTHS[int(key[5:7]) - 1]} {fa_digits(key[:4])}"
