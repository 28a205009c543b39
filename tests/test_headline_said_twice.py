"""A flat page that says its headline twice: high in the header (over the site's menu, as a page's
title leads it) and again right over the story (under its summary), with a ticker's headlines in
between. The line said twice is the page's headline, not the ticker's last item, which stands
nearer the story. The page is written in the test."""
from __future__ import annotations

from palayesh import extract

HEADLINE = "برباتوف: بیش از آرسنال خواهان پیروزی بودیم"
TICKER = ["بازیکنان ایرانی به حیطه وظیفه خود آشنا نیستند", "دستیار جلالی قرارداد خود را تمدید کرد",
          "هر شش وزنه‌بردار ایرانی شانس کسب مدال را دارند"]
LEAD = ("لید: دیمیتار برباتوف، مهاجم موناکو که شب گذشته یکی از سه گل تیمش مقابل آرسنال را به ثمر رساند، "
        "گفت که آنها بیش از آرسنال به دنبال پیروزی بودند.")
BODY = ["تبریز - به گزارش ورزش سه، مهاجم بلغارستانی موفق شد گل دوم تیمش را در نیمه دوم به ثمر برساند و "
        "تیمش را پیش بیندازد. او پیش‌تر با پیراهن تاتنهام به آرسنال گل زده بود.",
        "برباتوف ادامه داد: آرسنال تیم خوبی است ولی امروز، بیش از آنها به پیروزی نیاز داشتیم و در تمام "
        "نقاط زمین می‌جنگیدیم تا پیروز شویم.",
        "همه چیز فوتبال به گل باز می‌گردد و ما امروز سه گل زدیم و پیروز شدیم و برای تیمی مثل آرسنال این "
        "نتیجه خیلی بد بود."]


def _page(top: list[str]) -> str:
    return "\n\n".join(["آیین‌نامه آنلاین", "نمونه سؤالات و اخبار آزمون", *top,
                        "صفحه نخست | قوانین راهنمایی | ثبت‌نام آنلاین | تماس", "پربیننده‌ها | پربحث‌ها", *TICKER,
                        "۶ دی ۱۳۹۹ (۰۶:۱۶)", LEAD, HEADLINE, *BODY, "© تمامی حقوق محفوظ است"])


def test_the_line_said_over_the_menu_and_over_the_story_is_the_headline():
    a = extract(_page([HEADLINE]))
    assert a.title == HEADLINE
    assert a.paragraphs == BODY

