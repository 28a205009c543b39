"""Family set AP's generator: deterministic, its gold consistent with its own pages, its kinds where the docstring
says, its split drawn by a seeded shuffle with a flat-text kind in each half, its trap dates (a capture's timestamp,
a saved date, ``lastmod``, replies' times) no gold date, its members-only posts cut to their preview."""
from __future__ import annotations

import collections
import datetime as dt
import html
import json
import random
import re
import shutil

import family_pages
import family_set_checks as checks
import site_families_ap
from site_families_ap import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_ap_tables import BRIEF_ORDER, KIND, PARENTS, TEXT_KINDS, VARIANT

SEED = 367
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.55, 0.75), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.45, 0.8), ("published_iso", 0.8, 1.01), ("lead", 0.1, 0.4), ("agency", 0.5, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), broken_lines=True)
#: a Hugo source's front matter line holding the title or the description
FRONT = re.compile(r'^(title|description)(: | = )(".*")$', re.M)


run, hosts = checks.set_fixtures(site_families_ap, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its pages
    (a Hugo source's ``title`` and ``description`` values read as its headline and lead)."""
    gen = site_families_ap
    seed = SEED
    gold = GOLD

    def gold_pages(self, out, tmp_path):
        """A copy of the run whose Hugo front matter lines ``title: "…"`` read as their value and whose dumps' leads,
        wrapped like the story's paragraphs, stand on one line."""
        copy = tmp_path / "plain"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        leads = {r["file"]: r["lead"] for r in map(json.loads, (out / "gold.jsonl").read_text("utf-8").splitlines())
                 if r["lead"] and KIND[r["family"]] == "lynx"}
        for page in (out / "pages").iterdir():
            raw = page.read_text(encoding="utf-8")
            if page.suffix == ".txt":
                raw = FRONT.sub(lambda m: json.loads(m.group(3)), raw)
            if page.name in leads:
                raw = _unwrapped(raw, leads[page.name])
            (copy / "pages" / page.name).write_text(raw, encoding="utf-8")
        return copy


def _unwrapped(raw: str, lead: str) -> str:
    """``raw`` with the run of consecutive lines that joined by spaces is ``lead`` put on one line."""
    lines = raw.split("\n")
    for i in range(len(lines)):
        for j in range(i + 1, min(len(lines), i + 12) + 1):
            joined = " ".join(x.strip() for x in lines[i:j])
            if joined == lead:
                return "\n".join(lines[:i] + [lead] + lines[j:])
            if not lead.startswith(joined):
                break
    return raw


def test_split_is_a_seeded_shuffle():
    """The families' order is the brief's order shuffled by ``Random("ap-split:367")``; each half of the alternating
    split holds one flat-text kind."""
    order = list(BRIEF_ORDER)
    random.Random("ap-split:367").shuffle(order)
    assert order == FAMILIES
    for half in (0, 1):
        kinds = [KIND[f] for i, f in enumerate(FAMILIES) if i % 2 == half]
        assert len(set(kinds)) == 4 and sum(k in TEXT_KINDS for k in kinds) == 1, kinds


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for secs in SECTIONS.values() for x in secs} | set(PARENTS.values())
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)
    assert all(len(VARIANT[f]) == len(HOSTS[f]) for f in FAMILIES)
    assert set(PARENTS) == set(SECTIONS["solar_rooftops"])


def _kinds(raw: str) -> dict[str, bool]:
    return {"virgool": "ویرگول" in raw and "زمان مطالعه:" in raw,
            "aparat": "آپارات" in raw and "ویدیوهای پیشنهادی" in raw,
            "wayback": "The Wayback Machine - https://web.archive.org/web/" in raw and "COLLECTED BY" in raw,
            "lynx": "\nReferences\n" in raw or ("\n     • " in raw and "تاریخ انتشار" in raw),
            "hugo": raw.startswith(("---\n", "+++\n")) and "\ndraft" in raw,
            "singlefile": "Page saved with SingleFile" in raw and "saved date:" in raw,
            "discourse": "Discourse" in raw and ("#1" in raw),
            "ghost": "Powered by Ghost" in raw}


