#!/usr/bin/env python3
"""Build the Persian stopword list that palayesh's filters and language ID ship.

    python scripts/build_filter_data.py [--shared ../shared] [--out src/palayesh/data]

Input (read-only, /work/shared/data):
- lexicon/hazm-stopwords.dat, lexicon/shekar-stopwords.csv (MIT, see LICENSE-hazm / LICENSE-shekar)
- corpora/news-dev.jsonl.gz (Apache-2.0): only to rank the stopwords by how often news prose uses them

Output: ``stopwords-fa.tsv`` -- one stopword a line with its frequency per million tokens in the
corpus, most frequent first (words the corpus never uses come last with 0). Words are written in
palayesh's canonical letters (ی, ک; no Arabic ي/ك), as the filters see normalized text.
``stopwords-fa.LICENSE`` carries the MIT notices of the two lists.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه"})


def canon(w: str) -> str:
    return w.strip().translate(LETTERS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "src" / "palayesh" / "data"))
    args = ap.parse_args()
    lex = Path(args.shared) / "data" / "lexicon"
    words = set()
    for line in (lex / "hazm-stopwords.dat").read_text(encoding="utf-8").splitlines():
        if canon(line):
            words.add(canon(line))
    for line in (lex / "shekar-stopwords.csv").read_text(encoding="utf-8").splitlines():
        w = canon(line.split(",")[0])
        if w and w != "word":
            words.add(w)
    counts: collections.Counter = collections.Counter()
    total = 0
    with gzip.open(Path(args.shared) / "data" / "corpora" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            for p in r.get("paragraphs") or []:
                toks = canon(p or "").split()
                total += len(toks)
                counts.update(t for t in toks if t in words)
    out = Path(args.out)
    rows = sorted(words, key=lambda w: (-counts[w], w))
    with open(out / "stopwords-fa.tsv", "w", encoding="utf-8") as fh:
        fh.write("# Persian stopwords (hazm + shekar, MIT: see stopwords-fa.LICENSE), ranked by frequency per\n"
                 "# million tokens in Persian news prose; built by scripts/build_filter_data.py\n")
        for w in rows:
            fh.write(f"{w}\t{1e6 * counts[w] / max(total, 1):.1f}\n")
    notice = ["stopwords-fa.tsv is derived from the stopword lists of hazm and shekar.", ""]
    for name in ("LICENSE-hazm", "LICENSE-shekar"):
        notice += [f"--- {name} ---", (lex / name).read_text(encoding="utf-8").strip(), ""]
    (out / "stopwords-fa.LICENSE").write_text("\n".join(notice), encoding="utf-8")
    print(f"{len(rows)} stopwords, {total} corpus tokens -> {out / 'stopwords-fa.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
