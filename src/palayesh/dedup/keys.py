"""What dedup compares: the exact key, word tokens and shingles, and which copy to keep.

These are *keys* (STYLE.md: kept apart from the text we write out): letters folded (ي/ی, ك/ک,
ة/ه, أ/ا …), digits in one script, ZWNJ/space/nothing between the parts of a word all equal.

>>> exact_key("مي‌رود به خانه‌ها ۱۲") == exact_key("میرود به خانه ها 12")
True
>>> words("نمی‌خواهند کتاب‌های تازه")
['نمیخواهند', 'کتابهای', 'تازه']
>>> words("نمی خواهند کتاب های تازه")
['نمیخواهند', 'کتابهای', 'تازه']
"""
from __future__ import annotations

import re

import regex

from ..news import DATELINE
from ..textkeys import alnum_key, fold, line_key

# a word: letters and digits, once the marks inside a word are gone (ZWNJ, tatweel, diacritics:
# removing them joins the parts of one word, «کتاب‌ها» -> «کتابها»)
_WORD = regex.compile(r"[\p{L}\p{Nd}]+")
_DROP = regex.compile(r"[\u200c\u0640\p{Mn}]+")

# Parts of a word that the web writes with ZWNJ, a space or nothing («می‌رود», «می رود», «میرود»).
# A key joins them to their word, so the three spellings give the same token.
PREFIXES = {
    "می": "continuous/present verb prefix «می‌رود»",
    "نمی": "negated continuous prefix «نمی‌رود»",
}
SUFFIXES = {
    "ها": "plural «کتاب‌ها»",
    "های": "plural + ezafe «کتاب‌های»",
    "هایی": "plural + indefinite «کتاب‌هایی»",
    "هایش": "plural + his/her «کتاب‌هایش»",
    "تر": "comparative «بزرگ‌تر»",
    "ترین": "superlative «بزرگ‌ترین»",
    "ای": "indefinite/ezafe after ه «خانه‌ای»",
    "اند": "perfect 3pl «رفته‌اند»",
    "ایم": "perfect 1pl «رفته‌ایم»",
}
# not joined: «است» («رفته است» is two words however it is written)
_AFFIXES = frozenset(PREFIXES) | frozenset(SUFFIXES)


def words(text: str) -> list[str]:
    """Word tokens of ``text`` for shingling: folded, ZWNJ/tatweel/diacritics dropped, and
    split-off prefixes and suffixes joined back (so ZWNJ, space or nothing give one token)."""
    return words_of_folded(fold(text))


def words_of_folded(folded: str) -> list[str]:
    """:func:`words` of a text already passed through :func:`fold`."""
    # (by white space first: a word of letters only, most of them, is a token as it stands, by
    # str.isalpha in C, which is Unicode's L as the regex's \p{L} is (tests/test_textkeys.py); the
    # regexes take only the others, twice as fast on Persian prose as over the whole text)
    toks: list[str] = []
    for w in folded.replace("\u200c", "").replace("\u0640", "").split():
        if w.isalpha():
            toks.append(w)
        else:
            toks += _WORD.findall(_DROP.sub("", w))
    if _AFFIXES.isdisjoint(toks):  # (most texts, once normalized: nothing to join)
        return toks
    out: list[str] = []
    join_next = False
    for w in toks:
        if join_next and out:
            out[-1] += w
            join_next = False
            continue
        if w in SUFFIXES and out:
            out[-1] += w
        elif w in PREFIXES:
            out.append(w)
            join_next = True
        else:
            out.append(w)
            join_next = False
    return out


def exact_key(text: str) -> str:
    """The body's exact-dedup key: letters and digits only, folded (:func:`palayesh.textkeys.line_key`)."""
    return line_key(text or "")


def exact_key_of_folded(folded: str) -> str:
    """:func:`exact_key` of a text already passed through :func:`fold` (line_key's own steps)."""
    return alnum_key(folded)


# -- which copy to keep ----------------------------------------------------------------------------

# the mark of a copy «به نقل از» (quoted from), in the dateline (palayesh.news.DATELINE)
_QUOTED = re.compile(r"به\s*نقل\s*از|بنقل\s*از|به\s*نقل")


def _host_agency(host: str | None) -> str | None:
    if not host:
        return None
    from ..extract.lexicon import agency_hosts  # the agencies table of palayesh/data/agencies.tsv

    hosts = agency_hosts()
    host = host.lower().rstrip(".")
    while host:
        if host in hosts:
            return hosts[host]
        _, _, host = host.partition(".")
    return None


def own_copy(doc: dict) -> int:
    """How surely ``doc`` is the agency's own copy: 2 = on the agency's host, 1 = its dateline
    credits the agency without «به نقل از» («به گزارش خبرنگار فارس»), 0 = a republication.

    >>> own_copy({"agency": "فارس", "host": "www.farsnews.ir", "text": ""})
    2
    >>> own_copy({"agency": "فارس", "host": "x.ir", "text": "به گزارش خبرنگار اقتصادی خبرگزاری فارس، نرخ ..."})
    1
    >>> own_copy({"agency": "فارس", "host": "x.ir", "text": "به گزارش پیام به نقل از فارس، نرخ ..."})
    0
    """
    agency = doc.get("agency")
    if not agency:
        return 0
    if _host_agency(doc.get("host")) == agency:
        return 2
    m = DATELINE.search((doc.get("text") or "")[:400])
    if m and not _QUOTED.search(m.group("rest")):
        name = line_key(agency)
        if name and name in line_key(m.group("rest")):
            return 1
    return 0


def day_number(published: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO date or date-time, or None."""
    if not published:
        return None
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(str(published)[:10]).toordinal() - 719163
    except ValueError:
        return None
