"""The Python entry point of the whole pipeline."""
from __future__ import annotations

import os
from typing import Iterable

from .config import RefineConfig, make_config
from .executors import get_executor
from .executors.progress import Progress
from .runner import Run


def refine(inputs: str | os.PathLike | Iterable[str | os.PathLike], output: str | os.PathLike, *,
           config: RefineConfig | str | os.PathLike | None = None, **options) -> dict:
    """Refine ``inputs`` (files or folders) into the folder ``output``; returns ``stats.json``.

    Options are those of :class:`palayesh.config.RefineConfig`, as keywords or from a TOML
    ``config`` file (keywords win); groups take dicts (``normalize={"digits": "latin"}``).

    Raises :class:`palayesh.runner.RunError` when the run cannot start (no readable input, an
    output folder of another run or in use by one) and :class:`palayesh.runner.ShardError` when
    it stops half-way (a rerun resumes it).

    >>> stats = refine("examples/pages", "OUT", workers=2, format="jsonl")  # doctest: +SKIP
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if isinstance(config, RefineConfig):
        cfg = config.replace(**options) if options else config
    else:
        cfg = make_config(config, **options)
    run = Run(list(inputs), output, cfg)
    run.prepare()  # from here on, ``output`` is locked against other runs until the run ends
    try:
        progress = Progress(cfg.progress)
        if run.already_complete:
            progress.message(f"{output} already holds a complete run of these inputs; nothing to do")
        executor_cls = get_executor(cfg.executor)
        executor = executor_cls(cfg.n_workers, progress) if cfg.executor == "local" else \
            executor_cls(cfg.n_workers, progress, address=cfg.address)
        return executor.run(run)
    finally:
        run.close()
