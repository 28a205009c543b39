"""Paragraphs a flattener hard-wrapped at a column, joined again.

Some crawlers print a page's text wrapped at a fixed width (72, 90, 110 columns): each paragraph is
then several lines, every one of them but the last filled up to the width. A greedy wrapper leaves
a mark: a wrapped line is one the next line's first word did not fit on, ``len(line) <= W <
len(line) + 1 + len(next word)``, at one width ``W``. A page shows the widths most of its lines
end at (:func:`wrap_widths`); the run counts them per site (:mod:`.template`, as a shape), and a
width a site's pages show again and again is the site's column: lines ending there are joined to
the next (:func:`rejoin_wrapped`). Lines that are short on purpose (verses, list items, captions,
headlines) do not end near one width page after page, so a site that does not wrap keeps them.

>>> lines = ["در ادامه پیکارهای مقدماتی راه‌یابی به جام جهانی", "برزیل در قاره آسیا عمان به رده دوم رسید.", ""]
>>> rejoin_wrapped(lines, 48)[0]
'در ادامه پیکارهای مقدماتی راه‌یابی به جام جهانی برزیل در قاره آسیا عمان به رده دوم رسید.'
"""

from __future__ import annotations

import re
from collections import Counter

from ..memo import short_line_memo
from ..textkeys import line_key

#: a line shorter than this is no wrapped line (short lines of a menu or a list line up by chance)
MIN_WRAP_WIDTH = 60
#: a wrapped line has at least this many words (prose, not a menu item or a label)
MIN_WRAP_WORDS = 5
#: a page shows a width when this many of its lines end where a greedy wrapper at it ends them, in
#: the middle of a sentence
MIN_PAGE_LINES = 3
#: alone (no run to confirm it), a page is wrapped when this many of its lines end so ...
MIN_ALONE_LINES = 5
#: ... and at most this share of its prose lines is longer than the width (a footer, a menu on one line)
MAX_LONGER_SHARE = 0.15
#: the most widths a page reports (the widths every wrapped line of it is consistent with)
MAX_WIDTHS = 12
#: the narrowest column a page is read as wrapped at by its lines one under another (:func:`fitted_width`)
MIN_FIT_WIDTH = 40
#: ... where at most one in this many of them ends elsewhere (a paragraph broken at a link)
MAX_MISSED = 8
#: the mask of a width's shape in the run's counts (:func:`.template.observe`)
MASK_WRAP = "ǂr"
#: ... and of a page wrapped at a newspaper's narrow column, whatever its width (:func:`narrow_width`)
MASK_NARROW = "ǂn"
#: a site wraps at a width that this share of its pages show (a chance alignment is one page's)
MIN_WRAP_SHARE = 0.3
#: a paragraph joined from wrapped lines ends where a paragraph ends (a sentence, a quote, a
#: bracket): two headlines of a list that happen to end near the width are left alone
_PARA_END = frozenset(".!?؟…»\")”:؛")
#: a line that ends a sentence says nothing of a width: paragraphs end so, and template lines that
#: stand on every page of a site (a comment policy) would line up on every page
_SENTENCE_END = frozenset(".!?؟…")
_NOT_PROSE = frozenset("←→«»")
#: ... save a quote that opens a line and closes inside it, the sentence running on past it («جان گارور»
#: در گفت‌وگو با …): a column's line, where a list's item is quoted whole
_ZWNJ = "\u200c"
_ITEM_SEP = re.compile("[|｜•◄►▪◆·]")


#: marks a line may end in after its last word, unseen (a right-to-left mark after a sentence's stop)
_END_MARKS = " \u200e\u200f\u200b\u200c\u202c"


def _last(text: str, also: str = "") -> str:
    """The last visible character of a line ('' for none): the stop of «… مساوی کند.\u200f».

    >>> _last("ایکاردی به ثمر رساند مساوی کند.\u200f"), _last("\u200f")
    ('.', '')
    """
    return text.rstrip(_END_MARKS + also)[-1:]


