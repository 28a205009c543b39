"""Finding inputs, planning shards, and the reader interface.

Every input file is a :class:`Unit` of a kind (``text``, ``html``, ``jsonl``, ``parquet``, ``warc``).
A reader turns one unit into documents with ``read(unit, ctx)``; whatever it cannot read it
reports with ``ctx.error(...)`` (input, reason, position) and goes on with the rest.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..outdir import RUN_JSON, is_run_folder
from ..storage import StorageError, describe_error, filesystem, is_url

log = logging.getLogger(__name__)

#: file name endings we read, longest first, and the kind of input each one is
SUFFIXES = (
    (".jsonl.gz", "jsonl"), (".jsonl.zst", "jsonl"), (".jsonl.zstd", "jsonl"), (".jsonl", "jsonl"),
    (".warc.gz", "warc"), (".warc", "warc"),
    (".parquet", "parquet"),
    (".txt", "text"), (".html", "html"), (".htm", "html"),
)
#: kinds that hold one document per file (grouped into shards); the others are shards alone
SINGLE_DOC_KINDS = ("text", "html")


def open_input(path: str):
    """An input file, opened for reading bytes: a local file, or an object of a store
    (``s3://bucket/crawl/a.warc.gz``, read through fsspec: streamed and seekable)."""
    if is_url(path):
        import io

        fs, key = filesystem(path)
        # buffered as a local file is (fsspec's files read ahead, but lack readline(size) and peek)
        return io.BufferedReader(fs.open(key, "rb"), 1 << 20)
    return open(path, "rb")


def input_size(path: str) -> int:
    if is_url(path):
        fs, key = filesystem(path)
        return int(fs.size(key))
    return os.path.getsize(path)


class InputError(ValueError):
    """A path given by the user does not exist or holds nothing palayesh can read."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One input file (its path as the user named it, joined with the path inside a folder), or
    one part of a large container file: ``part`` = (start, end), a byte range of a JSONL file (of
    its decompressed stream when it is compressed) or a range of row groups of a Parquet file.
    ``id`` is the document id of a one-file-per-document input (the base of a WARC's record ids)
    when its file stem is not unique in the run, else None (see :func:`doc_id`)."""

    path: str
    kind: str
    size: int
    part: tuple[int, int] | None = None
    id: str | None = None


def kind_of(path: str) -> str | None:
    name = path.lower()
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def stem(path: str) -> str:
    """The document id of a one-file-per-document input: its file name without the suffix."""
    name = os.path.basename(path)
    lower = name.lower()
    for suffix, _ in SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return os.path.splitext(name)[0]


def doc_id(unit: Unit) -> str:
    """The id of a one-file-per-document input, and the base of a WARC record's id: its file stem
    (``in/a/page.txt`` → ``page``), unless another file of the run has that stem too (see
    :func:`_disambiguate`)."""
    return unit.id or stem(unit.path)


def _disambiguate(units: list[Unit], names: list[str]) -> list[Unit]:
    """Units whose file stems collide (``a/page.txt`` and ``b/page.txt``) get distinct ids: their path
    inside the input folder without the suffix (``a/page``, ``b/page``); when that still collides,
    with the suffix (``page.txt``, ``page.html``); last, their path as the user named it. Every other
    file keeps its stem, so ids stay what they were wherever names are unique, and a run over the
    same inputs gives the same ids."""
    groups: dict[tuple[bool, str], list[int]] = {}
    for i, u in enumerate(units):
        if u.kind in SINGLE_DOC_KINDS or u.kind == "warc":
            groups.setdefault((u.kind == "warc", stem(u.path)), []).append(i)
    out = list(units)
    for group in groups.values():
        if len(group) < 2:
            continue
        for make in (lambda i: _without_suffix(names[i]), lambda i: names[i], lambda i: units[i].path):
            ids = [make(i) for i in group]
            if len(set(ids)) == len(ids):
                break
        for i, id_ in zip(group, ids):
            out[i] = replace(units[i], id=id_)
    return out


def _without_suffix(name: str) -> str:
    head, _, _ = name.rpartition("/")
    return f"{head}/{stem(name)}" if head else stem(name)


#: name endings of a list of WARC paths (Common Crawl's ``warc.paths.gz``), read when named as an input
PATHS_SUFFIXES = (".paths", ".paths.gz")


def is_paths_list(path: str) -> bool:
    return path.lower().endswith(PATHS_SUFFIXES)


def read_paths_list(path: str, base: str | None = None) -> list[tuple[str, str]]:
    """``(path, name)`` of each WARC file a paths list names (Common Crawl's ``warc.paths.gz``: one
    path a line, relative to the bucket; gzip or plain text, told by its first bytes): relative paths
    are joined to ``base`` (default: the list's folder), absolute ones are kept; ``name`` is the path
    as listed. Blank lines and ``#`` comments are skipped.

    Paths and ``base`` are local or object-store URLs (``s3://commoncrawl/``); a web site's (http,
    https) is a usage error: nothing is downloaded at run time (mirror the files first).
    """
    import gzip

    if base is None:
        base = (path.rsplit("/", 1)[0] if is_url(path) else os.path.dirname(path)) or "."
    if base.lower().startswith(("http://", "https://")):
        raise InputError(f"--warc-base {base}: web sites are not read (no network access to them at run time); "
                         "give a local folder or an object store (s3://commoncrawl/ with credentials)")
    try:
        with open_input(path) as fh:
            data = fh.read()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        text = data.decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError, StorageError) as e:
        raise InputError(f"cannot read the list of WARC paths {path}: {e}") from None
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.lower().startswith(("http://", "https://")):
            raise InputError(f"{path}: {line}: web sites are not read (no network access to them at run time)")
        if is_url(line) or os.path.isabs(line):
            out.append((line, line))
        elif is_url(base):
            out.append((base.rstrip("/") + "/" + line, line))
        else:
            out.append((os.path.join(base, line), line))
    return out


