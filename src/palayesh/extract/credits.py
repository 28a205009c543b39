"""A flat page's credit: which agency its lines name as the story's source, read by where they stand.

:mod:`.agency` reads one text (an agency's name, a credit «منبع: X», a dateline «به گزارش ایسنا، …»);
here the page's lines (:mod:`.lines`) tell which of them credits the story: a bare name under its last
paragraph or over the site's end marker, the line right under an end marker, a credit slot of the
site's template (its value an outlet the agency table may not know, a wire the run's pages name), an
agency in brackets or beside its place under the headline, a labelled address of the story at its
origin; not the site's own name, which a line of its header holds. :mod:`.text` asks them in order
when it reads the story's agency; :mod:`.html` reads the same bounds on HTML pages.
"""
from __future__ import annotations

import re

from ..textkeys import line_key
from .agency import (
    agency_from_credit,
    agency_from_dateline,
    agency_from_slot,
    agency_in_brackets,
    agency_mentioned,
    agency_of_story,
    credit_under_label,
    credits_by_any_label,
    labelled_address,
    site_named,
)
from .article import Article
from .lines import (
    _DIGIT,
    BLANK,
    DATE,
    END,
    LABEL,
    META,
    NAV,
    PARA,
    SEGMENTS,
    SHORT,
    SPACES,
    Line,
    _next_shown,
    _prev_shown,
)
from .template import title_agency

#: the lines under the story's last paragraph that may hold its bare credit (an agency's name on a
#: line of its own), and how many of them (blank ones aside) are looked at; the same on HTML pages
BARE_CREDIT_LINES = 7
BARE_CREDIT_SHORT = 4
#: a bare name (a credit under the story, or the site's brand) has at most this many words
MAX_BRAND_WORDS = 5
#: a line on this share of a site's pages is the site's own (:attr:`Line.brand`)
BRAND_SHARE = 0.9
#: a «منبع: X» line whose shape stands on this share of its site's pages at least is the template's
#: credit slot: its value names the story's outlet, known to the agency table or not
SLOT_SHARE = 0.3
#: ... and a bare name in the slot closing the story names the story's wire when the site repeats
#: it there on this many pages at least (a site retells the stories of a few wires; a paper it
#: quotes for one story is no wire of its): :attr:`Line.values`
MIN_SLOT_VALUE_PAGES = 3
#: (a credit slot is a short line: a label and a name; a line with a varying section's slot is longer:
#: :data:`.template.MAX_SLOT_LINE_WORDS`)
MAX_CREDIT_SLOT_WORDS = 8
#: a source list's heading, a credit label alone («منابع», «منابع [ویرایش]»), has at most this many words
MAX_LABEL_ALONE_WORDS = 3
#: a credit in the header is a short line of its own («📰 منبع: ایسنا», «به نقل از ورزش سه»)
MAX_HEAD_CREDIT_WORDS = 8
#: a line of fields («نویسنده: … | منبع: … | ۱۲ مهر»): a labelled field after a separator
_FIELDS = re.compile(r"[|｜•]\s*[^\W\d_][^:：|｜•]{0,20}[:：]")
#: ... or one that opens with a labelled field, the others after a separator unlabelled («منبع:
#: خبرگزاری مهر | ۵ مهر ۱۴۰۳ - ۱۰:۳۰»: its date and time make it longer than a credit alone)
_LABELLED_ROW = re.compile(r"^[^\W\d_][^:：|｜•]{0,20}[:：][^|｜•]+\s[|｜•]\s")


#: a line that opens with an icon («📷 فارس», «🎥 ایسنا»): the caption of what the icon shows (a
#: photo's credit), not the story's; a slash is no icon but an end mark's («/ ایسنا» under the story, its
#: marker's words left in the article's block or none)
ICON_CAPTION = re.compile(r"^\s*[^\w\s(\[«\"'\-–—•*■▪●|/]")


def bare_credit(ln: Line) -> bool:
    """Whether a short line is an agency's name and nothing else («خبرگزاری کار ایران (ایلنا)», «سایت
    ورزش سه»), or its name and the place it reports from (:func:`credit_and_place`): the story's
    credit, a meta line of its header, no headline (:func:`.text._header`)."""
    return ln.kind == SHORT and not ICON_CAPTION.match(ln.text) and bare_agency(ln.text, ln.words) is not None


