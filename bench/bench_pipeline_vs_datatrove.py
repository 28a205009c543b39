#!/usr/bin/env python3
"""The whole pipeline side by side: palayesh refine vs datatrove running FineWeb-2's Persian recipe.

    python ../shared/tools/make_pages.py --split dev --n 20000 --out /tmp/pages20k
    python -m venv bench/.venv-datatrove
    bench/.venv-datatrove/bin/pip install datatrove spacy orjson trafilatura lxml_html_clean tokenizers \
        regex "xxhash<4"
    python bench/bench_pipeline_vs_datatrove.py /tmp/pages20k [--workers 2] [--repeat 3]
    python bench/make_gold_set.py /tmp/goldset        # 3,500 pages with gold
    python bench/bench_pipeline_vs_datatrove.py /tmp/goldset/pages --gold /tmp/goldset/gold.jsonl

(``DATATROVE_PYTHON=/path/to/venv/bin/python`` points at a datatrove venv elsewhere.)
The xxhash pin: xxhash 4 refuses a str ("Strings must be encoded before hashing"), and datatrove
(0.10.1, the newest) hashes its MinHash shingles as str; xxhash 3.8.2 encodes them as UTF-8 itself.
tokenizers and xxhash are datatrove extras its plain install leaves out (its word tokenizers, its
MinHash ``hash_fc="xxhash"``).

datatrove runs the recipe of huggingface/fineweb-2 (`fineweb-2-pipeline.py` with the thresholds of
`configs/fas_Arab.yml`): Trafilatura(favour_precision=True) on the HTML pages, then the MinHash
stages (5-grams, 14 buckets x 8 hashes, xxhash 64), then GopherRepetitionFilter, FineWebQualityFilter
and GopherQualityFilter, each stage with a LocalPipelineExecutor of `--workers` tasks. Its GlotLID
step is left out (its model comes from a hub, and nothing here downloads at run time), which makes
datatrove's figure an upper bound. Flat-text pages skip Trafilatura (there is no HTML to parse).
datatrove runs twice: with the recipe's word tokenizer (spaCy's ``fa``) and with its cheapest
variant (``str.split``), and the runs of the tools are interleaved (``--repeat``), medians reported,
since the machine is noisy. Beside each wall time, the CPU time (user + system) of the tool's whole
process tree: on a machine other jobs load, a run waits for the cores and its wall time says more of
the load than of the tool (2,000 pages at load ~25: datatrove's str.split variant 443 s of wall,
slower than its spaCy one), while its CPU time stays put; ``cpu_speedup`` is the ratio to quote
then. Each figure comes with the kept count of the same run and, with
``--gold``, what ``../shared/tools/score_pages.py`` says of each output (datatrove's as text only:
it extracts no title, date or clusters, so those score 0 for it).
Both tools read the same pages, converted once for datatrove to JSON lines (not timed).
palayesh does more: structure extraction, ZWNJ restoration, language ID, quality filters, dedup.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PY = os.environ.get("DATATROVE_PYTHON", os.path.join(HERE, ".venv-datatrove", "bin", "python"))
SCORER = os.path.join(HERE, "..", "..", "shared", "tools", "score_pages.py")
#: what the scorer says about each output, printed beside its speed
QUALITY = ["body_f1", "chrome_leak_rate", "negatives_rejected", "articles_wrongly_rejected", "title_exact",
           "published_match", "dup_recall"]

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
    from datatrove.utils.word_tokenizers import WordTokenizer


    class SplitTokenizer(WordTokenizer):
        """The cheapest variant of the recipe: words by str.split, sentences at . ! ? ؟ and line ends."""

        def word_tokenize(self, text):
            return text.split()

        def sent_tokenize(self, text):
            return [s.strip() for s in SENT.findall(text) if s.strip()]

        def span_tokenize(self, text):
            return [(m.start(), m.end()) for m in SENT.finditer(text) if m.group().strip()]


    import re
    SENT = re.compile("[^.!?؟\\n]+[.!?؟\\n]*")


    def main():
        src, work, workers, tokenizer = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
        # configs/fas_Arab.yml of huggingface/fineweb-2
        cfg = dict(dup_line_frac=0.246, dup_n_grams=[(5, 0.157), (6, 0.147), (7, 0.137), (8, 0.127), (9, 0.117),
                   (10, 0.107)], top_n_grams=[(2, 0.189), (3, 0.164), (4, 0.143)], line_punct_thr=0.2,
                   max_avg_word_length=9, min_avg_word_length=2, max_non_alpha_words_ratio=0.812, new_line_ratio=0.15,
                   stopwords=["در", "و", "،", "به", "از", "که", "است", "این", "را", "با", "یک"])
        lang = "fas_Arab" if tokenizer == "spacy" else SplitTokenizer()
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
        print("DATATROVE_OUTPUT", f"{work}/output")


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


def _datatrove_as_output(dt_out: str, src_ids: list[str], dest: str) -> int:
    """datatrove's kept documents as a palayesh-shaped output folder, so one scorer reads both.

    Kept rows go to ``docs/`` with their text; every page datatrove did not keep goes to ``rejected/``
    (datatrove writes no reasons). Fields datatrove does not produce (title, section, agency, dates,
    dup clusters) are left empty and score as such."""
    kept = {}
    for root, _, names in os.walk(dt_out):
        for name in names:
            with gzip.open(os.path.join(root, name), "rt", encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    kept[row["id"]] = row["text"]
    for sub in ("docs", "rejected"):
        os.makedirs(os.path.join(dest, sub), exist_ok=True)
    with open(os.path.join(dest, "docs", "part.jsonl"), "w", encoding="utf-8") as docs, \
            open(os.path.join(dest, "rejected", "part.jsonl"), "w", encoding="utf-8") as rej:
        for doc_id in src_ids:
            if doc_id in kept:
                docs.write(json.dumps({"id": doc_id, "text": kept[doc_id], "lang": "fa"}, ensure_ascii=False) + "\n")
            else:
                rej.write(json.dumps({"id": doc_id, "reason": "datatrove_removed"}, ensure_ascii=False) + "\n")
    return len(kept)


def _palayesh_kept(out: str) -> int:
    with open(os.path.join(out, "stats.json"), encoding="utf-8") as fh:
        stats = json.load(fh)
    return int(stats["documents"]["kept"])


def _score(gold: str, out: str) -> dict:
    r = subprocess.run([sys.executable, SCORER, gold, out], capture_output=True, text=True, check=True)
    rep = json.loads(r.stdout)
    return {k: rep.get(k) for k in QUALITY}


def _adopt_orphans() -> None:
    """Make this process the reaper of its descendants that lose their parent (Linux
    PR_SET_CHILD_SUBREAPER): datatrove's fork server, the parent of its workers, outlives its main
    process unwaited, and the CPU time of the workers it reaped would count for no one."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap_orphans() -> None:
    """Wait for the adopted descendants of the run just finished, so their CPU time is counted."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _children_cpu() -> float:
    """User + system seconds of this process's finished children and of the descendants they (or
    this process, :func:`_adopt_orphans`) waited for: the tools' worker processes."""
    _reap_orphans()
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2


