"""Family set AC's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import json
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_ac
from site_families_ac import (
    AGENCIES,
    CMS,
    HOMES,
    HOSTS,
    ac_date,
    canon,
    credited_agency,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.25, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.95), ("published_iso", 0.7, 1.0), ("lead", 0.15, 0.7), ("agency", 0.35, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 251


run, hosts = checks.set_fixtures(site_families_ac, SEED)


@pytest.mark.parametrize(("when", "style", "want"), [
    (dt.datetime(2023, 12, 3, 14, 30), "short_year", "۱۲ آذر ۰۲ - ۱۴:۳۰"),
    (dt.datetime(2021, 3, 22, 9, 5), "short_year", "۲ فروردین ۰۰ - ۰۹:۰۵"),  # 1400: the year «۰۰»
    (dt.datetime(2023, 12, 3, 14, 30), "dash_sec", "۱۴۰۲-۰۹-۱۲ ۱۴:۳۰:۰۰"),
    (dt.datetime(2023, 12, 3, 14, 30), "mah_joined", "۱۲ آذرماه ۱۴۰۲، ساعت ۱۴:۳۰"),  # AB's
    (dt.datetime(2023, 12, 3, 14, 30), "day_dash", "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰"),  # Y's
])
def test_ac_dates(when, style, want):
    assert ac_date(when, style, "fa") == want


CMS_MARKS = {"elementor": ('data-elementor-type="single-post"', "elementorFrontendConfig"),
             "jannah": ('id="tie-container"', "wp-json"), "drupal7": ("field-name-body", "Drupal.settings"),
             "k2": ('id="k2Container"', "Joomla!"), "webforms": ('name="__VIEWSTATE"', 'id="__EVENTVALIDATION"'),
             "nuxt": ('<div id="__nuxt">', "window.__NUXT__="), "nasim": ("nsm-news", "nsmConfig")}


def test_ac_forms_on_the_pages(run, hosts):
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        s = hosts[r["site"]].s
        raw = checks.page_raw(out, r)
        if r["format"] == "html" and not {"amp_view", "print_view"} & set(r["edits"]):  # (Y's twins: no skin)
            assert all(m in raw for m in CMS_MARKS[s["cms"]]), (r["file"], s["cms"])
            seen["cms_" + s["cms"]] += 1
            if s["cms"] == "nuxt":  # the hydration state holds the story again, and only what gold holds
                state = json.loads(re.search(r"window\.__NUXT__=(\{.*?\});</script>", raw).group(1)
                                   .replace("<\\/", "</"))["data"][0]["news"]
                assert state["title"] == r["title"] and state.get("category", {}).get("title") == r["section"]
                assert ("publishedAt" in state) == bool(r["published_iso"])
    for r in checks.with_form(rows, hosts, "back_link"):
        if r["section"]:
            back = hosts[r["site"]].s["back_text"].format(s=r["section"])
            ls = checks.lines(out, r)
            assert back in ls and (ls.index(back) < ls.index(r["title"]) or hosts[r["site"]].s["title_above"])
            assert "articleSection" not in checks.page_raw(out, r)
            seen["back_link_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "sec_sentence"):
        if r["section"]:
            want = hosts[r["site"]].s["sec_text"].format(s=r["section"])
            assert want in r["chrome_lines"] and want in checks.lines(out, r)
            seen["sec_sentence_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "cat_list"):
        line = [x for x in checks.lines(out, r) if x.startswith(hosts[r["site"]].s["cat_label"])]
        if r["section"] and line:
            assert line[0].endswith(r["section"])
            seen["cat_list_" + ("parent" if "، " in line[0] else "single")] += 1
    for r in checks.with_form(rows, hosts, "lead_above"):
        ls = checks.lines(out, r)
        if r["lead"] and r["lead"] in ls and r["title"] in ls:
            assert ls.index(r["lead"]) < ls.index(r["title"])
            seen["lead_above_" + r["format"]] += 1
    for r in checks.with_form(rows, hosts, "repub_note"):
        if r["agency"]:
            notes = [c for c in r["chrome_lines"] if any(n in c for n in AGENCIES[r["agency"]])
                     and ("بازنشر" in c or "منتشر شده" in c)]
            if notes:
                assert not any(c.startswith("لینک منبع") for c in r["chrome_lines"])
                seen["repub_note"] += 1
    for r in checks.with_form(rows, hosts, "rating_stars"):
        ls = checks.lines(out, r)
        stars = [i for i, x in enumerate(ls) if re.fullmatch("[★☆]{5}", x)]
        if stars:  # (the stars alone are no chrome line for gold: no letter, no digit; their count under them is)
            assert ls[stars[0] + 1] in r["chrome_lines"]
            seen["rating_stars"] += 1
    for r in checks.with_form(rows, hosts, "toc_box"):
        ls = checks.lines(out, r)
        head = hosts[r["site"]].s["toc_head"]
        if head in ls:
            assert ls[ls.index(head) + 1] == "[نمایش]" and ls.index(head) < ls.index(r["body_paragraphs"][0])
            seen["toc_box"] += 1
    for r in checks.with_form(rows, hosts, "wet_fused"):
        if r["format"] == "txt":
            menu = hosts[r["site"]].menu
            fused = [c for c in r["chrome_lines"] if sum(1 for m in menu if m in c) >= 3]
            assert fused and hosts[r["site"]].name in fused[0]
            seen["wet_fused"] += 1
    for r in checks.with_form(rows, hosts, "dash_lists"):
        if r["format"] == "txt" and sum(1 for c in r["chrome_lines"] if c.startswith("- ")) >= 4:
            seen["dash_lists"] += 1
    for r in rows:
        text = "\n".join(checks.lines(out, r)) if r["kind"] == "article" and r["published_iso"] else ""
        if re.search("[0-9۰-۹٠-٩] (آذر|دی|بهمن|اسفند|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان) [0-9۰-۹٠-٩]{2}"
                     "( |$)", text):
            seen["short_year"] += 1
        if re.search("[0-9۰-۹٠-٩]{4}-[0-9۰-۹٠-٩]{2}-[0-9۰-۹٠-٩]{2} [0-9۰-۹٠-٩]{2}:[0-9۰-۹٠-٩]{2}:[0-9۰-۹٠-٩]{2}", text):
            seen["dash_sec"] += 1
    want = {**{"cms_" + c: 3 for c in CMS}, "back_link_txt": 3, "back_link_html": 3, "sec_sentence_txt": 3,
            "sec_sentence_html": 3, "cat_list_parent": 2, "cat_list_single": 2, "lead_above_txt": 3,
            "lead_above_html": 3, "repub_note": 5, "rating_stars": 5, "toc_box": 5, "wet_fused": 5, "dash_lists": 5,
            "short_year": 8, "dash_sec": 8}
    assert all(seen[k] >= v for k, v in want.items()), (seen, {k: v for k, v in want.items() if seen[k] < v})


class TestSet(checks.SetChecks):
    """The checks every set passes (:class:`family_set_checks.SetChecks`), for AC."""

    gen, seed, gold = site_families_ac, SEED, GOLD
