"""Family set X: eight Persian site families of beekeeping, saffron, mountaineering, dental clinics, pet shops,
village councils, traditional medicine and tea gardens, written blind to the extractor.

    build(out_dir, n, seed=223, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages; its frame is ``site_families_w.py``'s (W's, V's and U's
generic pieces are imported: the credit, tag, short-link, trail, comment, clock, gallery, poll and ``<head>``
helpers), its families, tables and forms are its own and are modelled on real Persian sites: WordPress shops'
and clinics' blogs (Yoast's JSON-LD ``@graph``, «ادامه مطلب» after the teaser, lazy-loaded photos with their
``<noscript>`` twin, WP-Parsidate dates «خرداد ۱۲, ۱۴۰۲»), provincial portals and village-council (دهیاری)
sites with a trail only in the footer, expedition pages written as a live blog (a clock «۱۰:۲۰» over each
entry), aggregators that show the source's name under the story («لینک منبع: …», «مشاهده خبر در سایت منبع»),
and mobile themes that put the comment box before the story. Families (none of them in the earlier sets, U, V
and W included):

- ``beekeeping``            beekeeping and honey: honey price tables («عسل | هر کیلو»), hive-care seasons;
- ``saffron_trade``         saffron, barberry and export: saffron grade price tables («زعفران | گرم | قیمت»);
- ``mountaineering``        the mountaineering federation, summit expeditions as live blogs, weather on peaks
                            («قله | دما | باد»);
- ``dental_clinic``         dental clinics' blogs: implant / orthodontic price lists, patients' questions under
                            each post with the doctor's replies, «ادامه مطلب» after the teaser;
- ``pet_shop_blog``         pet shops' blogs: product boxes («افزودن به سبد خرید», prices), vets' advice;
- ``rural_development``     village councils, rural roads and the districts' portals: project tables
                            («روستا | پروژه | پیشرفت»), the trail only at the foot;
- ``traditional_medicine``  traditional and herbal medicine: herb tables («گیاه | خاصیت»), print views;
- ``tea_plantation``        tea gardens of Gilan and Mazandaran: leaf purchase tables («برگ سبز | نرخ خرید»).

Each family has three or four hosts; every host keeps its own template (menu, tagline, date style / calendar /
digits / clock, section form and place, credit form, end marker, widgets beside and inside the story, lines
repeated after the body, DOM shape: Nastooh agency pages, WordPress, Bootstrap portals or a Drupal node; some
pages come as their AMP twin or print view).
Forms X adds to W's, V's and U's: the section only in a trail at the very foot of the page, after the comments
and boxes («خانه › X › Y» over the copyright lines; gold: its last level), only in a Yoast-style JSON-LD
``@graph`` (an ``Article`` whose ``articleSection`` is a list, beside a ``WebPage`` and a ``BreadcrumbList``;
HTML only, no ``article:section`` meta; gold: that section); dates as WP-Parsidate prints them, the month first
(«خرداد ۱۲, ۱۴۰۲ - ۱۰:۲۰»), unpadded («۱۴۰۲/۳/۱۲ ساعت ۱۰:۲۰»), with the «ه‍.ش» suffix («جمعه ۱۲ خرداد ۱۴۰۲
ه‍.ش | ۱۰:۲۰») or dotted («۱۴۰۲.۰۳.۱۲ | ۱۰:۲۰»); a live blog's clock «۱۰:۲۰» (or «🔴 ۱۰:۲۰») over its
entries, the page's date at its head; «ادامه مطلب» lines between the teaser and the rest of the story; photos
lazy-loaded (``data-src`` and a ``<noscript>`` twin); the comment box and thread before the story (mobile
themes); the source credited only under the story as «لینک منبع: <agency>» with a «مشاهده خبر در سایت منبع»
button; product boxes with prices and «افزودن به سبد خرید» inside the story.

Gold as W documents it: section the most specific one the page shows, else null; ``published_iso`` the local
(Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the time
or has it in markup, else the day (a live blog's entry clocks are no publication time). Agency only when the
page credits one: a credit line (X's «لینک منبع: …» included), the story's own dateline or text, a source logo's
``alt``, or the JSON-LD ``publisher`` of a republishing site (HTML only; lost in its text dump); «روابط عمومی
…», «خبرنگار ما» and «گزارش از: <person>» credit none. About 7% negatives, ~10% of the stories republished on a
host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random

import jdatetime

from family_pages import (
    Page,
    canon,
    chrome_gold,
    gold_row,
    negative_gold,
    pick,
    plan_set,
    republished,
    stable,
    write_gold,
    write_page,
)
from site_families_h import (
    AGENCIES,
    FIRST,
    JMONTHS,
    LAST,
    Host,
    _pub_time,
    dg,
    host_story,
    relative,
    story_paragraphs,
)
from site_families_r import (
    CITIES,
    LOGOS,
    _esc,
    _inline,
    credited_agency,
    dateline,
    load_stories,
    render_text,
)
from site_families_u import (
    _lists,
    _stamp,
    _variant,
    credit_text,
    label_lead,
    page_url,
    section_line,
    short_link,
    since,
    strips,
    tag_line,
)
from site_families_v import (
    REPLIES,
    clock,
    comment_block,
    head_html as v_head_html,
    three_calendars,
    trail_after,
    v_title,
)
from site_families_w import AD_HEADS, ADS, COPYRIGHTS, VENDORS, w_date

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency"]

FAMILIES = ["beekeeping", "saffron_trade", "mountaineering", "dental_clinic", "pet_shop_blog", "rural_development",
            "traditional_medicine", "tea_plantation"]
HOSTS = {
    "beekeeping": [("zanbordar-news.ir", "زنبوردار نیوز", "پایگاه خبری زنبورداری و عسل"),
                   ("asal-online.ir", "عسل آنلاین", "بازار و اخبار عسل طبیعی"),
                   ("kandoo-mag.com", "مجله کندو", "آموزش پرورش زنبور عسل"),
                   ("shahd-khabar.ir", "شهد خبر", "اخبار زنبورداران کشور")],
    "saffron_trade": [("zafaran-news.ir", "زعفران نیوز", "اخبار بازار و صادرات زعفران"),
                      ("talaye-sorkh.com", "طلای سرخ", "رسانه تخصصی زعفران ایران"),
                      ("zereshk-zafaran.ir", "زرشک و زعفران", "اخبار محصولات استراتژیک خراسان")],
    "mountaineering": [("koohnavard-news.ir", "کوهنورد نیوز", "اخبار کوهنوردی و صعودهای برون‌مرزی"),
                       ("gholleh.com", "قله", "مجله کوهنوردی و طبیعت‌گردی"),
                       ("sodd-online.ir", "صعود آنلاین", "گزارش زنده صعودها"),
                       ("damavand-mag.ir", "دماوند", "ماهنامه کوه و سنگنوردی")],
    "dental_clinic": [("dandan-pezeshk.ir", "دندان‌پزشک من", "وبلاگ کلینیک دندانپزشکی"),
                      ("labkhand-clinic.com", "کلینیک لبخند", "ایمپلنت، ارتودنسی و زیبایی دندان"),
                      ("dandan-salem.ir", "دندان سالم", "مجله سلامت دهان و دندان")],
    "pet_shop_blog": [("petshop-mag.ir", "پت‌شاپ مگ", "وبلاگ فروشگاه لوازم حیوانات خانگی"),
                      ("hamdam-pet.com", "همدم پت", "غذا و لوازم سگ و گربه"),
                      ("pishi-khabar.ir", "پیشی خبر", "مجله حیوانات خانگی"),
                      ("parandeh-shop.ir", "پرنده‌شاپ", "فروشگاه و آموزش نگهداری پرندگان")],
    "rural_development": [("dehyari-news.ir", "دهیاری نیوز", "پایگاه خبری دهیاری‌ها و شوراهای روستایی"),
                          ("roosta-khabar.ir", "روستا خبر", "اخبار عمران و توسعه روستایی"),
                          ("bakhshdari-online.ir", "بخشداری آنلاین", "پایگاه اطلاع‌رسانی بخشداری‌ها")],
    "traditional_medicine": [("teb-sonati.ir", "طب سنتی", "پایگاه خبری طب ایرانی و گیاهان دارویی"),
                             ("attari-mag.com", "مجله عطاری", "گیاهان دارویی و داروهای گیاهی"),
                             ("hakim-news.ir", "حکیم نیوز", "اخبار طب ایرانی و مکمل"),
                             ("giah-darooi.ir", "گیاه دارویی", "رسانه کشت و فرآوری گیاهان دارویی")],
    "tea_plantation": [("chay-shomal.ir", "چای شمال", "اخبار چایکاران گیلان و مازندران"),
                       ("baghe-chay.com", "باغ چای", "رسانه صنعت چای ایران"),
                       ("lahijan-khabar.ir", "لاهیجان خبر", "پایگاه خبری شرق گیلان")],
}
#: a family's sections (some as service > sub) and its other menu items
MENUS = {
    "beekeeping": (["پرورش زنبور", ("بازار عسل", "صادرات عسل"), "بیماری‌های زنبور", "ملکه‌پروری",
                    ("تجهیزات", "کندوی مدرن")],
                   ["قیمت روز عسل", "آموزش زنبورداری", "تشخیص عسل تقلبی", "فروشگاه", "تماس"]),
    "saffron_trade": (["بازار زعفران", ("صادرات", "بازارهای هدف"), "زرشک", "کشت و برداشت",
                       ("بورس کالا", "گواهی سپرده زعفران")],
                      ["قیمت روز زعفران", "استاندارد زعفران", "فروشندگان", "آرشیو", "تماس"]),
    "mountaineering": (["صعودهای برون‌مرزی", ("هیمالیا", "اورست"), "سنگنوردی", "امداد کوهستان",
                        ("طبیعت‌گردی", "پیمایش")],
                       ["پیش‌بینی هوای قله‌ها", "برنامه باشگاه‌ها", "گزارش زنده", "گالری", "تماس"]),
    "dental_clinic": (["ایمپلنت", ("ارتودنسی", "ارتودنسی نامرئی"), "بهداشت دهان", "دندانپزشکی کودکان",
                       ("زیبایی", "لمینت")],
                      ["نوبت‌دهی آنلاین", "تعرفه خدمات", "پزشکان ما", "مشاوره رایگان", "تماس"]),
    "pet_shop_blog": (["سگ", ("گربه", "تغذیه گربه"), "پرندگان", "ماهی آکواریوم",
                       ("سلامت حیوانات", "واکسیناسیون")],
                      ["فروشگاه", "غذای خشک", "لوازم جانبی", "پیگیری سفارش", "تماس"]),
    "rural_development": (["عمران روستایی", ("راه روستایی", "آسفالت راه‌ها"), "شوراهای اسلامی روستا",
                           "اشتغال روستایی", ("آب و برق", "گازرسانی روستایی")],
                          ["سامانه دهیاری‌ها", "بخشنامه‌ها", "فرم‌های اداری", "معرفی بخش", "تماس"]),
    "traditional_medicine": (["گیاهان دارویی", ("طب ایرانی", "مزاج‌شناسی"), "داروهای گیاهی", "تغذیه سالم",
                              ("کشت گیاهان", "فرآوری")],
                             ["مشاوره با حکیم", "عطاری آنلاین", "دانشنامه گیاهان", "کتاب‌ها", "تماس"]),
    "tea_plantation": (["چایکاران", ("خرید برگ سبز", "قیمت تضمینی"), "کارخانه‌های چای", "صادرات چای",
                        ("باغات", "احیای باغات")],
                       ["نرخ خرید برگ", "سامانه چایکاران", "تاریخچه چای", "گردشگری لاهیجان", "تماس"]),
}
#: each section's Latin slug, as a WordPress category class or a URL writes it
SLUGS = {"پرورش زنبور": "beekeeping", "بازار عسل": "honey-market", "صادرات عسل": "honey-export",
         "بیماری‌های زنبور": "bee-diseases", "ملکه‌پروری": "queen-rearing", "تجهیزات": "equipment",
         "کندوی مدرن": "modern-hive", "بازار زعفران": "saffron-market", "صادرات": "export",
         "بازارهای هدف": "target-markets", "زرشک": "barberry", "کشت و برداشت": "harvest", "بورس کالا": "ime",
         "گواهی سپرده زعفران": "saffron-receipts", "صعودهای برون‌مرزی": "expeditions", "هیمالیا": "himalaya",
         "اورست": "everest", "سنگنوردی": "climbing", "امداد کوهستان": "mountain-rescue", "طبیعت‌گردی": "nature",
         "پیمایش": "trekking", "ایمپلنت": "implant", "ارتودنسی": "orthodontics", "ارتودنسی نامرئی": "aligners",
         "بهداشت دهان": "oral-hygiene", "دندانپزشکی کودکان": "kids-dentistry", "زیبایی": "cosmetic",
         "لمینت": "laminate", "سگ": "dogs", "گربه": "cats", "تغذیه گربه": "cat-food", "پرندگان": "birds",
         "ماهی آکواریوم": "aquarium", "سلامت حیوانات": "pet-health", "واکسیناسیون": "vaccination",
         "عمران روستایی": "rural-projects", "راه روستایی": "rural-roads", "آسفالت راه‌ها": "road-paving",
         "شوراهای اسلامی روستا": "village-councils", "اشتغال روستایی": "rural-jobs", "آب و برق": "utilities",
         "گازرسانی روستایی": "gas-supply", "گیاهان دارویی": "herbs", "طب ایرانی": "persian-medicine",
         "مزاج‌شناسی": "temperament", "داروهای گیاهی": "herbal-drugs", "تغذیه سالم": "nutrition",
         "کشت گیاهان": "herb-farming", "فرآوری": "processing", "چایکاران": "tea-growers",
         "خرید برگ سبز": "green-leaf", "قیمت تضمینی": "guaranteed-price", "کارخانه‌های چای": "tea-factories",
         "صادرات چای": "tea-export", "باغات": "gardens", "احیای باغات": "garden-revival"}
AFTER = {
    "beekeeping": ["عسل طبیعی را از زنبوردار بخرید", "قیمت روز عسل و موم", "تقویم کار زنبورداری",
                   "ثبت‌نام در دوره آموزش زنبورداری"],
    "saffron_trade": ["قیمت لحظه‌ای زعفران نگین و سرگل", "زعفران اصل را از تقلبی تشخیص دهید",
                      "خرید عمده زعفران با ضمانت", "زعفران، طلای سرخ خراسان"],
    "mountaineering": ["پیش از صعود، هوای قله را ببینید", "بیمه ورزشی کوهنوردان را تمدید کنید",
                       "برنامه صعودهای آخر هفته", "امداد کوهستان: ۱۱۲"],
    "dental_clinic": ["نوبت خود را آنلاین رزرو کنید", "مشاوره رایگان ایمپلنت و ارتودنسی",
                      "لبخند زیبا حق شماست", "اقساط بدون ضامن برای خدمات دندانپزشکی"],
    "pet_shop_blog": ["ارسال رایگان برای خریدهای بالای یک میلیون تومان", "غذای خشک سگ و گربه با تخفیف",
                      "مشاوره رایگان با دامپزشک", "عضو باشگاه مشتریان شوید"],
    "rural_development": ["روستای آباد، ایران آباد", "سامانه جامع دهیاری‌ها", "بخشنامه‌های جدید را ببینید",
                          "پاسخگویی به شکایات روستاییان"],
    "traditional_medicine": ["پیش از مصرف هر داروی گیاهی با پزشک مشورت کنید", "مزاج خود را رایگان بشناسید",
                             "عطاری آنلاین با ارسال سریع", "دانشنامه گیاهان دارویی"],
    "tea_plantation": ["چای ایرانی، سلامت ایرانی", "نرخ خرید تضمینی برگ سبز چای", "سامانه جامع چایکاران",
                       "چای لاهیجان را بنوشید"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " - "]
SEC_LABELS = ["سرویس:", "گروه:", "بخش:", "موضوع:", "دسته:"]
SIDE_HEADS = ["آخرین اخبار {s}", "مطالب بیشتر در {s}", "جدیدترین‌های {s}"]
#: where the section shows. X's own: ``foot_crumb`` (a trail at the very foot of the page, after the comments,
#: «خانه › X › Y»; gold its last level), ``graph_ld`` (only in a JSON-LD ``@graph``'s ``Article``, its
#: ``articleSection`` a list: HTML only); and W's, V's and U's forms
SEC_FORMS = ["foot_crumb", "graph_ld", "body_class", "lead_tag", "group_code", "crumb_sub", "url", "og_only",
             "code_row", "kicker", "crumb_after", "title_only", "label", "label_sub", "foot_crumb", "sidebar",
             "cattag", "graph_ld", "menu_active", "foot_label", "jsonld_only", "none"]
SEC_TITLES = ("sec_title_site", "title_sec_site")
MARKUP_FORMS = ("og_only", "cattag", "jsonld_only", "menu_active", "body_class", "graph_ld")
#: ``src_button``: X's own: an aggregator credits the source only under the story, «لینک منبع: <agency>» and a
#: «مشاهده خبر در سایت منبع» button (gold: that agency, in both formats); ``ld_publisher``: W's (HTML only)
CREDITS = ["source", "src_button", "naghl_head", "gozaresh", "dateline", "logo", "pr_office", "reporter",
           "gozaresh_person", "source_link", "ld_publisher", "src_button"]
#: credit forms that give no agency: the host rewrites the story's own credits to its name
NO_AGENCY = ("reporter", "pr_office", "gozaresh_person")
END_MARKS = ["انتهای پیام/", "انتهای خبر/", "/ق", "پایان", "■", "/م", None, None]
#: date styles beyond W's: the month first as WP-Parsidate prints ``F j, Y`` («خرداد ۱۲, ۱۴۰۲»), unpadded
#: («۱۴۰۲/۳/۱۲ ساعت ۱۰:۲۰»), with the «ه‍.ش» suffix, dotted («۱۴۰۲.۰۳.۱۲»)
DATE_STYLES = {"dental_clinic": ["month_first", "nopad", "month_first", "greg_words_first"],
               "pet_shop_blog": ["month_first", "dotted", "nopad", "num"],
               "rural_development": ["hs_suffix", "nopad", "irna"],
               "mountaineering": ["dotted", "hs_suffix", "isna", "time_first"]}
DEFAULT_STYLES = ["nopad", "month_first", "hs_suffix", "dotted", "num", "isna", "dmy2", "time_first", "irna",
                  "wd_long", "greg_first", "jal_hyph"]
DATE_POS = ["head", "head", "foot", "head", "rel_foot", "head", "time_rel", "meta_only", "head", "upd_beside"]
SHAPES = ["nastooh", "wp", "bootstrap", "drupal"]
#: the public-relations office a host credits instead of an agency («روابط عمومی …»)
PR_OFFICES = {"beekeeping": "اتحادیه زنبورداران", "saffron_trade": "شورای ملی زعفران",
              "mountaineering": "فدراسیون کوهنوردی و صعودهای ورزشی", "dental_clinic": "انجمن دندانپزشکی ایران",
              "pet_shop_blog": "سازمان دامپزشکی کشور", "rural_development": "دفتر امور روستایی استانداری",
              "traditional_medicine": "دفتر طب ایرانی و مکمل", "tea_plantation": "سازمان چای کشور"}
#: روتیترs a family's desk writes over its headlines
SURTITLES = {
    "beekeeping": ["رئیس اتحادیه زنبورداران:", "با آغاز فصل کوچ کندوها", "در همایش زنبورداران مطرح شد",
                   "کارشناس زنبورداری توضیح می‌دهد"],
    "saffron_trade": ["در آستانه فصل برداشت", "رئیس شورای ملی زعفران:", "با نوسان قیمت در بازار مشهد",
                      "صادرکنندگان زعفران می‌گویند"],
    "mountaineering": ["گزارش لحظه‌به‌لحظه", "سرپرست تیم اعزامی:", "در ارتفاع هفت هزار متری",
                       "با هشدار هواشناسی برای ارتفاعات"],
    "dental_clinic": ["دندانپزشک متخصص توضیح می‌دهد", "پیش از ایمپلنت بخوانید", "راهنمای کامل",
                      "پرسش و پاسخ با متخصص ارتودنسی"],
    "pet_shop_blog": ["راهنمای خرید", "دامپزشک می‌گوید", "نکات نگهداری", "پیش از آوردن حیوان خانگی بخوانید"],
    "rural_development": ["بخشدار خبر داد:", "در سفر استاندار به روستاها", "مدیرکل امور روستایی:",
                          "با تصویب شورای اسلامی روستا"],
    "traditional_medicine": ["متخصص طب ایرانی:", "خواص گیاهان", "پیش از مصرف بدانید", "از دیدگاه حکمای ایرانی"],
    "tea_plantation": ["مدیرعامل سازمان چای:", "با آغاز برداشت بهاره", "چایکاران لاهیجان می‌گویند",
                       "در بازدید از کارخانه‌های چای"],
}
#: the photo captions a family's pages put between the story's paragraphs and in its galleries
CAPTIONS = {
    "beekeeping": ["کندوهای زنبور عسل در دامنه کوه", "برداشت عسل از قاب کندو", "زنبوردار در حال بازدید کندو"],
    "saffron_trade": ["گل‌چینی زعفران در مزرعه", "جداسازی کلاله زعفران", "بسته‌بندی زعفران صادراتی"],
    "mountaineering": ["کمپ اصلی در دامنه قله", "کوهنوردان در مسیر صعود", "پرچم بر فراز قله"],
    "dental_clinic": ["تصویر رادیوگرافی دندان", "مطب دندانپزشکی", "نمونه لمینت سرامیکی"],
    "pet_shop_blog": ["گربه پرشین در حال بازی", "سگ نژاد ژرمن شپرد", "قفس مناسب برای طوطی"],
    "rural_development": ["آسفالت راه روستایی", "افتتاح پروژه گازرسانی", "جلسه شورای اسلامی روستا"],
    "traditional_medicine": ["گل گاوزبان خشک‌شده", "عطاری سنتی در بازار", "مزرعه گیاهان دارویی"],
    "tea_plantation": ["چایکاران در باغ چای", "خرید برگ سبز در مرکز خرید", "خط فرآوری کارخانه چای"],
}
POLLS = {
    "beekeeping": ("عسل مصرفی خود را از کجا تهیه می‌کنید؟", ["زنبوردار", "فروشگاه", "اینترنتی"]),
    "saffron_trade": ("قیمت زعفران در سال جاری چگونه خواهد بود؟", ["افزایشی", "کاهشی", "ثابت"]),
    "mountaineering": ("بلندترین قله‌ای که صعود کرده‌اید؟", ["زیر ۴ هزار متر", "دماوند", "برون‌مرزی"]),
    "dental_clinic": ("هر چند وقت یک‌بار به دندانپزشک مراجعه می‌کنید؟", ["هر شش ماه", "سالی یک بار",
                                                                         "فقط هنگام درد"]),
    "pet_shop_blog": ("کدام حیوان خانگی را ترجیح می‌دهید؟", ["سگ", "گربه", "پرنده"]),
    "rural_development": ("مهم‌ترین نیاز روستای شما چیست؟", ["راه", "آب آشامیدنی", "اشتغال"]),
    "traditional_medicine": ("آیا از داروهای گیاهی استفاده می‌کنید؟", ["همیشه", "گاهی", "هرگز"]),
    "tea_plantation": ("چای ایرانی مصرف می‌کنید؟", ["فقط ایرانی", "مخلوط", "خارجی"]),
}
#: «ادامه مطلب» lines: a blog's teaser ends there and the rest of the story follows on the post's own page
MORE_SPLIT = ["ادامه مطلب", "ادامه مطلب ...", "[ادامه مطلب]", "ادامه مطلب را در ادامه بخوانید ↓", "ادامه مطلب »"]
#: a live blog's entry heads: a clock, alone or after a red dot
LIVE_FORMS = ["{t}", "🔴 {t}", "ساعت {t}", "⏱ {t}"]
def _sections(family: str) -> tuple[list[tuple[str, ...]], list[str]]:
    core, extra = MENUS[family]
    return [c if isinstance(c, tuple) else (c,) for c in core], extra


def _slot(seed: int, domain: str) -> int:
    """The host's place in a seeded order of all the set's hosts: section and credit forms go round it, so
    every form has its hosts."""
    domains = [d for f in FAMILIES for d, _, _ in HOSTS[f]]
    return random.Random(f"families-x-slots:{seed}").sample(domains, len(domains)).index(domain)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-x-host:{seed}:{domain}")
    slot = _slot(seed, domain)
    secs, extra = _sections(family)
    chosen = r.sample(secs, min(len(secs), r.choice([3, 4])))
    menu = [c[0] for c in chosen] + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {"chosen": chosen}
    s["digits"] = pick(r, ["fa", "fa", "fa", "ar", "en"])
    styles = DATE_STYLES.get(family, DEFAULT_STYLES)
    s["date"] = styles[idx % len(styles)] if r.random() < 0.7 else pick(r, styles)
    s["time"] = r.random() < 0.75
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "تاریخ:", "زمان انتشار:", "🕒"])
    # where the date shows: at the head, at the foot, relative at the head with the absolute one at the foot,
    # only relative inside <time datetime>, or only in the markup
    s["date_pos"] = DATE_POS[(slot * 3 + 2) % len(DATE_POS)] if r.random() < 0.8 else pick(r, DATE_POS)
    if (family, idx) in (("dental_clinic", 1), ("pet_shop_blog", 0)):
        s["date_pos"] = "time_rel"  # «۲ روز پیش» in ``<time datetime>``: a magazine theme's head
    if (family, idx) in (("saffron_trade", 1), ("beekeeping", 2)):
        s["date_pos"] = "upd_beside"  # «انتشار: … | به‌روزرسانی: …» on one line
    # a twelve-hour clock in the host's digits («۱۰:۲۰ ب.ظ»), as WordPress themes set to Persian print it
    s["ampm"] = r.random() < (0.4 if family in ("dental_clinic", "pet_shop_blog") else 0.15)
    s["upd_below"] = s["date_pos"] == "head" and r.random() < 0.2
    s["today"] = r.random() < 0.4
    # the header's day in three calendars (a provincial agency's «امروز: … - … ۱۴۴۴ - … ۲۰۲۳»)
    s["today3"] = s["today"] and r.random() < (0.6 if family == "rural_development" else 0.3)
    s["sec"] = SEC_FORMS[slot % len(SEC_FORMS)] if r.random() < 0.85 else pick(r, SEC_FORMS)
    if (family, idx) in (("pet_shop_blog", 1), ("traditional_medicine", 1)):
        s["sec"] = "body_class"  # a WordPress theme: ``<body class="… category-<slug>">``, the menu's Persian item
    if (family, idx) == ("mountaineering", 1):
        s["sec"] = "lead_tag"  # a coloured label opening the lead
    if (family, idx) in (("tea_plantation", 0), ("beekeeping", 3)):
        s["sec"] = "group_code"  # «گروه: X - کد خبر: N» under the story
    if (family, idx) in (("rural_development", 0), ("beekeeping", 0)):
        s["sec"] = "foot_crumb"  # a district portal's trail only at the very foot of the page
    if (family, idx) in (("dental_clinic", 0), ("pet_shop_blog", 2)):
        s["sec"] = "graph_ld"  # a WordPress blog whose section is only in Yoast's JSON-LD ``@graph``
    s["side_head"] = pick(r, SIDE_HEADS)
    s["side_first"] = r.random() < 0.4
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, SEPS)
    s["sec_label"] = pick(r, SEC_LABELS)
    s["sur_p"] = pick(r, [0.0, 0.3, 0.6, 0.8])  # روتیتر above the headline
    s["sur_label"] = r.random() < 0.2  # «روتیتر: …» spelled out on every page of the host
    s["lead_p"] = 0.85 if s["sec"] == "lead_tag" else pick(r, [0.2, 0.5, 0.85])
    s["lead_label"] = None if s["sec"] == "lead_tag" else pick(
        r, [None, None, None, "لید:", "خلاصه:", "چکیده:", "لید خبر:"])
    s["credit"] = CREDITS[(slot + 3) % len(CREDITS)]
    if (family, idx) in (("rural_development", 1), ("traditional_medicine", 3)):
        s["credit"] = "pr_office"  # a district office's or a herbal institute's news is its public-relations office's
    if (family, idx) in (("saffron_trade", 0), ("mountaineering", 2)):
        s["credit"] = "ld_publisher"  # an aggregator crediting its source only in its JSON-LD
    if (family, idx) in (("tea_plantation", 1), ("traditional_medicine", 0)):
        s["credit"] = "src_button"  # an aggregator's «لینک منبع: …» and «مشاهده خبر در سایت منبع» under the story
    s["agency"] = "none" if s["credit"] in NO_AGENCY else pick(r, ["keep", "keep", "credit", "credit"])
    s["end"] = pick(r, END_MARKS)
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.4))
    s["menu_joined"] = pick(r, [" | ", None, None])
    s["code"] = pick(r, ["کد خبر: {n}", "کد خبر {n}", "شناسه خبر: {n}", None])
    s["group_label"] = pick(r, ["گروه:", "گروه:", "سرویس:"])
    if s["sec"] == "group_code":
        s["code"] = None  # the code is in the «گروه: … - کد خبر: …» row under the story
    if s["sec"] == "code_row" and not s["code"]:
        s["code"] = "کد خبر: {n}"
    # Nastooh's row: the news code, the date (when it is at the head) and the service in one line
    s["code_row"] = s["sec"] == "code_row" or (s["code"] is not None and r.random() < 0.35)
    s["short_link"] = pick(r, [None, "لینک کوتاه: {u}", "کپی لینک کوتاه {u}", "لینک کوتاه خبر: {u}"])
    # the news code beside the short link at the foot («کد خبر: ۱۲۳۴۵۶ | لینک کوتاه: …»), not at the head
    s["code_foot"] = bool(s["short_link"] and s["code"] and not s["code_row"]) and stable(domain, "foot") % 5 < 2
    s["views"] = pick(r, [None, "تعداد بازدید: {n}", "{n} بازدید"])
    s["reading"] = pick(r, [None, "{n} دقیقه مطالعه", "زمان مطالعه: {n} دقیقه"])
    if s["date_pos"] == "time_rel":
        s["reading"] = "{n} دقیقه مطالعه"
    s["tools"] = pick(r, [None, "نسخه چاپی | ارسال به دوستان | ذخیره", "🖨 چاپ | 📧 ارسال", "A+ | A- | چاپ"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "lines", "کلیدواژه‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "lines"])
    s["captions"] = r.random() < (0.6 if family in ("mountaineering", "tea_plantation", "saffron_trade") else 0.3)
    # a gallery with counters «۱ از ۱۲» inside the story, an ad slotted between two paragraphs, the headline
    # repeated as the caption of the photo that opens the story, a poll box
    s["gallery"] = r.random() < (0.5 if family in ("mountaineering", "rural_development", "tea_plantation") else 0.2)
    s["ad_inline"] = r.random() < 0.35
    s["title_caption"] = r.random() < 0.3
    s["poll"] = pick(r, [None, None, "side", "post"])
    s["cap_form"] = pick(r, ["عکس {i}: {c}", "تصویر {i} - {c}", "{i}. {c}"])
    s["more_inline"] = pick(r, [None, "بیشتر بخوانید: ", "بخوانید: ", "box"])
    s["gozaresh_head"] = pick(r, ["گزارش از: {a}", "گزارش و عکس: {a}", "گزارش: {a}"])
    s["comment_form"] = r.random() < 0.5
    # readers' comments as a thread: likes under each, the editor's replies (booking blogs, legal desks)
    s["thread"] = r.random() < (0.7 if family in ("dental_clinic", "traditional_medicine") else 0.3)
    s["comment_counts"] = s["comment_form"] and r.random() < 0.6
    s["tabs"] = pick(r, [None, "پربازدیدترین | پربحث‌ترین | آخرین اخبار", "پربیننده‌ها | پربحث‌ها",
                         "داغ‌ترین‌ها | آخرین‌ها"])
    s["weather"] = r.random() < 0.3
    s["currency"] = r.random() < (0.5 if family in ("saffron_trade", "beekeeping") else 0.2)
    s["city"] = pick(r, CITIES)
    s["widget"] = pick(r, [None, "side", "post", "post", "inside"])
    s["ticker"] = r.random() < 0.3
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", None])
    s["author"] = pick(r, [None, "نویسنده: {a}", "خبرنگار: {a}", "{a}", "به قلم {a}"])
    # a blog's byline under the headline: the writer and the reading time on one line
    s["byline"] = pick(r, [None, None, None, None, None, "نویسنده: {a} | {n} دقیقه مطالعه",
                           "{a} | زمان مطالعه: {n} دقیقه", "نوشته {a} · {n} دقیقه مطالعه"])
    if (family, idx) == ("dental_clinic", 2):
        s["byline"] = "نویسنده: {a} | {n} دقیقه مطالعه"
    if s["date_pos"] == "time_rel":
        s["byline"] = None  # the head's «۵ دقیقه مطالعه · ۲ روز پیش» carries the reading time
    if s["byline"]:
        s["author"] = s["reading"] = None
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["pr_org"] = "روابط عمومی " + (name if r.random() < 0.4 else PR_OFFICES[family])
    s["footer"] = [pick(r, [f"کلیه حقوق برای {name} محفوظ است.", "© تمامی حقوق محفوظ است",
                            f"© {dg(1402, s['digits'])} {name}", f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | آگهی", "قوانین و مقررات - حریم خصوصی - تماس با ما",
                            f"طراحی و پشتیبانی: {pick(r, ['نستوه', 'وب‌آرا', 'سامانه‌گستر', 'رایان طرح'])}"])]
    if r.random() < 0.5:
        s["footer"].insert(1, pick(r, COPYRIGHTS))
    if stable(seed, domain, "vendor") % 5 < 2:  # a CMS vendor's line, the same on every site it hosts
        s["footer"].append(VENDORS[stable(seed, domain, "which") % len(VENDORS)])
    s["crumb_lines"] = r.random() < 0.6  # a trail under the headline kept an item a line (a text dump of an <ol>)
    s["newsletter"] = r.random() < 0.35
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_form"] = pick(r, ["title_site", "title_site", "title_site", "site_title", "site_title", "site_title",
                               "sec_title_site", "title_sec_site"])
    if s["sec"] == "title_only" and s["title_form"] not in ("sec_title_site", "title_sec_site"):
        s["title_form"] = "title_sec_site" if stable(domain, "title") % 2 else "sec_title_site"
    s["title_top"] = s["sec"] == "title_only" or r.random() < 0.2  # a text dump starts with the <title>
    s["html_p"] = pick(r, [0.0, 0.2, 0.4, 0.6]) if idx else pick(r, [0.1, 0.3])
    if s["sec"] in MARKUP_FORMS or s["date_pos"] in ("meta_only", "time_rel"):
        s["html_p"] = 0.65
    if family in ("dental_clinic", "pet_shop_blog") or s["credit"] == "ld_publisher":
        s["html_p"] = max(s["html_p"], 0.5)  # modern magazine sites and aggregators: saved as HTML more often
    s["logo_h1"] = r.random() < 0.3
    s["shape"] = SHAPES[(stable(seed, domain, "shape") + idx) % len(SHAPES)]
    if s["sec"] == "body_class":
        s["shape"] = "wp"
    s["amp_p"] = 0.3 if s["shape"] == "nastooh" or family == "saffron_trade" else 0.0
    s["print_p"] = 0.2 if r.random() < 0.35 or family == "traditional_medicine" else 0.0
    s["meta"] = s["sec"] == "og_only" or s["date_pos"] == "meta_only" or (
        s["sec"] != "jsonld_only" and r.random() < 0.5)
    s["utc_meta"] = r.random() < (0.4 if family == "pet_shop_blog" else 0.2)
    s["jsonld"] = s["sec"] == "jsonld_only" or s["credit"] == "ld_publisher" or (
        s["sec"] != "og_only" and r.random() < 0.4)
    if s["sec"] == "title_only":  # no ``article:section`` nor ``articleSection``: one place names it
        s["meta"] = s["jsonld"] = False
        if s["credit"] == "ld_publisher":
            s["credit"] = "source"
        if s["date_pos"] == "meta_only":
            s["date_pos"] = "head"
    s["time_el"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.5
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["url_date"] = r.random() < 0.3
    s["url_greg"] = s["url_date"] and r.random() < 0.5  # WordPress's ``/2023/06/02/<slug>``, not the Jalali day
    s["slug"] = r.random() < 0.5
    # X's own: Yoast's JSON-LD ``@graph`` (WordPress hosts, and every ``graph_ld`` host), a live blog's entry clocks,
    # «ادامه مطلب» after the teaser, lazy-loaded photos, the comments before the story, a shop's product box
    s["graph"] = s["sec"] != "title_only" and (s["sec"] == "graph_ld" or (s["shape"] == "wp" and r.random() < 0.5))
    if s["graph"]:
        s["jsonld"] = True
    if s["sec"] == "graph_ld":
        s["meta"] = s["meta"] and s["date_pos"] != "meta_only" and r.random() < 0.5  # og: tags, no article:section
        if s["date_pos"] == "meta_only":
            s["date_pos"] = "head"
    s["live"] = (family == "mountaineering" and idx in (0, 2)) or (family, idx) == ("rural_development", 2) or (
        r.random() < 0.04)
    if s["live"]:
        s["date_pos"] = "head"  # the live page's date over its entries
        s["live_form"] = pick(r, LIVE_FORMS)
    blog = family in ("dental_clinic", "pet_shop_blog", "traditional_medicine", "beekeeping")
    s["more_split"] = pick(r, MORE_SPLIT) if r.random() < (0.6 if blog else 0.1) else None
    s["lazy"] = r.random() < 0.5
    s["comments_first"] = (family, idx) in (("pet_shop_blog", 3), ("tea_plantation", 2)) or r.random() < 0.1
    if s["comments_first"]:
        s["comment_form"] = True
        s["comment_counts"] = True
    shop = family in ("pet_shop_blog", "beekeeping", "saffron_trade", "traditional_medicine")
    s["product"] = r.random() < (0.6 if shop else 0.0)
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- dates

#: the weekday, in ``datetime.weekday()`` order (Monday first)
X_WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]


def x_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """A date in the host's style: X's own (WP-Parsidate's month first, unpadded, with the «ه‍.ش» suffix, dotted)
    or one of W's, V's, U's and H's.

    ``x_date(dt.datetime(2023, 6, 2, 10, 20), "month_first", "fa")`` -> «خرداد ۱۲, ۱۴۰۲ - ۱۰:۲۰»;
    ``"nopad"`` -> «۱۴۰۲/۳/۱۲ ساعت ۱۰:۲۰»; ``"hs_suffix"`` -> «جمعه ۱۲ خرداد ۱۴۰۲ ه‍.ش | ۱۰:۲۰»;
    ``"dotted"`` -> «۱۴۰۲.۰۳.۱۲ | ۱۰:۲۰»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hm = clock(t, ampm)
    if style == "month_first":
        s = f"{JMONTHS[j.month - 1]} {j.day}, {j.year}" + (f" - {hm}" if time else "")
    elif style == "nopad":
        s = f"{j.year}/{j.month}/{j.day}" + (f" ساعت {hm}" if time else "")
    elif style == "hs_suffix":
        s = f"{X_WEEKDAYS[t.weekday()]} {j.day} {JMONTHS[j.month - 1]} {j.year} ه‍.ش" + (f" | {hm}" if time else "")
    elif style == "dotted":
        s = f"{j.year}.{j.month:02d}.{j.day:02d}" + (f" | {hm}" if time else "")
    else:
        return w_date(t, style, digits, time, ampm)
    return dg(s, digits)


def w_url(h: Host, st: dict, sec: tuple[str, ...] | None, pub: dt.datetime, show_sec: bool) -> str:
    """U's address, its day Gregorian on hosts that write it so (``…/fa/2023/06/02/123456``): the same local day."""
    url = page_url(h, st, sec, pub, show_sec)
    if not h.s["url_greg"]:
        return url
    j = jdatetime.date.fromgregorian(date=pub.date())
    return url.replace(f"/{j.year}/{j.month:02d}/{j.day:02d}/", f"/{pub.year}/{pub.month:02d}/{pub.day:02d}/", 1)


def date_line(h: Host, pub: dt.datetime) -> str:
    s = h.s
    d = x_date(pub, s["date"], s["digits"], s["time"], s["ampm"])
    return f"{s['date_label']} {d}" if s["date_label"] else d


def shows_time(h: Host) -> bool:
    return h.s["time"]


def graph_ld(h: Host, ld: dict, gold: dict, meta: dict | None) -> dict:
    """The story's JSON-LD as Yoast writes it: one ``@graph`` of a ``WebPage``, an ``Article`` (its
    ``articleSection`` a list: the categories of the post, the most specific last) and, when the page has a section,
    a ``BreadcrumbList`` (home, the sections, the headline)."""
    url = meta["url"] if meta else f"https://{h.domain}/"
    art = {k: v for k, v in ld.items() if k != "@context"}
    art["@type"] = "Article"
    art["@id"] = url + "#article"
    art["isPartOf"] = {"@id": url}
    art["inLanguage"] = "fa-IR"
    sec = gold["section"]
    graph: list[dict] = [{"@type": "WebPage", "@id": url, "url": url, "name": gold["title"], "inLanguage": "fa-IR"}]
    if "articleSection" in art and sec and meta:
        chosen = list(meta["chosen"])
        art["articleSection"] = chosen if chosen and chosen[-1] == sec else [sec]
        home = h.s["home"] if h.s["home"] not in (None, "🏠") else h.name
        items = [(home, f"https://{h.domain}/")] + [(x, f"https://{h.domain}/category/{SLUGS[x]}/")
                                                   for x in art["articleSection"]]
        graph.append({"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": n, "item": u} for i, (n, u) in enumerate(items)]
            + [{"@type": "ListItem", "position": len(items) + 1, "name": gold["title"]}]})
    graph.insert(1, art)
    graph.append({"@type": "Organization", "@id": f"https://{h.domain}/#organization", "name": h.name})
    return {"@context": "https://schema.org", "@graph": graph}


