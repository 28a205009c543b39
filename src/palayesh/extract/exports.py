"""Pages that another tool exported, read by the shape of the export, whatever the site.

A crawl holds pages that a feed reader, a text browser or a chat client wrote out. Their shape
names the article's fields the same way on every site:

- an RSS ``<item>`` (or an Atom ``<entry>``) written as text: its ``<title>``, ``<link>``,
  ``<pubDate>``, ``<category>`` and ``<description>`` *are* the title, URL, date, section and lead,
  and its ``<content:encoded>`` the story (:func:`feed_item`); of a feed of several items, the
  first, or the one that carries a whole story beside the others' titles;
- a text browser's dump (lynx, w3m ``-dump``): every link is marked ``[12]`` in the text and listed
  by its number in a «References» list at the end. The markers and the list are the browser's, not
  the page's: they go before any line is read, and a line of links alone (a menu, a trail) keeps
  its items apart with a bar, as the page showed them (:func:`link_dump`);
- a markdown export (Hugo, Jekyll, a reader's «save as markdown»): a front matter block
  («---» / «title: …» / «date: …» / «categories: […]» / «---») names the title, date and section,
  and a quote block «> …» under the «# » heading, before the story, is the lead (:func:`markdown_fields`);
  a line of markup alone (an image «![…](…)», a shortcode «{{< figure … >}}», «<!--more-->») shows
  no text on the rendered page: a picture is read without its alt text or caption, a comment as a
  blank line (:func:`without_markup_lines`);
- a post copied from Telegram Desktop (or a client that copies the same way): its first line is the
  channel's name and the post's time, «سینمافن, [27.08.20 13:39]», day.month.year in the
  client's local time, which is the post's date (:func:`post_header_date`);
- a channel exported by Telegram Desktop, as HTML (``<div class="message default">``, the time in the
  date's tooltip) or as its JSON ``result.json``: the longest message is the story, its time the
  date, a bold first line the headline (:func:`chat_export`); a channel's public web view saved
  as a page (Telegram's ``t.me/s/…``, Eitaa's, the same widget: ``<div class="…_widget_message_text">``
  and its ``<time datetime>``) the same way, an emoji before the bold headline or not;
- a Common Crawl WET record (or any WARC record saved as text): its header («WARC/1.0», then
  «WARC-Type: …», «WARC-Target-URI: …», «WARC-Date: …» fields, up to a blank line) is the crawl's,
  not the page's: the body under it is the page, the target URI its address, and ``WARC-Date`` the
  instant of the crawl, which dates no story (:func:`warc_record`);

Each reader is detected by the page's shape and returns None for any other page, which then goes
the usual way (:mod:`.text`, :mod:`.html`).
"""
from __future__ import annotations

import html as htmllib
import json
import re
import unicodedata
from dataclasses import dataclass

from ..textkeys import line_key
from .apidoc import api_record, kind_names_story, same_address, table_record, xml_record
from .chatlog import chat_log
from .feeditem import FeedItem
from .sections import (
    FORM_CONTROL,  # (a form's control as a text browser draws it: no text)
    chip_value,
    crumb_parts,
    section_from_crumb,
)

