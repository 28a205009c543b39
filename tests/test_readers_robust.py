"""One bad byte never stops a run (issue 14): readers bound their memory, report each damage once
with its position, and read everything after it."""
import gzip
import io
import json
import tracemalloc

import pytest
import zstandard

from conftest import read_errors, read_rows
from palayesh import refine
from palayesh.readers import read_units
from palayesh.readers.base import discover, doc_id, plan_shards
from palayesh.readers.decode import NotText, decode_bytes
from palayesh.readers.files import read_at_most

PAGE = "وزیران دفاع ایران و روسیه دیدار کردند\n\nبه گزارش خبرگزاری مهر، وزیران دفاع دو کشور دیدار کردند.\n"
MiB = 1 << 20


class Ctx:
    """The part of a shard context that readers use."""

    progress = None

    def __init__(self):
        self.errors = []

    def error(self, input, reason, *, position=None, error=None, step=""):
        self.errors.append({"input": input, "position": position, "reason": reason, "error": error})


def read(path, *, max_doc_bytes=MiB, shard_bytes=None):
    """(documents, errors) of every unit (every part, when ``shard_bytes`` splits it) under ``path``."""
    units, errors, _ = discover([path])
    assert not errors
    ctx = Ctx()
    docs = []
    for shard in plan_shards(units, 250, shard_bytes):
        docs.extend(read_units(shard, ctx, max_doc_bytes=max_doc_bytes))
    return docs, ctx.errors


def line(i):
    return json.dumps({"id": f"r{i}", "text": PAGE}, ensure_ascii=False)


def write_jsonl(path, lines):
    data = ("\n".join(lines) + "\n").encode()
    if str(path).endswith(".gz"):
        data = gzip.compress(data)
    elif str(path).endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


# -- 1. long lines --------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_over_long_line_is_one_error_and_the_rest_is_read(tmp_path, suffix):
    long = '{"id": "long", "text": "' + "س" * (3 * MiB) + '"}'
    path = write_jsonl(tmp_path / f"x{suffix}", [line(0), long, line(2), line(3)])
    docs, errors = read(path, max_doc_bytes=MiB)
    assert [d["id"] for d in docs] == ["r0", "r2", "r3"]
    assert [(e["reason"], e["position"]) for e in errors] == [("reader_line_too_long", "line 2")]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_split_part_starting_inside_a_long_line_reads_only_its_range(tmp_path, suffix):
    """A part that starts inside a line skips to the next newline without holding what it skips,
    and stops at its own end: a 24 MiB line costs each part about its limit, not the line."""
    long = "x" * (24 * MiB)  # no JSON at all, and no newline until the end
    path = write_jsonl(tmp_path / f"x{suffix}", [line(0), long, line(2)])
    units, _, _ = discover([path])
    # a compressed file is split by its decompressed size (here 24 MiB, into at most 16 parts) once it
    # can grow past shard_bytes, which it is not guessed to do at 1 MiB: it compresses 1000-fold
    shards = plan_shards(units, 250, MiB if suffix == ".jsonl" else 1024)
    assert len(shards) > 4
    docs, errors = [], []
    peak = 0
    for shard in shards:
        ctx = Ctx()
        tracemalloc.start()
        docs.extend(read_units(shard, ctx, max_doc_bytes=MiB))
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        errors.extend(ctx.errors)
    assert peak < 6 * MiB, peak
    assert sorted(d["id"] for d in docs) == ["r0", "r2"]  # each record once
    assert [e["reason"] for e in errors] == ["reader_line_too_long"]


# -- 2. deep JSON ---------------------------------------------------------------------------------

def test_deeply_nested_json_is_one_error_and_later_lines_are_read(tmp_path):
    deep = '{"id": "deep", "text": ' + "[" * 2000 + "]" * 2000 + "}"
    path = write_jsonl(tmp_path / "x.jsonl", [line(0), deep, line(2), line(3)])
    docs, errors = read(path)
    assert [d["id"] for d in docs] == ["r0", "r2", "r3"]
    assert [(e["reason"], e["position"]) for e in errors] == [("reader_bad_json", "line 2")]
    assert "Recursion" in errors[0]["error"]


