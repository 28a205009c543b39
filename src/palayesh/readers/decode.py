"""Bytes to text: UTF-8 first, then the legacy encodings Persian pages still arrive in.

Crawled Persian pages are mostly UTF-8, some are Windows-1256 (the old Arabic-script code page),
a few are UTF-16 (with a BOM, or without one: told by its pattern of high bytes), and some are
UTF-8 with a few broken bytes. Each is decoded so that nothing readable is lost; only data that is
not text at all (binary) is refused.
"""
from __future__ import annotations

import codecs
import re

import regex

_ARABIC_SCRIPT = regex.compile(r"[\u0600-\u06FF]")
# C0 control characters other than tab, newline, form feed and carriage return: rare in text
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])
#: every byte but those: deleted by ``bytes.translate``, what is left is the control bytes (in C)
_NOT_CONTROL = bytes(sorted(set(range(256)) - set(_CONTROL_BYTES)))


class NotText(ValueError):
    """The bytes are not text in any encoding we read (a binary file)."""


def looks_binary(data: bytes) -> bool:
    """More than 1 % control bytes (NUL included; at least 8) in the first 8 KiB. One stray NUL is
    not enough: text with one is read wherever it is (UTF-16 is checked before this)."""
    head = data[:8192]
    return len(head.translate(None, _NOT_CONTROL)) > max(8, len(head) // 100)


#: bytes that are the high byte of nearly every UTF-16 code unit of Persian or Latin text: 0x00
#: (ASCII: spaces, digits, punctuation), 0x06 (Arabic script U+0600-U+06FF), 0x20 (ZWNJ U+200C and
#: other marks), 0xFB/0xFE (Arabic presentation forms)
_UTF16_HIGH = (0x00, 0x06, 0x20, 0xFB, 0xFE)


def utf16_without_bom(data: bytes) -> str | None:
    """The codec (``utf-16-le``/``-be``) of UTF-16 text without a BOM, told by its first 8 KiB: the
    high bytes (odd positions in LE) are almost all 0x00/0x06/0x20/..., with some 0x00 (spaces), and
    the low bytes are rarely 0x00; decoded, it holds no more control characters than text does.

    >>> utf16_without_bom("سلام دنیا".encode("utf-16-le"))
    'utf-16-le'
    """
    head = data[: min(len(data), 8192) // 2 * 2]
    if len(head) < 4:
        return None
    for codec, high, low in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        n = len(high)
        if (sum(high.count(b) for b in _UTF16_HIGH) >= 0.95 * n and high.count(0) >= 0.05 * n
                and low.count(0) <= 0.05 * n):
            try:
                text = head.decode(codec)
            except UnicodeDecodeError:  # a lone surrogate: not UTF-16 text
                continue
            if len(_CONTROL_TEXT.findall(text)) <= max(2, len(text) // 100):
                return codec
    return None


_CONTROL_TEXT = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _arabic_ratio(text: str) -> float:
    letters = sum(1 for c in text[:20000] if c.isalpha())
    return len(_ARABIC_SCRIPT.findall(text[:20000])) / letters if letters else 0.0


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``. Raises :class:`NotText` for binary data.

    The order: a BOM wins; then UTF-16 without a BOM (:func:`utf16_without_bom`); then strict UTF-8;
    then an encoding declared by the container (HTTP header, ``<meta charset>``); then Windows-1256
    when it yields Persian/Arabic letters; then charset-normalizer's best guess; last, UTF-8 with
    each broken byte replaced by U+FFFD.

    >>> decode_bytes("سلام".encode("cp1256"))
    ('سلام', 'cp1256')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:8192]:  # only UTF-16 (or binary) has NULs among the first characters
        codec = utf16_without_bom(data)
        if codec:
            return data.decode(codec, errors="replace"), codec
    if looks_binary(data):
        raise NotText("binary data (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec not in ("utf-8",):
                return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    # Mostly valid UTF-8 with a few broken bytes: keep it UTF-8 (a 1256 reading would garble it)
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if bad and bad * 50 < len(replaced) and _arabic_ratio(replaced) > 0.3:
        return replaced, "utf-8 (with replacements)"
    try:
        text = data.decode("cp1256")
        if _arabic_ratio(text) > 0.5:
            return text, "cp1256"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return replaced, "utf-8 (with replacements)"


_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
#: aliases that Python's codecs do not know, as Persian sites send them
_ALIASES = {"windows-1256": "cp1256", "x-cp1256": "cp1256", "utf8": "utf-8", "iso-8859-6": "iso8859_6"}


def declared_charset(content_type: str | None, body: bytes) -> str | None:
    """The charset an HTTP body declares: its ``Content-Type`` header's, else its ``<meta>``'s
    (Python's codec name for the aliases Persian sites send), or None.

    >>> declared_charset("text/html; charset=Windows-1256", b""), declared_charset(None, b"<html>")
    ('cp1256', None)
    """
    for source in ((content_type or "").encode("latin-1", "replace"), body[:4096]):
        m = (_CHARSET if source is not body[:4096] else _META_CHARSET).search(source)
        if m:
            name = m.group(1).decode("ascii", "replace").lower()
            return _ALIASES.get(name, name)
    return None


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTTP body: declared charset (header, then meta) where it decodes cleanly,
    else detection. Returns ``(text, encoding)``.

    >>> decode_page("<p>سلام</p>".encode("cp1256"), "text/html; charset=windows-1256")
    ('<p>سلام</p>', 'cp1256')
    """
    declared = declared_charset(content_type, body)
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return body.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body, declared=declared)
