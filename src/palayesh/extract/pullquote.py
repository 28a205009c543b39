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
    found: list[int] = []
    cores: list[str] | None = None
    for i, t in enumerate(lines):
        if not _framed(t) or t.count(" ") >= PULL_QUOTE_MAX_WORDS:
            continue
        if cores is None:
            cores = [_core(x) for x in lines] + ([_core(lead)] if lead else [])
        core = cores[i]
        if len(core) >= PULL_QUOTE_MIN_INK and any(
                j != i and len(other) > len(core) and core in other for j, other in enumerate(cores)):
            found.append(i)
    return found


def without_pull_quotes(paragraphs: list[str], lead: str | None) -> list[str]:
    """``paragraphs`` without their pull quotes (:func:`pull_quotes`, the ``lead`` too is quoted)."""
    drop = set(pull_quotes(paragraphs, lead))
    return [p for i, p in enumerate(paragraphs) if i not in drop] if drop else paragraphs
