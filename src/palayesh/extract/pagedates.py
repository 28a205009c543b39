"""A flat page's own date: which of its date lines is the story's, read by where each stands.

:mod:`.dates` reads one date line (its stamp, and its role: published, modified, today); here the
page's lines (:mod:`.lines`) tell which of them dates the story (:func:`_published`): one in the
article's header, above or under its headline, not the site header's day of the visit
(:func:`site_header_date`, :func:`visit_day`); failing those, one the page labels as the publication
date, one alone under the story's last line or its signature, or the story's byline row further
down (:func:`_late_date`). :mod:`.text` asks it for the article's date and for what tells a date line
of the site's header from the article's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..textkeys import line_key
from .agency import is_credit_line
from .dates import (
    CLOCK,
    LETTER,
    DateLine,
    clock_line,
    clock_of,
    date_alone,
    date_line,
    fold,
    meta_field,
    meta_fields_line,
    mostly_date,
    other_events,
    own_date_label,
)
from .lines import (
    _DIGIT,
    BLANK,
    BYLINE_START,
    CHROME,
    CRUMB,
    DATE,
    END,
    LABEL,
    META,
    NAV,
    PARA,
    ROW_FIELD,
    SHORT,
    Line,
    _headline_shaped,
    _is_byline,
    _kicker,
    _named_words,
    _next_shown,
    _prev_shown,
    end_marker,
    is_label_candidate,
    reading_time_shaped,
    says_reading_time,
)
from .sections import headline_trail, spaced_menu_items
from .tags import tag_list_end, without_tag_lists

#: the order in which dates of the article header are trusted: a publication label, a bare
#: date; a modification date or a "today" date never (the page does not say when it published)
_ROLE_RANK = {"published": 0, None: 1}


#: a labelled publication date this many lines into the tail still belongs to the article (the
#: end marker and the credit come first on some sites)
TAIL_DATE_LINES = 4


def _published(lines: list[Line], top: int, title_i: int | None, header_end: int,
               tail_start: int | None = None, body_last: int | None = None) -> tuple[int, DateLine] | None:
    """The article's date among the date lines above the title (``top``) and between the title
    and the body (author/date lines, also below the lead; up to ``header_end``); failing those, a
    date labelled as the publication date («تاریخ انتشار: …») below the story, before the tail or
    in its first lines (some sites put it under the text), or a date alone on its line right under
    the story's last line ``body_last`` (its credit or counters aside), before the tail.

    Not the article's date: a "today" date (labelled so, or above the site's header: see
    :func:`site_header_date`), nor its day shown again in the article's header when another date
    there names another day, a relative date (no date at all), an unlabelled date in the story
    or the tail (a related item's, a comment's), a modification date. A labelled publication date
    first, then a bare one; among equals the one with a clock time, then the one nearest
    the title. Returns the line that shows it, and the date.
    """
    below = range(title_i + 1, header_end) if title_i is not None else range(0)
    found = []
    visit = set()  # the day of the site header's "today" date
    crawl_day: tuple[int, DateLine] | None = None  # a bare date line of that day (:attr:`Line.visit`)
    over_menu: tuple[int, DateLine] | None = None  # a bare date over the site's menu (:func:`_over_menu_row`)
    posts_day: tuple[int, DateLine] | None = None  # a day line over the channel's posts of that day
    mail_sent: tuple[int, DateLine] | None = None  # a mail header's «Date:» (:func:`_mail_header`)
    named_today = _named_today(lines, top)
    issue_day: tuple[int, DateLine] | None = None  # a bare date in a slot of varying days (:attr:`Line.varying_day`)
    for i in [*range(top), *below]:
        if lines[i].kind != DATE:
            continue
        d = _labelled_date(lines, i)
        if d is not None and d.role == "published" and _mail_header(lines, i):
            # (a mail's «Date:», when it was sent: the pasted story's own date wins, the mail's dates
            # the page only when nothing else does)
            mail_sent = mail_sent or (i, d)
            continue
        if i < top and site_header_date(lines, i, top) \
                and (d is None or d.role != "published") and not _other_than_today(d, named_today):
            # (a date its label calls the publication date is the story's, wherever it stands)
            if lines[i].varying_day and d is not None and d.role is None:
                # (in a slot whose day the run shows varying from page to page, under a numbered
                # line: an issue's day, the page's when it dates its story nowhere else; a web
                # archive's capture stamp under its «Saved from <address>» is in such a slot too,
                # over the story's own day)
                issue_day = issue_day or (i, d)
                continue
            today = date_line(lines[i].text)
            if today is not None and _heads_day_posts(lines, i, top):
                posts_day = (i, today)  # (the last such line over the story: its own day's)
                continue
            visit.update([today.stamp.day] if today is not None else [])
            continue
        if i < top and d is not None and d.role in _ROLE_RANK and d.role != "published" \
                and _over_menu_row(lines, i, top):
            # a bare day over a row of the site's menu items, set apart by spaces only (which the
            # classifier reads as a short line, no menu): the site header's day (the visit's, an
            # issue's), not the story's, unless the page dates its story nowhere else
            over_menu = over_menu or (i, d)
            continue
        if d is not None and d.role == "today":
            visit.add(d.stamp.day)
        elif d is not None and lines[i].visit and d.role in _ROLE_RANK:
            # the day the run shows above most of the site's stories: the visit's, unless the page
            # dates its story nowhere else (a site's pages of one day, each dated so)
            visit.add(d.stamp.day)
            crawl_day = crawl_day or (i, d)
        elif d is not None and d.role in _ROLE_RANK:
            found.append((_ROLE_RANK[d.role], not d.timed, abs(i - top), i, d))
    if any(lines[f[3]].later_field for f in found) and not any(lines[f[3]].field_beside for f in found):
        # (a later event of the document, its scan's day, in a table that holds the page's only
        # dates: the first field, the issue's day, is the page's, read alone; a file's properties
        # beside the story's own day are read together below: :attr:`Line.later_field`)
        found = [f for f in found if not lines[f[3]].later_field]
    if any(f[4].qualified for f in found):
        # (the header's dates read together: a qualified generic label among dates of several days,
        # «تاریخ ثبت پرسش: …» over «تاریخ انتشار: …», names another event: :func:`.dates.other_events`)
        found = [f for f, role in zip(found, other_events([f[4] for f in found])) if role != "other"]
    # (a later event of the document, read with the others above, goes too: :attr:`Line.later_field`)
    found = [f for f in found if not lines[f[3]].later_field]
    if title_i is not None:
        found = _without_later_stamps(lines, found, title_i)
    if any(f[4].stamp.day not in visit for f in found):
        # the visit's day again in the article's header (a trail «<today> » سرویس‌ها » اجتماعی»)
        # says nothing of the story when another of its dates names another day
        found = [f for f in found if f[4].stamp.day not in visit]
    if found and all(f[0] == _ROLE_RANK[None] for f in found):
        # a bare date in the header against the one the page labels as its publication date
        # under the story («تاریخ انتشار: ۴ آذر ۱۳۹۴»): the label says whose it is, a bare date
        # under a line taken for the headline may be the site's «today» under its tagline
        labelled = _labelled_below(lines, header_end)
        if labelled is not None and all(f[4].stamp.day != labelled[1].stamp.day for f in found):
            return labelled
    if not found and title_i is None:
        # no headline found: the article's header is all that stands over the story, and a date
        # its label calls the publication date there is the story's («تاریخ انتشار: ۲۷ اسفند ۱۳۹۵
        # (۱۱:۵۸)» among the meta lines), wherever the headline was; a bare one may be the site's
        for i in range(top, header_end):
            d = _labelled_date(lines, i) if lines[i].kind == DATE else None
            if d is not None and d.role == "published":
                found.append((_ROLE_RANK["published"], not d.timed, i - top, i, d))
    if not found and title_i is not None:
        # under the story's first paragraph (a lead the body took), with only its byline between:
        # «<headline> / <lead> / به قلم … / ۹۳/۰۸/۰۳ / <story>»
        paras = 0
        for i in range(header_end, min(len(lines), header_end + 6)):
            ln = lines[i]
            if ln.kind == PARA:
                paras += 1
                if paras > 1:
                    break
            elif ln.kind == DATE and paras == 1:
                d = _labelled_date(lines, i)
                if d is not None and d.role in _ROLE_RANK:
                    found.append((_ROLE_RANK[d.role], not d.timed, i - top, i, d))
    if not found and tail_start is not None:
        first = True  # the first date line after the story
        under = None
        # (the tail's first lines past the story's tags, which a site may list one a line)
        for i in range(header_end, min(len(lines), tag_list_end(lines, tail_start) + TAIL_DATE_LINES)):
            d = _labelled_date(lines, i) if lines[i].kind == DATE else None
            if d is None:
                continue
            if d.role == "published":
                return i, d
            if d.role == "modified" and first:
                continue  # (the story's edit stamp beside its date, over or under it: the page's own row)
            if first and d.role is None and body_last is not None and body_last < i \
                    and _closes_story(lines, body_last, i) and (i < tail_start or date_alone(lines[i].text)):
                # a date alone under the story's last paragraph, before its tail or in its first
                # lines (only the credit, an end marker, counters or the site's buttons between):
                # the story's own date; a related item's stands beside its headline, a comment's
                # under a name
                # (not one of a list of dated items, a headline and its date each: the related
                # items' list, whose headlines the run may know as the site's lines)
                after = [ln for ln in lines[i + 1:i + 5] if ln.kind != BLANK][:2]
                listed = len(after) == 2 and after[1].kind == DATE and date_alone(after[1].text) \
                    and after[0].kind != DATE
                under = None if listed else (i, d)
                if not listed:
                    break
            if first and d.role is None and meta_fields_line(lines[i].text) \
                    and (body_last is None or body_last < i):
                # the post's own meta row under it (before the tail or in its first lines, under a
                # «forwarded from» line): its date among counters
                # («بازدید: 76.1K · 📅 1393/02/22 - 12:35»); a related item's or a comment's date
                # stands beside a headline or a name, not beside counters; a row of fields above the
                # story's last paragraph is one of the story's («بازی شماره ۱۸ - 13/8/2003»)
                return i, d
            first = False
        # (a date labelled as the publication date further down says more than one alone under
        # the story, which may be a related item's whose headline the run took for chrome)
        late = _late_date(lines, header_end, labelled_only=under is not None)
        if late is not None or under is not None:
            return late or under
    if not found and title_i is not None and lines[title_i].kind == DATE:
        # a headline that names its day (:func:`.text._names_its_day`: «صفحه نخست روزنامه‌های جمعه ۱۰ آذر
        # ۱۴۰۲»), the page's one date, with the clock a line beside it shows alone
        d = date_line(lines[title_i].text)
        if d is not None and d.role is None:
            found.append((_ROLE_RANK[None], not d.timed, 0, title_i, d))
    if not found and posts_day is not None and crawl_day is None:
        # a channel's view: the day line over its posts of that day, the story one of them, each
        # closed by its counters and its clock; the story's day, at the clock under it
        return _with_post_clock(lines, body_last, *posts_day)
    if not found:
        return crawl_day or over_menu or issue_day or mail_sent
    # (as near the title above as below it, the date under the headline is its own: the one over it
    # may be the site's header's «today» under its menu, «شنبه ۲۸ اسفند ۱۴۰۰» / <headline> / <its date>)
    best = min(found, key=lambda f: (*f[:3], f[3] < top))[3:]
    if not best[1].timed:  # the same day with its clock time on another line («۱۲ مهر ۱۴۰۲» / «۱۰:۲۰ - …»)
        same = [f[3:] for f in found if f[4].timed and f[4].stamp.day == best[1].stamp.day]
        best = same[0] if same else _with_clock_beside(lines, *best)
    return best


def _named_today(lines: list[Line], top: int) -> set:
    """The days the page's header labels as today's above its title (``top``): «امروز: پنج‌شنبه ۵
    آبان ۱۴۰۱»."""
    return {d.stamp.day for i in range(top) if lines[i].kind == DATE
            and (d := _labelled_date(lines, i)) is not None and d.role == "today"}


def _other_than_today(d: DateLine | None, today: set) -> bool:
    """Whether the bare date ``d`` names another day than the one the page's header labels as today
    (``today``, :func:`_named_today`): a site header shows its day of the visit once, and a page
    that says which it is («امروز: پنج‌شنبه ۵ آبان ۱۴۰۱») dates its issue or story by another
    day above the headline, over a menu too (a daily's edition line «شماره ۳۶۱۳ — چهارشنبه ۱۹ مرداد
    ۱۴۰۱ — ۱۲ محرم ۱۴۴۴ — ۱۰ اوت ۲۰۲۲», one day in three calendars)."""
    return bool(today) and d is not None and d.role is None and d.stamp.day not in today


def _labelled_below(lines: list[Line], start: int) -> tuple[int, DateLine] | None:
    """The one date below line ``start`` that the page labels as its publication date («تاریخ
    انتشار: …», «منتشر شده در …»), or None: none, or several days so labelled (a list's items,
    comments, each dated so)."""
    got = [(i, d) for i in range(start, len(lines)) if lines[i].kind in (DATE, META)
           and (d := _labelled_date(lines, i)) is not None and d.role == "published"]
    return got[0] if got and len({d.stamp.day for _, d in got}) == 1 else None


#: a day shown above the story on this share of the site's pages at least, and on
#: :data:`MIN_VISIT_PAGES` of them, is the day of the visit: stories of one site are spread over
#: many days, the header's «today» is the crawl's
VISIT_DAY_SHARE, MIN_VISIT_PAGES = 0.6, 4


def visit_day(text: str, template) -> bool:
    """Whether the date line ``text`` above the story names the day the run shows above the story
    of most of the site's pages (:data:`VISIT_DAY_SHARE`): the site header's date of the visit
    («چهارشنبه ۱۵ آذر ۱۴۰۲» under the menu, no «امروز» said), not the story's."""
    if not template.learned:
        return False
    share, pages = template.day_share(text)
    return share >= VISIT_DAY_SHARE and pages >= MIN_VISIT_PAGES


