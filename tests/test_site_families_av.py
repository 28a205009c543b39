"""Family set AV's generator: deterministic, its gold consistent with its own pages (an XML export's values and a
gemtext page's lines as a reader decodes them), every family's kind and variant there, its negatives there, its trap
dates (a voice's, a book's, a capture's, a print's, a note's, an edit's and a correction's days) no gold date, a
read-aloud page's spans, an e-book's page breaks and a script's cues undone in its gold."""
from __future__ import annotations

import collections
import html
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import family_pages
import family_set_checks as checks
import site_families_av
from site_families_av import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_av_tables import CUES, DEV, HELD, KIND, PARENTS, VARIANT
from site_families_h import JMONTHS

SEED = 409
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.5, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.7, 0.92), ("published_iso", 0.85, 0.995), ("lead", 0.15, 0.45), ("agency", 0.6, 0.9)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), broken_lines=True, labelled_leads=True)
#: an HTML fragment's tags
TAG = re.compile(r"<[^>]+>")
#: a gemtext line's marks (headings, quotes, list items, a link's target)
GEM = re.compile(r"^(?:#{1,3} |> |\* |=> \S+ ?)")

run, hosts = checks.set_fixtures(site_families_av, SEED)


def readable_xml(raw: str) -> str:
    """An XML export as a reader decodes it: each text value a line per line of it (an HTML value's text a line per
    element)."""
    out: list[str] = []

    def text(x: str | None) -> None:
        if not x:
            return
        parts = re.split(r"<[^>]+>|\n", x) if "<" in x else x.split("\n")
        out.extend(t for part in parts if (t := html.unescape(part).strip()))

    for el in ET.fromstring(raw).iter():
        if el.tag.endswith("category") and "blogger.com/atom" in el.get("scheme", ""):
            out.append(el.get("term", ""))  # (a Blogger label, as a reader lists it)
        text(el.text)
        text(el.tail)
    return "\n".join(out) + "\n"


def readable_gemtext(raw: str) -> str:
    """A gemtext page as a Gemini client shows it: headings, quotes and links without their marks."""
    return "\n".join(GEM.sub("", x) for x in raw.splitlines()) + "\n"


def _kind_of(page: Path, raw: str) -> str | None:
    if page.suffix != ".txt":
        return None
    if raw.startswith("<?xml"):
        return "xml"
    if raw.startswith("# "):
        return "gemtext"
    return None


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages (an XML export and a gemtext page read as their decoded text)."""
    gen = site_families_av
    seed = SEED
    gold = GOLD

    def gold_pages(self, out, tmp_path):
        copy = tmp_path / "plain"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        for page in (out / "pages").iterdir():
            raw = page.read_text(encoding="utf-8")
            k = _kind_of(page, raw)
            text = readable_xml(raw) if k == "xml" else readable_gemtext(raw) if k == "gemtext" else raw
            (copy / "pages" / page.name).write_text(text, encoding="utf-8")
        return copy


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["listen", "ebook", "archive", "script", "notes", "versions", "xml",
                                           "smallweb"]
    checks.check_registered(site_families_av, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon, PARENTS.values())


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"sentences": 'class="tts-sentence"', "words": 'class="w" data-t=', "audiofirst": "متن کامل خبر",
         "calibre": "This article was downloaded by calibre", "epub": 'epub:type="chapter"', "ebooktxt": "* * *",
         "wayback": "BEGIN WAYBACK TOOLBAR INSERT", "arquivo": "Arquivo.pt", "natlib": "آرشیو وب ملی",
         "enps": "اسلاگ:", "inews": "STORY: RAD-", "prompter": "prompter-bar", "evernote": "<en-note>",
         "keep": 'class="heading"', "onenote": "Microsoft OneNote", "diffsite": "نسخه فعلی",
         "revised": "نسخه قبلی این خبر", "corrected": "اصلاحیه", "wxr": "<wp:wxr_version>",
         "blogger": "blogger.com,1999", "newsml": "NewsML-G2", "gemtext": "=> /", "gopher": "gopher://",
         "kineto": "Proxied by: kineto"}
#: the variants whose pages are flat text
FLAT_VARIANTS = {"ebooktxt", "inews", "wxr", "blogger", "newsml", "gemtext", "gopher"}


def test_kinds_and_negatives_are_there(run):
    """Every variant's mark turns up on its pages, a Keep note, a gopher text and a teleprompter have no section;
    each kind of negative is there."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if r["format"] == "html" or v in FLAT_VARIANTS:
            assert MARKS[v] in raw, (r["file"], v)
            seen[v] += 1
        assert r["format"] == "txt" or v not in FLAT_VARIANTS
        assert r["section"] is None or v not in ("keep", "gopher", "prompter", "ebooktxt"), r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 20


