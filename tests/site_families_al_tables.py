"""Family set AL's tables: hosts, the shape each host saves its pages in, the family's sections and the lines its
sites repeat (kept apart from the generator, :mod:`site_families_al`)."""
from __future__ import annotations

FAMILIES = ["metro_expansion", "bank_mergers", "paper_industry", "flood_relief", "stray_animals", "telecom_tariffs",
            "zagros_wildfires", "rare_diseases"]
#: (domain, name, tagline)
HOSTS = {
    "metro_expansion": [("fa.wikikhabar.org", "ویکی‌خبر", "منبع آزاد خبری که همه می‌توانند در آن بنویسند"),
                        ("epaper.paytakht-emrooz.ir", "روزنامه پایتخت امروز", "روزنامه صبح پایتخت"),
                        ("telegra.ph", "تلگراف", "Telegraph")],
    "bank_mergers": [("newsroom.bank-ayandeh-sazan.ir", "بانک آینده‌سازان", "اتاق خبر و روابط عمومی"),
                     ("kodal-info.ir", "سامانه جامع اطلاع‌رسانی ناشران", "سازمان بورس و اوراق بهادار"),
                     ("eghtesad-bartar.ir", "اقتصاد برتر", "پایگاه خبری تحلیلی اقتصاد ایران")],
    "paper_industry": [("bourse-nameh.ir", "بورس‌نامه", "اطلاعیه‌های ناشران بورس و فرابورس"),
                       ("press.chub-kaghaz-mazandaran.com", "صنایع چوب و کاغذ مازندران", "واحد ارتباطات سازمانی"),
                       ("lists.kaghaz-forum.ir", "فهرست پستی صنعت کاغذ", "گفت‌وگوی فعالان صنعت کاغذ و مقوا")],
    "flood_relief": [("hamyar-kheir.ir", "همیار خیر", "سکوی کمک‌های مردمی"),
                     ("wiki.danesh-bohran.ir", "دانشنامه بحران", "ویکی مدیریت بحران و حوادث"),
                     ("picnu-fa.com", "پیک‌نو", "مشاهده آنلاین پست‌های اینستاگرام")],
    "stray_animals": [("emzakon.ir", "امضا کن", "سکوی کارزارهای مدنی"),
                      ("lite.payam-shahr.ir", "پیام شهر", "نسخه سبک برای اینترنت کند"),
                      ("archive.ph", "آرشیو تودی", "webpage capture")],
    "telecom_tariffs": [("graph.org", "گراف", "Graph"),
                        ("archive.today", "آرشیو امروز", "webpage archive"),
                        ("epaper.jahan-eqtesad.ir", "روزنامه جهان اقتصاد", "روزنامه صبح ایران")],
    "zagros_wildfires": [("instaview-fa.ir", "اینستاویو", "نمایش پست‌ها و استوری‌های اینستاگرام"),
                         ("keshavarz-emrooz.ir", "کشاورز امروز", "پایگاه خبری کشاورزی و منابع طبیعی"),
                         ("koshesh-fund.ir", "کوشش", "تأمین مالی جمعی برای کارهای خیر")],
    "rare_diseases": [("sedaye-ma.org", "صدای ما", "کارزارهای مردمی برای تغییر"),
                      ("groups.pezeshkan-jahan.org", "گروه پزشکان جهان‌نما", "فهرست پستی بیماری‌های نادر"),
                      ("lite.salamat-rooz.ir", "سلامت روز", "نسخه متنی سبک")],
}
#: each host's page forms: (its HTML form, its flat-text forms, the share of HTML pages)
FORMS = {
    "metro_expansion": [("wiki", ["copy"], 0.75), ("epaper", ["pdf"], 0.55), ("telegraph", ["copy"], 0.75)],
    "bank_mergers": [("pressroom", ["copy"], 0.75), ("codal", ["copy", "wet"], 0.7), ("reportage", ["wet"], 0.7)],
    "paper_industry": [("codal", ["wet"], 0.7), ("pressroom", ["copy"], 0.7), ("mailarchive", ["eml"], 0.55)],
    "flood_relief": [("crowdfund", ["copy"], 0.75), ("wiki", ["copy", "wet"], 0.7), ("social", ["copy"], 0.75)],
    "stray_animals": [("petition", ["copy"], 0.75), ("lite", ["copy"], 0.7), ("archive", ["copy"], 0.75)],
    "telecom_tariffs": [("telegraph", ["wet"], 0.7), ("archive", ["copy"], 0.75), ("epaper", ["pdf"], 0.55)],
    "zagros_wildfires": [("social", ["copy"], 0.75), ("reportage", ["copy"], 0.7), ("crowdfund", ["wet"], 0.7)],
    "rare_diseases": [("petition", ["wet"], 0.7), ("mailarchive", ["eml"], 0.55), ("lite", ["copy", "wet"], 0.7)],
}
#: each family's sections (a wiki page's first category, an e-paper page's service, a campaign's category …)
SECTIONS = {
    "metro_expansion": ["حمل و نقل شهری", "شهری", "مترو", "عمران"],
    "bank_mergers": ["بانک و بیمه", "بازار سرمایه", "اخبار بانک", "پول و ارز"],
    "paper_industry": ["صنعت", "صنایع چوب و کاغذ", "تولید", "اخبار شرکت"],
    "flood_relief": ["سیل", "حوادث طبیعی", "امدادرسانی", "محیط زیست"],
    "stray_animals": ["حقوق حیوانات", "محیط زیست", "مدیریت شهری", "اجتماعی"],
    "telecom_tariffs": ["ارتباطات", "فناوری اطلاعات", "اقتصاد", "اینترنت"],
    "zagros_wildfires": ["منابع طبیعی", "جنگل‌ها", "محیط زیست", "حوادث"],
    "rare_diseases": ["سلامت", "بیماری‌های خاص", "دارو و درمان", "اجتماعی"],
}
#: the top menus by the kind of site
MENUS = {
    "wiki": ["صفحهٔ اصلی", "رویدادهای کنونی", "مقالهٔ تصادفی", "راهنما", "تغییرات اخیر", "دربارهٔ ما"],
    "epaper": ["صفحه اول", "آرشیو روزنامه", "دانلود PDF", "اشتراک", "تماس با ما"],
    "pressroom": ["صفحه اصلی", "درباره ما", "اتاق خبر", "گزارش‌های سالانه", "روابط با سرمایه‌گذاران", "فرصت‌های شغلی"],
    "codal": ["جستجوی اطلاعیه‌ها", "ناشران", "صورت‌های مالی", "مجامع", "اطلاعیه‌های سازمان", "راهنما"],
    "reportage": ["صفحه اصلی", "اقتصاد کلان", "بازار", "بانک", "صنعت", "رپورتاژ", "تماس با ما"],
    "mailarchive": ["فهرست‌ها", "جستجو", "رشته‌ها", "بایگانی ماهانه", "راهنما"],
    "telegraph": ["Edit", "Publish"],
    "lite": ["نسخه کامل", "خانه", "آخرین خبرها", "درباره نسخه سبک"],
    "archive": ["آخرین خبرها", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی"],
    "crowdfund": ["کارزارها", "شروع کارزار", "چطور کار می‌کند؟", "خیریه‌ها", "ورود / ثبت نام"],
    "petition": ["کارزارها", "ایجاد کارزار", "کارزارهای پیروز", "درباره ما", "ورود"],
    "social": ["جستجوی کاربر", "هشتگ‌ها", "دانلود پست", "دانلود استوری"],
}
#: a wiki's sister-category lines, its talk tabs and the footer it repeats
WIKI_TABS = ["صفحه", "بحث", "خواندن", "ویرایش", "نمایش تاریخچه"]
WIKI_TOOLS = ["پیوندها به این صفحه", "تغییرات مرتبط", "صفحه‌های ویژه", "نسخهٔ چاپی", "پیوند پایدار"]
#: campaign / petition categories are the family's sections; the donors' and signers' names
DONORS = ["ناشناس", "علی از مشهد", "مریم", "خیر نیکوکار", "سارا و امیر", "یک همشهری", "رضا ک.", "نسرین"]
ACCOUNTS = ["khabar_fori", "iran_hadese", "sabz_news", "jangal_zagros", "khabar_lahze", "rooydad24"]
LISTS = {"paper_industry": "kaghaz-ir", "rare_diseases": "nadir-fa"}
NEWSPAPER_YEAR = {"epaper.paytakht-emrooz.ir": 1387, "epaper.jahan-eqtesad.ir": 1381}
YEAR_WORDS = ["اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم",
              "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم", "بیست و یکم",
              "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم", "بیست و هفتم"]
DISCLOSURES = ["افشای اطلاعات بااهمیت", "اطلاعیه تصمیمات هیئت مدیره", "توضیحات در خصوص اخبار منتشر شده",
               "گزارش فعالیت ماهانه"]
SYMBOLS = {"bank_mergers": ["وآینده", "وبملت", "وتجارت"], "paper_industry": ["چکاپا", "چکارن", "چفیبر"]}
