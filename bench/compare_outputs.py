#!/usr/bin/env python3
"""Whether two ``palayesh refine`` runs wrote the same documents: for a change meant to make the
pipeline faster and nothing else.

  python bench/compare_outputs.py OLD_OUT NEW_OUT [--ignore COL ...]

Both folders are ``refine -o`` results in Parquet. Every row of ``docs/`` and ``rejected/`` is matched
by its ``id``; every column is compared (nested ones, ``signals`` and ``edits``, as their values),
but those of ``--ignore``. ``stats.json`` is compared too, but for what varies from run to run (the
``run`` block: seconds, rates; each step's ``seconds``; barriers' timings). Prints one line per
difference (at most ``--show`` of each kind) and a summary; exits 1 when anything differs.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq

#: what legitimately differs between two runs of the same input (stats.json)
VOLATILE_STATS = {"run"}
VOLATILE_KEYS = {"seconds", "elapsed_seconds", "docs_per_second", "mb_per_second"}


def rows(out: Path, part: str, ignore: set[str]) -> dict[str, dict]:
    """{id: row} of ``out/part/*.parquet`` (none when the folder is missing)."""
    found: dict[str, dict] = {}
    for path in sorted((out / part).glob("*.parquet")):
        for row in pq.read_table(path).to_pylist():
            found[row["id"]] = {k: v for k, v in row.items() if k not in ignore}
    return found


def _stable(stats, path=()):
    """``stats`` without what varies between runs."""
    if isinstance(stats, dict):
        return {k: _stable(v, path + (k,)) for k, v in stats.items()
                if k not in VOLATILE_KEYS and not (not path and k in VOLATILE_STATS)}
    return stats


def compare(old: Path, new: Path, ignore: set[str], show: int = 5) -> list[str]:
    """The differences between the runs in ``old`` and ``new``, one line each."""
    diffs: list[str] = []
    for part in ("docs", "rejected"):
        a, b = rows(old, part, ignore), rows(new, part, ignore)
        only_a, only_b = sorted(a.keys() - b.keys()), sorted(b.keys() - a.keys())
        if only_a or only_b:
            diffs.append(f"{part}: {len(only_a)} ids only in old (e.g. {only_a[:show]}), "
                         f"{len(only_b)} only in new (e.g. {only_b[:show]})")
        changed: dict[str, list[str]] = {}
        for doc_id in sorted(a.keys() & b.keys()):
            for col in sorted(a[doc_id].keys() | b[doc_id].keys()):
                if a[doc_id].get(col) != b[doc_id].get(col):
                    changed.setdefault(col, []).append(doc_id)
        for col, ids in changed.items():
            diffs.append(f"{part}.{col}: {len(ids)} rows differ (e.g. {ids[:show]})")
    sa, sb = (_stable(json.loads((d / "stats.json").read_text())) for d in (old, new))
    if sa != sb:
        keys = sorted(k for k in sa.keys() | sb.keys() if sa.get(k) != sb.get(k))
        diffs.append(f"stats.json differs in {keys}")
    return diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--ignore", nargs="*", default=[], help="columns not compared")
    ap.add_argument("--show", type=int, default=5, help="ids shown per difference")
    args = ap.parse_args(argv)
    diffs = compare(args.old, args.new, set(args.ignore), args.show)
    for line in diffs:
        print(line)
    n = {part: len(rows(args.new, part, set())) for part in ("docs", "rejected")}
    print(("DIFFERENT" if diffs else "SAME") + f": {n['docs']} docs, {n['rejected']} rejected rows compared")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
