"""Site templates learned from the run: which lines a site repeats, in what shape, and where.

A news site wraps every article in the same template: site name and tagline, menus, a "today" date,
credit and share lines, «مطلب قبلی: …» links, related lists, a copyright footer. No phrase list
knows every site's wording, but the run does: the pages of one site (a *family*) show it. In the
``read`` stage every page is cut into lines (flat text as it is, HTML into its visible text blocks)
and each line is counted, per family, as its *shape* and by *where* on the page it stands; a
barrier keeps the shapes that recur. The ``extract`` stage then asks, for each line of a page,
what role the template gives it (:meth:`PageTemplate.role`).

Shapes mask what varies between a site's pages but keeps what the template writes:

- digits («کد خبر: ۱۲۳۴۵» and «کد خبر: ۶۷۸۹» are one shape), URLs and e-mail addresses;
- the value of a short «label: value» line («ویراستار: م.ر» and «ویراستار: ع.ک»);
- and, for lines after the body begins, the rest of a line after its first two words
  («نوشته قبلی X», «نوشته قبلی Y») -- a *prefix shape*;
- and, for a short line of two to four plain words, the rest after its first word («نوشته
  علی رضایی», «نوشته مریم احمدی») -- a *headword shape*: one that recurs between a page's lead
  and its text (a byline) is the template's, though each name is on one page only.

Where: the *region* of a line is ``H`` above the first line of prose (site name, menus, section
label, title), ``T`` once three quarters of the page's prose is above it (credits, share lines,
related lists, comment forms, footer), ``M`` in between (lines between paragraphs).

What a recurring shape means (:meth:`PageTemplate.role`):

- above the body on (nearly) every page of its site (``SITE``): the site's name, tagline, menu or
  home label: never a section, surtitle or title;
- above the body on some pages (``HEAD``): a section label recurs too; the header parser decides;
- after the body begins (``CHROME``): not a heading of the story, whatever its length; and a shape
  that stands late on most pages, and late on this one, opens the page's tail (``TAIL``), as a
  «related posts» heading does, so what follows it is not body either; one that stands between
  the paragraphs of this page and of most of the site's pages (``MID``: an ad box's «تبلیغات») is
  chrome inside the story and ends nothing, whatever a phrase list says of its words.

Besides, every page's headline (the line right above its first prose) goes into a run-wide set of
titles: a line after the body begins that *is* another page's title, or ends with one after a short
label («بیشتر بخوانید: …»), is a related link (``TITLE``). So is a line that opens as another story
of the run opens (:func:`opening_key`: the first words of its lead or first paragraph, the teaser
of a related list, cut with «…» or not), and a line that stands between two such lines of the run
(a related item's date or its teaser): :meth:`PageTemplate.roles`.

In the site's own words, whatever they are (:mod:`bench/scramble.py` renames a site's chrome words
to measure this): a widget's label alone over another story's headline («بیشتر بخوانید:», then the
link; :meth:`PageTemplate._widget_pairs`), an end marker glued to the last sentence («… شدند. انتهای
پیام/ نخ»; :meth:`PageTemplate.glued_cut`), a byline under the headline («به قلم X»;
:meth:`PageTemplate.byline`) are learned from their recurrence, not from a phrase list.

Boxes that the page's structure shows with what the run knows (a caption behind a marker the site
repeats, a tag block under a label the template knows, an author box) are in :mod:`.boxes`.

With one page alone nothing is known and the phrase lexicon works alone; every further page of a
site makes the template better. Page families: the page's host when it has a URL (or an HTML
``canonical``/``og:url``); else its first and its last line without digits (a site's name, its
footer), two of each, each a family of its own, so one varying end of a page does not split its site.
A page with a host is counted under its line families too, apart (:func:`html_families`), and a
page without one looks them up there: a site's flat-text pages, too few for a family of their own,
learn its template from its HTML pages' visible lines.

>>> shape_key("کد خبر: ۱۲۳۴۵") == shape_key("کد خبر: 987")
True
>>> shape_key("لینک کوتاه: https://x.ir/a1") == shape_key("لینک کوتاه: http://x.ir/zz")
True
>>> regions(["نام سایت", "عنوان خبر امروز", "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود.",
...          "اشتراک گذاری"])
['H', 'H', 'M', 'T']
"""
from __future__ import annotations

import functools
import html as htmllib
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import xxhash

from ..memo import short_line_memo
from ..textkeys import line_key
from ..urls import host_of
from .agency import (
    SHORT_CREDIT_CHARS,
    agency_from_credit,
    agency_from_slot,
    agency_said_in_slot,
    find_agency,
    has_dateline,
    opens_dateline,
)
from .boxes import MIN_MARKER_PAGES, field_line, find_boxes, introduces, marker_key
from .dates import RELATIVE, DateLine, current_date_order, date_line, field_events, fold, numeric_order
from .dialogue import asked_and_answered, dialogue_turns
from .fieldbox import box_fields, label_key
from .lexicon import INNER_SENTENCE_END, content_words, content_words_in, function_words, tokens, tokens_each
from .prose import (
    _COLON,
    _DIGITS,
    _MARKS,
    _PROSE_END,
    MAX_BODY_CHROME_CHARS,
    MAX_LINE_CHARS,
    is_prose,
    last_prose,
    shares_words,
)
from .pullquote import bare_pull_quotes, pull_quotes
from .rejoin import (
    MASK_NARROW,
    MASK_WRAP,
    MIN_FEW_LINES,
    MIN_PAGE_LINES,
    MIN_WRAP_SHARE,
    broken_in_two,
    fitted_width,
    narrow_width,
    page_widths,
    wrap_widths,
)
from .sections import (
    EVERY_PAGE,
    HOME_KEYS,
    MENU_ITEM_SEP,
    chip_value,
    counted_row,
    crumb_parts,
    desk_word,
    headline_trail,
    page_index,
    path_names,
    row_fields,
    section_from_crumb,
    section_from_label,
    shown_urls,
)
from .storylists import introduced_rows, introduces_below, numbered_clauses
from .verses import poet_line, verse_runs

# roles a template gives a line
SITE, HEAD, CHROME, TAIL, TITLE, MID = "site", "head", "chrome", "tail", "title", "mid"

#: a line's shape must stand above the body on this share of its site's pages to be the site's own
SITE_SHARE = 0.9
#: a shape that stands late (region T) on this share of its site's pages opens the tail
TAIL_SHARE = 0.5
#: ... and, on a page where it stands between paragraphs, when the site shows it late this many
#: times as often as between paragraphs
LATE_RATIO = 5
#: a shape between this page's paragraphs that the site shows between paragraphs at least
#: 1/MID_RATIO as often as late is chrome inside the story (``MID``)
MID_RATIO = 2
#: a short line inside or after the body on this many pages of a site (and this share) is the
#: site's, not a story's: a story is on one page of a site, republished on two or three at most
MIN_BODY_PAGES, BODY_SHARE = 5, 0.1

#: an address is looked for from the start of a word only (``(?<!\S)``): from every position of a
#: long run of letters, ``\S+@`` would scan to the run's end (quadratic: minutes on a page without spaces)
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)\S+@\S+\.[A-Za-z]{2,}|@\w{3,}", re.I)
#: an arrow between a label and its value, as a colon is («همچنین بخوانید ← <another story>»)
_ARROW = re.compile(r"[←→⟵⟶⇐⇒◄►◀▶➜➔]")
_COMMA = re.compile(r"،")  # «توضیح تصویر، …»: a short label before a comma, on a line that is no sentence
# «ǂ» is a letter that line_key keeps and no Persian text has: masks cannot meet real words
_MASK_URL, _MASK_VALUE, _MASK_REST = "ǂu", "ǂv", "ǂp"
#: the short label right above a page's headline counts as a shape of its own (this mask before its
#: shape; the mask alone counts the pages with a label there): :meth:`PageTemplate.slot_share`
_MASK_SLOT = "ǂs"
#: a «label: value» line after the story counts with its value as well (this mask before its key):
#: :meth:`PageTemplate.value_after_pages`
_MASK_EXACT = "ǂx"
#: a credit slot («منبع خبر: …») whose value names a news agency counts as a shape of its own too (this
#: mask before its shape): :meth:`PageTemplate.agency_slot`
_MASK_AGENCY = "ǂa"
#: a line of the page quoted whole inside another line («اشتراک‌گذاری «<the headline>» در تلگرام»)
#: is masked there: :func:`mask_quoted_lines`
_MASK_QUOTED = "ǂo"
_QUOTED = re.compile(r"«([^«»\n]{2,300})»")


# ------------------------------------------------------------------------------------------ lines
def _mask_quote(m: re.Match, *, seen: Counter, own: str) -> str:
    """A «…» masked when it quotes a line of the page (``seen``: the page's line keys) other than
    the one quoting it (``own``: its key; a line that is one quote alone quotes nothing else)."""
    k = line_key(m.group(1))
    return "«" + _MASK_QUOTED + "»" if k and seen[k] > (k == own) else m.group(0)


def mask_quoted_lines(lines: list[str], keys: list[str], prose: list[bool]) -> tuple[list[str], list[str]]:
    """The page's lines and keys with each «…» that quotes another line of the page whole (its
    headline, in the site's share line «اشتراک‌گذاری «X» در تلگرام | واتس‌اپ») masked, in the lines
    that are no prose: such a line is the site's template with the page's own words in it, and it
    recurs on the site's pages once they are masked, however few they are."""
    if not any("«" in t for t in lines):
        return lines, keys
    seen = Counter(keys)
    out_lines, out_keys = list(lines), list(keys)
    for i, t in enumerate(lines):
        if "«" not in t or prose[i] or not keys[i]:
            continue
        masked = _QUOTED.sub(functools.partial(_mask_quote, seen=seen, own=keys[i]), t)
        if masked != t:
            out_lines[i], out_keys[i] = masked, line_key(masked)
    return out_lines, out_keys


def _raw_lines(raw: str) -> list[str]:
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in raw and ";" in raw:
        raw = htmllib.unescape(raw)
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    return raw.split("\n")


def lines_of(raw: str) -> list[str]:
    """The stripped lines of a flat-text page (CR/LF folded, HTML entities decoded, BOM dropped, a
    screen reader's role words before its elements' text dropped: :func:`role_lines`), blank lines
    included."""
    return role_lines([ln.strip() for ln in _raw_lines(raw)])


#: a screen reader's transcript speaks each element's role before its text, a gap of two spaces or
#: more between them: «پیوند  کشاورزی» (a link), «پیوند دیده‌شده  استانی» (a visited link): a word to
#: three of letters, then the gap
_ROLE_GAP = re.compile(r"^([^\W\d_]+)((?:[ \u200c][^\W\d_]+){0,2}) {2,}(?=\S)")
#: ... which the page speaks before this many of its lines at least, the same words each time
MIN_ROLE_LINES = 3


def role_lines(lines: list[str]) -> list[str]:
    """``lines`` without the role words a screen reader's transcript speaks before each element's
    text (:data:`_ROLE_GAP`), when the page shows one such role before :data:`MIN_ROLE_LINES` of its
    lines or more: a page of roles, whose lines that open with that role's first word then read as
    the element's text alone («پیوند  استانی», «پیوند دیده‌شده  استانی»: «استانی»). A gap of two spaces
    after a line's first words on a page or two is a typing slip, and stays.

    >>> role_lines(["پیوند  خانه", "پیوند  ورزش", "پیوند دیده‌شده  ورزش", "پیوند  تماس", "عنوان سطح ۱"])
    ['خانه', 'ورزش', 'ورزش', 'تماس', 'عنوان سطح ۱']
    >>> role_lines(["به گزارش  ایسنا، نشست امروز برگزار شد.", "پیوند  خانه"])
    ['به گزارش  ایسنا، نشست امروز برگزار شد.', 'پیوند  خانه']
    """
    if not any("  " in t for t in lines):
        return lines
    found = [_ROLE_GAP.match(t) for t in lines]
    said = Counter(m.group(1) + m.group(2) for m in found if m)
    roles = {r.split()[0] for r, n in said.items() if n >= MIN_ROLE_LINES}
    if not roles:
        return lines
    return [t[m.end():] if m and m.group(1) in roles else t for t, m in zip(lines, found)]


def indented_lines_of(raw: str) -> tuple[list[str], list[int]]:
    """:func:`lines_of` a page, and how far each line opens indented (its leading blanks, 0 for a
    blank line): a printed document's text (pdftotext) marks a paragraph by its first line's indent
    alone (:func:`.rejoin.wrapped_runs`).

    >>> indented_lines_of("  به گزارش ایسنا، نشست\\nدیروز برگزار شد.")
    (['به گزارش ایسنا، نشست', 'دیروز برگزار شد.'], [2, 0])
    """
    lines, indents = [], []
    for ln in _raw_lines(raw):
        t = ln.strip()
        lines.append(t)
        indents.append(len(ln) - len(ln.lstrip()) if t else 0)
    return role_lines(lines), indents


def regions(lines: list[str], prose: list[bool] | None = None) -> list[str]:
    """``H``/``M``/``T`` for each (non-blank) line: above the body (its first run of prose: a
    prose line with another within four lines; a lone long ticker line above the headline is no
    body), between, or once three quarters of the page's prose characters stand above it
    (``prose``: :func:`is_prose` of each line, if known). A notice in Latin letters over a Persian
    story is no body:

    >>> regions(["This is the cached version of the page. The page may have changed since this copy was made.",
    ...          "Bing is not responsible for the content of this page, which it cached at a time of its own.",
    ...          "نام سایت", "عنوان خبر امروز", "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."])
    ['H', 'H', 'H', 'H', 'M']
    """
    if prose is None:
        prose = [is_prose(t) for t in lines]
    mass = [len(t) if p else 0 for t, p in zip(lines, prose)]
    # (the body's first run of prose is in the Arabic script when the page has any: a cache's or an
    # archive's notice in another script over the page, «This is the cached version of …», opens no
    # story; a page of prose in no Arabic letter keeps its first run)
    own = [m if m and _ARABIC_LETTER.search(t) else 0 for t, m in zip(lines, mass)]
    if not any(own):
        own = mass
    start = next((i for i, m in enumerate(own) if m and any(own[i + 1: i + 5])), None)
    if start is None:
        start = next((i for i, m in enumerate(own) if m), len(own))
    for i in range(start):
        mass[i] = 0
    for i in card_teasers(lines, mass, start):
        mass[i] = 0
    total = sum(mass)
    out, before = [], 0
    for i, m in enumerate(mass):
        if i < start:
            out.append("H")
        elif before >= 0.75 * total:
            out.append("T")
        else:
            out.append("M")
        before += m
    return out


#: a list of cards (a related list: a headline over a one-sentence teaser) has this many cards or more
MIN_CARDS = 3
#: ... each teaser one sentence of no more than this many words (a story's paragraph under its
#: subheading is longer, or more than one sentence)
MAX_CARD_TEASER_WORDS = 40


#: an ellipsis: words left out of a cut teaser («… جام فجر و ... مهم‌ترین خبرها»), no sentence's end
_ELLIPSIS = re.compile(r"\.{2,}|…")


def teaser_sentence(text: str) -> bool:
    """Whether a card's teaser is one sentence: no sentence ends inside it. A teaser is cut from its
    story's opening, often inside too: an ellipsis there marks the words left out, no second sentence.

    >>> teaser_sentence("مصاف سامان سازان قم با گلبهار سمنان، جام فجر و ... مهم‌ترین خبرهای استان.")
    True
    >>> teaser_sentence("تیم ملی به اردو رفت. بازیکنان امروز تمرین کردند.")
    False
    """
    return INNER_SENTENCE_END.search(_ELLIPSIS.sub(" ", text).rstrip(_MARKS + ".!?؟…")) is None


def card_teasers(lines: list[str], mass: list[int], start: int = 0) -> list[int]:
    """The teasers of the page's lists of cards after line ``start``: :data:`MIN_CARDS` or more
    headlines in a row (3-20 words, no line of prose, not ending «.» or «:»), each right over
    one prose sentence of up to :data:`MAX_CARD_TEASER_WORDS` words, and that over the item's date
    or count, if any (``mass``: the lines' prose
    characters, 0 for a line that is no prose). A related list under the story («بیشتر بخوانید»,
    then «X» / «<its first sentence>…» again and again) is no prose of the page's story, so it
    does not move where the page's tail begins: an end marker above it stands late, as it does
    on a page without the list. Only under a story, whose prose above the list is half the
    teasers' at least: a listing page is cards from its first prose on.

    >>> t = "این جمله کوتاه خبری درباره یک رویداد مهم ورزشی در شهر است."
    >>> card_teasers([t, t, "سرخط یک خبر دیگر", t, "سرخط خبر سوم", t, "سرخط خبر چهارم", t],
    ...              [60, 60, 0, 60, 0, 60, 0, 60])
    [3, 5, 7]
    """
    def card(i: int) -> bool:
        h, t = lines[i], lines[i + 1]
        return (not mass[i] and mass[i + 1] > 0 and 3 <= h.count(" ") + 1 <= 20
                and h.rstrip(_MARKS)[-1:] not in ".:：" and t.count(" ") + 1 <= MAX_CARD_TEASER_WORDS
                and teaser_sentence(t))

    def stamp(i: int) -> bool:  # a card's date or count under its teaser («۱۳۹۷/۰۸/۲۵ ۱۲:۴۴»)
        return i < len(lines) and not mass[i] and lines[i].count(" ") < 8 and _DIGITS.search(lines[i]) is not None

    out: list[int] = []
    i = start
    while i < len(lines) - 1:
        run = []
        while i < len(lines) - 1 and card(i):
            run.append(i + 1)
            i += 3 if stamp(i + 2) else 2
        # (under a story: a listing page is cards from its first prose on, and its prose stays)
        if len(run) >= MIN_CARDS and 2 * sum(mass[start:run[0] - 1]) >= sum(mass[k] for k in run):
            out.extend(run)
        i += 1 if not run else 0
    return out


# ----------------------------------------------------------------------------------------- shapes
def shape_key(text: str) -> str:
    """The template shape of a line: its key with digits, URLs and a short label's value masked.

    >>> shape_key("ویراستار: م.ر") == shape_key("ویراستار: علی کریمی")
    True
    >>> shape_key("وی افزود: این طرح در سال آینده اجرا می‌شود.") == shape_key("وی افزود: خیر.")
    False
    >>> shape_key("توضیح تصویر، بازیکنان در تمرین") == shape_key("توضیح تصویر، نمایی از ورزشگاه")
    True
    """
    t = _URL.sub(" " + _MASK_URL + " ", text) if ("/" in text or "@" in text or "www" in text) else text
    m = _COLON.search(t, 0, 40) or _COMMA.search(t, 0, 25)
    if m and m.start() > 0:
        label, value = t[: m.start()], t[m.end():].strip()
        if value and len(label.split()) <= (4 if m.group() != "،" else 3) and len(value.split()) <= 12 \
                and value.rstrip(_MARKS)[-1:] not in _PROSE_END:
            t = label + " " + _MASK_VALUE
    return _DIGITS.sub("0", line_key(t))


def prefix_key(text: str) -> str | None:
    """The shape of a short line's first two words, for a line whose end varies («نوشته قبلی X»),
    or None for a line that is too short or too long for that.

    >>> prefix_key("نوشته قبلی تیم ملی به اردو رفت") == prefix_key("نوشته قبلی بارش برف در تهران")
    True

    Two first words of no letter (a bullet and a number, a copyright sign and a year, a vote
    row's «👍 ۳۳») fix nothing of a line: a numbered list's items «🔴 5- فرانتس بکن‌باوئر (آلمان)»
    would share one shape with every pager, vote row and copyright line after a site's stories.

    >>> prefix_key("🔴 5- فرانتس بکن‌باوئر (آلمان)") is None, prefix_key("© ۱۴۰۲ مجله برف ورزشی") is None
    (True, True)
    """
    words = text.split()
    if not 4 <= len(words) <= 20 or text.rstrip(_MARKS)[-1:] in _PROSE_END:
        return None
    head = _DIGITS.sub("0", line_key(" ".join(words[:2])))
    return head + _MASK_REST if head.strip("0") else None


#: a short line of this many plain words (letters only: no digits, no punctuation) whose first word
#: a site writes on many of its pages before a varying rest is its template's (:func:`headword_key`)
HEADWORD_WORDS = (2, 4)
_MASK_HEADWORD = "ǂh"


def headword_key(text: str) -> str | None:
    """The shape of a short line of plain words as its first word and a masked rest, or None for
    a line of another length or with a digit or a mark in it: a byline under the lead («نوشته
    علی رضایی», «نوشته مریم احمدی») recurs so on a site's pages, its name varies.

    >>> headword_key("نوشته علی رضایی") == headword_key("نوشته سید مهدی رحمتی")
    True
    >>> headword_key("ورزش / فوتبال") is None, headword_key("قسمت ۵۴") is None, headword_key("نوشته") is None
    (True, True, True)
    """
    return _head_key(text, HEADWORD_WORDS, 1, _MASK_HEADWORD)


#: a box heading's first words are its fixed phrase when their shape stands on this share of the
#: pages its first word's does (a varying rest stands on fewer: each page's box names its section)
FIXED_HEAD_SHARE = 0.75
#: a box heading's fixed phrase («بیشتر در X», «سایر مطالب بخش X») has two or three words: the site
#: shows them before a varying rest of a word to three (:meth:`PageTemplate.fixed_head_words`)
FIXED_HEAD_WORDS = (2, 3)
_MASK_HEADS = {2: "ǂh2", 3: "ǂh3"}


def fixed_head_keys(text: str) -> list[tuple[int, str]]:
    """The shapes of a short line of plain words as its first two or three words and a masked rest
    of a word to three (:data:`FIXED_HEAD_WORDS`), with the number of words they keep: a box's
    heading recurs so on a site's pages, its fixed phrase then the section it names.

    >>> fixed_head_keys("بیشتر در ناشران استانی")[0] == fixed_head_keys("بیشتر در کتابخانه‌ها")[0]
    True
    >>> [j for j, _k in fixed_head_keys("بیشتر در ناشران استانی")], fixed_head_keys("بیشتر در")
    ([2, 3], [])
    """
    keys = []
    for j in FIXED_HEAD_WORDS:
        k = _head_key(text, (j + 1, j + 3), j, _MASK_HEADS[j])
        if k:
            keys.append((j, k))
    return keys


def _head_key(text: str, words_range: tuple[int, int], head_words: int, mask: str) -> str | None:
    """The key of a line's first ``head_words`` words and ``mask`` for the rest, when the line has
    ``words_range`` words of letters only (ZWNJ aside); else None (:func:`headword_key`,
    :func:`byline_key`)."""
    words = text.split()
    if not words_range[0] <= len(words) <= words_range[1] \
            or not all(w.replace("\u200c", "").isalpha() for w in words):
        return None
    head = line_key(" ".join(words[:head_words]))
    return head + mask if head else None


#: the bar between a title bar's headline and its site's name («خبر | سایت», «سایت - خبر»), in a
#: <title> or a flat page's title bar line
TITLE_BAR = re.compile(r"(?<!\s)\s+(?:[|\-–—»:]|::|\|\|)\s+")  # (?<!\s): one try per run of spaces, not one per space
#: (a mark may be doubled, «خبر :: خبرگزاری فارس :: سایت», as some CMSs write the <title>)
#: a site's name beside the headline in a title bar is at most this long
SITE_NAME_MAX_CHARS = 40
#: the short side of a title bar, as the run counts it on a site's pages (:func:`bar_side_keys`)
_MASK_BAR_SIDE = "ǂz"
#: an HTML page's ``<title>`` whole, as the run counts it on a site's pages (:meth:`PageTemplate.bar_share`)
_MASK_BAR_WHOLE = "ǂZ"


def title_agency(title: str | None) -> tuple[str | None, str | None]:
    """The ``<title>`` without a part that is an agency's name and nothing else, and that agency: an
    aggregator's title bar «<headline> :: خبرگزاری دانشجویان ایران (ایسنا) :: <site>» names the story's
    source between the headline and its own name. Only in a bar of three parts or more, not its
    first part (a bar of two is the headline and the site's own name, an agency's own site's too).

    >>> title_agency("نشست شورا برگزار شد :: خبرگزاری فارس :: اتوبوس سفر")
    ('نشست شورا برگزار شد :: اتوبوس سفر', 'فارس')
    >>> title_agency("نشست شورا برگزار شد - ایسنا")
    ('نشست شورا برگزار شد - ایسنا', None)
    >>> title_agency("ورزش | نشست شورا برگزار شد | سایت نمونه")
    ('ورزش | نشست شورا برگزار شد | سایت نمونه', None)
    """
    cuts = list(TITLE_BAR.finditer(title)) if title else []
    if title is None or len(cuts) < 2:
        return title, None
    for a, m in enumerate(cuts):
        end = cuts[a + 1].start() if a + 1 < len(cuts) else len(title)
        part = title[m.end():end]
        agency = agency_from_credit(part, bare=True) if len(part) <= SHORT_CREDIT_CHARS else None
        if agency:
            return title[:m.start()] + title[end:], agency
    return title, None


#: the words a title bar's part opens with to name the story's section: «سرویس ورزشی», «گروه مجالس ختم»
_BAR_SECTION_WORD = re.compile(r"^(?:سرویس|گروه|بخش)\s+(?P<v>\S.*)$")


def title_label_section(title: str | None) -> str | None:
    """The section a part of the ``<title>`` names with a section word before it, no colon: «<headline> -
    سرویس ورزشی - <site>», «<headline> :: گروه مجالس ختم :: <site>». A bar of three parts or more, the
    part neither first nor the longest (the headline's), its value of one to three words.

    >>> title_label_section("نشست شورا برگزار شد :: گروه مجالس ختم :: گمشده‌یاب")
    'مجالس ختم'
    >>> title_label_section("بخش خصوصی به کمک دولت آمد - سایت نمونه") is None
    True
    """
    parts = [p.strip() for p in TITLE_BAR.split(title)] if title else []
    if len(parts) < 3:
        return None
    longest = max(parts, key=len)
    for part in parts[1:]:
        m = _BAR_SECTION_WORD.match(part)
        if m and part is not longest and 1 <= len(m.group("v").split()) <= 3 and "\u200c" not in part[:m.start("v")]:
            return m.group("v").strip()
    return None


def bar_sides(text: str) -> list[str]:
    """The short sides of a title bar line «<headline> | <site>» / «<site> - <headline>»: each end
    of :data:`SITE_NAME_MAX_CHARS` or fewer across a bar from a longer rest.

    >>> bar_sides("نشست شورا برگزار شد - عاشق فوتبال"), bar_sides("عاشق فوتبال")
    (['عاشق فوتبال'], [])
    """
    out = []
    for m in TITLE_BAR.finditer(text):
        for side, rest in ((text[:m.start()], text[m.end():]), (text[m.end():], text[:m.start()])):
            side = side.strip()
            if side and len(side) <= SITE_NAME_MAX_CHARS and len(rest) > len(side) and TITLE_BAR.search(side) is None:
                out.append(side)
    return out


def bar_side_keys(text: str) -> list[str]:
    """The shapes of a title bar's short sides (:func:`bar_sides`), for the run to count: the site's
    name ends the bar on each page of the site, a section or a kicker on some."""
    return [_MASK_BAR_SIDE + k for side in bar_sides(text) if (k := line_key(side))]


#: a byline under a headline: a short line of plain words (:data:`BYLINE_WORDS`) whose first two
#: words a site writes above the body of :data:`BYLINE_SHARE` of its pages before a varying name
#: («به قلم علی رضایی», «به قلم مریم احمدی», in whatever words the site says it)
BYLINE_WORDS = (3, 7)
BYLINE_SHARE = 0.3
_MASK_BYLINE = "ǂb"


def byline_key(text: str) -> str | None:
    """The shape of a short line of plain words as its first two words and a masked rest, or None.

    >>> byline_key("به قلم علی رضایی") == byline_key("به قلم سید مهدی رحمتی")
    True
    >>> byline_key("به قلم") is None, byline_key("قیمت ۵ کالا بالا رفت") is None
    (True, True)
    """
    return _head_key(text, BYLINE_WORDS, 2, _MASK_BYLINE)


def shape_hash(key: str) -> int:
    return xxhash.xxh64_intdigest(key.encode("utf-8", "surrogatepass"))


def story_hash(prose_keys: list[str]) -> int:
    """A page's story as the run knows it (:func:`observe`, :meth:`PageTemplate._other_stories`):
    the least hash of the keys of its first four prose lines (a republication with light edits, or
    in other spellings, keeps most of them, and so, most often, the same least one)."""
    return min(shape_hash(k) for k in prose_keys[:4])


# --------------------------------------------------------------------------------------- families
_CANONICAL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[^>]*>|<meta\b[^>]*\bproperty\s*=\s*[\"']og:url[^>]*>",
                        re.I)
_HREF = re.compile(r"\b(?:href|content)\s*=\s*[\"']?([^\"'\s>]+)", re.I)


def html_url(raw: str) -> str | None:
    """The page's own URL from its ``<link rel=canonical>`` or ``og:url`` (cheap, no parsing)."""
    for m in _CANONICAL.finditer(raw, 0, 60000):
        u = _HREF.search(m.group(0))
        if u and u.group(1).lower().startswith(("http://", "https://", "//")):
            return htmllib.unescape(u.group(1))
    return None


_TITLE_TAG = re.compile(r"<title\b[^>]*>(?P<t>[^<]{1,400})</title>", re.I)


def html_title(raw: str) -> str | None:
    """The text of an HTML page's first ``<title>`` (cheap, no parsing), or None.

    >>> html_title("<html><head><title>نشست شورا &amp; شهر – عاشق فوتبال</title></head>")
    'نشست شورا & شهر – عاشق فوتبال'
    """
    return _tag_text(_TITLE_TAG, raw, 60000)


def _tag_text(tag: re.Pattern, raw: str, within: int) -> str | None:
    """The text of the first element ``tag`` finds in the first ``within`` characters of ``raw``,
    its entities read and its spaces folded, or None."""
    m = tag.search(raw, 0, within)
    return " ".join(htmllib.unescape(m.group("t")).split()) or None if m else None


def families(url: str | None, lines: list[str], *, joined: bool = False) -> list[str]:
    """Family keys of a page: ``host:…`` when its URL is known, else its first two and its last two
    lines without digits (a date or a number at the top or bottom varies from page to page), each
    a family of its own: a site's pages meet in most of them even when one of those lines is the
    page's own (a section label at the top, a related title at the bottom). ``joined``: and its first
    short lines joined (:func:`_joined_heads`), which a flat page looks up among its site's HTML pages.

    >>> families("https://www.x.ir/news/1", [])
    ['host:x.ir']
    >>> families(None, ["۱۲ مهر ۱۴۰۲", "خبرنامه امروز", "سیاسی", "متن", "بازگشت به بالا"])
    ['first:خبرنامهامروز', 'first2:سیاسی', 'last:بازگشتبهبالا', 'last2:متن']
    """
    host = host_of(url) if url else None
    if host:
        return ["host:" + host.removeprefix("www.")]
    out = []
    for name, seq in (("first", lines[:8]), ("last", lines[::-1][:8])):
        got = 0
        for t in seq:
            k = line_key(t)
            if k and not _DIGITS.search(k):
                out.append(f"{name}{'2' if got else ''}:{k[:40]}")
                got += 1
                if got == 2:
                    break
    if joined:
        out += _joined_heads(lines)
    return out


#: a flat copy's header items joined at most this many lines deep (:func:`_joined_heads`), each of
#: at most :data:`MAX_JOINED_ITEM_WORDS` words (a menu's items, a site's name; not a headline)
MAX_JOINED_LINES, MAX_JOINED_ITEM_WORDS = 4, 3
#: the prefix of a flat page's joined header family (:func:`_joined_heads`)
JOINED_FAMILY = "joined:"


def _joined_heads(lines: list[str]) -> list[str]:
    """The first lines of a flat page, two to :data:`MAX_JOINED_LINES` of them, joined into one key:
    a flat copy of an HTML page writes its header block's links one a line («سرخط پلاس» / «خوراک» /
    «رسانه‌های همکار»), which the HTML page's visible text shows as one line, its first line family
    (:func:`html_families` looks these up there). Short items without digits only, from the top.

    >>> _joined_heads(["سرخط پلاس", "خوراک", "رسانه همکار", "زنگ انقلاب در مدارس اردبیل به صدا درآمد"])
    ['joined:سرخطپلاسخوراک', 'joined:سرخطپلاسخوراکرسانههمکار']
    >>> _joined_heads(["۱۲ مهر ۱۴۰۲", "سیاسی", "متن"])
    []
    """
    out: list[str] = []
    key = ""
    for n, t in enumerate(lines[:MAX_JOINED_LINES]):
        k = line_key(t)
        if not k or _DIGITS.search(k) or len(t.split()) > MAX_JOINED_ITEM_WORDS:
            break
        key += k
        if n:
            out.append(JOINED_FAMILY + key[:40])
    return out


#: the prefix of a line family (:func:`families`) as the run's pages with a host count it
HTML_FAMILY = "html-"


def html_families(names: list[str]) -> list[str]:
    """The families the run's pages with a host (HTML pages, mostly) give the line families
    ``names`` of a page without one: a site's flat-text pages, too few for a family of their own,
    learn its template from its HTML pages' visible lines, where they meet it by its first and
    last lines. Apart from the flat-text pages' own families, which keep their own shares (a
    site's HTML pages may lack a line its flat-text pages show, and a story republished on both
    would count twice). A flat page's joined first lines (:func:`_joined_heads`) are looked up as an
    HTML page's first line.

    >>> html_families(["first:خبرنامهامروز", "last:بازگشتبهبالا", "joined:خبرنامهامروزسیاسی"])
    ['html-first:خبرنامهامروز', 'html-last:بازگشتبهبالا', 'html-first:خبرنامهامروزسیاسی']
    >>> html_families(["host:x.ir"])
    []
    """
    if not names or names[0].startswith("host:"):
        return []
    return [HTML_FAMILY + ("first:" + n.removeprefix(JOINED_FAMILY) if n.startswith(JOINED_FAMILY) else n)
            for n in names]


def title_candidate(lines: list[str], region: list[str], keys: list[str] | None = None,
                    headline: Callable[[str], bool] | None = None) -> str | None:
    """The key of the page's headline as the template sees it: the nearest line above the first
    prose with 3-25 words that ``headline`` accepts (:func:`~palayesh.extract.text.headline_like`;
    without one: no digits and no label colon), a byline or a date may sit between; ``keys`` are
    the lines' keys, if known."""
    first = next((i for i, r in enumerate(region) if r != "H"), None)
    if first is None:
        return None
    for i in range(first - 1, max(-1, first - 7), -1):
        t = lines[i]
        if 3 <= len(t.split()) <= 25 and t.rstrip(_MARKS)[-1:] != "." \
                and (headline(t) if headline is not None else not _DIGITS.search(t) and not _COLON.search(t)):
            # (a sentence, an added intro, is no headline)
            if keys is None:
                keys = [line_key(u) for u in lines]
            key = keys[i]
            # a line the page shows twice (a subheading its table of contents lists) is no headline
            if sum(1 for k in keys if key in k) > 1:
                return None
            return key
    return None


# ------------------------------------------------------------------------------------ observation
@dataclass
class PageShapes:
    """What one page tells the template: {shape hash: regions bitmask} and its headline."""

    shapes: dict[int, int]
    title: int | None
    #: the hashes of the content words of the page's prose (:data:`WORD_BIT`), kept apart: a shard
    #: counts them on a sample of each family's pages only (:data:`WORD_SAMPLE_PAGES`)
    words: list[int] = field(default_factory=list)
    #: the page's short lines that could be another story's headline or link (:func:`link_keys`),
    #: and the page's story (the least hash of its first prose lines): the run keeps the lines it
    #: finds under two stories' pages or more (:attr:`TemplateIndex.lines`)
    others: list[int] = field(default_factory=list)
    story: int = 0
    #: the openings (:func:`opening_key`) of the page's first two prose lines (its lead, its first
    #: paragraph), kept by the run with the story they open (:attr:`TemplateIndex.openings`)
    openings: list[int] = field(default_factory=list)
    #: the page's labels above its body (:func:`label_hash`: its short label lines and the items of
    #: its menu lines): the run keeps those that two sites or more show (:attr:`TemplateIndex.vocab`)
    labels: list[int] = field(default_factory=list)
    #: the shapes of the short lines between the page's paragraphs (:func:`inside_shapes`): the run
    #: keeps, per family, those it finds under :data:`MIN_INSIDE_STORIES` stories (:attr:`TemplateIndex.inside`)
    inside: list[int] = field(default_factory=list)
    #: the names the page's menus, trails and section labels above its body list (:func:`listed_labels`,
    #: :func:`listed_hash`): the run keeps those any of its pages lists (:attr:`TemplateIndex.listed`)
    listed: list[int] = field(default_factory=list)
    #: the page's value slots (:func:`value_slot_keys`), each key's hash with its frame's (the
    #: frame's own key is its hash twice): the run counts a frame's pages first, and keeps the
    #: keys of the frames :meth:`PageTemplate.frame_section` can use, and only those
    #: (:func:`.step.frame_slot_counts`)
    slots: list[tuple[int, int]] = field(default_factory=list)
    #: the names of the news agencies the page's credit slots name and say are agencies, though the
    #: agency table does not know them (:func:`wire_names`, :func:`wire_hash`): the run keeps those
    #: any of its pages names so (:attr:`TemplateIndex.wires`)
    wires: list[int] = field(default_factory=list)
    #: an HTML page's label right above its headline and the section its menu marks or its trail
    #: names, when they differ (:func:`label_hash` of each): the run keeps the labels a site shows
    #: over two sections or more, its genres (:attr:`TemplateIndex.genres`)
    genre: list[int] = field(default_factory=list)
    #: the keys (:func:`shape_hash` of the line key) of the short lines between the page's paragraphs
    #: (:func:`between_groups`), which the run counts with :attr:`title` by the stories they stand in
    #: (:attr:`TemplateIndex.stock_titles`)
    between: list[int] = field(default_factory=list)


_BIT = {"H": 1, "M": 2, "T": 4}
#: a short label (1-6 words, no digits, no final punctuation) above the body: a section label,
#: a surtitle, a menu item. Labels a site shows on two pages or more form its label vocabulary.
LABEL_BIT = 8
#: a «label: value» line inside or after the body (:func:`widget_key`): a label a site writes
#: before a line that is no sentence there on two pages or more is a widget of its template
#: («مرتبط: <another story>», «همچنان بخوانید: …»), learned from two pages, not five: a story's
#: own «label: value» lines are sentences («وی افزود: …»)
WIDGET_BIT = 16
MIN_WIDGET_PAGES = 2
#: a widget's label: this many words at most, «مرتبط:» to «این را هم بخوانید:»; its recurrence on
#: :data:`MIN_WIDGET_PAGES` of the site's pages before no sentence, not its length, tells it from a
#: story's own label («وی در ادامه افزود:» stands before a sentence, on its one page)
WIDGET_LABEL_WORDS = 4
_MASK_WIDGET = "ǂw"
#: a page with a pull quote between its story's paragraphs (:mod:`.pullquote`: a line in quotes that
#: says again a part of another line of the page) counts this mask with :data:`WIDGET_BIT`; a site
#: that shows one on :data:`MIN_PULL_QUOTE_PAGES` of its pages sets pull quotes into its stories
#: (:meth:`PageTemplate.sets_pull_quotes`). A story's own quoted subheading is on its page alone, and
#: on its republications, two or three at most, rarely on one site
MIN_PULL_QUOTE_PAGES = 3
_MASK_PULL = "ǂj"
PULL_QUOTE_KEY = shape_hash(_MASK_PULL)
#: ... and a page with one set in no quotes (:func:`.pullquote.bare_pull_quotes`: a sentence the line
#: beside it says again) counts this one: a site that shows one on :data:`MIN_PULL_QUOTE_PAGES` of its
#: pages sets them in boxes (:meth:`PageTemplate.sets_bare_pull_quotes`)
_MASK_BARE_PULL = "ǂJ"
BARE_PULL_QUOTE_KEY = shape_hash(_MASK_BARE_PULL)


