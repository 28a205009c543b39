"""Restoring lost half-spaces (ZWNJ, U+200C) in Persian text.

Three damages, one pass per line:

- glued (deleted ZWNJ): «برنامههای» -> «برنامه‌های», «میروند» -> «می‌روند»
- spaced (ZWNJ typed as a space): «اقدام های» -> «اقدام‌های», «بین المللی» -> «بین‌المللی»
- mixed: both in one text, next to correct half-spaces, which are left alone.

Each space-separated chunk is restored by lexicon (how the news corpus and the hazm/shekar lists
spell the word), then by morphology for unseen words (:mod:`.morph`); each pair of neighbouring
words is then joined when the lexicon knows the pair as one word or an affix rule says so.
Where the rules are not sure, the learned gap model (:mod:`.gapmodel`) decides (see ``_decide``).
Results are memoized per chunk and per pair: running text repeats its words.
"""
from __future__ import annotations

import re
import threading
import zlib
from collections import Counter
from itertools import compress, islice, repeat
from operator import and_, is_, itemgetter

from . import gapmodel as _gapmodel, resources as _resources
from .convention import PREFIX, DocConvention, apart_families, family
from .gapmodel import (
    AMBIGUOUS,
    GLUED,
    HABIT_AFFIXES,
    MIN_OPEN_ZWNJ,
    SPACED,
    GapModel,
    StaticMargins,
    ambiguous_features,
    context_features,
    doc_features,
    habit_log,
    static_features,
    written_apart,
)
from .morph import (
    COMPARATIVE_INDEFINITE,
    EZAFE_AFTER_H,
    FUNCTION_WORDS,
    HEAD_ENDINGS,
    HEAD_ENDINGS_G,
    LOOSE_AFTER_YE,
    NON_JOINING,
    PLURAL_SUFFIXES,
    VERB_PREFIXES,
    VERBAL_AFTER_PARTICIPLE,
    ZWNJ,
    Morphology,
    glue,
)
from .resources import ZwnjResources

#: the plural's affix family (:data:`.convention.FAMILY`)
PLURAL_FAMILY = family("ها")

#: Arabic-script letters (the ones a ZWNJ may stand between)
LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
#: could ``chunk`` glue a plural or a comparative (every suffix of their families starts with «ها» or
#: «تر»: see :data:`.convention.FAMILY`) somewhere not after a ZWNJ? (:meth:`ZwnjRestorer.observed`)
_MAY_GLUE_FAMILY = re.compile("(?<!\u200c)(?:ها|تر)").search
_LETTER_SET = frozenset(
    chr(c) for c in list(range(0x0621, 0x063B)) + list(range(0x0641, 0x064B)) + list(range(0x066E, 0x06D4))
    + [0x06D5] + list(range(0x06FA, 0x0700))
)
WORD_RE = re.compile(f"[{LETTERS}]+(?:\u200c[{LETTERS}]+)*")
#: the maximal runs of letters of a string (:meth:`ZwnjRestorer._insertions`)
_LETTER_RUN = re.compile(f"[{LETTERS}]+").finditer
#: the first character of a string that is not in :data:`_LETTER_SET` (None: letters only): one
#: scan in C, where ``_LETTER_SET.issuperset(chunk)`` first built a set of the chunk's characters
#: (4x slower on a word)
_NON_LETTER = re.compile(f"[^{LETTERS}]").search
#: a glued «…های» after a non-joining letter at a word's end («زوارهای»، «زوارهای،»): it shows no ZWNJ,
#: yet reads as «…ه‌ای» too (:meth:`ZwnjRestorer._alternative`)
_PLURAL_AFTER_NON_JOINING = re.compile(f"[{''.join(sorted(NON_JOINING))}]های(?![{LETTERS}\u200c])").search

#: glued affix splits («برنامههای» -> «برنامه‌های») stay with the rules, not the model: the two
#: conventions of the treebanks disagree there (UPDT glues «ارزشها» as often as it writes «ارزش‌ها»,
#: PerDT and the news write the ZWNJ) and nothing in a line that lost its ZWNJs tells them apart
RULE_AFFIXES = True
#: ... except, in a line that lost its ZWNJs (no ZWNJ, no spaced affix), a plural «ها…» or a «تر…» glued
#: at a joining letter (``gapmodel.HABIT_AFFIXES``): the model decides those, overruling the rules' split
#: by ``HABIT_MARGIN``. It reads the word itself, its stem's end and how the news writes the word
#: (``gapmodel.habit_feature``: «سالها» glued about as often as «سال‌ها», «کتاب‌ها» mostly with a ZWNJ)
#: (margins 0.75 and 1.5 on the updt folds, deleted: .9232 and .9226; the careful news .9764 both)
MODEL_GLUED_AFFIXES = True
HABIT_MARGIN = 0.75
#: ... and only in a word the news glues itself at least 2**HABIT_MIN_LOG times as often as it writes the
#: ZWNJ (``gapmodel.habit_log``): UPDT's habits alone («ارزشها») are not the news' or PerDT's («ارزش‌ها»)
HABIT_MIN_LOG = 1.0
#: glued compounds in a line with no sign of its writer (no ZWNJ, no spaced affix: text that lost its
#: ZWNJs) are the model's («نگهداری», «هیچگاه» stay glued, «دعوتنامه» -> «دعوت‌نامه»): the lexicon
#: splits by the news' majority, the model also reads the word's own weight and UPDT's spelling
RULE_GLUED_COMPOUNDS = False
#: ... but it overrules the lexicon there only by this margin (log-odds): 0, 1, 1.5, 2 compared on the
#: updt-train folds (deleted F1 .9032 .9030 .9029 .9027; the rules alone .8977) and the careful news
#: paragraphs (.9751 .9756 .9759 .9756; the rules alone .9762): the news, written as PerDT is, splits
#: more compounds than UPDT; at 1.5 the word lists' «گران‌بهای» also stays (UPDT glues «گران…»)
GLUED_COMPOUND_MARGIN = 1.5
#: in a line whose writer the rules trust (it has ZWNJs and no slip) the model may veto a half-space
#: the rules add, never add one: damage to correct text costs more than a missed repair (margins of
#: 0, 2, 4, 8 compared on the updt-train folds and the news paragraphs: the higher, the less clean
#: text is damaged, for 0.4 points of spaced F1 on the folds)
MODEL_ADDS_IN_TRUSTED_LINES = False
#: a spaced bound head («شرکت کننده», «تصمیم گیری») is joined by the rules, not the model (the model
#: deciding them: updt folds spaced F1 .9437 -> .9436, deleted .9035 -> .9037: no gain)
RULE_BOUND_HEADS_SPACED = True
#: a glued bound head («دینداری», «تصمیمگیری») is split by the rules in a line with ZWNJs (trusted or
#: mixed), and decided by the model, like the other glued compounds (``GLUED_COMPOUND_MARGIN``), in a line
#: that lost its ZWNJs (s26). Why: the news writes «…داری», «…سازی», «…گذاری» glued about as often as with
#: a ZWNJ and UPDT mostly glues them; the model reads the word's own spellings. Updt folds deleted F1
#: .9035 -> .9051, spaced .9437 -> .9440, mixed .8990 -> .8993; careful news deleted .9755 -> .9766
#: (zwnj-dev, reported only: deleted .9447 -> .9443, 4 gaps of recall). The model in mixed lines too:
#: folds mixed .9004, deleted .9049, but the careful news no better and zwnj-dev mixed recall lower
RULE_BOUND_HEADS_GLUED = False
#: ... and to keep a bound head glued where the rules split it, it needs this much more margin than
#: ``GLUED_COMPOUND_MARGIN`` (0, 1.5, 3 compared: folds deleted .9051 .9047 .9041, news .9766 .9765 .9761)
BOUND_HEAD_MARGIN = 0.0

#: in a line without ZWNJs and without a spaced affix, the model decides its spaced pairs too (the rules
#: join only their lexicon's there): «رئیس جمهوری» in a line whose every half-space was typed as a space
#: has nothing else to tell of its writer. It may veto the rules' lexicon joins there, not their
#: participles («پرواز ساقط‌شده ۹۹۰»). A line with an unmistakably glued affix («برنامههای», «میروند»:
#: sign 2) is a writer who lost ZWNJs, whose spaces are real: the rules alone decide there (the model
#: joined too many)
MODEL_IN_UNSIGNED_LINES = True
#: ... and in a line whose only sign is a glued affix at a joining letter (sign 1: «آدمها», a habit of
#: Seraji's writers as much as a loss), a join the rules do not propose needs this much more margin
#: (2 and 4 compared on the updt-train folds and the news paragraphs: 4 costs the glued text nothing)
G1_MARGIN = 4.0

#: personal endings that open a spaced pair to the model after a content word not ending in ه/ی, where
#: no rule joins them («مردم اند», «درون شان», «بودن شان»; UPDT writes them with a ZWNJ: 9 of 10 such
#: pairs of the folds), and only in a line with a spaced affix (a writer who types spaces for ZWNJs):
#: elsewhere «شان» is a noun too («حفظ شان و منزلت»). s26, averaged fits (``BAGS``): updt folds spaced
#: .9432 -> .9441, deleted .9054 -> .9055, clean .00061, mixed .8993; careful news spaced .9349 -> .9362.
#: «ام», «ات», «اش», «ای» are left out: mostly words of their own there (UPDT: «ام» 0 of 5)
CLITICS = frozenset(("شان", "مان", "تان", "اند", "ایم", "اید"))
OPEN_CLITICS = True
#: ... and a pair whose glued skeleton the lexicon spells with a ZWNJ between the two («به ناحق»): no
#: (folds spaced .9449 -> .9440: 25 gold joins among 1,582 such pairs)
OPEN_FORMS = False

#: a glued affix that the document glues on purpose (:mod:`.convention`, Seraji's plurals: «آدمها» in a
#: document that types «می شود») is the writer's habit, no sign of ZWNJs lost from its line: the line is
#: judged by its other chunks (without it, a line of spaced compounds with one such plural was read as
#: text that lost its ZWNJs, and its compounds stayed apart)
HABITS_UNSIGNED = True

#: the model's threshold for a glued gap lies this much above its threshold for a spaced pair: the fit's
#: log loss is not the F1 of the splits, and the glued kind splits too many compounds (shifts of the glued
#: gaps' threshold 0, 0.4, 0.8 on the updt-train folds: deleted .9061 .9069 .9072, spaced .9465 .9469
#: .9470, clean .00061 .00060 .00060, mixed .8997 .9003 .9004; careful news deleted .9765 .9770 .9766,
#: spaced .9372 unchanged). The spaced pairs' threshold stays: lowered by 0.2 (spaced .9479 on the folds)
#: the careful news lose as much (.9372 -> .9359), written as PerDT is
GLUED_THRESHOLD = 0.4

#: a spaced pair no rule proposes that the news writes apart (``gapmodel.written_apart``) is open to the
#: model only in a document that glues its plurals on purpose: Seraji's writers join «به‌شدت», «به‌زودی»,
#: PerDT's and the news's write them apart. The plurals as restoration leaves them tell
#: (:meth:`.convention.DocConvention.keeps_glued`), not :meth:`~.convention.DocConvention.glues`, which also
#: asks that «می» was not glued: restoration types «میشود» as «می‌شود», so a second pass opened the pairs
#: the first had kept apart (s73: one news line of 14,198 in mixed text, «به زودی» -> «به‌زودی»)
APART_PAIRS_BY_HABIT = True

#: restoration modes of glued words, by what the line tells of its writer
FULL, AFFIX, TRUSTED, SEEN = 0, 1, 2, 3

#: slots of a chunk's memo tuple: its text restored in each mode, its first and last word (for
#: pairs), how surely it shows a writer who glues, whether its first/last word can join at all, its
#: second reading, the bits of its ends (see :func:`_end_bits`), whether restoration changes it, whether
#: its full restoration inserts a ZWNJ the model may decide (:meth:`ZwnjRestorer._open_split`)
S_FULL, S_AFFIX, S_HEAD, S_TAIL, S_SIGN, S_TRUSTED, S_RIGHT, S_LEFT, S_SEEN, S_KIND, S_ALT, S_LBITS, S_RBITS, \
    S_CHANGED, S_OPEN = range(15)
_LBITS, _RBITS, _CHANGED = itemgetter(S_LBITS), itemgetter(S_RBITS), itemgetter(S_CHANGED)
#: the stand-in memo tuple of a chunk :meth:`ZwnjRestorer.observed` does not analyse: unchanged
_UNSEEN = (None,) * S_CHANGED + (False, False)

#: the shortest part of a glued word split at a known pair (:meth:`ZwnjRestorer._pair_split`): «به»,
#: «هم», «پی»; a one-letter part is a stray letter of a name or a typo more often than a compound's
MIN_PAIR_PART = 2

#: «بن» (son of) between two names, glued in a text that lost its ZWNJs: :meth:`ZwnjRestorer._patronym`,
#: and the shortest name on either side of it
PATRONYM = "بن"
MIN_NAME = 3

