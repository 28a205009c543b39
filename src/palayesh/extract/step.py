"""The pipeline step that fills the structured fields of a record from its raw page, and the
read-stage steps that learn, from the whole run, which lines are boilerplate.

Recurrence (CCNet-style, but learned, not blind deletion): in the ``read`` stage
:class:`LineStatsCollector` counts, per page family, in how many pages each short line occurs
(hashed :func:`~palayesh.textkeys.line_key`); :class:`LineStatsBarrier` merges the shards and keeps
the lines that recur in many pages of their family; :class:`ExtractStep` loads the result and
treats such a line as chrome when it is not prose. A line is one signal among three: it still has
to look like chrome to the classifier (short, not a paragraph of prose).

A *page family* is the page's host when the URL is known. A flat-text page has no URL: its family
is its first and last non-blank lines (site name and copyright footer are what a site's pages
share), so pages of one site meet in one family without knowing the site.
"""
from __future__ import annotations

import json
import logging
import os
from collections import Counter, defaultdict
from pathlib import Path

import xxhash

from ..pipeline import Barrier, Transform
from ..textkeys import line_key
from ..urls import host_of
from . import extract
from .options import ExtractOptions

log = logging.getLogger(__name__)

STATS_NAME = "extract_linestats.json"
#: lines longer than this many characters are prose, never counted as boilerplate
_MAX_LINE_CHARS = 300


def page_family(doc: dict) -> str:
    """Family key of a page: its host, or for a flat-text page its first and last lines.

    >>> page_family({"raw": "خبرنامه امروز\\n\\nمتن\\n\\nبازگشت به بالا", "url": None})
    'text:خبرنامهامروز|بازگشتبهبالا'
    """
    url = doc.get("url")
    if url:
        host = host_of(url) or ""
        return "host:" + host.removeprefix("www.")
    raw = doc.get("raw") or ""
    head = next((ln for ln in raw[:2000].splitlines() if line_key(ln)), "")
    tail = next((ln for ln in reversed(raw[-2000:].splitlines()) if line_key(ln)), "")
    fmt = "html" if doc.get("_format") == "html" else "text"
    return f"{fmt}:{line_key(head)[:40]}|{line_key(tail)[:40]}"


def _page_lines(doc: dict) -> set[int]:
    if doc.get("_format") == "html":
        return set()  # HTML pages have their DOM: recurrence is learned from flat text
    raw = doc.get("raw") or ""
    out = set()
    for ln in raw.splitlines():
        ln = ln.strip()
        if ln and len(ln) <= _MAX_LINE_CHARS:
            out.add(key_hash_of_key(line_key(ln)))
    return out


class LineStatsCollector(Transform):
    """Read stage: count in how many pages of each family each short line occurs (a transform
    that changes nothing, so a page it cannot handle is reported like any step failure)."""

    name = "extract_linestats"

    def __init__(self, options: ExtractOptions | None = None):
        self.options = options or ExtractOptions()

    def setup(self, ctx):
        self._pages: Counter = Counter()
        self._lines: dict[str, Counter] = defaultdict(Counter)

    def transform(self, doc):
        if doc.get("reason") is None and doc.get("raw"):
            fam = page_family(doc)
            self._lines[fam].update(_page_lines(doc))
            self._pages[fam] += 1

    def finish(self, ctx):
        data = {"pages": dict(self._pages),
                "lines": {f: {str(h): n for h, n in c.items()} for f, c in self._lines.items()}}
        ctx.artifact("linestats").write_text(json.dumps(data), encoding="utf-8")


