"""Family set J: eight more Persian site families, a sixth set written blind to the extractor.

    build(out_dir, n, seed=71, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the family generators other than H (whose helpers it imports), from what
these kinds of Persian sites look like:

- ``province_network``  a province's local news network: city sub-sections in the trail, weather and
                        ticker lines, «اخبار مرتبط» / «پربازدیدترین‌ها» / «پربحث‌ترین‌ها» lists (numbered);
- ``konkur_news``       university-entrance / education news: countdowns to the exam, key-date calendars
                        (dates that are not the story's), counselling phone numbers, app banners;
- ``game_review``       game and gadget reviews: spec lists, scores, pros / cons, prices, Gregorian dates;
- ``poetry_mag``        a literature and poetry magazine: verses as short lines inside the story (gold
                        body), dates in words, author boxes with a bio, «برگرفته از» book credits;
- ``religious_occasion`` occasion news with Hijri dates (header and byline), prayer times, «مناسبت‌های امروز»;
- ``legal_qa``          legal advice Q&A: lawyer boxes, «سوالات مشابه», helpful-votes, phone counselling;
- ``housing_news``      real-estate news with price tables (district / price rows) and loan widgets;
- ``radio_tv``          radio / TV programme news: broadcast times, today's schedule, audio-player text.

Each family has three or four hosts; every host keeps its own template (menu, tagline, date style,
calendar and digits, section form, credit form, end marker, widgets, lines repeated after the body,
DOM shape). About 75% flat text (a block per line, menus as runs of short lines or joined with
separators, side widgets interleaved where a crawler flattens them), 25% HTML. Stories are sentences of
``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into paragraphs (gold body = those paragraphs,
unchanged, plus the verses of poetry pages); ~7% negatives; ~10% of stories republished on a host of
another family (gold ``cluster``). Gold ``agency`` only when the page credits one; ``section`` is the
most specific trail item the page shows (visibly, or in its meta / JSON-LD), else null;
``published_iso`` the local (Tehran) day, ``published_time`` the instant with its zoneinfo offset.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from dataclasses import dataclass, field

import jdatetime

import site_families_h
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
    COMMENTS,
    FIRST,
    GMONTHS,
    HMONTHS,
    JMONTHS,
    LAST,
    TEHRAN,
    WEEKDAYS,
    dg,
    group,
    hijri,
    load_stories,
    relative,
    rewrite_credits,
)

FAMILIES = ["province_network", "konkur_news", "game_review", "poetry_mag", "religious_occasion", "legal_qa",
            "housing_news", "radio_tv"]
DATASET_AGENCY = {"fars": "فارس", "varzesh3": "ورزش سه"}
HOSTS = {
    "province_network": [("azarkhabar.ir", "آذرخبر", "شبکه اطلاع‌رسانی آذربایجان شرقی"),
                         ("golestan-online.com", "گلستان آنلاین", "اخبار استان گلستان"),
                         ("khorasan-rooz.ir", "خراسان روز", "پایگاه خبری تحلیلی خراسان"),
                         ("sedayezagros.ir", "صدای زاگرس", "خبر لرستان، لحظه به لحظه")],
    "konkur_news": [("konkurnews.ir", "کنکورنیوز", "مرجع اخبار کنکور و دانشگاه"),
                    ("sanjesh-yar.com", "سنجش‌یار", "همراه داوطلبان"),
                    ("madreseh-online.ir", "مدرسه آنلاین", "اخبار آموزش و پرورش")],
    "game_review": [("gamekade.ir", "گیم‌کده", "دنیای بازی"),
                    ("gadgetnameh.com", "گجت‌نامه", "بررسی تخصصی موبایل و گجت"),
                    ("techbaz.ir", "تک‌باز", "نقد و بررسی بازی و سخت‌افزار"),
                    ("pixelmag.ir", "پیکسل", "مجله بازی‌های ویدئویی")],
    "poetry_mag": [("shereno-mag.ir", "شعر نو", "ماهنامه ادبیات"),
                   ("daftare-adabi.com", "دفتر ادبی", "مجله شعر و داستان"),
                   ("ghazalestan.ir", "غزلستان", "خانه شاعران")],
    "religious_occasion": [("monasebat-news.ir", "مناسبت نیوز", "پایگاه خبری مناسبت‌ها"),
                           ("heyat-online.ir", "هیئت آنلاین", "رسانه عزاداری و مداحی"),
                           ("ravaghnews.com", "رواق", "اخبار حرم‌ها و زیارت"),
                           ("marefat-rooz.ir", "معرفت روز", "دین و اندیشه")],
    "legal_qa": [("vakilyab.ir", "وکیل‌یاب", "پرسش و پاسخ حقوقی رایگان"),
                 ("hoghoogh-porsesh.com", "حقوق پرسش", "مشاوره حقوقی آنلاین"),
                 ("dadkhast.ir", "دادخواست", "راهنمای دعاوی و قراردادها")],
    "housing_news": [("maskan-news.ir", "مسکن نیوز", "اخبار بازار مسکن و ساختمان"),
                     ("amlakrooz.com", "املاک روز", "قیمت روز مسکن"),
                     ("sakhtemanpress.ir", "ساختمان پرس", "رسانه صنعت ساختمان"),
                     ("ejareh-online.ir", "اجاره آنلاین", "بازار اجاره و رهن")],
    "radio_tv": [("seda-sima-news.ir", "رسانه صدا", "اخبار رادیو و تلویزیون"),
                 ("tvguide-fa.com", "راهنمای تلویزیون", "جدول پخش شبکه‌ها"),
                 ("radionameh.ir", "رادیونامه", "هر آنچه از رادیو می‌خواهید")],
}
#: sections: a trail under the home label; the most specific item is the gold section
SECTIONS = {
    "province_network": [("اجتماعی",), ("اقتصادی",), ("شهرستان‌ها", "مراغه"), ("شهرستان‌ها", "مرند"),
                         ("ورزش استان",), ("حوادث",), ("فرهنگ و هنر",), ("شهرستان‌ها", "میانه")],
    "konkur_news": [("کنکور سراسری",), ("دانشگاه", "دانشگاه آزاد"), ("آموزش و پرورش",), ("انتخاب رشته",),
                    ("کارشناسی ارشد",), ("مدارس", "مدارس سمپاد")],
    "game_review": [("بازی", "نقد بازی"), ("موبایل", "بررسی گوشی"), ("سخت‌افزار",), ("اخبار بازی",), ("لپ‌تاپ",),
                    ("کنسول",)],
    "poetry_mag": [("شعر", "شعر معاصر"), ("داستان",), ("نقد ادبی",), ("کتاب", "معرفی کتاب"), ("یادداشت",)],
    "religious_occasion": [("مناسبت‌ها",), ("معارف",), ("احکام",), ("زیارت", "عتبات"), ("هیئت و مداحی",)],
    "legal_qa": [("حقوق خانواده",), ("ملکی و ثبتی",), ("کیفری",), ("قراردادها",), ("کار و بیمه",)],
    "housing_news": [("بازار مسکن",), ("اجاره‌بها",), ("وام مسکن",), ("ساخت و ساز",), ("مسکن", "مسکن ملی")],
    "radio_tv": [("تلویزیون", "سریال"), ("رادیو",), ("مستند",), ("برنامه‌های ورزشی",), ("تلویزیون", "سینمایی")],
}
EXTRA_MENU = {
    "province_network": ["استانداری", "آب و هوا", "نیازمندی‌ها", "ویدئو", "عکس", "مرکز"],
    "konkur_news": ["تخمین رتبه", "مشاوره", "دانلود سوالات", "نتایج", "جزوه"],
    "game_review": ["ویدئو", "مقایسه", "راهنمای خرید", "پادکست", "تخفیف‌ها"],
    "poetry_mag": ["شاعران", "آرشیو شماره‌ها", "درباره مجله", "ارسال اثر", "فراخوان"],
    "religious_occasion": ["اوقات شرعی", "ادعیه", "تقویم", "صوت", "گالری"],
    "legal_qa": ["پرسش جدید", "وکلا", "فرم‌ها", "قوانین", "تعرفه"],
    "housing_news": ["قیمت روز", "ثبت آگهی", "ماشین‌حساب وام", "پیش‌فروش", "کارشناسی"],
    "radio_tv": ["جدول پخش", "پخش زنده", "آرشیو", "شبکه‌ها", "مجریان"],
}
PROVINCE_TOWNS = {"azarkhabar.ir": ["مراغه", "مرند", "میانه", "تبریز"],
                  "golestan-online.com": ["گنبد کاووس", "علی‌آباد کتول", "کردکوی", "گرگان"],
                  "khorasan-rooz.ir": ["نیشابور", "سبزوار", "تربت حیدریه", "مشهد"],
                  "sedayezagros.ir": ["بروجرد", "دورود", "الیگودرز", "خرم‌آباد"]}
AFTER = {
    "province_network": ["اخبار استان را در کانال تلگرام ما دنبال کنید", "ارسال خبر برای ما",
                         "برای دریافت اخبار شهرستان خود عضو شوید", "آگهی‌های استان"],
    "konkur_news": ["دانلود اپلیکیشن کنکورنامه از بازار", "مشاوره تلفنی رایگان با رتبه‌های برتر",
                    "ثبت‌نام آزمون آزمایشی", "عضویت در خبرنامه کنکور"],
    "game_review": ["نظر شما درباره این محصول چیست؟", "خرید از فروشگاه‌های معتبر", "ما را در آپارات دنبال کنید",
                    "راهنمای خرید گوشی را هم بخوانید"],
    "poetry_mag": ["آثار خود را برای ما بفرستید", "اشتراک نسخه چاپی مجله", "این شعر را با دوستانتان به اشتراک بگذارید",
                   "همه شماره‌ها در آرشیو مجله"],
    "religious_occasion": ["التماس دعا", "نرم‌افزار مفاتیح همراه را نصب کنید", "زمان دقیق اذان شهر خود را ببینید",
                           "ارسال عکس هیئت"],
    "legal_qa": ["سوال حقوقی خود را رایگان بپرسید", "مشاوره تلفنی با وکیل پایه یک",
                 "این پاسخ جایگزین مشاوره حضوری نیست", "ثبت دادخواست آنلاین"],
    "housing_news": ["ثبت رایگان آگهی ملک", "قیمت روز مسکن در محله شما", "مشاوره خرید و فروش ملک",
                     "اپلیکیشن املاک را دانلود کنید"],
    "radio_tv": ["تماشای زنده شبکه‌ها", "جدول کامل پخش امروز", "نظرسنجی: بهترین سریال هفته",
                 "رادیو را آنلاین بشنوید"],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ی", "**", "▪️", "انتهای مطلب", "#"]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " ← ", " :: "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "گروه:", "موضوع:"]
CREDITS = ["منبع: {a}", "به نقل از {a}", "برگرفته از {a}", "منبع خبر: {a}", "{a} | لینک منبع", "خبر از: {a}"]
#: verses for the poetry magazine (two hemistichs each); printed as body lines of its stories
VERSES = [("الا یا ایها الساقی ادر کاسا و ناولها", "که عشق آسان نمود اول ولی افتاد مشکل‌ها"),
          ("بنی آدم اعضای یکدیگرند", "که در آفرینش ز یک گوهرند"),
          ("توانا بود هر که دانا بود", "ز دانش دل پیر برنا بود"),
          ("بشنو این نی چون شکایت می‌کند", "از جدایی‌ها حکایت می‌کند"),
          ("یوسف گم گشته باز آید به کنعان غم مخور", "کلبه احزان شود روزی گلستان غم مخور"),
          ("هرگز نمیرد آن که دلش زنده شد به عشق", "ثبت است بر جریده عالم دوام ما"),
          ("مرده بدم زنده شدم گریه بدم خنده شدم", "دولت عشق آمد و من دولت پاینده شدم"),
          ("ز گهواره تا گور دانش بجوی", "چنین گفت پیغمبر راستگوی"),
          ("دوش دیدم که ملائک در میخانه زدند", "گل آدم بسرشتند و به پیمانه زدند"),
          ("چه فرخنده روزی است امروز", "که سبز است سرو و پیروز است نوروز"),
          ("صدای پای آب می‌آید", "و من در این غروب دلتنگم"),
          ("به کجا چنین شتابان", "گون از نسیم پرسید"),
          ("زندگی صحنه یکتای هنرمندی ماست", "هر کسی نغمه خود خواند و از صحنه رود")]


def _verse_lines() -> set[str]:
    return {m for v in VERSES for m in v}


@dataclass
class Host:
    family: str
    domain: str
    name: str
    tagline: str
    menu: list[str]
    sections: list[tuple[str, ...]]
    s: dict = field(default_factory=dict)


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-j-host:{seed}:{domain}")
    pool = SECTIONS[family]
    extra = EXTRA_MENU[family]
    if family == "province_network":  # the province's own towns under «شهرستان‌ها», its centre in the menu
        towns = PROVINCE_TOWNS[domain]
        pool = [x if x[0] != "شهرستان‌ها" else (x[0], towns[k % 3]) for k, x in enumerate(pool)]
        extra = [x if x != "مرکز" else towns[3] for x in extra]
    secs = r.sample(pool, min(len(pool), r.choice([3, 4, 5])))
    menu = list(dict.fromkeys(x[0] for x in secs)) + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {}
    s["html_p"] = [0.05, 0.2, 0.5, 0.25][idx]
    s["digits"] = pick(r, ["fa", "fa", "fa", "ar", "en"])
    styles = {"game_review": ["iso", "greg_fa", "dot", "num"],
              "religious_occasion": ["hij_jal", "jal_hij", "wd_long", "hij_jal"],
              "poetry_mag": ["words", "long", "mon_year", "words"],
              "radio_tv": ["saat_first", "num", "wd_long"]}.get(
        family, ["num", "saat_first", "wd_long", "long", "dot", "time_num"])
    s["date"] = styles[idx % len(styles)] if r.random() < 0.8 else pick(r, styles)
    s["time"] = r.random() < 0.75 and s["date"] not in ("mon_year",)
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "منتشر شده:", "🕒", "زمان:", "تاریخ خبر:"])
    s["rel"] = pick(r, [None, None, None, "beside", "line"])
    s["byline"] = pick(r, [None, "pipe", "pipe3", "by", "slash"])
    s["sec"] = pick(r, ["crumb", "crumb", "crumb", "label", "byline", "bare", "meta_only", "none"])
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_title"] = r.random() < 0.35
    s["crumb_lines"] = r.random() < 0.3  # the trail flattened one item per line
    s["sec_label"] = pick(r, SEC_LABELS)
    s["lead_p"] = pick(r, [0.0, 0.4, 0.8, 0.95])
    s["lead_label"] = pick(r, [None, None, "خلاصه:", "چکیده:", "لید:"])
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    s["credit"] = pick(r, CREDITS)
    s["credit_top"] = r.random() < 0.25
    s["end"] = pick(r, END_MARKS + [None, None])
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.5))
    s["menu_joined"] = pick(r, [" | ", " • ", " - ", "   ", None, None])
    s["today"] = r.random() < 0.55 or family == "religious_occasion"
    s["ticker"] = pick(r, [None, "آخرین اخبار:", "🔴 فوری:", "تازه‌ها:", None])
    s["code"] = pick(r, [None, "کد خبر: {n}", "شناسه مطلب: {n}", "کد مطلب: {n}", None])
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁️ {n}", "تعداد بازدید: {n}"])
    s["comments"] = pick(r, [None, "دیدگاه‌ها ({n})", "{n} نظر", "نظرات کاربران", "ارسال دیدگاه"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "برچسب‌ها", "کلیدواژه‌ها: {t}", "#", "تگ‌ها"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری در: تلگرام | واتس‌اپ | ایتا | بله", "lines", "ارسال به دوستان"])
    s["font"] = pick(r, [None, "اندازه متن: A+ A-", "کوچک | متوسط | بزرگ", "چاپ | ذخیره | اندازه قلم"])
    s["audio"] = pick(r, [None, None, "🎧 شنیدن این خبر", "نسخه صوتی خبر 00:00 / {m}"])
    s["shortlink"] = pick(r, [None, "لینک کوتاه: https://{d}/x{k}", "لینک کوتاه", None])
    s["prevnext"] = pick(r, [None, "label", "arrows", "lines"])
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "مطالب پیشنهادی", None])
    s["popular"] = pick(r, ["پربازدیدترین‌ها", "پربازدیدترین اخبار", "داغ‌ترین‌ها", None])
    s["numbered"] = r.random() < 0.5
    s["side_pos"] = pick(r, ["head", "body", "end", "end"])  # where a flattened sidebar lands in text
    s["author_box"] = pick(r, [None, None, "box", "line"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["bio"] = pick(r, ["دانش‌آموخته حقوق از دانشگاه تهران", "روزنامه‌نگار و عضو تحریریه",
                        "نویسنده و منتقد، متولد ۱۳۶۰", "کارشناس ارشد شهرسازی", "علاقه‌مند به بازی‌های نقش‌آفرینی"])
    s["footer"] = [pick(r, [f"© {dg(pick(r, ['1402', '1403', '2024']), s['digits'])} {name}. تمامی حقوق محفوظ است.",
                            "کلیه حقوق مادی و معنوی این سایت محفوظ است.",
                            f"نقل مطالب {name} فقط با ذکر منبع و لینک مجاز است."]),
                   pick(r, ["درباره ما | ارتباط با ما | تبلیغات | قوانین", "تماس با ما • همکاری با ما • حریم خصوصی",
                            f"میزبانی: {pick(r, ['ابر آروان', 'پارس‌پک', 'ایران‌سرور'])}",
                            "دارای مجوز از وزارت فرهنگ و ارشاد اسلامی"])]
    s["app"] = pick(r, [None, f"دانلود اپلیکیشن {name} | بازار | مایکت", "اپ ما را نصب کنید", None])
    s["text_sep"] = pick(r, ["\n", "\n", "\n\n", "mixed"])
    s["title_top"] = r.random() < 0.25
    s["shape"] = pick(r, ["semantic", "bootstrap", "wp", "divsoup"]) if not (idx == 2 and family == "poetry_mag") \
        else "table"
    s["meta"] = r.random() < 0.6
    s["jsonld"] = r.random() < 0.5
    s["time_tag"] = r.random() < 0.5
    s["zwnj_entity"] = r.random() < 0.4
    s["cls"] = ["".join(pick(r, "abcdefghkmnprstuvwxz") for _ in range(r.randint(2, 6))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["title_tag"] = pick(r, ["h1", "h1", "h2", "h3"])
    s["brand"] = pick(r, ["one", "two", "name"])
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- dates

def fmt_date(t: dt.datetime, style: str, digits: str, time: bool = True) -> str:
    j = jdatetime.date.fromgregorian(date=t.date())
    wd = WEEKDAYS[t.weekday()]
    hm = f"{t.hour:02d}:{t.minute:02d}"
    jm = JMONTHS[j.month - 1]
    if style == "num":
        s = f"{j.year}/{j.month:02d}/{j.day:02d}" + (f" - {hm}" if time else "")
    elif style == "time_num":
        s = (f"{hm} | " if time else "") + f"{j.year}/{j.month}/{j.day}"
    elif style == "dot":
        s = f"{j.year}.{j.month:02d}.{j.day:02d}" + (f" {hm}" if time else "")
    elif style == "saat_first":
        s = (f"ساعت {hm} - " if time else "") + f"{j.day} {jm} {j.year}"
    elif style == "wd_long":
        s = f"{wd}، {j.day} {jm} {j.year}" + (f"، {hm}" if time else "")
    elif style == "long":
        s = f"{j.day} {jm} {j.year}" + (f" در {hm}" if time else "")
    elif style == "mon_year":
        s = f"{jm} {j.day}، {j.year}"
    elif style == "words":
        from site_families_h import ORDINALS
        s = f"{wd} {ORDINALS[j.day - 1]} {jm} ماه {j.year}" + (f" ساعت {hm}" if time else "")
    elif style == "iso":
        return f"{t.year}-{t.month:02d}-{t.day:02d}" + (f" {hm}" if time else "")
    elif style == "greg_fa":
        s = f"{t.day} {GMONTHS[t.month - 1]} {t.year}" + (f" - {hm}" if time else "")
    elif style in ("hij_jal", "jal_hij"):
        hy, hmn, hd = hijri(t.date())
        hs, js = f"{hd} {HMONTHS[hmn - 1]} {hy}", f"{j.day} {jm} {j.year}"
        s = (f"{wd} {hs} | {js}" if style == "hij_jal" else f"{js} / {hs}") + (f" | {hm}" if time else "")
    else:
        raise ValueError(style)
    return dg(s, digits)


def today_line(h: Host, t: dt.datetime) -> str:
    d = h.s["digits"]
    j = jdatetime.date.fromgregorian(date=t.date())
    js = f"{WEEKDAYS[t.weekday()]} {j.day} {JMONTHS[j.month - 1]} {j.year}"
    if h.family == "religious_occasion":
        hy, hm, hd = hijri(t.date())
        return dg(f"امروز: {js} - {hd} {HMONTHS[hm - 1]} {hy} - {t.day} {GMONTHS[t.month - 1]} {t.year}", d)
    if h.s["date"] in ("iso", "greg_fa"):
        return dg(f"{t.day} {GMONTHS[t.month - 1]} {t.year}", d)
    return dg(("امروز " if stable(h.domain, "t") % 2 else "") + js, d)


# ---------------------------------------------------------------------------------------------- widgets

CITIES = ["تبریز", "مراغه", "مرند", "گرگان", "گنبد", "مشهد", "نیشابور", "خرم‌آباد", "بروجرد"]


def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s, d = h.s, h.s["digits"]
    if s["brand"] == "one":
        pg.add("top", "c", f"{h.name} - {h.tagline}")
    else:
        pg.add("top", "c", h.name)
        pg.add("top", "c", h.tagline if s["brand"] == "two" else None)
    if s["today"]:
        pg.add("top", "c", today_line(h, today))
    if h.family == "province_network":
        town = pick(r, PROVINCE_TOWNS[h.domain])
        pg.add("top", "c", dg(f"{town} {r.randint(-5, 38)}° {pick(r, ['آفتابی', 'ابری', 'بارانی'])}", d))
    if h.family == "religious_occasion" and stable(h.domain, "p") % 2:
        pg.add("top", "c", dg(f"اذان ظهر به افق تهران: ۱۲:{r.randint(0, 40):02d}", d))
    if h.family == "housing_news" and stable(h.domain, "u") % 2:
        pg.add("top", "c", dg(f"دلار: {r.randint(28, 60)},{r.randint(100, 999)} تومان | سکه: {r.randint(12, 40)},"
                              f"{r.randint(100, 999)},000", d))
    pg.add("top", "c", pick(r, ["ورود / ثبت نام", "جستجو", "🔍 جستجو در سایت"]) if stable(h.domain, 1) % 2 else None)
    items = [s["home"] or h.name] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)
    if s["ticker"] and others:
        if stable(h.domain, "k") % 2:
            pg.add("nav", "c", f"{s['ticker']} {others[0]}")
        else:
            pg.add("nav", "c", s["ticker"])
            for t in others[:3]:
                pg.add("nav", "c", t)


def family_pre(h: Host, r: random.Random, pub: dt.datetime) -> list[str]:
    f, d = h.family, h.s["digits"]
    if f == "konkur_news":
        out = [dg(f"⏳ {r.randint(10, 300)} روز تا کنکور {jdatetime.date.fromgregorian(date=pub.date()).year + 1}", d)]
        if stable(h.domain, "c") % 2:
            out.append(dg(f"مشاوره تلفنی کنکور: 9099{r.randint(100000, 999999)}", d))
        return out
    if f == "game_review":
        if stable(h.domain, "g") % 2:
            chip = pick(r, ["Snapdragon 8 Gen 2", "Dimensity 9200", "Apple A16", "Exynos 2200"])
            return ["مشخصات فنی", f"پردازنده: {chip}", dg(f"نمایشگر: {r.randint(60, 69) / 10} اینچ AMOLED", d),
                    dg(f"باتری: {r.randint(40, 60)}00 میلی‌آمپر", d),
                    dg(f"حافظه: {pick(r, ['128', '256', '512'])} گیگابایت", d)]
        return [f"پلتفرم: {pick(r, ['PC', 'PS5', 'Xbox Series X', 'Nintendo Switch'])}",
                f"سازنده: {pick(r, ['Ubisoft', 'EA', 'FromSoftware', 'Rockstar'])}",
                f"سبک: {pick(r, ['اکشن', 'ماجرایی', 'نقش‌آفرینی', 'ورزشی'])}"]
    if f == "radio_tv":
        days = pick(r, ["شنبه تا چهارشنبه", "هر شب", "جمعه‌ها"])
        return [dg(f"زمان پخش: {days} ساعت {r.randint(18, 23)}:{pick(r, ['00', '30'])}"
                   f" از {pick(r, ['شبکه یک', 'شبکه سه', 'شبکه نسیم', 'رادیو جوان', 'شبکه نمایش'])}", d),
                dg(f"تکرار: {r.randint(8, 14)}:00", d)] if stable(h.domain, "r") % 3 else \
            [pick(r, ["پخش زنده", "▶ پخش", "آرشیو قسمت‌ها"])]
    if f == "legal_qa":
        return [dg(f"پاسخ‌دهنده: {pick(r, h.s['authors'])}، وکیل پایه یک دادگستری", d),
                dg(f"{r.randint(1, 40)} پاسخ | {r.randint(100, 9000)} بازدید", d)]
    if f == "poetry_mag" and stable(h.domain, "m") % 2:
        return [dg(f"شماره {r.randint(20, 180)} | {pick(r, JMONTHS)} ماه", d)]
    return []


def family_post(h: Host, r: random.Random, pub: dt.datetime, others: list[str]) -> list[tuple[str, str]]:
    """(region, line) after the story: score boxes, price tables, schedules, similar questions."""
    f, d = h.family, h.s["digits"]
    out: list[tuple[str, str]] = []
    if f == "game_review":
        out += [("post", dg(f"امتیاز {h.name}: {r.randint(50, 98) / 10} از ۱۰", d)), ("post", "نقاط قوت")]
        out += [("post", f"+ {x}") for x in r.sample(["گرافیک چشم‌نواز", "شارژدهی عالی", "داستان گیرا",
                                                      "قیمت مناسب", "صفحه‌نمایش روشن"], 2)]
        out += [("post", "نقاط ضعف")] + [("post", f"- {x}") for x in r.sample(
            ["باگ‌های فنی", "گرمای بیش از حد", "قیمت بالا", "مراحل تکراری", "نبود شارژر در جعبه"], 2)]
        out.append(("post", dg(f"قیمت: از {r.randint(8, 90)} میلیون تومان", d)))
        if stable(h.domain, "s") % 2:
            out.append(("post", pick(r, ["منبع: GSMArena", "منبع: IGN", "منبع: The Verge"])))
    elif f == "housing_news":
        out.append(("side", pick(r, ["قیمت هر متر مربع آپارتمان در تهران (میلیون تومان)", "جدول قیمت روز مسکن"])))
        for z in r.sample(range(1, 23), 5):
            out.append(("side", dg(f"منطقه {z} | {r.randint(40, 250)}.{r.randint(0, 9)} | {pick(r, ['▲', '▼'])} "
                                   f"{r.randint(1, 9)}٪", d)))
        out.append(("side", dg(f"سقف وام مسکن: {r.randint(4, 16) * 100} میلیون تومان", d)))
    elif f == "radio_tv":
        out.append(("side", "جدول پخش امروز"))
        for hh, prog in zip(sorted(r.sample(range(6, 24), 4)), r.sample(
                ["اخبار سراسری", "خندوانه", "نود", "ماه عسل", "کودک", "سریال شبانه", "مستند حیات وحش",
                 "ورزش از نگاه دو"], 4)):
            out.append(("side", dg(f"{hh:02d}:{pick(r, ['00', '30'])} {prog}", d)))
    elif f == "religious_occasion":
        out.append(("side", "مناسبت‌های امروز"))
        for x in r.sample(["ولادت حضرت علی اکبر (ع)", "روز جوان", "شهادت امام سجاد (ع)", "روز ملی خلیج فارس",
                           "عید سعید غدیر خم", "آغاز دهه کرامت"], 2):
            out.append(("side", x))
        out.append(("side", dg(f"اذان صبح {r.randint(4, 5)}:{r.randint(10, 59)} | طلوع آفتاب {r.randint(5, 6)}:"
                               f"{r.randint(10, 59)} | اذان مغرب {r.randint(17, 20)}:{r.randint(10, 59)}", d)))
    elif f == "legal_qa":
        out.append(("post", dg(f"آیا این پاسخ مفید بود؟ بله ({r.randint(0, 90)}) خیر ({r.randint(0, 20)})", d)))
        out.append(("related", "سوالات مشابه"))
        for t in others[:3]:
            out.append(("related", f"{t}؟" if stable(h.domain, "q") % 2 else t))
    elif f == "konkur_news":
        out.append(("side", "تقویم مهم کنکور"))
        base = pub + dt.timedelta(days=r.randint(10, 90))
        for what in ("ثبت‌نام", "ویرایش اطلاعات", "توزیع کارت"):
            base += dt.timedelta(days=r.randint(5, 20))
            out.append(("side", f"{what}: " + fmt_date(base, "long", d, False)))
    elif f == "poetry_mag":
        if stable(h.domain, "b") % 2:
            book = pick(r, ["هشت کتاب", "کوچه‌باغ‌های نشابور", "دفتر شعر نو", "آینه‌ها"])
            out.append(("post", f"برگرفته از کتاب «{book}»"))
    elif f == "province_network":
        out.append(("side", "پربحث‌ترین‌ها"))
        for t in others[4:7]:
            out.append(("side", t))
    return out


def in_body(h: Host, r: random.Random, i: int, n: int, others: list[str]) -> str | None:
    if i >= n - 1 or not others:
        return None
    if h.family in ("province_network", "housing_news") and r.random() < 0.15:
        return pick(r, ["بیشتر بخوانید: ", "بخوانید: ", "📌 مرتبط: "]) + pick(r, others)
    if h.family == "game_review" and r.random() < 0.12:
        return pick(r, ["تصویر: منتشر شده توسط سازنده", "ویدئو: تریلر رسمی", "(تصویر از گیم‌پلی بازی)"])
    if h.family == "radio_tv" and r.random() < 0.1:
        return pick(r, ["▶ تماشای این قسمت", "تیزر برنامه را ببینید"])
    return None


# ---------------------------------------------------------------------------------------------- stories

def story_paragraphs(r: random.Random, st: dict, family: str) -> list[str]:
    sents = st["sents"]
    k = min(len(sents), 14, max(2, round(r.triangular(2, 14, 5))))
    paras = group(r, sents, k)
    if family == "poetry_mag" and len(paras) >= 2:
        at = r.randint(1, len(paras) - 1)
        verses = [m for v in r.sample(VERSES, r.randint(1, 3)) for m in v]
        paras = paras[:at] + verses + paras[at:]
    return paras


END_LINE = re.compile("انتهای[\\s\u200c]*پیام")
#: «ورزش سه» as the corpus sometimes spells it, with a ZWNJ beside or instead of the space
SPLIT_NAME = re.compile("ورزش[\\s\u200c]+سه")


def credited_agency(texts: list[str]) -> str | None:
    """H's :func:`site_families_h.credited_agency`, blind to ZWNJs inside a name («ورزش\u200c سه»)."""
    return site_families_h.credited_agency([x.replace("\u200c", " ") for x in texts])


