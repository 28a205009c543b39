"""Every family split ``bench/score_families.py`` scores names families its set's generator has: a split
list edited by hand (a family renamed in another set's commit) would make a held set unbuildable, and the
scoring run would stop on it only after the sets before it had run."""
from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "score_families.py"


def _bench():
    spec = importlib.util.spec_from_file_location("score_families_sets", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


BENCH_MOD = _bench()
SPLIT = sorted(name for name, entry in BENCH_MOD.SETS.items() if len(entry) > 2)


@pytest.mark.parametrize("name", SPLIT)
def test_split_names_known_families(name):
    module, _seed, families = BENCH_MOD.SETS[name]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    gen = importlib.import_module(module)
    known = list(gen.FAMILIES)
    assert families and len(set(families)) == len(families)
    assert [f for f in families if f not in known] == []


def test_each_sets_halves_part_its_families():
    """A set scored as two halves (``xdev`` / ``xheld``) parts its families: none in both halves."""
    halves: dict[str, list[set[str]]] = {}
    for name in SPLIT:
        module, _seed, families = BENCH_MOD.SETS[name]
        halves.setdefault(module, []).append(set(families))
    for module, parts in halves.items():
        for i, a in enumerate(parts):
            for b in parts[i + 1:]:
                assert not a & b, (module, sorted(a & b))
