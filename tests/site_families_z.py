"""Family set Z: eight Persian site families of seismology and earthquake watch, calligraphy associations, cycling
clubs, blood transfusion, Kashan's rosewater (گلاب‌گیری), Gilan's sericulture and silk, ski resorts and the gold and
coin market, written blind to the extractor.

    build(out_dir, n, seed=229, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` nor running it on these pages. Z does not copy Y's frame: it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers, which are X's, W's, V's and
U's generic pieces) in a namespace of its own (:data:`_G`: Y's globals with Z's tables, widgets and date styles in
place of Y's), then adds its own forms on the page Y's frame builds. Families (none of them in an earlier set):

- ``seismology_center``  earthquake reports of the seismological centre and crisis management: quake tables
                         («بزرگی | عمق | کانون»), a Telegram channel mirror;
- ``calligraphy_assoc``  calligraphy associations, exhibitions, masters' interviews (Q/A) and quoted verses;
- ``cycling_club``       cycling clubs, urban bike sharing, touring routes (ordered lists), forum-like threads;
- ``blood_transfusion``  the blood transfusion organisation's provincial portals (old ASP.NET, Windows-1256);
- ``rosewater_kashan``   Kashan's rosewater harvest and festivals: dates beside the Hijri-qamari day;
- ``sericulture_silk``   Gilan's silkworm breeders and silk weavers: provincial Joomla sites, hard-wrapped text;
- ``ski_resort``         Dizin, Shemshak, Tochal and the provincial slopes: two-column magazines;
- ``gold_coin_market``   the gold, coin and jewellery market: Latin-digit Gregorian dates, agency-member footers.

Forms Z adds to Y's, X's, W's, V's and U's (``h.s`` keys):
- ``most_read``: a two-column page whose side column (a numbered «پربازدیدها» list of other stories, «۱. …») comes
  before the story in a text dump; in HTML it is the ``<aside>`` after the story;
- ``og_title``: HTML pages whose ``<h1>`` holds the site's name while the headline is only in ``<title>`` (the
  headline alone there) and ``og:title`` (gold title: the headline);
- ``youare``: a Joomla trail «شما اینجا هستید: خانه / <parent> / <section>» over the headline (gold: the section);
- date styles ``hijri_beside`` «۱۲ آذر ۱۴۰۲ - ۱۸ جمادی‌الاول ۱۴۴۵ - ساعت ۱۴:۳۰» and ``greg_latin`` «2023/12/03 - 14:30»
  (Latin digits on any host, the Tehran local day and clock);
- ``foot_agency``: a footer line naming a news agency the site is a media partner of («این پایگاه عضو شبکه همکاران
  رسانه‌ای خبرگزاری …»): no credit of the story;
- ``qa``: interviews, the reporter's questions paragraphs of the story (gold body: questions and answers);
- ``quote``: a paragraph of the story in a ``<blockquote>`` (HTML; in a dump a line as any);
- ``ol``: a paragraph of the story given as an ordered list; each item a paragraph of gold, «۱. …» in a text dump,
  ``<ol><li>`` (no number) in HTML;
- ``nested``: a comment thread with replies to replies («↳ پاسخ <name> به <name>»);
- ``telegram``: a Telegram channel mirror's post: every paragraph opened with an emoji bullet («🔸 …», gold keeps
  it: it is the post's text), a hashtag line, «🆔 @channel» and a views counter «👁 ۱۲.۴K» under it;
- ``wrap``: flat text hard-wrapped at 60-78 columns, paragraphs apart by a blank line (gold: the paragraph whole);
- ``cp1256``: pages saved as Windows-1256 bytes without a charset (HTML: no ``<meta charset>``), Latin digits, the
  story and the chrome in the Arabic ي (and ك on some hosts) as such sites type them; characters Windows-1256 lacks
  are «?» (gold: the text the page holds, so the Arabic letters too).

Gold as X and Y document it: section the most specific one the page shows, else null; ``published_iso`` the
local (Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the
time or has it in markup, else the day. Agency only when the page credits one (a footer's media-partner agency
credits none). About 7% negatives, ~10% of the stories republished on a host of another family (gold
``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import random
import re
import textwrap
import types
from pathlib import Path

import jdatetime

import site_families_y as _y
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
)
from site_families_h import AGENCIES, JMONTHS, Host, _pub_time, dg, host_story, question, story_paragraphs
from site_families_r import _esc, credited_agency, load_stories, render_text
from site_families_u import _variant, label_lead
from site_families_v import HMONTHS, clock, hijri

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency", "z_date"]

FAMILIES = ["seismology_center", "calligraphy_assoc", "cycling_club", "blood_transfusion", "rosewater_kashan",
            "sericulture_silk", "ski_resort", "gold_coin_market"]
HOSTS = {
    "seismology_center": [("zelzele-news.ir", "زلزله نیوز", "اخبار لرزه‌نگاری و مدیریت بحران"),
                          ("larzenegar.com", "لرزه‌نگار", "گزارش لحظه‌ای زمین‌لرزه‌های ایران"),
                          ("bohran-ostan.ir", "بحران استان", "پایگاه اطلاع‌رسانی مدیریت بحران")],
    "calligraphy_assoc": [("khoshnevis-news.ir", "خوشنویس", "پایگاه خبری انجمن خوشنویسان"),
                          ("nastaliq-mag.com", "مجله نستعلیق", "خط، کتابت و هنرهای کتاب‌آرایی"),
                          ("ketabat.ir", "کتابت", "اخبار نمایشگاه‌ها و استادان خط")],
    "cycling_club": [("docharkhe-news.ir", "دوچرخه نیوز", "دوچرخه‌سواری شهری و کوهستان"),
                     ("rekab-club.com", "باشگاه رکاب", "انجمن و مجله دوچرخه‌سواران"),
                     ("pedal-mag.ir", "مجله پدال", "تور، مسیر و تجهیزات دوچرخه"),
                     ("velo-forum.ir", "تالار ولو", "گفتگوی دوچرخه‌سواران")],
    "blood_transfusion": [("ehda-khoon.ir", "اهدا نیوز", "پایگاه انتقال خون استان"),
                          ("khoon-salamat.com", "خون و سلامت", "اخبار اهداکنندگان و بیماران خاص"),
                          ("pars-ehda.ir", "پارس اهدا", "اطلاع‌رسانی پایگاه‌های اهدای خون")],
    "rosewater_kashan": [("golab-kashan.ir", "گلاب کاشان", "اخبار گلاب‌گیری و گل محمدی"),
                         ("ghamsar-news.com", "قمصر نیوز", "پایگاه خبری قمصر و نیاسر"),
                         ("golmohammadi.ir", "گلاب‌سرا", "بازار گلاب و عرقیات")],
    "sericulture_silk": [("abrisham-gilan.ir", "ابریشم گیلان", "اخبار نوغانداری و ابریشم"),
                         ("noghan-news.com", "نوغان نیوز", "پرورش کرم ابریشم و پیله"),
                         ("harir-baf.ir", "حریرباف", "نساجی سنتی و ابریشم‌بافی")],
    "ski_resort": [("pist-news.ir", "پیست نیوز", "اخبار پیست‌های اسکی ایران"),
                   ("barf-mag.com", "مجله برف", "اسکی، اسنوبرد و کوهستان"),
                   ("dizin-online.ir", "دیزین آنلاین", "وضعیت پیست‌ها و برف"),
                   ("slope-iran.ir", "شیب ایران", "ورزش‌های زمستانی")],
    "gold_coin_market": [("tala-bazar.ir", "بازار طلا", "قیمت لحظه‌ای طلا و سکه"),
                         ("sekke-news.com", "سکه نیوز", "اخبار بازار سکه و ارز"),
                         ("zargar-online.ir", "زرگر آنلاین", "اتحادیه طلا و جواهر"),
                         ("mesghal.ir", "مثقال", "تحلیل بازار طلا")],
}
#: each family's sections: (parent, child) pairs or single sections, and the menu's other items
MENUS = {
    "seismology_center": ([("زلزله", "زلزله‌های استانی"), "پس‌لرزه‌ها", "مدیریت بحران", "گسل‌ها", "آمادگی"],
                          ["نقشه زلزله", "آمار", "ویدیو", "تماس با ما"]),
    "calligraphy_assoc": (["نستعلیق", "شکسته نستعلیق", ("نمایشگاه", "نمایشگاه‌های خط"), "گفتگو", "کتاب‌آرایی"],
                          ["آموزش", "گالری", "استادان", "درباره انجمن"]),
    "cycling_club": ([("مسابقات", "لیگ دوچرخه‌سواری"), "دوچرخه شهری", "تور و مسیر", "تجهیزات", "کوهستان"],
                     ["تالار گفتگو", "فروشگاه", "عضویت", "تماس"]),
    "blood_transfusion": (["اهدای خون", ("بیماران خاص", "تالاسمی"), "پایگاه‌های انتقال خون", "پلاسما", "سلامت"],
                          ["اطلاعیه‌ها", "پرسش‌های متداول", "ارتباط با ما", "آمار"]),
    "rosewater_kashan": (["گلاب‌گیری", ("جشنواره", "جشنواره گل و گلاب"), "بازار گلاب", "گردشگری کاشان", "گل محمدی"],
                         ["گالری تصاویر", "فروشگاه", "ویدیو", "تماس با ما"]),
    "sericulture_silk": (["نوغانداری", ("ابریشم", "ابریشم‌کشی"), "پیله", "توت‌کاری", "بافت سنتی"],
                         ["آموزش", "دانلود", "پیوندها", "ارتباط با ما"]),
    "ski_resort": (["پیست‌ها", ("اسکی", "اسکی آلپاین"), "اسنوبرد", "وضعیت برف", "مسابقات زمستانی"],
                   ["گالری", "رزرو", "پیش‌بینی هوا", "درباره ما"]),
    "gold_coin_market": (["قیمت طلا", ("سکه", "سکه امامی"), "طلا و جواهر", "بازار ارز", "تحلیل بازار"],
                         ["نمودار", "ماشین‌حساب طلا", "اتحادیه", "تماس"]),
}
SLUGS = {"زلزله": "quake", "زلزله‌های استانی": "provincial-quakes", "پس‌لرزه‌ها": "aftershocks",
         "مدیریت بحران": "crisis", "گسل‌ها": "faults", "آمادگی": "preparedness", "نستعلیق": "nastaliq",
         "شکسته نستعلیق": "shekaste", "نمایشگاه": "exhibition", "نمایشگاه‌های خط": "calligraphy-exhibitions",
         "گفتگو": "interview", "کتاب‌آرایی": "book-arts", "مسابقات": "races", "لیگ دوچرخه‌سواری": "cycling-league",
         "دوچرخه شهری": "urban-bike", "تور و مسیر": "tours", "تجهیزات": "gear", "کوهستان": "mountain",
         "اهدای خون": "donation", "بیماران خاص": "special-patients", "تالاسمی": "thalassemia",
         "پایگاه‌های انتقال خون": "centres", "پلاسما": "plasma", "سلامت": "health", "گلاب‌گیری": "golabgiri",
         "جشنواره": "festival", "جشنواره گل و گلاب": "rose-festival", "بازار گلاب": "rosewater-market",
         "گردشگری کاشان": "kashan-tourism", "گل محمدی": "damask-rose", "نوغانداری": "sericulture",
         "ابریشم": "silk", "ابریشم‌کشی": "silk-reeling", "پیله": "cocoon", "توت‌کاری": "mulberry",
         "بافت سنتی": "weaving", "پیست‌ها": "slopes", "اسکی": "ski", "اسکی آلپاین": "alpine", "اسنوبرد": "snowboard",
         "وضعیت برف": "snow", "مسابقات زمستانی": "winter-games", "قیمت طلا": "gold-price", "سکه": "coin",
         "سکه امامی": "emami", "طلا و جواهر": "jewellery", "بازار ارز": "fx", "تحلیل بازار": "analysis"}
#: lines a host repeats after every story
AFTER = {
    "seismology_center": ["در صورت وقوع زلزله با شماره ۱۱۲ تماس بگیرید", "آخرین زمین‌لرزه‌های ثبت‌شده",
                          "نقشه زنده لرزه‌نگاری", "عضویت در کانال اطلاع‌رسانی"],
    "calligraphy_assoc": ["ثبت‌نام دوره‌های آموزشی انجمن", "گالری آثار استادان", "تقویم نمایشگاه‌ها",
                          "عضویت در خبرنامه انجمن"],
    "cycling_club": ["تقویم تورهای دوچرخه‌سواری", "عضویت در باشگاه", "قوانین تالار گفتگو", "فروش ویژه تجهیزات"],
    "blood_transfusion": ["نزدیک‌ترین پایگاه اهدای خون", "ساعات کاری پایگاه‌ها", "شرایط اهدای خون",
                          "سامانه نوبت‌دهی اینترنتی"],
    "rosewater_kashan": ["خرید گلاب اصل قمصر", "راهنمای سفر به کاشان", "تقویم جشنواره گل و گلاب",
                         "گالری گلاب‌گیری"],
    "sericulture_silk": ["نرخ خرید تضمینی پیله", "دانلود دستورالعمل پرورش", "پیوندهای مفید", "اخبار قبلی"],
    "ski_resort": ["وضعیت لحظه‌ای پیست‌ها", "رزرو بلیت تله‌کابین", "پیش‌بینی برف هفته", "اجاره تجهیزات"],
    "gold_coin_market": ["قیمت لحظه‌ای سکه", "ماشین‌حساب طلا", "نمودار اونس جهانی", "هشدار قیمت"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]
#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"rosewater_kashan": ["hijri_beside", "day_dash", "hijri_beside"],
               "gold_coin_market": ["greg_latin", "nopad", "greg_latin", "day_dash"],
               "seismology_center": ["greg_latin", "paren_time", "wd_comma"],
               "calligraphy_assoc": ["hijri_beside", "month_first", "wd_comma"]}
DEFAULT_STYLES = ["day_dash", "paren_time", "wd_comma", "nopad", "month_first", "hs_suffix", "dotted", "num",
                  "hijri_beside", "greg_latin"]
PR_OFFICES = {"seismology_center": "مرکز لرزه‌نگاری کشور", "calligraphy_assoc": "انجمن خوشنویسان ایران",
              "cycling_club": "هیئت دوچرخه‌سواری استان", "blood_transfusion": "اداره‌کل انتقال خون استان",
              "rosewater_kashan": "اتحادیه گلاب‌گیران کاشان", "sericulture_silk": "مرکز نوغان کشور",
              "ski_resort": "فدراسیون اسکی", "gold_coin_market": "اتحادیه طلا و جواهر"}
SURTITLES = {
    "seismology_center": ["گزارش لرزه‌نگاری", "هشدار بحران", "پس از زمین‌لرزه"],
    "calligraphy_assoc": ["در گفتگو با استاد", "نمایشگاه خوشنویسی", "هنر خط"],
    "cycling_club": ["رکاب در شهر", "گزارش تور", "دوچرخه و سلامت"],
    "blood_transfusion": ["اهدای خون، اهدای زندگی", "گزارش انتقال خون", "بیماران خاص"],
    "rosewater_kashan": ["فصل گلاب‌گیری", "از قمصر تا نیاسر", "بازار گلاب"],
    "sericulture_silk": ["نوغانداران گیلان", "از پیله تا ابریشم", "گزارش روستا"],
    "ski_resort": ["فصل اسکی", "گزارش از پیست", "ورزش‌های زمستانی"],
    "gold_coin_market": ["بازار طلا", "پیش‌بینی قیمت", "گزارش بازار"],
}
CAPTIONS = {
    "seismology_center": ["نقشه کانون زمین‌لرزه", "امدادگران در محل حادثه", "ایستگاه لرزه‌نگاری"],
    "calligraphy_assoc": ["اثری از استاد در نمایشگاه", "قلم‌دان و مرکب سنتی", "بازدیدکنندگان نمایشگاه خط"],
    "cycling_club": ["دوچرخه‌سواران در مسیر کوهستان", "ایستگاه دوچرخه شهری", "آغاز مسابقه"],
    "blood_transfusion": ["اهداکنندگان در پایگاه انتقال خون", "کیسه‌های خون اهدایی", "بخش پلاسما"],
    "rosewater_kashan": ["دیگ‌های گلاب‌گیری سنتی", "چیدن گل محمدی در سحرگاه", "بازار گلاب قمصر"],
    "sericulture_silk": ["پیله‌های کرم ابریشم", "نوغاندار در حال پرورش", "دار ابریشم‌بافی"],
    "ski_resort": ["اسکی‌بازان در پیست", "تله‌سیژ پیست", "برف‌روبی مسیر"],
    "gold_coin_market": ["ویترین طلافروشی", "سکه تمام بهار آزادی", "بازار زرگرها"],
}
QUAKES = [("۴.۲", "۱۰", "گچساران"), ("۳.۸", "۸", "کرمان"), ("۵.۱", "۱۲", "خوی"), ("۳.۵", "۷", "بندرعباس"),
          ("۴.۶", "۱۵", "قوچان"), ("۳.۹", "۹", "طبس")]
COINS = [("سکه امامی", "۳۸,۲۰۰,۰۰۰"), ("نیم سکه", "۲۱,۵۰۰,۰۰۰"), ("ربع سکه", "۱۳,۱۰۰,۰۰۰"),
         ("گرم طلای ۱۸", "۳,۴۲۰,۰۰۰"), ("مثقال طلا", "۱۴,۸۰۰,۰۰۰")]
SLOPES = [("دیزین", "۱۲۰ سانتی‌متر"), ("شمشک", "۹۵ سانتی‌متر"), ("توچال", "۶۰ سانتی‌متر"), ("دربندسر", "۸۵ سانتی‌متر"),
          ("آلوارس", "۱۱۰ سانتی‌متر")]
CENTRES = ["پایگاه مرکزی", "پایگاه شهید بهشتی", "پایگاه سیار", "پایگاه غرب شهر"]
NAMES = ["مریم", "حسین", "نگار", "رضا", "سارا", "امیر", "زهرا", "علی"]
COMMENTS = ["ممنون از گزارش خوبتان", "لطفاً زمان برگزاری دوره بعد را هم اعلام کنید", "این خبر دقیق نیست",
            "کاش در شهر ما هم چنین برنامه‌ای باشد", "عالی بود، خسته نباشید", "قیمت‌ها خیلی بالاست",
            "پارسال هم همین وعده را داده بودند"]
REPLIES = ["موافقم", "من هم همین سؤال را دارم", "پیگیری کردم، هفته آینده اعلام می‌شود", "دقیقاً"]
TG_BULLETS = ["🔸", "🔹", "▪️", "🔴"]
HASHTAGS = {"seismology_center": "#زلزله #لرزه_نگاری #مدیریت_بحران", "calligraphy_assoc": "#خوشنویسی #نستعلیق",
            "cycling_club": "#دوچرخه #رکاب", "blood_transfusion": "#اهدای_خون #انتقال_خون",
            "rosewater_kashan": "#گلاب #کاشان #قمصر", "sericulture_silk": "#ابریشم #گیلان",
            "ski_resort": "#اسکی #دیزین", "gold_coin_market": "#طلا #سکه #بازار"}
FOOT_AGENCY = ["این پایگاه عضو شبکه همکاران رسانه‌ای خبرگزاری {a} است", "همکار رسانه‌ای خبرگزاری {a}",
               "© کلیه حقوق محفوظ است | عضو شبکه خبری {a}"]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: a quake table, the coin prices, the slopes' snow, the blood centres' hours, … (in the
    host's digits)."""
    lines = _widget(h, r)
    return [lines[0], *(dg(x.translate(LATIN), h.s["digits"]) for x in lines[1:])]


