"""The configuration of a refine run: one validated, keyword-only object.

It can be built from keywords (``palayesh.refine(..., workers=2)``), from a TOML file
(``--config palayesh.toml``; groups of step options are tables, e.g. ``[normalize]``), and from
CLI flags, which win over the file. ``run.json`` records it resolved, so a run can be repeated.

Example ``palayesh.toml``::

    format = "jsonl"
    keep_raw = false
    shard_size = 500

    [normalize]
    digits = "latin"
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Literal

from .dedup.options import DedupOptions
from .extract.options import ExtractOptions
from .filters.options import FilterOptions
from .normalize.options import NormalizeOptions
from .options import OptionsError, from_mapping, to_dict, validate

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib

#: options that change how a run executes but never what it writes; a resumed run may change them
EXECUTION_ONLY = ("workers", "executor", "address", "progress", "overwrite", "keep_work")


def max_workers(executor: str = "local") -> int:
    """The most worker processes a run may ask for: 4 per core here (more only thrash and take
    memory), or 4096 tasks at a time on a cluster (Ray, ...), whose cores are elsewhere."""
    return 4 * (os.cpu_count() or 1) if executor == "local" else 4096


@dataclass(frozen=True, kw_only=True)
class RefineConfig:
    #: output files: Parquet (default) or gzip-compressed JSON lines
    format: Literal["parquet", "jsonl"] = "parquet"
    #: keep the page as read in the ``raw`` column (``--no-raw`` drops it)
    keep_raw: bool = True
    #: one-file-per-document inputs are grouped into shards of this many files
    shard_size: int = 250
    #: a larger JSONL or Parquet file is split into shards of about this many bytes (a .jsonl.gz/.zst
    #: file by decompressed bytes, into at most 16), so that one big file still keeps every worker busy
    shard_bytes: int = 32 * 1024 * 1024
    #: a document larger than this many bytes is not processed; it becomes an error record
    max_doc_bytes: int = 64 * 1024 * 1024
    #: worker processes; None = all cores; at most 4 per core (see :func:`max_workers`)
    workers: int | None = None
    #: where tasks run: "local", "ray", or the name of an executor registered with
    #: :func:`palayesh.executors.register`
    executor: str = "local"
    #: Ray cluster address for ``executor = "ray"`` (None or "auto": start or join a local one)
    address: str | None = None
    progress: Literal["auto", "rich", "plain", "none"] = "auto"
    #: start over in an existing output folder, deleting what is there
    overwrite: bool = False
    #: keep the intermediate files in ``OUT/.work`` after a successful run
    keep_work: bool = False
    normalize: NormalizeOptions = field(default_factory=NormalizeOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    filters: FilterOptions = field(default_factory=FilterOptions)
    dedup: DedupOptions = field(default_factory=DedupOptions)

    def __post_init__(self):
        validate(self)
        from .executors import names

        if self.executor not in names():
            raise OptionsError(f"RefineConfig.executor: unknown executor {self.executor!r} "
                               f"(known: {', '.join(names())})")
        if self.shard_size < 1:
            raise OptionsError("RefineConfig.shard_size must be at least 1")
        if self.workers is not None and not 1 <= self.workers <= max_workers(self.executor):
            raise OptionsError(f"RefineConfig.workers must be between 1 and {max_workers(self.executor)} "
                               f"(got {self.workers})")
        if self.shard_bytes < 1024:
            raise OptionsError("RefineConfig.shard_bytes must be at least 1024")
        if self.max_doc_bytes < 1:
            raise OptionsError("RefineConfig.max_doc_bytes must be at least 1")

    @property
    def n_workers(self) -> int:
        return self.workers or os.cpu_count() or 1

    def to_dict(self) -> dict:
        return to_dict(self)

    def output_fingerprint(self) -> str:
        """Hash of every option that can change the output (not workers, progress, ...)."""
        d = {k: v for k, v in self.to_dict().items() if k not in EXECUTION_ONLY}
        return hashlib.sha256(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]

    def replace(self, **changes) -> RefineConfig:
        return dataclasses.replace(self, **changes)


def load_toml(path: str | os.PathLike) -> dict:
    """Read a config file; errors name the file and the problem."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as e:
        raise OptionsError(f"cannot read config file {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise OptionsError(f"config file {path} is not valid TOML: {e}") from None


def make_config(file: str | os.PathLike | None = None, **overrides) -> RefineConfig:
    """Options from ``file`` (TOML), then ``overrides`` on top (None values are ignored)."""
    data = load_toml(file) if file else {}
    for key, value in overrides.items():
        if value is None:
            continue
        if isinstance(value, dict):
            data[key] = {**data.get(key, {}), **value}
        else:
            data[key] = value
    return from_mapping(RefineConfig, data, where=str(file) if file else "")

