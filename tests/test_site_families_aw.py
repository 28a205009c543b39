"""Family set AW's generator: deterministic, its gold consistent with its own pages (a feed's, a note export's values
and a Markdown clip's lines as a reader decodes them), every family's kind and variant there, its negatives there, its
trap dates (an export's, a clip's, a revision's, a recording's, a chat's and a post's times) no gold date, and the
shapes of its pages (text runs, wrapped lines, diff columns, chat bubbles, WAP cards) undone in its gold."""
from __future__ import annotations

import collections
import csv
import html
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import family_pages
import family_set_checks as checks
import site_families_aw
from site_families_aw import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_aw_tables import DEV, HELD, KIND, VARIANT

SEED = 421
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.5, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.9), ("published_iso", 0.6, 0.95), ("lead", 0.1, 0.4), ("agency", 0.5, 0.95)),
    agencies_seen=frozenset({None}), broken_lines=True, labelled_leads=True)
#: a Markdown line's marks (headings, quotes, list items) and a wiki link's brackets
MD = re.compile(r"^(?:#{1,6} |> |- )")

run, hosts = checks.set_fixtures(site_families_aw, SEED)


def _values(x: str | None, out: list[str]) -> None:
    """A decoded value's lines (an HTML value's text a line per element)."""
    if not x:
        return
    parts = re.split(r"<[^>]+>|\n", x) if "<" in x else x.split("\n")
    out.extend(t for part in parts if (t := html.unescape(part).strip()))


def readable_xml(raw: str) -> str:
    """An XML export as a reader decodes it: each text value a line per line of it."""
    out: list[str] = []
    for el in ET.fromstring(raw).iter():
        _values(el.text, out)
        _values(el.tail, out)
    return "\n".join(out) + "\n"


def readable_json(raw: str) -> str:
    """A JSON feed as a reader decodes it: each string value a line per line of it."""
    out: list[str] = []

    def walk(v) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str):
            _values(v, out)

    walk(json.loads(raw))
    return "\n".join(out) + "\n"


def readable_csv(raw: str) -> str:
    """A CSV dump as a reader decodes it: each cell a line per line of it."""
    out: list[str] = []
    for row in csv.reader(io.StringIO(raw)):
        for cell in row:
            _values(cell, out)
    return "\n".join(out) + "\n"


def readable_md(raw: str) -> str:
    """A Markdown clip as a note app shows it: its front matter as written, then headings, quotes and list items
    without their marks, links bare."""
    _, front, body = raw.split("---\n", 2)
    shown = [MD.sub("", x.strip()).replace("[[", "").replace("]]", "") for x in body.splitlines()]
    return front + "\n".join(shown) + "\n"


def _kind_of(page: Path, raw: str) -> str | None:
    if page.suffix != ".txt":
        return None
    if raw.startswith("<?xml"):
        return "xml"
    if raw.startswith("{"):
        return "json"
    if raw.startswith('"id",'):
        return "csv"
    if raw.startswith("---\n"):
        return "md"
    return None


