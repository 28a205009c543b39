"""The pipeline step that normalizes the extracted fields and counts its edits."""
from __future__ import annotations

from ..document import add_edits
from ..pipeline import Transform
from . import Normalizer
from .options import NormalizeOptions

#: fields of the record that hold Persian prose
FIELDS = ("section", "surtitle", "title", "lead", "text")


class NormalizeStep(Transform):
    name = "normalize"

    def __init__(self, options: NormalizeOptions | None = None):
        self.options = options or NormalizeOptions()
        self._normalizer = None

    def setup(self, ctx):
        if self._normalizer is None:
            self._normalizer = Normalizer(self.options)

    def warm(self):
        # (the ZWNJ word lists and gap model load on a normalizer's first text: 0.2 s of CPU)
        self.setup(None)
        self._normalizer.normalize("ميروند")

    def transform(self, doc):
        norm = self._normalizer
        for f in FIELDS:
            value = doc.get(f)
            if value:
                value, edits = norm.normalize_with_edits(value)
                doc[f] = value
                add_edits(doc, edits)
