"""The document record (DESIGN.md, record v1) and its Arrow schema.

Inside the pipeline a document is a plain ``dict`` (cheap to create, pickle and extend). Keys of
the v1 record are listed in :data:`FIELDS`; steps may add private working keys that start with
``_`` (for example ``_html`` for the decoded HTML of a page), which writers never write out.

Every string written out is valid UTF-8 (:func:`valid_text`, :func:`name_text`): Python strings
may hold lone surrogates (a JSON ``"\\udc80"`` where a crawler cut an emoji in half; a file name
that is not UTF-8, which ``os.fsdecode`` escapes), which no UTF-8 writer accepts.
"""
from __future__ import annotations

import re

import pyarrow as pa
import regex

SCHEMA_VERSION = 1

#: quality signals (filled by the filters stage; null until then)
SIGNALS_TYPE = pa.struct(
    [
        ("chars", pa.int64()),
        ("words", pa.int64()),
        ("lines", pa.int64()),
        ("mean_word_length", pa.float64()),
        ("stopword_ratio", pa.float64()),
        ("persian_letter_ratio", pa.float64()),
        ("alpha_word_ratio", pa.float64()),
        ("terminal_punct_ratio", pa.float64()),
        ("ellipsis_line_ratio", pa.float64()),
        ("short_line_ratio", pa.float64()),
        ("lines_per_word", pa.float64()),
        ("dup_line_fraction", pa.float64()),
        ("dup_ngram_fraction", pa.float64()),
        ("top_ngram_fraction", pa.float64()),
        ("chrome_line_fraction", pa.float64()),
        ("page_headline", pa.float64()),
        ("story_opening", pa.float64()),
        ("zwnj_edits_per_word", pa.float64()),
    ]
)

#: counts of edits made by cleanup and normalization
EDITS_TYPE = pa.struct(
    [
        ("zwnj_inserted", pa.int64()),
        ("space_to_zwnj", pa.int64()),
        ("zwnj_removed", pa.int64()),
        ("arabic_letters", pa.int64()),
        ("digits", pa.int64()),
        ("diacritics", pa.int64()),
        ("tatweel", pa.int64()),
        ("invisible_marks", pa.int64()),
        ("spaces", pa.int64()),
        ("html_entities", pa.int64()),
        ("punctuation_spacing", pa.int64()),
        ("line_endings", pa.int64()),
    ]
)

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("host", pa.string()),
        ("raw", pa.string()),
        ("section", pa.string()),
        ("surtitle", pa.string()),
        ("title", pa.string()),
        ("lead", pa.string()),
        ("text", pa.string()),
        ("agency", pa.string()),
        ("published", pa.string()),
        ("published_jalali", pa.string()),
        ("lang", pa.string()),
        ("lang_score", pa.float64()),
        ("signals", SIGNALS_TYPE),
        ("edits", EDITS_TYPE),
        ("dup_cluster", pa.string()),
        ("dup_score", pa.float64()),
        ("story", pa.string()),
    ],
    metadata={"palayesh.schema": str(SCHEMA_VERSION)},
)

REJECTED_SCHEMA = SCHEMA.append(pa.field("reason", pa.string()))

FIELDS = tuple(SCHEMA.names)
SIGNAL_FIELDS = tuple(f.name for f in SIGNALS_TYPE)
EDIT_FIELDS = tuple(f.name for f in EDITS_TYPE)


#: (``regex``: 5x faster than ``re`` over a page of megabytes, the common case with none)
_SURROGATE = regex.compile("[\ud800-\udfff]")


def valid_text(s: str) -> str:
    """``s`` as valid UTF-8 text: a lone surrogate becomes U+FFFD (a pair left as two code points
    is joined). Text without surrogates is returned as it is.

    >>> valid_text("خبر \\ud83d") == "خبر \\ufffd"
    True
    """
    if s.isascii() or not _SURROGATE.search(s):
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def url_text(s: str) -> str:
    """A URL as valid UTF-8 without control characters (no URL holds one; a NUL cut in a crawl
    would reach every consumer of the field).

    >>> url_text("https://a.ir/\\x00x\\n")
    'https://a.ir/x'
    """
    return _CONTROL.sub("", valid_text(s))


