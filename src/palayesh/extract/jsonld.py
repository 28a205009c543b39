"""What a page's JSON-LD says of its story: its headline, dates, section, trail and credits.

A page's ``<script type="application/ld+json">`` blocks describe it for search engines, as one
item, a list, or a ``@graph``; the article may be a page's ``mainEntity`` (a forum's question).
:func:`read_jsonld` reads from them the few keys extraction weighs against what the page shows: a
``BreadcrumbList``'s item names (:func:`_ld_trail`), the article's headline, dates, section and
description, and the names its credit fields give (:func:`_ld_names`).
"""
from __future__ import annotations

import json

from .domtext import _clean, text_of


def _ld_trail(it: dict) -> list[str]:
    """The item names of a JSON-LD ``BreadcrumbList``, in ``position`` order."""
    elems = it.get("itemListElement")
    if not isinstance(elems, list):
        return []
    named = []
    for i, e in enumerate(elems):
        if not isinstance(e, dict):
            continue
        name = e.get("name")
        if not isinstance(name, str) and isinstance(e.get("item"), dict):
            name = e["item"].get("name")
        pos = e.get("position")
        name = _clean(name) if isinstance(name, str) else None  # (None also for "&nbsp;")
        if name:
            named.append((pos if isinstance(pos, (int, float)) else i, i, name))
    return [n for _p, _i, n in sorted(named)]


#: the JSON-LD keys read from an article, a video, a forum post or question
_LD_KEYS = ("headline", "datePublished", "articleSection", "dateCreated", "uploadDate")
#: the keys of :data:`_LD_KEYS` that hold a date
_LD_DATE_KEYS = frozenset(("datePublished", "dateCreated", "uploadDate"))


def read_jsonld(tree) -> dict:
    """The page's JSON-LD as extraction reads it: each of :data:`_LD_KEYS` and ``description`` as
    the first item that gives it says (a list's first value), ``breadcrumb`` the first trail's
    names, ``credits`` every name the items' :data:`_LD_CREDIT_KEYS` give."""
    out: dict = {}
    every: list = []
    for s in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(text_of(s))
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        # (the article as a page's main entity: «{"@type": "WebPage", "mainEntity": {…}}», a forum's
        # «QAPage» with its question)
        every += [*items, *(it["mainEntity"] for it in items if isinstance(it, dict)
                            and isinstance(it.get("mainEntity"), dict))]
    for it in every:
        if isinstance(it, dict) and "BreadcrumbList" in str(it.get("@type")) and "breadcrumb" not in out:
            out["breadcrumb"] = _ld_trail(it)
        if isinstance(it, dict) and isinstance(it.get("breadcrumb"), dict) and "breadcrumb" not in out:
            out["breadcrumb"] = _ld_trail(it["breadcrumb"])
        if isinstance(it, dict) and any(k in it for k in _LD_KEYS):
            out.setdefault("credits", []).extend(n for k in _LD_CREDIT_KEYS for n in _ld_names(it.get(k)))
    # the page and the site that hold the story («WebPage», «CollectionPage», «WebSite»: a ``@graph``'s
    # first nodes, dated when the page was made or the site began) speak after the story's own node
    for it in sorted(every, key=_container):
        if isinstance(it, dict) and any(k in it for k in _LD_KEYS):
            for k in (*_LD_KEYS, "description"):
                v = it.get(k)
                if isinstance(v, list):
                    v = v[0] if v else None
                if isinstance(v, int | float) and not isinstance(v, bool) and k in _LD_DATE_KEYS:
                    v = str(int(v))  # (a date as a JSON number: Unix seconds or ms, :func:`.dates.machine_text`)
                if isinstance(v, str) and k not in out:
                    out[k] = v
    return out


def _container(it) -> bool:
    """Whether a JSON-LD node is the page or site that holds a story, not the story: a schema.org type
    that ends in «Page» («WebPage», «CollectionPage», «ItemPage») or «WebSite».

    >>> _container({"@type": "WebPage"}), _container({"@type": ["WebSite"]}), _container({"@type": "NewsArticle"})
    (True, True, False)
    >>> _container({"@type": "QAPage", "mainEntity": {}}), _container("x")
    (False, False)
    """
    if not isinstance(it, dict) or "mainEntity" in it:  # (a forum's QAPage is its question's node)
        return False
    types = it.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and (t.endswith("Page") or t == "WebSite") for t in types)


#: the JSON-LD keys of an article that name who wrote it or whose it is: its author, the outlet it
#: came from, its publisher (a republishing site names itself there, an agency's page the agency)
_LD_CREDIT_KEYS = ("author", "sourceOrganization", "creator", "publisher")


def _ld_names(value) -> list[str]:
    """The names a JSON-LD credit field gives: «{"@type": "Organization", "name": "خبرگزاری ایسنا"}»,
    a list of such, or a bare string.

    >>> _ld_names([{"@type": "Person", "name": "سارا احمدی"}, "ایسنا"]), _ld_names(None)
    (['سارا احمدی', 'ایسنا'], [])
    """
    items = value if isinstance(value, list) else [value]
    names = [it.get("name") if isinstance(it, dict) else it for it in items]
    return [n for n in names if isinstance(n, str) and n.strip()]
