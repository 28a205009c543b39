"""A mail's quote marks taken off the text it quotes.

A plain-text mail quotes what it forwards or answers line by line: each line opens with «>» (two
for a quote inside a quote, «>>» or «> >»), a blank line of the quoted text is a «>» alone, and a
mail client wraps the quoted lines at its column (62-72) as it wraps its own. The marks are the
mail's, not the text's: a story pasted into a list mail is the quoted lines without them (their
wraps are then undone as any flat page's are, :mod:`.rejoin`).

A block is told by its shape, not by a word: :data:`MIN_QUOTE_LINES` lines one under another that
all open with the mark, most of them prose (a markdown page's quote of a line or two, «> خلاصه»,
is its lead and stays as it is).

>>> print(without_quote_marks("سلام\\n\\n> خبرگزاری فارس\\n> بارش برف در تهران\\n>\\n> به گزارش فارس،"
...                           " امروز برف\\n> در تهران بارید.\\n>> نقل دوم\\n"))
سلام
<BLANKLINE>
خبرگزاری فارس
بارش برف در تهران
<BLANKLINE>
به گزارش فارس، امروز برف
در تهران بارید.
نقل دوم
<BLANKLINE>
>>> without_quote_marks("> خلاصه خبر\\n\\nمتن") is None
True
"""

from __future__ import annotations

import re

#: a quote block has this many lines at least (a markdown page's quoted lead is a line or two)
MIN_QUOTE_LINES = 5
#: ... and this many of them carry words (not a block of «>» alone, nor of numbers)
MIN_QUOTE_TEXT_LINES = 3
#: a line's quote marks: «>», «>>», «> >», each with the one space after it a mail client writes
_MARKS = re.compile(r"^(?:>[ \t]?)+", re.M)
#: a run of lines that each open with a mark (a scan of the whole page at regex speed)
_BLOCK = re.compile(r"(?:^>[^\n]*(?:\n|\Z)){%d,}" % MIN_QUOTE_LINES, re.M)
_WORD = re.compile(r"[^\W\d_]{2,}")


def without_quote_marks(raw: str) -> str | None:
    """``raw`` with the quote marks of each of its quote blocks taken off (a «>» line alone a blank
    line), or None when it has no quote block (:data:`MIN_QUOTE_LINES`)."""
    if "\n>" not in raw and not raw.startswith(">"):  # (a scan at memory speed first)
        return None
    out: list[str] = []
    at = 0
    for m in _BLOCK.finditer(raw):
        block = m.group(0)
        if sum(1 for t in block.splitlines() if _WORD.search(t)) < MIN_QUOTE_TEXT_LINES:
            continue
        out += [raw[at: m.start()], _MARKS.sub("", block)]
        at = m.end()
    if not out:
        return None
    out.append(raw[at:])
    return "".join(out)