def _first_word_len(text: str) -> int:
    return len(text.split(" ", 1)[0])


def _overflow(a: str, b: str) -> int:
    """How long line ``a`` would have been with the next line's first word on it: a greedy wrapper
    at a width ``len(a) <= W < _overflow(a, b)`` ends it where it ends. (A word an OCR export broke
    right after its ZWNJ, «می‌» closing a line and «خواهد» opening the next, did not fit whole, one
    character short of that: the bound holds for it too, and for a whole word a ZWNJ closes, «ملی‌»
    before a space, which a page's text may show too.)

    >>> _overflow("گفت می\u200c", "خواهد رفت")
    13
    """
    return len(a) + 1 + _first_word_len(b)


def join_lines(lines: list[str]) -> str:
    """Lines of one wrapped paragraph as one: a space between two, none after a word broken at its
    ZWNJ, which keeps it.

    >>> join_lines(["اعضای شورا می\u200c", "خواهند ناوگان", "نوسازی شود."]).split()[2:4]
    ['می\u200cخواهند', 'ناوگان']
    """
    out = lines[0] if lines else ""
    for ln in lines[1:]:
        out += ln if out.endswith(_ZWNJ) else " " + ln
    return out


def _opens_prose(text: str) -> bool:
    """Whether a line opens as a piece of a paragraph does: no arrow or quote mark first (a list's
    item), unless a quote that opens it closes before its last word (the sentence goes on after it).

    >>> _opens_prose("«جان گارور» در گفت‌وگو با خبرنگار ما گفت"), _opens_prose("«جان گارور در گفت‌وگو با ما»")
    (True, False)
    """
    if text[0] not in _NOT_PROSE:
        return True
    if text[0] != "«":
        return False
    close = text.find("»")
    return 0 < close < len(text.rstrip(" .،:؛!؟?")) - 1 and bool(text[close + 1:].strip(" .،:؛!؟?»"))


def _prose(text: str) -> bool:
    """A line that may be a wrapped piece of a paragraph: words enough, no list mark before them
    and no menu separator between them («خانه | اخبار | …», «کرونا| …»)."""
    return _remembered_prose.ask(text)


def _wrap_prose(text: str) -> bool:
    # (the words counted as far as MIN_WRAP_WORDS: a paragraph's every word is not split out)
    return len(text.split(None, MIN_WRAP_WORDS - 1)) >= MIN_WRAP_WORDS and _opens_prose(text) \
        and not _ITEM_SEP.search(text)


#: a newspaper's column (:func:`narrow_width`) is this narrow at the least ...
MIN_NARROW_WIDTH = 24
#: ... and its lines, a few words each, are prose with this many words
MIN_NARROW_WORDS = 3
#: a page is read as wrapped at a column that narrow when this many of its lines one under another
#: end where it ends them (as :func:`fitted_width` asks, at most one in :data:`MAX_MISSED` elsewhere)
MIN_NARROW_LINES = 10


def _narrow_prose(text: str) -> bool:
    return len(text.split(None, MIN_NARROW_WORDS - 1)) >= MIN_NARROW_WORDS and _opens_prose(text) \
        and not _ITEM_SEP.search(text)


def _prose_at(width: int):
    """The test of a wrapped line of prose at a column of ``width``: a newspaper's narrow column
    (narrower than :data:`MIN_FIT_WIDTH`) holds lines of three or four words too."""
    return _prose if width >= MIN_FIT_WIDTH else _narrow_prose


def narrow_width(lines: list[str], widths=None, least: int = MIN_NARROW_LINES) -> int | None:
    """The width of a newspaper's column (:data:`MIN_NARROW_WIDTH` to :data:`MIN_FIT_WIDTH`) a page's
    text was wrapped at (a scanned page's OCR text): :data:`MIN_NARROW_LINES` of its lines one under
    another end where a greedy wrapper at it ends them (:func:`fitted_width`), and almost no prose
    line of it is longer (:data:`MAX_LONGER_SHARE`); None for a page that is not so (asked only of
    one no wider column explains). ``least``: fewer lines, where the run knows the site's other pages
    wrapped at a newspaper's column (:meth:`.template.PageTemplate.narrow_width`): a short clipping."""
    width = fitted_width(lines, widths, least=least, floor=MIN_NARROW_WIDTH)
    if width is None or width >= MIN_FIT_WIDTH:
        return None
    return width if _under_column(lines, width) else None


