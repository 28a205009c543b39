"""The fields of one record a feed, an export or an API response holds (:class:`FeedItem`): what
:mod:`.exports`, :mod:`.apidoc` and :mod:`.chatlog` read out of their documents, and what
:func:`.exports.extract_feed_item` makes an article of."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FeedItem:
    """The fields of one RSS item / Atom entry (None: the item has no such field)."""

    title: str | None = None
    link: str | None = None
    date: str | None = None
    category: str | None = None
    description: str | None = None
    content: str | None = None
    #: the item's lines outside its elements (a date or byline line a tool wrote between them)
    loose: tuple[str, ...] = ()
    #: the outlet the item says it came from: the channel a chat's message was forwarded from
    source: str | None = None
    #: the source is the item's publisher (a chat card's outlet, named over the card and in its footer):
    #: the agency, whatever outlet its text quotes
    published_by_source: bool = False
    #: the item holds a page clipped whole (a note of a clipped story): the section a label line of
    #: that page names stands where the item names none
    clipped: bool = False
