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


def test_compressed_jsonl_is_one_shard(tmp_path):
    unit = Unit(str(tmp_path / "x.jsonl.gz"), "jsonl", 10**9)
    assert plan_shards([unit], 250, 1024) == [[unit]]
