"""Family set W's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import datetime as dt
import html
import json
import re

import pytest

import family_pages
import family_set_checks as checks
from site_families_w import (
    AGENCIES,
    FAMILIES,
    HOMES,
    HOSTS,
    MENUS,
    SLUGS,
    VENDORS,
    build,
    canon,
    credited_agency,
    w_date,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.2, 0.7), ("agency", 0.4, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True)
LD = re.compile(r'<script type="application/ld\+json">(\{"@context": "https://schema.org", "@type": "NewsArticle".*?)'
                r"</script>")
DIGIT = "[۰-۹٠-٩0-9]"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("w")
    return out, build(out, n=240, seed=211)


def _ld_publisher(raw: str) -> str | None:
    m = LD.search(raw)
    return json.loads(m.group(1))["publisher"]["name"] if m else None


def _credited_only_in_ld(r: dict, raw: str) -> bool:
    """Whether the page credits its gold agency only as its JSON-LD ``publisher``."""
    if not r["agency"] or any(n in c for c in r["chrome_lines"] for n in AGENCIES[r["agency"]]):
        return False
    if credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]) == r["agency"]:
        return False
    return any(f'alt="{n}"' in raw for n in AGENCIES[r["agency"]]) is False


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=211)


def test_family_subsets(tmp_path):
    checks.check_family_subsets(build, FAMILIES, 211, tmp_path)


def test_hosts_differ():
    """Every family has its own three or four hosts, and no host or site name repeats across the set."""
    checks.check_hosts_differ(HOSTS)
    sections = {x for core, _ in MENUS.values() for c in core for x in (c if isinstance(c, tuple) else (c,))}
    assert not {canon(x) for x in sections} & GOLD.names  # a site's name, tagline or home label is no section
    assert sections <= set(SLUGS)


def test_new_families():
    """None of W's families is a family of an earlier set, U and V included."""
    checks.check_new_families(FAMILIES, "efghijklmnopqrstuv")


@pytest.mark.parametrize(("style", "want"), [
    ("dmy2", "۱۲/۰۳/۰۲ - ۱۰:۲۰"),  # day first, a two-digit Jalali year
    ("greg_first", "۲۰۲۳/۰۶/۰۲ - ۱۴۰۲/۰۳/۱۲ - ۱۰:۲۰"),  # the Gregorian first, the Jalali after it
    ("greg_words_first", "۲ ژوئن ۲۰۲۳ | ۱۲ خرداد ۱۴۰۲ | ساعت ۱۰:۲۰"),
])
def test_w_dates(style, want):
    assert w_date(dt.datetime(2023, 6, 2, 10, 20), style, "fa") == want


def test_section_forms(run):
    """Sections only in a ``category-<slug>`` body class (the Persian name only as a menu item, no metas), as a
    coloured label opening the lead, in a «گروه: X - کد خبر: N» row under the story, in a two-level trail."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    chrome = checks.chrome(rows)
    body_class = []
    for r in arts:
        m = re.search(r'<body class="[^"]*category-([a-z-]+)"', raws[r["file"]])
        if m and r["section"]:
            assert SLUGS[r["section"]] == m.group(1), r["file"]
            assert "article:section" not in raws[r["file"]] and "articleSection" not in raws[r["file"]]
            lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
            assert any(r["section"] in x.split(" | ") for x in lines)  # the menu's item
            body_class.append(r)
    assert len(body_class) >= 4
    tagged = [r for r in arts if r["section"] and re.search(
        r'<span class="cat-label"[^>]*>' + re.escape(html.escape(r["section"])), raws[r["file"]].replace(
            "&zwnj;", "\u200c"))]
    assert len(tagged) >= 4 and all(r["lead"] for r in tagged)
    for r in tagged:
        assert not r["lead"].startswith(r["section"])
    group = [r for r in arts if r["section"] and re.search(
        r"^(گروه|سرویس): " + re.escape(r["section"]) + f" - کد خبر: {DIGIT}+$", chrome[r["file"]], re.M)]
    assert len(group) >= 4
    two = [r for r in arts if r["section"] and re.search(r"^\S.* (/|>|»|›|-) \S.* (/|>|»|›|-) "
                                                         + re.escape(r["section"]) + "$", chrome[r["file"]], re.M)]
    assert len(two) >= 2


def test_dates(run):
    """Two-digit-year dates day first, Gregorian-first datelines, publication and update stamps on one line whose
    first stamp is gold's day."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    chrome = checks.chrome(rows)
    d2 = f"{DIGIT}{{2}}/{DIGIT}{{2}}/{DIGIT}{{2}}"
    assert sum(bool(re.search(rf"(^|[ :]){d2}( |$)", chrome[r["file"]], re.M)) for r in arts) >= 10
    assert sum(bool(re.search(f"(^|[ :])(20|۲۰|٢٠){DIGIT}{{2}}/{DIGIT}{{2}}/{DIGIT}{{2}} - ", chrome[r["file"]],
                              re.M)) for r in arts) >= 5
    raws = checks.raws(out, arts)
    for cal, year in (("jalali", "published_jalali"), ("gregorian", "published_iso")):
        days = [r for r in arts if r[year] and f"/{r[year].replace('-', '/')}/" in raws[r["file"]]]
        assert len(days) >= 5, cal  # the day in the URL path, in either calendar
    both = [r for r in arts if re.search(r"^انتشار: .* \| به‌روزرسانی: ", chrome[r["file"]], re.M)]
    assert len(both) >= 4 and all(r["published_iso"] for r in both)
    assert sum(bool(re.search(r'<time datetime="[^"]+">[^<]*(پیش|قبل)</time>', (out / "pages" / r["file"]).read_text(
        encoding="utf-8"))) for r in arts if r["format"] == "html") >= 5