def test_kinds_are_there(run):
    """Every kind of the docstring turns up on its own family's pages; a Virgool post and a mobile Aparat page have
    no section; a Virgool post, an Aparat video and a Discourse topic have no lead; the mobile Aparat page no day."""
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
        variant = hosts_variant(r)
        if kind == "virgool" or variant in ("ago", "notag", "plain", "blog", "w3m", "yaml_day"):
            assert r["section"] is None, r["file"]
        if kind in ("virgool", "aparat", "discourse"):
            assert r["lead"] is None
        if variant == "ago":
            assert r["published_iso"] is None
        if variant in ("sub",) and r["section"]:
            assert PARENTS[r["section"]] in raw
    assert len(seen) == 8 and all(v >= 8 for v in seen.values()), seen


def hosts_variant(r: dict) -> str:
    return VARIANT[r["family"]][[d for d, _, _ in HOSTS[r["family"]]].index(r["site"])]


def test_trap_dates_are_not_gold(run):
    """A capture's timestamp and a SingleFile saved date come after the story's day; a Hugo ``lastmod`` is not its
    day and its ``date`` is; a Discourse topic's first post holds the gold instant, the replies later ones."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        kind = KIND[r["family"]]
        if kind == "wayback" and r["format"] == "html":
            stamp = re.search(r"https://web\.archive\.org/web/(\d{14})/", raw).group(1)
            assert f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}" > r["published_iso"]
            checked[kind] += 1
        if kind == "singlefile":
            saved = re.search(r"saved date: \w+ (\w+ \d+ \d{4})", raw).group(1)
            assert dt.datetime.strptime(saved, "%b %d %Y").date().isoformat() > r["published_iso"]
            checked[kind] += 1
        if kind == "hugo":
            date = re.search(r"^date(?:: | = )(\S+)$", raw, re.M).group(1)
            lastmod = re.search(r"^lastmod(?:: | = )(\S+)$", raw, re.M).group(1)
            assert date == r["published_time"] and lastmod[:10] != r["published_iso"]
            checked[kind] += 1
        if kind == "discourse" and r["format"] == "html" and hosts_variant(r) != "fa":
            times = re.findall(r"datetime='(\S+)Z'", raw)
            first = dt.datetime.fromisoformat(times[0] + "+00:00")
            assert first == dt.datetime.fromisoformat(r["published_time"])
            assert all(t > times[0] for t in times[1:])
            checked[kind] += 1
    assert len(checked) == 4 and all(v >= 3 for v in checked.values()), checked


def test_paywalled_posts_keep_their_preview(run):
    """A members-only Ghost post's gold body is the preview the page shows above «This post is for subscribers
    only»; a paywalled post with no preview is a negative."""
    out, rows = run
    cut = neg = 0
    for r in rows:
        raw = checks.page_raw(out, r)
        if "This post is for subscribers only" not in raw and "این نوشته فقط برای مشترکان است" not in raw:
            continue
        if r["kind"] != "article":
            neg += 1
            continue
        cut += 1
        assert 1 <= len(r["body_paragraphs"]) <= 2
        last = r["body_paragraphs"][-1]
        assert raw.index(html.escape(last)) < raw.index("gh-post-upgrade-cta")
    assert cut >= 3 and neg >= 0


def test_lynx_paragraphs_are_wrapped(run):
    """A dump's long paragraphs stand on several indented lines (gold: the paragraph whole); lynx numbers its links
    and lists them under «References»."""
    out, rows = run
    wrapped = 0
    for r in rows:
        if r["kind"] != "article" or KIND[r["family"]] != "lynx":
            continue
        lines = checks.lines(out, r)
        for p in r["body_paragraphs"]:
            if p not in lines:
                assert family_pages.consecutive(lines, p), (r["file"], p[:40])
                wrapped += 1
        raw = checks.page_raw(out, r)
        if hosts_variant(r) != "w3m":
            n = len(re.findall(r"\[(\d+)\]", raw))
            assert n and re.search(rf"^\s*{n}\. https://", raw, re.M)
    assert wrapped > 20
