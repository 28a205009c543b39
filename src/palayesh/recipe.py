"""Recipes: ready pipelines. :func:`persian_news` is what ``palayesh refine`` runs.

Its three stages (each starts with a source and ends with a sink):

1. ``read``    -- the input files, read; the site-template collector counts every page's lines;
                  a barrier merges those counts over the whole run;
2. ``process`` -- extraction (with the learned templates), normalization, language and quality
                  signals and filters, dedup signatures; a barrier clusters copies run-wide;
3. ``write``   -- the dedup decisions applied; ``docs/`` and ``rejected/`` written.

Change it as a value (each call returns a new pipeline) and give it to :func:`palayesh.refine`::

    from palayesh import recipe, refine
    from palayesh.pipeline import Filter

    class NoSport(Filter):
        name = "nosport"
        def filter(self, doc):
            return doc.get("section") != "ورزشی", "sport"   # dropped as reason "nosport_sport"

    refine("examples", "OUT", pipeline=recipe.persian_news().insert(NoSport(), after="quality"))
"""
from __future__ import annotations

from .config import RefineConfig, make_config
from .pipeline.base import Pipeline, Stage

__all__ = ["persian_news"]


def persian_news(config: RefineConfig | None = None, **options) -> Pipeline:
    """The Persian news pipeline for ``config`` (or for ``options``, as :func:`palayesh.refine`
    takes them: ``persian_news(format="jsonl", normalize={"digits": "latin"})``)."""
    from . import dedup, filters
    from .extract.step import ExtractStep, read_barrier, read_steps
    from .normalize.step import NormalizeStep
    from .readers.step import ReadInputs
    from .writers import ReadStage, WriteOutput, WriteStage

    if config is None:
        config = make_config(**options)
    elif options:
        config = config.replace(**options)
    return Pipeline([
        Stage("read", [ReadInputs(config.max_doc_bytes, gate=config.gate_on,
                                  keep_rejected_sample=config.keep_rejected_sample),
                       *read_steps(config.extract), WriteStage()],
              barrier=read_barrier(config.extract)),
        Stage("process", [ReadStage(), ExtractStep(config.extract), NormalizeStep(config.normalize),
                          *filters.process_steps(config.filters), *dedup.process_steps(config.dedup), WriteStage()],
              barrier=dedup.process_barrier(config.dedup)),
        Stage("write", [ReadStage(), *dedup.write_steps(config.dedup), WriteOutput(config.format, config.keep_raw)]),
    ])
