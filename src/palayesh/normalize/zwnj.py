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

from .morph import NON_JOINING, ZWNJ, Morphology
from .resources import ZwnjResources

#: Arabic-script letters (the ones a ZWNJ may stand between)
LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
_LETTER_SET = frozenset(
    chr(c) for c in list(range(0x0621, 0x063B)) + list(range(0x0641, 0x064B)) + list(range(0x066E, 0x06D4))
    + [0x06D5] + list(range(0x06FA, 0x0700))
)
WORD_RE = re.compile(f"[{LETTERS}]+(?:\u200c[{LETTERS}]+)*")

#: tidying existing ZWNJs: (pattern, replacement, why)
CLEANUP_RULES = [
    ("\u200c{2,}", ZWNJ, "one ZWNJ is enough"),
    (f"(?<![{LETTERS}])\u200c|\u200c(?![{LETTERS}])", "", "a ZWNJ only means something between two letters"),
]

#: memo sizes before they are emptied (a chunk is ~10 characters: ~10 MB at most)
MAX_MEMO = 400_000


class ZwnjRestorer:
    """Restores ZWNJs in lines of Persian text.

    >>> from palayesh.normalize.resources import load
    >>> r = ZwnjRestorer(load())
    >>> r.restore_line("برنامههای بین المللی می شود", Counter()) == "برنامه‌های بین‌المللی می‌شود"
    True
    """

    def __init__(self, res: ZwnjResources, *, restore: bool = True, cleanup: bool = True):
        self.res = res
        self.restore = restore
        self.cleanup = cleanup
        self.morph = Morphology(
            vocab=res.vocab, forms=res.forms, verb_forms=res.verb_forms, heads=res.heads, suffix_way=res.suffix_way
        )
        self._cleanup_rules = [(re.compile(p), r, why) for p, r, why in CLEANUP_RULES]
        # memos, one per mode: [0] text without ZWNJ, [1] text whose writer types ZWNJs
        self._chunk_memos: tuple[dict, dict] = ({}, {})
        self._pair_memos: tuple[dict, dict] = ({}, {})

    # -- one line
    def restore_line(self, line: str, edits: Counter) -> str:
        """Restore the half-spaces of one line (no newline inside)."""
        if self.cleanup and ZWNJ in line:
            for pattern, repl, _why in self._cleanup_rules:
                line, n = pattern.subn(repl, line)
                if n:
                    edits["zwnj_removed"] += n
        if not self.restore:
            return line
        # a line that has half-spaces was written by someone who types them: its glued words and
        # its spaces are trusted, and only safe decisions apply
        trusted = ZWNJ in line
        chunks_memo = self._chunk_memos[trusted]
        pairs_memo = self._pair_memos[trusted]
        out: list[str] = []
        prev_tail = None
        inserted = joined = 0
        for chunk in line.split(" "):
            r = chunks_memo.get(chunk)
            if r is None:
                r = self._chunk(chunk, trusted)
            text, head, tail, ins = r
            inserted += ins
            if prev_tail is not None and head is not None:
                key = (prev_tail, head)
                g = pairs_memo.get(key, 0)
                if g == 0:
                    g = self._pair(prev_tail, head, trusted)
                    if len(pairs_memo) > MAX_MEMO:
                        pairs_memo.clear()
                    pairs_memo[key] = g
                if g is not None:
                    out[-1] = out[-1] + g + text
                    joined += 1
                    prev_tail = tail
                    continue
            out.append(text)
            prev_tail = tail
        if inserted:
            edits["zwnj_inserted"] += inserted
        if joined:
            edits["space_to_zwnj"] += joined
        return " ".join(out)

    # -- one space-separated chunk
    def _chunk(self, chunk: str, trusted: bool):
        if not chunk:
            r = (chunk, None, None, 0)
        else:
            word = self._word_trusted if trusted else self._word_match
            text = WORD_RE.sub(word, chunk) if len(chunk) > 2 else chunk
            head = tail = None
            if text[0] in _LETTER_SET:
                head = WORD_RE.match(text).group().replace(ZWNJ, "")
            if text[-1] in _LETTER_SET:
                m = None
                for m in WORD_RE.finditer(text):
                    pass
                tail = m.group().replace(ZWNJ, "") if m is not None else None
            r = (text, head, tail, text.count(ZWNJ) - chunk.count(ZWNJ))
        memo = self._chunk_memos[trusted]
        if len(memo) > MAX_MEMO:
            memo.clear()
        memo[chunk] = r
        return r

    def _word_match(self, m) -> str:
        return self.word(m.group())

    def _word_trusted(self, m) -> str:
        return self.word(m.group(), trusted=True)

    def word(self, word: str, trusted: bool = False) -> str:
        """The spelling of one word (letters, maybe with ZWNJs) with its lost ZWNJs restored.

        >>> from palayesh.normalize.resources import load
        >>> ZwnjRestorer(load()).word("توانستهاند") == "توانسته‌اند"
        True
        """
        if ZWNJ not in word:
            return self.glued(word, trusted)
        return ZWNJ.join(self.glued(part, trusted) for part in word.split(ZWNJ))

    def glued(self, s: str, trusted: bool = False) -> str:
        """A word without any ZWNJ: as the lexicon spells it, or split by its affixes."""
        f = self.res.forms.get(s)
        if f is not None:
            return f if not trusted or s in self.res.strong_forms else s
        if trusted:
            return s
        if len(s) < 4 or s in self.res.vocab:
            return s
        return self.morph.parse(s) or s

    # -- two neighbouring words
    def _pair(self, a: str, b: str, trusted: bool = False):
        """The glue for the spaced pair «a b»: None (stay apart), ZWNJ, or "" after a non-joining letter."""
        res = self.res
        key = (a, b)
        if key in res.keep:
            return None
        if key in (res.strong_merge if trusted else res.merge) or self.morph.rule_joins(a, b):
            return "" if a[-1] in NON_JOINING else ZWNJ
        return None
