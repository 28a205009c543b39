"""Family set AT's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections,
kickers and the lines its sites repeat (kept apart from the generator, :mod:`site_families_at`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``atdev``, 5-8 ``atheld``
FAMILIES = ["dairy_cooperatives", "customs_circulars", "wrestling_clips", "aras_mirrors", "bread_clippings",
            "metro_app", "tenant_rights", "pension_columns"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"dairy_cooperatives": "mail", "customs_circulars": "export", "wrestling_clips": "video",
        "aras_mirrors": "mirror", "bread_clippings": "ocr", "metro_app": "app", "tenant_rights": "comments",
        "pension_columns": "column"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "dairy_cooperatives": [("mail-archive.dampar-coop.ir", "تعاونی دامپروران", "بایگانی نامه‌های اعضای اتحادیه"),
                           ("webmail.chaparmail.ir", "چاپارمیل", "پست الکترونیک ایرانی، امن و رایگان"),
                           ("lists.shirdaran.org", "فهرست شیرداران", "فهرست پستی دامداران شیری")],
    "customs_circulars": [("docs.gomrok-novin.ir", "گمرک بندر نوین", "مرکز اسناد و خبرنامه داخلی"),
                          ("files.tejarat-kharej.org", "انجمن بازرگانان مرزی", "مخزن بخشنامه‌ها و اطلاعیه‌ها"),
                          ("press.transit-sazan.ir", "اتحادیه ترانزیت‌سازان", "اطلاعیه‌های مطبوعاتی اتحادیه")],
    "wrestling_clips": [("video.khabarnegar.ir", "خبرنگار ویدئو", "چندرسانه‌ای خبرگزاری خبرنگار"),
                        ("www.sima-ostan.ir", "سیمای استان", "شبکه استانی صدا و سیما"),
                        ("tv.padideh-web.tv", "پدیده تی‌وی", "تلویزیون اینترنتی پدیده")],
    "aras_mirrors": [("croxyweb.net", "ارس‌نیوز", "پایگاه خبری حوزه ارس"),
                     ("aras-khabar.mirror-fa.xyz", "آینه ارس خبر", "نسخه آینه پایگاه خبری ارس خبر"),
                     ("www.jolfa-emrooz.ir", "جلفا امروز", "روزنامه الکترونیک شمال‌غرب")],
    "bread_clippings": [("clip.payesh-rasaneh.ir", "پایش رسانه", "سامانه بریده جراید و پایش مطبوعات"),
                        ("archive.boresh-matbuat.ir", "برش مطبوعات", "آرشیو بریده جراید استان‌ها"),
                        ("scan.daftar-rooznameh.ir", "دفتر روزنامه", "آرشیو اسکن روزنامه‌های کشور")],
    "metro_app": [("link.metronews.app", "مترونیوز", "اخبار حمل و نقل عمومی در جیب شما"),
                  ("share.shahrvand-hamrah.ir", "شهروند همراه", "اپلیکیشن خبری شهروند"),
                  ("go.khabar-fori.com", "خبر فوری", "اخبار لحظه‌ای کشور")],
    "tenant_rights": [("ejarehnameh.com", "اجاره‌نامه", "مجله مسکن و مستأجران"),
                      ("www.sedaye-mostajer.ir", "صدای مستأجر", "پایگاه خبری حقوق مستأجران"),
                      ("shahr-o-khaneh.net", "شهر و خانه", "Urban living, in Persian")],
    "pension_columns": [("www.rooznameh-andisheh.ir", "روزنامه اندیشه", "صبح هر روز با اندیشه"),
                        ("didban-eghtesad.ir", "دیده‌بان اقتصاد", "تحلیل‌های اقتصادی روز"),
                        ("mostamari.news", "مستمری نیوز", "صدای بازنشستگان کشور")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "dairy_cooperatives": ["thunderbird", "webmail", "plain"],  # Thunderbird's print; a Persian webmail; text mail
    "customs_circulars": ["pdftohtml", "pdftotext", "unrtf"],  # a newsletter's PDF as HTML; a circular as text; RTF
    "wrestling_clips": ["agency", "broadcaster", "webtv"],  # an agency's video page; a provincial TV; a web TV
    "aras_mirrors": ["croxy", "mirror", "saved"],  # a proxy frame; a mirror domain; a «Save page as» copy
    "bread_clippings": ["portal", "clip", "scan"],  # a monitoring portal; a clipping's text; a scanned page's text
    "metro_app": ["full", "teaser", "qr"],  # the story whole; two paragraphs then «ادامه»; three and a QR code
    "tenant_rights": ["wpdiscuz", "agency", "disqus"],  # WordPress with wpDiscuz; a news CMS; a Disqus embed
    "pension_columns": ["crumb", "label", "menu"],  # how the paper shows its section
}
#: each family's sections (a trail's last step, a label's value, the menu item marked current, a rubric)
SECTIONS = {
    "dairy_cooperatives": ["اقتصادی", "دام و طیور", "تعاون", "استان‌ها"],
    "customs_circulars": ["تجارت خارجی", "ترانزیت", "امور گمرکی", "اطلاعیه‌ها"],
    "wrestling_clips": ["کشتی", "ورزش‌های رزمی", "فوتبال", "ورزش بانوان"],
    "aras_mirrors": ["محیط زیست", "استان‌ها", "جامعه", "کشاورزی"],
    "bread_clippings": ["اقتصاد", "شهری", "جامعه", "سیاست"],
    "metro_app": ["حمل و نقل", "شهری", "اقتصادی", "فناوری"],
    "tenant_rights": ["مسکن", "اجتماعی", "حقوقی", "بازار اجاره"],
    "pension_columns": ["یادداشت", "سرمقاله", "دیدگاه", "تحلیل"],
}
#: the parent steps of the trails that go deeper than one step
PARENTS = {"wrestling_clips": "چندرسانه‌ای", "metro_app": "اخبار", "tenant_rights": "مجله", "aras_mirrors": "اخبار"}
#: the kickers some headlines carry (a surtitle: no section)
KICKERS = {
    "mail": ["گزارش خبری", "در حاشیه نشست", "خبر ویژه"],
    "export": ["اطلاعیه", "خبر ویژه", "گزارش"],
    "video": ["فیلم", "ویدئو", "گزارش ویدئویی", "لحظه به لحظه"],
    "mirror": ["گزارش میدانی", "روایت", "خبر ویژه", "پیگیری"],
    "ocr": ["گزارش", "در حاشیه", "خبر اول", "نگاه"],
    "app": ["فوری", "خبر ویژه", "گزارش"],
    "comments": ["پرونده", "گزارش", "پرسش روز"],
    "column": ["پنجره", "از نگاه دیگر", "سطر اول", "حاشیه متن", "چراغ راه"],
}
#: the top menus of the sites that show one
MENUS = {
    "wrestling_clips": ["صفحه اصلی", "ویدئو", "عکس", "پادکست", "پخش زنده", "آرشیو"],
    "aras_mirrors": ["صفحه اصلی", "سیاسی", "اقتصادی", "فرهنگی", "ورزشی", "تماس با ما"],
    "metro_app": ["خانه", "داغ‌ترین‌ها", "ویدئو", "دانلود اپ"],
    "tenant_rights": ["خانه", "اخبار", "راهنمای اجاره", "قرارداد", "درباره ما"],
    "pension_columns": ["صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "آرشیو روزنامه"],
}
#: the folders of a webmail's sidebar
FOLDERS = ["صندوق ورودی", "ارسال شده", "پیش‌نویس‌ها", "هرزنامه", "سطل زباله"]
#: the newspapers a clipping comes from
PAPERS = ["همشهری محله", "جام جم استان", "اطلاعات هفتگی", "آفتاب شرق", "خراسان جنوبی", "صبح ساحل"]
#: the lines a reader's comment is made of
COMMENT_LINES = [
    "من سه سال است مستأجرم و هر سال صاحبخانه بیشتر از سقف قانونی اجاره را بالا می‌برد.",
    "کسی نیست که به داد ما برسد، قانون فقط روی کاغذ است و اجرا نمی‌شود.",
    "این طرح‌ها را قبلاً هم شنیده بودیم، تا اجرا نشود باور نمی‌کنم.",
    "لطفاً درباره ودیعه مسکن هم گزارش تهیه کنید، وام ودیعه عملاً به کسی نمی‌رسد.",
    "صاحبخانه ما گفته اگر تمدید می‌خواهید باید پنجاه درصد اضافه بدهید.",
    "بنگاه‌ها هم کمیسیون را هر سال بیشتر می‌کنند و هیچ نظارتی نیست.",
    "سامانه املاک و اسکان را هنوز خیلی‌ها ثبت نکرده‌اند، مالیات خانه خالی هم اجرا نمی‌شود.",
    "ما در شهرستان هم همین مشکل را داریم، فقط تهران نیست.",
    "به نظرم باید ساخت مسکن استیجاری دولتی جدی گرفته شود.",
    "مالک هم حق دارد، با این تورم هزینه تعمیرات چند برابر شده است.",
    "خبرنگار محترم، لطفاً منبع آمار را هم ذکر کنید.",
    "دو ماه است دنبال خانه هستیم و با دو بچه کوچک نمی‌دانیم کجا برویم.",
    "قرارداد ما کد رهگیری دارد ولی باز هم صاحبخانه زیر بار نمی‌رود.",
    "چرا شورای حل اختلاف این‌قدر طول می‌کشد؟ پرونده ما شش ماه است مانده.",
    "در محله ما اجاره یک آپارتمان پنجاه متری از حقوق یک کارمند بیشتر شده است.",
    "پیشنهاد می‌کنم مستأجرها یک انجمن صنفی تشکیل بدهند.",
    "این مطلب را برای همه دوستانم فرستادم، واقعاً دردناک است.",
    "ممنون از پیگیری‌تان، لطفاً ادامه بدهید.",
    "من مالک هستم و با بیشتر این نظرها موافق نیستم.",
    "جوان‌ها دیگر امیدی به خانه‌دار شدن ندارند.",
    "وام مسکن با این سود به درد چه کسی می‌خورد؟",
    "آیا این سقف افزایش برای قراردادهای قبلی هم اعمال می‌شود؟",
    "سؤال دارم، اگر صاحبخانه قرارداد را تمدید نکند تکلیف ودیعه چه می‌شود؟",
    "همه‌اش حرف است، عمل کجاست؟",
    "بهتر است به جای دستور، مشوق مالیاتی برای مالکان گذاشته شود.",
    "خانه‌های خالی شهر را بشمارید، مشکل کمبود خانه نیست.",
    "اسباب‌کشی هر ساله هم خودش یک هزینه سنگین است.",
    "درست گفتید، بازار اجاره هیچ قاعده‌ای ندارد.",
]
#: people's handles
HANDLES = ["mostajer_88", "ali.sh", "narges1370", "reza_tehran", "mahsa.k", "omid_z", "sara_g", "hamed.m"]
#: the columnists' bios
BIOS = ["اقتصاددان و عضو هیئت علمی دانشگاه", "پژوهشگر حوزه رفاه و تأمین اجتماعی", "روزنامه‌نگار و تحلیلگر اقتصادی",
        "کارشناس ارشد صندوق‌های بازنشستگی", "مدرس دانشگاه و پژوهشگر سیاست‌گذاری عمومی"]
#: the newspapers' editor's notes under a column
EDITOR_NOTES = ["یادداشت‌های منتشرشده در این ستون صرفاً بیانگر دیدگاه نویسنده است.",
                "انتشار این یادداشت به معنای تأیید همه مطالب آن از سوی روزنامه نیست.",
                "دیدگاه نویسنده لزوماً دیدگاه این رسانه نیست؛ پاسخ‌ها را منتشر می‌کنیم."]
#: an app's store badges
STORES = ["دریافت از کافه‌بازار", "دریافت از مایکت", "Get it on Google Play", "Download on the App Store"]
