"""The links to a site's previous and next stories right under the story's last paragraph, «<label>:
<headline>» twice, the labels alike but for their last word («مطلب قبلی» / «مطلب بعدی», in words no
lexicon knows: --scramble renames them), are no lines of the story: a page alone tells them by their
shape (a barayand_digest at ``--n 100``); a story's own labelled lines under its prose stay."""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.textkeys import line_key

STORY = ["به گزارش خبرنگار ورزشی، تیم ملی فوتبال ساحلی ایران برای آماده‌سازی جهت حضور در جام جهانی به عمان سفر کرد.",
         "مرادی بعد از مصدومیت به بیمارستانی در مسقط منتقل شد و قرار است آنجا تحت عمل جراحی قرار بگیرد.",
         "کادر فنی تیم ملی ساحلی امیدوار است که این بازیکن تا پیش از شروع مسابقات به ترکیب تیم بازگردد."]


def _page(under: list[str]) -> str:
    return "\n\n".join(["ورزش‌نامه", "خانه | فوتبال | والیبال | تماس با ما", "مصدومیت بازیکن تیم ملی ساحلی در عمان",
                        "۱۴۰۲/۰۳/۱۲", *STORY, *under, "برچسب‌ها: فوتبال ساحلی", "کلیه حقوق محفوظ است"]) + "\n"


@pytest.mark.parametrize("pair", [("مطلب قبلی", "مطلب بعدی"), ("نوشتار پیشین", "نوشتار پسین")])
def test_the_links_to_the_previous_and_next_stories_go(pair):
    links = [f"{pair[0]}: سرمربی تیم ملی همچنان در حال محک زدن", f"{pair[1]}: چاق شدن مهاجم عربستان در اسپانیا"]
    got = [line_key(p) for p in extract(_page(links)).paragraphs]
    assert got == [line_key(p) for p in STORY]


def test_a_storys_own_labelled_lines_under_its_prose_stay():
    # (numbers in the labels; and a list of three under a paragraph)
    weights = ["وزن ۶۰ کیلوگرم: شیما آل سعدی و محدثه آقایی", "وزن ۶۵ کیلوگرم: طراوت خاکسار و فاطمه کاوندی"]
    wages = ["دستمزد سالیانه: پانزده میلیون و ششصد هزار پوند", "دستمزد ماهیانه: یک میلیون و دویست هزار پوند",
             "دستمزد هفتگی: سیصد هزار پوند برای این بازیکن"]
    for own in (weights, wages):
        got = [line_key(p) for p in extract(_page(own)).paragraphs]
        assert got[-len(own):] == [line_key(p) for p in own]
