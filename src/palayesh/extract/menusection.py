"""The story's section as an HTML page's own menu shows it, where no trail or label names it.

A site's menu lists its sections, and a story page tells which one it belongs to in three ways
besides a breadcrumb:

- a byline naming the author and the category, «نوشته زهره هاشمی در گاز», whose category is an
  item of the menu (:func:`.sections.in_label_value`);
- the menu's item marked as the current page (``aria-current="page"``, WordPress's
  ``current-menu-item``, a class ``active``): the section the story is under;
- the story's URL, whose path holds the section's own path segment (``/fa/آلبوم/706400``, percent
  encoded), the one the menu links the section with (``<a href="/آلبوم">آلبوم</a>``) or that
  spells the item's name.

Each is read only through the menu: a place after «در», a tab of a widget, a path segment the menu
does not list name no section.

>>> import lxml.html
>>> t = lxml.html.fromstring('<html><body><nav><a href="/">خانه</a> <a href="/%D8%A2%D9%84%D8%A8%D9%88%D9%85">آلبوم</a>'
...                          ' <a href="/pop">پاپ</a></nav><h1>خبر</h1></body></html>')
>>> section_from_url("https://x.ir/fa/%D8%A2%D9%84%D8%A8%D9%88%D9%85/706400", menu_links(t))
'آلبوم'
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import unquote, urlsplit

from ..textkeys import line_key
from .agency import agency_name_alone
from .domtext import text_of
from .sections import (
    HOME_KEYS,
    counted_row,
    headline_trail,
    in_label_value,
    is_in_label,
    section_from_crumb,
    section_from_trail_lines,
)

#: class words of a menu item marking the page the reader is on (WordPress, Bootstrap, Drupal)
_CURRENT_CLASS = re.compile(r"(?:^|\s)(?:current-menu-item|current_page_item|current-cat|current-menu-parent"
                            r"|current-menu-ancestor|current|active|is-active|active-trail|selected)(?:$|\s)", re.I)
#: a menu item's name is a word to four, without digits
_ITEM_WORDS = 4
_DIGIT = re.compile(r"\d")
#: a menu is a list of this many items or more
_MENU_ITEMS = 4


def _text(el) -> str:
    return " ".join(text_of(el).split())


def _is_menu(el) -> bool:
    """A ``<nav>`` (not a breadcrumb trail) or a list of four items or more."""
    c = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    if "crumb" in c:
        return False
    return el.tag == "nav" or (el.tag in ("ul", "ol") and len(el) >= _MENU_ITEMS)


def item_name(text: str) -> str | None:
    """``text`` when it reads as a menu item's name (a word to four, no digits, not the home label)."""
    if not text or _DIGIT.search(text) or not 1 <= len(text.split()) <= _ITEM_WORDS:
        return None
    return None if line_key(text) in HOME_KEYS or not line_key(text) else text


#: the marks a strip of links sets between its items when it is a menu: a bar or a dot (a trail's
#: arrows and slashes part a path, :func:`.sections.crumb_parts`)
_STRIP_MARKS = frozenset("|•·")


def _bar_strip(el) -> bool:
    """Whether ``el`` is a menu drawn as a strip of links parted by bars, outside any list:
    «<div><a>خانه</a> | <a>زلزله</a> | <a>آمادگی</a> | <a>آمار</a></div>»: :data:`_MENU_ITEMS`
    links or more, each its own child, with nothing but one bar mark between them.

    >>> import lxml.html
    >>> _bar_strip(lxml.html.fromstring('<div><a>خانه</a> | <a>زلزله</a> | <a>آمادگی</a> | <a>آمار</a></div>'))
    True
    >>> _bar_strip(lxml.html.fromstring('<div><a>خانه</a> › <a>زلزله</a> › <a>آمادگی</a> › <a>آمار</a></div>'))
    False
    >>> _bar_strip(lxml.html.fromstring('<p>متن <a>زلزله</a> | <a>آمادگی</a> | <a>آمار</a> | <a>x</a></p>'))
    False
    """
    kids = list(el)
    if len(kids) < _MENU_ITEMS or any(k.tag != "a" for k in kids) or (el.text or "").strip():
        return False
    gaps = {(k.tail or "").strip() for k in kids[:-1]}
    return len(gaps) == 1 and next(iter(gaps)) in _STRIP_MARKS and not (kids[-1].tail or "").strip()


