"""The shipped chunk table (``palayesh/data/zwnj-chunks.pickle.gz``, :mod:`palayesh.normalize.chunktable`):
the ZWNJ restorer's memo tuples of the lexicon's word forms, computed at build time. It may only make the
restorer faster: every entry is what the live code computes (a change of the rules or of the resources
without ``scripts/build_zwnj_chunks.py`` fails here), and the output is the same with and without it."""
from __future__ import annotations

import importlib.util
import logging
from collections import Counter
from pathlib import Path

import pytest

from palayesh.normalize import NormalizeOptions, Normalizer, chunktable, gapmodel, resources, zwnj as Z

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_zwnj_chunks.py"

LINES = [
    "برنامههای بین المللی میروند",  # glued plural after ه, a spaced compound, a glued verb prefix
    "اقدام های تازه ترین کتابها در سالهای ۱۳۹۹ و ۱۴۰۰",  # spaced affixes beside glued ones, numbers
    "«سرمایهگذاریها»، دعوتنامههای رسمی: همچنین میشود.",  # marks around glued words
    "یک زمینهای کشاورزی و زمینهای بازی",  # the two readings of a glued «…های»
    "عبداللهبنعباس و ایرنا (IRNA) گزارش داد",  # a glued patronym, Latin letters
    "او میگوید که دانشگاه‌های کشور فعالند",  # a line with a typed ZWNJ beside a glued slip
]


def _script():
    spec = importlib.util.spec_from_file_location("palayesh_build_zwnj_chunks", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def shipped() -> dict:
    resources.load(), gapmodel.load()
    return chunktable.load()


def test_the_shipped_table_is_what_the_build_computes_now(shipped):
    # every entry recomputed by the live code from an empty memo: a rule, resource or model change that
    # moves any memo tuple (or the choice of words) fails here until the table is rebuilt
    assert shipped, "zwnj-chunks.pickle.gz is missing or does not fit the shipped resources: rebuild it"
    built = _script().build()
    assert list(built) == list(shipped)
    stale = [k for k in built if built[k] != shipped[k]]
    assert not stale, f"{len(stale)} stale entries, e.g. {stale[:3]}: run scripts/build_zwnj_chunks.py"


def test_a_restorer_of_the_shipped_data_starts_with_the_table(shipped):
    r = Normalizer()._restorer()
    assert r._table == shipped and r._chunks == shipped and r._chunks is not r._table  # (its own copy)
    r.restore_line("کتابهایِ ززززززها", Counter())
    assert len(r._chunks) > len(shipped)
    assert Normalizer()._restorer()._chunks == shipped  # (a run's chunks stay in its own restorer)


def test_other_resources_or_no_model_get_no_table(shipped):
    res = resources.load()
    assert Z.ZwnjRestorer(res, model=None)._chunks == {}  # (--no-zwnj-model: other end bits)
    other = resources.ZwnjResources(forms=dict(res.forms), vocab=dict(res.vocab))
    assert Z.ZwnjRestorer(other, model=gapmodel.load())._chunks == {}
    assert Normalizer(NormalizeOptions(zwnj_model=False))._restorer()._chunks == {}


def test_added_pairs_drop_the_table(shipped):
    r = Normalizer()._restorer()
    r.add_pairs(["زززز|ووووو"])  # (the trainer's: the end bits change)
    assert r._chunks == {} and r._table == {}
    assert Normalizer()._restorer()._chunks == shipped


def test_an_emptied_memo_starts_again_with_the_table(shipped, monkeypatch):
    r = Normalizer()._restorer()
    monkeypatch.setattr(Z, "MAX_MEMO", len(shipped) + 2)
    for i in range(5):
        r._chunk("ککک" + "ب" * i)
    assert len(r._chunks) <= len(shipped) + 3 and all(k in r._chunks for k in list(shipped)[:50])


@pytest.mark.parametrize("stream", [False, True])
def test_the_output_is_the_same_without_the_table(shipped, stream):
    with_table = Normalizer(stream=stream)
    without = Normalizer(stream=stream)
    r = without._restorer()
    r._table, r._chunks = {}, {}
    for line in LINES + [x.replace(" ", "") for x in LINES[:2]]:
        assert with_table.normalize_with_edits(line) == without.normalize_with_edits(line), line
        assert with_table.explain(line) == without.explain(line), line


def test_a_damaged_or_foreign_table_is_not_used(shipped, caplog):
    with caplog.at_level(logging.WARNING):
        assert chunktable.load(b"not a table") == {}
    assert "unreadable" in caplog.text
    import gzip
    import pickle

    fmt, res_crc, model_crc, table = pickle.loads(gzip.decompress(chunktable.dumps({"x": (1,)})))
    assert (fmt, res_crc, model_crc) == (chunktable.FORMAT, *chunktable.data_crcs()) and table == {"x": (1,)}
    other = gzip.compress(pickle.dumps((fmt, res_crc + 1, model_crc, table), protocol=4))
    assert chunktable.load(other) == {}  # (built from other resources)
    other = gzip.compress(pickle.dumps((fmt + 1, res_crc, model_crc, table), protocol=4))
    assert chunktable.load(other) == {}  # (another layout)
