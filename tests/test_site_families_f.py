"""Family set F's generator (held out): deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import html
import importlib.util
import json
from pathlib import Path

import pytest

import family_pages
from site_families_f import build

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_pages.py"
BLOCKS = {"p", "div", "li", "ul", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header", "footer",
          "nav", "table", "tr", "td", "figcaption", "form", "label", "button", "br", "title", "body"}


def page_lines(path: Path) -> list[str]:
    return family_pages.page_lines(path, BLOCKS)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("f")
    return out, build(out, n=160, seed=31)


def test_same_seed_same_pages(run, tmp_path):
    out, rows = run
    again = build(tmp_path / "a", n=160, seed=31)
    assert again == rows
    assert sorted(p.name for p in (out / "pages").iterdir()) == [r["file"] for r in rows]
    assert [(tmp_path / "a" / "pages" / r["file"]).read_bytes() for r in rows[:20]] == \
        [(out / "pages" / r["file"]).read_bytes() for r in rows[:20]]
    assert build(tmp_path / "b", n=60, seed=32) != build(tmp_path / "c", n=60, seed=31)


def test_gold_is_well_formed(run):
    out, rows = run
    kinds = collections.Counter(r["kind"] for r in rows)
    assert kinds["article"] >= 0.9 * len(rows) and sum(kinds[k] for k in ("listing", "chrome_only", "empty")) >= 5
    assert len({r["family"] for r in rows}) == 8 and len({r["site"] for r in rows}) >= 20
    fmts = collections.Counter(r["format"] for r in rows)
    assert 0.3 < fmts["html"] / len(rows) < 0.6
    clusters = collections.Counter(r["cluster"] for r in rows if r["cluster"])
    assert clusters and all(v == 2 for v in clusters.values())
    for r in rows:
        assert r["id"] == r["file"].rsplit(".", 1)[0] and r["format"] == r["file"].rsplit(".", 1)[1]
        if r["kind"] != "article":
            assert not r["body_paragraphs"] and r["title"] is None and r["published_iso"] is None
            continue
        assert r["title"] and r["body_paragraphs"] and r["agency"] in ("فارس", "ورزش سه") and r["chrome_lines"]
        if r["published_iso"]:
            assert len(r["published_iso"]) == 10 and r["published_jalali"][:2] in ("13", "14")
    assert sum(1 for r in rows if r["kind"] == "article" and r["section"]) > 0.6 * kinds["article"]


def test_story_text_is_on_the_page_unchanged(run):
    """Every gold paragraph (ZWNJs and all) is a line of the page; title and lead are on it too."""
    out, rows = run
    zwnj = 0
    for r in rows:
        if r["kind"] != "article":
            continue
        lines = page_lines(out / "pages" / r["file"])
        text = "\n".join(lines)
        for p in r["body_paragraphs"]:
            assert p.strip() in lines, (r["file"], p[:60])
            zwnj += p.count("\u200c")
        assert r["title"] in text and (r["lead"] is None or r["lead"] in text)
        for c in r["chrome_lines"][:8]:
            assert html.unescape(c) in text or c in text, (r["file"], c)
    assert zwnj > 100


def test_a_perfect_output_scores_perfectly(run, tmp_path):
    out, _ = run
    spec = importlib.util.spec_from_file_location("score_pages", SCORER)
    sp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sp)
    sp.make_perfect(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    rep = sp.score(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    assert rep["chrome_leak_rate"] == 0.0 and rep["body_f1"] == 1.0 and rep["title_exact"] == 1.0
    assert rep["section_match"] == 1.0 and rep["published_match"] == 1.0
    assert json.loads((out / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
