#!/usr/bin/env python3
"""Benchmark: palayesh.normalize vs hazm's Normalizer on the same text, side by side.

Text: the paragraphs (bodies) of ``../shared/data/corpora/*.jsonl.gz`` with every ZWNJ deleted,
one paragraph per call for both normalizers. hazm runs in its own venv (its numpy pin clashes
with our stack), by default ``bench/.venv-hazm``:

    python -m venv bench/.venv-hazm && bench/.venv-hazm/bin/pip install hazm
    python bench/bench_normalize.py [--hazm-python PATH] [--repeat N]

Prints characters per second for both, the ratio, and palayesh's start-up time (import + loading
the ZWNJ resources + first call) measured in a fresh interpreter.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ZWNJ = "\u200c"

HAZM_SCRIPT = r"""
import json, sys, time
from hazm import Normalizer
paras = json.load(open(sys.argv[1], encoding="utf-8"))
repeat = int(sys.argv[2])
t0 = time.perf_counter()
norm = Normalizer()
startup = time.perf_counter() - t0
best = None
for _ in range(repeat):
    t = time.perf_counter()
    for p in paras:
        norm.normalize(p)
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(json.dumps({"seconds": best, "startup": startup}))
"""

STARTUP_SCRIPT = r"""
import time
t0 = time.perf_counter()
import palayesh
palayesh.normalize("برنامههای بین المللی میروند")
print(time.perf_counter() - t0)
"""


def paragraphs(data: Path) -> list[str]:
    out = []
    for path in sorted((data / "corpora").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                for p in json.loads(line).get("paragraphs") or []:
                    if p and p.strip():
                        out.append(p.replace(ZWNJ, ""))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--hazm-python", default=str(HERE / ".venv-hazm" / "bin" / "python"))
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--no-zwnj-model", action="store_true", help="palayesh with its rules alone (no gap model)")
    args = ap.parse_args(argv)

    paras = paragraphs(Path(args.data))
    n_chars = sum(len(p) for p in paras)
    print(f"text: {len(paras)} paragraphs, {n_chars:,} characters, ZWNJs deleted")

    # start-up in a fresh interpreter: import, resources, first call
    startup = float(subprocess.run([sys.executable, "-c", STARTUP_SCRIPT], capture_output=True, text=True,
                                   check=True).stdout)

    from palayesh.normalize import NormalizeOptions, Normalizer

    options = NormalizeOptions(zwnj_model=not args.no_zwnj_model)
    Normalizer(options).normalize("گرم کردن")  # load the resources outside the timed loop, as hazm's constructor does
    best = None
    for _ in range(args.repeat):
        norm = Normalizer(options)  # a fresh instance: its word memo starts empty every run
        t = time.perf_counter()
        for p in paras:
            norm.normalize(p)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    ours = n_chars / best
    print(f"palayesh: {ours / 1e6:6.2f} M chars/s   ({best:.2f} s)   start-up {startup:.3f} s")

    hazm_py = Path(args.hazm_python)
    if not hazm_py.exists():
        print(f"hazm: not run ({hazm_py} missing; see the docstring to create the venv)")
        return 0
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(paras, f, ensure_ascii=False)
        tmp = f.name
    try:
        res = subprocess.run([str(hazm_py), "-c", HAZM_SCRIPT, tmp, str(args.repeat)], capture_output=True,
                             text=True)
    finally:
        Path(tmp).unlink(missing_ok=True)
    if res.returncode != 0:
        print(f"hazm: failed: {res.stderr[-500:]}")
        return 1
    h = json.loads(res.stdout.strip().splitlines()[-1])
    theirs = n_chars / h["seconds"]
    print(f"hazm:     {theirs / 1e6:6.2f} M chars/s   ({h['seconds']:.2f} s)   start-up {h['startup']:.3f} s")
    print(f"ratio palayesh / hazm: {ours / theirs:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
