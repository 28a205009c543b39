"""Offline language identification for Persian pages: Persian against the languages that share its
script (Arabic, Urdu, Pashto, Central Kurdish, South Azerbaijani), English, and mixed pages.

It works on *normalized* text (after :mod:`palayesh.normalize`), where ي/ك/ة/ە/ې/ہ already became
Persian letters, so generic models that lean on those letters lose Arabic there (see
``bench/bench_filters.py``). What survives normalization and tells the languages apart is:

- letters that only one of the languages uses (rows of :data:`LETTER_MARKS`);
- function words: the Persian ones are the most frequent stopwords of ``data/stopwords-fa.tsv``
  (hazm + shekar lists ranked on news prose), the others are the short hand-written lists below;
- Persian morphology: the verb prefixes «می‌»/«نمی‌» and the plural «‌ها»/«‌های» joined with ZWNJ;
- Arabic morphology: the article «ال» on content words.

Each token votes at most once. ``identify(text)`` returns ``(lang, score)`` where ``score`` is the
winner's share of all the language evidence on the page (1.0 = every marked token is the winner's).
Codes: ISO 639-1 where one exists (``fa ar ur ps en``), else ISO 639-3 (``ckb azb``); ``mixed`` for a
page whose Arabic-script and Latin-script parts are both large; ``und`` when there is too little text.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import is_

from . import charclass

#: letters that (after normalization) mark one language; a token with one of them votes for it
LETTER_MARKS: dict[str, str] = {
    "ur": "ےںٹڈڑھۃ۔",       # Urdu: bari ye, noon ghunna, retroflexes, do-chashmi he, Urdu full stop
    "ps": "ټډړږښګڼځڅۍې",   # Pashto: retroflexes, ښ/ږ, ګ with ring, ځ/څ, ۍ, ې (before normalization)
    "ckb": "ێڕڵڤە",         # Sorani: ێ, ڕ, ڵ, ڤ, ە (before normalization); ۆ is shared with azb
    "azb": "ؤۇؽۆ",          # South Azerbaijani: ؤ/ۆ for ö/ü, ۇ, ؽ (Sorani ۆ words also carry ێ/ڕ/ڵ)
    "ar": "ةىٱ",            # Arabic: ta marbuta, alef maksura, alef wasla (if they survive normalization)
}

#: function words, in normalized spelling (ی, ک, ه), that are frequent in one language and rare in Persian
FUNCTION_WORDS: dict[str, frozenset] = {
    # Arabic: prepositions, relatives, demonstratives, particles, common verbs of report
    "ar": frozenset("فی إلی الی علیه علیها علیهم عن التی الذی الذین اللذین هذا هذه ذلک تلک هؤلاء کان کانت "
                    "قد لم لن إن أن إنه أنه ثم إذا إذ لقد لکن منذ حتی عند أو أی هو هی هم هما نحن أنت "
                    "یا اللهم وهو وهی وقد وقال وکان ولا وما ومن وفی وإن وأن بعد قال قالوا یکون لیس "
                    "کل بین فیه فیها منه منها به بها لهم لها له علیک إلیک عنه".split()),
    # Urdu (normalized: ہ -> ه): postpositions, copula, light verbs
    "ur": frozenset("کے کی میں هے هیں نے سے کو اور یه وه پر تھا تھی تھے گیا گئے گا گی رها رهے کیا "
                    "ساتھ لیے بھی جو جس کہ".split()),
    # Pashto (normalized: ې -> ی): particles and postpositions
    "ps": frozenset("د په چی ته له سره کی دی شوی وو یی هم کړی کوی ولی دغه هغه پر څخه".split()),
    # Central Kurdish (normalized: ە -> ه): prepositions and pronouns
    "ckb": frozenset("بۆ ئهم ئهو لهگهڵ کهوا ههروهها ههیه نییه دهبێت".split()),
    # South Azerbaijani: pronouns, postpositions and frequent verbs / adverbs
    "azb": frozenset("بیر بو اۆچون اوچون ایله ده دا ایدی اولان اولوب اولور چوخ داها ائله ایندی دئدی "
                     "دئییر منیم سنین بیزیم اونون اونلار گؤره کیمی ده‌دیر دیر".split()),
    # English
    "en": frozenset("the of and to in is that for it with as was on be by are this at from or have an "
                    "not but his they which you has we all their been more will one".split()),
}

#: how many of the most frequent Persian stopwords vote for Persian (the rest are also content words)
N_FA_MARKERS = 120
#: words as common in Persian as in Arabic: evidence for neither
_SHARED_FA_AR = frozenset("و من ما بر بعد به هم لا علی حال پس نظر صورت اول بین عند کل".split())

_TOKEN = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*")
# runs of letters: the length of the runs counts the letters, far cheaper than one match per letter
_LATIN = re.compile(charclass.PATTERNS["latin"] + "+")
_ARABIC_SCRIPT = re.compile(charclass.PATTERNS["arabic_script"] + "+")
_AZB_SUFFIX = ("\u200cدیر", "\u200cدیلر", "\u200cدور")
_FA_LETTERS = frozenset("پچژگ")
_FA_PREFIX = ("می\u200c", "نمی\u200c")
_FA_SUFFIX = ("\u200cها", "\u200cهای", "\u200cهایی", "\u200cای", "\u200cاند", "\u200cام", "\u200cاست")

#: pseudo-count of Persian evidence: palayesh reads Persian sites, so a tie or a lone Arabic-looking
#: word in a short Persian headline stays Persian; a real Arabic text outvotes it at once
FA_PRIOR = 1.0
#: minimum number of letters for a decision (below: ``und``)
MIN_LETTERS = 20
#: a page is ``mixed`` when the smaller of its Arabic-script and Latin-script parts is at least this share
MIXED_SHARE = 0.3


@lru_cache(maxsize=1)
def stopwords_fa() -> dict[str, float]:
    """Persian stopwords with their frequency per million tokens of news prose.

    >>> "است" in stopwords_fa()
    True
    """
    out = {}
    text = resources.files("palayesh.data").joinpath("stopwords-fa.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            w, _, f = line.partition("\t")
            out[w] = float(f or 0)
    return out


@lru_cache(maxsize=1)
def fa_markers() -> frozenset:
    words = [w for w in stopwords_fa() if w not in _SHARED_FA_AR and w not in FUNCTION_WORDS["ar"]]
    return frozenset(words[:N_FA_MARKERS])


@lru_cache(maxsize=1)
def _word_votes() -> dict[str, str]:
    votes: dict[str, str] = {}
    ambiguous = set()
    for lang, words in [("fa", fa_markers()), *FUNCTION_WORDS.items()]:
        for w in words:
            if votes.setdefault(w, lang) != lang:
                ambiguous.add(w)  # e.g. «به», «دو»: a word two languages use often tells nothing
    for w in ambiguous | _SHARED_FA_AR:
        votes.pop(w, None)
    return votes


_LETTER_VOTE = {ch: lang for lang, chars in LETTER_MARKS.items() for ch in chars}


def _vote(tok: str, votes: dict) -> str | None:
    for ch in tok:
        lang = _LETTER_VOTE.get(ch)
        if lang:
            return lang
    lang = votes.get(tok) or votes.get(tok.lower())
    if lang:
        return lang
    if tok.endswith(_AZB_SUFFIX):
        return "azb"  # the Turkic copula -dir written apart with ZWNJ («تورکجه‌دیر»); Persian never does
    if tok.startswith(_FA_PREFIX) or tok.endswith(_FA_SUFFIX):
        return "fa"
    if any(ch in _FA_LETTERS for ch in tok):
        return "fa"  # پ چ ژ گ: not Arabic; the other languages that use them have stronger marks above
    if len(tok) >= 5 and tok.startswith("ال"):
        return "ar"  # Arabic article on a content word; Persian rarely starts long words with ال
    return None


#: each white-space word's votes, remembered across documents (news vocabulary repeats): the vote
#: of a word of letters only (one token, itself: see :func:`tokens`), None for none, or the tuple of
#: the votes of its tokens (a word with punctuation or digits, «ایران،» or «x_y»); up to this many words
_VOTE_CACHE: dict[str, str | tuple[str, ...] | None] = {}
_VOTE_CACHE_SIZE = 500_000
_MISSING = "\0"  # not in the cache (no language is called that; None is a cached "no vote")


def tokens(text: str) -> list[str]:
    """The tokens :data:`_TOKEN` finds in ``text``, cut at white space first: a word of letters
    only, most of them, is a token as it stands (``str.isalpha`` is Unicode's L, all of which
    ``[^\\W\\d_]`` takes; a token never holds white space), by a test in C; the regex reads only
    the others. A third cheaper than the regex over the whole text on Persian prose.

    >>> tokens("می‌شود، کتاب۱۲ و x_y ²")
    ['می\u200cشود', 'کتاب', 'و', 'x', 'y', '²']
    """
    out: list[str] = []
    find = _TOKEN.findall
    for w in text.split():
        if w.isalpha():
            out.append(w)
        else:
            out += find(w)
    return out


def _word_vote(word: str, votes: dict) -> str | tuple[str, ...] | None:
    """The votes of the tokens of one white-space word (:data:`_VOTE_CACHE`'s entry)."""
    if word.isalpha():
        return _vote(word, votes)
    langs = tuple(lang for lang in (_vote(t, votes) for t in _TOKEN.findall(word)) if lang)
    return langs[0] if len(langs) == 1 else langs or None


def evidence(text: str) -> dict[str, int]:
    """Number of tokens (:func:`tokens`) that vote for each language, in the order the text first
    shows each.

    >>> evidence("این کتاب را دیروز خریدم و می‌خوانم")["fa"]
    3
    """
    cache = _VOTE_CACHE
    words = charclass.words(text)
    # each word's votes, cached across documents: looked up and counted in C (map, Counter), only
    # the words never seen before are voted on in Python; a word's tokens are counted through its
    # entry (a word whose tokens vote twice, twice), the languages in the order of the tokens
    found: list = list(map(cache.get, words, repeat(_MISSING)))
    if _MISSING in found:
        votes = _word_votes()
        for i in compress(range(len(found)), map(is_, found, repeat(_MISSING))):
            word = words[i]
            got = cache.get(word, _MISSING)  # (an earlier word of this text)
            if got is _MISSING:
                got = _word_vote(word, votes)
                if len(cache) < _VOTE_CACHE_SIZE:
                    cache[word] = got
            found[i] = got
    out: dict[str, int] = {}
    for got, n in Counter(found).items():
        if got is None:
            continue
        for lang in (got,) if type(got) is str else got:
            out[lang] = out.get(lang, 0) + n
    return out


def identify(text: str) -> tuple[str, float]:
    """Language of ``text`` and the confidence of that call.

    >>> identify("به گزارش خبرگزاری مهر، نشست شورای شهر امروز برگزار شد و اعضا درباره بودجه گفتگو کردند.")[0]
    'fa'
    >>> identify("قال المتحدث باسم الحکومه إن المفاوضات ستستأنف فی الأسبوع المقبل")[0]
    'ar'
    """
    sample = text if len(text) <= 20000 else text[:10000] + "\n" + text[-10000:]
    by_class = charclass.profile(sample)
    if by_class is not None:
        arabic, latin = by_class.arabic_script, by_class.latin
    else:  # (a character beyond the BMP: the regexes count)
        arabic = sum(map(len, _ARABIC_SCRIPT.findall(sample)))
        latin = sum(map(len, _LATIN.findall(sample)))
    if arabic + latin < MIN_LETTERS:
        return "und", 0.0
    latin_share = latin / (arabic + latin)
    if MIXED_SHARE <= latin_share <= 1 - MIXED_SHARE:
        return "mixed", round(1 - abs(0.5 - latin_share), 4)
    ev = evidence(sample)
    if latin_share > 1 - MIXED_SHARE:
        en = ev.get("en", 0)
        return ("en", round(min(1.0, latin_share), 4)) if en else ("und", 0.0)
    ev.pop("en", None)
    if not ev:
        return "und", 0.0
    score: dict[str, float] = {**ev, "fa": ev.get("fa", 0) + FA_PRIOR}
    total = sum(score.values())
    lang = max(score, key=score.__getitem__)
    return lang, round(score[lang] / total, 4)
