"""Family set M: eight Persian site families as real saved pages, a set written blind to the extractor.

    build(out_dir, n, seed=101, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators but H (whose helpers it imports), from what
these kinds of Persian sites look like when a browser saves them. The families:

- ``judiciary_courts``  court and judiciary news (news codes, Jalali + Hijri dates, «دادستان» datelines,
                        print versions, short links);
- ``fashion_beauty``    fashion and beauty magazine (reading time, author boxes with a bio, product boxes,
                        Instagram embeds, comment threads);
- ``bank_insurance``    banking and insurance news (rate tickers before the story, «آخرین به‌روزرسانی»);
- ``esports_news``      esports and gaming news (Gregorian dates in English digits, Twitch / Aparat players,
                        tournament boxes, Discord banners);
- ``defence_news``      defence news (surtitles, photo credits, audio players reading the story);
- ``tour_agency``       a tour agency's news and blog (tour search boxes, prices, support banners);
- ``school_education``  schools and education news (provincial datelines, «گروه خبری:» labels);
- ``startup_tech``      startup and tech-jobs news (job cards in the sidebar, newsletter boxes, Tailwind).

Each family has three hosts; every host keeps its own template (menu, tagline, date style / calendar /
digits, section form, credit form, end marker, widgets, lines after the body, DOM shape). About 80%
of the pages are HTML as a browser saves them ("Web page, complete" with ``./<name>_files/`` assets, or
"HTML only"): a long <head> with scripts, inline styles and JSON config, Bootstrap / Tailwind / theme
class soup, lazy images (``data-src``), some AMP variants and print versions, sidebars and "most read"
lists placed before the article in source order, mobile menus duplicated in the DOM, cookie and app
banners, ad slots, iframes, comment threads with names and dates. The rest is flat text as copied from
such a page (Ctrl+A, Ctrl+C). Stories are sentences of ``../shared/data/corpora/news-dev.jsonl.gz``
regrouped into 2-15 paragraphs (gold body = those paragraphs, written unchanged); related lists,
tickers, "most read" and previous / next links carry other pages' titles. About 7% negatives; ~10% of
stories are republished on a host of another family (gold ``cluster``). Gold ``agency`` only when the
page credits one; gold ``section`` the most specific breadcrumb item (or label, or the page's
``article:section`` / JSON-LD section), else null; gold ``published_iso`` the local (Tehran) day,
``published_time`` the instant with its offset. Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
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
    AGENCIES,
    COMMENTS,
    FIRST,
    LAST,
    TEHRAN,
    credited_agency as _credited_agency,
    dg,
    fmt_date,
    host_story as _host_story,
    load_stories,
    relative,
    story_paragraphs,
)

FAMILIES = ["judiciary_courts", "fashion_beauty", "bank_insurance", "esports_news", "defence_news", "tour_agency",
            "school_education", "startup_tech"]
HOSTS = {
    "judiciary_courts": [("dadgostar-news.ir", "دادگستر نیوز", "پایگاه خبری قضایی و حقوقی"),
                         ("adliyeh-online.ir", "عدلیه آنلاین", "اخبار دادگاه‌ها و دادسراها"),
                         ("qezavat-press.com", "قضاوت پرس", "رسانه حقوقی کشور")],
    "fashion_beauty": [("modanama.com", "مدنما", "مجله مد و زیبایی"),
                       ("zibashoo-mag.ir", "زیباشو", "راز زیبایی شما"),
                       ("stylekhaneh.com", "استایل‌خانه", "مد، آرایش و سبک زندگی")],
    "bank_insurance": [("bankdari-news.ir", "بانکداری نیوز", "اخبار بانک، بیمه و بازار پول"),
                       ("bimeh-emrooz.com", "بیمه امروز", "پایگاه تخصصی صنعت بیمه"),
                       ("poolobank.ir", "پول و بانک", "رسانه اقتصاد پولی")],
    "esports_news": [("gamerkhabar.ir", "گیمرخبر", "اخبار ورزش‌های الکترونیک"),
                     ("esport-iran.com", "ای‌اسپورت ایران", "لیگ‌ها و مسابقات بازی‌های ویدئویی"),
                     ("levelup-mag.ir", "لول‌آپ", "دنیای بازی و رقابت")],
    "defence_news": [("separnameh.ir", "سپرنامه", "پایگاه خبری دفاعی و امنیتی"),
                     ("defa-online.com", "دفاع آنلاین", "تحلیل صنایع دفاعی"),
                     ("marzban-news.ir", "مرزبان نیوز", "اخبار نیروهای مسلح")],
    "tour_agency": [("safarbazar.com", "سفربازار", "رزرو آنلاین تور، هتل و بلیط"),
                    ("touristline.ir", "توریست‌لاین", "آژانس مسافرتی آنلاین"),
                    ("gashtnegar-travel.com", "گشت‌نگار", "مجله گردشگری")],
    "school_education": [("madreseh-news.ir", "مدرسه نیوز", "اخبار آموزش و پرورش"),
                         ("moallem-online.ir", "معلم آنلاین", "پایگاه خبری فرهنگیان"),
                         ("daneshamooz-khabar.com", "دانش‌آموز خبر", "اخبار مدارس و سنجش")],
    "startup_tech": [("startupnameh.com", "استارتاپ‌نامه", "روایت اکوسیستم نوآوری"),
                     ("karfarma-tech.ir", "کارفرما تک", "فرصت‌های شغلی فناوری"),
                     ("noavari-news.ir", "نوآوری نیوز", "اخبار استارتاپ‌ها و دانش‌بنیان‌ها")],
}
MENUS = {
    "judiciary_courts": (["قضایی", "حقوقی", "دادگاه", "استان‌ها", "انتظامی"],
                         ["مصاحبه", "قوانین", "مشاوره حقوقی", "چندرسانه‌ای", "اطلاعیه‌ها", "آرای وحدت رویه"]),
    "fashion_beauty": (["مد و لباس", "آرایش و زیبایی", "مراقبت پوست", "مو", "سبک زندگی"],
                       ["فروشگاه", "ست لباس", "سلبریتی", "عطر", "ترندها", "تست شخصیت"]),
    "bank_insurance": (["بانک", "بیمه", "بازار ارز", "رمزارز", "مسکن و وام"],
                       ["نرخ سود", "خودرو", "طلا و سکه", "بورس", "مصاحبه", "گزارش ویژه"]),
    "esports_news": (["ورزش الکترونیک", "کنسول", "موبایل", "کامپیوتر", "مسابقات"],
                     ["نقد و بررسی", "ترفند", "استریم", "ویدئو", "سخت‌افزار", "لیگ برتر بازی"]),
    "defence_news": (["دفاعی", "نظامی", "صنایع دفاعی", "امنیتی", "بین‌الملل"],
                     ["دفاع مقدس", "شهدا", "ویدئو", "عکس", "ایثارگران", "نیروی دریایی"]),
    "tour_agency": (["اخبار گردشگری", "راهنمای سفر", "تور داخلی", "تور خارجی", "هتل"],
                    ["بلیط هواپیما", "بلیط قطار", "ویزا", "تماس با ما", "پیگیری رزرو", "تورهای لحظه آخری"]),
    "school_education": (["آموزش و پرورش", "مدارس", "فرهنگیان", "کنکور", "استان‌ها"],
                         ["معلمان", "بخشنامه‌ها", "پیش‌دبستانی", "هنرستان", "نتایج", "ثبت‌نام"]),
    "startup_tech": (["استارتاپ", "فناوری", "سرمایه‌گذاری", "بازار کار", "هوش مصنوعی"],
                     ["استخدام", "رویدادها", "گفت‌وگو", "دانش‌بنیان", "پادکست", "آموزش"]),
}
#: a parent level some hosts put in the breadcrumb between the home label and the section
PARENTS = ["اخبار", "خبر", "مجله", "بلاگ", "همه مطالب"]
AFTER = {
    "judiciary_courts": ["نسخه قابل چاپ", "ارسال به دوستان", "دریافت مشاوره حقوقی رایگان",
                         "اخبار قوه قضاییه را در کانال ما دنبال کنید", "پرسش حقوقی دارید؟ با ما تماس بگیرید"],
    "fashion_beauty": ["این مطلب را برای دوستانتان بفرستید", "ما را در اینستاگرام دنبال کنید",
                       "محصولات پیشنهادی ما", "نظر شما درباره این استایل چیست؟", "تست رایگان نوع پوست"],
    "bank_insurance": ["محاسبه آنلاین اقساط وام", "استعلام نرخ بیمه بدنه", "عضویت در خبرنامه اقتصادی",
                       "برای اطلاع از نرخ لحظه‌ای ارز کلیک کنید", "مشاوره رایگان بیمه"],
    "esports_news": ["به سرور دیسکورد ما بپیوندید", "استریم زنده را از دست ندهید", "جدول رده‌بندی لیگ",
                     "ثبت‌نام در تورنمنت بعدی", "کانال یوتیوب ما را سابسکرایب کنید"],
    "defence_news": ["برای مشاهده اخبار بیشتر به صفحه اصلی مراجعه کنید", "گزارش تصویری",
                     "کانال ما در پیام‌رسان ایتا", "ارسال خبر", "نسخه چاپی"],
    "tour_agency": ["مشاوره و رزرو: ۰۲۱-۹۱۰۰۹۱۰۰", "پشتیبانی ۲۴ ساعته در واتس‌اپ", "تورهای پیشنهادی",
                    "رزرو هتل با تخفیف ویژه", "خرید اقساطی تور"],
    "school_education": ["دانلود بخشنامه", "اخبار آموزش و پرورش را در تلگرام دنبال کنید",
                         "سامانه ثبت‌نام مدارس", "پرسش و پاسخ فرهنگیان", "ارسال به دوستان"],
    "startup_tech": ["در خبرنامه هفتگی ما عضو شوید", "آگهی استخدام رایگان ثبت کنید", "رویدادهای پیش رو",
                     "پادکست هفتگی ما را بشنوید", "معرفی استارتاپ شما"],
}
END_MARKS = ["انتهای پیام/", "انتهای خبر/", "پایان پیام", "/ن", "■", "*", "/د"]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", None]
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " - ", " ← "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "دسته‌بندی:", "گروه:"]
CREDITS = ["منبع: {a}", "منبع خبر: {a}", "به نقل از {a}", "{a}", "منبع : {a}", "خبرگزاری: {a}"]
STYLES = {"judiciary_courts": ["jal_hij", "num", "time_num", "wd_long"],
          "fashion_beauty": ["long_saat", "greg_fa", "dmy", "wd_long"],
          "bank_insurance": ["num", "wd_long", "time_num", "yy"],
          "esports_news": ["greg_en", "greg_fa", "num", "long_saat"],
          "defence_news": ["wd_long", "jal_hij", "num", "time_num"],
          "tour_agency": ["long_saat", "dmy", "wd_long", "greg_fa"],
          "school_education": ["num", "yy", "wd_long", "long_saat"],
          "startup_tech": ["greg_fa", "long_saat", "dmy", "num"]}
LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


@dataclass
class Host:
    family: str
    domain: str
    name: str
    tagline: str
    menu: list[str]
    sections: list[str]
    s: dict = field(default_factory=dict)  # template choices


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-m-host:{seed}:{domain}")
    core, extra = MENUS[family]
    secs = r.sample(core, r.choice([3, 4]))
    menu = secs + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {}
    s["html_p"] = [pick(r, [0.85, 1.0]), pick(r, [0.75, 0.9]), pick(r, [0.45, 0.7])][idx]
    s["css"] = pick(r, ["bootstrap", "tailwind", "theme"])
    s["saved"] = pick(r, ["complete", "html_only"])
    s["amp_p"] = pick(r, [0.0, 0.0, 0.25])
    s["print_p"] = pick(r, [0.0, 0.0, 0.15])
    s["side_first"] = r.random() < 0.5  # "most read" sidebar before the article in source order
    s["mobile_dup"] = r.random() < 0.6
    s["cookie"] = pick(r, [None, "این سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند. متوجه شدم",
                           "با ادامه استفاده از سایت، استفاده از کوکی‌ها را می‌پذیرید. قبول"])
    s["app"] = pick(r, [None, f"اپلیکیشن {name} را نصب کنید", f"دانلود اپلیکیشن {name} | دریافت از بازار"])
    s["digits"] = pick(r, ["fa", "fa", "ar", "en"]) if family != "esports_news" else pick(r, ["en", "fa"])
    styles = STYLES[family]
    s["date"] = styles[idx] if r.random() < 0.8 else pick(r, styles)
    s["time"] = r.random() < 0.75
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "زمان انتشار:", "📅"])
    s["rel"] = pick(r, [None, None, None, "beside"])
    s["today"] = r.random() < 0.5
    s["ticker"] = pick(r, [None, "آخرین اخبار", "تازه‌ها", "خبر فوری"])
    s["sec"] = pick(r, ["crumb", "crumb", "crumb", "label", "kicker", "meta_only", "none"])
    s["home"] = pick(r, HOMES)
    s["parent"] = pick(r, [None, None, pick(r, PARENTS)])
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_title"] = r.random() < 0.35
    s["sec_label"] = pick(r, SEC_LABELS)
    s["lead_p"] = pick(r, [0.0, 0.5, 0.85])
    s["lead_label"] = pick(r, [None, None, "خلاصه خبر:", "لید:"])
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    s["credit"] = pick(r, CREDITS)
    s["credit_top"] = r.random() < 0.3
    s["end"] = pick(r, END_MARKS + [None])
    s["after"] = r.sample(AFTER[family], 2)
    s["code"] = pick(r, [None, "کد خبر: {n}", "شناسه خبر: {n}", "کد مطلب: {n}"])
    s["short"] = pick(r, [None, "لینک کوتاه:", "آدرس کوتاه:"])
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁 {n}"])
    s["ncom"] = pick(r, [None, "{n} نظر", "نظرات ({n})", "{n} دیدگاه"])
    s["font"] = pick(r, [None, "اندازه متن: A+ A-", "کوچک | متوسط | بزرگ"])
    s["print"] = pick(r, [None, "چاپ", "نسخه چاپی"])
    s["audio"] = pick(r, [None, "🔊 شنیدن این خبر", "پخش صوتی خبر 00:00 / 0{m}:{ss}"])
    s["read_time"] = pick(r, [None, "زمان مطالعه: {n} دقیقه", "{n} دقیقه مطالعه"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "تگ‌ها", "کلیدواژه‌ها: {t}", "#"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "اشتراک در:", "lines"])
    s["prevnext"] = pick(r, [None, "label", "arrows"])
    s["related"] = pick(r, ["اخبار مرتبط", "مطالب مرتبط", "پیشنهاد سردبیر", "بیشتر بخوانید", None])
    s["mostread"] = pick(r, ["پربازدیدترین‌ها", "پربحث‌ترین‌ها", "داغ‌ترین اخبار", "محبوب‌ترین مطالب"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["author"] = pick(r, [None, "نویسنده: {a}", "خبرنگار: {a}", "{a}", "box"])
    s["bio"] = pick(r, ["کارشناس ارشد حقوق و روزنامه‌نگار", "نویسنده و ویراستار ارشد مجله",
                        "خبرنگار حوزه اقتصاد کلان", "عاشق بازی و نویسنده اخبار ورزش الکترونیک",
                        "دبیر سرویس و پژوهشگر", "علاقه‌مند به سفر و نوشتن"])
    s["comments"] = pick(r, [None, "دیدگاه‌ها", "نظرات کاربران", "ارسال نظر"])
    s["updated"] = pick(r, [None, None, "آخرین به‌روزرسانی:", "به‌روز شده در"])
    s["newsletter"] = pick(r, [None, "عضویت در خبرنامه", "برای دریافت تازه‌ترین مطالب ایمیل خود را وارد کنید"])
    s["footer"] = [pick(r, [f"© {name} - تمامی حقوق محفوظ است.", f"کلیه حقوق این سایت متعلق به {name} است.",
                            f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | تبلیغات | حریم خصوصی", "تماس با ما - همکاری با ما - قوانین",
                            f"طراحی سایت: {pick(r, ['آرین وب', 'نوین‌سازان', 'مهرسان'])}"])]
    s["meta"] = r.random() < 0.6 or s["sec"] == "meta_only"
    s["jsonld"] = r.random() < 0.5
    s["ld_utc"] = r.random() < 0.4  # JSON-LD instants written in UTC (Z)
    s["time_tag"] = r.random() < 0.5
    s["zwnj_entity"] = r.random() < 0.3
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["title_tag"] = pick(r, ["h1", "h1", "h1", "h2"])
    s["embed"] = pick(r, [0.0, 0.2, 0.4])
    s["ads"] = pick(r, [0.0, 0.3, 0.6])
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(3, 6))) for _ in range(8)]
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- stories

def _spaced(text: str) -> str:
    """``text`` with the agency written «ورزش‌سه» (a ZWNJ) spelled with a space, as H's patterns read it."""
    return text.replace("ورزش\u200cسه", "ورزش سه")


