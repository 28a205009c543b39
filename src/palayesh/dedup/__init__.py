"""Exact and near-duplicate removal, and story clusters across outlets."""
from __future__ import annotations

from .options import DedupOptions

__all__ = ["DedupOptions", "process_steps", "process_barrier", "write_steps"]


def process_steps(options: DedupOptions) -> list:
    """Steps at the end of the ``process`` stage (signatures of every document)."""
    return []


def process_barrier(options: DedupOptions):
    """The run-wide barrier after ``process`` (clusters and kept ids), or None."""
    return None


def write_steps(options: DedupOptions) -> list:
    """Steps of the ``write`` stage that apply the barrier's decisions."""
    return []
