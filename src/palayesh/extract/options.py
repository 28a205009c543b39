"""Options of article extraction (the ``[extract]`` table of a config file)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..options import OptionsError, validate


@dataclass(frozen=True, kw_only=True)
class ExtractOptions:
    #: per-page time limit for HTML parsing, in seconds (None = no limit); datatrove's extractors
    #: use the same guard so that one pathological page cannot hang a worker
    html_timeout: float | None = 10.0
    #: main-content extractor for HTML pages; trafilatura measured better than resiliparse on the
    #: dev pages (bench/bench_extract.py), resiliparse is kept as a faster alternative
    html_engine: Literal["trafilatura", "resiliparse"] = "trafilatura"
    #: a page (flat text or HTML) larger than this many characters is not parsed at all: it is
    #: rejected as ``extract_too_large`` (None = no limit). A news article is a few thousand
    #: characters and its HTML page rarely over 1 MB; a 60 MB one-line page cost 65 s and 1.6 GB in
    #: extraction, normalization and signals before the quality filter dropped it as too long
    max_page_chars: int | None = 5_000_000
    #: HTML larger than this many characters is cut before parsing (a page of megabytes is not an
    #: article); a cut page whose parsed part holds no article is rejected as ``extract_too_large``
    max_html_chars: int = 3_000_000
    #: learn recurring lines (boilerplate) across the pages of the run in the read stage
    use_run_stats: bool = True
    #: a family needs this many pages before its recurring lines are trusted
    min_family_pages: int = 8
    #: a line is recurring when it occurs in at least this many pages of its family ...
    min_line_pages: int = 5
    #: ... and in at least this share of them (republished articles share 2-4 pages, not 30%)
    min_line_share: float = 0.3

    def __post_init__(self):
        validate(self)
        if self.max_page_chars is not None and self.max_page_chars < 1:
            raise OptionsError("ExtractOptions.max_page_chars must be at least 1 (or None: no limit)")
