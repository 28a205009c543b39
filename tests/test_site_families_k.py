"""Family set K's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import re

import pytest

import family_pages
from site_families_h import AGENCIES, credited_agency
from site_families_k import FAM, FAMILIES, HOMES, build, canon

#: blocks of a visible line; table cells stay on their row's line (a row is one story line)
BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "figure", "figcaption", "form", "br", "title", "body", "blockquote",
          "time"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(n) for f in FAM.values() for _, n, _ in f["hosts"]}
    | {canon(t) for f in FAM.values() for *_, t in f["hosts"]} | {canon(h) for h in HOMES if h},
    min_sites=24, html_share=(0.4, 0.62), min_clusters=10,
    shares=(("section", 0.55, 0.95), ("published_iso", 0.8, 1.0), ("lead", 0.1, 0.6), ("agency", 0.45, 0.85),
            ("surtitle", 0.03, 0.4)),
    agencies_seen=frozenset({"فارس", "ورزش سه", "مهر", "ایسنا", None}),
    table_rows=True, labelled_leads=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("k")
    return out, build(out, n=200, seed=81)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=200, seed=81)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=81, families=FAMILIES[::2])
    assert {r["family"] for r in rows} == set(FAMILIES[::2])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[::2] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["film_review"])


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)


def test_sections_are_the_families_and_stories_have_short_lines(run):
    arts = [r for r in run[1] if r["kind"] == "article"]
    sections = {s for f in FAM.values() for s in f["sections"]}
    assert all(r["section"] is None or r["section"] in sections for r in arts)
    short = sum(1 for r in arts for p in r["body_paragraphs"] if len(p) < 60)
    assert short > 40  # list items, quotes, questions and table rows are story lines


def test_html_pages_carry_their_dates(run):
    """An HTML page dated only by its metas has them; a UTC stamp still gives the local (Tehran) day."""
    out, rows = run
    utc = 0
    for r in rows:
        if r["kind"] != "article" or r["format"] != "html" or not r["published_time"]:
            continue
        raw = (out / "pages" / r["file"]).read_text(encoding="utf-8")
        stamps = re.findall(r'(?:datetime="|content="|"datePublished": ")(\d{4}-\d\d-\d\dT[\d:]+(?:Z|[+-]\d\d:\d\d))',
                            raw)
        for s in stamps:
            if s.endswith("Z"):
                utc += 1
        if len(r["published_time"]) > 10 and stamps:
            assert r["published_time"] in stamps or any(s.endswith("Z") for s in stamps), r["file"]
    assert utc
