"""bench/compare_outputs.py, the yardstick of a change meant to make the pipeline faster and nothing
else: two runs' documents compared column by column, what varies between runs (timings) left out."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

BENCH = Path(__file__).resolve().parent.parent / "bench" / "compare_outputs.py"
_spec = importlib.util.spec_from_file_location("palayesh_bench_compare_outputs", BENCH)
assert _spec is not None and _spec.loader is not None
compare_outputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compare_outputs)


def _run(out: Path, titles: list[str], seconds: float) -> Path:
    (out / "docs").mkdir(parents=True)
    table = pa.table({"id": [f"p{i}" for i in range(len(titles))], "title": titles,
                      "signals": [{"words": 10 + i} for i in range(len(titles))]})
    pq.write_table(table, out / "docs" / "part-00000.parquet")
    stats = {"run": {"elapsed_seconds": seconds}, "steps": {"extract": {"docs": len(titles), "seconds": seconds}}}
    (out / "stats.json").write_text(json.dumps(stats))
    return out


def test_same_documents_other_timings_are_the_same(tmp_path):
    old = _run(tmp_path / "old", ["خبر یک", "خبر دو"], 1.0)
    new = _run(tmp_path / "new", ["خبر یک", "خبر دو"], 2.5)
    assert compare_outputs.compare(old, new, set()) == []
    assert compare_outputs.main([str(old), str(new)]) == 0


def test_a_changed_field_is_found(tmp_path):
    old = _run(tmp_path / "old", ["خبر یک", "خبر دو"], 1.0)
    new = _run(tmp_path / "new", ["خبر یک", "خبر سه"], 1.0)
    diffs = compare_outputs.compare(old, new, set())
    assert len(diffs) == 1 and diffs[0].startswith("docs.title: 1 rows differ") and "p1" in diffs[0]
    assert compare_outputs.compare(old, new, {"title"}) == []
    assert compare_outputs.main([str(old), str(new)]) == 1
