"""Family set AQ's generator: deterministic, its gold consistent with its own pages, its kinds where the docstring
says, its split drawn by a seeded shuffle, its negatives there, its trap dates (a snapshot's date, «به‌روزرسانی»,
a header's today) no gold date."""
from __future__ import annotations

import collections
import datetime as dt
import random
import re

import jdatetime

import family_pages
import family_set_checks as checks
import site_families_aq
from site_families_aq import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_aq_tables import BRIEF_ORDER, KIND, PARENTS, VARIANT

SEED = 373
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.75, 0.95), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.45, 0.8), ("published_iso", 0.85, 0.99), ("lead", 0.12, 0.4), ("agency", 0.45, 0.85)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))
_FA = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")

run, hosts = checks.set_fixtures(site_families_aq, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages."""
    gen = site_families_aq
    seed = SEED
    gold = GOLD


def test_split_is_a_seeded_shuffle():
    """The families' order is the brief's order shuffled by ``Random("aq-split:373")``."""
    order = list(BRIEF_ORDER)
    random.Random("aq-split:373").shuffle(order)
    assert order == FAMILIES


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon, PARENTS.values())


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a line each kind's pages show
MARKS = {"blogger": "نظرات پیام (Atom)", "gov": "تعداد بازدید:", "podcast": "سرفصل‌ها",
         "cache": "cache", "syndication": "مطالب پیشنهادی", "channel": "👁", "shopmag": "عضویت در خبرنامه",
         "ebook": "بخشی از کتاب"}
#: the variants whose pages show no section, and those that show no day
UNSECTIONED = {"jalali", "mobile", "arabic", "en", "feed", "eitaa", "rubika", "splus", "undated"}


def test_kinds_and_negatives_are_there(run):
    """Every kind's mark turns up on its own family's pages; the variants without a section or a day have none; each
    kind of negative is there."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        kind, variant = KIND[r["family"]], _variant(r)
        assert MARKS[kind] in checks.page_raw(out, r), r["file"]
        seen[kind] += 1
        assert (r["section"] is None) == (variant in UNSECTIONED), r["file"]
        if variant == "undated":
            assert r["published_iso"] is None
    assert all(seen[k] >= 8 for k in MARKS), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen


def _jalali(y: str, m: str, d: str) -> str:
    y_ = int(y.translate(_FA))
    y_ = y_ + (1400 if y_ < 50 else 1300) if y_ < 100 else y_
    return jdatetime.date(y_, int(m.translate(_FA)), int(d.translate(_FA))).togregorian().isoformat()


def test_trap_dates_are_not_gold(run):
    """A cache's snapshot date and a magazine's «به‌روزرسانی» come after the story's day; a two-digit Jalali year
    reads as the gold day."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        raw = checks.page_raw(out, r)
        variant = _variant(r)
        if variant == "google":
            snap = re.search(r"as it appeared on (\d+ \w+ \d{4})", raw).group(1)
            assert dt.datetime.strptime(snap, "%d %b %Y").date().isoformat() > r["published_iso"]
            checked["snapshot"] += 1
        if variant == "slash" and r["format"] == "html":
            assert "به‌روزرسانی:" in raw
            checked["updated"] += 1
        if variant in ("dnn", "pipe", "splus"):
            m = re.search(r"(?<![\d۰-۹/])([۰-۹]{2})/([۰-۹]{2})/([۰-۹]{2})(?![\d۰-۹/])", raw)
            assert _jalali(*m.groups()) == r["published_iso"], r["file"]
            checked["two_digit"] += 1
    assert all(checked[k] >= 5 for k in ("snapshot", "updated", "two_digit")), checked