#: a line after a page's last prose line, no sentence: one whose shape or first two words
#: (:func:`prefix_key`) stand so on two pages of a site is the template's (a credit «با استفاده از
#: گزارش X», a sign-off), learned from two pages: a story's own closing lines are written for it
AFTER_BIT = 32
MIN_AFTER_PAGES = 2
#: ... and a short sentence there (no prose: :func:`is_prose`) on this many: a note the site writes
#: under its stories («این متن از روی فایل صوتی پیاده شده است.», in its own words) is on many of
#: its pages, a story's closing sentence on its republications only, two or three at most
MIN_AFTER_SENTENCE_PAGES = 4
#: such a note has at most this many words, and counts by its frame too: its first
#: :data:`FRAME_HEAD` and last :data:`FRAME_TAIL` words, what it names between them masked
#: (:func:`frame_key`: «این گزارش در X منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست.»)
NOTE_WORDS = 20
FRAME_HEAD, FRAME_TAIL = 3, 5
#: ... and a short sentence's frames with fewer last words (:func:`frame_keys`)
SHORT_FRAME_TAILS = (4, 3)
_MASK_FRAME = "ǂf"
#: ... and by its head: its first :data:`HEAD_FRAME_WORDS` words and last :data:`HEAD_FRAME_TAIL`,
#: for a note that names what it corrects near its end («* این خبر ساعت ۲۲:۱۳ به‌روزرسانی شد و نام X
#: اصلاح شد.»: the name varies, the site's words before it and its closing verb do not)
HEAD_FRAME_WORDS, HEAD_FRAME_TAIL = 5, 2
_MASK_HEAD_FRAME = "ǂn"

#: a site's end marker glued to its stories' last sentence («… شدند. انتهای پیام/ نخ», in the site's
#: own words): the short fragment after the last sentence of a page's last prose line, or a short
#: line after that line (:func:`end_key`: cut at a slash, the editor's initials vary), counted with
#: :data:`AFTER_BIT` under its own mask; one the site shows so on this many pages is cut from any
#: line it is glued to (:meth:`PageTemplate.glued_cut`)
MIN_GLUED_PAGES = 3
_MASK_GLUED = "ǂe"
#: what follows a page's last sentence end: 1-40 characters, no sentence end, not a credit in brackets
_GLUED = re.compile(r'[.!?؟][»"”)\]]*\s+([^\s.!?؟(\[«"][^.!?؟\n]{0,39})$')

#: a content word (:func:`~palayesh.extract.lexicon.content_words`) of a page's prose: the run
#: counts in how many of a site's pages each word stands, and keeps the words on
#: :data:`MIN_WORD_PAGES` pages and :data:`WORD_SHARE` of them; a word the run does not keep is rare.
#: Rarity is a share, so a sample tells it: each shard counts the words of the first
#: :data:`WORD_SAMPLE_PAGES` pages of a family only (the shape :data:`WORD_PAGES_KEY` counts them),
#: and of a page's largest family only (the one with most pages in the shard so far: the site's
#: once a few of its pages are in), which bounds the counts a site's words add, however many
#: pages it has
WORD_BIT = 64
MIN_WORD_PAGES = 3
WORD_SHARE = 0.05
WORD_SAMPLE_PAGES = 256
_MASK_WORD = "ǂd"
#: the shape a page of a family's word sample carries (its :data:`WORD_BIT` count: the sample's size)
WORD_PAGES_KEY = shape_hash(_MASK_WORD)


def slot_line(lines: list[str], prose: list[bool] | None = None) -> int | None:
    """The index of the short label (1-3 words, no digits) right above a page's headline, or None:
    the headline is the nearest line above the first prose with 4-25 words and no label colon (date,
    meta and byline lines of three words or fewer may stand between). A site's section slot holds
    a varying label from page to page; a line its template puts there (an ad's link) does not vary."""
    i = _over_headline(lines, prose)
    if i is None:
        return None
    above = lines[i]
    return i if is_label(above) and above.count(" ") <= 2 else None


def _over_headline(lines: list[str], prose: list[bool] | None = None) -> int | None:
    """The index of the line right above a page's headline (:func:`slot_line`'s headline), or None."""
    if prose is None:
        prose = [is_prose(t) for t in lines]
    first = next((i for i, p in enumerate(prose) if p), None)
    if first is None:
        return None
    for i in range(first - 1, max(0, first - 8), -1):
        t = lines[i]
        n = t.count(" ") + 1
        if _COLON.search(t, 0, 40) or n <= 3 or button_row(t):
            continue  # a date, a meta line, a byline, a row of buttons («🖨 چاپ | 📧 ارسال»)
        if n > 25 or t.rstrip(_MARKS)[-1:] in _PROSE_END:
            return None
        return i - 1 if i > 0 else None
    return None


#: a label of this many words at most right above the headline that holds a figure as well as a word
#: («خبر ساعت ۲۰:۳۰», «خبر استانی ساعت ۱۹»: a bulletin's name by its hour) counts as a figured slot
MAX_FIGURE_SLOT_WORDS = 4
_FIGURE_SLOT = re.compile(r"^(?=.*[^\W\d_])[^.!?؟:،؛|]*?(?<![\d/])\d{1,2}(?:[:٫.]\d{2})?\s*$")


def figure_slot(lines: list[str], prose: list[bool] | None = None) -> bool:
    """Whether the line right above a page's headline (:func:`_over_headline`) is a short label that
    ends in a figure, an hour: «خبر ساعت ۲۰:۳۰» (a broadcast's bulletin named by the hour it airs).
    A site whose slot over its headlines holds such labels on many of its pages sets there its
    programmes' running order, not its sections (:meth:`PageTemplate.figured_slot`).

    >>> figure_slot(["خبر ساعت ۲۰:۳۰", "نشست شورای شهر با حضور اعضا برگزار شد", "متن " * 20], [False, False, True])
    True
    >>> figure_slot(["اقتصادی", "نشست شورای شهر با حضور اعضا برگزار شد", "متن " * 20], [False, False, True])
    False
    """
    i = _over_headline(lines, prose)
    if i is None:
        return False
    t = lines[i].strip()
    return t.count(" ") + 1 <= MAX_FIGURE_SLOT_WORDS and bool(_FIGURE_SLOT.match(t))


#: a row of buttons holds this many words a button at most
MAX_BUTTON_WORDS = 2


def button_row(text: str) -> bool:
    """Whether a line is a row of buttons set apart by bars, each of a word or two (an icon aside):
    the share and print links under a headline, in whatever words the site writes them, no headline.

    >>> button_row("🖨 چاپ | 📧 ارسال"), button_row("خط حزب‌الله ۲۸۷ | پایان شب صهیون")
    (True, False)
    """
    parts = [p.split() for p in text.split("|")] if "|" in text else []
    return len(parts) >= 2 and all(1 <= len([w for w in p if any(c.isalpha() for c in w)]) <= MAX_BUTTON_WORDS
                                   for p in parts)


_SLOT_HASH = shape_hash(_MASK_SLOT)
#: a page whose label over its headline holds an hour (:func:`figure_slot`) counts this key; a
#: site's pages that do, of those with a label there, at this share or more set their programmes there
MIN_FIGURE_SLOT_SHARE = 1 / 3
_MASK_SLOT_FIGURE = "ǂsf:"
_SLOT_FIGURE_HASH = shape_hash(_MASK_SLOT_FIGURE)


#: the line right above a page's headline, when a short label (:func:`kicker_slot`), counts under this
#: mask on a page whose header shows a menu (its items on a line, or a column of labels), and under
#: :data:`_MASK_KICKER_LISTED` too when an item of that menu or a trail names the same label: a site
#: whose pages set their section there shows the name in its menu too (on some of its pages at
#: least); a site that sets a kicker there, written for the story or one of a few the site repeats,
#: never lists it (:meth:`PageTemplate.kicker_slot`)
_MASK_KICKER = "ǂS"
_MASK_KICKER_LISTED = "ǂS+"
#: ... and under this mask too when the label is worded as a phrase (:func:`phrase_label`): a kicker
#: is a fragment of a sentence written for the story («پس از زمین‌لرزه», «در حاشیه دیدار دیروز»),
#: a section a name («شهری», «نیشابور», «اقتصاد استان»); a slot whose values never hold such a
#: word names the story's place in the site (a city, a sub-section no menu lists), however many
#: values it holds (:meth:`PageTemplate.kicker_slot`)
_MASK_KICKER_PHRASE = "ǂSp"
#: the label right above the headline under such a label one line higher counts under this mask with
#: its key, and under :data:`_MASK_LABEL_PAIR` with both keys: a sub-section stands under its one
#: section on every page that shows the two, a kicker under whichever section the story is filed in
#: (:func:`label_pair_keys`, :meth:`PageTemplate.under_other_labels`)
_MASK_UNDER_LABEL, _MASK_LABEL_PAIR = "ǂS3:", "ǂS4:"
_KICKER_HASH, _KICKER_LISTED_HASH = shape_hash(_MASK_KICKER), shape_hash(_MASK_KICKER_LISTED)
_KICKER_PHRASE_HASH = shape_hash(_MASK_KICKER_PHRASE)
#: the conjunction joins two names into one section's («فرهنگ و هنر», «حمل و نقل»): no phrase's mark
_NAME_JOINER = line_key("و")
#: a label one line higher, over a short line right above the headline (a kicker, a «…:» surtitle),
#: counts under this mask with its key: a site that sets its section over the story's kicker there
#: shows the same names right above its headlines on the pages without a kicker, its section slot's
#: values, not kickers (:meth:`PageTemplate.over_kicker`)
_MASK_OVER_KICKER = "ǂS2:"
#: a site's slot above the headline is told a kicker's from this many of its pages with a menu and a
#: label there, none of them listed by the page's menu
MIN_KICKER_PAGES = 4
#: a caption that repeats a page's headline stands this many lines under it at most (its meta lines between)
MAX_HEAD_META = 5
#: a label is a site's kicker when it stands over the headlines of this many of its HTML pages that
#: declare another section (:meth:`PageTemplate.declared_kicker`)
MIN_DECLARED_KICKER_PAGES = 2
#: a kicker or surtitle under a section's label over the headline has at most this many words
MAX_KICKER_WORDS = 10
#: a column of this many short labels or more, each a line, is a menu (a site's name and its tagline,
#: two lines on every page, are none)
MENU_COLUMN = 3


#: a label right under a menu item shown again under the menu set an item a line that lists it (the
#: page's place in the menu: its section) counts under this mask with its key: the story's kicker,
#: which a site sets under its section, whatever stands there on pages without one
#: (:meth:`PageTemplate.kicker_under_item`)
_MASK_UNDER_ITEM = "ǂSi:"
#: an item of a menu set an item a line has this many words at most (:func:`item_stack`)
MAX_MENU_ITEM_WORDS = 3


def column_run(items: Iterable[str | None]) -> tuple[list[str], bool]:
    """A menu set an item a line, read from its first line down (or up: a column reads alike): its
    items (a line's key; None for a line that is none), each once, up to the first line that is no
    item or one of them again; and whether one of them again ended it (a menu lists an item once:
    with :data:`MENU_COLUMN` items or more above it, such a line shows the page's place in the menu).
    The one reading of a column that :func:`item_stack`, :func:`.text._under_menu_column` and
    :func:`.html._item_under_menu` ask, each of its own items.

    >>> column_run(["خانه", "ورزش", "اقتصاد", "ورزش", "بازار خودرو"])
    (['خانه', 'ورزش', 'اقتصاد'], True)
    >>> column_run(["خانه", "ورزش", None, "ورزش"])
    (['خانه', 'ورزش'], False)
    """
    column: list[str] = []
    for k in items:
        if k is None:
            return column, False
        if k in column:
            return column, True
        column.append(k)
    return column, False


def item_stack(lines: list[str], region: list[str], keys: list[str]) -> list[str]:
    """The mask (:data:`_MASK_UNDER_ITEM`, with its key) of the label under the page's place in a menu
    set an item a line in its header: :data:`MENU_COLUMN` labels or more, each once, then one of them
    again (the menu lists an item once: the section of the story), then a short label that is none
    of them (the kicker under the section). None without such a stack.

    >>> page = ["خانه", "ورزش", "اقتصاد", "فرهنگ", "اقتصاد", "بازار خودرو", "۱۴۰۲/۰۹/۱۲", "P"]
    >>> item_stack(page, ["H"] * 7 + ["M"], [line_key(t) for t in page]) == [_MASK_UNDER_ITEM + line_key("بازار خودرو")]
    True
    >>> item_stack(page[:4] + page[5:], ["H"] * 6 + ["M"], [line_key(t) for t in page[:4] + page[5:]])
    []
    """
    head = next((i for i in range(len(lines)) if region[i] != "H"), len(lines))
    items = [k if is_label(t) and k and len(t.split()) <= MAX_MENU_ITEM_WORDS else None
             for t, k in zip(lines[:head], keys)]
    start = 0
    while start < head:  # (a column after each line that ends one: no item, or an item again)
        column, again = column_run(itertools.islice(items, start, None))
        i = start + len(column)  # (the line under the column)
        if again and len(column) >= MENU_COLUMN and i + 1 < head and keys[i + 1] and keys[i + 1] not in column \
                and is_label(lines[i + 1]) and not _COLON.search(lines[i + 1]):
            return [_MASK_UNDER_ITEM + keys[i + 1]]
        start = i + 1
    return []


def kicker_slot(lines: list[str], region: list[str], keys: list[str],
                headline: Callable[[str], bool] | None = None) -> list[str]:
    """The masks the label right above a page's headline counts under (:data:`_MASK_KICKER`): none
    when the page shows no such label or no menu above it. The headline is the nearest line above
    the first prose with 3-25 words that ``headline`` accepts, as :func:`title_candidate` finds it
    (though its lead repeats it).

    >>> menu = ["خانه | ورزش | اقتصاد | سیاست", "فصل اسکی", "تیم ملی به فینال رسید", "P"]
    >>> kicker_slot(menu, ["H"] * 3 + ["M"], [line_key(t) for t in menu])
    ['ǂS']
    >>> listed = ["خانه | ورزش | اقتصاد | سیاست", "ورزش", "تیم ملی به فینال رسید", "P"]
    >>> kicker_slot(listed, ["H"] * 3 + ["M"], [line_key(t) for t in listed])
    ['ǂS', 'ǂS+']
    >>> over = ["خانه | ورزش | اقتصاد | سیاست", "ورزش", "فصل اسکی", "تیم ملی به فینال رسید", "P"]
    >>> kicker_slot(over, ["H"] * 4 + ["M"], [line_key(t) for t in over])
    ['ǂS', 'ǂS2:ورزش']

    A label over a short line that ends with a colon (a «…:» surtitle) counts under the higher
    mask alone (:data:`_MASK_OVER_KICKER`).
    """
    h = _headline_above_body(lines, region, headline)
    if h is None or h < 2:
        return []
    # (not over the upper half of a headline broken in two, :func:`.rejoin.broken_in_two`: the
    # label over it is the headline's own kicker, right above it)
    upper = h >= 3 and len(lines[h - 1].split()) <= MAX_KICKER_WORDS and not _DIGITS.search(lines[h - 1]) \
        and is_label(lines[h - 2]) and not _COLON.search(lines[h - 2]) and bool(keys[h - 2]) \
        and not broken_in_two(lines[h - 1], lines[h])
    if not is_label(lines[h - 1]) or _COLON.search(lines[h - 1]):
        if not upper:
            return []
        upper_only = True
    else:
        upper_only = False
    slot = keys[h - 1]
    items: set[str] = set()
    column = 0  # (the labels of a menu set one a line, right above one another)
    menu = False
    for i in range(h - 1):
        t = lines[i]
        got = header_labels(t) if len(t) <= MAX_LINE_CHARS else []
        if len(got) >= 2:
            menu = menu or len(got) >= MENU_COLUMN
            column = 0
        elif len(got) == 1 and got[0] == t:
            column += 1
            menu = menu or column >= MENU_COLUMN
        else:
            column = 0
        items.update(line_key(x) for x in got)
    if not menu:
        return []
    out = [] if upper_only else [_MASK_KICKER, _MASK_KICKER_LISTED] if slot in items else [_MASK_KICKER]
    if out and phrase_label(lines[h - 1]):
        out.append(_MASK_KICKER_PHRASE)
    return out + [_MASK_OVER_KICKER + keys[h - 2]] if upper else out


def label_pair_keys(lines: list[str], keys: list[str], h: int | None) -> list[str]:
    """The masks of two labels stacked right above a page's headline, line ``h``
    (:func:`_headline_over_meta`; None: none found) (:data:`_MASK_UNDER_LABEL`: the lower one's key;
    :data:`_MASK_LABEL_PAIR`: both keys), none for a page without them; each label is a short line of
    no digit or colon.

    >>> page = ["خانه | ورزش | اقتصاد", "ورزش", "فصل اسکی", "تیم ملی به فینال رسید", "۱۴۰۲/۰۹/۱۲", "P"]
    >>> label_pair_keys(page, [line_key(t) for t in page], _headline_over_meta(page, [False] * 5 + [True], None))
    ['ǂS3:فصلاسکی', 'ǂS4:ورزش/فصلاسکی']
    """
    if h is None or h < 2 or not all(_stacked_label(lines[k], keys[k]) for k in (h - 2, h - 1)):
        return []
    return [_MASK_UNDER_LABEL + keys[h - 1], f"{_MASK_LABEL_PAIR}{keys[h - 2]}/{keys[h - 1]}"]


#: a headline stands this many lines over the page's first prose at most (its share bar, date, counts
#: and reading time between: :func:`_headline_over_meta`)
HEAD_META_REACH = 8


def _headline_over_meta(lines: list[str], is_p: list[bool], headline: Callable[[str], bool] | None) -> int | None:
    """The index of a page's headline: the nearest line of 3-25 words above its first prose,
    :data:`HEAD_META_REACH` lines up at most (its date and meta rows between), that ``headline`` accepts
    (without one: no digit or colon), no bar of items; None for none. (Found once a page for
    :func:`label_pair_keys` and :func:`label_foot_keys`.)"""
    first = next((i for i, p in enumerate(is_p) if p), None)
    if first is None:
        return None
    return next((i for i in range(first - 1, max(-1, first - 1 - HEAD_META_REACH), -1)
                 if 3 <= len(lines[i].split()) <= 25 and lines[i].rstrip(_MARKS)[-1:] != "." and "|" not in lines[i]
                 and (headline(lines[i]) if headline is not None else not _DIGITS.search(lines[i])
                      and not _COLON.search(lines[i]))), None)


def _stacked_label(text: str, key: str) -> bool:
    """Whether ``text`` (of key ``key``) reads as a label over a headline: a few words, no digit,
    colon or bar."""
    return is_label(text) and bool(key) and len(text.split()) <= MAX_MENU_ITEM_WORDS + 1 \
        and not _DIGITS.search(text) and not _COLON.search(text) and "|" not in text


#: a page with a label right above its headline and a trail from home under its story counts under
#: the first mask, and under the second too when the trail's section is that label
#: (:func:`label_foot_keys`, :meth:`PageTemplate.label_apart_from_foot`)
_MASK_FOOT_LABEL, _MASK_FOOT_LABEL_SAME = "ǂFt", "ǂFt="
#: a site's label over its headlines is no section when its foot trails name another on this many of
#: its pages or more ...
MIN_FOOT_APART_PAGES = 3
#: ... and the same one on this share of them at most
MAX_FOOT_SAME_SHARE = 1 / 3


def label_foot_keys(lines: list[str], is_p: list[bool], keys: list[str], h: int | None) -> list[str]:
    """The masks of a page that shows a label right above its headline, line ``h``
    (:func:`_headline_over_meta`; None: none found), and a trail from home under its story, after its
    last prose (:data:`_MASK_FOOT_LABEL`, and :data:`_MASK_FOOT_LABEL_SAME` when the trail's section is
    the label).

    >>> page = ["خانه | ورزش | اقتصاد", "گزارش", "تیم ملی به فینال رسید", "P", "خانه › ورزش"]
    >>> is_p = [False] * 3 + [True, False]
    >>> label_foot_keys(page, is_p, [line_key(t) for t in page], _headline_over_meta(page, is_p, None))
    ['ǂFt']
    >>> page[1] = "ورزش"
    >>> label_foot_keys(page, is_p, [line_key(t) for t in page], _headline_over_meta(page, is_p, None))
    ['ǂFt', 'ǂFt=']
    """
    if h is None or h < 1 or not _stacked_label(lines[h - 1], keys[h - 1]):
        return []
    last = max((i for i, p in enumerate(is_p) if p), default=len(lines))
    for t in lines[last + 1:]:
        parts = crumb_parts(t) if len(t) <= 120 else None
        if not parts or len(parts) < 2 or line_key(parts[0]) not in HOME_KEYS:
            continue
        foot = section_from_crumb(parts)
        if foot:
            return [_MASK_FOOT_LABEL, _MASK_FOOT_LABEL_SAME] if line_key(foot) == keys[h - 1] else [_MASK_FOOT_LABEL]
    return []


def named_line(keys: list[str], named: list[str] | None) -> int | None:
    """The index of the first line (of keys ``keys``) that shows the first name in ``named`` a line
    shows: the page's headline, by the names it gives it (:func:`html_headlines`); None for none.

    A headline the page breaks over lines (a ``<br>`` in its ``<h1>``) is shown by its first line,
    when it and the next one or two make the name together.

    >>> named_line([line_key(t) for t in ["خانه", "فصل اسکی", "رکورد تازه ثبت شد"]], ["رکورد تازه ثبت شد"])
    2
    >>> named_line([line_key(t) for t in ["خانه", "فصل اسکی", "رکورد تازه", "ثبت شد", "رکورد تازه ثبت شد"]],
    ...            ["رکورد تازه ثبت شد"])
    2
    """
    for name in named or ():
        shown = line_key(name)
        if not shown:
            continue
        # (or broken over lines: the first of two or three in a row that make it, above a photo's
        # caption that repeats it whole)
        h = next((j for j, k in enumerate(keys) if k == shown or k and len(k) < len(shown) and shown.startswith(k)
                  and any("".join(keys[j:j + n]) == shown for n in (2, 3) if j + n <= len(keys))), None)
        if h is not None:
            return h
    return None


def _headline_above_body(lines: list[str], region: list[str], headline: Callable[[str], bool] | None,
                         reach: int = 6) -> int | None:
    """The index of a page's headline: the nearest line above the first line past the header
    (``region``) with 3-25 words, no final stop, that ``headline`` accepts (without one: no digit,
    no colon), ``reach`` lines up at most; None for none."""
    first = next((i for i, r in enumerate(region) if r != "H"), None)
    if first is None:
        return None
    return next((i for i in range(first - 1, max(-1, first - 1 - reach), -1)
                 if 3 <= len(lines[i].split()) <= 25 and lines[i].rstrip(_MARKS)[-1:] != "."
                 and (headline(lines[i]) if headline is not None else not _DIGITS.search(lines[i])
                      and not _COLON.search(lines[i]))), None)


#: a page whose headline (:func:`_headline_above_body`) stands right under a line that reads as its
#: first half, a phrase broken where a narrow column ran out (:func:`.rejoin.broken_in_two`), or over
#: a word or two that read as its second, or that the page shows again whole under two lines that
#: say it in two halves, counts under the first mask; every page with a headline and a line over it
#: under the second. A site that
#: sets its headlines in a narrow box shows the break on most of its pages, each upper half written
#: for one story; a site whose kicker happens to be as long as a headline shows it on some of them
#: (:meth:`PageTemplate.breaks_headlines`)
_MASK_HEAD_BROKEN, _MASK_HEAD_UNDER = "ǂW2", "ǂW1"
_HEAD_BROKEN_HASH, _HEAD_UNDER_HASH = shape_hash(_MASK_HEAD_BROKEN), shape_hash(_MASK_HEAD_UNDER)
#: a site breaks its headlines in two when this many of its pages show the break at least ...
MIN_BROKEN_HEAD_PAGES = 3
#: ... and this share of its pages with a line over the headline
MIN_BROKEN_HEAD_SHARE = 0.6
#: (the headline is looked for this many lines over the story at most: the date, source, code and
#: tool rows of a header stand between)
BROKEN_HEAD_REACH = 10


def broken_headline(lines: list[str], region: list[str], headline: Callable[[str], bool] | None) -> list[str]:
    """The masks a page's headline counts under (:data:`_MASK_HEAD_BROKEN`): none when the page
    shows no headline (:func:`_headline_above_body`) with a header line over it.

    >>> broken_headline(["خانه", "منصوریان: باخت به الاهلی", "در بهترین زمان بود", "P"], ["H"] * 3 + ["M"], None)
    ['ǂW1', 'ǂW2']
    >>> broken_headline(["خانه", "ورزش", "در بهترین زمان بود", "P"], ["H"] * 3 + ["M"], None)
    ['ǂW1']
    >>> broken_headline(["خانه", "جمعه 3 مه 2013، ساعت 19:34", "نوشته سمیرا رحیمی در تحلیل بازار", "P"],
    ...                 ["H"] * 3 + ["M"], None)
    ['ǂW1']
    """
    h = _headline_above_body(lines, region, headline, BROKEN_HEAD_REACH)
    if h is None or h < 1 or region[h - 1] != "H":
        return []
    below = lines[h + 1] if region[h + 1] == "H" and len(lines[h + 1].split()) < 3 else None
    key = line_key(lines[h])
    # (a date line over a byline «نوشته X در Y» may be as long as it: no half of a headline)
    broken = broken_in_two(lines[h - 1], lines[h]) and date_line(lines[h - 1]) is None \
        or (below is not None and broken_in_two(lines[h], below)) \
        or any(line_key(f"{lines[k]} {lines[k + 1]}") == key for k in range(max(0, h - BROKEN_HEAD_REACH), h - 1))
    return [_MASK_HEAD_UNDER, _MASK_HEAD_BROKEN] if broken else [_MASK_HEAD_UNDER]


#: an HTML page that declares its section for machines (``article:section``, JSON-LD's
#: ``articleSection`` or trail: :func:`declared_sections`) and shows a label right above its headline counts
#: the label under the first mask with its key when the declared name is another, under the second
#: when it is the same: a site that sets the story's kicker there, over a story it files under
#: another section, shows which on its HTML pages (:meth:`PageTemplate.declared_kicker`)
_MASK_DECLARED_OTHER, _MASK_DECLARED_SAME = "ǂSo:", "ǂSd:"
#: ... and each name it declares counts under this mask with its key (:meth:`PageTemplate.declares_section`)
_MASK_DECLARED_NAME = "ǂSn:"
#: ... and a label right *under* its headline under these, another name declared and the same
#: (:func:`declared_under`, :meth:`PageTemplate.declared_under_kicker`)
_MASK_UNDER_OTHER, _MASK_UNDER_SAME = "ǂSuo:", "ǂSud:"
#: a name is a site's section when this many of its HTML pages declare it (:meth:`PageTemplate.declares_section`)
MIN_DECLARED_SECTION_PAGES = 2
#: a section an HTML page declares: ``<meta property="article:section" content="…">`` (either
#: attribute first), JSON-LD's ``"articleSection": "…"`` (or a list of them), or the name of an
#: item of a JSON-LD trail (BreadcrumbList: the site, its sections, the story)
_DECLARED = re.compile(
    r"<meta\b[^>]*?\bproperty\s*=\s*[\"'](?:og:)?article:section[\"'][^>]*?\bcontent\s*=\s*[\"']([^\"'<>]{1,80})[\"']"
    r"|<meta\b[^>]*?\bcontent\s*=\s*[\"']([^\"'<>]{1,80})[\"'][^>]*?\bproperty\s*=\s*[\"'](?:og:)?article:section[\"']"
    r'|"articleSection"\s*:\s*(?:"([^"<>]{1,80})"|\[([^\]<>]{1,400})\])'
    r'|"@type"\s*:\s*"ListItem"[^{}]{0,80}?"name"\s*:\s*"([^"<>]{1,80})"', re.I)
#: a name in a JSON-LD list of them
_JSON_NAME = re.compile(r'"([^"]{1,80})"')
#: a letter of the Arabic script: a name a reader sees holds one (a slug or an id, none)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


#: an HTML page's first ``<h1>``, its text without markup inside
_H1 = re.compile(r"<h1\b[^>]*>(?P<t>[^<]{1,400})</h1>", re.I)


def html_h1(raw: str) -> str | None:
    """The text of an HTML page's first ``<h1>`` when it holds no markup (cheap, no parsing), or None.

    >>> html_h1('<h3>فصل اسکی</h3><h1 class="t">فجر 42| افتتاح &zwnj;مدرسه</h1>')
    'فجر 42| افتتاح \u200cمدرسه'
    """
    return _tag_text(_H1, raw, 200000)


#: the headline an HTML page names for machines: JSON-LD's ``"headline"``, ``og:title`` (either
#: attribute first)
_NAMED_HEADLINE = re.compile(
    r'"headline"\s*:\s*"(?P<a>[^"<>]{1,400})"'
    r"|<meta\b[^>]*?\bproperty\s*=\s*[\"']og:title[\"'][^>]*?\bcontent\s*=\s*[\"'](?P<b>[^\"'<>]{1,400})[\"']"
    r"|<meta\b[^>]*?\bcontent\s*=\s*[\"'](?P<c>[^\"'<>]{1,400})[\"'][^>]*?\bproperty\s*=\s*[\"']og:title[\"']", re.I)
#: a name the page gives its headline has this many words at least (a side of its ``<title>`` of
#: fewer is the site's name or the story's section, «تغذیه | <headline> | دیابت ایران»)
MIN_NAMED_HEADLINE_WORDS = 3


def html_headlines(raw: str) -> list[str]:
    """The names an HTML page gives its story's headline (cheap, no parsing), surest first: JSON-LD's
    ``headline`` and ``og:title``, its ``<title>`` bar whole and each of its sides, each of
    :data:`MIN_NAMED_HEADLINE_WORDS` words or more, then its first ``<h1>`` (:func:`html_h1`), which
    on many themes is the site's logo.

    >>> html_headlines('<title>تغذیه | برانکو با طاهری جلسه دارد | دیابت ایران</title>'
    ...                '<h1 class="logo">دیابت ایران</h1>')[1:]
    ['برانکو با طاهری جلسه دارد', 'دیابت ایران']
    """
    out = []
    for m in _NAMED_HEADLINE.finditer(raw, 0, 200000):
        out.append(" ".join(htmllib.unescape(next(g for g in m.groups() if g is not None)).split()))
    bar = html_title(raw)
    if bar:
        out += [bar, *(side.strip() for side in TITLE_BAR.split(bar))]
    h1 = html_h1(raw)
    out = [t for t in out if len(t.split()) >= MIN_NAMED_HEADLINE_WORDS] + ([h1] if h1 else [])
    return list(dict.fromkeys(out))


def declared_sections(raw: str) -> list[str]:
    """The names an HTML page declares as its section (:data:`_DECLARED`, cheap, no parsing), in the
    Arabic script (a slug «economy» or an id names nothing a line shows).

    >>> declared_sections('<meta property="article:section" content="مواد اولیه">'
    ...                   '<script>{"articleSection": "economy"}</script>')
    ['مواد اولیه']
    >>> declared_sections('{"articleSection": ["گربه", "تغذیه گربه"], "itemListElement": [{"@type": "ListItem", '
    ...                   '"position": 1, "name": "پیشی خبر", "item": "https://x.ir/"}]}')
    ['گربه', 'تغذیه گربه', 'پیشی خبر']
    """
    out = []
    for m in _DECLARED.finditer(raw, 0, 200000):
        got = m.group(4)
        for name in _JSON_NAME.findall(got) if got is not None else [next(g for g in m.groups() if g is not None)]:
            name = " ".join(htmllib.unescape(name).split())
            if _ARABIC_LETTER.search(name) and name not in out:
                out.append(name)
    return out


#: a link of an HTML page with a short text of its own (cheap, no parsing): a menu's item
#: «<a href="/fa/service/69">نرخ بلیت</a>», its address first
_LINK_TEXT = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']*)[\"'][^>]*>([^<]{1,80})</a>", re.I)
#: the section a ``<title>`` bar names beside its headline is a label of this many words at most
TITLE_SECTION_WORDS = 4


def title_declared(raw: str) -> list[str]:
    """The section an HTML page's ``<title>`` names, for a page that declares none for machines
    (:func:`declared_sections`): a bar of three sides or more, one of them the headline the page
    names (JSON-LD's ``headline``, ``og:title``, its first ``<h1>``), and one other, a short label,
    that a link of the page names too, not to the site's root nor its home (an item of its menu:
    «نرخ بلیت | <headline> | <site name>»), as the page's extraction reads it
    (:func:`.menusection.title_section`). The site's name, the bar's last side, links nowhere but
    home. None for two such sides or none.

    >>> menu = '<a href="/">صفحه اصلی</a> <a href="/fa/service/69">نرخ بلیت</a> <a href="/fa/service/7">پایانه‌ها</a>'
    >>> page = ('<title>نرخ بلیت | تمدید قرارداد سرمربی تیم ملی | مسافر ما</title>'
    ...         '<a href="/">مسافر ما</a>' + menu + '<h1>تمدید قرارداد سرمربی تیم ملی</h1>')
    >>> title_declared(page)
    ['نرخ بلیت']
    >>> title_declared(page.replace("نرخ بلیت |", "ساعت حرکت |"))  # (no link names it)
    []
    >>> title_declared(page.replace("<h1>", "<h2>"))  # (no headline the page names is a side)
    []
    """
    bar = html_title(raw)
    sides = [s.strip() for s in TITLE_BAR.split(bar)] if bar else []
    if len(sides) < 3:
        return []
    heads = {line_key(" ".join(htmllib.unescape(next(g for g in m.groups() if g is not None)).split()))
             for m in _NAMED_HEADLINE.finditer(raw, 0, 200000)}
    h1 = html_h1(raw)
    heads.add(line_key(h1) if h1 else "")
    keys = [line_key(s) for s in sides]
    if not any(k and k in heads for k in keys):
        return []
    rest = [(s, k) for s, k in zip(sides, keys) if k and k not in heads and k not in HOME_KEYS
            and len(s.split()) <= TITLE_SECTION_WORDS and not _DIGITS.search(s)]
    if not rest:
        return []
    linked = set()
    for href, text in _LINK_TEXT.findall(raw, 0, 200000):
        path = href.split("#")[0].split("?")[0]
        path = path.split("://", 1)[1].partition("/")[2] if "://" in path else path
        if path.strip("/") not in ("", "index.php", "index.html", "fa", "index"):
            linked.add(line_key(" ".join(htmllib.unescape(text).split())))
    got = [s for s, k in rest if k in linked]
    return got if len(got) == 1 else []


#: a menu's item an HTML page marks as the page the reader is on (cheap, no parsing): an ``<li>`` or
#: ``<a>`` with ``aria-current`` or a class that says so (as :func:`.menusection.active_item` reads it
#: from the tree), its link's short text
_CURRENT_ITEM = re.compile(r"<(li|a)\b[^>]*?(?:\baria-current\s*=\s*[\"'](?:page|true)[\"']|\bclass\s*=\s*[\"']"
                           r"(?:[^\"']*\s)?(?:current-menu-item|current_page_item|current-cat|current|active|is-active"
                           r"|selected)(?:\s[^\"']*)?[\"'])[^>]*>\s*(?:<a\b([^>]*)>)?([^<]{1,80})<", re.I)
_ITEM_HREF = re.compile(r"\bhref\s*=\s*[\"']([^\"']*)[\"']", re.I)
#: a menu's current item has at most this many words (:func:`.menusection.item_name`)
CURRENT_ITEM_WORDS = 4


def current_item(raw: str) -> str | None:
    """The name of the menu item an HTML page marks as the current page (:data:`_CURRENT_ITEM`), not
    one that links to the site's home (a theme's default: marked on every page), nor the home label.

    >>> current_item('<ul><li><a href="/">خانه</a></li><li class="active"><a href="/s/2">زراعت</a></li></ul>')
    'زراعت'
    >>> current_item('<nav><a href="/9" aria-current="page">کنسول</a></nav>')
    'کنسول'
    >>> current_item('<ul><li class="active"><a href="/">اخبار</a></li></ul>') is None
    True
    """
    for m in _CURRENT_ITEM.finditer(raw, 0, 200000):
        attrs = m.group(0) if m.group(2) is None else m.group(2)
        href = _ITEM_HREF.search(attrs)
        path = href.group(1).split("#")[0].split("?")[0] if href else ""
        path = path.split("://", 1)[1].partition("/")[2] if "://" in path else path
        if href and path.strip("/") in ("", "index.php", "index.html", "fa", "index"):
            continue
        name = " ".join(htmllib.unescape(m.group(3)).split())
        key = line_key(name)
        if key and key not in HOME_KEYS and not _DIGITS.search(name) \
                and len(name.split()) <= CURRENT_ITEM_WORDS and _ARABIC_LETTER.search(name):
            return name
    return None


#: an HTML page that marks its menu's current item (:func:`current_item`) and shows a label right
#: above its headline counts the label under the first mask with its key and the item's, when they
#: differ, under the second with its key when they are the same: a label the site sets over stories
#: of two of its sections or more is their kicker, a genre («یادداشت روز» over stories the menu marks
#: «زراعت» and «روستا»), where a sub-section stands over one section's stories only
#: (:meth:`PageTemplate.kicker_across`); the third counts the label alone, over any other item: a pair
#: the run shows once is not kept (a label's count, on two pages), the label's count over all is
_MASK_CURRENT_PAIR, _MASK_CURRENT_SAME, _MASK_CURRENT_ANY = "ǂSc:", "ǂSc=", "ǂSc*"


def current_slot(lines: list[str], region: list[str], keys: list[str], current: str | None,
                 headline: Callable[[str], bool] | None = None, named: list[str] | None = None) -> list[str]:
    """The keys the label right above an HTML page's headline counts under with the menu's current
    item ``current`` (:func:`current_item`): :data:`_MASK_CURRENT_PAIR`, the label's key and the
    item's, and :data:`_MASK_CURRENT_ANY` and the label's key, when they differ; :data:`_MASK_CURRENT_SAME`
    and the label's key when they are the same. None for a page that marks no item or shows no label there.

    >>> page = ["خانه", "زراعت", "روستا", "یادداشت روز", "برداشت زعفران در قائنات آغاز شد", "P"]
    >>> keys = [line_key(t) for t in page]
    >>> current_slot(page, ["H"] * 5 + ["M"], keys, "روستا", named=[page[4]]) == [
    ...     _MASK_CURRENT_PAIR + keys[3] + "|" + keys[2], _MASK_CURRENT_ANY + keys[3]]
    True
    >>> current_slot(page, ["H"] * 5 + ["M"], keys, "یادداشت روز", named=[page[4]]) == [_MASK_CURRENT_SAME + keys[3]]
    True
    """
    if not current:
        return []
    at = _label_over_headline(lines, region, keys, headline, named)
    if at is None:
        return []
    cur = line_key(current)
    if keys[at] == cur:
        return [_MASK_CURRENT_SAME + keys[at]]
    return [_MASK_CURRENT_PAIR + keys[at] + "|" + cur, _MASK_CURRENT_ANY + keys[at]]