def credited_agency(texts: list[str]) -> str | None:
    """The agency a story's own text credits (H's rule; «ورزش‌سه» with a ZWNJ credits ورزش سه too)."""
    return _credited_agency([_spaced(t) for t in texts])


def host_story(h: Host, paras: list[str], lead: str | None, dataset: str) -> tuple[list[str], str | None,
                                                                                  str | None]:
    """The paragraphs and lead as ``h`` prints them, and the agency the page credits (see H)."""
    if h.s["agency"] == "keep":
        return paras, lead, credited_agency(([lead] if lead else []) + paras)
    # hosts that rewrite credits to their own name rewrite the ZWNJ spelling as well
    return _host_story(h, [_spaced(p) for p in paras], _spaced(lead) if lead else None,  # type: ignore[arg-type]
                       dataset)


# ---------------------------------------------------------------------------------------------- pages

def section_for(h: Host, st: dict) -> str:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def credit_line(h: Host, agency: str) -> str:
    names = AGENCIES[agency]
    return h.s["credit"].format(a=names[stable(h.domain, agency) % len(names)])


def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s, d = h.s, h.s["digits"]
    pg.add("banner", "c", s["cookie"])
    pg.add("banner", "c", s["app"])
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline)
    if s["today"]:
        style = s["date"] if s["date"] in ("greg_fa", "greg_en") else "wd_long"
        pg.add("top", "c", fmt_date(today, style, d, time=False))
    if h.family == "bank_insurance":
        for nm, base in (("دلار", 58_000), ("یورو", 63_000), ("سکه امامی", 41_000_000), ("طلای ۱۸ عیار", 3_900_000)):
            v = base + r.randint(-base // 10, base // 10)
            pg.add("top", "c", dg(f"{nm} {v:,} تومان", d))
    pg.add("top", "c", pick(r, ["ورود / ثبت‌نام", "جستجو کنید...", "جستجو"]))
    for it in [s["home"] or h.name] + h.menu:
        pg.add("nav", "c", it)
    if s["ticker"] and others:
        pg.add("ticker", "c", s["ticker"])
        for t in others[:3]:
            pg.add("ticker", "c", t)


def side_box(h: Host, r: random.Random, pg: Page, others: list[str]) -> None:
    d = h.s["digits"]
    pg.add("side", "c", h.s["mostread"])
    for t in others[3:8]:
        pg.add("side", "c", t)
    if h.family == "startup_tech":
        pg.add("side", "c", "فرصت‌های شغلی")
        for _ in range(3):
            job = pick(r, ["برنامه‌نویس بک‌اند", "طراح محصول", "کارشناس دیجیتال مارکتینگ", "مدیر محصول",
                           "توسعه‌دهنده اندروید", "تحلیلگر داده"])
            pg.add("side", "c", f"{job} - {pick(r, ['تهران', 'دورکاری', 'اصفهان', 'مشهد'])}")
    if h.family == "tour_agency":
        pg.add("side", "c", "جستجوی تور")
        for c in r.sample(["کیش", "استانبول", "دبی", "مشهد", "آنتالیا", "شیراز", "تفلیس"], 3):
            pg.add("side", "c", dg(f"تور {c} از {r.randint(3, 60) * 500_000:,} تومان", d))
    if h.family == "esports_news":
        pg.add("side", "c", "مسابقات پیش رو")
        for _ in range(2):
            a, b = r.sample(["Team Liquid", "NAVI", "G2", "FaZe", "Vitality", "آسمان", "پرسپولیس گیمینگ"], 2)
            pg.add("side", "c", f"{a} vs {b}")


def date_text(h: Host, r: random.Random, pub: dt.datetime) -> str:
    s = h.s
    d = fmt_date(pub, s["date"], s["digits"], s["time"])
    if s["date_label"]:
        d = f"{s['date_label']} {d}"
    if s["rel"] == "beside":
        d = f"{d} ({relative(r, s['digits'])})"
    return d


def family_pre(h: Host, r: random.Random, pub: dt.datetime) -> list[str]:
    f, d = h.family, h.s["digits"]
    if f == "fashion_beauty" and stable(h.domain, 1) % 2:
        return ["در این مقاله می‌خوانید", *r.sample(["انتخاب رنگ مناسب", "ترندهای امسال", "نکات مهم",
                                                     "اشتباهات رایج", "جمع‌بندی"], 3)]
    if f == "esports_news" and stable(h.domain, 2) % 2:
        return [f"بازی: {pick(r, ['Counter-Strike 2', 'Dota 2', 'Valorant', 'PUBG Mobile', 'FIFA'])}",
                dg(f"جایزه: {r.randint(1, 90) * 10_000:,} دلار", d)]
    if f == "tour_agency" and stable(h.domain, 3) % 2:
        return [dg(f"مدت اقامت: {r.randint(2, 9)} شب", d), dg(f"قیمت از {r.randint(4, 80) * 500_000:,} تومان", d)]
    return []


def in_body(h: Host, r: random.Random, i: int, n: int, others: list[str]) -> tuple[str, str | None] | None:
    """An element between paragraphs ``i`` and ``i + 1``: (kind, chrome text or None)."""
    if i >= n - 1:
        return None
    x = r.random()
    if x < h.s["ads"] / max(2, n):
        return "ad", pick(r, [None, None, "تبلیغات", "آگهی"])
    if x < (h.s["ads"] + h.s["embed"]) / max(2, n):
        if h.family == "defence_news":
            return "img", dg(f"عکس: {pick(r, FIRST)} {pick(r, LAST)}", h.s["digits"])
        if h.family == "fashion_beauty":
            return "insta", pick(r, ["مشاهده این پست در اینستاگرام", None])
        return "video", pick(r, [None, "ویدئو | " + pick(r, others) if others else None, "پخش ویدئو"])
    if others and r.random() < 0.08:
        return "readmore", pick(r, ["بیشتر بخوانید: ", "بخوانید: ", "مرتبط: "]) + pick(r, others)
    return None


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 900), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 20))
    pg = Page()
    header(pg, h, r, crawl, others)
    if s["side_first"]:
        side_box(h, r, pg, others)
    sec = section_for(h, st) if r.random() > 0.05 else None
    shown = None
    if sec and s["sec"] == "crumb":
        trail = [s["home"] or h.name] + ([s["parent"]] if s["parent"] else []) + [sec]
        pg.add("crumb", "c", s["sep"].join(trail + ([st["title"]] if s["crumb_title"] else [])))
        shown = sec
    elif sec and s["sec"] == "kicker":
        pg.add("crumb", "c", sec)
        shown = sec
    title = st["title"]
    sur = None
    if h.family == "defence_news" and stable(h.domain, 4) % 2 and r.random() < 0.6:
        sur = pick(r, ["گزارش", "یادداشت", "گفت‌وگو", "تحلیل"]) + pick(r, ["", " اختصاصی"])
        pg.add("head", "sur", sur)
    pg.add("head", "title", title)
    author = pick(r, s["authors"])
    if sec and s["sec"] == "label":
        pg.add("head", "c", f"{s['sec_label']} {sec}")
        shown = sec
    date = date_text(h, r, pub)
    code = dg(s["code"].format(n=r.randint(100000, 2999999)), d) if s["code"] else None
    ncom = r.randint(0, 9)
    bits = [date] + ([code] if code and stable(h.domain, 5) % 2 else [])
    if s["views"]:
        bits.append(dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
    if s["ncom"]:
        bits.append(dg(s["ncom"].format(n=ncom), d))
    if stable(h.domain, 6) % 2:
        pg.add("head", "c", " | ".join(bits))
    else:
        for b in bits:
            pg.add("head", "c", b)
    if s["updated"]:
        pg.add("head", "c", f"{s['updated']} " + fmt_date(upd, s["date"], d, s["time"]))
    if s["read_time"]:
        pg.add("head", "c", dg(s["read_time"].format(n=r.randint(2, 12)), d))
    if s["author"] and s["author"] != "box":
        pg.add("head", "c", s["author"].format(a=author))
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    if lead and s["lead_label"]:
        pg.add("head", "c", s["lead_label"])
    pg.add("head", "lead", lead)
    tools = [x for x in (s["font"], s["print"]) if x]
    if tools:
        pg.add("tools", "c", " ".join(tools))
    if s["audio"]:
        pg.add("tools", "c", dg(s["audio"].format(m=r.randint(1, 6), ss=f"{r.randint(0, 59):02d}"), d))
    for x in family_pre(h, r, pub):
        pg.add("pre", "c", x)
    inserts: dict[int, tuple[str, str | None]] = {}
    for i, p in enumerate(paras):
        pg.add("body", "body", p)
        ins = in_body(h, r, i, len(paras), others)
        if ins:
            inserts[len(pg.regions[-1][1])] = ins
            pg.add("body", "c", ins[1] or "\x00")  # placeholder keeps the position of an element with no text
    pg.add("post", "c", s["end"])
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    if code and not stable(h.domain, 5) % 2:
        pg.add("post", "c", code)
    if s["short"]:
        pg.add("post", "c", f"{s['short']} https://{h.domain}/x/{r.getrandbits(20):05x}")
    tags = st["tags"] or [sec or h.sections[0]]
    if s["tags"] == "تگ‌ها":
        pg.add("post", "c", "تگ‌ها")
        for t in tags:
            pg.add("post", "c", t)
    elif s["tags"] == "#":
        pg.add("post", "c", " ".join("#" + t.replace(" ", "_") for t in tags))
    elif s["tags"]:
        pg.add("post", "c", s["tags"].format(t="، ".join(tags)))
    if s["share"] == "lines":
        for x in ("تلگرام", "واتساپ", "ایتا", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", f"{s['share']} تلگرام - واتساپ - توییتر - لینکدین")
    if s["author"] == "box":
        pg.add("post", "c", f"درباره نویسنده: {author}")
        pg.add("post", "c", s["bio"])
    for x in s["after"]:
        if r.random() < 0.8:
            pg.add("post", "c", x)
    if s["prevnext"] and len(others) >= 10:
        a, b = others[8], others[9]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        else:
            pg.add("post", "c", f"→ {a}")
            pg.add("post", "c", f"{b} ←")
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[10: 10 + r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["comments"]:
        pg.add("comments", "c", s["comments"])
        for _ in range(min(ncom, r.randint(0, 4))):
            pg.add("comments", "c", f"{pick(r, FIRST)} {pick(r, ['', pick(r, LAST)])}".strip())
            when = pub + dt.timedelta(days=r.randint(0, 20), hours=r.randint(1, 20))
            pg.add("comments", "c", fmt_date(when, "num", d) if stable(h.domain, 7) % 2 else relative(r, d))
            pg.add("comments", "c", pick(r, COMMENTS))
            pg.add("comments", "c", pick(r, ["پاسخ", "پاسخ دادن", "👍 " + dg(str(r.randint(0, 40)), d)]))
        pg.add("comments", "c", pick(r, ["نظر شما پس از تایید منتشر می‌شود", "نام خود را وارد کنید",
                                         "ارسال دیدگاه"]))
    if not s["side_first"]:
        side_box(h, r, pg, others)
    pg.add("foot", "c", s["newsletter"])
    for x in s["footer"]:
        pg.add("foot", "c", x)
    gsec = shown
    if sec and s["sec"] == "meta_only" and fmt == "html" and (s["meta"] or s["jsonld"]):
        gsec = sec
    meta = {"section": gsec, "meta_section": sec if s["sec"] != "none" else None, "upd": upd, "crawl": crawl,
            "author": author, "sur": sur, "inserts": inserts}
    return pg, meta


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}", "نتایج جستجو"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", fmt_date(
                crawl - dt.timedelta(days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۲۰ بعدی", d) if r.random() < 0.5 else "بارگذاری بیشتر")
    elif kind == "chrome_only":
        if r.random() < 0.5:
            for x in ("۴۰۴", "متاسفیم! صفحه‌ای که دنبال آن هستید پیدا نشد.", "بازگشت به صفحه اصلی"):
                pg.add("body", "c", dg(x, d))
        else:
            for x in ("تماس با ما", f"نشانی: تهران، خیابان {pick(r, ['آزادی', 'مطهری', 'کریمخان'])}، پلاک ۸",
                      dg(f"تلفن: 021-{r.randint(22000000, 88999999)}", d), f"پست الکترونیک: info@{h.domain}",
                      "نام", "ایمیل", "پیام شما", "ارسال"):
                pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["در حال بارگذاری...", "بدون عنوان", "این مطلب حذف شده است"]))
        pg.add("body", "c", pick(r, ["محتوای مورد نظر در دسترس نیست.", "لطفا چند لحظه صبر کنید...",
                                     "دسترسی به این صفحه محدود شده است."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_text(h: Host, pg: Page) -> str:
    """The page as copied from a browser (Ctrl+A, Ctrl+C): a line per block, blank lines between boxes."""
    sep = h.s["text_sep"]
    out = []
    for region, ls in pg.regions:
        lines = [t for _, t in ls if t != "\x00"]
        if region == "nav" and stable(h.domain, 8) % 2:
            out.append("  ".join(lines))
            continue
        inner = ("\n\n" if region == "body" else "\n") if sep == "mixed" else sep
        if lines:
            out.append(inner.join(lines))
    return ("\n\n" if sep != "\n" else "\n").join(out) + "\n"


CSS = {
    "bootstrap": {"wrap": "container", "row": "row", "main": "col-12 col-lg-8 order-1 order-lg-2",
                  "side": "col-12 col-lg-4 order-2 order-lg-1", "nav": "navbar navbar-expand-lg navbar-light bg-white",
                  "item": "nav-item", "box": "card mb-3 shadow-sm", "text": "card-body"},
    "tailwind": {"wrap": "mx-auto max-w-7xl px-4 sm:px-6 lg:px-8", "row": "grid grid-cols-1 gap-6 lg:grid-cols-12",
                 "main": "lg:col-span-8 lg:order-last", "side": "lg:col-span-4 space-y-4",
                 "nav": "hidden md:flex items-center gap-x-6 text-sm font-medium", "item": "hover:text-blue-600",
                 "box": "rounded-xl bg-white p-4 shadow", "text": "prose prose-lg max-w-none leading-8"},
    "theme": {"wrap": "td-container tdc-row", "row": "vc_row wpb_row td-pb-row", "main": "td-pb-span8 td-main-content",
              "side": "td-pb-span4 td-main-sidebar", "nav": "sf-menu td-header-menu",
              "item": "menu-item menu-item-type-taxonomy",
              "box": "widget td_block_wrap", "text": "td-post-content tagdiv-type"},
}


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def _inline(h: Host, r: random.Random, text: str) -> str:
    if r.random() >= h.s["inline"]:
        return _esc(h, text)
    words = text.split(" ")
    if len(words) < 6:
        return _esc(h, text)
    i, n = r.randrange(1, len(words) - 3), r.randint(1, 3)
    tag = pick(r, ["strong", "a", "b"])
    attr = f' href="https://{h.domain}/tag/{stable(words[i]) % 9999}"' if tag == "a" else ""
    return (_esc(h, " ".join(words[:i]) + " ") + f"<{tag}{attr}>" + _esc(h, " ".join(words[i:i + n]))
            + f"</{tag}>" + _esc(h, " " + " ".join(words[i + n:])))


def _head(h: Host, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None, variant: str,
          asset: str) -> list[str]:
    s = h.s
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    path = f"/news/{r.randint(10000, 999999)}/"
    out = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
           '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
           f"<title>{ttl} - {nm}</title>" if stable(h.domain, 9) % 2 else f"<title>{nm} | {ttl}</title>",
           f'<link rel="canonical" href="https://{h.domain}{path}">',
           f'<meta name="description" content="{html.escape(h.tagline)}">']
    if variant == "html" and gold["kind"] == "article" and s["amp_p"]:
        out.append(f'<link rel="amphtml" href="https://{h.domain}/amp{path}">')
    if variant == "amp":
        out += ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>',
                "<style amp-custom>body{font-family:IRANSans;direction:rtl}.amp-ad{margin:8px 0}</style>"]
    else:
        for css in ("bootstrap.rtl.min.css", "fontawesome.min.css", "style.css", "custom-rtl.css")[: r.randint(2, 4)]:
            out.append(f'<link rel="stylesheet" href="{asset}{css}" type="text/css" media="all">')
        out.append("<style>:root{--main-color:#0a58ca}body{font-family:Vazirmatn,IRANSans,Tahoma}"
                   ".lazyload{opacity:0}.sticky-top{top:64px}@media(max-width:991px){.desktop-only{display:none}}</style>")
        cfg = {"siteName": h.name, "siteUrl": f"https://{h.domain}", "lang": "fa", "ads": {"enabled": True,
               "slots": ["top", "inline", "sidebar"]}, "analytics": "G-" + str(stable(h.domain) % 99999999)}
        out.append(f"<script>window.__SITE_CONFIG__ = {json.dumps(cfg, ensure_ascii=False)};</script>")
        out.append(f'<script async src="https://www.googletagmanager.com/gtag/js?id={cfg["analytics"]}"></script>')
        out.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
                   f"gtag('js',new Date());gtag('config','{cfg['analytics']}');</script>")
    if gold["kind"] == "article" and meta is not None:
        if s["meta"]:
            out += ['<meta property="og:type" content="article">', f'<meta property="og:title" content="{ttl}">',
                    f'<meta property="og:site_name" content="{nm}">',
                    f'<meta property="og:image" content="https://{h.domain}/uploads/{r.getrandbits(30)}.jpg">']
            if pub is not None:
                out.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
                out.append(f'<meta property="article:modified_time" content="{meta["upd"].isoformat()}">')
            if gold["section"] or (s["sec"] == "meta_only" and meta["meta_section"]):
                out.append(f'<meta property="article:section" content="{html.escape(meta["meta_section"])}">')
        if s["jsonld"]:
            def iso(t: dt.datetime) -> str:
                return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if s["ld_utc"] else t.isoformat()
            ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                        "author": {"@type": "Person", "name": meta["author"]},
                        "publisher": {"@type": "Organization", "name": h.name,
                                      "logo": {"@type": "ImageObject", "url": f"https://{h.domain}/logo.png"}}}
            if pub is not None:
                ld["datePublished"] = iso(pub)
                ld["dateModified"] = iso(meta["upd"])
            graph = [ld]
            if meta["meta_section"] and (gold["section"] or s["sec"] == "meta_only"):
                ld["articleSection"] = meta["meta_section"]
                crumbs = [s["home"] or h.name] + ([s["parent"]] if s["parent"] else []) + [meta["meta_section"]]
                graph.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                    {"@type": "ListItem", "position": k + 1, "name": c} for k, c in enumerate(crumbs)]})
            for g in graph:
                out.append(f'<script type="application/ld+json">{json.dumps(g, ensure_ascii=False)}</script>')
    return out


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                variant: str) -> str:
    """The page as a browser saves it; ``variant``: html, amp or print."""
    s, c = h.s, CSS[h.s["css"]]
    k = s["cls"]
    asset = f"./{h.domain.split('.')[0]}_files/" if s["saved"] == "complete" else f"https://{h.domain}/static/"
    head = _head(h, r, gold, meta, pub, variant, asset)
    inserts = meta["inserts"] if meta else {}

    def img(alt: str) -> str:
        src = f"https://{h.domain}/uploads/{r.getrandbits(28)}.jpg"
        if variant == "amp":
            return (f'<amp-img src="{src}" width="800" height="450" layout="responsive" '
                    f'alt="{html.escape(alt)}"></amp-img>')
        if s["saved"] == "complete":
            src = f"{asset}{r.getrandbits(28)}.jpg"
        return (f'<img src="{LAZY_GIF}" data-src="{src}" class="lazyload img-fluid" alt="{html.escape(alt)}" '
                f'loading="lazy" width="800" height="450">')

    def element(kind: str, text: str | None) -> str:
        cap = f'<div class="{k[0]}">{_esc(h, text)}</div>' if text else ""
        if kind == "ad":
            ad = ('<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-1"></amp-ad>'
                  if variant == "amp" else
                  '<ins class="adsbygoogle" style="display:block" data-ad-format="auto"></ins>'
                  "<script>(adsbygoogle=window.adsbygoogle||[]).push({});</script>")
            return f'<div class="ad-slot ad-inline {k[1]}">{cap}{ad}</div>'
        if kind == "img":
            return f'<figure class="wp-caption">{img("")}<figcaption>{_esc(h, text or "")}</figcaption></figure>'
        if kind == "insta":
            return (f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/'
                    f'{r.getrandbits(40):x}/"><div>{_esc(h, text) if text else ""}</div></blockquote>'
                    '<script async src="//www.instagram.com/embed.js"></script>')
        if kind == "video":
            src = (f"https://www.aparat.com/video/video/embed/videohash/{r.getrandbits(24):x}/vt/frame"
                   if stable(h.domain, 10) % 2 else f"https://player.twitch.tv/?video={r.getrandbits(30)}")
            frame = (f'<amp-iframe src="{src}" width="16" height="9" layout="responsive"></amp-iframe>'
                     if variant == "amp" else f'<iframe src="{src}" allowfullscreen="true" frameborder="0"></iframe>')
            return f'<div class="video-embed ratio ratio-16x9">{frame}</div>{cap}'
        return (f'<p class="{k[2]}"><a href="https://{h.domain}/news/{r.randint(1000, 99999)}">'
                f'{_esc(h, text or "")}</a></p>')

    def lst(items: list[str], region: str) -> str:
        return (f'<ul class="list-unstyled {k[3]}">' + "".join(
            f'<li><a href="/news/{stable(t) % 99999}/">{_esc(h, t)}</a></li>' for t in items) + "</ul>")

    parts: dict[str, str] = {}
    for region, ls in pg.regions:
        if region == "body":
            out = []
            for idx, (role, t) in enumerate(ls):
                if role == "body":
                    out.append(f"<p>{_inline(h, r, t)}</p>")
                elif idx in inserts:
                    out.append(element(*inserts[idx]))
                else:
                    out.append(f"<p>{_esc(h, t)}</p>")
            if gold.get("kind") == "article":
                out.insert(0, f'<figure class="post-thumbnail">{img(gold["title"] or "")}</figure>')
            parts[region] = (f'<div class="{c["text"]} entry-content" itemprop="articleBody">\n'
                             + "\n".join(out) + "\n</div>")
        elif region == "nav":
            items = "".join(f'<li class="{c["item"]}"><a class="nav-link" href="/category/{stable(t) % 999}/">'
                            f"{_esc(h, t)}</a></li>" for _, t in ls)
            nav = f'<nav class="{c["nav"]}" id="main-menu"><ul class="navbar-nav">{items}</ul></nav>'
            if s["mobile_dup"] and variant != "print":
                nav = (f'<div class="offcanvas offcanvas-end d-lg-none" id="mobileMenu" tabindex="-1">'
                       f'<button class="btn-close" data-bs-dismiss="offcanvas" aria-label="بستن"></button>'
                       f'<ul class="mobile-menu">{items}</ul></div>\n' + nav)
            parts[region] = nav
        elif region in ("side", "related", "ticker"):
            head_t, items = ls[0][1], [t for _, t in ls[1:]]
            tag = "aside" if region == "side" else "section"
            parts[region] = parts.get(region, "") + (
                f'<{tag} class="{c["box"] if region != "ticker" else "news-ticker marquee"} {region}">'
                f'<h4 class="widget-title">{_esc(h, head_t)}</h4>{lst(items, region)}</{tag}>')
        elif region == "head":
            out = []
            timed = False
            for role, t in ls:
                if role == "title":
                    out.append(f'<{s["title_tag"]} class="entry-title post-title" itemprop="headline">'
                               f"{_esc(h, t)}</{s['title_tag']}>")
                elif role == "sur":
                    out.append(f'<div class="rutitr {k[4]}">{_esc(h, t)}</div>')
                elif role == "lead":
                    out.append(f'<p class="lead summary {k[5]}">{_esc(h, t)}</p>')
                elif s["time_tag"] and pub is not None and any(ch.isdigit() for ch in t) and not timed:
                    timed = True
                    out.append(f'<div class="post-meta"><time datetime="{pub.isoformat()}">{_esc(h, t)}</time></div>')
                else:
                    out.append(f'<div class="post-meta {k[6]}"><span>{_esc(h, t)}</span></div>')
            parts[region] = '<header class="entry-header">\n' + "\n".join(out) + "\n</header>"
        elif region == "crumb":
            t = ls[0][1]
            sep = s["sep"].strip()
            if sep and sep in t:
                items = t.split(f" {sep} ")
                joined = f'<span class="sep"> {html.escape(sep)} </span>'.join(
                    f'<span class="breadcrumb-item"><a href="/c/{stable(x) % 999}">{_esc(h, x)}</a></span>'
                    for x in items)
                parts[region] = f'<div class="breadcrumbs"><nav aria-label="breadcrumb">{joined}</nav></div>'
            else:
                parts[region] = f'<div class="cat-label"><a href="/c/{stable(t) % 999}">{_esc(h, t)}</a></div>'
        elif region == "comments":
            out = [f'<h3 class="comments-title">{_esc(h, ls[0][1])}</h3><ol class="comment-list">']
            rest = [t for _, t in ls[1:]]
            while len(rest) >= 4:
                who, when, what, reply = rest[:4]
                rest = rest[4:]
                out.append('<li class="comment"><div class="comment-author vcard">'
                           f'<b class="fn">{_esc(h, who)}</b></div>'
                           f'<div class="comment-metadata"><time>{_esc(h, when)}</time></div>'
                           f'<div class="comment-content"><p>{_esc(h, what)}</p></div>'
                           f'<div class="reply"><a class="comment-reply-link" href="#">{_esc(h, reply)}</a></div></li>')
            out.append("</ol>")
            out += [f'<div class="comment-form"><p>{_esc(h, t)}</p><textarea name="comment"></textarea></div>'
                    for t in rest]
            parts[region] = f'<section id="comments" class="comments-area">{"".join(out)}</section>'
        else:
            parts[region] = f'<div class="{region} {k[7]}">' + "".join(
                f"<div><span>{_esc(h, t)}</span></div>" for _, t in ls) + "</div>"
    story = "\n".join(parts.get(g, "") for g in ("crumb", "head", "tools", "pre", "body", "post"))
    article = f'<article class="post type-post status-publish hentry" itemscope itemtype="https://schema.org/NewsArticle">\n{story}\n</article>'
    if gold["kind"] != "article":
        article = "\n".join(parts.get(g, "") for g in ("head", "body", "post"))
    if variant == "print":
        body = (f'<div class="print-header"><img src="{asset}logo.png" alt=""> {_esc(h, h.name)}</div>\n'
                f'<div class="print-body">{article}</div>\n'
                f'<div class="print-footer">{"".join(parts.get(g, "") for g in ("foot",))}</div>'
                '<script>window.print();</script>')
    else:
        top = "\n".join(parts.get(g, "") for g in ("banner", "top", "nav", "ticker"))
        side = parts.get("side", "")
        main = (f'<main class="{c["main"]}" id="primary">\n{article}\n{parts.get("related", "")}\n'
                f'{parts.get("comments", "")}\n</main>')
        sidebar = f'<div class="{c["side"]}" id="secondary">{side}</div>'
        cols = sidebar + "\n" + main if s["side_first"] else main + "\n" + sidebar
        body = (f'<header id="masthead" class="site-header">\n{top}\n</header>\n'
                f'<div class="{c["wrap"]}"><div class="{c["row"]}">\n{cols}\n</div></div>\n'
                f'<footer class="site-footer">{parts.get("foot", "")}</footer>\n'
                f'<script src="{asset}jquery.min.js"></script><script src="{asset}lazysizes.min.js"></script>'
                '<script>document.querySelectorAll(".lazyload").forEach(function(i){i.src=i.dataset.src});</script>')
    amp = " amp" if variant == "amp" else ""
    saved = (f"<!-- saved from url=(0{len(h.domain) + 30:03d})https://{h.domain}/ -->\n"
             if s["saved"] == "complete" and variant != "amp" else "")
    return (f'<!DOCTYPE html>\n{saved}<html{amp} lang="fa-IR" dir="rtl">\n<head>\n' + "\n".join(head)
            + f'\n</head>\n<body class="rtl single single-post postid-{r.randint(1000, 99999)}">\n' + body
            + "\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2013, 1, 1) + dt.timedelta(days=r.randrange(4300))
    hour = r.choice([0, 0, 1, 2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 101, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="m", all_families=FAMILIES, make_host=make_host, hosts=3,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-m:{seed}:page:{i}")
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        variant = "html"
        if fmt == "html":
            x = r.random()
            variant = "amp" if x < h.s["amp_p"] else "print" if x < h.s["amp_p"] + h.s["print_p"] else "html"
        meta = None
        pub: dt.datetime | None
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 16))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"])
            pub = None
            variant = "html"
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, "news")
                pub = _pub_time(r)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            others = [t for t in r.sample(titles, min(len(titles), 18)) if t != st["title"]][:16]
            pg, meta = article_page(h, r, st, paras, agency, pub, others, lead, fmt)
            if variant == "print":  # a print version keeps the story, its date and credit, and the footer
                keep = {"crumb", "head", "body", "post", "foot"}
                pg.regions = [(g, ls) for g, ls in pg.regions if g in keep]
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": lead,
                    "surtitle": meta["sur"], "body_paragraphs": paras, "agency": agency,
                    "published_iso": pub.date().isoformat(),
                    "published_jalali": jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d"),
                    "published_time": None, "cluster": None, "source": None, "source_key": st["key"], "edits": edits}
            in_meta = fmt == "html" and (h.s["meta"] or h.s["jsonld"] or h.s["time_tag"])
            gold["published_time"] = pub.isoformat() if h.s["time"] or in_meta else pub.date().isoformat()
        text = render_html(h, pg, r, gold, meta, pub, variant) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold([x for x in pg.lines("c") if x != "\x00"], gold["body_paragraphs"])
        rows.append(gold_row(name, "families-m", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"m{seed}")


__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency"]
