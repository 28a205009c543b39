"""Family set P's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import re

import pytest

import family_pages
from site_families_p import (
    AGENCIES,
    FAMILIES,
    HOMES,
    HOSTS,
    HTML_FORMS,
    TEXT_FORMS,
    build,
    canon,
    credited_agency,
    drawn,
)

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body",
          "amp-sidebar"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(x) for f in HOSTS.values() for _, n, t, _ in f for x in (n, t)}
    | {canon(h) for h in HOMES if h},
    min_sites=28, html_share=(0.4, 0.62), min_clusters=10, max_paragraphs=15,
    shares=(("section", 0.45, 0.9), ("published_iso", 0.8, 1.0), ("lead", 0.2, 0.8), ("agency", 0.45, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), broken_lines=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("p")
    return out, build(out, n=160, seed=131)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=160, seed=131)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=131, families=FAMILIES[1::2])
    assert {r["family"] for r in rows} == set(FAMILIES[1::2])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[1::2] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_every_host_has_one_form_and_both_halves_see_every_form():
    forms = {f: [h[3] for h in hosts] for f, hosts in HOSTS.items()}
    assert all(3 <= len(v) <= 4 for v in forms.values()) and set(forms) == set(FAMILIES)
    for half in (FAMILIES[0::2], FAMILIES[1::2]):
        assert {x for f in half for x in forms[f]} == set(TEXT_FORMS) | set(HTML_FORMS)


def test_drawn_table():
    rows = drawn(["نرخ تورم\t۴۵٪", "نرخ بیکاری\t۹٪"])
    assert rows[0].startswith("┌") and rows[-1].startswith("└") and "│ ۴۵٪" in rows[1]


def test_forms_show_what_their_tools_show(run):
    out, rows = run
    by_site = collections.defaultdict(list)
    for r in rows:
        by_site[r["site"]].append((out / "pages" / r["file"]).read_text(encoding="utf-8"))
    form = {d: fm for hosts in HOSTS.values() for d, _, _, fm in hosts}
    for site, texts in by_site.items():
        t = texts[0]
        if form[site] == "lynx":
            assert "References" in t and re.search(r"\[\d+\]", t)
        elif form[site] == "archive":
            assert t.startswith(("The Wayback Machine", "archive.today"))
        elif form[site] == "amp":
            assert "<html ⚡" in t
        elif form[site] == "complete":
            assert "<!-- saved from url=" in t
    # an archive capture's date is not the publication day
    arts = [r for r in rows if r["kind"] == "article" and form[r["site"]] == "archive" and r["published_iso"]]
    assert arts


def test_credited_agency():
    assert credited_agency(["به گزارش خبرگزاري فارس از تهران، جلسه برگزار شد."]) == "فارس"
    assert credited_agency(["در مهر ماه گذشته بازی برگزار شد."]) is None


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)
