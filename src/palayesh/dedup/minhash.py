"""MinHash signatures and LSH band keys, in numpy.

A word is hashed once with xxh3-64, a shingle of n words is the polynomial combination of its
words' hashes (computed for all shingles at once in numpy, no string joined); the k-th of the
signature's hash functions is then multiply-shift hashing ``(a_k * h + b_k) mod 2^64 >> 32``
with odd ``a_k`` (Dietzfelbinger et al. 1997), and the signature keeps the minimum of each over
the document's shingles (uint32).

Why not a library: on the dev pages (bench/README-dedup.md) rensa takes 24 µs a document, this
47-67 µs, datasketch 224 µs -- all small next to tokenizing (~180 µs). This one needs only numpy and
xxhash (already palayesh dependencies), and its values depend on nothing but the seed, so
signatures spilled by one worker (or one palayesh version) stay comparable with another's.
"""
from __future__ import annotations

import numpy as np
import xxhash

_M64 = (1 << 64) - 1
#: shingles per block of a signature's computation
_BLOCK = 4096


def hash_params(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``num_perm`` multipliers (odd) and offsets of seed ``seed`` (deterministic everywhere)."""
    a = np.empty(num_perm, dtype=np.uint64)
    b = np.empty(num_perm, dtype=np.uint64)
    for k in range(num_perm):
        a[k] = xxhash.xxh3_64_intdigest(f"a{seed}/{k}".encode()) | 1
        b[k] = xxhash.xxh3_64_intdigest(f"b{seed}/{k}".encode())
    return a, b


class MinHasher:
    """Signatures of ``num_perm`` uint32 values for sets of strings."""

    def __init__(self, num_perm: int, seed: int = 1):
        self.num_perm = num_perm
        self.a, self.b = hash_params(num_perm, seed)
        self._shift = np.uint64(32)

    def signature(self, items) -> np.ndarray:
        """MinHash signature of the set of strings ``items``; all 0xFFFFFFFF for an empty set."""
        return self.signature_of_hashes(word_hashes(items))

    def signature_of_hashes(self, h: np.ndarray) -> np.ndarray:
        """MinHash signature of a set given as 64-bit hashes (repeats do not matter)."""
        return self.signature_of_unique(sorted_unique(h))

    def signature_of_unique(self, h: np.ndarray) -> np.ndarray:
        """:meth:`signature_of_hashes` of hashes without repeats (:func:`sorted_unique`'s result: a
        caller that needs the set anyway sorts once)."""
        if h.size == 0:
            return np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        # in blocks of shingles, so a huge page needs bounded memory (block x num_perm x 8 bytes);
        # one buffer, computed in place, and the shift after the minimum (x >> 32 is monotonic, so
        # the minimum of the shifted values is the shifted minimum): a third of the passes
        buf = np.empty((min(h.size, _BLOCK), self.num_perm), dtype=np.uint64)
        best: np.ndarray | None = None
        for i in range(0, h.size, _BLOCK):
            block = h[i:i + _BLOCK, None]
            b = buf[:block.shape[0]]
            with np.errstate(over="ignore"):
                np.multiply(block, self.a[None, :], out=b)
                np.add(b, self.b[None, :], out=b)
            v = b.min(axis=0)
            best = v if best is None else np.minimum(best, v)
        assert best is not None  # h is not empty
        return (best >> self._shift).astype(np.uint32)


def sorted_unique(h: np.ndarray) -> np.ndarray:
    """``np.unique(h)`` of a 1-D array: its distinct values, sorted; by one sort and a mask, which
    NumPy 2.4's ``np.unique`` is 4x slower than on a page's few hundred shingle hashes."""
    s = np.sort(h)
    return s[np.concatenate(([True], s[1:] != s[:-1]))] if s.size else s


def word_hashes(tokens) -> np.ndarray:
    """xxh3-64 of each token (UTF-8), in order."""
    # (map, not a generator expression: no Python frame per token, a page has thousands)
    return np.fromiter(map(xxhash.xxh3_64_intdigest, map(str.encode, tokens)), dtype=np.uint64, count=len(tokens))


_MUL = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier (golden ratio) for combining hashes


def shingle_hashes(wh: np.ndarray, n: int) -> np.ndarray:
    """Hashes of the word n-grams of a text from its word hashes ``wh`` (a text shorter than n
    words is one shingle): ``sum_k wh[i+k] * M^(n-1-k)`` mod 2^64."""
    if wh.size == 0:
        return wh
    n = min(n, wh.size)
    m = wh.size - n + 1
    acc = wh[:m].copy()
    with np.errstate(over="ignore"):
        for k in range(1, n):
            acc = acc * _MUL + wh[k:k + m]
    return acc


def band_keys(sig: np.ndarray, band: int, rows: int) -> np.ndarray:
    """LSH key of band ``band`` for every row of ``sig`` (n x num_perm uint32) as uint64.

    With two rows a key is the two values side by side (exact: no collisions); otherwise the
    rows are mixed with fixed odd multipliers (collisions are rare, and verification catches them).
    """
    cols = np.ascontiguousarray(sig[:, band * rows:(band + 1) * rows]).astype(np.uint64)
    if rows == 1:
        return cols[:, 0]
    if rows == 2:
        return (cols[:, 0] << np.uint64(32)) | cols[:, 1]
    key = np.zeros(len(cols), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            key = key * np.uint64(0x9E3779B97F4A7C15) + cols[:, r] + np.uint64(r + 1)
    return key
