"""The pipeline is a value: a user's own filter, added to the Persian news recipe, runs locally and
on Ray; the recipe alone writes what ``refine`` writes without one."""
import json
import os

import pytest

import palayesh
from conftest import read_errors, read_rows
from palayesh.pipeline import Filter, Pipeline, PipelineError, Sink, Source, Stage, Transform
from test_refine import EXAMPLES, digest


class Agencies(Filter):
    """Keep the stories of some agencies only (what the README shows)."""

    name = "agency"

    def __init__(self, keep):
        self.keep = frozenset(keep)

    def filter(self, doc):
        return doc.get("agency") in self.keep, "other"  # dropped as reason "agency_other"


KEEP = {"فارس", "مهر"}


def check_agency_run(out, stats):
    kept, rejected = read_rows(out), read_rows(out, "rejected")
    assert kept and all(r["agency"] in KEEP for r in kept)
    mine = [r for r in rejected if r["reason"] == "agency_other"]
    assert mine and all(r["agency"] not in KEEP for r in mine)
    assert stats["reasons"]["agency_other"] == len(mine)
    assert stats["steps"]["agency"]["dropped"] == len(mine)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    steps = [s["step"] for stage in run["pipeline"] for s in stage["steps"]]
    assert steps.index("agency") == steps.index("quality") + 1


def test_a_users_filter_in_the_recipe(tmp_path):
    pipeline = palayesh.recipe.persian_news().insert(Agencies(KEEP), after="quality")
    out = tmp_path / "OUT"
    stats = palayesh.refine(EXAMPLES, out, pipeline=pipeline, workers=2, shard_size=2, progress="none")
    check_agency_run(out, stats)
    # the recipe itself is unchanged, and the same as no pipeline at all
    plain, default = tmp_path / "plain", tmp_path / "default"
    palayesh.refine(EXAMPLES, plain, pipeline=palayesh.recipe.persian_news(), workers=2, shard_size=2,
                    progress="none")
    palayesh.refine(EXAMPLES, default, workers=2, shard_size=2, progress="none")
    assert digest(plain / "docs") == digest(default / "docs")
    assert not any(r["reason"] == "agency_other" for r in read_rows(plain, "rejected"))


def test_a_users_filter_on_ray(tmp_path):
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'palayesh[ray]')")
    import sys

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # this test module is not on the workers' path
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        pipeline = palayesh.recipe.persian_news().insert(Agencies(KEEP), after="quality")
        out = tmp_path / "OUT"
        stats = palayesh.refine(EXAMPLES, out, pipeline=pipeline, executor="ray", workers=2, shard_size=2,
                                progress="none")
        check_agency_run(out, stats)
        local = tmp_path / "local"
        palayesh.refine(EXAMPLES, local, pipeline=pipeline, workers=2, shard_size=2, progress="none")
        assert digest(out / "docs") == digest(local / "docs")
    finally:
        ray.shutdown()


def test_a_resume_needs_the_same_pipeline(tmp_path):
    out = tmp_path / "OUT"
    palayesh.refine(EXAMPLES, out, workers=1, progress="none", keep_work=True)
    other = palayesh.recipe.persian_news().insert(Agencies(KEEP), after="quality")
    from palayesh.runner import RunError

    with pytest.raises(RunError, match="another pipeline"):
        palayesh.refine(EXAMPLES, out, pipeline=other, workers=1, progress="none")
    # options of a step are part of the pipeline too
    with pytest.raises(RunError, match="another pipeline"):
        palayesh.refine(EXAMPLES, out, workers=1, progress="none",
                        pipeline=palayesh.recipe.persian_news().insert(Agencies({"مهر"}), after="quality"))


def test_a_filter_that_raises_is_recorded_and_the_run_goes_on(tmp_path):
    class Broken(Filter):
        name = "broken"

        def filter(self, doc):
            if doc["id"] == "101_society":
                raise RuntimeError("a bug")
            return True, None

    out = tmp_path / "OUT"
    pipeline = palayesh.recipe.persian_news().insert(Broken(), after="lang")
    stats = palayesh.refine(EXAMPLES, out, pipeline=pipeline, workers=1, progress="none")
    assert stats["reasons"].get("broken_failed") == 1
    assert [e["reason"] for e in read_errors(out) if e.get("step") == "broken"] == ["broken_failed"]


