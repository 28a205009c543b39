"""Family set M's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import pytest

import family_pages
from site_families_m import AGENCIES, FAMILIES, HOMES, HOSTS, build, canon, credited_agency

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "figure", "figcaption", "blockquote", "br", "title", "body", "iframe", "button"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(t) for f in HOSTS.values() for *_, t in f}
    | {canon(h) for h in HOMES if h},
    min_sites=22, html_share=(0.7, 0.9), min_clusters=10, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.99, 1.01), ("lead", 0.2, 0.6), ("agency", 0.6, 0.95),
            ("surtitle", 0.0, 0.15)),
    agencies_seen=frozenset({"فارس", "ورزش سه", "مهر", "ایسنا", None}))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("m")
    return out, build(out, n=240, seed=101)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=101)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=101, families=FAMILIES[4:])
    assert {r["family"] for r in rows} == set(FAMILIES[4:])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[4:] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_saved_page_shapes(run):
    """HTML pages carry what a browser saves: lazy images, scripts in a long head, AMP or print variants."""
    out, rows = run
    pages = [(out / "pages" / r["file"]).read_text(encoding="utf-8") for r in rows if r["format"] == "html"]
    assert all("<script" in p and "<head>" in p for p in pages)
    assert sum("data-src=" in p for p in pages) > len(pages) // 2
    assert any("<html amp" in p for p in pages) and any("window.print()" in p for p in pages)
    assert any('"BreadcrumbList"' in p for p in pages) and any("article:section" in p for p in pages)


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)


def test_credited_agency_reads_the_zwnj_spelling():
    assert credited_agency(['به گزارش "ورزش\u200cسه"، تیم روز گذشته بازی کرد.']) == "ورزش سه"
    assert credited_agency(["وی در گفت‌وگو با ایسنا افزود.", "به گزارش خبرگزاری مهر، ..."]) == "مهر"
