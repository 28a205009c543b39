"""Bad input is normal input: a corpus of broken files built here, refined in one run."""
import gzip
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from conftest import read_errors, read_rows
from palayesh import refine
from palayesh.readers.decode import NotText, decode_bytes

PAGE = "وزیران دفاع ایران و روسیه دیدار کردند\n\nبه گزارش خبرگزاری مهر، وزیران دفاع دو کشور دیدار کردند.\n"


@pytest.mark.parametrize("data, text, encoding", [
    # plain UTF-8
    (PAGE.encode("utf-8"), PAGE, "utf-8"),
    # UTF-8 with a BOM: the BOM goes
    (b"\xef\xbb\xbf" + "سلام".encode(), "سلام", "utf-8-sig"),
    # a legacy Windows-1256 page (Arabic ي/ك survive; the normalizer fixes them later)
    ("خبرگزاري فارس: كتاب".encode("cp1256"), "خبرگزاري فارس: كتاب", "cp1256"),
    # UTF-16 with a BOM
    ("سلام دنیا".encode("utf-16"), "سلام دنیا", "utf-16"),
])
def test_decode(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_decode_keeps_mostly_utf8_with_a_broken_byte():
    data = (PAGE * 5).encode() + b"\xff" + "پایان".encode()
    text, enc = decode_bytes(data)
    assert text.startswith(PAGE) and text.endswith("\ufffdپایان")
    assert enc.startswith("utf-8")


def test_decode_refuses_binary():
    with pytest.raises(NotText):
        decode_bytes(bytes(range(256)) * 20)


@pytest.fixture
def bad_corpus(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(PAGE, encoding="utf-8")
    (d / "sub" / "crlf.txt").write_bytes(PAGE.replace("\n", "\r\n").encode())
    (d / "legacy.txt").write_bytes(PAGE.replace("ی", "ي").encode("cp1256"))
    (d / "broken_utf8.txt").write_bytes(PAGE.encode() * 3 + b"\xc3\x28" + PAGE.encode())
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text(" \n\u00a0\n\t\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(os.urandom(4096) + b"\x00" * 100)
    (d / "huge_line.txt").write_text("سلام " * 2_000_000, encoding="utf-8")  # ~10 MB, one line
    (d / "dangling.txt").symlink_to(d / "does-not-exist.txt")
    os.mkfifo(d / "pipe.txt")  # not a regular file: reading it would block forever
    (d / "notes.md").write_text("not an input kind", encoding="utf-8")
    # JSON lines, gzip-compressed and cut short in the middle of the stream
    lines = [json.dumps({"id": f"j{i}", "url": f"https://example.ir/n/{i}", "text": PAGE}, ensure_ascii=False)
             for i in range(200)]
    full = gzip.compress(("\n".join(lines) + "\n").encode())
    (d / "cut.jsonl.gz").write_bytes(full[: len(full) // 2])
    # JSON lines with a broken line, a record without text, a non-object, and a record without id
    (d / "mixed.jsonl").write_text("\n".join([
        json.dumps({"id": "m1", "text": PAGE}, ensure_ascii=False),
        '{"id": "m2", "text": ',
        json.dumps({"id": "m3", "title": "no text"}),
        "[1, 2]",
        json.dumps({"url": "https://example.ir/x", "text": PAGE}, ensure_ascii=False),
        json.dumps({"id": "m6", "url": "http://[broken/url", "text": PAGE}, ensure_ascii=False),
        "",
    ]), encoding="utf-8")
    (d / "z.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(
        (json.dumps({"id": "z1", "html": "<p>" + PAGE + "</p>"}, ensure_ascii=False) + "\n").encode()))
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [PAGE, ""]}), d / "t.parquet")
    (d / "damaged.parquet").write_bytes(b"PAR1 this is not parquet")
    return d


def test_bad_input_never_stops_the_run(bad_corpus, tmp_path):
    out = tmp_path / "out"
    stats = refine(bad_corpus, out, workers=2, shard_size=3, progress="none")
    docs = {r["id"]: r for r in read_rows(out)}
    rejected = {r["id"]: r for r in read_rows(out, "rejected")}
    errors = read_errors(out)
    by_input = {}
    for e in errors:
        by_input.setdefault(os.path.basename(e["input"]), []).append(e)

    # what can be read goes on as a document (later steps may keep it or drop it, e.g. as a
    # duplicate: the pages here share their text; a reader never does)
    every = {**docs, **rejected}
    for doc_id in ("good", "crlf", "legacy", "broken_utf8", "m1", "m6", "z1", "p1", "huge_line"):
        assert doc_id in every, doc_id
        assert not (every[doc_id].get("reason") or "").startswith("reader_"), doc_id
    assert "روسیه" in every["legacy"]["raw"].replace("ي", "ی")  # Windows-1256 decoded
    # a malformed URL keeps its record and the run going; it just has no host
    assert every["m6"]["url"] == "http://[broken/url" and every["m6"]["host"] is None
    # a 10 MB single line is read whole
    huge = every["huge_line"]
    assert len(huge["raw"]) == len("سلام " * 2_000_000)
    # the truncated gzip keeps the records before the cut, and records where it was cut
    kept_j = [i for i in every if i.startswith("j")]
    assert 10 < len(kept_j) < 200
    assert by_input["cut.jsonl.gz"][0]["reason"] == "reader_truncated"
    assert by_input["cut.jsonl.gz"][0]["position"] == f"line {len(kept_j) + 1}"
    # a record without id gets a stable content id
    assert sum(1 for r in every.values() if r["source"].endswith("mixed.jsonl:5")) == 1

    # readable but empty pages are rejected, not lost
    for doc_id in ("empty", "blank", "p2"):
        assert rejected[doc_id]["reason"] == "reader_empty"

    # what cannot be read is an error record with input, reason and position
    assert by_input["binary.txt"][0]["reason"] == "reader_binary"
    assert by_input["dangling.txt"][0]["reason"] == "reader_unreadable"
    assert by_input["pipe.txt"][0]["reason"] == "reader_unreadable"
    assert by_input["damaged.parquet"][0]["reason"] == "reader_bad_parquet"
    mixed = {e["position"]: e["reason"] for e in by_input["mixed.jsonl"]}
    assert mixed == {"line 2": "reader_bad_json", "line 3": "reader_no_text", "line 4": "reader_bad_record"}

    assert stats["documents"]["read"] == len(docs) + len(rejected)
    assert sum(stats["errors"].values()) == len(errors)
    assert stats["run"]["skipped_files"] == 1  # notes.md


def test_no_readable_input_is_an_error(tmp_path):
    from palayesh.runner import RunError

    d = tmp_path / "in"
    d.mkdir()
    (d / "x.txt").symlink_to(d / "missing")
    with pytest.raises(RunError, match="no readable input"):
        refine(d, tmp_path / "out", progress="none")


def test_looks_binary_counts_the_control_bytes():
    """``looks_binary`` counts C0 control bytes but tab, newline, form feed, carriage return."""
    import random

    from palayesh.readers.decode import looks_binary

    rng = random.Random(7)
    for _ in range(500):
        data = bytes(rng.choice([rng.randrange(256), rng.randrange(32), 0xD8, 0x20]) for _ in range(rng.randrange(300)))
        controls = sum(b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D) for b in data)
        assert looks_binary(data) == (controls > max(8, len(data) // 100))
    assert not looks_binary("سلام\tدنیا\r\n\f".encode() * 100)
    assert looks_binary(bytes(range(32)) * 10)
