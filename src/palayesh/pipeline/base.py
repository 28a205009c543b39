"""The abstractions every capability plugs into: steps, stages, barriers and the pipeline.

Documents (plain dicts, see :mod:`palayesh.document`) stream through steps. There is one base
class, :class:`Step`, and one hook per family:

- :class:`Source` -- the first step of a stage makes its documents (reads the shard's input files,
  or what the stage before wrote);
- :class:`Transform` -- ``transform(doc)`` changes a document in place (cleanup, extraction, normalization);
- :class:`Filter` -- ``filter(doc) -> (keep, why)``; a dropped document is not lost, it gets
  ``reason = "<step>_<why>"``, skips the later filters, and is written to ``rejected/``;
- :class:`Sink` -- the last step of a stage writes each document and commits its files in ``finish``.

A :class:`Pipeline` is a few :class:`Stage` s. Each stage runs its steps over every shard
independently (in any order, on any worker); a :class:`Barrier` after a stage then sees the whole
run at once (merging per-shard line statistics, clustering near-duplicates) and leaves its result in
the work folder for the steps of the next stage. Steps never know which executor runs them. They
are built holding their options only and load what they need (resources, a barrier's result) in
``setup``, into attributes whose name starts with ``_``: a pipeline travels to workers small, and
its :meth:`Pipeline.fingerprint` is that of the options.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import xxhash

from .stats import Stats

log = logging.getLogger(__name__)


@dataclass
class Context:
    """What a step may use while it processes one shard of one stage."""

    shard: int
    stage: str
    work_dir: Path
    stats: Stats = field(default_factory=Stats)
    errors: list = field(default_factory=list)
    #: called with (docs, bytes) as documents advance; executors use it for progress
    progress: Callable[[int, int], None] | None = None
    #: the output folder of the run
    out: Path | None = None
    #: the shard's input units (:class:`palayesh.readers.Unit`), for the first stage's source
    units: tuple = ()
    #: the stage before this one (its name), whose files a stage's source reads
    previous: str | None = None
    #: inputs (file paths, or documents' ``source``) to leave out: they killed their worker again
    #: and again; each becomes an error record (``worker_died``)
    leave_out: frozenset = frozenset()
    #: called with each input's name before it is read (an executor whose worker dies can say where)
    on_input: Callable[[str], None] | None = None
    #: brings a file of the work folder here before it is read (a run on object storage works
    #: on a local copy of its folder: :class:`palayesh.storage.Mirror`); None: it is here
    fetch: Callable[[Path], None] | None = None

    def error(self, input: str, reason: str, *, position=None, error: str | None = None, step: str = "") -> None:
        """Record an input (or a document) that could not be read or processed."""
        self.errors.append({"input": input, "position": position, "step": step, "reason": reason,
                            "error": error, "stage": self.stage, "shard": self.shard})
        self.stats.incr(f"errors/{reason}")

    def artifact(self, name: str) -> Path:
        """This shard's private file ``name`` in the stage's work folder (for barriers to merge)."""
        d = self.work_dir / self.stage / "artifacts"
        d.mkdir(parents=True, exist_ok=True)
        return d / f"{name}-{self.shard:05d}"

    def shared(self, name: str) -> Path:
        """A file left by a barrier for every shard of the later stages."""
        return self.local(self.work_dir / "shared" / name)

    def local(self, path: Path) -> Path:
        """``path``, a file of the run's work folder that another task wrote, ready to be read here
        (fetched from the store of a run on object storage; it stays absent when there is none)."""
        if self.fetch is not None:
            self.fetch(path)
        return path


class Step:
    """Base of every step. Subclasses set ``name`` (used in stats and drop reasons)."""

    name = "step"

    def setup(self, ctx: Context) -> None:
        """Called once per shard before the first document (load a barrier's result here)."""

    def warm(self) -> None:
        """Load what every worker will need (modules, models, tables) ahead of the run: an executor
        that forks its workers (:attr:`palayesh.executors.base.Executor.forks`) has the main process
        call this before it forks, so the workers inherit it instead of each loading its own copy.
        Nothing that depends on the run's data (a barrier's result is for :meth:`setup`)."""

    def run(self, docs: Iterable[dict], ctx: Context) -> Iterator[dict]:
        yield from docs

    def finish(self, ctx: Context) -> None:
        """Called once per shard after the last document (write per-shard artifacts here)."""

    def params(self) -> dict:
        """What this step was built with: its public attributes (``_`` ones are loaded state)."""
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

    def describe(self) -> dict:
        """The step as data, for ``run.json`` and the run's fingerprint."""
        return {"step": self.name, "class": f"{type(self).__module__}.{type(self).__qualname__}",
                "params": _plain(self.params())}

    def __repr__(self) -> str:
        opts = ", ".join(f"{k}={v!r}" for k, v in self.params().items())
        return f"{type(self).__name__}({opts})"


def _plain(value):
    """JSON-ready form of an option value (dataclasses of options, tuples, paths, anything else by repr)."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Path):
        return str(value)
    return repr(value)


class Source(Step):
    """The first step of a stage: makes the documents of its shard (whatever comes in is ignored)."""


class Sink(Step):
    """The last step of a stage: writes each document (and passes it on, to be counted); its files
    are complete under their final names only after :meth:`finish`.

    A sink implements :meth:`open`: the shard's writer, an object with ``write(doc)`` and
    ``close()`` (which renames its files into place)."""

    def open(self, ctx: Context):
        raise NotImplementedError

    def setup(self, ctx: Context) -> None:
        self._writer = self.open(ctx)

    def run(self, docs: Iterable[dict], ctx: Context) -> Iterator[dict]:
        write = self._writer.write
        for doc in docs:
            write(doc)
            yield doc

    def finish(self, ctx: Context) -> None:
        self._writer.close()


class Transform(Step):
    """A step that changes each document in place. Rejected documents are transformed too:
    ``rejected/`` holds them fully extracted and normalized, so a user can audit every drop."""

    def transform(self, doc: dict) -> None:
        raise NotImplementedError

    def run(self, docs, ctx):
        name, stats, clock = self.name, ctx.stats, time.perf_counter
        spent = 0.0
        n = 0
        for doc in docs:
            t0 = clock()
            try:
                self.transform(doc)
            except Exception as e:  # a bug or a pathological page must not stop the run
                log.warning("step %s failed on %s: %s", name, doc.get("id"), e)
                ctx.error(doc.get("source") or "", f"{name}_failed", position=doc.get("id"),
                          error=f"{type(e).__name__}: {e}", step=name)
                doc["reason"] = doc.get("reason") or f"{name}_failed"
            spent += clock() - t0
            n += 1
            yield doc
        stats.incr(f"steps/{name}/docs", n)
        stats.add_time(name, spent)


class Filter(Step):
    """A step that decides whether a document stays. ``filter`` returns ``(keep, why)``."""

    def filter(self, doc: dict) -> tuple[bool, str | None]:
        raise NotImplementedError

    def run(self, docs, ctx):
        name, stats, clock = self.name, ctx.stats, time.perf_counter
        spent = 0.0
        for doc in docs:
            if doc.get("reason") is None:
                t0 = clock()
                try:
                    keep, why = self.filter(doc)
                except Exception as e:  # like a transform: the document is recorded, the run goes on
                    log.warning("step %s failed on %s: %s", name, doc.get("id"), e)
                    ctx.error(doc.get("source") or "", f"{name}_failed", position=doc.get("id"),
                              error=f"{type(e).__name__}: {e}", step=name)
                    keep, why = False, "failed"
                spent += clock() - t0
                stats.incr(f"steps/{name}/in")
                if not keep:
                    doc["reason"] = f"{name}_{why}"
                    stats.incr(f"steps/{name}/dropped")
            yield doc
        stats.add_time(name, spent)


class Barrier:
    """Runs once between two stages, over the whole run (all shards of the stage before).

    A barrier runs as ``rounds()`` rounds, each a ``prepare`` (one task) then ``parts()``
    independent pieces (``run_part``, in parallel on any worker: the local pool or Ray tasks),
    then one ``reduce``. A simple barrier only implements ``reduce``; one whose work splits (e.g.
    LSH bands of near-duplicate search) also implements the others, and one whose pieces depend
    on the pieces before (a partitioned dedup: exact groups, then bands, then clusters) has more
    than one round. ``reduce`` must also work alone, when nothing was prepared.
    """

    name = "barrier"

    def rounds(self, work_dir: Path, stage: str, shards: list[int]) -> int:
        """Number of prepare-then-parts rounds before :meth:`reduce`."""
        return 1

    def prepare(self, work_dir: Path, stage: str, shards: list[int], round: int = 0) -> None:
        """Gather what the parts of ``round`` need (in ``work_dir``), once, before them."""

    def parts(self, work_dir: Path, stage: str, shards: list[int], round: int = 0) -> int | None:
        """Number of independent pieces of ``round`` after its :meth:`prepare` (0: none); ``None``:
        no more rounds, :meth:`reduce` does the rest (e.g. a run too small to be worth splitting)."""
        return 0

    def run_part(self, work_dir: Path, stage: str, shards: list[int], part: int, round: int = 0) -> None:
        """Piece ``part`` of ``round``; leaves its result in ``work_dir`` for later rounds or :meth:`reduce`."""

    def wants(self, work_dir: Path, stage: str, shards: list[int], round: int, part: int,
              fetch: Callable[[str], None]) -> Callable[[str], bool] | None:
        """Which of the stage's work files (by name) piece ``part`` of ``round`` reads, when each task
        works on its own copy of a store's files (``None``: all of them). ``fetch(rel)`` brings one
        file (a path under ``work_dir``) down first, e.g. a plan that says which."""
        return None

    def reduce(self, work_dir: Path, stage: str, shards: list[int]) -> dict:
        """Merge what the stage's shards (and the parts) left in ``work_dir/<stage>`` and write the
        result under ``work_dir/shared``. Returns counters for ``stats.json``."""
        raise NotImplementedError


@dataclass(frozen=True)
class BarrierTask:
    """The barrier after one stage, as tasks for an executor (picklable): with ``part`` None, the
    preparation of round ``round`` (:func:`prepare_barrier`) or the merge (:func:`reduce_barrier`);
    else that part of that round."""

    barrier: Barrier
    work_dir: Path
    stage: str
    shards: tuple[int, ...]
    part: int | None = None
    #: the URL of the run's folder on object storage (``work_dir`` is then unused): the task works
    #: on a local copy of the stage's work files and of the barriers' results
    store: str | None = None
    round: int = 0


def _on_store(task: BarrierTask, fn):
    """``fn(work_dir)`` where the task's files are: in place, or on a local copy of the store's
    (:class:`palayesh.storage.Mirror`: the stage's work files but the documents between stages,
    and the barriers' results, down first; what ``fn`` wrote or deleted, up after)."""
    if task.store is None:
        return fn(task.work_dir)
    from ..storage import Mirror

    with Mirror(task.store) as mirror:
        work = mirror.local / ".work"
        wants = None
        if task.part is not None:
            wants = task.barrier.wants(work, task.stage, list(task.shards), task.round, task.part,
                                       lambda rel: mirror.fetch(work / rel))

        def skip(rel: str) -> bool:
            name = rel.rpartition("/")[2]
            return name.startswith("shard-") or (wants is not None and not wants(name))

        mirror.pull(f".work/{task.stage}", skip=skip)
        mirror.pull(".work/shared")
        result = fn(mirror.local / ".work")
        mirror.push()
    return result


def prepare_barrier(task: BarrierTask) -> int | None:
    """Prepare the barrier's round ``task.round``; returns the number of its parts (``None``:
    the rounds end here)."""
    def prepare(work_dir):
        task.barrier.prepare(work_dir, task.stage, list(task.shards), task.round)
        return task.barrier.parts(work_dir, task.stage, list(task.shards), task.round)
    return _on_store(task, prepare)


def run_barrier_part(task: BarrierTask) -> None:
    assert task.part is not None, "a part task names its part"
    part, r = task.part, task.round
    _on_store(task, lambda work_dir: task.barrier.run_part(work_dir, task.stage, list(task.shards), part, r))


def reduce_barrier(task: BarrierTask) -> dict:
    """Merge the barrier's parts; returns its counters."""
    return _on_store(task, lambda work_dir: task.barrier.reduce(work_dir, task.stage, list(task.shards))) or {}


def run_barrier(task: BarrierTask, map_tasks) -> dict:
    """Every round of the barrier (prepare, then its parts) and the reduce, with ``map_tasks(fn,
    tasks)`` (an executor's ``map``: yields ``(task, result)``); returns the counters."""
    import dataclasses

    for r in range(task.barrier.rounds(task.work_dir, task.stage, list(task.shards))):
        at = dataclasses.replace(task, round=r)
        [(_, parts)] = list(map_tasks(prepare_barrier, [at]))
        if parts is None:
            break
        list(map_tasks(run_barrier_part, [dataclasses.replace(at, part=k) for k in range(parts)]))
    [(_, counters)] = list(map_tasks(reduce_barrier, [task]))
    return counters


@dataclass
class Stage:
    """Steps run shard by shard (a :class:`Source` first, a :class:`Sink` last), then an optional
    barrier over the whole run."""

    name: str
    steps: list[Step]
    barrier: Barrier | None = None


class PipelineError(ValueError):
    """A pipeline that cannot run: a stage without a source or a sink, a step name not found."""


class Pipeline:
    """The stages of a run, as a value: built by a recipe (:func:`palayesh.recipe.persian_news`),
    changed with :meth:`insert`, :meth:`replace` and :meth:`remove` (each returns a new pipeline),
    and given to :func:`palayesh.refine`. Its :meth:`fingerprint` names what it writes: a run
    resumes only with the same one.
    """

    def __init__(self, stages: Iterable[Stage]):
        self.stages = [Stage(s.name, list(s.steps), s.barrier) for s in stages]
        self._check()

    def _check(self) -> None:
        if not self.stages:
            raise PipelineError("a pipeline needs at least one stage")
        names = [s.name for s in self.stages]
        if len(set(names)) != len(names):
            raise PipelineError(f"stage names must differ: {names}")
        for s in self.stages:
            if not s.steps or not isinstance(s.steps[0], Source) or not isinstance(s.steps[-1], Sink):
                raise PipelineError(f"stage {s.name!r} must start with a Source step and end with a Sink "
                                    f"step (it has {[type(x).__name__ for x in s.steps]})")
            for step in s.steps[1:-1]:
                if isinstance(step, (Source, Sink)):
                    raise PipelineError(f"stage {s.name!r}: {step!r} can only be first or last")
                if not isinstance(step, Step):
                    raise PipelineError(f"stage {s.name!r}: {step!r} is not a Step")

    def __iter__(self):
        return iter(self.stages)

    def __len__(self) -> int:
        return len(self.stages)

    def __getitem__(self, i: int) -> Stage:
        return self.stages[i]

    def steps(self) -> list[Step]:
        return [step for s in self.stages for step in s.steps]

    def _find(self, name: str) -> tuple[int, int]:
        found = [(i, j) for i, s in enumerate(self.stages) for j, step in enumerate(s.steps) if step.name == name]
        if not found:
            known = ", ".join(dict.fromkeys(step.name for step in self.steps()))
            raise PipelineError(f"no step named {name!r} in the pipeline (steps: {known})")
        return found[0]

    def _changed(self, i: int, steps: list[Step]) -> Pipeline:
        stages = [Stage(s.name, list(s.steps), s.barrier) for s in self.stages]
        stages[i].steps = steps
        return Pipeline(stages)

    def insert(self, step: Step, *, after: str | None = None, before: str | None = None) -> Pipeline:
        """A new pipeline with ``step`` right after (or before) the step named ``after`` (``before``);
        a name several steps share means the last of them (the first, with ``before``)."""
        if (after is None) == (before is None):
            raise PipelineError("insert: give exactly one of after= or before=")
        if not isinstance(step, Step):
            raise PipelineError(f"insert: {step!r} is not a Step")
        name = after if after is not None else before
        assert name is not None  # one of them is given (checked above)
        found = [(i, j) for i, s in enumerate(self.stages) for j, x in enumerate(s.steps) if x.name == name]
        if not found:
            self._find(name)  # raises, listing the known names
        i, j = found[-1] if after is not None else found[0]
        steps = list(self.stages[i].steps)
        steps.insert(j + 1 if after is not None else j, step)
        return self._changed(i, steps)

    def replace(self, name: str, step: Step) -> Pipeline:
        """A new pipeline with the (first) step named ``name`` replaced by ``step``."""
        i, j = self._find(name)
        steps = list(self.stages[i].steps)
        steps[j] = step
        return self._changed(i, steps)

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the (first) step named ``name``."""
        i, j = self._find(name)
        steps = list(self.stages[i].steps)
        del steps[j]
        return self._changed(i, steps)

    def describe(self) -> list[dict]:
        """The pipeline as data (``run.json``)."""
        return [{"stage": s.name, "steps": [x.describe() for x in s.steps],
                 "barrier": None if s.barrier is None else {
                     "barrier": s.barrier.name,
                     "class": f"{type(s.barrier).__module__}.{type(s.barrier).__qualname__}",
                     "params": _plain({k: v for k, v in vars(s.barrier).items() if not k.startswith("_")})}}
                for s in self.stages]

    def fingerprint(self) -> str:
        """Hash of :meth:`describe`: two pipelines with the same steps and options write the same."""
        import json

        text = json.dumps(self.describe(), sort_keys=True, ensure_ascii=False)
        return xxhash.xxh3_128_hexdigest(text.encode("utf-8", "surrogatepass"))[:16]

    def __repr__(self) -> str:
        return "Pipeline(" + "; ".join(f"{s.name}: " + ", ".join(x.name for x in s.steps) +
                                       (f" | {s.barrier.name}" if s.barrier else "") for s in self.stages) + ")"


def chain(steps: Iterable[Step], docs: Iterable[dict], ctx: Context) -> Iterator[dict]:
    """Stream ``docs`` through ``steps``."""
    for step in steps:
        docs = step.run(docs, ctx)
    return iter(docs)
