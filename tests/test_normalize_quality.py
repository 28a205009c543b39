"""Quality gate: ZWNJ restoration scores on the zwnj-dev treebank sentences may not regress.

Runs the shared scorer's own corruption and comparison code (``../shared/tools/score_zwnj.py``)
in-process on ``../shared/data/zwnj-dev/*.txt``; the floors are gate ``zwnj_dev`` of tests/floors.toml.
"""
from __future__ import annotations

import importlib.util
import random
from collections import Counter
from pathlib import Path

import pytest

import floors

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "data" / "zwnj-dev"
SCORER = SHARED / "tools" / "score_zwnj.py"
ZWNJ = "\u200c"

GATE = floors.gate("zwnj_dev")

pytestmark = pytest.mark.skipif(
    not DEV.is_dir() or not SCORER.is_file(), reason=f"zwnj-dev data or scorer not found under {SHARED}"
)


@pytest.fixture(scope="module")
def report():
    floors.measured("zwnj_dev")
    spec = importlib.util.spec_from_file_location("score_zwnj", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from palayesh.normalize import Normalizer

    gold = []
    for path in sorted(DEV.glob("*.txt")):
        gold += [line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip()]
    out = {}
    for how in ("deleted", "spaced", "clean", "mixed"):
        norm = Normalizer()  # a fresh one per mode, as the CLI would be
        counts = Counter()
        rng = random.Random(GATE.params["mixed_seed"])
        for g in gold:
            if how == "mixed":  # not one of the scorer's modes (see the gate)
                raw = "".join(rng.choice((ZWNJ, "", " ")) if ch == ZWNJ else ch for ch in g)
            else:
                raw = scorer.corrupt(g, how)
            scorer.compare(g, norm.normalize(raw), counts)
        prec = counts["tp_zwnj"] / counts["pred_zwnj"] if counts["pred_zwnj"] else 0.0
        rec = counts["tp_zwnj"] / counts["gold_zwnj"] if counts["gold_zwnj"] else 0.0
        out[how] = {
            "zwnj_precision": prec,
            "zwnj_recall": rec,
            "zwnj_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "gap_error_rate": counts["wrong_gaps"] / max(1, counts["gaps"]),
            "skeleton_mismatch": counts["skeleton_mismatch"],
        }
    return out


@pytest.mark.parametrize("how", sorted(set(GATE.min) | set(GATE.max)))
def test_zwnj_scores_hold(report, how):
    # "clean": text written correctly is left alone
    low, high = floors.below(report[how], GATE.min.get(how, {})), floors.above(report[how], GATE.max.get(how, {}))
    assert not low and not high, (how, low, high, report[how])


def test_letters_never_change(report):
    # normalization may fold letters (ي -> ی), never add, drop or reorder them
    assert all(r["skeleton_mismatch"] == 0 for r in report.values()), report


def test_second_pass_changes_nothing():
    """Idempotence on every corruption of every dev sentence (the properties test random text; these
    are the lines where one pass's joins and splits could change how a second pass judges the line)."""
    from palayesh.normalize import Normalizer

    norm = Normalizer()
    rng = random.Random(3)
    unstable = []
    for path in sorted(DEV.glob("*.txt")):
        for g in (line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip()):
            mixed = "".join(rng.choice((ZWNJ, "", " ")) if ch == ZWNJ else ch for ch in g)
            for raw in (g, g.replace(ZWNJ, ""), g.replace(ZWNJ, " "), mixed):
                once = norm.normalize(raw)
                if norm.normalize(once) != once:
                    unstable.append(raw)
    assert not unstable, unstable[:5]
