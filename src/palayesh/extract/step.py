"""The pipeline step that fills the structured fields of a record from its raw page."""
from __future__ import annotations

from urllib.parse import urlsplit

from ..pipeline import Transform
from . import extract
from .options import ExtractOptions


class ExtractStep(Transform):
    name = "extract"

    def __init__(self, options: ExtractOptions | None = None):
        self.options = options or ExtractOptions()

    def transform(self, doc):
        raw = doc.get("raw") or ""
        art = extract(raw, url=doc.get("url"), options=self.options)
        for f in ("section", "surtitle", "title", "lead", "agency", "published", "published_jalali"):
            doc[f] = getattr(art, f)
        doc["text"] = art.text
        url = doc.get("url") or art.url
        doc["url"] = url
        if url and not doc.get("host"):
            doc["host"] = urlsplit(url).hostname


def read_steps(options: ExtractOptions) -> list:
    """Steps of the ``read`` stage that collect what extraction needs from the whole run."""
    return []


def read_barrier(options: ExtractOptions):
    """The barrier that merges what :func:`read_steps` collected (None: nothing to merge)."""
    return None
