#!/usr/bin/env python3
"""Build the shipped chunk table of palayesh's ZWNJ restorer (``palayesh.normalize.chunktable``).

    PYTHONPATH=src python scripts/build_zwnj_chunks.py [-o OUT]

Reads nothing but the package: its shipped resources (``zwnj-resources.tsv.gz``, from
``build_normalize_data.py``) and gap model (``zwnj-model.tsv.gz``), and the restorer's own code. Rebuild
after either changes, and after any change to what ``ZwnjRestorer._chunk`` computes
(``tests/test_normalize_chunktable.py`` fails until then).

The word forms: every glued skeleton the lexicon spells (``F`` records, «برنامههای»: ~20-30 µs each to
restore), its spelling with ZWNJs («برنامه‌های»: the restored chunk that a second pass and the document's
evidence look up), every word of the vocabulary (the news corpus's words written without ZWNJ, ``V``
records) that restoration changes or reads two ways («سالهای»), and the vocabulary's frequent words
(frequency class :data:`MIN_CLASS` and up, i.e. seen 4 times or more in the news: ~2-5 µs each, which
running text repeats). The rarer words the restorer leaves as it is cost more to load than a fresh
text saves. Entries are computed by a restorer of the shipped resources and model with an empty memo,
in sorted order; the file is the same bytes on every rebuild (whatever the hash seed).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from palayesh.normalize import chunktable, gapmodel, resources  # noqa: E402
from palayesh.normalize.zwnj import S_CHANGED, ZwnjRestorer  # noqa: E402

#: the vocabulary's words shipped although restoration leaves them as they are: those of this frequency
#: class and up (``V`` records: log2 of the news sightings). On the bench's first 3,000 news paragraphs,
#: instructions (``bench/normalize_icount.py``) against no table: the glued and changed words alone
#: -7.0 %, with classes 2+ -15.3 %, with every word -17.4 % (57k entries, 0.94 MB, +~40 ms start-up)
MIN_CLASS = 2

OUT = REPO / "src" / "palayesh" / "data" / chunktable.TABLE


def words(res) -> list[str]:
    """The chunks to look at: the lexicon's glued skeletons and spellings, and the vocabulary."""
    return sorted(set(res.forms) | set(res.forms.values()) | set(res.vocab))


def build() -> dict:
    """{chunk: memo tuple} of the shipped resources and model, computed by the live code."""
    res, model = resources.load(), gapmodel.load()
    restorer = ZwnjRestorer(res, model=model)
    restorer._table = {}
    restorer._chunks = {}
    table = {}
    spelled = set(res.forms.values())
    for w in words(res):
        r = restorer._chunks.get(w) or restorer._chunk(w)
        if w in res.forms or w in spelled or r[S_CHANGED] or r[0] != w or res.vocab.get(w, -1) >= MIN_CLASS:
            table[w] = r
    return table


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", default=str(OUT))
    args = ap.parse_args(argv)
    table = build()
    data = chunktable.dumps(table)
    Path(args.output).write_bytes(data)
    print(f"{args.output}: {len(table)} chunks, {len(data):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
