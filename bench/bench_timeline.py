#!/usr/bin/env python3
"""Where the wall time of `palayesh refine` goes: every task of the local executor on a timeline.

    python bench/bench_timeline.py /tmp/s27p2k [--workers 2] [--out TIMELINE.jsonl]

Runs ``palayesh refine PAGES -o TMP --workers N`` in this process with the executor's task functions
(:func:`palayesh.runner.run_shard`, the barriers' prepare, parts and reduce) and the main process's
``Run.prepare`` and ``warm`` wrapped: each records its process, wall start and end, and, from
``/proc/thread-self/schedstat``, the CPU it got and the time it waited for a core (the run queue).
Wall = CPU + run queue + the rest (reading files, waiting on a pipe). On a loaded machine most of a
task's wall time is the run queue, which no design of palayesh removes; an idle worker shows as a
gap between its tasks, a serial phase as a task (or the main process's work) while the other
workers wait.

Prints each task, then per stage and kind the sums, per worker its CPU, its time in tasks and its
gaps, and the main process's own CPU. Linux only (schedstat).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time

_T0 = time.time()
_LOG: str = ""


def _sched() -> tuple[float, float]:
    """(CPU seconds, run-queue seconds) of this thread so far."""
    with open("/proc/thread-self/schedstat") as fh:
        cpu, queued, _ = fh.read().split()
    return int(cpu) / 1e9, int(queued) / 1e9


def _record(kind: str, label: str, t0: float, c0: float, q0: float) -> None:
    c1, q1 = _sched()
    rec = {"pid": os.getpid(), "kind": kind, "label": label, "t0": round(t0 - _T0, 4),
           "t1": round(time.time() - _T0, 4), "cpu": round(c1 - c0, 4), "runq": round(q1 - q0, 4)}
    with open(_LOG, "a") as fh:  # (one short line a task: appends from several processes stay whole)
        fh.write(json.dumps(rec) + "\n")


def _timed(fn, kind: str, label):
    def run(task, *args, **kwargs):
        t0, (c0, q0) = time.time(), _sched()
        try:
            return fn(task, *args, **kwargs)
        finally:
            _record(kind, label(task), t0, c0, q0)
    run.__name__ = run.__qualname__ = f"timed_{kind}"
    run.__module__ = __name__
    if getattr(fn, "reports_progress", False):
        run.reports_progress = True  # type: ignore[attr-defined]
    return run


def _install() -> None:
    """Wrap the task functions the local executor sends its workers (by name: they fork from this
    process, which holds the wrappers under these names) and the main process's serial work."""
    import palayesh.pipeline.base as pbase
    import palayesh.runner as runner

    g = globals()
    g["timed_shard"] = runner.run_shard = _timed(
        runner.run_shard, "shard", lambda t: f"{t.pipeline.stages[t.stage].name}/{t.shard}")
    g["timed_prepare"] = pbase.prepare_barrier = _timed(pbase.prepare_barrier, "prepare",
                                                        lambda t: f"{t.stage}/r{t.round}")
    g["timed_part"] = pbase.run_barrier_part = _timed(pbase.run_barrier_part, "part",
                                                      lambda t: f"{t.stage}/r{t.round}/p{t.part}")
    g["timed_reduce"] = pbase.reduce_barrier = _timed(pbase.reduce_barrier, "reduce", lambda t: t.stage)
    runner.warm = _timed(runner.warm, "warm", lambda p: "main")
    runner.Run.prepare = _timed(runner.Run.prepare, "plan", lambda r: "main")  # type: ignore[method-assign]


def report(path: str) -> None:
    recs = [json.loads(line) for line in open(path)]
    tasks = sorted((r for r in recs if "t0" in r), key=lambda r: r["t0"])
    print(f"{'pid':>7} {'kind':8} {'label':18} {'start':>7} {'end':>7} {'wall':>6} {'cpu':>6} {'runq':>6} {'rest':>6}")
    sums: dict[str, list[float]] = {}
    for r in tasks:
        wall = r["t1"] - r["t0"]
        rest = wall - r["cpu"] - r["runq"]
        print(f"{r['pid']:>7} {r['kind']:8} {r['label']:18} {r['t0']:7.2f} {r['t1']:7.2f} {wall:6.2f} {r['cpu']:6.2f} "
              f"{r['runq']:6.2f} {rest:6.2f}")
        s = sums.setdefault(f"{r['label'].split('/')[0]} {r['kind']}", [0.0, 0.0, 0.0, 0.0])
        for i, v in enumerate((wall, r["cpu"], r["runq"], rest)):
            s[i] += v
    print("\nsums (wall, cpu, run queue, rest):")
    for k, (w, c, q, rest) in sums.items():
        print(f"  {k:22} {w:7.2f} {c:7.2f} {q:7.2f} {rest:7.2f}")
    main = next(r for r in recs if r["kind"] == "main")
    workers = sorted({r["pid"] for r in tasks if r["pid"] != main["pid"]})
    for pid in workers:
        mine = [r for r in tasks if r["pid"] == pid]
        inside = sum(r["t1"] - r["t0"] for r in mine)
        first, last = min(r["t0"] for r in mine), max(r["t1"] for r in mine)
        cpu, queued = sum(r["cpu"] for r in mine), sum(r["runq"] for r in mine)
        print(f"worker {pid}: tasks {first:.2f}-{last:.2f} s, in tasks {inside:.2f} s, "
              f"gaps {last - first - inside:.2f} s, cpu {cpu:.2f} s, run queue {queued:.2f} s")
    print(f"main process: cpu {main['cpu']:.2f} s (its own), run queue {main['runq']:.2f} s; workers' cpu "
          f"{main['children_cpu']:.2f} s; wall {main['t1']:.2f} s")


def main() -> None:
    global _LOG
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", help="the timeline as JSON lines (default: a temporary file)")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="palayesh-timeline-")
    _LOG = a.out or os.path.join(tmp, "timeline.jsonl")
    open(_LOG, "w").close()
    try:
        _install()
        from palayesh.cli.main import main as cli

        rc = cli(["refine", a.pages, "-o", os.path.join(tmp, "out"), "--workers", str(a.workers), "-q"])
        c1, q1 = _sched()
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(_LOG, "a") as fh:
            fh.write(json.dumps({"pid": os.getpid(), "kind": "main", "t1": round(time.time() - _T0, 4), "cpu": c1,
                                 "runq": q1, "children_cpu": kids.ru_utime + kids.ru_stime}) + "\n")
        if rc:
            sys.exit(f"palayesh refine failed ({rc})")
        report(_LOG)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
