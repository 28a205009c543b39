"""Family set AZ's tables: hosts, the variant of its family's kind each host's pages come in, the family's sections
and the lines its sites repeat (kept apart from the generator, :mod:`site_families_az`)."""
from __future__ import annotations

#: the families in the brief's order (its kinds 1 … 8); the split is fixed by the brief: 1-4 ``azdev``, 5-8 ``azheld``
FAMILIES = ["lentil_fields", "pomegranate_juice", "bus_terminals", "walnut_orchards", "tea_auctions", "kiwi_exports",
            "wheat_silos", "pearl_diving"]
#: the open half (the brief's kinds 1-4) and the held half (5-8)
DEV, HELD = FAMILIES[:4], FAMILIES[4:]
#: the kind of page of each family (one kind a family; its hosts differ in the kind's variants)
KIND = {"lentil_fields": "clipping", "pomegranate_juice": "applanding", "bus_terminals": "comments",
        "walnut_orchards": "columnist", "tea_auctions": "feedreader", "kiwi_exports": "infotext",
        "wheat_silos": "govportal", "pearl_diving": "widget"}
#: (domain, name, tagline) of each family's hosts
HOSTS = {
    "lentil_fields": [("pressyab.adas-monitor.ir", "پرس‌یاب عدس", "سامانه پایش رسانه‌ها و بریده جراید"),
                      ("archive.daneh-papers.com", "آرشیو دانه", "آرشیو دیجیتال روزنامه‌های کشور"),
                      ("scan.keshtzar-media.ir", "کشتزار مدیا", "متن اسکن صفحات نشریات")],
    "pomegranate_juice": [("apps.anar-store.ir", "انارستور", "فروشگاه اپلیکیشن‌های ایرانی"),
                          ("app.saveh-khabar.com", "ساوه خبر اپ", "نسخه وب‌اپ خبرخوان ساوه"),
                          ("dl.golnar-news.ir", "گلنار نیوز", "دانلود اپلیکیشن خبری گلنار")],
    "bus_terminals": [("www.payaneh-online.ir", "پایانه آنلاین", "خبر و گفت‌وگوی مسافران"),
                      ("news.jadde-emrooz.com", "جاده امروز", "پایگاه خبری حمل‌ونقل جاده‌ای"),
                      ("txt.mosafer-forum.ir", "مسافرنامه", "نسخه متنی بحث‌های خبری")],
    "walnut_orchards": [("www.gerdoo-nameh.ir", "گردونامه", "ستون‌نویسان و یادداشت‌ها"),
                        ("daily.baghestan-press.com", "روزنامه باغستان", "روزنامه صبح استان"),
                        ("note.chenar-qalam.ir", "چنار قلم", "یادداشت‌های هفتگی نویسندگان")],
    "tea_auctions": [("reader.chai-feed.ir", "چای‌خوان", "خبرخوان آنلاین"),
                     ("feeds.lahijan-rss.com", "خوراک لاهیجان", "مرور خوراک‌های خبری"),
                     ("nb.barg-sabz.ir", "برگ سبز", "خروجی متنی خبرخوان")],
    "kiwi_exports": [("info.kivi-graph.ir", "کیوی‌گراف", "اینفوگرافیک‌های اقتصادی"),
                     ("desc.tonekabon-data.com", "داده تنکابن", "توضیح متنی نمودارها"),
                     ("matn.sabz-roshan.ir", "سبز روشن", "نسخه متنی برای کم‌بینایان")],
    "wheat_silos": [("www.ghalle-gov.ir", "اداره کل غله استان", "پایگاه اطلاع‌رسانی اداره کل"),
                    ("m.anbar-portal.ir", "پرتال انبارداری", "نسخه همراه پرتال سازمانی"),
                    ("txt.gandom-dolat.ir", "گندم دولت", "نسخه متنی درگاه")],
    "pearl_diving": [("www.bandar-havashenasi.ir", "هواشناسی بندر", "پیش‌بینی هوا و دریا"),
                     ("shop.sadaf-bazar.com", "صدف بازار", "فروشگاه صنایع دریایی"),
                     ("www.khalij-mosafer.ir", "خلیج مسافر", "راهنمای سفر به جزایر")],
}
#: each host's variant of its family's kind, in the order of :data:`HOSTS`
VARIANT = {
    "lentil_fields": ["monitorview", "archivetext", "hocrview"],  # monitoring clipping; archive page text; hOCR view
    "pomegranate_juice": ["storelisting", "pwainstall", "dlpage"],  # app store listing; PWA install; «دانلود اپلیکیشن»
    "bus_terminals": ["disqusembed", "nazarat", "threadtxt"],  # Disqus-like embed; «نظرات» with replies; a text copy
    "walnut_orchards": ["profile", "editorial", "columntxt"],  # columnist profile; a daily's «سرمقاله»; a text copy
    "tea_auctions": ["readerweb", "readercards", "newsboat"],  # Inoreader-like; a card reader; newsboat's text view
    "kiwi_exports": ["infoalt", "longdesc", "a11ytxt"],  # infographic page; a longdesc page; an accessible text
    "wheat_silos": ["govportal", "govmobile", "govtxt"],  # a provincial portal; its mobile view; its text version
    "pearl_diving": ["weatherwidget", "shopwidget", "travelwidget"],  # a news widget embedded in three other sites
}
#: each family's sections (a trail's, a label's, a category, a tag's)
SECTIONS = {
    "lentil_fields": ["کشاورزی", "اقتصادی", "استانی", "اجتماعی"],
    "pomegranate_juice": ["اقتصادی", "استانی", "کشاورزی", "بازار"],
    "bus_terminals": ["حمل‌ونقل", "اجتماعی", "شهری", "استانی"],
    "walnut_orchards": ["اجتماعی", "اقتصادی", "کشاورزی", "سیاسی"],
    "tea_auctions": ["اقتصادی", "کشاورزی", "بازار", "استانی"],
    "kiwi_exports": ["اقتصادی", "صادرات", "کشاورزی", "بازار"],
    "wheat_silos": ["اخبار اداره کل", "اطلاعیه‌ها", "کشاورزی", "استانی"],
    "pearl_diving": ["دریایی", "گردشگری", "استانی", "محیط‌زیست"],
}
#: newspapers whose pages a clipping service scans (name, weekly issue base)
PAPERS = ["روزنامه صبح کویر", "روزنامه نسیم زاگرس", "روزنامه آوای شمال", "روزنامه پیام دشت"]
#: a monitoring service's tags on a clipping
TONES = ["خنثی", "مثبت", "انتقادی"]
#: commenters' short remarks (a comment-heavy page's own text)
REMARKS = ["این وضعیت هر سال تکرار می‌شود و کسی پاسخگو نیست.", "ممنون از گزارش خوبتان، لطفاً پیگیری کنید.",
           "من خودم هفته پیش همین مشکل را داشتم و سه ساعت معطل شدم.", "مسئولان فقط وعده می‌دهند.",
           "چرا آمار دقیق منتشر نمی‌شود؟", "در شهر ما وضع از این هم بدتر است.",
           "این خبر نیمه‌کاره است، نظر طرف مقابل را هم بپرسید.", "کاملاً موافقم، باید زودتر اقدام می‌شد.",
           "لطفاً نظر کارشناسان مستقل را هم منعکس کنید.", "بالاخره یک خبر خوب!",
           "آیا این تصمیم برای شهرستان‌ها هم اجرا می‌شود؟", "من با این نظر مخالفم، هزینه‌ها را چه کسی می‌دهد؟"]
