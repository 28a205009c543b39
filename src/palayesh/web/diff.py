""""What palayesh changed": the raw page beside the clean text, computed at display time.

Per line: a line of the raw page whose :func:`palayesh.textkeys.line_key` matches no clean line was
removed (site chrome, menus, credits: shown struck out); a line that was kept is shown with a
character diff against its clean form, so each ZWNJ insertion and each letter or digit fix is
highlighted. HTML pages are first reduced to their text lines as extraction reads them
(:func:`palayesh.extract.looks_like_html`, :func:`palayesh.extract.pagetext.html_lines`); their
source is shown separately as escaped text. Everything here returns plain data; the renderer escapes.
"""
from __future__ import annotations

import difflib

from palayesh.extract import looks_like_html
from palayesh.extract.pagetext import html_lines
from palayesh.textkeys import line_key

MAX_LINES = 3000
MAX_LINE_CHARS = 5000
MAX_DIFF_CHARS = 2000  # SequenceMatcher is quadratic in the worst case: longer lines are shown without a char diff
ZWNJ = "\u200c"


def char_ops(raw: str, clean: str) -> list[tuple[str, str, str]]:
    """Character diff of a kept line: ``(op, raw_part, clean_part)`` with op in equal/zwnj/fix/insert/delete.

    ``zwnj`` marks a ZWNJ inserted (or a space turned into one); ``fix`` a replaced letter or digit.

    >>> [op for op, a, b in char_ops("مي شود", "می‌شود") if op != "equal"]
    ['fix', 'zwnj']
    """
    if raw == clean or len(raw) > MAX_DIFF_CHARS or len(clean) > MAX_DIFF_CHARS:
        return [("equal", raw, raw)]
    sm = difflib.SequenceMatcher(None, raw, clean, autojunk=False)
    ops = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        a, b = raw[i1:i2], clean[j1:j2]
        if tag == "replace" and len(a) == len(b):
            for x, y in zip(a, b):  # one op per character: each fix is its own highlight
                ops.append(("equal" if x == y else "zwnj" if y == ZWNJ else "fix", x, y))
        elif tag == "equal":
            ops.append(("equal", a, b))
        elif b and set(b) == {ZWNJ} and set(a) <= {" "}:
            ops.append(("zwnj", a, b))
        elif tag == "replace":
            ops.append(("fix", a, b))
        elif tag == "insert":
            ops.append(("insert", a, b))
        else:
            ops.append(("delete", a, b))
    merged: list[tuple[str, str, str]] = []
    for op in ops:
        if merged and merged[-1][0] == op[0] == "equal":
            merged[-1] = ("equal", merged[-1][1] + op[1], merged[-1][2] + op[2])
        else:
            merged.append(op)
    return merged


