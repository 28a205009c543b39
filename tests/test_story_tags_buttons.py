"""The story's tags under its last paragraph, a label over names of its own words, go with the
tail's short lines under them (a button «کپی شد»: no tag, a verb), whatever the label says
(text._story_tags)."""
from dataclasses import replace

from palayesh.extract import text as T

P1 = "شورای شهر رشت طرح ساخت پل عابر پیاده در خیابان اصلی را با اکثریت آرا تصویب کرد."
P2 = "مدیر آبفای استان گفت تانکرهای آب در محله‌های شمالی مستقر می‌شوند و آب رایگان توزیع می‌کنند."


def _page(*below: str) -> tuple[list, list[int]]:
    paras = [replace(T.classify(t), kind=T.PARA) for t in (P1, P2)]
    shorts = [replace(T.classify(t), kind=T.SHORT) for t in below]
    lines = paras + shorts
    return lines, list(range(len(lines)))


def test_tags_then_a_button_are_the_storys_tags():
    lines, body = _page("گلدان‌ها", "شورای شهر رشت", "تانکرهای آب", "پل عابر پیاده", "کوتاه‌نما", "کپی شد")
    assert T._story_tags(lines, body, 2)


def test_the_button_alone_under_two_tags_is_no_reason_for_more():
    # (one tag before a verb: no list of tags)
    lines, body = _page("گلدان‌ها", "شورای شهر رشت", "کپی شد")
    assert not T._story_tags(lines, body, 2)


def test_names_of_other_words_then_a_button_stay():
    lines, body = _page("گلدان‌ها", "بازار خودرو", "لیگ برتر فوتبال", "کپی شد")
    assert not T._story_tags(lines, body, 2)


def test_a_line_the_list_cannot_hold_first_ends_nothing():
    # (the old reading: a clause among the first tags is no list)
    lines, body = _page("گلدان‌ها", "کپی شد", "شورای شهر رشت", "تانکرهای آب")
    assert not T._story_tags(lines, body, 2)