#: the memoized pair code of a spaced pair no rule joins that the model knows (see ``_pair_memo``)
OPEN_PAIR = -1

#: the model reads the spaced pairs of a line without ZWNJs with its document's sign
#: (:meth:`.convention.DocConvention.sign`): "D" the document types spaces for its half-spaces, "N" it
#: does not; as a push one way only (``_doc_margin``), so that normalizing stays idempotent
DOC_SIGN = True
#: a line of a writer who types ZWNJs for «می» («می‌کند») but none for a plural, whose only glued words
#: are plurals at a joining letter («کمکهای»), keeps them glued, as Seraji's treebank writes
#: (:meth:`ZwnjRestorer._plural_habit`); a document's habit (:mod:`.convention`) needs lines, a sentence
#: alone has only its own
LINE_PLURAL_HABIT = True
#: ... when the line types at least this many affixes with a ZWNJ: one typed «می‌» beside a glued plural is
#: as often a ZWNJ typist's page that lost the plural's half-space (zwnj-dev's mixed floor), two show the habit
PLURAL_HABIT_MIN_TYPED = 2
#: what an explanation (``Normalizer.explain``) says of each document sign
DOC_SIGN_WHY = {"D": "; the document types spaces for half-spaces",
                "N": "; the document types no spaces for half-spaces"}
#: in a line without ZWNJs of a document whose sign is "N" (it types ZWNJs or glues, never a space for a
#: half-space), a space is the writer's: only affix rules up to this pair code join across it (1 a bound
#: affix or a verb prefix standing alone, 2 another affix rule); lexicon pairs, bound heads, participles,
#: acronyms spelled out and the model's pairs stay apart. None: off
DOC_KEEPS_SPACES: int | None = 2
#: ... and a document whose sign is "D" (it types spaces for its half-spaces) keeps the glued words of a
#: line without ZWNJs, as a line of spaced affixes alone does (``keep_glued``): spacing never glues, so
#: they are its writer's («مهمترین کتاب ها»). Only in a line a bound affix joins at a joining letter
#: («کتاب ها» -> «کتاب‌ها»): its output has a ZWNJ, which a second pass reads as a typist's (trusted)
#: line whatever the document's sign by then (restoring weakens "D"), so normalizing twice is once.
#: Not where a glued affix no careful writer leaves shows («میروند», «دانشگاههای»)
DOC_KEEPS_GLUED = True

#: affix families, as bits: a writer may leave one apart and glue another on purpose; K_LOOSE «مان»/«تان»
#: after a final ی (:data:`.morph.LOOSE_AFTER_YE`), which a writer who types spaces glues as often as not:
#: alone beside spaced affixes it is their own glued word, not a lost ZWNJ (``_spaced_writer``)
K_PREFIX, K_PLURAL, K_OTHER, K_LOOSE = 1, 2, 4, 8

#: memo sizes before they are emptied (a chunk is ~10 characters: ~10 MB at most)
MAX_MEMO = 400_000
MAX_MEMO_CHUNK = 64

#: letters of the longest run the morphology parses: Persian words stay under 25, and the parse of
#: a longer run (a page without spaces, 1 MB of letters) grows with its square
MAX_WORD = 48

#: how much the neighbours must speak (log-likelihood ratio x 100) to turn a glued «…های» read one
#: way into the other: «یک زمینهای» -> «زمینه‌ای», «زمینهای کشاورزی» -> «زمین‌های»; a coarse global
#: weight (the word's own reading, by frequency, stands for about this much)
MIN_CONTEXT_LLR = 200
#: the neighbour a number stands for in that table (``build_normalize_data.py`` learns it from the news
#: like a word): a number after «سالهای» is the plural's ezafe, «سال‌های ۱۹۸۷», where a line's edge or
#: punctuation («#») speaks for «ساله‌ای» (the two were one class: «کتاب سالهای 1987» -> «ساله‌ای»)
NUMBER = "0"
#: a glued «…های» that reads two ways is the model's (``gapmodel.ambiguous_features``: the neighbours as
#: words and classes, the stem, the news' counts), trained on updt-train: «حرفهای او» is «حرف‌های او»,
#: «کینهای تلخ» «کینه‌ای تلخ». The news' neighbour table alone (``MIN_CONTEXT_LLR``) knows 187 neighbours
#: and flips the lexicon's reading rarely
MODEL_AMBIGUOUS = True


def _edge(ch: str) -> str:
    """The neighbour class of a character that is no letter: :data:`NUMBER` for a digit, "#" otherwise."""
    return NUMBER if ch.isdigit() else "#"


#: the passive participle, an adjective when no verb follows: «نقشهٔ حساب‌شده»
PASSIVE_PARTICIPLE = "شده"

#: the ezafe written as a hamza over a final ه: «شدهٔ»
EZAFE = "\u0654"
#: the ezafe (or indefinite) written as a ی after a final ه: «خانه‌ی ما». A ی standing alone is no word:
#: after a word in ه it is this ending, typed with a space for its half-space («خانه ی ما»; the news
#: writes «ه‌ی» 123 times, «ه ی» 74 times, updt-train neither: it writes «هٔ»); glued, see :data:`.morph.EZAFE_AFTER_H`
EZAFE_YE = EZAFE_AFTER_H

#: an inflected second part this common on its own is a word of its own («نگران», «زندگی»)
MAX_INFLECTED_CLASS = 5


def inflections(stem: str):
    """Inflected spellings of a compound's second part, glued as a careful writer glues them."""
    if stem[-1] == "ه":
        for e in HEAD_ENDINGS_G:
            yield stem[:-1] + e
        for e in ("ها", "های", "هایی", "ای", "اند"):
            yield stem + "‌" + e
        return
    for e in HEAD_ENDINGS:
        if stem[-1] in "اآو" and e[0] in "ای" or stem[-1] == "ی" and e == "ی":
            continue  # (a glide ی comes between: «دانشجویان»; «…یی» is another spelling)
        yield stem + e


