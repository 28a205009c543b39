"""The body of an HTML page from its main-content lines: trim the chrome, never lose the story.

The main-content extractor has already chosen the article's part of the page; what it returns
still carries chrome of that part: breadcrumb and menu items above the story («- ورزشی»), share
and ad headings, credits, end markers, tags, related lists after an end heading. Trimming takes
those off with the flat-text line kinds (:func:`.text.classify`), in the order of a page:

- above the first prose line: navigation-like short lines and every non-body line are header,
  and an end heading there («تبلیغات», «لینک کوتاه: …» over the story) ends nothing;
- in the story: non-body lines (dates, labels, chrome) are skipped, an end heading ends it;
- after the end: only a credit «منبع: X» still counts, for the agency.

Trimming may cut chrome, never swap a story for crumbs: when the extractor found article-sized
prose and the trimmed body keeps less than half of it, the cut was wrong, and the body is every
non-chrome line from the first to the last prose line the extractor found.

>>> story = ["به گزارش خبرنگار ما، این نخستین بند خبر است که چند جمله دارد و باید بماند.",
...          "بند دوم خبر نیز جزئیات بیشتری را درباره این رویداد مهم بیان می‌کند."]
>>> select_body(["- ورزشی", "- فوتبال ایران", "تبلیغات"] + story + ["اخبار مرتبط", "خبر دیگر"]).paragraphs == story
True
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .text import (
    END,
    LABEL,
    NOT_BODY,
    PARA,
    Line,
    _drop_foreign_lines,
    _is_label_candidate,
    _strip_inline_chrome,
    classify,
    is_listing,
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


def select_body(lines: list[str], title_key: str = "", lead_key: str = "", roles: list | None = None) -> Body:
    """The body paragraphs of an HTML page's main-content ``lines`` (see the module docstring).
    Lines whose :func:`~palayesh.textkeys.line_key` is ``title_key`` or ``lead_key`` are the
    headline and the lead, not body; ``roles`` are what the site's template says of each line
    (:meth:`.template.PageTemplate.roles`), if anything."""
    own = {k for k in (title_key, lead_key) if k}
    kinds = [classify(ln, None, role) for ln, role in zip(lines, roles or [None] * len(lines))]
    body, credits = _trim(kinds, own)
    found = [ln for ln in kinds if is_prose(ln) and ln.key not in own]
    found_chars = sum(len(ln.text) for ln in found)
    kept_chars = sum(len(kinds[i].text) for i, _ in body if is_prose(kinds[i]))
    restored = (_article_sized(found, found_chars) and kept_chars < MIN_KEPT_PROSE_SHARE * found_chars)
    if restored:
        body = _prose_span(kinds, own)
    res = Body(credits=credits, lines_total=len(kinds), restored=restored)
    if is_listing([(kinds[i], gap) for i, gap in body]):  # headline, teaser, date, again: a category page
        res.chrome_lines = len(kinds)
        return res
    keep = set(_drop_foreign_lines(kinds, [i for i, _ in body]))  # related links between paragraphs
    body = [(i, gap) for i, gap in body if i in keep]
    res.paragraphs = [p for p in (_strip_inline_chrome(kinds[i].text) for i, _ in body) if p]
    res.chrome_lines = len(kinds) - len(body) - sum(1 for ln in kinds if ln.key in own)
    return res


def _article_sized(prose: list[Line], chars: int) -> bool:
    return len(prose) >= MIN_ARTICLE_PROSE_LINES or chars >= MIN_ARTICLE_PROSE_CHARS


def _trim(kinds: list[Line], own: set[str]) -> tuple[list[tuple[int, bool]], list[str]]:
    """(body as (line index, a non-body line came right before it), credit lines)."""
    body: list[tuple[int, bool]] = []
    credits: list[str] = []
    started = False  # a prose line has been seen: the story has begun
    ended = 0        # lines since the end heading, 0 while the story runs
    gap = False
    for i, ln in enumerate(kinds):
        if ln.key in own:
            continue
        if ended:
            ended += 1
            if ln.kind == LABEL and ended <= MAX_CREDIT_DISTANCE + 1:
                credits.append(ln.text)
            continue
        if not started:
            if is_prose(ln):
                started = True
            elif ln.kind in NOT_BODY or ln.site or _is_label_candidate(ln):
                # above the story: crumbs, menu items, share/ad/short-link headings
                if ln.kind == LABEL:
                    credits.append(ln.text)
                continue
        if ln.kind == END:
            ended = 1
            continue
        if ln.kind in NOT_BODY:
            gap = True
            if ln.kind == LABEL:
                credits.append(ln.text)
            continue
        body.append((i, gap))
        gap = False
    return body, credits


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
