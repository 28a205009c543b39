#!/usr/bin/env python3
"""One page folder with gold for speed *and* quality: the dev pages plus generated site families.

    python bench/make_gold_set.py OUT [--n 1000]

Writes ``OUT/pages/`` and ``OUT/gold.jsonl`` (the dev gold format) from the 500 dev pages in
``../shared/data/dev-pages`` and ``--n`` pages each of three generated family sets under ``tests/``
(``unseen_families``, ``site_families_a``, ``site_families_c``, fixed seeds). The held-out set B is
left out on purpose. Page ids get the set's name in front so they stay unique. The sets build their
bodies from the same news articles, so a story can appear in two sets: pages with the same
``source_key`` (the article they were made from) join one republication cluster, as a dedup that
finds them should not count as wrongly rejecting an article. Used by
``bench_pipeline_vs_datatrove.py --gold`` so a speed figure is printed beside the kept count and the
extraction quality of the same run.
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


def _copy_set(name: str, pages: Path, gold: Path, out: Path, rows: list) -> int:
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
        rows.append(row)
        n += 1
    return n


def _join_clusters(rows: list) -> None:
    """One cluster for the pages of one source article, across sets (union of clusters and sources)."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for row in rows:
        if row.get("kind") == "article" and row.get("source_key"):
            a, b = find(("src", row["source_key"])), find(("page", row["id"]))
            parent[b] = a
            if row.get("cluster"):
                parent[find(("cl", row["cluster"]))] = find(a)
        elif row.get("cluster"):
            parent[find(("page", row["id"]))] = find(("cl", row["cluster"]))
    members: dict = {}
    for row in rows:
        members.setdefault(find(("page", row["id"])), []).append(row)
    for group in members.values():
        if len(group) > 1:
            name = "gs-" + min(r["id"] for r in group)
            for row in group:
                row["cluster"] = name


def build(out: Path, n: int) -> dict:
    (out / "pages").mkdir(parents=True, exist_ok=True)
    counts = {}
    sys.path.insert(0, str(REPO / "tests"))
    rows: list = []
    with tempfile.TemporaryDirectory() as tmp:
        dev = SHARED / "data" / "dev-pages"
        counts["dev"] = _copy_set("dev", dev / "pages", dev / "gold.jsonl", out, rows)
        for name, (module, seed) in SETS.items():
            gen = Path(tmp) / name
            __import__(module).build(gen, n=n, seed=seed)
            counts[name] = _copy_set(name, gen / "pages", gen / "gold.jsonl", out, rows)
    _join_clusters(rows)
    with (out / "gold.jsonl").open("w", encoding="utf-8") as gold_out:
        for row in rows:
            gold_out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1000, help="pages per generated family set")
    a = ap.parse_args()
    print(json.dumps(build(a.out, a.n)))


if __name__ == "__main__":
    main()
