#!/usr/bin/env python3
"""Throughput and memory of `palayesh refine` on a generated corpus.

    python ../shared/tools/make_pages.py --split dev --n 20000 --out /tmp/pages20k
    python bench/bench_refine.py /tmp/pages20k [--workers 2] [--repeat 1]

Runs the real command (`python -m palayesh refine DIR -o TMP`) in its own process group and samples
the resident memory of the whole group (main process plus workers) every 50 ms. Prints pages/s,
MB/s, both per core, peak RSS of the group and of its largest process, and the time per stage and
per step from stats.json. A reference figure can be given to print a ratio
(`--reference-pages-per-s 155` is datatrove running FineWeb-2's Persian recipe on this machine).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def group_rss(pgid: int) -> tuple[int, int]:
    """(sum, max) of VmRSS in bytes over the processes of process group ``pgid``."""
    total = largest = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1]) * 1024
                        total += rss
                        largest = max(largest, rss)
                        break
        except (OSError, IndexError, ValueError):
            continue
    return total, largest


def run_once(inputs: str, workers: int, extra: list[str]) -> dict:
    out = tempfile.mkdtemp(prefix="palayesh-bench-")
    try:
        cmd = [sys.executable, "-m", "palayesh", "refine", inputs, "-o", out, "--overwrite",
               "--workers", str(workers), "-q", *extra]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.PIPE)
        peak_sum = peak_one = 0
        while proc.poll() is None:
            s, m = group_rss(proc.pid)
            peak_sum, peak_one = max(peak_sum, s), max(peak_one, m)
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            sys.exit(f"refine failed ({proc.returncode}): {proc.stderr.read().decode()}")
        stats = json.load(open(os.path.join(out, "stats.json")))
        return {"wall": wall, "peak_rss_sum": peak_sum, "peak_rss_max": peak_one, "stats": stats}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs")
    ap.add_argument("--workers", type=int, default=os.cpu_count())
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--reference-pages-per-s", type=float, default=155.0,
                    help="datatrove + FineWeb-2 Persian recipe on the same pages (default: 155, measured here)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("extra", nargs="*", help="more options for refine, after --")
    a = ap.parse_args()
    runs = [run_once(a.inputs, a.workers, a.extra) for _ in range(a.repeat)]
    best = min(runs, key=lambda r: r["wall"])
    st = best["stats"]
    pages = st["documents"]["read"]
    mb = st["run"]["input_bytes"] / 1e6
    res = {
        "pages": pages, "input_mb": round(mb, 1), "workers": a.workers, "wall_s": round(best["wall"], 2),
        "pages_per_s": round(pages / best["wall"], 1),
        "pages_per_s_per_core": round(pages / best["wall"] / a.workers, 1),
        "mb_per_s_per_core": round(mb / best["wall"] / a.workers, 2),
        "peak_rss_mb_all_processes": round(best["peak_rss_sum"] / 2**20),
        "peak_rss_mb_largest_process": round(best["peak_rss_max"] / 2**20),
        "ratio_vs_reference": round(pages / best["wall"] / a.reference_pages_per_s, 2),
        "stages_cpu_s": {k: v["seconds"] for k, v in st["stages"].items()},
        "steps_cpu_s": {k: v.get("seconds") for k, v in st["steps"].items()},
        "all_walls_s": [round(r["wall"], 2) for r in runs],
    }
    if a.json:
        print(json.dumps(res, indent=1))
        return
    for k, v in res.items():
        print(f"{k:30} {v}")


if __name__ == "__main__":
    main()