def _menus(tree) -> list:
    """The page's menus in page order: ``<nav>`` elements and lists of four items or more
    (:func:`_is_menu`), and the strips of links parted by bars (:func:`_bar_strip`) above the
    page's first paragraph of prose, a ``<p>`` of :data:`_PROSE_WORDS` words or more, the story's
    first sentence (below it, such a strip is a footer's or a story's)."""
    out: list = []
    past = False
    for el in tree.iter("nav", "ul", "ol", "div", "p"):
        if el.tag == "p":
            past = past or len(_text(el).split()) >= _PROSE_WORDS
        elif el.tag != "div":
            if _is_menu(el):
                out.append(el)
        elif not past and _bar_strip(el) and not any(_is_menu(p) for p in el.iterancestors("nav", "ul", "ol")):
            out.append(el)
    return out


def menu_links(tree, homes: set[str] | None = None) -> list[tuple[str, str]]:
    """(name, href) of the links of the page's menus (:func:`_menus`: ``<nav>`` elements, lists of
    four items or more, strips of links parted by bars above the headline), in page order, names
    of a word to four without digits. ``homes``, when given, gets the key of each menu's first
    link, whatever it is called: a site's menu opens with its home page («خانه», «ابتدا», «پیشخوان»),
    and its trails start there too (:func:`.sections.menu_home` for a menu in one line of text).

    >>> import lxml.html
    >>> homes = set()
    >>> menu_links(lxml.html.fromstring('<nav><a href="/p/1">پیشخوان</a><a href="/p/2">ورزش</a></nav>'), homes)
    [('پیشخوان', '/p/1'), ('ورزش', '/p/2')]
    >>> homes == {line_key("پیشخوان")}
    True
    """
    out: list[tuple[str, str]] = []
    seen: set = set()  # (the elements themselves: a proxy's id may be reused once it is freed)
    for el in _menus(tree):
        first = True
        for a in el.iter("a"):
            if a in seen:
                continue
            seen.add(a)
            if first and homes is not None and (key := line_key(_text(a))):
                homes.add(key)
            first = False
            name = item_name(_text(a))
            if name:
                out.append((name, a.get("href") or ""))
    return out


def active_item(tree) -> str | None:
    """The name of the menu item marked as the page the reader is on: ``aria-current="page"``, or
    a class such as ``current-menu-item`` / ``active`` on the item or its link, inside a menu.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<div><ul><li><a>خانه</a></li><li class="active current-menu-item">'
    ...                          '<a>طلا و سکه</a></li><li><a>ارز</a></li><li><a>بورس</a></li></ul></div>')
    >>> active_item(t)
    'طلا و سکه'

    An item that links to the site's home page is not the story's section, whatever it is called
    («<li class="active"><a href="/">اخبار</a></li>»): a menu that marks its home as the current
    page marks it on every page (a theme's default, or a menu that does not know the story).
    """
    for el in tree.iter("li", "a"):
        page = (el.get("aria-current") or "").lower() == "page"
        marked = page or (el.get("aria-current") or "").lower() == "true" \
            or bool(_CURRENT_CLASS.search(el.get("class") or ""))
        if not marked:
            continue
        href = ((a.get("href") or "") if (a := el if el.tag == "a" else next(el.iter("a"), None)) is not None
                else "").strip()
        # outside a menu, a strip of links (tabs) whose marked one leads to a page of the site: a
        # script's tabs («<a href="#tab-2">», no address) switch boxes of the page, not pages
        if not any(_is_menu(p) for p in el.iterancestors("nav", "ul", "ol")) and not (
                (page or _real_href(href)) and _in_strip(el)):
            continue
        if href and not href.startswith("#") and _root_link(href):
            continue
        name = item_name(_text(el))
        if name:
            return name
    return None


