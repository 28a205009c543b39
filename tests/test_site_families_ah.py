"""Family set AH's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_ah
from site_families_ah import (
    AGENCIES,
    CMS,
    FAMILIES,
    HOMES,
    HOSTS,
    SLUGS,
    canon,
    credited_agency,
    hashtag,
)

GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=22, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.95), ("published_iso", 0.7, 1.0), ("lead", 0.15, 0.7), ("agency", 0.3, 0.85),
            ("surtitle", 0.15, 0.7)),
    agencies_seen=frozenset({"فارس", "مهر", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 301


run, hosts = checks.set_fixtures(site_families_ah, SEED)


@pytest.mark.parametrize(("section", "want"), [
    ("خرید تضمینی", "#خرید_تضمینی"),
    ("مکمل‌های تقلبی", "#مکمل‌های_تقلبی"),
    ("حمل و نقل زائران", "#حمل_و_نقل_زائران"),
    ("برنج", "#برنج"),
])
def test_hashtag(section, want):
    """The hashtag keeps the section's ZWNJs; the scorer's canonical form is the section's own."""
    got = hashtag(section)
    assert got == want and canon(got) == canon(section)


def test_every_cms_on_both_sides_of_the_split(hosts):
    """Each saved shape is a host's of an open family and of a held-out one; a family's hosts save in three shapes."""
    for side in (0, 1):
        assert {hosts[d].s["cms"] for f in FAMILIES[side::2] for d, _, _ in HOSTS[f]} == set(CMS)
    for f in FAMILIES:
        assert len({hosts[d].s["cms"] for d, _, _ in HOSTS[f]}) == 3, f


CMS_MARKS = {"word_html": ('xmlns:o="urn:schemas-microsoft-com:office:office"', 'content="Microsoft Word 15"',
                           "<div class=WordSection1 dir=rtl>", "<o:DocumentProperties>"),
             "newsletter": ('<table role="presentation" width="600"', "نسخه مرورگر</a> را ببینید.",
                            "/newsletter/unsubscribe?u="),
             "ghost": ('<meta name="generator" content="Ghost 5.82">', 'class="gh-site viewport"', "Powered by Ghost"),
             "eitaa": ("etme_widget_message_wrap", "etme_channel_info_counter", "etme_widget_message_views"),
             "aparat": ('<video class="vjs-tech"', 'class="follow-btn"', 'content="video.other"')}


def _check_skin(r: dict, raw: str, s: dict, ls: list[str]) -> None:
    """The saved shape's own marks; Word's and the newsletter's pages have no script but JSON-LD; Word's story
    paragraphs are MsoNormal ones; Eitaa's ``<time>`` is the publication's instant in UTC; Aparat's player, channel
    and views stand over the headline."""
    assert all(m in raw for m in CMS_MARKS[s["cms"]]), (r["file"], s["cms"])
    if s["cms"] in ("word_html", "newsletter"):
        assert not re.search(r"<script(?![^>]*application/ld\+json)", raw), r["file"]
    if s["cms"] == "word_html":
        assert "<o:p></o:p></span></p>" in raw and "<o:p>&nbsp;</o:p>" in raw
    if s["cms"] == "newsletter":
        assert ls[-1] == "لغو اشتراک | تنظیمات ایمیل" and "لغو اشتراک | تنظیمات ایمیل" in r["chrome_lines"]
    if s["cms"] == "eitaa" and r["published_time"] and len(r["published_time"]) > 10:
        m = re.search(r'<time datetime="([^"]+)">', raw)
        assert m and dt.datetime.fromisoformat(m.group(1)) == dt.datetime.fromisoformat(r["published_time"])
        assert any(x.endswith(" عضو") and x in r["chrome_lines"] for x in ls)
    if s["cms"] == "aparat":
        views = [x for x in ls[:ls.index(r["title"])] if x.endswith(" بازدید") and "٬" in x]
        assert len(views) == 1 and views[0] in r["chrome_lines"], r["file"]


def test_ah_forms_on_the_pages(run, hosts):
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        s = hosts[r["site"]].s
        raw = checks.page_raw(out, r)
        ls = checks.lines(out, r)
        twin = bool({"amp_view", "print_view"} & set(r["edits"]))
        if "moz-reader-content" in raw:  # Reader View: the domain and the reading time, no date, no section
            assert s["reader"] and r["format"] == "html" and not twin
            assert r["chrome_lines"] == [r["site"], ls[3]] and ls[:4] == [r["title"], r["site"], r["title"], ls[3]]
            assert ls[3].endswith(" دقیقه") and r["section"] is None and r["published_iso"] is None
            assert r["surtitle"] is None and "<script" not in raw and "<meta property" not in raw
            assert r["agency"] == credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"])
            seen["reader_" + ("lead" if r["lead"] else "nolead")] += 1
        elif r["format"] == "html" and not twin:  # (Y's twins: no skin)
            _check_skin(r, raw, s, ls)
            seen["cms_" + s["cms"]] += 1
        sec = r["section"]
        if s["hashtag_foot"] and sec:  # the hashtag under the story
            assert sec.startswith("#") and sec in ls and ls.index(sec) > ls.index(r["body_paragraphs"][-1])
            assert canon(sec) in {canon(x) for x in SLUGS}
            if r["format"] == "html":
                assert 'rel="tag">' + sec + "</a>" in raw
            seen["hashtag_foot_" + r["format"]] += 1
    want = {**{"cms_" + c: 3 for c in CMS}, "hashtag_foot_txt": 3, "hashtag_foot_html": 3, "reader_lead": 2,
            "reader_nolead": 3}
    assert all(seen[k] >= v for k, v in want.items()), (seen, {k: v for k, v in want.items() if seen[k] < v})


class TestSet(checks.SetChecks):
    """The checks every set passes (:class:`family_set_checks.SetChecks`), for AH."""

    gen, seed, gold = site_families_ah, SEED, GOLD
