"""Family set Y: eight Persian site families of handicrafts, pistachio trade, science and technology parks, bakeries
and flour, driving schools, cooperatives, houseplant forums and dubbing / voice acting, written blind to the
extractor.

    build(out_dir, n, seed=227, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages; its frame is ``site_families_x.py``'s (X's, W's, V's and
U's generic pieces: the credit, tag, short-link, trail, comment, clock, gallery, poll and ``<head>`` helpers), its
families, tables and forms are its own and are modelled on real Persian sites: provincial cultural-heritage
portals, trade sites of a commodity town (Rafsanjan), science parks' and incubators' news, bakers' unions,
driving-school blogs that sell mock tests, cooperative chambers' ASP.NET portals (typed with the Arabic ي / ك),
phpBB / XenForo-style gardening forums with a news front, voice-actors' magazines. Families (none of them in the
earlier sets, U to X included):

- ``handicrafts``        enamel (میناکاری), khatam, Lalejin pottery, crafts bazaars: product price tables;
- ``pistachio_trade``    pistachio market and export: cultivar price tables («رقم پسته | هر کیلو»);
- ``science_park``       science parks, incubators, knowledge-based firms: unit counts per field, tech events
                         covered as live blogs;
- ``bakery_flour``       bakeries, subsidised flour, wheat purchase: the bread price tables («نوع نان | نرخ»);
- ``driving_school``     driving schools, theory and road tests, penalty points: test-slot tables;
- ``cooperative_union``  housing / consumer / rural cooperatives and the cooperative chambers;
- ``houseplant_forum``   houseplant forums and magazines: care tables («گیاه | نور | آبیاری»), shop boxes;
- ``dubbing_voice``      film dubbing, radio voice acting, audiobooks: archive tables («فیلم | سال دوبله»).

Each family has three or four hosts; every host keeps its own template (menu, tagline, date style / calendar /
digits / clock, section form and place, credit form, end marker, widgets beside and inside the story, lines
repeated after the body, DOM shape: Nastooh agency pages, WordPress, Bootstrap portals or a Drupal node; some
pages come as their AMP twin or print view).
Forms Y adds to X's, W's, V's and U's:
- the section as a coloured chip link opening the byline row, beside the writer, the date and a views counter
  («X | <author> | ۱۲ آذر ۱۴۰۲ - ۱۴:۳۰ | بازدید: ۱۲۳»; gold X; ``chip_row``);
- the agency only in the news-code row under the headline («کد خبر: N | منبع: <agency>»; ``code_src``);
- the headline only in an ``<h1>`` inside the site's ``<header>``, above the menu (in a text dump: the headline
  before the menu's lines; ``title_above``);
- the lead in a ``<strong>`` opening the first ``<p>`` (no class, no itemprop; ``lead_strong``);
- a story split over two pages: the page holds the first half, then «صفحه ۱ از ۲» and «صفحه بعد »» (gold body:
  the paragraphs this page shows; ``paged``);
- a sticky share bar under the headline whose labels repeat under the story (``sticky``);
- an «اخبار مرتبط» list of other stories between two paragraphs (``related_box``);
- dates day first with a dash «۱۲ آذر ۱۴۰۲ - ۱۴:۳۰», the clock in brackets «۱۲ آذر ۱۴۰۲ (۱۴:۳۰)», a weekday with a
  comma «یکشنبه، ۱۲ آذر ۱۴۰۲ - ساعت ۱۴:۳۰»;
- U+200F / U+200E marks around the numbers of the date, code and counter lines (``bidi`` hosts);
- the Arabic ي / ك in some hosts' chrome (header, menu, boxes, footer; ``arabic`` hosts), never in the story.

Gold as X documents it: section the most specific one the page shows, else null; ``published_iso`` the local
(Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the time
or has it in markup, else the day (a live blog's entry clocks are no publication time). Agency only when the
page credits one: a credit line (Y's «کد خبر: N | منبع: …» row and X's «لینک منبع: …» included), the story's own
dateline or text, a source logo's ``alt``, or the JSON-LD ``publisher`` of a republishing site (HTML only; lost in
its text dump); «روابط عمومی …», «خبرنگار ما» and «گزارش از: <person>» credit none. About 7% negatives, ~10% of the
stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import re

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

FAMILIES = ["handicrafts", "pistachio_trade", "science_park", "bakery_flour", "driving_school", "cooperative_union",
            "houseplant_forum", "dubbing_voice"]
HOSTS = {
    "handicrafts": [("honar-dasti.ir", "هنر دستی", "پایگاه خبری صنایع‌دستی ایران"),
                    ("mina-khatam.com", "مینا و خاتم", "مجله هنرهای سنتی"),
                    ("sofal-news.ir", "سفال نیوز", "اخبار سفالگران و کارگاه‌ها"),
                    ("karegah-online.ir", "کارگاه آنلاین", "بازارچه و اخبار هنرمندان بومی")],
    "pistachio_trade": [("peste-news.ir", "پسته نیوز", "اخبار بازار و صادرات پسته"),
                        ("rafsanjan-baghdar.com", "باغدار رفسنجان", "رسانه باغداران پسته"),
                        ("khoshkbar-online.ir", "خشکبار آنلاین", "قیمت روز آجیل و خشکبار")],
    "science_park": [("fanavari-park.ir", "پارک فناوری", "پایگاه خبری پارک‌های علم و فناوری"),
                     ("daneshbonyan-news.com", "دانش‌بنیان نیوز", "اخبار شرکت‌های دانش‌بنیان"),
                     ("roshd-markaz.ir", "مرکز رشد", "اخبار مراکز رشد و شتاب‌دهنده‌ها"),
                     ("nooavari-mag.ir", "مجله نوآوری", "فناوری، تجاری‌سازی و سرمایه‌گذاری")],
    "bakery_flour": [("nan-khabar.ir", "نان خبر", "اخبار نانوایان و آرد کشور"),
                     ("ard-gandom.com", "آرد و گندم", "پایگاه اطلاع‌رسانی صنعت آرد"),
                     ("nanvayan-online.ir", "نانوایان آنلاین", "صدای اتحادیه‌های نانوایی")],
    "driving_school": [("ranandegi-amooz.ir", "رانندگی‌آموز", "آموزش آیین‌نامه و گواهینامه"),
                       ("govahiname-news.com", "گواهینامه نیوز", "اخبار صدور گواهینامه و آموزشگاه‌ها"),
                       ("farman-mag.ir", "مجله فرمان", "رانندگی ایمن، آزمون شهری"),
                       ("aeenname-online.ir", "آیین‌نامه آنلاین", "نمونه سؤالات و اخبار آزمون")],
    "cooperative_union": [("taavon-news.ir", "تعاون نیوز", "پایگاه خبری بخش تعاون"),
                          ("sherkat-taavoni.com", "شرکت تعاونی", "اخبار تعاونی‌های مسکن و مصرف"),
                          ("sedaye-taavon.ir", "صدای تعاون", "رسانه اتاق‌های تعاون استان‌ها")],
    "houseplant_forum": [("golkhaneh-forum.ir", "انجمن گلخانه", "انجمن گفت‌وگوی دوستداران گل و گیاه"),
                         ("giah-aparteman.com", "گیاه آپارتمانی", "نگهداری گل و گیاه در خانه"),
                         ("baghcheh-man.ir", "باغچه من", "تالار گفت‌وگو و اخبار باغبانی"),
                         ("goldoon-mag.ir", "مجله گلدون", "گلدان، خاک و کود")],
    "dubbing_voice": [("doble-news.ir", "دوبله نیوز", "اخبار دوبلاژ و گویندگی"),
                      ("seda-sazan.com", "صداسازان", "رسانه گویندگان و صداپیشگان"),
                      ("goyandeh-online.ir", "گوینده آنلاین", "آموزش گویندگی و اخبار رادیو")],
}
#: a family's sections (some as service > sub) and its other menu items
MENUS = {
    "handicrafts": (["میناکاری", ("سفال و سرامیک", "سفال لالجین"), "خاتم‌کاری", "بازارچه‌های صنایع‌دستی",
                     ("صادرات صنایع‌دستی", "نمایشگاه‌های خارجی")],
                    ["ثبت جهانی", "معرفی هنرمندان", "فروشگاه هنر", "آموزش", "تماس"]),
    "pistachio_trade": (["بازار پسته", ("صادرات پسته", "بازار چین"), "باغداری پسته", "آفات پسته",
                         ("خشکبار", "بادام و گردو")],
                        ["قیمت روز پسته", "انجمن پسته", "آگهی خرید و فروش", "آرشیو", "تماس"]),
    "science_park": (["شرکت‌های دانش‌بنیان", ("مراکز رشد", "هسته‌های فناور"), "تجاری‌سازی", "سرمایه‌گذاری خطرپذیر",
                      ("رویدادهای فناوری", "نمایشگاه نوآوری")],
                     ["فراخوان‌ها", "خدمات پارک", "واحدهای فناور", "ویدئو", "تماس"]),
    "bakery_flour": (["نانوایی‌ها", ("آرد یارانه‌ای", "سهمیه آرد"), "کارخانه‌های آرد", "بهداشت نان",
                      ("گندم", "خرید تضمینی گندم")],
                     ["نرخ مصوب نان", "سامانه نانینو", "بخشنامه‌های اتحادیه", "گالری", "تماس"]),
    "driving_school": (["آموزشگاه‌های رانندگی", ("آزمون آیین‌نامه", "آزمون الکترونیکی"), "آزمون شهری",
                        "گواهینامه موتورسیکلت", ("قوانین راهنمایی و رانندگی", "نمره منفی")],
                       ["نمونه سؤالات", "ثبت‌نام آنلاین", "تابلوهای راهنمایی", "پرسش‌های متداول", "تماس"]),
    "cooperative_union": (["تعاونی‌های مسکن", ("تعاونی مصرف", "تعاونی مصرف کارکنان"), "تعاونی روستایی",
                           "اتاق تعاون", ("تسهیلات تعاونی", "صندوق ضمانت تعاون")],
                          ["سامانه ثبت تعاونی", "مجمع عمومی", "اساسنامه نمونه", "آگهی‌ها", "تماس"]),
    "houseplant_forum": (["گیاهان آپارتمانی", ("کاکتوس و ساکولنت", "تکثیر ساکولنت"), "آفات گیاهان",
                          "کود و خاک", ("باغبانی خانگی", "سبزی در گلدان")],
                         ["تالار گفت‌وگو", "پرسش از کارشناس", "بازارچه گل", "ورود / ثبت‌نام", "تماس"]),
    "dubbing_voice": (["دوبله فیلم", ("گویندگی رادیو", "نمایش رادیویی"), "صداپیشگی انیمیشن", "کتاب صوتی",
                       ("آموزش گویندگی", "فن بیان")],
                      ["پیشکسوتان دوبله", "آرشیو صدا", "استودیوها", "فراخوان", "تماس"]),
}
#: each section's Latin slug, as a WordPress category class or a URL writes it
SLUGS = {"میناکاری": "enamel", "سفال و سرامیک": "pottery", "سفال لالجین": "lalejin", "خاتم‌کاری": "khatam",
         "بازارچه‌های صنایع‌دستی": "bazaars", "صادرات صنایع‌دستی": "crafts-export",
         "نمایشگاه‌های خارجی": "foreign-fairs", "بازار پسته": "pistachio-market", "صادرات پسته": "pistachio-export",
         "بازار چین": "china-market", "باغداری پسته": "orchards", "آفات پسته": "pests", "خشکبار": "dried-fruit",
         "بادام و گردو": "almond-walnut", "شرکت‌های دانش‌بنیان": "knowledge-based", "مراکز رشد": "incubators",
         "هسته‌های فناور": "tech-cores", "تجاری‌سازی": "commercialization", "سرمایه‌گذاری خطرپذیر": "vc",
         "رویدادهای فناوری": "tech-events", "نمایشگاه نوآوری": "innovation-expo", "نانوایی‌ها": "bakeries",
         "آرد یارانه‌ای": "subsidized-flour", "سهمیه آرد": "flour-quota", "کارخانه‌های آرد": "flour-mills",
         "بهداشت نان": "bread-hygiene", "گندم": "wheat", "خرید تضمینی گندم": "wheat-purchase",
         "آموزشگاه‌های رانندگی": "driving-schools", "آزمون آیین‌نامه": "theory-test",
         "آزمون الکترونیکی": "e-test", "آزمون شهری": "road-test", "گواهینامه موتورسیکلت": "motorcycle",
         "قوانین راهنمایی و رانندگی": "traffic-rules", "نمره منفی": "penalty-points",
         "تعاونی‌های مسکن": "housing-coops", "تعاونی مصرف": "consumer-coops",
         "تعاونی مصرف کارکنان": "staff-coops", "تعاونی روستایی": "rural-coops", "اتاق تعاون": "coop-chamber",
         "تسهیلات تعاونی": "coop-loans", "صندوق ضمانت تعاون": "guarantee-fund",
         "گیاهان آپارتمانی": "houseplants", "کاکتوس و ساکولنت": "succulents", "تکثیر ساکولنت": "propagation",
         "آفات گیاهان": "plant-pests", "کود و خاک": "soil", "باغبانی خانگی": "home-gardening",
         "سبزی در گلدان": "pot-herbs", "دوبله فیلم": "film-dubbing", "گویندگی رادیو": "radio",
         "نمایش رادیویی": "radio-drama", "صداپیشگی انیمیشن": "animation-voice", "کتاب صوتی": "audiobooks",
         "آموزش گویندگی": "voice-training", "فن بیان": "diction"}
AFTER = {
    "handicrafts": ["صنایع‌دستی ایران، هویت ایران", "خرید مستقیم از هنرمند", "ثبت‌نام در کارگاه‌های آموزشی",
                    "تقویم نمایشگاه‌های صنایع‌دستی"],
    "pistachio_trade": ["قیمت لحظه‌ای پسته اکبری و فندقی", "خرید عمده پسته رفسنجان",
                        "پسته ایرانی، طلای سبز کویر", "آگهی رایگان خرید و فروش خشکبار"],
    "science_park": ["فراخوان پذیرش واحدهای فناور", "از ایده تا بازار با ما", "خدمات مشاوره تجاری‌سازی",
                     "عضو خبرنامه نوآوری شوید"],
    "bakery_flour": ["نرخ مصوب انواع نان را ببینید", "شکایت از نانوایی‌ها: ۱۲۴", "نان سالم، سفره سالم",
                     "بخشنامه‌های جدید اتحادیه"],
    "driving_school": ["نمونه سؤالات آیین‌نامه با جواب", "ثبت‌نام آنلاین در آموزشگاه", "رانندگی ایمن، زندگی امن",
                       "نوبت آزمون شهری را بگیرید"],
    "cooperative_union": ["تعاون، راه پیشرفت", "سامانه جامع ثبت تعاونی‌ها", "مشاوره حقوقی رایگان برای تعاونی‌ها",
                          "آگهی مجامع عمومی"],
    "houseplant_forum": ["پرسش خود را از کارشناس بپرسید", "قوانین انجمن را بخوانید", "بازارچه قلمه و بذر",
                         "گلدان خود را به اشتراک بگذارید"],
    "dubbing_voice": ["دوره‌های آموزش گویندگی", "آرشیو صدای پیشکسوتان", "فراخوان جذب صداپیشه",
                      "صدای ماندگار، دوبله ایران"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " - "]
SEC_LABELS = ["سرویس:", "گروه:", "بخش:", "موضوع:", "دسته:"]
SIDE_HEADS = ["آخرین اخبار {s}", "مطالب بیشتر در {s}", "جدیدترین‌های {s}"]
#: where the section shows. Y's own: ``chip_row`` (a coloured chip link opening the byline row, «X | <author> |
#: <date> | بازدید: N»; gold X); and X's (``foot_crumb``, ``graph_ld``), W's, V's and U's forms
SEC_FORMS = ["chip_row", "foot_crumb", "graph_ld", "body_class", "chip_row", "lead_tag", "group_code", "crumb_sub",
             "url", "og_only",
             "code_row", "kicker", "crumb_after", "title_only", "label", "label_sub", "foot_crumb", "sidebar",
             "cattag", "graph_ld", "menu_active", "foot_label", "jsonld_only", "none"]
SEC_TITLES = ("sec_title_site", "title_sec_site")
MARKUP_FORMS = ("og_only", "cattag", "jsonld_only", "menu_active", "body_class", "graph_ld")
#: ``src_button``: X's own: an aggregator credits the source only under the story, «لینک منبع: <agency>» and a
#: «مشاهده خبر در سایت منبع» button (gold: that agency, in both formats); ``ld_publisher``: W's (HTML only)
#: ``code_src``: Y's own: the agency only in the news-code row under the headline, «کد خبر: N | منبع: <agency>»
CREDITS = ["source", "code_src", "src_button", "naghl_head", "gozaresh", "dateline", "logo", "pr_office", "reporter",
           "gozaresh_person", "code_src", "source_link", "ld_publisher", "src_button"]
#: credit forms that give no agency: the host rewrites the story's own credits to its name
NO_AGENCY = ("reporter", "pr_office", "gozaresh_person")
END_MARKS = ["انتهای پیام/", "انتهای خبر/", "/ق", "پایان", "■", "/م", None, None]
#: date styles beyond X's: the day then the month «۱۲ آذر ۱۴۰۲ - ۱۴:۳۰» (``day_dash``), the clock in brackets
#: «۱۲ آذر ۱۴۰۲ (۱۴:۳۰)» (``paren_time``), a weekday with a comma and «ساعت» («یکشنبه، ۱۲ آذر ۱۴۰۲ - ساعت ۱۴:۳۰»,
#: ``wd_comma``); on ``bidi`` hosts wrapped in U+200F / U+200E marks
DATE_STYLES = {"driving_school": ["day_dash", "paren_time", "wd_comma", "nopad"],
               "houseplant_forum": ["day_dash", "month_first", "paren_time", "num"],
               "bakery_flour": ["wd_comma", "day_dash", "irna"],
               "science_park": ["paren_time", "day_dash", "isna", "dotted"]}
DEFAULT_STYLES = ["day_dash", "paren_time", "wd_comma", "nopad", "month_first", "hs_suffix", "dotted", "num",
                  "isna", "dmy2", "time_first", "irna", "wd_long", "jal_hyph"]
DATE_POS = ["head", "head", "foot", "head", "rel_foot", "head", "time_rel", "meta_only", "head", "upd_beside"]
SHAPES = ["nastooh", "wp", "bootstrap", "drupal"]
#: the public-relations office a host credits instead of an agency («روابط عمومی …»)
PR_OFFICES = {"handicrafts": "اداره‌کل میراث فرهنگی و صنایع‌دستی", "pistachio_trade": "انجمن پسته ایران",
              "science_park": "پارک علم و فناوری استان", "bakery_flour": "اتحادیه نانوایان",
              "driving_school": "پلیس راهور", "cooperative_union": "اداره‌کل تعاون، کار و رفاه اجتماعی",
              "houseplant_forum": "انجمن گل و گیاه", "dubbing_voice": "انجمن گویندگان و دوبلورها"}
#: روتیترs a family's desk writes over its headlines
SURTITLES = {
    "handicrafts": ["مدیرکل صنایع‌دستی استان:", "در آستانه روز جهانی صنایع‌دستی", "هنرمند پیشکسوت می‌گوید",
                    "با حضور هنرمندان بومی"],
    "pistachio_trade": ["رئیس انجمن پسته:", "با آغاز فصل برداشت", "در بازار خشکبار تهران",
                        "صادرکنندگان پسته هشدار دادند"],
    "science_park": ["رئیس پارک علم و فناوری:", "در رویداد استارتاپی", "با حمایت صندوق نوآوری",
                     "مدیرعامل شرکت دانش‌بنیان:"],
    "bakery_flour": ["رئیس اتحادیه نانوایان:", "با ابلاغ نرخ جدید", "در بازرسی از نانوایی‌ها",
                     "مدیرکل غله استان خبر داد"],
    "driving_school": ["رئیس پلیس راهور:", "پیش از آزمون بخوانید", "با تغییر آیین‌نامه", "مربی رانندگی توضیح می‌دهد"],
    "cooperative_union": ["مدیرکل تعاون استان:", "در مجمع عمومی تعاونی", "با تصویب هیئت‌مدیره",
                          "رئیس اتاق تعاون:"],
    "houseplant_forum": ["پرسش هفته", "کارشناس باغبانی پاسخ می‌دهد", "تجربه کاربران انجمن", "راهنمای کامل"],
    "dubbing_voice": ["گفت‌وگو با پیشکسوت دوبله", "در آستانه روز ملی دوبله", "مدیر دوبلاژ:",
                      "با صدای ماندگار"],
}
#: the photo captions a family's pages put between the story's paragraphs and in its galleries
CAPTIONS = {
    "handicrafts": ["ظرف مسی میناکاری‌شده", "کارگاه سفالگری لالجین", "قاب خاتم‌کاری اصفهان"],
    "pistachio_trade": ["برداشت پسته در باغ", "خشک‌کن پسته رفسنجان", "بسته‌بندی پسته صادراتی"],
    "science_park": ["ساختمان مرکز رشد", "غرفه شرکت دانش‌بنیان", "رونمایی از محصول فناورانه"],
    "bakery_flour": ["پخت نان سنگک در تنور", "کیسه‌های آرد در انبار", "صف نانوایی در صبح"],
    "driving_school": ["خودروی آموزشی آموزشگاه", "سالن آزمون آیین‌نامه", "پیست آزمون شهری"],
    "cooperative_union": ["مجتمع مسکونی تعاونی", "فروشگاه تعاونی مصرف", "مجمع عمومی سالانه"],
    "houseplant_forum": ["گلدان پوتوس در آپارتمان", "ساکولنت‌های قلمه‌خورده", "برگ زردشده بر اثر آبیاری زیاد"],
    "dubbing_voice": ["استودیوی دوبلاژ", "گوینده پشت میکروفن", "جلسه تمرین نمایش رادیویی"],
}
POLLS = {
    "handicrafts": ("کدام هنر دستی را بیشتر می‌پسندید؟", ["میناکاری", "خاتم", "سفال"]),
    "pistachio_trade": ("پسته را از کجا می‌خرید؟", ["آجیل‌فروشی", "فروشگاه اینترنتی", "مستقیم از باغدار"]),
    "science_park": ("بزرگ‌ترین مانع استارتاپ‌ها چیست؟", ["سرمایه", "مجوز", "بازار"]),
    "bakery_flour": ("کیفیت نان محله شما چگونه است؟", ["خوب", "متوسط", "ضعیف"]),
    "driving_school": ("چند بار در آزمون شهری شرکت کردید؟", ["یک بار", "دو بار", "بیشتر"]),
    "cooperative_union": ("عضو چه تعاونی‌ای هستید؟", ["مسکن", "مصرف", "هیچ‌کدام"]),
    "houseplant_forum": ("چند گلدان در خانه دارید؟", ["کمتر از ۵", "۵ تا ۲۰", "بیش از ۲۰"]),
    "dubbing_voice": ("فیلم‌ها را دوبله می‌بینید یا زیرنویس؟", ["دوبله", "زیرنویس", "هر دو"]),
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
    return random.Random(f"families-y-slots:{seed}").sample(domains, len(domains)).index(domain)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-y-host:{seed}:{domain}")
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
    if (family, idx) in (("driving_school", 1), ("houseplant_forum", 0)):
        s["date_pos"] = "time_rel"  # «۲ روز پیش» in ``<time datetime>``: a magazine theme's head
    if (family, idx) in (("pistachio_trade", 1), ("handicrafts", 2)):
        s["date_pos"] = "upd_beside"  # «انتشار: … | به‌روزرسانی: …» on one line
    # a twelve-hour clock in the host's digits («۱۰:۲۰ ب.ظ»), as WordPress themes set to Persian print it
    s["ampm"] = r.random() < (0.4 if family in ("driving_school", "houseplant_forum") else 0.15)
    s["upd_below"] = s["date_pos"] == "head" and r.random() < 0.2
    s["today"] = r.random() < 0.4
    # the header's day in three calendars (a provincial agency's «امروز: … - … ۱۴۴۴ - … ۲۰۲۳»)
    s["today3"] = s["today"] and r.random() < (0.6 if family == "cooperative_union" else 0.3)
    s["sec"] = SEC_FORMS[slot % len(SEC_FORMS)] if r.random() < 0.85 else pick(r, SEC_FORMS)
    if (family, idx) in (("houseplant_forum", 1), ("bakery_flour", 1)):
        s["sec"] = "body_class"  # a WordPress theme: ``<body class="… category-<slug>">``, the menu's Persian item
    if (family, idx) == ("science_park", 1):
        s["sec"] = "lead_tag"  # a coloured label opening the lead
    if (family, idx) in (("dubbing_voice", 0), ("handicrafts", 3)):
        s["sec"] = "group_code"  # «گروه: X - کد خبر: N» under the story
    if (family, idx) in (("cooperative_union", 0), ("handicrafts", 0)):
        s["sec"] = "foot_crumb"  # a provincial portal's trail only at the very foot of the page
    if (family, idx) in (("driving_school", 0), ("houseplant_forum", 2)):
        s["sec"] = "graph_ld"  # a WordPress blog whose section is only in Yoast's JSON-LD ``@graph``
    if (family, idx) in (("handicrafts", 1), ("driving_school", 2), ("bakery_flour", 1), ("dubbing_voice", 2)):
        s["sec"] = "chip_row"  # a coloured chip in the byline row, beside the date and the views counter
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
    if (family, idx) in (("cooperative_union", 1), ("bakery_flour", 2)):
        s["credit"] = "pr_office"  # a cooperative office's or a bakers' union's news is its public-relations office's
    if (family, idx) in (("pistachio_trade", 0), ("science_park", 2)):
        s["credit"] = "ld_publisher"  # an aggregator crediting its source only in its JSON-LD
    if (family, idx) in (("dubbing_voice", 1), ("bakery_flour", 0)):
        s["credit"] = "src_button"  # an aggregator's «لینک منبع: …» and «مشاهده خبر در سایت منبع» under the story
    if (family, idx) in (("pistachio_trade", 1), ("science_park", 0), ("houseplant_forum", 3)):
        s["credit"] = "code_src"  # the agency in the «کد خبر: … | منبع: …» row under the headline
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
    s["captions"] = r.random() < (0.6 if family in ("science_park", "dubbing_voice", "pistachio_trade") else 0.3)
    # a gallery with counters «۱ از ۱۲» inside the story, an ad slotted between two paragraphs, the headline
    # repeated as the caption of the photo that opens the story, a poll box
    s["gallery"] = r.random() < (0.5 if family in ("science_park", "cooperative_union", "dubbing_voice") else 0.2)
    s["ad_inline"] = r.random() < 0.35
    s["title_caption"] = r.random() < 0.3
    s["poll"] = pick(r, [None, None, "side", "post"])
    s["cap_form"] = pick(r, ["عکس {i}: {c}", "تصویر {i} - {c}", "{i}. {c}"])
    s["more_inline"] = pick(r, [None, "بیشتر بخوانید: ", "بخوانید: ", "box"])
    s["gozaresh_head"] = pick(r, ["گزارش از: {a}", "گزارش و عکس: {a}", "گزارش: {a}"])
    s["comment_form"] = r.random() < 0.5
    # readers' comments as a thread: likes under each, the editor's replies (booking blogs, legal desks)
    s["thread"] = r.random() < (0.7 if family in ("driving_school", "bakery_flour") else 0.3)
    s["comment_counts"] = s["comment_form"] and r.random() < 0.6
    s["tabs"] = pick(r, [None, "پربازدیدترین | پربحث‌ترین | آخرین اخبار", "پربیننده‌ها | پربحث‌ها",
                         "داغ‌ترین‌ها | آخرین‌ها"])
    s["weather"] = r.random() < 0.3
    s["currency"] = r.random() < (0.5 if family in ("pistachio_trade", "handicrafts") else 0.2)
    s["city"] = pick(r, CITIES)
    s["widget"] = pick(r, [None, "side", "post", "post", "inside"])
    s["ticker"] = r.random() < 0.3
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", None])
    s["author"] = pick(r, [None, "نویسنده: {a}", "خبرنگار: {a}", "{a}", "به قلم {a}"])
    # a blog's byline under the headline: the writer and the reading time on one line
    s["byline"] = pick(r, [None, None, None, None, None, "نویسنده: {a} | {n} دقیقه مطالعه",
                           "{a} | زمان مطالعه: {n} دقیقه", "نوشته {a} · {n} دقیقه مطالعه"])
    if (family, idx) == ("driving_school", 2):
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
    if family in ("driving_school", "houseplant_forum") or s["credit"] == "ld_publisher":
        s["html_p"] = max(s["html_p"], 0.5)  # modern magazine sites and aggregators: saved as HTML more often
    s["logo_h1"] = r.random() < 0.3
    s["shape"] = SHAPES[(stable(seed, domain, "shape") + idx) % len(SHAPES)]
    if s["sec"] == "body_class":
        s["shape"] = "wp"
    s["amp_p"] = 0.3 if s["shape"] == "nastooh" or family == "pistachio_trade" else 0.0
    s["print_p"] = 0.2 if r.random() < 0.35 or family == "bakery_flour" else 0.0
    s["meta"] = s["sec"] == "og_only" or s["date_pos"] == "meta_only" or (
        s["sec"] != "jsonld_only" and r.random() < 0.5)
    s["utc_meta"] = r.random() < (0.4 if family == "houseplant_forum" else 0.2)
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
    s["live"] = (family == "science_park" and idx in (0, 2)) or (family, idx) == ("cooperative_union", 2) or (
        r.random() < 0.04)
    if s["live"]:
        s["date_pos"] = "head"  # the live page's date over its entries
        s["live_form"] = pick(r, LIVE_FORMS)
    blog = family in ("driving_school", "houseplant_forum", "bakery_flour", "handicrafts")
    s["more_split"] = pick(r, MORE_SPLIT) if r.random() < (0.6 if blog else 0.1) else None
    s["lazy"] = r.random() < 0.5
    s["comments_first"] = (family, idx) in (("houseplant_forum", 3), ("dubbing_voice", 2)) or r.random() < 0.1
    if s["comments_first"]:
        s["comment_form"] = True
        s["comment_counts"] = True
    shop = family in ("houseplant_forum", "handicrafts", "pistachio_trade", "bakery_flour")
    s["product"] = r.random() < (0.6 if shop else 0.0)
    # Y's own: the headline only in an <h1> in the <header>, above the menu; the lead in a <strong> opening the
    # first <p>; a story split over pages («صفحه ۱ از ۲»); a sticky share bar at the head whose labels repeat at
    # the foot; U+200F / U+200E marks around the numbers of the date and counter lines; the Arabic letters ي / ك in
    # the host's chrome (menu, boxes, footer: an old CMS's keyboard); «اخبار مرتبط» between paragraphs
    s["title_above"] = (family, idx) in (("driving_school", 3), ("bakery_flour", 1), ("science_park", 2)) or (
        r.random() < 0.1)
    if s["title_above"]:
        s["logo_h1"] = False
        s["title_top"] = False
    s["lead_strong"] = r.random() < 0.35
    s["paged"] = (family, idx) in (("dubbing_voice", 0), ("handicrafts", 1)) or r.random() < 0.12
    s["sticky"] = pick(r, [None, None, None, "اشتراک: تلگرام | واتساپ | ایتا | کپی لینک",
                           "🔗 کپی لینک · تلگرام · بله · ایکس"])
    if (family, idx) in (("cooperative_union", 2), ("houseplant_forum", 1)):
        s["sticky"] = "اشتراک‌گذاری: تلگرام | واتساپ | ایتا | بله"
    s["bidi"] = (family, idx) in (("pistachio_trade", 2), ("science_park", 3)) or r.random() < 0.2
    s["arabic"] = (family, idx) in (("cooperative_union", 0), ("handicrafts", 2), ("dubbing_voice", 1)) or (
        r.random() < 0.1)
    if s["more_inline"] is None and r.random() < 0.5:
        s["more_inline"] = "related_box"
    if s["credit"] == "code_src" and not s["code"]:
        s["code"] = "کد خبر: {n}"
    if s["sec"] == "chip_row":
        s["code_row"] = False
        s["byline"] = None
        s["views"] = s["views"] or "بازدید: {n}"
        if s["date_pos"] not in ("head", "foot"):
            s["date_pos"] = "head"
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- dates

#: the weekday, in ``datetime.weekday()`` order (Monday first)
X_WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]


def y_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """A date in the host's style: Y's own (the day first with a dash «۱۲ آذر ۱۴۰۲ - ۱۴:۳۰», the clock in brackets,
    a weekday with a comma), X's (WP-Parsidate's month first, unpadded, with the «ه‍.ش» suffix, dotted) or one of
    W's, V's, U's and H's.

    ``y_date(dt.datetime(2023, 12, 3, 14, 30), "day_dash", "fa")`` -> «۱۲ آذر ۱۴۰۲ - ۱۴:۳۰»;
    ``"paren_time"`` -> «۱۲ آذر ۱۴۰۲ (۱۴:۳۰)»; ``"wd_comma"`` -> «یکشنبه، ۱۲ آذر ۱۴۰۲ - ساعت ۱۴:۳۰».

    ``y_date(dt.datetime(2023, 6, 2, 10, 20), "month_first", "fa")`` -> «خرداد ۱۲, ۱۴۰۲ - ۱۰:۲۰»;
    ``"nopad"`` -> «۱۴۰۲/۳/۱۲ ساعت ۱۰:۲۰»; ``"hs_suffix"`` -> «جمعه ۱۲ خرداد ۱۴۰۲ ه‍.ش | ۱۰:۲۰»;
    ``"dotted"`` -> «۱۴۰۲.۰۳.۱۲ | ۱۰:۲۰»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hm = clock(t, ampm)
    if style == "day_dash":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year}" + (f" - {hm}" if time else "")
    elif style == "paren_time":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year}" + (f" ({hm})" if time else "")
    elif style == "wd_comma":
        s = f"{X_WEEKDAYS[t.weekday()]}، {j.day} {JMONTHS[j.month - 1]} {j.year}" + (f" - ساعت {hm}" if time else "")
    elif style == "month_first":
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


