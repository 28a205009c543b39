"""Family set K: eight more Persian site families, a seventh set written blind to the extractor.

    build(out_dir, n, seed=81, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other generators (only ``site_families_h.py``, whose helpers it imports:
dates, digits, the corpus loader, agency credits), from what these kinds of Persian sites look like:

- ``agri_news``      agriculture and livestock news (crop price tickers, price tables inside the story,
                     agro-weather warnings that read like prose, «کد خبر»);
- ``environment``    environment and wildlife news (an air-quality box of "today", photo captions and
                     credits between paragraphs, sections only in a coloured kicker or in JSON-LD);
- ``crypto_rates``   crypto and currency-rate sites (coin and dollar tickers, Gregorian dates and Latin
                     digits, long risk disclaimers, «برگرفته از» credits of foreign sites);
- ``charity_news``   charity / NGO news (donation banners with card numbers, campaign progress, volunteer
                     Q and A, long promo paragraphs, sections in a byline «در X»);
- ``music_news``     music and concert news (audio-player text, concert boxes, artist bios, interviews);
- ``heritage``       cultural heritage and handicrafts (Hijri beside Jalali dates, short links, museum hours);
- ``energy_news``    oil, gas and power news (oil-price tickers, production tables, «منبع:» lines);
- ``transport_news`` rail, air and road transport (road-status tickers, flight boxes, sections only in
                     the URL path of the canonical link, or in an active tab of the menu).

Each family has three hosts; every host keeps its own template (menu, tagline, date style, calendar and
digits, section form, credit form, end marker, widgets, lines repeated after the body, DOM shape), so its
pages repeat its chrome around varying content. About half the pages are HTML in several CMS shapes
(WordPress, Drupal, ASP.NET WebForms, Next.js, a Bootstrap news CMS, Joomla), half flat text. Stories are
built from sentences of ``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into paragraphs and written
unchanged; some hosts show a run of them as bullet or numbered lines, one as a «quote» line, questions
between answers, or a small table of figures inside the story (all of that is story text in gold). Photo
captions, "read more" lines, mid-story promos, author bios, disclaimers and comment excerpts are chrome.
Related lists, tickers and previous / next links carry titles of other pages of the run. About 7%
negatives (listing, tag archive, contact / donation form / 404, near-empty); ~10% of stories are
republished on a host of another family (gold ``cluster``).

Gold ``agency`` is set only when the page credits a news agency (a credit line «به نقل از»، «منبع:»،
«برگرفته از»، the agency's name alone, a credit appended to the story's last paragraph, or the story's own
«به گزارش …» dateline); hosts that rewrite the dateline to their own name and credit nobody, or credit a
non-agency source (a newspaper, a foreign site), have none. Gold ``section`` is the most specific section
the page names (breadcrumb, label, kicker, active tab, byline «در X», URL path, meta or JSON-LD), without
the home label; null when the page (in its format) shows none. Gold ``published_iso`` is the local
(Tehran) day, ``published_time`` the instant with the page's offset from ``zoneinfo``. Deterministic by
seed.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import random
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import jdatetime

from family_pages import republished
from site_families_h import (
    AGENCIES,
    COMMENTS,
    DATASET_AGENCY,
    FIRST,
    LAST,
    MENTION,
    SPLIT,
    TEHRAN,
    Page,
    canon,
    credited_agency,
    dg,
    fmt_date,
    group,
    leaks,
    load_stories,
    pick,
    question,
    relative,
    stable,
)

FAMILIES = ["agri_news", "environment", "crypto_rates", "charity_news", "music_news", "heritage", "energy_news",
            "transport_news"]
UTC = dt.timezone.utc

# ---------------------------------------------------------------------------------------------- families

#: per family: hosts (domain, name, tagline), the sections its hosts use, other menu items, lines hosts
#: repeat after the story, and the share of HTML pages of its three hosts
FAM: dict[str, dict] = {
    "agri_news": dict(
        hosts=[("keshtokar-online.ir", "کشت‌وکار آنلاین", "پایگاه خبری کشاورزی و دامپروری"),
               ("dehghan-news.com", "دهقان نیوز", "صدای کشاورزان ایران"),
               ("mazraeh24.ir", "مزرعه ۲۴", "اخبار زراعت، باغبانی و دام")],
        sections=["زراعت", "باغبانی", "دام و طیور", "آب و خاک", "شیلات", "بازار محصولات"],
        extra=["هواشناسی کشاورزی", "ماشین‌آلات", "نهاده‌ها", "بیمه محصولات", "آموزش", "ویدئو"],
        after=["برای دریافت قیمت روزانه محصولات کشاورزی در کانال تلگرام ما عضو شوید",
               "مشاوره رایگان با کارشناسان کشاورزی", "قیمت روز نهاده‌های دامی", "اخبار بیشتر از بازار محصولات"],
        html=(0.1, 0.85, 0.5)),
    "environment": dict(
        hosts=[("sabzineh.ir", "سبزینه", "پایگاه خبری محیط زیست"),
               ("zistboom-news.com", "زیست‌بوم نیوز", "برای زمینی سبزتر"),
               ("hamiyan-tabiat.ir", "حامیان طبیعت", "رسانه حیات وحش و منابع طبیعی")],
        sections=["حیات وحش", "آلودگی هوا", "منابع آب", "جنگل و مرتع", "تغییر اقلیم", "پسماند"],
        extra=["گزارش تصویری", "سمن‌های محیط زیستی", "آموزش", "پادکست", "یادداشت"],
        after=["طبیعت را به نسل‌های بعد بسپاریم", "گزارش تخلف محیط زیستی", "عکس‌های بیشتر از حیات وحش ایران",
               "در پویش کاشت یک میلیون نهال شرکت کنید"],
        html=(0.9, 0.2, 0.6)),
    "crypto_rates": dict(
        hosts=[("arznameh.com", "ارزنامه", "اخبار و قیمت ارزهای دیجیتال"),
               ("coinkhabar.ir", "کوین‌خبر", "بازار کریپتو به زبان فارسی"),
               ("nerkh-rooz.ir", "نرخ روز", "قیمت دلار، طلا، سکه و رمزارز")],
        sections=["بیت‌کوین", "آلت‌کوین", "بازار ارز", "طلا و سکه", "تحلیل بازار", "آموزش رمزارز"],
        extra=["قیمت لحظه‌ای", "مبدل ارز", "صرافی‌ها", "ایردراپ", "تقویم اقتصادی"],
        after=["قیمت لحظه‌ای ارزهای دیجیتال", "ثبت‌نام در صرافی و دریافت ۵۰ هزار تومان هدیه",
               "سیگنال رایگان در کانال ما", "مبدل ارز دیجیتال به تومان"],
        html=(0.6, 0.95, 0.15)),
    "charity_news": dict(
        hosts=[("nikokari-news.ir", "نیکوکاری نیوز", "رسانه خیریه‌ها و سازمان‌های مردم‌نهاد"),
               ("dastyari.org", "دستیاری", "انجمن حمایت از کودکان کار"),
               ("mehrafarin-charity.ir", "مهرآفرین", "خبرنامه مؤسسه خیریه مهرآفرین")],
        sections=["کودکان", "سالمندان", "بیماران خاص", "سمن‌ها", "کمک‌های مردمی", "اشتغال زنان"],
        extra=["گزارش مالی", "داوطلب شوید", "پویش‌ها", "درباره ما", "حامی شوید"],
        after=["همین حالا حامی یک کودک شوید", "گزارش مالی شفاف ماهانه", "داوطلب شوید",
               "کمک‌های شما معاف از مالیات است"],
        html=(0.15, 0.5, 0.9)),
    "music_news": dict(
        hosts=[("navaye-rooz.ir", "نوای روز", "اخبار موسیقی ایران و جهان"),
               ("konsert-khabar.com", "کنسرت‌خبر", "همه چیز درباره کنسرت‌ها"),
               ("sazonavaz.ir", "ساز و آواز", "مجله موسیقی سنتی و کلاسیک")],
        sections=["موسیقی پاپ", "موسیقی سنتی", "کنسرت", "آلبوم", "گفت‌وگو", "موسیقی جهان"],
        extra=["دانلود آهنگ", "متن ترانه", "تقویم کنسرت‌ها", "ویدئو", "چهره‌ها"],
        after=["دانلود آهنگ‌های جدید با کیفیت ۳۲۰", "بلیت کنسرت‌های این هفته", "متن ترانه‌های جدید",
               "ما را در اینستاگرام دنبال کنید"],
        html=(0.85, 0.1, 0.55)),
    "heritage": dict(
        hosts=[("miraskhabar.ir", "میراث‌خبر", "پایگاه خبری میراث فرهنگی و صنایع‌دستی"),
               ("honar-dast.com", "هنر دست", "صنایع‌دستی ایران"),
               ("bastan-news.ir", "باستان‌نیوز", "باستان‌شناسی و موزه‌ها")],
        sections=["باستان‌شناسی", "صنایع‌دستی", "موزه‌ها", "بناهای تاریخی", "ثبت ملی", "گردشگری"],
        extra=["فرش دستباف", "نمایشگاه‌ها", "میراث ناملموس", "معرفی استان‌ها", "فروشگاه"],
        after=["خرید آنلاین صنایع‌دستی اصیل", "ساعت بازدید موزه‌های کشور", "نقشه بناهای تاریخی",
               "ثبت‌نام در کارگاه آموزش سفالگری"],
        html=(0.1, 0.45, 0.8)),
    "energy_news": dict(
        hosts=[("naftoniroo.ir", "نفت و نیرو", "پایگاه خبری صنعت نفت، گاز و برق"),
               ("energy-press.com", "انرژی‌پرس", "اخبار انرژی ایران و جهان"),
               ("barghnews.ir", "برق‌نیوز", "رسانه صنعت برق")],
        sections=["نفت", "گاز", "برق", "پتروشیمی", "انرژی‌های تجدیدپذیر", "بازار جهانی انرژی"],
        extra=["مناقصات", "استخدام", "گزارش ویژه", "اینفوگرافیک", "گفت‌وگو"],
        after=["آگهی مناقصات صنعت نفت", "خاموشی‌های برنامه‌ریزی‌شده فردا", "قیمت جهانی نفت",
               "عضویت در خبرنامه انرژی"],
        html=(0.5, 0.1, 0.85)),
    "transport_news": dict(
        hosts=[("rail-khabar.ir", "ریل‌خبر", "اخبار حمل و نقل ریلی"),
               ("havanegar.com", "هوانگار", "اخبار هوانوردی و فرودگاه‌ها"),
               ("jadde-news.ir", "جاده‌نیوز", "پایگاه خبری حمل و نقل جاده‌ای")],
        sections=["ریلی", "هوایی", "جاده‌ای", "دریایی", "حمل و نقل عمومی", "ترافیک"],
        extra=["بلیت قطار", "وضعیت پروازها", "وضعیت جاده‌ها", "ناوگان", "مترو"],
        after=["خرید بلیت قطار و هواپیما", "وضعیت لحظه‌ای پروازها", "قبل از سفر وضعیت جاده‌ها را ببینید",
               "اپلیکیشن ما را نصب کنید"],
        html=(0.8, 0.55, 0.15)),
}
DATE_STYLES = {"crypto_rates": ["greg_en", "greg_fa", "iso", "num"], "heritage": ["jal_hij", "wd_long", "dot"],
               "energy_news": ["num", "dot", "time_num"], "transport_news": ["long_saat", "time_num", "num"]}
SEC_FORMS = ["crumb", "label", "kicker", "tab", "byline_dar", "url", "jsonld", "meta", "none"]
#: the section form of each host (family index + host index pick from this table, so all forms appear)
SEC_PLAN = ["crumb", "kicker", "label", "byline_dar", "tab", "crumb", "jsonld", "label", "url", "crumb", "meta",
            "kicker", "none", "label", "crumb", "byline_dar", "tab", "crumb", "label", "jsonld", "kicker", "url",
            "crumb", "label"]
SHAPES = ["wordpress", "drupal", "aspnet", "nextjs", "bootstrap", "joomla"]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " ← ", " :: ", " | "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "موضوع:", "سرویس خبری:"]
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ن", "**", "■", "#", None, None]
BULLETS = ["• ", "- ", "num", "✅ ", "▪️ ", "*  "]
#: sources a host credits that are no news agency (gold agency stays null)
NEWSPAPERS = ["هفته‌نامه صدای کشاورز", "Coindesk", "Cointelegraph", "سایت شرکت ملی نفت ایران",
              "روابط عمومی وزارت نیرو", "ماهنامه موسیقی ما", "سایت انجمن یوزپلنگ ایرانی", "روابط عمومی راه‌آهن"]
BIO = ["{a} روزنامه‌نگار و کارشناس ارشد {f} است و بیش از {n} سال در رسانه‌های تخصصی قلم زده است.",
       "{a} دانش‌آموخته {f} از دانشگاه تهران است؛ او از سال {y} با این مجله همکاری می‌کند و به پرسش‌های"
       " خوانندگان پاسخ می‌دهد.",
       "درباره نویسنده: {a}، خبرنگار حوزه {f}، پیش از این در چند روزنامه سراسری کار کرده است."]
FIELDS = {"agri_news": "مهندسی کشاورزی", "environment": "محیط زیست", "crypto_rates": "اقتصاد مالی",
          "charity_news": "مددکاری اجتماعی", "music_news": "موسیقی", "heritage": "باستان‌شناسی",
          "energy_news": "مهندسی نفت", "transport_news": "مهندسی حمل و نقل"}
PROMOS = {
    "agri_news": "کشاورز عزیز، اپلیکیشن {n} را نصب کنید تا قیمت روز محصولات، پیش‌بینی هواشناسی کشاورزی و"
                 " مشاوره رایگان کارشناسان را هر روز روی گوشی خود داشته باشید.",
    "environment": "{n} رسانه‌ای مستقل است و با حمایت خوانندگانش زنده است؛ اگر دوست دارید صدای طبیعت ایران"
                   " شنیده شود، با عضویت در باشگاه حامیان ما به ادامه این راه کمک کنید.",
    "crypto_rates": "هشدار: سرمایه‌گذاری در بازار ارزهای دیجیتال پرریسک است و مطالب {n} به هیچ وجه توصیه"
                    " مالی نیست؛ پیش از هر تصمیمی با مشاور مالی مشورت کنید و تنها با سرمایه مازاد معامله کنید.",
    "charity_news": "شما هم می‌توانید با واریز هر مبلغی به شماره کارت ۶۰۳۷-۹۹۷۵-۱۲۳۴-۵۶۷۸ به نام مؤسسه {n}"
                    " در لبخند کودکان نیازمند سهیم باشید؛ رسید کمک شما از طریق پیامک ارسال می‌شود.",
    "music_news": "برای شنیدن آهنگ‌های تازه و دانلود آلبوم‌های جدید با بهترین کیفیت، اپلیکیشن {n} را از"
                  " بازار یا مایکت دریافت کنید و از تخفیف اشتراک ویژه هفته استفاده کنید.",
    "heritage": "فروشگاه {n} محصولات اصیل صنایع‌دستی را مستقیم از هنرمندان استان‌های کشور به دست شما"
                " می‌رساند؛ با خرید از ما از هنرمندان روستایی و ماندگاری هنرهای سنتی حمایت کنید.",
    "energy_news": "خبرنامه روزانه {n} را مشترک شوید تا هر صبح خلاصه مهم‌ترین اخبار صنعت نفت، گاز، برق و"
                   " پتروشیمی و آگهی‌های مناقصات را در ایمیل خود دریافت کنید.",
    "transport_news": "پیش از سفر، وضعیت راه‌ها، پروازها و قطارها را در اپلیکیشن {n} ببینید و بلیت سفر خود"
                      " را با چند کلیک و بدون صف خریداری کنید؛ پشتیبانی ما شبانه‌روزی است.",
}
LONG_COMMENTS = ["من خودم سال‌ها در این حوزه کار کرده‌ام و به نظرم مسئولان هیچ‌وقت به حرف مردم گوش نمی‌دهند؛"
                 " امیدوارم این گزارش‌ها اثری داشته باشد.",
                 "ممنون از گزارش خوبتون، ولی کاش آمار دقیق‌تری هم می‌آوردید تا بشود قضاوت بهتری کرد.",
                 "این اتفاق در شهر ما هم افتاد و هیچ‌کس پاسخگو نبود، لطفا پیگیری کنید."]


@dataclass
class Host:
    family: str
    domain: str
    name: str
    tagline: str
    menu: list[str]
    sections: list[str]
    s: dict = field(default_factory=dict)


def make_host(seed: int, family: str, idx: int) -> Host:
    spec = FAM[family]
    domain, name, tagline = spec["hosts"][idx]
    r = random.Random(f"families-k-host:{seed}:{domain}")
    secs = r.sample(spec["sections"], r.choice([3, 4]))
    menu = secs + r.sample(spec["extra"], r.randint(2, 4))
    r.shuffle(menu)
    fi = FAMILIES.index(family)
    s: dict = {}
    s["html_p"] = spec["html"][idx]
    s["shape"] = SHAPES[(fi * 3 + idx + seed) % len(SHAPES)]
    s["digits"] = "en" if family == "crypto_rates" and idx != 2 else pick(r, ["fa", "fa", "fa", "ar", "en"])
    styles = DATE_STYLES.get(family, ["num", "wd_long", "long_saat", "time_num", "dmy", "yy", "words"])
    s["date"] = styles[(idx + seed) % len(styles)]
    s["time"] = r.random() < 0.75
    s["date_label"] = pick(r, [None, "تاریخ انتشار:", "انتشار:", "📅", "منتشر شده در", "زمان انتشار:"])
    s["date_where"] = pick(r, ["head", "head", "byline", "foot", "meta_only" if idx == 1 else "head"])
    s["utc_time"] = r.random() < 0.35  # <time datetime> / JSON-LD written in UTC
    s["rel"] = pick(r, [None, None, "beside"])
    s["today"] = r.random() < 0.5
    s["updated"] = r.random() < 0.35
    s["sec"] = SEC_PLAN[(fi * 3 + idx + seed) % len(SEC_PLAN)]
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_title"] = r.random() < 0.35
    s["sec_label"] = pick(r, SEC_LABELS)
    s["kicker_color"] = pick(r, ["#d32f2f", "#1b5e20", "#0d47a1", "#ff6f00"])
    s["lead_p"] = pick(r, [0.0, 0.4, 0.85])
    s["lead_label"] = pick(r, [None, None, "خلاصه:", "لید:"])
    s["agency"] = pick(r, ["keep", "keep", "credit", "inline", "credit_other", "none", "paper"])
    s["credit"] = pick(r, ["منبع: {a}", "به نقل از {a}", "برگرفته از {a}", "{a}", "منبع خبر: {a}", "(منبع: {a})"])
    s["inline_credit"] = pick(r, [" / {a}", " (به نقل از {a})", "؛ منبع: {a}"])
    s["credit_top"] = r.random() < 0.25
    s["end"] = pick(r, END_MARKS)
    s["after"] = r.sample(spec["after"], 2 + (r.random() < 0.5))
    s["menu_joined"] = pick(r, [" | ", " - ", "  ", None, None])
    s["code"] = pick(r, [None, "کد خبر: {n}", "شناسه خبر: {n}", "کد مطلب: {n}", "خبر شماره {n}"])
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁 {n}", "تعداد بازدید: {n}"])
    s["comments"] = pick(r, [None, "نظرات ({n})", "{n} دیدگاه", "دیدگاه خوانندگان", "{n} نظر"])
    s["font"] = pick(r, [None, "اندازه متن: A+ A-", "کوچک | متوسط | بزرگ", "چاپ | ذخیره | ارسال به دوستان",
                         "نسخه چاپی"])
    s["audio"] = pick(r, [None, None, "شنیدن خبر", "▶ پخش صوت | {m}", "نسخه صوتی این خبر ({m})"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "lines", "کلیدواژه‌ها: {t}", "تگ‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "به اشتراک بگذارید:", "lines"])
    s["shortlink"] = pick(r, [None, "لینک کوتاه: {u}", "آدرس کوتاه: {u}", "کپی لینک کوتاه"])
    s["author_box"] = r.random() < 0.45
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["byline"] = pick(r, [None, "نویسنده: {a}", "{a}", "گزارش: {a}", "خبرنگار: {a}"])
    s["ticker"] = pick(r, [None, "آخرین اخبار:", "تازه‌ها", "lines"])
    s["banner"] = pick(r, [None, "promo_post", "promo_mid", "promo_top"])
    s["related"] = pick(r, ["مطالب مرتبط", "اخبار مرتبط", "بیشتر بخوانید", "پربازدیدترین‌ها", "آخرین مطالب", None])
    s["readmore"] = pick(r, [0.0, 0.0, 0.5])
    s["readmore_label"] = pick(r, ["بیشتر بخوانید: ", "بخوانید: ", "مرتبط: ", "همچنین بخوانید: "])
    s["prevnext"] = pick(r, [None, "label", "arrows", "lines"])
    s["long_comments"] = r.random() < 0.4
    s["list"] = pick(r, [0.0, 0.25, 0.5])
    s["bullet"] = pick(r, BULLETS)
    s["quote"] = pick(r, [0.0, 0.3, 0.5])
    s["table"] = family in ("agri_news", "crypto_rates", "energy_news") and r.random() < 0.75
    s["qa"] = family in ("music_news", "charity_news") and idx != 0
    s["qa_pref"] = pick(r, [("س: ", "ج: "), ("", ""), ("پرسش: ", "پاسخ: ")])
    s["surtitle"] = r.random() < 0.3 and s["sec"] != "kicker"
    s["footer"] = [pick(r, [f"تمامی حقوق مادی و معنوی این سایت متعلق به {name} است.", "© کلیه حقوق محفوظ است.",
                            f"© {name} ۱۳۹۵-۱۴۰۳", f"استفاده از مطالب {name} تنها با ذکر منبع و لینک مجاز است."]),
                   pick(r, ["درباره ما | تماس با ما | تبلیغات | حریم خصوصی", "تماس با ما - همکاری با ما - RSS",
                            f"طراحی سایت: {pick(r, ['نوآوران وب', 'آرتین‌کد', 'سامانه پویا'])}"])]
    s["newsletter"] = pick(r, [None, "عضویت در خبرنامه: ایمیل خود را وارد کنید", "اپلیکیشن اندروید را دانلود کنید",
                               "ما را در تلگرام، اینستاگرام و ایتا دنبال کنید"])
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["meta"] = r.random() < 0.55
    s["jsonld"] = r.random() < 0.45
    s["time_tag"] = r.random() < 0.5
    s["zwnj_entity"] = r.random() < 0.4
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 6))) + str(r.randint(0, 99))
                for _ in range(10)]
    s["title_tag"] = pick(r, ["h1", "h1", "h2"])
    if s["sec"] == "tab":
        s["menu_joined"] = None  # the active tab is a menu item of its own
    if s["date_where"] == "meta_only":
        s["meta"] = True  # the page shows only a relative time; its HTML carries the date
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- dates

def kdate(t: dt.datetime, style: str, digits: str, time: bool = True) -> str:
    """A visible date in ``style`` (H's styles plus dotted Jalali and ISO Gregorian)."""
    if style == "dot":
        j = jdatetime.date.fromgregorian(date=t.date())
        return dg(f"{j.year}.{j.month:02d}.{j.day:02d}" + (f" - {t.hour:02d}:{t.minute:02d}" if time else ""), digits)
    if style == "iso":
        return t.strftime("%Y-%m-%d" + (" %H:%M" if time else ""))
    return fmt_date(t, style, digits, time)


# ---------------------------------------------------------------------------------------------- stories

def rewrite(name: str, text: str) -> str:
    """``text`` with every agency it names replaced by ``name`` (a republisher's habit)."""
    for ps in MENTION.values():
        for p in ps:
            text = p.sub(lambda m: name if m.group(0).startswith("خبرگزار")
                         else m.group(0)[: m.start("n") - m.start(0)] + name, text)
    return text


def credit_name(h: Host, agency: str) -> str:
    names = AGENCIES[agency]
    full = [x for x in names if x.startswith("خبرگزاری") or agency == "ورزش سه"] or names
    return full[stable(h.domain, agency) % len(full)]


def host_story(h: Host, r: random.Random, paras: list[str], lead: str | None, dataset: str):
    """Paragraphs and lead as ``h`` prints them, the agency the page credits, and its credit line (chrome)."""
    mode = h.s["agency"]
    own = credited_agency(([lead] if lead else []) + paras)
    if mode == "keep":
        return paras, lead, own, None
    own = own or DATASET_AGENCY[dataset]
    paras = [rewrite(h.name, p) for p in paras]
    lead = rewrite(h.name, lead) if lead else None
    if mode == "none":
        return paras, lead, None, None
    if mode == "paper":
        return paras, lead, None, h.s["credit"].format(a=pick(r, NEWSPAPERS))
    agency = own if mode in ("credit", "inline") else pick(random.Random(stable(h.domain, paras[-1][:40])),
                                                            ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"])
    if mode == "inline":
        paras = paras[:-1] + [paras[-1] + h.s["inline_credit"].format(a=credit_name(h, agency))]
        return paras, lead, agency, None
    return paras, lead, agency, h.s["credit"].format(a=credit_name(h, agency))


def table_rows(h: Host, r: random.Random) -> list[str]:
    d = h.s["digits"]
    if h.family == "agri_news":
        items = r.sample(["گندم", "جو", "برنج طارم", "سیب‌زمینی", "پیاز", "گوجه‌فرنگی", "پسته", "خرما", "زعفران"], 4)
        rows = [pick(r, ["محصول | قیمت هر کیلو (تومان) | تغییر", "نام محصول | قیمت (تومان) | درصد تغییر",
                         "محصول | حداقل قیمت | حداکثر قیمت"])]
        rows += [dg(f"{x} | {r.randint(8, 400) * 500:,} | {r.randint(-9, 15)}٪", d) for x in items]
    elif h.family == "crypto_rates":
        coins = {"بیت‌کوین": 40000, "اتریوم": 2500, "تتر": 1, "بایننس‌کوین": 300, "ریپل": 0.5, "دوج‌کوین": 0.1,
                 "سولانا": 60}
        rows = [pick(r, ["ارز | قیمت (دلار) | تغییر ۲۴ ساعته", "نام ارز | قیمت به دلار | تغییرات روزانه",
                         "رمزارز | آخرین قیمت | تغییر"])]
        rows += [dg(f"{x} | {coins[x] * r.uniform(0.6, 1.5):,.2f} | {r.randint(-120, 120) / 10}٪", d)
                 for x in r.sample(list(coins), 4)]
    else:
        items = r.sample(["پارس جنوبی", "آبادان", "بندرعباس", "اصفهان", "لاوان", "خارک", "کنگان"], 3)
        rows = [pick(r, ["واحد | تولید روزانه | ظرفیت اسمی", "پالایشگاه | تولید روزانه | ظرفیت",
                         "منطقه | تولید (بشکه در روز) | ظرفیت اسمی"])]
        rows += [dg(f"{x} | {r.randint(20, 500)} هزار بشکه | {r.randint(300, 600)} هزار بشکه", d) for x in items]
    return rows


def story_paragraphs(h: Host, r: random.Random, base: list[str]) -> tuple[list[str], list[str]]:
    """The host's story lines (bullets, quotes, questions, table rows among paragraphs) and their kinds."""
    s = h.s
    paras, kinds = [], []
    bullet_done = quote_done = False
    for i, p in enumerate(base):
        last = i == len(base) - 1  # (an inline credit may end it)
        sents = [x for x in SPLIT.split(p) if x]
        if (not bullet_done and i and not last and len(sents) >= 3 and all(len(x) < 200 for x in sents)
                and r.random() < s["list"]):
            for k, x in enumerate(sents):
                b = s["bullet"]
                paras.append(dg(f"{k + 1}. ", s["digits"]) + x if b == "num" else b + x)
                kinds.append("li")
            bullet_done = True
            continue
        if not quote_done and not last and len(sents) >= 2 and "«" not in sents[-1] and r.random() < s["quote"]:
            paras.append(" ".join(sents[:-1]))
            kinds.append("p")
            paras.append(f"«{sents[-1]}»")
            kinds.append("quote")
            quote_done = True
            continue
        if s["qa"] and i and r.random() < 0.6:
            q = question(r, p)
            paras.append(s["qa_pref"][0] + q)
            kinds.append("q")
            paras.append(s["qa_pref"][1] + p)
            kinds.append("p")
            continue
        paras.append(p)
        kinds.append("p")
        if s["table"] and i == min(1, len(base) - 1) and r.random() < 0.6:
            for row in table_rows(h, r):
                paras.append(row)
                kinds.append("tr")
    return paras, kinds


# ---------------------------------------------------------------------------------------------- pages

def ticker_lines(h: Host, r: random.Random, today: dt.datetime) -> list[str]:
    d = h.s["digits"]
    f = h.family
    if f == "agri_news":
        return [dg(f"قیمت روز: گندم {r.randint(120, 190) * 100:,} | جو {r.randint(90, 150) * 100:,} | "
                   f"مرغ زنده {r.randint(40, 90) * 1000:,} تومان", d),
                "هشدار هواشناسی کشاورزی: " + pick(r, [
                    "کشاورزان از آبیاری باغات در ساعات گرم روز خودداری کنند و برای مقابله با سرمازدگی آماده باشند.",
                    "به دلیل وزش باد شدید، سمپاشی مزارع تا پایان هفته به تعویق بیفتد."])]
    if f == "environment":
        v = r.randint(40, 190)
        return [dg(f"شاخص کیفیت هوای تهران: {v}", d) + " - " +
                ("قابل قبول" if v < 100 else "ناسالم برای گروه‌های حساس" if v < 150 else "ناسالم")]
    if f == "crypto_rates":
        return [f"BTC ${r.randint(16000, 69000):,} ({r.randint(-80, 80) / 10:+}%)",
                f"ETH ${r.randint(900, 4800):,} ({r.randint(-80, 80) / 10:+}%)",
                dg(f"دلار آزاد: {r.randint(250, 600) * 100:,} تومان", d),
                dg(f"سکه امامی: {r.randint(10, 40)},{r.randint(100, 999)},000 تومان", d)]
    if f == "energy_news":
        return [dg(f"نفت برنت: {r.randint(4000, 11000) / 100} دلار {'▲' if r.random() < 0.5 else '▼'}", d),
                dg(f"نفت WTI: {r.randint(3800, 10500) / 100} دلار", d)]
    if f == "transport_news":
        return [pick(r, ["وضعیت جاده‌ها: محور چالوس از ساعت ۱۵ یکطرفه می‌شود.",
                         "وضعیت جاده‌ها: ترافیک در آزادراه قزوین - رشت سنگین است.",
                         "وضعیت جاده‌ها: بارش برف در گردنه حیران؛ همراه داشتن زنجیر چرخ الزامی است."])]
    if f == "charity_news":
        return [dg(f"پویش «مدرسه‌سازی»: {r.randint(20, 95)}٪ از مبلغ هدف جمع‌آوری شده است", d), "کمک آنلاین"]
    return []


def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline)
    if s["today"]:
        pg.add("top", "c", ("امروز " if stable(h.domain) % 2 else "") + kdate(
            today, "wd_long" if s["date"] not in ("greg_fa", "greg_en", "iso") else s["date"], s["digits"], False))
    for x in ticker_lines(h, r, today):
        pg.add("top", "c", x)
    if s["banner"] == "promo_top":
        pg.add("top", "c", PROMOS[h.family].format(n=h.name))
    home = s["home"] or h.name
    items = [home] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)
    if s["ticker"] and others:
        if s["ticker"] == "lines":
            for t in others[-3:]:
                pg.add("ticker", "c", t)
        else:
            pg.add("ticker", "c", f"{s['ticker']} " + " | ".join(others[-2:]))