def head_html(h: Host, gold: dict, meta: dict | None, pub: dt.datetime | None, amp: bool,
              agency: str | None) -> list[str]:
    """W's ``<head>`` (V's, with a republishing site's JSON-LD ``publisher`` naming the agency); on a host whose SEO
    plugin writes one ``@graph``, the story's JSON-LD in that form; no ``article:section`` where the section is only
    in the body's class or in the ``@graph``."""
    head = v_head_html(h, gold, meta, pub, amp)
    if meta and meta["form"] in ("body_class", "graph_ld"):
        head = [x for x in head if 'property="article:section"' not in x]
    if meta and meta["form"] == "body_class":  # the body's class and the menu name the section, no meta
        head = [x.replace(f', "articleSection": {json.dumps(gold["section"], ensure_ascii=False)}', "")
                for x in head]
    opening = '<script type="application/ld+json">'
    for i, x in enumerate(head):
        if not (x.startswith(opening) and '"NewsArticle"' in x):
            continue
        ld = json.loads(x[len(opening):-len("</script>")])
        if agency and h.s["credit"] == "ld_publisher":
            nm = AGENCIES[agency][stable(h.domain, agency) % len(AGENCIES[agency])]
            ld["publisher"] = {"@type": "NewsMediaOrganization", "name": nm, "logo": {
                "@type": "ImageObject", "url": f"https://www.{LOGOS.get(agency, 'news')}.ir/logo.png"}}
        if h.s["graph"]:
            ld = graph_ld(h, ld, gold, meta)
        head[i] = opening + json.dumps(ld, ensure_ascii=False) + "</script>"
    return head

