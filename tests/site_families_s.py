"""Family set S: eight Persian site families of public bodies, operators and local scenes, written blind to
the extractor.

    build(out_dir, n, seed=161, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/``; its frame follows ``site_families_r.py``, whose page helpers (URL, date line,
credit forms, text rendering) it imports, and it reuses H's story, date and credit helpers. Families (none
of them in the earlier sets):

- ``police_news``      police / traffic police news portals: emergency-number strips, «پلیس فتا» boxes,
                       «به گزارش پایگاه خبری پلیس» credits, sections at the foot («منتشر شده در:»);
- ``airline_airport``  airports and airlines: flight-status tables beside the story, Gregorian beside Jalali,
                       «ارسال شده در … توسط …» lines at the foot;
- ``telecom_operator`` mobile operators' newsrooms: package price rows, sections only in JSON-LD, author
                       boxes with a bio, newsletter prompts;
- ``port_shipping``    ports and shipping news: vessel line-ups, tender notices («آگهی مناقصه») beside news;
- ``election_results`` election news with result tables (candidate | votes) after the story, update lines;
- ``theatre_stage``    theatre and stage news: showtime rows, kickers, comment threads with replies;
- ``zurkhaneh_sport``  traditional sports (زورخانه، کشتی پهلوانی) federations and clubs: مرشد / ورزش
                       schedules, chips, Hijri dates;
- ``regional_lang``    Kurdish / Azeri regional news in Persian with a few non-Persian lines (a language
                       switch, Sorani and Azerbaijani Latin menu items and notes).

Each family has four hosts (three for ``zurkhaneh_sport``); every host keeps its own template (menu,
tagline, date style / calendar / digits, section form, credit form, end marker, widgets, lines repeated
after the body, DOM shape). Gold section: the most specific section the page shows (a breadcrumb's last
item before the title, a kicker, a label, the ``<title>`` part, the URL path segment, a category link, a
«منتشر شده در» line at the foot, JSON-LD ``articleSection``), else null. Gold agency only when the page
credits one (a credit line, a dateline, a logo's alt text, a «بازنشر» note, the story's own «به گزارش …»);
«خبرنگار ما» and a non-agency author credit none. Gold ``published_iso`` is the page's local (Tehran) day,
``published_time`` the instant with its offset when the page shows the time (or has it in meta / JSON-LD),
else the day. About 7% negatives, ~10% of the stories republished on a host of another family (gold
``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import urllib.parse

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
    Host,
    _pub_time,
    dg,
    fmt_date,
    hijri,
    host_story,
    relative,
    story_paragraphs,
)
from site_families_r import (
    CITIES,
    LOGOS,
    _esc,
    _inline,
    credit_text,
    credited_agency,
    date_line,
    dateline,
    load_stories,
    page_url,
    render_text,
    title_string,
)

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency", "hijri"]

FAMILIES = ["police_news", "airline_airport", "telecom_operator", "port_shipping", "election_results",
            "theatre_stage", "zurkhaneh_sport", "regional_lang"]
HOSTS = {
    "police_news": [("police-khabar.ir", "پلیس خبر", "پایگاه اطلاع‌رسانی انتظامی"),
                    ("rahvar-online.ir", "راهور آنلاین", "اخبار پلیس راهنمایی و رانندگی"),
                    ("entezami-ostan.ir", "انتظامی استان", "پایگاه خبری فرماندهی انتظامی استان"),
                    ("amniat-shahr.com", "امنیت شهر", "خبرهای حوادث و انتظامی")],
    "airline_airport": [("forudgah-news.ir", "فرودگاه نیوز", "اخبار فرودگاه‌های کشور"),
                        ("havapeyma-online.com", "هواپیما آنلاین", "خبرهای صنعت هوایی"),
                        ("parvaz-emrooz.ir", "پرواز امروز", "اطلاع‌رسانی پروازها و شرکت‌های هواپیمایی"),
                        ("aseman-khabar.ir", "آسمان خبر", "پایگاه خبری هوانوردی")],
    "telecom_operator": [("hamrah-news.ir", "همراه نیوز", "اتاق خبر اپراتور"),
                         ("telecom-ruz.com", "تلکام روز", "اخبار ارتباطات و اپراتورها"),
                         ("simcart-online.ir", "سیم‌کارت آنلاین", "بسته‌ها، تعرفه‌ها و اخبار اپراتورها"),
                         ("ertebatat-press.ir", "ارتباطات پرس", "پایگاه خبری فاوا")],
    "port_shipping": [("bandar-khabar.ir", "بندر خبر", "اخبار بنادر و دریانوردی"),
                      ("kashtirani-news.com", "کشتیرانی نیوز", "پایگاه خبری حمل و نقل دریایی"),
                      ("daryanavard.ir", "دریانورد", "رسانه صنعت دریایی"),
                      ("eskele-online.ir", "اسکله آنلاین", "خبرهای بندر و گمرک")],
    "election_results": [("entekhabat-online.ir", "انتخابات آنلاین", "پوشش خبری انتخابات"),
                         ("sandogh-khabar.com", "صندوق خبر", "نتایج و اخبار انتخابات"),
                         ("raye-ma.ir", "رای ما", "پایگاه خبری انتخابات شوراها و مجلس"),
                         ("shomaresh-ara.ir", "شمارش آرا", "آخرین نتایج شمارش")],
    "theatre_stage": [("sahne-news.ir", "صحنه نیوز", "خبرهای تئاتر ایران"),
                      ("namayesh-online.com", "نمایش آنلاین", "تئاتر، نمایش و هنرهای اجرایی"),
                      ("teatr-shahr-khabar.ir", "تئاترشهر خبر", "پایگاه خبری هنرهای نمایشی"),
                      ("pardeh-sahne.ir", "پرده و صحنه", "مجله تئاتر")],
    "zurkhaneh_sport": [("zurkhaneh-news.ir", "زورخانه نیوز", "پایگاه خبری ورزش‌های پهلوانی"),
                        ("pahlevani-online.ir", "پهلوانی آنلاین", "فدراسیون ورزش‌های زورخانه‌ای"),
                        ("gowd-khabar.com", "گود خبر", "خبرهای ورزش باستانی")],
    "regional_lang": [("kurdpress-fa.ir", "کردپرس فارسی", "اخبار کردستان به فارسی"),
                      ("araz-xeber.ir", "ارس خبر", "Araz Xəbər · اخبار آذربایجان"),
                      ("mukriyan-news.com", "موکریان نیوز", "هەواڵی موکریان · اخبار موکریان"),
                      ("savalan-online.ir", "سبلان آنلاین", "Savalan Onlayn · پایگاه خبری اردبیل")],
}
#: a family's sections (some as parent > child) and its other menu items
MENUS = {
    "police_news": (["حوادث", "پلیس راهور", ("انتظامی", "پلیس فتا"), "مبارزه با مواد مخدر", "اجتماعی"],
                    ["گزارش تخلف", "سامانه‌ها", "نظرسنجی", "تماس", "ویدیو"]),
    "airline_airport": (["فرودگاه‌ها", "ایرلاین‌ها", ("صنعت هوایی", "ناوگان"), "گردشگری", "اخبار پرواز"],
                        ["وضعیت پروازها", "خرید بلیت", "قوانین بار", "تماس", "گالری"]),
    "telecom_operator": (["اپراتورها", "اینترنت", ("فناوری", "نسل پنجم"), "بسته‌ها", "اقتصاد دیجیتال"],
                         ["تعرفه‌ها", "خرید بسته", "پوشش شبکه", "پشتیبانی", "ویدیو"]),
    "port_shipping": (["بنادر", "کشتیرانی", ("تجارت دریایی", "ترانزیت"), "گمرک", "شیلات"],
                      ["مناقصات", "آمار تخلیه و بارگیری", "نقشه بنادر", "تماس", "آرشیو"]),
    "election_results": (["مجلس", "شوراها", ("انتخابات ریاست جمهوری", "نامزدها"), "حوزه‌های انتخابیه",
                          "مشارکت"],
                         ["نتایج", "نقشه آرا", "گفت‌وگو", "تحلیل", "ویدیو"]),
    "theatre_stage": (["تئاتر", "نمایش خیابانی", ("جشنواره‌ها", "جشنواره فجر"), "نقد", "عروسکی"],
                      ["برنامه اجراها", "خرید بلیت", "گالری", "آرشیو", "تماس"]),
    "zurkhaneh_sport": (["ورزش باستانی", "کشتی پهلوانی", ("مسابقات", "لیگ"), "پیشکسوتان"],
                        ["زورخانه‌ها", "مرشدها", "ویدیو", "گالری", "تماس"]),
    "regional_lang": (["کردستان", "آذربایجان", ("فرهنگ", "ادبیات کردی"), "اقتصاد منطقه", "مرزنشینان"],
                      ["کوردی", "Azərbaycanca", "ویدیو", "آرشیو", "تماس"]),
}
AFTER = {
    "police_news": ["در صورت مشاهده تخلف با ۱۱۰ تماس بگیرید", "پلیس فتا: ۰۹۶۳۸۰", "سامانه شکایات مردمی",
                    "هشدار پلیس را جدی بگیرید"],
    "airline_airport": ["وضعیت لحظه‌ای پروازها را ببینید", "خرید بلیت هواپیما", "قوانین حمل بار همراه",
                        "Follow us on Instagram"],
    "telecom_operator": ["برای خرید بسته کد ستاره را شماره‌گیری کنید", "اپلیکیشن اپراتور را نصب کنید",
                         "پوشش شبکه در منطقه خود را ببینید", "پشتیبانی ۲۴ ساعته"],
    "port_shipping": ["آمار روزانه تخلیه و بارگیری", "سامانه جامع بندری", "ثبت آگهی حمل بار",
                      "دریافت خبرنامه دریایی"],
    "election_results": ["نتایج رسمی را از ستاد انتخابات پیگیری کنید", "نقشه تعاملی آرا",
                         "مشارکت شما آینده را می‌سازد", "آخرین نتایج را در کانال ما ببینید"],
    "theatre_stage": ["بلیت نمایش‌ها را آنلاین بخرید", "برنامه اجراهای این هفته", "به باشگاه تماشاگران بپیوندید",
                      "فراخوان جشنواره"],
    "zurkhaneh_sport": ["یا علی مدد", "ثبت‌نام در کلاس‌های زورخانه", "فهرست زورخانه‌های فعال",
                        "حمایت از پیشکسوتان"],
    "regional_lang": ["Bizi izləyin", "بەڕێزان سپاس بۆ خوێندنەوە", "کانال تلگرام ما را دنبال کنید",
                      "ارسال خبر و گزارش مردمی"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", "🏠 خانه", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " ← ", " | "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "موضوع:"]
SEC_FORMS = ["kicker", "foot_label", "title_only", "url", "jsonld_only", "cattag", "byline", "crumb_home",
             "crumb_site", "chip", "label",
             "crumb_sub", "meta_only", "none"]
CREDITS = ["source", "naghl", "paren", "dateline", "logo", "reporter", "baznashr", "lastline", "author_only"]
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ح", "*", "■", "انتهای خبر", "/پ", None, None]


def _sections(family: str) -> tuple[list[tuple[str, ...]], list[str]]:
    core, extra = MENUS[family]
    return [c if isinstance(c, tuple) else (c,) for c in core], extra


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-s-host:{seed}:{domain}")
    secs, extra = _sections(family)
    chosen = r.sample(secs, min(len(secs), r.choice([3, 4])))
    menu = [c[0] for c in chosen] + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {"chosen": chosen}
    s["digits"] = pick(r, ["fa", "fa", "ar", "en"] if family != "airline_airport" else ["en", "fa"])
    styles = {"airline_airport": ["greg_fa", "jal_greg", "num", "greg_en"],
              "zurkhaneh_sport": ["jal_hij", "words", "wd_long"],
              "election_results": ["time_num", "num", "long_saat", "wd_long"]}.get(
        family, ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "jal_hij", "words"])
    s["date"] = styles[idx % len(styles)] if r.random() < 0.7 else pick(r, styles)
    s["time"] = r.random() < 0.7
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "تاریخ:", "زمان:"])
    # where the date shows: in the head, only a relative time there and the date at the foot, or nowhere
    # or at the foot in a «ارسال شده در <date> توسط <author>» line
    s["date_pos"] = pick(r, ["head", "head", "head", "foot", "rel_head", "meta_only", "byline_foot",
                             "rel_only" if idx == 3 else "head"])
    # «آخرین به‌روزرسانی:» beside the publication date (most election pages are updated as the count goes)
    s["upd"] = r.random() < (0.8 if family == "election_results" else 0.35)
    s["today"] = r.random() < 0.5
    s["sec"] = SEC_FORMS[(stable(seed, domain) + idx * 3) % len(SEC_FORMS)] if r.random() < 0.75 else pick(
        r, SEC_FORMS)
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, SEPS)
    s["crumb_title"] = r.random() < 0.4
    s["sec_label"] = pick(r, SEC_LABELS)
    s["sur_p"] = pick(r, [0.0, 0.3, 0.6])  # روتیتر above the headline
    s["lead_p"] = pick(r, [0.0, 0.4, 0.8])
    s["credit"] = CREDITS[(stable(seed, family, "credit") + 2 * idx) % len(CREDITS)]
    # «خبرنگار ما» and an author alone mostly go with a host that rewrites the agency's name to its own
    s["agency"] = pick(r, ["none", "none", "keep"] if s["credit"] in ("reporter", "author_only")
                       else ["keep", "keep", "credit", "credit"])
    s["end"] = pick(r, END_MARKS)
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.4))
    s["menu_joined"] = pick(r, [" | ", " - ", None])
    s["code"] = pick(r, [None, "کد خبر: {n}", "شناسه خبر: {n}", "کد مطلب: {n}"])
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁 {n}"])
    s["comments"] = pick(r, [None, "نظرات ({n})", "{n} دیدگاه", "دیدگاه کاربران"])
    s["tools"] = pick(r, [None, "اندازه متن: A+ A- | نسخه چاپی", "چاپ | ذخیره | ارسال به دوستان", "🖨 نسخه چاپی"])
    s["audio"] = r.random() < 0.15
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "تگ‌ها: {t}", "lines"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "title", "lines"])
    s["bio"] = r.random() < (0.7 if family == "telecom_operator" else 0.25)
    s["shortlink"] = r.random() < 0.4
    s["widget"] = pick(r, [None, "side", "post", "post"]) if family != "election_results" else "post"
    s["ticker"] = r.random() < 0.3  # other stories' titles scrolling under the header
    s["tender"] = r.random() < (0.7 if family == "port_shipping" else 0.2)  # «آگهی مناقصه» boxes beside news
    s["newsletter"] = pick(r, [None, None, "عضویت در خبرنامه {n}: ایمیل خود را وارد کنید",
                               "خبرنامه هفتگی را در ایمیل خود بخوانید", "ایمیل شما | عضویت"])
    s["disclaimer"] = pick(r, [None, None, "انتشار مطالب به معنای تایید آن نیست.",
                               "مسئولیت صحت اطلاعات بر عهده منبع خبر است.",
                               "نظرات منتشر شده لزوما دیدگاه این پایگاه نیست."])
    s["thread"] = r.random() < (0.7 if family == "theatre_stage" else 0.3)  # comment replies by the editors
    s["langs"] = family == "regional_lang" or r.random() < 0.05  # a language switch in the header
    s["banner"] = pick(r, [None, "اپلیکیشن {n} را از بازار دانلود کنید", "عضویت در خبرنامه {n}",
                           "کانال {n} در ایتا و تلگرام"])
    s["related"] = pick(r, ["اخبار مرتبط", "بیشتر بخوانید", "آخرین اخبار", "پربازدیدترین‌ها", None])
    s["prevnext"] = pick(r, [None, "label", "arrows"])
    s["author"] = pick(r, [None, "نویسنده: {a}", "{a}", "به قلم {a}", "گزارش: {a}"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["footer"] = [pick(r, [f"کلیه حقوق این سایت متعلق به {name} است.", "© تمامی حقوق محفوظ است",
                            f"© {dg(2024, s['digits'])} {name}", f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | تبلیغات", "تماس با ما - حریم خصوصی - قوانین",
                            f"طراحی سایت: {pick(r, ['نوآوران وب', 'سامانه‌گستر', 'آوا طرح'])}"])]
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_form"] = pick(r, ["sec_title_site", "title_site", "site_title"])
    if s["sec"] == "title_only":
        s["title_form"] = "sec_title_site"
    s["title_top"] = s["sec"] == "title_only" or r.random() < 0.2  # a text dump starts with the <title>
    s["html_p"] = pick(r, [0.0, 0.2, 0.45, 0.7]) if idx else pick(r, [0.05, 0.15])
    if s["sec"] in ("cattag", "meta_only", "jsonld_only"):
        s["html_p"] = 0.85
    s["logo_h1"] = r.random() < 0.3
    s["shape"] = pick(r, ["semantic", "divsoup", "mainnest", "divsoup"])
    s["meta"] = s["sec"] == "meta_only" or (s["sec"] != "jsonld_only" and r.random() < 0.5)
    s["jsonld"] = s["sec"] == "jsonld_only" or r.random() < 0.4
    s["time_el"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.5
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["url_date"] = r.random() < 0.4
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- pieces

CITIES_TO = ["مشهد", "کیش", "شیراز", "اهواز", "تبریز", "استانبول", "دبی", "نجف", "بندرعباس", "اصفهان"]
SHIPS = ["ایران شهرکرد", "پرشیا", "سپهر", "خلیج فارس ۳", "دریای نور", "آریا", "کاسپین"]
PLAYS = ["مرگ یزدگرد", "باغ آلبالو", "شب هزار و یکم", "پچپچه‌های پشت خط نبرد", "آنتیگونه", "سیاوش‌خوانی"]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's own box beside or after the story (numbers change per page): a table's rows
    «a | b | c» under a heading, or the emergency strip of a police site, or the language notes of a
    regional one."""
    d, f = h.s["digits"], h.family
    if f == "police_news":
        rows = ["شماره‌های اضطراری", "پلیس: ۱۱۰", "پلیس راهور: ۱۲۰", "پلیس فتا: ۰۹۶۳۸۰",
                f"تصادفات امروز در استان: {r.randint(3, 60)} مورد"]
    elif f == "airline_airport":
        rows = ["وضعیت پروازها", "پرواز | مقصد | ساعت | وضعیت"] + [
            f"{pick(r, ['IR', 'EP', 'W5', 'QB'])}{r.randint(100, 999)} | {pick(r, CITIES_TO)} | "
            f"{r.randint(0, 23):02d}:{pick(r, ['00', '15', '30', '45'])} | "
            f"{pick(r, ['نشسته', 'تاخیر', 'در حال سوار شدن', 'لغو شد', 'به موقع'])}" for _ in range(r.randint(3, 5))]
    elif f == "telecom_operator":
        rows = ["بسته‌های پیشنهادی امروز"] + [
            f"بسته {pick(r, ['یک‌روزه', 'هفتگی', '۳۰ روزه', 'سه‌ماهه'])} {r.randint(1, 60)} گیگ: "
            f"{r.randint(20, 400) * 1000:,} تومان" for _ in range(3)]
    elif f == "port_shipping":
        rows = ["کشتی‌های در انتظار پهلوگیری"] + [
            f"{pick(r, SHIPS)} | اسکله {r.randint(1, 24)} | {r.randint(5, 90) * 1000:,} تن" for _ in range(3)]
    elif f == "election_results":
        rows = [pick(r, ["نتایج شمارش آرا", "نتایج غیررسمی", "جدول نتایج حوزه"]), "نامزد | آرا | درصد"]
        votes = sorted((r.randint(2000, 90000) for _ in range(r.randint(3, 5))), reverse=True)
        tot = sum(votes)
        rows += [f"{pick(r, FIRST)} {pick(r, LAST)} | {v:,} | {100 * v / tot:.1f}" for v in votes]
        rows.append(f"تعداد صندوق‌های شمارش شده: {r.randint(10, 400)} از {r.randint(400, 900)}")
    elif f == "theatre_stage":
        rows = ["اجراهای امشب"] + [
            f"{pick(r, PLAYS)} | {pick(r, ['تالار وحدت', 'تئاتر شهر', 'سالن سایه', 'تماشاخانه ایرانشهر'])} | "
            f"ساعت {pick(r, ['۱۸:۰۰', '۱۹:۳۰', '۲۰:۳۰', '۲۱:۰۰'])}" for _ in range(3)]
    elif f == "zurkhaneh_sport":
        rows = ["برنامه گود این هفته", f"مرشد: {pick(r, FIRST)} {pick(r, LAST)}",
                f"میل‌گیری و کباده | {pick(r, ['شنبه', 'دوشنبه', 'چهارشنبه'])} ساعت ۶ صبح",
                f"کشتی پهلوانی | {pick(r, ['یکشنبه', 'سه‌شنبه', 'پنج‌شنبه'])} ساعت ۱۸"]
    else:
        rows = [pick(r, ["Son xəbərlər", "دوایین هەواڵەکان", "Xəbər lenti"]),
                pick(r, ["ئەم هەواڵە بە کوردیش بخوێنەوە", "Bu xəbəri Azərbaycan dilində oxuyun",
                         "این خبر را به کردی بخوانید"])]
    return [dg(x, d) for x in rows]


