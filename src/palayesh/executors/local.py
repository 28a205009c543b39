"""The local executor: all cores of this machine, one worker process per core.

Workers are forked at the first task of a run and take tasks one at a time; they report progress
through two shared counters, which the main process reads to show documents/s and ETA. A worker
that dies (``kill -9``, the OOM killer) is replaced and its task run again; see :class:`WorkerPool`.
With one worker, tasks run in the main process.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import multiprocessing as mp
import pickle
import signal
import time
import traceback
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import wait

from .base import Executor, TaskFailed, describe

log = logging.getLogger(__name__)

_DOCS = _BYTES = None


def _die_with_parent() -> None:
    """Linux: end this worker when the main process dies (kill -9), so no orphan keeps writing."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


#: a worker's cyclic garbage collector: a young-generation collection every this many net
#: allocations of containers, not CPython's 700 (a page allocates hundreds of thousands of short-lived
#: objects, nearly none in a cycle: 2,000 pages cost a worker 270 collections and 1.7 % of its CPU,
#: 8 collections and 0.5 % at 20,000), and older generations as rarely
WORKER_GC_THRESHOLD = (20_000, 20, 20)


@contextlib.contextmanager
def _collecting_as_a_worker() -> Iterator[None]:
    """The main process collects garbage as a worker does while it runs the tasks itself (one
    worker): what it holds before is frozen (its modules, the steps' tables: no garbage, walked
    by every full collection again), young collections come every WORKER_GC_THRESHOLD allocations,
    not 700; both as they were afterwards. (It ran the tasks with CPython's own: 2,000 pages, one
    process, ~4 % of its CPU in the collector.)"""
    before = gc.get_threshold()
    thaw = gc.get_freeze_count() == 0  # (a caller's own frozen objects stay frozen)
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if thaw:
            gc.unfreeze()


def _init_worker(docs, nbytes) -> None:
    global _DOCS, _BYTES
    _DOCS, _BYTES = docs, nbytes
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    _die_with_parent()
    # what the worker inherits from the main process (modules, tables) is never garbage: frozen (by
    # the pool, before the fork: see WorkerPool), the collector does not walk it again (nor write to
    # its pages, which the fork shares); what the fork itself made since, here
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)


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


def _call(fn, task, counter):
    """``fn(task)``, told where it is when it can tell (see :class:`.base.Executor`)."""
    if not getattr(fn, "reports_progress", False):
        return fn(task)
    try:
        return fn(task, progress=counter, on_input=_at_input)
    finally:
        counter.flush()


_CURRENT = None  # this worker's slot: the input it is at, for the main process if the worker dies
_CURRENT_BYTES = 4096


def _at_input(name: str) -> None:
    if _CURRENT is not None:
        _CURRENT.value = name.encode("utf-8", "surrogateescape")[:_CURRENT_BYTES - 1].replace(b"\0", b"?")


#: times a task whose worker died (killed by the OOM killer, a crash in C code) is run again on a
#: fresh worker before the run stops; a shard redone replaces its files, so nothing is doubled
RETRIES = 2


def _worker_loop(conn, docs, nbytes, current) -> None:
    global _CURRENT
    import faulthandler

    faulthandler.enable()  # a crash in C code leaves the Python stack of the task on stderr
    _init_worker(docs, nbytes)
    _CURRENT = current
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, arg = job
        try:
            reply = (True, _call(fn, arg, _Counter(docs, nbytes)), "")
        except Exception as e:  # reported to the main process, which stops the run
            reply = (False, f"{type(e).__name__}: {e}", traceback.format_exc())
        conn.send(reply)


class _Worker:
    """One forked worker process and the pipe it takes its tasks from, one at a time."""

    def __init__(self, ctx, docs, nbytes) -> None:
        self.conn, child = ctx.Pipe()
        self.current = ctx.Array("c", _CURRENT_BYTES, lock=False)
        self.proc = ctx.Process(target=_worker_loop, args=(child, docs, nbytes, self.current), daemon=True)
        self.proc.start()
        child.close()
        self.job: int | None = None  # index of the task it runs

    def stop(self, kill: bool = False) -> None:
        if kill and self.proc.is_alive():
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=None if kill else 5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        return f"killed by {name}" + (" (out of memory?)" if exitcode == -signal.SIGKILL else "")
    return f"exited with status {exitcode}"


