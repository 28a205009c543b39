"""A blog builder's post names its category under the story, alone on its line right over the post's
counter row («تیم ملی» over «۷۰۸ بازدید · ۵ نظر · ❤ ۲۷»), an item of the category menu the page
shows above every post (extract/text.py ``_item_over_counts``): the post's section, though the name
stands on every page of the site (in the menu) and the run's shares tell nothing of it.

The pages are written here, with words of their own."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine

CATEGORIES = ["کوهنوردی", "صخره‌نوردی", "طبیعت‌گردی", "اخبار باشگاه"]
TITLES = [f"گزارش برنامه {n} باشگاه در ارتفاعات البرز" for n in
          "اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم".split()]


def _post(i: int, paras: list[str]) -> str:
    return "\n".join(["This site was designed with a website builder. Create your website today.",
                      "باشگاه کوهنوردان نمونه", "وبلاگ رسمی باشگاه", "خانه", "درباره ما", "وبلاگ", "تماس",
                      "همه پست‌ها", *CATEGORIES, f"نگار احمدی {i + 1} ژوئن ۲۰۱۶ · ۲ دقیقه مطالعه", TITLES[i],
                      *paras, CATEGORIES[i % len(CATEGORIES)], f"{i + 100} بازدید · {i % 7} نظر · ❤ {i + 3}",
                      "پست‌های اخیر", TITLES[(i + 1) % len(TITLES)], "نظرات",
                      "© ۲۰۱۸ توسط باشگاه کوهنوردان نمونه"]) + "\n"


def test_a_category_over_the_posts_counters_is_its_section(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12, 3)):
        (src / f"p{i:02d}.txt").write_text(_post(i, paras), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = sorted(read_rows(tmp_path / "out"), key=lambda r: r["title"] or "")
    assert len(rows) == 12
    want = {TITLES[i]: CATEGORIES[i % len(CATEGORIES)] for i in range(12)}
    assert {r["title"]: r["section"] for r in rows} == want
