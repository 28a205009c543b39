"""Family set W: eight Persian site families of fisheries, festivals, relief, galleries, nomads, post, patents
and language schools, written blind to the extractor.

    build(out_dir, n, seed=211, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages; its frame is ``site_families_v.py``'s (V's and U's
generic pieces are imported: the credit, tag, short-link, trail, comment, clock and ``<head>`` helpers), its
families, tables and forms are its own and are modelled on real Persian sites: Nastooh agency pages («کد خبر»,
«لینک کوتاه», «اخبار مرتبط»), newspaper portals, WordPress magazines (Zoomit / Digiato-like bylines, body classes
``category-<slug>``, polls and newsletter boxes), aggregators that republish agency news and credit it only in
their SEO plugin's JSON-LD, Drupal office sites and small sites built on one CMS vendor's product (the vendor's
line in every footer). Families (none of them in the earlier sets, U and V included):

- ``fisheries``          fisheries, shrimp farms and sturgeon: seafood price tables («آبزی | هر کیلو»), fishing
                         seasons, sections only in a ``category-<slug>`` body class;
- ``film_festival``      film festivals (Fajr, short film, Cannes news): screening tables («سالن | فیلم | سانس»),
                         audience-vote boxes, Gregorian-first dates, sections as a coloured label inside the lead;
- ``red_crescent``       the Red Crescent, rescue and blood transfusion: blood-stock tables («گروه خونی | وضعیت»),
                         galleries of relief photos, «روابط عمومی» credits;
- ``art_gallery``        galleries, calligraphy, painting and auctions: this week's shows («گالری | نمایشگاه | تا»),
                         galleries with counters «۱ از ۱۲», dates only as «۲ روز پیش» over ``<time datetime>``;
- ``nomads_tribal``      nomadic affairs and tribes: migration calendars («ایل | مسیر | وضعیت»), the header's day
                         in three calendars, «گروه: X - کد خبر: N» rows under the story;
- ``postal_philately``   the national post and stamp collecting: new-stamp tables, parcel-tracking boxes,
                         two-digit-year dates «۱۲/۰۳/۰۲»;
- ``patent_ip``          patents, trademarks and intellectual property: filing statistics, print views, update
                         stamps beside the publication stamp;
- ``language_institute`` language schools and IELTS / TOEFL: exam-fee tables, study-abroad threads with the
                         editor's replies, bylines «نویسنده: … | ۸ دقیقه مطالعه».

Each family has four hosts (three for ``red_crescent``, ``nomads_tribal`` and ``postal_philately``); every host
keeps its own template (menu, tagline, date style / calendar / digits / clock, section form and place, credit
form, end marker, widgets beside and inside the story, lines repeated after the body, DOM shape: Nastooh agency
pages, WordPress, Bootstrap portals or a Drupal node; some pages come as their AMP twin or print view).
Forms W adds to V's and U's: the section only in a WordPress body class ``category-<Latin slug>`` (its Persian
name only as a menu item; no ``article:section``; gold: that menu item), as a coloured label opening the lead
(«<span class="cat-label">X</span> lead…»; a text dump «X lead…»; gold section X, gold lead without it; a page
without a lead shows the label over the headline), in a «گروه: X - کد خبر: N» row under the story, in a two-level
trail over the headline (gold: its last level); dates day first with a two-digit Jalali year («۱۲/۰۳/۰۲ - ۱۰:۲۰»),
Gregorian first with the Jalali after («2023/06/02 - ۱۴۰۲/۰۳/۱۲», «۲ ژوئن ۲۰۲۳ | ۱۲ خرداد ۱۴۰۲»), the
publication and update stamps on one line («انتشار: … | به‌روزرسانی: …»: gold the first); «روتیتر: …» and
«لید: …» spelled out; the headline repeated as the caption of the story's opening photo; an ad («تبلیغات» and its
line) between two paragraphs; galleries with counters («۲ از ۱۴» over each caption); poll boxes («نظرسنجی», its
options «○ …», «ثبت رأی»); newsletter boxes; a CMS vendor's line shared by the footers of hosts of different
families; and V's and U's forms (trails after the headline, sections in the URL path, ``article:section``,
the ``<title>``, a «کد خبر … | سرویس: …» row; relative dates, «لینک کوتاه» rows, «بیشتر بخوانید: …» inside the
story, «گزارش از: …» last lines, comment threads).

Gold as V documents it: section the most specific one the page shows, else null; ``published_iso`` the local
(Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the time
or has it in markup, else the day. Agency only when the page credits one: a credit line, the story's own
dateline or text, a source logo's ``alt``, or (W's own) the JSON-LD ``publisher`` of a republishing site, which
counts as a credit in the HTML page (the site names the agency as the story's publisher) and is lost in its
text dump (gold none there unless the story's own text credits one); «روابط عمومی …», «خبرنگار ما» and «گزارش
از: <person>» credit none. About 7% negatives, ~10% of the stories republished on a host of another family
(gold ``cluster``). Deterministic by seed.
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
    GMONTHS,
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
    v_date,
    v_title,
)

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency"]

FAMILIES = ["fisheries", "film_festival", "red_crescent", "art_gallery", "nomads_tribal", "postal_philately",
            "patent_ip", "language_institute"]
HOSTS = {
    "fisheries": [("shilat-news.ir", "شیلات نیوز", "پایگاه خبری شیلات و آبزیان"),
                  ("abzi-parvar.ir", "آبزی‌پرور", "رسانه تخصصی پرورش میگو و ماهی"),
                  ("darya-sayad.com", "دریا و صیاد", "اخبار صیادی خلیج فارس و دریای عمان"),
                  ("khavyar-khabar.ir", "خاویار خبر", "اخبار ماهیان خاویاری و دریای خزر")],
    "film_festival": [("jashnvareh-online.ir", "جشنواره آنلاین", "اخبار جشنواره‌های سینمایی"),
                      ("simorgh-news.ir", "سیمرغ نیوز", "رسانه خبری فیلم و جشنواره"),
                      ("film-kootah.com", "کوتاه‌نما", "مجله فیلم کوتاه و مستند"),
                      ("parde-sinema.ir", "پرده سینما", "نقد و خبر سینمای ایران")],
    "red_crescent": [("helal-khabar.ir", "هلال خبر", "اخبار امداد و نجات"),
                     ("emdad-online.ir", "امداد آنلاین", "پایگاه خبری امدادرسانی و حوادث"),
                     ("ahdaye-khoon.ir", "اهدای خون", "اخبار انتقال خون و اهداکنندگان")],
    "art_gallery": [("negarkhaneh-news.ir", "نگارخانه نیوز", "اخبار گالری‌ها و هنرهای تجسمی"),
                    ("khoshnevisan.com", "خوشنویسان", "مجله خوشنویسی و نگارگری"),
                    ("tajasomi-emruz.ir", "تجسمی امروز", "رسانه نقاشی، مجسمه و عکس"),
                    ("honar-bazar.ir", "هنر بازار", "حراج‌ها و بازار آثار هنری")],
    "nomads_tribal": [("ashayer-khabar.ir", "عشایر خبر", "پایگاه خبری امور عشایر"),
                      ("ilrah-news.ir", "ایل‌راه نیوز", "اخبار کوچ و ایلات کشور"),
                      ("siahchador.com", "سیاه‌چادر", "مجله فرهنگ و زندگی عشایری")],
    "postal_philately": [("post-khabar.ir", "پست خبر", "اخبار پست و مرسولات"),
                         ("tamr-iran.com", "تمبر ایران", "مجله تمبرشناسی و کلکسیون"),
                         ("nameresan-news.ir", "نامه‌رسان نیوز", "اخبار شرکت ملی پست و کد پستی")],
    "patent_ip": [("ekhtera-news.ir", "اختراع نیوز", "اخبار ثبت اختراع و مالکیت فکری"),
                  ("alamat-tejari.com", "علامت تجاری", "رسانه برند، علامت و طرح صنعتی"),
                  ("malekiat-fekri.ir", "مالکیت فکری", "پایگاه اطلاع‌رسانی حقوق مالکیت فکری"),
                  ("noavar-khabar.ir", "نوآور خبر", "اخبار مخترعان و نوآوران")],
    "language_institute": [("zaban-khabar.ir", "زبان خبر", "اخبار آموزشگاه‌ها و آزمون‌های زبان"),
                           ("ielts-mag.ir", "مجله آیلتس", "راهنمای آزمون‌های بین‌المللی زبان"),
                           ("amoozeshgah-news.com", "آموزشگاه نیوز", "اخبار آموزشگاه‌های آزاد"),
                           ("motarjem-zaban.ir", "مترجم و زبان", "یادگیری زبان و مهاجرت تحصیلی")],
}
#: a family's sections (some as service > sub) and its other menu items
MENUS = {
    "fisheries": (["صید و صیادی", ("آبزی‌پروری", "پرورش میگو"), "ماهیان خاویاری", "بازار آبزیان",
                   ("بنادر صیادی", "شناورهای صیادی")],
                  ["قیمت روز ماهی", "فصل صید", "مجوز پرورش", "بیمه صیادان", "تماس"]),
    "film_festival": (["جشنواره فجر", ("جشنواره‌های جهانی", "جشنواره کن"), "فیلم کوتاه", "مستند",
                       ("اکران", "گیشه")],
                      ["جدول نمایش", "هیئت داوران", "فراخوان", "نظرسنجی مردمی", "تماس"]),
    "red_crescent": (["امداد و نجات", ("حوادث طبیعی", "زلزله"), "انتقال خون", "داوطلبان",
                      ("آموزش همگانی", "کمک‌های اولیه")],
                     ["مراکز اهدای خون", "عضویت داوطلب", "کمک نقدی", "پایگاه‌های امداد جاده‌ای", "تماس"]),
    "art_gallery": (["نقاشی", ("خوشنویسی", "نستعلیق"), "مجسمه‌سازی", "عکاسی",
                     ("حراج", "حراج تهران")],
                    ["نمایشگاه‌های هفته", "معرفی گالری‌ها", "فراخوان هنری", "آموزش", "تماس"]),
    "nomads_tribal": (["کوچ عشایر", ("دام و مرتع", "مراتع ییلاقی"), "آموزش عشایر", "صنایع دستی عشایری",
                       ("زیرساخت", "راه‌های ایل‌راه")],
                      ["تقویم کوچ", "سهمیه نهاده", "ادارات استانی", "گالری عکس", "تماس"]),
    "postal_philately": (["پست", ("تمبر", "تمبرهای یادبود"), "مرسولات", "کد پستی",
                          ("پست بین‌الملل", "مرسولات خارجی")],
                         ["رهگیری مرسوله", "تعرفه پستی", "یافتن کد پستی", "فروشگاه تمبر", "تماس"]),
    "patent_ip": (["ثبت اختراع", ("علائم تجاری", "اعتراض به ثبت"), "طرح صنعتی", "نوآوری",
                   ("حقوق مالکیت", "دعاوی مالکیت فکری")],
                  ["استعلام اختراع", "تعرفه ثبت", "روزنامه رسمی", "مشاوره رایگان", "تماس"]),
    "language_institute": (["آزمون‌ها", ("آیلتس", "آیلتس آکادمیک"), "آموزشگاه‌ها", "زبان کودکان",
                            ("مهاجرت تحصیلی", "پذیرش دانشگاه")],
                           ["تقویم آزمون", "تعیین سطح آنلاین", "کلاس‌های آنلاین", "کتاب‌ها", "تماس"]),
}
#: each section's Latin slug, as a WordPress category class or a URL writes it (``category-prawn-farming``)
SLUGS = {"صید و صیادی": "fishing", "آبزی‌پروری": "aquaculture", "پرورش میگو": "prawn-farming",
         "ماهیان خاویاری": "sturgeon", "بازار آبزیان": "seafood-market", "بنادر صیادی": "fishing-ports",
         "شناورهای صیادی": "fishing-boats", "جشنواره فجر": "fajr", "جشنواره‌های جهانی": "world-festivals",
         "جشنواره کن": "cannes", "فیلم کوتاه": "short-film", "مستند": "documentary", "اکران": "screening",
         "گیشه": "box-office", "امداد و نجات": "rescue", "حوادث طبیعی": "disasters", "زلزله": "earthquake",
         "انتقال خون": "blood", "داوطلبان": "volunteers", "آموزش همگانی": "training", "کمک‌های اولیه": "first-aid",
         "نقاشی": "painting", "خوشنویسی": "calligraphy", "نستعلیق": "nastaliq", "مجسمه‌سازی": "sculpture",
         "عکاسی": "photography", "حراج": "auction", "حراج تهران": "tehran-auction", "کوچ عشایر": "migration",
         "دام و مرتع": "rangeland", "مراتع ییلاقی": "summer-pasture", "آموزش عشایر": "nomad-schools",
         "صنایع دستی عشایری": "nomad-crafts", "زیرساخت": "infrastructure", "راه‌های ایل‌راه": "il-roads",
         "پست": "post", "تمبر": "stamps", "تمبرهای یادبود": "commemorative-stamps", "مرسولات": "parcels",
         "کد پستی": "postcode", "پست بین‌الملل": "intl-post", "مرسولات خارجی": "foreign-parcels",
         "ثبت اختراع": "patents", "علائم تجاری": "trademarks", "اعتراض به ثبت": "opposition",
         "طرح صنعتی": "industrial-design", "نوآوری": "innovation", "حقوق مالکیت": "ip-law",
         "دعاوی مالکیت فکری": "ip-disputes", "آزمون‌ها": "exams", "آیلتس": "ielts", "آیلتس آکادمیک": "ielts-academic",
         "آموزشگاه‌ها": "institutes", "زبان کودکان": "kids-english", "مهاجرت تحصیلی": "study-abroad",
         "پذیرش دانشگاه": "admission"}
AFTER = {
    "fisheries": ["آبزیان، غذای سالم", "قیمت روز ماهی و میگو", "تقویم فصل صید", "سامانه صدور مجوز صید"],
    "film_festival": ["بلیت فروشی از طریق سامانه سمفا", "جدول نمایش فیلم‌ها", "به فیلم محبوب خود رأی دهید",
                      "فراخوان بخش بین‌الملل"],
    "red_crescent": ["شماره امداد و نجات: ۱۱۲", "اهدای خون، اهدای زندگی", "داوطلب شوید",
                     "کمک‌های نقدی خود را به حساب هلال احمر واریز کنید"],
    "art_gallery": ["نمایشگاه‌های این هفته تهران", "آثار خود را برای ما بفرستید", "هنر برای همه",
                    "فراخوان سالانه نقاشی"],
    "nomads_tribal": ["عشایر، ذخایر انقلاب", "تقویم کوچ بهاره و پاییزه", "سهمیه نهاده دامی عشایر",
                      "صنایع دستی عشایر را بخرید"],
    "postal_philately": ["رهگیری مرسوله با کد ۲۴ رقمی", "پست، پیک اعتماد", "تمبرهای جدید را پیش‌خرید کنید",
                         "کد پستی ده رقمی خود را بدانید"],
    "patent_ip": ["پیش از ثبت، علامت خود را استعلام کنید", "مشاوره رایگان ثبت اختراع",
                  "اظهارنامه را آنلاین ثبت کنید", "از حقوق مالکیت خود محافظت کنید"],
    "language_institute": ["تعیین سطح رایگان", "ثبت‌نام ترم جدید آغاز شد", "منابع آیلتس را رایگان دانلود کنید",
                           "مشاوره رایگان مهاجرت تحصیلی"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " - "]
SEC_LABELS = ["سرویس:", "گروه:", "بخش:", "سرویس خبری:", "دسته:"]
SIDE_HEADS = ["آخرین اخبار {s}", "سایر اخبار {s}", "در همین بخش: {s}"]
#: where the section shows. W's own: ``body_class`` (only a ``category-<slug>`` class on ``<body>`` and the
#: menu's Persian item: HTML only), ``lead_tag`` (a coloured label opening the lead), ``group_code`` (a «گروه: X -
#: کد خبر: N» row under the story), ``crumb_sub`` (a two-level trail above the headline: gold its last level);
#: and V's and U's forms
SEC_FORMS = ["body_class", "lead_tag", "group_code", "crumb_sub", "url", "og_only", "code_row", "kicker",
             "crumb_after", "title_only", "label", "label_sub", "sidebar", "cattag", "menu_active", "foot_label",
             "jsonld_only", "crumb_sub", "none"]
SEC_TITLES = ("sec_title_site", "title_sec_site")
MARKUP_FORMS = ("og_only", "cattag", "jsonld_only", "menu_active", "body_class")
#: ``ld_publisher``: a republishing site names the agency only as the JSON-LD ``publisher`` (HTML only; gold: that
#: agency, the markup crediting it; its text dump credits none)
CREDITS = ["source", "naghl_head", "gozaresh", "dateline", "logo", "pr_office", "reporter", "gozaresh_person",
           "source_link", "ld_publisher"]
#: credit forms that give no agency: the host rewrites the story's own credits to its name
NO_AGENCY = ("reporter", "pr_office", "gozaresh_person")
END_MARKS = ["انتهای پیام/", "انتهای خبر/", "/ق", "پایان", "◆", "/ن", None, None]
#: date styles beyond V's: day-first with a two-digit year («۱۲/۰۳/۰۲»), Gregorian first with the Jalali after
#: («2023/06/02 - ۱۲ خرداد ۱۴۰۲»), the Gregorian with its day-month in words first («۲ ژوئن ۲۰۲۳ | ۱۲ خرداد ۱۴۰۲»)
DATE_STYLES = {"language_institute": ["greg_first", "dmy2", "greg_words_first", "num"],
               "film_festival": ["greg_words_first", "dmy2", "isna", "irna"],
               "postal_philately": ["dmy2", "num", "greg_first"],
               "nomads_tribal": ["jal_qamari", "dmy2", "irna"]}
DEFAULT_STYLES = ["dmy2", "num", "isna", "greg_first", "time_first", "irna", "wd_long", "greg_words_first",
                  "jal_hyph", "dmy2"]
DATE_POS = ["head", "head", "foot", "head", "rel_foot", "head", "time_rel", "meta_only", "head", "upd_beside"]
SHAPES = ["nastooh", "wp", "bootstrap", "drupal"]
#: the public-relations office a host credits instead of an agency («روابط عمومی …»)
PR_OFFICES = {"fisheries": "سازمان شیلات ایران", "film_festival": "دبیرخانه جشنواره",
              "red_crescent": "جمعیت هلال احمر", "art_gallery": "موزه هنرهای معاصر",
              "nomads_tribal": "اداره کل امور عشایر", "postal_philately": "شرکت ملی پست",
              "patent_ip": "مرکز مالکیت معنوی", "language_institute": "سازمان سنجش آموزش کشور"}
#: روتیترs a family's desk writes over its headlines
SURTITLES = {
    "fisheries": ["مدیرکل شیلات استان خبر داد:", "با آغاز فصل صید میگو", "رئیس سازمان شیلات:",
                  "در حاشیه بازدید از مزارع پرورش ماهی"],
    "film_festival": ["در نشست خبری جشنواره مطرح شد", "دبیر جشنواره:", "گزارشی از کاخ جشنواره",
                      "در روز ششم جشنواره"],
    "red_crescent": ["رئیس سازمان امداد و نجات:", "در پی وقوع زلزله", "مدیرعامل هلال احمر استان خبر داد:",
                     "با اعلام نیاز به گروه‌های خونی منفی"],
    "art_gallery": ["گزارشی از یک نمایشگاه", "در گفت‌وگو با هنرمند", "همزمان با هفته هنر", "حراج به روایت اعداد"],
    "nomads_tribal": ["مدیرکل امور عشایر استان:", "همزمان با آغاز کوچ پاییزه", "در سفر به ییلاق",
                      "گزارشی از زندگی ایل"],
    "postal_philately": ["مدیرعامل شرکت ملی پست:", "به مناسبت روز جهانی پست", "رونمایی از تمبر یادبود",
                         "در پی گلایه‌ها از تأخیر مرسولات"],
    "patent_ip": ["رئیس مرکز مالکیت معنوی:", "در پی ثبت جعلی یک برند", "مخترع جوان:", "گزارشی از جشنواره نوآوری"],
    "language_institute": ["مدیر یک آموزشگاه زبان:", "پیش از آزمون آیلتس بخوانید", "با افزایش هزینه آزمون‌ها",
                           "کارشناس آموزش زبان:"],
}
#: the photo captions a family's pages put between the story's paragraphs («عکس ۱: …») and in its galleries
CAPTIONS = {
    "fisheries": ["لنج‌های صیادی در اسکله", "استخر پرورش میگو", "بازار ماهی فروشان بندر"],
    "film_festival": ["فرش قرمز جشنواره", "نشست خبری عوامل فیلم", "سالن نمایش برج میلاد"],
    "red_crescent": ["نجاتگران در منطقه زلزله‌زده", "اهداکنندگان خون در پایگاه", "چادرهای اسکان اضطراری"],
    "art_gallery": ["نمایی از نمایشگاه", "اثری از هنرمند در گالری", "بازدیدکنندگان در نگارخانه"],
    "nomads_tribal": ["کوچ ایل در مسیر ییلاق", "سیاه‌چادرهای عشایر", "کلاس درس مدرسه عشایری"],
    "postal_philately": ["تمبر یادبود جدید", "مرکز مبادلات پستی", "نامه‌رسان در محله"],
    "patent_ip": ["نمونه اولیه اختراع", "مراسم اهدای گواهی ثبت", "غرفه مخترعان در نمایشگاه"],
    "language_institute": ["کلاس زبان در آموزشگاه", "داوطلبان در حوزه آزمون", "کتاب‌های آموزش زبان"],
}
COPYRIGHTS = ["استفاده از مطالب این سایت تنها با ذکر نام منبع مجاز است.",
              "هرگونه کپی‌برداری از مطالب بدون ذکر منبع پیگرد قانونی دارد.",
              "کلیه حقوق مادی و معنوی این سایت محفوظ است و نقل مطالب با ذکر لینک آزاد است."]
#: the CMS vendors whose line closes the footer of every site they host, whatever its family
VENDORS = ["قدرت گرفته از سامانه مدیریت محتوای خبرپرداز | طراحی و اجرا: رسانه‌پرداز",
           "طراحی و توسعه: گروه نرم‌افزاری پارس‌وب - سامانه خبری پارس‌نیوز",
           "ساخته شده با سیستم مدیریت محتوای سپیدار"]
POLLS = {
    "fisheries": ("به نظر شما قیمت میگو در بازار مناسب است؟", ["بله", "خیر", "نظری ندارم"]),
    "film_festival": ("بهترین فیلم جشنواره امسال از نظر شما کدام است؟", ["فیلم اول", "فیلم دوم", "فیلم سوم"]),
    "red_crescent": ("آیا تاکنون خون اهدا کرده‌اید؟", ["بله، منظم", "یک بار", "هرگز"]),
    "art_gallery": ("هر چند وقت یک‌بار به گالری می‌روید؟", ["هر هفته", "هر ماه", "به ندرت"]),
    "nomads_tribal": ("مهم‌ترین مشکل عشایر چیست؟", ["آب", "راه", "نهاده دامی"]),
    "postal_philately": ("از خدمات پست رضایت دارید؟", ["زیاد", "متوسط", "کم"]),
    "patent_ip": ("آیا برند خود را ثبت کرده‌اید؟", ["بله", "در حال ثبت", "خیر"]),
    "language_institute": ("برای یادگیری زبان کدام روش را ترجیح می‌دهید؟", ["آموزشگاه", "آنلاین", "خودآموز"]),
}


def _sections(family: str) -> tuple[list[tuple[str, ...]], list[str]]:
    core, extra = MENUS[family]
    return [c if isinstance(c, tuple) else (c,) for c in core], extra


def _slot(seed: int, domain: str) -> int:
    """The host's place in a seeded order of all the set's hosts: section and credit forms go round it, so
    every form has its hosts."""
    domains = [d for f in FAMILIES for d, _, _ in HOSTS[f]]
    return random.Random(f"families-w-slots:{seed}").sample(domains, len(domains)).index(domain)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-w-host:{seed}:{domain}")
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
    if (family, idx) in (("language_institute", 1), ("art_gallery", 2)):
        s["date_pos"] = "time_rel"  # «۲ روز پیش» in ``<time datetime>``: a magazine theme's head
    if (family, idx) in (("film_festival", 0), ("patent_ip", 2)):
        s["date_pos"] = "upd_beside"  # «انتشار: … | به‌روزرسانی: …» on one line
    # a twelve-hour clock in the host's digits («۱۰:۲۰ ب.ظ»), as WordPress themes set to Persian print it
    s["ampm"] = r.random() < (0.4 if family in ("language_institute", "art_gallery") else 0.15)
    s["upd_below"] = s["date_pos"] == "head" and r.random() < 0.2
    s["today"] = r.random() < 0.4
    # the header's day in three calendars (a provincial agency's «امروز: … - … ۱۴۴۴ - … ۲۰۲۳»)
    s["today3"] = s["today"] and r.random() < (0.6 if family == "nomads_tribal" else 0.3)
    s["sec"] = SEC_FORMS[slot % len(SEC_FORMS)] if r.random() < 0.85 else pick(r, SEC_FORMS)
    if (family, idx) in (("art_gallery", 1), ("fisheries", 1)):
        s["sec"] = "body_class"  # a WordPress theme: ``<body class="… category-<slug>">``, the menu's Persian item
    if (family, idx) == ("film_festival", 1):
        s["sec"] = "lead_tag"  # a coloured label opening the lead
    if (family, idx) in (("nomads_tribal", 0), ("postal_philately", 2)):
        s["sec"] = "group_code"  # «گروه: X - کد خبر: N» under the story
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
    if (family, idx) in (("red_crescent", 1), ("art_gallery", 3)):
        s["credit"] = "pr_office"  # a relief society's or a tribal office's news is its public-relations office's
    if (family, idx) in (("postal_philately", 0), ("patent_ip", 1)):
        s["credit"] = "ld_publisher"  # an aggregator crediting its source only in its JSON-LD
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
    s["captions"] = r.random() < (0.6 if family in ("art_gallery", "nomads_tribal", "film_festival") else 0.3)
    # a gallery with counters «۱ از ۱۲» inside the story, an ad slotted between two paragraphs, the headline
    # repeated as the caption of the photo that opens the story, a poll box
    s["gallery"] = r.random() < (0.5 if family in ("art_gallery", "nomads_tribal", "red_crescent") else 0.2)
    s["ad_inline"] = r.random() < 0.35
    s["title_caption"] = r.random() < 0.3
    s["poll"] = pick(r, [None, None, "side", "post"])
    s["cap_form"] = pick(r, ["عکس {i}: {c}", "تصویر {i} - {c}", "{i}. {c}"])
    s["more_inline"] = pick(r, [None, "بیشتر بخوانید: ", "بخوانید: ", "box"])
    s["gozaresh_head"] = pick(r, ["گزارش از: {a}", "گزارش و عکس: {a}", "گزارش: {a}"])
    s["comment_form"] = r.random() < 0.5
    # readers' comments as a thread: likes under each, the editor's replies (booking blogs, legal desks)
    s["thread"] = r.random() < (0.7 if family in ("language_institute", "patent_ip") else 0.3)
    s["comment_counts"] = s["comment_form"] and r.random() < 0.6
    s["tabs"] = pick(r, [None, "پربازدیدترین | پربحث‌ترین | آخرین اخبار", "پربیننده‌ها | پربحث‌ها",
                         "داغ‌ترین‌ها | آخرین‌ها"])
    s["weather"] = r.random() < 0.3
    s["currency"] = r.random() < (0.5 if family in ("fisheries", "language_institute") else 0.2)
    s["city"] = pick(r, CITIES)
    s["widget"] = pick(r, [None, "side", "post", "post", "inside"])
    s["ticker"] = r.random() < 0.3
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", None])
    s["author"] = pick(r, [None, "نویسنده: {a}", "خبرنگار: {a}", "{a}", "به قلم {a}"])
    # a blog's byline under the headline: the writer and the reading time on one line
    s["byline"] = pick(r, [None, None, None, None, None, "نویسنده: {a} | {n} دقیقه مطالعه",
                           "{a} | زمان مطالعه: {n} دقیقه", "نوشته {a} · {n} دقیقه مطالعه"])
    if (family, idx) == ("language_institute", 1):
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
    if family in ("language_institute", "art_gallery") or s["credit"] == "ld_publisher":
        s["html_p"] = max(s["html_p"], 0.5)  # modern magazine sites and aggregators: saved as HTML more often
    s["logo_h1"] = r.random() < 0.3
    s["shape"] = SHAPES[(stable(seed, domain, "shape") + idx) % len(SHAPES)]
    if s["sec"] == "body_class":
        s["shape"] = "wp"
    s["amp_p"] = 0.3 if s["shape"] == "nastooh" or family == "film_festival" else 0.0
    s["print_p"] = 0.2 if r.random() < 0.35 or family == "patent_ip" else 0.0
    s["meta"] = s["sec"] == "og_only" or s["date_pos"] == "meta_only" or (
        s["sec"] != "jsonld_only" and r.random() < 0.5)
    s["utc_meta"] = r.random() < (0.4 if family == "language_institute" else 0.2)
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
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- dates

def w_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """A date in the host's style: W's own (day first with a two-digit Jalali year, the Gregorian first with the
    Jalali after it, numerically or in words) or one of V's, U's and H's.

    ``w_date(dt.datetime(2023, 6, 2, 10, 20), "dmy2", "fa")`` -> «۱۲/۰۳/۰۲ - ۱۰:۲۰»;
    ``"greg_first"`` -> «2023/06/02 - ۱۴۰۲/۰۳/۱۲ - ۱۰:۲۰» (in the host's digits);
    ``"greg_words_first"`` -> «۲ ژوئن ۲۰۲۳ | ۱۲ خرداد ۱۴۰۲ | ساعت ۱۰:۲۰»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hm = clock(t, ampm)
    if style == "dmy2":
        s = f"{j.day:02d}/{j.month:02d}/{j.year % 100:02d}" + (f" - {hm}" if time else "")
    elif style == "greg_first":
        s = f"{t.year}/{t.month:02d}/{t.day:02d} - {j.year}/{j.month:02d}/{j.day:02d}" + (f" - {hm}" if time else "")
    elif style == "greg_words_first":
        s = (f"{t.day} {GMONTHS[t.month - 1]} {t.year} | {j.day} {JMONTHS[j.month - 1]} {j.year}"
             + (f" | ساعت {hm}" if time else ""))
    else:
        return v_date(t, style, digits, time, ampm)
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
    d = w_date(pub, s["date"], s["digits"], s["time"], s["ampm"])
    return f"{s['date_label']} {d}" if s["date_label"] else d


def shows_time(h: Host) -> bool:
    return h.s["time"]


def head_html(h: Host, gold: dict, meta: dict | None, pub: dt.datetime | None, amp: bool,
              agency: str | None) -> list[str]:
    """V's ``<head>``; on a host that credits by its JSON-LD ``publisher`` (a republishing site's SEO plugin
    copying the source's organisation), that ``publisher`` is the agency, with its logo's address."""
    head = v_head_html(h, gold, meta, pub, amp)
    if meta and meta["form"] == "body_class":  # the body's class and the menu name the section, no meta
        head = [x for x in head if 'property="article:section"' not in x]
        head = [x.replace(f', "articleSection": {json.dumps(gold["section"], ensure_ascii=False)}', "")
                for x in head]
    if not (agency and h.s["credit"] == "ld_publisher"):
        return head
    nm = AGENCIES[agency][stable(h.domain, agency) % len(AGENCIES[agency])]
    publisher = {"@type": "NewsMediaOrganization", "name": nm,
                 "logo": {"@type": "ImageObject", "url": f"https://www.{LOGOS.get(agency, 'news')}.ir/logo.png"}}
    opening = '<script type="application/ld+json">'
    for i, x in enumerate(head):
        if x.startswith(opening) and '"NewsArticle"' in x:
            ld = json.loads(x[len(opening):-len("</script>")])
            ld["publisher"] = publisher
            head[i] = opening + json.dumps(ld, ensure_ascii=False) + "</script>"
    return head

# ---------------------------------------------------------------------------------------------- pieces

FISH = [("میگو وانامی", 420_000), ("ماهی قزل‌آلا", 260_000), ("ماهی سفید", 480_000), ("ماهی قباد", 390_000),
        ("ماهی حلوا سفید", 650_000), ("کپور", 150_000)]
FILMS = ["سرزمین باد", "آخرین ایستگاه", "روزهای نارنجی", "خانه پدری", "شب‌های روشن", "پرواز خاموش"]
BLOOD = ["O منفی", "O مثبت", "A منفی", "A مثبت", "B منفی", "AB منفی"]
GALLERIES = ["گالری ماه‌مهر", "نگارخانه لاله", "گالری سیحون", "گالری آران", "خانه هنرمندان", "گالری شیرین"]
TRIBES = ["ایل قشقایی", "ایل بختیاری", "ایل شاهسون", "عشایر کرمانج", "ایل سنگسری", "عشایر بلوچ"]
STAMPS = ["تمبر روز جهانی پست", "تمبر یادبود حافظ", "تمبر مشترک ایران و ارمنستان", "تمبر پرندگان ایران",
          "تمبر روز ملی خلیج فارس"]
EXAMS = [("آیلتس آکادمیک", 23_500_000), ("آیلتس جنرال", 23_500_000), ("تافل iBT", 21_000_000),
         ("PTE", 19_800_000), ("دولینگو", 5_900_000)]
#: the ads a CMS slots between two paragraphs of the story
ADS = ["خرید اقساطی لپ‌تاپ و موبایل بدون ضامن", "بلیت هواپیما با ارزان‌ترین قیمت", "وام فوری با سفته، تا ۲۰۰ میلیون",
       "دوره آنلاین برنامه‌نویسی با مدرک معتبر", "بیمه بدنه خودرو با ۳۰٪ تخفیف"]
AD_HEADS = ["تبلیغات", "آگهی", "محتوای حمایت‌شده", "Ads"]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's own box beside, inside or after the story; its numbers change per page."""
    d, f = h.s["digits"], h.family
    if f == "fisheries":
        rows = [pick(r, ["قیمت روز آبزیان", "نرخ ماهی و میگو در بازار"]), "آبزی | هر کیلو (تومان)"] + [
            f"{a} | {b + r.randint(-b // 10, b // 10) // 1000 * 1000:,}" for a, b in r.sample(FISH, 3)]
    elif f == "film_festival":
        rows = ([pick(r, ["جدول نمایش امروز", "سانس‌های امروز"]), "سالن | فیلم | سانس"] + [
            f"{pick(r, ['سالن ۱', 'سالن ۲', 'سالن میلاد'])} | {x} | {r.randint(10, 22)}:{pick(r, ['00', '30'])}"
            for x in r.sample(FILMS, 3)]) if r.random() < 0.6 else [
            "رأی مردمی تا این لحظه", *[f"{i + 1}. {x}" for i, x in enumerate(r.sample(FILMS, 3))]]
    elif f == "red_crescent":
        rows = [pick(r, ["وضعیت ذخایر خون", "نیاز امروز به گروه‌های خونی"]), "گروه خونی | وضعیت"] + [
            f"{x} | {pick(r, ['بحرانی', 'کم', 'مطلوب'])}" for x in r.sample(BLOOD, 3)]
    elif f == "art_gallery":
        rows = [pick(r, ["نمایشگاه‌های این هفته", "گالری‌گردی آخر هفته"]), "گالری | نمایشگاه | تا"] + [
            f"{g} | {pick(r, ['نقاشی', 'عکس', 'خوشنویسی', 'مجسمه'])} {pick(r, LAST)} | {r.randint(1, 29)} "
            f"{pick(r, JMONTHS)}" for g in r.sample(GALLERIES, 3)]
    elif f == "nomads_tribal":
        rows = [pick(r, ["تقویم کوچ", "وضعیت کوچ ایلات"]), "ایل | مسیر | وضعیت"] + [
            f"{x} | {pick(r, ['قشلاق به ییلاق', 'ییلاق به قشلاق'])} | {pick(r, ['در حال کوچ', 'اسکان', 'آغاز'])}"
            for x in r.sample(TRIBES, 3)]
    elif f == "postal_philately":
        rows = ([pick(r, ["تمبرهای تازه", "تمبرهای منتشر شده این ماه"]), "تمبر | تیراژ | قیمت (ریال)"] + [
            f"{x} | {r.randint(10, 200) * 1000:,} | {r.randint(2, 30) * 10_000:,}" for x in r.sample(STAMPS, 3)]
            ) if r.random() < 0.6 else ["رهگیری مرسوله", "کد رهگیری ۲۴ رقمی را وارد کنید", "جست‌وجو"]
    elif f == "patent_ip":
        rows = [pick(r, ["آمار ثبت این ماه", "اظهارنامه‌های ثبت شده"]), "نوع | تعداد"] + [
            f"{x} | {r.randint(100, 9000):,}" for x in ("اختراع", "علامت تجاری", "طرح صنعتی")]
    else:
        rows = [pick(r, ["هزینه آزمون‌های زبان", "تقویم و هزینه آزمون‌ها"]), "آزمون | هزینه (تومان)"] + [
            f"{a} | {b:,}" for a, b in r.sample(EXAMS, 3)]
    return [dg(x, d) for x in rows]


def poll(h: Host, r: random.Random) -> list[str]:
    """A poll box: its question, its options, the vote and results buttons."""
    q, opts = POLLS[h.family]
    return ["نظرسنجی", q, *(f"○ {x}" for x in opts), pick(r, ["ثبت رأی", "ارسال"]), "مشاهده نتایج"]


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
            pick(r, ["آخرین اخبار را در ایمیل خود دریافت کنید", f"هر هفته گزیده مطالب {h.name} در ایمیل شما"]),
            "ایمیل خود را وارد کنید", "عضویت"]

# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        day = three_calendars(today, s["digits"]) if s["today3"] else w_date(today, "irna", s["digits"], time=False)
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


def story_lines(pg: Page, h: Host, r: random.Random, paras: list[str], others: list[str], title: str) -> None:
    """The story's paragraphs with what a CMS puts between them: the opening photo captioned with the headline,
    numbered photo captions, «بیشتر بخوانید» links to other stories, an ad, a gallery with counters «۲ از ۱۲», the
    family's box."""
    s = h.s
    n = len(paras)
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
    if printed and form not in ("label", "label_sub", "kicker", "code_row", "crumb_sub", "group_code",
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
        head_dates = [dg("انتشار: ", d) + w_date(pub, s["date"], d, s["time"], s["ampm"]) + " | به‌روزرسانی: "
                      + w_date(upd, s["date"], d, s["time"], s["ampm"])]
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
        pg.add("head", "c", "آخرین به‌روزرسانی: " + w_date(upd, s["date"], d, s["time"], s["ampm"]))
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
        story_lines(pg, h, r, paras, others, title)
    if s["credit"] not in ("reporter", "dateline", "logo", "naghl_head", "ld_publisher"):  # the story's last line
        pg.add("post", "c", credit_text(h, r, agency, author))
    pg.add("post", "c", s["end"])
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
        comment_block(pg, h, r)
        if s["newsletter"]:
            for x in newsletter(h, r):
                pg.add("box", "c", x)
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
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه خبر", w_date(
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
            img = (f'<amp-img src="{src}" width="600" height="400" layout="responsive"></amp-img>' if amp
                   else f'<img src="{src}" alt="">')
            return f"<figure>{img}<figcaption>{_esc(h, t)}</figcaption></figure>"
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
    story = ("crumb", "head", "trail", "body", "post")
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

def build(out_dir, n: int = 400, seed: int = 211, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="w", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-w:{seed}:page:{i}")
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
        rows.append(gold_row(name, "families-w", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"w{seed}")
