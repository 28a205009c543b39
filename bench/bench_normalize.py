#!/usr/bin/env python3
"""Benchmark: palayesh.normalize vs hazm's Normalizer on the same text, rounds alternated.

Text: the paragraphs (bodies) of ``../shared/data/corpora/*.jsonl.gz`` with every ZWNJ deleted,
one paragraph per call for both normalizers. hazm runs in its own venv (its numpy pin clashes
with our stack), by default ``bench/.venv-hazm``:

    python -m venv bench/.venv-hazm && bench/.venv-hazm/bin/pip install hazm
    python bench/bench_normalize.py [--hazm-python PATH] [--rounds N] [--clock cpu|wall] [--text PATH]

``--text PATH``: other text instead of the news (text the shipped resources were not built from): a
``.txt`` file, one paragraph a line (``../shared/data/updt-train/updt-train.txt``), or a ``.jsonl`` file
whose records have ``body_paragraphs`` or ``paragraphs`` (``../shared/data/dev-pages/gold.jsonl``), its
ZWNJs deleted too.

The two tools' rounds alternate -- palayesh, hazm, palayesh, hazm … -- and the ratio is taken
round pair by round pair, so that a machine whose speed drifts (other jobs starting and stopping)
moves both sides of a ratio alike. Printed: characters per second of each (median of the rounds),
the median ratio palayesh / hazm and its range (min–max over the pairs), and palayesh's start-up
time (import + loading the ZWNJ resources + first call) measured in a fresh interpreter.

Each palayesh round starts from a fresh ``Normalizer`` (its word memo empty, its restorer built
inside the round; the restorer's tables derived from the resources alone are built once per process,
like the resources), so the figure is not a warm-cache figure; hazm's ``Normalizer()`` is built once,
before the rounds (its start-up is printed apart). The clock is each process's own CPU time by
default (``--clock wall``: elapsed time), which a shared machine's other jobs disturb less.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ZWNJ = "\u200c"

#: hazm's side: loads the text and the normalizer, says "ready", then runs one timed round per
#: line read on stdin and answers each with its seconds (CPU and wall)
HAZM_WORKER = r"""
import json, sys, time
paras = json.load(open(sys.argv[1], encoding="utf-8"))
t0 = time.perf_counter()
from hazm import Normalizer
norm = Normalizer()
norm.normalize("گرم کردن")
print(json.dumps({"startup": time.perf_counter() - t0}), flush=True)
for _ in sys.stdin:
    c, w = time.process_time(), time.perf_counter()
    for p in paras:
        norm.normalize(p)
    print(json.dumps({"cpu": time.process_time() - c, "wall": time.perf_counter() - w}), flush=True)
"""

STARTUP_SCRIPT = r"""
import time
t0, c0 = time.perf_counter(), time.process_time()
import palayesh
palayesh.normalize("برنامههای بین المللی میروند")
print(time.perf_counter() - t0, time.process_time() - c0)
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


def text_paragraphs(path: Path) -> list[str]:
    """The paragraphs of ``path`` (see ``--text``), every ZWNJ deleted."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if path.suffix == ".jsonl":
                rec = json.loads(line)
                paras = rec.get("body_paragraphs") or rec.get("paragraphs") or []
            else:
                paras = [line.rstrip("\n")]
            out += [p.replace(ZWNJ, "") for p in paras if p and p.strip()]
    return out


def palayesh_round(paras: list[str], options) -> dict:
    """One timed round of palayesh over ``paras``, from a fresh normalizer."""
    from palayesh.normalize import Normalizer

    norm = Normalizer(options)  # a fresh instance: its word memo starts empty every round
    c, w = time.process_time(), time.perf_counter()
    for p in paras:
        norm.normalize(p)
    return {"cpu": time.process_time() - c, "wall": time.perf_counter() - w}


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--hazm-python", default=str(HERE / ".venv-hazm" / "bin" / "python"))
    ap.add_argument("--rounds", type=int, default=5, help="rounds of each tool, alternated (default 5)")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="time a round by the process's CPU time (default) or by elapsed time")
    ap.add_argument("--text", help="paragraphs of this .txt (one a line) or .jsonl file instead of the news")
    ap.add_argument("--no-zwnj-model", action="store_true", help="palayesh with its rules alone (no gap model)")
    args = ap.parse_args(argv)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")

    paras = text_paragraphs(Path(args.text)) if args.text else paragraphs(Path(args.data))
    n_chars = sum(len(p) for p in paras)
    print(f"text: {len(paras)} paragraphs, {n_chars:,} characters, ZWNJs deleted")

    # start-up in a fresh interpreter: import, resources, first call
    wall, cpu = map(float, subprocess.run([sys.executable, "-c", STARTUP_SCRIPT], capture_output=True, text=True,
                                          check=True).stdout.split())
    print(f"palayesh start-up {wall:.3f} s ({cpu:.3f} s CPU)")

    from palayesh.normalize import NormalizeOptions, Normalizer

    options = NormalizeOptions(zwnj_model=not args.no_zwnj_model)
    Normalizer(options).normalize("گرم کردن")  # load the resources outside the rounds, as hazm's constructor does

    hazm_py = Path(args.hazm_python)
    worker: Any = None  # the hazm worker (a Popen with text pipes)
    tmp = None
    if not hazm_py.exists():
        print(f"hazm: not run ({hazm_py} missing; see the docstring to create the venv)")
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
            json.dump(paras, f, ensure_ascii=False)
            tmp = Path(f.name)
        worker = subprocess.Popen([str(hazm_py), "-c", HAZM_WORKER, str(tmp)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        if worker is not None:
            ready = worker.stdout.readline()
            if not ready:
                print(f"hazm: failed: {worker.stderr.read()[-500:]}")
                return 1
            print(f"hazm start-up {json.loads(ready)['startup']:.3f} s (import + constructor)")
        ours: list[float] = []
        theirs: list[float] = []
        for n in range(args.rounds):
            ours.append(palayesh_round(paras, options)[args.clock])
            if worker is None:
                print(f"round {n + 1}: palayesh {n_chars / ours[-1] / 1e6:.2f} M chars/s")
                continue
            worker.stdin.write("run\n")
            worker.stdin.flush()
            answer = worker.stdout.readline()
            if not answer:
                print(f"hazm: failed: {worker.stderr.read()[-500:]}")
                return 1
            theirs.append(json.loads(answer)[args.clock])
            print(f"round {n + 1}: palayesh {n_chars / ours[-1] / 1e6:.2f} M chars/s, hazm "
                  f"{n_chars / theirs[-1] / 1e6:.2f} M chars/s, ratio {theirs[-1] / ours[-1]:.2f}x", flush=True)
    finally:
        if worker is not None:
            worker.stdin.close()
            worker.wait(timeout=60)
        if tmp is not None:
            tmp.unlink(missing_ok=True)

    speed = [n_chars / s / 1e6 for s in ours]
    print(f"palayesh: {spread(speed)} M chars/s ({args.clock}, median (min–max) of {len(ours)} rounds)")
    if theirs:
        print(f"hazm:     {spread([n_chars / s / 1e6 for s in theirs])} M chars/s")
        ratios = [h / o for o, h in zip(ours, theirs)]
        print(f"ratio palayesh / hazm: {spread(ratios)}x  (median (min–max) of {len(ratios)} alternated pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
