"""Take a selection away: every document of a search and its facets as JSONL, CSV or Parquet, streamed.

No cap and flat memory: matching rowids are read by keyset (``rowid > last``, :meth:`Index.iter_rowids`)
in batches of :data:`BATCH`, each batch's fields read, written and handed to the server before the
next is read. The order is the index's (the order of the parts), not relevance: a ranked order would
have to hold every hit. Parquet is written one row group per batch into a sink that the response drains.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from .index import Filters, Index
from .tokens import Query

BATCH = 1000
#: the columns of an export, in order
FIELDS = ("id", "kept", "reason", "title", "surtitle", "lead", "text", "url", "source", "host", "agency", "section",
          "published", "published_jalali", "lang", "lang_score", "chars", "words", "dup_cluster", "dup_score",
          "story", "signals")
#: ``{format: content type}``
FORMATS = {
    "jsonl": "application/x-ndjson; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}


def _batches(ix: Index, query: Query, filters: Filters) -> Iterator[list[dict]]:
    for rowids in ix.iter_rowids(query, filters, batch=BATCH):
        rows = ix.export_rows(rowids)
        for r in rows:
            r["kept"] = bool(r["kept"])
            r["signals"] = json.loads(r["signals"]) if r["signals"] else None
        yield rows


def jsonl(ix: Index, query: Query, filters: Filters) -> Iterator[bytes]:
    for rows in _batches(ix, query, filters):
        yield "".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def csv_(ix: Index, query: Query, filters: Filters) -> Iterator[bytes]:
    buf = io.StringIO()
    w = csv.writer(buf)
    buf.write("\ufeff")  # a BOM: spreadsheet programs then read the Persian as UTF-8
    w.writerow(FIELDS)
    for rows in _batches(ix, query, filters):
        for r in rows:
            w.writerow([json.dumps(r[k], ensure_ascii=False) if k == "signals" and r[k] is not None else r[k]
                        for k in FIELDS])
        yield buf.getvalue().encode("utf-8")
        buf.seek(0)
        buf.truncate()
    if buf.tell():
        yield buf.getvalue().encode("utf-8")


class _Sink(io.RawIOBase):
    """A write-only file that keeps what was written until :meth:`drain` takes it."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.pos = 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        data = bytes(b)
        self.chunks.append(data)
        self.pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self.pos

    def drain(self) -> bytes:
        out = b"".join(self.chunks)
        self.chunks.clear()
        return out


def parquet(ix: Index, query: Query, filters: Filters) -> Iterator[bytes]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"kept": pa.bool_(), "lang_score": pa.float64(), "dup_score": pa.float64(), "chars": pa.int64(),
             "words": pa.int64()}
    schema = pa.schema([(k, types.get(k, pa.string())) for k in FIELDS])
    sink = _Sink()
    writer = pq.ParquetWriter(sink, schema, compression="zstd")
    try:
        for rows in _batches(ix, query, filters):
            for r in rows:
                if r["signals"] is not None:
                    r["signals"] = json.dumps(r["signals"], ensure_ascii=False)
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            yield sink.drain()
    finally:
        writer.close()
    yield sink.drain()


WRITERS = {"jsonl": jsonl, "csv": csv_, "parquet": parquet}
