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

from .lines import BLANK, CHROME, Line

#: a line that is a web address and nothing else (a hit's URL, its «www.…» display form)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
#: a result list shows this many entries at least (one or two addresses are a story's sources)
MIN_RESULTS = 3
#: a hit's headline has this many words at most (no paragraph of the story stands right over an address)
MAX_HIT_WORDS = 25
#: the ellipsis that ends a snippet cut short
_CUT = re.compile(r"(?:…|\.{3,})\s*$")


def _shown(lines: list[Line], i: int, step: int) -> int | None:
    """The index of the first non-blank line from ``i`` on, going by ``step``, else None."""
    while 0 <= i < len(lines):
        if lines[i].kind != BLANK:
            return i
        i += step
    return None


def search_results(lines: list[Line]) -> None:
    """The entries of a list of search results made chrome (see the module docstring): the
    headline right above each address line, and the snippet right under it when it is cut short
    (an ellipsis ends it) or the next entry's headline stands right under it. Only when the page
    shows :data:`MIN_RESULTS` such entries."""
    addresses = [i for i, ln in enumerate(lines) if _ADDRESS.fullmatch(ln.text.strip())]
    heads: dict[int, int] = {}
    for i in addresses:
        h = _shown(lines, i - 1, -1)
        if h is not None and h not in addresses and lines[h].words <= MAX_HIT_WORDS:
            heads[i] = h
    if len(heads) < MIN_RESULTS:
        return
    hit_heads = set(heads.values())
    for i, h in heads.items():
        lines[h] = replace(lines[h], kind=CHROME)
        s = _shown(lines, i + 1, 1)
        if s is None or s in addresses or s in hit_heads:
            continue
        nxt = _shown(lines, s + 1, 1)
        if _CUT.search(lines[s].text) or nxt is not None and nxt in hit_heads:
            lines[s] = replace(lines[s], kind=CHROME)