#: a trail line is this long at most (:func:`trail_item`; :func:`.sections.crumb_parts` reads no longer)
TRAIL_LINE_CHARS = 240


def trail_item(lines: list[str], region: list[str], keys: list[str], named: list[str] | None,
               headline: Callable[[str], bool] | None = None) -> str | None:
    """The section a page's trail that ends with its headline names (the item before the headline,
    «خانه › اقتصاد › <headline>»), for a page whose menu marks no current item: the section the
    page files the story under, which :func:`current_slot` tells a label over the headline from
    (a genre the site sets over stories its trails file under several sections, «گزارش» over
    «اقتصاد» and «جامعه», is their kicker). None for a page with no such trail (a menu's row
    never ends with the headline). A label over the headline that the trail lists is the story's
    parent section («ورزش» over «خانه › ورزش › فوتبال › <headline>»): that label, as a menu marking
    it would (:func:`current_slot` counts it as the section's own).

    >>> page = ["خانه | اقتصاد | جامعه", "گزارش", "بورس تهران سبز شد", "P", "خانه › اقتصاد › بورس تهران سبز شد"]
    >>> region = ["H", "H", "H", "M", "T"]
    >>> trail_item(page, region, [line_key(t) for t in page], ["بورس تهران سبز شد"])
    'اقتصاد'
    >>> trail_item(page[:4], region[:4], [line_key(t) for t in page[:4]], ["بورس تهران سبز شد"]) is None
    True
    >>> page[4] = "خانه › گزارش › بازار سرمایه › بورس تهران سبز شد"
    >>> trail_item(page, region, [line_key(t) for t in page], ["بورس تهران سبز شد"])
    'گزارش'
    """
    h = named_line(keys, named)
    if h is None:
        return None
    head = keys[h]
    for i, t in enumerate(lines):
        if i == h or len(t) > TRAIL_LINE_CHARS or not keys[i].endswith(head) or keys[i] == head:
            continue
        parts = crumb_parts(t)
        if parts and len(parts) >= 2 and line_key(parts[-1]) == head:
            got = section_from_crumb(parts, title=lines[h])
            if got:
                at = _label_over_headline(lines, region, keys, headline, named)
                return lines[at] if at is not None and keys[at] in {line_key(p) for p in parts} else got
    return None


def declared_slot(lines: list[str], region: list[str], keys: list[str], declared: list[str],
                  headline: Callable[[str], bool] | None = None, named: list[str] | None = None) -> list[str]:
    """The mask the label right above a page's headline (the first line that shows the first of the
    names the page gives it that a line shows, ``named``: :func:`html_headlines`, else
    :func:`_headline_above_body`) counts under
    on an HTML page that declares its section (``declared``: :func:`declared_sections`), with the
    label's key: :data:`_MASK_DECLARED_SAME` when the page declares that very name, else
    :data:`_MASK_DECLARED_OTHER`; and the mask alone (the site's slot, whatever label it holds:
    :meth:`PageTemplate.declared_kicker`). None for a page that declares none or shows no label there.

    >>> page = ["خانه", "ورزش", "اقتصاد", "فصل اسکی", "رکورد تازه در پیست دیزین ثبت شد", "P"]
    >>> keys = [line_key(t) for t in page]
    >>> got = declared_slot(page, ["H"] * 5 + ["M"], keys, ["ورزش"])
    >>> got == [_MASK_DECLARED_OTHER + line_key("فصل اسکی"), _MASK_DECLARED_OTHER]
    True
    >>> got = declared_slot(page, ["H"] * 5 + ["M"], keys, ["فصل اسکی"])
    >>> got == [_MASK_DECLARED_SAME + line_key("فصل اسکی"), _MASK_DECLARED_SAME]
    True
    >>> captioned = [*page[:5], "کد خبر ۱۲", page[4], "P"]  # (a photo's caption repeats the headline)
    >>> got = declared_slot(captioned, ["H"] * 7 + ["M"], [line_key(t) for t in captioned], ["ورزش"])
    >>> got[0] == _MASK_DECLARED_OTHER + line_key("فصل اسکی")
    True
    """
    if not declared:
        return []
    at = _label_over_headline(lines, region, keys, headline, named)
    if at is None:
        return []
    mask = _MASK_DECLARED_SAME if any(line_key(d) == keys[at] for d in declared) else _MASK_DECLARED_OTHER
    return [mask + keys[at], mask]


def _label_over_headline(lines: list[str], region: list[str], keys: list[str],
                         headline: Callable[[str], bool] | None, named: list[str] | None) -> int | None:
    """Where the label right above a page's headline (:func:`_declared_headline`) stands: a short
    line with no colon and a key; None when the headline opens the page or no such label is there."""
    h = _declared_headline(lines, region, keys, headline, named)
    if h is None or h < 1 or not is_label(lines[h - 1]) or _COLON.search(lines[h - 1]) or not keys[h - 1]:
        return None
    return h - 1


def _declared_headline(lines: list[str], region: list[str], keys: list[str],
                       headline: Callable[[str], bool] | None, named: list[str] | None) -> int | None:
    """The line that shows an HTML page's headline, for :func:`declared_slot` and
    :func:`declared_under`: the first that shows a name the page gives it (``named``), else the
    headline above the body; above a photo's caption that repeats it."""
    h = named_line(keys, named)
    if h is None:
        h = _headline_above_body(lines, region, headline)
    if h is not None:  # (a photo's caption that repeats the headline under it: the headline above)
        h = next((j for j in range(max(0, h - MAX_HEAD_META), h) if keys[j] == keys[h]), h)
    return h


def declared_under(lines: list[str], region: list[str], keys: list[str], declared: list[str],
                   headline: Callable[[str], bool] | None = None, named: list[str] | None = None) -> list[str]:
    """The mask the label right *under* a page's headline counts under on an HTML page that declares
    its section, with the label's key, as :func:`declared_slot` counts the one right above it:
    :data:`_MASK_UNDER_SAME` when the page declares that very name, else :data:`_MASK_UNDER_OTHER`
    (:meth:`PageTemplate.declared_under_kicker`: a site that sets the story's kicker under its
    headline, over a story it files under another section). Empty for a page that declares none or
    shows no label there.

    >>> page = ["خانه", "رکورد تازه در پیست دیزین ثبت شد", "فصل اسکی", "نوشته سارا محمدی", "P"]
    >>> keys = [line_key(t) for t in page]
    >>> declared_under(page, ["H"] * 4 + ["M"], keys, ["ورزش"], named=[page[1]]) == [_MASK_UNDER_OTHER + keys[2]]
    True
    >>> declared_under(page, ["H"] * 4 + ["M"], keys, ["فصل اسکی"], named=[page[1]]) == [_MASK_UNDER_SAME + keys[2]]
    True
    """
    if not declared:
        return []
    h = _declared_headline(lines, region, keys, headline, named)
    if h is None or h + 1 >= len(lines) or region[h + 1] != "H" or not is_label(lines[h + 1]) \
            or _COLON.search(lines[h + 1]) or not keys[h + 1] or keys[h + 1] == keys[h]:
        return []
    mask = _MASK_UNDER_SAME if any(line_key(d) == keys[h + 1] for d in declared) else _MASK_UNDER_OTHER
    return [mask + keys[h + 1]]


#: every HTML page whose headline a line shows counts under the first mask (the site's pages where
#: the slot right above the headline is seen), those with a label there that reads as a name (a
#: letter of the Arabic script, no row of buttons, no colon) under the second, and the label under
#: the third with its key, whatever the page declares (:func:`headline_label`): a site sets its
#: section over every story, a kicker (روتیتر) over some, the others showing the site's own line
#: there (its domain, a menu's last item, a print button) or none (:meth:`PageTemplate.html_kicker`)
_MASK_HEAD_SEEN, _MASK_HEAD_NAMED, _MASK_HEAD_LABEL = "ǂSh", "ǂSh+", "ǂSh:"
_HEAD_SEEN_HASH, _HEAD_NAMED_HASH = shape_hash(_MASK_HEAD_SEEN), shape_hash(_MASK_HEAD_NAMED)
_DECLARED_OTHER_HASH, _DECLARED_SAME_HASH = shape_hash(_MASK_DECLARED_OTHER), shape_hash(_MASK_DECLARED_SAME)
#: a label is a site's kicker when it stands over the headlines of this many of its HTML pages, and
#: the slot is a kicker's when this share of the pages at least shows no name of its own there
#: (:meth:`PageTemplate.html_kicker`)
MIN_HEAD_KICKER_PAGES, MIN_HEAD_BARE_SHARE = 2, 1 / 3
#: ... on a site of this many HTML pages or more whose headline a line shows
MIN_HEAD_SEEN_PAGES = 6


def headline_label(lines: list[str], region: list[str], keys: list[str],
                   headline: Callable[[str], bool] | None = None, named: list[str] | None = None) -> list[str]:
    """The masks the slot right above an HTML page's headline counts under (the line that shows the
    first name the page gives it, ``named``: :func:`html_headlines`, else the headline above the
    body), whatever the page declares: :data:`_MASK_HEAD_SEEN` for a page whose headline is found,
    with :data:`_MASK_HEAD_NAMED` and :data:`_MASK_HEAD_LABEL` and the label's key when a label that
    reads as a name stands there (a letter of the Arabic script: no domain; no row of buttons).

    >>> page = ["خانه | ورزش | اقتصاد", "فصل اسکی", "رکورد تازه در پیست دیزین ثبت شد", "P"]
    >>> keys = [line_key(t) for t in page]
    >>> headline_label(page, ["H"] * 3 + ["M"], keys, named=[page[2]]) == [
    ...     _MASK_HEAD_SEEN, _MASK_HEAD_NAMED, _MASK_HEAD_LABEL + keys[1]]
    True
    >>> page[1] = "skinews.ir"
    >>> headline_label(page, ["H"] * 3 + ["M"], [line_key(t) for t in page], named=[page[2]])
    ['ǂSh']
    """
    h = _declared_headline(lines, region, keys, headline, named)
    if h is None or h < 1:
        return []
    t = lines[h - 1]
    if not keys[h - 1] or not is_label(t) or _COLON.search(t) or not _ARABIC_LETTER.search(t) or button_row(t):
        return [_MASK_HEAD_SEEN]
    return [_MASK_HEAD_SEEN, _MASK_HEAD_NAMED, _MASK_HEAD_LABEL + keys[h - 1]]


def phrase_label(text: str) -> bool:
    """Whether a label is worded as a phrase: it holds a function word (:func:`.lexicon.function_words`)
    other than the «و» that joins two names into a section's.

    >>> phrase_label("پس از زمین‌لرزه"), phrase_label("فرهنگ و هنر"), phrase_label("نیشابور")
    (True, False, False)
    """
    fw = function_words()
    return any(w in fw and w != _NAME_JOINER for w in tokens(text))


def names_label(text: str, label: str) -> bool:
    """Whether ``text``, longer than ``label``, holds its words, whole and in a row: a header line
    that names the label (the city of a weather line or dateline, «نیشابور -۴° بارانی»).

    >>> names_label("نیشابور -۴° بارانی", "نیشابور"), names_label("ورزشی", "ورزش")
    (True, False)
    """
    want = [k for k in (line_key(w) for w in label.split()) if k]
    got = [k for k in (line_key(w) for w in text.split()) if k]
    n = len(want)
    return 0 < n < len(got) and any(got[j:j + n] == want for j in range(len(got) - n + 1))


#: a site's slot above the headline is known from this many of its pages with a label there
MIN_SLOT_PAGES = 8

#: the short label right under a page's lead (its first prose line), over the rest of its story
#: (:func:`lead_slot`), counts as a shape of its own under this mask (the mask alone counts the
#: pages with a label there, :data:`LABEL_BIT`): a site that writes its story's kind there
#: («تحلیل», «یادداشت», «دیدگاه», in its own words) fills the slot from a few labels, each on many
#: of its pages; a story's own subheading is written for one page (:meth:`PageTemplate.lead_label`)
_MASK_LEAD_SLOT = "ǂg"
_LEAD_SLOT_HASH = shape_hash(_MASK_LEAD_SLOT)
#: a site's slot under the lead is known from this many of its pages with a label there, and a
#: label is one of the slot's values when the site shows it there on this many pages
MIN_LEAD_SLOT_PAGES, MIN_LEAD_LABEL_PAGES = 3, 2


#: a line in the slot under the lead has at most this many words and characters
LEAD_SLOT_WORDS, LEAD_SLOT_CHARS = 4, 60
#: ... and, when the lead's meta lines (a date, a view count, a print button) stand first, it is the
#: last of at most this many lines between the lead and the story's next prose line
LEAD_SLOT_REACH = 6
#: ... each of them of fewer than this many words with a letter (a date's digits are no words)
META_WORDS = 8


def _slot_label(t: str) -> bool:
    """Whether a line fits the slot under the lead: short, no final punctuation (a label, a credit)."""
    return len(t) <= LEAD_SLOT_CHARS and t.count(" ") < LEAD_SLOT_WORDS and t.rstrip(_MARKS)[-1:] not in _LABEL_END


def lead_slot(lines: list[str], prose: list[bool] | None = None) -> int | None:
    """The index of the short line (:data:`LEAD_SLOT_WORDS` words at most, no final punctuation:
    a label, or a «label: value» whose value :func:`shape_key` masks) right under a page's first
    prose line, with the story's prose going on within three lines under it; or, under the lead's
    meta lines (its date, a view count, a print button: :data:`LEAD_SLOT_REACH` lines at most), the
    one right above the story's next prose line, where some sites credit their reporter («خبرنگار
    ما», in their own words) on some of their pages; None when there is none (``prose``:
    :func:`is_prose` of each line, if known).

    >>> p = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    >>> lead_slot([p, "تحلیل", "زمان مطالعه: ۴ دقیقه", p]), lead_slot([p, "تحلیل"]), lead_slot([p, "نکته: دو", p])
    (1, None, 1)
    >>> lead_slot([p, "آیا این کار درست است؟", p]), lead_slot([p, "او رفت.", p])
    (None, None)
    >>> lead_slot([p, "۹ شعبان ۱۴۴۴ - ۱۱ اسفند ۱۴۰۱ - ساعت ۱۴:۴۵", "بازدید: ۴۵", "خبرنگار ما", p])
    3
    >>> lead_slot([p, "بر این اساس نتایج کار تا این مرحله به شرح زیر است:", "روایت میدانی", p]) is None
    True
    """
    if prose is None:
        prose = [is_prose(t) for t in lines]
    first = next((i for i, p in enumerate(prose) if p), None)
    if first is None or first + 1 >= len(lines):
        return None
    i = first + 1
    if not prose[i] and _slot_label(lines[i]):
        return i if any(prose[i + 1: i + 4]) else None
    j = next((k for k in range(i, min(len(lines), i + LEAD_SLOT_REACH + 1)) if prose[k]), None)
    if j is None or j - 1 <= i or not _slot_label(lines[j - 1]):
        return None
    return j - 1 if all(_meta_line(t) for t in lines[i:j - 1]) else None


#: a site's section name fused into the first line of its stories' prose, a space between them
#: («امداد و نجات سمینار ناظران … برگزار خواهد شد.»): the first one to :data:`MAX_FUSED_WORDS`
#: words of each page's first prose line count with this mask (:func:`fused_openings`); an opening
#: the site's pages show on :data:`MIN_FUSED_PAGES` of them or more, that the site shows as a label
#: of its own too, is its section (:meth:`PageTemplate.fused_label`)
_MASK_FUSED = "ǂl"
MAX_FUSED_WORDS = 3
#: ... and a longer name, of this many words at most, that the site's HTML pages declare as their
#: section (:meth:`PageTemplate.declares_section`, «جشنواره گل و گلاب»): a story's own first words
#: are no name the site files stories under
MAX_FUSED_NAME_WORDS = 6
#: (three: a story's own first words open two stories of a site by chance, «تیم ملی والیبال …»)
MIN_FUSED_PAGES = 3
#: ... two when the site's HTML pages declare the opening as their section
#: (:meth:`PageTemplate.declares_section`): two stories' first words are seldom by chance the very
#: name the site files its stories under, and a site with a few sections over a few pages shows each
#: name fused on two of them only
MIN_FUSED_DECLARED_PAGES = 2
#: ... a label of the site's own on less than this share of its pages (its name, an item of its
#: menu on every page, may open a story's line; a section slot's value varies from page to page),
#: or one the run knows as a section's
MAX_FUSED_LABEL_SHARE = 0.5
#: a word of letters (a ZWNJ inside), no digit, no mark
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*")
#: what the fused line's own text opens with after the name: a letter or a quote («خبرگزاري فارس: …»)
_FUSED_REST = re.compile(r"[^\W\d_]|[«\"]")


#: a dateline opening the rest of a line: a name of a word to three, then a colon or a dash
#: («گلاب‌سرا: …», «ایرنا - …»); a section a page of the run lists, fused before it
#: («گردشگری کاشان گلاب‌سرا: …»), is the section however few of the site's pages show it as a label
_DATELINE_REST = re.compile(r"[^\W\d_]+(?:[ \u200c][^\W\d_]+){0,2}\s*(?:[:：]|\s[-–]\s)")


def fused_openings(text: str, most: int = MAX_FUSED_WORDS) -> list[tuple[str, str]]:
    """The (name, rest) cuts of a prose line after each of its first one to ``most`` words
    (:data:`MAX_FUSED_WORDS`), shortest first, while those words are words of letters alone and one space parts them
    from a rest that opens with a letter or a quote: where a site's section name may be fused into
    the line. A cut after a mark (a dateline's «تهران - », «تهران، ») is none.

    >>> [w for w, _ in fused_openings("امداد و نجات سمینار ناظران کنفدراسیون فوتبال آسیا برگزار شد.")]
    ['امداد', 'امداد و', 'امداد و نجات']
    >>> fused_openings("تهران - ایرنا - نشست امروز برگزار شد."), fused_openings("۱۲ نفر آمدند و رفتند.")
    ([], [])
    """
    words = text.split(" ", most)
    out: list[tuple[str, str]] = []
    for n in range(1, min(most, len(words) - 1) + 1):
        if not _LETTER_WORD.fullmatch(words[n - 1]):
            break
        rest = " ".join(words[n:])
        if not _FUSED_REST.match(rest):
            continue
        out.append((" ".join(words[:n]), rest))
    return out


#: a label opening the first prose line of a site's pages, a word or two and a colon («لید خبر: …»,
#: «خلاصه: …», in the site's own words): counted with this mask (:func:`opening_label`); a site that
#: labels its leads so writes the label on many of its pages, a speaker quoted opens one story's
#: (:meth:`PageTemplate.opens_with_label`)
_MASK_OPEN_LABEL = "ǂL"
MIN_OPEN_LABEL_PAGES = 3
_OPEN_LABEL = re.compile(r"^\W{0,3}(?P<label>[^\W\d_][^\s:：\d]{1,15}(?:\s[^\W\d_][^\s:：\d]{1,15})?)\s*[:：]\s+\S")


#: a site that gives its stories a summary: a page whose first prose line is one sentence
#: (:data:`SUMMARY_SITE_MAX_CHARS` characters at most) over a second that opens with a dateline
#: («به گزارش …», :func:`.agency.opens_dateline`: the story's own opening) counts the first hash; a
#: page whose first prose line opens with a dateline itself (the story, no summary over it) the
#: second. A site that shows the first on :data:`MIN_SUMMARY_SITE_PAGES` of its pages and on
#: :data:`SUMMARY_SITE_RATIO` times as many as the second writes summaries over its stories, where
#: nothing on a page says so (:meth:`PageTemplate.gives_summaries`)
_SUMMARY_OVER_DATELINE_HASH = shape_hash("ǂQs")
_STORY_OPENS_HASH = shape_hash("ǂQo")
SUMMARY_SITE_MAX_CHARS = 240
MIN_SUMMARY_SITE_PAGES = 3
SUMMARY_SITE_RATIO = 2


def summary_over_dateline(first: str, second: str) -> bool:
    """Whether ``first``, a page's first prose line, is a summary of one sentence over ``second``,
    a dateline's paragraph (:data:`_SUMMARY_OVER_DATELINE_HASH`).

    >>> summary_over_dateline("وزیر از افتتاح دو نیروگاه خبر داد.", "به گزارش ایرنا، وزیر امروز گفت که کار تمام است.")
    True
    >>> summary_over_dateline("وزیر امروز آمد. او گفت که کار تمام است.", "به گزارش ایرنا، وزیر امروز گفت.")
    False
    """
    t = first.strip()
    return (len(t) <= SUMMARY_SITE_MAX_CHARS and t[-1:] in ".!?؟" and not has_dateline(t)
            and INNER_SENTENCE_END.search(t.rstrip(" .!?؟")) is None and opens_dateline(second))


#: a dateline of a place and the outlet's name in brackets opening the first prose line of a site's
#: pages («کابل (باختر): …», «مزار شریف (آوا) - …»), each part a few words with no digit: counted
#: under one hash whatever the names (:func:`opening_credit`); a site that credits its stories so
#: opens many of them with it, a speaker and his post in brackets open one story's quote
#: (:meth:`PageTemplate.credits_opening`). The outlet need be in no table: the run teaches the shape.
_OPEN_CREDIT_HASH = shape_hash("ǂP")
MIN_OPEN_CREDIT_PAGES = 3
_PART = r"[^\W\d_][^()\[\]:：\d\n،,.؛]{0,30}?"
_OPEN_CREDIT = re.compile(r"^\W{0,3}(?P<place>" + _PART + r")\s*[(\[]\s*(?P<name>" + _PART + r")\s*[)\]]\s*"
                          r"[:：\-–—]\s*\S")
#: the parts of such a dateline have at most this many words each, and the outlet's name this many
#: letters at least
MAX_OPEN_CREDIT_WORDS, MIN_OUTLET_LETTERS = 3, 3


def opening_credit(text: str) -> str | None:
    """The outlet's name of a dateline «PLACE (NAME):» that opens a prose line, or None.

    >>> opening_credit("کابل (باختر): وزارت معادن از آغاز استخراج مس خبر داد."), opening_credit("تهران - ایرنا")
    ('باختر', None)
    >>> opening_credit("وزیر امور خارجه کشورمان (در سفر استانی): بودجه آماده است.") is None  # (a sentence's words)
    True
    >>> opening_credit("امام صادق (ع): دانش را بنویسید.") is None  # (an honorific)
    True
    """
    m = _OPEN_CREDIT.match(text[:80])
    if m is None or any(len(m.group(g).split()) > MAX_OPEN_CREDIT_WORDS for g in ("place", "name")):
        return None
    name = m.group("name").strip()
    # (an honorific in brackets after a name is no outlet: «امام صادق (ع): …», «(ره)», «(عج)»)
    return name if sum(c.isalpha() for c in name) >= MIN_OUTLET_LETTERS else None


def opening_label(text: str) -> str | None:
    """The label (a word or two and a colon) that opens a prose line, or None.

    >>> opening_label("لید خبر: سرمربی میلان گفت هنوز برای قهرمانی زود است."), opening_label("تهران - ایرنا")
    ('لید خبر', None)
    """
    m = _OPEN_LABEL.match(text)
    return m.group("label") if m else None


def _meta_line(t: str) -> bool:
    """Whether a line under the lead is one of its meta lines (a date, a count, a button): a few
    words of letters, no sentence or label end; a sentence opening a list («… به شرح زیر است:») is
    the story's, and so is the subheading under it."""
    return sum(any(c.isalpha() for c in w) for w in t.split()) < META_WORDS and t.rstrip(_MARKS)[-1:] not in _LABEL_END

#: where a site puts its headline: each headline-like line in the header (:data:`HEADLINE_SLOT_REACH`
#: lines above the first prose at most) counts the shapes of the lines right above and right under
#: it, under :data:`_MASK_HEADLINE_SLOT` («a headline-like line stands here»), and once more under
#: :data:`_MASK_TOLD_SLOT` when the page tells that the line is its headline: the line shares
#: :data:`.prose.MIN_TOLD_WORDS` content words with the story under it, or a longer line of the header (a
#: title bar, a trail) repeats it. A site's headline slot is told on most of its pages; the slot of
#: a widget between its header and its story (a score, an alert, a player's link), however much
#: like a headline its line reads, is told on few (:meth:`PageTemplate.headline_slot`)
HEADLINE_SLOT_BIT = 128
HEADLINE_SLOT_REACH = 14
#: ... the story's words are those of its first prose lines
TOLD_PROSE_LINES = 8
#: a (site, neighbour shape) slot is kept when it was seen on this many pages, and known when on this many
MIN_HEADLINE_SLOT_KEEP, MIN_HEADLINE_SLOT_PAGES = 2, 6
#: a headline-like line's own shape on this many of a site's headers is a line of its template, not a
#: story's headline (a story is on one page of a site, republished on two or three at most, and there
#: it tells its story)
MIN_HEADLINE_SHAPE_PAGES = 3
_MASK_HEADLINE_SLOT, _MASK_TOLD_SLOT = "ǂt", "ǂc"


def headline_slots(lines: list[str], region: list[str], is_p: list[bool], keys: list[str], shaped: list[str],
                   headline: Callable[[str], bool], words_of: Callable[[int], set[str]] | None = None) -> list[str]:
    """The slot shapes of a page's headline-like header lines (see :data:`HEADLINE_SLOT_BIT`): for
    each, the shape of its neighbour above («<») and under («>») in the header, masked, and again
    under the told mask when the page tells the line is its headline (``shaped``: the lines' shapes;
    ``words_of``: the content words of line i, when the caller keeps them: :func:`observe`).

    >>> lines = ["نام سایت", "کد خبر: ۱۲", "بارش برف سنگین در جاده‌های شمال", "پایان مسابقه",
    ...          "به گزارش خبرنگار ما، بارش برف سنگین در جاده‌های شمال کشور رفت و آمد را کند کرد."]
    >>> shaped = [shape_key(t) for t in lines]
    >>> got = headline_slots(lines, regions(lines), [is_prose(t) for t in lines], [line_key(t) for t in lines],
    ...                      shaped, lambda t: len(t.split()) >= 3 and not _DIGITS.search(t))
    >>> sorted(got) == sorted(m + s for m in (_MASK_HEADLINE_SLOT, _MASK_TOLD_SLOT)
    ...                       for s in ("<" + shaped[1], ">" + shaped[3], "=" + shaped[2]))
    True
    """
    first = next((i for i, r in enumerate(region) if r != "H"), None)
    if not first:
        return []
    out: list[str] = []
    story: list[int] | None = None
    if words_of is None:
        words_of = functools.lru_cache(maxsize=None)(lambda j: content_words(lines[j]))
    for i in range(max(0, first - HEADLINE_SLOT_REACH), first):
        t = lines[i]
        if is_p[i] or not 3 <= t.count(" ") + 1 <= 25 or not headline(t):
            continue
        sides = [side + shaped[j] for side, j in (("<", i - 1), (">", i + 1))
                 if 0 <= j < first and shaped[j] and not is_p[j]]
        if shaped[i]:
            sides.append("=" + shaped[i])  # (the line's own shape: a widget's recurs, a headline's does not)
        if not sides:
            continue
        if story is None:
            story = [j for j in range(first, len(lines)) if is_p[j]][:TOLD_PROSE_LINES]
        key = keys[i]
        told = shares_words(content_words(t), story, words_of) or (
            len(key) >= 8 and any(key in keys[j] and len(keys[j]) > len(key) for j in range(first) if j != i))
        for s in sides:
            out.append(_MASK_HEADLINE_SLOT + s)
            if told:
                out.append(_MASK_TOLD_SLOT + s)
    return out


#: a group of short lines between two of a story's paragraphs (a picture's counter, caption and
#: credit) has at most this many lines, each of at most this many words (:func:`between_groups`)
GROUP_LINES, GROUP_WORDS = 3, 12
#: a shape that stands in this many groups of a page (:func:`repeated_between`), and in the groups
#: of this many pages of its site, is the site's picture slot: its groups are the template's
MIN_GROUPS, MIN_GROUP_PAGES = 2, 2
_MASK_GROUP = "ǂq"
#: a line of such a group (its shape) that stands between the paragraphs of this many different
#: stories of a site (:func:`story_hash`) is the site's, however few of its pages show it: an ad
#: box's label or a picture's stock note set into some stories («تبلیغات», «تصویر تزئینی است», in
#: the site's own words). A story's own subheading stands under its story alone, and under its
#: republications, which are the same story; :data:`MIN_BODY_PAGES` pages (counted by page,
#: blind to what story each shows) are more than a box on a site of a few dozen pages fills
MIN_INSIDE_STORIES = 3
#: a line that stands in the headline's place (:func:`title_candidate`) over two stories of a site or
#: more, and there or between the paragraphs of a story (:func:`between_groups`) in this many of its
#: stories or more, heads none of them: a stock caption the site sets under a story's headline or
#: between its paragraphs (:attr:`TemplateIndex.stock_titles`). A headline is written for one story
#: (another site's republication heads the same story); another story may list it between its paragraphs
MIN_STOCK_TITLE_STORIES = 3
_MASK_INSIDE = "ǂi"
#: ... and so does a sentence of this many words or more inside a story, by its whole key
#: (:func:`stock_sentences`): a story's own sentence of that length is written for it
MIN_STOCK_SENTENCE_WORDS = 12
_MASK_SENTENCE = "ǂI"
#: ... but a page that shows this many such lines or more, each a bare heading (:func:`bare_heading`),
#: shows the site's stock subheadings («پیشینه ماجرا», «جمع‌بندی», «پرسش و پاسخ»): a story's
#: sections come several to a page, a template's label or note once
MIN_STOCK_HEADINGS = 2


def between_groups(lines: list[str], prose: list[bool], region: list[str]) -> list[list[int]]:
    """The groups of short lines (:data:`GROUP_LINES` at most, :data:`GROUP_WORDS` words each, no
    sentence) that stand between two prose lines of a page's story (below its header); not a group
    whose last line shares the words of the paragraph under it: a subheading the story marks
    («* مجوزها ۳ روزه صادر می‌شود» over the paragraph on them), not a picture's slot; but a group
    with a marker (:func:`_held`) is no subheading's, whatever words it shares."""
    out: list[list[int]] = []
    group: list[int] = []
    short = True
    for i, t in enumerate(lines):
        if prose[i]:
            if group and short and group[0] > 0 and prose[group[0] - 1] and len(group) <= GROUP_LINES \
                    and (any(_held(lines[j]) for j in group) or not introduces(lines[group[-1]], t)):
                out.append(group)
            group, short = [], True
        else:
            group.append(i)
            short = short and region[i] != "H" and t.count(" ") < GROUP_WORDS \
                and len(t) <= MAX_BODY_CHROME_CHARS and (t.rstrip(_MARKS)[-1:] not in _PROSE_END or _held(t))
    return out


#: a line framed by rules, «--- ادامه مطلب در زیر ---», «== X ==»
_FRAMED = re.compile(r"^[-–—=_*~]{2,}\s*\S.*\S\s*[-–—=_*~]{2,}$")


def _held(text: str) -> bool:
    """Whether a line ends with an ellipsis or stands framed by rules: no sentence's end, and no
    heading's that words what follows; a marker the story goes on under («ادامه دارد...», «---
    ادامه مطلب در زیر ---», whose «ادامه» or «دارد» any paragraph under it may share by chance),
    or a teaser cut short.

    >>> _held("ادامه دارد..."), _held("ادامه دارد…"), _held("--- ادامه مطلب در زیر ---"), _held("ادامه دارد.")
    (True, True, True, False)
    """
    t = text.strip(_MARKS)
    return t.endswith(("...", "…")) or bool(_FRAMED.match(t))


def inside_shapes(lines: list[str], prose: list[bool], region: list[str], shaped: list[str],
                  groups: list[list[int]] | None = None) -> dict[int, list[int]]:
    """The shape hashes (:data:`_MASK_INSIDE`) of the lines of a page's groups between its story's
    paragraphs (:func:`between_groups`, ``groups`` when found already; ``shaped``: each line's
    :func:`_shape_of`), each with its lines: what the run counts by the stories it stands in
    (:attr:`TemplateIndex.inside`)."""
    out: dict[int, list[int]] = {}
    for g in between_groups(lines, prose, region) if groups is None else groups:
        for i in g:
            if shaped[i]:
                out.setdefault(shape_hash(_MASK_INSIDE + shaped[i]), []).append(i)
    for i in stock_sentences(lines, prose, region):
        out.setdefault(shape_hash(_MASK_SENTENCE + line_key(lines[i])), []).append(i)
    return out


def stock_sentences(lines: list[str], prose: list[bool], region: list[str]) -> list[int]:
    """The sentences of :data:`MIN_STOCK_SENTENCE_WORDS` words or more (and no longer than a line
    between paragraphs is, :data:`MAX_BODY_CHROME_CHARS`) that stand inside a page's story (under
    its first prose line, region ``M``): what a site sets into its stories in the same words, a
    disclaimer or a promo («هشدار: سرمایه‌گذاری در بازار ارزهای دیجیتال پرریسک است …», «برای
    شنیدن آهنگ‌های تازه … اپلیکیشن X را نصب کنید»), counted whole (:data:`_MASK_SENTENCE`) by the stories it stands in
    (:attr:`TemplateIndex.inside`). A story's own sentence of that length is written for it, and
    stands under its republications only, which are the same story: the run tells a site's stock
    sentence from :data:`MIN_INSIDE_STORIES` stories, however few of the site's pages it sees (a
    family under ``min_family_pages`` teaches no shapes: a site's flat pages the run saw five of).

    >>> stock_sentences(["عنوان خبر", "جمله اول خبر است که با نقطه تمام می‌شود.",
    ...                  "هشدار: سرمایه‌گذاری در بازار ارزهای دیجیتال پرریسک است و مطالب ما توصیه مالی نیست.",
    ...                  "جمله دوم خبر است که با نقطه تمام می‌شود."], [False, True, True, True], ["H", "M", "M", "T"])
    [2]
    """
    first = next((i for i, p in enumerate(prose) if p), len(lines))
    return [i for i in range(first + 1, len(lines))
            if prose[i] and region[i] == "M" and len(lines[i]) <= MAX_BODY_CHROME_CHARS
            and lines[i].count(" ") + 1 >= MIN_STOCK_SENTENCE_WORDS]


def bare_heading(text: str) -> bool:
    """Whether a line reads as a subheading: one to four words, no digit, colon or opening symbol.

    >>> bare_heading("پیشینه ماجرا"), bare_heading("مدت: ۰۷:۱۷"), bare_heading("▶ پخش ویدیو")
    (True, False, False)
    """
    t = text.rstrip(_MARKS)
    return 1 <= len(t.split()) <= 4 and not _DIGITS.search(t) and not _COLON.search(t) \
        and t[:1].isalpha() and marker_key(t) is None


#: a short label right under a paragraph of a page's story and over a line that is no prose (a box's
#: heading over its first item: «مطالب مرتبط», «اخبار ورزشی:», in whatever words) counts this mask with
#: its key (:data:`WIDGET_BIT`, kept from :data:`MIN_WIDGET_PAGES` pages): the site's box heading, which
#: :meth:`PageTemplate.box_head_pages` tells from a story's own subheading, written for one story
_MASK_BOX_HEAD = "ǂX"


def box_head_key(text: str) -> str | None:
    """The key a box's heading counts by (:data:`_MASK_BOX_HEAD`): a bare heading's
    (:func:`bare_heading`), a colon after it aside; None for a line of any other shape.

    >>> box_head_key("مطالب مرتبط") == box_head_key("مطالب مرتبط:"), box_head_key("۵ نکته مهم")
    (True, None)
    """
    t = text.rstrip(_MARKS).rstrip(":：").rstrip()
    k = line_key(t) if bare_heading(t) else ""
    return _MASK_BOX_HEAD + k if k else None


def box_heads(lines: list[str], prose: list[bool], region: list[str]) -> list[int]:
    """The lines of a page that stand as a box's heading (:func:`box_head_key`): below the header,
    right under a prose line and over a line that is none."""
    return [i for i in range(1, len(lines) - 1)
            if region[i] != "H" and prose[i - 1] and not prose[i] and not prose[i + 1] and box_head_key(lines[i])]


def group_shape(text: str) -> str | None:
    """The shape under which a line of a group between paragraphs recurs in a picture slot: a
    marker and a mask (:func:`.boxes.marker_key`: «📷 X»), its first word and a mask (:func:`headword_key`:
    «نمایی از X»), or its own shape when it holds a digit (a counter «عکس ۲ از ۱۱»)."""
    k = marker_key(text) or headword_key(text)
    if k is None and _DIGITS.search(text):
        k = _DIGITS.sub("0", line_key(text))
    return k


def repeated_between(lines: list[str], prose: list[bool], region: list[str],
                     groups: list[list[int]] | None = None) -> dict[str, list[list[int]]]:
    """The shapes (:func:`group_shape`) that stand in :data:`MIN_GROUPS` groups between the story's
    paragraphs of a page or more (:func:`between_groups`, ``groups`` when found already), each with
    its groups.

    >>> p = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    >>> got = repeated_between(ls := [p, "عکس ۲ از ۵", "📷 علی رضایی", p, "نمایی از شهر", "📷 مریم احمدی", p],
    ...                        [is_prose(t) for t in ls], ["M"] * 7)
    >>> sorted(got.values())
    [[[1, 2], [4, 5]]]
    """
    by: dict[str, list[list[int]]] = {}
    for g in between_groups(lines, prose, region) if groups is None else groups:
        for k in {group_shape(lines[i]) for i in g} - {None}:
            by.setdefault(k, []).append(g)  # type: ignore[arg-type]
    return {k: gs for k, gs in by.items() if len(gs) >= MIN_GROUPS}


def frame_key(text: str) -> str | None:
    """The frame of a sentence of :data:`FRAME_HEAD` + :data:`FRAME_TAIL` + 1 to :data:`NOTE_WORDS`
    words: its first and last words with a mask between, digits masked; None for another line.

    >>> frame_key("این گزارش در المانیتور منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست.") \\
    ...     == frame_key("این گزارش در فارن پالیسی منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست.")
    True
    >>> frame_key("این گزارش در المانیتور منتشر شده است."), frame_key("این گزارش در المانیتور منتشر شده و ترجمه")
    (None, None)
    """
    return _frame(text, FRAME_HEAD, FRAME_TAIL, _MASK_FRAME)


def _frame(text: str, head: int, tail: int, mask: str) -> str | None:
    """A sentence's first ``head`` and last ``tail`` words around ``mask``, digits masked, when it
    has more words than those and :data:`NOTE_WORDS` at most and ends as prose; else None."""
    words = text.split()
    if not head + tail < len(words) <= NOTE_WORDS or text.rstrip(_MARKS)[-1:] not in _PROSE_END:
        return None
    return _DIGITS.sub("0", line_key(" ".join(words[:head])) + mask + line_key(" ".join(words[-tail:])))


def frame_keys(text: str) -> list[str]:
    """The frames of a sentence (:func:`frame_key`), and, for a short one that is no prose
    (:func:`is_prose`), its frames with its last :data:`SHORT_FRAME_TAILS` words too: a note of
    eight or nine words names one word or two between its fixed ends («این مطلب در X هم منتشر شده
    است.», X «تالاریاب» or «کتابدار آنلاین»), so no one count of last words is all fixed.

    >>> a = frame_keys("این مطلب در تالاریاب هم منتشر شده است.")
    >>> b = frame_keys("این مطلب در کتابدار آنلاین هم منتشر شده است.")
    >>> len(a), bool(set(a) & set(b))
    (3, True)
    >>> frame_keys("این گزارش در المانیتور منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست.")[0] \\
    ...     == frame_key("این گزارش در المانیتور منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست.")
    True

    and its head frame (:func:`head_frame_key`), the last of them.
    """
    return _remembered_frame_keys(text)