RLM, LRM = "\u200f", "\u200e"
NUMS = re.compile("[0-9۰-۹٠-٩][0-9۰-۹٠-٩:/.,٬]*")


def bidi(h: Host, t: str) -> str:
    """On ``bidi`` hosts (a CMS that fixes the order of numbers in RTL by hand) the numbers of a chrome line wrapped
    in U+200E and the line opened with U+200F: «‏۱۲ آذر ‎۱۴۰۲‎ - ‎۱۴:۳۰‎»."""
    if not h.s["bidi"]:
        return t
    return RLM + NUMS.sub(lambda m: LRM + m.group(0) + LRM, t)


def date_line(h: Host, pub: dt.datetime) -> str:
    s = h.s
    d = y_date(pub, s["date"], s["digits"], s["time"], s["ampm"])
    return bidi(h, f"{s['date_label']} {d}" if s["date_label"] else d)


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

CRAFTS = [("بشقاب میناکاری ۲۰ سانتی", 4_800_000), ("جعبه خاتم", 2_900_000), ("کاسه سفال لالجین", 650_000),
          ("قلمکار اصفهان", 1_200_000), ("گلیم دستباف کوچک", 5_500_000)]
PISTACHIO = [("اکبری", 520_000), ("احمدآقایی", 470_000), ("فندقی", 390_000), ("کله‌قوچی", 440_000),
             ("مغز پسته سبز", 1_650_000)]
