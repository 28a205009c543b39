"""A slide story's headline is its cover slide's, never a slide counter «۱/۸» nor a row of counts (s79)."""
from conftest import made_titles, read_rows, story_bodies
from palayesh import refine
from palayesh.extract import extract
from palayesh.extract.pagedates import counters_row

POSTS = made_titles(12, ["نمایشگاه فرش", "جشنواره گل", "مسابقه قایقرانی", "کارگاه سفال"],
                    ["کاشان", "یزد", "رشت"])


def _carousel(i: int, body: list[str]) -> str:
    """A post mirror's page: the profile's counts, the cover slide's overlay (the headline) and its counter
    «۱/N», the caption's paragraphs, the post's counts; no heading, the same <title> on every page."""
    paras = "".join(f"<p>{p}</p>" for p in body)
    return ('<html><head><meta charset="utf-8"><title>@negar.story • پست</title></head><body><header><a>آینه‌گرام</a>'
            f'</header><div class="profile"><b>@negar.story</b> <span>{800 + i} پست · ۴۳٬۲۰۰ دنبال‌کننده</span></div>'
            f'<div class="post"><div class="cover"><img alt=""><div class="overlay">{POSTS[i]}</div>'
            f'<span class="count">۱/{len(body) + 1}</span></div><div class="caption">{paras}</div>'
            f'<div class="meta"><span>{240 + i} لایک · ۱۲ نظر</span></div></div></body></html>')


def test_a_post_mirrors_headline_is_its_cover_slides_not_a_counter(tmp_path):
    bodies = story_bodies(12, 3)
    src = tmp_path / "pages"
    src.mkdir()
    for i, b in enumerate(bodies):
        (src / f"c{i:02d}.html").write_text(_carousel(i, b), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert [rows[f"c{i:02d}"]["title"] for i in range(12)] == POSTS


def test_a_row_of_counts_is_none_a_score_is_one():
    assert counters_row("۱۸۱۲ پست · ۵۷۱٬۶۹۹ دنبال‌کننده") and counters_row("۳۲ لایک | ۴۵ نظر")
    assert not counters_row("ایران ۲ - ژاپن ۱")  # (a match's score: a headline may be one)
    assert not counters_row("۱۰ نکته درباره سلامت · ۳ نظر")


def test_a_saved_copys_later_stamp_over_the_headline_dates_no_story():
    body = story_bodies(1, 3)[0]
    head = ["روایت‌نامه — آرشیو استوری‌ها", "ناشر: نگارستان | دسته: فرهنگی", "ذخیره‌شده در 2024-03-02 11:40", "",
            "آیین سنتی برداشت زعفران در روستا برگزار شد"]
    a = extract("\n".join([*head, "۱۲ آبان ۱۴۰۱", "", *[p + "\n" for p in body]]))
    assert a.published == "2022-11-03"  # (the story's day under its headline, not the later save)
    # (an earlier day above the headline than the one under it is not such a stamp: left as it was read)
    head[2] = "منتشرشده در 2021-03-02 11:40"
    a = extract("\n".join([*head, "۱۲ آبان ۱۴۰۱", "", *[p + "\n" for p in body]]))
    assert a.published == "2021-03-02T11:40+03:30"