READ = {"xml": readable_xml, "json": readable_json, "csv": readable_csv, "md": readable_md}


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages (an export read as its decoded text)."""
    gen = site_families_aw
    seed = SEED
    gold = GOLD

    def gold_pages(self, out, tmp_path):
        copy = tmp_path / "plain"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        for page in (out / "pages").iterdir():
            raw = page.read_text(encoding="utf-8")
            k = _kind_of(page, raw)
            (copy / "pages" / page.name).write_text(READ[k](raw) if k else raw, encoding="utf-8")
        return copy


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["viewer", "feed", "notes", "revisions", "transcript", "chat", "usenet",
                                           "wap"]
    checks.check_registered(site_families_aw, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon)


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"epaper": 'usemap="#zones"', "officeweb": 'class="NormalTextRun"', "ocrtext": "\x0c",
         "rss": "<content:encoded><![CDATA[", "jsonfeed": "jsonfeed.org\\/version\\/1.1", "csvdump": '"created_at"',
         "obsidian": '  - "clippings"', "enex": "<en-export", "notion": 'class="page sans"',
         "mwdiff": "diff-addedline", "wpcompare": "dashicons-plus", "gdocs": "docs-revisions-sidebar",
         "otter": "Transcribed by https://otter.ai", "player": 'class="ts"', "vidhost": "متن کامل گزارش:",
         "wa_viewer": "end-to-end encrypted", "wa_web": "data-pre-plain-text", "tg_html": "forwarded body",
         "nntp": "Newsgroups: ", "groups": "پاسخ به همه", "gateway": "<pre>", "wml": "<card id=",
         "xhtmlmp": "XHTML Mobile 1.0", "chtml": "<marquee"}
#: the variants whose pages are flat text
FLAT_VARIANTS = site_families_aw.FLAT


def test_kinds_and_negatives_are_there(run):
    """Every variant's mark turns up on its pages (an OCR text's form feed on its pages of more than one page), the
    unsectioned variants show no section; each kind of negative is there."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if (r["format"] == "html" or v in FLAT_VARIANTS) and not (v == "ocrtext" and len(r["body_paragraphs"]) < 4):
            assert MARKS[v] in raw, (r["file"], v)
            seen[v] += 1
        assert r["format"] == "txt" or v not in FLAT_VARIANTS
        assert r["section"] is None or v not in site_families_aw.UNSECTIONED, r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 10


def test_trap_dates_are_not_gold(run):
    """A clip's, an export's, a revision's, a recording's, a chat's and a post's day is later than the story's."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        later = {"obsidian": r"created: (\d{4}-\d\d-\d\d)", "enex": r"<created>(\d{8})T",
                 "nntp": r"Date: \w+, (\d\d \w+ \d{4})", "rss": r"<lastBuildDate>\w+, (\d\d \w+ \d{4})",
                 "jsonfeed": r'"date_modified": "(\d{4}-\d\d-\d\d)'}.get(v)
        if later:
            m = re.search(later, raw)
            day = m.group(1)
            if not day[:4].isdigit():
                import datetime as dt
                day = dt.datetime.strptime(day, "%d %b %Y").date().isoformat()
            elif "-" not in day:
                day = f"{day[:4]}-{day[4:6]}-{day[6:]}"
            assert day >= r["published_iso"], (r["file"], day)
            checked[v] += 1
    assert all(checked[k] >= 2 for k in ("obsidian", "enex", "nntp", "rss", "jsonfeed")), checked


def test_shapes_are_undone_in_gold(run):
    """Text runs, wrapped lines, diff columns, chat bubbles and WAP cards leave a paragraph whole; an export decodes
    and holds its gold."""
    out, rows = run
    shapes: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw, v = checks.page_raw(out, r), _variant(r)
        assert all("\n" not in p and "<" not in p for p in r["body_paragraphs"])
        if v in ("rss", "enex", "jsonfeed", "csvdump"):
            k = _kind_of(Path(r["file"]), raw)
            lines = READ[k or "xml"](raw).splitlines()
            assert r["title"] in lines and all(p in lines for p in r["body_paragraphs"])
            shapes[v] += 1
        if v in ("mwdiff", "wpcompare") and r["format"] == "html":
            assert raw.count("diff-addedline") >= 1 and "<del" not in raw
            shapes[v] += 1
        if v == "wml" and len(r["body_paragraphs"]) > 3 and r["format"] == "html":
            assert raw.count("<card ") >= 2 and "ادامه »" in raw
            shapes[v] += 1
        if v in ("ocrtext", "nntp") and any(len(p) > 80 for p in r["body_paragraphs"]):
            assert not all(p in raw.split("\n") for p in r["body_paragraphs"])
            shapes[v] += 1
    assert all(shapes[k] >= 3 for k in ("rss", "enex", "jsonfeed", "csvdump", "mwdiff", "wpcompare", "wml", "ocrtext",
                                         "nntp")), shapes
