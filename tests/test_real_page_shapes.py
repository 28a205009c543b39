"""Header shapes seen on real saved pages of Persian news sites (s37's real-page evaluation), each
rebuilt as a small page of our own words with the same DOM shape, one case each:

- a kicker above the headline whose class calls it a «subtitle», the lead under the headline;
- a dropdown menu whose first item is the home page (no breadcrumb trail), beside the story's
  own labelled path «گروه : X » Y»;
- a WordPress menu of category links, the story's category marked current;
- a publication date written after its label element («<span>تاریخ انتشار: </span>۱۲ …»)."""
from __future__ import annotations

from palayesh import extract

TITLE = "برگزاری نشست سالانه کتابداران کشور در شیراز"
LEAD = "نشست سالانه کتابداران کشور با حضور مدیران کتابخانه‌های عمومی در شیراز برگزار شد."
STORY = ["به گزارش پایگاه خبری نمونه، نشست سالانه کتابداران کشور امروز با حضور مدیران کتابخانه‌ها در شیراز آغاز شد.",
         "در این نشست، مشکلات کتابخانه‌های شهرهای کوچک بررسی و راهکارهایی برای گسترش کتاب‌خوانی پیشنهاد شد.",
         "دبیر نشست گفت که گزارش کامل این دیدار تا پایان هفته برای همه کتابخانه‌های کشور فرستاده می‌شود."]


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


def test_subtitle_above_the_headline_is_its_kicker():
    """A sports site's header: «<h4 class="news-page--subtitle">» over the <h1>, then «<p
    class="news-page--news-lead">». Both classes say lead, but what stands above the headline is
    its kicker; the lead is the one under it, and stays out of the story."""
    kicker = "سناریوی دیدار رفت تکرار نشد؛"
    page = ("<html><body><nav><ul><li><a href='/'>صفحه اصلی</a></li><li><a href='/t'>جدول</a></li></ul></nav>"
            "<div class='news-page'><div class='news-page--news-info'>کد خبر: 12345 زمان: 19:04 1398/02/11</div>"
            f"<h4 class='news-page--subtitle'>{kicker}</h4><!-- news title -->"
            f"<h1 class='news-page--news-title'>{TITLE}</h1>"
            f"<p class='news-page--news-lead'>{LEAD}</p><div class='news-page--news-text'>{_story()}</div>"
            "</div></body></html>")
    a = extract(page)
    assert (a.title, a.surtitle, a.lead) == (TITLE, kicker, LEAD)
    assert a.paragraphs == STORY


def test_dropdown_menu_from_home_is_no_trail():
    """The header's first dropdown lists the home page and one more item («<ul
    class="dropdown-menu" role="menu">»): a menu, not a trail, whatever its first item; the
    story's labelled path «گروه : استان‌ها » شیراز» names the section."""
    page = ("<html><body><ul class='nav navbar-nav'><li class='dropdown'><a href='/x'>صفحه نخست</a>"
            "<ul class='dropdown-menu' role='menu'><li><a href='https://example.ir/'>صفحه نخست</a></li>"
            "<li><a href='https://example.ir/all'>عناوین همه خبرها</a></li></ul></li></ul>"
            "<div class='news_toolbar'><div class='news_path'>گروه : <a href='/fa/states'>استان‌ها</a>"
            " » <a href='/fa/states/7'>شیراز</a></div></div>"
            f"<div class='news_body'><h1>{TITLE}</h1><div class='body'>{_story()}</div></div></body></html>")
    assert extract(page).section == "شیراز"


def test_category_menu_item_is_no_section_label():
    """WordPress writes every category link of its menu as «<li class="menu-item
    menu-item-object-category">»: the class names a category, yet the item is one of the menu's;
    the story's section is the item the menu marks as the post's («current-post-parent»)."""
    names = ["فناوری", "پزشکی", "تاریخ", "سینما", "سبک زندگی"]
    items = "".join(f"<li class='menu-item menu-item-type-taxonomy menu-item-object-category"
                    f"{' current-post-ancestor current-menu-parent current-post-parent' if n == 'تاریخ' else ''}'>"
                    f"<a href='/archives/category/{i}'>{n}</a></li>" for i, n in enumerate(names))
    page = (f"<html><body><div class='main-menu'><ul id='menu-01' class='menu'>{items}</ul></div>"
            f"<article class='post-content'><h1 class='post-title'>{TITLE}</h1>"
            f"<div class='entry-content'>{_story()}</div></article></body></html>")
    assert extract(page).section == "تاریخ"


def test_date_after_its_label_element():
    """«<div><span class="news_nav_title">تاریخ انتشار: </span>۱۲ اردیبهشت ۱۳۹۸ - ۱۶:۱۲</div>»:
    the date is the text after the label's element; the header's day bar above is today's."""
    page = ("<html><body><div class='today_date'>جمعه ۲۷ اردیبهشت ۱۳۹۸</div>"
            "<ul><li><a href='/'>صفحه نخست</a></li><li><a href='/p'>سیاسی</a></li><li><a href='/s'>ورزشی</a></li>"
            "<li><a href='/c'>فرهنگی</a></li></ul>"
            "<div class='news_toolbar'><div class='news_nav'><span class='news_nav_title'>کد خبر: </span>۶۹۱۹</div>"
            "<div class='views'><!-- counter -->۱۲۳ بازدید: ۴</div>"
            "<div class='news_nav news_pdate_c'><span class='news_nav_title'>تاریخ انتشار: </span>"
            "۱۲ اردیبهشت ۱۳۹۸ - ۱۶:۱۲</div></div>"
            f"<div class='news_body'><h1>{TITLE}</h1><div class='body'>{_story()}</div></div></body></html>")
    assert extract(page).published == "2019-05-02T16:12+04:30"