def _with_clock_beside(lines: list[Line], i: int, d: DateLine) -> tuple[int, DateLine]:
    """The date ``d`` of line ``i`` with the clock time a line next to it shows alone
    («تاریخ: ۱۴۰۱/۰۷/۱۴» / «ساعت: ۱۰:۲۰»: a site's date and time fields, one a line)."""
    for j in (_next_shown(lines, i), _prev_shown(lines, i)):
        clock = clock_line(lines[j].text) if j is not None else None
        if clock is not None:
            return i, replace(d, stamp=replace(d.stamp, clock=clock), timed=True)
    return i, d


def post_clock(text: str) -> tuple[int, int, int | None] | None:
    """The clock time of a line that closes a post of a channel's view: its counters, then the time
    it was posted, and nothing else («👁 ۲۳٫۵ هزار ۰۰:۴۶», «۰۱:۱۴»), no date and no offset (a post's
    day is the day line over the day's posts: :func:`_heads_day_posts`).

    >>> post_clock("👁 ۲۳٫۵ هزار ۰۰:۴۶"), post_clock("۰۱:۱۴")
    ((0, 46, None), (1, 14, None))
    >>> post_clock("ایران ۲ - ژاپن ۱"), post_clock("۲ تیر ۱۴۰۰ ۱۰:۲۰")
    (None, None)
    """
    if len(text) > 60 or not _DIGIT.search(text) or date_line(text) is not None:
        return None
    t = fold(text)
    m = next((x for x in CLOCK.finditer(t) if not t[x.end():].strip(" ·|-–—")), None)
    rest = t[:m.start()].strip(" ·|-–—") if m is not None else ""
    if m is None or (rest and not _counter(rest, MAX_FIELD_COUNTER_WORDS)):
        return None
    clock, offset = clock_of(m)
    return clock if offset is None else None


