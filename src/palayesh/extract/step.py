"""The pipeline step that fills the structured fields of a record from its raw page, and the
read-stage steps that learn, from the whole run, each site's template (:mod:`.template`).

In the ``read`` stage :class:`TemplateCollector` cuts every page into lines, and counts per page
family in how many pages each line *shape* occurs, and where on the page (above the body, between
paragraphs, after it); it also notes every page's headline. :class:`TemplateBarrier` merges the
shards (in parts, by family) and keeps the shapes that recur in many pages of their family;
:class:`ExtractStep` asks the result what role a line plays on its page. A recurring line is one
signal among several: a line the phrase lexicon knows keeps its kind (a credit stays a credit).
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ..fsutil import atomic_write
from ..pipeline import Barrier, Transform
from ..urls import host_of
from . import extract, head_url, looks_like_html
from .exports import export_channel, flat_text, without_markup_lines
from .flushright import without_flush_pad
from .mailquote import without_quote_marks
from .options import ExtractOptions
from .pagetext import html_item_lines, html_lines
from .prose import is_prose
from .rejoin import narrow_width
from .slugnames import named_slugs, slug_name_hash
from .template import (
    AFTER_BIT,
    BODY_SHARE,
    HEADLINE_SLOT_BIT,
    JOINED_FAMILY,
    LABEL_BIT,
    MAX_OPENING_STORIES,
    MIN_AFTER_PAGES,
    MIN_BODY_PAGES,
    MIN_HEADLINE_SLOT_KEEP,
    MIN_INSIDE_STORIES,
    MIN_SLOT_FRAME_PAGES,
    MIN_STOCK_TITLE_STORIES,
    MIN_WIDGET_PAGES,
    MIN_WORD_PAGES,
    SLOT_FRAMES_KEY,
    WIDGET_BIT,
    WORD_BIT,
    WORD_PAGES_KEY,
    WORD_SAMPLE_PAGES,
    WORD_SHARE,
    TemplateIndex,
    current_item,
    declared_sections,
    families,
    family_hash,
    html_families,
    html_headlines,
    html_title,
    html_url,
    lines_of,
    observe,
    title_declared,
)
from .text import headline_like

log = logging.getLogger(__name__)


def _cat(arrays: list, dtype) -> np.ndarray:
    """The arrays end to end (an empty array of ``dtype`` for none)."""
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=dtype)

#: files the barrier leaves in the run's shared folder (sorted uint64 keys and their counts)
SHARED = {"keys": "template-keys.npy", "counts": "template-counts.npy", "fams": "template-fams.npy",
          "fam_pages": "template-fam-pages.npy", "titles": "template-titles.npy", "lines": "template-lines.npy",
          "openings": "template-openings.npy", "opening_stories": "template-opening-stories.npy",
          "vocab": "template-vocab.npy", "inside": "template-inside.npy", "listed": "template-listed.npy",
          "stock_titles": "template-stock-titles.npy",
          "slugs": "template-slugs.npy", "wires": "template-wires.npy", "genres": "template-genres.npy"}
#: the arrays of its pages that every worker's template artifact holds besides the shapes, which the
#: barrier gathers from all of them (an artifact an older version wrote may lack the later ones)
GATHERED = ("titles", "headed", "headed_stories", "between", "between_stories", "others", "stories", "openings",
            "opening_stories", "labels", "label_sites", "inside",
            "inside_stories", "listed", "slugs", "wires", "genres")


def too_large(doc: dict, options: ExtractOptions) -> bool:
    """Whether a page is over ``options.max_page_chars``: such a page is never parsed."""
    limit = options.max_page_chars
    return limit is not None and len(doc.get("raw") or "") > limit


#: what an extraction error (:attr:`Article.error`) makes of a page: its drop reason, and whether it
#: is also an error record (a failure to process; a page too large for its limit is a decision)
ERROR_REASONS = {"html_timeout": ("extract_timeout", True), "html_limit": ("extract_failed", True),
                 "html_unparseable": ("extract_failed", True), "html_cut": ("extract_too_large", False)}


def _is_html(doc: dict, raw: str) -> bool:
    """Whether the page is read as HTML: marked so, or unmarked and looking like it."""
    fmt = doc.get("_format")
    return fmt == "html" or (fmt not in ("text", "html") and looks_like_html(raw))


def page_lines(doc: dict) -> list[str]:
    """The non-blank lines of a page as the template sees them (HTML: its visible text blocks)."""
    raw = doc.get("raw") or ""
    return _lines(doc, raw, flat_text(raw))


def _lines(doc: dict, raw: str, flat: str | None) -> list[str]:
    """:func:`page_lines` of a page whose exported form's text (:func:`.exports.flat_text`) is read."""
    return [t for t in _cut_lines(doc, raw, flat) if t]


