#!/usr/bin/env python3
"""The whole pipeline side by side: palayesh refine vs datatrove running FineWeb-2's Persian recipe.

    python ../shared/tools/make_pages.py --split dev --n 20000 --out /tmp/pages20k
    python -m venv bench/.venv-datatrove
    bench/.venv-datatrove/bin/pip install datatrove spacy trafilatura lxml_html_clean
    python bench/bench_pipeline_vs_datatrove.py /tmp/pages20k [--workers 2]

datatrove runs the recipe of huggingface/fineweb-2 (`fineweb-2-pipeline.py` with the thresholds of
`configs/fas_Arab.yml`): Trafilatura(favour_precision=True) on the HTML pages, then the MinHash
stages (5-grams, 14 buckets x 8 hashes, xxhash 64), then GopherRepetitionFilter, FineWebQualityFilter
and GopherQualityFilter, each stage with a LocalPipelineExecutor of `--workers` tasks. Its GlotLID
step is left out (its model comes from a hub, and nothing here downloads at run time), which makes
datatrove's figure an upper bound. Flat-text pages skip Trafilatura (there is no HTML to parse).
Both tools read the same pages, converted once for datatrove to JSON lines (not timed).
palayesh does more: structure extraction, ZWNJ restoration, language ID, quality filters, dedup.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PY = os.path.join(HERE, ".venv-datatrove", "bin", "python")

DATATROVE_SCRIPT = textwrap.dedent('''
    import sys, time
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupBuckets
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.filters import FineWebQualityFilter, GopherQualityFilter, GopherRepetitionFilter
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers.jsonl import JsonlWriter
    from datatrove.utils.hashing import HashConfig

    def main():
        src, work, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
        # configs/fas_Arab.yml of huggingface/fineweb-2
        cfg = dict(dup_line_frac=0.246, dup_n_grams=[(5, 0.157), (6, 0.147), (7, 0.137), (8, 0.127), (9, 0.117),
                   (10, 0.107)], top_n_grams=[(2, 0.189), (3, 0.164), (4, 0.143)], line_punct_thr=0.2,
                   max_avg_word_length=9, min_avg_word_length=2, max_non_alpha_words_ratio=0.812, new_line_ratio=0.15,
                   stopwords=["در", "و", "،", "به", "از", "که", "است", "این", "را", "با", "یک"])
        lang = "fas_Arab"
        t0 = time.perf_counter()
        def run(pipeline, tasks=workers, name=""):
            t = time.perf_counter()
            LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=workers,
                                  logging_dir=f"{work}/logs/{name}", skip_completed=False).run()
            print(f"datatrove stage {name}: {time.perf_counter() - t:.2f} s", flush=True)
        run([JsonlReader(f"{src}/html"), Trafilatura(favour_precision=True), JsonlWriter(f"{work}/extracted")],
            name="extract")
        run([JsonlReader(f"{src}/text"), JsonlWriter(f"{work}/extracted", output_filename="text_${rank}.jsonl.gz")],
            name="copy-text")
        mh = MinhashConfig(hash_config=HashConfig(hash_fc="xxhash", precision=64), num_buckets=14,
                           hashes_per_bucket=8, n_grams=5)
        reader = JsonlReader(f"{work}/extracted")
        run([reader, MinhashDedupSignature(output_folder=f"{work}/sigs", config=mh, language=lang)], name="mh1")
        run([MinhashDedupBuckets(input_folder=f"{work}/sigs", output_folder=f"{work}/buckets", config=mh)],
            tasks=mh.num_buckets, name="mh2")
        run([MinhashDedupCluster(input_folder=f"{work}/buckets", output_folder=f"{work}/remove", config=mh)],
            tasks=1, name="mh3")
        run([JsonlReader(f"{work}/extracted"), MinhashDedupFilter(input_folder=f"{work}/remove"),
             GopherRepetitionFilter(language=lang, dup_para_frac=0, dup_line_char_frac=0, dup_para_char_frac=0,
                                    dup_line_frac=cfg["dup_line_frac"], top_n_grams=cfg["top_n_grams"],
                                    dup_n_grams=cfg["dup_n_grams"]),
             FineWebQualityFilter(language=lang, short_line_thr=999, char_duplicates_ratio=0.1,
                                  line_punct_thr=cfg["line_punct_thr"], new_line_ratio=cfg["new_line_ratio"]),
             GopherQualityFilter(language=lang, max_avg_word_length=cfg["max_avg_word_length"],
                                 min_avg_word_length=cfg["min_avg_word_length"], stop_words=cfg["stopwords"],
                                 max_non_alpha_words_ratio=cfg["max_non_alpha_words_ratio"], min_stop_words=2),
             JsonlWriter(f"{work}/output")], name="mh4+filters")
        print(f"DATATROVE_TOTAL {time.perf_counter() - t0:.3f}")


    if __name__ == "__main__":  # datatrove's executor starts workers with a fork server
        main()
''')


def convert(pages: str, dest: str) -> int:
    """Pages to datatrove's JSON lines, split by kind, one file per worker-sized chunk."""
    n = 0
    files = {}
    for kind in ("html", "text"):
        os.makedirs(os.path.join(dest, kind), exist_ok=True)
    for root, _, names in os.walk(pages):
        for name in sorted(names):
            kind = "html" if name.endswith((".html", ".htm")) else "text" if name.endswith(".txt") else None
            if kind is None:
                continue
            with open(os.path.join(root, name), "rb") as fh:
                text = fh.read().decode("utf-8", errors="replace")
            chunk = n % 8
            key = (kind, chunk)
            if key not in files:
                files[key] = gzip.open(os.path.join(dest, kind, f"{chunk:02d}.jsonl.gz"), "wt", encoding="utf-8")
            files[key].write(json.dumps({"id": name.rsplit(".", 1)[0], "text": text}, ensure_ascii=False) + "\n")
            n += 1
    for fh in files.values():
        fh.close()
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages")
    ap.add_argument("--workers", type=int, default=os.cpu_count())
    a = ap.parse_args()
    if not os.path.exists(VENV_PY):
        sys.exit(f"no datatrove venv at {VENV_PY}; see the docstring")
    tmp = tempfile.mkdtemp(prefix="palayesh-vs-datatrove-")
    try:
        n = convert(a.pages, os.path.join(tmp, "src"))
        script = os.path.join(tmp, "dt.py")
        with open(script, "w") as fh:
            fh.write(DATATROVE_SCRIPT)
        r = subprocess.run([VENV_PY, script, os.path.join(tmp, "src"), os.path.join(tmp, "dt"), str(a.workers)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"datatrove failed:\n{r.stderr[-3000:]}")
        dt_lines = [line for line in r.stdout.splitlines() if line.startswith("datatrove stage")]
        dt = float([line for line in r.stdout.splitlines() if line.startswith("DATATROVE_TOTAL")][0].split()[1])

        out = os.path.join(tmp, "palayesh")
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "palayesh", "refine", a.pages, "-o", out,
                            "--workers", str(a.workers), "-q"], capture_output=True, text=True)
        pl = time.perf_counter() - t0
        if r.returncode != 0:
            sys.exit(f"palayesh failed:\n{r.stderr[-3000:]}")
        print("\n".join(dt_lines))
        print(json.dumps({
            "pages": n, "workers": a.workers,
            "datatrove_fineweb2_fas_s": round(dt, 2), "datatrove_pages_per_s": round(n / dt, 1),
            "palayesh_s": round(pl, 2), "palayesh_pages_per_s": round(n / pl, 1),
            "palayesh_vs_datatrove": round(dt / pl, 2),
        }, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
