"""Family set AU's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections,
kickers and the lines its sites repeat (kept apart from the generator, :mod:`site_families_au`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``audev``, 5-8 ``auheld``
FAMILIES = ["grain_imports", "ev_chargers", "migrant_workers", "internet_outages", "cement_market", "health_rumours",
            "provincial_budgets", "water_pricing"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"grain_imports": "wire", "ev_chargers": "json", "migrant_workers": "cluster", "internet_outages": "help",
        "cement_market": "headers", "health_rumours": "factcheck", "provincial_budgets": "viewer",
        "water_pricing": "marked"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "grain_imports": [("wire.roozname-sobh.ir", "میز خبر صبح نو", "سامانه دریافت خبر تحریریه"),
                      ("teletype.archive-matbuat.ir", "بایگانی تله‌تایپ", "آرشیو خبرهای دریافتی تحریریه‌ها"),
                      ("feed.khabarkhaneh.net", "خبرخانه", "سرویس خبری مشترکین رسانه‌ها")],
    "ev_chargers": [("www.barghi-khodro.ir", "برقی‌خودرو", "مجله خودروهای برقی و شارژ"),
                    ("api.sharjnews.app", "شارژنیوز", "اپلیکیشن خبری انرژی و حمل‌ونقل"),
                    ("www.jaddeh-sabz.com", "جاده سبز", "خبرهای حمل‌ونقل پاک")],
    "migrant_workers": [("www.khabar-jam.ir", "خبرجمع", "همه خبرها در یک نگاه"),
                        ("akhbar-ruz.net", "اخبار روز", "موتور جستجو و خوشه‌بندی خبر"),
                        ("www.sarkhat-yab.com", "سرخط‌یاب", "خبرخوان هوشمند فارسی")],
    "internet_outages": [("help.shatel-net.ir", "مرکز راهنمای شبکه‌نت", "پاسخ پرسش‌های مشترکان اینترنت"),
                         ("support.hamrah-net.com", "پشتیبانی همراه‌نت", "پایگاه دانش و اطلاعیه‌ها"),
                         ("rahnama.abrnet.ir", "راهنمای ابرنت", "اطلاعیه‌ها و راهنمای سرویس‌ها")],
    "cement_market": [("www.siman-online.ir", "سیمان آنلاین", "پایگاه خبری صنعت سیمان"),
                      ("www.masaleh-news.com", "مصالح‌نیوز", "اخبار بازار مصالح ساختمانی"),
                      ("bazar-sakht.ir", "بازار ساخت", "قیمت روز و اخبار ساختمان")],
    "health_rumours": [("www.rasti-yab.ir", "راستی‌یاب", "پایگاه راستی‌آزمایی اخبار سلامت"),
                       ("www.salamat-online.news", "سلامت آنلاین", "خبرگزاری تخصصی سلامت"),
                       ("shayeeh-sanj.com", "شایعه‌سنج", "سنجش ادعاهای پرتکرار فضای مجازی")],
    "provincial_budgets": [("docs.ostandari-gharb.ir", "استانداری غرب", "مرکز اسناد و خبرنامه‌ها"),
                           ("www.sanad-yab.ir", "سندیاب", "اشتراک و دانلود اسناد و مقالات"),
                           ("files.shora-ostan.ir", "شورای برنامه‌ریزی استان", "بایگانی گزارش‌ها و خبرنامه‌ها")],
    "water_pricing": [("www.ab-news.ir", "آب‌نیوز", "پایگاه خبری صنعت آب و فاضلاب"),
                      ("via.hypothes.is", "آبشار خبر", "هفته‌نامه خبری آب و انرژی"),
                      ("www.tarefe-online.ir", "تعرفه آنلاین", "خبرها و راهنمای قبض‌ها")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "grain_imports": ["terminal", "teletype", "wireprint"],  # a newsroom's wire monitor; a teletype take; its print
    "ev_chargers": ["wprest", "appapi", "nextdata"],  # WordPress REST JSON; a news app's API; Next.js page data
    "migrant_workers": ["fulltext", "excerpt", "timeline"],  # a cluster page with the whole story; a teaser; a timeline
    "internet_outages": ["zendesk", "freshdesk", "intercom"],  # help-centre articles of three platforms
    "cement_market": ["wget", "curl", "warc"],  # a page saved with its HTTP headers; curl -i; a WARC record
    "health_rumours": ["claimwp", "desk", "meter"],  # a fact-check site; an agency's desk; a verdict-meter site
    "provincial_budgets": ["pdfjs", "docshare", "pdfcopy"],  # PDF.js viewer; a document-sharing page; a text copy
    "water_pricing": ["searchmark", "hypothesis", "glossary"],  # search terms marked; annotations; glossary links
}
#: each family's sections (a trail's last step, a label's value, the menu item marked current, a field of the JSON)
SECTIONS = {
    "grain_imports": ["اقتصادی", "کشاورزی", "بازرگانی", "استان‌ها"],
    "ev_chargers": ["خودروهای برقی", "زیرساخت شارژ", "انرژی", "فناوری"],
    "migrant_workers": ["اجتماعی", "کار و کارگر", "بین‌الملل", "اقتصاد"],
    "internet_outages": ["اختلالات شبکه", "اطلاعیه‌های فنی", "قطعی‌های برنامه‌ریزی‌شده", "اخبار سرویس"],
    "cement_market": ["بازار", "صنعت", "صادرات", "مسکن و ساختمان"],
    "health_rumours": ["سلامت", "تغذیه", "دارو و درمان", "واکسن"],
    "provincial_budgets": ["بودجه و برنامه", "عمرانی", "شهرستان‌ها", "اقتصاد استان"],
    "water_pricing": ["آب و فاضلاب", "تعرفه‌ها", "مدیریت مصرف", "شهری"],
}
#: the steps of the trails over the section, where a kind shows one
PARENTS = {"migrant_workers": "خبرها", "internet_outages": "اطلاعیه‌ها", "cement_market": "اخبار",
           "health_rumours": "راستی‌آزمایی", "water_pricing": "اخبار"}
#: the kickers some headlines carry (a surtitle: no section)
KICKERS = {
    "wire": ["فوری", "گزارش", "در حاشیه بازار", "گفت‌وگو"],
    "json": ["گزارش", "خبر ویژه", "بررسی", "پیگیری"],
    "cluster": ["داغ", "پربحث", "خبر ویژه"],
    "help": [],
    "headers": ["گزارش", "بازار امروز", "خبر ویژه", "تحلیل"],
    "factcheck": ["راستی‌آزمایی", "شایعه", "بررسی ادعا"],
    "viewer": ["گزارش", "خبر", "ویژه"],
    "marked": ["گزارش", "پیگیری", "خبر ویژه", "گفت‌وگو"],
}
#: the top menus of the sites that show one
MENUS = {
    "migrant_workers": ["خانه", "پربازدیدها", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "همه منابع"],
    "internet_outages": ["مرکز راهنما", "ارسال درخواست", "وضعیت سرویس‌ها", "ورود"],
    "cement_market": ["صفحه نخست", "قیمت سیمان", "بازار", "صنعت", "صادرات", "تماس با ما"],
    "health_rumours": ["خانه", "ادعاها", "روش کار ما", "گزارش ادعا", "درباره ما"],
    "water_pricing": ["صفحه اصلی", "اخبار", "تعرفه‌ها", "صرفه‌جویی", "چندرسانه‌ای", "تماس"],
}
#: the wire services' codes (a teletype's category code, a monitor's filter)
WIRE_CODES = {"اقتصادی": "ECO", "کشاورزی": "AGR", "بازرگانی": "COM", "استان‌ها": "PRV"}
#: the priorities of the wire items
PRIORITIES = ["عادی", "مهم", "فوری"]
#: rumours a fact-check page examines (its claim box)
CLAIMS = [
    "مصرف روزانه آب‌لیموی داغ ویروس‌ها را در بدن از بین می‌برد.",
    "نوشیدن آب یخ بعد از غذا باعث سرطان معده می‌شود.",
    "قرار گرفتن گوشی همراه کنار سر هنگام خواب موجب تومور مغزی می‌شود.",
    "یک داروی گیاهی ایرانی دیابت نوع دو را در یک ماه درمان می‌کند.",
    "واکسن آنفلوآنزا خود باعث ابتلا به آنفلوآنزا می‌شود.",
    "خوردن تخم‌مرغ بیش از یک عدد در هفته سکته قلبی می‌آورد.",
    "دمنوش زنجبیل و عسل جایگزین آنتی‌بیوتیک است.",
    "آب معدنی بطری‌شده‌ای که در آفتاب مانده سرطان‌زاست.",
    "روغن زیتون را نباید برای سرخ کردن استفاده کرد چون سمی می‌شود.",
    "کمبود ویتامین دی با خوردن قرص در یک هفته جبران می‌شود.",
    "نمک دریا برخلاف نمک معمولی فشار خون را بالا نمی‌برد.",
    "شستن مرغ خام پیش از پخت میکروب‌ها را از بین می‌برد.",
]
#: the claimants a fact-check names
CLAIMANTS = ["یک کانال تلگرامی پرمخاطب", "پیام‌های دست‌به‌دست‌شده در واتس‌اپ", "یک صفحه اینستاگرامی سلامت",
             "یک ویدئوی پربازدید در آپارات", "یک وب‌سایت فروش مکمل"]
#: the verdicts of a fact-check meter, mildest first
VERDICTS = ["درست", "نیمه‌درست", "گمراه‌کننده", "نادرست", "بی‌پایه"]
#: the words a search-highlighting site marked (the reader's query)
QUERIES = ["آب", "تعرفه", "قبض", "مصرف", "شهر", "افزایش"]
#: a glossary plugin's terms and their tooltips
GLOSSARY = {
    "آب‌بها": "بهایی که مشترک برای هر مترمکعب آب مصرفی می‌پردازد.",
    "تعرفه": "نرخ مصوب فروش یک کالا یا خدمت عمومی به مشترکان.",
    "مشترک": "شخص یا واحدی که با شرکت خدمات‌دهنده قرارداد انشعاب دارد.",
    "یارانه": "بخشی از هزینه کالا یا خدمت که دولت پرداخت می‌کند.",
    "پلکانی": "روشی که بهای هر واحد را با بالا رفتن مصرف بیشتر می‌کند.",
    "سقف": "بیشترین مقدار مجاز یک شاخص در یک دوره.",
}
#: annotators' accounts on the annotation proxy
ANNOTATORS = ["reza_k", "m.amini", "nasrin.h", "kaveh77", "sara.t"]
#: the notes annotators write
NOTES = ["منبع این عدد کجاست؟", "مقایسه با سال قبل جالب است.", "این را در گزارش هفته بعد پیگیری کنیم.",
         "به نظر من این ادعا دقیق نیست.", "برای کلاس فردا مفید است.", "نقل‌قول مهم"]
#: help-centre readers' votes and prompts
HELPFUL = ["آیا این مقاله مفید بود؟", "بله", "خیر"]
#: the document-sharing site's buttons
DOC_BUTTONS = ["دانلود", "گزارش تخلف", "اشتراک‌گذاری", "افزودن به علاقه‌مندی‌ها"]
#: the offices whose bulletins a document-sharing site holds
DOC_ORGS = ["فرمانداری شهرستان کوهدشت", "سازمان مدیریت و برنامه‌ریزی استان", "شهرداری منطقه دو",
            "اداره کل راه و شهرسازی", "دفتر امور عمرانی استانداری"]
