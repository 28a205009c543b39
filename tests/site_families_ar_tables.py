"""Family set AR's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_ar`)."""
from __future__ import annotations

#: the families, in the order of a seeded shuffle (``random.Random("ar-split:379").shuffle`` of them in the brief's
#: order), drawn before anything was scored; the split alternates over it (``ardev``: the 1st, 3rd, 5th and 7th)
FAMILIES = ["startup_feeds", "alumni_forwards", "soil_science", "school_newsletters", "fasting_questions",
            "wildlife_photos", "tehran_marathon", "diaspora_translated"]
#: the families in the brief's order (the kinds 1 … 8 of it), the order shuffled
BRIEF_ORDER = ["tehran_marathon", "wildlife_photos", "school_newsletters", "alumni_forwards", "startup_feeds",
               "soil_science", "fasting_questions", "diaspora_translated"]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"tehran_marathon": "live", "wildlife_photos": "photo", "school_newsletters": "word",
        "alumni_forwards": "mail", "startup_feeds": "reader", "soil_science": "journal",
        "fasting_questions": "qa", "diaspora_translated": "proxy"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "tehran_marathon": [("www.varzesh-zendeh.ir", "ورزش زنده", "پایگاه خبری ورزش ایران و جهان"),
                        ("live.shahr-khabar.com", "شهرخبر", "روایت لحظه‌ای رویدادهای شهر"),
                        ("dovandeh.news", "دونده نیوز", "رسانه تخصصی دو و میدانی")],
    "wildlife_photos": [("www.tasvir-online.ir", "تصویر آنلاین", "خبرگزاری تصویری ایران"),
                        ("aks.gilan-emrooz.ir", "گیلان امروز", "روزنامه صبح استان"),
                        ("hayat-vahsh.com", "حیات وحش ایران", "پایگاه خبری محیط زیست")],
    "school_newsletters": [("dabirestan-farzanegan7.ir", "دبیرستان دخترانه فرزانگان ۷", "خبرنامه داخلی"),
                           ("pr.simin-sanat.com", "شرکت سیمین صنعت پارس", "روابط عمومی"),
                           ("anjoman-ovlia.org", "انجمن اولیا و مربیان منطقه ۳", "بولتن خبری")],
    "alumni_forwards": [("mail.google.com", "Gmail", "Forwarded message"),
                        ("webmail.daneshgah-sharq.ac.ir", "پست الکترونیک دانشگاه", "نسخه چاپی نامه"),
                        ("mail.kanoon-fareghin.org", "کانون فارغ‌التحصیلان", "Sent from my iPhone")],
    "startup_feeds": [("feedly.com", "feedly", "Read more, know more"),
                      ("www.inoreader.com", "Inoreader", "Take back control of your news feed"),
                      ("khorakkhan.ir", "خوراک‌خوان", "خبرخوان فارسی شما")],
    "soil_science": [("www.majallat-elmi.ir", "بانک نشریات علمی", "پایگاه مقالات نشریات کشور"),
                     ("noor-maqaleh.ir", "نور مقاله", "پایگاه مجلات تخصصی"),
                     ("sid-pajooh.ir", "پژوهش‌نما", "مرکز اطلاعات علمی")],
    "fasting_questions": [("www.porsesh-pasokh.ir", "پرسش و پاسخ دینی", "مرکز ملی پاسخگویی به سؤالات دینی"),
                          ("hawzah-qa.net", "پاسخگو", "پایگاه پرسش‌های اعتقادی و احکام"),
                          ("pasokh-be-shobahat.org", "راه روشن", "پاسخ به شبهات و پرسش‌های دینی")],
    "diaspora_translated": [("www-asre-diaspora-com.translate.goog", "عصر دیاسپورا", "رسانه ایرانیان خارج از کشور"),
                            ("www.translatetheweb.com", "خبر برون‌مرزی", "نگاهی دیگر به رویدادها"),
                            ("nameh-ha-net.translate.goog", "نامه‌ها", "روزنامه آنلاین فارسی‌زبانان")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "tehran_marathon": ["crumb", "ago", "short"],  # a trail and a start line; an age (instant in markup); «۰۵/۰۹/۱۴»
    "wildlife_photos": ["crumb", "service", "menu"],  # a trail; «سرویس: …»; the current menu item marked by markup
    "school_newsletters": ["release", "company", "plain"],  # a school's release; a company's; «Save as Plain Text»
    "alumni_forwards": ["gmail", "webmail", "iphone"],  # Gmail's print view; a Persian webmail's; a phone's text
    "startup_feeds": ["feedly", "inoreader", "persian"],  # «2h» (instant in markup); «Dec 5, 2026»; «۱۴ آذر ۱۴۰۵»
    "soil_science": ["magiran", "noor", "sid"],  # online day shown; only the season; «موضوع: …»
    "fasting_questions": ["label", "crumb", "hijri"],  # «موضوع: …»; a category trail; Hijri beside Jalali, no section
    "diaspora_translated": ["goog", "bing", "goog_text"],  # Google's proxy page; Bing's frame; a text copy of Google's
}
#: each family's sections (a trail's last step, a label's value, a category)
SECTIONS = {
    "tehran_marathon": ["دو و میدانی", "ورزش همگانی", "رویدادهای شهری", "ورزش بانوان"],
    "wildlife_photos": ["محیط زیست", "طبیعت", "استان‌ها", "جامعه"],
    "school_newsletters": ["خبرنامه"],  # (no section: a Word document has none)
    "alumni_forwards": ["نامه"],  # (no section: a mail has none)
    "startup_feeds": ["فناوری", "استارتاپ", "اقتصاد دیجیتال", "کسب و کار"],
    "soil_science": ["علوم کشاورزی", "منابع طبیعی", "محیط زیست", "مهندسی آب"],
    "fasting_questions": ["احکام روزه", "اخلاق", "اعتقادات", "احکام عبادات"],
    "diaspora_translated": ["سیاسی", "بین‌الملل", "اجتماعی", "فرهنگی"],
}
#: the parent steps of trails deeper than one step
PARENTS = {"tehran_marathon": "ورزش", "wildlife_photos": "چندرسانه‌ای", "fasting_questions": "فقه",
           "diaspora_translated": "اخبار"}
