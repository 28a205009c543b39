"""`palayesh refine` end to end: layout, formats, config files, determinism, resume rules."""
import hashlib
import json
from pathlib import Path

import pytest

from conftest import REPO, read_rows, run_cli
from palayesh import refine
from palayesh.config import make_config
from palayesh.options import OptionsError
from palayesh.runner import RunError

EXAMPLES = REPO / "examples"


def digest(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_examples_refine_into_the_documented_layout(tmp_path):
    out = tmp_path / "OUT"
    stats = refine(EXAMPLES, out, progress="none")
    for name in ("docs", "rejected", "errors", "stats.json", "run.json"):
        assert (out / name).exists(), name
    assert not (out / ".work").exists()
    docs = {r["id"]: r for r in read_rows(out)}
    assert "000_6d8fd06e54dabc97" in docs
    seed = docs["000_6d8fd06e54dabc97"]
    assert seed["source"].endswith("examples/pages/000_6d8fd06e54dabc97.txt")
    assert seed["raw"] == (EXAMPLES / "pages" / "000_6d8fd06e54dabc97.txt").read_text(encoding="utf-8")
    assert "\u00a0" not in seed["text"] and "  " not in seed["text"]
    assert "به گزارش خبرگزاری مهر" in seed["text"]
    rejected = {r["id"]: r["reason"] for r in read_rows(out, "rejected")}
    assert rejected["104_empty"] == "reader_empty"
    assert stats["documents"] == {"read": 7, "kept": len(docs), "rejected": len(rejected), "not_sampled": 0}
    assert stats["reasons"]["reader_empty"] == 1
    run = json.loads((out / "run.json").read_text())
    assert run["config"]["format"] == "parquet" and run["palayesh_version"]
    on_disk = json.loads((out / "stats.json").read_text())
    assert on_disk["documents"] == stats["documents"]


def test_jsonl_format_and_no_raw(tmp_path):
    out = tmp_path / "OUT"
    refine(EXAMPLES, out, format="jsonl", keep_raw=False, progress="none")
    assert list((out / "docs").glob("*.jsonl.gz")) and not list((out / "docs").glob("*.parquet"))
    rows = read_rows(out)
    assert rows and all(r["raw"] is None for r in rows)
    assert set(rows[0]) >= {"id", "source", "text", "edits", "signals", "dup_cluster", "story", "lang"}


def test_same_input_and_config_give_identical_docs(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    refine(EXAMPLES, a, workers=2, shard_size=2, progress="none")
    refine(EXAMPLES, b, workers=1, shard_size=2, progress="none")
    assert digest(a / "docs") == digest(b / "docs")
    assert digest(a / "rejected") == digest(b / "rejected")


def test_config_file_sets_options_and_flags_win(tmp_path):
    cfg = tmp_path / "palayesh.toml"
    cfg.write_text('format = "jsonl"\nshard_size = 2\n[normalize]\ndigits = "latin"\n')
    c = make_config(cfg, shard_size=5)
    assert (c.format, c.shard_size, c.normalize.digits) == ("jsonl", 5, "latin")
    cfg.write_text("shard_sise = 3\n")
    with pytest.raises(OptionsError, match="shard_sise"):
        make_config(cfg)
    cfg.write_text('format = "xml"\n')
    with pytest.raises(OptionsError, match="format"):
        make_config(cfg)


def test_resume_refuses_another_config_until_overwrite(tmp_path):
    out = tmp_path / "OUT"
    refine(EXAMPLES, out, progress="none")
    # the same command again: nothing to do, same stats
    again = refine(EXAMPLES, out, progress="none")
    assert again["documents"]["read"] == 7
    with pytest.raises(RunError, match="another configuration.*--overwrite"):
        refine(EXAMPLES, out, keep_raw=False, progress="none")
    # execution-only options may change
    refine(EXAMPLES, out, workers=1, progress="none")
    refine(EXAMPLES, out, keep_raw=False, overwrite=True, progress="none")
    assert all(r["raw"] is None for r in read_rows(out))


def test_refuses_a_folder_that_is_not_a_run(tmp_path):
    out = tmp_path / "OUT"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    with pytest.raises(RunError, match="not empty"):
        refine(EXAMPLES, out, progress="none")
    # --overwrite replaces only a palayesh run: a folder that holds none is left untouched (issue 14)
    with pytest.raises(RunError, match="holds no palayesh run"):
        refine(EXAMPLES, out, overwrite=True, progress="none")
    assert [p.name for p in out.iterdir()] == ["precious.txt"]


def test_cli_refine_and_stats(tmp_path):
    out = tmp_path / "OUT"
    r = run_cli("refine", EXAMPLES, "-o", out, "--workers", "2", "--progress", "plain")
    assert r.returncode == 0, r.stderr
    assert "docs/s" in r.stderr and r.stdout == ""
    r = run_cli("stats", out)
    assert r.returncode == 0 and "reader_empty" in r.stdout and "kept" in r.stdout
    r = run_cli("stats", out, "--json")
    assert json.loads(r.stdout)["documents"]["read"] == 7


def _ray_running() -> bool:
    """Whether a Ray cluster's GCS runs on this machine (test_ray_cluster's, in the other test process)."""
    try:
        from ray._private.services import find_gcs_addresses
    except ImportError:
        return False
    return bool(find_gcs_addresses())


@pytest.mark.parametrize("args, code, message", [
    # a named input that does not exist is a usage error
    (["refine", "no/such/folder", "-o", "{out}"], 2, "input not found"),
    # a bad option value
    (["refine", "{examples}", "-o", "{out}", "--workers", "0"], 2, "workers"),
    # a config file that is not TOML
    (["refine", "{examples}", "-o", "{out}", "--config", "{bad}"], 2, "not valid TOML"),
    # no output folder
    (["refine", "{examples}"], 2, "-o/--output"),
    # stats of a folder that is not a run
    (["stats", "{out}"], 1, "not found"),
    # a Ray cluster that is not there
    (["refine", "{examples}", "-o", "{out}", "--executor", "ray", "--address", "auto"], 1, "Ray cluster"),
])
def test_cli_errors_are_one_line(tmp_path, args, code, message):
    if "--address" in args and _ray_running():
        pytest.skip("a Ray cluster runs on this machine (another test's): 'auto' would find it")
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml")
    args = [a.format(out=tmp_path / "o", examples=EXAMPLES, bad=bad) for a in args]
    r = run_cli(*args)
    assert r.returncode == code
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_no_readable_input_exits_1(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    r = run_cli("refine", d, "-o", tmp_path / "o", "-q")
    assert r.returncode == 1
    assert "no input could be read" in r.stderr


@pytest.mark.parametrize("command", [[], ["refine"], ["stats"], ["normalize"]])
def test_every_command_has_help_with_an_example(command):
    r = run_cli(*command, "--help")
    assert r.returncode == 0, r.stderr
    assert "example" in r.stdout.lower()
    assert "palayesh" in r.stdout
