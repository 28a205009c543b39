"""The dedup decisions as pure functions: exact groups, LSH candidates, verified near-duplicate
clusters, kept copies, story clusters; then one decision file per shard in ``work_dir/shared``.

:meth:`~.barrier.DedupBarrier.reduce` alone (nothing prepared) does all of it in one process with
the functions below -- ~100 bytes a document plus the signature pages it touches, the reference the
bounded parts (:mod:`.parted`, which reuses these functions) are tested against (same decision
files, byte for byte).

Every step is a pure function of the artifacts: sorting is stable and ties break on the document
id, then on (shard, position), so the same inputs give the same clusters, kept copies and ids
whatever order the shards ran in.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

from ..fsutil import atomic_write
from .minhash import band_keys
from .options import DedupOptions
from .signature import NO_DAY, read_artifact

log = logging.getLogger(__name__)

DECISIONS = "dedup-decisions"
#: reason codes in the decision files
KEEP, EXACT, NEAR = 0, 1, 2
REASONS = {EXACT: "dedup_exact", NEAR: "dedup_near_duplicate"}
_BLOCK = 65536  # rows of signatures read at a time


# -- loading -------------------------------------------------------------------------------------

def load_artifacts(paths, shards, spill: Path):
    """Concatenated columns of every shard (+ ``shard``), and the two signature matrices as
    read-only memory maps of files in ``spill``."""
    cols: dict[str, list] = {}
    n = 0
    widths: tuple[int, int] = (0, 0)  # columns of a signature and of a story signature
    with open(spill / "sig.u32", "wb") as fs, open(spill / "story.u32", "wb") as ft, \
            open(spill / "shingles.u32", "wb") as fh:
        for path, shard in zip(paths, shards):
            if not os.path.exists(path):
                continue
            c, s, t, flat = read_artifact(path)
            c["shard"] = np.full(len(c["pos"]), shard, dtype=np.int32)
            for k, v in c.items():
                cols.setdefault(k, []).append(v)
            widths = (s.shape[1], t.shape[1])
            fs.write(np.ascontiguousarray(s, dtype=np.uint32).tobytes())
            ft.write(np.ascontiguousarray(t, dtype=np.uint32).tobytes())
            fh.write(np.ascontiguousarray(flat, dtype=np.uint32).tobytes())
            n += len(c["pos"])
    meta = {k: np.concatenate(v) for k, v in cols.items()}
    if n == 0:
        return meta, None, None
    sig = np.memmap(spill / "sig.u32", dtype=np.uint32, mode="r", shape=(n, widths[0]))
    story = np.memmap(spill / "story.u32", dtype=np.uint32, mode="r", shape=(n, widths[1]))
    return meta, sig, story


# -- clustering ----------------------------------------------------------------------------------

def lsh_candidates(sig, idx: np.ndarray, bands, rows: int, window: int, spill: Path,
                   max_bucket: int | None = None) -> np.ndarray:
    """Candidate pairs among rows ``idx`` of ``sig``: documents that share a band key, in the bands
    ``bands`` (a count: all of 0..bands-1, or a list of band numbers), in a bucket of at most
    ``max_bucket`` documents when given. Returns packed uint64 ``(i << 32) | j`` with i < j,
    indexes into ``idx``, sorted and unique. The union over any split of the bands is the same."""
    bands = list(range(bands)) if isinstance(bands, int) else list(bands)
    n = len(idx)
    if n < 2 or not bands:
        return np.zeros(0, dtype=np.uint64)
    keys_file = spill / f"bands-{os.getpid()}-{bands[0]}.u64"
    keys = np.memmap(keys_file, dtype=np.uint64, mode="w+", shape=(len(bands), n))
    for start in range(0, n, _BLOCK):
        block = np.asarray(sig[idx[start:start + _BLOCK]])
        for b, band in enumerate(bands):
            keys[b, start:start + len(block)] = band_keys(block, band, rows)
    keys.flush()
    found = []
    pos = np.arange(n, dtype=np.int64)
    for b in range(len(bands)):
        k = np.asarray(keys[b])
        order = np.argsort(k, kind="stable")
        ks = k[order]
        new = np.empty(n, dtype=bool)
        new[0] = True
        np.not_equal(ks[1:], ks[:-1], out=new[1:])
        if new.all():
            continue
        run = np.cumsum(new) - 1
        first = np.maximum.accumulate(np.where(new, pos, 0))
        if max_bucket is not None:
            sizes = np.bincount(run)
            small = sizes[run] <= max_bucket
            new |= ~small  # a member of a too-big bucket pairs with nobody
            run = np.where(small, run, -1 - pos)
        pairs = []
        # star: every member with the bucket's first member
        j = np.nonzero(~new)[0]
        pairs.append((order[first[j]], order[j]))
        # window: every member with its next `window` members (all pairs in small buckets)
        for d in range(1, window + 1):
            i = np.nonzero(run[:-d] == run[d:])[0]
            if i.size == 0:
                break
            pairs.append((order[i], order[i + d]))
        left = np.concatenate([p[0] for p in pairs]).astype(np.uint64)  # (b is the band's row of keys)
        right = np.concatenate([p[1] for p in pairs]).astype(np.uint64)
        lo, hi = np.minimum(left, right), np.maximum(left, right)
        packed = (lo << np.uint64(32)) | hi
        found.append(np.unique(packed[lo != hi]))
        if len(found) >= 8:  # merge as we go: memory ~ distinct candidates, not bands x candidates
            found = [np.unique(np.concatenate(found))]
    del keys
    os.unlink(keys_file)
    if not found:
        return np.zeros(0, dtype=np.uint64)
    return np.unique(np.concatenate(found))


def unpack(packed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return (packed >> np.uint64(32)).astype(np.int64), (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)


def pair_jaccard(sig, gi: np.ndarray, gj: np.ndarray) -> np.ndarray:
    """Estimated Jaccard of document pairs (global rows of ``sig``), in blocks."""
    out = np.empty(len(gi), dtype=np.float64)
    for s in range(0, len(gi), _BLOCK):
        a = np.asarray(sig[gi[s:s + _BLOCK]])
        b = np.asarray(sig[gj[s:s + _BLOCK]])
        out[s:s + _BLOCK] = (a == b).mean(axis=1)
    return out


def document_rank(meta: dict) -> np.ndarray:
    """One total order of the documents, independent of shard order: id, then (shard, position)."""
    n = len(meta["pos"])
    order_key = np.lexsort((meta["pos"], meta["shard"], meta["id"]))
    rank = np.empty(n, dtype=np.int64)
    rank[order_key] = np.arange(n)
    return rank


def exact_representatives(meta: dict, prank: np.ndarray, o: DedupOptions) -> tuple[np.ndarray, int]:
    """For each document the row that stands for its exact group (documents with the same 128-bit
    key of the folded body): the group's preferred copy. And the number of exact copies."""
    n = len(prank)
    rep_of = np.arange(n, dtype=np.int64)
    if not o.exact or n == 0:
        return rep_of, 0
    hi, lo = meta["key_hi"], meta["key_lo"]
    order = np.lexsort((prank, lo, hi))
    same = (hi[order][1:] == hi[order][:-1]) & (lo[order][1:] == lo[order][:-1])
    new = np.concatenate([[True], ~same])
    first = np.maximum.accumulate(np.where(new, np.arange(n), 0))
    rep_of[order] = order[first]
    return rep_of, int(np.count_nonzero(~new))


