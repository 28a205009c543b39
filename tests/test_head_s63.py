"""Headlines and dates on layouts a run has not seen (s63).

Written fresh for s63 (small synthetic pages, no set's): a trail under the site's name that opens with
that name, over the headline; a day over the site's menu row against the date under the story.
"""
from __future__ import annotations

from palayesh import extract

STORY = [
    "به گزارش ورزش سه، تیم های فوتبال پرسپولیس ایران و الاهلی عربستان از چارچوب هفته سوم مرحله گروهی "
    "لیگ قهرمانان آسیا امشب در امارات به مصاف هم می روند و این دیدار برای هر دو تیم اهمیت زیادی دارد.",
    "ترکیب اصلی الاهلی دقایقی پیش از سوی خورخه فوساتی اعلام شد و بازیکنان فیکس این تیم در بازی امشب "
    "مشخص شدند و عمر السومه هم در ترکیب اصلی قرار دارد.",
]


def test_a_trail_that_opens_with_the_sites_name_frames_no_headline_of_that_name():
    # «<site> > مطالب > <section>» over the headline: the trail's first item is its home, the site's
    # name; a title bar opens with its headline («<headline> - <site>»), a trail does not
    head = "ترکیب الاهلی عربستان مقابل پرسپولیس اعلام شد"
    page = ["هفته‌نامه بامداد دنا", "", "روزنامه صبح استان سمنان", "", "جمعه ۲۲ فروردین ۱۳۹۹", "",
            "🏠 خانه • فوتبال جهان • فوتبال ایران • سیاسی • فرهنگی • استان‌ها", "",
            "هفته‌نامه بامداد دنا > مطالب > فوتبال ایران", head, "",
            "ترکیب یازده نفره تیم الاهلی عربستان برای رویارویی با پرسپولیس ایران اعلام شد.", "",
            "منتشر شده در ۹۸.۰۷.۲۰", "", *STORY]
    a = extract("\n".join(page))
    assert (a.title, a.section) == (head, "فوتبال ایران")


def test_a_day_over_the_sites_menu_row_gives_way_to_the_date_under_the_story():
    # «سه‌شنبه ۱۸ مهر ۱۳۹۶» under the paper's name, over its menu (items set apart by runs of spaces,
    # no bars): the site header's day; the story's own date stands alone under its last paragraph
    page = ["امروز: ۱۰ دسامبر ۲۰۱۸", "روزنامه عصر کارون", "", "نخستین روزنامه استان کرمانشاه", "",
            "سه‌شنبه ۱۸ مهر ۱۳۹۶", "",
            "صفحه اصلی  هنر و رسانه  فوتبال اروپا  سیاسی  جامعه  خواندنی‌ها  استانی  آگهی‌ها", "",
            "گروه: استانی", "", "خراسانی‌ها در اردوی تیم ملی جودو", "", *STORY, "۳ ژوئن ۲۰۱۷ - ۱۷:۲۷", "",
            "منبع خبر: خبرگزاری فارس", "", "خبرهای مشابه", "لغو پیشنهاد همکاری پستی ایران و آذربایجان",
            "آبی یا قرمز؟ امشب فقط و فقط یکی"]
    assert extract("\n".join(page)).published.startswith("2017-06-03")


def test_a_day_over_the_sites_menu_row_dates_a_story_dated_nowhere_else():
    page = ["روزنامه عصر کارون", "", "سه‌شنبه ۱۸ مهر ۱۳۹۶", "",
            "صفحه اصلی  هنر و رسانه  فوتبال اروپا  سیاسی  جامعه  خواندنی‌ها  استانی  آگهی‌ها", "",
            "گروه: استانی", "", "خراسانی‌ها در اردوی تیم ملی جودو", "", *STORY, "منبع خبر: خبرگزاری فارس"]
    assert extract("\n".join(page)).published.startswith("2017-10-10")


def test_the_sites_name_over_its_day_above_a_spaced_menu_row_is_no_dated_headline():
    # «<site> - <tagline>» over the header's day, then the menu (items set apart by runs of spaces,
    # read as a short line), a ticker, the headline, a trail and the story's date: the name over its
    # day stands above the menu, in the site's header; the headline is the line over the trail
    head = "سیاه‌جامگان و تکرار سناریوی هفته پیش"
    page = ["گلستان آنلاین - اخبار استان گلستان", "پنج‌شنبه ۲ شهریور ۱۳۹۶", "گرگان ۱۹° بارانی", "جستجو",
            "🏠   عکس   ورزش استان   استانداری   اجتماعی   اقتصادی   گرگان   شهرستان‌ها   ویدئو",
            "🔴 فوری:", "حسینی نظاره‌گر پیروزی ترابزون اسپور",
            "بهره‌مندی 6 شهر و 14 روستای دشتستان از نعمت گاز طبیعی", "نانی: رونالدو نگران مصدومیتش نیست",
            head, "Home / علی‌آباد کتول", "2017-07-08", "شناسه مطلب: ۶۰۹۱۹۹", "۳۳۸۰۸ بازدید",
            "کوچک | متوسط | بزرگ", "خلاصه:",
            "تیم سیاه جامگان درست مثل بازی هفته گذشته مقابل سپاهان در دقایق پایانی نیمه اول گل خورد.", *STORY]
    a = extract("\n".join(page))
    assert (a.title, a.published[:10]) == (head, "2017-07-08")