def bare_agency(text: str, words: int) -> str | None:
    """The agency of a line of ``words`` words that is an agency's name and nothing else (at most
    :data:`MAX_BRAND_WORDS`), or its name and the place it reports from (:func:`credit_and_place`,
    :data:`MAX_PLACE_WORDS` more); None for any other line."""
    got = agency_from_credit(text, bare=True) if words <= MAX_BRAND_WORDS else None
    if got is None and words <= MAX_BRAND_WORDS + MAX_PLACE_WORDS:
        got = credit_and_place(text)
    return got


#: the place beside an agency's name in a credit line has at most this many words («خراسان رضوی»)
MAX_PLACE_WORDS = 2


#: what parts an agency's name from its place: a dash or a slash (spaces around a dash)
_PLACE_SEP = re.compile(r"\s+[-–—]\s+|\s*/\s*")


#: a line of an agency's name and its place is no longer than this (a longer line is none)
CREDIT_PLACE_CHARS = 120


def credit_and_place(text: str) -> str | None:
    """The agency of a line that is its name and the place it reports from, nothing else, either
    way round: «خبرگزاری مهر - تبریز», «ایسنا/ شیراز», «شیراز - ایرنا»; None for any other line.

    >>> credit_and_place("خبرگزاری جمهوری اسلامی - شیراز"), credit_and_place("ایسنا/ خراسان رضوی")
    ('ایرنا', 'ایسنا')
    >>> credit_and_place("ایران - آمریکا"), credit_and_place("ایسنا - ۱۲ مهر"), credit_and_place("فارس - شیراز")
    (None, None, None)
    """
    t = " ".join(text.split())  # (one space a gap: «\s*/» over a long run of spaces is quadratic)
    if len(t) > CREDIT_PLACE_CHARS:
        return None
    parts = [p.strip() for p in _PLACE_SEP.split(t)]
    if len(parts) != 2 or any(not p or _DIGIT.search(p) or not re.fullmatch(r"[\w\u200c\s()]+", p) for p in parts):
        return None
    for name, place in (parts, parts[::-1]):
        a = agency_from_credit(name, bare=True)
        if a and 1 <= len(place.split()) <= MAX_PLACE_WORDS and agency_from_credit(place, bare=True) is None \
                and not (len(name.split()) == 1 and line_key(name) in _COMMON_NAME_KEYS):
            return a
    return None


#: agencies' names that are also a province's or a month's («فارس», «مهر»): alone beside a place,
#: the province («فارس - شیراز»), no credit
_COMMON_NAME_KEYS = frozenset(line_key(w) for w in ("فارس", "مهر"))


def _bare_credit_over_end_marker(lines: list[Line], start: int) -> str | None:
    """The agency whose bare name stands right above an end marker of the site (a line it closes
    its stories with, :data:`END`: «انتهای پیام», its app's line) under the story, from line
    ``start`` on: the slot where the site credits the story, as the line right under a marker is
    (:func:`_under_end_markers`), however many lines a box of related stories sets between it and
    the story, which :data:`BARE_CREDIT_LINES` does not reach. Not a name in a list of names (the
    line above it one too), nor the site's brand; and, so far from the story, only when the story's
    own dateline credits no agency (a tag «فارس» over «اخبار مرتبط» under «به گزارش ایرنا، …»).

    >>> rows = [Line("۱۲ مهر ۱۴۰۲", "", 1, DATE), Line("خبرگزاری مهر", "خبرگزاریمهر", 2, SHORT),
    ...         Line("اپلیکیشن ما را نصب کنید", "اپلیکیشنمارانصبکنید", 4, END)]
    >>> _bare_credit_over_end_marker(rows, 0)
    'مهر'
    """
    for i in range(start, len(lines)):
        if lines[i].kind != END:
            continue
        j = _prev_shown(lines, i)
        if j is None or j < start:
            continue
        ln = lines[j]
        if ln.kind in (PARA, END) or ln.words > MAX_BRAND_WORDS or ln.brand:
            continue
        a = agency_from_credit(ln.text, bare=True)
        above = _prev_shown(lines, j)
        if a and not (above is not None and agency_from_credit(lines[above].text, bare=True)):
            return a
    return None


