"""Family set AO's generator: deterministic, its gold consistent with its own pages, its kinds where the docstring
says, each half of the split with two HTML kinds and two flat-text kinds, its trap dates (a clip's ``created_time``,
an archive's «Addeddate» and upload day, a print header, a post's «Updated», comments' ages) no gold date."""
from __future__ import annotations

import collections
import datetime as dt
import json
import re
import shutil

import pytest

import family_pages
import family_set_checks as checks
import site_families_ao
from site_families_ao import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency, shown_date
from site_families_ao_tables import HTML_KINDS, KIND, VARIANT
from site_families_h import TEHRAN

SEED = 359
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.35, 0.55), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.15, 0.4), ("published_iso", 0.8, 1.01), ("lead", 0.1, 0.4), ("agency", 0.55, 0.92)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), broken_lines=True)


run, hosts = checks.set_fixtures(site_families_ao, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its pages
    (a newsletter's headline is checked without its heading mark «** »)."""
    gen = site_families_ao
    seed = SEED
    gold = GOLD

    def gold_pages(self, out, tmp_path):
        """A copy of the run whose newsletters' heading lines «** headline» read as the headline."""
        copy = tmp_path / "plain"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        titles = {r["file"]: r["title"] for r in map(json.loads, (out / "gold.jsonl").read_text("utf-8").splitlines())}
        for page in (out / "pages").iterdir():
            raw = page.read_text(encoding="utf-8")
            if page.suffix == ".txt" and titles[page.name]:
                raw = raw.replace(f"\n** {titles[page.name]}\n", f"\n{titles[page.name]}\n")
            (copy / "pages" / page.name).write_text(raw, encoding="utf-8")
        return copy


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for secs in SECTIONS.values() for x in secs}
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)
    assert all(len(VARIANT[f]) == len(HOSTS[f]) for f in FAMILIES)


def test_split_halves_have_both_formats():
    """The open half (even index, ``aodev``) and the held half each have two HTML kinds and two flat-text kinds."""
    for half in (0, 1):
        kinds = [KIND[f] for i, f in enumerate(FAMILIES) if i % 2 == half]
        assert len(set(kinds)) == 4 and sum(k in HTML_KINDS for k in kinds) == 2, kinds


T = dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN)


@pytest.mark.parametrize(("kind", "variant", "want", "timed"), [
    ("youtube", "en", "Dec 5, 2026", False),
    ("youtube", "fa", "۵ دسامبر ۲۰۲۶", False),
    ("youtube", "premiere", "Premiered Dec 5, 2026", False),
    ("medium", "pub", "Dec 5, 2026", False),
    ("jekyll", "minima", "Dec 5, 2026", False),
    ("jekyll", "persian", "۱۴ آذر ۱۴۰۵", False),
    ("jina", "crumb", "۱۴ آذر ۱۴۰۵ - ۱۰:۲۳", True),
    ("jina", "kicker", "شنبه ۱۴ آذر ۱۴۰۵ ساعت ۱۰:۲۳", True),
    ("jina", "plain", "تاریخ: ۱۴۰۵/۰۹/۱۴", False),
    ("joplin", "timed", "۱۴ آذر ۱۴۰۵ | ۱۰:۲۳", True),
    ("joplin", "day", "شنبه ۱۴ آذر ۱۴۰۵", False),
    ("archive", "iso", "2026-12-05", False),
    ("archive", "year", "2026", False),
    ("mailchimp", "fa", "شنبه ۱۴ آذر ۱۴۰۵", False),
    ("print", "en_hdr", "تاریخ انتشار: شنبه ۱۴ آذر ۱۴۰۵ - ۱۰:۲۳", True),
    ("print", "fa_hdr", "تاریخ انتشار: ۱۴۰۵/۰۹/۱۴ - ۱۰:۲۳", True),
    ("print", "no_hdr", "انتشار: ۱۴ آذر ۱۴۰۵", False),
])
def test_shown_date(kind, variant, want, timed):
    shown, loc, is_timed = shown_date(T, kind, variant)
    assert (shown, is_timed) == (want, timed) and loc == T


def _kinds(raw: str) -> dict[str, bool]:
    return {"youtube": "ytInitialPlayerResponse" in raw or "Skip navigation\nYouTube" in raw
            or "رد شدن از پیمایش\nYouTube" in raw,
            "jina": raw.startswith("Title: ") and "\nMarkdown Content:\n" in raw,
            "joplin": "\ntype_: 1" in raw and "\ncreated_time: " in raw,
            "medium": "Text to speech" in raw and "Open in app" in raw,
            "archive": "Internet Archive" in raw and "Addeddate" in raw,
            "mailchimp": "(https://" in raw and ("unsubscribe from this list" in raw
                                                 or "اشتراک خود را لغو کنید" in raw),
            "print": "\f" in raw or "کد خبر: " in raw,
            "jekyll": "Jekyll" in raw or "\nSubscribe\n" in raw}


