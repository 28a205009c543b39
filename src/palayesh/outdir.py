"""The output folder of a run as a thing on disk: is it a palayesh run, and what in it did palayesh write.

A folder is a palayesh run when it holds a ``run.json`` written by palayesh (it is written first,
atomically, so a run's other files never exist without it). ``--overwrite`` deletes only the
files that palayesh writes, by their names; whatever a user put beside them stays.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

RUN_JSON = "run.json"
#: a lock file held (``flock``) by the run writing to the folder; it holds that run's pid
LOCK = ".lock"

#: what palayesh writes, per entry of OUT: a name pattern of its files (None: the entry is a file)
OWN_FILES: dict[str, re.Pattern | None] = {
    "docs": re.compile(r"part-.*"),
    "rejected": re.compile(r"part-.*"),
    "errors": re.compile(r".*\.jsonl(\.[0-9]+)?(\.tmp)?"),
    "stats.json": None,
}
#: left by a start that failed half-way (before this version, or when killed): they make no run
_LEFTOVER = re.compile(r"(run|stats)\.json\.[0-9]+\.tmp")


def read_run_json(folder: str | os.PathLike) -> dict | None:
    """The ``run.json`` of the palayesh run in ``folder``; None when there is none.
    Raises ValueError when there is a ``run.json`` that palayesh did not write (or it is damaged)."""
    path = Path(folder) / RUN_JSON
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not a palayesh run.json") from None
    data = json.loads(text)  # ValueError when damaged
    if not isinstance(data, dict) or "palayesh_version" not in data or "inputs_fingerprint" not in data:
        raise ValueError(f"{path} is not a palayesh run.json")
    return data


def is_run_folder(folder: str | os.PathLike) -> bool:
    try:
        return read_run_json(folder) is not None
    except (OSError, ValueError):
        return False


def is_blank(folder: Path) -> bool:
    """Whether ``folder`` holds nothing but what a failed start may have left: the lock file,
    temporary files of palayesh, empty output folders."""
    for p in folder.iterdir():
        if p.name == LOCK or _LEFTOVER.fullmatch(p.name):
            continue
        if p.name in ("docs", "rejected", "errors", ".work") and p.is_dir() and not any(p.iterdir()):
            continue
        return False
    return True


def remove_leftovers(folder: Path) -> None:
    for p in folder.iterdir():
        if _LEFTOVER.fullmatch(p.name):
            p.unlink(missing_ok=True)


def remove_run(folder: Path) -> None:
    """Delete the run in ``folder`` (``--overwrite``): the files palayesh writes, ``run.json`` last
    (an interrupted removal leaves a folder that is still a run), nothing else."""
    shutil.rmtree(folder / ".work", ignore_errors=True)
    remove_leftovers(folder)
    for name, pattern in OWN_FILES.items():
        p = folder / name
        if pattern is None:
            p.unlink(missing_ok=True)
        elif p.is_dir():
            for f in p.iterdir():
                if f.is_file() and pattern.fullmatch(f.name):
                    f.unlink()
            try:
                p.rmdir()
            except OSError:  # the user's own files are in it: it stays
                pass
    (folder / RUN_JSON).unlink(missing_ok=True)
