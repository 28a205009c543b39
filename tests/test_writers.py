"""What a writer wrote reads back equal, in both output formats."""
import string

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import read_rows
from palayesh.document import EDIT_FIELDS, SIGNAL_FIELDS, SIGNALS_TYPE, new_document, public_record
from palayesh.writers import IntermediateReader, IntermediateWriter, OutputSink

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكآ‌ ۰۱۲۳۴۵۶۷۸۹«»،؛؟\n"
text = st.text(alphabet=PERSIAN + string.ascii_letters + "\u00a0\t\"'\\<>&", max_size=200)
maybe = st.one_of(st.none(), text)


@st.composite
def documents(draw):
    doc = new_document(id=draw(st.text(min_size=1, max_size=20)), source=draw(text), raw=draw(maybe) or "",
                       url=draw(st.one_of(st.none(), st.just("https://example.ir/خبر/1"))))
    for f in ("section", "surtitle", "title", "lead", "agency", "published", "published_jalali",
              "dup_cluster", "story", "host"):
        doc[f] = draw(maybe)
    doc["text"] = draw(text)
    doc["lang"], doc["lang_score"] = draw(st.sampled_from(["fa", "ar", "und"])), draw(st.floats(0, 1))
    doc["edits"] = {k: draw(st.integers(0, 10**6)) for k in EDIT_FIELDS if draw(st.booleans())}
    if draw(st.booleans()):  # each signal of the type the schema gives it
        doc["signals"] = {f.name: draw(st.integers(0, 10**6) if pa.types.is_integer(f.type) else st.floats(0, 100))
                          for f in SIGNALS_TYPE}
    if draw(st.booleans()):
        doc["reason"] = draw(st.sampled_from(["reader_empty", "lang_not_fa", "dedup_exact"]))
    doc["_private"] = "never written"
    return doc


def normalized(row):
    # Parquet stores every struct field; a missing signal reads back as null like a null one
    row = dict(row)
    if row.get("signals"):
        row["signals"] = {k: row["signals"].get(k) for k in SIGNAL_FIELDS}
    return row


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(documents(), max_size=12))
def test_output_reads_back_equal(tmp_path_factory, fmt, docs):
    out = tmp_path_factory.mktemp(fmt)
    sink = OutputSink(out, 0, format=fmt)
    for d in docs:
        sink.write(d)
    sink.close()
    kept = [normalized(public_record(d)) for d in docs if not d.get("reason")]
    rejected = [normalized(public_record(d, with_reason=True)) for d in docs if d.get("reason")]
    assert [normalized(r) for r in read_rows(out)] == kept
    assert [normalized(r) for r in read_rows(out, "rejected")] == rejected
    assert not list(out.rglob("*.tmp"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(documents(), max_size=600))
def test_intermediate_reads_back_equal(tmp_path_factory, docs):
    # between stages every key survives, private working keys included
    path = tmp_path_factory.mktemp("work") / "shard-00000.pkl.zst"
    w = IntermediateWriter(path)
    for d in docs:
        w.write(d)
    w.close()
    assert list(IntermediateReader(path)) == docs


def test_intermediate_many_batches(tmp_path):
    # several pickled batches in one zstd stream (each with its own memo), repeated sub-objects
    shared = {"zwnj_inserted": 2}
    docs = [{"id": f"d{i}", "text": "متن " * (i % 40), "edits": shared if i % 2 else {}, "lang": "fa",
             "_private": [i, "fa"]} for i in range(2000)]
    path = tmp_path / "shard-00000.pkl.zst"
    w = IntermediateWriter(path)
    for d in docs:
        w.write(d)
    w.close()
    assert list(IntermediateReader(path)) == docs


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_read_output_streams_parts_in_file_order(tmp_path, fmt):
    # palayesh.read_output: rows of two shards in file order, a column subset, a column that a
    # part has not (docs/ has no reason) as None, and the errors part
    import palayesh

    for shard, ids in ((1, ["c"]), (0, ["a", "b"])):
        sink = OutputSink(tmp_path, shard, format=fmt)
        for i in ids:
            doc = new_document(id=i, source=f"{i}.txt", raw=f"متن سند {i}")
            sink.write(public_record({**doc, "text": f"متن سند {i}"}))
        sink.close()
    (tmp_path / "errors").mkdir()
    (tmp_path / "errors" / "read-read-00000.jsonl").write_text('{"input": "x.html", "error": "کد نادرست"}\n',
                                                               encoding="utf-8")
    assert [r["id"] for r in palayesh.read_output(tmp_path)] == ["a", "b", "c"]
    assert list(palayesh.read_output(tmp_path, columns=["id", "reason"]))[0] == {"id": "a", "reason": None}
    assert list(palayesh.read_output(tmp_path, "rejected")) == []
    assert list(palayesh.read_output(tmp_path, "errors")) == [{"input": "x.html", "error": "کد نادرست"}]
    with pytest.raises(ValueError):
        list(palayesh.read_output(tmp_path, "doc"))


def test_read_output_on_error_goes_on(tmp_path):
    # a broken part raises, or with on_error is reported and the next part is read
    import palayesh

    sink = OutputSink(tmp_path, 1)
    sink.write(public_record({**new_document(id="kept", source="a.txt", raw="متن"), "text": "متن"}))
    sink.close()
    (tmp_path / "docs" / "part-00000.parquet").write_bytes(b"not parquet")
    import pyarrow as pa

    with pytest.raises(pa.ArrowInvalid):
        list(palayesh.read_output(tmp_path))
    failed = []
    rows = list(palayesh.read_output(tmp_path, on_error=lambda path, e: failed.append(path.name)))
    assert [r["id"] for r in rows] == ["kept"] and failed == ["part-00000.parquet"]
