"""Sections on unseen layouts, s79 (found on badev, ``bench/score_families.py --keep``): a blog's post footer whose
dated row names the post's topic in a later field, «نوشته شده در <day> توسط <writer> | موضوع: X | نظرات (N)», a row
that a long weekday and writer's name run past 90 characters."""
from __future__ import annotations

from conftest import story_bodies
from palayesh.extract import extract
from test_sections_s72 import HEADLINES


def _blog_post(title: str, topic: str, day: str, writer: str, paras: list[str]) -> str:
    """A hosted blog's post page: the blog's header, the post's title, its text, its footer row (day, writer, topic,
    comments) and the sidebar's list of all the blog's topics."""
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>باغ انار</title></head>'
            '<body><div id="header"><h1><a href="/">باغ انار</a></h1></div><div id="content"><div class="post">'
            f'<h2 class="posttitle"><a href="/post/12">{title}</a></h2><div class="postcontent">'
            + "".join(f"<p>{p}</p>" for p in paras)
            + f'</div><div class="postinfo">نوشته شده در {day} توسط {writer} | موضوع: {topic} | نظرات (۶)</div>'
            '</div></div><div id="sidebar"><div class="box"><h3>موضوعات</h3><ul><li><a>باغداری (۱۲)</a></li>'
            '<li><a>آبیاری (۸)</a></li></ul></div></div></body></html>')


def test_a_blog_posts_dated_footer_row_names_its_topic_though_the_row_is_long():
    # the footer row is a dated row; its «موضوع: X» field is read whether the row is short or, with a long weekday
    # and writer's name, over 90 characters (before: a row that long was read for its first field's label alone,
    # and its topic was lost)
    paras = story_bodies(1, 2)[0]
    short = _blog_post(HEADLINES[0], "باغداری", "شنبه ۸ خرداد ۱۴۰۰ ساعت ۲۰:۰۵", "مینا سلیمانی", paras)
    long = _blog_post(HEADLINES[0], "باغداری", "چهارشنبه ۲۲ فروردین ۱۴۰۳ ساعت ۰۲:۱۸", "مینا سلیمانی‌نژاد", paras)
    assert extract(short).section == "باغداری"
    assert extract(long).section == "باغداری"
