"""Executors run the shards of each stage of a :class:`palayesh.runner.Run`. Steps never know which."""
from __future__ import annotations


def get_executor(name: str):
    if name == "local":
        from .local import LocalExecutor

        return LocalExecutor
    if name == "ray":
        from .ray import RayExecutor

        return RayExecutor
    raise ValueError(f"unknown executor {name!r} (known: local, ray)")