def _jalali(y: str, m: str, d: str) -> str:
    import jdatetime
    fa = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
    return jdatetime.date(int(y.translate(fa)), int(m.translate(fa)), int(d.translate(fa))).togregorian().isoformat()


def test_trap_dates_are_not_gold(run):
    """A voice's, a print's, a capture's, a correction's day and a header's today come after the story's; a Wayback
    URL's capture, an Evernote note's creation, a WXR's modification too."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    labels = {"sentences": "تاریخ تولید صدا:", "audiofirst": "تاریخ تولید صدا:", "enps": "تاریخ چاپ:",
              "natlib": "این صفحه در تاریخ", "corrected": "اصلاحیه (", "revised": "به‌روزرسانی:"}
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if v in labels and r["format"] == "html":
            m = re.search(re.escape(labels[v]) + r"\s*([۰-۹]{4})/([۰-۹]{2})/([۰-۹]{2})", raw)
            day = _jalali(*m.groups())
            assert day > r["published_iso"] or (v == "revised" and day == r["published_iso"]), r["file"]
            checked[v] += 1
        today = re.search(r"امروز: \S+ ([۰-۹]+) (\S+) ([۰-۹]{4})", raw)
        if today:
            d, month, y = today.groups()
            assert _jalali(y, str(JMONTHS.index(month) + 1), d) > r["published_iso"], r["file"]
            checked["today"] += 1
        if v == "wayback" and r["format"] == "html":
            assert re.search(r"/web/(\d{8})", raw).group(1) > r["published_iso"].replace("-", "")
            checked[v] += 1
        if v == "evernote" and r["format"] == "html":
            assert re.search(r'name="created" content="(\S{10})', raw).group(1) > r["published_iso"]
            checked[v] += 1
        if v == "wxr":
            assert re.search(r"<wp:post_date><!\[CDATA\[(\S{10})", raw).group(1) == r["published_iso"]
            assert re.search(r"<wp:post_modified><!\[CDATA\[(\S{10})", raw).group(1) >= r["published_iso"]
            checked[v] += 1
    assert all(checked[k] >= 2 for k in ("sentences", "audiofirst", "enps", "natlib", "corrected", "revised",
                                         "wayback", "evernote", "wxr", "today")), checked


def test_shapes_are_undone_in_gold(run):
    """Spans a sentence or a word leave a paragraph whole; an EPUB's page breaks and a script's cues stand between
    paragraphs and are none of them; an XML export decodes and holds its gold."""
    out, rows = run
    shapes: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw, v = checks.page_raw(out, r), _variant(r)
        assert all("\n" not in p and "<" not in p for p in r["body_paragraphs"])
        if v in ("sentences", "words") and r["format"] == "html":
            ps = re.findall(r'<p class="tts-p">(.*?)</p>', raw)
            assert [html.unescape(TAG.sub("", p)) for p in ps] == r["body_paragraphs"], r["file"]
            shapes[v] += 1
        if v == "epub" and len(r["body_paragraphs"]) > 3 and r["format"] == "html":
            assert 'epub:type="pagebreak"' in raw
            shapes[v] += 1
        if v in ("enps", "inews", "prompter"):
            assert not set(CUES) & set(r["body_paragraphs"]) and any(c in raw for c in CUES + ["[SOT: "])
            shapes[v] += 1
        if v in ("wxr", "blogger", "newsml"):
            lines = readable_xml(raw).splitlines()
            assert r["title"] in lines and all(p in lines for p in r["body_paragraphs"])
            shapes[v] += 1
    assert all(shapes[k] >= 3 for k in ("sentences", "words", "epub", "enps", "inews", "prompter", "wxr", "blogger",
                                         "newsml")), shapes