def changes(doc: dict) -> dict:
    """The "what changed" view of a document: raw lines marked kept/removed, with character diffs.

    Returns ``{"html": bool, "lines": [{"status": "kept"|"removed"|"partial"|"meta"|"blank", "raw": str,
    "clean": str|None, "ops": [...], "fields": [...]}], "truncated": bool, "kept": n, "removed": n, "meta": n}``:
    a line not kept as text that gave the document its date, agency, section or title (:func:`became`) is
    ``meta`` with those ``fields``, not removed chrome.

    >>> v = changes({"raw": "منو\\nمي شود", "title": None, "lead": None, "text": "می‌شود"})
    >>> [(l["status"], l["raw"]) for l in v["lines"]]
    [('removed', 'منو'), ('kept', 'مي شود')]
    """
    raw = doc.get("raw") or ""
    is_html = looks_like_html(raw)
    raw_lines = html_lines(raw) if is_html else raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    truncated = len(raw_lines) > MAX_LINES
    raw_lines = raw_lines[:MAX_LINES]
    clean_lines = [(k, x) for k in ("section", "surtitle", "title", "lead") for x in [doc.get(k)] if x]
    clean_lines += [("text", x) for x in (doc.get("text") or "").split("\n")]
    by_key: dict[str, str] = {}
    field_of: dict[str, str] = {}
    for field, line in clean_lines:
        k = line_key(line)
        if k and k not in by_key:
            by_key[k] = line
            field_of[k] = field
    long_keys = [k for k in by_key if len(k) >= 12][:400]
    out: list[dict] = []
    n_kept = n_removed = 0
    for line in raw_lines:
        line = line[:MAX_LINE_CHARS]
        k = line_key(line)
        if not k:
            out.append({"status": "blank", "raw": line, "clean": None, "ops": []})
            continue
        clean = by_key.get(k)
        if clean is None and len(k) >= 12:
            # a raw line that holds a clean line inside (e.g. a dateline split off), or is held by one
            for ck in long_keys:
                if ck in k or k in ck:
                    clean = by_key[ck] if k in ck else None
                    if clean is None:
                        out.append({"status": "partial", "raw": line, "clean": None, "ops": []})
                        n_kept += 1
                    break
            if out and out[-1]["raw"] is line and out[-1]["status"] == "partial":
                continue
        if clean is None:
            out.append({"status": "removed", "raw": line, "clean": None, "ops": []})
            n_removed += 1
            continue
        n_kept += 1
        if k != line_key(clean):  # the raw line is a part of a clean line: no char diff
            out.append({"status": "kept", "raw": line, "clean": None, "ops": [("equal", line, line)]})
        else:
            out.append({"status": "kept", "raw": line, "clean": clean, "ops": char_ops(line, clean),
                        "field": field_of.get(k)})
    n_meta = 0
    for line in out:
        if line["status"] in ("removed", "partial"):
            fields = became(line["raw"], doc)
            if fields:
                line["fields"] = fields
                if line["status"] == "removed":  # not chrome: the document's date, agency, … came from it
                    line["status"] = "meta"
                    n_removed -= 1
                    n_meta += 1
    return {"html": is_html, "lines": out, "truncated": truncated, "kept": n_kept, "removed": n_removed,
            "meta": n_meta}


#: a line longer than this is no dateline, breadcrumb or page title
MAX_META_LINE = 300


def became(line: str, doc: dict) -> list[str]:
    """The fields of ``doc`` that a raw line not kept as text gave: ``title`` (it holds the title, as
    a page's ``<title>`` does), ``section`` (a breadcrumb naming it), ``date`` (a date of the published
    day), ``agency`` (it names the document's agency).

    >>> became("تهران - ایرنا - ۲۴ اردیبهشت ۱۴۰۲", {"published": "2023-05-14", "agency": "ایرنا"})
    ['date', 'agency']
    >>> became("کلیه حقوق محفوظ است ۱۴۰۲", {"published": "2023-05-14", "agency": "ایرنا"})
    []
    """
    if len(line) > MAX_META_LINE:
        return []
    from .tokens import index_text

    fields = []
    title, section = doc.get("title"), doc.get("section")
    if isinstance(title, str) and line_key(title) and line_key(title) in line_key(line):
        fields.append("title")  # a title inside a longer line («تیتر | خبرگزاری مهر»)
    words = index_text(line)
    if isinstance(section, str) and index_text(section) and f" {index_text(section)} " in f" {words} " \
            and len(words.split()) <= 12:
        fields.append("section")  # the section's words in a short line (a breadcrumb)
    published = doc.get("published")
    if isinstance(published, str) and len(published) >= 10:
        from palayesh.extract.dates import find_stamps

        try:
            if any(st.day.isoformat() == published[:10] for st in find_stamps(line)):
                fields.append("date")
        except Exception:  # noqa: BLE001 - a line the date reader chokes on is shown as it is
            pass
    agency = doc.get("agency")
    if isinstance(agency, str) and agency:
        from palayesh.extract.agency import find_agency

        if find_agency(line) == agency:
            fields.append("agency")
    return fields
