"""The dedup test corpus (bench/make_dedup_corpus.py) keeps its truth, and the audit
(bench/audit_dedup.py) tells a right dedup from a chained one. No palayesh dedup runs here."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import audit_dedup  # noqa: E402 (from bench/, on the path just above)
import make_dedup_corpus  # noqa: E402

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    manifest = make_dedup_corpus.make(str(out), 600, seed="test")
    truth = {r["id"]: r for r in map(json.loads, (out / "truth.jsonl").read_text(encoding="utf-8").splitlines())}
    with gzip.open(out / "bodies.jsonl.gz", "rt", encoding="utf-8") as fh:
        bodies = {r["id"]: r for r in map(json.loads, fh)}
    return out, manifest, truth, bodies


def text_of(body):
    return "\n".join(body["paragraphs"])


def test_every_page_is_written_once_with_its_truth(corpus):
    out, manifest, truth, bodies = corpus
    files = sorted(p.name for p in (out / "pages").iterdir())
    assert len(files) == 600 == len(truth) == len(bodies)
    assert {f.rsplit(".", 1)[0] for f in files} == set(truth)
    assert {r["file"] for r in truth.values()} == set(files)
    # every kind of the brief is there, in about the planned share
    kinds = manifest["kinds"]
    assert set(kinds) == {"article", "republication", "contained_short", "roundup", "boilerplate_share", "live_update"}
    assert 0.6 <= kinds["article"] / 600 <= 0.75


def test_copies_point_at_pages_of_their_group(corpus):
    _, _, truth, _ = corpus
    for r in truth.values():
        if r["copy_of"]:
            src = truth[r["copy_of"]]  # the page it copies exists
            assert src["group"] == r["group"] is not None
            assert r["kind"] in ("republication", "contained_short", "live_update")
        if r["group"]:
            root = truth[r["group"]]
            assert root["group"] == root["id"] and root["copy_of"] is None
    # a republication is on another site than the page it copies, with 1-2 edits
    reps = [r for r in truth.values() if r["kind"] == "republication"]
    assert reps and all(truth[r["copy_of"]]["site"] != r["site"] and 1 <= len(r["edits"]) <= 2 for r in reps)


def test_roundups_quote_three_or_more_stories_and_copy_none(corpus):
    _, _, truth, _ = corpus
    roundups = [r for r in truth.values() if r["kind"] == "roundup"]
    assert roundups
    for r in roundups:
        assert r["group"] is None and r["copy_of"] is None
        groups = {truth[s]["group"] or s for s in r["sources"]}
        assert len(r["sources"]) >= 3 and len(groups) == len(r["sources"])  # distinct stories
        assert all(truth[s]["kind"] != "roundup" for s in r["sources"])


def test_briefs_and_live_versions_are_contained_in_their_copy(corpus):
    _, _, truth, bodies = corpus
    contained = [r for r in truth.values() if r["kind"] in ("contained_short", "live_update") and r["copy_of"]]
    assert any(r["kind"] == "contained_short" for r in contained)
    assert any(r["kind"] == "live_update" for r in contained)
    for r in contained:
        long = bodies[r["copy_of"]]["paragraphs"]
        assert all(p in long for p in bodies[r["id"]]["paragraphs"])
        a = audit_dedup.shingles(text_of(bodies[r["id"]]))
        c = audit_dedup.similarity(a, audit_dedup.shingles("\n".join(long)))[1]
        # a brief is the article's opening: every shingle; a live update may insert paragraphs
        # after the first one, which breaks the few shingles across that boundary
        assert c == 1.0 if r["kind"] == "contained_short" else c >= 0.9


def test_truth_agrees_with_similarity_on_clean_text(corpus):
    _, manifest, truth, bodies = corpus
    checks = manifest["checks"]
    assert checks["copies"]["below_bar_with_root"] == 0
    assert checks["roundup_vs_quoted_groups"]["above_bar"] == 0
    assert checks["boilerplate_sharers"]["above_bar"] == 0
    # and measured here: a roundup and each story it quotes stay under the bar both ways
    for r in (r for r in truth.values() if r["kind"] == "roundup"):
        R = audit_dedup.shingles(text_of(bodies[r["id"]]))
        for s in r["sources"]:
            S = audit_dedup.shingles(text_of(bodies[s]))
            j, c = audit_dedup.similarity(S, R)
            assert not audit_dedup.passes(j, c), (r["id"], s, j, c)


def test_same_seed_same_corpus(tmp_path):
    a = make_dedup_corpus.make(str(tmp_path / "a"), 80, seed="s")
    b = make_dedup_corpus.make(str(tmp_path / "b"), 80, seed="s")
    assert (tmp_path / "a" / "truth.jsonl").read_bytes() == (tmp_path / "b" / "truth.jsonl").read_bytes()
    assert a["kinds"] == b["kinds"]


def test_chrome_dates_move_to_the_page_day():
    # a Jalali date with its weekday, a numeric one, an ISO one; one day later
    moved = make_dedup_corpus.shift_dates("یکشنبه ۲۶ اسفند ۱۳۹۷ - ۱۳۹۷/۱۲/۲۹ - 2019-03-17T08:25", 1)
    assert moved == "دوشنبه ۲۷ اسفند ۱۳۹۷ - ۱۳۹۸/۰۱/۰۱ - 2019-03-18T08:25"
    # 1398/01/01 is 2019-03-21 and back
    assert make_dedup_corpus.jalali_to_date(1398, 1, 1).isoformat() == "2019-03-21"
    assert make_dedup_corpus.date_to_jalali(make_dedup_corpus.jalali_to_date(1399, 12, 30)) == (1399, 12, 30)


def write_output(out: Path, rows):
    """A fake palayesh output: docs/ and rejected/ parquet with the audited columns."""
    for part in ("docs", "rejected"):
        part_rows = [r for r in rows if (r["reason"] is None) == (part == "docs")]
        (out / part).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(part_rows), out / part / "part-00000.parquet")


def fake_rows(truth, bodies, cluster_of):
    rows = []
    for i, t in truth.items():
        c = cluster_of(i, t)
        rows.append({"id": i, "text": text_of(bodies[i]), "title": bodies[i]["title"], "dup_cluster": c,
                     "reason": "dedup_near_duplicate" if c and c != i else None,
                     "dup_score": 0.5 if c and c != i else None,
                     "story": None, "published": t["date"]})
    return rows


def test_audit_scores_a_right_dedup_perfect(corpus, tmp_path):
    out, _, truth, bodies = corpus
    # every group kept at its root, its copies dropped for it
    write_output(tmp_path, fake_rows(truth, bodies, lambda i, t: t["group"]))
    r = audit_dedup.audit(str(out / "truth.jsonl"), str(tmp_path), corpus=str(out / "pages"), sample=20)
    assert r["pairs"]["precision"] == 1.0 and r["pairs"]["recall"] == 1.0
    assert r["articles_wrongly_rejected"] == 0.0
    assert r["near_drops"]["share_passing"] == 1.0
    assert r["near_drops"]["dup_score"]["present"] == r["near_drops"]["count"] > 0
    assert r["largest_cluster"]["explainable"] is True
    assert r["corpus"]["missing_from_output"] == 0
    # on the clean text the truth is attainable: copies above the bar, roundup quotes below
    assert r["truth_on_output"]["copies_below_bar_with_root"] == 0
    assert r["truth_on_output"]["roundup_quotes_above_bar"] == 0


def test_audit_catches_a_chained_dedup(corpus, tmp_path):
    out, _, truth, bodies = corpus
    # every roundup joins the stories it quotes (with their copies) into one cluster: a chain
    first = {}
    for i, t in sorted(truth.items()):
        if t["kind"] == "roundup":
            for s in t["sources"]:
                first.setdefault(truth[s]["group"] or s, i)
    kept = min(first.values())
    chained = fake_rows(truth, bodies, lambda i, t: kept if (t["group"] or i) in first or i == kept else None)
    write_output(tmp_path, chained)
    r = audit_dedup.audit(str(out / "truth.jsonl"), str(tmp_path), sample=20)
    assert r["pairs"]["precision"] < 0.2
    assert r["articles_wrongly_rejected"] > 0.1
    assert r["near_drops"]["share_passing"] < 0.5
    assert r["largest_cluster"]["explainable"] is False


@pytest.mark.parametrize("script", ["make_dedup_corpus.py", "audit_dedup.py"])
def test_scripts_have_help(script):
    done = subprocess.run([sys.executable, str(BENCH / script), "--help"], capture_output=True, text=True, check=True)
    assert "usage:" in done.stdout and "python bench/" in done.stdout
