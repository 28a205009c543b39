"""Headlines at the site's told slot that speak of the story (s72): a candidate that says none of
the story's words and stands at no slot the site's pages tell gives way to the line at their
headline slot that does (:func:`palayesh.extract.text._spoken_slot_headline`), and a kicker and a
headline a bar sets apart has a slot as a short headline does.

Written fresh for s72 (small synthetic headers, no set's).
"""
from __future__ import annotations

from test_head_s69 import _title  # (the title a header's lines give, their fields set by index)

PIPED = "ویژه| بلیت مترو تهران از اول مهر گران می‌شود"
STORY_LINES = [
    "مدیرعامل شرکت بهره‌برداری مترو تهران امروز در گفت‌وگو با خبرنگاران اعلام کرد بلیت مترو از اول مهر "
    "با افزایش بیست درصدی فروخته می‌شود و کارت‌های بلیت مسافران نیز شارژ جدید می‌خواهند.",
    "وی افزود: قیمت بلیت مترو در سال گذشته ثابت مانده بود و شورای شهر افزایش را تصویب کرده است.",
]




def _reader(headline: str = PIPED) -> list[str]:
    # a feed reader's page: the feed's row / the story's headline / its writer / age / the reader's buttons
    return ["خبرگزاری نمونه | آخرین اخبار", headline, "by سارا احمدی /", "3mo", "Visit website", "Read later",
            "Mark as read", "Share", *STORY_LINES]


def test_a_piped_headline_at_the_told_slot_over_a_readers_buttons():
    # the headline's slot is told on the site's other pages; the buttons under it stand at no slot
    # (fails before s72: «Mark as read», three words nearest the story, was the title)
    assert _title(_reader(), 8, l0={"recurs": True}, l1={"slot": 0.9}) == PIPED


def test_a_short_headline_at_the_told_slot_over_a_readers_buttons():
    short = "بلیت مترو تهران از اول مهر گران می‌شود"
    assert _title(_reader(short), 8, l0={"recurs": True}, l1={"slot": 0.9}) == short


def test_no_told_slot_keeps_todays_reading():
    # a page alone (the run knows no slot): the line nearest the story stays, whatever it says
    assert _title(_reader(), 8, l0={"recurs": True}) == "Mark as read"


def test_a_candidate_that_speaks_of_the_story_stays():
    # the line nearest the story says its words: it heads it, over the line at the told slot
    own = "افزایش قیمت بلیت مترو تصویب شد"
    texts = ["خبرگزاری نمونه | آخرین اخبار", PIPED, "۱۲ مهر ۱۴۰۲", own, *STORY_LINES]
    assert _title(texts, 4, l0={"recurs": True}, l1={"slot": 0.9}) == own


def test_a_chip_under_the_menu_gives_way_to_the_headline_over_it():
    # the site sets its headline over its menu (a ticker's last line), a section's chip of four
    # words under the menu at a slot told on half the site's pages
    texts = ["هوای ما", "آخرین اخبار:", "تیم ملی والیبال به فینال رسید", "بارش باران در شمال کشور",
             "خبر ویژه | بلیت مترو تهران گران می‌شود", "هوای ما", "صفحه اصلی", "تماس", "طرح ترافیک شبانه",
             "۱۲ مهر ۱۴۰۲", *STORY_LINES]
    site = {"recurs": True, "site": True, "tagline": True}
    assert _title(texts, 10, l0=site, l1={"recurs": True}, l2={"elsewhere": True}, l3={"elsewhere": True},
                  l4={"slot": 0.9}, l5=site, l6=site, l7=site, l8={"slot": 0.53}) \
        == "خبر ویژه | بلیت مترو تهران گران می‌شود"


def test_a_headline_the_site_lists_under_every_page_over_a_learned_field():
    # the site's «latest» box under every story lists this one's headline (the run makes it chrome);
    # under it the story's meta block: a field whose label the site repeats over each story (its
    # words no lexicon's), the age, the code
    head = "توجیه عجیب سرمربی در مورد جدایی هافبک"
    texts = ["خبرنامه ما", "تماس با ما | صفحه اصلی | گزارش", "موضوع: فوتبال جهان", head,
             "گردآوری و نگارش: فاطمه شریفی", "۱۰ ساعت پیش", "کد خبر: ۴۶۱۵۸۹۸", *STORY_LINES]
    site = {"recurs": True, "site": True, "tagline": True}
    # (fails before s72: the field is no meta line by its words, and the headline was left out)
    assert _title(texts, 7, l0=site, l1={"recurs": True}, l2={"recurs": True},
                  l3={"kind": "chrome", "learned": True, "recurs": True, "share": 1.0},
                  l4={"recurs": True, "site": True, "share": 1.0}) == head
