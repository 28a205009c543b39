"""A mobile theme's comment box between the story's head and its text, the headline shown again over
the text or not: the story is the text under the box (under the repeated headline), the box no part of it."""
from __future__ import annotations

import pytest

from conftest import refine_pages, story_bodies
from palayesh.extract.text import extract_text
from palayesh.textkeys import line_key

_HEADLINE = "ویژه برنامه‌های هفته ملی کودک در بوشهر تشریح شد"
_LEAD = "مدیر کانون پرورش فکری کودکان و نوجوانان استان از برگزاری پنجاه برنامه در هفته ملی کودک خبر داد."
_STORY = ["به گزارش همدم پت، مدیر کانون پرورش فکری کودکان استان امروز برنامه‌های هفته ملی کودک را در نشستی خبری "
          "تشریح کرد.",
          "وی گفت: در این هفته بیش از پنجاه برنامه فرهنگی و هنری در شهرهای استان برای کودکان و نوجوانان اجرا می‌شود.",
          "او افزود: نمایشگاه کتاب کودک نیز از روز دوشنبه در محل کانون برپا خواهد شد و تا پایان هفته ادامه دارد."]
_BOX = ["انتشار یافته: ۵ | در انتظار بررسی: ۰", "نظرات کاربران (۲)", "سمیرا | ۱۳ دقیقه قبل",
        "این مطلب رو قبلا هم جای دیگه خونده بودم و خیلی مفید بود.",
        "پاسخ مدیر سایت: سلام، ممنون از همراهی شما و نظر خوبتان.", "ارسال نظر", "نام", "ایمیل", "نظر شما", "ارسال"]


def _page(lead: bool, again: bool = True) -> str:
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE, "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    tail = ["منبع: ایسنا", "برچسب‌ها: کودک، بوشهر", "© ۱۴۰۲ همدم پت"]
    return "\n\n".join(head + [_LEAD] * lead + _BOX + [_HEADLINE] * again + _STORY + tail)


def test_the_story_under_its_repeated_headline_past_the_comment_box():
    a = extract_text(_page(True))
    assert a.title == _HEADLINE
    assert a.lead == _LEAD
    assert a.paragraphs == _STORY
    assert a.section is None


def test_a_comment_under_the_boxs_heading_is_no_summary():
    # (no summary: the first prose is a comment, under the box's heading: the story is still the
    # text under the repeated headline, the comment no part of it)
    a = extract_text(_page(False))
    assert a.paragraphs == _STORY
    assert a.lead is None


@pytest.mark.parametrize("lead", [True, False])
def test_without_the_repeated_headline_the_story_is_the_text_under_the_form(lead):
    # (no headline over the prose under the form: the box, from its heading to its form, stands
    # between the head (and its summary) and the text; the story is the text under it)
    a = extract_text(_page(lead, again=False))
    assert a.title == _HEADLINE
    assert a.lead == (_LEAD if lead else None)
    assert a.paragraphs == _STORY


def test_a_story_that_goes_on_under_its_summary_keeps_its_comments_out():
    # (the text right under the summary, the comment box after it: the box ends the story, as before;
    # the prose of a page under the box is no part of it)
    about = ("همدم پت پایگاه خبری دوستداران حیوانات خانگی است که از سال ۱۳۹۰ اخبار دامپزشکی، تغذیه و نگهداری "
             "حیوانات خانگی را برای خوانندگان خود منتشر می‌کند و به پرسش‌های آنان پاسخ می‌دهد.")
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE, "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    a = extract_text("\n\n".join(head + [_LEAD] + _STORY + _BOX + [about, "© ۱۴۰۲ همدم پت"]))
    assert a.paragraphs[-1] == _STORY[-1]
    assert about not in a.paragraphs


def test_a_document_under_the_box_is_not_the_story():
    # (under the box a headline over its date: the site's next document, not this story's text)
    other = ["مسابقه نقاشی کودکان در کانون برگزار می‌شود", "۱۳۹۸/۰۹/۳۰ - ۰۹:۰۰",
             "کانون پرورش فکری کودکان و نوجوانان استان از برگزاری مسابقه نقاشی برای کودکان هفت تا دوازده ساله "
             "در هفته آینده خبر داد و از خانواده‌ها خواست آثار فرزندان خود را تا پایان ماه ارسال کنند."]
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE, "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    a = extract_text("\n\n".join(head + [_LEAD] + _BOX + other + ["© ۱۴۰۲ همدم پت"]))
    assert other[-1] not in a.paragraphs


