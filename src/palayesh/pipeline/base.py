"""The one small step abstraction that every capability plugs into.

Documents (plain dicts, see :mod:`palayesh.document`) stream through a list of steps. There is one
base class, :class:`Step`, and one hook per family:

- :class:`Transform` -- ``transform(doc)`` changes a document in place (cleanup, extraction, normalization);
- :class:`Filter` -- ``filter(doc) -> (keep, why)``; a dropped document is not lost, it gets
  ``reason = "<step>_<why>"``, skips the later filters, and is written to ``rejected/``;
  a step that raises on a document records an error and rejects it as ``<step>_failed``;
- readers (``read(unit, ctx)``) and writers (``write(doc)``) live in :mod:`palayesh.readers` and
  :mod:`palayesh.writers`.

A run is a few :class:`Stage` s. Each stage runs its steps over every shard independently (in any
order, on any worker); a :class:`Barrier` after a stage then sees the whole run at once (merging
per-shard line statistics, clustering near-duplicates) and leaves its result in the work folder
for the steps of the next stage. Steps never know which executor runs them.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .stats import Stats

log = logging.getLogger(__name__)


@dataclass
class Context:
    """What a step may use while it processes one shard of one stage."""

    shard: int
    stage: str
    work_dir: Path
    stats: Stats = field(default_factory=Stats)
    errors: list = field(default_factory=list)
    #: called with (docs, bytes) as documents advance; executors use it for progress
    progress: Callable[[int, int], None] | None = None

    def error(self, input: str, reason: str, *, position=None, error: str | None = None, step: str = "") -> None:
        """Record an input (or a document) that could not be read or processed."""
        self.errors.append({"input": input, "position": position, "step": step, "reason": reason,
                            "error": error, "stage": self.stage, "shard": self.shard})
        self.stats.incr(f"errors/{reason}")

    def artifact(self, name: str) -> Path:
        """This shard's private file ``name`` in the stage's work folder (for barriers to merge)."""
        d = self.work_dir / self.stage / "artifacts"
        d.mkdir(parents=True, exist_ok=True)
        return d / f"{name}-{self.shard:05d}"

    def shared(self, name: str) -> Path:
        """A file left by a barrier for every shard of the later stages."""
        return self.work_dir / "shared" / name


class Step:
    """Base of every step. Subclasses set ``name`` (used in stats and drop reasons)."""

    name = "step"

    def setup(self, ctx: Context) -> None:
        """Called once per shard before the first document (load a barrier's result here)."""

    def run(self, docs: Iterable[dict], ctx: Context) -> Iterator[dict]:
        yield from docs

    def finish(self, ctx: Context) -> None:
        """Called once per shard after the last document (write per-shard artifacts here)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Transform(Step):
    """A step that changes each document in place. Rejected documents are transformed too:
    ``rejected/`` holds them fully extracted and normalized, so a user can audit every drop."""

    def transform(self, doc: dict) -> None:
        raise NotImplementedError

    def run(self, docs, ctx):
        name, stats, clock = self.name, ctx.stats, time.perf_counter
        spent = 0.0
        n = 0
        for doc in docs:
            t0 = clock()
            try:
                self.transform(doc)
            except Exception as e:  # a bug or a pathological page must not stop the run
                log.warning("step %s failed on %s: %s", name, doc.get("id"), e)
                ctx.error(doc.get("source") or "", f"{name}_failed", position=doc.get("id"),
                          error=f"{type(e).__name__}: {e}", step=name)
                doc["reason"] = doc.get("reason") or f"{name}_failed"
            spent += clock() - t0
            n += 1
            yield doc
        stats.incr(f"steps/{name}/docs", n)
        stats.add_time(name, spent)


class Filter(Step):
    """A step that decides whether a document stays. ``filter`` returns ``(keep, why)``."""

    def filter(self, doc: dict) -> tuple[bool, str | None]:
        raise NotImplementedError

    def run(self, docs, ctx):
        name, stats, clock = self.name, ctx.stats, time.perf_counter
        spent = 0.0
        for doc in docs:
            if doc.get("reason") is None:
                t0 = clock()
                try:
                    keep, why = self.filter(doc)
                except Exception as e:  # like a transform: the document is recorded, the run goes on
                    log.warning("step %s failed on %s: %s", name, doc.get("id"), e)
                    ctx.error(doc.get("source") or "", f"{name}_failed", position=doc.get("id"),
                              error=f"{type(e).__name__}: {e}", step=name)
                    keep, why = False, "failed"
                spent += clock() - t0
                stats.incr(f"steps/{name}/in")
                if not keep:
                    doc["reason"] = f"{name}_{why}"
                    stats.incr(f"steps/{name}/dropped")
            yield doc
        stats.add_time(name, spent)


class Barrier:
    """Runs once between two stages, over the whole run (all shards of the stage before).

    A barrier runs as ``prepare`` → ``parts()`` independent pieces (``run_part``, in parallel on any
    worker: the local pool or Ray tasks) → ``reduce``. A simple barrier only implements ``reduce``;
    one whose work splits (e.g. LSH bands of near-duplicate search) also implements the other three.
    ``reduce`` must also work alone, when nothing was prepared.
    """

    name = "barrier"

    def prepare(self, work_dir: Path, stage: str, shards: list[int]) -> None:
        """Gather what the parts need (in ``work_dir``), once, before them."""

    def parts(self, work_dir: Path, stage: str, shards: list[int]) -> int:
        """Number of independent pieces after :meth:`prepare` (0: none)."""
        return 0

    def run_part(self, work_dir: Path, stage: str, shards: list[int], part: int) -> None:
        """Piece ``part`` of the work; leaves its result in ``work_dir`` for :meth:`reduce`."""

    def reduce(self, work_dir: Path, stage: str, shards: list[int]) -> dict:
        """Merge what the stage's shards (and the parts) left in ``work_dir/<stage>`` and write the
        result under ``work_dir/shared``. Returns counters for ``stats.json``."""
        raise NotImplementedError


@dataclass(frozen=True)
class BarrierPart:
    """One piece of a barrier's work, as a task for an executor (picklable)."""

    barrier: Barrier
    work_dir: Path
    stage: str
    shards: tuple[int, ...]
    part: int


def run_barrier_part(task: BarrierPart) -> None:
    task.barrier.run_part(task.work_dir, task.stage, list(task.shards), task.part)


@dataclass
class Stage:
    """Steps run shard by shard, then an optional barrier over the whole run."""

    name: str
    steps: list[Step]
    barrier: Barrier | None = None


def chain(steps: Iterable[Step], docs: Iterable[dict], ctx: Context) -> Iterator[dict]:
    """Stream ``docs`` through ``steps``."""
    for step in steps:
        docs = step.run(docs, ctx)
    return iter(docs)