def name_text(s: str, *, controls: bool = True) -> str:
    """``s`` as valid UTF-8 for a name (a path, an id): losslessly, so that two names stay two.
    A byte that ``os.fsdecode`` could not decode (U+DC80..U+DCFF) and (with ``controls``) a control
    character are written ``\\xNN``, any other lone surrogate ``\\uXXXX``; the same name always
    gives the same text.

    >>> print(name_text("caf\\udce9.txt"), name_text("خبر \\ud83d"), name_text("id\\x00"))
    caf\\xe9.txt خبر \\ud83d id\\x00
    """
    bad = _NAME_BAD if controls else _SURROGATE
    if not bad.search(s):
        return s
    # a pair left as two code points is joined first; what is left is alone
    s = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return bad.sub(_escape, s)


#: what a name cannot hold as it is: lone surrogates and control characters
_NAME_BAD = re.compile("[\ud800-\udfff\x00-\x1f\x7f]")


def _escape(m) -> str:
    c = ord(m.group())
    if c < 0x80:
        return f"\\x{c:02x}"
    return f"\\x{c - 0xDC00:02x}" if 0xDC80 <= c <= 0xDCFF else f"\\u{c:04x}"


def valid_json(value):
    """A copy of JSON-like ``value`` (dicts, lists, strings) whose strings, keys included, are
    valid UTF-8; strings as names (:func:`name_text`: error records and run files hold paths; their
    messages keep their line breaks)."""
    if isinstance(value, str):
        return name_text(value, controls=False)
    if isinstance(value, dict):
        return {valid_json(k): valid_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [valid_json(v) for v in value]
    return value


def new_document(*, id: str, source: str, raw: str, url: str | None = None) -> dict:
    """A fresh record as a reader makes it: every v1 field present, most of them null.

    Names (``id``, ``source``) and text (``raw``, ``url``) are made valid UTF-8 here, once, so
    every step sees and every writer writes valid strings (see :func:`name_text`, :func:`valid_text`).
    """
    doc = dict.fromkeys(FIELDS)
    doc.update(id=name_text(id), source=name_text(source), raw=valid_text(raw),
               url=None if url is None else url_text(url), text="", lang="und", lang_score=0.0)
    doc["edits"] = {}
    doc["signals"] = {}
    return doc


def add_edits(doc: dict, counts: dict) -> None:
    """Add edit counts (``{"digits": 3, ...}``) to ``doc["edits"]``; zero counts are not stored."""
    edits = doc["edits"]
    for key, n in counts.items():
        if n:
            edits[key] = edits.get(key, 0) + n


def public_record(doc: dict, *, keep_raw: bool = True, with_reason: bool = False) -> dict:
    """The record as written out: only v1 fields (plus ``reason`` for rejected rows)."""
    row = {k: doc.get(k) for k in FIELDS}
    if not keep_raw:
        row["raw"] = None
    row["edits"] = {k: int(doc["edits"].get(k, 0)) for k in EDIT_FIELDS} if doc.get("edits") is not None else None
    sig = doc.get("signals") or {}
    row["signals"] = {k: sig.get(k) for k in SIGNAL_FIELDS} if sig else None
    if with_reason:
        row["reason"] = doc.get("reason")
    # new_document made the reader's strings valid; a step may have put others in
    for k, v in row.items():
        if isinstance(v, str):
            row[k] = name_text(v) if k in _NAME_FIELDS else valid_text(v)
    return row


#: fields that name something (written losslessly by :func:`name_text`); the others are text
_NAME_FIELDS = frozenset(("id", "source", "dup_cluster", "story"))