# ---------------------------------------------------------------------------------------------- pieces

HONEY = [("عسل گون", 650_000), ("عسل آویشن", 720_000), ("عسل چهل‌گیاه", 480_000), ("عسل کنار", 890_000),
         ("عسل مرکبات", 420_000), ("موم زنبور", 300_000)]
SAFFRON = [("نگین", 310_000), ("سرگل", 280_000), ("پوشال", 230_000), ("دسته", 190_000), ("کنج", 60_000)]
PEAKS = ["دماوند", "علم‌کوه", "سبلان", "دنا", "تفتان", "توچال"]
DENTAL = [("ایمپلنت کره‌ای", 18_000_000), ("ایمپلنت سوئیسی", 35_000_000), ("ارتودنسی ثابت", 25_000_000),
          ("لمینت سرامیکی (هر واحد)", 9_000_000), ("عصب‌کشی", 3_500_000), ("جرم‌گیری", 900_000)]
PRODUCTS = {
    "pet_shop_blog": [("غذای خشک گربه بالغ ۲ کیلویی", 780_000), ("قلاده چرمی سگ", 240_000),
                      ("دان مخلوط طوطی", 150_000), ("خاک بستر گربه ۱۰ لیتری", 320_000)],
    "beekeeping": [("عسل طبیعی گون یک کیلویی", 690_000), ("ژل رویال ۱۰ گرمی", 450_000),
                   ("گرده گل ۲۵۰ گرمی", 280_000)],
    "saffron_trade": [("زعفران نگین یک مثقالی", 1_450_000), ("زعفران سرگل نیم مثقالی", 690_000),
                      ("زرشک پفکی ۵۰۰ گرمی", 210_000)],
    "traditional_medicine": [("دمنوش گل گاوزبان", 95_000), ("روغن سیاه‌دانه", 180_000), ("عرق بیدمشک", 60_000)],
}
VILLAGES = ["روستای کندوان", "روستای ابیانه", "روستای ماسوله", "روستای فیلبند", "روستای میمند", "روستای زیارت"]
HERBS = [("گل گاوزبان", "آرام‌بخش"), ("آویشن", "ضد سرفه"), ("بابونه", "ضد التهاب"), ("زنجبیل", "گرم‌کننده"),
         ("سنبل‌الطیب", "خواب‌آور"), ("رازیانه", "بادشکن")]
