"""Family set AV's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections,
kickers and the lines its sites repeat (kept apart from the generator, :mod:`site_families_av`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``avdev``, 5-8 ``avheld``
FAMILIES = ["street_trees", "rail_freight", "hamun_lake", "night_bakeries", "seed_banks", "elevator_safety",
            "fishing_ports", "bicycle_lanes"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"street_trees": "listen", "rail_freight": "ebook", "hamun_lake": "archive", "night_bakeries": "script",
        "seed_banks": "notes", "elevator_safety": "versions", "fishing_ports": "xml", "bicycle_lanes": "smallweb"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "street_trees": [("www.shahr-sabz.ir", "شهر سبز", "پایگاه خبری فضای سبز شهری"),
                     ("www.bishno.news", "بیشنو", "خبرها را بشنوید"),
                     ("seda.derakht-online.com", "درخت آنلاین صوتی", "نسخه صوتی خبرهای محیط زیست")],
    "rail_freight": [("library.rayli-haftegi.ir", "کتابخانه ریلی هفتگی", "گزیده هفتگی خبرهای ریلی"),
                     ("ketab.khat-ahan.net", "کتاب خط آهن", "مجموعه الکترونیکی خبرهای حمل‌ونقل"),
                     ("txt.bar-rail.org", "بار ریل", "بایگانی متنی خبرنامه‌ها")],
    "hamun_lake": [("web.archive.org", "بایگانی هامون‌نیوز", "هامون‌نیوز، پایگاه خبری سیستان"),
                   ("arquivo.pt", "چشمه سیستان", "روزنامه الکترونیکی شرق کشور"),
                   ("webarchive.nlai-bayegan.ir", "نیمروز امروز", "اخبار سیستان و بلوچستان")],
    "night_bakeries": [("newsroom.sima-ostan.ir", "اتاق خبر سیمای استان", "سامانه متن گزارش‌های خبری"),
                       ("matn.radio-shahr.ir", "متن رادیو شهر", "بایگانی متن برنامه‌های خبری"),
                       ("prompter.khabar-shab.tv", "خبر شب", "تله‌پرامپتر تحریریه")],
    "seed_banks": [("notes.bazr-bank.ir", "یادداشت‌های بانک بذر", "دفترچه پژوهشگران ژن"),
                   ("keep.kesht-dan.com", "کشت‌دان", "یادداشت‌های پژوهشی کشاورزی"),
                   ("one.genbank-ostan.ir", "دفتر ژن استان", "یادداشت‌های همکاران")],
    "elevator_safety": [("www.taghirat-khabar.ir", "تغییرات خبر", "رصد ویرایش خبرها در رسانه‌ها"),
                        ("www.asansor-news.ir", "آسانسورنیوز", "پایگاه خبری ایمنی ساختمان"),
                        ("www.imeni-shahr.com", "ایمنی شهر", "اخبار ایمنی و آتش‌نشانی")],
    "fishing_ports": [("export.saheli-news.ir", "ساحلی‌نیوز", "خبرهای بنادر و صیادی"),
                      ("backup.daryadelan.blogspot.com", "دریادلان", "وبلاگ صیادان جنوب"),
                      ("feeds.khabar-bandar.ir", "خبر بندر", "سرویس توزیع خبر دریایی")],
    "bicycle_lanes": [("capsule.docharkheh.ir", "دوچرخه‌گاه", "کپسول جمینی خبرهای دوچرخه"),
                      ("gopher.pedal-shahr.ir", "پدال شهر", "سرور گوفر خبرهای شهری"),
                      ("proxy.gemini-fa.org", "جمینی فارسی", "دروازه وب کپسول‌های فارسی")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "street_trees": ["sentences", "words", "audiofirst"],  # read-aloud spans a sentence; a word; an audio page
    "rail_freight": ["calibre", "epub", "ebooktxt"],  # calibre's news e-book; an EPUB chapter; ebook-convert text
    "hamun_lake": ["wayback", "arquivo", "natlib"],  # web-archive captures: the Wayback toolbar; Arquivo.pt; national
    "night_bakeries": ["enps", "inews", "prompter"],  # a TV script's print; a radio script as text; a teleprompter
    "seed_banks": ["evernote", "keep", "onenote"],  # notes exported: Evernote HTML; Google Keep; OneNote
    "elevator_safety": ["diffsite", "revised", "corrected"],  # a change tracker; a revised story; a correction
    "fishing_ports": ["wxr", "blogger", "newsml"],  # a WordPress export item; a Blogger Atom export; IPTC NewsML-G2
    "bicycle_lanes": ["gemtext", "gopher", "kineto"],  # a Gemini capsule's gemtext; a gopher text; a Gemini proxy
}
#: each family's sections (a trail's last step, a label's value, the menu item marked current)
SECTIONS = {
    "street_trees": ["محیط زیست", "شهری", "فضای سبز", "مدیریت شهری"],
    "rail_freight": ["حمل‌ونقل ریلی", "ترانزیت", "بندر و گمرک", "صنعت"],
    "hamun_lake": ["سیستان", "محیط زیست", "کشاورزی", "آب"],
    "night_bakeries": ["اجتماعی", "اقتصادی", "استانی", "گزارش ویژه"],
    "seed_banks": ["کشاورزی", "پژوهش", "منابع طبیعی", "علمی"],
    "elevator_safety": ["حوادث", "ایمنی", "شهری", "مسکن"],
    "fishing_ports": ["دریایی", "صیادی", "بنادر", "اقتصاد دریا"],
    "bicycle_lanes": ["شهری", "حمل‌ونقل پاک", "ورزش همگانی", "محیط زیست"],
}
#: the kickers some headlines carry (a surtitle: no section)
KICKERS = {
    "listen": ["بشنوید", "گزارش", "خبر ویژه"],
    "ebook": ["گزارش", "تحلیل", "خبر"],
    "archive": ["فوری", "گزارش", "گفت‌وگو"],
    "script": [],
    "notes": [],
    "versions": ["گزارش", "پیگیری", "فوری"],
    "xml": [],
    "smallweb": [],
}
#: the tags an export lists beside the category (no section)
TAGS = ["بندرعباس", "صید میگو", "لنج", "شیلات", "خلیج فارس", "صیادان", "بندر", "دریا"]
#: the top menus of the sites that show one
MENUS = {
    "street_trees": ["خانه", "محیط زیست", "شهری", "فضای سبز", "مدیریت شهری", "پادکست", "تماس"],
    "hamun_lake": ["صفحه اصلی", "سیستان", "محیط زیست", "کشاورزی", "آب", "عکس", "آرشیو"],
    "elevator_safety": ["صفحه نخست", "حوادث", "ایمنی", "شهری", "مسکن", "آموزش", "درباره ما"],
}
#: the parents of a trail's last step
PARENTS = {"street_trees": "اخبار", "hamun_lake": "خبرها", "seed_banks": "یادداشت‌ها", "elevator_safety": "اخبار"}
#: a read-aloud player's speeds and voices
SPEEDS = ["۰.۷۵x", "۱x", "۱.۲۵x", "۱.۵x", "۲x"]
VOICES = ["صدای هوش مصنوعی آوا", "گوینده: نگار (صدای ماشینی)", "گوینده: هوشیار"]
#: a TV or radio script's cues (production notes between the narration's paragraphs)
CUES = ["[تصویر: نمای شبانه از خیابان]", "[VO]", "[گوینده]", "[نریشن]", "[موسیقی زیر صدا]", "[تصویر آرشیوی]",
        "[گرافیک: آمار]", "[قطع به استودیو]"]
#: the bulletins a script is written for
BULLETINS = ["خبر ساعت ۱۴", "خبر ساعت ۲۰:۳۰", "خبر شبانگاهی", "خبر استانی ساعت ۱۹"]
#: the speakers a script's SOT cue names
SOTS = ["نانوای محله", "رئیس اتحادیه نانوایان", "یک شهروند", "کارشناس تغذیه", "بازرس اصناف"]
#: labels a note app lets a user put on a note
LABELS = ["پژوهش", "بذر", "برای مقاله", "خواندنی", "پیگیری", "کلاس"]
#: the Wayback toolbar's lines (English, as the archive shows them)
WAYBACK = ["Go", "About this capture", "COLLECTED BY", "Organization: Internet Archive",
           "TIMESTAMPS", "The Wayback Machine"]
#: Arquivo.pt's toolbar (Portuguese)
ARQUIVO = ["Pesquisa de páginas", "Versões", "Ver página original", "Partilhar", "Ecrã completo", "Ajuda"]
