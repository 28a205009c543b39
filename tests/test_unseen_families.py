"""Extraction and filtering on page families the dev pages do not have (tests/unseen_families.py).

The generated families vary the chrome, header/tail layout, date formats and HTML structure of
Persian news sites; the floors sit a little below what the extractor reaches, so a change that
only fits the dev families shows up here.
"""
import importlib.util
import sys
from pathlib import Path

from palayesh import refine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import unseen_families  # noqa: E402

FLOORS = {  # reached: 1.0 everywhere on this seed (0.99-1.0 on others); before the fixes 0.38-0.99
    "title_exact": 0.97,
    "section_match": 0.97,
    "agency_match": 0.97,
    "lead_match": 0.97,
    "published_match": 0.97,
    "body_f1": 0.98,
    "negatives_rejected": 0.93,
    "dup_f1": 0.95,
}
CEILINGS = {"chrome_leak_rate": 0.02, "articles_wrongly_rejected": 0.02, "published_false_on_undated": 0.0}


def _scorer(shared):
    spec = importlib.util.spec_from_file_location("score_pages", shared / "tools" / "score_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_unseen_families_score_above_floors(tmp_path, shared):
    gen = tmp_path / "gen"
    rows = unseen_families.build(gen, n=150, seed=1401)
    assert len(rows) == 150 and len({r["family"] for r in rows}) == 7
    out = tmp_path / "out"
    refine(gen / "pages", out, workers=2, progress="none")
    rep = _scorer(shared).score(str(gen / "gold.jsonl"), str(out))
    assert rep["counts"]["missing_ids"] == 0
    low = {k: rep[k] for k, v in FLOORS.items() if rep[k] < v}
    high = {k: rep[k] for k, v in CEILINGS.items() if rep[k] > v}
    assert not low and not high, (low, high)


def test_generator_is_deterministic(tmp_path, shared):
    a = unseen_families.build(tmp_path / "a", n=20, seed=7)
    b = unseen_families.build(tmp_path / "b", n=20, seed=7)
    assert [r["id"] for r in a] == [r["id"] for r in b]
