"""Family set AQ's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_aq`)."""
from __future__ import annotations

#: the families, in the order of a seeded shuffle (``random.Random("aq-split:373").shuffle`` of them in the brief's
#: order), drawn before anything was scored; the split alternates over it (``aqdev``: the 1st, 3rd, 5th and 7th)
FAMILIES = ["water_ministry", "smartphone_reviews", "flood_warnings", "calligraphy_blogs", "history_podcasts",
            "persian_novels", "currency_market", "pilgrim_caravans"]
#: the families in the brief's order (the kinds 1 … 8 of it), the order shuffled
BRIEF_ORDER = ["calligraphy_blogs", "water_ministry", "history_podcasts", "flood_warnings", "currency_market",
               "pilgrim_caravans", "smartphone_reviews", "persian_novels"]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"calligraphy_blogs": "blogger", "water_ministry": "gov", "history_podcasts": "podcast",
        "flood_warnings": "cache", "currency_market": "syndication", "pilgrim_caravans": "channel",
        "smartphone_reviews": "shopmag", "persian_novels": "ebook"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "calligraphy_blogs": [("khat-e-khosh.blogspot.com", "خط خوش", "یادداشت‌های یک خوشنویس"),
                          ("nastaliq-negar.blogspot.com", "نستعلیق‌نگار", "وبلاگ آموزش و نقد خوشنویسی"),
                          ("ghalam-o-morakkab.blogspot.com", "قلم و مرکب", "دفتر مشق شب")],
    "water_ministry": [("www.vezarat-ab.gov.ir", "وزارت آب و انرژی", "پایگاه اطلاع‌رسانی وزارت آب و انرژی"),
                       ("abfa-kavir.ir", "شرکت آب و فاضلاب کویر", "پورتال خبری شرکت آب و فاضلاب استان کویر"),
                       ("sazman-sadha.gov.ir", "سازمان سدها و شبکه‌ها", "درگاه سازمان سدها و شبکه‌های آبیاری")],
    "history_podcasts": [("podkadeh.com", "پادکده", "شنیدن و کشف پادکست‌های فارسی"),
                         ("radio-tarikh.ir", "رادیو تاریخ", "روایت‌های صوتی از گذشته"),
                         ("castnegar.fm", "کست‌نگار", "Podcast hosting for Persian creators")],
    "flood_warnings": [("seil-khabar.ir", "سیل‌خبر", "پایگاه خبری مدیریت بحران"),
                       ("hoshdar-news.com", "هشدارنیوز", "اخبار هواشناسی و مخاطرات طبیعی"),
                       ("abohava24.ir", "آب‌وهوا ۲۴", "خبر و پیش‌بینی لحظه‌به‌لحظه")],
    "currency_market": [("www.msn.com", "MSN", "اخبار از منابع معتبر"),
                        ("news.nama-portal.com", "نماپورتال", "خبرهای برگزیده از رسانه‌ها"),
                        ("feed.sarkhat-plus.ir", "سرخط پلاس", "خوراک خبری شرکای رسانه‌ای")],
    "pilgrim_caravans": [("eitaa.com", "کاروان‌های زیارتی", "کانال اطلاع‌رسانی اعزام زائران"),
                         ("rubika.ir", "زائرنامه", "اخبار سفرهای زیارتی و کاروان‌ها"),
                         ("splus.ir", "همسفران عتبات", "کانال خبری زائران عتبات عالیات")],
    "smartphone_reviews": [("mag.digiland.ir", "دیجی‌لند مگ", "مجله خبری و بررسی کالا"),
                           ("blog.techbazar.com", "مجله تک‌بازار", "راهنمای خرید و نقد گوشی"),
                           ("majalle.mobokala.ir", "مجله موبوکالا", "همه چیز درباره موبایل")],
    "persian_novels": [("ebook.varagh.ir", "ورق", "کتابخانه الکترونیک همراه شما"),
                       ("navaar-ketab.com", "نوار کتاب", "فروشگاه کتاب الکترونیک و صوتی"),
                       ("fidar-book.ir", "فیدار", "کتاب بخوانید، هر جا که هستید")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "calligraphy_blogs": ["crumb", "jalali", "mobile"],  # a theme with a trail; a Jalali date plugin; the ?m=1 view
    "water_ministry": ["dnn", "sitefinity", "latin"],  # the portal's CMS and date habit
    "history_podcasts": ["ld", "arabic", "en"],  # an age and JSON-LD; Arabic-Indic digits; English chrome
    "flood_warnings": ["google", "bing", "textonly"],  # Google's cache, Bing's cache, Google's text-only version
    "currency_market": ["msn", "portal", "feed"],  # the portal's layout
    "pilgrim_caravans": ["eitaa", "rubika", "splus"],  # the messenger's web view
    "smartphone_reviews": ["slash", "label", "pipe"],  # how the magazine shows its category
    "persian_novels": ["crumb", "label", "undated"],  # the store's book page
}
#: each family's sections (a trail's last step, a label's value, a category)
SECTIONS = {
    "calligraphy_blogs": ["نستعلیق", "شکسته نستعلیق", "خط ثلث", "نقد آثار"],
    "water_ministry": ["آب و فاضلاب", "سد و نیروگاه", "اخبار استان‌ها", "مدیریت مصرف"],
    "history_podcasts": ["تاریخ", "جامعه و فرهنگ", "روایت", "مستند صوتی"],
    "flood_warnings": ["حوادث", "محیط زیست", "هواشناسی", "مدیریت بحران"],
    "currency_market": ["اقتصاد", "بازار ارز", "طلا و سکه", "بورس"],
    "pilgrim_caravans": ["زیارت"],  # (no section: a channel's post has none)
    "smartphone_reviews": ["موبایل", "بررسی گوشی", "راهنمای خرید", "اخبار تکنولوژی"],
    "persian_novels": ["رمان ایرانی", "رمان خارجی", "داستان کوتاه", "ادبیات کلاسیک"],
}
#: the parent steps of the trails that go deeper than one step (the family's own sections are the last step)
PARENTS = {"water_ministry": "اخبار", "smartphone_reviews": "دیجی‌لند مگ", "persian_novels": "کتاب الکترونیک",
           "currency_market": "اخبار"}