def _widget(h: Host, r: random.Random) -> list[str]:
    d = h.s["digits"]
    f = h.family
    if f == "seismology_center":
        rows = [f"{m} | {dep} کیلومتر | {c}" for m, dep, c in r.sample(QUAKES, 3)]
        return ["آخرین زمین‌لرزه‌ها", "بزرگی | عمق | کانون", *(dg(x, d) for x in rows)]
    if f == "gold_coin_market":
        return ["قیمت امروز", *(dg(f"{n}: {p} ریال", d) for n, p in r.sample(COINS, 3))]
    if f == "ski_resort":
        return ["ارتفاع برف پیست‌ها", *(dg(f"{n} | {b}", d) for n, b in r.sample(SLOPES, 3))]
    if f == "blood_transfusion":
        return ["ساعات کار پایگاه‌ها", *(dg(f"{c}: ۷:۳۰ تا ۱۹", d) for c in r.sample(CENTRES, 2))]
    if f == "rosewater_kashan":
        return ["قیمت گلاب", dg("گلاب دوآتشه قمصر: ۲۸۰,۰۰۰ تومان", d), dg("عرق بیدمشک: ۹۵,۰۰۰ تومان", d)]
    if f == "sericulture_silk":
        return ["نرخ پیله تر", dg("درجه یک: ۴۲۰,۰۰۰ تومان", d), dg("درجه دو: ۳۱۰,۰۰۰ تومان", d)]
    if f == "cycling_club":
        return ["تور هفته", pick(r, ["مسیر دریاچه چیتگر", "جاده سلامت دربند", "مسیر جنگلی نور"]), "ثبت‌نام"]
    return ["دوره‌های انجمن", pick(r, ["دوره نستعلیق مقدماتی", "کارگاه شکسته نستعلیق", "دوره تذهیب"]), "ثبت‌نام"]


