"""A page's dialogue: an interview's or a transcript's turns, and a reader's question answered.

A speaker's label («سؤال:», «س:», the host's name) before questions of the page, or questions
without a label between the story's paragraphs, each answered by a paragraph, are the story's
own turns (:func:`dialogue_turns`), however often the site writes that label: a widget's label
(«مرتبط:») stands before another story's headline once or twice, and asks no questions. A reader's
question behind a label, right over the answer behind another, is the story's when it tells the
words of the page's prose (:func:`asked_and_answered`). The template pass asks both, so that the
lines are not taken for the site's chrome.
"""
from __future__ import annotations

import functools

from ..textkeys import line_key
from .lexicon import content_words
from .prose import _COLON, _DIGITS, _MARKS, MAX_LINE_CHARS, is_prose, last_prose, shares_words

#: a page's dialogue: a speaker's label («سؤال:», «س:», the host's name) before this many of its
#: questions (:func:`dialogue_turns`)
MIN_DIALOGUE_QUESTIONS = 2
#: ... a question without a label has at most this many words (a paragraph that asks is prose)
MAX_BARE_QUESTION_WORDS = 20
_QUESTION_END = frozenset("?؟")


def speaker_label(text: str) -> str | None:
    """The label of a «label: value» line (1-3 words before a colon, no digits), as a key; None for
    any other line.

    >>> speaker_label("س: چرا این تصمیم گرفته شد؟") == speaker_label("س : نظر شما چیست؟")
    True
    >>> speaker_label("ساعت 12: آغاز نشست") is None
    True
    """
    m = _COLON.search(text, 0, 40)
    if m is None or m.start() == 0 or not 1 <= len(text[: m.start()].split()) <= 3:
        return None
    k = line_key(text[: m.start()])
    return k if k and not _DIGITS.search(k) else None


def dialogue_turns(lines: list[str], prose: list[bool] | None = None) -> set[int]:
    """The lines of a page that are turns of its dialogue (an interview, a transcript): the lines
    of a speaker's label that labels :data:`MIN_DIALOGUE_QUESTIONS` different questions of the page or more,
    and the unlabelled questions between the story's paragraphs when there are as many of those
    (``prose``: :func:`is_prose` of each line, if known). A question is a sentence, and one label
    asking twice on one page is a speaker, not a widget (a widget's label, «مرتبط:», stands before
    another story's headline once or twice, rarely as a question): its turns are the story's,
    however often the site writes that label, and a republication of the story carries them too.

    >>> prose = "پاسخ: این یک جمله کامل و طولانی از متن گفت‌وگو است که با نقطه تمام می‌شود."
    >>> sorted(dialogue_turns(["س: چرا؟ نظر شما چیست؟", prose, "س: و بعد چه شد؟", prose, "مرتبط: خبر دیگر؟"]))
    [0, 2]
    >>> sorted(dialogue_turns([prose, "نظر شما درباره این طرح چیست؟", prose, "چرا دیر شد؟", prose, "آیا؟"]))
    [1, 3]
    >>> box = ["پربازدیدترین‌ها", "آیا این تیم به المپیک می‌رود؟", "مربی از من خواست بمانم", "چرا این‌ها بهترین‌اند؟"]
    >>> dialogue_turns([prose, *box, "", prose])  # other stories' headlines, answered by none
    set()
    """
    by_label: dict[str, list[int]] = {}
    asks: dict[str, set[str]] = {}
    bare: list[int] = []
    if prose is None:
        prose = [is_prose(t) for t in lines]
    first = next((i for i, p in enumerate(prose) if p), len(lines))
    last = last_prose(lines, prose)
    for i, t in enumerate(lines):
        if len(t) > MAX_LINE_CHARS:
            continue
        k = speaker_label(t)
        question = t.rstrip(_MARKS)[-1:] in _QUESTION_END
        if k is not None:
            by_label.setdefault(k, []).append(i)
            if question:  # (a widget repeats its one link; a speaker asks other questions)
                asks.setdefault(k, set()).add(t.strip())
        elif question and first < i < last and not prose[i] and len(t.split()) <= MAX_BARE_QUESTION_WORDS \
                and _answered(i, lines, prose):
            bare.append(i)  # (between the story's paragraphs: a related list's question headline stands after them)
    turns = {i for k, q in asks.items() if len(q) >= MIN_DIALOGUE_QUESTIONS for i in by_label[k]}
    if not turns:  # (a page whose speakers ask questions enough is read by them alone: a related
        # link «مرتبط: …؟» set between a transcript's turns asks no speaker)
        turns = _answered_asker(by_label, lines)
    return turns | set(bare) if len(bare) >= MIN_DIALOGUE_QUESTIONS else turns


