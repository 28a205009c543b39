"""bench/count_memo_work.py, the work of a refine run counted rather than timed: the line memos'
misses, the language votes, and what the ZWNJ restorer learns of the chunks and pairs it meets."""
from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "count_memo_work.py"
_spec = importlib.util.spec_from_file_location("palayesh_bench_count_memo_work", BENCH)
assert _spec is not None and _spec.loader is not None
count_memo_work = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(count_memo_work)


def test_the_restorers_learning_is_counted_beside_the_line_memos():
    # (a worker's ZWNJ restorer makes the tuple of each chunk it meets, and the code of each spaced
    # pair: on 2,000 pages, 2 workers, ~20,000 of each, which each worker made again for the words
    # the other met too; the counter saw none of it)
    from palayesh import runner
    from palayesh.recipe import persian_news

    pipeline = runner._pipeline(persian_news())
    step = next(s for s in pipeline.steps() if s.name == "normalize")
    step.setup(None)
    before = count_memo_work.restorer_tables()
    # (words no shipped table holds: made up, so that the chunk memo must make them)
    step._normalizer.normalize("زمرکتاب‌ها و پرستوکارها میرفتند به شهربازیهای دورستاخیز ساختمانسازیها")
    after = count_memo_work.memo_misses()
    made = after["zwnj.chunks(made)"] - before.get("zwnj.chunks(made)", 0)
    assert made >= 5
    assert set(before) <= {k for k in after if k.startswith("zwnj.") and k.endswith("(made)")}
