"""The language gate on a Common-Crawl-like WARC (issue 17): its speed against full Persian processing,
and the Persian pages it keeps. Make the crawls with ``bench/make_cc_warc.py`` first (see bench/README.md).

    python bench/bench_gate.py /tmp/cc --persian-only /tmp/cc-fa-only --workers 2

1. **gate alone**: every response body of the crawl read into memory, then ``gate(body, ctype)``
   timed per page, by language (one process: pages/s per core); the Persian pages it drops (must be 0);
2. **read + gate**: the WARC files read with fastwarc (gzip, HTTP parsing) and every body gated, as
   the reader does (one process): non-Persian pages/s per core, the cost a crawl really pays;
3. **full Persian processing**: ``palayesh refine`` with 1 worker on a crawl of Persian pages only
   (``--persian-only``): pages/s per core;
4. **whole refine** of the mixed crawl (``--warc-paths``, ``--workers``): pages/s, and where every
   Persian page went (kept, rejected by which reason; lost to the gate: must be 0);
5. with ``--no-gate-too``, the same refine without the gate: the pages kept must be the same.
"""
from __future__ import annotations

import argparse
import collections
import glob
import gzip
import json
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from palayesh import refine  # noqa: E402
from palayesh.readers.gate import gate  # noqa: E402
from palayesh.readers.warc import iter_warc_bodies  # noqa: E402


