"""A coloured tag link set alone in the block right after the headline, over the story
(«<h1>…</h1><div class="tags"><a href="/category/…">فرهنگی</a></div>»), names the section when the page
vouches for it (its menu lists it); a reporter's link inside a byline there, or a tag nothing lists, names
none."""
from __future__ import annotations

import pytest

from palayesh import extract

TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
SITE = "خبرگزاری شهر ما"
PARAS = "".join(f"<p>{p}</p>" for p in [
    "سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
    "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
    "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."])
MENU = ("<div class='nav'><ul><li><a href='/fa/service/1'>صفحه نخست</a></li>"
        "<li><a href='/fa/service/7'>سیاسی</a></li><li><a href='/fa/service/9'>اقتصادی</a></li>"
        "<li><a href='/fa/service/4'>ورزشی</a></li><li><a href='/fa/service/3'>فرهنگی</a></li></ul></div>")


def _page(after: str) -> str:
    main = (f"<div class='row'><div class='head'><h1 class='t1'>{TITLE}</h1>{after}</div>"
            f"<div class='body'>{PARAS}</div></div>")
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'></head><body>{MENU}{main}</body></html>")


@pytest.mark.parametrize("after", [
    "<div class='post-tags-top'><a class='tag-label' href='/category/culture/' style='background-color:#e53935'>"
    "فرهنگی</a></div>",
    "<a class='tag-label' href='/category/culture/'>فرهنگی</a>",
], ids=["in-a-block", "bare-link"])
def test_a_tag_link_right_after_the_headline_the_menu_lists_names_the_section(after):
    a = extract(_page(after), url="https://shahr.example.ir/fa/news/12345")
    assert (a.title, a.section) == (TITLE, "فرهنگی")


@pytest.mark.parametrize("after", [
    "<div class='tags'><a href='/tag/9'>شورای شهر</a></div>",                         # a tag nothing lists
    "<div class='tags'><a rel='tag' href='/tag/3'>فرهنگی</a></div>",                  # a link marked a tag
    "<div class='reporter'>تهران - خبرنگار <a href='/reporter/3'>فرهنگی</a></div>",  # a link inside a byline
], ids=["unlisted-tag", "rel-tag", "byline-link"])
def test_a_link_after_the_headline_that_is_no_listed_tag_names_none(after):
    assert extract(_page(after), url="https://shahr.example.ir/fa/news/12345").section is None
