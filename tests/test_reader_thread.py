"""A readers' thread told by its structure, whatever its words: a foot the site repeats under every
post (its vote and reply bar), a post's head of its own (a reader's name and the time) between two
feet (:func:`palayesh.extract.comments.reader_thread`). Its words are none a lexicon knows (as
bench/scramble.py renames a site's chrome words), and the thread stands between the story's head
and its text, as a mobile theme sets it."""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.extract.comments import reader_thread
from palayesh.extract.lines import CHROME, META, PARA, classify

_NAMES = ["لیلا", "نرگس", "آرش", "کاوه", "سمیرا", "پویا", "مهسا", "بهرام"]
_REPLY = "پاسخ گرداننده: با درود، موضوع را پیگیری می‌کنیم."


def _thread(p: int, said: list[str]) -> list[str]:
    out = ["پرچین گفتاران (۳)"]
    for k in range(3):
        out += [f"{_NAMES[(p + k) % 8]} | {k + 2} ساعت قبل", said[k], f"👍 {p + k} 👎 {k} | پاسخ"]
        if k == 1:
            out.append(_REPLY)
    return out + ["فرستادن گفتار", "نام", "رایانامه", "فرستادن"]


def test_a_thread_between_head_and_text_in_unknown_words(tmp_path):
    # (each page's own headline, summary and readers' words: only the thread's frame recurs)
    stories = story_bodies(16, paras=4)
    pages, said = [], []
    for p, story in enumerate(stories[:8]):
        words = " ".join(stories[8 + p]).split()
        said.append([" ".join(words[9 * k:9 * k + 7]) + "." for k in range(3)])
        head = ["ترنج نیوز", "خانه | باغچه | گلخانه | تماس", " ".join(story[0].split()[:8]),
                f"شناسه: {4100 + p} | تاریخ: ۱۸ خرداد ۱۳۹۸ - ۰۰:۱۹", story[0]]
        pages.append(head + _thread(p, said[p]) + story[1:] + ["© ۱۴۰۲ ترنج نیوز"])
    rows = refine_site(tmp_path, pages)
    assert len(rows) == len(pages)
    for p, story in enumerate(stories[:8]):
        text = rows[f"p{p:02d}"]["text"]
        assert not [s for s in said[p] + [_REPLY] if s in text]
        # (the story whole, its summary too when the page does not tell it as the lead)
        assert len(text.split("\n")) == len(story) - (rows[f"p{p:02d}"]["lead"] is not None)


def _lines(texts: list[str], recurs: set[int]) -> list:
    ls = [classify(t) for t in texts]
    for k in recurs:
        ls[k].recurs = True
    return ls


def test_the_thread_from_its_first_head_to_the_reply_after_its_last_foot():
    ls = _lines(["گفتاران (۲)", "لیلا | ۳ هفته قبل", "ترنج بالیده خوشه را دیدم", "👍 ۹ 👎 ۲ | پاسخ",
                 "پاسخ: با درود، موضوع را پیگیری می‌کنیم.", "نرگس | ۲۳ ساعت قبل",
                 "کاش منبع دقیق‌تری هم معرفی می‌کردید.", "👍 ۴ 👎 ۱ | پاسخ", "پاسخ: سپاس از همراهی شما.",
                 "فرستادن"], {0, 3, 7, 9})
    kinds = [ln.kind for ln in ls]
    reader_thread(ls)
    assert [ln.kind == CHROME for ln in ls][1:9] == [True] * 8
    assert ls[0].kind == kinds[0] and ls[9].kind == kinds[9]


def test_story_lines_between_two_recurring_lines_without_a_post_head_stay():
    # (a line the site repeats twice on the page, short paragraphs between, but no head of a post
    # of its own between them: the story's, kept)
    story = ["وزیر در این نشست گفت: کار ادامه دارد.", "او افزود: بودجه آن تأمین شده است.",
             "این طرح سال آینده به پایان می‌رسد."]
    ls = _lines(["📷 تصویر بزرگ‌تر"] + story + ["📷 تصویر بزرگ‌تر"], {0, 4})
    reader_thread(ls)
    assert [ln.kind for ln in ls[1:4]] == [classify(t).kind for t in story]
    assert ls[1].kind == PARA


