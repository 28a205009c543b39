"""Family set Z's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import re
import shutil

import pytest

import family_pages
import family_set_checks as checks
import site_families_z
from site_families_h import JMONTHS
from site_families_v import HMONTHS
from site_families_z import (
    AGENCIES,
    HOMES,
    HOSTS,
    canon,
    credited_agency,
    read_page,
    z_date,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=24, html_share=(0.25, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.6, 0.95), ("published_iso", 0.7, 0.98), ("lead", 0.15, 0.7), ("agency", 0.4, 0.85),
            ("surtitle", 0.15, 0.6)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 229


run, hosts = checks.set_fixtures(site_families_z, SEED)


def _lines(out, r):
    path = out / "pages" / r["file"]
    text = read_page(path)
    if r["format"] == "txt":
        return [x.strip() for x in text.split("\n") if x.strip()]
    p = family_pages._Text(GOLD.blocks)
    p.feed(text)
    p.close()
    return [x.strip() for x in "".join(p.out).split("\n") if x.strip()]


@pytest.mark.parametrize(("style", "want"), [
    ("hijri_beside", "۱۲ آذر ۱۴۰۲ - ۲۰ جمادی‌الاول ۱۴۴۵ - ساعت ۱۴:۳۰"),
    ("greg_latin", "2023/12/03 - 14:30"),
    ("day_dash", "۱۲ آذر ۱۴۰۲ - ۱۴:۳۰"),  # Y's
])
def test_z_dates(style, want):
    assert z_date(dt.datetime(2023, 12, 3, 14, 30), style, "fa") == want


def test_z_forms_on_the_pages(run, hosts):
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in checks.with_form(rows, hosts, "most_read"):
        ls = _lines(out, r)
        if r["format"] == "txt" and r["title"] in ls and hosts[r["site"]].s["most_head"] in ls:
            assert ls.index(hosts[r["site"]].s["most_head"]) < ls.index(r["title"])
            seen["most_read"] += 1
    for r in checks.with_form(rows, hosts, "og_title"):
        raw = read_page(out / "pages" / r["file"])
        if r["format"] == "html" and '<h1 class="site-title">' in raw:
            assert f"<title>{r['title']}</title>" in raw.replace("&quot;", '"') or r["title"] in _lines(out, r)
            visible = re.sub(r"<title>.*?</title>", "", raw)
            assert f">{r['title']}<" not in visible.replace("&quot;", '"')
            seen["og_title"] += 1
    for r in checks.with_form(rows, hosts, "youare"):
        if r["section"] and any(x.endswith(" / " + r["section"]) and x.startswith(
                hosts[r["site"]].s["youare_label"]) for x in _lines(out, r)):
            seen["youare"] += 1
    months = "|".join(HMONTHS)
    for r in rows:
        ls = _lines(out, r) if r["kind"] == "article" and r["published_iso"] else []
        if any(re.search(f"({'|'.join(JMONTHS)}) .* ({months}) ", x) for x in ls):
            seen["hijri_beside"] += 1
        greg = r["published_iso"] and r["published_iso"].replace("-", "/") if ls else None
        if greg and any(x.endswith(greg) or greg + " - " in x for x in ls):
            seen["greg_latin"] += 1
    for r in checks.with_form(rows, hosts, "foot_agency"):
        partner = hosts[r["site"]].s["partner"]
        if r["agency"] != partner and any("خبرگزاری " in c or "خبری " in c for c in r["chrome_lines"][-4:]):
            seen["foot_agency"] += 1
    seen["qa"] = sum(1 for r in checks.with_form(rows, hosts, "qa")
                     if sum(p.endswith("؟") for p in r["body_paragraphs"]) >= 2)
    for r in checks.with_form(rows, hosts, "quote"):
        seen["quote"] += "<blockquote><p>" in read_page(out / "pages" / r["file"])
    for r in checks.with_form(rows, hosts, "ol"):
        raw = read_page(out / "pages" / r["file"])
        if r["format"] == "html" and "<ol>\n<li>" in raw:
            seen["ol"] += 1
        elif r["format"] == "txt" and re.search("^[1۱١]\\. .*\n[2۲٢]\\. ", raw.replace("\n\n", "\n"), re.M):
            seen["ol_txt"] += 1
    seen["nested"] = sum(1 for r in checks.with_form(rows, hosts, "nested") if any(c.startswith("↳↳ پاسخ") for c in
                                                                         r["chrome_lines"]))
    for r in checks.with_form(rows, hosts, "telegram"):
        b = hosts[r["site"]].s["bullet"]
        if all(p.startswith(b + " ") for p in r["body_paragraphs"]):
            assert any(c.startswith("🆔 @") for c in r["chrome_lines"])
            seen["telegram"] += 1
    for r in checks.with_form(rows, hosts, "wrap"):
        ls = _lines(out, r)
        if r["format"] == "txt" and any(p not in ls for p in r["body_paragraphs"]):
            assert all(p in ls or family_pages.consecutive(ls, p) for p in r["body_paragraphs"])
            seen["wrap"] += 1
    for r in [x for x in rows if hosts[x["site"]].s["cp1256"]]:
        data = (out / "pages" / r["file"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        assert b"charset" not in data
        assert not re.search("[ی۰-۹]", data.decode("cp1256"))
        seen["cp1256"] += 1
    want = {"most_read": 4, "og_title": 4, "youare": 4, "hijri_beside": 8, "greg_latin": 8, "foot_agency": 4, "qa": 4,
            "quote": 3, "ol": 1, "ol_txt": 1, "nested": 4, "telegram": 8, "wrap": 4, "cp1256": 8}
    assert all(seen[k] >= v for k, v in want.items()), seen


class TestSet(checks.GeneratorChecks, checks.MenuChecks):
    """The checks every set passes (:class:`family_set_checks.GeneratorChecks`, Z has no CMS), for Z."""

    gen, seed, gold = site_families_z, SEED, GOLD

    def gold_pages(self, out, tmp_path):
        """A UTF-8 copy of the run (Windows-1256 pages decoded)."""
        copy = tmp_path / "utf8"
        (copy / "pages").mkdir(parents=True)
        shutil.copy(out / "gold.jsonl", copy / "gold.jsonl")
        for page in (out / "pages").iterdir():
            (copy / "pages" / page.name).write_text(read_page(page), encoding="utf-8")
        return copy
