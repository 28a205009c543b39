"""(s75) A page saved with its transport (a HAR file's exchange, a ``curl -v`` trace, WARC or HTTP heads)
carries a page that is read as what it is: an HTML document as HTML, whatever file held it
(:func:`.exports.carried_page`). (The run's template does not see the carried page: s75's ``step.carried``
was taken out at the merge, it cost other sets' templates.)"""
import json

from palayesh.extract import extract
from palayesh.extract.exports import carried_page, har_page

HEADLINE = "بارش برف در تهران مدارس را تعطیل کرد"
STORY = [
    "به گزارش خبرنگار ما، بارش برف از صبح امروز در تهران آغاز شد و تا فردا ادامه دارد و مدارس تعطیل شدند.",
    "هواشناسی اعلام کرد که دمای هوا در روزهای آینده کاهش می‌یابد و رانندگان باید احتیاط کنند و زنجیر"
    " چرخ همراه داشته باشند.",
    "شهرداری تهران نیز از آمادگی کامل نیروهای خدمات شهری برای برف‌روبی معابر اصلی و فرعی پایتخت خبر داد.",
]
HTML = ("<!DOCTYPE html><html><head><title>" + HEADLINE + " - سایت خبری</title></head><body>\n"
        '<div class="breadcrumb"><a href="/">خانه</a> › <a href="/s/1">اجتماعی</a></div>\n'
        "<h1>" + HEADLINE + "</h1>\n" + "".join(f"<p>{p}</p>\n" for p in STORY) + "</body></html>")


def _har(redirect: bool) -> str:
    ok = {"request": {"method": "GET", "url": "https://x.ir/news/1", "headers": []},
          "response": {"status": 200, "headers": [{"name": "date", "value": "Mon, 07 Dec 2026 06:00:00 GMT"}],
                       "content": {"mimeType": "text/html", "text": HTML}}}
    style = {"request": {"url": "https://x.ir/a.css"},
             "response": {"status": 200, "content": {"mimeType": "text/css", "text": "body{color:red}" * 500}}}
    hop = {"request": {"url": "http://x.ir/news/1"}, "response": {"status": 301, "content": {"size": 0}}}
    entries = ([hop] if redirect else []) + [ok, style]
    doc = {"log": {"version": "1.2", "pages": [{"startedDateTime": "2026-12-07T06:00:00.123Z"}], "entries": entries}}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def test_a_har_file_is_read_as_the_page_its_document_exchange_fetched():
    for redirect in (False, True):
        art = extract(_har(redirect), format="text")  # (saved as .har / .txt: a flat file)
        assert art.title == HEADLINE and art.paragraphs == STORY
        assert art.section == "اجتماعی" and art.url == "https://x.ir/news/1"
        assert art.published is None  # (the exchange's date and start time are the fetch's)


def test_a_curl_verbose_trace_carries_an_html_page_read_as_html():
    raw = ("*   Trying 1.2.3.4:443...\n* Connected to x.ir (1.2.3.4) port 443\n* Server certificate:\n"
           "*  start date: Oct  1 00:00:00 2026 GMT\n> GET /news/1 HTTP/2\n> Host: x.ir\n> Accept: */*\n>\n"
           "< HTTP/2 200\n< date: Mon, 07 Dec 2026 06:00:00 GMT\n< content-type: text/html\n<\n"
           + HTML + "\n* Connection #0 to host x.ir left intact")
    art = extract(raw, format="text")
    assert art.title == HEADLINE and art.paragraphs == STORY and art.section == "اجتماعی"
    assert art.published is None and art.url == "https://x.ir/news/1"


def test_no_page_in_the_archive_or_no_archive():
    assert har_page('{"log": {"entries": [{"request": {}, "response": {"status": 404, '
                    '"content": {"text": "<html></html>"}}}]}}') is None
    assert har_page('{"title": "یک", "log": 1}') is None
    assert carried_page('{"items": [{"title": "عنوان"}]}') is None