TEA = [("برگ سبز درجه یک", 14_500), ("برگ سبز درجه دو", 10_800), ("چای سیاه ایرانی (هر کیلو)", 320_000),
       ("چای سبز لاهیجان (هر کیلو)", 290_000)]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's own box beside, inside or after the story; its numbers change per page."""
    d, f = h.s["digits"], h.family
    if f == "beekeeping":
        rows = [pick(r, ["قیمت روز عسل", "نرخ عسل در بازار"]), "عسل | هر کیلو (تومان)"] + [
            f"{a} | {b + r.randint(-b // 10, b // 10) // 1000 * 1000:,}" for a, b in r.sample(HONEY, 3)]
    elif f == "saffron_trade":
        rows = [pick(r, ["قیمت روز زعفران", "بازار زعفران مشهد"]), "زعفران | گرم | قیمت (تومان)"] + [
            f"{a} | ۱ | {b + r.randint(-b // 20, b // 20) // 1000 * 1000:,}" for a, b in r.sample(SAFFRON, 3)]
    elif f == "mountaineering":
        rows = [pick(r, ["هوای قله‌ها", "پیش‌بینی هوای ارتفاعات"]), "قله | دما | باد (کیلومتر)"] + [
            f"{x} | {r.randint(-25, 5)}° | {r.randint(10, 90)}" for x in r.sample(PEAKS, 3)]
    elif f == "dental_clinic":
        rows = ([pick(r, ["تعرفه خدمات دندانپزشکی", "هزینه تقریبی خدمات"]), "خدمت | هزینه از (تومان)"] + [
            f"{a} | {b:,}" for a, b in r.sample(DENTAL, 3)]) if r.random() < 0.6 else [
            "نوبت‌دهی آنلاین", "نام و نام خانوادگی", "شماره موبایل", "درخواست نوبت"]
    elif f == "pet_shop_blog":
        rows = [pick(r, ["پرفروش‌ترین محصولات", "پیشنهاد ویژه امروز"])] + [
            f"{a} | {b:,} تومان" for a, b in r.sample(PRODUCTS[f], 3)]
    elif f == "rural_development":
        rows = [pick(r, ["پروژه‌های عمرانی بخش", "آخرین پروژه‌های روستایی"]), "روستا | پروژه | پیشرفت"] + [
            f"{x} | {pick(r, ['آسفالت', 'گازرسانی', 'آبرسانی', 'خانه بهداشت'])} | ٪{r.randint(5, 100)}"
            for x in r.sample(VILLAGES, 3)]
    elif f == "traditional_medicine":
        rows = [pick(r, ["گیاه هفته", "گیاهان دارویی پرکاربرد"]), "گیاه | خاصیت"] + [
            f"{a} | {b}" for a, b in r.sample(HERBS, 3)]
    else:
        rows = [pick(r, ["نرخ خرید برگ سبز", "بازار چای"]), "برگ سبز | نرخ خرید (تومان)"] + [
            f"{a} | {b:,}" for a, b in r.sample(TEA, 3)]
    return [dg(x, d) for x in rows]


