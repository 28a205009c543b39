"""Family set R's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections

import pytest

import family_pages
from site_families_r import AGENCIES, FAMILIES, HOMES, HOSTS, build, canon, credited_agency

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body", "time"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(t) for f in HOSTS.values() for *_, t in f}
    | {canon(h) for h in HOMES if h},
    min_sites=26, html_share=(0.25, 0.6), min_clusters=8, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.97), ("lead", 0.2, 0.7), ("agency", 0.45, 0.85),
            ("surtitle", 0.1, 0.5)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("r")
    return out, build(out, n=240, seed=151)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=151)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=151, families=FAMILIES[::2])
    assert {r["family"] for r in rows} == set(FAMILIES[::2])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[::2] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_credited_agency():
    assert credited_agency(['به گزارش "ورزش ‌سه"، بازیکن گفت.']) == "ورزش سه"  # a ZWNJ inside the name
    assert credited_agency(['به گزارش "ورزش سه" و به نقل از ایسنا، بازیکن گفت.']) == "ورزش سه"
    assert credited_agency(['به گزارش "رسانه مسجد جامع" از مهر، مسابقات ادامه دارد.']) == "مهر"
    assert credited_agency(["در مهر ماه گذشته بازی برگزار شد."]) is None


def test_header_and_credit_forms(run):
    """The run shows the section and the date in their many forms, and credits that are not lines."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = {r["file"]: (out / "pages" / r["file"]).read_text(encoding="utf-8") for r in arts}
    html_arts = [r for r in arts if r["format"] == "html"]
    assert sum('rel="category tag"' in raws[r["file"]] for r in html_arts) >= 5
    assert sum("<h2" in raws[r["file"]] and '<h1 class="logo"' in raws[r["file"]] for r in html_arts) >= 5
    assert any(r["agency"] is not None and '<img src="/img/src/' in raws[r["file"]] for r in html_arts)
    assert any("خبرنگار ما" in raws[r["file"]] and r["agency"] is None for r in arts)
    assert any(r["published_time"] and len(r["published_time"]) == 10 for r in arts)
    assert collections.Counter(r["published_iso"] is None for r in arts)[True] >= 5


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)
