"""WARC files (``.warc``, ``.warc.gz``, Common Crawl style): HTTP responses with HTML become documents.

Each ``response`` record whose HTTP content type is HTML (or unknown but looks like markup) is one
page. Its charset comes from the HTTP ``Content-Type`` header, else from ``<meta charset>`` /
``<meta http-equiv>``, else it is detected (:func:`palayesh.readers.decode.decode_bytes`: UTF-8,
then Windows-1256, then charset-normalizer). A truncated or corrupt file yields every record read
before the damage, then one error record; the run goes on.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from .base import Reader, Unit, open_input
from .decode import NotText, decode_page

log = logging.getLogger(__name__)

_HTML_HINT = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|p|div)[\s>]", re.I)


def iter_warc_records(path: str) -> Iterator[tuple[int, str | None, str | None, str | None]]:
    """``(record_offset, url, html, error)`` for each HTML response of a WARC file.

    ``error`` is set (and ``html`` None) for a record that cannot be decoded, and for damage
    (see :func:`iter_warc_bodies`).
    """
    for offset, url, body, ctype, error in iter_warc_bodies(path):
        if error is not None:
            yield offset, url, None, error
            continue
        assert body is not None  # a record without an error has its body
        try:
            text, _enc = decode_page(body, ctype)
        except NotText as e:
            yield offset, url, None, f"not text: {e}"
            continue
        yield offset, url, text, None


def iter_warc_bodies(path: str) -> Iterator[tuple[int, str | None, bytes | None, str | None, str | None]]:
    """``(record_offset, url, body, content_type, error)`` for each HTML response of a WARC file,
    its body still bytes (the language gate looks at them before anything is decoded).

    ``error`` is set (and ``url``, ``body`` None) for damage: bytes between records that are no
    record (garbage, a record cut or corrupt) are one error at the offset where they start, and
    reading goes on at the next record header (``WARC/1.``, or a gzip member that starts with one);
    damage that ends the file is one error where it starts.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    gz = str(path).lower().endswith(".gz")
    pos = 0  # where reading (re)starts
    with open_input(path) as fh:
        while True:
            fh.seek(pos)
            good = None  # offset of the last record read whole since `pos`
            bad = None   # offset of a record whose body could not be read
            try:
                for rec in ArchiveIterator(fh, parse_http=False):
                    offset = rec.stream_pos
                    if rec.record_type != WarcRecordType.response:
                        good = offset
                        continue
                    url = rec.headers.get("WARC-Target-URI")
                    try:
                        rec.parse_http()
                        body = rec.reader.read()
                    except Exception:  # a record cut or corrupt: resynchronized below
                        bad = offset
                        raise
                    good = offset
                    ctype = rec.http_headers.get("Content-Type") if rec.http_headers is not None else None
                    if ctype and "html" not in ctype.lower() and "xml" not in ctype.lower():
                        continue
                    if not ctype and not _HTML_HINT.search(body[:2048]):
                        continue
                    yield offset, url, body, ctype, None
            except Exception as e:  # garbage between records, a cut or corrupt record or gzip member
                start = bad if bad is not None else _record_end(fh, good, gz) if good is not None else pos
                nxt = _next_record(fh, start + 1, gz)
                if nxt is None:
                    yield start, None, None, None, f"{type(e).__name__}: {e} (at byte {start}, to the end of the file)"
                    return
                yield start, None, None, None, (f"{nxt - start} bytes that are no WARC record, skipped to the record "
                                          f"at byte {nxt}: {type(e).__name__}: {e}")
                pos = nxt
                continue
            break
    # fastwarc stops quietly at a cut gzip stream: check the compressed file ends cleanly. Only from
    # the last record read on (its gzip member, as Common Crawl writes one per record): decompressing
    # the whole file again would double the cost of reading it; where that part looks damaged (e.g.
    # one gzip member for the whole file, so `good` starts none), the whole file is checked
    if gz:
        damage = _gzip_damage(path, good) if good is not None else _gzip_damage(path, pos)
        if damage and good is not None and good != pos:
            damage = _gzip_damage(path, pos)
        if damage:
            yield (good if good is not None else pos, None, None, None,
                   f"truncated or corrupt gzip after the record at {good}: {damage}")


def _record_end(fh, offset: int, gz: bool) -> int:
    """Where the record at ``offset`` ends (its gzip member, or its block and the CRLFs after it)."""
    import zlib

    fh.seek(offset)
    if gz:
        d = zlib.decompressobj(zlib.MAX_WBITS | 16)
        used = 0
        while not d.eof:
            chunk = fh.read(1 << 16)
            if not chunk:
                return offset + used
            d.decompress(chunk, 0)
            while d.unconsumed_tail and not d.eof:  # drop the output as it comes
                d.decompress(d.unconsumed_tail, 1 << 20)
            used += len(chunk) - len(d.unused_data)
        return offset + used
    head = b""
    while b"\r\n\r\n" not in head and len(head) < (1 << 20):
        chunk = fh.read(1 << 14)
        if not chunk:
            return offset + len(head)
        head += chunk
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return offset + len(head)
    m = re.search(rb"(?im)^content-length:\s*(\d+)", head[:end])
    at = offset + end + 4 + (int(m.group(1)) if m else 0)
    fh.seek(at)
    tail = fh.read(4)
    return at + len(tail) - len(tail.lstrip(b"\r\n"))


