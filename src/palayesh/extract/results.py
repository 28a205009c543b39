"""A list of search results on a flat page: entries of a headline, its address and a snippet.

A search page, a programmable-search frame copied as text, an index's «cached» view show the hits
around the one story they hold, each hit a few lines: its headline (often «… - <site>»), its address
alone on a line, and a snippet cut short («… شورای ...»). The address line goes as chrome by its
shape already; the headline and the snippet read as a short line and a paragraph of the story. The
entry is told by its shape: a line that is an address and nothing else, right under a headline-sized
line, several times on the page. The story the page holds is shown whole elsewhere (a preview pane),
never as such an entry.

>>> from palayesh.extract.lines import classify
>>> page = ["جستجو", "سد کرج پر شد - خبر شرق", "https://khabar.ir/news/1", "سد کرج امروز ...",
...         "باران در تهران - خبر شرق", "https://khabar.ir/news/2", "باران امروز در تهران ...",
...         "برف در شمال - خبر شرق", "https://khabar.ir/news/3", "برف امروز در شمال ...",
...         "سد کرج پر شد", "بارش باران مخزن سد کرج را پس از سه سال خشکسالی به طور کامل پر کرده است."]
>>> lines = [classify(t) for t in page]
>>> search_results(lines); [ln.text[:12] for ln in lines[1:] if ln.kind != "chrome"]
['سد کرج پر شد', 'بارش باران م']
"""
from __future__ import annotations

import re
from dataclasses import replace

from .dates import date_line, mostly_date
from .lines import BLANK, CHROME, DATE, PARA, Line, _next_shown, _prev_shown

#: a line that is a web address and nothing else (a hit's URL, its «www.…» display form)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
#: a result list shows this many entries at least (one or two addresses are a story's sources)
MIN_RESULTS = 3
#: a hit's headline has this many words at most (no paragraph of the story stands right over an address)
MAX_HIT_WORDS = 25
#: a hit's headline has this many words at least (a name or a label over a date is no hit)
MIN_HIT_WORDS = 3
#: a paragraph of prose has this many words at least
MIN_PROSE_WORDS = 8
#: the ellipsis that ends a snippet cut short
_CUT = re.compile(r"(?:…|\.{3,})\s*$")


def search_results(lines: list[Line]) -> None:
    """The entries of a list of search results made chrome (see the module docstring): the
    headline right above each address line, and the snippet right under it when it is cut short
    (an ellipsis ends it) or the next entry's headline stands right under it. Only when the page
    shows :data:`MIN_RESULTS` such entries. And the hits of a list by their days (:func:`_dated_hits`)."""
    _dated_hits(lines)
    addresses = [i for i, ln in enumerate(lines) if _ADDRESS.fullmatch(ln.text.strip())]
    heads: dict[int, int] = {}
    for i in addresses:
        h = _prev_shown(lines, i)
        if h is not None and h not in addresses and lines[h].words <= MAX_HIT_WORDS:
            heads[i] = h
    if len(heads) < MIN_RESULTS:
        return
    hit_heads = set(heads.values())
    for i, h in heads.items():
        lines[h] = replace(lines[h], kind=CHROME)
        s = _next_shown(lines, i)
        if s is None or s in addresses or s in hit_heads:
            continue
        nxt = _next_shown(lines, s)
        if _CUT.search(lines[s].text) or nxt is not None and nxt in hit_heads:
            lines[s] = replace(lines[s], kind=CHROME)


def _prose(ln: Line) -> bool:
    """Whether a line is a paragraph of the story's prose by its kind and length."""
    return ln.kind == PARA and ln.words >= MIN_PROSE_WORDS


def _day_alone(ln: Line) -> bool:
    """Whether a line is a date and nothing else («۸ آبان ۱۳۹۷», «۳۰ آبان ۱۳۹۷ - ۱۴:۱۶»)."""
    if ln.kind != DATE:
        return False
    d = date_line(ln.text)
    return d is not None and mostly_date(ln.text, d)


def _dated_hits(lines: list[Line]) -> None:
    """The hits of a list that shows each by its headline over its day alone, :data:`MIN_RESULTS`
    of them one under the other (an internal search's other results under the one it expands, an
    archive's list under the story), made chrome: a headline-sized line, no paragraph, right over a
    line that is a date alone, the next hit's headline right under that date, all of them under the
    story's first paragraph, none over a paragraph, and no paragraph under the list (a story's days
    between its paragraphs are its text). A story's headline over its date is one such
    pair; a story's own list of days says what happened on each in sentences.

    >>> from palayesh.extract.lines import classify
    >>> page = ["بدنساز استقلال از اروپا می‌آید", "۳۰ آبان ۱۳۹۷ - ۱۴:۱۶",
    ...         "سرمربی استقلال امروز از آمدن یک بدنساز خارجی به کادر فنی تیم خبر داد و گفت قرارداد او بسته شده است.",
    ...         "همدان پایلوت برنامه غربالگری اوتیسم شد", "۸ آبان ۱۳۹۷", "روسیه از سد آلمان گذشت", "۱۱ فروردین ۱۳۹۷",
    ...         "امر به معروف الگوی قیام عاشورا", "۲۷ مهر ۱۳۹۷"]
    >>> lines = [classify(t) for t in page]
    >>> _dated_hits(lines); [ln.kind for ln in lines]
    ['short', 'date', 'para', 'chrome', 'date', 'chrome', 'date', 'chrome', 'date']
    """
    shown = [i for i, ln in enumerate(lines) if ln.kind != BLANK]
    prose = [k for k, i in enumerate(shown) if _prose(lines[i])]
    if not prose:
        return
    # (under the story's first paragraph only, and no pair over a paragraph: a story's headline over
    # its day and its text is no hit, though a column of the latest headlines over their days stands
    # right over it)
    pairs = [k for k in range(prose[0] + 1, len(shown) - 1)
             if lines[shown[k]].kind != PARA and MIN_HIT_WORDS <= lines[shown[k]].words <= MAX_HIT_WORDS
             and not _day_alone(lines[shown[k]]) and _day_alone(lines[shown[k + 1]])
             and not (k + 2 < len(shown) and _prose(lines[shown[k + 2]]))]
    run: list[int] = []
    for k in [*pairs, None]:
        if k is not None and run and k == run[-1] + 2:
            run.append(k)
            continue
        if len(run) >= MIN_RESULTS and not any(_prose(lines[i]) for i in shown[run[-1] + 2:]):
            # (no prose under the list: a story's own days, between its paragraphs, are its text)
            for r in run:
                lines[shown[r]] = replace(lines[shown[r]], kind=CHROME)
        run = [k] if k is not None else []
