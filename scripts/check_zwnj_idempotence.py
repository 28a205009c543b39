#!/usr/bin/env python3
"""Does a second pass of the shipped normalizer change what the first put out? On whole documents.

    PYTHONPATH=src python scripts/check_zwnj_idempotence.py [--folds 5] [--news N] [--examples K]

Each fold of ``../shared/data/updt-train`` (the blocks of ``eval_zwnj_folds.py``) and the news corpus's
paragraphs (every article's paragraphs, in order, ``--news`` of them) are one document each, fed line by
line to one streaming normalizer as ``palayesh normalize`` reads its stdin (``stream=True``: a writer's
convention learned on earlier lines holds for later ones), as the scorer corrupts them: ZWNJs deleted,
spaced, kept ("clean": the news as written), or each one of the three at random ("mixed"). The first pass's output is
then fed, line by line, to a fresh streaming normalizer; every line the second pass changes is counted
and the first ``--examples`` are printed with the words that moved. The vocabulary (the lexicon's forms,
the morphology's readings, the gap model's decisions) must give a fixed point: 0 lines changed.
Exit code 1 when a line changed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))

ZWNJ = "\u200c"
MIXED_SEED = 7
HOWS = ("deleted", "spaced", "clean", "mixed")


def corrupt(lines: list[str], how: str) -> list[str]:
    """``lines`` with their ZWNJs deleted, spaced, kept or (mixed) each one of the three at random."""
    if how == "deleted":
        return [g.replace(ZWNJ, "") for g in lines]
    if how == "spaced":
        return [g.replace(ZWNJ, " ") for g in lines]
    if how == "mixed":
        rng = random.Random(MIXED_SEED)
        return ["".join(rng.choice((ZWNJ, "", " ")) if ch == ZWNJ else ch for ch in g) for g in lines]
    return list(lines)


def twice(lines: list[str]) -> list[tuple[str, str, str]]:
    """(input, once, twice) for every line a second streaming pass changes."""
    from palayesh.normalize import Normalizer

    first, second = Normalizer(stream=True), Normalizer(stream=True)
    once = [first.normalize(line) for line in lines]
    return [(raw, o, t) for raw, o, t in zip(lines, once, (second.normalize(o) for o in once)) if t != o]


def moved(once: str, again: str) -> str:
    """The words of ``once`` that the second pass wrote otherwise, «once -> again»."""
    import difflib

    a, b = once.split(), again.split()
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return ", ".join(f"«{' '.join(a[i:j])}» -> «{' '.join(b[k:m])}»" for op, i, j, k, m in ops if op != "equal")


def news_paragraphs(path: Path, n: int) -> list[str]:
    out: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            out += [" ".join(p.split()) for p in json.loads(line).get("paragraphs") or [] if p.strip()]
            if len(out) >= n:
                break
    return out[:n]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--news", type=int, default=100_000, metavar="N",
                    help="the first N news paragraphs (default: all, 14,198; 0: none)")
    ap.add_argument("--examples", type=int, default=10)
    args = ap.parse_args(argv)
    path = args.shared / "data" / "updt-train" / "updt-train.txt"
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip()]
    n = len(lines)
    docs = {f"fold {k}": lines[k * n // args.folds:(k + 1) * n // args.folds] for k in range(args.folds)}
    if args.news:
        docs["news"] = news_paragraphs(args.shared / "data" / "corpora" / "news-dev.jsonl.gz", args.news)
    bad = 0
    for name, doc in docs.items():
        for how in HOWS:
            changed = twice(corrupt(doc, how))
            bad += len(changed)
            print(f"{name:7} {how:8} {len(doc):5} lines, {len(changed)} changed by a second pass")
            for _, once, again in changed[: args.examples]:
                print(f"    {moved(once, again)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