def _answered_asker(by_label: dict[str, list[int]], lines: list[str]) -> set[int]:
    """The lines of an asker and an answerer: a label that asks a question (one of its lines ends in
    a question mark) right over a line of another label that says :data:`MIN_DIALOGUE_QUESTIONS`
    different things or more on the page («پرسش: منظورتان از «…» دقیقا چیست؟» / «پاسخ: …» /
    «پاسخ: …»): both speak in the page's dialogue, however few questions it asks. (Two links
    «یحیی توره: …» / «اینزاگی: …» shown twice, in a box and a list, say the same things again.)"""
    speakers = {k for k, at in by_label.items() if len({line_key(lines[i]) for i in at}) >= MIN_DIALOGUE_QUESTIONS}
    if not speakers:
        return set()
    order = sorted((i, k) for k, at in by_label.items() for i in at)
    turns: set[int] = set()
    for (i, a), (j, b) in zip(order, order[1:]):
        if j == i + 1 and a != b and b in speakers \
                and any(lines[x].rstrip(_MARKS)[-1:] in _QUESTION_END for x in by_label[a]):
            turns.update(by_label[a])
            turns.update(by_label[b])
    return turns


#: a reader's question asked once on a page (:func:`asked_and_answered`) has this many words at least
MIN_ASKED_WORDS = 6


def asked_and_answered(lines: list[str], prose: list[bool]) -> set[int]:
    """A question behind a label (:data:`MIN_ASKED_WORDS` words or more) right over a paragraph of
    the story behind another label, the question telling :data:`.prose.MIN_TOLD_WORDS` words of the page's
    prose (:func:`shares_words`): a reader's
    question and its answer («پرسش: …؟» / «پاسخ: …»), the story's, though the site gives the two
    labels on all its pages and the page asks once. A related link «مرتبط: …؟» over a paragraph
    «وی گفت: …» names another story, whose words the page's paragraphs do not say.

    >>> q = "پرسش: آیا زنبوردار برای جابه‌جایی کندوها به مجوز دامپزشکی نیاز دارد؟"
    >>> a = "پاسخ: بله؛ جابه‌جایی کندوها بدون مجوز دامپزشکی ممنوع است و جریمه دارد."
    >>> sorted(asked_and_answered([q, a], [False, True]))
    [0, 1]
    >>> asked_and_answered(["مرتبط: آیا قیمت دلار باز هم بالا می‌رود؟", a], [False, True])
    set()
    """
    out: set[int] = set()
    story = [j for j, p in enumerate(prose) if p]
    words_of = functools.lru_cache(maxsize=None)(lambda j: content_words(lines[j]))
    for i in range(len(lines) - 1):
        t, below = lines[i], lines[i + 1]
        a = speaker_label(t)
        if a is None or t.rstrip(_MARKS)[-1:] not in _QUESTION_END or len(t.split()) < MIN_ASKED_WORDS \
                or len(t) > MAX_LINE_CHARS or not prose[i + 1]:
            continue
        b = speaker_label(below)
        if b is not None and b != a and shares_words(content_words(_COLON.split(t, 1)[1]), story, words_of):
            out.update((i, i + 1))
    return out


def _answered(i: int, lines: list[str], prose: list[bool]) -> bool:
    """Whether the next line shown under line ``i`` is a paragraph of the story (an answer): a box
    of other stories' headlines between two paragraphs lists its question headlines among short
    lines, where an interview's question is answered."""
    j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return j is not None and prose[j]
