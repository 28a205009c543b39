"""Family set R: eight Persian site families that stress the HEADER and the CREDITS, written blind to the extractor.

    build(out_dir, n, seed=151, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the generators other than ``site_families_h.py`` (whose story, date and credit
helpers it reuses). Families (none of them in the earlier sets):

- ``county_portal``    county (شهرستان) news portals: «سرویس:» labels, datelines «شهرکرد - ایرنا -», news codes;
- ``club_official``    official football / volleyball club sites: kickers above the headline, only a relative
                       time beside a date at the foot, «خبرنگار ما», sponsors strips;
- ``heyat_religious``  religious boards / mosque media: Jalali with Hijri dates, «به نقل از», audio players;
- ``gadget_blog``      mobile / gadget blogs with news: section only as ``<a rel="category tag">`` or a chip,
                       author boxes with a bio, «آخرین به‌روزرسانی» beside «تاریخ انتشار»;
- ``chamber_commerce`` chamber of commerce / trade-union news pages: section only in ``<title>`` or the URL,
                       «بازنشر» notes, JSON-LD BreadcrumbList;
- ``utility_pr``       water / power company public-relations news: روابط عمومی credits, breadcrumbs with the
                       site name first, two-digit years;
- ``expat_community``  Persian community sites abroad: Gregorian dates in Latin digits, weekday first, a logo
                       ``<h1>`` and an ``<h2>`` headline, agencies named in the last line;
- ``commodity_market`` steel / cement / car market daily sites: price tickers, byline rows
                       (author | section | date | views), sections in ``article:section`` only.

Each family has four hosts (three for ``club_official``); every host keeps its own template (menu,
tagline, date style / calendar / digits, section form, credit form, end marker, widgets, lines repeated
after the body, DOM shape). Gold section: the most specific section the page shows (a breadcrumb's last
item before the title, a kicker, a label, the ``<title>`` part, the URL path segment, a category link),
else null. Gold agency only when the page credits one (a credit line, a dateline, a logo's alt text, a
«بازنشر» note, the story's own «به گزارش …»); «خبرنگار ما» and a non-agency author credit none. Gold
``published_iso`` is the page's local (Tehran) day, ``published_time`` the instant with its offset when
the page shows the time (or has it in meta / JSON-LD), else the day. About 7% negatives, ~10% of the
stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
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
    credited_agency as _credited_agency,
    dg,
    fmt_date,
    hijri,
    host_story,
    load_stories as _load_stories,
    relative,
    story_paragraphs,
)

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency", "hijri"]

FAMILIES = ["county_portal", "club_official", "heyat_religious", "gadget_blog", "chamber_commerce", "utility_pr",
            "expat_community", "commodity_market"]
HOSTS = {
    "county_portal": [("shahrekord-khabar.ir", "شهرکرد خبر", "پایگاه خبری شهرستان شهرکرد"),
                      ("naghadeh-online.ir", "نقده آنلاین", "اخبار شهرستان نقده و حومه"),
                      ("kazerun-emrooz.ir", "کازرون امروز", "صدای مردم کازرون"),
                      ("sabzevar-news.com", "سبزوار نیوز", "نخستین پایگاه خبری سبزوار")],
    "club_official": [("sepahan-club.ir", "باشگاه فرهنگی ورزشی سپاهان", "سایت رسمی باشگاه"),
                      ("paykan-fc.com", "باشگاه پیکان", "وب‌سایت رسمی باشگاه پیکان تهران"),
                      ("shahrdari-volley.ir", "والیبال شهرداری", "سایت رسمی تیم والیبال")],
    "heyat_religious": [("heyat-ansar.ir", "هیئت انصارالمهدی", "پایگاه اطلاع‌رسانی هیئت"),
                        ("masjed-jame-news.ir", "رسانه مسجد جامع", "اخبار مسجد و کانون فرهنگی"),
                        ("tebyan-mahalleh.com", "تبیان محله", "شبکه خبری هیئات مذهبی"),
                        ("rahian-noor-media.ir", "رسانه راهیان نور", "خبرهای فرهنگی و مذهبی")],
    "gadget_blog": [("mobilestan.ir", "موبایلستان", "اخبار و بررسی موبایل"),
                    ("gajetnameh.com", "گجت‌نامه", "دنیای گجت به زبان ساده"),
                    ("techrooz-blog.ir", "تک‌روز", "وبلاگ فناوری"),
                    ("digiyab.com", "دیجی‌یاب", "راهنمای خرید و اخبار دیجیتال")],
    "chamber_commerce": [("otagh-tabriz.ir", "اتاق بازرگانی تبریز", "اتاق بازرگانی، صنایع، معادن و کشاورزی"),
                         ("asnaf-news.ir", "اصناف نیوز", "پایگاه خبری اتاق اصناف"),
                         ("tejarat-ruz.com", "تجارت روز", "پایگاه خبری تشکل‌های اقتصادی"),
                         ("kanoon-sadergan.ir", "کانون صادرکنندگان", "خبرنامه صادرات غیرنفتی")],
    "utility_pr": [("abfa-news.ir", "آبفا نیوز", "روابط عمومی شرکت آب و فاضلاب"),
                   ("bargh-mantaghei.ir", "برق منطقه‌ای", "پایگاه اطلاع‌رسانی صنعت برق"),
                   ("gaz-ostan.ir", "گاز استان", "روابط عمومی شرکت گاز استان"),
                   ("moshtarak-khabar.ir", "مشترک خبر", "اخبار خدمات شهری و مشترکین")],
    "expat_community": [("iranian-toronto.com", "ایرانیان تورنتو", "Persian community news since 2004"),
                        ("hamvatan-berlin.de", "هم‌وطن برلین", "رسانه فارسی‌زبانان آلمان"),
                        ("persianweekly-la.com", "هفته‌نامه پارسی", "Los Angeles · Persian Weekly"),
                        ("melbourne-irani.com.au", "ایرانیان ملبورن", "خبرهای جامعه ایرانی استرالیا")],
    "commodity_market": [("foolad-bazar.ir", "فولاد بازار", "قیمت روز آهن‌آلات و اخبار بازار"),
                         ("siman-online.ir", "سیمان آنلاین", "پایگاه خبری صنعت سیمان"),
                         ("khodro-price.com", "خودرو پرایس", "قیمت روز خودرو و اخبار بازار"),
                         ("kala-tejari.ir", "کالای تجاری", "بورس کالا و بازار فلزات")],
}
#: a family's sections (some as parent > child) and its other menu items
MENUS = {
    "county_portal": (["اجتماعی", "سیاسی", "ورزشی", "فرهنگی", "اقتصادی", ("استانی", "بخش‌ها و روستاها")],
                      ["شهرستان", "گزارش مردمی", "آگهی‌ها", "عکس", "فیلم"]),
    "club_official": (["تیم اول", "پایه", "بانوان", ("اخبار باشگاه", "هواداران"), "نقل و انتقالات"],
                      ["تاریخچه", "افتخارات", "بازیکنان", "فروشگاه", "بلیت"]),
    "heyat_religious": (["مراسم", "معارف", "اخبار هیئت", ("فرهنگی", "اردوها"), "مناسبت‌ها"],
                        ["صوت", "تصاویر", "احکام", "تقویم مذهبی", "نذورات"]),
    "gadget_blog": (["موبایل", "لپ‌تاپ", ("اخبار فناوری", "اپلیکیشن"), "بررسی", "راهنمای خرید"],
                    ["مقایسه", "قیمت گوشی", "ترفند", "بازی", "ویدیو"]),
    "chamber_commerce": (["تجارت خارجی", "صنعت و معدن", "اصناف", ("اقتصاد کلان", "مالیات"), "کشاورزی"],
                         ["نشست‌ها", "آموزش", "عضویت", "کمیسیون‌ها", "نمایشگاه‌ها"]),
    "utility_pr": (["اخبار شرکت", "مشترکین", "طرح‌ها و پروژه‌ها", ("مدیریت مصرف", "صرفه‌جویی")],
                   ["خدمات غیرحضوری", "پرداخت قبض", "تعرفه‌ها", "مناقصات", "تماس"]),
    "expat_community": (["جامعه", "ایران", "مهاجرت", ("فرهنگ و هنر", "کنسرت‌ها"), "کسب و کار"],
                        ["نیازمندی‌ها", "رویدادها", "تبلیغات", "آرشیو", "درباره ما"]),
    "commodity_market": (["بازار آهن", "سیمان", "خودرو", ("بورس کالا", "عرضه‌ها"), "فلزات"],
                         ["قیمت روز", "نمودار", "تحلیل بازار", "آگهی", "اپلیکیشن"]),
}
AFTER = {
    "county_portal": ["کانال تلگرام ما را دنبال کنید", "ارسال خبر برای ما", "اخبار استان را از ما بخواهید",
                      "گزارش مردمی خود را ارسال کنید"],
    "club_official": ["خرید پیراهن رسمی باشگاه از فروشگاه", "اسپانسر رسمی باشگاه", "هوادار رسمی شوید",
                      "اطلاعیه فروش بلیت"],
    "heyat_religious": ["التماس دعا", "برای دریافت صوت مراسم عضو کانال شوید", "پرداخت نذورات آنلاین",
                        "یاعلی مدد"],
    "gadget_blog": ["این مطلب چقدر مفید بود؟", "قیمت روز گوشی را ببینید", "اپلیکیشن ما را نصب کنید",
                    "در خبرنامه ما عضو شوید"],
    "chamber_commerce": ["عضویت در اتاق", "دریافت خبرنامه هفتگی", "سامانه صدور کارت بازرگانی",
                         "دانلود فایل کامل گزارش"],
    "utility_pr": ["پرداخت آنلاین قبض", "سامانه ۱۲۲ پاسخگوی شماست", "با صرفه‌جویی آینده را بسازیم",
                   "نظرسنجی رضایت مشترکین"],
    "expat_community": ["Advertise with us", "برای درج آگهی تماس بگیرید", "Subscribe to our newsletter",
                        "حمایت مالی از رسانه مستقل"],
    "commodity_market": ["برای دریافت قیمت روز عضو کانال شوید", "ثبت آگهی خرید و فروش", "مشاوره خرید آهن‌آلات",
                         "نمودار قیمت هفتگی"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", "🏠 خانه", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " ← ", " | "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "موضوع:"]
SEC_FORMS = ["kicker", "title_only", "url", "cattag", "byline", "crumb_home", "crumb_site", "chip", "label",
             "crumb_sub", "meta_only", "none"]
CREDITS = ["source", "naghl", "paren", "dateline", "logo", "reporter", "baznashr", "lastline", "author_only"]
CITIES = ["تهران", "شهرکرد", "تبریز", "مشهد", "اصفهان", "شیراز", "ارومیه", "اهواز", "رشت", "سبزوار"]
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ح", "*", "■", "انتهای خبر", "/پ", None, None]


_STORIES: list[dict] = []
#: «به گزارش "<site>" از مهر»: a republisher's dateline that names the agency it took the story from
FROM_AGENCY = re.compile(r"^[^.]{0,20}به\s+گزارش[^.،:]{0,40}?\s+از\s+(?:خبرگزاری\s+)?"
                         r"(?P<n>مهر|فارس|ایسنا|ایرنا|تسنیم|ایلنا)(?!\w)")


def credited_agency(texts: list[str]) -> str | None:
    """The agency a story's own text credits (H's rule, also through a ZWNJ inside «ورزش‌سه», and a
    republisher's «به گزارش … از مهر»)."""
    texts = [x.replace("\u200c", " ").replace("ي", "ی").replace("ك", "ک") for x in texts if x]
    own = _credited_agency(texts)
    m = FROM_AGENCY.search(texts[0]) if texts and own is None else None
    return m.group("n") if m else own