#: pieces a long comment is put together from (a comment holds one to four)
PIECES = ["من هر هفته از این مسیر رفت‌وآمد می‌کنم و هیچ تغییری ندیده‌ام.", "دو سال پیش هم همین وعده را دادند.",
          "کاش خبرنگار محترم سری هم به پایانه جنوبی می‌زد و وضع سرویس‌های بهداشتی را می‌دید.",
          "قیمت‌ها هر ماه بالا می‌رود ولی کیفیت خدمات همان است که بود.", "به نظر من مشکل اصلی مدیریت است نه بودجه.",
          "پدرم راننده اتوبوس بود و همیشه می‌گفت تا نوسازی ناوگان انجام نشود چیزی درست نمی‌شود.",
          "این گزارش دقیق و منصفانه بود، دستتان درد نکند.", "لطفاً شماره تماس سامانه شکایات را هم اعلام کنید.",
          "در شهرستان ما اصلاً پایانه درست‌وحسابی نداریم و مسافران کنار جاده منتظر می‌مانند.",
          "کسی که این تصمیم را گرفته یک بار هم با اتوبوس سفر نکرده است.", "ای کاش به جای حرف، عمل ببینیم.",
          "سؤال من این است که پول بلیت‌ها دقیقاً کجا هزینه می‌شود؟",
          "با این وضع بنزین، سفر با خودروی شخصی به‌صرفه‌تر است.",
          "خبر خوبی است اما اجرایش را باید دید.",
          "اپلیکیشن خرید بلیت هم مدام قطع می‌شود و پول کم می‌شود ولی بلیت صادر نمی‌شود.",
          "دیروز سه ساعت در سالن انتظار بودیم و هیچ اطلاع‌رسانی‌ای نشد.", "درود بر شما که پیگیر مشکلات مردم هستید.",
          "مقایسه کنید با کشورهای همسایه، خواهید دید چقدر عقب هستیم.", "آیا سهمیه دانشجویی هم در نظر گرفته شده؟",
          "این خبر را باید در صفحه اول کار می‌کردید."]
#: an app's changelog lines and permissions
CHANGES = ["رفع اشکالات گزارش‌شده", "بهبود سرعت بارگذاری اخبار", "افزودن حالت شب", "پشتیبانی از اعلان‌های فوری"]
PERMS = ["دسترسی به اینترنت", "دریافت اعلان", "ذخیره فایل"]
#: a columnist's bio lines
BIOS = ["دانش‌آموخته اقتصاد کشاورزی و پژوهشگر بازارهای روستایی", "روزنامه‌نگار و مدرس دانشگاه",
        "کارشناس توسعه منطقه‌ای و نویسنده چند کتاب"]
#: a portal's accessibility bar and quick links
A11Y = ["افزایش اندازه قلم", "کاهش اندازه قلم", "نسخه نابینایان", "تغییر رنگ"]
QUICK = ["میز خدمت الکترونیک", "سامانه پیشنهادات", "قوانین و مقررات", "ارتباط با مدیرکل"]
#: the page's own content around an embedded widget (weather, a shop, a travel guide)
AROUND = {"weatherwidget": ["دما: ۳۱ درجه", "رطوبت: ۶۸٪", "وزش باد: ۱۲ گره", "ارتفاع موج: ۱ متر"],
          "shopwidget": ["سبد خرید (۰)", "ارسال رایگان بالای ۵۰۰ هزار تومان", "پرفروش‌ترین‌ها", "ورود / ثبت‌نام"],
          "travelwidget": ["رزرو هتل", "بلیت کشتی", "جاذبه‌های جزیره", "نقشه راه"]}
