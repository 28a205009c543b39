"""Family set J's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import pytest

import family_pages
from site_families_h import AGENCIES
from site_families_j import FAMILIES, HOMES, HOSTS, VERSES, build, canon, credited_agency

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body", "time"}
VERSE_LINES = frozenset(m for v in VERSES for m in v)
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(h) for h in HOMES if h},
    min_sites=24, html_share=(0.15, 0.35), min_clusters=8,
    shares=(("section", 0.45, 0.85), ("lead", 0.3, 0.8), ("agency", 0.5, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}),
    shared_paragraphs=VERSE_LINES,  # (a verse is quoted by many stories)
    titles_inside_chrome=True)  # (related items carry more than the title)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("j")
    return out, build(out, n=240, seed=71)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=71)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=71, families=FAMILIES[::2])
    assert {r["family"] for r in rows} == set(FAMILIES[::2])
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_credited_agency():
    assert credited_agency(['به گزارش "ورزش \u200cسه"، نساجی تنها تیمی بود.']) == "ورزش سه"
    assert credited_agency(["به گزارش خبرگزاري فارس از تهران، جلسه برگزار شد."]) == "فارس"
    assert credited_agency(["در مهر ماه گذشته بازی برگزار شد."]) is None


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)


def test_every_story_is_dated_and_some_quote_verses(run):
    arts = [r for r in run[1] if r["kind"] == "article"]
    assert all(r["published_iso"] for r in arts)
    assert any(p in VERSE_LINES for r in arts for p in r["body_paragraphs"])
