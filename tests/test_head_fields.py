"""The headline and the date among a header's fields and a story's foot, read from the page's own shape.

Written fresh for s56 (small synthetic pages): a short line inside the article's meta block (between
its dates and its code) is one more field, never the headline; a widget's readout (a rating, a price)
is no headline; a date under the story's byline at its foot is the story's; a date alone under the
story's last paragraph in the site's date slot is the story's, past a box that cut the story's tail.
s57: a comment thread over the story neither ends the headline's reach nor gives it;
the headline shown again under a box taken out from over the story is the headline.
"""
from __future__ import annotations

from palayesh import extract
from palayesh.extract.article import Article
from palayesh.extract.pagedates import _late_date
from palayesh.extract.text import (
    CHROME,
    DATE,
    LABEL,
    META,
    NAV,
    PARA,
    SHORT,
    Line,
    _header,
    _headline_over_meta,
    _reach_start,
    _thread_line,
    echoed_head,
    readout,
)
from palayesh.textkeys import line_key

SITE = ["پایگاه خبری باران", "خانه | اخبار | ورزش | فرهنگ | تماس با ما"]
HEADLINE = "شورای شهر بودجه فضای سبز را تصویب کرد"
STORY = [
    "اعضای شورای شهر در نشست روز گذشته خود بودجه سال آینده بخش فضای سبز را با اکثریت آرا تصویب کردند و "
    "قرار شد بخشی از آن صرف نگهداری بوستان‌های محله‌ای شود.",
    "رئیس کمیسیون محیط زیست شورا در این نشست گفت که با این بودجه ده بوستان تازه در مناطق کم‌برخوردار "
    "ساخته خواهد شد و درختکاری در حاشیه بزرگراه‌ها هم ادامه می‌یابد.",
    "برخی از اعضا نیز خواستار نظارت بیشتر بر هزینه‌کرد این بودجه شدند و پیشنهاد دادند گزارش پیشرفت کار "
    "هر سه ماه یک بار به شورا ارائه شود.",
]


def test_a_short_line_inside_the_meta_block_is_no_headline():
    # «<headline> / <byline> / <date> / <update> / <a bare field> / کد خبر: …»: the line between the
    # dates and the code is the block's field (a section or a tag shown bare), of headline length
    field = "طرح بوستان‌های محله‌ای"
    page = [*SITE, "روتیتر: گزارش ویژه", HEADLINE, "نوشته مریم کاظمی", "تاریخ: ۵ دی ۱۴۰۱، ساعت ۱۱:۰۲",
            "آخرین به‌روزرسانی: ۸ دی ۱۴۰۱، ساعت ۱۵:۴۲", field, "کد خبر: ۹۵۸۶۳۴۶", *STORY]
    art = extract("\n".join(page))
    assert art.title == HEADLINE and art.published.startswith("2022-12-26")
    # the same line right under the headline's date with no meta line under it stays a candidate:
    # under a "today" date over the story, it is the headline
    alone = extract("\n".join([*SITE, "۵ دی ۱۴۰۱", field, *STORY]))
    assert alone.title == field


def test_a_readout_of_a_line_without_figures_asks_none_of_its_words(monkeypatch):
    """A line with no figure is no readout by either shape (both need one): its words are not
    tested one by one (a paragraph's, which the headline's reach asks of, holds hundreds)."""
    from palayesh.extract import text
    asked = []

    class Counted:
        def search(self, w):
            asked.append(w)
            return text._WORD_TOKEN_RE.search(w)

    monkeypatch.setattr(text, "_WORD_TOKEN_RE", text._WORD_TOKEN, raising=False)
    monkeypatch.setattr(text, "_WORD_TOKEN", Counted())
    assert not readout(" ".join(STORY).replace("۱", "").replace("۰", "")) and not asked
    assert readout("4.6 از ۵ (۲۱۸ رای)") and asked


def test_a_widgets_readout_is_no_headline():
    assert readout("4.6 از ۵ (۲۱۸ رای)") and readout("👍 ۱۴ 👎 ۸ | پاسخ")
    assert readout("میانگین قیمت هر متر: ۶۵ میلیون تومان")
    assert not readout("استقلال ۲ - ۱ پرسپولیس") and not readout("ظریف: ۱۰ روز دیگر")
    assert not readout("تراکتور 0- نیروی هوایی 0 ؛ تشنه گلزنی نبودیم")
    page = ["مجله مادر و کودک", "خانه | کودک | سلامت | آشپزی | تماس", HEADLINE, "نوشته سارا احمدی | ۱۲ مهر ۱۴۰۲",
            "4.6 از ۵ (۲۱۸ رای)", *STORY]
    assert extract("\n".join(page)).title == HEADLINE
    priced = ["مجله مادر و کودک", "خانه | کودک | سلامت | آشپزی | تماس", HEADLINE, "انتشار: ۱۴۰۲/۰۷/۱۲",
              "میانگین قیمت هر متر: ۶۵ میلیون تومان", *STORY]
    assert extract("\n".join(priced)).title == HEADLINE


