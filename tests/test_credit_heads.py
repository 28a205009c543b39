"""Credits, headlines and days of the forms tests/credit_heads.py builds (``bench/score_head_layouts.py --set
credit``): a republication said as a noun, a photo's caption that dates the photo, a lead over its headline
(a question; a kicker, the site's share bar, a box of other headlines around it), a labelled publication
date over a toolbar. Pages built here, in words of no family set."""
from __future__ import annotations

import json

from conftest import read_rows, refine_site, story_bodies
from palayesh import refine
from palayesh.extract.agency import credit_sentence
from palayesh.textkeys import line_key

JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _day(i: int) -> tuple[str, str]:
    """The i-th page's day in Persian words with its clock, and its ISO day (Tehran's, 1402)."""
    import jdatetime
    j = jdatetime.datetime(1402, 1 + i % 12, 3 + 2 * i, 10, 20)
    return ("%d %s %d - %02d:%02d" % (j.day, JM[j.month - 1], j.year, j.hour, j.minute)).translate(FA), \
        j.togregorian().date().isoformat()


def _headline(paras: list[str], ask: bool = False) -> str:
    words = " ".join(paras[2].split()[:7]).strip("،.:؛")
    return words + "؟" if ask else words


def _lead(paras: list[str]) -> str:
    return " ".join(paras[3].split()[:18]).strip("،.:؛") + "."


def test_a_republication_said_as_a_noun_credits_its_agency():
    """«این مطلب بازنشری از سایت ایسنا است» (a republication of): the agency, as «بازنشر از» credits it;
    a site of no agency's credits none."""
    assert credit_sentence("این مطلب بازنشری از سایت ایسنا است.") == "ایسنا"
    assert credit_sentence("این متن ترجمه‌ای از خبرگزاری فارس است") == "فارس"
    assert credit_sentence("این مطلب بازنشری از سایت راه نو است.") is None


def test_a_photos_caption_dates_the_photo_not_the_story(tmp_path):
    """«<figcaption>عکس آرشیوی - ۲۷ آبان ۱۴۰۱</figcaption>» between the <h1> and the story's date row:
    the row's day is the story's."""
    bodies = story_bodies(8)
    src = tmp_path / "pages"
    src.mkdir()
    want = {}
    for i, paras in enumerate(bodies):
        shown, iso = _day(i)
        cap = ("عکس آرشیوی - %d آبان ۱۴۰۱" % (1 + i)).translate(FA)
        page = ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>عکس نیوز</title></head>"
                "<body><header><div class='logo'>عکس نیوز</div><nav>خانه | استان | تماس با ما</nav></header><article>"
                "<h1>%s</h1><figure><img src='/i/%d.jpg' alt=''><figcaption>%s</figcaption></figure><div class='date'>"
                "%s</div>%s</article><footer>تمامی حقوق محفوظ است</footer></body></html>") % (
            _headline(paras), i, cap, shown, "".join("<p>%s</p>" % p for p in paras))
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
        want[f"p{i:02d}"] = iso
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert {k: (rows[k]["published"] or "")[:10] for k in want} == want


def test_a_lead_over_a_headline_that_asks(tmp_path):
    """A flat page whose lead (two sentences) stands over its headline, a question, and the date under
    the headline: the headline and its day."""
    bodies = story_bodies(8)
    pages, want = [], {}
    for i, paras in enumerate(bodies):
        shown, iso = _day(i)
        lead = _lead(paras).rstrip(".") + ". " + " ".join(paras[1].split()[:9]).strip("،.:؛") + "."
        pages.append(["لیدنامه", "خانه | سیاسی | اقتصادی | ورزشی | تماس با ما", lead,
                      _headline(paras, ask=True) + "\n" + shown, paras[0], paras[1], "تمامی حقوق این سایت محفوظ است"])
        want[f"p{i:02d}"] = (line_key(_headline(paras, ask=True)), iso)
    rows = refine_site(tmp_path, pages)
    assert {k: (line_key(rows[k]["title"] or ""), (rows[k]["published"] or "")[:10]) for k in want} == want


def test_a_lead_over_its_kicker_and_headline_under_a_box_of_headlines(tmp_path):
    """«<a box of other stories' headlines> / <lead> / <kicker> / <headline> / <share bar> / <byline> /
    <code | date>»: the headline under the lead (not the box's last item over it) and its day."""
    bodies = story_bodies(10)
    pages, want = [], {}
    for i, paras in enumerate(bodies[:8]):
        shown, iso = _day(i)
        others = [_headline(p) for p in (bodies[(i + 1) % 10], bodies[(i + 5) % 10], bodies[(i + 9) % 10])]
        kicker = ["گزارش اکران", "گفت‌وگو", "یادداشت"][i % 3]
        pages.append(["پرده سینما\nاخبار اکران", "خانه\nجدول فروش\nتماس", "داغ‌ترین‌ها | آخرین‌ها",
                      "\n".join(others), _lead(paras), kicker + "\n" + _headline(paras) + "\n" +
                      "🔗 کپی لینک · تلگرام · بله\nنویسنده: زهره توکلی | ۱ دقیقه مطالعه\n"
                      + ("کد خبر %d | انتشار: %s" % (8229939 + i, shown)).translate(FA),
                      *paras, "کپی لینک کوتاه", "تمامی حقوق این سایت محفوظ است"])
        want[f"p{i:02d}"] = (line_key(_headline(paras)), iso)
    rows = refine_site(tmp_path, pages)
    assert {k: (line_key(rows[k]["title"] or ""), (rows[k]["published"] or "")[:10]) for k in want} == want


def test_a_labelled_publication_date_over_the_toolbar_is_the_storys(tmp_path):
    """«شناسه خبر: … | تاریخ انتشار: …» over the counters and the print toolbar «🖨 چاپ | 📧 ارسال», the
    headline said again under them: the labelled day is the story's (a site's header never labels its
    day so)."""
    bodies = story_bodies(8)
    pages, want = [], {}
    for i, paras in enumerate(bodies):
        shown, iso = _day(i)
        pages.append(["رادیو استان صدا و سیمای مرکز " + ("۱ مهر ۱۳۹۹").translate(FA) + " خانه سیاسی اقتصادی",
                      _headline(paras) + "\nاشتراک: تلگرام | واتساپ | ایتا",
                      "خانه\nاخبار استان",
                      ("شناسه خبر: %d | تاریخ انتشار: %s" % (8733096 + i, shown)).translate(FA) + "\n"
                      + ("%d,%03d بازدید" % (3 + i, 84 + i)).translate(FA) + "\n🖨 چاپ | 📧 ارسال",
                      _headline(paras) + "\n" + paras[0], *paras[1:], "تمامی حقوق محفوظ است"])
        want[f"p{i:02d}"] = iso
    rows = refine_site(tmp_path, pages)
    assert {k: (rows[k]["published"] or "")[:10] for k in want} == want


def test_the_credit_builder_scores_whole(tmp_path):
    """Every host of tests/credit_heads.py (four pages each): headline, day and agency as the gold says."""
    import credit_heads
    gold = credit_heads.build(tmp_path, n=4)
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for part in ("docs", "rejected") for r in read_rows(tmp_path / "out", part)}
    missed = [g["id"] for g in gold if (rows[g["id"]].get("published") or "")[:10] != g["published_iso"]
              or rows[g["id"]].get("agency") != g["agency"]]
    assert missed == [], json.dumps(missed)
