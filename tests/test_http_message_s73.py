"""(s73) A page saved with the HTTP exchange above it (wget --save-headers, curl -i / -v, a WARC
«response» record): the heads are the client's, not the page's (:func:`.exports.http_message`)."""
from palayesh.extract import extract
from palayesh.extract.exports import http_message

HEADLINE = "بارش برف در تهران مدارس را تعطیل کرد"
STORY = [
    "به گزارش خبرنگار ما، بارش برف از صبح امروز در تهران آغاز شد و تا فردا ادامه دارد و مدارس تعطیل شدند.",
    "هواشناسی اعلام کرد که دمای هوا در روزهای آینده کاهش می‌یابد و رانندگان باید احتیاط کنند و زنجیر"
    " چرخ همراه داشته باشند.",
    "شهرداری تهران نیز از آمادگی کامل نیروهای خدمات شهری برای برف‌روبی معابر اصلی و فرعی پایتخت خبر داد.",
]
PAGE = "\n\n".join([HEADLINE, *STORY]) + "\n"
HTML = ("<html><head><title>سایت خبری | " + HEADLINE + "</title></head><body><h1>" + HEADLINE + "</h1>"
        + "".join(f"<p>{p}</p>\n" for p in STORY) + "</body></html>\n")
#: a response's head as curl -i writes it: the fetch's date and the server's last change, no story's
HEAD = ("HTTP/1.1 200 OK\r\nServer: nginx/1.18.0\r\nDate: Mon, 07 Dec 2026 06:00:00 GMT\r\n"
        "Last-Modified: Sun, 06 Dec 2026 06:00:00 GMT\r\nContent-Type: {type}; charset=UTF-8\r\n{more}\r\n")


def _chunked(text: str, size: int = 97, *, whole_letters: bool = False) -> str:
    """``text`` sent in chunks of about ``size`` bytes of UTF-8, as HTTP/1.1 frames them, read back as
    the page reader decodes it: a letter the chunks cut in two is replaced (U+FFFD); with
    ``whole_letters`` each chunk ends between two letters."""
    data, out, at = text.encode("utf-8"), b"", 0
    while at < len(data):
        end = min(at + size, len(data))
        while whole_letters and end < len(data) and data[end] & 0xC0 == 0x80:
            end += 1
        out += b"%x\r\n" % (end - at) + data[at:end] + b"\r\n"
        at = end
    return (out + b"0\r\n\r\n").decode("utf-8", errors="replace")


def test_the_date_of_a_saved_response_head_dates_no_story():
    # the page names no date of its own; the head's Date is when it was fetched (before: 2026-12-07)
    art = extract(HEAD.format(type="text/plain", more="") + PAGE)
    assert art.published is None
    assert art.title == HEADLINE and art.paragraphs[-2:] == STORY[1:]


def test_a_redirect_and_the_final_response_both_go():
    raw = ("HTTP/1.1 301 Moved Permanently\r\nLocation: https://x.ir/news/1\r\nDate: Mon, 07 Dec 2026 06:00:00 GMT"
           "\r\n\r\n" + HEAD.format(type="text/plain", more="") + PAGE)
    art = extract(raw)
    assert art.published is None and art.title == HEADLINE


def test_curl_verbose_marks_and_the_request_name_the_address():
    raw = ("* Connected to x.ir (1.2.3.4) port 443\n> GET /news/12 HTTP/1.1\n> Host: x.ir\n> Accept: */*\n>\n"
           "< HTTP/1.1 200 OK\n< Date: Mon, 07 Dec 2026 06:00:00 GMT\n< Content-Type: text/plain\n<\n" + PAGE)
    assert http_message(raw) == (PAGE, "https://x.ir/news/12")
    art = extract(raw)
    assert art.published is None and art.url == "https://x.ir/news/12" and art.title == HEADLINE


def test_a_chunked_body_is_read_whole_without_its_size_lines():
    raw = HEAD.format(type="text/html", more="Transfer-Encoding: chunked\r\n") + _chunked(HTML, whole_letters=True)
    assert http_message(raw)[0] == HTML
    art = extract(raw)
    assert art.title == HEADLINE and art.paragraphs[-3:] == STORY[-3:]


def test_a_chunked_body_cut_inside_letters_loses_no_more_than_those():
    # chunks of 97 bytes cut letters in two; before, size lines («61») stood in the paragraphs and
    # broke them; now a cut letter is one or two replacement characters where it stood
    raw = HEAD.format(type="text/plain", more="Transfer-Encoding: chunked\r\n") + _chunked(PAGE)
    body = http_message(raw)[0]
    assert "\r\n61\r\n" not in body and "\n61\n" not in body
    art = extract(raw)
    assert art.title == HEADLINE and len(art.paragraphs) == 3
    assert all(len(p) >= len(s) - 2 for p, s in zip(art.paragraphs, STORY))


def test_a_chunked_body_saved_with_bare_line_ends():
    # (a copy whose CRLF ends became LF: each of the chunk's line ends counted two bytes)
    raw = HEAD.format(type="text/plain", more="Transfer-Encoding: chunked\r\n") + _chunked(
        PAGE.replace("\n", "\r\n"), whole_letters=True)
    assert http_message(raw.replace("\r\n", "\n"))[0] == PAGE


def test_pages_that_only_mention_http_are_no_message():
    assert http_message("HTTP/1.1 چیست و چه تفاوتی با HTTP/2 دارد\n\n" + PAGE) is None
    assert http_message("GET /a HTTP/1.1\nنام: مقدار\nخط دوم بی‌فاصله\n" + PAGE) is None
    assert http_message(PAGE) is None
