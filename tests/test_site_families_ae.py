"""Family set AE's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_ae
from site_families_ae import (
    AGENCIES,
    CMS,
    HOMES,
    HOSTS,
    ae_date,
    canon,
    credited_agency,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=22, html_share=(0.25, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.95), ("published_iso", 0.7, 1.0), ("lead", 0.15, 0.7), ("agency", 0.35, 0.85),
            ("surtitle", 0.15, 0.7)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 271
DIGIT = "[0-9۰-۹٠-٩]"


run, hosts = checks.set_fixtures(site_families_ae, SEED)


@pytest.mark.parametrize(("when", "style", "want"), [
    (dt.datetime(2023, 12, 3, 14, 30), "time_first", "۱۴:۳۰ - ۱۴۰۲/۰۹/۱۲"),
    (dt.datetime(2023, 12, 3, 14, 30), "wd_after", "۱۴۰۲/۹/۱۲ یکشنبه ساعت ۱۴:۳۰"),
    (dt.datetime(2021, 3, 22, 9, 5), "wd_after", "۱۴۰۰/۱/۲ دوشنبه ساعت ۰۹:۰۵"),
    (dt.datetime(2023, 12, 3, 14, 30), "yy_slash", "۰۲/۰۹/۱۲ - ۱۴:۳۰"),  # AD's
    (dt.datetime(2023, 12, 3, 14, 30), "day_dash", "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰"),  # Y's
])
def test_ae_dates(when, style, want):
    assert ae_date(when, style, "fa") == want


CMS_MARKS = {"aspnet": ('id="__VIEWSTATE"', "ctl00_ContentPlaceHolder1_pnlNews", "__EVENTVALIDATION"),
             "joomla_k2": ('id="k2Container"', "k2.frontend.js", "Joomla!"),
             "drupal9": ("field--name-body", "drupal-settings-json", "Drupal 9"),
             "dnn": ('id="dnn_ContentPane"', "__dnnVariable", "DNN Platform"),
             "soledad": ("penci-post-entry-inner", "PENCILOCALIZE", "wp-json"),
             "blogsky": ('content="BlogSky"', 'class="post-content"', "blogsky.js")}


def test_ae_forms_on_the_pages(run, hosts):
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        h = hosts[r["site"]]
        s = h.s
        raw = checks.page_raw(out, r)
        ls = checks.lines(out, r)
        printed = "print_view" in r["edits"]
        if r["format"] == "html" and not {"amp_view", "print_view"} & set(r["edits"]):  # (Y's twins: no skin)
            assert all(m in raw for m in CMS_MARKS[s["cms"]]), (r["file"], s["cms"])
            seen["cms_" + s["cms"]] += 1
        sec = r["section"]
        if s["slug_crumb"] and sec:  # the section last in the trail, an English slug before it
            trail = [x for x in ls if x.endswith(s["crumb_sep"] + sec)]
            assert len(trail) == 1 and re.search(r"[a-z-]+" + re.escape(s["crumb_sep"] + sec) + "$", trail[0])
            assert trail[0] in r["chrome_lines"]
            assert ls.count(sec) == (sec in h.menu)
            seen["slug_crumb_" + r["format"]] += 1
        if s["field_table"] and sec:  # label and value in cells of their own, the headline among them
            lab_title, lab_date, lab_sec = s["labels"]
            i = ls.index(lab_title)
            assert ls[i + 1] == r["title"] and lab_sec in ls[i:i + 6] and ls[ls.index(lab_sec, i) + 1] == sec
            if r["published_iso"]:
                assert ls[i + 2] == lab_date
            if r["format"] == "html":
                assert "<h1" not in raw.split('id="ctl00_ContentPlaceHolder1_tblNews"')[0].split("<body")[1]
                assert 'id="ctl00_ContentPlaceHolder1_lblTitle"' in raw
            seen["field_table_" + r["format"]] += 1
        if s["forward_from"] and r["agency"] and not printed:
            names = AGENCIES[r["agency"]]
            fwd = [x for x in ls if any(x == s["fwd_fmt"].format(n=n) for n in names)]
            assert len(fwd) == 1 and fwd[0] in r["chrome_lines"] and ls.index(fwd[0]) < ls.index(r["title"])
            assert not any(c.startswith(("لینک منبع", "منبع:", "مشاهده خبر")) for c in r["chrome_lines"])
            assert credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]) is None
            if r["format"] == "html":
                assert "tgme_widget_message_forwarded_from_name" in raw
            seen["forward_from_" + r["format"]] += 1
        if s["portal_strip"] and not printed:
            assert all(x in ls and x in r["chrome_lines"] for x in s["strip"])
            assert ls.index(s["strip"][0]) < ls.index(r["title"])
            seen["portal_strip"] += 1
        if s["sur_below"] and r["surtitle"] and r["title"] in ls:
            assert ls[ls.index(r["title"]) + 1] == r["surtitle"], r["file"]
            seen["sur_below_" + r["format"]] += 1
        text = "\n".join(ls) if r["published_iso"] else ""
        clock_day = f"{DIGIT}{{2}}:{DIGIT}{{2}} - {DIGIT}{{4}}/{DIGIT}{{2}}/{DIGIT}{{2}}"
        if s["date"] == "time_first" and re.search(clock_day, text):
            seen["time_first"] += 1
        if s["date"] == "wd_after" and re.search(f"{DIGIT}{{4}}/{DIGIT}{{1,2}}/{DIGIT}{{1,2}} (شنبه|یکشنبه|دوشنبه|"
                                                 "سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه)", text):
            seen["wd_after"] += 1
    want = {**{"cms_" + c: 3 for c in CMS}, "slug_crumb_txt": 3, "slug_crumb_html": 3, "field_table_txt": 3,
            "field_table_html": 3, "forward_from_txt": 3, "forward_from_html": 3, "portal_strip": 5, "sur_below_txt": 3,
            "sur_below_html": 3, "time_first": 5,
            "wd_after": 5}
    assert all(seen[k] >= v for k, v in want.items()), (seen, {k: v for k, v in want.items() if seen[k] < v})


class TestSet(checks.SetChecks):
    """The checks every set passes (:class:`family_set_checks.SetChecks`), for AE."""

    gen, seed, gold = site_families_ae, SEED, GOLD

    def test_every_cms_has_hosts(self, hosts):
        """The base check; a host whose heads are a table of fields saves its pages from ASP.NET."""
        super().test_every_cms_has_hosts(hosts)
        assert all(h.s["cms"] == "aspnet" for h in hosts.values() if h.s["field_table"])
