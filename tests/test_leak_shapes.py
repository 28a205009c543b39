"""Chrome that leaks into a story's body in words no lexicon has, told by its shape and position:
a count under a label between two paragraphs, a photo's caption over its credit on a page that
counts its photos, the story's tags above lines the tail cuts, a site's note under its tail heading.
"""
from palayesh.extract import text as T

P1 = "شورای شهر رشت در جلسه امروز خود طرح ساخت پل عابر پیاده در خیابان اصلی را با اکثریت آرا تصویب کرد."
P2 = "رئیس شورا گفت عملیات اجرایی این طرح از ماه آینده آغاز می‌شود و پیمانکار باید آن را در شش ماه تمام کند."
P3 = "به گفته او هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند."
P4 = "او افزود که تانکرهای آب در طول مدت قطعی در محله‌ها مستقر می‌شوند و آب آشامیدنی را رایگان توزیع می‌کنند."


def _body(page: list[str]) -> list[str]:
    return T.extract_text("\n".join(page)).paragraphs


def test_a_lone_count_under_a_label_between_paragraphs_is_no_story_line():
    # («تعداد تصاویر: ۷» with its label renamed: the page's field, whatever the label says)
    body = _body(["رشت امروز", "پل عابر پیاده تصویب شد", P1, "شمار پرتلاش: ۷", P2, P3])
    assert "شمار پرتلاش: ۷" not in body and P2 in body and P3 in body


def test_a_numbered_heading_repeated_in_the_story_stays():
    lines = [T.classify(t) for t in (P1, "بخش ۱", P2, "بخش ۲", P3)]
    assert T._drop_lone_counts(lines, [0, 1, 2, 3, 4]) == [0, 1, 2, 3, 4]


def test_a_caption_over_a_photos_credit_goes_on_a_page_that_counts_its_photos():
    page = ["رشت امروز", "پل عابر پیاده تصویب شد", P1, "عکس ۲ از ۹", "عکس از لیلا کریمی", P2,
            "نمای پل در شب", "عکس از رضا هاشمی", P3, P4]
    body = _body(page)
    assert "نمای پل در شب" not in body and [P2, P3, P4] == [p for p in body if p in (P2, P3, P4)]


def test_a_subheading_over_a_photos_credit_stays_where_no_photo_is_counted():
    lines = [T.classify(t) for t in (P1, "نمای پل در شب", "عکس از رضا هاشمی", P2)]
    assert T.drop_gallery_captions(lines, [0, 1, 3]) == [0, 1, 3]


def test_a_caption_over_a_labelled_credit_between_paragraphs_goes():
    # an interview's portraits set among its paragraphs (a text copy): a short line, no sentence, over
    # «عکس: name», between two prose lines (a question among them), is the photo's caption; the summary
    # over the first figure stays the lead
    lead = "شورای شهر رشت طرح ساخت پل عابر پیاده را تصویب کرد."
    q = "خبرنگار: هزینه ساخت این پل از کجا تامین می‌شود؟"
    page = ["رشت امروز", "پل عابر پیاده تصویب شد", "تاریخ انتشار: ۱۳۹۷/۰۵/۱۷ - ۱۵:۵۱", lead,
            "رضا هاشمی در گفت‌وگو با رشت امروز", "عکس: لیلا کریمی", P1, P2, q, "رضا هاشمی، پشت صحنه",
            "عکس: لیلا کریمی", P3, P4]
    art = T.extract_text("\n".join(page))
    assert art.paragraphs == [P1, P2, q, P3, P4]
    assert art.lead == lead


def test_a_caption_over_a_labelled_credit_under_the_story_is_left_to_the_tail():
    # (the same pair with no prose under it: not a figure set in the story, this rule leaves it)
    lines = [T.classify(t) for t in (P1, "نمای پل در شب", "عکس: رضا هاشمی")]
    assert T.drop_gallery_captions(lines, [0, 1]) == [0, 1]


def test_tags_under_the_story_go_though_the_tail_cut_lines_with_numbers_under_them():
    # (the tags' label in words no lexicon has; a related box past a gap, whose headlines hold
    # numbers, is cut as the tail's: the tags above it are the tail's too)
    page = ["رشت امروز", "پل عابر پیاده تصویب شد", P1, P2, P3, "شکستی‌ها", "شورای شهر", "رشت", "پل عابر پیاده",
            "بازگشت به بالا", "انتخابات شورای شهر تا پایان سال 1404 برگزار می‌شود", "نظر شما"]
    body = _body(page)
    assert body[-1] == P3, body


def test_a_note_the_run_shows_elsewhere_under_the_tail_heading_goes():
    lines = [T.classify(t) for t in (P1, "اخبار مرتبط", P4)]
    lines[2].elsewhere = True
    assert T._drop_stock_closers(lines, [0, 2]) == [0]
    lines[2].elsewhere = False
    assert T._drop_stock_closers(lines, [0, 2]) == [0, 2]
