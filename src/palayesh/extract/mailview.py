"""A mail's print view: its header's fields, and the story pasted or forwarded under them.

A webmail's print view (Outlook on the web, Yahoo, Roundcube, Gmail, a Persian webmail) or a mail
client's "save as" shows a header of fields («From: …», «To: …», «Subject: …», «Date: …» or
«از: / به: / موضوع: / تاریخ:»), a label and its value on one line or a table's cells one a line,
then the message. When the message holds a news story pasted whole, its own headline stands right
over its own date line; that headline is the page's title (the subject may word it otherwise:
«FW: …», «این خبر را ببینید») and that date the story's (the header's date is when the mail was
sent). Read by the page's shape: a run of the mail's header fields, of which one names the sender
and one the recipient, then a headline over a date line within the message's first lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from ..textkeys import line_key
from .dates import DateLine, date_line

#: the header fields of a mail (RFC 5322 «From / To / Cc / Subject / Date», Outlook's «Sent»), as
#: the webmails' English and Persian interfaces label them; the value after a colon, or in the next
#: cell (a table's row read one cell a line)
_ROLES = (
    ("sender", r"from|sender|از|فرستنده"),
    ("recipient", r"to|cc|bcc|به|گیرنده|گیرندگان|رونوشت"),
    ("subject", r"subject|موضوع"),
    ("date", r"date|sent|تاریخ|ارسال[\s\u200c]*شده|زمان[\s\u200c]*ارسال"),
)
_FIELD = re.compile(r"^\s*(?:(?P<%s>%s)" % _ROLES[0] + "".join(r"|(?P<%s>%s)" % r for r in _ROLES[1:])
                    + r")\s*(?:[:：]\s*(?P<value>.*?))?\s*$", re.I)
#: a subject's forward or reply mark («FW: …», «Fwd: …», «RE: …», «پاسخ: …»)
_SUBJECT_MARK = re.compile(r"^\s*(?:(?:fwd?|re|forward|پاسخ|ارسال[\s\u200c]*مجدد|بازارسال)\s*[:：]\s*)+", re.I)
#: a reply's quote marks at a line's start («> », «>> »)
_QUOTED = re.compile(r"^\s*(?:>\s?)+")
#: a rule of dashes or underscores (a forward's mark «-----Original Message-----»)
_RULE = re.compile(r"[-_–—=]{3,}")
#: how many lines (blanks aside) under a mail's header a forwarded message's header may start
FORWARD_LINES = 6
#: how many lines (blanks aside) under the header the pasted story's date line may stand
STORY_LINES = 8
#: how many of the page's first lines (blanks aside) the header may start within
HEADER_START = 12
#: how many lines (blanks aside) under a pasted headline its story's section label may stand (its date
#: line, then the label)
LABEL_LINES = 2
#: how many lines (blanks aside) under an archived message's subject its story's headline may stand
ARCHIVE_LINES = 16
#: a mailing list's tag before a subject («[dam-l] Fwd: …»)
_LIST_TAG = re.compile(r"^\s*\[[^\]\n]{1,40}\]\s*")
#: the story's date line under its pasted headline is a short line
MAX_DATE_LINE_CHARS = 120


@dataclass(frozen=True)
class MailView:
    """A mail's header read off a page: where it ends, its fields' values, and the pasted story's
    headline and date line (None when the message holds no story dated under its headline)."""

    end: int
    subject: str | None
    sent: DateLine | None
    headline: str | None
    story_date: DateLine | None
    #: the lines between the header and the story's headline (a greeting, a forward's mark, the
    #: story's kicker): no section of the story's
    between: tuple[str, ...] = ()
    #: the header is a forwarded message's: its subject the story's headline, its date the story's
    forwarded: bool = False

    def no_section(self, section: str | None) -> bool:
        """Whether ``section`` is no section of the story's: the subject, a line over the headline,
        the subject's forward mark («FW» of «FW: …»)."""
        if not section:
            return False
        key = line_key(section)
        return key in {line_key(t) for t in self.names_no_section()} \
            or _SUBJECT_MARK.fullmatch(section.strip() + ":") is not None

    def names_no_section(self) -> list[str]:
        """The lines no section of the story's is read from: the subject, the lines over the headline."""
        return [t for t in (self.subject, *self.between) if t]

    def over_story(self, lines: list[str]) -> set[str]:
        """The keys of the page's ``lines`` that are the mail's, not the pasted story's: those over its
        headline (the sender's note, the forwarded message's header, the story's agency line and
        kicker), the headline and the story's date line under it, unless the story shows them again.

        >>> story = ["سلام، برای اطلاع.", "افتتاح دو نیروگاه تازه در استان", "۱۲ آذر ۱۴۰۲ - ۱۰:۲۰",
        ...          "به گزارش ایرنا دو نیروگاه افتتاح شد."]
        >>> v = mail_view(["از: علی <ali@mail.ir>", "به: مریم", "موضوع: FW: خبر", *story])
        >>> v.over_story(story) == {line_key(t) for t in story[:3]}
        True
        """
        if not self.headline:
            return set()
        keys = [line_key(t) for t in lines]
        try:
            at = keys.index(line_key(self.headline))
        except ValueError:
            return set()
        under = next((k for k in range(at + 1, len(lines)) if keys[k]), None)
        if under is not None and len(lines[under]) <= MAX_DATE_LINE_CHARS and date_line(lines[under]) is not None:
            at = under  # (the story's own date line under its headline)
        return set(keys[:at + 1]) - set(keys[at + 1:]) - {""}

    def under_headline(self, paras: list[str], lines: list[str]) -> list[str]:
        """``paras`` without those :meth:`over_story` names (a header row's cells joined, «Date: | …», too)."""
        over = self.over_story(lines)
        if not over:
            return paras
        return [p for p in paras if line_key(p) not in over and not all(line_key(c) in over for c in p.split(" | "))]

    def labelled_section(self) -> str | None:
        """The pasted story's own section label among the lines over its headline («سرویس: استان‌ها»
        under its agency's name), the story's section.

        >>> MailView(0, None, None, "عنوان", None, ("خبرگزاری فارس", "سرویس: استان‌ها")).labelled_section()
        'استان‌ها'
        """
        from .sections import section_from_label

        # (no field of a mail's header: «موضوع: …» is its subject)
        return next((got for t in self.between if _FIELD.match(t) is None and (got := section_from_label(t))), None)

    def labelled_under(self, lines: list[str]) -> str | None:
        """The pasted story's own section label right under its headline and date line («گروه خبری: …»),
        the story's section, where the story's own header shows it under its headline.

        >>> lines = ["سلام،", "افتتاح دو نیروگاه تازه در استان", "۱۲ آذر ۱۴۰۲", "گروه خبری: اقتصادی", "متن"]
        >>> MailView(0, None, None, lines[1], None).labelled_under(lines)
        'اقتصادی'
        """
        from .sections import section_from_label

        keys = [line_key(t) for t in lines]
        if not self.headline or line_key(self.headline) not in keys:
            return None
        at = keys.index(line_key(self.headline))
        under = [k for k in range(at + 1, len(lines)) if keys[k]][:LABEL_LINES]
        return next((got for k in under if _FIELD.match(lines[k]) is None
                     and (got := section_from_label(lines[k]))), None)

    def agency(self) -> str | None:
        """The pasted story's agency: a line over its headline that is an agency's name and nothing
        else («خبرگزاری فارس», «ورزش سه»), the header of the agency's page the story was copied from.
        A mail is no agency's own page, so the name there is the story's source, not the site's.

        >>> MailView(0, None, None, "عنوان", None, ("سلام، برای اطلاع.", "ورزش سه", "سرویس: فوتبال")).agency()
        'ورزش سه'
        >>> MailView(0, None, None, "عنوان", None, ("سلام، خبر خبرگزاری فارس را ببینید.",)).agency() is None
        True
        """
        from .agency import agency_name_alone

        return next((a for t in self.between if (a := agency_name_alone(t))), None) if self.headline else None

    @property
    def title(self) -> str | None:
        """The story's headline, else the subject without its forward mark."""
        if self.headline:
            return self.headline
        subject = _SUBJECT_MARK.sub("", self.subject or "").strip()
        return subject or None


