"""Sections from breadcrumb trails that end with the story's headline: on lines and pages written here."""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.extract.sections import crumb_parts, section_from_crumb

STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."]


@pytest.mark.parametrize("line,section", [
    ("خانه / ورزش / نفرزاده ۱۲ ملی پوش اعزامی را انتخاب کرد", "ورزش"),        # digits in the headline
    ("خانه » اقتصاد » پیش‌بینی اختصاص ١٥٠٠ میلیارد تومان اعتبار", "اقتصاد"),
    ("خانه / جهان / مشارکت کشیش آمریکایی در فیلم جدید/فیلم دیگری در راه است", "جهان"),  # a bar in it
    ("خانه / اخبار استان / آمادگی تامین نیروی کار متخصص و مهارت آموخته کارخانه تولید لوله و پروفیل فلزی"
     " در چابهار و کنارک", "اخبار استان"),                                      # a long headline
])
def test_trail_ending_with_the_headline(line, section):
    parts = crumb_parts(line)
    assert parts is not None and section_from_crumb(parts) == section


@pytest.mark.parametrize("line", [
    "صفحه نخست | افغانستان | ولایات | منطقه و جهان | اقتصاد | ورزش | فرهنگ",   # a menu
    "خانه | ورزش | منطقه و جهان | فرهنگ و هنر",                                  # a short menu
    "خانه / ۱۴۰۲/۰۲/۰۳",                                                         # a date
    "خانه / 12 / سیاست / اقتصاد",
])
def test_menus_and_dates_are_no_trail(line):
    assert crumb_parts(line) is None


def test_text_page_trail_with_a_long_headline_and_digits():
    title = "افتتاح و بهره‌برداری از ۱۲۲ پروژه عمرانی و خدماتی در شهرستان سرباز با حضور استاندار و نماینده مردم"
    page = "\n\n".join(["صدای کرانه", "خانه | ورزش | اقتصاد | فرهنگ و هنر | اجتماعی | تماس با ما",
                        f"خانه / متفرقه / {title}", title, "نویسنده: مدیر — ۱ بهمن ۸۸", *STORY]) + "\n"
    a = extract(page)
    assert (a.section, a.title) == ("متفرقه", title)