def _frame_keys(text: str) -> tuple[str, ...]:
    tails = (FRAME_TAIL,) if is_prose(text) else (FRAME_TAIL, *SHORT_FRAME_TAILS)
    keys = tuple(k for n in tails if (k := _frame(text, FRAME_HEAD, n, _MASK_FRAME)))
    head = head_frame_key(text)
    return (*keys, head) if head else keys


#: the frames of lines (:func:`frame_keys`) remembered: the template pass frames the lines after a
#: story, which a site repeats, and extraction frames them again (500 pages of the bench: 4,500 asks
#: of 1,200 lines)
FRAME_KEYS_CACHE = 4096
_remembered_frame_keys = short_line_memo(MAX_LINE_CHARS, FRAME_KEYS_CACHE, longer=lambda text: list(_frame_keys(text)),
                                         copy=list)(_frame_keys)


def head_frame_key(text: str) -> str | None:
    """The head frame of a sentence of more than :data:`HEAD_FRAME_WORDS` + :data:`HEAD_FRAME_TAIL`
    words and :data:`NOTE_WORDS` at most: its first five words and last two, a mask between, digits
    masked; None for another line. A site's correction note names what it corrects near its end.

    >>> a = head_frame_key("* این خبر ساعت ۲۲:۱۳ به‌روزرسانی شد و نام محمد نوری اصلاح شد.")
    >>> a == head_frame_key("* این خبر ساعت ۰۷:۰۲ به‌روزرسانی شد و نام سارا کریمی اصلاح شد.")
    True
    >>> a == head_frame_key("* این خبر ساعت ۰۷:۰۲ به‌روزرسانی شد و نام سارا کریمی حذف شد.")
    False
    >>> head_frame_key("این خبر ساعت ۲۲ به‌روزرسانی شد."), head_frame_key("این خبر ساعت ۲۲ به‌روزرسانی شد و")
    (None, None)
    """
    return _frame(text, HEAD_FRAME_WORDS, HEAD_FRAME_TAIL, _MASK_HEAD_FRAME)


def note_line(lines: list[str], prose: list[bool], lp: int) -> bool:
    """Whether the page's last prose line ``lp`` (:func:`last_prose`) could be a note the site writes
    under its stories: a sentence of :data:`NOTE_WORDS` words at most, under more of the story's
    prose (a page's one prose line is its story)."""
    return lp > 0 and lines[lp].count(" ") < NOTE_WORDS and lines[lp].rstrip(_MARKS)[-1:] in _PROSE_END \
        and any(prose[:lp]) and len(lines[lp]) <= MAX_LINE_CHARS


