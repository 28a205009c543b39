"""Pipeline core: steps through which documents stream, stages separated by barriers, and the
pipeline that holds them. The Persian news recipe is :mod:`palayesh.recipe`."""
from .base import (
    Barrier,
    BarrierTask,
    Context,
    Filter,
    Pipeline,
    PipelineError,
    Sink,
    Source,
    Stage,
    Step,
    Transform,
    chain,
)
from .stats import Stats

__all__ = ["Barrier", "BarrierTask", "Context", "Filter", "Pipeline", "PipelineError", "Sink", "Source", "Stage",
           "Stats", "Step", "Transform", "chain"]
