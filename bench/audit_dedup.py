#!/usr/bin/env python3
"""Audit a palayesh run's dedup decisions against a corpus truth, outside palayesh's own code.

  python bench/audit_dedup.py TRUTH.jsonl OUT_DIR [--corpus PAGES] [--sample 200] [--seed S]

TRUTH is the `truth.jsonl` written by bench/make_dedup_corpus.py (one row per page: id, kind,
group, copy_of, ...). OUT_DIR is a `palayesh refine -o OUT_DIR` result: OUT_DIR/docs/*.parquet and
OUT_DIR/rejected/*.parquet (or *.jsonl.gz with --format jsonl); the columns read are id, text,
reason, dup_cluster, and dup_score, story, published, title when present.

Similarity is measured here, on the output `text` fields, with this script's own word 5-gram
shingles: NFKC, ي/ى->ی, ك->ک, ۀ/ة->ه, Persian/Arabic digits -> ASCII, lower case, ZWNJ, tatweel and
diacritics dropped (so «می‌شود» and «میشود» are one word), then words = runs of letters and digits
(punctuation splits). Jaccard J = |A∩K|/|A∪K|; containment C = |A∩K|/|A| with A the dropped page
and K the kept copy of its cluster (directional: a brief inside a long article has C = 1, the long
article inside the brief has C small).

Printed report (one JSON object on stdout):
- counts: pages in truth, in the output, missing; kept; dropped by reason.
- clusters: number of dup_cluster values with 2+ members, size max / p99 / p90 / median.
- pairs: predicted pairs = every pair of rows sharing a dup_cluster value (a dropped row with its
  kept copy, and members with each other); true pairs = every pair of one truth group. Both are
  restricted to pages that reached dedup (kept, or rejected with a dedup_* reason): a page an
  earlier filter rejected cannot be paired by dedup. precision = true predicted / predicted,
  recall = true predicted / true. Counted from cluster x group tables, never enumerated.
- articles_wrongly_rejected: pages truth puts in no group (no copy of anything, nothing copies
  them) that were rejected as dedup_*, over such pages that reached dedup. drops_outside_group:
  dedup drops whose kept copy is not in the dropped page's truth group (includes the former).
- near_drops: for every page rejected as dedup_near_duplicate: J and C with its kept copy; share
  with J >= 0.3 or C >= 0.7 (issue 13's bar: >= 99%), percentiles, the worst 10 with ids.
  With a `dup_score` column: its quantiles, and its difference to the J and C measured here.
- largest_cluster: size, minimum J and C of its members with the kept copy, members below the
  bar, explainable (none below), and J of --sample random member pairs.
- stories (if a `story` column exists): number of stories, largest size and its date span
  (`published`), dated span histogram, and --sample random story-mate pairs with their word-set
  Jaccard (set of words, not shingles), and how many of them truth puts in one group (a copy
  that dedup missed). make_dedup_corpus.py writes no same-event stories: there, every story is
  a missed copy or a join of unrelated pages.
- truth_on_output: the same measure between each truth copy and its group's root, and between
  each roundup and the stories it quotes: copies below the bar and quotes above it are pages
  where extraction moved the text across the bar (no dedup can be right on both counts there).
- --corpus PAGES: every page file stem in PAGES must be in the output (docs, rejected) and in truth.
"""
from __future__ import annotations

import argparse
import collections
import glob
import gzip
import json
import os
import random
import re
import sys
import unicodedata

