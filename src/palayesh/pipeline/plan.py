"""The stages of a refine run, and which steps run in each.

1. ``read``    -- readers decode every input; collection steps gather per-shard statistics
                  (e.g. how often each line recurs); a barrier merges them over the whole run.
2. ``process`` -- extraction (using the merged statistics), normalization, filters;
                  a barrier sees every document's signature (dedup decisions, later).
3. ``write``   -- applies the run-wide decisions and writes ``docs/`` and ``rejected/``.
"""
from __future__ import annotations

from .base import Stage


def build_stages(config) -> list[Stage]:
    from .. import dedup, filters
    from ..extract.step import ExtractStep, read_barrier, read_steps
    from ..normalize.step import NormalizeStep

    return [
        Stage("read", read_steps(config.extract), barrier=read_barrier(config.extract)),
        Stage("process", [ExtractStep(config.extract), NormalizeStep(config.normalize),
                          *filters.process_steps(config.filters), *dedup.process_steps(config.dedup)],
              barrier=dedup.process_barrier(config.dedup)),
        Stage("write", dedup.write_steps(config.dedup)),
    ]
