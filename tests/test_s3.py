"""Runs on object storage: a real S3 server (moto's, on 127.0.0.1, started here) holds the output.

The same input gives the same ``docs/`` bytes on S3 as in a local folder; a run killed at any
moment resumes on S3; a missing bucket, an unknown scheme or a missing package is a clear error.
"""
import contextlib
import hashlib
import os
import subprocess
import sys
import time

import pytest

from test_refine import EXAMPLES, digest
from test_resume_kill import kill_when

pytest.importorskip("s3fs", reason="s3fs is not installed (pip install 'palayesh[s3]')")
moto_server = pytest.importorskip("moto.server", reason="moto is not installed (pip install 'moto[server]')")

from palayesh import read_output, refine  # noqa: E402
from palayesh.runner import RunError  # noqa: E402

BUCKET = "palayesh-test"


@contextlib.contextmanager
def _store_env(endpoint: str, tmp_path_factory):
    """The server's endpoint and credentials in the environment (where s3fs, the CLI and the workers
    find them) and a scratch folder for the tasks; the environment as it was after."""
    env = {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
           "AWS_DEFAULT_REGION": "us-east-1", "PALAYESH_SCRATCH": str(tmp_path_factory.mktemp("scratch"))}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(scope="session")
def s3(tmp_path_factory):
    """A moto S3 server on 127.0.0.1 with one bucket; its endpoint and credentials in the environment
    (where s3fs, the CLI and the workers find them). Yields a boto3 client. The tasks' scratch
    folders go to a temporary folder of the tests (a task killed by a test leaves its own there)."""
    import boto3

    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    with _store_env(f"http://{host}:{port}", tmp_path_factory):
        client = boto3.client("s3")
        client.create_bucket(Bucket=BUCKET)
        yield client
    server.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def s3_alone(tmp_path_factory):
    """Like :func:`s3`, the server in a process of its own (as a store is): for a run whose workers
    are forked from this process, which then holds none of the server's threads (a worker forked
    while they serve requests was once killed by SIGSEGV)."""
    import boto3
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()  # one made for another server (the endpoint is not in its key)
    port = _free_port()
    log = open(tmp_path_factory.mktemp("moto") / "server.log", "wb")
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    with _store_env(f"http://127.0.0.1:{port}", tmp_path_factory):
        client = boto3.client("s3")
        for _ in range(300):  # up in a few seconds
            try:
                client.create_bucket(Bucket=BUCKET)
                break
            except Exception:
                if server.poll() is not None:
                    raise RuntimeError(f"moto server exited with {server.returncode}") from None
                time.sleep(0.1)
        else:
            raise RuntimeError("moto server did not answer in 30 s")
        yield client
    s3fs.S3FileSystem.clear_instance_cache()
    server.terminate()
    server.wait(10)
    log.close()


def keys(client, prefix: str) -> list[str]:
    found = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
        found += [o["Key"] for o in page.get("Contents", [])]
    return sorted(found)


def s3_digest(client, prefix: str) -> dict:
    """Like test_refine.digest, of the objects under ``prefix`` (a folder of a run on S3)."""
    return {k.rsplit("/", 1)[1]: hashlib.sha256(client.get_object(Bucket=BUCKET, Key=k)["Body"].read()).hexdigest()
            for k in keys(client, prefix + "/")}


