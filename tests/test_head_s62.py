"""Headlines and their meta blocks on layouts a run teaches little of (a page alone, a host of few
pages in the run).

Written fresh for s62 (small synthetic pages, no set's): a headline over its code, its age, its reading
time and a row of controls, under a tagline over the header's day; a story's dateline broken off its
sentence under the meta block; a byline under the story's summary; a headline quoting its speaker.
"""
from __future__ import annotations

from palayesh import extract

SITE = ["ادبیات امروز", "نقد، داستان و شعر", "۷ اسفند ۱۳۹۸"]
MENU = ["خانه", "تماس", "داستان", "گفت‌وگو", "اشتراک مجله", "ترجمه"]
HEAD = "تیموریان: خسته بودیم اما از گذشته بهتر بودیم"
STORY = [
    "آندرانیک تیموریان پس از پیروزی دو بر صفر استقلال مقابل فولاد خوزستان گفت که تیم با وجود خستگی "
    "بازی خوبی ارائه داد و هواداران از نتیجه راضی بودند.",
    "وی در مورد شوتی که تبدیل به گل کرد، اظهار داشت که شرایط تیم در هفته‌های آینده بهتر خواهد شد و "
    "بازیکنان برای رسیدن به قهرمانی تلاش می‌کنند.",
]


def test_a_headline_dated_by_its_age_over_a_row_of_controls_beats_a_tagline_over_the_date():
    # the tagline over the header's day and the menu items one a line read as a dated headline over a
    # box; the headline stands over its code, its age, its reading time and a row of buttons «A+ | A- |
    # چاپ», then the story: that block is its own, buttons and all
    page = [*SITE, *MENU, HEAD, "کد خبر: ۴۷۱۸۹۶۵ | گروه: داستان کوتاه", "۷ ماه پیش", "زمان مطالعه: ۱ دقیقه",
            "A+ | A- | چاپ", *STORY]
    assert extract("\n".join(page)).title == HEAD
