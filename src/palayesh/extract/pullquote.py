"""Pull quotes: a short line set into the story that repeats a sentence, or a part of one, of the
same story («…», a quote the page prints large between paragraphs). It is the page's decoration,
said twice, not a paragraph of the story; the story keeps the sentence where it stands.

>>> story = ["به گزارش خبرنگار ما، وزیر گفت: بازار مس امسال رونق گرفت و صادرات دو برابر شد.",
...          "«بازار مس امسال رونق گرفت و صادرات دو برابر شد»",
...          "بند پایانی خبر نیز جزئیات دیگری از این نشست را بیان می‌کند."]
>>> without_pull_quotes(story, None) == [story[0], story[2]]
True
"""
from __future__ import annotations

from .pagetext import ink

#: a pull quote is at most this many words (a line, not a paragraph) ...
PULL_QUOTE_MAX_WORDS = 45
#: ... and at least this many characters of ink once its quotes are off (a short phrase, «گفت:»,
#: recurs by chance)
PULL_QUOTE_MIN_INK = 25
#: what a pull quote is set in: quotes, ellipses, a sentence's end
_FRAME = "«»\"“”'‘’…. !؟?،,:-–—"


def _core(text: str) -> str:
    """The ink of ``text`` inside its quotes and ellipses."""
    return ink(text.strip().strip(_FRAME).removesuffix("...").strip(_FRAME))


def without_pull_quotes(paragraphs: list[str], lead: str | None) -> list[str]:
    """``paragraphs`` without the short lines after the first whose words stand inside another
    paragraph of the story or its lead and are only a part of it: a pull quote says again a part
    of what the story says. A line said twice whole (a forum reply quoting a post) is no pull
    quote: neither copy goes."""
    if len(paragraphs) < 2:
        return paragraphs
    cores = [_core(p) for p in paragraphs]
    lead_core = _core(lead) if lead else ""
    drop = set()
    for i in range(1, len(paragraphs)):
        core = cores[i]
        if len(paragraphs[i].split()) > PULL_QUOTE_MAX_WORDS or len(core) < PULL_QUOTE_MIN_INK:
            continue
        if any(len(other) > len(core) and core in other
               for other in [lead_core, *(c for j, c in enumerate(cores) if j != i and j not in drop)]):
            drop.add(i)
    return [p for i, p in enumerate(paragraphs) if i not in drop] if drop else paragraphs
