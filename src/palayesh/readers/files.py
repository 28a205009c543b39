"""One document per file: flat-text pages (``.txt``) and HTML pages (``.html``, ``.htm``)."""
from __future__ import annotations

import os

from .base import Reader, Unit, doc_id, open_input
from .decode import NotText, decode_bytes
from .records import make_document


def read_at_most(fh, limit: int) -> bytes:
    """``fh.read(limit)``: the file's first ``limit`` bytes, or all of a shorter one. A buffered
    read sets ``limit`` bytes aside before it reads (64 MiB, ``max_doc_bytes``, for a page of
    10 kB: a fresh mapping of memory and its release, page by page, per file), so a local file is
    asked for its size (and one byte more, in case it grew) instead."""
    try:
        size = os.fstat(fh.fileno()).st_size
    except (OSError, ValueError, AttributeError):  # (an object of a store: no file descriptor)
        return fh.read(limit)
    if size >= limit:
        return fh.read(limit)
    data = fh.read(size + 1)
    if len(data) <= size:
        return data
    return data + fh.read(limit - len(data))  # (it grew since: read on as far as the limit)


class FileReader(Reader):
    """Reads a whole file as one page; the document id is the file stem (:func:`base.doc_id`)."""

    kind = "file"

    def read(self, unit: Unit, ctx):
        try:
            with open_input(unit.path) as fh:
                data = read_at_most(fh, self.max_doc_bytes + 1)
        except OSError as e:
            ctx.error(unit.path, "reader_unreadable", error=f"{type(e).__name__}: {e.strerror}", step="reader")
            return
        if len(data) > self.max_doc_bytes:
            ctx.error(unit.path, "reader_too_large", step="reader",
                      error=f"larger than max_doc_bytes={self.max_doc_bytes}")
            return
        try:
            text, encoding = decode_bytes(data)
        except NotText as e:
            ctx.error(unit.path, "reader_binary", error=str(e), step="reader")
            return
        doc = make_document(id=doc_id(unit), source=unit.path, text=text,
                            fmt="html" if unit.kind == "html" else "text", encoding=encoding)
        if ctx.progress:
            ctx.progress(0, len(data))
        yield doc
