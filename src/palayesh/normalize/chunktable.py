"""The shipped memo tables: the ZWNJ restorer's memo entries of the word forms its resources know and of
the chunks, pairs and gaps the news meets most, computed once at build time (``scripts/build_zwnj_chunks.py``)
instead of in every run.

A chunk's memo tuple (:meth:`.zwnj.ZwnjRestorer._chunk`: its restorations in each mode, its ends'
bits, its second reading …) is a pure function of the chunk, the resources and the gap model: no line,
document, trace or learned pair enters it (:meth:`~.zwnj.ZwnjRestorer.add_pairs`, the trainer's, empties
the memo). So are a spaced pair's code (``_pair_memo``), a gap's line-free margin (``_margin``'s static
part), whether the model agrees with the rules on a glued chunk in a line that lost its ZWNJs
(``_model_agrees``) and the ZWNJs a restoration inserts into a chunk (``_insertions``). A fresh restorer
of the shipped resources and model starts with these tables in its memos,
so a glued lexicon word («برنامههای», ~20 µs to restore: four modes, the insertions, the second
reading) costs a dict look-up from the first line on. Output is the same byte for byte: the tables hold
what the live code computes (``tests/test_normalize_chunktable.py`` recomputes every entry, so a change of
the rules without a rebuild fails there), and tables built from other resource or model bytes are not used.

The file (``zwnj-chunks.pickle.gz``) is gzip of a pickle (protocol 4) of
``(FORMAT, resources CRC-32, model CRC-32, {memo name: {key: value}})`` (the names: :data:`MEMOS`), read in
~0.1 s: tables of strings and numbers of our own build, loaded like the package's code; anything wrong with
it (missing, another format, other resources) leaves the restorer computing every entry as before.
"""
from __future__ import annotations

import gzip
import logging
import pickle
import zlib
from importlib import resources as _ir

log = logging.getLogger(__name__)

TABLE = "zwnj-chunks.pickle.gz"
#: the layout of the memo tuples (``zwnj.S_*``) and of the file; a change of either bumps it
FORMAT = 2
#: the restorer's memos the file holds: chunk tuples, spaced pair codes, line-free margins of gaps
#: (kind, a, b, code), the model's agreement on a glued chunk (chunk, the rules' text, mode, signs), the
#: ZWNJs a restoration inserts into a chunk (chunk, restored text)
MEMOS = ("chunks", "pairs", "margins", "agrees", "ins")


def data_crcs() -> tuple[int, int]:
    """The CRC-32 of the shipped resource file and of the shipped model file (0 if it is missing)."""
    from .gapmodel import MODEL
    from .resources import RESOURCE

    base = _ir.files("palayesh") / "data"
    out = []
    for name in (RESOURCE, MODEL):
        f = base / name
        out.append(zlib.crc32(f.read_bytes()) if f.is_file() else 0)
    return out[0], out[1]


def dumps(tables: dict) -> bytes:
    """The file's bytes for ``tables`` ({memo name: {key: value}}, built from the shipped resources and
    model); deterministic for tables built in a fixed order."""
    return gzip.compress(pickle.dumps((FORMAT, *data_crcs(), tables), protocol=4), compresslevel=9, mtime=0)


def load(raw: bytes | None = None) -> dict:
    """The shipped tables ({memo name of :data:`MEMOS`: {key: value}}), or {} when there are none or they
    do not fit the shipped resources and model (then every entry is computed, as without tables).
    ``raw``: the file's bytes (default: read from the package)."""
    try:
        if raw is None:
            f = _ir.files("palayesh") / "data" / TABLE
            if not f.is_file():
                return {}
            raw = f.read_bytes()
        got = pickle.loads(gzip.decompress(raw))  # (our own build's data, see the module's docstring)
        fmt, res_crc, model_crc, tables = got
        if fmt != FORMAT or (res_crc, model_crc) != data_crcs() or not isinstance(tables, dict) or not all(
                isinstance(tables.get(name), dict) for name in MEMOS):
            log.info("%s does not fit the shipped resources: not used (rebuild: scripts/build_zwnj_chunks.py)",
                     TABLE)
            return {}
        return tables
    except Exception as e:  # (a damaged file costs speed, never output)
        log.warning("%s unreadable (%s): not used", TABLE, e)
        return {}
