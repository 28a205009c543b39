"""Family set AJ's generator: deterministic, its gold consistent with its own pages (the Windows-1256 ones read as
such), its forms where the docstring says."""
from __future__ import annotations

import collections
import datetime as dt
import json
import shutil

import pytest

import family_pages
import family_set_checks as checks
from site_families_aj import (
    AGENCIES,
    FAMILIES,
    HOSTS,
    SECTIONS,
    arabic_letters,
    build,
    canon,
    credited_agency,
    make_host,
    shown_date,
)
from site_families_h import TEHRAN

SEED = 317
#: an old site credits in Arabic letters («خبرگزاري فارس»)
NAMES = {a: sorted({*ns, *(arabic_letters(x) for x in ns)}) for a, ns in AGENCIES.items()}
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=NAMES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=22, html_share=(0.45, 0.75), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.8, 1.01), ("published_iso", 0.85, 1.01), ("lead", 0.3, 0.85), ("agency", 0.05, 0.6)),
    agencies_seen=frozenset({"رویترز", "آسوشیتدپرس", "ورزش سه", None}))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("aj")
    return out, build(out, n=240, seed=SEED)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=SEED)


def test_family_subsets(tmp_path):
    checks.check_family_subsets(build, FAMILIES, SEED, tmp_path)


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for secs in SECTIONS.values() for x in secs}
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)


def test_new_families():
    """None of AJ's families is a family of an earlier set, E to AI."""
    checks.check_new_families(FAMILIES, checks.earlier_sets("aj"))


@pytest.mark.parametrize(("t", "form", "want", "timed"), [
    (dt.datetime(2026, 12, 3, 22, 30, tzinfo=TEHRAN), "bbc", "۱۲ آذر ۱۴۰۵ - ۳ دسامبر ۲۰۲۶", False),
    (dt.datetime(2026, 12, 3, 22, 30, tzinfo=TEHRAN), "farda", "۳ دسامبر ۲۰۲۶ ۲۲:۳۰", True),
    (dt.datetime(2026, 12, 3, 22, 30, tzinfo=TEHRAN), "dw", "۰۳.۱۲.۲۰۲۶", False),
    (dt.datetime(2026, 12, 4, 1, 30, tzinfo=TEHRAN), "intl", "۳ دسامبر ۲۰۲۶، ساعت ۲۲:۰۰ گرینویچ", True),
    (dt.datetime(2026, 12, 3, 22, 30, tzinfo=TEHRAN), "table", "1405/09/12 - 22:30", True),
])
def test_shown_date(t, form, want, timed):
    shown, loc, is_timed = shown_date(t, form)
    assert (shown, is_timed) == (want, timed) and loc == t


def _readable(out, rows, tmp):
    """The run with its Windows-1256 pages re-encoded in UTF-8 (the frame's checks read UTF-8); how many there were."""
    dst = tmp / "utf8"
    shutil.copytree(out, dst)
    n = 0
    for r in rows:
        path = dst / "pages" / r["file"]
        raw = path.read_bytes()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1256")
            assert 'charset=windows-1256"' in text and "ي" in text and "ی" not in text
            path.write_text(text, encoding="utf-8")
            n += 1
    return dst, n


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    """The frame's checks; a credit only in the JSON-LD ``publisher`` counts as none there; an instant the page shows
    in UTC («… گرینویچ») keeps its +00:00 (the frame knows only Tehran's offsets: there, the day)."""
    out, rows = run
    dst, n = _readable(out, rows, tmp_path)
    assert n >= 3
    seen = []
    for r in rows:
        t = r["published_time"]
        if t and t.endswith("+00:00"):
            assert "گرینویچ" in checks.page_raw(dst, r)
            r = {**r, "published_time": t[:10]}
        seen.append(dict(r))
    family_pages.check_gold(dst, seen, GOLD, tmp_path)
    assert json.loads((out / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["split"] == "families-aj"


def test_forms_are_there(run, tmp_path):
    """Every form of the docstring turns up: broadcasters' image source / caption lines and UTC ``<time>``, old tables
    with ``<font>``, print and AMP versions, WET records, reader views; a WET record's WARC-Date is no gold date."""
    out, rows = run
    dst, _ = _readable(out, rows, tmp_path)
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(dst, r)
        seen["bbc"] += "منبع تصویر، " in raw and "توضیح تصویر، " in raw and 'Z">' in raw
        seen["utc_only"] += "گرینویچ" in raw
        seen["table"] += '<font face="Tahoma"' in raw
        seen["print"] += "نسخه قابل چاپ" in raw
        seen["amp"] += raw.startswith("<!doctype html>\n<html ⚡") and "<amp-img" in raw
        seen["reader"] += raw.startswith(r["site"] + "\n")
        if raw.startswith("WARC/1.0\n"):
            seen["wet"] += 1
            warc = raw.split("WARC-Date: ", 1)[1][:10]
            assert r["published_iso"] != warc or r["published_iso"] is None or r["published_iso"] in raw[200:]
    assert len(seen) == 7 and all(v >= 5 for v in seen.values()), seen


def test_reader_views_say_what_they_cannot(run):
    """A reader view shows no section (gold has none), and no date on the hosts whose view drops it."""
    out, rows = run
    hosts = checks.hosts_by_domain(make_host, HOSTS, SEED)
    for r in rows:
        if r["kind"] == "article" and r["format"] == "txt" and checks.page_raw(out, r).startswith(r["site"] + "\n"):
            assert r["section"] is None
            assert (r["published_iso"] is None) == (not hosts[r["site"]].s["reader_date"])
