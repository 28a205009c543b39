"""Article extraction: section, surtitle, title, lead, body, agency and date from a raw page.

``extract(raw)`` takes a flat-text page (the common case in Persian corpora) or an HTML page and
returns an :class:`Article`. Flat text goes through :mod:`.text` (header by position, body by
content, tail by credits, boilerplate from a phrase lexicon, a content classifier and, inside a
run, lines that recur across the run's pages). HTML goes through :mod:`.html` (``<meta>`` and
JSON-LD for title/section/date, trafilatura to select the main content, whose lines are then
taken in the page's own characters and pass the same tail and chrome rules).

>>> a = extract("ایران و جهان\\n\\nوزیران دفاع ایران و روسیه دیدار کردند\\n\\n"
...             "به گزارش خبرگزاری مهر، وزیران دفاع دو کشور در مسکو با یکدیگر دیدار و گفتگو کردند.\\n\\n"
...             "منبع: مهر\\n\\nنمایش بیشتر\\n\\nدکمه بازگشت به بالا\\n")
>>> a.section, a.title, a.agency, len(a.paragraphs)
('ایران و جهان', 'وزیران دفاع ایران و روسیه دیدار کردند', 'مهر', 1)
"""
from __future__ import annotations

import re

import regex

from ..textkeys import whole_word
from ..urls import host_of
from .article import Article
from .options import ExtractOptions

__all__ = ["Article", "ExtractOptions", "extract"]

