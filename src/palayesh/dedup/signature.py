"""The process step: per document, an exact key and MinHash signatures; per shard, one artifact.

Artifact ``.work/process/artifacts/dedup-NNNNN`` (written whole: :func:`palayesh.fsutil.atomic_write`) holds,
for every document of the shard that has no drop ``reason`` yet and some text, in shard order:
position in the shard, id, 128-bit exact key, word and shingle counts, own-copy score, day of
publication, text length, near-dup signature and story signature (uint32 matrices). The barrier
reads these shard by shard and spills the signatures into one file on disk.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..fsutil import atomic_write
from ..news import DATELINE_CLAUSE, function_words
from ..pipeline.base import Context, Transform
from .keys import day_number, fold, own_copy, words, words_of_folded
from .options import DedupOptions

if TYPE_CHECKING:  # numpy is imported where the arrays are made
    import numpy as np

    from .minhash import MinHasher

ARTIFACT = "dedup"
NO_DAY = -(2**31)

# the dateline clause opening a body (palayesh.news.DATELINE_CLAUSE): every copy rewrites it, and
# every story of an agency starts with it, so it is no evidence of a shared story


@lru_cache(maxsize=1)
def story_stopwords() -> frozenset[str]:
    """Function words (:func:`palayesh.news.function_words`, as written there) plus news verbs."""
    out: set[str] = set()
    try:
        # as written, not folded like the tokens they are matched with: «آن», «آنها» never match
        # «ان», «انها» (kept so: folding them would change which stories dedup groups)
        out.update(function_words())
    except OSError:  # the shipped list is optional here: the news words below still apply
        pass
    # reporting words every Persian news story has, whatever the event
    out.update("گزارش خبرگزاری خبرنگار افزود گفت کرد کرده شده است بود داد نیز اینکه همچنین".split())
    return frozenset(out)


def story_tokens(title: str | None, text: str, limit: int, body_words: list[str] | None = None) -> set[str]:
    """Content words of the title and the first ``limit`` words of the body (dateline skipped).
    ``body_words``: :func:`words` of ``text`` when the caller has them already."""
    stop = story_stopwords()
    if body_words is None:
        body_words = words(text or "")
    m = DATELINE_CLAUSE.match(text or "")
    skip = len(words(m.group(0))) if m else 0
    toks = words(title or "") + body_words[skip:skip + limit]
    return {w for w in toks if len(w) >= 3 and w not in stop}


class DedupSignatureStep(Transform):
    """Exact key and signatures of every not-yet-rejected document; one artifact per shard."""

    name = "dedup"

    def __init__(self, options: DedupOptions):
        self.options = options
        self._hasher: MinHasher | None = None  # made in setup (numpy is imported there)
        self._story_hasher: MinHasher | None = None

    def setup(self, ctx: Context) -> None:
        from .minhash import MinHasher

        o = self.options
        if self._hasher is None:
            self._hasher = MinHasher(o.bands * o.rows, o.seed)
            self._story_hasher = MinHasher(o.story_bands * o.story_rows, o.seed + 1000)
        self._rows: list[tuple] = []
        self._sigs: list = []
        self._story: list = []
        self._shingles: list = []
        self._pos = 0

    def transform(self, doc):
        # every document passes in order (rejected ones too): its position in the shard is the
        # key of the barrier's decision for it
        pos = self._pos
        self._pos += 1
        if doc.get("reason") is None:
            self._add(pos, doc)

    def _add(self, pos: int, doc: dict) -> None:
        import numpy as np
        import xxhash

        from .minhash import shingle_hashes, sorted_unique, word_hashes

        text = doc.get("text") or ""
        folded = fold(text)
        toks = words_of_folded(folded)
        # the exact key: the text's letters and digits (exact_key_of_folded), which are its tokens'
        # letters in order (joining affixes moves no letter)
        key = "".join(toks)
        if not key:  # nothing to compare (an empty body is the filters' business)
            return
        o = self.options
        assert self._hasher is not None and self._story_hasher is not None, "setup() makes them"
        # the text's distinct shingle hashes, sorted once for both uses below
        sh = sorted_unique(shingle_hashes(word_hashes(toks), o.shingle_words))
        # the set of the text's shingles (32 bits of each hash): the barrier checks every drop
        # on it, not only on the signatures' estimate (the high halves of sorted hashes are sorted:
        # their distinct values are those unlike the one before)
        high = (sh >> np.uint64(32)).astype(np.uint32)
        shingles = high[np.concatenate(([True], high[1:] != high[:-1]))] if high.size else high
        h = xxhash.xxh3_128_intdigest(key.encode("utf-8"))
        day = day_number(doc.get("published"))
        row = (pos, str(doc.get("id") or ""), h >> 64, h & ((1 << 64) - 1), len(toks), len(shingles),
               own_copy(doc), NO_DAY if day is None else day, len(key))
        sig = self._hasher.signature_of_unique(sh)
        story = self._story_hasher.signature(story_tokens(doc.get("title"), text, o.story_words, body_words=toks))
        # appended together, so that a failure above leaves the lists aligned
        self._rows.append(row)
        self._sigs.append(sig)
        self._story.append(story)
        self._shingles.append(shingles)

    def finish(self, ctx: Context) -> None:
        write_artifact(ctx.artifact(ARTIFACT), self._rows, self._sigs, self._story,
                       self.options.bands * self.options.rows, self.options.story_bands * self.options.story_rows,
                       self._shingles)
        self._rows, self._sigs, self._story, self._shingles = [], [], [], []


COLUMNS = ("pos", "id", "key_hi", "key_lo", "words", "shingles", "own", "day", "length")
DTYPES = ("int32", "str", "uint64", "uint64", "int32", "int32", "int8", "int32", "int32")


def write_artifact(path, rows, sigs, story, num_perm: int, story_perm: int, shingles=()) -> None:
    """Write one shard's artifact whole (:func:`~palayesh.fsutil.atomic_write`): the columns, the two signatures, then
    every document's shingle set (one flat array; the ``shingles`` column gives the lengths)."""
    import numpy as np

    cols = list(zip(*rows)) if rows else [()] * len(COLUMNS)
    with atomic_write(path, "wb") as fh:
        for values, dtype in zip(cols, DTYPES):
            np.save(fh, np.array(values, dtype=dtype if dtype != "str" else np.str_), allow_pickle=False)
        np.save(fh, np.array(sigs, dtype=np.uint32).reshape(len(rows), num_perm), allow_pickle=False)
        np.save(fh, np.array(story, dtype=np.uint32).reshape(len(rows), story_perm), allow_pickle=False)
        flat = np.concatenate(list(shingles)) if len(shingles) else np.zeros(0, dtype=np.uint32)
        np.save(fh, flat.astype(np.uint32), allow_pickle=False)


def read_artifact(path) -> tuple[dict, np.ndarray, np.ndarray, np.ndarray]:
    """(columns, signatures, story signatures, flat shingle sets) of one shard's artifact."""
    import numpy as np

    with open(path, "rb") as fh:
        cols = {name: np.load(fh, allow_pickle=False) for name in COLUMNS}
        sig = np.load(fh, allow_pickle=False)
        story = np.load(fh, allow_pickle=False)
        flat = np.load(fh, allow_pickle=False)
    return cols, sig, story, flat
