"""Compare HTML main-content engines (trafilatura vs resiliparse) on the dev pages, and time extract().

    python bench/bench_extract.py [../shared/data/dev-pages]

Body scoring as ../shared/tools/score_pages.py (paragraph multiset F1 on letters+digits keys).
"""
from __future__ import annotations

import collections
import importlib.util
import json
import sys
import time
import unicodedata
from pathlib import Path

from palayesh.extract import ExtractOptions, extract
from palayesh.readers.decode import decode_bytes


def canon(s):
    s = unicodedata.normalize("NFKC", s or "").replace("ي", "ی").replace("ك", "ک")
    s = s.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2))
    return "".join(c for c in s if c.isalnum() and c != "\u0640")


def main(dev: Path):
    gold = [json.loads(x) for x in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    pages = {g["id"]: decode_bytes((dev / "pages" / g["file"]).read_bytes())[0] for g in gold}
    for fmt in ("html", "txt"):
        engines = ("trafilatura", "resiliparse") if fmt == "html" else ("trafilatura",)
        for engine in engines:
            if importlib.util.find_spec(engine) is None:  # resiliparse is optional (not a dependency)
                print(f"{fmt:4s} {engine:12s} not installed, skipped")
                continue
            opts = ExtractOptions(html_engine=engine)
            sel = [g for g in gold if g["format"] == fmt]
            t0 = time.perf_counter()
            arts = {g["id"]: extract(pages[g["id"]], options=opts) for g in sel}
            dt = time.perf_counter() - t0
            m = p = n = 0
            for g in sel:
                if g["kind"] != "article":
                    continue
                gp = [x for x in map(canon, g["body_paragraphs"]) if x]
                pp = [x for x in map(canon, arts[g["id"]].paragraphs) if x]
                m += sum((collections.Counter(gp) & collections.Counter(pp)).values())
                p += len(pp)
                n += len(gp)
            pr, rc = m / max(p, 1), m / max(n, 1)
            f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
            label = engine if fmt == "html" else "flat text"
            print(f"{fmt:4s} {label:12s} pages={len(sel):3d} body P={pr:.4f} R={rc:.4f} F1={f1:.4f} "
                  f"{len(sel) / dt:7.0f} pages/s")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/dev-pages"))
