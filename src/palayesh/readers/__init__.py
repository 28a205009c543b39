"""Readers: from input files to document records.

Which reader reads a unit is decided by its kind (see :data:`base.SUFFIXES`).
"""
from __future__ import annotations

from .base import InputError, Reader, Unit, discover, plan_shards

__all__ = ["InputError", "Reader", "Unit", "discover", "plan_shards", "reader_for", "read_units"]


def reader_for(kind: str, *, max_doc_bytes: int) -> Reader:
    cls: type[Reader]
    if kind in ("text", "html"):
        from .files import FileReader as cls
    elif kind == "jsonl":
        from .jsonl import JsonlReader as cls
    elif kind == "parquet":
        from .parquet import ParquetReader as cls
    elif kind == "warc":
        from .warc import WarcReader as cls
    else:
        raise ValueError(f"no reader for inputs of kind {kind!r}")
    return cls(max_doc_bytes=max_doc_bytes)


def read_units(units, ctx, *, max_doc_bytes: int):
    """Documents of every unit in turn; a reader that fails half-way loses only the rest of its unit."""
    readers: dict[str, Reader] = {}
    for unit in units:
        reader = readers.get(unit.kind)
        if reader is None:
            reader = readers[unit.kind] = reader_for(unit.kind, max_doc_bytes=max_doc_bytes)
        try:
            yield from reader.read(unit, ctx)
        except Exception as e:  # a reader bug must not stop the run: record it and go on
            ctx.error(unit.path, "reader_failed", step="reader", error=f"{type(e).__name__}: {e}")
