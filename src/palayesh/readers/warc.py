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

from .base import Reader, Unit
from .decode import NotText, decode_bytes

log = logging.getLogger(__name__)

_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HTML_HINT = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|p|div)[\s>]", re.I)
#: aliases that Python's codecs do not know, as Persian sites send them
_ALIASES = {"windows-1256": "cp1256", "x-cp1256": "cp1256", "utf8": "utf-8", "iso-8859-6": "iso8859_6"}


def _charset(content_type: str | None, body: bytes) -> str | None:
    for source in ((content_type or "").encode("latin-1", "replace"), body[:4096]):
        m = (_CHARSET if source is not body[:4096] else _META_CHARSET).search(source)
        if m:
            name = m.group(1).decode("ascii", "replace").lower()
            return _ALIASES.get(name, name)
    return None


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTTP body: declared charset (header, then meta) where it decodes cleanly,
    else detection. Returns ``(text, encoding)``.

    >>> decode_page("<p>سلام</p>".encode("cp1256"), "text/html; charset=windows-1256")
    ('<p>سلام</p>', 'cp1256')
    """
    declared = _charset(content_type, body)
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return body.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body, declared=declared)


def iter_warc_records(path: str) -> Iterator[tuple[int, str | None, str | None, str | None]]:
    """``(record_offset, url, html, error)`` for each HTML response of a WARC file.

    ``error`` is set (and ``html`` None) for a record that cannot be decoded, and for the damage
    that ends a truncated file (offset = where reading stopped).
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    offset = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
                offset = rec.stream_pos
                url = rec.headers.get("WARC-Target-URI")
                ctype = rec.http_headers.get("Content-Type") if rec.http_headers is not None else None
                try:
                    body = rec.reader.read()
                except Exception as e:  # a record cut by truncation
                    yield offset, url, None, f"truncated record: {type(e).__name__}: {e}"
                    return
                if ctype and "html" not in ctype.lower() and "xml" not in ctype.lower():
                    continue
                if not ctype and not _HTML_HINT.search(body[:2048]):
                    continue
                try:
                    text, _enc = decode_page(body, ctype)
                except NotText as e:
                    yield offset, url, None, f"not text: {e}"
                    continue
                yield offset, url, text, None
    except Exception as e:  # truncated gzip member, garbage after the last record
        yield offset, None, None, f"{type(e).__name__}: {e}"
        return
    # fastwarc stops quietly at a cut gzip stream: check the compressed file ends cleanly
    if str(path).endswith(".gz"):
        damage = _gzip_damage(path)
        if damage:
            yield offset, None, None, f"truncated or corrupt gzip after the record at {offset}: {damage}"


def _gzip_damage(path: str) -> str | None:
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as g:
            while g.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as e:
        return f"{type(e).__name__}: {e}"
    return None


class WarcReader(Reader):
    """One document per HTML response record; id = ``<file stem>/<record offset>``."""

    kind = "warc"

    def read(self, unit: Unit, ctx):
        from .base import stem
        from .records import make_document

        base = stem(unit.path)
        n = 0
        for offset, url, html, error in iter_warc_records(unit.path):
            if error is not None:
                ctx.error(unit.path, "reader_warc_damaged" if html is None and url is None else "reader_undecodable",
                          position=offset, error=error, step="reader")
                continue
            assert html is not None  # a record without an error has its page
            if len(html) > self.max_doc_bytes:
                ctx.error(unit.path, "reader_too_large", position=offset, step="reader",
                          error=f"larger than max_doc_bytes={self.max_doc_bytes}")
                continue
            n += 1
            doc = make_document(id=f"{base}/{offset}", source=f"{unit.path}#{offset}", text=html,
                                fmt="html", url=url)
            if ctx.progress:
                ctx.progress(0, len(html))
            yield doc
        if n == 0:
            log.info("warc: no HTML responses in %s", unit.path)
