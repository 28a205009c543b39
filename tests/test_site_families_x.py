"""Family set X's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import datetime as dt
import json
import re

import pytest

import family_pages
import family_set_checks as checks
from site_families_x import (
    AGENCIES,
    FAMILIES,
    HOMES,
    HOSTS,
    LIVE_FORMS,
    MENUS,
    MORE_SPLIT,
    SLUGS,
    build,
    canon,
    credited_agency,
    x_date,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.2, 0.7), ("agency", 0.4, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True)
LD = re.compile(r'<script type="application/ld\+json">(\{"@context": "https://schema.org", "(@type|@graph)".*?)'
                r"</script>")
DIGIT = "[۰-۹٠-٩0-9]"
CLOCK = f"{DIGIT}{{2}}:{DIGIT}{{2}}( (ق|ب)\\.ظ)?"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("x")
    return out, build(out, n=240, seed=223)


def _ld(raw: str) -> dict | None:
    m = LD.search(raw)
    return json.loads(m.group(1)) if m else None


def _article_ld(raw: str) -> dict | None:
    """The story's JSON-LD object: the ``NewsArticle``, or the ``Article`` of a ``@graph``."""
    ld = _ld(raw)
    if ld and "@graph" in ld:
        return next(x for x in ld["@graph"] if x["@type"] == "Article")
    return ld


def _credited_only_in_ld(r: dict, raw: str) -> bool:
    """Whether the page credits its gold agency only as its JSON-LD ``publisher``."""
    if not r["agency"] or any(n in c for c in r["chrome_lines"] for n in AGENCIES[r["agency"]]):
        return False
    if credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]) == r["agency"]:
        return False
    return any(f'alt="{n}"' in raw for n in AGENCIES[r["agency"]]) is False


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=223)


def test_family_subsets(tmp_path):
    checks.check_family_subsets(build, FAMILIES, 223, tmp_path)


def test_hosts_differ():
    """Every family has its own three or four hosts, and no host or site name repeats across the set."""
    checks.check_hosts_differ(HOSTS)
    sections = {x for core, _ in MENUS.values() for c in core for x in (c if isinstance(c, tuple) else (c,))}
    assert not {canon(x) for x in sections} & GOLD.names  # a site's name, tagline or home label is no section
    assert sections <= set(SLUGS)


def test_new_families():
    """None of X's families is a family of an earlier set, U, V and W included."""
    checks.check_new_families(FAMILIES, "efghijklmnopqrstuvw")


@pytest.mark.parametrize(("style", "want"), [
    ("month_first", "خرداد ۱۲, ۱۴۰۲ - ۱۰:۲۰"),  # WP-Parsidate's ``F j, Y``
    ("nopad", "۱۴۰۲/۳/۱۲ ساعت ۱۰:۲۰"),
    ("hs_suffix", "جمعه ۱۲ خرداد ۱۴۰۲ ه‍.ش | ۱۰:۲۰"),
    ("dotted", "۱۴۰۲.۰۳.۱۲ | ۱۰:۲۰"),
    ("dmy2", "۱۲/۰۳/۰۲ - ۱۰:۲۰"),  # W's
])
def test_x_dates(style, want):
    assert x_date(dt.datetime(2023, 6, 2, 10, 20), style, "fa") == want


def test_section_at_the_foot(run):
    """A trail only at the very foot of the page, below the comments and boxes, over the copyright lines: gold its
    last level, which no line above it names as a section."""
    out, rows = run
    foot = []
    for r in rows:
        if r["kind"] != "article" or not r["section"]:
            continue
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        crumbs = [i for i, x in enumerate(lines) if " › " in x and x.endswith(" › " + r["section"])
                  and x.split(" › ")[0] in {h for h in HOMES if h} | {n for f in HOSTS.values() for _, n, _ in f}]
        if crumbs and crumbs[-1] > len(lines) - 6:
            foot.append(r)
            assert all(r["section"] != x for x in lines[:crumbs[-1]] if x.startswith(("سرویس", "گروه", "بخش")))
    assert len(foot) >= 8
    assert {r["format"] for r in foot} == {"txt", "html"}
    assert len({r["family"] for r in foot}) >= 2


