"""Family set AG's generator: deterministic, its gold consistent with its own pages, every form of its own present."""
from __future__ import annotations

import collections
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_ag
from site_families_ag import (
    AGENCIES,
    CMS,
    HOMES,
    HOSTS,
    LATIN_NAMES,
    SLUGS,
    canon,
    credited_agency,
    stretch,
)

#: a Latin credit names the agency as gold's agencies' Persian names do
NAMES = {a: [*ns, *LATIN_NAMES[a]] for a, ns in AGENCIES.items()}
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=NAMES, credited=credited_agency,
    names=checks.site_names(HOSTS, HOMES, canon),
    min_sites=22, html_share=(0.3, 0.7), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.55, 0.95), ("published_iso", 0.7, 1.0), ("lead", 0.15, 0.7), ("agency", 0.3, 0.85),
            ("surtitle", 0.15, 0.7)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}), url_sections=True, alt_credits=True, labelled_leads=True,
    broken_lines=True)
SEED = 291


run, hosts = checks.set_fixtures(site_families_ag, SEED)


@pytest.mark.parametrize(("plain", "k", "want"), [
    ("امنیت سایبری", 3, "امنیت سایبـــری"),
    ("باج‌افزار", 2, "باج‌افـــزار".replace("ـــ", "ــ")),
    ("کشتی آزاد", 4, "کشتـــــی آزاد".replace("ـــــ", "ــــ")),
    ("اوقات شرعی", 2, "اوقــات شرعی"),
])
def test_stretch(plain, k, want):
    """The tatweel goes after a letter that joins the next one; the canonical form is the section's own."""
    got = stretch(plain, k)
    assert got == want and canon(got) == canon(plain) and got.count("\u0640") == k


CMS_MARKS = {"singlefile": ("Page saved with SingleFile", " saved date: ", "data:image/gif;base64,"),
             "amp_cache": ("<html ⚡", "https://cdn.ampproject.org/v0.js", "<style amp-boilerplate>"),
             "virgool": ('<div id="root"><div class="sc-bdVaJa App">', "window.__INITIAL_STATE__", "clap-button"),
             "telegram_s": ("tgme_widget_message_wrap", "tgme_channel_info_counter", "tgme_widget_message_views"),
             "table_asp": ('content="Microsoft FrontPage 6.0"', '<table border="0" width="780"', "</td>\n</tr>\n"
                           "</table>\n</body>")}


def _check_skin(r: dict, raw: str, s: dict, ls: list[str]) -> None:
    """The saved shape's own marks; SingleFile's page has no script but JSON-LD; the AMP cache's images are its own;
    Telegram's ``<time>`` is the publication's instant in UTC."""
    assert all(m in raw for m in CMS_MARKS[s["cms"]]), (r["file"], s["cms"])
    if s["cms"] in ("singlefile", "amp_cache"):
        assert not re.search(r"<script(?![^>]*(application/ld\+json|cdn\.ampproject\.org))", raw), r["file"]
    if s["cms"] == "amp_cache":
        assert "<img" not in raw and not re.search(r'<amp-img[^>]* src="/(?!/)', raw)
    if s["cms"] == "telegram_s" and r["published_time"] and len(r["published_time"]) > 10:
        import datetime as dt
        m = re.search(r'<time datetime="([^"]+)" class="time">', raw)
        assert m and dt.datetime.fromisoformat(m.group(1)) == dt.datetime.fromisoformat(r["published_time"])
        assert any(x.endswith("subscribers") and x in r["chrome_lines"] for x in ls)


def test_ag_forms_on_the_pages(run, hosts):
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
        if s["cms"] == "virgool" and not printed:  # the reading time under the headline, the likes under the story
            i = ls.index(r["title"])
            assert any("دقیقه" in x for x in ls[i + 1:]), r["file"]
            likes = [x for x in ls if "پسند · " in x]
            assert len(likes) == 1 and likes[0] in r["chrome_lines"] and ls.index(likes[0]) > i
            seen["virgool_" + r["format"]] += 1
        sec = r["section"]
        if s["kashida_sec"] and sec:  # the stretched label over the headline (or its surtitle)
            assert "\u0640" in sec and sec in ls and ls.index(sec) < ls.index(r["title"]), r["file"]
            assert canon(sec) in {canon(x) for x in SLUGS}
            if r["format"] == "html":
                assert 'class="cat-label"' in raw
            seen["kashida_sec_" + r["format"]] += 1
        if s["latin_credit"] and r["agency"] and not printed:  # only the Latin name, under the story
            names = LATIN_NAMES[r["agency"]]
            cr = [x for x in ls if any(x.endswith(" " + n) for n in names) and x in r["chrome_lines"]]
            assert len(cr) == 1 and ls.index(cr[0]) > ls.index(r["body_paragraphs"][-1]), r["file"]
            assert not any(c.startswith(("لینک منبع", "منبع:", "مشاهده خبر", "به گزارش")) and
                           any(n in c for n in AGENCIES[r["agency"]]) for c in r["chrome_lines"]), r["file"]
            assert credited_agency(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]) is None
            seen["latin_credit_" + r["format"]] += 1
        if s["date_foot"] and r["published_iso"] and not printed:  # the update above, the publication below
            upd = [x for x in ls if x.startswith(s["upd_label"].strip())]
            pub = [x for x in ls if x.startswith(s["pub_label"].strip())]
            assert len(upd) == 1 and len(pub) == 1 and upd[0] in r["chrome_lines"] and pub[0] in r["chrome_lines"]
            assert ls.index(upd[0]) < ls.index(r["body_paragraphs"][0]) < ls.index(pub[0]), r["file"]
            assert upd[0][len(s["upd_label"]):] != pub[0][len(s["pub_label"]):]
            seen["date_foot_" + r["format"]] += 1
    want = {**{"cms_" + c: 3 for c in CMS}, "virgool_txt": 3, "virgool_html": 3,
            "kashida_sec_txt": 3, "kashida_sec_html": 3, "latin_credit_txt": 3, "latin_credit_html": 3,
            "date_foot_txt": 3, "date_foot_html": 3}
    assert all(seen[k] >= v for k, v in want.items()), (seen, {k: v for k, v in want.items() if seen[k] < v})


class TestSet(checks.SetChecks):
    """The checks every set passes (:class:`family_set_checks.SetChecks`), for AG."""

    gen, seed, gold = site_families_ag, SEED, GOLD
