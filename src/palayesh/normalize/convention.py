"""A document's own convention for glued affixes, learned from the document as it is read.

Two careful conventions disagree on a few affixes: the Seraji/UPDT texts often glue the plural and
the comparative («ارزشهای», «بزرگترین») where PerDT and the news write a ZWNJ («ارزش‌های»,
«بزرگ‌ترین»); both type «می‌» with its ZWNJ. One line rarely tells them apart, a document does: a
writer who types their «می‌» (with a ZWNJ, or a space standing for one: «می شود») and never glues
it, yet writes an affix family glued again and again, glues that family on purpose. Its glued
affixes are then left as written, for the rest of the document. Text that lost its ZWNJs (all or
some) loses them after «می» as well, and keeps every restoration.

Evidence is counted per family (the verb prefix «می/نمی», the plural «ها/های/…», the comparative
«تر/ترین/…») from the lines as written, with an exponential decay so that a stream of several
documents (or a document quoting another) follows the latest writer:

- glued: a chunk whose restoration splits the affix off («ارزشهای» -> «ارزش‌های», «میشود»);
- apart: the affix after (before) a ZWNJ («ارزش‌های», «می‌شود») or a space («ارزش های», «می شود»).

A plural or comparative counts by its fate, once its line is restored
(:meth:`.zwnj.ZwnjRestorer.observed`): glued if the restorer left it glued (the line's own writer
judged so, or the habit learned so far), apart if it split it off, as a second pass over the output
reads it; a line's affixes are judged by the lines before it. So normalizing a document twice learns
its habit at the same lines as normalizing it once, and keeps the same plurals glued. (s31 counted
every glued affix as glued: a plural split before the habit was learned read as typed in a second
pass, which learned the habit later and split a plural the first pass had kept.)

Nothing here is a list of words: only what the document itself writes.
"""
from __future__ import annotations

from .morph import COMPARATIVE_INDEFINITE, COMPARATIVE_SUFFIXES, PLURAL_SUFFIXES, ZWNJ

#: the family of the verb prefix, the writer's proof of typing half-spaces
PREFIX = "می"
#: family of each affix the conventions disagree on: the plural, the comparative
FAMILY = {s: "ها" for s, _ in PLURAL_SUFFIXES} | {s: "تر" for s, _ in COMPARATIVE_SUFFIXES} | dict.fromkeys(
    COMPARATIVE_INDEFINITE, "تر")

#: the weight of evidence one line later: ~0.98 keeps the last ~50 lines that showed something
DECAY = 0.98
#: a family is glued on purpose when it was seen glued at least this much (decayed count; an affix
#: counts glued only where the restorer left it so, see the module's docstring) ...
MIN_GLUED = 1.0
#: ... and apart at most this many times as much (a writer who lost a few ZWNJs glues far fewer, and
#: those the restorer splits count apart: careful news paragraphs with 5-30 % of their ZWNJs deleted
#: score as with s31's 2 and 3; s31 had measured 10 against 3 with every glued affix counted glued, a
#: loss of 0.15 points of F1 at 5 %) ...
MAX_APART = 10.0
#: ... by a writer whose «می» was seen apart at least this much ...
MIN_TYPED = 3.0
#: ... and glued at most this fraction of that
MAX_LOST = 0.1

#: the document's sign for the gap model (:meth:`DocConvention.sign`): a document types spaces for its
#: half-spaces ("D") when this many of its lines (decayed) showed an affix after a space ...
MIN_SIGN_LINES = 3.0
#: ... and this many times as many as showed a ZWNJ; it writes none ("N") when this many lines showed a
#: ZWNJ or a glued affix, this many times as many as showed an affix after a space
SIGN_RATIO = 3.0


def family(affix: str) -> str | None:
    """The family of an affix split off a glued word: «های» and «ها» are one (the plural); None for
    an affix both conventions write alike."""
    return FAMILY.get(affix)