def _compile_palayesh() -> None:
    """Compile palayesh's modules to bytecode once, before any run is timed. pip compiles what it
    installs into site-packages (datatrove and its stack, and palayesh from ``pip install .``), but an
    editable install or ``PYTHONPATH=src`` leaves palayesh as source, and under
    ``PYTHONDONTWRITEBYTECODE=1`` every run compiled it again (~0.6 s of CPU a run, 1-2% of it)."""
    import compileall

    import palayesh

    compileall.compile_dir(os.path.dirname(palayesh.__file__), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages")
    ap.add_argument("--workers", type=int, default=os.cpu_count())
    ap.add_argument("--tokenizer", choices=["spacy", "split", "both"], default="both",
                    help="datatrove's word tokenizer: the recipe's spaCy 'fa' or str.split (its cheapest variant)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each tool, interleaved; medians reported")
    ap.add_argument("--gold", help="gold.jsonl of the pages (bench/make_gold_set.py): score both outputs")
    a = ap.parse_args()
    if not os.path.exists(VENV_PY):
        sys.exit(f"no datatrove venv at {VENV_PY}; see the docstring")
    variants = ["spacy", "split"] if a.tokenizer == "both" else [a.tokenizer]
    _adopt_orphans()
    _compile_palayesh()
    tmp = tempfile.mkdtemp(prefix="palayesh-vs-datatrove-")
    try:
        src = os.path.join(tmp, "src")
        n = convert(a.pages, src)
        ids = sorted(name.rsplit(".", 1)[0] for _, _, names in os.walk(a.pages) for name in names
                     if name.endswith((".html", ".htm", ".txt")))
        script = os.path.join(tmp, "dt.py")
        with open(script, "w") as fh:
            fh.write(DATATROVE_SCRIPT)
        times: dict[str, list[float]] = {v: [] for v in [*variants, "palayesh"]}
        cpu: dict[str, list[float]] = {v: [] for v in [*variants, "palayesh"]}
        kept: dict[str, int] = {}
        quality: dict[str, dict] = {}
        for rep in range(a.repeat):
            for variant in variants:
                work = os.path.join(tmp, f"dt-{variant}")
                shutil.rmtree(work, ignore_errors=True)
                c0 = _children_cpu()
                r = subprocess.run([VENV_PY, script, src, work, str(a.workers), variant],
                                   capture_output=True, text=True)
                cpu[variant].append(_children_cpu() - c0)
                if r.returncode != 0:
                    sys.exit(f"datatrove failed:\n{r.stderr[-3000:]}")
                lines = r.stdout.splitlines()
                times[variant].append(float([x for x in lines if x.startswith("DATATROVE_TOTAL")][0].split()[1]))
                print(f"[{rep}] datatrove {variant}:", "; ".join(x[len("datatrove stage "):] for x in lines
                                                             if x.startswith("datatrove stage")), flush=True)
                if rep == 0:
                    dt_out = [x for x in lines if x.startswith("DATATROVE_OUTPUT")][0].split(" ", 1)[1]
                    as_out = os.path.join(tmp, f"dt-{variant}-scored")
                    kept[variant] = _datatrove_as_output(dt_out, ids, as_out)
                    if a.gold:
                        quality[variant] = _score(a.gold, as_out)
            out = os.path.join(tmp, "palayesh")
            t0, c0 = time.perf_counter(), _children_cpu()
            r = subprocess.run([sys.executable, "-m", "palayesh", "refine", a.pages, "-o", out, "--overwrite",
                                "--workers", str(a.workers), "-q"], capture_output=True, text=True)
            times["palayesh"].append(time.perf_counter() - t0)
            cpu["palayesh"].append(_children_cpu() - c0)
            if r.returncode != 0:
                sys.exit(f"palayesh failed:\n{r.stderr[-3000:]}")
            print(f"[{rep}] palayesh: {times['palayesh'][-1]:.2f} s ({cpu['palayesh'][-1]:.1f} s cpu)", flush=True)
            if rep == 0:
                kept["palayesh"] = _palayesh_kept(out)
                if a.gold:
                    quality["palayesh"] = _score(a.gold, out)
        pl, pl_cpu = _median(times["palayesh"]), _median(cpu["palayesh"])
        report = {"pages": n, "workers": a.workers, "repeat": a.repeat, "load_average": os.getloadavg()[0],
                  "palayesh": {"s": round(pl, 2), "pages_per_s": round(n / pl, 1), "kept": kept["palayesh"],
                               "runs_s": [round(t, 2) for t in times["palayesh"]], "cpu_s": round(pl_cpu, 2),
                               **quality.get("palayesh", {})}}
        for variant in variants:
            dt, dt_cpu = _median(times[variant]), _median(cpu[variant])
            report[f"datatrove_{variant}"] = {
                "s": round(dt, 2), "pages_per_s": round(n / dt, 1), "kept": kept[variant],
                "runs_s": [round(t, 2) for t in times[variant]], "cpu_s": round(dt_cpu, 2),
                **quality.get(variant, {}), "palayesh_cpu_speedup": round(dt_cpu / pl_cpu, 2),
                "palayesh_speedup": round(dt / pl, 2),
                "palayesh_speedup_runs": [round(d / p, 2) for d, p in zip(times[variant], times["palayesh"])]}
        print(json.dumps(report, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
