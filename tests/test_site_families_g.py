"""Family set G's generator (held out): deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import importlib.util
import json
import re
from pathlib import Path

import pytest

import family_pages
from site_families_g import FAMILIES, build, canon

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_pages.py"
BLOCKS = {"p", "div", "li", "ul", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header", "footer",
          "nav", "table", "tr", "td", "form", "br", "title", "body", "blockquote"}


def page_lines(path: Path) -> list[str]:
    return family_pages.page_lines(path, BLOCKS)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("g")
    return out, build(out, n=200, seed=41)


def test_same_seed_same_pages(run, tmp_path):
    out, rows = run
    again = build(tmp_path / "a", n=200, seed=41)
    assert again == rows
    assert sorted(p.name for p in (out / "pages").iterdir()) == sorted(r["file"] for r in rows)
    assert [(tmp_path / "a" / "pages" / r["file"]).read_bytes() for r in rows] == \
        [(out / "pages" / r["file"]).read_bytes() for r in rows]
    assert build(tmp_path / "b", n=60, seed=42) != build(tmp_path / "c", n=60, seed=41)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=41, families=FAMILIES[:4])
    assert {r["family"] for r in rows} == set(FAMILIES[:4])


def test_gold_is_well_formed(run):
    out, rows = run
    kinds = collections.Counter(r["kind"] for r in rows)
    assert kinds["article"] >= 0.88 * len(rows) and sum(kinds[k] for k in ("listing", "chrome_only", "empty")) >= 8
    assert len({r["family"] for r in rows}) == 8 and len({r["site"] for r in rows}) >= 24
    fmts = collections.Counter(r["format"] for r in rows)
    assert 0.2 < fmts["html"] / len(rows) < 0.5
    clusters = collections.Counter(r["cluster"] for r in rows if r["cluster"])
    assert clusters and all(v == 2 for v in clusters.values())
    sizes = collections.Counter(min(len(r["body_paragraphs"]), 11) for r in rows if r["kind"] == "article")
    assert sizes[2] and sizes[11] and len(sizes) >= 8
    for r in rows:
        assert r["id"] == r["file"].rsplit(".", 1)[0] and r["format"] == r["file"].rsplit(".", 1)[1]
        if r["kind"] != "article":
            assert not r["body_paragraphs"] and r["title"] is None and r["published_iso"] is None
            continue
        assert r["title"] and r["body_paragraphs"] and r["agency"] in ("فارس", "ورزش سه") and r["chrome_lines"]
        if r["published_iso"]:
            # the scorer compares published_iso whole, so it is the day; the time (Tehran offset) is beside it
            assert len(r["published_iso"]) == 10 and r["published_jalali"][:2] in ("13", "14")
            t = r["published_time"]
            assert t[:10] == r["published_iso"] and (len(t) == 10 or t[-6:] in ("+03:30", "+04:30"))
    arts = [r for r in rows if r["kind"] == "article"]
    assert 0.5 * len(arts) < sum(1 for r in arts if r["section"]) < 0.95 * len(arts)
    assert 0.6 * len(arts) < sum(1 for r in arts if r["published_iso"]) < 0.97 * len(arts)
    assert 0.3 * len(arts) < sum(1 for r in arts if r["lead"]) < 0.9 * len(arts)
    # stories are not near-copies of each other unless gold says so (only republished copies share text)
    owner: dict[str, str] = {}
    for r in arts:
        for p in r["body_paragraphs"]:
            for s in re.split(r"(?<=[.!؟?])\s+", p):
                if len(s) > 30:
                    assert owner.setdefault(canon(s), r["source_key"]) == r["source_key"], (r["file"], s[:40])


def test_story_text_is_on_the_page_unchanged(run):
    """Every gold paragraph is a line of the page; title, lead, section and agency are on it too."""
    out, rows = run
    for r in rows:
        if r["kind"] != "article":
            continue
        lines = page_lines(out / "pages" / r["file"])
        text = "\n".join(lines)
        for p in r["body_paragraphs"]:
            assert p.strip() in lines, (r["file"], p[:60])
        assert r["title"] in lines and (r["lead"] is None or r["lead"] in lines)
        assert r["section"] is None or r["section"] in text
        assert r["agency"] in text.replace("خبرگزاری ", "")
        for c in r["chrome_lines"]:
            assert c in text, (r["file"], c)
        body = [canon(p) for p in r["body_paragraphs"]]
        assert not any(canon(c) in body for c in r["chrome_lines"])


def test_a_perfect_output_scores_perfectly(run, tmp_path):
    out, _ = run
    spec = importlib.util.spec_from_file_location("score_pages", SCORER)
    sp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sp)
    sp.make_perfect(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    rep = sp.score(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    assert rep["chrome_leak_rate"] == 0.0 and rep["body_f1"] == 1.0 and rep["title_exact"] == 1.0
    assert rep["section_match"] == 1.0 and rep["published_match"] == 1.0 and rep["agency_match"] == 1.0
    assert rep["lead_match"] == 1.0 and rep["negatives_rejected"] == 1.0 and rep["dup_f1"] == 1.0
    assert json.loads((out / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
