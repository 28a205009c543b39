"""Family set E's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import html
import importlib.util
import json
from pathlib import Path

from site_families_e import build

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_pages.py"


def test_same_seed_same_pages(tmp_path):
    a, b = build(tmp_path / "a", n=60, seed=23), build(tmp_path / "b", n=60, seed=23)
    assert a == b
    assert sorted(p.name for p in (tmp_path / "a" / "pages").iterdir()) == [r["file"] for r in a]
    assert build(tmp_path / "c", n=60, seed=24) != a


def test_gold_is_consistent(tmp_path):
    rows = build(tmp_path / "e", n=120, seed=23)
    kinds = {r["kind"] for r in rows}
    assert "article" in kinds and kinds & {"listing", "chrome_only", "empty"}
    assert len({r["family"] for r in rows}) >= 6 and len({r["site"] for r in rows}) >= 15
    for r in rows:
        page = html.unescape((tmp_path / "e" / "pages" / r["file"]).read_text(encoding="utf-8"))
        if r["kind"] == "article":
            assert r["title"] and r["body_paragraphs"] and r["agency"] and r["chrome_lines"]
            assert all(p in page for p in r["body_paragraphs"])
    # a perfect output scores perfectly: no gold chrome line lies inside the story's own text
    spec = importlib.util.spec_from_file_location("score_pages", SCORER)
    sp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sp)
    perfect = tmp_path / "perfect"
    sp.make_perfect(str(tmp_path / "e" / "gold.jsonl"), str(perfect))
    rep = sp.score(str(tmp_path / "e" / "gold.jsonl"), str(perfect))
    assert rep["chrome_leak_rate"] == 0.0 and rep["body_f1"] == 1.0 and rep["title_exact"] == 1.0
    assert json.loads((tmp_path / "e" / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
