"""Pipeline core: steps through which documents stream, and stages separated by barriers."""
from .base import Barrier, Context, Filter, Stage, Step, Transform
from .stats import Stats

__all__ = ["Barrier", "Context", "Filter", "Stage", "Step", "Stats", "Transform"]
