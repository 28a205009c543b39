"""One bad string never stops a run: lone surrogates (an emoji cut in half by a crawler, escaped in
JSON as ``"\\udc80"``) and file names that are not UTF-8 come out as valid UTF-8, every other
document is written, and the ids stay stable."""
import gzip
import json
import os

import pyarrow.parquet as pq
import pytest

from conftest import read_errors, read_rows
from palayesh import refine
from palayesh.document import name_text, new_document, public_record, valid_text

STORY = ("به گزارش خبرگزاری مهر، وزیران دفاع دو کشور در مسکو با یکدیگر دیدار و گفتگو کردند و درباره "
         "همکاری‌های نظامی و امنیتی منطقه سخن گفتند. ") * 4


def _make_inputs(root):
    """A JSONL feed with lone surrogates in text, url and id, and a folder with a file whose name
    is the Latin-1 byte 0xE9 (not UTF-8)."""
    root.mkdir()
    lines = [
        json.dumps({"id": "ok-1", "text": STORY + " یک"}),
        # the JSON text holds the escapes, as a crawler that cut an emoji in half writes them
        '{"id": "cut\\udc80", "url": "https://www.example.ir/news/\\ud83d", "text": "'
        + STORY + ' دو \\ud83d"}',
        json.dumps({"id": "ok-2", "text": STORY + " سه"}),
    ]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pages = os.fsencode(root / "pages")
    os.mkdir(pages)
    with open(os.path.join(pages, b"caf\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write(STORY + " چهار")
    with open(os.path.join(pages, b"good.txt"), "w", encoding="utf-8") as fh:
        fh.write(STORY + " پنج")


def _all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _all_strings(k)
            yield from _all_strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _all_strings(v)


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_lone_surrogates_and_non_utf8_names_do_not_stop_the_run(tmp_path, fmt):
    _make_inputs(tmp_path / "in")
    out = tmp_path / "OUT"
    stats = refine(tmp_path / "in", out, format=fmt, progress="none", workers=1)
    rows = read_rows(out) + read_rows(out, "rejected")
    assert stats["complete"] and stats["documents"]["read"] == 5 == len(rows)
    assert not read_errors(out)
    by_id = {r["id"]: r for r in rows}
    # a file name's bytes that are not UTF-8 are shown as \xNN (lossless, and the id stays distinct)
    assert "caf\\xe9" in by_id
    assert by_id["caf\\xe9"]["source"].endswith("pages/caf\\xe9.txt")
    # a lone surrogate in a name (the id) is escaped the same way (U+DC80..U+DCFF are the bytes
    # os.fsdecode escapes; the JSON id cannot be told from them); in text it becomes U+FFFD
    cut = by_id["cut\\x80"]
    assert cut["url"] == "https://www.example.ir/news/\ufffd" and cut["host"] == "www.example.ir"
    assert cut["raw"].endswith(" دو \ufffd") and "\ufffd" in cut["text"]
    assert {"ok-1", "ok-2", "good"} <= set(by_id)
    for row in rows:
        for s in _all_strings(row):
            s.encode("utf-8")  # raises on a surrogate
    # what pyarrow reads back is what the writer wrote, as valid UTF-8 bytes
    for part in ("docs", "rejected"):
        for f in (out / part).iterdir():
            if fmt == "parquet":
                pq.read_table(f).validate(full=True)
            else:
                gzip.decompress(f.read_bytes()).decode("utf-8")
    for name in ("stats.json", "run.json"):
        json.loads((out / name).read_text(encoding="utf-8"))


def test_a_rerun_of_the_same_inputs_gives_the_same_ids(tmp_path):
    _make_inputs(tmp_path / "in")
    ids = []
    for run in ("a", "b"):
        refine(tmp_path / "in", tmp_path / run, progress="none", workers=1)
        ids.append(sorted(r["id"] for r in read_rows(tmp_path / run) + read_rows(tmp_path / run, "rejected")))
    assert ids[0] == ids[1] and "caf\\xe9" in ids[0]


def test_a_non_utf8_input_named_directly_and_its_error_records(tmp_path):
    folder = os.fsencode(tmp_path)
    named = os.path.join(folder, b"caf\xe9.txt")
    with open(named, "w", encoding="utf-8") as fh:
        fh.write(STORY)
    broken = os.path.join(folder, b"bin\xff.txt")
    with open(broken, "wb") as fh:
        fh.write(bytes(range(32)) * 8 + b"binary")
    out = tmp_path / "OUT"
    stats = refine([os.fsdecode(named), os.fsdecode(broken)], out, progress="none", workers=1)
    assert stats["documents"]["read"] == 1
    errors = read_errors(out)
    assert [e["input"] for e in errors] == [os.fsdecode(folder) + "/bin\\xff.txt"]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert any(p.endswith("caf\\xe9.txt") for p in run["inputs"])


@pytest.mark.parametrize("given, text, name", [
    ("سلام", "سلام", "سلام"),                          # valid text passes through unchanged
    ("a\udc80b", "a\ufffdb", "a\\x80b"),               # a surrogate-escaped byte (os.fsdecode of b"a\x80b")
    ("emoji \ud83d cut", "emoji \ufffd cut", "emoji \\ud83d cut"),  # a high surrogate alone
    ("\ud83d\ude00", "\U0001F600", "\U0001F600"),       # a pair left as two code points is joined
    ("", "", ""),
])
def test_valid_text_and_name_text(given, text, name):
    assert valid_text(given) == text
    assert name_text(given) == name
    valid_text(given).encode("utf-8") and name_text(given).encode("utf-8")


def test_records_are_valid_utf8_whatever_a_step_put_in_them():
    doc = new_document(id="x", source="s", raw="r")
    doc.update(title="عنوان \udc80", text="متن \ud800", section="\udfff", signals={"chars": 3})
    row = public_record(doc, with_reason=True)
    assert row["title"] == "عنوان \ufffd" and row["text"] == "متن \ufffd" and row["section"] == "\ufffd"


def test_control_characters_leave_a_crawled_url(tmp_path):
    # found by bench/fuzz.py: a NUL in a JSONL record's url reached docs/
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "u", "url": "https://a.ir/\u0000news/\u00011\n", "text": STORY},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    refine(src, tmp_path / "OUT", progress="none", workers=1)
    rows = read_rows(tmp_path / "OUT") + read_rows(tmp_path / "OUT", "rejected")
    assert [r["url"] for r in rows] == ["https://a.ir/news/1"]


def test_control_characters_in_an_id_are_escaped(tmp_path):
    # found by bench/fuzz.py: a NUL in a JSONL record's id reached docs/
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a\u0000b", "text": STORY}, ensure_ascii=False) + "\n", encoding="utf-8")
    refine(src, tmp_path / "OUT", progress="none", workers=1)
    rows = read_rows(tmp_path / "OUT") + read_rows(tmp_path / "OUT", "rejected")
    assert [r["id"] for r in rows] == ["a\\x00b"]
