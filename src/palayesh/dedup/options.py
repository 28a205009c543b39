"""Options of exact and near-duplicate removal and story clustering (the ``[dedup]`` table)."""
from __future__ import annotations

from dataclasses import dataclass

from ..options import OptionsError, validate


@dataclass(frozen=True, kw_only=True)
class DedupOptions:
    #: deduplication on or off as a whole
    enabled: bool = True
    #: drop documents whose normalized body key (letters + digits, folded) equals another's
    exact: bool = True
    #: near-duplicate removal with MinHash + LSH (off: exact only)
    near: bool = True
    #: story clusters (``story`` ids on kept documents)
    stories: bool = True

    # -- near duplicates ------------------------------------------------------------------------
    #: words per shingle. FineWeb-2 (configs/fas_Arab.yml via datatrove MinhashConfig) uses 5-grams;
    #: on the dev pages 3-, 4- and 5-grams separate copies from other stories equally well
    #: (worst copy J=0.30, best other pair J=0.06 at n=5), and 5-grams are the safer choice on
    #: formulaic news (sports results, weather) where short n-grams recur between different stories.
    shingle_words: int = 5
    #: LSH bands x rows (the signature has bands*rows values). FineWeb-2's 14x8 finds a pair with
    #: probability 1-(1-J^8)^14: 5% at J=0.5, 0.1% at J=0.3 -- it is tuned for J>=0.75, but
    #: republished Persian news copies (rewritten dateline, dropped last paragraph, added intro,
    #: typos) fall to J=0.30-0.66 on word 5-grams. 48x2 finds J=0.30 with 99%, J=0.25 with 95%;
    #: the many false candidates that few rows let through are removed by `min_jaccard` below.
    #: rows=2 also makes a band key the two 32-bit values side by side (no hash, no collisions).
    bands: int = 48
    rows: int = 2
    #: a page is dropped as a copy of the kept page of its cluster when the Jaccard of their word
    #: 5-gram sets, checked on the sets themselves, reaches this. Dev pages: copies 0.30-1.0,
    #: different stories <= 0.06 (dup P/R 1.0/1.0 at 0.25 and at 0.3); every drop of a 20,000-page
    #: run is then defensible against its kept copy on this and the containment below
    min_jaccard: float = 0.3
    #: ...or when this share of its shingles is inside the kept page (a copy with a long intro/outro
    #: added, a brief held whole by the full story). Directional: the page held is the copy of the
    #: page holding it, never the other way, and never of what else that page holds.
    min_containment: float = 0.7
    #: ...with at least this Jaccard too (0: containment alone)
    min_containment_jaccard: float = 0.0
    #: documents with fewer words than this are only deduplicated exactly (a near-duplicate
    #: decision on a two-line text is mostly chance)
    min_words: int = 20
    #: candidates in an LSH bucket: each member with the bucket's first member and with the next
    #: `bucket_window` members (all pairs in buckets up to that size); a huge bucket (a shingle
    #: pair shared by thousands of pages) then costs time linear in its size, not quadratic
    bucket_window: int = 8
    #: seed of the hash functions: signatures of different runs are comparable when equal
    seed: int = 1

    # -- stories ---------------------------------------------------------------------------------
    #: story signature: MinHash over the set of words (3+ letters) of title + first paragraphs;
    #: different outlets write the same event with the same names and numbers, not the same sentences.
    #: 32 bands x 3 rows finds J=0.3 with 58%, J=0.4 with 88%, J=0.5 with 98%. Two rows would find
    #: J=0.3 with 95%, but word sets share common words, so 2-row buckets are crowded: at 300k
    #: documents stories alone then took 29 s and 1.5 GiB, with 3 rows the whole barrier 10 s / 0.5 GiB.
    story_bands: int = 32
    story_rows: int = 3
    #: words of the body (after the title) that go into the story signature
    story_words: int = 120
    #: estimated word-set Jaccard for "same story" (different events of one beat share common words,
    #: ~0.1; reports of one event ~0.3 and more)
    min_story_jaccard: float = 0.3
    #: a story band key shared by more documents than this is common words (a beat, a season),
    #: not one event: such buckets give no candidates (bounds the barrier's work on crowded beats)
    max_story_bucket: int = 50
    #: two dated documents more than this many days apart are never one story (None: no check)
    max_story_days: int | None = 3
    #: a report without a date joins a story only when its word set is this close to the story's
    #: centre's: a date can never let it in
    min_story_jaccard_undated: float = 0.5

    def __post_init__(self):
        validate(self)
        if self.rows < 1 or self.bands < 1 or self.story_rows < 1 or self.story_bands < 1:
            raise OptionsError("DedupOptions: bands and rows must be >= 1")
        if self.shingle_words < 1:
            raise OptionsError("DedupOptions.shingle_words must be >= 1")
        for name in ("min_jaccard", "min_containment", "min_containment_jaccard", "min_story_jaccard",
                     "min_story_jaccard_undated"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise OptionsError(f"DedupOptions.{name} must be within 0..1")
