"""Progress on stderr: documents/s, MB/s and ETA per stage; a live bar on a terminal, a line
every few seconds in a log."""
from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported when a bar is drawn
    from rich.progress import Progress as RichProgress


def _fmt_eta(seconds: float | None) -> str:
    if seconds is None or seconds != seconds or seconds < 0:
        return "?"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02d}"


class Progress:
    """Shows one stage at a time. ``mode``: rich (terminal), plain (log lines), none."""

    def __init__(self, mode: str = "auto", stream=None, interval: float = 5.0):
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "rich" if getattr(self.stream, "isatty", lambda: False)() else "plain"
        self.mode = mode
        self.interval = interval
        self._live: RichProgress | None = None

    # a stage: total is in documents (known) or bytes (first stage: documents are not known yet)
    def start(self, stage: str, *, total: int, unit: str, shards: int) -> None:
        self.stage, self.total, self.unit, self.shards = stage, total, unit, shards
        self.docs = self.bytes = self.shards_done = 0
        self.t0 = self._last = time.monotonic()
        if self.mode == "rich":
            from rich.console import Console
            from rich.progress import BarColumn, Progress as RichProgress, TextColumn, TimeRemainingColumn

            live = RichProgress(TextColumn("[bold]{task.description}"), BarColumn(),
                                TextColumn("{task.fields[info]}"), TimeRemainingColumn(),
                                console=Console(file=self.stream), transient=False)
            live.start()
            self._task = live.add_task(stage, total=max(total, 1), info="")
            self._live = live
        elif self.mode == "plain":
            print(f"palayesh: stage {stage}: {shards} shard(s) to run", file=self.stream, flush=True)

    def update(self, docs: int, nbytes: int, shards_done: int | None = None) -> None:
        self.docs, self.bytes = docs, nbytes
        if shards_done is not None:
            self.shards_done = shards_done
        now = time.monotonic()
        elapsed = max(now - self.t0, 1e-9)
        done = nbytes if self.unit == "bytes" else docs
        rate = done / elapsed
        eta = (self.total - done) / rate if rate > 0 and self.total else None
        info = (f"{docs:,} docs  {docs / elapsed:,.0f} docs/s  {nbytes / 1e6 / elapsed:,.1f} MB/s  "
                f"shards {self.shards_done}/{self.shards}")
        if self.mode == "rich" and self._live is not None:
            self._live.update(self._task, completed=min(done, self.total), info=info)
        elif self.mode == "plain" and now - self._last >= self.interval:
            self._last = now
            pct = f"{100 * done / self.total:.0f}%" if self.total else "?"
            print(f"palayesh: {self.stage}: {pct}  {info}  ETA {_fmt_eta(eta)}", file=self.stream, flush=True)

    def finish(self) -> None:
        elapsed = max(time.monotonic() - self.t0, 1e-9)
        if self.mode == "rich" and self._live is not None:
            self._live.update(self._task, completed=self.total)
            self._live.stop()
            self._live = None
        elif self.mode == "plain":
            print(f"palayesh: {self.stage}: done, {self.docs:,} docs in {elapsed:.1f} s "
                  f"({self.docs / elapsed:,.0f} docs/s)", file=self.stream, flush=True)

    def message(self, text: str) -> None:
        if self.mode != "none":
            print(f"palayesh: {text}", file=self.stream, flush=True)
