"""JSON lines (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``) with a ``text`` or ``html`` field."""
from __future__ import annotations

import gzip
import io
import json
import zlib

import zstandard

from .base import Reader, Unit
from .decode import NotText, decode_bytes
from .records import content_id, make_document


def open_binary(path: str):
    """The decompressed byte stream of ``path`` (by its suffix)."""
    lower = path.lower()
    if lower.endswith(".gz"):
        return gzip.open(path, "rb")
    if lower.endswith((".zst", ".zstd")):
        fh = open(path, "rb")
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(fh, closefd=True))
    return open(path, "rb")


def record_to_document(rec, *, source: str, ctx, input: str, position) -> dict | None:
    """A document from one JSON/Parquet record, or None (with an error recorded) if it has no page."""
    if not isinstance(rec, dict):
        ctx.error(input, "reader_bad_record", position=position, step="reader",
                  error=f"expected an object, got {type(rec).__name__}")
        return None
    html, text = rec.get("html"), rec.get("text")
    if isinstance(html, str) and html.strip():
        content, fmt = html, "html"
    elif isinstance(text, str):
        content, fmt = text, "text"
    elif isinstance(html, str):
        content, fmt = html, "html"
    else:
        ctx.error(input, "reader_no_text", position=position, step="reader",
                  error="the record has no string field 'text' or 'html'")
        return None
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    rid = rec.get("id")
    rid = str(rid) if rid is not None and str(rid).strip() else content_id(url, content)
    return make_document(id=rid, source=source, text=content, fmt=fmt, url=url)


def _skip(fh, n: int) -> None:
    """Read and drop ``n`` bytes of a stream that cannot seek (zstd)."""
    while n > 0:
        chunk = fh.read(min(n, 1 << 20))
        if not chunk:
            return
        n -= len(chunk)


class JsonlReader(Reader):
    kind = "jsonl"

    def read(self, unit: Unit, ctx):
        lineno = 0
        try:
            fh = open_binary(unit.path)
        except OSError as e:
            ctx.error(unit.path, "reader_unreadable", error=f"{type(e).__name__}: {e.strerror}", step="reader")
            return
        with fh:
            start, end = unit.part or (0, None)
            if start:
                # part of a split file: its lines are those that start in [start, end); the line
                # that straddles `start` belongs to the part before (positions are byte offsets)
                try:
                    if fh.seekable():
                        fh.seek(start - 1)  # a gzip stream seeks forward by decompressing
                    else:
                        _skip(fh, start - 1)
                    fh.readline()
                except (EOFError, OSError, zlib.error, zstandard.ZstdError):
                    return  # damage before this part: the part that holds it reports it
            while True:
                if end is not None:
                    offset = fh.tell()
                    if offset >= end:
                        return
                    lineno = offset  # a part numbers its records by byte offset, not by line
                where = f"line {lineno}" if end is None else f"byte {lineno}"
                try:
                    line = fh.readline(self.max_doc_bytes + 1)
                except (EOFError, OSError, zlib.error, zstandard.ZstdError) as e:
                    ctx.error(unit.path, "reader_truncated", step="reader", error=f"{type(e).__name__}: {e}",
                              position=f"line {lineno + 1}" if end is None else where)
                    return
                if not line:
                    return
                if end is None:
                    lineno += 1
                    where = f"line {lineno}"
                if ctx.progress:
                    ctx.progress(0, len(line))
                if len(line) > self.max_doc_bytes and not line.endswith(b"\n"):
                    ctx.error(unit.path, "reader_too_large", position=where, step="reader",
                              error=f"line longer than max_doc_bytes={self.max_doc_bytes}")
                    try:  # skip the rest of the line
                        while line and not line.endswith(b"\n"):
                            line = fh.readline(1 << 20)
                    except (EOFError, OSError, zlib.error, zstandard.ZstdError) as e:
                        ctx.error(unit.path, "reader_truncated", position=where, step="reader",
                                  error=f"{type(e).__name__}: {e}")
                        return
                    continue
                if not line.strip():
                    continue
                try:
                    text, _ = decode_bytes(line)
                    rec = json.loads(text)
                except (NotText, ValueError) as e:
                    ctx.error(unit.path, "reader_bad_json", position=where, step="reader",
                              error=f"{type(e).__name__}: {str(e)[:200]}")
                    continue
                source = f"{unit.path}:{lineno}" if end is None else f"{unit.path}@{lineno}"
                doc = record_to_document(rec, source=source, ctx=ctx, input=unit.path, position=where)
                if doc is not None:
                    yield doc