def _under_column(lines: list[str], width: int) -> bool:
    # (the lines of the page's paragraphs: a clipping's masthead, its headline, a sentence that
    # ends none, stand over the column set in a wider type, as long as they are)
    told = _paragraph_lines(lines) or range(len(lines))
    prose = [len(lines[k]) for k in told if lines[k] and _narrow_prose(lines[k])]
    return sum(n > width for n in prose) <= MAX_LONGER_SHARE * len(prose)


def _paragraph_lines(lines: list[str]) -> list[int]:
    """The lines of a page's blocks (lines between two blank ones) that end where a paragraph ends
    (a sentence, a quote: :data:`_PARA_END`), a line alone too; a masthead's block, a headline, end
    none.

    >>> _paragraph_lines(["روزنامه نمونه | شماره ۱۲", "سه‌شنبه ۲ شهریور ۱۴۰۰", "", "تیتر خبر امروز", "",
    ...                   "سطر نخست ستون", "سطر دوم ستون.", "", "یک بند تنها که پایان دارد."])
    [5, 6, 8]
    """
    out: list[int] = []
    block: list[int] = []
    for k, t in enumerate([*lines, ""]):
        if t:
            block.append(k)
            continue
        if block and _last(lines[block[-1]]) in _PARA_END:
            out += block
        block = []
    return out


#: lines told wrapped prose or not, remembered up to this many characters: the template pass and
#: extraction read a flat page's joins each (500 pages of the bench: 13,800 asks of 3,300 such lines;
#: 2,000 pages: 10,400 such lines, made 16,800 times with a memo of 8,192, once each with 32,768)
PROSE_CACHE, PROSE_CACHE_CHARS = 32768, 500
_remembered_prose = short_line_memo(PROSE_CACHE_CHARS, PROSE_CACHE)(_wrap_prose)


def _coverage(lines: list[str]) -> Counter:
    cover: Counter = Counter()
    for a, b in zip(lines, lines[1:]):
        if len(a) >= MIN_WRAP_WIDTH and b and _prose(a) and _last(a, "»\"”") not in _SENTENCE_END:
            for w in range(len(a), _overflow(a, b)):
                cover[w] += 1
    return cover


def wrap_widths(lines: list[str]) -> list[int]:
    """The widths most of a page's lines could have been wrapped at (greedily), when
    :data:`MIN_PAGE_LINES` of them end there at least; [] for a page that was not wrapped."""
    return _top_widths(_coverage(lines))


def _top_widths(cover: Counter) -> list[int]:
    top = max(cover.values(), default=0)
    if top < MIN_PAGE_LINES:
        return []
    return sorted(w for w, c in cover.items() if c == top)[:MAX_WIDTHS]


def page_widths(lines: list[str]) -> list[int]:
    """The widths to ask the run of: :func:`wrap_widths` of a page's lines, else every width one of
    them could have been wrapped at (greedily), for a page that shows too few wrapped lines to tell
    a width itself (a paragraph or two wrapped, the others shorter than the column): the run may
    know its site's column, one of them. (The lines are read once for both.)"""
    cover = _coverage(lines)
    return _top_widths(cover) or sorted(cover)


def alone_width(lines: list[str]) -> int | None:
    """The width a page was wrapped at, told by the page alone (no run): many lines end there and
    almost no prose line is longer."""
    cover = _coverage(lines)
    if not cover:
        return None
    width, count = max(cover.items(), key=lambda kv: (kv[1], -kv[0]))
    prose = [len(a) for a in lines if a and _prose(a)]
    if count < MIN_ALONE_LINES or sum(n > width for n in prose) > MAX_LONGER_SHARE * len(prose):
        return None
    # (the lines that end at the width must mostly be pieces of paragraphs it joins again, each run
    # ending where a paragraph ends: headlines of a page's lists that happen to end near one length
    # join nothing, and the one line they would join is a caption over the story's first paragraph)
    joined = sum(j - i for i, j in wrapped_runs(lines, width))
    return width if joined * 2 >= count else None


