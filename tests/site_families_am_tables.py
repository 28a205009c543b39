"""Family set AM's tables: hosts, the shape each host saves its pages in, the family's sections and the lines its
sites repeat (kept apart from the generator, :mod:`site_families_am`)."""
from __future__ import annotations

FAMILIES = ["beach_football", "pension_funds", "science_museums", "water_polo", "medical_tourism", "snowbound_roads",
            "dairy_prices", "school_buses"]
#: (domain, name, tagline)
HOSTS = {
    "beach_football": [("match.sahel-sport.ir", "ساحل اسپرت", "مرکز مسابقات فوتبال ساحلی"),
                       ("pasteh.ir", "پیستِه", "اشتراک سریع متن"),
                       ("tabeshsport.wixsite.com", "باشگاه تابش بوشهر", "وبلاگ رسمی باشگاه")],
    "pension_funds": [("docs.google.com", "اسناد گوگل", "Google Docs"),
                      ("archive.kanoon-bazneshastegan.ir", "آرشیو کانال کانون بازنشستگان", "خروجی پیام‌های کانال"),
                      ("unroll-fa.app", "آنرول فارسی", "رشته‌توییت‌ها را یکجا بخوانید")],
    "science_museums": [("conf.museum-elm.ac.ir", "دومین همایش ملی موزه‌های علم و فناوری",
                         "دبیرخانه دائمی همایش"),
                        ("stories.danesh-nama.ir", "دانش‌نما", "استوری‌های خبری"),
                        ("moze-ha.notion.site", "شبکه موزه‌داران جوان", "یادداشت‌ها و خبرهای شبکه")],
    "water_polo": [("livescore.abi-varzesh.com", "آبی ورزش", "نتایج زنده و مرکز مسابقات"),
                   ("shenagaran.wixsite.com", "هیئت شنا و واترپلو", "وبلاگ هیئت استان"),
                   ("conf.varzesh-pajoohi.ir", "سومین همایش بین‌المللی علوم ورزشی", "دبیرخانه همایش")],
    "medical_tourism": [("sanad.salamat-safar.ir", "سند سلامت سفر", "اسناد منتشرشده انجمن"),
                        ("rishe-threads.com", "ریشه", "بایگانی رشته‌توییت‌ها"),
                        ("export.salamat-safar.ir", "بایگانی گروه سلامت سفر", "پیام‌های کانال و گروه")],
    "snowbound_roads": [("web-stories.rahnama-khabar.ir", "راهنما خبر", "وب‌استوری"),
                        ("matn-bin.ir", "متن‌بین", "ذخیره و اشتراک متن"),
                        ("jadde-amn.notion.site", "داوطلبان جاده امن", "صفحه اطلاع‌رسانی داوطلبان")],
    "dairy_prices": [("amp-stories.labaniat-news.ir", "لبنیات‌نیوز", "استوری‌های کوتاه خبری"),
                     ("conf.sanaye-labani.ir", "همایش ملی زنجیره تأمین شیر", "دبیرخانه علمی همایش"),
                     ("paste-khabar.ir", "پیست خبر", "متن را کپی کنید، لینک را بفرستید")],
    "school_buses": [("sarvis-madares.notion.site", "انجمن اولیای سرویس‌ها", "اطلاعیه‌ها و گزارش‌ها"),
                     ("threadbaz.ir", "رشته‌باز", "خواندن رشته‌توییت‌ها در یک صفحه"),
                     ("madrese-man.wixsite.com", "مدرسه من", "وبلاگ خبری اولیا و مربیان")],
}
#: each host's page forms: (its HTML form, its flat-text forms, the share of HTML pages)
FORMS = {
    "beach_football": [("match", ["copy"], 0.75), ("paste", ["copy", "wet"], 0.7), ("wix", ["copy"], 0.75)],
    "pension_funds": [("gdocs", ["copy"], 0.75), ("tgexport", ["whatsapp"], 0.75), ("thread", ["copy"], 0.75)],
    "science_museums": [("conference", ["copy", "wet"], 0.7), ("webstory", ["copy"], 0.75), ("notion", ["copy"], 0.75)],
    "water_polo": [("match", ["wet"], 0.7), ("wix", ["copy"], 0.75), ("conference", ["copy"], 0.7)],
    "medical_tourism": [("gdocs", ["wet"], 0.7), ("thread", ["copy"], 0.75), ("tgexport", ["whatsapp"], 0.75)],
    "snowbound_roads": [("webstory", ["copy"], 0.75), ("paste", ["copy"], 0.7), ("notion", ["copy", "wet"], 0.7)],
    "dairy_prices": [("webstory", ["wet"], 0.7), ("conference", ["copy"], 0.75), ("paste", ["copy"], 0.7)],
    "school_buses": [("notion", ["copy"], 0.75), ("thread", ["wet"], 0.7), ("wix", ["copy", "wet"], 0.7)],
}
#: each family's sections (a match centre's sport, a blog's category, a web story's kicker, a Notion page's «دسته»)
SECTIONS = {
    "beach_football": ["فوتبال ساحلی", "لیگ برتر", "تیم ملی", "ورزش استان"],
    "pension_funds": ["بازنشستگان", "رفاه اجتماعی", "صندوق‌ها", "اقتصادی"],
    "science_museums": ["موزه", "علم و فناوری", "فرهنگی", "آموزش"],
    "water_polo": ["واترپلو", "ورزش‌های آبی", "لیگ برتر", "تیم ملی"],
    "medical_tourism": ["گردشگری سلامت", "سلامت", "بیمارستان‌ها", "گردشگری"],
    "snowbound_roads": ["راه و جاده", "حوادث", "هواشناسی", "امداد و نجات"],
    "dairy_prices": ["بازار", "لبنیات", "کشاورزی و دام", "قیمت‌ها"],
    "school_buses": ["آموزش و پرورش", "مدارس", "حمل و نقل", "خانواده"],
}
#: the top menus by the kind of site (a Google Docs page, a Telegram export, a paste or a thread unroll has little)
MENUS = {
    "match": ["خانه", "نتایج زنده", "جدول لیگ", "برنامه بازی‌ها", "نقل و انتقالات", "ویدیو"],
    "paste": ["متن جدید", "متن‌های عمومی", "راهنما", "API", "ورود"],
    "wix": ["خانه", "درباره ما", "وبلاگ", "گالری", "تماس"],
    "gdocs": [],
    "tgexport": [],
    "thread": ["خانه", "رشته‌های داغ", "دسته‌ها", "درباره ما", "ورود با ایکس"],
    "conference": ["صفحه اصلی", "فراخوان مقالات", "محورهای همایش", "ارکان همایش", "ثبت‌نام", "تماس با دبیرخانه"],
    "webstory": [],
    "notion": [],
}
#: the Wix blog's category bar, which lists every category (the post's own shows under it)
WIX_ALL = "همه پست‌ها"
#: a Notion page's properties (their labels)
NOTION_PROPS = {"date": "تاریخ", "section": "دسته", "tags": "برچسب‌ها", "status": "وضعیت"}
#: the teams of the match centres
TEAMS = {"beach_football": ["ملوان بندرانزلی", "پارس جنوبی جم", "شهرداری بندرعباس", "ایفا اردکان", "گل‌سازان قشم",
                            "مس سرچشمه"],
         "water_polo": ["پالایش نفت آبادان", "شهرداری تبریز", "کشتیرانی", "فولاد مبارکه", "نفت و گاز گچساران",
                        "پیکان تهران"]}
STADIUMS = ["ورزشگاه ساحلی بوشهر", "ورزشگاه ساحلی کیش", "استخر آزادی", "استخر شهید شیرودی", "مجموعه آبی رفسنجان"]
#: the chat-export groups and their members (a WhatsApp export's senders)
GROUPS = ["گروه خانوادگی", "همکاران بازنشسته", "اخبار شهر", "هم‌کلاسی‌های قدیم"]
CHAT_LINES = ["سلام صبح بخیر", "ممنون از اطلاع‌رسانی", "کسی خبر دقیق‌تری داره؟", "👍", "ان‌شاءالله درست میشه",
              "این خبر تأیید شده است؟", "لینکش رو هم بفرستید لطفا", "<Media omitted>", "🙏🙏", "دیروز هم گفته بودن"]
#: a conference's important dates (their labels; the days are the conference's, no story date)
DEADLINES = ["مهلت ارسال چکیده مقالات", "اعلام نتایج داوری", "مهلت ارسال اصل مقالات", "مهلت ثبت‌نام",
             "تاریخ برگزاری همایش"]
HANDLES = ["khabar_dan", "azadeh_r", "news_thread_fa", "mohsen_k", "tahlilgar"]
