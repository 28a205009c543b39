"""Family set AP's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_ap`)."""
from __future__ import annotations

#: the families, in the order of a seeded shuffle (``random.Random("ap-split:367").shuffle`` of them in the brief's
#: order), drawn before anything was scored; the split alternates over it (``apdev``: the 1st, 3rd, 5th and 7th), so
#: each half holds one flat-text kind (Hugo sources, lynx dumps) and three HTML kinds
FAMILIES = ["bird_migration", "sleep_health", "solar_rooftops", "futsal_league", "caspian_fisheries",
            "urban_gardening", "carpet_weaving", "railway_freight"]
#: the families in the brief's order (the kinds 1 … 8 of it), the order shuffled
BRIEF_ORDER = ["urban_gardening", "futsal_league", "caspian_fisheries", "railway_freight", "bird_migration",
               "carpet_weaving", "solar_rooftops", "sleep_health"]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"urban_gardening": "virgool", "futsal_league": "aparat", "caspian_fisheries": "wayback",
        "railway_freight": "lynx", "bird_migration": "hugo", "carpet_weaving": "singlefile",
        "solar_rooftops": "discourse", "sleep_health": "ghost"}
#: the kinds whose pages are flat text (all of them); the others are HTML most of the time
TEXT_KINDS = ("lynx", "hugo")
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "urban_gardening": [("virgool.io", "انتشارات باغچه شهری", "جایی برای نوشتن از کشاورزی در شهر"),
                        ("www.virgool.io", "دفترچه سبز پشت‌بام", "یادداشت‌های یک باغبان آپارتمانی"),
                        ("m.virgool.io", "گلدان و خاک", "نوشته‌هایی درباره باغبانی خانگی")],
    "futsal_league": [("www.aparat.com", "فوتسال‌تی‌وی", "کانال اخبار و خلاصه بازی‌های فوتسال"),
                      ("aparat.com", "سالن‌نیوز", "ویدیوهای لیگ برتر فوتسال"),
                      ("m.aparat.com", "کانال هواداران فوتسال", "گزارش‌های ویدیویی سالن‌های ورزشی")],
    "caspian_fisheries": [("khazar-sayad.ir", "خزر صیاد", "پایگاه خبری شیلات و صیادی شمال"),
                          ("shilat-news.com", "شیلات‌نیوز", "اخبار آبزیان و صید"),
                          ("darya-shomal.ir", "دریای شمال", "رسانه تخصصی دریای خزر")],
    "railway_freight": [("rail-bar.ir", "ریل‌بار", "پایگاه خبری حمل بار ریلی"),
                        ("ghatar-news.com", "قطارنیوز", "اخبار راه‌آهن و ترابری"),
                        ("tarabar-online.ir", "ترابر آنلاین", "رسانه لجستیک و حمل‌ونقل")],
    "bird_migration": [("parandeh-nameh.github.io", "پرنده‌نامه", "یادداشت‌های پرنده‌نگری"),
                       ("kooch-parandegan.netlify.app", "کوچ پرندگان", "گزارش‌های پایش پرندگان مهاجر"),
                       ("tala-ab.ir", "تالاب‌نگار", "وبلاگ گروه دوستداران تالاب")],
    "carpet_weaving": [("farsh-news.ir", "فرش‌نیوز", "پایگاه خبری فرش دستباف"),
                       ("majalle-gelim.com", "مجله گلیم", "مجله هنرهای بافتنی"),
                       ("tar-o-pood.ir", "تار و پود", "وبلاگ بافندگان فرش")],
    "solar_rooftops": [("forum.khorshidi.ir", "انجمن خورشیدی", "گفت‌وگوی نصاب‌ها و مالکان پنل خورشیدی"),
                       ("community.panel-bam.com", "جامعه پنل بام", "انجمن برق خورشیدی خانگی"),
                       ("talk.energy-fa.org", "گفتگوی انرژی", "انجمن فارسی انرژی‌های تجدیدپذیر")],
    "sleep_health": [("khab-salem.ghost.io", "خواب سالم", "خبرنامه هفتگی سلامت خواب"),
                     ("blog.shab-aram.com", "شب آرام", "نوشته‌هایی درباره خواب و بی‌خوابی"),
                     ("sleepnameh.ir", "خواب‌نامه", "مجله علم خواب")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "urban_gardening": ["pub", "user", "mobile"],  # a post of a publication, a writer's post, the mobile site
    "futsal_league": ["ld", "jalali", "ago"],  # the day only in JSON-LD, a Jalali line under the video, only an age
    "caspian_fisheries": ["crumb", "kicker", "plain"],  # the captured page's layout: a trail, a kicker, neither
    "railway_freight": ["lynx", "lynx_kicker", "w3m"],  # lynx with a trail, lynx with a kicker line, w3m
    "bird_migration": ["yaml", "toml", "yaml_day"],  # front matter: YAML with the clock, TOML, YAML with the day
    "carpet_weaving": ["news", "magazine", "blog"],  # the saved page's layout
    "solar_rooftops": ["en", "sub", "fa"],  # the UI's language; a category under a parent category
    "sleep_health": ["casper", "source", "notag"],  # the Ghost theme; a Casper site without primary tags
}
#: each family's sections (a trail's, a kicker's, a category's or a primary tag)
SECTIONS = {
    "urban_gardening": ["کشاورزی شهری", "باغبانی", "محیط زیست", "سبک زندگی"],
    "futsal_league": ["ورزشی", "خبری", "رویدادها", "گزارش ورزشی"],
    "caspian_fisheries": ["شیلات", "دریا", "اقتصاد دریا", "محیط زیست دریایی"],
    "railway_freight": ["حمل بار", "راه‌آهن", "ترانزیت", "لجستیک"],
    "bird_migration": ["پرنده‌نگری", "تالاب‌ها", "حیات وحش", "گزارش میدانی"],
    "carpet_weaving": ["فرش دستباف", "صادرات فرش", "هنرهای سنتی", "بازار فرش"],
    "solar_rooftops": ["نصب پنل", "اینورتر و باتری", "قوانین و تعرفه", "تجربه کاربران"],
    "sleep_health": ["بی‌خوابی", "علم خواب", "سلامت روان", "عادت‌های شبانه"],
}
#: the parent categories of the Discourse site whose categories sit under one
PARENTS = {"نصب پنل": "فنی", "اینورتر و باتری": "فنی", "قوانین و تعرفه": "اخبار", "تجربه کاربران": "اخبار"}
#: the top menus of the sites whose pages show them (the captured, dumped and saved news sites)
MENUS = {
    "caspian_fisheries": ["صفحه اصلی", "اخبار", "گزارش", "گفت‌وگو", "چندرسانه‌ای", "تماس با ما"],
    "railway_freight": ["صفحه نخست", "اخبار ریلی", "حمل بار", "بندر و ترانزیت", "یادداشت", "درباره ما"],
    "carpet_weaving": ["خانه", "اخبار", "نمایشگاه‌ها", "گالری", "آموزش بافت", "ارتباط با ما"],
    "sleep_health": ["Home", "About", "Archive", "Membership"],
}
#: short comments, replies and remarks
COMMENTS = ["ممنون، خیلی مفید بود 🌱", "منبع این آمار کجاست؟", "من هم همین تجربه رو داشتم", "عالی بود، ادامه بدید",
            "کاش عکس بیشتری می‌ذاشتید", "این موضوع خیلی مهمه", "با بخش دوم موافق نیستم", "دمتون گرم 👏",
            "سؤال: هزینه‌اش حدودا چقدر میشه؟", "لینک گزارش کامل رو هم بذارید"]
#: people's handles
HANDLES = ["sabz_negar", "pooya_r", "khorshid88", "mahsa_b", "tahlil_chi", "ali_nasab", "nazanin_k", "behrooz_s"]
#: Aparat's fixed lines
APARAT_TOP = ["آپارات", "جستجو", "ورود و ثبت‌نام", "بارگذاری ویدیو"]
#: the Wayback Machine's toolbar months
WB_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
#: the Hugo sites' authors
AUTHORS = {"parandeh-nameh.github.io": "مهسا پرنده‌دوست", "kooch-parandegan.netlify.app": "گروه پایش کوچ",
           "tala-ab.ir": "کیان تالابی"}
#: cookie banners of the saved pages' sites
COOKIES = ["این وب‌سایت برای بهبود تجربه شما از کوکی‌ها استفاده می‌کند.",
           "ما از کوکی‌ها برای تحلیل بازدید و شخصی‌سازی محتوا استفاده می‌کنیم.",
           "با ادامه مرور این سایت، استفاده از کوکی‌ها را می‌پذیرید."]