def _cut_lines(doc: dict, raw: str, flat: str | None) -> list[str]:
    """:func:`_lines` with the blank lines between them (a flat page's blocks: .rejoin.narrow_widths)."""
    if flat is not None:  # an exported form (.exports): the lines its text is read from
        return lines_of(flat)
    if _is_html(doc, raw):
        return html_lines(raw)
    flat = without_markup_lines(raw) or raw
    flat = without_flush_pad(flat) or flat
    return lines_of(without_quote_marks(flat) or flat)  # (as .extract reads a flat page)


def page_url(doc: dict) -> str | None:
    """The page's address: the document's, else the one an HTML page states (canonical, og:url) or a
    flat page gives on its first line (:func:`.head_url`)."""
    raw = doc.get("raw") or ""
    if doc.get("url"):
        return doc["url"]
    if doc.get("_format") == "html" or looks_like_html(raw):
        return html_url(raw)
    return head_url(raw)


def page_families(doc: dict, lines: list[str] | None = None) -> list[str]:
    """The page's family keys (:func:`.template.families`); ``lines`` are cut only when needed."""
    url = doc.get("url")
    if not url and doc.get("_format") == "html":
        url = html_url(doc.get("raw") or "")
    if url and host_of(url):
        return families(url, [])
    lines = page_lines(doc) if lines is None else lines
    channel = export_channel(doc.get("raw") or "")
    # (a chat export's lines are its story's message alone: the channel its header names stands over
    # them, the first line its pages share, as a site's name over its flat pages)
    return families(None, [channel, *lines] if channel else lines, joined=True)


def head_items(lines: list[str], rows: dict[int, list[str]]) -> list[str] | None:
    """An HTML page's ``lines`` with the rows of items above its first prose line cut one item a line
    (``rows``: :func:`.pagetext.html_item_lines`), as a flat copy of the page writes its header
    («کانال X» / «@x» / «پیوستن به کانال», a byline's name over its date): or None, no row there.
    Rows further down stay whole: a list's rows («<badge> <headline>») a flat copy writes as the
    HTML page shows them as often as not.

    >>> story = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    >>> head_items(["کانال نسیم همراه کانال شوید", "خبر", story, "اجتماعی تیتر دیگر"],
    ...            {0: ["کانال نسیم", "همراه کانال شوید"], 3: ["اجتماعی", "تیتر دیگر"]})[:3]
    ['کانال نسیم', 'همراه کانال شوید', 'خبر']
    >>> head_items(["خبر", story, "اجتماعی تیتر دیگر"], {2: ["اجتماعی", "تیتر دیگر"]}) is None
    True
    """
    first = next((i for i, t in enumerate(lines) if is_prose(t)), len(lines))
    if not any(i < first for i in rows):
        return None
    return [x for i, t in enumerate(lines) for x in (rows[i] if i < first and i in rows else (t,))]


#: a page's families (:func:`page_families`) as the read stage's :class:`TemplateCollector` found them,
#: carried to the process stage's :class:`ExtractStep`, which takes them off: a flat page's families
#: are told by its lines, which the read stage has cut (the page's lines cut again: 0.3 % of a run)
FAMILIES_KEY = "_families"


