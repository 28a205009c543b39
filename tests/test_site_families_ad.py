"""Family set AD's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_ad
from site_families_ad import (
    AGENCIES,
    AGENCY_SITES,
    CMS,
    HOMES,
    HOSTS,
    ad_date,
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
SEED = 263


run, hosts = checks.set_fixtures(site_families_ad, SEED)


@pytest.mark.parametrize(("when", "style", "want"), [
    (dt.datetime(2023, 12, 3, 14, 30), "hijri_only", "یکشنبه ۲۰ جمادی‌الاول ۱۴۴۵ - ۱۴:۳۰"),
    (dt.datetime(2023, 12, 3, 14, 30), "yy_slash", "۰۲/۰۹/۱۲ - ۱۴:۳۰"),
    (dt.datetime(2021, 3, 22, 9, 5), "yy_slash", "۰۰/۰۱/۰۲ - ۰۹:۰۵"),  # 1400: the year «۰۰»
    (dt.datetime(2023, 12, 3, 14, 30), "short_year", "۱۲ آذر ۰۲ - ۱۴:۳۰"),  # AC's
    (dt.datetime(2023, 12, 3, 14, 30), "day_dash", "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰"),  # Y's
])
def test_ad_dates(when, style, want):
    assert ad_date(when, style, "fa") == want


CMS_MARKS = {"newspaper": ("td-post-content", "tdBlocksArray", "wp-json"), "jnews": ('class="jeg_main"', "jnewsoption"),
             "blogfa": ("blogfa.js", 'class="postcontent"'), "laravel": ('name="csrf-token"', "wire:id=", "/js/app.js"),
             "sepidar": ("spd-news", "spdSettings")}


def _tab(raw: str, r: dict) -> str | None:
    """The page's tab title: the ``<title>`` of an HTML page, the first line of a text page."""
    if r["format"] == "html":
        m = re.search(r"<title>(.*?)</title>", raw)
        return m and m.group(1).replace("&amp;", "&")
    return raw.lstrip().split("\n", 1)[0]


def _url_only(r: dict, raw: str, s: dict) -> bool:
    """Whether the gold agency is credited only by AD's source address or its ``<title>``, not by a chrome line's
    name."""
    if r["kind"] != "article" or not r["agency"] or not (s["src_url"] or s["title_agency"]):
        return False
    names = AGENCIES[r["agency"]]
    return (not any(n in c for c in r["chrome_lines"] for n in names)
            and credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]) != r["agency"])