#: a field's label in words no role above names (a webmail's own words, a language the roles do not
#: hold): one to three words of letters, then a colon and the value, or the value on the next line
_ANY_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][^\W\d_\s\u200c]*(?:[\s\u200c]+[^\W\d_]+){0,2})\s*[:：]"
                        r"\s*(?P<value>.*?)\s*$")
#: an e-mail address in a field's value («علی <ali@mail.ir>», «ali@mail.ir»)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _shaped_field(lines: list[str], i: int, fields: dict[str, str]) -> tuple[str, str, int] | None:
    """(role, value, the line after the field) of a header field at line ``i`` whose label no role
    names, told by its value's shape: an address names the sender, then the recipient; a date line
    the date. None for any other value (a field of words says nothing of a mail).

    >>> _shaped_field(["ادواردو:", "علی <ali@mail.ir>"], 0, {}), _shaped_field(["الرحیم: m@x.ir"], 0, {"sender": "a"})
    (('sender', 'علی <ali@mail.ir>', 2), ('recipient', 'm@x.ir', 1))
    >>> _shaped_field(["صانعی: ۱۸ آبان ۱۴۰۵ ساعت ۱۹:۲۷"], 0, {})[0], _shaped_field(["تلفن: ۰۲۱-۸۸۴۴"], 0, {})
    ('date', None)
    """
    t = lines[i]
    m = _ANY_LABEL.match(t) if len(t) <= 200 else None
    if m is None:
        return None
    value, after = m.group("value"), i + 1
    if not value and i + 1 < len(lines) and len(lines[i + 1]) <= 200:
        value, after = lines[i + 1].strip(), i + 2
    if not value:
        return None
    if _ADDRESS.search(value) and len(value.split()) <= 8:
        role = "recipient" if "sender" in fields else "sender"
    elif len(value) <= MAX_DATE_LINE_CHARS and date_line(value) is not None:
        role = "date"
    else:
        return None
    return role, value, after


