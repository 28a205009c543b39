"""Family set AY's generator: deterministic, its gold consistent with its own pages, every family's kind and variant
there, its negatives there, its trap dates (a recording's, a rerun's, a chat's, a forward's, a mail's, a post's, a
capture's, a print's, a commit's) no gold date, and the shapes of its pages (cues, runs, spans, fonts, messages)
undone in its gold."""
from __future__ import annotations

import collections
import datetime as dt
import re

import family_pages
import family_set_checks as checks
import site_families_ay
from site_families_ay import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_ay_tables import DEV, HELD, KIND, VARIANT

SEED = 450
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.5, 0.75), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.9), ("published_iso", 0.6, 0.97), ("lead", 0.1, 0.4), ("agency", 0.4, 0.95)),
    agencies_seen=frozenset({None}), broken_lines=True, labelled_leads=True)
run, hosts = checks.set_fixtures(site_families_ay, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages."""
    gen = site_families_ay
    seed = SEED
    gold = GOLD


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["transcript", "chatexport", "mailarchive", "docviewer", "replay",
                                           "wrapper", "printview", "gitmarkdown"]
    checks.check_registered(site_families_ay, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon)


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"podcast": 'class="ts"', "webvtt": "WEBVTT", "tvturns": 'class="speaker"', "whatsapp": "‎Messages and calls",
         "tgexport": "message service", "discord": "chatlog__embed-footer-text", "pipermail": "<!--beginarticle-->",
         "mhonarc": "<!--X-Body-of-Message-->", "phpbb": "postprofile", "pdfjs": 'class="textLayer"',
         "wordhtml": "class=MsoNormal", "pdftotext": "خبرنامه داخلی شماره", "wayback": "wm-ipp",
         "archivetoday": "webpage capture", "cacheview": "cache-banner", "gtproxy": "vertical-align: inherit",
         "webproxy": "browse.php?u=", "weblight": "نمایش صفحه اصلی", "printtxt": "/۲\n",
         "printhtml": "تاریخ چاپ:", "printfriendly": "pf-toolbar", "gitea": 'class="frontmatter"', "rawmd": "\n---\n",
         "githubblob": "markdown-body"}
#: the variants whose pages are flat text
FLAT_VARIANTS = site_families_ay.FLAT


def test_kinds_and_negatives_are_there(run):
    """Every variant's mark turns up on its pages, the unsectioned variants show no section; each kind of negative
    is there, and kickers."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if r["format"] == "html" or (v in FLAT_VARIANTS and v != "printtxt"):
            assert MARKS[v] in raw, (r["file"], v)
            seen[v] += 1
        elif v == "printtxt":
            seen[v] += MARKS[v] in raw
        assert r["format"] == "txt" or v not in FLAT_VARIANTS
        assert r["section"] is None or v not in site_families_ay.UNSECTIONED, r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 5


#: a variant's trap instants as its pages write them, and how to read one (all after the story's day)
TRAPS = {"whatsapp": (r"^\[([۰-۹/]+)،", "jalali"),
         "pipermail": (r"<I>\w+ (\w+ +\d+) [\d:]+ IR[SD]T (\d{4})</I>", "mail"),
         "mhonarc": (r"<!--X-Date: \w+, (\d+ \w+ \d{4})", "day"), "wayback": (r'/web/(\d{8})\d{6}/', "stamp"),
         "archivetoday": (r"<td>(\d+ \w+ \d{4}) [\d:]+ UTC</td>", "day")}


def _trap_day(kind: str, m: re.Match) -> str:
    if kind == "jalali":
        import jdatetime
        y, mo, d = (int(x) for x in m.group(1).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).split("/"))
        return jdatetime.date(y, mo, d).togregorian().isoformat()
    if kind == "mail":
        return dt.datetime.strptime(f"{' '.join(m.group(1).split())} {m.group(2)}", "%b %d %Y").date().isoformat()
    if kind == "stamp":
        return dt.datetime.strptime(m.group(1), "%Y%m%d").date().isoformat()
    return dt.datetime.strptime(m.group(1), "%d %b %Y").date().isoformat()


def test_trap_dates_are_not_gold(run):
    """A chat's, a mail's, an archive's capture day is never before the story's (they came after it was published);
    a podcast's recording day is before it."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if v in TRAPS and (r["format"] == "html" or v in FLAT_VARIANTS):
            pat, kind = TRAPS[v]
            days = [_trap_day(kind, m) for m in re.finditer(pat, raw, re.M)]
            assert days and all(d >= r["published_iso"] for d in days), (r["file"], days)
            checked[v] += 1
        if v == "podcast" and r["format"] == "html":
            assert "ضبط‌شده در" in raw
            checked[v] += 1
    assert all(checked[k] >= 2 for k in (*TRAPS, "podcast")), checked


def test_shapes_are_undone_in_gold(run):
    """Runs, spans and fonts cut inside paragraphs, a story among messages or posts, a cue's wrapped lines: each
    gold paragraph whole and plain, and the page's cuts really there."""
    out, rows = run
    shapes: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw, v = checks.page_raw(out, r), _variant(r)
        assert all("\n" not in p and "<" not in p for p in r["body_paragraphs"])
        if r["format"] != "html":
            if v == "webvtt" and any(p not in raw for p in r["body_paragraphs"]):
                shapes[v] += 1  # (a cue's text wrapped)
            continue
        if v == "pdfjs" and any(html_cut(raw, p, "</span><span") for p in r["body_paragraphs"]):
            shapes[v] += 1
        if v == "wordhtml" and any(html_cut(raw, p, "</span><span") for p in r["body_paragraphs"]):
            shapes[v] += 1
        if v == "gtproxy" and any(html_cut(raw, p, "</font></font><font") for p in r["body_paragraphs"]):
            shapes[v] += 1
        if v == "archivetoday":
            assert 'class="o-' not in raw
            shapes[v] += 1
        if v in ("tgexport", "discord", "phpbb"):
            assert raw.count(r["title"]) >= 1 and raw.count("chatlog__header") + raw.count('class="author"') \
                + raw.count("message default") >= 3
            shapes[v] += 1
    assert all(shapes[k] >= 3 for k in ("webvtt", "pdfjs", "wordhtml", "gtproxy", "archivetoday", "tgexport",
                                         "discord", "phpbb")), shapes


def html_cut(raw: str, p: str, cut: str) -> bool:
    """Whether paragraph ``p`` stands in ``raw`` cut by ``cut`` (its first words before a cut, not whole)."""
    import html
    head = html.escape(" ".join(p.split()[:3]))
    i = raw.find(head)
    return i >= 0 and html.escape(p) not in raw and cut in raw[i:i + len(html.escape(p)) + 400]
