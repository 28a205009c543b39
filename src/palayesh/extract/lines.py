"""A flat page's lines, each judged by itself: the :class:`Line` record and the kinds a line is.

:func:`classify` tells a line's kind once, cheaply, from the line alone: prose (``PARA``) or a short
line (``SHORT``, a headline or a label), a date or meta row, a label, an end marker or credit
(``END``), site chrome, a menu (``NAV``) or a breadcrumb trail (``CRUMB``): precompiled patterns, a
key lookup in the boilerplate lexicon, the density of Persian function words; a story's end marker
in a site's own words has a shape of its own (:func:`end_marker_shape`, «/ن», «ختم خبر»). Where the
line stands on its page, and what the run learned of its site, is :mod:`.text`'s to read.

>>> classify("به گزارش خبرگزاری مهر، وزیران دفاع دو کشور در مسکو با یکدیگر دیدار و گفتگو کردند.").kind
'para'
>>> classify("انتهای پیام/").kind
'end'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..memo import short_line_memo
from ..textkeys import line_key
from .agency import MAX_END_MARKER_WORDS, agency_closer_start, credit_sentence, has_dateline, is_credit_line
from .boxes import introduces
from .dates import RELATIVE, date_line_score, fold, meta_field, meta_fields_line
from .lexicon import boilerplate, function_words, tokens
from .prose import _COLON, cut_trail, is_ticker
from .sections import (
    EDGE_MARKS,
    MAX_SECTION_WORDS,
    crumb_parts,
    cut_trail_parts,
    in_label_value,
    is_in_label,
    is_label_line,
    section_from_label,
)
from .template import (
    CHROME as T_CHROME,
    MID as T_MID,
    SITE as T_SITE,
    TAIL as T_TAIL,
    TITLE as T_TITLE,
)

# line kinds
BLANK, PARA, SHORT, DATE, META, LABEL, END, CHROME, NAV, CRUMB = (
    "blank", "para", "short", "date", "meta", "label", "end", "chrome", "nav", "crumb")
#: kinds that are never body text
NOT_BODY = frozenset({DATE, META, LABEL, END, CHROME, NAV, CRUMB, BLANK})

TERMINAL = frozenset(".:؛;…")           # a sentence or a quote introduction ends here
_ANY_TERMINAL = frozenset(".:؛;…!?؟»\")")
_SENTENCE_MARKS = _ANY_TERMINAL - {")"}
_CLOSERS = "»\"')”’"
_MARKS = EDGE_MARKS
_DIGIT = re.compile(r"\d")
#: «زمان مطالعه: ۵ دقیقه», «⏱ ۱ دقیقه مطالعه» (an icon before it, as before a date)
_READING_TIME = re.compile(r"^[^\w]*(?:زمان مطالعه\s*[:：]?\s*)?\d+\s*(?:دقیقه|min)(?:\s*(?:مطالعه|زمان مطالعه))?\s*$")
# one split at the first @
_URLISH = re.compile(r"^\s*(?:https?://|www\.|@\w)|^[^\s@]+@\S+\.\w+$", re.I)
#: a credit's opening words («منبع», «به نقل», «برگرفته», …, «این خبر از X بازنشر شده است», «این خبر
#: بازنشر شده از X است», «این مطلب نخستین بار در X منتشر شده است»)
_CREDIT_START = re.compile(r"^\s*[(\[]?\s*(?:منبع|منابع|مأخذ|ماخذ|به\s*نقل|نقل\s*از|برگرفته|اقتباس|بازنشر"
                           r"|source|via|(?:متن\s+کامل\s+)?(?:این|متن|اصل)\s+\S+\s+(?:\S+\s+){0,2}?(?:از|در)\s)", re.I)
#: a credit said in a sentence may be longer than a labelled one: an agency's full name takes four
#: words («این گزارش پیش‌تر در خبرگزاری کار ایران (ایلنا) منتشر شده بود»)
MAX_CREDIT_SENTENCE_WORDS = 14
SEGMENTS = re.compile(r"\s+[—–\-|｜•·]\s+")
#: a run of spaces, squeezed to one before splitting at separators: «\s*[|]» tried from every space
#: of a long run without a bar takes time quadratic in the run (15 s for 17,000 spaces)
SPACES = re.compile(r"\s+")
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_][\w.]{2,}")
_URL_IN = re.compile(r"https?://\S+|www\.\S+\.\w+", re.I)
#: a markdown picture alone on its line «![alt](src)», in a link «[![alt](src)](href)» too: no text
_PICTURE = re.compile(r"\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?")
#: a photo's credit or note opening a line («عکس: ایسنا», «تصویر از آرشیو», «عکس تزئینی است»)
#: (s57-head's «تصویر ۱ - …» as a note too cost a zdev page a story paragraph of a live blog: taken out)
PHOTO_CREDIT = r"(?:عکس|تصویر|عکاس)(?:\s|\u200c)*(?:از|تزئینی|تزیینی|آرشیوی?|تزئینیست|:)"
#: classes of lines that are never a story's: a photo's credit or note («عکس تزئینی است», «تصویر از
#: آرشیو»), an ad («تبلیغ: …», «آگهی»), a link to the source («ادامه خبر را در سایت … بخوانید»,
#: «مشاهده متن کامل در …»); short, and not a sentence of the story
_PROMO_CLASS = re.compile(r"^\s*(?:" + PHOTO_CREDIT +
                          r"|(?:تبلیغ|تبلیغات|آگهی|رپورتاژ|اسپانسر)(?:\s|\u200c)*(?:[:：]|$|\s\S+\s*$)"
                          r"|(?:ادامه\s*(?:خبر|مطلب|متن)|متن\s*کامل|مشاهده\s*(?:متن|ادامه|خبر|مطلب)).{0,30}(?:سایت|در\s).{0,40}$)")
#: a photo's caption that closes with its credit, the photographer or agency named after a label
#: and a colon («بازار موبایل در تهران عکس: زهرا کاظمی», «… | عکاس: ایسنا»): what a page sets under a
#: photo, never a headline nor the story's sentence; the credit a name of a word to four (no digit,
#: no sentence's end), the caption two words or more before it
CAPTION_CREDIT = re.compile(r"^\s*\S+\s+\S.*?[\s|\-–—،(]\s*(?:عکس|عکاس|تصویر|photo|photographer)\s*[:：]\s*"
                             r"[^\s\d:：.!؟?]+(?:\s+[^\s\d:：.!؟?]+){0,3}\s*\)?\s*$", re.I)
_INITIALS = re.compile(r"^[\s/()\[\]\-–—*]*(?:\w{1,2}(?:\s?\.\s?\w{1,2}){1,3}\.?[\s/()\[\]\-–—*,،]*){1,4}$")
#: a line cut short, the dots glued to its last word («… درباره تلاش..», «… مروارید...»); a teaser
#: ending in «…» stays prose-like, as the listing test reads teasers
_TRUNCATED = re.compile(r"[^\s.]\.{2,}[\u200e\u200f\s]*$")


@dataclass
class Line:
    text: str
    key: str
    words: int
    kind: str
    gap: bool = False  # an empty line came right before this one on the page
    site: bool = False  # the site's own line (name, tagline, menu): above the body on every page
    learned: bool = False  # the kind comes from the site's template, not from the line itself
    #: for a short label above the body: whether the site shows it on other pages too (None: no template)
    seen: bool | None = None
    recurs: bool = False  # the site's template knows this line (it recurs on the site's pages)
    tagline: bool = False  # the run shows it above every page of the site (:func:`.sections.on_every_page`)
    #: a short line the run shows on (nearly) every page of the site: its name or brand, never a
    #: credit however it reads («خبرگزاری X» under every story of X's own site)
    brand: bool = False
    #: the line stands on pages of other stories of the run too (:meth:`.template.PageTemplate.elsewhere`)
    elsewhere: bool = False
    #: a line the template makes chrome inside the story (role ``MID``) that stands on pages of other
    #: stories of the run too, as :attr:`elsewhere` says of a line it knows nothing of: an ad's copy
    stock: bool = False
    #: the run shows it, or the line above it, right above every headline of the site (:func:`.sections.fixed_line`)
    fixed: bool = False
    #: a byline by the site's template: its first words stand above many of its pages' bodies before
    #: a varying name (:meth:`.template.PageTemplate.byline`)
    byline: bool = False
    #: the page's first prose line opens with the label its site opens its leads with on other pages
    #: too («لید: …», in the site's own words: :meth:`.template.PageTemplate.labels_lead`)
    site_lead: bool = False
    #: the page's first prose line, on a site that writes a summary over its stories where nothing on
    #: the page says so (:meth:`.template.PageTemplate.gives_summaries`)
    summary_site: bool = False
    #: the outlet the page's first prose line credits in a dateline «PLACE (NAME):» its site opens
    #: many of its pages with (:meth:`.template.PageTemplate.credits_opening`); None otherwise
    site_credit: str | None = None
    #: the names of sections this line shows (itself, or fields of a date or meta row), as two sites
    #: of the run or more show them above their stories (:meth:`.template.PageTemplate.in_vocab`), or
    #: as the site's own section slots hold them on its other pages (:meth:`.template.PageTemplate.host_section`)
    vocab: tuple[str, ...] = ()
    #: the fields of a date or meta row that stand at the one position of the site's rows that ever
    #: holds an item of its menu, sub-sections the menu lists not
    #: (:meth:`.template.PageTemplate.row_sub_section`): the story's section, read from its date row only
    row_sub: tuple[str, ...] = ()
    #: a short line of a page whose site sets kickers, not sections, right above its headlines
    #: (:meth:`.template.PageTemplate.kicker_slot`)
    kicker: bool = False
    #: a short label the site shows under its place in a menu set an item a line on its other pages:
    #: the story's kicker under its section (:meth:`.template.PageTemplate.kicker_under_item`)
    under_item: bool = False
    #: a short label right under another that the site's pages show, right above their headlines,
    #: under other labels too: the story's kicker under its section, not a sub-section
    #: (:meth:`.template.PageTemplate.under_other_labels`)
    under_others: bool = False
    #: a short label the site shows right above its meta rows whose section field names another
    #: value: the story's genre (:meth:`.template.PageTemplate.labels_row`)
    over_row: bool = False
    #: a short label of a page whose site's label right above its headlines names another section
    #: than the trail under its stories (:meth:`.template.PageTemplate.label_apart_from_foot`)
    foot_apart: bool = False
    #: ... because the site's HTML pages show it over the headlines of stories they declare filed
    #: under other sections (:meth:`.template.PageTemplate.declared_kicker`): apart from their menu
    told: bool = False
    #: a short label the site's pages (or its HTML pages, for a flat copy) show right over their
    #: headline on a few of them, one of a few values of that slot: a section
    #: (:meth:`.template.PageTemplate.slot_section`)
    slot_value: bool = False
    #: ... shown so itself, not only set in the slot where the site's HTML pages hold kickers
    #: (:meth:`.template.PageTemplate.declared_kicker` with ``own``)
    told_own: bool = False
    #: a short label the site's HTML pages show right *under* the headlines of stories they declare
    #: filed under other sections, and never under one they file under itself: the story's kicker
    #: set under its headline (:meth:`.template.PageTemplate.declared_under_kicker`), no section
    told_under: bool = False
    #: a short label the site's HTML pages show right above a few of their headlines, whatever they
    #: declare, in a slot that shows no name on many of them: the story's kicker, listed or not
    #: (:meth:`.template.PageTemplate.html_kicker`)
    html_kicker: bool = False
    #: the run knows it as another story's headline or opening (a related link: template role TITLE)
    related: bool = False
    #: for a short line above the story: the site sets it between the paragraphs of several of its
    #: stories (:meth:`.template.PageTemplate.shown_inside`): a stock caption, no headline of this one
    inside: bool = False
    #: for a short line above the story: the site shows it in the headline's place over several of its
    #: stories (:meth:`.template.PageTemplate.stock_title`): a stock caption, which yields to a headline
    #: over it, not to the header's weaker lines (a kicker, a credit), the way :attr:`inside` does
    stock_title: bool = False
    #: for a bar row above the story: a ticker of the run's other stories, each item a line the run
    #: shows on other stories' pages (:meth:`.template.PageTemplate.ticker_row`), no «kicker | headline»
    ticker: bool = False
    #: for a «words: words» line above the story: the run shows this very line, the words before its
    #: colon too, on other stories' pages (:meth:`.template.PageTemplate.listed_whole`), and few of the
    #: site's pages show its shape: a headline whole («<speaker>: <quote>»), no field label over a value
    listed_whole: bool = False
    #: the share of the site's pages that show the line (its shape), when the template knows it
    #: (:meth:`.template.PageTemplate.page_share`; 0.0 otherwise)
    share: float = 0.0
    #: a turn of the page's dialogue (a speaker's question: :func:`.dialogue.dialogue_turns`), the story's
    turn: bool = False
    #: a row of a table in a box of the site's between the story's paragraphs (:func:`.text.story_tables`)
    boxed: bool = False
    #: a hemistich of a poem the story quotes (:func:`story_verses`), the story's though the run
    #: shows it on other stories' pages too (a magazine quotes its poets often)
    verse: bool = False
    #: the share of the site's pages that show the line above their story (in their header:
    #: :meth:`.template.PageTemplate.head_share`), for a line of the site's chrome; 0.0 otherwise
    head: float = 0.0
    #: for a headline-like line above the story: the share of the site's headline-like lines at its
    #: slot (between the same neighbours) that their pages told as their headline
    #: (:meth:`.template.PageTemplate.headline_slot`; None when the run does not know the slot)
    slot: float | None = None
    #: ... and of the site's headers showing this very line (its shape) as a headline-like line
    #: (:meth:`.template.PageTemplate.headline_shape`; None for a line on few of them: a story's headline)
    own: float | None = None
    #: for a tail heading the template learned: the site shows it between its stories' paragraphs
    #: too, as often as half the times after them (:meth:`.template.PageTemplate.shown_between`): a
    #: box set into the story, which ends the story only where no more of the story follows it
    between: bool = False
    #: for a «label: value» line the site repeats: the share of its pages it stands on after the
    #: story, value and all, when they are :data:`MIN_SLOT_VALUE_PAGES` at least
    #: (:meth:`.template.PageTemplate.value_after_pages`; 0.0 otherwise)
    values: float = 0.0
    #: for a credit slot the site repeats («منبع خبر: …»): its pages name a news agency in that slot
    #: on :data:`MIN_SLOT_VALUE_PAGES` at least (:meth:`.template.PageTemplate.agency_slot`)
    agency_slot: bool = False
    #: for a credit slot («منبع: رویترز»): the wire it names by a name a page of the run calls a news
    #: agency in a credit slot of its own («منبع: خبرگزاری رویترز»: :meth:`.template.PageTemplate.wire_credit`)
    wire: str | None = None
    #: for a short line of plain words: the share of the site's pages showing its first word
    #: before other words (:meth:`.template.PageTemplate.headword_share`; 0.0 otherwise)
    heads: float = 0.0
    #: for such a line on many of them: how many of its first words the site repeats before a
    #: varying rest, a box heading's fixed phrase («بیشتر در» of «بیشتر در ناشران استانی»:
    #: :meth:`.template.PageTemplate.fixed_head_words`; 1 otherwise)
    head_words: int = 1
    #: for such a line: the site's HTML pages declare the rest after those first words as their
    #: section (:meth:`.template.PageTemplate.declares_section`: «جدیدترین‌های <section>»)
    rest_declared: bool = False
    #: for a date line above the story: the run shows its day above the story of most of the site's
    #: pages (:meth:`.template.PageTemplate.day_share`): the site header's date of the visit, the
    #: same on every page of a crawl day, whatever its label or place
    visit: bool = False
    #: for such a line: the run shows a date in its slot (under the line over it) with a day that
    #: varies from page to page (:meth:`.template.PageTemplate.varying_day_slot`): an issue's day,
    #: the page's own, not the site header's "today", whatever stands between it and the headline
    varying_day: bool = False
    #: for such a line: its label names a later event of the document than its publication, as the
    #: run's pages with several dated fields show (:meth:`.template.PageTemplate.later_field`)
    later_field: bool = False
    #: for such a line with a label: the run shows that field in a table beside another date above
    #: the story (:meth:`.template.PageTemplate.field_beside`): a file's properties, no story's day
    field_beside: bool = False
    bar_site: str | None = None  # a title bar's short side the run shows beside most of the site's headlines
    #: a title bar's last side when the run shows it beside (nearly) every headline of the site: the
    #: site's name, or the program's whose window caption a saved page copies («… - Google Chrome»)
    bar_end: str | None = None
    #: for a field's label in a box of fields (:func:`.fieldbox.box_fields`): the share of the site's
    #: pages whose value under it their menu lists (:meth:`.template.PageTemplate.box_slot_share`)
    box_slot: float = 0.0
    #: for a hashtag alone on its line under the story's first paragraph: the site files its stories
    #: by one hashtag under each, this one among them (:meth:`.template.PageTemplate.tag_section`)
    filing_tag: bool = False
    #: for a «<label>: <value>» field under the story: the site's pages show that label there over
    #: an item of their menu, most of them (:meth:`.template.PageTemplate.filing_field`): where it
    #: files its stories, a value its menu does not list too («بایگانی: پیوند کلیه»)
    filing: bool = False
    #: for a short line inside or after the story: how many of the site's pages show it as a box's
    #: heading, right under a paragraph over a line that is none (:meth:`.template.PageTemplate.box_head_pages`)
    box_pages: int = 0
    #: on a page a flattener hard-wrapped at a column (:mod:`.rejoin`): the line is a paragraph joined
    #: from its wrapped lines (1), or one line longer than the column, which nothing wrapped (-1); 0
    #: for any other line or page
    column: int = 0

    def __copy__(self) -> Line:
        # (what copy.copy does for a plain object, without its generic protocol: a new Line holding
        # the same fields; classify copies each remembered Line it hands out, 36,000 in a run)
        cls = type(self)
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        return new


def _next_shown(lines: list[Line], i: int) -> int | None:
    """The index of the first line under line ``i`` that is not blank, or None."""
    return next((j for j in range(i + 1, len(lines)) if lines[j].kind != BLANK), None)


def _prev_shown(lines: list[Line], i: int) -> int | None:
    """The index of the last line above line ``i`` that is not blank, or None."""
    return next((j for j in range(i - 1, -1, -1) if lines[j].kind != BLANK), None)


def _neighbour(lines: list[Line], i: int, step: int) -> Line | None:
    """The first line with text under (``step`` 1) or above (``step`` -1) line ``i``, or None."""
    j = _next_shown(lines, i) if step > 0 else _prev_shown(lines, i)
    return lines[j] if j is not None else None


#: a number of five digits or more (thousands marks allowed: «۲۶,۷۰۵»): a code or a count, not a year
_LONG_NUMBER = r"(?:\d{1,3}(?:[,٬]\d{3}){2,}|\d{2,3}[,٬]\d{3}|\d{5,})"
#: a word of a field's label or a counter: letters, no digit, colon or bar
_FIELD_WORD = r"[^\W\d_][^\s\d:：|]*"
#: a code field written without its colon, first on its line: a label of one to three words, then a
#: long number, then the line's end or the next field («کد خبر ۶۵۶۸۰۳۹», «News ID 4563456 | …»)
_BARE_CODE = re.compile(rf"^\s*((?:{_FIELD_WORD}\s+){{1,3}})({_LONG_NUMBER})(?=\s*(?:$|[|｜•·]|\s[-–—]\s|\s\s))")
#: a counter on a line of its own: a long number and one to three words («۷۱۲۳۱ بار خوانده شده»)
_BARE_COUNT = re.compile(rf"^\s*{_LONG_NUMBER}(?:\s+{_FIELD_WORD}){{1,3}}\s*$")


#: a code field with its colon, alone on its line: a label of one to three words, then a long number
#: and nothing else («شناسه یکتا: ۱۳۹۴۹۶۸»); a headline's words go on after its figures
_CODE_FIELD = re.compile(rf"^\s*(?:{_FIELD_WORD}\s+){{0,2}}{_FIELD_WORD}\s*[:：]\s*{_LONG_NUMBER}\s*$")


def _bare_code(text: str) -> str | None:
    """The line with the colon its first field leaves off, when that field is a code by its shape
    (a label's few words and a long number: «کد خبر ۶۵۶۸۰۳۹» is «کد خبر: ۶۵۶۸۰۳۹»), else None. A
    headline's words go on after its figures, and a year has four digits.

    >>> _bare_code("کد خبر ۶۵۶۸۰۳۹ | گروه: ترجمه"), _bare_code("جام جهانی ۲۰۲۲ قطر")
    ('کد خبر: ۶۵۶۸۰۳۹ | گروه: ترجمه', None)
    """
    m = _BARE_CODE.match(text)
    return None if m is None else f"{text[:m.end(1)].rstrip()}: {text[m.start(2):]}"


def _function_word_density(key_words: list[str]) -> float:
    fw = function_words()
    return sum(1 for w in key_words if w in fw) / len(key_words) if key_words else 0.0


#: kinds of lines remembered: a site's menus, labels and credits recur on its pages (a run of 2,000
#: pages, one process, asks 31,200 times of 5,110 (line, key, role) triples up to CLASSIFY_CACHE_CHARS:
#: this many remembered make each once)
CLASSIFY_CACHE = 8192
#: only lines up to this many characters are remembered (longer ones are prose, which recurs less)
CLASSIFY_CACHE_CHARS = 200


def classify(text: str, key: str | None = None, role: str | None = None) -> Line:
    """Kind of one stripped line (see the module docstring); ``role`` is what the site's template
    (:mod:`.template`) says of it, if anything. Each call returns a Line of its own (callers set
    its page fields).

    >>> classify("دکمه بازگشت‌به بالا").kind, classify("منبع: مهر").kind, classify("۱۳ تیر ۱۳۹۵، ۱۰:۲۰").kind
    ('chrome', 'label', 'date')
    """
    if key is None:
        key = line_key(text)
    return _remembered_kind(text, key, role)


def _labelled_meta_row(text: str) -> bool:
    """Whether a line is a row of the story's meta fields, one of them a section's label and the
    others numbers with a label or dates (:func:`~.dates.meta_field`): «کد خبر ۴۸۹۷۰۰۲ | گروه:
    ترجمه». Its code's label may go without a colon, which no lexicon of labels knows; the row's
    shape says it is the story's metadata (a headline has no field of a label and a number).

    >>> _labelled_meta_row("کد خبر ۴۸۹۷۰۰۲ | گروه: ترجمه"), _labelled_meta_row("گروه کارشناسان | مرکز: ۱۲ گزارش")
    (True, False)
    """
    fields = [f for f in ROW_FIELD.split(text) if f.strip()]
    labels = [f for f in fields if is_label_line(f)]
    return len(fields) >= 2 and len(labels) == 1 and section_from_label(labels[0]) is not None \
        and all(f is labels[0] or meta_field(f) for f in fields)


#: the most words of a name beside a reading time on a byline («نوشته دکتر سید مریم احمدی»)
_BYLINE_NAME_WORDS = 5


def says_reading_time(text: str) -> bool:
    """Whether a meta line says the story's reading time in so many words, alone or beside its byline
    («۱ دقیقه مطالعه», «زمان مطالعه: ۲ دقیقه», «نوشته مریم احمدی · ۴ دقیقه مطالعه»): a story's own
    meta, which no site header shows (its «today», its visits, its last update may stand there).

    >>> says_reading_time("زمان مطالعه: ۲ دقیقه"), says_reading_time("۵ دقیقه پیش")
    (True, False)
    """
    folded = fold(text)
    return bool(_READING_TIME.match(folded)) and ("مطالعه" in folded or "min" in folded) \
        or _byline_with_reading_time(folded)


#: a count of minutes, the whole value of a field with a label of a word or two («زمان مطالعه: ۱ دقیقه»,
#: whatever words the site labels it with), or with one word after it («۱ دقیقه مطالعه»): a reading time
#: by its shape; an age («۵ دقیقه پیش») is none (:data:`.dates.RELATIVE`)
_MINUTES_FIELD = re.compile(r"^\W*(?:[^\W\d]+(?:[\s\u200c][^\W\d]+)?\s*[:：]\s*\d+\s*دقیقه"
                            r"|\d+\s*دقیقه\s+[^\W\d]+)\s*$")


def reading_time_shaped(text: str) -> bool:
    """Whether a meta line says a reading time by its shape (:data:`_MINUTES_FIELD`), not by the words
    of its label: a site names the field its own way.

    >>> [reading_time_shaped(t) for t in ("زمان منسجمی: ۱ دقیقه", "۳ دقیقه خواندن", "۵ دقیقه پیش")]
    [True, True, False]
    >>> reading_time_shaped("بروزرسانی: ۵ دقیقه پیش"), reading_time_shaped("بازی فوتبال امروز ۹۰ دقیقه طول کشید")
    (False, False)
    """
    folded = fold(text)
    return bool(_MINUTES_FIELD.match(folded)) and not RELATIVE.search(folded)


def _byline_with_reading_time(folded: str) -> bool:
    """Whether a (folded) line is a byline with its reading time, by its shape: segments of which one
    says a reading time in so many words («۴ دقیقه مطالعه», «زمان مطالعه: ۴ دقیقه») and the others are a
    name's few words, without digits or a sentence's marks («نوشته مریم احمدی · ۴ دقیقه مطالعه»,
    «مریم احمدی | زمان مطالعه: ۴ دقیقه»). It stands under the headline as flat text and is as short
    as one; a headline says no reading time.

    >>> _byline_with_reading_time("نوشته مریم احمدی · ۴ دقیقه مطالعه"), _byline_with_reading_time("بازی | ۹۰ دقیقه")
    (True, False)
    >>> _byline_with_reading_time("کوبید مریم احمدی · ۴ دقیقه منفعتی")  # (a site's own words: the shape says it)
    True

    A name under a label of its own («نویسنده: مریم احمدی») is no part of it: the line is a label's
    (:func:`count_row` reads it as a byline).
    """
    segs = _row_segments(folded)
    timed = [s for s in segs if _READING_TIME.match(s) and ("مطالعه" in s or "min" in s) or reading_time_shaped(s)]
    return len(segs) >= 2 and len(timed) == 1 and all(s in timed or _name_segment(s) for s in segs)


def _row_segments(text: str) -> list[str]:
    """The segments of a row of the story's meta («نوشته مریم احمدی · ۴ دقیقه مطالعه»: two), its spaces
    as one each (:data:`SEGMENTS` would try every space of a long run of them before a bar)."""
    return [s.strip() for s in SEGMENTS.split(" ".join(text.split()))]


def _name_segment(text: str) -> bool:
    """Whether a segment of a meta row is a name's few words (:data:`_BYLINE_NAME_WORDS` at most),
    without digits or a sentence's marks: «نوشته دکتر مریم احمدی», not «۹۰ دقیقه» nor «بازی شد.»."""
    return 0 < len(text.split()) <= _BYLINE_NAME_WORDS and not _DIGIT.search(text) \
        and not any(c in _SENTENCE_MARKS for c in text)


#: a count on a row of the story's meta: a short number and two words after it, or a word after a
#: label of a few words («۴ دقیقه مطالعه», «۲ ساعت پیش», «زمان مطالعه: ۴ دقیقه»), whatever its words; a
#: reading time, an age or a count of views is short (a headline's figure says more around it, and
#: a number and one word alone, «۹۰ دقیقه», says no more than a match's length)
_ROW_COUNT = re.compile(r"^(?:[^\W\d_][\w\u200c]*(?:\s+[^\W\d_][\w\u200c]*){0,2}\s*[:：]\s*"
                        r"\d{1,2}\s+[^\W\d_][\w\u200c]*"
                        r"|\d{1,2}\s+[^\W\d_][\w\u200c]*\s+[^\W\d_][\w\u200c]*)$")


#: a count row has this many words at most (a name or two and its count); its count is this long at most
MAX_COUNT_ROW_WORDS, MAX_COUNT_CHARS = 14, 80
_LABEL_HEAD = re.compile(r"^[^\W\d_][\w\u200c]*(?:\s+[^\W\d_][\w\u200c]*)?\s*[:：]\s*")


def count_row(text: str) -> bool:
    """Whether a short line is a row of the story's meta by its shape: one segment a count
    (:data:`_ROW_COUNT`) and the others, if any, a name's few words without digits or a sentence's
    marks (after a label of its own, maybe). A byline with its reading time or age stands under the
    headline as short as one, in whatever words the site writes it; a headline is no count.

    >>> count_row("مینا حسینی | زمان مطالعه: ۱ دقیقه"), count_row("نوشته جواد رضایی · ۱ دقیقه مطالعه")
    (True, True)
    >>> count_row("۳ ساعت قبل"), count_row("۱۰ کشته در تصادف جاده‌ای"), count_row("کرونا | ۳ استان در وضعیت قرمز")
    (True, False, False)
    >>> count_row("بازی ایران و ژاپن | ۹۰ دقیقه")
    False
    """
    if len(text.split()) > MAX_COUNT_ROW_WORDS + 3:  # (its words and three bars at most: split no longer line)
        return False
    segs = _row_segments(text)
    if len(segs) > 4 or sum(len(s.split()) for s in segs) > MAX_COUNT_ROW_WORDS:
        return False
    counts = [s for s in segs if len(s) <= MAX_COUNT_CHARS and _ROW_COUNT.match(s)]
    if len(counts) != 1:
        return False
    # («نویسنده: مریم احمدی»: a name)
    return all(_name_segment(_LABEL_HEAD.sub("", s)) for s in segs if s is not counts[0])


def _classify(text: str, key: str, role: str | None) -> Line:
    """:func:`classify` of a line whose key is known."""
    words = text.split()
    n = len(words)
    if not key:
        return Line(text, key, n, BLANK)
    bp = boilerplate()
    if n <= 24 and date_line_score(text):  # a line in three calendars has ~18 words
        return Line(text, key, n, DATE)
    if 2 <= n <= 8 and all(len(w) == 1 for w in words):
        return Line(text, key, n, CHROME)  # controls of single characters: a font-size widget «A A A», pages «1 2 3»
    if key.isdigit() and len(key) >= 5 and n <= 4:
        return Line(text, key, n, CHROME)  # a code or a count alone («۴۴۵۱/۵۴۳۰», «۱۲۳۴۵»), no date
    if n <= 24 and meta_fields_line(text):
        return Line(text, key, n, META)  # «۳ هفته پیش  کد خبر: ۴۷۴۳۰۷۹  ۶۵۹۶۱ بار خوانده شده»
    if n <= 24:
        coded = _bare_code(text)
        if coded is not None:
            return _classify(coded, key, role)  # «کد خبر ۶۵۶۸۰۳۹ | گروه: ترجمه» reads as «کد خبر: …»
        if _BARE_COUNT.match(text):
            return Line(text, key, n, META)  # «۷۱۲۳۱ بار خوانده شده» on a line of its own
    folded = None
    if n <= 8:
        folded = fold(text)
        if RELATIVE.search(folded) or _READING_TIME.match(folded):
            return Line(text, key, n, META)
    if 3 <= n <= 14 and _byline_with_reading_time(folded or fold(text)):
        return Line(text, key, n, META)  # «نوشته X · ۴ دقیقه مطالعه»: the story's byline, not its headline
    if key in bp.end:
        # the site shows this heading between its stories' paragraphs (an ad box's «تبلیغات»):
        # chrome inside the story, not its end
        return Line(text, key, n, CHROME if role == T_MID else END, learned=role in (T_MID, T_TAIL))
    if key in bp.line:
        return Line(text, key, n, CHROME)
    colon = text.find(":")
    if colon < 0:
        colon = text.find("：")
    if 0 < colon <= 30 and is_label_line(text):
        return Line(text, key, n, LABEL)  # «گروه خبری: اقتصاد»
    if colon > 0 and n <= 24 and _labelled_meta_row(text):
        return Line(text, key, n, LABEL)  # «کد خبر ۴۸۹۷۰۰۲ | گروه: ترجمه»
    if colon < 0 and 2 <= n <= 7 and in_label_value(text):
        return Line(text, key, n, LABEL)  # «منتشر شده در حوادث», «در دسته مسکن ملی»: a label without its colon
    if 0 < colon <= 30 and not _spoken(text, colon):
        head = line_key(text[:colon])
        labels = _label_set(bp)
        if any(head[:k] in labels for k in range(len(head), max(0, len(head) - 4), -1)):
            # «برچسب‌ها: …», «لینک کوتاه: …» open the tail like their headings do; a count
            # («نظرات: ۵») is the story's metadata, wherever it stands
            count = _DIGIT.search(text[colon:]) and not line_key(text[colon + 1:]).strip("0123456789")
            # (a label the site's template shows between its stories' paragraphs ends nothing)
            return Line(text, key, n, END if head in bp.end and not count and role != T_MID else LABEL)
        if head in bp.end and n <= 40:
            return Line(text, key, n, CHROME)  # «آخرین اخبار: <another story>»: a ticker item
    if n <= 5 and _CODE_FIELD.match(text):
        return Line(text, key, n, META)  # «شناسه یکتا: ۱۳۹۴۹۶۸»: a code field by its shape, whatever its label's words
    if n <= 5:
        ends, lengths = _end_prefixes(bp)
        bare = key.lstrip("0123456789")  # «۴۴۵۱/۵۴۳۰ پیشنهاد سردبیر»: a code glued to a heading
        for k in lengths:
            if k <= len(bare) and bare[:k] in ends:
                return Line(text, key, n, CHROME if role == T_MID else END, learned=role in (T_MID, T_TAIL))
    if n <= 30:
        if _contained(bp).search(key) is not None:  # (one scan for all the phrases: most lines hold none)
            for c in bp.contains:
                if c in key and _whole_words(words, key, c):
                    return Line(text, key, n, CHROME)
        if "©" in text or "(c)" in text.lower():
            return Line(text, key, n, CHROME)
    if _URLISH.match(text) or (text[0] == "#" and all(w[0] == "#" for w in words)) or _INITIALS.match(text) \
            or (text[0] == "[" and text[-1] == "]" and n <= 4) \
            or (text[-1] == ")" and "![" in text[:3] and _PICTURE.fullmatch(text)):
        # a link, a line of hashtags «#فوتبال #لیگ_برتر», the initials of the staff «ج.ز / ک.ن»,
        # a control of the page «[نمایش]», a markdown picture «![نقشه مسیر](/images/1.jpg)»
        return Line(text, key, n, CHROME)
    if n <= 12 and (_HANDLE.search(text) or _URL_IN.search(text)):
        return Line(text, key, n, CHROME)  # «کانال ما در ایتا: @x», «لینک خبر: https://…»
    if n <= 20 and (_PROMO_CLASS.match(text) or CAPTION_CREDIT.match(text)):
        # a photo's credit or note or a caption closed by its credit, an ad, a «read it on …» link
        return Line(text, key, n, CHROME)
    if (n <= 10 and (colon > 0 or n <= 5 or _CREDIT_START.match(text))
            or n <= MAX_CREDIT_SENTENCE_WORDS and credit_sentence(text)) and is_credit_line(text):
        return Line(text, key, n, LABEL)  # «به نقل از: ایسنا», «برگرفته از خبرگزاری مهر»
    if n <= 40 and role != T_SITE and (crumb_parts(text) or cut_trail_parts(text)):
        # (a trail may end with the headline, or with its first words cut short «…»)
        return Line(text, key, n, CRUMB)
    if n <= 40 and cut_trail(text):
        return Line(text, key, n, NAV)  # «خانه / ورزش / سرمربی تیم ملی از …»: a trail, its last item cut
    barred = n <= 40 and ("|" in text or "｜" in text)
    if barred and count_row(text):
        # a byline row by its shape, a name under a label of the site's own words and a count beside it
        # («معتقدند: عیب حسینی | ۱ دقیقه مطالعه»): the story's meta under its headline, no menu over it
        return Line(text, key, n, META)
    if barred or is_ticker(text):
        return Line(text, key, n, NAV)  # a menu, a byline with bars, a ticker «تازه‌ها: … ◄ … ◄ …»
    site = False
    if role is not None:  # (a role comes only for lines of up to prose.MAX_LINE_CHARS)
        # the site's template: after the body begins a recurring line is chrome, and one that
        # stands late on most of the site's pages opens the tail; another page's headline is a
        # related link. Above the body, short labels stay for the header parser (a section label
        # recurs across a site's pages too, and position tells it from a menu item).
        if role == T_TAIL:
            return Line(text, key, n, END, learned=True)
        if role in (T_CHROME, T_TITLE, T_MID):
            return Line(text, key, n, CHROME, learned=True)
        if not (n <= 6 and text[-1] not in _ANY_TERMINAL and not _DIGIT.search(text)):
            return Line(text, key, n, CHROME, learned=True)
        site = role == T_SITE
    # «… اجرا می‌شود. (ایسنا)», «… ادامه دارد/ایرنا»: the agency's name closing a story's last
    # paragraph is no part of its sentence; the sentence before it tells prose, and the closing
    # credit ends it as a full stop would (a line of the credit alone is a credit line, above)
    closer = agency_closer_start(text) if n >= 4 and ("/" in text[-40:] or text.rstrip(_MARKS)[-1:] in ")]") \
        else None
    story = (text[:closer].rstrip() if closer else "") or text
    # «… صعود کرد.‏»: a bidi mark after the period; «… گفت: "… می‌دانند."»: a quote after it
    last = story.rstrip(_MARKS)[-1:] or story[-1]
    if last in _CLOSERS and n >= 4:
        inner = story.rstrip(_MARKS + _CLOSERS)[-1:]
        last = inner if inner in TERMINAL else last
    if n < 25 and _TRUNCATED.search(text):
        return Line(text, key, n, SHORT)  # «… درباره تلاش..»: a teaser cut short (a link, a trail's item), no prose
    if n >= 25 or (n >= 2 and last == ".") or (n >= 4 and last in TERMINAL) or (closer and n >= 8) \
            or (n >= 10 and last in "!?؟" and has_dateline(text, 0)) \
            or (n >= MIN_ASKED_WORDS and last in "!?؟"):
        # (a sentence that opens with the story's dateline «به گزارش X، …» is its text, even
        # when it asks a question: no headline opens so; nor is a headline as long as a
        # sentence that asks or exclaims at the story's end: «… شاید فصل دیگر و بازی بعد!»)
        if last not in _ANY_TERMINAL:
            # long, but no final punctuation: prose only if it reads like prose (menus, lists of
            # names and strings of headlines have few function words)
            kw = tokens(text)
            if _function_word_density(kw) < 0.18:
                return Line(text, key, n, SHORT)
        return Line(text, key, n, PARA)
    return Line(text, key, n, SHORT, site=site)


#: a line of this many words that ends with «!» or «؟» is a sentence of prose, not a headline
MIN_ASKED_WORDS = 16


# (a copy: the caller changes its Line; Line.__copy__ called as is, not through copy.copy's generic
# protocol: 36,000 calls a run)
_remembered_kind = short_line_memo(CLASSIFY_CACHE_CHARS, CLASSIFY_CACHE, copy=Line.__copy__)(_classify)


#: labels that name a person who may speak on the page (an interview's «خبرنگار: …؟»), where the
#: others name a thing (a photo, a link, a tag): a label word the lexicon holds as a credit's
_SPEAKER_LABELS = frozenset(line_key(x) for x in ("خبرنگار", "گزارشگر", "نویسنده", "دبیر", "سردبیر", "مجری"))
#: a credit's value is a name; a value of this many words that ends as a sentence does is said by
#: the one the label names
MIN_SPOKEN_WORDS = 8
_SENTENCE_END = re.compile(r"[.!؟?][»\"”)]*\s*$")


def _spoken(text: str, colon: int) -> bool:
    """Whether a «label: value» line is a speaker's words rather than a credit: its label a person's
    role and its value a question, or a sentence of :data:`MIN_SPOKEN_WORDS` words or more. An
    interview gives its questions to «خبرنگار:», which heads a credit too («خبرنگار: علی رضایی»).

    >>> _spoken("خبرنگار: چرا کوچ کندوهای سبلان امسال دیرتر آغاز شد؟", 8), _spoken("خبرنگار: علی رضایی", 8)
    (True, False)
    >>> _spoken("بیشتر بخوانید: چرا قیمت طلا بالا رفت؟", 14)
    False
    """
    value = text[colon + 1:]
    if line_key(text[:colon]) not in _SPEAKER_LABELS or not _SENTENCE_END.search(value):
        return False
    return value.rstrip().rstrip("»\"”) ").endswith(("؟", "?")) or len(value.split()) >= MIN_SPOKEN_WORDS


@functools.lru_cache(maxsize=4)
def _label_set(bp) -> frozenset:
    return frozenset(bp.label)


@functools.lru_cache(maxsize=4)
def _contained(bp) -> re.Pattern:
    """What finds any of the phrases found inside chrome lines (:attr:`.lexicon.Boilerplate.contains`)
    in a key."""
    return re.compile("|".join(re.escape(c) for c in bp.contains) or "(?!)")


@functools.lru_cache(maxsize=4)
def _end_prefixes(bp) -> tuple[frozenset, tuple[int, ...]]:
    """The tail headings and their lengths, to test "starts with a heading" by slicing."""
    return frozenset(bp.end_prefix), tuple(sorted({len(e) for e in bp.end_prefix}, reverse=True))


def _whole_words(words: list[str], key: str, phrase: str) -> bool:
    """Whether ``phrase`` (a key) occurs in ``key`` from the start of a word to the end of a word,
    so «در ایتا» is not found in «در ایتالیا» nor «در اینستاگرام» in «در اینستاگرامش»."""
    starts, ends, at = set(), set(), 0
    for k in line_key("\u01c2".join(words)).split("\u01c2"):  # one key call; «ǂ» is a letter it keeps
        if k:
            starts.add(at)
            at += len(k)
            ends.add(at)
    i = key.find(phrase)
    while i >= 0:
        if i in starts and i + len(phrase) in ends:
            return True
        i = key.find(phrase, i + 1)
    return False


#: where one field of a date or meta row ends and the next begins («کد خبر ۴۸۹۷۰۰۲ | گروه: ترجمه»,
#: «کاوه رستمی | ۱۸:۲۱ - ۱۴۰۱/۰۲/۰۶ | ۳۶ نظر»)
ROW_FIELD = re.compile(r"\s*[|｜•·،]\s*|\s+[-–—/]\s+|\s{2,}")


def end_marker_shape(text: str, words: int) -> bool:
    """Whether a text of ``words`` words has the shape of a story's end marker in a site's own
    words, whatever they are («/ن», «▪», «ختم خبر»): a few words (:data:`MAX_END_MARKER_WORDS`),
    no number, no label, no sentence. Flat and HTML pages (:func:`.html._end_marker`) alike."""
    return words <= MAX_END_MARKER_WORDS and not _DIGIT.search(text) and text.rstrip()[-1:] not in ":：.!?؟"


def end_marker(ln: Line) -> bool:
    """Whether a line right under the story's last line may be its end marker (:func:`end_marker_shape`),
    no headline the run knows."""
    return ln.kind in (SHORT, CHROME, END) and not ln.related and end_marker_shape(ln.text, ln.words)


# the shapes the page's readers (:mod:`.text`, :mod:`.pagedates`) ask of one line, wherever it stands:
# a label's, a headline's, a byline's

#: a numbered list's item («۲. …», «3) …»): no label
LIST_ITEM = re.compile(r"^\s*\d{1,2}\s*[.\-)]\s")


def is_label_candidate(ln: Line) -> bool:
    """Could be a section label / surtitle / site name: 1–6 words, no digits, no final punctuation."""
    return (ln.kind == SHORT and 1 <= ln.words <= 6 and not ln.site and not _DIGIT.search(ln.text)
            and ln.text[-1] not in _ANY_TERMINAL and not LIST_ITEM.match(ln.text))


def _kicker(ln: Line) -> bool:
    """Whether a line may be a headline's own label (:func:`.text._kicker_lines`): a label candidate of
    :data:`MAX_SECTION_WORDS` words or fewer, no field, its closing bracket one it opened itself
    («دیگو سیمئونه (سرمربی)», «تیراندازی (اسلحه)»: a person's or a sport's tag)."""
    text = ln.text.rstrip()
    bracketed = text.endswith(")") and "(" in text
    return ln.words <= MAX_SECTION_WORDS and not _COLON.search(text) \
        and is_label_candidate(replace(ln, text=text[:-1]) if bracketed else ln)


#: a byline, not a headline: «نوشته شده توسط …», «به قلم …», «گزارش از …», «By …»
BYLINE_START = re.compile(r"^\s*(?:نوشته(?:\s|\u200c)*(?:شده)?\s*(?:توسط|به\s*قلم)|توسط\s|به\s*قلم\s"
                           r"|نویسنده\s*[:：]?\s|گزارش\s*(?:از|:)\s|گزارشگر\s*[:：]?\s|خبرنگار\s*[:：]\s|by\s"
                           r"|نوشته\s+[^\s\d:：|]+(?:\s+[^\s\d:：|]+){0,2}\s*$)", re.I)  # «نوشته علی رضایی»


def _is_byline(ln: Line) -> bool:
    """A byline: by its words («به قلم …», «نوشته شده توسط …») or by the site's template (:attr:`Line.byline`)."""
    return ln.byline or bool(BYLINE_START.match(ln.text)) or (ln.words <= 8 and is_in_label(ln.text))


#: the marks a line's last mark is read past: a line's edge marks, and a ZWNJ left after a sentence's
#: end («تامین شد.\u200c»)
_END_MARKS = _MARKS + "\u200c"
#: the marks a headline may close with when it stands as a link under a box's label: a question
#: or an exclamation («… کشورشان درخشان؟»), which a headline asks as often as a story does
ASKING_MARKS = frozenset("?؟!")
#: a headline has this many words at most (:func:`_headline_shaped`)
MAX_HEADLINE_WORDS = 16
#: a line of this many commas or more is a list of items («میلاد فرهانی، سید احمد موسوی، علیرضا
#: ابراهیمی، …»), no headline
LIST_COMMA = re.compile(r"[،,]")
MIN_LIST_COMMAS = 3


def _headline_shaped(ln: Line, *, asking: bool = False) -> bool:
    """Whether a short line reads as a headline: four to sixteen words, no sentence's end, one phrase;
    with ``asking``, a question or an exclamation too (:data:`ASKING_MARKS`: a link under a box's label)."""
    return (ln.kind == SHORT and 4 <= ln.words <= MAX_HEADLINE_WORDS
            # (a sentence, a question, an exclamation, a quote is the story's; a headline may end «(عکس)»)
            # (a sentence's end with a stray ZWNJ after it is a sentence's end still: :data:`_END_MARKS`)
            and ln.text.rstrip(_END_MARKS)[-1:] not in (_SENTENCE_MARKS - ASKING_MARKS if asking else _SENTENCE_MARKS)
            # (a list of names or items, parted by commas, is the story's too: a lineup, the
            # people a story names; a headline is one phrase)
            and len(LIST_COMMA.findall(ln.text)) < MIN_LIST_COMMAS)


def _named_words(text: str) -> int:
    """The words of a line, an icon aside («✍️ مریم احمدی» has two: a byline, not a headline); a
    line of one long token glued with ZWNJs where its spaces were («ونگر:‌خیلی‌خوب‌به‌شکست‌ها‌…», a
    CMS that wrote ZWNJ for space) counts the words between them.

    >>> _named_words("✍️ مریم احمدی"), _named_words("ونگر:\u200cخیلی\u200cخوب\u200cبه\u200cشکست\u200cها")
    (2, 6)
    """
    words = text.split()
    if len(words) == 1 and len(text) >= GLUED_MIN_CHARS:
        words = [w for part in text.split("\u200c") for w in part.split(":")]
    return sum(1 for w in words if any(c.isalnum() for c in w))


#: a one-token line this long may be words glued with ZWNJ (one word, however long, is shorter)
GLUED_MIN_CHARS = 24


def _ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence, inside a closing quote too («… گفت: «… است.»»)."""
    t = text.rstrip("»\"”")
    return bool(t) and t[-1] in ".!؟?"


# a short line and the paragraph under it (:mod:`.text`, :mod:`.htmlbody`)

def next_para(lines: list[Line], i: int) -> Line | None:
    return next((ln for ln in lines[i + 1: i + 4] if ln.kind == PARA), None)


def _introduces(ln: Line, para: Line | None) -> bool:
    """Whether a short line heads the paragraph after it (a subheading shares its words: «دستگیری
    سارقان مسلح» over «… سارقان زورگیر … دستگیر شدند»), unlike a link to another story."""
    return para is not None and introduces(ln.text, para.text)
