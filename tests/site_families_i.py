"""Family set I: eight more Persian site families, a fifth set written blind to the extractor.

    build(out_dir, n, seed=61, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators (helpers come from ``site_families_h``), from
what these kinds of Persian sites look like. The families:

- ``econ_daily``      an economic daily: currency / gold / coin price boxes with numbers that change on
                      every page, print-edition numbers («شماره ۵۶۷۸ | صفحه ۳»), a PDF banner
- ``afghan_news``     Afghan (Dari) news sites: solar months حمل … حوت, Kabul time (+04:30, «به وقت کابل»),
                      Afghan agencies credited («پژواک», «طلوع‌نیوز», «باختر») or none
- ``family_mag``      a family / women's magazine: a recipe-of-the-day card with ingredient lines, reading
                      time, a «was it useful?» poll, author boxes with a short bio
- ``amp_agency``      AMP versions of a national agency's news (amp-img, amp-sidebar, amp-social-share)
- ``live_sports``     a live sports blog: a scoreboard, minute markers between the updates, «زنده» badges
- ``press_review``    a press-review page: today's papers listed, a paper's name above each paragraph
- ``labour_news``     labour / union news with video embeds (aparat iframes, durations, download links)
- ``student_agency``  a student news agency: «کد خبر», «ساعت انتشار» apart from the date, reporter and
                      editor lines, print / send-to-friend widgets, short links, an audio player

DOM shapes (each host keeps one): WordPress jnews- and sahifa-like themes (entry-header, entry-content,
post-meta, related-posts, comments), Drupal (region-*, node__content, field--name-body), an ASP.NET agency
CMS (ctl00_ContentPlaceHolder1_* ids, <br><br> paragraphs, __VIEWSTATE), Next.js pages (a __NEXT_DATA__ JSON
blob carrying the story again, UTC ``publishedAt``; JSON-LD), AMP pages, Blogger (date-header above the
post, post-body with <br> paragraphs, blog-pager) and Joomla (item-page, article-info dl, pagenav).
About 60% HTML, 40% flat text. Each family has four hosts with their own template (menu, tagline, date
style / calendar / digits, section form, credit form, end marker, widgets, lines after the body). Stories
are sentences of ``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into 2-15 paragraphs, written
unchanged (gold body). About 7% negatives; ~10% of stories republished on a host of another family
(gold ``cluster``). Gold ``agency`` only when the page credits one; ``published_iso`` is the page's local
day (Tehran, or Kabul for the Afghan hosts), ``published_time`` the instant with that offset.
Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import random
import re
import zoneinfo
from dataclasses import dataclass, field

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
    COMMENTS,
    FIRST,
    LAST,
    credited_agency,
    dg,
    fmt_date,
    group,
    load_stories,
    relative,
    rewrite_credits,
)

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
KABUL = zoneinfo.ZoneInfo("Asia/Kabul")
FAMILIES = ["econ_daily", "afghan_news", "family_mag", "amp_agency", "live_sports", "press_review", "labour_news",
            "student_agency"]
AMONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
EMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
AWEEKDAYS = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
#: canonical agency -> the ways a credit line names it
AGENCIES = {"فارس": ["خبرگزاری فارس", "فارس"], "ورزش سه": ["ورزش سه", "سایت ورزش سه"],
            "مهر": ["خبرگزاری مهر", "مهر"], "ایسنا": ["ایسنا", "خبرگزاری دانشجویان ایران (ایسنا)"],
            "تسنیم": ["خبرگزاری تسنیم", "تسنیم"], "ایرنا": ["ایرنا", "خبرگزاری جمهوری اسلامی ایران"],
            "ایلنا": ["ایلنا", "خبرگزاری کار ایران (ایلنا)"],
            "پژواک": ["آژانس خبری پژواک", "پژواک"], "طلوع‌نیوز": ["طلوع‌نیوز", "خبرگزاری طلوع‌نیوز"],
            "باختر": ["آژانس اطلاع‌رسانی باختر", "باختر"]}
DATASET_AGENCY = {"fars": "فارس", "varzesh3": "ورزش سه"}

HOSTS = {
    "econ_daily": [("eghtesad-rooz.ir", "اقتصاد روز", "روزنامه صبح اقتصاد ایران"),
                   ("bazarnews24.com", "بازارنیوز", "اخبار لحظه‌ای بازار"),
                   ("tejarat-farda.ir", "تجارت فردا", "پایگاه خبری تحلیلی اقتصاد"),
                   ("sekkeh-online.ir", "سکه آنلاین", "قیمت طلا، سکه و ارز")],
    "afghan_news": [("khabarnama-kabul.com", "خبرنامه کابل", "تازه‌ترین خبرهای افغانستان"),
                    ("aryana-khabar.af", "آریانا خبر", "صدای مردم افغانستان"),
                    ("hariwa-news.com", "هریوا نیوز", "رسانه مستقل خبری"),
                    ("bamdad-afghan.org", "بامداد افغان", "خبرگزاری مستقل افغانستان")],
    "family_mag": [("banoo-mag.ir", "بانو مگ", "مجله خانواده ایرانی"),
                   ("khanevadeh-sabz.com", "خانواده سبز", "سبک زندگی سالم"),
                   ("ashpazkhooneh.ir", "آشپزخونه", "مجله آشپزی و خانه‌داری"),
                   ("madar-o-koodak.com", "مادر و کودک", "هر آنچه یک مادر باید بداند")],
    "amp_agency": [("amp.khabarvatan.ir", "وطن خبر", "پایگاه خبری ملی"),
                   ("m.sedayemelli-news.ir", "صدای ملی", "نسخه موبایل"),
                   ("amp.payamrasan.ir", "پیام‌رسان", "اخبار ایران و جهان"),
                   ("amp.nedaye-ruz.com", "ندای روز", "خبر فوری")],
    "live_sports": [("varzesh-zendeh.ir", "ورزش زنده", "پوشش لحظه به لحظه"),
                    ("gol-online.com", "گل آنلاین", "هیجان فوتبال"),
                    ("tourbin-news.ir", "توربین", "ورزش به روایت تصویر"),
                    ("sootfinal.com", "سوت پایان", "نتایج زنده و گزارش بازی")],
    "press_review": [("pishkhan-rooz.ir", "پیشخوان روز", "مروری بر مطبوعات"),
                     ("titrnameh.com", "تیترنامه", "روزنامه‌ها را یک‌جا بخوانید"),
                     ("rooznamekhan.ir", "روزنامه‌خوان", "گزیده مطبوعات امروز"),
                     ("matbooat-online.com", "مطبوعات آنلاین", "آینه روزنامه‌ها")],
    "labour_news": [("kargar-online.ir", "کارگر آنلاین", "پایگاه خبری جامعه کار"),
                    ("senfi-news.ir", "صنفی نیوز", "صدای تشکل‌های کارگری"),
                    ("kar-va-tolid.com", "کار و تولید", "رسانه کارگران و کارفرمایان"),
                    ("bazneshastegan-khabar.ir", "خبر بازنشستگان", "پایگاه اطلاع‌رسانی بازنشستگان")],
    "student_agency": [("daneshjoo-press.ir", "دانشجو پرس", "خبرگزاری دانشجویی"),
                       ("sedaye-daneshgah.ir", "صدای دانشگاه", "خبرگزاری دانشجویان"),
                       ("anjoman-news.ir", "انجمن نیوز", "شبکه خبری انجمن‌های دانشجویی"),
                       ("kampus-khabar.com", "کمپوس خبر", "اخبار دانشگاه‌ها")],
}
MENUS = {
    "econ_daily": (["اقتصاد کلان", "بازار ارز", "طلا و سکه", "بانک و بیمه", "مسکن", "انرژی"],
                   ["قیمت‌ها", "بورس", "خودرو", "تجارت", "کارآفرینی", "نسخه PDF"]),
    "afghan_news": (["سیاسی", "ولایات", "امنیتی", "اقتصادی", "جهان", "ورزشی"],
                    ["ویدیو", "گزارش", "مصاحبه", "دیدگاه", "فرهنگ", "زنان"]),
    "family_mag": (["آشپزی", "سلامت", "روانشناسی", "کودک", "زیبایی", "خانه‌داری"],
                   ["مد و لباس", "فال و طالع‌بینی", "دکوراسیون", "تغذیه", "ازدواج", "سرگرمی"]),
    "amp_agency": (["سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "ورزشی", "فرهنگی"],
                   ["استان‌ها", "عکس", "فیلم", "حوزه‌های خبری", "چندرسانه‌ای"]),
    "live_sports": (["فوتبال ایران", "فوتبال جهان", "لیگ برتر", "والیبال", "کشتی", "گزارش زنده"],
                    ["جدول لیگ", "نتایج زنده", "نقل و انتقالات", "ویدیو", "فوتسال"]),
    "press_review": (["روزنامه‌ها", "سرمقاله", "نگاه روزنامه‌ها", "تیتر یک", "مطبوعات استان‌ها"],
                     ["کاریکاتور", "گزیده", "پیشخوان", "آرشیو روزنامه", "نشریات"]),
    "labour_news": (["کارگری", "بازنشستگان", "تامین اجتماعی", "اشتغال", "حقوق و دستمزد", "تشکل‌ها"],
                    ["ویدئو", "گزارش", "حوادث کار", "قانون کار", "معلمان", "پرستاران"]),
    "student_agency": (["دانشگاه", "آموزش", "سیاسی", "فرهنگی", "اجتماعی", "علمی"],
                       ["تشکل‌ها", "خوابگاه", "کنکور", "بورسیه", "استان‌ها", "چندرسانه‌ای"]),
}
SHAPES = {"econ_daily": ["aspnet", "wp_jnews", "drupal", "nextjs"],
          "afghan_news": ["wp_sahifa", "joomla", "drupal", "wp_jnews"],
          "family_mag": ["wp_jnews", "blogger", "nextjs", "wp_sahifa"],
          "amp_agency": ["amp", "amp", "amp", "amp"],
          "live_sports": ["nextjs", "amp", "wp_jnews", "aspnet"],
          "press_review": ["joomla", "aspnet", "blogger", "drupal"],
          "labour_news": ["wp_sahifa", "joomla", "drupal", "blogger"],
          "student_agency": ["aspnet", "nextjs", "amp", "joomla"]}
AFTER = {
    "econ_daily": ["اشتراک نسخه چاپی روزنامه", "دانلود PDF روزنامه امروز", "جدول قیمت لحظه‌ای ارز",
                   "آگهی‌های مناقصه و مزایده", "تحلیل‌های بیشتر در بخش اقتصاد کلان"],
    "afghan_news": ["ما را در فیسبوک دنبال کنید", "اخبار بیشتر از ولایات", "برای دریافت خبرها عضو کانال تلگرام شوید",
                    "نظر خود را بنویسید", "گزارش‌های ویژه"],
    "family_mag": ["این مطلب برایتان مفید بود؟ بله | خیر", "مشاوره تلفنی با کارشناس تغذیه",
                   "دستورهای پخت بیشتر را ببینید", "در خبرنامه هفتگی مجله عضو شوید",
                   "تجربه خود را با ما در میان بگذارید"],
    "amp_agency": ["نسخه کامل خبر", "بازگشت به صفحه اصلی", "اخبار بیشتر", "دریافت اپلیکیشن", "پربیننده‌ترین‌ها"],
    "live_sports": ["جدول لیگ برتر", "نتایج زنده سایر بازی‌ها", "پیش‌بینی بازی بعدی", "برنامه هفته آینده",
                    "ویدیوی گل‌ها"],
    "press_review": ["صفحه اول همه روزنامه‌ها", "آرشیو پیشخوان", "کاریکاتور روز", "مرور مطبوعات دیروز",
                     "تیترهای ورزشی امروز"],
    "labour_news": ["کانال تلگرام ما را دنبال کنید", "گزارش‌های ویدئویی بیشتر", "ارسال خبر از محل کار",
                    "پرسش از کارشناس قانون کار", "جدول حقوق و دستمزد"],
    "student_agency": ["نسخه چاپی", "ارسال به دوستان", "عضویت در خبرنامه دانشجویی",
                       "اخبار دانشگاه خود را برای ما بفرستید", "گزارش خطا"],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ی", "*", "■", "//", "ادامه دارد...", "پایان پیام"]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "صفحه اول", None]  # None: the site's name starts the trail
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " ← ", " | "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "موضوع:", "گروه:"]
TEAMS = ["استقلال", "پرسپولیس", "سپاهان", "تراکتور", "فولاد", "گل‌گهر", "ذوب‌آهن", "ملوان", "نساجی", "آلومینیوم"]
PAPERS = ["اعتماد", "کیهان", "شرق", "همشهری", "ایران", "جوان", "دنیای اقتصاد", "خراسان", "جام جم", "آرمان ملی",
          "هم‌میهن", "وطن امروز", "اطلاعات", "جمهوری اسلامی", "فرهیختگان"]
DISHES = ["کوکو سبزی", "قورمه سبزی", "کشک بادمجان", "ته‌چین مرغ", "آش رشته", "شله‌زرد", "کتلت", "میرزاقاسمی"]
INGREDIENTS = ["تخم مرغ: ۴ عدد", "پیاز: ۲ عدد متوسط", "روغن: به مقدار لازم", "نمک و فلفل: به میزان لازم",
               "زردچوبه: ۱ قاشق چای‌خوری", "برنج: ۳ پیمانه", "گوشت چرخ‌کرده: ۵۰۰ گرم", "بادمجان: ۴ عدد",
               "سیر: ۳ حبه", "زعفران دم‌کرده: ۲ قاشق غذاخوری", "رب گوجه: ۲ قاشق غذاخوری"]
BIOS = ["کارشناس ارشد تغذیه و نویسنده حوزه سلامت", "روزنامه‌نگار حوزه اقتصاد با بیش از ده سال سابقه",
        "دانشجوی کارشناسی ارشد علوم ارتباطات", "خبرنگار حوزه کارگری", "مشاور خانواده و روانشناس بالینی",
        "گزارشگر ورزشی"]


# ---------------------------------------------------------------------------------------------- dates

def afg_date(t: dt.datetime, style: str, digits: str, time: bool = True) -> str:
    """A date as Afghan sites print it: solar months حمل … حوت, or Gregorian."""
    j = jdatetime.date.fromgregorian(date=t.date())
    wd = AWEEKDAYS[t.weekday()]
    hm = f"{t.hour:02d}:{t.minute:02d}"
    if style == "afg_long":
        s = f"{wd} {j.day} {AMONTHS[j.month - 1]} {j.year}" + (f" - {hm}" if time else "")
    elif style == "afg_kabul":
        s = f"{j.day} {AMONTHS[j.month - 1]} {j.year}" + (f" ساعت {hm} به وقت کابل" if time else "")
    elif style == "afg_num":
        s = f"{j.year}/{j.month}/{j.day}" + (f"  {hm}" if time else "")
    elif style == "afg_greg":
        s = f"{j.day} {AMONTHS[j.month - 1]} {j.year} برابر با {t.day} {EMONTHS[t.month - 1]} {t.year}"
    elif style == "greg_en":
        s = f"{EMONTHS[t.month - 1]} {t.day}, {t.year}" + (f" - {t.strftime('%I:%M %p')}" if time else "")
        return s
    else:
        raise ValueError(style)
    return dg(s, digits)


def show_date(h: Host, t: dt.datetime, time: bool = True) -> str:
    st = h.s["date"]
    if st.startswith("afg") or st == "greg_en":
        return afg_date(t, st, h.s["digits"], time)
    return fmt_date(t, st, h.s["digits"], time)


# ---------------------------------------------------------------------------------------------- hosts

@dataclass
class Host:
    family: str
    domain: str
    name: str
    tagline: str
    menu: list[str]
    sections: list[str]
    tz: zoneinfo.ZoneInfo
    s: dict = field(default_factory=dict)  # template choices


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-i-host:{seed}:{domain}")
    core, extra = MENUS[family]
    secs = r.sample(core, r.choice([2, 3, 4]))
    menu = secs + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {"shape": SHAPES[family][idx]}
    s["html_p"] = 0.85 if s["shape"] == "amp" else pick(r, [0.3, 0.45, 0.6, 0.75])
    afghan = family == "afghan_news"
    s["digits"] = pick(r, ["fa", "fa", "fa", "ar", "en"])
    if afghan:
        styles = ["afg_long", "afg_kabul", "afg_num", "afg_greg" if idx % 2 else "greg_en"]
    elif family == "student_agency":
        styles = ["num", "time_num", "wd_long", "yy"]
    else:
        styles = ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "jal_hij", "greg_fa"]
    s["date"] = styles[idx % len(styles)] if r.random() < 0.8 else pick(r, styles)
    s["time"] = r.random() < 0.75 and s["date"] != "afg_greg"
    s["split_time"] = family == "student_agency" and s["time"] and idx % 2 == 0  # «ساعت انتشار» on its own line
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "تاریخ:", "🕒", "منتشر شده:"])
    s["rel"] = pick(r, [None, None, None, "beside", "line"])
    s["byline"] = pick(r, [None, "pipe", "pipe", "by", "dash"])
    s["sec"] = pick(r, ["crumb", "crumb", "label", "bare", "byline", "none"])
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_title"] = r.random() < 0.4
    s["sec_label"] = pick(r, SEC_LABELS) if family != "student_agency" else "گروه خبری:"
    s["lead_p"] = pick(r, [0.0, 0.5, 0.8, 0.95]) if family not in ("live_sports", "press_review") else 0.0
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    if afghan:
        s["agency"] = pick(r, ["afghan", "afghan", "none"])
    s["credit"] = pick(r, ["منبع: {a}", "به نقل از {a}", "{a}", "منبع خبر: {a}", "(منبع: {a})", "برگرفته از {a}"])
    s["credit_top"] = r.random() < 0.3
    s["end"] = pick(r, END_MARKS + [None, None])
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.4))
    s["menu_joined"] = pick(r, [" | ", " - ", "  ", None, None])
    s["today"] = r.random() < 0.5
    s["ticker"] = r.random() < 0.4
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "تعداد بازدید: {n}", "👁 {n}",
                          "{n} نفر این خبر را خواندند"])
    s["comments"] = pick(r, [None, "نظرات ({n})", "{n} دیدگاه", "دیدگاه‌ها", "نظر شما"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "lines", "کلیدواژه‌ها: {t}", "تگ‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "همرسانی:", "lines"])
    s["shortlink"] = r.random() < 0.35 or family == "student_agency"
    s["newsid"] = pick(r, [None, "کد خبر: {n}", "شناسه خبر: {n}", "کد مطلب: {n}"]) if family not in (
        "family_mag",) else None
    if family == "student_agency":
        s["newsid"] = "کد خبر: {n}"
    s["fontsize"] = r.random() < 0.3
    s["prevnext"] = pick(r, [None, "label", "arrows", "lines"])
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", "پربازدیدترین‌ها", None])
    s["readmore"] = pick(r, [0.0, 0.0, 0.4, 0.8])
    s["readmore_label"] = pick(r, ["بیشتر بخوانید: ", "بخوانید: ", "مطلب مرتبط: ", "ببینید: "])
    s["author"] = pick(r, [None, "نویسنده: {a}", "{a}", "گزارش: {a}", "خبرنگار: {a}"])
    s["authorbox"] = r.random() < 0.35
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["bio"] = pick(r, BIOS)
    s["banner"] = pick(r, [None, f"اپلیکیشن {name} را نصب کنید", "عضویت در خبرنامه: ایمیل خود را وارد کنید",
                           f"کانال تلگرام {name}"])
    s["footer"] = [pick(r, [f"کلیه حقوق مادی و معنوی این سایت متعلق به {name} است.", "© تمامی حقوق محفوظ است",
                            f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | آگهی", "تماس با ما - درباره ما - قوانین",
                            f"طراحی سایت: {pick(r, ['نوآوران وب', 'پارس‌نت', 'داده‌پردازان'])}"])]
    if afghan:
        s["footer"][0] = pick(r, [f"© {name} - تمام حقوق محفوظ است", f"کلیه حقوق نزد {name} محفوظ است"])
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_top"] = r.random() < 0.2
    s["meta"] = r.random() < 0.55 or s["shape"] in ("amp", "nextjs")
    s["jsonld"] = r.random() < 0.4 or s["shape"] in ("amp", "nextjs")
    s["zwnj_entity"] = r.random() < 0.4
    s["inline"] = pick(r, [0.0, 0.2, 0.5])
    s["ids"] = [f"{r.getrandbits(20):05x}" for _ in range(4)]
    s["minute"] = pick(r, ["دقیقه {m}", "{m}'", "⏱ {m}", "دقیقه {m}:"])
    s["paper"] = pick(r, ["روزنامه {p}", "■ {p}", "📰 {p}", "■ روزنامه {p}"])  # a heading, not a sentence
    s["video"] = pick(r, ["above", "below"])
    # a magazine and a union site print no date on the story (only their HTML meta may carry one)
    s["nodate"] = (family, idx) in (("family_mag", 1), ("labour_news", 3), ("press_review", 2))
    return Host(family, domain, name, tagline, menu, secs, KABUL if afghan else TEHRAN, s)


# ---------------------------------------------------------------------------------------------- stories

@functools.lru_cache(maxsize=1)
def _stories() -> tuple[dict, ...]:
    return tuple(load_stories())


def story_paragraphs(r: random.Random, st: dict) -> list[str]:
    sents = st["sents"]
    k = min(len(sents), 15, max(2, round(r.triangular(2, 15, 5))))
    return group(r, sents, k)


def credited(texts: list[str]) -> str | None:
    """:func:`site_families_h.credited_agency`, also for names written with a ZWNJ («ورزش‌سه»)."""
    return credited_agency([t.replace("\u200c", " ") for t in texts])


ZWNJ_NAMES = re.compile("ورزش\u200cسه")


def rewrite(h: Host, text: str) -> str:
    return rewrite_credits(h, ZWNJ_NAMES.sub(h.name, text))  # type: ignore[arg-type]


def host_story(h: Host, paras: list[str], lead: str | None, dataset: str) -> tuple[list[str], str | None,
                                                                                  str | None]:
    """The paragraphs and lead as ``h`` prints them, and the agency the page credits."""
    mode = h.s["agency"]
    both = ([lead] if lead else []) + paras
    if mode == "keep":
        return paras, lead, credited(both)
    own = credited(both) or DATASET_AGENCY[dataset]
    paras = [rewrite(h, p) for p in paras]
    lead = rewrite(h, lead) if lead else None
    if mode == "none":
        return paras, lead, None
    rr = random.Random(stable(h.domain, paras[-1][:40]))
    if mode == "afghan":
        return paras, lead, pick(rr, ["پژواک", "طلوع‌نیوز", "باختر"])
    return paras, lead, own if mode == "credit" else pick(rr, ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"])


def credit_line(h: Host, agency: str) -> str:
    names = AGENCIES[agency]
    return h.s["credit"].format(a=names[stable(h.domain, agency) % len(names)])


def tag_lines(h: Host, st: dict) -> list[str]:
    tags = st["tags"] or ["ایران"]
    t = h.s["tags"]
    if t is None:
        return []
    if t == "#":
        return [" ".join("#" + x.replace(" ", "_") for x in tags)]
    if t == "lines":
        return ["برچسب‌ها", *tags]
    return [t.format(t="، ".join(tags))]


# ---------------------------------------------------------------------------------------------- pages

def prices(h: Host, r: random.Random) -> list[str]:
    d = h.s["digits"]
    out = [pick(r, ["قیمت‌های لحظه‌ای", "نرخ ارز و طلا", "بازارها در یک نگاه"])]
    for name, base, unit in (("دلار آزاد", 52_000, "تومان"), ("یورو", 57_000, "تومان"),
                             ("درهم امارات", 14_200, "تومان"),
                             ("سکه امامی", 31_500_000, "تومان"), ("طلای ۱۸ عیار", 3_150_000, "تومان"),
                             ("اونس جهانی", 1_950, "دلار"), ("نفت برنت", 82, "دلار")):
        if r.random() < 0.75:
            v = base + r.randint(-200, 200) * base // 2000
            ch = r.randint(-300, 300) / 100
            out.append(dg(f"{name}: {v:,} {unit} {'▲' if ch >= 0 else '▼'} {abs(ch)}٪", d))
    out.append(dg(f"به‌روزرسانی: {r.randint(8, 17):02d}:{r.randrange(60):02d}", d))
    return out


def header(pg: Page, h: Host, r: random.Random, crawl: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 1) % 3 else None)
    if s["today"]:
        pg.add("top", "c", ("امروز: " if stable(h.domain, 2) % 2 else "") + show_date(h, crawl, time=False))
    if h.family == "econ_daily" and stable(h.domain, 3) % 2:
        for x in prices(h, r):
            pg.add("top", "c", x)
    if s["ticker"] and others:
        pg.add("top", "c", pick(r, ["آخرین اخبار", "تازه‌ها", "خبر فوری", "🔴 لحظه به لحظه"]))
        for t in others[-3:]:
            pg.add("top", "c", t)
    pg.add("top", "c", pick(r, ["ورود | ثبت‌نام", "جستجو...", "جستجو کنید"]) if stable(h.domain, 4) % 2 else None)
    items = [s["home"] or h.name] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)


def section_for(h: Host, st: dict) -> str:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def family_pre(h: Host, r: random.Random, pub: dt.datetime) -> list[str]:
    f, d = h.family, h.s["digits"]
    if f == "econ_daily":
        return [dg(f"روزنامه شماره {r.randint(3000, 6500)} | صفحه {r.randint(1, 16)}", d)] \
            if stable(h.domain, 5) % 2 else []
    if f == "family_mag":
        out = [dg(f"زمان مطالعه: {r.randint(3, 12)} دقیقه", d)]
        if stable(h.domain, 6) % 2:
            out.append(dg(f"{r.randint(35, 50) / 10} از ۵ ({r.randint(3, 400)} رای)", d))
        return out
    if f == "live_sports":
        a, b = r.sample(TEAMS, 2)
        return [dg(f"{a} {r.randint(0, 4)} - {r.randint(0, 4)} {b}", d),
                pick(r, ["پایان بازی", "نیمه دوم", "پایان نیمه اول", "🔴 زنده"]),
                f"ورزشگاه: {pick(r, ['آزادی', 'نقش جهان', 'یادگار امام', 'فولادشهر', 'امام رضا'])}",
                f"داور: {pick(r, FIRST)} {pick(r, LAST)}",
                "این صفحه به‌صورت خودکار به‌روز می‌شود" if stable(h.domain, 7) % 2 else None]
    if f == "press_review":
        out = [pick(r, ["صفحه اول روزنامه‌های امروز", "پیشخوان امروز", "تیتر روزنامه‌های امروز"])]
        return out + r.sample(PAPERS, r.randint(3, 7))
    if f == "labour_news" and h.s["video"] == "above":
        return video_lines(h, r)
    if f == "student_agency":
        out = [f"خبرنگار: {pick(r, FIRST)} {pick(r, LAST)}", f"دبیر: {pick(r, FIRST)} {pick(r, LAST)}"]
        if stable(h.domain, 8) % 2:
            out += ["پخش صوت خبر", dg(f"00:00 / 0{r.randint(1, 5)}:{r.randint(10, 59)}", d)]
        return out
    return []


def video_lines(h: Host, r: random.Random) -> list[str]:
    d = h.s["digits"]
    return [pick(r, ["ویدئو", "▶ پخش ویدئو", "تماشا کنید"]), dg(f"مدت: {r.randint(0, 9):02d}:{r.randint(10, 59)}", d),
            dg(f"دانلود ویدئو با کیفیت {pick(r, ['۴۸۰', '۷۲۰', '۱۰۸۰'])} ({r.randint(4, 90)} مگابایت)", d)]


def in_body(h: Host, r: random.Random, i: int, n: int, others: list[str], minutes: list[int]) -> str | None:
    """A chrome line before paragraph ``i`` (minute markers, papers' names) or after it (read-more links)."""
    if h.family == "live_sports":
        m = minutes[i]
        return dg(h.s["minute"].format(m=m if m <= 90 else f"90+{m - 90}"), h.s["digits"])
    if h.family == "press_review" and (i == 0 or r.random() < 0.7):
        return h.s["paper"].format(p=PAPERS[stable(h.domain, i, others[:1]) % len(PAPERS)])
    return None


def after_para(h: Host, r: random.Random, i: int, n: int, others: list[str]) -> str | None:
    if i >= n - 1:
        return None
    if h.family == "family_mag" and r.random() < 0.15:
        return pick(r, ["تبلیغات", "پیشنهاد ویژه: ست قابلمه با ۳۰٪ تخفیف", "ادامه مطلب در زیر تصویر"])
    if others and r.random() < h.s["readmore"] / max(2, n):
        return h.s["readmore_label"] + pick(r, others)
    return None


def side_lines(h: Host, r: random.Random, others: list[str]) -> list[str]:
    f, d = h.family, h.s["digits"]
    out: list[str] = []
    if f == "econ_daily" and not stable(h.domain, 3) % 2:
        out += prices(h, r)
    if f == "family_mag":
        out += ["دستور پخت روز", pick(r, DISHES), "مواد لازم", *r.sample(INGREDIENTS, r.randint(3, 6)),
                "طرز تهیه را ببینید"]
        if stable(h.domain, 9) % 2:
            out += ["فال حافظ امروز", "نیت کنید و کلیک کنید"]
    if f == "afghan_news":
        out += [pick(r, ["نرخ اسعار", "قیمت اسعار در بازار کابل"]),
                dg(f"دالر آمریکایی: {r.randint(65, 90)}.{r.randint(10, 99)} افغانی", d),
                dg(f"کلدار پاکستانی: {r.randint(20, 40)}.{r.randint(10, 99)} افغانی", d)]
    if f == "live_sports":
        out += ["جدول لیگ", *[dg(f"{k + 1}. {t} {r.randint(10, 60)} امتیاز", d)
                             for k, t in enumerate(r.sample(TEAMS, 4))]]
    if stable(h.domain, 10) % 2:
        out.append(pick(r, ["پربازدیدترین‌ها", "آخرین مطالب", "داغ‌ترین‌ها"]))
        out += others[:3]
    if h.s["banner"]:
        out.append(h.s["banner"])
    return out


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 600), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(hours=r.randint(1, 400))
    pg = Page()
    header(pg, h, r, crawl, others)
    sec = None if s["sec"] == "none" or r.random() < 0.07 else section_for(h, st)
    title = st["title"]
    if s["title_top"]:
        pg.add("top", "c", f"{title} - {h.name}")
    if sec and s["sec"] == "crumb":
        trail = [s["home"] or h.name, sec] + ([title] if s["crumb_title"] else [])
        pg.add("crumb", "c", s["sep"].join(trail))
    elif sec and s["sec"] == "bare":
        pg.add("crumb", "c", sec)
    datel = show_date(h, pub, s["time"] and not s["split_time"])
    if s["date_label"] and s["byline"] is None:
        datel = f"{s['date_label']} {datel}"
    if s["rel"] == "beside":
        datel = f"{datel} ({relative(r, d)})"
    if s["nodate"]:
        datel = ""
    if s["shape"] == "blogger":
        pg.add("head", "c", datel)
    pg.add("head", "title", title)
    author = pick(r, s["authors"])
    ncom = r.randint(0, 15)
    if sec and s["sec"] == "label":
        pg.add("head", "c", f"{s['sec_label']} {sec}")
    if s["newsid"]:
        pg.add("head", "c", dg(s["newsid"].format(n=r.randint(100000, 2999999)), d))
    if s["shape"] != "blogger":
        if s["byline"] == "pipe":
            pg.add("head", "c", f"{author} | {datel} | " + dg(f"{ncom} دیدگاه", d) if datel else author)
        elif s["byline"] == "by":
            pg.add("head", "c", f"توسط {author} در {datel}" if datel else f"توسط {author}")
        elif s["byline"] == "dash":
            pg.add("head", "c", f"{author} - {datel}" if datel else author)
        else:
            pg.add("head", "c", datel)
    if s["split_time"] and datel:
        pg.add("head", "c", dg(f"ساعت انتشار: {pub.hour:02d}:{pub.minute:02d}", d))
    if sec and s["sec"] == "byline":
        pg.add("head", "c", f"{pick(r, ['منتشر شده در', 'در دسته', 'دسته:'])} {sec}")
    if s["rel"] == "line" and datel:
        pg.add("head", "c", relative(r, d))
    if h.family in ("live_sports", "econ_daily", "afghan_news") and stable(h.domain, 11) % 2:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + show_date(h, upd))
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 90000):,}"), d))
    if s["fontsize"]:
        pg.add("head", "c", pick(r, ["اندازه متن: A+ A-", "کوچک | متوسط | بزرگ", "A A A"]))
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    pg.add("head", "lead", lead)
    for x in family_pre(h, r, pub):
        pg.add("pre", "c", x)
    n = len(paras)
    start = r.randint(1, 80)
    minutes = sorted((start + k * r.randint(1, 4) for k in range(n)), reverse=stable(h.domain, 12) % 2 == 1)
    for i, p in enumerate(paras):
        pg.add("body", "c", in_body(h, r, i, n, others, minutes))
        pg.add("body", "body", p)
        pg.add("body", "c", after_para(h, r, i, n, others))
    pg.add("post", "c", s["end"])
    if h.family == "labour_news" and s["video"] == "below":
        for x in video_lines(h, r):
            pg.add("post", "c", x)
    if s["author"] and s["byline"] is None:
        pg.add("post", "c", s["author"].format(a=author))
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    if s["authorbox"]:
        pg.add("post", "c", f"درباره نویسنده: {author}" if stable(h.domain, 13) % 2 else author)
        pg.add("post", "c", s["bio"])
    for x in tag_lines(h, st):
        pg.add("post", "c", x)
    if s["shortlink"]:
        site = h.domain.split(".", 1)[-1] if h.domain.startswith(("amp.", "m.")) else h.domain
        pg.add("post", "c", f"لینک کوتاه: https://{site}/x{r.getrandbits(20):05x}")
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["share"] == "lines":
        for x in ("تلگرام", "واتساپ", "توییتر", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"] + " تلگرام | واتساپ | ایکس | فیسبوک")
    if s["prevnext"] and len(others) >= 2:
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        elif s["prevnext"] == "arrows":
            pg.add("post", "c", f"« {a}")
            pg.add("post", "c", f"{b} »")
        else:
            for x in ("مطلب قبلی", a, "مطلب بعدی", b):
                pg.add("post", "c", x)
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[: r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["comments"]:
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, r.randint(0, 3))):
            pg.add("comments", "c", f"{pick(r, FIRST)}{pick(r, ['', ' از کابل' if h.tz is KABUL else ' از تهران'])}")
            pg.add("comments", "c", show_date(h, pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 20))))
            pg.add("comments", "c", pick(r, COMMENTS))
            pg.add("comments", "c", "پاسخ")
        pg.add("comments", "c", pick(r, ["ارسال دیدگاه", "دیدگاه شما پس از تایید منتشر می‌شود", "نام شما"]))
    for x in side_lines(h, r, others):
        pg.add("side", "c", x)
    for x in s["footer"]:
        pg.add("foot", "c", x)
    return pg, {"section": sec, "lead": lead, "crawl": crawl, "upd": upd, "author": author, "dated": bool(datel)}


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", show_date(
                h, crawl - dt.timedelta(days=r.randint(0, 60)), False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۲۴ بعدی »", d) if r.random() < 0.5 else "مطالب قدیمی‌تر")
    elif kind == "chrome_only":
        if r.random() < 0.5:
            for x in ("خطای ۴۰۴", "صفحه‌ای که به دنبال آن بودید پیدا نشد.", "بازگشت به صفحه اصلی"):
                pg.add("body", "c", x)
        else:
            for x in ("تماس با ما", ("آدرس: کابل، کارته چهار" if h.tz is KABUL else "آدرس: تهران، خیابان ولیعصر"),
                      dg(f"تلفن: {r.randint(22000000, 88999999)}", d), f"ایمیل: info@{h.domain}", "نام", "پیام",
                      "ارسال"):
                pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["در حال بارگذاری...", "بدون عنوان", "به زودی"]))
        pg.add("body", "c", pick(r, ["این خبر حذف شده است.", "محتوایی برای نمایش وجود ندارد.", "به زودی ..."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_text(h: Host, pg: Page) -> str:
    sep = h.s["text_sep"]
    out = []
    for region, ls in pg.regions:
        inner = "\n" if sep == "mixed" or (sep == "\n\n" and region == "body" and stable(h.domain, 14) % 2) else sep
        out.append(inner.join(t for _, t in ls))
    return ("\n\n" if sep != "\n" else "\n").join(out) + "\n"


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def _inline(h: Host, r: random.Random, text: str) -> str:
    if r.random() >= h.s["inline"]:
        return _esc(h, text)
    words = text.split(" ")
    if len(words) < 6:
        return _esc(h, text)
    i = r.randrange(1, len(words) - 3)
    k = r.randint(1, 3)
    tag = pick(r, ["strong", "a", "b"])
    attr = f' href="/tag/{stable(words[i]) % 9999}"' if tag == "a" else ""
    return (_esc(h, " ".join(words[:i]) + " ") + f"<{tag}{attr}>" + _esc(h, " ".join(words[i:i + k]))
            + f"</{tag}>" + _esc(h, " " + " ".join(words[i + k:])))


#: per shape: region -> (open, close, item tag); "story" wraps crumb..post; ids/classes as those CMSs write them
SKELETON = {
    "wp_jnews": {"top": ('<div class="jeg_header normal"><div class="jeg_topbar jeg_container">', "</div></div>",
                         "div"),
                 "nav": ('<div class="jeg_nav_row"><ul class="jeg_menu jeg_main_menu">', "</ul></div>", "li"),
                 "crumb": ('<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">',
                           "</div></div>", "span"),
                 "head": ('<div class="entry-header"><div class="jeg_meta_container"><div class="post-meta">',
                          "</div></div></div>", "div"),
                 "pre": ('<div class="jeg_share_top_container">', "</div>", "div"),
                 "body": ('<div class="entry-content no-share"><div class="content-inner ">', "</div></div>", "p"),
                 "post": ('<div class="jeg_post_tags">', "</div>", "div"),
                 "related": ('<div class="jnews_related_post_container related-posts"><ul>', "</ul></div>", "li"),
                 "comments": ('<div id="comments" class="comments-area">', "</div>", "div"),
                 "side": ('<div class="jeg_sidebar jeg_sticky_sidebar"><div class="widget widget_text">',
                          "</div></div>",
                          "div"),
                 "foot": ('<div class="footer-holder" id="footer"><div class="jeg_footer_bottom">', "</div></div>",
                          "div"),
                 "story": ('<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">'
                           '<div class="jeg_inner_content">', "</div></div></div></div>"),
                 "title": ('<h1 class="jeg_post_title">', "</h1>")},
    "wp_sahifa": {"top": ('<header id="theme-header"><div class="top-nav">', "</div></header>", "div"),
                  "nav": ('<nav id="main-nav"><div class="main-menu"><ul id="menu-main">', "</ul></div></nav>", "li"),
                  "crumb": ('<div id="crumbs" xmlns:v="http://rdf.data-vocabulary.org/#">', "</div>", "span"),
                  "head": ('<p class="post-meta">', "</p>", "span_br"),
                  "pre": ('<div class="share-post">', "</div>", "div"),
                  "body": ('<div class="entry">', "</div>", "p"),
                  "post": ('<div class="post-tag">', "</div>", "div"),
                  "related": ('<section id="related_posts"><div class="post-listing"><ul>', "</ul></div></section>",
                              "li"),
                  "comments": ('<div id="comments"><ol class="commentlist">', "</ol></div>", "li"),
                  "side": ('<aside id="sidebar"><div class="theiaStickySidebar"><div class="widget">',
                           "</div></div></aside>",
                           "div"),
                  "foot": ('<footer id="theme-footer"><div class="footer-bottom">', "</div></footer>", "div"),
                  "story": ('<div id="main-content" class="container"><div class="content"><article class="post-listing'
                            ' post"><div class="post-inner">', "</div></article></div></div>"),
                  "title": ('<h1 class="name post-title entry-title"><span itemprop="name">', "</span></h1>")},
    "drupal": {"top": ('<header role="banner"><div class="region region-header">', "</div></header>", "div"),
               "nav": ('<div class="region region-primary-menu"><nav role="navigation"><ul class="menu">',
                       "</ul></nav></div>",
                       "li"),
               "crumb": ('<div class="region region-breadcrumb"><nav class="breadcrumb"><ol>', "</ol></nav></div>",
                         "li"),
               "head": ('<div class="node__meta">', "</div>", "div"),
               "pre": ('<div class="field field--name-field-info">', "</div>", "div"),
               "body": ('<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
                        'field--label-hidden field__item">', "</div>", "p"),
               "post": ('<div class="field field--name-field-tags field__items">', "</div>", "div"),
               "related": ('<div class="views-element-container block-views-blockrelated"><ul>', "</ul></div>", "li"),
               "comments": ('<section class="comment-wrapper">', "</section>", "div"),
               "side": ('<aside class="layout-sidebar-first" role="complementary"><div class="region '
                        'region-sidebar-first">', "</div></aside>", "div"),
               "foot": ('<footer class="site-footer"><div class="region region-footer">', "</div></footer>", "div"),
               "story": ('<main role="main"><div class="layout-content"><div class="region region-content">'
                         '<article role="article" class="node node--type-article node--view-mode-full">',
                         "</article></div></div></main>"),
               "title": ('<h1 class="page-title"><span class="field field--name-title">', "</span></h1>")},
    "aspnet": {"top": ('<div id="ctl00_pnlHeader" class="header">', "</div>", "span_br"),
               "nav": ('<div id="ctl00_ucMenu_pnlMenu"><table id="ctl00_ucMenu_dlMenu"><tr>', "</tr></table></div>",
                       "td"),
               "crumb": ('<div id="ctl00_ContentPlaceHolder1_pnlPath" class="path">', "</div>", "span"),
               "head": ('<div id="ctl00_ContentPlaceHolder1_pnlInfo">', "</div>", "span_br"),
               "pre": ('<div id="ctl00_ContentPlaceHolder1_pnlExtra">', "</div>", "span_br"),
               "body": ('<span id="ctl00_ContentPlaceHolder1_lblBody" class="body">', "</span>", "br2"),
               "post": ('<div id="ctl00_ContentPlaceHolder1_pnlFooter">', "</div>", "span_br"),
               "related": ('<div id="ctl00_ContentPlaceHolder1_ucRelated_pnlRelated"><table>', "</table></div>", "tr"),
               "comments": ('<div id="ctl00_ContentPlaceHolder1_ucComments_pnlComments">', "</div>", "div"),
               "side": ('<td id="ctl00_tdLeft" class="left" valign="top">', "</td>", "div"),
               "foot": ('<div id="ctl00_pnlFooter" class="footer">', "</div>", "span_br"),
               "story": ('<td id="ctl00_tdMain" valign="top"><div id="ctl00_ContentPlaceHolder1_pnlNews">',
                         "</div></td>"),
               "title": ('<span id="ctl00_ContentPlaceHolder1_lblTitle" class="title">', "</span><br />")},
    "nextjs": {"top": ('<header class="Header_header__{0}"><div class="Header_top__{0}">', "</div></header>", "div"),
               "nav": ('<nav class="Navbar_nav__{1}"><ul>', "</ul></nav>", "li"),
               "crumb": ('<nav aria-label="breadcrumb" class="Breadcrumb_root__{2}"><ol>', "</ol></nav>", "li"),
               "head": ('<div class="NewsDetail_meta__{3}">', "</div>", "div"),
               "pre": ('<div class="NewsDetail_extra__{3}">', "</div>", "div"),
               "body": ('<div class="NewsDetail_body__{3}">', "</div>", "p"),
               "post": ('<div class="NewsDetail_footer__{3}">', "</div>", "div"),
               "related": ('<section class="Related_root__{2}"><ul>', "</ul></section>", "li"),
               "comments": ('<section class="Comments_root__{2}">', "</section>", "div"),
               "side": ('<aside class="Sidebar_root__{1}">', "</aside>", "div"),
               "foot": ('<footer class="Footer_footer__{0}">', "</footer>", "div"),
               "story": ('<main class="NewsDetail_main__{3}"><article>', "</article></main>"),
               "title": ('<h1 class="NewsDetail_title__{3}">', "</h1>")},
    "amp": {"top": ('<header class="amp-header"><div class="amp-brand">', "</div></header>", "div"),
            "nav": ('<amp-sidebar id="sidebar" layout="nodisplay" side="right"><ul class="amp-menu">',
                    "</ul></amp-sidebar>", "li"),
            "crumb": ('<div class="amp-breadcrumb">', "</div>", "span"),
            "head": ('<div class="amp-meta">', "</div>", "div"),
            "pre": ('<div class="amp-box">', "</div>", "div"),
            "body": ('<div class="amp-body">', "</div>", "p"),
            "post": ('<div class="amp-after">', "</div>", "div"),
            "related": ('<div class="amp-related"><ul>', "</ul></div>", "li"),
            "comments": ('<div class="amp-comments">', "</div>", "div"),
            "side": ('<div class="amp-more">', "</div>", "div"),
            "foot": ('<footer class="amp-footer">', "</footer>", "div"),
            "story": ('<article class="amp-article">', "</article>"),
            "title": ('<h1 class="amp-title">', "</h1>")},
    "blogger": {"top": ('<header><div class="header-outer"><div class="Header widget">', "</div></div></header>",
                        "div"),
                "nav": ('<div class="tabs-outer"><div class="PageList widget"><ul>', "</ul></div></div>", "li"),
                "crumb": ('<div class="breadcrumbs">', "</div>", "span"),
                "head": ('<div class="post-header"><div class="post-header-line-1">', "</div></div>", "div"),
                "pre": ('<div class="post-extra">', "</div>", "div"),
                "body": ('<div class="post-body entry-content" id="post-body-{0}">', "</div>", "br2"),
                "post": ('<div class="post-footer"><div class="post-footer-line post-footer-line-1">', "</div></div>",
                         "div"),
                "related": ('<div class="blog-pager" id="blog-pager"><ul>', "</ul></div>", "li"),
                "comments": ('<div class="comments" id="comments">', "</div>", "div"),
                "side": ('<div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1">',
                         "</div></div>", "div"),
                "foot": ('<footer><div class="footer-outer">', "</div></footer>", "div"),
                "story": ('<div class="main-outer"><div class="column-center-inner"><div class="blog-posts hfeed">'
                          '<div class="date-outer"><div class="post-outer"><div class="post hentry">',
                          "</div></div></div></div></div></div>"),
                "title": ('<h3 class="post-title entry-title">', "</h3>")},
    "joomla": {"top": ('<header id="t3-header" class="t3-header">', "</header>", "div"),
               "nav": ('<nav id="t3-mainnav" class="t3-mainnav"><ul class="nav navbar-nav">', "</ul></nav>", "li"),
               "crumb": ('<ul class="breadcrumb">', "</ul>", "li"),
               "head": ('<dl class="article-info muted"><dt class="article-info-term">جزئیات</dt>', "</dl>", "dd"),
               "pre": ('<div class="article-aside">', "</div>", "div"),
               "body": ('<section class="article-content clearfix" itemprop="articleBody">', "</section>", "p"),
               "post": ('<div class="article-footer">', "</div>", "div"),
               "related": ('<ul class="pager pagenav relateditems">', "</ul>", "li"),
               "comments": ('<div id="jc">', "</div>", "div"),
               "side": ('<div class="t3-sidebar t3-sidebar-right col-md-3"><div class="t3-module module">',
                        "</div></div>",
                        "div"),
               "foot": ('<footer id="t3-footer" class="t3-footer">', "</footer>", "div"),
               "story": ('<div id="t3-mainbody" class="container t3-mainbody"><div id="t3-content" class="t3-content">'
                         '<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article">',
                         "</div></div></div>"),
               "title": ('<div class="page-header"><h2 itemprop="headline">', "</h2></div>")},
}
ITEM_TAG = {"div": "div", "li": "li", "span": "span", "td": "td", "dd": "dd"}


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None, upd: dt.datetime) -> str:
    s, shape = h.s, h.s["shape"]
    sk = {k: tuple(x.replace("{0}", s["ids"][0]).replace("{1}", s["ids"][1]).replace("{2}", s["ids"][2])
                   .replace("{3}", s["ids"][3]) for x in v) for k, v in SKELETON[shape].items()}
    art = gold["kind"] == "article"
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    head = ['<meta charset="utf-8">']
    if shape == "amp":
        canon_url = f"https://{h.domain.split('.', 1)[1]}/news/{stable(gold['id0']) % 9999999}"
        head += ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                 '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js">'
                 '</script>', f'<link rel="canonical" href="{canon_url}">',
                 '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>',
                 '<style amp-custom>body{direction:rtl;font-family:IRANSans}.amp-title{font-size:20px}</style>']
    head.append(f"<title>{ttl} | {nm}</title>" if stable(h.domain, 15) % 2 else f"<title>{nm} - {ttl}</title>")
    head.append('<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">')
    if art and s["meta"]:
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        head.append(f'<meta property="og:site_name" content="{nm}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
            head.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
        if gold["section"]:
            head.append(f'<meta property="article:section" content="{html.escape(gold["section"])}">')
    if art and s["jsonld"]:
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                    "author": {"@type": "Person", "name": gold.get("_author")},
                    "publisher": {"@type": "Organization", "name": h.name}}
        if pub is not None:
            ld["datePublished"] = pub.isoformat()
            ld["dateModified"] = upd.isoformat()
        if gold["section"]:
            ld["articleSection"] = gold["section"]
        lds = [ld]
        if gold["section"] and stable(h.domain, 16) % 2:
            lds.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": s["home"] or h.name, "item": f"https://{h.domain}/"},
                {"@type": "ListItem", "position": 2, "name": gold["section"],
                 "item": f"https://{h.domain}/service/{stable(gold['section']) % 99}"}]})
        for x in lds:
            head.append(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>')

    def item(region: str, role: str, t: str, kind: str) -> str:
        if role == "title":
            return sk["title"][0] + _esc(h, t) + sk["title"][1]
        if role == "lead":
            return f'<p class="{"lead" if shape != "aspnet" else "lblLead"}"><strong>{_esc(h, t)}</strong></p>' \
                if shape != "joomla" else f'<div class="article-intro"><p>{_esc(h, t)}</p></div>'
        if role == "body":
            return f"<p>{_inline(h, r, t)}</p>" if kind != "br2" else _inline(h, r, t)
        if region == "body":
            if kind == "br2":
                return f"<b>{_esc(h, t)}</b>"
            cls = "video-caption" if shape == "amp" else "inline-box"
            return f'<div class="{cls}"><strong>{_esc(h, t)}</strong></div>'
        if region == "nav" and s["menu_joined"]:
            return html.escape(s["menu_joined"]).join(f'<a href="/fa/{stable(x) % 99}">{_esc(h, x)}</a>'
                                                      for x in t.split(s["menu_joined"]))
        if kind == "br2" or kind == "span_br":
            return f'<span>{_esc(h, t)}</span><br />'
        if kind == "tr":
            return f'<tr><td><a href="/News/{stable(t) % 99999}.aspx">{_esc(h, t)}</a></td></tr>'
        tag = ITEM_TAG[kind]
        if region in ("related", "nav") and tag == "li":
            return f'<li><a href="/news/{stable(t) % 99999}">{_esc(h, t)}</a></li>'
        if region == "head" and shape == "nextjs" and pub is not None and t.endswith(show_date(h, pub)[-5:]):
            return f'<time datetime="{pub.isoformat()}">{_esc(h, t)}</time>'
        if region == "head" and shape == "joomla" and "/" in t and pub is not None:
            return f'<dd class="published"><time datetime="{pub.isoformat()}" itemprop="datePublished">{_esc(h, t)}' \
                   f'</time></dd>'
        return f"<{tag}>{_esc(h, t)}</{tag}>"

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        op, cl, kind = sk[region] if region in sk else ('<div class="x">', "</div>", "div")
        parts = []
        for ro, t in ls:
            if ro in ("title", "lead"):
                parts.append(item(region, ro, t, kind))
            else:
                parts.append(item(region, ro, t, kind))
        if kind == "br2":
            inner = "<br /><br />\n".join(parts)
        else:
            inner = "\n".join(parts)
        if region == "nav" and s["menu_joined"] and shape != "amp":
            op, cl = '<div class="menu-row">', "</div>"
        if region == "related" and len(ls) > 1:  # the list's label is a heading above it
            op = f'<div class="block-title"><h3>{_esc(h, ls[0][1])}</h3></div>\n' + op
            inner = "\n".join(parts[1:])
        if region == "body" and shape == "amp" and art:
            inner = (f'<amp-img src="/images/{stable(gold["id0"]) % 99999}.jpg" width="600" height="400" '
                     f'layout="responsive" alt="{ttl}"></amp-img>\n' + inner)
        if region == "post" and h.family == "labour_news" and shape != "amp":
            inner = ('<div class="h_iframe-aparat_embed_frame"><span style="display: block;padding-top: 57%">'
                     f'</span><iframe src="https://www.aparat.com/video/video/embed/videohash/{s["ids"][0]}/vt/frame" '
                     'allowFullScreen="true"></iframe></div>\n' + inner)
        return f"{op}\n{inner}\n{cl}"

    # regions in 'head' that carry the title are split so the title keeps its own markup
    blocks = []
    for region, ls in pg.regions:
        if region == "head":
            pre_t = [x for x in ls[: next((k for k, (ro, _) in enumerate(ls) if ro == "title"), 0)]]
            rest = ls[len(pre_t):]
            if pre_t:
                blocks.append(("head", block("head", pre_t)))
            title = [x for x in rest if x[0] == "title"]
            if title:
                blocks.append(("head", item("head", "title", title[0][1], "div")))
            meta = [x for x in rest if x[0] == "c"]
            if meta:
                blocks.append(("head", block("head", meta)))
            for x in rest:
                if x[0] == "lead":
                    blocks.append(("head", item("head", "lead", x[1], "div")))
        else:
            blocks.append((region, block(region, ls)))
    story = {"crumb", "head", "pre", "body", "post"}
    after_story = {"related", "comments"}
    top = "\n".join(b for g, b in blocks if g in ("top", "nav"))
    main = "\n".join(b for g, b in blocks if g in story or (shape not in ("amp",) and g in after_story))
    rest = "\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav")
                     and not (shape not in ("amp",) and g in after_story))
    so, sc = sk["story"]
    body = []
    if shape == "aspnet":
        vs = hashlib.blake2b(f"{h.domain}{gold['id0']}".encode(), digest_size=30).hexdigest()
        side = "\n".join(b for g, b in blocks if g == "side")
        foot = "\n".join(b for g, b in blocks if g == "foot")
        body.append(f'<form method="post" action="./NewsDetail.aspx?NewsID={stable(gold["id0"]) % 999999}" '
                    'id="aspnetForm">'
                    f'\n<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
                    f'value="/wEPDwUK{vs}" /></div>\n{top}\n<table id="ctl00_tblMain" width="100%"><tr>\n{so}\n{main}\n'
                    f'{sc}\n{side}\n</tr></table>\n{foot}\n</form>')
    elif shape == "nextjs":
        body.append(f'<div id="__next"><div class="Layout_wrapper__{s["ids"][0]}">\n{top}\n{so}\n{main}\n{sc}\n'
                    f'{rest}\n</div></div>')
        if art:
            props = {"props": {"pageProps": {"news": {
                "id": stable(gold["id0"]) % 9999999, "title": gold["title"], "lead": gold["lead"],
                "body": "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in gold["body_paragraphs"]),
                "service": {"title": gold["section"]} if gold["section"] else None,
                "publishedAt": pub.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z") if pub else None}},
                "__N_SSP": True}, "page": "/news/[id]/[slug]", "query": {"id": str(stable(gold["id0"]) % 9999999)},
                "buildId": s["ids"][1]}
            body.append(f'<script id="__NEXT_DATA__" type="application/json">'
                        f'{json.dumps(props, ensure_ascii=False)}</script>')
    elif shape == "amp":
        body.append(f'{top}\n<button on="tap:sidebar.toggle" class="amp-burger">☰</button>\n{so}\n{main}\n'
                    f'<amp-social-share type="telegram" width="40" height="40"></amp-social-share>\n'
                    f'<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>\n{sc}\n{rest}\n'
                    f'<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
                    f'{{"vars":{{"gtag_id":"G-{s["ids"][2].upper()}"}}}}</script></amp-analytics>')
    elif shape == "blogger":
        side = "\n".join(b for g, b in blocks if g == "side")
        foot = "\n".join(b for g, b in blocks if g == "foot")
        body.append(f'<div class="content"><div class="content-outer">\n{top}\n{so}\n{main}\n{sc}\n{side}\n{foot}\n'
                    '</div></div>')
    else:
        body.append(f'<div class="wrapper" id="page">\n{top}\n{so}\n{main}\n{sc}\n{rest}\n</div>')
    opening = '<!DOCTYPE html>\n<html amp lang="fa" dir="rtl">' if shape == "amp" else \
        '<!DOCTYPE html>\n<html lang="fa-IR" dir="rtl">' if shape != "aspnet" else \
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" ' \
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n' \
        '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">'
    tail = "" if shape == "amp" else '\n<script>window.dataLayer=window.dataLayer||[];</script>'
    return (opening + "\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n" + "\n".join(body) + tail
            + "\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    day = dt.date(2011, 3, 1) + dt.timedelta(days=r.randrange(4700))
    hour = r.choice([0, 0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=tz)


def build(out_dir, n: int = 400, seed: int = 61, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="i", all_families=FAMILIES, make_host=make_host, hosts=4,
        stories=list(_stories()))
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-i:{seed}:page:{i}")
        meta: dict = {}
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r, h.tz) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
            upd = crawl
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                paras = story_paragraphs(r, st)
                pub = _pub_time(r, h.tz)
                built[i] = (paras, pub)
                edits: list[str] = []
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
                pub = pub.astimezone(h.tz)
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            pg, meta = article_page(h, r, st, paras, agency, pub, others, lead)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": meta["lead"],
                    "surtitle": None, "body_paragraphs": paras, "agency": agency,
                    "published_iso": pub.date().isoformat(),
                    "published_jalali": jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d"),
                    "published_time": None, "cluster": None, "source": None, "source_key": st["key"],
                    "edits": edits, "_author": meta["author"]}
            upd = meta["upd"]
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        if gold["kind"] == "article" and not meta["dated"] and not (fmt == "html" and (h.s["meta"] or h.s["jsonld"])):
            pub = None
            gold["published_iso"] = gold["published_jalali"] = None
        if gold["kind"] == "article" and pub is not None:
            shows_time = h.s["time"]
            in_meta = fmt == "html" and (h.s["meta"] or h.s["jsonld"])
            gold["published_time"] = pub.isoformat() if shows_time or in_meta else pub.date().isoformat()
        gold["id0"] = f"{seed}:{i}"
        text = render_html(h, pg, r, gold, pub, upd) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        gold.pop("_author", None)
        gold.pop("id0", None)
        rows.append(gold_row(name, "families-i", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"i{seed}")
