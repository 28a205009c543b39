"""The write-stage step: applies the barrier's decisions to the documents of one shard."""
from __future__ import annotations

from ..pipeline.base import Context, Step
from .cluster import DECISIONS, read_decisions


class DedupApplyStep(Step):
    """Sets ``dup_cluster``, ``dup_score`` and ``story``, and ``reason`` (``dedup_exact`` /
    ``dedup_near_duplicate``) on the copies that are not kept. Documents rejected earlier keep
    their reason and pass through untouched."""

    name = "dedup"

    def setup(self, ctx: Context) -> None:
        self._decisions = read_decisions(ctx.shared(f"{DECISIONS}-{ctx.shard:05d}"))

    def run(self, docs, ctx):
        decisions = self._decisions
        for pos, doc in enumerate(docs):
            got = decisions.get(pos)
            if got is not None and doc.get("reason") is None:
                dup, why, story, score = got
                doc["dup_cluster"] = dup
                doc["dup_score"] = score
                if story:
                    doc["story"] = story
                if why:
                    doc["reason"] = why
                    ctx.stats.incr("steps/dedup/dropped")
            yield doc
