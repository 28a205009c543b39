"""The output folder of a run as a thing on disk: is it a palayesh run, what in it did palayesh
write, and its rows read back (:func:`read_output`, exported as ``palayesh.read_output``).

A folder is a palayesh run when it holds a ``run.json`` written by palayesh (it is written first,
atomically, so a run's other files never exist without it). ``--overwrite`` deletes only the
files that palayesh writes, by their names; whatever a user put beside them stays.
"""
from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
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
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return parse_run_json(data, path)


def parse_run_json(data: bytes, name) -> dict:
    """The ``run.json`` in ``data`` (read from ``name``); ValueError when palayesh did not write it."""
    try:
        parsed = json.loads(data.decode("utf-8"))  # ValueError when damaged
    except UnicodeDecodeError:
        raise ValueError(f"{name} is not a palayesh run.json") from None
    if not isinstance(parsed, dict) or "palayesh_version" not in parsed or "inputs_fingerprint" not in parsed:
        raise ValueError(f"{name} is not a palayesh run.json")
    return parsed


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


def remove_stale_tmp(folder: Path) -> None:
    """Delete the temporary files that runs killed mid-write left in the output entries (a run
    names its temporary files after its pid, so a resumed run does not overwrite them). Call it
    holding the folder's lock: then no other run is writing them."""
    for name, pattern in OWN_FILES.items():
        p = folder / name
        if pattern is not None and p.is_dir():
            for f in p.iterdir():
                if f.name.endswith(".tmp") and f.is_file() and pattern.fullmatch(f.name):
                    f.unlink(missing_ok=True)


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


# -- reading an output folder back -----------------------------------------------------------------

#: the files of each part that hold rows, in reading order: Parquet parts, then gzip JSON lines
#: parts (``--format jsonl``); the error records are plain JSON lines
PART_FILES = {"docs": ("*.parquet", "*.jsonl.gz"), "rejected": ("*.parquet", "*.jsonl.gz"), "errors": ("*.jsonl",)}
#: rows per batch of :func:`iter_part_file`
BATCH = 1000


class NotAPart(ValueError):
    """A file with a part's name that is not a palayesh part (another table, a required column missing)."""


def part_files(out: str | os.PathLike, part: str = "docs") -> list:
    """The files of ``OUT/<part>`` that hold rows (:data:`PART_FILES`), each pattern in name order:
    paths, or URLs for an output on object storage (``s3://bucket/OUT``).

    Anything else in the folder (a README, a ``.tmp`` file a writer has not renamed yet, a folder) is
    not a part and is left alone; glob skips hidden files.
    """
    if part not in PART_FILES:
        raise ValueError(f"part: expected one of {', '.join(PART_FILES)}, got {part!r}")
    from .storage import Store, is_url

    if is_url(out):
        store = Store(os.fspath(out))
        return [f"{store.url}/{rel}" for pattern in PART_FILES[part] for rel in store.glob(f"{part}/{pattern}")]
    folder = Path(out) / part
    found = [Path(p) for pattern in PART_FILES[part] for p in sorted(glob.glob(str(folder / pattern)))]
    return [p for p in found if p.is_file()]


def iter_part_file(path: str | os.PathLike, *, columns: Iterable[str] | None = None, require: Iterable[str] = (),
                   on_bad_line: Callable[[int], None] | None = None, batch_size: int = BATCH) -> Iterator[list[dict]]:
    """Batches of the rows of one part file (``.parquet``, ``.jsonl.gz`` or ``.jsonl``), in file order.

    ``columns`` keeps only those fields (a file or a line without one gives None). ``require``: columns
    a Parquet file must have, else :class:`NotAPart`. ``on_bad_line`` makes JSON lines lenient:
    invalid UTF-8 is replaced, a lone surrogate escape too, and a line that is not a JSON object is
    skipped and reported by its line number; without it such a line raises. A broken file raises
    whatever pyarrow or gzip raise.
    """
    from .storage import filesystem, is_url

    if is_url(path):  # a part on object storage: read through fsspec
        fs, key = filesystem(os.fspath(path))
        with fs.open(key, "rb") as fh:
            yield from _iter_part(fh, os.fspath(path), columns, require, on_bad_line, batch_size)
    else:
        yield from _iter_part(Path(path), os.fspath(path), columns, require, on_bad_line, batch_size)


