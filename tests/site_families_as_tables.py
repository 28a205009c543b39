"""Family set AS's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_as`)."""
from __future__ import annotations

#: the families in the brief's order (the kinds 1 … 8 of it); the split is fixed by the brief before anything was
#: scored: the first four ``asdev``, the last four ``asheld``
FAMILIES = ["saffron_harvest", "esports_league", "veteran_actors", "home_remedies", "teacher_unions",
            "university_circulars", "nomad_migration", "banned_weeklies"]
AS_DEV, AS_HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"saffron_harvest": "scroll", "esports_league": "spa", "veteran_actors": "interview",
        "home_remedies": "listicle", "teacher_unions": "mail", "university_circulars": "docexport",
        "nomad_migration": "gallery", "banned_weeklies": "proxy"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "saffron_harvest": [("khabar-zaferan.ir", "زعفران‌خبر", "پایگاه خبری کشاورزی خراسان"),
                        ("kesht-online.com", "کشت آنلاین", "اخبار کشاورزی و روستا"),
                        ("sarzamin-sabz.news", "سرزمین سبز", "روزنامه الکترونیک کشاورزی ایران")],
    "esports_league": [("gamekade.gg", "گیم‌کده", "رسانه بازی‌های ویدیویی"),
                       ("esport-iran.app", "ای‌اسپورت ایران", "اخبار لیگ‌های ورزش الکترونیک"),
                       ("pixel-khabar.ir", "پیکسل‌خبر", "خبر و نقد بازی")],
    "veteran_actors": [("honar-goftogu.ir", "هنر و گفت‌وگو", "پایگاه خبری فرهنگ و هنر"),
                       ("cinema-rooz.com", "سینمای روز", "ماهنامه اینترنتی سینما"),
                       ("sahne-mag.ir", "مجله صحنه", "تئاتر، سینما، تلویزیون")],
    "home_remedies": [("namnama.ir", "نام‌نما", "مجله سبک زندگی ایرانی"),
                      ("beyt-e-sabz.com", "بیت سبز", "مجله خانه و خانواده"),
                      ("zendegi-shad.ir", "زندگی شاد", "دانستنی‌های سلامت و زیبایی")],
    "teacher_unions": [("outlook.live.com", "Outlook", "Microsoft Outlook"),
                       ("mail.yahoo.com", "Yahoo Mail", "Yahoo Mail"),
                       ("webmail.farhangian-kanoon.ir", "Roundcube Webmail", "کانون فرهنگیان")],
    "university_circulars": [("news.daneshgah-shomal.ac.ir", "دانشگاه شمال", "خبرنامه داخلی دانشگاه"),
                             ("docs.jahad-daneshgahi.org", "جهاددانشگاهی", "معاونت پژوهشی"),
                             ("portal.vezarat-olum.ir", "وزارت علوم", "دبیرخانه شورای گسترش")],
    "nomad_migration": [("photo.ashayer-news.ir", "عکس عشایر", "سرویس عکس خبرگزاری عشایر"),
                        ("kooch-lens.blog", "لنز کوچ", "عکس‌های یک عکاس مستند"),
                        ("tasvir.ilkhabar.com", "تصویر ایل", "گالری تصاویر ایل‌خبر")],
    "banned_weeklies": [("unblock-web.xyz", "Unblock Web", "Free Web Proxy"),
                        ("translated.turbopages.org", "Yandex Translate", "Yandex"),
                        ("www.translatetheweb.com", "Microsoft Translator", "Bing")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "saffron_harvest": ["divider", "more", "bare"],  # «خبر بعدی» dividers; «ادامه مطالب»; none (menu marks section)
    "esports_league": ["next", "ld", "nuxt"],  # __NEXT_DATA__; JSON-LD articleBody; window.__NUXT__
    "veteran_actors": ["bold", "reporter", "dash"],  # bold questions; «خبرنگار:» / name prefixes; «- » questions
    "home_remedies": ["crumb", "label", "menu"],  # how the magazine shows its category
    "teacher_unions": ["owa", "yahoo", "roundcube"],  # the webmail's print view
    "university_circulars": ["libre", "gdocs", "word"],  # LibreOffice, Google Docs, Word 2007 filtered HTML
    "nomad_migration": ["agency", "blog", "lightbox"],  # a news agency's photo service, a photographer's blog
    "banned_weeklies": ["proxy", "yandex", "bing"],  # a web proxy, Yandex's and Bing's translated frames
}
#: each family's sections (a trail's last step, a label's value, a menu's current item)
SECTIONS = {
    "saffron_harvest": ["زراعت", "دام و طیور", "صادرات کشاورزی", "روستا"],
    "esports_league": ["لیگ‌ها", "مسابقات جهانی", "کنسول", "تیم‌های ایرانی"],
    "veteran_actors": ["سینما", "تئاتر", "تلویزیون", "موسیقی"],
    "home_remedies": ["سلامت", "تغذیه", "خانه‌داری", "زیبایی"],
    "teacher_unions": ["آموزش", "صنفی", "استان‌ها", "جامعه"],
    "university_circulars": ["پژوهش", "آموزش", "دانشجویی", "فناوری"],
    "nomad_migration": ["استان‌ها", "اجتماعی", "گردشگری", "فرهنگی"],
    "banned_weeklies": ["سیاسی", "اجتماعی", "فرهنگی", "بین‌الملل"],
}
#: the parent steps of the trails that go deeper than one step
PARENTS = {"saffron_harvest": "اقتصاد", "veteran_actors": "فرهنگ و هنر", "home_remedies": "مجله"}
#: the top menus of the sites that show one (a family's own sections stand in it where the menu marks the current one)
MENUS = {
    "saffron_harvest": ["صفحه نخست", "زراعت", "دام و طیور", "صادرات کشاورزی", "روستا", "بازار", "چندرسانه‌ای"],
    "esports_league": ["خانه", "لیگ‌ها", "مسابقات جهانی", "کنسول", "تیم‌های ایرانی", "ویدیو"],
    "veteran_actors": ["صفحه اصلی", "سینما", "تئاتر", "تلویزیون", "موسیقی", "گفت‌وگو", "عکس"],
    "home_remedies": ["خانه", "سلامت", "تغذیه", "خانه‌داری", "زیبایی", "روانشناسی", "آشپزی"],
    "banned_weeklies": ["صفحه اول", "سیاسی", "اجتماعی", "فرهنگی", "بین‌الملل", "آرشیو شماره‌ها"],
}
#: kickers (surtitles) a news page sets over some headlines: no section
KICKERS = {
    "saffron_harvest": ["گزارش میدانی", "در آستانه برداشت", "خبر ویژه", "یادداشت روز"],
    "esports_league": ["اختصاصی", "فوری", "نقد و بررسی", "پیش‌بازی"],
    "veteran_actors": ["گفت‌وگوی اختصاصی", "گفت‌وگوی اختصاصی", "در گفت‌وگو با", "پرونده ویژه"],
    "home_remedies": ["ترفند", "دانستنی", "به زبان ساده"],
    "banned_weeklies": ["تحلیل هفته", "گزارش ویژه", "یادداشت سردبیر"],
}
#: the outlets a proxy or a translated frame shows (name, tagline)
ORIGINS = [("هفته‌نامه صدای دیگر", "هفته‌نامه سیاسی، اجتماعی"), ("نشریه نگاه نو", "ماهنامه فرهنگی و اجتماعی"),
           ("هفته‌نامه پیام مردم", "صدای مردم، هر شنبه")]
