"""Options of Persian normalization (the ``[normalize]`` table of a config file)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..options import validate


@dataclass(frozen=True, kw_only=True)
class NormalizeOptions:
    #: "keep": each number stays in its script (Arabic-Indic -> Persian); "persian" / "latin": convert all
    digits: Literal["keep", "persian", "latin"] = "keep"

    def __post_init__(self):
        validate(self)
