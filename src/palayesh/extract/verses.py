"""Verses inside a story: the hemistichs of a poem, one line each (or a couplet on one line).

A story may quote a poem between its paragraphs or close with a few of its couplets («بیت»).
Each hemistich («مصراع») is a short line with no sentence mark and often no verb: alone it reads
as a subheading, a related link or the story's tail, and a story's last short lines are cut as
tail. A poem is told by its shape, not its words: hemistichs of one meter are about as long as
each other, and they rhyme (a couplet's two lines end alike, or a ghazal's even lines end like
its first couplet), the same last letters before a repeated last word («ردیف») if there is one.
A poet's name right under a poem's last hemistich signs it (:func:`poet_line`): the story's too.

>>> sorted(verse_runs(["متن خبر.", "بنی آدم اعضای یکدیگرند", "که در آفرینش ز یک گوهرند", "ادامه."]))
[1, 2]
>>> sorted(verse_runs(["متن خبر.", "افتتاح کتابخانه تازه در شهر", "برگزاری نمایشگاه کتاب کودک", "ادامه."]))
[]
"""
from __future__ import annotations

import re

from ..memo import short_line_memo

#: a hemistich has this many words (a poem's line is short; a paragraph is not one)
MIN_VERSE_WORDS, MAX_VERSE_WORDS = 3, 12
#: hemistichs of one meter are about as long: each of a run has this share of the longest's letters
#: (two headlines ending in a verb's «-ید» are seldom as close)
MIN_LENGTH_RATIO = 0.8
#: letters a rhyme («قافیه») shares at the end of its word (two are a verb's person ending alone:
#: «… را ببینید» / «… نصب کنید», a site's buttons)
RHYME_LETTERS = 3
#: ... and before a repeated last word («ردیف»), which makes the rhyme already
RADIF_RHYME_LETTERS = 2
#: ... and two on a line whose halves a star parts («چو عضوی به درد آورد روزگار * دگر عضوها را
#: نماند قرار»), or a tab (a couplet typed with its hemistichs in two columns): a poem's mark, which
#: no button row, crumb trail or pair of links uses between two phrases of several words (a browser
#: shows a tab as a space: only a flat page keeps one), so the rhyme need not be told from a verb's ending
STAR_RHYME_LETTERS = 2
#: a couplet written on one line: its hemistichs apart by a bar, a star or a wide space
_HEMISTICH_BREAK = re.compile(r"\s+(?:[/|]|\*{1,3})\s+|\s{3,}|\t|\s+[.…]{3}\s+")
_STAR_BREAK = re.compile(r"\s\*{1,3}\s|\S\t+\S")
_NOT_LETTER = re.compile(r"[^\w]|[\d_]")
#: what no hemistich holds: a figure, a field's colon, a headline's brackets, «+», «!» or «؛»
_NOT_VERSE = re.compile(r"\d|[:：()\[\]+!؛]")
_STOPS = ".:؛;"


def _words(text: str) -> list[str]:
    return [w for w in (_NOT_LETTER.sub("", w) for w in text.replace("\u200c", "").split()) if w]


