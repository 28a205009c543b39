"""The dedup barrier in bounded parts (issue 17): the same decisions as :func:`.cluster.decide`,
with no process holding the whole run.

Every document has a global row ``g`` (shards in order, then its row in the shard's artifact), as
in the single-process barrier. Rounds (each: one ``prepare`` task, then parts in parallel):

0. *plan* (the artifacts' row counts and array offsets, read from their headers) / **scatter**,
   one part per chunk of shards: the chunk's signatures and small columns to files of its own,
   joined by the next prepare into two row-indexed stores (``sig.u32``, ``story.u32``) and
   ``cols.bin``, each shard's ids sorted (a run), the exact
   keys and every LSH band's keys to files grouped by *key range* (a hash of the key, ``ranges``
   of them, so that one range of one band holds at most ``part_docs`` documents);
1. *rank* (a k-way merge of the sorted id runs: each row's place in the order (id, shard,
   position), 4 bytes a document in ``rank.u32``) / **exact groups**, one part per key range;
2. *copies* (the rows that are no group's representative) / **near-duplicate LSH**, one part per
   (band, key range): bucket, candidates, the estimate on the signatures; edges to a file;
3. *components* of the edge graph (the centre clustering of one component depends on that
   component only), dealt out to ``cluster_parts`` / **centre clusters** on exact shingle sets
   read from the artifacts;
4. *near decisions* (per row that has one) / **story LSH**, one part per (story band, key range);
5. *story components* / **story centres**;
6. reduce: one decision file per shard, the ids looked up in the artifacts.

Memory: a scatter part holds its chunk of shards; exact and LSH parts the records of one key range
of one band (≤ ``part_docs`` documents, 12-40 bytes each, plus the block of signatures they
verify); a cluster part one share of the components; the single steps hold the edges, the near
decisions (~25 bytes a dropped or clustered document) or a merge buffer, never all documents.
Reads of the row-indexed stores go through short-lived memory maps (a block at a time), so
touched pages leave the process with the block.
"""
from __future__ import annotations

import heapq
import json
import os
from pathlib import Path

import numpy as np

from ..fsutil import atomic_write
from .cluster import CHECK_MARGIN, DECISIONS, EXACT, NEAR, adjacency, centre_clusters, story_id, verified_rules
from .minhash import band_keys
from .options import DedupOptions

#: the small per-document columns, row-indexed (``cols.bin``)
COLS = np.dtype([("hi", "u8"), ("lo", "u8"), ("own", "i1"), ("day", "i4"), ("length", "i4"), ("words", "i4"),
                 ("shingles", "i4"), ("pos", "i4"), ("shard", "i4"), ("sh_start", "i8")])
KEYREC = np.dtype([("hi", "u8"), ("lo", "u8"), ("g", "u4")])
BANDREC = np.dtype([("k", "u8"), ("g", "u4")])
#: rows gathered from a store per memory map
_GATHER = 16384
#: the artifact's arrays, in order (signature.write_artifact)
_ARRAYS = ("pos", "id", "key_hi", "key_lo", "words", "shingles", "own", "day", "length", "sig", "story", "flat")
_MIX = np.uint64(0x9E3779B97F4A7C15)


# -- small helpers ------------------------------------------------------------------------------

def _header(fh) -> tuple[tuple, np.dtype]:
    """(shape, dtype) of the .npy array at ``fh``'s position; leaves ``fh`` at its data."""
    version = np.lib.format.read_magic(fh)
    read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, _, dtype = read(fh)
    return tuple(shape), dtype


def npy_layout(path) -> dict[str, tuple[int, tuple, str]]:
    """{array name: (data offset, shape, dtype)} of an artifact, from its headers alone."""
    out = {}
    with open(path, "rb") as fh:
        for name in _ARRAYS:
            shape, dtype = _header(fh)
            at = fh.tell()
            out[name] = (at, tuple(shape), dtype.str)
            fh.seek(at + int(np.prod(shape, dtype=np.int64)) * dtype.itemsize)
    return out


def read_array(path, layout, name: str) -> np.ndarray:
    at, shape, dtype = layout[name]
    dt = np.dtype(dtype)
    count = int(np.prod(shape, dtype=np.int64))
    return np.fromfile(path, dtype=dt, count=count, offset=at).reshape(shape)