PARK_UNITS = [("هوش مصنوعی", 42), ("فناوری زیستی", 28), ("نانو و مواد پیشرفته", 19), ("انرژی‌های نو", 23),
              ("سخت‌افزار و الکترونیک", 31)]
BREAD = [("سنگک ساده", 5_000), ("بربری", 4_000), ("تافتون", 2_500), ("لواش", 1_500), ("سنگک کنجدی", 7_000)]
EXAMS = ["آیین‌نامه رایانه‌ای", "آزمون شهری", "آزمون موتورسیکلت", "تمدید گواهینامه"]
COOPS = [("مسکن مهر کارکنان", "۴۸۰ واحد"), ("تعاونی مصرف فرهنگیان", "۱۲ فروشگاه"),
         ("تعاونی روستایی کشاورزان", "۲۳۰۰ عضو"), ("تعاونی تولیدی فرش", "۹۰ بافنده")]
PLANTS = [("پوتوس", "نور غیرمستقیم", "هفته‌ای یک بار"), ("سانسوریا", "کم‌نور", "ماهی دو بار"),
          ("زاموفیلیا", "نیم‌سایه", "هر دو هفته"), ("بنجامین", "نور زیاد", "هفته‌ای دو بار"),
          ("کاکتوس", "آفتاب مستقیم", "ماهی یک بار")]
