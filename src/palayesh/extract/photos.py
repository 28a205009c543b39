"""A story's photos on a flat page: their captions and credits, and a gallery's slides.

A photo shows in a page's text as a caption or a credit (:func:`is_photo_note`: a camera icon, «عکس:
…», a note in brackets), which is never a section nor a line of the story; a story's figure between
its summary and its text (:func:`under_photo`, :func:`photo_between`) parts the two. A gallery
numbers its slides whatever it calls them («۱ از ۱۲», «عکس ۲ از ۱۵»: :func:`slide_counter`,
:func:`labelled_counters`), and its counter tells the lines around it for the widget's: its heading,
its control, its captions (:func:`drop_slide_widgets`, :func:`drop_gallery_captions`,
:func:`is_gallery`). :mod:`.text` and :mod:`.htmlbody` ask these of a page's classified lines
(:mod:`.lines`).
"""
from __future__ import annotations

import re

from .agency import PHOTO_PICTOGRAPHS
from .lines import (
    BLANK,
    CAPTION_CREDIT,
    PARA,
    PHOTO_CREDIT,
    SHORT,
    Line,
    _ends_sentence,
    _introduces,
    _neighbour,
    _next_shown,
    _prev_shown,
    classify,  # noqa: F401  (the examples classify their lines)
)


def heads_photo(lines: list[Line], i: int) -> bool:
    """Whether the line under line ``i`` is a photo's caption or credit (:func:`is_photo_note`):
    line ``i`` heads a photo's box («عکس خبر» over «📷 ایسنا», over «فرانک ریبری (عکس آرشیوی)»),
    whatever its words, not the story's section."""
    nxt = _neighbour(lines, i, 1)
    return nxt is not None and is_photo_note(nxt.text)


#: the tag a line ends in when it shows a photo, or a story told in pictures: «(عکس)», «[تصویر آرشیوی]»
_PHOTO_TAG = re.compile(r"[(\[]\s*(?:عکس|تصویر)[^()\[\]]{0,20}[)\]]\s*$")
#: a photo's credit or caption: a camera or picture icon before it («📷 ایسنا»), a photo's credit or
#: note opening it (:data:`PHOTO_CREDIT`), or a photo's note in brackets closing it
#: («فرانک ریبری (عکس آرشیوی)»)
_PHOTO_NOTE = re.compile(r"^[^\w]*[" + PHOTO_PICTOGRAPHS + r"]|^\s*" + PHOTO_CREDIT + "|" + _PHOTO_TAG.pattern)


#: a gallery's slide counter: «N از M» or «N / M», alone on its line («۱ از ۲۱», «3/12») or under a
#: word or two (group 1: «عکس ۲ از ۱۵», «تصویر ۳ / ۹», but also a pager's «صفحه ۱ از ۳» or a
#: rating's «نمره: ۴ از ۱۰», which the callers tell apart)
_COUNTER = re.compile(r"^\s*(?:([^\d\s]+(?:\s+[^\d\s]+)?)\s+)?(\d{1,3})\s*(?:از|/|of)\s*(\d{1,3})\s*$", re.I)
_ZEROS = frozenset("0۰٠")
#: a gallery's heading over its counter has this many words at most
MAX_GALLERY_HEAD_WORDS = 4


def _count_of(text: str) -> tuple[str, int, int] | None:
    """The label (``""`` when none), N and M of a counter N of M in ``text`` (:data:`_COUNTER`): N from 1
    to M, M two or more, neither written with a leading zero («۰۳/۱۲» is a date), else ``None``.

    >>> _count_of("عکس ۲ از ۱۵"), _count_of("۳/۱۲"), _count_of("۲۳ از ۵"), _count_of("۰۳/۱۲")
    (('عکس', 2, 15), ('', 3, 12), None, None)
    """
    if not text.rstrip()[-1:].isdecimal():  # (a counter ends in a digit: most lines do not)
        return None
    m = _COUNTER.match(text)
    if m is None or m.group(2)[0] in _ZEROS or m.group(3)[0] in _ZEROS:
        return None
    n, total = int(m.group(2)), int(m.group(3))
    return (m.group(1) or "", n, total) if 1 <= n <= total and total >= 2 else None