def test_a_date_alone_between_two_recurring_lines_is_no_post():
    # (the menu's last item, then a date badge's day, then the same name as the story's kicker: two
    # lines the site repeats, one date between them, no words of a post: the story's date stays)
    ls = _lines(["خانه", "پرورش قارچ", "۱۲ خرداد ۱۴۰۱", "پرورش قارچ", "نشست تولیدکنندگان قارچ برگزار شد"], {0, 1, 3})
    kinds = [ln.kind for ln in ls]
    reader_thread(ls)
    assert [ln.kind for ln in ls] == kinds


def test_feet_whose_counts_differ_in_length_are_one_foot():
    # (a post's votes of one digit, the next one's of two: the same bar, the same but for its numbers)
    ls = _lines(["لیلا | ۳ هفته قبل", "ترنج بالیده خوشه را دیدم", "👍 ۵ 👎 ۸ | پاسخ", "نرگس | ۲۳ ساعت قبل",
                 "کاش منبع دقیق‌تری هم معرفی می‌کردید.", "👍 ۱۶ 👎 ۸ | پاسخ"], {2, 5})
    reader_thread(ls)
    assert all(ln.kind == CHROME for ln in ls)


_HEADS = ["برداشت خرما در جنوب استان آغاز شد", "بازار گل و گیاه در آستانه نوروز رونق گرفت",
          "گلخانه‌های تازه در حاشیه شهر ساخته می‌شوند", "کشاورزان از کم‌آبی تابستان نگران هستند",
          "نمایشگاه گیاهان آپارتمانی فردا گشایش می‌یابد", "صادرات سبزی و صیفی به کشورهای همسایه بیشتر شد",
          "آفت تازه در باغ‌های پسته شمال استان دیده شد", "طرح کاشت یک میلیون نهال در استان کلید خورد"]


_KIN = ["رضایی", "کاظمی", "توکلی", "بهرامی", "صالحی", "نوری", "کریمی", "صادقی"]


def _posts(p: int, said: list[str]) -> list[str]:
    out = [f"{3 + p % 2} نگاشته"]
    for k in range(5):  # (the first post's votes of one digit, the others' of two)
        out += [f"{_NAMES[(p + k) % 8]} {_KIN[p]} | {k + 2} روز قبل", said[k], f"👍 {p + 1 + 11 * k} 👎 {k + 3} | پاسخ"]
        if k % 2 == 0:  # (a reply of eight words and more: the first prose of the page, were it not a post's)
            out.append(f"پاسخ گرداننده تارنما: با درود، سپاس از همراهی {_NAMES[(p + k + 3) % 8]} و همه شما.")
    return out + ["ارسال نظر", "نام", "ایمیل", "نظر شما", "ارسال"]  # (a form the lexicon knows: tail headings)


def test_a_thread_between_the_headers_meta_and_the_text_leaves_the_headline_and_date(tmp_path):
    # no summary under the header: the thread's posts (chrome by their structure) stand between the
    # header's meta lines and the story's first paragraph; the header is read over the thread
    stories = story_bodies(16, paras=4)
    pages, heads, said = [], [], []
    for p, story in enumerate(stories[:8]):
        words = " ".join(stories[8 + p]).split()
        said.append([" ".join(words[9 * k:9 * k + 6]) for k in range(5)])
        heads.append(_HEADS[p])
        head = ["ترنج نیوز", "خانه | باغچه | گلخانه | تماس", f"خانه > باغچه | شنبه، {10 + p} مهر ۱۳۹۷", heads[p],
                f"شناسه: {4100 + p} | نویسنده: مهدی کاوه"]
        pages.append(head + _posts(p, said[p]) + story + ["© ۱۴۰۲ ترنج نیوز"])
    rows = refine_site(tmp_path, pages)
    assert len(rows) == len(pages)
    for p in range(8):
        row = rows[f"p{p:02d}"]
        assert row["title"] == heads[p]
        assert (row["published"] or "")[:10] == "2018-10-%02d" % (2 + p)
        assert not [s for s in said[p] if s in row["text"]]


def test_a_listings_counters_of_different_lengths_are_no_thread():
    # (cards of a listing: headline, teaser, date, a view counter the site shows on every page; the
    # counters «۷ بازدید», «۴۵ بازدید», «۱۲۰۴ بازدید | ۳ نظر» count beside words, no vote bar: no posts)
    texts = []
    for k, views in enumerate(["۷", "۴۵", "۳۱۲", "۱۲۰۴", "۸", "۶۷"]):
        texts += [f"نشست شورای شهر درباره طرح شماره {k + 1} برگزار شد", "اعضای شورا طرح را بررسی کردند.",
                  f"{k + 2} آذر ۱۴۰۲ - ۰۹:۱۵", f"{views} بازدید" + (" | ۳ نظر" if k >= 3 else "")]
    ls = _lines(texts, {4 * k + 3 for k in range(6)})
    kinds = [ln.kind for ln in ls]
    reader_thread(ls)
    assert [ln.kind for ln in ls] == kinds


