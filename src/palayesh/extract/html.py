"""Structure of an HTML page: metadata from ``<meta>``/JSON-LD/the DOM, body from trafilatura.

Title, section, lead and date come from what CMSs publish for machines (``og:title``,
``article:section``, ``article:published_time``, JSON-LD ``NewsArticle``) and from generic DOM
roles (``<h1>``, breadcrumbs, ``<time datetime>``, elements whose class says lead/summary/section).
The main content is selected by trafilatura (resiliparse as an option, see
``bench/bench_extract.py``); its lines are then taken in the page's own characters
(:mod:`.pagetext`: extractors drop ZWNJ) and trimmed of chrome by the flat-text line kinds
without ever losing the story (:mod:`.htmlbody`). Parsing runs under a per-page time limit.

>>> a = extract_html('<html><head><meta property="og:title" content="عنوان خبر آزمایشی"></head><body>'
...                  '<h1>عنوان خبر آزمایشی</h1><article><p>به گزارش ایسنا، این یک متن آزمایشی است که '
...                  'برای نشان دادن کار استخراج متن نوشته شده است و چند کلمه دارد.</p>'
...                  '<p>منبع: ایسنا</p></article></body></html>')
>>> a.title, a.agency, len(a.paragraphs)
('عنوان خبر آزمایشی', 'ایسنا', 1)
"""
from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import re
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from ..textkeys import line_key
from .agency import (
    SHORT_CREDIT_CHARS,
    address_credit,
    agency_from_byline,
    agency_from_credit,
    agency_from_dateline,
    agency_from_slot,
    agency_from_url,
    agency_in_brackets,
    agency_mentioned,
    agency_of_story,
    credit_line,
    credit_sentence,
    credit_under_label,
    has_dateline,
    is_credit_line,
    named_after_from,
    site_named,
)
from .appstate import state_section
from .article import Article
from .brwrap import unwrap_breaks
from .credits import (
    BARE_CREDIT_LINES,
    BARE_CREDIT_SHORT,
    BRAND_SHARE,
    ICON_CAPTION,
    MAX_BRAND_WORDS,
    MAX_HEAD_CREDIT_WORDS,
    MAX_PLACE_WORDS,
    MIN_SLOT_VALUE_PAGES,
    SLOT_SHARE,
    bare_agency,
)
from .dates import (
    DateLine,
    agree,
    badge_date,
    date_alone,
    date_line,
    field_events,
    fold,
    in_shown_zone,
    machine_text,
    meta_field,
    mostly_date,
    other_events,
    parse_iso,
)
from .domtext import _clean, _text, forget, key_of, page_fact, page_texts, text_of
from .fieldbox import DIGIT_VALUE_SHARE, MIN_BOX_FIELDS, box_section, field_label, header_label, properties_section
from .htmlbody import FORM_FIELDS, LINK_BLOCK_SHARE, Dom, select_body, thread_only
from .jsonld import read_jsonld
from .letterhead import letterhead
from .lexicon import INNER_SENTENCE_END
from .lines import CHROME, END, PARA, classify, end_marker_shape
from .listing import card_texts, could_be_cards, mostly_cards, story_above_cards
from .mailview import mail_view
from .menusection import (
    SITE_PAGE_SHARE,
    active_item,
    bar_section,
    byline_section,
    class_section,
    emphasized_item,
    foot_trail,
    listed_section,
    machine_name,
    menu_links,
    menu_slugs,
    one_listing,
    row_section,
    section_from_url,
    slug_section,
    title_section,
    trail_under_headline,
)
from .options import ExtractOptions
from .pagebreaks import join_pages
from .pagedates import _ROLE_RANK, MIN_VISIT_PAGES, byline_row, foot_date, post_clock, signed_row
from .pagetext import XML_DECL, PageText, ink
from .prose import is_prose
from .rejoin import block_runs, join_lines
from .sections import (
    HOME_KEYS,
    ISSUE_NUMBER,
    MAX_SECTION_WORDS,
    acceptable,
    account_names,
    back_link_section,
    chip_value,
    crumb_parts,
    dated_label_word,
    declared_trail_parts,
    filed_sentence,
    fixed_line,
    headline_trail,
    is_label_line,
    is_menu_line,
    menu_home,
    on_every_page,
    page_index,
    print_page_label,
    qualified_label,
    row_label,
    section_from_crumb,
    section_from_label,
    section_from_split_label,
    section_from_trail_lines,
    spaced_menu_items,
    topics_item,
    worded_label,
)
from .slugnames import run_class_section
from .statebody import shown_prefix, shown_share, state_date, state_paragraphs
from .tables import join_rows
from .tags import tag_list_line, tag_shaped
from .template import (
    MAX_SLOT_LINE_WORDS,
    MENU_COLUMN,
    SITE_NAME_MAX_CHARS,
    SITE_SHARE,
    TITLE_BAR,
    badge_label,
    column_run,
    families,
    title_agency,
    title_label_section,
)
from .text import (
    BACK_LINK_REACH,
    BAR_SITE_SHARE,
    BOX_HEAD_SHARE,
    BOX_HEAD_WORDS,
    BOX_ITEM_WORDS,
    BOX_LINE_SHARE,
    BOX_MIN_HEADLINES,
    BOX_VALUE_SHARE,
    FOOT_LINES,
    LEAD_LABELLED_MAX_CHARS,
    MENU_ITEM_WORDS,
    _bar_site,
    _foot_field_section,
    cites_own_title,
    cut_site_end,
    extract_text,
    files_in_section,
    headline_like,
    lone_label,
    opens_with_slot_label,
    quote_intros,
    shown_part,
    slot_label,
)

log = logging.getLogger(__name__)
_DIGIT = re.compile(r"\d")

_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:lead|summary|subtitle|sub-title|abstract|intro|teaser|excerpt|description)"
                         r"(?:$|[\s_-])", re.I)
_SECTION_CLASS = re.compile(r"(?:^|[\s_-])(?:service|section|category|cat|kicker-section|news-cat)(?:$|[\s_-])", re.I)
_SURTITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:rutitr|rootitr|surtitle|uptitle|pretitle|overtitle|kicker|supertitle"
                             r"|upper-title)(?:$|[\s_-])", re.I)
#: elements a lead is written in, when its class names it one (a summary set as a quote or in bold
#: under the headline too: «<blockquote class="x-lead">», «<strong class="lead">»)
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "span", "blockquote", "strong", "b", "em"})
#: a <title> that names a file: an editor's «Microsoft Word - name.docx», a document's file name
_FILE_NAME = re.compile(r"^\s*Microsoft\s+(?:Word|Excel|PowerPoint)\s+-\s|\.(?:docx?|odt|rtf|pdf|pptx?|xlsx?)\s*$",
                        re.I)
_TITLE_SUFFIX = re.compile(r"\s*[|\-–—»:]\s*[^|\-–—»:]{1,40}$")


#: a series' or a kicker's label before a headline, «گزارش| …», is this many words at most
SERIES_LABEL_WORDS = 3
#: the mark that ends such a label
_LABEL_END = re.compile(r"[|:»]\s*$")


def _past_series_label(shown: str, og: str, h1=None) -> str:
    """The headline of an <h1> ``shown`` that is the page's og:title ``og`` behind a label: a short
    one its mark ends («گزارش| …», «فیلم: …»), or a kicker in an element of its own inside the
    <h1> ``h1`` («<h1><span>گزارش از تهران</span> …</h1>»): ``og``; else ``shown``.

    >>> _past_series_label("گزارش| نشست شورای شهر برگزار شد", "نشست شورای شهر برگزار شد")
    'نشست شورای شهر برگزار شد'
    >>> _past_series_label("نشست شورای شهر برگزار شد", "فیلم | نشست شورای شهر برگزار شد")
    'نشست شورای شهر برگزار شد'
    """
    if not shown.endswith(og) or len(og) >= len(shown):
        return shown
    label = shown[:len(shown) - len(og)].strip()
    if _LABEL_END.search(label) and 0 < len(label[:-1].split()) <= SERIES_LABEL_WORDS:
        return og
    if h1 is not None and any(_text(el) == label for el in h1.iterdescendants() if isinstance(el.tag, str)):
        return og
    return shown


class PageTimeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`PageTimeout` after ``seconds`` (SIGALRM; only in the main thread, on Unix)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def _alarm(signum, frame):
        raise PageTimeout(f"HTML parsing took more than {seconds}s")

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


#: inline elements a site sets its section's name in, as a chip opening the lead
_LEAD_CHIP_TAGS = frozenset({"span", "a", "strong", "b", "em", "small", "mark", "label"})


def _without_section_chip(el, section: str | None) -> str | None:
    """The text of a lead's element without the chip that opens it with the page's section («<p><span
    style="background:…">ورزش</span> سرمربی تیم …</p>»): an inline element of its own, first in the
    element with nothing before it, saying the section the page names elsewhere, then the summary.
    The chip labels the page; the summary is what follows. A chip followed by a dash or colon is a
    dateline («<b>تهران</b> - …», which the lead keeps) and stays.

    >>> from lxml import html as lh
    >>> _without_section_chip(lh.fromstring('<p><span>ورزش</span> تیم ملی امروز تمرین کرد.</p>'), "ورزش")
    'تیم ملی امروز تمرین کرد.'
    """
    t = _text(el)
    if not (t and section) or (el.text or "").strip():
        return t
    first = next((c for c in el if isinstance(c.tag, str)), None)
    chip = _text(first) if first is not None and first.tag in _LEAD_CHIP_TAGS else None
    if not chip or line_key(chip) != line_key(section) or not t.startswith(chip):
        return t
    rest = t[len(chip):].strip()
    return rest if rest[:1].isalpha() else t


#: the elements a story's head sets its headline in
_HEADING_TAGS = ("h1", "h2", "h3")


def _holds_head(el) -> bool:
    """Whether an element a summary's class names holds a headline (an ``<h1>``–``<h3>`` inside it) or
    more than one paragraph: the block of the story's head or of its text (a CMS's «field-type-text-with-
    summary», the field that may carry a summary), not the summary, which is a sentence or two of its
    own under the headline.

    >>> from lxml import html as lh
    >>> _holds_head(lh.fromstring('<div class="with-summary"><h2>سد پر شد</h2><p>آب سد امروز بالا آمد.</p></div>'))
    True
    >>> _holds_head(lh.fromstring('<div class="lead"><p>آب سد امروز بالا آمد و مردم شاد شدند.</p></div>'))
    False
    """
    return any(True for _ in el.iterdescendants(*_HEADING_TAGS)) \
        or sum(1 for _ in el.iterdescendants("p")) > 1 or _paragraphs_of(el) > 1


#: the words a block child holds to count as one of a box's paragraphs (:func:`_paragraphs_of`),
#: more than a box's own caption («خلاصه خبر») or a byline has
MIN_PARAGRAPH_WORDS = 6

#: a blank line between two texts: a paragraph break in pre-wrapped text (a video's or an item's
#: description keeps its paragraphs apart so, in one element)
_BLANK_LINE = re.compile(r"\S[^\S\n]*\n[^\S\n]*\n\s*\S")


def _paragraphs_of(el) -> int:
    """How many paragraphs an element shows, however it sets them apart: block children of
    paragraph length («<div>…</div><div>…</div>»), two ``<br>`` in a row, or a blank line in text
    the page shows pre-wrapped. A summary is one paragraph; a box of several is the story.

    >>> from lxml import html as lh
    >>> _paragraphs_of(lh.fromstring('<div id="d"><div>آب سد امروز بالا آمد و مردم شاد شدند.</div>'
    ...                              '<div>کشاورزان گفتند امسال برداشت بهتری خواهند داشت.</div></div>'))
    2
    >>> _paragraphs_of(lh.fromstring('<span>آب سد امروز بالا آمد.\\n\\nکشاورزان شاد شدند.</span>'))
    2
    >>> _paragraphs_of(lh.fromstring('<div class="lead"><span>خلاصه خبر</span> آب سد امروز بالا آمد.</div>'))
    1
    """
    blocks = sum(1 for c in el if c.tag in ("div", "p", "blockquote", "section")
                 and len((text_of(c) or "").split()) >= MIN_PARAGRAPH_WORDS)
    breaks = sum(1 for b in el.iterdescendants("br")
                 if not (b.tail or "").strip() and (n := b.getnext()) is not None and n.tag == "br")
    blanks = len(_BLANK_LINE.findall(text_of(el) or ""))
    return max(blocks, breaks + 1 if breaks else 1, blanks + 1 if blanks else 1)


#: the elements a box sets its own caption in, over what it holds («<h4>خلاصه خبر</h4>»; a box
#: holding an <h1>–<h3> holds a headline: :func:`_holds_head`)
_CAPTION_TAGS = frozenset({"h4", "h5", "h6", "strong", "b", "span", "label", "div", "header"})
#: a box's caption is a word or three
CAPTION_WORDS = 3
#: the blocks that hold a caption over their text
_BOX_TAGS = frozenset({"div", "section", "aside", "blockquote"})


def _box_caption(el) -> str | None:
    """The caption a lead's box opens with, an element of its own first in the box with nothing
    before it, a word or three without a sentence's end, over the summary in elements after it
    («<div class="summary"><h4>خلاصه خبر</h4><p>…</p></div>», a portal's «summary» box): the box's
    name, no word of the summary, which the page shows as its own line. None for any other box.

    >>> from lxml import html as lh
    >>> _box_caption(lh.fromstring('<div class="lead"><h4>چکیده</h4><p>آب سد امروز بالا آمد.</p></div>'))
    'چکیده'
    >>> _box_caption(lh.fromstring('<p class="lead"><b>تهران</b><span>آب سد امروز بالا آمد.</span></p>')) is None
    True
    """
    if el.tag not in _BOX_TAGS or (el.text or "").strip():
        return None  # (a paragraph opening with a bold word: a dateline, «<p><b>تهران</b> - …</p>»)
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) < 2 or kids[0].tag not in _CAPTION_TAGS or (kids[0].tail or "").strip() \
            or kids[1].tag not in ("p", "div"):
        return None
    cap = _text(kids[0])
    if not cap or len(cap.split()) > CAPTION_WORDS or cap[-1] in ".!?؟…" or _DIGIT.search(cap):
        return None
    return cap if _text(kids[1]) else None


def _without_caption(el, text: str | None) -> str | None:
    """``text``, a lead box's, without the caption it opens with (:func:`_box_caption`)."""
    cap = _box_caption(el) if text else None
    if not cap or not text or not text.startswith(cap):
        return text
    return text[len(cap):].strip() or text


def _classes(el) -> str:
    return (el.get("class") or "") + " " + (el.get("id") or "")


def _described(el) -> bool:
    """Whether an element is the story's summary by its microdata (``itemprop="description"``), as a
    schema.org ``Article`` marks it whatever the class says («<p class="k7" itemprop="description">»),
    and no teaser of a list's card or link («<li>», «<a>» around it: another story's)."""
    return (el.get("itemprop") or "").strip().lower() == "description" \
        and not any(a.tag in ("li", "a") for a in el.iterancestors())


def _dom_crumb(tree, root, title: str | None, template=None,
               homes: set[str] | frozenset[str] = frozenset(), labelled=None) -> str | None:
    """The section of a breadcrumb trail in the page: an element whose class, id, aria-label or
    microdata says breadcrumb (anywhere: trails often sit above the article), or a short list
    inside the article that starts at the home page, whatever its class.

    A trail inside the article element is the story's and is read first: a page may show two, the
    site's own in its header («خانه » پرتال») and the story's in the article («خانه » فرهنگی»).
    ``homes``: the keys of the first items of the page's menus (:func:`.menusection.menu_links`);
    ``labelled``: a callable giving the section a label on the page names (:func:`_past_fixed_crumb`)."""
    if root.tag in ("article", "main"):
        got = _crumb_in(root.iter(), root, title, template, homes, labelled)
        if got:
            return got
    return _crumb_in(tree.iter(), root, title, template, homes, labelled)


#: a trail's last item the site's trails end with on this share of its pages or more is the site's
#: kind of page, not the story's section (:meth:`.template.PageTemplate.section_slot_share`)
FIXED_CRUMB_SHARE = 0.9


def _past_fixed_crumb(items: list[str], title: str | None, template,
                      homes: set[str] | frozenset[str] = frozenset(), labelled=None) -> str | None:
    """The section of a trail (:func:`.sections.section_from_crumb`), past a last item the run shows
    ending the site's trails on (nearly) every page (:data:`FIXED_CRUMB_SHARE`): «خانه › لیگ برتر ›
    مرکز مسابقات» on a site whose every story is a match centre's names the league, the item before
    it, which varies from story to story. A trail with no such item before it keeps its last; nor
    is the trail's first item one, when the page's menu opens with it (one of ``homes``): the
    site's home, whatever the site calls it («پیشخوان › اخبار و اطلاعیه‌ها» over every post). A
    trail of home and that item alone («خانه » پست‌ها» over every post of a blog: its content's
    folder) gives way to the category a label on the page names (``labelled()``: «دسته‌ها: سفرنامه»,
    which the site files its posts by), when there is one."""
    got = section_from_crumb(items, title=title)
    if got is None or template is None or not template.learned \
            or template.section_slot_share(got) < FIXED_CRUMB_SHARE:
        return got
    at = max(i for i, x in enumerate(items) if x == got)
    above = items[1:at] if at and line_key(items[0]) in homes else items[:at]
    before = section_from_crumb(above, title=title)
    if before is None and labelled is not None and (filed := labelled()) and line_key(filed) != line_key(got):
        return filed
    return before or got


def _crumb_in(els, root, title: str | None, template=None,
              homes: set[str] | frozenset[str] = frozenset(), labelled=None) -> str | None:
    """The section of the first breadcrumb trail among ``els`` (:func:`_dom_crumb`)."""
    for el in els:
        if not isinstance(el.tag, str) or el.tag in ("h1", "p", "script", "style"):
            continue
        c = _classes(el) + " " + (el.get("aria-label") or "") + " " + (el.get("itemtype") or "") \
            + " " + (el.get("typeof") or "")  # (RDFa: «typeof="BreadcrumbList"»)
        crumb = "breadcrumb" in c.lower() or (el.tag in ("ul", "ol", "nav", "div") and _CRUMB_CLASS.search(c))
        if not crumb and el.tag in ("ul", "ol") and 2 <= len(el) <= TRAIL_MAX_ITEMS and root in el.iterancestors() \
                and not _declared_menu(el):
            # a list in the article that starts at the home page (its label, or a link to the
            # site's root), of three items at most or ending with the headline: a trail
            first, last = _text(el[0]), _text(el[-1])
            crumb = first is not None and (line_key(first) in HOME_KEYS or _links_home(el[0])) and (
                len(el) <= 3 or (last is not None and line_key(last) == line_key(title or "")))
        if crumb:
            items = [x for x in (_text(li) for li in _xpath(el, ".//li") or _xpath(el, ".//a|.//span")) if x]
            if len(items) <= 1:  # items as blocks of their own («<div>X</div><div>Y</div>»)
                kids = [x for x in (_text(k) for k in el if isinstance(k.tag, str)) if x]
                items = kids if len(kids) >= 2 else items
            if len(items) <= 1:  # a trail written as text: «خانه » ورزش » فوتبال», or one item
                text = _text(el) or ""
                items = _trail_to_headline(text, title) or crumb_parts(text) or declared_trail_parts(text) or items \
                    or ([text] if 0 < len(text.split()) <= 5 else [])
            got = _past_fixed_crumb(items, title, template, homes, labelled) if items else None
            if got:
                return got
    return None


def _trail_to_headline(text: str, title: str | None) -> list[str] | None:
    """The items of a breadcrumb's text that ends with the page's headline, cut at the headline
    (:func:`.sections.headline_trail`) when the headline holds a mark the trail parts its items
    with («… » حقوقی » مشیری: همه توانم را …», a quote's «»»): split at every mark, the trail's last
    item would be a piece of the headline, its section the headline's first words. None when the
    marks cut the trail right (its last item is the headline, or the text does not end with it).

    >>> _trail_to_headline("خانه » حقوقی » «سفید برفی» اجرا شد", "«سفید برفی» اجرا شد")
    ['خانه', 'حقوقی', '«سفید برفی» اجرا شد']
    >>> _trail_to_headline("خانه » حقوقی » نشست شورا برگزار شد", "نشست شورا برگزار شد") is None
    True
    """
    parts = crumb_parts(text)
    if not title or (parts and line_key(parts[-1]) == line_key(title)):
        return None
    return headline_trail(text, title)


#: a trail in a list has at most this many items (home, two levels, the section, the headline)
TRAIL_MAX_ITEMS = 5
#: class words and ARIA roles of a list the page declares a menu (a header's dropdown: «<ul
#: class="dropdown-menu" role="menu">»), which lists places to go, not the story's trail
_MENU_CLASS = re.compile(r"(?:^|[\s_-])(?:menu|dropdown|nav|navbar|navigation)(?:$|[\s_-])", re.I)
_MENU_ROLES = frozenset(("menu", "menubar", "navigation"))


def _declared_menu(el) -> bool:
    """Whether the page declares the list ``el`` a menu: by its ARIA role or its class words.

    >>> import lxml.html
    >>> [_declared_menu(lxml.html.fromstring(u)) for u in ('<ul class="dropdown-menu"><li>x</li></ul>',
    ...  '<ul role="menu"><li>x</li></ul>', '<ul class="path"><li>x</li></ul>', '<ul><li>x</li></ul>')]
    [True, True, False, False]
    """
    return (el.get("role") or "").lower() in _MENU_ROLES or bool(_MENU_CLASS.search(_classes(el)))


def _links_home(el) -> bool:
    """Whether ``el``'s first link goes to the site's home page (``href="/"``, «/index.php», a URL
    without a path): a site's name and a trail's first item lead home, a story's headline to itself.

    >>> import lxml.html
    >>> [_links_home(lxml.html.fromstring(f'<li><a href="{h}">سایت</a></li>'))
    ...  for h in ("https://x.ir/", "/index.php", "/news/12", "#top", "/?page=2")]
    [True, True, False, False, False]
    """
    a = next(el.iter("a"), None)
    href = (a.get("href") or "").strip() if a is not None else ""
    if not href or href.startswith("#"):
        return False
    parts = urlsplit(href)
    return parts.scheme in ("", "http", "https") and bool(parts.netloc or parts.path) and not parts.query \
        and bool(_HOME_PATH.match(parts.path))


#: the path of a site's home page: none, «/», «/index.php»
_HOME_PATH = re.compile(r"^/?(?:index\.\w{2,5})?$", re.I)


#: the marks a trail sets between its items; a bar or a dash parts a menu's items as well
_TRAIL_MARKS = frozenset("›»>/←‹«→\\")


def _separator_items(el) -> bool:
    """Whether ``el`` is a list whose separators are items of their own, a trail
    («<ol><li><a href="/">خانه</a></li><li>›</li><li><a>ورزش</a></li></ol>»): items of a few words
    and one trail mark (:data:`_TRAIL_MARKS`, the same throughout) alternate, two to
    :data:`TRAIL_MAX_ITEMS` of them, the first leading home (its label or a link to the site's
    root). A menu parted by bars, a pager of numbers and arrows, a list of links is none.

    >>> import lxml.html
    >>> _separator_items(lxml.html.fromstring('<ol><li><a href="/">خانه</a></li><li>›</li><li>ورزش</li></ol>'))
    True
    >>> _separator_items(lxml.html.fromstring('<ul><li>خانه</li><li>|</li><li>ورزش</li><li>|</li><li>فرهنگ</li></ul>'))
    False
    """
    if el.tag not in ("ul", "ol"):
        return False
    kids = [k for k in el if isinstance(k.tag, str)]
    if not 3 <= len(kids) <= 2 * TRAIL_MAX_ITEMS or any(k.tag != "li" for k in kids):
        return False
    texts = [_text(k) or "" for k in kids]
    items, marks = texts[::2], texts[1::2]
    if len(set(marks)) != 1 or len(marks[0]) != 1 or marks[0] not in _TRAIL_MARKS:
        return False
    if not all(1 <= len(t.split()) <= 4 and not _DIGIT.search(t) for t in items[:-1]) or not items[-1]:
        return False  # (the last item may be the headline)
    return line_key(items[0]) in HOME_KEYS or _links_home(kids[0])


def _blocks_before(tree, h1, owners: list | None = None) -> list[str]:
    """The texts of the innermost blocks standing before the headline ``h1`` in the document
    (its own ancestors left out: they hold the headline); ``owners``, when given, gets the
    element of each."""
    out: list[str] = []
    if h1 is None:
        return out
    ancestors = set(h1.iterancestors())
    headline = _text(h1)  # (a trail may end with it: «<a>ابتدا</a> <span>/</span> … <a>headline…</a>»)
    homes: set[str] = set()
    for el in tree.iter():
        if el is h1:
            break
        if not isinstance(el.tag, str) or el in ancestors or el.tag in ("script", "style", "head", "title") \
                or el.tag not in _BLOCKS:
            continue
        inner = [c.tag for c in el if isinstance(c.tag, str) and c.tag in _BLOCKS]
        if inner:
            # a trail whose items are links and spans («<a>خانه</a> › <a>ورزش</a> › <span>…</span>»),
            # or a list whose separators are items of their own (:func:`_separator_items`), is one
            # block to read, though its spans and items are blocks of their own too
            text = _text(el) if all(t == "span" for t in inner) or _separator_items(el) else None
            if text and len(text) <= 300 and (crumb_parts(text, homes=homes) or headline_trail(text, headline)
                                              or print_page_label(text, bare=True)):
                # (or a print edition's page label of two spans, «<span>صفحه ۵</span> <span>اقتصادی</span>»)
                out.append(text)
                if owners is not None:
                    owners.append(el)
            continue
        text = _text(el)
        if text:
            out.append(text)
            if owners is not None:
                owners.append(el)
            home = menu_home(text)  # (a menu's first item: its trails start there too)
            if home:
                homes.add(home)
    return out


def _in_page_list(el) -> bool:
    """Whether ``el`` is an item of a list of an issue's pages, «صفحه ۲ - سیاسی» among others so: a
    ``<select>``'s option, or the item of a list with another page label among its items (a print
    edition's page shows its issue's pages so; its own page's label stands apart).

    >>> from lxml import html as lh
    >>> t = lh.fromstring('<ol><li><a>صفحه ۱: سیاسی</a></li><li><a>صفحه ۲: اقتصادی</a></li></ol>')
    >>> _in_page_list(t.find(".//a")), _in_page_list(lh.fromstring('<div><span>صفحه ۲: اقتصادی</span></div>'))
    (True, False)
    """
    if el.tag == "option" or next(el.iterancestors("option", "select"), None) is not None:
        return True
    li = el if el.tag == "li" else next(el.iterancestors("li"), None)
    if li is None or li.getparent() is None:
        return False
    return any(x is not li and print_page_label(_text(x) or "") for x in li.getparent())


_BLOCKS = frozenset(("div", "p", "nav", "li", "span", "section", "header", "ul", "ol", "td"))


