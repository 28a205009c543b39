"""Boxes a site sets between a story's paragraphs, in words no lexicon knows: what the run teaches.

Every page here is written in the test: a shop's product box (a heading, the product's name, its
price, a button, «more») and a sponsored box (a label and an ad's line) between the paragraphs of
flat-text stories of one site, its chrome in made-up words (as ``bench/scramble.py`` renames it).
"""
from conftest import refine_pages, refine_site, story_bodies
from palayesh.textkeys import line_key

SITE, TAGLINE, FOOTER = "کندوی سبزان", "پایگاه خبری نگاره‌های سبزان", "همه حقوق برای کندوی سبزان نگاه داشته است"
#: the box's heading, one of three a page (so no one of them recurs on enough pages to be learned)
HEADINGS = ["گزیده ورسان", "از انبار کلاوه", "پیشنهاد ورسان"]
PRODUCTS = ["شانه موم", "گرده کوهی", "ژل ملکه", "عسل گون", "بره موم", "شربت زمستانه"]
MORE = "دنباله نوشتار »"


def _product_box(i: int) -> list[str]:
    return [HEADINGS[i % 3], f"{PRODUCTS[i % 6]} {i + 2}۰ گرمی", f"بهای: {(i + 3) * 45},۰۰۰ تومان", "گزینش", MORE]




def _price_box(i: int) -> list[str]:
    return ["بهای امروز کندو", f"عسل کوهی: {(i + 5) * 31},۰۰۰ تومان", f"موم خام: {(i + 7) * 23},۰۰۰ تومان"]


def _texts(rows: dict, n: int) -> list[list[str]]:
    """Each page's lead and paragraphs, as line keys (the normalizer's edits aside)."""
    return [[line_key(x) for x in ([r["lead"]] if r["lead"] else []) + r["text"].split("\n")]
            for r in (rows[f"p{i:02d}"] for i in range(n))]


def test_the_heading_and_name_over_a_box_of_rows_the_site_repeats_go(tmp_path):
    # between the second and third paragraphs of every page: the box's heading and the product's
    # name vary from page to page, its price, button and «more» the site repeats (learned chrome)
    # (and under the third, a box of the site's with a heading of its own over its rows of prices)
    stories = story_bodies(12)
    pages = [[SITE, TAGLINE, f"گزارش شماره {i + 1} از زنبورداران استان", s[0], s[1], *_product_box(i), s[2],
              *_price_box(i), s[3], FOOTER] for i, s in enumerate(stories)]
    # one page has a line of its story (its words, no sentence's end) right over the site's headed
    # box: the box's heading is its own
    over = " ".join(stories[7][2].split()[:6]).rstrip(".،,")
    pages[7] = pages[7][:11] + [over] + pages[7][11:]
    # one page has a subheading of its story right under the box, over the text it leads into: it stays
    pages[5] = pages[5][:10] + ["برنامه‌های تازه تعاونی"] + pages[5][10:]
    rows = refine_site(tmp_path, pages)
    for i, (text, s) in enumerate(zip(_texts(rows, 12), stories)):
        box = _product_box(i)
        assert line_key(box[0]) not in text and line_key(box[1]) not in text, (i, text)
        assert all(line_key(p) in text for p in s), (i, text)
    assert line_key("برنامه‌های تازه تعاونی") in _texts(rows, 12)[5]
    assert line_key(over) in _texts(rows, 12)[7]


#: a sponsored box: its label (on a few pages of the site, under three stories or more) and an ad's line
LABEL = "نوشتار پشتیبانی‌شده"
ADS = ["وام فوری کشاورزان با سفته تا دویست میلیون", "بیمه محصول کشاورزان با تخفیف ویژه بانک"]
#: ... whose words the story under it says too
AD_WORDS = "به گفته او وام فوری کشاورزان با سفته تا دویست میلیون و بیمه محصول کشاورزان با تخفیف ویژه بانک است."


def test_a_sponsored_boxs_label_and_ad_between_paragraphs_go(tmp_path):
    # twenty pages of a site, a «more» link between the first two paragraphs of each (a bare heading
    # by its shape, which the site repeats on every page); on four pages, under the third
    # paragraph, a sponsored box: its label, too rare on the site for a line it repeats, stands
    # between the paragraphs of four stories (the run's count of the lines set into stories), and
    # its ad, on the pages of two stories each, shares words with the story under it
    n = 20
    stories = [[s[0], s[1] + " " + AD_WORDS, *s[2:]] if i < 4 else s for i, s in enumerate(story_bodies(n))]
    pages = []
    for i, s in enumerate(stories):
        box = [LABEL, ADS[i % 2]] if i < 4 else []
        pages.append([SITE, TAGLINE, " ".join(s[1].split()[:7]), s[0], MORE, s[1], s[2], *box, s[3],
                      FOOTER])
    rows = refine_pages(tmp_path, ["\n".join(p) for p in pages])  # (a flattened page: no blank lines)
    texts = _texts(rows, n)
    for i, s in enumerate(stories):
        assert all(line_key(p) in texts[i] for p in s), (i, texts[i])
    for i in range(4):
        assert line_key(LABEL) not in texts[i] and line_key(ADS[i % 2]) not in texts[i], (i, texts[i])
