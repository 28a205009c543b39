"""A refine run: its output folder, its shards, resuming, the stage loop, barriers, final stats.

:func:`execute` is the one stage loop (pending shards → ``executor.map`` → the barrier's
preparation, parts and merge → the final stats); an executor only maps a function over tasks.
:func:`run_shard` runs one shard of one stage: the stage's source, its steps, its sink.

The folder ``OUT`` of a run::

    run.json            resolved configuration and pipeline, palayesh version, input fingerprint (written first)
    docs/ rejected/     part-NNNNN.parquet (or .jsonl.gz), one file per shard
    errors/             NNNN-<stage>-NNNNN.jsonl: inputs that could not be read or processed
    stats.json          counts per step and reason, timings, throughput (written last)
    .work/              intermediate files and markers; removed after a complete run
    .lock               held (flock) by the run writing here, with its pid; removed when it ends

Every shard of every stage ends by writing a marker (``.work/<stage>/shard-NNNNN.done``, holding its
stats) after its files were renamed into place; a barrier ends with its own marker. A rerun of the
same command skips whatever has a marker and redoes the rest, replacing any half-written files, so
after ``kill -9`` at any moment the output still holds every document exactly once.
"""
from __future__ import annotations

import dataclasses
import errno
import gc
import itertools
import json
import logging
import os
import pickle
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import xxhash

from . import fsutil, outdir, storage
from ._version import __version__
from .config import RefineConfig
from .document import SCHEMA_VERSION, valid_json
from .pipeline.base import BarrierTask, Context, Pipeline, chain, run_barrier
from .pipeline.stats import Stats
from .readers import discover, plan_shards
from .readers.base import Unit
from .readers.step import WORKER_DIED

log = logging.getLogger(__name__)

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux or macOS: no lock
    fcntl = None  # type: ignore[assignment]  # (mypy takes the module's type from the import above)


class RunError(RuntimeError):
    """The run cannot start (an output folder of another run, no input); the message says why."""


class ShardError(RuntimeError):
    """A shard could not be run: a step raised outside the per-document guards, or its worker died
    on every try. The run stops; the message names the stage, the shard and its inputs, and
    ``details`` holds the worker's traceback, if any."""

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.details = details


def write_json_atomic(path: Path, data) -> None:
    """``data`` made valid JSON (:func:`~palayesh.document.valid_json`), written atomically."""
    fsutil.write_json_atomic(path, valid_json(data))


@dataclass(frozen=True)
class ShardTask:
    """Everything a worker needs to run one shard of one stage (picklable, small: the pipeline's
    steps hold only their options)."""

    out: str
    pipeline: Pipeline
    stage: int
    shard: int
    units: tuple[Unit, ...] = ()
    #: inputs (file paths, or documents' ``source``) left out because they killed the worker
    #: reading them, again and again (e.g. out of memory): each becomes an error record
    leave_out: frozenset[str] = frozenset()
    #: the shard's inputs in a few words, for messages
    label: str = ""

    def without(self, name: str) -> ShardTask | None:
        """This task leaving the input ``name`` out (at most one per shard; None: no more)."""
        return None if self.leave_out else dataclasses.replace(self, leave_out=frozenset([name]))

    def describe(self) -> str:
        return f"shard {self.shard} of stage {self.pipeline.stages[self.stage].name}"


_PIPELINES: dict[str, Pipeline] = {}


def _pipeline(pipeline: Pipeline) -> Pipeline:
    """The pipeline of a task, the same object for every task of a run in this process: its steps
    load their resources once per worker, not once per shard."""
    key = pipeline.fingerprint()
    if key not in _PIPELINES:
        _PIPELINES.clear()
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def warm(pipeline: Pipeline) -> Pipeline | None:
    """The pipeline of this run's tasks in this process, its steps warmed (:meth:`Step.warm`):
    called before an executor forks its workers, each of which then finds it (:func:`_pipeline`)
    with the modules and resources its steps need already loaded, once for all of them. A copy, as
    a worker unpickles one: the run's own pipeline is sent with every task and stays small.
    None when the pipeline cannot be sent to a worker (a step defined in a function): the
    executor says so, with the task."""
    try:
        copy = _pipeline(pickle.loads(pickle.dumps(pipeline, protocol=pickle.HIGHEST_PROTOCOL)))
    except (pickle.PicklingError, AttributeError, TypeError):
        return None
    # (with the cyclic collector paused: the steps build tables of hundreds of thousands of objects,
    # none of them garbage, which its collections walked again and again: a tenth of the warm-up)
    collecting = gc.isenabled()
    gc.disable()
    try:
        for step in copy.steps():
            step.warm()
    finally:
        if collecting:
            gc.enable()
    return copy


