"""Article extraction: section, title, lead, body, agency and date from a raw page.

PLACEHOLDER of the pipeline core: for now the body is every non-blank line of the page, one
paragraph per line. Structure extraction (headers, chrome, tail credits, dateline, dates, HTML)
plugs in here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .options import ExtractOptions

__all__ = ["Article", "ExtractOptions", "extract"]


@dataclass
class Article:
    """The structure of one page. ``paragraphs`` are the body paragraphs, in order."""

    section: str | None = None
    surtitle: str | None = None
    title: str | None = None
    lead: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    agency: str | None = None
    published: str | None = None
    published_jalali: str | None = None
    url: str | None = None
    host: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def extract(raw: str, *, url: str | None = None, options: ExtractOptions | None = None) -> Article:
    """Structure of a flat-text page (placeholder: every non-blank line is a body paragraph).

    >>> extract("ایران و جهان\\n\\nوزیران دفاع دیدار کردند\\n").paragraphs
    ['ایران و جهان', 'وزیران دفاع دیدار کردند']
    """
    paragraphs = [line.strip() for line in raw.replace("\r\n", "\n").split("\n") if line.strip()]
    return Article(paragraphs=paragraphs, url=url)