class TemplateCollector(Transform):
    """Read stage: the shapes of every page's lines, per family (a transform, so a page it cannot
    handle is reported like any step failure; it changes nothing of a page but leaves it its families,
    :data:`FAMILIES_KEY`, for extraction)."""

    name = "extract_template"

    def __init__(self, options: ExtractOptions | None = None):
        self.options = options or ExtractOptions()

    def setup(self, ctx) -> None:
        self._pages: dict[int, int] = {}
        self._word_pages: dict[int, int] = {}  # pages of each family whose words were counted
        # per page seen: its families, line shapes and their bits (arrays), and its title's hash; a
        # column of one value beside each array of a page's keys (its family, its story) is kept as
        # (value, count) runs, spelt out once at the end (:func:`_runs`), not as an array a page
        self._fam: list[tuple[int, int]] = []
        self._shape: list[np.ndarray] = []
        self._bits: list[np.ndarray] = []
        self._titles: list[int] = []
        # per page: its title and its short lines between paragraphs (.template.PageShapes.between),
        # each with each of its families, and its story (.template.TemplateIndex.stock_titles)
        self._headed: list[np.ndarray] = []
        self._headed_stories: list[tuple[int, int]] = []
        self._between: list[np.ndarray] = []
        self._between_stories: list[tuple[int, int]] = []
        # per page: its short lines that may be another story's (.template.link_keys), and its story
        self._others: list[np.ndarray] = []
        self._stories: list[tuple[int, int]] = []
        # per page: the openings of its lead and first paragraph (.template.opening_key), with its story
        self._openings: list[np.ndarray] = []
        self._opening_stories: list[tuple[int, int]] = []
        # per page: the labels above its body (.template.header_labels), with its site (first family)
        self._labels: list[np.ndarray] = []
        self._label_sites: list[tuple[int, int]] = []
        # per page: the names its menus, trails and section labels list (.template.listed_labels)
        self._listed: list[np.ndarray] = []
        # per HTML page: the (slug, name) pairs its links and JSON-LD trails show (.slugnames.named_slugs)
        self._slugs: list[np.ndarray] = []
        # per page: the names its credit slots call news agencies (.template.wire_names)
        self._wires: list[np.ndarray] = []
        # per page: its label over the headline, its site and the section beside it (.template.PageShapes.genre)
        self._genres: list[np.ndarray] = []
        # per page: the (family, shape) keys of its short lines between paragraphs (.template.inside_shapes),
        # with its story: each family's run and the page's shapes, combined once at the end
        self._inside_fam: list[tuple[int, int]] = []
        self._inside: list[np.ndarray] = []
        self._inside_stories: list[tuple[int, int]] = []
        # per page and family: its value slots' keys, each with its frame's (.template.value_slot_keys)
        self._slot_fam: list[tuple[int, int]] = []
        self._slot_frame: list[np.ndarray] = []
        self._slot_key: list[np.ndarray] = []

    def transform(self, doc):
        if doc.get("reason") is not None or not doc.get("raw"):
            return
        if too_large(doc, self.options):  # rejected here, before any line is cut
            doc["reason"] = "extract_too_large"
            return
        raw = doc.get("raw") or ""
        flat = flat_text(raw)  # (an exported form's text, read once for its lines and its form)
        items: list[str] | None = None  # (an HTML page's lines, the rows of items of its head cut)
        if flat is None and _is_html(doc, raw):
            cut, rows = html_item_lines(raw)
            items = head_items(cut, rows)
        else:
            cut = _cut_lines(doc, raw, flat)
        lines = [t for t in cut if t]
        names = page_families(doc, lines)
        doc[FAMILIES_KEY] = names  # (extraction's, found here from the lines cut here: ExtractStep)
        # (a flat page's joined first lines are looked up among HTML pages only, never counted: a
        # family of flat pages opening with «<site>» / «<home>» / «<section>» would hold the section's
        # line on all its pages, the site's line there: .template._joined_heads)
        names = [n for n in names if not n.startswith(JOINED_FAMILY)]
        own = len(names)  # (the families extraction looks the page up by)
        item_names: list[str] = []
        if names and names[0].startswith("host:"):
            # (a page with a host counts under its first and last lines too, apart: a site's
            # flat-text pages, which have no host, meet its HTML pages there (.template.html_families);
            # extraction looks an HTML page up by its host alone, so what it is told does not change)
            names = names + html_families(families(None, lines))
            if items is not None:
                # (and under those its rows of items give, one item a line, as a flat copy of it
                # writes them: «کانال X» / «پیوستن به کانال» on two lines, one on the HTML page)
                item_names = [n for n in html_families(families(None, items)) if n not in names]
                names += item_names
        cut_from = len(names) - len(item_names)  # (the families only its rows of items name, last)
        fams = [family_hash(name) for name in names]
        for f in fams:
            self._pages[f] = self._pages.get(f, 0) + 1
        # the words of a sample of the pages of the page's largest family so far, of those it is
        # looked up by (.template.WORD_SAMPLE_PAGES)
        wf = max(fams[:own], key=lambda f: self._pages[f]) if own else None
        if wf is not None and self._word_pages.get(wf, 0) >= WORD_SAMPLE_PAGES:
            wf = None
        # an HTML page's <title>, which none of its lines shows (a flat page's title bar is a line
        # of it), and the sections it declares
        as_html = flat is None and _is_html(doc, raw)
        declared = declared_sections(raw) if as_html else None
        titled = False  # (none declared for machines: the section its <title> bar names, .template.title_declared)
        if as_html and not declared:
            declared = title_declared(raw)
            titled = bool(declared)
        told = {"headline": headline_like, "url": page_url(doc), "bar": html_title(raw) if as_html else None,
                "declared": declared, "named": html_headlines(raw) if as_html else None, "titled": titled,
                "html": as_html, "current": current_item(raw) if as_html else None}
        seen = observe(lines, words=wf is not None, **told,
                       # (a flat page's newspaper column, told by its lines and their blank ones)
                       narrow=not as_html and narrow_width(cut) is not None)
        if not seen.words:
            wf = None
        shapes = np.fromiter(seen.shapes.keys(), dtype=np.uint64, count=len(seen.shapes))
        bits = np.fromiter(seen.shapes.values(), dtype=np.uint8, count=len(seen.shapes))
        # (the families only a flat page looks up (.template.html_families) that its rows of items
        # name and its lines do not count its lines with those rows cut too, each shape where either
        # cut shows it: a flat copy that meets its site there writes the rows one item a line; one
        # that meets it by the HTML page's own lines is told what it was told before)
        borrowed_shapes, borrowed_bits = shapes, bits
        if item_names and items is not None:
            fine = observe(items, words=False, **told).shapes
            both = dict(seen.shapes)
            for h, bit in fine.items():
                both[h] = both.get(h, 0) | bit
            borrowed_shapes = np.fromiter(both.keys(), dtype=np.uint64, count=len(both))
            borrowed_bits = np.fromiter(both.values(), dtype=np.uint8, count=len(both))
        if wf is not None:
            wshapes = np.array([*seen.words, WORD_PAGES_KEY], dtype=np.uint64)
            wbits = np.full(len(wshapes), WORD_BIT, dtype=np.uint8)
        for at, f in enumerate(fams):
            if at < cut_from:
                self._fam.append((f, len(shapes)))
                self._shape.append(shapes)
                self._bits.append(bits)
            else:
                self._fam.append((f, len(borrowed_shapes)))
                self._shape.append(borrowed_shapes)
                self._bits.append(borrowed_bits)
            if f == wf:
                self._word_pages[f] = self._word_pages.get(f, 0) + 1
                self._fam.append((f, len(wshapes)))
                self._shape.append(wshapes)
                self._bits.append(wbits)
        if seen.slots and fams:
            frame, key = np.array(seen.slots, dtype=np.uint64).T
            for f in fams:
                self._slot_fam.append((f, len(frame)))
                self._slot_frame.append(frame)
                self._slot_key.append(key)
        if seen.title is not None:
            self._titles.append(seen.title)
            if fams:
                self._headed.append(_combine(np.array(fams, dtype=np.uint64), np.uint64(seen.title)))
                self._headed_stories.append((seen.story, len(fams)))
        if seen.between and fams:
            between = np.array(seen.between, dtype=np.uint64)
            for f in fams:
                self._between.append(_combine(np.uint64(f), between))
            self._between_stories.append((seen.story, len(fams) * len(between)))
        if seen.others:
            self._others.append(np.array(seen.others, dtype=np.uint64))
            self._stories.append((seen.story, len(seen.others)))
        if seen.openings:
            self._openings.append(np.array(seen.openings, dtype=np.uint64))
            self._opening_stories.append((seen.story, len(seen.openings)))
        if seen.inside and fams:
            inside = np.array(seen.inside, dtype=np.uint64)
            for f in fams:  # (each family with each shape, as their outer product row by row)
                self._inside_fam.append((f, len(inside)))
                self._inside.append(inside)
            self._inside_stories.append((seen.story, len(fams) * len(inside)))
        if seen.labels and fams:
            self._labels.append(np.array(seen.labels, dtype=np.uint64))
            self._label_sites.append((fams[0], len(seen.labels)))
        if seen.listed:
            self._listed.append(np.array(seen.listed, dtype=np.uint64))
        if seen.wires:
            self._wires.append(np.array(seen.wires, dtype=np.uint64))
        if seen.genre and fams:  # (label, site, section), flat
            self._genres.append(np.array([seen.genre[0], fams[0], seen.genre[1]], dtype=np.uint64))
        if _is_html(doc, raw):
            pairs = named_slugs(raw)
            if pairs:
                self._slugs.append(np.array([slug_name_hash(*p) for p in pairs], dtype=np.uint64))

    def finish(self, ctx):
        path = ctx.artifact("template")
        with atomic_write(path, "wb") as fh:
            np.savez(fh, fam=_runs(self._fam), shape=_cat(self._shape, np.uint64),
                     bits=_cat(self._bits, np.uint8), slot_fam=_runs(self._slot_fam),
                     slot_frame=_cat(self._slot_frame, np.uint64), slot_key=_cat(self._slot_key, np.uint64),
                     pages_fam=np.fromiter(self._pages.keys(), dtype=np.uint64, count=len(self._pages)),
                     pages_n=np.fromiter(self._pages.values(), dtype=np.int64, count=len(self._pages)),
                     titles=np.array(self._titles, dtype=np.uint64),
                     headed=_cat(self._headed, np.uint64), headed_stories=_runs(self._headed_stories),
                     between=_cat(self._between, np.uint64), between_stories=_runs(self._between_stories),
                     others=_cat(self._others, np.uint64), stories=_runs(self._stories),
                     openings=_cat(self._openings, np.uint64),
                     opening_stories=_runs(self._opening_stories),
                     labels=_cat(self._labels, np.uint64), label_sites=_runs(self._label_sites),
                     inside=_combine(_runs(self._inside_fam), _cat(self._inside, np.uint64)),
                     inside_stories=_runs(self._inside_stories),
                     listed=np.unique(_cat(self._listed, np.uint64)),
                     slugs=np.unique(_cat(self._slugs, np.uint64)),
                     wires=np.unique(_cat(self._wires, np.uint64)), genres=_cat(self._genres, np.uint64))


