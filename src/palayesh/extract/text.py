"""Structure of a flat-text news page: header by position, body by content, tail by credits.

A flattened page is site chrome around one article:

    site name / menu / section label / date / news code / surtitle     ← header
    title                                                              ← last headline-like line
    lead                                                               ← optional one-sentence summary
    body paragraphs («به گزارش …» dateline kept in its paragraph)      ← prose
    «منبع: X» / «انتهای پیام/» / tags / related / comments / copyright ← tail

Each line is classified once, cheaply (:mod:`.lines`: precompiled patterns, a key lookup in the
boilerplate lexicon, the density of Persian function words); then the body is the first run of
prose up to the tail, the title is the nearest headline-like line above it, and the header lines
above the title give section, surtitle and date. Section labels and headlines are short lines without
final punctuation, which generic line filters would delete: they are taken first, by position.

>>> a = extract_text("ایران و جهان\\n\\nوزیران دفاع ایران و روسیه دیدار کردند\\n\\n"
...                  "به گزارش خبرگزاری مهر، وزیران دفاع دو کشور در مسکو با یکدیگر دیدار و گفتگو کردند.\\n\\n"
...                  "منبع: مهر\\n\\nدکمه بازگشت به بالا")
>>> a.section, a.title, a.agency, a.paragraphs[0][:9]
('ایران و جهان', 'وزیران دفاع ایران و روسیه دیدار کردند', 'مهر', 'به گزارش ')
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace

from ..memo import short_line_memo
from ..textkeys import fold_yeh_kaf, line_key, whole_word
from .agency import (
    agency_closer_start,
    agency_from_credit,
    agency_in_brackets,
    agency_name_alone,
    find_agency,
    has_dateline,
    opens_dateline,
    opens_interview,
)
from .article import Article
from .boxes import FOREIGN_SHARE, _foreign, code_field, field_line, find_boxes, name_line, split_field
from .comments import (
    MIN_STORY_OPENING_WORDS,
    another_document,
    commenter_row,
    echoed_head,
    heads_text,
    posts_alike,
    prose_chars,
    reader_thread,
    readers_posts,
    story_under_comments,
    story_under_posts,
    story_under_thread,
    under_commenter,
)
from .credits import (
    BRAND_SHARE,
    MAX_BRAND_WORDS,
    MAX_CREDIT_SLOT_WORDS,
    MIN_SLOT_VALUE_PAGES,
    SLOT_SHARE,
    bare_credit,
    story_agency,
)
from .dates import (
    LETTER,
    MAX_FIELD_WORDS,
    RELATIVE,
    date_line,
    find_stamps,
    fold,
    joined_badges,
    meta_field,
    mostly_date,
)
from .dialogue import dialogue_turns
from .fieldbox import MIN_BOX_FIELDS, box_fields, box_section, field_label, properties_section
from .header import (
    HEADER_META,
    HEADER_META_MAX_LINES,
    SLOT_LINE_SHARE,
    right_after_headline,
    under_headline_meta,
)
from .lexicon import INNER_SENTENCE_END, content_words, read_on_link, tokens
from .lines import (
    _ANY_TERMINAL,
    _DIGIT,
    _MARKS,
    _SENTENCE_MARKS,
    ASKING_MARKS,
    BLANK,
    BYLINE_START,
    CHROME,
    CLASSIFY_CACHE_CHARS,
    CRUMB,
    DATE,
    END,
    LABEL,
    LIST_COMMA,
    LIST_ITEM,
    MAX_HEADLINE_WORDS,
    META,
    MIN_LIST_COMMAS,
    NAV,
    NOT_BODY,
    PARA,
    ROW_FIELD,
    SHORT,
    SPACES,
    TERMINAL,
    Line,
    _ends_sentence,
    _headline_shaped,
    _introduces,
    _is_byline,
    _kicker,
    _named_words,
    _neighbour,
    _next_shown,
    _prev_shown,
    classify,
    count_row,
    is_label_candidate,
    next_para,
)
from .listing import MIN_STORY_PARAGRAPHS, MIN_STORY_WORDS
from .menusection import SITE_PAGE_SHARE, bar_section, bar_site, headline_field, one_listing, section_from_url
from .pagedates import (
    _ROLE_RANK,
    FOOT_DATE_SHARE,
    MAX_CREDIT_WORDS,
    MIN_VISIT_PAGES,
    _counter_line,
    _published,
    _shares_above,
    counters_row,
    site_header_date,
    visit_day,
)
from .photos import (
    _photo_line,
    drop_gallery_captions,
    drop_gallery_heading,
    drop_slide_widgets,
    gallery_heading,
    gallery_heading_shaped,
    heads_photo,
    is_gallery,
    is_photo_note,
    labelled_counters,
    numbered_gallery,
    photo_between,
    slide_counter,
    under_photo,
)
from .prose import _COLON, is_prose
from .pullquote import quotes
from .rejoin import (
    alone_width,
    blank_parted,
    broken_in_two,
    few_lines_width,
    fitted_width,
    indented_width,
    join_lines,
    narrow_width,
    print_frame,
    wrapped_runs,
)
from .results import search_results
from .sections import (
    EVERY_PAGE,
    FOLIO,
    HOME_KEYS,
    MAX_SECTION_WORDS,
    acceptable,
    account_names,
    back_link_section,
    chip_value,
    counted_row,
    crumb_parts,
    filed_sentence,
    fixed_line,
    follow_counter,
    headline_trail,
    home_item,
    in_label_value,
    is_in_label,
    is_menu_line,
    labelled_trail,
    loose_crumb_parts,
    menu_home,
    more_in_section,
    on_every_page,
    page_index,
    print_page_label,
    row_fields,
    running_header_section,
    section_from_crumb,
    section_from_label,
    section_from_split_label,
    spaced_menu_items,
    topics_item,
    undated_trail,
    worded_label,
)
from .tables import log_rows, table_runs
from .tags import (
    MAX_TAG_WORDS,
    clause_words,
    tag_label,
    tag_of_tail_list,
)
from .template import (
    BYLINE_WORDS,
    CHROME as T_CHROME,
    MAX_CARD_TEASER_WORDS,
    MENU_COLUMN,
    MID as T_MID,
    SITE_NAME_MAX_CHARS,
    SUMMARY_SITE_MAX_CHARS,
    TITLE as T_TITLE,
    TITLE_BAR,
    TOLD_PROSE_LINES,
    bar_sides,
    column_run,
    date_field_label,
    indented_lines_of,
    names_label,
    regions,
    teaser_sentence,
    title_candidate,
    title_label_section,
)
from .verses import verse_runs

_RUNS_ON = frozenset(":：،,")            # a line ending here runs on into the next (no headline)
_NO_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u200b\ufeff"))
_PIPE = re.compile(r"\s+[|｜]\s+|\s*[|｜]\s*")
#: headings after which the next short line is a promoted link, not text («بیشتر بخوانید»)
_PROMO_KEYS = frozenset(line_key(x) for x in ("بیشتر بخوانید", "بخوانید", "ببینید", "پیشنهاد ویژه",
                                              "مطلب پیشنهادی", "مطالب پیشنهادی"))


#: a box of the site's lines between a lead and the story holds at least this many lines the site's
#: template knows (and they are most of its lines: :func:`_boxed`)
BOX_MIN_KNOWN_LINES = 3
#: a lead set between the header's meta lines and a box is one sentence of at most this many characters
LEAD_BOXED_MAX_CHARS = 400


def _site_slot(lines: list[Line], i: int, j: int) -> bool:
    """Whether only lines the site shows on most of its pages stand between lines ``i`` and ``j`` (and
    one at least): a fixed row of the site's page under its lead («زمان مطالعه: ۴ دقیقه», «روزنامه
    شماره ۶۰۵۹ | صفحه ۱۲»), not a link or an ad set into the story («بیشتر بخوانید: …», a headline
    that varies from page to page), nor the story's next paragraph right under its first."""
    between = [ln for ln in lines[i + 1:j] if ln.kind != BLANK]
    return bool(between) and all(ln.share >= SLOT_LINE_SHARE for ln in between)


#: a widget of the site's header stands above the story on this share of the pages that show it
#: at least (a link or an ad set into a story stands between its paragraphs on nearly all of them)
HEADER_WIDGET_SHARE = 0.25


def _header_widgets(lines: list[Line], i: int, j: int) -> bool:
    """Whether only widgets of the site's header stand between lines ``i`` and ``j`` (one at
    least): lines on most of the site's pages (:data:`SLOT_LINE_SHARE`) that stand above the
    story on a good part of them (:data:`HEADER_WIDGET_SHARE`: the pages without a summary show
    them right under the header's meta lines), whatever their words, and once on the page (a
    marker of a story's parts, «دقیقه ۳۳», stands above its first part too). Line ``i`` over them
    stands in the header too: the summary."""
    between = [ln for ln in lines[i + 1:j] if ln.kind != BLANK]
    above = {_DIGIT.sub("0", ln.key) for ln in lines[:i]}
    return bool(between) and all(ln.share >= SLOT_LINE_SHARE and ln.head >= HEADER_WIDGET_SHARE * ln.share
                                 and _DIGIT.sub("0", ln.key) not in above for ln in between)


def _boxed(lines: list[Line], i: int, j: int) -> bool:
    """Whether a box stands between lines ``i`` and ``j``: lines that are not the story, mostly and
    three or more of them lines the site's template knows (an info box, a film's credits, a share's
    figures: their shapes recur on the site's pages, unlike a table of contents), or fields whose values are
    numbers or links (a news code, a short link: a page alone shows that); one or two inserted
    links or captions are no box."""
    between = [ln for ln in lines[i + 1:j] if ln.kind != BLANK]
    if between and all(code_field(ln.text) for ln in between):
        return True
    known = sum(ln.recurs for ln in between)
    return known >= BOX_MIN_KNOWN_LINES and 2 * known > len(between)


#: a paragraph that opens with its source «به نقل از X، …»: the story's opening, as a dateline is
_OPENS_QUOTED = re.compile(r"^\W{0,3}(?:و\s*)?به\s*نقل\s*از\s")
#: a paragraph that opens with a name set in typewriter quotes, «"NAME" …» («''NAME'' …», a word to
#: three, no mark inside), the way a reporter marks a name in his story's text: the story's opening
_OPENS_QUOTED_NAME = re.compile(r"^\W{0,2}?(?:\"|''|“)[^\W\d_][^\s\"“”'،,.:؛!؟?\d]*(?:\s[^\s\"“”'،,.:؛!؟?\d]+){0,2}"
                                r"(?:\"|''|”)\s*[^\W\d_]")
#: a page's counter among a story's pages, «صفحه ۲ از ۳»
_PAGE_OF = re.compile(r"^\W*(?:صفحه|page)\s*(?P<n>\d{1,3})\s*(?:از|of|/)\s*\d{1,3}\W*$", re.I)


def _later_page(lines: list[Line], b: int) -> bool:
    """Whether a line above line ``b`` counts the page among its story's pages past the first
    («صفحه ۲ از ۳»): the story goes on from another page, its summary on the first.

    >>> _later_page([classify("صفحه ۲ از ۳"), classify("متن")], 1), _later_page([classify("صفحه 1 از 3")], 1)
    (True, False)
    """
    for ln in lines[:b]:
        m = _PAGE_OF.match(ln.text) if ln.words <= 4 else None
        if m is not None and int(m.group("n")) > 1:
            return True
    return False


#: a summary restates its story: at least this share of its content words comes back in the
#: paragraphs under it (dev, 31 pages: the one-sentence summaries a summary site's flat pages open
#: with, .44-.90 but two; the story's own opening, a speaker named and quoted, .00-.36)
RESTATED_SHARE = 0.4


def _restated(lines: list[Line], body: list[int]) -> bool:
    """Whether the story's paragraphs under the first, ``body[1:]``, say again most of what the
    first paragraph says (:data:`RESTATED_SHARE` of its content words): a summary over its story,
    not the story's opening, whose words the paragraphs after it go on from.

    >>> ls = [classify(t) for t in ("وزیر نیرو از افتتاح دو نیروگاه تازه در استان خبر داد.",
    ...                             "دو نیروگاه تازه استان امروز با حضور وزیر نیرو افتتاح شد و به شبکه پیوست.")]
    >>> _restated(ls, [0, 1]), _restated([ls[1], classify("کار ساخت آن‌ها سه سال طول کشید و هزینه زیادی داشت.")], [0, 1])
    (True, False)
    """
    said = _content_words(lines[body[0]].text)
    if not said:
        return False
    below = _content_words(" ".join(lines[k].text for k in body[1:] if lines[k].kind == PARA))
    return len(said & below) >= RESTATED_SHARE * len(said)


def _quoted_under(lines: list[Line], body: list[int]) -> bool:
    """Whether the story's line right under its first paragraph, ``body[1]``, is that paragraph's
    own words framed in quotes («…», :func:`.pullquote.quotes`): a pull quote, which a page sets
    into its story from the story's own lines: the first paragraph is the story's, no summary.

    >>> first = "در این دیدار مهاجم میزبان در دقیقه ۱۸ گلزنی کرد و تک گل مهمان را بازیکن سابق تیم زد."
    >>> ls = [classify(t) for t in (first, "«" + first[:-1] + "»", "تیم میزبان با این برد سوم شد.")]
    >>> _quoted_under(ls, [0, 1, 2]), _quoted_under(ls, [0, 2])
    (True, False)
    """
    return len(body) > 1 and quotes(lines[body[1]].text, lines[body[0]].text)

#: a summary under its own label is a paragraph of at most this many characters
LEAD_LABELLED_MAX_CHARS = 600
#: a label that names the paragraph under it has a word or two
LEAD_LABEL_WORDS = 2


def _labelled_slot(lines: list[Line], i: int) -> bool:
    """Whether the nearest line above line ``i`` is a label alone that names the paragraph under
    it («چکیده:», «خلاصه:», «لید:»: a word or two and a colon, no digits), standing in the
    article's header (under the headline and its meta lines). An agency's name so («خبرگزاری
    فارس:») is a credit that opens the text, not a slot's label."""
    j = _prev_shown(lines, i)
    if j is None:
        return False
    ln = lines[j]
    if ln.kind not in (SHORT, CHROME, LABEL, END) or not slot_label(ln.text):
        return False
    return under_headline_meta(lines, j) or right_after_headline(lines, j)


#: a label of one or two words and a colon opening a line («خلاصه: …», «چکیده: …»)
_INLINE_LABEL = re.compile(r"^\W{0,3}(?P<label>[^\W\d_][^\s:：\d]{1,15}(?:\s[^\W\d_][^\s:：\d]{1,15})?)\s*[:：]\s+\S")
#: the text after an opening label is a sentence of this many words at least
INLINE_LABEL_MIN_WORDS = 6


def _opening_label(text: str) -> str | None:
    """The label (a word or two and a colon) that opens ``text`` before a sentence of
    :data:`INLINE_LABEL_MIN_WORDS` words at least, or None."""
    m = _INLINE_LABEL.match(text)
    return m.group("label") if m and len(text[m.end() - 1:].split()) >= INLINE_LABEL_MIN_WORDS else None


def _opens_with_slot_label(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens with a label that names it, as :func:`_labelled_slot` sees one on
    the line above: a word or two and a colon («خلاصه: …», «چکیده: …»; :func:`slot_label`) that
    the page names nowhere else. A word the page names again is no label: a speaker quoted
    («ظریف: …»), the site's name (a line of its header) or an agency's opening a dateline. One word
    only, as :func:`palayesh.extract.unlabelled_lead` drops: two open a quote («سونگ گفت: …»).

    >>> ls = [classify(t) for t in ("خلاصه: وزیر از افتتاح دو نیروگاه تازه خبر داد.", "وزیر گفت که کار تمام است.")]
    >>> _opens_with_slot_label(ls, 0), _opens_with_slot_label([classify("وزیر: " + ls[0].text[7:]), ls[1]], 0)
    (True, False)
    """
    return opens_with_slot_label(lines[i].text) and _label_alone(lines, i)


def opens_with_slot_label(text: str) -> bool:
    """Whether ``text`` opens with one word and a colon that may name it (:func:`slot_label`:
    no agency, no digits), before a sentence: «خلاصه: …», «لید: …». Two words are a speaker and a
    verb of saying more often: «سونگ گفت: …».

    >>> opens_with_slot_label("لید: وزیر از افتتاح دو نیروگاه تازه خبر داد.")
    True
    >>> opens_with_slot_label("سونگ گفت: ما آماده‌ایم و کار را تمام می‌کنیم.")
    False
    """
    label = _opening_label(text)
    return label is not None and " " not in label and slot_label(label + ":")


def _site_labelled_lead(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens with the label its site opens its leads with (``site_lead``: «لید: …»
    on other pages of the site too) and the page names the label nowhere else (:func:`lone_label`).

    >>> ls = [classify(t) for t in ("لید: وزیر از افتتاح دو نیروگاه تازه خبر داد.", "وزیر گفت که کار تمام است.")]
    >>> ls[0].site_lead = True
    >>> _site_labelled_lead(ls, 0), _site_labelled_lead([ls[0], classify("لید خبرها را بخوانید.")], 0)
    (True, False)
    """
    return lines[i].site_lead and _label_alone(lines, i)


def _label_alone(lines: list[Line], i: int) -> bool:
    """:func:`lone_label` of line ``i`` among the page's other lines."""
    return lone_label(lines[i].text, (ln.text for j, ln in enumerate(lines) if j != i))


def lone_label(text: str, others: Iterable[str]) -> bool:
    """Whether ``text`` opens with a label (a word or two and a colon, :func:`_opening_label`) that
    none of the page's ``others`` lines names: a speaker the story quotes again («ظریف: …»), or the
    site's name in its header («دیدبان: …», a dateline), is no label.

    >>> lone_label("لید: وزیر از افتتاح دو نیروگاه تازه خبر داد.", ["وزیر گفت که کار تمام است."])
    True
    >>> lone_label("ظریف: مذاکرات ادامه دارد و به نتیجه خواهد رسید.", ["ظریف در ادامه گفت که …"])
    False
    """
    label = _opening_label(text)
    if label is None:
        return False
    word = whole_word(label)
    return not any(word.search(t) for t in others)


def _opens_with_source(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens with its source's name and a colon, a sentence after it: an agency's
    («خبرگزاری فارس: …», «ایسنا: …») or the site's own, a line of its header above («نیرونیوز: …»).
    Under the header, such a line is the story's summary as its source wrote it (a story's own
    paragraphs open with a dateline «به گزارش …», not with a name and a colon).

    >>> ls = [classify(t) for t in ("نیرونیوز", "ایسنا: وزیر از افتتاح دو نیروگاه تازه خبر داد.")]
    >>> _opens_with_source(ls, 1), _opens_with_source([ls[0], classify("نیرونیوز: " + ls[1].text[7:])], 1)
    (True, True)
    """
    label = _opening_label(lines[i].text)
    if label is None:
        return False
    if agency_from_credit(label, bare=True):  # (an agency's name and nothing else)
        return True
    key = line_key(label)
    return len(key) >= 3 and any(ln.key == key for ln in lines[:i])


def _opens_with_site_name(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens with the site's own name and a colon: the label is a line above it
    that the site's template knows (it recurs on the site's pages: :attr:`Line.recurs`), its name
    in its header («گرمای شهر», then «گرمای شهر: یک عضو مجلس …»). A site sets its name before the
    summary it writes for a story, not before the story's own paragraphs, which open with a dateline
    («به گزارش گرمای شهر، …»): the summary however many header lines stand over it (a byline in
    names alone, a reading time), where an agency's name or a speaker's may open any paragraph.

    >>> ls = [classify(t) for t in ("گرمای شهر", "آرش توکلی", "گرمای شهر: یک عضو مجلس واکنش سخنگو را نامناسب خواند.")]
    >>> _opens_with_site_name(ls, 2)  # (a name the site's template does not know: not its own)
    False
    >>> ls[0].recurs = True
    >>> _opens_with_site_name(ls, 2)
    True
    """
    label = _opening_label(lines[i].text)
    if label is None:
        return False
    key = line_key(label)
    return len(key) >= 3 and any(ln.key == key and ln.recurs for ln in lines[:i])


def slot_label(text: str) -> bool:
    """Whether a line is a label alone that names the paragraph under it: a word or two and a
    colon, no digits, no agency's name (a credit «خبرگزاری فارس:» opens the text).

    >>> slot_label("چکیده:"), slot_label("خبرگزاری فارس:"), slot_label("کد خبر: ۱۲۳")
    (True, False, False)
    """
    t = text.rstrip(_MARKS)
    if t[-1:] not in (":", "：") or _named_words(t) > LEAD_LABEL_WORDS or _DIGIT.search(t):
        return False
    return not (find_agency(t[:-1]) or agency_from_credit(t[:-1], bare=True))


#: a marker of a story's parts (a live report's «دقیقه ۸۲», «⏱ ۶۴») has this many words or fewer
MAX_MARKER_WORDS = 3


def is_listing(body: list[tuple[Line, bool]]) -> bool:
    """Whether a "body" is a listing of cards: headline, one teaser paragraph, then a date/meta
    line (or the headline after one), again and again. ``body`` is (line, whether a non-body line
    such as a date came right before it). An article's subheadings are followed by running text
    without date lines between the sections.
    """
    if len(body) < 8:
        return False
    # a marker of a few words repeated in its shape (its digits aside) marks the parts of one story
    # («دقیقه ۸۲» over each update of a live report): a list's cards have headlines of their own
    def marker(ln: Line) -> str | None:
        return _DIGIT.sub("0", ln.key) if ln.kind == SHORT and ln.words <= MAX_MARKER_WORDS else None

    shapes = Counter(marker(ln) for ln, _ in body)
    body = [(ln, gap) for ln, gap in body if (m := marker(ln)) is None or shapes[m] < 2]
    if len(body) < 8:
        return False
    cards = teasers = 0
    first = None  # where the first card begins
    k = 0
    while k + 1 < len(body):
        head, teaser = body[k], body[k + 1]
        if head[0].kind == SHORT and head[0].words >= 2 and teaser[0].kind == PARA and not teaser[1]:
            after = body[k + 2] if k + 2 < len(body) else None
            if (head[1] or k == 0) and (after is None or after[1]):
                cards += 1
            elif (teaser[0].words <= 45 and _single_sentence(teaser[0].text)
                  and (after is None or after[0].kind == SHORT)):
                teasers += 1  # no date lines, but one short sentence under each headline
            else:
                k += 2
                continue
            first = k if first is None else first
            k += 2
        else:
            k += 1
    if first is not None:
        # a story's paragraphs, then a list of cards under it (its related stories): a listing
        # page is cards from its first line (.listing.story_above_cards says the same of the DOM's).
        # The story: two paragraphs or more that open the body, no date or other non-body line
        # between them (a listing's teasers stand between their dates, even when the run took
        # their headlines for other pages' links)
        run: list[Line] = []
        for ln, gap in body[:first]:
            if gap and run:
                break
            run.append(ln)
        if sum(1 for ln in run if ln.kind == PARA and ln.words >= MIN_STORY_WORDS) >= MIN_STORY_PARAGRAPHS:
            return False
    if cards >= 4 and 2 * cards >= 0.6 * len(body):
        return True
    # without date lines between them, only a long unbroken run of one-sentence teasers and no
    # agency dateline opening the "article" tells a listing from an article with subheadings
    return (cards + teasers >= 6 and 2 * (cards + teasers) >= 0.7 * len(body)
            and not any(has_dateline(ln.text) for ln, _ in body[:3]))


_MENU_SEP = re.compile(r"\s*[|｜•·]\s*")


def _title_line_names(lines: list[Line], title: str | None) -> list[str]:
    """The site's name as a page saved from HTML shows it on its first line, the document's title
    after the headline and a bar or dash («<headline> - <site name>»): never a section."""
    first = next((ln for ln in lines if ln.kind != BLANK), None)
    if first is None or not title or first.text == title or not first.text.startswith(title):
        return []
    rest = first.text[len(title):].strip(" -–—|｜:»›")
    return [rest] if rest and rest != first.text[len(title):].strip() and len(rest.split()) <= 5 else []


#: a box's heading that names the story's section («بیشتر در X», «آخرین مطالب X», «بایگانی شده در X»)
#: has at most this many words; its first word stands on this share of the site's pages at least,
#: before other words; the heading itself on less than that share of them (a sidebar's fixed
#: «آخرین مطالب ورزش», on every page, names no story's section)
BOX_HEAD_WORDS = 6
BOX_HEAD_SHARE = 0.3
BOX_LINE_SHARE = 0.3
#: a box heading's last words name a menu item of this many words at most
BOX_ITEM_WORDS = 3
#: ... after a phrase of words of letters only (no tag cloud «#X #Y», no list «X، Y»)
_PLAIN_WORD = re.compile(r"^[^\W\d_]+(?:\u200c[^\W\d_]+)*$")


def _box_heading_section(lines: list[Line], title_i: int | None, menu: set[str]) -> str | None:
    """The section a box of the page names in its heading's last words: a short line of plain
    words whose first word the site writes on many of its pages before other words (the run
    teaches it: :attr:`Line.heads`) and whose last words are an item of the page's menu, when the
    line itself stands on few of the site's pages (each page's box names its own section). A
    labelled heading over a box of other stories' headlines names its value though the menu does
    not list it (a subsection: :func:`_heads_other_stories`). None when no such line names an item,
    or two name two."""
    if title_i is None:
        return None
    named: dict[str, str] = {}
    for i, ln in enumerate(lines):
        labelled = title_i < i and _box_label(ln)
        # (a heading of a fixed phrase the site repeats needs no menu to name its rest: a page that
        # shows none, a print view, or one whose menu the page does not set apart)
        if i == title_i or not (labelled or ((menu or ln.head_words > 1) and _box_heading(ln))) \
                or _under_name(lines, i):
            continue
        words = ln.text.split()
        label = next((j + 1 for j, w in enumerate(words) if w.endswith(":")), 0) if labelled else 0
        if not all(_PLAIN_WORD.match(w.removesuffix(":") if j < label else w) for j, w in enumerate(words)):
            continue
        # (a labelled heading's whole value is the item, «در همین بخش: ورزش»; not a credit's last
        # words, «منبع: روابط عمومی <site name>»)
        least = len(words) - label if labelled else 1
        # (a line on a third of the site's pages or more, value and all, names the page's section
        # only over a box of other stories' headlines: a widget's fixed heading over a table or a
        # list of its own, «محاسبه کسری خدمت» over «۱ فرزند | ۳ ماه», ends with a menu item too)
        fixed = not labelled and ln.recurs and ln.share >= BOX_LINE_SHARE and not _heads_other_stories(lines, i)
        for k in range(min(BOX_ITEM_WORDS, len(words) - max(label, 1)), least - 1, -1):
            item = " ".join(words[-k:])
            if line_key(item) in menu and not fixed:
                named.setdefault(line_key(item), item)
                break
        else:
            if labelled and 1 <= len(words) - label <= BOX_ITEM_WORDS and ln.values > 0 \
                    and _heads_other_stories(lines, i):
                item = " ".join(words[label:])
                named.setdefault(line_key(item), item)
            elif not labelled and (ln.head_words > 1 or ln.rest_declared) \
                    and 1 <= len(words) - ln.head_words <= BOX_ITEM_WORDS and _heads_other_stories(lines, i):
                # (a heading of a fixed phrase the site repeats and a varying rest, over other
                # stories' headlines: the rest names the box's section though the menu does not
                # list it, a subsection: «بیشتر در ناشران استانی» where the site shows «بیشتر در» so;
                # after one fixed word, when the site's HTML pages declare the rest their section:
                # «جدیدترین‌های درگذشت هنرمندان» over the site's stories of that section)
                item = " ".join(words[ln.head_words:])
                named.setdefault(line_key(item), item)
    return next(iter(named.values())) if len(named) == 1 else None


#: a box's heading stands over this many headlines of other stories at least
BOX_MIN_HEADLINES = 3


def _heads_other_stories(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right over :data:`BOX_MIN_HEADLINES` headlines (other stories' as
    the run knows them, :attr:`Line.related`, or lines shaped as one, :func:`headline_like`): the
    heading of a box listing the section's stories («در همین بخش: تب برفکی» over their links),
    while a credit («منبع: …») stands over the story's other credits (its end mark, date, author),
    and a tag line («کلیدواژه: …») over the site's own lines on most of its pages (a blog's «ممنون
    که به وبلاگ من سر زدید»): a box's headlines vary from page to page."""
    below = [ln for ln in lines[i + 1:i + 1 + 2 * BOX_MIN_HEADLINES] if ln.kind != BLANK][:BOX_MIN_HEADLINES]
    return len(below) == BOX_MIN_HEADLINES and all(
        ln.kind in (SHORT, PARA, CHROME, END) and (ln.related or headline_like(ln.text))
        and not (ln.recurs and ln.share >= BOX_LINE_SHARE) for ln in below)


#: a box's labelled heading names the page's section when its line, value and all, stands on at most
#: this share of the pages showing its label (a fixed one on each of them names none)
BOX_VALUE_SHARE = 0.75


def _box_heading_share(ln: Line) -> bool:
    """Whether a line the site's pages show with their first word before varying words stands on few
    enough of them, value and all, to name each page's own value (:func:`_box_heading`'s share
    test): a fixed line on most of them («ثبت‌نام بیمه بافندگان» under every story) names none."""
    return not (ln.recurs and ln.share >= BOX_LINE_SHARE and ln.share > BOX_VALUE_SHARE * ln.heads)


def _box_heading(ln: Line) -> bool:
    """Whether a line is shaped as a box's heading: its first word heads many of the site's pages
    before other words, while the line itself stands on few (each page's box names its own section),
    or on a part of the pages its shape stands on that leaves room for other values: a site that
    writes in two or three sections shows each heading («بیشتر در اورژانس») on a third of its pages
    or more, a fixed sidebar's («آخرین مطالب ورزش») stands wherever its shape does."""
    return ln.heads >= BOX_HEAD_SHARE and _box_heading_share(ln)


def _box_label(ln: Line) -> bool:
    """Whether a line (under the headline: above the story the run does not tell its value's share)
    is a box's heading written as a label, its value the
    section («در همین بخش: ورزش»): the label recurs on many of the site's pages, the line with its
    value on fewer of them (:attr:`Line.values`, the share of pages showing it value and all): each
    page's box names its own section, though a site may write most of its stories in one."""
    return ln.recurs and ln.share >= BOX_HEAD_SHARE and ln.values <= BOX_VALUE_SHARE * ln.share \
        and ":" in ln.text and not ln.text.rstrip().endswith(":")


def _under_name(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right under a person's name (:func:`.boxes.name_line`, no blank line
    between) that is no line of the site's template: a credential («دکتر X» over «متخصص زنان و
    زایمان»), not a box's heading, which stands under the story's end or the template's own lines."""
    above = lines[i - 1] if i > 0 else None
    return (above is not None and above.kind != BLANK and name_line(above.text)
            and not (above.recurs and above.share >= BOX_LINE_SHARE))


#: a table under a line is looked for in this many lines under it (its rows, blank lines between)
TABLE_LOOK = 12


#: an item of a vertical menu is a word or three
MENU_ITEM_WORDS = 3


def _vertical_menu(lines: list[Line], top: int) -> set[str]:
    """Keys of the items of a menu set an item a line above the headline (``top``): the short lines
    the run shows above every page of the site (:attr:`Line.tagline`), though no bar sets them apart
    and the template does not tell them the site's own (:attr:`Line.site`: the run's largest family
    of the site's pages may span other sites too, a designer's foot line on each).

    >>> header = [classify(t) for t in ("صفحه نخست", "اکتشاف", "معدن", "قیمت فلزات", "آخرین اخبار استان کرمان")]
    >>> for ln in header: ln.tagline = True
    >>> _vertical_menu(header, 5) == {line_key("اکتشاف"), line_key("معدن"), line_key("قیمت فلزات")}
    True
    """
    return {ln.key for ln in lines[:top] if ln.tagline and ln.kind in (SHORT, CHROME)
            and 1 <= ln.words <= MENU_ITEM_WORDS and ln.key not in HOME_KEYS}


def _menu_lists_trail(parts: list[str], lines: list[Line], top: int) -> bool:
    """Whether a short trail that does not start at home («ورزش / فوتبال») names an item of the
    site's menu above the headline (``top``: a bar menu, or one of an item a line), or the page
    shows no menu to tell: a site files its stories under the sections its menu lists. A writer and
    role over the headline («نادر کاظمی | خبرنگار») read as such a trail too, and the role recurs
    from page to page as a section does, but no menu lists either item.

    >>> header = [classify(t) for t in ("خانه | ورزش | فرهنگ | جامعه", "ورزش / فوتبال")]
    >>> _menu_lists_trail(["ورزش", "فوتبال"], header, 2), _menu_lists_trail(["نادر کاظمی", "خبرنگار"], header, 2)
    (True, False)
    """
    menu = _menu_items(lines[:top], {ln.key for ln in lines[:top] if ln.site}) | _vertical_menu(lines, top)
    return not menu or any(line_key(p) in menu for p in parts)


def _heads_table(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the heading row of a table (:func:`.tables.table_runs`: rows of as many
    cells under it, with figures): «پزشک | تخصص | ساعت» over the doctors on call reads as a trail
    alone."""
    return 0 in table_runs([ln.text if ln.kind != BLANK else None for ln in lines[i:i + TABLE_LOOK]])


def _over_table(lines: list[Line], i: int) -> bool:
    """Whether the next line under line ``i`` heads a table (:func:`_heads_table`): line ``i`` is
    the table's box heading («پزشکان کشیک امروز» over «پزشک | تخصص | ساعت»), not the story's section."""
    j = _next_shown(lines, i)
    return j is not None and _heads_table(lines, j)


def _title_line_section(lines: list[Line], title: str | None, menu: set[str]) -> str | None:
    """The section the document's title on a saved page's first line names beside the headline
    («ورزش | <headline> | <site name>»): its part the site's menu above lists
    (:func:`.menusection.headline_field`). A line the page sets over it, its «today» date
    («امروز: ۲۳ تیر ۱۳۹۴»), may stand first: the title line is the first of the page's
    :data:`TITLE_LINE_REACH` lines that holds the headline as a field of its own."""
    for ln in [ln for ln in lines if ln.kind != BLANK][:TITLE_LINE_REACH]:
        if ln.text == title:
            return None  # (the headline itself: the title line, when there is one, stands above it)
        got = headline_field(ln.text, title, menu)
        if got:
            return got
    return None


#: the document's title line stands among the first lines of a saved page (a date over it)
TITLE_LINE_REACH = 2


def _title_line_at(lines: list[Line], title: str | None) -> int | None:
    """The index of a saved page's document title line: the first of its :data:`TITLE_LINE_REACH`
    lines that holds the headline ``title`` and more beside it («ورزش | <headline> | <site name>»:
    :func:`.menusection.bar_section` reads its parts), above the headline's own line; None when the
    headline's own line comes first."""
    if not title:
        return None
    shown = [i for i, ln in enumerate(lines) if ln.kind != BLANK][:TITLE_LINE_REACH]
    for i in shown:
        text = lines[i].text
        if text == title:
            return None
        if title in text:
            return i
    return None


def _title_bar_section(lines: list[Line], title: str | None, *, site: bool = False) -> str | None:
    """The section the document's title on a saved page's first line names beside the headline and
    the site's name when no menu item says so (:func:`.menusection.bar_section`): the site's name is
    the part the page shows again as a line of its own that the site's other pages show too, when
    the run knows them. With ``site``, that name (:func:`.menusection.bar_site`). The title line is
    the first of the page's :data:`TITLE_LINE_REACH` lines that holds the headline beside other
    parts, as for :func:`_title_line_section`: a «today» date («امروز: ۷ بهمن ۱۴۰۲») may stand first."""
    at = _title_line_at(lines, title)
    if at is None:
        return None
    shown = {ln.key: ln for ln in lines[at + 1:]}
    learned = any(ln.share for ln in lines)

    def is_site(part: str) -> bool:
        ln = shown.get(line_key(part))
        return ln is not None and (not learned or ln.share >= SITE_PAGE_SHARE)
    got = (bar_site if site else bar_section)(lines[at].text, title, is_site)
    if not site and got and line_key(got) == line_key(lines[at].bar_end or ""):
        # (the side that ends the bar beside (nearly) every headline of the site, :func:`_bar_end`, by
        # the site's name the page shows: the program's whose window caption a saved page copies,
        # «<headline> - <site> - <browser>», no section; the rule only refuses, it names none)
        return None
    return got


def _item_column(lines: list[Line], top: int) -> set[str]:
    """Keys of the items of a menu set an item a line above the headline (:func:`_vertical_menu`)
    that stand in a column of :data:`.template.MENU_COLUMN` such lines or more, one right under
    another (no line of another kind, no blank line between them): not the site's name over its
    tagline, which the run shows above every page too.

    >>> header = [classify(t) for t in ("نگارخانه", "رسانه هنرهای دستی", "صفحه نخست", "گلیم", "گالری")]
    >>> for ln in header: ln.tagline = True
    >>> header[2].gap = True
    >>> _item_column(header, 5) == {line_key("گلیم"), line_key("گالری")}
    True
    """
    items = _vertical_menu(lines, top)
    out: set[str] = set()
    run: list[Line] = []
    # (a page that sets a blank line after each of its lines, a dump's double spacing, keeps no
    # blank line apart: a column is then the run of such lines)
    shown = [ln for ln in lines[1:top] if ln.kind != BLANK]
    spaced = len(shown) >= MENU_COLUMN and all(ln.gap for ln in shown)
    for ln in [*lines[:top], None]:
        if ln is not None and ln.tagline and ln.kind in (SHORT, CHROME) and not (ln.gap and run and not spaced):
            run.append(ln)
            continue
        if spaced:  # (the site's name and tagline stand in it too, above the menu's home item)
            run = run[next((j for j, x in enumerate(run) if x.key in HOME_KEYS), -1) + 1:]
        if len(run) >= MENU_COLUMN:
            out.update(x.key for x in run if x.key in items)
        run = [ln] if ln is not None and ln.tagline and ln.kind in (SHORT, CHROME) else []
    return out


def _under_menu(lines: list[Line], i: int) -> bool:
    """Whether the nearest line above line ``i`` ends the site's menu, which does not list it: a
    line of four items or more, or the last of three labels the run shows above every page (a
    vertical menu: :data:`.template.MENU_COLUMN`)."""
    above = [j for j in range(i) if lines[j].kind != BLANK]
    if not above or any(lines[j].key == lines[i].key for j in above):
        return False
    prev = lines[above[-1]]
    if prev.kind in (NAV, CHROME, SHORT) and is_menu_line(prev.text):
        return True
    return len(above) >= MENU_COLUMN and all(lines[j].tagline for j in above[-MENU_COLUMN:])


def _fixed_over_headline(lines: list[Line], i: int, title_i: int | None, top: int) -> bool:
    """Whether line ``i``, a label of the site's fixed slot (:attr:`Line.fixed`: the slot right above
    its headlines holds it, or the line above it, on nearly all of its pages), stands right above
    this page's headline and no menu above lists it: a control the site sets there on every story
    («مشاهده نتایج» closing a poll box, in whatever words), no section, which varies from page to page.
    (A site of one section looks the same, but its menu lists that section.)

    >>> page = [classify(t) for t in ("خانه | سگ | گربه | پرندگان", "ارسال", "مشاهده نتایج", "سد کرج پر شد")]
    >>> page[2].fixed = True
    >>> _fixed_over_headline(page, 2, 3, 3), _fixed_over_headline(page, 2, None, 3)
    (True, False)
    """
    if title_i is None or _above(lines, title_i) != i:
        return False
    return lines[i].key not in _menu_items(lines[:top], {ln.key for ln in lines[:top] if ln.site})


def _menu_items(header: list[Line], site_keys: set[str]) -> set[str]:
    """Keys of the site's menu items in the lines above the headline: the site's own short lines
    (a vertical menu the template knows) and the items of a bar or bullet menu line."""
    items = set(site_keys)
    for ln in header:
        if ln.kind in (NAV, CHROME, SHORT) and ln.words <= 40:
            parts = [p for p in _MENU_SEP.split(SPACES.sub(" ", ln.text)) if p]
            if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
                items.update(line_key(p) for p in parts)
            elif len(parts) == 1:  # («صفحه اصلی  روانشناسی  خانه‌داری  …»: items set apart by runs of spaces)
                items.update(line_key(p) for p in spaced_menu_items(ln.text) or ())
    return items


def _url_section(lines: list[Line], top: int, url: str | None) -> str | None:
    """The line of the page's header whose section the page's address lies under
    (:func:`.menusection.section_from_url`: a segment of its path spells it,
    «https://x.ir/fa/ورزش-باستانی/292933» under the menu's item «ورزش باستانی»), in the page's own
    words: the site filed the story there, whatever labels its header shows. The header's lines are
    those above the headline (``top``): a short line (a vertical menu's item) or a field of a bar menu.
    """
    if not url:
        return None
    names = []
    for ln in lines[:top]:
        if ln.kind in (NAV, CHROME, SHORT, CRUMB):
            names += [(part.strip(), "") for part in (ln.text, *_MENU_SEP.split(ln.text))]
    return section_from_url(url, names)


def _under_headline(title_i: int | None, head_end: int, body_start: int | None) -> list[int]:
    """The lines under the headline down to the story: the article's meta lines (author, date,
    code, section), the lead aside. ``head_end`` is the lead's line when the body (from
    ``body_start``) starts below it: a site may set its meta lines under the lead, above the body
    («<headline> / <lead> / ۳۷,۱۶۰ بازدید / ورزشی / کد مطلب: …»)."""
    if title_i is None:
        return []
    end = max(head_end, body_start or 0)
    return [i for i in range(title_i + 1, end) if i != head_end]


#: a separator only trails use («›», «»», «>»): at the foot, «خانه | درباره ما | تماس با ما» is the
#: site's foot menu, whose bars a trail may use too
_TRAIL_MARK = re.compile(r"[»›>≫→←⟩⟨‹]")
#: a trail under the story whose marks headlines and menus use too (bars, dashes, slashes) holds the
#: home label and two levels at least: «خانه | تماس» is a foot menu's pair, no story's place
MIN_FOOT_WEAK_TRAIL = 3


def _foot_trail_section(lines: list[Line], body_last: int | None, title: str | None,
                        homes: set[str]) -> str | None:
    """The section of a breadcrumb trail under the story, between its last line and the page's end
    (sites repeat the trail at the foot, or show it there only): a trail from the site's home
    with a separator only trails use («خانه › اقتصاد › بورس»: :func:`.sections.crumb_parts`,
    ``homes`` the site's own names for its home) or one ending with the page's headline
    (:func:`.sections.headline_trail`). A line the site shows on (nearly) every page is its foot
    menu («خانه | درباره ما | تماس با ما»), no trail: a story's trail varies with its section.

    >>> foot = [classify(t) for t in ("وی افزود که این طرح از سال آینده در همه استان‌ها اجرا می‌شود.",
    ...                                "خانه › اقتصاد › بورس", "کلیه حقوق محفوظ است.")]
    >>> _foot_trail_section(foot, 0, "بورس تهران سبز شد", set())
    'بورس'
    """
    got = _foot_trail(lines, body_last, title, homes)
    return got[0] if got else None


def _foot_trail(lines: list[Line], body_last: int | None, title: str | None,
                homes: set[str]) -> tuple[str, list[str]] | None:
    """(section, parts) of the trail under the story that :func:`_foot_trail_section` reads: its
    section and all its parts («خانه › گربه › تغذیه گربه»: the menu's item «گربه» among them)."""
    if body_last is None:
        return None
    for ln in lines[body_last + 1:]:
        if ln.kind in (BLANK, PARA) or ln.tagline or is_menu_line(ln.text):
            continue
        parts = crumb_parts(ln.text, homes=homes) if _TRAIL_MARK.search(ln.text) else None
        if not (parts and home_item(parts[0], homes)):
            parts = headline_trail(ln.text, title)
        if not parts and ln.recurs:
            # (a trail parted by marks headlines and menus use too, «خانه - مطالب - داوطلبان»: from the
            # home label, down two levels or more, on a line the site shows under other stories, those
            # of the section, and not on every page, as its foot menu: a page alone tells neither)
            weak = crumb_parts(ln.text, homes=homes)
            parts = weak if weak and len(weak) >= MIN_FOOT_WEAK_TRAIL and home_item(weak[0], homes) else None
        if ln.recurs and ln.share >= EVERY_PAGE and not (parts and _icon_trail(parts, ln.key)):
            continue  # (a line on every page of the site: its footer's fixed links, no story's trail)
        got = section_from_crumb(parts, title=title) if parts else None
        if got:
            return got, parts or []
    return None


def _icon_trail(parts: list[str], key: str) -> bool:
    """Whether a trail from a home page's icon holds one item and its line's key is that item's
    («🏠 › کوهستان» is keyed «کوهستان», the icon and the mark fold away): the run's share of the
    line is then the share of the menu's item of that name, on every page, not the trail's.

    >>> _icon_trail(["🏠", "کوهستان"], line_key("🏠 › کوهستان")), _icon_trail(["خانه", "تماس"], line_key("خانه › تماس"))
    (True, False)
    """
    return len(parts) == 2 and not line_key(parts[0]) and line_key(parts[1]) == key


#: a closing line without a colon, its value cut from a fixed phrase, names where the story was
#: filed when it stands on this share of the site's pages at most, value and all: a widget under
#: most of them («محاسبه آنلاین کسری خدمت» under three stories of four) files none, a box heading
#: of a site that writes in two sections («بیشتر در ورزش» on half its pages) names its section
FOOT_FIELD_SHARE = 0.5


def _foot_field_section(lines: list[Line], body_last: int | None, menu: set[str],
                        names: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The value of a field among the story's closing lines that is, whole, an item of the site's
    menu above (``menu``: keys), after a label of a word to three that the site's template knows
    there (:attr:`Line.recurs`: «بایگانی: شعر»; without a colon, a first word the site writes before
    varying words, :attr:`Line.heads`, while the line itself stands on fewer of its pages: «بایگانی
    شده در عمره»): where the site filed the story, its section, in the site's own words. A field
    whose value no menu lists is the story's own (its writer, its source), a list of values (tags:
    «کلیدواژه‌ها: X، Y») files nothing, and neither does the site's name (``names``: keys), which
    its vertical menu's lines may hold («روابط عمومی <site>»).

    >>> foot = [classify(t) for t in ("وی افزود که این طرح از سال آینده در همه استان‌ها اجرا می‌شود.",
    ...                                "بایگانی: انتقال خون", "نویسنده: سارا محمدی")]
    >>> foot[1].recurs = foot[2].recurs = True
    >>> _foot_field_section(foot, 0, {line_key("انتقال خون"), line_key("داوطلبان")})
    'انتقال خون'
    >>> foot[1] = classify("کلیدواژه‌ها: سیل، انتقال خون"); foot[1].recurs = True
    >>> _foot_field_section(foot, 0, {line_key("انتقال خون"), line_key("داوطلبان")}) is None
    True
    """
    if body_last is None or not menu:
        return None
    for ln in lines[body_last + 1:body_last + 1 + 2 * FOOT_LINES]:
        if ln.kind in (BLANK, PARA) or not ln.recurs or ln.words > 2 * MAX_SECTION_WORDS \
                or _DIGIT.search(ln.text) or _FIELD_LIST.search(ln.text):
            continue
        label, colon, value = ln.text.partition(":")
        if colon:
            label, value = label.strip(), value.strip()
            if not (label and value and 1 <= len(label.split()) <= MAX_SECTION_WORDS) \
                    or (ln.share and ln.values > BOX_VALUE_SHARE * ln.share):
                continue  # (the same field on most pages showing its label, value and all: the site's)
            cuts = [(label, value)]
        elif ln.heads > 0 and ln.share < ln.heads and _box_heading_share(ln) and ln.share <= FOOT_FIELD_SHARE:
            # (a fixed phrase of two words or three then the value: a credential «متخصص پوست و
            # مو» under a doctor's answer names the doctor's field)
            words = ln.text.split()
            cuts = [(" ".join(words[:-n]), " ".join(words[-n:]))
                    for n in range(min(MAX_SECTION_WORDS, len(words) - 2), 0, -1)
                    if 2 <= len(words) - n <= MAX_SECTION_WORDS]
        else:
            continue
        for label, value in cuts:
            listed = line_key(value) in menu or (ln.filing and colon and len(value.split()) <= MAX_SECTION_WORDS + 1)
            if listed and line_key(value) not in HOME_KEYS and line_key(value) not in names \
                    and line_key(label) not in menu:
                return value
    return None


def _item_over_counts(lines: list[Line], body_last: int | None, menu: set[str]) -> str | None:
    """The item of the site's menu above (``menu``: keys) a line shows alone under the story, right
    over the post's counter row («تیم ملی» over «۷۰۸ بازدید · ۵ نظر · ❤ ۲۷»: a blog builder's post
    footer, its category over its views, comments and likes): where the site filed the post. The
    menu lists the name on every page, so the run's shares tell nothing here; the place does.

    >>> foot = [classify(t) for t in ("وی افزود که این طرح از سال آینده در همه استان‌ها اجرا می‌شود.",
    ...                                "منبع: ایسنا", "تیم ملی", "۷۰۸ بازدید · ۵ نظر", "پست‌های اخیر")]
    >>> _item_over_counts(foot, 0, {line_key("تیم ملی"), line_key("لیگ برتر")})
    'تیم ملی'
    >>> _item_over_counts(foot[:3] + foot[4:], 0, {line_key("تیم ملی")}) is None  # (no counter row under it)
    True
    """
    if body_last is None or not menu:
        return None
    for i in range(body_last + 1, min(len(lines), body_last + 1 + FOOT_LINES)):
        ln = lines[i]
        if ln.kind == BLANK:
            continue
        if ln.kind == PARA:
            return None
        if ln.kind in (SHORT, CHROME) and 1 <= ln.words <= MENU_ITEM_WORDS and ln.key in menu \
                and ln.key not in HOME_KEYS and (j := _next_shown(lines, i)) is not None \
                and _counter_row(lines[j].text):
            return ln.text
    return None


def _counter_row(text: str) -> bool:
    """Whether a line is a row of counters and nothing else: each field a number and a counter's few
    words («۷۰۸ بازدید · ۵ نظر · ❤ ۲۷», «12 likes · 3 comments»)."""
    if len(text) > 120:
        return False
    fields = row_fields(text)
    return bool(fields) and all(_DIGIT.search(f) and meta_field(f) for f in fields)


def _more_in_section(lines: list[Line], title_i: int | None) -> str | None:
    """The section a box's heading under the headline names as the list it shows more stories of
    (:func:`.sections.more_in_section`: «مطالب بیشتر در خسارت بدنه»), over other stories' headlines
    (:func:`_heads_other_stories`), in the words that say so, however few of the site's pages the run
    holds; None when two such headings name two."""
    if title_i is None:
        return None
    named = {line_key(got): got for i in range(title_i + 1, len(lines))
             if lines[i].kind != BLANK and (got := more_in_section(lines[i].text)) and _heads_other_stories(lines, i)}
    return next(iter(named.values())) if len(named) == 1 else None


#: a back link stands over the headline with this many lines at most between (its date, a kicker)
BACK_LINK_REACH = 3


def _back_link_section(lines: list[Line], title_i: int | None) -> str | None:
    """The section a back link right over the headline names (:func:`.sections.back_link_section`:
    «→ بازگشت به فهرست باکس آفیس جهان», the list of stories the page's story stands in), with
    :data:`BACK_LINK_REACH` lines at most between."""
    if title_i is None:
        return None
    above = [j for j in range(title_i - 1, -1, -1) if lines[j].kind != BLANK][:BACK_LINK_REACH]
    return next((got for j in above if (got := back_link_section(lines[j].text))), None)


def _filed_sentence_section(lines: list[Line], start: int | None) -> str | None:
    """The section a sentence under the headline (line ``start`` on) names as where the story was
    filed (:func:`.sections.filed_sentence`: «این مطلب در دسته «X» منتشر شده است.»), in the words
    that say so, however few of the site's pages the run holds: the story's last line read as its
    paragraph (a sentence, as it is), or a line under it, past the site's credits, share bars and
    boxes too (the sentence says it of this page's story: no box of other stories says so)."""
    if start is None:
        return None
    for ln in lines[start:]:
        if ln.kind != BLANK and (got := filed_sentence(ln.text)):
            return got
    return None


def _foot_tag(lines: list[Line], body_last: int | None) -> tuple[str, Line] | None:
    """The name a hashtag alone on its line right under the story shows («#خرید_تضمینی» → «خرید تضمینی»:
    :func:`.sections.chip_value`), above its closing lines (its end marker, its credits), and that
    line: a site that files its stories by one tag sets it at the story's foot, where the section
    stands on other sites. One hashtag only: a run of them («#سیل» / «#کمک_رسانی», a line each) is the
    story's tags, which file it nowhere in particular, and so is one under the story's end mark or a
    field of its credits («پایان خبر», «لینک کوتاه: …»), a story's own tag.

    >>> foot = [classify(t) for t in ("وی افزود که این طرح از سال آینده در همه استان‌ها اجرا می‌شود.",
    ...                                "#انتقال_خون", "پایان", "کلیه حقوق محفوظ است.")]
    >>> _foot_tag(foot, 0)[0]
    'انتقال خون'
    >>> _foot_tag(foot[:1] + [classify("#سیل")] + foot[1:], 0) is None
    True
    """
    if body_last is None:
        return None
    near = [ln for ln in lines[body_last + 1:] if ln.kind != BLANK][:FOOT_LINES]
    marked = [ln for ln in near if ln.text.strip().startswith("#")]
    credit = next((k for k, ln in enumerate(near) if ln.kind == END or _COLON.search(ln.text)), len(near))
    if len(marked) != 1 or near.index(marked[0]) > credit:
        # (a tag among the credits, under the end mark or a field «لینک کوتاه: …», is the story's own)
        return None
    value = chip_value(marked[0].text)
    return (value, marked[0]) if value else None


#: what parts the values of a list (tags «X، Y», items «X | Y»): a field of such a line holds no one value
_FIELD_LIST = re.compile(r"[،,|｜•·/]")


def _section_under_headline(lines: list[Line], title_i: int | None, head_end: int, homes: set[str],
                            menu: set[str], *, body_start: int | None = None, trail_only: bool = False) -> str | None:
    """A section shown among the article's meta lines under its headline (above its lead or body,
    or under the lead above the body: :func:`_under_headline`), where no section stands above the
    headline: a breadcrumb trail from the site's home or its name («خانه › اقتصاد › بورس», «تجارت
    فردا › بانک و بیمه» under «تجارت فردا» atop every page), or a short label alone on its line that
    the site's menu lists or that other sites of the run show as a label above their stories
    (:attr:`Line.vocab`), not a line on every page of the site that the menu above does not list; a
    name alone there is its author's, which neither lists. Under a box's tail heading there («ارسال
    نظر» over a comment form a theme sets between the head and the story) a label the menu does not
    list is the box's, a field of its form. ``trail_only``: the trail, not a label."""
    if title_i is None:
        return None
    above = {x.key for x in lines[:title_i]}
    starts = homes | {x.key for x in lines[:title_i] if x.site}
    boxed = False  # (under a box's tail heading: «ارسال نظر» over its form's fields)
    for i in _under_headline(title_i, head_end, body_start):
        ln = lines[i]
        boxed = boxed or ln.kind == END
        if ln.kind in (CRUMB, SHORT) and (parts := headline_trail(ln.text, lines[title_i].text)) \
                and (got := section_from_crumb(parts, title=lines[title_i].text)):
            # a trail that ends with the headline right above it, from the site's name or from its
            # section («پیک / ورزش / <headline>», «ورزش › <headline>»: :func:`.sections.headline_trail`),
            # a line written for this page that is no label though it be
            return got
        if ln.kind == PARA or (ln.kind == SHORT and not (is_label_candidate(ln) or ln.recurs or _is_byline(ln))):
            break  # (the story, or a line written for this page that is no label: a box of the page
            # under the header, a scoreboard over its «پایان بازی», not the header's meta lines)
        if ln.kind in (CRUMB, SHORT, NAV):
            parts = crumb_parts(ln.text, homes=homes)
            if parts and home_item(parts[0], starts):
                got = section_from_crumb(parts, title=lines[title_i].text)
                if got:
                    return got
        if ln.kind == SHORT and (trail := _trail_item_under_home(lines, i, title_i)):
            return trail
        if trail_only:
            continue
        place = _under_menu_column(lines, i, title_i)
        if place is not None:
            # (a headline set above a menu of an item a line: the label right under the menu is
            # the page's place in it, an item again or a sub-section, not the menu's own item; or
            # the story's kicker, which the site sets under that place on its other pages)
            return ln.text if place else None
        chip = chip_value(ln.text) if ln.kind in (CHROME, SHORT) else None
        if chip and (line_key(chip) in menu | _vertical_menu(lines, i) or (ln.vocab and ln.share < EVERY_PAGE)):
            # a chip atop the story under the headline («#کشتارگاه‌ها» under a headline set above the
            # menu): the section, when the menu above it lists the name or the run knows it as one
            return chip
        if ln.kind == CHROME and ln.learned and ln.key in menu and ln.share < EVERY_PAGE and ln.words <= 3 \
                and not _right_under(lines, head_end, i):
            # (the same, made chrome by the template of a site of few sections; right under the
            # lead the template makes the site's genre label chrome, «یادداشت» over the story
            # (:func:`.template.lead_slot`), which its menu may list too)
            return _trail_down(lines, i)
        if ln.kind == SHORT and ln.key not in menu and under_commenter(lines, i):
            continue  # (a comment, under its writer's row «بابک | ۶ روز پیش»: a thread the theme sets
            # under the headline, whose stock phrases other sites' threads hold too, no label)
        if ln.kind == SHORT and ln.words <= 3 and not ln.site and not _DIGIT.search(ln.text) \
                and (ln.key in menu or (ln.vocab and ln.seen is not False)) and ln.key not in HOME_KEYS \
                and not (ln.tagline and ln.key not in above) and not (boxed and ln.key not in menu) \
                and not (ln.brand and ln.key == lines[0].key) \
                and not (ln.key not in menu and _dated_pages_line(lines, i, title_i, head_end)) \
                and not ln.told_under:
            # (a line on every page of the site that its menu above does not list is a box's
            # heading «مشخصات فنی», on every page that shows the header's date a button «حالت
            # مطالعه»; a menu item repeated under the headline names the section, but not the
            # site's name atop the page, on its every page, again under the headline: the home
            # item of a menu set an item a line, which a page alone reads as a one-item menu; nor a
            # label the site's HTML pages set under their headlines over stories they declare filed
            # elsewhere, :attr:`Line.told_under`: the story's kicker, its menu's item though it be)
            if ln.key not in menu and _heads_readout(lines, i):
                continue  # a widget's heading over its readout («پخش صوت» over «۰۰:۰۰ / ۰۱:۱۳»)
            if ln.key not in menu and _in_control_column(lines, i):
                continue  # a button of a column of controls set one a line under the headline
            if ln.key not in menu and _dateline_alone(ln.text):
                continue  # the story's dateline broken off its sentence («گزارش خبرنگار ما»): a credit
            if ln.key not in menu and (is_photo_note(ln.text) or heads_photo(lines, i)):
                continue  # a photo's box: its heading over its caption or credit («عکس خبر» over
                # «📷 ایسنا»), or the credit itself
            if ln.key not in menu and _atop_story_under_meta(lines, i, head_end if body_start is None else body_start):
                continue  # (the story's genre or credit slot, right atop its first paragraph under the
                # header's controls: «گزارش خبرنگار ما»; a section the menu does not list stands
                # among the meta rows, under the date row or above them)
            return _trail_down(lines, i)
    return None


#: a column of controls under the headline holds this many buttons, one a line, at least
MIN_CONTROL_COLUMN = MENU_COLUMN + 1


def _in_control_column(lines: list[Line], i: int) -> bool:
    """Whether the short line ``i`` stands in a column of :data:`MIN_CONTROL_COLUMN` short labels or
    more (of :data:`MENU_ITEM_WORDS` words at most, no digit, no colon), one right under another: a
    reader's or a page's controls, a button a line («مشاهده در سایت» / «خواندن بعداً» / «علامت
    خوانده‌شده» / «اشتراک‌گذاری» under the headline), whatever their words; none of them is the
    story's section, which stands alone among the meta lines.

    >>> col = [classify(t) for t in ("تیم ملی به فینال رسید", "Visit website", "Read later", "Mark as read",
    ...                              "Share", "به گزارش خبرنگار ما، تیم ملی فوتبال امروز به فینال جام رسید.")]
    >>> _in_control_column(col, 1), _in_control_column(col[:3] + col[5:], 1)
    (True, False)
    """
    def short(j: int) -> bool:
        x = lines[j]
        return x.kind in (SHORT, CHROME) and 1 <= x.words <= MENU_ITEM_WORDS and not _DIGIT.search(x.text) \
            and not _COLON.search(x.text)

    n = 1
    for step in (_prev_shown, _next_shown):
        j = step(lines, i)
        while n < MIN_CONTROL_COLUMN and j is not None and short(j):
            n, j = n + 1, step(lines, j)
    return n >= MIN_CONTROL_COLUMN


def _under_menu_column(lines: list[Line], i: int, title_i: int) -> bool | None:
    """Whether the short line ``i`` under the headline, right under a menu set an item a line
    (:data:`MENU_COLUMN` short lines or more the run shows above every page of the site,
    :attr:`Line.tagline`, each once, under the headline too) that it ends, is the page's place in
    it: one of its items again (a menu lists an item once: «شاخص کیفیت هوا» under the menu that
    lists it), or a label the site's template does not know (a sub-section no menu item names);
    False for the story's kicker, which the site shows under its place in the menu on other pages
    (:attr:`Line.under_item`); None where no such menu stands above it.

    >>> col = [classify(t) for t in ("تیم ملی به فینال رسید", "خانه", "ورزش", "اقتصاد", "فرهنگ", "ورزش", "۱۴:۳۰")]
    >>> for ln in col[1:5]: ln.tagline = True
    >>> col[5].tagline = True
    >>> _under_menu_column(col, 5, 0), _under_menu_column(col, 4, 0)
    (True, None)
    """
    ln = lines[i]
    # (a name of a section joins two with «و» besides its words: «طرح زوج و فرد»)
    if ln.kind != SHORT or sum(w != "و" for w in ln.text.split()) > MAX_SECTION_WORDS or ln.key in HOME_KEYS \
            or _DIGIT.search(ln.text) or not ln.key:
        return None
    def above() -> Iterator[str]:  # (the menu's items right above line ``i``, upward)
        j = _prev_shown(lines, i)
        while j is not None and j > title_i and lines[j].tagline and lines[j].kind in (SHORT, CHROME) \
                and 1 <= lines[j].words <= MENU_ITEM_WORDS:
            yield lines[j].key
            j = _prev_shown(lines, j)

    column, again = column_run(above())
    if len(column) < MENU_COLUMN or again:  # (an item again among them: no menu's, which lists each once)
        return None
    nxt = _next_shown(lines, i)
    if nxt is not None and lines[nxt].tagline and lines[nxt].kind in (SHORT, CHROME) \
            and lines[nxt].words <= MENU_ITEM_WORDS and lines[nxt].key not in column:
        return None  # (the column goes on under it: a menu's item, not the page's)
    if ln.tagline:
        return True if ln.key in column else None
    if ln.under_item:
        return False
    return True if not ln.recurs else None


#: a trail set an item a line under the headline goes this many levels under its first at most
#: («خانه» / «ورزش» / «فوتبال» / «لیگ برتر»); a menu set an item a line lists more
TRAIL_DEEPER_LEVELS = 2


def _trail_item_under_home(lines: list[Line], i: int, title_i: int) -> str | None:
    """The section a trail set an item a line under the headline names at the short line ``i``:
    the home label alone on the line right above it («خانه» / «گسل‌ها»), under the headline, and no
    other item under it (a meta line or the story follows: a menu set an item a line lists more),
    or :data:`TRAIL_DEEPER_LEVELS` at most that the site's template knows as its labels or the run
    as sections' names (:attr:`Line.seen`, :attr:`Line.vocab`: the trail's deeper levels, «خانه» /
    «ورزش» / «فوتبال», the last of which it names), then a line of another kind (a date row, the
    story); None for no such trail.

    >>> ls = [classify(t) for t in ("زلزله در شمال", "خانه", "گسل‌ها", "ایران", "کد خبر ۴۵۶ | 2016/10/15 - 10:45")]
    >>> _trail_item_under_home(ls[:3] + ls[4:], 2, 0), _trail_item_under_home(ls, 2, 0)
    ('گسل‌ها', None)
    >>> ls[3].vocab = ("ایران",)
    >>> _trail_item_under_home(ls, 2, 0)
    'ایران'
    """
    ln = lines[i]
    if ln.words > MAX_SECTION_WORDS or ln.site or _DIGIT.search(ln.text) or ln.key in HOME_KEYS:
        return None
    above = _prev_shown(lines, i)
    if above is None or above <= title_i or lines[above].key not in HOME_KEYS:
        return None
    got = i
    for deeper, j in enumerate(_levels_under(lines, i)):
        if deeper == TRAIL_DEEPER_LEVELS or lines[j].kind != SHORT or lines[j].site \
                or not (lines[j].vocab or lines[j].seen):
            return None  # (an item no one names a section, or a column of them: a menu's)
        got = j
    return lines[got].text


def _trail_down(lines: list[Line], i: int) -> str:
    """The deepest level of a trail set an item a line under the headline, which reaches a section
    at line ``i`` from the home label right above it («صفحه نخست» / «حمل و نقل» / «کشتیرانی»): of the
    labels right under ``i`` that name sections as the run shows them (:attr:`Line.vocab`), the
    last one; line ``i``'s own name when no home label opens the trail or no such label follows
    (a section is the trail's last level, as :func:`.sections.section_from_crumb` reads a trail on
    one line)."""
    above = _prev_shown(lines, i)
    if above is None or lines[above].key not in HOME_KEYS:
        return lines[i].text
    got = i
    for j in _levels_under(lines, i):
        if lines[j].kind != SHORT or not lines[j].vocab or lines[j].site:
            break
        got = j
    return lines[got].text


def _levels_under(lines: list[Line], i: int) -> Iterator[int]:
    """The lines right under line ``i`` (blank lines aside) that could be a trail's deeper levels, one a
    line, downward: short names (:data:`MAX_SECTION_WORDS` words at most) without a digit, a label or
    the template's chrome. :func:`_trail_item_under_home` and :func:`_trail_down` walk a trail set an
    item a line this one way, each keeping the levels it trusts.

    >>> ls = [classify(t) for t in ("خانه", "ورزش", "", "فوتبال", "کد خبر ۴۵۶", "تیم ملی")]
    >>> list(_levels_under(ls, 0)), list(_levels_under(ls, 3))
    ([1, 3], [])
    """
    j = _next_shown(lines, i)
    while j is not None and lines[j].kind in (SHORT, CHROME) and lines[j].words <= MAX_SECTION_WORDS \
            and not _DIGIT.search(lines[j].text):
        yield j
        j = _next_shown(lines, j)


def _atop_story_under_meta(lines: list[Line], i: int, body_start: int) -> bool:
    """Whether line ``i`` stands right above the story's first line (``body_start``), right under
    the header's controls (a print button, a share row) that close its meta rows: the slot where a
    site sets the story's genre or credit over the story («گزارش خبرنگار ما»). (Right under the
    date row, a label atop the story is its section.)"""
    if not _right_under(lines, i, body_start):
        return False
    above = _prev_shown(lines, i)
    return above is not None and lines[above].kind == CHROME


def _right_under(lines: list[Line], j: int, i: int) -> bool:
    """Whether line ``i`` is the first line under line ``j`` with text."""
    return j < i and all(lines[k].kind == BLANK for k in range(j + 1, i))


#: a label under the headline on this share at least of the site's pages that show its date row
#: stands on every story of the site, as the date row does: the template's, no section
DATED_PAGES_SHARE = 0.95


def _dated_pages_line(lines: list[Line], i: int, title_i: int, head_end: int) -> bool:
    """Whether the label at line ``i``, under the headline, stands on as many of the site's pages
    as the article's date row beside it (:attr:`Line.share`): on every story of the site, a
    button or a widget's heading of the header's template («ذخیره» / «حالت مطالعه»), though the
    site's other pages (listings, tags) show neither and it stands on too few of them to be the
    site's tagline. A section varies from story to story (a site of one section lists it in its
    menu)."""
    share = lines[i].share
    dates = [ln.share for ln in lines[title_i + 1:head_end] if ln.kind == DATE and ln.recurs]
    return share > 0 and bool(dates) and share >= DATED_PAGES_SHARE * max(dates)


#: a widget's readout: numbers and marks only, two numbers or more (a player's clock «۰۰:۰۰ / ۰۱:۱۳»,
#: a score «۲ - ۱»), no word
_READOUT = re.compile(r"^[^\w]*\d+(?:(?:\s*[:/\-–—]\s*|\s+)\d+)+[^\w]*$")


def _heads_readout(lines: list[Line], i: int) -> bool:
    """Whether the line under line ``i`` is a widget's readout (:data:`_READOUT`), no date: line
    ``i`` is the widget's heading, not the story's section."""
    nxt = _neighbour(lines, i, 1)
    return nxt is not None and nxt.kind not in (DATE, META) and bool(_READOUT.match(nxt.text))


#: two lines of one box the site's template keeps stand on the same pages: their shares of the
#: site's pages (:attr:`Line.share`) differ by this much at most
BOX_SHARE_SPREAD = 0.05
#: a box holds this many lines at least (a heading, a prompt, a button)
MIN_BOX_LINES = 3


def _site_box_label(lines: list[Line], i: int) -> list[int]:
    """The lines of the box label ``i`` stands in, when the site sets it on most of its pages (a poll's heading,
    question and buttons, «نظرسنجی» / «آیا …؟» / «ثبت رأی» in whatever words): the template knows
    it on :data:`.menusection.SITE_PAGE_SHARE` of the site's pages or more, and so the lines round
    it (short lines and chrome, no blank line aside) on the same pages (:data:`BOX_SHARE_SPREAD`),
    :data:`MIN_BOX_LINES` of them or more with a line of chrome among them (the template made the
    box's prompt chrome). A section's label varies with the story; its site's name over it stands
    on as many pages when the site files most stories there, but two lines are no box.

    >>> box = [classify(t) for t in ("نظرسنجی", "آیا راضی هستید؟", "ثبت رأی", "قنات‌ها", "سد کرج پر شد")]
    >>> box[1].kind = CHROME
    >>> for ln in box[:3]: ln.recurs, ln.share = True, 0.8
    >>> [_site_box_label(box, i) for i in (0, 2, 3)]
    [[0, 1, 2], [0, 1, 2], []]

    A line of the site's template between two of the box's lines is the box's though it stands on
    fewer pages (a button the site words two ways, each on half of them), and so is the line under it;
    such a line widens a box, and makes none of two lines:

    >>> box.insert(3, classify("نتایج"))
    >>> box[3].recurs, box[3].share, box[2].share = True, 0.8, 0.4
    >>> _site_box_label(box, 0), _site_box_label(box, 3)
    ([0, 1, 2, 3], [0, 1, 2, 3])
    >>> _site_box_label(box[:1] + box[2:], 0)  # (the heading, the button, the link)
    []
    """
    ln = lines[i]
    if not (ln.recurs and ln.share >= SITE_PAGE_SHARE):
        return []

    def boxed(j: int) -> bool:
        nb = lines[j]
        return nb.kind in (SHORT, CHROME) and nb.recurs and abs(nb.share - ln.share) <= BOX_SHARE_SPREAD

    def bridged(j: int, step: int) -> bool:
        # a line of the site's template between two of the box's lines, which stands on fewer of its
        # pages (a button's two wordings, «ارسال» here, «ثبت رأی» there): the box's too
        nb = lines[j]
        if nb.kind not in (SHORT, CHROME) or not nb.recurs:
            return False
        k = j + step
        while 0 <= k < len(lines) and lines[k].kind == BLANK:
            k += step
        return 0 <= k < len(lines) and boxed(k)

    block, own = [i], [i]  # (own: the lines of the box's share, without the lines bridged)
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].kind == BLANK or boxed(j) or bridged(j, step)):
            if lines[j].kind != BLANK:
                block.append(j)
                if boxed(j):
                    own.append(j)
            j += step
    # (a bridge widens a box, never makes one: the site's name over its menu over a section's label
    # the site files as many stories under is no box)
    return sorted(block) if len(own) >= MIN_BOX_LINES and any(lines[j].kind == CHROME for j in own) else []


#: a count under a label of a word to three on a line of its own («تعداد تصاویر: ۱۸», «بازدید 45»):
#: the page's field, never a line of a story (a numbered heading repeats its label: «ماده ۵», «ماده ۶»)
_LABELLED_COUNT = re.compile(r"^\s*([^\d\s:：،,.؛]+(?:\s+[^\d\s:：،,.؛]+){0,2})\s*[:：]?\s*\d[\d,٬.]*\s*$")


def _drop_lone_counts(lines: list[Line], body: list[int]) -> list[int]:
    """The story's lines without a count under a label (:data:`_LABELLED_COUNT`: «تعداد تصاویر: ۱۸»,
    «بازدید 45» in the site's own words) set between two of its paragraphs, whose label no other line
    of the page numbers: a field of the page (its photos, its views), whatever the label says. A
    heading numbered in the story («ماده ۵» over «ماده ۶») repeats its label, and stays.

    >>> ls = [classify(t) for t in ("جمله اول خبر این است که کار تمام شد.", "تعداد عکس‌ها: ۷",
    ...                             "جمله دوم خبر این است که کار ادامه دارد.")]
    >>> _drop_lone_counts(ls, [0, 1, 2])
    [0, 2]
    """
    labels: Counter = Counter()
    for ln in lines:
        m = _LABELLED_COUNT.match(ln.text) if ln.kind != PARA else None
        if m is not None:
            labels[m.group(1)] += 1
    if not labels:
        return body
    drop = set()
    for k in range(1, len(body) - 1):
        ln = lines[body[k]]
        m = _LABELLED_COUNT.match(ln.text) if ln.kind != PARA and not ln.turn else None
        if m is not None and labels[m.group(1)] == 1 \
                and lines[body[k - 1]].kind == PARA and lines[body[k + 1]].kind == PARA:
            drop.add(body[k])
    return [i for i in body if i not in drop] if drop else body


def _row_names(ln: Line, *, max_words: int = 3) -> list[str]:
    """What in a line could name a section: a short line itself (1-3 words, or ``max_words``), or the
    fields of a date or meta row without digits, of as many words («ورزشی | ۱۴ مهر ۱۴۰۱ | ۳ نظر»),
    no relative date."""
    fields = [ln.text] if ln.kind == SHORT else [f.strip(" -–—:|") for f in ROW_FIELD.split(ln.text)]
    # (a relative date «دیروز», «لحظاتی پیش» names nothing)
    return [f for f in fields
            if f and not _DIGIT.search(f) and len(f.split()) <= max_words and not RELATIVE.search(fold(f))]


#: a name the site's own section slots hold on other pages (:meth:`.template.PageTemplate.host_section`)
#: is a section's of this many words at most, whatever the line beside it (a section's name of four
#: words or five, «ورزش و تناسب اندام», which the run's vocabulary of words to three does not hold)
HOST_SECTION_WORDS = 5


def _line_vocab(ln: Line, template) -> tuple[str, ...]:
    """The names of sections a line shows (:attr:`Line.vocab`): its names (:func:`_row_names`) that
    two sites of the run show above their stories, or that the site's own section slots hold on
    its other pages, a label's value or a trail's section (longer names too); and the category a
    byline names after its author, «توسط مدیر در اخبار · ۱۲ آذر» (:func:`.sections.in_label_value`),
    when the run knows it so."""
    names = tuple(f for f in _row_names(ln, max_words=HOST_SECTION_WORDS) if template.knows_section(f))
    if ln.kind != SHORT and is_in_label(ln.text):
        by = in_label_value(ln.text, known=template.knows_section)
        if by and by not in names and template.knows_section(by):
            names += (by,)
    return names


def _menu_item_beside_date(lines: list[Line], top: int, title_i: int | None, head_end: int,
                           menu: set[str], *, body_start: int | None = None, dated: int | None = None) -> str | None:
    """A field of the article's date or meta row that names a section («ورزشی | ۱۴ مهر ۱۴۰۱»
    under the headline, or under its lead: :func:`_under_headline`): one the site's menu above
    lists, or one that other sites of the run show as a label above their stories
    (:attr:`Line.vocab`): the story's section (a name beside the date is its author's, which no
    menu lists and no site shows as a label). ``menu``: the keys of the items of the site's menu
    above (:func:`_menu_items`). ``dated``: the line the story's date was read from, wherever it
    stands (a site that sets its byline row «ورزشی | ۱۴ مهر ۱۴۰۱ | ۳ نظر» after the story). Under the
    headline, or on the dated row, a field at the position of the site's rows that holds its menu's
    items names a sub-section the menu lists not too (:attr:`Line.row_sub`)."""
    below = _under_headline(title_i, head_end, body_start)
    if dated is not None and dated not in below and dated >= top:
        below.append(dated)
    for i in [*below, *range(top - 1, -1, -1)]:
        counted = i >= top and lines[i].kind == NAV and counted_row(lines[i].text)  # («باغداری | … | ۶۱۳ بازدید»)
        if lines[i].kind not in (DATE, META) and not counted or i < top and site_header_date(lines, i, top):
            continue
        for f in _row_names(lines[i], max_words=HOST_SECTION_WORDS):
            if (line_key(f) in menu and len(f.split()) <= 3 or f in lines[i].vocab
                    or i in below and f in lines[i].row_sub) and line_key(f) not in HOME_KEYS:
                return f
    return None


def _drop_menu_labels(lines: list[Line], body: list[int], b: int) -> list[int]:
    """The body without the short lines atop it, above its first paragraph, that name an item of
    the site's menu over the story (its lines above the first prose, ``b``): the story's section
    among the meta lines under the lead («<lead> / ۳۷,۱۶۰ بازدید / ورزشی / کد مطلب: …»), which
    the header reads (:func:`_under_headline`), no subheading of the story."""
    k = 0
    menu: set[str] | None = None
    while k < len(body) and lines[body[k]].kind == SHORT and lines[body[k]].words <= MAX_SECTION_WORDS:
        if menu is None:
            menu = _menu_items(lines[:b], {ln.key for ln in lines[:b] if ln.site})
        if lines[body[k]].key not in menu:
            return body
        k += 1
    return body[k:] if k and k < len(body) and lines[body[k]].kind == PARA else body


#: an entry of a recording's chapter list: the offset into the recording where the chapter starts
#: («۰۹:۴۵ پیش‌زمینه ماجرا», «1:02:30 پرسش و پاسخ»), then the chapter's name
_CHAPTER_MARK = re.compile(r"^\s*(?:(\d{1,2})[:：])?(\d{1,3})[:：](\d\d)\s+\S")
#: a chapter list shows this many entries at least
MIN_CHAPTERS = 3


def _chapter_offset(ln: Line) -> int | None:
    """The offset in seconds a short line marks a chapter at, or None («۰۹:۴۵ پیش‌زمینه ماجرا» → 585)."""
    if ln.kind != SHORT or ln.words > MAX_SECTION_WORDS + 1 or _ends_sentence(ln.text):
        return None
    m = _CHAPTER_MARK.match(ln.text.translate(_NO_BIDI))
    if m is None:
        return None
    h, mm, ss = m.groups()
    return (int(h) * 60 if h else 0) * 60 + int(mm) * 60 + int(ss)


def _chapter_list(lines: list[Line], span: list[int]) -> list[int]:
    """The lines of ``span`` (a run of short lines, blank lines left out) that are a recording's
    chapter list, its heading included: :data:`MIN_CHAPTERS` entries or more one under another,
    each a chapter's name after the offset it starts at (:data:`_CHAPTER_MARK`), the first at
    zero and each later than the one above it (a podcast's «۰۰:۰۰ مقدمه» / «۰۹:۴۵ پیش‌زمینه ماجرا»
    / «۱۹:۳۰ روایت اصلی»: the player's contents, not the story's; a live report's stamps start at
    no zero, a transcript's turns are sentences), and the short line right over them that heads
    them, no sentence. [] for a span that holds none."""
    marks = [(j, _chapter_offset(lines[j])) for j in span]
    for k, (_, at) in enumerate(marks):
        if at != 0:
            continue
        n = k + 1
        while n < len(marks) and marks[n][1] is not None and marks[n][1] > marks[n - 1][1]:  # type: ignore[operator]
            n += 1
        if n - k >= MIN_CHAPTERS:
            out = [m for m, _ in marks[k:n]]
            if k and gallery_heading_shaped(lines[span[k - 1]]):
                out.insert(0, span[k - 1])
            return out
    return []


def _drop_contents_lists(lines: list[Line], body: list[int]) -> list[int]:
    """A list of short lines in the story most of which the page repeats further down as its
    subheadings (three or more, or two numbered ones) is a table of contents («۱. مرور یک سابقه»,
    «۲. چه باید کرد؟» … then the sections under those headings): the list goes, the headings stay.
    Entries the template took for chrome count too (a site's «۲. پرسش‌های رایج» recurs), and so do
    later copies past the story's end (a last section may be cut as tail). A subheading that
    repeats alone («آمار:» for each of two teams) is no such list."""
    def key(i: int) -> str:  # the line's key without a leading number («۱. مرور …» → «مرور…»)
        return lines[i].key.lstrip("0123456789")

    last: dict[str, int] = {}
    for i in range(body[0], len(lines)) if body else ():  # (a later copy may be judged chrome)
        if lines[i].kind != BLANK:
            last[key(i)] = i
    drop: set[int] = set()
    run: list[int] = []
    for i in body + [-1]:
        if i >= 0 and lines[i].kind == SHORT:
            run.append(i)
            continue
        span = [j for j in range(run[0], run[-1] + 1) if lines[j].kind != BLANK] if run else []
        again = [j for j in span if last.get(key(j), j) != j]
        # (two numbered entries, each repeated further down without its number, are a list too)
        if len(again) >= 3 or (len(again) == 2 and all(LIST_ITEM.match(lines[j].text.translate(_NO_BIDI))
                                                         for j in again)):
            # the list's heading and entries go; what follows its last entry stays
            drop.update(j for j in run if j <= again[-1])
        elif len(span) >= MIN_CHAPTERS:
            drop.update(_chapter_list(lines, span))  # (a recording's contents: the offsets its chapters start at)
        run = []
    return [i for i in body if i not in drop] if drop else body


def _drop_box_heads(lines: list[Line], body: list[int]) -> list[int]:
    """Short lines of the body that head chrome, not text (by the page's structure and the run):

    - a line the site's template knows (it recurs on the site's pages: :attr:`Line.recurs`) right
      over a line the template made chrome is a widget's heading («کانال‌های پیشنهادی» over the
      channels' names and member counts, between a post's lead and its text); a subheading
      leads into the story's text and is written for one story;
    - a name of two to four words right under the story's first paragraph and right over a date
      or a meta line is the byline of a lead, byline, date, text layout («سارا قاسمی» over
      «تاریخ: ۱۸:۱۴ - ۹۶/۰۷/۰۴»); a subheading is over text."""
    drop = set()
    for k, i in enumerate(body):
        ln = lines[i]
        if ln.kind != SHORT:
            continue
        after = _neighbour(lines, i, 1)
        if after is None:
            continue
        if ln.recurs and _heads_chrome(lines, i):
            drop.add(i)
        elif (k == 1 and lines[body[0]].kind == PARA and 2 <= ln.words <= 4 and after.kind in (DATE, META)
              and not _DIGIT.search(ln.text) and ln.text.rstrip(_MARKS)[-1:] not in _ANY_TERMINAL):
            drop.add(i)
    return [i for i in body if i not in drop] if drop else body


def _drop_header_repeats(lines: list[Line], body: list[int], b: int) -> list[int]:
    """``body`` without the lines past its first that say again, whole, a line of the page's header
    above the story: the page's headline set again under the lead (an image's caption that repeats
    it), the site's name as a line. A story line is written for the story; one the header already
    showed is the page's frame, and it stands between the lead and the dateline paragraph
    («<headline>» under «خلاصه …» over «به گزارش …»), which hid the lead.

    A line of one word stays (a subheading «مقدمه» may name a menu item of the header too).
    The header's lines count two by two too (:func:`_header_pairs`): a headline the header broke in
    two lines, said again whole under the lead."""
    above = {ln.key for ln in lines[:b] if ln.kind != BLANK and ln.words >= 2} | _header_pairs(lines, b)
    if not above:
        return body
    return [i for i in body if i == b or lines[i].key not in above]


def _header_pairs(lines: list[Line], b: int) -> set[str]:
    """The keys of two lines of the header above line ``b`` one under the other, said as one (a
    headline broken in two: «نیکی کریمی امروز» / «در تمرین سرخپوشان»), of four words at least together.

    >>> ls = [classify(t) for t in ("نیکی کریمی امروز", "در تمرین سرخپوشان", "۱ ساعت پیش")]
    >>> classify("نیکی کریمی امروز در تمرین سرخپوشان").key in _header_pairs(ls, 3)
    True
    """
    shown = [ln for ln in lines[:b] if ln.kind != BLANK]
    return {a.key + c.key for a, c in zip(shown, shown[1:]) if a.words + c.words >= 4}


#: a paragraph repeated elsewhere on the page has at least this many words to be taken for an echo
#: (a pull-quote is a sentence; a short line that repeats a phrase of the paragraph above heads or
#: introduces what follows it)
MIN_ECHO_WORDS = 8
_QUOTES = "«»\"“”„'‘’"


def _letters(text: str) -> str:
    """The letters and digits of a text's key, as ``str.isalnum`` has them: most often the whole key,
    which one scan in C tells (a character by character pass was 1 % of a run's CPU)."""
    key = line_key(text)
    return key if key.isalnum() else "".join(ch for ch in key if ch.isalnum())


def drop_echoes(paras: list[str]) -> list[str]:
    """``paras`` without the paragraphs that repeat the page's own text above them: a pull-quote that
    sets a sentence of a paragraph apart under it («ما می‌خواستیم … .» after the paragraph that
    says it), the same paragraph again in quotes. Only what a paragraph above says whole; a
    paragraph said twice without quotes (a poem's refrain) stays, and so does a subheading over the
    paragraph that goes on to say it.

    >>> len(drop_echoes(["وی گفت: ما هفته آینده برای پیروزی به میدان می‌رویم. تیم آماده است.",
    ...                  "«ما هفته آینده برای پیروزی به میدان می‌رویم»"]))
    1
    """
    if len(paras) < 2:
        return paras
    keys = [_letters(p) for p in paras]
    # (every key in one string, each after a newline, which no key holds: «said in a paragraph above»
    # is one search of the string up to the paragraph's own key, not a scan of every other key, which
    # made a page of a thousand paragraphs quadratic)
    above = "".join("\n" + key for key in keys)
    start = 0  # (where the paragraph's own key starts in ``above``)
    said: Counter[str] = Counter()
    out = []
    for p, key in zip(paras, keys):
        # (said whole in a paragraph above, in quotes or bare, as a box sets it apart: dropped)
        # (its words counted as far as MIN_ECHO_WORDS: a paragraph's hundreds are not cut one by one)
        if not (key and len(p.split(None, MIN_ECHO_WORDS - 1)) >= MIN_ECHO_WORDS and p.rstrip(_MARKS)[-1:] not in ":："
                and _said_above(above, start, key, said[key], _quoted(p))):
            out.append(p)
        start += 1 + len(key)
        said[key] += 1
    return out


def _quoted(para: str) -> bool:
    """Whether a paragraph opens and closes with quotes («…»)."""
    p = para.strip()
    return p[:1] in _QUOTES and p[-1:] in _QUOTES


def _said_above(above: str, end: int, key: str, same: int, quoted: bool) -> bool:
    """Whether ``key`` is found in a key of ``above`` (newline-led keys) before ``end``: a key that
    holds it and more, or, for a paragraph in quotes, the same key too (``same``: how many keys
    before ``end`` are ``key`` itself, each found there once and holding nothing more)."""
    if above.find(key, 0, end) < 0:
        return False
    return quoted or above.count(key, 0, end) > same


#: «درباره نویسنده: X، …», «نویسنده: X»: a label before the name in an author's box
_NAME_LABEL = re.compile(r"^[^:：\d]{2,24}[:：]\s*")
#: an author's name is two to four words
_NAME_WORDS = (2, 4)
#: the heading of an author's box over the name has at most this many words
MAX_BOX_HEAD_WORDS = 3


def _box_name(text: str) -> str | None:
    """The name a line of an author's box shows: the line itself, or the value of its label («نویسنده:
    X»), of two to four words without digits or final punctuation; else None."""
    m = _NAME_LABEL.match(text)
    name = text[m.end():] if m and len(text[:m.end()].split()) <= 3 else text
    name = name.strip().rstrip(_MARKS)
    if not _NAME_WORDS[0] <= len(name.split()) <= _NAME_WORDS[1] or _DIGIT.search(name) \
            or name[-1:] in _ANY_TERMINAL or name[-1:] in "،,؛":
        return None
    return name


def drop_author_box(lines: list[Line], body: list[int]) -> list[int]:
    """``body`` (indices of ``lines``) without an author's box under the story: a line that is a
    person's name (alone, or after a label «نویسنده:») right over the story's last prose line when
    that line opens with the same name, after a label or not («فاطمه رضایی» over «فاطمه رضایی
    روزنامه‌نگار … است.», «درباره نویسنده: فاطمه رضایی، …»): a bio, not the story, whatever its
    words. A subheading naming someone leads into more of the story below it."""
    prose = [k for k, i in enumerate(body) if lines[i].kind == PARA and lines[i].words >= 8]
    if not prose or prose[-1] == 0:
        return body
    k = prose[-1]
    bio = lines[body[k]]
    above = _prev_shown(lines, body[k])
    name = _box_name(lines[above].text) if above is not None and lines[above].kind != PARA else None
    if not name:
        return body
    m = _NAME_LABEL.match(bio.text)
    opening = bio.text[m.end():] if m and len(bio.text[:m.end()].split()) <= 3 else bio.text
    if not line_key(" ".join(opening.split()[:len(name.split())])) == line_key(name):
        return body
    drop = {above, body[k]}
    # (the box's heading right over the name, «درباره نویسنده» in words no lexicon has: a short line of
    # the body ending in no mark, which heads the box, not more of the story: the box ends it)
    head = _prev_shown(lines, above) if above is not None else None
    if head is not None and head in body and lines[head].kind != PARA \
            and len(lines[head].text.split()) <= MAX_BOX_HEAD_WORDS \
            and lines[head].text.rstrip(_MARKS)[-1:] not in _ANY_TERMINAL and not _DIGIT.search(lines[head].text):
        drop.add(head)
    return [i for i in body if i not in drop]


#: a header line that names the story's writer (a byline row «<name> | <date>») has at most this many words
MAX_BYLINE_ROW_WORDS = 12


def _drop_signed_name(lines: list[Line], body: list[int]) -> list[int]:
    """``body`` without its last line when that line is a name alone (:func:`_box_name`, two to four
    words) under the story's last prose line, and a short line of the header names the same writer
    (its byline row «بابک صادقی | جمعه ۲۶ شهریور ۱۳۹۵», «نویسنده: بابک صادقی»): the head of the writer's box under the
    story (its role and count lines the site's template knows), whatever its words; no line of the
    story.

    >>> ls = [classify(t) for t in ("بابک صادقی | جمعه ۲۶ شهریور ۱۳۹۵", "عنوان خبر امروز اینجاست",
    ...       "به گزارش خبرنگار ما، این خبر امروز منتشر شد و همه آن را خواندند و درباره آن نوشتند.",
    ...       "بابک صادقی")]
    >>> _drop_signed_name(ls, [2, 3]), _drop_signed_name(ls[1:], [1, 2])
    ([2], [1, 2])
    """
    if len(body) < 2 or body[0] == 0:
        return body
    last = lines[body[-1]]
    if last.kind == PARA or _box_name(last.text) != last.text.strip() \
            or not any(lines[i].kind == PARA for i in body[:-1]):
        return body
    key = line_key(last.text)
    if not key or not any(ln.kind != PARA and ln.words <= MAX_BYLINE_ROW_WORDS
                          and (ln.key.startswith(key) or line_key(_box_name(ln.text) or "") == key)
                          for ln in lines[:body[0]]):
        return body
    return body[:-1]


#: the lines of a widget box between two paragraphs of a story have at most this many words
MAX_BOX_LINE_WORDS = 6
#: a box between two paragraphs whose lower rows the site's template knows (a product's price and
#: its button, an ad's line and its «more» link) shows at least this many such rows
MIN_KNOWN_BOX_ROWS = 2
#: ... and its lines over them have at most this many words (an ad's line reads as a headline)
MAX_BOX_OVER_WORDS = 12
#: a box's button closing it under a row of figures (a price) has at most this many words
MAX_BUTTON_WORDS = 2


def _box_over_known_rows(lines: list[Line], span: list[int], inside: set[int]) -> list[int]:
    """The body lines of a box between two paragraphs (``span``: the lines between them) above its
    rows that the site's template knows: :data:`MIN_KNOWN_BOX_ROWS` chrome lines or more the site
    repeats (a price «قیمت: ۳۲۰,۰۰۰ تومان», a button, «ادامه مطلب»), with short lines over them that
    vary from page to page (the box's heading, the product's name, an ad's line, in words no lexicon
    has: xdev's product boxes, under ``--scramble`` too). A subheading stands right over the text it
    leads into, under the box's last known row, not over the box; a gallery (its counters) is read
    elsewhere (:func:`is_gallery`), and so is a box of links to the run's other stories, whose heading
    may be a subheading of the story over a link (:func:`_drop_link_box_heads`)."""
    known = [j for j in span if lines[j].kind == CHROME and (lines[j].learned or lines[j].recurs)
             and not lines[j].related]
    # (a row in words the lexicon lacks, «افزودن به سبد خرید» renamed, is a short line the run shows
    # on other stories' pages too, or a button of a word or two closing the box right under a known
    # row of figures, a price: the box's, under a row the site's template knows)
    stock = [j for j in span if known and j > known[0] and j in inside and lines[j].kind == SHORT
             and _box_line(lines[j]) and not lines[j].turn
             and (lines[j].elsewhere or (j == span[-1] and lines[j].words <= MAX_BUTTON_WORDS
                                         and _prev_shown(lines, j) in known
                                         and _DIGIT.search(lines[_prev_shown(lines, j) or 0].text) is not None))]
    if len(known) + len(stock) < MIN_KNOWN_BOX_ROWS or any(slide_counter(lines[j].text) for j in span):
        return []
    known = sorted(known + stock)
    top = next(j for j in span if j not in inside)  # (the box's first line that is no body)
    if (top in known or lines[top].related and any(lines[j].boxed for j in known)) \
            and not _DIGIT.search(lines[top].text) and lines[top].words <= MAX_BOX_LINE_WORDS:
        # (a box headed by a heading of its own, «پربازدیدترین اخبار», or by one the run knows as a
        # headline over the rows of its table, :func:`_foreign_table`: the lines over it are not its)
        return []
    over = [j for j in span if j < known[-1] and j in inside and j not in stock]
    if not over or not all(lines[j].kind == SHORT and lines[j].words <= MAX_BOX_OVER_WORDS and not lines[j].turn
                           and not _ends_sentence(lines[j].text) and lines[j].text.rstrip()[-1:] not in ":："
                           and not (_listed(lines[j].text) and (j != over[0] or not stock)) for j in over):
        return []  # (an icon may open the heading of a box whose rows close it: «🛒 …» over a product)
    return sorted(over + stock)


def _drop_widget_boxes(lines: list[Line], body: list[int]) -> list[int]:
    """The story's lines without the short ones of a widget box between two of its paragraphs: a run
    of lines that are no sentences, a short one over a line of numbers and no word at all (a
    player's «شنیدن خبر» over its «۰۰:۰۰ / ۰۱:۱۳»; not a field «زمان: …» of an info box, nor a
    gallery's «گالری تصاویر (۵ تصویر)» under a subheading), with the short ones around them (a
    result «ایران ۳ - ۲ قزاقستان», an image's caption). A subheading stands over the text it leads
    into, under an ad's line too; a list the story announces («… به شرح زیر است:») is the story's."""
    paras = [i for i in body if lines[i].kind == PARA and lines[i].words >= 8]
    inside = set(body)
    drop: set[int] = set()
    told = [i for i in body if lines[i].kind == PARA]  # (a short sentence under a box is the story's too)
    for p, q in zip(told, told[1:]):
        if lines[p].text.rstrip()[-1:] not in ":：":  # (not a list the story announces)
            drop.update(_box_over_known_rows(lines, [j for j in range(p + 1, q) if lines[j].kind != BLANK], inside))
    for p, q in zip(paras, paras[1:]):
        span = [j for j in range(p + 1, q) if lines[j].kind != BLANK]
        short = [j for j in span if j in inside]
        if not short or lines[p].text.rstrip()[-1:] in ":：":
            continue  # (a list the story announces)
        bare = next((j for j in span if lines[j].kind in (CHROME, DATE, META) and _DIGIT.search(lines[j].text)
                     and not LETTER.search(lines[j].text)), None)
        # (over the box's bare line a heading: a short line, or one the site's template knows, or
        # a player's label over its clock (:func:`player_labels`); none: a subheading under an ad
        # leads into its text)
        at = span.index(bare) if bare is not None else 0
        heading = lines[span[at - 1]] if at > 0 else None
        clock = bare is not None and _PLAYER_CLOCK.fullmatch(lines[bare].text) is not None
        if heading is not None and (heading.kind == SHORT or heading.recurs or heading.learned
                                    or heading.kind == CHROME and clock):
            if all(_box_line(lines[j]) for j in short):
                drop.update(short)
                continue
            # (among the pieces of a paragraph a flattener broke: the heading, and the short lines
            # right under the clock, up to the first piece of a sentence)
            if span[at - 1] in inside and _box_line(heading):
                drop.add(span[at - 1])
            for j in span[at + 1:]:
                if j in inside and not _box_line(lines[j]):
                    break
                if j in inside:
                    drop.add(j)
            continue
        for j in short:
            if not _box_line(lines[j]):
                continue
            k = _next_shown(lines, j)
            below = lines[k] if k is not None and k < q else None
            if below is not None and _widget_line(below):
                # a short line right over a widget's own line, which the site shows on other pages
                # (a score over «پایان مسابقه», a caption over «📷 ایرنا»): the widget's, not a
                # subheading, which leads into its text (an ad's line «تبلیغات» is no widget's line)
                drop.add(j)
                if k in inside:
                    drop.add(k)
            elif below is not None and lines[j].kind == SHORT and below.kind in (SHORT, LABEL, CHROME) \
                    and _box_line(below) and _echoed_words(lines[j].text, below.text) and k is not None \
                    and not _echo_run(lines, j, k):
                # an image's alt text over its caption: two short lines sharing their words
                # («تصویر نساجی مازندران» / «نساجی مازندران (عکس آرشیوی)»), a pair alone; the
                # caption may be one the line's kind or the site's template took for no body
                # already («تصویر: کشتی»)
                drop.add(j)
                if k in inside:
                    drop.add(k)
            elif _widget_line(lines[j]) and unicodedata.category(lines[j].text.lstrip()[:1] or " ") == "So":
                drop.add(j)  # an icon and a name the site shows on other pages: a credit «📷 تسنیم»
    # a short line the story shows twice, alone between two of its paragraphs each time, is a link
    # or widget («تقویم مسابقات»): a subheading is written once
    seen: dict[str, list[int]] = {}
    first, last = (paras[0], paras[-1]) if paras else (0, -1)
    for i in body:
        if first < i < last and lines[i].kind == SHORT and _box_line(lines[i]) \
                and all(x is not None and x.kind == PARA and x.words >= 8
                        for x in (_neighbour(lines, i, -1), _neighbour(lines, i, 1))):
            seen.setdefault(lines[i].key, []).append(i)  # (alone between two paragraphs each time:
            # a poem's refrain stands among its verses)
    drop.update(i for found in seen.values() if len(found) >= 2 for i in found)
    return [i for i in body if i not in drop] if drop else body


#: a box of figures between a story's paragraphs has at least this many rows (:func:`_drop_figure_boxes`)
MIN_FIGURE_ROWS = 3


def _figure_row(ln: Line) -> bool:
    """A row of a box of figures: a short «label: value» line (:func:`.boxes.field_line`) whose value
    holds a number («اذان صبح: ۰۴:۱۲», «تهران: ۱۵۴ ناسالم», «دلار: ۵۰٬۲۰۰»)."""
    field = split_field(ln.text) if ln.kind == SHORT and not ln.turn and field_line(ln.text) else None
    return field is not None and _DIGIT.search(field[1]) is not None


def _drop_figure_boxes(lines: list[Line], body: list[int],
                       weight: Callable[[str], float] | None = None, *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without a box of figures set between two of its paragraphs, in words no
    lexicon and no other page of the run holds (a one-page site's prayer times, air quality or
    prices of the day): :data:`MIN_FIGURE_ROWS` rows or more (:func:`_figure_row`) with the
    story's prose going on under them, and the bare heading right over them, when what the rows
    and the heading name is about something else than the story (:func:`_foreign`). A table the
    story gives (the prices a market report is about) names what its prose speaks of, and one it
    announces («… به شرح زیر است:») is its own. ``words``: the story's (:class:`_StoryWords`)."""
    story: set[str] | None = None
    drop: set[int] = set()
    k = 1
    while k < len(body) - 1:
        above = lines[body[k - 1]]
        if above.kind != PARA or above.text.rstrip(_MARKS)[-1:] in ":：":
            k += 1
            continue
        start = k
        head = lines[body[k]]
        if head.kind == SHORT and _box_line(head) and not head.turn and not _DIGIT.search(head.text):
            k += 1  # (the box's heading, «اوقات شرعی»)
        m = k
        while m < len(body) and _figure_row(lines[body[m]]):
            m += 1
        if m - k >= MIN_FIGURE_ROWS and m < len(body) and lines[body[m]].kind == PARA:
            if story is None:
                story = (words or _StoryWords(lines)).on(body).prose
            named = _content_words(" ".join([*(split_field(lines[i].text)[0] for i in body[k:m]),  # type: ignore[index]
                                             *(lines[i].text for i in body[start:k])]))
            if _foreign(named, story, weight):
                drop.update(body[start:m])
        k = max(m, start + 1)
    return [i for i in body if i not in drop] if drop else body


#: a box of fields between a story's first paragraph and its text has at least this many lines
MIN_FIELD_BOX_LINES = 2


def _drop_field_box(lines: list[Line], body: list[int], gapped: dict[int, bool]) -> list[int]:
    """The story's lines without a box of fields set apart under its first paragraph (the lead's
    slot) and over the rest of its text: :data:`MIN_FIELD_BOX_LINES` short «label: value» lines or
    more, none a sentence (:func:`.boxes.field_line`), after lines that are no body (the widgets
    under a lead: a player, the font size) and with prose right under them («بازی: FIFA», «جایزه:
    ۷۹۰,۰۰۰ دلار» of a tournament's box). The same fields above the first paragraph are the
    header's; a story's own labelled lines (a lineup «تیم: نام‌ها», a list it announces) stand
    among or after its paragraphs, not apart between its first and the rest. A page flattened
    without blank lines sets the box apart by where it stands: over the paragraph that opens the
    story with its dateline («کارگردان: …» / «ژانر: …» between a summary and «به گزارش …»), where a
    story's own list never comes, before the story has begun."""
    if len(body) < 2 + MIN_FIELD_BOX_LINES or lines[body[0]].kind != PARA:
        return body
    j = 1
    while j < len(body) and lines[body[j]].kind == SHORT and field_line(lines[body[j]].text) \
            and (j == 1 or not gapped.get(body[j])):
        j += 1
    under = lines[body[j]] if j < len(body) else None
    if j - 1 < MIN_FIELD_BOX_LINES or under is None or under.kind != PARA or under.words < 8:
        return body
    if not gapped.get(body[1]) and (has_dateline(lines[body[0]].text) or not has_dateline(under.text)):
        return body
    return body[:1] + body[j:]


def _box_line(ln: Line) -> bool:
    """A line that may be a widget's in a story: a few words (:data:`MAX_BOX_LINE_WORDS`), no
    sentence, no label's colon at its end."""
    return ln.words <= MAX_BOX_LINE_WORDS and not _ends_sentence(ln.text) and ln.text.rstrip()[-1:] not in ":："


def _widget_line(ln: Line) -> bool:
    """A widget's own line as the site's template knows it: a short line of one or two words the
    site shows on other pages too (a status «پایان مسابقه», a credit «📷 ایرنا»), no end marker or
    ad line, no headline (a related link has more words)."""
    return ln.kind in (SHORT, CHROME) and (ln.recurs or bool(ln.seen) or ln.learned) \
        and _named_words(ln.text) <= 2 and not _DIGIT.search(ln.text) \
        and ln.text.rstrip(_MARKS)[-1:] not in ":：" \
        and classify(ln.text).kind != END  # (an ad's line the template made chrome is one still; a
    # label «بیشتر بخوانید:» introduces a link under it)


def _echo_run(lines: list[Line], j: int, k: int) -> bool:
    """Whether the pair of short lines ``j`` / ``k`` that share their words stands in a run of
    such lines: the short line shown right above ``j`` or right under ``k`` shares its words with
    its neighbour in the pair too. Rows of a list («هفته ۲۷: استقلال اهواز – پرسپولیس» /
    «هفته ۲۸: فولاد خوزستان – استقلال اهواز» / …) share words row after row; an image's alt text
    and its caption are a pair alone."""
    above = _prev_shown(lines, j)
    under = _next_shown(lines, k)
    return any(x is not None and lines[x].kind == SHORT and _echoed_words(lines[x].text, lines[y].text)
               for x, y in ((above, j), (under, k)))


#: an image's alt text or caption has this many content words at most
ECHO_MAX_WORDS = 4


def _echoed_words(a: str, b: str) -> bool:
    """Whether two short lines say the same: the shorter one (:data:`ECHO_MAX_WORDS` content words
    at most) has all its words but one in the other, two at least («تصویر کشتی» / «تصویر: کشتی»); two
    verses of a poem share a word or two of more, two names of a list a first name.

    >>> _echoed_words("تصویر نساجی مازندران", "نساجی مازندران (عکس آرشیوی)"), _echoed_words("نقش دولت", "۲ - ۱")
    (True, False)
    """
    wa, wb = ({w for w in content_words(t) if not _DIGIT.search(w)} for t in (a, b))  # (words, no figures)
    small = min(len(wa), len(wb))
    return 0 < small <= ECHO_MAX_WORDS and len(wa & wb) >= max(2, small - 1)


def _heads_chrome(lines: list[Line], i: int) -> bool:
    """Whether the lines right under line ``i`` are the template's, up to the first that is not:
    chrome it learned, and short lines it knows (a channel's name over its member count), at
    least one of them chrome."""
    chrome = False
    for ln in lines[i + 1:]:
        if ln.kind == CHROME and ln.learned:
            chrome = True
        elif not (ln.kind == SHORT and ln.recurs):
            break
    return chrome


_content_words = content_words


class _StoryWords:
    """The content words of the story's prose, which the passes that take a box out from between its
    paragraphs weigh a line against (:func:`_foreign`, or any word shared): of its paragraphs in the
    body (:attr:`prose`), of those the run shows on no other page (:attr:`own`: a copy is no word of
    this story's), or of its sentences (:attr:`sentences`: no paragraph of a headline's shape, which a
    box's link with a verb may be). One a page, handed from pass to pass: each is counted once, when a
    pass first asks, and counted again only where a pass took a paragraph out (:meth:`on`); most take
    short lines alone.

    >>> ls = [classify(t) for t in ("وزیر نیرو از طرح‌های آبرسانی روستایی استان بازدید کرد.", "مطالب مرتبط")]
    >>> sorted(_StoryWords(ls).on([0, 1]).prose) == sorted(_content_words(ls[0].text))
    True
    """

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.paras: list[int] | None = None
        self._words: dict[str, set[str]] = {}

    def on(self, body: list[int]) -> _StoryWords:
        """These words for ``body``: counted anew where its paragraphs are no longer those counted."""
        paras = [i for i in body if self.lines[i].kind == PARA]
        if paras != self.paras:
            self.paras, self._words = paras, {}
        return self

    def _count(self, name: str, keep: Callable[[Line], bool]) -> set[str]:
        if name not in self._words:
            self._words[name] = _content_words(" ".join(self.lines[i].text for i in self.paras or ()
                                                        if keep(self.lines[i])))
        return self._words[name]

    @property
    def prose(self) -> set[str]:
        """Of the story's paragraphs."""
        return self._count("prose", lambda ln: True)

    @property
    def own(self) -> set[str]:
        """Of the paragraphs the run shows on no other page (:attr:`Line.elsewhere`)."""
        return self._count("own", lambda ln: not ln.elsewhere)

    @property
    def sentences(self) -> set[str]:
        """Of the paragraphs longer than a headline (:data:`MAX_HEADLINE_WORDS`) or ending a sentence."""
        return self._count("sentences", lambda ln: ln.words > MAX_HEADLINE_WORDS or _ends_sentence(ln.text))


#: a line about another story shares at most :data:`.boxes.FOREIGN_SHARE` of its words with the story,
#: and at most this share a line the run shows on another story's page too
#: (:attr:`Line.elsewhere`): a related headline about the same subject («حملات اسرائیل» in a story
#: about Gaza) shares two of its seven words with the story and is still another story's
ELSEWHERE_SHARE = 1 / 3


def _in_run(lines: list[Line], body: list[int], k: int) -> bool:
    """Whether ``body[k]`` is one of three or more body lines in a row that are no paragraph."""
    def short(j: int) -> bool:
        return j == k or (0 <= j < len(body) and lines[body[j]].kind != PARA)

    a = k
    while short(a - 1):
        a -= 1
    b = k
    while short(b + 1):
        b += 1
    return b - a + 1 >= 3


def _drop_foreign_lines(lines: list[Line], body: list[int],
                        weight: Callable[[str], float] | None = None, *, words: _StoryWords | None = None) -> list[int]:
    """A headline-like line standing alone between two paragraphs of the story whose words the
    story barely shares (:func:`_foreign`) is about another story: a related link or a caption of
    a stock photo («برادر مسی به قید وثیقه آزاد شد» in a story about Ali Karimi). So is one of two
    such lines between paragraphs when the other shares the story's words (a subheading, then a
    link under it). A subheading, a quote or a list item shares the story's words; a couplet of a
    poem is two lines the story does not share, and stays (as does a longer run: a list, a poem)."""
    def candidate(i: int) -> bool:
        return _headline_shaped(lines[i])

    def para(k: int) -> bool:
        return 0 <= k < len(body) and lines[body[k]].kind == PARA

    # a line that stands on other stories' pages of the run too (a headline, a link, a stock
    # caption) and shares nothing rare with the story goes wherever it stands: first or last, in a
    # run of short lines, after a label («همچنان بخوانید: …»), as a headline ending «؟!»
    # (not in a run of three lines or more that are no paragraph: a list, a table of results,
    # which a republication of the story carries too; nor a turn of the page's dialogue, which a
    # republication carries too and whose question words are the asker's, not the story's; nor a
    # hemistich of the poem it quotes, which other stories of a magazine quote too)
    others = [body[k] for k in range(len(body)) if lines[body[k]].elsewhere and lines[body[k]].words <= 20
              and lines[body[k]].kind in (SHORT, PARA) and not _in_run(lines, body, k) and not lines[body[k]].turn
              and not lines[body[k]].verse]
    alone, pairs = [], []
    for k in range(1, len(body) - 1):
        if lines[body[k]].kind != SHORT or not para(k - 1):
            continue
        if para(k + 1):
            if candidate(body[k]):
                alone.append(body[k])
        elif lines[body[k + 1]].kind == SHORT and para(k + 2):
            pairs.append((body[k], body[k + 1]))
    if not alone and not pairs and not others:
        return body
    story = (words or _StoryWords(lines)).on(body).own
    drop = {i for i in alone if _foreign(_content_words(lines[i].text), story, weight)}
    drop.update(i for i in others if _foreign(_content_words(lines[i].text), story, weight, ELSEWHERE_SHARE))
    for i, j in pairs:
        fi = candidate(i) and _foreign(_content_words(lines[i].text), story, weight)
        fj = candidate(j) and _foreign(_content_words(lines[j].text), story, weight)
        if fi != fj and (_content_words(lines[j if fi else i].text) & story
                         or _bare_heading_over(lines[j if fi else i], lines[i if fi else j])):
            drop.add(i if fi else j)
    return [i for i in body if i not in drop] if drop else body


#: a box the site sets between a story's paragraphs shows this many lines at most under its label
MAX_INLINE_BOX_LINES = 3


def _inline_box_item(head: Line, ln: Line, story: set[str], weight: Callable[[str], float] | None,
                     *, first: bool) -> bool:
    """Whether ``ln`` is a line of a box under the label ``head`` (:func:`_drop_inline_boxes`): a
    headline about something else than the ``story`` (the lines after the box's first at twice the
    share: a box's headlines may touch its topic; under a label ending in a colon, each at the
    first's share), or one asking that the run holds as another story's headline; a question the
    run does not hold is the story's, asking its reader."""
    colon = _colon_label(head)
    if ln.turn or _listed(ln.text) or not _bare_heading_over(_without_colon(head) if colon else head, ln):
        return False
    as_short = replace(ln, kind=SHORT)
    if _headline_shaped(as_short, asking=True) and ln.related:
        return True
    return _headline_shaped(as_short) and _foreign(_content_words(ln.text), story, weight,
                                                   share=FOREIGN_SHARE if first or colon else 2 * FOREIGN_SHARE)


def _colon_label(head: Line) -> bool:
    """Whether a short line is a label ending in a colon («ترابزون ما:»): a box's label in words no
    lexicon has, or a clause that introduces the story's list (:func:`_titles_apart`)."""
    return head.text.rstrip(_MARKS)[-1:] in ":："


def _without_colon(head: Line) -> Line:
    return replace(head, text=head.text.rstrip(_MARKS)[:-1].rstrip())


#: a label ending in a colon heads a box of other stories' headlines when it heads this many
MIN_COLON_BOX_LINES = 2


def _titles_apart(items: list[Line]) -> bool:
    """Whether the lines under a label ending in a colon are other stories' headlines, not the items
    of a list the label introduces: :data:`MIN_COLON_BOX_LINES` of them at least, and no two of one
    kind (a list's items open alike and share their words, «دانشگاه تهران», «دانشگاه شیراز»; the
    titles of a «بیشتر بخوانید:» box are about two or three things, and two of them may share a word
    by chance, «ماه» in «کاهش مصرف آب … در ماه گذشته» and «تمدید مهلت … تا ماه آینده»: :func:`_one_kind`).

    >>> a, b = classify("افتتاح طرح آبرسانی در روستاهای شهرستان"), classify("قیمت طلا و سکه در بازار امروز")
    >>> _titles_apart([a, b]), _titles_apart([a]), _titles_apart([a, classify("افتتاح طرح آبرسانی در شهر")])
    (True, False, False)
    >>> _titles_apart([classify("کاهش مصرف آب شهر تهران در ماه گذشته"), b,
    ...                classify("تمدید مهلت ارسال آثار جشنواره تا ماه آینده")])  # («ماه»: by chance)
    True
    """
    if len(items) < MIN_COLON_BOX_LINES:
        return False
    return not any(_one_kind(a.text, b.text) for k, a in enumerate(items) for b in items[k + 1:])


def _one_kind(a: str, b: str) -> bool:
    """Whether two lines are items of one list, not two headlines: they open with the same word, or
    share two content words or more, or half of the words of the shorter one."""
    wa, wb = a.split(), b.split()
    if wa and wb and wa[0] == wb[0]:
        return True
    ca, cb = _content_words(a), _content_words(b)
    shared = len(ca & cb)
    return shared >= 2 or (shared > 0 and 2 * shared >= min(len(ca), len(cb)))


def _drop_inline_boxes(lines: list[Line], body: list[int],
                       weight: Callable[[str], float] | None = None, *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without a box set between its paragraphs, whatever its words: a bare label
    under the story's prose (:func:`_bare_heading_over`: «تبلیغات», «مطالب مرتبط» in words no
    lexicon and no other page of the run holds) that shares no content word with the story, over
    one to :data:`MAX_INLINE_BOX_LINES` headline-shaped lines (:func:`_headline_shaped`: an ad's
    copy, other stories' headlines) each about something else (:func:`_foreign`), with the story's
    prose going on under them. A subheading shares the story's words or leads into lines that do;
    a longer run of short lines is a list or a poem, and stays."""
    story: set[str] | None = None
    drop: set[int] = set()
    for k in range(1, len(body) - 1):
        head = lines[body[k]]
        if head.kind != SHORT or head.turn or _DIGIT.search(head.text) \
                or not any(lines[j].kind == PARA for j in body[:k]):
            continue
        if story is None:  # (the story's prose: its sentences, no headline-shaped line)
            story = (words or _StoryWords(lines)).on(body).sentences
        if _content_words(head.text) & story:
            continue
        # (the box's lines: headlines about something else, up to the story's next line, which
        # shares its words: a paragraph, or a question the story asks its reader; a headline with
        # a verb may read as a paragraph, short of a sentence's end: :func:`_inline_box_item`)
        m = k + 1
        while m < len(body) and m - k <= MAX_INLINE_BOX_LINES + 1 \
                and _inline_box_item(head, lines[body[m]], story, weight, first=m == k + 1):
            m += 1
        if m == k + 1 or m - k - 1 > MAX_INLINE_BOX_LINES or not any(lines[j].kind == PARA for j in body[m:]):
            continue
        if _colon_label(head) and not _titles_apart([lines[j] for j in body[k + 1:m]]):
            continue
        drop.update(body[k:m])
    return [i for i in body if i not in drop] if drop else body


#: a label the site's template made chrome heads a box between the story's paragraphs when it is
#: this many words at most («بیشتر بخوانید», «Ads», «محتوای حمایت‌شده» in the site's own words)
MAX_LEARNED_LABEL_WORDS = 4


def _label_shaped(ln: Line) -> bool:
    """Whether a line has a box label's shape: a few words (:data:`MAX_LEARNED_LABEL_WORDS`), no digit,
    no sentence's end. A credit («عکس: …») or a count has more or a digit."""
    return (0 < ln.words <= MAX_LEARNED_LABEL_WORDS and not _DIGIT.search(ln.text)
            and ln.text.rstrip(_MARKS)[-1:] not in _SENTENCE_MARKS)


def _learned_label(ln: Line) -> bool:
    """Whether a line is a box's label the run taught: chrome by the site's template (a line its
    other pages show too) of a label's shape (:func:`_label_shaped`: «مطالب مرتبط», «Ads», in
    whatever words the site writes them); or a tail's heading of that shape (:data:`END`: the
    lexicon's «مطالب مرتبط», or the template's), which the story read past as it goes on under
    its box, on a site that shows it on this page alone."""
    return (ln.kind == CHROME and ln.learned and ln.recurs or ln.kind == END) and _label_shaped(ln)


#: a line under a learned label is its box's when at most this share of its content words occur in
#: the story's prose: a box's headline may share a word or two with the story by chance (or its
#: topic), a subheading is made of the story's words
LABELLED_BOX_SHARE = 0.5


def _box_under_label(ln: Line, story: set[str], weight: Callable[[str], float] | None) -> bool:
    """Whether a body line under a learned label is one of its box's lines: a short line of one
    phrase, or two or three parted by «/» (no sentence's end, no list of names), about something
    else than the story (:func:`_foreign` at :data:`LABELLED_BOX_SHARE`), or one the run shows on
    other stories' pages; a question or an exclamation only then (a question under a gallery's
    buttons is the story's, asking its reader). A subheading speaks of the story and shares its words."""
    end = ln.text.rstrip(_MARKS)[-1:]
    if ln.kind != SHORT or ln.turn or ln.verse or _listed(ln.text) \
            or end in _SENTENCE_MARKS - ASKING_MARKS \
            or end in ASKING_MARKS and not (ln.related or ln.elsewhere) \
            or len(LIST_COMMA.findall(ln.text)) >= MIN_LIST_COMMAS \
            or not all(0 < len(part.split()) <= MAX_HEADLINE_WORDS for part in ln.text.split("/")):
        return False  # (a headline is a phrase, or two or three parted by «/»; a longer line is prose)
    mine = _content_words(ln.text)
    return ln.related or ln.elsewhere or not (mine & story) or _foreign(mine, story, weight, LABELLED_BOX_SHARE)


def _drop_boxes_under_learned_labels(lines: list[Line], body: list[int], weight: Callable[[str], float] | None = None,
                                     *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without the lines of a box set between its paragraphs under a label the
    site's template made chrome (:func:`_learned_label`): the label went as the site's chrome, and
    the one to :data:`MAX_INLINE_BOX_LINES` headline-shaped lines under it (other stories'
    headlines, an ad's copy: :func:`_box_under_label`) stood alone between the story's paragraphs,
    where no lexicon and no other page of the run knows their words («بیشتر بخوانید» / «مماشات:
    تشبیه کارت …» / «طلبی آلوارو …» in a story about inspections). The box's label may head a
    second one under the first («Ads» under two related headlines). The story's prose goes on
    under the box; a longer run of short lines is a list, and stays.

    >>> def ln(text, kind, learned=False):
    ...     return Line(text, text, len(text.split()), kind, learned=learned, recurs=learned)
    >>> p1 = "وزیر نیرو در سفر به استان از پیشرفت طرح‌های آبرسانی روستایی بازدید کرد و گفت کار ادامه دارد."
    >>> p2 = "وی افزود: تا پایان سال آب شرب سالم به همه روستاهای استان خواهد رسید و طرح‌ها تمام می‌شود."
    >>> page = [ln(p1, PARA), ln("بیشتر کارهایی", CHROME, True),
    ...         ln("تیم فوتبال شهر در دیدار پایانی فصل پیروز شد", SHORT), ln(p2, PARA)]
    >>> _drop_boxes_under_learned_labels(page, [0, 2, 3])
    [0, 3]
    >>> page[1] = ln("بیشتر کارهایی", SHORT)  # (no label the run taught: a subheading may stand there)
    >>> _drop_boxes_under_learned_labels(page, [0, 2, 3])
    [0, 2, 3]
    """
    inside = set(body)
    story: set[str] | None = None
    drop: set[int] = set()
    k = 1
    while k < len(body) - 1:
        i = body[k]
        if lines[i].kind == PARA or not any(lines[j].kind == PARA for j in body[:k]):
            k += 1
            continue
        above = _prev_shown(lines, i)
        if above is None or above in inside or not _learned_label(lines[above]) or _amid_lines(lines, inside, above):
            k += 1
            continue
        if story is None:  # (the story's prose: its sentences, no headline-shaped line)
            story = (words or _StoryWords(lines)).on(body).sentences
        # (the box: body lines under the label, one under the other or under a second learned
        # label, up to the story's next paragraph)
        box, count, m = [], 0, k
        while m < len(body) and lines[body[m]].kind != PARA and count < MAX_INLINE_BOX_LINES \
                and not _heads_next(lines, body, m) and _box_under_label(lines[body[m]], story, weight):
            box.append(body[m])
            count += 1
            m += 1
            if m < len(body):
                up = _prev_shown(lines, body[m])
                if up != body[m - 1]:
                    if up is None or up in inside or not _learned_label(lines[up]) \
                            or any(x not in inside and lines[x].kind not in (BLANK, CHROME)
                                   for x in range(body[m - 1] + 1, body[m])):
                        break
                    count = 0  # (a second label, over a box of its own)
        if box and m < len(body) and (lines[body[m]].kind == PARA or _heads_next(lines, body, m)):
            drop.update(box)  # (the story going on under the box: a paragraph, or a subheading over one)
        k = max(m, k + 1)
    return [i for i in body if i not in drop] if drop else body


def _amid_lines(lines: list[Line], inside: set[int], i: int) -> bool:
    """Whether the line ``i`` stands right under a short line of the story (``inside``: the body's
    lines), inside a run of them (a poem's hemistiches around a photo's credit), not between the
    story's paragraphs, where a box stands."""
    up = _prev_shown(lines, i)
    return up is not None and up in inside and lines[up].kind != PARA


def _heads_next(lines: list[Line], body: list[int], m: int) -> bool:
    """Whether the body's short line ``body[m]`` is a subheading: right over the story's next line,
    a paragraph, whose words it shares (:func:`_introduces`)."""
    ln = lines[body[m]]
    if ln.kind != SHORT or m + 1 >= len(body) or lines[body[m + 1]].kind != PARA \
            or _next_shown(lines, body[m]) != body[m + 1]:
        return False
    return _introduces(ln, lines[body[m + 1]])


def _echoed_below(lines: list[Line], body: list[int], below: set[str]) -> set[int]:
    """The story's short lines that stand again on the page under the story, as a line of their own
    (the same letters, whatever marks open them): the links of a box set between its paragraphs,
    which the site lists again in its related list under the story («• لیگ یک/ ارومیه‌ای‌ها …»
    between two paragraphs, then «لیگ یک/ ارومیه‌ای‌ها …» under «مطالب مرتبط»). A headline-shaped
    line (no sentence's end) of three words or more; a subheading or a quote of the story is said
    once, and the story's sentences are no links. ``below``: :func:`_keys_below`."""
    return {i for i in body if lines[i].kind == SHORT and lines[i].words >= MIN_LINK_WORDS and not lines[i].turn
            and (lines[i].key in below or _labelled_link_key(lines[i].text) in below or _cut_below(lines[i].key, below))
            and lines[i].text.rstrip(_MARKS)[-1:] not in _SENTENCE_MARKS - ASKING_MARKS}


#: a link set between a story's paragraphs cut to its headline's first words (the page lists the
#: headline whole under the story) keeps this many letters of its key at least
MIN_CUT_LINK_CHARS = 12


def _cut_below(key: str, below: set[str]) -> bool:
    """Whether a line of key ``key`` is the first words of a longer line the page shows under the
    story (``below``: :func:`_keys_below`): a link between the paragraphs cut short («▲ برگزاری
    مسابقات والیبال» over «برگزاری مسابقات والیبال جام باشگاه‌ها در فومن» in the related list), by
    :data:`MIN_CUT_LINK_CHARS` letters or more.

    >>> _cut_below(line_key("برگزاری مسابقات والیبال"), {line_key("برگزاری مسابقات والیبال جام باشگاه‌ها در فومن")})
    True
    >>> _cut_below(line_key("والیبال"), {line_key("والیبال جام باشگاه‌ها")})
    False
    """
    return len(key) >= MIN_CUT_LINK_CHARS and any(len(k) > len(key) and k.startswith(key) for k in below)


#: a link's label before its colon («بیشتر بخوانید: …», in whatever words) has this many words at most
MAX_LINK_LABEL_WORDS = 4


def _labelled_link_key(text: str) -> str:
    """The key of what follows a link's label and its colon («بیشتر بخوانید: X», whatever the label's
    words: a word to four, no digit) when that is a headline's length (:data:`MIN_LINK_WORDS` words at
    least), '' otherwise: the headline the page may list again as a line of its own.

    >>> _labelled_link_key("بخوانید: تیم شهر در دیدار پایانی پیروز شد") == line_key("تیم شهر در دیدار پایانی پیروز شد")
    True
    >>> _labelled_link_key("ساعت ۱۰: تیم شهر در دیدار پایانی پیروز شد"), _labelled_link_key("گفت: آری")
    ('', '')
    """
    label, colon, rest = text.partition(":")
    if not colon:
        label, colon, rest = text.partition("：")
    if not colon or not 0 < len(label.split()) <= MAX_LINK_LABEL_WORDS or _DIGIT.search(label) \
            or len(rest.split()) < MIN_LINK_WORDS:
        return ""
    return line_key(rest)


def _keys_below(lines: list[Line], body: list[int]) -> set[str]:
    """The keys of the page's lines of three words or more under the story's last line."""
    return {ln.key for ln in lines[max(body) + 1:] if ln.kind != BLANK and ln.words >= MIN_LINK_WORDS}


def _drop_links_echoed_below(lines: list[Line], body: list[int], *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without the links of a box its site set between the paragraphs and listed
    again under the story (:func:`_echoed_below`), and without the box's label: a short line right
    over them (:data:`MAX_LEARNED_LABEL_WORDS` words at most, no digit, no sentence) under the story's
    prose that shares no content word with the story («آنچه باید بدانید», in words no lexicon holds).

    >>> def ln(text, kind):
    ...     return Line(text, line_key(text), len(text.split()), kind)
    >>> p1 = "وزیر نیرو در سفر به استان از پیشرفت طرح‌های آبرسانی روستایی بازدید کرد و گفت کار ادامه دارد."
    >>> p2 = "وی افزود: تا پایان سال آب شرب سالم به همه روستاهای استان خواهد رسید و طرح‌ها تمام می‌شود."
    >>> link = "تیم فوتبال شهر در دیدار پایانی فصل پیروز شد"
    >>> page = [ln(p1, PARA), ln("آنچه باید بدانید", SHORT), ln("• " + link, SHORT), ln(p2, PARA),
    ...         ln("مطالب مرتبط", CHROME), ln(link, CHROME)]
    >>> _drop_links_echoed_below(page, [0, 1, 2, 3])
    [0, 3]
    >>> _drop_links_echoed_below(page[:5], [0, 1, 2, 3])  # (said once: the story's own line)
    [0, 1, 2, 3]
    """
    if not body:
        return body
    below = _keys_below(lines, body)
    if not below:
        return body
    drop = _echoed_below(lines, body, below)
    story: set[str] | None = None
    for k in range(2, len(body)):
        h, nxt = body[k - 1], body[k]
        if h in drop or lines[body[k - 2]].kind != PARA or not (nxt in drop or lines[nxt].kind == PARA) \
                or not _bare_label(lines[h]):
            continue
        if story is None:  # (the story's words, asked of a label's only)
            story = (words or _StoryWords(lines)).on(body).prose
        if _content_words(lines[h].text) & story:
            continue
        # (the label's box: the lines under it down to a link of the story's or to its next
        # paragraph, each listed below; a link an earlier rule or the template took is one of them)
        box = [j for j in range(h + 1, nxt) if lines[j].kind != BLANK]
        if all(lines[j].key in below for j in box) and (box or nxt in drop):
            drop.add(h)
    return [i for i in body if i not in drop]


#: a box's heading has at most this many words («مطالب مرتبط», «بیشتر بخوانید», «اخبار ورزشی:»)
MAX_BOX_HEAD_WORDS = 4
#: ... and the site shows it as one on this many pages at least (this one among them)
MIN_BOX_HEAD_PAGES = 2


def _run_link(ln: Line) -> bool:
    """Whether a line the body no longer holds is another story's link by the run's word: it knows
    the line as another story's headline (:attr:`Line.related`), shows it on other stories' pages
    (:attr:`Line.elsewhere`), or its template made it chrome; of a headline's shape, no list's item,
    no turn, no hemistich of a poem the story quotes (:attr:`Line.verse`: quoted on other pages too),
    no row of fields."""
    return (ln.related or ln.elsewhere or (ln.kind == CHROME and ln.learned)) and not ln.turn and not ln.verse \
        and not _listed(ln.text) and "|" not in ln.text and _headline_shaped(replace(ln, kind=SHORT), asking=True)


def _drop_seen_box_heads(lines: list[Line], body: list[int], *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without the heading of a box of links set under one of its paragraphs,
    whatever its words («مطالب مرتبط» renamed, «اخبار ورزشی:»), and the box's items over the first
    link the run took out: a short line the site shows as a box's heading on other pages too
    (:attr:`Line.box_pages`: under a paragraph, over a line that is no prose), right under a
    paragraph of the story, over lines that reach a link the run knows as another story's
    (:func:`_run_link`), each of them a headline's shape (no paragraph, list item or turn between;
    an item another pass took out already counts as one).
    A story's subheading is written for its story: the site shows it on one page, the line under it
    is the story's, and it shares the story's words (a heading that does stays, :class:`_StoryWords`).
    What stands under the link stays (a story's lines can follow a box)."""
    inside = set(body)
    drop: set[int] = set()
    story: set[str] | None = None
    for h in body:
        ln = lines[h]
        if ln.box_pages < MIN_BOX_HEAD_PAGES or ln.kind not in (SHORT, LABEL) or ln.turn or ln.verse:
            continue
        if story is None:
            story = (words or _StoryWords(lines)).on(body).prose
        if _content_words(ln.text) & story:
            continue
        up = _prev_shown(lines, h)
        if up is None or lines[up].kind != PARA or up not in inside:
            continue
        items: list[int] = []
        for j in range(h + 1, len(lines)):
            m = lines[j]
            if m.kind == BLANK:
                continue
            if j not in inside and _run_link(m):
                drop.add(h)
                drop.update(items)
                break
            if m.kind == PARA or m.turn or m.verse or _listed(m.text) \
                    or not _headline_shaped(replace(m, kind=SHORT), asking=True):
                break
            if j in inside:
                items.append(j)  # (an item the run does not know; one another pass took out goes on the box too)
    return [i for i in body if i not in drop] if drop else body


def _bare_label(ln: Line) -> bool:
    """A short line that may be a box's label (:func:`_label_shaped`), no turn of a dialogue."""
    return ln.kind == SHORT and not ln.turn and _label_shaped(ln)


def _drop_labels_over_stock(lines: list[Line], body: list[int], *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without a bare label (:func:`_bare_heading_over`) right under a paragraph
    whose next line went (no body line) as copy the run shows on the pages of other stories, no
    headline of the run (:attr:`Line.elsewhere`, not :attr:`Line.related`: an ad's «بیمه بدنه خودرو
    با ۳۰٪ تخفیف», set on many pages of many sites): the label is the ad's («محتوای حمایت‌شده»,
    «Ads», in whatever words, however rare on its site), no subheading of the story, which leads
    into the story's next paragraph and shares its words, not stock copy; a story's own subheading
    over a headline no other page of the run holds stays (:func:`_drop_foreign_lines`)."""
    kept = set(body)
    drop = []
    story: set[str] | None = None
    for k in range(1, len(body)):
        i = body[k]
        j = i + 1
        if j >= len(lines) or j in kept or not (lines[j].elsewhere or lines[j].stock) or lines[j].related \
                or lines[body[k - 1]].kind != PARA or lines[i].kind != SHORT \
                or not _bare_heading_over(lines[i], lines[j]):
            continue
        if story is None:
            story = (words or _StoryWords(lines)).on(body).prose
        if not _content_words(lines[i].text) & story:
            drop.append(i)
    return [i for i in body if i not in drop] if drop else body


def _drop_ad_labels(lines: list[Line], body: list[int], *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without an ad's label and its copy: a bare label (:func:`_bare_heading_over`:
    «تبلیغات», «محتوای حمایت‌شده», in words no lexicon and no other page holds) that shares no
    content word with the story, right over a line of copy the run knows and no headline of the
    run: one it shows on other stories' pages (:attr:`Line.elsewhere`, still in the body: it stood
    in a run of short lines, a list, where no rule weighs a line alone), or one the site's template
    made chrome (the site's own ad, «بیمه بدنه خودرو با ۳۰٪ تخفیف»), with the story going on under it.
    :func:`_drop_labels_over_stock` takes such a label under a paragraph whose next line went as stock
    copy; this one takes it over copy still in the body, or over the template's copy. A subheading
    leads into the story's text under it and shares its words."""
    inside = set(body)
    drop: set[int] = set()
    story: set[str] | None = None
    for k in range(1, len(body) - 1):
        i = body[k]
        j = _next_shown(lines, i)
        if j is None or lines[i].kind != SHORT or lines[j].related or not _bare_heading_over(lines[i], lines[j]):
            continue
        copy = lines[j]
        if j in inside:
            if not copy.elsewhere or copy.kind != SHORT or not _headline_shaped(copy):
                continue
        elif not (copy.kind == CHROME and copy.learned and copy.recurs) or _next_shown(lines, j) != body[k + 1] \
                or lines[body[k + 1]].kind != PARA:
            continue
        if story is None:
            story = (words or _StoryWords(lines)).on(body).prose
        # (the template's copy is chrome whatever its words: an insurer's ad on an insurance news site)
        mine = _content_words(copy.text)
        if not _content_words(lines[i].text) & story \
                and (j not in inside or not mine & story or _foreign(mine, story, share=ELSEWHERE_SHARE)):
            drop.add(i)
            drop.add(j)
    return [i for i in body if i not in drop] if drop else body


#: a subheading too short to weigh against the story's words has at most this many words
#: («پیشینه ماجرا», «واکنش‌ها»): a headline of another story is longer
MAX_BARE_HEADING_WORDS = 3


def _bare_heading_over(head: Line, link: Line) -> bool:
    """Whether a short line too short for :func:`_foreign` to weigh (a subheading in words the
    story does not use: «نکات کلیدی») pairs with a longer line about another story between two
    paragraphs (over it or under it): the heading leads into the story's next paragraph, and the
    headline beside it (a related link with no label, «قایق‌رانان بندر گناوه جام ساحلی را بردند»)
    is no part of it. A couplet's two halves are alike in length; a heading is a fraction of a headline."""
    return (head.words <= MAX_BARE_HEADING_WORDS and not head.turn
            and head.text.rstrip(_MARKS)[-1:] not in _SENTENCE_MARKS and link.words > 2 * head.words)


#: a link of a box is a headline: this many words at least (an ad's «تبلیغات» or a button is none)
MIN_LINK_WORDS = 3
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _item_marker(text: str) -> str:
    """The marks a list item opens with before its first letter («• », «- », «▪»), '' for none."""
    m = _LETTER_OR_DIGIT.search(text)
    return "".join(text[: m.start() if m else len(text)].split())


def _drop_link_box_heads(lines: list[Line], body: list[int], *, words: _StoryWords | None = None) -> list[int]:
    """The story's lines without the heading of a box of links set between its paragraphs, whatever
    its words («آنچه باید بدانید», «در یک نگاه» over two related headlines): a short line (no
    sentence, :func:`_box_line`) that shares no content word with the story, right under one of its
    paragraphs, over lines that are other documents of the run (:attr:`Line.related`, a line the
    run shows on other stories' pages: :attr:`Line.elsewhere`, or one the template made chrome as a
    related list's item) up to the story's next line. An item of the same list (the same
    mark opening it) that the run does not know goes with them. A subheading leads into the text
    under it and shares its words; one over an ad's line («تبلیغات», no headline) stays."""
    inside = set(body)
    story: set[str] | None = None
    drop: set[int] = set()
    for k in range(1, len(body) - 1):
        h = body[k]
        head = lines[h]
        if head.kind != SHORT or head.turn or not _box_line(head) or lines[body[k - 1]].kind != PARA:
            continue
        items, links = [], []
        nxt = None
        for j in range(h + 1, len(lines)):
            ln = lines[j]
            if ln.kind == BLANK:
                continue
            if j in inside and (ln.kind == PARA or not _item_marker(ln.text)):
                nxt = j  # (the story goes on: a paragraph, or a short line that is no list's item)
                break
            items.append(j)
            if j not in inside and ln.words >= MIN_LINK_WORDS and \
                    (ln.related or ln.elsewhere or (ln.kind == CHROME and ln.learned)):
                links.append(j)
        if nxt is None or not links or not any(lines[j].related or lines[j].elsewhere for j in links) \
                and len({_item_marker(lines[j].text) for j in items} - {""}) != 1:
            continue  # (no known other story under it, nor a list of items sharing its mark)
        marks = {_item_marker(lines[j].text) for j in links} - {""}
        rest = [j for j in items if j not in links]
        if any(j not in inside or lines[j].kind != SHORT or _item_marker(lines[j].text) not in marks
               for j in rest):
            continue  # (a line under the heading that is neither a link nor an item of the links' list)
        if story is None:
            story = (words or _StoryWords(lines)).on(body).prose
        if _content_words(head.text) & story:
            continue  # (a subheading: it speaks of the story)
        drop.add(h)
        drop.update(rest)
    return [i for i in body if i not in drop] if drop else body


def _in_chrome_box(lines: list[Line], i: int) -> bool:
    """Whether a short line stands between two chrome lines: an item of a box of chrome (a
    product's name between «محصول پیشنهادی» and its price, a name between a widget's heading
    and its link), not a subheading, which leads into the text under it."""
    before, after = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
    return (before is not None and after is not None and before.kind == CHROME and after.kind == CHROME
            and lines[i].words <= 12 and not lines[i].turn)  # (a question between a transcript's time marks)


#: a box set between a story's paragraphs shows at most this many lines under its heading
MAX_BOX_LINES = 3
#: ... and a box the site's pages show (a «most read» list), at most this many headlines
MAX_SITE_BOX_LINES = 6


def _under_box(lines: list[Line], i: int, most: int = MAX_BOX_LINES) -> Line | None:
    """The first line under the box headed at ``i`` past its own lines (up to ``most`` lines that
    are no paragraph nor a heading: an ad's text, its link)."""
    j = _next_shown(lines, i)
    for _ in range(most):
        if j is None or lines[j].kind in (PARA, END):
            break
        j = _next_shown(lines, j)
    return None if j is None else lines[j]


#: the story's prose under a tail heading set into it has this many characters at least (:func:`_mid_story`)
MIN_MID_AFTER_CHARS = 500
#: the prose under a tail heading that continues the story above it has this many content words,
#: more than :data:`FOREIGN_SHARE` of them the story's (:func:`_mid_story`)
MIN_GOES_ON_WORDS = 6


def _mid_story(lines: list[Line], b: int, i: int, n: int) -> bool:
    """Whether a short tail heading at ``i`` («تبلیغات», a share line) stands inside the story: twice
    as much of the story's prose follows it, before any other tail heading, as precedes it. A
    story is not cut after its first paragraph by an ad box between its paragraphs. A longer tail
    line right over such a heading (the box's tags «برچسب‌ها: a، b، c» over its «مطالب مرتبط») is
    the same box's: the heading tells whether the box is set into the story."""
    if lines[i].words > 3:
        j = _next_shown(lines, i)
        return j is not None and lines[j].kind == END and lines[j].words <= 3 and _mid_story(lines, b, j, n)
    nxt = next((j for j in range(i + 1, n) if lines[j].kind == END), n)
    before, after = prose_chars(lines, b, i), prose_chars(lines, i + 1, nxt)
    if after >= MIN_MID_AFTER_CHARS and after >= 2 * before:
        return True
    # (or the story's text goes on right under it: the next line is a paragraph about the story
    # above, not a name, a date or a headline of a tail's box; a comment opens with its author)
    under = _neighbour(lines, i, 1)
    # (an ad's line or two under the heading, and more of the story's prose under them than over
    # them: the story goes on, its words told with half the share a story's own words need)
    boxed = False
    if lines[i].between:  # (the box's own short lines come first: an ad's text, its link)
        under = _under_box(lines, i)
    elif lines[i].recurs:  # (a box the site shows, its headlines first: «پربازدیدترین‌ها» over its links)
        under = _under_box(lines, i, MAX_SITE_BOX_LINES)
    elif under is not None and under.kind != PARA:
        # (or a box of other stories' headlines, its links under the heading, and the story's text
        # under them: the box's shape tells it, one page alone, whatever the heading's words)
        under = _under_links(lines, i)
        if under is None and nxt < n and (lines[nxt].recurs or lines[nxt].learned):
            under = _under_box(lines, i)  # (or an ad's line or two, the story going on to the site's marker)
        elif under is None and after >= MIN_MID_AFTER_CHARS and after >= before \
                and not readers_posts(lines, _next_shown(lines, i) or i):
            under, boxed = _under_box(lines, i), True
    if under is None or under.kind != PARA or under.words < 8:
        return False
    if nxt < n and (lines[nxt].recurs or lines[nxt].learned):
        # (or the story's text goes on under it up to the site's own end marker, the tail heading the
        # run shows under the stories of the site («/د», «پایان پیام»); a heading the run does not
        # know, or a box of the site that the run does not take for its tail, is set into this
        # story: the story ends at the site's marker)
        return True
    told = _content_words(" ".join(ln.text for ln in lines[b:i] if ln.kind == PARA))
    goes_on = _content_words(" ".join(ln.text for ln in lines[i + 1:nxt] if ln.kind == PARA))
    # (a box the site sets between its paragraphs is inside the story whenever the story's text goes
    # on under it: what goes on need share only half as much of the story's words)
    share = FOREIGN_SHARE / 2 if lines[i].between or boxed else FOREIGN_SHARE
    return len(goes_on) >= MIN_GOES_ON_WORDS and not _foreign(goes_on, told, share=share)


#: a box of links set into the story has at least this many headline-shaped lines under its heading
MIN_BOX_LINKS = 2


def _under_links(lines: list[Line], i: int) -> Line | None:
    """The first line under the links of the box headed at ``i`` (:data:`MIN_BOX_LINKS` to
    :data:`MAX_BOX_LINES` headline-shaped lines: other stories' titles), or None when the lines
    under the heading are not such a box."""
    j, links = _next_shown(lines, i), 0
    while j is not None and links <= MAX_BOX_LINES and lines[j].kind != PARA:
        if not _headline_shaped(lines[j]):
            return None
        links += 1
        j = _next_shown(lines, j)
    return lines[j] if j is not None and MIN_BOX_LINKS <= links <= MAX_BOX_LINES else None


#: a run of this many non-body lines (credits, share buttons, a rating: blank lines aside) between
#: prose is a break between the page's sections
SECTION_BREAK = 6


def _section_after(lines: list[Line], b: int, start: int, i: int, n: int) -> bool:
    """Whether the prose after a section break (from ``i`` up to the next tail heading) is another
    section of the page, not the rest of the story: less than half as much as the story above
    the break (an author's note, comments under credits and share buttons). A gallery or an ad
    box within the story is followed by more of it."""
    nxt = next((j for j in range(i, n) if lines[j].kind == END), n)
    if is_gallery(lines, start, i) and _goes_on_story(lines, b, start, i, nxt):
        return False  # (a gallery set into the story: its slides counted «۱ از ۱۰», «۲ از ۱۰», …)
    # (readers' posts: a thread's page is posts alike from its first on)
    if _posts_only(lines, i, nxt) and not posts_alike(lines, b):
        return True
    if _site_boxes(lines, start, i) and _goes_on_story(lines, b, start, i, nxt):
        return False  # (the site's boxes set into the story, its links and widgets: the story goes on under them)
    # (cards above the break too: a listing page, whose cards the listing test counts)
    if _cards_only(lines, i, nxt) and not _cards_only(lines, b, start):
        return True
    return 2 * prose_chars(lines, i, nxt) < prose_chars(lines, b, start)


def _site_boxes(lines: list[Line], lo: int, hi: int) -> bool:
    """Whether the lines ``lo:hi`` (a run of non-body lines) are the site's boxes only: each a line
    the run knows, the site's template's (:attr:`Line.recurs`) or another story's headline
    (:attr:`Line.related`) or a row of a table boxed as the site's (:attr:`Line.boxed`), none an end
    heading."""
    shown = [ln for ln in lines[lo:hi] if ln.kind != BLANK]
    return bool(shown) and all((ln.recurs or ln.related or ln.boxed) and ln.kind != END for ln in shown)


#: the most lines a gallery set into a story shows (its heading, counters and captions)
MAX_GALLERY_LINES = 80


def _gallery_within(lines: list[Line], b: int, i: int, n: int) -> int:
    """Where the story goes on under a gallery that opens at line ``i`` (the story told from ``b``):
    the first prose line under the gallery's lines, when they are a gallery (:func:`is_gallery`) and
    that prose goes on the story (:func:`_goes_on_story`); else 0. The run's template may take a
    gallery's lines, which stand under the story on most of the site's pages, for its tail's."""
    j = next((k for k in range(i, min(n, i + MAX_GALLERY_LINES)) if lines[k].kind == PARA), None)
    if j is None or not is_gallery(lines, i, j):
        return 0
    nxt = next((k for k in range(j, n) if lines[k].kind == END), n)
    return j if _goes_on_story(lines, b, i, j, nxt) else 0


def _goes_on_story(lines: list[Line], b: int, start: int, i: int, nxt: int) -> bool:
    """Whether the prose from ``i`` up to the next tail heading ``nxt`` goes on the story told from
    ``b`` to ``start``: :data:`MIN_GOES_ON_WORDS` content words at least, not foreign to the story's
    (at half :data:`FOREIGN_SHARE`, as under a box the site sets between a story's paragraphs)."""
    told = _content_words(" ".join(ln.text for ln in lines[b:start] if ln.kind == PARA))
    goes_on = _content_words(" ".join(ln.text for ln in lines[i:nxt] if ln.kind == PARA))
    return len(goes_on) >= MIN_GOES_ON_WORDS and not _foreign(goes_on, told, share=FOREIGN_SHARE / 2)


def _posts_only(lines: list[Line], lo: int, hi: int) -> bool:
    """Whether the prose of lines ``lo:hi`` is posts only, one or more: each paragraph the text under
    a head of its own (:func:`heads_text`: a name right over a date right over it), as a reader's
    comment under the site's tail is («علی از تهران» / «۱۳۹۹-۱۲-۰۷» / its text, then «پاسخ»). The
    rest of a story after a gallery or an ad box goes on in paragraphs under no name and date."""
    posts = 0
    for k in range(lo, hi):
        if lines[k].kind != PARA:
            continue
        j = _prev_shown(lines, k)
        h = _prev_shown(lines, j) if j is not None else None
        if h is None or not heads_text(lines, h):
            return False
        posts += 1
    return posts >= 1


def _cards_only(lines: list[Line], lo: int, hi: int) -> bool:
    """Whether the prose of lines ``lo:hi`` is teasers of cards only, two or more: each paragraph
    one sentence of up to :data:`.template.MAX_CARD_TEASER_WORDS` words right under a headline
    (a short line of 3-20 words, or one the template made chrome: another story's headline), as
    a related list («شاید برایتان جالب باشد», then headline, teaser, date again and again) is.
    The rest of a story after a gallery or an ad box has paragraphs after paragraphs, or longer
    ones under its subheadings. (A listing page is cards above such a break too.)"""
    cards = 0
    prev = _neighbour(lines, lo, -1)  # (the headline of a first card at ``lo``)
    for ln in lines[lo:hi]:
        if ln.kind == BLANK:
            continue
        if ln.kind == PARA:
            if not (prev is not None and prev.kind in (SHORT, CHROME) and 3 <= prev.words <= 20
                    and ln.words <= MAX_CARD_TEASER_WORDS and teaser_sentence(ln.text)):
                return False
            cards += 1
        prev = ln
    return cards >= 2


#: a source line under the story has at most this many words («برگرفته از پایگاه اطلاع‌رسانی وزارت X»)
MAX_SOURCE_LINE_WORDS = 6
#: ... and no field or signature: a column's writer and paper «آرمن ساروخانیان - ایران ورزشی», an
#: interviewer «مصاحبه از: X» close the story as it was published (odev opinion_site 004, fdev 254)
_SIGNED = re.compile(r"[:：]| [-–—] ")


def _over_site_tail(lines: list[Line], body: list[int], j: int) -> bool:
    """Whether ``body[j]``, the body's last line, is one short line alone between the story's last
    paragraph and the site's tail (the next line one the site's template knows, a byline, a note, a
    tail heading): a source or a credit in words no lexicon has («<label> از Varzesh3», «<label> از
    <a ministry's site>»), :data:`MAX_SOURCE_LINE_WORDS` words at most, no sentence, no field or
    signature (:data:`_SIGNED`). A story closes with its prose; a list it closes with is announced
    (:func:`_announces`) and has more lines."""
    ln = lines[body[j]]
    if j != len(body) - 1 or j == 0 or lines[body[j - 1]].kind != PARA or ln.kind != SHORT or ln.turn \
            or not 2 <= ln.words <= MAX_SOURCE_LINE_WORDS or ln.text.rstrip(_MARKS)[-1:] in _SENTENCE_MARKS \
            or _SIGNED.search(ln.text) or _announces(lines, body, j):
        return False
    nxt = next((x for x in lines[body[j] + 1:] if x.kind != BLANK), None)
    return nxt is not None and nxt.kind in NOT_BODY and (nxt.recurs or nxt.learned)


#: the labels of a pair of links to the previous and next stories have this many words
LINK_PAIR_LABEL_WORDS = (2, 3)
_PAIR_COLON = re.compile(r"[:：]")


def _pair_label(text: str) -> tuple[list[str], str] | None:
    """(the label's words, the value) of a line «<label>: <headline>» that may be one of a pair of
    links (:func:`_link_pair`): a label of :data:`LINK_PAIR_LABEL_WORDS` words, no digit in it, and
    a headline of three words or more that ends no sentence; None for any other line."""
    m = _PAIR_COLON.search(text)
    if m is None:
        return None
    label, value = text[:m.start()].split(), text[m.end():].strip()
    if not LINK_PAIR_LABEL_WORDS[0] <= len(label) <= LINK_PAIR_LABEL_WORDS[1] or _DIGIT.search(text[:m.start()]) \
            or len(value.split()) < 3 or value.rstrip(_MARKS)[-1:] in _SENTENCE_MARKS:
        return None
    return label, value


def _link_pair(lines: list[Line], body: list[int], j: int, story: set[str],
               weight: Callable[[str], float] | None = None) -> bool:
    """Whether ``body[j]`` and the line under it, right under the story's last paragraph, are the
    links to the site's previous and next stories: two lines «<label>: <headline>» (:func:`_pair_label`)
    whose labels open with the same word and differ after it («مطلب قبلی» / «مطلب بعدی», in
    whatever words the site writes: --scramble renames both), a headline about something else than
    the ``story`` (:func:`_foreign`) among them, and no third line so labelled under them. A story's own
    labelled lines under its prose come in a list of more («دستمزد هفتگی: …», «دستمزد روزانه: …»),
    hold numbers in their labels («وزن ۶۰ کیلوگرم: …»), name its teams («ترکیب رئال: …» over
    «ترکیب بارسا: …», whose players the story names) or follow a paragraph that announces them.

    >>> ls = [classify(t) for t in ("مرادی بعد از مصدومیت به بیمارستانی در مسقط منتقل شد و قرار است عمل شود.",
    ...                             "مطلب قبلی: سرمربی تیم ملی همچنان در حال محک زدن",
    ...                             "مطلب بعدی: چاق شدن مهاجم عربستان در اسپانیا")]
    >>> _link_pair(ls, [0, 1, 2], 1, _content_words(ls[0].text))
    True
    """
    if j == 0 or j + 1 >= len(body) or lines[body[j - 1]].kind != PARA or _announces(lines, body, j):
        return False
    a, b = (_pair_label(lines[body[k]].text) for k in (j, j + 1))
    if a is None or b is None or len(a[0]) != len(b[0]) or a[0][0] != b[0][0] or a[0] == b[0]:
        return False
    if j + 2 < len(body) and (c := _pair_label(lines[body[j + 2]].text)) is not None and c[0][0] == a[0][0]:
        return False
    # (one of the two at least: the stories before and after this one in the site's stream are
    # often of its section, and one may share the story's «تیم ملی»)
    return any(_foreign(_content_words(v), story, weight) for _label, v in (a, b))


def _drop_stock_closers(lines: list[Line], body: list[int]) -> list[int]:
    """The body without the prose lines closing it under the site's tail that the run shows on the
    pages of other stories too (:attr:`Line.elsewhere`: a copyright, a comment box's note, in words
    no lexicon has): each under a tail heading (an END line) that stands between it and the story's
    prose above it. The story's own last paragraph stands above the tail, or is written for it alone.

    >>> ls = [classify(t) for t in ("جمله اول خبر این است که کار تمام شد و همه رفتند.", "اخبار مرتبط",
    ...                             "ما هر روز ساعت هشت صبح با شما هستیم و منتظر نامه‌های شما هستیم.")]
    >>> ls[1].kind, ls[2].kind
    ('end', 'para')
    >>> ls[2].elsewhere = True
    >>> _drop_stock_closers(ls, [0, 2])
    [0]
    """
    k = len(body)
    while k > 1 and lines[body[k - 1]].kind == PARA and lines[body[k - 1]].elsewhere:
        above = next((j for j in range(k - 2, -1, -1) if lines[body[j]].kind == PARA), None)
        if above is None or not any(ln.kind == END for ln in lines[body[above] + 1: body[k - 1]]):
            break
        k -= 1
    return body[:k] if k < len(body) else body


#: a run of non-prose lines this long under the story's prose, with the site's lines in it
#: (:data:`TAIL_RUN_SITE_LINES`), may be the page's tail: the story may not go on under it. A box a
#: site sets between a story's paragraphs (its label, a link or two, an ad, a gallery's heading,
#: counter and button) is shorter
TAIL_RUN_MIN_LINES = 7
TAIL_RUN_SITE_LINES = 2
#: the prose under such a run is a tail's notes when no paragraph of it has this many words and all
#: of it is at most this share of the story's prose above the run
TAIL_NOTE_MAX_WORDS = 20
TAIL_NOTE_SHARE = 0.5


def _answered_turn(lines: list[Line], body: list[int], j: int) -> bool:
    """Whether body line ``j`` is a turn of the page's dialogue (a speaker's question:
    :func:`.dialogue.dialogue_turns`) that the next body line, no turn, answers: an interview's
    question and answer are the story's however short their lines, though a related link the site
    sets between its paragraphs stands over them («مرتبط: <another story>», then «سؤال: …؟» over «پاسخ:
    <a list of results>», no sentence's end): the tail's cut under the last paragraph stops at the
    answer (the line right under the question; what stands under the page's last answer is asked as
    before).

    >>> from .lines import classify
    >>> ls = [classify(t) for t in ("سؤال: نتیجه بازی‌های دیگر چه شد؟", "پاسخ: استقلال ۲ پرسپولیس ۱")]
    >>> ls[0].turn = True
    >>> _answered_turn(ls, [0, 1], 0), _answered_turn(ls, [0, 1], 1)
    (True, False)
    """
    return lines[body[j]].turn and j + 1 < len(body) and not lines[body[j + 1]].turn


def _past_site_tail(lines: list[Line], body: list[int],
                    weight: Callable[[str], float] | None = None) -> int | None:
    """Where the story ends in ``body`` when the page's tail runs on under it with a few short
    sentences of its own: the position of the first body line under the story's paragraph ``p``
    when a run of at least :data:`TAIL_RUN_MIN_LINES` lines without prose follows ``p``,
    :data:`TAIL_RUN_SITE_LINES` of them lines no story shows (a credit, a link, a date, a menu's
    row, a counter), and the prose below it is short sentences (under
    :data:`TAIL_NOTE_MAX_WORDS` words each, at most :data:`TAIL_NOTE_SHARE` of the prose above)
    in words foreign to the story above (:func:`_foreign`, ``weight`` as there: a box the site sets
    into its stories, a timetable, a gallery, has the story's own last lines under it). A page read alone
    has no template to tell its tail: its mass tells where the story stops (a comment box's rules,
    a poll's question, a copyright under tags and related headlines are short sentences too).
    Only on a page of which the run's template took no line (:attr:`Line.learned`): where the
    run knows the page's site, its template tells the tail, and a story's short closing under a
    box of the site's stays the story's.
    A paragraph announcing a list, or a dialogue's turns below, keep it all.

    >>> t = ["این جمله اول خبر است که درباره یک رویداد مهم در شهر تهران نوشته شده و ادامه دارد.",
    ...      "منبع: خبرگزاری نمونه", "لینک کوتاه: https://x.ir/a", "برچسب", "نام", "فهرست", "دیگر",
    ...      "نظر شما در این باره چیست؟", "دیدگاه‌ها | ۲ روز پیش", "نوشته‌های کوتاه شما بعدا اینجا خواهد آمد."]
    >>> ls = [classify(x) for x in t]
    >>> body = [i for i, ln in enumerate(ls) if ln.kind not in NOT_BODY]
    >>> [ls[i].kind for i in body], _past_site_tail(ls, body)
    (['para', 'short', 'short', 'short', 'para'], 1)
    >>> ls[-1] = classify("نوشته‌های کوتاه شما بعدا اینجا خواهد آمد و ما همه آنها را با دقت و حوصله "
    ...                   "می‌خوانیم و به هر کدام که پرسشی داشته باشد پاسخ خواهیم داد.")
    >>> ls[-1].kind, _past_site_tail(ls, body)
    ('para', None)
    """
    paras = [j for j, i in enumerate(body) if lines[i].kind == PARA]
    if len(paras) < 2 or any(ln.learned for ln in lines):
        return None  # (the run's template took lines of the page: its site's tail is the template's to tell)
    before = 0
    for n, j in enumerate(paras[:-1]):
        before += lines[body[j]].words
        if _announces(lines, body, j + 1):
            continue  # (it announces what follows)
        below = [lines[body[k]] for k in paras[n + 1:]]
        if any(ln.words >= TAIL_NOTE_MAX_WORDS for ln in below) \
                or sum(ln.words for ln in below) > TAIL_NOTE_SHARE * before:
            continue
        run = [ln for ln in lines[body[j] + 1: body[paras[n + 1]]] if ln.kind != BLANK]
        if len(run) < TAIL_RUN_MIN_LINES \
                or sum(ln.kind in NOT_BODY for ln in run) < TAIL_RUN_SITE_LINES:
            continue
        above = _content_words(" ".join(lines[body[k]].text for k in paras[:n + 1]))
        if not _foreign(_content_words(" ".join(ln.text for ln in below)), above, weight):
            continue  # (the story's words: its own last lines, under a box set into it)
        if any(ln.turn for ln in lines[body[j] + 1:]):
            return None  # (a dialogue's turns below: the story's)
        return j + 1
    return None


#: the site's name atop its page stands among the page's first this many lines (blank lines aside):
#: under a login row or a date, over its menu
NAME_ATOP_LINES = 3
#: a line atop the page that is a name has at most this many words
MAX_NAME_WORDS = 4
#: a line closing the story that the site signs with its name has at most this many words (a note
#: «<name> در قبال … مسئولیتی ندارد.», a credit «<label>: <team> <name>»)
MAX_SIGNED_WORDS = 20
#: what a name atop the page is not: a row of items (a menu, a login row), a date, a field
_NOT_A_NAME = re.compile(r"[|•»›«/:،,\d]| [-–—] ")


def _names_atop(lines: list[Line]) -> list[str]:
    """The keys of the lines atop the page that read as the site's name: among its first
    :data:`NAME_ATOP_LINES` lines, a short line (:data:`MAX_NAME_WORDS` words at most) that is no row
    of items, date or field (:data:`_NOT_A_NAME`); a page saved whole opens with its masthead."""
    shown = [ln for ln in lines[:NAME_ATOP_LINES * 4] if ln.kind != BLANK][:NAME_ATOP_LINES]
    return [ln.key for ln in shown if ln.kind != PARA and 1 <= ln.words <= MAX_NAME_WORDS
            and len(ln.key) >= 4 and not _NOT_A_NAME.search(ln.text)]


def _signed_by_site(ln: Line, names: list[str], story: set[str],
                    weight: Callable[[str], float] | None = None, *, apart: bool = True) -> bool:
    """Whether a line under the story is the site's own, signed with its name atop the page
    (``names``: :func:`_names_atop`): a sentence that opens with the name, the site speaking of
    itself (a disclaimer «<name> در قبال محتوای نقل‌قول‌ها مسئولیتی ندارد.», a call «<name> را در
    شبکه‌های اجتماعی دنبال کنید.»), in words foreign to the ``story`` (:func:`_foreign`) and set
    ``apart`` from its prose (a credit, an end marker between them): a story's own last sentence
    that names the site (a condolence «<name> این مصیبت را … تسلیت می‌گوید.») goes on from its
    paragraphs; or a credit that ends with the name after a label («<label>: <team> <name>», no
    sentence). A story's paragraphs credit the site in a dateline («به گزارش <name>، …»).

    >>> names = [line_key("سکوی قهرمانی")]
    >>> story = _content_words("تیم ملی تکواندو در مسابقات قهرمانی آسیا سه مدال طلا گرفت و به کشور بازگشت.")
    >>> [_signed_by_site(classify(t), names, story) for t in (
    ...     "سکوی قهرمانی در قبال محتوای نقل‌قول‌ها مسئولیتی ندارد.", "ویراستار: تحریریه سکوی قهرمانی",
    ...     "سکوی قهرمانی به تیم ملی تکواندو برای سه مدال طلا در آسیا تبریک می‌گوید.",
    ...     "به گزارش سکوی قهرمانی، تیم ملی دیروز بازگشت.")]
    [True, True, False, False]
    >>> _signed_by_site(classify("سکوی قهرمانی در قبال محتوای نقل‌قول‌ها مسئولیتی ندارد."), names, story, apart=False)
    False
    """
    if not names or ln.words > MAX_SIGNED_WORDS or ln.turn:
        return False
    text = ln.text.strip(_MARKS)
    for name in names:
        if apart and ln.key.startswith(name) and len(ln.key) > len(name):
            # (the name as the sentence's first words, no label «<name>: …» of a summary or a speaker)
            opening = next((k for k in range(1, MAX_NAME_WORDS + 1)
                            if line_key(" ".join(text.split()[:k])) == name), None)
            if opening is None or text.split()[opening - 1][-1:] in ":：" \
                    or text[-1:] not in _SENTENCE_MARKS or not _single_sentence(text):
                continue
            rest = " ".join(text.split()[opening:])
            if _foreign(_content_words(rest), story, weight):
                return True
        elif ln.key.endswith(name) and len(ln.key) > len(name) and _opening_label(text + " . . .") is not None \
                and text[-1:] not in _SENTENCE_MARKS:
            return True
    return False


def _drop_site_signed(lines: list[Line], body: list[int], weight: Callable[[str], float] | None = None,
                      *, words: _StoryWords | None = None) -> list[int]:
    """The body without what closes it under the story's prose that the site signs with its name
    atop the page (:func:`_signed_by_site`), and what stands under that (its tail's: a writer's
    name, a share row, a disclaimer): a line on no other page of the run, so in words no template
    and no lexicon knows, which the page alone tells. Never the story's first paragraph, and only
    where no paragraph of the story follows it (each paragraph under it foreign to the story above,
    :func:`_foreign`); a sentence only under a line that is no paragraph of the story (its credit,
    an end marker)."""
    names = _names_atop(lines)
    paras = [j for j, i in enumerate(body) if lines[i].kind == PARA]
    if not names or len(paras) < 2:
        return body
    for j in range(paras[0] + 1, len(body)):
        key = lines[body[j]].key
        if not any(len(key) > len(n) and (key.startswith(n) or key.endswith(n)) for n in names):
            continue
        story = (words or _StoryWords(lines)).on(body[:j]).prose
        above = _prev_shown(lines, body[j])
        if not _signed_by_site(lines[body[j]], names, story, weight,
                               apart=above is not None and lines[above].kind != PARA):
            continue
        if all(_foreign(_content_words(lines[i].text), story, weight) for i in body[j + 1:] if lines[i].kind == PARA):
            return body[:j]
    return body


def _announces(lines: list[Line], body: list[int], j: int) -> bool:
    """Whether the last prose line before ``body[j]`` ends with a colon (it announces a list)."""
    for i in reversed(body[:j]):
        if lines[i].kind == PARA:
            return lines[i].text.rstrip(_MARKS)[-1:] in ":："
    return False


def _list_goes_on(lines: list[Line], body: list[int], j: int) -> bool:
    """Whether ``body[j]``, a short line after the story's last paragraph, goes on a list that
    paragraph announced («… بدین شرح اعلام شد:»), past lines of the site's template only (an
    infographic's or an ad's caption the run learned, inside the story on this page): those
    interrupt the list, they do not end it. So do a caption or a link's label the run has not
    learned («تصویر: …», «بخوانید: …») between items alike (:func:`_alike_items`): the list's own
    shape goes on under them."""
    if j <= 0 or not _announces(lines, body, j):
        return False
    between = [ln for ln in lines[body[j - 1] + 1: body[j]] if ln.kind != BLANK]
    if all(ln.kind == CHROME and ln.learned for ln in between):
        return True
    if not all(ln.kind in (LABEL, CHROME) for ln in between):
        return False
    item = lines[body[j]]
    near = [lines[body[k]] for k in (j - 1, j + 1) if 0 <= k < len(body) and lines[body[k]].kind == SHORT]
    return any(_alike_items(item.text, ln.text) for ln in near)


#: the marks that set a list item's fields apart («مسیر ۱: میدان - خیابان», «نام – نام (کشور)»)
_FIELD_MARKS = re.compile(r"[:\-–—|/()،]")


def _alike_items(a: str, b: str) -> bool:
    """Whether two short lines are items of one list: they open with the same word, numbers aside
    («مسیر شماره ۱: …» / «مسیر شماره ۲: …», «۹۷ کیلوگرم: …» / «۸۶ کیلوگرم: …»), or set their fields
    apart with the same marks in the same order («سایپا - هیات خراسان» / «پالایش نفت - ملی‌حفاری»)."""
    wa, wb = (_DIGIT.sub("", x).split() for x in (a, b))
    if wa and wb and wa[0] == wb[0] and _FIELD_MARKS.search(a):
        return True
    ma, mb = _FIELD_MARKS.findall(a), _FIELD_MARKS.findall(b)
    return bool(ma) and ma == mb


#: a box's label has at most this many words («بیشتر بخوانید», «گزیده همسایه»)
MAX_BOX_LABEL_WORDS = 4


def _links_label(ln: Line) -> bool:
    """Whether a line the template made chrome is a box's label, in the site's words whatever they
    are: short, no digits (a date, a clock, a count, a numbered item), no sentence, no field with
    its value (an info box's, :mod:`.boxes`), and the site
    shows it between its stories' paragraphs (:data:`CHROME`, learned) -- the headlines under it,
    up to the story's next paragraph, are the box's links («بیشتر بخوانید» in words no lexicon
    has, over two headlines the run does not hold: vdev carpet_trade under ``--scramble``) when
    they speak of another story (:func:`_foreign`: an ad's «تبلیغات» over the story's own
    subheading «تراکتور و چالش‌های پیش رو», c health_mag 203, stays), unless they open with a
    list's mark: a story's own list under a heading the site writes in its stories
    too («برنامه‌های تازه» over «۱. ساخت دو مدرسه …»)."""
    label = ln.text.rstrip(_MARKS)
    label = label[:-1].rstrip(_MARKS) if label[-1:] in ":：" else label  # («پیشنهاد ما:», a label's colon)
    return (ln.kind == CHROME and ln.learned and ln.recurs and ln.words <= MAX_BOX_LABEL_WORDS
            and not _DIGIT.search(ln.text) and label[-1:] not in TERMINAL
            and ":" not in label)  # (a field «مکان: تالار وحدت» is an info box's)


def _listed(text: str) -> bool:
    """Whether a line opens as a list's item: a mark («• », «- ») or a number («۱. », «2) »)."""
    return bool(_item_marker(text) or LIST_ITEM.match(text))


def _byline_between(lines: list[Line], i: int, j: int) -> bool:
    """Whether only header metadata (a date or reading time, credit labels; the story's section as a
    bare label among them, «تحلیل» over «زمان مطالعه: ۱۱ دقیقه») separates lines i and j."""
    between = [ln for ln in lines[i + 1:j] if ln.kind != BLANK]
    return (bool(between) and all(ln.kind in (LABEL, META, DATE) or _bare_label(ln)
                                  or ln.kind == CHROME and ln.recurs and _label_shaped(ln) for ln in between)
            and any(ln.kind in (META, DATE) for ln in between))


#: a summary over its headline says this many sentences at most (an agency's lead says one or two,
#: a provincial centre's «خلاصه» a few short ones)
MAX_LEAD_SENTENCES = 4


def _headline_under_lead(lines: list[Line], b: int, body: list[int]) -> int | None:
    """The headline under the story's summary, on a page that shows its summary first (a flat page
    «<lead> / <headline> / کد خبر: … | تاریخ: …»): the line right under the first prose line ``b``
    (or under a kicker there, :func:`_kicker`, or a line of the site's) when it reads as a headline
    (:func:`_headline_shaped`, a question too: the date under it says it heads the story; a line
    the site does not repeat) and the article's date or meta block stands under it (the site's
    share bar between), the first prose line is a summary's few sentences
    (:data:`MAX_LEAD_SENTENCES`, :data:`LEAD_LABELLED_MAX_CHARS`), and no headline stands above it
    (right over the first prose line, unless the last of a run of such lines, a box's list; or over
    its own date or meta block; the site's name over its menu and its "today" date are none). None
    else."""
    if len(body) < 2 or body[0] != b or (j := _next_shown(lines, b)) is None:
        return None
    if not _headline_shaped(lines[j], asking=True) and (lines[j].recurs or _kicker(lines[j])):
        j = _next_shown(lines, j)  # (the headline's kicker over it, «گزارش اکران», or the site's label)
    if j is None or not any(k > j for k in body):
        return None
    first, ln = lines[b], lines[j]
    if has_dateline(first.text) or not _ends_sentence(first.text) or len(first.text) > LEAD_LABELLED_MAX_CHARS \
            or len(INNER_SENTENCE_END.findall(first.text.rstrip(" .!?؟"))) >= MAX_LEAD_SENTENCES \
            or not _headline_shaped(ln, asking=True) or ln.recurs or (ln.seen and _kicker(ln)) or ln.site \
            or _is_byline(ln):
        return None  # (a byline under the story's first paragraph, «به قلم X» over the date, heads nothing;
        # nor does a label the site shows over other pages' bodies, a kicker's few words: a longer line
        # the site shows there too is this story's headline listed in a box of the others)
    bar = j  # (the site's share bar under the headline, over its byline and date: «🔗 کپی لینک · تلگرام»)
    while (nxt := _next_shown(lines, bar)) is not None and lines[nxt].kind == NAV and lines[nxt].recurs:
        bar = nxt
    if not (_dated(lines, bar, _HEADER_ROLES) or _over_meta_block(lines, bar)):
        return None
    above = _prev_shown(lines, b)
    if above is not None and _headline_like(lines[above]) and not _under_headline_like(lines, above):
        return None  # (a headline right above the first paragraph: the line under it is the story's;
        # not the last of a run of such lines, a box's list of other stories' headlines)
    for i in range(_reach_start(lines, b), b):
        if _headline_like(lines[i]) and (_dated(lines, i) or _over_meta_block(lines, i)):
            return None  # (a headline over its date above: the line under the first paragraph is the story's)
    return j


#: a live report's entries under their stamps («ساعت ۱۶:۴۵»), after its first paragraph: at least
MIN_STAMPED_ENTRIES = 2
#: a stamp over a live report's entry is a short line: this many words at most
MAX_STAMP_WORDS = 4
_NUMBERS = re.compile(r"\d+")


def _stamp_shape(ln: Line) -> str | None:
    """The shape of a short line with a figure that may stamp an entry of a live report (its key,
    its numbers masked: «ساعت ۱۶:۴۵», «🔴 ۰۸:۵۸ ق.ظ», «دقیقه 20»), or None for another line."""
    if ln.kind == PARA or ln.words > MAX_STAMP_WORDS or not _DIGIT.search(ln.text):
        return None
    return _NUMBERS.sub("0", ln.key)


def _entry_stamps(lines: list[Line], body: list[int]) -> tuple[str | None, str | None]:
    """The stamp shape (:func:`_stamp_shape`) every one of the story's paragraphs after the first
    stands under (:data:`MIN_STAMPED_ENTRIES` of them at least; None: no one shape over them all),
    and the shape of the line over its first paragraph."""
    paras = [i for i in body if lines[i].kind == PARA]
    if len(paras) <= MIN_STAMPED_ENTRIES or paras[0] != body[0]:
        return None, None
    over = [_prev_shown(lines, i) for i in paras]
    shapes = {None if j is None else _stamp_shape(lines[j]) for j in over[1:]}
    if len(shapes) != 1 or None in shapes:
        return None, None
    return shapes.pop(), None if over[0] is None else _stamp_shape(lines[over[0]])


def _over_stamped_entries(stamps: tuple[str | None, str | None]) -> bool:
    """Whether the story's paragraphs after the first each stand under a stamp of one shape (a live
    report's time rows: ``stamps``, the page's :func:`_entry_stamps`, found once for this and
    :func:`_stamped_entry`) and its first does not: the first stands apart from the report's
    entries, its summary.

    >>> ls = [classify(t) for t in ("سرمربی تیم ملی گفت که تیمش بازی هجومی را به نمایش می‌گذارد.",
    ...       "ساعت ۱۱:۳۴", "آرژانتین که صعودش را به دور دوم جام جهانی قطعی کرده امشب به مصاف نیجریه می‌رود.",
    ...       "ساعت ۱۱:۲۲", "تنها تمرکزم این است که بتوانیم بازی‌هایمان را در جام جهانی ادامه دهیم و ببریم.")]
    >>> _over_stamped_entries(_entry_stamps(ls, [0, 2, 4])), _over_stamped_entries(_entry_stamps(ls[1:], [1, 3]))
    (True, False)
    """
    entries, first = stamps
    return entries is not None and first != entries


def _stamped_entry(stamps: tuple[str | None, str | None]) -> bool:
    """Whether the story's first paragraph stands under the stamp each of its others stands under (a
    live report's «دقیقه ۳۲» over each of its parts; ``stamps``: the page's :func:`_entry_stamps`):
    the report's first entry, no summary.

    >>> ls = [classify(t) for t in ("دقیقه ۱۰", "سرمربی تیم ملی گفت که تیمش بازی هجومی را به نمایش می‌گذارد.",
    ...       "دقیقه ۱۷", "آرژانتین که صعودش را به دور دوم جام جهانی قطعی کرده امشب به مصاف نیجریه می‌رود.",
    ...       "دقیقه ۲۴", "تنها تمرکزم این است که بتوانیم بازی‌هایمان را در جام جهانی ادامه دهیم و ببریم.")]
    >>> _stamped_entry(_entry_stamps(ls, [1, 3, 5])), _stamped_entry(_entry_stamps(ls[1:], [0, 2, 4]))
    (True, False)
    """
    entries, first = stamps
    return entries is not None and first == entries


#: the lines of the site's template (a byline, a date) a summary over the headline's copy may stand
#: over it with (:func:`_headline_echoed_under`)
ECHO_BYLINE_LINES = 2


def _headline_echoed_under(lines: list[Line], b: int) -> bool:
    """Whether the first prose line ``b`` is the story's summary over its headline shown again: the
    line right under it repeats a headline-like line above it (the page's headline, in the header),
    and it is a summary's few sentences (:data:`MAX_LEAD_SENTENCES`, no dateline): «<headline> /
    <date> / <summary> / <headline> / <story>», a site that sets the headline again over the story
    and the summary between the header and it; a line or two of its template between the summary
    and the copy (a byline «خبرنگار X» the site sets over each story) as well. (A box's item
    repeated under the story's first paragraph is no headline of the header's.)"""
    j = _next_shown(lines, b)
    for _ in range(ECHO_BYLINE_LINES):
        if j is None or lines[j].kind == PARA or not (lines[j].recurs or lines[j].kind in (META, DATE)) \
                or lines[j].words > BOX_HEAD_WORDS:
            break
        j = _next_shown(lines, j)
    if j is None or lines[j].kind == PARA or len(lines[j].key) < HEADLINE_ECHO_CHARS:
        return False
    first = lines[b].text
    if has_dateline(first) or not _ends_sentence(first) or len(first) > LEAD_LABELLED_MAX_CHARS \
            or len(INNER_SENTENCE_END.findall(first.rstrip(" .!?؟"))) >= MAX_LEAD_SENTENCES:
        return False
    return any(lines[k].key == lines[j].key and _headline_like(lines[k]) for k in range(_reach_start(lines, b), b))


def _opens_under_echo(lines: list[Line], b: int) -> bool:
    """Whether the first prose line ``b`` stands right under the page's headline shown again: a
    headline-like line over it repeats one in the header above (:func:`_reach_start`). A site that
    sets its headline again over the story opens the story there; its summary, when a page has one,
    stands over that copy (:func:`_headline_echoed_under`), never under it: «<headline> / <date> /
    <byline> / <headline> / <the story's first paragraph>».

    >>> ls = [classify(t) for t in ("بارش برف در گردنه حیران", "۱۲ دی ۱۴۰۲", "بارش برف در گردنه حیران",
    ...       "بارش برف سنگین از صبح امروز در گردنه حیران آغاز شد و راه را بست.")]
    >>> _opens_under_echo(ls, 3), _opens_under_echo(ls[1:], 2)
    (True, False)
    """
    up = _prev_shown(lines, b)
    if up is None or not _headline_like(lines[up]) or len(lines[up].key) < HEADLINE_ECHO_CHARS:
        return False
    key = lines[up].key
    return any(lines[k].key == key and _headline_like(lines[k]) for k in range(_reach_start(lines, up), up))


def _headline_like(ln: Line) -> bool:
    """A short line of this page's that names things as a headline does (three named words at least)."""
    return ln.kind == SHORT and _named_words(ln.text) >= 3 and not (ln.recurs or ln.site or ln.tagline)


def _under_headline_like(lines: list[Line], i: int) -> bool:
    """Whether the headline-like line ``i`` is the last of a run of them (the line over it one too):
    a box's list of other stories' headlines («داغ‌ترین‌ها | آخرین‌ها»), not one story's headline."""
    up = _prev_shown(lines, i)
    return up is not None and _headline_like(lines[up])


def _header_under_lead(lines: list[Line], lead_i: int, body: list[int]) -> list[int]:
    """The body under a lead without the header's lines that stand above the story's next prose line,
    where the header's meta lines (a date, a reading time) stand between the lead and them: a page
    without a lead shows those lines above its story's first prose line, in its header, and a lead
    over the meta lines does not make them the story's («صفحه ۱ از ۳», «فهرست صفحات این گزارش» and
    the parts of a story split over pages, under «<lead> / انتشار: … / ۲۷,۶۹۹ بار خوانده شده»).
    Only short lines (:data:`BOX_HEAD_WORDS` words at most) that neither end a sentence nor announce
    what follows («…: ») go, all of them or none: a story may open with a short sentence, or with a
    line over its list or table («… به شرح زیر اعلام شد:», «شیراز - خبرگزاری فارس - نوع ارز»)."""
    if not body or not any(ln.kind in (DATE, META) for ln in lines[lead_i + 1:body[0]]):
        return body
    for k, i in enumerate(body):
        ln = lines[i]
        if ln.kind == PARA:
            return body[k:]
        if ln.words > BOX_HEAD_WORDS or _ends_sentence(ln.text) or ln.text.rstrip().endswith((":", "：")):
            return body
    return body


#: a story's block tells the page's blank lines when it has this many paragraphs at least, one right
#: under another with no blank line between (:func:`_story_block`)
STORY_BLOCK_PARAS = 3


def _story_block(lines: list[Line], body: list[int]) -> bool | None:
    """Whether the page sets its first prose line apart from the story's block (True), by its blank
    lines; None when they tell nothing. A page that writes its story's paragraphs one under another,
    no blank line between them (:data:`STORY_BLOCK_PARAS` of them), with a blank line between the
    first prose line and them, sets the first apart: its summary. Only lines right under one another
    count (a box, a caption or a photo between them is another thing). (A first prose line opening
    that block after a blank line is no sign of a story without a summary: pages write their summary
    over a dateline paragraph so too.)

    >>> p = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    >>> ls = [classify(p) for _ in range(4)]
    >>> ls[1].gap = True
    >>> _story_block(ls, [0, 1, 2, 3]), _story_block(ls[1:], [0, 1, 2])
    (True, None)
    >>> ls[2].gap = True
    >>> _story_block(ls, [0, 1, 2, 3]) is None
    True
    """
    run = body[1:1 + STORY_BLOCK_PARAS]
    if len(body) < 2 or lines[body[0]].kind != PARA or body[1] != body[0] + 1 or not lines[body[1]].gap:
        return None
    block = len(run) == STORY_BLOCK_PARAS and all(
        lines[i].kind == PARA for i in run) and all(i == j + 1 and not lines[i].gap for j, i in zip(run, run[1:]))
    return True if block else None


def _read_on_under(lines: list[Line], i: int) -> bool:
    """Whether a link that reads the story on («ادامه مطلب …», :func:`.lexicon.read_on_link`) stands
    right under line ``i``: the page shows the story's opening as its cards show it, and goes on; the line is the
    story's first paragraph, no summary over it.

    >>> ls = [classify(t) for t in ("این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود.",
    ...                             "ادامه مطلب »", "ادامه مطلب را در ادامه بخوانید ↓", "ادامه مطلب در سایت")]
    >>> _read_on_under(ls, 0), _read_on_under(ls, 1), _read_on_under(ls, 2)
    (True, True, False)
    """
    j = _next_shown(lines, i)
    return j is not None and lines[j].kind != PARA and read_on_link(lines[j].text)


def _set_apart_under_meta(lines: list[Line], body: list[int]) -> bool:
    """Whether the page sets its first prose line in the header's block and apart from its story, by
    its blank lines: the line stands right under the header's meta lines (a date, a counter, the
    toolbar; no blank line between), a blank line parts it from the story's first paragraph, and
    the story goes on under that paragraph with no blank line. The header holds the summary; a
    story without one opens after the header's blank line (on the same site).

    >>> p = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    >>> ls = [classify(t) for t in ("تاریخ انتشار: ۱۴۰۲/۰۸/۱۸ - ۱۷:۱۵", p, p, p)]
    >>> ls[2].gap = True
    >>> _set_apart_under_meta(ls, [1, 2, 3])
    True
    >>> ls[1].gap = True  # (the header's blank line over it: the story opens there)
    >>> _set_apart_under_meta(ls, [1, 2, 3])
    False
    """
    if len(body) < 2:
        return False
    i, k = body[0], body[1]
    if i < 1 or k != i + 1 or lines[i].kind != PARA or lines[i].gap or lines[i - 1].kind not in HEADER_META:
        return False
    return lines[k].kind == PARA and lines[k].gap and k + 1 < len(lines) and not lines[k + 1].gap \
        and lines[k + 1].kind != BLANK


def _single_sentence(text: str) -> bool:
    return len(INNER_SENTENCE_END.findall(text.rstrip(" .!?؟"))) == 0


# an end-of-article marker glued to the last sentence («… است. انتهای پیام/ک»)
_INLINE_END = re.compile(r"\s*(?:/?\s*انتهای\s*(?:پیام|خبر)|پایان\s*خبر)\s*/?\s*[\w\u0600-\u06FF]{0,3}\s*/?\s*$")


#: characters at the end of a line in which the end marker is looked for: the marker is short, and
#: the pattern's runs of optional spaces take cubic time over a long run of spaces elsewhere in a line
MAX_INLINE_END = 64


#: a quoted span: «…», “…”, "…"
_QUOTED_SPAN = re.compile(r"[«“\"](?P<q>[^«»“”\"]{8,300})[»”\"]")
#: a paragraph that quotes its page's headline holds this many words at most to be a reference to
#: the page (a citation, a share text), not a paragraph of the story
MAX_CITING_WORDS = 60


def cites_own_title(text: str, title: str) -> bool:
    """Whether a paragraph after the story quotes the page's own headline whole (four words or more),
    as a citation or a share text does («نحوه استناد: صادقی، زهره (۱۴۰۰). «<headline>». تهران: …»),
    not as a speaker's words («… گفت: «<headline>»»: a headline may be a quote).

    >>> t = "ونگر: جام حذفی گاهی مانع موفقیت ما شده"
    >>> cites_own_title(f"نحوه استناد: صادقی، زهره (۱۴۰۰). «{t}». تهران: راهبرد اقتصادی.", t)
    True
    >>> cites_own_title("او گفت: «جام حذفی گاهی مانع موفقیت ما شده»", "جام حذفی گاهی مانع موفقیت ما شده")
    False
    """
    if len(title.split()) < 4 or len(text.split()) > MAX_CITING_WORDS:
        return False
    key = line_key(title)
    for m in _QUOTED_SPAN.finditer(text):
        if line_key(m.group("q")) == key and text[: m.start()].rstrip()[-1:] not in ":：":
            return True
    return False


#: the word a story's filing line opens with before its section, «در <section>» (a blog's «Posted in X»)
_FILED_IN = "در"


def files_in_section(text: str, section: str) -> bool:
    """Whether a paragraph is the story's filing line and nothing else: «در» and the section the page
    names elsewhere (its chip, its trail, its field), whole, as a blog's post footer sets it under the
    story («در <a rel="category tag">مراتع</a>»). A sentence that opens so goes on past the name.

    >>> files_in_section("در مراتع", "مراتع"), files_in_section("در جنگل‌ها", "جنگل ها")
    (True, True)
    >>> files_in_section("در مراتع کشور بارندگی کم بود.", "مراتع"), files_in_section("مراتع", "مراتع")
    (False, False)
    """
    head, _, rest = text.strip().partition(" ")
    return head == _FILED_IN and bool(rest.strip()) and line_key(rest) == line_key(section)


def _strip_inline_chrome(text: str) -> str:
    """``text`` without the end-of-article marker glued to its end.

    >>> _strip_inline_chrome("وزیر دیدار کرد. انتهای پیام/ م")
    'وزیر دیدار کرد.'
    """
    text = text.strip()
    if "انتها" in text or "پایان" in text:
        start = max(0, len(text) - MAX_INLINE_END)
        m = _INLINE_END.search(fold_yeh_kaf(text[start:]))  # folding keeps offsets (one char for one)
        if m:
            text = text[: start + m.start()]
    return text.strip()


def cut_site_end(text: str, template) -> str:
    """``text`` without the site's own end marker glued to its last sentence, as the run learned it
    (:meth:`.template.PageTemplate.glued_cut`: «… شدند. پایان متن/ نخ» on three pages of the site);
    never an agency's closing credit («… است. (ایسنا)», «… است. ایرنا»)."""
    at = template.glued_cut(text) if template is not None and template.learned else None
    if at is None or agency_closer_start(text) is not None or find_agency(text[at:]):
        return text
    return text[:at].rstrip()


def _contents_headings(shown: list[str], keys: list[str], roles: list) -> None:
    """A heading the site shows inside or after the story on most of its pages (template role
    ``MID`` or ``CHROME``: an ad box's title, or a heading every story of a magazine has, «پرسش و
    پاسخ») is the story's subheading when the page's own table of contents lists it above (two
    numbered entries or more: «۱. چرا مهم است؟», «۲. پرسش و پاسخ»): its role goes (in place)."""
    if T_MID not in roles and T_CHROME not in roles:
        return
    toc: dict[str, int] = {}  # an entry's key without its number: where it stands
    for i, t in enumerate(shown):
        if len(t) <= 120 and LIST_ITEM.match(t.translate(_NO_BIDI)):
            toc.setdefault(keys[i].lstrip("0123456789"), i)
    if len(toc) < 2:
        return
    for i, r in enumerate(roles):
        if r in (T_MID, T_CHROME) and toc.get(keys[i], i) < i:
            roles[i] = None


def _alone_roles(shown: list[str], keys: list[str]) -> list:
    """The roles a page gives its own lines without a run's template: its author box
    (:func:`.boxes.author_boxes`)."""
    roles: list = [None] * len(shown)
    region = regions(shown)
    find_boxes(shown, keys, region, roles, title_candidate(shown, region, keys))
    return roles


def headline_like(text: str) -> bool:
    """Whether a line above a story could be its headline as :func:`_header` sees one: a short
    line of three words or more (a quote headline «X: …» and figures included), no date, menu,
    trail, byline or list item (for the run's record of its pages' headlines, :func:`.template.observe`).

    >>> headline_like("افجه‌ای: استقلال تقریبا بسته شده است"), headline_like("به قلم زهرا نوری")
    (True, False)
    >>> headline_like("۸۰ درصد شهر گرگان موقوفه است"), headline_like("صفحه اصلی > والیبال")
    (True, False)
    >>> headline_like("وی در این مصاحبه به نکاتی اشاره کرد که در زیر می‌خوانیم:")
    False
    """
    return _remembered_headline_like.ask(text)


def _looks_headline(text: str) -> bool:
    # (the tests of the line's shape first: classify, the dearest, only for a line that passes them)
    if len(text.split()) < 3 or LIST_ITEM.match(text) or BYLINE_START.match(text) \
            or text.rstrip(_MARKS)[-1:] in TERMINAL:  # (a sentence, a quote's introduction «… می‌خوانیم:»)
        return False
    if _DIGIT.search(text):  # a code or a counter by its shape («News ID: ۷۰۳۹۴۲۹», «۱۴۲۲۹ بار خوانده شده»)
        folded = fold(text)
        if sum(1 for w in text.split() if not _DIGIT.search(w)) < 3 or (_COUNT.search(folded) and meta_field(folded)):
            return False
    return classify(text).kind in (SHORT, PARA)


#: lines told headline-like or not, remembered (up to :data:`CLASSIFY_CACHE_CHARS`): the template
#: pass asks of a page's header lines in three places and extraction again (500 pages of the bench:
#: 4,900 asks of 1,100 lines)
HEADLINE_LIKE_CACHE = 4096
_remembered_headline_like = short_line_memo(CLASSIFY_CACHE_CHARS, HEADLINE_LIKE_CACHE)(_looks_headline)


def extract_text(raw: str, *, template=None, url: str | None = None) -> Article:
    """Structure of a flat-text page (see the module docstring).

    ``template`` (a :class:`~palayesh.extract.template.PageTemplate`, None when extraction runs
    alone) is what the run learned of the page's site; ``url`` the page's address, when known
    (its path may name the story's section: :func:`_url_section`).
    """
    # (a theme's date badge, the day, the month and the year on lines of their own: one date line)
    texts, indents = indented_lines_of(raw)
    badged = joined_badges(texts)
    # (a paragraph's first line marked by its indent alone, a printed document's text: .rejoin.wrapped_runs)
    indents_known = indents if len(badged) == len(texts) else None
    texts = badged
    # (paragraphs a flattener hard-wrapped at a column: the site's column, learned from the run; or,
    # where the run knows none for the page, the column the page alone shows, by the stricter test
    # of a page read without a run: a site's pages can fall into families by their first lines
    # that split its wrapped pages, and a page of a few wrapped ones is wrapped all the same; the
    # page's lines one under another tell it first, short ones too: .rejoin.fitted_width; a story of
    # three or four wrapped paragraphs by a prose column no line of it runs past: .rejoin.few_lines_width)
    own = fitted_width(texts)
    width = template.wrap_width(texts) if own is None and template is not None and template.learned else None
    # (or, a page whose paragraphs open indented and run on unindented, by those first lines: .rejoin.indented_width)
    width = own or width or alone_width(texts) or few_lines_width(texts) or indented_width(texts, indents_known)
    # (a newspaper column's OCR text, a scanned page's, at a narrower column: .rejoin.narrow_width;
    # its section as its lines stand printed, :func:`_printed_section`)
    printed = texts
    # (or, a short clipping whose few lines tell no column alone, the column its site's other pages
    # show: .template.PageTemplate.narrow_width)
    narrow = width is None and (width := narrow_width(texts) or (
        template.narrow_width(texts) if template is not None and template.learned else None)) is not None
    column: dict[int, int] = {}  # (the lines joined from a wrapped paragraph, 1; longer than the column, -1)
    if width is not None:
        parted = blank_parted(texts)
        runs = wrapped_runs(texts, width, indents_known, open_end=True)
        if narrow and template is not None and template.learned:
            runs = _site_lines_apart(runs, texts, template)
        # (only a page that parts no paragraphs by a blank line, a printed page's text, sets its boxes
        # apart by their columns alone; where blank lines part them, a dump's (lynx, w3m), a summary is
        # wrapped at the story's column too and its blank lines and boxes tell it: pdev's think-tank
        # briefs, a summary wrapped over the report's fields and the story under them)
        if not parted:
            column = {k: 1 if j > i else -1 for k, (i, j) in enumerate(runs) if j > i or len(texts[i]) > width}
        texts = [join_lines(texts[i: j + 1]) for i, j in runs]
    # (a printed document's page breaks, its page counters and the running header under each: the
    # story goes on under them; the header over the first page stays, the page's own)
    frame = print_frame(texts)
    if frame:
        texts = ["" if i in frame else t for i, t in enumerate(texts)]
    art = _no_agency_header(_read_texts(texts, template, url, column))
    if narrow:
        art.section = _printed_section(printed, template, url)
    return art


def _printed_section(texts: list[str], template, url: str | None) -> str | None:
    """The section of a page read at a newspaper's narrow column (a scanned page's OCR text,
    :func:`.rejoin.narrow_width`) as its lines stand printed, each alone, not joined: its paragraphs
    joined, the header over the story's headline reads the page's other columns' lines as the
    story's (an ad's line, «آموزشگاه زبان آینده ثبت‌نام می‌کند», the neighbouring story's
    headline: s70 and s71 scored the held set atheld with the joined page's section, which fell on
    a few pages each time, .9783 to .9431/.9539, however the joined read was guarded); the lines as
    printed give the section they gave before the narrow column was read."""
    frame = print_frame(texts)
    if frame:
        texts = ["" if i in frame else t for i, t in enumerate(texts)]
    return _no_agency_header(_read_texts(texts, template, url, {})).section


def _site_lines_apart(runs: list[tuple[int, int]], texts: list[str], template) -> list[tuple[int, int]]:
    """``runs`` (:func:`.rejoin.wrapped_runs` of ``texts``) with each line the site's template knows
    (a role, :meth:`.template.PageTemplate.roles`: it recurs on the site's other pages) a run of its
    own: a scanned page's ad line between two paragraphs, as long as the column by chance
    («فروش ویژه لوازم خانگی با اقساط» over the next paragraph's first line), is no piece of a
    paragraph, whose wrapped lines are written for one story."""
    shown = [k for k, t in enumerate(texts) if t]
    roles = template.roles([texts[k] for k in shown])
    apart = {k for k, role in zip(shown, roles) if role is not None}
    if not apart:
        return runs
    out: list[tuple[int, int]] = []
    for i, j in runs:
        a = i
        for k in range(i, j + 1) if j > i else ():
            if k in apart:
                out += [(a, k - 1)] if a < k else []
                out.append((k, k))
                a = k + 1
        if a <= j:
            out.append((a, j))
    return out


def _no_agency_header(art: Article) -> Article:
    """``art`` without a section that is the line naming its agency alone: a story pasted whole (into
    a mail, a forum's post) keeps its agency's header over its headline («خبرگزاری فارس»), where a
    site's own page shows its section; the agency is said, no section.

    >>> _no_agency_header(Article(section="خبرگزاری فارس", agency="فارس")).section is None
    True
    >>> _no_agency_header(Article(section="ورزشی", agency="فارس")).section
    'ورزشی'
    """
    if art.section and art.agency and agency_name_alone(art.section) == art.agency:
        art.section = None
    return art


def _read_texts(texts: list[str], template, url: str | None, column: dict[int, int]) -> Article:
    """:func:`extract_text` of a page's lines, rejoined and without its print frame."""
    cut = _fused_section(texts, template)
    if cut is not None:
        # (the page read with the name cut from its first prose line: the name is its section when
        # the header names none or names it too; a header naming another says the line's first
        # words are the story's own, and the page is read as it is)
        fused, cut_texts = cut
        res = _extract_texts(cut_texts, template, url, column)
        if res.section is None:
            res.section = acceptable(fused, title=res.title)
        if res.section is not None and line_key(res.section) == line_key(fused):
            return res
        if res.section is not None and template.run_listed(fused) and not template.run_listed(res.section):
            # (a header's kicker no page of the run lists, over a lead a listed name is fused into)
            res.section = acceptable(fused, title=res.title)
            if res.section is not None:
                return res
    return _extract_texts(texts, template, url, column)


#: the lines over a label that may name the site's own line in the slot over its headlines (a
#: menu's last item) are of its header: this many at most (:meth:`.template.PageTemplate.html_kicker`)
MAX_ABOVE_LABELS = 40


def _extract_texts(texts: list[str], template, url: str | None, column: dict[int, int] | None = None) -> Article:
    """The structure of a flat-text page of lines ``texts`` (rejoined, blank lines kept); ``column``:
    of a page wrapped at a column, the index of each line joined from its wrapped lines (1) or
    longer than the column (-1) (:attr:`.lines.Line.column`)."""
    shown = [t for t in texts if t]
    keys = [line_key(t) for t in shown]
    roles = template.roles(shown, keys) if template is not None else _alone_roles(shown, keys)
    roles = quote_intros(shown, roles)
    _contents_headings(shown, keys, roles)
    turns = dialogue_turns(shown)
    learned = template is not None and template.learned  # (asked of each line below)
    lines = []
    gap = prose_seen = False
    at = 0
    for k, t in enumerate(texts):
        if not t:
            gap = True
            continue
        gap_here, gap = gap, False
        role, key = roles[at], keys[at]
        at += 1
        if len(t) > 40 and ("انتها" in t or "پایان" in t or learned):
            cut = _strip_inline_chrome(t)
            if cut == t and template is not None:
                cut = cut_site_end(t, template)
            if cut != t:  # «… است. انتهای پیام/ک»: the sentence, then the end marker it carried
                lines.append(classify(cut, None, role))
                lines[-1].gap = gap_here
                lines.append(Line(t[len(cut):].strip(), line_key(t[len(cut):]), 2, END))
                continue
        ln = classify(t, key, role)
        if at - 1 in turns and ln.learned and ln.kind in NOT_BODY:
            # a turn of the page's dialogue whose shape the site's other pages show too (an asker's
            # «پرسش: درباره «…» بیشتر توضیح می‌دهید؟»): the story's, as the page's structure says
            ln = classify(t, key)
        ln.gap, ln.recurs, ln.related = gap_here, role is not None, role == T_TITLE
        if column:
            ln.column = column.get(k, 0)
        ln.turn = at - 1 in turns
        if ln.recurs and learned:
            ln.share = template.page_share(t)
            ln.brand = ln.words <= MAX_BRAND_WORDS and ln.share >= BRAND_SHARE
            if ln.kind in (CHROME, LABEL, META) and prose_seen and ln.share >= SLOT_LINE_SHARE:
                ln.head = template.head_share(t)
            if ln.kind != PARA and ln.share >= SLOT_SHARE and ln.words <= MAX_CREDIT_SLOT_WORDS:
                ln.agency_slot = template.agency_slot(t, MIN_SLOT_VALUE_PAGES)
                if prose_seen:
                    ln.values = template.value_after_pages(t, MIN_SLOT_VALUE_PAGES)
        if learned and ln.recurs and not prose_seen and ln.kind in (CHROME, LABEL) \
                and ":" in t[:SHAPE_LABEL_CHARS]:
            ln.listed_whole = template.listed_whole(t, key)
        if template is not None and ln.kind in (LABEL, META, SHORT):
            ln.wire = template.wire_credit(t)  # («منبع: رویترز», a name the run's slots call an agency)
        if ln.kind == END and ln.learned and template is not None:
            ln.between = template.shown_between(t)
        if learned and ln.kind != PARA and 2 <= ln.words <= BOX_HEAD_WORDS:
            ln.heads = template.headword_share(t)
            if ln.heads >= BOX_HEAD_SHARE:
                ln.head_words = template.fixed_head_words(t)
                ln.rest_declared = template.declares_section(" ".join(t.split()[ln.head_words:]))
        if template is not None and ln.kind in (SHORT, PARA) and ln.words <= 20:
            ln.elsewhere = template.elsewhere(t, key)
            if ln.elsewhere and not prose_seen and ln.kind == SHORT:
                ln.inside = template.shown_inside(t, key)
                ln.stock_title = not ln.inside and template.stock_title(t, key)
        if learned and prose_seen and ln.kind in (SHORT, LABEL) \
                and ln.words <= MAX_BOX_HEAD_WORDS:
            ln.box_pages = template.box_head_pages(t)
        elif template is not None and ln.kind == CHROME and role == T_MID and ln.words <= 20:
            ln.stock = template.elsewhere(t, key)
        if learned and prose_seen and ln.kind != PARA and ":" in t[:40] \
                and len(t) <= 200:
            ln.filing = template.filing_field(t)
        if learned and prose_seen and (tag := chip_value(t)) and t[:1] == "#":
            ln.filing_tag = template.tag_section(tag)
        if learned and ln.kind == SHORT and not prose_seen \
                and ln.words <= BYLINE_WORDS[1]:
            ln.byline = template.byline(t)
        if template is not None and ln.kind == DATE and not prose_seen:
            ln.visit = visit_day(t, template)
            ln.varying_day = not ln.visit and template.varying_day_slot(lines[-1].text if lines else "", t)
            label = date_field_label([lines[-1].text if lines else "", t], 1) if learned else None
            ln.later_field = label is not None and template.later_field(label)
            ln.field_beside = label is not None and template.field_beside(label)
        if template is not None and ln.kind == NAV and not prose_seen and not ln.recurs:
            ln.ticker = template.ticker_row(t)
        if learned and ln.kind in (SHORT, NAV) and not prose_seen \
                and TITLE_BAR.search(t):  # («<headline> | <site>» reads as a menu bar of two items)
            ln.bar_site = _bar_site(t, template)
            ln.bar_end = _bar_end(t, template)
        if template is not None and ln.words <= 24 and (ln.kind in (SHORT, DATE, META) or chip_value(t)
                                                       or ln.kind == NAV and counted_row(t)):
            ln.vocab = _line_vocab(ln, template)
            if ln.kind != SHORT and template.learned:
                ln.row_sub = tuple(f for f in _row_names(ln, max_words=HOST_SECTION_WORDS)
                                   if f not in ln.vocab and template.row_sub_section(f))
        if learned and ln.kind == SHORT and ln.words <= 6:
            ln.seen = template.known_label(t)
            ln.slot_value = ln.words <= MAX_SECTION_WORDS and template.slot_section(t)
            # (a label in a kicker slot is a section's when a page of the run lists it, or the site's
            # section slots or rows hold it; not because two sites show it above their stories, the
            # run's vocabulary: sites of one network or template share their kickers too, «پس از
            # زمین‌لرزه» over the stories of two hosts, which no menu, trail or section field lists)
            # (or, whatever lists it, the site's HTML pages show this label over the headlines of
            # stories they declare filed under other sections, and never as the section they
            # declare: :meth:`.template.PageTemplate.declared_kicker`; a kicker the site also sets
            # right under a menu set an item a line reads as the menu's last item, listed)
            ln.told = template.declared_kicker(t)
            ln.told_own = ln.told and template.declared_kicker(t, own=True)
            ln.told_under = template.declared_under_kicker(t)
            # (or the site's HTML pages show it over a few of their headlines, whatever they
            # declare, where others show no name: :meth:`.template.PageTemplate.html_kicker`; the
            # lines above name the site's own line there, a menu's last item)
            ln.html_kicker = not prose_seen and template.html_kicker(
                t, [p.text for p in lines[-MAX_ABOVE_LABELS:]])
            ln.kicker = (ln.told or template.kicker_slot() and not template.run_listed(t)) \
                and not template.host_section(t) and not template.row_slot_section(t) and not template.over_kicker(t)
            ln.tagline = bool(ln.seen) and on_every_page(t, template)
            ln.under_item = template.kicker_under_item(t)
            ln.under_others = bool(lines) and lines[-1].kind == SHORT and lines[-1].words <= 6 \
                and template.under_other_labels(lines[-1].text, t)
            ln.over_row = template.labels_row(t)
            ln.foot_apart = template.label_apart_from_foot()
            ln.fixed = bool(ln.seen) and not ln.tagline and not prose_seen and bool(lines) \
                and fixed_line(t, lines[-1].text, template)
        elif learned and ln.kind == CHROME and ln.recurs and ln.words <= 6 \
                and not prose_seen:  # (the header parser reads it, above the story only)
            ln.tagline = on_every_page(t, template)  # a button or prompt on every page («عضویت در کانال»)
        if learned and not prose_seen and 3 <= ln.words <= 25 \
                and (ln.kind in (SHORT, PARA) and headline_like(t) or ln.kind == NAV and _shown_as_headline(ln)):
            # (a kicker and a headline a bar sets apart, «اختصاصی| نان … گران می‌شود», stands at the
            # site's headline slot as its other pages' headlines do: the slot is its neighbours')
            below = shown[at] if at < len(shown) else None
            ln.slot = template.headline_slot(shown[at - 2] if at >= 2 else None,
                                             below if below is not None and not is_prose(below) else None)
            ln.own = template.headline_shape(t)
        if learned and not prose_seen and ln.kind == PARA and ln.words >= 8:
            ln.site_lead = template.labels_lead(t)
            ln.summary_site = template.gives_summaries()
            ln.site_credit = template.credits_opening(t)
        prose_seen = prose_seen or (ln.kind == PARA and ln.words >= 8)
        lines.append(ln)
    if learned:
        for a, _b in box_fields([ln.text for ln in lines], [ln.kind == PARA or is_prose(ln.text) for ln in lines]):
            lines[a].box_slot = template.box_slot_share(lines[a].text)
    weight = template.word_weight if learned else None
    story_tables(lines, weight=weight)
    story_verses(lines)
    player_labels(lines)
    search_results(lines)  # (the hits around the story a search page holds)
    reader_thread(lines)
    filed = template.filed_section(url, [ln.text for ln in lines]) if template is not None else None
    # (the value of a slot its site's lines repeat with a few values, «این خبر در بخش ǂ منتشر شد.»,
    # :meth:`.template.PageTemplate.frame_section`)
    slotted = template.frame_section([ln.text for ln in lines]) if template is not None else None
    # (None: the site's pages in the run do not tell, and the page's own words decide)
    broken = template.breaks_headlines() if template is not None else False
    art = extract_lines(lines, weight=weight, url=url, filed=filed, slotted=slotted, broken=broken)
    if art.section is None and slotted is not None:
        art.section = acceptable(slotted, title=art.title)  # (no word of the page says its section)
    if art.section is not None and _one_listing(lines, art.section, art.title, template):
        art.section = None  # (the site's one listing, a forum's name over all its posts: no section)
    return art


#: a menu set an item a line is a run of this many short lines at least that stand on every page
MENU_RUN_ITEMS = 3


def _one_listing(lines: list[Line], section: str, title: str | None, template) -> bool:
    """Whether the page's ``section`` is its site's one listing (:func:`.menusection.one_listing`),
    as the menus above the headline list their items: a bar's or a bullet line's items
    (:func:`_menu_items`), and a run of :data:`MENU_RUN_ITEMS` short lines or more that stand on every
    page of the site, one a line (a vertical menu); a heading alone on its line over every story,
    the listing's name between the trail and the headline, is no menu's item."""
    top = next((i for i, ln in enumerate(lines) if ln.key == line_key(title)), None) if title else None
    if top is None or template is None or not template.learned:
        return False
    menu = _menu_items(lines[:top], set())
    run: list[str] = []
    for ln in [*lines[:top], None]:
        if ln is not None and ln.kind == BLANK:
            continue
        if ln is not None and ln.tagline and ln.kind in (SHORT, CHROME) and 1 <= ln.words <= MENU_ITEM_WORDS:
            run.append(ln.key)
            continue
        if len(run) >= MENU_RUN_ITEMS:
            menu.update(run)
        run = []
    return one_listing(section, menu, template)


#: a line that introduces what the story quotes under it has this many words at least («وی در این باره گفت:»)
MIN_INTRO_WORDS = 3


def quote_intros(shown: list[str], roles: list) -> list:
    """``roles`` (the site's template's, of the page's lines ``shown``) without the role of a line
    the site's pages repeat that ends with a colon between two lines of prose, the one under it the
    page's own: the words that introduce what someone said («وی در این باره گفت:» over a quote),
    which a site's writers say alike on many stories, no line of its template (whose labels stand
    over links, headlines, a widget: no prose of the page's own).

    >>> story = ["مدیر تعاونی سبلان گفت کندوهای اعضا در سی روستای منطقه پراکنده‌اند و کوچ بهاره آن‌ها امسال "
    ...          "دو هفته دیرتر از همیشه آغاز شد.", "وی در این باره گفت:",
    ...          "«ما هر سال نگران سرمای بهاره هستیم، اما امسال گل‌های آویشن دامنه سبلان تقریبا یکسره از بین "
    ...          "رفت و کندوها ضعیف شدند و زنبورداران ناچار شدند آن‌ها را با شربت نگه دارند.»"]
    >>> quote_intros(story, [None, T_MID, None]), quote_intros(story, [None, T_MID, T_MID])
    ([None, None, None], [None, 'mid', 'mid'])
    """
    out = list(roles)
    for k in range(1, len(shown) - 1):
        t = shown[k]
        if roles[k] is not None and t.rstrip()[-1:] in ":：" and len(t.split()) >= MIN_INTRO_WORDS \
                and is_prose(shown[k - 1]) and is_prose(shown[k + 1]) and roles[k + 1] is None:
            out[k] = None
    return out


def _fused_section(texts: list[str], template) -> tuple[str, list[str]] | None:
    """The section name the site fuses into the page's first prose line, a space between them
    («زلزله پرسپولیس با پیروزی در مقابل گل گهر …»: :meth:`.template.PageTemplate.fused_label`),
    and the page's lines with it cut from that line, which keeps the story's own words; None when
    there is none."""
    if template is None or not template.learned:
        return None
    first = next((i for i, t in enumerate(texts) if t and is_prose(t)), None)
    if first is None:
        return None
    cut = template.fused_label(texts[first])
    if cut is None:
        return None
    return cut[0], [*texts[:first], cut[1], *texts[first + 1:]]


#: a media player's clock, «00:00 / 03:38»: the time played, then the recording's length
_PLAYER_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\s*")
#: a player's label is this many words at most
MAX_PLAYER_LABEL_WORDS = 6
#: a player's field under its clock, «مدت: ۲۹ دقیقه»: a word or two and a colon
_PLAYER_FIELD = re.compile(r"[^:：\d]{1,20}[:：]\s*\S")


def player_labels(lines: list[Line]) -> None:
    """The short line right above a media player's clock made chrome, and a «label: value» line
    right under it: the player's label and its length («نسخه صوتی خبر», «🔊 شنیدن این خبر» over
    «00:00 / 03:38», «مدت: ۲۹ دقیقه» under it), whatever their words, not subheadings of the story
    they stand in; the clock says what the lines belong to. (A box under the player, a match's
    result or a caption, is another widget's, left to the rules of boxes.)

    >>> ls = [classify("نسخه صوتی خبر"), classify("00:00 / 03:38"), classify("مدت: ۲۹ دقیقه")]
    >>> player_labels(ls); [ln.kind == CHROME for ln in ls]
    [True, True, True]
    """
    for i, ln in enumerate(lines):
        if not _PLAYER_CLOCK.fullmatch(ln.text):
            continue
        if i > 0 and lines[i - 1].kind == SHORT and lines[i - 1].words <= MAX_PLAYER_LABEL_WORDS:
            lines[i - 1] = replace(lines[i - 1], kind=CHROME)
        if i + 1 < len(lines) and lines[i + 1].kind == SHORT and lines[i + 1].words <= MAX_PLAYER_LABEL_WORDS \
                and _PLAYER_FIELD.match(lines[i + 1].text):
            lines[i + 1] = replace(lines[i + 1], kind=CHROME)


def story_tables(lines: list[Line], rows: set[int] | None = None, *,
                 weight: Callable[[str], float] | None = None,
                 beside: Callable[[int, int], bool] | None = None) -> None:
    """The rows of a table between the story's paragraphs made story lines (:mod:`.tables`):
    «گندم | ۴۰,۵۰۰ | ۱۲٪» reads as a menu alone, yet a run of such rows with prose above and below
    it is the story's table, whatever its words. ``rows``: lines known as rows besides those found
    by their shape (an HTML page's ``<tr>``); ``weight``: each word's weight in the site, if known
    (:func:`_foreign`); ``beside(i, j)``: whether row ``i`` stands in the block of line ``j`` on
    the page (an HTML page's markup, if known): a table closing the story stands in the story's
    block, a box of the site's (a sidebar's figures) elsewhere, however close its lines come."""
    rows = (rows or set()) | table_runs([ln.text for ln in lines])
    if not rows:
        return
    logs = log_rows([ln.text if ln.kind != BLANK else None for ln in lines], rows)
    for i in logs:
        # (a log the system shows under the story, its revisions with their editors and moments: no
        # story's table, between its paragraphs or closing them)
        lines[i] = replace(lines[i], kind=CHROME)
    rows = rows - logs
    prose = [i for i, ln in enumerate(lines) if ln.kind == PARA and ln.words >= 8]
    if not prose:
        return
    boxed = _boxed_rows(lines, rows, weight)
    closing = _closing_rows(lines, rows, prose[-1])
    if beside is not None:
        closing = {i for i in closing if beside(i, prose[-1])}
    for i in sorted(rows):
        if i in boxed:
            # (a row of the site's box, as the site's lines are: the story goes on under the box,
            # :func:`_site_boxes`, though the run knows too few of the site's pages to know its rows)
            lines[i] = replace(lines[i], kind=CHROME, boxed=True)
        elif (prose[0] < i < prose[-1] or i in closing) \
                and not any(lines[j].kind == END for j in range(prose[0], i)):
            lines[i] = replace(lines[i], kind=PARA, learned=False, recurs=False)


def _closing_rows(lines: list[Line], rows: set[int], last: int) -> set[int]:
    """The rows of a table right under the story's last paragraph (line ``last``), blank lines
    aside: the table the story closes with («… قیمت‌ها در جدول زیر آمده است» or no word of it),
    no heading of a box over it (:func:`_boxed_rows` tells those)."""
    out: set[int] = set()
    prev = last
    for i in sorted(r for r in rows if r > last):
        if any(lines[j].kind != BLANK for j in range(prev + 1, i)):
            break
        out.add(i)
        prev = i
    return out


def _boxed_rows(lines: list[Line], rows: set[int], weight: Callable[[str], float] | None = None) -> set[int]:
    """The rows of the tables in ``rows`` that stand right under a heading of the site's template (a
    line the run shows on its other pages, no prose, of :data:`BOX_HEAD_WORDS` at most): the table
    is that box's («تخمین کرایه» over «مبدأ | مقصد | کرایه تقریبی» and the day's fares, set between
    the paragraphs on every page of the site), not the story's, whose table stands under its own
    words, or under a link to another story (a «بیشتر بخوانید: …» line says nothing of what follows).
    A heading the run shows too seldom for the template is the box's too when the table's first row
    is the template's (the site's pages show the box's columns) and the heading says nothing of
    the story (:func:`_foreign`, its words by their weight in the site, ``weight``): the site words
    its box anew («وضعیت مخازن سدهای استان», «ذخایر سدها امروز»), the more so when the run shows
    the heading over other stories too (:attr:`Line.elsewhere`); a story's table stands under its
    own words («قیمت انواع سکه در بازار» in a story of the coin market). A table is its rows in a
    run, blank lines between them aside."""
    out: set[int] = set()
    boxed = False  # whether the current table stands under such a heading
    story: set[str] | None = None

    def story_words() -> set[str]:  # (the story's content words, read once a page when asked)
        nonlocal story
        if story is None:
            story = content_words(" ".join(ln.text for ln in lines if ln.kind == PARA and ln.words >= 8))
        return story

    for i in sorted(rows):
        j = i - 1
        while j >= 0 and lines[j].kind == BLANK:
            j -= 1
        if j not in rows:
            head = lines[j] if j >= 0 else None
            boxed = head is not None and head.kind != PARA and head.words <= BOX_HEAD_WORDS \
                and (not head.related
                     or (_COLON.search(head.text) is None
                         and _foreign_table(lines, rows, head, i, story_words(), weight)))
            if boxed and head is not None and not head.recurs:
                # (a heading the run shows on other stories' pages too is weighed as such a line
                # between paragraphs is, :data:`ELSEWHERE_SHARE`: «نرخ فرش در بازار» on a carpet
                # site, whose name the story's dateline says)
                boxed = lines[i].recurs and _foreign(content_words(head.text), story_words(), weight,
                                                     ELSEWHERE_SHARE if head.elsewhere else FOREIGN_SHARE) \
                    or head.elsewhere and _foreign_table(lines, rows, head, i, story_words(), weight)
        if boxed:
            out.add(i)
    return out


def _foreign_table(lines: list[Line], rows: set[int], head: Line, i: int, story: set[str],
                   weight: Callable[[str], float] | None = None) -> bool:
    """Whether a table (its first row line ``i``) and the heading over it say nothing of the story
    (:func:`_foreign` of their words together: «حرکت کشتی‌های مسافربری امروز» over «مسیر | ساعت حرکت»
    and the day's ferries in a story of the national volleyball team): a box of the site's, though
    the site has too few pages in the run for its template to know the box (vdev free_zone at
    --n 100, five pages of a host). :func:`_boxed_rows` asks it of a heading the run knows as a
    headline (:attr:`Line.related`: a page of the site showed the box right over its story) when no
    label's colon stands in it (a «بیشتر بخوانید: <headline>» link says nothing of what follows), and
    of a heading the run shows over other stories too (:attr:`Line.elsewhere`): a story's table
    stands under its own words («نرخ سکه | قیمت» in a story of the coin market); ``story``: the
    story's content words."""
    table = [lines[i].text]
    k = _next_shown(lines, i)
    while k is not None and k in rows:
        table.append(lines[k].text)
        k = _next_shown(lines, k)
    return _foreign(content_words(" ".join([head.text, *table])), story, weight)


def story_verses(lines: list[Line]) -> None:
    """The hemistichs of a poem in the story made story lines (:mod:`.verses`): short lines with
    no sentence mark read as subheadings, links or the story's tail, yet a run of them about as
    long as each other that rhyme, right under or over the story's prose, is the poem it quotes,
    between its paragraphs or closing it («بنی آدم اعضای یکدیگرند» / «که در آفرینش ز یک گوهرند»
    after its last paragraph). Only lines the page's own (not the site's template, not another
    story's headline on the run's pages) and only after the story's first prose line. A line the run
    shows on other stories' pages too (:attr:`Line.elsewhere`) may be a hemistich: a magazine quotes
    its poets on many a page, and the template left the poem to the page
    (:meth:`.template.PageTemplate._verses`); a headline of the run is none (:attr:`Line.related`)."""
    prose = [i for i, ln in enumerate(lines) if ln.kind == PARA and ln.words >= 8]
    if not prose:
        return
    # (below the story's first paragraph and above any end heading; no line the site's template knows)
    stop = next((i for i in range(prose[0], len(lines)) if lines[i].kind == END), len(lines))
    may = [prose[0] < i < stop and ln.kind in (SHORT, PARA) and not (ln.recurs or ln.learned or ln.related
                                                                     or ln.turn)
           for i, ln in enumerate(lines)]
    found = verse_runs([ln.text for ln in lines], may)
    for i in sorted(found):
        # (a run that touches the story: the line over its first or under its last is prose)
        a = i
        while a - 1 in found:
            a -= 1
        z = i
        while z + 1 in found:
            z += 1
        if (lines[a - 1].kind == PARA) or (z + 1 < len(lines) and lines[z + 1].kind == PARA):
            lines[i] = replace(lines[i], kind=PARA, verse=True)


#: a story's opening paragraph may be one sentence of this many words at least, shorter than a
#: body's first prose line (the headline, a caption or a widget's line seldom says a whole sentence)
MIN_OPENING_WORDS = 4


def _short_opening(lines: list[Line], b: int) -> int:
    """Where the story begins when its first paragraph is one short sentence («بهار امسال در سبلان
    سرد بود.») right over its first long one ``b``: that sentence, a paragraph of the page's own
    (no line the site repeats), ended by a full stop and with a headline-like line above it (the
    headline, a date), so the sentence is no headline itself; or the head of the story's first
    paragraph broken at a link (:func:`_broken_at_link`) over ``b``, longer than a headline; or a
    turn of the page's dialogue over ``b`` (:attr:`Line.turn`: the first question, its answer
    ``b``); else ``b``."""
    p = _prev_shown(lines, b)
    if p is None:
        return b
    ln = lines[p]
    head = _prev_shown(lines, p)
    if head is not None and lines[head].kind in (SHORT, PARA) and lines[head].words > MAX_TITLE_WORDS \
            and not (lines[head].learned or lines[head].site) and _broken_at_link(lines[head], ln, lines[b]):
        return head  # (the story's first paragraph broken at a link, its head longer than a headline)
    # (or a dialogue's first question over its answer: the page's speakers ask more below, so the
    # question is no headline, and the story opens with it: «سوال: …؟» / «پاسخ: …»)
    if not (ln.kind == SHORT and ln.turn) and (
            ln.kind != PARA or ln.words < MIN_OPENING_WORDS or ln.recurs or ln.learned or ln.site
            or ln.text.rstrip("»\"”")[-1:] not in ".!" or not _single_sentence(ln.text)):
        return b
    return p if head is not None and lines[head].kind in (SHORT, DATE, META) else b


#: a letter of the Arabic script, which Persian is written in
_PERSIAN_SCRIPT = re.compile(r"[\u0600-\u06FF]")


def extract_lines(lines: list[Line], *, weight: Callable[[str], float] | None = None,
                  url: str | None = None, filed: str | None = None, slotted: str | None = None,
                  broken: bool | None = False) -> Article:
    """The article in a page's classified lines; ``weight``: a content word's rarity in the run
    (:meth:`~palayesh.extract.template.PageTemplate.word_weight`), for :func:`_foreign`; ``url``:
    the page's address, when known (:func:`_url_section`); ``filed``: the section its path names in
    a slot of its site's paths (:meth:`~palayesh.extract.template.PageTemplate.path_section`);
    ``slotted``: the value of a slot of its site's line frames
    (:meth:`~palayesh.extract.template.PageTemplate.frame_section`); ``broken``: the site breaks its
    headlines over two lines (:meth:`~palayesh.extract.template.PageTemplate.breaks_headlines`; None:
    the run cannot tell)."""
    res = Article(lines_total=len(lines), url=url)
    n = len(lines)
    skipped = 0  # (the lines of a comment box taken out before the story: chrome)
    taken = None  # (where that box stood, when it stood under the story's summary)
    echoed = None  # (the key of the headline the page shows again under that box, over the text)
    # 1. body start: the first prose line (in the page's script: a site builder's banner in Latin
    # letters over a Persian page, «This site was designed with …», opens no story of it)
    prose = [i for i, ln in enumerate(lines) if ln.kind == PARA and ln.words >= 8]
    b = next((i for i in prose if _PERSIAN_SCRIPT.search(lines[i].text)), prose[0] if prose else None)
    if b is None:
        res.chrome_lines = n
        _header(lines, n, res, None, filed=filed, slotted=slotted, broken=broken)
        return res
    # (a mobile theme's comment box between the story's head and its text, the headline shown again
    # over the text: the box is skipped, the story read on under its headline)
    boxed = story_under_comments(lines, b)
    under = None if boxed is not None else story_under_thread(lines, b) or story_under_posts(lines, b)
    if boxed is not None:
        # (taken out, one blank line for it: the head read over it as if it were not there, however
        # many lines it held, the summary still set apart from the text)
        lo, hi = boxed
        echoed = echoed_head(lines, b, lo, hi)
        lines = lines[:lo] + [replace(lines[lo], text="", key="", words=0, kind=BLANK)] + lines[hi + 1:]
        n, skipped = len(lines), hi - lo
        # (the story's summary kept over the box, under the header: the box stood between it and the
        # text, as a box between them does, :func:`_boxed`)
        taken = lo if lo > b else None
        b = next(i for i in range(min(b, lo), n) if lines[i].kind == PARA)  # (no summary over the box: under it)
    elif under is not None:
        # (no headline over the text: the box's lines are taken out, the header read down to the
        # summary or the text as if the box were not there)
        lo, hi = under
        echoed = echoed_head(lines, b, lo, hi)
        lines = lines[:lo] + lines[hi + 1:]
        n, skipped = len(lines), hi + 1 - lo
        taken = lo if lo > b else None
        b = next(i for i in range(min(b, lo), n) if lines[i].kind == PARA)
    # 2. body extent: up to the first tail heading; chrome lines inside are skipped
    body: list[int] = []
    gapped: dict[int, bool] = {}
    # the lines a listing test sees: the body's, and the headlines the template made chrome, each
    # with whether a non-body line (a date, «ادامه خبر») came right before it
    cards: list[tuple[Line, bool]] = []
    promo: bool | str = False  # True under a «more» heading, "more" once its first line is passed
    links = False  # under a box's label the site's template shows between the story's paragraphs
    words = _StoryWords(lines)  # (the story's words, counted once for the passes that weigh lines against them)
    run_start = run_len = 0  # the current run of non-body lines (blank lines aside)
    gap = card = False
    end = n
    told = None  # the body's last paragraph so far
    thread = posts_alike(lines, b)  # (a thread's posts under the first: the page's, not other documents)
    slides: list[int] = []  # the slide counters of the page's galleries (:func:`slide_counter`)
    # (and those under a label in the site's words, and a gallery's captions numbered with them)
    counted = labelled_counters(lines) | numbered_gallery(lines)
    gallery_end = 0  # (the lines up to here are a gallery set into the story: no end of it)
    passed_box = -1  # (the last end marker of a box set into the story, read past: :func:`_mid_story`)
    posts = False  # (the story ends over readers' posts: :func:`readers_posts`)
    # (a short sentence opening the story right over its first prose line: the story's, no summary)
    for i in range(_short_opening(lines, b), n):
        ln = lines[i]
        if told is not None and not thread \
                and another_document(lines, i, told, first=b, weight=weight, boxed=passed_box):
            end = i  # (the site's next story saved under this one, a reader's comment: not the story)
            posts = readers_posts(lines, i)
            break
        if ln.kind == END and i >= gallery_end and body:
            gallery_end = _gallery_within(lines, b, i, n)  # (its heading, slides and captions: lines of the run's end)
        # (an end heading the site's template shows late on its pages ends the story wherever it stands)
        if ln.kind == END and i >= gallery_end and ((ln.learned and not ln.between) or not _mid_story(lines, b, i, n)):
            end = i
            break
        if ln.kind == END and i >= gallery_end:
            passed_box = i  # (a box set into the story: its end markers end nothing)
        if ln.kind != PARA and (slide_counter(ln.text) or i in counted):
            # (a gallery's slide counter: no story's line, nor the heading right over it)
            if body and body[-1] == _prev_shown(lines, i) and (
                    gallery_heading(lines, body[-1]) or (i in counted and gallery_heading_shaped(lines[body[-1]]))):
                body.pop()
            slides.append(i)
            if ln.kind not in NOT_BODY:
                gap = True
                continue
        if ln.kind in NOT_BODY:
            if ln.kind != BLANK:
                run_start = run_start if run_len else i
                run_len += 1
            # «بیشتر بخوانید»: the short lines under it are promoted links, up to the next prose
            if promo is True and ln.kind == CHROME and ln.learned:
                promo = "more"  # (the template took the link under it already: the next short line may be the story's)
            # (so are the lines of a box the site sets between its paragraphs, or of one of its boxes
            # set into this story, up to the story's next one)
            promo = promo or ln.key in _PROMO_KEYS or ln.key[:14] in _PROMO_KEYS \
                or (ln.kind == END and (ln.between or ln.recurs or _under_links(lines, i) is not None))
            gap = gap or ln.kind != BLANK
            # (right under a paragraph that announces no list: the items of one it announces,
            # around a caption the site repeats, are the story's)
            links = links or (told is not None and body[-1] == told and _links_label(ln)
                              and lines[told].text.rstrip(_MARKS)[-1:] not in ":：")
            if ln.learned and ln.kind == CHROME and ln.words >= 2 and i > b:
                # a line the template made chrome (a headline seen on other pages) is still a
                # card's headline to the listing test
                cards.append((replace(ln, kind=SHORT), card))
                card = False
            else:
                card = card or ln.kind != BLANK
            continue
        if run_len and told is not None and tag_of_tail_list(lines, i):
            run_len += 1  # (the story's tags, one a line under the tail's label: the tail's run goes on)
            continue
        if run_len >= SECTION_BREAK and body and _section_after(lines, b, run_start, i, n):
            end = run_start
            break
        if run_len and body and is_gallery(lines, run_start, i):
            drop_gallery_heading(lines, body, run_start)
        run_len = 0
        if promo and ln.kind == SHORT and (promo is True or not _introduces(ln, next_para(lines, i))):
            promo = "more"  # the first line under the heading, then any that does not lead into the text
            continue
        promo = False
        if links and not ln.turn and _headline_shaped(ln, asking=True) and not _listed(ln.text) \
                and not _introduces(ln, next_para(lines, i)) \
                and (ln.elsewhere or _foreign(_content_words(ln.text), words.on(list(range(b, n))).prose, weight)):
            gap = True  # (a link of the box under the site's label: another story's headline, or a
            continue    # line the run shows in other stories too, an ad's; a numbered or bulleted
            # item is a list's, the story's own under its heading)
        links = False
        if ln.kind == SHORT and not ln.turn and (_in_chrome_box(lines, i) or (ln.recurs and i > b)):
            # (a short line the site's template shows above the body of its pages, here inside
            # the story: a widget's heading between the lead and the text, not a subheading,
            # which is written for one story)
            gap = True
            continue
        gapped[i] = gap
        cards.append((ln, card))
        gap = card = False
        body.append(i)
        if ln.kind == PARA:
            told = i
    body = _drop_stock_closers(lines, body)
    # (a page's tail run on under the story, a few short sentences of its own at its bottom)
    past = None if thread else _past_site_tail(lines, body, weight)
    if past is not None:
        del body[past:]
    body = _drop_site_signed(lines, body, weight, words=words)
    # trailing short lines after the last prose line are tail (related titles, names), unless a
    # tail heading closes the body and nothing but blank lines separates them from the prose
    # (a closing list: «نفرات حاضر … به شرح زیر است:» then one line per name, lineups «بایرن:
    # اولریش- سوله- …»); the last of them is an end marker in the site's words («ختم خبر») when it
    # has three words or fewer and the prose announced no list. Over readers' posts, as under no
    # end at all, they are the tail's (the thread's heading, links to the previous and next stories)
    cut = None
    marker = True
    for j in range(len(body) - 1, -1, -1):
        ln = lines[body[j]]
        if ln.kind == PARA or _answered_turn(lines, body, j) or (j and _answered_turn(lines, body, j - 1)):
            break  # (a question of the page's dialogue and its answer under it: the story's, as prose is)
        marker = marker and ln.words <= 3 and not _DIGIT.search(ln.text)
        if end == n or posts or (gapped[body[j]] and not _list_goes_on(lines, body, j)) \
                or (marker and j == len(body) - 1 and not _announces(lines, body, j)) \
                or (j == len(body) - 1 and ln.words <= 6 and agency_from_credit(ln.text, bare=True)) \
                or _over_site_tail(lines, body, j) \
                or _link_pair(lines, body, j, words.on(body[:j]).prose, weight):
            cut = j  # (the last: a credit that is an agency's bare name «خبرگزاری X (Y)», no text)
    told_at = next((j for j in range(len(body) - 1, -1, -1) if lines[body[j]].kind == PARA), None)
    # (the tags as they close the story, or as the tail's cut leaves them: without the lines under
    # them cut past a gap, a related box whose headlines hold numbers)
    if told_at is not None and (_story_tags(lines, body, told_at + 1, words=words)
                                or cut is not None and _story_tags(lines, body[:cut], told_at + 1, words=words)):
        cut = told_at + 1 if cut is None else min(cut, told_at + 1)
    if cut is not None:
        del body[cut:]
    body = _drop_contents_lists(lines, body)
    body = _rejoin_broken(lines, body)  # (before a piece is judged alone: «در» is no subheading)
    body = _drop_box_heads(lines, body)
    body = _drop_widget_boxes(lines, body)
    body = _drop_figure_boxes(lines, body, weight, words=words)
    body = _drop_field_box(lines, body, gapped)
    body = drop_author_box(lines, body)
    body = _drop_signed_name(lines, body)
    if is_listing(cards):
        res.chrome_lines = n
        _header(lines, b, res, None, filed=filed, slotted=slotted, broken=broken)
        res.paragraphs = []
        return res
    body = _drop_foreign_lines(lines, body, weight, words=words)
    body = _drop_inline_boxes(lines, body, weight, words=words)
    # (after the rules that weigh a line alone between two paragraphs: a box taken out leaves the
    # story's line beside it alone, which those rules never weighed so)
    body = _drop_links_echoed_below(lines, body, words=words)
    body = _drop_boxes_under_learned_labels(lines, body, weight, words=words)
    body = _drop_lone_counts(lines, body)
    body = drop_gallery_captions(lines, body)
    body = _drop_link_box_heads(lines, body, words=words)
    body = _drop_seen_box_heads(lines, body, words=words)
    body = _drop_labels_over_stock(lines, body, words=words)
    body = _drop_ad_labels(lines, body, words=words)
    body = drop_slide_widgets(lines, body)
    body = _drop_header_repeats(lines, body, min(b, body[0]) if body else b)
    # 3. lead: a one-paragraph summary right before the dateline paragraph
    lead_i = None
    set_apart = False  # (the lead only the page's blank lines tell: :func:`_story_block`)
    # (a gallery right under the first paragraph: the story's photos, set under its opening)
    # (a link that reads the story on under the first paragraph: the story opens there, no summary)
    # (the headline shown again right over the first paragraph: the story opens under it, a summary
    # stands over it, between the header and the headline's copy; nor is a live report's first entry,
    # under the stamp each of its entries stands under)
    if len(body) >= 2 and body[0] == b and not any(body[0] < k < body[1] for k in slides) \
            and not _read_on_under(lines, body[0]) and not _opens_under_echo(lines, b) \
            and not _stamped_entry(stamps := _entry_stamps(lines, body)) and lines[b].column != 1:
            # (stamps found once: _over_stamped_entries)
        first, second = lines[body[0]].text, lines[body[1]].text
        # (a first paragraph that tells of the reporter's interview opens the story, as a dateline
        # does: no summary by its words or its place under the headline alone; a slot of the
        # site's, a label, a box of its own still set one apart)
        told = opens_interview(first)
        # (a comment box taken out between the first paragraph and the next is a box between them)
        between = _boxed(lines, body[0], body[1]) or (taken is not None and body[0] < taken <= body[1])
        # (the page's blank lines: a first paragraph set apart from the story's block)
        block = _story_block(lines, body)
        if opens_dateline(second) and not has_dateline(first) and not under_photo(lines, body[0]) and not told:
            lead_i = body[0]  # (not the paragraph under the story's photo: the story opens there)
            # (a dateline: «به گزارش …», or the head an agency writes before its story, «ارومیه -
            # خبرگزاری فارس - …»; dev gold: 54 first paragraphs over such a head, all of them a summary)
        elif (opens_interview(second) and not has_dateline(first) and not told and not under_photo(lines, body[0])
              and len(first) <= LEAD_BOXED_MAX_CHARS and _ends_sentence(first) and _single_sentence(first)
              and not any(lines[k].text.strip() for k in range(body[0] + 1, body[1]))):
            lead_i = body[0]  # (the reporter's interview opens the story as a dateline does: the one
            # sentence right over it says what was said, «X گفت: …» / «Y امروز در گفت‌وگو با خبرنگار …
            # افزود: …»; a line between them, a site's ad under every first paragraph, tells no summary)
        elif lines[body[0]].column == -1 and lines[body[1]].column == 1 and len(first) <= LEAD_LABELLED_MAX_CHARS:
            lead_i = body[0]  # a paragraph on one line longer than the column its story is wrapped at:
            # set in a box of its own, the summary of a printed page
        elif (not has_dateline(first) and len(first) <= LEAD_BOXED_MAX_CHARS and _ends_sentence(first)
              and _single_sentence(first) and photo_between(lines, body[0], body[1])
              and (under_headline_meta(lines, b) or right_after_headline(lines, b))):
            lead_i = body[0]  # a summary under the header, over the story's photo (its caption, credit)
        elif (not has_dateline(first) and len(first) <= 600 and gapped.get(body[1])
              and right_after_headline(lines, b, widgets=True) and _byline_between(lines, body[0], body[1])):
            lead_i = body[0]  # the summary, then the author/date/reading-time lines, then the body
            # (the header's lines under it too: it stands in the header, under a widget as well)
        elif not has_dateline(first) and len(body) >= 3 and len(first) <= 240 and first[-1] in ".!؟?" \
                and _single_sentence(first) and not told \
                and (right_after_headline(lines, b) or between
                     or (right_after_headline(lines, b, widgets=True) and _site_slot(lines, body[0], body[1]))):
            lead_i = body[0]  # (the summary, under the headline or over a box: an info box, a code, a link)
        elif (not has_dateline(first) and len(first) <= LEAD_BOXED_MAX_CHARS and _ends_sentence(first)
              and _single_sentence(first) and between and under_headline_meta(lines, b)):
            lead_i = body[0]  # a summary in its own slot: under the header's meta lines, over a box
        elif (not has_dateline(first) and len(first) <= LEAD_BOXED_MAX_CHARS and _ends_sentence(first)
              and _single_sentence(first) and (nxt := next((k for k in body[1:] if lines[k].kind == PARA), None))
              and gapped.get(nxt) and under_headline_meta(lines, b, known=True)
              and _byline_between(lines, body[0], nxt)):
            lead_i = body[0]  # a summary between the header's meta lines and the story's own (its
            # reading time, its section's label over it): «منبع خبر: …» / <summary> / «زمان مطالعه: …»
        elif (not has_dateline(first) and len(first) <= LEAD_BOXED_MAX_CHARS and _ends_sentence(first)
              and _single_sentence(first) and _header_widgets(lines, body[0], body[1])
              and under_headline_meta(lines, b)):
            lead_i = body[0]  # a summary over the header's widget, which the site shows above the
            # story where a page has no summary («میانگین قیمت هر متر: …» under the date lines)
        elif len(first) <= LEAD_LABELLED_MAX_CHARS and _labelled_slot(lines, b):
            lead_i = body[0]  # «چکیده:» / «لید:» alone over it: the page names the paragraph its summary
        elif len(first) <= LEAD_LABELLED_MAX_CHARS \
                and (_opens_with_slot_label(lines, b) or _opens_with_source(lines, b)) \
                and (under_headline_meta(lines, b) or right_after_headline(lines, b)
                     or _opens_with_site_name(lines, b)):
            lead_i = body[0]  # «خلاصه: …» on its own line under the header: the label opens the summary
            # (or its source does, «خبرگزاری فارس: …», «<the site's name>: …», a dateline the lead keeps;
            # the site's own name wherever its header sets it: a byline of names alone above it)
        elif len(first) <= LEAD_LABELLED_MAX_CHARS and _site_labelled_lead(lines, b):
            lead_i = body[0]  # «لید: …» as the site opens its leads on its other pages: its summary,
            # however many widgets and meta rows its header sets between the headline and it
        elif block and not has_dateline(first) and len(first) <= LEAD_LABELLED_MAX_CHARS:
            lead_i = body[0]  # a paragraph the page sets apart over its story's block: its summary
            set_apart = True
        elif (not has_dateline(first) and len(first) <= LEAD_BOXED_MAX_CHARS and _ends_sentence(first)
              and _single_sentence(first) and _set_apart_under_meta(lines, body)
              and under_headline_meta(lines, body[0])):
            lead_i = body[0]  # a sentence in the header's block, under its meta lines, set apart from
            # the story by the page's one blank line
        elif _headline_echoed_under(lines, b):
            lead_i = body[0]  # a summary over the headline shown again right over the story
        elif (not has_dateline(first) and len(first) <= LEAD_BOXED_MAX_CHARS and _ends_sentence(first)
              and _over_stamped_entries(stamps)):
            lead_i = body[0]  # a summary over a live report whose every entry stands under its time
        elif (lines[body[0]].summary_site and not has_dateline(first) and not told and not _OPENS_QUOTED.match(first)
              and not _OPENS_QUOTED_NAME.match(first)
              and len(first) <= SUMMARY_SITE_MAX_CHARS and _ends_sentence(first) and _single_sentence(first)
              and lines[body[1]].kind == PARA and (under_headline_meta(lines, b) or right_after_headline(lines, b))
              and not _later_page(lines, b) and _restated(lines, body) and not _quoted_under(lines, body)):
            lead_i = body[0]  # one sentence under the header, on a site that writes a summary over
            # its stories (over a dateline's paragraph on its other pages): its summary here too, when
            # the story under it says it again (not the story's opening, a speaker named and quoted;
            # nor one its page quotes large right under it, a pull quote of the story's own line)
    lead_head = _headline_under_lead(lines, b, body) if lead_i is None or lead_i == b else None
    if lead_head is not None:
        lead_i = b  # (the summary over the headline: the headline, its kicker, are no lines of the story)
        body = [b, *(k for k in body[1:] if k > lead_head)]
    if lead_i is not None:
        body = _header_under_lead(lines, lead_i, body[1:])
        res.lead = lines[lead_i].text
    body = _drop_menu_labels(lines, body, min(b, body[0]) if body else b)
    res.paragraphs = [p for p in (_strip_inline_chrome(lines[i].text) for i in body) if p]
    if not thread:  # (a reply that quotes a post above says it again as its own)
        res.paragraphs = drop_echoes(res.paragraphs)
    head_end = lead_i if lead_i is not None else min(b, body[0]) if body else b
    title_i = _header(lines, head_end, res, end, body[0] if body else b, body[-1] if body else None,
                      filed=filed, slotted=slotted, broken=broken, echoed=echoed)
    if lead_head is not None:
        title_i, res.title = lead_head, lines[lead_head].text
        if res.published is None:
            # (the header read above the summary found no date: the headline's own stands under it,
            # over the story's next paragraph, as :func:`_headline_under_lead` saw it)
            stamped = _published(lines, 0, lead_head, body[1] if len(body) > 1 else lead_head + 1)
            if stamped is not None:
                res.published, res.published_jalali = stamped[1].localize()
    if res.title and len(res.paragraphs) >= 2 and cites_own_title(res.paragraphs[-1], res.title):
        res.paragraphs.pop()  # «نحوه استناد: … «<headline>». تهران: …»: the page cited, not its story
    # (a summary only the page's blank lines set apart is read for the story's credit as its first
    # paragraph: what its opening says of the agency is the same either way)
    opening = replace(res, lead=None, paragraphs=[res.lead, *res.paragraphs]) if set_apart and res.lead else res
    # 4. agency: credit «منبع: X» first (or a line right under the story that is an agency's
    # name; a labelled one in the header, «به نقل از X» above the headline), then the dateline,
    # then a reporter mention
    res.agency = story_agency(lines, opening, b=b, end=end, last=body[-1] if body else b, head_end=head_end,
                              title_i=title_i, title_line=_title_line_at(lines, res.title))
    used = len(body) + (lead_i is not None) + (title_i is not None) + bool(res.section) + bool(res.surtitle)
    res.chrome_lines = max(0, n + skipped - used)
    return res


#: a paragraph broken where an inline link was: the link's text is a line of at most this many
#: words, between the words before it (this many at least) and the words after it (this many)
MAX_LINK_WORDS = 3
MIN_BEFORE_LINK_WORDS = 3
MIN_AFTER_LINK_WORDS = 4
#: what ends a line that may end a paragraph or a clause on purpose (a sentence, a colon, a quote)
_CLAUSE_END = frozenset(".!?؟…:؛;»)\"”")
#: a link's text: words (letters, digits, joiners, a vowel's mark «بازىِ») and the spaces between them,
#: a comma after a word («در افغانستان، وزارت», «آبادان،»: the flattener kept it with the link)
_LINK_TEXT = re.compile(r"[\w\u200c\u200d\u064b-\u065f\u0670-]+(?:[،,]?\s+[\w\u200c\u200d\u064b-\u065f\u0670-]+)*[،,]?")
#: a dateline within this many characters of a line's start opens a paragraph (no piece of one)
DATELINE_OPENS = 40


def _ends_clause(text: str) -> bool:
    return text[-1:] in _CLAUSE_END


def _broken_at_link(a: Line, b: Line, c: Line, *, learned_head: bool = False) -> bool:
    """Whether three lines of the story, one under the other, are one paragraph a flattener broke
    where an inline link was: ``a`` stops mid-sentence, ``b`` is the link's one to three words and
    does not end a clause either, ``c`` goes on to the paragraph's end. With ``learned_head``, ``a``
    may be a line the site's template made chrome (:func:`_learned_head`)."""
    return (a.words >= MIN_BEFORE_LINK_WORDS and b.words <= MAX_LINK_WORDS and c.words >= MIN_AFTER_LINK_WORDS
            and not b.gap and not c.gap and not (b.recurs or b.seen or b.elsewhere or b.tagline)
            and (_learned_head(a) if learned_head else not (a.recurs or a.elsewhere))
            and _LINK_TEXT.fullmatch(b.text) is not None  # (words only: «📷 ایرنا», «آلبوم: باران» are a box's)
            and (a.kind == PARA or not _field(a.text))  # (a box's field «قیمت: ۵۶۰ تومان»)
            and not _ends_clause(a.text) and not _ends_clause(b.text) and _ends_clause(c.text)
            and not has_dateline(c.text, DATELINE_OPENS))  # (a paragraph opens so: «به گزارش X، …»)


def _field(text: str) -> bool:
    """Whether a line opens as a box's field does: a label of one word and a colon («قیمت: ۵۶۰
    تومان»), or any label and a value of fewer than :data:`MIN_BEFORE_LINK_WORDS` words. A clause
    that opens a quote («وی متذکر شد: ۶ تکنیسین …», «وی گفت: اگرچه سازمان …») is words before
    the colon and after it.

    >>> _field("قیمت: ۵۶۰ هزار تومان"), _field("زمان: ساعت ۱۰"), _field("وی گفت: اگرچه سازمان انتقال خون")
    (True, True, False)
    """
    m = _LABEL_COLON.match(text)
    return m is not None and (len(text[: m.end() - 1].split()) < 2
                              or len(text[m.end():].split()) < MIN_BEFORE_LINK_WORDS)


def _learned_head(a: Line) -> bool:
    """Whether ``a``, a line the site's template made chrome, may be the head of a paragraph broken
    at a link: its shape recurs on the site's pages (the first two words of a piece that stops
    mid-sentence, «* در دقیقه ۶۳», «به گزارش فارس،هواداران پس», are the first words of many of
    its paragraphs), not the line itself (its shape stands on none of them: :attr:`Line.share`):
    no line the site repeats, no related story's headline, no label or end heading."""
    return a.kind == CHROME and a.learned and a.share == 0.0 \
        and not (a.related or a.elsewhere or a.seen or a.tagline or a.brand)


def _rejoin_broken(lines: list[Line], body: list[int]) -> list[int]:
    """The story's lines with each paragraph a flattener broke at an inline link joined again (its
    three pieces made one line, the first): «مذاکرات جدی با» / «پپ» / «در طول هفته‌های پیش رو شروع
    خواهد شد.». Only under a sentence of the story: above it, a headline over a byline over the
    lead reads the same way, unless its first piece is longer than a headline
    (:data:`MAX_TITLE_WORDS`). The first piece may be a line the template made chrome for its
    first words (:func:`_learned_head`): the two pieces under it, the story's, end its sentence
    (its paragraph occurs once in the run; a piece of it is no line of the site's)."""
    out: list[int] = []
    story = False
    k = 0
    while k < len(body):
        i = body[k]
        if (story or lines[i].words > MAX_TITLE_WORDS) and k + 2 < len(body) and body[k + 1] == i + 1 \
                and body[k + 2] == i + 2 and _broken_at_link(lines[i], lines[i + 1], lines[i + 2]):
            text = " ".join(ln.text for ln in lines[i: i + 3])
            lines[i] = replace(lines[i], text=text, key=line_key(text), kind=PARA,
                               words=sum(ln.words for ln in lines[i: i + 3]))
            out.append(i)
            k += 3
            continue
        if story and i >= 1 and (not out or out[-1] < i - 1) and k + 1 < len(body) and body[k + 1] == i + 1 \
                and _broken_at_link(lines[i - 1], lines[i], lines[i + 1], learned_head=True):
            text = " ".join(ln.text for ln in lines[i - 1: i + 2])
            lines[i - 1] = replace(lines[i - 1], text=text, key=line_key(text), kind=PARA, learned=False,
                                   recurs=False, words=sum(ln.words for ln in lines[i - 1: i + 2]))
            out.append(i - 1)
            k += 2
            continue
        ln = lines[i]
        story = story or (ln.kind == PARA and ln.words >= 8 and _ends_sentence(ln.text))
        out.append(i)
        k += 1
    return out


#: the site's name stands on this share at least of the pages the site's lines above it stand on
#: (:attr:`Line.share`), a section's label on fewer
SITE_NAME_MIN_SHARE = 0.5
_LABEL_COLON = re.compile(r"^[^:：]{1,20}[:：]")
_PHRASE_BREAK = re.compile(r"[^\w\s\u200c]+")


def _phrase_words(text: str) -> list[str]:
    """The folded words of a line, with an empty word where punctuation breaks a phrase."""
    # one key for the whole line: «ǂ» (a letter line_key keeps) between the words
    return line_key("\u01c2".join(_PHRASE_BREAK.sub(" \u01c2 ", text).split())).split("\u01c2")


def _contains_run(words: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``words`` as consecutive words."""
    k = len(run)
    return any(words[i:i + k] == run for i in range(len(words) - k + 1) if words[i] == run[0])


#: a field of an info row: a label of a word or two, its colon, a value
_FIELD_LABEL = re.compile(r"^\s*[^\W\d][^:：\s]*(?:\s[^:：\s]+)?\s*[:：]\s*\S")


def _pipe_headline(text: str) -> bool:
    parts = [p.split() for p in _PIPE.split(SPACES.sub(" ", text))]
    # «کرونا| نگرانی مقامات …»: a kicker and a headline; a menu has more bars or fewer words; a
    # row of an info box is no headline either
    return (len(parts) == 2 and all(parts) and len(parts[0]) + len(parts[1]) >= 5
            and max(len(p) for p in parts) >= 3 and text[-1] not in _ANY_TERMINAL and not _info_row(text))


def _info_row(text: str) -> bool:
    """Whether a line is a row of an info box: labelled fields set apart by bars, each a label of a
    word or two and a short value, a figure among them («سالن: برج میلاد | ساعت اجرا: ۱۸:۳۰»),
    whatever its labels."""
    segs = _PIPE.split(SPACES.sub(" ", text)) if "|" in text or "｜" in text else []
    return len(segs) >= 2 and bool(_DIGIT.search(text)) and all(
        _FIELD_LABEL.match(p) and len(re.split("[:：]", p, maxsplit=1)[-1].split()) <= 4 for p in segs)


#: a readout's label: words and no figure before its colon; its value: a figure and a unit or two
_READOUT_FIELD = re.compile(r"^\s*[^\W\d_][^:：\d]*[:：]\s*~?\d[\d.,/٫٬]*\s*(?:[^\W\d_][\w\u200c]*\s*){0,2}$")
#: a token that holds a figure; one of two letters or more
_FIGURE_TOKEN, _WORD_TOKEN = re.compile(r"\d"), re.compile(r"[^\W\d_]{2,}")


def readout(text: str) -> bool:
    """Whether a short line is a widget's readout, not a headline: more tokens with figures than
    words (a rating «4.2 از ۵ (255 رای)», votes «👍 ۱۴ 👎 ۸ | پاسخ»; a score «استقلال ۲ - ۱ پرسپولیس»
    has as many words), or a field of a label of two words or more and a value that is a figure and
    its unit («میانگین قیمت هر متر: ۶۵ میلیون تومان»; a quote «ظریف: ۱۰ روز دیگر» has a name of one
    word before its colon). By its shape, whatever its words.

    >>> readout("4.2 از ۵ (255 رای)"), readout("میانگین قیمت هر متر: ۶۵ میلیون تومان")
    (True, True)
    >>> readout("استقلال ۲ - ۱ پرسپولیس"), readout("ظریف: ۱۰ روز دیگر"), readout("سهمیه ایران در آسیا 1+3 شد")
    (False, False, False)
    """
    t = fold(text)
    if _FIGURE_TOKEN.search(t) is None:  # (no figure: neither shape; a paragraph's tokens are not asked)
        return False
    tokens = t.split()
    figures = sum(1 for w in tokens if _FIGURE_TOKEN.search(w))
    if figures >= 2 and figures > sum(1 for w in tokens if _WORD_TOKEN.search(w) and not _FIGURE_TOKEN.search(w)):
        return True
    m = _READOUT_FIELD.match(t)
    return m is not None and len(re.split("[:：]", t, maxsplit=1)[0].split()) >= 2


#: a run of word tokens, a figure token (one holding a digit) in a line's shape
_SHAPE_WORDS, _SHAPE_FIGURE = re.compile(r"[^\W\d_][\w\u200c]*(?:\s+[^\W\d_][\w\u200c]*)*"), re.compile(r"\S*\d\S*")
#: a widget shows its rows this many times on the page besides the one read (a live-score ticker's)
ROW_SHAPE_REPEATS = 2


def line_shape(text: str) -> str:
    """A line's shape: its figures «9», its runs of words «w», its marks as they are; spaces gone.

    >>> line_shape("پیکان تهران ۳ - ۱ هورسان رامسر") == line_shape("سایپا ۰ - ۲ مس رفسنجان") == "w9-9w"
    True
    """
    t = _SHAPE_FIGURE.sub("9", fold(text))
    return _SHAPE_WORDS.sub("w", t).replace(" ", "")


def _widget_shaped_row(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, a short one with two figures or more, has the shape other lines of the page
    show too (:func:`line_shape`; :data:`ROW_SHAPE_REPEATS` of them): a widget's row, as a score box
    under the date shows its match as the ticker above shows the day's («A ۳ - ۱ B» among «C ۰ - ۲
    D» lines), whatever the names; a headline is written once. A headline only when nothing else is."""
    ln = lines[i]
    if ln.words > MAX_TITLE_WORDS or len(_DIGIT.findall(ln.text)) < 2:
        return False
    shape = line_shape(ln.text)
    if shape.count("9") < 2:
        return False
    return sum(1 for j, x in enumerate(lines) if j != i and x.kind != BLANK and x.key != ln.key
               and len(x.text) <= 2 * len(ln.text) and line_shape(x.text) == shape) >= ROW_SHAPE_REPEATS


#: a count of views / reads / comments: a number this long (a headline's figure is shorter, or has words)
_COUNT = re.compile(r"\d{4,}")


def _counter_below_meta(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a counter on its own line right under the story's date or meta line
    («۱۵ ساعت پیش» / «۱۲۶۲۸ بار خوانده شده»): a long number and a few words, by its shape; a
    headline only when nothing else is (it stays a fallback)."""
    ln = lines[i]
    if ln.words > MAX_FIELD_WORDS + 1 or not _COUNT.search(fold(ln.text)) or not meta_field(fold(ln.text)):
        return False
    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].kind != BLANK), None)
    if above is None:
        return False
    # a «کد خبر: ۳۴۷۳۴۳۰» field above it is meta too (a «سرویس: ورزشی» label has no number)
    return above.kind in (DATE, META) or (above.kind == LABEL and bool(_COUNT.search(fold(above.text)))
                                          and meta_field(fold(above.text)))


#: this much of a headline's key a line must repeat at its end to repeat the headline
HEADLINE_ECHO_CHARS = 12


def _ends_with_headline(ln: Line, head: Line) -> bool:
    """Whether a line ends with the headline's text, whole or cut short: a trail or a title bar
    over the headline («ابتدا / مدارس / <headline>», «… / <the headline's first words>..»). By the
    keys: the line's key ends with the headline's, or with its first :data:`HEADLINE_ECHO_CHARS`
    characters or more; a shorter echo (a short headline) only at the end of a trail, a home and a
    section before it (:func:`.sections.headline_trail`)."""
    key, headline = ln.key, head.key
    j = key.find(headline[:HEADLINE_ECHO_CHARS]) if len(headline) >= HEADLINE_ECHO_CHARS and key != headline else -1
    while j >= 0:
        if j > 0 and headline.startswith(key[j:]) and _cut_echo(ln.text, head.text, len(key) - j):
            return True
        j = key.find(headline[:HEADLINE_ECHO_CHARS], j + 1)
    return bool(headline_trail(ln.text, head.text))


#: the marks a trail or a title bar cuts a long headline short with («… / <first words>..»)
_CUT_MARK = re.compile(r"(?:\.\.+|…)\s*$")


def _cut_echo(text: str, headline: str, n: int) -> bool:
    """Whether a line whose key ends with the first ``n`` characters of the headline's key shows
    the headline (whole, or cut short: a cut mark at its end, or a word cut in two), not a menu's
    last item that a short headline's first words make («… | تماس | نمایشگاه کتاب» over the site's
    name «نمایشگاه کتاب خبر»): a whole item is an item.

    >>> _cut_echo("خانه | تماس | نمایشگاه کتاب", "نمایشگاه کتاب خبر", 12)
    False
    >>> (_cut_echo("خانه / نمایشگاه کتا", "نمایشگاه کتاب خبر", 11),
    ...     _cut_echo("خانه / نمایشگاه..", "نمایشگاه کتاب خبر", 8))
    (True, True)
    """
    words = headline.split()
    ends = {len(line_key(" ".join(words[:k]))) for k in range(1, len(words))}
    return n not in ends or bool(_CUT_MARK.search(text))


#: «label: value» with a value of a few words (a name, a role): a field of a meta block
_FIELD_LINE = re.compile(r"^[^:：\d]{2,30}[:：]\s*[^\s:：]+(?:\s+[^\s:：]+){0,3}$")


def _field_among_meta(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a «label: value» field set between two of the article's meta lines
    (its byline, date, code: «نویسنده: …» / «بازبینی پزشکی: دکتر …» / «تاریخ انتشار: …»): one more
    field of the meta block, not the headline («وزیر: …» stands above the meta block)."""
    if not _FIELD_LINE.match(lines[i].text):
        return False
    above, below = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
    # above it a line that stands under a headline (a byline, a date, a code), not one that stands
    # over it (a section label «گروه: ورزشی», a credit): a quote headline «X: …» sits between those
    return above is not None and below is not None and below.kind in (DATE, META, LABEL) \
        and (above.kind in (DATE, META) or _is_byline(above)
             or (above.kind == LABEL and bool(_DIGIT.search(above.text))))


#: «label: value», the label of words: a field or a widget's line
_FIELD_VALUE = re.compile(r"^[^:：\d]{2,30}[:：](?P<v>.*)$")


def _valueless_field(text: str) -> bool:
    """Whether a line is a label and a value of no word: buttons, a readout, a code under a label
    («اندازه متن: A+ A-», «سرعت پخش: ۱x», «امتیاز: ۴.۵»), a widget's line, though no template knows
    it; a headline's words go on after its colon («ظریف: نه به مذاکره»), a line that ends with its
    colon introduces the next.

    >>> _valueless_field("اندازه متن: A+ A-"), _valueless_field("ظریف: نه"), _valueless_field("خبرگزاری فارس:")
    (True, False, False)
    """
    m = _FIELD_VALUE.match(text)
    value = m.group("v").split() if m else []
    return bool(value) and not any(sum(c.isalpha() for c in w) >= 2 for w in value)


def _widget_row(text: str) -> bool:
    """Whether a row of fields set apart by bars holds a widget's buttons under a label (a field of
    :func:`_valueless_field`): the row is the widget's, whatever its other fields say.

    >>> _widget_row("اندازه متن: A+ A- | نسخه چاپی"), _widget_row("کرونا | نگرانی مقامات از موج تازه")
    (True, False)
    """
    segs = _PIPE.split(SPACES.sub(" ", text)) if "|" in text or "｜" in text else []
    return len(segs) >= 2 and any(_valueless_field(p.strip()) for p in segs)


def _credits_site_name(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a credit in the site's name: the site's name atop the page (its first
    line, of two words or more, on nearly every page of the site) with one word beside it («خبرنگار
    شمارش آرا»), or ending a short line of the words before it (a writer's role at the site, on its
    own line under the writer's name: «خبرنگار اقتصادی <site>», «علی کریمی، دبیر بخش ایران <site>»),
    under the headline's meta lines, written for no one story (a headline says more than one word
    besides the name, and does not end with it).

    >>> site = replace(classify("آوای نمونه"), recurs=True, share=0.3)
    >>> [_credits_site_name([site, classify(t)], 1) for t in ("تحلیلگر امور منطقه آوای نمونه",
    ...  "آوای نمونه: نشست شورای شهر امروز برگزار شد", "نشست شورای شهر برگزار شد")]
    [True, False, False]
    """
    ln = lines[i]
    # (the name atop the page under the day's date bar, «امروز: پنج‌شنبه ۱۴ اسفند ۱۳۹۹», that some
    # sites set over their masthead)
    top = next((x for x in lines[:i] if x.kind not in (BLANK, DATE)), None)
    if top is None or top.words < 2 or ln.key == top.key or not ln.key.endswith(top.key) and not (
            ln.words == top.words + 1 and ln.key.startswith(top.key)):
        return False
    # (the name is the site's when the run shows it atop the site's pages, or when the page names it
    # again at the head of a line under: the story's dateline «به گزارش خبرنگار <site>، …», its
    # summary «<site>: …», the foot's «حق نشر © ۲۰۲۰ <site>»; a run that saw few of the site's pages,
    # or saw them open with other lines, a host name, knows it less)
    named = _named_again(lines, i, top.key)
    if not (top.recurs or named):
        return False
    if ln.words == top.words + 1:
        return top.share >= EVERY_PAGE or named
    # (the role's words before the name: a credit, no sentence; not the site's name with more after
    # it. The name opens the site's pages of this form, which may be few of its pages: a site's
    # copied pages among its HTML ones)
    return top.words + 1 < ln.words <= top.words + MAX_CREDIT_ROLE_WORDS and ln.key.endswith(top.key) \
        and ln.text.rstrip(_MARKS)[-1:] not in _ANY_TERMINAL


#: a writer's role and name before the site's name in a credit line: at most this many words
MAX_CREDIT_ROLE_WORDS = 6


def _named_again(lines: list[Line], i: int, key: str) -> bool:
    """Whether a line under line ``i`` names ``key`` (the name atop the page) within its first
    :data:`DATELINE_OPENS` characters: a dateline, a summary's source or a copyright line that
    credits the site by the name its header shows.

    >>> ls = [classify(t) for t in ("آوای نمونه", "دبیر بخش ایران آوای نمونه",
    ...                             "به گزارش خبرنگار آوای نمونه، نشست امروز برگزار شد.")]
    >>> _named_again(ls, 1, ls[0].key), _named_again(ls[:2], 1, ls[0].key)
    (True, False)
    """
    return any(key in line_key(ln.text[:DATELINE_OPENS]) for ln in lines[i + 1:] if ln.kind != BLANK)


#: the value of a site's «label: value» headline line has at least this many words
MIN_LABELLED_HEADLINE_WORDS = 4
#: a label ends with a colon within this many characters, of this many words at most (as the
#: template's :func:`~palayesh.extract.template.shape_key` reads a label)
SHAPE_LABEL_CHARS, SHAPE_LABEL_WORDS = 40, 4


def _labelled_value(ln: Line) -> str | None:
    """The headline a line the template learned by its label carries after it: a site that writes
    «عنوان خبر: <headline>» (in its own words) over every story's date, the label on each of its pages
    (the shape :func:`~palayesh.extract.template.shape_key` masks the value of) and the value on one;
    a label line (``LABEL``) whose shape recurs over the run's pages of its site the same.
    None for a line the site does not repeat, a value too short for a headline (a section «سرویس:
    ورزشی», a name «نویسنده: علی کریمی») or a sentence.

    >>> _labelled_value(replace(classify("عنوان خبر: نشست شورای شهر برگزار شد"), learned=True, recurs=True))
    'نشست شورای شهر برگزار شد'
    >>> _labelled_value(replace(classify("نویسنده: علی کریمی"), learned=True, recurs=True)) is None
    True
    """
    if not (ln.recurs and (ln.learned or ln.kind == LABEL)):
        return None
    m = _COLON.search(ln.text, 0, SHAPE_LABEL_CHARS)
    if m is None or not 0 < len(ln.text[:m.start()].split()) <= SHAPE_LABEL_WORDS:
        return None
    value = ln.text[m.end():].strip()
    if value.rstrip(_MARKS)[-1:] in TERMINAL or len(value.split()) < MIN_LABELLED_HEADLINE_WORDS \
            or _named_words(value) < MIN_LABELLED_HEADLINE_WORDS - 1:
        return None
    return value


def _speaker_named(lines: list[Line], i: int, opening: list[int | None]) -> bool:
    """Whether the words before the colon of line ``i`` name the story's speaker, whom its first
    prose lines (``opening``: its lead, its body's first paragraph) name too: a headline that quotes
    him («په‌په: نباید اشتباهات قبل را تکرار کنیم» over «په‌په، مدافع رئال مادرید …»), whole. A site's
    label («عنوان خبر:», «موضوع:») names a field, and no story's text says it.

    >>> from palayesh.extract.lines import classify
    >>> ls = [classify(t) for t in ("په‌په: نباید اشتباهات قبل را تکرار کنیم", "په‌په، مدافع رئال هشدار داد.")]
    >>> _speaker_named(ls, 0, [1]), _speaker_named([classify("عنوان خبر: نشست شورا برگزار شد"), ls[1]], 0, [1])
    (True, False)
    """
    m = _COLON.search(lines[i].text, 0, SHAPE_LABEL_CHARS)
    if m is None:
        return False
    said = {line_key(w) for j in opening if j is not None and j < len(lines) for w in lines[j].text.split()}
    words = [k for k in map(line_key, lines[i].text[:m.start()].split()) if k]
    return bool(words) and all(w in said for w in words)


def _after_headlines_gap(lines: list[Line], cl: list[int], gap_before: dict[int, bool]) -> list[int]:
    """The labels of a cluster above the headline (``cl``) below its one blank line, when the line
    right above that blank is longer than a section's name (the last of a box's headlines, no item
    of a menu) and one or two labels stand below it: a section and the story's kicker, set apart
    from the box by the blank line; ``cl`` itself otherwise (a blank line between every two lines
    sets nothing apart).

    >>> ln = [classify(t, None) for t in ["احتمال بازگشت پوگبا به تیم سابق", "صنعت آب", "گزارش آب"]]
    >>> _after_headlines_gap(ln, [0, 1, 2], {0: False, 1: True, 2: False})
    [1, 2]
    >>> _after_headlines_gap(ln, [0, 1, 2], {0: False, 1: False, 2: False})
    [0, 1, 2]
    """
    gaps = [k for k in range(1, len(cl)) if gap_before.get(cl[k])]
    if len(gaps) != 1 or len(cl) - gaps[0] > 2 or _named_words(lines[cl[gaps[0] - 1]].text) <= MAX_SECTION_WORDS:
        return cl
    return cl[gaps[0]:]


def _under_menu_place(lines: list[Line], cl: list[int]) -> list[int]:
    """The last two labels of a cluster above the headline (``cl``) when the upper one is an item of
    the menu set an item a line above them, shown again (the page's place in the menu: its section),
    and the lower one a label the site shows there under other labels too (:attr:`Line.under_others`:
    the story's kicker); ``cl`` itself otherwise."""
    if len(cl) < 3 or not lines[cl[-1]].under_others or all(lines[j].key != lines[cl[-2]].key for j in cl[:-2]):
        return cl
    return cl[-2:]


#: lines of the site's chrome (a widget, a sidebar) between a dated headline and the nearest
#: headline-like line above the body that make the dated one the article's (:func:`_dated_headline`)
WIDGET_LINES = 2
#: how far above the body the article's dated headline may stand (a sidebar between them)
DATED_HEADLINE_REACH = 40


#: a headline's code or label lines that may stand between it and its date line (:func:`_dated`)
DATED_META_LINES = 2

#: the roles of a date right under the headline that make it the article's header: its publication
#: date, a bare date, and its modification or review date (or another date of its own: a deadline)
_HEADER_ROLES = frozenset({"published", None, "modified", "other"})


def _dated(lines: list[Line], i: int, roles: Collection[str | None] | None = None) -> bool:
    """Whether the next line after ``i`` (blank lines aside) is the article's date or byline line:
    a date that is not a modification or "today" date («نویسنده | انتشار: … | دیدگاه‌ها: ۴»);
    ``roles``: the date roles that count."""
    nxt = _next_shown(lines, i)
    for _ in range(DATED_META_LINES):  # («کد خبر: ۲۰۴۱۶۲۵» between the headline and its date; a
        # byline «به قلم X» on a line of its own too)
        if nxt is None or not (lines[nxt].kind in (LABEL, META) or lines[nxt].kind == SHORT and _is_byline(lines[nxt])):
            break
        nxt = _next_shown(lines, nxt)
    if nxt is None or lines[nxt].kind != DATE:
        return False
    after = _next_shown(lines, nxt)
    if after is not None and lines[after].kind == DATE and _dated_item(lines[after]) and _dated_item(lines[nxt]) \
            and getattr(date_line(lines[after].text), "role", None) != "modified":
        return False  # a box's heading over its dated items («رویدادها» / «همایش … - ۹ آبان ۱۳۹۱» / …;
        # not a byline over the story's «آخرین به‌روزرسانی: …»)
    d = date_line(lines[nxt].text)
    return d is not None and d.role in (_ROLE_RANK if roles is None else roles)


def _site_field(ln: Line) -> bool:
    """A field of the article's meta block by the site's template: a short «label: value» line whose
    shape (its value masked) the site's pages repeat above their stories, whatever its label's words
    («تهیه و تنظیم: فاطمه شریفی», «گردآوری: …» on every story of the site, a name after each).

    >>> from dataclasses import replace
    >>> ln = classify("گردآوری و نگارش: فاطمه شریفی")
    >>> _site_field(ln), _site_field(replace(ln, recurs=True))
    (False, True)
    """
    return ln.recurs and ln.kind == SHORT and ln.words <= MAX_TITLE_WORDS and _LABEL_COLON.match(ln.text) is not None \
        and bool(ln.text.split(":", 1)[-1].strip())


def _toolbar_under_meta(lines: list[Line], top: int, j: int) -> bool:
    """Whether line ``j`` is a row of controls the site shows on its pages (a bar row its template
    knows: «کوچک | متوسط | بزرگ», the font size's) under the date line of the block that line ``top``
    heads: the story's toolbar, part of its header, whatever its words; the site's menu row right
    under a line is none of a story's header, and a line under the story's date heads none (a byline)."""
    return lines[j].kind == NAV and lines[j].recurs and any(x.kind == DATE for x in lines[top + 1:j])


def _meta_counter(ln: Line) -> bool:
    """A counter of the article's meta block (:func:`_counter_line`) that the site's template knows
    or that reads as chrome («👁 ١٥٩٧», «٨,٢٣٤ نفر این خبر را خواندند»): a short line of this page with
    a number in it («تمرین اختصاصی 3 استقلالی», a headline) is none."""
    return (ln.kind == CHROME or ln.recurs) and _counter_line(ln)


#: the article's meta block under its headline holds this many lines at least when no date is in it
MIN_META_BLOCK = 2
#: a counter after its label's colon: «کد مطلب: ۲۸۲۲۵۴»
_LABELLED_NUMBER = re.compile(r":\s*[0-9۰-۹٠-٩]")


def _over_meta_block(lines: list[Line], i: int) -> bool:
    """Whether the article's meta block stands under line ``i`` though its date is elsewhere (a site
    that shows it at the foot): :data:`MIN_META_BLOCK` lines or more of labels, meta and counters, one
    of them a label or meta line in a slot of the site's (its template knows it on most of its pages;
    a channel's handle and member count under its name are no such slot): «کد خبر: ٢٠٤١٦٢٥»
    / «در دسته والیبال» / «٨,٢٣٤ نفر این خبر را خواندند». A box's heading stands over its items."""
    block, slot = 0, False
    j = _next_shown(lines, i)
    while j is not None and (lines[j].kind in (LABEL, META) or _meta_counter(lines[j])):
        block += 1
        # (a labelled counter in the site's slot is one too, whatever its label's words: «کد مطلب:
        # ۲۸۲۲۵۴»; a channel's member count «۳۲۰ هزار عضو» under its name, unlabelled, is none)
        slot = slot or ((lines[j].kind in (LABEL, META) or _meta_counter(lines[j]) and _LABELLED_NUMBER.search(
            lines[j].text) is not None) and lines[j].recurs and lines[j].share >= FOOT_DATE_SHARE)
        j = _next_shown(lines, j)
    return block >= MIN_META_BLOCK and slot


def _stamped(ln: Line) -> bool:
    """Whether a line carries a whole date besides its words («همایش ملی آب - ۹ آبان ۱۳۹۱»): an
    item of a list of events or posts, not a headline."""
    return bool(_DIGIT.search(ln.text)) and bool(find_stamps(ln.text))


def _dated_item(ln: Line) -> bool:
    """Whether a date line is mostly words besides its date: an item «title - date» of a list."""
    d = date_line(ln.text)
    return d is not None and not mostly_date(ln.text, d)


def _under_article_date(lines: list[Line], i: int) -> bool:
    """Whether the nearest line above ``i`` (labels, counters and chrome aside) is a date line of an
    article's header (a publication, modification or bare date, not a "today" date of the site's
    header): line ``i`` then stands inside the article's header, not above it."""
    for j in range(i - 1, max(-1, i - HEADER_META_MAX_LINES), -1):
        ln = lines[j]
        if ln.kind in (BLANK, LABEL, META, CHROME):
            continue
        d = date_line(ln.text) if ln.kind == DATE else None
        return d is not None and d.role in _HEADER_ROLES
    return False


def _names_its_day(lines: list[Line], i: int, head_end: int) -> bool:
    """Whether the date line ``i`` is a headline that names its story's day (a press review's
    «صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲»): a phrase of three words or more that runs into its
    date with no field's separator between (no item «title - date» of a list, no «label: date»),
    no label or byline, the site shows it on no other page, and right under it the article's own
    date line says that day and little else, or a clock alone says the hour of the day it names.

    >>> lines = [classify(t) for t in ("صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲", "۱۰ آذر ۱۴۰۲ - ۰۷:۰۸")]
    >>> _names_its_day(lines, 0, 2)
    True
    >>> _names_its_day([classify(t) for t in ("صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲", "ساعت ۰۷:۰۸")], 0, 2)
    True
    >>> lines = [classify(t) for t in ("همایش ملی آب و خاک - ۱۰ آذر ۱۴۰۲", "۱۰ آذر ۱۴۰۲ - ۰۷:۰۸")]
    >>> _names_its_day(lines, 0, 2)
    False
    """
    ln = lines[i]
    d = date_line(ln.text)
    if d is None or d.role is not None or ln.recurs or ln.site or _is_byline(ln):
        return False  # (a label says what the date is: «منتشر شده در …», «امروز …»; «نوشته X …» is a byline)
    before = ln.text[:d.stamp.start]  # (the span read on the folded line, which keeps the line's length)
    if _named_words(before) < 3 or _FIELD_BREAK_AT_END.search(before):
        return False
    j = _next_shown(lines, i)
    if j is None or j >= head_end:
        return False
    if _CLOCK_ALONE.fullmatch(fold(lines[j].text)):
        return True  # («۰۷:۰۸» alone: the hour of the day the headline names, the page's only date)
    if lines[j].kind != DATE:
        return False
    under = date_line(lines[j].text)
    return under is not None and under.stamp.day == d.stamp.day and mostly_date(lines[j].text, under)


#: a line that is a clock and nothing else («۰۷:۰۸», «ساعت ۰۷:۰۸»), digits folded
_CLOCK_ALONE = re.compile(r"[^\w]*(?:ساعت\s*)?\d{1,2}\s*:\s*\d{2}(?::\d{2})?[^\w]*")
#: the end of a line's words where a field ends and its date begins: a bar, a spaced dash, a colon
_FIELD_BREAK_AT_END = re.compile(r"(?:[|｜•·:：،,]|\s[-–—/])\s*$")


def _dated_headline(lines: list[Line], cand: int | None, head_end: int) -> int | None:
    """The headline the article's own date line stands under, when the line nearest above the body
    is not it: a headline, its date or byline line, then a box of the site's chrome (a price
    table, a «most read» list, an events sidebar) between them and the body. The nearest line
    above the body is then an item of that box; the article's header is where its date is.

    A headline-like line (three words or more, not one the site repeats) directly above a dated
    line, with at least :data:`WIDGET_LINES` lines of a box between that date and the nearest
    candidate (which has no date line of its own below it): chrome, headings, rows and items
    (short lines: a list's other headlines), a price table's «updated» date; no menu or trail,
    which stand above the article's header."""
    if cand is None or ((_dated(lines, cand, _HEADER_ROLES) or _over_meta_block(lines, cand))
                        and not _stamped(lines[cand])):
        return None  # (a headline over its modification or review date is the article's too)
    if _framed(lines, cand, head_end):
        return None  # a title bar «<headline> - <site>» over its date names the candidate: the bar is no headline
    if _said_over_own_meta(lines, cand):
        return None  # («<headline> / نوشته X · ۴ دقیقه مطالعه / <headline>»: the page's own, said twice)
    if _aged_over_story(lines, cand, head_end):
        return None  # («<headline> / ۲ دقیقه مطالعه · ۹ ماه پیش / ۲۳,۵۱۴ بازدید / <story>»: dated by its age)
    # the candidate itself may be an item «title - date», or a short line the site shows on its
    # other pages too («پایان نیمه اول»: a status, not a headline, which is written for one story)
    widget = int(_stamped(lines[cand]) or (bool(lines[cand].seen) and lines[cand].words <= MAX_SECTION_WORDS))
    # (or the head of a box of the site's lines under it, down to the story: a scoreboard over its
    # «نیمه دوم», «ورزشگاه: …», «داور: …» rows)
    widget += sum(1 for ln in lines[cand + 1:head_end]
                  if ln.kind == CHROME or (ln.kind == SHORT and (ln.recurs or ln.seen)))
    own = _kicker_lines(lines, cand)
    for i in range(cand - 1, max(-1, cand - DATED_HEADLINE_REACH), -1):
        ln = lines[i]
        if i in own:
            continue  # the candidate's own section and kicker («گوناگون» / «نگاهی دیگر»): no box's lines
        if _ends_with_headline(ln, lines[cand]):
            return None  # a trail ending in the candidate's text («… / مدارس / <headline>»): it is the headline
        if ln.kind == SHORT and _named_words(ln.text) >= 3 and not (ln.site or ln.recurs or ln.tagline or _stamped(ln)
                                                        or LIST_ITEM.match(ln.text) or _is_byline(ln)
                                                        or count_row(ln.text)) \
                and (_dated(lines, i) or _over_meta_block(lines, i)):
            return i if widget >= WIDGET_LINES and (ln.key == lines[cand].key or not (
                _said_again_alone(lines, cand) or _echoed(lines, cand, cand))) \
                else None  # (the candidate said again as a line of its own, or in a title bar
            # «<site> - <headline>» above: no box's item displaces it)
        if ln.kind == NAV and _under_article_date(lines, i):
            widget += 1  # a row of controls under the article's date («کوچک | متوسط | بزرگ»), no menu
            continue
        if ln.kind in (NAV, CRUMB) or (ln.kind in (CHROME, SHORT) and (is_menu_line(ln.text) or ln.key in HOME_KEYS)):
            return None  # a menu or a trail, or the home item atop a menu set an item a line: the
            # site's header, above the article's (a tagline over the header's day is no headline; a ticker and
            # the "today" date above it are no dated headline; nor the site's name over its date
            # above the menu, which the template may have made chrome, or which, its items set
            # apart by runs of spaces only, reads as a short line: «🏠   عکس   ورزش استان   گرگان»)
        if ln.kind in (CHROME, END, SHORT):
            widget += 1
        elif ln.kind == DATE:
            d = date_line(ln.text)
            widget += d is None or d.role not in _ROLE_RANK  # («آخرین به‌روزرسانی: …» of a price table)
    return None


def _said_over_own_meta(lines: list[Line], cand: int) -> bool:
    """Whether the candidate headline ``cand`` stands twice around its own meta lines: the same
    words right over its byline, date or counters and again under them, over the story
    («<headline> / نوشته مریم بهرامی · ۴ دقیقه مطالعه / <headline>»). A box's item or a ticker's is
    said once there; the page sets its own headline over its meta block and again over its text.

    >>> from palayesh.extract.lines import classify
    >>> t = "قهرمانی تیم ملی در رقابت‌های آسیایی"
    >>> _said_over_own_meta([classify(x) for x in (t, "نوشته مریم بهرامی · ۴ دقیقه مطالعه", t)], 2)
    True
    >>> _said_over_own_meta([classify(x) for x in (t, "اخبار ورزشی", t)], 2)
    False
    """
    key = lines[cand].key
    i = _prev_shown(lines, cand)
    walked = 0
    while i is not None and (lines[i].kind in (DATE, META, LABEL) or _is_byline(lines[i])):
        walked += 1
        i = _prev_shown(lines, i)
    if walked > 0 and i is not None and lines[i].key == key and _shown_as_headline(lines[i]):
        return True
    # (or the candidate is the upper of the two: its meta lines and the story's summary under it,
    # then its words again over the text, «<headline> / نوشته X · ۱ دقیقه مطالعه / <summary> / <headline>»)
    i, walked = _next_shown(lines, cand), 0
    while i is not None and (lines[i].kind in (DATE, META, LABEL) or _is_byline(lines[i])):
        walked += 1
        i = _next_shown(lines, i)
    if walked and i is not None and lines[i].kind == PARA:
        i = _next_shown(lines, i)  # (the summary, one paragraph)
    return walked > 0 and i is not None and lines[i].key == key and _shown_as_headline(lines[i])


def _aged_over_story(lines: list[Line], cand: int, head_end: int) -> bool:
    """Whether the candidate headline ``cand`` stands over its own meta lines down to the story
    (``head_end``), one of them its age («۲ دقیقه مطالعه · ۹ ماه پیش»): the page dates its headline by a
    relative time, no date line, and the story follows. A row of controls may close the block («A+ |
    A- | چاپ», :func:`_control_row`). A list's item over its age has the list's next item under it,
    not the story.

    >>> from palayesh.extract.lines import classify
    >>> t = "قهرمانی تیم ملی در رقابت‌های آسیایی"
    >>> _aged_over_story([classify(x) for x in (t, "۲ دقیقه مطالعه · ۹ ماه پیش", "۲۳,۵۱۴ بازدید")], 0, 3)
    True
    >>> _aged_over_story([classify(x) for x in (t, "۹ ماه پیش", "کاهش قیمت طلا در بازار امروز تهران")], 0, 3)
    False
    """
    aged = False
    j = _next_shown(lines, cand)
    while j is not None and j < head_end and (lines[j].kind in (META, LABEL, DATE) or _control_row(lines[j])):
        aged = aged or bool(RELATIVE.search(fold(lines[j].text)))
        j = _next_shown(lines, j)
    return aged and (j is None or j >= head_end)


def _control_row(ln: Line) -> bool:
    """Whether a line is a row of the page's controls by its shape: buttons of a word or two each
    («A+ | A- | چاپ», :func:`_controls_row`), drawn with icons («🖨 چاپ | 🔗 کپی لینک»,
    :func:`_icon_controls`), or a widget's under its label («اندازه متن: A+ A-», :func:`_widget_row`): a
    line of the article's meta block, whatever its words.

    >>> from palayesh.extract.lines import classify
    >>> _control_row(classify("A+ | A- | چاپ")), _control_row(classify("هفته دهم لیگ | آتش‌بازی لستر در خانه"))
    (True, False)
    """
    return ln.kind == NAV and (_controls_row(ln.text) or _icon_controls(ln.text) or _widget_row(ln.text))


def _said_again_alone(lines: list[Line], cand: int) -> bool:
    """Whether the page shows the candidate headline ``cand`` once more, as a line of its own (no
    headline-like line right over or under it, as a ticker's or a box's items stand): the page's
    headline said high in its header, over the site's menu, and again over the story
    (:func:`_headline_said_twice`), or again under the story's summary; a dated line of a box between
    (another story's item over its date, the site's tagline over its "today" date) does not displace it."""
    key = lines[cand].key
    for k, ln in enumerate(lines):
        if k == cand or ln.key != key or not _shown_as_headline(ln) or ln.recurs:
            continue
        up, down = _prev_shown(lines, k), _next_shown(lines, k)
        if not any(j is not None and _headline_like(lines[j]) for j in (up, down)):
            return True
    return False


#: a headline has at most this many label lines of its own right above it (its section, a kicker)
MAX_KICKER_LINES = 2


def _half_of_headline(ln: Line) -> bool:
    """Whether a short line may be half of a headline broken in two: a line written for this story
    (none the site repeats, shows as a label elsewhere, nor one the run holds as another story's
    headline), not opened by a label the site writes on many of its pages («روتیتر: …»). (A site
    that breaks its headlines shows a line written for one story right above each: its slot reads
    as a kicker's, :attr:`Line.kicker`, which says nothing of this line.)"""
    return ln.kind == SHORT and not (ln.site or ln.recurs or ln.seen or ln.tagline or ln.told_own
                                     or ln.elsewhere or ln.related or ln.byline or ln.vocab) \
        and ln.heads < BOX_HEAD_SHARE


#: words a phrase does not end with (prepositions, conjunctions, the object marker): a line ending
#: with one runs on into the next («اجرای جنگل‌کاری در 170 / هزار هکتار …»); the line under it opens
#: with one of :data:`_OPENS_RUN_ON` when it goes on the phrase above («برتری چین و هند / در پایان …»)
_ENDS_RUN_ON = frozenset(line_key(w) for w in (
    "از", "با", "بر", "برای", "به", "تا", "در", "درباره", "و", "که", "را", "یا", "اما", "ولی", "روی", "بین"))
_OPENS_RUN_ON = frozenset(line_key(w) for w in ("و", "که", "را", "در", "از", "به", "با", "برای", "بر"))
#: the words that multiply a figure before them («170 هزار»): a line ending with a figure runs on
#: into a line opening with one
_MULTIPLIERS = frozenset(line_key(w) for w in ("هزار", "میلیون", "میلیارد", "هزارم"))
_FIGURE = re.compile(r"^[\d۰-۹٠-٩][\d۰-۹٠-٩.,٫٬/]*$")


def _runs_on_below(upper: str, lower: str) -> bool:
    """Whether a line's phrase runs on into the line under it, by the grammar of the words where they
    meet: the upper line ends with a preposition or a conjunction, or the lower opens with one (a
    prepositional phrase, «در پایان روز چهارم», heads no story on its own), or a figure is cut from
    the word that multiplies it («… در 170 / هزار هکتار …»).

    >>> _runs_on_below("اجرای جنگل‌کاری چند منظوره در 170", "هزار هکتار از عرصه‌ها")
    True
    >>> _runs_on_below("برتری چین، هند و فیلیپین", "در پایان روز چهارم"), _runs_on_below("سد کرج", "پر شد")
    (True, False)
    """
    up, low = upper.split(), lower.split()
    return bool(up and low) and (line_key(up[-1]) in _ENDS_RUN_ON or line_key(low[0]) in _OPENS_RUN_ON
                                 or bool(_FIGURE.match(up[-1])) and line_key(low[0]) in _MULTIPLIERS)


def _broken_headline(lines: list[Line], title_i: int, head_end: int, *,
                     grammar: bool = False) -> tuple[int, int] | None:
    """The two lines of a headline a site that breaks its headlines in two (over most of its pages,
    :meth:`.template.PageTemplate.breaks_headlines`) broke on this page: the line taken for the
    headline and the one right above it, or right under it (the lower half too short to be taken:
    «مصدومیتش نیست»), when the two read as halves of one phrase (:func:`.rejoin.broken_in_two`);
    None otherwise. (The site's kickers recur, or are far shorter than its headlines.) ``grammar``: a
    page the run taught nothing (its site's one page, or one read alone), where only the words where
    the halves meet tell a broken headline (:func:`_runs_on_below`) from a kicker over it."""
    head = lines[title_i]
    if head.kind not in (SHORT, PARA) or head.words > MAX_TITLE_WORDS:
        return None
    up = title_i - 1
    if up >= 0 and _half_of_headline(lines[up]) and lines[up].words + head.words <= MAX_TITLE_WORDS \
            and _one_block(lines[up], head) and broken_in_two(lines[up].text, head.text) \
            and (not grammar or _runs_on_below(lines[up].text, head.text)):
        return up, title_i
    down = title_i + 1
    if down < head_end and _half_of_headline(lines[down]) and lines[down].words + head.words <= MAX_TITLE_WORDS \
            and all(lines[j].kind not in (SHORT, PARA) for j in range(down + 1, head_end)) \
            and _one_block(head, lines[down]) and broken_in_two(head.text, lines[down].text) \
            and (not grammar or _runs_on_below(head.text, lines[down].text)):
        return title_i, down
    return None


def _one_block(upper: Line, lower: Line) -> bool:
    """Whether two lines one right under the other stand in one block of the page: no empty line
    parts them, or the page parts the upper one from the line above it too (a page that sets an empty
    line between all its lines). A headline's halves are one block; the last item of a box of other
    stories' headlines (a «most read» list the page closes with an empty line right over the
    headline) is no half of it, whatever its words."""
    return not lower.gap or upper.gap


def _kicker_lines(lines: list[Line], cand: int) -> set[int]:
    """The label lines right above line ``cand`` (:data:`MAX_KICKER_LINES` at most, of
    :data:`MAX_SECTION_WORDS` words or fewer each, no field «label: value»: a section «اجتماعی», a
    kicker «نگاهی دیگر»): a headline's own labels, which a site sets between its date line and its
    headline; a box's items (a «most read» list's headlines, a price table's or a scoreboard's rows
    «داور: نگار شریفی») are longer, carry numbers or are fields."""
    own: set[int] = set()
    i = _prev_shown(lines, cand)
    while i is not None and len(own) < MAX_KICKER_LINES and _kicker(lines[i]):
        own.add(i)
        i = _prev_shown(lines, i)
    return own


def _headline_over_meta(lines: list[Line], cand: int | None, head_end: int) -> int | None:
    """The headline over the article's meta block (:func:`_over_meta_block`) when the candidate is a
    short line under that block, right above the story: a source's name «سایت انجمن یوزپلنگ ایرانی»
    under «<headline> / ۸ ساعت پیش / کد مطلب: ۲۸۲۲۵۴ / چاپ | ذخیره»; a headline stands over its
    meta block, and only the block (its labels, meta and counters, the site's rows of controls and
    its single controls, «🖨 نسخه چاپی», which its pages repeat) stands between. None when the
    candidate is a line the page names its headline (:func:`_framed`), a sentence, or longer than a
    credit («گزارش خبرنگار ما» is one).

    The block may hold the article's dates and byline too, when the candidate stands inside it, a
    meta line right under it as well: a short line between the story's date lines and its code or
    counter lines (:func:`_inside_meta_block`) is one more field of the block (a section or a tag
    the site shows bare, «طرح زوج و فرد»), never the headline, which stands over the whole block.
    (A date line the template knows is walked as a counter too, its digits masked:
    :func:`_meta_counter`; so the dated block also stands over a candidate under it, a photo's caption
    over the story. It cost abheld a title and yheld a section in s56 and gains wheld three titles:
    s57-head, not settled.)"""
    if cand is None or lines[cand].kind != SHORT or _named_words(lines[cand].text) > MAX_TITLE_WORDS \
            or lines[cand].text.rstrip(_MARKS)[-1:] in _ANY_TERMINAL or _framed(lines, cand, head_end):
        return None
    # (a line longer than a credit, «پرسش کاربر: علی از شیراز، ۵۵ ساله», only on a page the run taught
    # little of, with a figure in it, under a block of :data:`MIN_LONG_META_BLOCK` lines or more right
    # under a dated headline)
    long = _named_words(lines[cand].text) > MAX_CREDIT_WORDS
    if long and not (_DIGIT.search(lines[cand].text) and _little_taught(lines, cand)):
        return None
    inside = _inside_meta_block(lines, cand)
    # (a page the run taught nothing, none of its header's lines seen on another page: the block's
    # lines told by their own shape, :func:`_alone_meta`)
    # (only for a credit's few words or a widget's readout: a headline of four words or more right
    # over the story, under another story's teaser and its date, is the page's own; a credit, «(فارس)»,
    # and a single control the lexicon knows, «نسخه چاپی», are lines of the block too)
    # (a story's dateline broken off its first sentence, «به گزارش خبرنگار ما», is a credit's words too)
    alone = _little_taught(lines, cand) \
        and (_named_words(lines[cand].text) <= MAX_ALONE_CREDIT_WORDS or bool(_DIGIT.search(lines[cand].text))
             or _dateline_alone(lines[cand].text))
    i = _prev_shown(lines, cand)
    walked, dated, coded, signed = 0, False, False, False
    while i is not None and (lines[i].kind in (LABEL, META) or _meta_counter(lines[i])
                             or (lines[i].kind in (NAV, CHROME) and lines[i].recurs)
                             or inside and (_header_date(lines[i]) or _is_byline(lines[i]))
                             or alone and (_alone_meta(lines[i]) or _credit_line(lines[i])
                                           or lines[i].kind == CHROME and lines[i].words <= MAX_CONTROL_WORDS)):
        dated = dated or lines[i].kind == DATE
        signed = signed or _is_byline(lines[i])
        coded = coded or lines[i].kind == LABEL and _LABELLED_NUMBER.search(lines[i].text) is not None
        walked += 1
        i = _prev_shown(lines, i)
    if i is None or i == _prev_shown(lines, cand):
        return None  # (no block between)
    ln = lines[i]
    headline = _shown_as_headline(ln)
    if headline and _named_words(ln.text) >= 3 and not (ln.site or ln.recurs or ln.tagline or count_row(ln.text)) \
            and (_over_meta_block(lines, i) or dated and walked >= MIN_META_BLOCK
                 or alone and coded and walked >= MIN_META_BLOCK) \
            and (not long or (walked >= MIN_LONG_META_BLOCK or dated and signed) and _dated(lines, i)):
        return i  # (a headline with one bar too, as the header reads it: «خط حزب‌الله ۲۸۷ | پایان شب صهیون»)
    return None


#: a line longer than a credit under a page's meta block of this many lines or more is no headline
#: (:func:`_headline_over_meta`); so is one under a block of two that holds the story's byline and its
#: date («<headline> / به قلم شیما کاظمی / انتشار: ۱ اسفند ۱۳۸۷ / چاپ شده در صفحه ۸ شماره ۱۵۹۶»): the
#: two fields a story's head has, whatever a site calls its other rows
MIN_LONG_META_BLOCK = 3


#: a line under the meta block of a page alone is a credit, not the headline, of this many named words
#: at most («گزارش خبرنگار ما», «🔊 شنیدن این خبر»)
MAX_ALONE_CREDIT_WORDS = 3
#: a counter a page alone shows in its meta block has this many words at most («👁 57,629», «۷ دیدگاه»:
#: a headline opening with a figure, «1000 دانشجوی گیلان معتکف می‌شوند», reads as a longer counter)
MAX_ALONE_COUNTER_WORDS = 3


def _little_taught(lines: list[Line], cand: int) -> bool:
    """Whether the run taught little of the header above line ``cand``: of its shown lines, at most
    one in :data:`MAX_TAUGHT_SHARE` is a line the site's template knows as its own (:attr:`Line.recurs`;
    a label another page shows too, :attr:`Line.seen`, is no lesson of the site's: sites of one kind
    share their menus' words). A page alone has none; a host the run holds one or two pages of,
    among other sites' pages in the run's families, has a counter another site shares («۴۷٬۸۲۱
    بازدید»), no more: its meta block is read by its lines' shapes, as a page alone's.

    >>> from palayesh.extract.lines import classify
    >>> _little_taught([classify(t) for t in ("خانه", "اقتصاد", "سیاست", "ورزش", "پرسش کاربر: مینا، ۳۰ ساله")], 4)
    True
    """
    shown = [ln for ln in lines[:cand] if ln.kind != BLANK]
    return sum(1 for ln in shown if ln.recurs) * MAX_TAUGHT_SHARE <= max(len(shown), MAX_TAUGHT_SHARE)


#: a header the run taught a line of at most one in this many reads as a page alone's (:func:`_little_taught`)
MAX_TAUGHT_SHARE = 5


def _credit_line(ln: Line) -> bool:
    """Whether a line is the story's credit and nothing else: an agency's name alone or in brackets
    («(فارس)», «خبرگزاری ایسنا»), one more line of the article's meta block under its date.

    >>> from palayesh.extract.lines import classify
    >>> _credit_line(classify("(فارس)")), _credit_line(classify("ظریف: نه به مذاکره"))
    (True, False)
    """
    return bare_credit(ln) or ln.kind == SHORT and agency_in_brackets(ln.text) is not None


def _alone_meta(ln: Line) -> bool:
    """Whether a line reads as one of the article's meta block by its own shape, on a page whose site
    the run did not teach: its date (its age beside it too: «📅 شنبه ۱۴ دی ۱۳۹۲ (۴ دقیقه قبل)») or byline, a counter
    (:func:`_counter_line`: «👁 57,629», «۷ دیدگاه»), a widget's buttons («اندازه متن: A+ A-»), a row
    of controls (a row of bars that reads as no headline: «کوچک | متوسط | بزرگ»)."""
    return ln.kind == DATE and (d := date_line(ln.text)) is not None and d.role in _HEADER_ROLES \
        or _is_byline(ln) or ln.words <= MAX_ALONE_COUNTER_WORDS and _counter_line(ln) \
        or _valueless_field(ln.text) or _widget_row(ln.text) \
        or ln.kind == NAV and not _shown_as_headline(ln) and not count_row(ln.text) \
        and (ln.words <= MAX_CREDIT_WORDS + 3 or _controls_row(ln.text)) \
        or ln.kind == NAV and _icon_controls(ln.text)


def _icon_controls(text: str) -> bool:
    """Whether a row of bars is a row of buttons each drawn with its icon: a symbol, then a button's
    words (:data:`MAX_CONTROL_WORDS` at most, no figure), two items or more («🖨 چاپ | 🔗 کپی لینک»); a
    kicker and a headline a bar sets apart are phrases, with no icon before each.

    >>> _icon_controls("🖨 چاپ | 🔗 کپی لینک"), _icon_controls("هفته دهم لیگ | آتش‌بازی لستر در خانه ساوتهمپتون")
    (True, False)
    """
    items = [p.strip() for p in _PIPE.split(text) if p.strip()]
    return len(items) >= 2 and all(
        unicodedata.category(p[0]) == "So" and not _DIGIT.search(p)
        and 0 < sum(1 for w in p.split() if any(c.isalnum() for c in w)) <= MAX_CONTROL_WORDS for p in items)


def _controls_row(text: str) -> bool:
    """Whether a row of bars is a row of controls: :data:`MIN_CONTROLS` items or more, each a button
    of :data:`MAX_CONTROL_WORDS` words at most, its icon aside («🖨 چاپ | ✉ ارسال | A+ | A-»,
    «اشتراک: تلگرام | واتساپ | ایتا | کپی لینک»); a headline's halves are phrases.

    >>> _controls_row("🖨 چاپ | ✉ ارسال | A+ | A-"), _controls_row("هفته دهم لیگ | آتش‌بازی لستر در خانه ساوتهمپتون")
    (True, False)
    """
    items = [sum(1 for w in p.split() if any(c.isalnum() for c in w)) for p in _PIPE.split(text)]
    return len(items) >= MIN_CONTROLS and all(0 < n <= MAX_CONTROL_WORDS for n in items)


#: a row of controls holds this many items or more, each of this many words at most (:func:`_controls_row`)
MIN_CONTROLS, MAX_CONTROL_WORDS = 3, 2


def _header_date(ln: Line) -> bool:
    """Whether a line is a date of the article's header: its publication, modification or bare
    date (not a "today" date, nor a date among other words: a dated item)."""
    if ln.kind != DATE:
        return False
    d = date_line(ln.text)
    return d is not None and d.role in _HEADER_ROLES and mostly_date(ln.text, d)


def _inside_meta_block(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands inside the article's meta block: a date of the article's header
    right above it (:func:`_header_date`) and a label or meta line right under it (a code, a
    counter: «کد خبر: ۹۵۸۶۳۴۶»)."""
    above, below = _prev_shown(lines, i), _next_shown(lines, i)
    return above is not None and below is not None and _header_date(lines[above]) \
        and (lines[below].kind in (LABEL, META) or _meta_counter(lines[below]))


#: the header parser looks for the headline this many lines above the story
HEADLINE_REACH = 12

#: a line at a slot where the site's pages told their headline on this share of their headline-like
#: lines or less is no headline of the site's (a widget's line between the header and the story) ...
MAX_UNTOLD_SLOT = 0.5
#: ... and one at a slot told on this share or more, and by this much more, is
MIN_TOLD_SLOT, MIN_SLOT_MARGIN = 0.75, 0.4
#: ... and a candidate the run shows on other stories' pages, at a slot whose lines the site's pages
#: tell as their headline this often at most (as often as not), gives way to a line at a told slot
#: whatever the margin between them
MAX_SHOWN_SLOT = 0.6


def _echoed(lines: list[Line], i: int, top: int) -> bool:
    """Whether a longer line above ``top`` repeats line ``i`` (a title bar «<headline> - <site>», a
    trail ending with it): the page names it its headline."""
    key = lines[i].key
    return len(key) >= 8 and any(j != i and len(lines[j].key) > len(key) and key in lines[j].key
                                 for j in range(top))


#: a title bar «<headline> - <site>» adds at most this many characters of key to the headline's
SITE_NAME_KEY_CHARS = 40


#: a story's dateline on a line of its own, cut from the sentence it opens: «به گزارش» and a few words
#: (who reports), or «گزارش خبرنگار» and a word or two; nothing after them
_DATELINE_ALONE = re.compile(r"\W{0,3}(?:به\s*گزارش(?:\s+[^\W\d_]+){1,3}|گزارش\s+خبرنگار(?:\s+[^\W\d_]+){1,2})\s*")


def _dateline_alone(text: str) -> bool:
    """Whether a line is a story's dateline alone, broken off from the sentence it opens (a bold
    «به گزارش خبرنگار ما» over the paragraph going on «، …»): a credit's words, no headline.

    >>> _dateline_alone("به گزارش خبرنگار ما"), _dateline_alone("گزارش خبرنگار ما")
    (True, True)
    >>> _dateline_alone("گزارش تصویری از زلزله کرمان"), _dateline_alone("به گزارش بانک جهانی، تورم کاهش یافت")
    (False, False)
    """
    return _DATELINE_ALONE.fullmatch(fold(text)) is not None


def _runs_on(text: str) -> bool:
    """Whether a line ends with a colon or a comma, running on into the next line: the start of a
    sentence or an introduction, no headline or trail.

    >>> _runs_on("به گزارش خبرنگار ما،"), _runs_on("خبرگزاری فارس:"), _runs_on("نشست شورای شهر برگزار شد")
    (True, True, False)
    """
    return text.rstrip(_MARKS)[-1:] in _RUNS_ON


def shown_part(title: str, lines: list[str], names: list[str] | None = None) -> str | None:
    """The headline of a title bar «سایت - خبر» / «خبر | سایت» (a <title>, an og:title, a flat
    page's title bar line) when the page shows it as a line of its own: the longest side of a bar
    that a page line is, with what is cut off short (a site's name) and no longer than it. When the
    page shows no side as the headline but shows the short side as a line of its own (the site's
    name in its logo or header; among ``names`` when given), the headline is the other side, in
    the title bar only. A bar of three parts or more «بخش | خبر | سایت» gives its middle too: the
    part the page shows as a line, with a short part (a section, the site's name) on each side.
    None when the page shows the whole title bar or no side of it, or shows it whole as a side of
    another bar (a series' name before its episode «سریال شهرزاد - قسمت ۴» on most of a site's
    pages is the headline's, when the browser's title «سریال شهرزاد - قسمت ۴ | نقد فیلم» says so).

    >>> shown_part("نشست شورا برگزار شد - عاشق فوتبال", ["عاشق فوتبال", "خانه"])
    'نشست شورا برگزار شد'
    >>> shown_part("ورزش | نشست شورا برگزار شد | عاشق فوتبال", ["عاشق فوتبال", "ورزش", "نشست شورا برگزار شد"])
    'نشست شورا برگزار شد'
    >>> shown_part("سریال شهرزاد - قسمت ۴", ["سریال شهرزاد - قسمت ۴ | نقد فیلم", "نقد فیلم"], ["سریال شهرزاد"]) is None
    True
    """
    cuts = list(TITLE_BAR.finditer(title))
    if not cuts:
        return None
    shown = {line_key(ln) for ln in lines}
    whole = line_key(title)
    if whole in shown or any(whole in (line_key(ln[:m.start()]), line_key(ln[m.end():]))
                             for ln in lines for m in TITLE_BAR.finditer(ln)):
        return None  # (shown whole, or whole beside another side of a bar: «<title> | <site>» atop the page)
    site = shown if names is None else {line_key(ln) for ln in names}
    best = named = None
    for m in cuts:
        for part, rest, after in ((title[:m.start()], title[m.end():], False),
                                  (title[m.end():], title[:m.start()], True)):
            if len(rest) > SITE_NAME_MAX_CHARS or len(part) < len(rest):
                continue
            if line_key(part) in shown and (best is None or len(part) > len(best)):
                best = part.strip()
            elif (line_key(rest) in site and TITLE_BAR.search(rest) is None
                    and (named is None or len(part) > len(named))):
                # (the site's name, shown by itself: what it stands beside is the headline, past a
                # section the same mark parts from it, «سایت » بخش » خبر»)
                named = _past_trail_item(part.strip(), m.group().strip(), after)
    for a, m in enumerate(cuts):
        for n in cuts[a + 1:]:
            left, part, right = title[:m.start()], title[m.end():n.start()], title[n.end():]
            if max(len(left), len(right)) > SITE_NAME_MAX_CHARS or len(part) < max(len(left), len(right)):
                continue
            if line_key(part) in shown and (best is None or len(part) > len(best)):
                best = part.strip()
    return best or named


#: a section between a title bar's site name and its headline is a label of this many words at most
BAR_TRAIL_ITEM_WORDS = 3
#: the marks that part a title bar's items as a trail's, and that a headline hardly holds (a dash
#: or a colon does: «پیش بازی آث میلان - اینتر - <site>» is a headline beside the site's name)
TRAIL_MARKS = ("|", "»")


def _past_trail_item(part: str, mark: str, after: bool) -> str:
    """The headline in ``part``, the side of a title bar beside the site's name (``after``: the
    side after it): past a short item the same ``mark`` parts from a longer rest, on the side next
    to the site's name, as a trail's items are parted («سایت » بخش » خبر», «خبر :: بخش :: سایت»); a
    headline with another mark inside it («ایران - آمریکا؛ …») stays whole.

    >>> _past_trail_item("اجتماعی » نشست شورای شهر برگزار شد", "»", True)
    'نشست شورای شهر برگزار شد'
    >>> _past_trail_item("ایران - آمریکا؛ دیدار دو تیم برگزار شد", "|", True)
    'ایران - آمریکا؛ دیدار دو تیم برگزار شد'
    >>> _past_trail_item("پیش بازی آث میلان - اینتر", "-", False)
    'پیش بازی آث میلان - اینتر'
    """
    cuts = [c for c in TITLE_BAR.finditer(part) if c.group().strip() == mark]
    if not cuts or mark not in TRAIL_MARKS:
        return part
    c = cuts[0] if after else cuts[-1]
    near, far = (part[:c.start()], part[c.end():]) if after else (part[c.end():], part[:c.start()])
    if len(near.split()) <= BAR_TRAIL_ITEM_WORDS and len(far) > len(near):
        return far.strip()
    return part


def _bar_headline(lines: list[Line], title_i: int, head_end: int) -> str | None:
    """The headline a title bar line chosen as the headline stands for («<headline> - <blog>» over
    the date, the headline again under it): its side the header shows as a line of its own, or the
    side beside the site's name (the page's first line, or a line the run shows atop the site's
    pages, above the bar or under it: a bar that opens the page, «<headline> | <site>» / «<site>»
    / <menu>, the browser's title over the page). The line keeps its place as the headline's; only
    its text is cut."""
    bar = lines[title_i].text
    if TITLE_BAR.search(bar) is None:
        return None
    header = [x.text for j, x in enumerate(lines[:head_end]) if j != title_i]
    names = [x.text for j, x in enumerate(lines[:head_end]) if j != title_i and (j == 0 or x.site or x.tagline)]
    return shown_part(bar, header, names + [x for x in [lines[title_i].bar_site] if x])


#: a title bar's short side the run shows beside the headline on this share of the site's pages at
#: least, and on :data:`MIN_VISIT_PAGES` of them, is the site's name (:func:`_bar_site`)
BAR_SITE_SHARE = 0.6


def _bar_site(text: str, template) -> str | None:
    """The side of the title bar ``text`` that the run shows as the short side of the title bar
    of most of the site's pages (:meth:`.template.PageTemplate.bar_side_share`): the site's name
    beside each page's own headline («<site> - <headline>», the browser's title over the page),
    which no line of the page need show alone; None when no side recurs so."""
    for side in bar_sides(text):
        share, pages = template.bar_side_share(side)
        if share >= BAR_SITE_SHARE and pages >= MIN_VISIT_PAGES:
            return side
    return None


def _bar_end(text: str, template) -> str | None:
    """The side that ends the title bar ``text`` when the run shows it as the short side of the title
    bar of (nearly) every page of the site (:data:`.sections.EVERY_PAGE`,
    :meth:`.template.PageTemplate.bar_side_share`): the site's name, or the program whose window
    caption a saved page copies («<headline> - <site> - Google Chrome»), never a section, which
    varies from story to story; None otherwise. Only the bar's end: a bar that opens with the site's
    one big section («<section> | <headline> | <site>») shows it at its other end."""
    sides = bar_sides(text)
    if not sides or not text.rstrip().endswith(sides[-1]):
        return None
    share, pages = template.bar_side_share(sides[-1])
    return sides[-1] if share >= EVERY_PAGE and pages >= MIN_VISIT_PAGES else None


#: a mark that parts a trail's items or a title bar's sides («>», «/», «|», «-», «..»): no line of words only
_MARK_BETWEEN = re.compile(r"[^\w\s\u200c-\u200f]")


def _names_beside_bar(text: str, head: Line) -> bool:
    """Whether ``text`` is a title bar «<headline> | <site>» / «<site> - <headline>» whose short end
    side is ``head``, with a longer side across its bar: the site's name the bar ends or opens with,
    not a headline a trail ends with («خانه > سیاسی > <headline>»: the sides before are shorter) or
    a title bar opens with («<headline> - <site>»)."""
    cuts = list(TITLE_BAR.finditer(text))
    if len(cuts) != 1:
        return False
    first, last = text[:cuts[0].start()], text[cuts[0].end():]
    return any(line_key(end) == head.key and len(other) > len(end) for end, other in ((first, last), (last, first)))


def _framed(lines: list[Line], i: int, head_end: int) -> bool:
    """Whether a longer line of the header near line ``i`` (above it, or under it down to
    ``head_end``) frames it as the page's headline: a trail that ends with it («صفحه نخست > یادداشت
    > <headline>») or a title bar that opens with it («<headline> - <site>»). The page says which
    line is its headline by naming it again, wherever it stands."""
    head = lines[i]
    if len(head.key) < HEADLINE_ECHO_CHARS:
        return False
    for j in range(max(0, i - HEADLINE_REACH), min(head_end, i + HEADLINE_REACH)):
        key = lines[j].key
        if j == i or len(key) <= len(head.key) or _runs_on(lines[j].text) or _names_beside_bar(lines[j].text, head) \
                or _MARK_BETWEEN.search(lines[j].text) is None:
            # (a line running on into the next is a sentence's start, no trail: «به گزارش <site>،»; a
            # line of words only, no trail or bar, is a tagline: «سایت خبری <site>» under the name)
            continue
        if _ends_with_headline(lines[j], head) or (key.startswith(head.key)
                                                    and len(key) - len(head.key) <= SITE_NAME_KEY_CHARS
                                                    and not _trail_home(lines[j].text, head)):
            return True
    return False


def _trail_home(text: str, head: Line) -> bool:
    """Whether ``text`` is a trail that opens with ``head`` («هفته‌نامه بامداد دنا > مطالب > ورزشی»
    under the site's name): the trail's home, the site's name as its first item, not a headline that a
    title bar («<headline> - <site>») opens with.

    >>> from palayesh.extract.text import classify as c
    >>> _trail_home("هفته‌نامه بامداد دنا > مطالب > ورزشی", c("هفته‌نامه بامداد دنا"))
    True
    >>> _trail_home("ناواس رسما به رئال مادرید پیوست - ورزش سه", c("ناواس رسما به رئال مادرید پیوست"))
    False
    """
    parts = crumb_parts(text)
    return parts is not None and len(parts) >= 3 and classify(parts[0]).key == head.key


def _framed_headline(lines: list[Line], cand: int | None, head_end: int) -> int | None:
    """The headline a trail or title bar above names (:func:`_framed`), when the line nearest above
    the story is not the one named: an interviewer's line «گفت‌وگو: حسین اکبری», a summary sentence
    under the headline's meta block. None when the candidate is named itself, or no line is.

    >>> from palayesh.extract.text import classify as c
    >>> ls = [c("خانه > یادداشت > ناواس رسما به رئال مادرید پیوست"), c("ناواس رسما به رئال مادرید پیوست"),
    ...       c("شناسه خبر: ۹۵۵۱۸۲"), c("گفت‌وگو: حسین اکبری")]
    >>> _framed_headline(ls, 3, 4)
    1
    """
    if cand is None or _framed(lines, cand, head_end):
        return None
    # (as far up as a dated headline may stand: the named line is the headline wherever it stands,
    # over an alert box, a toolbar and the meta block between it and the story)
    for i in range(cand - 1, max(-1, cand - DATED_HEADLINE_REACH), -1):
        ln = lines[i]
        if ln.kind not in (SHORT, PARA) or ln.site or ln.recurs or ln.tagline or _named_words(ln.text) < 3:
            continue
        if _framed(lines, i, head_end):
            return i
    return None


def _card_over_row(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` heads a card: right over a meta row of fields the site shows on its other
    pages (:attr:`Line.recurs`; no date line of its: «شهید حسین هاشمی» over «تولد: ١٣٤٦ - شهادت:
    ١٣٦٦», a profile box set between the article's date and its story), the card's name."""
    j = _next_shown(lines, i)
    return j is not None and lines[j].kind == META and lines[j].recurs and lines[i].kind == SHORT \
        and not lines[i].recurs


def _slotted_over_meta(lines: list[Line], cand: int, head_end: int) -> int | None:
    """The headline over the article's meta block (:data:`MIN_META_BLOCK` lines or more, the story's
    date among them: its byline, dates, counters, and short lines of fewer than three named words, a
    bare name or a control) right above the candidate, when the candidate is a line the run shows on
    other stories' pages (:attr:`Line.elsewhere`) at a slot the run does not know, and the line over
    the block stands at a slot the site's pages tell as their headline (:attr:`Line.slot`) and speaks
    of this page's story: a reporter's stock line «خبرنگار اعزامی ما» the site sets under the meta
    block of some stories, over «زکات برای تامین معیشت و درمان مردم هزینه شود» / «نوشته … · ۱ دقیقه
    مطالعه» / «تاریخ: …» / «تعداد بازدید: …»; a feed reader's control «مشاهده در سایت» under «<headline>»
    / «نرگس یزدانی» / «۱۵ خرداد ۱۳۹۸، ساعت ۲۰:۳۲» / «سرویس: …». None when the run knows no such slot
    (a page alone: today's choice)."""
    i = _prev_shown(lines, cand)
    walked, dated = 0, False
    while i is not None and (lines[i].kind in (LABEL, META) or _meta_counter(lines[i])
                             or _header_date(lines[i]) or _is_byline(lines[i])
                             or lines[i].kind == SHORT and _named_words(lines[i].text) < 3):
        dated = dated or _header_date(lines[i])
        walked += 1
        i = _prev_shown(lines, i)
    if i is None or walked < MIN_META_BLOCK or not dated:
        return None
    ln = lines[i]
    if ln.slot is None or ln.slot < MIN_TOLD_SLOT or (ln.own is not None and ln.own <= MAX_UNTOLD_SLOT) \
            or ln.kind not in (SHORT, PARA) or ln.site or ln.recurs or ln.tagline or _named_words(ln.text) < 3:
        return None
    return i if content_words(ln.text) & (_story_words(lines, head_end) or set()) or _echoed(lines, i, head_end) \
        else None


def _story_words(lines: list[Line], head_end: int) -> set[str] | None:
    """The content words of the story's first paragraphs under the header (:data:`TOLD_PROSE_LINES` of
    them), which a headline taken over the candidate must speak of; None for a page with no paragraph
    under its header."""
    prose = [x.text for x in lines[head_end:] if x.kind == PARA][:TOLD_PROSE_LINES]
    return content_words(" ".join(prose)) if prose else None


def _told_headline(lines: list[Line], cand: int | None, head_end: int) -> int | None:
    """The headline at the site's headline slot above the candidate, when the candidate is a line
    that the site's pages do not tell as their headline: at a slot whose lines they seldom tell
    (:attr:`Line.slot`), or a line they show again and again and seldom tell (:attr:`Line.own`): a
    score «ژاپن ۱ - ۲ کره جنوبی» over «پایان مسابقه», an alert «⚠ هشدار … صادر شد», a player's link
    between the site's header and its story, where the site's other pages show their headline
    higher, in a slot of its template that their stories' words and their title bars tell. The line
    taken speaks of this page's story too (a word of it, or the page's title bar repeats it), and
    the candidate is not the line the page's title bar repeats. None when the run knows neither
    (a page alone: today's choice)."""
    if cand is None:
        return None
    known = [x for x in (lines[cand].slot, lines[cand].own) if x is not None]
    card = not known and _card_over_row(lines, cand)
    if card:
        known = [0.0]  # (a card's name under the article's date: the run knows no slot of it)
    if not known and lines[cand].elsewhere:
        return _slotted_over_meta(lines, cand, head_end)
    # a candidate the run shows on other stories' pages too (:attr:`Line.elsewhere`: a menu's item, no
    # line written for this story) at a slot the site's pages tell as often as not («گزارش کیفیت هوا»
    # closing a menu some pages set their headline under) gives way to a line at a slot they tell
    shown = lines[cand].elsewhere and min(known, default=1.0) <= MAX_SHOWN_SLOT
    if not known or (min(known) > MAX_UNTOLD_SLOT and not shown) or max(known) >= MIN_TOLD_SLOT \
            or _echoed(lines, cand, head_end):
        return None  # (a line at the site's headline slot stays, whatever other pages show it: a ticker)
    story: set[str] | None = None
    for i in range(cand - 1, max(-1, cand - HEADLINE_REACH), -1):
        ln = lines[i]
        if ln.slot is None or ln.slot < MIN_TOLD_SLOT or (ln.slot - min(known) < MIN_SLOT_MARGIN and not shown) \
                or (ln.own is not None and ln.own <= MAX_UNTOLD_SLOT) \
                or ln.kind not in (SHORT, PARA) or ln.site or ln.recurs or ln.tagline:
            continue
        if card and not any(x.kind == DATE for x in lines[i + 1:cand]):
            continue  # (the card stands under the headline's own date)
        if story is None:
            story = _story_words(lines, head_end) or set()
        if content_words(ln.text) & story or _echoed(lines, i, head_end):
            return i
    return None


def _spoken_slot_headline(lines: list[Line], cand: int | None, head_end: int) -> int | None:
    """The line at the site's headline slot above the candidate (:attr:`Line.slot` >= :data:`MIN_TOLD_SLOT`)
    that speaks of the page's story (:data:`MIN_STORY_SPOKEN_WORDS` content words or more of its first
    paragraphs, :data:`MIN_STORY_SPOKEN_SHARE` of its own), when the candidate speaks of nothing in it
    and stands at no slot the site's pages tell: a feed reader's button «Mark as read» under
    «اختصاصی| نان در زنجان از اول خرداد گران می‌شود», a section's chip «طرح زوج و فرد» under the
    menu where the site sets its headline over the menu, at the ticker's end. The site's pages told
    the slot with their stories' words; the candidate says none of this one's. The nearest such line
    up to :data:`HEADLINE_REACH` lines above; None when the run knows no slot (a page alone: today's
    choice), the candidate speaks of the story or the page's title bar repeats it.

    >>> ls = [classify(t) for t in ("اختصاصی| نان در زنجان گران می‌شود", "Mark as read",
    ...       "رئیس سازمان صنعت استان زنجان گفت قیمت نان از اول خرداد در زنجان گران می‌شود.")]
    >>> ls[0] = replace(ls[0], slot=0.9)
    >>> _spoken_slot_headline(ls, 1, 2)
    0
    >>> ls[1] = replace(ls[1], slot=0.8)  # (the candidate stands at a told slot itself)
    >>> _spoken_slot_headline(ls, 1, 2) is None
    True
    """
    if cand is None or head_end >= len(lines):
        return None
    c = lines[cand]
    if (c.slot is not None and c.slot >= MIN_TOLD_SLOT) or _echoed(lines, cand, head_end):
        return None
    story = _story_words(lines, head_end)
    if story is None:
        return None
    if content_words(c.text) & story:
        return None
    for i in range(cand - 1, max(-1, cand - HEADLINE_REACH), -1):
        ln = lines[i]
        if ln.slot is None or ln.slot < MIN_TOLD_SLOT or (ln.own is not None and ln.own <= MAX_UNTOLD_SLOT) \
                or not (ln.kind == PARA or _shown_as_headline(ln)) or ln.site or ln.recurs or ln.tagline:
            continue
        own = content_words(ln.text)
        spoken = len(own & story)
        if spoken >= MIN_STORY_SPOKEN_WORDS and spoken >= MIN_STORY_SPOKEN_SHARE * len(own):
            return i
    return None


#: a header line speaks of the story when this many of its content words stand in the story's first
#: paragraphs ...
MIN_STORY_SPOKEN_WORDS = 2
#: ... and at least this share of them (a ticker item or a kicker sharing two common words of a
#: story on the site's subject speaks of another, or of the story in other words than its headline)
MIN_STORY_SPOKEN_SHARE = 1 / 2


def _story_headline(lines: list[Line], cand: int | None, head_end: int) -> int | None:
    """The header line that speaks of the page's story, when the candidate speaks of nothing in it
    (no content word of the candidate stands in the story's first paragraphs), is a line the run
    shows on other pages (:attr:`Line.elsewhere`, :attr:`Line.recurs`: no line written for this
    story), the site's pages do not tell it as their headline, and its place says it heads no
    story: a line of the site's template (:attr:`Line.recurs`: a reporter's line «خبرنگار مرغ
    نیوز» over the story), one under the headline's meta block (:func:`_under_meta_block`: a stock
    caption «آسمان شهر در روز طوفان گرد و خاک» under the date, a reader's comment «دمتون گرم،
    بهترین سایت همینه»), or an item of a list of other stories' headlines (:func:`_listed_beside`:
    a «most read» box under the menu). The page's own headline the run lists on other pages (in
    their boxes) may say none of its story's words; standing alone over its story, it stays.
    The line taken is headline-shaped (a short line or a paragraph of three named words or more,
    no line of the site's, no dateline «به گزارش خبرنگار ما» whose words the story's first sentence
    says, no box's heading over other stories' headlines: :func:`_heads_other_stories`), at no
    slot the site's pages seldom tell (:attr:`Line.slot`), and shares
    :data:`MIN_STORY_SPOKEN_WORDS` content words or more, and :data:`MIN_STORY_SPOKEN_SHARE` of its
    own, with the story, more than any other header line. None when the candidate speaks of the
    story, the run shows it on no other page (a page alone: today's choice), the page names it its
    headline (a title bar repeats it), or the site's pages tell its slot as their headline's.
    :func:`_header` runs it last, once the section and the date are read about the line taken
    before it: which line heads the story changes neither.

    >>> ls = [classify(t) for t in ("هیچ بلیتی در نقش جهان فروخته نخواهد شد", "۱۶ مهر ۱۴۰۰",
    ...       "آسمان شهر در روز طوفان گرد و خاک", "به گزارش ورزش سه، بلیت دیدار در ورزشگاه نقش جهان"
    ...       " فروخته نخواهد شد و هواداران از فروش آنلاین بلیت استفاده کنند.")]
    >>> ls[2] = replace(ls[2], elsewhere=True)  # (the run shows it on other stories' pages)
    >>> _story_headline(ls, 2, 3)
    0
    >>> _story_headline(ls, 0, 3) is None
    True
    """
    if cand is None or head_end >= len(lines):
        return None
    c = lines[cand]
    if not (c.elsewhere or c.recurs) or (c.slot is not None and c.slot >= MIN_TOLD_SLOT) \
            or _echoed(lines, cand, head_end) \
            or not (c.recurs or _under_meta_block(lines, cand) or _listed_beside(lines, cand)):
        return None  # (a candidate the run shows on no other page may be this story's own headline)
    story = _story_words(lines, head_end)
    if story is None:
        return None
    if content_words(c.text) & story:
        return None
    best: int | None = None
    most, tied = 0, False
    # (the candidate's own list: its items speak of other stories, and one that shares this one's
    # words is no more its headline than the candidate; a headline stands apart from them)
    lo, hi = _listed_run(lines, cand)
    for i in range(head_end):
        ln = lines[i]
        if lo <= i <= hi or ln.kind not in (SHORT, PARA) or ln.site or ln.recurs or ln.tagline \
                or (ln.slot is not None and ln.slot <= MAX_UNTOLD_SLOT) or _runs_on(ln.text) \
                or _named_words(ln.text) < 3 or _dateline_alone(ln.text) or _heads_other_stories(lines, i):
            continue  # (no box's heading over other stories' headlines: :func:`_heads_other_stories`)
        own = content_words(ln.text)
        spoken = len(own & story)
        if spoken < MIN_STORY_SPOKEN_WORDS or spoken < MIN_STORY_SPOKEN_SHARE * len(own):
            continue
        if spoken > most:
            best, most, tied = i, spoken, False
        elif spoken == most and best is not None and ln.key != lines[best].key:
            tied = True  # (two lines speak of it alike: the page does not say which heads it; the
            # headline said twice, over the date and over the story, is one line)
    return None if tied else best


#: a line stands in a list of other stories' headlines with this many such lines next to it at least
LISTED_BESIDE = 2


def _listed_run(lines: list[Line], i: int) -> tuple[int, int]:
    """The first and last lines of the run of headline-shaped lines the run shows on other pages
    (short lines of three named words or more, no line of the site's, blank lines aside) that line
    ``i`` stands in: ``(i, i)`` for a line beside none."""
    def listed(j: int) -> bool:
        ln = lines[j]
        return ln.kind == SHORT and (ln.elsewhere or ln.related) and not ln.site and _named_words(ln.text) >= 3

    ends = [i, i]
    for side, step in ((0, -1), (1, 1)):
        j = i + step
        while 0 <= j < len(lines):
            if lines[j].kind != BLANK:
                if not listed(j):
                    break
                ends[side] = j
            j += step
    return ends[0], ends[1]


def _listed_beside(lines: list[Line], i: int) -> bool:
    """Whether a line the run shows on other pages stands in a run of such headline-shaped lines
    (:func:`_listed_run`) with :data:`LISTED_BESIDE` of them next to it: an item of a list of other
    stories' headlines, a ticker or a «most read» box, not the page's headline over its story,
    which may stand beside one such line (a kicker, a ticker's last item)."""
    lo, hi = _listed_run(lines, i)
    return sum(lines[j].kind != BLANK for j in range(lo, hi + 1)) > LISTED_BESIDE


#: a line set whole in markdown's strong marks («**…**», «__…__»), an emoji or a mark before it
_STRONG_LINE = re.compile(r"^\W{0,3}?(\*\*|__)(?P<t>[^*_\n]+?)\1\W{0,3}$")


def _marked_headline(lines: list[Line], cand: int | None, head_end: int) -> int | None:
    """The headline its writer set in strong marks («**…**»: a post copied from a messenger, a markdown
    copy) above the candidate, when the candidate is a line of no marks: a story's first sentence
    that has no period reads as a headline, the line marked over it is the one the writer made one.
    A marked line of the site's (its name, a line its pages repeat), of fewer than three named words,
    a label's «**منبع:** …», or a marked candidate leave the choice as it is.

    >>> lines = [classify(t) for t in ("**سیتی دستمزد نجومی به فان‌پرسی نمی‌دهد**", "",
    ...          "طبق گزارش‌های منتشره سران باشگاه سیتی حاضر نیستند دستمزدی جنجالی بپردازند")]
    >>> _marked_headline(lines, 2, 3)
    0
    >>> _marked_headline(lines, 0, 3) is None
    True
    >>> lines[0] = classify("**۱۲ آذر ۱۴۰۲ - ۱۰:۲۰**")  # (a date in marks is none)
    >>> _marked_headline(lines, 2, 3) is None
    True
    """
    if cand is None or _STRONG_LINE.match(lines[cand].text) or lines[cand].text.startswith("#"):
        return None  # (a candidate the writer marked too: a strong line, a markdown heading «## …»)
    for i in range(cand - 1, max(-1, cand - HEADLINE_REACH), -1):
        ln = lines[i]
        m = _STRONG_LINE.match(ln.text)
        if m and not (ln.recurs or ln.site or ln.tagline) and ln.words <= MAX_TITLE_WORDS \
                and _named_words(m.group("t")) >= 3 and not _runs_on(m.group("t")) \
                and classify(m.group("t")).kind in (SHORT, PARA):  # (no date, meta or label line in marks)
            return i
    return None


def _headline_past_site_lines(lines: list[Line], head_end: int) -> int | None:
    """The headline further above the story than :data:`HEADLINE_REACH` lines, when only the
    site's own lines stand between (a player's links and buttons, counters, the byline, the
    date: lines the site repeats, chrome, meta); None when anything else does, or when the
    headline is within reach (the header parser's own search finds it there)."""
    for i in range(head_end - 1, max(-1, head_end - DATED_HEADLINE_REACH), -1):
        ln = lines[i]
        if ln.kind in (BLANK, DATE, META, LABEL, CHROME) \
                or (ln.kind == SHORT and (ln.recurs or ln.tagline or _is_byline(ln))):
            continue
        if i <= head_end - HEADLINE_REACH and ln.kind == SHORT and not ln.site and _named_words(ln.text) >= 3 \
                and not LIST_ITEM.match(ln.text) and ln.text.rstrip(_MARKS)[-1:] not in ":：":
            return i
        return None
    return None


def _in_headline_run(lines: list[Line], cluster: list[int], i: int) -> bool:
    """Whether the labels ``cluster``, ended by line ``i``, are items of a run of headlines above
    the page's own (a ticker, a «most read» list): headline-like lines of three words or more,
    with a longer headline-like line right below them (``i``) and right above them another, or the
    run's heading (a heading the site's tail opens with, «پربازدیدترین اخبار», or a label that
    introduces what follows, «تازه‌ها:»), where a section's label stands apart from other
    stories' headlines."""
    above = next((j for j in range(cluster[0] - 1, -1, -1) if lines[j].kind != BLANK), None)

    def headline(j: int | None) -> bool:
        return j is not None and lines[j].kind == SHORT and not lines[j].site and _named_words(lines[j].text) >= 3

    heading = above is not None and lines[above].words <= MAX_SECTION_WORDS and (
        lines[above].kind == END or lines[above].text.rstrip(_MARKS)[-1:] in (":", "："))
    return (heading or headline(above)) and headline(i) and all(_named_words(lines[j].text) >= 3 for j in cluster)


def _ticker_tail(lines: list[Line], j: int) -> bool:
    """Whether line ``j``, longer than a section's name, ends a run of other stories' headlines (a
    ticker «تازه‌ها»): the line right above it reads as a headline too (three named words or more,
    no line of the site's). A label under it is the page's own, however the site's other pages
    stack their labels; a control over a label («🖨 چاپ این صفحه» under the site's name) ends none."""
    above = next((k for k in range(j - 1, -1, -1) if lines[k].kind != BLANK), None)
    return lines[j].words > MAX_SECTION_WORDS and above is not None and lines[above].kind == SHORT \
        and not lines[above].site and _named_words(lines[above].text) >= 3 and _named_words(lines[j].text) >= 3


#: a run of other stories' headlines (a ticker, a «most read» box) has at least this many
HEADLINE_RUN = 2


def _heads_headline_run(lines: list[Line], i: int, top: int) -> bool:
    """Whether line ``i``, which ends a cluster of labels, opens a run of :data:`HEADLINE_RUN`
    headline-like lines or more (three words or more, blank lines aside) above the page's own
    headline (``top``): the labels over it are the run's heading («پربازدیدترین اخبار», in
    whatever words), not the story's section, which stands right above its headline."""
    run = 0
    for j in range(i, top):
        ln = lines[j]
        if ln.kind == BLANK:
            continue
        if ln.kind != SHORT or ln.site or _named_words(ln.text) < 3:
            break
        run += 1
    return run >= HEADLINE_RUN


#: a headline is shorter: a line this long right under the date lines is the story's first paragraph
MAX_TITLE_WORDS = 20


#: the article's meta block under its headline (its date, byline, counters, toolbars) holds this many
#: lines at most (non-blank)
META_BLOCK_LINES = 6


def _under_meta_block(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands under the article's date or meta lines, with only the rest of its
    meta block between (labels, bylines, counters, a toolbar), or under a block of a byline or
    counters alone: it is then the story's first paragraph, and the headline is above the block,
    however many lines the block holds
    («<headline> / رضا کاظمی | ۱۳۹۹/۰۳/۰۳ | ۲۳ نظر / نوشته سمیرا احمدی در برق / گزارش: … / 👁 ۴,۵۶۲ /
    کوچک | متوسط | بزرگ / <a first paragraph of 30 words cut before its end>»). A "today" date of
    the site's header is no article's date."""
    if any(x.kind in (DATE, META) for x in lines[max(0, i - 4):i]):
        return True
    seen, signed = 0, False
    for j in range(i - 1, -1, -1):
        ln = lines[j]
        if ln.kind == BLANK:
            continue
        if ln.kind == META:
            return True
        if ln.kind == DATE:
            d = date_line(ln.text)
            return d is not None and d.role in _HEADER_ROLES
        seen += 1
        if seen > META_BLOCK_LINES or not (ln.kind in (LABEL, CHROME, NAV) or _is_byline(ln)):
            return signed  # (a block of a byline or counters with no date: «گزارش: مریم موسوی» / «👁 ١٥٩٧»)
        signed = signed or _is_byline(ln) or _meta_counter(ln)
    return False


def _reach_start(lines: list[Line], head_end: int) -> int:
    """The first line the headline may stand on: :data:`HEADLINE_REACH` lines above ``head_end``, not
    counting the lines of the site's template between (a key-figures box, a toolbar: they recur on
    its pages, however many), twice as far at most; nor the posts of a comment thread a page sets
    between its header and its story (:func:`_thread_line`: a writer's row, the comment under it,
    its votes), however long, nor the form under its posts (its heading, fields and button: chrome
    and tail lines between the thread's last writer's row and the story, :func:`_thread_form`)."""
    form = _thread_form(lines, head_end)
    lo, count, span = head_end, 0, 0
    while lo > 0 and count < HEADLINE_REACH - 1 and span < 2 * HEADLINE_REACH:
        lo -= 1
        post = lo >= form or _thread_line(lines, lo)
        count += not (lines[lo].recurs or post)
        span += not post
    return lo


def _thread_form(lines: list[Line], head_end: int) -> int:
    """Where the form of a comment thread set right over the story (``head_end``) starts: the line
    after the thread's last writer's row and its comment, when two writers' rows or more
    (:func:`commenter_row`) stand within :data:`HEADLINE_REACH` lines over the form and only chrome
    and tail lines («ارسال نظر», «نام», «ایمیل», a rule of the form's) stand between them and the
    story; ``head_end`` when there is no such form."""
    i = head_end - 1
    while i >= 0 and lines[i].kind in (CHROME, END, BLANK):
        i -= 1
    if i < 0 or i == head_end - 1:
        return head_end
    rows = [k for k in range(max(0, i - HEADLINE_REACH), i + 1) if commenter_row(lines[k].text)]
    return i + 1 if len(rows) >= 2 and i - rows[-1] <= 1 else head_end


def _thread_line(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a post's line of a comment thread, by its shape: its writer's row
    (:func:`commenter_row`, «مریم | ۳ هفته پیش»), the comment right under that row, or the post's
    votes (:func:`readout`: «👍 ۱۳ 👎 ۸ | پاسخ», more figures than words)."""
    text = lines[i].text
    return commenter_row(text) or under_commenter(lines, i) or lines[i].kind != BLANK and readout(text)


def _masthead_over_menu(lines: list[Line], v: int, menu: list[int]) -> bool:
    """Whether label ``v`` stands above a vertical menu (``menu``: three labels or more, each a
    line the site repeats, that name no one section) on as many of the site's pages as the menu's
    items: the site's name or tagline above its menu on each page, no story's section, which
    varies from page to page and stands between the menu and the headline.

    >>> lines = [classify(t) for t in ("گیاهان دارویی و داروهای گیاهی", "طب ایرانی", "کتاب‌ها", "تغذیه سالم")]
    >>> for ln in lines: ln.recurs, ln.share = True, 0.8
    >>> _masthead_over_menu(lines, 0, [1, 2, 3])
    True
    >>> lines[0].share = 0.3
    >>> _masthead_over_menu(lines, 0, [1, 2, 3])
    False
    """
    return len(menu) >= 3 and lines[v].recurs and all(lines[j].recurs for j in menu) \
        and lines[v].share >= min(lines[j].share for j in menu) and not any(lines[j].key == lines[menu[-1]].key
                                                                             for j in menu[:-1])


#: a field of a box of facts over the story: a label of a word or two, its colon, a value of a few words
_SHORT_FIELD = re.compile(r"^\s*[^\W\d_][^\s:：]*(?:\s[^\W\d_][^\s:：]*)?\s*[:：]\s*(?:[^\s:：|｜]+\s*){1,3}$")


def _short_field(ln: Line) -> bool:
    """Whether a line is a box's field («آهنگساز: آرش نوری»): a label of a word or two and a value of
    three words at most (a name, a figure), no sentence's end; a speaker's headline says more
    («نظری: خیلی‌ها دوست داشتند بروم»)."""
    return ln.kind == SHORT and bool(_SHORT_FIELD.match(ln.text)) \
        and ln.text.rstrip(_MARKS)[-1:] not in _ANY_TERMINAL


def _in_field_run(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a field of a box of them (:func:`_short_field`): one of
    :data:`MIN_FIELD_RUN` such lines one right under another, each with its own label: the facts of a
    song, a film, a product over the story («خواننده: نرگس رحیمی» / «آهنگساز: آرش نوری» / «آلبوم:
    نیمه‌شب»), no headline; a headline that quotes its speaker («نانی: رونالدو نگران» broken over two
    lines, a kicker «روتیتر: …» over it) is no such run."""
    if not _short_field(lines[i]):
        return False
    run, labels = [i], {_field_label_key(lines[i])}
    for step in (_prev_shown, _next_shown):
        j = step(lines, i)
        while j is not None and _short_field(lines[j]) and _field_label_key(lines[j]) not in labels:
            run.append(j)
            labels.add(_field_label_key(lines[j]))
            j = step(lines, j)
    return len(run) >= MIN_FIELD_RUN


#: a box of facts holds this many fields at least, one under another
MIN_FIELD_RUN = 3


def _field_label_key(ln: Line) -> str:
    """The key of a field's label («آهنگساز» of «آهنگساز: آرش نوری»)."""
    return line_key(re.split("[:：]", ln.text, maxsplit=1)[0])


def _headline_said_twice(lines: list[Line], title_i: int | None, head_end: int,
                         body_start: int | None) -> int | None:
    """The page's headline where it stands twice: once high in the header (over the site's menu,
    as a page's title leads it) and once right over the story (under its summary), a line of its
    own words the site shows on no other page; the line taken from the lines just above the story
    (a ticker's item, a box's heading) is another story's, said once. None when no line is so."""
    if body_start is None or title_i is not None and sum(ln.key == lines[title_i].key for ln in lines) > 1:
        return None
    below = {lines[j].key for j in range(head_end, min(body_start + 1, len(lines)))
             if _shown_as_headline(lines[j]) and not lines[j].recurs}
    for i in range(head_end):
        ln = lines[i]
        if ln.key in below and _shown_as_headline(ln) and not ln.recurs and _named_words(ln.text) >= 3:
            return i
    return None


def _shown_as_headline(ln: Line) -> bool:
    """Whether a line is set as a headline is: a short line, or a kicker and a headline a bar sets apart
    (:func:`_pipe_headline`, «هفته دهم لیگ|آتش‌بازی لستر در خانه ساوتهمپتون»), which the classifier
    takes for a menu's row."""
    return ln.kind == SHORT or ln.kind == NAV and _pipe_headline(ln.text) and not _widget_row(ln.text)


#: a letter drawn out with kashida (tatweel) before the next one: a label set as a badge
_STRETCHED = re.compile(r"\w\u0640+\w")


def _stretched(text: str) -> bool:
    """Whether a label is drawn out with kashida («ورزشـــی»): a heading's typography, which a
    site gives its section badges; a story's kicker is a phrase set plain.

    >>> _stretched("امنیت سایبـــری"), _stretched("امنیت سایبری")
    (True, False)
    """
    return bool(_STRETCHED.search(text))


def _label_stack(lines: list[Line], cl: list[int], title_i: int | None, gap_before: dict[int, bool]) -> bool:
    """Whether the last two labels of a cluster ``cl`` stand right over the headline (``title_i``), one
    right under the other (no blank line between), as a section's label over the story's kicker: the
    upper one drawn out with kashida (:func:`_stretched`), a badge, over a plain one."""
    if len(cl) < 2 or title_i is None or gap_before.get(cl[-1]) \
            or any(lines[j].kind != BLANK for j in range(cl[-1] + 1, title_i)):
        return False
    low, up = lines[cl[-1]], lines[cl[-2]]
    return _stretched(up.text) and not _stretched(low.text)


#: a picture's caption numbered as the page's figures are («تصویر 1 - فرش دستباف نقشه لچک‌ترنج», «عکس ۲: …»)
_NUMBERED_CAPTION = re.compile(r"^[^\w]*(?:عکس|تصویر)\s*(?:شماره\s*)?\d{1,2}\s*[:：\-–—]")


#: a numbered list under a line makes it the list's heading when it has this many items at least
MIN_LIST_ITEMS = 2


def _heads_list(lines: list[Line], i: int, head_end: int) -> bool:
    """Whether line ``i`` heads a numbered list that runs from right under it to the story
    (``head_end``), :data:`MIN_LIST_ITEMS` items or more: a box's heading over its items (a report's
    table of pages «فهرست صفحات این گزارش» / «١. مقدمه» / «٢. روایت میدانی»), no headline.

    >>> rows = [classify(t) for t in ("فهرست صفحات این گزارش", "١. مقدمه", "٢. روایت میدانی")]
    >>> _heads_list(rows, 0, 3), _heads_list(rows, 0, 2)
    (True, False)
    """
    items = 0
    for ln in lines[i + 1:head_end]:
        if ln.kind == BLANK:
            continue
        if not LIST_ITEM.match(ln.text):
            return False
        items += 1
    return items >= MIN_LIST_ITEMS


def _pick_headline(lines: list[Line], head_end: int, res: Article, head_box: HeadBox,
                   body_start: int | None, echoed: str | None) -> tuple[int | None, int | None]:
    """The headline's index among the lines above the lead/body (``head_end``), or None, and the
    index of a line the site lists as a headline under its other pages taken for it (``linked``:
    its text may be a label's value), or None: the nearest headline-like line above the lead/body
    (meta lines such as author or reading time may sit in between), then the passes that read the
    header another way. A story's first sentence taken for the headline before a marked one goes
    back to ``res.paragraphs``. ``head_box``: the head's field table (:func:`_head_box`); ``echoed``:
    see :func:`_header`."""
    title_i = fallback = recurring = linked = bylined = counted = stock = None
    reach = _reach_start(lines, head_end)
    threaded: bool | None = None  # (read when a line under a writer's row is a candidate)
    for i in range(head_end - 1, reach - 1, -1):
        ln = lines[i]
        if i in head_box.others:
            continue  # (the section's value in the head's field table, no headline)
        if fallback is not None and ln.kind in (CRUMB, NAV) and _ends_with_headline(ln, lines[fallback]):
            title_i = fallback  # the trail above ends with the line put aside («… « <headline>»):
            break  # the page names it its headline, over whatever stands above the trail (a ticker)
        if ln.byline and bylined is None and ln.kind == SHORT and not BYLINE_START.match(ln.text):
            # a byline by the template only: the headline when no other line is (a site whose
            # headlines open with the same two words)
            bylined = i
        if ln.kind == NAV and title_i is None and fallback is None and _pipe_headline(ln.text) \
                and not _widget_row(ln.text) and not ln.recurs and not ln.ticker and not count_row(ln.text) \
                and not readout(ln.text):
            title_i = i  # «خط حزب‌الله ۲۸۷ | پایان شب صهیون»: a headline with one bar, not a menu
            break  # (nor a row the site shows on its other pages: «روزنامه شماره ۴۰۴۵ | صفحه ۱»)
        if linked is None and ln.words >= 3 \
                and (ln.kind == CHROME and ln.learned
                     and (_labelled_value(ln) is not None
                          or ln.text.rstrip(_MARKS)[-1:] not in _ANY_TERMINAL and _worded(ln.text)
                          and not _counter_line(ln))
                     or ln.kind == LABEL and _labelled_value(ln) is not None) \
                and not _heads_readout(lines, i) and not _NUMBERED_CAPTION.match(ln.text) \
                and all(x.kind in (BLANK, DATE, META, LABEL) or _is_byline(x) or _photo_line(x) or _meta_counter(x)
                        or _site_field(x) or _toolbar_under_meta(lines, i, j)
                        for j, x in enumerate(lines[i + 1:head_end], i + 1)):
            # a headline the site lists after the body of its other pages (a related link there):
            # right above this page's story (its date and byline aside) it is this page's own, when
            # no other line is; so is the value of a label the site writes over each story's date
            # («موضوع: <thread title>» over «ارسال شده توسط … در <day>»); the story's photo may
            # stand between, its caption closed by its credit («… عکس: رضا معطریان»); a widget's
            # heading over its readout («🔊 شنیدن این خبر» over «۰۰:۰۰ / ۰۱:۵۱») is none, and so is a
            # picture's caption numbered as the page's figures are («عکس ۱: <caption>» under the
            # headline the page shows again over it), whose label's shape the site repeats too
            linked = i
            continue
        if ln.kind in (CHROME, LABEL) and not (ln.learned or ln.recurs or ln.site) \
                and _named_words(ln.text) >= 3 \
                and (_framed(lines, i, head_end) or ln.kind == CHROME and not _stamped(ln) and _dated(lines, i)):
            # a headline whose words read as chrome or a label («اهدای جام به پرسپولیس بلامانع است»,
            # «گزارش: تیم المپیک عروس هزار داماد»), which a trail or title bar near it names, or
            # that stands right over the article's own date line as a headline does (a line the
            # template does not know, so no box of the site's: its words alone made it chrome)
            title_i = i
            break
        if ln.kind == DATE and _names_its_day(lines, i, head_end):
            title_i = i  # «صفحه نخست روزنامه‌های جمعه ۱۰ آذر ۱۴۰۲» over «۱۰ آذر ۱۴۰۲ - ۰۷:۰۸»
            break
        if ln.kind not in (SHORT, PARA) or ln.site or LIST_ITEM.match(ln.text) or _is_byline(ln):
            continue
        if slide_counter(ln.text) or counters_row(ln.text):
            continue  # (a slide's counter «۱/۸», a profile's or a post's counts «۱۸۱۲ پست · ۵۷ هزار دنبال‌کننده»)
        if _heads_list(lines, i, head_end):
            continue  # «فهرست صفحات این گزارش» over «١. مقدمه» / «٢. روایت میدانی»: a numbered list's heading
        if commenter_row(ln.text) or under_commenter(lines, i):
            if threaded is None:
                # (a comment thread on the page: two writers' rows or more; one alone may be a
                # byline over the headline)
                threaded = sum(1 for x in lines if x.kind != BLANK and commenter_row(x.text)) >= 2
            if threaded or _over_site_tail_line(lines, i):
                # a reader's comment under its writer's row, in a thread set over the story, or alone
                # over the comment box's form (a tail line the site shows on its pages: «ارسال نظر»)
                continue
        if agency_in_brackets(ln.text):
            continue  # «(خبرگزاری کار ایران (ایلنا))»: the story's credit (_credit_in_brackets), no headline
        if _NUMBERED_CAPTION.match(ln.text):
            # «تصویر 1 - فرش دستباف نقشه لچک‌ترنج» over the story: its first picture's caption, numbered
            # as a figure is; a headline only when nothing else is
            fallback = i if fallback is None else fallback
            continue
        if bare_credit(ln):
            # «خبرگزاری دانشجویان ایران (ایسنا)», «سایت ورزش سه» under the date: an agency's name and
            # nothing else is the story's credit (the source line under the headline), a headline
            # only when nothing else is
            fallback = i if fallback is None else fallback
            continue
        if _valueless_field(ln.text) or _widget_row(ln.text):
            continue  # «اندازه متن: A+ A-»: a widget's buttons or readout under a label, no headline
        if count_row(ln.text) or readout(ln.text) or _widget_shaped_row(lines, i) or _follow_counter(lines, i):
            # a byline with its reading time or age («X | زمان مطالعه: ۴ دقیقه», «۲ ساعت پیش»), in
            # whatever words, or a widget's readout (a rating, a price) or row (a score the page's
            # ticker shows more of), or a channel's follow counter beside its control («۸۱۶ هزار
            # مشترک» over «مشترک شدن»): a headline only when nothing else is
            counted = i if counted is None else counted
            continue
        if _heads_readout(lines, i):
            # a widget's heading over its readout («شنیدن این خبر» over «۰۰:۰۰ / ۰۲:۵۳», whatever
            # its words): a headline only when nothing else is
            fallback = i if fallback is None else fallback
            continue
        if i + 1 < head_end and lines[i + 1].kind == NAV and _info_row(lines[i + 1].text):
            continue  # the heading of an info box over its row («کنسرت X» over «سالن: … | ساعت: ۱۸:۳۰»)
        if ln.stock_title and not (ln.recurs or ln.tagline) and not _credits_site_name(lines, i):
            # a line the site shows in the headline's place over several of its stories (a stock
            # caption under the headline): the headline is written for one story, so one over it
            # is; but a kicker or a credit line over it is no better (another story's headline too,
            # the site's other pages tell), so it outranks what is taken only when nothing else is
            stock = i if stock is None else stock
            continue
        if ln.recurs or ln.tagline or ln.inside or _credits_site_name(lines, i):
            # the site shows this line above the body of other pages too (its name, a widget's
            # heading or prompt), or between the paragraphs of other stories (a stock caption set
            # over this one): a headline is written for one story, so only when nothing else is
            recurring = i if recurring is None else recurring
            continue
        if (ln.words > MAX_TITLE_WORDS or ln.kind == PARA) and _under_meta_block(lines, i):
            # a paragraph under the article's date or meta lines (a sentence, or a paragraph's
            # length without a period): the story's first, the headline is above them
            fallback = i if fallback is None else fallback
            continue
        if _field_among_meta(lines, i):
            fallback = i if fallback is None else fallback  # («بازبینی پزشکی: دکتر …» between the byline and the date)
            continue
        if _in_field_run(lines, i):
            fallback = i if fallback is None else fallback  # (a box's fields over the story: «خواننده: …» /
            continue  # «آهنگساز: …» / «آلبوم: …», a speaker's headline stands alone)
        if _named_words(ln.text) >= 3 and not _counter_below_meta(lines, i) \
                and not _runs_on(ln.text) and not (_dateline_alone(ln.text) and not _little_taught(lines, i)):
            title_i = i  # (a line ending with a colon or a comma runs on into the next: «خبرگزاری فارس:»,
            break  # «به گزارش خبرنگار ما،» over the story's first sentence; no headline; nor is the
            # dateline without its comma, «به گزارش خبرنگار ما», broken off the sentence it opens,
            # under a header the run taught; on a page it taught little of, _headline_over_meta reads
            # the block over the dateline by its lines' shapes, a box of the page's pages among them)
        if fallback is None:
            fallback = i
    if linked is not None and title_i is not None and title_i < linked and _named_words(lines[linked].text) >= 3 \
            and (_under_site_lines(lines, title_i, linked) or _under_box_heading(lines, title_i)):
        # a line the site lists on its other pages, right over this page's story and its meta lines,
        # under the site's menu: the page's own headline; a line over the menu is the site's header's
        # (a widget's readout «مشهد ۴۰° نیمه‌ابری», a ticker's item), and so is an item of a box the
        # site heads the same way on its pages (a promo under «پیشنهاد ویژه», whatever its words)
        title_i = linked
    said = _headline_said_twice(lines, title_i, head_end, body_start)
    if said is not None:
        title_i = said
    elif echoed and (title_i is None or lines[title_i].key != echoed):
        # (the page's headline, shown again over the story's text under the comment box taken out:
        # the line above that the box's test found it repeats, not the kicker or ticker item near the head)
        title_i = next((i for i in range(head_end) if lines[i].key == echoed and lines[i].kind == SHORT), title_i)
    if title_i is None and fallback is None and linked is None and counted is None and stock is None:
        title_i = _headline_past_site_lines(lines, head_end)
    if title_i is None:
        title_i = next((i for i in (stock, fallback, linked, recurring, bylined, counted) if i is not None), None)
    for better in (_framed_headline, _dated_headline, _headline_over_meta, _told_headline,
                   _spoken_slot_headline):
        # (each pass reads the header another way and names a better headline, or None to keep
        # the line taken so far; each reads what the passes before it took)
        found = better(lines, title_i, head_end)
        if found is not None:
            title_i = found
    marked = _marked_headline(lines, title_i, head_end)
    if marked is not None:
        if title_i is not None and lines[title_i].words >= MIN_STORY_OPENING_WORDS \
                and all(lines[j].kind == BLANK for j in range(title_i + 1, head_end)):
            # (the line taken for the headline was the story's first sentence, right over the rest)
            res.paragraphs.insert(0, lines[title_i].text)
        title_i = marked
    trailed = _headline_under_home_trail(lines, title_i, head_end)
    if trailed is not None:
        title_i = trailed
    return title_i, linked


#: a line over this many of the site's own lines (its menu) stands in the site's header, over the article's
MIN_SITE_LINES_BETWEEN = 2

#: a line of the site's with a figure in it says this many words at least besides its figures when it
#: is a headline («اجرای جنگل‌کاری در 170 هزار هکتار از عرصه‌ها»), not a counter or a readout («۷۱۷۳ بازدید»,
#: «دلار: ۵۷٬۱۷۵»)
MIN_FIGURED_HEADLINE_WORDS = 4


def _worded(text: str) -> bool:
    """Whether ``text``, a line the site shows on its other pages, reads as a headline by its words:
    no figure in it, or :data:`MIN_FIGURED_HEADLINE_WORDS` words of letters beside its figures and
    no counter's or readout's shape.

    >>> _worded("اجرای جنگل‌کاری چند منظوره در 170 هزار هکتار"), _worded("۷۱۷۳ بازدید"), _worded("دلار: ۵۷٬۱۷۵")
    (True, False, False)
    """
    if not _DIGIT.search(text):
        return True
    lettered = sum(1 for w in text.split() if any(c.isalpha() for c in w))
    return lettered >= MIN_FIGURED_HEADLINE_WORDS and not count_row(text) and not readout(text)


def _over_site_tail_line(lines: list[Line], i: int) -> bool:
    """Whether the shown line under line ``i`` is a tail line the site shows on its other pages (an
    END line that recurs: a comment form's heading «ارسال نظر», «نظر شما»): what stands right over it
    closes a box (a reader's comment over the form), not a story's head, whose story or meta lines
    come under it.

    >>> from dataclasses import replace
    >>> ls = [classify(t) for t in ("بابک | ۱ هفته قبل", "دمتون گرم، بهترین سایت همینه", "ارسال نظر")]
    >>> ls[2] = replace(ls[2], kind=END, recurs=True)
    >>> _over_site_tail_line(ls, 1), _over_site_tail_line(ls, 0)
    (True, False)
    """
    j = _next_shown(lines, i)
    return j is not None and lines[j].kind == END and lines[j].recurs


def _follow_counter(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is an account's follow counter beside its control, the shown line above or
    under it (:func:`follow_counter`: «۸۱۶ هزار مشترک» over «مشترک شدن» on a video's page).

    >>> ls = [classify(t) for t in ("ویلچر تی‌وی", "۸۱۶ هزار مشترک", "مشترک شدن")]
    >>> _follow_counter(ls, 1), _follow_counter(ls, 0)
    (True, False)
    """
    if not _DIGIT.match(lines[i].text.lstrip()):
        return False  # (the counter opens with its number: the cheap test first, on the hot path)
    shown = [j for j in (_prev_shown(lines, i), i, _next_shown(lines, i)) if j is not None]
    return follow_counter([lines[j].text for j in shown], shown.index(i))


def _under_box_heading(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right under the heading of a box of the site's (a chrome line of a
    word to :data:`MENU_ITEM_WORDS`, no figure, on :data:`BOX_LINE_SHARE` of the site's pages or more:
    «پیشنهاد ویژه», «آگهی», «تبلیغات», whatever its words): the box's item, a promo that varies from
    page to page, no headline of the page's (its section's chip is a short line, not the template's
    chrome).

    >>> from dataclasses import replace
    >>> ls = [classify(t) for t in ("پیشنهاد ویژه", "سرمایه‌گذاری در صندوق طلا با ۱۰۰ هزار تومان")]
    >>> _under_box_heading(ls, 1)
    False
    >>> ls[0] = replace(ls[0], kind=CHROME, recurs=True, share=0.8)
    >>> _under_box_heading(ls, 1)
    True
    """
    j = _prev_shown(lines, i)
    if j is None:
        return False
    head = lines[j]
    return head.kind in (CHROME, END) and head.recurs and head.share >= BOX_LINE_SHARE \
        and 1 <= head.words <= MENU_ITEM_WORDS and not _DIGIT.search(head.text) and not lines[i].recurs


def _folio_name(lines: list[Line], i: int, top: int, title_i: int | None) -> str | None:
    """The name of the page whose number alone stands on line ``i`` («صفحه ۵», a folio), from the one
    line right above or under it (blank lines apart) that names a page, a short line of a word to three
    over the headline (:func:`.sections.print_page_label` of the two read as one label); None when
    neither or both do.

    >>> ls = [classify(t) for t in ("روزنامه نمونه", "فرهنگ و هنر", "صفحه ۵", "نمایشگاه کتاب استان آغاز شد")]
    >>> _folio_name(ls, 2, 3, 3)
    'فرهنگ و هنر'
    >>> ls = [classify(t) for t in ("سیاسی", "صفحه ۵", "فرهنگ و هنر", "نمایشگاه کتاب استان آغاز شد")]
    >>> _folio_name(ls, 1, 3, 3) is None  # (a name on each side: which is the page's, the page does not say)
    True
    """
    names = []
    for j in (_prev_shown(lines, i), _next_shown(lines, i)):
        if j is None or j >= top or j == title_i or lines[j].site or lines[j].kind != SHORT \
                or _DIGIT.search(lines[j].text):
            continue
        name = print_page_label(f"{lines[j].text} | {lines[i].text}")
        if name:
            names.append(name)
    return names[0] if len(names) == 1 else None


def _under_site_lines(lines: list[Line], upper: int, lower: int) -> bool:
    """Whether line ``lower`` stands under the site's own lines (its menu, a row of its links, its
    trail: lines the run knows, :data:`MIN_SITE_LINES_BETWEEN` of them or more) that stand right under
    line ``upper``, before any meta line (a date, a label, a counter: a headline's block, which would
    make ``upper`` the headline over it). A meta block under the site's lines is ``lower``'s: a promo
    under a box heading «پیشنهاد ویژه» over the site's trail «خانه / فناوری» and the story's date,
    code and views, then the headline, is the site's box, not the story's."""
    site = 0
    for ln in lines[upper + 1:lower]:
        if ln.kind in (DATE, META, LABEL):
            break  # (the site's lines counted are those between ``upper`` and the first meta line)
        site += ln.recurs and ln.kind in (SHORT, NAV, CRUMB, CHROME)
    return site >= MIN_SITE_LINES_BETWEEN


def _header(lines: list[Line], head_end: int, res: Article, tail_start: int | None,
            body_start: int | None = None, body_last: int | None = None, *, filed: str | None = None,
            slotted: str | None = None, broken: bool | None = False, echoed: str | None = None) -> int | None:
    """Title, surtitle, section and date from the lines above the lead/body (the headline's line:
    :func:`_pick_headline`). Returns the title index. ``filed``: the section the page's address
    names in a slot of its site's paths; ``slotted``: the value of a slot of its site's line frames
    (:meth:`.template.PageTemplate.frame_section`); ``broken``: the site breaks its headlines over
    two lines (:func:`_broken_headline`; None: the run cannot tell, and the words where two lines
    meet do, as on a page alone); ``echoed``: the key of a header line the page shows again
    right over its text, under a comment box taken out (:func:`story_under_comments`): the
    headline, over any other line of the header."""
    head_box = _head_box(lines, head_end)
    title_i, linked = _pick_headline(lines, head_end, res, head_box, body_start, echoed)
    if title_i is None and tail_start is None:
        return None
    if title_i is not None:
        res.title = _bar_headline(lines, title_i, head_end) \
            or (title_i == linked and not _speaker_named(lines, title_i, [head_end, body_start])
                and not lines[title_i].listed_whole and _labelled_value(lines[title_i])) \
            or lines[title_i].text
        # (a page of a site the run taught nothing, none of its header's lines seen on another page:
        # its headline's halves told by their words alone)
        # (or of a site whose pages in the run do not tell whether it breaks them: ``broken`` None)
        alone = broken is None or not broken and not any(ln.recurs or ln.seen for ln in lines[:head_end])
        if (broken or alone) and res.title == lines[title_i].text and title_i != linked:
            halves = _broken_headline(lines, title_i, head_end, grammar=alone)
            if halves is not None:
                title_i = halves[0]  # (the upper half: the labels above it are the story's, none between)
                res.title = " ".join(lines[j].text for j in halves)
    top = title_i if title_i is not None else head_end
    # site name: a header label that the tail repeats («کلیه حقوق … X محفوظ است», «کانال تلگرام X»)
    # (words of lines, punctuation as a break: the tags «برچسب‌ها: فوتبال ، ایران» do not name
    # «فوتبال ایران»; label lines and menus the template learned are no such mention)
    mentions = [ln for ln in lines[tail_start:]] if tail_start is not None else []
    mentions += [ln for ln in lines[: max(top, 0)] if ln.kind == CHROME and not ln.learned]
    mentions = [ln for ln in mentions if not _LABEL_COLON.match(ln.text)]
    mention_words: dict[int, list[str]] = {}  # (cut into phrase words only when a key matches)
    shares_above = _shares_above(lines, top)
    column: list[set[str]] = []

    def column_items() -> set[str]:
        """The items of a menu set an item a line above the headline (:func:`_item_column`), once read."""
        if not column:
            column.append(_item_column(lines, top))
        return column[0]

    def is_site(ln: Line, i: int) -> bool:
        if len(ln.key) < 4:
            return False
        # the share of the site's pages the site's lines above it stand on (its name, its menu, the
        # paper's issue line): of the pages of this page's kind (a site's text pages among its HTML
        # ones in a run show even their name on few of the site's pages)
        above = shares_above[i] if i < len(shares_above) else _shares_above(lines, i)[i]
        if ln.seen and ln.share < SITE_NAME_MIN_SHARE * above:
            # a label the site shows above some of its stories, under lines of its header on far
            # more of its pages (the template knows it on few of them, or not as a line of its
            # own): a section, no name of the site, though the tail names it inside a longer phrase
            # (the paper's name «روزنامه مسکن و عمران» holds its page «مسکن», its editor's line
            # «دبیر بخش مصالح ساختمانی …» another); the site's name opens its page
            return False
        w = None
        for j, m in enumerate(mentions):
            if ln.key in m.key and ln.key != m.key:
                w = w or _phrase_words(ln.text)
                words = mention_words.get(j) or mention_words.setdefault(j, _phrase_words(m.text))
                if len(words) > len(w) and _contains_run(words, w):
                    return True
        return False

    head_texts = [ln.text for ln in lines[:top]]
    clusters: list[list[int]] = []
    current: list[int] = []
    boxed_at: set[int] = set()  # the lines of the site's boxes found so far (:func:`_site_box_label`)
    crumb_section = label_section = None
    crumb_i, crumb_loose = -1, False
    label_word = False  # the label is a section word's, without its colon («بخش ورزشی»)
    gap_before: dict[int, bool] = {}  # a blank line between this label and the one before it
    site_keys: set[str] = set()  # the site's own lines above (a menu the template knows)
    blank_seen = False
    # a line above every page of the site, once above the headline: its name or tagline (a menu
    # item on every page stands twice when it is the page's own section too)
    head_keys = Counter(ln.key for ln in lines[:top])
    # what the site calls its home page: the first item of its menu (a trail starts there too)
    homes = {h for ln in lines[:top] if ln.kind in (NAV, CHROME, SHORT) and (h := menu_home(ln.text))}
    # ... or its name, which it shows at the top of every page: a trail on fewer pages may start there
    named = homes | _name_home(lines, top)
    # the words of the story's date and meta rows under its headline («مینا احمدی - شنبه ۱۵ شهریور …»,
    # «نوشته الهام توکلی در ۱۳۹۳/۱۰/۰۶»), and the site's menu items above it
    rows = [_phrase_words(lines[j].text) for j in range(title_i + 1, head_end)
            if lines[j].kind in (DATE, META)] if title_i is not None else []
    head_menu = _menu_items(lines[:top], {ln.key for ln in lines[:top] if ln.site}) if rows else set()
    # (the header's copy of a headline the page shows again atop the story: the labels right above
    # it are those over the headline, and the copy itself is none)
    copy_i = None if title_i is None else next(
        (j for j in range(title_i - 1, max(-1, title_i - 1 - HEADLINE_COPY_REACH), -1)
         if lines[j].key == lines[title_i].key), None)
    for i in range(top):
        ln = lines[i]
        # (the rows under the header's copy of the headline are its own: a share bar or a row of
        # controls there, «🔗 کپی لینک · تلگرام · بله», «A+ | A- | چاپ», reads as a menu but ends no
        # site header, which stood above the copy; the labels over the copy stay those over the story)
        under_copy = copy_i is not None and i > copy_i
        if i == copy_i:
            if current:
                clusters.append(current)
                current = []
            continue
        if ln.kind == DATE and i != title_i and undated_trail(ln.text) != ln.text \
                and (chip_trail := crumb_parts(ln.text, homes=named)) \
                and (dated_section := section_from_crumb(chip_trail, title=res.title)):
            # a trail the day of the story closes as a chip («خانه / خرما / صادرات | ۱۴ آذر ۱۴۰۲»):
            # its section, and the date row it is too
            crumb_section, crumb_i, crumb_loose = dated_section, i, False
        if ln.kind in (DATE, META, LABEL):
            if label_section is None and not page_index(head_texts, i):
                # «سرویس: ورزشی», or a meta row «سرویس: ورزشی | ۱۲ مهر ۱۴۰۱» (not a page of an issue's
                # list of its pages, «صفحه ۲: سیاسی», :func:`.sections.page_index`)
                label_section = section_from_label(ln.text)
            if current:
                clusters.append(current)
                current = []
            continue
        if ln.kind == SHORT and not ln.site and i != title_i and label_section is None \
                and not page_index(head_texts, i):
            # «بخش ورزشی» above the headline, or a print edition's page label «صفحه ۳ - اقتصادی» (its
            # own, not its issue's list of pages)
            label_section = worded_label(ln.text)
            if label_section:
                label_word = True
                continue
        if label_section is None and FOLIO.match(ln.text) and not page_index(head_texts, i):
            # a page label over two lines, its page's number alone beside its name («فرهنگ و هنر» /
            # «صفحه ۵»: a page head's two spans, one a line): the name, when one line beside it is one
            label_section = _folio_name(lines, i, top, title_i)
            if label_section:
                label_word = True
                continue
        if ln.kind in (NAV, CHROME) and not ln.site and i != title_i and label_section is None \
                and not page_index(head_texts, i):
            # a page label set with a bar, «جامعه | صفحه ۴», reads as a menu's line, and one the run
            # sees on every page with another page's name, «صفحه ǂ», as the site's: the page's own
            label_section = print_page_label(ln.text, bare=True)
            if label_section:
                label_word = True
                continue
        at = named if ln.share < EVERY_PAGE else homes  # (the name's own line «<name> | <tagline>»: no trail)
        parts = crumb_parts(ln.text, homes=at) if ln.kind == CRUMB else None
        if parts is None and ln.kind in (SHORT, NAV, PARA, CRUMB) and i != title_i:
            # a trail that ends with this page's headline, or starts where the site's menu does
            # («ابتدا :: حمل و نقل» under the menu «ابتدا - خودروی برقی - …»), whatever the words
            parts = headline_trail(ln.text, res.title) or (crumb_parts(ln.text, homes=at) if at else None)
            # (or a trail from home as a label's value, whatever the label's words: «شما اینجا
            # هستید: خانه / مسابقات / لیگ دوچرخه‌سواری»)
            parts = parts or labelled_trail(ln.text, at)
        if parts is None and ln.kind == CHROME and at:
            # the same trail from the site's menu home, made chrome by the template (a site of few
            # sections repeats it on many pages: «<site> :: مسکن :: مسکن ملی»), bare or as a label's
            # value, whose shape the template keeps whatever the value («شما اینجا هستید: خانه / X»)
            parts = crumb_parts(ln.text, homes=at)
            parts = parts if parts and line_key(parts[0]) in at else labelled_trail(ln.text, at)
        loose = False
        if parts is None and ln.kind in (SHORT, NAV) and i != title_i:
            parts = loose_crumb_parts(ln.text)  # «ورزش / فوتبال» above the headline, not a menu;
            if parts and not _menu_lists_trail(parts, lines, top):
                parts = None  # («نادر کاظمی | خبرنگار»: a writer and role, which no menu lists)
            if parts and _heads_headline_run(lines, i + 1, top):
                # (a bar over a run of other stories' headlines: the tabs of their box, «پربازدیدترین
                # | پربحث‌ترین | آخرین اخبار», whatever their words; a story's trail stands over its own)
                parts = None
            loose = parts is not None
            if parts and ln.recurs and (ln.site or ln.tagline or not any(line_key(parts[0]) in k for k in site_keys)):
                # a line the site repeats is its chrome, unless it starts at its name; and one on
                # every page of the site («<name> | <tagline>», «ورود / عضویت») names no story's section
                parts = None
        if parts and ln.recurs and ln.share >= EVERY_PAGE and ln.kind != CRUMB \
                and any(is_menu_line(x.text) for x in lines[i + 1:top] if x.kind in (NAV, CHROME, SHORT)):
            # a trail-like line on (nearly) every page of the site, above its menu bar: its name and
            # tagline («پرسش سلامت | مشاوره پزشکی آنلاین» over a menu that opens with the name), no
            # story's trail, which stands under the menu (its shape on every page too: «ابتدا :: X»)
            parts = None
        if parts and _heads_table(lines, i):
            parts = None  # «پزشک | تخصص | ساعت» over rows of as many cells: a table's heading, no trail
        if parts:
            got = section_from_crumb(parts, title=res.title)
            if got:
                crumb_section, crumb_i, crumb_loose = got, i, loose
            continue
        if ln.kind == CRUMB:
            continue
        blank_seen = blank_seen or ln.gap
        if ln.kind == SHORT and not ln.site and is_menu_line(ln.text) and not under_copy:
            # a menu bar set as a plain line, its items apart by runs of spaces («خانه  حقوقی  مصاحبه
            # …»): the site's header runs down to here, as under a bar menu below
            clusters.clear()
            current = []
            if crumb_loose:
                crumb_section, crumb_loose = None, False
            continue
        if is_label_candidate(ln):
            if ln.fixed and head_keys[ln.key] == 1 \
                    and (_under_menu(lines, i) or _fixed_over_headline(lines, i, title_i, top)):
                continue  # the template's own line under its menu, no section (an ad's link), or right
                # above every headline (a poll's «مشاهده نتایج»)
            if rows and head_keys[ln.key] == 1 and ln.key not in head_menu \
                    and any(_contains_run(r, _phrase_words(ln.text)) for r in rows):
                # a label the byline under the headline repeats beside the date, which the site's
                # menu does not list: the story's author over its headline (a column's), no
                # section; a label above it may be one
                continue
            if _heads_readout(lines, i) or _over_table(lines, i):
                continue  # a widget's heading over its readout («پخش آنلاین» over «۰۰:۰۰ / ۰۲:۲۸») or its table
            if i in boxed_at or not ln.tagline and (box := _site_box_label(lines, i)) and ln.key not in column_items() \
                    and not any(head_keys[lines[j].key] > 1 or lines[j].key in HOME_KEYS for j in box):
                # a line of a box on most of the site's pages (a poll over the headline; one above
                # every page clears the labels above it, below), no item of
                # a menu set an item a line (whose home item opens it, or whose item the page shows
                # again over its headline): it parts the labels above it from those under it, and
                # names no story's section; nor does a line of the box gathered before the box
                # was seen (a button the site words two ways, :func:`_site_box_label`)
                if i not in boxed_at:
                    boxed_at.update(box)
                    current = [j for j in current if j not in boxed_at]
                if current:
                    clusters.append(current)
                    current = []
                continue
            if not is_site(ln, i) and not (ln.tagline and head_keys[ln.key] == 1):
                gap_before[i] = blank_seen
                blank_seen = False
                current.append(i)
            elif ln.tagline:
                # a line above every page of the site (its menu, a widget's prompt): the labels
                # above it are the site's header too (its name, a channel's), not the story's
                clusters.clear()
                current = []
            continue
        if ln.kind == BLANK:
            blank_seen = True
            continue
        if ln.site:
            site_keys.add(ln.key)
            if ln.tagline and head_keys[ln.key] == 1:
                # the site's own line on every page (its name, an item of its menu), once above the
                # headline: the labels and loose trail above it are the site's header and controls
                # («رفتن به محتوا», «ورود | ثبت‌نام»), not the story's, which stand under them
                clusters.clear()
                current = []
                if crumb_loose:
                    crumb_section, crumb_loose = None, False
            continue
        if ln.kind == NAV and current and not clusters \
                and all(lines[j].kind in (BLANK, DATE, META) for j in range(current[0])) \
                and all(lines[j].kind == BLANK for j in range(current[-1] + 1, i)):
            # the page's first labels right above its menu: the site's name and tagline, which
            # stand above the menu of every page of the site (a story's section stands below it)
            current = []
        if ln.kind in (NAV, CHROME):
            if (ln.tagline or is_menu_line(ln.text)) and not under_copy:
                # (as above: the site's header runs down to here; and above its menu bar stand the
                # site's name, its login link «ورود / عضویت», not the story's labels or trail, which
                # stand between the menu and the headline; a menu the template made chrome too)
                clusters.clear()
                current = []
                if crumb_loose:
                    crumb_section, crumb_loose = None, False
            continue
        # a longer line (a ticker headline, an intro): ends the cluster
        if current:
            if not _in_headline_run(lines, current, i) and not _heads_headline_run(lines, i, top):
                clusters.append(current)
            current = []
    if current and not (title_i is not None and _in_headline_run(lines, current, title_i)
                        and all(_named_words(lines[j].text) > MAX_SECTION_WORDS for j in current)):
        # (the labels right above the headline: no items of a run of other stories' headlines
        # either, the page's own headline ending the run where a longer line would; a section's
        # name of a word or three may stand right under such a run)
        clusters.append(current)

    def value(cl: list[int]) -> int | None:
        if len(cl) >= 3 and _label_stack(lines, cl, title_i, gap_before):
            return cl[-1]  # (a section's label over the story's kicker right above the headline)
        if len(cl) >= 3:  # a vertical menu: the section is its last item only when repeated in it
            last = lines[cl[-1]].key  # (or among the site's own lines above it), or when a blank
            if last in site_keys or any(lines[j].key == last for j in cl[:-1]):  # line sets it apart
                return cl[-1]
            if gap_before.get(cl[-1]) and not any(gap_before.get(j) for j in cl[1:-1]):
                return cl[-1]
            if lines[cl[-1]].vocab and not any(lines[j].vocab or _named_words(lines[j].text) > MAX_SECTION_WORDS
                                                  for j in cl[:-1]):
                # a menu lists sections, yet only its last label here is a section's name as the run
                # shows them: the lines above are the site's masthead and controls, no menu («<name>» /
                # «چاپ این صفحه» / «<section>» over a printable page's headline)
                return cl[-1]
            return None
        return cl[-1]

    clusters = [_under_menu_place(lines, _after_headlines_gap(lines, cl, gap_before)) for cl in clusters]
    vals = [(cl, v) for k, cl in enumerate(clusters) if (v := value(cl)) is not None
            and not any(_masthead_over_menu(lines, v, m) for m in clusters[k + 1:])]
    section_i = None
    if vals:
        last_cl, last_v = vals[-1]
        # (right above the headline, or right above the header's copy of it)
        end = last_cl[-1] + 1
        adjacent = title_i is not None and (all(lines[j].kind == BLANK for j in range(end, title_i)) or (
            copy_i is not None and end <= copy_i and all(lines[j].kind == BLANK for j in range(end, copy_i))))
        crumbed = crumb_section is not None and crumb_i < last_cl[0] and lines[last_v].key != line_key(crumb_section)
        # the site's menu names its sections, never a story's surtitle
        menu = _menu_items(lines[:top], site_keys)
        near = last_cl + (vals[-2][0] if len(vals) >= 2 else [])
        in_menu = [j for j in sorted(near) if j != last_v and lines[j].key in menu]
        if adjacent and last_v == last_cl[-1] and _label_stack(lines, last_cl, title_i, gap_before):
            # two labels right above the headline (no blank line between), the upper one drawn out
            # with kashida as a badge («ورزشـــی») over a plain one: the section, then the story's
            # kicker, though the menu lists the kicker's words (a kicker names a theme)
            res.surtitle = lines[last_v].text
            section_i = last_cl[-2]
        elif adjacent and len(last_cl) == 2 and lines[last_v].key in menu and lines[last_v].under_others \
                and lines[last_cl[0]].key not in HOME_KEYS \
                and not _ticker_tail(lines, last_cl[0]) and not lines[last_cl[0]].tagline \
                and not (lines[last_cl[0]].recurs and lines[last_cl[0]].share >= SITE_PAGE_SHARE) \
                and any(lines[j].kind != BLANK for j in range(last_cl[0])):
            # two labels right above the headline, the lower one a menu item that the site's other
            # pages show there under other labels too: a kicker set under whichever section, in a
            # menu item's words («میراث آبی» under «آب‌انبارها» here, under «قنات‌ها» there), and the
            # upper one the section, which varies from page to page (no control the site sets over
            # most of its stories, a poll's results link: then the lower label is the menu's
            # section, below)
            res.surtitle = lines[last_v].text
            section_i = last_cl[0]
        elif adjacent and lines[last_v].key in menu:
            section_i = last_v
        elif adjacent and len(last_cl) == 2 and lines[last_v].words > MAX_SECTION_WORDS \
                and lines[last_cl[0]].words <= MAX_SECTION_WORDS and lines[last_cl[0]].key not in menu:
            # a section's name over a phrase («استانی» / «مسئولان استانی خبر دادند»): the phrase
            # is the story's surtitle, a category is a word or three
            res.surtitle = lines[last_v].text
            section_i = last_cl[0]
        elif adjacent and len(last_cl) == 2 and lines[last_v].under_others and lines[last_cl[0]].key not in HOME_KEYS \
                and not _ticker_tail(lines, last_cl[0]) \
                and not (lines[last_cl[0]].tagline and head_keys[lines[last_cl[0]].key] < 2) \
                and any(lines[j].kind != BLANK for j in range(last_cl[0])):
            # two labels right above the headline, the lower one shown by the site's other pages
            # there under other labels too: a kicker, which the site sets under whichever section
            # the story is filed in, not a sub-section, which stands under its one section
            # (:attr:`Line.under_others`): the section, then the story's kicker (not under a
            # ticker's last headline: the label under a run of other stories' headlines is the
            # one the site sets over this story, its section); not under a line
            # above every page of the site, its name, unless it stands twice above the headline
            # (the menu's item, then the page's own), nor the page's first line (the site's name
            # over the labels of every page), as sites of one template share their sections
            res.surtitle = lines[last_v].text
            section_i = last_cl[0]
        elif adjacent and len(last_cl) == 2 and in_menu == [last_cl[0]] and lines[last_v].vocab:
            # a trail down two labels, the menu's section, then one other sites of the run show above
            # their stories as a section too («مسکن» / «مسکن ملی»): the deeper section, no surtitle
            section_i = last_v
        elif adjacent and in_menu:
            res.surtitle = lines[last_v].text
            section_i = in_menu[-1]
        elif adjacent and len(last_cl) == 2 and lines[last_cl[0]].vocab and not lines[last_v].vocab \
                and lines[last_v].key not in menu \
                and not (lines[last_cl[0]].tagline and head_keys[lines[last_cl[0]].key] < 2):
            # two labels right above the headline, the upper one a section's name as other sites of
            # the run show it above their stories, the lower one shown so by no other site: the
            # section, then the story's kicker («مصالح ساختمانی» over «گزارش روز»), as a menu
            # listing the upper one would tell; a line above every page of the site is one when it
            # stands twice above the headline (the menu's item, then the page's own: «جامعه»)
            res.surtitle = lines[last_v].text
            section_i = last_cl[0]
        elif adjacent and len(vals) == 1 and len(last_cl) == 1 and lines[last_v].vocab and not crumbed \
                and not label_section:
            # the one label above the headline, right above it, and other sites of the run show it
            # as a label above their stories: a section's name, though this site shows it on no
            # other page yet (under another label it may be a surtitle, a republished story's)
            section_i = last_v
        elif adjacent and len(last_cl) == 1 and lines[last_v].slot_value and not label_section and not crumbed:
            # one label right over the headline, which the site's pages (its HTML pages, for a flat copy
            # of too few pages to teach a template) show in that slot as one of a few values: the
            # section (their chip), not a surtitle the story alone has
            section_i = last_v
        elif adjacent and lines[last_v].seen is False and (len(last_cl) == 1 or (
                len(last_cl) == 2 and lines[last_cl[0]].seen and not lines[last_cl[0]].tagline
                and (not gap_before.get(last_v) or any(lines[j].kind != BLANK for j in range(last_cl[0]))))):
            # the site's template knows its section labels: a label set apart right above the
            # headline that no other page of the site shows was written for this story (a
            # surtitle); the section is the nearest label above it that the site does show elsewhere
            # (the one right above it too, when no blank line sets them apart or it is not the
            # page's first line: «ورزش‌های رزمی» then «آرسنال» over the headline; not the site's
            # name above a blank line)
            res.surtitle = lines[last_v].text
            known = [j for cl in clusters for j in cl if j < last_v and lines[j].seen]
            section_i = known[-1] if known else None
        elif adjacent and len(vals) >= 2 and len(last_cl) == 1:
            res.surtitle = lines[last_v].text
            section_i = vals[-2][1]
        elif adjacent and len(last_cl) == 1 and (crumbed or label_section):
            # one label right above the title under a breadcrumb / «سرویس: …» line: the surtitle
            res.surtitle = lines[last_v].text
        elif title_i is not None and sum(lines[j].kind == CHROME for j in range(last_cl[-1] + 1, title_i)) >= 2:
            pass  # a label over a block of the site's controls (a channel's name over its handle,
            # its members and its «join» button; a box's heading over its links): not the story's
        else:
            section_i = last_v
    if section_i is not None:
        res.section = lines[section_i].text
    elif title_i is not None:
        res.section = _menu_item_over_headline(lines, title_i, head_keys) \
            or _chip_over_headline(lines, title_i, _menu_items(lines[:top], site_keys))
    if label_section is None and title_i is not None:
        # «دسته: فناوری» under the headline, among the date and author lines, or in the tail
        # (blogs list a post's categories after it)
        for i in range(title_i + 1, len(lines)):
            if lines[i].kind in (LABEL, END, CHROME) or (i < head_end and lines[i].kind in (DATE, META, NAV)) \
                    or (lines[i].kind in (NAV, DATE, META) and body_last is not None
                        and body_last < i <= body_last + FOOT_LINES):
                # (a post's meta row right under it, its fields parted by bars, reads as a menu:
                # «موضوع: دانشجویی | نوشته شده در ساعت ۱۸:۰۰ توسط … | نظرات (۷)», a blog's footer; or
                # as a date row when the day opens it: «نوشته شده در ۲۸ فروردین ۱۴۰۱ توسط … | موضوع: …»)
                label_section = section_from_label(lines[i].text) or _listed_topic(lines, i, top, site_keys)
                if label_section is None and i < head_end and lines[i].vocab:
                    # (a byline row naming its author, then the category the run knows: «توسط مدیر در
                    # اخبار · ۱۲ آذر ۱۴۰۲», :func:`_line_vocab`)
                    vocab = set(lines[i].vocab)
                    label_section = in_label_value(lines[i].text, known=vocab.__contains__)
                if label_section:
                    break
            elif i < head_end and lines[i].kind == SHORT and lines[i].words <= 8:
                # «در بخش ورزشی» among the byline's lines (a label without its colon that opens
                # phrases elsewhere)
                label_section = in_label_value(lines[i].text, in_byline=True, menu=_menu_items(lines[:top], site_keys))
                if label_section:
                    break
            if body_last is not None and body_last < i <= body_last + FOOT_LINES and lines[i].words <= 8:
                # «در بخش نامزدها» among the credits under the story (its end marker, source, date):
                # the byline's words, which some sites set at the story's foot instead
                label_section = in_label_value(lines[i].text, in_byline=True)
                if label_section:
                    break
    stamped = _published(lines, top, title_i, max(head_end, body_start or 0), tail_start, body_last)
    if stamped is not None:
        res.published, res.published_jalali = stamped[1].localize()
    if label_word and crumb_section:
        # a section word without its colon opens a site's tagline too («سرویس فارسی؛ خبر بی‌مرز»),
        # which a trail on the page outweighs
        label_section = None

    menu = _menu_items(lines[:top], site_keys)
    under = _section_under_headline(lines, title_i, head_end, named, menu, body_start=body_start)
    bare = res.section
    if bare and under and line_key(under) in menu and line_key(bare) not in menu:
        # a label over the headline that the site's menu does not list, and one under it that the
        # menu does: the story's kicker, then its section among the meta lines
        res.surtitle, bare = res.surtitle or bare, None
    if bare and section_i is not None and lines[section_i].told_under and title_i is not None \
            and (upper := _prev_shown(lines, section_i)) is not None and lines[upper].key == lines[title_i].key:
        # the label over the headline's copy atop the story, right under its copy in the header, that
        # the site's HTML pages set under their headlines over stories they declare filed elsewhere
        # (:attr:`Line.told_under`): the story's kicker under the header's headline, no section
        res.surtitle, bare = res.surtitle or bare, None
    listed = menu | _vertical_menu(lines, top)  # (the items of a bar menu and of one set an item a line)
    kicked = bool(bare and section_i is not None and lines[section_i].kicker and not lines[section_i].tagline
                  and title_i is not None and _over_headline(lines, section_i, title_i) and line_key(bare) not in listed
                  and head_keys[lines[section_i].key] < 2
                  and (lines[section_i].told or not _under_vertical_menu(lines, section_i))
                  and (lines[section_i].told or not _named_above(lines, section_i)))
    chip = _chip_over_headline(lines, title_i, listed) if bare and title_i is not None else None
    if chip and bare and line_key(bare) not in menu and line_key(chip_value(bare) or bare) != line_key(chip):
        # a label over the headline that the site's menu does not list, beside a chip that names an
        # item of it («[اقتصاد]» over «گزارش ویژه», or under it): the story's kicker, then its
        # section in the chip (a badge the page sets over its story)
        res.surtitle, bare = res.surtitle or bare, chip
    elif kicked:
        # the label right above the headline, on a site whose pages with a menu never list the label
        # they show there (the run's count of the slot, :meth:`.template.PageTemplate.kicker_slot`):
        # the story's kicker, however often the site repeats it («پس از زمین‌لرزه»), no section;
        # not a label that goes on a menu set an item a line (its last item, or the page's place
        # in it), nor one another line of the page's header names (a place its weather line or
        # dateline shows: the city a provincial site files the story under); on a menu set an item
        # a line too, and whatever a header line names, when the site's HTML pages show the label
        # apart from their menu, over stories they file elsewhere (:attr:`Line.told`: «باغ و مزرعه»
        # under the tagline «اخبار مبارزه با آفات باغ و مزرعه»)
        res.surtitle, bare = res.surtitle or bare, None
    elif bare and section_i is not None and lines[section_i].html_kicker and not lines[section_i].tagline \
            and title_i is not None and _over_headline(lines, section_i, title_i) \
            and head_keys[lines[section_i].key] < 2:
        # the label right above the headline that the site's HTML pages show right above theirs on
        # a few of them, in a slot that shows no name of its own on many (a site sets its section
        # over every story, a kicker over some), and that none of them declares as its section
        # (:meth:`.template.PageTemplate.html_kicker`): the story's kicker, listed in the menu or
        # not («صنعت کاشی» over a story of a site whose menu lists it), no section
        res.surtitle, bare = res.surtitle or bare, None
    elif bare and section_i is not None and lines[section_i].told_own and title_i is not None and section_i < title_i \
            and line_key(bare) not in listed:
        # a label over the headline that the site's HTML pages show right above the headlines of
        # stories they declare filed under other sections, on several of them, and over none they
        # declare filed under it (:meth:`.template.PageTemplate.declared_kicker`, ``own``), which the
        # menu does not list: a badge the site sets over stories of any section («تیتر یک»), no
        # section, though here it stands over the story's kicker, where sections stand on other
        # pages (:meth:`.template.PageTemplate.over_kicker`, which keeps :attr:`Line.kicker` off)
        res.surtitle, bare = res.surtitle or bare, None
    elif bare and section_i is not None and title_i is not None and line_key(bare) not in listed \
            and _kicker_under_menu_column(lines, section_i, title_i) and head_keys[lines[section_i].key] < 2:
        # (a label right under a menu set an item a line, over the headline, that the site shows
        # there under other labels too: the story's kicker, not the menu's last item nor the page's
        # place in it, which the menu lists)
        res.surtitle, bare = res.surtitle or bare, None
    dated_row = _menu_item_beside_date(lines, top, title_i, head_end, menu, body_start=body_start,
                                       dated=stamped[0] if stamped is not None else None)
    if bare and section_i is not None and not (lines[section_i].seen and lines[section_i].recurs) and dated_row \
            and line_key(dated_row) in menu and line_key(bare) not in menu:
        # a label over the headline that the site's menu does not list and its template does not
        # know as a line of its pages (written for this story, or one of the few kickers the site
        # sets over some of its stories), and a field of the story's date row that the menu lists
        # («ورزشی | ۱۷ فروردین ۱۳۹۶ | ۵ نظر» over «تیم ملی ایران»): the story's kicker, then its
        # section beside its date (a subsection over the headline recurs on the site's pages, its
        # template knows it)
        res.surtitle, bare = res.surtitle or bare, None
    if bare and section_i is not None and lines[section_i].over_row and line_key(bare) not in listed:
        # a label the site sets right above its meta rows over other sections than the one they
        # name, on its other pages too (:attr:`Line.over_row`), which its menu does not list: the
        # story's genre, no section; the row's field names it (:func:`_menu_item_beside_date`)
        res.surtitle, bare = res.surtitle or bare, None
    trail = _foot_trail(lines, body_last, res.title, named)
    foot = trail[0] if trail else None
    # (the menu's items: of a bar and of a menu set an item a line, which lists a site's sections too)
    bar_items = _menu_items(lines[:top], set()) | _item_column(lines, top)
    if bare and trail and line_key(bare) not in listed and line_key(bare) not in {line_key(p) for p in trail[1]} \
            and (not bar_items
                 or any(line_key(p) in listed and line_key(p) not in HOME_KEYS for p in trail[1])):
        # (as under the headline: a label over it that the menu does not list, a trail at the foot
        # through an item the menu does, «خانه › گربه › تغذیه گربه» under the menu's «گربه», or on a
        # page with no menu to tell, a print view: the story's kicker, then its section, where the
        # site filed the story)
        res.surtitle, bare = res.surtitle or bare, None
    if bare and section_i is not None and lines[section_i].foot_apart and title_i is not None \
            and _over_headline(lines, section_i, title_i) and foot and line_key(bare) != line_key(foot):
        # the label right above the headline on a site whose labels there name other sections than
        # the trails under its stories (:attr:`Line.foot_apart`), its menu's items though they be,
        # and another than the page's own trail: the story's kicker; the trail names its section
        res.surtitle, bare = res.surtitle or bare, None
    filed_at_foot = _foot_field_section(lines, body_last, listed, named)
    if bare and filed_at_foot and line_key(bare) not in listed and line_key(bare) != line_key(filed_at_foot):
        # (a label over the headline that the menu does not list, and a field under the story
        # naming where the site filed it, an item the menu does: «بایگانی: شعر» under «به بهانه
        # انتشار ترجمه‌ای تازه»: the story's kicker, then its section)
        res.surtitle, bare = res.surtitle or bare, None
    # (the menu's items, else the site's own lines above, its name among them)
    titled = _title_line_section(lines, res.title, bar_items or menu)
    if bare and titled and line_key(bare) not in menu and line_key(bare) != line_key(titled):
        # a label over the headline that the site's menu does not list, and the document title on
        # the page's first line naming a menu item beside this very headline: the story's kicker
        # («گزارش ویژه»), then its section in the title line
        res.surtitle, bare = res.surtitle or bare, None
    if bare and filed and line_key(bare) not in menu and line_key(bare) != line_key(filed):
        # a label over the headline that the site's menu does not list, on a page whose address
        # files it under a section the site's paths hold on a few of its pages: the story's
        # kicker («همزمان با …»), written for it, and its section in its address
        res.surtitle, bare = res.surtitle or bare, None
    if bare and slotted and line_key(bare) not in listed and line_key(bare) != line_key(slotted):
        # a label over the headline that the site's menu does not list, on a page whose lines name
        # a section in a frame its site repeats with a few values, items of its menu on some pages
        # («این خبر در بخش ǂ منتشر شد.»): the story's kicker («خبر استان»), then its section there
        res.surtitle, bare = res.surtitle or bare, slotted
    tag = _foot_tag(lines, body_last)
    # (a hashtag alone under the story, on a site that files its stories by one such tag, a few
    # names over its pages: :attr:`Line.filing_tag`; a page alone tells it not from a topic's tag)
    tagged = tag[0] if tag and tag[1].filing_tag else None
    if bare and tagged and line_key(bare) != line_key(tagged):
        # a label over the headline, and the hashtag the site files its stories by under the story
        # (the run learned that scheme, a few names over its pages): the label over the headline is
        # the story's kicker, an item of the site's menu though it be
        res.surtitle, bare = res.surtitle or bare, tagged

    homeward = _home_trail_over_headline(lines, title_i) if title_i is not None else None
    if homeward is not None and (crumb_section is None or crumb_i < homeward[0]):
        # a trail set an item a line from the home label over the headline (and its meta rows): the
        # page's place in its menu, nearer the headline than a trail-like line above (a login link)
        crumb_section, crumb_i = homeward[1], homeward[0]
        if homeward[2] is not None and res.surtitle is None:
            res.surtitle = lines[homeward[2]].text
    boxed = _box_section(lines, title_i) or head_box.section  # (or the head's table of fields over it)

    def cues():
        # what the page says in words first: a label, then a trail, then a bare label; then where
        # the site's menu names the story's section (a menu item under the headline or beside the
        # story's date), then the document title on the page's first line; a trail under the
        # headline before a bare label above it, which may be a ticker's last headline
        yield label_section
        # (a bulletin's running header over the story, «<publisher> | بولتن خبری شماره N | X»: the
        # desk that filled the page, before a trail and a label over the headline, its kicker)
        yield next((desk for ln in lines[:top] if (desk := running_header_section(ln.text))), None)
        # (a box of the story's properties right under the headline, «دسته» / X among them: the page's
        # data, before a trail that shows the listing the story stands in)
        yield _properties_under_headline(lines, title_i)
        yield crumb_section
        yield boxed  # (a label alone on its line over its value: a box of fields under the headline or the story)
        # (a section label alone on its line over its values, a few short lines: a wiki's categories)
        yield section_from_split_label([ln.text for ln in lines[title_i + 1:] if ln.kind != BLANK]) \
            if title_i is not None else None
        yield _section_under_headline(lines, title_i, head_end, named, menu, body_start=body_start, trail_only=True)
        yield _trail_under_first_copy(lines, title_i, named, menu)
        # (a sentence under the story saying where it was filed, before a label over the headline,
        # which may be the story's kicker or a widget's)
        yield _filed_sentence_section(lines, title_i)
        yield _back_link_section(lines, title_i)  # («‹ بازگشت به X» over the headline: the list it stands in)
        yield bare
        yield filed  # (where the site filed the story, in a slot of its paths: before what's under it)
        yield foot  # (a trail under the story: after what the header says, which stands first)
        yield filed_at_foot  # (a field under it naming a menu item the story is filed under)
        # (a menu's item alone under it, over the post's counter row: a blog builder's category)
        yield _item_over_counts(lines, body_last, listed)
        yield tagged  # (a hashtag alone under it: the one tag the site files the story by)
        # (the menu's item the page's address lies under, before a label under the headline that
        # other sites show as a section too: a reporter's kicker, «گزارش خبرنگار ما», is one)
        yield _url_section(lines, top, res.url)
        # (a label among the meta lines under the headline, above the lead, before the story's date
        # row; one under the lead, atop the story, after it: there a site sets its story's genre
        # too, «گزارش», which its menu may list, beside a date row that names the section)
        yield _section_under_headline(lines, title_i, head_end, named, menu)
        yield dated_row
        yield under
        # (the items of the header's menu bars first: the site's name, a line of its own on every
        # page too, stands at the title line's other end: «درمان | <headline> | <site name>»)
        yield titled
        yield _title_bar_section(lines, res.title)
        yield title_label_section(lines[bar].text) if (bar := _title_line_at(lines, res.title)) is not None else None
        yield _box_heading_section(lines, title_i, menu | _vertical_menu(lines, top))
        yield _more_in_section(lines, title_i)  # (in words that say so, though the run taught no heading)

    # (a cue that names no section, the site's name or a ticker's headline, leaves the word to the next)
    names = _title_line_names(lines, res.title) + [x for x in [_title_bar_section(lines, res.title, site=True)] if x]
    # (nor does a person's or an account's name: a channel's over its follow counter, an uploader's
    # under a lone «by», a display name over its handle: :func:`.sections.account_names`)
    people = account_names([ln.text for ln in lines if ln.kind != BLANK])
    res.section = next((x for x in (acceptable(c, title=res.title, site_names=names) for c in cues())
                        if x and line_key(x) not in people), None)
    if title_i is not None and res.title == lines[title_i].text:
        # the last headline pass reads the story's words, once the header's section and date are
        # read about the line taken so far: which line heads the story changes neither (the labels
        # over it, a box's heading over other stories' headlines, are read as the header sets them)
        story = _story_headline(lines, title_i, head_end)
        if story is not None:
            res.title, title_i = lines[story].text, story
            if res.surtitle == res.title:
                res.surtitle = None
    return title_i


#: the header's copy of a headline stands this many lines over its copy atop the story at most
HEADLINE_COPY_REACH = 12


def _trail_under_first_copy(lines: list[Line], title_i: int | None, homes: set[str], menu: set[str]) -> str | None:
    """The trail under the header's copy of the headline, when the page shows its headline twice
    (the header's, then again atop the story, under the meta rows) and reads the lower copy as its
    headline: the trail stands between the two copies («<headline>» / «خانه» / «ورزش» / «۱۲ مهر
    ۱۴۰۲» / «<headline>» / story), as under a headline shown once (:func:`_section_under_headline`,
    its trail only)."""
    if title_i is None:
        return None
    key = lines[title_i].key
    upper = next((j for j in range(title_i - 1, max(-1, title_i - 1 - HEADLINE_COPY_REACH), -1)
                  if lines[j].key == key), None)
    if upper is None:
        return None
    return _section_under_headline(lines, upper, title_i, homes, menu, trail_only=True)


def _box_section(lines: list[Line], title_i: int | None) -> str | None:
    """The section a box of fields under the headline or the story names (:func:`.fieldbox.box_section`):
    a label alone on its line over its value («بخش» / «قرائت»), or the label the site's pages show
    as their section slot (:attr:`Line.box_slot`). Not the one value the menu lists, as in HTML's
    markup: lines alone set no box apart from a run of short lines around it (a held-out row lost a
    page to it)."""
    start = 0 if title_i is None else title_i + 1
    below = lines[start:]
    fields = box_fields([ln.text for ln in below], [ln.kind == PARA or is_prose(ln.text) for ln in below])
    return _fields_section(lines, [(start + a, start + b) for a, b in fields])


def _listed_topic(lines: list[Line], i: int, top: int, site_keys: set[str]) -> str | None:
    """The one name line ``i`` lists under «موضوعات:» (:func:`.sections.topics_item`) when the site's
    menu above the headline (``top``) lists it too, a bar or an item a line: the story's category, not
    its one tag («موضوعات: پیکان», a team no menu lists)."""
    got = topics_item(lines[i].text)
    if got is None or line_key(got) not in _menu_items(lines[:top], site_keys) | _vertical_menu(lines, top):
        return None
    return got


def _properties_under_headline(lines: list[Line], title_i: int | None) -> str | None:
    """The section a box of properties right under the headline names: label and value each on a line
    of its own from the line under it on (:func:`.fieldbox.field_label` over a short value, a Notion
    page's «تاریخ» / «June 26, 2017 1:33 AM», «دسته» / «موزه», «برچسب‌ها» / …), two pairs at least, a
    value with a digit among them (the story's date: the box holds its facts), one of them a section
    label's (:func:`.sections.section_from_label` of the pair read as «label: value»). The page's data
    says the story's category there, over a trail that shows the listing it stands in («<site> / خبرها /
    <headline>»). HTML's :func:`.html._property_rows_section` reads the same rows in their blocks."""
    if title_i is None:
        return None
    shown = [ln.text.strip() for ln in lines[title_i + 1:title_i + 1 + 4 * PROPERTY_ROWS] if ln.kind != BLANK]
    pairs = []
    for j in range(0, len(shown) - 1, 2):
        name, value = shown[j], shown[j + 1]
        if not field_label(name) or len(value.split()) > MAX_PROPERTY_WORDS \
                or value.rstrip(_MARKS)[-1:] in _SENTENCE_MARKS:
            break
        pairs.append((name.rstrip(":："), value))
    return properties_section(pairs)


#: a box of properties under the headline holds this many rows at most, each value this many words
PROPERTY_ROWS, MAX_PROPERTY_WORDS = 8, 8


def _fields_section(lines: list[Line], fields: list[tuple[int, int]]) -> str | None:
    """The section a box of fields (its (label, value) indices in the page's ``lines``) names
    (:func:`.fieldbox.box_section`), its labels' section slot the run teaches (:attr:`Line.box_slot`)."""
    if not fields:
        return None
    slots = {lines[a].text: lines[a].box_slot for a, _ in fields}
    return box_section([ln.text for ln in lines], fields, set(), lambda t: slots.get(t, 0.0))


@dataclass
class HeadBox:
    """A head set as a table of fields (an ASP.NET portal's «عنوان خبر:» / headline, «تاریخ:» / date,
    «سرویس خبری:» / section, each label and value on a line of its own): ``others`` the index of the
    value no headline is (the section's the box names, :func:`.fieldbox.box_section`), ``section``
    that section."""

    others: frozenset[int] = frozenset()
    section: str | None = None


#: a colonless box of fields over the headline is the site's own when each of its labels stands on this
#: share of the site's pages at least (:func:`_head_box`): the site's template, not a trail set an item a line
BOX_LABEL_SHARE = 0.5


def _head_box(lines: list[Line], head_end: int) -> HeadBox:
    """The head's field table (:class:`HeadBox`): a box of fields (:func:`.fieldbox.box_fields`)
    among the lines above ``head_end``, its labels ending in a colon, one of whose values a section
    label names or the site's template shows as its section slot (:attr:`Line.box_slot`: what the run
    teaches, where the page's labels are words no lexicon holds): the section, which a headline scan
    from the story up would
    meet first and take for the headline (a headline that is the box's value too, «عنوان خبر:» over
    it, stands above); empty when the box names no section."""
    at = [i for i in range(head_end) if lines[i].kind != BLANK]
    texts = [lines[i].text for i in at]
    prose = [lines[i].kind == PARA or is_prose(lines[i].text) for i in at]
    got = box_fields(texts, prose)
    fixed = None
    if not got or not all(texts[a].rstrip().endswith((":", "：")) for a, _ in got):
        # (lines alone above the headline, no colon: a trail set an item a line, no box; unless the run
        # shows every label of the box on (nearly) every page of the site, as its own lines, over
        # values that vary: a clipping service's or a newsroom's field box, «موضوع» / «کشاورزی»)
        def fixed(k: int) -> bool:
            return lines[at[k]].recurs and lines[at[k]].share >= BOX_LABEL_SHARE

        # (the story's own label under the box, a kicker over the headline, is no field of it)
        got = [(a, b) for a, b in box_fields(texts, prose, fixed=fixed) if fixed(a)]
        if len(got) < MIN_BOX_FIELDS or any(texts[a].rstrip().endswith((":", "：")) for a, _ in got):
            return HeadBox()
    fields = [(at[a], at[b]) for a, b in got]
    sec = _fields_section(lines, fields)
    if sec is None or fixed is not None and any(lines[at[b]].share >= EVERY_PAGE and lines[at[b]].text.strip() == sec
                                                for _, b in got):
        return HeadBox()  # (a value the site shows on every page names no story's section)
    return HeadBox(frozenset(b for _, b in fields if lines[b].text.strip() == sec), sec)


#: the fields of a site's name line («هفته‌نامه نگاه | تحلیل هفته»: its name, its tagline)
_NAME_FIELD = re.compile(r"\s+[|｜\-–—:]\s+")


def _name_home(lines: list[Line], top: int) -> set[str]:
    """The key of the site's name: the first field of the first line above the headline (``top``)
    that the site shows on every page, without digits (its name, maybe its tagline beside it:
    «هفته‌نامه نگاه | تحلیل هفته», «شهرکرد خبر»), when a word to four. A site's trail may start
    at its name instead of a home label («هفته‌نامه نگاه | سیاست»)."""
    for ln in lines[:top]:
        if ln.kind in (BLANK, DATE) or _DIGIT.search(ln.text):
            continue
        if ln.share < EVERY_PAGE:
            return set()
        name = _NAME_FIELD.split(ln.text.strip())[0]
        return {line_key(name)} if 1 <= len(name.split()) <= 4 and line_key(name) else set()
    return set()


#: the story's credits (its end marker, source, date, a «در بخش X» line) stand in this many lines
#: under its last line
FOOT_LINES = 5


def _above(lines: list[Line], i: int) -> int | None:
    """The index of the nearest line above line ``i`` that is not blank, or None."""
    return next((j for j in range(i - 1, -1, -1) if lines[j].kind != BLANK), None)


def _over_headline(lines: list[Line], i: int, title_i: int) -> bool:
    """Whether line ``i`` stands right above the headline (line ``title_i``), or right above a first
    copy of it higher up: a page that sets its headline twice, over its meta rows and again atop its
    story, reads the second as its title.

    >>> page = [classify(t) for t in ("باغ و مزرعه", "نگاه تازه به بازار خرما", "۲۰ شهریور ۱۴۰۲ (۲۳:۲۵)",
    ...                              "نگاه تازه به بازار خرما")]
    >>> _over_headline(page, 0, 3), _over_headline(page, 0, 1), _over_headline(page, 2, 3)
    (True, True, True)
    >>> _over_headline(page, 1, 3)
    False
    """
    if i == _above(lines, title_i):
        return True
    j = next((k for k in range(i + 1, title_i) if lines[k].kind != BLANK), None)
    return j is not None and lines[j].key == lines[title_i].key


def _under_vertical_menu(lines: list[Line], i: int) -> bool:
    """Whether the three nearest lines above line ``i`` are lines the run shows above every page of
    the site (:attr:`Line.tagline`): a menu set an item a line, which line ``i`` goes on (its
    section, marked, or an item of its own), as :func:`_under_menu` reads it.

    >>> page = [classify(t) for t in ("خانه", "استان", "ورزش", "شهری", "سد کرج پر شد")]
    >>> for ln in page[:3]: ln.tagline = True
    >>> _under_vertical_menu(page, 3), _under_vertical_menu(page, 4)
    (True, False)
    """
    above = [j for j in range(i) if lines[j].kind != BLANK][-3:]
    return len(above) == 3 and all(lines[j].tagline for j in above)


def _kicker_under_menu_column(lines: list[Line], i: int, title_i: int) -> bool:
    """Whether the label ``i`` right above the headline (``title_i``) stands right under a menu set
    an item a line (:func:`_under_vertical_menu`), not on every page itself, and the site's other
    pages show it there under other labels too (:attr:`Line.under_others`), or under the page's place
    in that menu (:attr:`Line.under_item`): a kicker, which a site sets under whichever line stands
    above it, its section's when the page shows one, not a section, which stands under its one place. The
    line above it is the menu's own item, on every page, and stands once above the headline (the
    page's place in the menu, shown again there, stands over its sub-section).

    >>> page = [classify(t) for t in ("خانه", "استان", "ورزش", "گزارش ویژه", "سد کرج پر شد و آب شهر تامین شد")]
    >>> for ln in page[:3]: ln.tagline = True
    >>> page[3].under_others = True
    >>> _kicker_under_menu_column(page, 3, 4), _kicker_under_menu_column(page[1:], 2, 3)
    (True, False)
    >>> poll = [classify(t) for t in ("آیا از خدمات این بخش راضی هستید؟", "بله", "خیر", "ثبت رأی")] + page[3:]
    >>> for ln in poll[:4]: ln.tagline = True
    >>> _kicker_under_menu_column(poll, 4, 5)
    False
    """
    ln, above = lines[i], _prev_shown(lines, i)
    if ln.tagline or not (ln.under_others or ln.under_item) or above is None or not _over_headline(lines, i, title_i):
        return False
    if not _under_vertical_menu(lines, i) or any(lines[j].key == lines[above].key for j in range(above)):
        return False
    # (a menu's column starts at the site's home, its items up to it on every page; a box's lines
    # on every page over the label are no menu's: a poll's «بله» / «خیر» / «ثبت رأی»)
    j: int | None = above
    while j is not None and lines[j].tagline and lines[j].kind in (SHORT, CHROME) \
            and 1 <= lines[j].words <= MENU_ITEM_WORDS and lines[j].key not in HOME_KEYS:
        j = _prev_shown(lines, j)
    return j is not None and lines[j].key in HOME_KEYS


def _named_above(lines: list[Line], i: int) -> bool:
    """Whether a line above line ``i`` names it (:func:`.template.names_label`): a label the page's
    header shows elsewhere (the city of a weather line, of a dateline) names the page's place in
    the site, not a kicker written for the story.

    >>> page = [classify(t) for t in ("نیشابور -۴° بارانی", "نیشابور", "ویسی چهارمین قربانی لیگ")]
    >>> _named_above(page, 1), _named_above(page, 2)
    (True, False)
    """
    return any(ln.kind != BLANK and names_label(ln.text, lines[i].text) for ln in lines[:i])


#: a trail set an item a line goes down this many items from the home label at most
MAX_TRAIL_ITEMS = 4
#: the meta rows (date, code, views) a site sets between its trail and its headline, at most
MAX_TRAIL_META_ROWS = 6


def _trail_item(ln: Line) -> bool:
    """Whether ``ln`` could be an item of a trail set an item a line: a name of a word to three
    (besides «و»), no digit, no sentence's end, not the home label."""
    return ln.kind in (SHORT, CHROME) and 1 <= sum(w != "و" for w in ln.text.split()) <= MAX_SECTION_WORDS \
        and not _DIGIT.search(ln.text) and ln.text.rstrip(_MARKS)[-1:] not in _ANY_TERMINAL \
        and ln.key not in HOME_KEYS


def _trail_items(lines: list[Line], j: int | None, step: int) -> tuple[list[int], int | None]:
    """The items of a trail set an item a line (:func:`_trail_item`) from line ``j`` on, downward
    (``step`` 1) or upward (-1), blank lines aside: their indices, :data:`MAX_TRAIL_ITEMS` + 1 at
    most (one more is a trail too long, a menu's column), and the line with text past them (None at
    the page's edge). :func:`_home_trail_over_headline` walks up to the home label this way,
    :func:`_headline_under_home_trail` down from it.

    >>> ls = [classify(t) for t in ("خانه", "جامعه", "آب و شهر", "۱۴۰۱/۱۱/۰۳ ۰۹:۱۶")]
    >>> _trail_items(ls, 1, 1), _trail_items(ls, 2, -1)
    (([1, 2], 3), ([2, 1], 0))
    """
    items: list[int] = []
    while j is not None and len(items) <= MAX_TRAIL_ITEMS and _trail_item(lines[j]):
        items.append(j)
        j = _next_shown(lines, j) if step > 0 else _prev_shown(lines, j)
    return items, j


def _home_trail_over_headline(lines: list[Line], title_i: int) -> tuple[int, str, int | None] | None:
    """A breadcrumb trail that a text dump sets an item a line over the headline: the home label
    alone on its line («خانه»), then one item to :data:`MAX_TRAIL_ITEMS` under it, each a section
    the page's menu above lists too (a trail walks the menu's path), then the headline, with the
    story's date and meta rows (:data:`MAX_TRAIL_META_ROWS`) and a surtitle written for the story
    (a label the page shows once) between them. Returns the home label's index, the deepest item
    (the section) and the surtitle's index (None when there is none); None when no such trail
    stands there, or when its lines are those of a menu shown above already in that order (a copy
    of a short menu over the headline, no trail).

    >>> ls = [classify(t) for t in ("صفحه اصلی", "جامعه", "محیط زیست", "آب و شهر", "ورزش", "خانه", "جامعه",
    ...                             "آب و شهر", "۱۴۰۱/۱۱/۰۳ ۰۹:۱۶", "کد خبر: ۷۶۵۶۸۸", "گزارش ویژه",
    ...                             "آب تهران از کجا می‌آید")]
    >>> _home_trail_over_headline(ls, 11)
    (5, 'آب و شهر', 10)
    >>> menu = [classify(t) for t in ("خانه", "ورزش", "فرهنگ")]
    >>> _home_trail_over_headline(menu + menu + [ls[11]], 6) is None
    True
    """
    j = _prev_shown(lines, title_i)
    surtitle = None
    metas = 0
    while j is not None:
        ln = lines[j]
        if metas < MAX_TRAIL_META_ROWS and _meta_row(ln):
            metas += 1
        elif surtitle is None and ln.kind == SHORT and 1 <= ln.words <= 6 and not _DIGIT.search(ln.text) \
                and ln.key not in HOME_KEYS and sum(x.key == ln.key for x in lines[:j]) == 0:
            surtitle = j  # (a label the page shows once: written for the story, no item of its menu)
        else:
            break
        j = _prev_shown(lines, j)
    items, j = _trail_items(lines, j, -1)
    if j is None or not items or len(items) > MAX_TRAIL_ITEMS or lines[j].key not in HOME_KEYS:
        return None
    home = j
    above = [ln.key for ln in lines[:home] if ln.kind != BLANK]
    if not all(lines[k].key in above for k in items):
        return None  # (a trail names the sections its menu lists)
    run = [lines[k].key for k in [home, *reversed(items)]]
    if any(above[k:k + len(run)] == run for k in range(len(above) - len(run) + 1)):
        return None  # (the menu's own lines again, in their order: a copy of the menu)
    return home, lines[items[0]].text, surtitle


def _meta_row(ln: Line) -> bool:
    """Whether ``ln`` is one of the story's date or meta rows, a count too («۶۱۳۹ بازدید»)."""
    return ln.kind in (DATE, META, LABEL) or (ln.kind in (SHORT, CHROME) and ln.words <= 3
                                               and bool(_DIGIT.search(ln.text)))


def _over_meta_rows(lines: list[Line], i: int) -> bool:
    """Whether the line under line ``i`` is one of the story's date or meta rows (:func:`_meta_row`)."""
    j = _next_shown(lines, i)
    return j is not None and _meta_row(lines[j])


def _as_short(ln: Line) -> Line:
    """A copy of ``ln`` read as a short line whatever its kind (the template's chrome among them)."""
    got = ln.__copy__()
    got.kind = SHORT
    return got


def _headline_under_home_trail(lines: list[Line], title_i: int | None, head_end: int) -> int | None:
    """The headline under a trail set an item a line from the home label (:func:`_home_trail_over_headline`),
    when the line taken for it stands above the trail or in it (an ad's or a ticker's line, an item): the line right
    under the trail's deepest item, or under a surtitle there, that stands over the story's date or
    meta rows, headline-shaped though the run shows it on the site's other pages too (its lists of
    most read stories repeat it: a chrome line the template learned).

    >>> ls = [classify(t) for t in ("صفحه اصلی", "جامعه", "آب و شهر", "فروش ویژه کولر گازی با ارسال رایگان",
    ...                             "خانه", "جامعه", "آب و شهر", "آب تهران از کجا می‌آید", "۱۴۰۱/۱۱/۰۳ ۰۹:۱۶")]
    >>> _headline_under_home_trail(ls, 3, 9), _headline_under_home_trail(ls, 7, 9)
    (7, None)
    """
    for home in range(head_end):
        if lines[home].key not in HOME_KEYS or lines[home].kind not in (SHORT, CHROME) \
                or (title_i is not None and title_i > home + MAX_TRAIL_ITEMS):
            continue
        items, j = _trail_items(lines, _next_shown(lines, home), 1)  # (past head_end: no trail of the head)
        if not items or len(items) > MAX_TRAIL_ITEMS or j is None or j >= head_end \
                or (title_i is not None and title_i > items[-1]):
            continue  # (a headline taken under the trail stays)
        for h in (j, _next_shown(lines, j)):
            if h is None or h >= head_end:
                break
            ln = lines[h]
            if ln.kind in (SHORT, CHROME) and _headline_shaped(_as_short(ln), asking=True) \
                    and _over_meta_rows(lines, h) and _home_trail_over_headline(lines, h) is not None:
                return h
            if not (ln.kind == SHORT and ln.words <= 6):
                break  # (a surtitle of a few words may stand between the trail and the headline)
    return None


def _menu_item_over_headline(lines: list[Line], title_i: int, head_keys: Counter) -> str | None:
    """A menu's item repeated right above the headline, apart from the menu (the line above it is
    no other item repeated, as a second copy of the menu would have): the story's section, though
    the template knows the line from every page's menu («زراعت» in the menu, then over the headline
    under a ticker line). ``head_keys``: the keys of the lines above the headline, counted."""
    above = [j for j in range(title_i - 1, -1, -1) if lines[j].kind != BLANK][:3]
    if len(above) == 3 and head_keys[lines[above[0]].key] == 1 \
            and (lines[above[0]].seen is False or lines[above[0]].share >= EVERY_PAGE):
        # (an overline written for the story between the item and the headline; or the site's line
        # over every headline, a screen reader's heading role «عنوان سطح ۱» under the visited link)
        above = above[1:]
    if not above:
        return None
    ln = lines[above[0]]
    if ln.kind not in (CHROME, SHORT) or not 1 <= ln.words <= MAX_SECTION_WORDS or _DIGIT.search(ln.text) \
            or head_keys[ln.key] < 2 or ln.text.rstrip(_MARKS)[-1:] in _ANY_TERMINAL:
        return None
    if len(above) > 1 and head_keys[lines[above[1]].key] >= 2 and lines[above[1]].key != ln.key:
        return None  # (a second copy of the menu ends right above the headline; the menu's last
        # item right above its repeat is the item, then the page's own)
    return ln.text


def _chip_over_headline(lines: list[Line], title_i: int, menu: set[str]) -> str | None:
    """The section a chip over the headline shows («[ورزشی]», «#سیاسی»: :func:`chip_value`), one of
    the two lines right above it (a surtitle may stand between), when the site's menu lists the
    name: a badge a page sets over its story, where a control («[نمایش]») names no item of the menu.
    A menu that lists no section leaves the word to the run: the site's badges on its other pages
    (:attr:`Line.vocab`: a section its slots hold on two of its pages or more), a few values, where
    a badge the site sets over every story («[ویژه]», an ad's mark) is its template's."""
    above = [j for j in range(title_i - 1, -1, -1) if lines[j].kind != BLANK][:2]
    for j in above:
        value = chip_value(lines[j].text)
        if value and (line_key(value) in menu or _learned_chip(lines[j])):
            return value
    return None


def _learned_chip(ln: Line) -> bool:
    """Whether the run shows the chip ``ln`` as one of its site's sections (:func:`_chip_over_headline`):
    its value is a section of the site's slots on its other pages, and the line is not on
    (nearly) every page of the site."""
    return bool(ln.vocab) and ln.share < EVERY_PAGE


#: a list of the story's tags under its last paragraph names at least this many of them
MIN_STORY_TAGS = 2


def _story_tags(lines: list[Line], body: list[int], j: int, *, words: _StoryWords | None = None) -> bool:
    """Whether the body's short lines from ``body[j]`` to its end, right under the story's last
    paragraph, are a label over a list of the story's tags, whatever the label says: the label a
    few words (:func:`tag_label`), then one tag a line, each a name of a few words (no number, no
    sentence, no clause), and most of them (:data:`MIN_STORY_TAGS` at least) the story's own
    words: a site tags a story with the names it speaks of («محلات‌ها» / «آرژانتین» / «لیونل
    مسی» under a story of both), the tail's short lines under them no tags (a button «کپی شد»). A list
    the last paragraph announces («… به شرح زیر است:») is the story's. ``words``: the story's
    (:class:`_StoryWords`)."""
    tail = [lines[k] for k in body[j:]]
    if len(tail) < 1 + MIN_STORY_TAGS or _announces(lines, body, j):
        return False
    label, tags = tail[0], tail[1:]
    if label.kind != SHORT or label.related or not tag_label(label.text):
        return False
    story = (words or _StoryWords(lines)).on(body[:j]).prose
    told = listed = 0
    for ln in tags:
        t = ln.text.strip()
        if ln.kind != SHORT or ln.related or ln.words > MAX_TAG_WORDS or _DIGIT.search(t) \
                or t.rstrip(_MARKS)[-1:] in _SENTENCE_MARKS or set(tokens(t)) & clause_words():
            if listed < MIN_STORY_TAGS:
                return False
            break  # (the tail's buttons under the tags, «لینک کوتاه» / «کپی شد»: no tag, no story line)
        said = content_words(t)
        told += bool(said) and said <= story
        listed += 1
    return told >= MIN_STORY_TAGS and 2 * told >= listed
