"""HTML building blocks with escaping by default.

Every value that goes into a page goes through :func:`e` (``html.escape`` with quotes) unless it is
already :class:`Safe` (markup we built ourselves). Templates are literal strings in this package;
crawled text, ids, URLs and query strings are only ever *values*. Crawled pages carry hostile
HTML/JS, so this is the one rule of the web UI: build markup with :func:`h`, never with ``+`` or
f-strings around untrusted text.
"""
from __future__ import annotations

import html as _html
from urllib.parse import quote, urlencode


class Safe(str):
    """A string of markup that is already escaped."""


def e(value) -> Safe:
    """Escape ``value`` for HTML text and attribute values (None → empty).

    >>> e('<script>alert("سلام")</script>')
    '&lt;script&gt;alert(&quot;سلام&quot;)&lt;/script&gt;'
    """
    if isinstance(value, Safe):
        return value
    return Safe(_html.escape("" if value is None else str(value), quote=True))


def h(template: str, *args, **kwargs) -> Safe:
    """``template.format(...)`` with every argument escaped (unless it is :class:`Safe`).

    >>> h('<a href="{}">{}</a>', "/doc/1", "<b>خبر</b>")
    '<a href="/doc/1">&lt;b&gt;خبر&lt;/b&gt;</a>'
    """
    return Safe(template.format(*(e(a) for a in args), **{k: e(v) for k, v in kwargs.items()}))


def join(parts, sep: str = "") -> Safe:
    """Concatenate parts, escaping those that are not :class:`Safe`."""
    return Safe(sep.join(e(p) for p in parts))


def doc_href(doc_id: str, view: str = "doc") -> str:
    """The path of a document's page (``view`` = doc or changes); ids may hold any character."""
    return f"/{view}/" + quote(str(doc_id), safe="")


def query_href(path: str, params: dict, **changes) -> str:
    """``path?params`` with ``changes`` applied (a None value drops the key)."""
    p = {k: v for k, v in params.items() if v not in (None, "")}
    for k, v in changes.items():
        if v is None:
            p.pop(k, None)
        else:
            p[k] = v
    return path + ("?" + urlencode(p) if p else "")


# -------------------------------------------------------------------------------------------------
# charts: tiny SVG, no script; <title> elements give the exact numbers on hover

def bars(rows: list[tuple], *, href=None, labels: dict | None = None, fmt=lambda n: f"{n:,}") -> Safe:
    """A horizontal bar chart as a table: rows of ``(label, kept, rejected)`` or ``(label, count)``."""
    if not rows:
        return h('<p class="muted">{}</p>', "داده‌ای نیست")
    top = max(sum(r[1:]) for r in rows) or 1
    out = []
    for r in rows:
        label, kept = r[0], r[1]
        rej = r[2] if len(r) > 2 else 0
        wk, wr = 100 * kept / top, 100 * rej / top
        shown = (labels or {}).get(label, label)
        cell = h('<a href="{}">{}</a>', href(label), shown) if href else e(shown)
        name = f"{shown}: {fmt(kept)}" + (f" نگه‌داشته، {fmt(rej)} ردشده" if len(r) > 2 else "")
        svg = h('<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="{}">'
                '<rect class="k" x="{}" y="0" width="{}" height="10"><title>{}</title></rect>'
                '<rect class="r" x="{}" y="0" width="{}" height="10"><title>{}</title></rect></svg>',
                name, f"{100 - wk:.2f}", f"{wk:.2f}", fmt(kept), f"{100 - wk - wr:.2f}", f"{wr:.2f}", fmt(rej))
        n = h('<span class="k">{}</span>{}', fmt(kept + rej),
              h(' <span class="r" title="ردشده">({} رد)</span>', fmt(rej)) if rej else "")
        out.append(h("<tr><th>{}</th><td class=\"num\">{}</td><td class=\"barcell\">{}</td></tr>", cell, n, svg))
    return h('<table class="bars">{}</table>', join(out))


def histogram(bins: list[tuple], *, label=str, title: str = "", fmt=lambda n: f"{n:,}") -> Safe:
    """A vertical histogram (SVG) of ``(bin, kept, rejected)`` rows; ``label(bin)`` names a bin, ``fmt``
    writes a count, ``title`` names the chart (its ``aria-label`` and ``<title>``)."""
    if not bins:
        return h('<p class="muted">{}</p>', "داده‌ای نیست")
    width, height, pad = 600, 180, 22
    n = len(bins)
    top = max(k + r for _, k, r in bins) or 1
    bw = (width - 10) / n
    parts = [h("<title>{}</title>", title)] if title else []
    for i, (b, k, r) in enumerate(bins):
        # bins run left to right (time, sizes), as charts are printed in Persian too
        x = 5 + i * bw
        hk = (height - pad - 4) * k / top
        hr = (height - pad - 4) * r / top
        tip = f"{label(b)}: {fmt(k)}" + (f" + {fmt(r)}" if r else "")
        parts.append(h('<g><title>{}</title><rect class="k" x="{}" y="{}" width="{}" height="{}"/>'
                       '<rect class="r" x="{}" y="{}" width="{}" height="{}"/></g>',
                       tip, f"{x:.1f}", f"{height - pad - hk:.1f}", f"{max(bw - 1, 0.5):.1f}", f"{hk:.1f}",
                       f"{x:.1f}", f"{height - pad - hk - hr:.1f}", f"{max(bw - 1, 0.5):.1f}", f"{hr:.1f}"))
        step = max(1, n // 6)
        if i % step == 0:
            parts.append(h('<text x="{}" y="{}" class="axis">{}</text>', f"{x + bw / 2:.1f}", height - 6, label(b)))
    return h('<svg class="hist" viewBox="0 0 {} {}" role="img" aria-label="{}" direction="ltr">{}</svg>',
             width, height, title, join(parts))