def _field(lines: list[str], i: int) -> tuple[str, str, int] | None:
    """(role, value, the line after the field) of a header field at line ``i``, or None: «From: X»,
    or a label alone whose value is the next line («Subject» / «X»)."""
    t = lines[i]
    if len(t) > 200:
        return None
    m = _FIELD.match(t)
    if m is None:
        return None
    role = next(name for name, _ in _ROLES if m.group(name))
    value = m.group("value")
    if value:
        return role, value, i + 1
    if i + 1 < len(lines) and lines[i + 1].strip() and _FIELD.match(lines[i + 1]) is None:
        return role, lines[i + 1].strip(), i + 2
    return None


def mail_view(lines: list[str]) -> MailView | None:
    """The mail header over the page's text and the story pasted under it, or None.

    >>> v = mail_view(["از: علی رضایی <ali@mail.ir>", "به: مریم", "موضوع: FW: خبر", "تاریخ: ۱۴ آذر ۱۴۰۲",
    ...                "سلام، برای اطلاع.", "افتتاح دو نیروگاه تازه در استان", "۱۲ آذر ۱۴۰۲ - ۱۰:۲۰",
    ...                "به گزارش ایرنا دو نیروگاه تازه امروز افتتاح شد."])
    >>> v.title, v.story_date.stamp.day.isoformat(), v.sent.stamp.day.isoformat()
    ('افتتاح دو نیروگاه تازه در استان', '2023-12-03', '2023-12-05')
    """
    lines = [_QUOTED.sub("", t) if ">" in t else t for t in lines]  # (a reply's quoted lines, «> From: …»)
    rows = list(compress(range(len(lines)), map(str.strip, lines)))  # (the lines with text, found in C)
    first = _header(lines, rows[:HEADER_START])
    if first is None:
        # (an archive's page of one message: no recipient shown, the subject its heading)
        return _archived(lines, rows)
    start, end, fields = first
    sent = date_line(fields["date"]) if fields.get("date") else None
    # (a message forwarded in it: its own header under the mail's, «---------- Forwarded message
    # ---------» / «Begin forwarded message:» over it; the story hangs under that one)
    inner = _header(lines, [i for i in rows if i >= end][:FORWARD_LINES])
    if inner is not None:
        start, end, fields = inner
    forwarded = inner is not None or _forward_mark(lines, [i for i in rows if i < start][-1:])
    return _view(lines, end, fields, sent, forwarded)


def _archived(lines: list[str], rows: list[int]) -> MailView | None:
    """The story a message forwards or answers as a list's, a group's or a forum's archive shows it:
    the message's subject at the page's top marked as a forward or a reply («Fwd: …», «[list] Re: …»,
    «Subject: Fwd: …»), and the subject without its marks a line of the message under it, the story's
    own headline (over its date line, when it shows one). The archive's page shows the sender, the
    day it was sent and its own links over the message, no recipient, so :func:`_header` finds none.

    >>> v = mail_view(["[dam-l] Fwd: افتتاح دو نیروگاه تازه در استان", "علی رضایی ali at gmail.com",
    ...                "Sun Oct 11 04:17:00 IRST 2026", "سلام به همه،", "افتتاح دو نیروگاه تازه در استان",
    ...                "۱۲ آذر ۱۴۰۲ - ۱۰:۲۰", "به گزارش ایرنا دو نیروگاه تازه امروز افتتاح شد."])
    >>> v.title, v.story_date.stamp.day.isoformat(), v.between[-1]
    ('افتتاح دو نیروگاه تازه در استان', '2023-12-03', 'سلام به همه،')
    >>> mail_view(["افتتاح دو نیروگاه تازه در استان", "۱۲ آذر ۱۴۰۲", "افتتاح دو نیروگاه تازه در استان"]) is None
    True
    """
    for k, i in enumerate(rows[:HEADER_START]):
        if ":" not in lines[i] and "：" not in lines[i]:
            continue  # (a subject's mark ends with a colon: a line with none has none)
        t = lines[i].strip()
        m = _FIELD.match(t)
        if m is not None and m.group("subject") and m.group("value"):
            t = m.group("value")
        marked = _LIST_TAG.sub("", t)
        core = _SUBJECT_MARK.sub("", marked).strip()
        if core == marked.strip() or len(_WORD_BREAK.split(core)) < 3:
            continue  # (no subject's mark: a page's own heading says nothing of a mail)
        key = line_key(core)
        at = next((j for j in rows[k + 1:k + 1 + ARCHIVE_LINES] if line_key(lines[j]) == key), None)
        if at is None:
            return None
        under = next((j for j in rows if j > at), None)
        d = date_line(lines[under]) if under is not None and len(lines[under]) <= MAX_DATE_LINE_CHARS else None
        if d is not None and d.role not in (None, "published"):
            d = None
        between = tuple(lines[j] for j in rows if i < j < at and line_key(lines[j]) != key
                        and line_key(_SUBJECT_MARK.sub("", _LIST_TAG.sub("", lines[j]))) != key)
        return MailView(i + 1, t, None, lines[at].strip(), d, between)
    return None