def product_box(h: Host, r: random.Random) -> list[str]:
    return [pick(r, ["پیشنهاد فروشگاه", "خرید آنلاین"]), pick(r, ["افزودن به سبد خرید", "مشاهده محصول"])]


def gallery(h: Host, r: random.Random) -> list[str]:
    n = r.randint(5, 14)
    return [pick(r, ["گزارش تصویری", "گالری تصاویر"]), dg(f"۱ از {n}", h.s["digits"]), "تصویر بعدی"]


def newsletter(h: Host, r: random.Random) -> list[str]:
    return ["عضویت در خبرنامه", "ایمیل خود را وارد کنید", "عضویت"]


def poll(h: Host, r: random.Random) -> list[str]:
    return ["نظرسنجی", "آیا از خدمات این بخش راضی هستید؟", "بله", "خیر", "ثبت رأی"]


def z_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """Z's date styles, else Y's (and its elders').

    ``z_date(dt.datetime(2023, 12, 3, 14, 30), "hijri_beside", "fa")`` -> «۱۲ آذر ۱۴۰۲ - ۱۹ جمادی‌الاول ۱۴۴۵ - ساعت
    ۱۴:۳۰»; ``"greg_latin"`` -> «2023/12/03 - 14:30» (Latin digits whatever the host's)."""
    if style == "greg_latin":
        return f"{t.year}/{t.month:02d}/{t.day:02d}" + (f" - {t.hour:02d}:{t.minute:02d}" if time else "")
    if style == "hijri_beside":
        j = jdatetime.date.fromgregorian(date=t.date())
        hy, hm, hd = hijri(t.date())
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year} - {hd} {HMONTHS[hm - 1]} {hy}"
        return dg(s + (f" - ساعت {clock(t, ampm)}" if time else ""), digits)
    return _y.y_date(t, style, digits, time, ampm)


