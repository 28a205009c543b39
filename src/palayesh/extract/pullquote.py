"""Pull quotes: a line set into a story, framed in quotes, that says again a part of one of the
story's own lines («…», a quote the page prints large between paragraphs). It is the page's
decoration, said twice, not a paragraph: the story keeps the sentence where it stands.

A story may also head a paragraph with the words its speaker says in it (a quoted subheading,
written for that story), and a reply may quote a post whole: the line alone does not tell them from
a pull quote. Its site does: a site that sets pull quotes into its stories does so on many of its
pages, and the run counts the pages of each site that show one (:func:`pull_quotes` in
:func:`.template.observe`, :meth:`.template.PageTemplate.sets_pull_quotes`); a quoted subheading is on one page.

>>> story = ["به گزارش خبرنگار ما، وزیر گفت: بازار مس امسال رونق گرفت و صادرات دو برابر شد.",
...          "«بازار مس امسال رونق گرفت و صادرات دو برابر شد»",
...          "بند پایانی خبر نیز جزئیات دیگری از این نشست را بیان می‌کند."]
>>> pull_quotes(story), without_pull_quotes(story, None) == [story[0], story[2]]
([1], True)
>>> pull_quotes(["«بازار مس امسال رونق گرفت و صادرات دو برابر شد»"] + story[2:])  # said nowhere else
[]
"""
from __future__ import annotations

from .pagetext import ink

#: a pull quote is at most this many words (a line, not a paragraph) ...
PULL_QUOTE_MAX_WORDS = 45
#: ... and at least this many characters of ink inside its quotes (a short phrase recurs by chance)
PULL_QUOTE_MIN_INK = 25
#: a pull quote the page sets in no quotes (a box of large type between the paragraphs: only its
#: markup, lost in the text, frames it) is a sentence of this many words at least ...
BARE_PULL_QUOTE_MIN_WORDS = 6
#: ... said again by a line this near it (the paragraph it stands beside, above or under it)
BARE_PULL_QUOTE_NEAR = 2
#: the quotes a pull quote opens and closes with (and the marks a page sets around its words)
_OPEN, _CLOSE = "«\"“", "»\"”"
_FRAME = "«»\"“”'‘’…. !؟?،,:-–—*"


def _framed(text: str) -> bool:
    """Whether a line opens with a quote and closes with one (after a final mark or an ellipsis)."""
    t = text.strip()
    return len(t) > 2 and t[0] in _OPEN and t.rstrip(".…!؟? ")[-1:] in _CLOSE


def _core(text: str) -> str:
    """The ink of ``text`` inside its quotes and ellipses."""
    return ink(text.strip().strip(_FRAME).removesuffix("...").strip(_FRAME))


def quotes(line: str, text: str) -> bool:
    """Whether ``line`` is words of ``text`` framed in quotes, :data:`PULL_QUOTE_MIN_INK` characters
    of ink or more (all of it too: a story's one-sentence paragraph a page quotes large under it).

    >>> said = "بازار مس امسال رونق گرفت و صادرات دو برابر شد"
    >>> quotes(f"«{said}»", f"وزیر گفت: {said}."), quotes(said, f"{said}."), quotes("«بازار مس»", said)
    (True, False, False)
    """
    if not _framed(line):
        return False
    core = _core(line)
    return len(core) >= PULL_QUOTE_MIN_INK and core in _core(text)


def pull_quotes(lines: list[str], lead: str | None = None) -> list[int]:
    """The indexes of ``lines`` that are pull quotes: framed in quotes, :data:`PULL_QUOTE_MAX_WORDS`
    words at most, and their words, :data:`PULL_QUOTE_MIN_INK` characters of ink or more, stand inside
    another, longer line of ``lines`` (or in the ``lead``): only a part of it, so a line said twice
    whole (a post quoted in a reply) is none."""
    return _said_again(lines, lead, bare=False)


