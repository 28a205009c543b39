"""Family set AJ's tables: hosts, the form each host writes its pages in, the family's sections and the lines its
sites repeat (kept apart from the generator, :mod:`site_families_aj`)."""
from __future__ import annotations

FAMILIES = ["nuclear_talks", "refugee_route", "caspian_sturgeon", "saffron_export", "dust_storms",
            "pistachio_orchards", "heatwave_blackouts", "cheetah_conservation"]
#: (domain, name, tagline)
HOSTS = {
    "nuclear_talks": [("avayejahan.com", "آوای جهان", "بخش فارسی رادیو و تلویزیون آوای جهان"),
                      ("radiomarz.org", "رادیو مرز", "صدای آزاد برای شنوندگان فارسی‌زبان"),
                      ("didban-international.tv", "دیدبان اینترنشنال", "شبکه خبری فارسی‌زبان از لندن")],
    "refugee_route": [("farsi-zagros.fm", "رادیو زاگرس", "رادیوی فارسی‌زبان اروپا"),
                      ("pegah-world.com", "پگاه جهان", "سرویس فارسی شبکه جهانی پگاه"),
                      ("mostaghel-farsi.com", "روزنامه مستقل", "روزنامه مستقل به زبان فارسی")],
    "caspian_sturgeon": [("khazar-news.ir", "خزرنيوز", "پايگاه اطلاع‌رساني درياي خزر"),
                         ("shomal-press.com", "شمال‌پرس", "نشريه الكترونيكي استان‌هاي شمالي"),
                         ("bandar-anzali24.ir", "انزلی ۲۴", "پرتال خبری شهرستان بندر انزلی")],
    "saffron_export": [("torbat-khabar.ir", "تربت خبر", "پرتال خبری تربت حیدریه"),
                       ("zafaran-online.com", "زعفرانیه آنلاين", "اولين سايت تخصصي زعفران ايران"),
                       ("gonabad-portal.ir", "گناباد پرتال", "پایگاه خبری شهرستان گناباد")],
    "dust_storms": [("sistan-rooz.ir", "سیستان روز", "پایگاه خبری سیستان و بلوچستان"),
                    ("khuzestan-akhbar.ir", "اخبار خوزستان", "خبرگزاری محلی خوزستان"),
                    ("zabol-now.com", "زابل ناو", "اخبار لحظه‌ای زابل")],
    "pistachio_orchards": [("rafsanjan-news.ir", "رفسنجان نیوز", "پایگاه خبری رفسنجان"),
                           ("pesteh-bazar.com", "بازار پسته", "اخبار باغداران و بازار پسته"),
                           ("kerman-khabar.ir", "کرمان خبر", "پرتال خبری استان کرمان")],
    "heatwave_blackouts": [("barq-news.ir", "برق نیوز", "پایگاه خبری صنعت برق"),
                           ("garmaye-shahr.com", "گرمای شهر", "مجله شهری گرما و انرژی"),
                           ("tavanir-khabar.ir", "توان خبر", "اخبار شبکه سراسری برق")],
    "cheetah_conservation": [("yuz-irani.org", "یوز ایرانی", "خبرهای حیات وحش از لندن"),
                             ("hayat-vahsh-tv.com", "حیات وحش تی‌وی", "بخش فارسی شبکه طبیعت"),
                             ("touran-news.ir", "توران نيوز", "سايت خبري منطقه حفاظت شده توران")],
}
#: each host's page forms: (its HTML forms, its flat-text forms, the share of HTML pages)
FORMS = {
    "nuclear_talks": [(["bbc", "bbc", "amp"], ["reader", "copy"], 0.75), (["farda"], ["copy", "reader"], 0.7),
                      (["intl"], ["copy"], 0.7)],
    "refugee_route": [(["farda", "amp"], ["wet"], 0.7), (["bbc"], ["copy"], 0.75), (["dw"], ["reader"], 0.7)],
    "caspian_sturgeon": [(["table", "table", "print"], ["copy"], 0.75), (["table"], ["wet"], 0.7),
                         (["portal", "print"], ["copy"], 0.7)],
    "saffron_export": [(["portal", "portal", "print"], ["copy"], 0.7), (["table", "print"], ["wet"], 0.75),
                       (["portal", "amp"], ["reader"], 0.7)],
    "dust_storms": [(["amp", "portal"], ["copy"], 0.7), (["amp", "amp", "portal"], ["wet"], 0.7),
                    (["portal", "amp"], ["copy"], 0.7)],
    "pistachio_orchards": [(["portal"], ["wet", "wet", "copy"], 0.3), (["table"], ["wet", "copy"], 0.3),
                           (["portal"], ["wet"], 0.3)],
    "heatwave_blackouts": [(["portal"], ["reader", "copy"], 0.3), (["bbc"], ["reader", "copy"], 0.4),
                           (["portal"], ["copy", "copy", "reader"], 0.3)],
    "cheetah_conservation": [(["intl", "amp"], ["reader"], 0.7), (["dw"], ["copy"], 0.7),
                             (["table", "print"], ["copy"], 0.7)],
}
#: each family's sections (the topic tag, the service row, the breadcrumb's last item)
SECTIONS = {
    "nuclear_talks": ["ایران", "خاورمیانه", "برنامه هسته‌ای", "دیپلماسی"],
    "refugee_route": ["مهاجران", "اروپا", "افغانستان", "حقوق بشر"],
    "caspian_sturgeon": ["محيط زيست", "شيلات", "درياي خزر", "اقتصاد استان"],
    "saffron_export": ["کشاورزی", "صادرات", "اقتصاد شهرستان", "بازار زعفران"],
    "dust_storms": ["محیط زیست", "ریزگردها", "سلامت", "حوادث استان"],
    "pistachio_orchards": ["کشاورزی", "باغداری", "صادرات پسته", "آب و خشکسالی"],
    "heatwave_blackouts": ["انرژی", "خاموشی", "صنعت برق", "شهری"],
    "cheetah_conservation": ["حیات وحش", "محیط زیست", "طبیعت", "ایران"],
}
#: a broadcaster's or a portal's top menu
MENUS = {
    "broadcast": ["صفحه اول", "ایران", "جهان", "اقتصاد", "ورزش", "فرهنگ و هنر", "ویدیو", "پادکست", "گزارش ویژه",
                  "پربیننده‌ترین‌ها"],
    "old": ["صفحه اصلي", "اخبار", "مقالات", "گالري عكس", "آرشيو", "درباره ما", "تماس با ما"],
    "portal": ["صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "شهرستان‌ها", "چندرسانه‌ای",
               "آرشیو", "تماس با ما"],
}
#: what photos of each family show (their captions)
CAPTIONS = {
    "nuclear_talks": ["نمایی از تاسیسات غنی‌سازی در حومه شهر", "دیپلمات‌ها پیش از آغاز دور تازه مذاکرات",
                      "بازرسان آژانس در راه بازدید از یک سایت"],
    "refugee_route": ["مهاجران در مرز پیش از عبور از رودخانه", "قایقی حامل پناهجویان در نزدیکی ساحل",
                      "اردوگاه موقت پناهجویان در حاشیه شهر"],
    "caspian_sturgeon": ["صيد ماهي خاوياري در سواحل خزر", "مركز تكثير ماهيان خاوياري", "صيادان در اسكله بندر"],
    "saffron_export": ["برداشت گل زعفران در مزارع خراسان", "جداسازی کلاله زعفران در کارگاه خانگی",
                       "بسته‌بندی زعفران برای صادرات"],
    "dust_storms": ["آسمان شهر در روز طوفان گرد و خاک", "تالاب خشک‌شده در حاشیه شهر",
                    "مردم با ماسک در خیابان‌های شهر"],
    "pistachio_orchards": ["باغ پسته در آستانه برداشت", "خشک کردن پسته در پایانه فرآوری",
                           "چاه کشاورزی در باغ‌های پسته"],
    "heatwave_blackouts": ["خیابان‌های تاریک پس از قطع برق", "نیروگاه حرارتی در روزهای اوج مصرف",
                           "دماسنج خیابانی در ظهر تابستان"],
    "cheetah_conservation": ["یوزپلنگ آسیایی در دشت توران", "محیط‌بانان در حال پایش منطقه حفاظت‌شده",
                             "تصویر دوربین تله‌ای از یک توله یوز"],
}
IMAGE_SOURCES = ["Getty Images", "Reuters", "AFP", "EPA", "AP", "عکس از شبکه‌های اجتماعی", "Anadolu"]
#: the «related topics» a broadcaster lists under a story (beside the story's own topic)
TOPICS = {
    "nuclear_talks": ["آژانس بین‌المللی انرژی اتمی", "تحریم‌ها", "اروپا", "آمریکا"],
    "refugee_route": ["پناهجویان", "ترکیه", "آلمان", "مرزها"],
    "cheetah_conservation": ["حیوانات در خطر انقراض", "محیط‌بانی", "تغییرات اقلیمی", "پارک‌های ملی"],
    "heatwave_blackouts": ["برق", "گرما", "مصرف انرژی", "شهرها"],
}
#: reporters and their roles (a broadcaster's byline names the writer's role)
ROLES = ["خبرنگار", "خبرنگار اقتصادی", "تحلیلگر امور خاورمیانه", "گزارشگر محیط زیست", "دبیر بخش ایران",
         "خبرنگار در اروپا"]
PORTAL_WIDGETS = ["اوقات شرعی", "نرخ ارز", "وضعیت هوا"]
OLD_LINKS = ["صفحه اصلي", "ارسال خبر", "نسخه چاپي", "ارسال به دوستان", "آرشيو اخبار"]