# ---------------------------------------------------------------------------------------------- Y's frame, Z's tables

#: Y's module namespace with Z's tables: Y's frame functions rebound to it read Z's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update(FAMILIES=FAMILIES, HOSTS=HOSTS, MENUS=MENUS, SLUGS=SLUGS, AFTER=AFTER, HOMES=HOMES, DATE_STYLES=DATE_STYLES,
          DEFAULT_STYLES=DEFAULT_STYLES, PR_OFFICES=PR_OFFICES, SURTITLES=SURTITLES, CAPTIONS=CAPTIONS,
          widget=widget, product_box=product_box, gallery=gallery, newsletter=newsletter, poll=poll, y_date=z_date)


def _rebind(name: str):
    f = getattr(_y, name)
    g = types.FunctionType(f.__code__, _G, name, f.__defaults__, f.__closure__)
    _G[name] = g
    return g


for _name in ("_sections", "_slot", "make_host", "date_line", "graph_ld", "head_html", "header", "side_box",
              "story_lines", "article_page", "negative_page", "arabize", "render_html", "w_url", "bidi",
              "shows_time"):
    _rebind(_name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: Z's forms, forced on two hosts each, one in an open (even-indexed) and one in a held-out family
FORCED = {
    "most_read": (("ski_resort", 0), ("calligraphy_assoc", 1), ("cycling_club", 2)),
    "og_title": (("ski_resort", 1), ("gold_coin_market", 0)),
    "youare": (("cycling_club", 0), ("sericulture_silk", 0), ("blood_transfusion", 1)),
    "foot_agency": (("rosewater_kashan", 1), ("gold_coin_market", 1), ("seismology_center", 2)),
    "qa": (("calligraphy_assoc", 0), ("ski_resort", 2)),
    "quote": (("calligraphy_assoc", 2), ("rosewater_kashan", 0)),
    "ol": (("cycling_club", 1), ("blood_transfusion", 2)),
    "nested": (("cycling_club", 3), ("gold_coin_market", 3)),
    "telegram": (("seismology_center", 1), ("sericulture_silk", 2)),
    "wrap": (("sericulture_silk", 1), ("rosewater_kashan", 2)),
    "cp1256": (("blood_transfusion", 0), ("seismology_center", 0)),
}


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with Z's forms: forced on :data:`FORCED`'s hosts, by chance on a few others."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-z-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where or r.random() < 0.04
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] == "title_only":
        s["arabic"] = False  # (Y's Arabic letters in the header would be the section's only spelling)
        s["title_above"], s["title_top"] = False, True  # (the <title> line is where the section is)
    if s["cp1256"]:  # an old ASP.NET portal: Windows-1256 has no Persian digits nor the Persian ی
        s["telegram"] = s["og_title"] = False
        s["digits"] = "en"
        s["kaf"] = r.random() < 0.5  # ك typed too
        s["home"] = s["home"] if s["home"] != "🏠" else "صفحه اصلی"
        s["bidi"] = False
    if s["telegram"]:
        s["channel"] = "@" + h.domain.split(".")[0].replace("-", "_")
        s["bullet"] = pick(r, TG_BULLETS)
        s["more_split"] = s["lead_strong"] = None
        s["paged"] = s["live"] = False
        if s["credit"] == "dateline":
            s["credit"] = "source"  # (a post opens with its bullet, not a dateline)
    if s["wrap"]:
        s["width"] = r.randint(60, 78)
        s["text_sep"] = "\n\n"
        s["html_p"] = min(s["html_p"], 0.3)
    if s["og_title"]:
        s["html_p"] = max(s["html_p"], 0.6)
        s["logo_h1"] = s["title_above"] = s["title_caption"] = False
    if s["quote"] or s["ol"]:
        s["inline"] = 0.0  # (a quoted paragraph or a list item is one run of text)
        s["html_p"] = max(s["html_p"], 0.5)
    if s["foot_agency"]:
        ag = sorted(AGENCIES)[stable(seed, h.domain, "partner") % len(AGENCIES)]
        s["partner"] = ag
        s["footer"] = [*s["footer"], pick(r, FOOT_AGENCY).format(a=AGENCIES[ag][0].replace("خبرگزاری ", ""))]
    if s["youare"]:
        s["sec"] = "youare"
        s["youare_label"] = pick(r, ["شما اینجا هستید:", "مسیر شما:", "موقعیت شما:"])
    if s["most_read"]:
        s["side_first"] = True
        s["most_head"] = pick(r, ["پربازدیدها", "پربازدیدترین‌ها", "پربیننده‌ترین مطالب"])
    return h


