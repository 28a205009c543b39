"""The Ray executor gives the same output as the local one, even when a worker is killed."""
import os
import signal
import threading
import time

import pytest

from conftest import read_rows
from test_refine import EXAMPLES, digest
from test_resume_kill import N, corpus  # noqa: F401  (fixture)

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'palayesh[ray]')")
from palayesh import refine  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def ray_workers():
    """pids of Ray worker processes running a shard."""
    pids = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    if fh.read().startswith(b"ray::run_shard"):
                        pids.append(int(pid))
            except OSError:
                pass
    return pids


def test_ray_equals_local(local_ray, tmp_path):
    a, b = tmp_path / "local", tmp_path / "ray"
    local = refine(EXAMPLES, a, workers=2, shard_size=2, progress="none")
    distributed = refine(EXAMPLES, b, workers=2, shard_size=2, executor="ray", progress="none")
    assert digest(a / "docs") == digest(b / "docs")
    assert digest(a / "rejected") == digest(b / "rejected")
    assert local["documents"] == distributed["documents"]
    assert local["reasons"] == distributed["reasons"]


def test_ray_worker_killed_mid_run(local_ray, corpus, tmp_path):  # noqa: F811
    ref, out = tmp_path / "local", tmp_path / "ray"
    refine(corpus, ref, workers=2, shard_size=20, progress="none")
    killed = []

    def killer():
        deadline = time.monotonic() + 60
        while not killed and time.monotonic() < deadline:
            if (out / ".work" / "read").is_dir() and len(list((out / ".work" / "read").glob("*.done"))) >= 5:
                for pid in ray_workers()[:1]:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
            time.sleep(0.005)

    t = threading.Thread(target=killer)
    t.start()
    refine(corpus, out, workers=2, shard_size=20, executor="ray", progress="none")
    t.join()
    assert killed, "no Ray worker was running a shard to kill"
    ids = [r["id"] for r in read_rows(out)] + [r["id"] for r in read_rows(out, "rejected")]
    assert len(ids) == len(set(ids)) == N
    assert digest(out / "docs") == digest(ref / "docs")