class LineStatsBarrier(Barrier):
    """Merge the shards' line counts; keep, per family, the lines found in many of its pages.

    The families are shared out among :attr:`PARTS` parts (by a hash of the family key), which run
    in parallel on the local pool or as Ray tasks, each holding the counts of its families only;
    :meth:`reduce` joins what they kept (or, alone, does all of it).
    """

    name = "extract_linestats"
    PARTS = 4

    def __init__(self, options: ExtractOptions | None = None):
        self.options = options or ExtractOptions()

    def parts(self, work_dir: Path, stage: str, shards: list[int]) -> int:
        return self.PARTS

    @staticmethod
    def _part_path(work_dir: Path, part: int) -> Path:
        return Path(work_dir) / "shared" / f"{STATS_NAME}.part-{part}"

    def _merge(self, work_dir: Path, stage: str, part: int | None) -> dict:
        """Recurring lines of the families of ``part`` (all families for None), and counters."""
        o = self.options
        pages: Counter = Counter()
        lines: dict[str, Counter] = defaultdict(Counter)
        mine = (lambda fam: True) if part is None else \
            (lambda fam: xxhash.xxh64_intdigest(fam.encode("utf-8")) % self.PARTS == part)
        for f in sorted((Path(work_dir) / stage / "artifacts").glob("linestats-*")):
            data = json.loads(f.read_text(encoding="utf-8"))
            pages.update({fam: n for fam, n in data["pages"].items() if mine(fam)})
            for fam, c in data["lines"].items():
                if mine(fam):
                    lines[fam].update({int(h): n for h, n in c.items()})
        out = {}
        kept = 0
        for fam, c in lines.items():
            n = pages[fam]
            if n < o.min_family_pages:
                continue
            need = max(o.min_line_pages, o.min_line_share * n)
            rec = sorted(h for h, k in c.items() if k >= need)
            if rec:
                out[fam] = rec
                kept += len(rec)
        return {"families": out, "counters": {"families": len(pages), "families_with_stats": len(out),
                                              "recurring_lines": kept}}

    def run_part(self, work_dir: Path, stage: str, shards: list[int], part: int) -> None:
        path = self._part_path(work_dir, part)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self._merge(work_dir, stage, part)), encoding="utf-8")
        os.replace(tmp, path)

    def reduce(self, work_dir: Path, stage: str, shards: list[int]) -> dict:
        paths = [self._part_path(work_dir, i) for i in range(self.PARTS)]
        if all(p.exists() for p in paths):
            results = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
        else:
            results = [self._merge(work_dir, stage, None)]
        families = dict(sorted((f, v) for r in results for f, v in r["families"].items()))
        counters = Counter()
        for r in results:
            counters.update(r["counters"])
        target = Path(work_dir) / "shared" / STATS_NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"families": families}), encoding="utf-8")
        for p in paths:
            p.unlink(missing_ok=True)
        return dict(counters)


class ExtractStep(Transform):
    name = "extract"

    def __init__(self, options: ExtractOptions | None = None):
        self.options = options or ExtractOptions()
        self._recurring: dict[str, frozenset] = {}

    def setup(self, ctx):
        path = ctx.shared(STATS_NAME)
        if not (self.options.use_run_stats and path.exists()):
            self._recurring, self._loaded = {}, None
            return
        stamp = (str(path), path.stat().st_mtime_ns)
        if getattr(self, "_loaded", None) != stamp:  # loaded once per worker, not once per shard
            data = json.loads(path.read_text(encoding="utf-8"))
            self._recurring = {f: frozenset(v) for f, v in data["families"].items()}
            self._loaded = stamp

    def transform(self, doc):
        raw = doc.get("raw") or ""
        rec = self._recurring.get(page_family(doc)) if self._recurring else None
        recurring = (lambda key, _r=rec: key_hash_of_key(key) in _r) if rec else None
        fmt = doc.get("_format")
        art = extract(raw, url=doc.get("url"), options=self.options, recurring=recurring,
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


def key_hash_of_key(key: str) -> int:
    """64-bit hash of a line key (xxh64 of its UTF-8 bytes; stable across processes)."""
    return xxhash.xxh64_intdigest(key.encode("utf-8"))


def read_steps(options: ExtractOptions) -> list:
    """Steps of the ``read`` stage that collect what extraction needs from the whole run."""
    return [LineStatsCollector(options)] if options.use_run_stats else []


def read_barrier(options: ExtractOptions):
    """The barrier that merges what :func:`read_steps` collected (None: nothing to merge)."""
    return LineStatsBarrier(options) if options.use_run_stats else None