VOICES = [("پدرخوانده", "۱۳۵۲"), ("بر باد رفته", "۱۳۴۳"), ("سفرهای گالیور", "۱۳۶۷"), ("هامون", "۱۳۶۸"),
          ("شازده کوچولو", "۱۳۷۰")]
PRODUCTS = {
    "handicrafts": [("بشقاب میناکاری اصفهان", 3_900_000), ("جعبه جواهرات خاتم", 2_400_000),
                    ("ست سفال لالجین", 1_150_000)],
    "pistachio_trade": [("پسته اکبری یک کیلویی", 560_000), ("مغز پسته ۲۵۰ گرمی", 420_000),
                        ("آجیل مخلوط ممتاز", 380_000)],
    "houseplant_forum": [("خاک گلدان ۱۰ لیتری", 95_000), ("کود مایع گیاهان آپارتمانی", 120_000),
                         ("گلدان سرامیکی سایز ۱۶", 210_000)],
    "bakery_flour": [("آرد سبوس‌دار ۵ کیلویی", 240_000), ("خمیرمایه خشک ۵۰۰ گرمی", 110_000)],
}


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's own box beside, inside or after the story; its numbers change per page."""
    d, f = h.s["digits"], h.family
    if f == "handicrafts":
        rows = [pick(r, ["پرفروش‌های بازارچه", "محصولات ویژه هنرمندان"]), "محصول | قیمت (تومان)"] + [
            f"{a} | {b + r.randint(0, 9) * 50_000:,}" for a, b in r.sample(CRAFTS, 3)]
    elif f == "pistachio_trade":
        rows = [pick(r, ["قیمت روز پسته", "بازار پسته رفسنجان"]), "رقم پسته | هر کیلو (تومان)"] + [
            f"{a} | {b + r.randint(-b // 20, b // 20) // 1000 * 1000:,}" for a, b in r.sample(PISTACHIO, 3)]
    elif f == "science_park":
        rows = [pick(r, ["آمار واحدهای فناور", "پارک در یک نگاه"]), "حوزه | تعداد واحد"] + [
            f"{a} | {b + r.randint(0, 6)}" for a, b in r.sample(PARK_UNITS, 3)]
    elif f == "bakery_flour":
        rows = [pick(r, ["نرخ مصوب نان", "قیمت جدید نان"]), "نوع نان | نرخ (تومان)"] + [
            f"{a} | {b:,}" for a, b in r.sample(BREAD, 3)]
    elif f == "driving_school":
        rows = [pick(r, ["نوبت‌های آزمون این هفته", "تقویم آزمون‌ها"]), "آزمون | نوبت خالی"] + [
            f"{x} | {r.randint(0, 60)}" for x in r.sample(EXAMS, 3)]
    elif f == "cooperative_union":
        rows = [pick(r, ["تعاونی‌های نمونه استان", "تعاونی‌های برتر"]), "تعاونی | اندازه"] + [
            f"{a} | {b}" for a, b in r.sample(COOPS, 3)]
    elif f == "houseplant_forum":
        rows = [pick(r, ["راهنمای نگهداری", "جدول آبیاری گیاهان"]), "گیاه | نور | آبیاری"] + [
            f"{a} | {b} | {c}" for a, b, c in r.sample(PLANTS, 3)]
    else:
        rows = [pick(r, ["ماندگارترین دوبله‌ها", "آرشیو دوبله"]), "فیلم | سال دوبله"] + [
            f"{a} | {b}" for a, b in r.sample(VOICES, 3)]
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

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str],
           title: str | None = None) -> None:
    """The site's header and menu; on ``title_above`` hosts the story's headline in the header, above the menu."""
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        day = three_calendars(today, s["digits"]) if s["today3"] else y_date(today, "irna", s["digits"], time=False)
        pg.add("top", "c", ("امروز: " if stable(h.domain, 23) % 2 else "") + day)
    for x in strips(h, r):
        pg.add("top", "c", x)
    if s["ticker"] and others:
        pg.add("top", "c", pick(r, ["خبر فوری:", "تیتر یک:", "آخرین اخبار:"]))
        for t in others[-3:]:
            pg.add("top", "c", t)
    if title:
        pg.add("top", "title", title)
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
            elif s["more_inline"] == "related_box":  # Y's: an «اخبار مرتبط» list between two paragraphs
                pg.add("body", "c", pick(r, ["اخبار مرتبط", "مطالب مرتبط", "اخبار مرتبط:"]))
                for t in others[5:5 + r.randint(2, 3)]:
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
        header(pg, h, r, crawl, others, title if s["title_above"] else None)
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
    if printed or not s["title_above"]:
        pg.add("head", "title", title)
    if s["sticky"] and not printed:  # the sticky share bar under the headline; its labels again under the story
        pg.add("head", "c", s["sticky"])
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
        head_dates = [dg("انتشار: ", d) + y_date(pub, s["date"], d, s["time"], s["ampm"]) + " | به‌روزرسانی: "
                      + y_date(upd, s["date"], d, s["time"], s["ampm"])]
    foot_dates = [date_txt if s["date_label"] else "تاریخ انتشار: " + date_txt] if pos in ("foot", "rel_foot") else []
    code = dg(s["code"].format(n=stable(st["key"], h.domain, "code") % 9000000 + 1000000), d) if s["code"] else None
    if code and agency and s["credit"] == "code_src":  # the agency in the news-code row
        names = AGENCIES[agency]
        code = f"{code} | منبع: {names[stable(h.domain, agency) % len(names)]}"
    if s["code_row"] and code and not printed:
        row = [code, *head_dates] + ([f"{s['sec_label']} {chosen[-1]}"] if form == "code_row" else [])
        head_dates = [" | ".join(row)]
        code = None
    elif form == "code_row":
        head_dates.append(f"{s['sec_label']} {chosen[-1]}")
    chip = None
    if form == "chip_row" and not printed:  # the chip, the writer, the date and the views counter on one line
        views = bidi(h, dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
        chip = " | ".join([chosen[-1], author, *head_dates, views])
        head_dates = [chip]
    if rel and pos == "time_rel" and s["reading"] and not printed:
        rel = dg(s["reading"].format(n=minutes), d) + " · " + rel
    for x in head_dates:
        pg.add("head", "c", x)
    if rel:
        pg.add("head", "c", rel)
    if s["upd_below"] and not printed:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + y_date(upd, s["date"], d, s["time"], s["ampm"]))
    if form in ("label", "label_sub"):
        pg.add("head", "c", sline)
    if s["credit"] == "naghl_head":
        pg.add("head", "c", credit_text(h, r, agency, author))
    if s["views"] and not printed and not chip:
        pg.add("head", "c", bidi(h, dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d)))
    if s["reading"] and pos != "time_rel" and not printed:
        pg.add("head", "c", dg(s["reading"].format(n=minutes), d))
    if code and not (s["code_foot"] and not printed):
        pg.add("head", "c", bidi(h, code))
    if s["tools"] and not printed:
        pg.add("head", "c", s["tools"])
    if lead:  # (a label before it is added when the page is written; the section's tag opens it here)
        pg.add("head", "lead", f"{chosen[-1]} {lead}" if form == "lead_tag" else lead)
    if s["credit"] == "reporter":
        pg.add("head", "c", pick(r, ["به گزارش خبرنگار ما", f"خبرنگار {h.name}", "خبرنگار اعزامی ما"]))
    if agency and s["credit"] == "dateline":
        paras = [dateline(h, agency) + paras[0], *paras[1:]]
    # a story split over two pages: this page holds its first half and the pager «صفحه ۱ از ۲»
    pages = s["paged"] and not printed and len(paras) >= 4 and r.random() < 0.7
    if pages:
        paras = paras[:(len(paras) + 1) // 2]
    if printed:
        for p in paras:
            pg.add("body", "body", p)
    else:
        if s["comments_first"]:  # a mobile theme: the comment box and thread before the story
            comment_block(pg, h, r)
        story_lines(pg, h, r, paras, others, title, pub)
    if pages:
        pg.add("post", "c", dg("صفحه ۱ از ۲", d))
        pg.add("post", "c", pick(r, ["صفحه بعد »", dg("۱ ۲ | صفحه بعد", d), "ادامه در صفحه بعد"]))
    if s["credit"] not in ("reporter", "dateline", "logo", "naghl_head", "ld_publisher", "src_button", "code_src"):
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
        if s["sticky"]:
            pg.add("post", "c", s["sticky"])
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
            "variant": variant, "chip": chip}
    arabize(h, pg)
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
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه خبر", y_date(
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
    arabize(h, pg)
    return pg


ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})