def test_the_summary_over_a_box_taken_out_is_the_lead():
    # (the summary under the header's meta lines, then the box, then the text: the box taken out
    # still stands between the summary and the text, as any box does: the summary is the lead)
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE,
            "اشتراک: تلگرام | واتساپ | کپی لینک", "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸", "🖨 چاپ | 📧 ارسال"]
    lead = ("مدیر کانون پرورش فکری کودکان و نوجوانان استان بوشهر از برگزاری پنجاه برنامه فرهنگی و هنری در "
            "شهرهای استان در هفته ملی کودک خبر داد.")
    story = _STORY[1:] + ["برنامه‌های هفته ملی کودک با همکاری آموزش و پرورش و شهرداری در مدرسه‌ها و بوستان‌های "
                          "شهر برگزار می‌شود."]  # (no dateline opens the text: the box alone sets the summary apart)
    a = extract_text("\n\n".join(head + [lead] + _BOX + story + ["© ۱۴۰۲ همدم پت"]))
    assert a.paragraphs == story
    assert a.lead == lead


def test_a_short_post_under_the_summary_is_no_story_going_on():
    # (the summary, the count of posts, a reader's post shorter than prose, then the form and the
    # text under it, no headline shown again: the story is the text, the post no part of it)
    post = "کاش منبع دقیق‌تری هم معرفی می‌کردید."
    box = ["انتشار یافته: ۲ | در انتظار بررسی: ۰", "سمیرا | ۱۳ دقیقه قبل", post,
           "ارسال نظر", "نام", "ایمیل", "نظر شما", "ارسال"]
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE, "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    a = extract_text("\n\n".join(head + [_LEAD] + box + _STORY + ["منبع: ایسنا", "© ۱۴۰۲ همدم پت"]))
    assert a.paragraphs == _STORY
    assert post not in a.text
    assert a.lead == _LEAD


_METAS = ["اشتراک: تلگرام | واتساپ | کپی لینک", "🕒 ۲۹ آذر ۱۳۹۸ - ۰۷:۱۸", "آخرین به‌روزرسانی: ۳۰ آذر ۱۳۹۸ - ۱۰:۰۰",
          "تعداد بازدید: ۳۳,۵۱۲", "۲ دقیقه مطالعه", "شناسه خبر: ۶۵۷۰۰۱۰", "نسخه چاپی | ارسال به دوستان | ذخیره"]


@pytest.mark.parametrize("over", ["گزارش ویژه", "صفحه نخست > فرهنگی", None])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_head_over_a_box_of_posts_taken_out_keeps_its_headline_and_section(over, sep):
    # (no summary: the box opens with its heading over its first post, the header's many meta lines
    # above it; the box taken out, however many lines it held, the head is read over it: its headline
    # and its section, not a toolbar's last item «ذخیره»)
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", *([over] if over else []), _HEADLINE, *_METAS]
    tail = ["منبع: ایسنا", "© ۱۴۰۲ همدم پت"]
    a = extract_text(sep.join(head + _BOX + [_HEADLINE] + _STORY + tail))
    alone = extract_text(sep.join(head + _STORY + tail))  # (the same page without the box)
    assert a.title == alone.title == _HEADLINE
    assert a.section == alone.section != "ذخیره"
    assert a.paragraphs == alone.paragraphs == _STORY


def test_a_headline_with_a_bar_shown_again_past_the_comment_box():
    # (a headline that holds a bar reads as a row of fields, not a short line: shown again under the
    # box, it is still the headline over the text; the box between is no part of the story)
    headline = "در گفت‌وگو با همدم پت | دامپزشک: واکسن سالانه گربه‌ها را فراموش نکنید"
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", headline, "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    a = extract_text("\n\n".join(head + [_LEAD] + _BOX + [headline] + _STORY + ["منبع: ایسنا", "© ۱۴۰۲ همدم پت"]))
    assert a.paragraphs == _STORY
    assert a.lead == _LEAD
    assert not any(b in a.text for b in _BOX[2:5])


def test_a_reply_of_prose_length_under_a_commenters_row_is_no_story_going_on():
    # (the summary, then a post under its writer's row «رضا | ۶ روز پیش» and the site's reply of
    # eight words and more, then the form and the text: the reply is the thread's, the story the text)
    reply = "پاسخ مدیر سایت: سلام، ممنون از همراهی شما و نظر خوبتان."
    box = ["انتشار یافته: ۲ | در انتظار بررسی: ۰", "رضا | ۶ روز پیش", "خسته نباشید 🌹", "👍 ۱۳ 👎 ۶ | پاسخ", reply,
           "ارسال نظر", "نام", "ایمیل", "نظر شما", "ارسال"]
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE, "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    a = extract_text("\n\n".join(head + [_LEAD] + box + _STORY + ["منبع: ایسنا", "© ۱۴۰۲ همدم پت"]))
    assert a.paragraphs == _STORY
    assert reply not in a.text and "خسته نباشید" not in a.text
    assert a.lead == _LEAD


