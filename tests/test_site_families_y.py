"""Family set Y's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import datetime as dt
import json
import re

import pytest

import family_pages
import family_set_checks as checks
from site_families_y import (
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
    y_date,
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
PERSIAN = str.maketrans({"ي": "ی", "ك": "ک"})
CLOCK = f"{DIGIT}{{2}}:{DIGIT}{{2}}( (ق|ب)\\.ظ)?"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("y")
    return out, build(out, n=240, seed=227)


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
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=227)


def test_family_subsets(tmp_path):
    checks.check_family_subsets(build, FAMILIES, 227, tmp_path)


def test_hosts_differ():
    """Every family has its own three or four hosts, and no host or site name repeats across the set."""
    checks.check_hosts_differ(HOSTS)
    sections = {x for core, _ in MENUS.values() for c in core for x in (c if isinstance(c, tuple) else (c,))}
    assert not {canon(x) for x in sections} & GOLD.names  # a site's name, tagline or home label is no section
    assert sections <= set(SLUGS)


def test_new_families():
    """None of Y's families is a family of an earlier set, U, V, W and X included."""
    checks.check_new_families(FAMILIES, "efghijklmnopqrstuvwx")


@pytest.mark.parametrize(("style", "want"), [
    ("day_dash", "۱۲ خرداد ۱۴۰۲ - ۱۰:۲۰"),  # Y's
    ("paren_time", "۱۲ خرداد ۱۴۰۲ (۱۰:۲۰)"),
    ("wd_comma", "جمعه، ۱۲ خرداد ۱۴۰۲ - ساعت ۱۰:۲۰"),
    ("month_first", "خرداد ۱۲, ۱۴۰۲ - ۱۰:۲۰"),  # WP-Parsidate's ``F j, Y``
    ("nopad", "۱۴۰۲/۳/۱۲ ساعت ۱۰:۲۰"),
    ("hs_suffix", "جمعه ۱۲ خرداد ۱۴۰۲ ه‍.ش | ۱۰:۲۰"),
    ("dotted", "۱۴۰۲.۰۳.۱۲ | ۱۰:۲۰"),
    ("dmy2", "۱۲/۰۳/۰۲ - ۱۰:۲۰"),  # W's
    ("month_first", "خرداد ۱۲, ۱۴۰۲ - ۱۰:۲۰"),  # X's
])
def test_y_dates(style, want):
    assert y_date(dt.datetime(2023, 6, 2, 10, 20), style, "fa") == want


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
    assert only >= 2