def host_story(h: Host, paras: list[str], lead: str | None, dataset: str) -> tuple[list[str], str | None, str | None]:
    mode = h.s["agency"]
    own = credited_agency(([lead] if lead else []) + paras)
    if mode == "keep":
        return paras, lead, own
    own = own or DATASET_AGENCY[dataset]
    paras = [rewrite_credits(h, SPLIT_NAME.sub("ورزش سه", p)) for p in paras]  # type: ignore[arg-type]
    lead = rewrite_credits(h, SPLIT_NAME.sub("ورزش سه", lead)) if lead else None  # type: ignore[arg-type]
    if mode == "none":
        return paras, lead, None
    return paras, lead, own if mode == "credit" else pick(random.Random(stable(h.domain, paras[-1][:40])),
                                                         ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"])


def credit_line(h: Host, agency: str) -> str:
    names = AGENCIES[agency]
    return h.s["credit"].format(a=names[stable(h.domain, agency) % len(names)])


def section_for(h: Host, st: dict) -> tuple[str, ...]:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 600), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 20))
    pg = Page()
    header(pg, h, r, crawl, others)
    trail = None if s["sec"] == "none" or r.random() < 0.06 else section_for(h, st)
    mode = s["sec"]
    if mode == "meta_only" and fmt != "html":
        trail = None
    title = st["title"]
    if s["title_top"]:
        pg.add("top", "c", f"{title} | {h.name}")
    side: list[str] = []
    if s["popular"]:
        side.append(s["popular"])
        for k, t in enumerate(others[:4]):
            side.append(dg(f"{k + 1}. ", d) + t if s["numbered"] else t)
    if s["side_pos"] == "head":
        for x in side:
            pg.add("side", "c", x)
    if trail and mode == "crumb":
        items = [s["home"] or h.name, *trail] + ([title] if s["crumb_title"] else [])
        if s["crumb_lines"]:
            for x in items:
                pg.add("crumb", "c", x)
        else:
            pg.add("crumb", "c", s["sep"].join(items))
    elif trail and mode == "bare":
        pg.add("crumb", "c", trail[-1])
    date = fmt_date(pub, s["date"], d, s["time"])
    if s["date_label"] and s["byline"] is None:
        date = f"{s['date_label']} {date}"
    if s["rel"] == "beside":
        date = f"{date} ({relative(r, d)})"
    author = pick(r, s["authors"])
    ncom = r.randint(0, 15)
    pg.add("head", "title", title)
    if trail and mode == "label":
        pg.add("head", "c", f"{s['sec_label']} {trail[-1]}")
    byl = s["byline"]
    if byl == "pipe":
        pg.add("head", "date", f"{author} | {date}")
    elif byl == "pipe3":
        pg.add("head", "date", f"{author} | {date} | " + dg(f"{ncom} دیدگاه", d))
    elif byl == "by":
        pg.add("head", "date", f"توسط {author} · {date}")
    elif byl == "slash":
        pg.add("head", "date", f"{date} / {author}")
    else:
        pg.add("head", "date", date)
    if trail and mode == "byline":
        pg.add("head", "c", f"{pick(r, ['در دسته', 'منتشر شده در', 'دسته:'])} {trail[-1]}")
    if s["rel"] == "line":
        pg.add("head", "c", relative(r, d))
    if stable(h.domain, "upd") % 3 == 0:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + fmt_date(upd, s["date"], d, s["time"]))
    if s["code"]:
        pg.add("head", "c", dg(s["code"].format(n=r.randint(10000, 999999)), d))
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=r.randint(20, 50000)), d))
    if s["font"]:
        pg.add("head", "c", s["font"])
    if s["audio"]:
        pg.add("head", "c", dg(s["audio"].format(m=f"0{r.randint(1, 6)}:{r.randint(10, 59)}"), d))
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    if lead and s["lead_label"]:
        pg.add("head", "c", s["lead_label"])
    pg.add("head", "lead", lead)
    for x in family_pre(h, r, pub):
        pg.add("pre", "c", x)
    verses = _verse_lines()
    half = len(paras) // 2
    for i, p in enumerate(paras):
        pg.add("body", "body", p)
        pg.add("body", "c", in_body(h, r, i, len(paras), others) if p not in verses else None)
        if s["side_pos"] == "body" and i == half - 1 and fmt == "txt" and len(paras) > 3:
            for x in side:
                pg.add("side", "c", x)
    pg.add("post", "c", s["end"])
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    if s["author_box"] == "box":
        pg.add("post", "c", pick(r, ["درباره نویسنده", "نویسنده"]))
        pg.add("post", "c", author)
        pg.add("post", "c", s["bio"])
    elif s["author_box"] == "line" and byl is None:
        pg.add("post", "c", f"نویسنده: {author}")
    extra = family_post(h, r, pub, others)
    for region, x in extra:
        if region == "post":
            pg.add("post", "c", x)
    tags = st["tags"] or ["ایران"]
    if s["tags"] == "#":
        pg.add("post", "c", " ".join("#" + t.replace(" ", "_") for t in tags))
    elif s["tags"] in ("برچسب‌ها", "تگ‌ها"):
        pg.add("post", "c", s["tags"])
        for t in tags:
            pg.add("post", "c", t)
    elif s["tags"]:
        pg.add("post", "c", s["tags"].format(t="، ".join(tags)))
    if s["shortlink"]:
        pg.add("post", "c", s["shortlink"].format(d=h.domain, k=r.getrandbits(20)))
    if s["share"] == "lines":
        for x in ("اشتراک‌گذاری", "تلگرام", "واتس‌اپ", "ایتا", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"])
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["prevnext"] and len(others) >= 6:
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        elif s["prevnext"] == "arrows":
            pg.add("post", "c", f"→ {a}")
            pg.add("post", "c", f"{b} ←")
        else:
            for x in ("مطلب قبلی", a, "مطلب بعدی", b):
                pg.add("post", "c", x)
    if s["related"] and len(others) > 5:
        pg.add("related", "c", s["related"])
        for t in others[5: 5 + r.randint(3, 5)]:
            pg.add("related", "c", t)
    for region, x in extra:
        if region != "post":
            pg.add(region, "c", x)
    if s["side_pos"] in ("end",) or (s["side_pos"] == "body" and (fmt == "html" or len(paras) <= 3)):
        for x in side:
            pg.add("side", "c", x)
    if s["comments"]:
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, r.randint(0, 3))):
            when = pub + dt.timedelta(days=r.randint(0, 20), hours=r.randint(1, 20))
            pg.add("comments", "c", f"{pick(r, FIRST)} | " + fmt_date(when, "num", d))
            pg.add("comments", "c", pick(r, COMMENTS))
            pg.add("comments", "c", pick(r, ["پاسخ", "پاسخ دادن", "👍 ۳ 👎 ۰"]))
        pg.add("comments", "c", pick(r, ["دیدگاه شما پس از بررسی منتشر می‌شود", "ارسال نظر", "نام و ایمیل *"]))
    if s["app"]:
        pg.add("foot", "c", s["app"])
    for x in s["footer"]:
        pg.add("foot", "c", x)
    return pg, {"section": trail[-1] if trail else None, "trail": trail, "lead": lead, "upd": upd, "author": author}


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others[8:])
    d = h.s["digits"]
    if kind == "listing":
        sec = pick(r, h.sections)[-1]
        pg.add("head", "c", pick(r, [f"آرشیو {sec}", f"برچسب: {sec}", f"{h.s['sec_label']} {sec}", sec]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب »", fmt_date(
                crawl - dt.timedelta(days=r.randint(0, 90)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("صفحه ۱ از ۲۴ | بعدی", d) if r.random() < 0.5 else "بارگذاری بیشتر")
    elif kind == "chrome_only":
        lines = (["۴۰۴", "متاسفانه صفحه‌ای که دنبال آن بودید پیدا نشد.", "بازگشت به خانه"] if r.random() < 0.5 else
                 ["ارتباط با ما", f"نشانی: {pick(r, CITIES)}، بلوار {pick(r, ['امام', 'آزادی', 'جمهوری'])}، ساختمان ۵",
                  dg(f"تلفن: 0{r.randint(11, 91)}-{r.randint(3000000, 9999999)}", d), f"پست الکترونیک: info@{h.domain}",
                  "نام", "موضوع", "متن پیام", "ارسال پیام"])
        for x in lines:
            pg.add("body", "c", dg(x, d))
    else:
        pg.add("head", "c", pick(r, ["در دست تعمیر", "بدون عنوان", "به‌زودی"]))
        pg.add("body", "c", pick(r, ["سایت در حال به‌روزرسانی است. لطفا بعدا مراجعه کنید.",
                                     "این مطلب حذف شده است.", "محتوایی برای نمایش وجود ندارد."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_text(h: Host, pg: Page) -> str:
    sep = h.s["text_sep"]
    out = []
    for region, ls in pg.regions:
        inner = "\n" if sep == "mixed" else sep
        if sep == "\n\n" and region in ("nav", "side", "related") and stable(h.domain, "n") % 2:
            inner = "\n"
        out.append(inner.join(t for _, t in ls))
    return ("\n\n" if sep != "\n" else "\n").join(out) + "\n"


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None) -> str:
    s, c = h.s, h.s["cls"]
    shape = s["shape"]
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    head = ['<meta charset="utf-8">', f"<title>{ttl} - {nm}</title>" if stable(h.domain, "tt") % 2
            else f"<title>{nm} | {ttl}</title>"]
    sec = gold["section"]
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{ttl}">')
        head.append(f'<meta property="og:site_name" content="{nm}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if sec:
            head.append(f'<meta property="article:section" content="{html.escape(sec)}">')
    if gold["kind"] == "article" and (s["jsonld"] or (s["sec"] == "meta_only" and sec and not s["meta"])):
        ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
               "author": {"@type": "Person", "name": meta["author"] if meta else None},
               "publisher": {"@type": "Organization", "name": h.name}}]
        if pub is not None:
            ld[0]["datePublished"] = pub.isoformat()
        if sec:
            ld[0]["articleSection"] = sec
            trail = [s["home"] or h.name, *meta["trail"]] if meta else []
            ld.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": k + 1, "name": x} for k, x in enumerate(trail)]})
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    generic = stable(h.domain, "cls") % 2  # some hosts keep readable class names
    names = {"body": "entry-content" if generic else c[1], "nav": "main-menu" if generic else c[4],
             "side": "sidebar widget" if generic else c[5], "related": "related-posts" if generic else c[6]}

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            return f'<{s["title_tag"]} class="{c[0]}">{_esc(h, t)}</{s["title_tag"]}>'
        if role == "body":
            return f"<p>{_esc(h, t)}</p>" if shape != "divsoup" else f"<div>{_esc(h, t)}</div>"
        if role == "lead":
            return f'<p class="{c[2]}"><strong>{_esc(h, t)}</strong></p>'
        if role == "date" and s["time_tag"] and pub is not None:
            return f'<div class="{c[3]}"><time datetime="{pub.isoformat()}">{_esc(h, t)}</time></div>'
        if region == "nav" and s["menu_joined"] and s["menu_joined"] in t:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/c/{stable(x) % 97}">{_esc(h, x)}</a>' for x in t.split(s["menu_joined"])) + "</div>"
        if region in ("nav", "related", "side"):
            return f'<li><a href="/p/{stable(t) % 99991}">{_esc(h, t)}</a></li>'
        if region == "crumb":
            return f'<div class="breadcrumb">{_esc(h, t)}</div>'
        return f'<div class="{pick(r, c[7:])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        inner = "\n".join(line(ro, t, region) for ro, t in ls)
        if region in ("related", "side") or (region == "nav" and not s["menu_joined"]):
            inner = f"<ul>{inner}</ul>"
        cls = names.get(region, region if generic else c[8])
        if shape == "semantic":
            tag = {"top": "header", "nav": "nav", "related": "aside", "side": "aside", "foot": "footer",
                   "comments": "section"}.get(region, "div")
            return f'<{tag} class="{cls}">\n{inner}\n</{tag}>'
        return f'<div class="{cls}">\n{inner}\n</div>'

    blocks = [(g, block(g, ls)) for g, ls in pg.regions]
    story = {"crumb", "head", "pre", "body", "post"}
    top = "\n".join(b for g, b in blocks if g in ("top", "nav"))
    art = "\n".join(b for g, b in blocks if g in story)
    side = "\n".join(b for g, b in blocks if g in ("side", "related"))
    rest = "\n".join(b for g, b in blocks if g in ("comments",))
    foot = "\n".join(b for g, b in blocks if g == "foot")
    if shape == "semantic":
        body = f"{top}\n<main><article>\n{art}\n</article>\n{rest}\n{side}\n</main>\n{foot}"
    elif shape == "bootstrap":
        body = (f'<div class="container">{top}<div class="row"><div class="col-md-8">\n{art}\n{rest}\n</div>'
                f'<div class="col-md-4">\n{side}\n</div></div></div>\n{foot}')
    elif shape == "wp":
        body = (f'<div id="page">{top}<div class="site-content"><article class="post type-post">\n{art}\n</article>'
                f'\n{rest}\n<div id="secondary">{side}</div></div>{foot}</div>')
    elif shape == "table":
        body = (f'{top}<table width="100%"><tr><td valign="top">{side}</td><td valign="top">\n{art}\n{rest}\n'
                f"</td></tr></table>{foot}")
    else:
        body = f'<div id="{c[9]}">' + "\n".join(b for _, b in blocks) + "</div>"
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + body + "\n<script>window.dataLayer=[];</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2011, 9, 1) + dt.timedelta(days=r.randrange(4700))
    hour = r.choice([0, 0, 1, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 71, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    stories = []
    for st in load_stories():  # without the corpus's own end markers («انتهای‌پیام/86012/م20»)
        sents = [x for x in st["sents"] if not END_LINE.match(x)]
        if len(sents) >= 2:
            stories.append({**st, "sents": sents})
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="j", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=stories, negative_p=0.075)
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-j:{seed}:page:{i}")
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        meta = None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 16))
            crawl = _pub_time(r) + dt.timedelta(days=300)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                paras = story_paragraphs(r, st, p["family"])
                pub = _pub_time(r)
                built[i] = (paras, pub)
                edits: list[str] = []
            else:
                paras, pub = built[p["copy_of"]]
                paras, pub, edits = republished(r, [x for x in paras if x not in _verse_lines()], pub, hours=40)
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            others = [t for t in r.sample(titles, min(len(titles), 14)) if t != st["title"]][:12]
            pg, meta = article_page(h, r, st, paras, agency, pub, others, lead, fmt)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": lead,
                    "surtitle": None, "body_paragraphs": paras, "agency": agency,
                    "published_iso": pub.date().isoformat(),
                    "published_jalali": jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d"),
                    "published_time": pub.isoformat() if h.s["time"] or (fmt == "html" and (
                        h.s["meta"] or h.s["jsonld"] or h.s["time_tag"])) else pub.date().isoformat(),
                    "cluster": None, "source": None, "source_key": st["key"], "edits": edits}
        text = render_html(h, pg, r, gold, meta, pub) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(pg.lines("c") + pg.lines("date"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-j", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"j{seed}")
