"""A sentence of the story that asks or exclaims («…؟», «…!») is prose, however it ends, when it is
as long as no headline is (:data:`palayesh.extract.lines.MIN_ASKED_WORDS` words): the story's last
paragraph too, under an ad box, where a short line is cut as the tail's."""
from palayesh import extract
from palayesh.extract.lines import MIN_ASKED_WORDS, PARA, SHORT, classify

_HEAD = "ورزشی\n\nتساوی استقلال خوزستان و سپاهان در اهواز\n\n"
_FIRST = ("به گزارش ایسنا، مهدی مومنی در بازی با سپاهان توانست در دقایق انتهایی یک پنالتی بگیرد تا این تیم "
          "از شکست بگریزد.\n\n")
_LAST = "مهدی مومنی با گرفتن این پنالتی در دقایق انتهایی بازی با سپاهان نشان داد که تیمش را تنها نمی‌گذارد!"


def test_a_long_exclaimed_sentence_closing_the_story_is_its_paragraph():
    assert MIN_ASKED_WORDS <= len(_LAST.split()) < 25  # (25 words or more is prose whatever its end)
    page = _HEAD + _FIRST + "تبلیغات\n\n" + _LAST + "\n\nبرچسب‌ها: فوتبال، لیگ برتر\n\nاشتراک‌گذاری: تلگرام | واتس‌اپ\n"
    assert extract(page).paragraphs[-1] == _LAST


def test_a_headline_that_asks_or_exclaims_is_no_paragraph():
    assert classify(_LAST).kind == PARA
    assert classify("تصاحب دو نیمکت لیگ برتری توسط پدر و پسر!").kind == SHORT
    assert classify("۱۲ مدال‌آور المپیک لندن در چه وضعیتی به‌سر می‌برند؟").kind == SHORT
