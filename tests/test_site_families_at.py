"""Family set AT's generator: deterministic, its gold consistent with its own pages, every family's kind and variant
there, its negatives there, its trap dates (a mail's own date, a clipping's registration, «به‌روزرسانی») no gold date,
a teaser's gold the paragraphs it shows, a page's hard wraps and «> » quotes undone in its gold."""
from __future__ import annotations

import collections
import json
import re
import shutil

import family_pages
import family_set_checks as checks
import site_families_at
from site_families_at import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_at_tables import DEV, HELD, KIND, PARENTS, VARIANT

SEED = 389
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS - {"br"},  # (a hard wrap is a «<br>» inside a line; a line break is «<br>» and a newline)
    agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.65, 0.85), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.5, 0.9), ("published_iso", 0.8, 0.99), ("lead", 0.15, 0.5), ("agency", 0.35, 0.85)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), broken_lines=True)
#: a quoted line's «> » prefix
QUOTED = re.compile(r"^(> ?)+|^>$", re.M)

run, hosts = checks.set_fixtures(site_families_at, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages (a text mail's lines unquoted, a word an OCR text broke after its ZWNJ joined again)."""
    gen = site_families_at
    seed = SEED
    gold = GOLD

    def gold_pages(self, out, tmp_path):
        copy = tmp_path / "plain"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        for page in (out / "pages").iterdir():
            raw = page.read_text(encoding="utf-8")
            if page.suffix == ".txt":
                raw = QUOTED.sub("", raw).replace("\u200c\n", "\u200c")
            (copy / "pages" / page.name).write_text(raw, encoding="utf-8")
        return copy


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["mail", "export", "video", "mirror", "ocr", "app", "comments", "column"]
    checks.check_registered(site_families_at, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon, PARENTS.values())


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a line each variant's pages show
MARKS = {"thunderbird": "-------- Forwarded Message --------", "webmail": "ارسال به دیگری", "plain": "mailing list",
         "pdftohtml": "pdftohtml", "pdftotext": "پیوست: ندارد", "unrtf": "UnRTF", "agency": "پاسخ",
         "broadcaster": "متن گزارش", "webtv": "Embed", "croxy": "CroxyProxy", "mirror": "نسخه آینه",
         "saved": "<!-- saved from url=", "portal": "متن بریده (OCR)", "clip": "بریده جراید", "scan": "OCR",
         "full": "article:published_time", "teaser": 'class="crumbs"', "qr": "پربازدیدها",
         "wpdiscuz": "دیدگاه شما", "disqus": "Sort by Best", "crumb": "سایر یادداشت‌های این نویسنده",
         "label": "به‌روزرسانی", "menu": "aria-current"}
#: the variants whose pages show no section
UNSECTIONED = {"plain", "pdftotext", "unrtf", "scan"}


def test_kinds_and_negatives_are_there(run):
    """Every variant's mark turns up on its pages (an HTML page's; the video agency's «کیفیت»), the unsectioned ones
    have no section, a kicker is a surtitle and no section; each kind of negative is there."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        mark = "کیفیت:" if (KIND[r["family"]], v) == ("video", "agency") else MARKS[v]
        if r["format"] == "html" or mark in ("mailing list", "پیوست: ندارد", "بریده جراید", "OCR"):
            assert mark in raw, (r["file"], mark)
            seen[v] += 1
        assert r["section"] is None or v not in UNSECTIONED, r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 40


def _jalali(y: str, m: str, d: str) -> str:
    import jdatetime
    fa = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
    y_ = int(y.translate(fa))
    y_ = y_ + (1400 if y_ < 50 else 1300) if y_ < 100 else y_
    return jdatetime.date(y_, int(m.translate(fa)), int(d.translate(fa))).togregorian().isoformat()


def test_trap_dates_are_not_gold(run):
    """A webmail's «تاریخ:», a clip's «تاریخ ثبت در سامانه» and a column's «به‌روزرسانی» come after the story's day;
    a two-digit Jalali year reads as the gold day."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"] or r["format"] != "html":
            continue
        lines = checks.lines(out, r)
        v = _variant(r)
        traps = {"webmail": "تاریخ:", "portal": "تاریخ ثبت در سامانه:", "label": "به‌روزرسانی:"}
        if v in traps:
            trap = re.search(re.escape(traps[v]) + r"\s*([^\n]*)", "\n".join(lines)).group(1)
            m = re.search(r"([۰-۹]{2,4})/([۰-۹]{2})/([۰-۹]{2})", trap)
            if m:
                assert _jalali(*m.groups()) > r["published_iso"], r["file"]
            else:
                assert trap and r["published_iso"] not in trap
            checked[v] += 1
        if v in ("thunderbird", "mirror", "portal"):
            m = re.search(r"(?<![\d۰-۹/])([۰-۹]{2})/([۰-۹]{2})/([۰-۹]{2})(?![\d۰-۹/])", "\n".join(lines))
            assert _jalali(*m.groups()) == r["published_iso"], r["file"]
            checked["two_digit"] += 1
    assert all(checked[k] >= 2 for k in ("webmail", "portal", "label", "two_digit")), checked


def test_teasers_show_only_their_paragraphs(run):
    """A teaser landing page's gold holds two paragraphs, a QR page's three, at most; the story has more elsewhere."""
    out, rows = run
    cut = collections.Counter()
    for r in rows:
        if r["kind"] == "article" and KIND[r["family"]] == "app":
            v = _variant(r)
            limit = {"full": 40, "teaser": 2, "qr": 3}[v]
            assert len(r["body_paragraphs"]) <= limit
            cut[v] += "ادامه" in checks.page_raw(out, r)
    assert cut["teaser"] and cut["qr"], cut


def test_wraps_and_quotes_are_the_pages(run):
    """A text mail quotes its story with «> », an OCR text breaks some words after their ZWNJ, a PDF's HTML wraps its
    paragraphs with ``<br/>``: the gold paragraphs are whole."""
    out, rows = run
    shapes = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        raw, v = checks.page_raw(out, r), _variant(r)
        if v == "plain":
            assert f"> {r['title']}\n" in raw
            shapes["quoted"] += 1
        if v in ("clip", "scan", "portal") and re.search("\u200c(\n|<br>)", raw):
            shapes["zwnj"] += 1
        if v == "pdftohtml" and r["format"] == "html" and " <br/>" in raw:
            shapes["pdf"] += 1
        assert all("\n" not in p and "<br" not in p for p in r["body_paragraphs"])
    assert all(shapes[k] >= 5 for k in ("quoted", "zwnj", "pdf")), shapes


def test_comments_outweigh_the_story(run):
    """A comment-heavy page holds 20-60 comments whose text is longer than the story's; they are chrome."""
    out, rows = run
    n = 0
    for r in rows:
        if r["kind"] == "article" and KIND[r["family"]] == "comments":
            story = sum(len(p) for p in r["body_paragraphs"])
            chrome = sum(len(c) for c in r["chrome_lines"])
            assert chrome > story, r["file"]
            n += 1
    assert n >= 10
    gold = [json.loads(x) for x in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(gold) == len(rows)
