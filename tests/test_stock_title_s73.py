"""(s73) A stock caption the run finds in the headline's place over two stories, and between the
paragraphs of others, heads no story (:func:`.step.stock_titles`, :meth:`.template.PageTemplate.stock_title`)."""
from conftest import made_titles, refine_site

CAPTION = "خیابان‌های تاریک شهر پس از قطع برق"
WORKS = ["ساخت پل", "مرمت بازار", "جشنواره فیلم", "نمایشگاه کتاب", "مسابقه دو", "کلاس نقاشی", "همایش سلامت"]
TOWNS = ["کرمان", "یزد", "رشت", "اراک", "سمنان", "ایلام", "زنجان", "قزوین", "بجنورد", "سنندج", "گرگان"]
SUBJECTS = ["کارگران", "مسئولان", "شهروندان", "دانشجویان", "کارشناسان", "هنرمندان", "ورزشکاران", "پزشکان",
            "معلمان", "کشاورزان", "مهندسان", "خبرنگاران"]


def _story(k: int, town: str) -> list[str]:
    who = SUBJECTS[k % len(SUBJECTS)]
    other = SUBJECTS[(k + 5) % len(SUBJECTS)]
    return [
        f"به گزارش خبرنگار ما از {town}، {who} این شهر امروز در نشستی درباره برنامه‌های تازه سال {1390 + k}"
        " گفت‌وگو کردند.",
        f"در این نشست {other} گفتند که کار تا پایان فصل {k + 2} ماهه تمام می‌شود و هزینه آن از بودجه استان است.",
        f"فرماندار {town} هم گفت که {who} و {other} در {k + 3} جلسه دیگر نتیجه کار را بررسی خواهند کرد.",
    ]


def _pages(n: int = 12) -> tuple[list[list[str]], list[str]]:
    heads = made_titles(n, WORKS, TOWNS)
    pages = []
    for k, head in enumerate(heads):
        town = TOWNS[k % len(TOWNS)]
        story = _story(k, town)
        top = ["خبرگزاری نمونه", "صفحه نخست | سیاسی | اقتصادی | ورزشی", f"{k + 1} مهر ۱۴۰۲", head]
        if k < 2:  # the stock picture's caption right over the story, under the headline
            body = [CAPTION, *story]
        elif k < 4:  # ... and between the lead and the story's next paragraph
            body = [story[0], CAPTION, *story[1:]]
        else:
            body = story
        pages.append([*top, *body, "کلیه حقوق این سایت محفوظ است"])
    return pages, heads


def test_a_stock_caption_over_the_story_is_no_headline(tmp_path):
    pages, heads = _pages()
    rows = refine_site(tmp_path, pages)
    # (before: «خیابان‌های تاریک شهر پس از قطع برق» was the headline of the first two pages)
    assert rows["p00"]["title"] == heads[0] and rows["p01"]["title"] == heads[1]
    # (the pages without it keep theirs; a page the run near-duplicates away is not asked)
    assert all(rows[f"p{k:02d}"]["title"] == heads[k] for k in range(4, len(heads)) if f"p{k:02d}" in rows)
