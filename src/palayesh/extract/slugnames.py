"""The names a run's pages show beside their sections' slugs, for pages that show the slug alone.

A WordPress page files its story by a class word, «<body class="… category-dogs">», and often
shows no name for it: no trail, no label, only the site's menu, where the section's item links to
an address without its slug («<a href="/fa/service/20">سگ</a>»). Other pages of the run show the
same slug beside its name: a trail's link «<a href="/category/dogs/">سگ</a>», a JSON-LD trail's
item «{"name": "سگ", "item": "https://x.ir/category/dogs/"}». The run's read pass keeps each such
(slug, name) pair (:func:`named_slugs`, as :func:`slug_name_hash`); a page that shows the slug
alone is filed under the item of its own menu whose name the run paired with that slug
(:func:`run_class_section`). Nothing is a list of words: the run teaches the names, and the page's
menu vouches for the one it takes.

>>> pairs = named_slugs('<a href="https://y.ir/category/dogs/">سگ</a> <a href="/fa/news/12">خبر</a>')
>>> pairs
[('dogs', 'سگ')]
>>> import lxml.html
>>> body = lxml.html.document_fromstring('<body class="single category-dogs"><p>x</p></body>').body
>>> known = {slug_name_hash(*p) for p in pairs}
>>> run_class_section([body], [("گربه", "/fa/service/74"), ("سگ", "/fa/service/6")], known.__contains__)
'سگ'
"""
from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable
from urllib.parse import urlsplit

import xxhash

from ..textkeys import line_key
from .menusection import class_slugs, item_name, slug_key

#: a link with a short text of its own: «<a class="chip" href="/category/dogs/">سگ</a>»
_LINK = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"'#]+)[\"'][^>]*>([^<]{1,80})</a>", re.I)
#: an item of a JSON-LD trail (BreadcrumbList), its name before its address or after it
_LD_ITEM = re.compile(r'"name"\s*:\s*"([^"]{1,80})"\s*,\s*"item"\s*:\s*"([^"]+)"'
                      r'|"item"\s*:\s*"([^"]+)"\s*,\s*"name"\s*:\s*"([^"]{1,80})"')
#: a slug as a machine writes it: Latin letters, digits and dashes, a letter among them (an id is
#: all digits, a page's file has a dot)
_SLUG = re.compile(r"^(?=[a-z0-9_-]*[a-z])[a-z0-9_-]{2,60}$")
#: a letter of the Arabic script: a section's name a reader sees holds one
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def _last_slug(href: str) -> str | None:
    """The last segment of ``href``'s path when it is a slug (:data:`_SLUG`), lower case."""
    try:
        path = urlsplit(href.strip()).path
    except ValueError:
        return None
    seg = slug_key(path.rstrip("/").rsplit("/", 1)[-1])
    return seg if _SLUG.match(seg) else None


def named_slugs(raw: str) -> list[tuple[str, str]]:
    """The (slug, name) pairs a page shows: a link whose address ends with a slug and whose text is
    a name of a word to four in the Arabic script, and each item of its JSON-LD trails.

    >>> named_slugs('{"@type": "ListItem", "name": "تغذیه سالم", "item": "https://x.ir/category/nutrition/"}')
    [('nutrition', 'تغذیه سالم')]
    >>> named_slugs('<a href="/tag/iran">ایران ۱۴۰۲</a> <a href="/about-us">About</a>')
    []
    """
    out: list[tuple[str, str]] = []
    for m in _LINK.finditer(raw):
        out.append((m.group(1), m.group(2)))
    for m in _LD_ITEM.finditer(raw):
        out.append((m.group(2), m.group(1)) if m.group(1) is not None else (m.group(3), m.group(4)))
    pairs: list[tuple[str, str]] = []
    for href, text in out:
        name = item_name(" ".join(htmllib.unescape(text).split()))
        slug = _last_slug(htmllib.unescape(href)) if name and _ARABIC_LETTER.search(name) else None
        if slug and name and (slug, name) not in pairs:
            pairs.append((slug, name))
    return pairs


def slug_name_hash(slug: str, name: str) -> int:
    """The hash of a (slug, name) pair as the run keeps it (``TemplateIndex.slugs``)."""
    return xxhash.xxh64_intdigest(("ǂS" + slug + "\x00" + line_key(name)).encode("utf-8", "surrogatepass"))


def run_class_section(els, links: list[tuple[str, str]], known: Callable[[int], bool]) -> str | None:
    """The item of the page's menu (``links``) that a ``category-<slug>`` class of one of ``els``
    (the article, the page's body) files the story under, by the name the run showed beside that
    slug (``known`` tells a :func:`slug_name_hash` the run kept); None when the run showed none of
    the menu's names beside it."""
    if not links:
        return None
    for slug in class_slugs(els):
        name = next((n for n, _ in links if known(slug_name_hash(slug, n))), None)
        if name:
            return name
    return None