#: the tags that set a text in bold
_BOLD = ("strong", "b")


def emphasized_item(tree) -> str | None:
    """The name of the one item of a menu that its markup sets in bold, the others plain: the page
    the reader is on, marked as an old theme marks it («<li><a><strong>اقتصاد</strong></a></li>»,
    «<li><b>اقتصاد</b></li>» not linked), where a newer one sets a class (:func:`active_item`). A
    menu whose items are all bold, or two of them, marks none; nor does one whose bold item links
    to the site's home page.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<div><nav><ul><li><a href="/">خانه</a></li><li><a href="/e"><strong>اقتصاد'
    ...                          '</strong></a></li><li><a href="/s">جامعه</a></li><li><a href="/v">ورزش</a></li>'
    ...                          '</ul></nav></div>')
    >>> emphasized_item(t)
    'اقتصاد'
    """
    for menu in _menus(tree):
        items = [li for li in menu.iter("li") if item_name(_text(li)) or line_key(_text(li)) in HOME_KEYS] \
            if menu.tag != "div" else list(menu)
        if len(items) < _MENU_ITEMS - 1:
            continue
        bold = [el for el in items if _all_bold(el)]
        if len(bold) != 1:
            continue
        a = bold[0] if bold[0].tag == "a" else next(bold[0].iter("a"), None)
        if a is not None and _root_link((a.get("href") or "").strip()):
            continue
        name = item_name(_text(bold[0]))
        if name:
            return name
    return None


def _all_bold(el) -> bool:
    """Whether all of ``el``'s text stands inside a bold tag (:data:`_BOLD`)."""
    text = _text(el)
    if not text:
        return False
    bold = " ".join(_text(b) for b in el.iter(*_BOLD) if not any(p.tag in _BOLD for p in b.iterancestors(*_BOLD)))
    return line_key(bold) == line_key(text) or any(p.tag in _BOLD for p in el.iterancestors(*_BOLD))


#: a strip of links (tabs) holds this many links or more
_STRIP_LINKS = 2


def _in_strip(el) -> bool:
    """Whether ``el`` is one of a strip of links side by side (tabs: «<div><a>…</a><a aria-current=
    "page">…</a><a>…</a></div>», or items of a short list): ``aria-current="page"`` marks the page the
    reader is on in any set of links, not only in a menu of :data:`_MENU_ITEMS` items."""
    box = el.getparent()
    if box is not None and box.tag == "li":
        box = box.getparent()
    if el.tag == "li":
        box = el.getparent()
    if box is None:
        return False
    links = [a for a in box.iter("a") if item_name(_text(a))]
    return len(links) >= _STRIP_LINKS


def _real_href(href: str) -> bool:
    """Whether a link leads to a page: an address, not «#…», «javascript:…» or nothing."""
    return bool(href) and not href.startswith("#") and not href.lower().startswith("javascript:")


def _segments(path: str) -> list[str]:
    return [unquote(s) for s in path.split("/") if s]


def section_from_url(url: str | None, links: list[tuple[str, str]]) -> str | None:
    """The menu item whose section the story's URL lies under: a segment of its path (not its
    last, the story's own) that is the item's link's last segment, or spells its name («موسیقی-
    جهان» for «موسیقی جهان»); None when no menu item matches."""
    if not url or not links:
        return None
    try:
        segs = _segments(urlsplit(url).path)[:-1]
    except ValueError:
        return None
    if not segs:
        return None
    by_key: dict[str, str] = {}
    for name, href in links:
        try:
            last = _segments(urlsplit(href).path)[-1:] if href and not href.startswith("#") else []
        except ValueError:
            last = []
        for k in (line_key(name), *(line_key(s.replace("-", " ").replace("_", " ")) for s in last)):
            if k and not _DIGIT.search(k):
                by_key.setdefault(k, name)
    for seg in reversed(segs):  # (the deepest level first: «/اخبار/آلبوم/123»)
        k = line_key(seg.replace("-", " ").replace("_", " "))
        if k and k in by_key:
            return by_key[k]
    return None


