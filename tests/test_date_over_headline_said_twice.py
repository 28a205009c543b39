"""The date over a headline the page says twice (issue 12): «<trail> | ۸ دی ۱۳۹۴» / <headline> / its meta
lines / <headline> again / <story>. The headline right under the date opens the article's header, so the
date is the story's, not the site header's day of the visit (:func:`palayesh.extract.pagedates._headline_under`)."""
from __future__ import annotations

from palayesh.extract.text import extract_text

_HEADLINE = "تیم والیبال زردان در مقابل اسفدن بی‌رنگ شد"
_STORY = ["جعفر علی‌آبادی امروز در گفت‌وگو با خبرنگار نخل نیوز در بیرجند اظهار کرد: مسابقات والیبال جوانان "
          "استان از هفته آینده در سالن شهید مفتح برگزار می‌شود.",
          "وی افزود: در این مسابقات دوازده تیم شرکت دارند که در دو گروه به صورت دوره‌ای با هم دیدار می‌کنند و "
          "دو تیم برتر هر گروه به مرحله بعد می‌روند."]
_MENU = ["نخل نیوز", "گالری", "بسته‌بندی", "نخلستان", "آفات نخل", "تماس با ما", "صادرات خرما"]
_META = ["زمان مطالعه: ۱ دقیقه", "کد خبر: ۷۲۵۹۰۵۶ | منبع: خبرگزاری فارس", "A+ | A- | چاپ"]


def test_the_date_right_over_the_first_of_two_headlines_is_the_storys():
    a = extract_text("\n\n".join([*_MENU, "🏠 » بسته‌بندی | ۸ دی ۱۳۹۴", _HEADLINE, *_META, _HEADLINE, *_STORY,
                                  "© ۱۴۰۲ نخل نیوز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali == "1394/10/08"


def test_a_date_over_another_line_than_the_headline_stays_the_sites():
    # (a ticker's headline under the site's date: the date is the header's, as before)
    a = extract_text("\n\n".join([*_MENU, "۸ دی ۱۳۹۴", "قیمت خرمای مضافتی در بازار بم امروز افزایش یافت",
                                  *_META, _HEADLINE, *_STORY, "© ۱۴۰۲ نخل نیوز"]))
    assert a.title == _HEADLINE
    assert a.published_jalali is None