def arabize(h: Host, pg: Page) -> None:
    """On ``arabic`` hosts the chrome of the header, menu, boxes and footer typed with the Arabic ي / ك (an old
    CMS's keyboard); the story, its head and the trail at the foot keep the Persian letters."""
    if not h.s["arabic"]:
        return
    for k, (region, ls) in enumerate(pg.regions):
        if region in ("top", "nav", "side", "related", "box", "foot"):
            pg.regions[k] = (region, [(ro, t.translate(ARABIC) if ro == "c" and " › " not in t else t)
                                      for ro, t in ls])


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
        if role == "lead" and s["lead_strong"]:  # Y's: the lead in a <strong> opening the first <p>, no class
            return f"<p><strong>{_esc(h, t)}</strong></p>"
        if meta and meta.get("chip") and t == meta["chip"]:  # Y's: the section as a coloured chip in the byline row
            parts = t.split(" | ")
            colour = ("#6a1b9a", "#00838f", "#ef6c00")[stable(h.domain, "chip") % 3]
            out = [f'<a class="chip" style="background:{colour};color:#fff;border-radius:12px" '
                   f'href="/category/{SLUGS[parts[0]]}/">{_esc(h, parts[0])}</a>',
                   f'<span class="author">{_esc(h, parts[1])}</span>']
            for x in parts[2:-1]:
                out.append(f'<time datetime="{_stamp(pub, s["utc_meta"])}">{_esc(h, x)}</time>'
                           if pub is not None and s["time_el"] else f"<span>{_esc(h, x)}</span>")
            out.append(f'<span class="views">{_esc(h, parts[-1])}</span>')
            return '<div class="meta-row">' + " | ".join(out) + "</div>"
        if s["sticky"] and t == s["sticky"]:
            return f'<div class="sticky-share" style="position:sticky;top:0">{_esc(h, t)}</div>'
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

def build(out_dir, n: int = 400, seed: int = 227, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="y", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-y:{seed}:page:{i}")
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
        rows.append(gold_row(name, "families-y", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"y{seed}")