#: captions of a gallery's photos (composed with a place)
CAPTIONS = ["کوچ بهاره عشایر در مسیر {p}", "گله‌های گوسفند در حال عبور از گردنه {p}",
            "زنان عشایر در حال برپایی سیاه‌چادر در {p}", "کودکان ایل در کنار چشمه‌ای در {p}",
            "بار زدن وسایل بر پشت اسب‌ها در {p}", "عبور کاروان از رودخانه در نزدیکی {p}",
            "پخت نان محلی در اتراقگاه {p}", "نمایی از اتراق شبانه در دامنه {p}",
            "دوشیدن شیر در اتراقگاه {p}", "سوارکاران ایل در مسیر {p}"]
PLACES = ["کوه دنا", "سمیرم", "دشت ارژن", "فیروزآباد", "بروجن", "چهارمحال", "کوهرنگ", "ایذه", "لردگان", "سبلان"]
#: camera lines a photographer's blog prints under a photo
EXIF = ["Canon EOS R5 | f/2.8 | 1/500s | ISO 200", "Nikon Z6 II | f/4 | 1/250s | ISO 400",
        "Sony A7 IV | f/5.6 | 1/1000s | ISO 100", "Fujifilm X-T4 | f/8 | 1/320s | ISO 160"]
#: short comments
COMMENTS = ["خیلی مفید بود، ممنون", "من امتحان کردم جواب داد 👌", "عالی بود 🌹", "منبع علمی هم دارد؟",
            "دمتون گرم", "کاش ویدیو هم می‌گذاشتید", "چه عکس‌های زیبایی", "بازی خوبی بود"]
#: the inline ad slots of a magazine
ADS = ["تبلیغات", "آگهی", "محل تبلیغ شما — تماس بگیرید", "خرید اقساطی لوازم خانگی با ۲۰٪ تخفیف"]
#: senders and their addresses of a forwarded mail
MAIL_PEOPLE = [("مریم صالحی", "m.salehi"), ("رضا کیانی", "kiani.reza"), ("فاطمه نوروزی", "f.norouzi"),
               ("حمید اکبری", "akbari.h"), ("سمیه رحیمی", "s.rahimi1360")]