def _runs(runs: list[tuple[int, int]]) -> np.ndarray:
    """The uint64 column ``runs`` spell out, each (value, count) as ``count`` copies of ``value``, end
    to end (an empty one for none): a page's family or story beside each of its keys, written once
    for the run of pages, not one small array a page.

    >>> _runs([(7, 2), (9, 0), (5, 1)]).tolist(), _runs([]).dtype.name
    ([7, 7, 5], 'uint64')
    """
    if not runs:
        return np.zeros(0, dtype=np.uint64)
    values, counts = zip(*runs)
    return np.repeat(np.array(values, dtype=np.uint64), np.array(counts, dtype=np.int64))


def _combine(fam, shape):
    """:func:`.template.combined` over arrays."""
    with np.errstate(over="ignore"):
        return fam ^ (shape * np.uint64(0x9E3779B97F4A7C15))


def frame_slot_counts(fam: np.ndarray, frame: np.ndarray, key: np.ndarray, fam_ids: np.ndarray,
                      fam_pages: np.ndarray, min_family_pages: int) -> tuple[np.ndarray, np.ndarray]:
    """The (family, key) keys (:func:`_combine`) of the run's value slots that
    :meth:`.template.PageTemplate.frame_section` can use, and their rows of counts (each key's pages,
    in the columns of all its pages and of its label bit): of ``(fam, frame, key)``, a page's value
    slot's key with its frame's (:func:`.template.value_slot_keys`, a frame's own key is its frame),
    the keys of a family of ``min_family_pages`` or more whose frame it finds on half of its pages or
    more (on two at least), each kept when two of its pages show it, as any label is. Counted in
    two passes, the frames first: a line's splits that no other page repeats (most of them) make no
    key of the run's, and the barrier counts no page of them (:class:`TemplateBarrier`). Each family
    with such frames on :data:`.template.MIN_SLOT_FRAME_PAGES` of its pages or more counts
    :data:`.template.SLOT_FRAMES_KEY` too, with their number: the page of another family has no
    frame to ask its template."""
    fkeys, finv = np.unique(_combine(fam, frame), return_inverse=True)
    framed = np.bincount(finv, weights=frame == key, minlength=len(fkeys))[finv]  # (the frame's pages)
    pages = fam_pages[np.searchsorted(fam_ids, fam)] if len(fam) else np.zeros(0, np.int64)
    usable = (framed >= 2) & (2 * framed >= pages) & (pages >= min_family_pages)
    keys, n = np.unique(_combine(fam[usable], key[usable]), return_counts=True)
    keep = n >= 2
    # (and each family's usable frames of MIN_SLOT_FRAME_PAGES or more, under SLOT_FRAMES_KEY)
    frames = usable & (frame == key) & (framed >= MIN_SLOT_FRAME_PAGES)
    _frames, first = np.unique(_combine(fam[frames], frame[frames]), return_index=True)
    fam_ids_framed, frames_n = np.unique(fam[frames][first], return_counts=True)
    keys = np.concatenate([keys[keep], _combine(fam_ids_framed, np.uint64(SLOT_FRAMES_KEY))])
    counts = np.zeros((len(keys), 9), dtype=np.int64)
    # (in LABEL_BIT's column: a slot is counted as a label)
    counts[:, 0] = counts[:, 4] = np.concatenate([n[keep], frames_n])
    return keys, counts