def test_ad_forms_on_the_pages(run, hosts):
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        s = hosts[r["site"]].s
        raw = checks.page_raw(out, r)
        ls = checks.lines(out, r)
        printed = "print_view" in r["edits"]
        if r["format"] == "html" and not {"amp_view", "print_view"} & set(r["edits"]):  # (Y's twins: no skin)
            assert all(m in raw for m in CMS_MARKS[s["cms"]]), (r["file"], s["cms"])
            seen["cms_" + s["cms"]] += 1
        if s["title_service"] and r["section"]:  # the section only in the tab title, labelled there
            tab = _tab(raw, r)
            assert tab and s["title_service_fmt"].format(s=r["section"]) in tab and tab.startswith(r["title"])
            label = s["title_service_fmt"].format(s=r["section"])
            assert sum(1 for x in ls if label in x) == 1
            assert ls.count(r["section"]) == (r["section"] in hosts[r["site"]].menu)
            seen["title_service_" + r["format"]] += 1
        if s["pdf_bulletin"] and r["section"]:
            assert r["format"] == "txt"
            heads = [x for x in ls if r["section"] in x and hosts[r["site"]].name in x]
            assert heads and ls[0] == heads[0] and set(heads) <= set(r["chrome_lines"])
            if len(r["body_paragraphs"]) >= 6:
                assert len(heads) >= 2 and any(re.fullmatch(r"- صفحه [0-9۰-۹٠-٩]+ از [0-9۰-۹٠-٩]+ -", x) for x in ls)
                seen["pdf_bulletin_pages"] += 1
            assert not any(x in ls for x in hosts[r["site"]].menu if x not in r["chrome_lines"])
            seen["pdf_bulletin"] += 1
        if s["title_agency"] and r["agency"] and not printed:
            names = AGENCIES[r["agency"]]
            tab = _tab(raw, r)
            if not credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]):
                assert tab and any(f"{s['title_sep']}{n}{s['title_sep']}" in tab for n in names), r["file"]
                assert not any(n in c for c in r["chrome_lines"] if c != tab for n in names)
                seen["title_agency_" + r["format"]] += 1
        if s["src_url"] and r["agency"] and not printed:
            urls = [x for x in ls if re.search(r"https://www\.[a-z0-9]+\.(ir|com)/", x)]
            if not credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]):
                site = AGENCY_SITES[r["agency"]].split("/")[2]
                assert urls and site in urls[0] and urls[0] in r["chrome_lines"], r["file"]
                assert not any(n in c for c in r["chrome_lines"] for n in AGENCIES[r["agency"]])
                seen["src_url_" + r["format"]] += 1
        if s["title_split"] and len(r["title"].split(" ")) >= 4:
            assert r["title"] not in ls or r["title"] in r["chrome_lines"] or printed or r["title"] in _tab(raw, r)
            assert family_pages.consecutive(ls, r["title"]), r["file"]
            seen["title_split_" + r["format"]] += 1
        if s["app_banner"] and not printed:
            assert all(x in ls and x in r["chrome_lines"] for x in s["app_lines"])
            seen["app_banner"] += 1
        text = "\n".join(ls) if r["published_iso"] else ""
        if re.search("(جمادی‌الاول|جمادی‌الثانی|رجب|شعبان|رمضان|شوال|ذی‌القعده|ذی‌الحجه|محرم|صفر|ربیع‌الاول|"
                     "ربیع‌الثانی) [0-9۰-۹٠-٩]{4}( - |$)", text) and s["date"] == "hijri_only":
            assert not re.search("[0-9۰-۹٠-٩] (آذر|دی|بهمن|اسفند|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان) "
                                 "[0-9۰-۹٠-٩]{4}", "\n".join(x for x in ls if "امروز" not in x))
            seen["hijri_only"] += 1
        if s["date"] == "yy_slash" and re.search(r"(^|[^0-9۰-۹٠-٩/])[0-9۰-۹٠-٩]{2}/[0-9۰-۹٠-٩]{2}/[0-9۰-۹٠-٩]{2}"
                                                 r"($|[^0-9۰-۹٠-٩/])", text):
            seen["yy_slash"] += 1
    want = {**{"cms_" + c: 3 for c in CMS}, "title_service_txt": 3, "title_service_html": 3, "pdf_bulletin": 5,
            "pdf_bulletin_pages": 2, "title_agency_txt": 2, "title_agency_html": 2, "src_url_txt": 2,
            "src_url_html": 2, "title_split_txt": 3, "title_split_html": 3, "app_banner": 5, "hijri_only": 5,
            "yy_slash": 5}
    assert all(seen[k] >= v for k, v in want.items()), (seen, {k: v for k, v in want.items() if seen[k] < v})


class TestSet(checks.SetChecks):
    """The checks every set passes (:class:`family_set_checks.SetChecks`), for AD."""

    gen, seed, gold = site_families_ad, SEED, GOLD

    def gold_row(self, pages, r, hosts):
        """A credit only in the JSON-LD ``publisher``, in AD's source address or in its tab title counts as none
        there, and a headline over two lines is checked by its first line (AD's forms are checked above)."""
        row = dict(super().gold_row(pages, r, hosts))
        if _url_only(r, checks.page_raw(pages, r), hosts[r["site"]].s):
            row["agency"] = None
        if r["kind"] == "article" and r["title"] not in checks.lines(pages, r):
            assert family_pages.consecutive(checks.lines(pages, r), r["title"]), r["file"]
            row["title"] = next(x for x in checks.lines(pages, r) if r["title"].startswith(x + " "))
        return row
