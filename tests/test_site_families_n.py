"""Family set N's generator: deterministic, and its gold is consistent with its own pages.

N's pages are exports (lynx / w3m dumps, markdown, feed items, channel posts), so a title or section may
stand inside a decorated line (``# title``, ``<title>…</title>``, ``#section_name``, ``[5]section``): the
checks here read the page's text, where set H's read its lines; body paragraphs are whole lines still.
"""
from __future__ import annotations

import collections

import pytest

import family_pages
from family_pages import page_lines
from site_families_n import AGENCIES, FAMILIES, HOSTS, build, canon, credited_agency

BLOCKS = {"p", "div", "li", "ul", "h1", "section", "article", "main", "aside", "header", "footer", "nav", "time",
          "title", "body"}
NAMES = {canon(n) for f in HOSTS.values() for _, n, t, _ in f} | {canon(t) for f in HOSTS.values() for _, _, t, _ in f}
SPEC = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency, names=NAMES, min_sites=22, html_share=(0.15, 0.35),
    min_clusters=10, max_paragraphs=30,
    shares=(("section", 0.5, 0.95), ("published_iso", 0.9, 1.01), ("lead", 0.15, 0.7), ("agency", 0.4, 0.95)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("n")
    return out, build(out, n=240, seed=111)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=111)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=111, families=FAMILIES[1::2])
    assert {r["family"] for r in rows} == set(FAMILIES[1::2])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[1::2] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_every_export_form_is_built(run):
    out, rows = run
    forms = {h[0]: h[3] for f in HOSTS.values() for h in f}
    seen = collections.Counter(forms[r["site"]] for r in rows)
    assert set(seen) == {"lynx", "w3m", "markdown", "reader", "rss", "telegram", "eitaa", "epaper", "html"}
    text = "\n".join((out / "pages" / r["file"]).read_text(encoding="utf-8") for r in rows)
    for mark in ("References", "<pubDate>", "Date: ", "🆔 @", "ادامه در صفحه", "](https://", "[1]", "GMT</pubDate>"):
        assert mark in text, mark


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    out, rows = run
    family_pages._well_formed(rows, SPEC)
    family_pages._hosts_repeat_their_template(rows, SPEC)
    zwnj = 0
    for r in rows:
        lines = page_lines(out / "pages" / r["file"], BLOCKS)
        text = "\n".join(lines)
        for c in r["chrome_lines"]:
            assert c in text, (r["file"], c)
        if r["kind"] != "article":
            continue
        for p in r["body_paragraphs"]:
            assert p in lines, (r["file"], p[:60])
            zwnj += p.count("\u200c")
        assert r["title"] in text and (r["lead"] is None or r["lead"] in text)
        raw = (out / "pages" / r["file"]).read_text(encoding="utf-8")
        sec = r["section"]
        assert sec is None or sec in text or sec.replace(" ", "_") in text or f'"{sec}"' in raw, r["file"]
        own = credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"])
        assert own in (None, r["agency"]), r["file"]
        if r["agency"]:
            assert own or any(n in c for c in r["chrome_lines"] for n in AGENCIES[r["agency"]]), r["file"]
        body = {canon(p) for p in r["body_paragraphs"]}
        assert not any(canon(c) in body for c in r["chrome_lines"])
    assert zwnj > 300
    scorer = family_pages.importlib.util.spec_from_file_location("score_pages", family_pages.SCORER)
    sp = family_pages.importlib.util.module_from_spec(scorer)
    scorer.loader.exec_module(sp)
    sp.make_perfect(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    rep = sp.score(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    for k in ("title_exact", "section_match", "agency_match", "published_match", "lead_match", "body_f1",
              "negatives_rejected", "dup_f1"):
        assert rep[k] == 1.0, k
    assert rep["chrome_leak_rate"] == 0.0