def _header(lines: list[str], starts: list[int]) -> tuple[int, int, dict[str, str]] | None:
    """(its first line, the line after it, its fields) of the first mail header starting on one of
    the lines ``starts``: fields one after another, a sender and a recipient among three or more."""
    for start in starts:
        fields: dict[str, str] = {}
        shaped = False
        i = start
        while i < len(lines):
            if not lines[i].strip():
                i += 1
                continue
            got = _field(lines, i)
            if got is None:
                # (a label in the site's own words: a field by its value's shape, an address or a date)
                got = _shaped_field(lines, i, fields)
                shaped = shaped or got is not None
            if got is None or got[0] in fields:
                break
            fields[got[0]] = got[1]
            i = got[2]
        # (a header told by its values' shapes alone holds the three a mail's header always has)
        if "sender" in fields and "recipient" in fields and len(fields) >= 3 and (not shaped or "date" in fields):
            return start, i, fields
    return None


def _forward_mark(lines: list[str], above: list[int]) -> bool:
    """Whether the line over a header marks it forwarded: a rule of dashes around words
    («-----Original Message-----», «-------- پیام ارسال شده --------»), or a short line that
    announces it («Begin forwarded message:»)."""
    t = lines[above[0]].strip() if above else ""
    return bool(_RULE.search(t)) or (t.endswith((":", "：")) and len(t.split()) <= 5 and _FIELD.match(t) is None)


def _view(lines: list[str], end: int, fields: dict[str, str], sent: DateLine | None, forwarded: bool) -> MailView:
    own = date_line(fields["date"]) if fields.get("date") else None
    if forwarded and own is not None:
        sent = own if sent is None else sent
    under = [i for i in range(end, len(lines)) if lines[i].strip()][:STORY_LINES]
    headline, story = None, None
    for k, i in enumerate(under):
        d = date_line(lines[i]) if len(lines[i]) <= MAX_DATE_LINE_CHARS else None
        if d is None or d.role not in (None, "published"):
            continue
        if sent is not None and d.stamp.day == sent.stamp.day and not forwarded:
            continue  # (the header's own «Date:», quoted again)
        head = _headline_over(lines, under[:k])
        if head is not None:
            headline, story = head, d
            at = next(j for j in reversed(under[:k]) if lines[j].strip() == head)
            return MailView(end, fields.get("subject"), sent, headline, story,
                            tuple(lines[j] for j in under if j < at))
        break
    if story is None and forwarded and own is not None:
        # (a forwarded message's header dates what it forwards: the story, which shows no date of
        # its own; the subject the sender gave it its headline)
        return MailView(end, fields.get("subject"), sent, None, own, forwarded=True)
    return MailView(end, fields.get("subject"), sent, headline, story)


def _headline_over(lines: list[str], above: list[int]) -> str | None:
    """The headline right over the story's date line: the line above it (past a label line of the
    story's own header, «سرویس: …»), a sentence's length, no sentence of the message's (a greeting
    ends with a period) and no field of a header."""
    for i in reversed(above[-2:]):
        t = lines[i].strip()
        # (words a CMS joined with ZWNJs in place of spaces, «بوفون:ناکامی‌سیتی‌در‌جذب‌پوگبا», are words)
        words = len(_WORD_BREAK.split(t)) if len(t.split()) <= 30 else 31
        if _FIELD.match(t) or not any(ch.isalpha() for ch in t):
            return None
        # (a headline cut short with an ellipsis, «صد و هفتاد و پنج مروارید...», ends with no sentence)
        if 3 <= words <= 30 and not _ELLIPSIS.sub("", t).endswith((".", ":", "：")):
            return t
    return None


#: what parts a headline's words: spaces, and the ZWNJs some CMSs write in their place
_WORD_BREAK = re.compile(r"[\s\u200c]+")
#: an ellipsis closing a headline cut short («…», «...»)
_ELLIPSIS = re.compile(r"(?:…|\.{3,})$")
