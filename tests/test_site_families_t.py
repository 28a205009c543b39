"""Family set T's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import re

import pytest

import family_pages
import family_set_checks as checks
from site_families_t import AGENCIES, FAMILIES, HOMES, HOSTS, build, canon, credited_agency

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside", "header",
          "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title", "body", "time",
          "blockquote"}
GOLD = family_pages.GoldSpec(
    blocks=BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.2, 0.7), ("agency", 0.4, 0.85),
            ("surtitle", 0.1, 0.5)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("t")
    return out, build(out, n=240, seed=171)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=171)


def test_family_subsets(tmp_path):
    checks.check_family_subsets(build, FAMILIES, 171, tmp_path)


def test_hosts_differ():
    """Every family has its own three or four hosts, and no host or site name repeats across the set."""
    checks.check_hosts_differ(HOSTS)


def test_section_forms(run):
    """Sections only in a sidebar box's heading, only as the active menu item, after «شما اینجا هستید:»;
    and tag clouds that name a menu section that is not the page's."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    heads = ("مطالب این بخش: ", "سایر مطالب بخش ", "آخرین مطالب ", "بیشتر در ")
    side = [r for r in arts if r["section"] and any(h + r["section"] in raws[r["file"]] for h in heads)]
    assert len(side) >= 8
    active = [r for r in arts if r["section"] and re.search(
        r'class="(current-menu-item active|active)"[^>]*>(<a [^>]*>)?' + re.escape(r["section"]), raws[r["file"]])]
    assert len(active) >= 3
    assert sum("شما اینجا هستید: " in raws[r["file"]] and bool(r["section"]) for r in arts) >= 3
    assert any(r["section"] is None and "برچسب‌ها" in raws[r["file"]] for r in arts)


def test_date_and_credit_forms(run):
    """Publication beside the update in one line (either order), the update alone at the head with the
    publication at the foot, relative times in <time datetime>; «تنظیم:» credits with and without an agency,
    «روابط عمومی» credits with none."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    chrome = {r["file"]: "\n".join(r["chrome_lines"]) for r in arts}
    assert sum(bool(re.search(r"انتشار: .+ \| به‌روزرسانی: ", chrome[r["file"]])) for r in arts) >= 3
    assert sum(bool(re.search(r"به‌روزرسانی: .+ - انتشار: ", chrome[r["file"]])) for r in arts) >= 3
    assert any("تاریخ انتشار: " in chrome[r["file"]] and r["published_iso"] for r in arts)
    rel = [r for r in arts if r["format"] == "html" and re.search(r"<time [^>]*datetime=[^>]*>[^<]*(پیش|قبل)<",
                                                                   raws[r["file"]])]
    assert len(rel) >= 3 and all(r["published_iso"] and len(r["published_time"]) > 10 for r in rel)
    tanzim = [r for r in arts if "تنظیم" in chrome[r["file"]]]
    assert any(r["agency"] for r in tanzim) and any(r["agency"] is None for r in tanzim)
    assert sum("روابط عمومی" in chrome[r["file"]] and r["agency"] is None for r in arts) >= 3
    assert any("برگرفته از" in chrome[r["file"]] and r["agency"] for r in arts)
    assert any("نخستین بار در" in chrome[r["file"]] or "پیش‌تر در" in chrome[r["file"]] for r in arts)
    assert any(r["published_time"] and len(r["published_time"]) == 10 for r in arts)
    assert collections.Counter(r["published_iso"] is None for r in arts)[True] >= 5


def test_split_and_walled_stories(run):
    """A story over pages holds that page's paragraphs (its lead on page one only); a walled one ends at the
    wall; pull quotes repeat a sentence of the story without being a paragraph of it."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    chrome = {r["file"]: "\n".join(r["chrome_lines"]) for r in arts}
    paged = [r for r in arts if any(e.startswith("page_") for e in r["edits"])]
    assert len(paged) >= 5 and all(r["cluster"] is None for r in paged)
    assert all(r["lead"] is None for r in paged if not any(e.startswith("page_1_") for e in r["edits"]))
    assert all(re.search(r"صفحه [۰-۹٠-٩0-9]+ از [۰-۹٠-٩0-9]+", chrome[r["file"]]) for r in paged)
    walled = [r for r in arts if "ثبت‌نام رایگان" in chrome[r["file"]]]
    assert len(walled) >= 3 and all(r["cluster"] is None for r in walled)
    raws = checks.raws(out, arts)
    pulls = [r for r in arts for m in re.finditer(r"«([^»]{40,180})»", raws[r["file"]])
             if any(m.group(1) in p for p in r["body_paragraphs"]) and m.group(1) not in chrome[r["file"]]]
    assert len(pulls) >= 5


def test_chrome_around_the_story(run):
    """The families' own boxes and the cross-family chrome: tables «a | b | c», cookie banners, teaser lists."""
    out, rows = run
    chrome = {r["file"]: "\n".join(r["chrome_lines"]) for r in rows if r["kind"] == "article"}
    for head in ("پزشک | تخصص | ساعت", "فلز | دلار/تن | تغییر", "کاروان | مسیر | ساعت", "عملیات‌های ۲۴ ساعت گذشته"):
        assert any(head in c for c in chrome.values()), head
    assert any("رهگیری" in c for c in chrome.values())
    assert sum("کوکی" in c for c in chrome.values()) >= 5
    assert sum("ادامه مطلب" in c or "بیشتر بخوانید »" in c for c in chrome.values()) >= 5


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)
