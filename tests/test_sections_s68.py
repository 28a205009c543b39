"""Section shapes the s68 probe runs found missed (trails ending in the headline without their home, a
«posted in» label listing two categories, a menu whose current item only bold type marks)."""
import lxml.html

from palayesh.extract import extract
from palayesh.extract.menusection import emphasized_item
from palayesh.extract.sections import headline_trail, in_label_value

HEADLINE = "نگاهی به هفته هفتم لیگ برتر انگلیس"
STORY = ("در هفته هفتم لیگ برتر انگلیس منچستریونایتد که این روزها نتایج خوبی نمی‌گیرد باید در ورزشگاه لایت "
         "به دیدار ساندرلند برود و شاگردان مربی در فصل جاری نمایش خوبی نداشته‌اند.")


def test_a_trail_of_one_item_ends_with_the_headline_past_a_strong_mark():
    assert headline_trail("ورزش › " + HEADLINE, HEADLINE) == ["ورزش", HEADLINE]
    assert headline_trail("ورزش » " + HEADLINE, HEADLINE) == ["ورزش", HEADLINE]
    # (past a bar or a slash, one item may be the story's kicker: no trail without its home)
    assert headline_trail("ورزش / " + HEADLINE, HEADLINE) is None
    assert headline_trail("گزارش ویژه | " + HEADLINE, HEADLINE) is None


def _page(line: str) -> str:
    return "\n".join(["پیک", "خانه | سیاسی | اقتصادی | فرهنگی | تماس با ما", "", HEADLINE,
                      "۲۷ بهمن ۱۴۰۳ - ۱۵:۲۷", line, "", STORY, STORY, "", "تمامی حقوق محفوظ است"]) + "\n"


def test_a_trail_under_the_headline_that_ends_with_it_names_the_section():
    # the section alone before the headline, then from the site's name (neither a home label)
    assert extract(_page("سیاست خارجی › " + HEADLINE)).section == "سیاست خارجی"
    assert extract(_page("پیک / ورزشی / " + HEADLINE)).section == "ورزشی"


def test_a_posted_in_label_listing_two_categories_names_the_first():
    assert in_label_value("منتشر شده در حوادث، علم و فناوری") == "حوادث"
    assert in_label_value("ارسال شده در دسته اقتصاد، بورس") == "اقتصاد"
    assert in_label_value("منتشر شده در خسارت، خسارت بدنه") == "خسارت بدنه"  # (its sub-category)
    assert in_label_value("در تهران، اصفهان و شیراز") is None  # (a bare «در» opens a sentence)


def _menu(items: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring("<html><body><nav><ul>%s</ul></nav><h1>عنوان</h1></body></html>" % items)


def test_the_one_bold_item_of_a_menu_is_the_page_it_is_on():
    plain = "<li><a href='/'>خانه</a></li><li><a href='/s'>جامعه</a></li><li><a href='/v'>ورزش</a></li>"
    assert emphasized_item(_menu(plain + "<li><a href='/e'><strong>اقتصاد</strong></a></li>")) == "اقتصاد"
    assert emphasized_item(_menu(plain + "<li><b>اقتصاد</b></li>")) == "اقتصاد"  # (not linked)
    assert emphasized_item(_menu(plain + "<li><a href='/e'>اقتصاد</a></li>")) is None
    # (two bold items, or the home link in bold: no mark of the current page)
    assert emphasized_item(_menu(plain + "<li><b>اقتصاد</b></li><li><b>فرهنگ</b></li>")) is None
    assert emphasized_item(_menu("<li><a href='/'><b>اخبار</b></a></li>" + plain[26:]
                                 + "<li><a href='/e'>اقتصاد</a></li>")) is None