def test_the_date_under_the_storys_byline_at_its_foot():
    # no date in the header; the related items' dates stand under their headlines, the story's under
    # its byline
    page = [*SITE, HEADLINE, *STORY, "مطالب مرتبط", "برگزاری جشنواره گل و گیاه در بوستان ملت", "۲ آذر ۱۴۰۱",
            "آغاز طرح کاشت نهال در حاشیه شهر", "۱۲ آبان ۱۴۰۱", "گزارش: مریم کاظمی", "۵ دی ۱۴۰۱، ساعت ۱۱:۰۲",
            "تماس با ما | درباره ما"]
    assert extract("\n".join(page)).published.startswith("2022-12-26")
    # a commenter's name over a comment's date is no byline
    comments = [*SITE, HEADLINE, *STORY, "نظرات کاربران", "مریم", "۸ دی ۱۴۰۱", "مطلب مفیدی بود."]
    assert extract("\n".join(comments)).published is None


def _line(text, kind, share=0.0):
    return Line(text, line_key(text), len(text.split()), kind, recurs=share > 0, share=share)


def test_a_date_in_the_sites_slot_under_the_storys_last_paragraph():
    # a box inside the story cut its tail short; the date alone under the story's last paragraph, in
    # the shape the site shows on its every page, is the story's; one the site shows on a few pages
    # (a comment's) is not
    lines = [_line(HEADLINE, SHORT), _line(STORY[0], PARA), _line("اخبار مرتبط", SHORT, 0.5),
             _line("برگزاری جشنواره گل و گیاه در بوستان ملت", SHORT), _line(STORY[1], PARA),
             _line("۰۴:۱۱ - ۵ دی ۱۴۰۱", DATE, 0.9), _line("نظرات کاربران", SHORT, 0.4)]
    found = _late_date(lines, 2)
    assert found is not None and found[0] == 5
    lines[5] = _line("۰۴:۱۱ - ۵ دی ۱۴۰۱", DATE, 0.3)
    assert _late_date(lines, 2) is None


def test_a_forms_note_between_the_headline_and_the_story_is_no_lead():
    # a comment form set between the header and the story: its note is a sentence of a lead's length
    # alone between the headline and the story's first paragraph, yet it stands in the form's box
    note = "نظرات پس از تأیید مدیر سایت منتشر خواهد شد."
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    form = (f'<div class="c1"><div>ارسال نظر</div><div>{note}</div><div><label>نام</label><input type="text"></div>'
            '<textarea></textarea><button>ارسال</button></div>')
    page = (f"<html><body><div><h1>{HEADLINE}</h1><div>۲,۱۳۷ بازدید</div></div>{form}"
            f"<div class=\"b1\">{paras}</div></body></html>")
    art = extract(page)
    assert art.title == HEADLINE and art.lead != note and art.paragraphs[0] == STORY[0]
    # the same sentence in a box with no form field is a lead
    boxed = page.replace('<input type="text">', "").replace("<textarea></textarea><button>ارسال</button>", "")
    assert extract(boxed).lead == note


def test_a_summary_over_the_headline_shown_again_is_the_lead():
    # «<headline> / <date> / <summary> / <headline> / <story>»: the site sets the headline again right
    # over the story, and the summary between the header and it
    summary = "اعضای شورای شهر بودجه فضای سبز سال آینده را در نشست دیروز تصویب کردند."
    page = [*SITE, "اخبار شهری", HEADLINE, "تاریخ انتشار: ۵ دی ۱۴۰۱", summary, "", HEADLINE, *STORY]
    art = extract("\n".join(page))
    assert art.title == HEADLINE and art.lead == summary and art.paragraphs == STORY
    # without the headline under it, the same line over the story is read as before (a story's
    # first paragraph under its date, or a lead: the echo is what this rule reads)
    plain = extract("\n".join([*SITE, "اخبار شهری", HEADLINE, "تاریخ انتشار: ۵ دی ۱۴۰۱", summary, "", *STORY]))
    assert plain.title == HEADLINE