def _stories_per_line(lines: list, stories: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The run's distinct (line hash, story hash) pairs, sorted by line, and for each pair the
    number of different stories its line hash was found under."""
    line, story = _cat(lines, np.uint64), _cat(stories, np.uint64)
    if not len(line):
        return line, story, np.zeros(0, dtype=np.int64)
    order = np.lexsort((story, line))
    line, story = line[order], story[order]
    new = np.ones(len(line), dtype=bool)
    new[1:] = (line[1:] != line[:-1]) | (story[1:] != story[:-1])
    line, story = line[new], story[new]
    _found, inv, n = np.unique(line, return_inverse=True, return_counts=True)
    return line, story, n[inv]


def _on_two_stories(others: list, stories: list, min_stories: int = 2) -> np.ndarray:
    """The sorted line hashes found with two different story hashes or more (``min_stories``)."""
    line, _story, n = _stories_per_line(others, stories)
    return np.unique(line[n >= min_stories])


def stock_titles(got: dict[str, list[np.ndarray]]) -> np.ndarray:
    """The sorted (family, line) keys (:func:`.template.combined`) of the lines a family shows in the
    headline's place (its pages' titles) over two stories or more, and there or between a story's
    paragraphs over :data:`.template.MIN_STOCK_TITLE_STORIES` stories or more: a site's stock
    caption, no headline (another site's republication of a story under its headline is not
    counted with it). Of ``got``, the arrays the barrier gathered.

    >>> u = lambda *v: [np.array(v, dtype=np.uint64)]
    >>> stock_titles({"headed": u(5, 5, 7), "headed_stories": u(1, 2, 3), "between": u(5, 7, 7),
    ...               "between_stories": u(4, 5, 6)}).tolist()  # (7 heads one story only)
    [5]
    """
    headed, stories = got.get("headed", []), got.get("headed_stories", [])
    between, between_stories = got.get("between", []), got.get("between_stories", [])
    twice = _on_two_stories(headed, stories)
    line, _story, n = _stories_per_line(headed + between, stories + between_stories)
    return np.intersect1d(twice, line[n >= MIN_STOCK_TITLE_STORIES])


def genre_labels(rows: np.ndarray) -> np.ndarray:
    """The sorted label hashes one site shows over two sections or more, of the run's (label, site,
    section) rows end to end (:attr:`.template.PageShapes.genre`): the run's genres.

    >>> genre_labels(np.array([1, 7, 2, 1, 7, 3, 5, 7, 2, 5, 8, 3, 1, 7, 2], dtype=np.uint64)).tolist()
    [1]
    """
    rows = rows[:len(rows) - len(rows) % 3].reshape(-1, 3)
    if not len(rows):
        return np.zeros(0, dtype=np.uint64)
    pairs = np.unique(rows, axis=0)  # (each (label, site, section) once, sorted by label, then site)
    site_labels, n = np.unique(pairs[:, :2], axis=0, return_counts=True)
    return np.unique(site_labels[n >= 2, 0])


def opening_stories(openings: list, stories: list) -> tuple[np.ndarray, np.ndarray]:
    """The (opening hash, story hash) pairs of the run, sorted by opening, of the openings found
    under :data:`.template.MAX_OPENING_STORIES` stories or fewer: one found under more is a
    formula («به گزارش خبرنگار ورزشی …»), not a story's own (a story and its republication with
    an intro of its own are two; a republication under its story's hash is one)."""
    line, story, n = _stories_per_line(openings, stories)
    keep = n <= MAX_OPENING_STORIES
    return line[keep], story[keep]