#: Latin letters as Persian spells them; an acronym spelled out is one word with half-spaces:
#: «بی بی سی» -> «بی‌بی‌سی», «سی ان ان» -> «سی‌ان‌ان»
LETTER_NAMES = ("ای", "بی", "سی", "دی", "اف", "جی", "اچ", "آی", "کی", "ال", "ام", "ان", "او", "پی", "کیو", "آر",
                "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "وای", "زد")
#: letter names that are common words too («او» he, «وی» he, «ای» O, «پی» trace, «کی» when, «دی» a month,
#: «زد» hit): a run needs at least two letter names that are not
WORDLIKE_LETTER_NAMES = frozenset(("ای", "او", "وی", "پی", "کی", "دی", "زد", "آی"))
_NAMES = "|".join(sorted(LETTER_NAMES, key=len, reverse=True))
#: (a run's middle name is a whole chunk: a line without joins and without such a chunk has no run)
_NAME_SET = frozenset(LETTER_NAMES)
LETTER_RUN_RE = re.compile(f"(?<![{LETTERS}\u200c])(?:{_NAMES})(?: (?:{_NAMES})){{2,}}(?![{LETTERS}\u200c])")
#: a glued word spelled wholly in letter names, three or more («افبیای», «دیانای»): see :func:`spelled_acronym`
GLUED_LETTERS_RE = re.compile(f"(?:{_NAMES}){{3,}}")


def spelled_acronym(s: str) -> str | None:
    """The glued word ``s`` read as an acronym spelled in letter names, with a ZWNJ between the names
    (as :data:`LETTER_RUN_RE` joins them when typed apart), or None: it must be letter names from end to
    end, three or more, one of them at least no common word (:data:`WORDLIKE_LETTER_NAMES`; glued, the
    names are no words of a sentence, as «او ای پی» apart may be), read in the fewest names. A text that
    lost its ZWNJs glues «اف‌بی‌ای» so; no stem or affix reads it (the caller asks only of a word the
    vocabulary does not know).

    >>> spelled_acronym("افبیای") == "اف\u200cبی\u200cای", spelled_acronym("دیانای") == "دی\u200cان\u200cای"
    (True, True)
    >>> spelled_acronym("ایران"), spelled_acronym("بیسی"), spelled_acronym("اویدی")
    (None, None, None)
    """
    if not GLUED_LETTERS_RE.fullmatch(s):
        return None
    # fewest names covering s (names are 2 to 5 letters): best[i] = names of the best reading of s[:i]
    best: list[list[str] | None] = [[]] + [None] * len(s)
    for i in range(1, len(s) + 1):
        for n in range(2, min(5, i) + 1):
            prev, cur = best[i - n], best[i]
            if prev is not None and s[i - n:i] in _NAME_SET and (cur is None or len(prev) + 1 < len(cur)):
                best[i] = prev + [s[i - n:i]]
    names = best[len(s)]
    if not names or len(names) < 3 or all(n in WORDLIKE_LETTER_NAMES for n in names):
        return None
    return ZWNJ.join(names)


def _word_at(full: str, lo: int, hi: int) -> str:
    """The word of ``full`` around the letters ``full[lo:hi]``, over its ZWNJs."""
    while lo > 0 and (full[lo - 1] in _LETTER_SET or full[lo - 1] == ZWNJ):
        lo -= 1
    while hi < len(full) and (full[hi] in _LETTER_SET or full[hi] == ZWNJ):
        hi += 1
    return full[lo:hi]


def _join_letter_run(m) -> str:
    names = m.group().split(" ")
    if sum(1 for n in names if n not in WORDLIKE_LETTER_NAMES) < 2:
        return m.group()
    return ZWNJ.join(names)


#: classes of the second words of lexicon pairs (bits 3 and up of a chunk's end bits, see
#: ``ZwnjRestorer._end_bits``): a word that starts lexicon pairs meets only the classes of its partners
PAIR_CLASSES = 24
_ALL_CLASSES = ((1 << PAIR_CLASSES) - 1) << 3


def _pair_class(word: str) -> int:
    """The class bit of a pair's second word (deterministic: the same bits in every process)."""
    return 1 << (3 + zlib.crc32(word.encode("utf-8")) % PAIR_CLASSES)


def _join_runs(texts: list, joins, visible_at: list | None = None) -> tuple[list, int]:
    """The words of a line of chunks ``texts`` with each chunk of ``joins`` (indices from 1) joined to
    the one before by a ZWNJ (none after a non-joining letter), and how many ZWNJs that put. Only the
    runs of joins are walked, each joined once (a long run stays linear); ``visible_at`` gets
    (index, ZWNJ put?) for each join, in order."""
    words: list = []
    put = 0
    prev = 0
    js = sorted(joins)
    k, n = 0, len(js)
    while k < n:
        start = end = js[k]
        k += 1
        while k < n and js[k] == end + 1:
            end += 1
            k += 1
        words.extend(texts[prev:start - 1])
        parts = [texts[start - 1]]
        for j in range(start, end + 1):
            visible = texts[j - 1][-1] not in NON_JOINING
            if visible:
                parts.append(ZWNJ)
                put += 1
            if visible_at is not None:
                visible_at.append((j, visible))
            parts.append(texts[j])
        words.append("".join(parts))
        prev = end + 1
    words.extend(texts[prev:])
    return words, put


def _insert_zwnj(chunk: str, offsets: list) -> str:
    """``chunk`` with a ZWNJ before each of the ``offsets`` (ascending)."""
    if not offsets:
        return chunk
    parts, last = [], 0
    for p in offsets:
        parts.append(chunk[last:p])
        last = p
    parts.append(chunk[last:])
    return ZWNJ.join(parts)


def _remember(memo: dict, key, value):
    """``value``, stored under ``key`` in ``memo``, which is emptied first when it holds more than
    ``MAX_MEMO`` entries: a bound on memory without an LRU's bookkeeping on every hit (a long stream's
    words change slowly, so an emptied memo refills with what is still in use)."""
    if len(memo) > MAX_MEMO:
        memo.clear()
    memo[key] = value
    return value


def _loose_after_ye(form: str) -> bool:
    """Does ``form`` end in «مان»/«تان» split off a final ی (:data:`.morph.LOOSE_AFTER_YE`)? (its own
    affix family, ``K_LOOSE``)

    >>> _loose_after_ye("فرهنگی\u200cمان"), _loose_after_ye("خانه\u200cمان")
    (True, False)
    """
    head, _, last = form.rpartition(ZWNJ)
    return last in LOOSE_AFTER_YE and head[-1:] == "ی"


class ZwnjRestorer:
    """Restores ZWNJs in lines of Persian text.

    >>> from palayesh.normalize.resources import load
    >>> r = ZwnjRestorer(load())
    >>> r.restore_line("برنامههای بین المللی می شود", Counter()) == "برنامه‌های بین‌المللی می‌شود"
    True
    """

    def __init__(self, res: ZwnjResources, *, restore: bool = True, model: GapModel | None = None):
        self.res = res
        self.restore = restore
        #: the learned gap model (:mod:`.gapmodel`) that decides the gaps the rules leave open; None: rules only
        self.model = model
        #: a list to which each open decision is appended as (kind, chunk index, position, features,
        #: rule's decision): the training data of the model (``scripts/build_zwnj_model.py``)
        self.collect: list | None = None
        #: the news counts of part pairs the features read (the model's own, or the trainer's)
        self.counts = model.counts if model is not None else None
        t = _static_tables(res, model)
        #: the gaps' line-free margins, (kind, a, b, code) -> float (:meth:`_margin`); starts with the
        #: shipped table's (:mod:`.chunktable`), like the pair codes and the model's agreements below
        self._margins: dict = dict(t.margins)
        self._static: StaticMargins | None = None  # the model's static margins (made on the first gap)
        self._ins_memo: dict = dict(t.ins)  # (chunk, restored) -> the ZWNJs inserted (_insertions; read only)
        self._parses: dict = {}  # glued word -> its morphological parse ("" for none): each mode asks again
        self._context_margins: dict = {}
        self._agrees: dict = dict(t.agrees)  # (chunk, its restoration, mode, signs) -> does the model agree
        self._habits: dict = {}  # (stem, affix) -> is the glued gap the model's by habit (_habit_gap)
        self._glued_out: dict = {}  # (chunk, rules' text, mode, ZWNJs?, signs) -> its text as _decide puts it
        #: the convention of the document being restored (:mod:`.convention`); None: lines alone
        self.doc: DocConvention | None = None
        #: the line comes from a document whose writer types ZWNJs (its other text showed so, see
        #: :class:`.step.NormalizeStep`): a line with none is trusted as a line with some («شالیزار» in
        #: the headline over a story that writes «می‌گویند» is the writer's spelling, not a lost ZWNJ)
        self.typed = False
        #: the evidence of the line being restored, counted once its output is known (:meth:`observed`):
        #: (families seen glued, families seen apart) or None
        self._pending: tuple | None = None
        self._pairs: dict = dict(t.pairs)  # (a, b) -> the spaced pair's code (_pair_memo)
        self._sign = 0  # glued sign of the chunk being restored (set by _word_full)
        # the tables derived from the resources and the model alone (no memo): built once per process
        # for each (resources, model), shared by every restorer of them (a fresh Normalizer costs
        # ~0.1 s less), copied before a restorer changes them (:meth:`add_pairs`): ``t`` above
        # (set one by one, not by __dict__.update: that would cost every attribute look-up its fast path)
        self.morph = t.morph
        self._strong_bound, self._affixes, self._verb_prefixes, self._prefixes = (
            t._strong_bound, t._affixes, t._verb_prefixes, t._prefixes)
        self._left, self._right, self._inflected = t._left, t._right, t._inflected
        self._partners, self._classes, self._known_pairs = t._partners, t._classes, t._known_pairs
        self._shared = True
        #: the shipped chunk table (:mod:`.chunktable`, {} unless these are the shipped resources and
        #: model): the chunk memo starts with it, and starts again with it when emptied
        self._table = t.chunks
        self._chunks = dict(self._table)

    def add_pairs(self, pairs) -> None:
        """Look up the spaced pairs «a b» of ``pairs`` ("a|b") like lexicon pairs: open gaps for the model."""
        if self._shared:  # (the tables of every restorer of these resources: this one's own copy first)
            for name in ("_left", "_right", "_known_pairs", "_partners", "_classes"):
                setattr(self, name, getattr(self, name).copy())
            self._shared = False
        _add_pairs(self, pairs)
        self._pairs.clear()  # memoized with the pairs known before
        self._agrees.clear()  # (a glued chunk's full restoration may split at a pair now known)
        self._table = {}  # (computed without these pairs)
        self._chunks.clear()
        self._glued_out.clear()
        self._parses.clear()  # (a glued word may split at a pair now known, see _pair_split)

    def _end_bits(self, r: tuple) -> tuple[int, int]:
        """The bits of a chunk's ends (its memo tuple ``r``) that say whether a spaced pair may join: the
        pair of chunks x, y is looked at when ``x``'s left bits and ``y``'s right bits share one: x's end
        is a prefix and y has a word (bit 2), y's start is an affix and x has a word (4), both ends can
        join and y's start is in the class of one of the lexicon partners of x's end (bits 3 and up:
        «به» starts pairs with a few words, not with «گفته»). A word that ends no lexicon pair is in no
        class; an inflected second part («پردازانی») is in every class: its pairs are its stem's."""
        left, right, tail, head = r[S_LEFT], r[S_RIGHT], r[S_TAIL], r[S_HEAD]
        lbits = (self._partners.get(tail) or _ALL_CLASSES if left else 0) | (2 if left == 2 else 0) | (
            4 if tail is not None else 0)
        rbits = ((_ALL_CLASSES if head in self._inflected else self._classes.get(head, 0)) if right else 0) | (
            2 if head is not None else 0) | (4 if right == 2 else 0)
        return lbits, rbits

    # -- one line
    def restore_line(self, line: str, edits: Counter, trace: list | None = None) -> str:
        """Restore the half-spaces of one line (no newline inside): see :meth:`restore_settled`."""
        out = self.restore_settled(line, edits, trace)[0]
        self.observed(out)
        return out

    def restore_settled(self, line: str, edits: Counter, trace: list | None = None,
                        observe: bool = True) -> tuple[str, bool]:
        """Restore the half-spaces of one line (no newline inside); return it with True if it is
        known to be settled: restoring it again would change nothing (see :meth:`_settled`).

        The line's writer is judged first, since a writer is consistent:
        - one who types ZWNJs (the line has some): their glued words and spaces are trusted, only
          sure decisions apply -- unless the line also has unmistakable slips («برنامههای»,
          «می روند»): then the ZWNJs were lost in places and every decision applies (mixed text);
        - one who glues (a «میروند» or «کمکها» here, no «می روند» or «کمک ها»): their spaces are
          real, only affix rules join words;
        - one who types spaces («می روند», no glued affix): their glued words are real, only sure
          lexicon entries and affix rules split them;
        - no sign either way: every decision but compounds only the word lists know;
        - both signs: every decision but compounds only the word lists join.

        With a document's convention (``self.doc``, see :mod:`.convention`), the affixes the document
        glues on purpose stay glued; ``observe``: count this line's evidence (False for a second pass
        over a line already counted).
        """
        if not self.restore:
            return line, True
        if observe and self._pending is not None and self.doc is not None:
            # (a caller that did not say how its last line came out: its evidence counted as written)
            self.doc.observe(*self._pending)
            self._pending = None
        chunk_get = self._chunks.get
        chunks = line.split(" ")
        # the memo tuple of each chunk (slots S_*), looked up in C; the few new chunks computed after
        infos: list = list(map(chunk_get, chunks))
        if None in infos:
            # (only the new ones are computed, found in C: a line has a few among a hundred chunks)
            new_chunk = self._chunk
            for i in compress(range(len(infos)), map(is_, infos, repeat(None))):
                infos[i] = new_chunk(chunks[i])
        # indices of the pairs no rule proposes that the model knows (None: no model, nothing asked)
        open_pairs: list[int] | None = [] if (
            self.model is not None or self.collect is not None or trace is not None) else None
        glued_sign = 0  # 1 a glued affix, 2 a glued affix no careful writer leaves («برنامههای», «میروند»)
        n_glued = 0  # chunks showing a glued affix
        glued_kinds = 0  # their affix families (K_* bits)
        ambiguous = []  # indices of chunks whose glued «…های» reads two ways
        open_glued = False  # a glued chunk whose restoration has a gap the model may decide
        # the chunks that restoration changes (a few): the only ones with a sign or a second reading
        changed = list(compress(range(len(chunks)), map(_CHANGED, infos)))
        doc = self.doc
        habits = doc is not None and bool(doc.glued) and HABITS_UNSIGNED
        for i in changed:
            r = infos[i]
            if open_pairs is not None and not open_glued:
                open_glued = r[S_OPEN]  # (self._open_split(chunks[i], r[S_FULL]), kept with the chunk)
            if r[S_ALT] is not None:
                ambiguous.append(i)
            if r[S_SIGN] and not (habits and r[S_SIGN] == 1 and self._habitual(chunks[i], r[S_FULL])):
                n_glued += 1
                glued_kinds |= r[S_KIND]
                if r[S_SIGN] > glued_sign:
                    glued_sign = r[S_SIGN]
        candidates = []  # (index, code) of the spaced pairs that may join
        spaced_sign = False
        n_spaced = 0  # pairs showing a spaced affix
        spaced_kinds = 0  # their affix families (K_* bits)
        if len(infos) > 1:
            # pair codes (see _pair_code); most pairs can never join and are not looked up: a pair is
            # looked at when the bits of its left chunk's end meet those of its right chunk's start
            pair_get = self._pairs.get
            looked = compress(range(1, len(infos)), map(and_, map(_LBITS, infos), map(_RBITS, islice(infos, 1, None))))
            for i in looked:
                key = (infos[i - 1][S_TAIL], infos[i][S_HEAD])
                code = pair_get(key)
                if code is None:
                    code = self._pair_memo(key)
                if code > 0:
                    candidates.append((i, code))
                    if code <= 2:
                        spaced_sign = True
                        n_spaced += 1
                        spaced_kinds |= self._spaced_kind(*key)
                elif code and open_pairs is not None:
                    open_pairs.append(i)
        # (slot of the chunk texts to use, highest pair code to join)
        keep_glued = False  # a line whose writer types spaces for half-spaces: its glued words are theirs
        # a line of a writer who types ZWNJs: it has some, or its document showed some (see self.typed)
        has_z = self.typed or ZWNJ in line
        if has_z:
            if spaced_sign:
                mode, max_code = S_FULL, 5
            elif glued_sign == 2:
                mode, max_code = S_FULL, 3
            else:
                mode, max_code = S_TRUSTED, 2
        elif glued_sign and not spaced_sign:
            mode, max_code = S_FULL, 2
        elif spaced_sign and not glued_sign:
            mode, max_code = S_AFFIX, 5
            keep_glued = True
        elif not spaced_sign:
            # no affix either way: a compound restored glued («دعوتنامه») tells of a writer who lost
            # ZWNJs, whose spaces are real: only sure lexicon pairs join then
            mode = S_SEEN
            max_code = 3 if any(infos[j][S_SEEN] != chunks[j] for j in changed) else 5
        elif self._spaced_writer(glued_sign, n_glued, glued_kinds, n_spaced, spaced_kinds):
            # mostly spaces for half-spaces, or plurals glued but prefixes apart: the glued affixes are
            # the writer's (or the house's) habit, not a loss («سالهای» next to «می شود»); «کمکها»
            # next to «اقدام های» is a loss; the model decides the spaced pairs as in a line of spaces
            mode, max_code = S_AFFIX, 5
            keep_glued = True
        else:
            mode, max_code = S_FULL, 4
        if LINE_PLURAL_HABIT and mode == S_TRUSTED and changed and self.collect is None and ZWNJ in line and \
                self._plural_habit(chunks, infos, changed):
            keep_glued = True  # «می‌کند … کمکهای»: the writer's own glued plurals (see LINE_PLURAL_HABIT)
        # a document that types no spaces for its half-spaces (DocConvention.sign "N"): its spaces stay
        # but for affix rules (its sign only strengthens as it is restored, so a second pass agrees)
        # (not while the trainer collects the model's examples: it learns every spaced pair it may meet)
        line_sign = doc.sign() if doc is not None and not has_z and self.collect is None else ""
        keep_spaces = line_sign == "N" and DOC_KEEPS_SPACES is not None and max_code > DOC_KEEPS_SPACES
        if keep_spaces and DOC_KEEPS_SPACES is not None:
            max_code = DOC_KEEPS_SPACES
        elif line_sign == "D" and DOC_KEEPS_GLUED and not keep_glued and glued_sign < 2 and changed and any(
                code == 1 and chunks[j - 1][-1] not in NON_JOINING for j, code in candidates):
            keep_glued = True
        proposed = candidates
        joins = [j for j, code in candidates if code <= max_code and (code <= 2 or not self._verbal_here(infos, j))]
        # the chunks restored in this mode: only the changed ones differ (a chunk whose full restoration
        # leaves it as it is is left so in every mode, see _chunk)
        texts = chunks[:]
        if not keep_glued:
            for j in changed:
                texts[j] = infos[j][mode]
        alt_used = set()
        if ambiguous and mode != S_TRUSTED and not keep_glued:
            for j in ambiguous:
                r = infos[j]
                if texts[j] == r[S_FULL]:
                    texts[j] = self._in_context(r, chunks, j, f"m{mode}z{int(has_z)}")
                    if texts[j] != r[S_FULL]:
                        alt_used.add(j)
        if observe and self.doc is not None:
            # every line counts towards the document's sign for the model (DocConvention.sign): a spaced
            # affix, or a ZWNJ or an affix no careful writer glues («میروند»)
            self.doc.see_line(spaced_sign, glued_sign == 2 or ZWNJ in line)
        # (a document's glued affixes count once it has shown some typed: text that lost its ZWNJs,
        # the common case, costs nothing here)
        if self.doc is not None and (spaced_sign or ZWNJ in line or (changed and self.doc.apart)):
            self._follow_convention(self.doc, line, chunks, infos, changed, candidates, texts, observe)
        if open_pairs is not None and self._model_has_work(has_z, chunks, texts, proposed, joins, open_pairs,
                                                           open_glued, spaced_sign, mode, trace,
                                                           infos=infos, changed=changed, glued_sign=glued_sign):
            signs = f"g{glued_sign}s{int(spaced_sign)}"
            return self._decide(line, has_z, chunks, infos, texts, proposed, open_pairs, joins, alt_used, mode,
                                max_code, edits, trace, signs, changed, keep_glued, keep_spaces)
        not_inserted = line.count(ZWNJ)  # the writer's ZWNJs, then also those that stand for joined spaces
        joinset = set(joins)
        if not joins:
            words = texts  # the line's space-separated words, as written out
        else:
            for j in joins:
                # a joined word is a word with half-spaces: restored in full, as a second pass
                # over the line (which now has ZWNJs) would («معرکه آفرینیها» -> «…‌آفرینی‌ها»)
                texts[j] = infos[j][S_FULL]
            words, put = _join_runs(texts, joins)
            not_inserted += put
            edits["space_to_zwnj"] += len(joins)
        text = " ".join(words)
        if text.count(ZWNJ) > not_inserted:
            edits["zwnj_inserted"] += text.count(ZWNJ) - not_inserted
        if max_code >= 4 and ZWNJ not in line and not _NAME_SET.isdisjoint(words) \
                and LETTER_RUN_RE.search(text) and not self._letters_apart():
            before = text
            text = self._letter_runs(text, edits)  # counted as joined spaces, not as inserted ZWNJs
            if text != before:
                return text, False
        return text, self._settled(text, chunks, infos, texts, joinset, changed, proposed)

    def _settled(self, text: str, chunks: list, infos: list, texts: list, join: set, changed: list,
                 proposed: list) -> bool:
        """Is ``text`` -- ``chunks`` restored as ``texts``, the chunks of ``join`` joined to the one
        before -- sure to come out of another pass unchanged? Then the second pass is not run.

        Another pass over a line with a ZWNJ, in which no chunk changes and no pair has an affix rule
        (pair code 1 or 2), trusts its writer: it changes nothing (mode S_TRUSTED, no rule joins,
        nothing for the model to veto). Only the chunks this pass changed or joined, and their
        neighbours, are looked up: every other chunk and pair was judged already in this pass.
        """
        if ZWNJ not in text:
            return False
        for j, code in proposed:
            if code <= 2 and j not in join:
                return False  # an affix rule left apart (the model's call): the next pass sees it again
        touched = set(changed)
        touched.update(join)
        if not touched:
            return True
        for j in changed:
            if texts[j] == chunks[j]:
                return False  # a chunk the mode left glued: the next pass sees its sign
        # the output chunks made of touched chunks (a run of joined chunks is one): their memo tuples
        get, new = self._chunks.get, self._chunk
        runs = []  # (index of the run's first chunk, of its last, the output chunk's memo tuple)
        starts: dict = {}  # index of a run's first chunk -> its memo tuple
        ends: dict = {}  # index of a run's last chunk -> its memo tuple
        for j in sorted(touched):
            first = j
            while first in join:
                first -= 1
            if first in starts:
                continue
            last = first
            parts = [texts[first]]
            while last + 1 in join:
                last += 1
                if texts[last - 1][-1] not in NON_JOINING:
                    parts.append(ZWNJ)
                parts.append(texts[last])
            c = "".join(parts)
            r = get(c)
            if r is None:
                r = new(c)
            if r[S_CHANGED]:
                return False
            starts[first] = ends[last] = r
            runs.append((first, last, r))
        # the pairs around them (every other pair was looked at in this pass)
        pair_get = self._pairs.get
        for first, last, r in runs:
            pairs = []
            if first:
                pairs.append((ends.get(first - 1) or infos[first - 1], r))
            if last + 1 < len(infos):
                pairs.append((r, starts.get(last + 1) or infos[last + 1]))
            for a, b in pairs:
                if not a[S_LBITS] & b[S_RBITS]:
                    continue
                key = (a[S_TAIL], b[S_HEAD])
                code = pair_get(key)
                if code is None:
                    code = self._pair_memo(key)
                if 1 <= code <= 2:
                    return False
        return True

    def _follow_convention(self, doc: DocConvention, line, chunks, infos, changed, candidates, texts,
                           observe) -> None:
        """Count the line's evidence of its document's convention ``doc`` (:mod:`.convention`), then
        leave glued the affixes of ``texts`` (the chunks as restored) that the document glues on purpose."""
        if observe:
            glued = self._glued_families(chunks, infos, changed)
            apart = []
            for j, code in candidates:
                if code <= 2:
                    f = PREFIX if infos[j - 1][S_TAIL] in VERB_PREFIXES else family(infos[j][S_HEAD])
                    if f is not None:
                        apart.append(f)
            if ZWNJ in line:
                apart += apart_families([c for c in chunks if ZWNJ in c], self.morph.verb_prefixes)
            if glued or apart:
                self._pending = (glued, apart)
        if not doc.glued:
            return
        for j in changed:
            t, chunk = texts[j], chunks[j]
            if t == chunk:
                continue
            ins = self._insertions(chunk, t)
            if not ins:
                continue
            keep = [p for p, _, b, _, code in ins if code != 1 or not doc.glues(family(b))]
            if len(keep) < len(ins):
                texts[j] = _insert_zwnj(chunk, keep)

    def _glued_families(self, chunks, infos, changed) -> list[str]:
        """The families of the affixes glued in ``chunks`` (their memo tuples ``infos``; ``changed``: the
        indices of those restoration changes) that the full restoration splits off: PREFIX for a verb
        prefix, the plural's or the comparative's family (:func:`.convention.family`)."""
        glued = []
        for j in changed:
            r = infos[j]
            if r[S_SIGN]:
                for _, _, b, certain, code in self._insertions(chunks[j], r[S_FULL]) or ():
                    f = PREFIX if certain else family(b) if code == 1 else None
                    if f is not None:
                        glued.append(f)
        return glued

    def observed(self, out: str) -> None:
        """Count the evidence of the line just restored (set aside by :meth:`restore_settled`) towards its
        document's convention, once the line's output ``out`` is known: each glued plural or comparative by
        its fate. One the restoration left glued counts as glued; one it split off counts as written apart,
        as a second pass over ``out`` reads it. So a document's habit (:meth:`.DocConvention.glues`) grows
        from the glued affixes it keeps, and a second pass learns it line by line as the first did: the
        first pass's split affixes (before the habit was learned) are no longer evidence the second pass
        lacks (normalizing twice is normalizing once, see :meth:`.Normalizer._restore`). The verb prefix
        counts as written (a glued «می» is a lost ZWNJ whatever its fate): the second pass reads its
        restored «می‌» as typed, which only strengthens the habit, and a stronger habit keeps glued only
        the affixes the first pass kept glued."""
        pending = self._pending
        if pending is None:
            return
        self._pending = None
        glued, apart = pending
        if any(f != PREFIX for f in glued):
            chunks = out.split(" ")
            infos: list = list(map(self._chunks.get, chunks))  # (looked up in C, as in restore_settled)
            if None in infos:
                new = self._chunk
                for j in compress(range(len(infos)), map(is_, infos, repeat(None))):
                    c = chunks[j]
                    # (a restored form is new to the memo: only one that still glues a plural or a
                    # comparative is worth analysing; the others count as unchanged)
                    infos[j] = new(c) if _MAY_GLUE_FAMILY(c) else _UNSEEN
            changed = list(compress(range(len(chunks)), map(_CHANGED, infos)))
            kept = Counter(f for f in self._glued_families(chunks, infos, changed) if f != PREFIX)
            seen = Counter(f for f in glued if f != PREFIX)
            kept &= seen
            apart = apart + list((seen - kept).elements())
            glued = [f for f in glued if f == PREFIX] + list(kept.elements())
        if self.doc is not None and (glued or apart):
            self.doc.observe(glued, apart)

    def _habitual(self, chunk: str, full: str) -> bool:
        """Is every half-space the full restoration of ``chunk`` inserts at an affix its document glues
        on purpose (:mod:`.convention`: «آدمها» from a writer who types «می شود»)? Then the chunk tells
        nothing of ZWNJs lost from the line."""
        doc = self.doc
        ins = self._insertions(chunk, full)
        return bool(ins) and doc is not None and all(
            code == 1 and not certain and doc.glues(family(b)) for _, _, b, certain, code in ins)

    def _plural_habit(self, chunks: list, infos: list, changed: list) -> bool:
        """In a line of a writer who types ZWNJs (mode S_TRUSTED), are the glued words plurals the writer
        glues on purpose? So when the line types its verb prefixes with a ZWNJ («می‌کند») and at least
        ``PLURAL_HABIT_MIN_TYPED`` affixes with one in all («می‌کند … می‌شود»), writes no plural with one,
        and every word its rules would change is a plural glued at a joining letter and nothing else
        («کمکهای»): the habit of Seraji's treebank («می‌کند … کمکهای … می‌شود»). A writer who types ZWNJs
        for «می» and lost one of a plural's shows it elsewhere in the line («کتاب‌ها … کمکهای»); a single
        typed «می‌» is not enough to tell (a ZWNJ typist's line that lost some half-spaces). The line alone
        decides, not its document's evidence: a second pass over a document counts evidence the first did
        not (a plural it restored before the document showed anything typed), and must read each line the
        same. Only for a restorer that reads its writer's conventions (``self.doc``): without them
        (``Normalizer(conventions=False)``, the trainer's judge of careful news paragraphs) a glued plural is
        a slip."""
        if self.doc is None:
            return False
        fams = apart_families([c for c in chunks if ZWNJ in c], self._verb_prefixes)
        if PREFIX not in fams or PLURAL_FAMILY in fams or len(fams) < PLURAL_HABIT_MIN_TYPED:
            return False
        for j in changed:
            r = infos[j]
            if r[S_TRUSTED] == chunks[j]:
                continue
            ins = self._insertions(chunks[j], r[S_TRUSTED]) if r[S_SIGN] == 1 else None
            if not ins or not all(code == 1 and not certain and family(b) == PLURAL_FAMILY
                                  for _, _, b, certain, code in ins):
                return False
        return True

    @staticmethod
    def _spaced_writer(glued_sign: int, n_glued: int, glued_kinds: int, n_spaced: int, spaced_kinds: int) -> bool:
        """In a line without ZWNJs that shows both glued and spaced affixes, are the glued ones the
        writer's own (a writer who types spaces for half-spaces and glues some affixes, as Seraji's
        treebank does: «آدمها» beside «اقدام های»), not lost half-spaces? Not after a final ه or «می»
        («تازهترین», «میروند»: no careful writer leaves these); otherwise yes unless as many glued and
        spaced affixes share a family («کمکها و اقدام های»: lost). Such a line's glued words are then
        left as they are (the rules used to split its sure lexicon words and, with fewer spaced than
        glued affixes, every affix: on the updt-train folds all wrong in the spaced text, none in the
        deleted text)."""
        if glued_sign == 2:
            return False  # «تازهترین», «میروند»: no careful writer leaves these
        return n_spaced != n_glued or not (glued_kinds & (spaced_kinds | K_OTHER))

    # -- the gaps the rules leave open, decided by the model
    def _model_has_work(self, has_z, chunks, texts, proposed, joins, open_pairs, open_glued, spaced_sign, mode,
                        trace, *, infos=(), changed=(), glued_sign=0) -> bool:
        """Is any gap of the line the model's to decide (``has_z``: its writer types ZWNJs, see
        :meth:`restore_settled`)? The rules' path (faster) serves the others:
        a line with no ZWNJ and no spaced affix (the rules' alone, see :meth:`_decide`) unless a
        code-2 pair is open; a line whose writer the rules trust, unless the rules add a half-space
        the model may veto; a line with no open pair and no glued word to restore."""
        if trace is not None or self.collect is not None:
            return True
        if not (spaced_sign or has_z or any(code == 2 for _, code in proposed)):
            # a line that shows no affix either way: its spaced pairs are the model's (see _decide)
            if MODEL_IN_UNSIGNED_LINES and glued_sign <= 1 and (open_pairs or proposed):
                return True
            if (not open_glued and not (MODEL_GLUED_AFFIXES and glued_sign)) or RULE_GLUED_COMPOUNDS:
                return False
            # a line that lost its ZWNJs: the model's pass only where it would overrule the rules
            # (mostly it does not, and the rules' path is faster)
            signs = f"g{glued_sign}s0"
            for j in changed:
                t, chunk = texts[j], chunks[j]
                full = infos[j][S_FULL]
                if t != full and t != chunk and t != infos[j][mode]:
                    return True  # read in context («زمینه‌ای»): _decide's own handling
                if not self._model_agrees(chunk, full, t, mode, signs):
                    return True
            return False
        if mode == S_TRUSTED and not MODEL_ADDS_IN_TRUSTED_LINES:
            if joins:
                rule_joins = set(joins)
                if any(code != 1 and j in rule_joins for j, code in proposed):
                    return True
            if texts == chunks:  # (compared in C: a restored line's second pass mostly ends here)
                return False
            return any(t != c and self._open_split(c, t) for t, c in zip(texts, chunks))
        return bool(open_pairs or open_glued or any(code != 1 for _, code in proposed))

    # -- the gaps the rules leave open, decided by the model (continued)
    def _decide(self, line, has_z, chunks, infos, texts, proposed, open_pairs, rule_joins, alt_used, mode, max_code,
                edits, trace, signs="", changed=(), keep_glued=False, keep_spaces=False):
        """The line restored with every open gap decided by the model (or by the rules, when there is
        no model): spaced pairs proposed by a rule or known to the model, and each ZWNJ the full
        restoration of a glued chunk inserts. Sure rules (a bound affix or می/نمی standing alone, a
        verb prefix glued to a verb) are not asked. ``has_z``: the line's writer types ZWNJs (see
        :meth:`restore_settled`)."""
        model, collect = self.model, self.collect
        # a line without a half-space or a spaced affix tells nothing of its writer's convention for
        # glued words («سالهای» is Seraji's habit, «سال‌های» PerDT's and the news'): the rules judge them
        rule_affixes = RULE_AFFIXES and not has_z and signs[-1:] == "0"
        rule_set = set(rule_joins)
        # the document's sign (DocConvention.sign), read in a line without ZWNJs: its own writer's line
        doc_sign = self.doc.sign() if DOC_SIGN and not has_z and self.doc is not None else ""
        join = set()
        notes = {} if trace is not None else None  # chunk index -> why it joined the one before
        for j, code in list(proposed) + [(j, 0) for j in open_pairs]:
            if keep_spaces and not 0 < code <= max_code:
                continue  # a document that types no spaces for half-spaces: its space (see DOC_KEEPS_SPACES)
            a, b = infos[j - 1][S_TAIL], infos[j][S_HEAD]
            if not code and signs[-1:] != "1" and (a, b) not in self._known_pairs:
                continue  # open by its shape alone (_open_shape): only where the writer types spaces for ZWNJs
            if not code and APART_PAIRS_BY_HABIT and self._apart_pair(a, b) and not (
                    self.doc is not None and self.doc.keeps_glued(PLURAL_FAMILY)):
                continue  # «به شدت»: joined by Seraji's writers only (see gapmodel.MAX_APART_LOG)
            rule = j in rule_set
            model_here = MODEL_IN_UNSIGNED_LINES and signs[:2] in ("g0", "g1") and not (
                rule and self.morph.verbal(b) == 1)  # (see MODEL_IN_UNSIGNED_LINES)
            if code == 1 or (rule_affixes and code != 2 and not model_here) or (
                    RULE_BOUND_HEADS_SPACED and rule and b in self.res.bound_heads):
                # sure, or a line that only lost its half-spaces (no sign of spaces typed for them):
                # its spaces are the writer's, and the rules' lexicon judges the few compounds
                ok = rule
                if notes is not None:
                    why = "rule: " + ("verb prefix" if a in VERB_PREFIXES else "bound affix" if code == 1
                                      else "bound head" if b in self.res.bound_heads else f"pair code {code}")
            else:
                extra = signs
                more: tuple = ()
                if self.morph.verbal(b) == 1:
                    extra += f"nv{int(self._verbal_here(infos, j))}"
                    more = self._participle_context(infos, j)
                if collect is not None:
                    feats = self._features(SPACED, a, b, code, rule, mode, has_z, extra, more)
                    if doc_sign:
                        feats += doc_features(SPACED, doc_sign, int(rule), code, extra)
                    collect.append((SPACED, j, None, feats, rule))
                if model is None:
                    ok, why = rule, f"rule: pair code {code}"
                else:
                    m = self._margin(SPACED, a, b, code, int(rule), mode, has_z, extra, more)
                    if doc_sign:
                        m += self._doc_margin(doc_sign, int(rule), code, extra)
                    thr = model.threshold + (G1_MARGIN if rule_affixes and signs[:2] == "g1" and not rule else 0.0)
                    ok = m > thr and (rule or mode != S_TRUSTED or MODEL_ADDS_IN_TRUSTED_LINES)
                    if notes is not None:
                        why = (f"model: p={model.probability(m):.3f} "
                               f"(rule code {code}, rule {'joins' if rule else 'keeps apart'}"
                               f"{DOC_SIGN_WHY.get(doc_sign, '')})")
            if ok:
                join.add(j)
                if notes is not None:
                    notes[j] = (a, b, why)
        not_inserted = line.count(ZWNJ)
        out_texts = list(texts)
        for j in join:
            if j not in alt_used:
                out_texts[j] = infos[j][S_FULL]
        # only the chunks whose full restoration inserts ZWNJs have glued gaps to decide
        # each chunk's output, memoized: a pure function of the chunk, its rules' text and the line's mode,
        # ZWNJs and signs (not while tracing or collecting, which want every decision)
        memo = self._glued_out if trace is None and collect is None else None
        key: tuple = ()
        for j in [j for j in (changed or compress(range(len(infos)), map(_CHANGED, infos))) if j not in alt_used]:
            if keep_glued and j not in join:
                continue  # the writer's own glued word (see restore_settled)
            chunk, r = chunks[j], infos[j]
            rt = out_texts[j]
            if memo is not None:
                key = (chunk, rt, mode, has_z, signs)
                got = memo.get(key)
                if got is not None:
                    out_texts[j] = got
                    continue
            full = r[S_FULL]
            ins = self._insertions(chunk, full)
            if ins is None:
                if trace is not None and rt != chunk:
                    trace.append({"gap": f"{chunk}->{rt}", "was": "glued", "now": "zwnj", "by": "rule: whole word"})
                if memo is not None:
                    _remember(memo, key, rt)
                continue
            rule_ps = {p for p, *_ in ins} if rt == full else (
                set() if rt == chunk else {p for p, *_ in (self._insertions(chunk, rt) or ())})
            keep = []
            for p, a, b, certain, code in ins:
                rule = p in rule_ps
                # sure: a verb prefix; an affix (ها، ای، ترین …), where the rules' judgement of the
                # line's writer decides («کمکها» next to «اقدام های» is a loss, «سالهای» next to
                # «می شود» a habit); everything in a line with no sign of its writer at all
                habit = rule_affixes and code == 1 and self._habit_gap(a, b)
                if certain or (code == 1 and RULE_AFFIXES and not habit) or (rule_affixes and RULE_GLUED_COMPOUNDS) or (
                        rule and b in self.res.bound_heads and (RULE_BOUND_HEADS_GLUED or has_z)) or (
                        model is None and collect is None):
                    ok = rule
                    if ok and trace is not None:
                        why = ("rule: verb prefix" if a in self.morph.verb_prefixes else "rule: affix" if code == 1
                               else "rule: bound head" if b in self.res.bound_heads else "rule: lexicon/morphology")
                else:
                    if collect is not None:
                        collect.append((GLUED, j, p, self._features(GLUED, a, b, code, rule, mode, has_z, signs), rule))
                    if model is None:
                        ok, why = rule, "rule: lexicon/morphology"
                    else:
                        m = self._margin(GLUED, a, b, code, int(rule), mode, has_z, signs)
                        if habit:  # (a habit affix: the model keeps it glued by a margin)
                            ok = m > model.threshold + GLUED_THRESHOLD + (
                                -HABIT_MARGIN if rule else self._glued_margin(rule, b))
                        elif rule_affixes:  # (a line that lost its ZWNJs: the model overrules by a margin)
                            ok = m > model.threshold + GLUED_THRESHOLD + self._glued_margin(rule, b)
                        else:
                            ok = m > model.threshold + GLUED_THRESHOLD and (
                                rule or mode != S_TRUSTED or MODEL_ADDS_IN_TRUSTED_LINES)
                        if trace is not None:
                            why = f"model: p={model.probability(m):.3f} (rule {'splits' if rule else 'keeps glued'})"
                if ok:
                    keep.append(p)
                    if trace is not None:
                        trace.append({"gap": f"{a}|{b}", "was": "glued", "now": "zwnj", "by": why})
            out_texts[j] = _insert_zwnj(chunk, keep)
            if memo is not None:
                _remember(memo, key, out_texts[j])
        if trace is not None:
            for j in alt_used:
                if out_texts[j] != chunks[j]:
                    if MODEL_AMBIGUOUS and model is not None:
                        feats, _ = self._ambiguous_features(infos[j], chunks, j, f"m{mode}z{int(has_z)}")
                        why = f"model: p={model.probability(model.margin(feats)):.3f} of «…ه‌ای» (the neighbours)"
                    else:
                        why = "rule: the neighbours (context log-likelihood)"
                    trace.append({"gap": f"{chunks[j]}->{out_texts[j]}", "was": "glued", "now": "zwnj", "by": why})
        if not join:
            words = out_texts
        else:
            visible_at: list | None = [] if trace is not None else None
            words, put = _join_runs(out_texts, join, visible_at)
            not_inserted += put
            edits["space_to_zwnj"] += len(join)
            if trace is not None and notes is not None and visible_at is not None:
                for j, visible in visible_at:
                    a, b, why = notes[j]
                    trace.append({"gap": f"{a}|{b}", "was": "space", "now": "zwnj" if visible else "joined",
                                  "by": why})
        text = " ".join(words)
        if text.count(ZWNJ) > not_inserted:
            edits["zwnj_inserted"] += text.count(ZWNJ) - not_inserted
        if max_code >= 4 and not has_z and not _NAME_SET.isdisjoint(words) \
                and LETTER_RUN_RE.search(text) and not self._letters_apart():
            before = text
            text = self._letter_runs(text, edits)
            if text != before:
                if trace is not None:
                    trace.append({"gap": "letter names", "was": "space", "now": "zwnj",
                                  "by": "rule: acronym spelled out"})
                return text, False
        return text, self._settled(text, chunks, infos, out_texts, join, list(changed), proposed)

    def _model_agrees(self, chunk: str, full: str, rt: str, mode: int, signs: str) -> bool:
        """In a line that lost its ZWNJs (no ZWNJ, no spaced affix), does the model leave every glued
        gap of ``chunk`` as the rules restore it (``rt``, of its full restoration ``full``)? As
        :meth:`_decide` judges them; memoized."""
        key = (chunk, rt, mode, signs)
        got = self._agrees.get(key)
        if got is not None:
            return got
        agrees = True
        ins = self._insertions(chunk, full)
        if ins:
            rule_ps = {p for p, *_ in ins} if rt == full else (
                set() if rt == chunk else {p for p, *_ in (self._insertions(chunk, rt) or ())})
            model = self.model
            assert model is not None
            for p, a, b, certain, code in ins:
                rule = p in rule_ps
                habit = code == 1 and self._habit_gap(a, b)
                if certain or (code == 1 and RULE_AFFIXES and not habit) or (
                        RULE_BOUND_HEADS_GLUED and rule and b in self.res.bound_heads):
                    continue  # (a line that lost its ZWNJs: its bound heads are the model's, see _decide)
                m = self._margin(GLUED, a, b, code, int(rule), mode, False, signs)
                extra = -HABIT_MARGIN if habit and rule else self._glued_margin(rule, b)
                if (m > model.threshold + GLUED_THRESHOLD + extra) != rule:
                    agrees = False
                    break
        return _remember(self._agrees, key, agrees)

    def _habit_gap(self, a: str, b: str) -> bool:
        """Is the glued gap between ``a`` and the affix ``b`` one a writer leaves glued by habit, the
        model's in a line that lost its ZWNJs (``MODEL_GLUED_AFFIXES``)? A plural or «تر…» after a
        joining letter («ارزشها», «بزرگترین»; after «ار» a ZWNJ shows nothing: «کارها») of a word the
        news glues often enough itself (``HABIT_MIN_LOG``); memoized."""
        got = self._habits.get((a, b))
        if got is None:
            c = (self.counts or {}).get(a + "|" + b) if MODEL_GLUED_AFFIXES and b[:2] in HABIT_AFFIXES and \
                a[-1:] not in NON_JOINING else None
            got = c is not None and habit_log(c) >= HABIT_MIN_LOG
            _remember(self._habits, (a, b), got)
        return got

    def _glued_margin(self, rule: bool, b: str) -> float:
        """The margin over the threshold the model needs, in a line that lost its ZWNJs, to split a glued
        gap before the part ``b`` (``rule``: the rules split it; then the margin is negative, the
        model's to overrule): ``GLUED_COMPOUND_MARGIN``, and ``BOUND_HEAD_MARGIN`` more to keep a bound
        head glued («تصمیمگیری»)."""
        if not rule:
            return GLUED_COMPOUND_MARGIN
        return -GLUED_COMPOUND_MARGIN - (BOUND_HEAD_MARGIN if b in self.res.bound_heads else 0.0)

    def _open_split(self, chunk: str, full: str) -> bool:
        """Does restoring ``chunk`` as ``full`` insert a ZWNJ the model may decide (not at an affix or
        a verb prefix)? Unknown shapes count as open."""
        ins = self._insertions(chunk, full)
        return ins is None or any(code != 1 and not certain for _, _, _, certain, code in ins)

    def _insertions(self, chunk: str, full: str):
        """The ZWNJs ``full`` inserts into ``chunk``: [(offset in chunk, part before, part after, sure?,
        rule code)], or None if ``full`` is not ``chunk`` plus ZWNJs."""
        key = (chunk, full)
        memo = self._ins_memo
        got = memo.get(key, memo)
        if got is not memo:
            return got
        result: list[tuple[int, str, str, bool, int]] | None = None
        at: list[int] = []  # indices in ``full`` of the inserted ZWNJs
        if ZWNJ not in chunk:  # (the common case, in C: every ZWNJ of ``full`` is inserted)
            fits = full.replace(ZWNJ, "") == chunk
            k = full.find(ZWNJ) if fits else -1
            while k != -1:
                at.append(k)
                k = full.find(ZWNJ, k + 1)
        else:
            i = 0
            n = len(chunk)
            fits = True
            for k, ch in enumerate(full):
                if i < n and chunk[i] == ch:
                    i += 1
                elif ch == ZWNJ:
                    at.append(k)
                else:
                    fits = False
                    break
            fits = fits and i == n
        if fits:
            result = []
            # the runs of letters around each ZWNJ (a ZWNJ is no letter: a run ends right before it and
            # starts right after it, or there is none and that part is empty)
            run_from, run_to = {}, {}
            if at:
                for m in _LETTER_RUN(full):
                    run_from[m.end()], run_to[m.start()] = m.start(), m.end()
            for shift, k in enumerate(at):
                lo, hi = run_from.get(k, k), run_to.get(k + 1, k + 1)
                a, b = full[lo:k], full[k + 1:hi]
                if not a or not b:
                    result = None
                    break
                word_start = lo == 0 or full[lo - 1] != ZWNJ
                code = 1 if b in self._affixes else 4
                # sure too: the names of a glued acronym, «بن» of a glued name, as the rules split them whole
                certain = word_start and a in self._verb_prefixes or (
                    a in _NAME_SET and b in _NAME_SET and spelled_acronym(
                        (w := _word_at(full, lo, hi)).replace(ZWNJ, "")) == w) or (
                    PATRONYM in (a, b) and self._patronym((w := _word_at(full, lo, hi)).replace(ZWNJ, "")) == w)
                result.append((k - shift, a, b, certain, code))
        return _remember(memo, key, result)

    @staticmethod
    def _participle_context(infos: list, j: int) -> tuple:
        """The words around a spaced participle «X شده» (chunk ``j`` its head): the word after it (an
        adjective's noun phrase goes on: «تحقیقات انجام‌شده در …», «کتاب چاپ‌شده را»; a verb's clause
        ends: «انجام شده است») and the end of the word before X (a plural noun before an adjective)."""
        if j + 1 < len(infos):
            nxt = infos[j + 1]
            after = nxt[S_HEAD] if nxt[S_HEAD] is not None and infos[j][S_TAIL] == infos[j][S_HEAD] else "#"
        else:
            after = "#"
        before = infos[j - 2][S_TAIL] if j >= 2 and infos[j - 1][S_HEAD] == infos[j - 1][S_TAIL] else None
        return (f"nx={after}", f"pv$={before[-2:] if before else '#'}")

    def _features(self, kind, a, b, code, rule, mode, has_z, extra="", more=()):
        return (static_features(kind, a, b, code, self.res, self.morph, self.counts)
                + context_features(kind, int(rule), mode, has_z, extra, more))

    def _margin(self, kind, a, b, code, rule, mode, has_z, extra, more=()):
        """The model's margin for a gap: its weights add up, so the part of the two words and the part
        of the line are memoized apart (a pair's words meet many lines)."""
        key = (kind, a, b, code)
        m = self._margins.get(key)
        if m is None:
            static = self._static
            if static is None:  # (model.margin(static_features(…)), its part weights kept: see StaticMargins)
                static = self._static = StaticMargins(self.model, self.res, self.morph, self.counts)
            m = _remember(self._margins, key, static(kind, a, b, code))
        ckey = (kind, rule, mode, has_z, extra, more)
        c = self._context_margins.get(ckey)
        if c is None:
            w = self.model.weights.get
            c = self._context_margins[ckey] = sum(
                w(f, 0.0) for f in context_features(kind, rule, mode, has_z, extra, more))
        return m + c

    def _doc_margin(self, sign: str, rule: int, code: int, extra: str) -> float:
        """What the document's sign adds to a spaced pair's margin: "D" never less than 0, "N" never more
        (see :meth:`.convention.DocConvention.sign`: a second pass reads a weaker "D" or a stronger "N",
        so it never joins a pair the first pass left apart, whatever the weights)."""
        key = (sign, rule, code, extra)
        c = self._context_margins.get(key)
        if c is None:
            assert self.model is not None
            w = self.model.weights.get
            c = sum(w(f, 0.0) for f in doc_features(SPACED, sign, rule, code, extra))
            c = self._context_margins[key] = max(0.0, c) if sign == "D" else min(0.0, c)
        return c

    def _apart_pair(self, a: str, b: str) -> bool:
        """Does the news write «a b» apart far more often than with a ZWNJ (:func:`.gapmodel.written_apart`)?"""
        return self.counts is not None and written_apart(self.counts.get(a + "|" + b))

    def _letters_apart(self) -> bool:
        """Does the document write acronyms spelled in letter names apart? A document that glues its
        plurals on purpose (:mod:`.convention`) is written as Seraji's treebank is, and updt-train writes
        them apart («بی بی سی» ×20); the PerDT side's sources join them (hazm's and shekar's word lists
        hold 19 and 18 such acronyms, all with half-spaces; the news by kinds 8 with, 7 apart)."""
        return self.doc is not None and self.doc.glues(PLURAL_FAMILY)

    @staticmethod
    def _letter_runs(text: str, edits: Counter) -> str:
        """``text`` with the acronyms spelled out in letter names joined (a writer who types spaces)."""
        before = text.count(ZWNJ)
        text = LETTER_RUN_RE.sub(_join_letter_run, text)
        edits["space_to_zwnj"] += text.count(ZWNJ) - before
        return text

    # -- one space-separated chunk
    def _remember(self, chunk: str, r: tuple) -> tuple:
        """``r``, the chunk's restoration, kept in the chunk memo (cleared when it passes :data:`MAX_MEMO`)
        unless the chunk is longer than :data:`MAX_MEMO_CHUNK`: an enormous space-less "word" is not worth
        keeping."""
        if len(chunk) <= MAX_MEMO_CHUNK:
            memo = self._chunks
            if len(memo) > MAX_MEMO:
                memo.clear()
                memo.update(self._table)
            memo[chunk] = r
        return r

    def _chunk(self, chunk: str) -> tuple:
        """The memo tuple of a space-separated chunk (slots ``S_*``), computed once per chunk."""
        r: tuple
        if len(chunk) < 3:
            head = chunk if chunk and _NON_LETTER(chunk) is None else None
            r = (chunk, chunk, head, head, 0, chunk, self._right.get(head, 0), self._left.get(head, 0), chunk, 0)
        elif _NON_LETTER(chunk) is None:  # the common case: one bare word (checked in C)
            res = self.res
            # its full restoration (kept for _one_word below: a word is not restored twice); ``glued``
            # inlined for a word it leaves as it is at once: no lexicon spelling, and short or known to
            # the vocabulary
            full = chunk if chunk not in res.forms and (len(chunk) < 4 or chunk in res.vocab) else self.glued(chunk)
            if full == chunk and not ("های" in chunk and _PLURAL_AFTER_NON_JOINING(chunk) and chunk not in res.vocab
                                      and res.context):
                # ... left as it is: its tuple at once (but a glued plural after a non-joining letter that
                # the news does not write as a word, «زوارهای», reads as «زواره‌ای» too: see _alternative)
                left, right = self._left.get(chunk, 0), self._right.get(chunk, 0)
                if left or right:
                    # (the end bits of _end_bits, for a chunk that is its own head and tail)
                    lbits = ((self._partners.get(chunk) or _ALL_CLASSES) | (2 if left == 2 else 0) | 4) if left \
                        else 4
                    rbits = (((_ALL_CLASSES if chunk in self._inflected else self._classes.get(chunk, 0))
                              | (4 if right == 2 else 0) | 2) if right else 2)
                    r = (chunk, chunk, chunk, chunk, 0, chunk, right, left, chunk, 0, None, lbits, rbits, False,
                         False)
                else:  # (most words: their end bits say only that they are words)
                    r = (chunk, chunk, chunk, chunk, 0, chunk, 0, 0, chunk, 0, None, 4, 2, False, False)
                return self._remember(chunk, r)
            r = self._one_word(chunk, full)
        else:
            words = WORD_RE.findall(chunk)
            if len(words) == 1 and len(words[0]) == len(chunk):  # one word with half-spaces
                r = self._one_word(chunk)
            elif not words:  # no letters: «۱۴۰۲»، «(۳)»، «-»
                r = (chunk, chunk, None, None, 0, chunk, 0, 0, chunk, 0)
            elif len(words) == 1:  # one word and marks: «کتاب،»، «(ایرنا)»
                w = words[0]
                wr = (self._chunks.get(w) or self._chunk(w)) if len(w) >= 3 else None
                if wr is not None and wr[S_FULL] == w and not wr[S_SIGN] and "های" not in chunk:
                    # a word restoration leaves as it is, with marks: its whole tuple at once (what
                    # _one_word_marked and the lines below make of it: no second reading without «های»,
                    # a mark at an end takes that end's bits, see _end_bits)
                    i = chunk.index(w)
                    pre, post = i, i + len(w) < len(chunk)
                    r = (chunk, chunk, None if pre else wr[S_HEAD], None if post else wr[S_TAIL], 0, chunk,
                         0 if pre else wr[S_RIGHT], 0 if post else wr[S_LEFT], chunk, 0, None,
                         0 if post else wr[S_LBITS], 0 if pre else wr[S_RBITS], False, False)
                    return self._remember(chunk, r)
                r = self._one_word_marked(chunk, w)
            else:
                self._sign = 0
                full = WORD_RE.sub(self._word_full, chunk)
                sign = self._sign
                affix = WORD_RE.sub(self._word_affix, chunk) if full != chunk else chunk
                trusted = WORD_RE.sub(self._word_trusted, chunk) if affix != chunk else chunk
                seen = WORD_RE.sub(self._word_seen, chunk) if full != chunk else chunk
                # a pair joins its two nearest parts: «بی‌یانلو» starts with «بی», not «بییانلو»
                head = words[0].split(ZWNJ, 1)[0] if words and chunk[0] in _LETTER_SET else None
                tail = words[-1].rsplit(ZWNJ, 1)[-1] if words and chunk[-1] in _LETTER_SET else None
                kind = 0
                if sign:
                    for w in WORD_RE.findall(full):
                        if ZWNJ in w:
                            kind |= self.affix_kind(w)
                r = (full, affix, head, tail, sign, trusted, self._right_of(head, words[0] if words else ""),
                     self._left_of(tail, words[-1] if words else ""), seen,
                     kind)
        changed = r[S_FULL] != chunk  # (unchanged in full, a chunk is unchanged in every mode)
        alt = self._alternative(chunk, r[S_FULL]) if self.res.context and (
            changed or "های" in chunk and _PLURAL_AFTER_NON_JOINING(chunk)) else None
        # (a chunk left as it is but with a second reading counts as changed: the neighbours may change it)
        # (a chunk its full restoration leaves as it is inserts no ZWNJ: nothing open)
        r = (*r, alt, *self._end_bits(r), changed or alt is not None, changed and self._open_split(chunk, r[S_FULL]))
        return self._remember(chunk, r)

    def _one_word_marked(self, chunk: str, w: str) -> tuple:
        """The chunk tuple (first slots) of ``chunk``, the word ``w`` with marks around it (every letter
        of ``chunk`` is in ``w``): ``w``'s own, memoized, with the marks put back."""
        if len(w) >= 3:
            wr = self._chunks.get(w)
            if wr is None:
                wr = self._chunk(w)
        else:
            wr = self._one_word(w)  # (the chunk tuple of a short chunk takes it as it is)
        i = chunk.index(w)
        pre, post = chunk[:i], chunk[i + len(w):]
        if wr[S_FULL] == w:  # (unchanged in full, a word is unchanged in every mode: see _chunk)
            full = affix = trusted = seen = chunk
        else:
            full, affix, trusted, seen = [pre + x + post if x != w else chunk for x in (
                wr[S_FULL], wr[S_AFFIX], wr[S_TRUSTED], wr[S_SEEN])]
        sign = wr[S_SIGN]
        kind = 0
        if sign:
            for x in WORD_RE.findall(full):
                if ZWNJ in x:
                    kind |= self.affix_kind(x)
        return (full, affix, None if pre else wr[S_HEAD], None if post else wr[S_TAIL], sign, trusted,
                0 if pre else wr[S_RIGHT], 0 if post else wr[S_LEFT], seen, kind)

    def _left_of(self, tail, last_word: str) -> int:
        """How the last part ``tail`` of a chunk's ``last_word`` may start a pair (see ``_left``): a
        prefix that ends a word of several parts is no prefix («بی‌بی پارک», not «بی» + «پارک»)."""
        left = self._left.get(tail, 0)
        return 0 if left == 2 and ZWNJ in last_word and tail in self._prefixes else left

    def _right_of(self, head, first_word: str) -> int:
        """How the first part ``head`` of a chunk's ``first_word`` may end a pair (see ``_right``): an
        affix that starts a word of several parts is no affix («سوی ای‌اف‌سی», not «سوی‌ای»)."""
        right = self._right.get(head, 0)
        return 0 if right == 2 and ZWNJ in first_word and head in self._affixes else right

    def _verbal_here(self, infos: list, j: int) -> bool:
        """Is the participle heading chunk ``j`` a verb here (before «است», «بود», «و», punctuation)?
        «حذف شده است» stays apart, «استخراج شده ضریب» joins; infinitives are handled per pair."""
        r = infos[j]
        if self.morph.verbal(r[S_HEAD]) != 1 or r[S_FULL][-1] == EZAFE:
            return False  # «اعلام شدهٔ اولیه»: the ezafe makes it an adjective
        if r[S_TAIL] != r[S_HEAD] or j + 1 == len(infos):
            return True  # punctuation or the line's end follows («#»)
        nxt = infos[j + 1]
        if nxt[S_FULL][:1].isdigit():
            return False  # «پرواز ساقط شده ۹۹۰»: a number goes on the noun phrase
        return (nxt[S_HEAD] or "#") in VERBAL_AFTER_PARTICIPLE

    def _alternative(self, chunk: str, full: str):
        """For a chunk whose one glued word was restored as «X‌های» or «Xه‌ای» (or …هایم/…ه‌ایم), or left
        as a plural after a non-joining letter («زوارهای»), and could be the other as well: (the chunk
        restored the other way, True if ``full`` is the plural, the neighbour glued before it and after it
        in the chunk: "" none, else as :func:`_edge` reads it: «سالهای1984»); otherwise None."""
        words = WORD_RE.findall(full)
        if len(words) != 1 or ZWNJ in chunk:
            return None
        w = words[0]
        alt = None
        if full == chunk:
            # a glued plural after a non-joining letter shows no ZWNJ, and its other reading is «Xه‌ای»
            # («زواره‌ای»): the neighbours decide as for a restored one. Not a glued word the news writes
            # («روزهای», «کارهای»): its careful writers type «Xه‌ای» with a ZWNJ, so what they glue is the plural
            x = w[:-3]
            base = x + "ه"
            if not (w.endswith("های") and len(x) >= 3 and x[-1] in NON_JOINING and w not in self.res.vocab and (
                    base in self.res.vocab or base in self.res.forms or base in self.morph.verb_forms)):
                return None
            alt, plural = base + ZWNJ + "ای", True
        for e in ("های", "هایم") if alt is None else ():
            if w.endswith(ZWNJ + e):
                x = w[: -len(e) - 1]
                base = (x + "ه").replace(ZWNJ, "")
                if base in self.res.vocab or base in self.res.forms or base in self.morph.verb_forms:
                    alt, plural = x + "ه" + ZWNJ + e[1:], True
                break
            if w.endswith("ه" + ZWNJ + e[1:]):
                x = w[: -len(e) - 1]
                base = x.replace(ZWNJ, "")
                if len(base) >= 2 and x[-1] not in NON_JOINING and (base in self.res.vocab or base in self.res.forms):
                    alt, plural = x + ZWNJ + e, False
                break
        if alt is None:
            return None  # (a sure spelling of the lexicon's takes the neighbours' vote too: «یک زمینهای است»)
        start, end = full.index(w), full.index(w) + len(w)
        return (full[:start] + alt + full[end:], plural, _edge(full[start - 1]) if start else "",
                _edge(full[end]) if end < len(full) else "")

    def _in_context(self, r, chunks: list, j: int, line: str = "") -> str:
        """The chunk ``r`` (at ``chunks[j]``) read as its neighbours say: «یک زمینهای» -> «زمینه‌ای»,
        «حرفهای او» -> «حرف‌های او». With a model (:data:`MODEL_AMBIGUOUS`) it decides on the features of
        :func:`.gapmodel.ambiguous_features`; without one the news' log-likelihood ratios of the two
        neighbours must outweigh the lexicon's reading by :data:`MIN_CONTEXT_LLR`."""
        alt, plural, _punct_before, _punct_after = r[S_ALT]
        model, collect = self.model, self.collect
        if MODEL_AMBIGUOUS and (model is not None or collect is not None):
            feats, p = self._ambiguous_features(r, chunks, j, line)
            if collect is not None:  # (the gap of «ای» in the chunk: a ZWNJ there is the indefinite)
                collect.append((AMBIGUOUS, j, p, feats, not plural))
            if model is not None:
                indefinite = model.margin(feats) > model.threshold
                return alt if indefinite == plural else r[S_FULL]
        before, after = self._neighbours(r, chunks, j)
        llr = self.res.context.get("<" + before, 0) + self.res.context.get(">" + after, 0)  # for «…ه‌ای»
        if (llr >= MIN_CONTEXT_LLR) if plural else (llr <= -MIN_CONTEXT_LLR):
            return alt
        return r[S_FULL]

    def _ambiguous_features(self, r, chunks: list, j: int, line: str) -> tuple[list, int]:
        """The model's features of the ambiguous chunk ``r`` (at ``chunks[j]``, in a line of kind ``line``)
        and the index in the chunk of the gap before its «ای» (a ZWNJ there: the indefinite)."""
        before, after = self._neighbours(r, chunks, j)
        chunk = chunks[j]
        word = max(WORD_RE.findall(chunk), key=len)
        n = 4 if word.endswith("هایم") else 3
        feats = ambiguous_features(word[:-n], r[S_ALT][1], before, after, self.res, self.morph, self.counts, line)
        return feats, chunk.index(word) + len(word) - n + 1

    @staticmethod
    def _neighbours(r, chunks: list, j: int) -> tuple[str, str]:
        """The words before and after the ambiguous chunk ``r`` (at ``chunks[j]``), without ZWNJ; "#" a
        line edge or a mark, :data:`NUMBER` a number."""
        _alt, _plural, punct_before, punct_after = r[S_ALT]
        if punct_before or j == 0:
            before = punct_before or "#"
        else:
            c = chunks[j - 1]
            words = WORD_RE.findall(c) if c and c[-1] in _LETTER_SET else None
            before = words[-1].replace(ZWNJ, "") if words else _edge(c[-1:])
        if punct_after or j + 1 == len(chunks):
            after = punct_after or "#"
        else:
            c = chunks[j + 1]
            words = WORD_RE.findall(c) if c and c[0] in _LETTER_SET else None
            after = words[0].replace(ZWNJ, "") if words else _edge(c[:1])
        return before, after

    def _one_word(self, w: str, full: str | None = None):
        """The chunk tuple of a chunk that is one word (``full``: its full restoration, if known)."""
        if full is None:
            full = self.word(w)
        if ZWNJ in w:
            head, tail = w.split(ZWNJ, 1)[0], w.rsplit(ZWNJ, 1)[-1]
        else:
            head = tail = w
        if full == w:
            return (w, w, head, tail, 0, w, self._right_of(head, w), self._left_of(tail, w), w, 0)
        sign = self._new_sign(w, full)
        affix = self.word(w, AFFIX)
        trusted = self.word(w, TRUSTED) if affix != w else w
        return (full, affix, head, tail, sign, trusted, self._right_of(head, w), self._left_of(tail, w),
                self.word(w, SEEN), self.affix_kind(full) if sign else 0)

    def _word_full(self, m) -> str:
        w = m.group()
        out = self.word(w)
        if out != w and self._sign < 2:
            self._sign = max(self._sign, self._new_sign(w, out))
        return out

    def _word_affix(self, m) -> str:
        return self.word(m.group(), AFFIX)

    def _word_seen(self, m) -> str:
        return self.word(m.group(), SEEN)

    def _word_trusted(self, m) -> str:
        return self.word(m.group(), TRUSTED)

    def word(self, word: str, mode: int = FULL) -> str:
        """The spelling of one word (letters, maybe with ZWNJs) with its lost ZWNJs restored.

        >>> from palayesh.normalize.resources import load
        >>> ZwnjRestorer(load()).word("توانستهاند") == "توانسته‌اند"
        True
        """
        if ZWNJ not in word:
            return self.glued(word, mode)
        forms, vocab, glued = self.res.forms, self.res.vocab, self.glued
        skeleton = word.replace(ZWNJ, "")
        if skeleton in forms and glued(skeleton, mode) == word:
            return word  # the lexicon's own spelling, typed: its parts are not read again («کاراته‌کاهای»)
        return ZWNJ.join([p if p not in forms and (mode == TRUSTED or len(p) < 4 or len(p) > MAX_WORD or p in vocab)
                          else glued(p, mode) for p in word.split(ZWNJ)])

    def glued(self, s: str, mode: int = FULL) -> str:
        """A word without any ZWNJ: as the lexicon spells it, or split by its affixes.

        ``mode``: FULL every decision; SEEN every decision but compounds only the word lists know;
        AFFIX (a writer who types spaces) sure lexicon entries and affix splits only; TRUSTED (a
        writer who types ZWNJs) sure lexicon entries only.
        """
        f = self.res.forms.get(s)
        if f is not None:
            if mode == SEEN:
                return s if s in self.res.listed_forms else self._sure_parts(f, mode, True)
            if mode and s not in self.res.strong_forms and (mode == TRUSTED or not self.affix_split(f)):
                return s  # a split the lexicon is not sure of: trust the writer
            return self._sure_parts(f, mode, True)
        if mode == TRUSTED or len(s) < 4 or len(s) > MAX_WORD or s in self.res.vocab:
            return s
        f = self._parses.get(s)
        if f is None:
            f = _remember(self._parses, s, self.morph.parse(s) or "")
        if not f:
            if mode != AFFIX and GLUED_LETTERS_RE.fullmatch(s) and not self.morph._known_with_ending(s):
                acro = spelled_acronym(s)  # (not a known word with an ending: «امانتی» is no «ام‌ان‌تی»)
                if acro is not None:
                    return acro
            if mode != AFFIX and PATRONYM in s:
                name = self._patronym(s)
                if name is not None:
                    return name
            # no reading by the lexicon or an affix: a pair the model knows may split it, in the full
            # restoration only; every other mode's text (the rules' own) keeps it glued (see _pair_split)
            return self._pair_split(s) or s if mode == FULL else s
        if mode == AFFIX and not self.affix_split(f):
            return s
        return self._sure_parts(f, mode)

    def _patronym(self, s: str) -> str | None:
        """The unknown glued word ``s`` read as a name, «بن» (son of) and a name, with a ZWNJ on either side
        of «بن» where it shows («عبداللهبنعباس» -> «عبدالله‌بن‌عباس», as the treebanks write it when they
        do not write it apart), or None. The first name is a word the vocabulary knows, of three letters
        or more; the second three letters or more, and «بن» with its first letter or two no word of the
        vocabulary (a compound's «بند», «بنا» …: «کمربندی»). Only words nothing else reads get here.

        >>> from palayesh.normalize.resources import load
        >>> ZwnjRestorer(load())._patronym("عبداللهبنعباس") == "عبدالله\u200cبن\u200cعباس"
        True
        """
        voc = self.res.vocab
        i = s.find(PATRONYM, MIN_NAME)
        while i != -1:
            x, y = s[:i], s[i + len(PATRONYM):]
            if len(y) < MIN_NAME:
                return None
            if x in voc and not any(PATRONYM + y[:k] in voc for k in (1, 2)):
                return glue(glue(x, PATRONYM), y)
            i = s.find(PATRONYM, i + 1)
        return None

    def _pair_split(self, s: str) -> str | None:
        """The unknown glued word ``s`` split in two where its parts are a pair written with a ZWNJ in the
        model's training text or in the news («بهتازگی» -> «به‌تازگی», «همجناح» -> «هم‌جناح»), or None.
        Neither the lexicon nor an affix reads such a word; the pair is all that is known of it, so the gap
        is the model's: a compound's gap (code 4) that the rules' own text keeps glued except where they
        restore every gap, so that in a line without signs the model splits it only by
        ``GLUED_COMPOUND_MARGIN`` (let into the rules' text there too, it split the writers' own glued
        words of spaced text: updt folds spaced F1 .9520 -> .9515). A second part that is an affix is the
        morphology's to read («بادهای» is the plural of «باد», whatever «باده‌ای» the news writes). Of
        several splits, the one the news writes with a ZWNJ most often, then the longer first part."""
        known, counts = self._known_pairs, self.counts
        best, best_key = None, None
        for i in range(MIN_PAIR_PART, len(s) - MIN_PAIR_PART + 1):
            a, b = s[:i], s[i:]
            if a[-1] in NON_JOINING or b in self._affixes:
                continue  # (a ZWNJ there would not show; an affix: see above)
            c = counts.get(a + "|" + b) if counts else None
            seen = c[0] if c is not None and c[0] >= MIN_OPEN_ZWNJ else 0
            if not seen and (a, b) not in known:
                continue
            key = (seen, i)
            if best_key is None or key > best_key:
                best, best_key = a + ZWNJ + b, key
        return best

    def _sure_parts(self, form: str, mode: int = FULL, lexicon: bool = False) -> str:
        """``form`` with its parts restored too (so that a second pass finds nothing to do):
        «دعوتنامه‌های» -> «دعوت‌نامه‌های», «سرمایه‌گذاریها» -> «سرمایه‌گذاری‌ها». ``lexicon``: ``form`` is the
        lexicon's spelling, whose parts only their own lexicon spellings restore (its «تفاهمنامه‌های» ->
        «تفاهم‌نامه‌های»): it put the word's boundaries where they are, and a part read again by the affix
        rules would move them («کاراته‌کاهای» is no «کاراته‌کاه‌ای», «وب‌مستر» no «وب‌مس‌تر»); :meth:`word`
        keeps the spelling so restored when it is typed."""
        if ZWNJ not in form:
            return form
        parts = form.split(ZWNJ)
        # (a part ``glued`` leaves as it is at once, without the call: short, or no lexicon spelling and
        # known to the vocabulary, too long, or a trusted writer's)
        forms, vocab, glued = self.res.forms, self.res.vocab, self.glued
        new = [p if len(p) < 4 or p not in forms and (lexicon or mode == TRUSTED or len(p) > MAX_WORD or p in vocab)
               else glued(p, mode) for p in parts]
        return ZWNJ.join(new) if new != parts else form

    def _new_sign(self, word: str, form: str) -> int:
        """The glued sign of ``word`` restored as ``form``, from the half-spaces the restoration added
        only: «رشتهکوه‌های» -> «رشته‌کوه‌های» adds a compound's, not an affix's."""
        if ZWNJ not in word:
            return self.glued_sign(form)
        return max(self.glued_sign(self.glued(p)) for p in word.split(ZWNJ))

    def glued_sign(self, form: str) -> int:
        """How surely the restored ``form`` shows a writer who glues: 2 after می/نمی or a final ه
        («میروند», «برنامههای»: no careful writer leaves these), 1 at another affix, 0 none."""
        if not self.affix_split(form):
            return 1 if form.replace(ZWNJ, "") in self.res.strong_forms else 0  # a sure compound
        parts = form.split(ZWNJ)
        if parts[0] in VERB_PREFIXES or any(p[-1] == "ه" for p in parts[:-1]):
            return 2
        return 1

    def affix_kind(self, form: str) -> int:
        """The affix families (``K_*`` bits) at the ZWNJs of a restored ``form``: «می‌روند» K_PREFIX,
        «کتاب‌ها» K_PLURAL, «منطقه‌ای», «دعوت‌نامه» K_OTHER, «فرهنگی‌مان» K_LOOSE."""
        parts = form.split(ZWNJ)
        kind = K_PREFIX if parts[0] in self._verb_prefixes else 0
        if parts[-1] in self.morph.plural:
            kind |= K_PLURAL
        return kind or (K_LOOSE if _loose_after_ye(form) else K_OTHER)

    def _spaced_kind(self, a: str, b: str) -> int:
        """The affix family of a spaced pair that an affix rule joins: «می روند», «اقدام ها», «منطقه ای»."""
        if a in self._verb_prefixes:
            return K_PREFIX
        return K_PLURAL if b in self.morph.plural else K_OTHER

    def affix_split(self, form: str) -> bool:
        """Is the ZWNJ of ``form`` at an affix (می, ها, ای, ترین …), not inside a compound?"""
        parts = form.split(ZWNJ)
        return parts[0] in self._verb_prefixes or parts[-1] in self._affixes

    # -- two neighbouring words
    def _pair_memo(self, key: tuple[str, str]) -> int:
        """The memoized code of the spaced pair ``key``: :meth:`_pair_code`, or OPEN_PAIR for a pair no
        rule joins that the model knows."""
        code = self._pair_code(*key)
        if not code and (key in self._known_pairs or (self.model is not None or self.collect is not None)
                         and self._open_shape(*key)):
            code = OPEN_PAIR
        return _remember(self._pairs, key, code)

    def _open_shape(self, a: str, b: str) -> bool:
        """Is the spaced pair «a b», which no rule, list or training pair proposes, open to the model by
        its shape alone: a personal ending standing after a content word that does not end in ه/ی
        («مردم اند», «درون شان»: the rules join these only after ه/ی)?"""
        if OPEN_CLITICS and b in CLITICS and a[-1:] not in "هی" and a not in FUNCTION_WORDS and len(a) >= 2:
            return True
        if OPEN_FORMS:
            form = self.res.forms.get(a + b)
            if form is not None and form == a + ZWNJ + b:
                return True
        return False

    def _pair_code(self, a: str, b: str) -> int:
        """How the spaced pair «a b» may join: 0 never, 1 a bound affix stands alone («می», «ها»),
        2 another affix rule, 3 a strong lexicon pair, 4 a weaker lexicon pair or a bound head,
        5 a pair only the word lists know."""
        res = self.res
        key = (a, b)
        if key in res.keep:
            return 0
        if a in VERB_PREFIXES:
            # «می شود»; not «می» (May) before a word that is no verb: «نوزدهم می سال»
            vf = self.morph.verb_forms
            if b in vf or b + "د" in vf or b not in res.vocab or key in res.merge or key in res.listed_merge \
                    or res.forms.get(a + b) == a + ZWNJ + b:
                return 1  # «می توان»: a bare stem; «می شه», «نمی خوره»: a spoken form
            return 0
        if b in self._strong_bound or (b == EZAFE_YE and a[-1:] == "ه" and len(a) >= 2):
            return 1
        if self.morph.rule_joins(a, b):
            return 2
        if self.morph.verbal(b) == 2:
            return 0  # an infinitive is a verb: «واقع شدن», «گوش دادن»
        if key in res.merge:
            return 3 if key in res.strong_merge else 4
        if b == PASSIVE_PARTICIPLE and a not in FUNCTION_WORDS and len(a) >= 2 and (a in res.vocab or a in res.forms) \
                and a not in self.morph.verb_forms:
            return 4  # a passive participle as an adjective: «نقشهٔ حساب شده انگشت» (not before «است»)
        if b in res.bound_heads and a not in FUNCTION_WORDS and (a in res.vocab or a in res.forms):
            return 4  # «تصمیم گیری» -> «تصمیم‌گیری»
        if key in res.listed_merge:
            return 5
        stem = self._inflected.get(b)
        if stem is not None and stem != b:
            # an inflected second part of a known compound: «نظریه پردازانی» as «نظریه‌پرداز»
            code = self._pair_code(a, stem)
            return max(code, 4) if code >= 3 else 0
        return 0


class _StaticTables:
    """What a :class:`ZwnjRestorer` derives from its resources and model alone (see its attributes)."""

    morph: Morphology
    _strong_bound: set
    _affixes: set
    _verb_prefixes: frozenset
    _prefixes: frozenset
    _left: dict
    _right: dict
    _inflected: dict
    _partners: dict
    _classes: dict
    _known_pairs: set
    chunks: dict
    pairs: dict
    margins: dict
    agrees: dict
    ins: dict


_STATIC_LOCK = threading.Lock()
#: (resources, model, their tables) of the last restorer built (see :func:`_static_tables`)
_STATIC: tuple | None = None


def _static_tables(res: ZwnjResources, model: GapModel | None) -> _StaticTables:
    """The attributes of a :class:`ZwnjRestorer` that depend on ``res`` and ``model`` alone (no memo),
    built once and shared while the same resources and model serve (they are read, never changed,
    but by :meth:`ZwnjRestorer.add_pairs`, which copies them first)."""
    global _STATIC
    got = _STATIC
    if got is not None and got[0] is res and got[1] is model:
        return got[2]
    with _STATIC_LOCK:
        got = _STATIC
        if got is not None and got[0] is res and got[1] is model:
            return got[2]
        tables = _build_static_tables(res, model)
        _STATIC = (res, model, tables)
        return tables


def _build_static_tables(res: ZwnjResources, model: GapModel | None) -> _StaticTables:
    t = _StaticTables()
    morph = t.morph = Morphology(
        vocab=res.vocab, forms=res.forms, verb_forms=res.verb_forms, heads=res.heads, suffix_way=res.suffix_way,
        adjectives=res.adjectives, leads=res.leads,
    )
    t._strong_bound = {s for s, _ in PLURAL_SUFFIXES}
    # (the ezafe after a silent ه too: «هزینهی» -> «هزینه‌ی» is an affix's gap, as «هزینه ی» joins by one)
    t._affixes = morph.bound | morph.vowel_bound | {s for s, _ in morph.suffixes} | {EZAFE_YE}
    # words that can start / end a joinable spaced pair: 2 by a rule (with any neighbour),
    # 1 by the lexicon (with a neighbour that can too); every other pair is skipped at once
    verb_prefixes = t._verb_prefixes = frozenset(morph.verb_prefixes)  # (a set: looked up for every word)
    rule_left = verb_prefixes | {"بی"}
    t._prefixes = rule_left
    rule_right = frozenset(morph.bound | morph.vowel_bound | res.bound_heads | COMPARATIVE_INDEFINITE
                           | {PASSIVE_PARTICIPLE, EZAFE_YE})
    lex_left = {a for a, _ in res.merge} | {a for a, _ in res.listed_merge}
    lex_right = {b for _, b in res.merge} | {b for _, b in res.listed_merge}
    t._left = dict.fromkeys(lex_left, 1) | dict.fromkeys(rule_left, 2)
    right = t._right = dict.fromkeys(lex_right, 1) | dict.fromkeys(rule_right, 2)
    # inflected second parts of compounds -> their stem: «پردازانی» -> «پرداز», «دیدگان» -> «دیده»
    inflected: dict[str, str] = {}
    # (in a fixed order, the longest stem first: «سنگانی» is «سنگان» + «ی» before «سنگ» + «انی»; the
    # order of a set would make the choice, and so the output, depend on the process's hash seed)
    for stem in sorted(lex_right | res.bound_heads, key=lambda s: (-len(s), s)):
        if len(stem) < 2:
            continue
        for infl in inflections(stem):
            if res.vocab.get(infl, 0) < MAX_INFLECTED_CLASS:  # not «نگران» as «نگر» + «ان»
                inflected.setdefault(infl, stem)
    t._inflected = inflected
    for infl, stem in inflected.items():
        right.setdefault(infl, 2 if stem in res.bound_heads else 1)
    # the class bits of each word's partners in the lexicon pairs (see ZwnjRestorer._end_bits)
    t._partners = {}
    t._classes = {}  # the class bit of each second word of a lexicon pair
    t._known_pairs = set()  # (a, b) open to the model although no rule proposes them
    _add_partners(t, list(res.merge) + list(res.listed_merge))
    if model is not None:
        _add_pairs(t, model.pairs)
    # the memo entries computed at build time (:mod:`.chunktable`): for the shipped resources and model only
    tables: dict = {}
    if model is not None and res is _resources._CACHE and model is _gapmodel._CACHE:
        from . import chunktable

        tables = chunktable.load()
    t.chunks, t.pairs, t.margins, t.agrees, t.ins = (tables.get(name) or {} for name in (
        "chunks", "pairs", "margins", "agrees", "ins"))
    return t


def _add_pairs(t, pairs) -> None:
    """Add the spaced pairs «a b» of ``pairs`` ("a|b") to the tables of ``t`` (a restorer or its
    :class:`_StaticTables`): open gaps for the model."""
    added = []
    left, right, known = t._left, t._right, t._known_pairs
    for p in pairs:
        a, _, b = p.partition("|")
        left.setdefault(a, 1)
        right.setdefault(b, 1)
        known.add((a, b))
        added.append((a, b))
    _add_partners(t, added)


def _add_partners(t, pairs) -> None:
    classes, partners = t._classes, t._partners
    for a, b in pairs:
        c = classes.get(b)
        if c is None:
            c = classes[b] = _pair_class(b)
        partners[a] = partners.get(a, 0) | c
