"""Family set AW's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_aw`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``awdev``, 5-8 ``awheld``
FAMILIES = ["dam_reservoirs", "airport_delays", "honey_farms", "taxi_meters", "desert_locusts", "bread_queues",
            "chess_clubs", "rural_clinics"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"dam_reservoirs": "viewer", "airport_delays": "feed", "honey_farms": "notes", "taxi_meters": "revisions",
        "desert_locusts": "transcript", "bread_queues": "chat", "chess_clubs": "usenet", "rural_clinics": "wap"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "dam_reservoirs": [("epaper.sadd-emrooz.ir", "سد امروز", "روزنامه آب و انرژی"),
                       ("docs.ab-bulletin.ir", "بولتن آب منطقه‌ای", "گزیده خبرهای منابع آب"),
                       ("scan.mokhazen-archive.org", "آرشیو مخازن", "بایگانی اسکن‌شده بولتن‌ها")],
    "airport_delays": [("www.parvaz-khabar.ir", "پرواز خبر", "اخبار فرودگاه‌ها و خطوط هوایی"),
                       ("feed.bandar-havayi.com", "بندر هوایی", "سرویس خوراک خبری هوانوردی"),
                       ("dump.salon-forudgah.ir", "سالن فرودگاه", "پایگاه خبری مسافران")],
    "honey_farms": [("vault.kandoo-notes.ir", "کندو نوشت", "یادداشت‌های زنبورداری"),
                    ("export.asal-daftar.com", "دفتر عسل", "پشتیبان یادداشت‌های پژوهشی"),
                    ("pages.zanbor-kar.ir", "زنبورکار", "صفحه‌های کاری تیم ترویج")],
    "taxi_meters": [("wiki.khabar-azad.ir", "ویکی‌خبرنامه", "خبرنامه آزاد و همگانی"),
                     ("admin.service-madrese.ir", "سرویس مدرسه", "پایگاه خبری حمل‌ونقل دانش‌آموزی"),
                     ("docs.tahririye-shahr.com", "تحریریه شهر", "پیش‌نویس‌های مشترک تحریریه")],
    "desert_locusts": [("transcripts.malakh-watch.ir", "دیده‌بان ملخ", "متن پیاده‌شده گزارش‌های ویدیویی"),
                       ("video.kavir-news.ir", "کویرنیوز ویدیو", "ویدیوهای خبری کشاورزی"),
                       ("www.didaniha-jonub.com", "دیدنی‌های جنوب", "شبکه ویدیویی جنوب کشور")],
    "bread_queues": [("chats.nan-gorooh.ir", "گروه نان محله", "خروجی گفت‌وگوهای گروه"),
                     ("backup.safe-nanvayi.com", "صف نانوایی", "پشتیبان گفت‌وگوهای اعضا"),
                     ("export.kanal-maishat.ir", "کانال معیشت", "خروجی گروه خبری معیشت")],
    "chess_clubs": [("news.shatranj-net.ir", "شطرنج‌نت", "سرور خبری گروه‌های شطرنج"),
                    ("groups.mohre-sefid.com", "مهره سفید", "گروه گفت‌وگوی شطرنج‌بازان"),
                    ("nntp.kish-mat.org", "کیش و مات", "دروازه وب گروه‌های خبری")],
    "rural_clinics": [("wap.behvarz-news.ir", "بهورزنیوز", "نسخه وپ اخبار سلامت روستا"),
                      ("m.khaneh-behdasht.ir", "خانه بهداشت", "نسخه موبایل پایگاه سلامت"),
                      ("i.darmangah-rusta.com", "درمانگاه روستا", "نسخه گوشی‌های ساده")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "dam_reservoirs": ["epaper", "officeweb", "ocrtext"],  # an e-paper's zone; Word Online; a scan's OCR text
    "airport_delays": ["rss", "jsonfeed", "csvdump"],  # RSS 2.0 content:encoded; JSON Feed 1.1; a CMS table as CSV
    "honey_farms": ["obsidian", "enex", "notion"],  # Obsidian web clip (YAML); Evernote ENEX; Notion's HTML export
    "taxi_meters": ["mwdiff", "wpcompare", "gdocs"],  # a MediaWiki diff; WordPress compare revisions; Docs history
    "desert_locusts": ["otter", "player", "vidhost"],  # a transcript export; a video page's transcript; a video host
    "bread_queues": ["wa_viewer", "wa_web", "tg_html"],  # a WhatsApp export viewer; WhatsApp Web saved; Telegram export
    "chess_clubs": ["nntp", "groups", "gateway"],  # a raw Usenet article; a Groups web view; a web-news gateway
    "rural_clinics": ["wml", "xhtmlmp", "chtml"],  # WAP decks; XHTML Mobile Profile; i-mode cHTML
}
#: each family's sections (a page's rubric, a label's value, a property, a category, a hashtag)
SECTIONS = {
    "dam_reservoirs": ["آب و انرژی", "استان‌ها", "کشاورزی", "محیط زیست"],
    "airport_delays": ["هوانوردی", "گردشگری", "حمل‌ونقل", "اقتصادی"],
    "honey_farms": ["دامپروری", "کشاورزی", "صادرات", "بازار"],
    "taxi_meters": ["آموزش", "شهری", "حوادث", "حمل‌ونقل عمومی"],
    "desert_locusts": ["کشاورزی", "محیط زیست", "استانی", "امنیت غذایی"],
    "bread_queues": ["معیشت", "اقتصادی", "اجتماعی", "استانی"],  # (one word each: a channel's hashtag)
    "chess_clubs": ["ورزشی", "فرهنگی", "جوانان", "مسابقات"],
    "rural_clinics": ["سلامت", "بهداشت", "روستایی", "درمان"],
}
#: the kickers some headlines carry (a surtitle: no section)
KICKERS = ["گزارش", "گفت‌وگو", "پیگیری", "فوری", "یادداشت"]
#: a flight, a note, a clip's tags (no section)
TAGS = ["فرودگاه امام", "تأخیر پرواز", "مهرآباد", "بلیت", "زنبور", "کندو", "گرده", "ملکه"]
#: a Word Online viewer's toolbar
OFFICE = ["Word", "ویرایش در مرورگر", "چاپ", "دانلود", "اشتراک‌گذاری", "ذخیره‌شده در OneDrive"]
#: WordPress's admin menu (its compare screen's frame)
WP_ADMIN = ["پیشخوان", "نوشته‌ها", "رسانه", "برگه‌ها", "دیدگاه‌ها", "نمایش", "افزونه‌ها", "کاربران", "ابزارها",
            "تنظیمات", "جمع کردن فهرست"]
#: the replies a chat group's members write around a shared story
REPLIES = ["سلام دوستان", "ممنون از اطلاع‌رسانی", "خدا به داد مردم برسه", "کسی خبر داره از فردا چی میشه؟",
           "👍", "صحیح است", "این خبر تأیید شده؟", "منبعش معتبره", "ممنون", "امروز صف خیلی شلوغ بود"]
#: the words of a transcript export's keyword line
KEYWORDS = ["ملخ", "سم‌پاشی", "مزارع", "کارشناسان", "استان", "هرمزگان", "خسارت", "جهاد کشاورزی"]
#: a feature phone page's numbered links (accesskeys)
WAP_LINKS = ["خانه", "اخبار", "جستجو", "تماس"]