class TemplateBarrier(Barrier):
    """Merge the shards' shape counts; keep, per family, the shapes found in many of its pages.

    The families are shared out among :attr:`PARTS` parts (by their hash), which run in parallel on
    the local pool or as Ray tasks, each holding the counts of its families only; :meth:`reduce`
    joins what they kept (or, alone, does all of it) and the run's headlines.
    """

    name = "extract_template"
    PARTS = 4

    def __init__(self, options: ExtractOptions | None = None):
        self.options = options or ExtractOptions()

    def parts(self, work_dir: Path, stage: str, shards: list[int], round: int = 0) -> int:
        return self.PARTS

    @staticmethod
    def _part_path(work_dir: Path, part: int) -> Path:
        return Path(work_dir) / "shared" / f"template.part-{part}.npz"

    @staticmethod
    def _artifacts(work_dir: Path, stage: str):
        # (not the temporary file of a worker killed while writing its artifact: its shard is redone)
        found = (Path(work_dir) / stage / "artifacts").glob("template-*")
        return sorted(p for p in found if not p.name.endswith(".tmp"))

    def _merge(self, work_dir: Path, stage: str, part: int | None) -> dict:
        """Recurring (family, shape) keys of the families of ``part`` (all for None), with counts."""
        o = self.options
        fams, shapes, bits, pf, pn = [], [], [], [], []
        slot_fams, slot_frames, slot_keys = [], [], []
        for f in self._artifacts(work_dir, stage):
            with np.load(f) as z:
                fam = z["fam"]
                mine = slice(None) if part is None else (fam % np.uint64(self.PARTS)) == part
                fams.append(fam[mine])
                shapes.append(z["shape"][mine])
                bits.append(z["bits"][mine])
                if "slot_fam" in z.files:
                    fam = z["slot_fam"]
                    mine = slice(None) if part is None else (fam % np.uint64(self.PARTS)) == part
                    slot_fams.append(fam[mine])
                    slot_frames.append(z["slot_frame"][mine])
                    slot_keys.append(z["slot_key"][mine])
                pmine = slice(None) if part is None else (z["pages_fam"] % np.uint64(self.PARTS)) == part
                pf.append(z["pages_fam"][pmine])
                pn.append(z["pages_n"][pmine])
        fam, shape, bit = _cat(fams, np.uint64), _cat(shapes, np.uint64), _cat(bits, np.uint8)
        fam_ids, inv = np.unique(_cat(pf, np.uint64), return_inverse=True)
        fam_pages = np.bincount(inv, weights=_cat(pn, np.int64), minlength=len(fam_ids)).astype(np.int64)
        keys, kinv = np.unique(_combine(fam, shape), return_inverse=True)
        counts = np.zeros((len(keys), 9), dtype=np.int64)
        counts[:, 0] = np.bincount(kinv, minlength=len(keys))
        for col, b in ((1, 1), (2, 2), (3, 4), (4, LABEL_BIT), (5, WIDGET_BIT), (6, AFTER_BIT), (7, WORD_BIT),
                       (8, HEADLINE_SLOT_BIT)):
            counts[:, col] = np.bincount(kinv, weights=(bit & b) > 0, minlength=len(keys))
        # a key's family, to compare its count with the family's size
        first = np.zeros(len(keys), dtype=np.int64)
        first[kinv[::-1]] = np.arange(len(kinv))[::-1]
        key_fam_pages = fam_pages[np.searchsorted(fam_ids, fam[first])] if len(keys) else np.zeros(0, np.int64)
        need = np.maximum(o.min_line_pages, o.min_line_share * key_fam_pages)
        # recurring shapes, and the labels a site shows above the body on two pages or more
        # (and the short lines that stand inside or after the body on many pages: .template.MIN_BODY_PAGES)
        need_body = np.maximum(MIN_BODY_PAGES, BODY_SHARE * key_fam_pages)
        # (and the «label: value» widgets inside or after the body on two pages: .template.WIDGET_BIT,
        # and the lines after the last prose of two pages: .template.AFTER_BIT)
        # (and the content words of many pages' prose in the family's word sample: .template.WORD_BIT)
        # (and the slots of the headline-like lines of two pages' headers: .template.HEADLINE_SLOT_BIT)
        sampled = np.zeros(len(fam_ids), dtype=np.int64)
        if len(keys):
            at = np.minimum(np.searchsorted(keys, _combine(fam_ids, np.uint64(WORD_PAGES_KEY))), len(keys) - 1)
            found = keys[at] == _combine(fam_ids, np.uint64(WORD_PAGES_KEY))
            sampled[found] = counts[at[found], 7]
        key_sampled = sampled[np.searchsorted(fam_ids, fam[first])] if len(keys) else np.zeros(0, np.int64)
        keep = ((counts[:, 0] >= need) | (counts[:, 4] >= 2) | (np.maximum(counts[:, 2], counts[:, 3]) >= need_body)
                | (counts[:, 5] >= MIN_WIDGET_PAGES) | (counts[:, 6] >= MIN_AFTER_PAGES)
                | (counts[:, 7] >= np.maximum(MIN_WORD_PAGES, WORD_SHARE * key_sampled))
                | (counts[:, 8] >= MIN_HEADLINE_SLOT_KEEP)) \
            & (key_fam_pages >= o.min_family_pages)
        slot_keys_kept, slot_counts = frame_slot_counts(
            _cat(slot_fams, np.uint64), _cat(slot_frames, np.uint64), _cat(slot_keys, np.uint64), fam_ids, fam_pages,
            o.min_family_pages)
        # (unsorted: reduce sorts the parts' keys together)
        return {"keys": np.concatenate([keys[keep], slot_keys_kept]),
                "counts": np.concatenate([counts[keep], slot_counts]).astype(np.uint32), "fams": fam_ids,
                "fam_pages": fam_pages}

    def run_part(self, work_dir: Path, stage: str, shards: list[int], part: int, round: int = 0) -> None:
        path = self._part_path(work_dir, part)
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path, "wb") as fh:
            np.savez(fh, **self._merge(work_dir, stage, part))

    def reduce(self, work_dir: Path, stage: str, shards: list[int]) -> dict:
        paths = [self._part_path(work_dir, i) for i in range(self.PARTS)]
        if all(p.exists() for p in paths):
            results = []
            for p in paths:
                with np.load(p) as z:
                    results.append({k: z[k] for k in z.files})
        else:
            results = [self._merge(work_dir, stage, None)]
        keys = np.concatenate([r["keys"] for r in results])
        order = np.argsort(keys, kind="stable")
        fams = np.concatenate([r["fams"] for r in results])
        forder = np.argsort(fams, kind="stable")
        got: dict[str, list[np.ndarray]] = {k: [np.zeros(0, dtype=np.uint64)] for k in GATHERED}
        for f in self._artifacts(work_dir, stage):
            with np.load(f) as z:
                for k in GATHERED:
                    if k in z.files:
                        got[k].append(z[k])
        out = {"keys": keys[order], "counts": np.concatenate([r["counts"] for r in results])[order],
               "fams": fams[forder], "fam_pages": np.concatenate([r["fam_pages"] for r in results])[forder],
               "titles": np.unique(np.concatenate(got["titles"])),
               "lines": _on_two_stories(got["others"], got["stories"])}
        out["stock_titles"] = stock_titles(got)
        out["openings"], out["opening_stories"] = opening_stories(got["openings"], got["opening_stories"])
        out["vocab"] = _on_two_stories(got["labels"], got["label_sites"])  # (the labels of two sites or more)
        out["listed"] = np.unique(np.concatenate(got["listed"]))  # (the names any page lists as sections)
        out["slugs"] = np.unique(np.concatenate(got["slugs"]))  # (the (slug, name) pairs any page shows)
        out["wires"] = np.unique(np.concatenate(got["wires"]))  # (the names any page's credit slot calls agencies)
        out["inside"] = _on_two_stories(got["inside"], got["inside_stories"], MIN_INSIDE_STORIES)
        out["genres"] = genre_labels(np.concatenate(got["genres"]))
        shared = Path(work_dir) / "shared"
        shared.mkdir(parents=True, exist_ok=True)
        for k, name in SHARED.items():
            with atomic_write(shared / name, "wb") as fh:
                np.save(fh, out[k])
        for p in paths:
            p.unlink(missing_ok=True)
        fp = out["fam_pages"]
        return {"families": int(len(fp)), "families_with_stats": int((fp >= self.options.min_family_pages).sum()),
                "recurring_shapes": int(len(out["keys"])), "titles": int(len(out["titles"])),
                "lines_of_two_stories": int(len(out["lines"])), "story_openings": int(len(out["openings"]))}


