"""Family set I's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import datetime as dt

import pytest

import family_pages
from site_families_i import AGENCIES, FAMILIES, HOMES, HOSTS, afg_date, build, canon, credited

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "dl", "dt", "dd", "br", "title", "body", "form", "amp-sidebar",
          "time", "span"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(t) for f in HOSTS.values() for *_, t in f}
    | {canon(h) for h in HOMES if h},
    min_sites=28, html_share=(0.5, 0.72), min_clusters=10, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.85, 1.0), ("lead", 0.2, 0.6), ("agency", 0.5, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), both_offsets=False)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("i")
    return out, build(out, n=240, seed=61)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=61)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=61, families=FAMILIES[1::2])
    assert {r["family"] for r in rows} == set(FAMILIES[1::2])
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_credited_names_with_a_zwnj():
    assert credited(['به گزارش "ورزش\u200cسه"، بازیکن گفت.']) == "ورزش سه"


def test_afghan_dates():
    t = dt.datetime(2023, 4, 1, 14, 30)  # 12 Hamal 1402
    assert afg_date(t, "afg_long", "en") == "شنبه 12 حمل 1402 - 14:30"
    assert afg_date(t, "afg_kabul", "fa", time=False) == "۱۲ حمل ۱۴۰۲"
    assert afg_date(dt.datetime(2022, 12, 22, 9, 5), "afg_num", "en", time=False) == "1401/10/1"  # 1 Jadi


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)


def test_afghan_pages_keep_kabul_time_and_flat_pages_show_their_date(run):
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    assert {r["agency"] for r in arts} & {"پژواک", "طلوع‌نیوز", "باختر"}
    for r in arts:
        t = r["published_time"]
        if r["family"] == "afghan_news" and t and len(t) > 10:
            assert t.endswith("+04:30")
        if r["published_iso"] and r["format"] == "txt":  # a flat page shows its date (HTML may keep it in meta)
            lines = family_pages.page_lines(out / "pages" / r["file"], BLOCKS)
            y = int(r["published_jalali"].split("/")[0])
            assert any(canon(str(y)) in canon(x) or str(y % 100) in canon(x) for x in lines) or \
                r["published_iso"][:4] in canon("\n".join(lines)), r["file"]