def _address_credit(after: list[Line], head: list[Line]) -> str | None:
    """The agency whose site a labelled address under the story is on, whatever words label it
    («نشانی خبر: https://www.farsnews.ir/news/…» in a site's words no lexicon holds): a link to the
    story at its origin, not the page's own short link, which a flat page, whose address is not
    known, tells by a line of its header (``head``) that is that agency's name and nothing else: the
    agency's own site, its name over its pages (:func:`.agency.labelled_address`)."""
    for ln in after:
        a = labelled_address(ln.text) if ln.kind != PARA else None
        if a is not None:
            return None if any(h.words <= MAX_BRAND_WORDS and agency_from_credit(h.text, bare=True) == a
                               for h in head) else a
    return None


def _slot_agency(ln: Line, own: list[Line]) -> str | None:
    """The agency a credit slot of the site's template names: one the table knows or one said to
    be an agency («منبع خبر: خبرگزاری آسوشیتدپرس»), or, in a slot the site fills with agencies
    (:attr:`Line.agency_slot`), a short name alone («منبع خبر: آناتولی») that is not the site's own
    (another line of its header, ``own``: :func:`.agency.agency_from_slot`)."""
    a = agency_from_slot(ln.text)
    if a is None and ln.agency_slot:
        a = agency_from_slot(ln.text, agency_slot=True)
        return a if a and not _own_name(a, own, but=ln) else None
    return a


def _own_name(a: str, own: list[Line], *, but: Line | None = None) -> bool:
    """Whether the name ``a`` is the site's own: a line of its header the run knows (``own``, ``but``
    the line that names it aside) holds it («فارس من» atop the pages of the site «فارس من»), whatever
    slot under the story names it.

    >>> own = [Line("فارس من | پایگاه خبری استان", "فارسمنپایگاهخبریاستان", 5, SHORT)]
    >>> _own_name("فارس من", own), _own_name("رویترز", own), _own_name("فارس من", own, but=own[0])
    (True, False, False)
    """
    key = line_key(a)
    return any(key in o.key for o in own if o is not but)


def _under_end_markers(lines: list[Line], start: int) -> list[Line]:
    """The line right under each end marker («پایان خبر», «انتهای پیام») from ``start`` (under the
    story) on: the slot where a site sets the story's credit («پایان خبر» / «(ایسنا)»), however many
    lines stand between the story and its marker (the story's date, a list of related stories),
    which :data:`BARE_CREDIT_LINES` does not reach."""
    out = []
    for i in range(start, len(lines)):
        if lines[i].kind == END:
            j = _next_shown(lines, i)
            if j is not None and lines[j].kind != END:
                out.append(lines[j])
    return out


def _closing_fields(near: list[Line]) -> list[Line]:
    """The lines of the run that closes the story, of those under its last paragraph (``near``): its
    end marker and its fields («پایان» / «منبع: رویترز» / «لینک کوتاه: …»), up to the first line that
    is none (a headline, a name, a box's heading: a list of other documents, each with its own credit
    «منبع: ایسنا», a photo's caption and its «منبع: …»)."""
    run = []
    for ln in near:
        if ln.kind not in (END, LABEL, DATE, META):
            break
        run.append(ln)
    return run


def _wire_closing(near: list[Line], own: list[Line]) -> str | None:
    """The wire a credit slot closing the story names (:func:`_closing_fields`: «پایان» / «منبع:
    رویترز»), however few of the site's pages show that slot: a name a page of the run calls a
    news agency in a slot of its own («منبع: خبرگزاری رویترز», this page's too: :attr:`Line.wire`),
    not the site's own (a line of its header, ``own``). The caller asks only when the story's
    dateline credits no agency (a bare name under it is then the source that agency quoted).

    >>> rows = [Line("پایان", "پایان", 1, END), Line("منبع: رویترز", "منبعرویترز", 2, LABEL, wire="رویترز")]
    >>> _wire_closing(rows, []), _wire_closing(rows[:1] + [Line("منبع: رویترز", "منبعرویترز", 2, LABEL)], [])
    ('رویترز', None)
    """
    for ln in _closing_fields(near):
        a = ln.wire
        if a and not _own_name(a, own):
            return a
    return None


