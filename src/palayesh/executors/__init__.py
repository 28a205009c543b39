"""Executors map the tasks of a run (shards of a stage, pieces of a barrier) onto workers: this
machine's cores (``local``) or a Ray cluster (``ray``). Steps never know which.

Another executor (Slurm, Dask, ...) is one class with a ``map`` method (:class:`.base.Executor`),
registered under a name: ``register("dask", lambda config: DaskExecutor(config.n_workers))``;
``palayesh refine --executor dask`` then runs on it.
"""
from __future__ import annotations

from collections.abc import Callable

from .base import Executor, ExecutorError, TaskFailed

__all__ = ["Executor", "ExecutorError", "TaskFailed", "get_executor", "names", "register"]

_REGISTRY: dict[str, Callable] = {}


def register(name: str, factory: Callable) -> None:
    """Make ``factory(config) -> Executor`` the executor called ``name``."""
    _REGISTRY[name] = factory


def names() -> list[str]:
    return sorted(_REGISTRY)


def get_executor(name: str) -> Callable:
    """The factory of the executor ``name``: call it with the run's :class:`~palayesh.config.RefineConfig`."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown executor {name!r} (known: {', '.join(names())})") from None


def _local(config):
    from .local import LocalExecutor

    return LocalExecutor(config.n_workers)


def _ray(config):
    from .ray import RayExecutor

    return RayExecutor(config.n_workers, address=config.address)


register("local", _local)
register("ray", _ray)
