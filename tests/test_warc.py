"""WARC reader: HTML responses, charsets (Windows-1256 included), truncated files."""
from __future__ import annotations

import gzip

import pytest

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


@pytest.mark.parametrize("body,ctype,expected", [
    ("سلام".encode("cp1256"), "text/html; charset=windows-1256", "سلام"),       # header charset
    ('<meta charset="windows-1256"><p>سلام</p>'.encode("cp1256"), None, "سلام"),  # meta charset
    ("سلام".encode("cp1256"), None, "سلام"),                                      # detected
    ("سلام".encode(), "text/html; charset=utf-8", "سلام"),                        # UTF-8
])
def test_decode_page(body, ctype, expected):
    assert expected in decode_page(body, ctype)[0]
