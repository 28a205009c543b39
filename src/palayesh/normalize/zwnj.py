"""Restoring lost half-spaces (ZWNJ, U+200C) in Persian text.

Three damages, one pass per line:

- glued (deleted ZWNJ): «برنامههای» -> «برنامه‌های», «میروند» -> «می‌روند»
- spaced (ZWNJ typed as a space): «اقدام های» -> «اقدام‌های», «بین المللی» -> «بین‌المللی»
- mixed: both in one text, next to correct half-spaces, which are left alone.

Each space-separated chunk is restored by lexicon (how the news corpus and the hazm/shekar lists
spell the word), then by morphology for unseen words (:mod:`.morph`); each pair of neighbouring
words is then joined when the lexicon knows the pair as one word or an affix rule says so.
Results are memoized per chunk and per pair: running text repeats its words.
"""
from __future__ import annotations

import re
from collections import Counter

from .morph import NON_JOINING, PLURAL_SUFFIXES, VERB_PREFIXES, ZWNJ, Morphology
from .resources import ZwnjResources

#: Arabic-script letters (the ones a ZWNJ may stand between)
LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
_LETTER_SET = frozenset(
    chr(c) for c in list(range(0x0621, 0x063B)) + list(range(0x0641, 0x064B)) + list(range(0x066E, 0x06D4))
    + [0x06D5] + list(range(0x06FA, 0x0700))
)
WORD_RE = re.compile(f"[{LETTERS}]+(?:\u200c[{LETTERS}]+)*")

#: restoration modes of glued words, by what the line tells of its writer
FULL, AFFIX, TRUSTED = 0, 1, 2

#: memo sizes before they are emptied (a chunk is ~10 characters: ~10 MB at most)
MAX_MEMO = 400_000