class DocConvention:
    """Decayed counts of how one document writes its affixes (see the module's docstring).

    >>> d = DocConvention()
    >>> for _ in range(4):
    ...     d.observe(glued=["ها"], apart=["می"])
    >>> d.glues("ها"), d.glues("تر")
    (True, False)
    >>> d.observe(glued=["می"], apart=[])  # «میشود»: a writer who lost ZWNJs
    >>> d.glues("ها")
    False
    """

    __slots__ = ("glued", "apart", "spaced_lines", "written_lines")

    def __init__(self):
        self.glued: dict[str, float] = {}
        self.apart: dict[str, float] = {}
        #: decayed counts of the lines that showed an affix after a space («می شود», «کتاب ها»), and of
        #: those that showed a ZWNJ or a glued affix («می‌شود», «میشود»): see :meth:`sign`
        self.spaced_lines = 0.0
        self.written_lines = 0.0

    def observe(self, glued, apart) -> None:
        """Add one line's evidence: the families it shows glued, and apart."""
        for counts, seen in ((self.glued, glued), (self.apart, apart)):
            for k in counts:
                counts[k] *= DECAY
            for f in seen:
                counts[f] = counts.get(f, 0.0) + 1.0

    def see_line(self, spaced: bool, written: bool) -> None:
        """Count one line (every line, so that the evidence of a line decays with the lines read after it,
        whatever they show): ``spaced`` it shows an affix after a space, ``written`` a ZWNJ or a glued affix."""
        self.spaced_lines = self.spaced_lines * DECAY + spaced
        self.written_lines = self.written_lines * DECAY + written

    def sign(self) -> str:
        """What the document's lines so far tell the gap model of its half-spaces: "D" it types spaces for
        them (a line of it that shows no affix is such a line too: its spaced pairs may be half-spaces), "N"
        it does not (it types ZWNJs, or lost them: its spaces are spaces), "" neither surely.

        Restoring the document can only weaken "D" and strengthen "N": a restored line loses its spaced
        affixes (they take a ZWNJ), its glued affixes take a ZWNJ (still a written line), and no ZWNJ is
        ever taken away. The model reads "D" only as a push towards a ZWNJ and "N" only as one away from
        it (:meth:`.zwnj.ZwnjRestorer._margin`), so that a second pass never joins what the first left
        apart: normalizing twice is normalizing once.

        >>> d = DocConvention()
        >>> for _ in range(4):
        ...     d.see_line(spaced=True, written=False)
        >>> d.sign()
        'D'
        >>> for _ in range(8):  # the same lines restored: «می‌شود»
        ...     d.see_line(spaced=False, written=True)
        >>> d.sign()
        ''
        >>> e = DocConvention()
        >>> for _ in range(4):
        ...     e.see_line(spaced=False, written=True)
        >>> e.sign()
        'N'
        """
        s, w = self.spaced_lines, self.written_lines
        if s >= MIN_SIGN_LINES and w * SIGN_RATIO < s:
            return "D"
        if w >= MIN_SIGN_LINES and s * SIGN_RATIO < w:
            return "N"
        return ""

    def evidence(self) -> bool:
        """Has this document shown anything of its convention?"""
        return bool(self.glued or self.apart or self.spaced_lines or self.written_lines)

    def keeps_glued(self, fam: str) -> bool:
        """Has this document's affix family ``fam`` (a plural or a comparative) been left glued often enough,
        as its restoration goes, to be its habit? What :meth:`glues` asks of the family itself, without
        asking of the verb prefix: the plural and the comparative count by their fate (see the module's
        docstring), so a second pass over the output reads the same, where «می» counts as written and a
        restoration turns glued «میشود» into typed «می‌شود».

        >>> d = DocConvention()
        >>> for _ in range(4):
        ...     d.observe(glued=["ها", "می"], apart=["ها"])
        >>> d.keeps_glued("ها"), d.glues("ها"), d.keeps_glued("تر")
        (True, False, False)
        """
        g = self.glued.get(fam, 0.0)
        return g >= MIN_GLUED and self.apart.get(fam, 0.0) <= MAX_APART * g

    def glues(self, fam: str | None) -> bool:
        """Does this document glue the affix family ``fam`` on purpose?"""
        if fam is None or not self.keeps_glued(fam):
            return False
        typed = self.apart.get(PREFIX, 0.0)
        return typed >= MIN_TYPED and self.glued.get(PREFIX, 0.0) <= MAX_LOST * typed


#: punctuation that may stand next to an affix inside a space-separated chunk
PUNCT = "،.؛:!؟«»()[]\"'-"


def apart_families(chunks, prefixes) -> list[str]:
    """The families of the affixes written with a ZWNJ in ``chunks`` («ارزش‌های» -> ["ها"],
    «می‌شود» -> [PREFIX]); ``prefixes``: the verb prefixes («می», «نمی», «برمی» …)."""
    out = []
    for c in chunks:
        parts = c.split(ZWNJ)
        for i in range(1, len(parts)):
            f = FAMILY.get(parts[i].rstrip(PUNCT))
            if f is not None:
                out.append(f)
            elif parts[i - 1].lstrip(PUNCT) in prefixes:
                out.append(PREFIX)
    return out
