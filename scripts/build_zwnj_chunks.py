#!/usr/bin/env python3
"""Build the shipped memo tables of palayesh's ZWNJ restorer (``palayesh.normalize.chunktable``).

    PYTHONPATH=src python scripts/build_zwnj_chunks.py [-o OUT] [--news PATH]

Reads the package's shipped resources (``zwnj-resources.tsv.gz``, from ``build_normalize_data.py``) and gap
model (``zwnj-model.tsv.gz``), the restorer's own code, and the news corpus the resources are built from
(``../shared/data/corpora/news-dev.jsonl.gz``, as ``build_normalize_data.py`` reads it). Rebuild after
either changes, and after any change to what the restorer memoizes (``tests/test_normalize_chunktable.py``
fails until then).

The chunk tuples (``ZwnjRestorer._chunk``) of the word forms the resources know: every glued skeleton the
lexicon spells (``F`` records, «برنامههای»: ~20-30 µs each to restore), its spelling with ZWNJs
(«برنامه‌های»: the restored chunk that a second pass and the document's evidence look up), every word of
the vocabulary (the news corpus's words written without ZWNJ, ``V`` records) that restoration changes or
reads two ways («سالهای»), and the vocabulary's frequent words (frequency class :data:`MIN_CLASS` and up,
i.e. seen 4 times or more in the news: ~2-5 µs each, which running text repeats). The rarer words the
restorer leaves as it is cost more to load than a fresh text saves.

The line-free margins (``ZwnjRestorer._margin``) of the gaps the resources name: each lexicon or model
pair a rule or the model may join («رئیس جمهوری»), and each gap the full restoration of a shipped glued
chunk opens to the model.

And what the news corpus itself asks of a fresh restorer (its paragraphs as written and with every ZWNJ
deleted, one paragraph a document): the chunks («کتاب،»), spaced pair codes, margins, the model's
agreements on glued chunks (``_model_agrees``) and the ZWNJs a restoration inserts (``_insertions``)
looked up :data:`MIN_USES` times or more in one of the two runs: what recurs in news
text, not what one paragraph alone asks.

Entries are computed by a restorer of the shipped resources and model with empty memos, in sorted order;
the file is the same bytes on every rebuild (whatever the hash seed).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from palayesh.normalize import Normalizer, chunktable, gapmodel, resources  # noqa: E402
from palayesh.normalize.gapmodel import GLUED, SPACED, StaticMargins  # noqa: E402
from palayesh.normalize.zwnj import OPEN_PAIR, S_CHANGED, S_FULL, ZWNJ, ZwnjRestorer  # noqa: E402

#: the vocabulary's words shipped although restoration leaves them as they are: those of this frequency
#: class and up (``V`` records: log2 of the news sightings). On the bench's first 3,000 news paragraphs,
#: instructions (``bench/normalize_icount.py``) against no table: the glued and changed words alone
#: -7.0 %, with classes 2+ -15.3 %, with every word -17.4 % (57k entries, 0.94 MB, +~40 ms start-up)
MIN_CLASS = 2

#: an entry the news asks is shipped when one run over the news (as written, or ZWNJs deleted) looks it up
#: this many times: what recurs in news text (entries asked once make a table that fits its own text)
MIN_USES = 2

OUT = REPO / "src" / "palayesh" / "data" / chunktable.TABLE
NEWS = REPO.parent / "shared" / "data" / "corpora" / "news-dev.jsonl.gz"
#: the restorer's memo attribute of each table (:data:`.chunktable.MEMOS`)
ATTRS = {"chunks": "_chunks", "pairs": "_pairs", "margins": "_margins", "agrees": "_agrees", "ins": "_ins_memo"}


def words(res) -> list[str]:
    """The chunks to look at: the lexicon's glued skeletons and spellings, and the vocabulary."""
    return sorted(set(res.forms) | set(res.forms.values()) | set(res.vocab))


def fresh() -> ZwnjRestorer:
    """A restorer of the shipped resources and model with every memo empty (no shipped table)."""
    restorer = ZwnjRestorer(resources.load(), model=gapmodel.load())
    restorer._table = {}
    for attr in ATTRS.values():
        setattr(restorer, attr, {})
    return restorer


def build() -> dict:
    """{chunk: memo tuple} of the word forms of the shipped resources and model, computed by the live code."""
    res = resources.load()
    restorer = fresh()
    table = {}
    spelled = set(res.forms.values())
    for w in words(res):
        r = restorer._chunks.get(w) or restorer._chunk(w)
        if w in res.forms or w in spelled or r[S_CHANGED] or r[0] != w or res.vocab.get(w, -1) >= MIN_CLASS:
            table[w] = r
    return table


