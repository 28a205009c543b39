"""Parquet files with a ``text`` or ``html`` column (plus optional ``id``, ``url``)."""
from __future__ import annotations

from ..storage import is_url
from .base import Reader, Unit, open_input
from .jsonl import record_to_document

WANTED = ("id", "url", "text", "html")


class ParquetReader(Reader):
    kind = "parquet"

    def read(self, unit: Unit, ctx):
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(open_input(unit.path) if is_url(unit.path) else unit.path)
            names = pf.schema_arrow.names
        except Exception as e:  # pyarrow raises several types for a damaged file
            ctx.error(unit.path, "reader_bad_parquet", step="reader", error=f"{type(e).__name__}: {e}")
            return
        columns = [c for c in WANTED if c in names]
        if "text" not in columns and "html" not in columns:
            ctx.error(unit.path, "reader_no_text", step="reader",
                      error=f"no 'text' or 'html' column (columns: {', '.join(names)})")
            return
        groups = range(*unit.part) if unit.part else range(pf.metadata.num_row_groups)
        # rows are numbered in the whole file, also in a part of it (a range of row groups)
        row = sum(pf.metadata.row_group(i).num_rows for i in range(groups.start))
        try:
            for batch in pf.iter_batches(columns=columns, batch_size=256, row_groups=list(groups)):
                for rec in batch.to_pylist():
                    doc = record_to_document(rec, source=f"{unit.path}:{row}", ctx=ctx,
                                             input=unit.path, position=f"row {row}")
                    row += 1
                    if doc is not None:
                        if ctx.progress:
                            ctx.progress(0, len(doc["raw"] or ""))
                        yield doc
        except Exception as e:
            ctx.error(unit.path, "reader_bad_parquet", position=f"row {row}", step="reader",
                      error=f"{type(e).__name__}: {e}")
