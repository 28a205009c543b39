"""Options of exact and near-duplicate removal and story clustering (the ``[dedup]`` table)."""
from __future__ import annotations

from dataclasses import dataclass

from ..options import validate


@dataclass(frozen=True, kw_only=True)
class DedupOptions:
    #: deduplication on or off as a whole
    enabled: bool = True

    def __post_init__(self):
        validate(self)