def _heads_day_posts(lines: list[Line], i: int, top: int) -> bool:
    """Whether the date line ``i``, a day alone (no clock), heads a channel's posts of that day over
    the story at ``top``, one of them (a messenger channel's web view: «۱۹ بهمن ۱۳۹۸» / <a post> /
    «👁 ۲۳٫۵ هزار ۰۰:۴۶» / <a post> / «👁 ۳۹٫۳ هزار ۰۰:۵۰» / <the story>): every post between closes
    with its counters and clock (:func:`post_clock`), one post at least, and no other day or menu
    stands between. A site header's day of the visit stands over its menus, not over posts closed
    so."""
    d = date_line(lines[i].text)
    if d is None or d.timed or not mostly_date(lines[i].text, d):
        return False
    clocks = 0
    for ln in lines[i + 1:top]:
        if ln.kind == BLANK:
            continue
        if post_clock(ln.text) is not None:
            clocks += 1
        elif ln.kind in (DATE, NAV, CRUMB):
            return False
    return clocks >= 1


#: the line closing the story's post (its counters and clock) stands this many lines under its last line
#: at most (the channel's handle, «🆔 @channel», between)
POST_CLOCK_LINES = 3


def _with_post_clock(lines: list[Line], body_last: int | None, i: int, d: DateLine) -> tuple[int, DateLine]:
    """The day ``d`` of line ``i`` with the clock the story's own post closes with (:func:`post_clock`,
    under its last line ``body_last``, :data:`POST_CLOCK_LINES` lines at most)."""
    if body_last is not None:
        for ln in [x for x in lines[body_last + 1:] if x.kind != BLANK][:POST_CLOCK_LINES]:
            clock = post_clock(ln.text)
            if clock is not None:
                return i, replace(d, stamp=replace(d.stamp, clock=clock), timed=True)
    return i, d


