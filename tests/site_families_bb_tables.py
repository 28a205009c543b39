"""Family set BB's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_bb`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``bbdev``, 5-8 ``bbheld``
FAMILIES = ["carpet_looms", "mosaic_guilds", "copper_bazaar", "glass_blowers", "felt_makers", "enamel_works",
            "inlay_studios", "miniature_painters"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"carpet_looms": "epaper", "mosaic_guilds": "portal", "copper_bazaar": "advertorial",
        "glass_blowers": "slides", "felt_makers": "liveblog", "enamel_works": "court", "inlay_studios": "tvguide",
        "miniature_painters": "printview"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "carpet_looms": [("epaper.ghali-daily.ir", "روزنامه قالی", "نسخه الکترونیک روزنامه"),
                     ("archive.kashan-sobh.com", "صبح کاشان", "آرشیو شماره‌های روزنامه"),
                     ("kiosk.dastbaf-app.ir", "دکه دستباف", "پیشخوان روزنامه‌ها و مجلات")],
    "mosaic_guilds": [("mantaghe12.kashi-shahr.ir", "شهرداری منطقه دوازده", "پایگاه اطلاع‌رسانی"),
                       ("news.madrese-kashi.ir", "حوزه علمیه کاشی", "پایگاه خبری حوزه"),
                       ("oghaf.astan-kashi.org", "آستان کاشی", "اداره موقوفات و نذورات")],
    "copper_bazaar": [("www.mesgar-news.ir", "مسگر نیوز", "پایگاه خبری تحلیلی"),
                      ("mag.tas-zanjan.com", "ماهنامه تاس", "مجله سبک زندگی و کسب‌وکار"),
                      ("www.chaharsoo-press.ir", "چارسو پرس", "بازنشر اخبار شرکت‌ها")],
    "glass_blowers": [("www.shishe-gar.ir", "شیشه‌گر", "عکس و روایت"),
                      ("mirror.golabi-gram.com", "گلابی‌گرام", "آینه پست‌های اینستاگرام"),
                      ("saved.bolour-stories.ir", "بلور استوری", "آرشیو ذخیره‌شده استوری‌ها")],
    "felt_makers": [("www.namad-online.ir", "نمد آنلاین", "پوشش زنده رویدادها"),
                    ("live.kerman-namad.com", "نمدمال", "لحظه به لحظه"),
                    ("txt.namadin-news.ir", "نمدین خبر", "نسخه متنی پوشش زنده")],
    "enamel_works": [("www.minakar-adl.ir", "میناکار عدل", "پایگاه خبری قضایی"),
                     ("www.hoghogh-mina.com", "حقوق مینا", "پرتال حقوقی و وکالت"),
                     ("txt.mina-dadgostar.ir", "مینا دادگستر", "متن آرای منتشرشده")],
    "inlay_studios": [("www.khatam-seda.ir", "صدای خاتم", "شبکه استانی"),
                      ("www.jadval-pakhsh.com", "جدول پخش", "راهنمای برنامه‌های تلویزیون"),
                      ("txt.khatam-sima.ir", "خاتم سیما", "نسخه متنی برنامه‌ها")],
    "miniature_painters": [("www.negargari-news.ir", "نگارگری نیوز", "خبرگزاری هنر"),
                           ("pdf.farshchian-khabar.ir", "فرشچیان خبر", "خبر هنرمندان"),
                           ("print.tazhib-press.com", "تذهیب پرس", "پایگاه خبری فرهنگی")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "carpet_looms": ["pageviewer", "issuepage", "kiosktxt"],  # an e-paper viewer; an issue page; an app's text
    "mosaic_guilds": ["district", "hawza", "endowment"],  # a district municipality; a seminary's news; an endowment
    "copper_bazaar": ["reportage", "sponsored", "corpnews"],  # a news site's «رپرتاژ»; an advertorial; a newsroom's
    "glass_blowers": ["slideshow", "carousel", "storysave"],  # a «اسلاید شو»; an Instagram mirror; a saved web story
    "felt_makers": ["livepage", "ticker", "livetxt"],  # a live page; a ticker with a clock column; its text copy
    "enamel_works": ["judiciary", "lawportal", "rulingtxt"],  # a judiciary's news; a law portal; a ruling's text
    "inlay_studios": ["broadcaster", "guide", "tvtxt"],  # a channel's programme page; a TV guide; a text copy
    "miniature_painters": ["printhtml", "printpdf", "printtxt"],  # print.php; a printed-to-PDF's text; a print preview
}
#: each family's sections (a page rubric, a category, a desk, a publisher's, a tag's)
SECTIONS = {
    "carpet_looms": ["اقتصادی", "جامعه", "فرهنگ و هنر", "شهری"],
    "mosaic_guilds": ["فرهنگی و اجتماعی", "عمرانی", "آموزشی", "خدمات"],
    "copper_bazaar": ["صنعت", "بازرگانی", "فناوری", "گردشگری"],
    "glass_blowers": ["گزارش تصویری", "فرهنگی", "اجتماعی", "اقتصادی"],
    "felt_makers": ["اجتماعی", "اقتصادی", "سیاسی", "استانی"],
    "enamel_works": ["قضایی", "حقوقی", "انتظامی", "اجتماعی"],
    "inlay_studios": ["فرهنگی", "اجتماعی", "اقتصادی", "استانی"],
    "miniature_painters": ["فرهنگ و هنر", "اجتماعی", "اقتصادی", "استانی"],
}
#: the rubrics of an issue's other pages (a page list)
PAGE_RUBRICS = ["صفحه اول", "سیاسی", "اقتصادی", "جامعه", "فرهنگ و هنر", "شهری", "ورزش", "آگهی", "بین‌الملل",
                "دیدگاه", "حوادث", "آخر"]
#: a portal's service menu and quick links
SERVICES = ["پرداخت عوارض", "سامانه ۱۳۷", "پروانه ساختمانی", "نقشه منطقه", "مزایده و مناقصه"]
QAMARI = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان", "شوال",
          "ذی‌القعده", "ذی‌الحجه"]
#: companies of an advertorial
COMPANIES = ["گروه صنعتی مس‌آرای", "شرکت ظروف تاس‌ساز", "هلدینگ چکش طلایی", "شرکت بازرگانی مسینه"]
#: an Instagram mirror's counts and buttons
MIRROR_BUTTONS = ["دانلود عکس", "دانلود همه", "مشاهده پروفایل", "پست بعدی"]
#: court fields' names
COURTS = ["شعبه ۱۵ دادگاه تجدیدنظر استان", "شعبه ۳ دادگاه کیفری یک", "شعبه ۷ دیوان عدالت اداری",
          "شعبه ۲۲ دادگاه عمومی حقوقی"]
VERDICTS = ["قطعی", "قابل تجدیدنظر", "بدوی", "صادره"]
#: a channel's programmes (the schedule's rows)
PROGRAMMES = ["خبر سراسری", "هنرهای دستی ایران", "مستند سرزمین من", "سریال خانه پدری", "کودک و نوجوان",
              "ورزش از نگاه دو", "گفت‌وگوی ویژه خبری", "فیلم سینمایی"]
CHANNELS = ["شبکه یک", "شبکه دو", "شبکه سه", "شبکه چهار", "شبکه مستند", "شبکه استانی"]
#: a tag list's words
TAGS = ["صنایع دستی", "هنرمندان", "بازار", "نمایشگاه", "میراث فرهنگی", "صادرات", "گردشگری", "آموزش"]
