"""The <title>'s section beside a headline that holds a field's mark of its own (issue 12).

«پای دیابتی | جلد هفتم «تفسير كوثر» نوشته می‌شود | دیابت ایران»: the guillemets, a comma or a
spaced dash inside the headline split no field of the <title>; the menu's item beside it is the
section (and no site name).
"""
from __future__ import annotations

import pytest

from palayesh.extract.html import extract_html

_PAGE = """<html><head><title>پای دیابتی | {title} | دیابت ایران</title></head><body>
<header><div>دیابت ایران</div></header>
<nav><ul><li><a href="/fa/service/42">صفحه نخست</a></li><li><a href="/fa/service/71">دیابت بارداری</a></li>
<li><a href="/fa/service/16">پای دیابتی</a></li><li><a href="/fa/service/33">تغذیه</a></li>
<li><a href="/fa/service/26">ارتباط با ما</a></li></ul></nav>
<article><h2 class="kmyk22">{title}</h2><div>‏شنبه ‎۱۳۹۷/۰۶/۱۰‎ | ۳۶ نظر</div>
<p>{p}</p><p>{p}</p></article></body></html>"""
_P = ("به گزارش خبرنگار ما، پژوهشگران دانشگاه در نشستی که دیروز برگزار شد از نتایج تازه‌ترین بررسی خود "
      "درباره مراقبت از بیماران خبر دادند و گفتند که این یافته‌ها در ماه‌های آینده منتشر خواهد شد.")


@pytest.mark.parametrize("title", ["جلد هفتم «تفسیر کوثر» نوشته می‌شود",
                                   "کواچ، از خامس در کدام پست استفاده می‌کند؟",
                                   "پیش بازی منچسترسیتی - سوانسی"])
def test_the_titles_menu_item_beside_a_headline_with_marks_is_the_section(title):
    art = extract_html(_PAGE.format(title=title, p=_P))
    assert art.title == title
    assert art.section == "پای دیابتی"