def test_section_in_the_graph(run):
    """Yoast's ``@graph``: an ``Article`` whose ``articleSection`` is a list ending in gold's section, a
    ``BreadcrumbList`` beside it; on ``graph_ld`` hosts nothing else names it (no ``article:section``)."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article" and r["format"] == "html"]
    raws = checks.raws(out, arts)
    graphs = [r for r in arts if (_ld(raws[r["file"]]) or {}).get("@graph")]
    assert len(graphs) >= 15
    only = 0
    for r in graphs:
        ld = _ld(raws[r["file"]])
        types = [x["@type"] for x in ld["@graph"]]
        assert types[:2] == ["WebPage", "Article"]
        art = _article_ld(raws[r["file"]])
        if "articleSection" in art:
            assert isinstance(art["articleSection"], list) and art["articleSection"][-1] == r["section"]
            assert "BreadcrumbList" in types
        else:
            assert "BreadcrumbList" not in types
        text = "\n".join(family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS))
        if r["section"] and r["section"] not in text and 'property="article:section"' not in raws[r["file"]]:
            only += 1
    assert only >= 5


def test_dates(run):
    """X's date styles on the pages; a live blog's entry clocks, newest first, none before the page's time."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    chrome = checks.chrome(rows)
    allc = "\n".join(chrome.values())
    months = "خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|فروردین|اردیبهشت"
    for pat in (f"({months}) {DIGIT}{{1,2}}, {DIGIT}{{4}}", f"{DIGIT}{{4}}/{DIGIT}{{1,2}}/{DIGIT}{{1,2}} ساعت ",
                " ه‍.ش", f"{DIGIT}{{4}}\\.{DIGIT}{{2}}\\.{DIGIT}{{2}}"):
        assert len(re.findall(pat, allc)) >= 5, pat
    heads = "|".join(re.escape(f.format(t="").strip()) for f in LIVE_FORMS if f != "{t}")
    live = []
    for r in arts:
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        idx = {p: i for i, p in enumerate(lines)}
        clocks = []
        for p in r["body_paragraphs"]:
            i = idx.get(p)
            if i and re.fullmatch(f"(({heads}) )?{CLOCK}", lines[i - 1]):
                clocks.append(lines[i - 1])
        if len(clocks) == len(r["body_paragraphs"]) >= 2:
            live.append(r)
            assert r["published_iso"]
            assert len(set(clocks)) == len(clocks) or len(clocks) > 20
    assert len(live) >= 8 and {r["format"] for r in live} == {"txt", "html"}


def test_credits(run):
    """«لینک منبع: <agency>» and «مشاهده خبر در سایت منبع» under the story credit the agency in both formats; an
    agency only in a JSON-LD ``publisher`` (W's) credits it in HTML only."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    src = [r for r in arts if any(c.startswith("لینک منبع: ") for c in r["chrome_lines"])]
    assert len(src) >= 8 and {r["format"] for r in src} == {"txt", "html"}
    for r in src:
        c = next(c for c in r["chrome_lines"] if c.startswith("لینک منبع: "))
        assert c[len("لینک منبع: "):] in AGENCIES[r["agency"]]
    raws = checks.raws(out, arts)
    ld = [r for r in arts if r["format"] == "html" and _credited_only_in_ld(r, raws[r["file"]])]
    assert len(ld) >= 3
    for r in ld:
        assert _article_ld(raws[r["file"]])["publisher"]["name"] in AGENCIES[r["agency"]], r["file"]


def test_chrome_inside_and_around_the_story(run):
    """«ادامه مطلب» between the teaser and the rest, product boxes, lazy photos with their ``<noscript>`` twin, the
    comments before the story, the families' tables."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    chrome = checks.chrome(rows)
    allc = "\n".join(chrome.values())
    split = collections.Counter()
    for r in arts:
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        for i, x in enumerate(lines[1:-1], 1):
            if x in MORE_SPLIT and lines[i + 1] in r["body_paragraphs"] and r["body_paragraphs"].index(
                    lines[i + 1]) in (1, 2):
                split[r["family"]] += 1
    assert sum(split.values()) >= 15 and len(split) >= 3, split
    assert sum("افزودن به سبد خرید" in c or re.search(f"^قیمت: {DIGIT}", c, re.M) is not None
               for c in chrome.values()) >= 15
    raws = checks.raws(out, [r for r in arts if r["format"] == "html"])
    assert sum('data-src="' in x and "<noscript><img" in x for x in raws.values()) >= 5
    first = []
    for r in arts:
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        box = [i for i, x in enumerate(lines) if x in ("ارسال نظر", "نظر شما")]
        if box and box[0] < lines.index(r["body_paragraphs"][0]):
            first.append(r)
    assert len(first) >= 6 and {r["format"] for r in first} == {"txt", "html"}
    for head in ("عسل | هر کیلو (تومان)", "زعفران | گرم | قیمت (تومان)", "قله | دما | باد (کیلومتر)",
                 "روستا | پروژه | پیشرفت", "گیاه | خاصیت", "برگ سبز | نرخ خرید (تومان)"):
        assert head in allc, head


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    """The frame's checks; a credit only in the JSON-LD ``publisher`` is checked by :func:`test_credits`."""
    out, rows = run
    raws = checks.raws(out, [r for r in rows if r["kind"] == "article"])
    seen = [{**r, "agency": None} if r["kind"] == "article" and _credited_only_in_ld(r, raws[r["file"]]) else r
            for r in rows]
    family_pages.check_gold(out, seen, GOLD, tmp_path)
