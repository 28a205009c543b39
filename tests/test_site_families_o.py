"""Family set O's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import re
import shutil
import zoneinfo

import pytest

import family_pages
from site_families_o import AGENCIES, FAMILIES, HOMES, HOSTS, LEGACY, ZONES, build, canon, credited_agency

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body", "button",
          "time"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names={canon(n) for f in HOSTS.values() for _, n, _ in f} | {canon(t) for f in HOSTS.values() for *_, t in f}
    | {canon(h) for h in HOMES if h},
    min_sites=28, html_share=(0.45, 0.75), min_clusters=10, max_paragraphs=40,
    shares=(("section", 0.5, 0.95), ("published_iso", 0.95, 1.01), ("lead", 0.2, 0.8), ("agency", 0.3, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("o")
    return out, build(out, n=240, seed=121)


def _utf8_copy(out, rows, tmp):
    """The run with its windows-1256 pages decoded (Arabic ي back to ی, as the gold spells it)."""
    dst = tmp / "utf8"
    shutil.copytree(out, dst)
    for r in rows:
        if r["site"] in LEGACY and r["format"] == "html":
            path = dst / "pages" / r["file"]
            raw = path.read_bytes()
            assert b"windows-1256" in raw
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
            path.write_text(raw.decode("cp1256").replace("ي", "ی"), encoding="utf-8")
    return dst


def _yeh(rows):
    """The rows with Arabic ي as ی on the legacy pages (whose bytes cannot tell the two apart)."""
    def fix(v):
        if isinstance(v, str):
            return v.replace("ي", "ی")
        return [fix(x) for x in v] if isinstance(v, list) else v
    return [{k: fix(v) for k, v in r.items()} if r["site"] in LEGACY and r["format"] == "html" else r for r in rows]


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=121)


def test_family_subsets(tmp_path):
    rows = build(tmp_path / "s", n=60, seed=121, families=FAMILIES[4:])
    assert {r["family"] for r in rows} == set(FAMILIES[4:])
    assert all(r["cluster"] is None or r["family"] in FAMILIES[4:] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp_path / "x", n=5, families=["news_portal"])


def test_genres_and_legacy_pages(run):
    _, rows = run
    genres = collections.Counter(r["genre"] for r in rows if r["kind"] == "article")
    assert len(genres) >= 12 and min(genres.values()) >= 3, genres
    assert any(r["site"] in LEGACY and r["format"] == "html" for r in rows)
    qa = [r for r in rows if r["kind"] == "article" and r["genre"] in ("interview", "transcript")]
    assert qa and all(len(r["body_paragraphs"]) >= 3 for r in qa)


def test_dates_are_the_pages_local_day(run):
    _, rows = run
    abroad = 0
    for r in rows:
        t = r["published_time"]
        if not t or len(t) == 10:
            continue
        zone = zoneinfo.ZoneInfo(ZONES.get(r["site"], "Asia/Tehran"))
        when = dt.datetime.fromisoformat(t)
        assert when.utcoffset() == when.astimezone(zone).utcoffset() and t[:10] == r["published_iso"]
        abroad += r["site"] in ZONES
    assert abroad >= 10


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    out, rows = run
    dst = _utf8_copy(out, rows, tmp_path)
    tehran = [r for r in rows if r["site"] not in ZONES]
    # the checks of the other sets; _well_formed's offsets are Tehran's, so the outlets abroad are checked above
    arts = [r for r in rows if r["kind"] == "article"]
    clusters = collections.Counter(r["cluster"] for r in rows if r["cluster"])
    assert len(clusters) >= GOLD.min_clusters and all(v == 2 for v in clusters.values())
    assert len({r["site"] for r in rows}) >= GOLD.min_sites
    assert GOLD.html_share[0] < sum(r["format"] == "html" for r in rows) / len(rows) < GOLD.html_share[1]
    for r in tehran:
        if r["published_time"] and len(r["published_time"]) > 10:
            assert r["published_time"][-6:] in ("+03:30", "+04:30")
    for key, lo, hi in GOLD.shares:
        assert lo < sum(1 for r in arts if r[key]) / len(arts) < hi, key
    assert {r["agency"] for r in arts} >= GOLD.agencies_seen
    for r in arts:
        assert r["section"] is None or canon(r["section"]) not in GOLD.names
        assert r["agency"] is None or r["agency"] in AGENCIES
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published_iso"])
    family_pages._on_the_page(dst, _yeh(rows), GOLD)
    family_pages._hosts_repeat_their_template(rows, GOLD)
    spec = importlib.util.spec_from_file_location("score_pages", family_pages.SCORER)
    sp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sp)  # type: ignore[union-attr]
    sp.make_perfect(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    rep = sp.score(str(out / "gold.jsonl"), str(tmp_path / "perfect"))
    assert rep["chrome_leak_rate"] == 0.0 and rep["body_f1"] == 1.0 and rep["title_exact"] == 1.0
    assert rep["section_match"] == 1.0 and rep["published_match"] == 1.0 and rep["agency_match"] == 1.0