#: the top menus of the sites that show one
MENUS = {
    "water_ministry": ["صفحه اصلی", "درباره وزارتخانه", "معاونت‌ها", "خدمات الکترونیک", "قوانین و مقررات",
                       "سامانه ۱۱۱", "ارتباط با ما"],
    "flood_warnings": ["صفحه نخست", "اخبار فوری", "هشدارها", "نقشه بارش", "گزارش تصویری", "تماس با ما"],
    "smartphone_reviews": ["خانه", "موبایل", "لپ‌تاپ", "گیمینگ", "لوازم خانگی", "ویدیو"],
    "persian_novels": ["خانه", "دسته‌بندی‌ها", "کتاب صوتی", "پرفروش‌ها", "تخفیف‌ها", "کتابخانه من"],
    "history_podcasts": ["تاریخ معاصر", "ایران باستان", "زندگی‌نامه", "جنگ‌ها", "اسطوره‌ها"],
}
#: the deep menus of a ministry's portal (a submenu under its items)
SUBMENUS = ["معاونت آب و آبفا", "معاونت برق و انرژی", "دفتر حراست", "مرکز روابط عمومی", "صندوق توسعه آب"]
#: short comments, replies and remarks
COMMENTS = ["خیلی عالی بود، ممنون 🌹", "لطفا ادامه بدید", "منبع این مطلب کجاست؟", "دست مریزاد",
            "با این نظر موافق نیستم", "کاش نمونه بیشتری می‌ذاشتید", "سلام، قسمت بعدی کی منتشر میشه؟",
            "خدا قوت 🙏", "قیمتش خیلی بالاست", "من خریدم و راضی‌ام"]
#: the hashtags and emoji a channel's posts carry
HASHTAGS = ["#اربعین", "#زائران", "#کاروان_زیارتی", "#عتبات", "#اطلاع_رسانی", "#خبر_فوری"]
#: products a shop magazine's boxes sell
PRODUCTS = ["گوشی موبایل سامسونگ مدل Galaxy A56 ظرفیت ۲۵۶ گیگابایت", "گوشی موبایل شیائومی مدل Redmi Note 14 Pro",
            "گوشی موبایل اپل مدل iPhone 16 ظرفیت ۱۲۸ گیگابایت", "هدفون بی‌سیم انکر مدل Soundcore Q30",
            "پاوربانک ۲۰۰۰۰ میلی‌آمپر ساعت باسئوس", "ساعت هوشمند شیائومی مدل Redmi Watch 5"]
#: short lines a book page quotes under «بخشی از کتاب»
QUOTES = ["آن شب باران بند نیامد و من تا صبح به صدای ناودان گوش دادم.",
          "هیچ‌کس نمی‌دانست پیرمرد آن نامه را کجا پنهان کرده است.",
          "شهر از دور شبیه چراغ‌های یک کشتی بود که در تاریکی لنگر انداخته باشد.",
          "گفتم برمی‌گردم، اما راه برگشت را باد با خودش برده بود."]
#: people's handles
HANDLES = ["zaer_110", "ali_ghalam", "narges_k", "mohsen.r", "ketabkhoon", "tahlilgar", "saba_m", "reza1360"]