def _section_element(root, links=(), url: str | None = None, template=None) -> str | None:
    """The text of an element in the article whose class names the section («service», «cat»…), or
    whose microdata does (``itemprop="articleSection"``); of an element listing the story's
    categories side by side, the first (:func:`_first_category`). An element the page marks as a
    story of its own (:data:`_ENTRY_CLASS`: a related story's card, «<li class="post type-post
    category-sport">») is none: its category class files that story, not this one."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("h1", "p") or el is root or _ENTRY_CLASS.search(_classes(el)):
            continue
        if (_SECTION_CLASS.search(_classes(el)) or (el.get("itemprop") or "").lower() == "articlesection") \
                and not _other_storys_badge(el):
            # (a label's block and its value's, side by side in the element, «<div>دسته‌بندی</div><div>
            # <a>اقتصاد</a></div>»: the value, not the two glued into one word)
            blocks = [t for c in el if isinstance(c.tag, str) and c.tag in _BLOCKS and (t := _text(c))]
            split = section_from_split_label(blocks, bare=True) if len(blocks) == 2 else None
            if split:
                return split
            text = _text(el)
            if text:
                parts = crumb_parts(text)
                text = section_from_label(text) or (section_from_crumb(parts) if parts else None) \
                    or _first_category(el, links, url, template) or text
            if text and len(text.split()) <= 6:
                return text
    return None


#: the rows of a list of stories: a related story's category badge sits in one beside its headline's link
_ROW_TAGS = frozenset(("li", "td", "tr"))
#: ... found this many levels up from the badge at most
_ROW_DEPTH = 3
#: a link of this many words is a story's headline, or of this many characters (words glued by ZWNJ:
#: «ونگر:‌خیلی‌خوب‌به‌شکست‌ها‌واکنش‌نشان‌دادیم»)
_HEADLINE_LINK_WORDS, _HEADLINE_LINK_CHARS = 4, 24


def _other_storys_badge(el) -> bool:
    """Whether a section-classed element is another story's category badge: it sits in a list's or a
    table's row (:data:`_ROW_TAGS`, a few levels up) that holds a link of a headline's length outside
    the badge, a related or suggested story's («<td><a>افتتاح ۱۲۲ پروژه در سرباز</a> <span
    class="category-name">قوانین و تعرفه</span></td>», a forum's «Suggested Topics»). It files that
    story, not the page's.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<table><tr><td><a href="/t/1">افتتاح و بهره‌برداری از پروژه‌ها</a> '
    ...                          '<span class="category-name">قوانین</span></td></tr></table>')
    >>> _other_storys_badge(t.find(".//span")), _other_storys_badge(lxml.html.fromstring(
    ...     '<ul><li><span class="category"><a href="/c/1">ورزش</a></span></li></ul>').find(".//span"))
    (True, False)
    """
    row = el
    for _ in range(_ROW_DEPTH):
        row = row.getparent()
        if row is None:
            return False
        if row.tag in _ROW_TAGS:
            break
    else:
        return False
    beside = [a for a in row.iter("a") if not any(x is el for x in a.iterancestors())]  # (not inside the badge)
    if any(len(t.split()) >= _HEADLINE_LINK_WORDS or len(t) >= _HEADLINE_LINK_CHARS
           for t in (_text(a) or "" for a in beside)):
        return True
    # (a shorter headline's link: the badge's class again in another row of the same list or table,
    # beside a link too, «<tr><td><a>پیش بازی ژاپن-امارات</a> <span class="category-name">…»)
    line = row if row.tag != "td" else row.getparent()
    if not beside or line is None or line.getparent() is None:
        return False
    cls = _classes(el)
    return any(other is not line and other.tag == line.tag and any(_classes(x) == cls for x in other.iter(el.tag))
               and any(True for _ in other.iter("a")) for other in line.getparent())


#: class words of an element that holds a story (hAtom's ``hentry``, WordPress's ``type-<post type>``)
_ENTRY_CLASS = re.compile(r"(?:^|\s)(?:hentry|type-post)(?:$|\s)", re.I)
#: what may stand between the links of a list of categories («<a>اقتصادی</a>، <a>بورس</a>»)
_LIST_MARKS = re.compile(r"[\s،,|/•·\-–—]*")
#: a list of categories has this many links at most, each of this many words at most
_MAX_CATEGORY_LINKS = 4
_CATEGORY_WORDS = 3


def _first_category(el, links, url: str | None, template) -> str | None:
    """The first of the links an element lists side by side as the story's categories
    («<span class="cat-links"><a>اقتصادی</a>، <a>بورس</a></span>»: WordPress), when the element
    holds those links and their separators only, two to four short names, and the first is vouched
    for as a section: it links as ``rel="category"``, the page's menu lists it, its link leads under
    the path the story's URL lies under, or the run knows it (:func:`.menusection.listed_section`).
    A list of tags, of related stories, of authors, of share buttons is none of these."""
    anchors = list(el.iter("a"))
    names = [_text(a) or "" for a in anchors]
    if not 2 <= len(names) <= _MAX_CATEGORY_LINKS \
            or not all(1 <= len(n.split()) <= _CATEGORY_WORDS and not _DIGIT.search(n) for n in names):
        return None
    rest = text_of(el)
    for a in anchors:
        rest = rest.replace(text_of(a), " ", 1)
    if not _LIST_MARKS.fullmatch(rest):
        return None  # (a label, a date or prose beside the links: no list of categories)
    first = anchors[0]
    rel = (first.get("rel") or "").lower().split()
    return names[0] if _CATEGORY_REL in rel or listed_section(names[0], links, url=url, href=first.get("href"),
                                                               template=template) else None


#: header rows (dates) that may stand between a section's kicker and the headline
KICKER_DATE_ROWS = 2


def _kicker_at(before: list[str], owners: list) -> int | None:
    """The index in ``before`` (the blocks above the headline, ``owners`` their elements) of the
    block that may be the story's kicker: the last one, past the date rows under it («<div>ورزش</div>
    <time>…</time><h1>»); None when it is an item of a menu (a list of four links or more, a
    ``<nav>``: the site's menu ends right above the headline) or an element whose class says it is
    the surtitle.

    >>> import lxml.html
    >>> t = lxml.html.fromstring("<div><div>ورزش</div><span>۱۲ مهر ۱۴۰۱</span><h1>خبر</h1></div>")
    >>> owners = []
    >>> b = _blocks_before(t, t.find("h1"), owners)
    >>> b[_kicker_at(b, owners)]
    'ورزش'
    """
    k = len(before) - 1
    while k >= 0 and len(before) - 1 - k < KICKER_DATE_ROWS and date_line(before[k]) is not None:
        k -= 1
    if k < 0 or date_line(before[k]) is not None:
        return None
    el = owners[k] if k < len(owners) else None
    if el is not None and any(_SURTITLE_CLASS.search(_classes(a)) for a in (el, el.getparent()) if a is not None):
        return None  # the page's surtitle («<div class="uptitle">قم</div>»): written for the story
    return None if _in_menu(el) else k


def _over_kicker(before: list[str], owners: list, template, menu: Iterable[str] = ()) -> str | None:
    """The section a site sets over the story's kicker, both above the headline («<div><a href="/s/4">
    جامعه</a></div><div class="rutitr">گزارش ویژه</div><h1>…»): the block right above the kicker's
    (the last block past the date rows, :func:`_kicker_at`, whatever its class), when the kicker is no
    label the run knows on its site (a kicker is written for its story) and the block above it is
    one (:func:`learned_section`: the site shows it over other stories, not over every one), a link
    of its own (to the section's page), no item of a menu, and no kicker the run knows: not one the
    site's pages show right above their headlines where they set kickers
    (:meth:`.template.PageTemplate.html_kicker`), nor over stories of several sections
    (:meth:`.template.PageTemplate.kicker_across`): a genre («گزارش ویژه») the site repeats over a few
    stories reads as a label, over the story's own kicker too."""
    if template is None or not template.learned:
        return None
    k = len(before) - 1
    while k >= 0 and len(before) - 1 - k < KICKER_DATE_ROWS and date_line(before[k]) is not None:
        k -= 1
    if k < 1 or k >= len(owners) or date_line(before[k]) is not None or _in_menu(owners[k]):
        return None
    if learned_section(before[k], template) is not None:
        return None  # (the kicker's slot holds a label the site repeats: that one is read there)
    # (a genre in the kicker's slot: a label the site repeats over stories of several sections,
    # «گزارش», «تحلیل», which names no section; the line over it is then the section's, linked or not:
    # a calibre news book's feed title over its «rutitr»)
    genre = False
    if template.known_label(before[k]):
        genre = template.kicker_across(before[k], menu) or template.run_genre(before[k])
        if not genre:
            return None
    el, upper = owners[k - 1], before[k - 1]
    if _in_menu(el) or _link_row_item(el) or date_line(upper) is not None:
        return None
    links = [a for a in el.iter("a") if (a.get("href") or "").strip() and not a.get("href").startswith("#")]
    if not genre and (len(links) != 1 or line_key(_text(links[0]) or "") != line_key(upper)):
        return None  # (a section's label links to its page; a kicker stands as text)
    if template.html_kicker(upper) or template.kicker_across(upper, menu):
        return None
    return learned_section(upper, template, menu=menu)


def _labelled_kicker_at(before: list[str], owners: list, template, menu: Iterable[str] = ()) -> int | None:
    """The index in ``before`` of the block right above the headline whose class calls it the
    surtitle (:data:`_SURTITLE_CLASS`, «<div class="kicker">آموزش</div>»), when the run shows the same
    short label over the site's own other stories (:meth:`.template.PageTemplate.known_label`) and
    not over every one (:func:`learned_section`): a surtitle is written for its story, a label a site
    files several stories under is their section whatever the theme calls its element (a web story's
    cover kicker). None without a template that knows the site; none for a kicker the site sets over
    stories of several of the sections ``menu`` lists (:func:`learned_section`)."""
    if not before or template is None or not template.learned:
        return None
    k = len(before) - 1
    el = owners[k] if k < len(owners) else None
    if el is None or not any(_SURTITLE_CLASS.search(_classes(a)) for a in (el, el.getparent()) if a is not None) \
            or _in_menu(el) or date_line(before[k]) is not None:
        return None
    # (the site's own pages, not the run's vocabulary: a place a surtitle names, «قم», is over other
    # sites' stories too)
    return k if template.known_label(before[k]) and learned_section(before[k], template, menu=menu) else None


#: a ``<header>`` with this many links or more holds the site's menu: not a printable page's banner
MENU_LINKS = 4


def _in_banner(el, h1) -> bool:
    """Whether ``el`` stands in a banner: a ``<header>`` that does not hold the headline ``h1`` nor a
    menu (:data:`MENU_LINKS`), the site's name and its controls over a printable page («<name>» /
    «نسخه قابل چاپ», in whatever words), the site's on every such page, no kicker of the story,
    which stands by its headline (a theme's ``<header class="entry-header">`` holds the headline and
    its kicker both; under the menu of a header the story's section may stand).

    >>> import lxml.html
    >>> t = lxml.html.fromstring("<div><header><div>نام سایت</div><div>نسخه چاپی</div></header>"
    ...                          "<div><div>ورزش</div><h1>خبر</h1></div></div>")
    >>> [_in_banner(e, t.find(".//h1")) for e in t.iter("div") if not len(e)]
    [True, True, False]
    >>> menu = "".join(f"<a href='/{k}'>{m}</a>" for k, m in enumerate(["خانه", "ورزش", "اقتصاد", "فرهنگ"]))
    >>> t = lxml.html.fromstring(f"<div><header><div>{menu}</div><div>ورزش</div></header><h1>خبر</h1></div>")
    >>> _in_banner(t.find(".//header/div[2]"), t.find(".//h1"))
    False
    """
    if el is None or h1 is None:
        return False
    held = set(h1.iterancestors())
    banner = next((a for a in (el, *el.iterancestors()) if a.tag == "header" and a not in held), None)
    return banner is not None and len(banner.findall(".//a")) < MENU_LINKS


def _lists_item(block: str, text: str) -> bool:
    """Whether ``block`` is a menu line (:func:`.sections.spaced_menu_items`: four items or more
    between bars, bullets, dashes or runs of spaces) that lists ``text`` as an item: a menu of
    plain links in a ``<div>`` («خانه | فرهنگی | سیاسی | استانی»), not a ``<nav>`` or a list.

    >>> _lists_item("خانه | فرهنگی | سیاسی | استانی", "سیاسی"), _lists_item("سیاسی", "سیاسی")
    (True, False)
    """
    key = line_key(text)
    return bool(key) and any(line_key(p) == key for p in spaced_menu_items(block) or ())


#: a row of this many blocks or more, each one short link, is a menu, whatever its tags (:func:`_link_row_item`)
MIN_LINK_ROW = 4


def _link_row_item(el) -> bool:
    """Whether ``el`` (or the block it is the link of) is one of a row of ``MIN_LINK_ROW`` sibling
    blocks or more that each hold one short link and nothing else: a menu set in ``<div>``s rather
    than a list, as the site's top bar «<div><a>Texts</a></div><div><a>Video</a></div>…»; its last
    item right above the headline is no kicker.

    >>> from lxml import html as lh
    >>> bar = lh.fromstring('<div><div><a>خانه</a></div><div><a>ورزش</a></div><div><a>فرهنگ</a></div>'
    ...                     '<div><a>اقتصاد</a></div></div>')
    >>> _link_row_item(bar[3]), _link_row_item(bar[3][0])
    (True, True)
    >>> _link_row_item(lh.fromstring('<div><div><a>ورزش</a></div><div>تیم ملی امروز تمرین کرد.</div></div>')[0])
    False
    """
    block = el.getparent() if el.tag == "a" and el.getparent() is not None and len(el.getparent()) == 1 else el
    row = block.getparent()
    if row is None:
        return False
    kids = [c for c in row if isinstance(c.tag, str)]
    return len(kids) >= MIN_LINK_ROW and all(_lone_short_link(c) for c in kids)


def _lone_short_link(el) -> bool:
    """Whether a block is one link of a menu item's words (:data:`.text.MENU_ITEM_WORDS`) or fewer
    and holds nothing else."""
    a = el if el.tag == "a" else (el[0] if len(el) == 1 and el[0].tag == "a" else None)
    if a is None or (el is not a and ((el.text or "").strip() or (a.tail or "").strip())):
        return False
    text = _text(a)
    return bool(text and len(text.split()) <= MENU_ITEM_WORDS)


def _in_menu(el) -> bool:
    """Whether ``el`` is in a menu (:func:`_is_menu`), or is one."""
    return el is not None and any(_is_menu(a) for a in (el, *el.iterancestors()))


#: ``rel`` words of a link to the story's category (WordPress: «<a rel="category tag">»)
_CATEGORY_REL = "category"


def _category_link(tree, root) -> str | None:
    """The section a page links to as the story's category (``rel="category"``, HTML's link type
    for it): the first such link in the article, else in the page."""
    for scope in (root, tree):
        for a in scope.iter("a"):
            if _CATEGORY_REL in (a.get("rel") or "").lower().split():
                text = _text(a)
                if text and len(text.split()) <= 5:
                    return text
    return None


#: a post names its own categories under its story in this many links at most (a row of share
#: buttons, «فیسبوک · توییتر · واتساپ · تلگرام», the menu may list too, has more)
MAX_OWN_CATEGORIES = 2


def _category_list(root, links, template) -> str | None:
    """The first item of a list the article element shows under its story's last paragraph, each
    item one short link the page's menu (or the run) vouches for as a section
    (:func:`.menusection.listed_section`): the post's own categories under it («<ul><li><a>ورزش
    استان</a></li></ul>», a blog's theme), a few of the names its category bar lists over every post.
    Tags the menu does not list, related stories' headlines and share buttons (a control the lexicon
    knows, :data:`.lines.CHROME`) are none; so is a list above the story's last paragraph (a menu or
    a box inside the article)."""
    if root.tag in ("body", "html"):
        return None
    pos = {el: i for i, el in enumerate(root.iter())}
    last = max((pos[el] for el in root.iter("p") if _story_block(el)), default=None)
    if last is None:
        return None
    for lst in root.iter("ul", "ol"):
        items = [li for li in lst if isinstance(li.tag, str)]
        if pos[lst] < last or not 1 <= len(items) <= MAX_OWN_CATEGORIES:
            continue
        anchors = [li.findall(".//a") for li in items]
        names = [_text(li) or "" for li in items]
        if all(len(a) == 1 and _text(a[0]) == n and 1 <= len(n.split()) <= _CATEGORY_WORDS and not _DIGIT.search(n)
               and classify(n).kind != CHROME for a, n in zip(anchors, names)) \
                and all(listed_section(n, links, template=template) for n in names):
            return names[0]
    return None


#: inline elements a chip is set as, straight in the headline's container
_CHIP_TAGS = frozenset(("a", "strong", "b", "em", "small"))


#: a box heading of a word to this many («در همین بخش: طیور», «آخرین اخبار آبزیان»)
BOX_HEADING_WORDS = 6


def box_heading_section(tree, links, template) -> str | None:
    """The section a box of the page names in its heading, the element right over a list of
    :data:`~.text.BOX_MIN_HEADLINES` links or more shaped as headlines (the section's other
    stories): its words after a label's colon, or its last words, when they are an item of the
    page's menu («در همین بخش: طیور»), and the run does not show the heading on most of the site's
    pages (:func:`_fixed_box`). A credit stands over no list of headlines, an author's box names no
    menu item. None when no box names one, or two name two.

    >>> import lxml.html
    >>> t = lxml.html.fromstring("<div><aside><div>در همین بخش: طیور</div><ul><li><a>واکسیناسیون دام در روستاها آغاز شد"
    ...     "</a></li><li><a>نرخ نهاده‌های دامی تازه اعلام شد</a></li><li><a>بازدید از واحدهای مرغداری استان"
    ...     "</a></li></ul></aside></div>")
    >>> box_heading_section(t, [("طیور", "/s/1"), ("آبزیان", "/s/2")], None)
    'طیور'
    """
    menu = {line_key(name) for name, _ in links}
    named: dict[str, str] = {}
    for lst in tree.iter("ul", "ol"):
        head = lst.getprevious()
        items = [_text(a) or "" for a in lst.iter("a")]
        if head is None or head.tag in ("ul", "ol") or len(items) < BOX_MIN_HEADLINES \
                or not all(headline_like(t) for t in items):
            continue
        text = _text(head) or ""
        words = text.split()
        if not 2 <= len(words) <= BOX_HEADING_WORDS or _DIGIT.search(text):
            continue
        label = next((j + 1 for j, w in enumerate(words) if w.endswith(":")), 0)
        values = [" ".join(words[label:])] if label else [" ".join(words[-k:]) for k in range(BOX_ITEM_WORDS, 0, -1)]
        if template is not None and template.learned and _fixed_box(text, label, template):
            continue
        got = next((v for v in values if line_key(v) in menu), None) \
            or (_box_rest(words, template) if not label and template is not None and template.learned else None)
        if got:
            named.setdefault(line_key(got), got)
    return next(iter(named.values())) if len(named) == 1 else None


#: a link that names a section after a section word: «بایگانی بخش اقتصاد», «همه اخبار سرویس ورزشی»
_SECTION_WORD_LINK = re.compile(r"(?:^|\s)(?:بخش|سرویس)\s+(?P<v>[^\d:：|«»()]+?)\s*$")


def section_word_link(root, links, template) -> str | None:
    """The section a link of the article names after a section word, its last words an item of the
    page's menu («<a href="/archive/2">بایگانی بخش اقتصاد</a>» under the story: the section's other
    pages), unless the run shows the link on most of the site's pages (a box of one section the site
    sets beside every story). None when no link names one, or two name two.

    >>> import lxml.html
    >>> t = lxml.html.fromstring("<article><p>…</p><a href='/a/1'>بایگانی بخش اقتصاد</a></article>")
    >>> section_word_link(t, [("اقتصاد", "/s/1"), ("ورزش", "/s/2")], None)
    'اقتصاد'
    """
    menu = {line_key(name) for name, _ in links}
    named: dict[str, str] = {}
    for a in root.iter("a"):
        text = _text(a) or ""
        if not text or len(text.split()) > BOX_HEADING_WORDS or line_key(text) in menu:
            continue
        m = _SECTION_WORD_LINK.search(text)
        if m is None or "\u200c" in text[max(0, m.start("v") - 2):m.start("v")]:
            continue
        value = m.group("v").strip()
        if line_key(value) not in menu or len(value.split()) > BOX_ITEM_WORDS:
            continue
        if template is not None and template.learned and template.page_share(text) > BOX_VALUE_SHARE:
            continue
        named.setdefault(line_key(value), value)
    return next(iter(named.values())) if len(named) == 1 else None


def _box_rest(words: list[str], template) -> str | None:
    """The words of a box's heading after the fixed phrase the site repeats before a varying rest
    (:meth:`~.template.PageTemplate.fixed_head_words`: «بیشتر در» of «بیشتر در ناشران استانی»), a
    word to three: the section the box names, though the menu does not list it (a subsection)."""
    text = " ".join(words)
    if template.headword_share(text) < BOX_HEAD_SHARE:
        return None
    j = template.fixed_head_words(text)
    return " ".join(words[j:]) if j > 1 and 1 <= len(words) - j <= BOX_ITEM_WORDS else None


def _fixed_box(text: str, label: int, template) -> bool:
    """Whether the run shows a box's heading as it is on most of the site's pages (a box of one
    section the site sets beside every story, «آخرین اخبار ورزشی»): it names no page's section.
    (A labelled heading: its line, value and all, on more of them than :data:`~.text.BOX_VALUE_SHARE`
    of those showing its label; a heading of plain words: on more of them than that share of those
    showing its shape, its first word before other words, as a site of two or three sections shows
    each of its headings on a third of its pages or more.)"""
    share = template.page_share(text)
    if label:
        return template.value_after_pages(text, MIN_SLOT_VALUE_PAGES) > BOX_VALUE_SHARE * share
    return share >= BOX_LINE_SHARE and share > BOX_VALUE_SHARE * template.headword_share(text)


def _header_chip(head, links, url: str | None, template) -> str | None:
    """The category chip set straight into the headline's container right above it, an inline
    element and no block of its own («<header><a class="chip" href="/culture">فرهنگی</a><h1>…»),
    past the date rows under it: its text (a word to three, no digits) when the page vouches for it
    as a section (:func:`.menusection.listed_section`: the menu lists it, its link leads under the
    path the story's URL lies under, or the run knows it). A link home (the site's name), an
    author's, a share link, a genre or a tag nothing lists is no section."""
    if head is None or head.getparent() is None:
        return None
    dates = 0
    for el in head.itersiblings(preceding=True):
        if not isinstance(el.tag, str):
            continue
        text = _text(el)
        if text and date_line(text) is not None and dates < KICKER_DATE_ROWS:
            dates += 1
            continue
        if el.tag not in _CHIP_TAGS or not text or _DIGIT.search(text) or not 1 <= len(text.split()) <= 3:
            return None
        a = el if el.tag == "a" else next(el.iter("a"), None)
        if a is not None and _links_home(a):
            return None  # (the site's name, leading home)
        href = a.get("href") if a is not None else None
        return text if listed_section(text, links, url=url, href=href, template=template) else None
    return None


def _tag_after_headline(head, links, url: str | None, template) -> str | None:
    """The section a tag link set alone in the block right after the headline names, over the story
    («<h1>…</h1><div class="tags"><a href="/category/plant-diseases/">بیماری‌های گیاهی</a></div>», a
    coloured label): the link's text (a word to three, no digits) when it is the block's whole text and the
    page vouches for it as a section (:func:`.menusection.listed_section`: the menu lists it, its link leads
    under the path the story's URL lies under, or the run knows it), or the site shows it over the body of
    some of its other pages (:func:`_site_label`). A reporter's link inside a byline is not the block's whole
    text; a link marked a tag (``rel="tag"``) or a tag nothing lists is no section."""
    if head is None:
        return None
    block = next((el for el in head.itersiblings() if isinstance(el.tag, str)), None)
    if block is None:
        return None
    anchors = [block] if block.tag == "a" else list(block.iter("a"))
    text = _text(anchors[0]) if len(anchors) == 1 else None
    if not text or line_key(text) != line_key(_text(block) or "") or _DIGIT.search(text) \
            or not 1 <= len(text.split()) <= 3 or _links_home(anchors[0]) or _tag_rel(anchors[0]):
        return None
    href = anchors[0].get("href")
    return text if listed_section(text, links, url=url, href=href, template=template) or _site_label(text, template) \
        else None


def _banner_section(h1s: list, title: str | None, links: list[tuple[str, str]], template,
                    listing=None) -> str | None:
    """The section a page-title banner shows: an ``<h1>`` (``h1s``: those that do not name the site)
    over the story that is not its headline
    («<h1 class="page-title">صادرات قارچ</h1>» over the headline in an ``<h2>``), a name of a word to
    three, no digit, that the page or the run vouches for as a section (:func:`.menusection.listed_section`:
    its menu lists it, or other sites show it above their stories) or that the site shows above
    other pages of it too, on part of them (:meth:`.template.PageTemplate.known_label`, not on
    every page: its name's banner), a section page's heading over each of its stories. Or the
    ``<h1>`` the page itself tells from its headline (``listing``: :func:`_headline_under_banner`, the
    heading under it says what its og:title or ``<title>`` does): the banner of the listing the
    story stands in, the category a theme's archive template names, on a page alone too."""
    key = line_key(title or "")
    if not key:
        return None
    for el in h1s:
        text = _text(el)
        if not text or line_key(text) == key or _DIGIT.search(text) or not 1 <= len(text.split()) <= 3:
            continue
        if el is listing or listed_section(text, links, template=template):
            return text
        if template is not None and template.learned and (template.knows_section(text) or _site_label(text, template)):
            return text
    return None


def _tag_rel(a) -> bool:
    """Whether link ``a`` says it is a tag (HTML's ``rel="tag"``) and not the story's category."""
    rel = (a.get("rel") or "").lower().split()
    return "tag" in rel and _CATEGORY_REL not in rel


def _lone_hashtag(tree, head, template=None, lines: list[str] | None = None, title: str | None = None) -> str | None:
    """The name the one hashtag link of a page shows («<div><a rel="tag">#خرید_تضمینی</a></div>» →
    «خرید تضمینی»: :func:`.sections.chip_value`), a link alone in its block, after the element that
    shows the headline (``head``): a site that files its stories by one tag sets it under the story,
    where the section stands on other sites (as on its flat pages: :func:`.text._foot_tag`), when the
    run teaches that the site does (``template``: :meth:`.template.PageTemplate.tag_section`, or the
    template of the site's flat-text pages, which the page's ``lines`` meet by their first and last
    lines; a page alone tells a filing tag from a topic's tag or the site's end mark not, and guesses
    none). A
    page with two hashtags or more shows the story's tags, which file it nowhere in particular; a
    hashtag inside a sentence is the text's.

    >>> class Files:
    ...     def tag_section(self, name): return name == "آب"
    >>> from lxml import html as lh
    >>> page = lh.fromstring('<div><h1>سد کرج پر شد</h1><p>متن خبر.</p><div><a rel="tag">#آب</a></div></div>')
    >>> _lone_hashtag(page, page.find("h1"), Files()), _lone_hashtag(page, page.find("h1"))
    ('آب', None)
    >>> page.append(lh.fromstring('<p><a>#سد</a></p>')); _lone_hashtag(page, page.find("h1"), Files()) is None
    True
    """
    tags = [a for a in tree.iter("a") if (_text(a) or "").startswith("#")]
    if not tags and head is not None and lines:
        return _hashtag_line(title or _text(head) or "", template, lines)
    if len(tags) != 1 or head is None:
        return None
    a, block = tags[0], tags[0].getparent()
    value = chip_value(_text(a) or "")
    if not value or block is None or line_key(_text(block) or "") != line_key(_text(a) or ""):
        return None
    if template is None or not (template.tag_section(value) or _flat_tag_section(value, template, lines)):
        return None
    order = {el: i for i, el in enumerate(tree.iter())}
    return value if order.get(a, -1) > order.get(head, len(order)) else None


def _hashtag_line(title: str, template, lines: list[str]) -> str | None:
    """The name a hashtag shows alone on a line of the page's text, in no link (a channel's post ends
    with «#دریایی» after a line break), the page's one such line, under the line that shows the
    headline ``title``, when the run teaches that the site files its stories by one hashtag (as
    :func:`_lone_hashtag` reads a link).

    >>> class Files:
    ...     def tag_section(self, name): return name == "آب"
    >>> _hashtag_line("سد کرج پر شد", Files(), ["سد کرج پر شد", "متن خبر.", "#آب"])
    'آب'
    """
    from .template import _HASHTAG_LINE

    tagged = [k for k, t in enumerate(lines) if _HASHTAG_LINE.match(t)]
    shown = line_key(title)
    top = next((k for k, t in enumerate(lines) if shown and line_key(t) == shown), None)
    if len(tagged) != 1 or top is None or tagged[0] <= top or template is None:
        return None
    value = chip_value(lines[tagged[0]])
    if not value or not (template.tag_section(value) or _flat_tag_section(value, template, lines)):
        return None
    return value


def _flat_tag_section(name: str, template, lines: list[str] | None) -> bool:
    """Whether the site's flat-text pages, which the run groups by their first and last lines
    (:func:`.template.families`, the page's ``lines`` there), file their stories by the hashtag
    ``name`` (:meth:`.template.PageTemplate.tag_section`): a site saved mostly as flat text teaches
    its scheme there, where its HTML pages are too few to."""
    index = getattr(template, "index", None)
    if index is None or not lines:
        return False
    return index.for_page(families(None, [t for t in lines if t])).tag_section(name)


def _site_label(text: str, template) -> bool:
    """Whether the run shows ``text`` over the body of another page of the site too, on part of its pages
    only (:meth:`.template.PageTemplate.known_label`, not on every page: not the site's name): a section's
    name the site labels its stories with."""
    return template is not None and template.learned and template.known_label(text) \
        and template.page_share(text) < SITE_PAGE_SHARE


def _chip_under_headline(lines: list[str], title: str | None, links: list[tuple[str, str]], template) -> str | None:
    """The name of a chip («#کشتارگاه‌ها», «[اقتصادی]»: :func:`.sections.chip_value`) atop the story under
    its headline, before its first line of prose (a headline set in the header, over the menu, the
    chip at the head of the article under it), when the page vouches for it as a section
    (:func:`.menusection.listed_section`: its menu lists it, or the run knows it); a tag under the
    story stands after its prose."""
    start = _line_under_title(lines, title)
    if start is None:
        return None
    for t in lines[start:]:
        if is_prose(t):
            return None
        chip = chip_value(t)
        if chip:
            return chip if listed_section(chip, links, template=template) else None
    return None


def _line_under_title(lines: list[str], title: str | None) -> int | None:
    """The index of the line right under the first that reads as the headline, or None (no headline,
    or no line reads as it)."""
    key = line_key(title or "")
    return next((i + 1 for i, t in enumerate(lines) if key and line_key(t) == key), None)


def _item_under_menu(lines: list[str], title: str | None, links: list[tuple[str, str]]) -> str | None:
    """The label right under a menu set an item a line under the headline (a headline set above the
    menu: :data:`.template.MENU_COLUMN` of the menu's items or more, ``links``, each once) when it is
    one of the menu's items again, as :func:`.text._under_menu_column` reads it on a flat page: a
    menu lists an item once, and the page shows its place in it there. (Another label there is a
    sub-section or the story's kicker, which the site's flat pages tell apart, its HTML pages not:
    :meth:`.template.PageTemplate.kicker_under_item`.)

    >>> menu = [("خانه", "/"), ("ورزش", "/s"), ("اقتصاد", "/e"), ("فرهنگ", "/c")]
    >>> page = ["تیم ملی به فینال رسید", "خانه", "ورزش", "اقتصاد", "فرهنگ", "☰", "ورزش", "۱۴:۳۰"]
    >>> _item_under_menu(page, page[0], menu), _item_under_menu(page[:6] + ["گزارش"], page[0], menu)
    ('ورزش', None)
    """
    start = _line_under_title(lines, title)
    items = {line_key(n) for n, _ in links}
    if start is None or not items:
        return None
    read: list[str] = []  # (the lines under the headline the column was read from)

    def shown() -> Iterator[str | None]:
        seen: set[str] = set()
        for t in lines[start:]:
            k = line_key(t)
            if seen and not any(c.isalpha() for c in t) and (k not in items or k in seen):
                continue  # (the menu's button among its items, «☰»)
            read.append(t)
            if k in items:
                seen.add(k)
            yield k if k in items else None

    column, again = column_run(shown())
    t = read[-1] if again else ""  # (the line under the column: one of its items again)
    if not again or len(column) < MENU_COLUMN or not line_key(t) or is_prose(t) or _DIGIT.search(t) \
            or sum(w != "و" for w in t.split()) > MAX_SECTION_WORDS:
        return None
    return t


#: the marks a form's list of categories sets before a nested one («- ورزش», «-- فوتبال», «|— کشتی»)
_NESTING_MARKS = re.compile(r"^[\s\-–—|.·•]+")


def _chosen_option(tree) -> str | None:
    """The category a form's list names by its chosen item: a ``<select>`` with one option marked
    ``selected``, which is all a browser shows of it, under a section label (:func:`.sections.section_from_label`:
    «دسته», «Category»: its ``<label>`` before it in its field's box, or one ``for`` it); an edit
    view of a CMS shows the story's category so, among every category the site has.

    >>> from lxml import html as lh
    >>> _chosen_option(lh.fromstring('<div><label>دسته</label><select><option>- اقتصادی</option>'
    ...                              '<option selected>- استانی</option></select></div>'))
    'استانی'
    >>> _chosen_option(lh.fromstring('<div><label>وضعیت</label><select>'
    ...                              '<option selected>منتشرشده</option></select></div>'))
    """
    for select in tree.iter("select"):
        chosen = [o for o in select.iter("option") if o.get("selected") is not None]
        if len(chosen) != 1:
            continue
        value = _NESTING_MARKS.sub("", " ".join((chosen[0].text_content() or "").split()))
        label = None
        if select.get("id"):
            label = next(iter(_xpath(tree, f'//label[@for="{select.get("id")}"]')), None)
        if label is None:
            prev = select.getprevious()
            while prev is not None and prev.tag != "label" and not (prev.text_content() or "").strip():
                prev = prev.getprevious()
            label = prev if prev is not None and prev.tag == "label" else None
        name = " ".join((label.text_content() or "").split()).rstrip(":： *") if label is not None else ""
        got = section_from_label(f"{name}: {value}") if name and value else None
        if got:
            return got
    return None


def _box_section(tree, links: list[tuple[str, str]], template) -> str | None:
    """The section a box of fields names: a ``<dl>`` of ``<dt>``/``<dd>`` pairs, or a table whose rows
    are a label cell and a value cell (:func:`.fieldbox.box_section`: a section label's value, the
    site's section slot's, or the one value the menu lists, ``links``); a box of the story's facts,
    a third of its values with a digit (its date, its code), as :func:`.fieldbox.box_fields` reads
    the same box flattened to lines."""
    for box in tree.iter("dl", "table"):
        if box.tag == "dl":
            pairs = [(_text(dt), _text(dt.getnext())) for dt in box.iterchildren("dt")
                     if dt.getnext() is not None and dt.getnext().tag == "dd"]
            headed = [False] * len(pairs)
        else:
            rows = [[c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")] for tr in box.iter("tr")]
            rows = [r for r in rows if len(r) == 2]
            pairs = [(_text(r[0]), _text(r[1])) for r in rows]
            # (a row's header cell beside its value cell, <th> / <td>, is a label the markup declares:
            # its words may run longer than a line's alone, «تاریخ ثبت در سامانه»: fieldbox.header_label)
            headed = [r[0].tag == "th" and r[1].tag == "td" for r in rows]
        lines = [x or "" for pair in pairs for x in pair]
        fields = [(2 * k, 2 * k + 1) for k, (a, b) in enumerate(pairs)
                  if a and b and (field_label(a) or headed[k] and header_label(a))]
        if len(fields) < MIN_BOX_FIELDS or len(fields) < len(pairs) \
                or DIGIT_VALUE_SHARE * len(fields) > sum(1 for _, b in fields if _DIGIT.search(lines[b])):
            continue
        share = template.box_slot_share if template is not None and template.learned else None
        got = box_section(lines, fields, {line_key(n) for n, _ in links}, share)
        if got:
            return got
    return None


def _listed_topic(lines: list[str], links: list[tuple[str, str]], template) -> str | None:
    """The one name a «موضوعات:» line of the page lists (:func:`.sections.topics_item`) when the page's
    menu lists it too (:func:`.menusection.listed_section`): the story's category, not a tag."""
    return next((x for t in lines if (x := topics_item(t)) and listed_section(x, links, template=template)), None)


def _property_rows_section(root) -> str | None:
    """The section a box of property rows names: a block whose children are rows of two blocks each,
    a name and its value («<div><div>دسته</div><div>آموزش</div></div>», a Notion page's properties, a
    CMS's fields set in ``<div>``s where others use a ``<dl>``: :func:`_box_section`), two rows at
    least, every name a field's label (:func:`.fieldbox.field_label`), a value with a digit among them
    (the story's date: the box holds its facts), and one of them a section label's
    (:func:`.sections.section_from_label` of the row read as «name: value»). The page declares the
    story's category there, in its data, over a trail that shows the listing it stands in («<site> /
    خبرها / <headline>»)."""
    for box in root.iter("div", "section", "ul"):
        rows = [r for r in box if isinstance(r.tag, str)]
        if len(rows) < MIN_BOX_FIELDS:
            continue
        pairs = []
        for r in rows:
            cells = [c for c in r if isinstance(c.tag, str)]
            if len(cells) != 2 or (r.text or "").strip() or any((c.tail or "").strip() for c in cells):
                break
            name, value = _text(cells[0]), _text(cells[1])
            if not name or not value or not field_label(name):
                break
            pairs.append((name.strip().rstrip(":："), value))
        else:
            got = properties_section(pairs)
            if got:
                return got
    return None


def _section_before(tree, root) -> str | None:
    """A section element right above the article, outside it («<div class="section-label">بخش
    ورزش</div><article>…»): the last one before the article, not a menu (one link at most)."""
    found = None
    for el in tree.iter():
        if el is root:
            break
        if isinstance(el.tag, str) and el.tag not in ("nav", "ul", "ol", "script", "style") \
                and _SECTION_CLASS.search(_classes(el)) and len(_xpath(el, ".//a")) <= 1 and not _in_menu(el):
            # (an item of a menu names a category whatever its class says, WordPress's
            # «<li class="menu-item-object-category">»: the menu lists them all)
            found = el
    text = _text(found) if found is not None else None
    return text if text and len(text.split()) <= 5 else None


def _menu_end(tree, before: list[str], template) -> str | None:
    """The block before the last of ``before`` when it ends the site's menu: a block of four items
    or more (four links or list items, or words set apart by runs of spaces), or the last of three
    blocks the run shows above every page (a menu's ``<li>``)."""
    if len(before) < 2 or before[-1] in before[:-1] or template is None or not template.learned:
        return None
    if is_menu_line(before[-2]):
        return before[-2]
    for el in tree.iter(*_BLOCKS):
        if _text(el) == before[-2]:
            raw = text_of(el)
            if len(_xpath(el, ".//a|.//li")) >= 4 or is_menu_line(raw.strip()):
                return before[-2]
            break
    if len(before) >= 4 and all(on_every_page(t, template) for t in before[-4:-1]):
        return before[-2]
    return None


def _unlabelled(lines: list[str]) -> list[str]:
    """An HTML page's lines without its short labelled fields («برچسب‌ها: ورزشی», «نویسنده: …»),
    whose slots the page's markup and label cues read: a tag list shows one tag on a few pages, a
    menu's item among them, and its slot is no section's. A sentence's slot stays («این خبر در بخش
    ǂ منتشر شد.», «→ بازگشت به فهرست ǂ»).

    >>> _unlabelled(["برچسب‌ها: ورزشی", "این خبر در بخش سیاسی منتشر شد."])
    ['این خبر در بخش سیاسی منتشر شد.']
    """
    return [t for t in lines if ":" not in t or len(t.split()) > MAX_SLOT_LINE_WORDS]


def learned_section(text: str | None, template, *, in_menu: bool = False,
                    menu_end: str | None = None, menu_item: bool = False, menu: Iterable[str] = ()) -> str | None:
    """``text`` (a short block right above the headline, no label, no trail: a plain link
    «گوناگون») when the run shows it is a section: the site shows the same label above the body of
    other pages too (a story's kicker is written for it), or two sites of the run show it above
    their stories (:meth:`.template.PageTemplate.in_vocab`: the run's names of sections), yet not
    above every page (its name or tagline). None without a template that knows the site, unless
    ``menu_item``.

    ``in_menu``: the page shows the same text higher up, as an item of its menu: the site's menu
    names its sections, so the label is one even when no other page of the run shows it (a rare
    section), and its menu copy on every page does not make it the site's tagline.

    ``menu_end``: the block right above it, when it ends the site's menu (which does not list the
    label): a label the run shows there and nothing else is the template's
    (:func:`.sections.fixed_line`).

    ``menu_item``: the same text is an item of the page's menu element (a ``<nav>``, a list of
    four links or more), the label itself is not: a section's name, on a site the run knows or not.

    ``menu``: the names of the page's menu's items; a label the site's pages show over stories their
    menu marks under two of them or more is a kicker, a genre («یادداشت روز»), no section
    (:meth:`.template.PageTemplate.kicker_across`)."""
    if not text or _DIGIT.search(text) or not 1 <= len(text.split()) <= 3 or line_key(text) in HOME_KEYS \
            or badge_label(text):
        return None
    if menu_item:
        return None if classify(text).kind == CHROME else text
    if template is None or not template.learned:
        return None
    if not in_menu and (not (template.known_label(text) or template.in_vocab(text))
                        or on_every_page(text, template)):
        return None
    if menu_end is not None and not in_menu and fixed_line(text, menu_end, template):
        return None
    if menu and template.kicker_across(text, menu):
        return None
    if not in_menu and template.run_genre(text):
        return None  # (a genre another site of the run shows over several of its sections: no section here)
    if not in_menu and template.figured_slot():
        return None  # (the site's slot over its headlines holds its programmes by the hour: «خبر ساعت ۱۴»)
    if classify(text).kind == CHROME:
        return None  # a control the lexicon knows («عضویت در کانال»): the site's, on most pages
    return text


def _row_slot_over(rowed: str | None, kick: str, template) -> bool:
    """Whether the section ``rowed`` that the dated row under the headline names (:func:`row_section`)
    stands at a position of the site's rows that holds its sections on a site without a menu
    (:meth:`.template.PageTemplate.row_slot_labelled`), and the label ``kick`` over the headline
    names another: the site files each story in that slot, so the label over some of its headlines
    is a story's kicker («تحلیل» over «تثبیت صدرنشینی …» / «بندر و گمرک | انتشار: …»), no section."""
    return rowed is not None and template is not None and template.learned and line_key(rowed) != line_key(kick) \
        and template.row_slot_labelled(rowed)


def _known_section(template) -> Callable[[str], bool] | None:
    """What tells a name the run knows as a section's, for a page whose menu lists none
    (:meth:`.template.PageTemplate.knows_section`, as a flat page's lines are told:
    :func:`.text._line_vocab`). None without a template that knows the site."""
    if template is None or not template.learned:
        return None
    return template.knows_section


#: the XPath expressions the page's readers ask, compiled once a process (``el.xpath(path)`` compiles its
#: path at each call: ~7 us, for some 35 calls a page)
_XPATHS: dict[str, etree.XPath] = {}


def _xpath(el, path: str) -> list:
    """``el.xpath(path)``, its expression compiled once (:data:`_XPATHS`; the paths are the module's own).

    >>> import lxml.html
    >>> t = lxml.html.fromstring("<div><p>یک</p><p>دو</p></div>")
    >>> _xpath(t, "//p/text()") == t.xpath("//p/text()") == ["یک", "دو"], "//p/text()" in _XPATHS
    (True, True)
    """
    compiled = _XPATHS.get(path)
    if compiled is None:
        compiled = _XPATHS[path] = etree.XPath(path)
    return compiled(el)


def _title_text(tree) -> str | None:
    """The text of the page's first ``<title>``, or None (found once a page: :func:`.domtext.page_fact`)."""
    return page_fact("title", tree, lambda: _first_title_text(tree))


def _first_title_text(tree) -> str | None:
    t = _xpath(tree, "//title")
    return _text(t[0]) if t else None


def _tab_title_date(tree) -> tuple[str, str] | None:
    """The day the page's ``<title>`` gives in a field of its own after the headline («عنوان خبر | شنبه
    ۶ مهر ۱۴۰۲», «عنوان خبر - ۶ مرداد ۱۴۰۳ | نام سایت»): a page that dates its story nowhere else. A
    field that holds more than a date (a headline that names a day) is no date field.

    >>> import lxml.html
    >>> tab = lambda t: _tab_title_date(lxml.html.fromstring("<html><head><title>%s</title></head></html>" % t))
    >>> tab("کاشت نهال | شنبه ۶ مهر ۱۴۰۲")
    ('2023-09-28', '1402/07/06')
    >>> tab("جشنواره ۶ مهر ۱۴۰۲ آغاز شد | سایت")
    """
    parts = [p.strip() for p in TITLE_BAR.split(_title_text(tree) or "")]
    for part in parts[1:]:
        d = date_line(part) if _DIGIT.search(part) and date_alone(part) else None
        if d is not None and d.role in (None, "published"):
            return d.localize()
    return None


def _title_site_names(tree) -> list[str]:
    """The site's name as its <title> gives it after a bar or dash («عنوان خبر | نام سایت»)."""
    text = _title_text(tree)
    if not text:
        return []
    parts = [p.strip() for p in TITLE_BAR.split(text) if p.strip()]
    return [parts[0], parts[-1]] if len(parts) >= 2 else []


#: a logo's alt text names the site in this many words at most («خبرگزاری دانشجویان ایران (ایسنا)»)
MAX_LOGO_WORDS = 6
#: the elements that show an image with its alt text: an AMP page writes its images (a logo, an
#: agency's) as ``<amp-img>``
IMAGE_TAGS = ("img", "amp-img")
_IMAGE_TEST = " or ".join(f"self::{t}" for t in IMAGE_TAGS)


def _names_given(tree, meta: dict) -> list[str]:
    """The site's name as the page gives it outside its lines: to machines (``og:site_name``,
    ``application-name``) and in its logo's image, the alt text of an image in a link to the site's
    home or of the header's first image («<a href="/"><img alt="بازار فردا"></a>»). A site whose
    logo is an image shows its name in no line, and its <title> and og:title set the headline
    beside that name (:func:`shown_part`). Found once a page (:func:`.domtext.page_fact`: the page's
    readers ask it with the metadata :func:`_fill` read, two or three times a page)."""
    return list(page_fact("names_given", tree, lambda: _names_given_of(tree, meta)))


def _names_given_of(tree, meta: dict) -> list[str]:
    home = "//a[@href='/' or @href='./' or @href='#' or substring(@href, string-length(@href)) = '/']"
    alts = [img.get("alt") for img in _xpath(tree, home + f"//*[{_IMAGE_TEST}][@alt]")
            if urlsplit(_xpath(img, "ancestor::a[1]/@href")[0]).path.strip("/") in ("", "fa", "fa-ir")]
    alts += _xpath(tree, f"(//header//*[{_IMAGE_TEST}][@alt])[1]/@alt")
    names = [meta.get("og:site_name"), meta.get("application-name"), *alts]
    return [n for x in names if x and (n := " ".join(x.split())) and len(n.split()) <= MAX_LOGO_WORDS]


def _bar_section(tree, meta: dict, title: str | None, template) -> str | None:
    """The section the page's <title> names beside its headline and its site's name
    (:func:`.menusection.bar_section`). The site's name is the part the page gives outside its lines
    (:func:`_names_given`: metadata, its logo's alt text), or one the
    page shows again as a text of its own (its logo, its footer) that the site's other pages show
    too, when the run knows them: a section may stand on the page as a tag, on a few of its pages."""
    text = _title_text(tree)
    if not text or not title or len(TITLE_BAR.findall(text)) < 2:
        return None
    shown = {line_key(x) for x in _xpath(tree, "//body//text()") if 0 < len(x.strip()) <= SITE_NAME_MAX_CHARS}
    names = {line_key(n) for n in _names_given(tree, meta)}
    learned = template is not None and template.learned

    def is_site(part: str) -> bool:
        key = line_key(part)
        return key in names or (key in shown and (not learned or template.page_share(part) >= SITE_PAGE_SHARE))
    return bar_section(text, title, is_site)


#: the microdata item types whose properties are another item's, not the page's story («datePublished»
#: of a comment, a review, an answer under the story)
_OTHER_ITEM = re.compile(r"comment|review|answer|rating", re.I)


def _meta(tree) -> dict:
    """The page's ``<meta>`` values by their name (lower case), then the microdata values other elements
    carry in their ``content`` or ``datetime`` (schema.org's «<span itemprop="datePublished"
    content="2022-10-06T10:20:00+03:30">», «<time itemprop="datePublished" datetime="…">») that no meta
    gave, outside a comment's or review's item (its own date)."""
    out = {}
    for m in _xpath(tree, "//meta[@content]"):
        k = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if k and k not in out:
            out[k] = m.get("content")
    for m in _xpath(tree, "//body//*[@itemprop][@content or @datetime][not(self::meta)]"):
        k = m.get("itemprop").strip().lower()
        if k and k not in out and not any(_OTHER_ITEM.search(a.get("itemtype") or "")
                                          for a in m.iterancestors() if a.get("itemscope") is not None):
            out[k] = m.get("content") or m.get("datetime")
    return out


#: a main text shorter than this from trafilatura's fast path is extracted again with its fallbacks
FAST_MIN_CHARS = 500


class _HashedOnce(tuple):
    """A tuple that hashes as its words did once, instead of hashing them all again on every call.

    trafilatura's jusText fallback passes its stoplist (the words of all jusText's languages, a
    tuple of ~150,000) to ``justext.core.classify_paragraphs``, whose ``define_stoplist`` is an
    ``lru_cache``: the cache hashes the whole tuple to find its entry, on every page that falls back
    (0.8 % of a run's CPU). Equal to the tuple, and the same words, so the same frozenset."""

    _hash: int

    def __new__(cls, words):
        self = super().__new__(cls, words)
        self._hash = tuple.__hash__(self)
        return self

    def __hash__(self) -> int:
        return self._hash


def _stoplist_hashed_once() -> None:
    """trafilatura's jusText stoplist made before its first fallback would, as a :class:`_HashedOnce`
    (one made already, by trafilatura called elsewhere, is wrapped: the plain tuple stays a key of
    jusText's cache, which a lookup then compares word by word, still cheaper than hashing them)."""
    from trafilatura import external

    stoplist = getattr(external, "JT_STOPLIST", False)  # (False: a trafilatura that has none)
    if stoplist is None or type(stoplist) is tuple:
        external.JT_STOPLIST = _HashedOnce(stoplist or external.jt_stoplist_init())  # type: ignore[assignment]


#: trafilatura's options of a page's extraction, made once a process (by fast): each call made them
#: anew from its configuration, 0.2 ms a page; trafilatura reads them only (a recall retry copies them)
_EXTRACTOR_OPTIONS: dict = {}


def _extractor_options(fast: bool):
    options = _EXTRACTOR_OPTIONS.get(fast)
    if options is None:
        from trafilatura.settings import Extractor

        options = _EXTRACTOR_OPTIONS[fast] = Extractor(
            comments=False, tables=True, images=False, links=False, dedup=False, precision=True, fast=fast)
    return options


def _main_text(raw: str, engine: str) -> str:
    if engine == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        return extract_plain_text(HTMLTree.parse(raw), main_content=True, alt_texts=False, links=False,
                                  list_bullets=False, preserve_formatting=True)
    import trafilatura

    def run(fast: bool) -> str:
        # a bar inside a table's cell comes out escaped, «\|» (its text is markdown-like): the page
        # shows «|» (a row of links «ارسال خبر | نسخه چاپی» in a layout table's cell), and a line
        # with the escape is found in none of the page's blocks
        return (trafilatura.extract(raw, options=_extractor_options(fast)) or "").replace("\\|", "|")

    # trafilatura's own extraction first; its fallbacks (readability, jusText) cost as much again and
    # matter only when that comes out short, so they run only then (dev HTML: same F1, 2x faster)
    text = run(fast=True)
    if len(text) >= FAST_MIN_CHARS:
        return text
    _stoplist_hashed_once()
    return run(fast=False)


def warm_engine(engine: str) -> None:
    """The main-content extractor made ready in a process that forks a run's workers, which then
    inherit it: its modules imported, and trafilatura's jusText stoplist (the words of all jusText's
    languages) made with the frozenset jusText makes of it. Each worker made both anew on its first
    page that falls back (:func:`_main_text`): 0.15 s of CPU a worker, inside that page's time limit."""
    _import_engine(engine)
    if engine == "resiliparse":
        return
    from justext.core import define_stoplist
    from trafilatura import external

    _stoplist_hashed_once()
    stoplist = getattr(external, "JT_STOPLIST", None)  # (None: a trafilatura that has none)
    if stoplist is not None:
        define_stoplist(stoplist)  # (an lru_cache: the fallback's call finds it made)


def _import_engine(engine: str) -> None:
    """The main-content extractor's modules imported before a page's time limit starts (once a
    process; after that a lookup). An import the limit interrupts leaves a package half made for
    the rest of the run: on a machine at load 40, a run's first page timed out inside trafilatura's
    import and every later page failed («module 'urllib3' has no attribute 'util'»)."""
    if engine != "resiliparse":
        import trafilatura  # noqa: F401


def extract_html(raw: str, *, url: str | None = None, options: ExtractOptions | None = None,
                 template=None) -> Article:
    """Structure of an HTML page (see the module docstring); ``template`` as in
    :func:`~palayesh.extract.text.extract_text`."""
    options = options or ExtractOptions()
    size = len(raw)
    raw = raw[: options.max_html_chars]
    art = Article(format="html", url=url)
    _import_engine(options.html_engine)
    try:
        # (each element's text read once while the page is read: the page's readers ask again and again)
        with time_limit(options.html_timeout), page_texts():
            _fill(raw, art, options, template)
    except PageTimeout as e:
        log.warning("extract: %s (%s)", e, url or "")
        art.error, art.error_detail = "html_timeout", str(e)
    if size > len(raw) and art.error is None and not art.paragraphs:
        # e.g. an attribute of megabytes: the cut part is all attribute, and no article
        art.error = "html_cut"
        art.error_detail = (f"only the first {len(raw):,} of {size:,} characters were parsed "
                            "(max_html_chars) and they held no article")
    return art


#: an ``<article>`` the page's headline is not in is another document when it has a heading of its
#: own over at least this many characters of unlinked text (a story, not a card's teaser) ...
OTHER_ARTICLE_MIN_CHARS = 300
#: ... and the page has at most this many such (an infinite scroll appends the next one or two
#: stories; a listing's cards are many)
MAX_OTHER_ARTICLES = 3
_HEADINGS = ("h1", "h2", "h3", "h4")


def _headline_key(text: str | None, keys: set[str], titles: set[str]) -> bool:
    """Whether heading ``text`` is the page's headline: one of ``keys`` (og:title, JSON-LD), or
    most of a ``<title>`` (the headline with the site's name after it)."""
    k = line_key(text or "")
    if len(k) < 8:
        return False
    return k in keys or any(k in t and len(k) >= 0.6 * len(t) for t in titles)


def _headed_alike(article, heads: list) -> bool:
    """Whether ``article`` opens under a headline set as the page's own is (``heads``, the elements that
    show it): an ``<h1>`` as the headline's, or a heading of the headline's class («<h2 class="title">»
    under «<h1 class="title">»). An infinite scroll appends the site's next stories in the story's own
    ``<article>`` markup, each under its headline; a thread's posts, classed alike too, stand under their
    authors' names, no headline's markup.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<main><article class="news"><h1 class="title">خبر اول</h1></article>'
    ...     '<article class="news"><h2 class="title">خبر دوم</h2></article>'
    ...     '<article class="news"><h3 class="author">کاربر_۱۲</h3></article></main>')
    >>> head = t.find(".//h1")
    >>> [_headed_alike(a, [head]) for a in t.iter("article")][1:]
    [True, False]
    """
    for h in article.iter(*_HEADINGS):
        if h in heads:
            return False  # (the headline's own article)
        for s in heads:
            cls = (s.get("class") or "").strip()
            if (h.tag == "h1" and s.tag == "h1") or (cls and (h.get("class") or "").strip() == cls):
                return True
    return False


def _other_articles(tree, names: list) -> list:
    """The page's top ``<article>`` elements that are other documents: the story is the article
    that holds the page's headline (og:title, JSON-LD, ``<title>``), or the page's text outside
    them when the headline stands there; a sibling ``<article>`` with a heading of its own and a
    story's worth of text is the site's next story, saved with it by an infinite scroll («<article
    class="post next-post"><h2>سه ملی‌پوش غایب …</h2>…»). Nothing when the page shows its headline
    nowhere (nothing tells which is the story) or has many (a listing's cards); an ``<article>``
    classed as the story's own is a post of its thread, kept."""
    keys = {k for k in (line_key(x) for x in names[:2] if x) if len(k) >= 8}
    titles = {k for k in (line_key(x) for x in names[2:] if x) if len(k) >= 8}
    if not keys and not titles:
        return []
    tops = [a for a in tree.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    if not tops:
        return []
    # (the headline's one text node: of a heading, or of a <div> an old layout shows it in)
    shown = [t.getparent() for t in _xpath(tree, "//body//text()[string-length(normalize-space(.)) >= 8]"
                                               "[string-length(.) < 400]")
             if t.getparent() is not None and t.getparent().tag in _HEADINGS + _HEADLINE_TAGS
             and _headline_key(t, keys, titles)]
    if not shown:
        return []
    holders = [a for a in tops if any(a is el or a in el.iterancestors() for el in shown)]
    if not holders and _text_outside(tree, tops) < OTHER_ARTICLE_MIN_CHARS:
        return []  # (the headline over the story's <article>, outside it: the article is the story)
    if not holders:
        # (the headline in the site's <header>, above the menu, over the story's <article>: no story
        # stands between them, so the first <article> under the headline is the story, whatever
        # the boxes and the thread under it hold; an infinite scroll's story stands between them)
        first = _first_article_under(tree, shown[0], tops)
        if first is not None and _text_outside(tree, tops, until=first, after=shown[0]) < OTHER_ARTICLE_MIN_CHARS:
            holders = [first]
    alike = {(a.get("class") or "").strip() for a in holders}
    others = []
    for a in tops:
        if a in holders or (holders and (a.get("class") or "").strip() in alike and not _headed_alike(a, shown)):
            continue  # (the story's own article; or one classed as it is: a thread's post, a page's part)
        heads = [h for h in a.iter(*_HEADINGS) if line_key(text_of(h))]
        if not heads:
            continue
        linked = sum(len(text_of(x)) for x in a.iter("a"))
        if len(text_of(a)) - linked - sum(len(text_of(h)) for h in heads) < OTHER_ARTICLE_MIN_CHARS:
            continue
        others.append(a)
    return others if len(others) <= MAX_OTHER_ARTICLES else []


#: where a story's text is not: links, a page's scripts and its chrome containers (:func:`_text_outside`)
_NOT_STORY_TAGS = frozenset({"a", "script", "style", "nav", "header", "footer", "aside", "form"})


def _text_outside(tree, tops: list, *, until=None, after=None) -> int:
    """How much text the page's body holds outside these ``<article>`` elements, its links and its
    chrome containers (:data:`_NOT_STORY_TAGS`): a story's worth when the story stands outside them.
    With ``after`` and ``until``: only the text between those two elements of the page."""
    body = tree.find("body")
    if body is None:
        return 0
    inside = set(tops)

    def outside(el) -> bool:
        return not any(x in inside or x.tag in _NOT_STORY_TAGS for x in (el, *el.iterancestors()))

    total = 0
    started = after is None
    for el in body.iter():
        if el is until:
            break
        if el is after:
            started = True
        elif started and isinstance(el.tag, str) and (after is None or after not in el.iterancestors()):
            parent = el.getparent()
            total += len((el.text or "").strip()) if outside(el) else 0
            total += len((el.tail or "").strip()) if parent is not None and outside(parent) else 0
    return total


def _listed_article(el, head) -> bool:
    """Whether ``<article>`` ``el`` is an item of a list the page shows under its headline (``head``, an
    element): one of two or more ``<article>`` siblings, none of which holds the headline (a live blog's
    updates, each under its time; a row of cards), not the story's root.

    >>> import lxml.html
    >>> t = lxml.html.fromstring("<main><h1>پوشش زنده ماراتن تهران</h1><article><p>دونده‌ها راه افتادند.</p>"
    ...                          "</article><article><p>مسیر بسته شد.</p></article></main>")
    >>> [_listed_article(a, t.find(".//h1")) for a in t.iter("article")]
    [True, True]
    """
    parent = el.getparent()
    if head is None or parent is None:
        return False
    mates = [x for x in parent if x.tag == "article"]
    return len(mates) >= 2 and not any(x is head or x in head.iterancestors() for x in mates)


def _story_root(tree, head):
    """The element that holds the story and its header: the page's first ``<article>`` that is no item
    of a list under the headline ``head`` (:func:`_listed_article`), else its ``<main>``, else its body."""
    arts = [a for a in _xpath(tree, "//article") if not _listed_article(a, head)]
    return (arts or _xpath(tree, "//main") or [tree.body if tree.body is not None else tree])[0]


def _first_article_under(tree, el, tops: list):
    """The first of the top ``<article>`` elements that comes after element ``el`` in the page, or None."""
    seen = False
    wanted = set(tops)
    for x in tree.iter():
        if x is el:
            seen = True
        elif seen and x in wanted and el not in x.iterancestors():
            return x
    return None


def _page_url(tree, meta: dict) -> str | None:
    """The page's own URL as it states it: ``og:url``, else its canonical link."""
    canon = _xpath(tree, '//link[@rel="canonical"]/@href')
    return meta.get("og:url") or (canon[0] if canon else None)


def _parser_stopped(parser) -> str | None:
    """The message of a limit the HTML parser stopped at (e.g. 256 nested elements), if any:
    libxml2 then drops the rest of the page without raising."""
    for e in parser.error_log:
        if e.type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in e.message or "Excessive depth" in e.message:
            return e.message.strip()
    return None


def _state_section(tree, title: str | None, links, url: str | None, template) -> str | None:
    """The category the story's record in the page's app state names (:func:`.appstate.state_section`),
    when the page's menu lists it, its path is the one the story's URL lies under, or two sites of
    the run show it above their stories (:func:`.menusection.listed_section`): a record's category
    may be a tag, a format or the site's own name, which nothing on the page vouches for."""
    got = state_section(tree, title)
    if got is None:
        return None
    name, path = got
    return name if listed_section(name, links, url=url, href=path, template=template) else None


def _fill(raw: str, art: Article, options: ExtractOptions, template=None) -> None:
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.document_fromstring(XML_DECL.sub("", raw, count=1), parser=parser)
    except lxml.etree.ParserError as e:
        if "empty" not in str(e).lower():
            art.error, art.error_detail = "html_unparseable", f"{type(e).__name__}: {e}"
        return  # markup without any element (a comment, nothing): an empty page, no structure
    except Exception as e:  # markup the parser refuses: no structure to read
        art.error, art.error_detail = "html_unparseable", f"{type(e).__name__}: {e}"
        return
    stopped = _parser_stopped(parser)
    meta, ld = _meta(tree), read_jsonld(tree)
    others = _other_articles(tree, [meta.get("og:title"), ld.get("headline")] + _xpath(tree, "//title/text()"))
    if others:
        # the site's next stories saved with this one (an infinite scroll): other documents, read
        # neither for the story nor for its header
        for el in others:
            el.drop_tree()
        forget()  # (the texts of the elements that held them changed)
        raw = lxml.html.tostring(tree, encoding="unicode")
    if unwrap_breaks(tree):
        # (an OCR export's column wrapped with <br>: its lines are one paragraph, for the story's
        # engine too)
        forget()
        raw = lxml.html.tostring(tree, encoding="unicode")
    if join_pages(tree):
        # (a document viewer's page blocks, each with the running head and a page number: one
        # text, for the story's engine too)
        forget()
        raw = lxml.html.tostring(tree, encoding="unicode")
    if _story_pane(tree):
        # (a results page's preview pane, an <aside> holding the page's headline and the story
        # under it: the page's story, for the story's engine too)
        forget()
        raw = lxml.html.tostring(tree, encoding="unicode")
    if not art.url:
        art.url = _page_url(tree, meta)
    # title: <h1> of the article, og:title, JSON-LD headline, <title> without the site suffix
    h1 = _xpath(tree, "//article//h1") or _xpath(tree, "//main//h1") or _xpath(tree, "//h1")
    page = PageText.from_html(tree, dom=True)
    # (the site's name in an <h1> of its header, by its DOM or by the run's template: no headline)
    banner = [el for el in h1 if _names_site(el, tree, meta, page.lines, template, first=el is h1[0])]
    h1 = [el for el in h1 if el not in banner]
    # (a listing's banner in the <h1>, the story's headline in a heading under it: that heading)
    under = _headline_under_banner(h1[0], tree, meta, page.lines) if h1 else None
    # (that <h1>, which the page's own names for machines tell from its headline: a listing's banner)
    listing = h1[0] if under is not None else None
    if under is None and h1 and _quotes_query(h1[0], tree):
        # (a results page's own heading, «نتایج جستجو برای «…»», over the hit it shows whole: the
        # hit's heading is the story's headline)
        under = _heading_element_after(h1[0], min_words=2, template=template)
        listing = h1[0] if under is not None else None
    if under is None and h1:
        # (the page names no headline for machines: the run tells the banner, over many stories)
        under = _headline_under_run_banner(h1[0], meta, ld, template)
    h1 = [under] if under is not None else h1
    title = _text(h1[0]) if h1 else None
    og = _clean(meta.get("og:title"))
    # (a series' label the <h1> shows before the headline its og:title gives alone: the headline)
    title = _past_series_label(title, og, h1[0]) if title and og else title
    # (og:title glued to the site's name as the <title> is, «خبر - سایت»: the side the page shows)
    # (the site's name beside it may show in no line: a logo's image, the name given to machines)
    named = [*page.lines, *_names_given(tree, meta)]
    title = title or (og and shown_part(og, named)) or og or _clean(ld.get("headline"))
    # (an aggregator's <title> naming the story's agency as one of its parts: the agency, and the
    # title without it)
    doc_title = _title_text(tree)
    bar, credited = title_agency(doc_title)
    if not title:
        title = bar
        shown = _side_past_logo(tree, title, named) or (shown_part(title, named) if title else None)
        if not shown and title and template is not None and template.learned:
            # (the site's name the page shows in no line and gives to no machine: the short side of
            # the <title> the run sees beside the headline on most of the site's pages, :func:`.text._bar_site`)
            side = _bar_site(title, template)
            shown = shown_part(title, named, [side]) if side else None
        if shown:
            title = shown
        elif title and meta.get("og:site_name") and meta["og:site_name"] in title:
            title = _TITLE_SUFFIX.sub("", title) or title
        if title and doc_title and template is not None and template.learned:
            # (a <title> the site's pages show whole, the same over most of them: a webmail's
            # «<name> - مشاهده نامه», an app's name; it names no story, the page's lines do)
            share, pages = template.bar_share(doc_title)
            if share >= BAR_SITE_SHARE and pages >= MIN_VISIT_PAGES:
                title = None
    if not h1 and title:
        title = _uncut_title(title, page.lines)
    if banner and (title is None or line_key(title) in {line_key(_text(el) or "") for el in banner}):
        # the header's <h1> named the site and nothing else the headline: the first heading under it
        title = next((t for el in banner for t in [_heading_after(el)] if t), title)
    marked = title  # (the title the markup names: the page's structure below is read around it)
    flat_head = None  # (the headline the page's lines show, read so where the markup names none)
    # (a mail's print view: the story pasted in the message, its headline over its own date line;
    # else the subject without its forward mark, not the webmail's name in the <title>: .mailview)
    mail = mail_view(page.lines)
    if mail is not None and mail.title and (mail.headline or mail.forwarded or not h1):
        title = mail.title
    # (an office document's export: the subject under its letterhead's fields, not the blessing over
    # them nor the file's name; the fields' date the document's day: .letterhead)
    letter = letterhead(page.lines) if mail is None else None
    if letter is not None and letter.titles(page.lines, title):
        title = letter.heading
    if not h1 and (not title or _FILE_NAME.search(title)):
        # (no heading, and the <title> names none or names the file a document was exported as,
        # «Microsoft Word - bakhshnameh-12.docx»: the headline the page's lines show, read as a
        # flat page's)
        title = extract_text("\n".join(page.lines)).title or (None if title and _FILE_NAME.search(title) else title)
        flat_head = title
    # (a clipping's or a record's field table over the story, «نام نشریه | روزنامه …», «تاریخ ثبت | …»,
    # no <h1>: a label or a value of its rows is no headline when a heading over the story follows it)
    fielded = _heading_under_fields(tree, title, template) if not h1 and title else None
    if fielded is not None:
        title = _text(fielded)
        if flat_head:
            flat_head = title
        else:
            marked = title
    art.title, title = title, marked
    root = _story_root(tree, h1[0] if h1 else None)
    # section: a breadcrumb trail (DOM or JSON-LD), a section/service element in the article,
    # article:section / JSON-LD, a «سرویس: …» label; never the site's name or home label
    site_names = [meta.get("og:site_name"), meta.get("application-name"), meta.get("twitter:site")]
    homes: set[str] = set()
    links = menu_links(tree, homes)
    titled = title_section(tree, title, links)
    barred = None if titled else _bar_section(tree, meta, title, template)
    # (a section published for machines as a slug or an id, «economy», «12», is the name of the
    # menu item it is the slug of; else no name a reader sees, read last, and an id never)
    published = [_clean(next((meta[k] for k in _META_SECTIONS if meta.get(k)), None)), _clean(ld.get("articleSection"))]
    # (a name the page publishes as its section may hold the site's name: «قیمت پرتقال» on «پرتقال»)
    declared = {line_key(x) for x in published if x and not machine_name(x)}
    # (a part of the <title> beside the headline that the page's menu lists, or that stands beside
    # the site's name the page shows, is the story's section, not the site's name: «ورزش | عنوان
    # خبر | نام سایت»; so is a part the page declares its section: «داروخانه‌های شبانه‌روزی | عنوان
    # خبر | دارویاب» under article:section «داروخانه‌های شبانه‌روزی»), unless the page gives that name as
    # its own elsewhere (its logo, its JSON-LD publisher): a site that files its stories under its name
    given = {line_key(n) for n in [*_names_given(tree, meta), *ld.get("credits", [])] if isinstance(n, str)}
    sections_named = {line_key(x) for x in (titled, barred) if x} | (declared - given)
    site_names += [n for n in _title_site_names(tree) if line_key(n) not in sections_named]
    shows_title = h1[0] if h1 else _headline_element(root, title)
    if shows_title is None and flat_head:
        # (a document viewer's or a converter's page names no headline in its markup: the structure
        # is read around the element that shows the one its lines do, as its flat text is)
        shows_title = _headline_element(root, flat_head)
    labels = _label_elements(root, shows_title, template)
    owners: list = []
    # (the blocks above the element that shows the headline: an <h1>, or an <h2>, a <font> of an
    # old table layout, when no <h1> does; a trail «خانه ← بین‌الملل» stands among them)
    before = _blocks_before(tree, shows_title, owners)
    k = _kicker_at(before, owners)
    if k is None:
        k = _labelled_kicker_at(before, owners, template, [n for n, _ in links])
    if k is not None and k < len(owners) and _in_banner(owners[k], shows_title):
        k = None  # (the site's banner over a printable page: «<name>» / «نسخه قابل چاپ», no kicker)
    if k is not None and k < len(owners) and _link_row_item(owners[k]):
        k = None  # (the last item of the site's menu, a row of link blocks right above the headline)
    # (a badge in square brackets, «[ورزش]», shows the name inside them: :func:`.sections.chip_value`)
    kick = "" if k is None else chip_value(before[k]) or before[k]
    page_url = _page_url(tree, meta) or art.url  # (an xpath over the whole page: once)
    menu_item = k is not None and any((before[j] == kick and _in_menu(owners[j]))
                                      or _lists_item(before[j], kick) for j in range(k))
    slugs = menu_slugs(links)
    machine = [x for x in published if x and machine_name(x) and not x.strip().isdigit()]
    trailed = foot_trail(shows_title, title)
    # (the items a label over the headline may stand over: the menu's, and the section the page's
    # trail files the story under, which the run's pages tell a genre over the headline from:
    # :func:`.template.trail_item`)
    filed = [n for n, _ in links] + ([trailed] if trailed else [])
    rowed = row_section(shows_title, links, _known_section(template))
    if k is not None and _row_slot_over(rowed, kick, template):
        k = None  # (a kicker over the headline, «تحلیل», where the site's row under it names the section)
    # (the kicker's slot holding a section word and its name, «بخش اقتصادی», read as a flat page's line
    # over its headline is: :func:`.sections.worded_label`; not the site's line over every page)
    worded = None if k is None or on_every_page(kick, template) else worded_label(kick)
    def labelled() -> str | None:  # (the section a label on the page names, «دسته‌ها: …»)
        return next((label_value for line in page.lines if (label_value := section_from_label(line))), None)

    candidates = [_property_rows_section(root), _dom_crumb(tree, root, title, template, homes, labelled),
                  ld.get("breadcrumb") and section_from_crumb(ld["breadcrumb"], title=title),
                  _section_element(root, links, page_url, template),
                  _category_link(tree, root), _category_list(root, links, template),
                  *(slug_section(x, slugs) if machine_name(x) else x for x in published),
                  # (a print edition's page label over the story, its page's number beside its name,
                  # not the issue's list of its pages: the desk that filled the page)
                  next((v for j in range(len(before) - 1, -1, -1)
                        if (v := print_page_label(before[j], bare=True)) and not page_index(before, j)), None),
                  labels[0], worded, _listed_topic(page.lines, links, template), _box_section(tree, links, template),
                  _chosen_option(tree),
                  # (a section label alone in its block over its values' blocks under the headline:
                  # a wiki's category links)
                  section_from_split_label(page.lines[_line_under_title(page.lines, title) or len(page.lines):],
                                           bare=True),
                  byline_section(root, links, _known_section(template)), _section_before(tree, root),
                  section_from_trail_lines(before, title=title, homes={h for b in before if (h := menu_home(b))}),
                  trail_under_headline(shows_title, title),
                  None if k is None else learned_section(kick, template, in_menu=kick in before[:k],
                                                         menu_end=_menu_end(tree, before[:k + 1], template),
                                                         menu_item=menu_item, menu=filed),
                  _header_chip(shows_title, links, page_url, template),
                  _chip_under_headline(page.lines, title, links, template),
                  _item_under_menu(page.lines, title, links),
                  _tag_after_headline(shows_title, links, page_url, template),
                  _banner_section([el for el in _xpath(tree, "//h1")
                                   if not _names_site(el, tree, meta, page.lines, template, first=False)],
                                  title, links, template, listing=listing),
                  # a dated row's field the menu lists; the menu's item marked current, the menu's
                  # section the URL lies under; the <title>'s part the menu lists: last
                  rowed, trailed,
                  active_item(tree), emphasized_item(tree),
                  # (a section's label over the story's kicker: after the page's trails, rows and menu
                  # marks, which say where the site filed the story when a genre stands there)
                  _over_kicker(before, owners, template, [n for n, _ in links]),
                  class_section((root, tree.body), slugs),
                  # (the item of the menu whose name the run's pages show beside the class's slug)
                  None if template is None else run_class_section((root, tree.body), links,
                                                                  template.shows_slug_name),
                  section_from_url(page_url, links),
                  # (a name in a slot of the site's paths, which holds a few names over its pages)
                  template.filed_section(page_url, page.lines) if template is not None else None,
                  # (the value of a slot the site's lines repeat with a few values, «این خبر در بخش ǂ
                  # منتشر شد.», as on its flat pages: :meth:`.template.PageTemplate.frame_section`)
                  template.frame_section(_unlabelled(page.lines)) if template is not None else None,
                  titled, barred, title_label_section(doc_title), box_heading_section(tree, links, template),
                  section_word_link(root, links, template),
                  # a script app's state (Next.js): the story's record names its category, which
                  # the page or the run vouches for as a section; last, nothing shown names one
                  _state_section(tree, title, links, page_url, template), *machine,
                  # (a hashtag link alone under the story, on a site that files its stories by one
                  # such tag: .template.PageTemplate.tag_section)
                  _lone_hashtag(tree, shows_title, template, page.lines, art.title)]
    # (a name the page shows as a person's or an account's, a channel's over its follow counter, an
    # uploader's under «by», is no section: :func:`.sections.account_names`)
    people = account_names(page.lines)
    if mail is not None and mail.subject:
        people.add(line_key(mail.subject))  # (a mail's «موضوع:» names the mail, not a section)
    if letter is not None:
        # (a document's blessing and its office's name over its letterhead's fields: no section)
        people.update(line_key(t) for t in page.lines[:letter.start])
    art.section = next((x for x in (acceptable(c, site_names=site_names, title=title,
                                               declared=bool(c) and line_key(c) in declared)
                                    for c in candidates) if x and line_key(x) not in people), None)
    if one_listing(art.section, [n for n, _ in links], template):
        art.section = None  # (the site's one listing, a forum's name over all its posts: no section)
    if art.title != title and art.section and line_key(art.section) == line_key(art.title or ""):
        art.section = None  # (the headline a mail's message or a document shows, read apart: no section)
    if mail is not None and art.section and "@" in art.section:
        art.section = None  # (a mail's sender, «رضا امینی <user@gmail.com>»: no section)
    if art.section is None and mail is not None and mail.headline:
        # (the pasted story's own trail under its headline, «ایرنا > اجتماعی», which the page's
        # structure around the title its markup names does not reach)
        trail = trail_under_headline(_headline_element(root, mail.headline), mail.headline)
        art.section = acceptable(trail, site_names=site_names, title=mail.headline) if trail else None
        if art.section is None:  # (its own label under its headline and date line, «گروه خبری: …»)
            label = mail.labelled_under(page.lines)
            art.section = acceptable(label, site_names=site_names, title=mail.headline) if label else None
    # surtitle and lead: elements whose class names the role, outside the article body
    kicker = None
    shown_lead: str | None = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el is root:
            continue
        c = _classes(el)
        if art.surtitle is None and _SURTITLE_CLASS.search(c) and el.tag not in ("h1",):
            art.surtitle = _text(el)
        if art.lead is None and el.tag in _LEAD_TAGS and (_LEAD_CLASS.search(c) or _described(el)) \
                and not _holds_head(el):
            t = _without_caption(el, _without_section_chip(el, art.section))
            if t and len(t.split()) >= 4 and "itemprop" not in (el.get("itemprop") or ""):
                if h1 and next((x for x in el.itersiblings() if isinstance(x.tag, str)), None) is h1[0] \
                        and not _described(el):
                    # (a «subtitle» right above the headline is its kicker, whatever its class
                    # says: the lead stands under the headline; not the summary its microdata
                    # names, which a site may set over the headline)
                    kicker = kicker or t
                    continue
                art.lead = t
                shown_lead = _without_caption(el, _text(el))  # (with its chip: the page's line the body leaves out)
    if kicker is not None and art.surtitle is None:
        art.surtitle = kicker
    if art.lead is None and h1:
        # a subheading right after the headline is the lead when it reads as a summary sentence
        nxt = h1[0].getnext()
        if nxt is not None and nxt.tag in ("h2", "h3", "h4"):
            t = _text(nxt)
            if t and len(t.split()) >= 8 and not has_dateline(t):
                art.lead = t
    head_el = h1[0] if h1 else _headline_element(root, title)
    if head_el is not None and root.tag == "article" and root not in head_el.iterancestors():
        # (the headline in the site's <header>, above the menu: the story's head is in its
        # <article>, under the heading that opens it, a surtitle, above the story's paragraphs)
        opening = _opening_heading(root)
        head_el = head_el if opening is None else opening
    head_lead = False
    if not h1 and head_el is not None:
        head_el = _field_table_of(head_el)  # (the headline a value of the head's label/value table)
    if art.lead is None and not h1 and art.title and art.title != title:
        # (the markup named no headline, the page's lines did: a lead set in bold under the element
        # that shows it, a document's bold opening paragraph)
        shown = _headline_element(root, art.title)
        art.lead = _emphasized_lead(shown) if shown is not None else None
    if art.lead is None and head_el is not None:
        art.lead = _emphasized_lead(head_el)  # (under an <h1>, or under the element that shows the title)
        if art.lead is None:
            art.lead = _header_lead(head_el, root)
            head_lead = art.lead is not None
    # published: what the page tells machines (meta, JSON-LD), else the dated element of the
    # article's header (see _label_elements); a modification date never (it is another day); the
    # headline's row outside the article, where no <h1> shows the headline (a help centre's heading)
    got = _meta_date(meta, ld, _META_DATES, tree) or _posts_day(shows_title) or labels[1] \
        or _labelled_date_outside(root) \
        or _labelled_date_beside(_headline_element(tree, art.title) if shows_title is None else shows_title, root) \
        or _slot_date(page.lines, template) \
        or _lone_time(tree, root, shows_title, page_url) or _row_date_over(root, shows_title, template) \
        or state_date(tree, art.title) \
        or _tab_title_date(tree) \
        or _issue_heading_date(tree, art.title)  # (a skeleton's: its app's state holds the story's record;
    # last, the tab's title, and the issue's heading over a print edition's story)
    if mail is not None and mail.story_date is not None:
        got = mail.story_date.localize()  # (the pasted story's own date; the header's, when it was sent)
    elif letter is not None:
        got = letter.date.localize()  # (the letter's day, not the file's creation its metadata gives)
    if got:
        art.published, art.published_jalali = got
    # body: the main-content extractor selects the lines, the page gives their characters (the
    # extractor drops ZWNJ), then the chrome is trimmed without losing the story
    text = _main_text(raw, options.html_engine)
    text = _missed_siblings(page, _missed_story(page, text))
    lines, dom = _story_siblings(*_story_gaps(page, *_page_order(*_project(page, text))), template)
    lines, dom = _join_wrapped(lines, dom)  # (a <p>'s paragraph hard-wrapped with <br>s: one line)
    lines, dom, rows = join_rows(lines, dom)  # (a table's row, one line: «گندم | ۴۰,۵۰۰ | ۱۲٪»)
    keys = [line_key(t) for t in lines]  # (cut once, for the template and the classifier)
    roles = quote_intros(lines, template.roles(lines, keys, _ordered_items(dom))) if template is not None else None
    whole = False
    if template is not None and template.learned and (_template_only(lines, roles) or thread_only(lines, dom, keys)):
        # the extractor took the site's template (a disclaimer, a tail box) for the story: the
        # page's own prose, the lines the site does not repeat, is elsewhere on the page
        got = _whole_page(page, keys, template)
        if got is not None:
            lines, dom, keys, roles = got
            whole = True
    body = select_body(lines, line_key(art.title or ""), line_key(shown_lead or art.lead or ""), roles, dom, keys,
                       rows=set() if whole else rows, layout=_layout_headings(lines, roles, template))
    paras = body.paragraphs
    if mail is not None and mail.headline:
        paras = _below_pasted_headline(paras, page.lines, mail)
    state = state_paragraphs(tree, art.title)
    if state:
        # (a single-page app's skeleton: the page shows little of the story its script's state holds,
        # «در حال بارگذاری…» where the rest would render, or its first paragraphs and then the
        # placeholder; the state's paragraphs, ZWNJs as written)
        skip = {line_key(art.title or ""), line_key(shown_lead or art.lead or "")}
        told = [p for p in state if line_key(p) not in skip]
        if told and (shown_share(state, page.lines) < STATE_SHOWN_MAX or shown_prefix(paras, told)):
            paras = told
    if head_lead and art.lead and not paras:  # (the headline's one paragraph was the whole story)
        paras, art.lead = [art.lead], None
    if template is not None and template.learned:  # (the site's end marker glued to a paragraph)
        paras = [p for p in (cut_site_end(p, template) for p in paras) if p]
    if art.lead is None and len(paras) >= 2 and has_dateline(paras[1]) and not has_dateline(paras[0]) \
            and (whole or _block_over_story(page, paras)):
        # (the whole page read: the summary right above the dateline paragraph is the lead, as on
        # a flat page; or a summary in a block of its own kind over the story's blocks, a callout;
        # a line of a few words there, «متن بریده (OCR)» over a clipping's text, «ساعت ۰۹:۱۴ ق.ظ», is
        # a label or a time over the story: no lead, no paragraph either)
        short = len(paras[0].split(None, LEAD_MIN_LABEL_WORDS)) <= LEAD_MIN_LABEL_WORDS
        art.lead, paras = None if short else paras[0], paras[1:]
    if could_be_cards(paras):  # a category/tag/search page's teasers
        cards = card_texts(tree)
        if mostly_cards(paras, cards):
            # (a story above the cards is an article's, its related cards under it: kept)
            paras = story_above_cards(paras, cards)
            body.chrome_lines = body.lines_total - len(paras)
    pkeys: list[str] | None = None  # the page's line keys, cut once when a layout needs them
    if art.lead is None and len(paras) >= 2 and template is not None and template.learned \
            and len(paras[0]) <= LEAD_LABELLED_MAX_CHARS and template.labels_lead(paras[0]) \
            and lone_label(paras[0], (t for t in page.lines if paras[0] not in t)):
        # «لید: …» as the site opens its leads on its other pages: its summary, wherever its header
        # sets it (under a share bar, a date block, a row of counters)
        art.lead, paras = paras[0], paras[1:]
    if art.lead is None and len(paras) >= 2 and len(paras[0]) <= LEAD_LABELLED_MAX_CHARS \
            and opens_with_slot_label(paras[0]) and lone_label(paras[0], (t for t in page.lines if paras[0] not in t)):
        # «لید: …», «خلاصه: …» opening the story's first paragraph, a word the page names nowhere else:
        # the page names it its summary, as a flat page's first paragraph under the header is
        # (:func:`.text._opens_with_slot_label`), on a site the run saw too few pages of to learn it
        art.lead, paras = paras[0], paras[1:]
    if art.lead is None and paras:
        pkeys = [line_key(ln) for ln in page.lines]  # (once for the three layouts of a lead)
        art.lead = _lead_above_body(page.lines, pkeys, art.title, paras[0],
                                    page.blocks.owners if page.blocks is not None else None)
        if art.lead is None and len(paras) >= 2 and (_lead_over_box(pkeys, paras[0], paras[1])
                                                     or _lead_under_headline(pkeys, art.title, paras)
                                                     or _lead_under_label(page.lines, pkeys, art.title, paras[0])):
            art.lead, paras = paras[0], paras[1:]
        elif art.lead is None and len(paras) >= 2 and (cut := _lead_in_its_own_block(page, pkeys, paras)):
            art.lead, paras = paras[0], paras[cut:]
        elif art.lead is None and len(paras) >= 2 and _lead_in_its_own_span(page, pkeys, paras):
            art.lead, paras = paras[0], paras[1:]
        elif art.lead is None and len(paras) >= 2 and _lead_in_header_block(page, pkeys, art.title, paras):
            art.lead, paras = paras[0], paras[1:]
        elif art.lead is None and (shown := _described_above(page.lines, pkeys, meta, ld, art.title, paras[0])):
            art.lead = shown
        elif art.lead is None and len(paras) >= 2 and _lead_described_apart(page, pkeys, meta, ld, paras):
            art.lead, paras = paras[0], paras[1:]
    if art.title and len(paras) >= 2 and cites_own_title(paras[-1], art.title):
        paras = paras[:-1]  # «نحوه استناد: … «<headline>». …»: the page cited, not its story
    if art.section and len(paras) >= 2 and files_in_section(paras[-1], art.section):
        paras = paras[:-1]  # «در مراتع» under the story, its section named above: where the site filed it
    closing = _bare_credit_closing(paras, template)
    if closing:  # («<p>ایسنا</p>» closing the story's block: its credit, no paragraph of it)
        paras = paras[:-1]
    art.paragraphs = paras
    art.lines_total, art.chrome_lines = body.lines_total, body.chrome_lines
    if art.section is None and paras:
        # (no word of the head names the section: a field under the story may, as on flat pages)
        if pkeys is None:
            pkeys = [line_key(ln) for ln in page.lines]
        art.section = acceptable(_foot_field(page.lines, pkeys, paras[-1], links, template, site_names),
                                 site_names=site_names, title=art.title)
    if art.section is None:
        # (nor a field: a sentence that says where the story was filed, «این مطلب در دسته «X» منتشر
        # شده است.», as on flat pages: :func:`.sections.filed_sentence`)
        art.section = acceptable(next((v for t in page.lines if (v := filed_sentence(t))), None),
                                 site_names=site_names, title=art.title)
    if art.section is None and art.title:
        # (nor a sentence: a back link right over the headline, «‹ بازگشت به X», names the list of
        # stories it stands in: :func:`.sections.back_link_section`)
        if pkeys is None:
            pkeys = [line_key(ln) for ln in page.lines]
        at = _find(pkeys, line_key(art.title))
        if at is not None:
            above = [t for t in page.lines[max(0, at - BACK_LINK_REACH):at] if t.strip()]
            art.section = acceptable(next((v for t in reversed(above) if (v := back_link_section(t))), None),
                                     site_names=site_names, title=art.title)
    if body.restored:
        log.debug("extract: trimming cut the story; the extractor's prose kept (%s)", art.url or "")
    credits = body.credits
    for ln in credits:
        a = agency_from_credit(ln)
        if a:
            art.agency = a
            break
    if art.agency is None:  # a credit the main-text extractor left out with the tail
        art.agency = labels[2] or _credit_element(root)
    if art.agency is None and paras:
        if pkeys is None:
            pkeys = [line_key(ln) for ln in page.lines]
        art.agency = closing or _bare_credit_under(page.lines, pkeys, paras[-1], template) \
            or (_bare_credit_in_tail_slot(page.lines, pkeys, paras[-1], template)
                or _wire_credit_under(page.lines, pkeys, paras[-1], template)
                if not any(agency_from_dateline(t) for t in [art.lead or "", *paras[:2]]) else None) \
            or _slot_credit(page.lines, pkeys, paras, template) or _credit_below(page.lines, pkeys, paras[-1]) \
            or _credit_under_label(page.lines, pkeys, paras[-1]) \
            or _bare_credit_over(page.lines, pkeys, art.title, paras[0], template) \
            or (_credit_below(page.lines, pkeys, paras[-1], lambda t: address_credit(t, art.url)) if art.url else None)
    if art.agency is None:
        art.agency = _logo_alone(root)
    if art.agency is None:
        art.agency = _markup_credit(meta, ld, [*_names_given(tree, meta), *_title_site_names(tree)])
    if art.agency is None:
        art.agency = credited
    if art.agency is None and template is not None and paras:
        art.agency = template.credits_opening(paras[0])  # («کابل (باختر): …», a shape of the site's)
    if art.agency is None and art.title:
        if pkeys is None:
            pkeys = [line_key(ln) for ln in page.lines]
        art.agency = _credit_over_headline(page.lines, pkeys, art.title)
    if art.agency is None and mail is not None:
        art.agency = mail.agency()  # (the agency's name over the pasted headline: .mailview)
    if art.agency is None:
        art.agency = agency_of_story(art.lead, paras, site=_site_name(page.lines, paras, template))
    if art.agency is None and art.lead:  # (a lead taken from the story's first paragraph names it)
        art.agency = agency_mentioned(art.lead)
    if stopped and not paras:  # the parser gave up before any article: say so, not "empty"
        art.error, art.error_detail = "html_limit", f"the HTML parser stopped: {stopped}"


#: a script's story is taken when the page shows less than this share of its word shingles (a page
#: that renders its story shows nearly all of it, whatever its paragraphs; a skeleton, the first one
#: or none)
STATE_SHOWN_MAX = 0.5
#: inline elements that set a whole block in bold: a lead printed as an emphasized block
_EMPHASIS = frozenset({"strong", "b"})
#: a lead has at least this many words; the header rows between the headline and the lead (byline,
#: date, views, id) are shorter or end in no sentence punctuation and are shorter than the next
LEAD_MIN_WORDS = 8
#: a paragraph over the story's dateline paragraph is its lead when it has more words than this
LEAD_MIN_LABEL_WORDS = 3
#: a lead is one paragraph of at most this many characters
LEAD_MAX_CHARS = 600
#: a box between a lead and the story has at least this many lines (of any kind: the two lines'
#: indexes differ by more than this)
BOX_MIN_LINES_BETWEEN = 2
HEADER_ROW_MAX_WORDS = 20
_SENTENCE_END = frozenset(".!؟?»")


def _below_pasted_headline(paras: list[str], lines: list[str], mail) -> list[str]:
    """The paragraphs of a mail's print view (its page's ``lines``) that stand under the pasted
    story's headline (:meth:`.mailview.MailView.over_story`: the sender's note, the forwarded
    message's header rows, a row's cells joined, the story's agency line, kicker and date line are
    the mail's).

    >>> from .mailview import mail_view
    >>> lines = ["From: علی <ali@coop.ir>", "To: مریم", "Subject: Fwd: خبر",
    ...          "سلام، این خبر را برای اطلاع اعضا می‌فرستم.", "-------- Forwarded Message --------", "Date:",
    ...          "Fri, 23 Apr 2021 04:21:00 +0430", "From:", "رضا <568@coop.ir>", "To:", "مریم", "مهار آتش در خاش",
    ...          "تاریخ انتشار: ۰۰/۰۱/۱۸ - ۰۲:۲۰", "آتش ارتفاعات خاش پس از شش ساعت مهار شد."]
    >>> row = "Date: | Fri, 23 Apr 2021 04:21:00 +0430"
    >>> _below_pasted_headline([lines[3], row, *lines[12:]], lines, mail_view(lines))
    ['آتش ارتفاعات خاش پس از شش ساعت مهار شد.']
    """
    return mail.under_headline(paras, lines)


def _join_wrapped(lines: list[str], dom: list[Dom | None]) -> tuple[list[str], list[Dom | None]]:
    """The story's lines with those of one element a flattener hard-wrapped at a column and set
    apart by ``<br>`` joined into their paragraph (:func:`.rejoin.block_runs`), each where its
    first line stands."""
    runs = block_runs(lines, [getattr(d, "owner", None) for d in dom])
    if len(runs) == len(lines):
        return lines, dom
    return [join_lines(lines[i: j + 1]) for i, j in runs], [dom[i] for i, _j in runs]


def _find(keys: list[str], key: str, start: int = 0) -> int | None:
    """The index of the first of ``keys`` from ``start`` on that is ``key``, or None."""
    try:
        return keys.index(key, start)
    except ValueError:
        return None


def _lead_above_body(lines: list[str], keys: list[str], title: str | None, first: str,
                     owners: list | None = None) -> str | None:
    """A lead the body left out: the one line of prose between the headline and the story's first
    paragraph, whatever element holds it (a summary in the header's block), set apart from the
    story by a box (an info box, a share bar: two lines or more); a sentence of its own, no
    dateline, no date. None when there are two or more, or the line runs into the story. A
    sentence of a form's box (``owners``, the element of each line: :func:`_form_note`) is none."""
    if not title:
        return None
    tk, fk = line_key(title), line_key(first)
    start = _find(keys, tk)
    if start is None:
        return None
    prose: list[tuple[int, str]] = []
    for i in range(start + 1, len(lines)):
        if owners is not None and i < len(owners) and _form_note(owners[i], (tk, fk)):
            continue  # («نظرات پس از تأیید مدیر منتشر خواهد شد.» over a comment form's fields)
        if keys[i] == fk:
            if len(prose) != 1:
                return None
            at = prose[0][0]
            # (set apart by a box, or by the story's one label between: «اطلاعیه شماره ۸»,
            # «تعداد تصاویر: ۱۸», no sentence; a subheading the story opens with is in its body)
            return prose[0][1] if i - at > BOX_MIN_LINES_BETWEEN or (i - at == 2 and _label_row(lines[at + 1])) \
                else None
        t = lines[i].strip()
        if (len(t.split()) >= LEAD_MIN_WORDS and len(t) <= LEAD_MAX_CHARS and t[-1] in _SENTENCE_END
                and not has_dateline(t) and date_line(t) is None):
            prose.append((i, t))
    return None


#: a form's note stands this many levels at most under the element that holds the form's fields
FORM_BOX_DEPTH = 3
_FORM_FIELD = " | ".join(f".//{tag}" for tag in sorted(FORM_FIELDS))


def _form_note(el, marks: tuple[str, ...]) -> bool:
    """Whether element ``el`` stands in a form's box (a comment form, a newsletter prompt): the nearest
    of its ancestors (:data:`FORM_BOX_DEPTH` levels at most) that holds a form's field holds none of
    ``marks`` (keys of the headline, of the story's first paragraph). Its sentences are the form's
    notes («نظرات پس از تأیید مدیر منتشر خواهد شد.»), whatever their words; an article whose
    header and story stand in the element with a form under them says nothing of its lines.

    >>> import lxml.html
    >>> doc = lxml.html.fromstring("<div><h1>تیتر خبر</h1><div><p>نظر شما پس از تأیید منتشر می‌شود.</p>"
    ...                            "<textarea></textarea></div><p>متن خبر</p></div>")
    >>> marks = (line_key("تیتر خبر"),)
    >>> _form_note(doc.xpath("//p")[0], marks), _form_note(doc.xpath("//p")[1], marks)
    (True, False)
    """
    anc = el
    for _ in range(FORM_BOX_DEPTH):
        if anc is None or not isinstance(anc.tag, str):
            return False
        if anc.tag == "form" or _xpath(anc, _FORM_FIELD):
            held = line_key(text_of(anc))
            return not any(m and m in held for m in marks)
        anc = anc.getparent()
    return False


#: a label between a lead and the story has at most this many words
LABEL_ROW_MAX_WORDS = 4


def _label_row(text: str) -> bool:
    """Whether a line is a short label (a number, a count, a kind of text), no sentence.

    >>> _label_row("اطلاعیه شماره ۸"), _label_row("او گفت که می‌آید.")
    (True, False)
    """
    t = text.strip()
    return bool(t) and len(t.split()) <= LABEL_ROW_MAX_WORDS and t[-1] not in _SENTENCE_END and t[-1] not in ":："


def _lead_over_box(keys: list[str], first: str, second: str) -> bool:
    """Whether the story's first paragraph is its lead set apart by a box: a summary without a
    dateline, then lines that are not the story (an info box, a share bar: two or more), then
    the paragraph that opens with the dateline («به گزارش …»)."""
    if len(first) > LEAD_MAX_CHARS or has_dateline(first) or not has_dateline(second):
        return False
    fk, sk = line_key(first), line_key(second)
    at = _find(keys, fk)
    if at is None:
        return False
    nxt = _find(keys, sk, at + 1)
    return nxt is not None and nxt - at > BOX_MIN_LINES_BETWEEN


def _lead_under_headline(keys: list[str], title: str | None, paras: list[str]) -> bool:
    """Whether the story's first paragraph is a one-sentence summary (of eight words or more, not a
    «read on» teaser) standing right under the headline (no byline or date between) over the
    paragraph that opens with the dateline."""
    first = paras[0]
    if (not title or len(first) > LEAD_MAX_CHARS or len(first.split()) < LEAD_MIN_WORDS or has_dateline(first)
            or not has_dateline(paras[1])
            or INNER_SENTENCE_END.search(first.rstrip(" .!؟?»"))):
        return False
    tk, fk = line_key(title), line_key(first)
    at = _find(keys, fk)
    return at is not None and at > 0 and keys[at - 1] == tk


def _block_kind(el) -> tuple[str, str] | None:
    return None if el is None else (el.tag, el.get("class") or "")


def _block_over_story(page: PageText, paras: list[str]) -> bool:
    """Whether the body's first paragraph stands in a block of another kind (its tag, its class)
    than the story's paragraphs under it, these two of one kind (a callout «💡 …» over the
    story's ``<div class="text-block">``s): a summary set apart by the page's markup, when the
    next paragraph opens with a dateline; the summary of a lead's length, no dateline itself.

    >>> p = ["وزیر از افتتاح دو نیروگاه تازه در استان خبر داد.", "به گزارش ایرنا، وزیر امروز گفت که کار تمام است.",
    ...      "او افزود که نیروگاه سوم هم سال آینده به بهره‌برداری می‌رسد و برق شهرها تأمین می‌شود."]
    >>> body = "".join(f"<div class='t'>{t}</div>" for t in p[1:])
    >>> def page(kind): return PageText.from_html(f"<body><div class='{kind}'>{p[0]}</div>{body}</body>", dom=True)
    >>> _block_over_story(page("c"), p), _block_over_story(page("t"), p)
    (True, False)
    """
    if len(paras) < 3 or len(paras[0]) > LEAD_MAX_CHARS or page.blocks is None:
        return False
    owners, at = page.blocks.owners, 0
    kinds = []
    for para in paras[:3]:
        key = line_key(para)
        found = next((k for k in range(at, len(page.lines)) if line_key(page.lines[k]) == key), None)
        if found is None or found >= len(owners) or owners[found] is None:
            return False
        kinds.append(_block_kind(owners[found]))
        at = found + 1
    return kinds[0] != kinds[1] and kinds[1] == kinds[2]


def _lead_in_its_own_block(page: PageText, keys: list[str], paras: list[str]) -> int:
    """How many of the body's first paragraphs are the lead and the label under it (0: none): a
    summary in a block of another kind than the story's paragraphs (a ``<div>`` over ``<p>``s),
    the story's one label (:func:`_label_row`, «اطلاعیه شماره ۷») between them, in the body or not;
    the summary a sentence of a lead's length, no dateline."""
    first = paras[0]
    if len(first) > LEAD_MAX_CHARS or has_dateline(first) or first.rstrip()[-1:] not in _SENTENCE_END:
        return 0
    labelled = len(paras) >= 3 and _label_row(paras[1])  # (the label kept in the body: the header's, gone too)
    at = _find(keys, line_key(first))
    nxt = _find(keys, line_key(paras[2 if labelled else 1]), at + 1) if at is not None else None
    owners = page.blocks.owners if page.blocks is not None else []
    if at is None or nxt is None or nxt - at != 2 or not _label_row(page.lines[at + 1]) or nxt >= len(owners):
        return 0
    mine, theirs = owners[at], owners[nxt]
    if mine is None or theirs is None or mine.tag == theirs.tag:
        return 0
    return 2 if labelled else 1


#: the inline elements that set a text apart in its block by its look (a colour, a face, a weight)
_STYLED = frozenset({"font", "span", "b", "strong", "em", "i"})


def _styled_whole(owner, key: str):
    """The inline element (:data:`_STYLED`) inside ``owner`` whose whole text has ``key`` (a line's
    key) and that holds no link, else None."""
    for el in owner.iter(*_STYLED):
        if el.find(".//a") is None and line_key(el.text_content()) == key:
            return el
    return None


def _lead_in_its_own_span(page: PageText, keys: list[str], paras: list[str]) -> bool:
    """Whether the body's first paragraph is the lead set apart by its look alone: an old layout's
    story of paragraphs parted by ``<br>`` in one cell, the summary wholly inside an inline element
    of its own (``<font color>``, a ``<span>``, ``<b>``) and the next paragraph right under it as the
    cell's bare text (not so set: the story's paragraphs are not all styled alike); the summary a
    sentence of a lead's length, no dateline, and neither of them a link."""
    first = paras[0]
    if len(first) > LEAD_MAX_CHARS or has_dateline(first) or first.rstrip()[-1:] not in _SENTENCE_END \
            or page.blocks is None:
        return False
    at = _find(keys, line_key(first))
    if at is None or at + 1 >= len(keys) or keys[at + 1] != line_key(paras[1]):
        return False
    owners = page.blocks.owners
    owner = owners[at]
    if owner is None or owners[at + 1] is not owner or page.blocks.linked[at] or page.blocks.linked[at + 1]:
        return False
    lead = _styled_whole(owner, keys[at])
    return lead is not None and _styled_whole(owner, keys[at + 1]) is None


def _lead_sized(text: str) -> bool:
    """Whether ``text`` is of a lead's length: :data:`LEAD_MIN_WORDS` words or more, at most
    :data:`LEAD_MAX_CHARS` characters."""
    return len(text.split()) >= LEAD_MIN_WORDS and len(text) <= LEAD_MAX_CHARS


def _headline_over(keys: list[str], at: int, title: str) -> int | None:
    """The index of the last line above line ``at`` that is the headline ``title`` (the headline over
    it, not a trail's copy further up), or None."""
    tk = line_key(title)
    return next((i for i in range(at - 1, -1, -1) if keys[i] == tk), None)


def _first_two_owners(page: PageText, keys: list[str], paras: list[str]) -> tuple[int, Any, Any] | None:
    """The line of the body's first paragraph, and the elements that hold it and the story's next
    paragraph (``page.blocks``), or None when the page does not show both in elements."""
    at = _find(keys, line_key(paras[0]))
    nxt = _find(keys, line_key(paras[1]), at + 1) if at is not None else None
    owners = page.blocks.owners if page.blocks is not None else []
    if at is None or nxt is None or nxt >= len(owners) or owners[at] is None or owners[nxt] is None:
        return None
    return at, owners[at], owners[nxt]


def _lead_in_header_block(page: PageText, keys: list[str], title: str | None, paras: list[str]) -> bool:
    """Whether the body's first paragraph is the lead the page sets in its header's block: the
    element that holds the headline's block (with the byline, the counters under it) holds the
    paragraph too, and the story's next paragraph stands outside it, in a block of the story's own
    (after a photo, a box, or nothing), and the paragraph is of its own kind (another tag, or classes
    the story's paragraph shares none of: dressed as the story's, beside the headline, it is the
    story's first). A page without a summary leaves the header's block without prose; the summary a
    sentence of a lead's length, no dateline."""
    first = paras[0]
    if (not title or page.blocks is None or not _lead_sized(first)
            or has_dateline(first) or first.rstrip()[-1:] not in _SENTENCE_END):
        return False
    found = _first_two_owners(page, keys, paras)
    if found is None:
        return False
    at, mine, theirs = found
    head = _headline_over(keys, at, title)
    if head is None or page.blocks.owners[head] is None:
        return False
    block = mine.getparent()
    if block is None or page.blocks.owners[head].getparent() is not block \
            or any(a is block for a in theirs.iterancestors()):
        return False
    own, story = set((mine.get("class") or "").split()), set((theirs.get("class") or "").split())
    return mine.tag != theirs.tag or (own != story and not own & story)


#: the names a page gives its summary for machines, in the order read
_DESCRIPTION_KEYS = ("description", "og:description", "twitter:description")


def _descriptions(meta: dict, ld: dict) -> set[str]:
    """The keys of the summaries a page gives machines (:data:`_DESCRIPTION_KEYS`, JSON-LD's)."""
    return {line_key(v) for v in (*(meta.get(k) for k in _DESCRIPTION_KEYS), ld.get("description"))
            if isinstance(v, str) and v.strip()}


def _described_above(lines: list[str], keys: list[str], meta: dict, ld: dict, title: str | None,
                     first: str) -> str | None:
    """The summary the page describes itself with for machines (:func:`_descriptions`, the same
    words) shown between its headline and the story's first paragraph, which the body left out
    (a block of its own over a box: «به‌روزرسانی: …», a share bar), a paragraph of a lead's length."""
    described = _descriptions(meta, ld)
    if not title or not described:
        return None
    at = _find(keys, line_key(first))
    head = _headline_over(keys, at, title) if at is not None else None
    if at is None or head is None:
        return None
    for i in range(head + 1, at):
        t = lines[i].strip()
        if keys[i] in described and _lead_sized(t):
            return t
    return None


def _lead_described_apart(page: PageText, keys: list[str], meta: dict, ld: dict, paras: list[str]) -> bool:
    """Whether the body's first paragraph is the summary the page describes itself with for machines
    (its ``description`` meta, ``og:description``, JSON-LD's ``description``: the same words) shown
    in a block apart from the story's paragraphs (another element, or another block holding it),
    a paragraph of a lead's length. A CMS that copies the story's opening into its description
    shows that opening among the story's paragraphs, in their block."""
    first = paras[0]
    if page.blocks is None or not _lead_sized(first) or line_key(first) not in _descriptions(meta, ld):
        return False
    found = _first_two_owners(page, keys, paras)
    if found is None:
        return False
    _at, mine, theirs = found
    return mine.tag != theirs.tag or mine.getparent() is not theirs.getparent()


def _lead_under_label(lines: list[str], keys: list[str], title: str | None, first: str) -> bool:
    """Whether the story's first paragraph stands under a label alone that names it, below the
    headline («چکیده:» in a block of its own, then the summary: :func:`.text.slot_label`), as the
    flat parser reads such a slot; a paragraph of a summary's length."""
    if not title or len(first) > LEAD_MAX_CHARS:
        return False
    at, head = _find(keys, line_key(first)), _find(keys, line_key(title))
    if at is None or head is None or head >= at - 1 or not slot_label(lines[at - 1].strip()):
        return False
    # (the label stands again over a later paragraph: a transcript's speaker over each of their turns,
    # an interview's question mark, no summary's slot, which a page names once)
    return keys[at - 1] not in keys[at + 1:]


def _past_header_rows(h1):
    """The headline's next sibling elements past the header's short rows (byline, date, counters,
    an id, a button: under :data:`LEAD_MIN_WORDS` words, or under :data:`HEADER_ROW_MAX_WORDS`
    without a sentence's end), each with its text and whether that ends a sentence."""
    for el in h1.itersiblings():
        if not isinstance(el.tag, str):
            continue
        t = _text(el) or ""
        n = len(t.split())
        sentence = n > 0 and t[-1] in _SENTENCE_END
        if n >= LEAD_MIN_WORDS and (sentence or n >= HEADER_ROW_MAX_WORDS):
            yield el, t, sentence


def _emphasized_lead(h1) -> str | None:
    """The lead printed as a block of its own set wholly in bold (``<div><strong>…</strong></div>``)
    among the headline's next siblings, after the header's short rows (byline, date, counters) and
    before the story: a sentence of at least :data:`LEAD_MIN_WORDS` words, not a dateline. The
    scan stops at the first block of prose that is not emphasized (the story has begun)."""
    for el, t, sentence in _past_header_rows(h1):
        kids = [k for k in el if isinstance(k.tag, str)]
        whole = (len(kids) == 1 and kids[0].tag in _EMPHASIS and not (el.text or "").strip()
                 and not (kids[0].tail or "").strip())
        if whole and sentence and not has_dateline(t) and kids[0].find(".//a") is None:
            return t
        return None
    return None


def _opening_heading(root):
    """The heading (``<h2>`` … ``<h6>``) that opens ``root`` above its first paragraph, else None."""
    for el in root.iter("p", "h2", "h3", "h4", "h5", "h6"):
        return None if el.tag == "p" else el
    return None


def _header_lead(h1, root) -> str | None:
    """The lead as a paragraph of a kind of its own in the headline's block: among the headline's
    next siblings, past the header's short rows (date, counters, buttons), the one ``<p>``, one
    sentence group (:data:`LEAD_MIN_WORDS` words or more, no dateline, no link), with a class that
    no paragraph of the story shows, the story standing in a block of its own («<div><h1/><time/>
    <p class="k7">lead</p></div><div><p>story</p>…</div>»), whatever the class's name; or the story
    running on beside the headline under a subheading of its own after that paragraph (a Q&A page's
    «<h1/><h2>…</h2><p class="q">question</p><h2>…</h2><p>answer</p>…»: the heading opens the
    story). None when prose runs on beside the headline with no heading between, or the paragraph
    is dressed as the story's are (their first)."""
    found = opening = None
    for el, t, sentence in _past_header_rows(h1):
        if found is not None:
            if _heading_between(found, el):
                opening = el  # (the story under its own heading, beside the headline)
                break
            return None
        if el.tag != "p" or not sentence or len(t) > LEAD_MAX_CHARS or has_dateline(t) or el.find(".//a") is not None:
            return None
        found = el
    cls = (found.get("class") or "").split() if found is not None else []
    if not cls:
        return None
    if opening is not None:
        story = [p for x in (opening, *opening.itersiblings()) if isinstance(x.tag, str) for p in x.iter("p")]
        least = 1
    else:
        parent = h1.getparent()
        story = [p for p in root.iter("p") if not any(a is parent for a in p.iterancestors())]
        least = 2
    if len(story) < least or any(set(cls) & set((p.get("class") or "").split()) for p in story):
        return None
    return _text(found)


#: the elements of a subheading that opens a part of the story
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _heading_between(first, later) -> bool:
    """Whether a subheading (:data:`_SUBHEADINGS`) stands among the siblings between elements
    ``first`` and ``later`` (the same parent's)."""
    for x in first.itersiblings():
        if x is later:
            return False
        if x.tag in _SUBHEADINGS:
            return True
    return False


#: a page block element with at least this many unlinked characters holds article-sized text
MIN_STORY_BLOCK_CHARS = 500
#: ... and it is the story the extractor missed when it holds this many times the extractor's text
MISSED_STORY_RATIO = 2.0
#: the paragraphs of a story one block element each (:func:`_missed_siblings`) hold this many
#: unlinked characters at least ...
MIN_SIBLINGS_CHARS = 200
#: ... and more than this many times the extractor's text, which stands under them on the page
MISSED_SIBLINGS_RATIO = 1.0


def _missed_story(page: PageText, text: str) -> str:
    """``text``, or the page's story when the extractor passed it by: the block element whose
    own lines (``<br>`` lines of one ``<div>``, a table cell) hold the most unlinked text, when
    that is article-sized, several times what the extractor kept, and none of it was kept (a
    story written without ``<p>`` beside a box of teaser paragraphs)."""
    blocks = page.blocks
    if blocks is None:
        return text
    own: dict[int, list[int]] = {}
    for j, el in enumerate(blocks.owners):
        if el is not None and blocks.linked[j] < (1 - LINK_BLOCK_SHARE) * blocks.sizes[j]:
            own.setdefault(id(el), []).append(j)
    if not own:
        return text
    best = max(own.values(), key=lambda js: sum(blocks.sizes[j] - blocks.linked[j] for j in js))
    chars = sum(blocks.sizes[j] - blocks.linked[j] for j in best)
    kept = ink(text)
    runs = [x for j in best for x in blocks.runs.get(j, (blocks.lines[j],))]
    if (chars < MIN_STORY_BLOCK_CHARS or chars < MISSED_STORY_RATIO * len(kept)) \
            and not _prose_passed_by(runs, text):
        return text
    if any(ink(blocks.lines[j])[:40] in kept for j in best):
        return text  # the extractor has it: its choice stands
    return "\n".join(runs)  # (a pre-wrapped block's paragraphs, each a line: its runs)


def _prose_passed_by(runs: list[str], text: str) -> bool:
    """Whether the extractor kept no line of running prose (``text``: boxes of dated links, a
    comment thread), and the block's ``runs`` (its lines, or the paragraphs of a pre-wrapped
    block) hold a story's worth of it (:data:`MIN_SIBLINGS_CHARS`): a short story the extractor
    passed by for the boxes put after it (a video page's description, under which the site
    shows its related list and comments)."""
    lines = text.split("\n")
    if not text.strip() or any(is_prose(t) for t in lines):
        return False
    return sum(len(ink(r)) for r in runs if is_prose(r)) >= MIN_SIBLINGS_CHARS


def _missed_siblings(page: PageText, text: str) -> str:
    """``text``, or the page's story when the extractor passed it by for what stands under it (an
    author's box, the previous and next stories' links): a story written one block element a
    paragraph (``<div>``s, no ``<p>``) under one parent, the page's most unlinked text of any
    parent's blocks, each block a line of running prose (:func:`.prose.is_prose`), two or more,
    standing on the page above everything the extractor kept (no line of that parent kept), and
    more text than the extractor's (:data:`MISSED_SIBLINGS_RATIO`). A short story's paragraphs are too short
    for :func:`_missed_story`'s one block."""
    blocks = page.blocks
    kept = ink(text)
    if blocks is None or not kept:
        return text
    lines = blocks.lines
    heads = [ink(t)[:40] for t in lines]
    # (where the extractor's text begins on the page: a line of it, or one long enough to be found
    # in it alone, not a short line that stands inside one of its lines, the site's name inside
    # «اپلیکیشن <name> را دانلود کنید»; and a line the page shows once: a ticker's headline over the
    # story shown again as the next story's link under it tells no place)
    shown = Counter(heads)
    kept_heads = {ink(t)[:40] for t in text.split("\n")}
    first = next((j for j, h in enumerate(heads) if h and shown[h] == 1
                  and (h in kept_heads or len(h) == 40 and h in kept)), None)
    if first is None:
        return text
    groups: dict = {}
    for j in range(first):
        el = blocks.owners[j]
        if el is None or blocks.linked[j] >= (1 - LINK_BLOCK_SHARE) * blocks.sizes[j] or not is_prose(lines[j]):
            continue
        parent = el.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(j)
    best = max(groups.values(), key=lambda js: sum(blocks.sizes[j] - blocks.linked[j] for j in js), default=None)
    if best is None or len(best) < 2 or len({id(blocks.owners[j]) for j in best}) < len(best):
        return text  # (one block a paragraph: a block of several lines is :func:`_missed_story`'s)
    chars = sum(blocks.sizes[j] - blocks.linked[j] for j in best)
    if chars < MIN_SIBLINGS_CHARS or chars <= MISSED_SIBLINGS_RATIO * len(kept):
        return text
    parent = blocks.owners[best[0]].getparent()
    if any(el is not None and el.getparent() is parent for el in blocks.owners[first:]):
        return text  # (the extractor kept the rest of them: the story's second half, under an ad)
    return "\n".join(lines[j] for j in best)


def _ordered_items(dom: list[Dom | None]) -> dict[int, int]:
    """The number each line that is an item of an ``<ol>`` shows (its place in the list, from 1):
    the count a list the story introduces makes, which its text no longer says."""
    out: dict[int, int] = {}
    for j, d in enumerate(dom):
        el = getattr(d, "owner", None)
        if el is not None and el.tag == "li":
            parent = el.getparent()
            if parent is not None and parent.tag == "ol":
                out[j] = 1 + sum(1 for _ in el.itersiblings("li", preceding=True))
    return out


def _template_only(lines: list[str], roles: list | None) -> bool:
    """Whether the extractor's text has prose and every prose line of it is one the site's template
    knows (a disclaimer, a tail box): the extractor passed the page's story by. (Text without prose,
    a table of results, is the extractor's choice: it stands.)"""
    if roles is None:
        return False
    known = [r is not None for t, r in zip(lines, roles) if is_prose(t)]
    return bool(known) and all(known)


def _whole_page(page: PageText, keys: list[str], template) -> tuple | None:
    """The page's every text block (lines, DOM, keys, template roles), to read in place of the
    extractor's lines (``keys``), when it holds prose the template does not know (a story the
    extractor passed by); else None."""
    blocks = page.blocks
    if blocks is None:
        return None
    every = list(zip(blocks.owners, blocks.linked, blocks.sizes, blocks.lines))
    all_lines = list(blocks.lines)
    all_keys = [line_key(t) for t in all_lines]
    all_roles = template.roles(all_lines, all_keys)
    mine = set(keys)
    if not any(r is None and k not in mine and is_prose(t) for t, k, r in zip(all_lines, all_keys, all_roles)):
        return None
    all_dom = [Dom(*every[j][:3], index=j, page=every) if every[j][0] is not None else None
               for j in range(len(every))]
    return all_lines, all_dom, all_keys, all_roles


def _project(page: PageText, text: str) -> tuple[list[str], list[Dom | None]]:
    """The extractor's ``text`` in the page's own lines, and where each stands in the DOM."""
    blocks = page.blocks
    assert blocks is not None
    every = list(zip(blocks.owners, blocks.linked, blocks.sizes, blocks.lines))
    keys: dict[int, str] = {}  # ink of page lines, as looked at
    lines: list[str] = []
    dom: list[Dom | None] = []
    whole: dict[str, str] | None = None  # (the page's lines by their ink, made when a row is split)
    for ln in (y.strip() for y in text.split("\n")):
        if not ln:
            continue
        got = page.project(ln)
        if any(_CELL_BAR in x for x in got):
            whole = {ink(x): x for x in page.lines} if whole is None else whole
            got = [y for x in got for y in _prose_row_cells(x, whole)]
        at = page.line_at(page.last_start) if page.last_start is not None else None
        for k, x in enumerate(got):
            lines.append(x)
            b = at + k if at is not None and at + k < len(every) else None
            if b is not None and k and page.lines[b] != x:
                # the extractor joined blocks that stand apart on the page (a cell's inline spans
                # after its blocks): this piece's own block, wherever it stands
                b = _block_of(page, keys, x, b)
            if b is not None and (page.lines[b] != x or every[b][1] >= LINK_BLOCK_SHARE * every[b][2]):
                # a piece of a longer block («۱. عنوان» of a table of contents), or a link that is
                # also a heading further down (the entry of a table of contents): the block that
                # is this line whole and no link, further down, is where the extractor took it from
                b = _whole_block(page, every, keys, x, b)
            if b is not None and len(x) - x.count(" ") > every[b][2]:
                b = None  # more than its block holds: lines of several blocks joined, placed nowhere
            dom.append(Dom(*every[b][:3], index=b, page=every) if b is not None and every[b][0] is not None
                       else None)
    return lines, dom


#: a headline cut short for the tab: its ellipsis at the end («…», «...»)
_CUT_END = re.compile(r"\s*(?:…|\.{3,})\s*$")
#: a cut headline keeps this many characters of ink at least (less names no line)
MIN_CUT_TITLE_KEY = 12
#: the line a cut headline stands for is a headline's length at most
MAX_UNCUT_TITLE_CHARS = 250


def _uncut_title(title: str, lines: list[str]) -> str:
    """The headline a title cut short with an ellipsis stands for (a ``<title>`` that keeps its first
    45 characters, «روابط‌عمومی زبان گویای هر سازمان است / ساختار...», on a page with no ``<h1>``): the
    page's first line that opens with its words and goes on, when the page shows one; else the title.

    >>> _uncut_title("قطار باری تهران مشهد...", ["خانه", "قطار باری تهران مشهد امروز حرکت کرد", "متن"])
    'قطار باری تهران مشهد امروز حرکت کرد'
    >>> _uncut_title("قطار باری تهران مشهد", ["قطار باری تهران مشهد امروز حرکت کرد"])
    'قطار باری تهران مشهد'
    """
    m = _CUT_END.search(title)
    key = line_key(title[:m.start()]) if m else ""
    if len(key) < MIN_CUT_TITLE_KEY:
        return title
    for ln in lines:
        if len(ln) <= MAX_UNCUT_TITLE_CHARS and not _CUT_END.search(ln):
            k = line_key(ln)
            if len(k) > len(key) and k.startswith(key):
                return ln
    return title


#: what the extractor sets between a table row's cells
_CELL_BAR = " | "


def _prose_row_cells(line: str, page_lines: dict[str, str]) -> list[str]:
    """A table row the extractor joined («cell | cell»), as its cells, when one of them is a paragraph
    of running text: a table that lays a story out (a TV script's print: the cue «[گوینده]» or
    «[SOT: …]» in the picture column beside each narration paragraph) and no table of figures, whose
    cells are short (:func:`.tables.cells`). Each cell must be a whole line of the page (``page_lines``:
    the page's lines by their ink), and is given as the page shows it (the extractor drops ZWNJs); a
    line the page shows with its bars stands as it is.

    >>> p = "وزیر راه امروز از آغاز ساخت خط آهن چابهار به زاهدان خبر داد و گفت این خط تا دو سال دیگر کامل می‌شود."
    >>> lines = {ink(x): x for x in ("[گوینده]", p)}
    >>> _prose_row_cells(f"[گوینده] | {p.replace(chr(0x200c), '')}", lines) == ["[گوینده]", p]
    True
    >>> _prose_row_cells("گندم | ۴۰,۵۰۰ | ۱۲٪", {ink(x): x for x in ("گندم", "۴۰,۵۰۰", "۱۲٪")})
    ['گندم | ۴۰,۵۰۰ | ۱۲٪']
    """
    parts = line.split(_CELL_BAR)
    if len(parts) < 2 or ink(line) in page_lines:
        return [line]
    shown = [page_lines.get(ink(x)) for x in parts]
    if not all(shown) or not any(is_prose(x) for x in parts):
        return [line]
    return [x for x in shown if x]


#: a paragraph around a list or a table the extractor passed by has this many words at least
GAP_PARAGRAPH_WORDS = 8
#: the blocks of a list or a table: an item, a cell
_ITEM_TAGS = frozenset({"li", "td", "th"})
#: the elements that hold such items, and those of them that make a list or a table
_LIST_TAGS = frozenset({"ul", "ol", "table", "tbody", "thead", "tr"})
_LISTS = frozenset({"ul", "ol", "table"})


def _story_item(el, box) -> bool:
    """Whether block element ``el`` is an item of a list or a table (an ``<li>`` of a ``<ul>``, a
    cell of a ``<table>``) that stands right in ``box`` (the element that holds two of the story's
    paragraphs), nothing else between; a lone ``<li>`` (an image's caption) is no list's item."""
    item = listed = False
    while el is not None and el is not box:
        if el.tag in _ITEM_TAGS:
            item = True
        elif el.tag in _LIST_TAGS and item:
            listed = listed or el.tag in _LISTS
        else:
            return False  # (a block inside a widget's <div>, a list's own text)
        el = el.getparent()
    return listed and el is box


def _paragraph(text: str) -> bool:
    """A line of the story's text by its words: a paragraph of :data:`GAP_PARAGRAPH_WORDS` words at least
    (one that introduces a list under it «… گفت:» too)."""
    return len(text.split()) >= GAP_PARAGRAPH_WORDS and classify(text).kind == PARA


def _story_gaps(page: PageText, lines: list[str], dom: list[Dom | None]) -> tuple[list[str], list[Dom | None]]:
    """The extractor's lines with the list items and table cells it passed by between two of the
    story's paragraphs put back (a story's points as a bulleted list, a table of figures), by the
    DOM: blocks of a list or a table, without links, that stand on the page between two
    consecutive prose lines the extractor kept, each a paragraph right in the same element (the
    story's container), the list or the table right in that element too. A widget between the
    paragraphs is a <div> of its own, a related list is links."""
    blocks = page.blocks
    if blocks is None or len(lines) < 2:
        return lines, dom
    out_l: list[str] = []
    out_d: list[Dom | None] = []
    for k, (x, d) in enumerate(zip(lines, dom)):
        out_l.append(x)
        out_d.append(d)
        nd = dom[k + 1] if k + 1 < len(dom) else None
        if d is None or nd is None or d.index < 0 or nd.index - d.index < 2 \
                or not _paragraph(x) or not _paragraph(lines[k + 1]):
            continue
        el, nel = d.owner, nd.owner  # (lxml elements)
        box = el.getparent() if el is not None else None  # type: ignore[attr-defined]
        if box is None or nel is None or nel.getparent() is not box:  # type: ignore[attr-defined]
            continue
        every = d.page
        for j in range(d.index + 1, nd.index):
            owner, linked, size, text = every[j]
            if owner is not None and not linked and _story_item(owner, box):
                out_l.append(text)
                out_d.append(Dom(owner, linked, size, index=j, page=every))
    return out_l, out_d


def _story_box(lines: list[str], dom: list[Dom | None]):
    """The element the story's paragraphs stand right in: the parent that holds most of the kept
    prose lines, when it holds two of them or all there are; else None."""
    parents: dict[int, list] = {}
    for x, d in zip(lines, dom):
        if d is not None and d.index >= 0 and d.owner is not None and _paragraph(x):
            box = d.owner.getparent()  # type: ignore[attr-defined]
            if box is not None:
                parents.setdefault(id(box), [box, 0])[1] += 1
    if not parents:
        return None
    box, n = max(parents.values(), key=lambda bn: bn[1])
    return box if n >= 2 or len(parents) == 1 else None


def _story_siblings(lines: list[str], dom: list[Dom | None], template=None) -> tuple[list[str], list[Dom | None]]:
    """The extractor's lines with the prose blocks it passed by that stand right in the story's
    container (:func:`_story_box`) put back, in page order: a body widget writes some paragraphs as
    ``<div>``s and the rest as ``<p>``s, and a paragraph is the story's by where it stands, whatever
    its tag (the dateline in a ``<div>`` above the ``<p>``s too). A block with links, one that is
    no paragraph by its words (a caption, a label), or one the site's template knows (a disclaimer
    its pages repeat) is not put back."""
    box = _story_box(lines, dom)
    if box is None:
        return lines, dom
    every = next((d.page for d in dom if d is not None and d.page), None)
    if every is None:
        return lines, dom
    kept = {d.index for d in dom if d is not None}
    add = [j for j, (owner, linked, size, text) in enumerate(every)
           if j not in kept and owner is not None and not linked and owner.getparent() is box and _paragraph(text)]
    # (a widget's paragraphs recur as one element: a block whose tag and class no other block of
    # the container shares is a box of its own, a disclaimer set between or under the paragraphs;
    # above them all it opens the story: the dateline paragraph a widget writes apart. A run that
    # knows the site tells the disclaimer by its words, which its pages repeat: then a block of its
    # own that the run has not seen and that ends a sentence is one of the story's paragraphs,
    # wherever it stands; a link's label and headline «مرتبط: …», which varies, ends none)
    sigs = [(owner.tag, owner.get("class")) for owner in box if isinstance(owner.tag, str)]
    first = min((d.index for d in dom if d is not None and d.index >= 0 and d.owner is not None
                 and d.owner.getparent() is box), default=-1)  # type: ignore[attr-defined]
    known = template is not None and template.learned
    add = [j for j in add if sigs.count((every[j][0].tag, every[j][0].get("class"))) >= 2 or j < first
           or (known and every[j][3].rstrip()[-1:] in _SENTENCE_END)]
    if add and known:
        texts = [every[j][3] for j in add]
        roles = template.roles(texts, [line_key(t) for t in texts])
        add = [j for j, r in zip(add, roles) if r is None]
    if not add:
        return lines, dom
    lines = lines + [every[j][3] for j in add]
    dom = dom + [Dom(every[j][0], every[j][1], every[j][2], index=j, page=every) for j in add]
    return _page_order(lines, dom)


def _page_order(lines: list[str], dom: list[Dom | None]) -> tuple[list[str], list[Dom | None]]:
    """The extractor's lines in the order the page shows them: it may read a table cell's inline
    spans and its blocks in two passes (the headline, the story's later paragraphs, then the
    byline, a scoreboard and the first paragraph that stood between). A line placed nowhere stays
    under the line before it."""
    at, last = [], -1
    for d in dom:
        if d is not None and d.index >= 0:
            last = d.index
        at.append(last)
    if all(a <= b for a, b in zip(at, at[1:])):
        return lines, dom
    order = sorted(range(len(lines)), key=lambda i: at[i])  # (stable: ties keep the extractor's order)
    return [lines[i] for i in order], [dom[i] for i in order]


#: how many blocks above and below its neighbour's a piece's own block is looked for (a page of
#: thousands of blocks costs no scan of all of them per piece)
BLOCK_REACH = 400


def _block_of(page: PageText, keys: dict[int, str], line: str, b: int) -> int:
    """The block nearest to block ``b`` that is ``line`` whole (by its ink), above or below it
    within :data:`BLOCK_REACH` blocks; else ``b``."""
    want = ink(line)
    for d in range(1, min(len(page.lines), BLOCK_REACH)):
        for j in (b - d, b + d):
            if 0 <= j < len(page.lines):
                k = keys.get(j)
                if k is None:
                    k = keys[j] = ink(page.lines[j])
                if k == want:
                    return j
        if b - d < 0 and b + d >= len(page.lines):
            break
    return b


def _whole_block(page: PageText, every: list, keys: dict[int, str], line: str, b: int) -> int:
    """The first block after block ``b`` that is ``line`` whole (by its ink) and no link; else ``b``."""
    want = ink(line)
    for j in range(b + 1, len(every)):
        if every[j][2] < len(want) or every[j][1]:
            continue
        k = keys.get(j)
        if k is None:
            k = keys[j] = ink(page.lines[j])
        if k == want:
            return j
    return b


#: meta names (lower case) of the story's section, most specific first
_META_SECTIONS = ("article:section", "og:article:section", "og:section", "articlesection", "parsely-section",
                  "sailthru.section", "section", "news_section", "category")

#: meta names (lower case) and JSON-LD keys of the publication date, most specific first
_META_DATES = ("article:published_time", "datePublished", "datepublished", "og:published_time",
               "og:article:published_time", "article:published", "pubdate", "publishdate", "publish-date",
               "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
               "dc.date.created", "dcterms.created", "citation_publication_date", "dateCreated", "datecreated",
               "uploadDate", "uploaddate", "dc.date", "date", "created")
#: an element's data attributes that hold its date for the script that shows it, most specific first
_DATA_DATES = ("data-published", "data-datetime", "data-date", "data-timestamp", "data-time")
#: class/id/itemprop words that say which date an element holds (the first that fits wins)
_DATE_ROLE_CLASS = ((re.compile(r"modif|updat|edited", re.I), "modified"),
                    (re.compile(r"today|current[\s_-]?date", re.I), "today"),
                    (re.compile(r"publish|pubdate|post[\s_-]?date|created", re.I), "published"))
#: without paragraphs of running text, a date this many elements below the headline still
#: belongs to the article's header
NEAR_H1 = 8
_DATE_CLASS = re.compile(r"date|time|publish|(?:^|[\s_-])dt(?:$|[\s_-])", re.I)
_CRUMB_CLASS = re.compile(r"crumb|(?:^|[\s_-])(?:path|trail)(?:$|[\s_-])", re.I)


def _is_menu(el) -> bool:
    """A navigation element or a list of four links or more (a breadcrumb is not a menu)."""
    if el.tag == "nav":
        return not _CRUMB_CLASS.search(_classes(el)) and "breadcrumb" not in _classes(el).lower()
    return el.tag in ("ul", "ol") and len(el) >= 4 and not _CRUMB_CLASS.search(_classes(el))


#: text nodes read after the article element for its labelled publication date
OUTSIDE_TEXTS = 40


def _labelled_date_outside(root) -> tuple[str, str] | None:
    """A publication date the page labels so («تاریخ انتشار: …», «Published …») right after the
    article element, outside it (a meta row under the story): the first dated text after the
    article, when its label (in its own text or the text node right before it) says so; a bare
    date there is a related item's."""
    if root.tag in ("body", "html"):
        return None
    prev = ""
    for t in _xpath(root, "following::text()[normalize-space(.)][position() <= %d]" % OUTSIDE_TEXTS):
        el = t.getparent()
        if el is None or el.tag in ("script", "style"):
            continue
        t = " ".join(t.split())
        d = date_line(t) if len(t) <= 120 else None
        if d is not None and d.role is None and prev.rstrip().endswith((":", "：")):
            d = date_line(prev + " " + t)
        if d is not None:
            return d.localize() if d.role == "published" else None
        prev = t
    return None


def _row_date_over(root, h1, template) -> tuple[str, str] | None:
    """The bare date of the meta row right above the article element, outside it, when the article
    holds the headline (a blog theme sets the post's byline row «نویسنده · ۲۵ ژانویه ۲۰۱۸ · ۲
    دقیقه مطالعه» over the ``<article>`` that holds the headline and the story): the element just
    before the article, nothing between, whose one date the run shows over few of the site's pages
    (:func:`_story_day`: the story's day, not the header's day of the visit, which stands over most
    of them). A page of a site the run does not know keeps it out."""
    if root.tag in ("body", "html") or h1 is None or not any(a is root for a in h1.iterancestors()):
        return None
    prev = next((el for el in root.itersiblings(preceding=True)
                 if isinstance(el.tag, str) and el.tag not in ("script", "style")), None)
    if prev is None or _in_menu(prev) or prev.tag in ("nav", "ul", "ol", "header") or prev.find(".//h1") is not None:
        return None
    t = _text(prev) or ""
    d = date_line(t) if len(t) <= TITLE_DATE_SHOWN_MAX_CHARS else None
    if d is None or d.role not in (None, "published") or not _story_day(prev, template):
        return None
    return d.localize()


#: the headline's elements after it read for its labelled date, when it stands outside the article
HEADLINE_SIBLINGS = 3


def _labelled_date_beside(h1, root) -> tuple[str, str] | None:
    """A publication date the page labels so («انتشار: سه‌شنبه ۵ بهمن ۱۴۰۰، ساعت ۰۷:۳۳») in the
    elements right after the headline, when the headline stands outside the article element (a
    theme that shows the headline and its byline row in the page's ``<header>``, over the menu, and
    the story below in ``<article>``): the article's header is there, out of the article's reach. A
    bare date there may be the site header's day of the visit; only one the label calls the
    publication date counts."""
    if h1 is None or h1 is root or any(a is root for a in h1.iterancestors()):
        return None
    for el in itertools.islice(h1.itersiblings(), HEADLINE_SIBLINGS):
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        t = _text(el) or ""
        d = date_line(t) if len(t) <= 120 else None
        if d is not None and d.role is None:
            d = _date_beside_edit(t) or d
        if d is not None:
            return d.localize() if d.role == "published" else None
    return None


#: the bars that part a row's fields («ایجاد: … | آخرین ویرایش: …», «… · …»)
_ROW_BARS = re.compile(r"\s[|｜·•]\s")


def _date_beside_edit(text: str):
    """The first version's date of a headline's row of two dated fields parted by a bar, the other
    labelled an edit («ایجاد: چهارشنبه ۷ مهر ۱۴۰۰ ساعت ۰۸:۵۰ | آخرین ویرایش: چهارشنبه ۲۱ مهر ۱۴۰۰»): under
    the headline, the date beside the story's last edit is its publication, whatever its label; as a
    :class:`.dates.DateLine` of role "published", else None.

    >>> _date_beside_edit("ایجاد: چهارشنبه ۷ مهر ۱۴۰۰ ساعت ۰۸:۵۰ | آخرین ویرایش: چهارشنبه ۲۱ مهر ۱۴۰۰").localize()
    ('2021-09-29T08:50+03:30', '1400/07/07')
    >>> _date_beside_edit("چهارشنبه ۷ مهر ۱۴۰۰ | سه‌شنبه ۶ مهر ۱۴۰۰") is None  # (no edit beside it)
    True
    """

    parts = [p.strip() for p in _ROW_BARS.split(text) if p.strip()]
    dated = [d for d in map(date_line, parts) if d is not None]
    if len(dated) != 2 or sorted(str(d.role) for d in dated) != ["None", "modified"]:
        return None
    return dataclasses.replace(next(d for d in dated if d.role is None), role="published")


def _slot_date(lines: list[str], template) -> tuple[str, str] | None:
    """The page's one date line in the site's own date slot, when nothing else dates it
    (:func:`.pagedates.foot_date`, «زمان: ۰۲:۰۴ - ۱۳۹۸/۱۱/۲۱» under the story on nearly all its pages, by
    the run's template); None when the page shows two such (a comment's, a related item's) or the
    run has not learned the site."""
    if template is None or not template.learned:
        return None
    found = []
    for t in lines:
        d = date_line(t) if len(t) <= 80 else None
        if d is not None and foot_date(t, d, template.page_share(t)):
            found.append(d)
    return found[0].localize() if len(found) == 1 else None


#: a channel's view shows this many day lines between its posts at least
MIN_DAY_LINES = 2


def _posts_day(head_el) -> tuple[str, str] | None:
    """The day a channel's web view shows over the story's post, with the clock the post closes with:
    the posts are sibling blocks of one tag and class, the page's day lines (a date alone, no clock)
    stand between them in the order of their days, :data:`MIN_DAY_LINES` at least; the last day line
    above the post that shows the headline ``head_el`` names its day (the ones under it, later
    posts' days), the clock among its counters under its text its time (:func:`.pagedates.post_clock`).

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<body><div class="d">۱۲ اسفند ۱۴۰۴</div><div class="p"><div>یک</div>'
    ...     '<div><span>۲۰:۳۴</span></div></div><div class="d">۱۳ اسفند ۱۴۰۴</div><div class="p">'
    ...     '<div id="h">عنوان</div><div><span>👁 ۵۰K</span> <span>۱۹:۲۶</span></div></div>'
    ...     '<div class="d">۱۴ اسفند ۱۴۰۴</div><div class="p"><div>سه</div></div></body>')
    >>> _posts_day(t.get_element_by_id("h"))
    ('2026-03-04T19:26+03:30', '1404/12/13')
    """
    if head_el is None:
        return None
    post = head_el
    while post is not None and post.getparent() is not None and post.getparent().tag not in ("html",):
        box = post.getparent()
        kids = [x for x in box if isinstance(x.tag, str)]
        if len(kids) >= 2 * MIN_DAY_LINES:
            break
        post = box
    box = post.getparent() if post is not None else None
    if box is None or post.tag in ("body", "html"):
        return None
    kids = [x for x in box if isinstance(x.tag, str)]
    days: list[tuple[int, DateLine]] = []
    posts = 0
    for k, x in enumerate(kids):
        t = " ".join((_text(x) or "").split())
        d = date_line(t) if t and len(t) <= 40 else None
        if d is not None and not d.timed and d.role is None and mostly_date(t, d):
            days.append((k, d))
        elif x.tag == post.tag and x.get("class") == post.get("class"):
            posts += 1
    if len(days) < MIN_DAY_LINES or posts < MIN_DAY_LINES \
            or any(b[1].stamp.day < a[1].stamp.day for a, b in zip(days, days[1:])):
        return None
    at = kids.index(post)
    over = [d for k, d in days if k < at]
    if not over:
        return None
    day = over[-1]
    below = False
    for el in post.iter():
        if el is head_el:
            below = True
            continue
        if below and isinstance(el.tag, str) and len(el) == 0:
            clock = post_clock(" ".join((_text(el) or "").split()))
            if clock is not None:
                import dataclasses

                return dataclasses.replace(day, stamp=dataclasses.replace(day.stamp, clock=clock),
                                           timed=True).localize()
    return day.localize()


def _shared_box(el, other):
    """The innermost element that holds both ``el`` and ``other``, when it is below ``<body>``;
    else None."""
    if other is None:
        return None
    above = {other, *other.iterancestors()}
    box = next((a for a in el.iterancestors() if a in above), None)
    return None if box is None or box.tag in ("body", "html") else box


def _lone_time(tree, root, head_el=None, url: str | None = None) -> tuple[str, str] | None:
    """The date of the page's one machine-readable ``<time datetime>``, when it stands in the article
    element and in no list item or link to another page (a related item's, a comment's are among
    others of their kind; a post's permalink, a link to the page itself or to nowhere, is the post's
    own: a status's «<a class="…datetime" href="<its URL>"><time datetime="…Z">»): the page tells
    machines when its one story was posted, wherever it shows it («<time
    datetime="2016-06-20T17:31:00+04:30">👁 ۶.۲K · 📅 ۱۷:۳۱ - ۲۰ جون ۲۰۱۶</time>» under the story, a
    channel's handle between). A label in its text that says it is another date («به‌روزرسانی»)
    excludes it. On a page with no article element (``root`` its ``<body>``), the box the time shares
    with ``head_el``, the element that shows the headline, stands for the article's."""
    times = _xpath(tree, "//time[@datetime]")
    if len(times) != 1:
        return None
    el = times[0]
    if root.tag in ("body", "html"):
        # (no article element found: the box the time shares with the headline is the story's,
        # a post's card under its caption; a date sharing only the page's <body> with the
        # headline is the site's, today's in its header, over the headline; one under the story
        # is the post's stamp, a social post's page sets its boxes side by side in the <body>)
        box = _shared_box(el, head_el)
        if box is None and (head_el is None or not _follows(el, head_el)):
            return None
        root = box if box is not None else root
    if not any(a is root for a in el.iterancestors()) \
            or any(a.tag == "li" or (a.tag == "a" and not _links_itself(a, url)) for a in el.iterancestors()):
        return None
    shown = date_line(" ".join((_text(el) or "").split()))
    d = in_shown_zone(date_line(el.get("datetime") or ""), shown)
    if d is None or (shown is not None and shown.role not in ("published", None)) \
            or _date_role(el) in ("modified", "today"):
        return None
    return d.localize()


def _follows(el, other) -> bool:
    """Whether ``el`` comes after ``other`` in the document, and not inside it.

    >>> import lxml.html
    >>> t = lxml.html.fromstring("<body><h1>عنوان</h1><div><p>متن</p></div><time>۱</time></body>")
    >>> _follows(t.find(".//time"), t.find(".//h1")), _follows(t.find(".//h1"), t.find(".//time"))
    (True, False)
    """
    if any(a is other for a in el.iterancestors()):
        return False
    for x in other.itersiblings():
        if x is el or any(x is a for a in el.iterancestors()):
            return True
    parent = other.getparent()
    return parent is not None and parent.tag not in ("body", "html") and _follows(el, parent)


def _links_itself(a, url: str | None) -> bool:
    """Whether the link ``a`` goes nowhere (no ``href``, «#») or to the page itself (its host and
    path those of ``url``, the page's own URL): a permalink, not another page's item.

    >>> import lxml.html
    >>> [_links_itself(lxml.html.fromstring(f'<a {h}>x</a>'), "https://m.ir/@a/12")
    ...  for h in ("", 'href="#"', 'href="/@a/12"', 'href="https://m.ir/@a/12/"', 'href="/@a/13"',
    ...            'href="https://n.ir/@a/12"')]
    [True, True, True, True, False, False]
    """
    href = (a.get("href") or "").strip()
    if not href or href.startswith("#"):
        return True
    if not url:
        return False
    there, here = urlsplit(href), urlsplit(url)
    return (not there.netloc or there.netloc.lower() == here.netloc.lower()) \
        and there.path.rstrip("/") == here.path.rstrip("/") and bool(here.path.strip("/"))


def _meta_date(meta: dict, ld: dict, keys, tree=None) -> tuple[str, str] | None:
    for v in (meta.get(k) or ld.get(k) for k in keys):
        got = parse_iso(v) if isinstance(v, str) else None
        if got and isinstance(v, str):
            return (_in_shown_zone(v, tree) if tree is not None else None) or got
    return None


def _in_shown_zone(value: str, tree) -> tuple[str, str] | None:
    """The instant a meta or JSON-LD ``value`` gives, in the zone the page shows that same instant in:
    a ``<time>`` whose ``datetime`` is that instant and whose text names its zone («۲ نوامبر ۲۰۲۲، ساعت
    ۲۰:۳۳ گرینویچ»: UTC, and so its day; a Dari date: Kabul's) (:func:`.dates.in_shown_zone`). None when
    no such ``<time>`` says so (the value's instant then goes to the default zone)."""
    d = date_line(value)
    if d is None or d.stamp.clock is None:
        return None
    here = d.localize()
    for el in _xpath(tree, "//time[@datetime]"):
        t = date_line(el.get("datetime") or "")
        if t is None or t.stamp.clock is None or t.localize() != here:
            continue
        shown = in_shown_zone(t, date_line(" ".join((_text(el) or "").split())))
        if shown is not None and shown.stamp.zone is not None:
            return d.localize(shown.stamp.zone)
    return None


def _class_role(el, role: str | None) -> str | None:
    """The role of a date from its words (``role``), else from its element's class: a class
    that says "modified" or "today" excludes the date, one that says "published" only marks it
    (every post of a thread, every item of a list has the class: position decides)."""
    by_class = _date_role(el)
    if by_class in ("modified", "today") and role is None:
        return by_class
    return role


def _date_role(el) -> str | None:
    """What an element's class, id or itemprop (or its parent's) says its date is."""
    for e in (el, el.getparent()):
        if e is None:
            continue
        c = _classes(e) + " " + (e.get("itemprop") or "")
        for rx, role in _DATE_ROLE_CLASS:
            if rx.search(c):
                return role
    return None


#: a label in an element of its own before a date's («<dt>عضویت</dt>», «<td>تاریخ انتشار</td>»)
_LABEL_TEXT = re.compile(r"^[^\d]{2,30}$")


def _label_role(el, t: str) -> str | None:
    """The role a label of its own (the text right before a date's text, no digits in it) gives
    the date: «<span>تاریخ عضویت:</span> <span>۱۳۹۵/۰۲/۰۳</span>» is a member's join date."""
    got = _label_read(el, t)
    return got if got is None or isinstance(got, str) else got.role


def _label_read(el, t: str):
    """The date ``t`` read with the label of its own before it (:func:`_label_role`): a
    :class:`.dates.DateLine` (its role, and whether the label is a qualified generic one that may
    name another event, «<th>تاریخ ثبت در سامانه</th><td>…</td>»), "saved" for a record's creation
    beside an address, or None (no such label)."""
    before = _xpath(el, "preceding::text()[normalize-space(.)][1]")
    label = " ".join(str(before[0]).split()) if before else ""
    if not _LABEL_TEXT.match(label):
        return None
    if _CREATED_LABEL.fullmatch(label.rstrip(" :：")) and _names_address(el):
        return "saved"
    return date_line(label.rstrip(" :：") + ": " + t)


#: a label naming a record's creation («Created», «تاریخ ایجاد»): a note's or a clip's own time
_CREATED_LABEL = re.compile(r"(?:date\s*)?created(?:\s*(?:time|at|on))?|(?:تاریخ|زمان)?\s*ایجاد(?:\s*شده)?", re.I)
#: an address written out as a value («https://…», «www.…»)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
#: the boxes of fields a date's label and its value sit in (a properties table, a list of terms)
_FIELD_BOXES = ("table", "dl", "ul")


def _names_address(el) -> bool:
    """Whether the box of fields ``el`` sits in also names an address: a record of a page copied from
    that address (a note app's clip: «Created @July 31, 2026 4:40 PM» beside «URL https://…»), whose
    creation is the copy's, not the story's (as a clip record's ``created`` beside its ``source_url``,
    :func:`.apidoc._copied`). A record that names no address keeps its creation as its date.

    >>> import lxml.html
    >>> box = lxml.html.fromstring('<table><tr><th>Created</th><td><span>@July 31, 2026</span></td></tr>'
    ...                            '<tr><th>URL</th><td>https://khabar.example/news/1</td></tr></table>')
    >>> _names_address(box.find(".//span")), _label_role(box.find(".//span"), "@July 31, 2026")
    (True, 'saved')
    """
    box = next((a for a in el.iterancestors() if a.tag in _FIELD_BOXES), None)
    return box is not None and _ADDRESS.search(box.text_content()) is not None


#: elements a headline stands in when the page has no ``<h1>``
_HEADLINE_TAGS = ("h2", "h3", "h4", "div", "span", "p", "strong", "a", "b", "font")


#: the class or id of a site's logo or name block, and of its header bar
_LOGO_CLASS = re.compile(r"logo|brand|masthead|site-?name|site-?title", re.I)
_BANNER_CLASS = re.compile(r"(?:^|\s)(?:site-?)?(?:header|navbar|topbar)(?:$|\s)", re.I)


#: the levels from an ``<h1>`` up that a logo's class may name: the heading, its link's box, the logo block
LOGO_LEVELS = 3


def _names_site(el, tree, meta: dict, lines: list[str], template=None, *, first: bool = True) -> bool:
    """Whether an ``<h1>`` names the site, not the story: a story's headline is written for one page,
    the site's name is the same on all of them and leads home. Any ``<h1>`` that

    - says the name the page gives its site (``og:site_name``, ``application-name``, the short side
      of its ``<title>`` «<headline> | <site>» when the page shows the long side too),
    - stands in the site's logo block (a «logo» or «site-title» class), or
    - links home from the site's header bar («<header>»);

    and the page's ``first`` ``<h1>`` when the page shows another headline as a line of its own (the
    one og:title or a side of the <title> names: «<h2>عنوان خبر</h2>», <title> «عنوان خبر | نام
    سایت») and the heading says the <title>'s other side or ``og:site_name``, links home («<h1
    class="logo"><a href="/">نام سایت</a></h1>»), or recurs on nearly all the host's pages (the
    run's template).

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<html><body><header><h1><a href="/">خبرگزاری نمونه</a></h1></header>'
    ...                          '<h2>نشست شورای شهر برگزار شد</h2></body></html>')
    >>> _names_site(t.xpath("//h1")[0], t, {}, [])
    True
    """
    text = _text(el)
    if not text:
        return False
    key = line_key(text)
    names = {line_key(n) for n in (meta.get("og:site_name"), meta.get("application-name")) if n}
    ends = _title_site_names(tree)
    if ends:
        short, long_ = sorted(ends, key=len)
        # (or the side the run shows on nearly all the host's pages, the other on few: its name,
        # though it be the longer, «<headline> | دومین همایش ملی موزه‌های علم و فناوری»)
        logo = _logo_side(ends, tree, el) or _run_site_side(ends, template)
        if logo is not None:
            # (the side the site's logo or header bar shows is its name, though it be the longer:
            # «<short headline> | <a club's long name>»; a heading that shows the other side is the
            # headline)
            short, long_ = logo, next(x for x in ends if x is not logo)
            if key == line_key(long_):
                return False
        lk = line_key(long_)
        if len(short) <= SITE_NAME_MAX_CHARS and lk != key and len(long_) > len(short) and lk in page_fact(
                "text_keys", tree, lambda: _body_text_keys(tree)):
            names.add(line_key(short))  # (the page shows the long side: a headline shown apart from its <h1>)
    up = [el, *(x for x in el.iterancestors() if x.tag not in ("body", "html"))]
    # (a logo's class on the heading or its box, not on a page-wide wrapper: «<body class="wp-custom-logo">»)
    if key in names or any(_LOGO_CLASS.search(_classes(x)) for x in up[:LOGO_LEVELS]):
        return True
    if _links_home(el) and any(x.tag in ("header", "nav") or _BANNER_CLASS.search(_classes(x)) for x in up):
        return True
    heads = _headlines_beside(key, tree, meta, lines) if first else set()
    if not heads:
        return False
    site = [n for n in ends + [_clean(meta.get("og:site_name"))] if n and line_key(n) not in heads]
    return (any(line_key(n) == key for n in site) or _links_home(el)
            or (template is not None and template.learned and template.page_share(text) >= BRAND_SHARE))


def _run_site_side(ends: list[str], template) -> str | None:
    """The side of the ``<title>`` «<headline> | <site>» (``ends``, its two sides) that the run shows on
    :data:`~.credits.BRAND_SHARE` of the host's pages or more while it shows the other on fewer: the
    site's name, whichever side is the shorter (a conference's or a school's long name beside a short
    headline); None for a page alone, or when the run tells neither side or both so."""
    if template is None or not template.learned or len(ends) != 2:
        return None
    branded = [side for side in ends if template.page_share(side) >= BRAND_SHARE]
    return branded[0] if len(branded) == 1 else None


#: the class of a site's header bar («site-header», «navbar»), not a post's own «header» box
_SITE_BAR_CLASS = re.compile(r"(?:^|\s)(?:site-?header|navbar|topbar)(?:$|\s)", re.I)


def _side_past_logo(tree, title: str | None, lines: list[str]) -> str | None:
    """The side of the ``<title>`` «<headline> | <site>» (``title``) that its site's logo or header
    bar does not show (:func:`_logo_side`), when the page shows it as a line of its own: the
    headline, the shorter side though it be («گزارش تمرین | <a school's long name>»)."""
    ends = _title_site_names(tree) if title else []
    logo = _logo_side(ends, tree) if ends else None
    other = next((x for x in ends if x is not logo), None) if logo is not None else None
    if other is None or other not in (title or "") or line_key(other) not in {line_key(t) for t in lines}:
        return None
    return other


def _body_text_keys(tree) -> set[str]:
    """The line keys of the page's body texts of 8 characters or more (:func:`_names_site`: whether the
    page shows the long side of its <title>, asked of each ``<h1>``; found once a page by its caller).

    >>> import lxml.html
    >>> _body_text_keys(lxml.html.fromstring('<html><body><h2>سد کرج پر شد</h2><p>خبر</p></body></html>')) == {
    ...     line_key("سد کرج پر شد")}
    True
    """
    return {line_key(x) for x in _xpath(tree, "//body//text()[string-length(normalize-space(.)) >= 8]")}


def _logo_side(ends: list[str], tree, el=None) -> str | None:
    """The side of the ``<title>`` («<headline> | <site>», ``ends``) that an element of the site's logo
    block (a «logo» or «site-title» class, :data:`LOGO_LEVELS` up) or of its header bar (a
    ``<header>`` or ``<nav>``, a «site-header» or «navbar» class, outside the article and its trail,
    which show the headline) shows, not the heading ``el``: the site's name, whichever side is the
    shorter. None when neither side or both are shown so.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<html><head><title>باران آمد | باشگاه کوهنوردی شهر سبز</title></head><body>'
    ...     '<header><div class="site-title">باشگاه کوهنوردی شهر سبز</div></header><h1>باران آمد</h1></body></html>')
    >>> _logo_side(_title_site_names(t), t, t.xpath("//h1")[0])
    'باشگاه کوهنوردی شهر سبز'
    """
    if len([p for p in TITLE_BAR.split(_title_text(tree) or "") if p.strip()]) != 2:
        return None  # (a bar of three parts, «<section> | <headline> | <site>»: its ends are no headline)
    inside = set(el.iter()) if el is not None else set()
    # (one walk of the page's elements for both sides, each element keyed once a page: key_of; only
    # the elements whose place shows a site's name are keyed at all: the page's wrappers, whose texts
    # are the whole page's, cost the most to clean and key and are seldom in a logo block or a bar)
    keys = [line_key(side) for side in ends]
    wanted = set(keys)
    shown = [False] * len(ends)
    for x in page_fact("bar_placed", tree, lambda: _bar_placed(tree)):  # (one walk a page: asked per <h1>)
        if x in inside:
            continue
        key = key_of(x)
        if key not in wanted:
            continue
        for i, k in enumerate(keys):
            if k == key:
                shown[i] = True
    found = [side for side, s in zip(ends, shown) if s]
    return found[0] if len(found) == 1 else None


def _bar_placed(tree) -> list:
    """The elements of the page's ``<body>`` (no script or style), in document order, whose place
    would show the site's name (:func:`_logo_side`): in a logo block (a «logo» or «site-title» class
    on it or :data:`LOGO_LEVELS` - 1 ``up``), or in a header bar (a ``<header>`` or ``<nav>``, a
    «site-header» or «navbar» class on it or above it) outside the article (``<article>``,
    ``<main>``, ``role="main"``), and in no trail (a «breadcrumb» class on it or above it: a trail
    ends with the headline, in a <nav> of its own). ``up`` is the element and its ancestors but
    ``<body>`` and ``<html>``; each element's place comes from its parent's, one walk a page.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<html><body><header><div class="site-title"><a>نام</a></div>'
    ...     '<nav class="breadcrumb"><a>خانه</a></nav></header><article><h1>خبر</h1></article></body></html>')
    >>> [x.tag for x in _bar_placed(t)]
    ['header', 'div', 'a']
    """
    above: dict = {}  # element -> (crumb, main, bar, levels below a logo) of it as an ancestor

    def of(x, parent) -> tuple:
        """(crumb, main, bar, logo gap) of ``up`` starting at ``x`` whose parent is ``parent``."""
        got = above.get(parent) if parent is not None else (False, False, False, LOGO_LEVELS)
        up = got if got is not None else as_ancestor(parent)
        crumb, main, bar, gap = up
        tag = x.tag
        cls = x.get("class")
        ident = x.get("id")
        if cls is not None or ident is not None:
            c = (cls or "") + " " + (ident or "")
            crumb = crumb or _CRUMB_CLASS.search(c) is not None
            bar = bar or _SITE_BAR_CLASS.search(c) is not None
            logo = _LOGO_CLASS.search(c) is not None
        else:
            logo = False
        main = main or tag in ("article", "main") or x.get("role") == "main"
        bar = bar or tag in ("header", "nav")
        return crumb, main, bar, 0 if logo else min(gap + 1, LOGO_LEVELS)

    def as_ancestor(x) -> tuple:
        parent = x.getparent()
        if x.tag in ("body", "html"):  # (not in ``up``: its place is its parent's)
            got = above.get(parent) if parent is not None else None
            if got is None:
                got = as_ancestor(parent) if parent is not None else (False, False, False, LOGO_LEVELS)
        else:
            got = of(x, parent)
        above[x] = got
        return got

    placed = []
    for x in _xpath(tree, "//body//*[not(self::script or self::style)]"):
        crumb, main, bar, gap = own = of(x, x.getparent())
        if x.tag not in ("body", "html"):
            above[x] = own
        if not crumb and (gap < LOGO_LEVELS or (bar and not main)):
            placed.append(x)
    return placed


def _headlines_beside(key: str, tree, meta: dict, lines: list[str]) -> set[str]:
    """The keys of the headlines the page names in its head (og:title, the side of its ``<title>``
    it shows) when it shows one of them as a line of its own, not the heading of key ``key``; an
    empty set when it shows none: then that heading is the story's headline."""
    whole = _title_text(tree)
    named = [_clean(meta.get("og:title")), shown_part(whole, lines) if whole else None]
    shown = {line_key(ln) for ln in lines}
    if not any(n and line_key(n) != key and line_key(n) in shown for n in named):
        return set()
    return {line_key(n) for n in named if n}


def _headline_under_banner(el, tree, meta: dict, lines: list[str]):
    """The heading under the page's ``<h1>`` ``el`` that shows the story's headline when the ``<h1>``
    does not: a listing's banner over the story («<h1 class="page-title">صادرات قارچ</h1>», the
    category a theme's archive template names), the headline demoted to an ``<h2>`` under it. The
    headline is what the page names for machines and browsers (og:title, the side of its ``<title>``
    it shows as a line of its own: :func:`_headlines_beside`); the heading is the first ``<h2>`` …
    ``<h4>`` (or a «title»-classed block) after the ``<h1>`` saying it, outside the site's menus,
    sidebars and footer. None when the ``<h1>`` says the headline, or no heading under it does.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<html><head><title>قارچکار - نشست شورای شهر برگزار شد</title></head><body>'
    ...                          '<h1 class="page-title">صادرات قارچ</h1><h2>نشست شورای شهر برگزار شد</h2>'
    ...                          '<p>متن خبر</p></body></html>')
    >>> _text(_headline_under_banner(t.xpath("//h1")[0], t, {}, ["قارچکار", "صادرات قارچ",
    ...                                                          "نشست شورای شهر برگزار شد"]))
    'نشست شورای شهر برگزار شد'
    """
    key = line_key(_text(el) or "")
    heads = _headlines_beside(key, tree, meta, lines)
    if not heads or key in heads:
        return None
    for x in _elements_after(el):
        if x.tag in ("h2", "h3", "h4") or (x.tag in ("div", "span", "p") and _TITLE_CLASS.search(_classes(x))):
            if not any(a.tag in ("nav", "aside", "footer", "a", "li") for a in x.iterancestors()) \
                    and line_key(_text(x) or "") in heads:
                return x
    return None


#: a pane holding the page's headline holds the story when this many paragraphs of prose stand in it (a short
#: story of two paragraphs too: a sidebar holds no page's one <h1>)
MIN_PANE_PARAGRAPHS = 2
#: ... a paragraph of prose having this many words at least
MIN_PANE_WORDS = 12


def _story_pane(tree) -> bool:
    """Make the ``<aside>`` that holds the page's one ``<h1>`` and the story under it
    (:data:`MIN_PANE_PARAGRAPHS` paragraphs of prose) the page's ``<article>``; True when it did.
    An aside is a sidebar, whose text is no story's, but a page's headline stands in its main
    content: a pane beside a list of results (a search frame's preview of the hit) is that, when
    no ``<article>`` or ``<main>`` holds the page's text elsewhere.

    >>> import lxml.html
    >>> p = "<p>" + "متن خبر " * 8 + "</p>"
    >>> t = lxml.html.fromstring(f"<html><body><div>نتایج</div><aside><h1>خبر</h1>{p * 3}</aside></body></html>")
    >>> _story_pane(t), t.xpath("//article/h1/text()")
    (True, ['خبر'])
    """
    h1 = _xpath(tree, "//h1")
    if len(h1) != 1 or _xpath(tree, "//article|//main"):
        return False
    pane = next((a for a in h1[0].iterancestors() if a.tag == "aside"), None)
    if pane is None:
        return False
    prose = [p for p in pane.iter("p") if len((_text(p) or "").split()) >= MIN_PANE_WORDS]
    if len(prose) < MIN_PANE_PARAGRAPHS:
        return False
    pane.tag = "article"
    return True


#: a query quoted in a heading («نتایج جستجو برای «برف»», “snow”)
_QUOTED = re.compile(r"[«“\"'](?P<q>[^«»“”\"'\n]{1,80})[»”\"']")


def _quotes_query(el, tree) -> bool:
    """Whether the heading ``el`` quotes what the page's search box holds, the value of a text
    ``<input>`` of one of its forms: a results page's own heading, «نتایج جستجو برای «برف»», which
    names the query, not a story.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<html><body><form><input name="q" value="برف"></form>'
    ...                          '<h1>نتایج جستجو برای «برف»</h1><h2>بارش برف در تهران</h2></body></html>')
    >>> _quotes_query(t.xpath("//h1")[0], t), _quotes_query(t.xpath("//h2")[0], t)
    (True, False)
    """
    quoted = {" ".join(m.group("q").split()) for m in _QUOTED.finditer(_text(el) or "")}
    if not quoted:
        return False
    for box in _xpath(tree, "//form//input[@value]"):
        if (box.get("type") or "text").lower() in ("text", "search") \
                and " ".join((box.get("value") or "").split()) in quoted:
            return True
    return False


def _elements_after(el):
    """The elements that follow ``el`` in the document, in order, its own descendants left out."""
    seen = False
    for x in el.getroottree().iter():
        if x is el:
            seen = True
        elif seen and isinstance(x.tag, str) and el not in x.iterancestors():
            yield x


def _heading_after(el) -> str | None:
    """The first heading after the site's ``<h1>`` (``<h2>``, ``<h3>``, a «title» class) of three
    words or more, outside the site's menus, sidebars and footer: the story's headline."""
    x = _heading_element_after(el)
    return None if x is None else _text(x)


#: a paragraph the run shows alike on this share of its site's pages or more, and on this many pages, is the
#: site's blurb (a newsletter's greeting over each issue): a story's words stand on its page and its
#: republication's, not on half the site's
BLURB_SHARE, MIN_BLURB_PAGES = 0.5, 4


def site_blurb(text: str, template) -> bool:
    """Whether the run shows the paragraph ``text`` alike over :data:`BLURB_SHARE` of its site's pages and
    :data:`MIN_BLURB_PAGES` pages or more (``template``: :meth:`.template.PageTemplate.page_share`,
    :meth:`~.template.PageTemplate.shape_pages`): the site's greeting or blurb, no story's."""
    return template is not None and template.learned and bool(text) \
        and template.page_share(text) >= BLURB_SHARE and template.shape_pages(text) >= MIN_BLURB_PAGES


def _heading_element_after(el, min_words: int = 3, template=None):
    """The element of :func:`_heading_after`'s heading (of ``min_words`` words or more); None when the
    story begins under none (a paragraph first; not one the site shows alike on nearly every page,
    ``template``'s: its greeting, over every story). Nor, with ``template``, a heading the run shows
    over as many of the site's stories as a banner is over (:data:`MIN_BANNER_PAGES`): the site's own
    box's heading («درباره این برنامه» over an app's description, the story in it), no story's."""
    for x in _elements_after(el):
        if x.tag in ("h2", "h3") or (x.tag in ("div", "span", "p") and _TITLE_CLASS.search(_classes(x))):
            if any(a.tag in ("nav", "aside", "footer") for a in x.iterancestors()):
                continue
            got = _text(x)
            if got and len(got.split()) >= min_words:
                if template is not None and template.head_pages(got) >= MIN_BANNER_PAGES:
                    continue
                return x
        elif x.tag == "p" and len((_text(x) or "").split()) >= 8:
            if site_blurb(_text(x) or "", template):
                continue
            return None  # (the story began under no heading)
    return None


#: an ``<h1>`` of at most this many words that stands above the body of this many of its site's pages
#: or more is a listing's banner, not a headline: a story is shown once, and again where a site
#: republishes it (a pair of pages); a category's banner over each of its stories
BANNER_MAX_WORDS, MIN_BANNER_PAGES = 4, 3


def _headline_under_run_banner(el, meta: dict, ld: dict, template):
    """The heading under the page's ``<h1>`` ``el`` that shows the story's headline when the ``<h1>``
    is a banner the run sees over many of the site's stories («<h1 class="page-title">اقامتگاه‌ها</h1>»
    over «<h2>…</h2>», :data:`MIN_BANNER_PAGES`) and the page names no headline for machines that
    would say which (:func:`_headline_under_banner` asks those). The heading (:func:`_heading_element_after`,
    two words or more: a dish's name under «طرز تهیه») must be the page's own: above the body of at most
    half as many pages as the banner (a story and its republication, a dish two recipes share). None
    otherwise."""
    if template is None or not template.learned:
        return None
    text = _text(el) or ""
    key = line_key(text)
    words = [w for w in text.split() if any(c.isalpha() for c in w)]  # (an issue's number, a dash: no words)
    if not key or len(words) > BANNER_MAX_WORDS or key in {
            line_key(_clean(x) or "") for x in (meta.get("og:title"), ld.get("headline"))}:
        return None
    banner = template.head_pages(text)
    if banner < MIN_BANNER_PAGES:
        return None
    x = _heading_element_after(el, min_words=2, template=template)
    return x if x is not None and 2 * template.head_pages(_text(x) or "") <= banner else None


#: the class of an element that shows a post's title («post-title», «entry-title», «news_title»)
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])title(?:$|[\s_-])", re.I)


def _headline_element(root, title: str | None):
    """The element of ``root`` that shows the headline when no ``<h1>`` does («<h2
    itemprop="headline">»), for the dates' positions; None when none does."""
    key = line_key(title or "")
    if len(key) < 8:
        return None
    for t in _xpath(root, ".//text()[string-length(normalize-space(.)) >= 8][string-length(.) < 400]"):
        el = t.getparent()  # (the headline is one text node: of its element, or of an <a> in it)
        if el is not None and el.tag in _HEADLINE_TAGS and line_key(t) == key:
            return el
    # (a word processor's view writes a line as text runs, «<p><span>…</span><span>…</span></p>»:
    # the block whose runs read the headline together)
    for el in root.iter("p", "div", "h2", "h3", "h4"):
        if len(el) and all(isinstance(k.tag, str) and k.tag in _RUN_TAGS for k in el.iterdescendants()) \
                and line_key(_text(el) or "") == key:
            return el
    return None


#: the inline elements a line's text runs are set in
_RUN_TAGS = frozenset({"span", "b", "strong", "i", "em", "font", "u"})


#: a head's field table («عنوان خبر:» | headline, «تاریخ انتشار:» | date, …) has at most this many
#: rows, and this many characters of text
FIELD_TABLE_ROWS = 6
FIELD_TABLE_CHARS = 400


def _field_table_of(el):
    """The small table whose cell shows the headline when the page's head is a label/value table
    (an ASP.NET portal's «عنوان خبر:» | headline, «تاریخ انتشار:» | date rows, no ``<h1>``): the
    block whose next siblings are the head's rows and the lead, as an ``<h1>``'s are; else ``el``.
    A layout table holding the page (an old site's) is no field table: too many rows or words."""
    cell = next((a for a in el.iterancestors() if a.tag in ("td", "th")), None)
    table = next((a for a in cell.iterancestors() if a.tag == "table"), None) if cell is not None else None
    if table is None or len(_xpath(table, ".//tr")) > FIELD_TABLE_ROWS \
            or len(_text(table) or "") > FIELD_TABLE_CHARS:
        return el
    return table


#: a label/value table («نام نشریه» | «روزنامه …», «صفحه» | «۶») has this many rows at most, each of a
#: label cell and a value cell, and this many characters of text
LABEL_TABLE_ROWS = 12
LABEL_TABLE_CHARS = 600


def _label_value_table(cell):
    """The table of the cell ``cell`` when it is a small label/value table: two rows or more, each
    of two cells (a label and its value), :data:`LABEL_TABLE_ROWS` rows and :data:`LABEL_TABLE_CHARS`
    characters at most (a layout table holding the page is none); else None."""
    table = next((a for a in cell.iterancestors() if a.tag == "table"), None)
    if table is None:
        return None
    rows = [r for r in table.iter("tr") if next((a for a in r.iterancestors() if a.tag == "table"), None) is table]
    if not 2 <= len(rows) <= LABEL_TABLE_ROWS or len(_text(table) or "") > LABEL_TABLE_CHARS:
        return None
    if any(len([c for c in r if c.tag in ("td", "th")]) != 2 for r in rows):
        return None
    return table


def _heading_under_fields(tree, title: str, template=None):
    """The heading element that shows the story's headline when the headline read for a page with no
    ``<h1>`` (its ``<title>``'s shown part, or its lines' first headline-like line) is a label or a
    value of a small label/value table (:func:`_label_value_table`: a monitoring service's clipping
    view, «نام نشریه | روزنامه …», «تاریخ ثبت در سامانه | …»): the record's fields, over the story,
    and a heading of three words or more follows them with the story under it
    (:func:`_heading_element_after`). None when no such table shows it, or no such heading follows
    it (a portal's «عنوان خبر:» | headline row over the story's paragraphs: that cell is the headline)."""
    key = line_key(title)
    if not key or not has_label_value_rows(tree):
        return None
    return _heading_under_fields_of(tree, key, template)


#: the rows of two cells, a label and its value, that a label/value table has two of (:func:`_label_value_table`)
_TWO_CELL_ROWS = "//tr[count(td | th) = 2]"


def has_label_value_rows(tree) -> bool:
    """Whether the page holds two rows of two cells (``<td>`` or ``<th>``) or more: what a small
    label/value table (:func:`_label_value_table`: two rows or more, each a label cell and a value
    cell) needs, so :func:`_heading_under_fields` keys none of a page's cells without them (a page
    with no ``<h1>`` whose cells are a layout table's, a calendar's, a price list's of three columns).
    A search in C, not a key for every cell: most pages have no such table.

    >>> import lxml.html
    >>> has_label_value_rows(lxml.html.fromstring(
    ...     "<table><tr><th>نام نشریه</th><td>روزنامه</td></tr><tr><th>صفحه</th><td>۶</td></tr></table>"))
    True
    >>> has_label_value_rows(lxml.html.fromstring("<table><tr><td>۱</td><td>۲</td><td>۳</td></tr></table>"))
    False
    """
    return len(_xpath(tree, _TWO_CELL_ROWS)) >= 2


def _heading_under_fields_of(tree, key: str, template=None):
    """:func:`_heading_under_fields` for the headline of key ``key``, every cell of the page looked at."""
    for cell in _xpath(tree, "//td[not(.//table)] | //th[not(.//table)]"):  # (a layout table's cells hold tables)
        if key_of(cell) != key:
            continue
        table = _label_value_table(cell)
        if table is None:
            continue
        x = _heading_element_after(table, template=template)
        if x is not None and line_key(_text(x) or "") != key:
            return x
    return None


#: the elements after which a text stands on a line of its own
_LINE_ENDS = frozenset(("br", "div", "p"))
#: the bar a meta row sets between its fields
_FIELD_BAR = "|"
#: a paragraph that is a section's label and its value («بخش: تجارت خارجی») has this many words at most
MAX_LABEL_P_WORDS = 5


def _label_elements(root, h1=None, template=None) -> tuple:
    """(section, (published, jalali), agency) from small elements that say so in words:
    «سرویس: ورزشی», «تاریخ انتشار: سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۱۴:۳۰» (or a date-classed element,
    a ``<time>``), «منبع: ایسنا»; the first section and credit, the date of the article's header."""
    section = credit = None
    qualified = False  # (the section's label is a qualified one: a plain label later reads over it)
    dates = []  # (element, DateLine, role, classed, in a paragraph)
    for el in _xpath(root, ".//time"):
        shown = date_line(_text(el) or "") or _words_after_stamp(el)
        d = in_shown_zone(date_line(el.get("datetime") or ""), shown) or shown
        if d:  # (the role a label in its text gives it: «<time datetime=…>تاریخ انتشار: …</time>»)
            role = d.role or (shown.role if shown is not None else None)
            dates.append((el, d, _class_role(el, role), True, False))
    for el in _xpath(root, ".//*[@data-date or @data-datetime or @data-time or @data-timestamp or @data-published]"
                           "[not(self::time)][not(ancestor-or-self::a)]"):
        # (a script fills the element's text from its data attribute: «<span class="pd"
        # data-date="2024-07-27"></span>», «data-timestamp="1722061200"»; the value tells machines)
        v = next(v for k in _DATA_DATES if (v := el.get(k)))
        d = date_line(machine_text(v)) if len(v) <= 40 else None
        if d is not None:
            dates.append((el, d, _class_role(el, d.role), True, False))
    for el in _xpath(root, ".//*[@title][not(self::time)][not(ancestor-or-self::a)]"):
        # (a relative time shown, the day in the element's tooltip: «<span class="post-date"
        # title="۱۳۹۱/۰۵/۲۹ - ۲۳:۰۴">۱ سال پیش</span>»; WordPress's human time diff, hAtom's
        # «<abbr class="published" title=…>»): the day the page tells machines there
        d = _title_date(el)
        if d is not None:
            dates.append((el, d, _class_role(el, d.role), True, False))
    for t in _xpath(root, ".//text()[string-length(.) < 120][contains(., ':') or contains(., '：')"
                        " or translate(., '0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩', '') != .]"):
        el = t.getparent()
        if el is not None and t.is_tail and isinstance(el.tag, str) and len(dates) < 16:
            # «<span class="title">تاریخ انتشار: </span>۱۲ اردیبهشت ۱۳۹۸ - ۱۶:۱۲»: the date is the
            # text after its label's element
            box = el.getparent()
            d = _date_after_label(el, t) if box is not None and box.tag not in ("script", "style", "h1") else None
            if d is None and box is not None and box.tag not in ("script", "style", "h1"):
                d = _date_after_home_link(el, t)
            if d is None and box is not None and el.tag in _LINE_ENDS and box.tag not in ("script", "style", "h1"):
                # (a line of its own after a block or a break, in no element of its own: «<div>…</div>
                # تاریخ: شنبه ۱۹ تیر ۱۴۰۰<br>», a converted document's head, UnRTF's)
                d = date_line(t.strip())
            if d:
                dates.append((box, d, d.role or _class_role(box, None), bool(_DATE_CLASS.search(_classes(box))),
                              False))
        if el is None or not t.is_text or el.tag in ("script", "style", "h1"):
            continue
        t = t.strip()
        if not t or len(t) > DATED_TEXT_MAX_CHARS:
            continue
        if len(t) > 90:
            # (a byline row with its date in three calendars, «نوشته … | ۲۵ فروردین ۱۳۹۱ - ۱۳ آوریل ۲۰۱۲ - ۲۱
            # جمادی‌الاولی ۱۴۳۳ - ساعت ۱۶:۰۲ | ۵ دیدگاه»: a date line as long as the flat classifier reads;
            # no credit is that long; a meta row's fields may be, «سرویس: بازنشستگان | کد مطلب: ۳۰۲۸۱ |
            # تاریخ انتشار: … | به‌روزرسانی: …», its section the value of its label field)
            d = date_line(t) if len(dates) < 16 and el.tag != "time" else None
            if d:
                role = d.role or _class_role(el, None)
                dates.append((el, d, role, bool(_DATE_CLASS.search(_classes(el))), el.tag == "p"))
            head = t.split(_FIELD_BAR, 1)[0] if d is not None and _FIELD_BAR in t else None
            if section is None and head and is_label_line(head + " x"):
                section = section_from_label(head)
            elif section is None and d is not None:
                # (the label a later field of the dated row holds, as a shorter row's is read below:
                # «نوشته شده در چهارشنبه ۲۲ فروردین ۱۴۰۳ ساعت ۰۲:۱۸ توسط … | موضوع: کشاورزی | نظرات (۶)»,
                # a blog's post footer whose weekday and writer run it past 90 characters)
                section = row_label(t)
            continue
        if len(t) <= 3 and len(dates) < 16:
            box = _badge_box(el)  # («<div class="date-badge"><div>۱۲</div><div>آذر</div><div>۱۴۰۲</div>»)
            d = date_line(badge_date([_text(x) or "" for x in box]) or "") if box is not None else None
            if d:
                dates.append((box, d, _class_role(box, d.role), bool(_DATE_CLASS.search(_classes(box))), False))
                continue
        if credit is None and ":" in t:  # «<p>منبع: ایسنا</p>», «<time>منبع: فارس | …</time>»
            credit = credit_line(t) or (_logo_credit(el, t) if len(t) <= SHORT_CREDIT_CHARS else None)
        if el.tag in ("p", "time"):
            # «<p>انتشار: ۱۳۹۲/۰۱/۲۵ - ۲۱:۵۳  News ID: …</p>», «<p>۱۴۰۰-۰۲-۱۴</p>» under the headline
            d = date_line(t) if el.tag == "p" and len(dates) < 16 else None
            if d:
                dates.append((el, d, d.role, bool(_DATE_CLASS.search(_classes(el))), True))
            elif section is None and el.tag == "p" and len(t.split()) <= MAX_LABEL_P_WORDS and is_label_line(t + " x"):
                # (a label in a paragraph of its own, «<p class="ft03">بخش: تجارت خارجی</p>»: a
                # converted document's head, where every line is a ``<p>``)
                section = section_from_label(t)
            continue
        if (section is None or qualified) and is_label_line(t + " x"):
            # «سرویس: ورزشی» in one text, or «<span>سرویس:</span> <a>ورزشی</a>»
            # «<span>سرویس:</span> <a>ورزشی</a>», or a label/value table's row «<td>گروه:</td><td>اخبار
            # شرکت</td>» (a disclosure portal's, a registry's head): the label's box reads on
            box = el.getparent() if el.tag in ("span", "td", "th") and el.getparent() is not None else el
            # (the label's own element first: a meta row holds other fields before it, «<div><time>۴
            # ماه پیش</time> <span>موضوع: <a>محیط زیست</a></span></div>», and reads as no label line)
            got = (section_from_label(t) or (box is not el and section_from_label(_text(el) or ""))
                   or section_from_label(_text(box) or ""))
            if got and (section is None or not qualified_label(t + " x")):
                # (a label qualified by a second word, «بخش خبری: …», is read until a plain one
                # names the section: a script's bulletin field over its «سرویس: …»)
                section, qualified = got, qualified_label(t + " x")
        elif section is None:
            # a print edition's page label «صفحه ۳ - اقتصادی», a row «سرویس اقتصادی - ۱۲ آذر ۱۴۰۲»
            # (or a row whose later field is the label: «۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵ | سرویس: بازار ارز»)
            section = (None if _in_page_list(el) else print_page_label(t)) or dated_label_word(t) or row_label(t)
            if section is None and t.endswith((":", "：")):
                # (the row's later label, its value the link after it: «<div>نوشته شده در ۱۴ بهمن ۱۴۰۲
                # توسط علی | موضوع: <a>سلامت</a> | <a>لینک ثابت</a></div>», a blog's post footer)
                row = _text(el) or ""
                section = row_label(row) if len(row) <= DATED_TEXT_MAX_CHARS else None
        if len(dates) < 16:
            d = date_line(t)
            if d:
                labelled = _label_read(el, t) if d.role is None else None
                role = d.role or (labelled if labelled is None or isinstance(labelled, str) else labelled.role) \
                    or _class_role(el, None)
                if role == "published" and not isinstance(labelled, (str, type(None))) \
                        and (labelled.qualified or labelled.named):
                    # (the label of its own is a qualified generic one, or names the publication: read
                    # with the other dates of its row, or of its label/value table, by :func:`_row_events`)
                    d = dataclasses.replace(d, role=role, qualified=labelled.qualified, named=labelled.named)
                dates.append((el, d, role, bool(_DATE_CLASS.search(_classes(el))), False))
    if credit is None:
        # an element the page marks as the story's source: «<p class="source">سرچشمه: Fars News</p>»,
        # «<div class="src"><time>ورزش۳ — ۹ شهریور ۱۳۹۹</time></div>», «<a class="source-link">…</a>»
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag not in ("script", "style", "body", "html") \
                    and _SOURCE_CLASS.search(_classes(el)):
                t = _text(el) or _alt(el)  # («<div class="source"><img alt="خبرگزاری ایسنا"></div>»)
                credit = (agency_from_byline(t) or named_after_from(t)) if t and len(t) <= 90 else None
                if credit:
                    break
    visible = [x for x in dates if not _hidden(x[0])]  # (a dialog the page keeps hidden dates no story it shows)
    return section, _header_date(root, h1, _row_events(visible), template), credit


#: a style that hides an element
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(el) -> bool:
    """Whether ``el`` stands in an element the page does not show until asked (a viewer's document
    properties dialog, «<div id="documentPropertiesDialog" class="dialog hidden">… تاریخ ایجاد: 12/18/19 …»):
    the ``hidden`` attribute, ``aria-hidden="true"``, a hiding style, or the class ``hidden`` (the
    hiding class of the common CSS kits). The dates it holds are a file's or a form's, none the story's.

    >>> import lxml.html
    >>> box = lxml.html.fromstring("<div><div class='dialog hidden'><div>تاریخ ایجاد: ۱۲ آذر</div></div>"
    ...                            "<div class='not-hidden'><span>۱۴ آذر</span></div></div>")
    >>> _hidden(box[0][0]), _hidden(box[1][0])
    (True, False)
    """
    for e in (el, *el.iterancestors()):
        if e.get("hidden") is not None or (e.get("aria-hidden") or "").strip().lower() == "true" \
                or "hidden" in (e.get("class") or "").split() or _HIDING_STYLE.search(e.get("style") or ""):
            return True
    return False


def _row_events(dates: list) -> list:
    """The dated elements with the dates of one meta row read together (:func:`.dates.other_events`):
    «<span>تاریخ دریافت: …</span> <span>تاریخ پذیرش: …</span> <span>تاریخ انتشار: …</span>», a
    journal's history, or a question's «تاریخ ثبت پرسش: …» beside the answer's day: a qualified
    generic label among dates of several days names another event than the publication. A label/value
    table's dated fields are read by :func:`.dates.field_events`, as the run reads them
    (:func:`.template.date_field_keys`)."""
    if not any(d.qualified or d.named for _, d, *_ in dates):
        return dates
    rows: dict = {}
    for k, (el, *_) in enumerate(dates):
        # (a label/value table's rows are one record's fields: «تاریخ انتشار نشریه | …» and «تاریخ ثبت در
        # سامانه | …», the clipping's issue day and its filing in a monitoring service, read together)
        table = _label_value_table(el) if el.tag in ("td", "th") else None
        rows.setdefault(el.getparent() if table is None else (table,), []).append(k)
    out = list(dates)
    for box, ks in rows.items():
        # (a table's fields read with the roles their labels give here: a clip's «Created» beside its
        # address is the copy's, .html._label_read)
        got = field_events([dataclasses.replace(dates[k][1], role=dates[k][2]) for k in ks]) \
            if isinstance(box, tuple) else other_events([dates[k][1] for k in ks])
        for k, role in zip(ks, got):
            if role == "other" and out[k][2] == "published":
                out[k] = (out[k][0], out[k][1], "other", *out[k][3:])
    # the instant the article tells machines (its one ``<time datetime>``, no label saying it is
    # another date) is the publication's: a qualified label of another day elsewhere in the article
    # names another event («تاریخ تولید صدا: …» in a read-aloud player, beside «<time
    # datetime="…">۳ ماه پیش</time>» under the headline)
    machine = [d for el, d, role, *_ in out if el.tag == "time" and el.get("datetime")
               and role in (None, "published") and not d.qualified]
    if len(machine) == 1:
        for k, (el, d, role, *rest) in enumerate(out):
            if role == "published" and d.qualified and not agree(d.stamp, machine[0].stamp):
                out[k] = (el, d, "other", *rest)
    return out


#: a text of an element read for its date is this short at most (the texts the label reader takes)
DATED_TEXT_MAX_CHARS = 120


#: a date a ``title`` attribute holds is this short (a tooltip, no sentence)
TITLE_DATE_MAX_CHARS = 60
#: and so is the text its element shows (a relative time, a reading time beside it; no paragraph)
TITLE_DATE_SHOWN_MAX_CHARS = 80


def _title_date(el):
    """The date an element's ``title`` attribute holds when the element shows none of its own: a
    relative time with the day in its tooltip («<span title="۱۳۹۱/۰۵/۲۹ - ۲۳:۰۴">۱ سال پیش</span>»),
    whatever words the site writes it in. The attribute is mostly a date with its day, month and
    year (:func:`.dates.mostly_date`), the element's text short and dateless; None otherwise.

    >>> import lxml.html
    >>> d = _title_date(lxml.html.fromstring('<span title="۱۳۹۱/۰۵/۲۹ - ۲۳:۰۴">۱ سال پیش</span>'))
    >>> d.localize()
    ('2012-08-19T23:04+04:30', '1391/05/29')
    >>> _title_date(lxml.html.fromstring('<span title="۱۲ آذر ۱۴۰۲">۱۲ آذر ۱۴۰۲</span>')) is None
    True
    """
    tip = " ".join((el.get("title") or "").split())
    if not tip or len(tip) > TITLE_DATE_MAX_CHARS:
        return None
    d = date_line(tip)
    if d is None or not mostly_date(tip, d):
        return None
    shown = " ".join((_text(el) or "").split())
    if len(shown) > TITLE_DATE_SHOWN_MAX_CHARS or (shown and date_line(shown) is not None):
        return None  # (a date the element shows is read as such; a block's tooltip is no time's)
    return d


def _badge_box(el):
    """The block a date badge's day ``el`` opens, when it holds nothing but two or three elements
    (the day, the month, the year: :func:`.dates.badge_date` reads them), else None."""
    box = el.getparent()
    if box is None or box.tag in ("body", "html"):
        return None
    kids = [x for x in box if isinstance(x.tag, str)]
    if not 2 <= len(kids) <= 3 or kids[0] is not el or len(kids) != len(box) or (box.text or "").strip() \
            or any((x.tail or "").strip() for x in kids):
        return None
    return box


#: a label written in an element of its own, before its value: a few words and a colon
LABEL_MAX_CHARS = 30


def _words_after_stamp(el) -> DateLine | None:
    """The date an empty ``<time datetime>`` is shown as in the text right after it, when that names
    its day: «<span><time datetime="2020-04-17T18:52"></time>منتشر شده در April 17, 2020، ساعت
    18:52</span>», a theme that fills the element for machines and writes the words beside it. The
    words' label gives the stamp its role (a publication date, an edit's); another day there is
    another date's.

    >>> import lxml.html
    >>> box = lxml.html.fromstring('<span><time datetime="2020-04-17T18:52"></time>منتشر شده در April 17, 2020</span>')
    >>> _words_after_stamp(box[0]).role
    'published'
    >>> box = lxml.html.fromstring('<span><time datetime="2020-04-17T18:52"></time> | ویرایش: ۲۰ آوریل ۲۰۲۰</span>')
    >>> _words_after_stamp(box[0]) is None
    True
    """
    tail = " ".join((el.tail or "").split())
    if _text(el) or not tail or len(tail) > DATED_TEXT_MAX_CHARS:
        return None
    machine, words = date_line(el.get("datetime") or ""), date_line(tail)
    return words if machine is not None and words is not None and agree(machine.stamp, words.stamp) else None


def _date_after_label(label_el, tail: str):
    """The date in the text ``tail`` written right after the element ``label_el`` when that
    element is a label («تاریخ انتشار: »): read together, so the label gives the date its role.

    >>> import lxml.html
    >>> box = lxml.html.fromstring('<div><span>تاریخ انتشار: </span>۱۲ اردیبهشت ۱۳۹۸ - ۱۶:۱۲</div>')
    >>> d = _date_after_label(box[0], box[0].tail)
    >>> (d.stamp.day.isoformat(), d.role)
    ('2019-05-02', 'published')
    >>> box = lxml.html.fromstring('<div><a>بیشتر بخوانید</a>۱۲ اردیبهشت ۱۳۹۸</div>')
    >>> _date_after_label(box[0], box[0].tail) is None
    True
    """
    label = (_text(label_el) or "").strip()
    if not label or len(label) > LABEL_MAX_CHARS or not label.endswith((":", "：")):
        return None
    return date_line(label + " " + " ".join(tail.split()))


#: the marks a byline sets between the site's name and the day («tahlil.ir · ۱۰ دی ۱۴۰۳»)
_BYLINE_MARKS = "·•|-–—/"


def _date_after_home_link(link_el, tail: str):
    """The date written right after a link to the site's home, a mark between them: a reader view's
    origin line «<a href="https://x.ir/">x.ir</a> · ۱۰ دی ۱۴۰۳» (Instapaper, Pocket) or a byline
    «<a href="/">نام سایت</a> | ۱۰ دی ۱۴۰۳». A link to another story with its day beside it (a list
    of related stories) links no home, and a date run on with no mark is no byline's.

    >>> import lxml.html
    >>> box = lxml.html.fromstring('<div><a href="https://x.ir/">x.ir</a> · ۱۰ دی ۱۴۰۳</div>')
    >>> _date_after_home_link(box[0], box[0].tail).stamp.day.isoformat()
    '2024-12-30'
    >>> box = lxml.html.fromstring('<div><a href="/news/12">خبر دیگر</a> · ۱۰ دی ۱۴۰۳</div>')
    >>> _date_after_home_link(box[0], box[0].tail) is None
    True
    """
    rest = " ".join(tail.split())
    if link_el.tag != "a" or not rest or rest[0] not in _BYLINE_MARKS or not _links_home(link_el):
        return None
    if len((_text(link_el) or "").strip()) > LABEL_MAX_CHARS:
        return None
    return date_line(rest[1:].strip())


def _logo_credit(el, label: str) -> str | None:
    """The agency a label without its value credits with a logo: «<span>منبع:</span> <a><img
    alt="ایسنا"></a>», the image's alt text standing for the name it shows (the label's element, or
    the block a ``<span>`` / ``<b>`` label stands in); or with a link to the story at its origin, an
    agency's own host, whatever the link says («منبع: <a href="https://www.isna.ir/news/…">اینجا</a>»)."""
    if not label.rstrip().endswith((":", "：")) or len(label) > 20:
        return None
    block = el.getparent() if el.tag in ("span", "b", "strong", "label") and el.getparent() is not None else el
    alt = _alt(block)
    if alt and len(alt) <= 40:
        return agency_from_credit(f"{label} {alt}")
    links = list(block.iter("a"))
    if len(links) != 1 or not _ONLY_SOURCE_WORDS.match(label):
        return None  # («بیشتر بخوانید: <a>…</a> و <a>…</a>»: links, but no source's label)
    return agency_from_url(links[0].get("href") or "")


#: the word beside an agency's name in its logo's alt text («لوگوی ایسنا», «ISNA logo»)
_LOGO_WORD = re.compile(r"(?:^|(?<=\s))(?:لوگوی?|logo)(?=\s|$)", re.I)
#: an image in these is no credit of the story: a list (related items, each with its source's logo),
#: a menu, the page's header, footer or sidebar
_NO_CREDIT_PLACES = frozenset(("li", "nav", "header", "footer", "aside"))
#: inline elements an image stands in within its block (a link, a picture)
_IMAGE_WRAPS = frozenset(("a", "span", "picture", "figure", "i", "b", "strong"))


def _logo_alone(root) -> str | None:
    """The agency whose logo alone credits the story: an image of the article whose alt text is the
    agency's name and nothing else (a word «لوگو» beside it), in a block that says nothing
    («<div><a href=…><img alt="لوگوی ایسنا"></a></div>» over the story, an aggregator's source). A
    logo in a list (related items, each with its source's), a menu, the header or the footer
    credits none, nor one beside words (a label's logo is :func:`_logo_credit`'s).

    >>> import lxml.html
    >>> root = lxml.html.fromstring('<article><h1>عنوان</h1><div><a href="/s/1"><img alt="لوگوی ایسنا"></a></div>'
    ...                             '<p>متن</p></article>')
    >>> _logo_alone(root)
    'ایسنا'
    >>> _logo_alone(lxml.html.fromstring('<article><ul><li><img alt="ایسنا"><a>تیتر دیگر</a></li></ul></article>'))
    >>> _logo_alone(lxml.html.fromstring('<article><div><amp-img alt="ایرنا"></amp-img></div></article>'))
    'ایرنا'
    >>> _logo_alone(lxml.html.fromstring('<main><div><a><img alt="ایسنا"></a><a><img alt="ایرنا"></a></div></main>'))
    >>> _logo_alone(lxml.html.fromstring('<main><div><img alt="ورزش سه"><span>ورزش سه</span></div></main>'))
    'ورزش سه'
    >>> _logo_alone(lxml.html.fromstring('<main><div><img alt="ایسنا"><span>گفت‌وگو با ایسنا</span></div></main>'))
    """
    for img in root.iter(*IMAGE_TAGS):
        alt = " ".join((img.get("alt") or "").split())
        if not alt or len(alt) > 40:
            continue
        name = agency_from_credit(_LOGO_WORD.sub(" ", alt).strip(), bare=True)
        if not name:
            continue
        block = img.getparent()
        while block is not None and block.tag in _IMAGE_WRAPS:
            block = block.getparent()
        # (the block may caption the logo with its name and nothing else: a syndication portal's
        # provider row, «<div><img alt="ورزش سه"><span>ورزش سه</span></div>» over the headline)
        said = _text(block) if block is not None else None
        if block is None or (said and line_key(said) != line_key(alt)) \
                or any(a.tag in _NO_CREDIT_PLACES for a in img.iterancestors()) \
                or sum(1 for _ in block.iter(*IMAGE_TAGS)) > 1:
            continue  # (a strip of logos, the site's partners, credits none of them)
        return name
    return None


def _alt(el) -> str | None:
    """The alt text of the first image in ``el`` that has one (a logo's: «خبرگزاری ایسنا»)."""
    return next((a for img in el.iter(*IMAGE_TAGS) if (a := " ".join((img.get("alt") or "").split()))), None)


#: a credit stands alone in its element and is short («برگرفته از فارس نیوز», «به نقل از ورزش۳»): its
#: words after the credit's own («به نقل», «منبع»), an agency's full name and its short one in
#: brackets («از خبرگزاری کار ایران (ایلنا)»), are at most this many
MAX_CREDIT_WORDS = 6


def _credit_element(root) -> str | None:
    """The agency of a credit written without a colon, alone in a small element of the article
    («<div>برگرفته از سایت ورزش سه</div>»): the words of a credit line, as on flat text, not a
    «به نقل از» inside a sentence (:func:`_label_elements` reads the «منبع: …» ones). The credit may
    be a link to the source («<p><a href=…>به نقل از ورزش سه</a></p>») when the link is all its
    block says, or a name in brackets and nothing else («<span>(سایت ورزش سه)</span>»)."""
    for t in _xpath(root, ".//text()[string-length(normalize-space(.)) < 80]"):
        el = t.getparent()
        if el is None or el.tag in ("script", "style", "h1"):
            continue
        linked, own = el.tag == "a", t.is_text
        t = t.strip()
        said = credit_sentence(t)  # «این خبر از خبرگزاری فارس بازنشر شده است»
        if said:
            return said
        credit = _CREDIT_WORDS.match(t)
        if not t or len(t.split()) - (len(credit.group().split()) if credit else 0) > MAX_CREDIT_WORDS:
            continue
        if linked and own and _ONLY_SOURCE_WORDS.match(t):
            got = agency_from_url(el.get("href") or "")  # «<a href="https://www.isna.ir/…">منبع خبر</a>»
        elif credit:
            got = agency_from_credit(t)
        else:
            got = agency_in_brackets(t)
        if got and linked and (not own or el.getparent() is None or _text(el.getparent()) != _clean(t)):
            continue  # a link inside a sentence or a list of links: not a credit of its own
        if got and not _CREDIT_WORDS.match(t) and _beside_headline(el.getparent() if linked else el, t):
            continue  # «<li><a>headline</a> <span>(مهر)</span></li>»: a related item's source
        if got:
            return got
    return None


def _slot_credit(lines: list[str], keys: list[str], paras: list[str], template) -> str | None:
    """The outlet a credit slot of the site's template names, though the agency table does not know
    it («منبع خبر: رویترز»): a «منبع: X» line above the story or after it whose shape the run shows on
    many of the site's pages (:data:`.credits.SLOT_SHARE`); never one between the story's paragraphs
    (a table's «منبع: …»). In a slot the site fills with news agencies (:meth:`.template.
    PageTemplate.agency_slot`), a short name alone («منبع خبر: آناتولی») that is not the site's own
    (a line of its header on (nearly) every page: :data:`.credits.BRAND_SHARE`)."""
    if template is None or not template.learned:
        return None
    first, last = _find(keys, line_key(paras[0])), _find(keys, line_key(paras[-1]))
    for i, t in enumerate(lines):
        if first is not None and last is not None and first <= i <= last or len(t) > 60:
            continue
        got = agency_from_slot(t)
        if got is None and template.agency_slot(t, MIN_SLOT_VALUE_PAGES):
            got = agency_from_slot(t, agency_slot=True)
            if got and _site_names([t2 for j, t2 in enumerate(lines[: i if first is None else first]) if j != i],
                                   template, line_key(got)):
                got = None
        if got and template.page_share(t) >= SLOT_SHARE:
            return got
    return None


#: the <meta> names that say who wrote the page or where its story came from
_META_CREDITS = ("author", "article:author", "dc.source", "source", "original-source")


def _markup_credit(meta: dict, ld: dict, site_names: list[str]) -> str | None:
    """The agency the page names to machines as its story's author or source, and nowhere in its
    text: a JSON-LD ``author`` / ``sourceOrganization`` / ``publisher`` («{"@type": "Organization",
    "name": "خبرگزاری ایسنا"}»), a «<meta name="author" content="خبرگزاری تسنیم">». Only a value
    that is an agency's name and nothing else (a person's name is a reporter's), and not the
    site's own name (``site_names``: what the page calls itself, og:site_name, its <title>'s side):
    a republishing site names itself as the publisher, an agency's own site itself everywhere.

    >>> _markup_credit({"author": "خبرگزاری تسنیم"}, {}, []), _markup_credit({"author": "سارا احمدی"}, {}, [])
    ('تسنیم', None)
    >>> _markup_credit({}, {"credits": ["کاوه نامه", "ایسنا"]}, ["کاوه نامه"])
    'ایسنا'
    >>> _markup_credit({}, {"credits": ["خبرگزاری ایسنا"]}, ["خبرگزاری دانشجویان ایران (ایسنا)"]) is None
    True
    """
    own = {agency_from_credit(n, bare=True) for n in site_names if n and len(n) <= 80}
    for v in [*ld.get("credits", []), *(meta.get(k) for k in _META_CREDITS)]:
        a = agency_from_credit(v, bare=True) if isinstance(v, str) and len(v) <= 60 else None
        if a and a not in own:
            return a
    return None


def _site_names(header: list[str], template, key: str) -> bool:
    """Whether a line of the page's header that the site shows on (nearly) every page (its name,
    its tagline) holds ``key`` (a name's key): the site's own name, never its story's agency."""
    return any(key in line_key(t) and template.page_share(t) >= BRAND_SHARE for t in header if len(t) <= 200)


def _site_name(lines: list[str], paras: list[str], template) -> Callable[[str], bool] | None:
    """Whether a phrase is the site's own name (:func:`.agency.site_named`): the lines above the
    story the site shows on (nearly) every page (:data:`.credits.BRAND_SHARE`) hold it; None when the
    run taught no template."""
    if template is None or not template.learned or not paras:
        return None
    first = next((i for i, t in enumerate(lines) if t == paras[0]), len(lines))
    keys = [line_key(t) for t in lines[:first] if len(t) <= 200 and template.page_share(t) >= BRAND_SHARE]
    return (lambda p: site_named(p, keys)) if keys else None


def _bare_credit_under(lines: list[str], keys: list[str], last: str, template=None) -> str | None:
    """The agency whose bare name stands on a line of its own among the first short lines under
    the story's last paragraph («پایان خبر», then «ایلنا»), as :func:`.text.extract_lines` reads
    one on a flat page; never a name the site shows on (nearly) every page (its brand). ``keys``:
    the lines' keys."""
    _at, near = _short_under(lines, keys, last)
    return next((got for t in near if (got := _bare_name(t, template))), None)


def _short_under(lines: list[str], keys: list[str], last: str) -> tuple[int, list[str]]:
    """Where the story's last paragraph ``last`` stands among ``lines`` (-1 when it does not), and the
    first :data:`.credits.BARE_CREDIT_SHORT` lines shown of the :data:`.credits.BARE_CREDIT_LINES` under it,
    where a credit under the story stands. ``keys``: the lines' keys."""
    at = _find(keys, line_key(last))
    if at is None:
        return -1, []
    near = [t.strip() for t in lines[at + 1: at + 1 + BARE_CREDIT_LINES] if t.strip()]
    return at, near[:BARE_CREDIT_SHORT]


#: a «<label>: <value>» field under the story recurs, for :func:`_foot_field`, on this many of its
#: site's pages at least, its value varying (a one-off line under one story, «پی‌نوشت: …», on fewer)
MIN_FOOT_FIELD_PAGES = 3


def _foot_field(lines: list[str], keys: list[str], last: str, links: list[tuple[str, str]], template,
                site_names: list[str | None]) -> str | None:
    """The section a field among the lines under the story's last paragraph ``last`` names: a
    «<label>: <value>» line whose value, whole, the page's menu lists (``links``) and whose label the
    site's template knows there, in whatever words («بایگانی: جشنواره فجر» under the story), read as
    a flat page's foot is (:func:`.text._foot_field_section`: not the same field with one value on
    most of the site's pages, nor a list of tags, nor the site's name, ``site_names``). ``keys``: the
    lines' keys."""
    if template is None or not template.learned or not links:
        return None
    at = _find(keys, line_key(last))
    if at is None:
        return None
    foot = []
    for t in lines[at + 1: at + 1 + 2 * FOOT_LINES]:
        ln = classify(t.strip())
        if ln.kind == END:
            # (a label the lexicon reads as the tail's, «برچسب‌ها: ورزشی»: a list of the story's
            # tags, one tag though it hold, which files it nowhere)
            continue
        ln.share = template.page_share(ln.text)
        ln.recurs = ln.share > 0  # (as a flat page's line the template gives a role)
        if not ln.recurs and ln.kind != PARA and ":" in ln.text[:40]:
            # (a field the site shows on a few of its pages only, its value varying: «بایگانی: X» under
            # a fifth of its stories is the site's slot as much as one under each, where it files them)
            ln.recurs = template.shape_pages(ln.text) >= MIN_FOOT_FIELD_PAGES
        if ln.kind != PARA and ":" in ln.text[:40]:
            ln.filing = template.filing_field(ln.text)
        if ln.kind != PARA and ln.share >= SLOT_SHARE:
            ln.values = template.value_after_pages(ln.text, MIN_SLOT_VALUE_PAGES)
        if ln.kind != PARA and 2 <= ln.words <= BOX_HEAD_WORDS:
            ln.heads = template.headword_share(ln.text)
        foot.append(ln)
    menu = {line_key(n) for n, _href in links}
    return _foot_field_section([classify(last), *foot], 0, menu, {line_key(n) for n in site_names if n})


def _wire_credit_under(lines: list[str], keys: list[str], last: str, template=None) -> str | None:
    """The wire a credit slot among the first short lines under the story's last paragraph names
    («منبع: رویترز»), however few of the site's pages show that slot: a name a page of the run calls
    a news agency in a slot of its own («منبع: خبرگزاری رویترز», this page's too:
    :meth:`.template.PageTemplate.wire_credit`), not the site's own (a line of its header on
    (nearly) every page). The caller asks only when the story's dateline credits no agency.
    ``keys``: the lines' keys."""
    if template is None:
        return None
    at, near = _short_under(lines, keys, last)
    for t in near:
        got = template.wire_credit(t)
        if got and not (template.learned and _site_names(lines[:at], template, line_key(got))):
            return got
    return None


def _bare_name(text: str, template=None) -> str | None:
    """The agency ``text`` is the bare name of («ایلنا», «خبرگزاری مهر»): a short line, no prose,
    not a photo's credit after an icon, and not a line the site shows on (nearly) every page (its
    brand, :data:`.credits.BRAND_SHARE`); or its name and the place it reports from («خبرگزاری مهر -
    تبریز»: :func:`.credits.credit_and_place`)."""
    t = text.strip()
    words = len(t.split())
    if not t or words > MAX_BRAND_WORDS + MAX_PLACE_WORDS or is_prose(t) or ICON_CAPTION.match(t):
        return None
    got = bare_agency(t, words)
    if got and not (template is not None and template.learned and template.page_share(t) >= BRAND_SHARE):
        return got
    return None


def _bare_credit_in_tail_slot(lines: list[str], keys: list[str], last: str, template=None) -> str | None:
    """The agency whose bare name stands under the story between two lines of the site's template
    (on :data:`.credits.SLOT_SHARE` of its pages at least: the line the site closes its stories with
    under it, a heading or a mark «#» over it), neither of them a name or a date (a list of
    agencies; a related story's date, whose shape every page repeats): the site's credit slot, as
    :func:`.credits._bare_credit_over_end_marker` reads it on a flat page, however many lines a box of
    related stories sets between it and the story (the caller asks only when the story's own
    dateline credits no agency). ``keys``: the lines' keys."""
    at = _find(keys, line_key(last))
    if at is None or template is None or not template.learned:
        return None
    shown = [t.strip() for t in lines[at + 1:] if t.strip()]
    for above, t, below in zip(shown, shown[1:], shown[2:]):
        got = _bare_name(t, template)
        if got and (_MARK_ONLY.fullmatch(above) or _slot_side(above, template)) and _slot_side(below, template):
            return got
    return None


#: a line of marks and no word («#», «***», «—»): a separator the site sets, whatever its template
_MARK_ONLY = re.compile(r"[^\w]+")


def _slot_side(text: str, template) -> bool:
    """Whether a line beside a bare name is a line of the site's template (on :data:`.text.
    SLOT_SHARE` of its pages at least), no date and no agency's name."""
    return template.page_share(text) >= SLOT_SHARE and date_line(text) is None \
        and agency_from_credit(text, bare=True) is None


def _bare_credit_closing(paras: list[str], template=None) -> str | None:
    """The agency whose bare name is the story's last paragraph («<p>ایسنا</p>» closing the story's
    own block, which the body keeps as prose): the credit under the story, as
    :func:`_bare_credit_under` reads it under the story's block. A story of one paragraph keeps
    it (nothing would be left of the story)."""
    return _bare_name(paras[-1], template) if len(paras) >= 2 else None


def _bare_credit_over(lines: list[str], keys: list[str], title: str | None, first: str,
                      template=None) -> str | None:
    """The agency whose bare name stands on a line of its own between the headline and the story's
    first paragraph («خبرگزاری دانشجویان ایران (ایسنا)» under the date), the source line a flat
    page's header gives (:func:`.text._header` reads it there); never a name the site shows on
    (nearly) every page (its brand). ``keys``: the lines' keys."""
    top = _find(keys, line_key(title)) if title else None
    end = _find(keys, line_key(first), top or 0) if top is not None else None
    if top is None or end is None:
        return None
    # («📷 فارس»: a photo's credit, :func:`_bare_name` leaves it)
    over = lines[top + 1: min(end, top + 1 + BARE_CREDIT_LINES)]
    return next((got for t in over if (got := _bare_name(t, template))), None)


#: how many shown lines over the headline a credit line is looked for in
CREDIT_OVER_LINES = 2


def _credit_over_headline(lines: list[str], keys: list[str], title: str) -> str | None:
    """The agency a credit line right over the headline names, in words that say so («↪️ بازنشر از
    کانال فارس», a channel's mirror of a story forwarded from the agency's; «به نقل از ایسنا»): the
    labelled credit a flat page's header gives (:func:`.text.extract_lines` reads its short lines for
    one), a line of few words and no prose; never a bare name (a menu's item, the site's brand)."""
    top = _find(keys, line_key(title))
    if top is None:
        return None
    over = [t.strip() for t in reversed(lines[:top]) if t.strip()][:CREDIT_OVER_LINES]
    return next((got for t in over if len(t.split()) <= MAX_HEAD_CREDIT_WORDS and not is_prose(t)
                 and (got := agency_from_credit(t))), None)


def _credit_below(lines: list[str], keys: list[str], last: str,
                  credit: Callable[[str], str | None] = credit_line) -> str | None:
    """The agency a labelled credit line names anywhere below the story's last paragraph, at the
    page's foot too («منبع خبر: فارس» under the footer's links), as a flat page's tail is read
    (:func:`.text.extract_lines`): a credit label says whose the story is wherever the site sets it.
    ``keys``: the lines' keys; ``credit``: what a line credits (a labelled address's site too:
    :func:`.agency.address_credit`)."""
    at = _find(keys, line_key(last))
    if at is None:
        return None
    return next((a for t in lines[at + 1:] if (a := credit(t))), None)


def _credit_under_label(lines: list[str], keys: list[str], last: str) -> str | None:
    """The agency a source list below the story's last paragraph names under its heading, a
    credit label alone («منابع» / «ورزش سه — «…» — ۱۵ دی ۱۴۰۴»: :func:`.agency.credit_under_label`)."""
    at = _find(keys, line_key(last))
    if at is None:
        return None
    shown = [t for t in lines[at + 1:] if t.strip()]
    return next((a for k, (t, u) in enumerate(zip(shown, shown[1:]))
                 if len(t) <= 40 and (a := credit_under_label(t, u, shown[k + 2] if k + 2 < len(shown) else None))),
                None)


def _beside_headline(el, t: str) -> bool:
    """Whether ``el`` (the element of a bracketed name ``t``) stands beside another text in its
    block, a link right before it or inside a list item or heading with more words: the source of
    a related item, not of the page's story."""
    prev = el.getprevious()
    if prev is not None and prev.tag == "a":
        return True
    parent = el.getparent()
    return parent is not None and parent.tag in ("li", "a", "h2", "h3", "h4", "h5", "p") and _text(parent) != _clean(t)


#: a link's words that say where it goes and name nothing: «منبع», «منبع خبر», «لینک منبع», «مشاهده
#: در سایت منبع», «منبع اصلی خبر» (its address names the outlet)
_ONLY_SOURCE_WORDS = re.compile(r"^[^\w]*(?:(?:لینک|پیوند|مشاهده(?:\s*خبر)?\s*در(?:\s*سایت)?)\s*)?منبع"
                                r"(?:\s*(?:خبر|اصلی|مطلب))*\s*[:：]?\s*$")
_CREDIT_WORDS = re.compile(r"^[^\w(\[]*[(\[]?\s*(?:منبع|ماخذ|مأخذ|به\s*نقل|نقل\s*از|برگرفته|بازنشر|اقتباس)")

#: class/id words of an element that names the story's source
#: (a messenger's «forwarded» element names the channel a message was forwarded from: its origin)
_SOURCE_CLASS = re.compile(r"source|(?:^|[\s_-])src(?:$|[\s_-])|credit|origin|forward", re.I)


def _header_date(root, h1, dates, template=None) -> tuple[str, str] | None:
    """The article's date among the dated elements: a publication label first, then a bare or
    date-classed one (never a modification date); by position, the one nearest the headline: the
    last above it, else one below it before the story ends. A date after the story belongs to a
    related-news list or a comment (unless a label says it is the publication date); a bare date
    above the headline without a clock time or a telling class, or with a menu between it and the
    headline, is the site header's day, unless the run shows its day above few of the site's
    stories (:func:`_story_day`: a story's date varies from page to page, the visit's does not)."""
    if not dates:
        if root.tag != "article":
            return None
        last = next((el for el in reversed(list(root.iter())) if _story_block(el)), None)
        return _date_after_article(root, last) if last is not None else None
    # (the page may show its headline in no element, in its <title> only: then the whole article
    # is below it, and only the date under the story's paragraphs is found by position)
    pos = {el: i for i, el in enumerate(root.iter())}
    at = pos.get(h1, 0)
    # below the headline, the article's own dates come before its story goes on (under its
    # lead at the latest: the story's first two paragraphs); further down, among and after its
    # paragraphs, a bare date is a comment's, a reply's or a related item's
    story = [i for el, i in pos.items() if i > at and _story_block(el)]
    story_end = story[min(1, len(story) - 1)] if story else at + NEAR_H1
    # above it, a menu between a date and the headline puts the date in the site's header
    menus = [i for el, i in pos.items() if i < at and _is_menu(el)]
    ranked = []
    over = []  # the bare dates above the headline taken for the story's by the run's days alone
    first = story[0] if story else story_end
    teasers = _list_item_dates(dates, h1)
    stamp = _stamp_under(dates, h1, pos)  # (the story's one machine-readable stamp under the headline)
    # (the days the header labels as today's: a site shows its day of the visit once, and another
    # bare day above the headline, over a menu too, is then the issue's or the story's: a daily's
    # edition line «شماره ۳۶۱۳ — چهارشنبه ۱۹ مرداد ۱۴۰۱ — …» under its «امروز: …»)
    today = {d.stamp.day for el, d, role, *_ in dates if role == "today" and pos.get(el, 0) < at}
    for el, d, role, classed, para in dates:
        if role not in _ROLE_RANK or (role is None and _captioned(el)):
            continue  # (a photo's caption dates the photo: «عکس آرشیوی - ۲۷ آبان ۱۴۰۱»)
        if role is None and el in teasers:
            continue  # (a related item's day, in its list item beside its link)
        if _later_field(el, template):
            continue  # (a later event of the document: its scan's day under its own, .template.later_field)
        if para and role != "published" and not (h1 is not None and at < pos.get(el, 0) < first):
            continue  # a paragraph's bare date counts only between the headline and the story
        if h1 is None:
            ranked.append((_ROLE_RANK[role], 0, 0, d))
            continue
        p = pos.get(el, 0)
        if p < at and (role == "published" or (classed or d.timed) and not any(p < q for q in menus)):
            if _under_page_heading(el, h1, pos, template):
                continue  # (a day under the page's <h1> over a lower headline dates that heading's issue)
            ranked.append((_ROLE_RANK[role], 0, at - p, d))
        elif p < at and role is None and today and d.stamp.day not in today \
                and not any(a.tag in ("li", "a") for a in el.iterancestors()):
            ranked.append((_ROLE_RANK[role], 1, at - p, d))
            over.append(d)
        elif p < at and not any(p < q for q in menus) and (
                _story_day(el, template) if _run_knows(template) else _opens_article(root, el, h1)):
            if stamp is not None and stamp.stamp.day < d.stamp.day and _site_line_between(el, h1, pos, template):
                # (a print view's «today» over the site's name, days after the story's own stamp
                # under it: the visit comes after the story; the stamp is the story's date)
                ranked.append((_ROLE_RANK[role], 1, at - p, stamp))
                continue
            # (after the dates the page sets between its headline and story: it says less)
            ranked.append((_ROLE_RANK[role], 1, at - p, d))
            over.append(d)
        elif at < p <= story_end:
            # (between the headline and the story first: a date further down, among its
            # paragraphs, is a reply's or a box's, the article's only when no other is)
            ranked.append((_ROLE_RANK[role], int(p > first), p - at, d))
        elif p > at and role == "published":
            ranked.append((_ROLE_RANK[role], 1, p - at, d))
    if len(over) == len(ranked) and story:
        # none in the header (or only a bare date above it that the run's days alone call the
        # story's: on a crawl of several days the header's day of the visit is on few pages each
        # day too): a date alone in its element right under a paragraph of the story
        # (only a credit or counters between), the story's own («<footer><time>📅 …</time>»),
        # the first such in the page (another story's teaser under it may be a paragraph too);
        # a related item's stands beside its headline, a comment's under a name
        in_story = set(story)
        blocks = {i: el for el, i in pos.items() if i in in_story}
        for el, d, role, _classed, _para in sorted(dates, key=lambda x: pos.get(x[0], 0)):
            p = pos.get(el, 0)
            last = max((i for i in story if i < p), default=None)
            if role is None and last is not None and _closes_story(blocks[last], el, d) \
                    and not _story_goes_on(el, blocks):
                return d.localize()
        if not ranked and root.tag == "article":
            # (none in the article: a date right after it, outside it, that closes the story the
            # same way, a stamp the theme sets under the <article> element)
            got = _date_after_article(root, blocks[story[-1]])
            if got is not None:
                return got
    if not ranked:
        return None
    return min(ranked, key=lambda r: r[:3])[3].localize()


_ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _under_page_heading(el, headline, pos: dict, template=None) -> bool:
    """Whether the dated element ``el`` above the headline stands under the page's ``<h1>`` when the
    headline is a lower heading: a newsletter issue's «<h1>راستی‌آزمایی‌های هفته — شماره ۵۴۴</h1>» and its
    sent day «ارسال‌شده در ۹ شهریور ۱۴۰۴» over the featured story's «<h2>…</h2>» and its own day. The day
    dates the heading it stands under (the issue), not the story. A heading that links (home) or
    stands in a logo block is the site's name: a day under it is the site's header's, judged as such.
    So is a banner the run shows word for word over many of the site's stories (:data:`MIN_BANNER_PAGES`,
    no number of an issue in it): a CMS's «<h1>پیش‌نمایش خبر</h1>» over each story's field box and
    ``<h2>`` headline heads no issue; the box's dates are the story's.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<div><h1>شماره ۵۴۴</h1><div>ارسال‌شده در ۹ شهریور ۱۴۰۴</div>"
    ...                             "<h2>تیتر</h2><div>۸ شهریور ۱۴۰۴</div></div>")
    >>> pos = {e: i for i, e in enumerate(root.iter())}
    >>> sent, h2 = root[1], root[2]
    >>> _under_page_heading(sent, h2, pos), _under_page_heading(sent, root[0], pos)
    (True, False)
    """
    if headline is None or headline.tag == "h1":
        return False
    p = pos.get(el, 0)
    above = [(i, e) for e, i in pos.items() if i < p and isinstance(e.tag, str) and e.tag in _ALL_HEADINGS]
    if not above:
        return False
    top = max(above, key=lambda ie: ie[0])[1]
    if top.tag != "h1" or top.find(".//a") is not None:
        return False
    if _run_knows(template) and not re.search(r"\d", t := _text(top) or "") \
            and len(t.split()) <= BANNER_MAX_WORDS and template.head_pages(t) >= MIN_BANNER_PAGES:
        return False  # (the site's banner over its stories: no issue's)
    return not any(_LOGO_CLASS.search(_classes(e)) for e in (top, *list(top.iterancestors())[:LOGO_LEVELS - 1]))


#: a heading the site's template makes chrome inside the story, shown on at least this share of the
#: site's pages, is a label of the site's layout (a Q&A site's «پاسخ اجمالی» over every answer), not a
#: subheading its stories share: those stand on some of its pages (a magazine's «پرسش‌های رایج» over
#: one story's FAQ in five), as :data:`.template.SITE_SHARE` tells the site's own header lines
LAYOUT_HEADING_SHARE = 0.8


def _layout_headings(lines: list[str], roles: list | None, template) -> set[int]:
    """The lines the site's template makes chrome inside the story (``MID``, ``CHROME``) and shows
    on (nearly) every one of its pages (:data:`LAYOUT_HEADING_SHARE`): its layout's labels, which a
    heading element does not make the story's subheading (:func:`.htmlbody.select_body`)."""
    if not roles or template is None or not template.learned:
        return set()
    return {i for i, r in enumerate(roles) if r in ("mid", "chrome") and len(lines[i]) <= LABEL_MAX_CHARS
            and template.page_share(lines[i]) >= LAYOUT_HEADING_SHARE}


def _list_item_dates(dates: list, h1) -> set:
    """The dated elements that stand in the items of a list of dated items («<li><a href=…>پاکسازی ساحل
    در رشت</a> <time>۱۴ دی ۱۳۹۹</time></li>» and more such: a related-news box, over the headline or
    under the story): two items of the list at least show dates of different days, so each dates its
    own item, not the page's story. A list item that holds the headline (a post of a thread, the
    story's own card) is the story's; a meta row's items («<li>۱۲ مهر ۱۴۰۱</li><li>۳ نظر</li>») show
    one day.

    >>> import lxml.html
    >>> from palayesh.extract.dates import date_line
    >>> box = lxml.html.fromstring("<div><ul><li><a href='/n/1'>یک</a> <time>۱۴ دی ۱۳۹۹</time></li>"
    ...                            "<li><a href='/n/2'>دو</a> <time>۱۳ دی ۱۳۹۹</time></li></ul><h1>تیتر</h1>"
    ...                            "<time>۶ مرداد ۱۴۰۳</time></div>")
    >>> ts = box.findall(".//time")
    >>> got = _list_item_dates([(t, date_line(t.text), None, True, False) for t in ts], box.find("h1"))
    >>> [t.text for t in ts if t in got]
    ['۱۴ دی ۱۳۹۹', '۱۳ دی ۱۳۹۹']
    """
    items: dict = {}  # the list's element -> {its item: the days its dates name}
    of: dict = {}
    for el, d, *_ in dates:
        li = el if el.tag == "li" else next((a for a in el.iterancestors() if a.tag == "li"), None)
        box = li.getparent() if li is not None else None
        if box is None or (h1 is not None and any(a is li for a in h1.iterancestors())):
            continue
        items.setdefault(box, {}).setdefault(li, set()).add(d.stamp.day)
        of[el] = box
    lists = {box for box, days in items.items()
             if len(days) >= 2 and len(set().union(*days.values())) >= 2}
    return {el for el, box in of.items() if box in lists}


def _issue_heading_date(tree, title: str | None) -> tuple[str, str | None] | None:
    """The day of a print edition's issue its page's heading names, «روزنامه … — شماره ۵۰۶۳ — ۱۳۹۸/۰۹/۲۶» (an
    ``<h1>`` over the story's own headline, which is not it): the issue's number and its day, the day
    the story ran in print. An ``<h1>`` is read for no date otherwise (a headline may name a day).

    >>> from lxml import html as lh
    >>> _issue_heading_date(lh.fromstring('<div><h1>روزنامه نمونه — شماره ۵۰۶۳ — ۱۳۹۸/۰۹/۲۶</h1><h2>عنوان</h2></div>'),
    ...                     "عنوان")
    ('2019-12-17', '1398/09/26')
    """
    for h in tree.iter("h1"):
        t = _text(h) or ""
        if t == title or len(t) > DATED_TEXT_MAX_CHARS or not ISSUE_NUMBER.search(t):
            continue
        d = date_line(t)
        if d is not None and d.role is None:
            return d.localize()
    return None


def _captioned(el) -> bool:
    """Whether ``el`` stands in a photo's caption (a ``<figcaption>``, or a ``<figure>`` around it)."""
    return any(a.tag in ("figcaption", "figure") for a in (el, *el.iterancestors()))


#: a bare date above the headline whose day the run shows above at most this share of the site's
#: pages is the story's: the header's date of the visit stands on most pages of a crawl day
#: (:data:`.pagedates.VISIT_DAY_SHARE`), a story's day on the pages of that day's stories alone
STORY_DAY_SHARE = 0.4


def _run_knows(template) -> bool:
    """Whether the run knows the page's site by its own pages (its family's days above the headline
    say which is the header's day of the visit: :func:`_story_day`), not a lone page."""
    return template is not None and bool(template.fams)


#: the blocks that set a date above the headline apart from it: text, lists, a menu, another heading
_APART_TAGS = frozenset(("p", "li", "ul", "ol", "nav", "table", "h2", "h3", "h4", "h5", "h6", "img", "figure"))
#: text nodes above the page's ``<article>`` read for the site header's own date (its «today»)
HEADER_DATE_TEXTS = 60


def _opens_article(root, el, h1) -> bool:
    """Whether the bare date of ``el`` over the headline ``h1`` is the story's on a page the run does
    not know by its site's other pages (:func:`_run_knows`), by the ``<article>``'s structure: ``root``
    is the page's ``<article>``, the date is the first text it shows, no block stands between the date
    and the headline (:func:`_blocks_between`), and the page shows a date of its own above the article,
    outside it: the site header's day of the visit, which therefore is not this one. Without that
    date the page does not tell its header's «today» from the story's day (a date that opens the
    article with nothing above it may be either; tests/test_head_forms.py pins it out), nor with
    other lines (a section's name, a print header) over it in the article.

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<html><body><div>شنبه ۲۳ مهر ۱۴۰۱</div><article><div>۱۴ مهر ۱۴۰۱</div>"
    ...                             "<h1>تیتر خبر</h1></article></body></html>")
    >>> art = page.find(".//article")
    >>> _opens_article(art, art.find("div"), art.find("h1"))
    True
    >>> page = lxml.html.fromstring("<html><body><article><div>۱۴ مهر ۱۴۰۱</div><h1>تیتر خبر</h1></article>"
    ...                             "</body></html>")
    >>> art = page.find(".//article")
    >>> _opens_article(art, art.find("div"), art.find("h1"))
    False
    """
    if root.tag != "article" or h1 is None or any(a.tag in ("li", "a") for a in el.iterancestors()):
        return False
    prev = _xpath(el, "preceding::text()[normalize-space()][not(ancestor::script or ancestor::style)][1]")
    if prev and any(a is root for a in (prev[0].getparent(), *prev[0].getparent().iterancestors())):
        return False  # (a line of the article over the date: a section's name, a print header)
    if _blocks_between(root, el, h1):
        return False
    above = _xpath(root, "preceding::text()[normalize-space()][not(ancestor::script or ancestor::style)]"
                         "[string-length(normalize-space(.)) < 60]")
    return any(date_line(t) for t in above[-HEADER_DATE_TEXTS:])


def _blocks_between(root, el, h1) -> bool:
    """Whether a block of :data:`_APART_TAGS` stands between the element ``el`` and the headline ``h1``
    below it in ``root`` (outside ``el``): a date with one between is not the headline's row.

    >>> import lxml.html
    >>> a = lxml.html.fromstring("<article><div>۶ مرداد ۱۴۰۳</div><h1>تیتر</h1></article>")
    >>> _blocks_between(a, a.find("div"), a.find("h1"))
    False
    >>> a = lxml.html.fromstring("<article><div>۶ مرداد ۱۴۰۳</div><ul><li>x</li></ul><h1>تیتر</h1></article>")
    >>> _blocks_between(a, a.find("div"), a.find("h1"))
    True
    """
    seen = False
    for x in root.iter():
        if x is el:
            seen = True
        elif x is h1:
            return False
        elif seen and x.tag in _APART_TAGS and not any(a is el for a in x.iterancestors()):
            return True
    return False


def _later_field(el, template) -> bool:
    """Whether the date of ``el`` is the value of a field whose label (the text right before it, a
    label of its own: :func:`_label_role`'s) the run shows later than the first of a page's dated
    fields, and never first (:meth:`.template.PageTemplate.later_field`): a scan view's «<td>تاریخ
    اسکن</td><td>1401/08/12</td>» under its «تاریخ نشریه», a later event than the publication,
    on a page without the issue's day too."""
    if not _run_knows(template):
        return False
    before = _xpath(el, "preceding::text()[normalize-space(.)][1]")
    label = " ".join(str(before[0]).split()).rstrip(" :：") if before else ""
    return bool(_LABEL_TEXT.match(label)) and template.later_field(label)


def _story_day(el, template) -> bool:
    """Whether the bare date of ``el`` above the headline names a day the run shows above the story
    of few of the site's pages (:meth:`.template.PageTemplate.day_share`, :data:`STORY_DAY_SHARE`;
    none when the day is on too few pages for the run to keep it): the story's own date in a row
    over its ``<h1>``, not the site header's day of the visit. A page of a site the run does not
    know by its own pages keeps such a date out (it may be the header's «today»), and so does a
    list item or a link."""
    if template is None or not template.fams or any(a.tag in ("li", "a") for a in el.iterancestors()):
        return False  # (a related item's date stands in a list item or a link)
    return template.day_share(_text(el) or "")[0] <= STORY_DAY_SHARE


def _stamp_under(dates: list, h1, pos: dict) -> DateLine | None:
    """The date of the page's one ``<time datetime>`` when it stands after the headline ``h1``, in
    no list item, link or site box (``<header>``, ``<nav>``, ``<footer>``, ``<aside>``) and says it
    is no other day than the story's: a print view's stamp under its story, set straight in
    ``<body>`` («<time datetime="2023-01-10T10:20:00+03:30">۱۰:۲۰ - ۲۰ دی ۱۴۰۱</time>» after the
    related items); ``dates``: the page's dated elements."""
    times = [(el, d, role) for el, d, role, _c, _p in dates if el.tag == "time" and el.get("datetime")]
    if len(times) != 1 or h1 is None:
        return None
    el, d, role = times[0]
    if role not in ("published", None) or pos.get(el, 0) <= pos.get(h1, 0) or any(
            a.tag in ("li", "a", "header", "nav", "footer", "aside") for a in el.iterancestors()):
        return None
    return d


def _site_line_between(el, h1, pos: dict, template) -> bool:
    """Whether a line the site shows above the story of (nearly) every page, its name («انزلی ۲۴»
    over each story, :data:`.template.SITE_SHARE`), stands between the bare date of ``el`` and the
    headline ``h1`` (``pos``: each element's place in the page): then the date may be over the
    site's own header, in its top bar, the day of the visit however it varies between the site's
    pages (a crawl of many days). A story's own date row may stand over such a line too (over
    «نسخه قابل چاپ»): :func:`_header_date` asks a stamp under the story as well."""
    start, at = pos.get(el, 0), pos.get(h1, 0)
    for x, i in pos.items():
        if not start < i < at or len(x) or x.tag in ("script", "style") or el in x.iterancestors():
            continue  # (a leaf element between the two, not inside the date's own)
        t = _text(x)
        if t and len(t) <= SITE_NAME_MAX_CHARS and date_line(t) is None \
                and template.head_share(t) >= SITE_SHARE:
            return True
    return False


#: a story's paragraph has at least this many words
STORY_BLOCK_WORDS = 10
#: blocks that hold a story's text directly, paragraphs set apart by ``<br>`` («<div>…<br>…</div>»)
_TEXT_BLOCKS = frozenset(("div", "td", "section", "article", "blockquote"))


def _story_block(el) -> bool:
    """Whether ``el`` is a paragraph of running text: a ``<p>`` of ten words or more that is not a
    link (a related story's headline, «<p><a>…</a></p>»), or a block whose own text has that many
    words: lines set apart by ``<br>``, or one of the story's paragraphs set as blocks of one tag and
    class (:func:`_prose_sibling`)."""
    if el.tag == "p":
        text = text_of(el)
        words = len(text.split())
        if words < STORY_BLOCK_WORDS:
            return False
        linked = sum(len(text_of(a)) for a in el.iter("a"))
        return linked < LINK_BLOCK_SHARE * len(text.strip())
    return el.tag in _TEXT_BLOCKS and _own_words(el) >= STORY_BLOCK_WORDS \
        and (el.find("br") is not None or _prose_sibling(el))


def _own_words(el) -> int:
    """The words of ``el``'s own text (not its children's)."""
    return len(" ".join(_xpath(el, "text()")).split())


def _prose_sibling(el) -> bool:
    """Whether a block of prose has a sibling of its tag and class that is prose too: a story
    whose paragraphs a site sets as ``<div class="fx91">`` each, not ``<p>``s (a teaser's summary
    or a box's text stands alone in its element)."""
    cls = el.get("class")
    return any(s.tag == el.tag and s.get("class") == cls and _own_words(s) >= STORY_BLOCK_WORDS
               for s in (*el.itersiblings(), *el.itersiblings(preceding=True)))


#: text nodes read after the page's ``<article>`` for a date that closes its story
AFTER_ARTICLE_TEXTS = 8


def _date_after_article(root, last) -> tuple[str, str] | None:
    """The date in the first dated text after the ``<article>`` element ``root``, outside it, when its
    element closes the story whose last paragraph is ``last`` (:func:`_closes_story`: alone or in a
    byline row, only credits, labels, counters or tags between): the story's stamp under the element.
    A related item's date stands under its heading and beside its link, a comment's under a name."""
    for t in _xpath(root, "following::text()[normalize-space(.)][position() <= %d]" % AFTER_ARTICLE_TEXTS):
        el = t.getparent()
        if el is None or el.tag in ("script", "style"):
            continue
        text = " ".join(t.split())
        d = date_line(text) if len(text) <= TITLE_DATE_SHOWN_MAX_CHARS else None
        if d is None:
            continue
        if d.role is None and not any(a.tag in ("li", "a") for a in (el, *el.iterancestors())) \
                and _closes_story(last, el, d):
            return d.localize()
        return None
    return None


def _story_goes_on(el, blocks: dict) -> bool:
    """Whether the first text after the dated element ``el`` is in a paragraph of the story
    (``blocks``): a date between two of its paragraphs is the story's («<p>۱۲ مهر ۱۴۰۱</p>»)."""
    nxt = _xpath(el, "following::text()[normalize-space(.)][1]")
    holder = nxt[0].getparent() if nxt else None
    story = set(blocks.values())
    return holder is not None and (holder in story or any(a in story for a in holder.iterancestors()))


def _closes_story(last, el, d) -> bool:
    """Whether the dated element ``el`` comes right after the story's last paragraph ``last``,
    alone in its element (its date most of its text), with only short credit, label or counter
    texts between them, and the story's tags (:func:`.tags.tag_list_line`, or two links or more of
    a tag's shape under a label: «برچسب‌ها: <a>شورای شهر</a>، <a>شهرداری</a>»)."""
    own = " ".join((_text(el) or "").split())
    if not (mostly_date(own, d) or signed_row(own) or byline_row(own)):
        return False  # (alone, or in the story's byline row: «نویسنده: مریم احمدی | ۶ مرداد ۱۴۰۳»)
    seen, tags, links = 0, False, 0
    for t in _xpath(last, "following::text()[normalize-space(.)][position() <= %d]" % (6 + MAX_TAG_LINKS)):
        holder = t.getparent()
        if holder is el or (holder is not None and el in holder.iterancestors()):
            return links != 1  # (one link under a label and a date: a related item's, not tags)
        if holder is not None and holder.tag in ("script", "style"):
            continue
        t = " ".join(t.split())
        if tags and holder is not None and holder.tag == "a" and tag_shaped(t):
            links += 1
            continue  # a link of the story's tags under their label («برچسب‌ها: <a>…</a> <a>…</a>»)
        seen += 1
        if seen > 6:
            return False
        if seen == 1 and _end_marker(t, holder):
            continue  # (the story's end marker in the site's words: «/ن», «انتهای خبر», «▪»)
        if tag_list_line(t):
            continue  # the story's tags in one text, whatever their label
        if not (meta_field(fold(t)) or (len(t.split()) <= 6 and (is_credit_line(t) or _LABEL_ONLY.match(t)))):
            return False
        tags = tags or bool(_LABEL_ONLY.match(t))
    return False


#: a story's tags between its last paragraph and its date count this many links at most
MAX_TAG_LINKS = 10


#: an end marker is a block of its own; a few words in an inline element over a date are a
#: comment's or an item's author («<b>مریم</b><time>…</time><p>…</p>»)
_MARKER_BLOCKS = frozenset({"div", "p", "section", "footer", "aside", "center", "blockquote", "li", "td"})


def _end_marker(t: str, holder) -> bool:
    """Whether the first text under a story's last paragraph may be its end marker (the shape of
    :func:`.lines.end_marker_shape`) in a block of its own, no link (a related item's headline is one)."""
    return end_marker_shape(t, len(t.split())) \
        and holder is not None and holder.tag in _MARKER_BLOCKS \
        and not any(a.tag == "a" for a in holder.iterancestors())


#: a label's text alone («لینک کوتاه:», «منبع:»)
_LABEL_ONLY = re.compile(r"^[^\d:：]{1,30}[:：]$")