_LONG = ("به نظر من مسئولان باید پیش از هر تصمیمی درباره قیمت‌ها با مردم و کارشناسان مشورت کنند، چون هر بار "
         "تصمیم‌های عجولانه گرفته می‌شود و بعد همه از نتیجه آن گله دارند و کسی هم پاسخگو نیست.")


def _page_thread(ages: list[str], texts: list[str], bar) -> list[str]:
    out = []
    for k, (age, said) in enumerate(zip(ages, texts)):
        out += [age, said, bar(k)]
    return out


def test_a_thread_the_page_repeats_takes_its_long_comments_too():
    """A saved thread's lines after the story (wpDiscuz, Disqus as text): a foot the page repeats
    under every post («۹  پاسخ», «12  Reply»; none the site's template knows), a head of the post's
    age over each post; a long, well-written comment between two feet is a post too, and so is the
    first, whose head is of the thread's shape; the story's paragraphs above stay."""
    story = story_bodies(1, paras=3)[0]
    ages = ["مهمان · ۳ ماه پیش", "Ali R · 2 months ago", "سارا · ۵ روز پیش", "Guest · 10 months ago",
            "رضا · ۱ روز پیش"]
    texts = [_LONG, "عالی بود", "ممنون از گزارش", _LONG.replace("قیمت‌ها", "مالیات"), "موافقم"]
    thread = _page_thread(ages, texts, lambda k: f"{k * 7 + 3}  پاسخ")
    ls = [classify(t) for t in ["۱۸ آذر ۱۴۰۲ - ۱۸:۱۴", *story, "۵ دیدگاه", *thread]]
    reader_thread(ls)
    assert [ln.kind for ln in ls[1:4]] == [PARA] * 3
    assert all(ln.kind == CHROME for ln in ls[5:]), [(ln.kind, ln.text[:20]) for ln in ls[5:]]


def test_a_page_foot_without_post_heads_is_no_thread():
    # (a story's own repeated short line between its paragraphs, no post's head under it: no thread)
    story = story_bodies(1, paras=4)[0]
    ls = [classify(t) for t in [story[0], "* * *", story[1], "* * *", story[2], "* * *", story[3]]]
    kinds = [ln.kind for ln in ls]
    reader_thread(ls)
    assert [ln.kind for ln in ls] == kinds


def test_an_english_widgets_age_is_a_posts_head():
    # (Disqus saved as text: «Guest · 10 months ago» is a date line of its own, as «مهمان · ۱۰ ماه پیش» is)
    assert classify("Guest · 10 months ago").kind == classify("مهمان · ۱۰ ماه پیش").kind == META


def _dated_thread(n: int, short: str, skip: int | None = None) -> list[str]:
    """A thread saved as text: a reader's name over the day and clock of the post, the post, and the
    page's reply line under it; ``skip``: a post the reader cut short (its name alone)."""
    out = [f"{n} دیدگاه"]
    for k in range(n):
        out.append(f"{_NAMES[k % 8]} {_NAMES[(k + 3) % 8]} نوشت:")
        if k == skip:
            continue
        said = _LONG if k % 3 == 1 else short
        out += [f"{k + 2} بهمن ۱۳۹۶ در ۰{k % 10}:۴۵", said, "پاسخ"]
    return out


def test_a_thread_of_dated_heads_the_page_repeats():
    """Posts headed by the day and clock they were written (no age: «۳ بهمن ۱۳۹۶ در ۰۱:۴۵»), under a
    reply line the page repeats: a thread, its long comments too; the story above stays."""
    story = story_bodies(1, paras=3)[0]
    ls = [classify(t) for t in ["۱ بهمن ۱۳۹۶", *story, *_dated_thread(6, "عالی بود")]]
    reader_thread(ls)
    assert [ln.kind for ln in ls[1:4]] == [PARA] * 3
    said = [k for k, ln in enumerate(ls) if ln.text in (_LONG, "عالی بود")]
    assert all(ls[k].kind == CHROME for k in said), [(ln.kind, ln.text[:20]) for ln in ls[4:]]