def closes_fields(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a sentence right under a box of fields (two «label: value» lines,
    :func:`~palayesh.extract.boxes.field_line`): the box's own closing, «زمان: …», «مکان: …»,
    «ظرفیت محدود است.», however often the site's boxes close so, not a note the site writes under
    its stories (:meth:`PageTemplate._note`), which stands under the story or its credit."""
    return i >= 2 and lines[i].rstrip(_MARKS)[-1:] in _PROSE_END \
        and field_line(lines[i - 1]) and field_line(lines[i - 2])


def widget_key(text: str) -> str | None:
    """The label of a «label: value» line that is no sentence (a label of 1-:data:`WIDGET_LABEL_WORDS`
    words before a colon, a value of 2-20 words not ending with a period), as a shape; None for any
    other line.

    >>> widget_key("مرتبط: قهرمانی تیم ملی در جام ملت‌ها!") == widget_key("مرتبط: افزایش قیمت نان")
    True
    >>> widget_key("وی افزود: این طرح در سال آینده اجرا می‌شود.") is None
    True
    >>> widget_key("همچنین بخوانید ← پدیده نفت، پدیده تیم ملی می‌شود؟") == widget_key("همچنین بخوانید: X Y")
    True
    """
    m = _COLON.search(text, 0, 40)
    a = _ARROW.search(text, 0, m.start() if m else 40)  # (the first of the two: a headline has colons)
    m = a or m
    if m is None or m.start() == 0:
        return None
    label, value = text[: m.start()], text[m.end():]
    nv = len(value.split())
    if not 1 <= len(label.split()) <= WIDGET_LABEL_WORDS or not 2 <= nv <= 20 or value.rstrip(_MARKS)[-1:] in ".…:":
        return None
    k = line_key(label)
    return k + _MASK_WIDGET if k and not _DIGITS.search(k) else None


#: a line stamped with a clock after a label (1-3 words of letters, a colon or none): the site's
#: note of a change, «<label>: ۱۴:۳۰ - <sentence>», or its heading over the part it added,
#: «<label> ۱۴:۳۰:»
_STAMP = re.compile(r"(?P<label>[^\W\d_][\w\u200c]*(?:\s[^\W\d_][\w\u200c]*){0,2})\s*[:：]?\s*\d{1,2}:\d{2}"
                    r"\s*(?:[-–—]\s*(?P<rest>\S.*)|[:：]\s*$)")
_MASK_STAMP = "ǂk"
#: a stamp's label on this many pages of a site, in either form (:data:`WIDGET_BIT`), is the site's
MIN_STAMP_PAGES = 2
#: a note's sentence after the clock: this many words at least (no name, no field) and
#: :data:`NOTE_WORDS` at most, no digit (a date after the clock is a header's meta line)
MIN_STAMP_WORDS = 3


def stamp_head(text: str) -> tuple[str, str | None] | None:
    """(the label's key, what follows the clock and its dash, None for a heading) of a line that
    opens stamped with a clock after a label (:data:`_STAMP`), or None."""
    if ":" not in text:  # (the clock's colon: most lines have none, and go without a match)
        return None
    m = _STAMP.match(text.strip(_MARKS))
    if m is None:
        return None
    k = line_key(m["label"])
    return (k, m["rest"]) if k else None


def stamp_key(text: str) -> str | None:
    """The label of a line stamped with a clock (:func:`stamp_head`) as a shape, both forms alike,
    or None for any other line: the site's notes of its changes to a story, whatever it calls them.

    >>> stamp_key("ویرایش: ۱۴:۳۰ - جزئیات تازه به این خبر افزوده شد.") == stamp_key("ویرایش ۱۶:۰۵:")
    True
    >>> stamp_key("به‌روز شده در 17:35 - 1395/08/05") is None, stamp_key("حسین احمدی | 21:35 - 1395/07/28") is None
    (True, True)
    >>> stamp_key("ساعت ۱۰:۳۰ - وی افزود") is None  # (too short for a sentence)
    True
    """
    return _stamp_shape(stamp_head(text))


def _stamp_shape(head: tuple[str, str | None] | None) -> str | None:
    """:func:`stamp_key` of a line's :func:`stamp_head`."""
    if head is None:
        return None
    label, rest = head
    if rest is not None and (not MIN_STAMP_WORDS <= len(rest.split()) <= NOTE_WORDS or _DIGITS.search(rest)):
        return None
    return label + _MASK_STAMP


def end_key(fragment: str) -> str | None:
    """The shape of a short end marker (1-4 words), up to its first slash, digits masked; None for
    anything longer or with fewer than three letters before the slash.

    >>> end_key("پایان متن/ نخ") == end_key("پایان متن/رک") == end_key("پایان متن/")
    True
    """
    return _remembered_end_key.ask(fragment)


def _end_key(fragment: str) -> str | None:
    f = fragment.strip(_MARKS)
    if not 1 <= len(f.split(None, 4)) <= 4:  # (its words counted as far as five)
        return None
    k = _DIGITS.sub("0", line_key(f.split("/")[0]))
    return _MASK_GLUED + k if len(k) >= 3 else None


#: end keys of lines remembered: the template pass asks of each line under a page's story, and a
#: site's lines there (its footer, its end marker) recur on its pages; a longer line has none
#: (more than four words) and is answered as it comes
END_KEY_CACHE, END_KEY_CACHE_CHARS = 4096, 200
_remembered_end_key = short_line_memo(END_KEY_CACHE_CHARS, END_KEY_CACHE, longer=_end_key)(_end_key)


def glued_end(text: str) -> tuple[int, str] | None:
    """(where it starts, :func:`end_key`) of the short fragment after the last sentence of a line,
    or None.

    >>> t = "بازیکنان تمرین کردند و به اردو رفتند. پایان متن/ نخ"
    >>> glued_end(t) == (t.index("پایان"), end_key("پایان متن"))
    True
    >>> glued_end("بازیکنان به اردو رفتند. (ایسنا)") is None
    True
    """
    t = text.rstrip(_MARKS)
    start = max(0, len(t) - 60)
    m = _GLUED.search(t, start)
    if m is None:
        return None
    k = end_key(m.group(1))
    return (m.start(1), k) if k else None


def label_alone(text: str) -> bool:
    """Whether a line is a widget's label alone, its value on the next line (1-:data:`WIDGET_LABEL_WORDS`
    words, no digit, ending with a colon): «بیشتر بخوانید:» over another story's headline.

    >>> label_alone("همچنین بخوانید:"), label_alone("وی افزود: خیر"), label_alone("نکته ۲:")
    (True, False, False)
    >>> label_alone("این را هم ببینید:"), label_alone("این مطلب را هم بخوانید:")
    (True, False)
    """
    t = text.rstrip(_MARKS)
    return t[-1:] in (":", "：") and 1 <= len(t.split()) <= WIDGET_LABEL_WORDS \
        and _COLON.search(t, 0, len(t) - 1) is None and not _DIGITS.search(t)


def widget_pair_key(label: str, value: str) -> str | None:
    """:func:`widget_key` of a label alone (:func:`label_alone`) and the line under it, as if they
    were one «label: value» line: a site that writes its widget so on some pages and in one line
    on others counts both.

    >>> widget_pair_key("مرتبط:", "افزایش قیمت نان") == widget_key("مرتبط: قهرمانی تیم ملی")
    True
    """
    return widget_key(label.rstrip(_MARKS) + " " + value) if label_alone(label) and not is_prose(value) else None


_LABEL_END = frozenset(".:؛;…!?؟»\")")


#: the day a date line above a page's story names, counted by page: the site header's date of the
#: visit («چهارشنبه ۱۵ آذر ۱۴۰۲» over the menu or under it, unlabelled) names the crawl's day on every
#: page of the site, while a story's date names the day of its story (:meth:`PageTemplate.day_share`)
_MASK_DAY = "ǂy"


def day_key(text: str) -> str | None:
    """The key of the day a date line names (:data:`_MASK_DAY`), or None for a line that is no date line.

    >>> day_key("چهارشنبه ۱۵ آذر ۱۴۰۲") == day_key("۱۴۰۲/۰۹/۱۵") != day_key("۱۶ آذر ۱۴۰۲")
    True
    """
    d = date_line(text) if _DIGITS.search(text) else None
    return None if d is None else _MASK_DAY + d.stamp.day.isoformat()


#: a date line above a page's story counts under the shape of the line right over it (its slot: the
#: top of the page for none), alone and with the month it names, as a label is (kept on two pages):
#: a site header's "today" names one day, or a few, on all the pages of its slot, while an issue's
#: day under a paper's edition line names another day on nearly every page
#: (:meth:`PageTemplate.varying_day_slot`)
_MASK_DATE_SLOT = "ǂDs"
_MASK_DATE_SLOT_MONTH = "ǂDm"
#: a slot shows varying days when the site shows a date there on this many pages at least, and
#: the page's month there on at most 1/:data:`VARYING_SLOT_MONTHS` of them: the crawl's "today"
#: spans a day or a few (one month, two at its turn), an archive's issues months and years
MIN_DATE_SLOT_PAGES, VARYING_SLOT_MONTHS = 8, 8


def date_slot_keys(lines: list[str], region: list[str], shaped: list[str]) -> list[str]:
    """The slot keys (:data:`_MASK_DATE_SLOT`, :data:`_MASK_DATE_SLOT_MONTH`) of a page's date lines
    above its story, each by the shape of the line over it (``shaped``).

    >>> k = date_slot_keys(["روزنامه پیام دشت | شماره ۴۷۱۲ | صفحه ۷", "چهارشنبه ۲۲ مرداد ۱۴۰۴", "متن"],
    ...                    ["H", "H", "M"], ["روزنامهپیامدشتشماره0صفحه0", "چهارشنبه0مرداد0", "متن"])
    >>> [x.removeprefix(_MASK_DATE_SLOT).removeprefix(_MASK_DATE_SLOT_MONTH) for x in k]
    ['روزنامهپیامدشتشماره0صفحه0', 'روزنامهپیامدشتشماره0صفحه0|2025-08']
    """
    out = []
    for i, (t, r) in enumerate(zip(lines, region)):
        if r != "H":
            break
        k = day_key(t) if len(t) <= MAX_LINE_CHARS else None
        if k is not None:
            slot = shaped[i - 1] if i else ""
            out += [_MASK_DATE_SLOT + slot, f"{_MASK_DATE_SLOT_MONTH}{slot}|{k[len(_MASK_DAY):][:7]}"]
    return out


#: the labelled date fields above a page's story («تاریخ نشریه» / «۱۲ مهر ۱۴۰۱» / «تاریخ اسکن» /
#: «1401/08/12»: a field table's rows, one a line), read in order when they name several days: the
#: first field's label counts under one mask, the label of each field of a later day under the
#: other (as a label is: kept on two pages); :meth:`PageTemplate.later_field`
_MASK_FIRST_FIELD = "ǂDf"
_MASK_LATER_FIELD = "ǂDl"
#: ... and each field's label, when the page shows another date line above its story outside the
#: table (:meth:`PageTemplate.field_beside`)
_MASK_BESIDE_FIELD = "ǂDb"
#: ... and each field's label whose day is none the page names its publication's outside the table
#: (:meth:`PageTemplate.later_field`)
_MASK_APART_FIELD = "ǂDa"
#: a field's label is a later event's when the run shows it later than the first field on this many
#: pages, and first on none
MIN_LATER_FIELD_PAGES = 2


def date_field_label(lines: list[str], i: int) -> str | None:
    """The label of the date line ``lines[i]``: the words before its colon when they are a label
    (:func:`is_label`), else the line over it when that is a label of its own, else None.

    >>> date_field_label(["تاریخ اسکن", "1401/08/12"], 1), date_field_label(["x", "تاریخ نشریه: ۱۲ مهر ۱۴۰۱"], 1)
    ('تاریخ اسکن', 'تاریخ نشریه')
    """
    head, colon, _rest = lines[i].partition(":")
    if colon and is_label(head.strip() or "0"):
        return head.strip()
    return lines[i - 1].strip().rstrip(":：").strip() if i and is_label(lines[i - 1]) else None


def date_field_keys(lines: list[str], region: list[str]) -> list[str]:
    """The keys (:data:`_MASK_FIRST_FIELD`, :data:`_MASK_LATER_FIELD`, :data:`_MASK_APART_FIELD`,
    :data:`_MASK_BESIDE_FIELD`) of a page's labelled date fields above its story, when a table's fields
    name several days: the label of the field the page reads as the document's (:func:`.dates.field_events`,
    the reader the page alone uses too, so the run and the page cannot disagree: a scan view's issue
    day first, a CMS's «زمان انتشار» under its «زمان ثبت»), and those of the fields of later days
    (a scan, an edit).

    >>> ks = date_field_keys(["نشریه", "صبح کویر", "تاریخ نشریه", "۱۲ مهر ۱۴۰۱", "تاریخ اسکن", "1401/08/12", "متن"],
    ...                      ["H"] * 6 + ["M"])
    >>> [k[len(_MASK_FIRST_FIELD):] for k in ks]
    ['تاریخنشریه', 'تاریخاسکن']
    """
    tables: list[list[tuple[str, str, DateLine]]] = [[]]  # (the dated fields of each run of field lines)
    loose = 0  # (the date lines in no field)
    named_days: set = set()  # (the days of those that name the publication)
    value = False  # (the line is the value of the label line over it)
    for i, (t, r) in enumerate(zip(lines, region)):
        if r != "H":
            break
        k = day_key(t) if len(t) <= MAX_LINE_CHARS else None
        if k is not None and (d := date_line(t)) is not None and d.role == "today":
            k = None  # (the header's «امروز: …», the visit's day: no event of the document)
        label = date_field_label(lines, i) if k is not None else None
        head, colon, rest = t.partition(":")
        named = _field_name(t)
        # (a «label: value» field has a short value: a headline «ونگر: به پیروزی … نیاز داشتیم» is none)
        pair = colon and is_label(head.strip() or "0") and len(rest.split()) <= MAX_PAIR_VALUE_WORDS
        if not (value and len(t.split()) <= MAX_FIELD_VALUE_WORDS or named or pair):
            # (a line of no field ends the table: a date field further down, under the headline, is
            # another block's, the story's own «انتشار: …» under a file's properties)
            tables.append([])
            loose += k is not None
            if k is not None and (d := date_line(t)) is not None and d.named:
                named_days.add(d.stamp.day)
        elif k is not None and label and (d := date_line(t if pair else f"{label}: {t}")) is not None:
            # (the field read with its label, as the page reads it: :func:`.dates.field_events`)
            tables[-1].append((line_key(label), k, d))
        value = not value and named
    out: list[str] = []
    dated = sum(map(len, tables)) + loose
    for n, fields in enumerate(tables):
        # (the days the page names as its publication's outside the table: a field of another day is
        # another event's, a file's creation or registration beside the story's own «انتشار: …», and
        # the table holds no document's day when none of its fields is of those days; asked of a table
        # of several days, as :func:`_field_order`: a story's one «انتشار: …» field under an app's
        # «نسخه ۳.۰ — منتشرشده در …» is the story's)
        days = {d.stamp.day for m, other in enumerate(tables) if m != n for _l, _k, d in other if d.named} | named_days
        several = len({k for _l, k, _d in fields}) > 1
        apart = [label for label, _k, d in fields if several and days and d.stamp.day not in days]
        out += [_MASK_APART_FIELD + label for label in apart]
        if len(apart) < len(fields) or not days:
            out += _field_order(fields)
        if fields and dated > len(fields):
            # (the page dates something outside the table too: a file's properties beside the
            # story's own «انتشار: …»)
            out += [_MASK_BESIDE_FIELD + label for label, _k, _d in fields]
    return out


#: a field table's label, alone on its line, has this many words at most, and its value under it
#: this many («تاریخ نشریه» / «۱۲ مهر ۱۴۰۱», «نشریه» / «روزنامه صبح کویر»)
MAX_FIELD_NAME_WORDS, MAX_FIELD_VALUE_WORDS = 4, 6
#: ... and a «label: value» field's value on its line this many («تاریخ اسکن: 1401/08/12», «تاریخ
#: ایجاد: 01/29/26, 11:25:00 AM»): a headline with a colon says more after it
MAX_PAIR_VALUE_WORDS = 4


def _field_name(text: str) -> bool:
    """Whether a line is a field's label alone (its value on the next line): a short label, no
    colon but a closing one."""
    return len(text.split()) <= MAX_FIELD_NAME_WORDS and ":" not in text.rstrip(" :：") and is_label(text)


def _field_order(fields: list[tuple[str, str, DateLine]]) -> list[str]:
    """:func:`date_field_keys` of one table's dated fields (label key, day key, date read with its
    label), in order: the field the page reads as the document's (:func:`.dates.field_events`, the
    reader the page alone uses) under :data:`_MASK_FIRST_FIELD`, and each field of a later day under
    :data:`_MASK_LATER_FIELD` (a later event, a scan or an edit; an earlier one, a registration the page
    reads as such, or a clip's saved day whose label only the page's address tells, is not counted)."""
    if len({k for _, k, _d in fields}) < 2:
        return []
    roles = field_events([d for _, _k, d in fields])
    first = next((i for i, r in enumerate(roles) if r in (None, "published")), None)
    if first is None:
        return []
    day = fields[first][1]
    return [_MASK_FIRST_FIELD + fields[first][0]] + [_MASK_LATER_FIELD + label for label, k, _d in fields if k > day]


#: the order a page's numeric dates show by their numbers (:func:`.dates.numeric_order`): "dmy" or "ymd"
_MASK_ORDER = "ǂr"
#: a site reads its dates that read either way in the order its pages show on this many pages or more
MIN_ORDER_PAGES = 2
#: and on this share of the pages of its family that show an order
MIN_ORDER_PURITY = 0.8
#: the dates read for their order stand in short lines (a date line, a meta row)
MAX_ORDER_LINE_CHARS = 160


def date_orders(lines: list[str]) -> set[str]:
    """The orders of the numeric dates of a page's short lines, each as its pages show it by their
    numbers alone («۱۴/۰۳/۰۱»: day first; «۱۴۰۲/۰۳/۱۴», «۹۸/۰۷/۱۲»: year first)."""
    return {o for t in lines if len(t) <= MAX_ORDER_LINE_CHARS and _DIGITS.search(t) and (o := numeric_order(t))}


def is_label(text: str) -> bool:
    return 1 <= text.count(" ") + 1 <= 6 and not _DIGITS.search(text) and text.rstrip(_MARKS)[-1:] not in _LABEL_END


#: the marks of a line (:func:`_line_marks`) remembered: a site's template lines recur on its pages
#: (a run of 2,000 pages shows some 160,000 short lines, a fifth of them distinct)
LINE_MARKS_CACHE = 16384


@functools.lru_cache(maxsize=LINE_MARKS_CACHE)
def _line_marks(t: str, key: str, r: str, _order: str | None) -> tuple[str, str | None, tuple, tuple]:
    """What one short line of a page tells :func:`observe` by itself, in region ``r``: its shape,
    its prefix shape (None in the header, where it is not cut), and its (shape hash, bits) pairs,
    those before and after the place of its «label: value» pair with the next line (which depends
    on that line, so :func:`observe` cuts it). ``_order``: the order of two-digit dates read now
    (:func:`.dates.short_date_order`), which :func:`day_key` and :func:`stamp_key` depend on."""
    marks: list[tuple[int, int]] = []
    bit = _BIT[r]
    k = _shape_of(t, key)
    if k:
        marks.append((shape_hash(k), bit | (LABEL_BIT if r == "H" and is_label(t) else 0)))
    for hw in (headword_key(t), byline_key(t) if r == "H" else None, day_key(t) if r == "H" else None,
               *(k for _j, k in fixed_head_keys(t)), *(bar_side_keys(t) if r == "H" else ())):
        if hw:
            marks.append((shape_hash(hw), bit))
    if r == "H":
        return k, None, tuple(marks), ()
    for w in (widget_key(t), marker_key(t)):  # (a marker: a widget whose label is a symbol)
        if w:
            marks.append((shape_hash(w), WIDGET_BIT))
    after: list[tuple[int, int]] = []
    w = stamp_key(t)
    if w:
        after.append((shape_hash(w), WIDGET_BIT))
    p = prefix_key(t)
    if p:
        after.append((shape_hash(p), bit))
    return k, p, tuple(marks), tuple(after)


def observe(lines: list[str], *, words: bool = True, headline: Callable[[str], bool] | None = None,
            url: str | None = None, bar: str | None = None, declared: list[str] | None = None,
            named: list[str] | None = None, titled: bool = False, html: bool = False,
            current: str | None = None, narrow: bool = False) -> PageShapes:
    """The shapes of a page's lines (non-blank, already stripped) and where they stand (and the
    content words of its prose, with ``words``); ``headline`` tells a headline (:func:`title_candidate`);
    ``url`` is the page's address, when known (its path's segments: :func:`path_keys`); ``bar``
    an HTML page's ``<title>``, which no line of it shows: its bar's short sides count as a header's
    title bar's do (:func:`bar_side_keys`: the site's name beside each page's headline), and it whole
    (:meth:`PageTemplate.bar_share`); ``declared``
    the sections an HTML page declares (:func:`declared_sections`), told from its label right above
    the headline (:func:`declared_slot`), which ``named`` names (:func:`html_headlines`); ``titled``:
    those its ``<title>`` bar names (:func:`title_declared`), only the sections its menu lists, which
    tell of each label over the headline, not of the site's slot (a label there the menu does not
    list may be a section the bar names, undeclared: :meth:`PageTemplate.declared_kicker_slot`);
    ``html``: an HTML page, whose label over the headline counts whatever it declares
    (:func:`headline_label`); ``current``: the item its menu marks current (:func:`current_item`),
    which the label counts with (:func:`current_slot`); ``narrow``: a flat page's text wrapped at a
    newspaper's column (:func:`.rejoin.narrow_width` of its lines with their blank ones)."""
    lines = [t for t in lines if t]
    is_p = [is_prose(t) for t in lines]
    region = regions(lines, is_p)
    keys = [line_key(t) if len(t) <= MAX_LINE_CHARS else "" for t in lines]  # (prose is never template)
    shown = lines  # (as shown: a quoted section name stays, :func:`value_slots`)
    lines, keys = mask_quoted_lines(lines, keys, is_p)
    shapes: dict[int, int] = {}
    # (each line's shape and prefix shape, cut once: the lines after the last prose count again)
    shaped: list[str] = [""] * len(lines)
    prefixed: dict[int, str | None] = {}
    order = current_date_order()  # (what day_key reads: a key of the memo of each line's marks)
    for i, (t, key, r) in enumerate(zip(lines, keys, region)):
        if len(t) > MAX_LINE_CHARS:
            continue
        shaped[i], p, before, after = _line_marks(t, key, r, order)
        for h, bit in before:
            shapes[h] = shapes.get(h, 0) | bit
        if r != "H":
            # (a «label: value» pair is of two lines: never remembered; it counts where the line's
            # marks have it, between its marker and its date stamp, as the dict's order did)
            pair = widget_pair_key(t, lines[i + 1]) if i + 1 < len(lines) and region[i + 1] != "H" else None
            if pair:
                h = shape_hash(pair)
                shapes[h] = shapes.get(h, 0) | WIDGET_BIT
            for h, bit in after:
                shapes[h] = shapes.get(h, 0) | bit
            prefixed[i] = p
    for width in wrap_widths(lines):  # (the columns the page's lines may be hard-wrapped at: .rejoin)
        h = shape_hash(f"{MASK_WRAP}{width}")
        shapes[h] = shapes.get(h, 0) | _BIT["M"]
    if narrow:  # (the column's width told apart from the page: each paper a site keeps has its own)
        h = shape_hash(MASK_NARROW)
        shapes[h] = shapes.get(h, 0) | _BIT["M"]
    for h in _agency_slots(lines, shaped):
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    lp = last_prose(lines, is_p)
    glued = glued_end(lines[lp]) if lp >= 0 else None
    if glued:
        h = shape_hash(glued[1])
        shapes[h] = shapes.get(h, 0) | AFTER_BIT
    for i in range(lp + 1, len(lines)) if lp >= 0 else ():
        t = lines[i]
        if keys[i] and t.count(" ") < 20 and not is_p[i]:
            # (a short sentence too: a note the site writes under its stories, :meth:`PageTemplate._note`)
            # (a «label: value» line counts with its value too: which values a site's slot after
            # the story repeats, :meth:`PageTemplate.value_after_pages`)
            exact = _MASK_EXACT + _DIGITS.sub("0", keys[i]) if shaped[i].endswith(_MASK_VALUE) else None
            for a in (shaped[i], prefixed[i] if i in prefixed else prefix_key(t), end_key(t), exact, *frame_keys(t)):
                if a:
                    h = shape_hash(a)
                    shapes[h] = shapes.get(h, 0) | AFTER_BIT
    if note_line(lines, is_p, lp):  # (the story's last line, a note in prose: its shape and frame)
        for a in (shaped[lp], frame_key(lines[lp]), head_frame_key(lines[lp])):
            if a:
                h = shape_hash(a)
                shapes[h] = shapes.get(h, 0) | AFTER_BIT
    prose = [i for i, p in enumerate(is_p) if p]
    # (each prose line's content words, found once: the page's words and the story that tells a
    # headline, :func:`headline_slots`, are those of a few lines together; made below when the
    # page's words are counted, here otherwise)
    found = []
    if not words:
        words_of = functools.lru_cache(maxsize=None)(lambda i: content_words(lines[i]))
    else:  # (hashed as shape_hash would, without a call per word: a page has hundreds)
        mask, xxh = _MASK_WORD, xxhash.xxh64_intdigest
        # (each prose line's tokens, cut at once (.lexicon.tokens_each): the page's words are those
        # of all its tokens, in one set, and headline_slots reads the words of the few lines of the
        # story it asks for from theirs, each made when asked: a set of each line's words, made for
        # the union, was a tenth of this pass)
        each = dict(zip(prose, tokens_each([lines[i] for i in prose])))
        words_of = functools.lru_cache(maxsize=None)(
            lambda i: content_words_in(each[i]) if i in each else content_words(lines[i]))
        prose_words = content_words_in(itertools.chain.from_iterable(each.values()))
        found = [xxh((mask + w).encode("utf-8", "surrogatepass")) for w in prose_words]
    title = title_candidate(lines, region, keys, headline)
    genre: list[int] = []
    told = declared_slot(lines, region, keys, declared or [], headline, named)
    told = told[:1] if titled else told  # (the label's mask, not the slot's)
    told += declared_under(lines, region, keys, declared or [], headline, named)
    if html:  # (an HTML page: the label over its headline, whatever it declares: .html_kicker)
        told += headline_label(lines, region, keys, headline, named)
        current = current or trail_item(lines, region, keys, named, headline)
        told += current_slot(lines, region, keys, current, headline, named)
        at = _label_over_headline(lines, region, keys, headline, named) if current else None
        if at is not None and keys[at] != line_key(current or ""):
            genre = [label_hash(lines[at]), label_hash(current or "")]
    for name in declared or ():  # (each name it declares: :meth:`PageTemplate.declares_section`)
        h = shape_hash(_MASK_DECLARED_NAME + line_key(name))
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    over_meta = _headline_over_meta(lines, is_p, headline)  # (the headline both label passes stand on)
    for k in kicker_slot(lines, region, keys, headline) + told + broken_headline(lines, region, headline) \
            + item_stack(lines, region, keys) + label_pair_keys(lines, keys, over_meta) \
            + label_foot_keys(lines, is_p, keys, over_meta):
        h = shape_hash(k)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    slot = slot_line(lines, is_p)
    if slot is not None and shaped[slot]:
        for h in (_SLOT_HASH, shape_hash(_MASK_SLOT + shaped[slot])):
            shapes[h] = shapes.get(h, 0) | LABEL_BIT
    elif figure_slot(lines, is_p):  # (an hour over the headline: .figured_slot)
        shapes[_SLOT_FIGURE_HASH] = shapes.get(_SLOT_FIGURE_HASH, 0) | LABEL_BIT
    for i in box_heads(lines, is_p, region):  # (a box's heading under a paragraph: .box_head_pages)
        h = shape_hash(box_head_key(lines[i]) or "")
        shapes[h] = shapes.get(h, 0) | WIDGET_BIT
    groups = between_groups(lines, is_p, region)  # (the groups between paragraphs, found once)
    for k in repeated_between(lines, is_p, region, groups):
        h = shape_hash(_MASK_GROUP + k)
        shapes[h] = shapes.get(h, 0) | WIDGET_BIT
    if prose:  # (the first words of the page's first prose line: a section fused into it, .fused_label)
        for w, _rest in fused_openings(lines[prose[0]], MAX_FUSED_NAME_WORDS):
            h = shape_hash(_MASK_FUSED + line_key(w))
            shapes[h] = shapes.get(h, 0) | LABEL_BIT
        opening = opening_label(lines[prose[0]])  # (or a label of its own: .opens_with_label)
        if opening:
            h = shape_hash(_MASK_OPEN_LABEL + line_key(opening))
            shapes[h] = shapes.get(h, 0) | LABEL_BIT
        if opening_credit(lines[prose[0]]):  # (or a dateline «PLACE (NAME):»: .credits_opening)
            shapes[_OPEN_CREDIT_HASH] = shapes.get(_OPEN_CREDIT_HASH, 0) | LABEL_BIT
        if has_dateline(lines[prose[0]]):  # (the story opens the page, or a summary over it: .gives_summaries)
            shapes[_STORY_OPENS_HASH] = shapes.get(_STORY_OPENS_HASH, 0) | LABEL_BIT
        elif len(prose) >= 2 and summary_over_dateline(lines[prose[0]], lines[prose[1]]):
            shapes[_SUMMARY_OVER_DATELINE_HASH] = shapes.get(_SUMMARY_OVER_DATELINE_HASH, 0) | LABEL_BIT
    lead = lead_slot(lines, is_p)
    if lead is not None and shaped[lead]:
        for h in (_LEAD_SLOT_HASH, shape_hash(_MASK_LEAD_SLOT + shaped[lead])):
            shapes[h] = shapes.get(h, 0) | LABEL_BIT
    if any(region[i] == "M" for i in pull_quotes(lines)):  # (between the story's paragraphs, not its header)
        shapes[PULL_QUOTE_KEY] = shapes.get(PULL_QUOTE_KEY, 0) | WIDGET_BIT
    if any(region[i] == "M" for i in bare_pull_quotes(lines)):
        shapes[BARE_PULL_QUOTE_KEY] = shapes.get(BARE_PULL_QUOTE_KEY, 0) | WIDGET_BIT
    if headline is not None:
        for k in headline_slots(lines, region, is_p, keys, shaped, headline, words_of):
            h = shape_hash(k)
            shapes[h] = shapes.get(h, 0) | HEADLINE_SLOT_BIT
    others = {shape_hash(k) for t, key in zip(lines, keys) for k in link_keys(t, key)}
    if prose:  # (a prose line's key is known when it is short enough to be template)
        story = story_hash([keys[i] if len(lines[i]) <= MAX_LINE_CHARS else line_key(lines[i]) for i in prose[:4]])
    else:
        story = shape_hash(title or "\n".join(keys))
    body_prose = [lines[i] for i in prose if region[i] != "H"][:2]
    openings = sorted({shape_hash(k) for k in map(opening_key, body_prose) if k})
    labels = sorted({label_hash(x) for i, t in enumerate(lines) if region[i] == "H" and not is_p[i]
                     for x in header_labels(t)})
    listed = sorted({listed_hash(x) for i, t in enumerate(lines) if region[i] == "H" and not is_p[i]
                     for x in listed_labels(t)} | {listed_hash(x) for x in menu_column(lines, region, is_p)})
    for x in section_slot_values(lines, region, is_p, title):
        h = section_hash(x)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    for k in foot_tag_keys(shown, is_p):  # (the hashtags under the story: .tag_section)
        h = shape_hash(k)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    for k in row_slot_keys(lines, region, is_p):
        h = shape_hash(k)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    menu = {line_key(x) for x in [*(declared or ()), *menu_column(lines, region, is_p)]}
    menu |= {line_key(x) for i, t in enumerate(lines) if region[i] == "H" and not is_p[i] for x in header_labels(t)}
    # (a line frame's varying span, .frame_section: kept apart, with its frame, which the run
    # counts first, TemplateBarrier)
    slots = sorted(value_slot_hashes(shown, is_p, menu))
    for k in box_slot_keys(lines, region, is_p) | foot_field_keys(lines, region, is_p):
        h = shape_hash(k)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    # (the page's address, and the short link to it the page shows: :func:`.sections.shown_urls`)
    for k in {k for u in (url, *shown_urls(lines, url)) for k in path_keys(u)}:
        h = shape_hash(k)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    for k in date_slot_keys(lines, region, shaped) + date_field_keys(lines, region):
        # (:meth:`PageTemplate.varying_day_slot`, :meth:`PageTemplate.later_field`)
        h = shape_hash(k)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    for o in date_orders(lines):  # (counted as a label is: kept on two pages, MIN_ORDER_PAGES)
        h = shape_hash(_MASK_ORDER + o)
        shapes[h] = shapes.get(h, 0) | LABEL_BIT
    for k in [*bar_side_keys(bar), _MASK_BAR_WHOLE + line_key(bar)] if bar else ():
        h = shape_hash(k)
        shapes[h] = shapes.get(h, 0) | _BIT["H"]
    inside = sorted(inside_shapes(lines, is_p, region, shaped, groups))
    wires = sorted({wire_hash(x) for x in wire_names(lines)})
    between = sorted({shape_hash(keys[i]) for g in groups for i in g if keys[i]})
    return PageShapes(shapes, shape_hash(title) if title else None, found, sorted(others), story, openings, labels,
                      inside, listed, slots, wires, genre, between)


#: a credit slot is a short line (a label and a name)
MAX_AGENCY_SLOT_CHARS = 60


def _agency_slots(lines: list[str], shaped: list[str]) -> list[int]:
    """The shapes (:data:`_MASK_AGENCY`) of the page's credit slots whose value names a news agency
    the agency table does not know («منبع خبر: خبرگزاری آسوشیتدپرس»): what the site's slot of that
    shape holds (:meth:`PageTemplate.agency_slot`)."""
    return [shape_hash(_MASK_AGENCY + k) for t, k in zip(lines, shaped)
            if k.endswith(_MASK_VALUE) and len(t) <= MAX_AGENCY_SLOT_CHARS and agency_said_in_slot(t)]


def wire_names(lines: list[str]) -> list[str]:
    """The news agencies the page's credit slots name and say are agencies, which the agency table
    does not know («منبع: خبرگزاری رویترز» -> «رویترز»): the run learns from them which bare names
    are wires (:meth:`PageTemplate.run_wire`), on every site that credits them by their name alone.

    >>> wire_names(["منبع: خبرگزاری رویترز", "منبع: خبرگزاری فارس", "منبع: روزنامه شرق", "خبرگزاری آناتولی"])
    ['رویترز']
    """
    return [x for t in lines if len(t) <= MAX_AGENCY_SLOT_CHARS and (x := agency_said_in_slot(t))]


def wire_hash(name: str) -> int:
    """The hash of a news agency's name as :attr:`TemplateIndex.wires` keeps it (:func:`wire_names`)."""
    return shape_hash("ǂG" + line_key(name))


#: what splits a menu line into its items: the menu separators of :mod:`.sections`, or runs of spaces
_MENU_SPLIT = re.compile(MENU_ITEM_SEP.pattern + r"|\s{2,}")


def header_labels(text: str) -> list[str]:
    """The labels a line above a page's body shows: the line itself when it is a short label (1-3
    words, no digits), the value of a section label («سرویس: ورزشی»), the items of a breadcrumb
    trail, or the items of a menu line (three items or more of 1-3 words, no digits).
    A site's section names stand so above its stories; two sites of a run that show the same
    label make it a word of the run's vocabulary of labels (:attr:`TemplateIndex.vocab`), which
    no author's name or story's surtitle is.

    >>> header_labels("خانه | ورزشی | اقتصادی"), header_labels("علی رضایی گفت که ۲ تیم")
    (['خانه', 'ورزشی', 'اقتصادی'], [])
    >>> header_labels("گروه خبری: اقتصاد"), header_labels("صفحه نخست › استانی"), header_labels("خانه › ورزش")
    (['اقتصاد'], ['صفحه نخست', 'استانی'], ['خانه', 'ورزش'])
    """
    return _remembered_header_labels(text)


#: header lines remembered: a site's menus and labels recur on its pages, and the template pass asks
#: of each header line several times a page (its labels, the names it lists, its menu column)
HEADER_LABELS_CACHE = 4096


@short_line_memo(200, HEADER_LABELS_CACHE, longer=lambda text: [], copy=list)
def _remembered_header_labels(text: str) -> tuple[str, ...]:
    """:func:`header_labels` of a line of up to 200 characters."""
    if RELATIVE.search(fold(text)):
        return ()  # (nor is a relative date «دیروز» a label)
    value = section_from_label(text)  # «سرویس: ورزشی», «گروه خبری: اقتصاد | کد خبر: ۱۲۳»
    if value:
        return (value,)
    if _DIGITS.search(text):
        return ()
    # a trail «خانه › ورزش › فوتبال» (its items but the headline), a short one «خانه › ورزش» too
    parts = crumb_parts(text) if len(text) <= 120 else None
    if parts:
        return tuple(x for x in parts if len(x.split()) <= 3)
    if 1 <= text.count(" ") + 1 <= 3 and text.rstrip(_MARKS)[-1:] not in _LABEL_END and not _COLON.search(text):
        return (text,)
    items = [x.strip() for x in _MENU_SPLIT.split(text)]
    if len(items) >= 3 and all(x and len(x.split()) <= 3 for x in items):
        return tuple(items)
    return ()


#: the value of a section slot above a page's body (:func:`section_slot_values`) counts with this
#: mask before its key: :meth:`PageTemplate.host_section`
_MASK_SECTION = "ǂn"
#: a value a site's section slots hold on this many of its pages is a section of the site
MIN_HOST_SECTION_PAGES = 2
#: a field's label under the story is the site's filing field when the menu lists its value on this
#: share of the site's pages showing it at least (:meth:`PageTemplate.filing_field`)
MIN_FILING_SHARE = 0.5
#: a name a position of a site's paths holds on this share of the pages with a segment there or
#: more is the site's kind of page («/خبر/…»), no section (:meth:`PageTemplate.path_section`)
MAX_PATH_SLOT_SHARE = 0.8


def section_slot_values(lines: list[str], region: list[str], is_p: list[bool], title: str | None) -> set[str]:
    """The values the page's section slots above its body hold, slots that say what they hold: a
    section label's («گروه: ورزش و تناسب اندام», «سرویس: ورزشی | کد خبر: ۱۲۳»), the section of a
    breadcrumb trail («خانه » مطالب » گوناگون») and a badge's in square brackets («[اقتصادی]»:
    :func:`.sections.chip_value`); not a bare short line, which may be an author's name or a
    story's kicker, nor a hashtag alone, which may be a story's tag. A site's sections are a few
    values its slots repeat from page to page (:meth:`PageTemplate.host_section`).

    >>> sorted(section_slot_values(["گروه: سبک زندگی", "خانه » اخبار » ورزش", "سارا محمدی", "[سلامت]"],
    ...                            ["H"] * 4, [False] * 4, None))
    ['سبک زندگی', 'سلامت', 'ورزش']
    >>> section_slot_values(["موزه‌داران / خبرها / ترکیب سایپا اعلام شد", "ترکیب سایپا اعلام شد"], ["H"] * 2,
    ...                     [False] * 2, None)
    {'خبرها'}
    """
    out = set()
    for i, (t, r, p) in enumerate(zip(lines, region, is_p)):
        if r != "H" or p or len(t) > 200 or page_index(lines, i):
            # (nor an issue's list of its pages, «صفحه ۲: سیاسی» / «صفحه ۳: …»: :func:`.sections.page_index`)
            continue
        value, parts = _slot_value_of(t)
        if value is None and parts is None and _TRAIL_SEP.search(t):
            # (a trail from the site's name down to the page's headline, «<site> / خبرها / <headline>»,
            # as the extractor reads it, :func:`.sections.headline_trail`: the headline, or a line just
            # under the trail, which says it again, as the page's <h1> does under its trail)
            head = next(((got, x) for x in [title, *lines[i + 1:i + 1 + MAX_TRAIL_HEADLINE_GAP]]
                         if x and (got := headline_trail(t, x))), None)
            if head is not None:
                value = section_from_crumb(head[0], title=head[1])
        if parts:  # (a trail's section depends on the page's headline: read on each page)
            value = section_from_crumb(list(parts), title=title)
        if value and not _DIGITS.search(value):
            out.add(value)
    return out


#: a trail down to the page's headline stands this many lines over the headline's own line at most
#: (:func:`section_slot_values`: the template's headline is none when a trail says it again)
MAX_TRAIL_HEADLINE_GAP = 3
#: a mark a trail down to the headline may part its items with (:func:`.sections.headline_trail`): a
#: line without one is none, and asks no headline
_TRAIL_SEP = re.compile(r"[»›>≫→←⟩⟨‹«/|｜\\:：\-–—•·]")


#: the values of header lines (:func:`_slot_value_of`) remembered: a site's labels and trails recur
#: on its pages, and every page's header asks (2,000 pages of the bench: ~0.7 % of a run read them)
SLOT_VALUE_CACHE = 4096


@functools.lru_cache(maxsize=SLOT_VALUE_CACHE)
def _slot_value_of(t: str) -> tuple[str | None, tuple[str, ...] | None]:
    """What a header line of up to 200 characters says of :func:`section_slot_values` by itself: the
    value of its label or chip, else None and, for a line of up to 120, its trail's items, if it
    is a trail (whose section the page's headline tells: :func:`.sections.section_from_crumb`).

    >>> _slot_value_of("گروه: سبک زندگی"), _slot_value_of("خانه » اخبار » ورزش"), _slot_value_of("سارا محمدی")
    (('سبک زندگی', None), (None, ('خانه', 'اخبار', 'ورزش')), (None, None))
    """
    value = section_from_label(t) or (chip_value(t) if "[" in t else None)
    if value is None and len(t) <= 120:
        parts = crumb_parts(t)
        return None, tuple(parts) if parts else None
    return value, None


#: the hashtags under a page's story (:func:`foot_tag_keys`) count with these keys: a page showing a
#: line of hashtags there, a page showing one hashtag there, alone on its line, and the name it shows
_MASK_TAGGED, _MASK_ONE_TAG, _MASK_TAG_VALUE = "ǂHt", "ǂHt1", "ǂHt="
#: a line of hashtags: «#» (a space after it too, «# تیم ملی») before a letter
_HASHTAG_LINE = re.compile(r"^#\s?[^\W\d_]")
#: a site files its stories by one hashtag when this share of its pages with hashtags under their
#: story or more show one alone there (a site that tags its stories' topics sets several on many)
MIN_ONE_TAG_SHARE = 0.8
#: ... and it does so on this many of its pages or more (fewer teach no scheme)
MIN_TAGGED_PAGES = 4


def foot_tag_keys(lines: list[str], prose: list[bool]) -> list[str]:
    """The keys a page counts of the hashtags it shows under its story's first paragraph
    (:meth:`PageTemplate.tag_section`): a line of them (:data:`_MASK_TAGGED`), and when that is the
    page's one hashtag, alone on its line (:func:`.sections.chip_value`), the name it shows too.

    >>> foot_tag_keys(["گندم خرید", "کشاورزان گندم خود را به مراکز خرید تحویل دادند.", "#خرید_تضمینی"],
    ...               [False, True, False])
    ['ǂHt', 'ǂHt1', 'ǂHt=خریدتضمینی']
    >>> foot_tag_keys(["کشاورزان گندم خود را به مراکز خرید تحویل دادند.", "#سیلو #گندم"], [True, False])
    ['ǂHt']
    """
    first = next((i for i, p in enumerate(prose) if p), None)
    tags = [t for t in lines[first + 1:] if _HASHTAG_LINE.match(t)] if first is not None else []
    if not tags:
        return []
    value = chip_value(tags[0]) if len(tags) == 1 else None
    return [_MASK_TAGGED] + ([_MASK_ONE_TAG, _MASK_TAG_VALUE + line_key(value)] if value else [])


#: a line frame whose varying span takes a few values over a site's pages (:func:`value_slots`)
#: counts with these masks: alone, with its value, and when its value is an item the page's menu
#: lists or the HTML page declares (:meth:`PageTemplate.frame_section`)
_MASK_VFRAME, _MASK_VVALUE, _MASK_VLISTED = "ǂVf:", "ǂVv:", "ǂVm:"
#: a varying span is of this many words at most (a section's name), in a line of at most these words
MAX_SLOT_VALUE_WORDS, MAX_SLOT_LINE_WORDS = 4, 12
#: ... and its frame fixes this many words or more
MIN_SLOT_FRAME_WORDS = 2
#: a frame stands on this many of the site's pages or more, each value of it on two or more, fewer
#: than all: a slot its pages fill from a few names (a title or a byline's name is on one page)
MIN_SLOT_FRAME_PAGES = 3
#: a family with a frame :meth:`PageTemplate.frame_section` can use counts this key, with the
#: number of such frames (:func:`.step.frame_slot_counts`): a page of none has no frame to ask
SLOT_FRAMES_KEY = shape_hash(_MASK_VFRAME)
_SLOT_STRIP = "«»\"'“”.:؛;،,()[]‹›<>→←-–—|/ " + _MARKS
_LIST_SPLIT = re.compile(r"\s*[،,]\s*")


def value_slots(lines: list[str], prose: list[bool] | None = None) -> list[tuple[str, str, str, int]]:
    """The slots a page's lines around its story may hold a value in: each split of a short line
    above its first prose line (no «label: value», which the label cues read) or under its last
    (:func:`last_prose`), no bar of items («a | b»), into fixed words and a span of
    :data:`MAX_SLOT_VALUE_WORDS` words at most between them, at its end, or, in a sentence, inside
    it («این خبر در بخش ǂ منتشر شد.», «بازگشت به فهرست ǂ», «دسته‌بندی‌ها: ǂ»). Each is (the
    frame's key, the value's key, the value as shown, the frame's fixed words); a list of values
    («بیمه، بیمه بدنه») shows its last, the narrowest. Which frames a site repeats with a few
    values is what its template counts (:meth:`PageTemplate.frame_section`).

    >>> [(v, n) for _f, _k, v, n in value_slots(["این خبر در بخش اخبار استان منتشر شد."], [False])][:3]
    [('خبر در بخش اخبار', 4), ('خبر در بخش', 5), ('خبر در', 6)]
    >>> [v for _f, _k, v, _n in value_slots(["متن خبر", "موضوعات: خسارت، خسارت بدنه"], [True, False])]
    ['خسارت بدنه']
    >>> [v for _f, _k, v, _n in value_slots(["متن خبر", "منبع: روابط عمومی ورزش"], [True, False])]
    ['روابط عمومی ورزش']
    """
    if prose is None:
        prose = [is_prose(t) for t in lines]
    first = next((i for i, p in enumerate(prose) if p), len(lines))
    lp = last_prose(lines, prose)
    out: list[tuple[str, str, str, int]] = []
    for i, t in enumerate(lines):
        if first <= i <= lp or len(t) > MAX_LINE_CHARS or "|" in t:
            continue
        out.extend(_line_slots(t, i < first, i > lp))
    return out + bar_slots(lines[:first])


#: the slots of a line (:func:`_line_slots`) remembered: a site's lines around its stories recur on
#: its pages, and the template pass and extraction read each page's (500 pages of the bench: 11,300
#: reads of 1,800 lines)
LINE_SLOTS_CACHE = 8192


@functools.lru_cache(maxsize=LINE_SLOTS_CACHE)
def _line_slots(t: str, above: bool, below: bool) -> tuple[tuple[str, str, str, int], ...]:
    """The slots of :func:`value_slots` in one short line ``t`` (no bar), standing ``above`` the
    page's first prose line and/or ``below`` its last."""
    if above and ":" in t:
        return ()  # (a label over the story, «روتیتر: …», says what it holds: the label cues read it)
    words = t.split()
    n = len(words)
    if not MIN_SLOT_FRAME_WORDS <= n <= MAX_SLOT_LINE_WORDS:
        return ()
    if n == MIN_SLOT_FRAME_WORDS and ":" not in t and (not desk_word(line_key(words[0])) or line_key(t) in HOME_KEYS):
        return ()  # (two words without a colon frame a value only after a desk word, «صفحه ǂ»; the
        # menu's home item «صفحه نخست» is no desk's page)
    sentence = t.rstrip(_MARKS)[-1:] in _PROSE_END
    if below and not sentence and ":" not in t:
        return ()  # (under the story: a sentence, or a label's list; no line of a box of links)
    # (a labelled line's value is all its label holds, «منبع: ǂ»: no frame that reaches into
    # it, as «منبع: روابط عمومی ǂ» would take a credit's last words for a section)
    label = next((j + 1 for j, w in enumerate(words) if w.endswith(":")), 0)
    # (the keys of a line's words, each cut once: a span's key is theirs end to end, as a
    # key keeps letters and digits only and _SLOT_STRIP strips neither; the fixed words on
    # each side of a split have their digits masked apart, ǂ between them)
    keys = [line_key(w) for w in words]
    heads = [_DIGITS.sub("0", "".join(keys[:a])) for a in range(n + 1)]
    tails = [_DIGITS.sub("0", "".join(keys[n - b:])) for b in range(n + 1)]
    out = []
    for a in (label,) if label else range(1, n):
        for b in range(0, n - a) if sentence and not label else (0,):
            # (a colon or a line of two words lets one fixed word frame the value: «منبع: ǂ», and
            # a print page's name line «صفحه ǂ», whose other word takes a few values over the pages)
            if a + b < MIN_SLOT_FRAME_WORDS - (":" in words[a - 1] or n == MIN_SLOT_FRAME_WORDS) \
                    or not 1 <= n - a - b <= MAX_SLOT_VALUE_WORDS:
                continue
            value = " ".join(words[a:n - b]).strip(_SLOT_STRIP)
            if not value or _DIGITS.search(value):
                continue
            shown = _LIST_SPLIT.split(value)[-1].strip(_SLOT_STRIP)
            if shown:
                out.append((heads[a] + "ǂ" + tails[b], "".join(keys[a:n - b]), shown, a + b))
    return tuple(out)


#: a bar's frame key (:func:`bar_slots`) opens with this mark: its slot's value is the site's own
#: part of a line whose other parts its pages repeat, no word of a sentence around it
BAR_FRAME = "¦"
#: a bar a slot is read in has this many parts at most («زائر آنلاین | بولتن خبری شماره 467 | مراسم مذهبی»)
MAX_BAR_PARTS = 5
#: the bars whose parts :func:`bar_slots` reads: «|», and a document title's «::»
_BAR_SPLIT = re.compile(r"\s*(?:\||::)\s*")
#: a bar's longer part (a headline's) stands masked in its frame as this
_BAR_LONG = "ǂT"


def bar_slots(lines: list[str]) -> list[tuple[str, str, str, int]]:
    """The slots of the bars («a | b | c», «a :: b :: c») among a page's lines above its story: each
    part of a bar of :data:`MAX_BAR_PARTS` parts at most, of :data:`MAX_SLOT_VALUE_WORDS` words at
    most and no digits, with the bar's other parts as its frame: their digits masked (an issue's
    number), a longer part masked whole (the page's headline), and the part's first words fixed
    too when they frame it («گروه ǂ»). A site whose pages repeat the frame with a few values of the
    part (a PDF bulletin's running header «<site> | بولتن خبری شماره ۰ | ǂ», a document title
    «<headline> :: گروه ǂ :: <site>») shows its section there (:meth:`PageTemplate.frame_section`);
    a part every page shows alike is the site's own, a headline is on one page. Each is (the frame's
    key, the value's key, the value as shown, the frame's fixed words); no bar of labels
    («کد خبر: ۱۲ | سرویس: ورزش»: the label cues read it), nor a part without one of words only
    beside it, a site's name («بابک | ۶ روز پیش»: a comment's author and its age), nor an agency's
    name (:func:`title_agency`: «<headline> :: فارس :: <site>» names the story's source).

    >>> [(f, v) for f, _k, v, _n in bar_slots(["زائر آنلاین | بولتن خبری شماره 467 | مراسم مذهبی"])][2]
    ('¦زایرانلاین|بولتنخبریشماره0|ǂ', 'مراسم مذهبی')
    >>> [(f, v) for f, _k, v, _n in bar_slots(["نشست شورای شهر برگزار شد :: گروه مجالس ختم :: گمشده‌یاب"])][:2]
    [('¦ǂT|ǂ|گمشدهیاب', 'گروه مجالس ختم'), ('¦ǂT|گروهǂ|گمشدهیاب', 'مجالس ختم')]
    """
    out = []
    for t in lines:
        if "|" not in t and "::" not in t or len(t) > MAX_LINE_CHARS:
            continue
        parts = [x.strip(_SLOT_STRIP) for x in _BAR_SPLIT.split(t)]
        if not 2 <= len(parts) <= MAX_BAR_PARTS or not all(parts) or any(":" in x for x in parts):
            continue
        long = [len(x.split()) > MAX_SLOT_VALUE_WORDS for x in parts]
        if sum(long) > 1:
            continue
        keys = [_BAR_LONG if g else _DIGITS.sub("0", line_key(x)) for x, g in zip(parts, long)]
        for j, part in enumerate(parts):
            if long[j] or _DIGITS.search(part) or agency_from_credit(part, bare=True):
                continue  # (nor an agency's name, which an aggregator's title names its stories' source by)
            if all(long[k] or _DIGITS.search(x) for k, x in enumerate(parts) if k != j):
                continue  # (no part of words only beside it, a site's name: «بابک | ۶ روز پیش», a comment's)
            words = part.split()
            fixed = sum(len(x.split()) for k, x in enumerate(parts) if k != j and not long[k])
            for a in range(len(words)):
                frame = BAR_FRAME + "|".join(line_key(" ".join(words[:a])) + "ǂ" if k == j else x
                                             for k, x in enumerate(keys))
                value = " ".join(words[a:])
                out.append((frame, line_key(value), value, fixed + a))
    return out


def _own_slot_values(lines: list[str], slots: list[tuple[str, str, str, int]]) -> tuple[set[str], set[str]]:
    """The keys of the values of the page's slots (:func:`value_slots`) that name the site itself,
    and those that name it in sentences' slots only (:meth:`PageTemplate.frame_section`). The first:
    a name two lines of the page frame (its heads differ; a bar's items are framed by each other,
    a menu's, and count not), or its first lines show («کانال ǂ در ایتا» and «همه حقوق برای ǂ محفوظ
    است.» under a page headed by the name). The second: a name another short line shows among other
    words, «X - ۴۵ K عضو» beside «فوروارد شده از X»: a channel's, a source's; a section stands alone in
    a menu's items, and in a bar's part, which other lines may name among their words, «زیارت» under
    «گزارش زیارت»."""
    framed: dict[str, set[str]] = {}
    for frame, value, _shown, _fixed in slots:
        if not frame.startswith(BAR_FRAME):
            framed.setdefault(value, set()).add(frame.split("ǂ")[0])
    own = {v for v, heads in framed.items() if len(heads) > 1} | {line_key(t) for t in lines[:3]}
    bare = [" ".join(t.split()) for t in lines if len(t) <= MAX_LINE_CHARS and "|" not in t]
    spaced = [f" {t} " for t in bare]
    named = {line_key(v) for v in {shown for _f, _v, shown, _n in slots} if _among_words_twice(v, spaced, bare)}
    return own, named


def _among_words_twice(value: str, spaced: list[str], bare: list[str]) -> bool:
    """Whether two of a page's short lines or more (``bare``: their words joined by one space;
    ``spaced``: the same with a space at each end) show ``value`` among other words: the lines
    looked at up to the second that does.

    >>> _among_words_twice("ایتا", [" کانال ایتا ", " ایتا ", " پیام ایتا "], ["کانال ایتا", "ایتا", "پیام ایتا"])
    True
    """
    needle, seen = f" {value} ", False
    for t, b in zip(spaced, bare):
        if needle in t and b != value:
            if seen:
                return True
            seen = True
    return False


def value_slot_keys(lines: list[str], prose: list[bool], listed: set[str]) -> set[tuple[str, str]]:
    """The keys a page counts of its value slots (:func:`value_slots`), each with its frame's key:
    each frame (its key twice), each frame with its value, and each frame whose value (or an item of
    its list) is in ``listed`` (the keys of the names the page's menu lists or the HTML page
    declares: a slot of sections, not of names)."""
    out = set()
    for frame, value, _shown, _n in value_slots(lines, prose):
        f = _MASK_VFRAME + frame
        out |= {(f, f), (f, _MASK_VVALUE + frame + "=" + value)}
        if value in listed or any(line_key(x) in listed for x in _LIST_SPLIT.split(value)):
            out.add((f, _MASK_VLISTED + frame))
    return out


def value_slot_hashes(lines: list[str], prose: list[bool], listed: set[str]) -> set[tuple[int, int]]:
    """:func:`value_slot_keys` as :func:`observe` counts them, each key's hash with its frame's:
    a short line's (:func:`_line_slot_hashes`) hashed once for all the pages that show it (a
    sentence's splits are many, and a site's lines around its stories recur), only whether a
    value is ``listed`` asked of each page; a bar's slots (:func:`bar_slots`) as they come.

    >>> page, prose = ["متن خبر", "این خبر در بخش اخبار استان منتشر شد.", "موضوعات: اقتصاد، بورس"], [True, False, False]
    >>> keys = value_slot_keys(page, prose, {"بورس"})
    >>> value_slot_hashes(page, prose, {"بورس"}) == {(shape_hash(f), shape_hash(k)) for f, k in keys}
    True
    """
    first = next((i for i, p in enumerate(prose) if p), len(lines))
    lp = last_prose(lines, prose)
    out: set[tuple[int, int]] = set()
    for i, t in enumerate(lines):  # (the lines value_slots reads, as it reads them)
        if first <= i <= lp or len(t) > MAX_LINE_CHARS or "|" in t:
            continue
        for hf, hv, hl, keys in _line_slot_hashes(t, i < first, i > lp):
            out.add((hf, hf))
            out.add((hf, hv))
            if not listed.isdisjoint(keys):
                out.add((hf, hl))
    for frame, value, _shown, _n in bar_slots(lines[:first]):
        f = shape_hash(_MASK_VFRAME + frame)
        out.add((f, f))
        out.add((f, shape_hash(_MASK_VVALUE + frame + "=" + value)))
        if value in listed or any(line_key(x) in listed for x in _LIST_SPLIT.split(value)):
            out.add((f, shape_hash(_MASK_VLISTED + frame)))
    return out


@functools.lru_cache(maxsize=LINE_SLOTS_CACHE)
def _line_slot_hashes(t: str, above: bool, below: bool) -> tuple[tuple[int, int, int, tuple[str, ...]], ...]:
    """The slots of one short line (:func:`_line_slots`) as :func:`value_slot_hashes` counts them:
    each its frame's hash, its value's with the frame, the frame's mark of a listed value, and the
    keys that may be listed (the value's, and each item's of a list of values)."""
    out = []
    for frame, value, _shown, _n in _line_slots(t, above, below):
        out.append((shape_hash(_MASK_VFRAME + frame), shape_hash(_MASK_VVALUE + frame + "=" + value),
                    shape_hash(_MASK_VLISTED + frame), (value, *(line_key(x) for x in _LIST_SPLIT.split(value)))))
    return tuple(out)


#: a field of a counted meta row above a page's body counts with this mask and its position, alone
#: (a row with a field there), with an ``m`` (that field names a label the header above shows: an
#: item of the site's menu) and with its key (:func:`row_slot_keys`, :meth:`PageTemplate.row_slot_section`)
_MASK_ROW = "ǂR"
#: a short label right above a meta row whose first field is another name counts under this mask
#: with its key (:func:`row_slot_keys`, :meth:`PageTemplate.labels_row`)
_MASK_ROW_LABEL = "ǂRa:"
#: ... and with its key alone, whatever its position: most names stand in no row, and one ask tells
#: (:meth:`PageTemplate.row_slot_section`, :meth:`PageTemplate.row_sub_section`)
_MASK_ROW_ANY = "ǂR*:"
#: the fields of a meta row a site's template reads, from its first
MAX_ROW_SLOTS = 4
#: a meta row's frame: the kind of mark that parts its first field from its second, a row of the
#: site's template sets them so on every page. Two rows over one story are two frames («نوشته فاطمه
#: نوری · ۱ دقیقه مطالعه» over «صادرات عسل | ۴ خرداد ۱۴۰۲ | ۳۳ نظر»): their positions count apart, or
#: the writer's first field shares the section's position. Bars, dots, a comma, dashes or slashes,
#: runs of spaces (:data:`.sections._ROW_FIELDS`)
_ROW_FRAMES = (re.compile(r"\s*[|｜]\s*"), re.compile(r"\s*[•·]\s*"), re.compile(r"\s*،\s*"),
               re.compile(r"\s+[-–—/]\s+"))
#: what parts the items of a ticker's row (:meth:`PageTemplate.ticker_row`)
_TICKER_BAR = re.compile(r"\s*[|｜•]\s*")
#: a position of a site's meta rows, its frame's (:func:`row_frame`) times :data:`MAX_ROW_SLOTS` plus
#: the field's place in the row: :data:`MAX_ROW_SLOTS` of them a frame, and one frame more for a row
#: parted by runs of spaces
ROW_SLOTS = MAX_ROW_SLOTS * (len(_ROW_FRAMES) + 1)
#: a position of a site's meta rows that holds an item of its menu on this share of the pages with
#: a field there (and on :data:`MIN_HOST_SECTION_PAGES` or more) is its section's position: a site of
#: a few sections its menu lists and a few it does not («صنایع و برق | …» on 8 of 20 pages, «نیروگاه
#: خورشیدی | …», «کنتور هوشمند | …» on the others); an author's name stands at a position no menu
#: item does (:meth:`PageTemplate.row_slot_section`)
ROW_SLOT_MENU_SHARE = 1 / 3
#: a page's header above its meta row shows this many labels or more (:func:`header_labels`, the two
#: lines right above the row aside: the headline's): a menu's items, which a site without a menu, an
#: e-book's chapter under its running head, never shows (:meth:`PageTemplate.row_slot_labelled`)
ROW_MENU_LABELS = 3
#: a dated meta row is at most this long («خرمای مضافتی | کاوه هاشمی | تاریخ انتشار: … | ۴۲,۷۹۹ بازدید»)
MAX_ROW_CHARS = 160


def row_slot_keys(lines: list[str], region: list[str], is_p: list[bool]) -> set[str]:
    """The keys of the fields of the page's meta rows above its body, counted ones
    (:func:`.sections.counted_row`, «قیمت | کاوه نوری | ۶۱۳ بازدید») and dated ones of fields apart
    (:func:`.dates.date_line`, «خرمای مضافتی | کاوه هاشمی | تاریخ انتشار: …»): each field's
    position, its position when the field names a label the header shows above the row
    (:func:`header_labels`, an item of the menu: not the two lines just above, the headline's),
    and its position with its key. A site whose row holds an item of its menu at one position on
    most of its pages holds its section there: a name there that the menu does not list, but the
    row repeats on other pages, is a section of the site too (a sub-section its menu does not
    show); an author's name stands at a position no menu item does.

    >>> sorted(row_slot_keys(["خانه", "باغداری", "صنایع", "تیتر", "باغداری | کاوه نوری | ۶۱۳ بازدید"],
    ...                      ["H"] * 5, [False] * 5))
    ['ǂR*:باغداری', 'ǂR*:کاوهنوری', 'ǂR0', 'ǂR0:باغداری', 'ǂR0m', 'ǂR1', 'ǂR1:کاوهنوری', 'ǂRa:تیتر']

    (a field under a header of :data:`ROW_MENU_LABELS` labels or more, a menu's, counts its position
    with an ``n`` too: a site without a menu never shows one there, :meth:`PageTemplate.row_slot_labelled`;
    a short label right above a row whose first field names another value counts with its key:
    :data:`_MASK_ROW_LABEL`, :meth:`PageTemplate.labels_row`)
    """
    out: set[str] = set()
    for i, (t, r, p) in enumerate(zip(lines, region, is_p)):
        if r != "H" or p or not (counted_row(t) or len(t) <= MAX_ROW_CHARS and "|" in t and date_line(t) is not None):
            continue
        if _listed_row(lines, i):
            continue
        menu = {line_key(x) for k in range(max(0, i - 2)) if region[k] == "H" and not is_p[k]
                for x in header_labels(lines[k])}
        frame = row_frame(t) * MAX_ROW_SLOTS
        for j, f in enumerate(row_fields(t)[:MAX_ROW_SLOTS]):
            key = line_key(f)
            if not key or _DIGITS.search(f):
                continue
            out.update((f"{_MASK_ROW}{frame + j}", f"{_MASK_ROW}{frame + j}:{key}", f"{_MASK_ROW_ANY}{key}"))
            if key in menu:
                out.add(f"{_MASK_ROW}{frame + j}m")
            if len(menu) >= ROW_MENU_LABELS:
                out.add(f"{_MASK_ROW}{frame + j}n")
            above = lines[i - 1] if i and region[i - 1] == "H" and not is_p[i - 1] else ""
            if j == 0 and above and _stacked_label(above, line_key(above)) and line_key(above) != key:
                out.add(f"{_MASK_ROW_LABEL}{line_key(above)}")
    return out


def row_frame(text: str) -> int:
    """The frame of a meta row (:data:`_ROW_FRAMES`): the kind of the first mark that parts its fields,
    ``len(_ROW_FRAMES)`` for runs of spaces.

    >>> row_frame("صادرات عسل | ۴ خرداد ۱۴۰۲ - ۱۲:۳۰ | ۳۳ نظر"), row_frame("نوشته فاطمه نوری · ۱ دقیقه مطالعه")
    (0, 1)
    """
    found = [(m.start(), k) for k, rx in enumerate(_ROW_FRAMES) if (m := rx.search(text))]
    return min(found)[1] if found else len(_ROW_FRAMES)


#: a field of a box of fields (:func:`.fieldbox.box_fields`) counts its label with this mask, alone
#: (a box with the label) and with an ``m`` (its value names a label the header above the box
#: shows: an item of the site's menu): :func:`box_slot_keys`, :meth:`PageTemplate.box_slot_share`
_MASK_BOX = "ǂB"


def box_slot_keys(lines: list[str], region: list[str], is_p: list[bool]) -> set[str]:
    """The keys of the labels of the page's boxes of fields (:func:`.fieldbox.box_fields`): each
    label's key, and with ``m`` when its value names a label the header above the box shows
    (:func:`header_labels`: the site's menu items, the box's own lines aside). A site whose box
    holds an item of its menu under one label on many of its pages holds its section there, under
    that label, whatever its words (a sub-section its menu does not list too).

    >>> sorted(box_slot_keys(["خانه", "قرائت", "حفظ", "تیتر خبر امروز در شهر", "بخش", "حفظ", "کد", "۱۲"],
    ...                      ["H"] * 8, [False] * 8))
    ['ǂBبخش', 'ǂBبخشm', 'ǂBکد']
    """
    fields = box_fields(lines, is_p)
    if not fields:
        return set()
    start = fields[0][0]
    menu = {line_key(x) for k in range(start) if region[k] == "H" and not is_p[k] for x in header_labels(lines[k])}
    out = set()
    for a, b in fields:
        key = label_key(lines[a])
        out.add(f"{_MASK_BOX}{key}")
        if line_key(lines[b]) in menu and not _DIGITS.search(lines[b]):
            out.add(f"{_MASK_BOX}{key}m")
    return out


#: a «<label>: <value>» field under a page's story counts with this mask and its label's key, and with
#: ``m`` too when its value is an item of the page's menu: :func:`foot_field_keys`,
#: :meth:`PageTemplate.filing_field`
_MASK_FOOT_FIELD = "ǂF"
#: a field's value that lists several names (tags «سیل، زلزله», a share bar «ایتا | بله») files nothing
_FILING_LIST = re.compile(r"[،,|｜•·/]")
#: the fields under the story are read this many lines down from its last paragraph
FOOT_FIELD_LINES = 10
#: a field's value that files a story is a name of this many words at most
MAX_FILING_WORDS = 4
#: a field's value lists names when it holds these (tags «سیل، زلزله»): a label that holds a list on
#: a page of its site is no filing field there (:meth:`PageTemplate.filing_field`)
_TAG_LIST = re.compile(r"[،,]")
#: a field under the story is read to this many characters (a line's length, its value any)
MAX_FOOT_FIELD_CHARS = 200


def foot_field_keys(lines: list[str], region: list[str], is_p: list[bool]) -> set[str]:
    """The keys of the «<label>: <value>» fields under the page's story (:func:`last_prose`, the
    :data:`FOOT_FIELD_LINES` lines under it): each label's key, and with ``m`` when its value, a name
    of :data:`MAX_FILING_WORDS` words at most, is an item of the menu the page shows above
    (:func:`header_labels`). A site whose field holds an item of its menu under one label on most of
    its pages that show it files its stories there, under that label, whatever its words.

    Each label counts too with ``a``, whatever its value (a headline, a number), and with ``l`` when its
    value lists names («تگ‌ها: سیل، زلزله»): on how many of the site's pages it stands, and whether it
    holds a list there (:meth:`PageTemplate.filing_field`).

    >>> keys = foot_field_keys(["خانه | پیوند اعضا | مرگ مغزی", "متن کامل خبر در این بند آمده است و ادامه دارد.",
    ...                         "بایگانی: مرگ مغزی", "نویسنده: سارا محمدی", "تگ‌ها: سیل، زلزله"],
    ...                        ["H", "M", "T", "T", "T"], [False, True, False, False, False])
    >>> sorted(keys)
    ['ǂFبایگانی', 'ǂFبایگانیa', 'ǂFبایگانیm', 'ǂFتگهاa', 'ǂFتگهاl', 'ǂFنویسنده', 'ǂFنویسندهa']
    """
    lp = last_prose(lines, is_p)
    if lp < 0:
        return set()
    menu = None
    out = set()
    for t in lines[lp + 1:lp + 1 + FOOT_FIELD_LINES]:
        label, colon, value = t.partition(":")
        label, value = label.strip(), value.strip()
        if not colon or not label or not value or len(label.split()) > 3 or len(t) > MAX_FOOT_FIELD_CHARS:
            continue
        key = line_key(label)
        if not key:
            continue
        # (the label whatever its value, a headline, a date: on how many pages it stands; and whether
        # it holds a list of names there)
        out.add(f"{_MASK_FOOT_FIELD}{key}a")
        if _TAG_LIST.search(value):
            out.add(f"{_MASK_FOOT_FIELD}{key}l")
        if len(value.split()) > MAX_FILING_WORDS or _DIGITS.search(t) or _FILING_LIST.search(value):
            continue
        out.add(f"{_MASK_FOOT_FIELD}{key}")
        if menu is None:
            menu = {line_key(x) for k in range(lp) if region[k] == "H" and not is_p[k] for x in header_labels(lines[k])}
        if line_key(value) in menu:
            out.add(f"{_MASK_FOOT_FIELD}{key}m")
    return out


def _row_shape(text: str) -> tuple[int, int, str] | None:
    """A counted row's shape (:func:`.sections.counted_row`): its number of fields, its counter's
    position among them and the counter's last word («۴۵ K عضو»: «عضو»); None for another line."""
    if not counted_row(text):
        return None
    fields = row_fields(text)
    for j, f in enumerate(fields):
        if _DIGITS.search(f):
            words = [w for w in f.split() if not _DIGITS.search(w)]
            return len(fields), j, words[-1] if words else ""
    return None


def _listed_row(lines: list[str], i: int) -> bool:
    """Whether the counted row ``lines[i]`` stands beside a row of its shape (:func:`_row_shape`): an
    item of a list (the channels a page recommends, «اخبار فوری ایران - ۴۵ K عضو» over «خبرفوری ایران
    - ۹ K عضو»), no story's meta row, which stands once, or beside a row of another shape («نویسنده: … |
    ۲ دقیقه مطالعه» over «کد خبر: … | منبع: …»).

    >>> _listed_row(["اخبار فوری ایران - ۴۵ K عضو", "خبرفوری ایران - ۹ K عضو"], 0)
    True
    >>> _listed_row(["نویسنده: رضا حسینی | ۲ دقیقه مطالعه", "کد خبر: ۶۸۲۷۷۰۱ | منبع: خبرگزاری فارس"], 0)
    False
    """
    shape = _row_shape(lines[i])
    return shape is not None and any(0 <= k < len(lines) and _row_shape(lines[k]) == shape for k in (i - 1, i + 1))


#: a segment of a page's address counts with this mask and its position, alone (a page with a
#: segment there) and with the name it spells (:func:`path_keys`): :meth:`PageTemplate.path_section`
_MASK_PATH = "ǂp"


def path_keys(url: str | None) -> list[str]:
    """The keys a page's address gives its site's template: each segment's position (but the last's,
    the story's own), and its position with the Persian name it spells (:func:`.sections.path_names`),
    counted as labels (:data:`LABEL_BIT`): which names a position of the site's paths holds on how
    many of its pages.

    >>> path_keys("https://x.ir/news/ورزش/12/slug")
    ['ǂp0', 'ǂp1', 'ǂp1:ورزش', 'ǂp2']
    """
    out = []
    for j, name in path_names(url):
        out.append(f"{_MASK_PATH}{j}")
        if name:
            out.append(f"{_MASK_PATH}{j}:{line_key(name)}")
    return out


def section_hash(text: str) -> int:
    """The hash of a section slot's value (of its key), as the template counts it."""
    return shape_hash(_MASK_SECTION + line_key(text))


def label_hash(text: str) -> int:
    """The hash of a label, as :attr:`TemplateIndex.vocab` keeps it (of its key)."""
    return shape_hash("ǂv" + line_key(text))


def listed_labels(text: str) -> list[str]:
    """The section names a line above a page's body lists as such (:func:`header_labels`): the items
    of its menu line or trail, or the value of its section label; not a short label line on its own
    (a kicker over a headline stands so as a section does).

    >>> listed_labels("خانه | ورزشی | اقتصادی"), listed_labels("گروه خبری: اقتصاد"), listed_labels("ویژه")
    (['خانه', 'ورزشی', 'اقتصادی'], ['اقتصاد'], [])
    """
    got = header_labels(text)
    return [] if got == [text] else got


def badge_label(text: str) -> bool:
    """Whether a short label opens with a glyph (a symbol, no letter nor punctuation: «●», «🔴», «■»):
    a badge of the page's state («● زنده», «🔴 LIVE») set over the headline, no section's name nor
    an item of a menu.

    >>> badge_label("● زنده"), badge_label("🔴 LIVE"), badge_label("ورزش"), badge_label("«ورزش»")
    (True, True, False, False)
    """
    t = text.strip()
    return bool(t) and unicodedata.category(t[0]) == "So"


def menu_column(lines: list[str], region: list[str], is_p: list[bool]) -> list[str]:
    """The items of the menus a page sets one a line above its body: runs of :data:`MENU_COLUMN`
    short labels or more, each a line (:func:`header_labels`), but the last of each: the line
    right above the headline or what follows the menu, where a kicker stands as a section does.
    A badge (:func:`badge_label`, «● زنده») ends a run: what follows it is over the headline (a
    kicker, a short headline), no menu's.

    >>> menu_column(["خانه", "ورزش", "اقتصاد", "ویژه", "تیم ملی به فینال جام رسید", "P"], list("HHHHHM"),
    ...             [False] * 5 + [True])
    ['خانه', 'ورزش', 'اقتصاد']
    >>> menu_column(["خانه", "ورزش", "اقتصاد", "ویدیو", "● زنده", "لحظه به لحظه", "لغو قانون تازه", "P"],
    ...             list("HHHHHHHM"), [False] * 7 + [True])
    ['خانه', 'ورزش', 'اقتصاد']
    """
    got: list[str] = []
    run: list[str] = []
    for i, t in enumerate(lines + [""]):
        if i < len(lines) and region[i] == "H" and not is_p[i] and header_labels(t) == [t] and not badge_label(t):
            run.append(t)
            continue
        if len(run) > MENU_COLUMN:
            got += run[:-1]
        run = []
    return got


def listed_hash(text: str) -> int:
    """The hash of a name a menu, trail or section label lists (:func:`listed_labels`), as
    :attr:`TemplateIndex.listed` keeps it (:meth:`PageTemplate.run_listed`)."""
    return shape_hash("ǂL" + line_key(text))


#: a line's opening is its first this many words: a teaser cut short («…») keeps at least these,
#: and a story's first ten words, digits masked, are its own (a formula the site opens many
#: stories with, «به گزارش خبرنگار ورزشی خبرگزاری …», is found under many stories and forgotten:
#: :func:`palayesh.extract.step.opening_stories`)
OPENING_WORDS = 10
#: ... and an opening the run finds under more stories than this is a formula, no story's
MAX_OPENING_STORIES = 2
_CUT = ("…", "...", "..")


def opening_key(text: str) -> str | None:
    """The key of a line's first :data:`OPENING_WORDS` words, digits masked (a teaser cut with
    «…» loses its last word, which may be cut too); None for a shorter line.

    >>> a = "وزیر ورزش و جوانان امروز در جمع خبرنگاران از برنامه‌های تازه وزارتخانه برای ۱۴۰۳ خبر داد."
    >>> opening_key(a) == opening_key("وزیر ورزش و جوانان امروز در جمع خبرنگاران از برنامه‌های تاز…")
    True
    >>> opening_key("وزیر ورزش و جوانان امروز گفت.") is None
    True
    """
    t = text.rstrip(_MARKS)
    # (the first words, the rest in one piece: a cut teaser's last two words count on a short line only)
    words = t.split(None, OPENING_WORDS + 2)
    if t.endswith(_CUT) and len(words) <= OPENING_WORDS + 2:
        words = words[:-1] if words[-1].rstrip(".…") else words[:-2]
    if len(words) < OPENING_WORDS:
        return None
    k = _DIGITS.sub("0", line_key(" ".join(words[:OPENING_WORDS])))
    return k if len(k) >= 30 else None


#: a line that opens as another story of the run does is that story's teaser when at most this
#: share of its content words (by rarity) stand in the page's story (:meth:`PageTemplate._about_another`)
OTHER_SHARE = 0.5

#: at most this many lines stand between two items of a related list (a teaser, a date, a source)
MAX_BETWEEN = 3
#: ... and none of them is longer than this many words (a teaser is a sentence or two; a story's
#: paragraph between two inline links is longer, and one is never cut so)
MAX_TEASER_WORDS = 60


#: a line of this many words (no sentence) may be another story's headline, or a link to it
LINK_WORDS = (3, 20)
#: a widget's list between a story's paragraphs has this many items, fewest and most
#: (:meth:`PageTemplate._widget_lists`)
WIDGET_LIST_ITEMS = (2, 12)
#: a list item's number before its text («۱. », «2) », «۳- »)
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.\-)]\s+")


