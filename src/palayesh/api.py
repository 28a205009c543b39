"""The Python entry point of the whole pipeline."""
from __future__ import annotations

import os
from collections.abc import Iterable

from .config import RefineConfig, make_config
from .executors import ExecutorError, get_executor
from .executors.progress import Progress
from .pipeline.base import Pipeline
from .runner import Run, RunError, execute

#: options that build the recipe's steps; with ``pipeline=`` they belong to the recipe's call
RECIPE_OPTIONS = ("format", "keep_raw", "max_doc_bytes", "normalize", "extract", "filters", "dedup")


_PATH = (str, bytes, os.PathLike)


def _got(value) -> str:
    return "None" if value is None else type(value).__name__


def _path(value, name: str) -> str:
    if not isinstance(value, _PATH):
        raise TypeError(f"refine({name}): expected a path (str, bytes or os.PathLike), got {_got(value)}")
    return os.fsdecode(value)


def _input_paths(inputs) -> list[str]:
    if isinstance(inputs, _PATH):
        return [os.fsdecode(inputs)]
    if inputs is None or isinstance(inputs, (dict, int, float)) or not isinstance(inputs, Iterable):
        raise TypeError("refine(inputs): expected a path or a list of paths (str, bytes or os.PathLike), "
                        f"got {_got(inputs)}")
    paths = [_path(p, f"inputs[{i}]") for i, p in enumerate(inputs)]
    if not paths:
        raise ValueError("refine(inputs): no input given")
    return paths


def refine(inputs: str | bytes | os.PathLike | Iterable[str | bytes | os.PathLike], output: str | bytes | os.PathLike,
           *, config: RefineConfig | str | os.PathLike | None = None, pipeline: Pipeline | None = None,
           **options) -> dict:
    """Refine ``inputs`` (files or folders) into the folder ``output``; returns ``stats.json``.

    Options are those of :class:`palayesh.config.RefineConfig`, as keywords or from a TOML
    ``config`` file (keywords win); groups take dicts (``normalize={"digits": "latin"}``).
    Paths may be bytes (a name that is not UTF-8), read as ``os.fsdecode`` reads them.

    ``pipeline`` is what runs: by default :func:`palayesh.recipe.persian_news` of the options;
    give your own (e.g. the recipe with a step of yours inserted) and the options only say how to
    run it (workers, executor, shards, ...); the steps carry their own options.

    Raises :class:`palayesh.runner.RunError` when the run cannot start (no readable input, an
    output folder of another run or in use by one) and :class:`palayesh.runner.ShardError` when
    it stops half-way (a rerun resumes it). (The example writes a folder, so it is not run as a doctest.)

    >>> stats = refine("examples/pages", "OUT", workers=2, format="jsonl")  # doctest: +SKIP
    """
    inputs = _input_paths(inputs)
    output = _path(output, "output")
    if pipeline is not None:
        if not isinstance(pipeline, Pipeline):
            raise TypeError(f"refine(pipeline): expected a palayesh.pipeline.Pipeline, got {_got(pipeline)}")
        given = sorted(set(options) & set(RECIPE_OPTIONS))
        if given:
            raise TypeError(f"refine(pipeline=..., {', '.join(given)}=...): with your own pipeline, give "
                            f"{', '.join(given)} to the recipe (palayesh.recipe.persian_news({given[0]}=...))")
    if config is not None and not isinstance(config, (RefineConfig, str, os.PathLike)):
        raise TypeError("refine(config): expected RefineConfig, a path to a TOML file or None, "
                        f"got {_got(config)}")
    if isinstance(config, RefineConfig):
        cfg = config.replace(**options) if options else config
    else:
        cfg = make_config(config, **options)
    make_executor = get_executor(cfg.executor)
    run = Run(inputs, output, cfg, pipeline)
    run.prepare()  # from here on, ``output`` is locked against other runs until the run ends
    try:
        progress = Progress(cfg.progress)
        if run.already_complete:
            progress.message(f"{output} already holds a complete run of these inputs; nothing to do")
        with make_executor(cfg) as executor:
            return execute(run, executor, progress)
    except ExecutorError as e:
        raise RunError(str(e)) from None
    finally:
        run.close()
