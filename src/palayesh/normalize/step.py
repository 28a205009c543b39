"""The pipeline step that normalizes the extracted fields and counts its edits."""
from __future__ import annotations

from ..document import add_edits
from ..pipeline import Transform
from . import Normalizer
from .options import NormalizeOptions

#: fields of the record that hold Persian prose
FIELDS = ("section", "surtitle", "title", "lead", "text")
#: the page's head: normalized after its story, whose writing tells how to read them (:func:`types_zwnj`)
HEAD_FIELDS = FIELDS[:-1]
#: a story typed by a writer of ZWNJs shows this many at least ...
MIN_TYPED = 3
#: ... and needs at most this many half-spaces restored for each one written (a slip or two)
MAX_RESTORED = 0.1


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
        typed = False
        text = doc.get("text")
        if text:
            doc["text"], edits = norm.normalize_with_edits(text)
            typed = types_zwnj(text, edits)
            add_edits(doc, edits)
        for f in HEAD_FIELDS:
            value = doc.get(f)
            if value:
                value, edits = norm.normalize_with_edits(value, typed=typed)
                doc[f] = value
                add_edits(doc, edits)


def types_zwnj(text: str, edits) -> bool:
    """Does the story ``text`` (as the page wrote it; ``edits`` its normalization's) come from a writer who
    types ZWNJs? At least :data:`MIN_TYPED` of them, and the restorer's half-spaces (inserted or put for
    spaces) at most :data:`MAX_RESTORED` of as many: the page's headline, section and lead are then read as
    that writer's lines (their glued words kept as written but for sure slips), not as text that lost its
    ZWNJs. A story that lost them, or a mixed one, leaves its head to the restorer as before.

    >>> from collections import Counter
    >>> types_zwnj("می‌روند و برنامه‌ها را می‌بینند", Counter()), types_zwnj("میروند", Counter(zwnj_inserted=1))
    (True, False)
    """
    written = text.count("\u200c")
    return written >= MIN_TYPED and edits.get("zwnj_inserted", 0) + edits.get("space_to_zwnj", 0) <= (
        written * MAX_RESTORED)