#: a class word naming a post's category by its slug (WordPress's ``post_class()`` on the article,
#: ``body_class()`` on a category's pages: «category-economy»)
CATEGORY_CLASS = re.compile(r"(?:^|\s)category-([^\s]+)", re.I)


def slug_key(slug: str) -> str:
    """A path segment or class slug as compared: percent-decoded, lower case; a class drops the
    ``%`` of an encoded slug («category-d8a7d982…»), so the undecoded form without it matches too."""
    return unquote(slug).lower()


def menu_slugs(links: list[tuple[str, str]]) -> dict[str, str]:
    """The menu's items by the last path segment of their links («/category/economy» → economy →
    «اقتصادی»), percent-decoded and lower case, and undecoded without its ``%`` too (the form a
    WordPress class gives an encoded slug); the link home is none."""
    by_slug: dict[str, str] = {}
    for name, href in links:
        if not href or href.startswith("#") or _root_link(href):
            continue
        try:
            raw = urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1]
        except ValueError:
            continue
        for k in (slug_key(raw), raw.replace("%", "").lower()):
            if k:
                by_slug.setdefault(k, name)
    return by_slug


def class_section(els, slugs: dict[str, str]) -> str | None:
    """The menu item a ``category-<slug>`` class of one of ``els`` (the article, the page's body)
    files the story under: the first slug that is the last path segment of a menu link (``slugs``:
    :func:`menu_slugs`), «<article class="post type-post category-economy">» and
    «<a href="/category/economy">اقتصادی</a>». A slug the menu does not link (a tag, a category
    the menu leaves out) names nothing.

    >>> import lxml.html
    >>> art = lxml.html.fromstring('<article class="post category-featured category-economy"><p>x</p></article>')
    >>> class_section([art], menu_slugs([("ورزشی", "/category/sport"), ("اقتصادی", "/category/economy")]))
    'اقتصادی'
    >>> class_section([art], menu_slugs([("ورزشی", "/category/sport")])) is None
    True
    """
    if not slugs:
        return None
    return next((name for slug in class_slugs(els) if (name := slugs.get(slug))), None)


def class_slugs(els) -> Iterator[str]:
    """The slugs the ``category-<slug>`` classes of ``els`` (the article, the page's body; None
    skipped) name, in order, as compared (:func:`slug_key`)."""
    for el in els:
        if el is not None:
            for m in CATEGORY_CLASS.finditer(el.get("class") or ""):
                yield slug_key(m.group(1))


#: a letter of the Arabic script: a section's name holds one, a machine's slug or id none
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def machine_name(value: str | None) -> bool:
    """Whether ``value`` (a section a page publishes for machines: ``article:section``, JSON-LD's
    ``articleSection``) is a slug or an id, no name a reader sees: no letter of the Arabic script
    («economy», «science-tech», «12»).

    >>> machine_name("economy"), machine_name("12"), machine_name("اقتصاد"), machine_name("IT و فناوری")
    (True, True, False, False)
    """
    return bool(value) and not _ARABIC_LETTER.search(value or "")


def slug_section(value: str | None, slugs: dict[str, str]) -> str | None:
    """The menu item a machine's section name (:func:`machine_name`, «Economy», «science tech»)
    is the slug of: the last path segment of the item's link (``slugs``: :func:`menu_slugs`)."""
    if not value or not slugs:
        return None
    return slugs.get(slug_key(value.strip().replace(" ", "-")))