_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<\?xml)", re.I)
_HTML_TAGS = re.compile(r"</(?:p|div|html|body|article|span|a|li|td|h[1-6])>", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: the same, to scan for one: ``regex`` scans a page with none (the common case) 4x faster than ``re``
#: (as .document does)
_ANY_SURROGATE = regex.compile("[\ud800-\udfff]")
#: a flat page's first line when it is an address alone («https://x.ir/news/1398/09/14/605328»): what
#: a crawler or a browser's "save as text" writes above a page is the page's own address
_HEAD_URL = re.compile(r"[ \t\ufeff]*(https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?)[ \t]*", re.I)


def looks_like_html(raw: str) -> bool:
    """Whether a page is HTML (a document start, or many closing tags in its first 5,000 chars)."""
    head = raw[:5000]
    return bool(_HTML_START.match(head.lstrip("\ufeff"))) or len(_HTML_TAGS.findall(head)) >= 5


def _got(value) -> str:
    return "None" if value is None else type(value).__name__


def _check_args(raw, url, options, format) -> str:
    """``raw`` as text, after checking every argument of :func:`extract` (errors name the argument)."""
    if isinstance(raw, (bytes, bytearray)):
        from ..readers.decode import NotText, decode_bytes

        try:
            raw = decode_bytes(bytes(raw))[0]
        except NotText as e:
            raise ValueError(f"extract(raw): bytes that are not text ({e})") from None
    elif not isinstance(raw, str):
        raise TypeError(f"extract(raw): expected str or bytes, got {_got(raw)}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"extract(url): expected str or None, got {_got(url)}")
    if options is not None and not isinstance(options, ExtractOptions):
        raise TypeError(f"extract(options): expected ExtractOptions or None, got {_got(options)}")
    if format not in (None, "html", "text"):
        raise ValueError(f"extract(format): expected 'html', 'text' or None, got {format!r}")
    return raw


#: «خلاصه: …», «لید: …»: a word (or two: «لید خبر: …») and a colon opening a lead
_LEAD_LABEL = re.compile(r"^\s*(?P<w>[^\W\d_][^\s:：\d]{1,15}(?P<two>\s[^\W\d_][^\s:：\d]{1,15})?)\s*[:：]\s+(?=\S)")
#: the lead past its label is a sentence of this many words at least
_LEAD_MIN_WORDS = 6
#: a label's second word that names the story whose summary it labels («لید خبر: …», «خلاصه مطلب: …»):
#: a grammar of the label, no speaker's name (a quote opens with a name, «علی ربیعی: …»)
_STORY_WORD = re.compile(r"(?:خبر|مطلب|گزارش|نوشته|مقاله|یادداشت)")


def unlabelled_lead(lead: str, art: Article, raw: str, template=None) -> str:
    """``lead`` without the label that names it so, whatever its word («خلاصه: …», «لید: …»): a
    word and a colon opening it that names nothing else the page shows: not a word of its title
    or story (a speaker quoted, «ظریف: …»), nor a short line of the page (the site's name in its
    header, «برق‌نیوز: …» opening the lead as a dateline), nor a news agency («فارس: …»). The
    label's own element («<strong>خلاصه:</strong> …», the word and its colon alone) is no such line.
    A label of two words goes only when the site opens its pages' leads with it (``template``, the
    run's: :meth:`~.template.PageTemplate.opens_with_label`, «لید خبر: …» on many of them) or when its
    second word names the story («لید خبر: …», «خلاصه مطلب: …» on a site the run saw few pages of); two
    words open a quote more often («سونگ گفت: …», «علی ربیعی: …»), each on one story's page.

    >>> unlabelled_lead("خلاصه: وزیر نیرو از افتتاح دو نیروگاه تازه در جنوب کشور خبر داد.", Article(), "")
    'وزیر نیرو از افتتاح دو نیروگاه تازه در جنوب کشور خبر داد.'
    >>> unlabelled_lead("علی ربیعی: دولت از افتتاح دو نیروگاه تازه در جنوب کشور خبر داد.", Article(), "")[:8]
    'علی ربیع'
    >>> unlabelled_lead("لید خبر: وزیر نیرو از افتتاح دو نیروگاه تازه در جنوب کشور خبر داد.", Article(), "")[:8]
    'وزیر نیر'
    """
    m = _LEAD_LABEL.match(lead)
    if m is None or len(lead[m.end():].split()) < _LEAD_MIN_WORDS:
        return lead
    from .agency import find_agency

    word = m.group("w")
    two = m.group("two")
    if find_agency(word) or (two and not _STORY_WORD.fullmatch(two.strip())
                             and (template is None or not template.opens_with_label(word))):
        return lead
    mention = whole_word(word)
    # (not the label's own element, «<strong>خلاصه:</strong> …»: the word and its colon alone)
    own = re.compile(rf"\s*{re.escape(word)}\s*[:：]\s*")
    if m.group("two") and sum(len(mention.findall(t)) for t in _PIECES.split(raw) if not own.fullmatch(t)) > 1:
        return lead  # (two words the page says again elsewhere, a site's name in its footer: a dateline)
    short = (t for t in _PIECES.split(raw)
             if t.strip() and len(t.split()) <= _SHORT_LINE_WORDS and not own.fullmatch(t))
    if any(mention.search(t) for t in (art.title or "", *art.paragraphs, *short)):
        return lead
    return lead[m.end():]


def story_lead(art: Article, raw: str, template=None) -> str | None:
    """The lead ``art`` was read with, as the story's summary, or None when it is none; the checks, in
    their order:

    1. its label goes («خلاصه: …», :func:`unlabelled_lead`);
    2. a quote box is no lead: words of the story's own paragraph, cut with an ellipsis
       (:func:`quoted_excerpt`);
    3. nor is the site's blurb: a line the run shows alike over half the site's pages, the same words
       over each story, its greeting (:func:`.html.site_blurb`; only with a ``template`` that learned).

    >>> story_lead(Article(lead="خلاصه: وزیر نیرو از افتتاح دو نیروگاه تازه در جنوب کشور خبر داد."), "")
    'وزیر نیرو از افتتاح دو نیروگاه تازه در جنوب کشور خبر داد.'
    >>> story_lead(Article(lead="«… در تهران برگزار شد و پایان یافت»",
    ...                    paragraphs=["نشست امروز در تهران برگزار شد و پایان یافت."]), "") is None
    True
    """
    lead = art.lead
    if not lead:
        return lead
    lead = unlabelled_lead(lead, art, raw, template)
    if quoted_excerpt(lead, art.paragraphs):
        return None
    if template is not None and template.learned:
        from .html import site_blurb

        if site_blurb(lead, template):
            return None
    return lead


#: where a page's pieces of text end: lines, tags
_PIECES = re.compile(r"\n|<[^>]*>")
#: a line of the site's own (its name, a menu's item) is this short
_SHORT_LINE_WORDS = 4


def head_url(raw: str) -> str | None:
    """The address a flat page's first non-blank line gives alone, or None.

    >>> head_url("\\nhttps://shahrekord-khabar.ir/news/1398/09/14/605328\\nشهرکرد خبر\\n")
    'https://shahrekord-khabar.ir/news/1398/09/14/605328'
    >>> head_url("منبع: https://x.ir/news/1\\nمتن") is None
    True
    """
    for line in raw[:4000].splitlines():
        if line.strip():
            m = _HEAD_URL.fullmatch(line)
            return m.group(1) if m else None
    return None


def _front_title_shortens(front: str, heading: str) -> bool:
    """Whether a front matter's ``title:`` is the page's «# » heading cut short or set in a title bar
    («<site> | <its first words>», «<headline> - <site>»): the field an exporter filled for the search
    engines, which the heading the page shows says in full.

    >>> _front_title_shortens("دستپخت | بارش برف در", "بارش برف در تهران و کرج")
    True
    >>> _front_title_shortens("بارش برف در تهران", "بارش برف در تهران")
    False
    >>> _front_title_shortens("خسارت سیل در ماکو", "گزارش تصویری")
    False
    """
    from .template import TITLE_BAR

    f, h = " ".join(front.split()).rstrip("….").strip(), " ".join(heading.split())
    if not f or f == h:
        return False
    return any(len(part.split()) >= 2 and part in h for part in [f, *TITLE_BAR.split(f)])


def _markdown_into(art: Article, md) -> None:
    """The fields of a markdown export (:class:`.exports.MarkdownFields`) into ``art``: its front
    matter's title, date and section, its quote block under the heading as the lead (out of the
    story's paragraphs)."""
    from .dates import parse_iso
    from .exports import same_text

    if md.title and not (md.heading and _front_title_shortens(md.title, md.heading)):
        art.title = md.title
    elif md.heading:  # (the page's one «# » heading: a line the site repeats above it is no headline)
        art.title = md.heading
        # (the text parser took another line for the headline, a tab title over it: the heading's
        # line is none of the story's)
        art.paragraphs = [p for p in art.paragraphs if not same_text(p, md.heading)]
    elif art.title and art.title.startswith("#"):  # (the heading's marks are markdown's, not the title's)
        art.title = art.title.lstrip("#").strip() or None
    if md.section:
        art.section = md.section
    if md.date:
        got = parse_iso(md.date)
        if got:
            art.published, art.published_jalali = got
    elif md.edited and art.published and (edit := parse_iso(md.edited)) and edit[0][:10] == art.published[:10]:
        art.published = art.published_jalali = None  # (the front matter's «lastmod:» line, read as the page's date)
    if art.published is None and md.heading_date:  # (the date line right under the heading)
        art.published, art.published_jalali = md.heading_date
    if art.lead and md.teaser and same_text(art.lead.lstrip("> "), md.teaser):
        art.lead = None  # (the text parser read the page's teaser, a summary cut short, as the lead)
    if art.lead and md.front is not None and md.front.find(art.lead) >= 0:
        art.lead = None  # (the text parser read a front matter line, «description: "…"», as the lead)
    if md.lead:
        if art.lead and not same_text(art.lead, md.lead):
            art.paragraphs.insert(0, art.lead)  # (the text parser's lead was the story's first paragraph)
        art.lead = md.lead
        art.paragraphs = [p for p in art.paragraphs if not same_text(p, md.lead) and not same_text(p, "> " + md.lead)]
    elif art.lead and md.source:
        # a source under its front matter names its lead there or sets it apart as a quote: its
        # first paragraph, a sentence alone before Hugo's «<!--more-->», is the story's
        art.paragraphs.insert(0, art.lead)
        art.lead = None


def extract(raw: str | bytes, *, url: str | None = None, options: ExtractOptions | None = None,
            template=None, format: str | None = None) -> Article:
    """Structure of a flat-text or HTML page: section, surtitle, title, lead, body paragraphs,
    agency and date (:class:`Article`).

    ``url`` is the page's address (its host, and a section its path may name); ``options`` the
    limits of :class:`ExtractOptions`; ``template`` (optional, a
    :class:`~palayesh.extract.template.PageTemplate`) is what the run learned of this page's site:
    which lines its pages repeat, and where; ``format`` ("text"/"html") skips format detection.
    ``raw`` may be bytes, decoded as the readers decode a file (a BOM, UTF-8, Windows-1256, ...;
    binary data is a ValueError).

    >>> page = "\\n".join(["خانه » سیاسی", "نشست وزیران خارجه در تهران برگزار شد", "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰",
    ...                   "به گزارش خبرگزاری مهر، نشست وزیران خارجه امروز در تهران برگزار شد."])
    >>> a = extract(page)
    >>> a.section, a.title, a.agency, a.published
    ('سیاسی', 'نشست وزیران خارجه در تهران برگزار شد', 'مهر', '2023-12-03T14:30+03:30')
    """
    raw = _check_args(raw, url, options, format)
    options = options or ExtractOptions()
    raw = raw or ""
    if _ANY_SURROGATE.search(raw):
        # a lone surrogate (a JSON «\ud800», a name read with surrogateescape) is no character:
        # the fields are written as UTF-8, which cannot hold it
        raw = _SURROGATE.sub("\ufffd", raw)
    from .dates import short_date_order

    # (a date with a two-digit year that reads either way, «۰۵/۱۱/۰۱», in the order the site's pages show)
    with short_date_order(template.short_date_order() if template is not None else None):
        return _extract(raw, url, options, template, format)


#: an excerpt's marks: the quotes around it and the ellipsis that cuts it
_EXCERPT_MARKS = re.compile(r"^[\s«“\"']*(?P<a>…|\.\.\.)?\s*(?P<t>.*?)\s*(?P<b>…|\.\.\.)?[\s»”\"']*$", re.S)
#: an excerpt quotes this many words of the story at least
MIN_EXCERPT_WORDS = 4


def quoted_excerpt(line: str, paragraphs: list[str]) -> bool:
    """Whether ``line`` quotes words of one of the story's ``paragraphs``, cut with an ellipsis («… the
    paragraph's last words»): a quote box or a claim the page cites from the story, no summary of it.

    >>> quoted_excerpt("«… در تهران برگزار شد و پایان یافت»", ["نشست امروز در تهران برگزار شد و پایان یافت."])
    True
    >>> quoted_excerpt("نشست در تهران برگزار شد و پایان یافت", ["نشست امروز در تهران برگزار شد و پایان یافت."])
    False
    """
    m = _EXCERPT_MARKS.match(line)
    if m is None or not (m.group("a") or m.group("b")) or len(m.group("t").split()) < MIN_EXCERPT_WORDS:
        return False
    words = " ".join(m.group("t").split())
    return any(words in " ".join(p.split()) for p in paragraphs)


#: a teaser of the paragraph under it shows this many of its first words at least
MIN_TEASER_WORDS = 6
#: a teaser's label before its colon («خلاصه:», «Summary:») has this many words at most
MAX_TEASER_LABEL_WORDS = 2
_TEASER_CUT = re.compile(r"\s*(?:…|\.\.\.)[\s»”\"']*$")


def _teaser_words(text: str) -> list[str]:
    # (a letter alone is left out: OCR reads a speck as «l», «i», «|» in one copy and not the other)
    return [w for w in text.split() if len(w) > 1]


def teaser_of_next(line: str, nxt: str) -> bool:
    """Whether the paragraph ``line`` shows the first words of the paragraph ``nxt`` under it, cut with
    an ellipsis, after a label of a word or two at most («خلاصه: … …»): a monitor's or a card's
    summary that copies the story's opening, no paragraph of it.

    >>> teaser_of_next("خلاصه: نشست شورای شهر امروز با حضور اعضا در تالار ...",
    ...                "نشست شورای شهر امروز با حضور i اعضا در تالار شهر برگزار شد و به پایان رسید.")
    True
    >>> teaser_of_next("نشست شورای شهر امروز با حضور اعضا در تالار ...", "رئیس شورا گفت برنامه امسال اجرا شد.")
    False
    """
    m = _TEASER_CUT.search(line)
    if m is None:
        return False
    text = line[:m.start()]
    head, colon, rest = text.partition(":")
    if colon and len(head.split()) <= MAX_TEASER_LABEL_WORDS:
        text = rest
    words = _teaser_words(text)
    return len(words) >= MIN_TEASER_WORDS and _teaser_words(nxt)[:len(words)] == words


def without_teasers(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without each one that is a teaser of the paragraph under it (:func:`teaser_of_next`),
    a heading over the story's text between («متن کامل»: the next paragraph longer than the teaser)."""
    out = []
    for k, p in enumerate(paragraphs):
        if _TEASER_CUT.search(p) is None:
            out.append(p)
            continue
        n = len(p.split())
        nxt = next((q for q in paragraphs[k + 1:] if len(q.split()) > n), None)
        if nxt is None or not teaser_of_next(p, nxt):
            out.append(p)
    return out


def _mail_into(art: Article, raw: str) -> None:
    """What a mail's print view saved as text says (:mod:`.mailview`): the pasted story's headline
    and own date over the header's subject and sent date; its «موضوع:» names the mail, no section."""
    from ..textkeys import line_key
    from .mailview import mail_view

    lines = raw.splitlines()[:200]
    view = mail_view(lines)
    if view is None:
        from .letterhead import letterhead

        letter = letterhead(lines)
        if letter is not None and letter.titles(lines, art.title):
            art.title = letter.heading
        if letter is not None and letter.files_under(lines, art.section):
            art.section = None
        return
    if view.headline or view.forwarded and view.title:
        art.title = view.title
    if view.headline:
        # (the lines over the pasted headline are the mail's: the sender's note, the forwarded
        # header; the story's section its own «سرویس: …» label among them)
        over = view.over_story(lines)
        if art.lead and line_key(art.lead) in over:
            art.lead = None
        art.paragraphs = view.under_headline(art.paragraphs, lines)
        if art.section is None or view.no_section(art.section):
            art.section = view.labelled_section() or art.section
    if view.story_date is not None:
        art.published, art.published_jalali = view.story_date.localize()
    if art.agency is None:  # (the agency's name over the pasted headline, where the story was copied from)
        art.agency = view.agency()
    if view.no_section(art.section):
        art.section = None


def _extract(raw: str, url: str | None, options: ExtractOptions, template, format: str | None) -> Article:
    """:func:`extract` of a checked page."""
    from .exports import (
        carried_page,
        chat_export,
        extract_feed_item,
        feed_item,
        link_dump,
        markdown_fields,
        post_header_date,
        wire_stamp_date,
        without_markup_lines,
    )

    carried = carried_page(raw)
    if carried is not None:
        # a page saved with its transport (a WARC record, a client's HTTP heads, a HAR file): the page it
        # carries is read as what it is (an HTML document as HTML, whatever file held it); the
        # transport's headers and times are the fetch's
        raw, url = carried[0], url or carried[1]
        if format == "text" and looks_like_html(raw):
            format = None
    from .apidoc import api_record, table_record, xml_record

    # an exported form read by its shape (.exports), an API's JSON response or a table dump by its
    # records (.apidoc), whatever the format said
    item = feed_item(raw, url) or chat_export(raw) or api_record(raw) or table_record(raw) or xml_record(raw, url)
    fmt = format or ("html" if looks_like_html(raw) else "text")
    if item is not None:
        art = extract_feed_item(item, template=template)
    elif fmt == "html":
        from .html import extract_html
        from .revisions import compared_date, compared_text, quoted_title
        from .typeset import typeset_headline

        # (a converted document's headline, told by its type size: .typeset; a revision view's
        # comparison tables, read as the newer version: .revisions)
        compared = compared_text(raw)
        raw = compared.page if compared else raw
        art = extract_html(typeset_headline(raw) or raw, url=url, options=options, template=template)
        quoted = quoted_title(art.title, raw) if compared and art.title else None
        if quoted:  # (the view's heading names the text it compares: its title)
            art.title = quoted
            art.paragraphs = [p for p in art.paragraphs if p.strip() != quoted]
        if compared and compared.newer:  # (a date only the compared text shows: not the versions')
            art.published, art.published_jalali = compared_date(compared.newer) or (None, None)
    else:
        from .flushright import without_flush_pad
        from .mailquote import without_quote_marks
        from .pagebreaks import joined_text
        from .text import extract_text

        flat = without_markup_lines(raw) or raw
        flat = without_flush_pad(flat) or flat  # (a right-to-left layout text's pad: .flushright)
        flat = joined_text(flat) or flat  # (a text layer set over pages: one text, .pagebreaks)
        art = extract_text(link_dump(raw) or without_quote_marks(flat) or flat, template=template,
                           url=url or head_url(raw))
        art.url = art.url or head_url(raw)
        md = markdown_fields(raw)
        if md is not None:  # what a markdown export's structure names (.exports)
            _markdown_into(art, md)
        from .subtitles import subtitle_date

        # a copied post's header names its time (.exports), a subtitle file's header the day its
        # programme aired (.subtitles), whatever the lines below say
        posted = post_header_date(raw) or subtitle_date(raw)
        if posted:
            art.published, art.published_jalali = posted
        stamped = wire_stamp_date(raw) if art.published is None else None
        if stamped:  # a wire take's transmission stamp at its end, in UTC (.exports)
            art.published, art.published_jalali = stamped
        _mail_into(art, raw)
        from .apidoc import xml_story_record

        stored = xml_story_record(raw, url) if raw.lstrip("\ufeff \t\r\n").startswith("<?xml") else None
        if stored is not None and stored.title:
            # (an XML document read as text, its story's record too small a part of it to be read
            # whole: the record names the headline, and dates the story and gives its lead where
            # its text does not)
            art.title = stored.title
            art.paragraphs = [p for p in art.paragraphs if p.strip() != stored.title]
            if art.published is None and stored.date:
                from .dates import parse_iso

                art.published, art.published_jalali = parse_iso(stored.date) or (None, None)
            if art.lead is None and stored.description:  # (and gives the lead the text set as a paragraph)
                art.lead = stored.description
                art.paragraphs = [p for p in art.paragraphs if p.strip() != stored.description]
    art.lead = story_lead(art, raw, template)
    # (a summary that copies the story's first words, cut, over the story: no paragraph of it)
    art.paragraphs = without_teasers(art.paragraphs)
    bare = template is not None and len(art.paragraphs) >= 2 and template.sets_bare_pull_quotes()
    if template is not None and len(art.paragraphs) >= 2 and (bare or template.sets_pull_quotes()):
        from .pullquote import without_pull_quotes

        # (the site's, said twice: :mod:`.pullquote`; in no quotes where its pages set them in boxes)
        art.paragraphs = without_pull_quotes(art.paragraphs, art.lead, bare=bare)
    art.url = url or art.url
    if art.title and art.title.endswith((")", "]")):
        from .dates import dated_headline

        dated = dated_headline(art.title)
        if dated is not None:  # «<headline> (۱۴ آذر ۱۴۰۵)»: the headline, and the day its line dates the story
            art.title = dated[0]
            if art.published is None:
                art.published, art.published_jalali = dated[1].localize()
    if art.published is None and art.url:  # the page names no date: the day its URL's path names
        from .dates import url_date

        got = url_date(art.url)
        if got:
            art.published, art.published_jalali = got
    if art.published is None and (art.lead or art.paragraphs):
        from .dates import dateline_date

        # (nor its URL: the dateline that opens the story, «گرگان - شنبه ۶ مهر ۱۴۰۲ - …», names its day)
        line = next(filter(None, (dateline_date(p) for p in (art.lead, *art.paragraphs[:1]) if p)), None)
        if line is not None:
            art.published, art.published_jalali = line.localize()
    if art.url and not art.host:
        art.host = host_of(art.url)
    return art
