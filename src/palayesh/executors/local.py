"""The local executor: all cores of this machine, one worker process per core.

Workers are forked once per run and take shard tasks from a queue; they report progress through
two shared counters, which the main process reads to show documents/s and ETA.
"""
from __future__ import annotations

import ctypes
import logging
import multiprocessing as mp
import signal
import time

from ..runner import Run, run_shard
from .progress import Progress

log = logging.getLogger(__name__)

_DOCS = _BYTES = None


def _die_with_parent() -> None:
    """Linux: end this worker when the main process dies (kill -9), so no orphan keeps writing."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _init_worker(docs, nbytes) -> None:
    global _DOCS, _BYTES
    _DOCS, _BYTES = docs, nbytes
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    _die_with_parent()


class _Counter:
    """Batches progress updates into the shared counters (a lock per update would cost too much)."""

    def __init__(self, docs, nbytes):
        self.docs, self.nbytes = docs, nbytes
        self.pd = self.pb = 0
        self.last = time.monotonic()

    def __call__(self, d: int, b: int) -> None:
        self.pd += d
        self.pb += b
        now = time.monotonic()
        if now - self.last > 0.2:
            self.flush()
            self.last = now

    def flush(self) -> None:
        if self.pd or self.pb:
            with self.docs.get_lock():
                self.docs.value += self.pd
            with self.nbytes.get_lock():
                self.nbytes.value += self.pb
            self.pd = self.pb = 0


def _run_task(task):
    counter = _Counter(_DOCS, _BYTES)
    try:
        return run_shard(task, progress=counter)
    finally:
        counter.flush()


class LocalExecutor:
    def __init__(self, workers: int, progress: Progress):
        self.workers = workers
        self.progress = progress

    def run(self, run: Run) -> dict:
        docs, nbytes = mp.Value("q", 0), mp.Value("q", 0)
        pool = None
        if self.workers > 1:
            pool = mp.get_context("fork").Pool(self.workers, initializer=_init_worker, initargs=(docs, nbytes))
        try:
            for i, stage in enumerate(run.stages):
                tasks = run.pending(i)
                if tasks:
                    docs.value = nbytes.value = 0
                    total, unit = (run.input_bytes, "bytes") if i == 0 else (run.stage_docs(i), "docs")
                    self.progress.start(stage.name, total=total, unit=unit, shards=len(tasks))
                    done = 0
                    if pool is None:
                        counter = _Counter(docs, nbytes)
                        for task in tasks:
                            run_shard(task, progress=counter)
                            counter.flush()
                            done += 1
                            self.progress.update(docs.value, nbytes.value, done)
                    else:
                        results = pool.imap_unordered(_run_task, tasks)
                        while done < len(tasks):
                            try:
                                results.next(timeout=0.5)
                                done += 1
                            except mp.TimeoutError:
                                pass
                            self.progress.update(docs.value, nbytes.value, done)
                    self.progress.finish()
                if stage.barrier is not None:
                    self.progress.message(f"barrier after {stage.name}: {stage.barrier.name}")
                run.finish_stage(i, map_parts=pool.imap_unordered if pool is not None else map)
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
        return run.finalize()