def discover(inputs: Iterable[str | os.PathLike], *, skip: Iterable[str | os.PathLike] = (),
             warc_base: str | None = None) -> tuple[list[Unit], list[dict], int]:
    """Every readable input file under ``inputs``, sorted, plus error records for the paths that
    cannot be read (broken links, permission errors) and the number of files skipped for their type.

    Inside a folder, the folders ``skip`` (the run's own output folder) and the output folder of
    any palayesh run are not read: a run's output is not its input.
    A named input that does not exist is a usage error (:class:`InputError`). A named list of WARC
    paths (``*.paths``, ``*.paths.gz``; see :func:`read_paths_list`) stands for the WARC files it
    lists, each relative to ``warc_base``; a listed file that cannot be read is an error record.
    """
    units: list[Unit] = []
    names: list[str] = []  # each unit's path inside the input folder it was found in, or as named
    errors: list[dict] = []
    skipped = 0
    skip_ids = {_file_id(p) for p in skip} - {None}

    def wanted(folder: str) -> bool:
        return _file_id(folder) not in skip_ids and not is_run_folder(folder)
    for given in inputs:
        given = os.fspath(given)
        if is_url(given) and not is_paths_list(given):
            for stored, name in _discover_url(given):
                if stored is None:
                    skipped += 1
                else:
                    units.append(stored)
                    names.append(name)
            continue
        if not is_url(given) and not os.path.lexists(given):
            raise InputError(f"input not found: {given}")
        if os.path.isdir(given):
            found = []
            for root, dirs, files in os.walk(given, onerror=lambda e: errors.append(_os_error(e))):
                dirs[:] = sorted(d for d in dirs if wanted(os.path.join(root, d)))
                for name in files:
                    found.append(os.path.join(root, name))
            found.sort()
            for path in found:
                kind = kind_of(path)
                if kind is None:
                    skipped += 1
                    continue
                unit, err = _stat(path, kind)
                if err:
                    errors.append(err)
                elif unit is not None:
                    units.append(unit)
                    names.append(os.path.relpath(path, given).replace(os.sep, "/"))
        elif is_paths_list(given):
            for path, name in read_paths_list(given, warc_base):
                unit, err = _stat(path, "warc")
                if err:
                    errors.append(err)
                elif unit is not None:
                    units.append(unit)
                    names.append(name)
        else:
            kind = kind_of(given) or "text"  # a file named explicitly is read even without a known suffix
            unit, err = _stat(given, kind)
            if err:
                errors.append(err)
            elif unit is not None:
                units.append(unit)
                names.append(given.replace(os.sep, "/"))
    return _disambiguate(units, names), errors, skipped


def _discover_url(given: str) -> list[tuple[Unit | None, str]]:
    """``(unit, name)`` of every object under ``given`` (a folder of a store, or one object), sorted;
    the unit is None for an object of no known kind (skipped). The objects of a palayesh run's folder (one
    that holds a ``run.json``) are not input."""
    try:
        fs, key = filesystem(given)
        info = fs.info(key)
        if info.get("type") == "directory":
            found = {k: int(v.get("size") or 0) for k, v in fs.find(key, detail=True).items()
                     if v.get("type") != "directory"}
        else:
            found = {key: int(info.get("size") or 0)}
    except FileNotFoundError:
        raise InputError(f"input not found: {given}") from None
    except StorageError as e:
        raise InputError(str(e)) from None
    except Exception as e:  # the store's own errors (credentials, access)
        raise InputError(describe_error(given, e)) from None
    runs = [k.rsplit("/", 1)[0] + "/" for k in found if k.rsplit("/", 1)[-1] == RUN_JSON and k != key]
    scheme = given.split("://", 1)[0]
    out = []
    for k in sorted(found):
        if any(k.startswith(r) for r in runs):
            continue
        url = f"{scheme}://{k}"
        name = k[len(key):].lstrip("/") if k != key else given
        kind = kind_of(k) if k != key else (kind_of(k) or "text")
        out.append((None if kind is None else Unit(url, kind, found[k]), name))
    return out