#: a feed's first tag: the page opens with it (an XML declaration, a feed's wrapping elements)
_FEED_START = re.compile(r"^\s*<(?:\?xml|rss|feed|channel|item|entry|rdf:RDF)[\s>/]", re.I)
#: an RSS item or an Atom entry as the page's only record
_ITEM = re.compile(r"<(?P<tag>item|entry)(?:\s[^>]*)?>(?P<body>.*?)</(?P=tag)\s*>", re.S | re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TAG = re.compile(r"<[^>]+>")
#: block-level tags of escaped HTML in a description or content: where its paragraphs end
_BLOCK = re.compile(r"<\s*/?\s*(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>", re.I)
#: at most this share of the page may lie outside its item (a feed of one item, not a page
#: that quotes a tag)
MAX_OUTSIDE_SHARE = 0.2


#: an element of an item, with what it holds (its CDATA too)
_ELEMENT = re.compile(r"<(?P<t>[\w:]+)(?:\s[^>]*)?>.*?</(?P=t)\s*>|<[\w:]+[^>]*/>", re.S)


def _loose_lines(body: str) -> tuple[str, ...]:
    """The lines of an item's body outside its elements («سارا محمدی | ۲۵ اردیبهشت ۱۴۰۱ - ۱۱:۳۵»)."""
    rest = _ELEMENT.sub("\n", body)
    return tuple(t for t in (ln.strip() for ln in _TAG.sub("\n", rest).split("\n")) if t)


def _field(body: str, *names: str) -> str | None:
    """The text of the first of the elements ``names`` found in ``body`` (CDATA unwrapped), or None."""
    for name in names:
        m = re.search(rf"<{re.escape(name)}(?:\s[^>]*)?>(.*?)</{re.escape(name)}\s*>", body, re.S | re.I)
        if m:
            return _CDATA.sub(lambda c: c.group(1), m.group(1)).strip()
    return None


def _attr(body: str, name: str, attr: str) -> str | None:
    """An attribute of an empty element (Atom ``<link href="…"/>``, ``<category term="…"/>``)."""
    m = re.search(rf"<{re.escape(name)}\s[^>]*\b{attr}\s*=\s*[\"']([^\"']*)[\"']", body, re.I)
    return m.group(1).strip() if m else None


def text_of(markup: str) -> str:
    """Flat text of a field that may hold (escaped) HTML: one line per block, tags dropped.

    >>> text_of("&lt;p&gt;بند یکم&lt;/p&gt;&lt;p&gt;بند دوم&lt;/p&gt;")
    'بند یکم\\nبند دوم'
    """
    if "&lt;" in markup or "&gt;" in markup:
        markup = htmllib.unescape(markup)
    markup = _BLOCK.sub("\n", markup)
    text = htmllib.unescape(_TAG.sub("", markup))
    return "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())


def feed_item(raw: str, url: str | None = None) -> FeedItem | None:
    """The fields of a page that is one RSS ``<item>`` / Atom ``<entry>``, else None.

    >>> it = feed_item("<item><title>بارش برف در تهران</title><category>جامعه</category>"
    ...                "<pubDate>Sun, 29 Sep 2013 07:59:00 GMT</pubDate></item>")
    >>> it.title, it.category, it.date
    ('بارش برف در تهران', 'جامعه', 'Sun, 29 Sep 2013 07:59:00 GMT')
    """
    if not _FEED_START.match(raw[:200].lstrip("\ufeff")):
        return None
    items = list(_ITEM.finditer(raw))
    if not items:
        return None
    # the feed's other items are the feed's, not text outside it; the page's story is its first
    # item (a feed lists the newest first), or the one item that holds a story many times longer
    # than any other's (a feed that carries one story whole and the rest as titles)
    m = _story_item(items, url)
    outside = _TAG.sub("", _ITEM.sub("", raw)).strip()
    if len(outside) > MAX_OUTSIDE_SHARE * len(raw):
        return None
    body = m.group("body")
    title = _field(body, "title")
    content = _field(body, "content:encoded", "content")
    description = _field(body, "description", "summary")
    if title is None and content is None and description is None:
        return None
    return FeedItem(
        title=text_of(title) or None if title is not None else None,
        link=_field(body, "link") or _attr(body, "link", "href"),
        date=_field(body, "pubDate", "published", "dc:date", "updated"),
        category=_field(body, "category") or _attr(body, "category", "term"),
        description=text_of(description) or None if description is not None else None,
        content=text_of(content) or None if content is not None else None,
        loose=_loose_lines(body))


#: an item holds the feed's story over its first item when its story is this many times longer
#: than every other item's
MIN_STORY_ITEM_RATIO = 3


def _story_length(body: str) -> int:
    return len(text_of(_field(body, "content:encoded", "content") or _field(body, "description", "summary") or ""))


#: an element of an item that names a field's local name and its text (``<wp:post_type>post</…>``)
_ITEM_FIELD = re.compile(r"<(?:[\w.-]+:)?([\w.-]+)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?([^<\]]{1,60}?)(?:\]\]>)?\s*</", re.S)


def _story_item(items: list[re.Match], url: str | None = None) -> re.Match:
    """The item of a feed that is the page's story: the one at the page's address ``url``; else, of the
    items whose kind names a story where some item's does (a post, not the export's attachments and
    pages), the first, unless one other item's story is :data:`MIN_STORY_ITEM_RATIO` times longer than
    each of the rest.

    >>> its = list(_ITEM.finditer("<item><title>الف</title><description>کوتاه</description></item>"
    ...                           "<item><title>ب</title><content:encoded>" + "متن بلند خبر " * 20
    ...                           + "</content:encoded></item>"))
    >>> _field(_story_item(its).group("body"), "title")
    'ب'
    """
    if len(items) == 1:
        return items[0]
    links = [_field(m.group("body"), "link") or _attr(m.group("body"), "link", "href") for m in items]
    at = [m for m, link in zip(items, links) if url and same_address(link, url)]
    if at:
        return at[0]
    kinds = [kind_names_story(_ITEM_FIELD.findall(m.group("body"))) for m in items]
    if any(kinds):
        items = [m for m, k in zip(items, kinds) if k is not False]
        if len(items) == 1:
            return items[0]
    sizes = [_story_length(m.group("body")) for m in items]
    best = max(range(len(items)), key=sizes.__getitem__)
    if all(sizes[best] >= MIN_STORY_ITEM_RATIO * max(n, 1) for k, n in enumerate(sizes) if k != best):
        return items[best]
    return items[0]


def feed_text(item: FeedItem) -> str:
    """The item as a flat page for :mod:`.text`: its title, then its story (the content, else the
    description), a line a paragraph; the other fields are read from the item itself."""
    story = item.content or item.description or ""
    return "\n\n".join(t for t in (item.title, story) if t)


#: Telegram Desktop's HTML export: a message's block, its time in the date's tooltip («09.12.2021
#: 20:08:33 UTC+03:30», the exporting client's zone; older exports write no zone: its local time) and
#: its text
_TG_MESSAGE = re.compile(r"<div\s+class=[\"']message\s+default\b[^>]*>", re.I)
_TG_DATE = re.compile(r"class=[\"'][^\"']*\bdate\b[^\"']*[\"']\s+title=[\"']"
                      r"(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})"
                      r"\s+(?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?:\s*UTC(?P<z>[+-]\d{2}:\d{2}))?[\"']", re.I)
_TG_TEXT = re.compile(r"<div\s+class=[\"']text[\"']\s*>(?P<t>.*?)</div>", re.S | re.I)
#: a message's text that opens with a bold line: its headline («<strong>…</strong><br>», a JSON
#: export's first part of type «bold»)
_TG_BOLD = re.compile(r"^\s*<(?:strong|b)>(?P<t>[^<]+)</(?:strong|b)>\s*<br\s*/?>", re.I)
#: a forwarded message's origin: the name over its forwarded body («<div class="forwarded body"><div
#: class="from_name">ورزش سه</div>», the channel whose post it is)
_TG_FORWARDED = re.compile(r"<div\s+class=[\"']forwarded\s+body[\"']\s*>\s*<div\s+class=[\"']from_name[\"']\s*>"
                           r"(?P<n>[^<]{1,80})<", re.I)


#: the export's page header: the channel's name over its messages («<div class="page_header"><div class="content">
#: <div class="text bold">خشت نیوز</div>»)
_TG_HEADER = re.compile(r"<div\s+class=[\"']page_header[\"']\s*>(?:\s*<div\b[^>]*>)*?\s*<div\s+class=[\"']text\s+bold"
                        r"[\"']\s*>(?P<n>[^<]{1,80})<", re.I)


def export_channel(raw: str) -> str | None:
    """The name of the channel a chat client's HTML export shows in its page header, or None: the site whose
    pages the export's messages are (its flat text, the story's message alone, names it nowhere).

    >>> export_channel('<div class="page_header"><div class="content"><div class="text bold">خشت نیوز</div></div>'
    ...                '</div><div class="message default clearfix" id="message5">')
    'خشت نیوز'
    >>> export_channel('<div class="page_header"><div class="text bold">خشت نیوز</div></div>') is None
    True
    """
    if "page_header" not in raw or "message default" not in raw or not _TG_MESSAGE.search(raw):
        return None
    m = _TG_HEADER.search(raw)
    return htmllib.unescape(m.group("n")).strip() or None if m else None


def _blocks(raw: str, start: re.Pattern) -> list[str]:
    """The page cut where each match of ``start`` opens a message's block: the blocks, in order."""
    starts = [m.start() for m in start.finditer(raw)]
    return [raw[a:b] for a, b in zip(starts, [*starts[1:], len(raw)])]


def _chat_html(raw: str) -> list[FeedItem]:
    """The messages of a Telegram Desktop HTML export, each with its time and text."""
    out = []
    for block in _blocks(raw, _TG_MESSAGE):
        d, t = _TG_DATE.search(block), _TG_TEXT.search(block)
        if d is None or t is None:
            continue
        bold = _TG_BOLD.match(t.group("t"))
        fwd = _TG_FORWARDED.search(block)
        zone = d.group("z") or ""
        # (a forwarded message's header holds the instant the original was posted, in the exporting
        # client's zone, the message's own: the story's time; the message's, when it was forwarded)
        own = _TG_DATE.search(block, fwd.end(), t.start()) if fwd else None
        d = own or d
        out.append(FeedItem(title=htmllib.unescape(bold.group("t")).strip() or None if bold else None,
                            date="%s-%02d-%02dT%s%s" % (d.group("y"), int(d.group("mo")), int(d.group("d")),
                                                        d.group("t"), d.group("z") or zone),
                            content=text_of(t.group("t")[bold.end():] if bold else t.group("t")) or None,
                            source=htmllib.unescape(fwd.group("n")).strip() or None if fwd else None))
    return out


#: a messenger's public web view of a channel (Telegram's «tgme_widget_message», Eitaa's «etme_…»): a
#: message's block, its text and its time
_WIDGET_MESSAGE = re.compile(r"<div\s+class=[\"'](?:[^\"']*\s)?[a-z]+_widget_message(?=[\s\"'])", re.I)
_WIDGET_TEXT = re.compile(r"<div\s+class=[\"'][^\"']*_widget_message_text\b[^>]*>(?P<t>.*?)</div>", re.S | re.I)
_WIDGET_TIME = re.compile(r"<time\b[^>]*\bdatetime=[\"'](?P<d>[^\"']+)[\"']", re.I)
#: an emoji the view wraps in its own element («<i class="emoji" …><b>🔴</b></i>»): its character
_EMOJI_ELEMENT = re.compile(r"<i\s+class=[\"']emoji[\"'][^>]*>(?P<e>.*?)</i>", re.S | re.I)
#: a mark or two (an emoji, a bullet) before a message's bold first line
_LEAD_MARKS = re.compile(r"^\s*[^\w\s<]{1,4}\s*")


def _chat_widget(raw: str) -> list[FeedItem]:
    """The messages of a channel's public web view, each with its time and text; a bold first line
    after a mark or two («📌 <b>…</b><br>») is the headline."""
    out = []
    for block in _blocks(raw, _WIDGET_MESSAGE):
        d, t = _WIDGET_TIME.search(block), _WIDGET_TEXT.search(block)
        if d is None or t is None:
            continue
        text = _EMOJI_ELEMENT.sub(lambda m: _TAG.sub("", m.group("e")), t.group("t"))
        marks = _LEAD_MARKS.match(text)
        bold = _TG_BOLD.match(text[marks.end():] if marks else text)
        rest = text[(marks.end() if marks else 0) + bold.end():] if bold else text
        out.append(FeedItem(title=htmllib.unescape(bold.group("t")).strip() or None if bold else None,
                            date=d.group("d"), content=text_of(rest) or None))
    return out


def _chat_json(raw: str) -> list[FeedItem]:
    """The messages of a Telegram Desktop JSON export (``result.json``: ``{"name": …, "messages": [{"date":
    "2021-12-09T20:08:33", "text": […]}, …]}``), each with its time (the exporting client's) and text."""
    import json

    try:
        doc = json.loads(raw)
    except ValueError:
        return []
    messages = doc.get("messages") if isinstance(doc, dict) else None
    out = []
    for msg in messages if isinstance(messages, list) else []:
        if not isinstance(msg, dict) or not isinstance(msg.get("date"), str):
            continue
        parts = msg.get("text")
        parts = [parts] if isinstance(parts, str) else parts if isinstance(parts, list) else []
        texts = [p if isinstance(p, str) else str(p.get("text") or "") if isinstance(p, dict) else "" for p in parts]
        title = None
        if parts and isinstance(parts[0], dict) and parts[0].get("type") == "bold" \
                and (len(texts) == 1 or texts[1].startswith("\n")):
            title, texts = texts[0].strip() or None, texts[1:]
        body = "\n".join(ln.strip() for ln in "".join(texts).split("\n") if ln.strip())
        out.append(FeedItem(title=title, date=msg["date"], content=body or None))
    return out


#: a line of a chat exported as text (WhatsApp's «Export chat»): the message's time, «M/D/YY, HH:MM - »
#: (Android) or «[D/M/YY, HH:MM:SS] » (iOS), then its sender and a colon, or a note of the chat's own
_CHAT_LINE = re.compile(r"^(?:\[(?P<ia>\d{1,2})[/.](?P<ib>\d{1,2})[/.](?P<iy>\d{2}|\d{4}),?\s+"
                        r"(?P<ih>\d{1,2}):(?P<imi>\d{2})(?::\d{2})?(?:\s*(?P<iap>[AP]M))?\]\s*"
                        r"|(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{2}|\d{4}),?\s+(?P<h>\d{1,2}):(?P<mi>\d{2})"
                        r"(?:\s*(?P<ap>[AP]M))?\s+[-–]\s+)(?P<rest>.*)$", re.I)
#: a chat exported as text holds this many time-stamped lines at least
MIN_CHAT_LINES = 3


def _chat_text(raw: str) -> list[FeedItem]:
    """The messages of a chat exported as text (WhatsApp's «Export chat»: one message a time-stamped
    line, «7/10/18, 07:42 - بهاره حسینی: 🔴 خبر», and the lines under it), each with its time and text;
    the chat's own notes (no sender: «… created group …») aside. The client writes the day in its
    locale's order: day first when a first number is over 12 anywhere in the chat, month first (the
    export's default, US English) otherwise."""
    stamps: list[tuple[re.Match, list[str]]] = []
    for ln in raw.lstrip("\ufeff \t\r\n").split("\n"):
        m = _CHAT_LINE.match(ln.strip())
        if m is not None:
            stamps.append((m, [m.group("rest")]))
        elif stamps:
            stamps[-1][1].append(ln)
    if len(stamps) < MIN_CHAT_LINES:
        return []

    def g(m: re.Match, k: str) -> str | None:
        return m.group(k) or m.group("i" + k)

    day_first = any(int(g(m, "a") or 0) > 12 for m, _ in stamps)
    out = []
    for m, text in stamps:
        sender, colon, first = text[0].partition(": ")
        if not colon or len(sender.split()) > 4:
            continue  # (the chat's own note: encryption, a group created, a member added)
        a, b, y, h, mi = (int(g(m, k) or 0) for k in ("a", "b", "y", "h", "mi"))
        d, mo = (a, b) if day_first else (b, a)
        ap = (g(m, "ap") or "").upper()
        h = h % 12 + 12 if ap == "PM" else h % 12 if ap == "AM" else h
        if not (1 <= mo <= 12 and 1 <= d <= 31 and h < 24 and mi < 60):
            continue
        body = "\n".join(x.strip() for x in [first, *text[1:]])
        out.append(FeedItem(date=f"{y + 2000 if y < 100 else y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}",
                            content=body.strip() or None))
    return out


def chat_export(raw: str) -> FeedItem | None:
    """The message of a chat client's channel export that is the page's story (Telegram Desktop's
    HTML export, its JSON ``result.json``, a channel's public web view), as a :class:`FeedItem` (its
    time, its text, a bold first line its headline), or None for a page of no such export. An export
    holds many messages: the
    story is the longest (the channel's short notes around it are its own posts, not the page's).

    >>> it = chat_export('<div class="message default clearfix" id="message7"><div class="pull_right date details" '
    ...                  'title="09.12.2021 20:08:33 UTC+03:30">20:08</div><div class="text"><strong>بارش برف'
    ...                  '</strong><br><br>برف تهران را سفیدپوش کرد.</div></div>')
    >>> it.title, it.date, it.content
    ('بارش برف', '2021-12-09T20:08:33+03:30', 'برف تهران را سفیدپوش کرد.')
    >>> it = chat_export('<div class="message default clearfix" id="message8"><div class="pull_right date details" '
    ...                  'title="10.12.2021 09:15:00 UTC+03:30">09:15</div><div class="forwarded body"><div '
    ...                  'class="from_name">ایسنا<span class="date details" title="09.12.2021 20:08:33"> 09.12.2021 '
    ...                  '20:08:33</span></div><div class="text">برف تهران را سفیدپوش کرد.</div></div></div>')
    >>> it.date, it.source
    ('2021-12-09T20:08:33+03:30', 'ایسنا')
    >>> it = chat_export('<div class="tgme_widget_message js-widget_message"><div class="tgme_widget_message_text">'
    ...                  '<i class="emoji"><b>📌</b></i> <b>بارش برف</b><br><br>برف تهران را سفیدپوش کرد.</div>'
    ...                  '<time datetime="2021-12-09T16:38:33+00:00">16:38</time></div>')
    >>> it.title, it.date, it.content
    ('بارش برف', '2021-12-09T16:38:33+00:00', 'برف تهران را سفیدپوش کرد.')
    """
    head = raw[:200].lstrip("\ufeff \t\r\n")
    if head.startswith("{") and '"messages"' in raw:
        items = _chat_json(raw)
    elif "message default" in raw and _TG_MESSAGE.search(raw):
        items = _chat_html(raw)
    elif "_widget_message" in raw and _WIDGET_MESSAGE.search(raw):
        items = _chat_widget(raw)
    elif _CHAT_LINE.match(head.split("\n", 1)[0].strip()):
        items = _chat_text(raw)
    else:
        from . import looks_like_html

        # (a chat server's log, whatever app saved it: its messages under heads of one shape, .chatlog)
        return chat_log(raw, html=looks_like_html(raw))
    items = [it for it in items if it.content]
    if not items:
        return None
    return max(items, key=lambda it: len(it.content or ""))


#: the heading of a text browser's list of the page's links (lynx «References», w3m «References:»)
_REFS_HEAD = re.compile(r"^[ \t]*References:?[ \t]*$", re.M)
#: one entry of that list: a number (« 12. » or «[12]») and a URL
_REF_ENTRY = re.compile(r"^\s*(?:\d+\.|\[\d+\])\s+\S+://\S*\s*$")
#: a link's number where the browser marked it in the text
_MARK = re.compile(r"\[(\d{1,4})\](?=\S)")
#: a line that opens with a link (after a list bullet), the shape of a menu or a trail
_LINK_LINE = re.compile(r"^(?P<lead>\s*(?:[*•·+\-]\s+)?)\[\d{1,4}\](?=\S)")
#: a menu's item between two links is this short (a sentence with links in it is prose)
MAX_ITEM_WORDS = 4
#: separators a line of links already has between its items («خانه | مسکن», «خانه > مسکن»)
_ITEM_SEPS = "|｜>»›/•·-–—،,"


def _item_sep(ch: str) -> bool:
    """Whether a line of links already sets the mark ``ch`` between its items: one of
    :data:`_ITEM_SEPS`, or whatever arrow or shape a site sets there («صفحه اصلی ◄ جهان», «خانه ← ورزش»),
    a mathematical sign or a dash (no letter, digit, bracket or icon: «🏠» is an item)."""
    return ch in _ITEM_SEPS or unicodedata.category(ch) in ("Sm", "Pd") or "\u2190" <= ch <= "\u27bf"


def _link_items(line: str) -> str:
    """A line of the dump without its link markers; a line of links and nothing else (each item a
    few words) gets a bar between items the page set apart only by their links.

    >>> _link_items("   [1]خانه [2]اجاره‌بها [3]وام مسکن")
    '   خانه | اجاره‌بها | وام مسکن'
    >>> _link_items("[9]خانه | [10]مسکن"), _link_items("به گزارش [4]فارس، بارش برف ادامه دارد")
    ('خانه | مسکن', 'به گزارش فارس، بارش برف ادامه دارد')
    >>> _link_items("[16]صفحه اصلی ◄ [32]جهان ◄ [37]آسیا")   # a trail with the site's own mark
    'صفحه اصلی ◄ جهان ◄ آسیا'
    """
    m = _LINK_LINE.match(line)
    if m is None:
        return _MARK.sub("", line)
    rest = line[m.end():]
    items = _MARK.split(rest)  # item, number, item, number, item ...
    texts = items[0::2]
    if len(texts) >= 2 and all(len(t.split()) <= MAX_ITEM_WORDS for t in texts):
        out = texts[0].rstrip()
        for t in texts[1:]:
            if out and not _item_sep(out[-1]):
                out += " |"
            out += " " + t.strip()
        return m.group("lead") + out.strip()
    return m.group("lead") + _MARK.sub("", rest)


#: a «References» list with lines under it is a text browser's when it holds this many entries at least
MIN_REF_ENTRIES = 2


def link_dump(raw: str) -> str | None:
    """A text browser's dump without its link markers and its «References» list, or None when
    ``raw`` is no such dump (no list of numbered URLs at its end, or no marker in its text). Lines
    under the list (comments a crawl appended to the dump) are the page's too, when the list holds
    :data:`MIN_REF_ENTRIES` entries at least.

    >>> link_dump("[1]خانه [2]ورزش\\n(BUTTON) جستجو\\nبارش برف در تهران\\n\\nReferences\\n\\n 1. https://a.ir/\\n 2. https://a.ir/s\\n")
    'خانه | ورزش\\nبارش برف در تهران\\n\\n'
    >>> link_dump("[1]خانه [2]ورزش\\nبارش برف\\n\\nReferences\\n\\n 1. https://a.ir/\\n 2. https://a.ir/s\\n\\nنظرات\\n")
    'خانه | ورزش\\nبارش برف\\n\\nنظرات\\n'
    """
    if "References" not in raw:  # (a scan at memory speed; the line pattern tries every line start)
        return None
    heads = list(_REFS_HEAD.finditer(raw))
    if not heads:
        return None
    head = heads[-1]
    after = raw[head.end():].split("\n")
    entries = [i for i, ln in enumerate(after) if ln.strip()]
    run = next((k for k, i in enumerate(entries) if not _REF_ENTRY.match(after[i])), len(entries))
    if not run or run < len(entries) and run < MIN_REF_ENTRIES:
        return None
    # (the page's lines a crawl appended under the list, its comments, stay: the list's entries go)
    text = raw[:head.start()] + ("\n".join(after[entries[run]:]) if run < len(entries) else "")
    if not _MARK.search(text):
        return None
    return "\n".join(_link_items(ln) for ln in text.split("\n") if not FORM_CONTROL.match(ln))


#: a copied post's header: a name, a comma, and the time in brackets, day first
#: («کانال خبری, [09.11.21 11:55]», «…, [09.11.2021 11:55:07]»)
#: The client writes the day in its locale's way: day.month.year on a 24-hour clock, day/month/year
#: (en-GB), or month/day/year on a twelve-hour clock (en-US: «کانال, [5/11/2022 8:34 AM]», 11 May)
_POST_HEADER = re.compile(r"^[^\n\[\]]{1,80}[,،]\s*\["
                          r"(?:(?P<us_mo>\d{1,2})/(?P<us_d>\d{1,2})/(?=\d+\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\])"
                          r"|(?P<d>\d{1,2})(?P<sep>[./])(?P<mo>\d{1,2})(?P=sep))"
                          r"(?P<y>\d{2}|\d{4})\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ampm>[AP]M))?"
                          r"\]\s*$", re.I)


#: a WARC record's header: its version line, then «Name: value» fields up to a blank line; a line or
#: two of the page above it at most (a site's «today» line a saved page put before the record)
_WARC_HEAD = re.compile(r"\A\ufeff?(?P<pre>(?:[^\n]{1,120}\n){0,%d}?)\s*WARC/1\.\d[ \t]*\r?\n"
                        r"((?:[A-Za-z][\w.-]*[ \t]*:[^\n]*\n)+)[ \t]*\r?\n" % 2)
_WARC_URI = re.compile(r"^WARC-Target-URI[ \t]*:[ \t]*<?(\S+?)>?[ \t]*\r?$", re.M | re.I)


def warc_record(raw: str) -> tuple[str, str | None] | None:
    """The body of a WARC record saved as a page (a WET «conversion» record: the page's text) and
    the address its ``WARC-Target-URI`` names; None for a page that opens with no WARC header (a line
    or two of the page above it at most, which stay the page's). The
    header's ``WARC-Date`` is when the crawler fetched the page, no date of its story.

    >>> warc_record("WARC/1.0\\nWARC-Type: conversion\\nWARC-Target-URI: https://x.ir/n/1\\n"
    ...             "WARC-Date: 2024-01-02T03:04:05Z\\n\\nعنوان\\nمتن")
    ('عنوان\\nمتن', 'https://x.ir/n/1')
    >>> warc_record("WARC/1.0 یک خط") is None
    True

    A line of the page above the header stays the page's:

    >>> warc_record("امروز: ۱۲ مهر ۱۴۰۲\\nWARC/1.0\\nWARC-Date: 2024-01-02T03:04:05Z\\n\\nعنوان\\nمتن")
    ('امروز: ۱۲ مهر ۱۴۰۲\\nعنوان\\nمتن', None)
    """
    m = _WARC_HEAD.match(raw)
    if m is None:
        return None
    uri = _WARC_URI.search(m.group(2))
    return m.group("pre") + raw[m.end():], uri.group(1) if uri else None


#: an HTTP message's head as a client saves it before the page (wget --save-headers, curl -i, a WARC
#: «response» record; curl -v marks the request's lines «> », the response's «< »): its start line
#: (a request «GET /path HTTP/1.1» or a status «HTTP/1.1 200 OK») and its «Name: value» fields, up to a
#: blank line (RFC 9112, sections 2.1 and 5)
_HTTP_START = re.compile(r"^(?:[<>] )?(?:HTTP/\d(?:\.\d)?[ \t]+\d{3}\b[^\n]*"
                         r"|(?P<method>[A-Z]{3,7})[ \t]+(?P<target>\S+)[ \t]+HTTP/\d(?:\.\d)?)[ \t]*\r?$")
_HTTP_FIELD = re.compile(r"^(?:[<>] )?(?P<name>[A-Za-z][\w-]*)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*\r?$")
#: a line curl -v writes of the connection itself («* Connected to x.ir»), or an empty line it marks
_CURL_NOTE = re.compile(r"^(?:\*[ \t][^\n]*|[<>][ \t]*)\r?$")
#: a chunk's size line in a body sent «Transfer-Encoding: chunked» (hex digits, an extension after «;»)
_CHUNK_SIZE = rb"([0-9A-Fa-f]{1,8})(?:;[^\r\n]*)?"


def http_message(raw: str) -> tuple[str, str | None] | None:
    """The page under the HTTP heads a client saved above it (a request's and the responses', a
    redirect's and the last one's) and the address the request names (its target and ``Host``), or
    None for a page that opens with no HTTP head. The heads are the exchange's, not the page's:
    their ``Date`` and ``Last-Modified`` are the fetch's and the server's, which date no story. A
    body sent in chunks is read whole again, without the chunks' size lines (hex: «a» is the 10 bytes
    of «عنوان» in UTF-8).

    >>> http_message("HTTP/1.1 200 OK\\r\\nDate: Mon, 07 Dec 2026 06:00:00 GMT\\r\\n\\r\\nعنوان\\nمتن")
    ('عنوان\\nمتن', None)
    >>> http_message("> GET /news/12 HTTP/1.1\\n> Host: x.ir\\n>\\n< HTTP/1.1 200 OK\\n< Server: nginx\\n<\\nعنوان")
    ('عنوان', 'https://x.ir/news/12')
    >>> http_message("HTTP/1.1 200 OK\\nTransfer-Encoding: chunked\\n\\n"
    ...              "a\\r\\nعنوان\\r\\n7\\r\\n متن\\r\\n0\\r\\n\\r\\n")
    ('عنوان متن', None)
    >>> http_message("HTTP چیست؟\\nمتن") is None
    True
    """
    lines = raw.lstrip("\ufeff").split("\n")
    i, url, chunked, heads, marked = 0, None, False, 0, False
    while i < len(lines) and _CURL_NOTE.match(lines[i]):
        i += 1
    while i < len(lines):
        start = _HTTP_START.match(lines[i])
        if start is None:
            break
        fields: dict[str, str] = {}
        i += 1
        while i < len(lines) and (f := _HTTP_FIELD.match(lines[i])):
            fields[f.group("name").lower()] = f.group("value")
            i += 1
        if i < len(lines) and lines[i].strip() and not _CURL_NOTE.match(lines[i]):
            return None  # (a head ends with a blank line; this is no HTTP head)
        heads += 1
        marked = marked or start.group(0)[:2] in ("> ", "< ")  # (curl -v's trace)
        if start.group("method"):
            target, host = start.group("target"), fields.get("host")
            if target.startswith(("http://", "https://")):
                url = target
            elif host and target.startswith("/"):
                url = f"https://{host}{target}"
        else:
            chunked = "chunked" in fields.get("transfer-encoding", "").lower()
        i += 1
        while i < len(lines) and _CURL_NOTE.match(lines[i]):
            i += 1
    if not heads:
        return None
    j = len(lines)
    while marked and j > i and lines[j - 1].startswith("* "):
        j -= 1  # (curl -v's notes after the body, «* Connection #0 to host x.ir left intact»: the client's)
    body = "\n".join(lines[i:j])
    return (_dechunked(body) if chunked else body), url


#: a HAR file's shape (HTTP Archive 1.2, a browser's «save all as HAR»): a JSON object whose «log» holds
#: the «entries» of the exchanges, each a «request» and a «response» whose «content» may hold the body
_HAR_START = re.compile(r'\A\ufeff?\s*\{\s*"log"\s*:')


def har_page(raw: str) -> tuple[str, str | None] | None:
    """The page a HAR file (HTTP Archive) carries and the address it was requested at, or None for a
    page that is no HAR file or holds no page. The page is the body of the exchange that fetched a
    document: a successful response (2xx) with a text body, an HTML one before any other, the longest
    of those; a redirect's hop and the files the page loaded are not it. The exchanges' headers and
    times (``date``, ``last-modified``, ``startedDateTime``) are the fetch's, which date no story.

    >>> har = {"log": {"version": "1.2", "entries": [
    ...     {"request": {"url": "http://x.ir/n/1"}, "response": {"status": 301, "content": {"size": 0}}},
    ...     {"request": {"url": "https://x.ir/n/1"}, "response": {"status": 200, "content": {
    ...         "mimeType": "text/html", "text": "<html><body><h1>عنوان</h1></body></html>"}}}]}}
    >>> har_page(json.dumps(har, ensure_ascii=False))
    ('<html><body><h1>عنوان</h1></body></html>', 'https://x.ir/n/1')
    >>> har_page('{"log": "یک متن"}') is None
    True
    """
    if not _HAR_START.match(raw[:200]):
        return None
    try:
        data = json.loads(raw.lstrip("\ufeff"))
    except ValueError:
        return None
    entries = data.get("log", {}).get("entries") if isinstance(data.get("log"), dict) else None
    if not isinstance(entries, list):
        return None
    best: tuple[tuple[bool, int], str, str | None] | None = None
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        response, request = entry.get("response"), entry.get("request")
        if not isinstance(response, dict) or not isinstance(response.get("content"), dict):
            continue
        status, content = response.get("status"), response["content"]
        text = content.get("text")
        if not isinstance(text, str) or not text.strip() or not (isinstance(status, int) and 200 <= status < 300):
            continue
        if content.get("encoding") == "base64":
            import base64
            import binascii

            try:
                text = base64.b64decode(text).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                continue
        mime = str(content.get("mimeType") or "").lower()
        url = request.get("url") if isinstance(request, dict) else None
        key = ("html" in mime, len(text))
        if best is None or key > best[0]:
            best = (key, text, url if isinstance(url, str) and url.startswith(("http://", "https://")) else None)
    return None if best is None else (best[1], best[2])


def carried_page(raw: str) -> tuple[str, str | None] | None:
    """The page a saved transport carries, and the address it names, or None for a page saved as
    itself: a WARC record's body (:func:`warc_record`), the body under the HTTP heads a client wrote
    (:func:`http_message`), the document a HAR file's exchange fetched (:func:`har_page`). The carried
    page is read as what it is (an HTML document is HTML, whatever the file it was saved in); the
    transport's lines and dates are the fetch's, not the story's.

    >>> carried_page("< HTTP/2 200\\n< date: Mon, 07 Dec 2026 06:00:00 GMT\\n<\\n<html><body><p>متن</p></body></html>")
    ('<html><body><p>متن</p></body></html>', None)
    >>> carried_page("عنوان\\nمتن") is None
    True
    """
    got = None
    record = warc_record(raw)
    if record is not None:
        got, raw = record, record[0]
    message = http_message(raw)
    if message is not None:
        got = (message[0], (got[1] if got else None) or message[1])
        raw = message[0]
    if got is None:
        got = har_page(raw)
    return got


#: a chunk's end and the next chunk's size line, in a chunked body's bytes
_CHUNK_END = re.compile(rb"\r\n" + _CHUNK_SIZE + rb"\r\n")
#: a chunk may end this many bytes off its size: a character the chunks cut in two is kept as one or
#: two replacement characters (U+FFFD, three bytes each) when the page is decoded
CHUNK_SLACK = 8


def _dechunked(body: str) -> str:
    """A chunked body read whole: each chunk's size line goes (the size counts the chunk's bytes of
    UTF-8, its line ends CRLF, also when the page was saved with bare LF ends; a chunk ends within
    :data:`CHUNK_SLACK` bytes of its size, as a character cut between two chunks was decoded); the
    body as it is when it is not so."""
    bare = "\r" not in body
    data = (body.replace("\n", "\r\n") if bare else body).encode("utf-8", errors="replace")
    first = re.match(_CHUNK_SIZE, data.split(b"\r\n", 1)[0].strip())
    if first is None or b"\r\n" not in data:
        return body
    size, at, parts = int(first.group(1), 16), data.index(b"\r\n") + 2, []
    while size:
        end = next((m for m in _CHUNK_END.finditer(data, max(at, at + size - CHUNK_SLACK), at + size + CHUNK_SLACK + 14)
                    if abs(m.start() - at - size) <= CHUNK_SLACK), None)
        if end is None:
            return body
        parts.append(data[at:end.start()])
        size, at = int(end.group(1), 16), end.end()
    text = b"".join(parts).decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n") if bare else text


def post_header_date(raw: str) -> tuple[str, str] | None:
    """``(published, jalali)`` of a copied post's header on the page's first line, or None. The
    time is the copying client's local time, Tehran's for a Persian channel. A copy of several posts
    (a header over each) is dated by the header of its story: the post of the longest text.

    >>> post_header_date("سینمافن, [09.11.21 11:55]\\n**عنوان**")
    ('2021-11-09T11:55+03:30', '1400/08/18')
    >>> post_header_date("سینمافن, [11/9/2021 1:05 PM]\\n**عنوان**")  # (a client in US English: month first)
    ('2021-11-09T13:05+03:30', '1400/08/18')
    >>> post_header_date("سینمافن, [09.11.21 09:10]\\nیادداشت\\nسینمافن, [09.11.21 11:55]\\n**عنوان**\\nمتن بلند خبر")
    ('2021-11-09T11:55+03:30', '1400/08/18')
    """
    lines = raw.lstrip("\ufeff \t\r\n").split("\n")
    m = _POST_HEADER.match(lines[0].strip())
    if m is None:
        return None
    if "[" in raw[len(lines[0]):]:
        # a copy of several posts, each under its header: the story is the post of the longest text
        heads = [(i, hd) for i, ln in enumerate(lines) if (hd := _POST_HEADER.match(ln.strip()))]
        if len(heads) > 1:
            ends = [i for i, _ in heads[1:]] + [len(lines)]
            sizes = [sum(len(ln.strip()) for ln in lines[i + 1:end]) for (i, _), end in zip(heads, ends)]
            m = heads[max(range(len(heads)), key=sizes.__getitem__)][1]
    from .dates import parse_iso

    y = int(m.group("y"))
    y = y + 2000 if y < 100 else y
    us = m.group("us_mo") is not None
    mo, d = (int(m.group(k)) for k in (("us_mo", "us_d") if us else ("mo", "d")))
    h, mi = int(m.group("h")), int(m.group("mi"))
    if m.group("ampm"):  # «12:05 AM» is five past midnight, «12:05 PM» five past noon
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group("ampm").upper() == "PM" else 0)
    if not (1 <= mo <= 12 and 1 <= d <= 31 and h < 24 and mi < 60):
        return None
    sec = f":{m.group('s')}" if m.group("s") else ""
    return parse_iso(f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}{sec}")