def near_index(meta: dict, rank: np.ndarray, exact_rep: np.ndarray, o: DedupOptions) -> np.ndarray:
    """Rows that take part in near-duplicate search (one copy per exact group, long enough), in
    document order (so that LSH buckets list their members in document order)."""
    idx = np.nonzero(exact_rep & (meta["words"] >= o.min_words))[0]
    return idx[np.argsort(rank[idx], kind="stable")]


class ShingleSets:
    """Every document's set of shingles (sorted 32-bit hashes), memory-mapped from the spill
    folder: a drop is checked on the texts themselves, not only on the signatures' estimate."""

    def __init__(self, spill: Path, counts: np.ndarray):
        self.offsets = np.concatenate([[0], np.cumsum(counts.astype(np.int64))])
        path = spill / "shingles.u32"
        # read with pread, not a memory map: the sets of a million documents are gigabytes, and
        # mapped pages a check has touched would stay in the barrier's resident memory
        self._fd = os.open(path, os.O_RDONLY) if path.exists() else None
        self._recent: dict[int, np.ndarray] = {}  # a centre is checked against many members

    def of(self, i: int) -> np.ndarray:
        got = self._recent.get(i)
        if got is not None:
            return got
        lo, hi = int(self.offsets[i]), int(self.offsets[i + 1])
        if self._fd is None or hi == lo:
            return np.zeros(0, dtype=np.uint32)
        got = np.frombuffer(os.pread(self._fd, 4 * (hi - lo), 4 * lo), dtype=np.uint32)
        if len(self._recent) >= 4:
            self._recent.pop(next(iter(self._recent)))
        self._recent[i] = got
        return got

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def similarity(self, a: int, b: int) -> tuple[float, float]:
        """(Jaccard of the two sets, containment of ``a`` in ``b``: |a∩b|/|a|)."""
        x, y = self.of(a), self.of(b)
        na = len(x)
        if not na or not len(y):
            return 0.0, 0.0
        if na > len(y):  # binary search of the smaller set's values in the larger (both sorted)
            x, y = y, x
        at = np.searchsorted(y, x)
        at[at == len(y)] = 0
        inter = int(np.count_nonzero(y[at] == x))
        return inter / (len(x) + len(y) - inter), inter / na


