"""One large JSONL or Parquet file is split into shards, so it still keeps every worker busy."""
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import read_errors, read_rows
from palayesh import refine
from palayesh.readers.base import Unit, plan_shards

PAGE = "وزیران دفاع {i} دیدار کردند\n\nبه گزارش خبرگزاری مهر، وزیران دفاع دو کشور درباره موضوع شماره {i} گفتگو کردند."


def records(n):
    return [{"id": f"r{i}", "text": PAGE.format(i=i) + " " + "متن " * (i % 7)} for i in range(n)]


@pytest.mark.parametrize("shard_bytes", [1024, 3000, 7777, 10**9])
def test_jsonl_byte_ranges_read_every_record_once(tmp_path, shard_bytes):
    path = tmp_path / "big.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records(300)]
    lines.insert(57, "{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    unit = Unit(str(path), "jsonl", path.stat().st_size)
    shards = plan_shards([unit], 250, shard_bytes)
    assert len(shards) == (1 if shard_bytes > unit.size else -(-unit.size // shard_bytes))
    out = tmp_path / "out"
    refine(path, out, shard_bytes=max(shard_bytes, 1024), workers=2, progress="none")
    ids = [r["id"] for r in read_rows(out) + read_rows(out, "rejected")]
    assert sorted(ids) == sorted(f"r{i}" for i in range(300))  # each record exactly once
    errors = read_errors(out)
    assert [e["reason"] for e in errors] == ["reader_bad_json"]  # the broken line, once


def test_parquet_row_groups_are_shards(tmp_path):
    path = tmp_path / "big.parquet"
    rows = records(400)
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=50)
    unit = Unit(str(path), "parquet", path.stat().st_size)
    shards = plan_shards([unit], 250, 1024)
    assert len(shards) > 1 and [s[0].part for s in shards][0][0] == 0
    out = tmp_path / "out"
    refine(path, out, shard_bytes=1024, workers=2, progress="none")
    got = read_rows(out) + read_rows(out, "rejected")
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in rows)
    # rows keep their number in the whole file
    assert {r["id"]: r["source"].rsplit(":", 1)[1] for r in got}["r399"] == "399"


def _compressed(tmp_path, suffix, lines):
    import gzip

    import zstandard

    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = tmp_path / f"big.jsonl{suffix}"
    path.write_bytes(gzip.compress(data) if suffix == ".gz" else zstandard.ZstdCompressor().compress(data))
    return path, len(data)


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
@pytest.mark.parametrize("shard_bytes", [1024, 5000, 10**9])
def test_compressed_jsonl_split_reads_every_record_once(tmp_path, suffix, shard_bytes):
    """A .jsonl.gz/.zst file is split into ranges of its decompressed stream (each part decompresses
    and drops what comes before it), and reads the same records as the whole file does."""
    lines = [json.dumps(r, ensure_ascii=False) for r in records(300)]
    lines.insert(57, "{broken json")
    path, raw = _compressed(tmp_path, suffix, lines)
    shards = plan_shards([Unit(str(path), "jsonl", path.stat().st_size)], 250, shard_bytes)
    expected = 1 if shard_bytes >= raw else min(-(-raw // shard_bytes), 16)
    assert len(shards) == expected
    out = tmp_path / "out"
    refine(path, out, shard_bytes=shard_bytes, workers=2, progress="none")
    got = read_rows(out) + read_rows(out, "rejected")
    assert sorted(r["id"] for r in got) == sorted(f"r{i}" for i in range(300))  # each record exactly once
    assert [e["reason"] for e in read_errors(out)] == ["reader_bad_json"]
    whole = tmp_path / "whole"
    refine(path, whole, shard_bytes=10**9, workers=1, progress="none")
    key = lambda r: r["id"]  # noqa: E731
    strip = lambda rows: [{k: v for k, v in r.items() if k != "source"} for r in sorted(rows, key=key)]  # noqa: E731
    assert strip(read_rows(out)) == strip(read_rows(whole))  # the same documents, whatever the split


def test_compressed_size_from_header_or_guess(tmp_path):
    from palayesh.readers.base import GUESSED_RATIO, uncompressed_size

    path, raw = _compressed(tmp_path, ".gz", ["{}"] * 1000)
    assert uncompressed_size(str(path)) == raw  # the gzip trailer
    path, raw = _compressed(tmp_path, ".zst", ["{}"] * 1000)
    assert uncompressed_size(str(path)) == raw  # the zstd frame header
    import zstandard

    streamed = tmp_path / "streamed.jsonl.zst"
    with open(streamed, "wb") as fh, zstandard.ZstdCompressor().stream_writer(fh) as w:
        w.write(b"{}\n" * 1000)  # no content size in the header
    assert uncompressed_size(str(streamed)) == streamed.stat().st_size * GUESSED_RATIO


def test_truncated_compressed_split_reports_once(tmp_path):
    lines = [json.dumps(r, ensure_ascii=False) for r in records(300)]
    path, raw = _compressed(tmp_path, ".gz", lines)
    full = path.read_bytes()
    path.write_bytes(full[: len(full) * 2 // 3])  # the trailer is gone: the size is guessed
    out = tmp_path / "out"
    refine(path, out, shard_bytes=1024, workers=2, progress="none")
    reasons = [e["reason"] for e in read_errors(out)]
    assert reasons == ["reader_truncated"]  # once, from the part that holds the damage
    got = read_rows(out) + read_rows(out, "rejected")
    assert 0 < len(got) < 300 and len({r["id"] for r in got}) == len(got)