#: a byline row after the story holds this many fields at least (author | date | comments)
MIN_ROW_FIELDS = 3


def _late_date(lines: list[Line], start: int, *, labelled_only: bool = False) -> tuple[int, DateLine] | None:
    """The story's date set further down than its tail's first lines, past its related items and
    boxes (a site that shows it at the very end): the one date line below ``start`` whose label
    says it is the publication date («منتشر شده در …», «تاریخ: …»), else the one byline row there
    («کاوه رستمی | ۱۸:۲۱ - ۱۴۰۱/۰۲/۰۶ | ۳۶ نظر»: a date among :data:`MIN_ROW_FIELDS` fields or
    more, one of them words alone, one a counter), else the one date alone on its line right over the
    story's byline or credit («۳۰ ژانویه ۲۰۱۷، ساعت ۱۰:۴۳» / «به قلم سمیرا حسینی», «… / منبع خبر: ورزش سه»)
    or right under it («پایان خبر» / «سه‌شنبه ۱۴۰۲.۱۰.۵، ساعت ۱۴:۴۰»: :func:`_under_signature`): the
    date nearest the story's signature, past a related box's dated items. One only: dated comments
    or items that each carry such a line name no story's date. ``labelled_only``: not a row (a date
    alone under the story was found). Returns the date's line and its date."""
    labelled: list[tuple[int, DateLine]] = []
    rows: list[tuple[int, DateLine]] = []
    slots: list[tuple[int, DateLine]] = []
    signed: list[tuple[int, DateLine]] = []
    for i in range(start, len(lines)):
        if lines[i].kind in (BLANK, PARA):
            continue
        d = _labelled_date(lines, i) if lines[i].kind in (DATE, META) else None
        if d is None:
            continue
        if d.role == "published":
            labelled.append((i, d))
        elif foot_date(lines[i].text, d, lines[i].share):
            slots.append((i, d))  # «زمان: ۰۲:۰۴ - ۱۳۹۸/۱۱/۲۱» where every page of the site shows it
        elif d.role is None:
            if byline_row(lines[i].text) or signed_row(lines[i].text):
                rows.append((i, d))  # (a name and a counter among the fields: the author's, the comments')
            elif _over_signature(lines, i) or _under_signature(lines, i) or _under_prose_slot(lines, i):
                signed.append((i, d))  # (last: it stands past the other kinds, which say more)
    if len(labelled) == 1:
        return labelled[0]
    if not labelled and len(slots) == 1:
        return slots[0]
    if len(signed) > 1:
        # (a commenter's name over a comment's date reads as a signature too: the story's is the
        # one whose shape the site shows on its every page, a comment's only where there are some)
        signed = [(i, d) for i, d in signed if lines[i].share >= FOOT_DATE_SHARE]
    if not labelled and not slots and len(signed) == 1 and not labelled_only:
        return signed[0]
    return rows[0] if not labelled and not slots and len(rows) == 1 and not labelled_only else None


#: the byline field of a signed row names its writer in this many words at most
SIGNED_ROW_NAME_WORDS = 6


