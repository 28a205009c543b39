"""The shipped memo tables (``palayesh/data/zwnj-chunks.pickle.gz``, :mod:`palayesh.normalize.chunktable`):
the ZWNJ restorer's memo entries of the lexicon's word forms and of what the news asks most (chunk tuples,
pair codes, margins, the model's agreements), computed at build time. They may only make the restorer
faster: every entry is what the live code computes (a change of the rules or of the resources without
``scripts/build_zwnj_chunks.py`` fails here), and the output is the same with and without them."""
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
    "رئیس جمهوری در سفر به تهران گفت مردم اند و نقشه حساب شده انگشت",  # spaced pairs for the model to decide
    "دعوتنامه و سرمایهگذاری و تصمیمگیری بزرگترین ارزشها",  # glued compounds in a line that lost its ZWNJs
]


def _script():
    spec = importlib.util.spec_from_file_location("palayesh_build_zwnj_chunks", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def tables() -> dict:
    resources.load(), gapmodel.load()
    return chunktable.load()


@pytest.fixture(scope="module")
def shipped(tables) -> dict:
    return tables.get("chunks", {})


def _without_tables(norm: Normalizer) -> Normalizer:
    r = norm._restorer()
    r._table, r._chunks, r._pairs, r._margins, r._agrees, r._ins_memo = {}, {}, {}, {}, {}, {}
    return norm


@pytest.mark.parametrize("name", chunktable.MEMOS)
def test_every_shipped_entry_is_what_the_live_code_computes_now(tables, name):
    # every entry recomputed by the live code from empty memos: a rule, resource or model change that
    # moves any memo entry fails here until the tables are rebuilt
    assert tables, "zwnj-chunks.pickle.gz is missing or does not fit the shipped resources: rebuild it"
    script = _script()
    restorer, table = script.fresh(), tables[name]
    assert table and list(table) == sorted(table)
    stale = [k for k, v in table.items() if script.compute(restorer, name, k) != v]
    assert not stale, f"{len(stale)} stale {name}, e.g. {stale[:3]}: run scripts/build_zwnj_chunks.py"


def test_the_chunk_table_holds_the_resources_word_forms_and_their_gaps(tables, shipped):
    # the package-derived part of the build (the news part is checked entry by entry above): every word form
    # the build chooses from the resources alone is shipped, and so is the margin of every gap they name
    script = _script()
    built = script.build()
    assert set(built) <= set(shipped)
    assert set(script.resource_gaps(built)) <= set(tables["margins"])


def test_a_restorer_of_the_shipped_data_starts_with_the_table(tables, shipped):
    r = Normalizer()._restorer()
    assert r._table == shipped and r._chunks == shipped and r._chunks is not r._table  # (its own copy)
    assert (r._pairs, r._margins, r._agrees, r._ins_memo) == (
        tables["pairs"], tables["margins"], tables["agrees"], tables["ins"])
    r.restore_line("کتابهایِ ززززززها", Counter())
    r.restore_line("ززززززها ووووو های", Counter())
    assert len(r._chunks) > len(shipped) and len(r._pairs) > len(tables["pairs"])
    fresh = Normalizer()._restorer()  # (a run's entries stay in its own restorer)
    assert fresh._chunks == shipped and fresh._pairs == tables["pairs"] and fresh._pairs is not r._pairs


def test_other_resources_or_no_model_get_no_table(shipped):
    res = resources.load()
    def memos(r):
        return r._chunks, r._pairs, r._margins, r._agrees, r._ins_memo

    none = ({}, {}, {}, {}, {})
    assert memos(Z.ZwnjRestorer(res, model=None)) == none  # (--no-zwnj-model: other end bits)
    other = resources.ZwnjResources(forms=dict(res.forms), vocab=dict(res.vocab))
    assert memos(Z.ZwnjRestorer(other, model=gapmodel.load())) == none
    assert memos(Normalizer(NormalizeOptions(zwnj_model=False))._restorer()) == none


def test_added_pairs_drop_the_table(shipped):
    r = Normalizer()._restorer()
    r.add_pairs(["زززز|ووووو"])  # (the trainer's: the end bits and the pair codes change)
    assert r._chunks == {} and r._table == {} and r._pairs == {} and r._agrees == {}
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
    without = _without_tables(Normalizer(stream=stream))
    for line in LINES + [x.replace(" ", "") for x in LINES[:2]]:
        assert with_table.normalize_with_edits(line) == without.normalize_with_edits(line), line
        assert with_table.explain(line) == without.explain(line), line


def test_a_damaged_or_foreign_table_is_not_used(shipped, caplog):
    with caplog.at_level(logging.WARNING):
        assert chunktable.load(b"not a table") == {}
    assert "unreadable" in caplog.text
    import gzip
    import pickle

    table = {name: {} for name in chunktable.MEMOS} | {"chunks": {"x": (1,)}}
    fmt, res_crc, model_crc, got = pickle.loads(gzip.decompress(chunktable.dumps(table)))
    assert (fmt, res_crc, model_crc) == (chunktable.FORMAT, *chunktable.data_crcs()) and got == table
    assert chunktable.load(chunktable.dumps(table)) == table
    assert chunktable.load(chunktable.dumps({"chunks": {"x": (1,)}})) == {}  # (a table missing)
    other = gzip.compress(pickle.dumps((fmt, res_crc + 1, model_crc, table), protocol=4))
    assert chunktable.load(other) == {}  # (built from other resources)
    other = gzip.compress(pickle.dumps((fmt + 1, res_crc, model_crc, table), protocol=4))
    assert chunktable.load(other) == {}  # (another layout)