def test_a_post_cut_short_breaks_the_thread_there_only():
    # (a post the reader cut short, its name alone over the next name: the feet on either side of it
    # still close posts of their own)
    story = story_bodies(1, paras=3)[0]
    ls = [classify(t) for t in ["۱ بهمن ۱۳۹۶", *story, *_dated_thread(9, "ممنون از گزارش", skip=4)]]
    reader_thread(ls)
    assert [ln.kind for ln in ls[1:4]] == [PARA] * 3
    said = [k for k, ln in enumerate(ls) if ln.text == _LONG]
    assert len(said) >= 2 and all(ls[k].kind == CHROME for k in said)


def test_a_live_storys_clock_times_are_no_posts_heads():
    # (a live story's entries under a separator the page repeats: a clock alone is no post's day)
    story = story_bodies(1, paras=6)[0]
    texts = []
    for k in range(6):
        texts += [f"۱{k}:۳۰", story[k], "•"]
    ls = [classify(t) for t in texts]
    kinds = [ln.kind for ln in ls]
    reader_thread(ls)
    assert [ln.kind for ln in ls] == kinds


def test_the_sites_replies_between_posts_and_words_that_tell_an_age_break_no_thread():
    # (s78: a post the site answered, «پاسخ <site>: …» under its foot over the next post's name, still
    # closes before the next head; a post's words that tell a time ago, «دو سال پیش …», end a sentence
    # and are no second head. Before, the thread's first posts stood apart and its first long comment
    # stayed as the story's)
    story = story_bodies(1, paras=3)[0]
    thread = ["۲۷ دیدگاه"]
    for k in range(6):
        said = _LONG if k == 0 else "دو سال پیش هم همین وعده را دادند." if k == 1 else "عالی بود"
        thread += [f"{_NAMES[k % 8]} {_NAMES[(k + 3) % 8]} گفته:", f"{k + 2} بهمن ۱۳۹۶ در ۰{k % 10}:۴۵", said, "پاسخ"]
        if k in (1, 2):
            thread.append("پاسخ تحریریه: نظر شما به بخش پیگیری ارسال شد.")
    ls = [classify(t) for t in ["۱ بهمن ۱۳۹۶", *story, *thread]]
    reader_thread(ls)
    assert [ln.kind for ln in ls[1:4]] == [PARA] * 3
    said = [k for k, ln in enumerate(ls) if ln.text in (_LONG, "دو سال پیش هم همین وعده را دادند.")]
    assert len(said) == 2 and all(ls[k].kind == CHROME for k in said), [(ln.kind, ln.text[:20]) for ln in ls[4:]]


def test_a_trail_item_and_the_kicker_of_one_name_frame_no_post_of_a_date_a_code_and_a_count():
    # (a flat copy whose site's lines recur: the trail's last item and the story's kicker, the same
    # section name, stand two feet's shape apart; between them the story's own date, its code and its
    # count of views say nothing a reader would post: the date stays the story's)
    texts = ["خانه", "اجتماعی", "آموزش عالی", "جمعه ۷ مهر ۱۳۹۶ - ۱۳:۰۳", "کد خبر: ۲۷۱۱۱۴", "۴۱۴۰ بازدید",
             "آموزش عالی/", "دوربین واحد مرکزی خبر ضبط شد",
             "دوربین واحد مرکزی خبر از سوی ماموران حاضر در ورزشگاه تختی ضبط شد و گزارشگر آن را اعلام کرد."]
    lines = [classify(t) for t in texts]
    for k in (0, 1, 2, 6):
        lines[k].recurs = True
    reader_thread(lines)
    assert [ln.kind == CHROME for ln in lines[3:6]] == [False, False, False]


def test_a_thread_whose_readers_words_the_run_knows_is_still_a_thread():
    # (readers write the same short words on many pages of a site, «عالی بود»: the run makes them
    # chrome before the thread is read, and a post of them still says something)
    from dataclasses import replace
    texts = ["لیلا | ۳ هفته قبل", "لطفا ادامه بدید", "👍 ۹ 👎 ۲ | پاسخ",
             "نرگس | ۲۳ ساعت قبل", "کاش منبع دقیق‌تری هم معرفی می‌کردید.", "👍 ۴ 👎 ۱ | پاسخ"]
    lines = [classify(t) for t in texts]
    for k in (2, 5):
        lines[k].recurs = True
    for k in (1, 4):
        lines[k] = replace(lines[k], kind=CHROME)
    reader_thread(lines)
    assert [ln.kind == CHROME for ln in lines] == [True] * 6
