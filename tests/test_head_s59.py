"""Leads of pages whose layout the sets never showed, told by the page's own structure.

Written fresh for s59 (small synthetic pages, no set's): a summary the page sets in the header's
block, right under its meta lines, and apart from the story by its one blank line.
"""
from __future__ import annotations

from palayesh import extract

SITE = ["ماهنامه کوه و دشت", "پایگاه خبری طبیعت‌گردی"]
MENU = "خانه | کوهنوردی | طبیعت‌گردی | غارنوردی | تماس با ما"
HEAD = "بازگشایی مسیر صعود جبهه شمالی دماوند"
META = ["انتشار: دوشنبه ۳ مهر ۱۴۰۲ | به‌روزرسانی: سه‌شنبه ۴ مهر ۱۴۰۲", "زمان مطالعه: ۲ دقیقه"]
SUMMARY = "مسیر جبهه شمالی دماوند پس از دو ماه توقف به روی کوهنوردان باز شد."
STORY = [
    "رئیس هیئت کوهنوردی استان مازندران روز دوشنبه در جمع خبرنگاران گفت که ریزش سنگ در این مسیر "
    "برطرف شده و پناهگاه‌های میانی آن نیز آماده پذیرش گروه‌ها هستند.",
    "ویژه‌برنامه‌ها",
    "وی افزود که گروه‌های کوهنوردی باید پیش از صعود برنامه خود را در سامانه هیئت ثبت کنند و راهنمای "
    "محلی همراه داشته باشند.",
    "او همچنین از کوهنوردان خواست که در روزهای بارانی از صعود به ارتفاعات بالای پنج هزار متر بپرهیزند.",
]
TAIL = ["", "برچسب‌ها", "دماوند", "کوهنوردی"]


def test_a_sentence_under_the_meta_lines_set_apart_from_the_story_is_its_summary():
    # «<headline> / <date> / <reading time> / <summary> / (blank) / <story, no blank lines>»: the
    # summary stands in the header's block, the page's one blank line parts it from the story
    page = [*SITE, MENU, "", HEAD, *META, SUMMARY, "", *STORY, *TAIL]
    art = extract("\n".join(page))
    assert art.title == HEAD
    assert art.lead == SUMMARY
    assert SUMMARY not in art.text


def test_a_sentence_under_the_header_s_blank_line_opens_the_story():
    # the same site's page without a summary: a blank line under the meta lines, then the story,
    # whose first paragraph is set apart from the rest the same way
    page = [*SITE, MENU, "", HEAD, *META, "", SUMMARY, "", *STORY, *TAIL]
    art = extract("\n".join(page))
    assert art.title == HEAD
    assert not art.lead
    assert art.text.startswith(SUMMARY)


PHOTO_HEAD = "کوهنوردان جوان بر فراز قله علم‌کوه (عکس)"
DATELINED = ("به گزارش کوه و دشت، این گروه پانزده‌نفره از روز شنبه صعود خود را از جبهه شمالی آغاز کرده "
             "بودند و پس از سه روز به قله رسیدند.")


def test_a_summary_under_a_headline_tagged_as_photos_is_the_summary():
    # «<headline> (عکس)» right over the summary, then the dateline paragraph: the tag marks a story
    # told in pictures, no photo's caption under which the story opens
    # (a summary of two sentences: no rule for a one-sentence summary under the headline takes it)
    summary = f"{SUMMARY} این مسیر تا پایان مهر باز خواهد بود."
    page = [*SITE, MENU, "", PHOTO_HEAD, summary, DATELINED, *STORY[2:], *TAIL]
    art = extract("\n".join(page))
    assert art.title == PHOTO_HEAD
    assert art.lead == summary


def test_the_paragraph_under_a_photo_s_caption_and_credit_opens_the_story():
    # the header's meta lines, the photo's caption closed by its credit, then two paragraphs, the
    # second with the dateline: the first opens the story
    page = [*SITE, MENU, "", HEAD, *META, "کوهنوردان در مسیر جبهه شمالی دماوند عکس: مینا صادقی",
            SUMMARY, DATELINED, *STORY[2:], *TAIL]
    art = extract("\n".join(page))
    assert art.title == HEAD
    assert not art.lead
    assert art.text.startswith(SUMMARY)


def test_a_paragraph_over_a_read_on_link_opens_the_story():
    # «<headline> / <meta lines> / <paragraph> / ادامه مطلب » / <dateline paragraph>»: the page shows
    # the story's opening as its cards show it and reads on; no summary
    page = [*SITE, MENU, "", HEAD, *META, SUMMARY, "ادامه مطلب »", DATELINED, *STORY[2:], *TAIL]
    art = extract("\n".join(page))
    assert art.title == HEAD
    assert not art.lead
    assert art.text.startswith(SUMMARY)
    assert "ادامه مطلب" not in art.text