def test_dates(run):
    """Y's and X's date styles on the pages; a live blog's entry clocks, newest first, none before the page's time."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    chrome = checks.chrome(rows)
    allc = "\n".join(chrome.values())
    months = "خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|فروردین|اردیبهشت"
    plain = allc.replace("\u200e", "").replace("\u200f", "")
    for pat in (f"{DIGIT}{{1,2}} ({months}) {DIGIT}{{4}} - {DIGIT}{{2}}:", f"({months}) {DIGIT}{{4}} \\({DIGIT}{{2}}:",
                f"، {DIGIT}{{1,2}} ({months}) {DIGIT}{{4}} - ساعت ", f"({months}) {DIGIT}{{1,2}}, {DIGIT}{{4}}"):
        assert len(re.findall(pat, plain)) >= 5, pat
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
    for head in ("محصول | قیمت (تومان)", "رقم پسته | هر کیلو (تومان)", "حوزه | تعداد واحد",
                 "نوع نان | نرخ (تومان)", "آزمون | نوبت خالی", "گیاه | نور | آبیاری", "فیلم | سال دوبله"):
        assert head in allc.translate(PERSIAN), head


def test_y_head_forms(run):
    """Y's head: the section as a chip opening the byline row «X | <author> | <date> | بازدید: N» (a chip link in
    HTML); the agency only in the news-code row «کد خبر: N | منبع: <agency>»; the headline above the menu (in the
    ``<header>``, as an ``<h1>``); the lead in a ``<strong>`` opening the first ``<p>``."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, [r for r in arts if r["format"] == "html"])
    chips = [r for r in arts if r["section"] and any(c.startswith(r["section"] + " | ") and (
        "بازدید" in c) for c in r["chrome_lines"])]
    assert len(chips) >= 6 and {r["format"] for r in chips} == {"txt", "html"}
    for r in chips:
        if r["format"] == "html":
            assert 'class="chip"' in raws[r["file"]] and f">{r['section']}</a>" in raws[r["file"]]
    code_src = [r for r in arts if any(re.match(f"{DIGIT}*.*کد خبر:? ?\\S+ \\| منبع: ", c.replace("\u200e", "")
                                                .replace("\u200f", "")) for c in r["chrome_lines"])]
    assert len(code_src) >= 5
    for r in code_src:
        c = next(c for c in r["chrome_lines"] if "| منبع: " in c and "کد خبر" in c)
        assert r["agency"] and c.split("| منبع: ", 1)[1].split(" | ")[0] in AGENCIES[r["agency"]]
    above = []
    for r in arts:
        lines = [x.translate(PERSIAN) for x in family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)]
        title = r["title"].translate(PERSIAN)
        menu = {x for core, extra in [MENUS[r["family"]]] for c in core for x in (c if isinstance(c, tuple) else (c,))}
        menu |= set(MENUS[r["family"]][1])
        first_menu = next((i for i, x in enumerate(lines) if x in menu or sum(
            p in menu for p in x.split(" | ")) >= 2), None)
        if first_menu is not None and title in lines and lines.index(title) < first_menu and lines.count(title) == 1:
            above.append(r)
    assert len(above) >= 6 and {r["format"] for r in above} == {"txt", "html"}
    for r in above:
        if r["format"] == "html":
            raw = raws[r["file"]]
            assert raw.index("<h1") < raw.index('href="/fa/service/')
    strong = [r for r in arts if r["format"] == "html" and r["lead"] and re.search(
        "<p><strong>[^<]*</strong></p>", raws[r["file"]])]
    assert len(strong) >= 5


def test_y_story_forms(run):
    """Y's story and chrome: a story split over pages (its first half, the pager «صفحه ۱ از ۲» under it); a sticky
    share bar over and under the story; «اخبار مرتبط» between two paragraphs; U+200F / U+200E marks around the
    numbers of chrome lines; the Arabic ي / ك in some hosts' chrome, never in gold."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    chrome = checks.chrome(rows)
    paged = [r for r in arts if any(c.replace("1", "۱").replace("2", "۲").replace("١", "۱").replace("٢", "۲")
                                    == "صفحه ۱ از ۲" for c in r["chrome_lines"])]
    assert len(paged) >= 5
    sticky = related = 0
    for r in arts:
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        first, last = lines.index(r["body_paragraphs"][0]), lines.index(r["body_paragraphs"][-1])
        bars = [i for i, x in enumerate(lines) if x.startswith(("اشتراک: ", "🔗 کپی لینک", "اشتراک‌گذاری: تلگرام"))]
        if len(bars) >= 2 and bars[0] < first and bars[-1] > last and lines[bars[0]] == lines[bars[-1]]:
            sticky += 1
        for i in range(first, last):
            if lines[i].startswith(("اخبار مرتبط", "مطالب مرتبط")) and lines[i - 1] in r["body_paragraphs"]:
                related += 1
    assert sticky >= 8 and related >= 5
    marked = [f for f, c in chrome.items() if "\u200f" in c and "\u200e" in c]
    arabic = [f for f, c in chrome.items() if re.search("[يك]", c)]
    assert len(marked) >= 8 and len(arabic) >= 8
    for r in arts:  # the marks and the Arabic letters are the chrome's: gold's head keeps neither
        assert not re.search("[يك\u200e\u200f]", (r["section"] or "") + (r["surtitle"] or ""))


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    """The frame's checks; a credit only in the JSON-LD ``publisher`` is checked by :func:`test_credits`."""
    out, rows = run
    raws = checks.raws(out, [r for r in rows if r["kind"] == "article"])
    seen = [{**r, "agency": None} if r["kind"] == "article" and _credited_only_in_ld(r, raws[r["file"]]) else r
            for r in rows]
    family_pages.check_gold(out, seen, GOLD, tmp_path)