def product_box(h: Host, r: random.Random) -> list[str]:
    """A shop's product box inside the story: its heading, the product, its price and the cart button."""
    name, price = pick(r, PRODUCTS[h.family])
    price = price + r.randint(0, 9) * 10_000
    return [pick(r, ["محصول پیشنهادی", "خرید از فروشگاه ما", "🛒 پیشنهاد فروشگاه"]), name,
            dg(f"قیمت: {price:,} تومان", h.s["digits"]), pick(r, ["افزودن به سبد خرید", "خرید"])]


def gallery(h: Host, r: random.Random) -> list[str]:
    """A photo gallery inside the story: its heading, then a counter «۱ از ۱۲» over each photo's caption."""
    n = r.randint(6, 24)
    caps = r.sample(CAPTIONS[h.family], 3)
    out = [pick(r, ["گالری تصاویر", "گزارش تصویری", "📷 تصاویر"])]
    for k, c in enumerate(caps):
        out += [dg(f"{k + 1} از {n}", h.s["digits"]), c]
    return out


def newsletter(h: Host, r: random.Random) -> list[str]:
    return [pick(r, ["عضویت در خبرنامه", "خبرنامه"]),
            pick(r, ["آخرین مطالب را در ایمیل خود دریافت کنید", f"هر هفته گزیده مطالب {h.name} در ایمیل شما"]),
            "ایمیل خود را وارد کنید", "عضویت"]


