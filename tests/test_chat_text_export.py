"""A chat exported as text (WhatsApp's «Export chat»), read by its shape (:func:`.exports.chat_export`):
the longest message is the story, its time the date. Written fresh for s63 (small synthetic pages, no
set's)."""
from __future__ import annotations

from palayesh import extract

HEAD = "قلعه‌نویی از من خواست مظلومی را انتخاب کنیم"
STORY = [
    "حمید نیک‌نفس مدیر عامل سابق باشگاه مس کرمان در مورد وضعیت این باشگاه و تغییراتی که در راس این تیم "
    "به وجود آمده است گفت: مس کرمان در سال 84 به لیگ برتر آمد و در طول این سال‌ها چند مدیرعامل عوض کرد.",
    "وی تاکید کرد: مردم کرمان فوتبال را به خوبی می‌فهمند و مسئولین استان هم باید به این موضوعات توجه "
    "بیشتری داشته باشند تا خسارت عوض شدن مربیان و کادرهای فنی تکرار نشود.",
]


def _chat(stamp_of) -> str:
    return "\n".join([
        f"{stamp_of(8, 31, 17, '00:03')} Messages and calls are end-to-end encrypted. No one outside of this chat, "
        "not even WhatsApp, can read or listen to them.",
        f"{stamp_of(8, 31, 17, '00:03')} مهدی فتحی created group \"اخبار شهر\"",
        f"{stamp_of(7, 10, 18, '05:48')} شیرین رحیمی: ان‌شاءالله درست میشه",
        f"{stamp_of(7, 10, 18, '07:42')} بهاره حسینی: 🔴 خبر", HEAD, "", STORY[0], "", STORY[1],
        f"{stamp_of(7, 10, 18, '12:03')} پویا هاشمی: ممنون از خبر",
        f"{stamp_of(7, 13, 18, '19:05')} شیرین رحیمی: <Media omitted>",
    ])


def test_the_longest_message_of_a_chat_exported_as_text_is_the_story_dated_by_its_stamp():
    a = extract(_chat(lambda mo, d, y, t: f"{mo}/{d}/{y}, {t} -"))  # (Android, US English: month first)
    assert (a.title, a.published, a.paragraphs) == (HEAD, "2018-07-10T07:42+04:30", STORY)


def test_a_chat_whose_stamps_read_day_first_is_dated_day_first():
    a = extract(_chat(lambda mo, d, y, t: f"[{d}/{mo}/{y}, {t}:00]"))  # (iOS, a first number over 12: day first)
    assert (a.title, a.published) == (HEAD, "2018-07-10T07:42+04:30")