def signed_row(text: str) -> bool:
    """Whether a dated line is a story's signed row: a byline by its words («نویسنده: مریم احمدی»,
    «به قلم …», :data:`.lines.BYLINE_START`) in its first field, a few words, and nothing but fields of
    metadata after it (its date, a counter): «نویسنده: مریم احمدی | شنبه ۶ مرداد ۱۴۰۳». No related
    item's row opens with a writer's label.

    >>> signed_row("نویسنده: مریم احمدی | شنبه ۶ مرداد ۱۴۰۳"), signed_row("مریم احمدی | شنبه ۶ مرداد ۱۴۰۳")
    (True, False)
    """
    fields = [f.strip() for f in ROW_FIELD.split(text) if f.strip()]
    return len(fields) >= 2 and len(text) <= 120 and bool(BYLINE_START.match(fields[0])) \
        and len(fields[0].split()) <= SIGNED_ROW_NAME_WORDS and all(meta_field(fold(f)) for f in fields[1:])


def byline_row(text: str) -> bool:
    """Whether a dated line is a story's byline row: :data:`MIN_ROW_FIELDS` fields or more, one of
    them words alone (a name), one a counter that says what it counts («کاوه رستمی | ۱۸:۲۱ -
    ۱۴۰۱/۰۲/۰۶ | ۳۶ نظر»; a related item's row «<headline> - <date> - <clock>» has a number alone)."""
    fields = [f.strip() for f in ROW_FIELD.split(text) if f.strip()]
    return len(fields) >= MIN_ROW_FIELDS and any(not _DIGIT.search(f) for f in fields) \
        and any(_counter(f, MAX_FIELD_COUNTER_WORDS) and LETTER.search(f) for f in fields)


def _over_signature(lines: list[Line], i: int) -> bool:
    """Whether the date line ``i`` says nothing but its date and the next line is a byline or a
    credit («به قلم سمیرا حسینی», «منبع خبر: ورزش سه»): the story's signature and its date, wherever
    the site sets them (a related item's date stands under its headline, a comment's beside a name):
    not the last of a list «<headline> / <date> / <headline> / <date>» over the credit."""
    nxt, prev = _next_shown(lines, i), _prev_shown(lines, i)
    above = _prev_shown(lines, prev) if prev is not None else None
    listed = prev is not None and above is not None and lines[prev].kind != DATE and lines[above].kind == DATE
    return date_alone(lines[i].text) and nxt is not None and not listed \
        and (_is_byline(lines[nxt]) or is_credit_line(lines[nxt].text))


def _under_signature(lines: list[Line], i: int) -> bool:
    """Whether the date line ``i`` says nothing but its date (in one calendar or two) right under
    the story's signature: its credit («منبع: خبرگزاری فارس»), its byline by its words («گزارش:
    شیرین حسینی», «به قلم …»: a commenter's name alone says none), or an end marker the site sets
    under every story («پایان خبر», «انتهای پیام/»), past a related box's dated items («<headline> /
    <date>» each: a related item's date stands under its headline, never under the site's marker)."""
    prev = _prev_shown(lines, i)
    if prev is None or not date_alone(lines[i].text):
        return False
    sign = lines[prev]
    # (a marker the page's reading or the site's share calls one: a comment's writer «امید» over its
    # date, a short line that recurs on some of the site's pages, is none)
    return is_credit_line(sign.text) or bool(BYLINE_START.match(sign.text)) \
        or (end_marker(sign) and (sign.kind == END or sign.share >= FOOT_DATE_SHARE))


def _under_prose_slot(lines: list[Line], i: int) -> bool:
    """Whether the date line ``i`` says nothing but its date right under a line of prose, in a shape
    the site shows on :data:`FOOT_DATE_SHARE` of its pages or more: the story's date under its last
    paragraph, where a box inside the story («اخبار مرتبط», a table) cut the story's tail short
    above it. A comment's date stands only on the pages that have comments, a related item's
    under its headline."""
    prev = _prev_shown(lines, i)
    return prev is not None and lines[prev].kind == PARA and lines[i].share >= FOOT_DATE_SHARE \
        and date_alone(lines[i].text)


#: a labelled date line on this share of its site's pages at least is the site's date slot (the story's
#: date, shown once under it): a comment's or a related item's stands on the pages that have them
FOOT_DATE_SHARE = 0.8


def foot_date(text: str, d: DateLine, share: float) -> bool:
    """Whether a date line is the site's own date slot under its stories («زمان: ۰۲:۰۴ -
    ۱۳۹۸/۱۱/۲۱»): a date no word says whose (``d.role`` None), under a label of its own
    (:func:`.dates.own_date_label`), on ``share`` of the site's pages, :data:`FOOT_DATE_SHARE` at least
    (a comment's or a related item's date stands only on the pages that have them). Flat and
    HTML pages (:func:`.html._slot_date`) alike.

    >>> t = "زمان: ۰۲:۰۴ - ۱۳۹۸/۱۱/۲۱"
    >>> foot_date(t, date_line(t), 0.95), foot_date(t, date_line(t), 0.3)
    (True, False)
    """
    return d.role is None and share >= FOOT_DATE_SHARE and own_date_label(text, d)


