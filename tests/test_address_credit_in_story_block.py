"""The story's origin linked under it by an address in a field whatever its label («پیوند مرجع:
https://www.isna.ir/news/…»), on a page whose tail nothing told apart from the story (a lone page of an
unseen site: its boxes and a long sentence of its footer read as more of the story): the address still
names the agency (:func:`palayesh.extract.credits._address_credit` over the story's lines too). Pages written
for this test."""
from __future__ import annotations

from palayesh.extract.text import extract_text

_STORY = ["مدیرکل راهداری استان گلستان روز گذشته در بازدید از محور گرگان به مشهد گفت: عملیات بهسازی این محور "
          "با اعتباری بالغ بر سیصد میلیارد ریال آغاز شده و تا پایان سال به بهره‌برداری می‌رسد.",
          "وی افزود: در این طرح بیش از چهل کیلومتر از محور روکش آسفالت می‌شود و نقاط حادثه‌خیز آن نیز اصلاح "
          "خواهد شد تا ایمنی رانندگان در سفرهای نوروزی افزایش یابد."]
#: the footer's sentence long enough to read as a paragraph of prose
_FOOTER = ("همه حقوق مادی و معنوی این پایگاه متعلق به شرکت راه‌پویان است و بازنشر مطالب آن تنها با ذکر نام "
           "پایگاه و پیوند به صفحه مطلب در سایت‌ها و شبکه‌های اجتماعی مجاز شمرده می‌شود.")


def _page(link: str) -> str:
    return "\n\n".join(["راه‌پویان", "خانه", "جاده‌ها", "ناوگان", "بهسازی محور گرگان به مشهد آغاز شد",
                        "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰", *_STORY, "/ک", link, "نوبت‌های سفر", "بلیت اتوبوس",
                        "پرسش‌های رایج", _FOOTER])


def test_an_agencys_address_under_a_story_whose_tail_ran_on_is_its_credit():
    a = extract_text(_page("پیوند مرجع: https://www.isna.ir/news/1401071409/"))
    assert a.agency == "ایسنا"


def test_an_address_of_another_site_there_is_no_credit():
    a = extract_text(_page("پیوند مرجع: https://www.rahpouyan.ir/news/1401071409/"))
    assert a.agency is None
