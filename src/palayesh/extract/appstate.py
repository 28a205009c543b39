"""The story's section as a script app's embedded state names it.

Pages rendered by a JavaScript framework ship the data they were drawn from as JSON in the page
(Next.js ``<script id="__NEXT_DATA__" type="application/json">``, and any other
``type="application/json"`` block): the article's record holds its headline and its category,
``{"title": "…", "category": {"name": "ورزشی", "slug": "sport"}}``, though no element shows it.
The record is the one whose headline is the page's own (a state lists other stories too: the
menu, the related box, each with its category); its section key names a category, with the path
the app links it under («slug»). A category is not yet the section (a record may file its story
under a tag, a format, the site itself): the caller asks the page to vouch for it
(:func:`.menusection.listed_section`).

>>> import lxml.html
>>> t = lxml.html.fromstring('<html><body><h1>خبر</h1><script id="__NEXT_DATA__" type="application/json">'
...     '{"props": {"pageProps": {"related": [{"title": "دیگر", "category": "سیاسی"}],'
...     ' "post": {"title": "خبر", "category": {"name": "ورزشی"}}}}}</script></body></html>')
>>> state_section(t, "خبر")
('ورزشی', None)
"""
from __future__ import annotations

import json

from ..textkeys import line_key

#: the keys of a record's headline and of its section, most specific first
_HEADLINE_KEYS = ("headline", "title", "name")
_SECTION_KEYS = ("articleSection", "section", "sectionName", "category", "categoryName", "categories", "service",
                 "primaryCategory")
#: keys naming a category record's own name, and the path the app links it under
_NAME_KEYS = ("name", "title", "label")
_PATH_KEYS = ("slug", "path", "url", "href", "link")
#: a state is walked this many records deep and this many records far at most (a page's state can
#: hold a whole listing)
_MAX_DEPTH = 12
_MAX_NODES = 20000
#: a state block larger than this is not read
_MAX_CHARS = 2_000_000


def _name(value) -> tuple[str, str | None] | None:
    """The name a section value gives and the path of its record: a string, a record's name, the
    first of a list of either."""
    if isinstance(value, list):
        value = value[0] if value else None
    path = None
    if isinstance(value, dict):
        path = next((value[k] for k in _PATH_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
        value = next((value[k] for k in _NAME_KEYS if isinstance(value.get(k), str)), None)
    if not isinstance(value, str) or not value.strip():
        return None
    if path is not None and "/" not in path:
        path = "/" + path  # (a bare slug «sport»: the last segment of the section's path)
    return value.strip(), path


def _records(data):
    """The dicts of a JSON value, breadth first, within the depth and node bounds."""
    level, seen = [data], 0
    for _depth in range(_MAX_DEPTH):
        nxt = []
        for v in level:
            seen += 1
            if seen > _MAX_NODES:
                return
            if isinstance(v, dict):
                yield v
                nxt.extend(x for x in v.values() if isinstance(x, (dict, list)))
            elif isinstance(v, list):
                nxt.extend(x for x in v if isinstance(x, (dict, list)))
        if not nxt:
            return
        level = nxt


def state_section(tree, title: str | None) -> tuple[str, str | None] | None:
    """The category the record of the story (its headline ``title``) names in a JSON block of the
    page (``<script type="application/json">``), with the path of the category's record (None
    without one), or None when no record has that headline or it names no category."""
    tkey = line_key(title or "")
    if not tkey:
        return None
    for s in tree.xpath('//script[@type="application/json"]'):
        raw = s.text_content()
        if not raw or len(raw) > _MAX_CHARS:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, TypeError):
            continue
        for rec in _records(data):
            head = next((rec[k] for k in _HEADLINE_KEYS if isinstance(rec.get(k), str)), None)
            if head is None or line_key(head) != tkey:
                continue
            got = next((n for k in _SECTION_KEYS if (n := _name(rec.get(k)))), None)
            if got:
                return got
    return None
