"""The step abstraction, stats and the stage/barrier mechanics, with toy steps."""
import json
from pathlib import Path

from palayesh.pipeline import Barrier, Context, Filter, Stats, Transform
from palayesh.pipeline.base import chain


class Upper(Transform):
    name = "upper"

    def transform(self, doc):
        doc["text"] = doc["text"].upper()


class Boom(Transform):
    name = "boom"

    def transform(self, doc):
        if doc["id"] == "b":
            raise ValueError("bad page")


class ShortFilter(Filter):
    name = "quality"

    def filter(self, doc):
        return (len(doc["text"]) >= 3, "too_short")


class NeverFilter(Filter):
    name = "never"

    def filter(self, doc):
        return False, "x"


def docs():
    return [{"id": "a", "text": "abcd"}, {"id": "b", "text": "ab"}, {"id": "c", "text": "xyz"}]


def test_filter_rejects_with_reason_and_later_filters_skip(tmp_path):
    ctx = Context(shard=0, stage="process", work_dir=tmp_path)
    out = list(chain([ShortFilter(), NeverFilter(), Upper()], docs(), ctx))
    # nothing disappears: every document comes out, the dropped one with the first reason
    assert [d["id"] for d in out] == ["a", "b", "c"]
    assert out[1]["reason"] == "quality_too_short"
    assert out[0]["reason"] == "never_x"
    # transforms apply to rejected documents too (rejected/ holds them normalized)
    assert out[1]["text"] == "AB"
    assert ctx.stats.counters["steps/quality/dropped"] == 1
    assert ctx.stats.counters["steps/never/in"] == 2  # b was already rejected


def test_failing_transform_becomes_error_and_rejection(tmp_path):
    ctx = Context(shard=3, stage="process", work_dir=tmp_path)
    out = list(chain([Boom(), Upper()], docs(), ctx))
    assert len(out) == 3
    assert out[1]["reason"] == "boom_failed"
    assert ctx.errors[0]["reason"] == "boom_failed" and "bad page" in ctx.errors[0]["error"]
    assert out[2]["text"] == "XYZ"


def test_stats_add_up():
    a, b = Stats(), Stats()
    a.incr("docs/read", 2)
    a.add_time("x", 1.0)
    b.incr("docs/read", 3)
    b.incr("reasons/reader_empty")
    b.add_time("x", 0.5)
    a.merge(Stats.from_json(json.loads(json.dumps(b.to_json()))))
    assert a.counters["docs/read"] == 5
    assert a.group("reasons") == {"reader_empty": 1}
    assert abs(a.seconds["x"] - 1.5) < 1e-9


class LineCounter(Transform):
    """A collection step: counts lines per shard into an artifact."""

    name = "count"

    def setup(self, ctx):
        self.n = 0

    def transform(self, doc):
        self.n += 1

    def finish(self, ctx):
        ctx.artifact("count").write_text(str(self.n))


class SumBarrier(Barrier):
    name = "sum"

    def reduce(self, work_dir, stage, shards):
        total = sum(int((Path(work_dir) / stage / "artifacts" / f"count-{s:05d}").read_text()) for s in shards)
        (Path(work_dir) / "shared" / "total").write_text(str(total))
        return {"total": total}


def test_barrier_sees_all_shards(tmp_path):
    step = LineCounter()
    for shard, ds in enumerate([docs(), docs()[:1]]):
        ctx = Context(shard=shard, stage="read", work_dir=tmp_path)
        step.setup(ctx)
        list(chain([step], ds, ctx))
        step.finish(ctx)
    (tmp_path / "shared").mkdir()
    assert SumBarrier().reduce(tmp_path, "read", [0, 1]) == {"total": 4}
    assert Context(shard=0, stage="process", work_dir=tmp_path).shared("total").read_text() == "4"
