"""Family set K's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import importlib.util
import json
import re
import urllib.parse
from pathlib import Path

import pytest

import family_pages
from site_families_h import AGENCIES, credited_agency
from site_families_k import FAM, FAMILIES, HOMES, build, canon

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_pages.py"
#: blocks of a visible line; table cells stay on their row's line (a row is one story line)
BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "figure", "figcaption", "form", "br", "title", "body", "blockquote",
          "time"}


def page_lines(path: Path) -> list[str]:
    return family_pages.page_lines(path, BLOCKS)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("k")
    return out, build(out, n=200, seed=81)


def test_same_seed_same_pages(run, tmp_path):
    out, rows = run
    again = build(tmp_path / "a", n=200, seed=81)
    assert again == rows
    assert sorted(p.name for p in (out / "pages").iterdir()) == sorted(r["file"] for r in rows)
    assert [(tmp_path / "a" / "pages" / r["file"]).read_bytes() for r in rows] == \
        [(out / "pages" / r["file"]).read_bytes() for r in rows]
    assert build(tmp_path / "b", n=60, seed=82) != build(tmp_path / "c", n=60, seed=81)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=81, families=FAMILIES[::2])
    assert {r["family"] for r in rows} == set(FAMILIES[::2])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[::2] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["film_review"])


def test_gold_is_well_formed(run):
    out, rows = run
    kinds = collections.Counter(r["kind"] for r in rows)
    assert kinds["article"] >= 0.88 * len(rows) and sum(kinds[k] for k in ("listing", "chrome_only", "empty")) >= 8
    assert len({r["family"] for r in rows}) == 8 and len({r["site"] for r in rows}) == 24
    fmts = collections.Counter(r["format"] for r in rows)
    assert 0.4 < fmts["html"] / len(rows) < 0.62
    clusters = collections.Counter(r["cluster"] for r in rows if r["cluster"])
    assert len(clusters) >= 10 and all(v == 2 for v in clusters.values())
    for c in clusters:
        assert len({r["family"] for r in rows if r["cluster"] == c}) == 2  # republished on another family's host
    arts = [r for r in rows if r["kind"] == "article"]
    names = {canon(n) for f in FAM.values() for _, n, _ in f["hosts"]}
    names |= {canon(t) for f in FAM.values() for *_, t in f["hosts"]} | {canon(h) for h in HOMES if h}
    for r in rows:
        assert r["id"] == r["file"].rsplit(".", 1)[0] and r["format"] == r["file"].rsplit(".", 1)[1]
        if r["kind"] != "article":
            assert not r["body_paragraphs"] and r["title"] is None and r["published_iso"] is None
            assert r["section"] is None and r["agency"] is None and r["chrome_lines"]
            continue
        assert r["title"] and r["body_paragraphs"] and r["chrome_lines"]
        assert r["agency"] is None or r["agency"] in AGENCIES
        assert r["section"] is None or (canon(r["section"]) not in names
                                        and r["section"] in FAM[r["family"]]["sections"] + [
                                            s for f in FAM.values() for s in f["sections"]])
        if r["published_iso"]:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published_iso"]) and r["published_jalali"][:2] in ("13", "14")
            t = r["published_time"]
            assert t[:10] == r["published_iso"] and (len(t) == 10 or t[-6:] in ("+03:30", "+04:30"))
        else:
            assert r["published_time"] is None and r["published_jalali"] is None
    for key, lo, hi in (("section", 0.55, 0.95), ("published_iso", 0.8, 1.0), ("lead", 0.1, 0.6),
                        ("agency", 0.45, 0.85), ("surtitle", 0.03, 0.4)):
        share = sum(1 for r in arts if r[key]) / len(arts)
        assert lo < share < hi, (key, share)
    assert {r["agency"] for r in arts} >= {"فارس", "ورزش سه", "مهر", "ایسنا", None}
    offsets = collections.Counter(r["published_time"][-6:] for r in arts if r["published_time"]
                                  and len(r["published_time"]) > 10)
    assert offsets["+03:30"] and offsets["+04:30"]
    short = sum(1 for r in arts for p in r["body_paragraphs"] if len(p) < 60)
    assert short > 40  # list items, quotes, questions and table rows are story lines
    owner: dict[str, str] = {}
    for r in arts:
        for p in r["body_paragraphs"]:
            for s in re.split(r"(?<=[.!؟?])\s+", p):
                if len(s) > 30 and " | " not in s:  # (a table's header row recurs)
                    assert owner.setdefault(canon(s), r["source_key"]) == r["source_key"], (r["file"], s[:40])


def test_story_text_is_on_the_page_unchanged(run):
    """Every gold paragraph is a line of the page (ZWNJs and all); title, lead, section, agency on it too."""
    out, rows = run
    zwnj = 0
    for r in rows:
        path = out / "pages" / r["file"]
        lines = page_lines(path)
        text = "\n".join(lines)
        raw = path.read_text(encoding="utf-8")
        for c in r["chrome_lines"]:
            assert c in text, (r["file"], c)
        if r["kind"] != "article":
            continue
        canon_lines = {canon(x) for x in lines}
        for p in r["body_paragraphs"]:
            assert p in lines or (" | " in p and canon(p) in canon_lines), (r["file"], p[:60])
            zwnj += p.count("\u200c")
        assert r["title"] in lines and (r["lead"] is None or any(x.endswith(r["lead"]) for x in lines))
        if r["section"]:
            shown = r["section"] in text or f'"{r["section"]}"' in raw or f'"{r["section"]}"' in raw
            slug = urllib.parse.quote(r["section"].replace(" ", "-").replace("\u200c", "-"))
            assert shown or f"/{slug}/" in raw, r["file"]
        # the story's own text credits the gold agency or none (republishers rewrite it to their own name)
        own = credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"])
        assert own in (None, r["agency"]), r["file"]
        if r["agency"]:
            credit = [c for c in r["chrome_lines"] if any(n in c for n in AGENCIES[r["agency"]])]
            assert credit or own, r["file"]
        body = [canon(p) for p in r["body_paragraphs"]]
        assert not any(canon(c) in body for c in r["chrome_lines"])
    assert zwnj > 300


def test_hosts_repeat_their_template(run):
    """A host's chrome recurs across its pages; the other pages' titles turn up in related lists."""
    out, rows = run
    by_site = collections.defaultdict(list)
    for r in rows:
        if r["kind"] == "article":
            by_site[r["site"]].append(r)
    titles = {r["title"] for r in rows if r["kind"] == "article"}
    foreign = 0
    for site, rs in by_site.items():
        if len(rs) < 4:
            continue
        common = collections.Counter(c for r in rs for c in set(r["chrome_lines"]))
        assert sum(1 for v in common.values() if v >= 0.6 * len(rs)) >= 3, site
        foreign += sum(1 for r in rs for c in r["chrome_lines"] if c in titles or c.split(": ", 1)[-1] in titles)
    assert foreign > 100


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


def test_a_perfect_output_scores_perfectly(run, tmp_path):
    out, _ = run
    spec = importlib.util.spec_from_file_location("score_pages", SCORER)
    sp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sp)
    sp.make_perfect(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    rep = sp.score(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    assert rep["chrome_leak_rate"] == 0.0 and rep["body_f1"] == 1.0 and rep["title_exact"] == 1.0
    assert rep["section_match"] == 1.0 and rep["published_match"] == 1.0 and rep["agency_match"] == 1.0
    assert rep["lead_match"] == 1.0 and rep["negatives_rejected"] == 1.0 and rep["dup_f1"] == 1.0
    assert json.loads((out / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