#: a wire take's transmission stamp on a line of its own, as the teleprinter's end of message writes it
#: (Reuters' and AFP's archives: «0653GMT 05 DEC 26», the instant in UTC; a «Z» for «GMT» in some)
_WIRE_STAMP = re.compile(r"^(?P<h>[0-2]\d)(?P<mi>[0-5]\d)\s?(?:GMT|UTC|Z)\s+(?P<d>\d{1,2})\s+(?P<mon>[A-Z]{3})\s+"
                         r"(?P<y>\d{2}|\d{4})$")
#: a take's stamp stands within this many lines of the page's end (the end of message «NNNN» under it)
MAX_STAMP_LINES_FROM_END = 4


def wire_stamp_date(raw: str) -> tuple[str, str] | None:
    """``(published, jalali)`` of a wire take's transmission stamp near the page's end («0653GMT 05 DEC
    26»: 06:53 UTC on 5 December 2026), in Tehran's time, or None for a page with no such line. The
    stamp is the take's own: the agency sent the story then.

    >>> wire_stamp_date("ZCZC\\nخبر\\nانتهای پیام\\n0653GMT 05 DEC 26\\nNNNN")
    ('2026-12-05T10:23+03:30', '1405/09/14')
    >>> wire_stamp_date("0653GMT 05 DEC 26\\nخبر\\nبند\\nبند\\nبند\\nبند") is None  # (not at the end)
    True
    """
    lines = [ln.strip() for ln in raw.rstrip().split("\n")[-MAX_STAMP_LINES_FROM_END:]]
    for ln in reversed(lines):
        m = _WIRE_STAMP.match(ln)
        if m is None:
            continue
        from .dates import MONTHS, parse_iso

        # (the month by the date grammar's Gregorian names, their English abbreviations among them)
        mo = next((k for k, names in MONTHS["gregorian"].items() if m.group("mon").lower() in names), None)
        if mo is None:
            continue
        y = int(m.group("y"))
        y = y + 2000 if y < 100 else y
        d, h, mi = int(m.group("d")), int(m.group("h")), int(m.group("mi"))
        if not (1 <= d <= 31 and h < 24):
            return None
        return parse_iso(f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}Z")
    return None