def section_for(h: Host, st: dict) -> str:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def shown_section(h: Host, fmt: str, sec: str | None) -> str | None:
    """The section as the page in ``fmt`` shows it (HTML-only forms show nothing in a text dump)."""
    if sec is None or h.s["sec"] == "none":
        return None
    if fmt == "txt" and h.s["sec"] in ("tab", "url", "jsonld", "meta"):
        return None
    return sec


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], kinds: list[str], agency: str | None,
                 credit: str | None, pub: dt.datetime, others: list[str], lead: str | None,
                 fmt: str) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 600), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(0, 90), hours=r.randint(1, 20))
    pg = Page()
    sec = None if r.random() < 0.06 else section_for(h, st)
    gsec = shown_section(h, fmt, sec)
    header(pg, h, r, crawl, others)
    title = st["title"]
    author = pick(r, s["authors"])
    if gsec and s["sec"] == "crumb":
        trail = [s["home"] or h.name, gsec] + ([title] if s["crumb_title"] else [])
        pg.add("crumb", "c", s["sep"].join(trail))
    if gsec and s["sec"] == "kicker":
        pg.add("head", "kicker", gsec)
    sur = None
    if s["surtitle"] and r.random() < 0.6:
        tag = pick(r, st["tags"] or ["گزارش"])
        sur = pick(r, [f"در گفت‌وگو با {h.name} مطرح شد", f"گزارشی درباره {tag}", f"{tag}؛ از نگاه کارشناسان"])
        pg.add("head", "sur", sur)
    dated = s["date_where"] != "meta_only" or fmt == "html"  # (meta_only hosts write the date metas)
    date = kdate(pub, s["date"], d, s["time"])
    if s["rel"] == "beside":
        date = f"{date} ({relative(r, d)})"
    pg.add("head", "title", title)
    if gsec and s["sec"] == "label":
        pg.add("head", "c", f"{s['sec_label']} {gsec}")
    code = r.randint(100000, 999999)
    if s["date_where"] == "head":
        pg.add("head", "date", (f"{s['date_label']} " if s["date_label"] else "") + date)
    elif s["date_where"] == "byline":
        where = f" در {gsec}" if gsec and s["sec"] == "byline_dar" else ""
        pg.add("head", "date", f"{author} | {date}{where}")
    elif s["date_where"] == "meta_only":
        pg.add("head", "c", relative(r, d))
    if gsec and s["sec"] == "byline_dar" and s["date_where"] != "byline":
        pg.add("head", "c", f"نوشته {author} در {gsec}")
    if s["byline"] and s["date_where"] != "byline":
        pg.add("head", "c", s["byline"].format(a=author))
    if s["code"]:
        pg.add("head", "c", dg(s["code"].format(n=code), d))
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
    if s["updated"] and s["date_where"] != "meta_only":
        pg.add("head", "c", "آخرین به‌روزرسانی: " + kdate(upd, s["date"], d, s["time"]))
    if s["font"]:
        pg.add("head", "c", s["font"])
    if s["audio"]:
        pg.add("head", "c", dg(s["audio"].format(m=f"{r.randint(0, 4):02d}:{r.randint(0, 59):02d}"), d))
    if credit and s["credit_top"]:
        pg.add("head", "c", credit)
    if lead:
        pg.add("head", "lead", (s["lead_label"] + " " if s["lead_label"] else "") + lead)
    family_pre(pg, h, r, pub)
    mid = len(paras) // 2 if s["banner"] == "promo_mid" and len(paras) >= 4 else -1
    for i, (p, k) in enumerate(zip(paras, kinds)):
        pg.add("body", k, p)
        if i == mid:
            pg.add("body", "c", PROMOS[h.family].format(n=h.name))
        elif i < len(paras) - 1 and k in ("p", "quote"):
            pg.add("body", "c", in_body(h, r, i, len(paras), others))
    pg.add("post", "c", s["end"])
    if s["date_where"] == "foot":
        pg.add("post", "date", (s["date_label"] or "تاریخ انتشار:") + " " + date)
    if credit and not s["credit_top"]:
        pg.add("post", "c", credit)
    if s["banner"] == "promo_post":
        pg.add("post", "c", PROMOS[h.family].format(n=h.name))
    if s["author_box"]:
        pg.add("post", "c", author)
        pg.add("post", "c", dg(pick(r, BIO).format(a=author, f=FIELDS[h.family], n=r.randint(5, 20),
                                                    y=r.randint(1390, 1400)), d))
    tags = st["tags"] or ["ایران"]
    if s["tags"] == "#":
        pg.add("post", "c", " ".join("#" + x.replace(" ", "_") for x in tags))
    elif s["tags"] == "lines":
        pg.add("post", "c", "برچسب‌ها")
        for t in tags:
            pg.add("post", "c", t)
    elif s["tags"]:
        pg.add("post", "c", s["tags"].format(t="، ".join(tags)))
    if s["shortlink"]:
        pg.add("post", "c", s["shortlink"].format(u=f"https://{h.domain}/x/{code:x}"))
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["share"] == "lines":
        for x in ("تلگرام", "واتس‌اپ", "ایتا", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"] + " تلگرام | واتس‌اپ | ایکس | بله")
    if s["prevnext"] and len(others) >= 2:
        a, b = others[0], others[1]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        elif s["prevnext"] == "arrows":
            pg.add("post", "c", f"→ {a}")
            pg.add("post", "c", f"{b} ←")
        else:
            for x in ("مطلب قبلی", a, "مطلب بعدی", b):
                pg.add("post", "c", x)
    if s["related"] and len(others) > 4:
        pg.add("related", "c", s["related"])
        for t in others[2: 2 + r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["comments"]:
        ncom = r.randint(0, 9)
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, r.randint(0, 2))):
            pg.add("comments", "c", f"{pick(r, FIRST)}{pick(r, ['', ' از شیراز', ' - کرج'])}")
            pg.add("comments", "c", kdate(pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 9)),
                                          "num" if s["date"] in ("greg_en", "greg_fa", "iso") else s["date"], d))
            pg.add("comments", "c", pick(r, LONG_COMMENTS if s["long_comments"] else COMMENTS))
            pg.add("comments", "c", pick(r, ["پاسخ", "👍 ۳  👎 ۰", "پاسخ دادن"]))
        pg.add("comments", "c", pick(r, ["ارسال دیدگاه", "نظر شما پس از تایید منتشر می‌شود",
                                          "دیدگاه‌های حاوی توهین منتشر نخواهد شد."]))
    if s["newsletter"]:
        pg.add("foot", "c", s["newsletter"])
    for x in s["footer"]:
        pg.add("foot", "c", x)
    meta = {"section": gsec, "sec_any": sec, "sur": sur, "dated": dated, "crawl": crawl, "upd": upd,
            "author": author, "code": code}
    return pg, meta