def _ol_items(r: random.Random, p: str) -> list[str] | None:
    sents = [x for x in re.split(r"(?<=[.!؟])\s+", p) if x]
    return sents if 2 <= len(sents) <= 8 else None


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then Z's forms on it."""
    s, d = h.s, h.s["digits"]
    printed = variant == "print"
    ol_at = -1
    if s["ol"] and not printed:
        cands = [i for i, p in enumerate(paras) if i and _ol_items(r, p)]
        if cands:
            ol_at = pick(r, cands)
            items = _ol_items(r, paras[ol_at]) or []
            if fmt == "txt":
                items = [dg(f"{k + 1}. ", d) + x for k, x in enumerate(items)]
            paras = [*paras[:ol_at], *items, *paras[ol_at + 1:]]
    if s["telegram"] and not printed:
        paras = [f"{s['bullet']} {p}" for p in paras]
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    meta["ol"] = items if ol_at >= 0 else None
    meta["og_title"] = s["og_title"] and fmt == "html" and not printed
    if meta["og_title"]:  # the headline only in the <head>: the page's heading is the site's name
        pg.regions = [(g, [(ro, t) for ro, t in ls if ro != "title"]) for g, ls in pg.regions]
        pg.regions = [(g, ls) for g, ls in pg.regions if ls]
    if meta["form"] == "youare":
        trail = " / ".join([s["home"] or h.name, *meta["chosen"]])
        k = next(i for i, (g, _) in enumerate(pg.regions) if g == "head")
        pg.regions.insert(k, ("crumb", [("c", f"{s['youare_label']} {trail}")]))
    if s["most_read"] and not printed:
        lines = [s["most_head"]] + [dg(f"{k + 1}. ", d) + t for k, t in enumerate(others[:5])]
        k = next(i for i, (g, _) in enumerate(pg.regions) if g not in ("top", "nav"))
        pg.regions.insert(k, ("side", [("c", x) for x in lines]))
    if s["telegram"] and not printed:
        views = f"{r.randint(12, 980) / 10:.1f}K".replace(".0K", "K")
        tail = [HASHTAGS[h.family], f"🆔 {s['channel']}", dg(f"👁 {views}", d)]
        k = max(i for i, (g, _) in enumerate(pg.regions) if g in ("body", "post"))
        pg.regions.insert(k + 1, ("post", [("c", x) for x in tail]))
    if s["nested"] and not printed:
        a, b, c = r.sample(NAMES, 3)
        thread = [f"{a} | {pick(r, ['۲ روز پیش', 'دیروز', '۱ هفته پیش'])}", pick(r, COMMENTS),
                  f"↳ پاسخ {b} به {a}", pick(r, REPLIES), f"↳↳ پاسخ {c} به {b}", pick(r, REPLIES),
                  f"{b} | {pick(r, ['۳ روز پیش', 'دیروز'])}", pick(r, COMMENTS)]
        pg.add("comments", "c", dg("نظرات کاربران (۴)", d))
        for x in thread:
            pg.add("comments", "c", dg(x, d))
    if s["quote"] and not printed:
        body = pg.lines("body")
        meta["quote"] = pick(r, body[1:]) if len(body) > 2 else None
    else:
        meta["quote"] = None
    if s["cp1256"]:
        pg.regions = [(g, [(ro, to_1256(h, t)) for ro, t in ls]) for g, ls in pg.regions]
        lead = to_1256(h, lead) if lead else lead
    return pg, meta, lead


LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def to_1256(h: Host, t: str) -> str:
    """The text as a Windows-1256 page holds it: the Arabic ي (and ك on some hosts), Latin digits, «?» for what it
    lacks."""
    t = t.replace("ی", "ي").translate(LATIN)
    if h.s.get("kaf"):
        t = t.replace("ک", "ك")
    return t.encode("cp1256", errors="replace").decode("cp1256")


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML, then Z's: the site's name in the ``<h1>`` and the headline alone in ``<title>`` (``og_title``),
    an ordered list, a blockquote, no charset on a Windows-1256 page."""
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta and meta.get("og_title"):
        out = re.sub(r"<title>.*?</title>", lambda m: f"<title>{html.escape(gold['title'])}</title>", out, count=1)
        name = _esc(h, h.name)
        out = re.sub(rf'<div class="[^"]*">{re.escape(name)}</div>',
                     lambda m: f'<h1 class="site-title"><a href="/">{name}</a></h1>', out, count=1)
    if meta and meta.get("ol"):
        ps = "".join(f"<p>{_esc(h, x)}</p>\n" for x in meta["ol"])
        if ps in out:
            out = out.replace(ps, "<ol>\n" + "".join(f"<li>{_esc(h, x)}</li>\n" for x in meta["ol"]) + "</ol>\n", 1)
    if meta and meta.get("quote"):
        p = f"<p>{_esc(h, meta['quote'])}</p>"
        out = out.replace(p, f"<blockquote>{p}</blockquote>", 1)
    if h.s["cp1256"]:
        out = re.sub(r'<meta charset="[^"]*">\n?', "", out)
    return out


def wrapped_text(h: Host, pg: Page) -> str:
    """A hard-wrapped flat text: every story paragraph over the host's width broken at spaces, a blank line between
    lines."""
    out = []
    for _, ls in pg.regions:
        for ro, t in ls:
            out.append("\n".join(textwrap.wrap(t, h.s["width"], break_long_words=False, break_on_hyphens=False))
                       if ro == "body" and len(t) > h.s["width"] else t)
    return "\n\n".join(out) + "\n"


def write_page(pages_dir: Path, i: int, text: str, fmt: str, encoding: str) -> str:
    data = text.encode(encoding)
    name = f"{i:03d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.{fmt}"
    (pages_dir / name).write_bytes(data)
    return name


def read_page(path: Path) -> str:
    """A page's text: UTF-8, else Windows-1256 (Z's ``cp1256`` hosts)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1256")