def _file_id(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _os_error(e: OSError) -> dict:
    return {"input": e.filename, "position": None, "step": "reader", "reason": "reader_unreadable",
            "error": f"{type(e).__name__}: {e.strerror}"}


def _stat(path: str, kind: str) -> tuple[Unit | None, dict | None]:
    if is_url(path):
        try:
            return Unit(path, kind, input_size(path)), None
        except Exception as e:  # not there, no access: an error record, like a local file
            return None, {"input": path, "position": None, "step": "reader", "reason": "reader_unreadable",
                          "error": f"{type(e).__name__}: {e}"}
    try:
        st = os.stat(path)
        if not os.access(path, os.R_OK):
            raise PermissionError(13, "Permission denied", path)
    except OSError as e:
        if e.filename is None:
            e.filename = path
        return None, _os_error(e)
    if not Path(path).is_file():
        return None, {"input": path, "position": None, "step": "reader", "reason": "reader_unreadable",
                      "error": "not a regular file"}
    return Unit(path, kind, st.st_size), None


def plan_shards(units: list[Unit], shard_size: int, shard_bytes: int | None = None) -> list[list[Unit]]:
    """Group units into shards: one-file-per-document inputs ``shard_size`` files at a time, every
    container file (JSONL, Parquet, WARC) a shard of its own, or, when larger than ``shard_bytes``
    and splittable (JSONL by byte ranges, of the decompressed stream for .gz/.zst; Parquet by row
    groups), one shard per part.
    Depends only on the inputs and the options, never on the number of workers, so a resumed run
    sees the same shards."""
    shards: list[list[Unit]] = []
    batch: list[Unit] = []
    for unit in units:
        if unit.kind in SINGLE_DOC_KINDS:
            batch.append(unit)
            if len(batch) >= shard_size:
                shards.append(batch)
                batch = []
        else:
            if batch:
                shards.append(batch)
                batch = []
            shards.extend([part] for part in split_unit(unit, shard_bytes))
    if batch:
        shards.append(batch)
    return shards


def split_unit(unit: Unit, shard_bytes: int | None) -> list[Unit]:
    """Parts of a large container file (the unit itself when it cannot or need not be split)."""
    compressed = unit.kind == "jsonl" and not unit.path.lower().endswith(".jsonl")
    if not shard_bytes or unit.size * (MAX_RATIO if compressed else 1) <= shard_bytes:
        return [unit]
    if unit.kind == "jsonl" and not compressed:
        # byte ranges; a line belongs to the range its first byte is in (see JsonlReader)
        n = -(-unit.size // shard_bytes)
        step = -(-unit.size // n)
        return [Unit(unit.path, unit.kind, min(step, unit.size - a), (a, min(a + step, unit.size)))
                for a in range(0, unit.size, step)]
    if unit.kind == "parquet":
        try:
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(open_input(unit.path) if is_url(unit.path) else unit.path).metadata
            sizes = [meta.row_group(i).total_byte_size for i in range(meta.num_row_groups)]
        except Exception:  # a damaged file: its reader reports it
            return [unit]
        parts, start, acc = [], 0, 0
        for i, size in enumerate(sizes):
            acc += size
            if acc >= shard_bytes or i == len(sizes) - 1:
                parts.append(Unit(unit.path, unit.kind, acc, (start, i + 1)))
                start, acc = i + 1, 0
        return parts if len(parts) > 1 else [unit]
    if compressed:
        size = uncompressed_size(unit.path)
        n = min(-(-size // shard_bytes), MAX_COMPRESSED_PARTS)
        if n <= 1:
            return [unit]
        step = -(-size // n)
        # ranges of the decompressed stream; the last one runs to the end, whatever the estimate
        return [Unit(unit.path, unit.kind, step, (a, a + step if k < n - 1 else OPEN_END))
                for k, a in enumerate(range(0, step * n, step))]
    return [unit]  # WARC is read from the start


#: a compressed file is split into at most this many parts: each part decompresses (and drops) what
#: comes before it, about 0.4 % of the processing time per part at 300 MB/s of gzip
MAX_COMPRESSED_PARTS = 16
#: the end of the last part of a compressed file: wherever the stream ends
OPEN_END = 1 << 62
#: how much a compressed JSONL file is guessed to grow when its header does not say
GUESSED_RATIO = 4
#: ... and at most (a smaller compressed file is not looked into)
MAX_RATIO = 20


def uncompressed_size(path: str) -> int:
    """The decompressed size of a .gz or .zst file: exact from a zstd frame header or a gzip trailer
    (when it is plausible: it holds the size modulo 4 GiB, of the last member only), else guessed."""
    try:
        size = input_size(path)
        with open_input(path) as fh:
            if path.lower().endswith(".gz"):
                fh.seek(-4, os.SEEK_END)
                isize = int.from_bytes(fh.read(4), "little")
                return isize if isize >= size else size * GUESSED_RATIO
            import zstandard

            n = zstandard.frame_content_size(fh.read(18))
            return n if n > 0 else size * GUESSED_RATIO
    except Exception:  # unreadable or not what its name says: its reader reports it
        return 0


class Reader:
    """Turns one input unit into documents."""

    kind = ""

    def __init__(self, *, max_doc_bytes: int = 64 * 1024 * 1024):
        self.max_doc_bytes = max_doc_bytes

    def read(self, unit: Unit, ctx) -> Iterator[dict]:
        raise NotImplementedError
