"""The story's words that the passes taking boxes out of its body weigh a line against
(text._StoryWords): one definition, counted once a page while no pass takes a paragraph out."""
from dataclasses import replace

from palayesh.extract import text as T

P1 = "شورای شهر رشت طرح ساخت پل عابر پیاده در خیابان اصلی را با اکثریت آرا تصویب کرد."
P2 = "مدیر آبفای استان گفت تانکرهای آب در محله‌های شمالی مستقر می‌شوند و آب رایگان توزیع می‌کنند."
#: a paragraph of a headline's shape: no sentence's end, no more words than a headline
P3 = "گشایش نمایشگاه سراسری صنایع دستی با حضور هنرمندان استان‌ها در تبریز"


def _has(words, word):
    return T._content_words(word) <= words and bool(T._content_words(word))


def _lines():
    lines = [T.classify(t) for t in (P1, "مطالب مرتبط", P2, P3)]
    return [replace(ln, kind=T.PARA) if k != 1 else ln for k, ln in enumerate(lines)]


def test_the_three_readings():
    lines = _lines()
    words = T._StoryWords(lines).on([0, 1, 2, 3])
    assert _has(words.prose, "تبریز") and not _has(words.sentences, "تبریز")  # (a headline-shaped paragraph)
    assert _has(words.sentences, "پیاده") and _has(words.sentences, "تانکرهای")
    lines[2] = replace(lines[2], elsewhere=True)  # (a copy the run shows on another page)
    assert not _has(T._StoryWords(lines).on([0, 2, 3]).own, "تانکرهای")
    assert _has(T._StoryWords(lines).on([0, 2, 3]).prose, "تانکرهای")


def test_counted_once_while_the_paragraphs_stay(monkeypatch):
    calls = []
    count = T._content_words
    monkeypatch.setattr(T, "_content_words", lambda text: calls.append(text) or count(text))
    words = T._StoryWords(_lines())
    first = words.on([0, 1, 2, 3]).prose
    assert words.on([0, 2, 3]).prose is first  # (a pass took the label out, a short line)
    assert len(calls) == 1
    fewer = words.on([0, 3]).prose  # (a pass took a paragraph out: counted again)
    assert len(calls) == 2 and fewer < first


def _tagged():
    """The story (P1, P2) and under it a label over tags of its own words."""
    tags = [T.classify(t) for t in ("برچسب‌ها", "شورای شهر رشت", "تانکرهای آب")]
    return _lines()[:3] + [replace(ln, kind=T.SHORT) for ln in tags], [0, 2, 3, 4, 5]


def test_story_tags_weighed_against_the_story_words(monkeypatch):
    lines, body = _tagged()
    assert [ln.kind for ln in lines[3:]] == [T.SHORT] * 3
    assert T._story_tags(lines, body, 2)
    other = lines[:4] + [replace(T.classify(t), kind=T.SHORT) for t in ("بازار خودرو", "لیگ برتر فوتبال")]
    assert not T._story_tags(other, body, 2)  # (tags of another story's words)
    calls = []
    count = T._content_words
    monkeypatch.setattr(T, "_content_words", lambda text: calls.append(text) or count(text))
    words = T._StoryWords(lines)
    first = words.on(body).prose
    # (the tags' pass asks the page's one count of the story's words: counted no more)
    assert T._story_tags(lines, body, 2, words=words) and T._story_tags(lines, list(body), 2, words=words)
    assert len(calls) == 1 and words.on(body).prose is first