def _dateline_credit(res: Article) -> bool:
    """Whether the story's own dateline credits an agency («به گزارش ایسنا، …» opening its lead or one
    of its first two paragraphs): a bare name in the slot closing the story is then the source that
    agency quoted (a journal, a paper: «منبع: نیچر»), not the story's agency."""
    return any(agency_from_dateline(t) for t in ([res.lead] if res.lead else []) + res.paragraphs[:2])


def _credit_in_brackets(lines: list[Line], title_i: int, head_end: int) -> str | None:
    """The agency named in brackets on a line of its own between the headline and the story
    («(ورزش سه)» under the byline and the header's widgets), as an HTML page sets it in an
    element of its own (:func:`.agency.agency_in_brackets`): the story's source, whichever
    agency each page names there, though the site shows the line's shape on many pages."""
    for ln in lines[title_i + 1: head_end]:
        if ln.kind != PARA and ln.words <= MAX_BRAND_WORDS:
            a = agency_in_brackets(ln.text)
            if a:
                return a
    return None


def story_agency(lines: list[Line], opening: Article, *, b: int, end: int, last: int, head_end: int,
                 title_i: int | None, title_line: int | None) -> str | None:
    """The agency of the story on a flat page, from the credits its lines give, in the order they
    are trusted: a credit line «منبع: X» under the story's last line ``last`` (a bare name among its
    first lines, or right under an end marker), past the tail (from ``end``), among its paragraphs
    (from ``b``), in the header (above ``head_end``: «به نقل از X»), a photo's; a bare name over the
    site's end marker further down, a labelled address of the story at its origin, a credit slot of
    the site's template, the wire of the slot closing the story (when the story's dateline in
    ``opening`` credits none); then by the headline (line ``title_i``): an agency in brackets or a
    source line under it, its name and place over it, the page's document title (line
    ``title_line``) naming it; then the story's own words: a dateline of the site's shape, the
    dateline «به گزارش X» (not the site's own name), an agency the lead mentions. None when no line
    names one.

    >>> rows = [Line("خبر نمونه درباره شورای شهر", "خبرنمونهدربارهشورایشهر", 4, SHORT),
    ...         Line("به گزارش ایسنا، شورای شهر امروز تشکیل جلسه داد و بودجه را تصویب کرد.", "", 14, PARA),
    ...         Line("منبع: خبرگزاری مهر", "منبعخبرگزاریمهر", 3, LABEL)]
    >>> story = Article(title=rows[0].text, paragraphs=[rows[1].text])
    >>> story_agency(rows, story, b=1, end=2, last=1, head_end=1, title_i=0, title_line=None)
    'مهر'
    >>> story_agency(rows[:2], story, b=1, end=2, last=1, head_end=1, title_i=0, title_line=None)
    'ایسنا'
    """
    near = [ln for ln in lines[last + 1: last + 1 + BARE_CREDIT_LINES] if ln.kind not in (PARA, BLANK)]
    head = [ln for ln in lines[:head_end] if ln.words <= MAX_HEAD_CREDIT_WORDS
            or (ln.words <= 2 * MAX_HEAD_CREDIT_WORDS and (_FIELDS.search(ln.text) or _LABELLED_ROW.match(ln.text)))]
    closing = _under_end_markers(lines, last + 1)
    # (a line labelled in words no credit label holds, set among the story's paragraphs, is read
    # after the header: there it is a photo's caption as often as a credit, «عکس: مهر» under another
    # word, and a credit the header labels as one says whose the story is)
    among: list[Line] = []
    captions: list[Line] = []
    for i in range(b, end):
        if lines[i].kind == LABEL:
            (captions if credits_by_any_label(lines[i].text) else among).append(lines[i])
    # (a line equal to one of them has its text: the few texts asked first, in a set, spare the
    # comparison of all a line's fields with each of them, 0.2 % of a run's CPU)
    short = near[:BARE_CREDIT_SHORT]
    short_texts = {c.text for c in short}
    for ln in near + lines[end:] + among + head + captions:
        if ln.kind != PARA:
            bare = (((ln.text in short_texts and ln in short) or any(ln is c for c in closing))
                    and ln.words <= MAX_BRAND_WORDS and not ln.brand)
            a = agency_from_credit(ln.text, bare=bare)
            if a:
                return a
    for i in range(last + 1, len(lines)):
        # a source list under its heading, a credit label alone: «منابع» / «ورزش سه — «…» — ۱۹ بهمن»
        if lines[i].words <= MAX_LABEL_ALONE_WORDS and lines[i].kind != PARA \
                and (j := _next_shown(lines, i)) is not None \
                and (a := credit_under_label(lines[i].text, lines[j].text,
                                             lines[k].text if (k := _next_shown(lines, j)) is not None else None)):
            return a
    agency = None
    if not _dateline_credit(opening):  # (far from the story: its dateline first)
        agency = _bare_credit_over_end_marker(lines, last + 1)
    if agency is None:
        # (among the story's lines too: a page whose tail nothing told, its credit block taken in
        # with the story, still links the story at its origin under it)
        agency = _address_credit(near + lines[end:] + lines[b:last], lines[:head_end])
    own = [ln for ln in lines[:head_end] if ln.recurs]  # (the site's name is in its header)
    if agency is None:
        # a credit slot of the site's template names an outlet the agency table does not know
        # («منبع: رویترز» on many of its pages, each with its own value); above or after the story only
        agency = next((a for ln in near + lines[end:] + head if ln.kind != PARA and ln.share >= SLOT_SHARE
                       and (a := _slot_agency(ln, own))), None)
    if agency is None and not _dateline_credit(opening):
        # the slot closing the story names the wire it came from by its bare name («پایان» / «منبع:
        # رویترز»), one of the few the site repeats there (a paper quoted once is no wire), not
        # the site's own (which a line of its header holds, or every page's slot); or a name the
        # run's other slots call a news agency, however few of the site's pages show the slot
        agency = next((a for ln in _closing_fields(near) if ln.share >= SLOT_SHARE
                       and 0 < ln.values < BRAND_SHARE * ln.share
                       and (a := agency_from_slot(ln.text, after_story=True))
                       and not _own_name(a, own)), None) \
            or _wire_closing(near, own)
    if agency is None and title_i is not None:
        agency = _credit_in_brackets(lines, title_i, head_end)
    if agency is None and title_i is not None:
        # a source line under the headline: «ورزش سه — ۶ دقیقه پیش», «ایسنا | ۱۲ مهر ۱۴۰۱»
        for ln in lines[title_i + 1: head_end]:
            if ln.kind in (META, DATE, NAV, SHORT, LABEL) and ln.words <= 12:
                segs = SEGMENTS.split(SPACES.sub(" ", ln.text))
                a = next((x for x in (agency_from_credit(seg, bare=True) for seg in segs
                                      if 0 < len(seg.split()) <= 4) if x), None) or credit_and_place(ln.text)
                if a:
                    agency = a
                    break
    if agency is None and title_i is not None and (above := _prev_shown(lines, title_i)) is not None \
            and lines[above].kind == SHORT and not (lines[above].recurs or lines[above].site):
        # the agency and the place it reports from on a line right over the headline: «خبرگزاری مهر - تبریز»
        agency = credit_and_place(lines[above].text)
    if agency is None and title_line is not None:
        # the document title on a saved page's first line naming the story's agency as one of its
        # parts, an aggregator's «<headline> :: خبرگزاری فارس :: <site>» (:func:`.template.title_agency`)
        agency = title_agency(lines[title_line].text)[1]
    if agency is None:  # («کابل (باختر): …» opening the story, a dateline of the site's shape)
        agency = next((ln.site_credit for ln in lines[b:] if ln.site_credit), None)
    if agency is None:
        site_keys = [o.key for o in own]  # («به گزارش فارس من، …» on the site «فارس من»: its own name)
        agency = agency_of_story(opening.lead, opening.paragraphs,
                                 site=(lambda p: site_named(p, site_keys)) if site_keys else None)
    if agency is None and opening.lead:  # (a lead taken from the story's first paragraph names it)
        agency = agency_mentioned(opening.lead)
    return agency