def slide_counter(text: str) -> bool:
    """Whether ``text`` is a gallery's slide counter alone (:func:`_count_of` without a label): a site
    numbers its photos so whatever it calls them; no story says it alone. A labelled one is a
    page's («صفحه ۱ از ۳» over a story in pages), a rating a field («نمره: ۴ از ۱۰»).

    >>> slide_counter("۱ از ۲۱"), slide_counter("صفحه ۱ از ۳"), slide_counter("۲۳ از ۵")
    (True, False, False)
    >>> slide_counter("نمره: ۴ از ۱۰"), slide_counter("۰۳/۱۲")
    (False, False)
    """
    c = _count_of(text)
    return c is not None and not c[0]


def labelled_counters(lines: list[Line]) -> set[int]:
    """The lines of the page that count a gallery's slides under a label in the site's words
    («عکس ۲ از ۱۵», «عکس ۳ از ۹»): two counters or more under one label, each N of M (N from 1 to
    M), counting different slides, one of them beside a photo's credit or caption
    (:func:`is_photo_note`). A pager («صفحه ۱ از ۳») counts one page, over the story and under it.

    >>> labelled_counters([classify(t) for t in ("عکس ۲ از ۱۵", "عکس از لیلا کریمی", "عکس ۳ از ۹")])
    {0, 2}
    >>> labelled_counters([classify(t) for t in ("صفحه ۱ از ۳", "عکس از لیلا کریمی", "صفحه ۱ از ۳")])
    set()
    """
    by: dict[str, list[int]] = {}
    slides: dict[int, int] = {}
    for i, ln in enumerate(lines):
        c = _count_of(ln.text) if ln.kind != PARA and ln.words <= 5 else None
        if c is not None and c[0]:
            by.setdefault(c[0], []).append(i)
            slides[i] = c[1]

    return {i for rows in by.values()
            if len({slides[i] for i in rows}) >= 2
            and any(_beside_photo(lines, i) for i in rows) for i in rows}


#: a slide's caption numbered with its slide at its end: «نمایی از سکوها (۳)», «شادی بازیکنان [۱۲]»
_NUMBERED_CAPTION = re.compile(r"[(\[]\s*(\d{1,3})\s*[)\]]\s*$")
#: a gallery of numbered captions shows this many of its slides at least
MIN_NUMBERED_SLIDES = 3


def numbered_gallery(lines: list[Line]) -> set[int]:
    """The lines of a gallery whose captions carry their slide's number (:data:`_NUMBERED_CAPTION`)
    under counters of the same total («عکس ۱ از ۱۵» / «نمایی از سکوها (۱)» / «… (۲)» / «عکس ۴ از ۱۵» /
    …, whatever the site calls its slides or writes under them): the counters, and the short lines
    (no prose) numbered 1 to M, :data:`MIN_NUMBERED_SLIDES` of them at least, one right under a
    counter of its own number. A caption's number ties it to the counter, no story's line ends so.

    >>> ls = [classify(t) for t in ("گالری تصاویر", "عکس ۱ از ۵", "نمایی از سکوها (۱)", "حضور هواداران (۲)",
    ...                             "عکس ۳ از ۵", "شادی بازیکنان (۳)", "نمایی از سکوها (۴)", "تمرین تیم (۵)")]
    >>> sorted(numbered_gallery(ls))
    [1, 2, 3, 4, 5, 6, 7]
    >>> sorted(numbered_gallery([classify(t) for t in ("صفحه ۱ از ۳", "بند یکم (۱)", "بند دوم (۲)")]))
    []
    """
    counters: dict[int, tuple[int, int]] = {}
    for i, ln in enumerate(lines):
        c = _count_of(ln.text) if ln.kind != PARA and ln.words <= 5 else None
        if c is not None:
            counters[i] = (c[1], c[2])
    out: set[int] = set()
    for total in {t for _n, t in counters.values()}:
        mine = [i for i, (_n, t) in counters.items() if t == total]
        numbered = {}
        for i, ln in enumerate(lines):
            m = _NUMBERED_CAPTION.search(ln.text) if ln.kind != PARA and ln.words <= MAX_CAPTION_WORDS + 1 else None
            if m is not None and 1 <= int(m.group(1)) <= total:
                numbered[i] = int(m.group(1))
        tied = any((j := _next_shown(lines, i)) is not None and numbered.get(j) == counters[i][0] for i in mine)
        if tied and len(set(numbered.values())) >= MIN_NUMBERED_SLIDES:
            out |= {*mine, *numbered}
    return out


