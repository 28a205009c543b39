"""Family set AN's generator: deterministic, its gold consistent with its own pages, its forms where the docstring
says, its trap dates (the other posts' and replies' clocks, a Moodle site's events, «More articles by» days, relative
ages, ``WARC-Date``) no gold date."""
from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

import family_pages
import family_set_checks as checks
import site_families_an
from site_families_an import AGENCIES, FAMILIES, HOSTS, SECTIONS, canon, credited_agency, shown_date
from site_families_an_tables import FORMS
from site_families_h import TEHRAN

SEED = 353
GOLD = family_pages.GoldSpec(
    blocks=checks.BLOCKS, agencies=AGENCIES, credited=credited_agency,
    names=checks.site_names(HOSTS, [], canon),
    min_sites=20, html_share=(0.6, 0.82), min_clusters=8, max_paragraphs=40,
    shares=(("section", 0.25, 0.55), ("published_iso", 0.85, 1.01), ("lead", 0.03, 0.3), ("agency", 0.5, 0.92)),
    agencies_seen=frozenset({"فارس", "ورزش سه", None}))


run, hosts = checks.set_fixtures(site_families_an, SEED)


class TestSet(checks.GeneratorChecks):
    """The frame's checks: same seed same pages, runs of some families, new families, gold consistent with its pages
    (a credit only in the JSON-LD ``publisher`` counts as none there)."""
    gen = site_families_an
    seed = SEED
    gold = GOLD


def test_hosts_differ():
    checks.check_hosts_differ(HOSTS)
    sections = {x for secs in SECTIONS.values() for x in secs}
    assert not {canon(x) for x in sections} & checks.site_names(HOSTS, [], canon)


@pytest.mark.parametrize(("t", "form", "want", "timed"), [
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "linkedin", "Published Dec 5, 2026", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "substack", "Dec 5, 2026", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "bale", "۱۴ آذر ۱۴۰۵ - ۱۰:۲۳", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "moodle", "شنبه، ۱۴ آذر ۱۴۰۵، ۱۰:۲۳ ق.ظ", True),
    (dt.datetime(2026, 12, 5, 15, 5, tzinfo=TEHRAN), "moodle", "شنبه، ۱۴ آذر ۱۴۰۵، ۰۳:۰۵ ب.ظ", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "fbpost", "۵ دسامبر ۲۰۲۶ ساعت ۱۰:۲۳", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "mastodon", "Dec 05, 2026, 06:53", True),
    (dt.datetime(2019, 6, 5, 10, 23, tzinfo=TEHRAN), "mastodon", "Jun 05, 2019, 05:53", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "reddit",
     "Saturday, December 5, 2026 at 10:23:00 AM GMT+3:30", True),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "gsites", "۱۴ آذر ۱۴۰۵", False),
    (dt.datetime(2026, 12, 5, 10, 23, tzinfo=TEHRAN), "gsites_slash", "تاریخ: ۱۴۰۵/۰۹/۱۴", False),
])
def test_shown_date(t, form, want, timed):
    shown, loc, is_timed = shown_date(t, form)
    assert (shown, is_timed) == (want, timed) and loc == t


def _forms(raw: str) -> dict[str, bool]:
    return {"linkedin": "To view or add a comment, sign in" in raw, "substack": "Substack is the home" in raw,
            "bale": "پیوستن به کانال" in raw, "moodle": "پشتیبانی شده توسط Moodle" in raw,
            "fbpost": "پسندیدن · نظر دادن · اشتراک‌گذاری" in raw, "mastodon": "Mastodon: About" in raw,
            "reddit": "More posts you may like" in raw, "gsites": "Report abuse" in raw and "Page details" in raw,
            "wet": raw.startswith("WARC/1.0\n")}


def test_forms_are_there(run):
    """Every form of the docstring turns up; a toot's, a LinkedIn article's and a Reddit post's day is the same in UTC
    and Tehran; a page whose form shows no section has none in gold; only a Substack post has a lead."""
    out, rows = run
    seen: collections.Counter = collections.Counter()
    for r in rows:
        if r["kind"] != "article":
            continue
        forms = _forms(checks.page_raw(out, r))
        for k, v in forms.items():
            seen[k] += v
        if (forms["mastodon"] or forms["linkedin"] or forms["reddit"]) and r["published_time"]:
            t = dt.datetime.fromisoformat(r["published_time"])
            assert t.astimezone(dt.timezone.utc).date() == t.astimezone(TEHRAN).date() == t.date()
        if any(forms[k] for k in ("linkedin", "bale", "moodle", "fbpost", "mastodon")):
            assert r["section"] is None
        if not forms["substack"]:
            assert r["lead"] is None
    assert len(seen) == 9 and all(v >= 2 for v in seen.values()), seen


def test_trap_dates_are_not_gold(run):
    """``WARC-Date``, the other posts' clocks, the replies' days and a Moodle site's events are not the story's: gold
    takes the story's own line (or its ``<time datetime>``)."""
    out, rows = run
    for r in rows:
        if r["kind"] != "article":
            continue
        raw = checks.page_raw(out, r)
        forms = _forms(raw)
        if forms["wet"]:
            warc = next(x for x in raw.splitlines() if x.startswith("WARC-Date: "))
            assert warc.split()[1][:10] != r["published_iso"]
        if not r["published_time"] or r["format"] != "html":
            continue
        t = dt.datetime.fromisoformat(r["published_time"])
        if forms["moodle"]:
            assert f"توسط {site_families_an.make_host(SEED, r['family'], 0).s['author']}" in raw or "توسط " in raw
            assert f" - {shown_date(t, 'moodle')[0]}" in raw
        if forms["reddit"]:
            stamps = re.findall(r'<time datetime="([^"]+)"', raw)
            assert stamps and dt.datetime.fromisoformat(stamps[0].replace("Z", "+00:00")) == t
            assert "ago</time>" in raw
        if forms["mastodon"]:
            assert f">{shown_date(t, 'mastodon')[0]}</time>" in raw
        if forms["bale"]:
            clocks = re.findall(r"<span>([۰-۹]{2}:[۰-۹]{2})</span>", raw)
            assert len(clocks) > 1 and shown_date(t, "bale")[0].split(" - ")[1] in clocks


def test_reddit_text_has_no_day(run):
    """A Reddit post's flat text shows only its age («3y ago»): gold has no day for it."""
    out, rows = run
    texts = [r for r in rows if r["kind"] == "article" and r["format"] == "txt" and r["site"] in
             {d for f in FORMS for (d, _, _), (form, _, _) in zip(HOSTS[f], FORMS[f]) if form == "reddit"}]
    assert texts and all(r["published_iso"] is None for r in texts)


def test_forms_spread_over_the_split():
    """Every HTML form has a host in a family of the open half (even index, ``andev``) and one of the held half."""
    checks.check_forms_spread(FAMILIES, FORMS, 8)
