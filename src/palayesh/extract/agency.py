"""The originating agency of an article: from its dateline or its source credit.

Datelines look like «به گزارش (خبرنگار|گروه …)? (خبرگزاری)? X (از city)? (به نقل از Y)?»; credits
like «منبع: X». X and Y are looked up, as word sequences, in the agency table
(``palayesh/data/agencies.tsv``), which gives the canonical short name. «مهر» the agency and «مهر»
the month are told apart by the digits a month name stands next to.

>>> agency_from_dateline("به گزارش خبرگزاری مهر به نقل از اداره کل تبلیغات دفاعی، ...")
'مهر'
>>> agency_from_dateline("به گزارش پیام البرز به نقل از خبرگزاری فارس، ...")
'فارس'
>>> agency_from_credit("منبع: وب‌سایت ورزش سه")
'ورزش سه'
"""
from __future__ import annotations

import html
import re

from .dates import fold
from .lexicon import agencies, tokens

# the dateline opening, up to the first comma/colon/period (a dateline is one clause)
DATELINE = re.compile(r"به\s*گزارش\s*(?P<rest>[^،,:;.؛\n]{0,160})")
_QUOTED_ORIGIN = re.compile(r"به\s*نقل\s*از")
_CREDIT = re.compile(r"^\s*(?:منبع|منابع|source)\s*[:：]\s*(?P<x>.+)$", re.I)
# «خبرنگار فارس», «خبرگزاری مهر», «گزارش ایسنا»: an agency named after a reporting word
# «در گفت‌وگو با ایسنا», «در مصاحبه با تسنیم» too
_REPORTER = re.compile(r"(?:خبرنگار|خبرگزاری|گزارش|نقل\s*از|گفت\s*و?\s*گو(?:ی)?\s*با|مصاحبه(?:\s*ای)?\s*با)\s*(?P<rest>[^،,:;.؛\n]{0,60})")
# «به ایسنا گفت», «به "ورزش سه" می‌گوید», «به ایرنا رسیده»: one to three words between «به» and the verb
_TOLD = re.compile(r"(?:^|\s)به\s+(?P<x>[^\s،,:;.؛]+(?:\s+[^\s،,:;.؛]+){0,2}?)\s+(?:گفت|می\s*گوید|رسیده|اعلام\s*کرد)")
#: agency names that are also everyday words («حوزه پارلمانی», «موج گرما», «میزان بارش»): alone they
#: name the agency only when nothing else in the span does
_AMBIGUOUS = frozenset(tokens("حوزه موج میزان انتخاب رسا"))
_MONTH_NEXT = re.compile(r"^\s*(?:ماه\s*)?\d")


def find_agency(text: str) -> str | None:
    """The first agency named in ``text`` (a word sequence of the agency table).

    >>> find_agency("خبرگزاری دانشجویان ایران (ایسنا)")
    'ایسنا'
    >>> find_agency("۲۸ مهر ۱۳۸۷") is None
    True
    >>> find_agency("حوزه پارلمانی خبرگزاری فارس")
    'فارس'
    >>> agency_mentioned("او در گفت‌وگو با ایسنا گفت")
    'ایسنا'
    """
    table, longest = agencies()
    t = fold(text).replace('"', " ").replace("«", " ").replace("»", " ")
    words = re.findall(r"\w+", t.replace("\u200c", ""))
    toks = tokens(" ".join(words))
    weak = None
    for i in range(len(toks)):
        for n in range(min(longest, len(toks) - i), 0, -1):
            name = table.get(tuple(toks[i:i + n]))
            if name is None:
                continue
            if n == 1 and toks[i] in _AMBIGUOUS:
                weak = weak or name
                continue
            if name == "مهر" and n == 1:
                # the month: a number before it («۲۸ مهر») or after it («مهر ۱۴۰۲», «مهر ماه»)
                before = toks[i - 1] if i else ""
                after = toks[i + 1] if i + 1 < len(toks) else ""
                if before.isdigit() or after.isdigit() or after == "ماه":
                    continue
            return name
    return weak


def agency_from_dateline(text: str) -> str | None:
    """Agency of a paragraph's dateline «به گزارش X (به نقل از Y)»: Y when Y is an agency, else X."""
    text = text[:600]
    if "&" in text:
        text = html.unescape(text)
    m = DATELINE.search(fold(text))
    if not m:
        return None
    rest = m.group("rest")
    q = _QUOTED_ORIGIN.search(rest)
    if q:
        origin = find_agency(rest[q.end():])
        if origin:
            return origin
        rest = rest[: q.start()]
    return find_agency(rest)


def agency_from_credit(line: str) -> str | None:
    """Agency of a credit line «منبع: X»."""
    m = _CREDIT.match(fold(line))
    return find_agency(m.group("x")) if m else None


def agency_mentioned(text: str) -> str | None:
    """An agency named after a reporting word («در گفتگو با خبرنگار فارس») or told something
    («… به ایسنا گفت», «… که نسخه‌ای از آن به ایسنا رسیده»), the weakest evidence.

    >>> agency_mentioned('او به "ورزش سه" گفت که داور خوبی است')
    'ورزش سه'
    """
    t = fold(text[:800])
    for m in _REPORTER.finditer(t):
        name = find_agency(m.group("rest")[:40])
        if name:
            return name
    for m in _TOLD.finditer(t):
        name = find_agency(m.group("x"))
        if name:
            return name
    return None


def has_dateline(text: str, within: int = 160) -> bool:
    """Whether a paragraph opens (within its first ``within`` characters) with «به گزارش …»."""
    m = DATELINE.search(fold(text[: within + 40]))
    return bool(m) and m.start() <= within
