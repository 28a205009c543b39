"""Object storage: a run's output (and its inputs) at ``s3://``, ``gs://``, ``az://``, ``hf://`` or
any other fsspec URL, besides local paths.

How a run uses a store (the output ``-o s3://bucket/run``):

- The store holds what others read and what a resumed run (on any machine) needs: ``run.json``,
  ``docs/``, ``rejected/``, ``errors/``, ``stats.json``, and the work folder ``.work/``: the
  documents between two stages, the shards' artifacts for the barriers, the barriers' results
  (dedup decisions, site templates) and every marker. A task may run on any node, so whatever a
  later task reads goes through the store.
- Every task (a shard of a stage, a piece of a barrier) runs on a local copy: a fresh scratch
  folder (``$PALAYESH_SCRATCH``, default the system's temporary folder) into which it downloads
  only what it reads (:class:`Mirror`), where the steps read and write plain files as in a local
  run (memory maps, ``pread``, renames), and which is deleted when the task ends. Work files that
  never leave a task (a barrier's temporary files that it deletes before it ends) never reach the
  store. A barrier's spill files that its parts share (signatures written by ``prepare``, read by
  ``run_part``) do go through the store: a part may run on another node.
- Object stores have no rename, but an upload (``PUT``) is atomic: an object appears whole or not
  at all. A task uploads its files under their final names, then its marker last; a shard is done
  only when its marker exists. A task killed half-way may leave some of its objects without the
  marker: the resumed run redoes the shard and replaces them with the same bytes.
- There is no lock on a store (``flock`` needs a file system): do not start two runs on the same
  output URL at once.

Credentials and endpoints come from the store's own configuration (for S3: ``AWS_ACCESS_KEY_ID``,
``AWS_ENDPOINT_URL``, ``~/.aws/``...; fsspec's ``FSSPEC_S3_*`` variables also work). Each scheme
needs fsspec's package for it: ``s3fs`` (``pip install 'palayesh[s3]'``), ``gcsfs``, ``adlfs``,
``huggingface_hub``.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

#: the package fsspec needs for each well-known scheme, for the message when it is missing
PACKAGES = {"s3": "s3fs", "s3a": "s3fs", "gs": "gcsfs", "gcs": "gcsfs", "az": "adlfs", "abfs": "adlfs",
            "abfss": "adlfs", "hf": "huggingface_hub"}
#: names of a task's files that are temporary (written under them, then renamed): never uploaded
_TMP_SUFFIX = ".tmp"


class StorageError(RuntimeError):
    """A store that cannot be used: an unknown scheme, a missing package, a missing bucket, no
    credentials. The message says which and what to do."""


def is_url(path) -> bool:
    """Whether ``path`` names an object in a store (``s3://b/k``), not a local file (``file://``
    URLs are local paths)."""
    text = os.fspath(path) if isinstance(path, os.PathLike) else path
    return isinstance(text, str) and "://" in text and not text.startswith("file://")


def _scheme(url: str) -> str:
    return url.split("://", 1)[0].lower()


def filesystem(url: str):
    """``(fs, path)``: the fsspec file system of ``url`` and the path in it. Raises
    :class:`StorageError` for an unknown scheme or a missing package."""
    try:
        import fsspec.core
    except ImportError:
        raise StorageError(f"{url}: object storage needs fsspec: pip install 'palayesh[s3]'") from None
    scheme = _scheme(url)
    if scheme in ("http", "https"):
        raise StorageError(f"{url}: http(s) URLs are not read or written (no network access to web sites at "
                           "run time); use a local path or an object store (s3://, gs://, az://, hf://)")
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except ValueError as e:
        if "not known" in str(e).lower():
            raise StorageError(f"{url}: unknown storage scheme {scheme}://; palayesh reads and writes local "
                               "paths and object stores through fsspec (s3://, gs://, az://, hf://, ...)") from None
        raise StorageError(f"{url}: {e}") from None
    except ImportError as e:
        package = PACKAGES.get(scheme, "the fsspec package for it")
        raise StorageError(f"{url}: {scheme}:// needs {package} (pip install {package}): {e}") from None
    return fs, path.rstrip("/")


def describe_error(url: str, e: BaseException) -> str:
    """A short, clear sentence for an error of a store (no traceback)."""
    text = str(e) or type(e).__name__
    name = type(e).__name__
    if "credential" in text.lower() or name in ("NoCredentialsError", "PartialCredentialsError"):
        return (f"{url}: no usable credentials for the store ({text}); set them as the store expects "
                "(for S3: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or ~/.aws/credentials)")
    if "bucket does not exist" in text.lower() or "nosuchbucket" in text.lower():
        return f"{url}: the bucket does not exist ({text}); create it first or check the URL"
    if isinstance(e, PermissionError) or "access denied" in text.lower() or "forbidden" in text.lower():
        return f"{url}: access denied by the store ({text}); check the credentials and their rights"
    return f"{url}: {name}: {text}"


class Store:
    """A folder of a store (e.g. a run's output, ``s3://bucket/run``): small, picklable, and
    every path is relative to the folder (``docs/part-00000.parquet``)."""

    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self.fs, self.root = filesystem(self.url)

    def __reduce__(self):  # a task carries the URL; each worker opens its own connection
        return (Store, (self.url,))

    def key(self, rel: str) -> str:
        return f"{self.root}/{rel}" if rel else self.root

    def _rel(self, key: str) -> str:
        key = key.rstrip("/")
        return key[len(self.root) + 1:] if key.startswith(self.root + "/") else key

    def _call(self, what, *args, **kwargs):
        # listings are cached per process; other processes write to the same folder
        self.fs.invalidate_cache()
        try:
            return what(*args, **kwargs)
        except StorageError:
            raise
        except FileNotFoundError as e:
            if "bucket" in str(e).lower():
                raise StorageError(describe_error(self.url, e)) from None
            raise
        except Exception as e:
            raise StorageError(describe_error(self.url, e)) from None

    def check(self) -> None:
        """Raise :class:`StorageError` when the store cannot be listed (no bucket, no credentials)."""
        bucket = self.root.split("/", 1)[0]
        try:
            self.fs.ls(bucket, detail=False)
        except FileNotFoundError as e:
            raise StorageError(describe_error(self.url, e)) from None
        except Exception as e:
            raise StorageError(describe_error(self.url, e)) from None

    def exists(self, rel: str) -> bool:
        return bool(self._call(self.fs.exists, self.key(rel)))

    def read_bytes(self, rel: str) -> bytes:
        return self._call(self.fs.cat_file, self.key(rel))

    def read_json(self, rel: str):
        return json.loads(self.read_bytes(rel).decode("utf-8"))

    def read_many(self, rels: list[str]) -> list[bytes]:
        if not rels:
            return []
        got = self._call(self.fs.cat, [self.key(r) for r in rels], on_error="raise")
        return [got[self.key(r)] for r in rels]

    def write_bytes(self, rel: str, data: bytes) -> None:
        """One object, whole (an upload is atomic: a reader sees the old object or the new one)."""
        self._call(self.fs.pipe_file, self.key(rel), data)

    def write_json(self, rel: str, data) -> None:
        """``data`` as :func:`palayesh.fsutil.write_json_atomic` writes it (same bytes)."""
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        self.write_bytes(rel, text.encode("utf-8"))

    def names(self, rel: str = "") -> list[str]:
        """Names of the entries directly in ``rel`` (none when it does not exist)."""
        try:
            found = self._call(self.fs.ls, self.key(rel), detail=False, refresh=True)
        except FileNotFoundError:
            return []
        return sorted(os.path.basename(k.rstrip("/")) for k in found if k.rstrip("/") != self.key(rel))

    def files(self, rel: str) -> dict[str, int]:
        """Every object under ``rel`` (relative path → size)."""
        try:
            found = self._call(self.fs.find, self.key(rel), detail=True)
        except FileNotFoundError:
            return {}
        return {self._rel(k): int(v.get("size") or 0) for k, v in found.items() if v.get("type") != "directory"}

    def glob(self, rel_pattern: str) -> list[str]:
        return sorted(self._rel(k) for k in self._call(self.fs.glob, self.key(rel_pattern)))

    def remove(self, rels: Iterable[str]) -> None:
        keys = [self.key(r) for r in rels]
        if keys:
            try:
                self._call(self.fs.rm, keys)
            except FileNotFoundError:
                pass

    def remove_tree(self, rel: str) -> None:
        self.remove(sorted(self.files(rel)))

    def download(self, rels: list[str], local: Path) -> None:
        if rels:
            for r in rels:
                (local / r).parent.mkdir(parents=True, exist_ok=True)
            self._call(self.fs.get, [self.key(r) for r in rels], [str(local / r) for r in rels])

    def upload(self, local: Path, rels: list[str]) -> None:
        if rels:
            self._call(self.fs.put, [str(local / r) for r in rels], [self.key(r) for r in rels])


def scratch_dir() -> str:
    """Where tasks keep their local copies: ``$PALAYESH_SCRATCH``, else the system's temporary folder."""
    where = os.environ.get("PALAYESH_SCRATCH") or tempfile.gettempdir()
    os.makedirs(where, exist_ok=True)
    return where


def is_marker(rel: str) -> bool:
    """A file whose existence says that a piece of work is done: uploaded after everything else."""
    return rel.endswith(".done")


class Mirror:
    """A task's local copy of the files of a run on a store. Files come down when the task asks
    for them (:meth:`fetch`, :meth:`pull`); :meth:`push` uploads what the task wrote or changed
    (markers last) and deletes on the store what it deleted; :meth:`close` drops the copy.

    >>> # with Mirror("s3://bucket/run") as m:   # m.local: the folder the task works in
    """

    def __init__(self, store: Store | str):
        self.store = store if isinstance(store, Store) else Store(store)
        self.local = Path(tempfile.mkdtemp(prefix="palayesh-task-", dir=scratch_dir()))
        self._pulled: dict[str, tuple[int, int]] = {}  # rel → (size, mtime) as downloaded

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        shutil.rmtree(self.local, ignore_errors=True)

    def _record(self, rels: Iterable[str]) -> None:
        for r in rels:
            st = (self.local / r).stat()
            self._pulled[r] = (st.st_size, st.st_mtime_ns)

    def fetch(self, path: str | os.PathLike) -> None:
        """Bring one file of the run into the local copy (``path`` inside :attr:`local`), if the
        store has it and it is not here yet; a file the store does not have stays absent."""
        path = Path(path)
        rel = path.relative_to(self.local).as_posix()
        if rel in self._pulled or path.exists():
            return
        try:
            self.store.download([rel], self.local)
        except FileNotFoundError:
            return
        self._record([rel])

    def pull(self, rel: str, skip=lambda rel: False) -> None:
        """Bring every file under ``rel`` (but those ``skip(rel)`` says) into the local copy."""
        wanted = [r for r in self.store.files(rel) if not skip(r) and r not in self._pulled]
        self.store.download(wanted, self.local)
        self._record(wanted)

    def push(self) -> None:
        """Upload the files written or changed since they were pulled, markers last; delete on the
        store the pulled files the task deleted. Temporary files (``*.tmp``) stay here."""
        changed = []
        for p in sorted(self.local.rglob("*")):
            if not p.is_file() or p.name.endswith(_TMP_SUFFIX):
                continue
            rel = p.relative_to(self.local).as_posix()
            st = p.stat()
            if self._pulled.get(rel) != (st.st_size, st.st_mtime_ns):
                changed.append(rel)
        gone = [r for r in self._pulled if not (self.local / r).exists()]
        self.store.remove(gone)
        self.store.upload(self.local, [r for r in changed if not is_marker(r)])
        self.store.upload(self.local, [r for r in changed if is_marker(r)])
        self._record(changed)
        for r in gone:
            self._pulled.pop(r, None)