#: a front matter block at the page's top, and one «key: value» line of it
#: (YAML between «---» lines, «key: value»; TOML between «+++» lines, «key = value», as Hugo writes either)
_FRONT = re.compile(r"\A\ufeff?\s*(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>(?:[^\n]*\n){1,40}?)(?P=fence)[ \t]*(?:\n|\Z)")
_FRONT_FIELD = re.compile(r"^(?P<k>[A-Za-z_]+)\s*[:=]\s*(?P<v>.*?)\s*$", re.M)
#: the front matter's keys that date the story's publication, the first given wins (Hugo's
#: ``publishDate`` over its ``date``); ``lastmod`` / ``updated`` / ``modified`` date an edit, never it
_FRONT_DATE_KEYS = ("publishdate", "published", "pubdate", "date", "created")
_FRONT_EDIT_KEYS = ("lastmod", "updated", "modified")
#: the front matter's keys that hold the post's summary, its lead (Hugo's ``description`` and
#: ``summary``, Jekyll's ``excerpt``), the first given wins
_FRONT_LEAD_KEYS = ("description", "summary", "excerpt", "lead")
#: a markdown heading of the first level, and a quote block's line
_MD_HEADING = re.compile(r"^#[ \t]+(?P<t>\S.*?)[ \t#]*$", re.M)
#: a first-level heading in setext's form: its line underlined with «=» (what a converter or a
#: reader view writes for an ``<h1>``: pandoc, turndown); the line is no markup of its own (a list's
#: item, a quote, a fenced div, a table's row)
_MD_SETEXT = re.compile(r"^(?P<t>[^\n#>|:*+=\s-][^\n]*?)[ \t]*\n={3,}[ \t]*$", re.M)
_MD_QUOTE = re.compile(r"^>[ \t]?(?P<t>.*)$")
#: a markdown link «[text](url)»: a page in markdown shows two or more
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")


