"""The first step of a run: the shard's input files, read into documents."""
from __future__ import annotations

from collections.abc import Iterable

from ..pipeline.base import Context, Source
from . import read_units
from .base import Unit

#: what a document or file left out after killing its worker twice is told
WORKER_DIED = "the worker processing it died, twice (out of memory?), in stage {stage}"


class ReadInputs(Source):
    """Reads every unit of the shard (``ctx.units``) with the reader of its kind; whatever cannot
    be read becomes an error record and the rest goes on. Counts ``docs/read``."""

    name = "read_inputs"

    def __init__(self, max_doc_bytes: int = 64 * 1024 * 1024):
        self.max_doc_bytes = max_doc_bytes

    def run(self, docs, ctx: Context):
        units: Iterable[Unit] = ctx.units
        if ctx.leave_out:
            for unit in units:
                if unit.path in ctx.leave_out:
                    ctx.error(unit.path, "worker_died", step="reader", error=WORKER_DIED.format(stage=ctx.stage))
            units = [u for u in units if u.path not in ctx.leave_out]
        if ctx.on_input is not None:
            units = _announce(units, ctx.on_input)
        incr = ctx.stats.incr
        for doc in read_units(units, ctx, max_doc_bytes=self.max_doc_bytes):
            incr("docs/read")
            yield doc


def _announce(units, on_input):
    for unit in units:
        on_input(unit.path)
        yield unit
