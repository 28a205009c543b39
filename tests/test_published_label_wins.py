"""A date the page labels as its publication date is the story's, wherever it stands: among the site
header's lines over the headline (with the page's share and print rows between), or beside a headline
that a theme shows in the page's ``<header>``, outside the ``<article>`` element. And an aggregator's
``<title>`` that names the story's agency as one of its parts: the agency, and the headline without it."""
from __future__ import annotations

from palayesh import extract

FLAT = """حافظان
پایگاه خبری حفظ و قرائت
٣ دی ١٣٩٥
رقیب تراشتگن در فهرست فروش بارسلونا!
حافظان | صوت و تصویر | آموزش | جدول مسابقات | ارتباط با ما | حفظ | قاریان
داغ‌ترین‌ها | آخرین‌ها
ویسی: چهارده بازی خانگی دور رفت نگرانم کرده
گومس: در بارسا پست اصلی خودم بازی نمی‌کنم
تاریخ انتشار: ۱۴ تیر ۱۳۹۵ - ۲۱:۴۳
به نقل از ورزش سه
زمان مطالعه: ١ دقیقه
شناسه خبر: ٧٢١٥٥٤٨
🖨 چاپ | 📧 ارسال
رقیب تراشتگن در فهرست فروش بارسلونا!
به گزارش ورزش سه، تنها یک سال پس از پیوستن به بارسلونا نتو در فهرست فروش این باشگاه قرار خواهد گرفت.
این ادعایی است که امروز یک روزنامه اسپانیایی مطرح کرد و گفت باشگاه هزینه‌هایش را جبران می‌کند.
نتو تابستان سال گذشته از والنسیا به بارسا پیوست تا رقیبی برای دروازه‌بان اصلی باشد، اما فرصت بازی نیافت.
"""


def test_a_labelled_date_among_the_header_lines_is_the_storys():
    a = extract(FLAT.encode())
    assert a.published == "2016-07-04T21:43+04:30"


def test_a_bare_date_over_the_menu_stays_the_visits():
    # without the label, the one date of the page's top is the site header's day (no story date)
    a = extract(FLAT.replace("تاریخ انتشار: ۱۴ تیر ۱۳۹۵ - ۲۱:۴۳\n", "").encode())
    assert a.published is None or not a.published.startswith("2016-07-04")


HTML = """<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>جمع گهری‌ها در صبا جمع شد</title></head>
<body><header class="top"><div class="brand">مرغ نیوز</div><div class="tag">اخبار صنعت طیور و بازار مرغ</div>
<h1 class="hd">جمع گهری‌ها در صبا جمع شد</h1>
<div class="row"><span>لیلا فراهانی</span> <span class="when">{when}</span></div></header>
<nav><ul><li><a href="/s/1">صفحه اصلی</a></li><li><a href="/s/2">قیمت روز</a></li>
<li><a href="/s/3">مرغ گوشتی</a></li></ul></nav>
<main><article><div class="body">
<p>پس از مایلی‌کهن و فریادشیران، نوبت به علیرضا پورمند رسید که با صبایی‌ها قرارداد ببندد.</p>
<p>پورمند تمایلی به منتشر شدن صحبت‌هایش نداشت و تأکید کرد که فعلاً مصاحبه نمی‌کند و دلایلش را هم گفت.</p>
<p>پورمند که ابتدای فصل گذشته به‌عنوان دستیار به گهر آمد، پس از استعفای سرمربی، سرمربی موقت تیم شد.</p>
</div></article></main></body></html>"""


def test_a_labelled_date_beside_a_headline_outside_the_article():
    a = extract(HTML.format(when="انتشار: سه‌شنبه ۵ بهمن ۱۴۰۰، ساعت ۰۷:۳۳").encode())
    assert a.title == "جمع گهری‌ها در صبا جمع شد"
    assert a.published == "2022-01-25T07:33+03:30"


def test_a_bare_date_beside_a_headline_outside_the_article_is_not_taken():
    a = extract(HTML.format(when="سه‌شنبه ۵ بهمن ۱۴۰۰").encode())
    assert a.published is None


AGGREGATOR = """<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>نشست شورای شهر برگزار شد :: خبرگزاری دانشجویان ایران (ایسنا) :: اتوبوس سفر</title></head>
<body><header><h1 class="logo"><a href="/"><img src="/logo.png" alt="اتوبوس سفر">اتوبوس سفر</a></h1>
<nav><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/s/2">پایانه‌ها</a></li>
<li><a href="/s/3">بلیت</a></li></ul></nav>
</header><main><article><div class="body">
<p>نشست شورای شهر صبح امروز با حضور اعضا و شهردار برگزار شد و درباره بودجه سال آینده گفت‌وگو شد.</p>
<p>رئیس شورا گفت که طرح‌های عمرانی نیمه‌تمام در اولویت قرار دارند و باید زودتر به پایان برسند.</p>
<p>در پایان نشست، اعضای شورا بر لزوم شفافیت در هزینه‌ها و گزارش ماهانه به مردم تأکید کردند.</p>
</div></article></main></body></html>"""


def test_an_aggregators_title_names_the_agency_apart_from_the_headline():
    a = extract(AGGREGATOR.encode())
    assert a.title == "نشست شورای شهر برگزار شد"
    assert a.agency == "ایسنا"

