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


def _telegram_html(forwarded: bool) -> str:
    """A Telegram Desktop HTML export: a note, then the story, forwarded from an agency's channel the
    day after it was posted there (the forward's header holds the original's instant, no zone)."""
    fwd = ('<div class="forwarded body"><div class="from_name">ایسنا<span class="date details" '
           'title="09.12.2021 20:08:33"> 09.12.2021 20:08:33</span></div>' if forwarded else "")
    return ('<html><body><div class="history"><div class="message default clearfix" id="message7"><div class="body">'
            '<div class="pull_right date details" title="10.12.2021 08:01:00 UTC+03:30">08:01</div>'
            '<div class="text">سلام</div></div></div>'
            '<div class="message default clearfix" id="message8"><div class="body"><div class="pull_right date '
            f'details" title="10.12.2021 09:15:00 UTC+03:30">09:15</div>{fwd}<div class="text">'
            f'<strong>{HEAD}</strong><br><br>{STORY[0]}<br><br>{STORY[1]}</div>'
            + ("</div>" if forwarded else "") + "</div></div></div></body></html>")


def test_a_forwarded_message_of_a_chat_export_is_dated_by_its_original_post():
    a = extract(_telegram_html(forwarded=True))
    assert a.title == HEAD
    assert a.published == "2021-12-09T20:08:33+03:30"  # (the original's instant, the export's zone)
    assert a.agency == "ایسنا"
    assert extract(_telegram_html(forwarded=False)).published == "2021-12-10T09:15:00+03:30"
