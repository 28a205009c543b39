"""Language identification, quality signals and the filters over them."""
from __future__ import annotations

from .options import FilterOptions

__all__ = ["FilterOptions", "process_steps"]


def process_steps(options: FilterOptions) -> list:
    """Steps of the ``process`` stage, after normalization: language ID, signals, filters."""
    return []
