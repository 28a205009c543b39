"""The final writers: ``docs/`` and ``rejected/`` as Parquet or gzip JSON lines, one file per shard."""
from __future__ import annotations

import gzip
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from ..document import REJECTED_SCHEMA, SCHEMA, public_record
from ..fsutil import tmp_path_for
from ..pipeline.base import Sink

#: rows are written in groups: bounded memory, and readers can stream the files
ROWS_PER_GROUP = 1000
#: ... or earlier, when the rows held reach this many characters (pages with raw can be large)
CHARS_PER_GROUP = 64 * 1024 * 1024


class _ParquetPart:
    def __init__(self, path: str, schema: pa.Schema):
        self.path, self.schema = path, schema
        self._tmp = os.fspath(tmp_path_for(path))
        self._writer: pq.ParquetWriter | None = None
        self._rows: list[dict] = []
        self._chars = 0

    def write(self, row: dict) -> None:
        self._rows.append(row)
        self._chars += len(row.get("raw") or "") + len(row.get("text") or "")
        if len(self._rows) >= ROWS_PER_GROUP or self._chars >= CHARS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        if self._writer is None:
            os.makedirs(os.path.dirname(self._tmp), exist_ok=True)
            self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")
        self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
        self._rows, self._chars = [], 0

    def close(self) -> None:
        self._flush()
        if self._writer is not None:
            self._writer.close()
            os.replace(self._tmp, self.path)


class _JsonlPart:
    def __init__(self, path: str, schema=None):
        self.path = path
        self._tmp = os.fspath(tmp_path_for(path))
        self._fh: gzip.GzipFile | None = None

    def write(self, row: dict) -> None:
        if self._fh is None:
            os.makedirs(os.path.dirname(self._tmp), exist_ok=True)
            # mtime=0: the same rows give the same bytes, run after run
            self._fh = gzip.GzipFile(self._tmp, "wb", compresslevel=6, mtime=0)
        self._fh.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            os.replace(self._tmp, self.path)


class OutputSink:
    """Routes each document of a shard: kept ones to ``docs/``, those with a ``reason`` to
    ``rejected/``. Files are named by shard, so redoing a shard replaces its files."""

    def __init__(self, out_dir: str | os.PathLike, shard: int, *, format: str = "parquet",
                 keep_raw: bool = True, stats=None):
        out_dir = os.fspath(out_dir)
        part, ext = (_ParquetPart, "parquet") if format == "parquet" else (_JsonlPart, "jsonl.gz")
        name = f"part-{shard:05d}.{ext}"
        self._docs = part(os.path.join(out_dir, "docs", name), SCHEMA)
        self._rejected = part(os.path.join(out_dir, "rejected", name), REJECTED_SCHEMA)
        self.keep_raw = keep_raw
        self.stats = stats

    def write(self, doc: dict) -> None:
        reason = doc.get("reason")
        if reason:
            self._rejected.write(public_record(doc, keep_raw=self.keep_raw, with_reason=True))
            if self.stats is not None:
                self.stats.incr("docs/rejected")
                self.stats.incr(f"reasons/{reason}")
        else:
            self._docs.write(public_record(doc, keep_raw=self.keep_raw))
            if self.stats is not None:
                self.stats.incr("docs/kept")

    def close(self) -> None:
        self._docs.close()
        self._rejected.close()


class WriteOutput(Sink):
    """Ends the last stage: ``docs/`` and ``rejected/`` of the shard (:class:`OutputSink`)."""

    name = "write_output"

    def __init__(self, format: str = "parquet", keep_raw: bool = True):
        if format not in ("parquet", "jsonl"):
            raise ValueError(f"WriteOutput(format): expected 'parquet' or 'jsonl', got {format!r}")
        self.format = format
        self.keep_raw = keep_raw

    def open(self, ctx):
        return OutputSink(ctx.out, ctx.shard, format=self.format, keep_raw=self.keep_raw, stats=ctx.stats)
