"""kill -9 at any moment, rerun the same command: every document exactly once, same output."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import read_rows
from test_refine import digest

N = 1500


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("pages")
    words = "ایران روسیه وزیران دفاع دیدار کردند نشست امنیت بین المللی مسکو سوریه برنامههای میروند".split()
    for i in range(N):
        body = " ".join(words[(i + k) % len(words)] for k in range(60))
        text = f"عنوان خبر {i}\n\n{body}.\n\n{body}.\n" if i % 50 else "\n"  # every 50th page is empty
        (d / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return d


def start(corpus, out):
    cmd = [sys.executable, "-m", "palayesh", "refine", str(corpus), "-o", str(out),
           "--workers", "2", "--shard-size", "20", "-q"]
    return subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_when(proc, ready, timeout=60):
    """SIGKILL the whole process group (main process and workers) as soon as ``ready()``."""
    t0 = time.monotonic()
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"run finished before the kill point: {proc.stderr.read().decode()}")
        if time.monotonic() - t0 > timeout:
            break
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def markers(out, stage):
    d = out / ".work" / stage
    return len(list(d.glob("*.done"))) if d.is_dir() else 0


def test_kill_9_and_resume(corpus, tmp_path):
    reference = tmp_path / "reference"
    r = subprocess.run([sys.executable, "-m", "palayesh", "refine", str(corpus), "-o", str(reference),
                        "--workers", "2", "--shard-size", "20", "-q"], capture_output=True)
    assert r.returncode == 0, r.stderr

    out = tmp_path / "out"
    kill_points = [
        lambda: (out / "run.json").exists(),             # right after start
        lambda: markers(out, "read") >= 10,              # in the middle of the first stage
        lambda: markers(out, "process") >= 20,           # in the middle of the second stage
        lambda: markers(out, "write") >= 20,             # while the final files are written
    ]
    for ready in kill_points:
        kill_when(start(corpus, out), ready)
        assert not (out / "stats.json").exists()
    proc = start(corpus, out)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()

    ids = [r["id"] for r in read_rows(out)] + [r["id"] for r in read_rows(out, "rejected")]
    assert len(ids) == len(set(ids)) == N
    assert digest(out / "docs") == digest(reference / "docs")
    assert digest(out / "rejected") == digest(reference / "rejected")
    assert not list(out.rglob("*.tmp"))