def tender(h: Host, r: random.Random, crawl: dt.datetime) -> list[str]:
    """A tender notice box («آگهی مناقصه») beside the news: its number and deadline change per page."""
    j = jdatetime.date.fromgregorian(date=(crawl + dt.timedelta(days=r.randint(5, 25))).date())
    return [dg(x, h.s["digits"]) for x in (
        pick(r, ["آگهی مناقصه عمومی", "آگهی مزایده", "فراخوان مناقصه یک مرحله‌ای"]),
        f"شماره {j.year}/{r.randint(10, 300)} - "
        f"{pick(r, ['خرید تجهیزات', 'لایروبی حوضچه', 'نگهداری ساختمان', 'تامین خودرو'])}",
        f"مهلت دریافت اسناد: {j.year}/{j.month:02d}/{j.day:02d}")]


# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        tstyle = "wd_long" if s["date"] not in ("greg_fa", "greg_en") else s["date"]
        pg.add("top", "c", ("امروز: " if stable(h.domain, 23) % 2 else "")
               + fmt_date(today, tstyle, s["digits"], time=False))
    if s["langs"]:
        pg.add("top", "c", pick(r, ["فارسی | کوردی | Azərbaycanca", "FA | KU | AZ", "کوردی · فارسی"]))
    if s["ticker"] and others:
        pg.add("top", "c", pick(r, ["آخرین اخبار:", "خبر فوری:", "تازه‌ها:"]))
        for t in others[-3:]:
            pg.add("top", "c", t)
    items = [s["home"] or h.name] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 600), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 20))
    pg = Page()
    title = st["title"]
    form = s["sec"]
    chosen = s["chosen"][stable(st["key"], h.domain) % len(s["chosen"])]
    if r.random() < 0.06:
        form = "none"
    if form in ("cattag", "meta_only", "jsonld_only") and fmt != "html":
        form = "none"  # a flat-text dump loses the category link and the meta
    sec_shown = chosen if form != "none" else None
    if form != "crumb_sub" and sec_shown:
        sec_shown = chosen[-1:]
    gold_sec = sec_shown[-1] if sec_shown else None
    url = page_url(h, st, chosen, pub, form == "url")
    if fmt == "txt" and (form == "url" or (s["url_date"] and s["date_pos"] == "meta_only")):
        pg.add("top", "c", url)
    if s["title_top"] and fmt == "txt":
        pg.add("top", "c", title_string(h, title, gold_sec if form == "title_only" else None))
    header(pg, h, r, crawl, others)
    if s["widget"] == "side":
        for x in widget(h, r):
            pg.add("side", "c", x)
    dated = True
    # breadcrumbs and other section forms above the headline
    if form in ("crumb_home", "crumb_site", "crumb_sub"):
        home = h.name if form == "crumb_site" else (s["home"] or "خانه")
        trail = [home, *chosen] if form == "crumb_sub" else [home, chosen[-1]]
        if s["crumb_title"]:
            trail.append(title)
        pg.add("crumb", "c", s["sep"].join(trail))
    elif form == "chip":
        pg.add("crumb", "c", pick(r, ["#", ""]) + chosen[-1] if stable(h.domain, 24) % 2 else f"[{chosen[-1]}]")
    sur = None
    if r.random() < s["sur_p"]:
        tags = st["tags"] or ["گزارش"]
        sur = pick(r, [f"در حاشیه {pick(r, tags)}", f"{pick(r, tags)}؛", f"گزارش {pick(r, tags)}",
                       f"روایتی از {pick(r, tags)}"])
    if form == "kicker":
        pg.add("head", "c", chosen[-1])
    pg.add("head", "sur", sur)
    pg.add("head", "title", title)
    if lead:
        pg.add("head", "lead", lead)
    author = pick(r, s["authors"])
    pos = s["date_pos"]
    views = dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d) if s["views"] else None
    if form == "byline":
        row = [author, chosen[-1]]
        if pos in ("head", "rel_head"):
            row.append(date_line(h, pub) if pos == "head" else relative(r, d))
        elif pos == "rel_only":
            row.append(relative(r, d))
        if views:
            row.append(views)
        pg.add("head", "c", " | ".join(row))
    else:
        if pos == "head":
            pg.add("head", "c", date_line(h, pub))
        elif pos in ("rel_head", "rel_only"):
            pg.add("head", "c", relative(r, d))
        if views:
            pg.add("head", "c", views)
    if pos in ("head", "rel_head") and s["upd"]:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + fmt_date(upd, s["date"], d, s["time"]))
    if form == "label":
        pg.add("head", "c", f"{s['sec_label']} {chosen[-1]}")
    if s["code"]:
        pg.add("head", "c", dg(s["code"].format(n=r.randint(10000, 999999)), d))
    if s["tools"]:
        pg.add("head", "c", s["tools"])
    if s["audio"]:
        pg.add("head", "c", pick(r, ["🔊 شنیدن این خبر", "نسخه صوتی خبر", "پخش صوت"]))
        pg.add("head", "c", dg(f"00:00 / {r.randint(1, 9):02d}:{r.randint(0, 59):02d}", d))
    credit = s["credit"] if agency else None
    if credit == "reporter" or (agency is None and s["credit"] == "reporter"):
        pg.add("head", "c", pick(r, ["گزارش خبرنگار ما", "به گزارش خبرنگار ما", f"خبرنگار {h.name}"]))
    if agency and credit == "dateline":
        paras = [dateline(h, agency) + paras[0], *paras[1:]]
    for i, p in enumerate(paras):
        pg.add("body", "body", p)
        if others and i < len(paras) - 1 and r.random() < 0.08:
            pg.add("body", "c", pick(r, ["بیشتر بخوانید: ", "بخوانید: "]) + pick(r, others))
    pg.add("post", "c", s["end"])
    if agency and credit in ("source", "naghl", "paren", "baznashr", "author_only", "reporter"):
        pg.add("post", "c", credit_text(h, r, agency))
    if pos == "foot":
        pg.add("post", "c", date_line(h, pub))
    elif pos == "rel_head":
        pg.add("post", "c", ("تاریخ انتشار: " if not s["date_label"] else "") + date_line(h, pub))
    elif pos == "byline_foot":
        pg.add("post", "c", f"ارسال شده در {fmt_date(pub, s['date'], d, s['time'])} توسط {author}")
    if form == "foot_label":
        pg.add("post", "c", pick(r, ["منتشر شده در: ", "دسته‌بندی: ", "در بخش "]) + chosen[-1])
    if s["author"]:
        pg.add("post", "c", s["author"].format(a=author))
    if s["bio"]:
        pg.add("post", "c", author)
        pg.add("post", "c", pick(r, [f"{author} نویسنده و کارشناس {pick(r, h.sections)} است.",
                                     "علاقه‌مند به فناوری، فوتبال و هر چیزی که تازه باشد.",
                                     "دبیر سرویس و روزنامه‌نگار با بیش از ده سال سابقه."]))
    if s["shortlink"]:
        pg.add("post", "c", f"لینک کوتاه: https://{h.domain[:8]}.ir/{stable(st['key']) % 99999:x}")
    tags = st["tags"] or ["ایران"]
    if s["tags"] == "#":
        pg.add("post", "c", " ".join("#" + x.replace(" ", "_") for x in tags))
    elif s["tags"] == "lines":
        for x in ["برچسب‌ها", *tags]:
            pg.add("post", "c", x)
    elif s["tags"]:
        pg.add("post", "c", s["tags"].format(t="، ".join(tags)))
    if s["share"] == "title":
        pg.add("post", "c", f"اشتراک‌گذاری «{title}» در تلگرام | واتس‌اپ | ایکس")
    elif s["share"] == "lines":
        for x in ("تلگرام", "واتس‌اپ", "ایتا", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"] + " تلگرام | ایتا | بله | ایکس")
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["banner"]:
        pg.add("post", "c", s["banner"].format(n=h.name))
    if s["disclaimer"]:
        pg.add("post", "c", s["disclaimer"])
    if s["widget"] == "post":
        for x in widget(h, r):
            pg.add("box", "c", x)
    if s["prevnext"] and len(others) >= 2:
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("post", "c", f"خبر قبلی: {a}")
            pg.add("post", "c", f"خبر بعدی: {b}")
        else:
            pg.add("post", "c", f"« {a}")
            pg.add("post", "c", f"{b} »")
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[: r.randint(3, 6)]:
            pg.add("related", "c", t)
    if s["tender"]:
        for x in tender(h, r, crawl):
            pg.add("tender", "c", x)
    ncom = r.randint(0, 6)
    if s["comments"]:
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, 2)):
            pg.add("comments", "c", pick(r, FIRST))
            if s["thread"]:
                pg.add("comments", "c", relative(r, d))
            pg.add("comments", "c", pick(r, COMMENTS))
            if s["thread"] and r.random() < 0.6:
                pg.add("comments", "c", pick(r, ["پاسخ مدیر سایت:", "پاسخ:", f"{h.name} پاسخ داد:"]))
                pg.add("comments", "c", pick(r, ["ممنون از همراهی شما.", "پیگیری می‌کنیم.",
                                                 "نظر شما به دبیر سرویس منتقل شد."]))
    if s["newsletter"]:
        pg.add("foot", "c", s["newsletter"].format(n=h.name))
    for x in s["footer"]:
        pg.add("foot", "c", x)
    if agency and credit == "lastline":
        pg.add("foot", "c", credit_text(h, r, agency))
    if pos == "rel_only":  # only «۳ ساعت پیش»: the day is not on the page (unless in its meta)
        dated = fmt == "html" and (s["meta"] or s["jsonld"])
    if pos == "meta_only":  # no visible date: the meta / JSON-LD, else the URL's day, else none
        if not (fmt == "html" and (s["meta"] or s["jsonld"])):
            dated = "url" if s["url_date"] else False
    meta = {"section": gold_sec, "form": form, "dated": dated, "upd": upd, "author": author, "url": url,
            "chosen": chosen, "surtitle": sur}
    return pg, meta


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه خبر", fmt_date(
                crawl - dt.timedelta(days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۲۰ صفحه بعد", d))
    elif kind == "chrome_only":
        for x in ("تماس با ما", f"نشانی: {pick(r, CITIES)}، خیابان {pick(r, ['امام', 'آزادی', 'طالقانی'])}، پلاک ۴",
                  dg(f"تلفن: 0{r.randint(21, 87)}-{r.randint(3000000, 8999999)}", d), f"ایمیل: info@{h.domain}",
                  "نام", "متن پیام", "ارسال"):
            pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["خبر یافت نشد", "در حال به‌روزرسانی", "بدون عنوان"]))
        pg.add("body", "c", pick(r, ["این خبر حذف شده یا در دسترس نیست.", "به زودی ...",
                                     "صفحه مورد نظر شما پیدا نشد."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None) -> str:
    s, c = h.s, h.s["cls"]
    shape = s["shape"]
    sec = gold["section"]
    ttl = html.escape(title_string(h, gold["title"], sec if meta and meta["form"] == "title_only" else None)
                      if gold["title"] else h.name)
    head = [f"<title>{ttl}</title>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if meta:
        head.append(f'<link rel="canonical" href="{urllib.parse.quote(meta["url"], safe=":/")}">')
        head.append(f'<meta property="og:url" content="{html.escape(meta["url"])}">')
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if sec:
            head.append(f'<meta property="article:section" content="{html.escape(sec)}">')
    if gold["kind"] == "article" and s["jsonld"]:
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
                    "author": {"@type": "Person", "name": meta["author"] if meta else None}}
        if pub is not None:
            ld["datePublished"] = pub.isoformat()
        if sec:
            ld["articleSection"] = sec
        lds = [ld]
        if sec and meta:
            items = [h.name, *meta["chosen"]] if meta["form"] == "crumb_sub" else [h.name, sec]
            lds.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": k + 1, "name": x} for k, x in enumerate(items)]})
        for x in lds:
            head.append(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>')
    head.append("<style>body{font-family:IRANSans,Tahoma;direction:rtl}</style>")
    title_tag = "h2" if s["logo_h1"] else "h1"

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            return f'<{title_tag} class="{c[0]}">{_esc(h, t)}</{title_tag}>'
        if role == "body":
            inner = _inline(h, r, t)
            return f"<p>{inner}</p>" if shape != "divsoup" else f'<div class="{c[1]}">{inner}</div>'
        if role == "lead":
            return f'<p class="{c[2]}">{_esc(h, t)}</p>'
        if role == "sur":
            return f'<h3 class="{c[3]}">{_esc(h, t)}</h3>'
        if region == "top" and t == h.name and s["logo_h1"]:
            logo = f'<img src="/img/logo.png" alt="{html.escape(h.name)}">'
            return f'<h1 class="logo"><a href="/">{logo}{_esc(h, t)}</a></h1>'
        if region == "nav" and s["menu_joined"]:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/{c[4]}/{stable(x) % 99}">{_esc(h, x)}</a>' for x in t.split(s["menu_joined"])) + "</div>"
        if region == "nav":
            return f'<li><a href="/{c[4]}/{stable(t) % 99}">{_esc(h, t)}</a></li>'
        if region == "related":
            return f'<li><a href="/n/{stable(t) % 99999}">{_esc(h, t)}</a></li>'
        if region == "head" and pub is not None and s["time_el"] and any(ch.isdigit() for ch in t) \
                and canon(t) == canon(date_line(h, pub)):
            return f'<time datetime="{pub.isoformat()}">{_esc(h, t)}</time>'
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        inner = "\n".join(line(ro, t, region) for ro, t in ls)
        if region == "related" or (region == "nav" and not s["menu_joined"]):
            inner = f"<ul>{inner}</ul>"
        if shape == "semantic":
            tag = {"top": "header", "nav": "nav", "related": "aside", "side": "aside", "tender": "aside",
                   "foot": "footer", "comments": "section"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "divsoup":
            return f'<div class="{c[6]}"><div class="{c[7]}">\n{inner}\n</div></div>'
        return f'<div class="{c[8]}">\n{inner}\n</div>'

    blocks = [(region, block(region, ls)) for region, ls in pg.regions]
    extra = []
    if meta and meta["form"] == "cattag" and sec:
        extra.append(f'<div class="{c[9]}">{pick(r, ["دسته‌بندی: ", "در ", ""])}'
                     f'<a href="/category/{stable(sec) % 999}" rel="category tag">{_esc(h, sec)}</a></div>')
    if agency and s["credit"] == "logo":
        nm = AGENCIES[agency][0]
        extra.append(f'<div class="{c[10]}"><span>منبع:</span> <a href="https://www.{LOGOS[agency]}.ir">'
                     f'<img src="/img/src/{LOGOS[agency]}.png" alt="{html.escape(nm)}" width="60"></a></div>')
    story = {"crumb", "head", "body", "post"}
    body = []
    if shape in ("semantic", "mainnest"):
        body.append("\n".join(b for g, b in blocks if g in ("top", "nav")))
        story_html = "\n".join(b for g, b in blocks if g in story and g != "post")
        post = "\n".join(b for g, b in blocks if g == "post")
        inner = story_html + "\n" + "\n".join(extra) + "\n" + post
        if shape == "semantic":
            body.append(f"<main><article>\n{inner}\n</article></main>")
        else:
            body.append(f'<main id="{c[11]}"><div class="{c[10]}"><section>\n{inner}\n</section></div></main>')
        body.append("\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav")))
    else:
        parts = []
        for g, b in blocks:
            if g == "post":
                parts.extend(extra)
            parts.append(b)
        if not any(g == "post" for g, _ in blocks):
            parts.extend(extra)
        body.append(f'<div id="{c[9]}">' + "\n".join(parts) + "</div>")
    bcls = "single" + (f" postid-{stable(gold['title']) % 9999}" if gold["title"] else "")
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(head)
            + f'\n</head>\n<body class="{bcls}">\n' + "\n".join(x for x in body if x)
            + "\n<script>var _q=1;</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def build(out_dir, n: int = 400, seed: int = 161, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="s", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-s:{seed}:page:{i}")
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
            if agency and h.s["credit"] == "logo" and fmt != "html":
                own = credited_agency(([lead] if lead else []) + paras)
                agency = own  # a flat-text dump loses the logo: only the story's own credit is left
            if agency and h.s["credit"] == "dateline" and credited_agency(paras) not in (None, agency):
                agency = credited_agency(paras)
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            pg, meta = article_page(h, r, st, paras, agency, pub, others, lead, fmt)
            paras = pg.lines("body")
            if h.s["credit"] == "dateline" and agency:
                agency = credited_agency(paras)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": lead,
                    "surtitle": meta["surtitle"], "body_paragraphs": paras, "agency": agency,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits}
            if not meta["dated"]:
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                in_meta = fmt == "html" and (h.s["meta"] or h.s["jsonld"])
                shows_time = (h.s["time"] and h.s["date"] != "jal_greg" and meta["dated"] is True
                              and h.s["date_pos"] != "meta_only")
                gold["published_time"] = pub.isoformat() if shows_time or in_meta else pub.date().isoformat()
        text = render_html(h, pg, r, gold, meta, pub, agency) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-s", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"s{seed}")
