#!/usr/bin/env python3
"""One page folder with gold for speed *and* quality: the dev pages plus generated site families.

    python bench/make_gold_set.py OUT [--n 1000]

Writes ``OUT/pages/`` and ``OUT/gold.jsonl`` (the dev gold format) from the 500 dev pages in
``../shared/data/dev-pages`` and ``--n`` pages each of three generated family sets under ``tests/``
(``unseen_families``, ``site_families_a``, ``site_families_c``, fixed seeds). The held-out set B is
left out on purpose. Page ids get the set's name in front so they stay unique; a republication
cluster keeps its name within its set. Used by ``bench_pipeline_vs_datatrove.py --gold`` so a speed
figure is printed beside the kept count and the extraction quality of the same run.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SETS = {"unseen": ("unseen_families", 1401), "a": ("site_families_a", 11), "c": ("site_families_c", 7)}


def _copy_set(name: str, pages: Path, gold: Path, out: Path, gold_out) -> int:
    n = 0
    for line in gold.open(encoding="utf-8"):
        row = json.loads(line)
        src = pages / row["file"]
        new_id = f"{name}-{row['id']}"
        suffix = src.suffix
        shutil.copyfile(src, out / "pages" / f"{new_id}{suffix}")
        row["id"], row["file"] = new_id, f"{new_id}{suffix}"
        if row.get("cluster"):
            row["cluster"] = f"{name}-{row['cluster']}"
        gold_out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def build(out: Path, n: int) -> dict:
    (out / "pages").mkdir(parents=True, exist_ok=True)
    counts = {}
    sys.path.insert(0, str(REPO / "tests"))
    with (out / "gold.jsonl").open("w", encoding="utf-8") as gold_out, tempfile.TemporaryDirectory() as tmp:
        dev = SHARED / "data" / "dev-pages"
        counts["dev"] = _copy_set("dev", dev / "pages", dev / "gold.jsonl", out, gold_out)
        for name, (module, seed) in SETS.items():
            gen = Path(tmp) / name
            __import__(module).build(gen, n=n, seed=seed)
            counts[name] = _copy_set(name, gen / "pages", gen / "gold.jsonl", out, gold_out)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1000, help="pages per generated family set")
    a = ap.parse_args()
    print(json.dumps(build(a.out, a.n)))


if __name__ == "__main__":
    main()