def test_a_story_in_one_line_over_its_related_teasers_is_no_summary():
    # (a flattener joined the story's paragraphs into one line under the byline; under it its date,
    # the end marker, the share row and a box of related teasers, each a paragraph's length: the line
    # is the story, not a summary over a comment box, and its date under it is its publication date)
    story = " ".join(_STORY * 4)
    teasers = ["نایب رئیس جبهه پیروان از تغییر زمان همایش اول اسفند خبر داد و گفت: به دلیل تقارن با جلسه‌ای، "
               "همایش جبهه پیروان…",
               "تمرین امروز تیم فوتبال پرسپولیس با حضور همه بازیکنانی که امروز به عمان می‌روند در ورزشگاه درفشی‌فر "
               "برگزار شد و…"]
    head = ["هفته‌نامه پیام بیستون", "خانه | ورزش | فرهنگی | استان‌ها", "خانه / اخبار / استان‌ها", _HEADLINE,
            "به قلم نسرین میرزایی"]
    foot = ["منتشر شده در 16:28 - 2011-08-29", "آخرین به‌روزرسانی: 10:29 - 2011-09-03", "پایان پیام/",
            "اشتراک‌گذاری", "تلگرام", "ایتا", "از همین سرویس", "گزارش تمرین پرسپولیس", teasers[0],
            "تمرین پرسپولیس", teasers[1], "دیدگاه خوانندگان"]
    a = extract_text("\n".join(head + [story] + foot))
    assert a.paragraphs == [story]
    assert a.published == "2011-08-29T16:28+04:30"


# the box as a theme sets it under the header's meta lines: its heading, a post and its reply (no
# paragraph of eight words), the form's heading, and the form's note, a sentence of eight words over the
# form's fields: the first prose of the page is the note, not the story's
_FORM_BOX = ["نظرات کاربران (۲)", "سمیرا | ۱۳ دقیقه قبل", "با سلام، تاریخ دقیقش کیه؟",
             "پاسخ: با سلام، موضوع را پیگیری می‌کنیم.", "ارسال نظر",
             "نظرات پس از تأیید مدیر منتشر خواهد شد.", "نام", "ایمیل", "نظر شما", "ارسال"]


def test_the_story_under_a_comment_box_whose_form_note_is_the_first_prose():
    # (failed before s64-body: the story was cut at the form's «نظر شما», the note kept as its text)
    head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", _HEADLINE,
            "نویسنده: جواد سلیمانی | ۱ دقیقه مطالعه", "کد خبر ۳۵۱۵۱۶۸ | ۱۳۹۸/۰۹/۲۹ - ۰۷:۱۸"]
    tail = ["منبع: ایسنا", "برچسب‌ها: کودک، بوشهر", "© ۱۴۰۲ همدم پت"]
    a = extract_text("\n\n".join(head + _FORM_BOX + _STORY + tail))
    assert a.paragraphs == _STORY
    assert a.title == _HEADLINE


_CITIES = ["بوشهر", "رشت", "ساری", "گرگان", "اردبیل", "زنجان", "سنندج", "قزوین"]


def test_a_sites_summary_over_its_comment_box_under_many_header_rows_is_the_lead(tmp_path):
    # (a run of one site: its header sets seven rows between the headline and the summary, the
    # site's toolbars among them, which it shows on every page and so are not counted toward the
    # header's meta lines; then the comment box, the headline shown again, the story's photo
    # caption the site repeats and the text: the summary is the lead, the text the story)
    stories = story_bodies(8, paras=4)
    box = ["انتشار یافته: ۰ | در انتظار بررسی: ۰", "ارسال نظر", "نظرات حاوی توهین و افترا منتشر نمی‌شود.",
           "نام", "ایمیل", "نظر شما", "ارسال"]
    pages, want = [], {}
    for i, story in enumerate(stories):
        headline = f"ویژه برنامه‌های هفته ملی کودک در {_CITIES[i]} تشریح شد"
        lead = " ".join(w.strip(".،,:") for w in stories[(i + 4) % 8][2].split()[2:18]) + "."
        metas = ["اشتراک: تلگرام | واتساپ | کپی لینک", f"🕒 {i + 1} آذر ۱۳۹۸ - ۰۷:۱۸",
                 f"آخرین به‌روزرسانی: {i + 2} آذر ۱۳۹۸ - ۱۰:۰۰", f"تعداد بازدید: {3000 + 7 * i}",
                 "۲ دقیقه مطالعه", f"شناسه خبر: {6570010 + i}", "نسخه چاپی | ارسال به دوستان | ذخیره"]
        head = ["همدم پت", "خانه | غذای خشک | پرندگان | گربه | تماس", headline, *metas]
        caption = "تصویر ۱ - کارگاه آموزش تغذیه"
        pages.append("\n\n".join(head + [lead] + box + [headline, caption] + story[1:] + ["© ۱۴۰۲ همدم پت"]))
        want[f"p{i:02d}"] = (line_key(lead), [line_key(p) for p in story[1:]])
    rows = refine_pages(tmp_path, pages)
    got = {k: (line_key(r["lead"] or ""), [line_key(p) for p in r["text"].split("\n")]) for k, r in rows.items()}
    assert got == want
