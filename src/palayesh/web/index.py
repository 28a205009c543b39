"""The search index of an output folder: one SQLite file with an FTS5 table, built once and reused.

``OUT/.index/search.sqlite`` holds a ``docs`` table (the fields shown, facets as indexed columns),
a ``raw`` table (the raw page, zlib-compressed, read only for the "what changed" view) and a
contentless FTS5 table ``fts(title, body)`` over :func:`palayesh.web.tokens.index_text` tokens.
The index records a fingerprint of the output (stats.json, run.json and the part files' names,
sizes and times); when the output changes the index is rebuilt, into a temporary file that
replaces the old one only when complete. Parts are streamed in batches, so memory stays bounded.

Why SQLite FTS5 and not tantivy: see ``bench/bench_serve.py`` and the report in the web README
(``palayesh.web``): FTS5 ships with Python's ``sqlite3`` (no dependency), one file holds the
documents, facets and the full-text index, facets are plain SQL ``GROUP BY``, and on Persian
text with our own token folding both engines answer in milliseconds.
"""
from __future__ import annotations

import glob
import gzip
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
import zlib
from pathlib import Path
from typing import Iterator

from .tokens import Query, index_text

log = logging.getLogger(__name__)

INDEX_VERSION = 1
BATCH = 1000
FACETS = ("status", "reason", "agency", "section", "host", "lang")
_COLUMNS = ("id", "kept", "reason", "host", "agency", "section", "lang", "published", "published_jalali",
            "day", "month", "surtitle", "title", "lead", "text", "url", "source", "chars", "words",
            "lang_score", "signals", "edits", "dup_cluster", "story")
_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs(rowid INTEGER PRIMARY KEY, {", ".join(c + (" INTEGER" if c in ("kept", "chars", "words") else " REAL" if c == "lang_score" else " TEXT") for c in _COLUMNS)});
CREATE TABLE raw(rowid INTEGER PRIMARY KEY, z BLOB);
CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
"""
_INDEXES = ("id", "kept", "reason", "host", "agency", "section", "lang", "day", "month", "story", "dup_cluster")


class IndexError_(RuntimeError):
    """The output folder cannot be indexed (not a refine output, unreadable parts)."""


def _parts(out: Path, part: str) -> list[Path]:
    return sorted(Path(p) for p in glob.glob(str(out / part / "*.parquet"))) + \
        sorted(Path(p) for p in glob.glob(str(out / part / "*.jsonl.gz")))


def fingerprint(out: Path) -> str:
    """A hash of what the index is built from: stats.json, run.json and the part files."""
    h = hashlib.sha256(f"palayesh-web-index {INDEX_VERSION}\n".encode())
    for name in ("stats.json", "run.json"):
        p = out / name
        h.update(name.encode() + b"\0" + (p.read_bytes() if p.is_file() else b"-") + b"\0")
    for part in ("docs", "rejected"):
        for p in _parts(out, part):
            st = p.stat()
            h.update(f"{part}/{p.name} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _iter_rows(path: Path) -> Iterator[list[dict]]:
    """Batches of rows of one part file (Parquet or JSONL.gz)."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        for batch in pf.iter_batches(batch_size=BATCH):
            yield batch.to_pylist()
    else:
        rows = []
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rows.append(json.loads(line))
                if len(rows) >= BATCH:
                    yield rows
                    rows = []
        if rows:
            yield rows


def _str(v) -> str | None:
    if v is None:
        return None
    v = str(v)
    return v if v.strip() else None