def compute(restorer: ZwnjRestorer, name: str, key):
    """The memo entry ``key`` of the table ``name`` as the live code computes it (``restorer``: see :func:`fresh`)."""
    if name == "chunks":
        return restorer._chunks.get(key) or restorer._chunk(key)
    if name == "pairs":
        return restorer._pairs.get(key) if key in restorer._pairs else restorer._pair_memo(key)
    if name == "margins":  # (what _margin keeps: the static part)
        if restorer._static is None:
            restorer._static = StaticMargins(restorer.model, restorer.res, restorer.morph, restorer.counts)
        return restorer._static(*key)
    if name == "ins":
        return restorer._insertions(*key)
    chunk, rt, mode, signs = key  # (agrees: the chunk's full restoration is its memo tuple's)
    return restorer._model_agrees(chunk, compute(restorer, "chunks", chunk)[S_FULL], rt, mode, signs)


def resource_gaps(chunks: dict) -> list:
    """The margin keys (kind, a, b, code) of the gaps the resources name: each lexicon or model pair whose
    code lets a rule or the model join it, and each gap the full restoration of a glued chunk of ``chunks``
    opens to the model (not a verb prefix's; an affix's only where the model may keep it glued by habit)."""
    res = resources.load()
    restorer = fresh()
    keys = set()
    for a, b in sorted(set(res.merge) | set(res.listed_merge) | restorer._known_pairs):
        code = restorer._pair_memo((a, b))
        if code == OPEN_PAIR or code > 1:
            keys.add((SPACED, a, b, max(code, 0)))
    for chunk, r in chunks.items():
        if r[S_CHANGED] and ZWNJ not in chunk:
            for _, a, b, certain, code in restorer._insertions(chunk, r[S_FULL]) or ():
                if not certain and (code != 1 or restorer._habit_gap(a, b)):
                    keys.add((GLUED, a, b, code))
    return sorted(keys)


def news_paragraphs(path: Path) -> list[str]:
    """The paragraphs of the news corpus, in its order."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            out += [p for p in json.loads(line).get("paragraphs") or [] if p and p.strip()]
    return out


class _Counting(dict):
    """A memo that counts the look-ups of each key (the restorer reads its memos by ``get``)."""

    def __init__(self, *args):
        super().__init__(*args)
        self.uses: Counter = Counter()

    def get(self, key, *default):
        self.uses[key] += 1
        return super().get(key, *default)


def asked(paragraphs: list[str], chunks: dict) -> dict:
    """{table name: Counter of keys}: how often a fresh normalizer (its chunk memo starting with ``chunks``,
    the others empty: the same counts whatever table is shipped now) looks each memo entry up over
    ``paragraphs``, one paragraph a document."""
    norm = Normalizer()
    restorer = norm._restorer()
    restorer._table = chunks
    for name, attr in ATTRS.items():
        setattr(restorer, attr, _Counting(chunks if name == "chunks" else {}))
    for p in paragraphs:
        norm.normalize(p)
    return {name: getattr(restorer, attr).uses for name, attr in ATTRS.items()}


def build_tables(news: Path | None) -> dict:
    """{table name: {key: value}}: :func:`build`'s chunks, :func:`resource_gaps`' margins and, when ``news``
    is given, what the news asks :data:`MIN_USES` times (see the module's docstring); sorted, computed by
    a fresh restorer."""
    chunks = build()
    keys: dict = {name: set() for name in ATTRS}
    keys["chunks"].update(chunks)
    keys["margins"].update(resource_gaps(chunks))
    if news is not None:
        paragraphs = news_paragraphs(news)
        for texts in (paragraphs, [p.replace(ZWNJ, "") for p in paragraphs]):
            for name, uses in asked(texts, chunks).items():
                keys[name].update(k for k, n in uses.items() if n >= MIN_USES)
    restorer = fresh()
    return {name: {k: compute(restorer, name, k) for k in sorted(keys[name])} for name in ATTRS}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", default=str(OUT))
    ap.add_argument("--news", default=str(NEWS), help="the news corpus (.jsonl.gz); '' for the resources alone")
    args = ap.parse_args(argv)
    tables = build_tables(Path(args.news) if args.news else None)
    data = chunktable.dumps(tables)
    Path(args.output).write_bytes(data)
    sizes = ", ".join(f"{len(t)} {name}" for name, t in tables.items())
    print(f"{args.output}: {sizes}, {len(data):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
