"""JSON lines (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``) with a ``text`` or ``html`` field."""
from __future__ import annotations

import gzip
import io
import json
import zlib

import zstandard

from ..storage import is_url
from .base import Reader, Unit, input_size, open_input
from .decode import NotText, decode_bytes
from .records import content_id, make_document


def open_binary(path: str):
    """The decompressed byte stream of ``path`` (by its suffix)."""
    lower = path.lower()
    if lower.endswith(".gz"):
        return _GzipStream(open_input(path)) if is_url(path) else gzip.open(path, "rb")
    if lower.endswith((".zst", ".zstd")):
        return io.BufferedReader(_ZstdStream(path), 1 << 17)  # fewer calls into Python per byte
    return open_input(path)


class _GzipStream(gzip.GzipFile):
    """A gzip stream over a file object it owns (an object of a store): closing it closes that too."""

    def __init__(self, raw):
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


class _ZstdStream(io.RawIOBase):
    """The decompressed stream of a .zst file that, unlike zstandard's reader, does not end quietly
    where the file was cut: at its end it checks the last frame is whole, else raises EOFError."""

    def __init__(self, path: str):
        self._path = path
        self._reader = zstandard.ZstdDecompressor().stream_reader(open_input(path), closefd=True)  # noqa: SIM115 (closed with it)
        self._pos = 0
        self._checked = False

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._reader.readinto(b)
        self._pos += n
        if n == 0 and not self._checked:
            self._checked = True
            damage = zstd_damage(self._path)
            if damage:
                raise EOFError(f"zstd stream cut short: {damage}")
        return n

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        if not self.closed:
            self._reader.close()
        super().close()


_ZSTD_MAGIC = 0xFD2FB528


def zstd_damage(path: str) -> str | None:
    """What is wrong with the frame structure of a .zst file (a frame cut short, bytes that are no
    frame), or None when it is whole. Walks the frame and block headers only (RFC 8878 §3.1)."""
    size = input_size(path)
    with open_input(path) as fh:
        while True:
            at = fh.tell()
            magic = fh.read(4)
            if not magic:
                return None
            if len(magic) < 4:
                return f"a frame header cut at byte {at}"
            m = int.from_bytes(magic, "little")
            if m & 0xFFFFFFF0 == 0x184D2A50:  # a skippable frame: its size, then that many bytes
                n = fh.read(4)
                if len(n) < 4 or fh.seek(int.from_bytes(n, "little"), 1) > size:
                    return f"a skippable frame cut at byte {at}"
                continue
            if m != _ZSTD_MAGIC:
                return f"no zstd frame at byte {at}"
            first = fh.read(1)
            if not first:
                return f"a frame header cut at byte {at}"
            fhd = first[0]  # the frame header descriptor
            single = fhd >> 5 & 1
            header = (0 if single else 1) + (0, 1, 2, 4)[fhd & 3] + ((1 if single else 0), 2, 4, 8)[fhd >> 6]
            if fh.seek(header, 1) > size:
                return f"a frame header cut at byte {at}"
            while True:
                block = fh.read(3)
                if len(block) < 3:
                    return f"the frame at byte {at} is cut short"
                v = int.from_bytes(block, "little")
                if fh.seek(1 if (v >> 1 & 3) == 1 else v >> 3, 1) > size:  # an RLE block holds one byte
                    return f"the frame at byte {at} is cut short"
                if v & 1:  # the last block of the frame
                    break
            if fhd >> 2 & 1 and fh.seek(4, 1) > size:  # the content checksum
                return f"the frame at byte {at} is cut short"


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
        chunk = fh.read(min(n, CHUNK))
        if not chunk:
            return
        n -= len(chunk)


#: the rest of a line that is not read (an over-long line, the line a part starts inside) is
#: dropped this many bytes at a time, so that a line without end costs no more memory than this
CHUNK = 1 << 20


def skip_line(fh, end: int | None = None, progress=None) -> bool:
    """Read and drop the rest of the current line a chunk at a time. True when it ended at a newline
    before stream position ``end``; False at the end of the stream, or once ``end`` is passed (the
    next line then starts in a later part of the file and is not this part's)."""
    while True:
        chunk = fh.readline(CHUNK)
        if not chunk:
            return False
        if progress:
            progress(0, len(chunk))
        if chunk.endswith(b"\n"):
            return True
        if end is not None and fh.tell() >= end:
            return False


#: what a damaged compressed stream raises while it is read
DAMAGE = (EOFError, OSError, zlib.error, zstandard.ZstdError)


class JsonlReader(Reader):
    """One document per line. A line longer than ``max_doc_bytes`` (64 MiB by default) is not held:
    it becomes one ``reader_line_too_long`` error and the lines after it are read."""

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
                    if not skip_line(fh, end):
                        return  # no line starts in this part
                except DAMAGE:
                    return  # damage before this part: the part that holds it reports it
            while True:
                if end is not None:
                    offset = fh.tell()
                    if offset >= end:
                        return
                    lineno = offset  # a part numbers its records by byte offset, not by line
                where = f"line {lineno + 1}" if end is None else f"byte {lineno}"
                try:
                    line = fh.readline(self.max_doc_bytes + 1)
                    if not line:
                        return
                    if end is None:
                        lineno += 1
                    if ctx.progress:
                        ctx.progress(0, len(line))
                    if len(line) > self.max_doc_bytes and not line.endswith(b"\n"):
                        ctx.error(unit.path, "reader_line_too_long", position=where, step="reader",
                                  error=f"line longer than max_doc_bytes={self.max_doc_bytes}")
                        if not skip_line(fh, end, ctx.progress):
                            return
                        continue
                except DAMAGE as e:
                    ctx.error(unit.path, "reader_truncated", step="reader", error=f"{type(e).__name__}: {e}",
                              position=where)
                    return
                if not line.strip():
                    continue
                source = f"{unit.path}:{lineno}" if end is None else f"{unit.path}@{lineno}"
                try:
                    doc = self._document(line, source, unit.path, where, ctx)
                except Exception as e:  # a bug on one line must not lose the lines after it
                    ctx.error(unit.path, "reader_failed", position=where, step="reader",
                              error=f"{type(e).__name__}: {str(e)[:200]}")
                    continue
                if doc is not None:
                    yield doc

    @staticmethod
    def _document(line: bytes, source: str, input: str, where: str, ctx) -> dict | None:
        try:
            text, _ = decode_bytes(line)
            rec = json.loads(text)
        except (NotText, ValueError, RecursionError) as e:  # RecursionError: JSON nested too deep
            ctx.error(input, "reader_bad_json", position=where, step="reader",
                      error=f"{type(e).__name__}: {str(e)[:200]}")
            return None
        return record_to_document(rec, source=source, ctx=ctx, input=input, position=where)
