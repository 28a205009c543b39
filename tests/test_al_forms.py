"""The forms of set AL (s61) the extractor read wrongly, each by its mechanism:

- a post's one machine-readable ``<time datetime>`` on a page with no article element (a social
  viewer's post card: the caption, then the time, in one box): the box it shares with the headline is
  the story's, so is its time (extract/html.py ``_lone_time``, ``_shared_box``); a time that shares only
  the page's ``<body>`` with the headline (the site's today in its header) stays no story's date;
- a mailing list archive's trail ends with the list's address: a mailbox is no section, as a host
  name is none (extract/sections.py ``acceptable``).

The pages are written here, with words of their own."""
from __future__ import annotations

import pytest

from palayesh.extract import extract
from palayesh.extract.sections import acceptable

TITLE = "بازگشایی ایستگاه تازه خط دوم قطار شهری در هفته آینده"
PARAS = [
    "به گزارش خبرگزاری مهر، مدیرعامل شرکت قطار شهری از بازگشایی ایستگاه تازه خط دوم در هفته آینده خبر"
    " داد و گفت آزمایش‌های ایمنی این ایستگاه به پایان رسیده است.",
    "وی افزود با بهره‌برداری از این ایستگاه، زمان سفر ساکنان محله‌های شرقی تا مرکز شهر نزدیک به بیست"
    " دقیقه کوتاه‌تر می‌شود و بار ترافیکی خیابان‌های اطراف کاهش می‌یابد.",
    "به گفته او، ساخت دو ایستگاه دیگر این خط نیز تا پایان سال به پایان می‌رسد و قطارهای تازه‌ای برای"
    " کاهش فاصله حرکت خریداری شده است.",
]


def _post(time_box: str, header: str = "") -> str:
    caption = "<br><br>".join(PARAS)
    return (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - نمایشگر پست</title>'
            f'<meta property="og:title" content="{TITLE}"></head><body>'
            f'<header><a class="logo">نمایشگر پست</a>{header}</header>'
            f'<div class="account"><div class="user">@metro_news</div>'
            f'<div class="stats">۱۲ هزار دنبال‌کننده</div></div>'
            f'<div class="post"><div class="caption"><strong>{TITLE}</strong><br><br>{caption}'
            f'<br><br>#قطار_شهری #مترو</div>'
            f'<div class="counts">❤️ ۳٬۲۷۸ · 💬 ۴۱</div>{time_box}</div>'
            f'<div class="more"><h3>پست‌های دیگر</h3><ul><li><a href="/p/2">افتتاح پارکینگ طبقاتی میدان شهر</a></li>'
            f'<li><a href="/p/3">تمدید ساعت کار قطار در شب‌های جشنواره</a></li></ul></div>'
            f'<footer><p>کلیه حقوق محفوظ است.</p></footer></body></html>')


def test_a_post_cards_lone_time_is_its_date():
    # the time in UTC, as the page tells machines: 17:40Z is 21:10 in Tehran (UTC+03:30)
    page = _post('<div class="time"><time datetime="2024-12-25T17:40:00.000Z">۱۴۰۳-۱۰-۰۵ ۲۱:۱۰</time></div>')
    art = extract(page)
    assert (art.published, art.published_jalali) == ("2024-12-25T21:10:00+03:30", "1403/10/05")
    assert art.paragraphs == PARAS


def test_a_time_in_the_sites_header_is_no_posts_date():
    # the one <time> stands in the site's header: it shares only the <body> with the headline
    page = _post("", header='<span class="today"><time datetime="2024-12-26T05:00:00Z">۶ دی ۱۴۰۳</time></span>')
    assert extract(page).published is None


@pytest.mark.parametrize("value, section", [
    ("news-fa@lists.example.ir", None),  # a mailing list's address on its archive's trail
    ("lists.example.ir", None),  # a host name, as before
    ("اخبار شرکت", "اخبار شرکت"),
])
def test_a_mailbox_is_no_section(value, section):
    assert acceptable(value) == section


def test_a_list_archives_trail_ends_with_the_lists_address():
    page = (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - بایگانی فهرست</title></head><body>'
            f'<nav><a href="/">بایگانی فهرست</a><ul><li><a>فهرست‌ها</a></li><li><a>جستجو</a></li></ul></nav>'
            f'<ol class="breadcrumb"><li><a href="/archives/">فهرست‌ها</a></li><li>metro-fa@lists.example.ir</li></ol>'
            f'<h1>{TITLE}</h1><div class="email-body">{"".join(f"<p>{p}</p>" for p in PARAS)}</div>'
            f'<footer><p>Powered by HyperKitty</p></footer></body></html>')
    art = extract(page)
    assert art.section is None
    assert art.paragraphs == PARAS