def load_index(ctx, options: ExtractOptions) -> TemplateIndex | None:
    """The barrier's result for this run (None when there is none)."""
    paths = {k: ctx.shared(name) for k, name in SHARED.items()}
    if not all(p.exists() for p in paths.values()):
        return None
    arrays = {k: np.load(p, mmap_mode="r") for k, p in paths.items()}
    return TemplateIndex(arrays["keys"], arrays["counts"], arrays["fams"], arrays["fam_pages"], arrays["titles"],
                         arrays["lines"], arrays["openings"], arrays["opening_stories"],
                         min_pages=options.min_line_pages, min_share=options.min_line_share, headline=headline_like,
                         vocab=arrays["vocab"], inside=arrays["inside"], listed=arrays["listed"],
                         slugs=arrays["slugs"], wires=arrays["wires"], genres=arrays["genres"],
                         stock_titles=arrays["stock_titles"])


class ExtractStep(Transform):
    name = "extract"

    def __init__(self, options: ExtractOptions | None = None):
        self.options = options or ExtractOptions()
        self._index: TemplateIndex | None = None
        self._ctx = None

    def warm(self):
        # (the extractors' modules, trafilatura's among them, are imported on the first page: 0.2 s
        # of CPU; imported, not run on a page, whose time limit a loaded machine's import can pass;
        # and trafilatura's fallback stoplist made once for every worker, .html.warm_engine)
        import lxml.html  # noqa: F401
        import numpy.ma  # noqa: F401  (numpy imports it on a first np.unique: 13 ms a worker)

        from . import dates, html, pagetext, text  # noqa: F401

        html.warm_engine(self.options.html_engine)
        # the tables a first page makes (a lookup per character of the Basic Multilingual Plane, the
        # date shapes' hint), made once for every worker: 35 ms of CPU a worker
        pagetext._bmp_ink()
        pagetext._bmp_nfc_suspect()
        dates._date_hint()

    def setup(self, ctx):
        self._ctx = ctx
        path = ctx.shared(SHARED["keys"])
        if not (self.options.use_run_stats and path.exists()):
            self._index, self._loaded = None, None
            return
        stamp = (str(path), path.stat().st_mtime_ns)
        if getattr(self, "_loaded", None) != stamp:  # loaded once per worker, not once per shard
            self._index = load_index(ctx, self.options)
            self._loaded = stamp

    def transform(self, doc):
        if too_large(doc, self.options):
            # never parsed: the page costs nothing more than its reading and writing
            doc["reason"] = doc.get("reason") or "extract_too_large"
            return
        raw = doc.get("raw") or ""
        template = None
        # (the page's families as the read stage found them from the lines it cut, else found here)
        names = doc.pop(FAMILIES_KEY, None)
        if self._index is not None:
            template = self._index.for_page(page_families(doc) if names is None else names,
                                            min_family_pages=self.options.min_family_pages)
        fmt = doc.get("_format")
        art = extract(raw, url=doc.get("url"), options=self.options, template=template,
                      format=fmt if fmt in ("html", "text") else None)
        for f in ("section", "surtitle", "title", "lead", "agency", "published", "published_jalali"):
            doc[f] = getattr(art, f)
        doc["text"] = art.text
        url = doc.get("url") or art.url
        doc["url"] = url
        if url and not doc.get("host"):
            doc["host"] = host_of(url)
        elif art.host and not doc.get("host"):
            doc["host"] = art.host
        doc["_chrome_lines"] = art.chrome_lines
        doc["_lines_total"] = art.lines_total
        if art.error and doc.get("reason") is None:
            reason, failed = ERROR_REASONS.get(art.error, ("extract_failed", True))
            doc["reason"] = reason
            if failed and self._ctx is not None:
                log.warning("extract: %s on %s: %s", reason, doc.get("id"), art.error_detail)
                self._ctx.error(doc.get("source") or "", reason, position=doc.get("id"),
                                error=art.error_detail or art.error, step=self.name)


def read_steps(options: ExtractOptions) -> list:
    """Steps of the ``read`` stage that collect what extraction needs from the whole run."""
    return [TemplateCollector(options)] if options.use_run_stats else []


def read_barrier(options: ExtractOptions):
    """The barrier that merges what :func:`read_steps` collected (None: nothing to merge)."""
    return TemplateBarrier(options) if options.use_run_stats else None
