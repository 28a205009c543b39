"""Family set AA's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_aa
from site_families_aa import (
    AGENCIES,
    BADGES,
    HOMES,
    HOSTS,
    aa_date,
    canon,
    credited_agency,
    make_host,
    split_spans,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.25, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.15, 0.7), ("agency", 0.4, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 231


run, hosts = checks.set_fixtures(site_families_aa, SEED)


@pytest.mark.parametrize(("style", "want"), [
    ("wd_slash", "جمعه ۱۴۰۲/۰۹/۱۷ ساعت ۱۴:۳۰"),
    ("greg_latin", "2023/12/08 - 14:30"),  # Z's
    ("day_dash", "۱۷ آذر ۱۴۰۲ - ۱۴:۳۰"),  # Y's
])
def test_aa_dates(style, want):
    assert aa_date(dt.datetime(2023, 12, 8, 14, 30), style, "fa") == want


def test_split_spans_keep_the_text():
    """A word split by an inline ``<span style>`` at its ZWNJ (raw or an entity) reads the same."""
    h = make_host(SEED, "date_palm", 1)
    for p in ("این گزارش می\u200cگوید که نخل\u200cها <b>خشک</b> شده\u200cاند.", "نخلستان&zwnj;های بوشهر و برازجان"):
        out = split_spans(h, __import__("random").Random(1), p)
        assert "<span style=" in out and out != p
        strip = re.sub(r"<[^>]+>", "", out).replace("&zwnj;", "\u200c")
        assert strip == re.sub(r"<[^>]+>", "", p).replace("&zwnj;", "\u200c")


def test_aa_forms_on_the_pages(run, hosts):
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in checks.with_form(rows, hosts, "crumb_date"):
        s = hosts[r["site"]].s
        if r["section"] and r["published_iso"]:
            ls = [x for x in checks.lines(out, r) if x.startswith(s["home"] or hosts[r["site"]].name)
                  and s["crumb_sep"] + r["section"] + s["chip_sep"] in x]
            if ls:
                assert len(r["published_time"]) == 10 or not re.search("[0-9۰-۹٠-٩]:[0-9۰-۹٠-٩]", ls[0])
                seen["crumb_date_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "short_path"):
        if r["section"]:
            path = "/" + r["section"].replace(" ", "-") + "/"
            raw = checks.page_raw(out, r)
            h = hosts[r["site"]]
            story = {r["title"], r["lead"], *r["body_paragraphs"]}
            named = [x for x in checks.lines(out, r) if r["section"] in x and path not in x
                     and x not in (*story, h.tagline) and not (r["lead"] and x.endswith(r["lead"]))]
            assert path in raw and all(x in h.menu or sum(m in x for m in h.menu) >= 3 for x in named), named
            assert "article:section" not in raw and "articleSection" not in raw
            seen["short_path"] += 1
    for r in checks.with_form(rows, hosts, "photo_by"):
        lab = hosts[r["site"]].s["photo_label"].split("{a}")[0]
        if any(c.startswith(lab) for c in r["chrome_lines"]):
            seen["photo_by_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "comment_count"):
        form = hosts[r["site"]].s["count_form"].split("{n}")
        if r["published_iso"] and any(" | " in c and c.endswith(form[1]) for c in r["chrome_lines"]):
            seen["comment_count"] += 1
    for r in checks.with_form(rows, hosts, "ticker_mid"):
        head = hosts[r["site"]].s["ticker_head"]
        ls = checks.lines(out, r)
        at = [i for i, x in enumerate(ls) if x.startswith(head)]
        if at and any(ls.index(p) < at[0] for p in r["body_paragraphs"] if p in ls) and any(
                ls.index(p) > at[0] for p in r["body_paragraphs"] if p in ls):
            seen["ticker_mid"] += 1
    for r in checks.with_form(rows, hosts, "span_split"):
        if r["format"] == "html" and re.search(r'<p>[^\n]*<span style="[^"]*">&zwnj;', checks.page_raw(out, r)):
            seen["span_split"] += 1
    for r in checks.with_form(rows, hosts, "badge"):
        ls = checks.lines(out, r)
        if any(b in r["chrome_lines"] for b in BADGES) and r["title"] in ls:
            b = next(x for x in ls if x in BADGES)
            assert r["title"] in ls[ls.index(b) + 1:ls.index(b) + 4] and r["surtitle"] not in BADGES
            seen["badge"] += 1
    for r in checks.with_form(rows, hosts, "num_related"):
        if any(re.match("^[1۱١]\\. ", c) for c in r["chrome_lines"]):
            seen["num_related"] += 1
    for r in [x for x in rows if x["kind"] == "article" and hosts[x["site"]].s["credit"] == "logo"]:
        raw = checks.page_raw(out, r)
        assert "<span>منبع:</span>" not in raw
        if r["format"] == "html" and r["agency"] and '<div class="news-sign"><img' in raw:
            assert any(f'alt="{n}"' in raw for n in AGENCIES[r["agency"]])
            seen["sig_alt"] += 1
    for r in rows:
        if r["kind"] == "article" and r["published_iso"] and re.search(
                r"(شنبه|جمعه) [0-9۰-۹٠-٩]{4}/[0-9۰-۹٠-٩]{2}/[0-9۰-۹٠-٩]{2}", "\n".join(checks.lines(out, r))):
            seen["wd_slash"] += 1
    want = {"crumb_date_txt": 3, "crumb_date_html": 3, "short_path": 8, "photo_by_txt": 4, "photo_by_html": 4,
            "comment_count": 6, "ticker_mid": 8, "span_split": 8, "badge": 6, "num_related": 8, "wd_slash": 8,
            "sig_alt": 3}
    assert all(seen[k] >= v for k, v in want.items()), seen


class TestSet(checks.GeneratorChecks, checks.MenuChecks):
    """The checks every set passes (:class:`family_set_checks.GeneratorChecks`, AA has no CMS), for AA."""

    gen, seed, gold = site_families_aa, SEED, GOLD