@dataclass
class MarkdownFields:
    """What a markdown export's structure names (None: not named)."""

    title: str | None = None
    date: str | None = None
    section: str | None = None
    lead: str | None = None
    #: the front matter's date of an edit (``lastmod``, ``updated``, ``modified``): no publication date
    edited: str | None = None
    #: the page's one first-level heading («# …»): the article's headline, as a reader view or a
    #: converter writes an ``<h1>`` (two or more: none of them is named so)
    heading: str | None = None
    #: ``(published, jalali)`` of the date line under the heading, among its meta lines before the
    #: quote block or the story (none when a word there says it is no publication date)
    heading_date: tuple[str, str] | None = None
    #: the front matter block's text (None: the page has none)
    front: str | None = None
    #: a site's source under its front matter, no «# » heading (a saved page shows its headline as
    #: one): its fields name its lead, the text under it is the post's, its first paragraph too
    source: bool = False
    #: a quote block that is a summary cut short, the story's opening words («… …»): the page's
    #: teaser, no lead
    teaser: str | None = None


def _front_value(v: str) -> str | None:
    """A front matter value without its quotes; a list's first item («["فضای سبز"]» → «فضای سبز»)."""
    v = v.strip()
    if v.startswith("[") and v.endswith("]"):
        v = v[1:-1].split(",")[0].strip()
    if len(v) >= 2 and v[0] == v[-1] == '"' and "\\" in v:
        try:  # (a double-quoted value's escapes, YAML's and TOML's as JSON's: «"\\"علی\\" گفت"»)
            return json.loads(v).strip() or None
        except ValueError:
            pass
    v = v.strip("\"'").strip()
    return v or None