def link_keys(text: str, key: str | None = None) -> list[str]:
    """The keys under which a short line that is no sentence may stand on other pages of the run:
    its own (``key``, if known), and what follows a label of 1-4 words and a colon («همچنان
    بخوانید: X», «تصویر: X»: the same X stands alone elsewhere); none for a sentence or a line
    outside :data:`LINK_WORDS`.

    >>> link_keys("تصویر: حضور مسئولان در محل آیین") == [line_key("تصویر: حضور مسئولان در محل آیین"),
    ...                                                  line_key("حضور مسئولان در محل آیین")]
    True
    >>> link_keys("وی افزود: این طرح در سال آینده اجرا می‌شود و ادامه دارد.")
    []
    """
    n = text.count(" ") + 1
    if not LINK_WORDS[0] <= n <= LINK_WORDS[1] or len(text) > MAX_BODY_CHROME_CHARS \
            or text.rstrip(_MARKS + "»\"')")[-1:] in ".…":  # (a sentence, a quote; a headline may end «؟!»)
        return []
    out = [line_key(text) if key is None else key]
    m = _COLON.search(text, 0, 40)
    if m and m.start() > 0 and len(text[: m.start()].split()) <= 4:
        rest = text[m.end():].strip()
        if rest.count(" ") + 1 >= LINK_WORDS[0]:
            out.append(line_key(rest))
    m = _LIST_NUMBER.match(text)  # «۲. X»: an item of a numbered list (a «most read» box) stands unnumbered elsewhere
    if m and text.count(" ", m.end()) + 1 >= LINK_WORDS[0]:
        out.append(line_key(text[m.end():]))
    return [k for k in out if len(k) >= 12]


# -------------------------------------------------------------------------------------- the model
_GOLDEN = 0x9E3779B97F4A7C15
_MASK64 = (1 << 64) - 1


def family_hash(family: str) -> int:
    return xxhash.xxh64_intdigest(family.encode("utf-8", "surrogatepass"))


def combined(fam: int, shape: int) -> int:
    """One 64-bit key for a (family, shape) pair."""
    return (fam ^ (shape * _GOLDEN)) & _MASK64


#: line shapes remembered: a site's lines recur on its pages, and the read stage (:func:`observe`)
#: and extraction (:meth:`PageTemplate.role`) shape the same lines; only lines up to
#: :data:`MAX_LINE_CHARS` (template lines: bounded memory)
SHAPE_CACHE = 8192


def _shape_of(text: str, key: str) -> str:
    """:func:`shape_key` of a line whose :func:`line_key` is known (the common case costs no new key)."""
    return _remembered_shape(text, key)


def _shape_of_line(text: str, key: str) -> str:
    if "/" in text or "@" in text or "www" in text or _COLON.search(text, 0, 40) or _COMMA.search(text, 0, 25):
        return shape_key(text)
    return _DIGITS.sub("0", key)


_remembered_shape = short_line_memo(MAX_LINE_CHARS, SHAPE_CACHE)(_shape_of_line)


#: a short line whose shape stands this many times between a page's paragraphs marks the story's
#: parts (a live report's minutes «دقیقه ۴۳»): :func:`_markers_between`
MIN_MARKERS = 2


def _markers_between(lines: list[str], keys: list[str], region: list[str], out: list, is_p: list[bool]) -> None:
    """A line the template takes for the tail's heading (``TAIL``: late on most of the site's
    pages), whose shape stands :data:`MIN_MARKERS` times or more between this page's own paragraphs
    (a prose line right under each), is a marker of the story's parts («دقیقه ۸۳», «⏱ ۶۴» before each
    update of a live report): chrome inside the story (``MID``), which ends nothing (in place). A
    tail's heading stands once on a page, under the story."""
    late = [i for i, r in enumerate(out) if r == TAIL and not is_p[i]]
    if not late:
        return
    mid = Counter(_shape_of(lines[i], keys[i]) for i in range(len(lines) - 1)
                  if region[i] == "M" and not is_p[i] and is_p[i + 1])
    for i in late:
        if mid[_shape_of(lines[i], keys[i])] >= MIN_MARKERS:
            out[i] = MID


class SortedSet:
    """A sorted uint64 array answering ``in`` (and :meth:`index`) by binary search: compact for
    millions of keys, and memory-mapped files are shared by every worker of a machine. Up to
    :data:`SET_KEYS` keys are held in a Python set too, which answers ``in`` without numpy."""

    #: the most keys held in a set (some 80 bytes each: 8 MB per worker and set at most)
    SET_KEYS = 100_000

    def __init__(self, keys) -> None:
        import numpy as np

        self.keys = keys = np.zeros(0, dtype=np.uint64) if keys is None else keys  # (None: no key)
        self._u64 = np.uint64
        self._set = frozenset(keys.tolist()) if len(keys) <= self.SET_KEYS else None

    def index(self, key: int) -> int:
        keys = self.keys
        i = int(keys.searchsorted(self._u64(key)))
        return i if i < len(keys) and int(keys[i]) == key else -1

    def __contains__(self, key: int) -> bool:
        if self._set is not None:
            return key in self._set
        return self.index(key) >= 0

    def __len__(self) -> int:
        return len(self.keys)


#: templates a worker keeps (:meth:`TemplateIndex.for_page`), and the roles of lines it remembers
#: (:meth:`PageTemplate.role`, all templates together: some 300 bytes a line) and the shares of
#: shapes (:meth:`PageTemplate._shares`: some 250 bytes a shape)
MAX_TEMPLATES, MAX_ROLES, MAX_SHARES = 4096, 32768, 65536
#: the value slot frames a template remembers (:meth:`PageTemplate._framing`: a site's frames; some
#: 200 bytes each)
MAX_FRAMES = 4096


#: the answers of a line's asks of its site's template that a worker remembers
#: (:func:`_asked_of_template`, all templates and asks together: some 150 bytes each)
MAX_TEMPLATE_ASKS = 32768


def _asked_of_template(ask: Callable[[PageTemplate, str], Any]) -> Callable[[PageTemplate, str], Any]:
    """``ask(template, text)``, a question of one line to a page's template whose answer depends on
    the line and the template alone (the run's counts for the page's families), remembered: a site's
    lines recur on its pages, which share one template (:meth:`TemplateIndex.for_page`), and
    extraction asks of each line of each page. Kept in the index (:attr:`TemplateIndex._asked`), keyed
    by the template's number; a template made by hand (number 0) remembers nothing."""
    name = ask.__name__

    def asked(self: PageTemplate, text: str) -> Any:
        if not self._number:
            return ask(self, text)
        memo = self.index._asked
        key = (self._number, name, text)
        try:
            return memo[key]
        except KeyError:
            pass
        got = memo[key] = ask(self, text)
        if len(memo) > MAX_TEMPLATE_ASKS:
            memo.clear()
        return got

    return functools.wraps(ask)(asked)


class TemplateIndex:
    """The run's templates, as the barrier left them: recurring (family, shape) pairs with their
    page counts per region, pages per family, and the run's headlines."""

    #: up to this many recurring (family, shape) keys are held in a dict (fast lookups); a larger
    #: run's stay in the memory-mapped sorted arrays
    DICT_KEYS = 500_000

    def __init__(self, keys, counts, fams, fam_pages, titles, lines=None, openings=None, opening_stories=None, *,
                 min_pages: int = 5, min_share: float = 0.3, headline: Callable[[str], bool] | None = None,
                 vocab=None, inside=None, listed=None, slugs=None, wires=None, genres=None, stock_titles=None):
        self.keys, self.counts = SortedSet(keys), counts
        #: the (family, line) keys (:func:`combined`) of the lines a family shows in the headline's place
        #: (:func:`title_candidate`) over two stories, and there or between paragraphs over
        #: :data:`MIN_STOCK_TITLE_STORIES` stories or more (:func:`.step.stock_titles`): no story's headline
        if stock_titles is None:
            import numpy as np

            stock_titles = np.zeros(0, dtype=np.uint64)
        self.stock_titles = SortedSet(stock_titles)
        #: the labels a site of the run shows right above its headlines over stories of two of its
        #: sections or more (:attr:`PageShapes.genre`, :func:`.step.genre_labels`): genres
        if genres is None:
            import numpy as np

            genres = np.zeros(0, dtype=np.uint64)
        self.genres = SortedSet(genres)
        self._dict = None
        if len(keys) <= self.DICT_KEYS:
            # (each row's tuple made by zip over the columns, in C: no list per row first)
            self._dict = dict(zip(keys.tolist(), zip(*counts.T.tolist())))
        self.fams, self.fam_pages = SortedSet(fams), fam_pages
        self.titles = SortedSet(titles)
        #: short lines (:func:`link_keys`) found on the pages of two stories of the run or more
        if lines is None:
            import numpy as np

            lines = np.zeros(0, dtype=np.uint64)
        self.lines = SortedSet(lines)
        #: the openings of the run's stories (:func:`opening_key` of a page's lead or first
        #: paragraph), sorted, and the story of each (an opening may stand under two stories)
        if openings is None or opening_stories is None:
            import numpy as np

            openings = opening_stories = np.zeros(0, dtype=np.uint64)
        self.openings, self.opening_stories = SortedSet(openings), opening_stories
        # (and, for a run of up to SortedSet.SET_KEYS openings, each opening's stories in a dict:
        # with the set, some 300 bytes an opening: 30 MB per worker at most)
        self._opening_dict: dict[int, list[int]] | None = None
        if len(openings) <= SortedSet.SET_KEYS:
            self._opening_dict = {}
            for o, story in zip(openings.tolist(), opening_stories.tolist()):
                self._opening_dict.setdefault(o, []).append(story)
        #: the labels (:func:`label_hash`) that two sites of the run or more show above their
        #: stories (:func:`header_labels`): the run's names of sections, whatever a site calls them
        self.vocab = SortedSet(vocab)
        #: the names (:func:`listed_hash`) that a menu, trail or section label of any page of the run
        #: lists (:func:`listed_labels`): names the run knows as sections' (:meth:`PageTemplate.run_listed`)
        self.listed = SortedSet(listed)
        #: the (slug, name) pairs (:func:`.slugnames.slug_name_hash`) that a link or a JSON-LD trail of
        #: any HTML page of the run shows (:func:`.slugnames.named_slugs`): the names of sections' slugs
        self.slugs = SortedSet(slugs)
        #: the names (:func:`wire_hash`) any page of the run calls news agencies in a credit slot
        #: (:func:`wire_names`), which the agency table does not know: the run's wires
        self.wires = SortedSet(wires)
        #: the (family, shape) keys (:func:`combined`) of the short lines between paragraphs
        #: (:func:`inside_shapes`) that a family shows under :data:`MIN_INSIDE_STORIES` stories or more
        self.inside = SortedSet(inside)
        self.min_pages, self.min_share = min_pages, min_share
        #: what tells a headline, as the read stage recorded the run's (:func:`title_candidate`)
        self.headline = headline
        # the template of each set of families asked for (:meth:`for_page`): a site's pages share
        # one, and with it what it remembered of their lines
        self._templates: dict[tuple, PageTemplate] = {}
        self._roles: dict[tuple, str | None] = {}  # ((template's number, line...) -> role: PageTemplate.role)
        self._shares: dict[tuple, tuple | None] = {}  # ((template's number, shape...) -> PageTemplate._shares)
        self._asked: dict[tuple, Any] = {}  # ((template's number, ask, line) -> answer: _asked_of_template)
        self._made = 0  # templates made (each one's number)
        #: the families of pages enough to count a label (:meth:`label_families`), made on the first ask
        self._counted_fams: list[int] | None = None
        self._label_fams: dict[int, frozenset[int]] = {}  # (a label's shape hash -> its families)

    def stories_opening(self, h: int) -> list[int]:
        """The stories of the run that open with opening hash ``h`` (:func:`opening_key`)."""
        if self._opening_dict is not None:
            return list(self._opening_dict.get(h, ()))
        keys = self.openings.keys
        i = self.openings.index(h)
        if i < 0:
            return []
        j = int(keys.searchsorted(self.openings._u64(h), side="right"))
        return [int(s) for s in self.opening_stories[i:j]]

    def label_families(self, text: str) -> frozenset[int]:
        """The families of the run that show ``text`` as a short label above their pages' bodies on
        :data:`MIN_LABEL_ELSEWHERE_PAGES` of their pages or more (:data:`LABEL_BIT`, as
        :meth:`PageTemplate.known_label` asks of a page's own families), whatever site they are: a
        name the run's other sites set over their stories («ترانزیت» over a calibre news download's
        headlines). Asked of every family of the run with the pages to count one; remembered."""
        h = shape_hash(_DIGITS.sub("0", line_key(text)))
        got = self._label_fams.get(h)
        if got is not None:
            return got
        if self._counted_fams is None:
            import numpy as np

            pages = np.asarray(self.fam_pages)
            self._counted_fams = [int(f) for f in self.fams.keys[pages >= MIN_LABEL_ELSEWHERE_PAGES]]
        got = frozenset(f for f in self._counted_fams
                        if (c := self.counts_of(f, h)) is not None and c[4] >= MIN_LABEL_ELSEWHERE_PAGES)
        if len(self._label_fams) >= MAX_TEMPLATE_ASKS:
            self._label_fams.clear()
        self._label_fams[h] = got
        return got

    def for_page(self, families: list[str], *, min_family_pages: int = 8) -> PageTemplate:
        """The template of a page of ``families`` (:func:`families`); a page without a host looks
        its line families up among the run's HTML pages too (:func:`html_families`). The pages of
        one set of families get one template (it learns nothing from a page: what it works out of a
        line, :meth:`PageTemplate.role`, holds for the line on every page of those families)."""
        asked = (tuple(families), min_family_pages)
        got = self._templates.get(asked)
        if got is not None:
            return got
        fams = []
        own = 0
        borrowed = html_families(families)
        for at, name in enumerate(families + borrowed):
            got_fam = self._family(name, min_family_pages)
            if got_fam is not None and got_fam not in fams:
                fams.append(got_fam)
                own += at < len(families)
        # (the page's families of fewer pages, which teach no shapes, but whose stories tell the
        # lines the site sets into them: PageTemplate._inside)
        small = [f for name in families + borrowed
                 if (f := self._family(name, MIN_INSIDE_STORIES)) is not None and f[1] < min_family_pages]
        got = PageTemplate(self, fams[:own], borrowed=fams[own:], small=small)
        self._made += 1
        got._number = self._made
        if len(self._templates) >= MAX_TEMPLATES:
            self._templates.clear()
        self._templates[asked] = got
        return got

    def _family(self, name: str, min_family_pages: int) -> tuple[int, int, str] | None:
        """(hash, pages, the line that names it) of family ``name`` when the run has
        ``min_family_pages`` pages of it, else None."""
        f = family_hash(name)
        i = self.fams.index(f)
        if i >= 0 and int(self.fam_pages[i]) >= min_family_pages:
            return f, int(self.fam_pages[i]), name.partition(":")[2]
        return None

    def counts_of(self, fam: int, shape: int):
        d = self._dict
        if d is not None:
            # (combined(fam, shape) written out: half a million asks a run of 2,000 pages)
            return d.get((fam ^ (shape * _GOLDEN)) & _MASK64)
        i = self.keys.index(combined(fam, shape))
        return None if i < 0 else self.counts[i]


#: a family shows a label on this many of its pages or more to vouch for it as another site's label
#: (:meth:`TemplateIndex.label_families`): a site's labels recur, a story's own line stands once
MIN_LABEL_ELSEWHERE_PAGES = 2
#: a name the run's vocabulary of labels tells as a section's has at most this many words
#: (:meth:`PageTemplate.knows_section`; longer ones only by the site's own section slots)
MAX_VOCAB_SECTION_WORDS = 3


