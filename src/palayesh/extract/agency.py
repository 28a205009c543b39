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

from ..news import DATELINE
from .dates import fold
from .lexicon import agencies, tokens

_QUOTED_ORIGIN = re.compile(r"به\s*نقل\s*از")
# «منبع: X», «منبع خبر: X», «به نقل از X», «برگرفته از: X», «مأخذ: X», «Source: X» (the label is
# one of the ways a page says where a story came from; a colon or dash may follow it)
_CREDIT = re.compile(r"^\s*[(\[]?\s*(?:منبع\s*(?:خبر|اصلی|مطلب)?|منابع|ماخذ|ماًخذ|مأخذ|به\s*نقل\s*از|نقل\s*از"
                     r"|برگرفته\s*از|اقتباس\s*از|بازنشر\s*از|source|via)\s*[:：\-–—]?\s*(?P<x>.+)$", re.I)
#: words that may stand beside an agency's name on a bare credit line («خبرگزاری ایسنا»)
_BARE_EXTRA = frozenset(tokens("خبرگزاری سایت وبسایت وب پایگاه خبری"))
# «خبرنگار فارس», «خبرگزاری مهر», «گزارش ایسنا»: an agency named after a reporting word
# «در گفت‌وگو با ایسنا», «در مصاحبه با تسنیم» too
_REPORTER = re.compile(r"(?:خبرنگار|خبرگزاری|گزارش|نقل\s*از|گفت\s*و?\s*گو(?:ی)?\s*با|مصاحبه(?:\s*ای)?\s*با)"
                       r"\s*(?P<rest>[^،,:;.؛\n]{0,60})")
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
    """Agency of a paragraph's dateline «به گزارش X (به نقل از Y)»: X when X is an agency (the agency
    that reports, citing another), else Y (a republishing site citing the agency).

    >>> agency_from_dateline('به گزارش "ورزش سه" و به نقل از ایرنا، تیم ملی ...')
    'ورزش سه'
    """
    text = text[:600]
    if "&" in text:
        text = html.unescape(text)
    m = DATELINE.search(fold(text))
    if not m:
        return None
    rest = m.group("rest")
    q = _QUOTED_ORIGIN.search(rest)
    if q:
        return find_agency(rest[: q.start()]) or find_agency(rest[q.end():])
    return find_agency(rest)


def agency_from_credit(line: str, *, bare: bool = False) -> str | None:
    """Agency of a credit line «منبع: X», «به نقل از X», «برگرفته از: X»; with ``bare``, also of a
    line that is nothing but an agency's name («خبرگزاری تسنیم», «ایسنا»), as pages write their
    credit right under the story.

    >>> agency_from_credit("به نقل از خبرگزاری تسنیم"), agency_from_credit("(منبع خبر: ایرنا)")
    ('تسنیم', 'ایرنا')
    >>> agency_from_credit("خبرگزاری ایسنا", bare=True), agency_from_credit("گزارش ایسنا از بازار", bare=True)
    ('ایسنا', None)
    """
    f = fold(line).lstrip()  # «^\s*[(]?\s*» over a long run of spaces would try every split of it
    m = _CREDIT.match(f)
    if m:
        return find_agency(m.group("x")[:80])
    if bare and len(f) <= 60:
        words = tokens(f)
        name = find_agency(f) if 1 <= len(words) <= 5 else None
        if name:
            named = set(tokens(name))
            table, _ = agencies()
            named |= {t for k, v in table.items() if v == name for t in k}
            if all(w in named or w in _BARE_EXTRA for w in words):
                return name
    return None


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
    return m is not None and m.start() <= within


def agency_of_story(lead: str | None, paragraphs: list[str]) -> str | None:
    """The agency a story names, when no credit line did: the dateline of the lead or of one of
    the first two paragraphs, else an agency told or quoted in the first paragraph, else the
    dateline of the third paragraph (after an intro sentence and a one-line summary).

    >>> agency_of_story(None, ["متن کامل را بخوانید.", "خلاصه در یک جمله.", "به گزارش ایسنا، ..."])
    'ایسنا'
    """
    for t in ([lead] if lead else []) + paragraphs[:2]:
        a = agency_from_dateline(t)
        if a:
            return a
    a = agency_mentioned(paragraphs[0]) if paragraphs else None
    return a or (agency_from_dateline(paragraphs[2]) if len(paragraphs) > 2 else None)