def _run_spans(lines: list[str], floor: int = MIN_FIT_WIDTH) -> list[tuple[int, int]]:
    """A page's joins, each as the widths ``[lo, hi)`` a greedy wrapper ends its upper line at: over
    every two prose lines one under the other (no blank line between) in a run that ends a
    paragraph, the upper one ends where a wrapper at a width in its span would end it; a join fits
    a width in its span and misses every other one."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    prose = _prose_at(floor)
    for a, b in zip(lines, lines[1:]):
        if a and b and prose(a) and _last(a, "»\"”") not in _SENTENCE_END:
            if _overflow(a, b) > floor:
                # (a line that ends short of the narrowest column is no join any width misses: a
                # subheading, a dateline over the story's first line)
                run.append((len(a), _overflow(a, b)))
            continue
        # (a line that ends a sentence says nothing of a width, :data:`_SENTENCE_END`: it ends its
        # run, as a paragraph's end does where no blank line parts the paragraphs, a PDF's text)
        if run:
            if a and _last(a) in _PARA_END:
                spans += run
            run = []
    if run and lines[-1] and _last(lines[-1]) in _PARA_END:
        spans += run
    return spans


def fitted_width(lines: list[str], widths=None, least: int = 0, floor: int = MIN_FIT_WIDTH) -> int | None:
    """The width (of ``widths``, or any a page's lines allow) that explains the most of a page's
    lines standing one under another (:func:`_run_spans`), short lines too (a column of 60 leaves
    many a line of 50): at least :data:`MIN_ALONE_LINES` of them, and at most one in
    :data:`MAX_MISSED` it does not explain; None when no width explains them so. ``floor``: the
    narrowest column asked of (:func:`narrow_width` asks of a newspaper's)."""
    # (every width at once: the page's joins are read once, and a width's fit is the number of
    # their spans it falls in, its miss the rest)
    prose = _prose_at(floor)
    if widths is None:
        widths = set()
        for a, b in zip(lines, lines[1:]):
            if a and b and len(a) >= floor and prose(a):
                widths.update(range(len(a), _overflow(a, b)))
    if not widths:
        return None
    spans = _run_spans(lines, floor)
    if len(spans) < (least or MIN_ALONE_LINES):
        return None  # (no width explains more joins than the page has)
    fits: Counter = Counter()
    for lo, hi in spans:
        fits.update(range(lo, hi))
    best, width = 0, None
    for w in sorted(widths):
        fit = fits[w]
        miss = len(spans) - fit
        if fit >= (least or MIN_ALONE_LINES) and miss * MAX_MISSED <= fit and fit - miss > best:
            best, width = fit - miss, w
    return width


#: a page that shows fewer wrapped lines (:func:`few_lines_width`) shows this many at least
MIN_FEW_LINES = 3


def few_lines_width(lines: list[str]) -> int | None:
    """The width a page of few paragraphs was wrapped at, told by its lines alone: fewer joins than
    :func:`fitted_width` asks of a page (:data:`MIN_FEW_LINES`, a story of three or four wrapped
    paragraphs), so only a prose column (:data:`MIN_WRAP_WIDTH` at least, where short lines of a menu
    or a list do not line up by chance) that almost no prose line of the page is longer than (as
    :func:`alone_width` asks: a page whose paragraphs run longer wraps none of them)."""
    width = fitted_width(lines, least=MIN_FEW_LINES)
    if width is None or width < MIN_WRAP_WIDTH:
        return None
    prose = [len(a) for a in lines if a and _prose(a)]
    return width if sum(n > width for n in prose) <= MAX_LONGER_SHARE * len(prose) else None


#: a page's paragraphs marked by their first lines' indent show this many wrapped starts at least
MIN_INDENTED_STARTS = 2


def indented_width(lines: list[str], indents: list[int] | None) -> int | None:
    """The width a page was wrapped at whose paragraphs open indented and run on unindented, with no
    blank line between them (a teletype's take, a typed document: «   به گزارش …» / «روز نقل …»),
    told by its paragraphs' first lines: the longest of them and of the lines under them, when every
    such first line is one the next line's first word did not fit on at that width (a greedy
    wrapper's mark) and :data:`MIN_INDENTED_STARTS` of them show it; None otherwise (a page of
    indented lines that are whole paragraphs, an indented headline over long lines).

    >>> lines = ["عنوان خبر", "به گزارش خبرنگار ما، مظلومی سرمربی استقلال در آخرین",
    ...          "روز قراردادش را ثبت کرد.", "مظلومی به هواداران وعده داد تا امشب بازیکن جدیدی جذب",
    ...          "می کنند.", "انتهای پیام"]
    >>> indented_width(lines, [0, 3, 0, 3, 0, 0])
    52
    >>> indented_width(lines, [0, 0, 0, 0, 0, 0]) is None
    True
    """
    if indents is None or len(indents) != len(lines):
        return None
    starts = [i for i in range(len(lines) - 1) if lines[i] and lines[i + 1] and 0 < indents[i] <= MAX_PARA_INDENT
              and indents[i + 1] == 0 and _prose(lines[i])]
    if len(starts) < MIN_INDENTED_STARTS:
        return None
    width = max(max(len(lines[i]), len(lines[i + 1])) for i in starts)
    if width < MIN_FIT_WIDTH:
        return None
    if all(len(lines[i]) + 1 + len(lines[i + 1].split()[0]) > width for i in starts):
        return width
    return None


def rejoin_wrapped(lines: list[str], width: int, indents: list[int] | None = None) -> list[str]:
    """``lines`` (stripped, blank lines included) with the lines of each paragraph hard-wrapped at
    ``width`` joined into one (``indents``: as :func:`wrapped_runs` reads them)."""
    return [join_lines(lines[i: j + 1]) for i, j in wrapped_runs(lines, width, indents)]


def blank_parted(lines: list[str]) -> bool:
    """Whether a page parts its paragraphs by blank lines somewhere (a blank line between a prose
    line and one of a wrapped paragraph's length, :data:`MIN_WRAP_WIDTH`, under it), as a page
    whose paragraphs a flattener printed one line under another does nowhere (a short footer
    under the story, set apart, aside)."""
    return any(not t and a and len(b) >= MIN_WRAP_WIDTH and _prose(a) and _prose(b)
               for a, t, b in zip(lines, lines[1:], lines[2:]))


#: a paragraph's first line opens indented by this many blanks at most, more than the lines it wraps
#: into (pdftotext keeps a typed document's two or four; a line set further in is centred, a signature)
MAX_PARA_INDENT = 8
#: a line that opens with a list's mark («* », «- », «۲) ») hangs its wrapped lines under its text,
#: indented further: no paragraph starts under it
_HANGING = re.compile(r"[^\w«\"“(]|[\d۰-۹]{1,3}\s*[.)\-]")


def _indent_step(indents: list[int] | None, lines: list[str], j: int) -> int:
    """How much further in line ``j + 1`` opens than line ``j`` (less than 0: further out), where the
    page's indents tell a paragraph's first line (0 elsewhere: a hanging list item, a centred line)."""
    if indents is None:
        return 0
    step = indents[j + 1] - indents[j]
    if not step or abs(step) > MAX_PARA_INDENT or (step > 0 and _HANGING.match(lines[j])):
        return 0
    return step


def wrapped_runs(lines: list[str], width: int, indents: list[int] | None = None, *,
                 open_end: bool = False) -> list[tuple[int, int]]:
    """``lines`` (stripped, blank lines included) as runs ``(first, last)`` of one line each, or of
    the lines of a paragraph hard-wrapped at ``width`` (a join of them ends where a paragraph ends).
    A line that ends a sentence near the width is read as wrapped too: on a printed page's text (no
    blank line between paragraphs) it ends its paragraph more often than not (AO's printed pages:
    49 to 15), but a held set's pages lost more by ending a paragraph there than AO gained.

    ``indents`` (how far each line opened before it was stripped, when known): a printed document's
    text (pdftotext) marks a paragraph by its first line's indent alone, with no blank line over it,
    so a line that opens further in than the line over it starts a paragraph.

    ``open_end`` (a page's text read at the width it was wrapped at): a run none of whose lines ends
    a sentence, whose full line over its last breaks off in a phrase and whose lines hold a clause's
    mark inside them, is one paragraph too, one that ends with no stop (a poem's verses run on in
    lines); a list of headlines near one length, no marks inside them, stays a line each. (As the
    evidence of a width, :func:`alone_width`, runs that end so join nothing.)

    >>> a, b = "به گزارش ایسنا، نشست شورای شهر با حضور اعضا و", "شهردار دیروز در تالار شهر برگزار شد و پایان یافت."
    >>> lines = [a, b, "رئیس شورا گفت برنامه امسال اجرا شد."]
    >>> wrapped_runs(lines, 50)
    [(0, 2)]
    >>> wrapped_runs(lines, 50, [2, 0, 2])  # (the third line opens indented: a paragraph of its own)
    [(0, 1), (2, 2)]
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    prose = _prose_at(width)
    # (a newspaper column's OCR text: a line inside a paragraph already begun, which the wrapper ends
    # where it ends the column's lines, goes on with it, whatever it shows, a stray «|» the OCR read
    # off a rule, a quote that opens and runs on under it, «نظام تأمین و» / «تخصیص | منابع مالی»)
    narrow = width < MIN_FIT_WIDTH
    while i < n:
        j = i
        while j + 1 < n and lines[j] and lines[j + 1] and (prose(lines[j]) or narrow and j > i):
            if _indent_step(indents, lines, j) > 0:
                break  # (the line under opens a paragraph)
            if not len(lines[j]) <= width < _overflow(lines[j], lines[j + 1]):
                break
            j += 1
        # (at a newspaper's column, a block blank lines part whole, every line of it ended where the
        # column ends it: a subheading or a headline the column broke, «کشف ۲۵ قبضه سلاح شکاری و
        # جنگی توسط» / «پلیس امنیت عمومی», which ends no sentence)
        whole = narrow and j > i and (i == 0 or not lines[i - 1]) and (j + 1 >= n or not lines[j + 1])
        if j > i and not whole and _last(lines[j]) not in _PARA_END:
            # (a paragraph's last line that ends near the width reads as wrapped into the next
            # line, a subheading or another paragraph where no blank line parts them, a PDF's
            # text: the run is the paragraph up to its last line that ends one; the lines under
            # it are a run of their own)
            k = next((k for k in range(j - 1, i, -1) if _last(lines[k]) in _SENTENCE_END), None)
            if k is not None:
                out.append((i, k))
                i = k + 1
                continue
            if open_end and _last(lines[j - 1]) not in _WHOLE_END \
                    and any(_INNER_MARK.search(t) for t in lines[i:j + 1]) and not _in_line_list(lines, i, j, width):
                # (no line of it ends a sentence, and the full line over the last breaks off in
                # a phrase: the last line goes on with it, a paragraph that ends with no stop, a
                # poem's verses run on in a line, «… به جوشن دارد»)
                out.append((i, j))
                i = j + 1
                continue
        if j > i and (whole or _last(lines[j]) in _PARA_END):
            out.append((i, j))
        else:
            out.extend((k, k) for k in range(i, j + 1))
        i = j + 1
    return out


def _in_line_list(lines: list[str], i: int, j: int, width: int) -> bool:
    """Whether the lines ``i`` to ``j`` stand in a list of lines of their own (a ticker's or a related
    box's headlines, one a line): the line right over them and the line right under them are such
    lines too, items of the list: shown, within the width and not full at it (no wrapped line going
    on in the line under it), and ending as no whole line does (a sentence, a clause, a label). A
    paragraph's neighbours are a blank line, a line that ends a sentence, or a line of another
    wrapped paragraph, full at the width. Such lines near the width, the upper one long, are two
    headlines, not a paragraph that ends with no stop."""
    def item(k: int) -> bool:
        if not 0 <= k < len(lines) or not lines[k] or len(lines[k]) > width or _last(lines[k]) in _WHOLE_END:
            return False
        return not (k + 1 < len(lines) and lines[k + 1] and width < _overflow(lines[k], lines[k + 1]))
    return item(i - 1) and item(j + 1)


#: a clause's mark inside a line (a space after it): a line of prose, no headline of a list
_INNER_MARK = re.compile(r"[.،؛!؟] ")
#: a line that ends so is whole (a sentence, a question, a label over its value, a clause): no half
#: of a phrase broken at a column
_WHOLE_END = frozenset(".!?؟…:：؛;،,")


def broken_in_two(upper: str, lower: str) -> bool:
    """Whether two short lines one under the other read as one phrase broken where a narrow column
    ran out, in two halves of about one length (a headline set in a box that breaks it, or balances
    its two lines): each has two words at least, the upper one does not end as a whole line does,
    and neither could have taken the other's nearest word and stayed the shorter: the lower line's
    first word did not fit beside the upper one at the lower one's width, nor would the upper
    line's last word have fit beside the lower one at the upper one's. A kicker over its headline
    is mostly far shorter than it (a word or three over a sentence's length).

    >>> broken_in_two("منصوریان: باخت به الاهلی", "در بهترین زمان بود")
    True
    >>> broken_in_two("نظام وظیفه", "برتری چین، هند و فیلیپین در پایان روز چهارم")
    False
    >>> broken_in_two("ساعت کاری ادارات تغییر کرد.", "در بهترین زمان بود")
    False
    >>> broken_in_two("رضا | ۲ روز پیش", "عالی بود، ممنون")
    False
    """
    up, low = upper.split(), lower.split()
    if len(up) < 2 or len(low) < 2 or upper.rstrip("»\"”)")[-1:] in _WHOLE_END \
            or _ITEM_SEP.search(upper) or _ITEM_SEP.search(lower):  # (a row of items: «رضا | ۲ روز پیش»)
        return False
    return len(upper) + 1 + len(low[0]) >= len(lower) and len(lower) + 1 + len(up[-1]) >= len(upper)


def block_runs(lines: list[str], owners: list) -> list[tuple[int, int]]:
    """An HTML page's ``lines`` (the block element of each in ``owners``, None where unknown) as runs
    ``(first, last)``: the lines ``<br>`` set apart in one element (a ``<p>`` whose paragraph a
    flattener hard-wrapped) joined where the page shows one column all its wrapped paragraphs end
    at (:func:`fitted_width`, :func:`alone_width`: lines of different elements never join).

    >>> a = "تعاونی زنبورداران دامنه سبلان امسال دوازده تن عسل آویشن برداشت کرد و بیشتر"
    >>> p = [a, "آن را پیش از پایان تابستان به بازارچه‌های محلی فرستاد."] * 5
    >>> block_runs(p, [k // 2 for k in range(10)])[:2]
    [(0, 1), (2, 3)]
    >>> block_runs(p, list(range(10)))[:2]  # (each line a block of its own: paragraphs of their own)
    [(0, 0), (1, 1)]
    """
    texts: list[str] = []
    at: list[int] = []  # the line each of ``texts`` is (-1: a blank line between two elements)
    for k, (t, o) in enumerate(zip(lines, owners)):
        if k and (o is None or o is not owners[k - 1]):
            texts.append("")
            at.append(-1)
        texts.append(t)
        at.append(k)
    width = fitted_width(texts) or alone_width(texts) or few_lines_width(texts)
    if width is None:
        return [(k, k) for k in range(len(lines))]
    return [(at[i], at[j]) for i, j in wrapped_runs(texts, width) if at[i] >= 0]


#: a page counter of a printed document (its page's number, then how many it has) is a short line
MAX_FRAME_WORDS = 8
_NUMBER = re.compile(r"\d+")


def print_frame(lines: list[str]) -> set[int]:
    """The indices of the lines of a printed document's frame inside one page's text (a PDF's text
    saved as the page, its page breaks kept): lines of one shape but for a number that counts the
    pages, 1, 2, 3 … in order, beside a number as large as their count at least that stays («- صفحه
    1 از 3 -», «Page 2 / 3»), a page's lines apart, and the line right under each of them but the
    last when it is the same line each time (the running header every page opens with). The story
    goes on past them.

    >>> page = ["بولتن ۵", "الف", "- صفحه ۱ از ۲ -", "بولتن ۵", "ب", "- صفحه ۲ از ۲ -", "منبع"]
    >>> sorted(print_frame(page))
    [2, 3, 5]
    >>> page = ["۱۴۰۴/۹/۲۶", "تیتر", "الف", "x.ir/1", "1/3", "۱۴۰۴/۹/۲۶", "تیتر", "ب", "x.ir/1", "2/3", "۱۴۰۴/۹/۲۶",
    ...         "تیتر", "ج", "3/3"]  # (a browser's print: the day and the title over each sheet, the address under it)
    >>> sorted(print_frame(page))
    [3, 4, 5, 6, 8, 9, 10, 11, 13]
    >>> sorted(print_frame(["گام 1 از 3: ثبت‌نام", "گام 2 از 3: پرداخت"]))
    []
    >>> sorted(print_frame(["الف", "۱ از ۳", "۲ از ۳", "۳ از ۳", "ب"]))  # (a gallery's slides)
    []
    """
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    for i, t in enumerate(lines):
        if not t or len(t.split(None, MAX_FRAME_WORDS)) > MAX_FRAME_WORDS:
            continue
        key = line_key(t)
        nums = _NUMBER.findall(key)
        if len(nums) >= 2:
            groups.setdefault(_NUMBER.sub("0", key), []).append((i, nums))
        elif len(nums) == 1 and len(got := _FIGURES.findall(t)) == 2:
            # (a counter of figures a mark parts, which the key runs together: a browser's «1/4»)
            groups.setdefault(_FIGURES.sub("0", t), []).append((i, [str(int(x)) for x in got]))
    out: set[int] = set()
    for found in groups.values():
        n = len(found)
        if n < 2 or [int(nums[0]) for _, nums in found] != list(range(1, n + 1)) \
                or len({tuple(nums[1:]) for _, nums in found}) != 1 or int(found[0][1][-1]) < n:
            continue
        at = [i for i, _ in found]
        if any(sum(1 for t in lines[a + 1: b] if t) < 2 for a, b in zip(at, at[1:])):
            continue  # (a gallery's slide counter «۱ از ۳», «۲ از ۳» one under the other: no page's end)
        out.update(at)
        for step in (1, -1):
            # (the running header under each counter but the last, a line or a few, the same each
            # time: a browser's print of a page opens each sheet with the day it was printed and
            # the page's title; and its footer over each of those counters, the page's address)
            edge = [_shown_from(lines, i, step) for i in at[:-1]]
            for k in range(MAX_FRAME_LINES):
                if (k or step == -1) and len(edge) < 2:
                    break  # (one sheet's edge beyond the header's first line: no frame seen twice)
                if not all(h >= 0 and h not in at and h not in out and lines[h] == lines[edge[0]] for h in edge):
                    break
                out.update(edge)
                edge = [_shown_from(lines, h, step) for h in edge]
    return out


#: a run of figures, Persian or Latin
_FIGURES = re.compile(r"\d+")
#: a printed document's running header (or footer) is this many lines at most
MAX_FRAME_LINES = 3


def _shown_from(lines: list[str], i: int, step: int) -> int:
    """The next line that is not blank from line ``i`` on (``step`` 1: down, -1: up); -1: none."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j]:
        j += step
    return j if 0 <= j < len(lines) else -1
