"""The Ray executor: each task (a shard of a stage, a piece of a barrier) is one Ray task.

:func:`palayesh.runner.run_shard` reads its inputs and writes its outputs and marker itself, so the
output folder must be on storage that every node sees: an object store (``-o s3://bucket/OUT``: each
task works on a local copy of what it reads, :mod:`palayesh.storage`), or the same machine, NFS. A
task whose worker dies is retried by Ray; since a shard replaces its files atomically and writes its
marker last, a retried shard neither loses nor duplicates documents, and a rerun of the command
resumes exactly like a local run. A barrier's preparation and merge run as tasks too (they may need
a worker's memory), its parts in parallel.

Install with ``pip install 'palayesh[ray]'`` on the driver and on every node.
"""
from __future__ import annotations

import logging

from .base import Executor, ExecutorError, TaskFailed

log = logging.getLogger(__name__)

#: times Ray retries a task whose worker died (out of memory, node lost)
MAX_RETRIES = 3


def _init_ray(address: str | None, workers: int):
    try:
        import ray
    except ImportError:
        raise ExecutorError("the Ray executor needs Ray: pip install 'palayesh[ray]'") from None
    if not ray.is_initialized():
        try:
            if address in (None, "", "local"):
                # a local cluster of this machine, sized to --workers: a new one, even when another
                # (``ray start``) runs on the machine, which plain ray.init() would join and then refuse
                # to size
                ray.init(address="local", num_cpus=workers, include_dashboard=False, log_to_driver=False,
                         configure_logging=False)
            else:
                ray.init(address=address, log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as e:
            where = f"at {address}" if address else "on this machine"
            raise ExecutorError(f"cannot start or reach a Ray cluster {where}: {e}") from None
    return ray


class RayExecutor(Executor):
    name = "ray"

    def __init__(self, workers: int, *, address: str | None = None):
        self.workers = workers
        self.address = address
        self._remote: dict = {}

    def map(self, fn, tasks, *, progress=None):
        ray = _init_ray(self.address, self.workers)
        remote = self._remote.get(fn)
        if remote is None:
            remote = self._remote[fn] = ray.remote(num_cpus=1, max_retries=MAX_RETRIES)(fn)
        tasks = list(tasks)
        refs = [remote.remote(t) for t in tasks]
        by_ref = dict(zip(refs, tasks))
        while refs:
            ready, refs = ray.wait(refs, num_returns=1, timeout=0.5)
            for ref in ready:
                task = by_ref.pop(ref)
                try:
                    result = ray.get(ref)  # re-raises a task's error after its retries
                except Exception as e:
                    for other in refs:
                        ray.cancel(other, force=True)
                    cause = getattr(e, "cause", None) or e
                    raise TaskFailed(task, f"{type(cause).__name__}: {cause}",
                                     str(getattr(e, "traceback_str", "")) or str(e)) from None
                yield task, result
