"""A chat server's log saved as a page, read by the shape of its message heads, whatever the app.

A chat app's exporter (a server's channel saved as HTML or text) writes every message under a head,
its author and its time on one line, «سعید حسینی 10/27/2018 9:45 PM», the same shape on every head
of the file: those times are the chat's, when members wrote, no story's. The story is the long
message, a bot's card of a news item: the outlet over the card («ورزش سه»), its heading (the
story's headline), its text, and a footer naming the outlet and the story's own instant, «ورزش سه •
10/26/2018 8:53 AM», a head's shape with a mark between name and time. So the card's heading is the
title, the footer's name the agency, its instant the date; a long message with no such footer is
dated by its head, as a chat export's message is.

A stamp whose clock reads AM/PM is the English (US) client's: month first, «10/26/2018» the 26th of
October; a 24-hour clock's day is first when a first number over 12 says so, or no second one does.
"""
from __future__ import annotations

import re
from collections import Counter

from ..textkeys import DIGIT_FOLDS
from .feeditem import FeedItem

#: a message head's stamp: a day with its year (month and day in the locale's order, or ISO / a
#: year first) and a clock, an AM/PM after it or none
_STAMP = (r"(?:(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})|(?P<Y>\d{4})[/-](?P<M>\d{1,2})[/-](?P<D>\d{1,2}))"
          r"[,،]?\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?))?")
#: a head: a name of a few words, a mark or none, then the stamp ending the line
_HEAD = re.compile(r"^(?P<who>\S(?:.{0,58}?\S)?)\s*(?P<sep>[•·|—–-])?\s*" + _STAMP + r"\s*$")
#: a cheap test on the raw page: stamps of that shape (a clock after a day) three times at least
_ANY_STAMP = re.compile(r"[0-9۰-۹][/.\-][0-9۰-۹]{1,2}[/.\-][0-9۰-۹]{1,4}[,،]?\s+[0-9۰-۹]{1,2}:[0-9۰-۹]{2}")
_DIGITS = str.maketrans(DIGIT_FOLDS)
#: a chat log holds this many message heads of one shape at least
MIN_HEADS = 3
#: the lines over the first head (the server's and channel's names) are this few and short
MAX_PREAMBLE_LINES = 5
MAX_PREAMBLE_WORDS = 8
#: a head's name has this many words at most (an author and an app's label, «خبرنامه‌بات BOT»)
MAX_NAME_WORDS = 5
#: a card's heading has this many words at most
MAX_HEADING_WORDS = 25


def _head(line: str) -> re.Match | None:
    m = _HEAD.match(line.strip().translate(_DIGITS))
    if m is None or len(m.group("who").split()) > MAX_NAME_WORDS:
        return None
    return m


def _iso(m: re.Match, day_first: bool) -> str | None:
    """The stamp of head ``m`` as local ISO 8601 («2018-10-26T08:53»), None when it names no day."""
    from .dates import to_gregorian

    h, mi = int(m.group("h")), int(m.group("mi"))
    ap = (m.group("ap") or "").replace(".", "").upper()
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "PM" else 0)
    if m.group("Y"):
        y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        d, mo = (a, b) if day_first and not ap else (b, a)
    day = to_gregorian("jalali" if 1300 <= y < 1500 else "gregorian", y, mo, d)
    if day is None or h > 23 or mi > 59:
        return None
    return f"{day:%Y-%m-%d}T{h:02d}:{mi:02d}"


def _day_first(heads: list[re.Match]) -> bool:
    """A 24-hour clock's order of day and month over the file: day first unless only the second
    number ever passes 12."""
    firsts = [int(m.group("a")) for m in heads if m.group("a")]
    seconds = [int(m.group("b")) for m in heads if m.group("b")]
    return any(a > 12 for a in firsts) or not any(b > 12 for b in seconds)


def chat_log_lines(lines: list[str]):
    """The story of a chat log given as its text lines (a :class:`~.feeditem.FeedItem`: the card's
    heading, its text, the footer's instant and outlet; or the long message's text and its head's
    time), or None when the lines are no chat log (fewer than :data:`MIN_HEADS` heads of one shape,
    or a long line over the first).

    >>> it = chat_log_lines(["سرور آجرپزان", "اخبار / #akhbar", "مینا احمدی 06/19/2021 3:39 PM", "👍",
    ...     "خبرنامه‌بات BOT 06/19/2021 5:10 PM", "ورزش سه", "عبدی: دلمان برای خودمان سوخت",
    ...     "بهادر عبدی از بازگشت بازیکنان تیم راه آهن به تمرینات و اتمام اعتصابشان خبر داد.",
    ...     "ورزش سه • 06/18/2021 2:31 PM", "↪ خبرنامه‌بات", "لیلا فتحی 06/19/2021 6:11 PM", "ممنون"])
    >>> it.title, it.date, it.source
    ('عبدی: دلمان برای خودمان سوخت', '2021-06-18T14:31', 'ورزش سه')
    >>> it.content
    'بهادر عبدی از بازگشت بازیکنان تیم راه آهن به تمرینات و اتمام اعتصابشان خبر داد.'
    >>> chat_log_lines(["بارش برف در تهران", "علی رضایی 1402/05/01 12:30", "خوب بود"]) is None
    True
    """
    found = [(i, _head(ln)) for i, ln in enumerate(lines)]
    marked = [(i, m) for i, m in found if m is not None]
    shapes = Counter(m.group("sep") is None for _, m in marked)
    if not shapes:
        return None
    bare, n = shapes.most_common(1)[0]
    if n < MIN_HEADS:
        return None
    heads = [(i, m) for i, m in marked if (m.group("sep") is None) == bare]
    first = heads[0][0]
    over = [ln for ln in lines[:first] if ln.strip()]
    if len(over) > MAX_PREAMBLE_LINES or any(len(ln.split()) > MAX_PREAMBLE_WORDS for ln in over):
        return None
    day_first = _day_first([m for _, m in marked])
    ends = [i for i, _ in heads[1:]] + [len(lines)]
    messages = [(m, [ln.strip() for ln in lines[i + 1:end] if ln.strip()]) for (i, m), end in zip(heads, ends)]
    head, text = max(messages, key=lambda hm: sum(len(ln) for ln in hm[1]))
    # the card's footer: a line of the other shape (a mark between name and time) in the message
    foot, f = next(((k, m) for k in range(len(text) - 1, 0, -1)
                    if (m := _head(text[k])) is not None and (m.group("sep") is None) != bare), (None, None))
    if foot is None or f is None:
        date = _iso(head, day_first)
        return FeedItem(date=date, content="\n".join(text) or None) if date else None
    source = f.group("who").strip()
    card = text[:foot]
    named = bool(card) and " ".join(card[0].split()) == " ".join(source.split())
    if named:
        card = card[1:]  # (the outlet over the card, the footer names it again: the story's publisher)
    title = card[0] if len(card) >= 2 and len(card[0].split()) <= MAX_HEADING_WORDS else None
    body = card[1:] if title else card
    return FeedItem(title=title, date=_iso(f, day_first) or _iso(head, day_first),
                    content="\n".join(body) or None, source=source, published_by_source=named)


def chat_log(raw: str, html: bool):
    """:func:`chat_log_lines` of a page (an HTML page's visible lines, a text page's lines), or None;
    pages with fewer than :data:`MIN_HEADS` stamps anywhere are not read."""
    if len(_ANY_STAMP.findall(raw)) < MIN_HEADS:
        return None
    if html:
        from .pagetext import html_lines

        return chat_log_lines(html_lines(raw))
    return chat_log_lines(raw.split("\n"))