def run_shard(task: ShardTask, progress=None, on_input=None) -> dict:
    """Run one shard of one stage to completion; returns its stats (also left in its marker).

    The stage's source makes the documents, its steps change and judge them, its sink writes them.
    ``progress(docs, bytes)`` is told how far it got; ``on_input(name)`` is called with each input
    file before it is read and each document's ``source`` before it goes through the steps: an
    executor whose worker dies can say where.

    A run on object storage (``task.out`` an URL) runs the shard on a local copy
    (:class:`palayesh.storage.Mirror`): the files it reads come down when asked for, and its files
    go up when it is done, its marker last."""
    if storage.is_url(task.out):
        with storage.Mirror(task.out) as mirror:
            result = _run_shard(dataclasses.replace(task, out=str(mirror.local)), progress, on_input,
                                fetch=mirror.fetch)
            mirror.push()
        return result
    return _run_shard(task, progress, on_input)


def _run_shard(task: ShardTask, progress, on_input, fetch=None) -> dict:
    pipeline = _pipeline(task.pipeline)
    stage = pipeline.stages[task.stage]
    out = Path(task.out)
    work = out / ".work"
    ctx = Context(shard=task.shard, stage=stage.name, work_dir=work, progress=progress, out=out,
                  units=task.units, previous=pipeline.stages[task.stage - 1].name if task.stage else None,
                  leave_out=task.leave_out, on_input=on_input, fetch=fetch)
    (work / stage.name).mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()

    source, *steps, sink = stage.steps
    for step in stage.steps:
        step.setup(ctx)
    docs = source.run(iter(()), ctx)
    aside: list[dict] = []
    if task.leave_out:
        docs = _set_aside(docs, task.leave_out, aside)
    if on_input is not None:
        docs = _announce(docs, on_input, _doc_name)
    docs = chain(steps, docs, ctx)
    n = 0
    for _ in sink.run(itertools.chain(docs, _worker_died(aside, ctx)), ctx):
        n += 1
        if progress and n % 16 == 0:
            progress(16, 0)
    if progress:
        progress(n % 16, 0)
    for step in stage.steps:
        step.finish(ctx)

    if ctx.errors:
        errors_dir = out / "errors"
        errors_dir.mkdir(exist_ok=True)
        path = errors_dir / f"{task.stage}-{stage.name}-{task.shard:05d}.jsonl"
        with fsutil.atomic_write(path) as fh:
            for err in ctx.errors:
                fh.write(json.dumps(valid_json(err), ensure_ascii=False) + "\n")
    ctx.stats.add_time(f"stage/{stage.name}", time.perf_counter() - t0)
    ctx.stats.incr(f"stage/{stage.name}/shards")
    ctx.stats.incr(f"stage/{stage.name}/docs", n)
    result = ctx.stats.to_json()
    write_json_atomic(work / stage.name / f"shard-{task.shard:05d}.done", result)
    return result


#: executors pass ``progress`` and ``on_input`` to a function that says it takes them
run_shard.reports_progress = True  # type: ignore[attr-defined]


def _worker_died(docs: list[dict], ctx: Context):
    """Documents set aside: like a document a step failed on, an error record, and rejected."""
    for doc in docs:
        ctx.error(doc.get("source") or "", "worker_died", position=doc.get("id"),
                  error=WORKER_DIED.format(stage=ctx.stage), step=ctx.stage)
        doc["reason"] = doc.get("reason") or "worker_died"
        yield doc


