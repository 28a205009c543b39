"""Family set AO's tables: hosts, the shape each host's pages come in, the family's sections and the lines its sites
repeat (kept apart from the generator, :mod:`site_families_ao`)."""
from __future__ import annotations

#: the families in the order of the split (``aodev``: the 1st, 3rd, 5th and 7th): kinds HTML, text, text, HTML, HTML,
#: text, text, HTML, so that each half has two HTML kinds and two flat-text kinds
FAMILIES = ["wheelchair_basketball", "desert_greening", "ride_hailing", "indie_games", "oral_history",
            "specialty_coffee", "tax_filing", "free_software"]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"wheelchair_basketball": "youtube", "desert_greening": "jina", "ride_hailing": "joplin",
        "indie_games": "medium", "oral_history": "archive", "specialty_coffee": "mailchimp", "tax_filing": "print",
        "free_software": "jekyll"}
#: the kinds whose pages are HTML (about nine in ten of them; the rest a copy of the whole page as text)
HTML_KINDS = ("youtube", "medium", "archive", "jekyll")
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "wheelchair_basketball": [("www.youtube.com", "شبکه ورزش ویلچری", "کانال رسمی ویدیوهای بسکتبال با ویلچر"),
                              ("m.youtube.com", "ویلچر تی‌وی", "خبر و گزارش ورزش معلولان"),
                              ("youtube.com", "کانال هیئت ورزش‌های جانبازان", "ویدیوهای رسمی هیئت")],
    "desert_greening": [("kavir-sabz.ir", "کویر سبز", "پایگاه خبری بیابان‌زدایی و مقابله با ریزگردها"),
                        ("biaban-news.com", "بیابان‌نیوز", "خبرهای منابع طبیعی و کویر"),
                        ("taghe-shen.ir", "تاق شن", "رسانه تخصصی مهار ماسه‌های روان")],
    "ride_hailing": [("taxi-online-news.ir", "تاکسی‌آنلاین‌نیوز", "اخبار حمل‌ونقل هوشمند"),
                     ("safar-shahri.com", "سفر شهری", "مجله حمل‌ونقل درون‌شهری"),
                     ("ranandegan-rooz.ir", "راننده‌های امروز", "پایگاه خبری رانندگان تاکسی اینترنتی")],
    "indie_games": [("medium.com", "بازی‌سازهای مستقل", "Medium"),
                    ("pixelnameh.medium.com", "پیکسل‌نامه", "نوشته‌هایی درباره بازی‌سازی"),
                    ("blog.bazisaz-indie.ir", "دفترچه بازی‌ساز", "یک نشریه در Medium")],
    "oral_history": [("archive.org", "آرشیو تاریخ شفاهی تهران", "Internet Archive"),
                     ("www.archive.org", "مجموعه روایت‌های شفاهی جنوب", "Internet Archive: Digital Library"),
                     ("us.archive.org", "گنجینه صدای خاطره", "Community Texts")],
    "specialty_coffee": [("mailchi.mp", "خبرنامه قهوه‌خانه", "هر شنبه در صندوق ایمیل شما"),
                         ("us12.campaign-archive.com", "خبرنامه دانه قهوه", "Coffee Bean Weekly"),
                         ("us5.campaign-archive.com", "نامه باریستا", "خبرنامه ماهانه قهوه تخصصی")],
    "tax_filing": [("maliat-news.ir", "مالیات‌نیوز", "پایگاه خبری مالیات و حسابرسی"),
                   ("daraei-online.com", "دارایی آنلاین", "اخبار اقتصاد و مالیه عمومی"),
                   ("hesabresan.ir", "حساب‌رسان", "رسانه حسابداران و مشاوران مالیاتی")],
    "free_software": [("azadnevis.github.io", "آزادنویس", "یادداشت‌های یک توسعه‌دهنده نرم‌افزار آزاد"),
                      ("linux-fa.github.io", "لینوکس فارسی", "جامعه کاربران لینوکس"),
                      ("blog.kod-azad.ir", "کد آزاد", "وبلاگ گروه نرم‌افزار آزاد")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "wheelchair_basketball": ["en", "fa", "premiere"],  # the UI's language; a premiere's «Premiered …»
    "desert_greening": ["crumb", "kicker", "plain"],  # the section in a trail, a category link over the headline, none
    "ride_hailing": ["timed", "day", "none"],  # the date line the clip kept: with its clock, the day, none
    "indie_games": ["pub", "user", "custom"],  # a publication on medium.com, a writer's subdomain, a custom domain
    "oral_history": ["iso", "iso", "year"],  # «Publication date» as a day, or only the year
    "specialty_coffee": ["fa", "en", "fa"],  # the language of Mailchimp's own lines
    "tax_filing": ["en_hdr", "fa_hdr", "no_hdr"],  # the browser's print header: en-US, Persian, none
    "free_software": ["minima", "chirpy", "persian"],  # the Jekyll theme
}
#: each family's sections (a trail's or a category link's, a Jekyll post's category)
SECTIONS = {
    "wheelchair_basketball": ["بسکتبال با ویلچر", "ورزش معلولان", "تیم ملی", "لیگ برتر"],
    "desert_greening": ["بیابان‌زدایی", "منابع طبیعی", "ریزگردها", "محیط زیست"],
    "ride_hailing": ["حمل‌ونقل هوشمند", "تاکسی اینترنتی", "رانندگان", "شهری"],
    "indie_games": ["بازی‌سازی", "بازی مستقل", "طراحی بازی", "صنعت بازی"],
    "oral_history": ["تاریخ شفاهی", "خاطرات", "مصاحبه", "اسناد"],
    "specialty_coffee": ["قهوه", "کافه‌ها", "باریستا", "بازار قهوه"],
    "tax_filing": ["مالیات", "اظهارنامه", "حسابرسی", "اقتصاد کلان"],
    "free_software": ["نرم‌افزار آزاد", "لینوکس", "برنامه‌نویسی", "رویدادها"],
}
#: the top menus of the sites whose pages show them (the Jina dumps' and the printed pages'; the Jekyll themes')
MENUS = {
    "desert_greening": ["صفحه اصلی", "اخبار", "گزارش", "گفت‌وگو", "عکس", "ویدیو", "تماس با ما"],
    "tax_filing": ["صفحه نخست", "اخبار مالیاتی", "بخشنامه‌ها", "آموزش", "مقالات", "درباره ما"],
    "free_software": ["خانه", "نوشته‌ها", "برچسب‌ها", "درباره"],
}
#: short comments under a video or a post
COMMENTS = ["دمتون گرم، عالی بود 👏", "کاش کامل‌تر پخش می‌شد", "ممنون از گزارش خوبتون", "این خبر قدیمی نیست؟",
            "لینک کامل مسابقه رو هم بذارید", "خیلی خوشحال شدم 🌹", "منبع دقیق‌تری هست؟", "ادامه بدید لطفا",
            "جای تأسف داره", "من هم اونجا بودم"]
