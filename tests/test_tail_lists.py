"""Lists under a story that are the page's tail, not the story: a tag list one tag a line, and a
related box of cards whose teasers are cut short.

Each test refines a small site of its own (12 flat pages) whose tail is worded in words no
lexicon has: only the run's template, the lines' shapes and their place under the story tell it.
"""
import re

from conftest import refine_site, story_bodies
from palayesh.extract.template import teaser_sentence
from palayesh.textkeys import line_key

SITE, TAGLINE = "پایگاه خبری نیلوفر آبی", "روایت روز از شهر و استان"
RIGHTS = "همه حقوق برای نیلوفر آبی محفوظ است"
_TAGS = ["فوتبال", "لیگ برتر", "شورای شهر", "کم‌آبی", "تهران", "انتخابات", "مجلس", "اقتصاد", "بورس",
         "دانشگاه", "کنکور", "سلامت", "هواشناسی", "اصفهان", "مشهد", "محیط زیست", "بودجه", "مسکن"]
_BODIES = story_bodies(160)
#: other stories for the cards: none whose headline or teaser has a digit (a card's date is its only number)
_OTHERS = [b for b in _BODIES[12:] if not re.search(r"\d", b[0] + b[3]) and b[0][0] != "-"]


def _headline(paras: list[str]) -> str:
    return " ".join(paras[3].split()[:8]).strip("،.:")


def _teaser(paras: list[str], words: int = 30) -> str:
    """A card's teaser: the first sentence of a story's opening, cut to ``words`` words."""
    return " ".join(re.split(r"[.!?؟]\s", paras[0])[0].split()[:words]).rstrip("،.") + "."


def _kept(row: dict) -> set[str]:
    return {line_key(t) for t in ([row["lead"]] if row.get("lead") else []) + row["text"].split("\n")}


def _tagged_site() -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    # a short story (three paragraphs), then the site's end mark, its writer line, its tags' label
    # «کلیدواژگان گزیده:» over four tags one a line, share buttons, a short link, and a related box:
    # «از همین دست» over eight cards (another story's headline, its teaser, its date), whose
    # teasers outweigh the story
    pages, stories, tails = [], [], []
    for i in range(12):
        story = _BODIES[i][:3]
        tail = ["/ن", "نگارش: " + ["مینا راد", "سارا نیک", "رضا فرهی"][i % 3], "کلیدواژگان گزیده:",
                *(_TAGS[(5 * i + k) % len(_TAGS)] for k in range(4)),
                "تلگرام", "واتساپ", f"نشانی کوتاه: nilufar.ir/x{i}", "از همین دست"]
        for k in range(8):
            other = _OTHERS[(8 * i + k) % len(_OTHERS)]
            tail += [_headline(other), _teaser(other), f"۱۴۰۲/۰۶/{k + 10:02d} ۱۲:{k + 10}"]
        pages.append([SITE, TAGLINE, _headline(_BODIES[i]), *story, *tail, RIGHTS])
        stories.append(story)
        tails.append(tail)
    return pages, stories, tails


def test_a_tag_list_one_tag_a_line_under_the_sites_label_is_the_tail(tmp_path):
    # the tags are short lines the template does not know (each on a page or two): between the
    # site's tail lines they are the tail's, and the cards under it another section, not the story's
    pages, stories, tails = _tagged_site()
    rows = refine_site(tmp_path, pages)
    assert len(rows) == 12
    for i, (story, tail) in enumerate(zip(stories, tails)):
        kept = _kept(rows[f"p{i:02d}"])
        assert all(line_key(p) in kept for p in story), i
        assert not any(line_key(t) in kept for t in tail), (i, [t for t in tail if line_key(t) in kept])


def test_a_storys_own_list_under_its_heading_stays(tmp_path):
    # a list of names under the story's own heading, between its paragraphs, is the story's
    pages, stories, _ = _tagged_site()
    names = ["علی رضایی", "مریم کاظمی", "حسن مرادی"]
    pages[4][5:5] = ["برگزیدگان جشنواره", *names]
    rows = refine_site(tmp_path, pages)
    kept = _kept(rows["p04"])
    assert all(line_key(t) in kept for t in names + stories[4])


def _carded_site() -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    # a story, the site's end mark and a related box «از همین دست» over four cards (headline,
    # teaser); one teaser per page cut short inside («… و ... …»)
    pages, stories, boxes = [], [], []
    for i in range(12):
        story = _BODIES[i]
        box = ["پایان متن", "از همین دست"]
        for k in range(4):
            other = _OTHERS[(4 * i + k) % len(_OTHERS)]
            teaser = _teaser(other, 16)
            if k == 2:
                words = teaser.split()
                teaser = " ".join(words[:8] + ["..."] + words[9:])
            box += [_headline(other), teaser]
        pages.append([SITE, TAGLINE, _headline(story), *story, *box, RIGHTS])
        stories.append(story)
        boxes.append(box)
    return pages, stories, boxes


