"""The structure extraction gives a page (:class:`Article`): what :func:`palayesh.extract.extract`
returns, and what the flat-text and HTML readers (:mod:`.text`, :mod:`.html`) fill."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """The structure of one page. ``paragraphs`` are the body paragraphs, in order.

    ``chrome_lines`` of ``lines_total`` non-blank lines (or HTML text blocks) were judged chrome:
    a listing or a 404 page is mostly chrome, which a later quality filter can use.
    """

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
    chrome_lines: int = 0
    lines_total: int = 0
    #: "text" or "html": how the page was read
    format: str = "text"
    #: why extraction gave up on the page, else None: "html_timeout" (over ``html_timeout``),
    #: "html_limit" (the parser stopped at one of its limits, e.g. 256 nested elements, before any
    #: article), "html_unparseable" (the parser refused the markup), "html_cut" (only the first
    #: ``max_html_chars`` were parsed and they held no article)
    error: str | None = None
    #: what happened, in words (the parser's message), for an error record
    error_detail: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)