def _next_record(fh, start: int, gz: bool) -> int | None:
    """The offset of the first record header at or after ``start``: ``WARC/1.`` at the start of a
    line, or, in a .warc.gz, a gzip member whose first bytes are one."""
    import zlib

    magic = b"\x1f\x8b\x08" if gz else b"WARC/1."
    at = start
    while True:
        fh.seek(at)
        chunk = fh.read(1 << 20)
        if len(chunk) < len(magic):
            return None
        i = chunk.find(magic)
        while i >= 0:
            p = at + i
            if gz:
                fh.seek(p)
                try:
                    ok = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(fh.read(4096), 16).startswith(b"WARC/1.")
                except zlib.error:
                    ok = False
            else:
                ok = i > 0 and chunk[i - 1:i] == b"\n" or i == 0 and _after_newline(fh, p)
            if ok:
                return p
            i = chunk.find(magic, i + 1)
        at += len(chunk) - len(magic) + 1


def _after_newline(fh, p: int) -> bool:
    if p == 0:
        return True
    fh.seek(p - 1)
    return fh.read(1) == b"\n"


def _gzip_damage(path: str, start: int = 0) -> str | None:
    """What is wrong with the gzip members of ``path`` from ``start`` on, or None."""
    import gzip
    import zlib

    try:
        with open_input(path) as raw:
            raw.seek(start)
            with gzip.GzipFile(fileobj=raw, mode="rb") as g:
                while g.read(1 << 20):
                    pass
    except (EOFError, OSError, zlib.error) as e:
        return f"{type(e).__name__}: {e}"
    return None


class WarcReader(Reader):
    """One document per HTML response record; id = ``<file id>/<record offset>`` (:func:`base.doc_id`).

    With ``gate`` on, each record's body is first judged by the language gate (:mod:`.gate`), on its
    bytes: a page that is clearly not Persian is rejected as ``gate_not_fa`` without being decoded
    or parsed. Only a sample of those is kept for ``rejected/`` (``keep_rejected_sample``, chosen by
    a hash of the record's id, so a rerun keeps the same ones); the others are only counted
    (:func:`count_sampled_out`), so that a crawl's ``rejected/`` does not grow with the crawl."""

    kind = "warc"

    def __init__(self, *, max_doc_bytes: int = 64 * 1024 * 1024, gate: bool = False,
                 keep_rejected_sample: float = 1.0):
        super().__init__(max_doc_bytes=max_doc_bytes)
        self.gate = gate
        self.keep_rejected_sample = keep_rejected_sample

    def read(self, unit: Unit, ctx):
        from .base import doc_id
        from .gate import gate
        from .records import make_document

        base = doc_id(unit)
        n = 0
        stats = ctx.stats if self.gate else None
        for offset, url, body, ctype, error in iter_warc_bodies(unit.path):
            if error is not None:
                ctx.error(unit.path, "reader_warc_damaged", position=offset, error=error, step="reader")
                continue
            assert body is not None  # a record without an error has its body
            id_ = f"{base}/{offset}"
            reason = None
            if stats is not None:
                keep, why = gate(body, ctype)
                stats.incr(f"gate/{why}")
                if not keep:
                    reason = GATE_REASON
                    if not sampled(id_, self.keep_rejected_sample):
                        count_sampled_out(stats, reason)
                        if ctx.progress:
                            ctx.progress(0, len(body))
                        continue
            if len(body) > self.max_doc_bytes:
                ctx.error(unit.path, "reader_too_large", position=offset, step="reader",
                          error=f"larger than max_doc_bytes={self.max_doc_bytes}")
                continue
            try:
                html, _enc = decode_page(body, ctype)
            except NotText as e:
                ctx.error(unit.path, "reader_undecodable", position=offset, error=f"not text: {e}", step="reader")
                continue
            n += 1
            doc = make_document(id=id_, source=f"{unit.path}#{offset}", text=html, fmt="html", url=url)
            if reason is not None:
                doc["reason"] = reason
            if ctx.progress:
                ctx.progress(0, len(html))
            yield doc
        if n == 0:
            log.info("warc: no HTML responses in %s", unit.path)


#: the drop reason of a page the language gate judged not Persian
GATE_REASON = "gate_not_fa"


def sampled(id_: str, rate: float) -> bool:
    """Whether the rejected document ``id_`` is among the sample kept in ``rejected/``: decided by a
    hash of its id, so the same documents are kept run after run (and on any worker).

    >>> sampled("crawl-00001/1234", 1.0), sampled("crawl-00001/1234", 0.0)
    (True, False)
    """
    if rate >= 1.0:
        return True
    if rate <= 0.0:
        return False
    import xxhash

    return xxhash.xxh3_64_intdigest(id_.encode("utf-8", "surrogatepass")) < rate * 2.0**64


def count_sampled_out(stats, reason: str) -> None:
    """Count a document read and rejected but not written to ``rejected/`` (left out of the sample):
    ``stats.json`` then still adds up, read = kept + rejected, and rejected/ holds
    rejected - ``not_sampled`` of them."""
    stats.incr("docs/read")
    stats.incr("docs/rejected")
    stats.incr(f"reasons/{reason}")
    stats.incr("docs/not_sampled")
