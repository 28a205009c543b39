"""Boxes a site puts inside or after a story, found by their shape on the page and in the run.

Three kinds of chrome whose words no lexicon can list, but whose *structure* gives them away:

- a **marker line**: a line that opens with a symbol («▲ », «■ », «» ») before a few words that
  are no sentence (a photo caption, a truncated link to another story). The run tells it: the
  site writes the same symbol before a varying text inside or after the body of
  :data:`MIN_MARKER_PAGES` of its pages (:func:`marker_key`, counted with the widgets of
  :mod:`.template`). A story's bulleted list uses a symbol too, but for two items or more in a
  row: a marker line next to another with the same marker is a list item and stays;
- a **tag block**: a label the site repeats (its template knows the line: «کلیدواژه‌ها:»)
  followed by a run of two short lines or more that are no sentences (most vary from page to
  page), closed by a template line or the page's end
  (:func:`tag_blocks`); a list in a story is closed by the story going on, not by chrome;
- an **author box**: the author's name alone on a line, then a sentence that opens with that
  name (the biography), under a template line or a heading with the name in it, or with the
  name in the page's byline above the story (:func:`author_boxes`). This needs no run: a single
  page shows it;
- an **info box**: a run of :data:`MIN_INFO_RUN` short «label: value» lines or more, none a
  sentence (a film's director, cast, year and rating; a share's symbol, price and volume), most
  of whose lines the template knows: a site fills its box with a varying set of fields, so a
  field that is rare on the site (a rating on a few pages) is the box's all the same
  (:func:`info_boxes`). A run of prose, or of labelled lines the site never repeats (a lineup
  «تیم: نام‌ها»), stays.

Each function takes a page's (non-blank, stripped) lines and the roles the template gave them
(:meth:`.template.PageTemplate.roles`; all None without a template) and sets ``CHROME`` on the
lines of the boxes it finds, in place.

Two readers weigh a short line's words against the text around it: :func:`introduces` (a subheading
shares the words of its paragraph) and :func:`_foreign` (a box's line, another story's headline, shares
few or none of the story's: :data:`FOREIGN_SHARE`); :mod:`.text` and :mod:`.comments` ask them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..textkeys import line_key
from .lexicon import function_words, tokens

#: the role these functions give (the same string as :data:`.template.CHROME`)
CHROME = "chrome"
#: the role of a line the site shows between its stories' paragraphs (:data:`.template.MID`)
MID = "mid"
#: the roles of a line above the body on (nearly) every page of its site, and on some (:data:`.template.SITE`,
#: :data:`.template.HEAD`)
SITE, HEAD = "site", "head"
#: a marker line's symbol must stand before a varying text inside or after the body of this many
#: of a site's pages: a caption marker is on every page with a photo; a story's own symbol, once
MIN_MARKER_PAGES = 3
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u200b\u200c\ufeff \u00a0\t"
#: one to three symbols (no letter, digit, space, quote or bracket) opening a line, then a word
_MARKER = re.compile(r"([^\w\s«»\"'()\[\]{}<>‹›“”]{1,3})\s*(?=\w)")
#: a marker's characters: symbols («▲», «■», «►») and punctuation («•», «*», «-»), never a letter or
#: an invisible format character
_MARKER_CATEGORIES = frozenset({"So", "Sm", "Sk", "Po", "Pd"})
_SENTENCE = frozenset(".…!?؟:؛;")
_MASK_MARKER = "ǂk"
_DIGITS = re.compile(r"\d")
_COLONS = re.compile(r"[:：]")


def marker_key(text: str) -> str | None:
    """The shape of a line that opens with a symbol before 2-16 words that are no sentence and no
    question (the symbol and a mask), or None.

    >>> marker_key("▲ دیدار مربیان پرسپولیسی") == marker_key("▲ نگاه رو به")
    True
    >>> marker_key("▲ وی افزود که این طرح اجرا می‌شود.") is None, marker_key("دیدار مربیان") is None
    (True, True)
    """
    m = _MARKER.match(text)
    if m is None or not all(unicodedata.category(ch) in _MARKER_CATEGORIES for ch in m.group(1)):
        return None  # (a bidi mark or another invisible character opens many lines: no marker)
    rest = text[m.end():]
    n = rest.count(" ") + 1
    if not 2 <= n <= 16 or rest.rstrip(_MARKS + "»\"')")[-1:] in _SENTENCE:
        return None  # (a sentence, or an interview's question «- نظر شما چیست؟», behind a symbol)
    return _MASK_MARKER + m.group(1).replace("\u200c", "")


def lone_markers(lines: list[str], roles: list, seen) -> None:
    """Marker lines (:func:`marker_key`) after the first line of the page whose symbol the run
    knows (``seen(key) -> bool``) and that stand alone: no line next to them opens with the same
    marker (a list's items do), and the line under them is not about the same words (:func:`introduces`)."""
    keys = [marker_key(t) for t in lines]
    for i, k in enumerate(keys):
        if k is None or roles[i] is not None or i == 0:
            continue
        if (keys[i - 1] == k) or (i + 1 < len(keys) and keys[i + 1] == k):
            continue
        if i + 1 < len(lines) and introduces(lines[i], lines[i + 1]):
            continue  # a subheading the site marks («* جنبش طالبان»), over the paragraph it heads
        if seen(k):
            roles[i] = CHROME


def _stems(text: str) -> set[str]:
    fw = function_words()
    return {w[:5] for w in tokens(text) if len(w) >= 3 and w not in fw}


def introduces(line: str, para: str) -> bool:
    """Whether a short line shares the words of the line after it, as a subheading does («جنبش طالبان
    پاکستان» over «جنبش طالبان پاکستان پدیده‌ای جدید است…»): two word stems, or one of a line of
    three words or fewer."""
    mine, theirs = _stems(line), _stems(para)
    return len(mine & theirs) >= 2 or (len(mine) <= 3 and len(mine & theirs) >= 1)


#: a short line in a story is about another story when at most this share of its content words
#: (and none of a line of four or fewer) occur in the story's prose: a subheading, a quote or a
#: list item shares the story's words; a related headline shares one word by chance at most
#: («خرید» of «مراکز خرید» in a headline about wheat in a story about Tehran's bazaars). Each
#: word counts by its rarity in the run (``weight``, 1 without one): a headline sharing only words
#: the site writes on many pages («مردم», «پایان») shares nothing of this story
FOREIGN_SHARE = 0.2


def _foreign(mine: set[str], story: set[str], weight: Callable[[str], float] | None = None,
             share: float = FOREIGN_SHARE) -> bool:
    if len(mine) < 3:
        return False
    if weight is None:
        return len(mine & story) <= share * len(mine)
    return sum(weight(w) for w in mine & story) <= share * sum(weight(w) for w in mine)


def _short_item(text: str) -> bool:
    """A tag: 1-6 words, no sentence (no final punctuation)."""
    return 1 <= text.count(" ") + 1 <= 6 and text.rstrip(_MARKS)[-1:] not in _SENTENCE


def _label_line(text: str) -> bool:
    """A label over a block: 1-4 words, no digits, ending with a colon or with no punctuation, and
    no colon before its end («عکس: مهدی رستگار» is a label with its value)."""
    t = text.rstrip(_MARKS)
    return (1 <= t.count(" ") + 1 <= 4 and not _DIGITS.search(t) and not _COLONS.search(t[:-1])
            and (t[-1:] in ":：" or t[-1:] not in _SENTENCE))


def tag_blocks(lines: list[str], roles: list, after: int) -> None:
    """Tag blocks (see the module docstring) at or after line ``after`` (the body's first line):
    a label line the template knows, then two short lines or more (that vary from page to page,
    or that the site shows on many pages: a popular tag), up to a line the template knows or the
    page's end.

    >>> roles = [None, None, "mid", None, None, "chrome", None]
    >>> tag_blocks(["عنوان", "متن خبر.", "برچسب‌ها:", "تیم ملی", "جام جهانی", "تلگرام", "پایان"], roles, 1)
    >>> roles[3:5]
    ['chrome', 'chrome']
    """
    n = len(lines)
    i = max(after, 0)
    while i < n - 1:
        if roles[i] is None or not _label_line(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _short_item(lines[j]):  # (a tag the site uses on many pages is known too)
            j += 1
        # (two tags or more: one short line between an ad box and a widget is a subheading; and
        # under a label that ends with a colon or that the site shows late, not between paragraphs)
        if j >= i + 3 and (j == n or roles[j] is not None) and (lines[i].rstrip(_MARKS)[-1:] in ":："
                                                                  or roles[i] != MID):
            for k in range(i + 1, j):
                roles[k] = roles[k] or CHROME
        i = max(j, i + 1)


#: an author's name: 2-4 words, no digits, no punctuation
_NAME_WORDS = (2, 4)


def name_line(text: str) -> bool:
    """Whether ``text`` has an author's name's shape (:data:`_NAME_WORDS` words, no digits nor marks)."""
    n = text.count(" ") + 1
    return (_NAME_WORDS[0] <= n <= _NAME_WORDS[1] and len(text) <= 40 and not _DIGITS.search(text)
            and text.rstrip(_MARKS)[-1:] not in _SENTENCE and re.search(r"[^\w\s\u200c]", text) is None)


#: a bio that does not open with its author's name is one line of at most this many words
MAX_BIO_WORDS = 40


def _closed_bio(lines: list[str], roles: list, i: int) -> bool:
    """Whether line ``i``, under an author's name, is the box's bio by the box's shape: one line of
    sentences (:data:`MAX_BIO_WORDS` words at most, ending with a full stop) that the site's
    template closes (the line under it is the template's) or the page ends with. A story's
    paragraph goes on into more of the story, whatever stands over it; a bio's words are the
    author's, «روزنامه‌نگار با ده سال سابقه.», and need not name them."""
    text = lines[i].rstrip(_MARKS)
    return (text[-1:] in ".!؟?" and text.count(" ") + 1 <= MAX_BIO_WORDS
            and (i + 1 == len(lines) or roles[i + 1] is not None))


def author_boxes(lines: list[str], roles: list, after: int, byline: str = "") -> None:
    """Author boxes (see the module docstring) at or after line ``after`` (the body's first line);
    ``byline``: the lines above the body, joined (their keys), where a byline names the author.

    >>> ls = ["خبر", "متن خبر است.", "درباره نویسنده", "مریم احمدی",
    ...       "مریم احمدی روزنامه‌نگار است و با ما همکاری دارد.", "همه مطالب مریم احمدی"]
    >>> roles = [None, None, "chrome", None, None, None]
    >>> author_boxes(ls, roles, 1)
    >>> roles[3:]
    ['chrome', 'chrome', 'chrome']
    """
    n = len(lines)
    for i in range(max(after, 0), n - 1):
        name, bio = lines[i], lines[i + 1]
        if not name_line(name) or roles[i + 1] is not None:
            continue
        key = line_key(name)
        if not key:
            continue
        before = lines[i - 1] if i > 0 else ""
        short = before.count(" ") + 1 <= 3 + name.count(" ") + 1
        # (a bio in other words than the name: the box tells it, the name twice over it and the
        # site's template, or the page's end, under it)
        if not bio.startswith(name + " ") and not (i > after and short and key in line_key(before)
                                                   and _closed_bio(lines, roles, i + 1)):
            continue
        heading = i > after and (roles[i - 1] is not None or key in line_key(before)) and short
        below = i + 2 < n and key in line_key(lines[i + 2]) and lines[i + 2].count(" ") <= name.count(" ") + 4
        # (or a short heading, «نویسنده», between two template lines and the box: template lines
        # around it on both sides, which a story's subheading over its last section has not)
        boxed = (i - 2 >= after and roles[i - 2] is not None and roles[i - 1] is None and _label_line(before)
                 and i + 2 < n and roles[i + 2] is not None)
        heading = heading or boxed
        if not (heading or below or (byline and key in byline)):
            continue
        roles[i] = roles[i + 1] = CHROME
        if heading and roles[i - 1] is None and before.rstrip(_MARKS)[-1:] not in _SENTENCE:
            roles[i - 1] = CHROME  # «نویسنده», «درباره مریم احمدی»
        if below and roles[i + 2] is None:
            roles[i + 2] = CHROME  # «همه مطالب مریم احمدی»


def find_boxes(lines: list[str], keys: list[str], region: list[str], roles: list, own: str | None = None,
               seen=None) -> None:
    """All three kinds of boxes of a page (in place): ``region`` from :func:`.template.regions`,
    ``own`` the key of the page's headline (a byline is looked for above the body, not in it),
    ``seen`` whether the run knows a marker (:func:`marker_key`; None: no run)."""
    after = next((i for i, r in enumerate(region) if r != "H"), len(lines))
    if after >= len(lines):
        return
    if seen is not None:
        lone_markers(lines, roles, seen)
        tag_blocks(lines, roles, after)
        info_boxes(lines, roles, region)
    byline = "\n".join(k for t, k in zip(lines[:after], keys[:after]) if k != own and t.count(" ") < 12)
    author_boxes(lines, roles, after, byline)


#: an info box has this many «label: value» lines in a row at least
MIN_INFO_RUN = 3
#: a field's label has one to this many words, its value no more than :data:`MAX_FIELD_VALUE_WORDS`
MAX_FIELD_LABEL_WORDS, MAX_FIELD_VALUE_WORDS = 3, 12
#: a field's label has at most this many characters (its colon among the line's first 40)
MAX_FIELD_LABEL_CHARS = 39
#: ... a code's label (:func:`code_field`) at most this many
MAX_CODE_LABEL_CHARS = 20
#: a value that is no words: digits and their punctuation, or a link
_CODE_VALUE = re.compile(r"\s*(?:[\d\s,./\-#]+|https?://\S+)$")


def split_field(text: str, max_label_chars: int = MAX_FIELD_LABEL_CHARS) -> tuple[str, str] | None:
    """A «label: value» line split at its first colon, when one to ``max_label_chars`` characters
    stand before it: (label, value) as written; else None. The one field grammar of
    :func:`field_line` and :func:`code_field`.

    >>> split_field("کد خبر: ۱۲۳۴۵"), split_field(": ۱۲۳۴۵")
    (('کد خبر', ' ۱۲۳۴۵'), None)
    """
    m = _COLONS.search(text, 0, max_label_chars + 1)
    if m is None or m.start() == 0:
        return None
    return text[: m.start()], text[m.end():]


def field_line(text: str) -> bool:
    """Whether a line is one field of a box: a label of 1-3 words without digits before a colon,
    then a value of 1-12 words that ends no sentence.

    >>> field_line("کارگردان: فرهاد کریمی"), field_line("نمره: ۴.۷ از ۱۰"), field_line("حجم: ۳۱۹ میلیون سهم")
    (True, True, True)
    >>> field_line("وی افزود: این طرح در سال آینده اجرا می‌شود."), field_line("۱۲:۳۰ اخبار")
    (False, False)
    """
    field = split_field(text)
    if field is None:
        return False
    label, value = field[0].strip(), field[1].strip()
    nl, nv = len(label.split()), len(value.split())
    return 1 <= nl <= MAX_FIELD_LABEL_WORDS and 1 <= nv <= MAX_FIELD_VALUE_WORDS and not _DIGITS.search(label) \
        and value.rstrip(_MARKS)[-1:] not in _SENTENCE


def code_field(text: str) -> bool:
    """Whether a line is a field whose value is no words: a number, a code, a link, after a label of
    up to :data:`MAX_CODE_LABEL_CHARS` characters, digits allowed (so a time «۱۲:۳۰» reads as one).
    Unlike a :func:`field_line` a single page shows it is no story's line.

    >>> code_field("کد خبر: ۱۲۳۴۵"), code_field("لینک کوتاه: https://x.ir/a"), code_field("کارگردان: فرهاد کریمی")
    (True, True, False)
    """
    field = split_field(text, MAX_CODE_LABEL_CHARS)
    return field is not None and _CODE_VALUE.match(field[1]) is not None


#: a field the template does not know joins a box above the body when its value is a number of a
#: few words at most (a rating «۴.۷ از ۱۰», a price, a count): a headline «X: …» there is longer
MAX_NUMBER_VALUE_WORDS = 5


def info_boxes(lines: list[str], roles: list, region: list[str] | None = None) -> None:
    """Runs of field lines (:func:`field_line`) of which the template knows two or more and at least
    half (in place): a field of the run after its first known one that the template does not know
    takes the role most of the known ones have (above the body, ``head`` at most: the header
    parser reads them) when its value is a short number (a rating, a price, a count), or, inside
    or after the body (``region`` not ``H``), when it stands between two known fields. Above the
    body a headline written «X: …» stands among the header's fields (a section label, a byline, a
    date): it is no field of a box."""
    i, n = 0, len(lines)
    while i < n:
        if not field_line(lines[i]):
            i += 1
            continue
        j = i
        while j < n and field_line(lines[j]):
            j += 1
        at = [k for k in range(i, j) if roles[k] is not None and roles[k] != "title"]
        if j - i >= MIN_INFO_RUN and len(at) >= 2 and 2 * len(at) >= j - i:
            known = [roles[k] for k in at]
            role = max(set(known), key=known.count)
            role = HEAD if role == SITE else role
            for k in range(at[0] + 1, j):
                if roles[k] is not None:
                    continue
                value = lines[k].partition(":")[2] or lines[k].partition("：")[2]
                number = bool(_DIGITS.search(value)) and len(value.split()) <= MAX_NUMBER_VALUE_WORDS
                if number or (k < at[-1] and region is not None and region[k] != "H"):
                    roles[k] = role
        i = j
