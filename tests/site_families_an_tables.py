"""Family set AN's tables: hosts, the shape each host saves its pages in, the family's sections and the lines its
sites repeat (kept apart from the generator, :mod:`site_families_an`)."""
from __future__ import annotations

FAMILIES = ["glass_recycling", "dialysis_patients", "archery_clubs", "lake_urmia", "civil_drones",
            "tuberculosis_care", "hot_springs", "table_tennis"]
#: (domain, name, tagline)
HOSTS = {
    "glass_recycling": [("www.linkedin.com", "LinkedIn", "لینکدین"),
                        ("shishe-sabz.substack.com", "خبرنامه شیشه سبز", "هر هفته، اقتصاد بازیافت"),
                        ("ble.ir", "کانال بازیافت‌چی‌ها", "پیام‌رسان بله")],
    "dialysis_patients": [("lms.dialyz-amoozesh.ac.ir", "سامانه آموزش مجازی پرستاران دیالیز", "Moodle"),
                          ("mbasic.facebook.com", "فیسبوک", "Facebook"),
                          ("toot.hamyari.social", "هم‌یاری سوشال", "شبکه اجتماعی آزاد")],
    "archery_clubs": [("old.reddit.com", "ردیت", "reddit: the front page of the internet"),
                      ("sites.google.com", "باشگاه تیراندازی با کمان تبریز", "سایت رسمی باشگاه"),
                      ("m.facebook.com", "فیسبوک موبایل", "Facebook mobile")],
    "lake_urmia": [("web.bale.ai", "کانال دوستداران دریاچه ارومیه", "بله وب"),
                   ("ir.linkedin.com", "LinkedIn Iran", "لینکدین ایران"),
                   ("daryache-urmia.org", "نجات دریاچه", "سایت اطلاع‌رسانی داوطلبان دریاچه")],
    "civil_drones": [("vu.pahpad-daneshjoo.ac.ir", "سامانه یادگیری پهپادهای دانشجویی", "Moodle"),
                     ("masto.elmi.social", "ماستودون علمی", "جامعه علمی فارسی‌زبان"),
                     ("pahpadnameh.substack.com", "پهپادنامه", "خبرنامه پهپادهای غیرنظامی")],
    "tuberculosis_care": [("new.reddit.com", "ردیت فارسی", "reddit"),
                          ("salamat-rieh.substack.com", "خبرنامه ریه سالم", "روایت‌های درمان"),
                          ("bale.ai", "کانال مبارزه با سل", "کانال رسمی در بله")],
    "hot_springs": [("abgarm-sarein.ir", "آبگرم‌های سرعین", "گروه داوطلب گردشگری آبدرمانی"),
                    ("lms.gardeshgari-amoozesh.ac.ir", "آموزشکده گردشگری", "Moodle"),
                    ("abgarm.masto.host", "آبگرم سوشال", "ماستودون دوستداران چشمه‌ها")],
    "table_tennis": [("www.reddit.com", "Reddit", "r/IranTableTennis"),
                     ("linkedin.com", "LinkedIn Pulse", "مقاله‌های لینکدین"),
                     ("web.facebook.com", "Facebook Web", "فیسبوک وب")],
}
#: each host's page forms: (its HTML form, its flat-text forms, the share of HTML pages)
FORMS = {
    "glass_recycling": [("linkedin", ["copy"], 0.75), ("substack", ["copy", "wet"], 0.7), ("bale", ["copy"], 0.75)],
    "dialysis_patients": [("moodle", ["copy"], 0.75), ("fbpost", ["copy"], 0.75), ("mastodon", ["copy", "wet"], 0.7)],
    "archery_clubs": [("reddit", ["copy"], 0.75), ("gsites", ["copy", "wet"], 0.7), ("fbpost", ["copy"], 0.75)],
    "lake_urmia": [("bale", ["copy"], 0.75), ("linkedin", ["wet"], 0.7), ("gsites", ["copy"], 0.75)],
    "civil_drones": [("moodle", ["copy", "wet"], 0.7), ("mastodon", ["copy"], 0.75), ("substack", ["copy"], 0.75)],
    "tuberculosis_care": [("reddit", ["copy", "wet"], 0.7), ("substack", ["copy"], 0.75), ("bale", ["copy"], 0.75)],
    "hot_springs": [("gsites", ["copy"], 0.75), ("moodle", ["copy"], 0.75), ("mastodon", ["copy"], 0.7)],
    "table_tennis": [("reddit", ["copy"], 0.75), ("linkedin", ["copy"], 0.75), ("fbpost", ["copy", "wet"], 0.7)],
}
#: each family's sections (a Reddit post's flair, a Google Sites page's parent page, a Substack post's section)
SECTIONS = {
    "glass_recycling": ["بازیافت", "محیط زیست", "صنعت", "اقتصادی"],
    "dialysis_patients": ["بیماران کلیوی", "سلامت", "پرستاری", "بیمه و درمان"],
    "archery_clubs": ["تیراندازی با کمان", "لیگ باشگاه‌ها", "مسابقات بین‌المللی", "ورزش بانوان"],
    "lake_urmia": ["دریاچه ارومیه", "آب و محیط زیست", "کشاورزی", "استانی"],
    "civil_drones": ["پهپاد", "فناوری", "قوانین و مقررات", "دانشگاه"],
    "tuberculosis_care": ["بیماری سل", "سلامت", "بهداشت عمومی", "پزشکی"],
    "hot_springs": ["آبگرم", "گردشگری", "گردشگری سلامت", "میراث طبیعی"],
    "table_tennis": ["تنیس روی میز", "لیگ برتر", "تیم ملی", "ورزشی"],
}
#: the top menus by the kind of site (a Facebook post, a channel's web view and a toot show little of their own)
MENUS = {
    "linkedin": ["Articles", "People", "Learning", "Jobs", "Games", "Join now", "Sign in"],
    "substack": ["Home", "Archive", "About"],
    "bale": [],
    "moodle": ["صفحه اصلی", "داشبورد", "درس‌های من", "تقویم", "راهنما"],
    "fbpost": ["خانه", "دوستان", "پیام‌ها", "اعلان‌ها", "جستجو", "بیشتر"],
    "mastodon": ["کاوش", "زنده", "درباره", "ورود", "ایجاد حساب"],
    "reddit": ["popular", "all", "random", "users", "AskReddit", "worldnews", "iran", "news"],
    "gsites": [],
}
#: a Moodle site's upcoming events block (their names; the days are the events', no story date)
EVENTS = ["مهلت ثبت‌نام دوره", "آزمون میان‌ترم", "جلسه رفع اشکال", "مهلت ارسال تکلیف", "وبینار آموزشی"]
#: short replies under a post (a toot's replies, a Facebook post's comments, a Reddit thread's comments)
REPLIES = ["ممنون از اطلاع‌رسانی", "منبع دقیق‌تری هست؟", "👏👏", "خیلی خوبه، امیدوارم ادامه داشته باشه",
           "این خبر قدیمی نیست؟", "لینک اصلی رو هم بذارید لطفا", "دمتون گرم", "جای تأسف داره",
           "کاش زودتر انجام می‌شد", "من هم دیروز شنیدم"]
#: people's handles on the social sites
HANDLES = ["khabar_dan", "azadeh_r", "news_fa", "mohsen_k", "tahlilgar", "daneshjoo_99", "sara_m", "reza_online"]
#: a LinkedIn author's headline (the line under the name)
HEADLINES = ["کارشناس ارشد بازرگانی بین‌الملل", "مدیر توسعه بازار", "روزنامه‌نگار و پژوهشگر", "مشاور صادرات",
             "مدیرعامل در گروه صنعتی", "Product Manager | روزنامه‌نگار"]
#: the subreddit of each family's Reddit host
SUBREDDITS = {"archery_clubs": "r/IranArchery", "tuberculosis_care": "r/iran", "table_tennis": "r/IranTableTennis"}
#: the Facebook pages that post the stories
FB_PAGES = {"dialysis_patients": "انجمن حمایت از بیماران کلیوی",
            "archery_clubs": "هیئت تیراندازی با کمان آذربایجان شرقی",
            "table_tennis": "تنیس روی میز ایران - Iran Table Tennis"}
