"""Issue 14, the run itself: a dying worker, a shared or misplaced OUT, a failed start, exit codes.

Faults are injected by ``HOOK`` (see :data:`HOOK_SCRIPT`): a small script that wraps the local
executor's ``run_shard`` before the CLI starts, so the forked workers run the wrapped one.
"""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import NEWS, REPO, news_bodies, read_errors, read_rows, run_cli
from palayesh import refine
from palayesh.pipeline import Context, Filter, Transform
from palayesh.pipeline.base import chain
from palayesh.runner import RunError
from test_refine import digest

N = 48
SHARD = 4  # 12 shards

HOOK_SCRIPT = r'''
import os, sys, time
from pathlib import Path
import palayesh.runner as runner
from palayesh.cli.main import main

mode, stage, shard, marker = os.environ["HOOK"].split(":", 3)
real = runner.run_shard

def hooked(task, progress=None, **kw):
    if mode == "kill-at" and task.stage == int(stage):  # dies whenever it reaches input ``shard``
        announce = kw["on_input"]

        def on_input(name):
            announce(name)
            if name.endswith(shard):
                os.kill(os.getpid(), 9)

        kw["on_input"] = on_input
    elif task.stage == int(stage) and task.shard == int(shard):
        first = not Path(marker).exists()
        Path(marker).touch()
        if mode == "kill-always" or (mode == "kill-once" and first):
            os.kill(os.getpid(), 9)  # what the OOM killer does
        if mode == "raise":
            raise RuntimeError("a bug in a step")
        if mode == "sleep" and first:
            time.sleep(30)
    return real(task, progress, **kw)

hooked.reports_progress = True
runner.run_shard = hooked  # what the stage loop maps over the shards
sys.exit(main(sys.argv[1:]))
'''


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """N real news pages (most are kept, a few rejected), 12 shards of 4."""
    if not NEWS.exists():
        pytest.skip("../shared is not next to the repository")
    d = tmp_path_factory.mktemp("pages")
    for i, body in zip(range(N), (b for b in news_bodies() if len(b) > 400)):
        (d / f"{i:05d}.txt").write_text(f"عنوان خبر {i}\n\n{body}\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "OUT"
    refine(corpus, out, workers=1, shard_size=SHARD, progress="none")
    return out


def hooked_cli(tmp_path, hook, *args, wait=True):
    script = tmp_path / "hookrun.py"
    script.write_text(HOOK_SCRIPT)
    env = {**os.environ, "HOOK": hook, "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, str(script), *map(str, args)]
    if not wait:
        return subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


def refine_args(corpus, out, *more):
    return ["refine", corpus, "-o", out, "--workers", "2", "--shard-size", str(SHARD), "-q", *more]


# -- 1. a worker that dies ------------------------------------------------------------------------
@pytest.mark.parametrize("stage", [0, 1, 2])
def test_worker_killed_once_is_retried_and_the_run_completes(corpus, reference, tmp_path, stage):
    out = tmp_path / "OUT"
    t0 = time.monotonic()
    r = hooked_cli(tmp_path, f"kill-once:{stage}:7:{tmp_path / 'marker'}", *refine_args(corpus, out))
    elapsed = time.monotonic() - t0
    assert (tmp_path / "marker").exists()  # the hook did kill a worker
    assert r.returncode == 0, r.stderr
    assert "shard 7" in r.stderr and "retry" in r.stderr  # the user is told
    assert digest(out / "docs") == digest(reference / "docs")
    assert digest(out / "rejected") == digest(reference / "rejected")
    assert elapsed < 60


def test_worker_that_always_dies_stops_the_run_with_exit_3(corpus, tmp_path):
    out = tmp_path / "OUT"
    t0 = time.monotonic()
    r = hooked_cli(tmp_path, f"kill-always:0:5:{tmp_path / 'marker'}", *refine_args(corpus, out))
    assert time.monotonic() - t0 < 60
    assert r.returncode == 3, r.stderr
    assert "shard 5" in r.stderr and "00020.txt" in r.stderr  # the shard and its input
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("stage", [0, 1])
def test_a_poison_input_is_left_out_as_an_error(corpus, reference, tmp_path, stage):
    """A worker dies whenever it reaches one input (a page that takes all memory): after it died
    there twice, the shard runs without that input, which becomes an error record; the run goes on."""
    out = tmp_path / "OUT"
    t0 = time.monotonic()
    r = hooked_cli(tmp_path, f"kill-at:{stage}:00022.txt:{tmp_path / 'marker'}", *refine_args(corpus, out))
    assert time.monotonic() - t0 < 60
    assert r.returncode == 0, r.stderr
    assert f"at {corpus / '00022.txt'}: killed by SIGKILL" in r.stderr and "second time" in r.stderr
    err, = read_errors(out)
    assert err["reason"] == "worker_died" and err["input"] == str(corpus / "00022.txt")
    docs, rejected = read_rows(out), read_rows(out, "rejected")
    ids = [d["id"] for d in docs + rejected]
    assert len(ids) == len(set(ids))
    want = {d["id"] for d in read_rows(reference) + read_rows(reference, "rejected")}
    if stage == 0:  # never read: an error record only
        assert set(ids) == want - {"00022"}
    else:  # read, then set aside: an error record, and rejected like a document a step failed on
        assert set(ids) == want and {d["id"]: d["reason"] for d in rejected}["00022"] == "worker_died"
    stats = json.loads((out / "stats.json").read_text())
    assert stats["errors"] == {"worker_died": 1}
    assert sum(stats["documents"][k] for k in ("kept", "rejected")) + (stage == 0) == N


def test_ray_executor_retries_dead_workers():
    from palayesh.executors import ray as ray_executor

    assert ray_executor.MAX_RETRIES >= 1


# -- 2. --overwrite deletes only what palayesh wrote --------------------------------------------------
def test_overwrite_refuses_a_folder_that_is_not_a_run(corpus, tmp_path):
    out = tmp_path / "mine"
    (out / "docs").mkdir(parents=True)
    (out / "docs" / "thesis.txt").write_text("my own")
    (out / "errors").mkdir()
    (out / "stats.json").write_text("{}")
    r = run_cli(*refine_args(corpus, out, "--overwrite"))
    assert r.returncode == 1 and "holds no palayesh run" in r.stderr
    assert sorted(p.name for p in out.rglob("*")) == ["docs", "errors", "stats.json", "thesis.txt"]


def test_overwrite_in_a_run_keeps_files_palayesh_did_not_write(corpus, tmp_path):
    out = tmp_path / "OUT"
    assert run_cli(*refine_args(corpus, out)).returncode == 0
    (out / "docs" / "notes.txt").write_text("my notes")
    (out / "README").write_text("mine")
    r = run_cli(*refine_args(corpus, out, "--overwrite", "--format", "jsonl"))
    assert r.returncode == 0, r.stderr
    assert (out / "docs" / "notes.txt").read_text() == "my notes" and (out / "README").exists()
    assert not list((out / "docs").glob("*.parquet")) and list((out / "docs").glob("*.jsonl.gz"))


# -- 3. OUT inside an input folder ------------------------------------------------------------------
def test_output_inside_the_input_folder_is_not_read_back(corpus, tmp_path):
    import shutil

    inp = tmp_path / "in"
    shutil.copytree(corpus, inp)
    r = run_cli(*refine_args(inp, inp / "OUT", "--keep-work"))
    assert r.returncode == 0, r.stderr
    # an interrupted run: no stats.json yet; the rerun must resume, not refuse
    (inp / "OUT" / "stats.json").unlink()
    r = run_cli(*refine_args(inp, inp / "OUT"))
    assert r.returncode == 0, r.stderr
    stats = json.loads((inp / "OUT" / "stats.json").read_text())
    assert stats["documents"]["read"] == N and stats["run"]["resumed"]
    # another run of the same folder does not read the first one's docs/ back in
    r = run_cli(*refine_args(inp, inp / "OUT2"))
    assert r.returncode == 0, r.stderr
    assert json.loads((inp / "OUT2" / "stats.json").read_text())["documents"]["read"] == N


# -- 4. two runs into one OUT --------------------------------------------------------------------------
def test_second_run_into_the_same_output_is_refused_while_the_first_runs(corpus, tmp_path):
    out = tmp_path / "OUT"
    first = hooked_cli(tmp_path, f"sleep:1:0:{tmp_path / 'marker'}", *refine_args(corpus, out), wait=False)
    try:
        t0 = time.monotonic()
        while not (tmp_path / "marker").exists():  # the first run is in its second stage
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() - t0 < 60
            time.sleep(0.05)
        r = run_cli(*refine_args(corpus, out))
        assert r.returncode == 1
        assert f"another palayesh run is writing to {out} (pid {first.pid})" in r.stderr
        assert "Traceback" not in r.stderr
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    # the lock dies with its process: the same command resumes
    r = run_cli(*refine_args(corpus, out))
    assert r.returncode == 0, r.stderr
    assert not (out / ".lock").exists()  # a finished run leaves only its documented files


# -- 5. a failed start leaves nothing that blocks the next run ----------------------------------------
def test_empty_input_creates_nothing_and_the_next_run_works(corpus, tmp_path):
    inp, out = tmp_path / "in", tmp_path / "OUT"
    inp.mkdir()
    r = run_cli(*refine_args(inp, out))
    assert r.returncode == 1 and "no readable input" in r.stderr
    assert not out.exists()
    (inp / "a.txt").write_text((corpus / "00001.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = run_cli(*refine_args(inp, out))
    assert r.returncode == 0, r.stderr


def test_full_disk_while_writing_run_json_leaves_nothing_behind(corpus, tmp_path, monkeypatch):
    import errno

    import palayesh.runner as runner

    out = tmp_path / "OUT"
    real_dump = json.dump

    def disk_full(obj, fh, **kw):
        if "inputs_fingerprint" in obj:  # run.json
            fh.write('{"palayesh_vers')
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_dump(obj, fh, **kw)

    monkeypatch.setattr(runner.json, "dump", disk_full)
    with pytest.raises(RunError, match="No space left"):
        refine(corpus, out, workers=1, shard_size=SHARD, progress="none")
    monkeypatch.undo()
    assert not out.exists() or not any(out.iterdir())
    refine(corpus, out, workers=1, shard_size=SHARD, progress="none")


# -- 6. the same input by a relative, then an absolute path --------------------------------------------
def test_resume_with_the_input_named_relative_then_absolute(corpus, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]))
    shutil.copytree(corpus, tmp_path / "in")
    r = run_cli("refine", "in", "-o", "OUT", "--keep-work", "--shard-size", str(SHARD), "-q", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    (tmp_path / "OUT" / "stats.json").unlink()  # as if it was interrupted
    r = run_cli("refine", tmp_path / "in", "-o", tmp_path / "OUT", "--shard-size", str(SHARD), "-q")
    assert r.returncode == 0, r.stderr
    sources = {row["source"] for row in read_rows(tmp_path / "OUT")}
    assert all(s.startswith("in/") for s in sources)  # as the run named them first


# -- 7. --workers out of range ------------------------------------------------------------------------
@pytest.mark.parametrize("workers", ["0", "-1", "100000"])
def test_workers_out_of_range_is_a_usage_error(corpus, tmp_path, workers):
    r = run_cli(*refine_args(corpus, tmp_path / "OUT")[:-3], "--workers", workers)
    assert r.returncode == 2 and "workers" in r.stderr
    assert not (tmp_path / "OUT").exists()


# -- 8. exit codes ---------------------------------------------------------------------------------------
def test_exit_3_names_the_shard_and_input_of_an_internal_error(corpus, tmp_path):
    r = hooked_cli(tmp_path, f"raise:1:2:{tmp_path / 'marker'}", *refine_args(corpus, tmp_path / "OUT"))
    assert r.returncode == 3, r.stderr
    assert "shard 2" in r.stderr and "00008.txt" in r.stderr and "a bug in a step" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("args, code", [
    (["refine", "{corpus}", "-o", "{out}", "-q"], 0),   # done
    (["refine", "{empty}", "-o", "{out}", "-q"], 1),    # no readable input
    (["refine", "{corpus}", "-o", "{out}", "--shard-size", "x"], 2),  # usage
])
def test_exit_codes(corpus, tmp_path, args, code):
    (tmp_path / "empty").mkdir()
    args = [a.format(corpus=corpus, out=tmp_path / "OUT", empty=tmp_path / "empty") for a in args]
    assert run_cli(*args).returncode == code


def test_exit_codes_are_documented():
    r = run_cli("refine", "--help")
    for line in ("0 ", "1 ", "2 ", "3 "):
        assert any(s.strip().startswith(line) for s in r.stdout.split("exit status")[1].splitlines())
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "| 3 |" in readme


# -- 9. a filter that raises ---------------------------------------------------------------------------
class BoomFilter(Filter):
    name = "boomf"

    def filter(self, doc):
        if doc["id"] == "b":
            raise ValueError("bad page")
        return True, None


class Upper(Transform):
    name = "upper"

    def transform(self, doc):
        doc["text"] = doc["text"].upper()


def test_failing_filter_becomes_error_and_rejection(tmp_path):
    ctx = Context(shard=3, stage="process", work_dir=tmp_path)
    docs = [{"id": "a", "text": "abcd"}, {"id": "b", "text": "ab", "source": "x/b.txt"}, {"id": "c", "text": "xyz"}]
    out = list(chain([BoomFilter(), Upper()], docs, ctx))
    assert [d["id"] for d in out] == ["a", "b", "c"]
    assert [d.get("reason") for d in out] == [None, "boomf_failed", None]
    assert out[1]["text"] == "AB"  # later steps still run on it
    err, = ctx.errors
    assert err["reason"] == "boomf_failed" and err["step"] == "boomf" and "bad page" in err["error"]
    assert err["input"] == "x/b.txt"
    assert ctx.stats.counters["steps/boomf/in"] == 3


# -- the worker pool alone ------------------------------------------------------------------------------
def _square_or_die(arg):
    n, marker = arg
    if n == 3 and not os.path.exists(marker):
        open(marker, "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    if n == 5:
        raise ValueError("five")
    return n * n


def test_worker_pool_retries_a_dead_worker_and_reports_a_raising_task(tmp_path):
    import multiprocessing as mp

    from palayesh.executors import TaskFailed
    from palayesh.executors.local import WorkerPool

    pool = WorkerPool(2, mp.Value("q", 0), mp.Value("q", 0))
    try:
        marker = str(tmp_path / "died")
        assert sorted(r for _, r in pool.map(_square_or_die, [(n, marker) for n in range(5)])) == [0, 1, 4, 9, 16]
        assert os.path.exists(marker)
        pool.workers[0].proc.kill()  # a worker that dies while idle is replaced too
        pool.workers[0].proc.join()
        with pytest.raises(TaskFailed, match="ValueError: five") as e:
            list(pool.map(_square_or_die, [(n, marker) for n in range(4, 7)]))
        assert e.value.task[0] == 5 and "Traceback" in e.value.details
    finally:
        pool.close(kill=True)


def _gc_state(_arg):
    import gc

    return gc.get_threshold(), gc.get_freeze_count() > 0


def test_a_worker_collects_garbage_rarely_and_never_walks_what_it_inherited():
    # (a young-generation collection every 700 allocations cost a worker 1.7 % of its CPU)
    import gc
    import multiprocessing as mp

    from palayesh.executors.local import WORKER_GC_THRESHOLD, WorkerPool

    pool = WorkerPool(1, mp.Value("q", 0), mp.Value("q", 0))
    try:
        assert [r for _, r in pool.map(_gc_state, [0])] == [(WORKER_GC_THRESHOLD, True)]
    finally:
        pool.close()
    assert gc.get_threshold() != WORKER_GC_THRESHOLD  # (the main process's own stays as it was)


def test_one_worker_runs_the_tasks_in_the_main_process_collecting_as_a_worker_does():
    # (the main process ran them with CPython's thresholds, everything it held walked again and
    # again: ~4 % of a one-process run's CPU in the collector)
    import gc

    from palayesh.executors.local import WORKER_GC_THRESHOLD, LocalExecutor

    before = gc.get_threshold()
    assert before != WORKER_GC_THRESHOLD and gc.get_freeze_count() == 0
    executor = LocalExecutor(1)
    try:
        assert [r for _, r in executor.map(_gc_state, [0, 1])] == [(WORKER_GC_THRESHOLD, True)] * 2
    finally:
        executor.close()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0  # (as they were)


def test_the_cli_freezes_what_the_process_holds_when_it_ends():
    # (the interpreter's last collection walked the run's tables: ~0.13 s of CPU after a refine)
    check = ("import atexit, gc\n"
             "atexit.register(lambda: print('frozen' if gc.get_freeze_count() else 'walked'))\n"
             "from palayesh.cli.main import main\n"
             "main([])\n"
             "main([])\n")
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO / "src")}, timeout=120)
    assert out.stdout.strip() == "frozen", out.stderr


def _frozen(_arg):
    import gc

    return gc.get_freeze_count()


def test_what_the_workers_inherit_is_frozen_before_they_fork_and_thawed_when_they_are_gone():
    # (frozen only in each worker, after the fork, the main process's young objects were walked by a
    # collection after the fork, which copied the pages the fork shares: 7,700 page faults a small run)
    import gc
    import multiprocessing as mp

    from palayesh.executors.local import WorkerPool

    assert gc.get_freeze_count() == 0
    made_before = [[n] for n in range(1000)]  # tracked objects of the main process (lists: always tracked)
    pool = WorkerPool(1, mp.Value("q", 0), mp.Value("q", 0))
    try:
        frozen_here = gc.get_freeze_count()
        assert frozen_here >= len(made_before)  # frozen in the main process, before the fork
        assert [r for _, r in pool.map(_frozen, [0])][0] >= frozen_here
    finally:
        pool.close()
    assert gc.get_freeze_count() == 0  # the main process's objects are collected again
    gc.freeze()  # a caller's own frozen objects stay frozen
    try:
        pool = WorkerPool(1, mp.Value("q", 0), mp.Value("q", 0))
        pool.close()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