def byline_section(root, links: list[tuple[str, str]], known: Callable[[str], bool] | None = None) -> str | None:
    """The category a short element of the article names as where the story was put, without a colon
    (:func:`.sections.in_label_value`): after a verb of publishing («منتشر شده در X», «در دسته X»), or
    after its author when the page's menu lists it («نوشته زهره هاشمی در گاز»), or the run knows it as
    a section's (``known``: :meth:`.template.PageTemplate.knows_section`)."""
    menu = {line_key(name) for name, _ in links}
    for el in root.iter("div", "span", "p", "li", "a"):
        if len(el) and any(isinstance(c.tag, str) and c.tag in ("div", "p", "li") for c in el):
            continue  # (blocks of blocks: their own blocks are read)
        t = _text(el)
        if t and len(t) <= 80 and is_in_label(t):
            got = in_label_value(t, menu=menu, known=known)
            if got:
                return got
    return None


#: the fields of an article's byline row («علی رضایی | ورزش | ۱۲ مرداد ۱۴۰۳») or its <title>
#: («ورزش | عنوان خبر | نام سایت»): bars, bullets, spaced dashes and slashes, guillemets
_FIELD = re.compile(r"\s*[|｜•·،»«›‹]\s*|\s+[-–—/:]\s+")
#: the block tags of a page: a row is a block that holds no other block
_BLOCK_TAGS = frozenset(("div", "p", "li", "ul", "ol", "section", "header", "footer", "small", "span", "time",
                         "table", "tr", "td", "h2", "h3", "h4", "h5", "h6"))
#: a byline row is at most this long; the rows looked at end at the story's first sentence (this
#: many words), or after this many blocks
_ROW_CHARS = 160
_PROSE_WORDS = 25
_ROWS = 12


def _menu_field(text: str, menu: set[str]) -> str | None:
    """The one field of ``text`` (split by :data:`_FIELD`) that names a menu item, when just one does."""
    hits = {f for f in (p.strip() for p in _FIELD.split(text)) if item_name(f) and line_key(f) in menu}
    return hits.pop() if len(hits) == 1 else None


def _after(el):
    """The elements after ``el`` in page order (not its own), lazily."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            yield from sib.iter()
        node = node.getparent()


def row_section(head, links: list[tuple[str, str]], known: Callable[[str], bool] | None = None) -> str | None:
    """The section a dated row under the headline names among its fields («علی رضایی | ورزش |
    ۱۲ مرداد ۱۴۰۳», «ورزش • ۳ نظر • ۱۴۰۳/۰۵/۱۲»): the one field that is an item of the page's
    menu (a name beside the date is its author's, which no menu lists), or, when the menu lists
    none of them, the one field the run ``known`` says is a section's name (other sites show it
    above their stories, the site's own section slots hold it: as a flat page's date row is read,
    :func:`.text._line_vocab`). ``head``: the element that shows the headline; the rows read are
    :func:`rows_under` it."""
    menu = {line_key(name) for name, _ in links} - HOME_KEYS
    if head is None or not (menu or known):
        return None
    from .dates import find_stamps

    for t in rows_under(head):
        if len(t) <= _ROW_CHARS and (find_stamps(t) or counted_row(t)):  # (a date, or a counter: «۶۱۳ بازدید»)
            got = (_menu_field(t, menu) if menu else None) or _known_field(t, known)
            if got:
                return got
    return None


def _known_field(text: str, known: Callable[[str], bool] | None) -> str | None:
    """The one field of a dated row (split by :data:`_FIELD`) that reads as a name (no digits, the
    home label aside) and that ``known`` accepts."""
    if known is None:
        return None
    hits = {f for f in (p.strip() for p in _FIELD.split(text))
            if item_name(f) and known(f)}
    return hits.pop() if len(hits) == 1 else None


def rows_under(head) -> Iterator[str]:
    """The texts of the rows under the element that shows the headline: the blocks after it that
    hold no other block and stand in no menu, down to the story's first sentence (a block of
    :data:`_PROSE_WORDS` words), :data:`_ROWS` of them at most."""
    rows = 0
    for el in _after(head):
        if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS - {"span", "time", "small"} for c in el):
            continue  # (blocks of blocks: their own blocks are read)
        if any(_is_menu(p) for p in el.iterancestors("nav", "ul", "ol")):
            continue
        t = _text(el)
        if not t:
            continue
        if len(t.split()) >= _PROSE_WORDS or rows >= _ROWS:
            return
        rows += 1
        yield t


def trail_under_headline(head, title: str | None) -> str | None:
    """The section of a breadcrumb trail among the rows right under the headline («<h1>…</h1>
    <div>خانه › اقتصاد</div><div>۱۲ آذر ۱۴۰۲</div>»: :func:`rows_under`), read as a trail above
    it is (:func:`.sections.section_from_trail_lines`: a strong separator, or «/» «|» from the
    home label, or the page's headline at its end)."""
    return section_from_trail_lines(list(rows_under(head)), title=title) if head is not None else None


def foot_trail(head, title: str | None) -> str | None:
    """The section of a breadcrumb trail that ends with the page's own headline, anywhere after
    the element that shows it («صفحه نخست » اقتصاد » <headline>» at the page's foot:
    :func:`.sections.headline_trail`): sites repeat the trail under the story, or show it there
    only. A trail that names the headline is the page's wherever it stands; a menu is none."""
    if head is None or not title:
        return None
    for el in _after(head):
        if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS \
                or any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS - {"span", "time", "small"} for c in el):
            continue
        t = _text(el)
        if t and len(t) <= _TRAIL_CHARS and not any(_is_menu(p) for p in el.iterancestors("nav", "ul", "ol")):
            parts = headline_trail(t, title)
            got = section_from_crumb(parts, title=title) if parts else None
            if got:
                return got
    return None


