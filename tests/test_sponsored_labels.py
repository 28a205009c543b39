"""A sponsored block's label set between a story's paragraphs, in words no lexicon knows.

Every page is written here: real stories (``story_bodies``) on two hosts, and between two of a
story's paragraphs an ad box: a short label over ad copy that the run shows on many pages of both
sites (the same few ads everywhere). Neither label is in a phrase list.
"""
from conftest import refine_pages, story_bodies
from palayesh.textkeys import line_key

SITES = [("پایگاه خبری کرانه سبز", "روایت روز از شهرهای ساحلی", "همه حقوق این پایگاه برای کرانه سبز محفوظ است"),
         ("ماهنامه کوهپایه", "گزارش‌های دامنه‌های البرز", "نشر مطالب ماهنامه کوهپایه با ذکر نام آزاد است")]
#: each site's label of its ad box, in words no lexicon holds
LABELS = ["پیام بازرگانی همراه", "سفارش‌نامه بازار"]
#: a «read on» button under the box, on every page (no link to another story)
MORE = "دنباله گزارش"
#: ad copy, the same few ads on both sites
ADS = ["وام فوری با سفته، تا ۲۰۰ میلیون تومان بدون ضامن", "بلیت هواپیما کیش با ارزان‌ترین قیمت بازار",
       "بیمه بدنه خودرو با ۳۰٪ تخفیف نوروزی", "دوره آنلاین برنامه‌نویسی با مدرک معتبر بین‌المللی"]


def _headline(story: list[str]) -> str:
    """A headline for the story: the first words of its last paragraph, no sentence's end."""
    return " ".join(story[-1].split()[:8]).rstrip("،.:")


def _page(site: int, i: int, story: list[str], box: bool) -> str:
    name, tagline, footer = SITES[site]
    ad = ([LABELS[site]] if box else []) + [ADS[i % len(ADS)], MORE]
    return "\n\n".join([name, tagline, _headline(story), *story[:2], *ad, *story[2:], footer])


def test_a_label_over_ad_copy_the_run_shows_on_many_pages_goes_however_rare_on_its_site(tmp_path):
    # the first site sets its label over the ad on every page; the second on one page only (its
    # other pages show the ad bare): a label the second site's pages cannot teach
    stories = story_bodies(20)
    pages = [_page(0, i, s, True) for i, s in enumerate(stories[:10])]
    pages += [_page(1, i, s, i == 3) for i, s in enumerate(stories[10:])]
    rows = refine_pages(tmp_path, pages, rejected=True)
    got = rows["p13"]["text"]
    assert line_key(LABELS[1]) not in line_key(got), got
    assert all(line_key(p) in line_key(got) for p in stories[13]), got


def test_a_label_over_ad_copy_the_site_sets_between_paragraphs_of_most_pages_goes(tmp_path):
    # one ad between the paragraphs of every page of the site (the template makes it chrome inside
    # the story); its label on one page only
    stories = story_bodies(10)
    name, tagline, footer = SITES[1]
    pages = ["\n\n".join([name, tagline, _headline(s), *s[:2], *([LABELS[1]] if i == 3 else []), ADS[0], *s[2:],
                          footer]) for i, s in enumerate(stories)]
    rows = refine_pages(tmp_path, pages, rejected=True)
    got = rows["p03"]["text"]
    assert line_key(LABELS[1]) not in line_key(got), got
    assert all(line_key(p) in line_key(got) for p in stories[3]), got