def test_a_field_inside_the_meta_block_gives_the_headline_over_it():
    # a field inside the block (a date above it, the code under it): the headline over the block
    inside = [_line(HEADLINE, SHORT), _line("نوشته مریم کاظمی", SHORT), _line("تاریخ: ۵ دی ۱۴۰۱، ساعت ۱۱:۰۲", DATE),
              _line("طرح بوستان‌های محله‌ای", SHORT), _line("کد خبر: ۹۵۸۶۳۴۶", LABEL, 0.9), _line(STORY[0], PARA)]
    assert _headline_over_meta(inside, 3, 5) == 0


def test_the_headline_reach_passes_over_a_comment_thread():
    # «<headline> / <date> / <a thread of posts: writer's row, comment, votes> / <form> / <story>»: the
    # posts count neither toward the lines the header parser reads up nor toward how far it may go
    names, said = ["مریم", "کاوه", "سعید", "حسین", "نرگس", "پویا", "بابک", "امید"], "مطلب خوبی بود ممنون"
    posts = [ln for k, name in enumerate(names)
             for ln in (_line(f"{name} | {k + 2} ساعت پیش", META), _line(said + " " + name, SHORT),
                        _line(f"👍 {k + 3} 👎 {k} | پاسخ", NAV))]
    lines = [_line(HEADLINE, SHORT), _line("۵ دی ۱۴۰۱ - ۱۱:۰۲", DATE), *posts,
             _line("ارسال نظر", CHROME, 0.9), _line(STORY[0], PARA)]
    assert all(_thread_line(lines, j) for j in range(2, 2 + len(posts)))
    assert not _thread_line(lines, 0) and not _thread_line(lines, len(lines) - 1)
    assert _reach_start(lines, len(lines) - 1) == 0


def test_a_comment_thread_over_the_story_gives_no_headline():
    # the readers' posts between the header and the story: neither a post's votes («👍 ۳۵ 👎 ۰ | پاسخ»,
    # a row with one bar) nor a comment under its writer's row is the headline
    page = [*SITE, HEADLINE, "نوشته مریم کاظمی | ۵ دی ۱۴۰۱", "کد خبر: ۹۵۸۶۳۴۶", "۳ دیدگاه",
            "نرگس | ۹ ساعت پیش", "نظر من کاملا برعکسه!", "👍 ۱۷ 👎 ۳ | پاسخ",
            "پویا | ۱ روز پیش", "خسته نباشید", "👍 ۳۵ 👎 ۰ | پاسخ",
            "ارسال نظر", "نام", "ایمیل", "ارسال", *STORY]
    art = extract("\n".join(page))
    assert art.title == HEADLINE and art.paragraphs[0] == STORY[0]


def test_the_headline_shown_again_under_a_box_taken_out_is_the_headline():
    # «<headline> / <menu> / <a ticker item> / <kicker> / <date> / <summary> / <a comment box> / <headline>
    # / ساعت ۰۷:۲۹ / <story>»: the box goes with the line it ends on, the headline shown again; that line
    # tells the header which of its lines is the headline, over the kicker nearest the summary
    kicker = "با حمایت شهرداری"
    summary = "چکیده: شورای شهر بودجه فضای سبز را با اکثریت آرا تصویب کرد و بخشی از آن صرف بوستان‌ها می‌شود."
    head = [_line(HEADLINE, SHORT), _line(SITE[1], NAV, 0.9), _line("افتتاح کتابخانه عمومی در محله نارمک", SHORT),
            _line(kicker, SHORT), _line("دوشنبه / ۲۴ تیر ۱۳۹۲ / ۰۶:۰۳", DATE), _line(summary, PARA)]
    box = [_line("مهدی | ۱۲ ساعت پیش", META), _line("دمتون گرم، بهترین سایت همینه", SHORT),
           _line("ارسال نظر", CHROME, 0.9), _line(HEADLINE, SHORT), _line("ساعت ۰۷:۲۹", CHROME, 0.9)]
    lines = [*head, *box, _line(STORY[0], PARA), _line(STORY[1], PARA)]
    assert echoed_head(lines, 5, 6, 10) == line_key(HEADLINE)
    # a box's item higher up that the ticker above repeats is no such line
    listed = [*head, _line("افتتاح کتابخانه عمومی در محله نارمک", SHORT), *box[:3], box[4], _line(STORY[0], PARA)]
    assert echoed_head(listed, 5, 6, 10) is None
    kept = [*head, _line(STORY[0], PARA), _line(STORY[1], PARA)]  # (the box taken out)
    assert _header(kept, 5, Article(), None, 6, 7) == 3
    assert _header(kept, 5, Article(), None, 6, 7, echoed=line_key(HEADLINE)) == 0