def _beside_photo(lines: list[Line], i: int) -> bool:
    """Whether the line shown right above or right under line ``i`` is a photo's credit or caption
    (:func:`is_photo_note`)."""
    return any(j is not None and is_photo_note(lines[j].text)
               for j in (_prev_shown(lines, i), _next_shown(lines, i)))


#: a photo's caption has this many words at most (:func:`drop_gallery_captions`)
MAX_CAPTION_WORDS = 8


def _counts_photos(lines: list[Line]) -> bool:
    """Whether the page counts its photos: a slide's counter, bare or under a label in the site's
    words («۳ از ۸», «عکس ۳ از ۸»), right beside a photo's credit or caption (:func:`is_photo_note`)."""
    for i, ln in enumerate(lines):
        c = _count_of(ln.text)
        if c is not None and (not c[0] or ln.kind != PARA and ln.words <= 5) and _beside_photo(lines, i):
            return True
    return False


#: a photo's credit under its label and a colon, «عکس: رضا حسینی», «تصویر: ایسنا»: the line over it is its caption
_LABELLED_CREDIT = re.compile(r"^\s*(?:عکس|تصویر|عکاس)\s*[:：]\s*\S")


def _between_prose(lines: list[Line], i: int, j: int) -> bool:
    """Whether the pair of lines ``i`` (a caption) and ``j`` (its credit) stands between two prose lines
    (:data:`PARA`, or a sentence: an interview's question): a figure set among a story's paragraphs, or
    between its summary and its text."""
    a, b = _prev_shown(lines, i), _next_shown(lines, j)
    return a is not None and b is not None and all(lines[k].kind == PARA or _ends_sentence(lines[k].text)
                                                   for k in (a, b))


def drop_gallery_captions(lines: list[Line], body: list[int]) -> list[int]:
    """The story's lines without the captions of its photos, on a page that counts them
    (:func:`_counts_photos`): a short line, no sentence, right over a photo's credit
    (:func:`is_photo_note`), in the slot a slide's counter takes over the page's other photos
    («اسباب از تراکتور» over «عکس از نصیب متصور», whatever the caption's words); on any page, such a
    line over a labelled credit («عکس: رضا حسینی») between two of the story's prose lines: a figure set
    in the story (an interview's portrait, «رضا هاشمی، پشت صحنه»).

    >>> ls = [classify(t) for t in ("جمله اول خبر این است که کار تمام شد.", "عکس ۲ از ۹",
    ...                             "عکس از لیلا کریمی", "بازیکنان تیم در تمرین", "عکس از رضا هاشمی",
    ...                             "جمله دوم خبر این است که کار ادامه دارد.")]
    >>> drop_gallery_captions(ls, [0, 3, 5])
    [0, 5]
    """
    drop = set()
    counted: bool | None = None
    for i in body:
        ln = lines[i]
        if ln.kind != SHORT or ln.turn or ln.words > MAX_CAPTION_WORDS or _ends_sentence(ln.text) \
                or is_photo_note(ln.text):
            continue
        j = _next_shown(lines, i)
        if j is None or not is_photo_note(lines[j].text):
            continue
        if _LABELLED_CREDIT.match(lines[j].text) and _between_prose(lines, i, j):
            drop.add(i)  # (a figure set among the story's paragraphs: its caption over «عکس: name»)
            continue
        if counted is None:
            counted = _counts_photos(lines)
        if not counted:
            continue
        drop.add(i)
    return [i for i in body if i not in drop] if drop else body


