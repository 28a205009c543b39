"""A right-to-left page's layout text set flush right, read as its lines' words.

A converter that keeps a page's layout in plain text (``pdftotext -layout``, a print to text, a
terminal's dump of a right-to-left document) pads each line on its left so that it ends at the
page's right margin: a Persian page's lines all end at one column, whatever their length. That pad
is the layout's, not an indent that opens a paragraph: a wrapped paragraph's last line, the shortest,
has the widest pad, and a headline and the date line under it look like two indented paragraphs.
Read without the pad, the page's lines are those a left-aligned text shows, and the wrapped
paragraphs, the headline and its date line read as they do anywhere.
"""

from __future__ import annotations

import re
from collections import Counter

#: a page is set flush right when this share of its lines (blanks aside) end at one column ...
MIN_FLUSH_SHARE = 0.6
#: ... of this many lines at least (a short page's few lines can end alike by chance) ...
MIN_FLUSH_LINES = 6
#: ... and this share of them is padded on the left (a page of lines cut at one width, unpadded, is
#: a justified or hard-wrapped text: nothing to take off)
MIN_PADDED_SHARE = 0.3
#: a line padded on the left (after a printed page's form feed)
_PADDED = re.compile(r"^\f* ", re.M)


def without_flush_pad(raw: str) -> str | None:
    """``raw`` without the spaces that set its lines flush right, when it is so set; else None.
    A form feed opening a line (a printed page's break) stays.

    >>> page = "\\n".join(" " * (30 - len(t)) + t for t in ["خبرنامه شماره ۱۲", "", "افتتاح دو نیروگاه",
    ...                   "۱۲ آذر ۱۴۰۲", "", "به گزارش ایرنا دو نیروگاه", "امروز افتتاح شد.", "پایان خبر"])
    >>> without_flush_pad(page).split("\\n")[:4]
    ['خبرنامه شماره ۱۲', '', 'افتتاح دو نیروگاه', '۱۲ آذر ۱۴۰۲']
    >>> without_flush_pad("\\n".join(["  سطر اول متن", "سطر دوم متن که بلندتر است", "سوم"] * 3)) is None
    True
    """
    if not (raw.startswith((" ", "\f")) or "\n " in raw or "\n\f" in raw) or _PADDED.search(raw) is None:
        # (no line padded: the common flat page, answered without reading its lines; a scan at memory
        # speed first, for a pad follows the page's start or a newline)
        return None
    lines = raw.split("\n")
    shown = [t.rstrip() for t in lines if t.strip(" \t\f\r")]
    if len(shown) < MIN_FLUSH_LINES:
        return None
    width, count = Counter(len(t.lstrip("\f")) for t in shown).most_common(1)[0]
    padded = sum(1 for t in shown if t.lstrip("\f").startswith(" "))
    if count < MIN_FLUSH_SHARE * len(shown) or padded < MIN_PADDED_SHARE * len(shown):
        return None
    return "\n".join(("\f" if t.startswith("\f") else "") + t.lstrip("\f").strip(" \t") for t in lines)
