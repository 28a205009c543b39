"""Listings in the DOM: a category, tag, search or archive page is a run of *cards*.

A main-content extractor sees a listing's teasers as paragraphs and the page as an article. The
DOM says otherwise: four or more sibling elements of one kind (the same tag and class), each a
linked headline with a short text under it, are the cards of a listing. When most of what the
extractor found stands in such cards, the page is a listing, whatever its words.

>>> import lxml.html
>>> card = ('<div class="item"><h3><a href="/n/{0}">عنوان خبر شماره {0} امروز</a></h3>'
...         '<p>خلاصه خبر {0} در یک جمله.</p></div>')
>>> cards = "".join(card.format(i) for i in range(5))
>>> tree = lxml.html.document_fromstring("<html><body><main>" + cards + "</main></body></html>")
>>> len(card_texts(tree))
10
"""
from __future__ import annotations

from collections import defaultdict

from ..textkeys import line_key
from .domtext import text_of
from .lexicon import INNER_SENTENCE_END

#: a run of at least this many sibling cards is a listing's
MIN_CARDS = 4
#: a card holds a short teaser, not a story
MAX_CARD_CHARS = 700
_HEADINGS = ("h2", "h3", "h4", "h5")


def _is_card(el) -> bool:
    """A linked headline (a heading or a link of three words or more) and little text."""
    text = text_of(el)
    if not text or len(text) > MAX_CARD_CHARS:
        return False
    for a in el.iter("a"):
        t = text_of(a).split()
        if len(t) >= 3 or (a.getparent() is not None and a.getparent().tag in _HEADINGS and t):
            return True
    return False


def card_texts(tree) -> set[str]:
    """Line keys of the text blocks inside listing cards (headlines and teasers) of a page."""
    keys: set[str] = set()
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < MIN_CARDS:
            continue
        groups: dict[tuple, list] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[(child.tag, child.get("class") or "")].append(child)
        for members in groups.values():
            if len(members) < MIN_CARDS:
                continue
            cards = [m for m in members if _is_card(m)]
            if len(cards) < MIN_CARDS or len(cards) < 0.7 * len(members):
                continue
            for card in cards:
                for el in card.iter():
                    if isinstance(el.tag, str) and (el.text or "").strip():
                        k = line_key(text_of(el))
                        if k:
                            keys.add(k)
    return keys


#: a listing's teasers are a sentence or two: paragraphs this long (the median) are a story's
MAX_TEASER_CHARS = 400


def could_be_cards(paragraphs: list[str]) -> bool:
    """Whether the paragraphs are short enough to be teasers (cheap test before the DOM's)."""
    if len(paragraphs) < 2:
        return False
    lengths = sorted(len(p) for p in paragraphs)
    return lengths[len(lengths) // 2] <= MAX_TEASER_CHARS


def mostly_cards(paragraphs: list[str], cards: set[str], *, share: float = 0.5) -> bool:
    """Whether at least ``share`` of the extracted paragraphs (and two or more) are card texts."""
    if not cards or not paragraphs:
        return False
    inside = sum(1 for p in paragraphs if line_key(p) in cards)
    return inside >= 2 and inside >= share * len(paragraphs)


#: a story above a list of cards has this many paragraphs of :data:`MIN_STORY_WORDS` words at least
#: (``htmlbody.MIN_ARTICLE_PROSE_LINES``, ``htmlbody.MIN_PROSE_WORDS``)
MIN_STORY_PARAGRAPHS = 2
MIN_STORY_WORDS = 8


def story_above_cards(paragraphs: list[str], cards: set[str]) -> list[str]:
    """The paragraphs above the first card text when they are a story (:func:`is_story_above`):
    an article with its related cards under it; [] for a listing, whose cards start before any
    story (a category's one-line intro aside).

    >>> card = ["سرخط خبر دیگر امروز", "خلاصه خبر دیگر امروز در یک جمله کوتاه و روشن و ساده."]
    >>> story = ["بند نخست خبر که چند کلمه دارد و باید بماند.", "بند دوم خبر نیز چند کلمه دارد و باید بماند."]
    >>> story_above_cards(story + card, set(map(line_key, card))) == story
    True
    >>> story_above_cards(story[:1] + card, set(map(line_key, card)))  # a category's intro, then cards
    []
    """
    first = next((i for i, p in enumerate(paragraphs) if line_key(p) in cards), len(paragraphs))
    above = paragraphs[:first]
    if is_story_above(above, [p for p in paragraphs[first:] if line_key(p) in cards]):
        return above
    return []


def is_story_above(above: list[str], cards: list[str]) -> bool:
    """Whether the paragraphs ``above`` a list of cards (``cards``: the cards' lines) are a story:
    two paragraphs of :data:`MIN_STORY_WORDS` words or more, or one longer than any line of the
    cards that holds two sentences or more (a teaser is one sentence, cut to the site's length)."""
    prose = [p for p in above if len(p.split()) >= MIN_STORY_WORDS]
    if not prose:
        return False
    if len(prose) >= MIN_STORY_PARAGRAPHS:
        return True
    longest = max(map(len, cards), default=0)
    return any(len(p) > longest and len(INNER_SENTENCE_END.findall(p.rstrip())) >= 1 for p in prose)
