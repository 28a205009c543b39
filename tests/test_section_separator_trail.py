"""A trail drawn as a list whose separators are items of their own («<li>خانه</li><li>›</li>
<li>ورزش</li>»), whatever its class, above the headline names the section; a menu parted by bars, a
pager, a list that does not start at the home page is no trail."""
from __future__ import annotations

import pytest

from palayesh import extract

TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
SITE = "خبرگزاری شهر ما"
PARAS = "".join(f"<p>{p}</p>" for p in [
    "سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
    "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
    "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."])


def _page(above: str) -> str:
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'></head><body><div class='logo'><a href='/'>{SITE}</a>"
            f"</div><main>{above}<article><h1>{TITLE}</h1>{PARAS}</article></main></body></html>")


def _items(*texts: str, cls: str = "r2", tag: str = "ol") -> str:
    return f"<{tag} class='{cls}'>" + "".join(f"<li>{t}</li>" for t in texts) + f"</{tag}>"


@pytest.mark.parametrize("page, section", [
    # plain: links and «›» items, the class says nothing
    (_page(_items("<a href='/'>خانه</a>", "›", "<a href='/sport'>ورزشی</a>", "›",
                  "<a href='/sport/football'>فوتبال</a>")), "فوتبال"),
    # Joomla-like: «»» items, down to the headline
    (_page(_items("<a href='/index.php'>صفحه اصلی</a>", "»", "<a href='/economy'>اقتصادی</a>", "»", TITLE,
                  tag="ul", cls="x-7")), "اقتصادی"),
    # the home item named after the site, linking to its root
    (_page(_items(f"<a href='https://shahr.example.ir/'>{SITE}</a>", "›", "<a href='/culture'>فرهنگی</a>")),
     "فرهنگی"),
    # slashes
    (_page(_items("<a href='/'>خانه</a>", "/", "<a href='/culture'>فرهنگی</a>", tag="ul", cls="")), "فرهنگی"),
], ids=["plain-chevron", "joomla-guillemet-headline", "site-root-link", "slash"])
def test_a_list_with_separator_items_is_a_trail(page, section):
    a = extract(page)
    assert (a.title, a.section) == (TITLE, section)


@pytest.mark.parametrize("page", [
    # a menu parted by bars, its items with separator items between them
    _page(_items("<a href='/'>خانه</a>", "|", "<a href='/a'>سیاسی</a>", "|", "<a href='/b'>اقتصادی</a>", "|",
                 "<a href='/c'>ورزشی</a>", tag="ul")),
    # a pager of numbers and arrows
    _page(_items("<a href='?p=1'>«</a>", "<a href='?p=1'>۱</a>", "<a href='?p=2'>۲</a>", "<a href='?p=2'>»</a>")),
    # tags apart by slashes, starting at no home
    _page(_items("<a href='/tag/1'>تهران</a>", "/", "<a href='/tag/2'>شورای شهر</a>")),
], ids=["bar-menu", "pager", "tags-no-home"])
def test_a_list_that_is_no_trail_gives_none(page):
    assert extract(page).section is None