def family_pre(pg: Page, h: Host, r: random.Random, pub: dt.datetime) -> None:
    d = h.s["digits"]
    if h.family == "music_news" and stable(h.domain, 1) % 2:
        pg.add("pre", "c", f"کنسرت {pick(r, FIRST)} {pick(r, LAST)}")
        pg.add("pre", "c", dg(f"سالن: {pick(r, ['برج میلاد', 'تالار وحدت', 'سالن میلاد نمایشگاه'])} | "
                              f"ساعت اجرا: {r.randint(17, 22)}:۳۰", d))
        pg.add("pre", "c", "خرید بلیت")
    if h.family == "heritage" and stable(h.domain, 2) % 2:
        pg.add("pre", "c", dg(f"ساعت بازدید: {r.randint(8, 9)} تا {r.randint(16, 20)} | بهای بلیت: "
                              f"{r.randint(2, 30) * 5000:,} ریال", d))
    if h.family == "transport_news" and stable(h.domain, 3) % 2:
        pg.add("pre", "c", dg(f"پرواز {pick(r, ['IR', 'W5', 'EP'])}{r.randint(100, 999)} | "
                              f"{pick(r, ['تهران - مشهد', 'تهران - کیش', 'شیراز - دبی'])} | تاخیر {r.randint(10, 90)}"
                              " دقیقه", d))