def _doc_name(doc: dict) -> str:
    return doc.get("source") or doc.get("id") or ""


def _set_aside(docs, names, aside: list):
    for doc in docs:
        if _doc_name(doc) in names:
            aside.append(doc)
        else:
            yield doc


def _announce(items, on_input, name):
    for item in items:
        on_input(name(item))
        yield item


def _abspaths(paths) -> list[str]:
    return [os.path.abspath(p) for p in paths]


class Run:
    """One ``refine`` run over ``inputs`` into ``out``: planning, resuming, barriers, stats.

    :func:`execute` drives it: for each stage, the :meth:`pending` tasks run with :func:`run_shard`
    (in any order, anywhere), then the stage's barrier (:meth:`barrier_task`, :meth:`barrier_done`);
    at the end :meth:`finalize`. ``config`` holds the run's options (shards, workers, ...);
    ``pipeline`` what runs (default: :func:`palayesh.recipe.persian_news` of ``config``).
    """

    def __init__(self, inputs, out, config: RefineConfig, pipeline: Pipeline | None = None):
        if pipeline is None:
            from .recipe import persian_news

            pipeline = persian_news(config)
        self.inputs = [os.fspath(p) for p in inputs]
        #: the run's folder on object storage (``-o s3://bucket/run``), else None: see :mod:`palayesh.storage`
        self.store: storage.Store | None = None
        if storage.is_url(out):
            try:
                self.store = storage.Store(os.fspath(out))
            except storage.StorageError as e:
                raise RunError(str(e)) from None
        self.out = Path(out) if self.store is None else Path(self.store.root)  # (for a store: unused)
        self.where = self.store.url if self.store is not None else str(self.out)
        self.work = self.out / ".work"
        self.config = config
        self.pipeline = pipeline
        self.stages = pipeline.stages
        self.resumed = False
        self.already_complete = False
        self.shards: list[list[Unit]] = []
        self.input_bytes = 0
        self._lock_fd: int | None = None
        self._t0 = time.perf_counter()

    def __getstate__(self):  # the Ray executor sends the run to its tasks; the lock stays here
        return {**self.__dict__, "_lock_fd": None}

    # -- planning ---------------------------------------------------------------------------
    def prepare(self) -> None:
        """Lock the output folder, find the inputs, and start or resume the run there.
        A start that fails leaves the folder as it was (a folder it created is removed again)."""
        if not self.inputs:
            raise RunError("no input given")
        if self.store is not None:
            try:
                self.store.check()
                self._check_not_foreign()
                self._prepare()
            except storage.StorageError as e:
                raise RunError(str(e)) from None
            return
        out = self.out
        if out.exists() and not out.is_dir():
            raise RunError(f"{out} is not a folder")
        created = not out.exists()
        try:
            self._check_not_foreign()
            out.mkdir(parents=True, exist_ok=True)
            self._lock()
            self._prepare()
        except BaseException as e:
            self.close()
            if created:
                try:
                    out.rmdir()
                except OSError:
                    pass
            if isinstance(e, OSError):  # e.g. no permission, a full disk: the run could not start
                raise RunError(f"cannot start the run in {out}: {e.strerror or e}"
                               f"{' (' + e.filename + ')' if isinstance(e.filename, str) else ''}") from e
            raise

    def close(self) -> None:
        """Release the output folder (also released when the process ends, however it ends)."""
        if self._lock_fd is not None:
            # removed while still held, so that a run that opened it meanwhile sees it is stale
            (self.out / outdir.LOCK).unlink(missing_ok=True)
            os.close(self._lock_fd)
            self._lock_fd = None

    def _check_not_foreign(self) -> None:
        """Refuse, touching nothing, a folder that holds files but no palayesh run, even with
        --overwrite: palayesh deletes only what it wrote."""
        if self.store is not None:
            names = self.store.names()
            if names and outdir.RUN_JSON not in names:
                raise RunError(f"{self.where} is not empty and holds no palayesh run; choose an empty or new "
                               "folder (--overwrite only replaces a previous palayesh run, it never deletes "
                               "other files)")
            if names:
                try:
                    self._previous_run()
                except ValueError as e:
                    raise RunError(f"{e}; palayesh will not write into this folder: choose another output "
                                   "folder (or delete the folder yourself if it holds an old run)") from None
            return
        out = self.out
        if not out.is_dir() or outdir.is_blank(out):
            return
        try:
            if outdir.read_run_json(out) is not None:
                return
        except ValueError as e:
            raise RunError(f"{e}; palayesh will not write into this folder: choose another output "
                           "folder (or delete the folder yourself if it holds an old run)") from None
        raise RunError(f"{out} is not empty and holds no palayesh run; choose an empty or new folder "
                       "(--overwrite only replaces a previous palayesh run, it never deletes other files)")

    def _lock(self) -> None:
        """Take ``OUT/.lock`` (``flock``: the kernel releases it when the process ends, however it
        ends, and with it its forked workers), or refuse: another run is writing there."""
        if fcntl is None:
            return
        path = self.out / outdir.LOCK
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise RunError(f"another palayesh run is writing to {self.out} (pid {holder}); "
                                   "wait for it to end, or choose another output folder") from None
                raise
            try:
                if os.stat(path).st_ino == os.fstat(fd).st_ino:
                    break
            except FileNotFoundError:
                pass
            os.close(fd)  # a run that ended removed this lock file while we opened it: take a new one
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._lock_fd = fd

    def _prepare(self) -> None:
        self._check_not_foreign()  # again, now that the folder is ours
        previous = self._previous_run()
        if previous and previous.get("inputs") != self.inputs and \
                _abspaths(previous.get("inputs") or []) == _abspaths(self.inputs):
            # the same inputs, named otherwise (relative, then absolute): keep the names of the
            # run's start, so that every document's ``source`` is written alike
            self.inputs = list(previous["inputs"])
        # an output folder inside an input folder is not input (nor any other run's folder)
        units, discovery_errors, skipped = discover(self.inputs, skip=[] if self.store else [self.out],
                                                    warc_base=self.config.warc_base)
        if not units:
            raise RunError("no readable input: " + (
                f"{len(discovery_errors)} unreadable path(s), e.g. {discovery_errors[0]['input']}: "
                f"{discovery_errors[0]['error']}" if discovery_errors
                else f"no file of a known kind under {', '.join(self.inputs)}"))
        self.shards = plan_shards(units, self.config.shard_size, self.config.shard_bytes)
        self.input_bytes = sum(u.size for u in units)
        self.skipped_files = skipped
        manifest = self._manifest(units)
        if previous is not None and self.config.overwrite:
            if self.store is not None:
                remove_stored_run(self.store)
            else:
                outdir.remove_run(self.out)
            previous = None
        self._open_output(manifest, previous)
        if discovery_errors:
            lines = "".join(json.dumps(valid_json(err), ensure_ascii=False) + "\n" for err in discovery_errors)
            if self.store is not None:
                self.store.write_bytes("errors/discovery.jsonl", lines.encode("utf-8"))
            else:
                with fsutil.atomic_write(self.out / "errors" / "discovery.jsonl") as fh:
                    fh.write(lines)
        self.discovery_errors = len(discovery_errors)

    def _previous_run(self) -> dict | None:
        """The ``run.json`` already in the output folder (:func:`palayesh.outdir.read_run_json`)."""
        if self.store is None:
            return outdir.read_run_json(self.out)
        try:
            data = self.store.read_bytes(outdir.RUN_JSON)
        except FileNotFoundError:
            return None
        return outdir.parse_run_json(data, f"{self.where}/{outdir.RUN_JSON}")

    def _manifest(self, units: list[Unit]) -> dict:
        h = xxhash.xxh3_128()
        for u in units:
            # absolute: the same files named relative or absolute are the same input
            h.update(f"{os.path.abspath(u.path)}\0{u.kind}\0{u.size}\n".encode("utf-8", "surrogateescape"))
        return {
            "palayesh_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "config": self.config.to_dict(),
            "config_fingerprint": self.config.output_fingerprint(),
            "pipeline": self.pipeline.describe(),
            "pipeline_fingerprint": self.pipeline.fingerprint(),
            "inputs": self.inputs,
            "inputs_fingerprint": h.hexdigest(),
            "files": len(units),
            "shards": len(self.shards),
            "python": sys.version.split()[0],
        }

    def _open_output(self, manifest: dict, previous: dict | None) -> None:
        out = self.out
        if previous is not None:
            for key, what in (("palayesh_version", "palayesh version"), ("schema_version", "schema version"),
                              ("config_fingerprint", "configuration"), ("pipeline_fingerprint", "pipeline"),
                              ("inputs_fingerprint", "set of input files")):
                if previous.get(key) != manifest[key]:
                    raise RunError(f"{self.where} holds a run made with another {what} "
                                   f"({previous.get(key)} here, {manifest[key]} now); "
                                   "rerun with --overwrite to start over, or choose another output folder")
            self.resumed = True
            if self.store is None:  # (a store holds no temporary files: an upload is whole or absent)
                outdir.remove_stale_tmp(out)  # of the run that was killed; we hold the lock
            stats = self._read_json("stats.json")
            if stats is not None and stats.get("complete"):
                self.already_complete = True
            return
        if self.store is not None:
            self.store.write_json(outdir.RUN_JSON, valid_json(manifest))
            return
        outdir.remove_leftovers(out)
        # run.json first and atomically: a folder with palayesh's files always says it is a run
        write_json_atomic(out / outdir.RUN_JSON, manifest)
        for d in ("docs", "rejected", "errors"):
            (out / d).mkdir(exist_ok=True)

    # -- the run's own small files, in its folder or on its store -----------------------------
    def _read_json(self, rel: str):
        """The JSON file ``rel`` of the run's folder, or None when there is none."""
        try:
            if self.store is not None:
                return self.store.read_json(rel)
            return json.loads((self.out / rel).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def _write_json(self, rel: str, data) -> None:
        if self.store is not None:
            self.store.write_json(rel, valid_json(data))
        else:
            (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
            write_json_atomic(self.out / rel, data)

    def _markers(self, folder: str, pattern: str) -> list[str]:
        """The markers ``pattern`` in ``folder`` of the run (e.g. ``.work/read``, ``shard-*.done``), sorted."""
        if self.store is not None:
            return self.store.glob(f"{folder}/{pattern}")
        d = self.out / folder
        return [p.relative_to(self.out).as_posix() for p in sorted(d.glob(pattern))] if d.is_dir() else []

    def _read_markers(self, rels: list[str]) -> list[dict]:
        if self.store is not None:
            return [json.loads(b.decode("utf-8")) for b in self.store.read_many(rels)]
        return [json.loads((self.out / r).read_text(encoding="utf-8")) for r in rels]

    def describe_shard(self, shard: int) -> str:
        """The inputs of ``shard``, for messages: a few paths and how many there are."""
        units = self.shards[shard] if 0 <= shard < len(self.shards) else []
        names = [u.path + (f" [{u.part[0]}:{u.part[1]}]" if u.part else "") for u in units[:3]]
        more = f", ... ({len(units)} inputs)" if len(units) > 3 else ""
        return ", ".join(names) + more

    # -- execution --------------------------------------------------------------------------
    def pending(self, stage: int) -> list[ShardTask]:
        """Tasks of ``stage`` whose shard has no marker yet."""
        if self.already_complete:
            return []
        name = self.stages[stage].name
        done = set(self._markers(f".work/{name}", "shard-*.done"))
        tasks = []
        for i, units in enumerate(self.shards):
            if f".work/{name}/shard-{i:05d}.done" not in done:
                tasks.append(ShardTask(self.where, self.pipeline, stage, i, tuple(units) if stage == 0 else (),
                                       label=self.describe_shard(i)))
        return tasks

    def stage_docs(self, stage: int) -> int:
        """Documents that ``stage`` will see in total (known once stage 0 is done)."""
        if stage == 0:
            return 0
        c = self._merged(0).counters
        return c.get("docs/read", 0) - c.get("docs/not_sampled", 0)  # those never left the reader

    def _barrier_marker(self, stage: int) -> str:
        return f".work/barriers/{self.stages[stage].name}.done"

    def barrier_task(self, stage: int) -> BarrierTask | None:
        """The barrier after ``stage`` as a task (prepare it, run its parts, reduce it: see
        :func:`execute`), or None when the stage has none or it is done already."""
        barrier = self.stages[stage].barrier
        name = self.stages[stage].name
        if barrier is None or self.already_complete or self._markers(".work/barriers", f"{name}.done"):
            return None
        if self.store is None:
            (self.work / "shared").mkdir(parents=True, exist_ok=True)
        self._write_json(f".work/barriers/{name}.begun", {"started": time.time()})
        return BarrierTask(barrier, self.work, name, tuple(range(len(self.shards))),
                           store=None if self.store is None else self.store.url)

    def barrier_done(self, stage: int, counters: dict) -> None:
        """Leave the barrier's marker, with its counters and time, once it has been reduced."""
        barrier = self.stages[stage].barrier
        assert barrier is not None, "only a stage with a barrier has one to be done"
        name = self.stages[stage].name
        stats = Stats({f"barrier/{barrier.name}/{k}": v for k, v in counters.items()})
        begun = self._read_json(f".work/barriers/{name}.begun")
        if begun is not None:
            stats.add_time(f"barrier/{barrier.name}", time.time() - begun["started"])
        self._write_json(self._barrier_marker(stage), stats.to_json())

    def _merged(self, stage: int | None = None) -> Stats:
        total = Stats()
        stages = range(len(self.stages)) if stage is None else [stage]
        markers = [m for s in stages for m in self._markers(f".work/{self.stages[s].name}", "shard-*.done")]
        if stage is None:
            markers += self._markers(".work/barriers", "*.done")
        for data in self._read_markers(markers):
            total.merge(Stats.from_json(data))
        return total

    def finalize(self) -> dict:
        if self.already_complete:
            return self._read_json("stats.json")
        merged = self._merged()
        if self.discovery_errors:
            merged.incr("errors/reader_unreadable", self.discovery_errors)
        stats = summarize(merged, elapsed=time.perf_counter() - self._t0, input_bytes=self.input_bytes,
                          workers=self.config.n_workers, executor=self.config.executor, resumed=self.resumed,
                          skipped_files=self.skipped_files, shards=len(self.shards))
        self._write_json("stats.json", stats)
        if not self.config.keep_work:
            if self.store is not None:
                self.store.remove_tree(".work")
            else:
                shutil.rmtree(self.work, ignore_errors=True)
        return stats


def remove_stored_run(store: storage.Store) -> None:
    """:func:`palayesh.outdir.remove_run` on a store: the objects palayesh writes, ``run.json`` last."""
    store.remove_tree(".work")
    own = []
    for rel in store.files(""):
        top, _, rest = rel.partition("/")
        pattern = outdir.OWN_FILES.get(top)
        if (pattern is None and not rest and top in outdir.OWN_FILES) or \
                (pattern is not None and rest and "/" not in rest and pattern.fullmatch(rest)):
            own.append(rel)
    store.remove(own)
    store.remove([outdir.RUN_JSON])


def execute(run: Run, executor, progress) -> dict:
    """Run every stage of ``run`` with ``executor`` (its ``map(fn, tasks)`` runs tasks anywhere, in
    any order), each stage's barrier after it, then write ``stats.json``; returns it.
    Raises :class:`ShardError` when a task fails (after the executor's retries)."""
    from .executors.base import TaskFailed

    if getattr(executor, "forks", False) and not run.already_complete:
        warm(run.pipeline)
    for i, stage in enumerate(run.stages):
        tasks = run.pending(i)
        if tasks:
            total, unit = (run.input_bytes, "bytes") if i == 0 else (run.stage_docs(i), "docs")
            progress.start(stage.name, total=total, unit=unit, shards=len(tasks))
            seen = {"done": 0, "docs": 0, "bytes": 0, "live_docs": 0, "live_bytes": 0}
            size = {t.shard: sum(u.size for u in t.units) for t in tasks}

            def live(docs: int, nbytes: int, seen: dict = seen) -> None:  # this stage's counts
                seen["live_docs"], seen["live_bytes"] = docs, nbytes
                progress.update(max(docs, seen["docs"]), max(nbytes, seen["bytes"]), seen["done"])

            try:
                for task, result in executor.map(run_shard, tasks, progress=live):
                    seen["done"] += 1
                    seen["docs"] += result["counters"].get(f"stage/{stage.name}/docs", 0)
                    seen["bytes"] += size[task.shard]
                    progress.update(max(seen["live_docs"], seen["docs"]), max(seen["live_bytes"], seen["bytes"]),
                                    seen["done"])
            except TaskFailed as e:
                raise ShardError(f"stage {stage.name}, shard {e.task.shard} (input: {e.task.label}) failed: {e}",
                                 e.details) from None
            progress.finish()
        barrier = run.barrier_task(i)
        if barrier is None:
            continue
        progress.message(f"barrier after {stage.name}: {barrier.barrier.name}")
        try:
            counters = run_barrier(barrier, executor.map)
        except TaskFailed as e:
            part = "" if e.task.part is None else f", part {e.task.part}"
            raise ShardError(f"stage {stage.name}, barrier {barrier.barrier.name}{part} failed: {e}",
                             e.details) from None
        run.barrier_done(i, counters)
    return run.finalize()


def summarize(merged: Stats, *, elapsed: float, input_bytes: int, workers: int, executor: str,
              resumed: bool, skipped_files: int, shards: int) -> dict:
    """``stats.json``: the merged counters of every shard, arranged for people and programs."""
    c = merged.counters
    read = c.get("docs/read", 0)
    steps: dict[str, dict] = {}
    for key, n in merged.group("steps").items():
        name, _, what = key.rpartition("/")
        steps.setdefault(name, {})[what] = n
    for key, seconds in merged.seconds.items():
        if "/" not in key:
            steps.setdefault(key, {})["seconds"] = round(seconds, 3)
    stages = {}
    for key, seconds in merged.seconds.items():
        if key.startswith("stage/"):
            name = key[len("stage/"):]
            stages[name] = {"seconds": round(seconds, 3), "shards": c.get(f"stage/{name}/shards", 0),
                            "docs": c.get(f"stage/{name}/docs", 0)}
    barriers: dict[str, dict] = {}
    for key, n in merged.group("barrier").items():
        name, _, what = key.partition("/")
        barriers.setdefault(name, {})[what] = n
    for key, seconds in merged.seconds.items():
        if key.startswith("barrier/"):
            barriers.setdefault(key[len("barrier/"):], {})["seconds"] = round(seconds, 3)
    return {
        "complete": True,
        "palayesh_version": __version__,
        # read = kept + rejected; rejected/ holds rejected - not_sampled (see --keep-rejected-sample)
        "documents": {"read": read, "kept": c.get("docs/kept", 0), "rejected": c.get("docs/rejected", 0),
                      "not_sampled": c.get("docs/not_sampled", 0)},
        "reasons": dict(sorted(merged.group("reasons").items(), key=lambda kv: (-kv[1], kv[0]))),
        "errors": dict(sorted(merged.group("errors").items(), key=lambda kv: (-kv[1], kv[0]))),
        # the language gate's verdicts on WARC records, by evidence (palayesh.readers.gate)
        "gate": dict(sorted(merged.group("gate").items(), key=lambda kv: (-kv[1], kv[0]))),
        "steps": steps,
        "stages": stages,
        "barriers": barriers,
        "run": {
            "executor": executor,
            "workers": workers,
            "shards": shards,
            "resumed": resumed,
            "elapsed_seconds": round(elapsed, 3),
            "input_bytes": input_bytes,
            "skipped_files": skipped_files,
            "docs_per_second": round(read / elapsed, 1) if elapsed > 0 else None,
            "mb_per_second": round(input_bytes / 1e6 / elapsed, 3) if elapsed > 0 else None,
        },
    }
