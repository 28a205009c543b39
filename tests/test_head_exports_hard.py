"""Headlines beside a second title the page gives: a markdown export's front matter that names the
story for the search engines, a post's headline in strong marks over a first sentence with no period,
and a reader view's <title> «headline – site» whose site no line names. Pages built here, in words of
no family set (``tests/export_hard.py`` builds such pages for the bench: ``--set hard``)."""
from __future__ import annotations

import pytest

from conftest import read_rows, story_bodies
from palayesh import extract, refine
from palayesh.textkeys import line_key

HEADLINE = "نوسازی بافت فرسوده محله‌های قدیمی اردبیل در دستور کار شورا"
STORY = ["به گزارش خبرنگار ما، شورای شهر اردبیل در نشست دیروز خود طرح تازه‌ای برای نوسازی بافت فرسوده "
         "محله‌های قدیمی شهر را بررسی کرد و اعضا با کلیات آن موافقت کردند.",
         "رئیس شورا در پایان این نشست گفت که بودجه این طرح از محل درآمدهای پایدار شهرداری تأمین خواهد "
         "شد و اجرای آن از ابتدای سال آینده آغاز می‌شود."]


def _markdown(front_title: str, heading: str) -> str:
    return "\n".join(["---", f'title: "{front_title}"', "date: 2023-12-03T06:50:00Z", "---", "", f"# {heading}",
                      "", *sum(([p, ""] for p in STORY), [])])


@pytest.mark.parametrize("front", ["اردبیل‌نامه | نوسازی بافت فرسوده", "نوسازی بافت فرسوده محله‌های قدیمی…",
                                   "نوسازی بافت فرسوده محله‌های قدیمی اردبیل - اردبیل‌نامه"],
                         ids=["site | first words", "first words cut", "headline - site"])
def test_a_front_matter_title_cut_short_yields_to_the_heading(front):
    got = extract(_markdown(front, HEADLINE))
    assert got.title == HEADLINE
    assert got.published.startswith("2023-12-03T10:20")  # (the front matter's date, UTC read in Tehran's time)


def test_a_front_matter_title_of_its_own_words_stays():
    # (the heading names something else than the field: the field is the exporter's title)
    assert extract(_markdown(HEADLINE, "گزارش تصویری")).title == HEADLINE
    assert extract(_markdown(HEADLINE, HEADLINE)).title == HEADLINE


def test_a_posts_headline_in_strong_marks_over_a_first_sentence_without_a_period():
    first = ("طبق گزارش‌های منتشره در رسانه‌های محلی اعضای شورای شهر اردبیل حاضر نیستند طرح نوسازی را بدون "
             "بودجه پایدار اجرا کنند")
    raw = "\n".join([f"**{HEADLINE}**", "", first, "", *STORY, "", "📅 ۱۴۰۲/۰۹/۱۲ - ۱۰:۲۰", "🆔 @ardabilnameh"])
    got = extract(raw)
    assert line_key(got.title.strip("*")) == line_key(HEADLINE)
    assert first in got.paragraphs or got.lead == first


def test_a_reader_views_title_bar_cut_at_the_name_the_run_sees_beside_every_headline(tmp_path):
    """A reader view keeps no headline in its body and shows the site's name in no line nor gives it
    to machines: the <title> «headline – site» of each page, whose short side the run sees beside the
    headline of every page of the site, is cut to the headline."""
    src = tmp_path / "pages"
    src.mkdir()
    titles = []
    for i, paras in enumerate(story_bodies(10)):
        title = " ".join(paras[2].split()[:7]).strip("،.:")
        titles.append(title)
        body = "".join(f"<p>{p}</p>" for p in paras)
        (src / f"p{i:02d}.html").write_text(
            f"<html lang='fa'><head><meta charset='utf-8'><title>{title} – صفحه اول</title>"
            f"<link rel='canonical' href='https://safhe-aval.example/news/{4100 + i}'></head><body>"
            f"<div class='byline'>۱۲ آذر ۱۴۰۲ - ۱۰:{10 + i}</div><div class='content'>{body}</div></body></html>",
            encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    assert [line_key(rows[f"p{i:02d}"]["title"] or "") for i in range(len(titles))] == [line_key(t) for t in titles]


BODY = "\n\n".join(STORY)


@pytest.mark.parametrize("front,published", [
    # Hugo's publishDate over its date, its lastmod no publication date
    ("---\ntitle: \"%s\"\nlastmod: 2023-12-06T09:00:00+03:30\npublishDate: 2023-12-03T10:20:00+03:30\n---",
     "2023-12-03T10:20"),
    # TOML front matter between «+++» lines, «key = value»
    ("+++\ntitle = \"%s\"\nlastmod = 2023-12-06T09:00:00+03:30\ndate = 2023-12-03T10:20:00+03:30\n+++",
     "2023-12-03T10:20"),
    ("+++\ntitle = \"%s\"\npublishDate = \"2023-12-03\"\n+++", "2023-12-03"),
], ids=["yaml publishDate", "toml date", "toml publishDate"])
def test_the_front_matters_publication_date_and_title_whatever_its_syntax(front, published):
    got = extract(f"{front % HEADLINE}\n\n{BODY}\n")
    assert got.title == HEADLINE
    assert got.published.startswith(published)
    assert got.paragraphs == STORY


@pytest.mark.parametrize("under", [[], ["", "*۱۲ آذر ۱۴۰۲*"]], ids=["no date line", "a date line"])
def test_a_front_matters_lastmod_is_no_publication_date(under):
    raw = "\n".join(["---", f'title: "{HEADLINE}"', "lastmod: 2023-12-06T09:00:00+03:30", "---", "", f"# {HEADLINE}",
                     *under, "", BODY])
    got = extract(raw)
    assert (got.published or "")[:10] == ("2023-12-03" if under else "")


def test_a_date_in_strong_marks_over_a_second_level_heading_is_no_headline():
    got = extract(f"**۱۲ آذر ۱۴۰۲ - ۱۰:۲۰**\n\n## {HEADLINE}\n\n{BODY}\n")
    assert (got.title or "").lstrip("# ") == HEADLINE
    assert got.published.startswith("2023-12-03T10:20")
