"""URLs as crawls deliver them: often malformed, so nothing here raises."""
from __future__ import annotations

from urllib.parse import urlsplit


def host_of(url: str | None) -> str | None:
    """The lower-case host of ``url``, or None when there is none or the URL is malformed.

    >>> host_of("https://WWW.Mehrnews.com/news/123"), host_of("http://[bad/x")
    ('www.mehrnews.com', None)
    """
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # e.g. an unbalanced "[" of an IPv6 address
        return None
    return host.lower() if host else None