class PageTemplate:
    """The template knowledge for one page: the stats of its families and the run's titles.

    :meth:`role` gives a line's role (or None when the template knows nothing of it).
    """

    def __init__(self, index: TemplateIndex, fams: list[tuple[int, int, str]], *,
                 borrowed: list[tuple[int, int, str]] | None = None,
                 small: list[tuple[int, int, str]] | None = None):
        self.index, self.fams = index, fams
        #: the same lines' families among the run's HTML pages (:func:`html_families`): what a line's
        #: shape is asked when the page's own families know nothing of it (:meth:`_shares`)
        self._borrowed = borrowed or []
        #: the page's families (its own or borrowed) of too few pages for their shapes to count, of
        #: :data:`MIN_INSIDE_STORIES` pages or more: asked only what the site sets into its stories
        #: (:meth:`_inside`), which the run counts by story, not by page
        self._small = small or []
        # the page's largest family, and the names of its families named by a line (:meth:`_shares`)
        self._largest = max((p for _f, p, _named in fams), default=0)
        self._names = {named for _f, _p, named in fams + self._borrowed if named}
        #: whether the run knows this page's site (a family with enough pages); an attribute, not a
        #: property: extraction asks it of every line, some 2 million times on 2,000 pages
        self.learned = bool(fams or self._borrowed)
        self._number = 0  # (the index's count of templates when it made this one: :meth:`role`'s key)
        self._framed: list[tuple[int, int]] | None = None  # (:meth:`_slot_families`)
        self._frames: dict[str, tuple[list[tuple[int, int]], int]] = {}  # (:meth:`_framing`)

    def _fams_of(self, key: str, fams: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str]]:
        """The page's families (or ``fams``) but one that a line (its ``key``) names: a family named
        by a page's first or last line says nothing of that line itself, it is on all of the
        family's pages by definition."""
        fams = self.fams if fams is None else fams
        if key[:40] not in self._names:
            return fams
        return [f for f in fams if f[2] != key[:40]]

    def _shares(self, h: int, key: str = "", *, within: bool = False):
        """(share of pages, share H, share M, share T) of shape ``h`` in the family of the page
        that sees it most, and its share H in the page's largest family (a site name is above
        every page of its site; a section label is above every page of a family made of one
        section's pages, but not above the site's). A family named by a page's first or last line
        says nothing of that line itself: it is on all of the family's pages by definition.

        ``within``: a short line inside or after the body recurs already when it stands there on
        :data:`MIN_BODY_PAGES` pages of its site (and a tenth of them): no story of a site is on
        that many of its pages, a related list or a widget is.

        A shape the page's own families do not know is asked of its borrowed ones (the site's HTML
        pages, :func:`html_families`): they fill what the flat-text pages do not teach, and never
        change what they do."""
        # (remembered by the template: a site's lines, and so their shapes, recur on its pages; the
        # answer depends on the line's key only through the families it names)
        named = key[:40]
        asked = (self._number, h, named if named in self._names else "", within)
        memo = self.index._shares
        try:
            return memo[asked]
        except KeyError:
            pass
        got = self._shares_in(self._fams_of(key), h, within)
        if got is None and self._borrowed:
            got = self._shares_in(self._fams_of(key, self._borrowed), h, within)
        if self._number:  # (a template made by hand, not by for_page: none of it remembered)
            if len(memo) >= MAX_SHARES:
                memo.clear()
            memo[asked] = got
        return got

    def _shares_in(self, fams: list[tuple[int, int, str]], h: int, within: bool):
        best = None
        idx = self.index
        site_h = 0.0
        largest = self._largest if fams is self.fams else max((p for _f, p, _named in fams), default=0)
        for fam, pages, _named in fams:
            c = idx.counts_of(fam, h)
            if c is None:
                continue
            if c[0] >= max(idx.min_pages, idx.min_share * pages) or (
                    within and max(c[2], c[3]) >= max(MIN_BODY_PAGES, BODY_SHARE * pages)):
                shares = (c[0] / pages, c[1] / pages, c[2] / pages, c[3] / pages)
                if best is None or shares[0] > best[0]:
                    best = shares
                if pages == largest:
                    site_h = max(site_h, shares[1])
        return None if best is None else best + (site_h,)

    @_asked_of_template
    def headword_share(self, text: str) -> float:
        """The share of its site's pages that show a line of this line's headword shape
        (:func:`headword_key`: its first word, then words that vary) anywhere: a box's heading
        «بیشتر در X» stands on most pages of its site, X naming each page's section; 0.0 for a line
        of no such shape, or one the run does not know."""
        # (a longer line than a headword shape's asks for the shape that its site's shorter lines of
        # the same first word taught: «بیشتر در فرهنگ و هنر» as «بیشتر در ورزش»)
        k = _head_key(text, (HEADWORD_WORDS[0], HEADWORD_WORDS[1] + 2), 1, _MASK_HEADWORD) if self.learned else None
        c = self._shares(shape_hash(k), line_key(text), within=True) if k else None
        return max(0.0 if c is None else c[0], self._fixed_head_share(text) if k else 0.0)

    def _fixed_head_share(self, text: str) -> float:
        """The share of its site's pages that show this line's first two or three words before a
        varying rest (:func:`fixed_head_keys`, counted on lines of three to six words), which the
        pages showing its first word so show at least: a site whose box headings all run longer
        than a headword shape's words («مطالب بیشتر در خسارت بدنه», «مطالب بیشتر در بیمه شخص
        ثالث») counts none of them by their first word alone."""
        best = 0.0
        for _j, k in fixed_head_keys(text):
            c = self._shares(shape_hash(k), line_key(text), within=True)
            if c is not None:
                best = max(best, c[0])
        return best

    @_asked_of_template
    def fixed_head_words(self, text: str) -> int:
        """How many of a box heading's first words the site repeats before a varying rest: 3 or 2
        when the site's pages show the line's first three or two words before other words
        (:func:`fixed_head_keys`) on :data:`FIXED_HEAD_SHARE` of the pages that show its first word
        so (:meth:`headword_share`), else 1. «بیشتر در ناشران استانی» on a site whose boxes read
        «بیشتر در کتابخانه‌ها», «بیشتر در نشر»: 2, the rest is the section the box names."""
        first = self.headword_share(text)
        if not first:
            return 1
        for j, k in reversed(fixed_head_keys(text)):
            c = self._shares(shape_hash(k), line_key(text), within=True)
            if c is not None and c[0] >= FIXED_HEAD_SHARE * first:
                return j
        return 1

    @_asked_of_template
    def page_share(self, text: str) -> float:
        """The share of its site's pages that show this line (its shape) anywhere: 1.0 for a line
        on every page (the site's name, its brand under each story), low for what varies from
        page to page (a credit's value, a section)."""
        key = line_key(text)
        c = self._shares(shape_hash(_shape_of(text, key)), key, within=True) if self.learned else None
        return 0.0 if c is None else c[0]

    def shape_pages(self, text: str) -> int:
        """The most pages of one of the site's families (its own, then its borrowed ones) that show a
        line of this line's shape anywhere, however few of the family's pages they are (where
        :meth:`page_share` asks for a share): «بایگانی: مرگ مغزی» on four of a site's twenty stories,
        its value varying, «بایگانی: پیوند کلیه» on the others."""
        key = line_key(text)
        if not key or not self.learned:
            return 0
        h = shape_hash(_shape_of(text, key))
        best = 0
        for fams in (self._fams_of(key), self._borrowed):
            for fam, _pages, _named in fams:
                c = self.index.counts_of(fam, h)
                if c is not None:
                    best = max(best, int(c[0]))
        return best

    @_asked_of_template
    def known_label(self, text: str) -> bool:
        """Whether the site shows this short label above the body of another page too (a section
        label does; a surtitle, written for one story, does not)."""
        h = shape_hash(_DIGITS.sub("0", line_key(text)))
        for fam, _pages, _named in self.fams:
            c = self.index.counts_of(fam, h)
            if c is not None and c[4] >= 2:
                return True
        return False

    def host_section(self, text: str) -> bool:
        """Whether the site shows ``text`` as the value of a section slot (a «گروه: …» label, a
        trail's section: :func:`section_slot_values`) on :data:`MIN_HOST_SECTION_PAGES` of its pages
        or more: a section of the site, wherever else a page of it shows the name (the first field
        of its date row); an author's name or a kicker its slots never hold. The page's own
        families are asked, then its borrowed ones (:func:`html_families`)."""
        key = line_key(text)
        if not key:
            return False
        h = section_hash(text)
        for fams in (self.fams, self._borrowed):
            for fam, _pages, _named in self._fams_of(key, fams):
                c = self.index.counts_of(fam, h)
                if c is not None and c[4] >= MIN_HOST_SECTION_PAGES:
                    return True
        return False

    def section_slot_share(self, text: str) -> float:
        """The largest share of the pages of one of the page's families whose section slots hold
        ``text`` (:func:`section_slot_values`, as :meth:`host_section` counts them): near 1 for the
        item a site's trail ends with on every page, whatever the story (its kind of page, «مرکز
        مسابقات», or its one listing), which a section's name, varying from story to story, is not.
        A family named by a line that holds ``text`` is not asked: flat pages whose first line
        without digits is their label «بخش: ورزشی» (a time stamp heads each) meet by that line, and
        the family it names holds «ورزشی» in its slot on all its pages by its very name
        (:meth:`_fams_of` leaves out, likewise, the family the line ``text`` names itself)."""
        key = line_key(text)
        if not key:
            return 0.0
        h = section_hash(text)
        best = 0.0
        for fam, pages, named in self.fams:
            if key[:40] in named:
                continue
            c = self.index.counts_of(fam, h)
            if c is not None and pages:
                best = max(best, c[4] / pages)
        return best

    def path_section(self, url: str | None) -> str | None:
        """The section the page's address names in a slot of its site's paths: the Persian name a
        segment spells (:func:`.sections.path_names`) at a position whose names recur over the
        site's pages, this one on :data:`MIN_HOST_SECTION_PAGES` of them or more, yet on less than
        :data:`MAX_PATH_SLOT_SHARE` of the pages with a segment there. A section is one of a few
        values a site files its stories under; a story's slug is on one page, and a word on every
        page («/خبر/…») names the site's kind of page, not a section. The first such segment:
        «/news/کشتیرانی/832035/…» on a site whose paths hold «کشتیرانی», «گردشگری دریایی» and
        «خبر» at their first position gives «کشتیرانی»."""
        if not url or not self.learned:
            return None
        for j, name in path_names(url):
            if not name:
                continue
            named, at = shape_hash(f"{_MASK_PATH}{j}:{line_key(name)}"), shape_hash(f"{_MASK_PATH}{j}")
            for fam, _pages, _named in self.fams:
                c, n = self.index.counts_of(fam, named), self.index.counts_of(fam, at)
                if c is not None and n is not None and MIN_HOST_SECTION_PAGES <= c[4] < MAX_PATH_SLOT_SHARE * n[4]:
                    return name
        return None

    def filed_section(self, url: str | None, lines: list[str]) -> str | None:
        """:meth:`path_section` of the page's address, else of a short link to the story the page
        shows (:func:`.sections.shown_urls`: «لینک کوتاه: https://x.ir/نمایشگاه‌ها/41» on a site whose
        own addresses name no section), as the run's pages teach the slots of those links' paths."""
        if not self.learned:
            return None
        return self.path_section(url) or next((x for u in shown_urls(lines, url) if (x := self.path_section(u))), None)

    def fused_label(self, text: str) -> tuple[str, str] | None:
        """(section, rest) when ``text``, the page's first prose line, opens with a section name fused
        into it, a space between them: an opening (:func:`fused_openings`) that the first prose
        lines of :data:`MIN_FUSED_PAGES` of the site's pages or more open with, and that the site
        shows as a label of its own above its stories on two pages or more, yet not on every page
        (:meth:`known_label`, :data:`MAX_FUSED_LABEL_SHARE`: a section slot's value), or that the
        run knows as a section's (:meth:`knows_section`). The longest such opening; None for none. A site that fuses its
        sections so into its leads repeats each name over its pages; a story's own first words are
        the story's, and a word the site shows as a label opens a story's line on one page or two
        by chance alone (that the slot recurs across the site's pages says it is one). An opening that
        the site's HTML pages declare as their section needs :data:`MIN_FUSED_DECLARED_PAGES` only."""
        if not self.learned:
            return None
        for w, rest in reversed(fused_openings(text, MAX_FUSED_NAME_WORDS)):
            h = shape_hash(_MASK_FUSED + line_key(w))
            pages = max((c[4] for fam, _pages, _named in self.fams
                         if (c := self.index.counts_of(fam, h)) is not None), default=0)
            if pages < MIN_FUSED_PAGES:
                if pages >= MIN_FUSED_DECLARED_PAGES and self.declares_section(w):
                    return w, rest  # (a name the site's HTML pages file stories under: .declares_section)
                continue
            if len(w.split()) > MAX_FUSED_WORDS:  # (a longer name: one the site's HTML pages declare)
                if self.declares_section(w):
                    return w, rest
                continue
            if (self.known_label(w) and self.page_share(w) < MAX_FUSED_LABEL_SHARE) or self.knows_section(w) \
                    or (_DATELINE_REST.match(rest) and self.run_listed(w)):
                return w, rest
        return None

    def opens_with_label(self, label: str) -> bool:
        """Whether the site opens the first prose line of :data:`MIN_OPEN_LABEL_PAGES` of its pages or
        more with the label ``label`` and its colon (:func:`opening_label`): the site's label of its
        leads («لید خبر: …»), not a speaker a story quotes first."""
        if not self.learned:
            return False
        h = shape_hash(_MASK_OPEN_LABEL + line_key(label))
        return any((c := self.index.counts_of(fam, h)) is not None and c[4] >= MIN_OPEN_LABEL_PAGES
                   for fam, _pages, _named in self.fams)

    def labels_lead(self, text: str) -> bool:
        """Whether ``text``, a page's first prose line, opens with the label its site opens the first
        prose lines of its pages with (:meth:`opens_with_label`, «لید: …», «چکیده: …» in the site's own
        words): the site's summary, wherever the page's header sets it (under a row of widgets, a
        date block, a share bar). An agency's name and its colon is a dateline, no label.

        >>> PageTemplate.__new__(PageTemplate).labels_lead("تهران - ایرنا - نشست امروز برگزار شد.")
        False
        """
        label = opening_label(text)
        return label is not None and not find_agency(label) and self.opens_with_label(label)

    def gives_summaries(self) -> bool:
        """Whether the page's site writes a summary over its stories: its pages show a summary of
        one sentence over a dateline's paragraph on :data:`MIN_SUMMARY_SITE_PAGES` of them or more,
        and on :data:`SUMMARY_SITE_RATIO` times as many as open with the dateline
        (:func:`summary_over_dateline`). The page's own families are asked, then its borrowed ones
        (a flat copy's, the site's HTML pages)."""
        if not self.learned:
            return False
        for fams in (self.fams, self._borrowed):
            for fam, _pages, _named in fams:
                over = self.index.counts_of(fam, _SUMMARY_OVER_DATELINE_HASH)
                if over is None or over[4] < MIN_SUMMARY_SITE_PAGES:
                    continue
                opens = self.index.counts_of(fam, _STORY_OPENS_HASH)
                if over[4] >= SUMMARY_SITE_RATIO * (0 if opens is None else opens[4]):
                    return True
        return False

    def credits_opening(self, text: str) -> str | None:
        """The outlet ``text``, a page's first prose line, credits in the dateline «PLACE (NAME):» it
        opens with (:func:`opening_credit`), when its site opens the first prose line of
        :data:`MIN_OPEN_CREDIT_PAGES` of its pages or more so: an Afghan site's «کابل (باختر): …»,
        whatever outlets it names; the table's short name when the table knows the outlet."""
        name = opening_credit(text) if self.learned else None
        if name is None or not any((c := self.index.counts_of(fam, _OPEN_CREDIT_HASH)) is not None
                                   and c[4] >= MIN_OPEN_CREDIT_PAGES for fam, _pages, _named in self.fams):
            return None
        return find_agency(name) or name

    def knows_section(self, name: str) -> bool:
        """Whether the run knows ``name`` as a section's: two sites of the run or more show it above
        their stories (:meth:`in_vocab`, a name of :data:`MAX_VOCAB_SECTION_WORDS` words at most),
        or the site's own section slots hold it on its other pages (:meth:`host_section`: longer
        names too). What tells a date row's field or a line's name from an author's or a kicker's. The
        run's vocabulary alone does not vouch for a name the site's rows hold at a writer's position
        only (:meth:`row_slot_writer`)."""
        return (len(name.split()) <= MAX_VOCAB_SECTION_WORDS and self.in_vocab(name)
                and not self.row_slot_writer(name)) \
            or self.host_section(name) or self.row_slot_section(name) or self.row_slot_labelled(name)

    @_asked_of_template
    def row_slot_writer(self, name: str) -> bool:
        """Whether the site's counted meta rows hold ``name`` at positions of theirs on
        :data:`MIN_HOST_SECTION_PAGES` of its pages or more (:meth:`_row_positions`), each one a
        position no item of the site's menu fills on any of its pages, while the rows stand under a
        header of a menu's labels (:data:`ROW_MENU_LABELS`) on as many, and no page of the run lists
        ``name`` as a section's (:meth:`run_listed`: an item of a menu or a trail, a section label's
        value): a writer's name («<writer> | <date> | ۳ نظر» under the site's menu), though other
        sites show it as a line of its own (a commenter's, a columnist's). A site with a menu says
        which of its rows' positions holds its sections (:meth:`row_slot_section`), and a name at a
        position its menu's items never fill is no section's by the run's vocabulary alone
        (:meth:`knows_section`)."""
        key = line_key(name)
        if not key or not self.learned or self.run_listed(name):
            return False
        positions = list(self._row_positions(key))
        return bool(positions) and all(not self._counted(fam, f"{_MASK_ROW}{j}m")
                                       and self._counted(fam, f"{_MASK_ROW}{j}n") >= MIN_HOST_SECTION_PAGES
                                       for fam, j in positions)

    @_asked_of_template
    def row_slot_labelled(self, name: str) -> bool:
        """Whether the site's counted meta rows hold ``name`` at a position of theirs on
        :data:`MIN_HOST_SECTION_PAGES` of its pages or more, a position no item of a menu fills on
        any of them, under no header of a menu's labels on any of them (:data:`ROW_MENU_LABELS`: a site
        without a menu, an e-book's chapters, «صنعت | انتشار: ۱۴۰۰/۰۴/۱۲»), and
        another site of the run shows ``name`` as a label above its stories
        (:meth:`TemplateIndex.label_families`, a family not the page's: «صنعت» over a news download's
        headlines). Two sites that set one name apart from their stories' words, one in its rows'
        slot, one over its headlines, name a section, as two sites' labels make the run's vocabulary
        (:meth:`in_vocab`); a name of :data:`MAX_VOCAB_SECTION_WORDS` words at most. A site with a menu
        says which of its rows' positions holds its sections (:meth:`row_slot_section`); a position its
        menu's items never fill there holds a writer's name («<writer> | <date> | ۳ نظر»), whatever other
        sites show over their stories."""
        key = line_key(name)
        if not key or not self.learned or len(name.split()) > MAX_VOCAB_SECTION_WORDS:
            return False
        if not any(not self._counted(fam, f"{_MASK_ROW}{j}m") and not self._counted(fam, f"{_MASK_ROW}{j}n")
                   for fam, j in self._row_positions(key)):
            return False
        own = {f for f, _p, _named in self.fams + self._borrowed + self._small}
        return bool(self.index.label_families(name) - own)

    def row_slot_section(self, name: str) -> bool:
        """Whether the site's counted meta rows hold ``name`` at a position of theirs on
        :data:`MIN_HOST_SECTION_PAGES` of its pages or more, a position that holds an item of the
        site's menu on as many pages and on :data:`ROW_SLOT_MENU_SHARE` of the pages with a field there
        (:func:`row_slot_keys`):
        its section's position, though its menu lists not this one section of it."""
        key = line_key(name)
        if not key or not self.learned:
            return False
        for fam, j in self._row_positions(key):
            m, n = self._counted(fam, f"{_MASK_ROW}{j}m"), self._counted(fam, f"{_MASK_ROW}{j}")
            if m >= MIN_HOST_SECTION_PAGES and ROW_SLOT_MENU_SHARE * n <= m:
                return True
        return False

    def _row_positions(self, key: str) -> Iterator[tuple[int, int]]:
        """The (family, position) pairs of the page's families and borrowed ones whose counted meta rows
        hold the line of key ``key`` at that position (:func:`row_slot_keys`) on
        :data:`MIN_HOST_SECTION_PAGES` of their pages or more: what :meth:`row_slot_section` and
        :meth:`row_slot_labelled` ask of each position's menu counts."""
        for fams in (self.fams, self._borrowed):
            for fam, _pages, _named in self._fams_of(key, fams):
                if self._counted(fam, _MASK_ROW_ANY + key) < MIN_HOST_SECTION_PAGES:
                    continue  # (in no position on as many pages: in none of them)
                for j in range(ROW_SLOTS):
                    if self._counted(fam, f"{_MASK_ROW}{j}:{key}") >= MIN_HOST_SECTION_PAGES:
                        yield fam, j

    def tag_section(self, name: str) -> bool:
        """Whether the site files its stories by one hashtag under each, and ``name`` is one it files
        them under (:func:`foot_tag_keys`): of the site's pages with hashtags under their story,
        :data:`MIN_TAGGED_PAGES` or more, :data:`MIN_ONE_TAG_SHARE` show one alone, and this one
        («#خرید_تضمینی») on :data:`MIN_HOST_SECTION_PAGES` of them or more, though not on nearly all
        (:data:`.sections.EVERY_PAGE`: the site's own mark, «#پایان_مطلب», ends every story alike).
        A site that tags its stories' topics sets several under many of them («#ایران #فوتبال»).
        Asked of the page's family (or borrowed one) with the most pages with hashtags."""
        key = line_key(name)
        if not key or not self.learned:
            return False
        # (asked of the page's family with the most tagged pages: a family of a line many sites
        # share, a footer's, holds a few pages of another site's, too few to tell its scheme)
        tagged, fam = max(((self._counted(f, _MASK_TAGGED), f) for f, _p, _named in self.fams + self._borrowed),
                          key=lambda x: x[0])
        one, shown = self._counted(fam, _MASK_ONE_TAG), self._counted(fam, _MASK_TAG_VALUE + key)
        return tagged >= MIN_TAGGED_PAGES and one >= MIN_ONE_TAG_SHARE * tagged \
            and MIN_HOST_SECTION_PAGES <= shown < EVERY_PAGE * one

    @_asked_of_template
    def labels_row(self, text: str) -> bool:
        """Whether the site shows the label ``text`` right above its meta rows on
        :data:`MIN_HOST_SECTION_PAGES` of its pages or more, over a first field that names another
        value (:func:`row_slot_keys`), on a site whose rows hold its section there (an item of its
        menu on :data:`ROW_SLOT_MENU_SHARE` of them and more, as :meth:`row_slot_section` reads
        them): the story's genre («محفل …» over «<section> | <writer> | تاریخ انتشار: …»), which the
        site sets over stories of several sections, not the section, which its row names."""
        key = line_key(text)
        if not key or not self.learned:
            return False
        for fam, _pages, _named in self._fams_of(key, self.fams):
            if self._counted(fam, _MASK_ROW_LABEL + key) < MIN_HOST_SECTION_PAGES:
                continue
            for j in range(0, ROW_SLOTS, MAX_ROW_SLOTS):  # (a first field, in whichever frame)
                m, n = self._counted(fam, f"{_MASK_ROW}{j}m"), self._counted(fam, f"{_MASK_ROW}{j}")
                if m >= MIN_HOST_SECTION_PAGES and ROW_SLOT_MENU_SHARE * n <= m:
                    return True
        return False

    def row_sub_section(self, name: str) -> bool:
        """Whether ``name`` stands at the one position of the site's meta rows that ever holds an item
        of its menu (:func:`row_slot_keys`), on :data:`MIN_HOST_SECTION_PAGES` of its pages or more,
        though the menu's items fill fewer than half of the rows there (:meth:`row_slot_section`):
        sub-sections its menu lists not fill the rest («داروخانه‌های شبانه‌روزی | <writer> | زمان
        انتشار: …» under a menu of «واردات دارو»). Not a name the rows show at another position too
        (a writer stands first on a page whose row shows no section, second beside one). And a name
        the site's HTML pages declare as their section, one of them at least (:meth:`declares_section`),
        or a page of the run lists as one (:meth:`run_listed`): no writer's, whatever the rows of a
        site without sections show first. Read from the story's date row alone (the field it names:
        :func:`.text._menu_item_beside_date`), not as a name the run knows elsewhere on the page."""
        key = line_key(name)
        if not key or not self.learned or not (self.declares_section(name, pages=1) or self.run_listed(name)):
            return False
        for fams in (self.fams, self._borrowed):
            for fam, _pages, _named in self._fams_of(key, fams):
                if self._counted(fam, _MASK_ROW_ANY + key) < MIN_HOST_SECTION_PAGES:
                    continue  # (in no position on as many pages: in none of them)
                menu = [self._counted(fam, f"{_MASK_ROW}{j}m") for j in range(ROW_SLOTS)]
                held = [self._counted(fam, f"{_MASK_ROW}{j}:{key}") for j in range(ROW_SLOTS)]
                for j in range(ROW_SLOTS):
                    if held[j] < MIN_HOST_SECTION_PAGES or menu[j] < MIN_HOST_SECTION_PAGES:
                        continue
                    if not any(menu[:j] + menu[j + 1:]) and not any(held[:j] + held[j + 1:]):
                        return True
        return False

    def _counted(self, fam: int, key: str) -> int:
        """The pages of family ``fam`` counting ``key``."""
        c = self.index.counts_of(fam, shape_hash(key))
        return int(c[4]) if c is not None else 0

    def box_head_pages(self, text: str) -> int:
        """How many pages of the site show this short line as a box's heading (:func:`box_heads`:
        right under a paragraph of their story, over a line that is no prose), in the family of the
        page or of its borrowed ones (the site's HTML pages) that shows it most: a related box's
        «مطالب مرتبط», whatever the site calls it, heads boxes under several stories; a story's
        subheading is written for one story (and its republications)."""
        k = box_head_key(text) if self.learned else None
        if not k:
            return 0
        h = shape_hash(k)
        return max((int(c[5]) for fam, _p, _named in self.fams + self._borrowed
                    if (c := self.index.counts_of(fam, h)) is not None), default=0)

    def box_slot_share(self, label: str) -> float:
        """The share of the site's pages showing ``label`` in a box of fields (:func:`box_slot_keys`)
        whose value there names an item of the site's menu, when they are :data:`MIN_HOST_SECTION_PAGES`
        at least (else 0.0): the label of the box's section slot («بخش», whatever the site calls it)."""
        key = label_key(label)
        if not key or not self.learned:
            return 0.0
        best = 0.0
        for fams in (self.fams, self._borrowed):
            for fam, _pages, _named in fams:
                m = self.index.counts_of(fam, shape_hash(f"{_MASK_BOX}{key}m"))
                n = self.index.counts_of(fam, shape_hash(f"{_MASK_BOX}{key}"))
                if m is not None and n is not None and m[4] >= MIN_HOST_SECTION_PAGES:
                    best = max(best, int(m[4]) / int(n[4]))
        return best

    @_asked_of_template
    def filing_field(self, text: str) -> bool:
        """Whether this «<label>: <value>» line's label is the site's filing field under its stories
        (:func:`foot_field_keys`): of the site's pages showing the label there, :data:`MIN_FILING_SHARE`
        at least, and :data:`MIN_HOST_SECTION_PAGES` or more, show an item of their menu as its value
        («بایگانی: مرگ مغزی», «بایگانی: اهدای عضو»); its value names the story's section then, one the
        menu does not list too («بایگانی: پیوند کلیه»). The page's own families are asked, then its
        borrowed ones. The share is of the pages showing the label whatever its value: a field each
        story fills, «خبر بعدی: <headline>», holds a short name of a menu (a ticker's headline) on a
        few of its pages only; and a label holding a list of names on pages of the site (its tags,
        «تگ‌ها: سیل، زلزله») is none, one name though it hold on this page."""
        label, colon, value = text.partition(":")
        key = line_key(label)
        if not colon or not key or not value.strip() or not self.learned:
            return False
        fams = self.fams + self._borrowed
        if any(self.index.counts_of(fam, shape_hash(f"{_MASK_FOOT_FIELD}{key}l")) is not None
               for fam, _pages, _named in fams):
            return False  # (a label holding a list of names on a page of the site: its tags, one though it hold)
        best = 0.0
        for fam, _pages, _named in fams:
            m = self.index.counts_of(fam, shape_hash(f"{_MASK_FOOT_FIELD}{key}m"))
            n = self.index.counts_of(fam, shape_hash(f"{_MASK_FOOT_FIELD}{key}"))
            if m is None or n is None or m[4] < MIN_HOST_SECTION_PAGES:
                continue
            # (of the pages showing the label whatever its value: a field each story fills with its own
            # words, «خبر بعدی: <headline>», holds a short name the menu lists on a few of them only)
            shown = self.index.counts_of(fam, shape_hash(f"{_MASK_FOOT_FIELD}{key}a"))
            best = max(best, int(m[4]) / max(int(n[4]), int(shown[4]) if shown is not None else 0))
        return best >= MIN_FILING_SHARE

    def in_vocab(self, text: str) -> bool:
        """Whether two sites of the run or more show this label above their stories (a section
        name, an item of their menus: :attr:`TemplateIndex.vocab`)."""
        return self.index is not None and len(self.index.vocab) > 0 and label_hash(text) in self.index.vocab

    def run_genre(self, text: str) -> bool:
        """Whether a site of the run shows this label right above its headlines over stories its menu
        marks, or its trails file, under two of its sections or more (a genre, «گزارش», «پوشش زنده»:
        :attr:`TemplateIndex.genres`), and no page of the run lists it as a section (:meth:`run_listed`):
        a site that shows it over its headlines with nothing else to tell shows no section there."""
        return self.index is not None and len(self.index.genres) > 0 and label_hash(text) in self.index.genres \
            and not self.run_listed(text)

    def run_listed(self, text: str) -> bool:
        """Whether a page of the run lists this name as a section's: an item of its menu or trail, or
        the value of its section label (:func:`listed_labels`), not a label shown on its own (a
        kicker over a headline stands so as a section does)."""
        return self.index is not None and len(self.index.listed) > 0 and listed_hash(text) in self.index.listed

    def run_wire(self, name: str) -> bool:
        """Whether a page of the run calls ``name`` a news agency in a credit slot («منبع: خبرگزاری
        رویترز»: :func:`wire_names`), on any site: a bare «منبع: رویترز» names that wire too."""
        return self.index is not None and len(self.index.wires) > 0 and wire_hash(name) in self.index.wires

    def wire_credit(self, text: str) -> str | None:
        """The wire a credit slot, a short line (:data:`MAX_AGENCY_SLOT_CHARS`), names («منبع: رویترز» ->
        «رویترز») when a page of the run calls that
        name a news agency (:meth:`run_wire`); the caller vouches that the slot closes the story
        (:func:`.agency.agency_from_slot`'s ``after_story``), whose own dateline credits no agency."""
        if len(text) > MAX_AGENCY_SLOT_CHARS or self.index is None or len(self.index.wires) == 0:
            return None
        got = agency_from_slot(text, after_story=True)
        return got if got and self.run_wire(got) else None

    def shows_slug_name(self, h: int) -> bool:
        """Whether a page of the run shows the (slug, name) pair of hash ``h`` (a link, a JSON-LD
        trail's item: :func:`.slugnames.named_slugs`)."""
        return self.index is not None and len(self.index.slugs) > 0 and h in self.index.slugs

    def shown_inside(self, text: str, key: str | None = None) -> bool:
        """Whether the site sets this line (its shape) between the paragraphs of
        :data:`MIN_INSIDE_STORIES` of its stories or more (:attr:`TemplateIndex.inside`): a picture's
        stock caption, a box's line, the story's own however it stands on this page («آسمان شهر در
        روز طوفان گرد و خاک» over the story here, between two paragraphs of three others); a
        headline heads its own story (``key``: its line key, if known)."""
        inside = self.index.inside
        if not len(inside):
            return False
        h = shape_hash(_MASK_INSIDE + _shape_of(text, line_key(text) if key is None else key))
        return any(combined(f, h) in inside for f, _p, _named in self.fams + self._borrowed + self._small)

    def stock_title(self, text: str, key: str | None = None) -> bool:
        """Whether the site's pages show this line in the headline's place (:func:`title_candidate`) over
        two stories, and there or between paragraphs over :data:`MIN_STOCK_TITLE_STORIES` stories or
        more (:attr:`TemplateIndex.stock_titles`): a
        stock caption set under the headline of each, right over its story («خیابان‌های شهر پس
        از قطع برق» over three stories of a site's blackouts), no headline of its own (``key``:
        its line key, if known)."""
        stock = self.index.stock_titles
        if not len(stock):
            return False
        h = shape_hash(line_key(text) if key is None else key)
        return any(combined(f, h) in stock for f, _p, _named in self.fams + self._borrowed + self._small)

    def shown_between(self, text: str) -> bool:
        """Whether the site shows this line (its shape) between its stories' paragraphs at least
        1/:data:`MID_RATIO` as often as after them: the heading of a box the site sets into its
        stories wherever (an ad's «تبلیغات»), which stands late on a page only when the box came
        after all but its last paragraphs; a tail's heading stands late on nearly every page."""
        key = line_key(text)
        c = self._shares(shape_hash(_shape_of(text, key)), key, within=True) if self.learned else None
        return c is not None and c[2] > 0 and MID_RATIO * c[2] >= c[3]

    @_asked_of_template
    def head_share(self, text: str) -> float:
        """The largest share of a family's pages that show this line above their body, over the
        page's families not named by this very line: 1.0 for a line above every page of a site
        (its name or tagline; a section varies from page to page)."""
        key = line_key(text)
        return self._most_above(shape_hash(_shape_of(text, key)), self._fams_of(key))[0]

    def head_pages(self, text: str) -> int:
        """How many pages of the site show this line above their body, in the page's family that
        shows it on the largest share of its pages (as :meth:`head_share`): a listing's banner
        («اقامتگاه‌ها» over every story the archive template shows) stands over many stories, a
        headline over its own story and its republications."""
        key = line_key(text)
        return self._most_above(shape_hash(_shape_of(text, key)), self._fams_of(key))[1]

    def day_share(self, text: str) -> tuple[float, int]:
        """(share, count) of the site's pages that show the day of the date line ``text`` above their
        story, in the page's family that shows it most: the header's date of the visit is on (nearly)
        every page crawled that day, a story's date on the pages of that day's stories alone."""
        k = day_key(text)
        return (0.0, 0) if k is None or not self.learned else self._most_above(shape_hash(k), self.fams)

    def varying_day_slot(self, above: str, text: str) -> bool:
        """Whether the date line ``text``, under the line ``above`` ("" for none), stands in a slot
        of the site's header whose day varies from page to page (:func:`date_slot_keys`): the site
        shows a date there on :data:`MIN_DATE_SLOT_PAGES` of its pages or more, and the month of this
        one on few of them, under a line that numbers the issue (digits in it). A site header's
        "today" is the crawl's day, one or a few across the site's pages, under the site's name;
        an archive's issue day under the paper's edition line («روزنامه پیام دشت | شماره ۴۷۱۲ |
        صفحه ۷» / «چهارشنبه ۲۲ مرداد ۱۴۰۴») is the page's own, whatever site lines stand between it
        and the headline."""
        k = day_key(text) if self.learned and _DIGITS.search(above) else None
        if k is None:
            return False  # (an issue's day goes with its number on the line over it; a site's name holds none)
        slot = _shape_of(above, line_key(above))
        every = shape_hash(_MASK_DATE_SLOT + slot)
        month = shape_hash(f"{_MASK_DATE_SLOT_MONTH}{slot}|{k[len(_MASK_DAY):][:7]}")
        seen = False  # (each of the page's families that knows the slot says so)
        for fam, _pages, _named in self.fams:
            c = self.index.counts_of(fam, every)
            if c is None or c[4] < MIN_DATE_SLOT_PAGES:
                continue
            m = self.index.counts_of(fam, month)
            if VARYING_SLOT_MONTHS * (int(m[4]) if m is not None else 0) > c[4]:
                return False
            seen = True
        return seen

    def later_field(self, label: str) -> bool:
        """Whether the site's pages that show several labelled date fields above their story
        (:func:`date_field_keys`) show this label's field as another event than the document's day
        (:func:`.dates.field_events`) of a later day, on :data:`MIN_LATER_FIELD_PAGES` of them or more,
        and as the document's on none: a later event (a scan view's «تاریخ اسکن» under its «تاریخ نشریه»),
        no day of its publication, on a page that shows it alone too."""
        key = line_key(label) if self.learned else ""
        if not key:
            return False
        first = later = apart = 0
        for fam, _pages, _named in self.fams:
            c = self.index.counts_of(fam, shape_hash(_MASK_FIRST_FIELD + key))
            first = max(first, int(c[4]) if c is not None else 0)
            c = self.index.counts_of(fam, shape_hash(_MASK_LATER_FIELD + key))
            later = max(later, int(c[4]) if c is not None else 0)
            c = self.index.counts_of(fam, shape_hash(_MASK_APART_FIELD + key))
            apart = max(apart, int(c[4]) if c is not None else 0)
        # (or the run shows the field apart from the publication the page names elsewhere, on more of
        # its pages than it shows it as the document's day: a file's registration beside the story's
        # «انتشار: …», read as the first of its table where the story names no day of its own)
        return later >= MIN_LATER_FIELD_PAGES and not first or apart >= MIN_LATER_FIELD_PAGES and apart > first

    def field_beside(self, label: str) -> bool:
        """Whether the run shows this label's date field in a table beside another date above the
        story on some page (:data:`_MASK_BESIDE_FIELD`): a file's properties (its creation, its
        modification) beside the story's own day, whose first field is no day of the story either;
        a scan view's table of the issue's and the scan's days is the page's only dates."""
        key = line_key(label) if self.learned else ""
        return bool(key) and any((c := self.index.counts_of(fam, shape_hash(_MASK_BESIDE_FIELD + key))) is not None
                                 and c[4] > 0 for fam, _pages, _named in self.fams)

    def bar_side_share(self, side: str) -> tuple[float, int]:
        """(share, count) of the site's pages whose header shows a title bar with ``side`` as its
        short side (:func:`bar_side_keys`), in the page's family that shows it most: the site's name
        beside each page's headline «<site> - <headline>», though no line shows it alone."""
        k = line_key(side)
        return (0.0, 0) if not k or not self.learned else self._most_above(shape_hash(_MASK_BAR_SIDE + k), self.fams)

    def bar_share(self, bar: str) -> tuple[float, int]:
        """(share, count) of the site's pages whose ``<title>`` is ``bar`` whole, in the page's family
        that shows it most: a webmail's «<name> - مشاهده نامه», an app's name, the same over every page
        of the site, names none of their stories (a story's ``<title>`` is on its own page, and on
        its republications on two or three)."""
        k = line_key(bar)
        return (0.0, 0) if not k or not self.learned else self._most_above(shape_hash(_MASK_BAR_WHOLE + k), self.fams)

    def short_date_order(self) -> str | None:
        """The order ("dmy" or "ymd") the site's numeric dates show by their numbers, or None: a date
        with a two-digit year that reads either way («۰۵/۱۱/۰۱») is read so (:func:`.dates.short_date_order`).
        A site writes its dates one way; the pages whose day is 10 or more, or whose year has four
        digits, show which. The page's family that shows one order most purely decides, on
        :data:`MIN_ORDER_PAGES` pages at least: a family of a line many sites share (a share
        button's) holds pages of sites that write either way."""
        for fams in (self.fams, self._borrowed):
            best = None
            for fam, _pages, _named in fams:
                seen = {o: int(c[4]) if (c := self.index.counts_of(fam, shape_hash(_MASK_ORDER + o))) is not None
                        else 0 for o in ("dmy", "ymd")}
                o = max(seen, key=lambda k: seen[k])
                if seen[o] >= MIN_ORDER_PAGES:
                    purity = seen[o] / (seen["dmy"] + seen["ymd"])
                    best = max(best or (0.0, 0, o), (purity, seen[o], o))
            if best is not None:
                return best[2] if best[0] >= MIN_ORDER_PURITY else None
        return None

    def _most_above(self, h: int, fams) -> tuple[float, int]:
        """(share, count) of the pages that show the shape ``h`` above their body, in the one of
        ``fams`` that shows it on the largest share of its pages."""
        best = (0.0, 0)
        for fam, pages, _named in fams:
            c = self.index.counts_of(fam, h)
            if c is not None and pages:
                best = max(best, (c[1] / pages, c[1]))
        return best

    def slot_share(self, *texts: str) -> float:
        """The share of the site's pages with a label right above their headline (:func:`slot_line`)
        that show one of ``texts`` there, over the page's families (with :data:`MIN_SLOT_PAGES`
        such pages at least) not named by the first: 1.0 when the slot holds nothing else, low for
        a section (the slot's value varies from page to page)."""
        key = line_key(texts[0]) if texts else ""
        hashes = [shape_hash(_MASK_SLOT + _shape_of(t, line_key(t))) for t in texts if t]
        best = 0.0
        for fam, _pages, _named in self._fams_of(key):
            every = self.index.counts_of(fam, _SLOT_HASH)
            if every is None or every[4] < MIN_SLOT_PAGES:
                continue
            got = sum(int(c[4]) for h in hashes if (c := self.index.counts_of(fam, h)) is not None)
            best = max(best, got / every[4])
        return best

    def slot_section(self, text: str) -> bool:
        """Whether the site's pages show ``text`` as the label right above their headline
        (:func:`slot_line`) on :data:`MIN_HOST_SECTION_PAGES` of them or more, of a family with
        :data:`MIN_SLOT_PAGES` such pages at least, yet on less than :data:`.sections.EVERY_PAGE` of
        them: a slot that holds a few values over the site's pages, one of them this one. The page's
        own families are asked, then its borrowed ones (:func:`html_families`: a flat copy of a site
        meets its HTML pages there, which set their section's chip in that slot). A line the site sets
        over every headline (its tagline) is no such value, nor one over a single page (a surtitle)."""
        key = line_key(text)
        if not key or not self.learned:
            return False
        h = shape_hash(_MASK_SLOT + _shape_of(text, key))
        for fam, _pages, _named in self._fams_of(key, self.fams + self._borrowed):
            every = self.index.counts_of(fam, _SLOT_HASH)
            if every is None or every[4] < MIN_SLOT_PAGES:
                continue
            c = self.index.counts_of(fam, h)
            if c is not None and MIN_HOST_SECTION_PAGES <= c[4] < EVERY_PAGE * every[4]:
                return True
        return False

    def figured_slot(self) -> bool:
        """Whether the site's label right above its headlines ends in an hour (:func:`figure_slot`)
        on :data:`MIN_FIGURE_SLOT_SHARE` of its pages with a label there or more (and two pages at
        least): a broadcaster's teleprompter sets its bulletin's name there («خبر ساعت ۱۴», «خبر
        شبانگاهی»), the programme's running order, whose labels without an hour are no section either."""
        if not self.learned:
            return False
        for fam, _pages, _named in self.fams:
            c = self.index.counts_of(fam, _SLOT_FIGURE_HASH)
            if c is None or c[4] < 2:
                continue
            every = self.index.counts_of(fam, _SLOT_HASH)
            if c[4] >= MIN_FIGURE_SLOT_SHARE * (c[4] + (0 if every is None else every[4])):
                return True
        return False

    def breaks_headlines(self) -> bool | None:
        """Whether the site sets its headlines in a column so narrow that it breaks them in two: of
        its pages with a header line right over the headline, :data:`MIN_BROKEN_HEAD_PAGES` and
        :data:`MIN_BROKEN_HEAD_SHARE` at least show a line there that reads as the headline's first
        half (:func:`broken_headline`). None when the run cannot tell: it holds too few of the site's
        pages with a line over the headline (:data:`MIN_BROKEN_HEAD_PAGES`), or shows the break on some
        of them but not on most (a site that breaks only its longer headlines, or a family of the
        run's that holds two sites' pages); then the words where the page's two lines meet decide,
        as on a page alone. False when none of those pages shows a break."""
        # (the page's first family that counts enough pages with a line over the headline decides)
        fam = next((f for f, _pages, _named in self.fams if (c := self.index.counts_of(f, _HEAD_UNDER_HASH))
                    and c[4] >= MIN_BROKEN_HEAD_PAGES), None) if self.learned else None
        if fam is None:
            return None
        under, broken = self.index.counts_of(fam, _HEAD_UNDER_HASH), self.index.counts_of(fam, _HEAD_BROKEN_HASH)
        if broken is None or not broken[4]:
            return False
        return True if broken[4] >= max(MIN_BROKEN_HEAD_PAGES, MIN_BROKEN_HEAD_SHARE * under[4]) else None

    def kicker_slot(self) -> bool:
        """Whether the site's slot right above its headlines holds kickers, not sections: of the
        site's pages with a menu above and a label there (:func:`kicker_slot`), :data:`MIN_KICKER_PAGES`
        at least, the menu lists the label on none, and on some the label is worded as a phrase
        (:func:`phrase_label`). A site that sets its section there lists it in its menu, on some of
        its pages at least; a kicker, however often the site repeats it, is no item of its menu, and
        a site's kickers, fragments of sentences, hold function words where its names (a city, a
        sub-section no menu lists) hold none."""
        if not self.learned:
            return False
        for fam, _pages, _named in self.fams:
            every = self.index.counts_of(fam, _KICKER_HASH)
            if every is None or every[4] < MIN_KICKER_PAGES:
                continue
            listed = self.index.counts_of(fam, _KICKER_LISTED_HASH)
            phrased = self.index.counts_of(fam, _KICKER_PHRASE_HASH)
            return (listed is None or listed[4] == 0) and phrased is not None and phrased[4] > 0
        return False

    def declared_kicker(self, text: str, *, own: bool = False) -> bool:
        """Whether the site shows this label right above the headline of :data:`MIN_DECLARED_KICKER_PAGES`
        of its HTML pages or more that declare another section (:func:`declared_slot`), and on none
        that declares this one: the story's kicker, which the site sets over stories it files
        under any of its sections, whatever its words («فصل اسکی» over a story filed under
        «اسنوبرد»). The page's own families are asked, then its borrowed ones (a site's flat pages
        meet its HTML pages there: :func:`html_families`). Without ``own``, any label no HTML page
        declares as its section, on a site whose HTML pages hold kickers in that slot
        (:meth:`declared_kicker_slot`), which says nothing of a line written for one story (the
        upper half of a headline broken in two)."""
        key = line_key(text)
        if not key or not self.learned:
            return False
        seen = self._shown_over_others(key, _MASK_DECLARED_OTHER, _MASK_DECLARED_SAME)
        if seen is None:
            return False
        return seen >= MIN_DECLARED_KICKER_PAGES \
            or (not own and self.declared_kicker_slot() and not self.declares_section(text))

    def kicker_across(self, text: str, names: Iterable[str]) -> bool:
        """Whether the site's HTML pages show this label right above their headline over stories their
        menu marks under two of its items or more (:func:`current_slot`), and over none whose marked
        item is the label itself: a kicker, a genre the site sets over any section's stories
        («یادداشت روز» over «زراعت» and «روستا»), where a sub-section stands over one section's
        only («فوتبال» over «ورزش»). ``names``: the items the page's menu lists (and the one it
        marks), those the label may stand over. Told without a count of each pair, which the run
        keeps from two pages on: the label over more pages than over any one of the items is over
        two of them. The page's own families are asked, then its borrowed ones."""
        key = line_key(text)
        if not key or not self.learned:
            return False
        same, anywhere = shape_hash(_MASK_CURRENT_SAME + key), shape_hash(_MASK_CURRENT_ANY + key)
        items = {k for n in names if (k := line_key(n)) and k != key}
        if not items:
            return False  # (no menu: nothing tells one section's label from several's)
        for fam, _pages, _named in self.fams + self._borrowed:
            c = self.index.counts_of(fam, same)
            if c is not None and c[4] > 0:
                return False
            total = self.index.counts_of(fam, anywhere)
            if total is None or total[4] < 2:
                continue
            pairs = (self.index.counts_of(fam, shape_hash(_MASK_CURRENT_PAIR + key + "|" + k)) for k in items)
            most = max((int(c[4]) for c in pairs if c is not None), default=0)
            return int(total[4]) > most
        return False

    def declared_under_kicker(self, text: str) -> bool:
        """Whether the site shows this label right *under* the headline of :data:`MIN_DECLARED_KICKER_PAGES`
        of its HTML pages or more that declare another section (:func:`declared_under`), and on
        none that declares this one: the story's kicker (روتیتر) set under the headline, over stories
        the site files under any of its sections, though its menu or the run lists the name as a
        section («حیات وحش» under headlines the site files under «باغ وحش»). The page's own
        families are asked, then its borrowed ones (a site's flat pages meet its HTML pages there)."""
        key = line_key(text)
        if not key or not self.learned:
            return False
        seen = self._shown_over_others(key, _MASK_UNDER_OTHER, _MASK_UNDER_SAME)
        return seen is not None and seen >= MIN_DECLARED_KICKER_PAGES

    def _shown_over_others(self, key: str, other_mask: str, same_mask: str) -> int | None:
        """The most pages of one of the site's families (its own, then its borrowed ones) that show the
        label of ``key`` in one slot (``other_mask``'s) by a story they declare under another section;
        ``None`` when one of them shows it there by a story it declares under the label itself
        (``same_mask``): the label is then a section of the site, no kicker."""
        other, same = shape_hash(other_mask + key), shape_hash(same_mask + key)
        seen = 0
        for fam, _pages, _named in self.fams + self._borrowed:
            c = self.index.counts_of(fam, same)
            if c is not None and c[4] > 0:
                return None
            c = self.index.counts_of(fam, other)
            seen = max(seen, int(c[4]) if c is not None else 0)
        return seen

    def declared_kicker_slot(self) -> bool:
        """Whether the site's HTML pages that declare their section show a label right above their
        headline on :data:`MIN_KICKER_PAGES` of them or more (:func:`declared_slot`), each over a
        story they declare under another section, none under the label itself: the site sets
        kickers there, never its sections; a label there that none of its HTML pages declares as
        its section (:meth:`declares_section`) is a kicker too, though the site's HTML pages show
        it over fewer stories than :data:`MIN_DECLARED_KICKER_PAGES` («نکات نگهداری» on a site
        whose HTML pages set «دامپزشک می‌گوید», «راهنمای خرید» there)."""
        if not self.learned:
            return False
        other, same = shape_hash(_MASK_DECLARED_OTHER), shape_hash(_MASK_DECLARED_SAME)
        for fam, _pages, _named in self.fams + self._borrowed:
            c = self.index.counts_of(fam, same)
            if c is not None and c[4] > 0:
                return False
        # (on half of the family's pages at least: a site sets its slot on most of its pages, and a
        # family of a line many sites share, a footer's links, holds another site's slot on a few)
        return any((c := self.index.counts_of(fam, other)) is not None and c[4] >= MIN_KICKER_PAGES
                   and 2 * c[4] >= pages for fam, pages, _named in self.fams + self._borrowed)

    def html_kicker(self, text: str, above: Iterable[str] = ()) -> bool:
        """Whether the site's HTML pages show this label right above their headline (:func:`headline_label`)
        on :data:`MIN_HEAD_KICKER_PAGES` of them or more, whatever they declare, in a slot that
        holds kickers: on :data:`MIN_HEAD_BARE_SHARE` of the pages at least it shows no name of its
        own (none, the site's domain, a print button, or a line the site shows there on half of its
        pages or more: a menu's last item; ``above``, the page's lines over the label, name the
        candidates, they or their menu's items), where a site that sets its section there shows one
        over every story; or where the pages that declare their section show a label there, on
        :data:`MIN_DECLARED_KICKER_PAGES` of them or more, each another name than they declare. Not
        a label shown on half of them or more, nor one any HTML page declares as its section or
        shows over a story it declares filed under it (:meth:`declares_section`). The story's
        kicker (روتیتر) over a flat copy's headline, listed in the menu or not («گزارش بازار»,
        «صنعت کاشی»); the page's own families are asked, then its borrowed ones (a site's flat
        pages meet its HTML pages there)."""
        key = line_key(text)
        if not key or not self.learned:
            return False
        label = shape_hash(_MASK_HEAD_LABEL + key)
        for fam, _pages, _named in self.fams + self._borrowed:
            seen = self.index.counts_of(fam, _HEAD_SEEN_HASH)
            if seen is None or seen[4] < MIN_HEAD_SEEN_PAGES:
                continue
            c = self.index.counts_of(fam, label)
            if c is None or c[4] < MIN_HEAD_KICKER_PAGES:
                continue
            # (the first family that shows it there tells: the site's own, or the one its flat pages
            # meet its HTML pages by first, their first line; a footer's line many sites share
            # mixes their slots)
            if 2 * c[4] >= seen[4]:
                return False
            named = self.index.counts_of(fam, _HEAD_NAMED_HASH)
            # (the site's own line there: a label of the page's header, or an item of a menu it
            # shows, that the slot holds on half of the pages or more: a menu's last item)
            own = 0
            shown = {line_key(x) for t in above if len(t) <= MAX_LINE_CHARS for x in (t, *header_labels(t))}
            for k in shown - {key, ""}:
                o = self.index.counts_of(fam, shape_hash(_MASK_HEAD_LABEL + k))
                if o is not None and 2 * o[4] >= seen[4]:
                    own += int(o[4])
            bare = seen[4] - (named[4] if named is not None else 0) + own
            # (or the pages that declare their section and show a label there show another name
            # there, on a few of them, never the one they declare: :meth:`declared_kicker_slot`'s
            # count, on a site that sets kickers over most of its stories)
            other = self.index.counts_of(fam, _DECLARED_OTHER_HASH)
            same = self.index.counts_of(fam, _DECLARED_SAME_HASH)
            told = other is not None and other[4] >= MIN_DECLARED_KICKER_PAGES and (same is None or not same[4])
            return (bare >= MIN_HEAD_BARE_SHARE * seen[4] or told) and not self.declares_section(text) \
                and self._shown_over_others(key, _MASK_DECLARED_OTHER, _MASK_DECLARED_SAME) is not None
        return False

    def declares_section(self, name: str, *, pages: int = MIN_DECLARED_SECTION_PAGES) -> bool:
        """Whether :data:`MIN_DECLARED_SECTION_PAGES` (or ``pages``) of the site's HTML pages or more declare ``name``
        as their section (:func:`declared_sections`: ``article:section``, JSON-LD's ``articleSection``
        or trail): a section of the site, whatever its length («جشنواره گل و گلاب»). The page's own
        families are asked, then its borrowed ones (a site's flat pages meet its HTML pages there:
        :func:`html_families`)."""
        key = line_key(name)
        if not key or not self.learned:
            return False
        h = shape_hash(_MASK_DECLARED_NAME + key)
        return any((c := self.index.counts_of(fam, h)) is not None and c[4] >= pages
                   for fam, _pages, _named in self.fams + self._borrowed)

    def frame_section(self, lines: list[str]) -> str | None:
        """The value the page shows in a slot of its site's lines (:func:`value_slots`): a frame the
        site's pages repeat, on :data:`MIN_SLOT_FRAME_PAGES` of them or more, with a value that
        varies (each on two of them or more, on fewer than all: a few names, a section's, where a
        title or a byline's name is on one page), a value the menu lists or an HTML page declares
        on one of them at least; no value constant over one of the page's families, nor the site's
        name (two of the page's lines frame it, or its first lines show it). The frame on the most
        pages, of the most fixed words: «این خبر
        در بخش ǂ منتشر شد.» over «این خبر در ǂ منتشر شد.», and both over «… بخش اخبار ǂ …». A bar's
        part (:func:`bar_slots`) needs no menu: the bar's other parts its pages repeat frame it, no
        sentence's words that another value could fill, and one of them is the site's name, a line
        of the page too; not a headline of the run there."""
        fams = self._slot_families()
        if not fams:  # (none of the page's families has such a frame: no line of it to split)
            return None
        best: tuple[int, int, str] | None = None
        lines = [t for t in lines if t]
        slots = value_slots(lines)
        own: tuple[set[str], set[str]] | None = None
        top = line_key(lines[0]) if lines else ""  # (a title line «<site> - <headline>»)
        alone: set[str] | None = None
        for frame, value, shown, fixed in slots:
            bar = frame.startswith(BAR_FRAME)  # (a bar's part: its frame is the rest of the bar)
            framed, pages = self._framing(frame, fams)
            if pages < MIN_SLOT_FRAME_PAGES or (best is not None and (pages, fixed) <= best[:2]):
                continue
            if own is None:
                own = _own_slot_values(lines, slots)
            told = {value, line_key(shown)}
            if told & own[0] or not bar and (top.startswith(value) or line_key(shown) in own[1]):
                continue
            if bar:
                if alone is None:  # (a bar's fixed part the page shows on a line of its own: the site's
                    # name, «زائر آنلاین»; found once, when a bar's slot is asked)
                    alone = {line_key(t) for t in lines if len(t) <= MAX_LINE_CHARS and not _BAR_SPLIT.search(t)}
                if not alone.intersection(frame[len(BAR_FRAME):].split("|")):
                    continue  # (a bar that names no site beside its slot: «<writer> | عکاس», a byline's)
            if bar and self.index is not None and shape_hash(value) in self.index.titles:
                continue  # (a headline of the run, «<site> | <headline>», two copies of a story)
            valued = shape_hash(_MASK_VVALUE + frame + "=" + value)
            listed = shape_hash(_MASK_VLISTED + frame)
            counts = [(f, self._slot_pages(fam, valued), self._slot_pages(fam, listed)) for fam, f in framed]
            # (a value on every page of one of the page's families is its site's own, constant
            # there: the site's name in «همه حقوق برای ǂ محفوظ است.», which sites share a frame of)
            if any(f >= MIN_HOST_SECTION_PAGES and v >= f for f, v, _m in counts):
                continue
            # (a frame of one desk word before its value, «صفحه ǂ» / «بخش ǂ», says what its slot holds:
            # no menu need list a value of it, as none lists a print edition's pages)
            desk = not bar and frame.endswith("ǂ") and desk_word(frame[:-1])
            if any(f >= MIN_SLOT_FRAME_PAGES and MIN_HOST_SECTION_PAGES <= v < f and (m or bar or desk)
                   for f, v, m in counts):
                best = (pages, fixed, shown)
        return best[2] if best else None

    def _framing(self, frame: str, fams: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
        """The page's families ``fams`` (:meth:`_slot_families`) where value slot frame ``frame``
        stands on half of the pages or more (a line of the site's template), each with those pages,
        and the most of them (0 for none); found once for the pages of the template: a site's frames
        recur on its pages (2,000 pages: 32,000 frames asked of 1,500 pages)."""
        got = self._frames.get(frame)
        if got is None:
            h = shape_hash(_MASK_VFRAME + frame)
            framed = [(fam, f) for fam, n in fams if 2 * (f := self._slot_pages(fam, h)) >= n]
            got = framed, max([f for _fam, f in framed], default=0)
            if len(self._frames) >= MAX_FRAMES:
                self._frames.clear()
            self._frames[frame] = got
        return got

    def _slot_families(self) -> list[tuple[int, int]]:
        """The page's families (with their pages) that have a frame :meth:`frame_section` can use
        (:data:`SLOT_FRAMES_KEY`), found once for the pages of the template."""
        if self._framed is None:
            self._framed = [(fam, n) for fam, n, _named in self.fams if self._slot_pages(fam, SLOT_FRAMES_KEY)]
        return self._framed

    def _slot_pages(self, fam: int, h: int) -> int:
        """The pages of family ``fam`` that count a value slot's key ``h`` (:func:`value_slot_keys`)."""
        c = self.index.counts_of(fam, h)
        return int(c[4]) if c is not None else 0

    def over_kicker(self, text: str) -> bool:
        """Whether the site shows this label, on another page, one line higher than right above the
        headline, over a short line there (:data:`_MASK_OVER_KICKER`): a section the site sets over
        the story's kicker, which stands right above the headline on its pages without a kicker."""
        if not self.learned:
            return False
        h = shape_hash(_MASK_OVER_KICKER + line_key(text))
        for fam, _pages, _named in self.fams:
            c = self.index.counts_of(fam, h)
            if c is not None and c[4] >= 1:
                return True
        return False

    def label_apart_from_foot(self) -> bool:
        """Whether the site's label right above its headlines names another section than the trail
        under its stories on :data:`MIN_FOOT_APART_PAGES` of its pages or more, the same on
        :data:`MAX_FOOT_SAME_SHARE` of them at most (:func:`label_foot_keys`): a kicker (a theme the
        site sets over stories of several sections, an item of its menu though it be), and the trail
        says where the site filed the story."""
        if not self.learned:
            return False
        for fam, _pages, _named in self.fams:
            n, same = self._counted(fam, _MASK_FOOT_LABEL), self._counted(fam, _MASK_FOOT_LABEL_SAME)
            if n - same >= MIN_FOOT_APART_PAGES and same <= MAX_FOOT_SAME_SHARE * n:
                return True
        return False

    def under_other_labels(self, upper: str, text: str) -> bool:
        """Whether the site shows the label ``text`` right above its headlines under a label one line
        higher on :data:`MIN_DECLARED_KICKER_PAGES` of its pages or more, and under one other than
        ``upper`` on some (:func:`label_pair_keys`): the story's kicker, which a site sets under whichever
        section it files the story in, not a sub-section, which stands under its one section. The
        run's pages teach it; no word of the labels does."""
        if not self.learned:
            return False
        key, pair = line_key(text), f"{_MASK_LABEL_PAIR}{line_key(upper)}/{line_key(text)}"
        for fam, _pages, _named in self.fams:
            n = self._counted(fam, _MASK_UNDER_LABEL + key)
            if n >= MIN_DECLARED_KICKER_PAGES and n > self._counted(fam, pair):
                return True
        return False

    @_asked_of_template
    def kicker_under_item(self, text: str) -> bool:
        """Whether the site shows this label, on :data:`MIN_DECLARED_KICKER_PAGES` of its pages or more,
        under the page's place in its menu set an item a line (:func:`item_stack`): the story's
        kicker under its section, not a section, where it stands right under the menu on a page
        that shows no section there. The page's own families are asked, then its borrowed ones."""
        if not self.learned:
            return False
        h = shape_hash(_MASK_UNDER_ITEM + line_key(text))
        return any((c := self.index.counts_of(fam, h)) is not None and c[4] >= MIN_DECLARED_KICKER_PAGES
                   for fam, _pages, _named in self.fams + self._borrowed)

    def lead_label(self, text: str) -> bool:
        """Whether a label under the page's lead (:func:`lead_slot`) is one of the values of its site's
        slot there: the site shows a label there on :data:`MIN_LEAD_SLOT_PAGES` of its pages, and this
        one on :data:`MIN_LEAD_LABEL_PAGES` (a genre label; a story's own subheading is on one page),
        or this one is a label of the run's vocabulary (:meth:`in_vocab`: a section's name, shown
        above the stories of two sites). The page's own families are asked first, then its borrowed
        ones (:func:`html_families`)."""
        key = line_key(text)
        vocab = self.in_vocab(text)
        h = shape_hash(_MASK_LEAD_SLOT + _shape_of(text, key))
        for fams in (self.fams, self._borrowed):
            for fam, _pages, _named in self._fams_of(key, fams):
                every = self.index.counts_of(fam, _LEAD_SLOT_HASH)
                if every is None or every[4] < MIN_LEAD_SLOT_PAGES:
                    continue
                c = self.index.counts_of(fam, h)
                if vocab or (c is not None and c[4] >= MIN_LEAD_LABEL_PAGES):
                    return True
        return False

    def headline_slot(self, above: str | None, below: str | None) -> float | None:
        """The share of the site's headline-like lines at this slot (under line ``above``, over
        line ``below``: the line's neighbours in the header, None for none) that their page told
        as its headline (:data:`HEADLINE_SLOT_BIT`), by the neighbour the site shows so most often,
        with :data:`MIN_HEADLINE_SLOT_PAGES` pages at least; None when the run does not know the slot."""
        return self._told_share([side + _shape_of(t, line_key(t)) for side, t in (("<", above), (">", below))
                                 if t and len(t) <= MAX_LINE_CHARS], MIN_HEADLINE_SLOT_PAGES)

    def headline_shape(self, text: str) -> float | None:
        """The share of the site's headers showing this headline-like line (its shape) that told it
        as their headline, when :data:`MIN_HEADLINE_SHAPE_PAGES` of them show it; None otherwise (a
        story's headline, written for one page)."""
        return self._told_share(["=" + _shape_of(text, line_key(text))], MIN_HEADLINE_SHAPE_PAGES) \
            if len(text) <= MAX_LINE_CHARS else None

    def _told_share(self, shapes: list[str], min_pages: int) -> float | None:
        """The told share (:data:`HEADLINE_SLOT_BIT`) of the slot shape seen on most of the site's
        pages, ``min_pages`` at least."""
        best: tuple[int, float] | None = None
        for shape in shapes:
            for fam, _pages, _named in self.fams:
                c = self.index.counts_of(fam, shape_hash(_MASK_HEADLINE_SLOT + shape))
                if c is None or len(c) <= 8 or c[8] < min_pages:
                    continue
                told = self.index.counts_of(fam, shape_hash(_MASK_TOLD_SLOT + shape))
                seen = int(c[8])
                share = (int(told[8]) if told is not None else 0) / seen
                if best is None or seen > best[0]:
                    best = (seen, share)
        return None if best is None else best[1]

    def word_weight(self, word: str) -> float:
        """How rare a content word is in the page's largest family, from 0 (in every page's prose)
        to 1 (in few pages, or a family too small to tell): log(pages / pages with the word) over
        log(pages), pages of the sample the run counted words on (:data:`WORD_SAMPLE_PAGES`)."""
        if not self.fams:
            return 1.0
        fam, _pages, _named = max(self.fams, key=lambda f: f[1])
        sampled = self.index.counts_of(fam, WORD_PAGES_KEY)
        c = self.index.counts_of(fam, shape_hash(_MASK_WORD + word))
        if c is None or sampled is None or len(c) <= 7 or not c[7] or int(sampled[7]) < 2:
            return 1.0
        pages = int(sampled[7])
        return min(1.0, max(0.0, math.log(pages / int(c[7])) / math.log(pages)))

    def wrap_width(self, lines: list[str]) -> int | None:
        """The column this page's text is hard-wrapped at (:mod:`.rejoin`): one of the widths its
        lines end at that :data:`.rejoin.MIN_WRAP_SHARE` of its site's pages show too; None when the
        site does not wrap (a page's lines that line up by chance). A page with too few wrapped
        lines to show a width (one paragraph long enough to wrap) is asked of every width one of
        its lines allows (:func:`.rejoin.page_widths`): the site's column is one of them."""
        best, width = 0.0, None
        shown = [t for t in lines if t]
        site = set()  # (the widths the site wraps at)
        for w in page_widths(shown):
            h = shape_hash(f"{MASK_WRAP}{w}")
            for fam, pages, _named in self.fams:
                c = self.index.counts_of(fam, h)
                if c is not None and pages and c[0] / pages >= MIN_WRAP_SHARE:
                    site.add(w)
                if c is not None and pages and c[0] / pages > best:
                    best, width = c[0] / pages, w
        if len(site) > 1:
            # (of the site's widths the page's lines allow, the one that explains its lines one under
            # another best: a page whose long lines end at 61 allows 62 and 63 as well, which would
            # leave every line of 61 columns unjoined)
            width = fitted_width(lines, site, MIN_PAGE_LINES) or width
        return width if best >= MIN_WRAP_SHARE else None

    def narrow_width(self, lines: list[str]) -> int | None:
        """The newspaper's column a page's text (its lines with their blank ones) is wrapped at,
        where the page shows too few lines one under another to tell it (a short clipping, nine
        lines of its column; :data:`.rejoin.MIN_NARROW_LINES` asked alone), when
        :data:`.rejoin.MIN_WRAP_SHARE` of its site's pages are wrapped at one (an archive of
        newspapers' OCR text, each paper at its own column): :data:`.rejoin.MIN_FEW_LINES` of its
        lines tell the column then, as :meth:`wrap_width` learns a wide one from the run, the site's
        own lines aside (:meth:`roles`: its masthead, its note over the text and its footer, set
        wider, stand over a short clipping's few lines of the column as over a long one's many)."""
        h = shape_hash(MASK_NARROW)
        for fam, pages, _named in self.fams:
            c = self.index.counts_of(fam, h)
            if c is not None and pages and c[0] / pages >= MIN_WRAP_SHARE:
                roles = iter(self.roles([t for t in lines if t]))
                own = [t if t and next(roles) is None else "" for t in lines]
                return narrow_width(own, least=MIN_FEW_LINES)
        return None

    def roles(self, lines: list[str], keys: list[str] | None = None,
              numbered: dict[int, int] | None = None) -> list[str | None]:
        """The role of each of a page's (non-blank, stripped) lines (``keys``: their line keys, if
        known; ``numbered``: the numbers the page's markup gives its lines, an ``<ol>``'s items).
        A site line that stands twice above the body (a menu item, then the same word as the
        page's section label) is the template's only once: its last copy is the page's own."""
        if keys is None:
            keys = [line_key(t) for t in lines]
        is_p = [is_prose(t) for t in lines]
        region = regions(lines, is_p)
        lines, keys = mask_quoted_lines(lines, keys, is_p)
        out = [self.role(t, k, r, p) for t, k, r, p in zip(lines, keys, region, is_p)]
        if self._borrowed:
            self._split_site_lines(lines, region, out)
        own = title_candidate(lines, region, keys, self.index.headline)  # the page's own headline is no related link
        if own is not None:
            out = [None if r == TITLE and k == own else r for k, r in zip(keys, out)]
        self._other_stories(lines, keys, region, out, is_p)
        if self.fams:
            self._headwords(lines, region, out, is_p)
        between = between_groups(lines, is_p, region) if self.learned or self._small else []  # (found once for both)
        if self.learned or self._small:
            self._inside(lines, keys, region, out, is_p, between)
        if self.learned:
            for k, groups in repeated_between(lines, is_p, region, between).items():
                if self._seen_on(shape_hash(_MASK_GROUP + k), "", 5, MIN_GROUP_PAGES, borrowed=True):
                    for i in (i for g in groups for i in g if out[i] is None):
                        out[i] = CHROME  # (a picture slot of the site: its counter, caption, credit)
        lead = lead_slot(lines, is_p) if self.learned else None
        if lead is not None and out[lead] is None and self.lead_label(lines[lead]):
            out[lead] = CHROME  # (the site's label of the story's kind under its lead)
        lp = last_prose(lines, is_p)
        if lp >= 0 and self.fams:
            for i in range(lp + 1, len(lines)):
                if out[i] is None and region[i] != "H" \
                        and (self._after(lines[i], keys[i]) or self._named_closing(lines, keys, i, is_p)) \
                        and not closes_fields(lines, i):
                    out[i] = CHROME
        if lp >= 0 and self.learned and out[lp] is None and region[lp] != "H" and note_line(lines, is_p, lp) \
                and (self._note(lines[lp], keys[lp]) or self._named_closing(lines, keys, lp, is_p)):
            out[lp] = CHROME  # (the site's note, a sentence of prose, under the story's last paragraph)
        if self.fams:
            self._widget_pairs(lines, keys, region, out)
            self._widget_lists(lines, region, out, is_p)
        if self.learned:
            self._stamps(lines, keys, region, out)
        _markers_between(lines, keys, region, out, is_p)
        find_boxes(lines, keys, region, out, own, self._marker_seen if self.fams else None)
        for i in dialogue_turns(lines, is_p):  # (a speaker's questions: the story's, whatever the site writes often)
            out[i] = None
        if self.learned:
            self._verses(lines, keys, region, out, is_p)
        for i in asked_and_answered(lines, is_p):  # (a reader's one question, answered: the story's)
            if out[i] != TITLE:
                out[i] = None
        for run in numbered_clauses(lines, is_p, region):  # (a law's articles the story quotes: its own)
            for j in run:
                if out[j] in (MID, CHROME):
                    out[j] = None
        for i, rows in introduced_rows(lines, is_p, region, numbered):
            # (a list the story introduces: its own, though its labels and the clause's first words
            # recur on the site; not when the clause is the site's line whole, a box's heading)
            if not self.learned or self._shares(shape_hash(_shape_of(lines[i], keys[i])), keys[i], within=True) is None:
                for j in (i, *rows):
                    if out[j] in (MID, CHROME):
                        out[j] = None
        seen: set[str] = set()
        for i, (k, r) in enumerate(zip(keys, out)):
            if r == SITE:
                if k in seen:
                    out[i] = HEAD
                seen.add(k)
        return out

    def _verses(self, lines: list[str], keys: list[str], region: list[str], out: list, is_p: list[bool]) -> None:
        """The hemistichs of a poem the story quotes (:func:`.verses.verse_runs`: lines about as long
        that rhyme as couplets do), under its first prose line, are no chrome of the site's (in
        place), though other pages of the site quote the poem too (a magazine quotes its poets
        often), and so is the poet's name right under the poem (:func:`poet_line`); a couplet that
        stands on :data:`TAIL_SHARE` of the site's pages or more (a motto in its header or footer)
        is the site's. The text step then keeps such a run only where it
        touches the story's prose."""
        first = next((i for i, p in enumerate(is_p) if p), None)
        if first is None:
            return
        may = [i > first and region[i] != "H" and out[i] in (None, CHROME, MID) for i in range(len(lines))]
        if not any(may[i] and out[i] is not None for i in range(len(lines))):
            return
        texts: list[str | None] = list(lines)
        found = verse_runs(texts, may)
        signs = [i + 1 for i in found if i + 1 not in found and poet_line(lines, is_p, i + 1)]
        for i in sorted(found | set(signs)):
            if out[i] is None or region[i] == "H":
                continue
            c = self._shares(shape_hash(_shape_of(lines[i], keys[i])), keys[i], within=True)
            if c is None or c[0] < TAIL_SHARE:
                out[i] = None

    def _inside(self, lines: list[str], keys: list[str], region: list[str], out: list, is_p: list[bool],
                groups: list[list[int]]) -> None:
        """The short lines between this page's paragraphs whose shape the site shows between the
        paragraphs of :data:`MIN_INSIDE_STORIES` stories or more (:attr:`TemplateIndex.inside`), and
        the sentences inside its story it shows so whole (:func:`stock_sentences`): chrome set into
        the story (``MID``, in place), however rare on the site's pages, and in a family of too few
        pages to teach shapes too (:attr:`_small`: stories, not pages, tell such a line); but not
        :data:`MIN_STOCK_HEADINGS` bare headings or more of a page, the story's sections (lines the
        site's recurring shapes gave a role already are its template's, and are not counted);
        ``groups``: the page's :func:`between_groups`."""
        inside = self.index.inside
        if not len(inside):
            return
        shaped = [_shape_of(t, k) if k and len(t) <= MAX_LINE_CHARS else "" for t, k in zip(lines, keys)]
        fams = [f for f, _p, _named in self.fams + self._borrowed + self._small]
        found = [at for h, at in inside_shapes(lines, is_p, region, shaped, groups).items()
                 if any(combined(f, h) in inside for f in fams)]
        # (a line the site's recurring shapes gave a role already, a «ادامه مطلب »» on most of its
        # pages, is its template's, no stock subheading of its stories: it does not count)
        heads = [at for at in found if all(bare_heading(lines[i]) and out[i] is None for i in at)]
        if len(heads) >= MIN_STOCK_HEADINGS:  # (the site's stock subheadings: the story's sections)
            found = [at for at in found if at not in heads]
        for at in found:
            for i in at:
                if out[i] is None:
                    out[i] = MID

    def _split_site_lines(self, lines: list[str], region: list[str], out: list[str | None]) -> None:
        """The short lines atop a flat page that, joined, are the first line of the site's HTML pages
        this page borrows its template from (:func:`_joined_heads`, :func:`html_families`): a flat
        copy writes its header's links one a line («سرخط پلاس» / «خوراک» / «رسانه‌های همکار»), its
        HTML pages show them as one line, the first of each of them. Each is the site's then (``SITE``),
        none a section or a headline. (The family a line names says nothing of that line's shares,
        :meth:`_fams_of`; that the run has enough HTML pages opening with it does.)"""
        named = {name for _f, _p, name in self._borrowed}
        if not named:
            return
        top = 0
        while top < min(len(lines), MAX_JOINED_LINES) and region[top] == "H" and out[top] in (None, SITE) \
                and len(lines[top].split()) <= MAX_JOINED_ITEM_WORDS:
            top += 1
        for end in range(top, 1, -1):
            if line_key(" ".join(lines[:end]))[:40] in named:
                out[:end] = [SITE] * end
                return

    def role(self, text: str, key: str, region: str, prose: bool | None = None) -> str | None:
        """The role of a line ``text`` (its :func:`~palayesh.textkeys.line_key` ``key``) standing in
        ``region`` of its page (see the module docstring); ``prose``: :func:`is_prose` of it, if known."""
        if not key or len(text) > MAX_LINE_CHARS or (region == "M" and len(text) > MAX_BODY_CHROME_CHARS):
            return None
        if prose is None:
            prose = is_prose(text)
        # (a function of the line and the run's counts alone: the site's lines recur on its pages,
        # and their roles are remembered)
        memo = self.index._roles
        asked = (self._number, text, key, region, prose)
        try:
            return memo[asked]
        except KeyError:
            pass
        got = self._role(text, key, region, prose)
        if self._number:  # (a template made by hand, not by for_page: none of it remembered)
            if len(memo) >= MAX_ROLES:
                memo.clear()
            memo[asked] = got
        return got

    def _role(self, text: str, key: str, region: str, prose: bool) -> str | None:
        within = region != "H" and not prose
        c = self._shares(shape_hash(_shape_of(text, key)), key, within=within) if self.learned else None
        if region == "H":
            if c is None:
                return None
            if c[2] + c[3] > c[1]:  # above this page's story, but inside or after most pages' stories
                return MID if c[2] > c[3] else CHROME
            return SITE if c[4] >= SITE_SHARE else HEAD
        if c is None and self.learned:
            p = prefix_key(text)
            if p:
                c = self._shares(shape_hash(p), within=within)
        if c is None and within and self._widget(text, key):
            return CHROME
        if c is not None:
            # late on most of the site's pages: the tail opens here when it stands late on this
            # page too, or when the site puts it late five times as often as between paragraphs
            # (a comment section's «۵ دیدگاه» over comments longer than the story)
            if c[3] >= TAIL_SHARE and (region == "T" or c[3] >= LATE_RATIO * c[2]):
                # (but a headline of four words or more, no digits, that stands on other stories'
                # pages of the run too, is a related link the site lists late on most pages: between
                # this page's paragraphs it ends nothing)
                if region == "M" and text.count(" ") >= 3 and not _DIGITS.search(text) and self.elsewhere(text, key):
                    return TITLE
                return TAIL
            # between this page's paragraphs, and between them on the site's pages at least half
            # as often as after them: chrome inside the story (an ad box's heading, placed after
            # any of a story's paragraphs, so late on some pages), which ends nothing; a tail's
            # heading stands late on nearly every page
            return MID if region == "M" and MID_RATIO * c[2] >= c[3] else CHROME
        if self.index is not None and len(self.index.titles) and not prose \
                and text.rstrip(_MARKS)[-1:] != "." and self._is_title(text, key):
            return TITLE
        return None

    def _other_stories(self, lines: list[str], keys: list[str], region: list[str], out: list,
                       is_p: list[bool]) -> None:
        """Lines of a related list (in place): a line after the body begins that opens as another
        story of the run opens (its lead or first paragraph, or a teaser cut from it: a prefix of
        :data:`OPENING_WORDS` words), right under a line that is a headline of the run (a teaser
        stands under its story's link; a paragraph the page shares with another page of the run,
        a republication with an intro of its own, stands under the page's own prose), is that story's teaser
        (``TITLE``), when it shares few of the story's words; and the lines that stand
        between two lines that are another story's headline or opening, no more than
        :data:`MAX_BETWEEN` of them, none a paragraph longer than a teaser (:data:`MAX_TEASER_WORDS`),
        are the items' dates and teasers (``CHROME``). A related list ends with a story's link; an
        inline link («بیشتر بخوانید: …», a labelled title) is no item of one, nor is what follows it.

        Never the page's own story: its first two prose lines are its own (its lead and first
        paragraph, whose openings it gave the run), and an opening the run found under this page's
        story (:func:`observe`: a republication of it on another page) is no other story's, nor
        one of a story republished on this page (an opening of it among those two lines, or two
        of its openings, its lead and first paragraph, on the page)."""
        idx = self.index
        if not len(idx.openings) and not len(idx.titles):
            return
        prose = [i for i, p in enumerate(is_p) if p]
        if not prose:
            return
        mine = set(prose[:2])  # (the lines whose openings the page gave the run: observe)
        story = story_hash([keys[i] for i in prose[:4]])
        found: dict[int, list[int]] = {}  # line -> the stories whose opening it is
        if len(idx.openings):
            for i, t in enumerate(lines):
                if region[i] != "H" and out[i] is None and t.count(" ") + 1 >= OPENING_WORDS:
                    k = opening_key(t)
                    got = idx.stories_opening(shape_hash(k)) if k else []
                    if got:
                        found[i] = got
        # a story whose opening is one of the page's own first lines, or whose openings stand twice
        # on the page (its lead and first paragraph), is republished here: the page's own
        told = Counter(s for got in found.values() for s in got)
        own = {story} | {s for i, got in found.items() for s in got if i in mine or told[s] >= 2}
        words: set[str] | None = None  # (cut when a line is first weighed against them)
        anchors = []  # lines that are another story's bare headline or opening
        for i in range(len(lines)):
            if region[i] == "H" or i in mine:
                continue
            if out[i] == TITLE:
                if shape_hash(keys[i]) in idx.titles:  # (the whole line, not after a label)
                    anchors.append(i)
            elif i in found and not own.intersection(found[i]) and anchors and anchors[-1] == i - 1:
                if words is None:  # (the words of the page's prose above the first of them: its story's)
                    first = min(found)
                    words = content_words(" ".join(lines[j] for j in prose if j < first or j in mine))
                if self._about_another(lines[i], words):
                    out[i] = TITLE
                    anchors.append(i)
        for a, b in zip(anchors, anchors[1:]):
            if 1 < b - a <= MAX_BETWEEN + 1 and not any(m in mine or lines[m].count(" ") + 1 > MAX_TEASER_WORDS
                                                        for m in range(a + 1, b)):
                for m in range(a + 1, b):
                    if out[m] is None:
                        out[m] = CHROME

    def _headwords(self, lines: list[str], region: list[str], out: list, is_p: list[bool]) -> None:
        """Short lines between the page's first prose line (a lead) and the next one or the body
        (in place): one whose first word the site writes before a varying rest on many of its
        pages (:func:`headword_key`: «نوشته X» under the lead) is the template's (``CHROME``),
        though the line itself is on this page only. Never above the first prose line: a headline
        or a section label stands there, and some sites open many headlines or labels with one
        word; nor further down, among the story's subheadings."""
        first = next((i for i, p in enumerate(is_p) if p), None)
        if first is None:
            return
        for i in range(first + 1, len(lines)):
            if is_p[i] and region[i] != "H":
                break
            if out[i] is None and not is_p[i]:
                k = headword_key(lines[i])
                if k and self._shares(shape_hash(k)) is not None:
                    out[i] = CHROME

    def byline(self, text: str) -> bool:
        """Whether a short line above the body is the site's byline: its first two words stand before
        a varying rest above the body of :data:`BYLINE_SHARE` of the site's pages (:func:`byline_key`),
        while the line itself is on few of them (a headline is written for one page, a site's
        tagline is on all)."""
        k = byline_key(text) if self.fams else None
        if k is None:
            return False
        c = self._shares(shape_hash(k))
        if c is None or c[1] < BYLINE_SHARE:
            return False
        whole = self._shares(shape_hash(_shape_of(text, line_key(text))), line_key(text))
        return whole is None or whole[1] < c[1] / 2

    def glued_cut(self, text: str) -> int | None:
        """Where the site's end marker glued to this line's last sentence starts (:func:`glued_end`,
        seen so on :data:`MIN_GLUED_PAGES` of the site's pages), or None."""
        g = glued_end(text) if self.fams else None
        if g is None or not self._seen_on(shape_hash(g[1]), "", 6, MIN_GLUED_PAGES):
            return None
        return g[0]

    def _widget_pairs(self, lines: list[str], keys: list[str], region: list[str], out: list) -> None:
        """A widget's label alone inside or after the body and the line under it (in place): when
        the site writes the label before a line that is no sentence on :data:`MIN_WIDGET_PAGES` of
        its pages (in one line or two: :func:`widget_pair_key`), both are its template's
        (``CHROME``): «بیشتر بخوانید:» over another story's headline, in whatever words the site
        labels it."""
        for i in range(len(lines) - 1):
            if out[i] is None and region[i] != "H" and region[i + 1] != "H" and out[i + 1] in (None, TITLE, CHROME):
                k = widget_pair_key(lines[i], lines[i + 1])
                if k and self._seen_on(shape_hash(k), keys[i], 5, MIN_WIDGET_PAGES):
                    out[i] = out[i + 1] = CHROME

    def _stamps(self, lines: list[str], keys: list[str], region: list[str], out: list) -> None:
        """The site's notes of its changes to a story (in place): a line stamped with a clock after
        a label (:func:`stamp_key`) inside or after the body, whose label the site stamps so on
        :data:`MIN_STAMP_PAGES` of its pages, is its template's, set into the story (``MID``):
        «ویرایش: ۱۴:۳۰ - جزئیات تازه به این خبر افزوده شد.» under the lead, «ویرایش ۱۴:۳۰:» over
        the part it added, in whatever words the site says it; a site's flat-text pages too few
        for a family of their own ask its HTML pages. Not a form the page stamps twice (a live
        report's entries, each under its time): those are the story's parts."""
        heads = [stamp_head(t) for t in lines]
        forms = Counter((h[0], h[1] is None) for h in heads if h)  # (a note's and a heading's)
        for i, h in enumerate(heads):
            k = _stamp_shape(h) if h and out[i] is None and region[i] != "H" else None
            if k and h and forms[h[0], h[1] is None] == 1 \
                    and self._seen_on(shape_hash(k), keys[i], 5, MIN_STAMP_PAGES, borrowed=True):
                out[i] = MID if region[i] == "M" else CHROME

    def _widget_lists(self, lines: list[str], region: list[str], out: list, is_p: list[bool]) -> None:
        """A widget's list flattened between a story's paragraphs (in place): under a short heading
        the site's template shows inside or after its stories (``MID`` or ``CHROME``: «most read», in
        whatever words), a run of :data:`WIDGET_LIST_ITEMS` lines of headline length that are no
        sentence (a list number «۱.» aside), with the story's prose right under
        the run, is the widget's (``CHROME``) when one of its items or more is known to the run as
        no line of this story: another story's headline, a line on other stories' pages
        (:meth:`elsewhere`), or a line the template already gave a role (one is enough: a box's
        headlines change from page to page, and the run holds few of them). Under a label with a
        colon («بیشتر بخوانید:», one link and then maybe the story's own subheading) most of them
        must be. A story's own list under a heading its site repeats (its points, numbered) is
        written for it: found on no other page."""
        n = len(lines)
        # (under the first prose line: a box after a story's first paragraph keeps the body's start
        # below it, so its lines stand in region H)
        i = next((k for k, p in enumerate(is_p) if p), n) + 1
        while i < n:
            if out[i] not in (MID, CHROME) or region[i] == "T" or is_p[i] or lines[i].count(" ") >= 6 \
                    or lines[i].rstrip(_MARKS)[-1:] in _PROSE_END:
                i += 1
                continue
            items: list[int] = []
            known = 0
            j = i + 1
            while j < n and out[j] in (None, TITLE, CHROME) and not is_p[j] \
                    and len(items) < WIDGET_LIST_ITEMS[1]:
                text = _LIST_NUMBER.sub("", lines[j], count=1)
                if not 12 <= len(text) <= MAX_BODY_CHROME_CHARS or text.rstrip(_MARKS + "»\"')")[-1:] in ".…":
                    break  # (a sentence, a quote; a headline may end «؟!», or be one word of ZWNJs)
                known += out[j] is not None or self._is_title(text, line_key(text)) or self.elsewhere(lines[j])
                items.append(j)
                j += 1
            # (a label with a colon introduces one value, a link «بیشتر بخوانید: …», and the line
            # under it may be the story's subheading again: most of the run must be known there)
            label = _COLON.search(lines[i][-2:]) is not None
            if len(items) >= WIDGET_LIST_ITEMS[0] and j < n and is_p[j] \
                    and (2 * known > len(items) if label else known):
                for m in items:
                    out[m] = out[m] or CHROME
            i = j

    def _about_another(self, text: str, story: set[str]) -> bool:
        """Whether a line shares at most :data:`OTHER_SHARE` of its content words with the page's
        ``story`` words (each by its rarity in the site, :meth:`word_weight`): a teaser of another
        story, even on the same subject, shares a few; a paragraph of this story (republished on
        another page of the run, under its own intro) shares its names and places."""
        mine = content_words(text)
        if not mine:
            return False
        weight = self.word_weight
        return sum(weight(w) for w in mine & story) <= OTHER_SHARE * sum(weight(w) for w in mine)

    def _after(self, text: str, key: str) -> bool:
        """Whether the line's shape or its first two words stand after the last prose line of
        :data:`MIN_AFTER_PAGES` pages of its site (:data:`AFTER_BIT`); a short sentence's, of
        :data:`MIN_AFTER_SENTENCE_PAGES` (:meth:`_note`)."""
        if not key or len(text) > MAX_LINE_CHARS or text.count(" ") >= 20 or is_prose(text):
            return False  # (prose is the story's)
        if text.rstrip(_MARKS)[-1:] in _PROSE_END or introduces_below(text):
            # (a short sentence, or a clause that introduces what follows it: the site's on many
            # pages only; on two, the story's own, retold on its republication)
            return self._note(text, key)
        for k in (_shape_of(text, key), prefix_key(text), end_key(text)):
            if not k:
                continue
            if self._seen_on(shape_hash(k), key, 6, MIN_AFTER_PAGES):
                return True
        return False

    def _named_closing(self, lines: list[str], keys: list[str], i: int, is_p: list[bool]) -> bool:
        """Whether line ``i``, a short sentence after the story (or its last prose line, a sentence of
        :data:`NOTE_WORDS` words at most: :func:`note_line`), names a family of this page (the
        run's pages that end with it, :func:`families`) whose pages show it after their stories on
        :data:`TAIL_SHARE` of them and :data:`MIN_AFTER_SENTENCE_PAGES` at least, none of this
        page's prose lines recurring there (they are other stories' pages, not this story's
        republications): the note or copyright the site closes its pages with. :meth:`_note` asks
        the page's other families, never the one a line names; a page that lacks its site's
        header has no other family to ask."""
        text, key = lines[i], keys[i]
        if not key or key[:40] not in self._names or text.count(" ") >= NOTE_WORDS \
                or text.rstrip(_MARKS)[-1:] not in _PROSE_END:
            return False
        h = shape_hash(_shape_of(text, key))
        prose = [shape_hash(_shape_of(lines[j], keys[j])) for j, p in enumerate(is_p) if p and keys[j] and j != i]
        for fam, pages, named in self.fams:
            if named != key[:40]:
                continue
            c = self.index.counts_of(fam, h)
            if c is None or len(c) <= 6 or c[6] < max(MIN_AFTER_SENTENCE_PAGES, TAIL_SHARE * pages):
                continue
            if not any(self.index.counts_of(fam, p) is not None for p in prose):
                return True
        return False

    def _note(self, text: str, key: str) -> bool:
        """Whether a short sentence at the end of the story, its shape or its frame (:func:`frame_key`),
        stands there on :data:`MIN_AFTER_SENTENCE_PAGES` pages of its site (:data:`AFTER_BIT`): a
        note the site writes under its stories, in its own words (a transcript's, a translation's
        disclaimer); a story's own closing sentence is on its republications only. A site's flat-text
        pages too few for a family of their own ask its HTML pages (:func:`html_families`)."""
        return any(self._seen_on(shape_hash(k), key, 6, MIN_AFTER_SENTENCE_PAGES, borrowed=True)
                   for k in (_shape_of(text, key), *frame_keys(text)) if k)

    def value_after_pages(self, text: str, min_pages: int) -> float:
        """The share of its site's pages on which this «label: value» line, its value as it is,
        stands after the story's last prose line (:data:`AFTER_BIT`), when they are ``min_pages`` at
        least (else 0.0): a credit slot's value the site repeats (the few wires it retells) against
        one it writes once (a paper quoted for one story)."""
        key = line_key(text)
        if not self.learned or not key or not _shape_of(text, key).endswith(_MASK_VALUE):
            return 0.0
        h = shape_hash(_MASK_EXACT + _DIGITS.sub("0", key))
        best = 0.0
        for fam, pages, _named in self._fams_of(key):
            c = self.index.counts_of(fam, h)
            if c is not None and len(c) > 6 and c[6] >= min_pages:
                best = max(best, int(c[6]) / pages)
        return best

    def agency_slot(self, text: str, min_pages: int) -> bool:
        """Whether the site's credit slot of this line's shape («منبع خبر: …») names a news agency
        the agency table does not know on ``min_pages`` of its pages at least, saying it is one
        («خبرگزاری آسوشیتدپرس»): a slot the site fills with its stories' wires, the table's and
        others, where a bare name («منبع خبر: رویترز») is a wire too; not the slot of a site that
        credits the papers it translates («منبع: واشنگتن‌پست» on each page, no agency ever), nor
        that of a site crediting the table's agencies and other sites («منبع: فارس», «منبع:
        Healthline»).

        Every family of the page that shows the slot on ``min_pages`` pages must have seen an agency
        in it: a flat page's family of its last lines may pool sites that end their pages alike,
        one filling the slot with agencies, another with papers; its first lines' family tells them
        apart (its borrowed families are asked when its own know nothing of the slot)."""
        key = line_key(text)
        if not self.learned or not key or len(text) > MAX_AGENCY_SLOT_CHARS:
            return False
        shaped = _shape_of(text, key)
        if not shaped.endswith(_MASK_VALUE):
            return False
        slot, named = shape_hash(shaped), shape_hash(_MASK_AGENCY + shaped)
        for fams in (self._fams_of(key), self._borrowed):
            told = [a[4] if (a := self.index.counts_of(fam, named)) is not None else 0
                    for fam, _pages, _named in fams
                    if (c := self.index.counts_of(fam, slot)) is not None and c[0] >= min_pages]
            if told:
                return max(told) >= min_pages and min(told) > 0
        return False

    def sets_pull_quotes(self) -> bool:
        """Whether the site shows a pull quote between its stories' paragraphs on
        :data:`MIN_PULL_QUOTE_PAGES` of its pages or more (:mod:`.pullquote`): its pages' lines in
        quotes that say again a part of their story are its decoration, not the story's subheadings;
        a site's flat-text pages too few for a family of their own ask its HTML pages."""
        return self._seen_on(PULL_QUOTE_KEY, "", 5, MIN_PULL_QUOTE_PAGES, borrowed=True)

    def sets_bare_pull_quotes(self) -> bool:
        """Whether the site shows a pull quote set in no quotes (:func:`.pullquote.bare_pull_quotes`)
        between its stories' paragraphs on :data:`MIN_PULL_QUOTE_PAGES` of its pages or more."""
        return self._seen_on(BARE_PULL_QUOTE_KEY, "", 5, MIN_PULL_QUOTE_PAGES, borrowed=True)

    def _marker_seen(self, marker: str) -> bool:
        """Whether the site writes this marker (:func:`.boxes.marker_key`) before a varying text
        inside or after the body of :data:`.boxes.MIN_MARKER_PAGES` of its pages."""
        return self._seen_on(shape_hash(marker), "", 5, MIN_MARKER_PAGES)

    def _widget(self, text: str, key: str) -> bool:
        """Whether the line's label (:func:`widget_key`) stands before a line that is no sentence,
        inside or after the body, on :data:`MIN_WIDGET_PAGES` pages of its site (:data:`WIDGET_BIT`)."""
        k = widget_key(text)
        if k is None:
            return False
        return self._seen_on(shape_hash(k), key, 5, MIN_WIDGET_PAGES)

    def _seen_on(self, h: int, key: str, column: int, pages: int, *, borrowed: bool = False) -> bool:
        """Whether shape ``h`` has count ``column`` of at least ``pages`` in one of the page's site
        families (a family named by this very line, ``key``, does not count), or, with ``borrowed``,
        in one of its borrowed ones (:func:`html_families`)."""
        fams = self._fams_of(key) + (self._fams_of(key, self._borrowed) if borrowed else [])
        for fam, _pages, _named in fams:
            c = self.index.counts_of(fam, h)
            if c is not None and len(c) > column and c[column] >= pages:
                return True
        return False

    def elsewhere(self, text: str, key: str | None = None) -> bool:
        """Whether the line (or what follows its label) stands on the pages of two stories of the run
        or more (:attr:`TemplateIndex.lines`; this page's and another's): a headline or a link of
        the run, or a stock caption, not a line written for one story (``key``: its line key, if known)."""
        lines = self.index.lines
        return bool(len(lines)) and any(shape_hash(k) in lines for k in link_keys(text, key))

    def listed_whole(self, text: str, key: str | None = None) -> bool:
        """Whether this very line, the words before its colon too, stands on the pages of two stories of
        the run or more (:attr:`TemplateIndex.lines`): a headline «<speaker>: <quote>» the run lists
        whole, where a site's «عنوان خبر: <headline>» stands on one page and its value alone on others
        (:meth:`elsewhere` asks of either)."""
        lines = self.index.lines
        got = link_keys(text, key)
        return bool(len(lines)) and bool(got) and got[0] == (line_key(text) if key is None else key) \
            and shape_hash(got[0]) in lines

    def ticker_row(self, text: str) -> bool:
        """Whether a row of items between bars is a ticker of the run's other stories («تازه‌ها <headline> |
        <headline>»): two items or more, each of :data:`LINK_WORDS` words that stands on the pages of
        two stories of the run or more (:meth:`elsewhere`: a headline of the run, a link to it), the
        first one after a label of 1-4 words or none. A «kicker | headline» has a kicker of a word or
        two, which no page of the run shows as a link, and a menu's items are no headlines."""
        if not len(self.index.lines):
            return False
        items = [x.split() for x in _TICKER_BAR.split(text)]
        if len(items) < 2 or not all(items):
            return False
        first, *rest = items
        return any(self.elsewhere(" ".join(first[k:])) for k in range(min(5, len(first) - 2))) \
            and all(self.elsewhere(" ".join(x)) for x in rest)

    def _is_title(self, text: str, key: str) -> bool:
        """Whether the line is another page's headline, alone or after a label of 1-4 words."""
        titles = self.index.titles
        if shape_hash(key) in titles:
            return True
        words = text.split()
        if len(words) < 4:
            return False
        keys = line_key("\u01c2".join(words)).split("\u01c2")  # one key call: «ǂ» between the words
        for k in range(1, min(5, len(words) - 2)):
            rest = "".join(keys[k:])
            if len(rest) >= 12 and shape_hash(rest) in titles:
                return True
        return False
