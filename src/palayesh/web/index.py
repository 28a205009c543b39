"""The search index of an output folder: one SQLite file with an FTS5 table, built once and reused.

``OUT/.index/search.sqlite`` holds a ``docs`` table (the fields shown, facets as indexed columns),
a ``raw`` table (the raw page, zlib-compressed, read only for the "what changed" view) and a
contentless FTS5 table ``fts(title, body, stitle, sbody)`` over :func:`palayesh.web.tokens.index_words`
tokens and, aligned with them, their stems (:mod:`palayesh.web.stems`: «کشورهای» also as ``کشور``).
The index records a fingerprint of the output (stats.json, run.json and the part files' names,
sizes and times); when the output changes the index is rebuilt, into a temporary file that
replaces the old one only when complete. Parts are streamed in batches, so memory stays bounded.

Why SQLite FTS5 and not tantivy (``bench/bench_serve.py --docs 100000 --tantivy``, 2 shared cores):
neither engine's own tokenizer handles Persian (both split «می‌شود» at the ZWNJ, neither folds ي/ی),
so both index the same :func:`~palayesh.web.tokens.index_text` tokens. tantivy ranks faster (top 20
+ count p95 1.5 ms vs 43 ms) and its postings are smaller (67 vs 199 MB), but FTS5 ships with
Python's ``sqlite3`` (no dependency, no native wheel), and one file holds the postings, the facets,
the texts and the raw pages; the whole search with facets stays at p50 13 ms / p95 81 ms on 100k
documents. The query layer (:class:`~palayesh.web.tokens.Query`) does not depend on the engine.

The stem columns (index version 8) cost postings (199 -> 298 MB on those 100k documents) and, as a
word now matches ~45% more documents (median hits 848 -> 1,238), ranking time: on the same generated
output, with the machine's load average at 4-5 on 2 cores for both runs, search with facets went from
p50 34 / p95 247 ms to p50 50 / p95 261 ms (top 20 + count p50 15 -> 13, p95 170 -> 138 ms).

Where a search's time goes (100k generated documents, whose common words match up to 98% of them):
ranking by bm25 computes a score for every hit (a word in 98k documents: ~490 ms on the loaded
machine, against 18 ms to count them and 150 ms to group them by combo), and a Python loop over the
~13k combos of the hits added ~50 ms for the facets and filters. Facets and facet filters now
go through numpy arrays of the combos (:class:`_ComboTable`), and a search over every status tests
no combo. Paired runs of the same 300 queries on the same index, old and new code in turn at load
average 10-15 on 2 cores: wall p50 -2 to -21% (median -15%), wall p95 +13 to -32% (noise), CPU
time of all 300 searches -6 to -10%. The CPU time of one search (what an idle core would take) was
then p50 ~20 ms, p95 ~150 ms, nearly all of the p95 in FTS5's exact bm25 over the whole hit set (it
has no dynamic pruning) and the GROUP BY of the hits.

Bounded ranking (:data:`RANK_EXACT_MAX`, :data:`RANK_SAMPLE`): a relevance search with more than
10,000 hits ranks by bm25 only a uniform sample of ~5,000 of them (every M-th document number), and
says so (``ranking: bounded``); total, facets and the other sorts stay exact. Its next pages go
through the same sample: a column sort or an export reaches every hit. FTS5 clamps the IDF of a
word in over half the documents to 1e-6, so all its hits score alike: for «در» (99,929 hits) the exact
top 20 score -2.148e-6..-2.143e-6 and the sampled top 20 -2.147e-6..-2.134e-6 (for «ایران», 57,651
hits: -2.120..-2.085 vs -2.093..-2.045 e-6). The cost of «در» (CPU, one search): exact bm25 265 ms,
the sample 32 ms, its GROUP BY for the facets 55 ms. Same 300 queries, old and new code side by side,
two runs at load average 7-11 on 2 cores: CPU p50 17.9 -> 18.7 / 17.9 -> 17.7 ms, p95 155.5 -> 88.3 /
158.6 -> 88.5 ms, p99 195 -> 132 / 200 -> 112 ms; wall p50 144 -> 175 / 89 -> 88 ms, p95 1,398 -> 826 /
754 -> 494 ms (wall is mostly the wait for a core here). The CPU p95 is now under the
100 ms bar; the wall p95 on this loaded machine is not, and was not measured on an idle one. What
remains of the p95 is the GROUP BY of a common word's hits (a sort of ~100k rows) and the scan of
its postings. A search that runs past :data:`QUERY_TIMEOUT` (``palayesh serve --query-timeout``) is
stopped by SQLite's progress handler and answered with a 503 that says so, freeing its thread.

Precomputed frequent words (index version 10, table ``hot``): at build time, for each of up to
:data:`HOT_MAX` tokens in at least :data:`HOT_MIN_DOCS` documents, the counts of its one-word query per
combo and its hits as a bitmap of document numbers, keyed by the query's FTS5 expression. A search
for one such word reads its counts (no GROUP BY); a search of several (AND, OR) or with a date range
combines their bitmaps and the documents' days with numpy. The hits are those of the same ``MATCH``,
so the counts are the live ones (tested query by query with and without the table); a search with a
numeric range, an exclusion, a phrase, a prefix or a rarer word counts live as before. The bounded
ranking of the page of results is unchanged. On the 100k generated documents: 959 words, 10.4 MB
(the file did not grow: the pages freed by ``optimize`` hold them), 54 s of a build of 1,076 s at
load average 11-15. Same 300 queries, version 8 and old code against version 10 and this code, run
in turn twice at load average 10-13 on 2 cores: search CPU p50 23.6 -> 16.4 / 20.8 -> 15.2 ms, p95
115.7 -> 51.2 / 101.0 -> 49.7 ms, p99 157.7 -> 76.0 / 149.0 -> 74.6 ms; wall p95 364 -> 169 /
323 -> 148 ms (mostly the wait for a core at that load). What remains of the tail is the ranking
(the bounded sample, ~30 ms of CPU for a common word), words below the threshold, and inflected
forms found through a frequent stem whose own spelling is rarer («کارهای»: 45k hits, counted live).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
import time
import uuid
import zlib
from pathlib import Path

import numpy as np

from ..fsutil import tmp_path_for
from ..outdir import iter_part_file, part_files
from .tokens import Query, index_words, parse_query

log = logging.getLogger(__name__)

INDEX_VERSION = 10
#: a rowid is ``combo << COMBO_SHIFT | n``: the facet values of a document are in its FTS rowid
COMBO_SHIFT = 32
BATCH = 1000
ZLIB_LEVEL = 1  # level 6 is 3x slower to build for ~15% less space
#: bm25 weights of the FTS columns: a title counts 4 times a body; a word's stems count half its
#: spelling, so a page with the very word typed ranks above one with another form of it
BM25_WEIGHTS = "4.0, 1.0, 2.0, 0.5"
#: bounded ranking: a relevance search with more hits than ``RANK_EXACT_MAX`` ranks by bm25 only a uniform
#: sample of about ``RANK_SAMPLE`` of them (every M-th document of the index, M = ceil(hits / RANK_SAMPLE)),
#: not all of them; its response says so (``ranking``). A word in most documents has an IDF near 0, so
#: the exact order of tens of thousands of hits buys little and costs most of a search's time.
RANK_EXACT_MAX = 10_000
RANK_SAMPLE = 5_000
#: precomputed facet counts (table ``hot``, index version 10): at build time, the combo counts and the
#: set of hits (a bitmap of document numbers) of the one-word query of each of the ``HOT_MAX`` most
#: frequent tokens found in at least ``HOT_MIN_DOCS`` documents, so a search for a common word, with or
#: without a date range, does not group its tens of thousands of hits again
HOT_MIN_DOCS = 5_000
HOT_MAX = 1_000
_N_MASK = (1 << 32) - 1  # the document number in a rowid (its low bits, below the combo)
FACETS = ("status", "reason", "agency", "section", "host", "lang")
#: quality signals and edit counts that the dashboard charts; copied into narrow columns
DASH_SIGNALS = ("stopword_ratio", "persian_letter_ratio", "alpha_word_ratio", "terminal_punct_ratio",
                "dup_line_fraction", "dup_ngram_fraction", "chrome_line_fraction")
DASH_EDITS = ("zwnj_inserted", "space_to_zwnj", "zwnj_removed", "arabic_letters", "digits", "diacritics")
# Two tables on purpose: ``docs`` is narrow (facets, dates, numbers; ~100 bytes a row), so facet
# counts, filters, sorting and the dashboard scan megabytes, not the texts; ``content`` holds the
# wide fields, read only for the page of results shown.
_DOCS = (("id", "TEXT"), ("kept", "INTEGER"), ("reason", "TEXT"), ("host", "TEXT"), ("agency", "TEXT"),
         ("section", "TEXT"), ("lang", "TEXT"), ("day", "TEXT"), ("month", "TEXT"), ("chars", "INTEGER"),
         ("words", "INTEGER"), ("lang_score", "REAL"), ("dup_cluster", "TEXT"), ("dup_score", "REAL"),
         ("story", "TEXT"), ("combo", "INTEGER")) + \
    tuple(("s_" + k, "REAL") for k in DASH_SIGNALS) + tuple(("e_" + k, "INTEGER") for k in DASH_EDITS)
_COMBO_AT = [c for c, _ in _DOCS].index("combo")
_CONTENT = ("published", "published_jalali", "surtitle", "title", "lead", "text", "url", "source", "signals", "edits")
_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs(rowid INTEGER PRIMARY KEY, {", ".join(f"{c} {t}" for c, t in _DOCS)});
CREATE TABLE combos(combo INTEGER PRIMARY KEY, kept, reason, agency, section, host, lang);
CREATE TABLE content(rowid INTEGER PRIMARY KEY, {", ".join(_CONTENT)});
CREATE TABLE raw(rowid INTEGER PRIMARY KEY, z BLOB);
CREATE TABLE hot(fts TEXT PRIMARY KEY, hits INTEGER, dtype TEXT, z BLOB, docs_z BLOB);
CREATE VIRTUAL TABLE fts USING fts5(title, body, stitle, sbody, content='', tokenize='unicode61 remove_diacritics 0');
"""
_ROWID = re.compile(r"[0-9]{1,19}")
_INDEXES = ("id", "reason", "host", "agency", "section", "lang", "month", "story", "dup_cluster", "day", "combo")



