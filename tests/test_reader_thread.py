"""A readers' thread told by its structure, whatever its words: a foot the site repeats under every
post (its vote and reply bar), a post's head of its own (a reader's name and the time) between two
feet (:func:`palayesh.extract.text.reader_thread`). Its words are none a lexicon knows (as
bench/scramble.py renames a site's chrome words), and the thread stands between the story's head
and its text, as a mobile theme sets it."""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.extract.text import CHROME, PARA, classify, reader_thread

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