def markdown_fields(raw: str) -> MarkdownFields | None:
    """The fields a markdown export names by its structure, or None for a page in no markdown
    (no front matter, nor a «# » heading with two markdown links on the page).

    >>> f = markdown_fields('---\\ntitle: "خسارت سیل در ماکو"\\ndate: 2021-12-12T02:19:00+03:30\\n'
    ...                     'categories: ["حوادث"]\\n---\\n# خسارت سیل در ماکو\\n'
    ...                     '> فرماندار از خسارت سیل خبر داد.\\n\\nمتن')
    >>> f.title, f.date, f.section, f.lead
    ('خسارت سیل در ماکو', '2021-12-12T02:19:00+03:30', 'حوادث', 'فرماندار از خسارت سیل خبر داد.')
    """
    front = _FRONT.match(raw)
    headings = _headings(raw)
    heading = _headline(headings)
    if front is None and (heading is None or len(_MD_LINK.findall(raw)) < 2):
        return None
    out = MarkdownFields()
    if front is not None:
        fields = {m.group("k").lower(): m.group("v") for m in _FRONT_FIELD.finditer(front.group("body"))}
        out.title = _front_value(fields.get("title", ""))
        # (a clipper's note names the page it saved, ``source`` / ``url``: its ``created`` is the
        # clip's time, no date of the story)
        keys = _FRONT_DATE_KEYS[:-1] if ("source" in fields or "url" in fields) else _FRONT_DATE_KEYS
        out.date = next((v for k in keys if (v := _front_value(fields.get(k, "")))), None)
        out.edited = next((v for k in _FRONT_EDIT_KEYS if (v := _front_value(fields.get(k, "")))), None)
        out.section = _front_value(fields.get("categories") or fields.get("category") or fields.get("section") or "")
        out.lead = next((v for k in _FRONT_LEAD_KEYS if (v := _front_value(fields.get(k, "")))), None)
        out.front = front.group("body")
        out.source = heading is None
    if heading is not None and out.section is None:
        out.section = _trail_section(raw[:heading.start()], heading.group("t"))
    if heading is not None:
        if len(headings) == 1 or heading is not headings[0]:
            out.heading = heading.group("t").strip() or None
        # the quote block under the heading and its meta lines, before the story's first paragraph
        quote, out.heading_date = _under_heading(raw, heading)
        if not quote and heading is not headings[0]:
            # (the quote under the page's tab title, above the headline: a reader's «save as
            # markdown» sets the page's summary there)
            quote, _ = _under_heading(raw, headings[0])
        lead = " ".join(t for t in quote if t and not _MD_ANY_HEADING.match(t))
        if lead and _EXCERPT_CUT.search(lead) and " ".join(_EXCERPT_CUT.sub("", lead).split()) in \
                " ".join(raw[heading.end():].split()):
            out.teaser, lead = lead, ""  # (a summary cut short that the story opens with: no lead)
        out.lead = lead or out.lead  # (the quote block the page shows, before the front matter's summary)
    return out


