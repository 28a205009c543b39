"""Readers' comments on a page: the posts of a readers' thread told by the thread's own structure.

A thread repeats one foot under every post (its vote and reply bar, «👍 ۹ 👎 ۲ | پاسخ», a short line
the site's template knows, the same but for its digits), and between two feet a post of a few short
lines holds one head of its own (a reader's name and the time of the post). :func:`reader_thread`
makes such posts chrome wherever the page sets them, whatever their words; :mod:`.text` calls it on
a page's classified lines (:mod:`.lines`) before it reads the page by position. A story's own
paragraph is no post: :data:`MIN_STORY_OPENING_WORDS`. A single comment is told by its writer's row
(:func:`commenter_row`, «بابک | ۶ روز پیش»), which :mod:`.text` reads wherever a page sets one.

A post is headed as a document is, a short line right over a date line right over text
(:func:`heads_text`): under the story's end, another document (:func:`another_document`: a reader's
comment, the site's next story); a page of such posts alike is a thread (:func:`posts_alike`).

A comment box some pages set between the story's head and its text, its heading and form tail
headings, is told by where it stands (:mod:`.header`) and by the story's text under it: with the
headline shown again over the text (:func:`story_under_comments`), without
(:func:`story_under_thread`), or with its posts chrome already (:func:`story_under_posts`).
:mod:`.text` asks these where the story opens.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from ..memo import short_line_memo
from ..textkeys import line_key
from .boxes import _foreign
from .dates import RELATIVE, date_line, fold
from .header import HEADER_META, HEADER_META_MAX_LINES, right_after_headline, under_headline_meta
from .lexicon import content_words as _content_words
from .lines import (
    _DIGIT,
    _MARKS,
    BLANK,
    CHROME,
    DATE,
    END,
    META,
    NAV,
    NOT_BODY,
    PARA,
    SHORT,
    TERMINAL,
    Line,
    _neighbour,
    _next_shown,
    _prev_shown,
    classify,
)
from .listing import MIN_STORY_PARAGRAPHS, MIN_STORY_WORDS
from .sections import row_fields

_NUMBER = re.compile(r"\d+")  # (a count of one digit or of three: the same slot of a row)


#: the story's text under a comment box set before it opens with a paragraph of at least this many
#: words (a reader's comment, a form's rule, are shorter: :func:`story_under_thread`)
MIN_STORY_OPENING_WORDS = 20


#: a readers' post between two of its thread's feet holds this many lines at most (a reply, the
#: next post's head, its text), none of them a story's paragraph (:data:`MIN_STORY_OPENING_WORDS`)
MAX_POST_LINES = 5
#: a post's foot (its vote and reply bar) is a short line: this many words at most
MAX_FOOT_WORDS = 8


def _post_head(ln: Line) -> bool:
    """A post's head: a short date or meta line of its own, which the site's template does not know
    (a reader's name and the time of the post, «نرگس | ۲۳ ساعت قبل»)."""
    return ln.kind in (DATE, META) and not ln.recurs and ln.words <= MAX_FOOT_WORDS


def _says(ln: Line) -> bool:
    """Whether a line says something, as a reader's post does beside its head: words of its own, no
    field («کد خبر: ۲۷۱۱۱۴»), date or count («۴۱۴۰ بازدید», a number and a word).

    >>> _says(classify("لطفا ادامه بدید")), _says(classify("۴۱۴۰ بازدید")), _says(classify("کد خبر: ۲۷۱۱۱۴"))
    (True, False, False)
    """
    # (the line's own shape, not its role in the run: a reader's words the site's other pages repeat,
    # «عالی بود», are the run's chrome and still a post's)
    return classify(ln.text).kind not in NOT_BODY and not (ln.words <= 2 and _NUMBER.search(ln.text))


def _post_line(ln: Line) -> bool:
    """A line a readers' post may hold: none of a story's long paragraphs."""
    return not (ln.kind == PARA and ln.words >= MIN_STORY_OPENING_WORDS)


#: a count beside a mark (a symbol: a vote bar's «👍 ۵», «۱۲ ▼»), not a word («۱۲ بازدید») nor a
#: date's or time's punctuation («۱۴۰۲ - ۱۰:۳۰»)
def _marked_counts(text: str) -> int:
    n = 0
    for m in _NUMBER.finditer(text):
        before, after = text[:m.start()].rstrip()[-1:], text[m.end():].lstrip()[:1]
        n += any(c and unicodedata.category(c) == "So" for c in (before, after))
    return n


def _foot_shape(ln: Line) -> str:
    """A foot's shape, the same on every post: a vote bar's counters («👍 ۵ 👎 ۱۲ | پاسخ», two counts
    or more, each beside a mark) masked whole, so counts of one digit and of two are one bar; a line of
    one count («۱۲ بازدید», «۳۱۲ بازدید») masked digit by digit, so a listing's counters of different
    lengths, or a card's «۱۲ بازدید | ۳ نظر» (counts beside words), are no one "foot" and its cards
    (headline, teaser, date) no posts between them.

    >>> _foot_shape(classify("👍 ۵ 👎 ۱۲ | پاسخ")) == _foot_shape(classify("👍 ۱۴ 👎 ۳ | پاسخ"))
    True
    >>> _foot_shape(classify("۱۲ بازدید")) == _foot_shape(classify("۳۱۲ بازدید"))
    False
    >>> _foot_shape(classify("۱۲ بازدید | ۳ نظر")) == _foot_shape(classify("۳۱۲ بازدید | ۳ نظر"))
    False
    >>> _foot_shape(classify("۳ آذر ۱۴۰۲ - ۱۰:۳۰")) == _foot_shape(classify("۱۲ آذر ۱۴۰۲ - ۱۰:۳۰"))
    False
    """
    # (counted in the text: the key runs a bar's counts together, «👍 ۵ 👎 ۸» -> «58»)
    return _NUMBER.sub("0", ln.key) if _marked_counts(ln.text) >= 2 else _DIGIT.sub("0", ln.key)


def reader_thread(lines: list[Line]) -> None:
    """The posts of a readers' thread made chrome, wherever the page sets it (under the story, or a
    mobile theme's between its head and its text), by the thread's own structure, whatever its
    words: a foot the site's template knows (its vote and reply bar, «👍 ۹ 👎 ۹ | پاسخ»: a short
    line that recurs on the site, the same but for its digits) under every post, and between two
    feet a post of a few short lines that holds one head of its own (a reader's name and the post's
    time: :func:`_post_head`) and the post's words. Between two such feet the lines are a post; the first post is the
    lines from its head to the first foot, and after the last foot as many lines as the posts show
    between a foot and the next head (a site's reply). A page with one foot or none is left as it is.
    A foot the page itself repeats under its posts (:func:`_page_feet`) makes a thread too.

    >>> ls = [classify(t) for t in ("لیلا | ۳ هفته قبل", "لطفا ادامه بدید", "👍 ۹ 👎 ۲ | پاسخ",
    ...       "نرگس | ۲۳ ساعت قبل", "کاش منبع دقیق‌تری هم معرفی می‌کردید.", "👍 ۴ 👎 ۱ | پاسخ")]
    >>> for k in (2, 5): ls[k].recurs = True
    >>> reader_thread(ls); [ln.kind == CHROME for ln in ls]
    [True, True, True, True, True, True]
    """
    feet: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.recurs and ln.kind not in (PARA, BLANK) and ln.words <= MAX_FOOT_WORDS and ln.key:
            feet.setdefault(_foot_shape(ln), []).append(i)
    cut: set[int] = set()
    for at in feet.values():
        _thread_posts(lines, at, cut, _post_head)
    for at in _page_feet(lines):
        _thread_posts(lines, at, cut, _page_post_head, page=True)
    for k in sorted(cut):
        if lines[k].kind != BLANK:
            lines[k] = replace(lines[k], kind=CHROME)


#: a foot the page repeats (not the site: a thread's own bar, «۹  پاسخ  اشتراک ›», «پاسخ») stands
#: under this many posts at least before its posts are a thread
MIN_PAGE_FEET = 3
#: and this many of its posts at least are a few short lines (:func:`_post_line`), before its posts of
#: a long comment are posts too: a thread of short words and long ones, not a story's paragraphs
MIN_SHORT_POSTS = 2


def _page_feet(lines: list[Line]) -> list[list[int]]:
    """The lines of each foot the page itself repeats under its posts: a short line, the site's
    template's or not (a bar of the same counts on another page of the site recurs, «۳۲  پاسخ»), its
    counts masked whole («۹  پاسخ» and «۳۵  پاسخ» are one bar), standing :data:`MIN_PAGE_FEET` times
    or more; not a date line (a post's head: a name the thread repeats with its age, «مهمان · ۳ ماه پیش»).

    >>> ls = [classify(t) for t in ("نرگس", "۳ روز پیش", "عالی بود", "۱۲", "پاسخ", "آرش", "۵ روز پیش",
    ...       "ممنون", "۳", "پاسخ", "آرش", "۱ روز پیش", "چرا؟", "۲۴", "پاسخ")]
    >>> _page_feet(ls)
    [[4, 9, 14]]
    """
    shapes: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.kind in (PARA, BLANK, DATE, META) or ln.words > MAX_FOOT_WORDS or not ln.key:
            continue
        shapes.setdefault(_NUMBER.sub("0", ln.key), []).append(i)
    # (a count alone, «۱۲» «۳», or a name the thread repeats, is between feet, no foot: a foot has the
    # same place in every post, the last line before the next head)
    # (a run of feet, not all the page's: a post the reader cut short, its lines read once already
    # on the page, breaks the run there, and the posts on either side of it are still a thread's)
    return [run for at in shapes.values() if len(at) >= MIN_PAGE_FEET
            for run in _closing_runs(lines, at) if len(run) >= MIN_PAGE_FEET]


def _closes_post(lines: list[Line], a: int, b: int) -> bool:
    """Whether the line ``a`` closes a post before the line ``b``: a post's head
    (:func:`_page_post_head`) stands within the few lines under it (the next post's name over it,
    and the site's reply to the post above, «پاسخ <site>: …», over both)."""
    block = [k for k in range(a + 1, b) if lines[k].kind != BLANK][:MAX_POST_LINES]
    if any(_page_post_head(lines[k]) for k in block[:2]):
        return True
    # (a reply over the name: words, more than a name's or a foot's, over the head under a name of a
    # few words, no sentence; a listing's card shows its teaser, a sentence, over its date)
    return len(block) >= 3 and _page_post_head(lines[block[2]]) and lines[block[0]].words > MAX_POSTER_WORDS \
        and lines[block[1]].words <= MAX_POSTER_WORDS and lines[block[1]].text.rstrip(_MARKS)[-1:] not in ".!?؟…"


def _closing_runs(lines: list[Line], at: list[int]) -> list[list[int]]:
    """The lines ``at`` in runs that close posts (:func:`_closes_post`): each but the last of a run
    has a post's head within the few lines under it, before the next.

    >>> ls = [classify(t) for t in ("نرگس", "۳ روز پیش", "عالی بود", "پاسخ", "آرش", "۵ روز پیش",
    ...       "ممنون", "پاسخ", "آرش", "پاسخ", "مینا", "۱ روز پیش", "چرا؟", "پاسخ", "سارا", "۲ روز پیش",
    ...       "خوب", "پاسخ")]
    >>> _closing_runs(ls, [3, 7, 9, 13, 17])
    [[3, 7], [9, 13, 17]]
    """
    runs = [[at[0]]]
    for a, b in zip(at, at[1:]):
        if _closes_post(lines, a, b):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def _page_post_head(ln: Line) -> bool:
    """A post's head in a thread the page repeats: a short date or meta line of the post's age (a
    reader's name and how long ago, «مهمان · ۳ ماه پیش») or of the day it was written («۲۹ بهمن
    ۱۳۹۶ در ۰۹:۰۷», a text copy of a blog's comments), the site's own shape or not: every post
    shows one. (A clock time alone is no post's: a live story's entries, «۱۰:۳۰», under a separator
    the page repeats, are the story's.)

    >>> _page_post_head(classify("Guest · 2 months ago")), _page_post_head(classify("۱۰:۳۰"))
    (True, False)
    >>> _page_post_head(classify("۲۹ بهمن ۱۳۹۶ در ۰۹:۰۷"))
    True

    A post's words that tell a time ago end a sentence, an age over them does not:

    >>> _page_post_head(classify("دو سال پیش هم همین وعده را دادند.")), _page_post_head(classify("۳ ماه پیش"))
    (False, True)
    """
    if ln.kind not in (DATE, META) or ln.words > MAX_FOOT_WORDS:
        return False
    return _head_shape(ln) == "age" and ln.text.rstrip(_MARKS)[-1:] not in TERMINAL or date_line(ln.text) is not None


def _head_shape(ln: Line) -> str:
    """A post head's shape, the same on every post of a thread: an age («مهمان · ۳ ماه پیش», «Ali R ·
    2 months ago»: how long ago, whoever wrote), else its key, counts masked (a name and a date).

    >>> _head_shape(classify("مهمان · ۳ ماه پیش")) == _head_shape(classify("Ali R · 2 months ago"))
    True
    >>> _head_shape(classify("۱۸ آذر ۱۴۰۲ - ۱۸:۱۴")) == _head_shape(classify("مهمان · ۳ ماه پیش"))
    False
    """
    return "age" if RELATIVE.search(fold(ln.text)) else _NUMBER.sub("0", ln.key)


def _thread_posts(lines: list[Line], at: list[int], cut: set[int], head: Callable[[Line], bool], *,
                  page: bool = False) -> None:
    """Adds to ``cut`` the lines of the posts the feet ``at`` close (:func:`reader_thread`); with
    ``page`` (feet the page repeats), once :data:`MIN_SHORT_POSTS` posts of short lines stand between
    them, a post of a long comment under its head is a post too, and so is the first post's."""
    posts, loose, replies, reach = [], [], 0, 0
    for a, b in zip(at, at[1:]):
        block = [k for k in range(a + 1, b) if lines[k].kind != BLANK]
        heads = [k for k in block if head(lines[k])]
        if len(block) > MAX_POST_LINES or len(heads) != 1 or len(block) < 2:
            continue
        if not all(_post_line(lines[k]) for k in block):
            # (a post says something under its head: a date alone between two lines the site
            # repeats, its menu's last item and the same name as the story's kicker, is none)
            if page and all(_post_line(lines[k]) for k in block if k < heads[0]):
                loose.append((a, b))  # (a long comment under its head)
            continue
        if not any(_says(lines[k]) for k in block if k != heads[0]):
            continue  # (a story's date over its code and its count of views, «کد خبر: …», «۴۱۴۰ بازدید»)
        posts.append((a, b))
        replies = max(replies, sum(1 for k in block if k < heads[0]))
        reach = max(reach, sum(1 for k in block if k > heads[0]))
    if not posts:
        return
    long_posts = page and len(posts) >= MIN_SHORT_POSTS
    if long_posts:
        posts = sorted(posts + loose)
    for a, b in posts:
        cut.update(range(a, b + 1))
    first = posts[0][0]
    shapes = {_head_shape(lines[k]) for a, b in posts for k in range(a + 1, b) if head(lines[k])}
    for k in range(first - 1, max(first - reach - 2, -1), -1):
        if lines[k].recurs and not page or not _post_line(lines[k]) and not long_posts:
            break  # (the site's line over the thread; a thread the page repeats shows the site's names)
        if head(lines[k]):
            # (past a long comment, the head of the thread's own shape: not the story's date line)
            if all(_post_line(x) for x in lines[k:first]) or _head_shape(lines[k]) in shapes:
                cut.update(range(k, first))
            break
    last = posts[-1][1]
    k, n = last + 1, 0
    while k < len(lines) and n < replies:
        ln = lines[k]
        if ln.kind != BLANK:
            if ln.recurs or not _post_line(ln) or head(ln) or ln.kind in NOT_BODY:
                break
            cut.add(k)
            n += 1
        k += 1


#: a commenter's row: a name of a word or two, then how long ago the comment was written
#: («بابک | ۶ روز پیش», «امید | ٨ ساعت قبل»)
COMMENTER_WORDS = 2


def commenter_row(text: str) -> bool:
    """Whether a line is a comment's row: two fields, a name of a word or two without digits, then a
    relative date (:data:`.dates.RELATIVE`).

    >>> commenter_row("بابک | ۶ روز پیش"), commenter_row("ورزشی | ۱۴ مهر ۱۴۰۱"), commenter_row("زهره اکبری | ۳ نظر")
    (True, False, False)
    """
    return _remembered_commenter_row.ask(text)


def _commenter_row(text: str) -> bool:
    if not _DIGIT.search(text):  # (no figure: no relative date in its second field; not cut into fields)
        return False
    fields = row_fields(text)
    return len(fields) == 2 and 1 <= len(fields[0].split()) <= COMMENTER_WORDS and not _DIGIT.search(fields[0]) \
        and bool(_DIGIT.search(fields[1])) and bool(RELATIVE.search(fold(fields[1])))


#: lines told a comment's row or not, remembered: the headline's reach asks of each line above the
#: story and of the line under it (:func:`under_commenter`), and a site's lines there recur
COMMENTER_CACHE, COMMENTER_CACHE_CHARS = 4096, 200
_remembered_commenter_row = short_line_memo(COMMENTER_CACHE_CHARS, COMMENTER_CACHE)(_commenter_row)


def under_commenter(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right under a comment's row (:func:`commenter_row`): the comment."""
    j = _prev_shown(lines, i)
    return j is not None and commenter_row(lines[j].text)


# a page's posts under their heads, and a comment box a page sets between its story's head and its
# text: :mod:`.text` asks these where the story opens and where another document starts under it

#: a document's head: a headline or a name of at most this many words over its date line
MAX_HEAD_WORDS = 20


def another_document(lines: list[Line], i: int, last: int, *, first: int | None = None,
                     weight: Callable[[str], float] | None = None, boxed: int = -1) -> bool:
    """Whether line ``i`` heads another document under the story, whose last paragraph is ``last``
    (its first: ``first``): a short line (a headline, a reader's name) right over a date line with
    text under it, past the story's end (an end marker, or tail lines, between the story's last
    line and it; or the first of readers' posts in a row, :func:`readers_posts`, whatever stands
    between). The site's next story saved under this one by an infinite scroll («انتقام از
    تراکتور به سبک علی منصور» / «شنبه بیست و دوم مرداد ۱۴۰۱ ساعت ۲۱:۵۱» / its paragraphs), a
    reader's comment («بازنشسته» / «۱۷-۰۵-۱۳۹۸ | ۲۰:۳۶» / its text): another head, another text,
    whatever its words. Not when

    - the story above would be less than a story (one paragraph, :data:`.listing.MIN_STORY_PARAGRAPHS`)
      and the other holds more of the page's text: the page's story is the other one, printed
      under a teaser or a box of chrome that the body start took;
    - no end marker stands between and the other does not close as the story did (:func:`_close`):
      it closes with the end marker the story lacked, or its text goes on in the story's own words
      (not :func:`_foreign`). A box set in the story (a related item, a photo's caption and its
      date, an update's time), after which the story goes on to its end, not the site's next story
      under the site's tail. A head whose date line has the shape of the story's own (:func:`_headed_alike`)
      over a story's worth of prose is the site's next story whatever follows it.

    An end marker at line ``boxed`` or above it is a box's the story was read past (set into the
    story: :func:`.text._mid_story`), no end of it: the last item of a related box, a headline over
    its date, over the story's next paragraph is no other document unless the rest tells it."""
    alike = first is not None and _headed_alike(lines, i, first)
    if not alike and not heads_text(lines, i):
        return False
    tail = [x for x in lines[last + 1:i] if x.kind != BLANK]
    ended = any(x.kind == END for x in lines[max(last, boxed) + 1:i]) or readers_posts(lines, i)
    if not ended and sum(x.kind in NOT_BODY for x in tail) < 2:
        return False
    other, below = _text_under_head(lines, i)
    kept = [ln for ln in lines[(last if first is None else first):last + 1]
            if ln.kind == PARA and ln.words >= MIN_STORY_WORDS]
    if len(kept) < MIN_STORY_PARAGRAPHS and sum(ln.words for ln in kept) < sum(ln.words for ln in other):
        return False
    if ended:
        return True
    if alike:
        return True  # (set as the story is, under a date line of its header's shape: the site's next story)
    close = _close(lines, tail, below)
    if close == END:
        return False
    if close is None:
        mine = _content_words(" ".join(ln.text for ln in other))
        story = _content_words(" ".join(ln.text for ln in kept))
        return len(mine) < 3 or _foreign(mine, story, weight)
    return True


#: the story's own date line stands this many lines above its first paragraph at most (under its
#: headline, with a code, a lead between)
HEADER_DATE_REACH = 6
#: a date line's shape: its figures and its words, each run one mark («پنج‌شنبه ۲۶ دی ۱۳۹۸ - ۱۴:۲۷»
#: and «سه‌شنبه ۲۴ دی ۱۳۹۸ - ۲۰:۲۵» alike)
_FIGURES = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*")


def date_shape(text: str) -> str:
    """The shape of a date line: each run of figures «0», each word «a», the rest as it stands.

    >>> date_shape("پنج‌شنبه ۲۶ دی ۱۳۹۸ - ۱۴:۲۷") == date_shape("سه‌شنبه ۲۴ دی ۱۳۹۸ - ۲۰:۲۵")
    True
    >>> date_shape("۱۴:۲۷ - ۹۸/۱۰/۲۶"), date_shape("۳ ساعت پیش")
    ('0:0 - 0/0/0', '0 a a')
    """
    return " ".join(_WORDS.sub("a", _FIGURES.sub("0", text)).split())


def _headed_alike(lines: list[Line], i: int, first: int) -> bool:
    """Whether the head at ``i`` (a short line) and its date line repeat the story's own header: a date
    line (or a dated row, «۱۱ ماه پیش») of the shape of the one over the story (:func:`date_shape`, within
    :data:`HEADER_DATE_REACH` lines above its first paragraph ``first``), over a story's worth of prose
    (two paragraphs or more). The site's next story an infinite scroll appended is set as this one is,
    whatever its words share with it (two football stories); a box in a story dates its item otherwise,
    or shows a line of it."""
    j = _row_under_head(lines, i)
    if j is None:
        return False
    shape = date_shape(lines[j].text)
    if "0" not in shape or (date_line(lines[j].text) is None and not RELATIVE.search(fold(lines[j].text))):
        return False  # (a row of no date, «کد خبر: ۱۲»; a relative one, «۱۱ ماه پیش», is one)
    other, _ = _text_under_head(lines, i)
    if sum(ln.kind == PARA and ln.words >= MIN_STORY_WORDS for ln in other) < MIN_STORY_PARAGRAPHS:
        return False
    return any(lines[k].kind == lines[j].kind and date_shape(lines[k].text) == shape
               for k in range(max(0, first - HEADER_DATE_REACH), first))


#: a reader's post under the story: its head a name of this many words at most («رضا - تبریز»,
#: «کاربر مهمان»), its text this many lines at most, the next post's head right under it
MAX_POSTER_WORDS = 3
MAX_POST_TEXT_LINES = 3


def readers_posts(lines: list[Line], i: int | None) -> bool:
    """Whether line ``i`` heads the first of two readers' posts or more in a row: each a name
    (:data:`MAX_POSTER_WORDS` words at most) over the post's date over a few lines of text
    (:data:`MAX_POST_TEXT_LINES`, none a story's paragraph), the next post's head right under it. A
    thread of comments under the story, however the page's flattening left the site's tail between
    them (a next / previous story's links, no end marker); a story's own parts (a live report's
    entries) are headed by headlines, not names.

    >>> ls = [classify(t) for t in ("رضا - تبریز", "1397/12/19 01:37", "امیدوارم این بار واقعا اتفاق بیفته.",
    ...                             "مریم", "1397/12/21 20:38", "واقعا جای تاسف داره، کاش مسئولین یه فکری بکنن.")]
    >>> readers_posts(ls, 0), readers_posts(ls, 3)
    (True, False)
    """
    posts, at = 0, i
    while at is not None and posts < 2 and heads_text(lines, at) and lines[at].words <= MAX_POSTER_WORDS:
        text, nxt = _text_under_head(lines, at)
        if not text or len(text) > MAX_POST_TEXT_LINES or any(not _post_line(x) for x in text):
            return False
        posts, at = posts + 1, nxt
    return posts >= 2


def _text_under_head(lines: list[Line], i: int) -> tuple[list[Line], int | None]:
    """The text under the head at ``i`` and its date line, up to the first line that is no text
    (the other document's first block), and the index of that line (None at the page's end)."""
    out: list[Line] = []
    j = _next_shown(lines, _next_shown(lines, i) or i)
    while j is not None and lines[j].kind in (PARA, SHORT) and not (out and heads_text(lines, j)):
        out.append(lines[j])
        j = _next_shown(lines, j)
    return out, j


#: the lines under another document's text where it closes (:func:`_close`)
CLOSE_REACH = 12


def _close(lines: list[Line], tail: list[Line], j: int | None) -> str | None:
    """How a document whose text ends above line ``j`` closes, within :data:`CLOSE_REACH` lines: as
    the story above it did (``"alike"``: a line of the ``tail`` that closed the story, the same field
    «برچسب‌ها: …», «کد خبر: …» by its label, or the same line, a share bar), with an end marker
    (:data:`END`, one the story's tail lacked), or None (another head, text, the page's end). The
    site's next story saved under this one ends as this one did; a box set between a story's
    paragraphs is no end of the story, whose own end comes under the rest of it."""
    shapes = {_field_shape(x) for x in tail if x.kind in NOT_BODY}
    for _ in range(CLOSE_REACH):
        if j is None or lines[j].kind == PARA or heads_text(lines, j):
            return None
        if lines[j].kind in NOT_BODY and _field_shape(lines[j]) in shapes:
            return "alike"
        if lines[j].kind == END:
            return END
        j = _next_shown(lines, j)
    return None


def _field_shape(ln: Line) -> str:
    """A tail line's shape: the label of a field («برچسب‌ها» of «برچسب‌ها: فوتبال»), else its key."""
    label, colon, _ = ln.text.partition(":")
    return line_key(label) if colon and len(label.split()) <= 4 else ln.key


def heads_text(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a short line (a headline, a name) right over a date line right over text."""
    j = _row_under_head(lines, i)
    if j is None:
        return False
    k = _next_shown(lines, j)
    return k is not None and lines[k].kind in (PARA, SHORT) and date_line(lines[j].text) is not None \
        and date_line(lines[i].text) is None


def _row_under_head(lines: list[Line], i: int) -> int | None:
    """The date or meta row right under line ``i`` when ``i`` is a head (a short line of at most
    :data:`MAX_HEAD_WORDS` words, no sentence's end), else None."""
    ln = lines[i]
    if ln.kind not in (SHORT, CHROME, NAV) or not 1 <= ln.words <= MAX_HEAD_WORDS \
            or ln.text.rstrip(_MARKS)[-1:] in TERMINAL:
        return None
    j = _next_shown(lines, i)
    return j if j is not None and lines[j].kind in (DATE, META) else None


def posts_alike(lines: list[Line], b: int) -> bool:
    """Whether the story at ``b`` is headed as the documents :func:`another_document` finds are: a
    short line right over a date line right over its first paragraph («کاربر_۱۲» / «۱۴۰۲/۰۳/۰۴
    ۱۲:۳۰» / the post). Then the page is a thread of posts alike, the first one's and the others',
    and those under it are the thread's, not other documents; a story under a header of its own
    (a byline, a view count, a toolbar between the date and the text) is not one of them."""
    j = _prev_shown(lines, b)
    if j is None:
        return False
    h = _prev_shown(lines, j)
    return h is not None and heads_text(lines, h) and _next_shown(lines, j) == b


#: the kinds a headline's line takes: a short line, or a row of fields when the headline holds a bar
#: («در گفت‌وگو با فارس | محقق آمریکایی: …», which reads as a menu's row)
_HEADLINE_KINDS = (SHORT, NAV)


def story_under_comments(lines: list[Line], b: int) -> tuple[int, int] | None:
    """(lo, hi): the lines of a comment box a page sets between its story's head and its text, when
    the headline stands again right over the text: from the line after the story's summary (``b``,
    the first prose, when it stands right under the headline and its meta lines; ``b`` itself
    otherwise: a reader's comment, and then from the box's heading over it: :func:`_box_heading_over`)
    to the repeated headline. The box holds a tail heading (its form's «ارسال نظر»), and less prose
    than the page under the repeated headline: the story's text. None when the page has no such box."""
    n = len(lines)
    heads = {ln.key for ln in lines[:b] if ln.kind in _HEADLINE_KINDS and ln.words >= 3 and not ln.recurs and ln.key}
    if not heads:
        return None
    tail = False
    for j in range(b + 1, n):
        ln = lines[j]
        tail = tail or ln.kind == END
        if not (tail and ln.kind != PARA and ln.key in heads):
            continue
        nxt = _next_shown(lines, j)
        if nxt is not None and lines[nxt].kind == CHROME and lines[nxt].recurs:
            nxt = _next_shown(lines, nxt)  # (the story's photo under its headline: a caption the site's template knows)
        if nxt is None or lines[nxt].kind != PARA or lines[nxt].words < 8:
            return None
        if _summary_under(lines, b, ln.key):
            lo = next((i for i in range(b + 1, j) if lines[i].kind != BLANK), j)  # (the summary kept)
        else:
            lo = _box_heading_over(lines, b)
        if prose_chars(lines, lo, j) >= prose_chars(lines, j + 1, n):
            return None
        return lo, j
    return None


def echoed_head(lines: list[Line], b: int, lo: int, hi: int) -> str | None:
    """The key of a line at the foot of a box (lines ``lo`` to ``hi``, its last :data:`ECHO_FOOT_LINES`)
    set between the story's head and its text that repeats a headline-like line above the first
    prose line ``b`` (a short line of three words or more the site shows on no other page): the
    page's headline, shown again right over the text (its time under it, «ساعت ۰۷:۲۹»), which goes
    with the box. None when no line there does (a box's item higher up may repeat a ticker's)."""
    heads = {ln.key for ln in lines[:b] if ln.kind == SHORT and ln.words >= 3 and not ln.recurs and ln.key}
    return next((lines[j].key for j in range(hi, max(lo, hi - ECHO_FOOT_LINES + 1) - 1, -1)
                 if lines[j].kind == SHORT and not lines[j].recurs and lines[j].key in heads), None)


#: the headline shown again under a box stands among the box's last this many lines
ECHO_FOOT_LINES = 3


#: a comment box's heading stands at most this many lines over its first post (the post's writer and
#: time, a count of posts, between)
MAX_POST_HEAD_LINES = 4


def _box_heading_over(lines: list[Line], b: int) -> int:
    """Where the box whose first post is line ``b`` begins: its tail heading («نظرات کاربران (۲)»)
    when one stands within :data:`MAX_POST_HEAD_LINES` lines over the post, only the post's own head
    lines between (no prose, no headline), and the header's meta lines over it, else ``b``. Its
    heading and the post's head are the box's, no lines of the page's header. (A heading under
    other posts, the form's «ارسال نظر» under the thread, is no box's first: ``b`` is the form's.)"""
    k, seen = b, 0
    while k > 0 and seen < MAX_POST_HEAD_LINES:
        k -= 1
        ln = lines[k]
        if ln.kind == BLANK:
            continue
        if ln.kind == END:
            above = _neighbour(lines, k, -1)
            return k if above is not None and above.kind in HEADER_META else b
        if ln.kind == PARA or (ln.kind == SHORT and ln.words >= 3):
            break
        seen += 1
    return b


#: a comment box over the story's text holds at most this many lines over its first prose line
MAX_BOX_OVER_LINES = 16


def _box_heading_top(lines: list[Line], b: int) -> int:
    """The tail heading that opens a comment box right under the header's meta lines, its posts,
    replies and form's headings between it and the first prose line ``b`` (the form's note «نظرات
    پس از تأیید مدیر منتشر خواهد شد.», no story's: no prose line of eight words or more between, at
    most :data:`MAX_BOX_OVER_LINES` lines), or -1 when no such heading stands over ``b``.

    >>> ls = [classify(t) for t in ("مارسی قهرمان نیم فصل فرانسه شد", "کد خبر: ۲۴۱۴۳۱۹ | منبع: ورزش سه",
    ...                             "نظرات کاربران (۲)", "مریم | ۴۹ دقیقه پیش", "با سلام، تاریخ دقیقش کیه؟",
    ...                             "ارسال نظر", "نظرات پس از تأیید مدیر منتشر خواهد شد.")]
    >>> _box_heading_top(ls, 6), _box_heading_top(ls[:2] + ls[6:], 2)
    (2, -1)
    """
    seen = 0
    for k in range(b - 1, -1, -1):
        ln = lines[k]
        if ln.kind == BLANK:
            continue
        seen += 1
        if seen > MAX_BOX_OVER_LINES or (ln.kind == PARA and ln.words >= 8):
            return -1
        if ln.kind == END and under_headline_meta(lines, k):
            return k
    return -1


def story_under_thread(lines: list[Line], b: int) -> tuple[int, int] | None:
    """(lo, hi): a comment box (its tail heading «نظرات کاربران (۳)», the readers' posts, the «ارسال نظر»
    form) a mobile theme sets between the story's head and its text, no headline shown again over the
    text: from the line after the story's summary (``b``, right under the headline and its meta lines;
    ``b`` itself when it is a reader's post, under the box's heading) to the line over the story's
    first paragraph: the first paragraph under the box's last tail heading (its form's) that comes no
    later than the first one of :data:`MIN_STORY_OPENING_WORDS` words or more. The box holds no
    paragraph that long nor a document's head (a headline over a date), and less prose than the page
    under it. None when the page has no such box."""
    n = len(lines)
    # (no summary: the first prose is a post of the box, under its heading, the heading under the
    # header's meta lines)
    lo = next((i for i in range(b - 1, -1, -1) if lines[i].kind in (END, PARA)), -1)
    if lo < 0 or lines[lo].kind != END or not under_headline_meta(lines, lo):
        lo = _box_heading_top(lines, b)
    if lo < 0:
        if not (under_headline_meta(lines, b) or right_after_headline(lines, b, widgets=True)):
            return None
        lo = next((i for i in range(b + 1, n) if lines[i].kind != BLANK), n)  # (the summary kept)
        # (a post shorter than prose, «کاش منبع دقیق‌تری هم معرفی می‌کردید.», is no story going on;
        # nor is a post or a reply of a few sentences under a comment's row «آرش | ۲ ساعت پیش»)
        first = next((i for i in range(lo, n) if lines[i].kind == END
                      or (lines[i].kind == PARA and lines[i].words >= 8
                          and not _under_posts_row(lines, lo, i))), None)
        if first is None or lines[first].kind != END:
            return None  # (the story goes on under its summary before any tail heading)
    last_end = None
    for k in range(lo, n):
        ln = lines[k]
        if ln.kind == END:
            last_end = k
        if ln.kind != PARA or ln.words < MIN_STORY_OPENING_WORDS:
            if ln.kind != PARA and k > lo and heads_text(lines, k):
                return None  # (a document under its own headline and date: the site's next story)
            continue
        if last_end is None:
            return None
        # (the text opens under the box's last tail heading, its form's: with a shorter paragraph too)
        k = next(i for i in range(last_end + 1, k + 1) if lines[i].kind == PARA)
        if k <= b or prose_chars(lines, lo, k) >= prose_chars(lines, k, n):
            return None  # (the first prose opens the text: no post of a box, a box of links over it)
        if prose_chars(lines, b, lo) >= SUMMED_UP * prose_chars(lines, k, n):
            # (a summary is shorter than the text it sums up: prose over the tail headings more than
            # twice as long as all the prose under them is the story itself, its date, end marker and
            # share row under it; what follows is related items' teasers and comments, not its text. A
            # gallery between a long first paragraph and the rest of the story leaves more under it)
            return None
        return lo, k - 1
    return None


#: prose over a comment box this many times as long as all the prose under it is the story, no
#: summary (:func:`story_under_thread`)
SUMMED_UP = 2


def _under_posts_row(lines: list[Line], lo: int, i: int) -> bool:
    """Whether paragraph ``i`` is shorter than a story's opening (:data:`MIN_STORY_OPENING_WORDS`)
    and a comment's row (:func:`commenter_row`: a name, then a relative time) stands between line
    ``lo`` and it, no prose that long between: a reader's post, or the site's reply under it."""
    if lines[i].words >= MIN_STORY_OPENING_WORDS:
        return False
    for k in range(i - 1, lo - 1, -1):
        ln = lines[k]
        if ln.kind == PARA and ln.words >= MIN_STORY_OPENING_WORDS:
            return False
        if ln.kind != PARA and commenter_row(ln.text):
            return True
    return False


def story_under_posts(lines: list[Line], b: int) -> tuple[int, int] | None:
    """(lo, hi): a readers' thread a page sets between its story's head and its text, its posts
    already chrome (:func:`reader_thread`: no prose of theirs opens the story), so the text's first
    prose ``b`` stands right under the box: the run of chrome and tail headings (the thread's
    «۴ دیدگاه», its posts, its «ارسال نظر» form) from under the header's meta lines down to ``b``.
    The run holds a tail heading and a line of the page's own (a post: no line the site repeats) the
    run made chrome. None when the page has no such box."""
    lo = b
    while lo > 0 and lines[lo - 1].kind in (END, CHROME, BLANK):
        lo -= 1
    while lo < b and lines[lo].kind == BLANK:
        lo += 1
    run = range(lo, b)
    if not any(lines[k].kind == END for k in run) \
            or not any(lines[k].kind == CHROME and not lines[k].recurs for k in run):
        return None
    # (the box's head right under the header's meta lines, none of them counted in the box)
    head = next((k for k in run if lines[k].kind == END or not lines[k].recurs), lo)
    for k in range(head, lo - 1, -1):
        if lines[k].kind != BLANK and under_headline_meta(lines, k):
            return k, b - 1
    return None


def _summary_under(lines: list[Line], b: int, key: str) -> bool:
    """Whether line ``b`` stands under the headline whose key is ``key``, only the header's meta lines
    between (:func:`under_headline_meta`): the story's summary, not a reader's comment further down."""
    up = next((k for k in range(b - 1, -1, -1)
               if lines[k].kind in _HEADLINE_KINDS and lines[k].words >= 3 and not lines[k].recurs), None)
    # (under a tail heading between them, «نظرات کاربران (۳)», the prose is the box's: a comment)
    if up is None or lines[up].key != key or any(lines[k].kind == END for k in range(up, b)):
        return False
    if lines[up].kind == NAV:  # (a headline with a bar: only the header's meta lines between it and the summary)
        return sum(ln.kind != BLANK for ln in lines[up + 1:b]) <= HEADER_META_MAX_LINES \
            and all(ln.kind == BLANK or ln.kind in HEADER_META for ln in lines[up + 1:b])
    return right_after_headline(lines, b, widgets=True) or under_headline_meta(lines, b, known=True)


def prose_chars(lines: list[Line], lo: int, hi: int) -> int:
    return sum(len(ln.text) for ln in lines[lo:hi] if ln.kind == PARA and ln.words >= 8)