# -- 3. UTF-16 without a BOM ----------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [
    PAGE,                                     # Persian: the high bytes are 0x06 and 0x00 (spaces)
    "Breaking news: ministers met.\n" * 20,   # Latin: every high byte is 0x00
    "خبر\u200cها و گزارش\u200cها " * 50,       # ZWNJ (0x200C) among the letters
], ids=["fa", "latin", "zwnj"])
def test_decode_utf16_without_bom(text, codec):
    assert decode_bytes(text.encode(codec)) == (text, codec)


def test_utf16_without_bom_page_is_read(tmp_path):
    (tmp_path / "page.txt").write_bytes(PAGE.encode("utf-16-le"))
    docs, errors = read(tmp_path)
    assert not errors and docs[0]["raw"] == PAGE


def test_little_endian_numbers_are_not_utf16():
    import array

    data = array.array("h", range(0, 4000, 3)).tobytes()  # small integers: every other byte 0
    with pytest.raises(NotText):
        decode_bytes(data)


# -- 4. NUL bytes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("where", [100, 12_000])  # characters: inside the first 8 KiB, and after it
def test_one_nul_is_judged_alike_wherever_it_is(tmp_path, where):
    text = PAGE * 400
    (tmp_path / "page.txt").write_bytes(text[:where].encode() + b"\x00" + text[where:].encode())
    docs, errors = read(tmp_path)
    assert not errors
    same = docs[0]["raw"] == text  # the NUL is dropped, in every reader alike (no long diff on failure)
    assert same


def test_nul_in_a_json_string_is_dropped(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [json.dumps({"id": "a", "text": "سلام\u0000 دنیا"})])
    docs, _ = read(path)
    assert docs[0]["raw"] == "سلام دنیا"


def test_mostly_control_bytes_is_still_binary(tmp_path):
    with pytest.raises(NotText):
        decode_bytes(bytes(range(32)) * 100)