def _row(doc: dict, kept: bool) -> tuple:
    published = _str(doc.get("published"))
    day = published[:10] if published and len(published) >= 10 and published[4:5] == "-" else None
    text = doc.get("text") or ""
    signals = doc.get("signals") or None
    words = (signals or {}).get("words")
    if words is None:
        words = len(text.split())
    edits = doc.get("edits") or None
    return (
        str(doc.get("id") or ""), int(kept), None if kept else _str(doc.get("reason")) or "unknown",
        _str(doc.get("host")), _str(doc.get("agency")), _str(doc.get("section")), _str(doc.get("lang")),
        published, _str(doc.get("published_jalali")), day, day[:7] if day else None,
        _str(doc.get("surtitle")), _str(doc.get("title")), _str(doc.get("lead")), text,
        _str(doc.get("url")), _str(doc.get("source")), len(text), int(words),
        doc.get("lang_score"), json.dumps(signals, ensure_ascii=False) if signals else None,
        json.dumps(edits, ensure_ascii=False) if edits else None,
        _str(doc.get("dup_cluster")), _str(doc.get("story")),
    )


def build(out: Path, dest: Path, *, progress=None) -> dict:
    """Build the index of ``out`` into ``dest`` (atomically); returns build statistics."""
    out = Path(out)
    if not (out / "docs").is_dir() and not (out / "rejected").is_dir():
        raise IndexError_(f"{out} has no docs/ or rejected/ folder (is it a 'palayesh refine' output?)")
    fp = fingerprint(out)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    t0 = time.perf_counter()
    con = sqlite3.connect(tmp)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY;"
                      "PRAGMA cache_size=-65536;" + _SCHEMA)
    n = 0
    ins_doc = f"INSERT INTO docs(rowid, {', '.join(_COLUMNS)}) VALUES (?, {', '.join('?' * len(_COLUMNS))})"
    try:
        for part, kept in (("docs", True), ("rejected", False)):
            for path in _parts(out, part):
                for rows in _iter_rows(path):
                    drows, raws, ftss = [], [], []
                    for doc in rows:
                        n += 1
                        drows.append((n, *_row(doc, kept)))
                        raw = doc.get("raw")
                        if raw:
                            raws.append((n, zlib.compress(raw.encode("utf-8", "replace"), 6)))
                        head = " ".join(x for x in (doc.get("surtitle"), doc.get("title")) if x)
                        body = " ".join(x for x in (doc.get("lead"), doc.get("text")) if x)
                        ftss.append((n, index_text(head), index_text(body)))
                    con.executemany(ins_doc, drows)
                    con.executemany("INSERT INTO raw(rowid, z) VALUES (?, ?)", raws)
                    con.executemany("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", ftss)
                    if progress:
                        progress(n)
        for col in _INDEXES:
            con.execute(f"CREATE INDEX docs_{col} ON docs({col})")
        con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        seconds = time.perf_counter() - t0
        info = {"version": INDEX_VERSION, "fingerprint": fp, "documents": n, "build_seconds": round(seconds, 3),
                "output": str(out.resolve()), "built": time.strftime("%Y-%m-%dT%H:%M:%S")}
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


def ensure_index(out: Path, path: Path | None = None, *, rebuild: bool = False, progress=None) -> tuple[Path, dict, bool]:
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


class Filters(dict):
    """Search filters from the query string: status, reason, agency, section, host, lang, from, to."""

    KEYS = ("status", "reason", "agency", "section", "host", "lang", "from", "to")

    @classmethod
    def parse(cls, params: dict) -> "Filters":
        f = cls()
        for k in cls.KEYS:
            v = (params.get(k) or "").strip()
            if v:
                f[k] = v[:300]
        if f.get("status") not in (None, "kept", "rejected", "all"):
            f.pop("status")
        for k in ("from", "to"):
            v = f.get(k)
            if v and not (len(v) in (4, 7, 10) and v.replace("-", "").isdigit()):
                f.pop(k)
        return f

    def where(self, skip: str | None = None) -> tuple[list[str], list]:
        """SQL conditions (on table alias ``d``) and their parameters, without the facet ``skip``."""
        conds, params = [], []
        status = self.get("status", "kept")
        if skip != "status" and status != "all":
            conds.append("d.kept = ?")
            params.append(1 if status == "kept" else 0)
        for k in ("reason", "agency", "section", "host", "lang"):
            if k != skip and k in self:
                if self[k] == "-":  # the "unknown" bucket of a facet
                    conds.append(f"d.{k} IS NULL")
                else:
                    conds.append(f"d.{k} = ?")
                    params.append(self[k])
        if "from" in self:
            conds.append("d.day >= ?")
            params.append(self["from"])
        if "to" in self:
            conds.append("d.day <= ?")
            params.append(self["to"] + ("-99" if len(self["to"]) < 10 else ""))
        return conds, params