class ZwnjRestorer:
    """Restores ZWNJs in lines of Persian text.

    >>> from palayesh.normalize.resources import load
    >>> r = ZwnjRestorer(load())
    >>> r.restore_line("برنامههای بین المللی می شود", Counter()) == "برنامه‌های بین‌المللی می‌شود"
    True
    """

    def __init__(self, res: ZwnjResources, *, restore: bool = True):
        self.res = res
        self.restore = restore
        self.morph = Morphology(
            vocab=res.vocab, forms=res.forms, verb_forms=res.verb_forms, heads=res.heads, suffix_way=res.suffix_way,
            adjectives=res.adjectives,
        )
        self._chunks: dict = {}
        self._pairs: dict = {}
        self._strong_bound = {s for s, _ in PLURAL_SUFFIXES}
        self._affixes = self.morph.bound | self.morph.vowel_bound | {s for s, _ in self.morph.suffixes}

    # -- one line
    def restore_line(self, line: str, edits: Counter) -> str:
        """Restore the half-spaces of one line (no newline inside).

        The line's writer is judged first, since a writer is consistent:
        - one who types ZWNJs (the line has some): their glued words and spaces are trusted, only
          safe decisions apply;
        - one who glues (a «میروند» or «کمکها» here, no «می روند» or «کمک ها»): their spaces are
          real, only affix rules join words;
        - one who types spaces («می روند», no glued affix): their glued words are real, only safe
          lexicon entries split them;
        - otherwise (both, or no sign): every decision applies.
        """
        if not self.restore:
            return line
        memo = self._chunks
        pairs = self._pairs
        chunk_get = memo.get
        pair_get = pairs.get
        infos = []
        glued_sign = False
        for chunk in line.split(" "):
            r = chunk_get(chunk)
            if r is None:
                r = self._chunk(chunk)
            infos.append(r)
            if r[4]:
                glued_sign = True
        # pair codes: 0 apart, 1 bound affix alone («می», «ها»), 2 other affix rule, 3/4 strong/weak lexicon pair
        codes = [0] * len(infos)
        spaced_sign = False
        prev_tail = None
        for i, r in enumerate(infos):
            if prev_tail is not None and r[2] is not None:
                key = (prev_tail, r[2])
                code = pair_get(key)
                if code is None:
                    code = self._pair_code(prev_tail, r[2])
                    if len(pairs) > MAX_MEMO:
                        pairs.clear()
                    pairs[key] = code
                codes[i] = code
                if code == 1:
                    spaced_sign = True
            prev_tail = r[3]
        if ZWNJ in line:
            mode, max_code = 5, 3
        elif glued_sign and not spaced_sign:
            mode, max_code = 0, 2
        elif spaced_sign and not glued_sign:
            mode, max_code = 1, 4
        else:
            mode, max_code = 0, 4
        out: list[str] = []
        inserted = joined = 0
        for r, code in zip(infos, codes):
            text = r[mode]
            if code and code <= max_code:
                left = out[-1]
                out[-1] = left + text if left[-1] in NON_JOINING else left + ZWNJ + text
                joined += 1
            else:
                out.append(text)
        if inserted:
            edits["zwnj_inserted"] += inserted
        if joined:
            edits["space_to_zwnj"] += joined
        text = " ".join(out)
        inserted = text.count(ZWNJ) - line.count(ZWNJ) - joined
        if inserted > 0:
            edits["zwnj_inserted"] += inserted
        return text

    # -- one space-separated chunk
    def _chunk(self, chunk: str):
        """(restored, restored at affixes, first word, last word, sign of a glued affix, restored
        surely) of a chunk."""
        if len(chunk) < 3:
            head = chunk if chunk and all(c in _LETTER_SET for c in chunk) else None
            r = (chunk, chunk, head, head, False, chunk)
        else:
            self._sign = False
            full = WORD_RE.sub(self._word_full, chunk)
            sign = self._sign
            affix = WORD_RE.sub(self._word_affix, chunk) if full != chunk else chunk
            trusted = WORD_RE.sub(self._word_trusted, chunk) if affix != chunk else chunk
            head = tail = None
            if chunk[0] in _LETTER_SET:
                head = WORD_RE.match(chunk).group().replace(ZWNJ, "")
            if chunk[-1] in _LETTER_SET:
                m = None
                for m in WORD_RE.finditer(chunk):
                    pass
                tail = m.group().replace(ZWNJ, "")
            r = (full, affix, head, tail, sign, trusted)
        if len(self._chunks) > MAX_MEMO:
            self._chunks.clear()
        self._chunks[chunk] = r
        return r

    def _word_full(self, m) -> str:
        w = m.group()
        out = self.word(w)
        if out != w and not self._sign:
            parts = out.split(ZWNJ)
            self._sign = parts[0] in VERB_PREFIXES or parts[-1] in self._strong_bound
        return out

    def _word_affix(self, m) -> str:
        return self.word(m.group(), AFFIX)

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
        return ZWNJ.join(self.glued(part, mode) for part in word.split(ZWNJ))

    def glued(self, s: str, mode: int = FULL) -> str:
        """A word without any ZWNJ: as the lexicon spells it, or split by its affixes.

        ``mode``: FULL every decision; AFFIX (a writer who types spaces) sure lexicon entries and
        affix splits only; TRUSTED (a writer who types ZWNJs) sure lexicon entries only.
        """
        f = self.res.forms.get(s)
        if f is not None:
            if mode and s not in self.res.strong_forms and (mode == TRUSTED or not self.affix_split(f)):
                return s  # a split the lexicon is not sure of: trust the writer
            return f
        if mode == TRUSTED or len(s) < 4 or s in self.res.vocab:
            return s
        f = self.morph.parse(s)
        if f is None or (mode and not self.affix_split(f)):
            return s
        return f

    def affix_split(self, form: str) -> bool:
        """Is the ZWNJ of ``form`` at an affix (می, ها, ای, ترین …), not inside a compound?"""
        parts = form.split(ZWNJ)
        return parts[0] in self.morph.verb_prefixes or parts[-1] in self._affixes

    # -- two neighbouring words
    def _pair_code(self, a: str, b: str) -> int:
        """How the spaced pair «a b» may join: 0 never, 1 a bound affix stands alone («می», «ها»),
        2 another affix rule, 3 a strong lexicon pair, 4 a weaker lexicon pair."""
        res = self.res
        key = (a, b)
        if key in res.keep:
            return 0
        if a in VERB_PREFIXES or b in self._strong_bound:
            return 1
        if self.morph.rule_joins(a, b):
            return 2
        if key in res.merge:
            return 3 if key in res.strong_merge else 4
        return 0
