"""Family set H's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import pytest

import family_pages
from site_families_h import AGENCIES, FAMILIES, HOMES, HOSTS, build, canon, credited_agency, hijri

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(t) for f in HOSTS.values() for *_, t in f}
    | {canon(h) for h in HOMES if h},
    min_sites=28, html_share=(0.3, 0.55), min_clusters=10, max_paragraphs=30,
    shares=(("section", 0.5, 0.9), ("published_iso", 0.65, 0.95), ("lead", 0.3, 0.8), ("agency", 0.5, 0.9),
            ("surtitle", 0.05, 0.4)),
    agencies_seen=frozenset({"فارس", "ورزش سه", "مهر", "ایسنا", None}))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("h")
    return out, build(out, n=240, seed=53)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=53)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=53, families=FAMILIES[4:])
    assert {r["family"] for r in rows} == set(FAMILIES[4:])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[4:] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_hijri_dates():
    import datetime as dt
    assert hijri(dt.date(2023, 7, 19)) == (1445, 1, 1)  # 1 Muharram 1445 (tabular)
    assert hijri(dt.date(2019, 5, 6))[:2] == (1440, 9)  # Ramadan 1440


def test_credited_agency():
    assert credited_agency(["به گزارش خبرگزاري فارس از تهران، جلسه برگزار شد."]) == "فارس"
    assert credited_agency(['به گزارش "ورزش سه" و به نقل از ایسنا، بازیکن گفت.']) == "ورزش سه"
    assert credited_agency(["وی در گفت‌وگو با ایسنا افزود.", "به گزارش خبرگزاری مهر، ..."]) == "مهر"
    assert credited_agency(["در مهر ماه گذشته بازی برگزار شد."]) is None


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)
