"""Files that appear whole or not at all: every file palayesh writes for others to read (a part
of the output, ``run.json``, ``stats.json``, a shard's marker, an artifact of the work folder) is
written under a temporary name in the same folder, then renamed over its real name
(``os.replace``, atomic on one file system). A reader never sees half a file, and a run killed
half-way leaves only ``<name>.<pid>.tmp`` files, which no reader takes for the real thing
(:mod:`palayesh.outdir` knows them as palayesh's own, to delete).

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with atomic_write(os.path.join(folder, "note.txt")) as fh:
...     _ = fh.write("پالایش")
>>> os.listdir(folder)
['note.txt']
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def tmp_path_for(path: str | os.PathLike) -> Path:
    """The temporary name of ``path`` while it is written: ``<name>.<pid>.tmp`` in the same folder
    (the pid keeps two processes writing the same file apart). For a writer that streams to it
    and renames it itself (``os.replace(tmp, path)``); else use :func:`atomic_write`."""
    path = Path(path)
    return path.with_name(f"{path.name}.{os.getpid()}.tmp")


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", *, encoding: str = "utf-8") -> Iterator[IO]:
    """Open :func:`tmp_path_for` ``path`` for writing (``mode`` ``"w"`` or ``"wb"``); on success
    it replaces ``path``, on an exception it is removed and ``path`` is left as it was."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write(mode): expected 'w' or 'wb', got {mode!r}")
    tmp = tmp_path_for(path)
    try:
        with open(tmp, mode, encoding=None if mode == "wb" else encoding) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_json_atomic(path: str | os.PathLike, data) -> None:
    """``data`` as indented, key-sorted UTF-8 JSON (one trailing newline), written atomically."""
    with atomic_write(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
