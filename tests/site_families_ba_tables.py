"""Family set BA's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_ba`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``badev``, 5-8 ``baheld``
FAMILIES = ["saffron_fields", "barberry_farms", "quince_orchards", "pistachio_drying", "caviar_ponds",
            "sturgeon_rivers", "falcon_breeding", "date_palms"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"saffron_fields": "mdclip", "barberry_farms": "blog", "quince_orchards": "searchpage",
        "pistachio_drying": "cmspreview", "caviar_ponds": "prwire", "sturgeon_rivers": "webstory",
        "falcon_breeding": "instant", "date_palms": "market"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "saffron_fields": [("vault.zaferan-notes.ir", "دفترچه زعفران", "یادداشت‌های ذخیره‌شده"),
                       ("md.ghaen-clips.com", "بریده‌های قائن", "خروجی مارک‌داون صفحات"),
                       ("docs.torbat-press.ir", "اسناد تربت", "تبدیل صفحات خبری با pandoc")],
    "barberry_farms": [("zereshk-blog.github.io", "وبلاگ زرشک", "نوشته‌هایی درباره روستا و بازار"),
                       ("birjand.ghost-mag.io", "مجله بیرجند", "روایت‌های کوتاه از شرق کشور"),
                       ("zereshkzar.blogfa.com", "زرشک‌زار", "وبلاگ شخصی یک کشاورز")],
    "quince_orchards": [("www.behdaneh-news.ir", "خبرگزاری به‌دانه", "پایگاه خبری استان"),
                        ("www.bagh-e-beh.com", "باغ به", "خبر و گزارش"),
                        ("search.beh-rasaneh.ir", "جستجوگر به‌رسانه", "جستجوی سفارشی خبر")],
    "pistachio_drying": [("www.pesteh-khabar.ir", "پسته خبر", "اخبار کشاورزی و صادرات"),
                         ("preview.rafsanjan-daily.com", "رفسنجان امروز", "روزنامه الکترونیک"),
                         ("cms.kerman-agency.ir", "خبرگزاری کرمان‌زمین", "سامانه مدیریت اخبار")],
    "caviar_ponds": [("www.payam-resan.ir", "پیام‌رسان", "سامانه توزیع اطلاعیه‌های مطبوعاتی"),
                     ("mail.khazar-wire.com", "خزرسیم", "نسخه متنی اطلاعیه‌ها"),
                     ("www.eghtesad-sahel.ir", "اقتصاد ساحل", "پایگاه خبری اقتصادی شمال")],
    "sturgeon_rivers": [("stories.mahi-news.ir", "ماهی نیوز", "استوری‌های خبری"),
                        ("www.roud-khabar.com", "رود خبر", "وب‌استوری و گزارش تصویری"),
                        ("txt.sepidrud-media.ir", "سپیدرود مدیا", "متن استوری‌ها")],
    "falcon_breeding": [("telegra.ph", "Telegraph", "Telegra.ph"),
                        ("iv.shahin-channel.ir", "کانال شاهین", "نمای فوری مطالب کانال"),
                        ("ia.baz-media.com", "باز مدیا", "مقالات فوری")],
    "date_palms": [("www.nerkh-bazar.ir", "نرخ بازار", "قیمت لحظه‌ای ارز، طلا و سکه"),
                   ("www.bourse-kharma.com", "بورس خرما", "اخبار و داده‌های بازار سرمایه"),
                   ("txt.bam-eghtesad.ir", "بم اقتصاد", "نسخه متنی گزارش بازار")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "saffron_fields": ["obsidian", "markdownload", "pandoc"],  # a web clipper note; a «save as markdown» file; pandoc
    "barberry_farms": ["hugo", "ghost", "blogfa"],  # a Hugo theme; a Ghost post; a Blogfa blog
    "quince_orchards": ["cmssearch", "tagpage", "cse"],  # a CMS's search; a tag page; a programmable search frame
    "pistachio_drying": ["joomla", "headless", "newsroom"],  # Joomla's edit view; a headless preview; a newsroom's
    "caviar_ponds": ["wirepage", "wiretxt", "wirenews"],  # a PR wire's page; its text; a site carrying a release
    "sturgeon_rivers": ["ampstory", "storyviewer", "storytxt"],  # an AMP web story; a site's viewer; a text dump
    "falcon_breeding": ["telegraph", "instantview", "fbinstant"],  # telegra.ph; Telegram's IV; Instant Articles markup
    "date_palms": ["ratesite", "bourse", "markettxt"],  # a currency site; a stock-market site; a text copy
}
#: each family's sections (a trail's, a label's, a category, a tag's)
SECTIONS = {
    "saffron_fields": ["کشاورزی", "اقتصادی", "استانی", "اجتماعی"],
    "barberry_farms": ["روستا", "بازار", "سفرنامه", "کشاورزی"],
    "quince_orchards": ["اقتصادی", "استانی", "اجتماعی", "کشاورزی"],
    "pistachio_drying": ["اقتصادی", "کشاورزی", "صادرات", "استانی"],
    "caviar_ponds": ["شیلات", "صنعت و معدن", "کشاورزی", "بازرگانی"],
    "sturgeon_rivers": ["محیط‌زیست", "اجتماعی", "استانی", "اقتصادی"],
    "falcon_breeding": ["محیط‌زیست", "اجتماعی", "اقتصادی", "فرهنگی"],
    "date_palms": ["بازار ارز", "طلا و سکه", "بورس", "اقتصاد کلان"],
}
#: a site's top menu (markdown dumps and blogs)
MENU = ["صفحه نخست", "سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "چندرسانه‌ای", "تماس"]
#: tags a story's page lists (no section)
TAGS = ["زعفران", "صادرات", "قیمت", "کشاورزان", "خشکسالی", "بازار", "یارانه", "آب", "باغداران", "گمرک"]
#: a Hugo theme's menu and a Blogfa sidebar's links
HUGO_MENU = ["پست‌ها", "دسته‌ها", "برچسب‌ها", "جستجو", "درباره من"]
FRIENDS = ["وبلاگ باغ انار", "دهکده سبز", "یادداشت‌های یک معلم روستا", "کویرنامه"]
#: a CMS's editors and the revision notes of a story
EDITORS = ["دبیر سرویس", "ویراستار", "خبرنگار", "سردبیر"]
REVISIONS = ["ثبت اولیه", "ویرایش تیتر", "اصلاح لید", "افزودن عکس", "تأیید دبیر"]
#: a PR wire's companies
COMPANIES = ["شرکت آبزی‌پروران کاسپین", "گروه صنعتی مروارید سیاه", "شرکت تعاونی صیادان انزلی", "هلدینگ دریای سبز"]
#: a rate site's instruments (name, base price in rials)
RATES = [("دلار آمریکا", 584000), ("یورو", 632000), ("درهم امارات", 159000), ("پوند انگلیس", 738000)]
GOLD_ROWS = [("سکه امامی", 512000000), ("نیم‌سکه", 281000000), ("طلای ۱۸ عیار (گرم)", 48200000)]
SYMBOLS = ["خرما۱", "شپنا", "فولاد", "خساپا", "وبملت", "شستا"]
