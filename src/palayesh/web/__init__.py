"""``palayesh serve``: search and read a refined corpus in the browser.

- :mod:`.tokens` -- search tokens: folding (ZWNJ, ي/ی, digits), query parsing, highlighting
- :mod:`.index` -- the SQLite FTS5 index of an output folder (built once, reused by fingerprint)
- :mod:`.diff` -- "what palayesh changed": raw lines kept/removed, character fixes
- :mod:`.markup`, :mod:`.pages` -- escaped HTML and tiny SVG charts; :mod:`.app` -- the WSGI app
- :mod:`.server` -- a threading ``wsgiref`` server on 127.0.0.1

Standard library only (sqlite3 with FTS5, wsgiref), so the ``web`` extra needs no package.
Nothing here is imported by ``import palayesh``.
"""
from __future__ import annotations

__all__ = ["make_app", "App"]


def __getattr__(name: str):
    if name in ("make_app", "App"):
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module 'palayesh.web' has no attribute {name!r}")