def load_stories() -> list[dict]:
    """The corpus stories (read once a process: the tests build several runs)."""
    if not _STORIES:
        _STORIES.extend(_load_stories())
    return list(_STORIES)


def _sections(family: str) -> tuple[list[tuple[str, ...]], list[str]]:
    core, extra = MENUS[family]
    return [c if isinstance(c, tuple) else (c,) for c in core], extra


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-r-host:{seed}:{domain}")
    secs, extra = _sections(family)
    chosen = r.sample(secs, min(len(secs), r.choice([3, 4])))
    menu = [c[0] for c in chosen] + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {"chosen": chosen}
    expat = family == "expat_community"
    s["digits"] = "en" if expat and idx != 1 else pick(r, ["fa", "fa", "ar", "en"])
    styles = {"expat_community": ["greg_en", "greg_fa", "greg_en", "jal_greg"],
              "heyat_religious": ["jal_hij", "words", "wd_long", "jal_hij"],
              "utility_pr": ["yy", "num", "time_num", "dmy"]}.get(
        family, ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "jal_hij", "words"])
    s["date"] = styles[idx % len(styles)] if r.random() < 0.7 else pick(r, styles)
    s["time"] = r.random() < 0.7
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "تاریخ:", "زمان:"])
    # where the date shows: in the head, only a relative time there and the date at the foot, or nowhere
    s["date_pos"] = pick(r, ["head", "head", "head", "foot", "rel_head", "meta_only",
                             "rel_only" if idx == 3 else "head"])
    s["upd"] = r.random() < 0.35  # «آخرین به‌روزرسانی:» beside the publication date
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
    s["audio"] = r.random() < (0.6 if family == "heyat_religious" else 0.2)
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "تگ‌ها: {t}", "lines"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "title", "lines"])
    s["bio"] = r.random() < (0.7 if family == "gadget_blog" else 0.25)
    s["shortlink"] = r.random() < 0.4
    s["ticker"] = r.random() < (0.8 if family == "commodity_market" else 0.35)
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
    if s["sec"] in ("cattag", "meta_only"):
        s["html_p"] = 0.85
    s["logo_h1"] = r.random() < (0.7 if expat else 0.3)
    s["shape"] = pick(r, ["semantic", "divsoup", "mainnest", "divsoup"])
    s["meta"] = s["sec"] == "meta_only" or r.random() < 0.5
    s["jsonld"] = r.random() < 0.4
    s["time_el"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.5
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["url_date"] = r.random() < 0.4
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- pieces

def page_url(h: Host, st: dict, sec: tuple[str, ...] | None, pub: dt.datetime | None, show_sec: bool) -> str:
    parts = [f"https://{h.domain}", "fa" if stable(h.domain, 20) % 2 else "news"]
    if pub is not None and h.s["url_date"]:
        j = jdatetime.date.fromgregorian(date=pub.date())
        parts += [str(j.year), f"{j.month:02d}", f"{j.day:02d}"]
    if show_sec and sec:
        parts.append(sec[-1].replace(" ", "-"))
    parts.append(str(stable(st["key"], h.domain) % 900000 + 100000))
    return "/".join(parts)


def date_line(h: Host, pub: dt.datetime) -> str:
    s = h.s
    d = fmt_date(pub, s["date"], s["digits"], s["time"])
    return f"{s['date_label']} {d}" if s["date_label"] else d


def credit_text(h: Host, r: random.Random, agency: str) -> str:
    names = AGENCIES[agency]
    nm = names[stable(h.domain, agency) % len(names)]
    c = h.s["credit"]
    return {"source": f"منبع: {nm}", "naghl": f"به نقل از {nm}", "paren": f"({nm})",
            "logo": f"منبع: {nm}", "baznashr": pick(r, [f"بازنشر از {nm}", f"این خبر از {nm} بازنشر شده است"]),
            "lastline": f"منبع خبر: {nm}"}.get(c, f"منبع: {nm}")


def dateline(h: Host, agency: str) -> str:
    names = [n for n in AGENCIES[agency] if "(" not in n]
    nm = names[-1] if agency in ("فارس", "مهر") else names[0]
    if agency in ("فارس", "مهر"):
        nm = "خبرگزاری " + agency
    city = CITIES[stable(h.domain) % len(CITIES)]
    return f"{city} - {nm} - "


def ticker(h: Host, r: random.Random) -> list[str]:
    d = h.s["digits"]
    if h.family == "commodity_market":
        steel = [("میلگرد ۱۴ ذوب آهن", 180_000), ("تیرآهن ۱۴", 210_000), ("سیمان تیپ ۲", 95_000),
                 ("ورق سیاه", 260_000)]
        cars = [("پژو ۲۰۷", 850_000_000), ("شاهین", 720_000_000), ("دنا پلاس", 910_000_000)]
        items = steel if stable(h.domain, 21) % 2 else cars
        return [dg(f"{a}: {b + r.randint(-b // 20, b // 20):,} تومان", d) for a, b in items]
    label = pick(r, ["آخرین اخبار:", "خبر فوری:", "تازه‌ها:"])
    return [label]


# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        tstyle = "wd_long" if s["date"] not in ("greg_fa", "greg_en") else s["date"]
        pg.add("top", "c", ("امروز: " if stable(h.domain, 23) % 2 else "")
               + fmt_date(today, tstyle, s["digits"], time=False))
    if s["ticker"]:
        for x in ticker(h, r):
            pg.add("top", "c", x)
        if h.family != "commodity_market" and others:
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
    if form in ("cattag", "meta_only") and fmt != "html":
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
    ncom = r.randint(0, 6)
    if s["comments"]:
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, 2)):
            pg.add("comments", "c", pick(r, FIRST))
            pg.add("comments", "c", pick(r, COMMENTS))
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


