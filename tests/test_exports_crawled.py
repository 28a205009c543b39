"""Exports a crawler meets whole: a feed of several items, a channel exported by Telegram Desktop (HTML
and JSON). The page's story is one item or message of many; its title and time are that one's."""
from __future__ import annotations

import json

import pytest

from palayesh.extract import extract

STORY = ["بارش سنگین برف در ارتفاعات البرز از بامداد امروز آغاز شد و راه‌های کوهستانی شمال تهران را بست.",
         "رئیس پلیس راه استان گفت رانندگان تا اطلاع ثانوی از سفر به این جاده‌ها خودداری کنند و زنجیر همراه داشته باشند.",
         "به گفته هواشناسی این سامانه تا پایان هفته در استان‌های شمالی کشور فعال است و دما کاهش می‌یابد."]
TITLE = "بارش برف راه‌های شمال تهران را بست"
NOTES = ["افزایش قیمت بلیت قطارهای مسافری از ابتدای ماه آینده", "آغاز ثبت‌نام آزمون استخدامی از هفته آینده"]


def _feed(story_at: int) -> str:
    items = []
    for k, t in enumerate(NOTES[:story_at] + [TITLE] + NOTES[story_at:]):
        story = "<content:encoded><![CDATA[%s]]></content:encoded>" % "".join("<p>%s</p>" % p for p in STORY) \
            if t == TITLE else ""
        items.append("<item><title>%s</title><link>https://a.ir/n/%d</link><pubDate>Sun, %02d Dec 2023 10:20:00 "
                     "+0330</pubDate><description>%s</description>%s</item>" % (t, k, 10 - k, t, story))
    return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>پزشک فید</title>"
            "<link>https://a.ir/</link>%s</channel></rss>" % "\n".join(items))


@pytest.mark.parametrize("story_at", [0, 1])  # the first item; a later one that alone carries a story
def test_a_feed_of_several_items_is_read_as_the_item_that_carries_the_story(story_at):
    art = extract(_feed(story_at), format="text")
    assert art.title == TITLE
    assert art.published[:10] == "2023-12-%02d" % (10 - story_at)
    assert art.paragraphs == STORY


def test_a_feed_of_items_of_the_same_size_is_read_as_its_first():
    raw = _feed(0).replace("<content:encoded>", "<x>").replace("</content:encoded>", "</x>")
    assert extract(raw, format="text").title == TITLE


def _tg_message(n: int, stamp: str, inner: str) -> str:
    return ("<div class='message default clearfix' id='message%d'><div class='body'><div class='pull_right date "
            "details' title='%s'>10:20</div><div class='from_name'>کانال صنعت</div><div class='text'>%s</div>"
            "</div></div>") % (n, stamp, inner)


def test_a_telegram_desktop_html_export_is_read_as_its_longest_message():
    raw = ("<!DOCTYPE html><html><head><title>Exported Data</title></head><body><div class='page_header'>"
           "<div class='text bold'>کانال صنعت</div></div><div class='history'><div class='message service'>"
           "<div class='body details'>9 December 2021</div></div>%s%s</div></body></html>") % (
        _tg_message(1, "09.12.2021 08:05:11 UTC+03:30", NOTES[0]),
        _tg_message(2, "09.12.2021 20:08:33 UTC+03:30",
                    "<strong>%s</strong><br><br>%s" % (TITLE, "<br><br>".join(STORY))))
    art = extract(raw)
    assert art.title == TITLE
    assert art.published == "2021-12-09T20:08:33+03:30"
    assert art.paragraphs == STORY


def test_a_telegram_desktop_json_export_is_read_as_its_longest_message():
    raw = json.dumps({"name": "کانال آموزش", "type": "public_channel", "messages": [
        {"id": 1, "type": "message", "date": "2024-03-24T08:05:11", "text": NOTES[1]},
        {"id": 2, "type": "message", "date": "2024-03-24T18:12:40",
         "text": [{"type": "bold", "text": TITLE}, "\n\n" + "\n\n".join(STORY)]}]}, ensure_ascii=False, indent=1)
    art = extract(raw, format="text")
    assert art.title == TITLE
    assert art.published[:16] == "2024-03-24T18:12"
    assert art.paragraphs == STORY


def test_a_page_that_shows_a_message_class_is_no_export():
    raw = "<html><body><h1>%s</h1><div class='message'>%s</div>%s</body></html>" % (
        TITLE, NOTES[0], "".join("<p>%s</p>" % p for p in STORY))
    assert extract(raw).paragraphs == STORY


def test_a_copy_of_several_posts_is_dated_by_the_header_of_its_story():
    raw = "\n".join(["کانال بازار, [21.02.23 17:33]", "🔴 " + NOTES[0], "", "کانال بازار, [21.02.23 19:33]",
                     "**%s**" % TITLE, "", *STORY, "🆔 @kanal_bazar"])
    art = extract(raw, format="text")
    assert art.title.strip("*") == TITLE  # (the marks go with the refinery's normalizer)
    assert art.published[:16] == "2023-02-21T19:33"


@pytest.mark.parametrize("origin, agency", [
    ("ورزش سه", "ورزش سه"),        # a message forwarded from the outlet's channel: the story's origin
    ("سایت ورزش سه", "ورزش سه"),
    ("کانال دوستان صنعت", None),    # a channel that is no agency credits none
])
def test_a_forwarded_messages_origin_in_a_telegram_export_is_its_agency(origin, agency):
    forwarded = ("<div class='pull_left forwarded userpic_wrap'></div><div class='forwarded body'>"
                 f"<div class='from_name'>{origin}</div></div>")
    message = _tg_message(2, "09.12.2021 20:08:33 UTC+03:30",
                          "<strong>%s</strong><br><br>%s" % (TITLE, "<br><br>".join(STORY)))
    raw = ("<!DOCTYPE html><html><head><title>Exported Data</title></head><body><div class='history'>%s"
           "</div></body></html>") % message.replace("<div class='text'>", forwarded.replace("'", '"')
                                                     + "<div class='text'>")
    art = extract(raw)
    assert art.title == TITLE
    assert art.agency == agency


def test_an_element_marked_forwarded_names_the_storys_origin():
    # «<div class="forwarded">بازارسال از خبرگزاری فارس</div>» over a message's story: the element's class
    # says the line is its origin, in whatever words the site writes before the name
    body = "".join(f"<p>{p}</p>" for p in STORY)
    raw = (f"<html><head><title>{TITLE}</title></head><body><div class='message story'><div class='text'>"
           f"<div class='forwarded'>بازارسال از خبرگزاری فارس</div><h1>{TITLE}</h1>{body}</div></div></body></html>")
    assert extract(raw).agency == "فارس"
