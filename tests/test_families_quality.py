"""Extraction quality on generated site families the extractor was developed on (families A and C,
written without reading the extractor; see tests/site_families_a.py and site_families_c.py).

Family set B (tests/site_families_b.py) is the held-out set: it is only scored, never developed
on (``python bench/score_families.py``), so it has no floors here. The floors sit a little under
what the extractor reaches on these seeds; lowering one needs a reviewed change.
"""
import importlib.util

import pytest

from palayesh import refine

import site_families_a
import site_families_c

#: (name, module, n, seed, floors, ceilings); reached on 2026-11-30 at n=200 (fewer pages a site
#: than at n=400, so the run teaches less): A title .994 section .829 agency .914 published .989
#: body .943 leak .085 negatives .92; C title .983 section .948 agency .936 published .959 body .840 leak .382
#: negatives .75
CASES = [
    ("families_a", site_families_a, 200, 11,
     {"title_exact": 0.97, "section_match": 0.8, "agency_match": 0.89, "published_match": 0.96,
      "body_f1": 0.92, "negatives_rejected": 0.9},
     {"chrome_leak_rate": 0.11, "articles_wrongly_rejected": 0.02}),
    ("families_c", site_families_c, 200, 7,
     {"title_exact": 0.96, "section_match": 0.92, "agency_match": 0.91, "published_match": 0.93,
      "body_f1": 0.82, "negatives_rejected": 0.7},
     {"chrome_leak_rate": 0.41, "articles_wrongly_rejected": 0.02}),
]


def _scorer(shared):
    spec = importlib.util.spec_from_file_location("score_pages", shared / "tools" / "score_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name, gen, n, seed, floors, ceilings", CASES, ids=[c[0] for c in CASES])
def test_family_scores(tmp_path, shared, name, gen, n, seed, floors, ceilings):
    gen.build(tmp_path / "gen", n=n, seed=seed)
    out = tmp_path / "out"
    refine(tmp_path / "gen" / "pages", out, workers=2, progress="none")
    rep = _scorer(shared).score(str(tmp_path / "gen" / "gold.jsonl"), str(out))
    assert rep["counts"]["missing_ids"] == 0
    low = {k: rep[k] for k, v in floors.items() if rep[k] < v}
    high = {k: rep[k] for k, v in ceilings.items() if rep[k] > v}
    assert not low and not high, (name, low, high)
