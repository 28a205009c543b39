"""Making a document record from what a reader decoded."""
from __future__ import annotations

import xxhash

from ..document import new_document
from ..urls import host_of


def content_id(url: str | None, content: str) -> str:
    """A stable id for a record that has none: a hash of its URL and content."""
    h = xxhash.xxh3_64()
    h.update((url or "").encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(content.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def make_document(*, id: str, source: str, text: str, fmt: str, url: str | None = None,
                  encoding: str | None = None) -> dict:
    """A new record for a decoded page; a page with nothing but whitespace is rejected
    right away as ``reader_empty`` (it still goes to ``rejected/``, nothing disappears).

    NUL characters are dropped from every page alike, whichever reader read it: a stray NUL is
    no text, and the HTML and XML tools of later steps refuse strings that hold one."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    doc = new_document(id=id, source=source, raw=text, url=url)
    doc["host"] = host_of(url)
    doc["_format"] = fmt
    if encoding and encoding != "utf-8":
        doc["_encoding"] = encoding
    if not text.strip():
        doc["reason"] = "reader_empty"
    return doc
