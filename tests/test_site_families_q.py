"""Family set Q's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import shutil

import pytest

import family_pages
from site_families_q import AGENCIES, FAMILIES, HOSTS, build, canon, credited_agency

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body",
          "blockquote", "time"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(t) for f in HOSTS.values() for *_, t in f}
    | {canon(h) for h in ("خانه", "صفحه اصلی", "صفحه نخست")},
    min_sites=20, html_share=(0.25, 0.5), min_clusters=10, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.9, 1.01), ("lead", 0.1, 0.5), ("agency", 0.5, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("q")
    return out, build(out, n=240, seed=141)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=141)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=141, families=FAMILIES[4:])
    assert {r["family"] for r in rows} == set(FAMILIES[4:])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[4:] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_windows_1256_pages_declare_it(run):
    out, rows = run
    old = [r for r in rows if r["family"] == "old_table_daily" and r["format"] == "html"]
    cp = [r for r in old if b"windows-1256" in (out / "pages" / r["file"]).read_bytes()]
    assert cp and len(cp) < len(old)
    for r in cp:
        raw = (out / "pages" / r["file"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "&#1740;" in raw.decode("cp1256")  # ی, which the code page lacks, as a reference


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    out, rows = run
    copy = tmp_path / "utf8"  # the gold checks read pages as UTF-8: a copy with the 1256 pages decoded
    shutil.copytree(out, copy)
    for r in rows:
        path = copy / "pages" / r["file"]
        raw = path.read_bytes()
        if b"charset=windows-1256" in raw:
            path.write_text(raw.decode("cp1256"), encoding="utf-8")
    family_pages.check_gold(copy, rows, GOLD, tmp_path)