#: a trail that ends with the headline is at most this long
_TRAIL_CHARS = 300


def title_section(tree, title: str | None, links: list[tuple[str, str]]) -> str | None:
    """The section a page's ``<title>`` names beside its headline («ورزش | عنوان خبر | نام سایت»,
    «نام سایت - ورزش - عنوان خبر»): the one other part that is an item of the page's menu."""
    t = tree.find(".//title")
    text = " ".join(text_of(t).split()) if t is not None else ""
    # (not the link to the site's root nor the menu's first item, its home, which a menu may name
    # after the site: «سایت ما | خبر»; a home the menu calls «صفحه نخست» is none of ``links``, and
    # its first link is then a section's)
    items = links if _opens_with_home_label(tree) else links[1:]
    return headline_field(text, title, {line_key(name) for name, href in items if not _root_link(href)})


def _opens_with_home_label(tree) -> bool:
    """Whether the page's first menu opens with a link the home label names («خانه», «صفحه نخست»),
    which :func:`menu_links` leaves out: its first link is then the first section's."""
    menus = _menus(tree)
    a = next(menus[0].iter("a"), None) if menus else None
    return a is not None and line_key(_text(a)) in HOME_KEYS


def _root_link(href: str) -> bool:
    """Whether ``href`` leads to the site's home page («/», «https://x.ir/», «index.php»)."""
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return path.strip("/") in ("", "index.php", "index.html", "fa", "index")


