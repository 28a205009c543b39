"""A page read alone: the story ends over a long run of lines without prose (a credit, a short link,
tags, related headlines, a poll) when only short sentences in other words follow it, a comment
box's rules and a copyright (text._past_site_tail); the story's own last lines under a box stay."""
import pytest

from palayesh.extract import text as T

HEAD = ["خبرنامه شهر سبز", "امروز: ۸ بهمن ۱۴۰۱", "خانه | شهر | ورزش | فرهنگ | تماس",
        "بازگشایی پارک جنگلی شهر پس از دو سال مرمت"]
STORY = [
    "پارک جنگلی شمال شهر پس از دو سال کار مرمت و بازسازی از صبح امروز با حضور شهردار و اعضای شورای "
    "شهر دوباره به روی مردم باز شد و خانواده‌ها از ساعات اولیه در آن حاضر شدند.",
    "به گفته معاون خدمات شهری، در این مدت بیش از سه هزار نهال تازه کاشته شد، مسیرهای پیاده‌روی "
    "سنگ‌فرش شد و سامانه آبیاری قطره‌ای جای آبیاری غرقابی قدیمی را گرفت.",
    "شهردار در مراسم بازگشایی گفت نگهداری از پارک با کمک داوطلبان محله انجام می‌شود و ورود "
    "خودروها به محدوده درختان از این پس ممنوع خواهد بود.",
]
TAIL = ["نوشته: مریم کاظمی", "نشانی تند https://sabz.example/x7Q", "پارک جنگلی", "شهرداری",
        "نهال‌کاری", "فضای سبز", "گزیده سردبیر", "افتتاح کتابخانه تازه در محله غربی",
        "برنامه جشنواره تابستانی اعلام شد", "کدام فصل را بیشتر دوست دارید؟", "○ بهار", "○ پاییز",
        "آمار نوشته‌ها: ۴ | در صف: ۰", "سخن شما",
        "نوشته‌های بی‌ربط به این صفحه راه نمی‌یابند.", "پیام‌ها پس از بازبینی نمایش داده می‌شوند.",
        "© ۱۴۰۱ خبرنامه شهر سبز"]
NOTES = ("نوشته‌های بی‌ربط", "پیام‌ها پس از", "کدام فصل", "گزیده سردبیر", "پارک جنگلی\n")


def _page(story: list[str], tail: list[str]) -> str:
    return "\n\n".join(HEAD + story + tail) + "\n"


def _body(raw: str) -> str:
    art = T.extract_text(raw)
    return "\n".join([art.lead or ""] + art.paragraphs) + "\n"


def test_a_page_alone_ends_its_story_over_the_tail():
    body = _body(_page(STORY, TAIL))
    assert all(p[:40] in body for p in STORY)
    assert not any(n in body for n in NOTES)


def test_the_tail_leaks_without_it(monkeypatch):
    monkeypatch.setattr(T, "_past_site_tail", lambda lines, body, weight=None: None)
    body = _body(_page(STORY, TAIL))
    assert any(n in body for n in NOTES)


def test_the_storys_last_short_lines_under_a_box_stay():
    # (a box between the story's paragraphs, then the story's own short closing in its words)
    box = ["نوشته: مریم کاظمی", "نشانی تند https://sabz.example/x7Q", "گزیده سردبیر",
           "افتتاح کتابخانه تازه در محله غربی", "برنامه جشنواره تابستانی اعلام شد",
           "آمار نوشته‌ها: ۴ | در صف: ۰", "سخن شما"]
    last = "ورود خودروها به محدوده پارک جنگلی از فردا ممنوع است."
    body = _body(_page(STORY + box + [last], []))
    assert last in body


@pytest.mark.parametrize("last", [
    # (a long paragraph under the run: the story goes on)
    "کارشناسان فضای سبز می‌گویند این شیوه آبیاری مصرف آب را تا نیمی کم می‌کند و نهال‌ها را در "
    "تابستان‌های گرم از خشکی نجات می‌دهد، و برای همین شهرداری آن را به پارک‌های دیگر هم می‌برد.",
])
def test_a_long_paragraph_under_the_run_stays(last):
    body = _body(_page(STORY, TAIL[:-3] + [last] + TAIL[-1:]))
    assert last[:40] in body


def test_a_list_the_story_announces_keeps_its_closing():
    story = STORY[:2] + ["فهرست پارک‌هایی که تا پایان سال بازگشایی می‌شوند به این شرح است:"]
    items = ["پارک لاله", "پارک ملت", "پارک شفق", "پارک نیاوران", "پارک آزادی", "پارک بهار",
             "پارک گلستان", "پارک پردیس"]
    closing = "زمان دقیق هر بازگشایی بعدا اعلام می‌شود."
    body = _body(_page(story + items + [closing], ["© ۱۴۰۱ خبرنامه شهر سبز"]))
    assert closing in body
