"""Family set AZ's generator: deterministic, its gold consistent with its own pages, every family's kind and variant
there, its negatives there, its trap dates (a clipping's registration, a scan's, an app's update, a comment's, a feed
fetch's, a circular's notice) no gold date, and its OCR'd and column-wrapped text undone only where the page undoes
it."""
from __future__ import annotations

import collections
import re

import family_pages
import family_set_checks as checks
import site_families_az
from site_families_az import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_az_tables import DEV, HELD, KIND, VARIANT

SEED = 460
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency, names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.45, 0.75), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.9), ("published_iso", 0.6, 0.97), ("lead", 0.05, 0.4), ("agency", 0.3, 0.95)),
    agencies_seen=frozenset({None}), broken_lines=True, labelled_leads=True)
run, hosts = checks.set_fixtures(site_families_az, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages."""
    gen = site_families_az
    seed = SEED
    gold = GOLD


def test_split_is_the_briefs():
    """Kinds 1-4 open, 5-8 held: the order of the brief, as ``bench/score_families.py`` scores them."""
    assert DEV + HELD == FAMILIES and len(DEV) == 4
    assert [KIND[f] for f in FAMILIES] == ["clipping", "applanding", "comments", "columnist", "feedreader",
                                           "infotext", "govportal", "widget"]
    checks.check_registered(site_families_az, SEED, DEV, HELD)


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon)


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a mark each variant's pages show (HTML pages and the flat kinds)
MARKS = {"monitorview": "تاریخ ثبت در سامانه", "archivetext": "متن صفحه (تبدیل خودکار", "hocrview": "ocrx_line",
         "storelisting": "درباره این برنامه", "pwainstall": 'rel="manifest"', "dlpage": "دانلود مستقیم اندروید",
         "disqusembed": "disqus_thread", "nazarat": 'class="c-foot"', "threadtxt": " دیدگاه",
         "profile": "author-card", "editorial": "سرمقاله", "columntxt": "یادداشت", "readerweb": "article_full",
         "readercards": "دریافت خوراک:", "newsboat": "Feed: ", "infoalt": "متن اینفوگرافیک",
         "longdesc": "longdesc", "a11ytxt": "[پایان توضیح تصویر]", "govportal": 'class="a11y"',
         "govmobile": "کد خبر:", "govtxt": "نسخه نابینایان", "weatherwidget": "nw-embed", "shopwidget": "nw-embed",
         "travelwidget": "nw-embed"}
FLAT_VARIANTS = site_families_az.FLAT


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
        if r["format"] == "html" or v in FLAT_VARIANTS:
            assert MARKS[v] in raw, (r["file"], v)
            seen[v] += 1
        assert r["format"] == "txt" or v not in FLAT_VARIANTS
        assert r["section"] is None or v not in site_families_az.UNSECTIONED, r["file"]
        assert r["surtitle"] is None or r["surtitle"] != r["section"]
    assert all(seen[v] >= 2 for vs in VARIANT.values() for v in vs), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen
    assert sum(1 for r in rows if r["kind"] == "article" and r["surtitle"]) > 3


def _jday(s: str) -> str:
    import jdatetime
    y, mo, d = (int(x) for x in s.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).split("/"))
    return jdatetime.date(y, mo, d).togregorian().isoformat()


#: a variant's trap day as its pages write it (all on or after the story's day)
TRAPS = {"monitorview": r"تاریخ ثبت در سامانه</th><td>([۰-۹/]+)", "readercards": r"دریافت خوراک: ([۰-۹/]+)",
         "govportal": r"تاریخ ابلاغ</td><td>([۰-۹/]+)"}


def test_trap_dates_are_not_gold(run):
    """A clipping's registration day, a feed's fetch day and a circular's notice day come after the story's."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"] or r["format"] != "html":
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        if v in TRAPS:
            days = [_jday(m.group(1)) for m in re.finditer(TRAPS[v], raw)]
            assert all(d > r["published_iso"] for d in days), (r["file"], days)
            checked[v] += bool(days)
    assert all(checked[k] >= 2 for k in TRAPS), checked


def test_ocr_and_comments(run):
    """OCR'd pages hold noise (a ZWNJ read as a space, a stray Latin letter) in gold as on the page; comment-heavy
    pages show more comment text than story; a clipping's column lines are undone in gold."""
    out, rows = run
    noisy = wrapped = heavy = 0
    for r in rows:
        if r["kind"] != "article":
            continue
        v, raw = _variant(r), checks.page_raw(out, r)
        body = " ".join(r["body_paragraphs"])
        if KIND[r["family"]] == "clipping":
            noisy += bool(re.search(r" [ilI|] ", body) or "ي" in body)
            if v == "archivetext":
                wrapped += any(p not in raw for p in r["body_paragraphs"])
        if KIND[r["family"]] == "comments" and r["format"] == "html":
            comments = sum(len(c) for c in r["chrome_lines"]) - len(r["title"])
            heavy += comments > len(body)
    assert noisy >= 5 and wrapped >= 3 and heavy >= 5, (noisy, wrapped, heavy)