def _iter_part(source, name: str, columns, require, on_bad_line, batch_size) -> Iterator[list[dict]]:
    """:func:`iter_part_file` of ``source``, a local path or an open binary file named ``name``."""
    suffix = os.path.splitext(name)[1]
    columns = list(columns) if columns is not None else None
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(source)
        missing = set(require) - set(pf.schema_arrow.names)
        if missing:
            raise NotAPart(f"not a palayesh part: no column {', '.join(sorted(missing))}")
        names = set(pf.schema_arrow.names)
        absent = [c for c in columns or () if c not in names]
        for batch in pf.iter_batches(batch_size=batch_size,
                                     columns=None if columns is None else [c for c in columns if c in names]):
            rows = batch.to_pylist()
            for row in rows if absent else ():
                row.update(dict.fromkeys(absent))
            yield rows
        return
    lenient = on_bad_line is not None
    errors = "replace" if lenient else "strict"
    if suffix == ".gz":
        text = gzip.open(source, "rt", encoding="utf-8", errors=errors)
    elif isinstance(source, Path):
        text = open(source, encoding="utf-8", errors=errors)  # noqa: SIM115 (closed below)
    else:
        text = io.TextIOWrapper(source, encoding="utf-8", errors=errors)
    rows = []
    with text as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if not lenient:
                row = json.loads(line)
            else:
                try:
                    row = json.loads(line)
                    if "\\ud" in line.lower():  # a lone surrogate escape: no UTF-8 for it (SQLite refuses it)
                        row = json.loads(json.dumps(row, ensure_ascii=False).encode("utf-8", "replace").decode("utf-8"))
                except ValueError:
                    row = None
                if not isinstance(row, dict):
                    assert on_bad_line is not None
                    on_bad_line(number)
                    continue
            rows.append(row if columns is None else {c: row.get(c) for c in columns})
            if len(rows) >= batch_size:
                yield rows
                rows = []
    if rows:
        yield rows


def read_output(out: str | os.PathLike, part: str = "docs", columns: Iterable[str] | None = None, *,
                on_error: Callable[[Path | str, Exception], None] | None = None) -> Iterator[dict]:
    r"""The rows of a ``palayesh refine`` output folder, one dict at a time, in file order: ``part``
    is ``"docs"`` (kept documents), ``"rejected"`` (with their ``reason``) or ``"errors"`` (inputs
    that could not be read or processed). Streams: one batch of one file is in memory at a time.

    ``out`` may be an object-store URL (``s3://bucket/OUT``; :mod:`palayesh.storage`).
    ``columns`` keeps only those fields. A file that cannot be read raises; with ``on_error`` it is
    reported as ``on_error(path, exception)`` and the next file is read (the rows read before the
    error have been yielded).

    >>> import gzip, json, os, tempfile
    >>> out = tempfile.mkdtemp(); os.mkdir(os.path.join(out, "docs"))
    >>> with gzip.open(os.path.join(out, "docs", "part-00000.jsonl.gz"), "wt", encoding="utf-8") as fh:
    ...     _ = fh.write(json.dumps({"id": "a", "title": "کتاب‌های تازه"}, ensure_ascii=False) + "\n")
    >>> list(read_output(out, columns=["title"]))
    [{'title': 'کتاب\u200cهای تازه'}]
    """
    for path in part_files(out, part):
        try:
            for batch in iter_part_file(path, columns=columns):
                yield from batch
        except Exception as e:  # noqa: BLE001 - handed to the caller, who asked to go on
            if on_error is None:
                raise
            on_error(path, e)
