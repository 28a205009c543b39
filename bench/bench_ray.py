#!/usr/bin/env python3
"""Ray executor: throughput on 1 vs 2 Ray workers, and Ray's overhead against the local executor.

    python ../shared/tools/make_pages.py --split dev --n 20000 --out /tmp/pages20k
    python bench/bench_ray.py /tmp/pages20k

All runs use the same pages and configuration, one after the other in this process. Ray's start-up
(``ray.init`` of a local cluster) is timed apart from the run.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time

from palayesh import refine


def timed(inputs, **options) -> tuple[float, dict]:
    out = tempfile.mkdtemp(prefix="palayesh-bench-ray-")
    try:
        t0 = time.perf_counter()
        stats = refine(inputs, out, overwrite=True, progress="none", **options)
        return time.perf_counter() - t0, stats
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs")
    ap.add_argument("--shard-size", type=int, default=250)
    a = ap.parse_args()
    import ray

    res = {}
    wall, stats = timed(a.inputs, workers=2, shard_size=a.shard_size)
    pages = stats["documents"]["read"]
    res["local_2_workers_pages_per_s"] = round(pages / wall, 1)
    for n in (1, 2):
        t0 = time.perf_counter()
        ray.init(num_cpus=n, include_dashboard=False, log_to_driver=False, configure_logging=False)
        startup = time.perf_counter() - t0
        wall, _ = timed(a.inputs, workers=n, shard_size=a.shard_size, executor="ray")
        ray.shutdown()
        res[f"ray_{n}_workers_pages_per_s"] = round(pages / wall, 1)
        res[f"ray_{n}_workers_startup_s"] = round(startup, 2)
    res["pages"] = pages
    res["ray_2_vs_1_workers"] = round(res["ray_2_workers_pages_per_s"] / res["ray_1_workers_pages_per_s"], 2)
    res["ray_vs_local_2_workers"] = round(res["ray_2_workers_pages_per_s"] / res["local_2_workers_pages_per_s"], 2)
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
