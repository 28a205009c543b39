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
#: a family is glued on purpose when it was seen glued at least this much (decayed count) ...
MIN_GLUED = 2.0
#: ... and apart at most this many times as much (a writer who lost a few ZWNJs glues far fewer:
#: 3 vs 10 compared on the updt-train folds and on careful news paragraphs with 5-30 % of their ZWNJs
#: deleted, where 3 changes nothing and 10 costs 0.15 points of F1 at 5 %) ...
MAX_APART = 3.0
#: ... by a writer whose «می» was seen apart at least this much ...
MIN_TYPED = 3.0
#: ... and glued at most this fraction of that
MAX_LOST = 0.1


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

    __slots__ = ("glued", "apart")

    def __init__(self):
        self.glued: dict[str, float] = {}
        self.apart: dict[str, float] = {}

    def observe(self, glued, apart) -> None:
        """Add one line's evidence: the families it shows glued, and apart."""
        for counts, seen in ((self.glued, glued), (self.apart, apart)):
            for k in counts:
                counts[k] *= DECAY
            for f in seen:
                counts[f] = counts.get(f, 0.0) + 1.0

    def glues(self, fam: str | None) -> bool:
        """Does this document glue the affix family ``fam`` on purpose?"""
        if fam is None:
            return False
        g = self.glued.get(fam, 0.0)
        if g < MIN_GLUED or self.apart.get(fam, 0.0) > MAX_APART * g:
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