def _counter(text: str, max_words: int) -> bool:
    """Whether a text may count something («۳۶ نظر», «۶۷۱۵ نفر این مطلب را خوانده‌اند», «🎙 قسمت ۴»):
    a number and ``max_words`` words at most (an icon aside), no date. A row's field and a line of its
    own alike (:func:`_late_date`, :func:`_counter_line`), each with what tells a counter there.

    >>> _counter("۳۶ نظر", MAX_FIELD_COUNTER_WORDS), _counter("۱۴۰۱/۰۲/۰۶", MAX_FIELD_COUNTER_WORDS)
    (True, False)
    """
    return bool(_DIGIT.search(text)) and _named_words(text) <= max_words and date_line(text) is None


#: a field of a row that counts something has this many words at most («۳۶ نظر», «۲۸۰۱ بازدید»)
MAX_FIELD_COUNTER_WORDS = 3


#: a line of the site's template between a story and its date has this many words at most (a
#: credit, a «forwarded from» line; a related item's headline is longer or known as one)
MAX_CREDIT_WORDS = 5


def _closes_story(lines: list[Line], last: int, i: int) -> bool:
    """Whether the date line ``i`` stands right under the story's last line ``last``:
    nothing between but the credit, an end marker, counters (a post's views, «👁 91.5K») and
    controls (the site's template's short lines too, «Forwarded from X»; no headline, no name: those
    are a related item's or a comment's, and the date theirs), and the date is alone on its line."""
    d = date_line(lines[i].text)
    if d is None or not mostly_date(lines[i].text, d):
        return False
    between = [ln for ln in lines[last + 1:i] if ln.kind != BLANK]
    if between and end_marker(between[0]):
        between = between[1:]  # (the story's end marker in the site's words: «/ن», «#», «ختم خبر»)
    elif len(between) >= 2 and between[0].kind in (CHROME, LABEL) and end_marker(between[1]):
        between = between[:1] + between[2:]  # (under the story's credit: «گزارش و عکس: …» / «پایان»)
    between = without_tag_lists(between)
    # (a counter the page alone tells by its shape too: a post's views over its date, «👁 91.5K»)
    # (and the story's edit stamp: «آخرین به‌روزرسانی: …» over its date)
    return all(ln.kind in (LABEL, META) or (ln.kind == CHROME and not ln.learned) or _edit_stamp(ln)
               or (ln.kind in (CHROME, END) and not ln.related and ln.words <= MAX_CREDIT_WORDS)
               or _counter_line(ln) for ln in between)


def _edit_stamp(ln: Line) -> bool:
    """Whether ``ln`` is a date line its label calls a modification date («بروزرسانی: ۱۲ مهر ۱۴۰۲»)."""
    d = date_line(ln.text) if ln.kind == DATE else None
    return d is not None and d.role == "modified"


#: an e-mail address («ali@example.com», «<ali@example.com>»): a mail's «From:»/«To:» field
_MAIL_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
#: a mail's header field: a label of a word or two, a colon, its value («Date: …», «از: …»)
_FIELD = re.compile(r"^\s*[^\s:：]+(?:\s[^\s:：]+)?\s*[:：]\s*\S")
#: how many lines (blanks aside) a mail header's fields reach from the date's
MAIL_HEADER_LINES = 3


def _mail_header(lines: list[Line], i: int) -> bool:
    """Whether the date line ``i`` is a field of a mail's header: a field line («Date: Mon, 29 Jul 2024
    09:12 +0330», «تاریخ: …») among field lines of which one names an e-mail address («From: Ali
    <ali@example.com>»), within :data:`MAIL_HEADER_LINES` lines. Its date is when the mail was sent (a
    story pasted or forwarded in it dates itself), the page's date only when nothing else is."""
    if not _FIELD.match(lines[i].text):
        return False
    near = [ln for ln in lines[max(0, i - 2 * MAIL_HEADER_LINES):i + 2 * MAIL_HEADER_LINES + 1] if ln.kind != BLANK]
    k = next(j for j, ln in enumerate(near) if ln is lines[i])
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(near) and abs(j - k) <= MAIL_HEADER_LINES and _FIELD.match(near[j].text):
            if _MAIL_ADDRESS.search(near[j].text):
                return True
            j += step
    return False


def _labelled_date(lines: list[Line], i: int) -> DateLine | None:
    """The date of line ``i``, its role told by the line above when that is a label of its own
    («آخرین به‌روزرسانی:» / «۱۶ مهر ۱۴۰۱», «عضویت» / «۱۳۹۵/۰۲/۰۳»: a page's label and value
    elements, one line each)."""
    d = date_line(lines[i].text)
    if d is None or d.role is not None:
        return d
    prev = next((ln for ln in reversed(lines[max(0, i - 2):i]) if ln.kind != BLANK), None)
    if prev is None or prev.words > 4 or _DIGIT.search(prev.text):
        return d
    labelled = date_line(prev.text.rstrip(" :：") + ": " + lines[i].text)
    return labelled if labelled is not None and labelled.role is not None else d


#: a counter of the article's meta rows has this many words at most («۲۰۸۱ نفر این مطلب را خوانده‌اند»)
MAX_COUNTER_WORDS = 8


#: a counter the page alone tells, by its shape, has this many words at most («۴۱۶ بازدید»)
MAX_SHAPE_COUNTER_WORDS = 6


#: the fields of a row of counts stand apart by a dot or a bar with spaces round them
_COUNT_FIELDS = re.compile(r"\s+[·•|｜]\s+")