# -- 5. cut compressed JSONL ----------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_cut_compressed_jsonl_is_truncated_not_bad_json(tmp_path, suffix):
    # enough lines for several zstd blocks (128 KiB each): what a cut block held cannot be read
    path = write_jsonl(tmp_path / f"x{suffix}", [line(i) for i in range(3000)])
    full = path.read_bytes()
    path.write_bytes(full[: len(full) // 2])
    docs, errors = read(path)
    assert 10 < len(docs) < 3000
    assert [d["id"] for d in docs] == [f"r{i}" for i in range(len(docs))]  # every complete line before the cut
    assert [(e["reason"], e["position"]) for e in errors] == [("reader_truncated", f"line {len(docs) + 1}")]


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_cut_compressed_jsonl_split_reports_once(tmp_path, suffix):
    path = write_jsonl(tmp_path / f"x{suffix}", [line(i) for i in range(3000)])
    full = path.read_bytes()
    path.write_bytes(full[: len(full) // 2])
    docs, errors = read(path, shard_bytes=1024)  # split into parts of the (guessed) decompressed size
    ids = [d["id"] for d in docs]
    assert 10 < len(ids) < 3000 and sorted(ids) == sorted(f"r{i}" for i in range(len(ids)))
    assert [e["reason"] for e in errors] == ["reader_truncated"]  # once, by the part that holds the cut


def test_zst_of_several_frames_is_not_truncated(tmp_path):
    path = tmp_path / "x.jsonl.zst"
    c = zstandard.ZstdCompressor()
    path.write_bytes(c.compress((line(0) + "\n").encode()) + c.compress((line(1) + "\n").encode()))
    docs, errors = read(path)
    assert [d["id"] for d in docs] == ["r0", "r1"] and not errors


# -- 6. WARC garbage between records --------------------------------------------------------------

def _warc_record(url, body):
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
            .encode() + body)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{len(url):012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


@pytest.mark.parametrize("gz", [False, True])
def test_warc_garbage_between_records_is_skipped(tmp_path, gz):
    pytest.importorskip("fastwarc")
    recs = [_warc_record(f"https://a.ir/{i}", f"<html><body><p>خبر شماره {i}</p></body></html>".encode())
            for i in range(4)]
    if gz:
        recs = [gzip.compress(r) for r in recs]
    garbage = b"garbage \x00\x01 that is not a record\r\nWARC/0.9 nor this\r\n\r\n"
    data = recs[0] + recs[1] + garbage + recs[2] + recs[3]
    path = tmp_path / ("x.warc.gz" if gz else "x.warc")
    path.write_bytes(data)
    docs, errors = read(path)
    assert [d["url"] for d in docs] == [f"https://a.ir/{i}" for i in range(4)]
    start = len(recs[0]) + len(recs[1])
    assert [(e["reason"], e["position"]) for e in errors] == [("reader_warc_damaged", start)]
    assert f"{len(garbage)} bytes" in errors[0]["error"]


# -- 7. ids of one-file-per-document inputs ---------------------------------------------------------

def test_same_stem_in_two_folders_gives_two_ids(tmp_path):
    d = tmp_path / "in"
    for sub in ("a", "b"):
        (d / sub).mkdir(parents=True)
        (d / sub / "page.txt").write_text(PAGE + sub, encoding="utf-8")
    (d / "sub").mkdir()
    (d / "sub" / "alone.txt").write_text(PAGE, encoding="utf-8")
    (d / "twin.txt").write_text(PAGE, encoding="utf-8")
    (d / "twin.html").write_text(PAGE, encoding="utf-8")
    docs, _ = read(d)
    # a stem that is unique stays the id (also below the top); colliding ones get their path in the
    # input folder, with the suffix when the path without it collides too
    assert sorted(x["id"] for x in docs) == ["a/page", "alone", "b/page", "twin.html", "twin.txt"]
    again, _ = read(d)
    assert [x["id"] for x in again] == [x["id"] for x in docs]  # stable across runs
    named, _ = read(d / "a" / "page.txt")
    assert [x["id"] for x in named] == ["page"]  # a file named on its own: its stem


def test_same_relative_path_under_two_inputs_gives_two_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "page.txt").write_text(PAGE + sub, encoding="utf-8")
    units, _, _ = discover([tmp_path / "x", tmp_path / "y"])
    assert [doc_id(u) for u in units] == [str(tmp_path / "x" / "page.txt"), str(tmp_path / "y" / "page.txt")]


# -- 8. a page file is read with the memory of its size -------------------------------------------

def test_a_small_page_file_sets_no_max_doc_bytes_aside(tmp_path):
    # (a buffered read of max_doc_bytes + 1 allocates that much before it reads: 64 MiB a page)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    tracemalloc.start()
    try:
        docs, errors = read(tmp_path, max_doc_bytes=64 * MiB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d["raw"] for d in docs] == [PAGE] and not errors
    assert peak < 4 * MiB, peak


@pytest.mark.parametrize("size, limit", [(0, 10), (9, 10), (10, 10), (11, 10), (5000, 10)])
def test_read_at_most_reads_as_read_does(tmp_path, size, limit):
    path = tmp_path / "f.bin"
    path.write_bytes(bytes(range(256)) * (size // 256) + bytes(range(size % 256)))
    with open(path, "rb") as a, open(path, "rb") as b:
        assert read_at_most(a, limit) == b.read(limit)
    with open(path, "rb") as fh:  # (a file object without a descriptor: read as it is)
        assert read_at_most(io.BufferedReader(io.BytesIO(fh.read())), limit) == path.read_bytes()[:limit]


def test_read_at_most_reads_on_when_the_file_grew(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")

    class Growing(io.BufferedReader):
        def fileno(self):  # the size asked before the file grows
            n = super().fileno()
            path.write_bytes(b"abcdefgh")
            return n

    with Growing(io.FileIO(path, "rb")) as fh:
        assert read_at_most(fh, 6) == b"abcdef"


# -- every unit accounted for, in a whole run --------------------------------------------------------

def test_damaged_inputs_lose_nothing_else(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    write_jsonl(d / "deep.jsonl", [line(0), "[" * 5000, line(2)])
    (d / "u16.txt").write_bytes(PAGE.encode("utf-16-le"))
    (d / "nul.txt").write_bytes(PAGE.encode() + b"\x00" + PAGE.encode())
    out = tmp_path / "out"
    stats = refine(d, out, workers=1, progress="none", max_doc_bytes=MiB)
    docs, rejected, errors = read_rows(out), read_rows(out, "rejected"), read_errors(out)
    assert sorted(r["id"] for r in docs + rejected) == ["nul", "r0", "r2", "u16"]
    assert [(e["input"].rsplit("/", 1)[1], e["reason"], e["position"]) for e in errors] == [
        ("deep.jsonl", "reader_bad_json", "line 2")]
    assert stats["documents"]["read"] == len(docs) + len(rejected)