#: the top menus of the sites that show one
MENUS = {
    "tehran_marathon": ["صفحه نخست", "فوتبال", "کشتی", "والیبال", "دو و میدانی", "ورزش همگانی", "ویدیو"],
    "wildlife_photos": ["صفحه نخست", "محیط زیست", "طبیعت", "استان‌ها", "جامعه", "فیلم", "عکس"],
    "fasting_questions": ["خانه", "پرسش‌ها", "موضوعات", "ارسال پرسش", "درباره ما"],
    "diaspora_translated": ["صفحه اصلی", "سیاسی", "بین‌الملل", "اجتماعی", "فرهنگی", "ویدیو", "تماس"],
    "soil_science": ["صفحه اصلی", "نشریات", "مقالات", "نویسندگان", "راهنما"],
}
#: the kickers (روتیتر) some headlines wear: no section
KICKERS = {
    "tehran_marathon": ["پوشش زنده", "لحظه به لحظه", "به‌روزرسانی خودکار فعال است"],
    "wildlife_photos": ["گزارش تصویری", "عکس روز", "فوتوتیتر"],
    "diaspora_translated": ["گزارش", "گفت‌وگو", "یادداشت", "در حاشیه"],
}
#: a live blog's summary box lines
SUMMARY = ["آغاز رسمی رویداد با حضور مسئولان", "اعلام نتایج بخش نخست", "گزارش ترافیک مسیرهای اطراف",
           "واکنش شرکت‌کنندگان به شرایط جوی", "برنامه مراسم پایانی اعلام شد", "نشست خبری برگزارکنندگان"]
#: captions under a gallery's photos
CAPTIONS = ["نمایی از منطقه در نخستین ساعات صبح", "حضور گردشگران در حاشیه تالاب", "یک قطعه عکس از زیستگاه",
            "محیط‌بانان در حال پایش منطقه", "پرندگان مهاجر روی آب", "کودکان در کنار خانواده‌هایشان",
            "چشم‌انداز کوهستان پس از بارش برف", "گله‌ای در دامنه ارتفاعات"]
#: affiliations of a journal's authors
AFFILIATIONS = ["دانشیار گروه علوم خاک، دانشکده کشاورزی، دانشگاه تبریز", "استادیار گروه مهندسی آب، دانشگاه زابل",
                "دانشجوی دکتری، دانشکده منابع طبیعی، دانشگاه تهران", "استاد گروه زراعت، دانشگاه فردوسی مشهد",
                "کارشناس ارشد، مؤسسه تحقیقات خاک و آب کشور"]
#: a journal's keywords
KEYWORDS = ["شوری خاک", "کربن آلی", "فرسایش بادی", "نیتروژن", "آبیاری قطره‌ای", "ماده آلی", "ریزجانداران",
            "بیابان‌زایی", "سنجش از دور"]
#: the journals of a host
JOURNALS = ["فصلنامه پژوهش‌های خاک", "نشریه آب و خاک", "مجله علوم و فنون کشاورزی"]
#: the feeds a reader's sidebar lists (the user's folders and subscriptions)
FEEDS = ["Today", "Read Later", "فناوری", "اقتصاد", "ورزش", "Hacker News", "زومیت", "دیجیاتو"]
#: a mail's senders' and recipients' addresses
ADDRESSES = ["alumni.news@daneshgah-sharq.ac.ir", "m.karimi1361@gmail.com", "info@kanoon-fareghin.org",
             "s.ahmadi@yahoo.com", "newsletter@hamkelasi.ir", "dabirkhaneh@kanoon-fareghin.org"]
#: a forwarder's short notes over the forwarded mail
NOTES = ["سلام بچه‌ها، این خبر رو ببینید.", "برای اطلاع دوستان", "سلام، احتمالاً براتون جالب باشه.",
         "این رو یکی از هم‌دوره‌ای‌ها فرستاده بود", "FYI"]
#: quoted replies under a forward
REPLIES = ["ممنون که فرستادی، خوندمش.", "کسی خبر داره جلسه بعدی کیه؟", "لطفا منو از این لیست حذف کنید.",
           "عالی بود، ممنون."]
#: signatures
SIGNATURES = ["با سپاس\nدبیرخانه کانون", "ارادتمند\nمحمد کریمی", "با احترام\nروابط عمومی", "Regards,\nSara"]
#: a Q&A site's category tree
TREE = ["فقه", "احکام روزه", "احکام عبادات", "کلام", "اعتقادات", "اخلاق", "قرآن و تفسیر", "تاریخ اسلام"]