class WorkerPool:
    """Worker processes that each run one task at a time, so the pool knows which task a worker
    that dies was running: it forks a fresh worker and runs the task again (``RETRIES`` times).

    (``multiprocessing.Pool`` replaces a dead worker but loses its task: the run waited forever.)
    """

    def __init__(self, workers: int, docs, nbytes, *, retries: int = RETRIES):
        self._ctx = mp.get_context("fork")
        self._args = (docs, nbytes)
        self.retries = retries
        # what the workers inherit is frozen before they fork, not only after (CPython's advice for
        # gc.freeze): a collection after the fork, in the main process (which goes on: barriers, tasks)
        # or in a worker before its own freeze, walked the objects the warm-up made (with the collector
        # paused: all young), writing to their headers, so to pages the fork shares: each write a copy
        # (a 2-page run with 2 workers: 7,700 page faults and ~0.1 s of CPU). Until the pool closes.
        self._unfreeze = gc.get_freeze_count() == 0  # (a caller's own frozen objects stay frozen)
        gc.freeze()
        self.workers = [_Worker(self._ctx, *self._args) for _ in range(workers)]

    def _replace(self, k: int) -> None:
        self.workers[k].stop(kill=True)
        self.workers[k] = _Worker(self._ctx, *self._args)

    def map(self, fn, tasks, *, tick=None) -> Iterator[tuple]:
        """``(task, fn(task))`` for every task, in the order they finish; ``tick()`` is called
        about twice a second. Raises :class:`TaskFailed` when a task raises or kills its worker
        more than ``retries`` times.

        A task whose worker died twice at the same input (see :func:`_at_input`) is, when
        ``task.without(input)`` gives one, replaced by a task that leaves that input out."""
        tasks = list(tasks)
        queue = deque(range(len(tasks)))
        tries = [0] * len(tasks)
        last_at: list[str | None] = [None] * len(tasks)
        busy = 0
        while queue or busy:
            for k, w in enumerate(self.workers):
                if w.job is None and queue:
                    if not w.proc.is_alive():  # died while idle
                        self._replace(k)
                        w = self.workers[k]
                    i = queue.popleft()
                    w.current.value = b""
                    try:
                        w.conn.send((fn, tasks[i]))
                    except (pickle.PicklingError, AttributeError, TypeError) as e:
                        raise TaskFailed(tasks[i], f"the task cannot be sent to a worker ({e}); define your "
                                                   "steps at module level, or run with one worker") from None
                    w.job, tries[i] = i, tries[i] + 1
                    busy += 1
            running = [w for w in self.workers if w.job is not None]
            ready = set(wait([w.conn for w in running] + [w.proc.sentinel for w in running], timeout=0.5))
            for k, w in enumerate(self.workers):
                if w.job is None or (w.conn not in ready and w.proc.sentinel not in ready):
                    continue
                i, w.job = w.job, None
                busy -= 1
                try:
                    ok, value, details = w.conn.recv() if w.conn.poll() else (None, None, "")
                except (EOFError, OSError):
                    ok = None
                if ok:
                    yield tasks[i], value
                    continue
                if ok is False:
                    raise TaskFailed(tasks[i], str(value), details)  # the message the task raised
                w.proc.join(timeout=5)
                how = _death(w.proc.exitcode)
                at = w.current.value.decode("utf-8", "surrogateescape")
                if at:
                    how = f"at {at}: {how}"
                pid = w.proc.pid
                self._replace(k)
                if tries[i] > self.retries:
                    raise TaskFailed(tasks[i], f"its worker died on each of {tries[i]} tries "
                                               f"(the last one {how})")
                without = getattr(tasks[i], "without", None)
                poison = without(at) if without and at and at == last_at[i] else None
                last_at[i] = at
                if poison is not None:
                    log.warning("worker %s running %s died %s, for the second time there; running it again "
                                "without that input, which becomes an error record (worker_died) (try %d of %d)",
                                pid, describe(tasks[i]), how, tries[i] + 1, self.retries + 1)
                    tasks[i] = poison
                else:
                    log.warning("worker %s running %s died %s; retrying it on a fresh worker (try %d of %d)",
                                pid, describe(tasks[i]), how, tries[i] + 1, self.retries + 1)
                queue.appendleft(i)
            if tick:
                tick()

    def close(self, kill: bool = False) -> None:
        for w in self.workers:
            w.stop(kill=kill or w.job is not None)
        if self._unfreeze:  # (the workers are gone: no page is shared any more)
            self._unfreeze = False
            gc.unfreeze()


class LocalExecutor(Executor):
    """``workers`` processes of this machine (forked at the first task), or the main process alone."""

    name = "local"

    def __init__(self, workers: int):
        self.workers = workers
        self.forks = workers > 1  # (one worker: the tasks run in this process)
        self._docs, self._bytes = mp.Value("q", 0), mp.Value("q", 0)
        self._pool: WorkerPool | None = None
        self._failed = False

    def map(self, fn, tasks, *, progress=None):
        docs, nbytes = self._docs, self._bytes
        docs.value = nbytes.value = 0
        tick = (lambda: progress(docs.value, nbytes.value)) if progress else None
        if self.workers <= 1:
            counter = _Counter(docs, nbytes)
            with _collecting_as_a_worker():
                for task in tasks:
                    try:
                        result = _call(fn, task, counter)
                    except Exception as e:
                        self._failed = True
                        raise TaskFailed(task, f"{type(e).__name__}: {e}", traceback.format_exc()) from e
                    if tick:
                        tick()
                    yield task, result
            return
        if self._pool is None:
            self._pool = WorkerPool(self.workers, docs, nbytes)
        try:
            yield from self._pool.map(fn, tasks, tick=tick)
        except BaseException:
            self._failed = True
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close(kill=self._failed)
            self._pool = None
