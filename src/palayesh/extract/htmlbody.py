"""The body of an HTML page from its main-content lines: trim the chrome, never lose the story.

The main-content extractor has already chosen the article's part of the page; what it returns
still carries chrome of that part: breadcrumb and menu items above the story («- ورزشی»), share
and ad headings, credits, end markers, tags, related lists after an end heading. Trimming takes
those off with the flat-text line kinds (:func:`.lines.classify`), in the order of a page:

- above the first prose line: navigation-like short lines and every non-body line are header,
  and an end heading there («تبلیغات», «لینک کوتاه: …» over the story) ends nothing;
- in the story: non-body lines (dates, labels, chrome) are skipped, an end heading ends it;
- after the end: only a credit «منبع: X» still counts, for the agency.

Before that, the page's DOM says what words cannot (:func:`dom_chrome`): lines in blocks of links,
in a box with a form, apart from the story after its container, and the headings of such widgets
are chrome whatever their wording, on a site seen once as on one seen often.

Trimming may cut chrome, never swap a story for crumbs: when the extractor found article-sized
prose and the trimmed body keeps less than half of it, the cut was wrong, and the body is every
non-chrome line from the first to the last prose line the extractor found.

>>> story = ["به گزارش خبرنگار ما، این نخستین بند خبر است که چند جمله دارد و باید بماند.",
...          "بند دوم خبر نیز جزئیات بیشتری را درباره این رویداد مهم بیان می‌کند."]
>>> select_body(["- ورزشی", "- فوتبال ایران", "تبلیغات"] + story + ["اخبار مرتبط", "خبر دیگر"]).paragraphs == story
True
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..textkeys import line_key
from .dates import RELATIVE, date_line, fold
from .domtext import text_of
from .lines import (
    BLANK,
    CHROME,
    END,
    LABEL,
    NOT_BODY,
    PARA,
    SHORT,
    Line,
    _ends_sentence,
    _introduces,
    classify,
    is_label_candidate,
    next_para,
)
from .photos import MAX_CAPTION_WORDS, drop_gallery_captions, drop_slide_widgets, is_photo_note
from .text import (
    _LABELLED_COUNT,
    _drop_boxes_under_learned_labels,
    _drop_foreign_lines,
    _drop_lone_counts,
    _mid_story,
    _strip_inline_chrome,
    drop_author_box,
    is_listing,
    story_tables,
    story_verses,
)

#: a prose line: a paragraph by the content classifier, of at least this many words (the
#: flat-text body starts at such a line too)
MIN_PROSE_WORDS = 8
#: the extractor found an article when its prose has this many lines ...
MIN_ARTICLE_PROSE_LINES = 2
#: ... or this many characters (one long paragraph is a story too)
MIN_ARTICLE_PROSE_CHARS = 500
#: a trimmed body that keeps less than this share of the article's prose lost the story
MIN_KEPT_PROSE_SHARE = 0.5
#: after an end heading, a credit «منبع: X» within this many lines still names the agency
MAX_CREDIT_DISTANCE = 3


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    #: «منبع: …» / «کد خبر: …» label lines, for the agency
    credits: list[str] = field(default_factory=list)
    lines_total: int = 0
    chrome_lines: int = 0
    #: the trimmed body lost the story and the extractor's prose was kept instead
    restored: bool = False


def is_prose(line: Line) -> bool:
    return line.kind == PARA and line.words >= MIN_PROSE_WORDS


#: a mail's signature, under its separator line «-- », is a few short lines (a name, a role, a
#: phone): four at most, the length netiquette (RFC 1855) asks of one
MAX_SIGNATURE_LINES = 4


def _signature_under_dashes(kinds: list[Line]) -> None:
    """Set a mail's signature apart from its text (an archive of a mailing list shows the mail's
    body): the separator line «--» (RFC 3676's «-- ») under the story's prose and the short lines
    right under it, :data:`MAX_SIGNATURE_LINES` at most, none prose, become chrome. A line of prose
    right under the dashes is the story going on (two dashes set between its parts): nothing changes."""
    prose_seen = False
    for i, ln in enumerate(kinds):
        if ln.text.strip() != "--":
            prose_seen = prose_seen or is_prose(ln)
            continue
        sig: list[int] = []
        for j in (j for j in range(i + 1, len(kinds)) if kinds[j].kind != BLANK):
            if len(sig) == MAX_SIGNATURE_LINES or is_prose(kinds[j]) or kinds[j].words >= MIN_PROSE_WORDS:
                break
            sig.append(j)
        if prose_seen and sig:
            for j in (i, *sig):
                kinds[j] = replace(kinds[j], kind=CHROME)
            return


def select_body(lines: list[str], title_key: str = "", lead_key: str = "", roles: list | None = None,
                dom: list[Dom | None] | None = None, keys: list[str] | None = None,
                rows: set[int] | None = None, layout: set[int] | frozenset[int] = frozenset()) -> Body:
    """The body paragraphs of an HTML page's main-content ``lines`` (see the module docstring).
    Lines whose :func:`~palayesh.textkeys.line_key` is ``title_key`` or ``lead_key`` are the
    headline and the lead, not body; ``roles`` are what the site's template says of each line
    (:meth:`.template.PageTemplate.roles`), if anything; ``dom`` where each line stands in the
    page (:func:`dom_chrome`); ``keys`` the lines' keys, if known; ``rows`` the lines that are a
    table's rows by the markup (:func:`.text.story_tables`); ``layout`` the lines the site's template
    shows on (nearly) every page inside its stories, labels of its layout that no heading element
    makes a subheading (:func:`.html._layout_headings`)."""
    own = {k for k in (title_key, lead_key) if k}
    if keys is None:
        keys = [line_key(t) for t in lines]
    kinds = [classify(ln, key, role) for ln, key, role in zip(lines, keys, roles or [None] * len(lines))]
    for ln, role in zip(kinds, roles or ()):
        ln.recurs = role is not None
    subheads: list[int] = []
    if dom is not None:
        chrome, subheads = dom_chrome(kinds, dom, own)
        subheads = [i for i in subheads if i not in layout]
        for i in subheads:
            if roles and roles[i] is not None:
                # the template took it for the site's chrome; the page says it heads a paragraph
                # (the phrase lexicon still says what it says)
                mine = classify(kinds[i].text)
                if mine.kind not in NOT_BODY:
                    kinds[i] = mine
        flagged = [i for i in chrome if kinds[i].kind not in (END, LABEL)]
        # (an end heading still ends, a credit still credits); never the story: DOM evidence that
        # would take half the prose read the page wrong
        prose = sum(len(ln.text) for ln in kinds if is_prose(ln) and ln.key not in own)
        if sum(len(kinds[i].text) for i in flagged if is_prose(kinds[i])) <= MIN_KEPT_PROSE_SHARE * prose:
            for i in flagged:
                kinds[i] = replace(kinds[i], kind=CHROME)
    _signature_under_dashes(kinds)  # (a mail's signature under its «-- »: the sender's, no story's)
    # (a table between the story's paragraphs is the story's; one closing it, in the block of its
    # last paragraph)
    beside = (lambda i, j: _in_block_of(dom[i], kinds[i].text, dom[j])) if dom is not None else None
    story_tables(kinds, rows, beside=beside)
    story_verses(kinds)  # (so is a poem it quotes)
    heads = set(subheads)
    body, credits = _trim(kinds, own, _below_headline(kinds, dom, title_key) if dom is not None else -1, dom, heads)
    # (a readers' thread under the story is none of it; it still counts as the prose the trim may
    # have lost, as before: a page whose trim lost its story is restored for the thread's mass too)
    posts = _thread_under_story(kinds, dom) if dom is not None else set()
    found = [ln for ln in kinds if is_prose(ln) and ln.key not in own]
    found_chars = sum(len(ln.text) for ln in found)
    kept_chars = sum(len(kinds[i].text) for i, _ in body if is_prose(kinds[i]))
    restored = (_article_sized(found, found_chars) and kept_chars < MIN_KEPT_PROSE_SHARE * found_chars)
    if restored:
        body = _prose_span(kinds, own)
    if posts:
        body = [(i, gap) for i, gap in body if i not in posts]
    res = Body(credits=credits, lines_total=len(kinds), restored=restored)
    shown = [i for i, ln in enumerate(kinds) if ln.kind not in NOT_BODY and ln.key not in own]
    if is_listing([(kinds[i], gap) for i, gap in body]) or _headlines_only(kinds, [i for i, _ in body]) \
            or (not found and _headlines_only(kinds, shown)):
        # headline, teaser, date, again: a category page; or headlines alone, each under a date or «more»
        # (in the extractor's lines when they hold no prose: the trim may have kept only one or two of
        # them, the ones it took for the start of a story)
        res.chrome_lines = len(kinds)
        return res
    ids = [i for i, _ in body]
    if dom is not None:
        ids = _drop_page_shapes(kinds, dom, ids)
    ids = drop_slide_widgets(kinds, ids)  # (a gallery's counter, heading and control between paragraphs)
    # related links between paragraphs, by their words; never a subheading the DOM shows (a heading
    # element of the story's container over its next paragraph, whose words the story may not share:
    # «سگ‌های مین‌یاب (Mine Detection Dogs): …» in a story of «سگ‌ها»); an author's box under the story
    # (and the lines of a box under a label the site's template shows between its stories'
    # paragraphs, as on a flat page: the label went as the site's chrome)
    unrelated = set(_drop_boxes_under_learned_labels(kinds, _drop_foreign_lines(kinds, ids)))
    keep = set(drop_author_box(kinds, [i for i in ids if i in unrelated or i in heads]))
    body = [(i, gap) for i, gap in body if i in keep]
    res.paragraphs = [p for p in (_strip_inline_chrome(kinds[i].text) for i, _ in body) if p]
    res.chrome_lines = len(kinds) - len(body) - sum(1 for ln in kinds if ln.key in own)
    return res


def _drop_page_shapes(kinds: list[Line], dom: list[Dom | None], ids: list[int]) -> list[int]:
    """The body's lines (``ids``) without the chrome a flat page tells by its shape
    (:func:`.text._drop_lone_counts`, :func:`.photos.drop_gallery_captions`), told on the page as
    its blocks show it: the story's lines where they stand among every block of the page, the
    ones the main-content extractor left out too (a ``<figcaption>``'s credit under a photo's
    caption, a slide's counter «عکس ۵ از ۸» in the next figure). A body line whose block the
    page does not place, or shares with another line, stays as it is."""
    page = next((d.page for d in dom if d is not None and d.page), None)
    if not page:
        return ids
    at: dict[int, int] = {}
    seen: Counter = Counter(d.index for d in dom if d is not None)
    for i in ids:
        d = dom[i]
        if d is not None and 0 <= d.index < len(page) and seen[d.index] == 1:
            at[i] = d.index
    if not at or not _may_drop_shapes(kinds, page, at):
        return ids
    lines = [classify(blk[3]) for blk in page]
    for i, n in at.items():
        lines[n] = kinds[i]
    mapped = [at[i] for i in ids if i in at]
    kept = set(drop_gallery_captions(lines, _drop_lone_counts(lines, mapped)))
    return [i for i in ids if i not in at or at[i] in kept]


def _may_drop_shapes(kinds: list[Line], page: list, at: dict[int, int]) -> bool:
    """Whether :func:`.text._drop_lone_counts` or :func:`.photos.drop_gallery_captions` could drop
    a line of ``at`` (body lines by their page block), by what each needs of the lines it drops,
    told without classifying the page's blocks: a count under a label that is no paragraph, or a
    caption-shaped short line on a page that shows a photo's credit or caption somewhere. Most
    pages have neither, and their blocks go unclassified (a page of 200 blocks: 200 ``classify``)."""
    captions = False
    for i in at:
        ln = kinds[i]
        if ln.kind != PARA and _LABELLED_COUNT.match(ln.text):
            return True
        captions = captions or (ln.kind == SHORT and not ln.turn and ln.words <= MAX_CAPTION_WORDS
                                and not _ends_sentence(ln.text))
    # (a caption is dropped only over a photo's note, shown as a page block or a body line)
    return captions and (any(is_photo_note(blk[3]) for blk in page)
                         or any(is_photo_note(kinds[i].text) for i in at))


#: a "body" of this many headlines or more, none prose, each under a line that is no body (a date,
#: a «more» link), is a listing of headlines (:func:`_headlines_only`)
MIN_LISTED_HEADLINES = 4


def _headlines_only(kinds: list[Line], body: list[int]) -> bool:
    """Whether a "body" (``body``: indices of ``kinds``) is a listing of headlines without teasers:
    :data:`MIN_LISTED_HEADLINES` short lines or more and no prose at all, most of them apart from
    the one before by lines that are no body (the item's date, its relative time, a «more» link).
    A story has prose; its subheadings stand between its paragraphs."""
    if len(body) < MIN_LISTED_HEADLINES or any(is_prose(kinds[i]) for i in body):
        return False
    apart = sum(1 for a, b in zip(body, body[1:]) if b > a + 1 and kinds[b].kind == SHORT and kinds[b].words >= 2)
    return 2 * apart >= len(body)


def _below_headline(kinds: list[Line], dom: list[Dom | None], title_key: str) -> int:
    """The first line that stands below the page's headline block, looked for above the first
    prose line's block (-1: no headline block found there)."""
    first = next((d for ln, d in zip(kinds, dom) if d is not None and d.page and is_prose(ln)), None)
    if not title_key or first is None:
        return -1
    h = next((j for j, blk in enumerate(first.page[: first.index]) if line_key(blk[3]) == title_key), None)
    if h is None:
        return -1
    return next((i for i, d in enumerate(dom) if d is not None and d.index > h), -1)


def _article_sized(prose: list[Line], chars: int) -> bool:
    return len(prose) >= MIN_ARTICLE_PROSE_LINES or chars >= MIN_ARTICLE_PROSE_CHARS


def _trim(kinds: list[Line], own: set[str], headline: int = -1, dom: list[Dom | None] | None = None,
          heads: frozenset[int] | set[int] = frozenset()) -> tuple[list[tuple[int, bool]], list[str]]:
    """(body as (line index, a non-body line came right before it), credit lines). Lines above
    the headline, before any prose, are its header (a surtitle «مجید جلالی (سرمربی)», a kicker
    with its own punctuation), never the story: the story begins under its headline
    (``headline``: the first line below it on the page when the lines leave the headline out;
    else the headline's line, if among them). ``heads`` are the story's subheadings by the DOM
    (:func:`dom_chrome`): the first of them may stand above the first paragraph, and it opens the
    story, short as it is."""
    body: list[tuple[int, bool]] = []
    credits: list[str] = []
    started = False  # a prose line has been seen: the story has begun
    b = 0            # where it began
    ended = 0        # lines since the end heading, 0 while the story runs
    gap = False
    boxed = False    # under a box's heading set between the story's paragraphs
    if headline < 0:
        headline = next((i for i, ln in enumerate(kinds) if own and ln.key in own), -1)
    # where the story's first prose line stands on the page: a short line the extractor put after
    # it that stands above it on the page is the header's (a scoreboard, a status line the
    # extractor moved under the story), not the story's
    first = next((d for ln, d in zip(kinds, dom) if d is not None and d.index >= 0
                  and is_prose(ln) and ln.key not in own), None) if dom is not None else None
    first_at = first.index if first is not None else None
    for i, ln in enumerate(kinds):
        if ln.key in own:
            continue
        if not started and first is not None and dom is not None and not is_prose(ln) \
                and _apart_above(dom[i], first):
            gap = True  # (a scoreboard in a box of the header, above the story's text)
            continue
        d = dom[i] if dom is not None else None
        if started and first_at is not None and d is not None and 0 <= d.index < first_at and not is_prose(ln):
            gap = True
            continue
        if i < headline and not started and not is_prose(ln):
            if ln.kind == LABEL:
                credits.append(ln.text)
            continue
        if ended:
            ended += 1
            if ln.kind == LABEL and ended <= MAX_CREDIT_DISTANCE + 1:
                credits.append(ln.text)
            continue
        if not started:
            if is_prose(ln):
                started, b = True, i
            elif i not in heads and (ln.kind in NOT_BODY or ln.site or is_label_candidate(ln)):
                # above the story: crumbs, menu items, share/ad/short-link headings
                if ln.kind == LABEL:
                    credits.append(ln.text)
                continue
        if ln.kind == END:
            if not ln.learned and _mid_story(kinds, b, i, len(kinds)):
                gap = True  # (an ad's heading between the story's paragraphs, as on a flat page)
                continue
            ended = 1
            continue
        if ln.kind == SHORT and ln.recurs and not is_prose(ln):
            # a short line the site's template knows (its pages show it above their body), here
            # after the story began: a widget's heading or button between the lead and the text,
            # as in a flat-text page (:func:`.text.extract_lines`), not a subheading, which is
            # written for one story (the DOM's subheadings come back without their role)
            gap = True
            continue
        if ln.kind in NOT_BODY:
            gap = True
            if ln.kind == LABEL:
                credits.append(ln.text)
            # (a box's heading the site's template shows, a tail heading by its words, set into the
            # story: «تبلیغات» between its paragraphs, as a flat page's :func:`.text.extract_lines`)
            boxed = boxed or (started and ln.recurs and classify(ln.text).kind == END)
            continue
        if boxed and ln.kind == SHORT and not _introduces(ln, next_para(kinds, i)):
            gap = True  # (an ad's copy under its heading, as on a flat page: no subheading of the story)
            continue
        boxed = False
        body.append((i, gap))
        gap = False
    return body, credits


#: a readers' thread shows at least this many posts under one parent element
MIN_THREAD_POSTS = 2
#: a post's name (alone, or beside its date) has at most this many words
MAX_POSTER_WORDS = 4
#: a thread stands past the story's end: this many lines that are no body between (a post's own
#: head is two: its name and its date), or an end line
MIN_TAIL_LINES = 3


def _block_of(el):
    """``el``, or the ancestor it fills alone (a ``<p>`` alone in a post's ``<div>``)."""
    while el.getprevious() is None and (up := el.getparent()) is not None and len(up) == 1:
        el = up
    return el


def _shown(el) -> str:
    return " ".join((text_of(el) or "").split()) if isinstance(el.tag, str) else ""


def _named_date(el) -> bool:
    """Whether block ``el`` is a post's head: a date line beside a name («مریم - ۱۳۹۴/۰۷/۲۷»), or a
    date line under a name's block («نیما» / «۲۳-۰۶-۱۴۰۱ | ۱۰:۰۸»)."""
    t = _shown(el)
    if not t or len(t.split()) > MAX_POSTER_WORDS + 6:
        return False
    got = date_line(t)
    if got is not None:
        rest = (t[:got.stamp.start] + " " + t[got.stamp.end:]).strip(" -–—|،,:·")
    else:  # (a post's age: «مهمان · ۳ ماه پیش», «Ali R · 2 months ago», or «۵ روز پیش» under the name)
        age = RELATIVE.search(fold(t))
        if age is None or len(fold(t)) != len(t):
            return False
        rest = (t[:age.start()] + " " + t[age.end():]).strip(" -–—|،,:·")
    if any(ch.isalpha() for ch in rest) and len(rest.split()) <= MAX_POSTER_WORDS:
        return True
    name = el.getprevious()
    n = _shown(name) if name is not None else ""
    return 0 < len(n.split()) <= MAX_POSTER_WORDS and not any(ch.isdigit() for ch in n) \
        and n.rstrip()[-1:] not in ".!?؟:"


#: a thread in a box apart from the story's text shows this many posts at least
MIN_APART_POSTS = 3


def _thread_apart(kinds: list[Line], dom: list[Dom | None], told: int, posts: list[int]) -> bool:
    """Whether the posts under the story's last paragraph (``told``) stand in a box of their own:
    :data:`MIN_APART_POSTS` of them or more, the element holding them all holds none of the
    story's text (the comments' box beside the article's, not entries between its paragraphs), and
    no end line of the story stands under them (a live page's entries, each under its reporter's name
    and time in a box of their own, end with the story's «انتهای پیام/»)."""
    at = [d.owner for d in (dom[i] for i in posts) if d is not None]
    mine = dom[told]
    if len(posts) < MIN_APART_POSTS or mine is None or len(at) < len(posts) \
            or any(ln.kind == END for ln in kinds[posts[-1] + 1:]):
        return False
    box = _block_of(at[0])
    while box is not None and not all(_inside(el, box) for el in at):
        box = box.getparent()
    return box is not None and not _inside(mine.owner, box)


def _inside(el, box) -> bool:
    while el is not None:
        if el is box:
            return True
        el = el.getparent()
    return False


def _to_poster(el) -> bool:
    """Whether block ``el`` is a reply's line naming the post it answers: a label and a name of a few
    words («پاسخ به: نرگس کاظمی»)."""
    t = _shown(el)
    head, colon, name = t.partition(":")
    return bool(colon) and 0 < len(head.split()) <= 2 and 0 < len(name.split()) <= MAX_POSTER_WORDS \
        and not any(ch.isdigit() for ch in t)


def _thread_under_story(kinds: list[Line], dom: list[Dom | None], alone: bool = False) -> set[int]:
    """The lines that are posts of a readers' thread under the story, by the page's structure,
    whatever its words: blocks each right under a head of a name and a date (:func:`_named_date`),
    :data:`MIN_THREAD_POSTS` of them or more under one parent element (a thread's sibling posts),
    standing after an end line under the story's first prose line («نیما» / «۲۳-۰۶-۱۴۰۱ | ۱۰:۰۸» /
    the comment / «👍 ۲۸۵»). A live page's entries stand under their clock before the story ends,
    and a story's paragraph under its byline and date is one, not a thread; a page that opens as a
    post is a forum's thread, whose posts are the page's (``alone``: lines that hold a thread and
    nothing above it, which the caller reads as the thread alone)."""
    heads: dict[int, list[int]] = {}
    for i, (ln, d) in enumerate(zip(kinds, dom)):
        if d is None or d.owner is None or ln.kind in NOT_BODY:
            continue
        el = _block_of(d.owner)
        prev = el.getprevious()
        parent = el.getparent()
        if prev is not None and parent is not None and not _named_date(prev) and _to_poster(prev):
            prev = prev.getprevious()  # (a reply's «پاسخ به: نرگس» between the post's head and its text)
        if prev is not None and parent is not None and _named_date(prev):
            heads.setdefault(id(parent), []).append(i)
            up = parent.getparent()
            if up is not None:  # (each post in a box of its own, the boxes alike under one list)
                heads.setdefault(hash((id(up), parent.tag, parent.get("class"))), []).append(i)
    posts = sorted({i for group in heads.values() if len(group) >= MIN_THREAD_POSTS for i in group})
    if not posts:
        return set()
    prose = [i for i, ln in enumerate(kinds) if is_prose(ln)]
    if prose and prose[0] in posts:
        # the page opens as a post: a forum's thread, its posts alike, the first one's and the
        # others' (:func:`.comments.posts_alike`); or lines that hold the thread alone (``alone``)
        return set(posts) if alone else set()
    mine = [i for i in prose if i not in posts]
    start = min(posts)
    told = max((i for i in mine if i < start), default=None)
    if told is None:
        return set()  # (posts above the story: its own entries)
    between = [ln for ln in kinds[told + 1:start] if ln.kind != BLANK]
    # (past the story's end: an end line, or the tail's lines, more than a post's own head; or a box
    # of its own apart from the story's text, when the extractor took no line between them)
    if not any(ln.kind == END for ln in between) and sum(ln.kind in NOT_BODY for ln in between) < MIN_TAIL_LINES \
            and not _thread_apart(kinds, dom, told, [i for i in posts if i > told]):
        return set()
    return {i for i in posts if i > told and not any(i > j > start for j in mine)}


def thread_only(lines: list[str], dom: list[Dom | None], keys: list[str]) -> bool:
    """Whether the main-content extractor's ``lines`` hold a readers' thread and no prose besides
    (:func:`_thread_under_story`): it took the comments under the story for the story."""
    kinds = [classify(t, k) for t, k in zip(lines, keys)]
    posts = _thread_under_story(kinds, dom, alone=True)
    return bool(posts) and all(i in posts for i, ln in enumerate(kinds) if is_prose(ln))


def _apart_above(d: Dom | None, first: Dom) -> bool:
    """Whether a line's block (``d``) stands above the story's first prose block ``first`` in
    another box: neither that block, nor one beside it (a subheading over the text), nor one
    holding it: a box of the page's header nested where the story's text runs (a scoreboard in a
    ``<div>`` of its own above a ``<span>`` of ``<br>`` paragraphs)."""
    if d is None or d.owner is None or first.owner is None or not 0 <= d.index < first.index:
        return False
    own, story = d.owner, first.owner  # (lxml elements)
    if own is story or own.getparent() is story.getparent():  # type: ignore[attr-defined]
        return False
    return not any(x is own for x in story.iterancestors())  # type: ignore[attr-defined]


def _prose_span(kinds: list[Line], own: set[str]) -> list[tuple[int, bool]]:
    """Every body-kind line from the first to the last prose line (the guard's body)."""
    prose = [i for i, ln in enumerate(kinds) if is_prose(ln) and ln.key not in own]
    body: list[tuple[int, bool]] = []
    gap = False
    for i in range(prose[0], prose[-1] + 1):
        ln = kinds[i]
        if ln.key in own:
            continue
        if ln.kind in NOT_BODY:
            gap = True
            continue
        body.append((i, gap))
        gap = False
    return body


# ------------------------------------------------------------------------------- DOM evidence
#: a block with at least this share of its characters inside links is a link (a related
#: headline, a tag, a share button), not the story's text
LINK_BLOCK_SHARE = 0.8
#: a widget (see :func:`dom_chrome`) with this share of its text in links is a box of links
LINK_WIDGET_SHARE = 0.6
#: a heading of a widget is a short line of at most this many words
MAX_HEADING_WORDS = 6
#: a subheading above the story's first paragraph has at least this many words (a one- or two-word
#: heading there may be a section's label set in the content box: «سیاسی», «گزارش ویژه»)
MIN_OPENING_HEAD_WORDS = 3
#: a widget with a form control and at most this many characters is a form (a bigger one holds
#: the story and its share buttons)
MAX_FORM_CHARS = 400
#: a form's fields: an element that holds one holds a form (a comment's, a newsletter's)
FORM_FIELDS = frozenset({"form", "input", "textarea", "select"})
#: form controls: a widget holding one is a form (newsletter, comment, rating), not the story
_CONTROLS = FORM_FIELDS | {"button"}


@dataclass
class Dom:
    """Where a line stands in its page: the block element of its text and, of that block's
    characters, how many are inside links (see :class:`.pagetext.Blocks`)."""

    owner: object
    linked: int
    size: int
    #: the block's index in ``page``
    index: int = -1
    #: every block of the page as (element, linked characters, characters, text): what a widget
    #: holds, what follows a line on the page
    page: list = field(default_factory=list, repr=False)


def _in_block_of(row: Dom | None, text: str, line: Dom | None) -> bool:
    """Whether the table of the row ``row`` (its line ``text``) stands in the block that holds the
    line ``line``: the ``<table>``'s parent is the line's element or holds it (a sidebar's table, in
    a block of its own, does not). A row the markup did not place (read whole by the extractor) is
    found by its first cell, the first ``<td>`` / ``<th>`` of that text below ``line``."""
    other = getattr(line, "owner", None)
    if other is None:
        return False
    el = getattr(row, "owner", None)
    if el is None and line is not None:
        first = text.split("|")[0].strip()
        el = next((b[0] for b in line.page[line.index + 1:]
                   if b[0] is not None and getattr(b[0], "tag", None) in ("td", "th") and b[3] == first), None)
    while el is not None and getattr(el, "tag", None) != "table":
        el = el.getparent()
    box = el.getparent() if el is not None else None
    return box is not None and any(a is box for a in other.iterancestors())


def _sig(el) -> tuple:
    parent = el.getparent()
    return el.tag, el.get("class"), parent.tag if parent is not None else None


#: elements that make a part of the page of their own (not the story's lists and quotes)
_PARTS = frozenset({"section", "aside", "footer", "header", "nav", "form"})
#: elements of a story's own content: never its container
_CONTENT = frozenset({"ul", "ol", "li", "dl", "dd", "dt", "blockquote"})


def _items_box(box, weight: dict):
    """The story's container when its paragraphs stand each in an item of its own: ``box``'s parent
    when a sibling of ``box`` of its shape (tag and class) holds prose right in it too (a live blog's
    updates, «<article class="update"><time>…</time><p>…</p></article>» one after the other), else
    ``box``.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<div><article class="u"><p>یک</p></article>'
    ...                          '<article class="u"><p>دو</p></article></div>')
    >>> a, b = t.findall("article")
    >>> _items_box(a, {a: 10, b: 12}).tag, _items_box(a, {a: 10}).tag
    ('div', 'article')
    >>> t = lxml.html.fromstring('<table><tr><td>[گوینده]</td><td class="a"><p>یک</p></td></tr>'
    ...                          '<tr><td></td><td class="a"><p>دو</p></td></tr></table>')
    >>> c, d = t.xpath("//td[@class='a']")
    >>> _items_box(c, {c: 10, d: 12}).tag, _items_box(c, {c: 10}).tag
    ('table', 'td')
    """
    parent = box.getparent()
    if parent is None or box.tag in ("body", "html"):
        return box
    shape = (box.tag, box.get("class"))
    if any(c is not box and c in weight and (c.tag, c.get("class")) == shape for c in parent):
        return parent
    if box.tag in ("td", "th") and parent.tag == "tr" and parent.getparent() is not None:
        # (a table that lays the story out a paragraph a row, its cells in one column: a TV script
        # print's narration beside its cues; the story's container is the table, not one of its cells)
        table = parent.getparent()
        if any(r is not parent and any(c in weight and (c.tag, c.get("class")) == shape for c in r) for r in table):
            return table
    return box


def _story_run(box, prose_els: set, story_sig: tuple | None) -> set:
    """The story's run of prose blocks right in its container: consecutive children that are prose
    (headings, lists, quotes and empty elements between them break nothing), the run that holds
    the most prose of the story's element. A body widget writes some paragraphs as ``<div>``s and
    the rest as ``<p>``s, one run; comments under the story stand after a label row of their own
    («کاربر نوشته:»), another run."""
    runs: list[list] = [[]]
    for ch in box:
        if not isinstance(ch.tag, str):
            continue
        if ch in prose_els:
            runs[-1].append(ch)
        elif ch.tag not in _HEADINGS and ch.tag not in _CONTENT and (text_of(ch) or "").strip():
            runs.append([])
    best = max(runs, key=lambda r: sum(len(text_of(e) or "") for e in r if _sig(e) == story_sig))
    return set(best)


def _apart(el, box, story_sig: tuple | None, widget, run: frozenset | set = frozenset()) -> bool:
    """Whether a prose block inside the story container is apart from the story: a block of its
    own element among the story's paragraphs (``<div>`` comments between ``<p>`` paragraphs), or
    inside a part with a name or role of its own (``<section>``, a classed ``<div>``); the story's
    own lists, quotes and tables are bare."""
    if el.getparent() is box:
        return story_sig is not None and _sig(el) != story_sig and el not in run
    w = widget(el)
    return w is not None and (w.tag in _PARTS or bool(w.get("class") or w.get("id")))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD = frozenset({"strong", "b"})


def _heading(el, text: str) -> bool:
    """Whether a block is written as a heading: a heading element, or a block all in bold."""
    if el.tag in _HEADINGS:
        return True
    kids = [k for k in el if isinstance(k.tag, str)]
    return (len(kids) == 1 and kids[0].tag in _BOLD and not (el.text or "").strip()
            and not (kids[0].tail or "").strip())


def _among_chrome(i: int, after: list[int], kinds: list[Line], dom: list[Dom | None], widget,
                  story_widgets: set) -> bool:
    """Whether line ``i``, a short line under the story, stands in a widget of its own whose other
    lines under the story are all chrome by their words or the site's template: a reader's comment
    («چرا مسئولان کاری نمی‌کنند؟») in a box with its likes («۱۱ 👍») and the editors' reply
    («پاسخ: …»), in words the story never wrote."""
    ln = kinds[i]
    if is_prose(ln) or ln.kind in NOT_BODY or ln.turn:
        return False
    w = widget(dom[i].owner)  # type: ignore[union-attr]
    if w is None or w in story_widgets:
        return False
    mates = [j for j in after if j != i and widget(dom[j].owner) is w]  # type: ignore[union-attr]
    return bool(mates) and all(kinds[j].kind in NOT_BODY for j in mates)


def _over_dropped_box(d: Dom, text: str, box, widget, story_widgets: set, taken: set[int]) -> bool:
    """Whether a line between the story's lines is the heading of a box set into the story whose
    rows the main-content extractor left out: written as a heading (:func:`_heading`) in a part of
    the page that holds no story line and is no child of the story's container (a subheading is),
    over two blocks of that part the extractor did not take («<h5>وضعیت هوای امروز</h5>» over the
    cities' rows, in words no lexicon has)."""
    el: Any = d.owner
    if el is None or el.getparent() is box or not _heading(el, text):
        return False
    w = widget(el)
    if w is None or w is el or w in story_widgets:
        return False
    nxt = [d.page[j][0] for j in (d.index + 1, d.index + 2) if j < len(d.page) and j not in taken]
    return len(nxt) == 2 and all(x is not None and widget(x) is w for x in nxt)


def _under_dropped_heading(d: Dom, widget, story_widgets: set, taken: set[int]) -> bool:
    """Whether a line under the story stands in a part of the page of its own that opens with a
    heading the main-content extractor left out: the part's rows, kept without the heading that
    says what they are (a disclosure's «<div class="sign"><h4>امضاکنندگان اطلاعیه</h4><p>نام - سمت</p>
    </div>» under the announcement, in words no lexicon has). The part is a child of the story's
    container, or of one of its ancestors, holding no story line (:func:`dom_chrome`'s widget)."""
    el: Any = d.owner
    w = widget(el) if el is not None else None
    if w is None or w is el or w in story_widgets:
        return False
    head = next((j for j in range(d.index) if d.page[j][0] is not None and widget(d.page[j][0]) is w), None)
    return head is not None and head not in taken and _heading(d.page[head][0], d.page[head][3] or "")


def dom_chrome(kinds: list[Line], dom: list[Dom | None], own: set[str]) -> tuple[list[int], list[int]]:
    """(indices of lines the page's DOM shows are not the story, whatever their words; indices
    of the story's subheadings).

    The *story container* is the element whose child blocks hold most of the prose, and the
    *story lines* are its prose children of the story's usual element (``<p>`` of the content
    ``<div>``). Every other line belongs to a *widget*: the largest element around it that holds
    no story line. Then, for a line that is no story line:

    - a block of links (at least :data:`LINK_BLOCK_SHARE` of its characters inside ``<a>``), or a
      line of a widget mostly of links (:data:`LINK_WIDGET_SHARE`): a related list, tags, shares;
    - a line of a widget holding a form control: a newsletter box, a comment or rating form;
    - after the last story line, a line outside the story container, or prose of another element
      than the story's (comments, author boxes), or a short line of a part of its own whose other
      lines are all chrome (:func:`_among_chrome`: a reader's comment over its likes);
    - a short line right before such a line, after the story begins: the widget's heading;
    - between the story's lines, the heading of a box whose rows the extractor left out
      (:func:`_over_dropped_box`);
    - after the last story line, a heading (``<h3>``, a block all in bold) whose next blocks on the
      page the extractor left out, and they are links or prose apart from the story: the heading
      of a widget the extractor dropped (related links, comments).

    Story lines are never taken: DOM evidence trims around the story, it cannot cut it. And a
    heading element of the story container itself, between story lines and right above one, is
    the story's subheading, whatever the site's template says of its words (a site that gives
    every story the same subheadings, «پرسش‌های رایج»).
    """
    n = len(kinds)
    prose = [i for i in range(n) if dom[i] is not None and is_prose(kinds[i]) and kinds[i].key not in own]
    if not prose:
        return [], []
    weight: dict = {}
    for i in prose:
        parent = dom[i].owner.getparent()  # type: ignore[union-attr]
        if parent is not None:
            weight[parent] = weight.get(parent, 0) + len(kinds[i].text)
    if not weight:
        return [], []
    # the story comes first: its container holds one of the first two prose lines (readers'
    # comments after a short story may hold more prose than the story does)
    early = {dom[i].owner.getparent() for i in prose[:2]}  # type: ignore[union-attr]
    box = max((p for p in weight if p in early), key=weight.__getitem__)
    while box.tag in _CONTENT and box.getparent() is not None:  # a list in the story, not its container
        box = box.getparent()
    box = _items_box(box, weight)
    sigs: dict = {}
    for i in prose:
        if dom[i].owner.getparent() is box:  # type: ignore[union-attr]
            sig = _sig(dom[i].owner)  # type: ignore[union-attr]
            sigs[sig] = sigs.get(sig, 0) + len(kinds[i].text)
    story_sig = max(sigs, key=sigs.__getitem__) if sigs else None
    run = _story_run(box, {dom[i].owner for i in prose}, story_sig)  # type: ignore[union-attr]
    # (sets of the elements themselves: they keep lxml's proxies alive, so identity holds)
    above = {box, *box.iterancestors()}
    inside = set(box.iter())

    def widget(el):
        """The child of the story container (or of one of its ancestors) that holds ``el``."""
        if el in above:
            return None
        while el.getparent() is not None and el.getparent() not in above:
            el = el.getparent()
        return el

    story = {i for i in prose if dom[i].owner in inside  # type: ignore[union-attr]
             and not _apart(dom[i].owner, box, story_sig, widget, run)}  # type: ignore[union-attr]
    if not story:
        return [], []
    story_widgets = {widget(dom[i].owner) for i in story}  # type: ignore[union-attr]
    page = next((d.page for d in dom if d is not None), [])
    totals: dict = {}
    for el, linked, size, _text in page:
        w = widget(el)
        if w is not None:
            t = totals.setdefault(w, [0, 0])
            t[0] += linked
            t[1] += size
    first, last = min(story), max(story)
    after = [i for i in range(last + 1, n) if dom[i] is not None and i not in story]
    out_of_story = [i for i in after if dom[i].owner not in inside  # type: ignore[union-attr]
                    or is_prose(kinds[i]) and _apart(dom[i].owner, box, story_sig, widget, run)]  # type: ignore[union-attr]
    flagged = set(out_of_story)
    for i in after:  # (a reader's comment over its likes and the editors' reply: a widget's line)
        if i not in flagged and _among_chrome(i, after, kinds, dom, widget, story_widgets) \
                and _apart(dom[i].owner, box, story_sig, widget, run):  # type: ignore[union-attr]
            flagged.add(i)
    forms: dict = {}
    for i in range(n):
        d = dom[i]
        if d is None or i in story or i in flagged:
            continue
        if d.size and d.linked >= LINK_BLOCK_SHARE * d.size:
            flagged.add(i)
            continue
        w = widget(d.owner)
        if w is None or w in story_widgets:
            continue
        linked, size = totals.get(w, (0, 0))
        if size and linked >= LINK_WIDGET_SHARE * size:
            flagged.add(i)
            continue
        if w not in forms:
            forms[w] = size <= MAX_FORM_CHARS and any(isinstance(e.tag, str) and e.tag in _CONTROLS
                                                          for e in w.iter())
        if forms[w]:
            flagged.add(i)
    taken = {d.index for d in dom if d is not None}

    def dropped_widget(b: int) -> bool:
        """Whether the page's blocks right after block ``b``, which the extractor left out, are a
        widget: links, or prose apart from the story (comments)."""
        nxt = [page[j] for j in (b + 1, b + 2) if j < len(page) and j not in taken]
        if len(nxt) < 2:
            return False
        if all(size and linked >= LINK_BLOCK_SHARE * size for _el, linked, size, _t in nxt):
            return True
        return any(el in inside and len(t.split()) >= MIN_PROSE_WORDS and _apart(el, box, story_sig, widget, run)
                   for el, _l, _s, t in nxt)

    for i in range(last + 1, n):  # a heading the extractor kept of a widget it left out
        d = dom[i]
        # (written as a heading, or loose in the story's container: text of no block of its own, a
        # theme's «…را هم بخوانید» after the story's last <hr>, over the related posts it left out)
        if d is not None and i not in flagged and kinds[i].words <= MAX_HEADING_WORDS and not is_prose(kinds[i]) \
                and (_heading(d.owner, kinds[i].text) or d.owner is box) and dropped_widget(d.index):
            flagged.add(i)

    for i in range(last + 1, n):  # a line of a widget whose heading the extractor left out
        d = dom[i]
        if d is not None and i not in flagged and not is_prose(kinds[i]) \
                and _under_dropped_heading(d, widget, story_widgets, taken):
            flagged.add(i)

    for i in range(first + 1, last):  # a heading between the story's lines over a box the extractor left out
        d = dom[i]
        if d is not None and i not in story and i not in flagged and kinds[i].words <= MAX_HEADING_WORDS \
                and not is_prose(kinds[i]) and _over_dropped_box(d, kinds[i].text, box, widget, story_widgets, taken):
            flagged.add(i)

    def story_shaped(i: int) -> bool:
        """Whether line ``i`` is a sentence in a block of the story's own shape in its container, not
        written as a heading: the story's short last paragraph («<p>مقصد او هنوز مشخص نیست.</p>» over
        the end marker's row), not the heading of a widget under it («<p>پیوندهای سودمند</p>»)."""
        el: Any = dom[i].owner  # type: ignore[union-attr]
        return kinds[i].kind == PARA and el.getparent() is box and _sig(el) == story_sig \
            and not _heading(el, kinds[i].text)

    for i in range(n - 3, first, -1):  # headings of lists of two lines or more, from the end
        if i + 1 in flagged and i + 2 in flagged and i not in story and i not in flagged \
                and kinds[i].words <= MAX_HEADING_WORDS and not is_prose(kinds[i]) \
                and (dom[i] is None or not story_shaped(i)) \
                and dom[i + 1] is not None and dom[i + 2] is not None \
                and widget(dom[i + 1].owner) is widget(dom[i + 2].owner):  # type: ignore[union-attr]
            flagged.add(i)
    for i in range(n - 1, last, -1):  # a heading over lines all cut, after the story: a widget's
        # (a readers' thread whose posts are each a block of their own, not one widget: «<p><strong>
        # نظرها</strong></p>» over the comments; a heading heads what stands under it, and with all of
        # that cut it would end the story over nothing). From the end up, to the first line kept:
        # what stands above it heads a line kept.
        if i in flagged:
            continue
        d = dom[i]
        if i < n - 1 and d is not None and kinds[i].words <= MAX_HEADING_WORDS and not is_prose(kinds[i]) \
                and _heading(d.owner, kinds[i].text):
            flagged.add(i)
            continue
        break
    # a line of a story paragraph's own element (lines of one <div> split by <br>) is the story's
    story_owners = {dom[i].owner for i in story}  # type: ignore[union-attr]

    def _subheading(i: int) -> bool:
        """Whether line ``i`` is written as the story's subheading: a heading element right in the story
        container, no link."""
        d = dom[i]
        el: Any = d.owner if d is not None else None
        return el is not None and el.tag in _HEADINGS and el.getparent() is box \
            and not d.linked and not is_prose(kinds[i])  # type: ignore[union-attr]
    chrome = sorted(i for i in flagged if dom[i] is None or dom[i].owner not in story_owners)  # type: ignore[union-attr]
    subheads = [i for i in range(first + 1, last) if i not in flagged and i + 1 in story and _subheading(i)]
    opening = first - 1  # (a subheading over the story's first paragraph, below the headline)
    if opening >= 0 and opening not in flagged and _subheading(opening) \
            and kinds[opening].words >= MIN_OPENING_HEAD_WORDS and kinds[opening].key not in own \
            and any(line_key(t) in own for _el, _l, _s, t in page[: dom[opening].index]):  # type: ignore[union-attr]
        subheads.insert(0, opening)
    return chrome, subheads