def counters_row(text: str) -> bool:
    """Whether ``text`` is a row of two counts or more and nothing else, «۱۸۱۲ پست · ۵۷۱٬۶۹۹ دنبال‌کننده»,
    «۳۲ لایک · ۴۵ نظر» (a profile's, a post's): each field a number and its noun (:func:`_counter`). A
    score «ایران ۲ - ژاپن ۱» is one field.

    >>> counters_row("۱۸۱۲ پست · ۵۷۱٬۶۹۹ دنبال‌کننده"), counters_row("ایران ۲ - ژاپن ۱"), counters_row("۴۵ نظر")
    (True, False, False)
    """
    if len(text) > 80 or not _DIGIT.search(text):
        return False
    fields = _COUNT_FIELDS.split(text.strip())
    return len(fields) >= 2 and all(_counter(f, 3) for f in fields)


def _without_later_stamps(lines: list[Line], found: list, title_i: int) -> list:
    """``found`` (:func:`_published`'s rows) without a bare date above the headline, a line of words
    besides it («ذخیره‌شده در 2023-06-19 12:29», a saved copy's stamp), later than every bare date right
    under the headline, which dates the story: the day the page was saved or seen, not written."""
    bare = _ROLE_RANK[None]
    under = [f[4].stamp.day for f in found if f[3] > title_i and f[0] == bare]
    if not under:
        return found
    return [f for f in found if not (f[3] < title_i and f[0] == bare and f[4].stamp.day > max(under)
                                     and not date_alone(lines[f[3]].text))]


def _counter_line(ln: Line) -> bool:
    """A counter of the article on its own line («۶۷۱۵ نفر این مطلب را خوانده‌اند», «🎙 قسمت ۴»,
    «۴۱۶ بازدید»). Told by the page alone, by its shape (:func:`_counter`, of
    :data:`MAX_SHAPE_COUNTER_WORDS` words at most, no label: a ticker «خبر داغ: …» has one); or
    by the run: a line with a number, of at most :data:`MAX_COUNTER_WORDS` words, that the site's
    template knows (:attr:`Line.recurs`, its number masked), whatever its shape."""
    if ln.recurs and ln.words <= MAX_COUNTER_WORDS and _DIGIT.search(ln.text):
        return True
    return ln.kind in (CHROME, SHORT) and ":" not in ln.text and "：" not in ln.text \
        and _counter(ln.text, MAX_SHAPE_COUNTER_WORDS)


def _headline_under(lines: list[Line], i: int, top: int) -> bool:
    """Whether the page's headline (the line ``top``, its text again) stands right under the date
    line ``i``, above ``top``: a page that says its headline twice, over its meta block and again
    over the story, the date over the first one («🏠 » بسته‌بندی | ۸ دی ۱۳۹۴ / <headline> / زمان
    مطالعه: … / کد خبر: … / <headline> / <story>»), which is the article's header then, not the
    site's."""
    key = line_key(lines[top].text)
    j = _next_shown(lines, i)
    return bool(key) and j is not None and j < top and line_key(lines[j].text) == key


def _over_menu_row(lines: list[Line], i: int, top: int) -> bool:
    """Whether a short line between the date line ``i`` and the title (``top``) is a row of four menu
    items or more set apart by runs of spaces (:func:`.sections.spaced_menu_items`: «صفحه اصلی  هنر و
    رسانه  سیاسی  جامعه  استانی»): the site's menu, under which the article's header starts."""
    return any(ln.kind == SHORT and spaced_menu_items(ln.text) is not None for ln in lines[i + 1:top])


def _between_header_lines(ln: Line) -> bool:
    """Whether a line between a date and the title tells whose header the date is in: not blank,
    nor a line of the article's meta (a date, a label, a trail, a byline, a counter)."""
    return ln.kind not in (BLANK, DATE, META, LABEL, CRUMB) and not _is_byline(ln) and not _counter_line(ln)


def _shares_above(lines: list[Line], top: int) -> list[float]:
    """For each line ``i`` up to ``top`` (included), the largest share of the site's pages
    (:attr:`Line.share`) of a line above it that the template knows, 0 for none: one pass over the
    header, not one per line of it."""
    out = [0.0]
    best: float | None = None
    for x in lines[:max(top, 0)]:
        if x.recurs:
            best = x.share if best is None else max(best, x.share)
        out.append(0.0 if best is None else best)
    return out


def _under_trail_headline(lines: list[Line], i: int) -> bool:
    """Whether the date line ``i`` stands right under a headline-shaped line that stands right under
    the page's trail («خانه > زنان و زایمان» / «تهران؛ شهر کاخ‌ها» / «یکشنبه ۱۱ مهر ۱۳۹۵»): the
    article's header, as the trail says where the story is filed and the headline names it, however
    the page went on (a Q&A page whose asker's line «پرسش کاربر: …» stands over the story). A site's
    "today" stands in its top bar, over its menu and its trail, never under a story's headline."""
    j = _prev_shown(lines, i)
    if j is None or lines[j].kind != SHORT or not _headline_shaped(lines[j]):
        return False
    k = _prev_shown(lines, j)
    # (a trail by its steps «>», «›», «»»: a menu bar «خانه | سیاسی» over another story's headline is none)
    return k is not None and lines[k].kind == CRUMB and bool(_TRAIL_STEP.search(lines[k].text))


_TRAIL_STEP = re.compile(r"[>›»<‹«/]")


