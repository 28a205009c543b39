"""Family set AR's generator: deterministic, its gold consistent with its own pages, its kinds where the docstring
says, its split drawn by a seeded shuffle, its negatives there, its trap dates (updates' times, a forward's time,
received and accepted days, a document's saved time) no gold date."""
from __future__ import annotations

import collections
import random

import family_pages
import family_set_checks as checks
import site_families_ar
from site_families_ar import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency
from site_families_ar_tables import BRIEF_ORDER, KIND, PARENTS, VARIANT

SEED = 379
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.7, 0.92), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.35, 0.7), ("published_iso", 0.85, 0.99), ("lead", 0.12, 0.4), ("agency", 0.3, 0.7)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))

run, hosts = checks.set_fixtures(site_families_ar, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its
    pages."""
    gen = site_families_ar
    seed = SEED
    gold = GOLD


def test_split_is_a_seeded_shuffle():
    """The families' order is the brief's order shuffled by ``Random("ar-split:379")``."""
    order = list(BRIEF_ORDER)
    random.Random("ar-split:379").shuffle(order)
    assert order == FAMILIES


def test_hosts_differ():
    checks.check_host_tables(FAMILIES, HOSTS, SECTIONS, VARIANT, canon, PARENTS.values())


def _variant(r: dict) -> str:
    return checks.variant_of(VARIANT, HOSTS, r)


#: a line each kind's pages show
MARKS = {"live": "خلاصه رویدادها", "photo": "گزارش تصویری", "word": "بسمه تعالی", "mail": "Forwarded message",
         "reader": "مطالب بعدی در این خوراک", "journal": "ارجاع به مقاله", "qa": "پاسخ اجمالی",
         "proxy": "Translated from: Persian"}
#: a mark only some variants show
VARIANT_MARKS = {"gmail": "---------- Forwarded message ---------", "webmail": "-------- پیام اصلی --------",
                 "iphone": "Sent from my iPhone", "release": "MsoNormal", "company": "o:p", "goog": "vertical-align",
                 "bing": "Microsoft Translator", "menu": 'class="active"'}
#: the variants whose pages show a section
SECTIONED = {("live", "crumb"), ("live", "short"), ("photo", "crumb"), ("photo", "service"), ("photo", "menu"),
             ("reader", "persian"), ("journal", "sid"), ("qa", "label"), ("qa", "crumb"), ("proxy", "goog"),
             ("proxy", "bing"), ("proxy", "goog_text")}


def test_kinds_and_negatives_are_there(run):
    """Every kind's mark turns up on its own family's pages (Word's and Gmail's on their HTML pages); the sections
    stand where the docstring says; each kind of negative is there."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            seen[r["kind"]] += 1
            continue
        kind, variant = KIND[r["family"]], _variant(r)
        raw = checks.page_raw(out, r)
        mark = "Forwarded message" if variant == "gmail" else "" if variant == "iphone" else MARKS[kind]
        assert mark in raw or kind == "mail", r["file"]
        if variant in VARIANT_MARKS and (r["format"] == "html" or variant == "iphone"):
            assert VARIANT_MARKS[variant] in raw, r["file"]
        seen[kind] += 1
        assert (r["section"] is None) == ((kind, variant) not in SECTIONED), r["file"]
        if variant == "noor":
            assert r["published_iso"] is None
    assert all(seen[k] >= 8 for k in MARKS), seen
    assert seen["listing"] and seen["chrome_only"] and seen["empty"], seen


def test_trap_dates_are_not_gold(run):
    """A forward's time comes after the story's; a journal's received and accepted days before its publishing day;
    the live blog's last update after its start."""
    out, rows = run
    checked: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article" or not r["published_iso"]:
            continue
        raw = checks.page_raw(out, r)
        variant = _variant(r)
        if variant in ("gmail", "webmail", "iphone"):
            assert r["published_time"] and len(r["published_time"]) > 10  # (the story's instant, not the forward's)
            checked["mail"] += 1
        if variant == "magiran":
            assert "تاریخ دریافت:" in raw and "تاریخ پذیرش:" in raw
            checked["journal"] += 1
        if KIND[r["family"]] == "live":
            assert "آخرین به‌روزرسانی:" in raw
            checked["live"] += 1
    assert all(checked[k] >= 5 for k in ("mail", "journal", "live")), checked