def test_kinds_are_there(run):
    """Every kind of the docstring turns up on its own family's pages; a page whose kind shows no section has none in
    gold; a video's day is the same in Pacific time; a clip, a video, an archive item and a newsletter have no lead."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        kinds = {k for k, v in _kinds(raw).items() if v}
        kind = KIND[r["family"]]
        assert kind in kinds, (r["file"], kinds)
        seen[kind] += 1
        if kind in ("youtube", "joplin", "medium", "archive", "mailchimp"):
            assert r["section"] is None
        if kind in ("youtube", "joplin", "archive", "mailchimp"):
            assert r["lead"] is None
        if kind == "youtube" and r["published_time"]:
            t = dt.datetime.fromisoformat(r["published_time"])
            assert t.astimezone(site_families_ao.PACIFIC).date() == t.date()
    assert len(seen) == 8 and all(v >= 8 for v in seen.values()), seen


def test_trap_dates_are_not_gold(run):
    """A clip's ``created_time``, an archive's «Addeddate» and upload day, a print header's day and a Chirpy post's
    «Updated» day are never the gold day; an archive item showing only a year and a clip without its date line have
    none."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        kind = KIND[r["family"]]
        variant = site_families_ao.make_host(SEED, r["family"], [d for d, _, _ in HOSTS[r["family"]]].index(
            r["site"])).s["variant"]
        if kind == "joplin":
            created = re.search(r"^created_time: (\S+)", raw, re.M)
            assert created and created.group(1)[:10] != r["published_iso"]
            checked[kind] += 1
            if variant == "none":
                assert r["published_iso"] is None
        if kind == "archive" and r["format"] == "html":
            added = re.search(r"<dt>Addeddate</dt><dd>(\S+)", raw)
            assert added and added.group(1) > (r["published_iso"] or "0")
            checked[kind] += 1
            if variant == "year":
                assert r["published_iso"] is None and re.search(r"<dt>Publication date</dt><dd>\d{4}</dd>", raw)
        if kind == "print" and variant == "en_hdr":
            head = raw.splitlines()[0]
            m, d, y = re.match(r"(\d+)/(\d+)/(\d\d), ", head).groups()
            assert f"20{y}-{int(m):02d}-{int(d):02d}" != r["published_iso"]
            checked[kind] += 1
        if kind == "jekyll" and variant == "chirpy" and r["format"] == "html":
            upd = re.search(r"Updated <time data-ts=\"(\d+)\"", raw)
            assert upd and dt.datetime.fromtimestamp(int(upd.group(1)), TEHRAN).date().isoformat() \
                != r["published_iso"]
            posted = re.search(r"Posted <time data-ts=\"(\d+)\"", raw)
            assert posted and dt.datetime.fromtimestamp(int(posted.group(1)), TEHRAN).isoformat() \
                == r["published_time"]
            checked[kind] += 1
    assert len(checked) == 4 and all(v >= 3 for v in checked.values()), checked


def test_youtube_description_is_one_span(run):
    """A video page's story is ONE element: its paragraphs split by blank lines inside the description's span."""
    out, rows = run
    pages = [r for r in rows if r["kind"] == "article" and KIND[r["family"]] == "youtube" and r["format"] == "html"]
    assert pages
    for r in pages:
        raw = checks.page_raw(out, r)
        span = re.search(r'<span class="yt-core-attributed-string" role="text">(.*?)</span>', raw, re.S)
        assert span and span.group(1).count("\n\n") >= len(r["body_paragraphs"]) - 1
        assert "<p>" not in span.group(1)


def test_printed_paragraphs_are_wrapped(run):
    """A printed page's long paragraphs stand on several lines (gold: the paragraph whole) and no paragraph runs over
    a page break."""
    out, rows = run
    wrapped = 0
    for r in rows:
        if r["kind"] != "article" or KIND[r["family"]] != "print":
            continue
        lines = checks.lines(out, r)
        for p in r["body_paragraphs"]:
            if p not in lines:
                assert family_pages.consecutive(lines, p), (r["file"], p[:40])
                wrapped += 1
    assert wrapped > 20