def site_header_date(lines: list[Line], i: int, top: int) -> bool:
    """Whether the date line ``i`` above the title belongs to the site's header (the day of the
    visit, on every page of the site) rather than to the article's header.

    The article's header holds its section, surtitle and meta lines (code, author, date) right
    above the title; the site's header is above them: a date with navigation between it and the
    title (a menu, a link bar, a longer line such as a ticker headline, or three labels or more:
    a vertical menu), or the page's first line with the site's header lines still below it.
    """
    if top < len(lines) and any(headline_trail(ln.text, lines[top].text) for ln in lines[max(0, i - 3):i]):
        return False  # a trail that ends with the headline opens the article's header: the date below it is its
    if top < len(lines) and _headline_over(lines, i, top):
        return False
    if top < len(lines) and _headline_under(lines, i, top):
        return False
    if _under_trail_headline(lines, i):
        return False  # «خانه > سلامت» / <a headline> / <date>: the story's header, whatever its page calls its title
    if byline_row(lines[i].text):
        return False  # the story's byline row «بهروز عطایی | 1397/1/11 | 28 نظر»: a site's top bar counts no comments
    if _heads_meta_block(lines, i, top):
        return False  # the story's date over its reading time or view count: a site's "today" has none
    # (the article's own meta lines aside: its byline, its counters «۶۷۱۵ نفر این مطلب را خوانده‌اند»)
    # (read one at a time, up to the first line that is no label or the third label, which tell:
    # a page's header can be long, and each date line above its title would look at all of it)
    between = (ln for ln in lines[i + 1:top] if _between_header_lines(ln))
    labels = 0
    for ln in between:
        if not (is_label_candidate(ln) or _kicker(ln)):  # («تیراندازی (اسلحه)» too)
            # (a short line right above the title is its surtitle; another is a menu bar, site
            # chrome, a ticker: the article's header starts below it)
            if ln.kind != SHORT or next(between, None) is not None:
                return True
        labels += 1
        if labels >= 3:
            return True  # (three labels: a vertical menu)
    # the page's first line, above a section label: the top bar of the site, unless the date sits
    # among the article's meta lines («کد خبر: …» right below it)
    nxt = next((ln for ln in lines[i + 1:top] if ln.kind != BLANK), None)
    first = all(ln.kind == BLANK for ln in lines[:i])
    return first and labels >= 1 and not (nxt is not None and nxt.kind in (META, LABEL))


#: the page's headline over its date stands this many lines above it at most (the byline, counters
#: or a reading time between)
HEADLINE_OVER_DATE_LINES = 3


#: the story's reading time stands this many lines under its date at most, labelled fields between
#: («🕒 ۲۳ آذر ۱۳۹۴» / «تعداد بازدید: ۵۶,۳۵۶» / «زمان مطالعه: ۱ دقیقه»)
META_UNDER_DATE_LINES = 2


def _heads_meta_block(lines: list[Line], i: int, top: int) -> bool:
    """Whether the date line ``i`` above the title ``top`` heads the article's meta block: its reading
    time (:func:`.lines.says_reading_time`, «۱ دقیقه مطالعه») right under it, or under labelled fields
    there (:data:`META_UNDER_DATE_LINES`). The story's date, however far above the title its site sets
    the block (its print and font buttons, a comment form between): a site's header shows the day of
    the visit among its menus, with no reading time of a story (the site's visits, its last update, a
    code may stand under it: a count or a code says less than the reading time)."""
    j = _next_shown(lines, i)
    for _ in range(META_UNDER_DATE_LINES):
        if j is None or j >= top:
            return False
        if says_reading_time(lines[j].text) and lines[j].kind == META or reading_time_shaped(lines[j].text):
            return True  # (by its words, or by its shape under a site's own label, whatever kind the words made it)
        if lines[j].kind not in (META, LABEL):
            return False
        j = _next_shown(lines, j)
    return False


def _headline_over(lines: list[Line], i: int, top: int) -> bool:
    """Whether the page's headline (the line ``top``, its text again) stands right over the date
    line ``i``, only the article's meta lines between (its byline, counters, other dates, a row of
    its share or print buttons, its trail): a page that shows its headline over its meta block (date,
    counters, print buttons) and again over the story, whose date is then its own, not the site
    header's («<headline> / تاریخ انتشار: … / تعداد بازدید: … / 🖨 چاپ | 📧 ارسال / <headline> /
    <story>»). Between the headline and its date, the story's share row («اشتراک: تلگرام | واتساپ»)
    or its trail («صفحه نخست › اسنوبرد») are the article's header too."""
    key = line_key(lines[top].text)
    seen = 0
    rows = False  # a row of the page's buttons between («اشتراک: تلگرام | واتساپ | کپی لینک»)
    for j in range(i - 1, -1, -1):
        ln = lines[j]
        if ln.kind == BLANK:
            continue
        if line_key(ln.text) == key:
            # (over a row of bars, not the page's first line: a document title over the site's
            # menu bar and its date of the visit is no headline over its meta block)
            return bool(key) and not (rows and all(x.kind == BLANK for x in lines[:j]))
        seen += 1
        rows = rows or ln.kind == NAV
        if seen >= HEADLINE_OVER_DATE_LINES or ln.kind not in (META, LABEL, DATE, NAV, CRUMB):
            return False
    return False
