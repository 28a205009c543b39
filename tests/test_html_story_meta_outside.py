"""HTML themes that set a story's meta outside the places the extractor reads first (issue 12): a blog
theme's byline row right above the ``<article>`` («نویسنده · ۲۵ ژانویه ۲۰۱۸ · ۲ دقیقه مطالعه»), the
post's own categories as a list under the story, and a web story's cover label over the headline in an
element its theme calls the kicker.

What tells each is structure and the run, not the site's words: the date row stands right above the
article and its day varies over the site's pages (a header's day of the visit does not); the list's
items are names the page's category bar lists; the label over the headline recurs over the site's
stories with a few values (a surtitle is written for one story).
"""
from __future__ import annotations

from conftest import made_titles, read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE = "باشگاه دریا کنار"
_CATS = ["شنا", "قایقرانی", "موج‌سواری"]
_DAYS = ["۲۵ ژانویه ۲۰۱۸", "۳ مارس ۲۰۱۹", "۱۴ مه ۲۰۲۰", "۹ اکتبر ۲۰۲۱", "۲۰ ژوئن ۲۰۲۲", "۱ دسامبر ۲۰۲۳"]
_DAYS_ISO = ["2018-01-25", "2019-03-03", "2020-05-14", "2021-10-09", "2022-06-20", "2023-12-01"]
_TITLES = made_titles(12, ["اردوی تیم جوانان", "مسابقه ساحلی", "دوره مربیگری", "جشن پایان فصل"],
                      ["بوشهر", "کیش", "چابهار"])


def _blog(i: int, paras: list[str], day: str, cats: list[str], tags: list[str]) -> str:
    """A blog post: the category bar, the byline row with ``day`` above the article, the story, the
    list ``tags`` under it."""
    bar = "".join(f"<li><a>{c}</a></li>" for c in ["همه پست‌ها", *cats])
    own = "".join(f"<li><a>{t}</a></li>" for t in tags)
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]} | {_SITE}</title></head>"
            f"<body><header><h2>{_SITE}</h2></header><ul class='bar'>{bar}</ul>"
            f"<div class='m'><span>سارا محمدی</span> <span>{day}</span> <span>·</span>"
            f" <span>۲ دقیقه مطالعه</span></div>"
            f"<article><h1>{_TITLES[i]}</h1><div>{''.join(f'<p>{p}</p>' for p in paras)}</div>"
            f"<ul class='c'>{own}</ul></article><div class='s'>۶۴۵ بازدید</div>"
            f"<footer><p>© {_SITE}</p></footer></body></html>")


def _run(tmp_path, pages: list[str]) -> dict:
    src = tmp_path / "pages"
    src.mkdir()
    for i, page in enumerate(pages):
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out")}


def test_the_byline_row_over_the_article_dates_the_post(tmp_path):
    rows = _run(tmp_path, [_blog(i, p, _DAYS[i % 6], _CATS, [_CATS[i % 3]]) for i, p in enumerate(story_bodies(12))])
    assert len(rows) == 12
    assert all((rows[f"p{i:02d}"]["published"] or "")[:10] == _DAYS_ISO[i % 6] for i in range(12)), \
        [r["published"] for r in rows.values()]


def test_a_day_the_row_shows_over_every_post_dates_none(tmp_path):
    # (the same day over every page of the site: the header's day of the visit, not the story's)
    rows = _run(tmp_path, [_blog(i, p, _DAYS[0], _CATS, [_CATS[i % 3]]) for i, p in enumerate(story_bodies(12))])
    assert len(rows) == 12
    assert all(r["published"] is None for r in rows.values()), [r["published"] for r in rows.values()]


def test_the_post_s_own_category_under_the_story_is_its_section(tmp_path):
    rows = _run(tmp_path, [_blog(i, p, _DAYS[i % 6], _CATS, [_CATS[i % 3]]) for i, p in enumerate(story_bodies(12))])
    assert len(rows) == 12
    assert all(line_key(rows[f"p{i:02d}"]["section"] or "") == line_key(_CATS[i % 3]) for i in range(12)), \
        [r["section"] for r in rows.values()]