def title_string(h: Host, title: str, sec: str | None) -> str:
    f = h.s["title_form"]
    if f == "sec_title_site" and sec:
        return f"{sec} | {title} | {h.name}"
    if f == "site_title":
        return f"{h.name} - {title}"
    return f"{title} | {h.name}"


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

def render_text(h: Host, pg: Page) -> str:
    sep = h.s["text_sep"]
    out = []
    for _, ls in pg.regions:
        inner = "\n" if sep == "mixed" else sep
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
    tag = pick(r, ["strong", "a", "b"])
    attr = f' href="/tag/{stable(words[i]) % 9999}"' if tag == "a" else ""
    return (_esc(h, " ".join(words[:i]) + " ") + f"<{tag}{attr}>" + _esc(h, words[i]) + f"</{tag}>"
            + _esc(h, " " + " ".join(words[i + 1:])))


LOGOS = {"فارس": "farsnews", "ورزش سه": "varzesh3", "مهر": "mehrnews", "ایسنا": "isna", "تسنیم": "tasnim",
         "ایرنا": "irna", "ایلنا": "ilna"}


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
            tag = {"top": "header", "nav": "nav", "related": "aside", "foot": "footer",
                   "comments": "section"}.get(region, "div")
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

def build(out_dir, n: int = 400, seed: int = 151, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="r", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-r:{seed}:page:{i}")
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
        rows.append(gold_row(name, "families-r", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"r{seed}")