class IndexError_(RuntimeError):
    """The output folder cannot be indexed (not a refine output, unreadable parts)."""


def fingerprint(out: Path) -> str:
    """A hash of what the index is built from: stats.json, run.json and the part files."""
    h = hashlib.sha256(f"palayesh-web-index {INDEX_VERSION}\n".encode())
    for name in ("stats.json", "run.json"):
        p = out / name
        h.update(name.encode() + b"\0" + (p.read_bytes() if p.is_file() else b"-") + b"\0")
    for part in ("docs", "rejected"):
        for p in part_files(out, part):
            try:
                st = p.stat()
            except OSError:  # removed since the listing (a refine replacing its parts)
                continue
            h.update(f"{part}/{p.name} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _str(v) -> str | None:
    if v is None:
        return None
    v = str(v)
    return v if v.strip() else None


def _pack(text: str) -> bytes:
    """Texts are stored zlib-compressed (about a third of their size): only shown pages read them."""
    return zlib.compress(text.encode("utf-8", "replace"), ZLIB_LEVEL)


def _unpack(blob) -> str:
    if blob is None:
        return ""
    if isinstance(blob, str):
        return blob
    return zlib.decompress(blob).decode("utf-8", "replace")


def _num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _dict(v) -> dict:
    return v if isinstance(v, dict) else {}


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits: the dashboard does int() on them


def _rows(doc: dict, kept: bool) -> tuple[tuple, tuple]:
    """The ``docs`` and ``content`` values of one document (every field may be null)."""
    published = _str(doc.get("published"))
    day = published[:10] if published and _DAY.match(published) else None
    text = doc.get("text")
    text = "" if text is None else str(text)
    signals, edits = _dict(doc.get("signals")), _dict(doc.get("edits"))
    words = _num(signals.get("words"))
    if words is None or not -2 ** 62 < words < 2 ** 62:
        words = len(text.split())
    narrow = (
        str(doc.get("id") or ""), int(kept), None if kept else _str(doc.get("reason")) or "unknown",
        _str(doc.get("host")), _str(doc.get("agency")), _str(doc.get("section")), _str(doc.get("lang")),
        day, day[:7] if day else None, len(text), int(words), _num(doc.get("lang_score")),
        _str(doc.get("dup_cluster")), _num(doc.get("dup_score")), _str(doc.get("story")), None,
        *(_num(signals.get(k)) for k in DASH_SIGNALS), *(_num(edits.get(k)) for k in DASH_EDITS),
    )
    wide = (
        published, _str(doc.get("published_jalali")), _str(doc.get("surtitle")), _str(doc.get("title")),
        _str(doc.get("lead")), _pack(text), _str(doc.get("url")), _str(doc.get("source")),
        json.dumps(signals, ensure_ascii=False) if signals else None,
        json.dumps(edits, ensure_ascii=False) if edits else None,
    )
    return narrow, wide


def build(out: Path, dest: Path, *, progress=None) -> dict:
    """Build the index of ``out`` into ``dest`` (atomically); returns build statistics."""
    out = Path(out)
    if not (out / "docs").is_dir() and not (out / "rejected").is_dir():
        raise IndexError_(f"{out} has no docs/ or rejected/ folder (is it a 'palayesh refine' output?)")
    fp = fingerprint(out)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp_path_for(dest)  # sqlite writes it; renamed over dest when complete
    if tmp.exists():
        tmp.unlink()
    t0 = time.perf_counter()
    con = sqlite3.connect(tmp)
    try:
        con.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
    except sqlite3.OperationalError as e:
        con.close()
        tmp.unlink(missing_ok=True)
        raise IndexError_(f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5: {e}") from e
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY;"
                      "PRAGMA cache_size=-65536;" + _SCHEMA)
    n = 0
    skipped: list[dict] = []  # parts (or rows) that could not be indexed, shown on the dashboard
    combos: dict[tuple, int] = {}
    ins_doc = f"INSERT INTO docs VALUES (?, {', '.join('?' * len(_DOCS))})"
    ins_content = f"INSERT INTO content VALUES (?, {', '.join('?' * len(_CONTENT))})"
    bad = [0]  # unreadable rows of the part being read

    def count_bad(_line: int) -> None:
        bad[0] += 1

    try:
        for part, kept in (("docs", True), ("rejected", False)):
            for path in part_files(out, part):
                name, before = f"{part}/{path.name}", n
                bad[0] = 0
                try:
                    # a table without id and text is not a part; a JSON line that is not an object
                    # is counted and skipped; a broken file raises (below: skipped from there on)
                    for rows in iter_part_file(path, require=("id", "text"), on_bad_line=count_bad, batch_size=BATCH):
                        drows, crows, raws, ftss = [], [], [], []
                        for doc in rows:
                            try:
                                narrow, wide = _rows(doc, kept)
                            except Exception as e:  # noqa: BLE001 - one odd row must not stop the index
                                log.debug("%s: row skipped: %r", name, e)
                                bad[0] += 1
                                continue
                            n += 1
                            # the facet values of a document as one small integer: facet counts are then
                            # one GROUP BY over an integer column (see Index._combos)
                            ckey = (narrow[1], narrow[2], narrow[4], narrow[5], narrow[3], narrow[6])
                            combo = combos.get(ckey)
                            if combo is None:
                                combo = combos[ckey] = len(combos)
                            narrow = narrow[:_COMBO_AT] + (combo,) + narrow[_COMBO_AT + 1:]
                            # the rowid carries the combo, so facet counts and facet filters of a search
                            # read only the FTS index, never the docs table (see Index._combos)
                            rowid = (combo << COMBO_SHIFT) | n
                            drows.append((rowid, *narrow))
                            crows.append((rowid, *wide))
                            raw = _str(doc.get("raw"))
                            if raw:
                                raws.append((rowid, _pack(raw)))
                            head = " ".join(x for x in map(_str, (doc.get("surtitle"), doc.get("title"))) if x)
                            body = " ".join(x for x in map(_str, (doc.get("lead"), doc.get("text"))) if x)
                            (th, ts), (bh, bs) = index_words(head), index_words(body)
                            ftss.append((rowid, th, bh, ts, bs))
                        con.executemany(ins_doc, drows)
                        con.executemany(ins_content, crows)
                        con.executemany("INSERT INTO raw(rowid, z) VALUES (?, ?)", raws)
                        con.executemany("INSERT INTO fts(rowid, title, body, stitle, sbody) "
                                        "VALUES (?, ?, ?, ?, ?)", ftss)
                        if progress:
                            progress(n)
                except sqlite3.Error:
                    raise  # the index itself failed (disk full, …): not the part's fault
                except Exception as e:  # noqa: BLE001 - a broken or foreign part: skip it, serve the rest
                    # rows read before the error stay indexed: nothing readable is lost
                    skipped.append({"path": name, "error": f"{type(e).__name__}: {e}"[:500], "rows": n - before})
                    log.warning("index: skipped %s after %d rows: %s: %s", name, n - before, type(e).__name__, e)
                    continue
                if bad[0]:
                    skipped.append({"path": name, "error": f"{bad[0]} unreadable rows skipped", "rows": n - before})
                    log.warning("index: %s: %d unreadable rows skipped", name, bad[0])
        con.executemany("INSERT INTO combos VALUES (?, ?, ?, ?, ?, ?, ?)", [(i, *k) for k, i in combos.items()])
        for col in _INDEXES:
            con.execute(f"CREATE INDEX docs_{col.replace(', ', '_')} ON docs({col})")
        con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        hot = _precompute_hot(con, len(combos), n)
        seconds = time.perf_counter() - t0
        info = {"version": INDEX_VERSION, "fingerprint": fp, "documents": n, "build_seconds": round(seconds, 3),
                "output": str(out.resolve()), "built": time.strftime("%Y-%m-%dT%H:%M:%S"), "build_id": uuid.uuid4().hex,
                "skipped": skipped, "hot": hot}
        con.executemany("INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in info.items()])
        con.commit()
        con.execute("ANALYZE")
        con.close()
        os.replace(tmp, dest)
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    log.info("indexed %d documents of %s in %.1f s", n, out, seconds)
    return info


def _precompute_hot(con: sqlite3.Connection, n_combos: int, n_docs: int) -> dict:
    """Fill the ``hot`` table: for each frequent token (:data:`HOT_MIN_DOCS`, :data:`HOT_MAX`), the
    number of hits of its one-word query in every combo, as :meth:`Index._combos` would count them, and
    which documents they are (for a search with a date range, :meth:`Index._hot_dated`).

    The key is the query's FTS5 expression (``parse_query(token).fts``) and the hits are those of the
    very ``MATCH`` a search runs, over the finished index: a search whose expression is a key reads the
    same numbers (a different expression, or a newer parser, simply misses the table). The counts are
    stored dense (one per combo, the narrowest unsigned type that holds them), the hits as a bitmap of
    document numbers (the low bits of the rowid, 1..``n_docs``), both zlib-compressed.
    """
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'fts', 'row')")
    terms = [t for t, in con.execute("SELECT term FROM temp.vocab WHERE doc >= ? ORDER BY doc DESC, term LIMIT ?",
                                     (HOT_MIN_DOCS, HOT_MAX))]
    con.execute("DROP TABLE temp.vocab")
    done: set[str] = set()
    size = 0
    for term in terms:
        try:
            q = parse_query(term)
        except ValueError:  # a token the query syntax reads otherwise (never: tokens are letters/digits)
            continue
        if len(q.must) != 1 or len(q.must[0]) != 1 or q.must_not or q.must[0][0].prefix or q.fts in done:
            continue
        done.add(q.fts)
        rowids = np.fromiter((r for r, in con.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (q.fts,))),
                             dtype=np.int64)
        dense = np.bincount(rowids >> COMBO_SHIFT, minlength=n_combos)
        top = int(dense.max(initial=0))
        dtype = "u1" if top < 2 ** 8 else "u2" if top < 2 ** 16 else "u4"
        z = zlib.compress(dense.astype(dtype).tobytes(), 6)
        bits = np.zeros(n_docs + 1, dtype=bool)
        bits[rowids & _N_MASK] = True
        docs_z = zlib.compress(np.packbits(bits).tobytes(), 6)
        size += len(z) + len(docs_z)
        con.execute("INSERT INTO hot VALUES (?, ?, ?, ?, ?)", (q.fts, len(rowids), dtype, z, docs_z))
    return {"queries": len(done), "min_docs": HOT_MIN_DOCS, "bytes": size,
            "seconds": round(time.perf_counter() - t0, 3)}


