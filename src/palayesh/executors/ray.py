"""The Ray executor: the same stages and shards as the local executor, run as Ray tasks.

Each shard of a stage is one Ray task running :func:`palayesh.runner.run_shard`, which reads its
inputs and writes its outputs and marker itself; barriers run as one Ray task each. So the output
folder must be on storage that every node sees (the same machine, NFS, a mounted bucket). A task
whose worker dies is retried by Ray; since a shard replaces its files atomically and writes its
marker last, a retried shard neither loses nor duplicates documents, and a rerun of the command
resumes exactly like a local run.

Install with ``pip install 'palayesh[ray]'`` on the driver and on every node.
"""
from __future__ import annotations

import logging

from ..pipeline.base import run_barrier_part
from ..runner import Run, RunError, ShardError, run_shard
from .progress import Progress

log = logging.getLogger(__name__)

#: times Ray retries a shard whose worker died (out of memory, node lost)
MAX_RETRIES = 3


def _init_ray(address: str | None, workers: int):
    try:
        import ray
    except ImportError:
        raise RunError("the Ray executor needs Ray: pip install 'palayesh[ray]'") from None
    if not ray.is_initialized():
        try:
            if address in (None, "", "local"):
                # a local cluster of this machine, sized to --workers
                ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                         configure_logging=False)
            else:
                ray.init(address=address, log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as e:
            where = f"at {address}" if address else "on this machine"
            raise RunError(f"cannot start or reach a Ray cluster {where}: {e}") from None
    return ray


def _last_line(e: Exception) -> str:
    """Ray's errors hold the remote traceback; the message shows the last line, the error itself."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


class RayExecutor:
    def __init__(self, workers: int, progress: Progress, *, address: str | None = None):
        self.workers = workers
        self.progress = progress
        self.address = address

    def run(self, run: Run) -> dict:
        ray = _init_ray(self.address, self.workers)
        shard_task = ray.remote(num_cpus=1, max_retries=MAX_RETRIES)(run_shard)

        # a barrier's preparation and merge run on a worker (they may need its memory), its parts
        # as tasks of their own, in parallel
        @ray.remote(num_cpus=1, max_retries=MAX_RETRIES)
        def barrier_begin(run_obj: Run, stage: int):
            return run_obj.barrier_begin(stage)

        @ray.remote(num_cpus=1, max_retries=MAX_RETRIES)
        def barrier_end(run_obj: Run, stage: int) -> None:
            run_obj.barrier_end(stage)

        part_task = ray.remote(num_cpus=1, max_retries=MAX_RETRIES)(run_barrier_part)

        for i, stage in enumerate(run.stages):
            tasks = run.pending(i)
            if tasks:
                total, unit = (run.input_bytes, "bytes") if i == 0 else (run.stage_docs(i), "docs")
                self.progress.start(stage.name, total=total, unit=unit, shards=len(tasks))
                refs = [shard_task.remote(t) for t in tasks]
                docs = done = 0
                nbytes = 0
                size = {t.shard: sum(u.size for u in t.units) for t in tasks}
                by_ref = dict(zip(refs, tasks))
                while refs:
                    ready, refs = ray.wait(refs, num_returns=1, timeout=0.5)
                    for ref in ready:
                        try:
                            result = ray.get(ref)  # re-raises a task's error after its retries
                        except Exception as e:  # a step's bug, or a worker dead on every try
                            task = by_ref[ref]
                            raise ShardError(f"stage {stage.name}, shard {task.shard} (input: "
                                             f"{run.describe_shard(task.shard)}) failed: "
                                             f"{type(e).__name__}: {_last_line(e)}", str(e)) from None
                        done += 1
                        docs += result["counters"].get(f"stage/{stage.name}/docs", 0)
                        nbytes += size[by_ref[ref].shard]
                    self.progress.update(docs, nbytes, done)
                self.progress.finish()
            if stage.barrier is not None and not run.already_complete:
                self.progress.message(f"barrier after {stage.name}: {stage.barrier.name}")
                parts = ray.get(barrier_begin.remote(run, i))
                if parts is not None:
                    ray.get([part_task.remote(p) for p in parts])
                    ray.get(barrier_end.remote(run, i))
        return run.finalize()
