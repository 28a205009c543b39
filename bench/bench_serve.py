#!/usr/bin/env python3
"""Index build time and search latency of `palayesh serve` on N generated documents; FTS5 vs tantivy.

    python bench/bench_serve.py --docs 100000                    # pool = a fresh refine of the dev pages
    python bench/bench_serve.py --docs 100000 --source /tmp/dev  # pool = any refine output
    python bench/bench_serve.py --docs 20000 --tantivy           # also build and query tantivy

Generates a refine output of N distinct documents from a pool of real refined pages: each document
takes a real title and raw page, 3-12 paragraphs drawn from the whole pool, and a random agency,
host, section, date and kept/rejected status. Builds the palayesh index (SQLite FTS5), then runs
search queries drawn from the pool's words (one to three words, some in another ZWNJ spelling,
a third with a facet filter) and prints p50/p95/p99 of:
- ``search``: the index query (ranked page of 20 + all facet counts); ``search_cpu`` the CPU time of
  the same (the work, apart from waiting for a core on a loaded machine: see ``machine``'s load average),
- ``request``: the whole /search.json handler (query parsing, normalization, snippets, highlights).
With ``--tantivy`` the same folded tokens go into a tantivy index, and the same queries (ranked top
20 + count, no facets) are timed; and both engines' own tokenizers are compared on Persian spellings.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV_PAGES = REPO.parent / "shared" / "data" / "dev-pages" / "pages"


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def load_pool(source: Path) -> list[dict]:
    sys.path.insert(0, str(REPO / "src"))
    from palayesh import read_output

    return [r for part in ("docs", "rejected") for r in read_output(source, part) if (r.get("text") or "").strip()]


def generate(pool: list[dict], n: int, out: Path, seed: int = 1) -> None:
    from palayesh.web.sample import write_output

    rng = random.Random(seed)
    paras = [p for r in pool for p in (r.get("text") or "").split("\n") if len(p) > 30]
    agencies = sorted({r["agency"] for r in pool if r.get("agency")}) or ["مهر"]
    hosts = sorted({r["host"] for r in pool if r.get("host")}) or ["example.ir"]
    sections = sorted({r["section"] for r in pool if r.get("section")}) or ["سیاسی"]
    reasons = ["quality_too_short", "lang_not_fa", "dedup_exact", "dedup_near_duplicate", "quality_low_stopwords"]
    kept, rejected = [], []
    part = 0
    for i in range(n):
        t = rng.choice(pool)
        y, m, d = rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)
        row = dict(t)
        row.update(
            id=f"g{i:07d}", source=f"gen/{i}", title=t.get("title"), lead=None,
            text="\n".join(rng.choice(paras) for _ in range(rng.randint(3, 12))),
            agency=rng.choice(agencies) if rng.random() < 0.8 else None, host=rng.choice(hosts),
            section=rng.choice(sections) if rng.random() < 0.7 else None,
            published=f"{y:04d}-{m:02d}-{d:02d}", lang="fa", lang_score=round(rng.uniform(0.5, 1), 3),
            story=f"s{rng.randint(0, n // 5)}" if rng.random() < 0.3 else None,
            dup_cluster=None,
        )
        if rng.random() < 0.2:
            row["reason"] = rng.choice(reasons)
            rejected.append(row)
        else:
            row.pop("reason", None)
            kept.append(row)
        if len(kept) + len(rejected) >= 10_000 or i == n - 1:  # one part per 10k rows: bounded memory
            sub = out / f"chunk{part}"
            write_output(sub, kept=kept, rejected=rejected)
            for folder in ("docs", "rejected"):
                (out / folder).mkdir(parents=True, exist_ok=True)
                for f in (sub / folder).glob("*"):
                    f.rename(out / folder / f"part-{part:05d}{''.join(f.suffixes)}")
            shutil.rmtree(sub)
            kept, rejected = [], []
            part += 1
    (out / "stats.json").write_text(json.dumps({"documents": {"read": n}, "generated": True}), encoding="utf-8")
    (out / "run.json").write_text(json.dumps({"bench_serve": True, "docs": n}), encoding="utf-8")


def make_queries(pool: list[dict], k: int, seed: int = 2) -> list[tuple[str, dict]]:
    from palayesh.web.tokens import ZWNJ

    rng = random.Random(seed)
    words = [w for r in pool for w in (r.get("text") or "").split() if len(w) > 2 and w.isalpha() or ZWNJ in w]
    filters = [{}, {}, {"status": "all"}, {"from": "2015-01-01"}]
    out = []
    for _ in range(k):
        q = " ".join(rng.choice(words) for _ in range(rng.choice((1, 1, 2, 3))))
        if ZWNJ in q and rng.random() < 0.5:
            q = q.replace(ZWNJ, rng.choice((" ", "")))  # another spelling of the same words
        f = dict(rng.choice(filters))
        if rng.random() < 0.3:
            r = rng.choice(pool)
            if r.get("agency"):
                f["agency"] = r["agency"]
        out.append((q, f))
    return out


def bench_fts5(out: Path, queries, reuse: bool = False) -> dict:
    from palayesh.web.app import App
    from palayesh.web.index import Filters, Index, ensure_index
    from palayesh.web.tokens import parse_query

    t0 = time.perf_counter()
    path, meta, built = ensure_index(out, rebuild=not reuse)
    build = time.perf_counter() - t0 if built else None
    import sqlite3

    sizes = dict(sqlite3.connect(path).execute(
        "SELECT CASE WHEN name LIKE 'fts%' THEN 'fts' WHEN name LIKE 'docs%' OR name = 'combos' THEN 'docs' "
        "ELSE name END, round(sum(pgsize) / 1e6, 1) FROM dbstat GROUP BY 1").fetchall())
    t0 = time.perf_counter()
    assert ensure_index(out)[2] is False
    reuse_s = time.perf_counter() - t0
    index = Index(path)
    app = App(index)
    for q, f in queries[:20]:  # warm the page cache
        index.search(parse_query(q), Filters.parse(f))
    s_times, s_cpu, r_times, hits = [], [], [], []
    for q, f in queries:
        index._cache.clear()  # no facet cache: every query pays its facets
        c, t = time.thread_time(), time.perf_counter()
        res = index.search(parse_query(q), Filters.parse(f))
        s_times.append(1000 * (time.perf_counter() - t))
        s_cpu.append(1000 * (time.thread_time() - c))  # the work itself, whatever the machine's load
        hits.append(res["total"])
        index._cache.clear()
        t = time.perf_counter()
        app.search_data({"q": q, **f})
        r_times.append(1000 * (time.perf_counter() - t))
    # the same work as the tantivy figure: top 20 by bm25 + the count, no facets, no filters
    core = []
    for q, _f in queries:
        pq = parse_query(q)
        if not pq:
            continue
        t = time.perf_counter()
        index.con.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 4.0, 1.0) LIMIT 20",
                          (pq.fts,)).fetchall()
        index.con.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (pq.fts,)).fetchone()
        core.append(1000 * (time.perf_counter() - t))
    index._cache.clear()
    t = time.perf_counter()
    index.search(parse_query(""), Filters.parse({}))
    browse = 1000 * (time.perf_counter() - t)
    return {"docs": meta["documents"], "build_s": build and round(build, 1), "reuse_check_s": round(reuse_s, 3),
            "index_mb": round(path.stat().st_size / 1e6, 1),
            "index_mb_by_table": {k: sizes.get(k) for k in ("fts", "docs", "content", "raw")},
            "search_ms": {p: round(pct(s_times, p), 1) for p in (50, 95, 99)},
            "search_cpu_ms": {p: round(pct(s_cpu, p), 1) for p in (50, 95, 99)},
            "request_ms": {p: round(pct(r_times, p), 1) for p in (50, 95, 99)},
            "top20_and_count_ms": {p: round(pct(core, p), 2) for p in (50, 95, 99)},
            "browse_all_ms": round(browse, 1), "median_hits": statistics.median(hits),
            "precomputed": meta.get("hot")}  # the frequent words' counts and hits (index version 10)


def bench_tantivy(out: Path, queries, tmp: Path) -> dict:
    import tantivy

    from palayesh import read_output
    from palayesh.web.tokens import index_text, parse_query

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("title", stored=False)
    sb.add_text_field("body", stored=False)
    sb.add_unsigned_field("rowid", stored=True, indexed=True, fast=True)
    schema = sb.build()
    ipath = tmp / "tantivy"
    ipath.mkdir()
    ix = tantivy.Index(schema, path=str(ipath))
    t0 = time.perf_counter()
    w = ix.writer(heap_size=100_000_000, num_threads=1)
    n = 0
    for part in ("docs", "rejected"):
        for r in read_output(out, part):
            n += 1
            doc = tantivy.Document()
            doc.add_unsigned("rowid", n)
            doc.add_text("title", index_text(" ".join(x for x in (r.get("surtitle"), r.get("title")) if x)))
            doc.add_text("body", index_text(" ".join(x for x in (r.get("lead"), r.get("text")) if x)))
            w.add_document(doc)
    w.commit()
    w.wait_merging_threads()
    build = time.perf_counter() - t0
    ix.reload()
    searcher = ix.searcher()
    times = []
    for q, _f in queries:
        pq = parse_query(q)
        if not pq:
            continue
        expr = " AND ".join("(" + " OR ".join('"' + " ".join(a) + '"' for a in g) + ")" for g in pq.groups)
        t = time.perf_counter()
        query = ix.parse_query(expr, ["title", "body"])
        _ = searcher.search(query, 20).hits  # the properties run the search (timed)
        _ = searcher.search(query, 1).count
        times.append(1000 * (time.perf_counter() - t))
    size = sum(f.stat().st_size for f in ipath.iterdir())
    return {"docs": n, "build_s": round(build, 1), "index_mb": round(size / 1e6, 1),
            "search_ms": {p: round(pct(times, p), 2) for p in (50, 95, 99)},
            "note": "top 20 + count only: no stored fields, no facets, no snippets"}


def tokenizer_check(tmp: Path) -> dict:
    """How each engine's *own* tokenizer treats Persian spellings (without palayesh folding)."""
    import sqlite3

    import tantivy

    docs = ["این کار انجام می‌شود", "این کار انجام میشود", "این کار انجام می شود", "كتابهاي ايران", "کتاب‌های ایران"]
    queries = ['"می‌شود"', "میشود", '"می شود"', "کتاب‌های", "ایران"]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61')")
    con.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", list(enumerate(docs)))
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("x", stored=True)
    sb.add_unsigned_field("i", stored=True)
    ix = tantivy.Index(sb.build())
    w = ix.writer(heap_size=50_000_000, num_threads=1)
    for i, d in enumerate(docs):
        doc = tantivy.Document()
        doc.add_text("x", d)
        doc.add_unsigned("i", i)
        w.add_document(doc)
    w.commit()
    ix.reload()
    s = ix.searcher()
    res = {}
    for q in queries:
        phrase = q if q.startswith('"') else f'"{q}"'
        fts = sorted(r[0] for r in con.execute("SELECT rowid FROM t WHERE t MATCH ?", (phrase,)))
        tv = sorted(s.doc(a)["i"][0] for _, a in s.search(ix.parse_query(phrase, ["x"]), 10).hits)
        res[q] = {"fts5_unicode61": fts, "tantivy_default": tv}
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--source", type=Path, help="a refine output to draw pages from (default: refine the dev pages)")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--tantivy", action="store_true", help="also measure tantivy (pip install tantivy)")
    ap.add_argument("--keep", type=Path, help="write the generated output here and keep it")
    ap.add_argument("--reuse-index", action="store_true",
                    help="with --keep: query the kept output's index when it is current (no build time measured)")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    try:
        source = args.source
        if source is None:
            source = tmp / "dev"
            subprocess.run([sys.executable, "-m", "palayesh", "refine", str(DEV_PAGES), "-o", str(source), "-q"],
                           check=True)
        pool = load_pool(source)
        out = args.keep or tmp / "out"
        if not (out / "run.json").is_file():
            t = time.perf_counter()
            generate(pool, args.docs, out)
            print(f"generated {args.docs:,} documents from a pool of {len(pool):,} in {time.perf_counter() - t:.1f} s",
                  file=sys.stderr)
        queries = make_queries(pool, args.queries)
        load_before = os.getloadavg()
        result = {"fts5": bench_fts5(out, queries, reuse=args.reuse_index)}
        if args.tantivy:
            result["tantivy"] = bench_tantivy(out, queries, tmp)
            result["tokenizers_on_persian"] = tokenizer_check(tmp)
        # the machine is shared: its load average (1, 5, 15 min) before and after the queries
        result["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                             "loadavg_before": [round(x, 2) for x in load_before],
                             "loadavg_after": [round(x, 2) for x in os.getloadavg()]}
        print(json.dumps(result, ensure_ascii=False, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
