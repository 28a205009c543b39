#!/usr/bin/env python3
"""Work a ``palayesh refine`` run does, counted rather than timed: each line memo's misses (lines
whose answer was computed, not remembered), summed over the worker processes.

  PYTHONPATH=src python bench/count_memo_work.py PAGES OUT [--workers N] [--top K]

On a machine other jobs load, CPU time moves by ±10 % between runs of the same code, while the
work counted here does not move at all: a change meant to save work (a memo warmed before the
workers fork, shards that keep a site's pages together) shows here exactly. It runs the command
``palayesh refine PAGES -o OUT --overwrite --workers N -q`` in this process with
:func:`palayesh.runner.run_shard` wrapped: after each shard a worker appends its memos' miss
counts so far (they only grow, and a worker keeps its memos from shard to shard) to a log; the
last line of each process is its total. Counted: every memo made by
:func:`palayesh.memo.short_line_memo` or ``functools.lru_cache`` at module level in ``palayesh``
(``cache_info().misses``), the language votes cache (entries made), and the tables each ZWNJ
restorer fills as it meets chunks and pairs (:func:`restorer_tables`: entries made beyond those it
starts with); the last two are listed, not added to the line memos' total.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile


def memo_misses() -> dict[str, int]:
    """{memo's name: misses so far} in this process."""
    found: dict[str, int] = {}
    seen: set[int] = set()
    for name, mod in list(sys.modules.items()):
        if not name.startswith("palayesh") or mod is None:
            continue
        for attr, v in list(vars(mod).items()):
            ci = getattr(v, "cache_info", None)
            if ci is None or not callable(ci) or id(v) in seen:
                continue
            seen.add(id(v))
            try:
                found[f"{name}.{attr}"] = ci().misses
            except Exception:  # (a cache_info of another kind)
                pass
    langid = sys.modules.get("palayesh.filters.langid")
    if langid is not None:
        found["langid._VOTE_CACHE(size)"] = len(langid._VOTE_CACHE)
    found.update(restorer_tables())
    return found


#: the ZWNJ restorer's tables that it fills as it goes, each with the attribute of its shared
#: starting tables (``zwnj._static_tables``: the shipped chunk table's) it starts as a copy of (None: empty)
RESTORER_TABLES = {"_chunks": "chunks", "_pairs": "pairs", "_margins": "margins", "_ins_memo": "ins",
                   "_agrees": "agrees", "_parses": None, "_glued_out": None, "_habits": None,
                   "_context_margins": None}


def restorer_tables() -> dict[str, int]:
    """{``zwnj.<table>(made)``: entries made so far} of the ZWNJ restorers of the pipelines this
    process ran (:data:`RESTORER_TABLES`): what normalization learned of the chunks and pairs it met,
    which each worker learns again for the words the other one met too."""
    runner, zwnj = sys.modules.get("palayesh.runner"), sys.modules.get("palayesh.normalize.zwnj")
    found: collections.Counter[str] = collections.Counter()
    if runner is None or zwnj is None:
        return {}
    for pipeline in list(runner._PIPELINES.values()):
        for step in pipeline.steps():
            restorer = getattr(getattr(step, "_normalizer", None), "_zwnj", None)
            if restorer is None:
                continue
            start = zwnj._static_tables(restorer.res, restorer.model)
            for attr, shared in RESTORER_TABLES.items():
                table = getattr(restorer, attr, None)
                if table is None:
                    continue
                # (the chunk memo starts as the restorer's own table, which add_pairs empties)
                begun = restorer._table if attr == "_chunks" else getattr(start, shared) if shared else {}
                found[f"zwnj.{attr.lstrip('_')}(made)"] += len(table) - len(begun)
    return dict(found)


_LOG = ""
_PLAIN = None


def counted(task, progress=None, on_input=None):
    """:func:`palayesh.runner.run_shard`, then this process's misses so far appended to the log."""
    result = _PLAIN(task, progress=progress, on_input=on_input)
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"pid": os.getpid(), "stage": task.stage, "shard": task.shard,
                             "misses": memo_misses()}) + "\n")
    return result


counted.reports_progress = True  # type: ignore[attr-defined]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages")
    ap.add_argument("out")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--top", type=int, default=15, help="memos listed by misses (default 15)")
    args = ap.parse_args()

    import palayesh.runner as runner

    global _LOG, _PLAIN
    fd, _LOG = tempfile.mkstemp(prefix="memo-work-", suffix=".jsonl")
    os.close(fd)
    log = _LOG
    _PLAIN = runner.run_shard
    runner.run_shard = counted  # (at module level: a forked worker is sent it by name)
    from palayesh.cli.main import main as cli

    try:
        cli(["refine", args.pages, "-o", args.out, "--overwrite", "--workers", str(args.workers), "-q"])
    except SystemExit as e:
        if e.code:
            raise
    last: dict[int, dict[str, int]] = {}
    by_stage: collections.Counter[int] = collections.Counter()  # (misses made in each stage)
    with open(log, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            before = last.get(rec["pid"], {})
            by_stage[rec["stage"]] += sum(n - before.get(k, 0) for k, n in rec["misses"].items() if "(" not in k)
            last[rec["pid"]] = rec["misses"]
    os.unlink(log)
    total: collections.Counter[str] = collections.Counter()
    for misses in last.values():
        total.update(misses)
    memo_total = sum(n for k, n in total.items() if "(" not in k)
    print(f"processes {len(last)}  line-memo misses {memo_total}  "
          f"language votes made {total.get('langid._VOTE_CACHE(size)', 0)}")
    print("  by stage: " + ", ".join(f"stage {k}: {n}" for k, n in sorted(by_stage.items())))
    for name, n in total.most_common(args.top):
        print(f"  {n:9d}  {name}")


if __name__ == "__main__":
    main()
