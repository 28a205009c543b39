"""A converted document's headline told by its type size, and its file's metadata set aside.

A page a converter made of a document (pdftohtml of a PDF, UnRTF of an RTF, a word processor's
«Save as HTML») marks no heading: the headline is the text set in the largest type, a ``<p>`` of a
font class the style block sizes (``.ft05{font-size:20px}``) or a ``<font size="5">``. Its
``<title>`` names the file («khabarnameh-47.pdf») or the document's kind («بیانیه»), not the story,
and its date metas (``<meta name="date">``) date the file.

:func:`typeset_headline` marks the one block set in the largest type as the page's ``<h1>`` when
the page has no heading element and its title names no story (:func:`document_title`), so the HTML
reader reads the headline, and the kicker, date and lead around it, as it reads a site's page.

>>> page = ('<html><head><title>khabarnameh-47.pdf</title><meta name="date" content="2023-01-24"/>'
...         '<style>.ft01{font-size:13px} .ft05{font-size:20px}</style></head><body>'
...         '<p class="ft01">خبرنامه داخلی</p><p class="ft05"><b>بارش برف در تهران و کرج</b></p>'
...         '<p class="ft01">به گزارش خبرنگار ما، امروز برف بارید.</p></body></html>')
>>> out = typeset_headline(page)
>>> '<h1 class="ft05"><b>بارش برف در تهران و کرج</b></h1>' in out, 'name="date"' in out
(True, False)
"""

from __future__ import annotations

import re

#: a headline has this many words at least (a document's kind in large type, «بیانیه», is none) ...
MIN_HEAD_WORDS = 3
#: ... and this many at most (a paragraph set large is no headline)
MAX_HEAD_WORDS = 30
#: a title of this many words at most names a document's kind («بیانیه», «خبرنامه»), no story
MAX_KIND_WORDS = 1

_HEADING = re.compile(r"<h[12][\s>]", re.I)
_TITLE = re.compile(r"<title[^>]*>(?P<t>[^<]*)</title>", re.I)
#: a file's name: one word with a document's extension
_FILE_NAME = re.compile(r"\S+\.(?:pdf|docx?|rtf|odt|pptx?|xlsx?|txt)", re.I)
#: a style block's font class and its size («.ft05{font-size:20px;…}»)
_CLASS_SIZE = re.compile(r"\.(?P<c>[\w-]+)\s*\{[^}]*?font-size\s*:\s*(?P<s>\d+(?:\.\d+)?)px", re.I)
#: a block of a font class («<p style="…" class="ft05">…</p>»), its text without a block inside
_CLASS_BLOCK = re.compile(r"<(?P<tag>p|div)\b(?P<a>[^>]*\bclass=\"(?P<c>[\w-]+)\"[^>]*)>"
                          r"(?P<t>(?:(?!</?(?:p|div)\b).)*?)</(?P=tag)>", re.I | re.S)
#: a run of text in a sized font with no font inside it («<font size="5"><b>…</b></font>»)
_FONT_BLOCK = re.compile(r"<font\b(?P<a>[^>]*\bsize=\"?(?P<s>[1-7])\"?[^>]*)>(?P<t>(?:(?!</?font\b).)*?)</font>",
                         re.I | re.S)
_FONT_SIZE = re.compile(r"<font\b[^>]*\bsize=\"?([1-7])\"?", re.I)
_TAG = re.compile(r"<[^>]+>")
#: a file's date metas (pdftohtml's ``date``, a word processor's ``created``/``changed``)
_FILE_DATE_META = re.compile(r"<meta\b[^>]*\bname=\"(?:date|created|changed|creationdate|moddate)\"[^>]*>", re.I)


def document_title(raw: str) -> bool:
    """Whether the page's ``<title>`` names no story but a converted document: its file's name
    («khabarnameh-47.pdf»), its kind in a word («بیانیه»), or nothing.

    >>> document_title("<title>khabarnameh-47.pdf</title>"), document_title("<title>بیانیه</title>")
    (True, True)
    >>> document_title("<title>بارش برف در تهران - خبرگزاری مهر</title>")
    False
    """
    m = _TITLE.search(raw, 0, 4000)
    if m is None:
        return True
    t = m.group("t").strip()
    return len(t.split()) <= MAX_KIND_WORDS or bool(_FILE_NAME.fullmatch(t))


def _words(html: str) -> int:
    return len(_TAG.sub(" ", html).split())


def typeset_headline(raw: str) -> str | None:
    """``raw`` with its block in the largest type marked as the ``<h1>`` (and a file's date metas
    taken out, when its title is the file's name), or None when the page has a heading element,
    a title naming a story, or no one block in a type larger than the rest of its text."""
    if _HEADING.search(raw) or "font" not in raw or not document_title(raw):
        return None
    sizes = {m.group("c"): float(m.group("s")) for m in _CLASS_SIZE.finditer(raw, 0, 20000)}
    blocks = [(sizes[m.group("c")], m) for m in _CLASS_BLOCK.finditer(raw) if m.group("c") in sizes]
    tag = None
    if blocks:
        blocks = [(s, m) for s, m in blocks if _words(m.group("t"))]
        shown = [s for s, _ in blocks]
    else:  # (fonts hold fonts: every sized font counts, the innermost ones hold the text)
        shown = [float(m.group(1)) for m in _FONT_SIZE.finditer(raw)]
        blocks = [(float(m.group("s")), m) for m in _FONT_BLOCK.finditer(raw) if _words(m.group("t"))]
        tag = "font"
    if not blocks or len(set(shown)) < 2:
        return None  # (one type size: no headline set apart by it)
    top = max(shown)
    largest = [m for s, m in blocks if s == top]
    if shown.count(top) != 1:
        return None
    if len(largest) != 1 or not MIN_HEAD_WORDS <= _words(largest[0].group("t")) <= MAX_HEAD_WORDS:
        return None
    m = largest[0]
    if tag is None:
        head = f"<h1{m.group('a')}>{m.group('t')}</h1>"
    else:  # (the font's run kept, the heading in it: a ``<font>`` holds no block)
        head = f"<font{m.group('a')}><h1>{m.group('t')}</h1></font>"
    out = raw[: m.start()] + head + raw[m.end():]
    title = _TITLE.search(out, 0, 4000)
    if title is not None and _FILE_NAME.fullmatch(title.group("t").strip()):
        out = _FILE_DATE_META.sub("", out)  # (the file's dates, not the story's)
    return out
