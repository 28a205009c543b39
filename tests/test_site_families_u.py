"""Family set U's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import re

import pytest

import family_pages
import family_set_checks as checks
from site_families_u import AGENCIES, FAMILIES, HOMES, HOSTS, build, canon, credited_agency

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.2, 0.7), ("agency", 0.4, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("u")
    return out, build(out, n=240, seed=181)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=181)


def test_family_subsets(tmp_path):
    checks.check_family_subsets(build, FAMILIES, 181, tmp_path)


def test_hosts_differ():
    """Every family has its own three or four hosts, and no host or site name repeats across the set."""
    checks.check_hosts_differ(HOSTS)


def test_new_families():
    """None of U's families is a family of an earlier set."""
    checks.check_new_families(FAMILIES, "efghijklmnopqrst")


def test_section_forms(run):
    """Sections only in the URL path, only in ``article:section``, in a «کد خبر … | سرویس: …» row, or as
    «سرویس: <service> - <sub>» (gold: the sub)."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    chrome = checks.chrome(rows)
    url = [r for r in arts if r["section"] and not any(r["section"] in x for x in family_pages.page_lines(
        out / "pages" / r["file"], checks.BLOCKS) if "https://" not in x)
        and f'/{r["section"].replace(" ", "-")}/' in raws[r["file"]]]
    assert len(url) >= 3
    og = [r for r in arts if r["section"] and f'<meta property="article:section" content="{r["section"]}">'
          in raws[r["file"]] and r["section"] not in chrome[r["file"]] and "articleSection" not in raws[r["file"]]]
    assert len(og) >= 3
    code_row = [r for r in arts if r["section"] and re.search(r"(کد|شناسه) خبر:? [۰-۹٠-٩0-9]+ \|.* "
                                                              + re.escape(r["section"]) + "$", chrome[r["file"]],
                                                              re.M)]
    assert len(code_row) >= 3
    sub = [r for r in arts if r["section"] and re.search(r": \S.* - " + re.escape(r["section"]) + "$",
                                                          chrome[r["file"]], re.M)]
    assert len(sub) >= 3


def test_head_forms(run):
    """روتیترs over the headline, leads after «خلاصه:», «لینک کوتاه» rows (some with the news code), dates only
    relative at the head with the absolute one at the foot, dates inside the «کد خبر» row, metas in UTC."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    chrome = checks.chrome(rows)
    assert sum(bool(r["surtitle"]) for r in arts) >= 30
    labelled = [r for r in arts if r["lead"] and any(
        x.endswith(r["lead"]) and x != r["lead"] and x.split(":")[0] in ("خلاصه", "چکیده", "خلاصه خبر")
        for x in family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS))]
    assert len(labelled) >= 8
    assert sum("لینک کوتاه" in chrome[r["file"]] for r in arts) >= 20
    assert sum(bool(re.search(r"(کد|شناسه) خبر:? [۰-۹٠-٩0-9]+ \| (کپی )?لینک کوتاه", chrome[r["file"]]))
               for r in arts) >= 5
    ago = re.compile(r"^[۰-۹٠-٩0-9]+ (دقیقه|ساعت|روز|هفته|ماه|سال) (پیش|قبل)$", re.M)
    rel_foot = [r for r in arts if ago.search(chrome[r["file"]])
                and "تاریخ انتشار" in chrome[r["file"]].split("\n", 3)[-1] and r["published_iso"]]
    assert len(rel_foot) >= 3
    assert sum(bool(re.search(r"(کد|شناسه) خبر:? [۰-۹٠-٩0-9]+ \| [^|]*[۰-۹٠-٩0-9]{2}:[۰-۹٠-٩0-9]{2}",
                              chrome[r["file"]])) for r in arts) >= 5
    utc = [r for r in arts if re.search(r'content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"', raws[r["file"]])]
    assert len(utc) >= 5 and all(r["published_time"][-6:] in ("+03:30", "+04:30") for r in utc)
    assert any(r["published_time"] and len(r["published_time"]) == 10 for r in arts)
    assert collections.Counter(r["published_iso"] is None for r in arts)[True] >= 5


def test_views_and_credits(run):
    """AMP twins and print views of a host's pages; «گزارش از: …» as the story's last line with and without an
    agency, «به نقل از …» under the headline, «روابط عمومی …» and «خبرنگار ما» crediting none."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    raws = checks.raws(out, arts)
    chrome = checks.chrome(rows)
    amp = [r for r in arts if "<html amp" in raws[r["file"]]]
    assert len(amp) >= 5 and all("amp_view" in r["edits"] for r in amp)
    printed = [r for r in arts if "print_view" in r["edits"]]
    assert len(printed) >= 5 and all("نشانی مطلب: " in chrome[r["file"]] for r in printed)
    goz = [r for r in arts if re.search(r"^گزارش( و عکس)?(: | از: )", chrome[r["file"]], re.M)]
    assert any(r["agency"] for r in goz) and any(r["agency"] is None for r in goz)
    assert any("به نقل از" in chrome[r["file"]] and r["agency"] for r in arts)
    assert sum("روابط عمومی" in chrome[r["file"]] and r["agency"] is None for r in arts) >= 3


def test_chrome_inside_and_around_the_story(run):
    """Numbered photo captions and «بیشتر بخوانید» between paragraphs, comment forms with their rules and
    Nastooh's counts, most-read tabs, weather and currency strips, the families' tables."""
    out, rows = run
    chrome = checks.chrome(rows)
    allc = "\n".join(chrome.values())
    assert len(re.findall(r"^(عکس [۰-۹٠-٩0-9]+: |تصویر [۰-۹٠-٩0-9]+ - |[۰-۹٠-٩0-9]+\. )", allc, re.M)) >= 20
    assert sum("بیشتر بخوانید: " in c or "بخوانید: " in c for c in chrome.values()) >= 5
    assert sum("ارسال نظر" in c for c in chrome.values()) >= 20
    assert sum("در انتظار بررسی" in c for c in chrome.values()) >= 10
    assert sum("پربازدیدترین" in c or "پربیننده‌ها" in c or "داغ‌ترین‌ها" in c for c in chrome.values()) >= 10
    assert "°" in allc and "دلار " in allc
    for head in ("سد | حجم", "کشور | طلا | نقره | برنز", "مبدأ | مقصد", "کتاب | مترجم | ناشر", "جلسه | مکان | ساعت"):
        assert head in allc, head


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)