def preference(meta: dict, rank: np.ndarray) -> np.ndarray:
    """Rank of each document as the copy to keep: the agency's own copy, then the earliest, then
    the most complete, then document order."""
    n = len(rank)
    day = np.where(meta["day"] == NO_DAY, np.iinfo(np.int32).max, meta["day"]).astype(np.int64)
    order = np.lexsort((rank, -meta["length"].astype(np.int64), day, -meta["own"].astype(np.int64)))
    out = np.empty(n, dtype=np.int64)
    out[order] = np.arange(n)
    return out


def adjacency(n: int, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """CSR (start, neighbours) of the undirected graph with edges (a[i], b[i]); each node's
    neighbours in ascending row order."""
    src = np.concatenate([a, b]).astype(np.int64)
    dst = np.concatenate([b, a]).astype(np.int64)
    order = np.lexsort((dst, src))
    src, dst = src[order], dst[order]
    start = np.zeros(n + 1, dtype=np.int64)
    np.add.at(start, src + 1, 1)
    return np.cumsum(start), dst


def verified_rules(sets, length, o: DedupOptions):
    """``(joins, holds)`` of :func:`centre_clusters`, checked on the exact shingle sets ``sets``
    (``similarity(a, b)`` → Jaccard and the share of ``a`` inside ``b``); one definition for the
    barrier in one process and in parts, whose decisions must be the same byte for byte."""
    def joins(u: int, c: int):
        j, inside = sets.similarity(u, c)
        ok = j >= o.min_jaccard or (inside >= o.min_containment and j >= o.min_containment_jaccard)
        return max(j, inside) if ok else None

    def holds(v: int, u: int):  # a longer page that holds v: (its length, v's similarity to it)
        if length[u] <= length[v]:
            return None
        j, inside = sets.similarity(v, u)
        if inside >= o.min_containment and j >= o.min_containment_jaccard:
            return int(length[u]), max(j, inside)
        return None

    return joins, holds


def centre_clusters(nodes: np.ndarray, prank: np.ndarray, start: np.ndarray, nbrs: np.ndarray, joins, holds=None):
    """Clusters around centres, in preference order; no member through another member.

    The best node not yet in a cluster becomes a centre -- unless an unplaced neighbour ``u`` that
    is no copy of it holds it (``holds(v, u)``: a brief held whole by the full story): then the
    best such neighbour is the centre and ``v`` joins it. Every neighbour not yet in a cluster
    joins the centre when ``joins(u, centre)`` gives a score (else None). Returns
    (centre of each node or -1, score of each member). A member resembles its centre, whatever
    the other members: there are no chains. A node without neighbours is in no cluster (-1).
    """
    n = len(prank)
    centre = np.full(n, -1, dtype=np.int64)
    score = np.zeros(n, dtype=np.float64)
    nodes = nodes[start[nodes + 1] > start[nodes]]  # a node with no neighbour stays alone (-1)
    for v in nodes[np.argsort(prank[nodes], kind="stable")].tolist():
        if centre[v] >= 0:
            continue
        c = v
        if holds is not None:
            best = None
            for u in nbrs[start[v]:start[v + 1]].tolist():
                if centre[u] < 0 and joins(u, v) is None:
                    got = holds(v, u)
                    if got is not None and (best is None or got[0] > best[0]):
                        best = (got[0], u, got[1])
            if best is not None:
                c = best[1]
                centre[v], score[v] = c, best[2]
        centre[c] = c
        for u in nbrs[start[c]:start[c + 1]].tolist():
            if centre[u] < 0:
                got = joins(u, c)
                if got is not None:
                    centre[u], score[u] = c, got
    return centre, score


def decide(meta: dict, sig, story, o: DedupOptions, spill: Path,
           candidates: np.ndarray | None = None) -> tuple[dict, dict]:
    """Per document (rows of ``meta``): ``dup`` (row of the kept copy, -1 none), ``score`` (a
    dropped copy's similarity to the kept one), ``reason`` code, ``story`` (row that names the
    story, -1 none). And counters for stats.json. ``candidates``: near-duplicate candidate pairs
    already found by the barrier's parts (else found here).

    Near duplicates are clustered around centres (:func:`centre_clusters`): the preferred copy
    of a group of copies is kept, and a page is dropped only when its shingle set, checked
    exactly, resembles *the kept page's*: Jaccard >= ``min_jaccard``, or ``min_containment`` of it
    inside the kept page (a short page held by a long one is a copy of that one; a roundup that
    quotes a passage of a story holds too little of it). Connected components would chain
    unrelated stories through roundups and shared passages, and did at 20,000 pages.
    """
    n = len(meta.get("pos", ()))
    counters = {"docs": int(n)}
    dup = np.full(n, -1, dtype=np.int64)
    score = np.zeros(n, dtype=np.float64)
    reason = np.zeros(n, dtype=np.int8)
    story_of = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return {"dup": dup, "score": score, "reason": reason, "story": story_of}, counters
    hi, lo = meta["key_hi"], meta["key_lo"]
    rank = document_rank(meta)
    prank = preference(meta, rank)

    # exact groups: same 128-bit key of the folded body; the preferred copy stands for the group
    rep_of, counters["exact_pairs"] = exact_representatives(meta, prank, o)
    is_rep = rep_of == np.arange(n)

    centre = np.full(n, -1, dtype=np.int64)
    if o.near and o.enabled:
        idx = near_index(meta, rank, is_rep, o)
        cand = candidates if candidates is not None else \
            lsh_candidates(sig, idx, o.bands, o.rows, o.bucket_window, spill)
        ci, cj = unpack(cand)
        gi, gj = idx[ci], idx[cj]
        jac = pair_jaccard(sig, gi, gj)
        na, nb = meta["shingles"][gi].astype(np.float64), meta["shingles"][gj].astype(np.float64)
        inter = jac / (1.0 + jac) * (na + nb)
        contain = inter / np.maximum(np.minimum(na, nb), 1.0)
        # loose on the estimate (its sd is ~0.05): the pairs worth checking on the shingle sets
        near = (jac >= o.min_jaccard - CHECK_MARGIN) | (contain >= o.min_containment - CHECK_MARGIN)
        counters["near_candidates"] = int(len(cand))
        counters["near_checked"] = int(near.sum())
        start, nbrs = adjacency(n, gi[near], gj[near])
        sets = ShingleSets(spill, meta["shingles"])
        joins, holds = verified_rules(sets, meta["length"], o)
        centre, score = centre_clusters(idx, prank, start, nbrs, joins, holds)
        sets.close()
    # every row: the centre of its exact group's representative (an exact copy follows its group)
    node = np.where(centre[rep_of] >= 0, centre[rep_of], rep_of)
    size = np.bincount(node, minlength=n)
    in_cluster = size[node] >= 2
    dup[in_cluster] = node[in_cluster]
    dropped = np.nonzero(node != np.arange(n))[0]
    k = node[dropped]
    is_exact = (hi[dropped] == hi[k]) & (lo[dropped] == lo[k])
    reason[dropped] = np.where(is_exact, EXACT, NEAR)
    # an exact copy is the kept text; a near one as similar as its group's representative is
    final = np.zeros(n, dtype=np.float64)
    final[dropped] = np.where(is_exact, 1.0, score[rep_of[dropped]])
    score = final
    counters["clusters"] = int(np.count_nonzero(size >= 2))
    counters["largest_cluster"] = int(size.max()) if n else 0
    counters["dropped_exact"] = int(np.count_nonzero(is_exact))
    counters["dropped_near_duplicate"] = int(len(dropped) - np.count_nonzero(is_exact))

    if o.stories:
        story_of, nstories, largest = stories(meta, story, reason, rank, o, spill)
        counters["stories"] = nstories
        counters["largest_story"] = largest
        counters["docs_in_stories"] = int(np.count_nonzero(story_of >= 0))
    return {"dup": dup, "score": score, "reason": reason, "story": story_of}, counters


#: pairs whose estimated Jaccard or containment comes this close to the thresholds are checked on
#: the shingle sets (three standard deviations of the estimate at J=0.3 with 96 values)
CHECK_MARGIN = 0.15


def stories(meta, story, reason, rank, o: DedupOptions, spill: Path) -> tuple[np.ndarray, int, int]:
    """Story clusters among kept documents: word-set MinHash over title + opening, LSH, then
    clusters around centres (no chains): the earliest dated report is a story's centre, and a
    report joins it when its estimated word-set Jaccard with *the centre* reaches
    ``min_story_jaccard`` and its date is within ``max_story_days`` of the centre's; an undated
    report joins only on ``min_story_jaccard_undated`` (a date never lets it in). Each member of a
    2+ story gets the centre's row."""
    n = len(reason)
    out = np.full(n, -1, dtype=np.int64)
    # kept documents with a body (not a title list or an error page: `min_words`) and some content words
    idx = np.nonzero((reason == KEEP) & (meta["words"] >= o.min_words))[0]
    idx = idx[np.asarray(story[idx, 0]) != 0xFFFFFFFF] if len(idx) else idx
    idx = idx[np.argsort(rank[idx], kind="stable")]
    cand = lsh_candidates(story, idx, o.story_bands, o.story_rows, o.bucket_window, spill, o.max_story_bucket)
    ci, cj = unpack(cand)
    gi, gj = idx[ci], idx[cj]
    ok = pair_jaccard(story, gi, gj) >= min(o.min_story_jaccard, o.min_story_jaccard_undated)
    start, nbrs = adjacency(n, gi[ok], gj[ok])
    day = meta["day"].astype(np.int64)
    dated = day != NO_DAY
    # the story's centre: the earliest dated report, then document order (undated ones last)
    prank = np.empty(n, dtype=np.int64)
    prank[np.lexsort((rank, np.where(dated, day, np.iinfo(np.int64).max)))] = np.arange(n)

    def joins(u: int, c: int):
        j = float((np.asarray(story[u]) == np.asarray(story[c])).mean())
        if dated[u] and dated[c]:
            in_time = o.max_story_days is None or abs(day[u] - day[c]) <= o.max_story_days
            return j if in_time and j >= o.min_story_jaccard else None
        return j if j >= o.min_story_jaccard_undated else None

    centre, _ = centre_clusters(idx, prank, start, nbrs, joins)
    size = np.bincount(np.where(centre >= 0, centre, 0), weights=(centre >= 0), minlength=n).astype(np.int64)
    members = np.nonzero((centre >= 0) & (size[np.maximum(centre, 0)] >= 2))[0]
    out[members] = centre[members]
    heads = np.unique(centre[members]) if len(members) else np.zeros(0, dtype=np.int64)
    return out, int(len(heads)), int(size.max()) if len(members) else 0


# -- decisions -----------------------------------------------------------------------------------

def story_id(doc_id: str) -> str:
    """Deterministic story id, derived from the id of the story's first document."""
    import xxhash

    return "story-" + xxhash.xxh3_64_hexdigest(doc_id.encode("utf-8"))


def write_decisions(shared: Path, shards: list[int], meta: dict, d: dict) -> None:
    """One file per shard: position, dup_cluster, reason code, story and dup score of each document
    that has one."""
    shared.mkdir(parents=True, exist_ok=True)
    n = len(meta.get("pos", ()))
    ids = meta.get("id", np.zeros(0, dtype=np.str_))
    has = (d["dup"] >= 0) | (d["story"] >= 0) if n else np.zeros(0, dtype=bool)
    rows = np.nonzero(has)[0]
    shard = meta["shard"][rows] if n else np.zeros(0, dtype=np.int32)
    rows = rows[np.argsort(shard, kind="stable")]
    shard = meta["shard"][rows] if n else shard
    bounds: np.ndarray | list = np.searchsorted(shard, shards + [max(shards, default=0) + 1]) if len(shards) else []
    for k, s in enumerate(shards):
        r = rows[bounds[k]:bounds[k + 1]] if len(rows) else rows
        dup = d["dup"][r] if n else np.zeros(0, dtype=np.int64)
        st = d["story"][r] if n else np.zeros(0, dtype=np.int64)
        dup_ids = np.array([ids[x] if x >= 0 else "" for x in dup], dtype=np.str_)
        story_ids = np.array([story_id(str(ids[x])) if x >= 0 else "" for x in st], dtype=np.str_)
        with atomic_write(shared / f"{DECISIONS}-{s:05d}", "wb") as fh:
            np.save(fh, (meta["pos"][r] if n else np.zeros(0, dtype=np.int32)).astype(np.int32))
            np.save(fh, dup_ids)
            np.save(fh, (d["reason"][r] if n else np.zeros(0, dtype=np.int8)).astype(np.int8))
            np.save(fh, story_ids)
            np.save(fh, (d["score"][r] if n else np.zeros(0)).astype(np.float64))


def read_decisions(path) -> dict[int, tuple[str | None, str | None, str | None, float | None]]:
    """{position: (dup_cluster, reason, story, dup_score)} of one shard ({} when there is no file);
    ``dup_score`` is set on dropped copies only."""
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as fh:
        pos = np.load(fh)
        dup = np.load(fh)
        why = np.load(fh)
        st = np.load(fh)
        score = np.load(fh)
    return {int(p): (str(d) or None, REASONS.get(int(w)), str(s) or None, round(float(x), 4) if w else None)
            for p, d, w, s, x in zip(pos, dup, why, st, score)}
