"""Exact and near-duplicate removal, and story clusters across outlets.

- ``process`` stage: :class:`~.signature.DedupSignatureStep` computes, for every document not yet
  rejected, an exact key of its folded body and two MinHash signatures (word 5-grams of the body
  for near-duplicates, content words of title + opening for stories), one artifact per shard;
- barrier: :class:`~.barrier.DedupBarrier` groups exact copies, finds near-duplicate candidates with
  LSH, verifies them on the signatures, keeps one copy per cluster and links kept documents into
  stories, leaving one decision file per shard;
- ``write`` stage: :class:`~.apply.DedupApplyStep` sets ``dup_cluster``, ``story`` and the drop
  ``reason`` (``dedup_exact``, ``dedup_near_duplicate``).

Heavy imports (numpy) happen inside the steps, so ``import palayesh`` stays light.
"""
from __future__ import annotations

from .options import DedupOptions

__all__ = ["DedupOptions", "process_steps", "process_barrier", "write_steps"]


def process_steps(options: DedupOptions) -> list:
    """Steps at the end of the ``process`` stage (signatures of every document)."""
    if not options.enabled:
        return []
    from .signature import DedupSignatureStep

    return [DedupSignatureStep(options)]


def process_barrier(options: DedupOptions):
    """The run-wide barrier after ``process`` (clusters and kept ids), or None."""
    if not options.enabled:
        return None
    from .barrier import DedupBarrier

    return DedupBarrier(options)


def write_steps(options: DedupOptions) -> list:
    """Steps of the ``write`` stage that apply the barrier's decisions."""
    if not options.enabled:
        return []
    from .apply import DedupApplyStep

    return [DedupApplyStep()]