#: a markdown heading of any level («## چکیده»): a label in a quote block, no text of it
_MD_ANY_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
#: the ellipsis that cuts a summary short
_EXCERPT_CUT = re.compile(r"\s*(?:…|\.\.\.)\s*$")


def _headings(raw: str) -> list[re.Match]:
    """The page's first-level headings, in both of markdown's forms («# …» and a line underlined
    with «=»), in the page's order."""
    found = list(_MD_HEADING.finditer(raw)) if "#" in raw else []  # (no scan of a page with none)
    if "\n===" in raw:
        found += _MD_SETEXT.finditer(raw)
        found.sort(key=lambda m: m.start())
    return found


def _headline(headings: list[re.Match]) -> re.Match | None:
    """The heading that is the article's headline: the first, unless another heading is it set in
    a title bar with the site's name («<headline> - <site>»: a saved page's tab title written as a
    heading over the page), when the bare one is.

    >>> h = _headings("# بارش برف در تهران - خبر شرق\\n\\nبارش برف در تهران\\n===\\n")
    >>> _headline(h).group("t")
    'بارش برف در تهران'
    """
    if len(headings) < 2:
        return headings[0] if headings else None
    texts = [" ".join(m.group("t").split()) for m in headings]
    barred = {i for i, t in enumerate(texts) if any(j != i and _in_title_bar(t, u) for j, u in enumerate(texts))}
    bare = [m for i, m in enumerate(headings) if i not in barred]
    return bare[0] if barred and bare else headings[0]


def _in_title_bar(bar: str, headline: str) -> bool:
    """Whether ``bar`` is ``headline`` with a site's name beside it after a title bar's mark
    («<headline> - <site>», «<site> | <headline>»).

    >>> _in_title_bar("پیش بازی سیتی - اورتون - خبر شرق", "پیش بازی سیتی - اورتون")
    True
    >>> _in_title_bar("پیش بازی سیتی در لیگ", "پیش بازی سیتی"), _in_title_bar("خبر شرق | سیتی - اورتون", "اورتون")
    (False, False)
    """
    from .template import SITE_NAME_MAX_CHARS, TITLE_BAR

    if not headline or bar == headline or len(bar) - len(headline) > SITE_NAME_MAX_CHARS + 5:
        return False
    if bar.startswith(headline):
        m = TITLE_BAR.match(bar, len(headline))
        return m is not None and len(bar) - m.end() >= 2 and TITLE_BAR.search(bar, m.end()) is None
    if bar.endswith(headline):
        m = TITLE_BAR.search(bar[: len(bar) - len(headline)])
        return m is not None and m.end() == len(bar) - len(headline) and TITLE_BAR.search(bar[: m.start()]) is None
    return False


def _under_heading(raw: str, heading: re.Match) -> tuple[list[str], tuple[str, str] | None]:
    """The quote block right under a heading (its lines) and the date of a meta line between them."""
    quote: list[str] = []
    dated = None
    for ln in raw[heading.end():].split("\n")[1:]:
        m = _MD_QUOTE.match(ln.strip())
        if m:
            quote.append(m.group("t").strip())
            continue
        if quote or (ln.strip() and len(ln.split()) > MAX_META_WORDS):
            break  # (the quote ends, or the story began without one)
        if dated is None and ln.strip():
            dated = _meta_line_date(ln.strip())
    return quote, dated


