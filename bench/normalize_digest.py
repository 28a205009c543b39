#!/usr/bin/env python3
"""Digest of the normalizer's output, to show a speed change changes nothing (issue 16).

    PYTHONPATH=src python bench/normalize_digest.py OUT.txt > digests.txt      # this tree
    PYTHONPATH=/path/to/main/src python bench/normalize_digest.py OUT_MAIN.txt > digests_main.txt
    diff digests_main.txt digests.txt && cmp OUT_MAIN.txt OUT.txt

Normalizes every news paragraph (``../shared/data/corpora``) and every updt-train sentence, each as
written, with its ZWNJs deleted and with its ZWNJs as spaces, with and without the gap model, by a
fresh and by a streaming normalizer; writes each output line with its edit counts to OUT and prints
one SHA-256 prefix per case.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path

from palayesh.normalize import NormalizeOptions, Normalizer

ZWNJ = "\u200c"
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
CORRUPT = {"asis": lambda s: s, "del": lambda s: s.replace(ZWNJ, ""), "sp": lambda s: s.replace(ZWNJ, " ")}


def texts() -> dict[str, list[str]]:
    paras = []
    for path in sorted((DATA / "corpora").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                paras += [p for p in json.loads(line).get("paragraphs") or [] if p and p.strip()]
    updt = (DATA / "updt-train" / "updt-train.txt").read_text(encoding="utf-8").split("\n")
    return {"news": paras, "updt": [s for s in updt if s.strip()]}


def main(out_path: str) -> None:
    with open(out_path, "w", encoding="utf-8") as out:
        for name, items in texts().items():
            for cor, corrupt in CORRUPT.items():
                for model in (True, False):
                    for stream in (False, True):
                        norm = Normalizer(NormalizeOptions(zwnj_model=model), stream=stream)
                        h = hashlib.sha256()
                        for t in items:
                            o, e = norm.normalize_with_edits(corrupt(t))
                            s = o + "\t" + json.dumps(sorted(e.items()), ensure_ascii=False) + "\n"
                            h.update(s.encode())
                            out.write(s)
                        print(name, cor, model, stream, h.hexdigest()[:16], flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