def _rhymes(a: str, b: str, letters: int = RHYME_LETTERS) -> bool:
    """Whether two hemistichs rhyme: their last words end in the same letters, or their last
    words are one repeated word («ردیف») after words that end alike («شکایت می‌کند» / «حکایت
    می‌کند»)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa[-1] == wb[-1]:  # a «ردیف»: the rhyme stands in the words before it («شکایت» / «حکایت»)
        return len(wa) >= 2 and len(wb) >= 2 and wa[-2] != wb[-2] \
            and wa[-2][-RADIF_RHYME_LETTERS:] == wb[-2][-RADIF_RHYME_LETTERS:]
    return len(wa[-1]) > letters and len(wb[-1]) > letters and wa[-1][-letters:] == wb[-1][-letters:]


def verse_shaped(text: str) -> bool:
    """Whether a line may be a hemistich: a few words, no figure, no field's colon, no full stop
    at its end."""
    return _remembered_verse_shaped.ask(text)


def _verse_shaped(text: str) -> bool:
    t = text.strip()
    return bool(t) and MIN_VERSE_WORDS <= len(t.split()) <= MAX_VERSE_WORDS and not _NOT_VERSE.search(t) \
        and t[-1] not in _STOPS


#: the most words (``str.split``) a couplet's line has: two hemistichs and the mark between them.
#: Every break of :data:`_HEMISTICH_BREAK` starts and ends with white space (or is white space), so
#: a word lies in a hemistich or is the break's mark, and two hemistichs have one break between them
MAX_COUPLET_WORDS = 2 * MAX_VERSE_WORDS + 1


def couplet_line(text: str) -> bool:
    """Whether one line is a whole couplet: two hemistichs apart by a bar, a star or a wide space,
    about as long, that rhyme («توانا بود هر که دانا بود / ز دانش دل پیر برنا بود»; apart by a star,
    in their last two letters: :data:`STAR_RHYME_LETTERS`).

    >>> couplet_line("چو عضوی به درد آورد روزگار * دگر عضوها را نماند قرار")
    True
    >>> couplet_line("چو عضوی به درد آورد روزگار / دگر عضوها را نماند قرار")
    False
    >>> couplet_line("چو عضوی به درد آورد روزگار\\tدگر عضوها را نماند قرار")
    True
    """
    return _remembered_couplet.ask(text)


def _couplet_line(text: str) -> bool:
    if len(text.split()) > MAX_COUPLET_WORDS:
        # (a paragraph: no couplet, told by a split in C instead of the break's regex over its
        # every space; most lines a story's verses are looked for in are such)
        return False
    parts = [p for p in _HEMISTICH_BREAK.split(text.strip()) if p.strip()]
    letters = STAR_RHYME_LETTERS if _STAR_BREAK.search(text) else RHYME_LETTERS
    return len(parts) == 2 and all(verse_shaped(p) for p in parts) and _alike(parts) \
        and _rhymes(parts[0], parts[1], letters)


#: lines told verse-shaped or a couplet, remembered up to this many characters: a page's verses
#: are looked for by the template pass and again by extraction, among lines a site repeats (500
#: pages of the bench: 4,800 asks of 1,700 such lines each)
VERSE_CACHE, VERSE_CACHE_CHARS = 4096, 300
_remembered_verse_shaped = short_line_memo(VERSE_CACHE_CHARS, VERSE_CACHE)(_verse_shaped)
_remembered_couplet = short_line_memo(VERSE_CACHE_CHARS, VERSE_CACHE)(_couplet_line)


def _alike(texts: list[str]) -> bool:
    lengths = [len("".join(_words(t))) for t in texts]
    return min(lengths) >= MIN_LENGTH_RATIO * max(lengths)


def _couplets(texts: list[str], start: int) -> int:
    """How many lines from ``start`` are couplets of one poem: the first two rhyme, and each later
    couplet's second hemistich rhymes with its first (a «مثنوی») or with the first couplet (a
    ghazal's, a qasida's rhyme); hemistichs about as long as each other."""
    if start + 1 >= len(texts) or not _rhymes(texts[start], texts[start + 1]):
        return 0
    end = start + 2
    while end + 1 < len(texts) and (_rhymes(texts[end], texts[end + 1]) or _rhymes(texts[start + 1], texts[end + 1])):
        end += 2
    while end > start and not _alike(texts[start:end]):
        end -= 2
    return end - start


def _poem(texts: list[str]) -> tuple[int, int] | None:
    """The span (first, past last) of ``texts`` that is a poem (:func:`_couplets`), from its first
    line or its second (a subheading over the poem); the lines after its last couplet (a tail's
    button under the poem closing the story) are not its."""
    for start in range(min(2, len(texts))):
        n = _couplets(texts, start)
        if n:
            return start, start + n
    return None


def verse_runs(texts: list[str | None], candidate: list[bool] | None = None) -> set[int]:
    """The indices of ``texts`` (a page's lines, None or "" for a blank one) that are the lines
    of a poem: couplets of verse-shaped lines in a row, about as long, that rhyme as a poem's do
    (:func:`_couplets`), and each line that is a couplet alone
    (:func:`couplet_line`). ``candidate``: which lines may be verses at all (the caller's say)."""
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        span = _poem([texts[j] or "" for j in run])
        if span is not None:
            out.update(run[span[0]:span[1]])

    for i, t in enumerate(texts):
        if not t:
            continue
        ok = candidate is None or candidate[i]
        if ok and couplet_line(t):
            close()
            run = []
            out.add(i)
        elif ok and verse_shaped(t):
            run.append(i)
        else:
            close()
            run = []
    close()
    return out


#: a poet's name signing a poem has this many words at most («پروین اعتصامی»)
MAX_POET_WORDS = 3
#: what a poet's name holds none of: a figure, a mark (a ZWNJ is in names: «حسین‌علی»)
_NOT_NAME = re.compile(r"[^\w\u200c]|[\d_]")


def poet_line(lines: list[str], prose: list[bool], i: int) -> bool:
    """Whether line ``i``, right under a poem's last hemistich, is its poet's name: a word or a
    few, letters alone, over a paragraph of the story (the story goes on under the poem).

    >>> poet_line(["ز دانش دل پیر برنا بود", "فردوسی", "متن خبر ادامه دارد و این جمله کامل است."],
    ...           [False, False, True], 1)
    True
    """
    if i + 1 >= len(lines) or not prose[i + 1] or prose[i]:
        return False
    words = lines[i].split()
    return 1 <= len(words) <= MAX_POET_WORDS and not any(_NOT_NAME.search(w) for w in words)
