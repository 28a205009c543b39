"""The document record (DESIGN.md, record v1) and its Arrow schema.

Inside the pipeline a document is a plain ``dict`` (cheap to create, pickle and extend). Keys of
the v1 record are listed in :data:`FIELDS`; steps may add private working keys that start with
``_`` (for example ``_html`` for the decoded HTML of a page), which writers never write out.
"""
from __future__ import annotations

import pyarrow as pa

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


def new_document(*, id: str, source: str, raw: str, url: str | None = None) -> dict:
    """A fresh record as a reader makes it: every v1 field present, most of them null."""
    doc = dict.fromkeys(FIELDS)
    doc.update(id=id, source=source, raw=raw, url=url, text="", lang="und", lang_score=0.0)
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
    return row
