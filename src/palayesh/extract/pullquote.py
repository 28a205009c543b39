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
    """``paragraphs`` without the short lines after the first whose words stand whole inside
    another, longer paragraph of the story or its lead: a pull quote says again what the story
    says."""
    if len(paragraphs) < 2:
        return paragraphs
    inks = [ink(p) for p in paragraphs]
    lead_ink = ink(lead) if lead else ""
    drop = set()
    for i in range(1, len(paragraphs)):
        p = paragraphs[i]
        if len(p.split()) > PULL_QUOTE_MAX_WORDS:
            continue
        core = _core(p)
        if len(core) < PULL_QUOTE_MIN_INK:
            continue
        if core in lead_ink or any(j != i and j not in drop and len(inks[j]) > len(inks[i]) and core in inks[j]
                                   for j in range(len(paragraphs))):
            drop.add(i)
    return [p for i, p in enumerate(paragraphs) if i not in drop] if drop else paragraphs
