"""Loading the compact ZWNJ resources shipped in ``palayesh/data`` (built by
``scripts/build_normalize_data.py`` from the hazm/shekar lexicons and a news corpus).

Loaded once, on first use, in well under half a second.
"""
from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass, field
from importlib import resources as _ir

RESOURCE = "zwnj-resources.tsv.gz"


@dataclass
class ZwnjResources:
    #: glued skeleton -> spelling with ZWNJ: «برنامههای» -> «برنامه‌های»
    forms: dict = field(default_factory=dict)
    #: glued skeletons whose half-space spelling is safe even in text that already has ZWNJs
    strong_forms: set = field(default_factory=set)
    #: glued skeletons whose half-space spelling only the word lists give (no news writer does)
    listed_forms: set = field(default_factory=set)
    #: words fine glued -> frequency class 0-9 (log2 of sightings): «همچنین», «میدانی»
    vocab: dict = field(default_factory=dict)
    #: verb forms after می/نمی: «روند», «شود»
    verb_forms: set = field(default_factory=set)
    #: adjectives, the only bases of تر/ترین: «بزرگ»
    adjectives: set = field(default_factory=set)
    #: spaced pairs that are one word with a half-space: ("بین", "المللی")
    merge: set = field(default_factory=set)
    #: spaced pairs safe to join even in text that already has ZWNJs
    strong_merge: set = field(default_factory=set)
    #: spaced pairs only the word lists write with ZWNJ: joined only where the writer types spaces
    listed_merge: set = field(default_factory=set)
    #: spaced pairs that stay apart although a rule would join them
    keep: set = field(default_factory=set)
    #: compound heads written after ZWNJ -> share of half-space spellings: «نامه» 0.95
    heads: dict = field(default_factory=dict)
    #: compound first parts written before ZWNJ -> share of half-space spellings: «ضد» 0.9
    leads: dict = field(default_factory=dict)
    #: compound heads that hardly stand alone: «سازی», «گذاری»
    bound_heads: set = field(default_factory=set)
    #: how a suffix is written after a joining letter: {"تر": "join"}
    suffix_way: dict = field(default_factory=dict)
    #: neighbours that tell a glued «…های» apart: "<یک" (word before), ">است" (word after), ">#" (edge)
    #: -> log-likelihood ratio x 100 of «…ه‌ای» (indefinite) over «…‌های» (plural)
    context: dict = field(default_factory=dict)


_LOCK = threading.Lock()
_CACHE: ZwnjResources | None = None


def parse(lines) -> ZwnjResources:
    """Build :class:`ZwnjResources` from the lines of the resource file."""
    r = ZwnjResources()
    forms, merge, keep, heads, suffix_way = r.forms, r.merge, r.keep, r.heads, r.suffix_way
    for line in lines:
        kind, _, rest = line.partition("\t")
        if kind == "F":
            a, b, strong = rest.split("\t")
            forms[a] = b
            if strong == "2":
                r.strong_forms.add(a)
            elif strong == "0":
                r.listed_forms.add(a)
        elif kind == "M":
            a, b, strong = rest.split("\t")
            if strong == "0":
                r.listed_merge.add((a, b))
                continue
            merge.add((a, b))
            if strong == "2":
                r.strong_merge.add((a, b))
        elif kind == "K":
            a, _, b = rest.partition("\t")
            keep.add((a, b))
        elif kind[:1] == "V":
            if rest:
                r.vocab.update(dict.fromkeys(rest.split(" "), int(kind[1:])))
        elif kind == "S":
            r.verb_forms = set(rest.split(" "))
        elif kind == "B":
            r.bound_heads = set(rest.split(" "))
        elif kind == "A":
            r.adjectives = set(rest.split(" "))
        elif kind == "H":
            a, _, b = rest.partition("\t")
            heads[a] = float(b)
        elif kind == "L":
            a, _, b = rest.partition("\t")
            r.leads[a] = float(b)
        elif kind == "C":
            a, _, b = rest.partition("\t")
            r.context[a] = int(b)
        elif kind == "T":
            a, _, b = rest.partition("\t")
            suffix_way[a] = b
    return r


def load() -> ZwnjResources:
    """The shipped resources (cached after the first call)."""
    global _CACHE
    if _CACHE is None:
        with _LOCK:
            if _CACHE is None:
                raw = (_ir.files("palayesh") / "data" / RESOURCE).read_bytes()
                _CACHE = parse(gzip.decompress(raw).decode("utf-8").split("\n"))
    return _CACHE
