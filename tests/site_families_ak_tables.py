"""Family set AK's tables: hosts, the form each host writes its pages in, the family's sections and the lines its
sites repeat (kept apart from the generator, :mod:`site_families_ak`)."""
from __future__ import annotations

FAMILIES = ["kabul_water", "afghan_returnees", "university_dorms", "dispute_councils", "volleyball_league",
            "steel_market", "home_solar", "electric_motorbikes"]
#: (domain, name, tagline)
HOSTS = {
    "kabul_water": [("shamshad-khabar.af", "شمشاد خبر", "تلویزیون و رسانهٔ خبری افغانستان"),
                    ("azadi-dari.org", "رادیو آزادی دری", "بخش دری رادیو اروپای آزاد"),
                    ("rooznama-kabul.af", "روزنامهٔ کابل", "روزنامهٔ مستقل صبح کابل")],
    "afghan_returnees": [("ariana-khabar.af", "آریانا خبر", "نخستین رسانهٔ خبری خصوصی افغانستان"),
                         ("sobh-haqiqat.com", "صبح حقیقت", "روزنامهٔ آزاد افغانستان"),
                         ("sedaye-herat.af", "صدای هرات", "رسانهٔ خبری ولایات غرب")],
    "university_dorms": [("news.unikhavar.ac.ir", "دانشگاه خاوران", "پایگاه اطلاع‌رسانی دانشگاه خاوران"),
                         ("pr.danesh-sahand.ac.ir", "دانشگاه صنعتی سهند", "اداره کل روابط عمومی دانشگاه"),
                         ("khabgah-blog.blogfa.com", "خوابگاه‌نشین‌ها", "دفتر خاطرات یک دانشجوی شهرستانی")],
    "dispute_councils": [("dadgostari-golestan.ir", "دادگستری کل استان گلستان", "پایگاه اطلاع‌رسانی دادگستری"),
                         ("shora-hal-ekhtelaf.gov.ir", "مرکز شوراهای حل اختلاف", "قوه قضاییه جمهوری اسلامی ایران"),
                         ("khabar-hub.ir", "خبرهاب", "همه خبرها از همه منابع")],
    "volleyball_league": [("tooreh-sport.ir", "توری اسپرت", "پایگاه تخصصی والیبال ایران"),
                          ("abshar-varzeshi.com", "آبشار ورزشی", "خبرهای داغ ورزش"),
                          ("sport-kade.ir", "ورزشکده", "نتایج زنده و اخبار ورزشی")],
    "steel_market": [("ahan-bazar.ir", "آهن‌بازار", "مرجع قیمت روز آهن‌آلات"),
                     ("felezat-news.com", "فلزات نیوز", "اخبار بازار فلزات و معادن"),
                     ("keshvar-varzesh.ir", "کشور ورزش", "خبرگزاری تخصصی ورزش کشور")],
    "home_solar": [("tech-roshan.ir", "تک روشن", "مجله فناوری و انرژی‌های نو"),
                   ("khorshid-khaneh.blogsky.com", "خورشید خانه", "تجربه‌های من با پنل خورشیدی"),
                   ("forum.barghsazan.ir", "انجمن برق‌سازان", "انجمن تخصصی برق و انرژی خورشیدی"),
                   ("energy-hub.ir", "انرژی‌هاب", "خبرهای انرژی از همه منابع")],
    "electric_motorbikes": [("motor-digital.ir", "موتور دیجیتال", "اخبار و بررسی وسایل نقلیه برقی"),
                            ("forum.savarkar.com", "انجمن سوارکاران موتور", "بزرگ‌ترین انجمن موتورسواران ایران"),
                            ("rekab-khabar.ir", "رکاب خبر", "تازه‌ترین خبرهای دنیای موتور"),
                            ("motori-man.blogfa.com", "موتوری من", "یادداشت‌های یک موتورسوار شهری")],
}
#: each host's page forms: (its HTML forms, its flat-text forms, the share of HTML pages)
FORMS = {
    "kabul_water": [(["kabul"], ["copy"], 0.75), (["azadi"], ["copy", "wet"], 0.7), (["hasht"], ["copy"], 0.7)],
    "afghan_returnees": [(["kabul"], ["wet"], 0.7), (["hasht"], ["copy"], 0.75), (["kabul", "azadi"], ["copy"], 0.7)],
    "university_dorms": [(["gov"], ["copy"], 0.75), (["gov"], ["wet"], 0.7), (["blog"], ["copy"], 0.7)],
    "dispute_councils": [(["gov"], ["copy"], 0.7), (["gov"], ["copy", "wet"], 0.75), (["aggregator"], ["copy"], 0.7)],
    "volleyball_league": [(["sport"], ["copy"], 0.75), (["sport"], ["wet"], 0.7), (["market"], ["copy"], 0.7)],
    "steel_market": [(["market"], ["copy"], 0.75), (["market"], ["wet"], 0.7), (["sport"], ["copy"], 0.7)],
    "home_solar": [(["tech"], ["copy"], 0.75), (["blog"], ["copy"], 0.7), (["forum"], ["copy", "wet"], 0.7),
                   (["aggregator"], ["copy"], 0.7)],
    "electric_motorbikes": [(["tech"], ["wet"], 0.7), (["forum"], ["copy"], 0.75), (["aggregator"], ["copy"], 0.7),
                            (["blog"], ["copy"], 0.7)],
}
#: each family's sections (the category over the headline, the breadcrumb's last item, a blog post's «موضوع»)
SECTIONS = {
    "kabul_water": ["افغانستان", "کابل", "اقتصاد", "گزارش‌ها"],
    "afghan_returnees": ["مهاجرین", "ولایات", "افغانستان", "حقوق بشر"],
    "university_dorms": ["اخبار دانشگاه", "معاونت دانشجویی", "امور خوابگاه‌ها", "دانشجویی"],
    "dispute_councils": ["اخبار استان", "شوراهای حل اختلاف", "اخبار قضایی", "اجتماعی"],
    "volleyball_league": ["والیبال", "لیگ برتر", "تیم ملی", "ورزش بانوان"],
    "steel_market": ["بازار فولاد", "آهن‌آلات", "معدن", "بورس کالا"],
    "home_solar": ["انرژی‌های نو", "خانه هوشمند", "برق خورشیدی", "آموزش"],
    "electric_motorbikes": ["خودروهای برقی", "موتورسیکلت", "بررسی", "بازار"],
}
#: the top menus by the kind of site
MENUS = {
    "afghan": ["صفحهٔ نخست", "افغانستان", "ولایات", "جهان", "اقتصاد", "ورزش", "ویدیوها", "دیدگاه", "گزارش‌ها",
               "تماس با ما"],
    "gov": ["صفحه اصلی", "درباره ما", "اخبار", "اطلاعیه‌ها", "خدمات الکترونیک", "قوانین و مقررات", "پیوندها",
            "نظرسنجی", "تماس با ما"],
    "special": ["صفحه نخست", "اخبار", "قیمت‌ها", "نتایج زنده", "بررسی", "ویدئو", "مقالات", "تبلیغات",
                "درباره ما"],
    "blog": ["خانه", "پست الکترونیک", "آرشیو وبلاگ", "عناوین مطالب وبلاگ"],
    "forum": ["انجمن", "جستجو", "کاربران", "قوانین انجمن", "ثبت نام", "ورود"],
    "aggregator": ["همه خبرها", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فناوری", "پربازدیدها", "منابع خبری"],
}
#: Afghan solar months (حمل = فروردین …), the Dari names of the Gregorian months, Persian ordinals of days
AFGHAN_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
DARI_GMONTHS = ["جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر",
                "دسمبر"]
_ORD = ["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم",
        "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"]
ORDINALS = _ORD + [f"بیست و {x}" for x in _ORD[:9]] + ["سی‌ام", "سی و یکم"]
#: a university's or a court's departments (the line over the headline) and its PR office (the credit under the story)
DEPARTMENTS = {
    "university_dorms": ["معاونت دانشجویی و فرهنگی", "اداره امور خوابگاه‌ها", "معاونت اداری و مالی"],
    "dispute_councils": ["معاونت اجتماعی و پیشگیری از وقوع جرم", "شورای حل اختلاف استان", "حوزه ریاست کل"],
}
VOLLEY_TEAMS = ["پیکان تهران", "شهرداری ورامین", "فولاد سیرجان", "سایپا", "شهداب یزد", "هورسان رامسر",
                "پاس گرگان", "آذرباتری ارومیه", "مس رفسنجان", "کاله مازندران"]
STEEL_ITEMS = ["میلگرد ۱۴ ذوب آهن اصفهان", "میلگرد ۱۶ فولاد کاوه", "تیرآهن ۱۸ ذوب آهن", "ورق سیاه ۳ میل فولاد مبارکه",
               "پروفیل ۴۰ در ۴۰", "نبشی ۵ آهن‌آلات", "لوله گالوانیزه ۱ اینچ"]
TICKER = ["دلار", "یورو", "سکه امامی", "طلای ۱۸ عیار", "شاخص کل", "مس لندن"]
SPEC_ROWS = {"home_solar": ["توان نامی: {a} وات", "بازده ماژول: {b} درصد", "ولتاژ مدار باز: {c} ولت",
                            "گارانتی: {d} سال"],
             "electric_motorbikes": ["توان موتور: {a} وات", "برد با یک بار شارژ: {b} کیلومتر", "باتری: {c} ولت لیتیومی",
                                     "حداکثر سرعت: {d} کیلومتر بر ساعت"]}
FORUM_USERS = ["moharram_1365", "برق‌کار_جوان", "reza.solar", "ناصر_موتوری", "kaveh1990", "سپیده_م", "admin_news",
               "مهندس_تبریزی"]
FORUM_REPLIES = ["ممنون از اشتراک‌گذاری، خیلی مفید بود", "کسی تجربه‌ای در این زمینه دارد؟",
                 "به نظرم قیمت‌ها باز هم بالا می‌رود", "لینک منبع اصلی را هم بگذارید لطفا", "سپاس، دنبال همین بودم",
                 "این موضوع قبلا هم در انجمن بحث شده بود", "امیدوارم این بار جدی پیگیری کنند"]
BLOG_LINKS = ["وبلاگ یک معلم روستا", "یادداشت‌های یک مهندس", "دلنوشته‌های شبانه", "کتابخانه کوچک من",
              "سفرنامه‌های ناتمام"]