def test_pipeline_changes_are_values_and_errors_are_clear():
    base = palayesh.recipe.persian_news()
    names = [s.name for s in base.steps()]
    added = base.insert(Agencies(KEEP), before="dedup")
    assert [s.name for s in base.steps()] == names  # unchanged
    assert [s.name for s in added.steps()].index("agency") == names.index("dedup")
    assert [s.name for s in added.remove("agency").steps()] == names
    assert base.fingerprint() == palayesh.recipe.persian_news().fingerprint()
    assert base.fingerprint() != palayesh.recipe.persian_news(normalize={"digits": "latin"}).fingerprint()
    assert base.fingerprint() != added.fingerprint()
    with pytest.raises(PipelineError, match="no step named 'nope'.*quality"):
        base.insert(Agencies(KEEP), after="nope")
    with pytest.raises(PipelineError, match="exactly one"):
        base.insert(Agencies(KEEP))
    with pytest.raises(PipelineError, match="must start with a Source"):
        Pipeline([Stage("only", [Agencies(KEEP)])])
    with pytest.raises(PipelineError, match="only be first or last"):
        base.insert(base[0].steps[0], after="quality")
    with pytest.raises(TypeError, match="give format to the recipe"):
        palayesh.refine(EXAMPLES, "never", pipeline=base, format="jsonl")
    with pytest.raises(TypeError, match="refine\\(pipeline\\)"):
        palayesh.refine(EXAMPLES, "never", pipeline=[Transform()])


class FirstLine(Transform):
    name = "title"

    def transform(self, doc):
        doc["title"] = (doc.get("raw") or "").strip().splitlines()[0][:40]
        doc["text"] = doc.get("raw") or ""


def test_a_pipeline_of_ones_own(tmp_path):
    """Not only the recipe: any stages with a source and a sink; a stage's source reads the one before."""
    from palayesh.readers.step import ReadInputs
    from palayesh.writers import ReadStage, WriteOutput, WriteStage

    pipeline = Pipeline([Stage("read", [ReadInputs(), WriteStage()]),
                         Stage("write", [ReadStage(), FirstLine(), WriteOutput("jsonl", keep_raw=False)])])
    out = tmp_path / "OUT"
    stats = palayesh.refine(EXAMPLES, out, pipeline=pipeline, workers=2, shard_size=3, progress="none")
    rows = read_rows(out)
    assert stats["documents"]["kept"] == len(rows) > 0
    assert stats["documents"]["kept"] + stats["documents"]["rejected"] == stats["documents"]["read"]
    assert all(r["title"] and r["raw"] is None for r in rows)
    assert isinstance(pipeline[0].steps[0], Source) and isinstance(pipeline[1].steps[-1], Sink)


def test_a_step_workers_cannot_receive_is_a_clear_error(tmp_path):
    class Local(Transform):  # defined in a function: pickle cannot send it to a worker
        name = "local"

        def transform(self, doc):
            pass

    pipeline = palayesh.recipe.persian_news().insert(Local(), after="normalize")
    from palayesh.runner import ShardError

    with pytest.raises(ShardError, match="cannot be sent to a worker.*module level"):
        palayesh.refine(EXAMPLES, tmp_path / "OUT", pipeline=pipeline, workers=2, progress="none")
    # in one process it runs
    palayesh.refine(EXAMPLES, tmp_path / "OUT1", pipeline=pipeline, workers=1, progress="none")


class WarmedTitle(Transform):
    """Titles each document with the process that warmed this step (None: no process did)."""

    name = "warmed_title"

    def warm(self):
        self._warmed_in = os.getpid()

    def transform(self, doc):
        doc["title"] = str(getattr(self, "_warmed_in", None))


def test_forked_workers_inherit_the_steps_the_main_process_warmed(tmp_path):
    """Step.warm runs once, in the main process, before the workers are forked; they run their
    shards with that warmed copy (so they load no model of their own), and the run's pipeline,
    sent with every task, stays as it was."""
    pipeline = palayesh.recipe.persian_news(format="jsonl").insert(WarmedTitle(), after="normalize")
    out = tmp_path / "OUT"
    stats = palayesh.refine(EXAMPLES, out, pipeline=pipeline, workers=2, shard_size=3, progress="none")
    assert stats["run"]["shards"] > 2
    rows = read_rows(out)
    assert {r["title"] for r in rows} == {str(os.getpid())}
    assert not hasattr(pipeline[1].steps[3], "_warmed_in")  # (the copy was warmed, not the run's own)


class _CollectorSeen(Transform):
    name = "collector_seen"

    def warm(self):
        import gc

        self._collecting = gc.isenabled()

    def transform(self, doc):
        pass


def test_the_steps_warm_with_the_cyclic_collector_paused():
    """Warming builds large tables that hold no garbage: the collector is paused meanwhile and
    left as it was found (on, or off when the caller had turned it off)."""
    import gc

    from palayesh.runner import warm

    pipeline = palayesh.recipe.persian_news(format="jsonl").insert(_CollectorSeen(), after="normalize")
    assert gc.isenabled()
    warmed = warm(pipeline)
    assert warmed is not None and warmed[1].steps[3]._collecting is False and gc.isenabled()
    gc.disable()
    try:
        warm(palayesh.recipe.persian_news(format="jsonl").insert(_CollectorSeen(), after="normalize"))
        assert not gc.isenabled()
    finally:
        gc.enable()