def read_meta(path: Path) -> dict | None:
    """The meta table of an index file, or None when there is no usable index."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM meta")}
        finally:
            con.close()
    except sqlite3.Error:
        return None


def default_index_path(out: Path) -> Path:
    return Path(out) / ".index" / "search.sqlite"


def fallback_index_path(out: Path) -> Path:
    """Where the index of a read-only output folder goes: ``$XDG_CACHE_HOME/palayesh/`` (or ~/.cache)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "palayesh"
    digest = hashlib.sha256(str(Path(out).resolve()).encode()).hexdigest()[:16]
    return base / f"index-{digest}.sqlite"


def ensure_index(out: Path, path: Path | None = None, *, rebuild: bool = False,
                 progress=None) -> tuple[Path, dict, bool]:
    """The index of ``out``: reused when its fingerprint matches, built otherwise.

    Returns ``(path, meta, built)``.
    """
    out = Path(out)
    path = Path(path) if path else default_index_path(out)
    if not rebuild and path.is_file():
        meta = read_meta(path)
        if meta and meta.get("version") == INDEX_VERSION and meta.get("fingerprint") == fingerprint(out):
            return path, meta, False
    return path, build(out, path, progress=progress), True


# ---------------------------------------------------------------------------------------------------------
# queries


class LiveIndex:
    """The current snapshot (:class:`Index`) of an index file, swapped whole when the file is replaced.

    A running ``palayesh serve`` keeps answering while OUT is refined again and its index rebuilt
    (``palayesh serve OUT --index-only``, or another server): :func:`build` writes a temporary file and
    renames it over the old one. Each request asks :meth:`current` once (one ``stat``) and uses that
    snapshot for its whole answer, so an answer never mixes rows, counts or caches of two builds;
    requests already under way finish on the old snapshot, the next ones get the new one. The server
    does not rebuild the index itself: OUT may be half-written while a refine runs.
    A replacement that cannot be used (not an index, another index version) is logged and ignored:
    the old snapshot goes on serving.
    """

    def __init__(self, path: Path | Index, *, timeout: float | None = None):
        self._current = path if isinstance(path, Index) else Index(Path(path))
        #: the time limit of a search (:data:`QUERY_TIMEOUT` unless given), kept by every new snapshot
        self.timeout = self._current.timeout if timeout is None else float(timeout)
        self._current.timeout = self.timeout
        self.path = self._current.path
        self._lock = threading.Lock()
        self._refused: tuple | None = None

    def current(self) -> Index:
        ident = file_identity(self.path)
        cur = self._current
        if ident is None or ident == cur.identity or ident == self._refused:
            return cur
        with self._lock:
            cur = self._current
            if ident == cur.identity or ident == self._refused:
                return cur
            new = Index(self.path)
            new.timeout = self.timeout
            if new.meta.get("version") != INDEX_VERSION:
                log.warning("index %s was replaced by an unusable file (version %r); still serving the old one",
                            self.path, new.meta.get("version"))
                self._refused = new.identity
                return cur
            log.info("index %s was replaced (%s documents); serving the new one", self.path,
                     new.meta.get("documents"))
            self._current = new
            return new


