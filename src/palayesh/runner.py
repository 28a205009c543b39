"""A refine run: its output folder, its shards, resuming, barriers and the final stats.

The folder ``OUT`` of a run::

    run.json            resolved configuration, palayesh version, input fingerprint (written first)
    docs/ rejected/     part-NNNNN.parquet (or .jsonl.gz), one file per shard
    errors/             NNNN-<stage>-NNNNN.jsonl: inputs that could not be read or processed
    stats.json          counts per step and reason, timings, throughput (written last)
    .work/              intermediate files and markers; removed after a complete run

Every shard of every stage ends by writing a marker (``.work/<stage>/shard-NNNNN.done``, holding its
stats) after its files were renamed into place; a barrier ends with its own marker. A rerun of the
same command skips whatever has a marker and redoes the rest, replacing any half-written files, so
after ``kill -9`` at any moment the output still holds every document exactly once.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import xxhash

from . import __version__
from .config import RefineConfig
from .document import SCHEMA_VERSION, valid_json
from .pipeline.base import BarrierPart, Context, Stage, chain, run_barrier_part
from .pipeline.plan import build_stages
from .pipeline.stats import Stats
from .readers import discover, plan_shards, read_units
from .readers.base import Unit
from .writers import IntermediateReader, IntermediateWriter, OutputSink

log = logging.getLogger(__name__)

OUTPUT_ENTRIES = ("docs", "rejected", "errors", "stats.json", "run.json", ".work")


class RunError(RuntimeError):
    """The run cannot start (an output folder of another run, no input); the message says why."""


def write_json_atomic(path: Path, data) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(valid_json(data), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    os.replace(tmp, path)


@dataclass(frozen=True)
class ShardTask:
    """Everything a worker needs to run one shard of one stage (picklable, small)."""

    out: str
    config: RefineConfig
    stage: int
    shard: int
    units: tuple[Unit, ...] = ()


_STAGES_CACHE: dict[str, list[Stage]] = {}


def _stages(config: RefineConfig) -> list[Stage]:
    """The stages for ``config``, built once per process (steps load their resources lazily)."""
    key = config.output_fingerprint()
    if key not in _STAGES_CACHE:
        _STAGES_CACHE[key] = build_stages(config)
    return _STAGES_CACHE[key]


def run_shard(task: ShardTask, progress=None) -> dict:
    """Run one shard of one stage to completion; returns its stats (also left in its marker)."""
    config = task.config
    stages = _stages(config)
    stage = stages[task.stage]
    out = Path(task.out)
    work = out / ".work"
    ctx = Context(shard=task.shard, stage=stage.name, work_dir=work, progress=progress)
    (work / stage.name).mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()

    if task.stage == 0:
        source = _count(read_units(task.units, ctx, max_doc_bytes=config.max_doc_bytes), ctx.stats, "docs/read")
    else:
        previous = stages[task.stage - 1].name
        source = iter(IntermediateReader(work / previous / f"shard-{task.shard:05d}.pkl.zst"))

    last = task.stage == len(stages) - 1
    if last:
        sink = OutputSink(out, task.shard, format=config.format, keep_raw=config.keep_raw, stats=ctx.stats)
    else:
        sink = IntermediateWriter(work / stage.name / f"shard-{task.shard:05d}.pkl.zst")

    for step in stage.steps:
        step.setup(ctx)
    n = 0
    for doc in chain(stage.steps, source, ctx):
        sink.write(doc)
        n += 1
        if progress and n % 16 == 0:
            progress(16, 0)
    if progress:
        progress(n % 16, 0)
    for step in stage.steps:
        step.finish(ctx)
    sink.close()

    if ctx.errors:
        errors_dir = out / "errors"
        errors_dir.mkdir(exist_ok=True)
        path = errors_dir / f"{task.stage}-{stage.name}-{task.shard:05d}.jsonl"
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for err in ctx.errors:
                fh.write(json.dumps(valid_json(err), ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    ctx.stats.add_time(f"stage/{stage.name}", time.perf_counter() - t0)
    ctx.stats.incr(f"stage/{stage.name}/shards")
    ctx.stats.incr(f"stage/{stage.name}/docs", n)
    result = ctx.stats.to_json()
    write_json_atomic(work / stage.name / f"shard-{task.shard:05d}.done", result)
    return result


def _count(docs, stats: Stats, key: str):
    for doc in docs:
        stats.incr(key)
        yield doc


class Run:
    """One ``refine`` run over ``inputs`` into ``out``: planning, resuming, barriers, stats.

    Executors drive it: for each stage, run :meth:`pending` tasks with :func:`run_shard` (in any
    order, anywhere), then call :meth:`finish_stage`; at the end :meth:`finalize`.
    """

    def __init__(self, inputs, out, config: RefineConfig):
        self.inputs = [os.fspath(p) for p in inputs]
        self.out = Path(out)
        self.work = self.out / ".work"
        self.config = config
        self.stages = build_stages(config)
        self.resumed = False
        self.already_complete = False
        self.shards: list[list[Unit]] = []
        self.input_bytes = 0
        self._t0 = time.perf_counter()

    # -- planning ---------------------------------------------------------------------------
    def prepare(self) -> None:
        if not self.inputs:
            raise RunError("no input given")
        units, discovery_errors, skipped = discover(self.inputs)
        self.shards = plan_shards(units, self.config.shard_size, self.config.shard_bytes)
        self.input_bytes = sum(u.size for u in units)
        self.skipped_files = skipped
        manifest = self._manifest(units)
        self._open_output(manifest)
        if discovery_errors:
            (self.out / "errors").mkdir(exist_ok=True)
            with open(self.out / "errors" / "discovery.jsonl", "w", encoding="utf-8") as fh:
                for err in discovery_errors:
                    fh.write(json.dumps(valid_json(err), ensure_ascii=False) + "\n")
        self.discovery_errors = len(discovery_errors)
        if not units and not self.already_complete:
            raise RunError("no readable input: " + (f"{len(discovery_errors)} unreadable path(s), see "
                           f"{self.out / 'errors' / 'discovery.jsonl'}" if discovery_errors
                           else f"no file of a known kind under {', '.join(self.inputs)}"))

    def _manifest(self, units: list[Unit]) -> dict:
        h = xxhash.xxh3_128()
        for u in units:
            h.update(f"{u.path}\0{u.kind}\0{u.size}\n".encode("utf-8", "surrogateescape"))
        return {
            "palayesh_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "config": self.config.to_dict(),
            "config_fingerprint": self.config.output_fingerprint(),
            "inputs": self.inputs,
            "inputs_fingerprint": h.hexdigest(),
            "files": len(units),
            "shards": len(self.shards),
            "python": sys.version.split()[0],
        }

    def _open_output(self, manifest: dict) -> None:
        out = self.out
        run_json = out / "run.json"
        if self.config.overwrite and out.exists():
            for name in OUTPUT_ENTRIES:
                p = out / name
                if p.is_dir():
                    shutil.rmtree(p)
                elif p.exists():
                    p.unlink()
        if run_json.exists():
            try:
                old = json.loads(run_json.read_text(encoding="utf-8"))
            except ValueError:
                raise RunError(f"{run_json} is damaged; rerun with --overwrite to start over") from None
            for key, what in (("palayesh_version", "palayesh version"), ("schema_version", "schema version"),
                              ("config_fingerprint", "configuration"), ("inputs_fingerprint", "set of input files")):
                if old.get(key) != manifest[key]:
                    raise RunError(f"{out} holds a run made with another {what} "
                                   f"({old.get(key)} here, {manifest[key]} now); "
                                   "rerun with --overwrite to start over, or choose another output folder")
            self.resumed = True
            stats = out / "stats.json"
            if stats.exists() and json.loads(stats.read_text(encoding="utf-8")).get("complete"):
                self.already_complete = True
            return
        if out.exists() and any(out.iterdir()) and not self.config.overwrite:
            raise RunError(f"{out} is not empty and holds no palayesh run; choose an empty or new folder, "
                           "or pass --overwrite (it deletes only docs/, rejected/, errors/, stats.json, run.json)")
        out.mkdir(parents=True, exist_ok=True)
        for d in ("docs", "rejected", "errors"):
            (out / d).mkdir(exist_ok=True)
        write_json_atomic(run_json, manifest)

    # -- execution --------------------------------------------------------------------------
    def _done_marker(self, stage: int, shard: int) -> Path:
        return self.work / self.stages[stage].name / f"shard-{shard:05d}.done"

    def pending(self, stage: int) -> list[ShardTask]:
        """Tasks of ``stage`` whose shard has no marker yet."""
        if self.already_complete:
            return []
        tasks = []
        for i, units in enumerate(self.shards):
            if not self._done_marker(stage, i).exists():
                tasks.append(ShardTask(str(self.out), self.config, stage, i, tuple(units) if stage == 0 else ()))
        return tasks

    def stage_docs(self, stage: int) -> int:
        """Documents that ``stage`` will see in total (known once stage 0 is done)."""
        if stage == 0:
            return 0
        return self._merged(0).counters.get("docs/read", 0)

    def _barrier_marker(self, stage: int) -> Path:
        return self.work / "barriers" / f"{self.stages[stage].name}.done"

    def barrier_begin(self, stage: int) -> list[BarrierPart] | None:
        """Prepare the barrier after ``stage``; returns its parallel parts (run them all with
        :func:`run_barrier_part`, anywhere, then call :meth:`barrier_end`), or None when the stage
        has no barrier or it is already done."""
        barrier = self.stages[stage].barrier
        if barrier is None or self.already_complete or self._barrier_marker(stage).exists():
            return None
        name = self.stages[stage].name
        shards = list(range(len(self.shards)))
        (self.work / "shared").mkdir(parents=True, exist_ok=True)
        (self.work / "barriers").mkdir(parents=True, exist_ok=True)
        write_json_atomic(self.work / "barriers" / f"{name}.begun", {"started": time.time()})
        barrier.prepare(self.work, name, shards)
        n = barrier.parts(self.work, name, shards)
        return [BarrierPart(barrier, self.work, name, tuple(shards), i) for i in range(n)]

    def barrier_end(self, stage: int) -> None:
        """Merge the barrier's parts and leave its marker (after :meth:`barrier_begin`)."""
        barrier = self.stages[stage].barrier
        if barrier is None or self.already_complete or self._barrier_marker(stage).exists():
            return
        name = self.stages[stage].name
        counters = barrier.reduce(self.work, name, list(range(len(self.shards)))) or {}
        stats = Stats({f"barrier/{barrier.name}/{k}": v for k, v in counters.items()})
        begun = self.work / "barriers" / f"{name}.begun"
        if begun.exists():
            started = json.loads(begun.read_text(encoding="utf-8"))["started"]
            stats.add_time(f"barrier/{barrier.name}", time.time() - started)
        write_json_atomic(self._barrier_marker(stage), stats.to_json())

    def finish_stage(self, stage: int, map_parts=map) -> None:
        """The whole barrier after ``stage``; ``map_parts(run_barrier_part, parts)`` runs its parts."""
        parts = self.barrier_begin(stage)
        if parts is None:
            return
        list(map_parts(run_barrier_part, parts))
        self.barrier_end(stage)

    def _merged(self, stage: int | None = None) -> Stats:
        total = Stats()
        stages = range(len(self.stages)) if stage is None else [stage]
        for s in stages:
            folder = self.work / self.stages[s].name
            if folder.is_dir():
                for marker in sorted(folder.glob("shard-*.done")):
                    total.merge(Stats.from_json(json.loads(marker.read_text(encoding="utf-8"))))
        barriers = self.work / "barriers"
        if stage is None and barriers.is_dir():
            for marker in sorted(barriers.glob("*.done")):
                total.merge(Stats.from_json(json.loads(marker.read_text(encoding="utf-8"))))
        return total

    def finalize(self) -> dict:
        stats_path = self.out / "stats.json"
        if self.already_complete:
            return json.loads(stats_path.read_text(encoding="utf-8"))
        merged = self._merged()
        if self.discovery_errors:
            merged.incr("errors/reader_unreadable", self.discovery_errors)
        stats = summarize(merged, elapsed=time.perf_counter() - self._t0, input_bytes=self.input_bytes,
                          workers=self.config.n_workers, executor=self.config.executor, resumed=self.resumed,
                          skipped_files=self.skipped_files, shards=len(self.shards))
        write_json_atomic(stats_path, stats)
        if not self.config.keep_work:
            shutil.rmtree(self.work, ignore_errors=True)
        return stats


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
        "documents": {"read": read, "kept": c.get("docs/kept", 0), "rejected": c.get("docs/rejected", 0)},
        "reasons": dict(sorted(merged.group("reasons").items(), key=lambda kv: (-kv[1], kv[0]))),
        "errors": dict(sorted(merged.group("errors").items(), key=lambda kv: (-kv[1], kv[0]))),
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
