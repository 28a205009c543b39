#!/usr/bin/env python3
"""Benchmark of palayesh.dedup: signatures on real pages, the barrier at 1M documents, datatrove.

  # 1. refine 20k generated pages, keeping the work folder (dedup artifacts = real signatures)
  python ../shared/tools/make_pages.py --split dev --n 20000 --out /tmp/pages20k
  palayesh refine /tmp/pages20k -o bench/results/dedup-20k --keep-work --no-raw --format jsonl --workers 2
  python bench/bench_dedup.py step bench/results/dedup-20k
  # 2. the barrier on N documents made from those 20k signatures (see `scale` below)
  python bench/bench_dedup.py scale bench/results/dedup-20k --n 1000000
  # 3. datatrove's MinHash stages on the same 20k documents (bodies as palayesh extracted them)
  python bench/bench_dedup.py datatrove bench/results/dedup-20k --python bench/.venv-datatrove/bin/python

`scale` writes N/20k "worlds" of the 20k real artifacts: in world w every signature value v
becomes (a_w * v + b_w) mod 2^32 with odd a_w -- a bijection, so documents that agreed (or not)
inside the 20k agree (or not) exactly as before inside a world, and documents of different
worlds look unrelated. The shingle sets are compared only for pairs the signatures link (inside
a world), so they are copied as they are (``--world-sets`` maps them too, as the 1M work folder of
README-dedup.md was made; it costs a sort of the 20k documents' sets per world). Ids get a world
prefix, exact keys a world salt. The result has the real
duplicate structure, bucket sizes and candidate counts of the 20k pages, times N/20k. It is
split into shards of 5,000 documents and the barrier runs over them in a child process, whose
peak RSS (getrusage) and wall time are printed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cmd_step(args):
    """Dedup figures of the run's stats.json, and the signature step timed alone, in this process,
    on the bodies that reached it (the run's own timing shares 2 cores with the other steps)."""
    from palayesh import read_output
    from palayesh.dedup import DedupOptions
    from palayesh.dedup.signature import DedupSignatureStep
    from palayesh.pipeline.base import Context

    out = Path(args.run)
    stats = json.loads((out / "stats.json").read_text())
    docs = []
    for part in ("docs", "rejected"):
        for r in read_output(out, part):
            if r.get("reason") is None or str(r["reason"]).startswith("dedup_"):
                r["reason"] = None
                docs.append(r)
    step = DedupSignatureStep(DedupOptions())
    with tempfile.TemporaryDirectory() as tmp:
        ctx = Context(shard=0, stage="process", work_dir=Path(tmp))
        step.setup(ctx)
        t0 = time.perf_counter()
        for i, d in enumerate(docs):
            step._add(i, d)
        spent = time.perf_counter() - t0
    print(json.dumps({"run_step": stats["steps"].get("dedup"), "run_barrier": stats["barriers"].get("dedup"),
                      "alone": {"docs": len(docs), "seconds": round(spent, 2),
                                "ms_per_doc": round(1000 * spent / max(len(docs), 1), 3)}},
                     ensure_ascii=False, indent=1))


def artifacts(run: Path) -> list[Path]:
    arts = sorted((run / ".work" / "process" / "artifacts").glob("dedup-*"))
    if not arts:
        sys.exit(f"no dedup artifacts under {run}/.work/process/artifacts (refine with --keep-work)")
    return arts


def cmd_scale(args):
    import numpy as np

    from palayesh.dedup.signature import read_artifact, write_artifact

    cols, sigs, stories, flats = [], [], [], []
    for p in artifacts(Path(args.run)):
        c, s, t, f = read_artifact(p)
        cols.append(c)
        sigs.append(s)
        stories.append(t)
        flats.append(f)
    base = {k: np.concatenate([c[k] for c in cols]) for k in cols[0]}
    sig, story, flat = np.concatenate(sigs), np.concatenate(stories), np.concatenate(flats)
    offsets = np.concatenate([[0], np.cumsum(base["shingles"].astype(np.int64))])
    owner = np.repeat(np.arange(len(base["shingles"])), base["shingles"])  # the document of each shingle
    n0 = len(sig)
    worlds = -(-args.n // n0)
    work = Path(args.work or tempfile.mkdtemp(prefix="dedup-scale-"))
    if work.exists():
        shutil.rmtree(work)
    art = work / "process" / "artifacts"
    art.mkdir(parents=True)
    (work / "shared").mkdir()
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    shard, total = 0, 0
    per = args.shard_docs
    for w in range(worlds):
        a = np.uint64(int(rng.integers(1, 2**31)) * 2 + 1)
        b = np.uint64(int(rng.integers(0, 2**32)))
        with np.errstate(over="ignore"):
            ws = ((sig.astype(np.uint64) * a + b) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
            wt = ((story.astype(np.uint64) * a + b) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
            wf = ((flat.astype(np.uint64) * a + b) & np.uint64(0xFFFFFFFF)).astype(np.uint32) if args.world_sets \
                else flat
        if args.world_sets:  # each document's set sorted again (one sort of (document, value) as 64-bit keys)
            wf = (np.sort((owner.astype(np.uint64) << np.uint64(32)) | wf) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        salt = np.uint64(int(rng.integers(0, 2**63)))
        take = min(n0, args.n - total)
        for s in range(0, take, per):
            e = min(s + per, take)
            rows = list(zip(range(e - s), [f"w{w:03d}-{i}" for i in base["id"][s:e]], base["key_hi"][s:e] ^ salt,
                            base["key_lo"][s:e], base["words"][s:e], base["shingles"][s:e], base["own"][s:e],
                            base["day"][s:e], base["length"][s:e]))
            sets = [wf[offsets[i]:offsets[i + 1]] for i in range(s, e)]
            write_artifact(art / f"dedup-{shard:05d}", rows, ws[s:e], wt[s:e], ws.shape[1], wt.shape[1], sets)
            shard += 1
        total += take
    disk = sum(f.stat().st_size for f in art.iterdir())
    print(f"made {total:,} documents in {shard} shard artifacts ({disk / 2**20:,.0f} MiB) "
          f"from {n0:,} real ones in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    child = subprocess.run([sys.executable, __file__, "_barrier", str(work), str(shard), "--workers",
                            str(args.workers)], capture_output=True, text=True)
    if child.returncode:
        sys.exit(child.stderr)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20  # KiB -> GiB
    report = json.loads(child.stdout)
    report.update(docs=total, shards=shard, artifacts_mib=round(disk / 2**20), peak_rss_gib=round(rss, 3))
    print(json.dumps(report, indent=1))
    if not args.work:
        shutil.rmtree(work)


def cmd_barrier(args):
    """(child process) run the dedup barrier over ``work`` and print time, counters and the peak
    RSS of this process and of its largest worker. ``--workers 0``: the barrier in this one
    process (``reduce`` alone); N >= 1: in parts (its rounds' tasks) on the local pool of N
    workers (1: in this process)."""
    from palayesh.dedup import DedupOptions
    from palayesh.dedup.barrier import DedupBarrier
    from palayesh.executors.local import LocalExecutor
    from palayesh.pipeline.base import BarrierTask, run_barrier

    t0 = time.perf_counter()
    barrier = DedupBarrier(DedupOptions())
    shards = list(range(args.shards))
    if args.workers == 0:
        counters = barrier.reduce(Path(args.work), "process", shards)
    else:
        with LocalExecutor(args.workers) as ex:
            counters = run_barrier(BarrierTask(barrier, Path(args.work), "process", tuple(shards)), ex.map)
    mine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20
    print(json.dumps({"barrier_seconds": round(time.perf_counter() - t0, 1), "workers": args.workers,
                      "peak_rss_gib": {"main": round(mine, 3), "largest_worker": round(workers, 3)},
                      "counters": counters}))


DATATROVE_SCRIPT = r'''
import sys, time, json
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.dedup import MinhashDedupSignature, MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter
from datatrove.pipeline.dedup.minhash import MinhashConfig
from datatrove.pipeline.writers import JsonlWriter
src, work = sys.argv[1], sys.argv[2]
cfg = MinhashConfig()  # FineWeb(-2): word 5-grams, 14 buckets x 8 hashes
times = {}
def run(name, pipeline, tasks=1):
    t0 = time.perf_counter()
    LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=f"{work}/logs/{name}").run()
    times[name] = round(time.perf_counter() - t0, 1)
run("1_signatures", [JsonlReader(src), MinhashDedupSignature(output_folder=f"{work}/sigs", config=cfg, language="fa")])
run("2_buckets", [MinhashDedupBuckets(input_folder=f"{work}/sigs", output_folder=f"{work}/buckets", config=cfg)],
    tasks=cfg.num_buckets)
run("3_cluster", [MinhashDedupCluster(input_folder=f"{work}/buckets", output_folder=f"{work}/remove_ids", config=cfg)])
run("4_filter", [JsonlReader(src), MinhashDedupFilter(input_folder=f"{work}/remove_ids",
                 exclusion_writer=JsonlWriter(f"{work}/removed")), JsonlWriter(f"{work}/kept")])
import glob, gzip
removed = sum(1 for f in glob.glob(f"{work}/removed/*") for _ in gzip.open(f))
print(json.dumps({"datatrove_seconds": times, "total": round(sum(times.values()), 1), "removed": removed,
                  "config": "5-grams, 14x8 (MinhashConfig defaults)"}))
'''


def cmd_datatrove(args):
    from palayesh import read_output

    run = Path(args.run)
    work = Path(tempfile.mkdtemp(prefix="dt-minhash-"))
    src = work / "in"
    src.mkdir()
    n = 0
    with gzip.open(src / "docs.jsonl.gz", "wt", encoding="utf-8") as out:
        for part in ("docs", "rejected"):
            for r in read_output(run, part, columns=["id", "text", "reason"]):
                if r.get("text") and (r.get("reason") is None or str(r["reason"]).startswith("dedup_")):
                    out.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
                    n += 1
    print(f"{n:,} documents (bodies that reached dedup) -> datatrove", file=sys.stderr)
    t0 = time.perf_counter()
    child = subprocess.run([args.python, "-c", DATATROVE_SCRIPT, str(src), str(work / "dt")], capture_output=True,
                           text=True)
    if child.returncode:
        sys.exit(child.stderr[-4000:])
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20
    report = json.loads(child.stdout.strip().splitlines()[-1])
    report.update(docs=n, wall=round(time.perf_counter() - t0, 1), peak_rss_gib=round(rss, 3))
    print(json.dumps(report, indent=1))
    shutil.rmtree(work)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("step", help="dedup figures of a refine run's stats.json")
    s.add_argument("run")
    s.set_defaults(func=cmd_step)
    s = sub.add_parser("scale", help="the barrier on --n documents built from a run's artifacts")
    s.add_argument("run")
    s.add_argument("--n", type=int, default=1_000_000)
    s.add_argument("--shard-docs", type=int, default=5000)
    s.add_argument("--work", help="work folder (kept); default: a temporary one")
    s.add_argument("--workers", type=int, default=0,
                   help="0: the barrier in one process; N: in parts on N local workers")
    s.add_argument("--world-sets", action="store_true",
                   help="map the shingle sets per world too (slow: a sort of 10M values a world); by default "
                        "every world keeps the real sets, which only pairs linked by a world's signatures meet")
    s.set_defaults(func=cmd_scale)
    s = sub.add_parser("_barrier")
    s.add_argument("work")
    s.add_argument("shards", type=int)
    s.add_argument("--workers", type=int, default=0)
    s.set_defaults(func=cmd_barrier)
    s = sub.add_parser("datatrove", help="datatrove MinHash stages on the same documents")
    s.add_argument("run")
    s.add_argument("--python", default="bench/.venv-datatrove/bin/python")
    s.set_defaults(func=cmd_datatrove)
    args = p.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
