"""Options of article extraction (the ``[extract]`` table of a config file)."""
from __future__ import annotations

from dataclasses import dataclass

from ..options import validate


@dataclass(frozen=True, kw_only=True)
class ExtractOptions:
    #: per-page time limit for HTML parsing, in seconds (None = no limit)
    html_timeout: float | None = 10.0

    def __post_init__(self):
        validate(self)
