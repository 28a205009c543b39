"""Family set AX's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_ax`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``axdev``, 5-8 ``axheld``
FAMILIES = ["carpet_exports", "pension_claims", "qanat_repairs", "ferry_routes", "hail_storms", "olive_groves",
            "tree_census", "wildfire_updates"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"carpet_exports": "transport", "pension_claims": "factcheck", "qanat_repairs": "annotated",
        "ferry_routes": "channel", "hail_storms": "search", "olive_groves": "preview", "tree_census": "notebook",
        "wildfire_updates": "liveentry"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "carpet_exports": [("har.farsh-rasad.ir", "رصد فرش", "بایگانی درخواست‌های شبکه"),
                       ("trace.galim-baf.com", "گلیم‌باف", "لاگ دریافت صفحات خبری"),
                       ("headers.tar-o-pood.ir", "تار و پود", "ابزار بررسی هدر و محتوای صفحه")],
    "pension_claims": [("www.dorostsanj.ir", "درست‌سنج", "سامانه سنجش ادعاهای عمومی"),
                       ("check.zarbin-khabar.com", "ذره‌بین خبر", "واحد راستی‌آزمایی"),
                       ("haftenameh.sahih-ya-na.ir", "صحیح یا نه", "خبرنامه هفتگی راستی‌آزمایی")],
    "qanat_repairs": [("read.kariz-ketab.ir", "کاریزخوان", "کتابخانه شخصی خواندنی‌ها"),
                      ("review.mirab-docs.com", "میراب", "بازبینی مشترک متن‌ها"),
                      ("a11y.payab-log.ir", "پایاب", "گزارش صفحه‌خوان برای آزمون دسترس‌پذیری")],
    "ferry_routes": [("ble.lenj-channel.ir", "کانال لنج", "کانال خبری دریانوردی جنوب"),
                     ("social.bandar-toot.ir", "بندرتوت", "شبکه اجتماعی آزاد بندرنشینان"),
                     ("x.nakhoda-post.com", "ناخدا پست", "نمای پست‌های حساب‌های خبری")],
    "hail_storms": [("www.tagarg-news.ir", "تگرگ‌نیوز", "پایگاه خبری هواشناسی کشاورزی"),
                    ("www.abr-o-bad.com", "ابر و باد", "خبرگزاری اقلیم و محیط زیست"),
                    ("blog.barf-o-baran.ir", "برف و باران", "وبلاگ خبری آب و هوا")],
    "olive_groves": [("staging.zeytoon-khabar.ir", "زیتون خبر", "پایگاه خبری باغداری"),
                     ("cms.roghan-zeyt.com", "روغن زیت", "خبرنامه صنایع غذایی"),
                     ("panel.baghestan-news.ir", "باغستان نیوز", "اخبار باغ و باغداران")],
    "tree_census": [("nb.derakht-dade.ir", "داده درخت", "دفترچه‌های داده‌محور شهری"),
                    ("data.sabz-shomar.com", "سبزشمار", "گزارش‌های داده‌ای فضای سبز"),
                    ("lab.chenar-data.ir", "آزمایشگاه چنار", "مخزن دفترچه‌های تحلیل")],
    "wildfire_updates": [("live.atash-jangal.ir", "آتش جنگل", "پوشش خبری حوادث طبیعی"),
                         ("amp.zagros-zende.com", "زاگرس زنده", "اخبار لحظه‌ای زاگرس"),
                         ("www.dood-o-shoole.ir", "دود و شعله", "پایگاه خبری امداد و نجات")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "carpet_exports": ["har", "curlv", "sniffer"],  # a HAR 1.2 file; a ``curl -v`` trace; a header checker's view
    "pension_claims": ["meter", "claimbox", "digest"],  # a rating scale; a ClaimReview badge card; a weekly digest
    "qanat_repairs": ["highlights", "comments", "speechlog"],  # a reader app's highlights; margin comments; NVDA log
    "ferry_routes": ["bale", "mastodon", "xpost"],  # a Bale channel's web view; a Mastodon thread; an X long post
    "hail_storms": ["sitesearch", "readpane", "wpsearch"],  # a site search; results with a reading pane; WP ?s=
    "olive_groves": ["wppreview", "drupal", "farsicms"],  # WordPress preview; a Drupal node's tabs; a newsroom CMS
    "tree_census": ["nbconvert", "quarto", "ipynb"],  # a notebook as HTML; a Quarto page; the .ipynb JSON
    "wildfire_updates": ["entrylink", "liveamp", "focus"],  # an entry's permalink; an AMP live list; a focused entry
}
#: each family's sections (a trail's, a label's, a category, a hashtag's word)
SECTIONS = {
    "carpet_exports": ["صنایع‌دستی", "صادرات", "اقتصادی", "بازرگانی"],
    "pension_claims": ["اقتصادی", "اجتماعی", "سیاسی", "سلامت"],
    "qanat_repairs": ["میراث", "کشاورزی", "استانی", "محیط‌زیست"],
    "ferry_routes": ["دریایی", "گردشگری", "استانی", "حمل‌ونقل"],  # (one word each: a channel's hashtag)
    "hail_storms": ["هواشناسی", "کشاورزی", "حوادث", "استان‌ها"],
    "olive_groves": ["باغبانی", "کشاورزی", "صنایع غذایی", "بازار"],
    "tree_census": ["شهری", "محیط زیست", "داده", "مدیریت شهری"],
    "wildfire_updates": ["حوادث", "محیط زیست", "امداد", "استانی"],
}
#: the kickers some headlines carry (a surtitle: no section)
KICKERS = ["گزارش", "پیگیری", "ویژه", "فوری", "تحلیل"]
#: a fact check's rating scale, truest first
SCALE = ["درست", "عمدتاً درست", "نیمه‌درست", "گمراه‌کننده", "نادرست"]
#: who made a claim (a fact check's claimant) and where
CLAIMANTS = ["نماینده مجلس", "سخنگوی یک وزارتخانه", "کاربر شبکه‌های اجتماعی", "یک مقام استانی", "یک فعال رسانه‌ای"]
PLACES = ["در یک برنامه تلویزیونی", "در پیامی در شبکه‌های اجتماعی", "در نشست خبری", "در یک سخنرانی"]
#: a reader's notes beside highlighted paragraphs, a reviewer's comments in a document's margin
NOTES = ["برای گزارش فصلی مفید است", "عدد را با آمار سال قبل مقایسه کنم", "نقل‌قول خوبی است", "منبع دوم پیدا شود",
         "این بخش مهم است"]
COMMENTS = ["این جمله منبع می‌خواهد", "تاریخ دقیق را چک کنید", "لحن این بند تند است", "عدد با جدول نمی‌خواند",
            "به نظرم کوتاه‌تر شود", "تأیید شد"]
#: a screen reader's announcements (NVDA's Persian speech)
SR = {"banner": "نقطه عطف سرصفحه", "nav": "نقطه عطف ناوبری", "main": "نقطه عطف محتوای اصلی",
      "footer": "نقطه عطف اطلاعات محتوا", "link": "پیوند", "h1": "عنوان سطح ۱", "h2": "عنوان سطح ۲",
      "out": "خارج از فهرست", "visited": "پیوند دیده‌شده"}
#: a channel's short posts around the story (other members' or the channel's own)
POSTS = ["برنامه حرکت شناورها فردا اعلام می‌شود", "هوای بندر امروز آفتابی است", "📌 کانال ما را به دوستانتان معرفی کنید",
         "لطفاً نظرات خود را برای ادمین بفرستید", "گزارش تصویری فردا منتشر می‌شود", "🌊 وضعیت دریا: آرام"]
#: a search page's filters and a WordPress theme's widgets
FILTERS = ["همه", "خبر", "عکس", "ویدیو", "گزارش"]
WIDGETS = ["دسته‌ها", "بایگانی", "آخرین نوشته‌ها", "برچسب‌ها"]
#: WordPress's admin bar on a preview
WP_BAR = ["سفارشی‌سازی", "+ تازه", "ویرایش نوشته"]
#: a notebook's code cells (pandas, matplotlib)
CODE = [["import pandas as pd", "import matplotlib.pyplot as plt"],
        ["df = pd.read_csv('trees_1405.csv')", "df.shape"],
        ["by_zone = df.groupby('zone')['count'].sum()", "by_zone.head()"],
        ["ax = by_zone.plot(kind='bar', figsize=(8, 4))", "plt.tight_layout()"]]
#: a live blog's names (the live page's headline, no story's)
LIVE = ["پوشش زنده آتش‌سوزی جنگل‌ها", "لحظه به لحظه با مهار آتش", "آخرین خبرها از مناطق آتش‌گرفته"]