def poll(h: Host, r: random.Random) -> list[str]:
    """A poll box: its question, its options, the vote and results buttons."""
    q, opts = POLLS[h.family]
    return ["نظرسنجی", q, *(f"○ {x}" for x in opts), pick(r, ["ثبت رأی", "ارسال"]), "مشاهده نتایج"]


# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        day = three_calendars(today, s["digits"]) if s["today3"] else x_date(today, "irna", s["digits"], time=False)
        pg.add("top", "c", ("امروز: " if stable(h.domain, 23) % 2 else "") + day)
    for x in strips(h, r):
        pg.add("top", "c", x)
    if s["ticker"] and others:
        pg.add("top", "c", pick(r, ["خبر فوری:", "تیتر یک:", "آخرین اخبار:"]))
        for t in others[-3:]:
            pg.add("top", "c", t)
    items = [s["home"] or h.name] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)


def side_box(pg: Page, h: Host, r: random.Random, sec: str | None, others: list[str]) -> None:
    """The side column: a «آخرین اخبار <section>» box, the most-read tabs and the family widget."""
    if sec:
        pg.add("side", "c", h.s["side_head"].format(s=sec))
        for t in others[3:3 + r.randint(3, 5)]:
            pg.add("side", "c", t)
    if h.s["tabs"] and len(others) > 9:
        pg.add("side", "c", h.s["tabs"])
        for t in others[8:11]:
            pg.add("side", "c", t)
    if h.s["widget"] == "side":
        for x in widget(h, r):
            pg.add("side", "c", x)
    if h.s["poll"] == "side":
        for x in poll(h, r):
            pg.add("side", "c", x)