#: the audit's own folding, a table of {codepoint: replacement}: why per row
FOLD = {
    ord("ي"): "ی",  # Arabic yeh -> Persian yeh
    ord("ى"): "ی",  # alef maksura, written for yeh
    ord("ك"): "ک",  # Arabic kaf -> Persian keheh
    ord("ۀ"): "ه",  # heh with yeh above (ezafe) -> heh
    ord("ة"): "ه",  # teh marbuta -> heh
    ord("\u200c"): None,  # ZWNJ: «می‌شود» = «میشود»; a space instead of it stays a split
    ord("\u0640"): None,  # tatweel (kashida) is decoration
}
FOLD.update({ord(d): str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")})  # Persian digits
FOLD.update({ord(d): str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")})  # Arabic-Indic digits
FOLD.update({c: None for c in range(0x064B, 0x0660)})  # harakat, tanwin, shadda: not letters
FOLD[0x0670] = None  # superscript alef
WORD = re.compile(r"[^\W_]+")
#: issue 13: a near-duplicate drop must have J >= 0.3 or C >= 0.7 with the kept copy
MIN_JACCARD, MIN_CONTAINMENT = 0.3, 0.7
SHINGLE = 5


def words(text: str | None) -> list[str]:
    """Folded words of a text: «مي‌شود ۱۲» -> ['میشود', '12']."""
    if not text:
        return []
    return WORD.findall(unicodedata.normalize("NFKC", text).translate(FOLD).lower())


def shingles(text: str | None, n: int = SHINGLE) -> set[int]:
    """Hashes of the word n-grams of a text (a text shorter than n words is one shingle)."""
    w = words(text)
    if len(w) < n:
        return {hash(" ".join(w))} if w else set()
    return {hash(" ".join(w[i:i + n])) for i in range(len(w) - n + 1)}


def similarity(a: set, k: set) -> tuple[float, float]:
    """(Jaccard, containment of a in k) of two shingle sets."""
    if not a or not k:
        return 0.0, 0.0
    inter = len(a & k)
    return inter / (len(a) + len(k) - inter), inter / len(a)


def passes(j: float, c: float) -> bool:
    return j >= MIN_JACCARD or c >= MIN_CONTAINMENT


# -- reading --------------------------------------------------------------------------------------

COLUMNS = ["id", "text", "reason", "dup_cluster", "dup_score", "story", "published", "title"]


def read_output(out_dir: str) -> tuple[list[dict], set[str]]:
    """Rows of docs/ and rejected/ (parquet, or jsonl[.gz]); each row gets `part`."""
    rows, cols = [], set()
    for part in ("docs", "rejected"):
        d = os.path.join(out_dir, part)
        pqs = sorted(glob.glob(os.path.join(d, "**", "*.parquet"), recursive=True))
        jls = sorted(glob.glob(os.path.join(d, "**", "*.jsonl.gz"), recursive=True)
                     + glob.glob(os.path.join(d, "**", "*.jsonl"), recursive=True))
        if pqs:
            import pyarrow.parquet as pq

            for f in pqs:
                pf = pq.ParquetFile(f)
                want = [c for c in COLUMNS if c in pf.schema_arrow.names]
                cols.update(want)
                for batch in pf.iter_batches(columns=want, batch_size=4096):
                    for r in batch.to_pylist():
                        r["part"] = part
                        rows.append(r)
        else:
            for f in jls:
                op = gzip.open if f.endswith(".gz") else open
                with op(f, "rt", encoding="utf-8") as fh:
                    for line in fh:
                        if line.strip():
                            r = json.loads(line)
                            cols.update(k for k in COLUMNS if k in r)
                            row = {k: r.get(k) for k in COLUMNS}
                            row["part"] = part
                            rows.append(row)
    return rows, cols


def read_truth(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, filter(str.strip, fh))}


# -- measures -------------------------------------------------------------------------------------

def quantiles(values: list[float], qs=(0.0, 0.01, 0.1, 0.5, 0.9, 1.0)) -> dict:
    if not values:
        return {}
    v = sorted(values)
    return {f"p{round(q * 100)}": round(v[min(len(v) - 1, int(q * (len(v) - 1) + 0.5))], 4) for q in qs}


def c2(n: int) -> int:
    return n * (n - 1) // 2


def is_dedup(row: dict) -> bool:
    return str(row.get("reason") or "").startswith("dedup_")


def reached(row: dict) -> bool:
    """Kept, or dropped by dedup itself: a page dedup saw."""
    return row["part"] == "docs" or is_dedup(row)


def clusters_of(rows: dict[str, dict]) -> dict[str, list[str]]:
    """{dup_cluster value: member ids} over the rows that reached dedup."""
    out = collections.defaultdict(list)
    for i, r in rows.items():
        if r.get("dup_cluster"):
            out[str(r["dup_cluster"])].append(i)
    return out


def pair_scores(clusters, truth, eligible) -> dict:
    """Pairwise precision/recall from cluster x truth-group tables."""
    predicted = correct = 0
    for members in clusters.values():
        predicted += c2(len(members))
        by_group = collections.Counter(truth[m]["group"] for m in members if truth.get(m, {}).get("group"))
        correct += sum(c2(n) for n in by_group.values())
    group_sizes = collections.Counter(truth[i]["group"] for i in eligible if truth.get(i, {}).get("group"))
    true = sum(c2(n) for n in group_sizes.values())
    return {"predicted_pairs": predicted, "true_pairs": true, "correct_pairs": correct,
            "precision": round(correct / predicted, 4) if predicted else 1.0,
            "recall": round(correct / true, 4) if true else 1.0}


def drop_similarities(rows, near_ids, shingle_cache) -> list[dict]:
    """J and C of every near-duplicate drop with its kept copy (kept copies' shingles cached)."""
    out = []
    by_kept = collections.defaultdict(list)
    for i in near_ids:
        by_kept[str(rows[i]["dup_cluster"])].append(i)
    for kept, dropped in by_kept.items():
        k = shingle_cache(kept)
        for i in dropped:
            j, c = similarity(shingles(rows[i].get("text")), k)
            out.append({"id": i, "kept": kept, "jaccard": round(j, 4), "containment": round(c, 4),
                        "dup_score": rows[i].get("dup_score")})
    return out


def largest_cluster(clusters, rows, drops, rng, sample) -> dict:
    if not clusters:
        return {"size": 0}
    kept, members = max(clusters.items(), key=lambda kv: (len(kv[1]), kv[0]))
    inside = [d for d in drops if d["kept"] == kept]
    below = [d for d in inside if not passes(d["jaccard"], d["containment"])]
    others = [m for m in members if m != kept]
    pairs = []
    if len(others) >= 2:
        cache = {}
        for _ in range(sample):
            a, b = rng.sample(others, 2)
            for x in (a, b):
                if x not in cache:
                    cache[x] = shingles(rows[x].get("text"))
            pairs.append(similarity(cache[a], cache[b])[0])
    return {"kept": kept, "size": len(members),
            "near_members": len(inside),
            "min_jaccard": min((d["jaccard"] for d in inside), default=None),
            "min_containment": min((d["containment"] for d in inside), default=None),
            "members_below_bar": len(below), "explainable": not below,
            "member_jaccard_to_kept": quantiles([d["jaccard"] for d in inside]),
            "random_member_pairs_jaccard": quantiles(pairs)}


def day_of(v) -> str | None:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(v or ""))
    return m.group(0) if m else None


def story_report(rows, rng, sample, truth=None) -> dict:
    import datetime as dt

    stories = collections.defaultdict(list)
    for i, r in rows.items():
        if r.get("story"):
            stories[str(r["story"])].append(i)
    if not stories:
        return {"stories": 0}

    def span(ids):
        days = sorted(d for d in (day_of(rows[i].get("published")) for i in ids) if d)
        if len(days) < 2:
            return days[0] if days else None, days[-1] if days else None, 0
        a, b = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
        return days[0], days[-1], (b - a).days

    sid, big = max(stories.items(), key=lambda kv: (len(kv[1]), kv[0]))
    first, last, days = span(big)
    spans = [span(ids)[2] for ids in stories.values()]
    multi = [ids for ids in stories.values() if len(ids) >= 2]
    pairs = []
    for _ in range(sample if multi else 0):
        a, b = rng.sample(rng.choice(multi), 2)
        wa, wb = set(words(rows[a].get("text"))), set(words(rows[b].get("text")))
        same = bool(truth) and truth.get(a, {}).get("group") is not None and \
            truth.get(a, {}).get("group") == truth.get(b, {}).get("group")
        pairs.append({"a": a, "b": b, "word_jaccard": round(len(wa & wb) / max(1, len(wa | wb)), 4),
                      "same_truth_group": same, "titles": [rows[a].get("title"), rows[b].get("title")]})
    jac = [p["word_jaccard"] for p in pairs]
    return {"stories": len(stories), "docs_in_stories": sum(map(len, stories.values())),
            "size": quantiles([len(v) for v in stories.values()], (0.5, 0.9, 0.99, 1.0)),
            "largest": {"story": sid, "size": len(big), "first_day": first, "last_day": last,
                        "span_days": days,
                        "undated_members": sum(1 for i in big if not day_of(rows[i].get("published"))),
                        "titles": [rows[i].get("title") for i in sorted(big)[:12]]},
            "span_days": quantiles(spans, (0.5, 0.9, 0.99, 1.0)),
            "stories_spanning_over_3_days": sum(1 for s in spans if s > 3),
            "mate_pairs_word_jaccard": quantiles(jac),
            "mate_pairs_below_0.1": sum(1 for j in jac if j < 0.1),
            "mate_pairs_same_truth_group": sum(p["same_truth_group"] for p in pairs),
            "mate_pairs_examples": sorted(pairs, key=lambda p: p["word_jaccard"])[:5]}


def truth_on_output(truth, rows, shingle_of) -> dict:
    """Is the truth attainable on these texts? Every truth copy that reached dedup against its
    group's root (a dedup keeping roots would hold copies to this), and every roundup against
    the stories it quotes (a dedup must not join them): how many land on the wrong side of the bar."""
    copies = below = 0
    examples = []
    for i, t in truth.items():
        root = t.get("group")
        if t.get("copy_of") and i in rows and root in rows and reached(rows[i]) and reached(rows[root]):
            copies += 1
            j, c = similarity(shingle_of(i), shingle_of(root))
            if not passes(j, c):
                below += 1
                examples.append({"id": i, "root": root, "kind": t["kind"], "jaccard": round(j, 4),
                                 "containment": round(c, 4), "reason": rows[i].get("reason")})
    quoted = above = 0
    for i, t in truth.items():
        for s in t.get("sources") or []:
            if i in rows and s in rows:
                quoted += 1
                j, c = similarity(shingle_of(s), shingle_of(i))
                above += passes(j, c) or similarity(shingle_of(i), shingle_of(s))[1] >= MIN_CONTAINMENT
    return {"copies": copies, "copies_below_bar_with_root": below, "examples_below": examples[:5],
            "roundup_quotes": quoted, "roundup_quotes_above_bar": above}


def corpus_check(pages_dir: str, rows, truth) -> dict:
    stems = set()
    for _root, _, files in os.walk(pages_dir):
        stems.update(os.path.splitext(f)[0] for f in files if f.endswith((".txt", ".html", ".htm")))
    return {"pages": len(stems), "missing_from_output": len(stems - set(rows)),
            "missing_from_truth": len(stems - set(truth)),
            "examples_missing": sorted(stems - set(rows))[:5]}


def audit(truth_path, out_dir, corpus=None, sample=200, seed=13) -> dict:
    truth = read_truth(truth_path)
    all_rows, cols = read_output(out_dir)
    rows = {}
    for r in all_rows:
        rows.setdefault(str(r["id"]), r)
    rng = random.Random(seed)
    reasons = collections.Counter(r.get("reason") or "kept" for r in rows.values() if r["part"] == "rejected")
    kept = [i for i, r in rows.items() if r["part"] == "docs"]
    # pages dedup saw: kept, or dropped by dedup itself
    eligible = {i for i, r in rows.items() if reached(r)}
    dedup_rows = {i: rows[i] for i in eligible}
    clusters = clusters_of(dedup_rows)
    sizes = sorted((len(v) for v in clusters.values()), reverse=True)
    report = {
        "truth_pages": len(truth), "output_pages": len(rows),
        "missing_from_output": sum(1 for i in truth if i not in rows),
        "not_in_truth": sum(1 for i in rows if i not in truth),
        "kept": len(kept), "rejected": dict(sorted(reasons.items())),
        "reached_dedup": len(eligible),
        "columns_missing": [c for c in ("dup_cluster", "dup_score", "story") if c not in cols],
        "clusters": {"count": len(sizes), "members": sum(sizes),
                     "size": quantiles(sizes, (0.5, 0.9, 0.99, 1.0)) if sizes else {},
                     "largest_5": sizes[:5]},
    }
    report["pairs"] = pair_scores(clusters, truth, eligible)
    no_group = [i for i in eligible if i in truth and not truth[i].get("group")]
    wrong = [i for i in no_group if is_dedup(rows[i])]
    outside = [i for i in eligible if is_dedup(rows[i]) and i in truth and (
        not truth[i].get("group") or truth.get(str(rows[i].get("dup_cluster")), {}).get("group") != truth[i]["group"])]
    kinds = collections.Counter(truth[i]["kind"] for i in outside)
    report["articles_wrongly_rejected"] = round(len(wrong) / len(no_group), 4) if no_group else 0.0
    report["wrongly_rejected"] = {"no_group_pages": len(no_group), "rejected_as_dedup": len(wrong),
                                  "drops_outside_group": len(outside), "by_kind": dict(kinds)}
    cache = {}

    def kept_shingles(i):
        if i not in cache:
            cache[i] = shingles(rows[i].get("text")) if i in rows else set()
        return cache[i]

    report["truth_on_output"] = truth_on_output(truth, rows, kept_shingles)

    near = sorted(i for i, r in rows.items() if r.get("reason") == "dedup_near_duplicate" and r.get("dup_cluster"))
    drops = drop_similarities(rows, near, kept_shingles)
    ok = [d for d in drops if passes(d["jaccard"], d["containment"])]
    scored = [d for d in drops if isinstance(d["dup_score"], (int, float))]
    worst = sorted(drops, key=lambda d: (max(d["jaccard"] / MIN_JACCARD, d["containment"] / MIN_CONTAINMENT), d["id"]))
    report["near_drops"] = {
        "count": len(drops), "passing": len(ok),
        "share_passing": round(len(ok) / len(drops), 4) if drops else 1.0,
        "bar": f"J >= {MIN_JACCARD} or C >= {MIN_CONTAINMENT}",
        "jaccard": quantiles([d["jaccard"] for d in drops]),
        "containment": quantiles([d["containment"] for d in drops]),
        # palayesh's own figure beside ours: how far its dup_score is from the measured J and C
        "dup_score": ({"present": len(scored), "quantiles": quantiles([d["dup_score"] for d in scored]),
                       "minus_jaccard": quantiles([d["dup_score"] - d["jaccard"] for d in scored]),
                       "minus_containment": quantiles([d["dup_score"] - d["containment"] for d in scored])}
                      if scored else {"present": 0}),
        "worst_10": [dict(d, kind=truth.get(d["id"], {}).get("kind"),
                          kept_kind=truth.get(d["kept"], {}).get("kind")) for d in worst[:10]],
    }
    report["largest_cluster"] = largest_cluster(clusters, rows, drops, rng, sample)
    if "story" in cols:
        report["stories"] = story_report({i: rows[i] for i in kept}, rng, sample, truth)
    if corpus:
        report["corpus"] = corpus_check(corpus, rows, truth)
    return report


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("truth", help="truth.jsonl of make_dedup_corpus.py")
    ap.add_argument("out_dir", help="a palayesh refine output folder")
    ap.add_argument("--corpus", help="the pages folder the run read: check every page reached the output")
    ap.add_argument("--sample", type=int, default=200, help="random pairs for the cluster and story samples")
    ap.add_argument("--seed", type=int, default=13, help="seed of the random samples")
    a = ap.parse_args(argv)
    if not os.path.isdir(a.out_dir):
        sys.exit(f"audit_dedup: no such output folder: {a.out_dir}")
    print(json.dumps(audit(a.truth, a.out_dir, a.corpus, a.sample, a.seed), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