def headline_field(text: str, title: str | None, menu: set[str]) -> str | None:
    """The section a document title names beside the headline ``title`` (``text`` split by
    :data:`_FIELD`, one part the headline): the one other part whose key is in ``menu`` (the keys
    of the page's menu items), not the home label.

    >>> headline_field("ورزش | پیروزی تیم ملی | سایت ما", "پیروزی تیم ملی", {"ورزش", "فرهنگ"})
    'ورزش'
    >>> headline_field("ورزش | کواچ، از «خامس» چه می‌خواهد؟ | سایت ما", "کواچ، از «خامس» چه می‌خواهد؟", {"ورزش"})
    'ورزش'
    """
    menu = menu - HOME_KEYS
    if not menu or not title or not text:
        return None
    tkey = line_key(title)
    fields = _FIELD.split(text)
    keys = [line_key(p) for p in fields]
    if tkey not in keys:
        # (a headline that holds a field's mark of its own, «جلد هفتم «تفسير كوثر» نوشته می‌شود»,
        # «کواچ، از …», is one part: the fields are those around it)
        at = text.find(title.strip())
        if at < 0:
            return None
        fields = [*_FIELD.split(text[:at]), title, *_FIELD.split(text[at + len(title.strip()):])]
        fields = [p for p in fields if line_key(p)]
        keys = [line_key(p) for p in fields]
    if len(keys) < 3 or tkey not in keys:
        return None  # («<headline> - <site name>»: the site's menu may name its home page so)
    at = keys.index(tkey)
    # the part at the far end from a headline at one end is the site's name; beside a headline
    # in the middle, either end may be
    if at in (0, len(keys) - 1):
        keys = keys[1:-1]
    else:
        keys = keys[:at] + keys[at + 1:]
    parts = [p.strip() for p in fields if line_key(p) in keys]
    return _menu_field(" | ".join(parts), menu)


#: the section a title bar names beside its headline and its site's name (:func:`bar_section`) is a
#: label of this many words at most
BAR_SECTION_WORDS = 4
#: a part of a title bar that the page shows is the site's name when this share of the site's pages
#: show it too, when the run knows them (a section shows on a few: a tag, a trail's item)
SITE_PAGE_SHARE = 0.5


def bar_section(text: str, title: str | None, is_site: Callable[[str], bool]) -> str | None:
    """The section a document title names between or beside its headline and its site's name when
    no menu item says so («بازارهای هدف | <headline> | <site name>», «<headline> - <section> - <site
    name>»). A title bar of a news site holds the headline, which varies, the site's name, which the
    page shows again as a line of its own (its logo, its footer) and the site's other pages too
    (``is_site`` tells it), and at most one part more: the story's section. None unless the bar has
    exactly those three parts and the third is a short label of words.

    >>> site = {line_key(x) for x in ("سایت ما", "خبرگزاری ما")}.__contains__
    >>> bar_section("بازارهای هدف | پیروزی تیم ملی | سایت ما", "پیروزی تیم ملی", lambda p: site(line_key(p)))
    'بازارهای هدف'
    >>> bar_section("پیروزی تیم ملی - بازارهای هدف - سایت ما", "پیروزی تیم ملی", lambda p: site(line_key(p)))
    'بازارهای هدف'
    >>> bar_section("سایت ما | پیروزی تیم ملی | خبرگزاری ما", "پیروزی تیم ملی", lambda p: site(line_key(p)))

    A part that is an agency's name alone is the story's source, no section (:func:`.agency.agency_name_alone`):

    >>> bar_section("پیروزی تیم ملی - خبرگزاری فارس - سایت ما", "پیروزی تیم ملی", lambda p: site(line_key(p)))
    """
    s = _bar_part(text, title, is_site)
    return None if s is None or agency_name_alone(s) else s


def _bar_part(text: str, title: str | None, is_site: Callable[[str], bool]) -> str | None:
    """The part of a title bar beside its headline and its site's name (:func:`bar_section`), whatever it names."""
    if not title or not text:
        return None
    at = text.find(title)
    if at < 0:
        return None
    rest = [p.strip() for side in (text[:at], text[at + len(title):]) for p in _FIELD.split(side) if p.strip()]
    if len(rest) != 2:
        return None
    left = [p for p in rest if not is_site(p)]
    if len(left) != 1:
        return None
    s = left[0]
    if len(s.split()) > BAR_SECTION_WORDS or any(c.isdigit() for c in s) or line_key(s) in HOME_KEYS:
        return None
    return s


