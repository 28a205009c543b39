#!/usr/bin/env python3
"""Instructions the normalizer executes on the bench's text, counted by valgrind: an A/B of two trees
that a loaded machine does not move (CPU timings of one build against another swing by ±20 % under a
load of 10 on the 2 cores; this count repeats). Needs valgrind.

    python bench/normalize_icount.py /work/main /path/to/branch [--paragraphs 5000] [--text FILE.txt]

For each tree, its ``src`` is imported in a fresh interpreter run under ``valgrind --tool=cachegrind
--cache-sim=no``, which loads the paragraphs of ``../shared/data/corpora`` with every ZWNJ deleted (as
``bench_normalize.py`` does), builds a normalizer with the gap model, warms it with one call, then normalizes
the first N paragraphs with a fresh normalizer; the same with no paragraph gives the start-up part, which is
subtracted (``--text``: the paragraphs of a .txt file instead, one a line, such as
``../shared/data/updt-train/updt-train.txt``: text the shipped resources were not built from). String
hashing is seeded (``PYTHONHASHSEED=0``): a random seed moves the count by ~0.1 % (dict probe chains).
Instruction counts do not see cache misses: a change that moves the per-chunk memo look-ups (memory-bound)
needs CPU timings as well (``bench_normalize.py``).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

RUN = r"""
import gzip, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1] + "/src")
n = int(sys.argv[2])
paras = []
if sys.argv[3].endswith(".txt"):  # (--text: one paragraph a line)
    with open(sys.argv[3], encoding="utf-8") as f:
        paras = [p.rstrip("\n").replace("\u200c", "") for p in f if p.strip()]
for path in sorted(Path(sys.argv[3], "corpora").glob("*.jsonl.gz")):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            paras += [p.replace("\u200c", "") for p in json.loads(line).get("paragraphs") or [] if p and p.strip()]
from palayesh.normalize import NormalizeOptions, Normalizer
options = NormalizeOptions(zwnj_model=True)
Normalizer(options).normalize("گرم کردن")
norm = Normalizer(options)
for p in paras[:n]:
    norm.normalize(p)
"""


def instructions(tree: str, n: int, text: Path = DATA) -> int:
    """Instructions of one run over the first ``n`` paragraphs, start-up included."""
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", RUN, tree, str(n), str(text)],
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "0"}).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trees", nargs="+", help="source trees (each with a src/palayesh); the first is the baseline")
    ap.add_argument("--paragraphs", type=int, default=5000, help="paragraphs normalized (default 5000)")
    ap.add_argument("--text", type=Path, default=DATA,
                    help="a .txt file of paragraphs, one a line, instead of the news (their ZWNJs deleted too)")
    args = ap.parse_args(argv)
    base = None
    for tree in args.trees:
        work = instructions(tree, args.paragraphs, args.text) - instructions(tree, 0, args.text)
        vs = "" if base is None else f"  {100 * (work - base) / base:+.2f} %"
        base = work if base is None else base
        print(f"{tree}: {work / 1e9:.4f} G instructions for {args.paragraphs} paragraphs{vs}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