def test_cards_whose_teaser_is_cut_short_inside_are_the_tail(tmp_path):
    rows = refine_site(tmp_path, (site := _carded_site())[0])
    for i, (story, box) in enumerate(zip(site[1], site[2])):
        kept = _kept(rows[f"p{i:02d}"])
        assert all(line_key(p) in kept for p in story), i
        assert not any(line_key(t) in kept for t in box), (i, [t for t in box if line_key(t) in kept])


def test_teaser_sentence():
    assert teaser_sentence("مصاف سامان سازان قم با گلبهار سمنان، جام فجر و ... مهم‌ترین خبرهای استان.")
    assert teaser_sentence("مصاف سامان سازان قم با گلبهار سمنان… مهم‌ترین خبرهای استان")
    assert not teaser_sentence("تیم ملی به اردو رفت. بازیکنان امروز تمرین کردند.")


def _commented_site() -> tuple[list[list[str]], list[list[str]], list[str]]:
    # a short story (two paragraphs) under its headline and view count, the site's tail in its own
    # words (end mark, writer, share buttons, a short link, «N دیدگاه» and its rules), then one
    # reader's comment: a name, a date, a text longer than half the story, a reply button
    pages, stories, comments = [], [], []
    for i in range(12):
        story = _BODIES[i][:2]
        comment = _BODIES[60 + i][1]
        tail = ["/ن", "نگارش: " + ["مینا راد", "سارا نیک", "رضا فرهی"][i % 3], "تلگرام", "واتساپ",
                f"نشانی کوتاه: nilufar.ir/x{i}", "این نوشته را برای دوستانتان بفرستید", f"{i + 2} دیدگاه",
                "دیدگاه شما پس از بررسی منتشر می‌شود.", ["مریم از شیراز", "ناشناس", "یک شهروند"][i % 3],
                f"۱۴۰۲/۰۷/{i + 10:02d} ۰۸:{i + 10}", comment, "پاسخ دهید"]
        pages.append([SITE, TAGLINE, _headline(_BODIES[i]), f"{100 + i} بار دیده شده", *story, *tail, RIGHTS])
        stories.append(story)
        comments.append(comment)
    return pages, stories, comments


def test_a_readers_comment_under_the_sites_tail_is_no_story(tmp_path):
    # the comment closes with the site's reply button, a line of its tail: not the story's own end
    # mark, which the story lacked; under a name and a date past a break of tail lines it is a post
    pages, stories, comments = _commented_site()
    rows = refine_site(tmp_path, pages)
    for i, (story, comment) in enumerate(zip(stories, comments)):
        kept = _kept(rows[f"p{i:02d}"])
        assert all(line_key(p) in kept for p in story), i
        assert line_key(comment) not in kept, i


#: a source line's label in words no lexicon has, another on each page (too few pages each for the
#: template to know it), and the sources it names (no agency the lexicon knows)
_SOURCE_LABELS = ["بازتاب از", "نقل‌شده از", "روایت‌شده از", "وام از", "گرفته‌شده از", "رونوشت از",
                  "بازگفته از", "دریافتی از", "گزیده از", "به روایت", "بر پایه", "اقتباس از"]
_SOURCES = ["پایگاه اطلاع‌رسانی وزارت نیرو", "ماهنامه کشت و صنعت", "سایت انجمن فرش دستباف", "هفته‌نامه پیام ساحل"]


def _sourced_site() -> tuple[list[list[str]], list[list[str]], list[str]]:
    # a story, then one short line naming its source in the site's words, each page its own label
    # and source, then the site's tail: its writer line, a rating question, its rights
    pages, stories, sources = [], [], []
    for i in range(12):
        story = _BODIES[i][:3]
        source = f"{_SOURCE_LABELS[i]} {_SOURCES[i % 4]}"
        tail = [source, "نگارش: " + ["مینا راد", "سارا نیک", "رضا فرهی"][i % 3], "این نوشته برایتان سودمند بود؟",
                "تلگرام", "واتساپ"]
        pages.append([SITE, TAGLINE, _headline(_BODIES[i]), *story, *tail, RIGHTS])
        stories.append(story)
        sources.append(source)
    return pages, stories, sources


def test_a_source_line_alone_over_the_sites_tail_is_no_story(tmp_path):
    # «بازتاب از ماهنامه کشت و صنعت»: one short line, no sentence, between the story's last
    # paragraph and the site's writer line (c uni_news, health_mag under --scramble: «برگرفته از
    # X», «منبع: X» in words no lexicon has)
    pages, stories, sources = _sourced_site()
    rows = refine_site(tmp_path, pages)
    for i, (story, source) in enumerate(zip(stories, sources)):
        kept = _kept(rows[f"p{i:02d}"])
        assert all(line_key(p) in kept for p in story), i
        assert line_key(source) not in kept, (i, rows[f"p{i:02d}"]["text"])

