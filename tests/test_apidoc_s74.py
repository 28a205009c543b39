"""Exports read by their records' structure (:mod:`palayesh.extract.apidoc`, s74): a JSON feed's body and
section keys named by their words, a CMS table dumped as CSV, a notes app's XML export of a clipped story."""
from __future__ import annotations

import json

import pytest

from palayesh.extract import extract
from palayesh.extract.apidoc import api_record, table_record, xml_record

TITLE = "بارش باران در تهران ادامه دارد"
PARAS = ["به گزارش خبرنگار ما، بارش باران از صبح امروز در بیشتر مناطق تهران آغاز شد و تا فردا ادامه دارد.",
         "مدیر هواشناسی استان گفت: شهروندان از سفرهای غیر ضروری خودداری کنند و مراقب آب‌گرفتگی معابر باشند.",
         "وی افزود: دمای هوا نیز تا پایان هفته چند درجه کاهش می‌یابد و هوا سردتر می‌شود."]


def _json_feed() -> str:
    item = {"id": "https://x.ir/?p=1", "url": "https://x.ir/news/1", "title": TITLE,
            "content_html": "".join(f"<p>{p}</p>" for p in PARAS), "summary": "خلاصه‌ای جدا از متن خبر است.",
            "date_published": "2022-11-14T18:24:00+03:30", "date_modified": "2022-11-15T10:00:00+03:30",
            "tags": ["باران", "تهران"], "_cms": {"category": "جامعه", "views": 40}}
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "سایت", "description": "خبرهای سایت",
            "items": [item]}
    return json.dumps(feed, ensure_ascii=False, indent=2).replace("/", "\\/")


def test_json_feed_body_key_by_its_words_and_section_in_extension_object():
    # «content_html» names a body by its words; the category sits in an object of the item's own fields
    item = api_record(_json_feed())
    assert item is not None
    assert item.title == TITLE
    assert item.content.split("\n\n") == PARAS
    assert item.category == "جامعه"
    assert item.date == "2022-11-14T18:24:00+03:30"  # (never the modification's)
    art = extract(_json_feed(), format="text")
    assert art.title == TITLE and art.section == "جامعه" and art.paragraphs == PARAS


def _csv_dump() -> str:
    body = "\r\n".join(f'<p style=""text-align: justify;"">{p}</p>' for p in PARAS)
    head = '"id","title","rotitr","lead","body","cat_title","created_at","updated_at","author","status","hits"'
    row = (f'"5071","{TITLE}","","بارش باران از صبح امروز در تهران آغاز شد.","{body}","جامعه",'
           '"2022-12-17 03:59:00","2022-12-19 10:00:00","علی رضایی","1","340"')
    return head + "\n" + row


def test_csv_dump_read_as_records():
    # a CMS's news table dumped as CSV: column names, one row, the body's HTML broken over lines
    art = extract(_csv_dump(), format="text")
    assert art.title == TITLE
    assert art.paragraphs == PARAS
    assert art.section == "جامعه"  # («cat_title»: a CMS's abbreviation of category)
    assert art.lead == "بارش باران از صبح امروز در تهران آغاز شد."
    # (created_at: the row names no publication and is no copy; updated_at never)
    assert art.published == "2022-12-17T03:59:00+03:30"


@pytest.mark.parametrize("raw", [
    # prose with commas is no table: its first line's cells are no column names
    "امروز، فردا، پس‌فردا\nباران، برف، تگرگ",
    # a table of figures: no record has a headline and a body
    '"year","count","share"\n"1401","12","0.5"',
    # rows of another length than the header's
    '"id","title","body"\n"1","' + TITLE + '"',
])
def test_csv_not_a_dump(raw):
    assert table_record(raw) is None


LEAD = "بارش باران از صبح امروز در بیشتر مناطق تهران آغاز شد."


def _enex(lead: bool = False) -> str:
    inner = ["<div>دسته: جامعه</div>", f"<div><h1>{TITLE}</h1></div>", *([f"<div><b>{LEAD}</b></div>"] if lead else []),
             *[f"<div>{p}</div>" for p in PARAS]]
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
        '<en-export export-date="20221122T054000Z" application="Notes" version="1.0">', "  <note>",
        f"    <title>{TITLE}</title>", "    <created>20221101T101010Z</created>",
        "    <updated>20221101T121010Z</updated>", "    <tag>باران</tag>", "    <tag>تهران</tag>",
        "    <note-attributes><author>علی</author><source-url>https://x.ir/news/1</source-url></note-attributes>",
        "    <content>", '      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>', "<en-note>",
        *inner, "</en-note>]]>", "    </content>", "  </note>", "</en-export>"])


def test_xml_export_of_a_clipped_story():
    item = xml_record(_enex())
    assert item is not None and item.clipped
    assert item.date is None  # (the note's creation is the clip's: it names its source's address)
    art = extract(_enex(), format="text")
    assert art.title == TITLE
    assert art.paragraphs == PARAS
    assert art.section == "جامعه"  # (the clipped page's label line)
    assert art.published is None


def test_xml_export_bold_lead():
    # the clipped page's standfirst, set in bold before the story's first paragraph
    art = extract(_enex(lead=True), format="text")
    assert art.lead == LEAD
    assert art.paragraphs == PARAS


def test_xml_not_a_record():
    # an XML document without a record of a headline and a body
    assert xml_record('<?xml version="1.0"?><config><title>تنظیمات</title><size>12</size></config>') is None
    assert xml_record("<html><body><p>متن</p></body></html>") is None
