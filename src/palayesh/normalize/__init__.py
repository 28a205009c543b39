"""Persian normalization: letters, digits, spacing and lost half-spaces (ZWNJ).

PLACEHOLDER of the pipeline core: for now only whitespace cleanup (NBSP and odd spaces, CRLF,
BOM, repeated spaces). Character normalization and ZWNJ restoration plug in here.
"""
from __future__ import annotations

from collections import Counter

from .options import NormalizeOptions

__all__ = ["NormalizeOptions", "Normalizer", "normalize"]

_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u3000": " ", "\t": " "})


class Normalizer:
    """Normalizes text with fixed options; reuse one instance for many texts."""

    def __init__(self, options: NormalizeOptions | None = None):
        self.options = options or NormalizeOptions()

    def normalize_with_edits(self, text: str) -> tuple[str, Counter]:
        edits = Counter()
        if "\r" in text:
            edits["line_endings"] += text.count("\r")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\ufeff" in text:
            edits["invisible_marks"] += text.count("\ufeff")
            text = text.replace("\ufeff", "")
        spaced = text.translate(_SPACES)
        edits["spaces"] += sum(a != b for a, b in zip(text, spaced))
        lines = []
        for line in spaced.split("\n"):
            clean = " ".join(line.split(" ")).strip()
            while "  " in clean:
                clean = clean.replace("  ", " ")
            edits["spaces"] += len(line) - len(clean)
            lines.append(clean)
        return "\n".join(lines), edits

    def normalize(self, text: str) -> str:
        return self.normalize_with_edits(text)[0]


_DEFAULT: Normalizer | None = None


def normalize(text: str, **options) -> str:
    """Normalize Persian ``text``.

    >>> normalize("سلام\u00a0\u00a0دنیا")
    'سلام دنیا'
    """
    global _DEFAULT
    if options:
        return Normalizer(NormalizeOptions(**options)).normalize(text)
    if _DEFAULT is None:
        _DEFAULT = Normalizer()
    return _DEFAULT.normalize(text)