def gallery_heading_shaped(ln: Line) -> bool:
    """Whether a line reads as a gallery's heading: a short line of a few words
    (:data:`MAX_GALLERY_HEAD_WORDS`), no turn of a dialogue, no sentence, whatever its words
    («📷 گالری تصاویر», «گزارش تصویری» in the site's own words), and no slide counter itself."""
    return ln.kind == SHORT and not ln.turn and ln.words <= MAX_GALLERY_HEAD_WORDS \
        and not _ends_sentence(ln.text) and not slide_counter(ln.text)


def gallery_heading(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` heads a gallery: a line so shaped (:func:`gallery_heading_shaped`) right
    over a slide counter (:func:`slide_counter`)."""
    nxt = _next_shown(lines, i)
    return gallery_heading_shaped(lines[i]) and nxt is not None and slide_counter(lines[nxt].text)


#: a gallery's control beside its counter has this many words at most («تصویر بعدی», «›», «بعدی»)
MAX_GALLERY_CONTROL_WORDS = 3


def drop_slide_widgets(lines: list[Line], body: list[int]) -> list[int]:
    """The story's lines without a gallery's widget set between its paragraphs: a slide's counter
    (:func:`slide_counter`, «۱ از ۱۲»: a site numbers its photos whatever it calls them), the
    heading right over it (:func:`gallery_heading`, «گزارش تصویری» in the site's words) and the
    control right under it (a word or three, no sentence: «تصویر بعدی»), when the story's next line
    is a paragraph and the control heads none of it (a subheading under a gallery shares the words
    of its paragraph: :func:`_introduces`). An HTML page's main content keeps the widget's blocks
    as short lines; a flat page's loop skips the counter and its heading, not the control.

    >>> ls = [classify(t) for t in ("جمله اول خبر این است که کار تمام شد.", "گزارش تصویری", "۱ از ۱۲",
    ...                             "تصویر بعدی", "جمله دوم خبر این است که کار ادامه دارد.")]
    >>> drop_slide_widgets(ls, [0, 1, 2, 3, 4])
    [0, 4]
    """
    if len(body) < 2:
        return body
    inside = set(body)
    drop: set[int] = set()
    for i in range(body[0] + 1, body[-1]):
        if lines[i].kind == PARA or not slide_counter(lines[i].text):
            continue
        drop.add(i)
        above, under = _prev_shown(lines, i), _next_shown(lines, i)
        if above in inside and gallery_heading_shaped(lines[above]):
            drop.add(above)
        if under in inside and under != body[-1] and gallery_heading_shaped(lines[under]) \
                and lines[under].words <= MAX_GALLERY_CONTROL_WORDS:
            nxt = _next_shown(lines, under)
            if nxt is not None and lines[nxt].kind == PARA and not _introduces(lines[under], lines[nxt]):
                drop.add(under)
    return [i for i in body if i not in drop] if drop else body


def _photo_line(ln: Line) -> bool:
    """Whether ``ln`` is a photo's caption or credit (:func:`is_photo_note`, or a caption closed by
    its credit, :data:`CAPTION_CREDIT`), no line of prose."""
    return ln.kind != PARA and (is_photo_note(ln.text) or bool(CAPTION_CREDIT.match(ln.text)))


#: a story's photo stands between its summary and its text with this many lines at most (its
#: caption, its credit, the byline beside it)
MAX_PHOTO_BOX_LINES = 3


def under_photo(lines: list[Line], i: int) -> bool:
    """Whether the nearest line above line ``i`` is a photo's caption or credit (:func:`_photo_line`):
    the paragraph under the story's photo opens its text; a page sets its summary above the photo,
    under the headline.

    >>> ls = [classify(t) for t in ("کد خبر: ۱۲۳", "کارگران در حال مرمت خانه عکس: مینا صادقی",
    ...                             "شورای شهر طرح تازه‌ای را بررسی کرد.")]
    >>> under_photo(ls, 2), under_photo(ls, 1)
    (True, False)

    A line whose only mark of a photo is the tag it ends in («… (عکس)») is no photo: the headline of a
    story told in pictures ends so, right over its summary.

    >>> ls[1] = classify("دیدار دو تیم در ورزشگاه آزادی (عکس)")
    >>> under_photo(ls, 2)
    False
    """
    j = _prev_shown(lines, i)
    return j is not None and _photo_line(lines[j]) \
        and (bool(CAPTION_CREDIT.match(lines[j].text)) or is_photo_note(_PHOTO_TAG.sub("", lines[j].text)))


def photo_between(lines: list[Line], i: int, j: int) -> bool:
    """Whether the story's photo stands between lines ``i`` and ``j``: its caption closed by its
    credit (:data:`CAPTION_CREDIT`, the figure under the header) among a few lines
    (:data:`MAX_PHOTO_BOX_LINES`), none of them prose (a byline beside it). A credit alone («📷 name»,
    «تصویر: …») a site sets under any paragraph of its story too: no figure that parts a summary; a short
    caption over it is one."""
    between = [ln for ln in lines[i + 1:j] if ln.kind != BLANK]
    # (or its caption over its labelled credit, two lines: «رضا هاشمی در گفت‌وگو با …» / «عکس: رضا حسینی»)
    pair = any(_LABELLED_CREDIT.match(b.text) and a.kind == SHORT and not _ends_sentence(a.text)
               and a.words <= MAX_CAPTION_WORDS for a, b in zip(between, between[1:]))
    return 1 <= len(between) <= MAX_PHOTO_BOX_LINES and all(ln.kind != PARA for ln in between) \
        and (pair or any(bool(CAPTION_CREDIT.match(ln.text)) for ln in between))


def is_photo_note(text: str) -> bool:
    """Whether ``text`` is a photo's credit or caption (:data:`_PHOTO_NOTE`), never a section.

    >>> is_photo_note("📷 ایسنا"), is_photo_note("فرانک ریبری (عکس آرشیوی)"), is_photo_note("عکس خبر")
    (True, True, False)
    """
    return bool(_PHOTO_NOTE.search(text))


#: a gallery shows at least this many of its slides' counters in a row
MIN_GALLERY_SLIDES = 2


def is_gallery(lines: list[Line], lo: int, hi: int) -> bool:
    """Whether the lines ``lo:hi`` (a run of non-body lines) hold a gallery: slide counters of one
    count, one after another (:func:`slide_counter`: «۱ از ۱۴», «۲ از ۱۴», each over its caption).
    The run's template may take the slides' captions for the site's lines; the counters say the
    run is a widget the story shows between its paragraphs, not the page's tail.

    >>> is_gallery([classify(t) for t in ("📷 تصاویر", "۱ از ۱۰", "استخر میگو", "۲ از ۱۰", "لنج صیادی")], 0, 5)
    True
    >>> is_gallery([classify(t) for t in ("۱ از ۱۰", "استخر میگو", "۳ از ۸")], 0, 3)
    False
    """
    slides = [(c[1], c[2]) for ln in lines[lo:hi] if (c := _count_of(ln.text)) is not None and not c[0]]
    if len(slides) < MIN_GALLERY_SLIDES or len({total for _, total in slides}) != 1:
        return False
    return all(b == a + 1 for (a, _), (b, _) in zip(slides, slides[1:])) and slides[-1][0] <= slides[0][1]


def drop_gallery_heading(lines: list[Line], body: list[int], start: int) -> None:
    """Drop from ``body`` the gallery's heading («گزارش تصویری», «گالری تصاویر»): the short line
    right above the run of its slides at ``start`` (:func:`is_gallery`), shaped as one
    (:func:`gallery_heading_shaped`), when the run's template did not take it for the site's already."""
    j = _prev_shown(lines, start)
    if j is not None and body[-1] == j and gallery_heading_shaped(lines[j]):
        body.pop()
