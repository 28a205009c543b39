"""The families_a page generator: its calendar and credit rules, and the gold it writes."""
import collections
import datetime as dt
import hashlib
import json

import pytest

import site_families_a as F


@pytest.mark.parametrize("local, utc", [
    # summer time (+04:30): twenty past midnight in Tehran is still the previous day in UTC
    (dt.datetime(2015, 7, 12, 0, 20), "2015-07-11T19:50:00Z"),
    # winter (+03:30)
    (dt.datetime(2015, 1, 12, 0, 20), "2015-01-11T20:50:00Z"),
    # 2006-2007: Iran kept no summer time
    (dt.datetime(2007, 7, 12, 0, 20), "2007-07-11T20:50:00Z"),
    # afternoon: same day either way
    (dt.datetime(2019, 10, 4, 18, 40), "2019-10-04T15:10:00Z"),
])
def test_iso_utc(local, utc):
    assert F.iso_utc(local) == utc


@pytest.mark.parametrize("day, summer", [
    (dt.date(2016, 3, 20), False),   # 1 فروردین ۱۳۹۵: clocks move on the night after
    (dt.date(2016, 3, 21), True),    # 2 فروردین
    (dt.date(2016, 9, 20), True),    # 30 شهریور
    (dt.date(2016, 9, 21), False),   # 31 شهریور
    (dt.date(2023, 7, 1), False),    # no summer time since 2023
])
def test_tehran_summer_time(day, summer):
    assert F.tehran_summer_time(day) is summer


@pytest.mark.parametrize("paras, intro, agency", [
    # plain agency dateline
    (["به گزارش خبرگزاری ایسنا، بازار امروز آرام بود."], False, "ایسنا"),
    # a republisher's dateline: the site before «به نقل از» is no agency
    (["به گزارش صدای کرانه به نقل از ایرنا، بازار امروز آرام بود."], False, "ایرنا"),
    # the reporting agency wins over the one it quotes
    (['به گزارش "ورزش سه" و به نقل از تسنیم، تمرین برگزار شد.'], False, "ورزش سه"),
    # «مهر» as a month is no credit
    (["به گزارش ۱۲ مهر، بازار امروز آرام بود."], False, None),
    # a reporter credit inside the first sentence
    (["علی فاضلی در گفت‌وگو با خبرنگار ورزشی خبرگزاری فارس گفت: تیم آماده است."], False, "فارس"),
    # an added intro sentence pushes the dateline to the second paragraph
    (["متن کامل این خبر را در ادامه می‌خوانید.", "به گزارش ایلنا، کارگران تجمع کردند."], True, "ایلنا"),
    # a later paragraph opening with an agency dateline credits it too
    (["کی‌روش گفت: جلسه خوبی بود.", "به گزارش ایسنا، سرمربی افزود: امیدواریم."], False, "ایسنا"),
    # no credit at all
    (["تیم ملی امروز تمرین کرد.", "بازیکنان آماده‌اند."], False, None),
])
def test_credited_agency(paras, intro, agency):
    assert F.credited_agency(paras, intro) == agency


@pytest.mark.parametrize("when, text", [
    (dt.datetime(2019, 10, 4, 18, 40), "12 مهر 1398"),     # d_jwords
    (dt.datetime(2019, 10, 4, 18, 40), "12 مهر 98"),       # d_j2words: two-digit year
    (dt.datetime(2019, 10, 4, 18, 40), "98/07/12"),        # d_j2num
    (dt.datetime(2022, 7, 12, 9, 0), "12 ژوئیه 2022"),     # d_gwords
])
def test_date_phrasing(when, text):
    got = {F.d_jwords(when), F.d_j2words(when), F.d_j2num(when), F.d_gwords(when)}
    assert text in got


@pytest.fixture(scope="module")
def corpus():
    try:
        return F.find_corpus()
    except FileNotFoundError:
        pytest.skip("news-dev.jsonl.gz not found")


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus):
    out = tmp_path_factory.mktemp("fama")
    return out, F.build(out, n=90, seed=5, corpus=corpus)


def test_build_is_deterministic(built, corpus, tmp_path):
    out, rows = built
    again = F.build(tmp_path, n=90, seed=5, corpus=corpus)
    assert [r["file"] for r in again] == [r["file"] for r in rows]
    assert (tmp_path / "gold.jsonl").read_bytes() == (out / "gold.jsonl").read_bytes()


def test_files_are_named_by_their_hash(built):
    out, rows = built
    for r in rows:
        data = (out / "pages" / r["file"]).read_bytes()
        assert r["id"] == r["file"].rsplit(".", 1)[0]
        assert r["id"].split("_", 1)[1] == hashlib.blake2b(data, digest_size=8).hexdigest()


def test_gold_is_consistent(built):
    _out, rows = built
    for r in rows:
        body = [F.canon(p) for p in r["body_paragraphs"]]
        if r["kind"] == "article":
            assert r["title"] and body, r["id"]
            assert r["agency"] in (None, *F.AGENCY_SPELLINGS), r["id"]
        # a perfect extraction would not count any chrome line as leaked
        assert not any(F.leaks(F.canon(c), p) for c in r["chrome_lines"] for p in body), r["id"]
        if r["published_iso"]:
            g = dt.date.fromisoformat(r["published_iso"])
            assert F.d_jnum(dt.datetime(g.year, g.month, g.day)) == r["published_jalali"]


def test_the_set_has_every_kind_format_and_clusters(built):
    out, rows = built
    assert {r["format"] for r in rows} == {"txt", "html"}
    assert {r["family"] for r in rows} == set(F.FAMILIES)
    clusters = collections.Counter(r["cluster"] for r in rows if r["cluster"])
    assert clusters and all(2 <= n <= 4 for n in clusters.values())
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sum(manifest["counts"]["kind"].values()) == len(rows)