class BadParameter(ValueError):
    """A search parameter out of its domain; the message (in Persian) names it and what it takes."""

    def __init__(self, name: str, message: str):
        super().__init__(f"{name}: {message}")
        self.name = name


#: numeric columns that filter by range (``min_words=100&max_words=800``) and sort (``sort=words_desc``):
#: the parameter's name -> its column in ``docs``
RANGES: dict[str, str] = {"words": "d.words", "chars": "d.chars", "lang_score": "d.lang_score",
                          "dup_score": "d.dup_score", **{k: "d.s_" + k for k in DASH_SIGNALS}}
_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")


class Filters(dict):
    """Search filters from the query string: status, reason, agency, section, host, lang, from, to, and
    numeric ranges ``min_X``/``max_X`` over :data:`RANGES`.

    ``from``/``to`` take a Jalali day, month or year (``۱۴۰۲/۰۳/۱۵``) or a Gregorian one
    (``2023-06-05``): see :mod:`palayesh.web.jdates`.

    >>> Filters.parse({"status": "all", "from": "2023-05", "min_words": "۱۰۰"})
    {'status': 'all', 'from': '2023-05', 'min_words': 100.0}
    >>> Filters.parse({"from": "05/14/2023"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    palayesh.web.index.BadParameter: from: تاریخ خورشیدی به شکل ۱۴۰۲/۰۳/۱۵ ...
    """

    KEYS = ("status", "reason", "agency", "section", "host", "lang", "from", "to")
    STATUSES = ("kept", "rejected", "all")

    @classmethod
    def parse(cls, params: dict) -> Filters:
        from .jdates import BadDate, bound

        f = cls()
        for k in cls.KEYS:
            v = (params.get(k) or "").strip()
            if v:
                f[k] = v[:300]
        if f.get("status") not in (None, *cls.STATUSES):
            raise BadParameter("status", f"یکی از {' | '.join(cls.STATUSES)}، نه «{f['status'][:40]}»")
        for k in ("from", "to"):
            v = f.get(k)
            if v:
                try:
                    bound(v, end=k == "to")
                except BadDate as e:
                    raise BadParameter(k, str(e)) from None
        for name in RANGES:
            lo = hi = None
            for side in ("min", "max"):
                key = f"{side}_{name}"
                v = (params.get(key) or "").strip()
                if not v:
                    continue
                ascii_ = v.translate(_TO_ASCII)
                if len(v) > 40 or not _NUMBER.fullmatch(ascii_):
                    raise BadParameter(key, f"یک عدد (مانند 0.35 یا ۱۲۰)، نه «{v[:40]}»")
                f[key] = float(ascii_)
                lo, hi = (f[key], hi) if side == "min" else (lo, f[key])
            if lo is not None and hi is not None and lo > hi:
                raise BadParameter(f"max_{name}", f"کمینه ({lo:g}) از بیشینه ({hi:g}) بزرگ‌تر است")
        return f

    def docs_where(self) -> tuple[list[str], list]:
        """SQL conditions on the ``docs`` columns (alias ``d``): the date range and the numeric ranges.

        The facet filters are not among them: they are combos (:meth:`Index.allowed_combos`).
        """
        from .jdates import bound

        conds, params = [], []
        if "from" in self:
            conds.append("d.day >= ?")
            params.append(bound(self["from"], end=False))
        if "to" in self:
            conds.append("d.day <= ?")
            params.append(bound(self["to"], end=True))
        for name, col in RANGES.items():
            for side, op in (("min", ">="), ("max", "<=")):
                if f"{side}_{name}" in self:
                    conds.append(f"{col} {op} ?")
                    params.append(self[f"{side}_{name}"])
        return conds, params

    def docs_key(self) -> tuple:
        """What :meth:`docs_where` depends on (a cache key)."""
        return tuple(sorted((k, v) for k, v in self.items() if k in ("from", "to") or k.startswith(("min_", "max_"))))


