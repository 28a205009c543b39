"""A photo gallery set between a story's paragraphs: the story goes on under it.

Every page is written here: real stories (``story_bodies``) on one host, and between the story's
third and fourth paragraphs a gallery under its own heading, each slide's counter («۱ از ۵») over
its caption; the captions are the same on every page of the site (the run takes them for the
site's lines). Only the story's last paragraph stands under the gallery, less than half as much
prose as above it: without the counters the gallery reads as a break between the page's sections.
"""
from conftest import refine_pages, story_bodies
from palayesh.textkeys import line_key

SITE, TAGLINE = "پایگاه خبری کرانه سبز", "روایت روز از شهرهای ساحلی"
FOOTER = ["برچسب‌ها: دریا، ساحل", "اشتراک‌گذاری: تلگرام | واتس‌اپ", "همه حقوق این پایگاه برای کرانه سبز محفوظ است"]
HEADING = "گزارش تصویری"
CAPTIONS = ["قایق‌های صیادی در اسکله", "بازار ماهی‌فروشان بندر", "استخر پرورش میگو",
            "غروب آفتاب در ساحل", "تور ماهیگیری روی شن"]


def _page(i: int, story: list[str]) -> str:
    slides = [line for k, caption in enumerate(CAPTIONS) for line in (f"{k + 1} از {len(CAPTIONS)}", caption)]
    return "\n\n".join([SITE, TAGLINE, f"گزارش شماره {i + 1} از رویدادهای روز", *story[:3], HEADING, *slides,
                        story[3], *FOOTER])


def test_the_story_goes_on_under_a_gallery_set_between_its_paragraphs(tmp_path):
    stories = story_bodies(8)
    rows = refine_pages(tmp_path, [_page(i, story) for i, story in enumerate(stories)], rejected=True)
    for i, story in enumerate(stories):
        text = line_key(rows[f"p{i:02d}"]["text"])
        assert line_key(story[3]) in text, (i, rows[f"p{i:02d}"]["text"])
        # (the gallery's heading, counters and captions are none of the story's)
        assert line_key(HEADING) not in text and line_key(CAPTIONS[0]) not in text, (i, rows[f"p{i:02d}"]["text"])


#: a gallery's heading in the page's own words, on one page each (the run cannot take it for the site's)
PLACES = ["بندر گناوه", "جزیره قشم", "ساحل چابهار", "اسکله کنارک", "بندر دیلم", "جزیره کیش", "بندر جاسک", "ساحل بوشهر"]


def test_a_gallerys_own_heading_goes_with_the_gallery(tmp_path):
    stories = story_bodies(8)
    pages = [_page(i, story).replace(HEADING, f"تصاویر {PLACES[i]}") for i, story in enumerate(stories)]
    rows = refine_pages(tmp_path, pages, rejected=True)
    for i, story in enumerate(stories):
        text = line_key(rows[f"p{i:02d}"]["text"])
        assert line_key(story[2]) in text and line_key(story[3]) in text, (i, rows[f"p{i:02d}"]["text"])
        assert line_key(f"تصاویر {PLACES[i]}") not in text, (i, rows[f"p{i:02d}"]["text"])



def test_a_photos_counter_under_a_word_of_the_site_goes_between_the_storys_paragraphs():
    """A story's photos set between its paragraphs, each counted under a word of the site's («عکس ۲
    از ۱۵» over its credit «عکس از …»: odev foreign_desk under ``--scramble``), on a page the run
    teaches nothing of: counters of different photos under one word, beside their credits, are a
    gallery's, none of the story's lines; the paragraphs between them stay."""
    from palayesh.extract.text import classify, extract_lines

    story = story_bodies(1)[0]
    names = ["لیلا کریمی", "آرش حسینی", "سعید توکلی"]
    texts = [SITE, "", "گزارش شماره ۱ از رویدادهای روز", "", story[0]]
    for k, (count, para) in enumerate(zip(("۲ از ۱۵", "۳ از ۹", "۴ از ۹"), story[1:4])):
        texts += [f"عکس {count}", f"عکس از {names[k]}", para]
    art = extract_lines([classify(t) for t in [*texts, "", FOOTER[-1]]])
    assert art.paragraphs == story[:4]
