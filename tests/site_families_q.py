"""Family set Q: eight Persian site families whose pages stress page STRUCTURE, written blind to the extractor.

    build(out_dir, n, seed=141, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators (only set H's helpers are imported), from what
these kinds of Persian sites look like. The families (``qdev`` / ``qheld`` in ``bench/score_families.py``):

- ``scroll_portal`` (qdev): news portals saved after an infinite scroll: after the story (and its tags,
  share line, short link) the site's NEXT one or two articles follow in full, each with its own title, date,
  lead and paragraphs (gold: the first story only); latest-news tickers, «کد خبر».
- ``old_table_daily`` (qheld): old provincial dailies on table layouts: nested ``<table>``, ``<font>``,
  ``<td>`` cells, ``<br><br>`` paragraphs; two of three hosts serve Windows-1256 bytes with a charset meta
  (ی, emoji and other letters outside the code page as numeric character references); visitor counters.
- ``comment_portal`` (qdev): popular news sites whose short stories carry long reader-comment threads: names,
  dates, «پاسخ», nested replies, multi-sentence comments, like / dislike counts (the story is often shorter
  than its chrome).
- ``paged_mag`` (qheld): monthly magazines that split a story over pages: «صفحه ۱ از ۳», page-number links,
  «صفحه بعد»; the page saved is one of the pages (gold: the paragraphs it shows); author boxes with a bio.
- ``doctor_qa`` (qdev): medical question / answer sites: a reader's question and a physician's answer as
  «پرسش:» / «پاسخ:» paragraphs, doctor boxes with a bio, ratings, «آیا این پاسخ مفید بود؟», disclaimers.
- ``cache_mirror`` (qheld): mirrors of filtered outlets read through Google's cache or a "translated page"
  bar: a banner above the page (the cache's own GMT date, «نمایش نسخه اصلی»), then the site.
- ``weekly_mag`` (qdev): analysis weeklies with pull-quotes (a sentence of the story repeated in a box),
  «در یک نگاه» info boxes, «بیشتر بخوانید» boxes inside the story, audio-player text, «آخرین به‌روزرسانی».
- ``gallery_sport`` (qheld): sports photo galleries: a short story, then many photos with a caption each
  («عکس ۳ از ۱۸»), photographer credits, download links.

Each family has three or four hosts; every host keeps its own template (menu, tagline, date style and
digits, section form, credit form, end marker, widgets, lines repeated after the body, DOM shape), so its
pages repeat its chrome around varying content. About 60% flat text, 40% HTML. Stories are sentences of
``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into paragraphs (gold body = those paragraphs,
written unchanged); related lists, next / previous links and appended scroll articles carry other stories.
About 7% negatives; ~10% of stories are republished on a host of another family (gold ``cluster``).
Gold ``agency`` only when the page credits one; ``published_iso`` the local (Tehran) day, ``published_time``
the instant with the page's offset (``zoneinfo``); ``section`` the most specific section the page shows
(breadcrumb, label, meta or JSON-LD), else null. Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
from pathlib import Path

import jdatetime

from family_pages import (
    Page,
    canon,
    chrome_gold,
    gold_row,
    negative_gold,
    pick,
    plan_set,
    stable,
    write_gold,
)
from site_families_h import (  # noqa: F401  (AGENCIES, credited_agency and hijri serve the test)
    AGENCIES,
    COMMENTS,
    CRUMB_SEPS,
    EMONTHS,
    FIRST,
    LAST,
    SEC_LABELS,
    TEHRAN,
    Host,
    credit_line,
    credited_agency,
    date_text,
    dg,
    fmt_date,
    header,
    hijri,
    host_story,
    load_stories,
    relative,
    story_paragraphs,
    tag_lines,
)

FAMILIES = ["scroll_portal", "old_table_daily", "comment_portal", "paged_mag", "doctor_qa", "cache_mirror",
            "weekly_mag", "gallery_sport"]
HOSTS = {
    "scroll_portal": [("khabarnama24.ir", "خبرنامه ۲۴", "اخبار لحظه به لحظه"),
                      ("pishkhan-online.com", "پیشخوان آنلاین", "روزنامه دیجیتال ایرانیان"),
                      ("tazeh-news.ir", "تازه‌نیوز", "خبر تازه، همیشه"),
                      ("rooydadnow.com", "رویداد ناو", "رویدادهای ایران و جهان")],
    "old_table_daily": [("neda-ye-gilan.ir", "ندای گیلان", "روزنامه صبح استان گیلان"),
                        ("sobhe-kerman.com", "صبح کرمان", "نخستین روزنامه الکترونیک استان"),
                        ("payame-ghazvin.ir", "پیام قزوین", "هفته‌نامه سیاسی، اجتماعی، فرهنگی")],
    "comment_portal": [("sedaye-mardom-news.ir", "صدای مردم", "شما هم خبرنگار باشید"),
                       ("bazgoo.com", "بازگو", "خبر، تحلیل، نظر شما"),
                       ("nazargah-news.ir", "نظرگاه", "جایی برای گفتن"),
                       ("tarafdar-news.ir", "طرفدار نیوز", "اخبار داغ و حاشیه")],
    "paged_mag": [("majaleh-zendegi.com", "مجله زندگی", "سبک زندگی ایرانی"),
                  ("ketabnameh-mag.ir", "کتاب‌نامه", "ماهنامه فرهنگی و ادبی"),
                  ("andishe-no-mag.com", "اندیشه نو", "ماهنامه تحلیلی")],
    "doctor_qa": [("doctor-javab.ir", "دکتر جواب", "پزشکان پاسخ می‌دهند"),
                  ("porsesh-salamat.com", "پرسش سلامت", "مشاوره پزشکی آنلاین"),
                  ("tabibyar.ir", "طبیب‌یار", "همراه سلامت خانواده"),
                  ("darmankadeh-online.com", "درمانکده", "مرجع پرسش و پاسخ پزشکی")],
    "cache_mirror": [("akhbar-bifilter.com", "اخبار بی‌فیلتر", "آینه خبرهای روز"),
                     ("ayneh-khabar.net", "آینه خبر", "بازنشر اخبار ایران"),
                     ("khabar-tarjomeh.org", "خبر ترجمه", "گزیده مطبوعات جهان به فارسی")],
    "weekly_mag": [("haftenameh-negah.ir", "هفته‌نامه نگاه", "تحلیل هفته"),
                   ("tahlile-rooz.com", "تحلیل روز", "رسانه تحلیلی مستقل"),
                   ("sepidar-weekly.ir", "سپیدار", "هفته‌نامه اجتماعی و اقتصادی"),
                   ("didbaan-mag.com", "دیدبان", "گزارش‌های عمیق")],
    "gallery_sport": [("varzesh-aks.ir", "ورزش عکس", "گالری تصاویر ورزشی"),
                      ("toop-gallery.com", "توپ گالری", "فوتبال در قاب"),
                      ("ghab-varzeshi.ir", "قاب ورزشی", "عکس‌های اختصاصی ورزش ایران")],
}
MENUS = {
    "scroll_portal": (["سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "بین‌الملل"],
                      ["فرهنگی", "فناوری", "عکس", "ویدئو", "چندرسانه‌ای", "استان‌ها"]),
    "old_table_daily": (["اخبار استان", "شهرستان‌ها", "ورزش استان", "سیاسی"],
                        ["آگهی‌ها", "آرشیو روزنامه", "نسخه PDF", "تماس با ما", "درباره ما"]),
    "comment_portal": (["اجتماعی", "حوادث", "ورزشی", "سیاسی", "اقتصادی"],
                       ["داغ‌ترین‌ها", "پربحث‌ترین‌ها", "عکس", "ویدئو", "نظرسنجی"]),
    "paged_mag": (["پرونده ویژه", "جامعه", "فرهنگ و هنر", "روان‌شناسی"],
                  ["شماره جدید", "آرشیو شماره‌ها", "اشتراک", "نویسندگان", "تماس"]),
    "doctor_qa": (["قلب و عروق", "گوارش", "پوست و مو", "زنان و زایمان", "اطفال"],
                  ["پرسش از پزشک", "پزشکان", "داروخانه", "بیماری‌ها", "تغذیه"]),
    "cache_mirror": (["ایران", "جهان", "اقتصاد", "ورزش"],
                     ["گزارش", "یادداشت", "ویدئو", "پربازدید", "آرشیو"]),
    "weekly_mag": (["سیاست", "اقتصاد", "جامعه", "اندیشه"],
                   ["شماره جاری", "گفت‌وگو", "پرونده", "یادداشت سردبیر", "اشتراک نسخه چاپی"]),
    "gallery_sport": (["فوتبال", "والیبال", "کشتی", "فوتسال"],
                      ["ویدئو", "لیگ برتر", "تیم ملی", "عکس روز", "بسکتبال"]),
}
AFTER = {
    "scroll_portal": ["دانلود اپلیکیشن اندروید", "عضویت در کانال تلگرام", "برای دیدن خبرهای بیشتر صفحه را پایین بکشید"],
    "old_table_daily": ["نسخه قابل چاپ", "ارسال به دوست", "بازگشت به صفحه قبل", "آرشیو شماره‌های قبلی"],
    "comment_portal": ["شما هم نظر بدهید", "نظرات منتشر نشده: ۰", "نظرات حاوی توهین منتشر نمی‌شود"],
    "paged_mag": ["این مطلب در شماره چاپی مجله منتشر شده است", "اشتراک نسخه چاپی", "خرید نسخه الکترونیک"],
    "doctor_qa": ["آیا این پاسخ مفید بود؟", "سوال خود را از پزشک بپرسید", "مشاوره تلفنی با پزشک"],
    "cache_mirror": ["برای دسترسی پایدار از فیلترشکن استفاده کنید", "آدرس جدید ما را ذخیره کنید",
                     "نسخه پیشین این صفحه"],
    "weekly_mag": ["نسخه چاپی این شماره را از دکه‌ها بخواهید", "اشتراک هفته‌نامه", "نامه به سردبیر"],
    "gallery_sport": ["دانلود همه عکس‌ها", "مشاهده در اندازه اصلی", "گالری‌های دیگر"],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ن", "#", "■", "انتهای متن", None]
LONG_COMMENTS = ["واقعا نمی‌دونم چی بگم.", "این وضعیت رو ما سال‌هاست داریم می‌بینیم و هیچ‌کس پاسخگو نیست.",
                 "کاش مسئولین یه بار هم که شده نظر مردم رو بپرسن.", "من خودم توی این حوزه کار می‌کنم و می‌دونم که "
                 "واقعیت خیلی با این گزارش فرق داره.", "ممنون از خبرنگار محترم که این موضوع رو پیگیری کرده.",
                 "لطفا پیگیری کنید و نتیجه رو هم اطلاع بدید.", "ده سال پیش هم همین حرف‌ها زده شد ولی هیچی عوض نشد.",
                 "به نظرم باید از تجربه کشورهای دیگه استفاده کنیم.", "سایت خوبتون رو همیشه دنبال می‌کنم.",
                 "جواب این همه هزینه رو کی باید بده؟", "بنده به عنوان یک شهروند عادی اعتراض دارم.",
                 "امیدوارم این بار فرق کنه.", "چرا هیچ رسانه دیگه‌ای به این موضوع نپرداخته؟",
                 "با احترام به نظر دوستان، من فکر می‌کنم مشکل جای دیگه‌ست.", "دست مریزاد، گزارش کاملی بود."]
NICKS = ["ناشناس", "یک شهروند", "دانشجو", "بازنشسته", "علی از شیراز", "مادر نگران", "کارمند", "هوادار قدیمی",
         "رضا", "مهندس", "یک معلم", "نیما", "سارا"]
SPECIALTIES = ["متخصص قلب و عروق", "فوق تخصص گوارش", "متخصص پوست و مو", "متخصص زنان و زایمان",
               "متخصص کودکان", "پزشک عمومی", "متخصص تغذیه"]


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-q-host:{seed}:{domain}")
    core, extra = MENUS[family]
    secs = r.sample(core, r.choice([2, 3, 4]))
    menu = secs + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {}
    s["html_p"] = {"old_table_daily": pick(r, [0.75, 0.9]), "cache_mirror": pick(r, [0.5, 0.7])}.get(
        family, pick(r, [0.0, 0.15, 0.35, 0.55]) if idx else pick(r, [0.0, 0.1]))
    s["digits"] = pick(r, ["fa", "fa", "ar", "en"])
    s["date"] = pick(r, ["num", "time_num", "wd_long", "long_saat", "yy", "dmy", "jal_hij", "words"]
                     + (["greg_fa", "greg_en"] if family == "cache_mirror" else []))
    s["time"] = r.random() < 0.7
    s["date_label"] = pick(r, [None, "تاریخ انتشار:", "انتشار:", "تاریخ:", "🕒", "زمان انتشار:"])
    s["rel"] = pick(r, [None, None, "beside", "line"])
    s["byline"] = pick(r, [None, "pipe", "wrote", "dash"])
    s["sec"] = pick(r, ["crumb", "crumb", "label", "bare", "meta_only", "none"])
    s["home"] = pick(r, ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None])
    s["sep"] = pick(r, CRUMB_SEPS + [" ← ", " :: "])
    s["crumb_title"] = r.random() < 0.35
    s["sec_label"] = pick(r, SEC_LABELS + ["گروه خبری:"])
    s["lead_p"] = pick(r, [0.0, 0.4, 0.8]) if family not in ("doctor_qa", "gallery_sport") else 0.0
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    s["credit"] = pick(r, ["منبع: {a}", "به نقل از {a}", "منبع خبر: {a}", "({a})", "برگرفته از {a}"])
    s["credit_top"] = r.random() < 0.3
    s["end"] = pick(r, END_MARKS)
    s["after"] = r.sample(AFTER[family], 2)
    s["menu_joined"] = pick(r, [" | ", " - ", None, None])
    s["today"] = r.random() < 0.5
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁 {n}"])
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "lines", "کلیدواژه‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "lines", "بازنشر در:"])
    s["code"] = pick(r, [None, "کد خبر: {n}", "کد مطلب: {n}", "شناسه خبر: {n}"])
    s["shortlink"] = r.random() < 0.4
    s["widgets"] = r.random() < 0.4  # font size / print widgets
    s["related"] = pick(r, ["اخبار مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", "پربازدیدترین‌ها", None])
    s["ticker"] = family == "scroll_portal" or r.random() < 0.25
    s["prevnext"] = pick(r, [None, "label", "arrows"])
    s["app"] = pick(r, [None, "اپلیکیشن {n} را از کافه‌بازار دریافت کنید", "عضویت در خبرنامه ایمیلی {n}"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["author_box"] = family in ("paged_mag", "doctor_qa") or r.random() < 0.2
    s["footer"] = [pick(r, [f"تمامی حقوق برای {name} محفوظ است.", "© کلیه حقوق مادی و معنوی محفوظ است",
                            f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | تبلیغات", "تماس با ما - حریم خصوصی - قوانین",
                            f"طراحی سایت: {pick(r, ['نوآوران وب', 'پارسیان‌کد', 'سامانه گستر'])}"])]
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["shape"] = "table" if family == "old_table_daily" else pick(r, ["semantic", "divsoup", "mainnest"])
    s["cp1256"] = family == "old_table_daily" and idx != 1
    s["meta"] = family != "old_table_daily" and r.random() < 0.6
    s["jsonld"] = family != "old_table_daily" and r.random() < 0.45
    s["time_tag"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.4
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["title_tag"] = pick(r, ["h1", "h1", "h2", "div"])
    s["brand"] = pick(r, ["one", "two", "name"])
    # the structures this host stresses
    s["scroll"] = family == "scroll_portal" or (family == "cache_mirror" and idx == 1)
    s["comments"] = family == "comment_portal" or (family in ("doctor_qa", "gallery_sport") and idx == 0)
    s["short"] = family == "comment_portal" and idx % 2 == 0 or family == "gallery_sport"
    s["paged"] = family == "paged_mag" or (family == "weekly_mag" and idx == 2)
    s["boxes"] = family == "weekly_mag" or (family == "paged_mag" and idx == 0)
    s["gallery"] = family == "gallery_sport" or (family == "comment_portal" and idx == 3)
    s["qa"] = pick(r, [("پرسش: ", "پاسخ: "), ("سوال: ", "جواب پزشک: "), ("س: ", "ج: ")]) \
        if family == "doctor_qa" else None
    s["banner"] = pick(r, ["cache_fa", "cache_en", "translated", "wayback"]) if family == "cache_mirror" else None
    s["audio"] = family == "weekly_mag" and idx % 2 == 1
    s["updated"] = r.random() < 0.3
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- pages

def section_for(h: Host, st: dict) -> str:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def banner(h: Host, r: random.Random, crawl: dt.datetime) -> list[str]:
    """A Google-cache or translation bar above the saved page (its date is the cache's, in GMT)."""
    u = dt.datetime.fromtimestamp(crawl.timestamp(), dt.timezone.utc)
    url = f"https://{h.domain}/news/{r.randint(10000, 999999)}"
    stamp = f"{u.day} {EMONTHS[u.month - 1]} {u.year} {u.hour:02d}:{u.minute:02d}:{u.second:02d} GMT"
    if h.s["banner"] == "cache_en":
        return [f"This is Google's cache of {url}. It is a snapshot of the page as it appeared on {stamp}.",
                "The current page could have changed in the meantime. Learn more.",
                "Full version | Text-only version | View source"]
    if h.s["banner"] == "cache_fa":
        return [f"این نسخه ذخیره‌شده Google از {url} است.",
                f"این تصویری از صفحه در تاریخ {stamp} است.",
                "ممکن است صفحه فعلی در این مدت تغییر کرده باشد. بیشتر بدانید.", "نسخه کامل | نسخه فقط متنی"]
    if h.s["banner"] == "wayback":
        return ["The Wayback Machine - https://web.archive.org/web/"
                f"{u.year}{u.month:02d}{u.day:02d}{u.hour:02d}{u.minute:02d}{u.second:02d}/{url}",
                dg(f"{r.randint(3, 400)} captures", "en"), "About this capture"]
    return [f"Google Translate | {url}", "ترجمه شده از: فارسی ← English", "نمایش نسخه اصلی",
            "این صفحه از طریق سرویس ترجمه گوگل نمایش داده می‌شود"]


def ticker(h: Host, r: random.Random, others: list[str]) -> list[str]:
    return [pick(r, ["آخرین اخبار:", "خبر فوری", "تازه‌ها"]), *others[-3:]]


def comment_thread(h: Host, r: random.Random, pub: dt.datetime, n: int) -> list[tuple[int, str, str, str]]:
    """(depth, name, date, text) of a reader-comment thread; comments run to several sentences."""
    out = []
    for _ in range(n):
        depth = 1 if out and r.random() < 0.3 else 0
        when = pub + dt.timedelta(hours=r.randint(1, 90), minutes=r.randint(0, 59))
        k = r.choice([1, 1, 2, 3, 4])
        text = " ".join(r.sample(LONG_COMMENTS, k)) if r.random() < 0.7 else pick(r, COMMENTS)
        name = pick(r, NICKS) if depth == 0 or r.random() < 0.5 else f"پاسخ {h.name}"
        out.append((depth, name, fmt_date(when, h.s["date"] if h.s["date"] not in ("greg_en",) else "num",
                                          h.s["digits"]), text))
    return out


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], isq: list[bool], agency: str | None,
                 pub: dt.datetime, others: list[str], lead: str | None, nexts: list[dict],
                 part: tuple[int, int] | None) -> tuple[Page, dict]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 700), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(1, 200))
    pg = Page()
    if s["banner"]:
        for x in banner(h, r, crawl):
            pg.add("banner", "c", x)
    header(pg, h, r, crawl)
    if s["ticker"]:
        for x in ticker(h, r, others):
            pg.add("ticker", "c", x)
    sec = None if s["sec"] == "none" or r.random() < 0.06 else section_for(h, st)
    title = st["title"]
    if sec and s["sec"] == "crumb":
        pg.add("crumb", "c", s["sep"].join([s["home"] or h.name, sec] + ([title] if s["crumb_title"] else [])))
    elif sec and s["sec"] == "bare":
        pg.add("crumb", "c", sec)
    if s["code"] and stable(h.domain, 3) % 2:
        pg.add("head", "c", dg(s["code"].format(n=r.randint(100000, 2999999)), d))
    pg.add("head", "title", title)
    date, dated = date_text(h, r, pub)
    author = pick(r, s["authors"])
    if sec and s["sec"] == "label":
        pg.add("head", "c", f"{s['sec_label']} {sec}")
    if s["byline"] == "pipe":
        pg.add("head", "c", f"{author} | {date}")
    elif s["byline"] == "wrote":
        pg.add("head", "c", f"نوشته {author} در {date}")
    elif s["byline"] == "dash":
        pg.add("head", "c", f"{author} - {date}")
    else:
        pg.add("head", "c", date)
    if s["rel"] == "line":
        pg.add("head", "c", relative(r, d))
    if s["updated"] and dated:
        pg.add("head", "c", "آخرین به‌روزرسانی: " + fmt_date(upd, s["date"], d, False))
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(50, 90000):,}"), d))
    if s["widgets"]:
        pg.add("head", "c", pick(r, ["اندازه متن: A+ A-", "نسخه چاپی", "🖨 چاپ | ✉ ارسال | A+ | A-"]))
    if s["audio"]:
        pg.add("head", "c", dg(f"🔊 شنیدن این مطلب {r.randint(2, 12):02d}:{r.randint(0, 59):02d}", d))
        pg.add("head", "c", "سرعت پخش: ۱x")
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    if part:
        pg.add("head", "c", dg(f"صفحه {part[0]} از {part[1]}", d))
    if lead and (not part or part[0] == 1):
        pg.add("head", "lead", lead)
    if h.family == "doctor_qa":
        pg.add("pre", "c", dg(f"پرسش کاربر: {pick(r, NICKS)}، {r.randint(18, 70)} ساله", d))
    gal = s["gallery"]
    box_at = r.randrange(len(paras)) if s["boxes"] and len(paras) > 1 else -1
    for i, p in enumerate(paras):
        pg.add("body", "q" if isq[i] else "body", p)
        if i == box_at:
            kind = pick(r, ["quote", "info", "more"])
            if kind == "quote":
                sent = max(p.split(". "), key=len).strip()
                pg.add("box", "c", f"«{sent.rstrip('.')}»")
            elif kind == "info":
                pg.add("box", "c", pick(r, ["در یک نگاه", "آنچه باید بدانید", "خلاصه"]))
                for t in others[3:5]:
                    pg.add("box", "c", f"• {t}")
            else:
                pg.add("box", "c", "بیشتر بخوانید")
                for t in others[5:7]:
                    pg.add("box", "c", t)
    if gal:
        nph = r.randint(8, 24)
        pg.add("gallery", "c", dg(f"گالری تصاویر ({nph} عکس)", d))
        who = f"{pick(r, FIRST)} {pick(r, LAST)}"
        for k in range(1, nph + 1):
            if k % 3 == 1 or stable(h.domain, 5) % 2:
                pg.add("gallery", "c", dg(f"عکس {k} از {nph}", d))
            pg.add("gallery", "c", pick(r, [f"{pick(r, FIRST)} {pick(r, LAST)} در تمرین امروز",
                                            "شادی بازیکنان پس از گل", "حضور هواداران در ورزشگاه",
                                            f"لحظه‌ای از دیدار {pick(r, ['استقلال', 'پرسپولیس', 'سپاهان', 'تراکتور'])}",
                                            "نمایی از سکوها", f"{pick(r, FIRST)} {pick(r, LAST)}، سرمربی تیم"])
                   + dg(f" ({k})", d) * (stable(h.domain, 6) % 2))
        pg.add("gallery", "c", f"عکاس: {who}")
        pg.add("gallery", "c", pick(r, ["دانلود با کیفیت بالا", "⬇ دانلود"]))
    if part:
        nums = " ".join(dg(str(k), d) for k in range(1, part[1] + 1))
        pg.add("pager", "c", pick(r, [f"صفحات: {nums}", f"« قبلی {nums} بعدی »", nums]))
        if part[0] < part[1]:
            pg.add("pager", "c", pick(r, ["صفحه بعد »", "ادامه مطلب در صفحه بعد", "بخش بعدی"]))
        pg.add("pager", "c", "نمایش همه صفحات")
    pg.add("post", "c", s["end"])
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    if s["author_box"]:
        pg.add("author", "c", ("دکتر " if h.family == "doctor_qa" else "") + author)
        pg.add("author", "c", pick(r, SPECIALTIES) if h.family == "doctor_qa" else
               pick(r, ["نویسنده و پژوهشگر حوزه جامعه‌شناسی", "روزنامه‌نگار و مترجم", "دبیر سرویس فرهنگی مجله"]))
        pg.add("author", "c", dg(f"{r.randint(12, 400)} مطلب از این نویسنده", d))
    if h.family == "doctor_qa":
        pg.add("post", "c", "این پاسخ جایگزین معاینه حضوری پزشک نیست.")
        pg.add("post", "c", dg(f"امتیاز: {r.randint(30, 50) / 10} از ۵ ({r.randint(2, 300)} رأی)", d))
    for x in tag_lines(h, st):
        pg.add("post", "c", x)
    if s["code"] and not stable(h.domain, 3) % 2:
        pg.add("post", "c", dg(s["code"].format(n=r.randint(100000, 2999999)), d))
    if s["shortlink"]:
        pg.add("post", "c", f"لینک کوتاه: https://{h.domain.replace('-', '')[:5]}.ir/{r.getrandbits(20):05x}")
    if s["share"] == "lines":
        for x in ("تلگرام", "واتس‌اپ", "ایکس", "کپی لینک"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"] + " تلگرام | واتس‌اپ | ایکس | فیسبوک")
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["prevnext"] == "label" and len(others) >= 2:
        pg.add("post", "c", f"خبر قبلی: {others[0]}")
        pg.add("post", "c", f"خبر بعدی: {others[1]}")
    elif s["prevnext"] == "arrows" and len(others) >= 2:
        pg.add("post", "c", f"« {others[0]}")
        pg.add("post", "c", f"{others[1]} »")
    if s["related"]:
        pg.add("related", "c", s["related"])
        for t in others[2: 2 + r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["comments"]:
        ncom = r.randint(3, 14)
        pg.add("comments", "c", dg(pick(r, [f"نظرات کاربران ({ncom})", f"{ncom} دیدگاه", "دیدگاه‌ها"]), d))
        for depth, name, when, text in comment_thread(h, r, pub, ncom):
            pg.add("comments", "c", ("↳ " if depth else "") + name)
            pg.add("comments", "c", when)
            pg.add("comments", "c", text)
            pg.add("comments", "c", dg(f"👍 {r.randint(0, 300)}  👎 {r.randint(0, 90)}", d)
                   if stable(h.domain, 7) % 2 else "پاسخ")
        pg.add("comments", "c", pick(r, ["ارسال نظر", "نظر شما پس از تایید منتشر می‌شود", "نام: * ایمیل:"]))
    for nx in nexts:  # an infinite-scroll save: the site's next articles, in full
        pg.add("next", "c", nx["title"])
        pg.add("next", "c", fmt_date(nx["pub"], s["date"], d, s["time"]))
        if nx["lead"]:
            pg.add("next", "c", nx["lead"])
        for p in nx["paras"]:
            pg.add("next", "c", p)
        pg.add("next", "c", s["end"])
        for x in tag_lines(h, nx["st"]):
            pg.add("next", "c", x)
    if s["app"]:
        pg.add("foot", "c", s["app"].format(n=h.name))
    for x in s["footer"]:
        pg.add("foot", "c", x)
    shown_lead = lead if lead and (not part or part[0] == 1) else None
    meta = {"date": None if s["byline"] else date, "section": sec, "lead": shown_lead, "dated": dated,
            "crawl": crawl, "upd": upd, "author": author}
    return pg, meta


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    if h.s["banner"]:
        for x in banner(h, r, crawl):
            pg.add("banner", "c", x)
    header(pg, h, r, crawl)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"{h.s['sec_label']} {pick(r, h.sections)}",
                                     "آخرین اخبار"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", fmt_date(crawl - dt.timedelta(
                days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("صفحه ۱ از ۲۳ | بعدی »", d) if r.random() < 0.5 else "بارگذاری موارد بیشتر")
    elif kind == "chrome_only":
        for x in ("خطای ۴۰۴", "صفحه مورد نظر پیدا نشد.", "بازگشت به صفحه اصلی"):
            pg.add("body", "c", dg(x, d))
    else:
        pg.add("head", "c", pick(r, ["در حال بارگذاری...", "بدون عنوان"]))
        pg.add("body", "c", pick(r, ["این مطلب حذف شده است.", "محتوایی یافت نشد."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def render_text(h: Host, pg: Page) -> str:
    sep = h.s["text_sep"]
    out = []
    for _region, ls in pg.regions:
        inner = "\n" if sep == "mixed" else sep
        out.append(inner.join(t for _, t in ls))
    return ("\n\n" if sep != "\n" else "\n").join(out) + "\n"


def _esc(h: Host, text: str) -> str:
    e = html.escape(text, quote=False)
    return e.replace("\u200c", "&zwnj;") if h.s["zwnj_entity"] else e


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None,
                upd: dt.datetime) -> str:
    s, c = h.s, h.s["cls"]
    shape = s["shape"]
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    charset = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">' if s["cp1256"]
               else '<meta charset="utf-8">')
    head = [charset, f"<title>{ttl} - {nm}</title>"]
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if gold["section"]:
            head.append(f'<meta property="article:section" content="{html.escape(gold["section"])}">')
    if gold["kind"] == "article" and s["jsonld"]:
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"]}
        if pub is not None:
            ld["datePublished"] = pub.isoformat()
            ld["dateModified"] = upd.isoformat()
        if gold["section"]:
            ld["articleSection"] = gold["section"]
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        if gold["section"] and stable(h.domain, 8) % 2:
            crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": s["home"] or h.name},
                {"@type": "ListItem", "position": 2, "name": gold["section"]}]}
            head.append(f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>')
    if shape == "table":
        return _render_table(h, pg, r, head)

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            return f'<{s["title_tag"]} class="{c[0]}">{_esc(h, t)}</{s["title_tag"]}>'
        if role in ("body", "q"):
            inner = f"<strong>{_esc(h, t)}</strong>" if role == "q" else _esc(h, t)
            return f"<p>{inner}</p>" if shape != "divsoup" else f'<div class="{c[1]}">{inner}</div>'
        if role == "lead":
            return f'<p class="lead">{_esc(h, t)}</p>'
        if region == "next" and t in gold["_next_titles"]:
            return f"<h2>{_esc(h, t)}</h2>"
        if region == "next" and len(t) > 80:
            return f"<p>{_esc(h, t)}</p>"
        if region == "comments" and len(t) > 60:
            return f'<div class="comment-text"><p>{_esc(h, t)}</p></div>'
        if region == "gallery" and not t.startswith(("عکس", "گالری", "دانلود", "⬇")):
            return (f'<figure><img src="/gallery/{stable(t) % 99999}.jpg" alt="">'
                    f"<figcaption>{_esc(h, t)}</figcaption></figure>")
        if region == "head" and s["time_tag"] and pub is not None and t == gold["_date"]:
            return f'<div class="{c[5]}"><time datetime="{pub.isoformat()}">{_esc(h, t)}</time></div>'
        if region in ("nav", "related") and not (region == "nav" and s["menu_joined"]):
            return f'<li><a href="/{c[4]}/{stable(t) % 999}">{_esc(h, t)}</a></li>'
        if region == "box":
            return f"<blockquote>{_esc(h, t)}</blockquote>" if t.startswith("«") else f"<div>{_esc(h, t)}</div>"
        return f'<div class="{pick(r, c[5:9])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        inner = "\n".join(line(ro, t, region) for ro, t in ls)
        if region in ("related",) or (region == "nav" and not s["menu_joined"]):
            inner = f"<ul>{inner}</ul>"
        if region == "box":
            return f'<aside class="{c[10]}">\n{inner}\n</aside>'
        if region == "next":
            return f'<article class="post next-post" data-infinite="1">\n{inner}\n</article>'
        if shape == "semantic":
            tag = {"top": "header", "nav": "nav", "related": "aside", "foot": "footer",
                   "comments": "section"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "divsoup":
            return f'<div class="{c[6]}"><div class="{c[7]}">\n{inner}\n</div></div>'
        return f'<div class="{c[8]}">\n{inner}\n</div>'

    blocks = [(region, block(region, ls)) for region, ls in pg.regions]
    story = {"crumb", "head", "pre", "body", "box", "gallery", "pager", "post", "author"}
    top = ("banner", "top", "nav", "ticker")
    body = ["\n".join(b for g, b in blocks if g in top)]
    if shape == "semantic":
        body.append("<main><article>\n" + "\n".join(b for g, b in blocks if g in story) + "\n</article>")
        body.append("\n".join(b for g, b in blocks if g == "next") + "</main>")
    else:
        body.append(f'<div id="{c[9]}"><div class="{c[11]}">\n' + "\n".join(b for g, b in blocks if g in story)
                    + "\n</div>\n" + "\n".join(b for g, b in blocks if g == "next") + "</div>")
    body.append("\n".join(b for g, b in blocks if g not in story and g not in top and g != "next"))
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + "\n".join(x for x in body if x) + "\n<script>var infinite=true;</script>\n</body>\n</html>\n")


def _render_table(h: Host, pg: Page, r: random.Random, head: list[str]) -> str:
    """An old table-layout page: nested tables, ``<font>`` cells, ``<br><br>`` between paragraphs."""
    face = pick(random.Random(h.domain), ["Tahoma", "B Nazanin", "Tahoma", "B Lotus"])

    def cell(ls: list[tuple[str, str]], size: int = 2, sep: str = "<br>") -> str:
        return (f'<font face="{face}" size="{size}">' + sep.join(_esc(h, t) for _, t in ls) + "</font>")

    rows = []
    side = []
    for region, ls in pg.regions:
        if region in ("top", "banner"):
            rows.append(f'<tr><td colspan="2" bgcolor="#003366" align="center">{cell(ls, 4)}</td></tr>')
        elif region == "nav":
            rows.append(f'<tr><td colspan="2" bgcolor="#dddddd">{cell(ls, 2, " | ")}</td></tr>')
        elif region in ("related", "comments", "ticker"):
            side.append(f'<table width="100%" border="0"><tr><td class="box">{cell(ls, 1)}</td></tr></table>')
        elif region == "foot":
            continue
        else:
            parts = []
            for ro, t in ls:
                if ro == "title":
                    parts.append(f'<tr><td><font face="{face}" size="4" color="#990000"><b>{_esc(h, t)}</b>'
                                 "</font></td></tr>")
                elif ro in ("body", "q"):
                    parts.append(("p", t))  # paragraphs, joined below
                else:
                    parts.append(f'<tr><td><font face="{face}" size="1" color="#666666">{_esc(h, t)}</font>'
                                 "</td></tr>")
            out, run = [], []
            for x in parts + [""]:
                if isinstance(x, tuple):
                    run.append(x[1])
                    continue
                if run:
                    out.append(f'<tr><td align="justify"><font face="{face}" size="2">'
                               + "<br><br>".join(_esc(h, t) for t in run) + "</font></td></tr>")
                    run = []
                if x:
                    out.append(x)
            rows.append(f'<tr><td valign="top"><table width="100%" cellpadding="4">{"".join(out)}</table></td>'
                        "</tr>")
    main = "\n".join(rows)
    sidecell = f'<td width="180" valign="top">{"".join(side)}</td>' if side else ""
    foot = "".join(f'<tr><td colspan="2" align="center">{cell(ls, 1)}</td></tr>'
                   for region, ls in pg.regions if region == "foot")
    return ('<html dir="rtl">\n<head>\n' + "\n".join(head) + "\n</head>\n<body bgcolor=\"#ffffff\">\n"
            + '<table width="780" align="center" border="0" cellspacing="0"><tr><td valign="top">'
            + f'<table width="100%">{main}</table></td>{sidecell}</tr>{foot}</table>\n'
            + "<!-- hit counter --><img src=\"/counter.php\">\n</body>\n</html>\n")


def write_page(pages_dir: Path, i: int, text: str, fmt: str, cp1256: bool) -> str:
    """Write page ``i`` (UTF-8, or Windows-1256 with numeric references for what it cannot hold)."""
    data = text.encode("cp1256", errors="xmlcharrefreplace") if cp1256 else text.encode("utf-8")
    name = f"{i:03d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.{fmt}"
    (pages_dir / name).write_bytes(data)
    return name


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2011, 9, 1) + dt.timedelta(days=r.randrange(4800))
    hour = r.choice([0, 1, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def build(out_dir, n: int = 400, seed: int = 141, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="q", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories(), spare=600)
    rows = []
    built: dict[int, tuple[list[str], list[bool], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-q:{seed}:page:{i}")
        fmt = "html" if r.random() < h.s["html_p"] else "txt"
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            pg = negative_page(h, r, p["kind"], others, crawl)
            gold = negative_gold(p["kind"]) | {"_next_titles": set(), "_date": None}
            pub = None
            upd = crawl
        else:
            st = stories[p["story"]]
            if p["copy_of"] is None:
                family = "interview" if h.s["qa"] else h.family
                paras, isq = story_paragraphs(r, st, family)
                if h.s["short"] and len(paras) > 3 and r.random() < 0.7:
                    k = r.randint(1, 3)
                    paras, isq = paras[:k], isq[:k]
                pub = _pub_time(r)
                built[i] = (paras, isq, pub)
                edits: list[str] = []
            else:
                paras, isq, pub = built[p["copy_of"]]
                paras, isq = list(paras), list(isq)
                edits = []
                if len(paras) > 3 and r.random() < 0.5:
                    paras, isq = paras[:-1], isq[:-1]
                    edits.append("drop_last_paragraph")
                pub = pub + dt.timedelta(hours=r.randint(1, 30))
                edits.append("republished")
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            if h.s["qa"] and any(isq):
                q, a = h.s["qa"]
                paras = [q + x if isq[k] else (a + x if k else x) for k, x in enumerate(paras)]
            part = None
            if h.s["paged"] and p["copy_of"] is None and not p.get("copied") and len(paras) >= 4:
                npages = min(len(paras) // 2, r.choice([2, 3, 3, 4]))
                k = r.choice([1, 1, 2]) if npages > 1 else 1
                bounds = [round(j * len(paras) / npages) for j in range(npages + 1)]
                paras, isq = paras[bounds[k - 1]:bounds[k]], isq[bounds[k - 1]:bounds[k]]
                part = (k, npages)
                if k > 1:
                    lead = None
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            nexts = []
            if h.s["scroll"] and fmt == "html" or (h.s["scroll"] and r.random() < 0.75):
                for k in range(r.choice([1, 1, 2])):
                    nst = stories[len(stories) - 1 - (stable(h.domain, i, k) % 600)]
                    npar, _ = story_paragraphs(r, nst, h.family)
                    npar, nlead, _ = host_story(h, npar, nst["abstract"] if r.random() < h.s["lead_p"] else None,
                                                nst["dataset"])
                    nexts.append({"title": nst["title"], "paras": npar, "lead": nlead, "st": nst,
                                  "pub": pub + dt.timedelta(hours=r.randint(-30, -1))})
            pg, meta = article_page(h, r, st, paras, isq, agency, pub, others, lead, nexts, part)
            meta_date = meta["date"]
            sec = meta["section"]
            if sec and h.s["sec"] == "meta_only" and not (fmt == "html" and (h.s["meta"] or h.s["jsonld"])):
                sec = None
            gold = {"kind": "article", "title": st["title"], "section": sec, "lead": meta["lead"],
                    "surtitle": None, "body_paragraphs": paras, "agency": agency,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits,
                    "_next_titles": {x["title"] for x in nexts}, "_date": meta_date}
            upd = meta["upd"]
        if gold["kind"] == "article":
            has_date = meta["dated"] or (fmt == "html" and (h.s["meta"] or h.s["jsonld"]))
            if not has_date:
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                in_meta = fmt == "html" and (h.s["meta"] or h.s["jsonld"] or (h.s["time_tag"] and meta["date"]))
                gold["published_time"] = pub.isoformat() if h.s["time"] or in_meta else pub.date().isoformat()
        text = render_html(h, pg, r, gold, pub, upd) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt, fmt == "html" and h.s["cp1256"])
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        gold.pop("_next_titles")
        gold.pop("_date")
        rows.append(gold_row(name, "families-q", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"q{seed}")