def test_agency_in_the_publisher_ld(run):
    """A republishing site credits the agency only as its JSON-LD ``publisher``: gold that agency in HTML; its text
    dumps credit none (unless the story's own text does)."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    ld = [r for r in arts if r["format"] == "html" and _credited_only_in_ld(r, raws[r["file"]])]
    assert len(ld) >= 3
    for r in ld:
        assert _ld_publisher(raws[r["file"]]) in AGENCIES[r["agency"]], r["file"]
    sites = {r["site"] for r in ld}
    assert any(r["format"] == "txt" and r["agency"] is None for r in arts if r["site"] in sites)


def test_head_forms(run):
    """روتیترs (some spelled out «روتیتر: …»), leads after «لید:» / «خلاصه:», the headline repeated as the opening
    photo's caption, «لینک کوتاه» rows, relative dates, metas in UTC."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    chrome = checks.chrome(rows)
    assert sum(bool(r["surtitle"]) for r in arts) >= 30
    assert sum(f"روتیتر: {r['surtitle']}" in family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
               for r in arts if r["surtitle"]) >= 5
    labelled = collections.Counter()
    for r in arts:
        for x in family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS):
            if r["lead"] and x.endswith(r["lead"]) and x != r["lead"]:
                labelled[x[: -len(r["lead"])].strip()] += 1
    assert labelled["لید:"] + labelled["لید خبر:"] >= 3 and labelled["خلاصه:"] + labelled["چکیده:"] >= 3, labelled
    caption = [r for r in arts if r["title"] in r["chrome_lines"]]
    assert len(caption) >= 10
    assert any(f'<figcaption>{html.escape(r["title"], quote=False)}</figcaption>' in raws[r["file"]].replace(
        "&zwnj;", "\u200c") for r in caption)
    assert sum("لینک کوتاه" in chrome[r["file"]] for r in arts) >= 20
    utc = [r for r in arts if re.search(r'content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"', raws[r["file"]])]
    assert len(utc) >= 3 and all(r["published_time"][-6:] in ("+03:30", "+04:30") for r in utc)
    assert collections.Counter(r["published_iso"] is None for r in arts)[True] >= 5


def test_chrome_inside_and_around_the_story(run):
    """Ads and galleries between paragraphs, polls, newsletter boxes, a CMS vendor's footer line on hosts of
    different families, the families' tables."""
    out, rows = run
    chrome = checks.chrome(rows)
    allc = "\n".join(chrome.values())
    assert sum(bool(re.search(r"^(تبلیغات|آگهی|محتوای حمایت‌شده|Ads)$", c, re.M)) for c in chrome.values()) >= 10
    assert len(re.findall(f"^{DIGIT}+ از {DIGIT}+$", allc, re.M)) >= 30
    assert sum("ثبت رأی" in c or "مشاهده نتایج" in c for c in chrome.values()) >= 10
    assert sum("ایمیل خود را وارد کنید" in c for c in chrome.values()) >= 10
    for v in VENDORS:
        fams = {r["family"] for r in rows if r["kind"] == "article" and v in r["chrome_lines"]}
        assert len(fams) >= 2, v
    for head in ("آبزی | هر کیلو", "سالن | فیلم | سانس", "گروه خونی | وضعیت", "گالری | نمایشگاه | تا",
                 "ایل | مسیر | وضعیت", "نوع | تعداد", "آزمون | هزینه (تومان)"):
        assert head in allc, head


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    """The frame's checks; a credit only in the JSON-LD ``publisher`` is checked by
    :func:`test_agency_in_the_publisher_ld` (the frame knows credit lines and logos)."""
    out, rows = run
    raws = checks.raws(out, [r for r in rows if r["kind"] == "article"])
    seen = [{**r, "agency": None} if r["kind"] == "article" and _credited_only_in_ld(r, raws[r["file"]]) else r
            for r in rows]
    family_pages.check_gold(out, seen, GOLD, tmp_path)