def bar_site(text: str, title: str | None, is_site: Callable[[str], bool]) -> str | None:
    """The site's name of a title bar whose section :func:`bar_section` tells: its other part."""
    s = _bar_part(text, title, is_site)
    if s is None or not title:
        return None
    at = text.find(title)
    return next(p.strip() for side in (text[:at], text[at + len(title):]) for p in _FIELD.split(side)
                if p.strip() and p.strip() != s)


def listed_section(name: str | None, links: list[tuple[str, str]], *, url: str | None = None,
                   href: str | None = None, template=None) -> bool:
    """Whether the page itself vouches for ``name`` as a section: its menu lists it (``links``, the
    page's menu items), or its link ``href`` leads under a path segment the story's own ``url`` lies
    under too («/category/economy» for «/economy/1234»), the segment of the section's stories; or
    the run does: two sites of it show the name above their stories (``template``'s
    :meth:`~.template.PageTemplate.in_vocab`, the run's names of sections). A
    chip, a category list or an app's record that names anything else (a tag, a genre, an author,
    another story's category) is no section by itself: mechanisms that read one ask this first.

    >>> links = [("خانه", "/"), ("ورزشی", "/sport"), ("فرهنگی", "/culture")]
    >>> listed_section("ورزشی", links), listed_section("بورس", links)
    (True, False)
    >>> listed_section("بورس", links, url="https://x.ir/bourse/1234", href="/category/bourse")
    True
    """
    key = line_key(name or "")
    if not key or key in HOME_KEYS:
        return False
    if any(line_key(n) == key for n, _ in links) or (template is not None and template.in_vocab(name)):
        return True
    if not url or not href or href.startswith("#"):
        return False
    try:
        segs = {s for s in _segments(urlsplit(url).path)[:-1] if not _DIGIT.search(s)}
        last = _segments(urlsplit(href).path)[-1:]
    except ValueError:
        return False
    return bool(last) and last[0] in segs


#: a section's name that stands as a line of its own on this share of its site's pages or more is the
#: site's one listing when its menu does not list it (:func:`one_listing`)
ONE_LISTING_SHARE = 0.9
#: ... and the site's section slots hold it on this share of its pages or more: a line on every page
#: may be a menu's item the page's menu does not tell (a list no menu reader finds), which the
#: slots hold on its section's pages only, a listing's name on (nearly) all of them
ONE_LISTING_SLOT_SHARE = 0.6


def one_listing(name: str | None, menu: Iterable[str], template) -> bool:
    """Whether ``name``, the section a page's slots name, is its site's one listing rather than a
    section: the site's section slots (its trails, its labels) hold it on most of its pages
    (:data:`ONE_LISTING_SLOT_SHARE`, :meth:`.template.PageTemplate.section_slot_share`) and it
    stands as a line of its own, a heading, on (nearly) every page of the site the run saw
    (:data:`ONE_LISTING_SHARE`, :meth:`.template.PageTemplate.page_share`), whatever the story,
    or the slots hold it on (nearly) every page themselves, a line of its own or not (a trail
    «صفحه اصلی » اخبار و اطلاعیه‌ها» over every post of a conference's site, the name in no line
    alone), while the page's ``menu`` (its items' names) lists it nowhere, not even by its first words
    («رپورتاژ» for «رپورتاژ آگهی»: a menu names its sections short). A section files some of a
    site's stories apart from its others, and its menu lists it; a heading over every story that
    the menu does not list is the one place the site posts in, a forum's name over a course site's
    posts («صفحه اصلی / اخبار سایت / <headline>» over «اخبار سایت»), which tells nothing of the
    story. A site whose menu lists the name keeps it: it writes in one of its sections only, as
    far as the run saw."""
    if not name or template is None or not template.learned:
        return False
    slots = template.section_slot_share(name)
    if slots < ONE_LISTING_SLOT_SHARE or (slots < ONE_LISTING_SHARE and template.page_share(name) < ONE_LISTING_SHARE):
        return False
    words = name.split()
    opening = {line_key(" ".join(words[:j])) for j in range(1, len(words) + 1)}
    return not any(line_key(item) in opening for item in menu)
