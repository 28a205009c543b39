"""A subtitle file saved as text: the day its header's note names.

A subtitle or caption file (WebVTT, SubRip) times its cues, each on a line of its own,
«00:00:04.148 --> 00:00:11.999», settings after it («align:right line:85%»), the cue's text under
it. Whatever app wrote it, the lines over the first cue are the file's header («WEBVTT», «Kind:
captions», a «NOTE» block): a day a line of that header names («برنامه «پرونده روز» — پخش: دوشنبه
۳۱ فروردین ۱۴۰۵», the day the programme aired) is the transcript's date; the cues' own words (a day a
speaker names) are the programme's, and the timings are no dates at all.
"""
from __future__ import annotations

import re

#: a cue's timing line: two instants («00:01:02.120», «01:02,120», «1:02:03.000») parted by an arrow,
#: the cue's settings after them
_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
                     r"(?:\s+[^\n]*)?$", re.M)
#: the signature a WebVTT file opens with (its header, then its cues)
_SIGNATURE = "WEBVTT"
#: a subtitle file times several cues: a page with fewer such lines quotes one, holds no cues
MIN_CUES = 3
#: a header is read this far at most (a note of a few lines over the cues)
MAX_HEADER_LINES = 30


def subtitle_date(raw: str) -> tuple[str, str] | None:
    """(ISO day, Jalali day) a subtitle file's header names (the first line over its first cue that
    names a day, no modification's), or None: no subtitle file (fewer than :data:`MIN_CUES` timing
    lines), or no day in its header.

    >>> subtitle_date("WEBVTT\\nKind: captions\\n\\nNOTE\\nبرنامه «پرونده روز» — پخش: دوشنبه ۳۱ فروردین ۱۴۰۵\\n\\n"
    ...               "1\\n00:00:00.000 --> 00:00:04.100\\nعنوان خبر\\n\\n"
    ...               "2\\n00:00:04.100 --> 00:00:09.000 align:right\\nمتن یک\\n\\n"
    ...               "3\\n00:00:09.000 --> 00:00:12.000\\nمتن دو، ۲ فروردین ۱۴۰۵")
    ('2026-04-20', '1405/01/31')
    >>> subtitle_date("1\\n00:00:00,000 --> 00:00:04,100\\nدر ۲ فروردین ۱۴۰۵\\n\\n2\\n00:00:04,100 --> 00:00:09,000\\n"
    ...               "متن\\n\\n3\\n00:00:09,000 --> 00:00:12,000\\nمتن") is None   # (SubRip: no header)
    True
    >>> subtitle_date("سه‌شنبه ۷ مرداد ۱۴۰۴\\nWEBVTT\\n\\nNOTE\\nزیرنویس: شبکه نمونه\\n\\n"   # (a «today» over the file)
    ...               "1\\n00:00:00.000 --> 00:00:04.100\\nمتن\\n\\n2\\n00:00:04.100 --> 00:00:09.000\\nمتن\\n\\n"
    ...               "3\\n00:00:09.000 --> 00:00:12.000\\nمتن") is None
    True
    """
    if "-->" not in raw:
        return None
    timings = _TIMING.finditer(raw)
    first = next(timings, None)
    if first is None or sum(1 for _ in zip(range(MIN_CUES - 1), timings)) < MIN_CUES - 1:
        return None
    from .dates import date_line

    header = raw[:first.start()].split("\n")
    # (a WebVTT file opens with its signature: a line over it is the page's around the file, a site's
    # «today» over a pasted transcript)
    sign = next((k for k, line in enumerate(header) if line.strip().startswith(_SIGNATURE)), None)
    for line in header[sign or 0:][:MAX_HEADER_LINES]:
        d = date_line(line) if line.strip() else None
        if d is not None and d.role in ("published", None):
            return d.localize()
    return None