def _trail_section(above: str, title: str) -> str | None:
    """The section of the last breadcrumb trail of markdown links above the «# » heading: a line
    of links (its last item may be plain text) that reads as a trail once each link is its text
    (:func:`.sections.crumb_parts`), or None. A list of links one a line is the site's menu, no
    trail; the links' addresses are the site's, whatever they say.

    >>> _trail_section("[شهرنما](https://a.ir/7/) » [شهری](https://a.ir/38/)\\n", "عنوان")
    'شهری'
    """
    for line in reversed(above.split("\n")):
        first = _MD_LINK.search(line)
        if not first:
            continue
        # (a trail's first link to the site's root is its home, whatever it calls it: the site's name)
        root = _MD_ROOT.fullmatch(first.group(0))
        homes = frozenset({line_key(first.group(1))}) if root and line[:first.start()].strip() == "" else frozenset()
        parts = crumb_parts(_MD_LINK.sub(r"\1", line).strip(), homes=homes)
        got = section_from_crumb(parts, title=title) if parts else None
        if got:
            return got
        filed = _MD_FILED.fullmatch(line.strip())
        if filed and not _MD_ROOT.fullmatch(filed.group("link")):
            return filed.group("t").strip()  # (a label's one link to a listing of the site: its category)
    return None


#: a markdown link to a site's root («[خبر شرق](https://x.ir/)», «[خانه](/)»)
_MD_ROOT = re.compile(r"\[[^\]\n]+\]\((?:https?://[^/\s)]+)?/?\)")
#: a line of one link after a label of a word or two («دسته‌بندی: [سیاسی](https://x.ir/service/3)»)
_MD_FILED = re.compile(r"[^\W\d_][^:\[\]\n]{0,30}?[:：]\s*(?P<link>\[(?P<t>[^\]\n]{1,40})\]\((?:https?://|/)[^)\s]*\))")


#: a meta line under a heading (date, code, counter) has at most this many words
MAX_META_WORDS = 8


def _meta_line_date(line: str) -> tuple[str, str] | None:
    """The publication date of a meta line under a markdown heading («زمان انتشار: یکشنبه ۴ دی
    ۱۴۰۱ - ۰۳:۵۶»), a bare date too; None for a line of another date (an update's, «امروز»)."""
    from .dates import date_line

    d = date_line(line)
    return d.localize() if d is not None and d.role in ("published", None) else None


#: a line of a flat page that is markup alone, no text a reader sees: a picture (a markdown image
#: «![alt](src)», in a link «[![alt](src)](href)» too, or a Hugo shortcode «{{< figure src=… >}}»,
#: «{{% … %}}»), or an HTML comment «<!--more-->» (Hugo's summary divider)
_MARKUP_LINE = re.compile(r"^[ \t]*(?:\[?!\[[^\]\n]*\]\((?P<src>[^)\s]*)[^)\n]*\)(?:\]\([^)\n]*\))?"
                          r"|\{\{[<%](?:[^\n]*?\bsrc=[\"']?(?P<code_src>[^\"'\s>%]+))?[^\n]*?[%>]\}\}"
                          r"|<!--[^\n]*?-->)[ \t]*$", re.M)


def _picture(m: re.Match) -> str:
    """A picture's markup line as a picture without its alt text or caption («![](src)»), the line
    a page shows no text on; a comment's, or a shortcode's of no picture, blank."""
    src = m.group("src") if m.group("src") is not None else m.group("code_src")
    return f"![]({src})" if src else ""


def without_markup_lines(raw: str) -> str | None:
    """A flat page with its lines of markup alone (:data:`_MARKUP_LINE`: a markdown source's
    pictures, shortcodes and comments) as its rendered page shows them, or None when it has none:
    a picture without its alt text or caption (which names the picture, not the story; the line
    still stands where the picture does, between a headline and the paragraph under it), a
    comment as a blank line.

    >>> without_markup_lines("بارش برف در تهران\\n\\n![برف در خیابان](/images/1.jpg)\\n<!--more-->\\nمتن خبر")
    'بارش برف در تهران\\n\\n![](/images/1.jpg)\\n\\nمتن خبر'
    >>> without_markup_lines('{{< figure src="/images/2.jpg" caption="برف در خیابان" >}}')
    '![](/images/2.jpg)'
    >>> without_markup_lines("متن خبر با ![تصویر](a.jpg) در میان") is None   # (an image inside a line: the line's)
    True
    """
    if "![" not in raw and "{{" not in raw and "<!--" not in raw:  # (a scan at memory speed first)
        return None
    out = _MARKUP_LINE.sub(_picture, raw)
    return out if out != raw else None


def flat_text(raw: str) -> str | None:
    """The flat text :mod:`.text` reads for an exported page (what the run's template learns its
    lines from, too), or None for a page of no export form this module reads."""
    item = feed_item(raw) or chat_export(raw) or api_record(raw) or table_record(raw) or xml_record(raw)
    if item is not None:
        return feed_text(item)
    return link_dump(raw)


def same_text(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one text but for their runs of spaces (the lead a Markdown file's
    front matter gives and a line the text reader read).

    >>> same_text("سلام  دنیا", " سلام دنیا")
    True
    """
    return " ".join(a.split()) == " ".join(b.split())


def closing_tag(item: FeedItem, template) -> str | None:
    """The name one hashtag shows alone on the last line of a message's text («…<br><a>#کارگری</a>»:
    a channel's post files its story by the tag under it, :func:`.sections.chip_value`), when the
    run teaches that the site files its stories by one such tag, a few names over its pages
    (:meth:`.template.PageTemplate.tag_section`); a page alone tells a filing tag from a topic's not.

    >>> class Files:
    ...     learned = True
    ...     def tag_section(self, name): return name == "آب"
    >>> item = FeedItem(content="سد کرج پر شد.\\n\\n#آب")
    >>> closing_tag(item, Files()), closing_tag(item, None), closing_tag(FeedItem(content="#آب #سد"), Files())
    ('آب', None, None)
    """
    if template is None or not item.content:
        return None
    last = item.content.rstrip().rsplit("\n", 1)[-1].strip()
    value = chip_value(last) if last.startswith("#") else None
    return value if value and template.tag_section(value) else None


def extract_feed_item(item: FeedItem, *, template=None):
    """The :class:`~palayesh.extract.Article` of an RSS item / Atom entry: title, section, lead,
    date and URL from its fields; story paragraphs and agency read from its content by
    :func:`~palayesh.extract.text.extract_text` (credits, author boxes and end markers as on any
    page). A description beside the content is the lead; alone it is the story."""
    from .dates import parse_iso
    from .text import extract_text

    art = extract_text(feed_text(item), template=template)
    paras = ([art.lead] if art.lead else []) + art.paragraphs  # (the story has no lead line of its own)
    if item.title:
        art.title = item.title
        if paras and same_text(paras[0], item.title):
            paras = paras[1:]
    art.lead = item.description if item.content and item.description else None
    if art.lead and paras and same_text(paras[0], art.lead):
        paras = paras[1:]
    art.paragraphs = paras
    art.section = item.category or (art.section if item.clipped else None) or closing_tag(item, template)
    art.surtitle = None
    if item.date:
        got = parse_iso(item.date)  # (a machine field: its «GMT» is RFC 822's zone, not a clock shown)
        if got:
            art.published, art.published_jalali = got
    elif item.loose:
        # no date element: a date line the item holds between its elements is its publication
        # date, a modification date never («آخرین به‌روزرسانی: …» beside it)
        from .dates import date_line

        dated = [d for d in map(date_line, item.loose) if d is not None and d.role in ("published", None)]
        if dated:
            best = min(dated, key=lambda d: d.role is None)
            art.published, art.published_jalali = best.localize()
    if item.link and item.link.startswith(("http://", "https://")):
        art.url = item.link
    if item.source and (art.agency is None or item.published_by_source):
        # (the channel a message was forwarded from, when its text credits none: the story's origin)
        from .agency import agency_from_credit

        art.agency = agency_from_credit(item.source, bare=True)
    art.format = "text"
    return art
