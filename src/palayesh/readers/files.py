"""One document per file: flat-text pages (``.txt``) and HTML pages (``.html``, ``.htm``)."""
from __future__ import annotations

from .base import Reader, Unit, doc_id, open_input
from .decode import NotText, decode_bytes
from .records import make_document


class FileReader(Reader):
    """Reads a whole file as one page; the document id is the file stem (:func:`base.doc_id`)."""

    kind = "file"

    def read(self, unit: Unit, ctx):
        try:
            with open_input(unit.path) as fh:
                data = fh.read(self.max_doc_bytes + 1)
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
