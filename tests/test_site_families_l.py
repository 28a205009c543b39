"""Family set L's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import pytest

import family_pages
from site_families_h import canon
from site_families_l import AGENCIES_L as AGENCIES, FAMILIES, HOMES, HOSTS, build, credited

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(t) for f in HOSTS.values() for *_, t in f}
    | {canon(h) for h in HOMES if h},
    min_sites=24, html_share=(0.22, 0.4), min_clusters=10, max_paragraphs=30,  # (~70% flat text)
    shares=(("section", 0.5, 0.9), ("published_iso", 0.65, 0.95), ("lead", 0.2, 0.7), ("agency", 0.3, 0.8)),
    agencies_seen=frozenset({"فارس", "ورزش سه", "مهر", "ایسنا", None}),
    broken_lines=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("l")
    return out, build(out, n=200, seed=91)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=200, seed=91)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=91, families=FAMILIES[4:])
    assert {r["family"] for r in rows} == set(FAMILIES[4:])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[4:] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)


def test_flat_text_breaks_some_paragraphs_across_lines(run):
    """A flat-text page breaks some paragraphs at a link or at a column: consecutive lines, joined by a space."""
    out, rows = run
    broken = 0
    for r in rows:
        if r["kind"] == "article" and r["format"] == "txt":
            lines = family_pages.page_lines(out / "pages" / r["file"], BLOCKS)
            broken += sum(1 for p in r["body_paragraphs"] if p not in lines and family_pages.consecutive(lines, p))
    assert broken > 20