def story_lines(pg: Page, h: Host, r: random.Random, paras: list[str], others: list[str], title: str,
                pub: dt.datetime) -> None:
    """The story's paragraphs with what a CMS puts between them: the opening photo captioned with the headline,
    numbered photo captions, «بیشتر بخوانید» links to other stories, an ad, a gallery with counters «۲ از ۱۲», the
    family's box; X's: a live blog's clock over each entry (newest first, the first entry at the page's time and
    each later one some minutes on), «ادامه مطلب» after the teaser, a shop's product box."""
    s = h.s
    n = len(paras)
    clocks: list[str] = []
    if s["live"] and n >= 2:
        t = pub
        for _ in range(n):
            clocks.append(dg(s["live_form"].format(t=clock(t, s["ampm"])), s["digits"]))
            t = t + dt.timedelta(minutes=r.randint(4, 45))
        clocks.reverse()
    split_at = min(n - 1, r.choice([1, 2])) if s["more_split"] and n >= 3 else -1
    product_at = r.randint(1, n - 1) if s["product"] and n >= 3 and r.random() < 0.7 else -1
    if s["title_caption"]:
        pg.add("body", "c", title)
    ad_at = r.randint(1, n - 1) if s["ad_inline"] and n >= 3 else -1
    gallery_at = r.randint(1, n - 1) if s["gallery"] and n >= 2 and r.random() < 0.7 else -1
    caps = r.sample(CAPTIONS[h.family], min(3, max(1, n // 3))) if s["captions"] and n >= 2 else []
    cap_at = sorted(r.sample(range(n), len(caps))) if caps else []
    more_at = r.randint(1, n - 1) if s["more_inline"] and n >= 3 and others and r.random() < 0.6 else -1
    box_at = r.randint(1, n - 1) if s["widget"] == "inside" and n >= 3 else -1
    for i, p in enumerate(paras):
        if i in cap_at:
            k = cap_at.index(i)
            pg.add("body", "c", dg(s["cap_form"].format(i=k + 1, c=caps[k]), s["digits"]))
        if i == more_at:
            if s["more_inline"] == "box":
                pg.add("body", "c", "بیشتر بخوانید")
                for t in others[5:7]:
                    pg.add("body", "c", t)
            else:
                pg.add("body", "c", s["more_inline"] + others[(5 + i) % len(others)])
        if i == box_at:
            for x in widget(h, r):
                pg.add("body", "c", x)
        if i == ad_at:
            pg.add("body", "c", pick(r, AD_HEADS))
            pg.add("body", "c", pick(r, ADS))
        if i == gallery_at:
            for x in gallery(h, r):
                pg.add("body", "c", x)
        if i == product_at:
            for x in product_box(h, r):
                pg.add("body", "c", x)
        if i == split_at:
            pg.add("body", "c", s["more_split"])
        if clocks:
            pg.add("body", "c", clocks[i])
        pg.add("body", "body", p)


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """The page of a story on ``h``; ``variant`` is ``page``, ``amp`` (HTML) or ``print`` (a print view:
    no menu, no boxes, the date under the headline, the page's address at the foot)."""
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 600), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(1, 40), hours=r.randint(1, 20))
    printed = variant == "print"
    pg = Page()
    title = st["title"]
    form = s["sec"]
    chosen = s["chosen"][stable(st["key"], h.domain) % len(s["chosen"])]
    if r.random() < 0.06:
        form = "none"
    if form == "lead_tag" and not lead:
        form = "kicker"  # no lead on the page: the coloured label stands over the headline
    if form in MARKUP_FORMS and fmt != "html":
        form = "none"  # a flat-text dump loses the metas, the category link, the JSON-LD and the menu's class
    if printed and form not in ("label", "label_sub", "kicker", "code_row", "crumb_sub", "group_code", "foot_crumb",
                                "lead_tag") + (
            ("title_only",) if fmt == "html" else ()):
        form = "none"  # a print view keeps the head's labels, not the menu, boxes or metas
    if form in ("menu_active", "sidebar", "crumb_home", "kicker", "label", "code_row", "url", "title_only",
                "foot_label", "cattag", "body_class", "lead_tag", "group_code"):
        chosen = chosen[:1] if form in ("menu_active", "body_class") else chosen[-1:]
    gold_sec = chosen[-1] if form != "none" else None
    pos = "head" if printed else s["date_pos"]
    url = w_url(h, st, chosen, pub, form == "url")
    url_line = fmt == "txt" and not printed and (form == "url" or (s["url_date"] and pos == "meta_only"))
    if url_line:
        pg.add("top", "c", url)
    if s["title_top"] and fmt == "txt" and not printed:
        pg.add("top", "c", v_title(h, title, gold_sec if form == "title_only" or s["title_form"] in SEC_TITLES
                                   else None))
    if printed:
        pg.add("top", "c", h.name)
        pg.add("top", "c", pick(r, ["نسخه قابل چاپ", "🖨 چاپ این صفحه"]))
    else:
        header(pg, h, r, crawl, others)
        if s["side_first"]:
            side_box(pg, h, r, gold_sec if form == "sidebar" else None, others)
    sline = section_line(h, form, chosen, title)
    if sline and form in ("crumb_home", "crumb_sub"):
        pg.add("crumb", "c", sline)
    sur = None
    if r.random() < s["sur_p"]:
        sur = pick(r, SURTITLES[h.family])
    if form == "kicker":
        pg.add("head", "c", chosen[-1])
    pg.add("head", "sur", ("روتیتر: " + sur) if sur and s["sur_label"] else sur)
    pg.add("head", "title", title)
    author = pick(r, s["authors"])
    minutes = max(1, sum(len(p) for p in paras) // 900)
    if s["byline"]:
        pg.add("head", "c", dg(s["byline"].format(a=author, n=minutes), d))
    if form == "crumb_after":
        trail_after(pg, h, fmt, chosen)
    rel = since(crawl - pub, d) if pos in ("time_rel", "rel_foot") else None
    date_txt = date_line(h, pub)
    head_dates = [date_txt] if pos == "head" else []
    if pos == "upd_beside":  # the publication and the update stamps on one line
        head_dates = [dg("انتشار: ", d) + x_date(pub, s["date"], d, s["time"], s["ampm"]) + " | به‌روزرسانی: "
                      + x_date(upd, s["date"], d, s["time"], s["ampm"])]
    foot_dates = [date_txt if s["date_label"] else "تاریخ انتشار: " + date_txt] if pos in ("foot", "rel_foot") else []
    code = dg(s["code"].format(n=stable(st["key"], h.domain, "code") % 9000000 + 1000000), d) if s["code"] else None
    if s["code_row"] and code and not printed:
        row = [code, *head_dates] + ([f"{s['sec_label']} {chosen[-1]}"] if form == "code_row" else [])
        head_dates = [" | ".join(row)]
        code = None
    elif form == "code_row":
        head_dates.append(f"{s['sec_label']} {chosen[-1]}")
    if rel and pos == "time_rel" and s["reading"] and not printed:
        rel = dg(s["reading"].format(n=minutes), d) + " · " + rel
    for x in head_dates:
        pg.add("head", "c", x)
    if rel:
        pg.add("head", "c", rel)
    if s["upd_below"] and not printed:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + x_date(upd, s["date"], d, s["time"], s["ampm"]))
    if form in ("label", "label_sub"):
        pg.add("head", "c", sline)
    if s["credit"] == "naghl_head":
        pg.add("head", "c", credit_text(h, r, agency, author))
    if s["views"] and not printed:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
    if s["reading"] and pos != "time_rel" and not printed:
        pg.add("head", "c", dg(s["reading"].format(n=minutes), d))
    if code and not (s["code_foot"] and not printed):
        pg.add("head", "c", code)
    if s["tools"] and not printed:
        pg.add("head", "c", s["tools"])
    if lead:  # (a label before it is added when the page is written; the section's tag opens it here)
        pg.add("head", "lead", f"{chosen[-1]} {lead}" if form == "lead_tag" else lead)
    if s["credit"] == "reporter":
        pg.add("head", "c", pick(r, ["به گزارش خبرنگار ما", f"خبرنگار {h.name}", "خبرنگار اعزامی ما"]))
    if agency and s["credit"] == "dateline":
        paras = [dateline(h, agency) + paras[0], *paras[1:]]
    if printed:
        for p in paras:
            pg.add("body", "body", p)
    else:
        if s["comments_first"]:  # a mobile theme: the comment box and thread before the story
            comment_block(pg, h, r)
        story_lines(pg, h, r, paras, others, title, pub)
    if s["credit"] not in ("reporter", "dateline", "logo", "naghl_head", "ld_publisher", "src_button"):
        pg.add("post", "c", credit_text(h, r, agency, author))
    pg.add("post", "c", s["end"])
    if agency and s["credit"] == "src_button":  # an aggregator's source, under the story
        names = AGENCIES[agency]
        pg.add("post", "c", f"لینک منبع: {names[stable(h.domain, agency) % len(names)]}")
        if not printed:
            pg.add("post", "c", "مشاهده خبر در سایت منبع")
    if form == "group_code":
        num = stable(st["key"], h.domain, "code") % 900000 + 100000
        pg.add("post", "c", dg(f"{s['group_label']} {chosen[-1]} - کد خبر: {num}", d))
    for x in foot_dates:
        pg.add("post", "c", x)
    if form == "foot_label":
        pg.add("post", "c", pick(r, ["منتشر شده در: ", "دسته‌بندی: ", "بایگانی: "]) + chosen[-1])
    if s["author"] and s["credit"] not in ("gozaresh", "gozaresh_person"):
        pg.add("post", "c", s["author"].format(a=author))
    if printed:
        pg.add("post", "c", f"نشانی مطلب: {url}")
    else:
        if s["short_link"]:
            link = s["short_link"].format(u=short_link(h, st))
            pg.add("post", "c", f"{code} | {link}" if code and s["code_foot"] else link)
        if s["tags"]:
            for x in tag_line(h, r, st):
                pg.add("post", "c", x)
        if s["share"] == "lines":
            for x in ("تلگرام", "واتس‌اپ", "ایتا", "بله"):
                pg.add("post", "c", x)
        elif s["share"]:
            pg.add("post", "c", s["share"] + " ایتا | بله | تلگرام | ایکس")
        for x in s["after"]:
            if r.random() < 0.85:
                pg.add("post", "c", x)
        if s["widget"] == "post":
            for x in widget(h, r):
                pg.add("box", "c", x)
        if s["poll"] == "post":
            for x in poll(h, r):
                pg.add("box", "c", x)
        if s["related"] and others:
            pg.add("related", "c", s["related"])
            for t in others[: r.randint(3, 5)]:
                pg.add("related", "c", t)
        if not s["side_first"]:
            side_box(pg, h, r, gold_sec if form == "sidebar" else None, others)
        if not s["comments_first"]:
            comment_block(pg, h, r)
        if s["newsletter"]:
            for x in newsletter(h, r):
                pg.add("box", "c", x)
    if form == "foot_crumb":  # the trail at the very foot, over the copyright lines
        pg.add("foot", "c", " › ".join([s["home"] or h.name, *chosen]))
    for x in s["footer"]:
        pg.add("foot", "c", x)
    dated: bool | str = True
    if pos == "time_rel":  # only «۲ روز پیش» on the page: the day is in <time datetime> (HTML) or nowhere
        dated = fmt == "html"
    if pos == "meta_only":  # no visible date: the meta / JSON-LD, else the URL's day, else none
        dated = fmt == "html" and (s["meta"] or s["jsonld"])
    if not dated and url_line and s["url_date"]:  # a text dump that keeps its URL keeps the URL's day
        dated = "url"
    meta = {"section": gold_sec, "form": form, "dated": dated, "author": author, "url": url, "chosen": chosen,
            "surtitle": sur, "rel": rel, "pos": pos, "date_line": date_txt if pos == "head" else None,
            "variant": variant}
    return pg, meta, lead


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}", "آخرین اخبار"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه خبر", x_date(
                crawl - dt.timedelta(days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۲۴ صفحه بعد", d))
    elif kind == "chrome_only":
        for x in ("تماس با ما", f"نشانی: {pick(r, CITIES)}، خیابان {pick(r, ['امام', 'استقلال', 'بهار'])}، پلاک ۸",
                  dg(f"تلفن: 0{r.randint(21, 87)}-{r.randint(3000000, 8999999)}", d), f"ایمیل: info@{h.domain}",
                  "نام و نام خانوادگی", "موضوع پیام", "ارسال"):
            pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["خطای ۴۰۴ - صفحه مورد نظر یافت نشد", "خبر مورد نظر یافت نشد",
                                     "دسترسی به این صفحه امکان‌پذیر نیست"]))
        pg.add("body", "c", pick(r, ["ممکن است این خبر حذف شده یا نشانی آن تغییر کرده باشد.",
                                     "لطفاً بعداً دوباره تلاش کنید."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """The page in the host's CMS shape: Nastooh's agency page (item-header / item-body / item-footer), a
    WordPress theme, Bootstrap portal columns or a Drupal node; an AMP twin (``<html amp>``, the menu in
    ``<amp-sidebar>``) or a print view when ``meta["variant"]`` says so."""
    s, c = h.s, h.s["cls"]
    variant = meta["variant"] if meta else "page"
    amp = variant == "amp"
    shape = "print" if variant == "print" else s["shape"]
    sec = gold["section"]
    title_tag = "h2" if s["logo_h1"] and not amp else "h1"
    active = sec if meta and meta["form"] == "menu_active" else None
    on = ' class="active"'

    def nav_item(t: str) -> str:
        cur = ' class="active"' if active and t == active else ""
        return f'<li{cur}><a href="/fa/service/{stable(t) % 99}">{_esc(h, t)}</a></li>'

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            return f'<{title_tag} class="{"first-title" if shape == "nastooh" else c[0]}">{_esc(h, t)}</{title_tag}>'
        if role == "body":
            return f"<p>{_inline(h, r, t)}</p>"
        if role == "lead" and meta and meta["form"] == "lead_tag" and t.startswith(sec + " "):
            colour = ("#c62828", "#1565c0", "#2e7d32")[stable(h.domain, "tag") % 3]
            return (f'<p class="{c[2]} lead"><span class="cat-label" style="background:{colour};color:#fff">'
                    f'{_esc(h, sec)}</span> {_esc(h, t[len(sec) + 1:])}</p>')
        if role == "lead":
            lab = s["lead_label"]
            inner = _esc(h, t[len(lab) + 1:]) if lab and t.startswith(lab + " ") else _esc(h, t)
            pre = f"<strong>{_esc(h, lab)}</strong> " if lab and t.startswith(lab + " ") else ""
            cls = "summary introtext" if shape == "nastooh" else c[2]
            return f'<p class="{cls}" itemprop="description">{pre}{inner}</p>'
        if role == "sur":
            return f'<h3 class="{"kicker" if shape == "nastooh" else c[3]}">{_esc(h, t)}</h3>'
        if region == "top" and t == h.name and s["logo_h1"] and not amp:
            return f'<h1 class="logo"><a href="/"><img src="/images/logo.png" alt="{html.escape(h.name)}">' \
                   f'{_esc(h, t)}</a></h1>'
        if region == "nav" and s["menu_joined"]:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/fa/service/{stable(x) % 99}"{on if active and x == active else ""}>{_esc(h, x)}</a>'
                for x in t.split(s["menu_joined"])) + "</div>"
        if region == "nav":
            return nav_item(t)
        if region == "body" and role == "c" and t == gold["title"]:  # the opening photo, the headline its caption
            src = f"/files/fa/news/{stable(t) % 9999}-main.jpg"
            img = (f'<amp-img src="{src}" width="800" height="450" layout="responsive"></amp-img>' if amp
                   else f'<img src="{src}" alt="{html.escape(t)}">')
            return f'<figure class="main-photo">{img}<figcaption>{_esc(h, t)}</figcaption></figure>'
        if t in titles and region in ("related", "side", "body", "top"):
            return f'<li><a href="/fa/news/{stable(t) % 999999}">{_esc(h, t)}</a></li>'
        if region == "body" and role == "c" and any(t.endswith(x) for x in CAPTIONS[h.family]):
            src = f"/files/fa/news/{stable(t) % 9999}.jpg"
            lazy = (f'<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{src}" alt="">'
                    f'<noscript><img src="{src}" alt=""></noscript>')
            img = (f'<amp-img src="{src}" width="600" height="400" layout="responsive"></amp-img>' if amp
                   else lazy if s["lazy"] else f'<img src="{src}" alt="">')
            return f"<figure>{img}<figcaption>{_esc(h, t)}</figcaption></figure>"
        if region == "foot" and meta and meta["form"] == "foot_crumb" and " › " in t:
            items = t.split(" › ")
            links = [f'<a href="/category/{SLUGS.get(x, "")}/">{_esc(h, x)}</a>' if x in SLUGS else
                     f'<a href="/">{_esc(h, x)}</a>' for x in items]
            return f'<nav class="footer-breadcrumb" aria-label="breadcrumb">{" › ".join(links)}</nav>'
        if t.startswith("لینک منبع: ") and agency:
            nm = t[len("لینک منبع: "):]
            return (f'<div class="news-source">لینک منبع: <a href="https://www.{LOGOS.get(agency, "news")}.ir/" '
                    f'rel="nofollow" target="_blank">{_esc(h, nm)}</a></div>')
        if t == "مشاهده خبر در سایت منبع" and agency:
            return (f'<a class="btn btn-source" href="https://www.{LOGOS.get(agency, "news")}.ir/" rel="nofollow">'
                    f'{_esc(h, t)}</a>')
        if meta and t == meta.get("rel") and pub is not None:
            return f'<time datetime="{_stamp(pub, s["utc_meta"])}">{_esc(h, t)}</time>'
        if pub is not None and meta and s["time_el"] and meta.get("date_line") and t == meta["date_line"]:
            return f'<time datetime="{_stamp(pub, s["utc_meta"])}">{_esc(h, t)}</time>'
        if region == "comments" and t in ("نام", "ایمیل", "نظر شما"):
            tag = "textarea" if t == "نظر شما" else "input"
            return f'<label>{_esc(h, t)}</label><{tag} name="f{stable(t) % 99}"></{tag}>' if tag == "textarea" \
                else f'<div class="form-group"><label>{_esc(h, t)}</label><input type="text"></div>'
        if region == "comments" and t == "ارسال":
            return f'<button type="submit">{_esc(h, t)}</button>'
        if region == "comments" and t.startswith("👍"):
            likes, _, reply = t.rpartition(" | ")
            return (f'<div class="comment-actions"><span class="like">{_esc(h, likes)}</span> | '
                    f'<a class="reply" href="#respond">{_esc(h, reply)}</a></div>')
        if region == "comments" and t in REPLIES:
            return f'<div class="comment-reply admin"><p>{_esc(h, t)}</p></div>'
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def trail(ls: list[tuple[str, str]]) -> str:
        items = "\n".join(f'<li class="breadcrumb-item"><a href="/fa/{html.escape(t.replace(" ", "-"))}">'
                          f'{_esc(h, t)}</a></li>' for _, t in ls)
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">\n{items}\n</ol></nav>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        if region == "trail":
            return trail(ls)
        inner = _lists([line(ro, t, region) for ro, t in ls])
        if amp and region == "nav":
            return f'<amp-sidebar id="sidebar" layout="nodisplay" side="right"><nav>\n{inner}\n</nav></amp-sidebar>'
        if shape == "nastooh":
            cls = {"top": "header", "nav": "menu", "crumb": "item-nav row", "head": "item-header",
                   "body": "item-text", "post": "item-footer", "related": "box related", "side": "box",
                   "comments": "comments", "foot": "footer", "box": "box"}.get(region, "box")
            tag = "section" if region in ("related", "side", "comments") else "div"
            return f'<{tag} class="{cls}">\n{inner}\n</{tag}>'
        if shape in ("wp", "print"):
            tag = {"top": "header", "nav": "nav", "related": "aside", "side": "aside", "foot": "footer",
                   "comments": "section"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "drupal":
            return (f'<div class="block block-{region}" id="block-{c[6]}-{region}"><div class="content">\n{inner}\n'
                    "</div></div>")
        return f'<div class="{c[8]} {region}">\n{inner}\n</div>'

    blocks = [(region, block(region, ls)) for region, ls in pg.regions]
    extra = []
    if meta and meta["form"] == "cattag" and sec:
        extra.append(f'<div class="{c[9]}">{pick(r, ["دسته‌بندی: ", "در ", ""])}'
                     f'<a href="/category/{stable(sec) % 999}" rel="category tag">{_esc(h, sec)}</a></div>')
    if agency and s["credit"] == "logo":
        nm = AGENCIES[agency][0]
        extra.append(f'<div class="{c[10]}"><span>منبع:</span> <a href="https://www.{LOGOS[agency]}.ir">'
                     f'<img src="/img/src/{LOGOS[agency]}.png" alt="{html.escape(nm)}" width="60"></a></div>')
    story: tuple[str, ...] = ("crumb", "head", "trail", "body", "post")
    if s["comments_first"] and meta:  # a mobile theme's comment box and thread before the story, inside it
        story = (*story, "comments")
    top = "\n".join(b for g, b in blocks if g in ("top", "nav"))
    main = "\n".join(b for g, b in blocks if g in story) + "\n" + "\n".join(extra)
    side = "\n".join(b for g, b in blocks if g == "side")
    rest = "\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav", "side", "foot"))
    foot = "\n".join(b for g, b in blocks if g == "foot")
    if amp:
        body = (f'{top}\n<header class="amp-header"><button on="tap:sidebar.toggle">☰</button></header>\n'
                f'<article class="amp-article">\n{main}\n</article>\n'
                '<amp-social-share type="telegram"></amp-social-share>\n'
                f'{rest}\n{side}\n{foot}\n<amp-analytics type="gtag"></amp-analytics>')
    elif shape == "print":
        body = f'<div class="print-page">\n{top}\n{main}\n{foot}\n</div>'
    elif shape == "nastooh":
        body = (f'{top}\n<main><div class="container"><div class="row"><div class="col-md-8">'
                f'<article class="news-item" itemscope itemtype="http://schema.org/NewsArticle">\n{main}\n</article>\n'
                f'{rest}\n</div><aside class="col-md-4">{side}</aside></div></div></main>\n{foot}')
    elif shape == "wp":
        body = (f'{top}\n<div id="primary" class="content-area"><main id="main"><article class="post type-post">\n'
                f'<div class="entry-content">\n{main}\n</div></article>\n{rest}\n</main></div>\n'
                f'<div id="secondary" class="widget-area">{side}</div>\n{foot}')
    elif shape == "drupal":
        body = (f'<div class="dialog-off-canvas-main-canvas">{top}\n<div class="layout-content">'
                f'<article role="article" class="node node--type-news node--view-mode-full">\n{main}\n</article>\n'
                f'{rest}\n</div><aside class="layout-sidebar-first">{side}</aside>\n{foot}</div>')
    else:
        body = (f'<div class="container">{top}\n<div class="row">\n<div class="col-lg-8 col-md-12">\n{main}\n'
                f'{rest}\n</div>\n<div class="col-lg-4 sidebar">\n{side}\n</div>\n</div>\n{foot}</div>')
    opening = '<html amp lang="fa" dir="rtl">' if amp else '<html lang="fa" dir="rtl">'
    onload = ' onload="window.print()"' if shape == "print" else ""
    if shape == "wp" and meta:  # WordPress's body classes; a ``category-<slug>`` one on the hosts that show it
        cat = f" category-{SLUGS[sec]}" if meta["form"] == "body_class" and sec else ""
        onload = (f' class="post-template-default single single-post postid-{stable(meta["url"]) % 99999} '
                  f'single-format-standard{cat}"')
    return (f'<!DOCTYPE html>\n{opening}\n<head>\n' + "\n".join(head_html(h, gold, meta, pub, amp, agency))
            + f'\n</head>\n<body{onload}>\n' + body + "\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def build(out_dir, n: int = 400, seed: int = 223, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="x", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-x:{seed}:page:{i}")
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        meta = None
        agency = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                pub = _pub_time(r)
                built[i] = (paras, pub)
                edits: list[str] = []
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            own = credited_agency(([lead] if lead else []) + paras)
            if own and own != agency:  # a credit the host's rewrite could not reach stays on the page
                agency = own
            if agency and h.s["credit"] == "dateline" and credited_agency(paras) not in (None, agency):
                agency = credited_agency(paras)
            whole = p["copy_of"] is not None or bool(p.get("copied"))
            variant = _variant(h, r, fmt, whole)
            others = [t for t in r.sample(titles, min(len(titles), 14)) if t != st["title"]][:12]
            pg, meta, lead = article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
            label_lead(h, pg, lead)
            paras = pg.lines("body")
            credit_line = h.s["credit"] not in (*NO_AGENCY, "dateline", "logo", "ld_publisher") or (
                h.s["credit"] in ("logo", "ld_publisher") and fmt == "html")
            if agency and not credit_line:  # only the story's own credit
                agency = credited_agency(([lead] if lead else []) + paras)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": lead,
                    "surtitle": meta["surtitle"], "body_paragraphs": paras, "agency": agency,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits}
            if variant != "page":
                gold["edits"] = [*edits, f"{variant}_view"]
            if not meta["dated"]:
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                pos = meta["pos"]
                in_markup = fmt == "html" and (h.s["meta"] or h.s["jsonld"] or pos in ("time_rel", "rel_foot") or (
                    h.s["time_el"] and pos == "head" and not (h.s["code_row"] and h.s["code"]
                                                              and variant != "print")))
                visible = shows_time(h) and meta["dated"] is True and pos in ("head", "foot", "rel_foot",
                                                                              "upd_beside")
                gold["published_time"] = pub.isoformat() if visible or in_markup else pub.date().isoformat()
        text = render_html(h, pg, r, gold, meta, pub, agency, set(titles)) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-x", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"x{seed}")
