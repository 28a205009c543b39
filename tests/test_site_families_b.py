"""The held-out page generator (tests/site_families_b.py): its dates, its credits, and gold that
describes the pages it writes.  palayesh itself is not run here."""
import datetime as dt
import html
import json
import os
import re

import pytest

import site_families_b as fb

CORPUS = fb._default_corpus()
needs_corpus = pytest.mark.skipif(not os.path.exists(CORPUS), reason="shared news corpus not available")


@pytest.mark.parametrize("local, iso", [
    (dt.datetime(2022, 7, 13, 0, 20), "2022-07-12T19:50:00Z"),   # summer time: 00:20 in Tehran is the day before in UTC
    (dt.datetime(2023, 7, 13, 0, 20), "2023-07-12T20:50:00Z"),   # no summer time from 1402 on
    (dt.datetime(2007, 7, 1, 10, 0), "2007-07-01T06:30:00Z"),    # none in 1386 either
    (dt.datetime(2019, 3, 21, 12, 0), "2019-03-21T08:30:00Z"),   # 1 Farvardin: not yet summer time
    (dt.datetime(2019, 3, 22, 12, 0), "2019-03-22T07:30:00Z"),   # 2 Farvardin: summer time
    (dt.datetime(2019, 9, 21, 12, 0), "2019-09-21T07:30:00Z"),   # 30 Shahrivar: still summer time
    (dt.datetime(2019, 9, 22, 12, 0), "2019-09-22T08:30:00Z"),   # 31 Shahrivar: winter again
])
def test_utc_stamp_of_tehran_time(local, iso):
    assert fb.iso_utc(local) == iso


@pytest.mark.parametrize("style, digit, shown", [
    ("j_words_yy", "fa", "۲۲ تیر ۰۱"),                           # two-digit year
    ("j_words_wd_time", "fa", "چهارشنبه ۲۲ تیر ۱۴۰۱ ساعت ۰۰:۲۰"),  # weekday and «ساعت»
    ("g_num_dmy", "ascii", "13/07/2022"),                        # day first, as European sites write it
    ("hijri", "fa", "۱۳ ذی‌الحجه ۱۴۴۳"),                          # header date in the lunar calendar
])
def test_date_styles(style, digit, shown):
    assert fb.When(dt.datetime(2022, 7, 13, 0, 20)).show(style, digit) == shown


@pytest.mark.parametrize("head, agency", [
    ("خبرگزاری فارس از تبریز", "فارس"),            # the usual Fars dateline
    ("\"ورزش\u200cسه\"", "ورزش سه"),                 # Varzesh3 with a ZWNJ in its name
    ("گروه بین‌الملل خبرگزاری فارس", "فارس"),       # a desk of the agency
    ("خبرگزاری فرانسه", None),                     # AFP is not one of the canonical agencies
    ("خبرنگار خبرگزاری کرانه از بوشهر", None),      # the site's own reporter
])
def test_head_agency(head, agency):
    assert fb.head_agency(head)[0] == agency


def _page_text(out, row):
    with open(os.path.join(out, "pages", row["file"]), "rb") as fh:
        data = fh.read()
    text = data.decode("cp1256" if any(c.startswith("encoding_cp1256") for c in row["corruptions"]) else "utf-8-sig")
    if row["format"] == "html":
        text = re.sub(r"<[^>]+>", "", text)  # inline tags inside paragraphs
    return html.unescape(text)


@needs_corpus
def test_build_is_deterministic_and_gold_describes_pages(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    rows = fb.build(str(a), n=40, seed="t")
    assert [r["file"] for r in fb.build(str(b), n=40, seed="t")] == [r["file"] for r in rows]
    assert len(rows) == 40 and {r["split"] for r in rows} == {"families_b"}
    assert {r["family"] for r in rows} == set(fb.FAMILIES)
    for r in rows:
        assert r["id"] == r["file"].rsplit(".", 1)[0]
        page = fb.canon(_page_text(str(a), r))
        body = [fb.canon(p) for p in r["body_paragraphs"]]
        for p in body:
            assert p in page, (r["file"], p[:40])
        if r["title"]:
            assert fb.canon(r["title"]) in page, r["file"]
        for c in r["chrome_lines"]:
            assert not any(fb.leaks(fb.canon(c), p) for p in body), (r["file"], c)
        if r["kind"] != "article":
            assert not r["published_iso"] and not r["agency"] and not r["cluster"]
    with open(a / "gold.jsonl", encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh]
    assert gold == rows