def test_a_list_of_names_the_category_bar_does_not_list_files_nothing(tmp_path):
    # (the story's tags under it, no category of the bar's)
    tags = ["ساحل", "تابستان", "جوانان"]
    rows = _run(tmp_path, [_blog(i, p, _DAYS[i % 6], _CATS, [tags[i % 3]]) for i, p in enumerate(story_bodies(12))])
    assert len(rows) == 12
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


def test_share_buttons_under_the_story_file_nothing(tmp_path):
    # (a row of share links under every story, which the site's bar lists too: controls, no category)
    share = ["تلگرام", "توییتر", "واتساپ"]
    rows = _run(tmp_path, [_blog(i, p, _DAYS[i % 6], [*_CATS, *share], share) for i, p in enumerate(story_bodies(12))])
    assert len(rows) == 12
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


_KICKERS = ["دانش", "فناوری", "فرهنگ"]


def _story(i: int, paras: list[str], kicker: str, host: str = "stories.example.ir") -> str:
    """A web story of ``host``: its cover's label over the headline in a ``kicker`` element, one
    paragraph a page."""
    pages = "".join(f"<section class='pg' id='p{j}'><div class='layer'><p>{p}</p></div></section>"
                    for j, p in enumerate(paras, 1))
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]}</title>"
            f"<link rel='canonical' href='https://{host}/s/{i}'></head><body><main>"
            f"<section class='pg' id='cover'><div class='layer'><div class='kicker'>{kicker}</div>"
            f"<h1>{_TITLES[i]}</h1><div class='by'><div>{_SITE}</div></div></div></section>{pages}"
            f"<section class='pg' id='more'><div class='layer'><h2>داستان‌های دیگر این هفته</h2>"
            f"<a href='/n/{i}'>خواندن نسخه کامل در وب‌سایت</a></div></section></main>"
            f"<footer>تمامی حقوق برای {_SITE} محفوظ است.</footer></body></html>")


def test_a_kicker_the_site_sets_over_several_stories_is_their_section(tmp_path):
    rows = _run(tmp_path, [_story(i, p, _KICKERS[i % 3]) for i, p in enumerate(story_bodies(12))])
    assert len(rows) == 12
    assert all(line_key(rows[f"p{i:02d}"]["section"] or "") == line_key(_KICKERS[i % 3]) for i in range(12)), \
        [r["section"] for r in rows.values()]


def test_a_kicker_written_for_its_story_files_nothing(tmp_path):
    # (a surtitle: a word or two of its own over each headline, no two pages alike)
    own = ["گزارش ویژه", "گفت‌وگو", "یادداشت", "روایت", "نگاه", "پرونده", "تحلیل", "خاطره", "میزگرد", "نقد",
           "گزارش تصویری", "جستار"]
    rows = _run(tmp_path, [_story(i, p, own[i]) for i, p in enumerate(story_bodies(12))])
    assert len(rows) == 12
    assert all(r["section"] is None for r in rows.values()), [r["section"] for r in rows.values()]


def test_a_surtitle_another_site_files_stories_under_is_no_section_here(tmp_path):
    # (a second site's surtitles, written for their stories; one of them names what the first site
    # files stories under: the run's vocabulary, not this site's label)
    own = ["گزارش ویژه", "گفت‌وگو", "یادداشت", "روایت", "نگاه", "پرونده", "تحلیل", "خاطره", "میزگرد", "نقد",
           "گزارش تصویری", _KICKERS[0]]
    bodies = story_bodies(24)
    pages = [_story(i, bodies[i], _KICKERS[i % 3], "a.example.ir") for i in range(12)]
    pages += [_story(i, bodies[12 + i], own[i], "b.example.ir") for i in range(12)]
    rows = _run(tmp_path, pages)
    assert len(rows) == 24
    assert rows["p23"]["section"] is None, rows["p23"]["section"]
