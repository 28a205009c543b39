"""WARC reader: HTML responses, charsets (Windows-1256 included), truncated files."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import read_errors, read_rows, run_cli
from palayesh import refine
from palayesh.readers.base import InputError, read_paths_list
from test_gate import AR, EN, RU, UR, html

pytest.importorskip("fastwarc")

from palayesh.readers.warc import decode_page, iter_warc_records  # noqa: E402


def _record(url: str, body: bytes, ctype: str) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{abs(hash(url)) % 10**12:012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


# cp1256 has Arabic yeh/kaf only: the page is written the way such sites wrote it
PAGE_1256 = '<html><head><meta charset="windows-1256"></head><body><h1>عنوان خبر</h1><p>به گزارش ايرنا، متن خبر.</p></body></html>'
RECORDS = [
    _record("https://a.ir/1", PAGE_1256.encode("cp1256"), "text/html"),                        # charset in <meta>
    _record("https://a.ir/2", "<html><body><p>سلام دنیا</p></body></html>".encode(), "text/html; charset=utf-8"),
    _record("https://a.ir/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png"),                  # not HTML: skipped
    _record("https://a.ir/3", "<p>خبر سوم</p>".encode("cp1256"), "text/html; charset=windows-1256"),  # header charset
]


@pytest.mark.parametrize("gz", [True, False])
def test_reads_html_responses(tmp_path, gz):
    data = b"".join(gzip.compress(r) if gz else r for r in RECORDS)
    path = tmp_path / ("x.warc.gz" if gz else "x.warc")
    path.write_bytes(data)
    got = list(iter_warc_records(str(path)))
    assert [u for _, u, _, _ in got] == ["https://a.ir/1", "https://a.ir/2", "https://a.ir/3"]
    assert all(e is None for *_, e in got)
    assert "به گزارش ايرنا" in got[0][2]
    assert "خبر سوم" in got[2][2]


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    members = [gzip.compress(r) for r in RECORDS]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(members[0] + members[1][:40])
    got = list(iter_warc_records(str(path)))
    assert got[0][1] == "https://a.ir/1" and got[0][3] is None
    assert got[-1][2] is None and got[-1][3]           # the damage is reported, not raised


def test_one_gzip_member_for_the_whole_file_is_no_damage(tmp_path):
    # the end-of-file check starts at the last record's gzip member; here it starts none
    path = tmp_path / "one.warc.gz"
    path.write_bytes(gzip.compress(b"".join(RECORDS)))
    got = list(iter_warc_records(str(path)))
    assert [u for _, u, _, _ in got] == ["https://a.ir/1", "https://a.ir/2", "https://a.ir/3"]
    assert all(e is None for *_, e in got)


def test_a_corrupt_member_in_the_middle_is_reported(tmp_path):
    members = [gzip.compress(r) for r in RECORDS]
    bad = members[1][:20] + bytes(b ^ 0xFF for b in members[1][20:-8]) + members[1][-8:]
    path = tmp_path / "mid.warc.gz"
    path.write_bytes(members[0] + bad + members[2] + members[3])
    got = list(iter_warc_records(str(path)))
    assert got[0][1] == "https://a.ir/1" and got[0][3] is None
    assert any(e for *_, e in got)                                       # the damage is reported


@pytest.mark.parametrize("body,ctype,expected", [
    ("سلام".encode("cp1256"), "text/html; charset=windows-1256", "سلام"),       # header charset
    ('<meta charset="windows-1256"><p>سلام</p>'.encode("cp1256"), None, "سلام"),  # meta charset
    ("سلام".encode("cp1256"), None, "سلام"),                                      # detected
    ("سلام".encode(), "text/html; charset=utf-8", "سلام"),                        # UTF-8
])
def test_decode_page(body, ctype, expected):
    assert expected in decode_page(body, ctype)[0]


# -- Common Crawl input: lists of WARC paths, the language gate, sampled rejects (issue 17) ----------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
#: real Persian articles (the bundled examples, which the whole pipeline keeps), as web pages
FA_PAGES = [(EXAMPLES / "103_sport.html").read_text(encoding="utf-8"),
            *(html(*(EXAMPLES / name).read_text(encoding="utf-8").split("\n\n"))
              for name in ("000_6d8fd06e54dabc97.txt", "101_society.txt"))]
OTHER_PAGES = [html(EN), html(RU), html(AR, AR), html(UR, UR), html(EN + " more"), html(RU + " ещё")]


def _warc(path, pages: list[str], gz=True):
    """A WARC of ``pages`` (one response each); returns the record ids palayesh gives them."""
    data, ids, stem = b"", [], path.name.split(".warc")[0]
    for i, page in enumerate(pages):
        rec = _record(f"https://site{i}.example/{stem}/{i}", page.encode(), "text/html; charset=utf-8")
        ids.append(f"{stem}/{len(data)}")
        data += gzip.compress(rec) if gz else rec
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return ids


def _crawl(tmp_path, gz_list=True):
    """A mirror folder with two WARC files (one .warc.gz, one .warc) and a paths list naming them
    and a third one that is missing."""
    base = tmp_path / "mirror"
    fa_a = _warc(base / "crawl-data" / "seg1" / "a.warc.gz", [FA_PAGES[0], *OTHER_PAGES[:3], FA_PAGES[1]])
    fa_b = _warc(base / "crawl-data" / "seg2" / "b.warc", [*OTHER_PAGES[3:], FA_PAGES[2]], gz=False)
    listing = "crawl-data/seg1/a.warc.gz\ncrawl-data/seg2/b.warc\n\ncrawl-data/seg3/missing.warc.gz\n"
    paths = tmp_path / ("warc.paths.gz" if gz_list else "warc.paths")
    paths.write_bytes(gzip.compress(listing.encode()) if gz_list else listing.encode())
    persian = [fa_a[0], fa_a[4], fa_b[3]]
    return base, paths, persian, len(fa_a) + len(fa_b)


@pytest.mark.parametrize("gz_list", [True, False])
def test_paths_list_is_read_against_its_base(tmp_path, gz_list):
    base, paths, _, _ = _crawl(tmp_path, gz_list)
    got = read_paths_list(str(paths), str(base))
    assert got == [(str(base / "crawl-data/seg1/a.warc.gz"), "crawl-data/seg1/a.warc.gz"),
                   (str(base / "crawl-data/seg2/b.warc"), "crawl-data/seg2/b.warc"),
                   (str(base / "crawl-data/seg3/missing.warc.gz"), "crawl-data/seg3/missing.warc.gz")]
    with pytest.raises(InputError):
        read_paths_list(str(paths), "https://data.commoncrawl.org/")   # no network at run time


def test_refine_warc_paths_gate_and_accounting(tmp_path):
    base, paths, persian, n = _crawl(tmp_path)
    out = tmp_path / "out"
    stats = refine(paths, out, warc_base=str(base), workers=1, format="jsonl", keep_rejected_sample=0.5)
    docs = {r["id"] for r in read_rows(out, "docs")}
    rejected = {r["id"]: r["reason"] for r in read_rows(out, "rejected")}
    assert docs == set(persian)                                          # every Persian page kept
    d = stats["documents"]
    assert d["read"] == n == d["kept"] + d["rejected"]
    assert stats["reasons"] == {"gate_not_fa": n - len(persian)}         # the others gated, by one reason
    assert len(rejected) == d["rejected"] - d["not_sampled"]             # rejected/ holds the sample only
    assert 0 < len(rejected) < d["rejected"] and set(rejected.values()) == {"gate_not_fa"}
    assert stats["gate"] == {"persian": 2, "lang_fa": 1, "no_arabic_script": 4, "arabic": 1, "urdu": 1}
    assert stats["run"]["shards"] == 2                                   # one shard per WARC file
    errors = read_errors(out)                                            # the missing file: one error
    assert [(e["reason"], e["input"]) for e in errors] == [
        ("reader_unreadable", str(base / "crawl-data/seg3/missing.warc.gz"))]
    assert stats["errors"] == {"reader_unreadable": 1}


def test_sampled_rejects_are_the_same_on_a_rerun(tmp_path):
    base, paths, _, _ = _crawl(tmp_path)
    outs = [tmp_path / "one", tmp_path / "two"]
    for out in outs:
        refine(paths, out, warc_base=str(base), workers=1, format="jsonl", keep_rejected_sample=0.5)
    files = [sorted((out / "rejected").iterdir()) for out in outs]
    assert [f.name for f in files[0]] == [f.name for f in files[1]]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(*files))


def test_no_gate_reads_every_page_through(tmp_path):
    base, paths, persian, n = _crawl(tmp_path)
    stats = refine(paths, tmp_path / "out", warc_base=str(base), workers=1, format="jsonl", gate=False)
    assert "gate_not_fa" not in stats["reasons"] and stats["documents"]["not_sampled"] == 0
    assert stats["documents"]["kept"] == len(persian)                    # the language filter drops the rest
    # a run that keeps Arabic too: the gate stands aside
    stats = refine(paths, tmp_path / "ar", warc_base=str(base), workers=1, format="jsonl",
                   filters={"keep_langs": ["fa", "ar"]})
    assert "gate_not_fa" not in stats["reasons"] and stats["gate"] == {}


def test_cli_warc_paths(tmp_path):
    base, paths, persian, n = _crawl(tmp_path)
    out = tmp_path / "out"
    r = run_cli("refine", "--warc-paths", paths, "--warc-base", base, "-o", out, "--workers", "1", "--format",
                "jsonl", "--keep-rejected-sample", "0", "-q")
    assert r.returncode == 0, r.stderr
    stats = json.loads((out / "stats.json").read_text())
    assert stats["documents"]["kept"] == len(persian) and not list(read_rows(out, "rejected"))
    assert stats["documents"]["not_sampled"] == n - len(persian)
    shown = run_cli("stats", out).stdout
    assert "sampled out" in shown and "language gate" in shown and "no_arabic_script" in shown
    r = run_cli("refine", "--warc-paths", tmp_path / "list.txt", "-o", tmp_path / "o2")
    assert r.returncode == 2 and ".paths" in r.stderr
    r = run_cli("refine", "-o", tmp_path / "o3")
    assert r.returncode == 2 and "--warc-paths" in r.stderr