def in_body(h: Host, r: random.Random, i: int, n: int, others: list[str]) -> str | None:
    """A chrome line between paragraphs (photo captions and credits, "read more" links)."""
    f = h.family
    if f in ("environment", "heritage", "transport_news") and r.random() < 0.35:
        who = f"{pick(r, FIRST)} {pick(r, LAST)}"
        return pick(r, [f"عکس: {who}", "عکس تزئینی است", f"عکاس: {who} / آرشیو {h.name}",
                        "تصویر: " + pick(r, ["یوزپلنگ ایرانی", "تالاب انزلی", "ارگ بم", "قطار تهران - مشهد",
                                             "فرودگاه امام"]) + f" - عکس از {who}"])
    if others and r.random() < h.s["readmore"] / max(2, n):
        return h.s["readmore_label"] + pick(r, others)
    return None


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}", "آخرین اخبار"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", kdate(
                crawl - dt.timedelta(days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۲۰ صفحه بعد", d) if r.random() < 0.5 else "نمایش بیشتر")
    elif kind == "chrome_only":
        form = r.randrange(3)
        lines = (["خطای ۴۰۴", "متاسفانه صفحه‌ای که به دنبال آن هستید وجود ندارد یا حذف شده است.",
                  "بازگشت به صفحه اصلی"] if form == 0 else
                 ["فرم کمک آنلاین", "مبلغ (تومان)", "نام و نام خانوادگی (اختیاری)", "شماره همراه",
                  "پرداخت از طریق درگاه بانکی", "شماره حساب: ۰۱۰۲۳۴۵۶۷۸۰۰۱"] if form == 1 else
                 ["تماس با ما", f"نشانی: تهران، خیابان {pick(r, ['ولیعصر', 'آزادی', 'مطهری'])}، پلاک ۴۸",
                  dg(f"تلفن: 021-{r.randint(22000000, 88999999)}", d), f"پست الکترونیک: info@{h.domain}",
                  "متن پیام", "ارسال"])
        for x in lines:
            pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["بدون عنوان", "به زودی", "در دست ساخت"]))
        pg.add("body", "c", pick(r, ["این بخش به زودی راه‌اندازی می‌شود.", "محتوایی برای نمایش وجود ندارد."]))
    if h.s["newsletter"]:
        pg.add("foot", "c", h.s["newsletter"])
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_text(h: Host, pg: Page) -> str:
    sep = h.s["text_sep"]
    out = []
    for region, ls in pg.regions:
        inner = "\n" if sep == "mixed" or (sep == "\n\n" and region == "body" and stable(h.domain, 12) % 2) else sep
        out.append(inner.join(t for _, t in ls))
    return ("\n\n" if sep != "\n" else "\n").join(out) + "\n"


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def _slug(text: str) -> str:
    return urllib.parse.quote(text.replace(" ", "-").replace("\u200c", "-"))


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None) -> str:
    s, c = h.s, h.s["cls"]
    shape = s["shape"]
    art = gold["kind"] == "article"
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    sec = gold["section"]
    sec_any = meta["sec_any"] if meta else None
    code = meta["code"] if meta else r.randint(1000, 99999)
    path = f"/news/{code}/{_slug((gold['title'] or 'x')[:40])}"
    if art and s["sec"] == "url" and sec:
        path = f"/fa/{_slug(sec)}/{code}"
    elif art and s["sec"] not in ("url",) and sec_any and stable(h.domain, 4) % 2:
        path = f"/{['news', 'service', 'category'][stable(h.domain) % 3]}/{stable(sec_any) % 900 + 10}/{code}"
    url = f"https://{h.domain}{path}"
    head = [f"<title>{ttl} - {nm}</title>" if stable(h.domain, 13) % 2 else f"<title>{nm} | {ttl}</title>",
            '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<link rel="canonical" href="{url}">']
    show = s["utc_time"]
    stamp = (lambda t: t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) if show else (lambda t: t.isoformat())
    if art and (s["meta"] or s["sec"] == "meta"):
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        head.append(f'<meta property="og:url" content="{url}">')
        if s["meta"] and pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if sec and s["sec"] in ("meta", "crumb", "label", "kicker", "jsonld"):
            head.append(f'<meta property="article:section" content="{html.escape(sec)}">')
    if art and (s["jsonld"] or s["sec"] == "jsonld"):
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                    "author": {"@type": "Person", "name": meta["author"]},
                    "publisher": {"@type": "Organization", "name": h.name}}
        if s["jsonld"] and pub is not None:
            ld["datePublished"] = stamp(pub)
            ld["dateModified"] = stamp(meta["upd"])
        if sec and s["sec"] != "url":
            ld["articleSection"] = sec
        lds = [ld]
        if sec and s["sec"] in ("jsonld", "crumb"):
            lds.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": s["home"] or h.name, "item": f"https://{h.domain}/"},
                {"@type": "ListItem", "position": 2, "name": sec}]})
        for x in lds:
            head.append(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>')
    if shape == "wordpress":
        head.append("<link rel='stylesheet' href='/wp-content/themes/jannah/style.css' type='text/css'>")
    head.append("<style>body{font-family:IRANSans,Tahoma;direction:rtl}.kicker{font-weight:bold}</style>")

    def line(role: str, t: str, region: str) -> str:
        e = _esc(h, t)
        if role == "title":
            cl = {"wordpress": "entry-title", "drupal": "page-title", "joomla": "itemTitle"}.get(shape, c[0])
            return f'<{s["title_tag"]} class="{cl}">{e}</{s["title_tag"]}>'
        if role == "kicker":
            return f'<span class="kicker" style="color:{s["kicker_color"]}">{e}</span>'
        if role == "sur":
            return f'<div class="{c[1]}">{e}</div>'
        if role == "lead":
            return f'<p class="lead {c[2]}"><strong>{e}</strong></p>' if shape != "aspnet" else \
                f'<span id="ctl00_ContentPlaceHolder1_lblLead" class="lead">{e}</span>'
        if role == "date":
            if s["time_tag"] and pub is not None:
                return f'<time datetime="{stamp(pub)}" class="{c[3]}">{e}</time>'
            return f'<span class="{c[3]}">{e}</span>'
        if role == "li":
            return f"<li>{e}</li>"
        if role == "quote":
            return f"<blockquote><p>{e}</p></blockquote>"
        if role == "q":
            return f"<p><strong>{e}</strong></p>"
        if role == "tr":
            return "<tr> " + " ".join(f"<td>{_esc(h, x)}</td>" for x in t.split(" | ")) + " </tr>"
        if role == "p":
            return f"<p>{e}</p>" if shape != "aspnet" else f"{e}<br><br>"
        if region == "nav":
            if s["menu_joined"]:
                items = t.split(s["menu_joined"])
                return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                    f'<a href="/{_slug(x)}">{_esc(h, x)}</a>' for x in items) + "</div>"
            active = art and s["sec"] == "tab" and sec == t
            return (f'<li class="{"active current-menu-item" if active else "menu-item"}"'
                    + (' aria-current="page"' if active else "") + f'><a href="/{_slug(t)}">{e}</a></li>')
        if region == "body" and h.family in ("environment", "heritage", "transport_news"):
            return f'<figure><img src="/uploads/{stable(t) % 9999}.jpg" alt=""><figcaption>{e}</figcaption></figure>'
        if region == "related" and t == s["related"]:
            return f'<h3 class="{c[5]}">{e}</h3>'
        if region in ("related", "ticker"):
            return f'<li><a href="/news/{stable(t) % 99999}">{e}</a></li>'
        if region == "crumb":
            parts = t.split(s["sep"])
            return '<nav class="breadcrumb">' + html.escape(s["sep"]).join(
                f'<a href="/{_slug(x)}">{_esc(h, x)}</a>' if k < len(parts) - 1 else f"<span>{_esc(h, x)}</span>"
                for k, x in enumerate(parts)) + "</nav>"
        return f'<div class="{pick(r, c[5:])}">{e}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        out, run_tag = [], None
        for ro, t in ls:
            want = {"li": "ul" if h.s["bullet"] != "num" else "ol", "tr": "table"}.get(ro)
            if want != run_tag:
                if run_tag:
                    out.append(f"</{run_tag}>")
                if want:
                    out.append(f"<{want}>")
                run_tag = want
            out.append(line(ro, t, region))
        if run_tag:
            out.append(f"</{run_tag}>")
        if region in ("related", "ticker") or (region == "nav" and not s["menu_joined"]):
            first = [out.pop(0)] if out and out[0].startswith("<h3") else []
            return "\n".join(first + ["<ul>", *out, "</ul>"])
        return "\n".join(out)

    blocks = {}
    order = []
    for region, ls in pg.regions:
        if region in blocks:
            blocks[region] += "\n" + block(region, ls)
        else:
            blocks[region] = block(region, ls)
            order.append(region)

    def get(*names: str) -> str:
        return "\n".join(blocks[x] for x in order if x in names)

    story_body = get("body")
    if shape == "wordpress":
        doc = (f'<div id="page" class="site"><header id="masthead" class="site-header">{get("top")}'
               f'<nav class="main-navigation">{get("nav")}</nav></header>'
               f'<div class="breaking-news">{get("ticker")}</div>'
               f'<div id="content"><div class="{c[6]}">{get("crumb")}'
               f'<article id="post-{code}" class="post type-post status-publish">'
               f'<header class="entry-header">{get("head")}</header>{get("pre")}'
               f'<div class="entry-content">{story_body}</div>'
               f'<footer class="entry-footer">{get("post")}</footer></article>'
               f'<div class="related-posts">{get("related")}</div>'
               f'<div id="comments" class="comments-area">{get("comments")}</div></div>'
               f'<aside id="secondary" class="widget-area"><section class="widget">{get("side")}</section></aside>'
               f'</div><footer id="colophon">{get("foot")}</footer></div>')
    elif shape == "drupal":
        doc = (f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container">'
               f'<header role="banner">{get("top")}</header><div class="region region-primary-menu">{get("nav")}</div>'
               f'<div class="region region-highlighted">{get("ticker")}</div>'
               f'<div class="region region-breadcrumb">{get("crumb")}</div><main role="main">'
               f'<div class="region region-content"><article class="node node--type-article node--view-mode-full">'
               f'{get("head")}<div class="node__content">{get("pre")}'
               f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">'
               f'{story_body}</div>{get("post")}</div></article></div>'
               f'<div class="views-element-container">{get("related")}</div>{get("comments")}</main>'
               f'<footer role="contentinfo">{get("foot")}</footer></div></div>')
    elif shape == "aspnet":
        doc = (f'<form method="post" action="./News.aspx?id={code}" id="aspnetForm">'
               f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{code}MTY5ODQ=">'
               f'<table width="100%" cellpadding="0"><tr><td colspan="2">{get("top")}</td></tr>'
               f'<tr><td colspan="2"><div class="menu">{get("nav")}</div></td></tr>'
               f'<tr><td class="{c[7]}">{get("ticker")}{get("related")}</td><td class="content">'
               f'<div id="ctl00_ContentPlaceHolder1_pnlNews">{get("crumb")}{get("head")}{get("pre")}'
               f'<div id="ctl00_ContentPlaceHolder1_lblBody" class="newsbody">{story_body}</div>'
               f'{get("post")}</div>{get("comments")}</td></tr>'
               f'<tr><td colspan="2">{get("foot")}</td></tr></table></form>')
    elif shape == "nextjs":
        nd = {"props": {"pageProps": {"id": code, "title": gold["title"]}}, "page": "/news/[id]", "buildId": c[8]}
        doc = (f'<div id="__next"><div class="{c[6]}"><header class="{c[7]}">{get("top")}<nav>{get("nav")}</nav>'
               f'</header><div class="{c[8]}">{get("ticker")}</div><main class="{c[9]}">{get("crumb")}'
               f'<div class="{c[5]}">{get("head")}</div>{get("pre")}<div class="{c[2]}">{story_body}</div>'
               f'<div class="{c[3]}">{get("post")}</div><div class="{c[4]}">{get("related")}</div>'
               f'<div>{get("comments")}</div></main><footer>{get("foot")}</footer></div></div>'
               f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>')
    elif shape == "bootstrap":
        doc = (f'<div class="container-fluid header">{get("top")}</div><nav class="navbar navbar-expand-lg">'
               f'<div class="navbar-nav">{get("nav")}</div></nav><div class="container"><div class="row">'
               f'<div class="col-12 marquee">{get("ticker")}</div><div class="col-md-8">{get("crumb")}'
               f'<div class="news-head">{get("head")}</div>{get("pre")}<div class="news-body" id="newsBody">'
               f'{story_body}</div><div class="news-foot">{get("post")}</div>{get("comments")}</div>'
               f'<div class="col-md-4 sidebar">{get("related")}</div></div></div>'
               f'<footer class="footer">{get("foot")}</footer>')
    else:  # joomla
        doc = (f'<div id="t3-wrapper"><header id="t3-header">{get("top")}</header><nav id="t3-mainnav">'
               f'{get("nav")}</nav><div class="moduletable">{get("ticker")}</div><div id="t3-content">'
               f'{get("crumb")}<div class="item-page" itemscope itemtype="https://schema.org/Article">'
               f'<div class="page-header">{get("head")}</div>{get("pre")}<div itemprop="articleBody">{story_body}'
               f'</div>{get("post")}</div><div class="moduletable related">{get("related")}</div>'
               f'{get("comments")}</div><footer id="t3-footer">{get("foot")}</footer></div>')
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + doc.replace("><", ">\n<") + "\n<script>window.dataLayer=window.dataLayer||[];</script>\n</body>\n"
            "</html>\n")