def test_s3_output_equals_local(s3_alone, tmp_path, monkeypatch):
    s3 = s3_alone
    # the dedup barrier in its rounds (as for a large run), each task on its own copy of the store's
    # files, two scatter parts writing rows at once (the workers are forked: they see the patch)
    from palayesh.dedup.barrier import DedupBarrier

    monkeypatch.setattr(DedupBarrier, "ONE_PROCESS_DOCS", 0)
    monkeypatch.setattr(DedupBarrier, "CHUNK_DOCS", 4)  # shards of 2, 2, 2, 1 documents: two chunks
    # (few LSH bands: the barrier's near-duplicate and story rounds have a part per band, and each
    # part pulls its files from the store: 48 + 32 bands made some 90 parts, most of the test's time)
    opts = {"workers": 2, "shard_size": 2, "progress": "none", "dedup": {"bands": 4, "story_bands": 4}}
    local = refine(EXAMPLES, tmp_path / "local", **opts)
    remote = refine(EXAMPLES, f"s3://{BUCKET}/examples", **opts)
    assert s3_digest(s3, "examples/docs") == digest(tmp_path / "local" / "docs")
    assert s3_digest(s3, "examples/rejected") == digest(tmp_path / "local" / "rejected")
    assert remote["documents"] == local["documents"] and remote["reasons"] == local["reasons"]
    # read back from the store as from the folder (palayesh.read_output)
    assert list(read_output(f"s3://{BUCKET}/examples")) == list(read_output(tmp_path / "local"))
    assert list(read_output(f"s3://{BUCKET}/examples", "rejected", columns=["id", "reason"])) == \
        list(read_output(tmp_path / "local", "rejected", columns=["id", "reason"]))
    stored = keys(s3, "examples/")
    assert "examples/run.json" in stored and "examples/stats.json" in stored
    assert not [k for k in stored if "/.work/" in k or k.endswith(".tmp")], stored
    # a second run of the same command finds the complete run and does nothing
    again = refine(EXAMPLES, f"s3://{BUCKET}/examples", **opts)
    assert again == remote
    # --overwrite starts over (a run of one page, in this process: its document alone is left), and
    # leaves a file of the user's beside the run alone
    s3.put_object(Bucket=BUCKET, Key="examples/docs/README.md", Body=b"mine")
    refine(EXAMPLES / "pages" / "101_society.txt", f"s3://{BUCKET}/examples", **{**opts, "workers": 1},
           overwrite=True)
    assert s3.get_object(Bucket=BUCKET, Key="examples/docs/README.md")["Body"].read() == b"mine"
    assert [r["id"] for r in read_output(f"s3://{BUCKET}/examples")] == ["101_society"]


def test_s3_refuses_a_folder_of_other_files(s3):
    s3.put_object(Bucket=BUCKET, Key="foreign/notes.txt", Body=b"not a run")
    with pytest.raises(RunError, match="holds no palayesh run"):
        refine(EXAMPLES, f"s3://{BUCKET}/foreign", progress="none")
    assert keys(s3, "foreign/") == ["foreign/notes.txt"]


@pytest.mark.parametrize("url, message", [
    ("s3://no-such-bucket/run", "bucket does not exist"),      # a bucket nobody created
    ("zz://bucket/run", "unknown storage scheme zz://"),       # a scheme fsspec does not know
    ("https://example.com/run", "http(s) URLs are not read"),  # no network access to web sites
])
def test_s3_clear_errors(s3, tmp_path, url, message):
    with pytest.raises(RunError, match=message.replace("(", r"\(").replace(")", r"\)")):
        refine(EXAMPLES, url, progress="none")
    # the CLI: one line, no traceback
    r = subprocess.run([sys.executable, "-m", "palayesh", "refine", str(EXAMPLES), "-o", url, "-q"],
                       capture_output=True, text=True, env={**os.environ, "PYTHONPATH": "src"}, timeout=120)
    assert r.returncode != 0 and message in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_s3_no_credentials(s3, monkeypatch, tmp_path):
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(k)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    import fsspec

    fsspec.filesystem("s3").clear_instance_cache()
    with pytest.raises(RunError, match="credentials"):
        refine(EXAMPLES, f"s3://{BUCKET}/nocreds", progress="none")
    fsspec.filesystem("s3").clear_instance_cache()


N_KILL = 400


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("pages")
    words = "ایران روسیه وزیران دفاع دیدار کردند نشست امنیت بین المللی مسکو سوریه برنامههای میروند".split()
    for i in range(N_KILL):
        body = " ".join(words[(i + k) % len(words)] for k in range(60))
        text = f"عنوان خبر {i}\n\n{body}.\n\n{body}.\n" if i % 50 else "\n"  # every 50th page is empty
        (d / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return d


def test_s3_kill_9_and_resume(s3, small_corpus, tmp_path):
    """kill -9 of the whole run (driver and workers) at several moments; the rerun finishes it on S3
    with the bytes of a local run."""
    args = ["--workers", "2", "--shard-size", "20", "-q"]
    ref = tmp_path / "ref"
    r = subprocess.run([sys.executable, "-m", "palayesh", "refine", str(small_corpus), "-o", str(ref), *args],
                       capture_output=True, env={**os.environ, "PYTHONPATH": "src"})
    assert r.returncode == 0, r.stderr
    url = f"s3://{BUCKET}/killed"

    def start():
        return subprocess.Popen([sys.executable, "-m", "palayesh", "refine", str(small_corpus), "-o", url, *args],
                                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": "src"})

    def markers(stage, n):
        def ready():
            time.sleep(0.02)  # (each look is a request to the server)
            return len([k for k in keys(s3, f"killed/.work/{stage}/") if k.endswith(".done")]) >= n
        return ready

    def started():
        time.sleep(0.02)
        return "killed/run.json" in keys(s3, "killed/")

    for ready in (started, markers("read", 5), markers("process", 5), markers("write", 5)):
        kill_when(start(), ready)
        assert "killed/stats.json" not in keys(s3, "killed/")
    assert [k for k in keys(s3, "killed/.work/write/") if k.endswith(".done")], "killed after the write stage began"
    proc = start()
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    assert s3_digest(s3, "killed/docs") == digest(ref / "docs")
    assert s3_digest(s3, "killed/rejected") == digest(ref / "rejected")
    assert not [k for k in keys(s3, "killed/") if "/.work/" in k]


def upload(client, folder, prefix: str) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            client.put_object(Bucket=BUCKET, Key=f"{prefix}/{p.relative_to(folder).as_posix()}", Body=p.read_bytes())


def without_source(rows):
    return [{k: v for k, v in r.items() if k != "source"} for r in rows]


def test_s3_inputs(s3, tmp_path):
    """Inputs on S3 (a folder of pages and JSON lines, gzip too; a Common Crawl paths list and its
    WARC files) give the documents their local copies give; only ``source`` names the store."""
    import gzip
    import shutil

    from conftest import read_errors, read_rows
    from test_warc import _crawl

    local_in = tmp_path / "in"
    shutil.copytree(EXAMPLES, local_in)
    (local_in / "feed.jsonl.gz").write_bytes(gzip.compress((local_in / "feed.jsonl").read_bytes()))
    (local_in / "feed.jsonl").rename(local_in / "feed2.jsonl")
    upload(s3, local_in, "inputs/examples")
    a = refine(local_in, tmp_path / "a", shard_size=2, progress="none", format="jsonl")
    b = refine(f"s3://{BUCKET}/inputs/examples", tmp_path / "b", shard_size=2, progress="none", format="jsonl")
    assert without_source(read_rows(tmp_path / "b")) == without_source(read_rows(tmp_path / "a"))
    assert a["documents"] == b["documents"] and a["run"]["skipped_files"] == b["run"]["skipped_files"] == 1
    assert {r["source"].split("/")[-1] for r in read_rows(tmp_path / "b")} <= {
        r["source"].split("/")[-1] for r in read_rows(tmp_path / "a")}
    assert all(r["source"].startswith(f"s3://{BUCKET}/inputs/examples/") for r in read_rows(tmp_path / "b"))

    # JSON lines output on the store, read back
    refine(f"s3://{BUCKET}/inputs/examples", f"s3://{BUCKET}/jsonl-out", shard_size=2, progress="none",
           format="jsonl")
    assert list(read_output(f"s3://{BUCKET}/jsonl-out")) == read_rows(tmp_path / "b")

    base, paths, persian, _ = _crawl(tmp_path / "cc")
    upload(s3, base, "mirror")
    s3.put_object(Bucket=BUCKET, Key="lists/warc.paths.gz", Body=paths.read_bytes())
    out = tmp_path / "cc-out"
    refine(f"s3://{BUCKET}/lists/warc.paths.gz", out, warc_base=f"s3://{BUCKET}/mirror", progress="none")
    assert {r["id"] for r in read_rows(out)} == set(persian)
    assert [(e["reason"], e["input"]) for e in read_errors(out)] == [
        ("reader_unreadable", f"s3://{BUCKET}/mirror/crawl-data/seg3/missing.warc.gz")]
    with pytest.raises(ValueError, match="input not found"):
        refine(f"s3://{BUCKET}/inputs/nothing-here", tmp_path / "c", progress="none")