RESULT_COLS = "d.rowid, d.id, d.kept, d.reason, d.host, d.agency, d.section, d.published, d.published_jalali, " \
              "d.surtitle, d.title, d.lead, d.text, d.lang, d.chars, d.url"


class Index:
    """Read-only queries over an index file; one SQLite connection per thread."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self.meta = read_meta(self.path) or {}
        self._cache: dict = {}

    @property
    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            con.row_factory = sqlite3.Row
            con.execute("PRAGMA query_only=1")
            con.execute("PRAGMA cache_size=-32768")
            con.execute("PRAGMA temp_store=MEMORY")
            self._local.con = con
        return con

    def search(self, query: Query, filters: Filters, *, page: int = 1, per_page: int = 20) -> dict:
        """Matching documents (best first, or newest first without a query), their total and facets."""
        t0 = time.perf_counter()
        conds, params = filters.where()
        offset = (max(1, page) - 1) * per_page
        if query:
            sql_from = "fts JOIN docs d ON d.rowid = fts.rowid"
            conds_m = ["fts MATCH ?"] + conds
            params_m = [query.fts] + params
            order = "bm25(fts, 4.0, 1.0), d.rowid"
        else:
            sql_from = "docs d"
            conds_m, params_m = conds, params
            order = "d.day IS NULL, d.day DESC, d.rowid"
        where = (" WHERE " + " AND ".join(conds_m)) if conds_m else ""
        try:
            rows = self.con.execute(f"SELECT {RESULT_COLS} FROM {sql_from}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                                    params_m + [per_page, offset]).fetchall()
            facets = self.facets(query, filters)
        except sqlite3.OperationalError as e:  # e.g. a query FTS5 cannot parse
            log.warning("search failed: %s", e)
            rows, facets = [], {k: [] for k in FACETS}
        total = sum(c for v, c in facets.get("status", []) if filters.get("status", "kept") in ("all", v))
        return {"total": total, "rows": [dict(r) for r in rows], "facets": facets,
                "page": max(1, page), "per_page": per_page, "took_ms": round(1000 * (time.perf_counter() - t0), 2)}

    def facets(self, query: Query, filters: Filters, *, top: int = 15) -> dict[str, list[tuple[str, int]]]:
        """Counts per facet value; each facet ignores its own filter (so other values stay visible)."""
        key = ("facets", query.fts if query else "", tuple(sorted(filters.items())))
        if key in self._cache:
            return self._cache[key]
        date_f = Filters({k: v for k, v in filters.items() if k in ("from", "to")}, status="all")
        dconds, dparams = date_f.where()
        if query:
            base = "SELECT d.* FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?" + \
                   "".join(" AND " + c for c in dconds)
            bparams = [query.fts] + dparams
        else:
            base = "SELECT d.* FROM docs d" + ((" WHERE " + " AND ".join(dconds)) if dconds else "")
            bparams = dparams
        selects, params = [], list(bparams)
        for facet in FACETS:
            conds, p = filters.where(skip=facet)
            conds = [c for c in conds if not c.startswith("d.day")]
            if facet == "reason":  # only rejected documents have a reason
                conds.append("d.kept = 0")
            p = p[: len(p) - sum(1 for k in ("from", "to") if k in filters)]
            col = "CASE d.kept WHEN 1 THEN 'kept' ELSE 'rejected' END" if facet == "status" else f"d.{facet}"
            selects.append(f"SELECT '{facet}' AS f, {col} AS v, count(*) AS n FROM hits d"
                           + ((" WHERE " + " AND ".join(conds)) if conds else "") + " GROUP BY v")
            params += p
        sql = f"WITH hits AS MATERIALIZED ({base}) " + " UNION ALL ".join(selects)
        result: dict[str, list] = {k: [] for k in FACETS}
        for f, v, n in self.con.execute(sql, params):
            result[f].append((v if v is not None else "-", n))
        for f in result:
            result[f].sort(key=lambda x: (-x[1], x[0]))
            result[f] = result[f][:top] if f != "status" else result[f]
        if len(self._cache) > 256:
            self._cache.clear()
        self._cache[key] = result
        return result

    def document(self, doc_id: str) -> dict | None:
        """One document by id (the kept one first when ids repeat), or by ``#rowid``."""
        if doc_id.startswith("#") and doc_id[1:].isdigit():
            row = self.con.execute("SELECT rowid, * FROM docs WHERE rowid = ?", (int(doc_id[1:]),)).fetchone()
        else:
            row = self.con.execute("SELECT rowid, * FROM docs WHERE id = ? ORDER BY kept DESC, rowid LIMIT 1",
                                   (doc_id,)).fetchone()
        if row is None:
            return None
        doc = dict(row)
        for k in ("signals", "edits"):
            doc[k] = json.loads(doc[k]) if doc[k] else None
        z = self.con.execute("SELECT z FROM raw WHERE rowid = ?", (doc["rowid"],)).fetchone()
        doc["raw"] = zlib.decompress(z[0]).decode("utf-8", "replace") if z else None
        return doc

    def related(self, doc: dict, *, limit: int = 20) -> dict[str, list[dict]]:
        """Documents of the same story and of the same duplicate cluster."""
        out = {}
        for key in ("story", "dup_cluster"):
            v = doc.get(key)
            if not v:
                out[key] = []
                continue
            cond = "(d.dup_cluster = ? OR d.id = ?)" if key == "dup_cluster" else "d.story = ?"
            params = [v, v] if key == "dup_cluster" else [v]
            rows = self.con.execute(f"SELECT {RESULT_COLS} FROM docs d WHERE {cond} AND d.rowid != ? "
                                    f"ORDER BY d.kept DESC, d.day, d.rowid LIMIT ?", params + [doc["rowid"], limit])
            out[key] = [dict(r) for r in rows]
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
        # text length in characters, on a log2 scale: bucket b holds lengths in [2^b, 2^(b+1))
        d["length"] = [tuple(r) for r in c.execute(
            "SELECT CASE WHEN chars < 1 THEN 0 ELSE CAST(log2(chars) AS INTEGER) + 1 END b, sum(kept), sum(1 - kept) "
            "FROM docs GROUP BY b ORDER BY b")]
        signals = {}
        for name in ("stopword_ratio", "persian_letter_ratio", "dup_line_fraction", "chrome_line_fraction"):
            rows = c.execute(
                f"SELECT min(CAST(json_extract(signals, '$.{name}') * 20 AS INTEGER), 19) b, sum(kept), sum(1 - kept) "
                f"FROM docs WHERE json_extract(signals, '$.{name}') IS NOT NULL GROUP BY b ORDER BY b").fetchall()
            signals[name] = [tuple(r) for r in rows]
        rows = c.execute("SELECT min(CAST(lang_score * 20 AS INTEGER), 19) b, sum(kept), sum(1 - kept) FROM docs "
                         "WHERE lang_score IS NOT NULL AND lang_score > 0 GROUP BY b ORDER BY b").fetchall()
        signals["lang_score"] = [tuple(r) for r in rows]
        d["signals"] = signals
        d["edits"] = {}
        for name in ("zwnj_inserted", "space_to_zwnj", "zwnj_removed", "arabic_letters", "digits", "diacritics"):
            d["edits"][name] = c.execute(
                f"SELECT coalesce(sum(json_extract(edits, '$.{name}')), 0) FROM docs").fetchone()[0]
        self._cache["dashboard"] = d
        return d
