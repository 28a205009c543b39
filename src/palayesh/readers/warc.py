"""WARC files (``.warc``, ``.warc.gz``): PLACEHOLDER until the WARC reader lands.

Every WARC input is reported as an error record (``reader_unsupported``) so that nothing is
silently skipped.
"""
from __future__ import annotations

from .base import Reader, Unit


class WarcReader(Reader):
    kind = "warc"

    def read(self, unit: Unit, ctx):
        ctx.error(unit.path, "reader_unsupported", step="reader", error="WARC input is not supported yet")
        return iter(())