#: people's handles
HANDLES = ["khabar_dan", "azadeh_r", "news_fa", "mohsen_k", "tahlilgar", "daneshjoo_99", "sara_m", "reza_online"]
#: the Medium tags at a story's foot (no section: a story has several)
MEDIUM_TAGS = ["Game Development", "Indie Game", "Gamedev", "بازی‌سازی", "Unity", "Game Design", "طراحی بازی"]
#: the Internet Archive's top bar and its item page's fixed lines
IA_TOP = ["Internet Archive", "Texts", "Video", "Audio", "Software", "Images", "Donate", "Sign up", "Log in",
          "Upload"]
IA_ROWS = ["There are no reviews yet. Be the first one to write a review.", "DOWNLOAD OPTIONS", "FULL TEXT download",
           "In Collections", "Community Texts", "Uploaded by"]
#: a Joplin raw export's fixed metadata lines (after the note's own keys)
JOPLIN_TAIL = ["is_conflict: 0", "latitude: 0.00000000", "longitude: 0.00000000", "altitude: 0.0000", "author:",
               "is_todo: 0", "todo_due: 0", "todo_completed: 0", "source: joplin-desktop",
               "source_application: net.cozic.joplin-desktop", "application_data:", "order: 0",
               "encryption_cipher_text:", "encryption_applied: 0", "markup_language: 1", "is_shared: 0", "share_id:",
               "conflict_original_id:", "master_key_id:", "user_data:", "deleted_time: 0", "type_: 1"]
#: Mailchimp's fixed lines of a campaign's text version, by the language of the account
MAILCHIMP = {
    "en": {"view": "View this email in your browser", "rights": "All rights reserved.",
           "why": "You are receiving this email because you opted in via our website.",
           "address": "Our mailing address is:", "change": "Want to change how you receive these emails?",
           "prefs": "You can update your preferences", "unsub": "or unsubscribe from this list"},
    "fa": {"view": "مشاهده این ایمیل در مرورگر", "rights": "همه حقوق محفوظ است.",
           "why": "این ایمیل را دریافت می‌کنید چون در خبرنامه ما عضو شده‌اید.",
           "address": "نشانی ما:", "change": "می‌خواهید نحوه دریافت این ایمیل‌ها را تغییر دهید؟",
           "prefs": "می‌توانید تنظیمات خود را تغییر دهید", "unsub": "یا اشتراک خود را لغو کنید"},
}
#: the newsletter's fixed rubric over the week's main story (the same on every issue: no section)
RUBRICS = ["خبر اصلی این هفته", "پرونده ویژه", "روایت این شماره"]
#: the postal addresses in the newsletters' footers
ADDRESSES = ["تهران، خیابان انقلاب، کوچه فخررازی، پلاک ۱۲", "اصفهان، خیابان چهارباغ عباسی، پاساژ سپهر، واحد ۴",
             "شیراز، بلوار زند، ساختمان پارس، طبقه ۲"]
#: the Jekyll sites' authors
AUTHORS = {"azadnevis.github.io": "سینا آزادی", "linux-fa.github.io": "تیم لینوکس فارسی",
           "blog.kod-azad.ir": "نیلوفر کدخدا"}
