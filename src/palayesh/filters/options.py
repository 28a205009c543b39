"""Options of language identification and quality filtering (the ``[filters]`` table)."""
from __future__ import annotations

from dataclasses import dataclass

from ..options import validate


@dataclass(frozen=True, kw_only=True)
class FilterOptions:
    #: language identification and the quality filters on or off as a whole
    enabled: bool = True

    def __post_init__(self):
        validate(self)