def bare_pull_quotes(lines: list[str]) -> list[int]:
    """The indexes of ``lines`` that are pull quotes set in no quotes (a box of large type, which the
    page's text loses: a columnist's page quoting the paragraph beside it): a sentence of
    :data:`BARE_PULL_QUOTE_MIN_WORDS` words or more, :data:`PULL_QUOTE_MAX_WORDS` at most, that a
    line :data:`BARE_PULL_QUOTE_NEAR` lines from it at most says as a part of it. A story's own line
    may say a sentence again too: only a site that does so on many of its pages sets such boxes
    (:meth:`.template.PageTemplate.sets_bare_pull_quotes`).

    >>> said = "بازار مس امسال رونق گرفت و صادرات دو برابر شد."
    >>> bare_pull_quotes(["وزیر گفت: " + said + " او افزود که تولید هم بیشتر شد.", said, "بند پایانی خبر."])
    [1]
    >>> bare_pull_quotes(["وزیر گفت: " + said + " او افزود.", "بند دوم.", "بند سوم.", "بند چهارم.", said])
    []
    """
    return _said_again(lines, None, bare=True)


def _said_again(lines: list[str], lead: str | None, *, bare: bool) -> list[int]:
    found: list[int] = []
    said = [*lines, lead] if lead else lines
    # (each line's core worked out when first asked: a bare quote is looked for in the lines near it)
    cores: list[str | None] = [None] * len(said)

    def core_of(j: int) -> str:
        got = cores[j]
        if got is None:
            got = cores[j] = _core(said[j])
        return got

    for i, t in enumerate(lines):
        if t.count(" ") >= PULL_QUOTE_MAX_WORDS or _framed(t) == bare \
                or (bare and t.count(" ") + 1 < BARE_PULL_QUOTE_MIN_WORDS):
            continue
        core = core_of(i)
        if len(core) < PULL_QUOTE_MIN_INK:
            continue
        near = range(max(0, i - BARE_PULL_QUOTE_NEAR), min(len(lines), i + BARE_PULL_QUOTE_NEAR + 1)) if bare \
            else range(len(said))
        if any(j != i and len(other := core_of(j)) > len(core) and core in other
               and (not bare or _opens_a_sentence(t, lines[j])) for j in near):
            found.append(i)
    return found


#: the marks a sentence (or a quoted saying) ends or opens after, before the next one's first word
_SENTENCE_GAP = ".!?؟:؛»\"”…"


def _word(token: str) -> str:
    return ink(token).strip(_FRAME)


def _opens_a_sentence(quote: str, text: str) -> bool:
    """Whether ``text`` says ``quote`` from a sentence's first word (its own first word, or one after
    a sentence's end or a colon): a box quotes a sentence, where a subheading that happens to take a
    paragraph's words takes them from inside one.

    >>> _opens_a_sentence("بازار مس امسال رونق گرفت", "وزیر گفت: بازار مس امسال رونق گرفت و بالا رفت.")
    True
    >>> _opens_a_sentence("مس امسال رونق گرفت و صادرات", "بازار مس امسال رونق گرفت و صادرات بالا رفت.")
    False
    """
    words = [w for w in map(_word, quote.split()) if w]
    if not words:
        return False
    said = text.split()
    inks = [_word(w) for w in said]
    n = len(words)
    return any(inks[k] == words[0] and inks[k: k + n] == words
               and (k == 0 or said[k - 1].rstrip()[-1:] in _SENTENCE_GAP) for k in range(len(said) - n + 1))


def without_pull_quotes(paragraphs: list[str], lead: str | None, *, bare: bool = False) -> list[str]:
    """``paragraphs`` without their pull quotes (:func:`pull_quotes`, the ``lead`` too is quoted; with
    ``bare``, those set in no quotes too, :func:`bare_pull_quotes`)."""
    drop = set(pull_quotes(paragraphs, lead)) | (set(bare_pull_quotes(paragraphs)) if bare else set())
    return [p for i, p in enumerate(paragraphs) if i not in drop] if drop else paragraphs