def gather(path: Path, dtype, rows: np.ndarray, width: int | None = None) -> np.ndarray:
    """Rows ``rows`` of a row-indexed store, through one short-lived memory map per block (the
    pages a block touched leave this process's memory with its map)."""
    dtype = np.dtype(dtype)
    total = os.path.getsize(path) // (dtype.itemsize * (width or 1))
    shape = (total, width) if width else (total,)
    out = np.empty((len(rows), width) if width else (len(rows),), dtype=dtype)
    for s in range(0, len(rows), _GATHER):
        mm = np.memmap(path, dtype=dtype, mode="r", shape=shape)
        out[s:s + _GATHER] = mm[rows[s:s + _GATHER]]
        del mm
    return out


def _range_of(keys: np.ndarray, ranges: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (((keys * _MIX) >> np.uint64(40)) % np.uint64(ranges)).astype(np.int64)


def _write_ranged(path: Path, recs: np.ndarray, r: np.ndarray, ranges: int) -> None:
    """Records sorted by their key range, and where each range starts (``path``.bounds.npy)."""
    order = np.argsort(r, kind="stable")
    bounds = np.searchsorted(r[order], np.arange(ranges + 1))
    with atomic_write(path, "wb") as fh:
        fh.write(recs[order].tobytes())
    with atomic_write(Path(str(path) + ".bounds.npy"), "wb") as fh:
        np.save(fh, bounds.astype(np.int64))


def _read_ranged(paths, dtype, r: int) -> np.ndarray:
    out = []
    for p in paths:
        b = np.load(str(p) + ".bounds.npy")
        lo, hi = int(b[r]), int(b[r + 1])
        if hi > lo:
            out.append(np.fromfile(p, dtype=dtype, count=hi - lo, offset=lo * dtype.itemsize))
    return np.concatenate(out) if out else np.zeros(0, dtype=dtype)


def _save(path: Path, **arrays) -> None:
    with atomic_write(path, "wb") as fh:
        np.savez(fh, **arrays)


def _load(path: Path) -> dict:
    with np.load(path) as z:
        return {k: z[k] for k in z.files}


def _pack(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    lo, hi = np.minimum(a, b).astype(np.uint64), np.maximum(a, b).astype(np.uint64)
    return (lo << np.uint64(32)) | hi


def _unpack(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return (p >> np.uint64(32)).astype(np.int64), (p & np.uint64(0xFFFFFFFF)).astype(np.int64)


def bucket_pairs(keys: np.ndarray, order_key: np.ndarray, window: int, max_bucket: int | None) -> np.ndarray:
    """Candidate pairs (positions into ``keys``) of one band, as :func:`.cluster.lsh_candidates`
    finds them: members of a bucket in ``order_key`` order, each with the bucket's first and its
    next ``window`` members; buckets above ``max_bucket`` give none. Packed (min, max)."""
    n = len(keys)
    if n < 2:
        return np.zeros(0, dtype=np.uint64)
    order = np.lexsort((order_key, keys))
    ks = keys[order]
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(ks[1:], ks[:-1], out=new[1:])
    if new.all():
        return np.zeros(0, dtype=np.uint64)
    pos = np.arange(n, dtype=np.int64)
    run = np.cumsum(new) - 1
    first = np.maximum.accumulate(np.where(new, pos, 0))
    if max_bucket is not None:
        sizes = np.bincount(run)
        small = sizes[run] <= max_bucket
        new |= ~small
        run = np.where(small, run, -1 - pos)
    left, right = [], []
    j = np.nonzero(~new)[0]
    left.append(order[first[j]])
    right.append(order[j])
    for d in range(1, window + 1):
        i = np.nonzero(run[:-d] == run[d:])[0]
        if i.size == 0:
            break
        left.append(order[i])
        right.append(order[i + d])
    a, b = np.concatenate(left), np.concatenate(right)
    keep = a != b
    return np.unique(_pack(a[keep], b[keep]))


def components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Connected components of an undirected graph on nodes 0..n-1: each node's smallest member."""
    label = np.arange(n, dtype=np.int64)
    while True:
        la, lb = label[a], label[b]
        if np.array_equal(la, lb):
            return label
        m = np.minimum(la, lb)
        np.minimum.at(label, la, m)
        np.minimum.at(label, lb, m)
        while True:  # pointer jumping to the roots
            nxt = label[label]
            if np.array_equal(nxt, label):
                break
            label = nxt


class ArtifactShingles:
    """Shingle sets of documents, read with ``pread`` from the shards' artifacts (no copy)."""

    def __init__(self, plan: dict, cols: np.ndarray, rows: np.ndarray):
        self.plan, self.cols, self.rows = plan, cols, rows  # cols of local nodes, their global rows
        self._fds: dict[int, int] = {}
        self._recent: dict[int, np.ndarray] = {}

    def _fd(self, shard: int) -> int:
        fd = self._fds.get(shard)
        if fd is None:
            if len(self._fds) >= 64:
                old = next(iter(self._fds))
                os.close(self._fds.pop(old))
            fd = self._fds[shard] = os.open(self.plan["paths"][str(shard)], os.O_RDONLY)
        return fd

    def of(self, i: int) -> np.ndarray:
        got = self._recent.get(i)
        if got is not None:
            return got
        c = self.cols[i]
        count = int(c["shingles"])
        if count == 0:
            return np.zeros(0, dtype=np.uint32)
        shard = int(c["shard"])
        at = self.plan["flat_at"][str(shard)] + 4 * int(c["sh_start"])
        got = np.frombuffer(os.pread(self._fd(shard), 4 * count, at), dtype=np.uint32)
        if len(self._recent) >= 4:
            self._recent.pop(next(iter(self._recent)))
        self._recent[i] = got
        return got

    def close(self) -> None:
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()

    def similarity(self, a: int, b: int) -> tuple[float, float]:
        x, y = self.of(a), self.of(b)
        na = len(x)
        if not na or not len(y):
            return 0.0, 0.0
        if na > len(y):
            x, y = y, x
        at = np.searchsorted(y, x)
        at[at == len(y)] = 0
        inter = int(np.count_nonzero(y[at] == x))
        return inter / (len(x) + len(y) - inter), inter / na


# -- the rounds ---------------------------------------------------------------------------------

class Parted:
    """The rounds of the partitioned barrier over one spill folder (see the module's docstring)."""

    ROUNDS = 6

    def __init__(self, options: DedupOptions, spill: Path, artifacts: list[Path], shards: list[int],
                 part_docs: int, chunk_docs: int, cluster_parts: int):
        self.o, self.spill, self.artifacts, self.shards = options, Path(spill), artifacts, shards
        self.part_docs, self.chunk_docs, self.cluster_parts = part_docs, chunk_docs, cluster_parts
        self._plan: dict | None = None

    @property
    def plan(self) -> dict:
        if self._plan is None:
            plan = json.loads((self.spill / "plan.json").read_text())
            # the plan names each shard's artifact; where it is now is this task's business (on
            # object storage every task works on its own local copy of the work folder)
            here = {str(s): str(path) for path, s in zip(self.artifacts, self.shards)}
            plan["paths"] = {s: here[s] for s in plan["paths"]}
            self._plan = plan
        return self._plan

    def p(self, name: str) -> Path:
        return self.spill / name

    # round 0 -------------------------------------------------------------------------------
    def make_plan(self, one_process_docs: int = 0) -> bool:
        """Plan the rounds (``plan.json`` and the spill files the scatter fills); ``False``, with
        nothing planned, when the run has at most ``one_process_docs`` documents: the barrier in
        one process is then cheaper than its rounds, and its memory small."""
        self.spill.mkdir(parents=True, exist_ok=True)
        for f in self.spill.iterdir():  # left by an interrupted barrier
            f.unlink()
        shards, counts, paths, flat_at, id_at = [], [], {}, {}, {}
        w_sig = w_story = 0
        for path, s in zip(self.artifacts, self.shards):
            if not os.path.exists(path):
                continue
            lay = npy_layout(path)
            shards.append(s)
            counts.append(int(lay["pos"][1][0]))
            paths[str(s)] = os.path.basename(path)
            flat_at[str(s)] = lay["flat"][0]
            id_at[str(s)] = [lay["id"][0], list(lay["id"][1]), lay["id"][2]]
            if counts[-1]:
                w_sig, w_story = lay["sig"][1][1], lay["story"][1][1]
        offsets = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).tolist()
        n = int(offsets[-1])
        if n <= one_process_docs:
            return False
        chunks: list[list[int]] = [[]]
        size = 0
        for s, c in zip(shards, counts):
            if chunks[-1] and size + c > self.chunk_docs:
                chunks.append([])
                size = 0
            chunks[-1].append(s)
            size += c
        plan = {"n": n, "shards": shards, "offsets": offsets, "paths": paths, "flat_at": flat_at, "id_at": id_at,
                "w_sig": int(w_sig), "w_story": int(w_story), "chunks": chunks if shards else [],
                "ranges": max(1, -(-n // self.part_docs)), "cluster_parts": self.cluster_parts}
        with atomic_write(self.p("plan.json")) as fh:
            fh.write(json.dumps(plan))
        self._plan = None  # read back with the artifacts' paths resolved
        return True

    @property
    def planned(self) -> bool:
        return (self.spill / "plan.json").exists()

    def scatter(self, chunk: int) -> None:
        plan, o = self.plan, self.o
        R = plan["ranges"]
        keys: list[np.ndarray] = []
        bands: list[list[np.ndarray]] = [[] for _ in range(o.bands)]
        sbands: list[list[np.ndarray]] = [[] for _ in range(o.story_bands)]
        index = {s: k for k, s in enumerate(plan["shards"])}
        # the chunk's rows go to files of its own (no two tasks write one file: on object storage
        # each works on its own copy and would upload it whole); the rank step joins them
        with atomic_write(self.p(f"sig-{chunk}.u32"), "wb") as fs, \
                atomic_write(self.p(f"story-{chunk}.u32"), "wb") as ft, \
                atomic_write(self.p(f"cols-{chunk}.bin"), "wb") as fc:
            for s in plan["chunks"][chunk]:
                g0 = plan["offsets"][index[s]]
                path = plan["paths"][str(s)]
                lay = npy_layout(path)  # every array but the shingle sets (read later, a set at a time)
                c = {k: read_array(path, lay, k) for k in _ARRAYS[:9]}
                sig, story = read_array(path, lay, "sig"), read_array(path, lay, "story")
                n = len(c["pos"])
                g = np.arange(g0, g0 + n, dtype=np.uint32)
                # this shard's ids in the order (id, row): a run of the merge that ranks all rows
                # (written for a shard with no document too: the merge reads every shard's run)
                order = np.lexsort((g, c["id"]))
                with atomic_write(self.p(f"ids-{s}.npy"), "wb") as fh:
                    np.save(fh, c["id"][order])
                with atomic_write(self.p(f"idg-{s}.npy"), "wb") as fh:
                    np.save(fh, g[order])
                if not n:
                    continue
                fs.write(np.ascontiguousarray(sig, dtype=np.uint32).tobytes())
                ft.write(np.ascontiguousarray(story, dtype=np.uint32).tobytes())
                cols = np.zeros(n, dtype=COLS)
                for k in ("own", "day", "length", "words", "shingles", "pos"):
                    cols[k] = c[k]
                cols["hi"], cols["lo"] = c["key_hi"], c["key_lo"]
                cols["shard"] = s
                cols["sh_start"] = np.concatenate([[0], np.cumsum(c["shingles"], dtype=np.int64)[:-1]])
                fc.write(cols.tobytes())
                kr = np.zeros(n, dtype=KEYREC)
                kr["hi"], kr["lo"], kr["g"] = c["key_hi"], c["key_lo"], g
                keys.append(kr)
                near = c["words"] >= o.min_words
                if near.any():
                    for b in range(o.bands):
                        rec = np.zeros(int(near.sum()), dtype=BANDREC)
                        rec["k"], rec["g"] = band_keys(sig[near], b, o.rows), g[near]
                        bands[b].append(rec)
                tell = near & (story[:, 0] != 0xFFFFFFFF) if len(story) else near
                if tell.any():
                    for b in range(o.story_bands):
                        rec = np.zeros(int(tell.sum()), dtype=BANDREC)
                        rec["k"], rec["g"] = band_keys(story[tell], b, o.story_rows), g[tell]
                        sbands[b].append(rec)
        kr = np.concatenate(keys) if keys else np.zeros(0, dtype=KEYREC)
        _write_ranged(self.p(f"keys-{chunk}.bin"), kr, (kr["hi"] % np.uint64(R)).astype(np.int64), R)
        for prefix, lists in (("band", bands), ("sband", sbands)):
            for b, recs in enumerate(lists):
                rec = np.concatenate(recs) if recs else np.zeros(0, dtype=BANDREC)
                _write_ranged(self.p(f"{prefix}-{b}-{chunk}.bin"), rec, _range_of(rec["k"], R), R)

    # round 1 -------------------------------------------------------------------------------
    def join_chunks(self) -> None:
        """The scatter parts' row files, chunk after chunk, into the row-indexed stores (chunks
        are runs of consecutive shards, so their rows follow each other)."""
        chunks = len(self.plan["chunks"])
        for name in ("sig.u32", "story.u32", "cols.bin"):
            stem, ext = name.split(".")
            parts = [self.p(f"{stem}-{c}.{ext}") for c in range(chunks)]
            if self.p(name).exists():  # joined by a task that died after (written whole or not at all)
                for part in parts:
                    part.unlink(missing_ok=True)
                continue
            if len(parts) == 1:
                os.replace(parts[0], self.p(name))
                continue
            with atomic_write(self.p(name), "wb") as out:
                for part in parts:
                    with open(part, "rb") as fh:
                        while block := fh.read(1 << 24):
                            out.write(block)
                    part.unlink()

    def rank(self) -> None:
        """Each row's place in the order (id, shard, position) = (id, row), by a k-way merge of
        the shards' sorted runs, read a block at a time; written to ``rank.u32``."""
        self.join_chunks()
        plan = self.plan
        n = plan["n"]
        with open(self.p("rank.u32"), "wb") as fh:
            fh.truncate(4 * n)

        def run(s: int):
            ids_path, g_path = self.p(f"ids-{s}.npy"), self.p(f"idg-{s}.npy")
            with open(ids_path, "rb") as f:
                shape, dt = _header(f)
                at_ids = f.tell()
            with open(g_path, "rb") as f:
                _header(f)
                at_g = f.tell()
            total = shape[0] if shape else 0
            for start in range(0, total, 512):
                cnt = min(512, total - start)
                ids = np.fromfile(ids_path, dtype=dt, count=cnt, offset=at_ids + start * dt.itemsize)
                gs = np.fromfile(g_path, dtype=np.uint32, count=cnt, offset=at_g + start * 4)
                yield from zip(ids.tolist(), gs.tolist())

        buf_g: list[int] = []
        r0 = 0

        def flush() -> None:
            nonlocal r0
            if not buf_g:
                return
            mm = np.memmap(self.p("rank.u32"), dtype=np.uint32, mode="r+", shape=(n,))
            mm[np.array(buf_g, dtype=np.int64)] = np.arange(r0, r0 + len(buf_g), dtype=np.uint32)
            mm.flush()
            del mm
            r0 += len(buf_g)
            buf_g.clear()

        for _, g in heapq.merge(*(run(s) for s in plan["shards"])):
            buf_g.append(g)
            if len(buf_g) >= 1 << 20:
                flush()
        flush()

    def _pref_order(self, g: np.ndarray, cols: np.ndarray, rank: np.ndarray) -> np.ndarray:
        """Positions of ``g`` in the order of :func:`.cluster.preference` (own copy, earliest,
        longest, then id / shard / position)."""
        from .signature import NO_DAY

        day = np.where(cols["day"] == NO_DAY, np.iinfo(np.int32).max, cols["day"]).astype(np.int64)
        return np.lexsort((rank, -cols["length"].astype(np.int64), day, -cols["own"].astype(np.int64)))

    def exact(self, r: int) -> None:
        kr = _read_ranged([self.p(f"keys-{c}.bin") for c in range(len(self.plan["chunks"]))], KEYREC, r)
        g = np.sort(kr["g"].astype(np.int64))
        kr = kr[np.argsort(kr["g"], kind="stable")]
        cols = gather(self.p("cols.bin"), COLS, g)
        rank = gather(self.p("rank.u32"), np.uint32, g).astype(np.int64)
        pref = np.empty(len(g), dtype=np.int64)
        pref[self._pref_order(g, cols, rank)] = np.arange(len(g))
        order = np.lexsort((pref, kr["lo"], kr["hi"]))
        hi, lo = kr["hi"][order], kr["lo"][order]
        new = np.concatenate([[True], (hi[1:] != hi[:-1]) | (lo[1:] != lo[:-1])]) if len(g) else np.zeros(0, bool)
        first = np.maximum.accumulate(np.where(new, np.arange(len(g)), 0)) if len(g) else new.astype(np.int64)
        rep = g[order][first]
        copy = ~new
        gid = np.cumsum(new) - 1
        size = np.bincount(gid) if len(g) else np.zeros(0, np.int64)
        big = new & (size[gid] >= 2)
        _save(self.p(f"exact-{r}.npz"), copy_g=g[order][copy], copy_rep=rep[copy],
              group_g=g[order][big], group_size=size[gid][big])

    # round 2 -------------------------------------------------------------------------------
    def collect_copies(self) -> None:
        R = self.plan["ranges"]
        gs, reps, groups, sizes = [], [], [], []
        for r in range(R if self.o.exact else 0):
            z = _load(self.p(f"exact-{r}.npz"))
            gs.append(z["copy_g"])
            reps.append(z["copy_rep"])
            groups.append(z["group_g"])
            sizes.append(z["group_size"])
        def cat(xs):
            return np.concatenate(xs).astype(np.int64) if xs else np.zeros(0, np.int64)

        g, rep, gg, gsz = cat(gs), cat(reps), cat(groups), cat(sizes)
        o1, o2 = np.argsort(g), np.argsort(gg)
        _save(self.p("copies.npz"), g=g[o1], rep=rep[o1], group_g=gg[o2], group_size=gsz[o2])

    def _lsh(self, prefix: str, band: int, r: int, drop: np.ndarray, store: str, width: int,
             max_bucket: int | None, accept) -> np.ndarray:
        rec = _read_ranged([self.p(f"{prefix}-{band}-{c}.bin") for c in range(len(self.plan["chunks"]))],
                           BANDREC, r)
        g = rec["g"].astype(np.int64)
        if len(drop):
            at = np.searchsorted(drop, g)
            at[at == len(drop)] = 0
            keep = drop[at] != g
            rec, g = rec[keep], g[keep]
        order_g = np.argsort(g, kind="stable")
        rank = np.empty(len(g), dtype=np.int64)
        rank[order_g] = gather(self.p("rank.u32"), np.uint32, g[order_g])
        pairs = bucket_pairs(rec["k"], rank, self.o.bucket_window, max_bucket)
        a, b = _unpack(pairs)
        ga, gb = g[a], g[b]
        ok = np.zeros(len(ga), dtype=bool)
        for s in range(0, len(ga), _GATHER):  # the signatures of a block of pairs at a time
            x = gather(self.p(store), np.uint32, ga[s:s + _GATHER], width)
            y = gather(self.p(store), np.uint32, gb[s:s + _GATHER], width)
            ok[s:s + _GATHER] = accept(ga[s:s + _GATHER], gb[s:s + _GATHER], (x == y).mean(axis=1))
        return np.unique(_pack(ga[ok], gb[ok]))

    def near_lsh(self, part: int) -> None:
        o, R = self.o, self.plan["ranges"]
        band, r = divmod(part, R)
        drop = _load(self.p("copies.npz"))["g"]

        def accept(ga, gb, jac):
            cols_a = gather(self.p("cols.bin"), COLS, ga)
            cols_b = gather(self.p("cols.bin"), COLS, gb)
            na, nb = cols_a["shingles"].astype(np.float64), cols_b["shingles"].astype(np.float64)
            inter = jac / (1.0 + jac) * (na + nb)
            contain = inter / np.maximum(np.minimum(na, nb), 1.0)
            return (jac >= o.min_jaccard - CHECK_MARGIN) | (contain >= o.min_containment - CHECK_MARGIN)

        edges = self._lsh("band", band, r, drop, "sig.u32", self.plan["w_sig"], None, accept)
        with atomic_write(self.p(f"edges-{part}.npy"), "wb") as fh:
            np.save(fh, edges)

    # round 3 / 5 -----------------------------------------------------------------------------
    def deal(self, prefix: str, parts: int) -> int:
        """Components of the edges of every ``prefix`` part, dealt out to the cluster parts (a
        component whole to one); returns the number of distinct edges."""
        files = sorted(self.spill.glob(f"{prefix}-*.npy"))
        edges = np.unique(np.concatenate([np.load(f) for f in files])) if files else np.zeros(0, np.uint64)
        a, b = _unpack(edges)
        nodes, inv = np.unique(np.concatenate([a, b]), return_inverse=True)
        label = components(inv[:len(a)], inv[len(a):], len(nodes))
        with np.errstate(over="ignore"):
            to = ((nodes[label[inv[:len(a)]]].astype(np.uint64) * _MIX) >> np.uint64(33)) % np.uint64(parts)
        for p in range(self.cluster_parts):
            with atomic_write(self.p(f"{prefix}-deal-{p}.npy"), "wb") as fh:
                np.save(fh, edges[to == p])
        return int(len(edges))

    def _graph(self, edges: np.ndarray):
        a, b = _unpack(edges)
        nodes, inv = np.unique(np.concatenate([a, b]), return_inverse=True)
        start, nbrs = adjacency(len(nodes), inv[:len(a)], inv[len(a):])
        return nodes, start, nbrs

    def near_clusters(self, part: int) -> None:
        o = self.o
        nodes, start, nbrs = self._graph(np.load(self.p(f"edges-deal-{part}.npy")))
        cols = gather(self.p("cols.bin"), COLS, nodes)
        rank = gather(self.p("rank.u32"), np.uint32, nodes).astype(np.int64)
        prank = np.empty(len(nodes), dtype=np.int64)
        prank[self._pref_order(nodes, cols, rank)] = np.arange(len(nodes))
        sets = ArtifactShingles(self.plan, cols, nodes)
        joins, holds = verified_rules(sets, cols["length"], o)
        local = np.arange(len(nodes), dtype=np.int64)
        centre, score = centre_clusters(local, prank, start, nbrs, joins, holds)
        sets.close()
        copies = _load(self.p("copies.npz"))
        gsize = np.ones(len(nodes), dtype=np.int64)
        at = np.searchsorted(copies["group_g"], nodes)
        at[at == len(copies["group_g"])] = 0
        hit = copies["group_g"][at] == nodes if len(copies["group_g"]) else np.zeros(len(nodes), bool)
        gsize[hit] = copies["group_size"][at[hit]]
        placed = centre >= 0
        size = np.bincount(centre[placed], weights=gsize[placed], minlength=len(nodes)).astype(np.int64)
        _save(self.p(f"clus-{part}.npz"), g=nodes[placed], centre=nodes[centre[placed]], score=score[placed],
              size=size[centre[placed]])

    # round 4 -------------------------------------------------------------------------------
    def near_decisions(self) -> dict:
        """Per row that has one: the kept copy, reason, score (as :func:`.cluster.decide`)."""
        copies = _load(self.p("copies.npz"))
        parts = [_load(f) for f in sorted(self.spill.glob("clus-*.npz"))]
        def cat(k, dt):
            return np.concatenate([z[k] for z in parts]).astype(dt) if parts else np.zeros(0, dt)

        cg, cc, cs, csz = cat("g", np.int64), cat("centre", np.int64), cat("score", np.float64), cat("size", np.int64)
        o = np.argsort(cg)
        cg, cc, cs, csz = cg[o], cc[o], cs[o], csz[o]

        def look(keys, values, q, default):
            out = np.full(len(q), default, dtype=values.dtype)
            if len(keys):
                at = np.searchsorted(keys, q)
                at[at == len(keys)] = 0
                hit = keys[at] == q
                out[hit] = values[at[hit]]
            return out

        # representatives with something to decide: in a near cluster, or heading an exact group
        reps = np.union1d(cg, copies["group_g"])
        clustered = look(cg, np.ones(len(cg), bool), reps, False)
        node = np.where(clustered, look(cg, cc, reps, -1), reps)
        size = np.where(clustered, look(cg, csz, reps, 1), look(copies["group_g"], copies["group_size"], reps, 1))
        rscore = look(cg, cs, reps, 0.0)
        # every row: representatives, then exact copies (their representative's node and size)
        x = copies["g"]
        rep_x = copies["rep"]
        node_x = look(reps, node, rep_x, -1)
        size_x = look(reps, size, rep_x, 1)
        g = np.concatenate([reps, x])
        nd = np.concatenate([node, node_x])
        sz = np.concatenate([size, size_x])
        sc = np.concatenate([rscore, look(reps, rscore, rep_x, 0.0)])
        dropped = nd != g
        # an exact copy of the kept page (with exact groups on, the rows whose representative is kept)
        is_exact = np.zeros(len(g), dtype=bool)
        at = np.nonzero(dropped)[0]
        if len(at):
            ka, kb = gather(self.p("cols.bin"), COLS, g[at]), gather(self.p("cols.bin"), COLS, nd[at])
            is_exact[at] = (ka["hi"] == kb["hi"]) & (ka["lo"] == kb["lo"])
        reason = np.where(dropped, np.where(is_exact, EXACT, NEAR), 0).astype(np.int8)
        score = np.where(is_exact, 1.0, np.where(dropped, sc, 0.0))
        dup = np.where(sz >= 2, nd, -1)
        keep = dup >= 0
        order = np.argsort(g[keep])
        out = {"g": g[keep][order], "dup": dup[keep][order], "reason": reason[keep][order],
               "score": score[keep][order]}
        _save(self.p("near.npz"), **out)
        heads = np.unique(nd[sz >= 2])
        counters = {"exact_pairs": int(len(x)), "near_checked": None, "clusters": int(len(heads)),
                    "largest_cluster": int(sz.max()) if len(sz) and self.plan["n"] else (1 if self.plan["n"] else 0),
                    "dropped_exact": int(np.count_nonzero(reason == EXACT)),
                    "dropped_near_duplicate": int(np.count_nonzero(reason == NEAR))}
        return counters

    def story_lsh(self, part: int) -> None:
        o, R = self.o, self.plan["ranges"]
        band, r = divmod(part, R)
        near = _load(self.p("near.npz"))
        drop = np.sort(near["g"][near["reason"] != 0])
        bound = min(o.min_story_jaccard, o.min_story_jaccard_undated)
        edges = self._lsh("sband", band, r, drop, "story.u32", self.plan["w_story"], o.max_story_bucket,
                          lambda ga, gb, jac: jac >= bound)
        with atomic_write(self.p(f"sedges-{part}.npy"), "wb") as fh:
            np.save(fh, edges)

    def story_clusters(self, part: int) -> None:
        from .signature import NO_DAY

        o = self.o
        nodes, start, nbrs = self._graph(np.load(self.p(f"sedges-deal-{part}.npy")))
        cols = gather(self.p("cols.bin"), COLS, nodes)
        rank = gather(self.p("rank.u32"), np.uint32, nodes).astype(np.int64)
        sig = gather(self.p("story.u32"), np.uint32, nodes, self.plan["w_story"])
        day = cols["day"].astype(np.int64)
        dated = day != NO_DAY
        prank = np.empty(len(nodes), dtype=np.int64)
        prank[np.lexsort((rank, np.where(dated, day, np.iinfo(np.int64).max)))] = np.arange(len(nodes))

        def joins(u: int, c: int):
            j = float((sig[u] == sig[c]).mean())
            if dated[u] and dated[c]:
                in_time = o.max_story_days is None or abs(day[u] - day[c]) <= o.max_story_days
                return j if in_time and j >= o.min_story_jaccard else None
            return j if j >= o.min_story_jaccard_undated else None

        centre, _ = centre_clusters(np.arange(len(nodes), dtype=np.int64), prank, start, nbrs, joins)
        placed = centre >= 0
        size = np.bincount(centre[placed], minlength=len(nodes))
        members = placed & (size[np.maximum(centre, 0)] >= 2)
        _save(self.p(f"sclus-{part}.npz"), g=nodes[members], centre=nodes[centre[members]])

    # reduce --------------------------------------------------------------------------------
    def ids_of(self, rows: np.ndarray) -> dict[int, str]:
        """{row: id} of ``rows``, read from the artifacts' id arrays shard by shard."""
        plan = self.plan
        offsets = np.asarray(plan["offsets"], dtype=np.int64)
        rows = np.unique(rows)
        out: dict[int, str] = {}
        which = np.searchsorted(offsets, rows, side="right") - 1
        for k in np.unique(which).tolist():
            s = plan["shards"][k]
            at, shape, dt = plan["id_at"][str(s)]
            ids = np.fromfile(plan["paths"][str(s)], dtype=np.dtype(dt), count=int(shape[0]), offset=at)
            mine = rows[which == k]
            out.update(zip(mine.tolist(), ids[mine - offsets[k]].tolist()))
        return out

    def write(self, shared: Path, stories: bool) -> dict:
        plan = self.plan
        near = _load(self.p("near.npz"))
        g, dup, reason, score = near["g"], near["dup"], near["reason"], near["score"]
        counters: dict = {}
        sg = sc = np.zeros(0, np.int64)
        if stories:
            parts = [_load(f) for f in sorted(self.spill.glob("sclus-*.npz"))]
            if parts:
                sg = np.concatenate([z["g"] for z in parts]).astype(np.int64)
                sc = np.concatenate([z["centre"] for z in parts]).astype(np.int64)
            heads, sizes = np.unique(sc, return_counts=True)
            counters = {"stories": int(len(heads)), "largest_story": int(sizes.max()) if len(sizes) else 0,
                        "docs_in_stories": int(len(sg))}
        allg = np.union1d(g, sg)
        n = len(allg)
        D = np.full(n, -1, np.int64)
        R = np.zeros(n, np.int8)
        S = np.zeros(n, np.float64)
        T = np.full(n, -1, np.int64)
        at = np.searchsorted(allg, g)
        D[at], R[at], S[at] = dup, reason, score
        T[np.searchsorted(allg, sg)] = sc
        ids = self.ids_of(np.concatenate([D[D >= 0], T[T >= 0]]))
        cols = gather(self.p("cols.bin"), COLS, allg) if n else np.zeros(0, COLS)
        shared.mkdir(parents=True, exist_ok=True)
        shard_of = cols["shard"]
        for s in self.shards:
            mine = np.nonzero(shard_of == s)[0]
            dup_ids = np.array([ids[x] if x >= 0 else "" for x in D[mine].tolist()], dtype=np.str_)
            story_ids = np.array([story_id(ids[x]) if x >= 0 else "" for x in T[mine].tolist()], dtype=np.str_)
            with atomic_write(shared / f"{DECISIONS}-{s:05d}", "wb") as fh:
                np.save(fh, cols["pos"][mine].astype(np.int32))
                np.save(fh, dup_ids)
                np.save(fh, R[mine].astype(np.int8))
                np.save(fh, story_ids)
                np.save(fh, S[mine].astype(np.float64))
        counters["docs"] = int(plan["n"])
        return counters
