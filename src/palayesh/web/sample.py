"""A small, fixed refine output for tests, demos and benchmarks of ``palayesh serve``.

It holds what real outputs hold and what the UI must survive: ZWNJ spelled three ways, Arabic
letters and digits, null fields everywhere, HTML raw pages, hostile markup in every text field,
a story and a duplicate cluster, kept and rejected rows, Parquet or JSONL.gz.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

HOSTILE = '<script>alert("xss")</script><img src=x onerror=alert(1)>'

_DOCS = [
    # id, kept/reason, fields
    ("fa-zwnj", None, dict(
        host="www.mehrnews.com", url="https://www.mehrnews.com/news/1", section="سیاسی", surtitle="گزارش",
        title="تصمیم تازه مجلس اعلام می‌شود", lead="نمایندگان درباره بودجه سال آینده گفت‌وگو کردند.",
        text="به گزارش خبرگزاری مهر، این طرح فردا در مجلس بررسی می‌شود.\nکتاب‌های درسی نیز تغییر می‌کنند.",
        raw="صفحه اصلی | ورود\nسیاسی\nگزارش\nتصميم تازه مجلس اعلام مي شود\n"
            "نمايندگان درباره بودجه سال آينده گفت وگو كردند.\n"
            "به گزارش خبرگزاري مهر، اين طرح فردا در مجلس بررسي مي شود.\nكتابهاي درسي نيز تغيير ميكنند.\n"
            "کلیه حقوق محفوظ است ۱۴۰۲",
        agency="مهر", published="2023-05-14", published_jalali="1402/02/24", lang="fa", lang_score=0.99,
        story="story-1", edits={"zwnj_inserted": 3, "space_to_zwnj": 2, "arabic_letters": 9})),
    ("fa-space", None, dict(
        host="www.isna.ir", url="https://www.isna.ir/news/2", section="اقتصادی",
        title="قیمت نفت امروز اعلام می شود", text="به گزارش ایسنا، بازار نفت در ۱۲ ماه گذشته تغییر کرد. بررسی می شود.",
        raw="<html><head><title>قیمت نفت</title><script>var x = 1;</script></head><body><nav>منو</nav>"
            "<h1>قیمت نفت امروز اعلام می شود</h1>"
            "<p>به گزارش ایسنا، بازار نفت در ۱۲ ماه گذشته تغییر کرد. بررسی می شود.</p></body></html>",
        agency="ایسنا", published="2023-06-01T10:30:00+03:30", published_jalali="1402/03/11", lang="fa",
        lang_score=0.97,
        story="story-1")),
    ("fa-joined", None, dict(
        host="www.irna.ir", section="اقتصادی", title="گزارش بانک مرکزی منتشر میشود",
        text="بانک مرکزی گزارش تورم را منتشر میشود و نرخ 12 درصد است.", agency="ایرنا",
        published="2022-11-02", lang="fa", lang_score=0.95, dup_cluster="fa-joined")),
    ("fa-dup", "dedup_near_duplicate", dict(
        host="mirror.example.ir", title="گزارش بانک مرکزی منتشر میشود",
        text="بانک مرکزی گزارش تورم را منتشر میشود و نرخ ۱۲ درصد است.", lang="fa", lang_score=0.95,
        dup_cluster="fa-joined", dup_score=0.92, published="2022-11-03")),
    ("hostile", None, dict(
        host="evil.example.com", url="javascript:alert(1)", section=HOSTILE, surtitle=HOSTILE,
        title="خبر " + HOSTILE, lead=HOSTILE, text="متن خطرناک " + HOSTILE + "\nپایان", agency=HOSTILE,
        raw="<html><body><p>خبر " + HOSTILE + "</p><p>متن خطرناک " + HOSTILE + "</p></body></html>",
        lang="fa", lang_score=0.5)),
    ("nulls", None, dict()),  # every optional field null; text empty
    ("en-page", "lang_not_fa", dict(
        host="example.com", title="An English page", text="This page is in English and gets rejected.",
        raw="An English page\nThis page is in English and gets rejected.", lang="en", lang_score=0.98,
        published="2021-01-05")),
    ("short", "quality_too_short", dict(host="www.isna.ir", text="کوتاه", raw="کوتاه", lang="fa", lang_score=0.6,
                                        signals={"words": 1, "stopword_ratio": 0.0, "persian_letter_ratio": 1.0})),
]


def sample_rows() -> tuple[list[dict], list[dict]]:
    """``(kept, rejected)`` rows of the sample, every v1 field present."""
    from palayesh.document import EDIT_FIELDS, FIELDS, SIGNAL_FIELDS

    kept, rejected = [], []
    for doc_id, reason, fields in _DOCS:
        row: dict[str, Any] = dict.fromkeys(FIELDS)
        row.update(id=doc_id, source=f"sample/{doc_id}.txt", text="", lang="und", lang_score=0.0)
        row.update(fields)
        if row.get("edits") is not None:
            row["edits"] = {k: int(row["edits"].get(k, 0)) for k in EDIT_FIELDS}
        if row.get("signals") is not None:
            row["signals"] = {k: row["signals"].get(k) for k in SIGNAL_FIELDS}
        if reason:
            row["reason"] = reason
            rejected.append(row)
        else:
            kept.append(row)
    return kept, rejected


def write_output(out: Path, *, kept: list[dict] | None = None, rejected: list[dict] | None = None,
                 fmt: str = "parquet", rows_per_part: int = 50_000) -> Path:
    """Write rows (default: the sample) as a refine output folder: docs/, rejected/, stats.json, run.json."""
    out = Path(out)
    if kept is None and rejected is None:
        kept, rejected = sample_rows()
    kept, rejected = kept or [], rejected or []
    for part, rows, with_reason in (("docs", kept, False), ("rejected", rejected, True)):
        (out / part).mkdir(parents=True, exist_ok=True)
        for i in range(0, max(len(rows), 1), rows_per_part):
            chunk = rows[i: i + rows_per_part]
            if not chunk:
                continue
            name = out / part / f"part-{i // rows_per_part:05d}"
            if fmt == "parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                from palayesh.document import REJECTED_SCHEMA, SCHEMA

                schema = REJECTED_SCHEMA if with_reason else SCHEMA
                pq.write_table(pa.Table.from_pylist(chunk, schema=schema), f"{name}.parquet")
            else:
                with gzip.open(f"{name}.jsonl.gz", "wt", encoding="utf-8") as fh:
                    for row in chunk:
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    reasons: dict[str, int] = {}
    for r in rejected:
        reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
    stats = {"complete": True, "documents": {"read": len(kept) + len(rejected), "kept": len(kept),
                                             "rejected": len(rejected)}, "reasons": reasons, "errors": {}}
    (out / "stats.json").write_text(json.dumps(stats, ensure_ascii=False), encoding="utf-8")
    (out / "run.json").write_text(json.dumps({"sample": True, "format": fmt}), encoding="utf-8")
    return out
