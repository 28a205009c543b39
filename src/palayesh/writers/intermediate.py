"""Documents between two stages: a zstd-compressed stream of pickled batches, written by the
:class:`WriteStage` sink of one stage and read by the :class:`ReadStage` source of the next.

Only palayesh itself reads these files back (from its own work folder), so pickle is safe here and
it keeps every private working key of a record (``_format``, signatures) without a schema.
"""
from __future__ import annotations

import io
import os
import pickle
from pathlib import Path

import zstandard

from ..fsutil import tmp_path_for
from ..pipeline.base import Context, Sink, Source

BATCH = 256


class IntermediateWriter:
    def __init__(self, path: str | os.PathLike):
        self.path = os.fspath(path)
        self._tmp = os.fspath(tmp_path_for(self.path))
        self._fh = open(self._tmp, "wb")
        self._z = zstandard.ZstdCompressor(level=1).stream_writer(self._fh)
        self._batch: list[dict] = []
        self.count = 0

    def write(self, doc: dict) -> None:
        self._batch.append(doc)
        self.count += 1
        if len(self._batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            pickle.dump(self._batch, self._z, protocol=pickle.HIGHEST_PROTOCOL)
            self._batch = []

    def close(self) -> None:
        self._flush()
        self._z.close()  # also closes the file
        os.replace(self._tmp, self.path)


class IntermediateReader:
    def __init__(self, path: str | os.PathLike):
        self.path = os.fspath(path)

    def __iter__(self):
        with open(self.path, "rb") as fh:
            # buffered: the zstd reader may return short reads, which pickle does not allow
            stream = io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(fh), 1 << 20)
            while True:
                try:
                    # one unpickler per batch: each batch was pickled with a memo of its own
                    batch = pickle.load(stream)
                except EOFError:
                    return
                yield from batch


def stage_file(ctx: Context, stage: str) -> str:
    """The file in which ``stage`` leaves the documents of ``ctx``'s shard."""
    return os.path.join(ctx.work_dir, stage, f"shard-{ctx.shard:05d}.pkl.zst")


class WriteStage(Sink):
    """Ends every stage but the last: its documents, for the next stage."""

    name = "write_stage"

    def open(self, ctx):
        return IntermediateWriter(stage_file(ctx, ctx.stage))


class ReadStage(Source):
    """Starts every stage but the first: the documents the stage before left for this shard."""

    name = "read_stage"

    def run(self, docs, ctx):
        if ctx.previous is None:
            raise ValueError("ReadStage starts a stage that has no stage before it; the first stage "
                             "reads the inputs (palayesh.readers.step.ReadInputs)")
        yield from IntermediateReader(ctx.local(Path(stage_file(ctx, ctx.previous))))
