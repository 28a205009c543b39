"""Family set AB's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_ab
from site_families_ab import (
    AGENCIES,
    CTAS,
    FAMILIES,
    FAQS,
    HOMES,
    HOSTS,
    JMONTHS,
    ab_date,
    canon,
    credited_agency,
    dg,
)

#: AB's HTML also breaks lines at a definition list's terms and values and at an FAQ's questions
BLOCKS = checks.BLOCKS | {"dl", "dt", "dd", "details", "summary"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.25, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.15, 0.7), ("agency", 0.35, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 241


run, hosts = checks.set_fixtures(site_families_ab, SEED)


def _lines(out, r):
    return family_pages.page_lines(out / "pages" / r["file"], GOLD.blocks)


@pytest.mark.parametrize(("when", "style", "want"), [
    (dt.datetime(2023, 12, 3, 14, 30), "mah_joined", "۱۲ آذرماه ۱۴۰۲، ساعت ۱۴:۳۰"),
    (dt.datetime(2023, 12, 22, 9, 5), "mah_joined", "۱ دی\u200cماه ۱۴۰۲، ساعت ۰۹:۰۵"),  # «دی» joins: a ZWNJ
    (dt.datetime(2023, 12, 3, 14, 30), "saat_rooz", "ساعت ۱۴:۳۰ روز یکشنبه ۱۲ آذر ۱۴۰۲"),
    (dt.datetime(2023, 12, 8, 14, 30), "wd_slash", "جمعه ۱۴۰۲/۰۹/۱۷ ساعت ۱۴:۳۰"),  # AA's
    (dt.datetime(2023, 12, 3, 14, 30), "day_dash", "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰"),  # Y's
])
def test_ab_dates(when, style, want):
    assert ab_date(when, style, "fa") == want


def _hash_shown(out, r, hosts) -> bool:
    return bool(r["section"]) and hosts[r["site"]].s["hash_kicker"] and (
        "#" + r["section"].replace(" ", "_")) in _lines(out, r)


def test_ab_forms_on_the_pages(run, hosts):
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in checks.with_form(rows, hosts, "hash_kicker"):
        if r["section"]:
            ls = _lines(out, r)
            tag = "#" + r["section"].replace(" ", "_")
            assert tag in ls and (r["title"] in ls[ls.index(tag) + 1:ls.index(tag) + 4]
                                  or hosts[r["site"]].s["title_above"])  # (Y's headline over the menu)
            raw = checks.page_raw(out, r)
            assert "article:section" not in raw and "articleSection" not in raw
            seen["hash_kicker_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "banner_sec"):
        if r["section"]:
            ls = _lines(out, r)
            assert r["section"] in ls and (ls.index(r["section"]) < ls.index(r["title"])
                                           or hosts[r["site"]].s["title_above"])
            if r["format"] == "html":
                raw = checks.page_raw(out, r)
                assert re.search(r'<h1 class="page-title">[^<]*</h1>', raw) and "<h1 class" not in raw.replace(
                    '<h1 class="page-title">', "")
            seen["banner_sec_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "info_dl"):
        ls = _lines(out, r)
        labels = hosts[r["site"]].s["dl_labels"]
        colon = ":" if hosts[r["site"]].s["dl_colon"] else ""
        if r["section"]:
            assert ls[ls.index(labels[0] + colon) + 1] == r["section"]
            seen["info_dl_section_" + r["format"]] += 1
        if r["published_iso"] and labels[1] + colon in ls:
            year = dg(r["published_jalali"][:4], hosts[r["site"]].s["digits"])
            assert year in ls[ls.index(labels[1] + colon) + 1]
            seen["info_dl_date"] += 1
        if r["agency"] and labels[2] + colon in ls:
            assert ls[ls.index(labels[2] + colon) + 1] in AGENCIES[r["agency"]]
            seen["info_dl_agency"] += 1
    for r in checks.with_form(rows, hosts, "date_badge"):
        if r["published_iso"]:
            ls = _lines(out, r)
            s = hosts[r["site"]].s
            year, mon, day = (int(x) for x in r["published_jalali"].split("/"))
            month = JMONTHS[mon - 1]
            at = [i for i, x in enumerate(ls) if i and (x == month or x == f"{month} {dg(year, s['digits'])}")]
            if at:  # the badge: the day's line, then the month's (and the year's): no clock, so gold has the day
                assert ls[at[0] - 1] == dg(day, s["digits"])
                assert len(r["published_time"]) == 10 or (r["format"] == "html" and (s["meta"] or s["jsonld"]))
                seen["date_badge_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "tooltip_rel"):
        raw = checks.page_raw(out, r)
        if r["format"] == "html" and re.search(r'<span class="post-date" title="[^"]+">[^<]*پیش</span>', raw):
            assert r["published_iso"]
            seen["tooltip_rel"] += 1
        if r["format"] == "txt" and "پیش" in raw and r["published_iso"] is None:
            seen["tooltip_rel_undated"] += 1
    for r in checks.with_form(rows, hosts, "lead_box"):
        head = hosts[r["site"]].s["lead_head"]
        ls = _lines(out, r)
        if r["lead"] and head in ls:
            assert ls[ls.index(head) + 1] == r["lead"]
            seen["lead_box"] += 1
    for r in checks.with_form(rows, hosts, "photo_agency"):
        photo = [c for c in r["chrome_lines"] if c.startswith(("عکس", "📷"))
                 and any(n in c for names in AGENCIES.values() for n in names)]
        if photo:
            assert r["agency"] is None or not any(n in photo[0] for n in AGENCIES[r["agency"]] if len(n) > 3)
            seen["photo_agency_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "faq"):
        qs = {q for q, _ in FAQS[r["family"]]}
        if any(c in qs for c in r["chrome_lines"]):
            seen["faq"] += 1
    for r in checks.with_form(rows, hosts, "audio_player"):
        if hosts[r["site"]].s["audio_label"] in r["chrome_lines"]:
            seen["audio_player"] += 1
    for r in checks.with_form(rows, hosts, "reactions"):
        if hosts[r["site"]].s["reaction_head"] in r["chrome_lines"]:
            seen["reactions"] += 1
    for r in checks.with_form(rows, hosts, "cta_mid"):
        ls = _lines(out, r)
        cta = [i for i, x in enumerate(ls) if "تماس بگیرید" in x and x in r["chrome_lines"]]
        paras = [ls.index(p) for p in r["body_paragraphs"] if p in ls]
        if cta and paras and min(paras) < cta[0] < max(paras):
            seen["cta_mid"] += 1
    for r in rows:
        text = "\n".join(_lines(out, r)) if r["kind"] == "article" and r["published_iso"] else ""
        if re.search("[0-9۰-۹٠-٩] (آذر|دی|بهمن|اسفند|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان)\u200c?ماه "
                     "[0-9۰-۹٠-٩]{4}", text):
            seen["mah_joined"] += 1
        if re.search("ساعت [0-9۰-۹٠-٩]{2}:[0-9۰-۹٠-٩]{2}( [بق].ظ)? روز ", text):
            seen["saat_rooz"] += 1
    want = {"hash_kicker_txt": 3, "hash_kicker_html": 3, "banner_sec_txt": 3, "banner_sec_html": 3,
            "info_dl_section_txt": 2, "info_dl_section_html": 2, "info_dl_date": 5, "info_dl_agency": 3,
            "date_badge_txt": 3, "date_badge_html": 3, "tooltip_rel": 3, "tooltip_rel_undated": 2, "lead_box": 4,
            "photo_agency_txt": 3, "photo_agency_html": 3, "faq": 6, "audio_player": 5, "reactions": 5,
            "cta_mid": 5, "mah_joined": 8, "saat_rooz": 8}
    assert all(seen[k] >= v for k, v in want.items()), seen


class TestSet(checks.GeneratorChecks, checks.MenuChecks):
    """The checks every set passes (:class:`family_set_checks.GeneratorChecks`, AB has no CMS), for AB."""

    gen, seed, gold = site_families_ab, SEED, GOLD

    def test_hosts_differ(self):
        """The base check; every family has its FAQ and its call to action."""
        super().test_hosts_differ()
        assert set(FAQS) == set(CTAS) == set(FAMILIES)

    def gold_row(self, pages, r, hosts):
        """The base row (a credit only in the JSON-LD ``publisher`` as none); a section shown only as a hashtag
        («#قارچ_دکمه‌ای») is checked above, as none here."""
        row = super().gold_row(pages, r, hosts)
        if r["kind"] == "article" and _hash_shown(pages, r, hosts) and r["section"] not in "\n".join(_lines(pages, r)):
            row = {**row, "section": None}
        return row
