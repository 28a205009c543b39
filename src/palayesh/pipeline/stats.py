"""Run statistics that add up across shards, stages and executors."""
from __future__ import annotations

from collections import Counter


class Stats:
    """Counters and timings of one shard (or, merged, of a whole run).

    ``counters`` holds flat ``"group/key" -> int`` counts (``docs/read``, ``reasons/reader_empty``,
    ``steps/cleanup/in``), ``seconds`` the time spent per step. Both add up with :meth:`merge`,
    so the stats of a run are the sum of the stats of its shards, however they were executed.
    """

    __slots__ = ("counters", "seconds")

    def __init__(self, counters: dict | None = None, seconds: dict | None = None):
        self.counters: Counter = Counter(counters or {})
        self.seconds: Counter[str] = Counter(seconds or {})  # of floats

    def incr(self, key: str, n: int = 1) -> None:
        self.counters[key] += n

    def add_time(self, key: str, seconds: float) -> None:
        self.seconds[key] += seconds  # type: ignore[assignment]  # typeshed's Counter holds ints; floats add as well

    def merge(self, other: Stats) -> Stats:
        self.counters.update(other.counters)
        self.seconds.update(other.seconds)
        return self

    def to_json(self) -> dict:
        return {"counters": dict(sorted(self.counters.items())),
                "seconds": {k: round(v, 6) for k, v in sorted(self.seconds.items())}}

    @classmethod
    def from_json(cls, data: dict) -> Stats:
        return cls(data.get("counters"), data.get("seconds"))

    def group(self, prefix: str) -> dict:
        """``{"reader_empty": 3, ...}`` for every counter under ``prefix/``."""
        p = prefix + "/"
        return {k[len(p):]: v for k, v in self.counters.items() if k.startswith(p)}