def load(crawl: str):
    truth = {}
    with open(os.path.join(crawl, "truth.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)
            truth[t["id"]] = t["lang"]
    with gzip.open(os.path.join(crawl, "warc.paths.gz"), "rt", encoding="utf-8") as fh:
        warcs = [os.path.join(crawl, line.strip()) for line in fh if line.strip()]
    return truth, warcs


def stem(path: str) -> str:
    return os.path.basename(path).split(".warc")[0]


def gate_alone(truth, warcs) -> dict:
    pages = [(truth[f"{stem(w)}/{off}"], body, ctype)
             for w in warcs for off, _url, body, ctype, _err in iter_warc_bodies(w)]
    seconds: collections.Counter = collections.Counter()
    n: collections.Counter = collections.Counter()
    verdicts: collections.Counter = collections.Counter()
    for _ in range(3):  # best of three passes, per language
        spent: collections.Counter = collections.Counter()
        clock = time.perf_counter
        for lang, body, ctype in pages:
            t0 = clock()
            keep, why = gate(body, ctype)
            spent[lang] += clock() - t0
            if _ == 0:
                n[lang] += 1
                verdicts[(lang, keep, why)] += 1
        for lang in spent:
            seconds[lang] = min(seconds[lang], spent[lang]) if seconds[lang] else spent[lang]
    other = [lang for lang in n if lang != "fa"]
    return {
        "pages": dict(n),
        "us_per_page": {lang: round(seconds[lang] / n[lang] * 1e6, 1) for lang in n},
        "non_persian_pages_per_s": round(sum(n[x] for x in other) / sum(seconds[x] for x in other)),
        "persian_dropped": sum(v for (lang, keep, _), v in verdicts.items() if lang == "fa" and not keep),
        "non_persian_kept": sum(v for (lang, keep, _), v in verdicts.items() if lang != "fa" and keep),
        "verdicts": {f"{lang} {'keep' if keep else 'drop'} {why}": v
                     for (lang, keep, why), v in sorted(verdicts.items())},
    }


def read_and_gate(truth, warcs) -> dict:
    t0 = time.perf_counter()
    n = kept = 0
    for w in warcs:
        for _off, _url, body, ctype, _err in iter_warc_bodies(w):
            n += 1
            kept += gate(body, ctype)[0]
    seconds = time.perf_counter() - t0
    return {"pages": n, "kept": kept, "seconds": round(seconds, 2), "pages_per_s": round(n / seconds)}


def run_refine(paths: str, workers: int, tmp: str, name: str, gate: bool = True) -> tuple[dict, str]:
    out = os.path.join(tmp, name)
    t0 = time.perf_counter()
    stats = refine(paths, out, workers=workers, format="jsonl", progress="none", keep_work=False, gate=gate)
    stats["wall"] = time.perf_counter() - t0
    return stats, out


def rows(out: str, part: str):
    for path in sorted(glob.glob(os.path.join(out, part, "*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("crawl", help="a folder made by make_cc_warc.py")
    ap.add_argument("--persian-only", help="a folder made by make_cc_warc.py --persian-share 1")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-gate-too", action="store_true",
                    help="also refine the mixed crawl without the gate: the Persian pages kept must be the same")
    args = ap.parse_args(argv)
    truth, warcs = load(args.crawl)
    report: dict = {}
    report["gate_alone"] = gate_alone(truth, warcs)
    print(json.dumps(report["gate_alone"], indent=1), file=sys.stderr)
    report["read_and_gate"] = read_and_gate(truth, warcs)
    print(json.dumps(report["read_and_gate"]), file=sys.stderr)
    tmp = tempfile.mkdtemp(prefix="bench-gate-")
    try:
        if args.persian_only:
            fa_truth, _ = load(args.persian_only)
            stats, _ = run_refine(os.path.join(args.persian_only, "warc.paths.gz"), 1, tmp, "fa-only")
            # busy time: the stages' shards and the barriers, without starting the worker pool; the
            # faster of the two rates is the one compared (the one least favourable to the gate)
            busy = sum(s["seconds"] for s in stats["stages"].values()) + \
                sum(b.get("seconds", 0) for b in stats["barriers"].values())
            read = stats["documents"]["read"]
            report["persian_full_1_worker"] = {
                "pages": read, "kept": stats["documents"]["kept"], "seconds": round(stats["wall"], 2),
                "pages_per_s": round(read / stats["wall"], 1), "busy_seconds": round(busy, 2),
                "pages_per_busy_s": round(read / busy, 1)}
            print(json.dumps(report["persian_full_1_worker"]), file=sys.stderr)
            full = max(report["persian_full_1_worker"]["pages_per_s"],
                       report["persian_full_1_worker"]["pages_per_busy_s"])
            report["ratio_gate_alone"] = round(report["gate_alone"]["non_persian_pages_per_s"] / full, 1)
            report["ratio_read_and_gate"] = round(report["read_and_gate"]["pages_per_s"] / full, 1)
        stats, out = run_refine(os.path.join(args.crawl, "warc.paths.gz"), args.workers, tmp, "mixed")
        fa_ids = {i for i, lang in truth.items() if lang == "fa"}
        kept_all = {r["id"] for r in rows(out, "docs")}
        kept = kept_all & fa_ids
        rejected = collections.Counter(r["reason"] for r in rows(out, "rejected") if r["id"] in fa_ids)
        seen = len(kept) + sum(rejected.values())
        report["whole_refine"] = {
            "workers": args.workers, "pages": stats["documents"]["read"], "seconds": round(stats["wall"], 2),
            "pages_per_s": round(stats["documents"]["read"] / stats["wall"], 1),
            "documents": stats["documents"], "reasons": stats["reasons"], "gate": stats["gate"],
            "persian": {"pages": len(fa_ids), "kept": len(kept), "rejected": dict(rejected),
                        "lost_to_the_gate": len(fa_ids) - seen + rejected.get("gate_not_fa", 0)},
        }
        if args.no_gate_too:
            stats, out = run_refine(os.path.join(args.crawl, "warc.paths.gz"), args.workers, tmp, "no-gate", gate=False)
            kept_without = {r["id"] for r in rows(out, "docs")}
            report["whole_refine_no_gate"] = {
                "pages_per_s": round(stats["documents"]["read"] / stats["wall"], 1), "seconds": round(stats["wall"], 2),
                "kept": len(kept_without), "kept_persian": len(kept_without & fa_ids),
                "kept_without_gate_only": sorted(kept_without - kept_all),
                "kept_with_gate_only": sorted(kept_all - kept_without)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
