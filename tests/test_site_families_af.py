"""Family set AF's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import json
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_af
from site_families_af import (
    AGENCIES,
    CMS,
    HOMES,
    HOSTS,
    af_date,
    canon,
    credited_agency,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=22, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.95), ("published_iso", 0.7, 1.0), ("lead", 0.15, 0.7), ("agency", 0.3, 0.85),
            ("surtitle", 0.15, 0.7)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 281


run, hosts = checks.set_fixtures(site_families_af, SEED)


@pytest.mark.parametrize(("when", "style", "want"), [
    (dt.datetime(2023, 12, 3, 14, 30), "finglish", "12 Azar 1402 - 14:30"),
    (dt.datetime(2023, 12, 3, 14, 30), "finglish_wd", "Sunday 12 Azar 1402 - 14:30"),
    (dt.datetime(2024, 3, 19, 9, 5), "finglish", "29 Esfand 1402 - 09:05"),
    (dt.datetime(2023, 12, 3, 14, 30), "time_first", "۱۴:۳۰ - ۱۴۰۲/۰۹/۱۲"),  # AE's
    (dt.datetime(2023, 12, 3, 14, 30), "day_dash", "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰"),  # Y's
])
def test_af_dates(when, style, want):
    assert af_date(when, style, "fa") == want


CMS_MARKS = {"nextjs": ('<div id="__next">', '<script id="__NEXT_DATA__" type="application/json">', "/_next/static/"),
             "wayback": ("<!-- BEGIN WAYBACK TOOLBAR INSERT -->", "<!-- END WAYBACK TOOLBAR INSERT -->",
                         "FILE ARCHIVED ON"),
             "saved_as": ("<!-- saved from url=(", "<base href=", "_files/"),
             "elementor": ("elementor-widget-container", 'data-elementor-type="single-post"', "Elementor 3"),
             "mihanblog": ('content="Mihanblog"', 'id="mihanblog-topbar"', 'class="postcontent"'),
             "liferay": ("portlet-boundary", "Liferay.authToken", "journal-content-article")}


def _check_skin(r: dict, raw: str, s: dict, ls: list[str]) -> None:
    """The saved shape's own marks; the Next.js JSON holds the story again; the Wayback links are rewritten."""
    assert all(m in raw for m in CMS_MARKS[s["cms"]]), (r["file"], s["cms"])
    if s["cms"] == "nextjs":
        blob = raw.split('<script id="__NEXT_DATA__" type="application/json">')[1].split("</script>")[0]
        news = json.loads(blob)["props"]["pageProps"]["news"]
        assert news["title"] == r["title"] and all(f"<p>{p}</p>" in news["content"] for p in r["body_paragraphs"])
    if s["cms"] == "wayback":
        assert re.search(r'href="/web/\d{14}/https://', raw) and not re.search(r'href="/(?!web/)', raw)
        bar = [x for x in ls if x.startswith("The Wayback Machine - https://web.archive.org/web/")]
        assert len(bar) == 1 and bar[0] in r["chrome_lines"]
    if s["cms"] == "saved_as":
        m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", raw)
        assert m and int(m.group(1)) == len(m.group(2)) and raw.index(m.group(0)) < raw.index("<html")
    if s["cms"] == "mihanblog":
        assert "ساخت وبلاگ | ورود | وبلاگ بعدی" in ls and "قدرت گرفته از میهن‌بلاگ" in r["chrome_lines"]


def test_af_forms_on_the_pages(run, hosts):
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
        twin = bool({"amp_view", "print_view"} & set(r["edits"]))
        if r["format"] == "html" and not twin:  # (Y's twins: no skin)
            _check_skin(r, raw, s, ls)
            seen["cms_" + s["cms"]] += 1
        if r["format"] == "txt" and not printed and s["cms"] in ("wayback", "mihanblog"):  # the saved shape's text
            first = ls[0]
            assert first in r["chrome_lines"] and (first == "ساخت وبلاگ | ورود | وبلاگ بعدی" if s["cms"] == "mihanblog"
                                                   else first.startswith("The Wayback Machine - https://")), r["file"]
            seen["txt_" + s["cms"]] += 1
        sec = r["section"]
        if s["crumb_title"] and sec:  # the trail's last item the headline, the section before it
            trail = [x for x in ls if x.endswith(s["crumb_sep"] + r["title"])]
            assert len(trail) == 1 and trail[0].split(s["crumb_sep"])[-2] == sec, r["file"]
            assert trail[0] in r["chrome_lines"]
            if r["format"] == "html":
                assert 'class="breadcrumb_last" aria-current="page"' in raw
            seen["crumb_title_" + r["format"]] += 1
        if s["tag_after"] and sec:  # the tag on the line right after the headline
            i = ls.index(r["title"])
            assert ls[i + 1] == sec, r["file"]
            if r["format"] == "html":
                assert 'class="tag-label"' in raw
            seen["tag_after_" + r["format"]] += 1
        if s["byline_agency"] and r["agency"] and not printed:
            names = AGENCIES[r["agency"]]
            by = [x for x in ls if any(n in x for n in names) and x in r["chrome_lines"]]
            assert len(by) == 1 and "خبرنگار" in by[0] and ls.index(by[0]) > ls.index(r["title"]), r["file"]
            assert not any(c.startswith(("لینک منبع", "منبع:", "مشاهده خبر")) for c in r["chrome_lines"])
            assert credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]) is None
            seen["byline_agency_" + r["format"]] += 1
        if s["code_glued"] and r["published_iso"] and not printed:
            glued = [x for x in ls if re.match(r"(کد|شناسه) خبر: [0-9۰-۹٠-٩]{6}(\D)", x)]
            assert len(glued) == 1 and glued[0] in r["chrome_lines"], r["file"]
            if r["format"] == "html":
                assert re.search(r'</span><span class="news-date">', raw)
            seen["code_glued_" + r["format"]] += 1
        if s["og_headline"] and r["format"] == "html" and not twin:  # the headline only in the <head>
            body = raw.split("<body", 1)[1]
            assert f"<title>{r['title']}</title>" in raw and f'property="og:title" content="{r["title"]}"' in raw
            assert not re.search(r"<h[1-6][^>]*>" + re.escape(r["title"]) + "</h", body), r["file"]
            assert re.search(r"<h1[^>]*>.*?" + re.escape(h.name), body)
            seen["og_headline"] += 1
        if s["date"].startswith("finglish") and r["published_iso"]:
            if re.search(r"\d{1,2} (Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|"
                         r"Esfand) 1[34]\d\d", "\n".join(ls)):
                seen["finglish_" + r["format"]] += 1
    want = {**{"cms_" + c: 3 for c in CMS}, "txt_wayback": 3, "txt_mihanblog": 3,
            "crumb_title_txt": 3, "crumb_title_html": 3, "tag_after_txt": 3,
            "tag_after_html": 3, "byline_agency_txt": 3, "byline_agency_html": 3, "code_glued_txt": 3,
            "code_glued_html": 3, "og_headline": 5, "finglish_txt": 3, "finglish_html": 3}
    assert all(seen[k] >= v for k, v in want.items()), (seen, {k: v for k, v in want.items() if seen[k] < v})


class TestSet(checks.SetChecks):
    """The checks every set passes (:class:`family_set_checks.SetChecks`), for AF."""

    gen, seed, gold = site_families_af, SEED, GOLD
