"""Family set V's generator: deterministic, and its gold is consistent with its own pages."""
from __future__ import annotations

import collections
import html
import json
import re

import pytest

import family_pages
import family_set_checks as checks
from site_families_h import HMONTHS
from site_families_v import AGENCIES, FAMILIES, HOMES, HOSTS, build, canon, clock, credited_agency

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=30,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.2, 0.7), ("agency", 0.4, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("v")
    return out, build(out, n=240, seed=197)


def test_same_seed_same_pages(run, tmp_path):
    family_pages.check_reproducible(build, *run, tmp_path, n=240, seed=197)


def test_family_subsets(tmp_path):
    checks.check_family_subsets(build, FAMILIES, 197, tmp_path)


def test_hosts_differ():
    """Every family has its own three or four hosts, and no host or site name repeats across the set."""
    checks.check_hosts_differ(HOSTS)


def test_new_families():
    """None of V's families is a family of an earlier set, U included."""
    checks.check_new_families(FAMILIES, "efghijklmnopqrstu")


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


def test_trail_after_the_headline(run):
    """The section only in a trail under the headline: an ``<ol class="breadcrumb">`` whose last item it is, or in
    a text dump the trail's items a line each (or one line) after the title's line."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article" and r["section"]]
    raws = checks.raws(out, arts)
    ol = [r for r in arts if re.search(r'<ol class="breadcrumb">.*?>' + re.escape(r["section"]) + r"</a></li>\n</ol>",
                                       raws[r["file"]].replace("&zwnj;", "\u200c"), re.S)]
    assert len(ol) >= 3
    after = []
    for r in arts:
        if r["format"] != "txt":
            continue
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        t = lines.index(r["title"])
        if any(x == r["section"] or x.endswith(" " + r["section"]) for x in lines[t + 1:t + 5]) and not any(
                r["section"] in x for x in lines[:t] if x not in HOSTS_MENU):
            after.append(r)
    assert len(after) >= 3


def test_section_in_the_title(run):
    """The section in the ``<title>``, before the headline («سرویس | عنوان | سایت») or after it («عنوان - سرویس -
    سایت»); on some pages only there (their other lines name it at most as a menu item)."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article" and r["section"] and r["format"] == "html"]
    raws = checks.raws(out, arts)
    forms = collections.Counter()
    only = 0
    for r in arts:
        title = html.unescape(re.search(r"<title>(.*?)</title>", raws[r["file"]]).group(1))
        if title.startswith(r["section"] + " | "):
            forms["before"] += 1
        elif f" - {r['section']} - " in title:
            forms["after"] += 1
        else:
            continue
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        only += not any(r["section"] in x and x != r["section"] for x in lines[1:]) and \
            f'"{r["section"]}"' not in raws[r["file"]]
    assert forms["before"] >= 3 and forms["after"] >= 3 and only >= 4, (forms, only)


def test_section_only_in_a_breadcrumb_list(run):
    """The section only in a JSON-LD ``BreadcrumbList`` (home, sections, the page's title last): gold its last
    section, which no visible line names but as a menu item."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article" and r["section"] and r["format"] == "html"]
    found = 0
    for r in arts:
        raw = (out / "pages" / r["file"]).read_text(encoding="utf-8")
        m = re.search(r'<script type="application/ld\+json">(\{"@context": "https://schema.org", "@type": '
                      r'"BreadcrumbList".*?)</script>', raw)
        if not m:
            continue
        items = json.loads(m.group(1))["itemListElement"]
        assert items[-1]["name"] == r["title"] and items[-2]["name"] == r["section"]
        lines = family_pages.page_lines(out / "pages" / r["file"], checks.BLOCKS)
        found += not any(r["section"] in x and x != r["section"] for x in lines[1:])
    assert found >= 3


HOSTS_MENU = {"خانه", "صفحه اصلی", "صفحه نخست", "🏠"}


def test_clock_twelve_hours():
    """A twelve-hour clock names the half of the day: after noon «ب.ظ», before it «ق.ظ», midnight 12 «ق.ظ»."""
    import datetime as dt
    assert clock(dt.datetime(2023, 6, 2, 22, 20), True) == "10:20 ب.ظ"
    assert clock(dt.datetime(2023, 6, 2, 12, 5), True) == "12:05 ب.ظ"
    assert clock(dt.datetime(2023, 6, 2, 0, 5), True) == "12:05 ق.ظ"
    assert clock(dt.datetime(2023, 6, 2, 9, 0), False) == "09:00"


def test_dates_and_bylines(run):
    """Dates beside their Hijri-qamari twin, headers with the day in three calendars, twelve-hour clocks whose
    half of the day agrees with gold, bylines «نویسنده: … | ۱۲ دقیقه مطالعه»."""
    out, rows = run
    arts = [r for r in rows if r["kind"] == "article"]
    chrome = checks.chrome(rows)
    months = "|".join(HMONTHS)
    qamari = [r for r in arts if re.search(r"[۰-۹٠-٩0-9]+ (" + months + r") [۰-۹٠-٩0-9]{4}", chrome[r["file"]])]
    assert len(qamari) >= 15
    three = [r for r in arts if re.search(r"(" + months + r") [۰-۹٠-٩0-9]{4} - [۰-۹٠-٩0-9]+ \S+ [۰-۹٠-٩0-9]{4}$",
                                          chrome[r["file"]], re.M)]
    assert len(three) >= 5
    ampm = [r for r in arts if re.search(r"[۰-۹٠-٩0-9]{2}:[۰-۹٠-٩0-9]{2} (ب|ق)\.ظ", chrome[r["file"]])
            and r["published_time"] and len(r["published_time"]) > 10]
    assert len(ampm) >= 10
    for r in ampm:
        pm = re.search(r"[۰-۹٠-٩0-9]{2}:[۰-۹٠-٩0-9]{2} (ب|ق)\.ظ", chrome[r["file"]]).group(1) == "ب"
        assert pm == (int(r["published_time"][11:13]) >= 12) or "به‌روزرسانی" in chrome[r["file"]], r["file"]
    by = re.compile(r"^(نویسنده: |نوشته )?[^|·\n]+ [|·] (زمان مطالعه: )?[۰-۹٠-٩0-9]+ دقیقه( مطالعه)?$", re.M)
    byline = [r for r in arts if by.search(chrome[r["file"]])]
    assert len(byline) >= 10


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
    assert sum(bool(re.search(r"^👍 [۰-۹٠-٩0-9]+ 👎 [۰-۹٠-٩0-9]+ \| پاسخ$", c, re.M)) for c in chrome.values()) >= 15
    assert sum(bool(re.search(r"^پاسخ( مدیر سایت| پشتیبانی| کارشناس)?: ", c, re.M)) for c in chrome.values()) >= 8
    assert sum("با ذکر نام منبع مجاز" in c or "پیگرد قانونی" in c or "حقوق مادی و معنوی" in c
               for c in chrome.values()) >= 15
    for head in ("دارو | وضعیت | قیمت", "بازیکن | ریتینگ | تغییر", "اذان ظهر", "کالا | نام تجاری | وضعیت",
                 "نوع فرش | هر متر مربع", "خدمت | هزینه (ریال)", "مسیر | ساعت حرکت", "هتل | ستاره | هر شب"):
        assert head in allc, head


def test_gold_is_consistent_with_its_pages(run, tmp_path):
    family_pages.check_gold(*run, GOLD, tmp_path)
