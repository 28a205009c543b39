"""Family set S's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections

import pytest

import family_pages
from site_families_s import AGENCIES, FAMILIES, HOMES, HOSTS, build, canon, credited_agency

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
    out = tmp_path_factory.mktemp("s")
    return out, build(out, n=240, seed=161)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=161)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=161, families=FAMILIES[::2])
    assert {r["family"] for r in rows} == set(FAMILIES[::2])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[::2] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_header_and_credit_forms(run):
    """The run shows the section, the date and the credit in the forms the set claims."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = {r["file"]: (out / "pages" / r["file"]).read_text(encoding="utf-8") for r in arts}
    html_arts = [r for r in arts if r["format"] == "html"]
    assert sum('rel="category tag"' in raws[r["file"]] for r in html_arts) >= 3
    # a section only in JSON-LD: no visible line and no article:section meta names it
    only_ld = [r for r in html_arts if r["section"] and f'"articleSection": "{r["section"]}"' in raws[r["file"]]
               and 'property="article:section"' not in raws[r["file"]]
               and r["section"] not in family_pages.page_lines(out / "pages" / r["file"], BLOCKS)]
    assert len(only_ld) >= 3
    foot_labels = ("منتشر شده در: ", "در بخش ")
    assert sum(any(x in raws[r["file"]] for x in foot_labels) and bool(r["section"]) for r in arts) >= 5
    assert sum("ارسال شده در " in raws[r["file"]] and bool(r["published_iso"]) for r in arts) >= 5
    assert any("خبرنگار ما" in raws[r["file"]] and r["agency"] is None for r in arts)
    assert any(r["published_time"] and len(r["published_time"]) == 10 for r in arts)
    assert collections.Counter(r["published_iso"] is None for r in arts)[True] >= 5


def test_chrome_around_the_story(run):
    """Per-page chrome the families claim: result and flight tables, tender notices, comment replies,
    newsletter prompts, and non-Persian lines on the regional sites."""
    out, rows = run
    chrome = {r["file"]: "\n".join(r["chrome_lines"]) for r in rows if r["kind"] == "article"}
    fam = {r["file"]: r["family"] for r in rows}
    assert sum("نامزد | آرا | درصد" in c for c in chrome.values()) >= 5
    assert any("پرواز | مقصد" in c for c in chrome.values())
    assert sum(any(x in c for x in ("آگهی مناقصه", "آگهی مزایده", "فراخوان مناقصه")) for c in chrome.values()) >= 10
    assert sum("پاسخ" in c for c in chrome.values()) >= 5
    assert any("خبرنامه" in c for c in chrome.values())
    latin_az = [f for f, c in chrome.items() if fam[f] == "regional_lang" and ("ə" in c or "ە" in c)]
    assert len(latin_az) >= 5
    assert len({f for f in HOSTS}) == 8 and all(len(h) in (3, 4) for h in HOSTS.values())


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)
