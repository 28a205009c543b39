"""What Persian news text has in common, for every step that reads it: the dateline and the
function words. extract finds the agency in a dateline and tells prose from chrome with the
function words; dedup skips the dateline and the function words when it compares stories. Both
take them from here, so the two never drift apart.

A dateline opens the first paragraph of a Persian news story: «به گزارش خبرگزاری مهر، …»,
«به گزارش خبرنگار اقتصادی ایسنا به نقل از …، …» (the agency, or the agency it quotes).

>>> DATELINE.search("به گزارش خبرگزاری مهر به نقل از ایرنا، وزیر گفت").group("rest")
'خبرگزاری مهر به نقل از ایرنا'
>>> DATELINE_CLAUSE.match("به گزارش ایسنا، وزیر گفت").group(0)
'به گزارش ایسنا،'
>>> "است" in function_words()
True
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources

#: the dateline, found anywhere: «به گزارش» and what follows up to the first comma, colon, semicolon
#: or period (a dateline is one clause), as group ``rest``
DATELINE = re.compile(r"به\s*گزارش\s*(?P<rest>[^،,:;.؛\n]{0,160})")
#: the dateline clause opening a text, with the mark that closes it («به گزارش … به نقل از …،»);
#: a period or an ASCII semicolon may stand inside («ج.ا.ا»), only a comma, colon or «؛» closes it
DATELINE_CLAUSE = re.compile(r"^\s*به\s*گزارش[^،,:؛\n]{0,160}[،,:؛]")


def shipped_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of the shipped table ``palayesh/data/<name>``, without blank and
    ``#`` comment lines."""
    text = resources.files("palayesh.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.lru_cache(maxsize=1)
def function_words() -> tuple[str, ...]:
    """The Persian function words (``palayesh/data/extract_function_words.txt``) as written there:
    «از», «به», «که», «است», «آن» …; callers fold them as they match (extract by
    :func:`palayesh.textkeys.line_key`)."""
    return tuple(row[0].strip() for row in shipped_rows("extract_function_words.txt"))