#: the orders of a search (``sort=``): ``(key column, descending)``; relevance is bm25 (lower is better),
#: and a search without a query is newest first; each range column sorts both ways (``words_desc``)
SORTS: dict[str, tuple[str, bool] | None] = {
    "relevance": None,
    "newest": ("d.day", True),
    "oldest": ("d.day", False),
    "longest": ("d.chars", True),
    "shortest": ("d.chars", False),
    **{f"{name}_{way}": (col, way == "desc") for name, col in RANGES.items() for way in ("desc", "asc")},
}
_FACET_COLS = "d.rowid, d.kept, d.reason, d.agency, d.section, d.host, d.lang"
RESULT_COLS = "d.rowid, d.id, d.kept, d.reason, d.dup_score, d.host, d.agency, d.section, " \
              "c.published, c.published_jalali, c.surtitle, c.title, c.lead, c.text, d.lang, d.chars, c.url"


class _ComboTable:
    """The ``combos`` table as arrays: for each facet, the code of each combo's value (codes follow
    the values' names, so ties in a count sort by name); status codes are 1 kept, 0 rejected."""

    def __init__(self, rows: list[tuple]):
        self.ids = np.array([r[0] for r in rows], dtype=np.int64)
        self.names: dict[str, list[str]] = {"status": ["rejected", "kept"]}
        self.index: dict[str, dict[str, int]] = {"status": {"rejected": 0, "kept": 1}}
        self.codes: dict[str, np.ndarray] = {"status": np.array([1 if r[1] else 0 for r in rows], dtype=np.int64)}
        for i, facet in enumerate(FACETS[1:], start=2):
            col = ["-" if r[i] is None else str(r[i]) for r in rows]
            names = sorted(set(col))
            index = {v: j for j, v in enumerate(names)}
            self.names[facet], self.index[facet] = names, index
            self.codes[facet] = np.array([index[v] for v in col], dtype=np.int64)

    def wanted(self, filters: Filters) -> dict[str, int]:
        """``{facet: code}`` of the active facet filters (a value that no combo has is code -1)."""
        want = {}
        status = filters.get("status", "kept")
        if status != "all":
            want["status"] = 1 if status == "kept" else 0
        for facet in FACETS[1:]:
            if facet in filters:
                want[facet] = self.index[facet].get(filters[facet], -1)
        return want


#: seconds a search may take (its ranked page and facet counts) before SQLite stops it: a 503 that says so
QUERY_TIMEOUT = 10.0  # ``palayesh serve --query-timeout SECONDS``


class QueryTimeout(RuntimeError):
    """A search took longer than its time limit and was stopped (:data:`QUERY_TIMEOUT`)."""

    def __init__(self, seconds: float):
        super().__init__(f"search stopped after {seconds:g} s")
        self.seconds = seconds


class IndexChanged(RuntimeError):
    """The index file was replaced after this :class:`Index` was opened: ask :class:`LiveIndex` again."""


