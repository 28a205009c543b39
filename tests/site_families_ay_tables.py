"""Family set AY's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_ay`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``aydev``, 5-8 ``ayheld``
FAMILIES = ["apricot_drying", "brick_kilns", "camel_breeding", "copper_mines", "salt_lakes", "silk_weaving",
            "tile_workshops", "rose_water"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"apricot_drying": "transcript", "brick_kilns": "chatexport", "camel_breeding": "mailarchive",
        "copper_mines": "docviewer", "salt_lakes": "replay", "silk_weaving": "wrapper", "tile_workshops": "printview",
        "rose_water": "gitmarkdown"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "apricot_drying": [("pod.zardaloo-radio.ir", "رادیو زردآلو", "پادکست روایت‌های باغ و روستا"),
                       ("subs.khoshkbar-tv.com", "خشکبار تی‌وی", "زیرنویس برنامه‌های خبری"),
                       ("matn.barname-sima.ir", "متن برنامه", "متن کامل برنامه‌های گفت‌وگومحور")],
    "brick_kilns": [("export.koore-group.ir", "گروه کوره‌داران", "بایگانی گفت‌وگوهای گروه"),
                    ("tg.khesht-news.com", "خشت نیوز", "خروجی کانال تلگرامی"),
                    ("log.ajor-server.ir", "سرور آجرپزان", "بایگانی سرور گفت‌وگو")],
    "camel_breeding": [("lists.shotor-net.ir", "فهرست شترداران", "فهرست پستی پرورش‌دهندگان"),
                       ("archive.kavir-mail.org", "نامه‌های کویر", "بایگانی نامه‌های گروه"),
                       ("forum.sarbanan.com", "انجمن ساربانان", "انجمن گفت‌وگوی دامداران")],
    "copper_mines": [("view.mes-sanad.ir", "سندنمای مس", "نمایشگر اسناد خبری"),
                     ("docs.ostad-kan.com", "اسناد استادکان", "روابط عمومی و بیانیه‌ها"),
                     ("txt.madan-nameh.ir", "معدن‌نامه", "متن خبرنامه‌های داخلی")],
    "salt_lakes": [("web.namak-archive.org", "بایگانی نمک", "بایگانی صفحات وب"),
                   ("snap.daryache-shor.ir", "عکس‌برداری شور", "ثبت نسخه‌های صفحه"),
                   ("cache.kafe-jostoju.com", "کافه جستجو", "نسخه ذخیره‌شده صفحات")],
    "silk_weaving": [("tarjome.abrisham-proxy.com", "ابریشم ترجمه", "ترجمه ماشینی صفحات"),
                     ("gozar.pile-net.ir", "پیله‌نت", "مرورگر وب از راه دور"),
                     ("sabok.harir-light.com", "حریر لایت", "نسخه سبک صفحات برای اینترنت کند")],
    "tile_workshops": [("chap.kashi-saz.ir", "کاشی‌ساز", "نسخه چاپی صفحات"),
                       ("print.moarraq-news.com", "معرق نیوز", "پایگاه خبری هنرهای سنتی"),
                       ("pdf.haft-rang.ir", "هفت‌رنگ", "چاپ و PDF دوستانه")],
    "rose_water": [("git.golab-code.ir", "گلاب‌کد", "میزبان مخازن محتوای خبری"),
                   ("raw.qamsar-repo.com", "مخزن قمصر", "فایل‌های خام محتوا"),
                   ("code.mohammadi-hub.ir", "هاب محمدی", "مخزن کد و محتوای تحریریه")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "apricot_drying": ["podcast", "webvtt", "tvturns"],  # a podcast episode page; a WebVTT file; a TV transcript
    "brick_kilns": ["whatsapp", "tgexport", "discord"],  # a WhatsApp .txt export; Telegram Desktop HTML; a Discord log
    "camel_breeding": ["pipermail", "mhonarc", "phpbb"],  # Mailman's pipermail; an MHonArc page; a phpBB thread
    "copper_mines": ["pdfjs", "wordhtml", "pdftotext"],  # PDF.js text layer; Word's «Save as HTML»; pdftotext -layout
    "salt_lakes": ["wayback", "archivetoday", "cacheview"],  # a Wayback replay; an archive.today snapshot; a cache
    "silk_weaving": ["gtproxy", "webproxy", "weblight"],  # a translation proxy; a web proxy; a Web Light transcoding
    "tile_workshops": ["printtxt", "printhtml", "printfriendly"],  # a browser's print as text; a print page; a service
    "rose_water": ["gitea", "rawmd", "githubblob"],  # a Gitea file view; the raw Markdown; a GitHub-like blob view
}
#: each family's sections (a trail's, a label's, a category, a front matter's)
SECTIONS = {
    "apricot_drying": ["کشاورزی", "روستا", "اقتصادی", "استانی"],
    "brick_kilns": ["صنعت", "محیط‌زیست", "کارگری", "استانی"],
    "camel_breeding": ["دامپروری", "کشاورزی", "استانی", "اقتصادی"],
    "copper_mines": ["معدن", "صنعت", "اقتصادی", "بازار"],
    "salt_lakes": ["محیط‌زیست", "گردشگری", "استانی", "علمی"],
    "silk_weaving": ["صنایع‌دستی", "فرهنگی", "اقتصادی", "بازار"],
    "tile_workshops": ["هنر", "فرهنگی", "میراث", "صنایع‌دستی"],
    "rose_water": ["کشاورزی", "گردشگری", "اقتصادی", "استانی"],
}
#: a podcast's and a programme's names (no headline)
SHOWS = ["روایت باغ", "گزارش هفته", "پرونده روز", "گفت‌وگوی ویژه خبری"]
#: a transcript's speakers (a programme's turns)
SPEAKERS = ["مجری", "گزارشگر", "کارشناس", "مهمان برنامه"]
#: a chat's short messages around the story
CHAT = ["سلام صبح بخیر", "ممنون از اشتراک", "👍", "کسی خبر جدیدی داره؟", "فردا جلسه ساعت ده برقراره",
        "لطفاً فقط خبر بفرستید", "عالی بود", "منبع این خبر کجاست؟", "دیدم، مرسی", "<Media omitted>"]
#: a list's or forum's replies (short)
REPLIES = ["با تشکر از ارسال این خبر", "آیا آمار استانی هم منتشر شده؟", "به نظرم این تصمیم دیر گرفته شد",
           "کاملاً موافقم", "لطفاً پیگیری کنید و نتیجه را اعلام کنید", "این موضوع را سال قبل هم مطرح کرده بودیم"]
#: a PDF viewer's toolbar (PDF.js in Persian)
PDFJS = ["نوار کناری", "یافتن", "صفحه قبل", "صفحه بعد", "بزرگ‌نمایی خودکار", "باز کردن", "چاپ", "بارگیری",
         "ابزارها"]
#: a translation bar's and a web proxy's words
TRANSLATE = ["ترجمه", "متن اصلی", "تشخیص خودکار", "فارسی", "انگلیسی", "گزینه‌ها"]
PROXY = ["نشانی وب را وارد کنید", "برو", "رمزگذاری نشانی", "حذف اسکریپت‌ها", "حذف اشیا", "صفحه اصلی پروکسی"]
#: a git host's tabs and a file's buttons
GIT_TABS = ["کد", "مسائل", "درخواست‌های ادغام", "ویکی", "فعالیت"]
GIT_BUTTONS = ["خام", "انتساب", "تاریخچه", "ویرایش", "حذف"]
#: commit messages on a story's Markdown file
COMMITS = ["اصلاح غلط املایی", "افزودن تصویر شاخص", "به‌روزرسانی برچسب‌ها", "ویرایش تیتر", "انتشار خبر"]
