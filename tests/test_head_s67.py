"""Headlines on layouts the extractor was not written for (s67): what the run teaches tells a site's
line from the story's headline.

Written fresh for s67 (small synthetic pages, no set's).
"""
from __future__ import annotations

from dataclasses import replace

import lxml.html

from conftest import read_rows
from palayesh import refine
from palayesh.extract.article import Article
from palayesh.extract.html import _names_site
from palayesh.extract.lines import CHROME, END, classify
from palayesh.extract.text import _header

CONFERENCE = "دومین همایش ملی فناوری آب و خاک ایران"
HEADLINE = "برداشت گندم آغاز شد"
STORY = ("برداشت گندم از مزارع استان از امروز آغاز شد و پیش‌بینی می‌شود تا پایان ماه آینده بیش از سیصد هزار "
         "تن گندم از کشاورزان خریداری شود.")


def _conference_page(headline: str = HEADLINE) -> str:
    # a conference's site: its long name on the side of every page's <title> and in its header box (no
    # logo class), a short headline in the <h1> of the news item
    return (f"<html><head><title>{headline} | {CONFERENCE}</title></head><body>"
            f'<div class="conf-head"><h2>{CONFERENCE}</h2><div>دبیرخانه دائمی همایش</div></div>'
            f'<div class="news-item"><h1>{headline}</h1><div>تاریخ انتشار: ۹۸/۰۵/۱۵</div>'
            f"<p>{STORY}</p><p>{STORY}</p><p>دبیرخانه {CONFERENCE}</p></div></body></html>")


class _Run:
    """What the run taught of the host: the lines it shows on its pages, by share."""

    learned = True

    def __init__(self, shares: dict[str, float]):
        self.shares = shares

    def page_share(self, text: str) -> float:
        return self.shares.get(text, 0.0)


def test_the_title_bars_side_the_run_shows_on_every_page_is_the_sites_name_though_longer():
    # (fails on 9ed4665: the shorter side of the bar, the headline, read as the site's name, and the
    # <h1> that shows it as the site's banner: the title was the conference's name)
    tree = lxml.html.fromstring(_conference_page())
    h1 = tree.xpath("//h1")[0]
    run = _Run({CONFERENCE: 1.0})
    assert not _names_site(h1, tree, {}, [], run)


HEADLINES = ["برداشت گندم آغاز شد", "سد کرج پر شد", "باران پاییزی بارید", "چاه‌های غیرمجاز بسته شد",
             "نشست کشاورزان برگزار شد", "قیمت کود کاهش یافت", "آبیاری قطره‌ای گسترش یافت",
             "بذر اصلاح‌شده توزیع شد", "خشکسالی شمال را تهدید می‌کند", "صادرات خرما افزایش یافت"]


def test_a_conference_sites_pages_keep_their_headlines_under_its_long_name(tmp_path):
    # (fails on 9ed4665: every page's title was the conference's name, the long side of its bars)
    src = tmp_path / "pages"
    src.mkdir()
    for i, headline in enumerate(HEADLINES):
        (src / f"p{i:02d}.html").write_text(_conference_page(headline).replace(STORY, f"{STORY} {headline}.", 1),
                                            encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    assert [rows[f"p{i:02d}"]["title"] for i in range(len(HEADLINES))] == HEADLINES


def test_a_page_alone_or_a_run_that_shows_both_sides_everywhere_keeps_todays_reading():
    tree = lxml.html.fromstring(_conference_page())
    h1 = tree.xpath("//h1")[0]
    assert _names_site(h1, tree, {}, []) == _names_site(h1, tree, {}, [], _Run({CONFERENCE: 1.0, HEADLINE: 1.0}))


STORY_LINES = [
    "تیم ملی فوتسال ایران در آخرین دیدار مرحله گروهی رقابت‌های جام جهانی به مصاف برزیل رفت که در "
    "پایان با نتیجه سنگین هفت بر دو شکست خورد و در جایگاه دوم گروه ایستاد.",
    "به گزارش خبرنگار ما، برزیل خیلی زود توانست دروازه ایران را باز کند و در ادامه بازیکنان ایران "
    "دفاع خوبی انجام دادند و اجازه گلزنی بیشتری به قهرمان جهان را ندادند.",
]


def _head_lines(texts: list[str], *, recurs=()):
    """The lines of ``texts`` as the run flags them: ``recurs`` the site shows on its other pages (its
    menu, its meta rows)."""
    lines = [classify(t) for t in texts]
    for k in recurs:
        lines[k] = replace(lines[k], recurs=True, seen=True, share=0.75)
    return lines


def _head_title(lines, texts) -> str | None:
    res = Article()
    first = len(texts) - len(STORY_LINES)
    _header(lines, first, res, None, first, first + 1)
    return res.title


def test_a_numbered_captions_value_under_the_headline_is_no_headline():
    # the comment form the site shows over its stories, its last button on nearly every page (a box's
    # heading, by its share) / the headline / its first picture's caption in the site's numbered
    # «label: value» shape / the story (fails on 9ed4665: the caption's value, «تابلوی شاخص کیفیت
    # هوا», read as the value of a label the site writes over each story, the headline as the box's item)
    head = "رشد اجاره بهای مسکن در زمستان"
    form = ["ارسال نظر", "نظرات پس از تأیید مدیر منتشر خواهد شد.", "نام", "ایمیل", "نظر شما", "ارسال"]
    texts = [*form, head, "عکس ۱: تابلوی شاخص کیفیت هوا", *STORY_LINES]
    lines = _head_lines(texts, recurs=[*range(len(form)), len(form) + 1])
    for k, kind in enumerate([END, CHROME, CHROME, CHROME, END, CHROME]):
        lines[k] = replace(lines[k], kind=kind, share=0.97)
    lines[len(form) + 1] = replace(lines[len(form) + 1], share=0.97)
    assert _head_title(lines, texts) == head