def file_identity(path: Path) -> tuple | None:
    """What changes when an index file is rebuilt (:func:`build` renames a new file over it)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


class Index:
    """Read-only queries over one build of an index file: a snapshot; one SQLite connection per thread.

    Everything an ``Index`` answers comes from the same build: its caches (facet combos, dashboard)
    and every connection. A connection, once open, keeps reading the file it opened even after
    :func:`build` renames a new index over the path (POSIX keeps the old inode alive); a thread that
    opens its first connection after such a swap would read the new build, so each new connection
    checks the ``meta`` table (with its random ``build_id``) against the snapshot's and raises
    :class:`IndexChanged` instead of mixing. :class:`LiveIndex` hands out the current snapshot.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self.identity = file_identity(self.path)
        self.meta = read_meta(self.path) or {}
        self._cache: dict = {}
        self._combo_table: _ComboTable | None = None
        self._days: tuple | None = None  # see _day_table
        self._corpus_combos: tuple | None = None  # (positions, counts) of every document (see _combos)
        self.timeout = QUERY_TIMEOUT
        self.progress_steps = 10_000  # SQLite VM steps between two looks at the clock

    @property
    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            try:
                con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error as e:  # deleted, or replaced by something unreadable
                raise IndexChanged(f"{self.path} cannot be opened: {e}") from e
            try:
                meta = {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM meta")}
            except sqlite3.Error:
                meta = None
            if meta != self.meta:
                con.close()
                raise IndexChanged(f"{self.path} is another build than this snapshot")
            con.row_factory = sqlite3.Row
            con.execute("PRAGMA query_only=1")
            con.execute("PRAGMA cache_size=-32768")
            con.execute("PRAGMA temp_store=MEMORY")
            con.set_progress_handler(self._progress, self.progress_steps)  # the time limit (see search)
            self._local.con = con
        return con

    def search(self, query: Query, filters: Filters, *, page: int = 1, per_page: int = 20,
               sort: str = "relevance", after: tuple | None = None, facet_top: int | dict = 15) -> dict:
        """Matching documents in the order ``sort`` (:data:`SORTS`; relevance needs a query, else
        newest first), their total and facets.

        ``after`` is the ``(key, rowid)`` of the last document of the page before (its ``next``): the
        page then starts after it by keyset, at any depth, instead of by offset.
        """
        t0 = time.perf_counter()
        offset = 0 if after else (max(1, page) - 1) * per_page
        allowed = self.allowed_combos(filters)
        dconds, dparams = filters.docs_where()
        combo_list = self.allowed_sql(filters)
        if sort not in SORTS or (sort == "relevance" and not query):
            sort = "newest"
        col, desc = SORTS[sort] or (f"bm25(fts, {BM25_WEIGHTS})", False)
        if query:
            conds_m = ["fts MATCH ?"]
            if len(allowed) < len(self.combo_table().ids):  # every combo allowed (status=all): no test
                conds_m.append(f"(fts.rowid >> {COMBO_SHIFT}) IN ({combo_list})")
            params_m = [query.fts]
            sql_from = "fts"
            if dconds or sort != "relevance":  # dates and sort keys are in docs; facets are in the rowid
                sql_from = "fts JOIN docs d ON d.rowid = fts.rowid"
                conds_m += dconds
                params_m += dparams
            rid = "fts.rowid"
        else:
            sql_from = "docs d"
            every = len(allowed) == len(self.combo_table().ids)
            conds_m, params_m = ([] if every else [f"d.combo IN ({combo_list})"]) + dconds, dparams
            rid = "d.rowid"
        # NULLs last either way; ties by rowid, backwards for newest (the newest row of a day first)
        rdesc = sort == "newest"
        # (bm25 is never NULL and not computed twice, chars is never NULL; the others may be)
        asc = col if col in ("d.chars",) or not col.startswith("d.") else f"{col} IS NULL, {col}"
        order = (f"{col} DESC" if desc else asc) + f", {rid}" + (" DESC" if rdesc else "")
        if after:
            key, last = after
            cmp, rcmp = ("<" if desc else ">"), ("<" if rdesc else ">")
            if key is None:
                conds_m.append(f"({col} IS NULL AND {rid} {rcmp} ?)")
                params_m = params_m + [last]
            else:
                conds_m.append(f"({col} {cmp} ? OR ({col} = ? AND {rid} {rcmp} ?) OR {col} IS NULL)")
                params_m = params_m + [key, key, last]
        where = (" WHERE " + " AND ".join(conds_m)) if conds_m else ""
        nxt = None
        deadline = time.monotonic() + self.timeout
        values: dict[str, int] = {}
        self._local.deadline = deadline  # SQLite's progress handler stops the statements past it
        failed: sqlite3.OperationalError | None = None
        ranking: dict = {"ranking": "exact"}
        try:
            # the facets first: their counts are the number of hits, which decides how to rank them
            facets = self.facets(query, filters, top=facet_top, values=values)
            total = sum(c for v, c in facets.get("status", []) if filters.get("status", "kept") in ("all", v))
            if query and sort == "relevance" and total > RANK_EXACT_MAX:
                step = -(-total // RANK_SAMPLE)
                ranking = {"ranking": "bounded", "ranking_k": RANK_SAMPLE, "ranking_every": step}
                # a uniform sample of the hits by document number (not by combo): the order of the rowids
                # is the same for every page, so keyset pages go on through the same sample
                where = (where + " AND " if where else " WHERE ") + f"({rid} & {_N_MASK}) % {step} = 0"
            found = self.con.execute(f"SELECT {rid}, {col} FROM {sql_from}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                                     params_m + [per_page, offset]).fetchall()
            rowids = [r[0] for r in found]
            if len(found) == per_page:
                nxt = (sort, found[-1][1], found[-1][0])
            rows = self.details(rowids)
        except sqlite3.OperationalError as e:
            failed = e
        finally:
            self._local.deadline = None
        if failed is not None:
            if time.monotonic() >= deadline:  # interrupted (its message varies: "interrupted", "vtable …")
                raise QueryTimeout(self.timeout) from None
            log.warning("search failed: %s", failed)  # e.g. a query FTS5 cannot parse
            rows, facets, values = [], {k: [] for k in FACETS}, {}
            ranking = {"ranking": "exact"}
        total = sum(c for v, c in facets.get("status", []) if filters.get("status", "kept") in ("all", v))
        if not total:
            # nothing found: each facet still lists the values of the whole corpus (count 0 here), so the
            # search can be widened from where it is
            corpus_values: dict[str, int] = {}
            corpus = self.facets(parse_query(""), Filters(status="all"), top=facet_top, values=corpus_values)
            for k in FACETS:
                got = dict(facets.get(k, []))
                facets[k] = [(v, got.get(v, 0), n) for v, n in corpus[k]]  # type: ignore[misc]
                values[k] = corpus_values.get(k, 0)
        return {"total": total, "rows": rows, "facets": facets, "facet_values": values, "next": nxt, "sort": sort,
                "page": None if after else max(1, page), "per_page": per_page, **ranking,
                "took_ms": round(1000 * (time.perf_counter() - t0), 2)}

    def iter_rowids(self, query: Query, filters: Filters, *, batch: int = 1000):
        """Every matching rowid, in rowid order, ``batch`` at a time, by keyset (``rowid > last``):
        memory stays flat however many documents match (an export)."""
        allowed = self.allowed_sql(filters)
        dconds, dparams = filters.docs_where()
        if query:
            sql = "SELECT fts.rowid FROM fts" + (" JOIN docs d ON d.rowid = fts.rowid" if dconds else "") + \
                f" WHERE fts MATCH ? AND (fts.rowid >> {COMBO_SHIFT}) IN ({allowed})" + \
                "".join(" AND " + c for c in dconds) + " AND fts.rowid > ? ORDER BY fts.rowid LIMIT ?"
            params = [query.fts, *dparams]
        else:
            sql = f"SELECT d.rowid FROM docs d WHERE d.combo IN ({allowed})" + \
                "".join(" AND " + c for c in dconds) + " AND d.rowid > ? ORDER BY d.rowid LIMIT ?"
            params = list(dparams)
        last = -1
        while True:
            rowids = [r[0] for r in self.con.execute(sql, [*params, last, batch])]
            if not rowids:
                return
            yield rowids
            if len(rowids) < batch:
                return
            last = rowids[-1]

    def export_rows(self, rowids: list[int]) -> list[dict]:
        """The exported fields (:data:`palayesh.web.export.FIELDS`) of ``rowids``, in rowid order."""
        if not rowids:
            return []
        rows = [dict(r) for r in self.con.execute(
            "SELECT d.id, d.kept, d.reason, c.title, c.surtitle, c.lead, c.text, c.url, c.source, d.host, d.agency, "
            "d.section, c.published, c.published_jalali, d.lang, d.lang_score, d.chars, d.words, d.dup_cluster, "
            "d.dup_score, d.story, c.signals FROM docs d JOIN content c ON c.rowid = d.rowid "
            f"WHERE d.rowid IN ({', '.join('?' * len(rowids))}) ORDER BY d.rowid", rowids)]
        for r in rows:
            r["text"] = _unpack(r["text"])
        return rows

    def _combos(self, query: Query, filters: Filters) -> tuple:
        """``(positions, counts)``: how many documents of each combination of facet values (its position
        in :meth:`combo_table`) match the query and the ``docs`` conditions (dates, ranges).

        One ``GROUP BY`` per (query, dates, ranges), cached: every facet and every facet filter is then
        counted from these rows with numpy, so clicking through facets does not query again.
        """
        key = ("combos", query.fts if query else "", filters.docs_key())
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        dconds, dparams = filters.docs_where()
        if not query and not dconds and self._corpus_combos is not None:
            return self._corpus_combos  # the whole corpus: a constant of this snapshot
        if query:
            # frequent words: the counts of each were computed at build time, and its hits (for a date
            # range, or several words)
            rows = self._hot(query.fts) if not dconds else None
            if rows is None:
                rows = self._hot_hits(query, filters)
            if rows is not None:
                if len(self._cache) > 512:
                    self._cache.clear()
                self._cache[key] = rows
                return rows
        if query and not dconds:
            sql = f"SELECT rowid >> {COMBO_SHIFT}, count(*) FROM fts WHERE fts MATCH ? GROUP BY 1"
            params = [query.fts]
        elif query:
            # the combo from the rowid (equal to d.combo; ~15% less CPU than reading it from the docs row)
            sql = f"SELECT fts.rowid >> {COMBO_SHIFT}, count(*) FROM fts JOIN docs d ON d.rowid = fts.rowid " \
                  "WHERE fts MATCH ?" + "".join(" AND " + c for c in dconds) + " GROUP BY 1"
            params = [query.fts] + dparams
        else:
            sql = "SELECT d.combo, count(*) FROM docs d" + ((" WHERE " + " AND ".join(dconds)) if dconds else "") + \
                  " GROUP BY 1"
            params = dparams
        table = self.combo_table()
        got = np.array(self.con.execute(sql, params).fetchall(), dtype=np.int64).reshape(-1, 2)
        pos = np.searchsorted(table.ids, got[:, 0])
        ok = pos < len(table.ids)  # a combo missing from the combos table (never, but not an IndexError)
        ok[ok] = table.ids[pos[ok]] == got[ok, 0]
        rows = (pos[ok], got[ok, 1])
        if not query and not dconds:
            # every search that finds nothing lists the corpus' values beside its zeros: count them once
            self._corpus_combos = rows
        if len(self._cache) > 512:
            self._cache.clear()
        self._cache[key] = rows
        return rows

    def _hot(self, fts: str) -> tuple | None:
        """The precomputed ``(positions, counts)`` of the query ``fts`` (table ``hot``, see
        :func:`_precompute_hot`), or None when it was not precomputed."""
        try:
            row = self.con.execute("SELECT dtype, z FROM hot WHERE fts = ?", (fts,)).fetchone()
        except sqlite3.OperationalError:  # no such table (an index of another version)
            return None
        if row is None:
            return None
        dense = np.frombuffer(zlib.decompress(row[1]), dtype=row[0]).astype(np.int64)
        table = self.combo_table()
        if len(dense) != len(table.ids):  # not this build's combos (never: written with them)
            return None
        combos = np.flatnonzero(dense)
        pos = np.searchsorted(table.ids, combos)
        ok = pos < len(table.ids)
        ok[ok] = table.ids[pos[ok]] == combos[ok]
        return pos[ok], dense[combos[ok]]

    def _hot_hits(self, query: Query, filters: Filters) -> tuple | None:
        """The ``(positions, counts)`` of a query made of frequent words (each group one or several of
        them joined by OR, nothing excluded), within a date range if any (``from``/``to``, no other
        ``docs`` condition), from the words' precomputed hits (:func:`_precompute_hot`) and the days of
        the documents (:meth:`_day_table`); None when that does not apply.

        FTS5's AND of the groups is the intersection of their hits and its OR the union, so the
        documents, hence the counts, are those of the query itself."""
        from .jdates import bound

        if query.must_not or any(k not in ("from", "to") for k, _ in filters.docs_key()):
            return None
        # the key of each word: the expression of the one-word query of that very term
        groups = [["(" + t.fts + ")" for t in g] for g in query.must]
        keys = sorted({k for g in groups for k in g})
        try:
            got = dict(self.con.execute(f"SELECT fts, docs_z FROM hot WHERE fts IN ({', '.join('?' * len(keys))})",
                                        keys).fetchall())
        except sqlite3.OperationalError:  # no such table or column (an index of another version)
            return None
        if len(got) != len(keys) or any(z is None for z in got.values()):
            return None
        days, pos = self._day_table()
        bits = {}
        for k, z in got.items():
            packed = np.frombuffer(zlib.decompress(z), dtype=np.uint8)
            if len(packed) != (len(days) + 7) // 8:  # not this build's documents (never: written with them)
                return None
            bits[k] = np.unpackbits(packed, count=len(days)).astype(bool)
        keep = np.ones(len(days), dtype=bool)
        for g in groups:
            either = np.zeros(len(days), dtype=bool)
            for k in g:
                either |= bits[k]
            keep &= either
        if "from" in filters or "to" in filters:
            keep &= days >= 0  # a document without a day is outside every range (NULL in SQL)
        for key, end, cmp in (("from", False, np.greater_equal), ("to", True, np.less_equal)):
            if key in filters:
                day = bound(filters[key], end=end)
                if not _DAY.fullmatch(day):  # the days compare as numbers only in this one form
                    return None
                keep &= cmp(days, int(day.replace("-", "")))
        counts = np.bincount(pos[keep], minlength=len(self.combo_table().ids))
        found = np.flatnonzero(counts)
        return found, counts[found]

    def _day_table(self) -> tuple:
        """``(days, positions)`` by document number (the rowid's low bits): each document's day as the
        number YYYYMMDD (-1 without one) and its combo's position in :meth:`combo_table`; loaded once
        (8 bytes a document)."""
        if self._days is None:
            got = np.array(self.con.execute(
                "SELECT rowid, coalesce(CAST(replace(day, '-', '') AS INTEGER), -1) FROM docs").fetchall(),
                dtype=np.int64).reshape(-1, 2)
            n = got[:, 0] & _N_MASK
            size = int(n.max(initial=0)) + 1
            days = np.full(size, -1, dtype=np.int32)
            pos = np.zeros(size, dtype=np.int32)
            days[n] = got[:, 1]
            table = self.combo_table()
            pos[n] = np.searchsorted(table.ids, got[:, 0] >> COMBO_SHIFT)
            self._days = (days, pos)
        return self._days

    def _progress(self) -> int:
        """SQLite's progress handler: a non-zero answer interrupts the statement (past the deadline)."""
        deadline = getattr(self._local, "deadline", None)
        return 1 if deadline is not None and time.monotonic() > deadline else 0

    def combo_table(self) -> _ComboTable:
        """The facet values of every combo, as arrays (loaded once)."""
        if self._combo_table is None:
            self._combo_table = _ComboTable(self.con.execute("SELECT * FROM combos ORDER BY combo").fetchall())
        return self._combo_table

    def allowed_combos(self, filters: Filters) -> list[int]:
        """The combos that pass the facet filters (status, reason, agency, section, host, lang)."""
        key = ("allowed", tuple((k, filters.get(k)) for k in FACETS[1:]), filters.get("status", "kept"))
        hit = self._cache.get(key)
        if hit is None:
            t = self.combo_table()
            mask = np.ones(len(t.ids), dtype=bool)
            for facet, want in t.wanted(filters).items():
                mask &= t.codes[facet] == want
            hit = self._cache[key] = t.ids[mask].tolist()
        return hit

    def allowed_sql(self, filters: Filters) -> str:
        """:meth:`allowed_combos` as an SQL list (``1, 5, 9``), built once per set of facet filters: with
        the default status (kept) it is thousands of numbers, and the same text reuses SQLite's
        prepared statement."""
        key = ("allowed_sql", tuple((k, filters.get(k)) for k in FACETS[1:]), filters.get("status", "kept"))
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = ", ".join(str(int(c)) for c in self.allowed_combos(filters))
        return hit

    def facets(self, query: Query, filters: Filters, *, top: int | dict = 15,
               values: dict | None = None) -> dict[str, list[tuple[str, int]]]:
        """Counts per facet value, the ``top`` most frequent (``top`` may be ``{facet: n}``, default 15);
        each facet ignores its own filter (so other values stay visible). ``values``, when given, gets
        the number of distinct values of each facet."""
        tops = top if isinstance(top, dict) else {}
        top_n = 15 if isinstance(top, dict) else top
        pos, n = self._combos(query, filters)
        t = self.combo_table()
        codes = {f: t.codes[f][pos] for f in FACETS}
        # per active filter, the rows that fail it; a facet counts the rows that fail no *other* filter
        fails = {f: codes[f] != want for f, want in t.wanted(filters).items()}
        n_fail = sum((x.astype(np.int8) for x in fails.values()), np.zeros(len(pos), dtype=np.int8))
        result = {}
        for facet in FACETS:
            sel = n_fail == (fails[facet].astype(np.int8) if facet in fails else 0)
            if facet == "reason":
                sel &= codes["status"] == 0  # only rejected documents have a reason
            counts = np.bincount(codes[facet][sel], weights=n[sel], minlength=len(t.names[facet]))
            # codes are in the order of the values' names: a stable sort by count keeps ties by name
            order = np.argsort(-counts, kind="stable")
            k = int(np.count_nonzero(counts))
            if values is not None:
                values[facet] = k
            keep = k if facet == "status" else min(k, tops.get(facet, top_n))
            result[facet] = [(t.names[facet][i], int(counts[i])) for i in order[:keep].tolist()]
        return result

    def details(self, rowids: list[int]) -> list[dict]:
        """The fields shown in a list of results, in the order of ``rowids``."""
        if not rowids:
            return []
        got = {r["rowid"]: dict(r) for r in self.con.execute(
            f"SELECT {RESULT_COLS} FROM docs d JOIN content c ON c.rowid = d.rowid "
            f"WHERE d.rowid IN ({', '.join('?' * len(rowids))})", rowids)}
        for r in got.values():
            r["text"] = _unpack(r["text"])
        return [got[i] for i in rowids if i in got]

    def document(self, doc_id: str) -> dict | None:
        """One document by id (the kept one first when ids repeat), or by ``#rowid``."""
        # ``#rowid`` comes from a URL: ASCII digits only (str.isdigit takes «²», which int() refuses),
        # within SQLite's 64-bit integers (a longer number is an OverflowError, not a missing document);
        # anything else that starts with "#" is looked up as an id
        if doc_id.startswith("#") and _ROWID.fullmatch(doc_id[1:]) and int(doc_id[1:]) < 2 ** 63:
            row = self.con.execute("SELECT rowid FROM docs WHERE rowid = ?", (int(doc_id[1:]),)).fetchone()
        else:
            row = self.con.execute("SELECT rowid FROM docs WHERE id = ? ORDER BY kept DESC, rowid LIMIT 1",
                                   (doc_id,)).fetchone()
        if row is None:
            return None
        cols = ", ".join(f"d.{c}" for c, _ in _DOCS if not c.startswith(("s_", "e_"))) + ", " + \
            ", ".join(f"c.{c}" for c in _CONTENT)
        doc = dict(self.con.execute(f"SELECT d.rowid AS rowid, {cols} FROM docs d JOIN content c ON c.rowid = d.rowid "
                                    f"WHERE d.rowid = ?", (row[0],)).fetchone())
        for k in ("signals", "edits"):
            doc[k] = json.loads(doc[k]) if doc[k] else None
        z = self.con.execute("SELECT z FROM raw WHERE rowid = ?", (doc["rowid"],)).fetchone()
        doc["text"] = _unpack(doc["text"])
        doc["raw"] = zlib.decompress(z[0]).decode("utf-8", "replace") if z else None
        return doc

    def related(self, doc: dict, *, limit: int = 20) -> dict[str, list[dict]]:
        """Documents of the same story and of the same duplicate cluster."""
        out: dict[str, list[dict]] = {}
        for key in ("story", "dup_cluster"):
            v = doc.get(key)
            if not v:
                out[key] = []
                continue
            cond = "(d.dup_cluster = ? OR d.id = ?)" if key == "dup_cluster" else "d.story = ?"
            params = [v, v] if key == "dup_cluster" else [v]
            rowids = [r[0] for r in self.con.execute(
                f"SELECT d.rowid FROM docs d WHERE {cond} AND d.rowid != ? "
                "ORDER BY d.kept DESC, d.day, d.rowid LIMIT ?",
                params + [doc["rowid"], limit])]
            out[key] = self.details(rowids)
        return out

    def dashboard(self) -> dict:
        """Counts and histograms for the dashboard (computed once per index)."""
        if "dashboard" in self._cache:
            return self._cache["dashboard"]
        c = self.con
        d: dict = {"documents": c.execute("SELECT count(*) FROM docs").fetchone()[0]}
        d["status"] = [(("kept" if k else "rejected"), n) for k, n in
                       c.execute("SELECT kept, count(*) FROM docs GROUP BY kept ORDER BY kept DESC")]
        d["reasons"] = [tuple(r) for r in c.execute(
            "SELECT coalesce(reason, '-'), count(*) n FROM docs WHERE kept = 0 GROUP BY 1 ORDER BY n DESC")]
        for facet in ("host", "agency", "section", "lang"):
            d["top_" + facet] = [tuple(r) for r in c.execute(
                f"SELECT coalesce({facet}, '-'), sum(kept), sum(1 - kept) FROM docs GROUP BY 1 "
                f"ORDER BY count(*) DESC LIMIT 15")]
        d["months"] = [tuple(r) for r in c.execute(
            "SELECT month, sum(kept), sum(1 - kept) FROM docs WHERE month IS NOT NULL GROUP BY month ORDER BY month")]
        d["no_date"] = c.execute("SELECT count(*) FROM docs WHERE month IS NULL").fetchone()[0]
        # the same by Jalali month (the charts' axis): summed from the days, a few thousand rows
        from .jdates import months as jalali_months

        d["months_jalali"] = jalali_months(c.execute(
            "SELECT day, sum(kept), sum(1 - kept) FROM docs WHERE day IS NOT NULL GROUP BY day ORDER BY day").fetchall()
        )
        # text length in characters, on a log2 scale: bucket b holds lengths in [2^b, 2^(b+1))
        d["length"] = [tuple(r) for r in c.execute(
            "SELECT CASE WHEN chars < 1 THEN 0 ELSE CAST(log2(chars) AS INTEGER) + 1 END b, sum(kept), sum(1 - kept) "
            "FROM docs GROUP BY b ORDER BY b")]
        d["words"] = [tuple(r) for r in c.execute(
            "SELECT CASE WHEN words < 1 THEN 0 ELSE CAST(log2(words) AS INTEGER) + 1 END b, sum(kept), sum(1 - kept) "
            "FROM docs GROUP BY b ORDER BY b")]
        signals = {}
        for name in DASH_SIGNALS:
            rows = c.execute(
                f"SELECT min(CAST(s_{name} * 20 AS INTEGER), 19) b, sum(kept), sum(1 - kept) "
                f"FROM docs WHERE s_{name} IS NOT NULL GROUP BY b ORDER BY b").fetchall()
            signals[name] = [tuple(r) for r in rows]
        rows = c.execute("SELECT min(CAST(lang_score * 20 AS INTEGER), 19) b, sum(kept), sum(1 - kept) FROM docs "
                         "WHERE lang_score IS NOT NULL AND lang_score > 0 GROUP BY b ORDER BY b").fetchall()
        signals["lang_score"] = [tuple(r) for r in rows]
        d["signals"] = signals
        sums = c.execute("SELECT " + ", ".join(f"coalesce(sum(e_{k}), 0)" for k in DASH_EDITS)
                         + " FROM docs").fetchone()
        d["edits"] = dict(zip(DASH_EDITS, sums))
        self._cache["dashboard"] = d
        return d
