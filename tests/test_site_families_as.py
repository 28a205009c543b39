"""Family set AS's generator: deterministic, its gold consistent with its own pages (an app's pages as a browser
renders them), every kind where the docstring says, its split the brief's, its negatives there, its trap dates (a
forward's day, an appended story's day) no gold date, its appended stories no body."""
from __future__ import annotations

import collections
import re
import shutil
from pathlib import Path

import family_pages
import family_set_checks as checks
import site_families_as
from site_families_as import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_as_tables import AS_DEV, AS_HELD, KIND, VARIANT

SEED = 383
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.75, 0.95), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.9), ("published_iso", 0.9, 0.995), ("lead", 0.3, 0.55), ("agency", 0.55, 0.85),
            ("surtitle", 0.1, 0.35)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))

run, hosts = checks.set_fixtures(site_families_as, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages (an SPA page's article read from its script, as the browser shows it)."""
    gen = site_families_as
    seed = SEED
    gold = GOLD

    def gold_pages(self, out: Path, tmp_path: Path) -> Path:
        shown = tmp_path / "rendered"
        shutil.copytree(out, shown)
        for p in (shown / "pages").glob("*.html"):
            p.write_text(site_families_as.rendered(p.read_text(encoding="utf-8")), encoding="utf-8")
        return shown


def test_split_and_hosts():
    """The brief's split (its kinds 1-4 open, 5-8 held), three hosts a family, one variant each."""
    assert AS_DEV + AS_HELD == FAMILIES and len(set(FAMILIES)) == 8
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon)


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a line each kind's pages show
MARKS = {"scroll": "اشتراک‌گذاری:", "spa": "بیشتر بخوانید", "interview": "گفت‌وگو از:",
         "listicle": "این مطلب چقدر مفید بود؟", "mail": "از:", "docexport": 'http-equiv="content-type"',
         "gallery": "قبلی", "proxy": "Translat"}
UNSECTIONED = {"yahoo", "gdocs", "word", "blog", "dash"}


def test_kinds_and_negatives_are_there(run):
    """Every kind's mark turns up on its own family's pages (the proxy's on the two translated frames); the
    variants without a section have none; each kind of negative is there."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        kind, variant = KIND[r["family"]], _variant(r)
        raw = checks.page_raw(out, r)
        if kind != "proxy" or variant != "proxy":
            assert MARKS[kind] in raw or (kind in ("spa", "docexport") and r["format"] == "txt"), r["file"]
        seen[kind] += 1
        unmarked = r["format"] == "txt" and variant in site_families_as.MARKED  # (the menu's markup lost)
        assert (r["section"] is None) == (variant in UNSECTIONED or unmarked), r["file"]
    assert all(seen[k] >= 8 for k in MARKS), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen


def test_appended_stories_and_app_bodies(run):
    """An infinite-scroll page holds another story's headline after its own story, none of its paragraphs gold;
    an app page's HTML shows fewer paragraphs than its gold holds."""
    out, rows = run
    count: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        kind = KIND[r["family"]]
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        if kind == "scroll":
            after = lines[lines.index(r["title"]) + 1:]
            foreign = [c for c in r["chrome_lines"] if c in after and c in {x["title"] for x in rows}]
            count["appended"] += bool(foreign)
            assert all(canon(p) not in {canon(x) for x in r["chrome_lines"]} for p in r["body_paragraphs"])
        if kind == "spa" and r["format"] == "html" and len(r["body_paragraphs"]) > 2:
            assert sum(p in lines for p in r["body_paragraphs"]) < len(r["body_paragraphs"]), r["file"]
            count["app"] += 1
    assert count["appended"] >= 10 and count["app"] >= 10, count


_FA = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def test_forward_days_are_not_gold(run):
    """A forwarded mail's own day (its «تاریخ:» row) comes after the story's day, which gold keeps."""
    out, rows = run
    checked = 0
    for r in rows:
        if r["kind"] != "article" or _variant(r) != "roundcube":
            continue
        m = re.search(r"تاریخ: (\d{4}-\d{2}-\d{2})", checks.page_raw(out, r))
        assert m and m.group(1) >= r["published_iso"], r["file"]
        checked += 1
    assert checked >= 5