# ---------------------------------------------------------------------------------------------- build

def build(out_dir, n: int = 400, seed: int = 229, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="z", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-z:{seed}:page:{i}")
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        meta = None
        agency = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            if h.s["cp1256"]:
                pg.regions = [(g, [(ro, to_1256(h, t)) for ro, t in ls]) for g, ls in pg.regions]
            gold = negative_gold(p["kind"])
            pub = None
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                if h.s["qa"] and len(paras) >= 3:  # an interview: the reporter's questions between the answers
                    paras = [paras[0]] + [x for a in paras[1:] for x in (question(r, a), a)]
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
            if own and own != agency:
                agency = own
            if agency and h.s["credit"] == "dateline" and credited_agency(paras) not in (None, agency):
                agency = credited_agency(paras)
            whole = p["copy_of"] is not None or bool(p.get("copied"))
            variant = _variant(h, r, fmt, whole)
            others = [t for t in r.sample(titles, min(len(titles), 14)) if t != st["title"]][:12]
            pg, meta, lead = article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
            label_lead(h, pg, lead)
            if h.s["cp1256"]:
                pg.regions = [(g, [(ro, to_1256(h, t)) for ro, t in ls]) for g, ls in pg.regions]
            paras = pg.lines("body")
            credit_line = h.s["credit"] not in (*_y.NO_AGENCY, "dateline", "logo", "ld_publisher") or (
                h.s["credit"] in ("logo", "ld_publisher") and fmt == "html")
            if agency and not credit_line:
                agency = credited_agency(([lead] if lead else []) + paras)
            title = to_1256(h, st["title"]) if h.s["cp1256"] else st["title"]
            gold = {"kind": "article", "title": title, "section": meta["section"], "lead": lead,
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
                visible = h.s["time"] and meta["dated"] is True and pos in ("head", "foot", "rel_foot", "upd_beside")
                gold["published_time"] = pub.isoformat() if visible or in_markup else pub.date().isoformat()
        if fmt == "html":
            text = render_html(h, pg, r, gold, meta, pub, agency, set(titles))
        else:
            text = wrapped_text(h, pg) if h.s["wrap"] else render_text(h, pg)
        if h.s["cp1256"]:  # (the section and the surtitle as the page holds them, once the page is written)
            text = to_1256(h, text)
            gold["section"] = gold["section"] and to_1256(h, gold["section"])
            gold["surtitle"] = gold["surtitle"] and to_1256(h, gold["surtitle"])
        name = write_page(pages_dir, i, text, fmt, "cp1256" if h.s["cp1256"] else "utf-8")
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-z", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"z{seed}")
