"""Visible lines of a generated family page, shared by the family generators' tests.

``page_lines(path, blocks)`` gives a flat-text page's non-blank lines, or an HTML page's visible text
with a line break at every start and end tag named in ``blocks`` (and so at every ``<br>`` when it is in
``blocks``); ``<script>`` and ``<style>`` are skipped and entities resolved.
"""
from __future__ import annotations

from collections.abc import Collection
from html.parser import HTMLParser
from pathlib import Path


class _Text(HTMLParser):
    """The page's visible text, a line per block (and per <br>), entities resolved."""

    def __init__(self, blocks: Collection[str]):
        super().__init__(convert_charrefs=True)
        self.blocks = blocks
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.blocks:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.blocks:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def page_lines(path: Path, blocks: Collection[str]) -> list[str]:
    """The page's non-blank lines, stripped (HTML: its visible text, a line per tag in ``blocks``)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = _Text(blocks)
        p.feed(raw)
        p.close()
        raw = "".join(p.out)
    return [x.strip() for x in raw.split("\n") if x.strip()]