# ---------------------------------------------------------------------------------------------- build

@functools.lru_cache(maxsize=1)
def _stories() -> tuple[dict, ...]:
    return tuple(load_stories())  # (read once a process: the tests build several sets)


def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2013, 1, 1) + dt.timedelta(days=r.randrange(4200))
    hour = r.choice([0, 0, 1, 2, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 81, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    fams = list(families) if families else list(FAMILIES)
    for f in fams:
        if f not in FAMILIES:
            raise ValueError(f"unknown family {f!r}; known: {', '.join(FAMILIES)}")
    rng = random.Random(f"families-k:{seed}")
    out = Path(out_dir)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    hosts = {f: [make_host(seed, f, i) for i in range(3)] for f in fams}
    stories = list(_stories())
    rng.shuffle(stories)
    plan: list[dict] = []
    next_story = 0
    for i in range(n):
        f = fams[i % len(fams)] if i < len(fams) else pick(rng, fams)
        host = pick(rng, hosts[f])
        if rng.random() < 0.07:
            plan.append({"family": f, "host": host, "kind": pick(rng, ["listing", "listing", "chrome_only", "empty"])})
            continue
        origs = [j for j, p in enumerate(plan) if p["kind"] == "article" and p.get("copy_of") is None
                 and not p.get("copied") and p["family"] != f]
        if origs and rng.random() < 0.11:
            j = pick(rng, origs)
            plan[j]["copied"] = True
            plan.append({"family": f, "host": host, "kind": "article", "story": plan[j]["story"], "copy_of": j})
            continue
        plan.append({"family": f, "host": host, "kind": "article", "story": next_story % len(stories),
                     "copy_of": None})
        next_story += 1
    titles = [stories[p["story"]]["title"] for p in plan if p["kind"] == "article" and p["copy_of"] is None]
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-k:{seed}:page:{i}")
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        meta = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=300)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = {"kind": p["kind"], "title": None, "section": None, "lead": None, "surtitle": None,
                    "body_paragraphs": [], "agency": None, "published_iso": None, "published_jalali": None,
                    "published_time": None, "cluster": None, "source": None, "source_key": None, "edits": []}
            pub = None
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                k = min(len(st["sents"]), 14, max(2, round(r.triangular(2, 14, 5))))
                base = group(r, st["sents"], k)
                pub = _pub_time(r)
                built[i] = (base, pub)
                edits: list[str] = []
            else:
                base, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in base}:
                lead = None
            base, lead, agency, credit = host_story(h, r, base, lead, st["dataset"])
            paras, kinds = story_paragraphs(h, r, base)
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            pg, meta = article_page(h, r, st, paras, kinds, agency, credit, pub, others, lead, fmt)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": lead,
                    "surtitle": meta["sur"], "body_paragraphs": paras, "agency": agency,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits}
            in_meta = fmt == "html" and (h.s["meta"] or h.s["jsonld"])
            if not (meta["dated"] or in_meta):
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                shows = h.s["time"] and h.s["date_where"] != "meta_only"
                gold["published_time"] = pub.isoformat() if shows or in_meta else pub.date().isoformat()
        text = render_html(h, pg, r, gold, meta, pub) if fmt == "html" else render_text(h, pg)
        data = text.encode("utf-8")
        name = f"{i:03d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.{fmt}"
        (pages_dir / name).write_bytes(data)
        body = [canon(x) for x in gold["body_paragraphs"]]
        chrome = []
        for x in [t for _, ls in pg.regions for ro, t in ls if ro in ("c", "date", "kicker")]:
            cx = canon(x)
            if cx and x not in chrome and not any(leaks(cx, b) for b in body):
                chrome.append(x)
        rows.append({"file": name, "id": name.rsplit(".", 1)[0], "split": "families-k", "family": p["family"],
                     "family_id": FAMILIES.index(p["family"]), "site": h.domain, "format": fmt, **gold,
                     "corruptions": [], "synthetic_remix": False, "agency_reattributed": None,
                     "chrome_lines": chrome, "_plan": i})
    for row in rows:
        p = plan[row["_plan"]]
        if p["kind"] == "article" and (p.get("copied") or p.get("copy_of") is not None):
            root = p["copy_of"] if p.get("copy_of") is not None else row["_plan"]
            row["cluster"] = f"k{seed}-{root:03d}"
    for row in rows:
        del row["_plan"]
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows
