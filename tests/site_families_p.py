"""Family set P: eight Persian site families as other tools and archives hand their pages to a corpus builder.

    build(out_dir, n, seed=131, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/`` or the other family generators (only set H's, whose helpers it imports), from what
these kinds of Persian sites look like. The set stresses page *forms* more than topics: every host has
one form, the way its pages reach the builder:

- HTML (about half the pages): ``complete`` (a browser's "Save Page As, complete": the ``saved from url``
  comment, inlined CSS and SVG icons, the site's mega-menu and its big footer in the DOM before and after
  the article), ``cms`` (as the CMS serves it: og / article metas, JSON-LD NewsArticle and BreadcrumbList,
  ``<time datetime>``), ``amp`` (``<html ⚡>``, amp-sidebar menu, amp-img, amp-social-share) and ``mobile``
  (an ``m.`` site: hamburger menu, bottom tab bar, «نسخه دسکتاپ»);
- flat text, each host flattened by ONE tool: ``copy`` (a browser select-all copy: menus one item per
  line, buttons as words), ``lynx`` (a lynx / w3m dump: ``[12]`` link numbers, bullets, tables drawn with
  characters, a ``References`` list of URLs; one host wraps paragraphs at its screen width), ``reader``
  (a reader-mode copy: little chrome, «زمان مطالعه», image captions), ``archive`` (a web-archive capture:
  the archive's toolbar and its capture date above the page, never the publication date) and ``print``
  (a print version: «نسخه چاپی», the page URL and the print date in the footer).

The families (each with three or four hosts, every host its own template: menu, tagline, date style,
calendar and digits, section form, credit form, end marker, widgets, lines repeated after the body):

- ``foreign_service``  Persian services of foreign state broadcasters (Gregorian dates beside Jalali,
  audio players, language switchers, foreign agencies credited);
- ``party_campaign``   political party and election campaign sites (statement numbers, countdowns,
  membership and donation banners);
- ``regional_local``   local news of Kurdish, Lori and Baluchi regions, in Persian with local place names
  (a Kurdish or local tagline, weather and prayer-time widgets, county menus);
- ``women_society``    women and society magazines (author boxes with a bio, reading time, newsletters);
- ``thinktank_brief``  economic think-tank briefs (report numbers, PDF downloads, key-figure tables,
  citation lines that repeat the title);
- ``shop_blog``        e-commerce magazine blogs (product boxes with prices between paragraphs, cart and
  app banners, star ratings);
- ``martyrs_memorial`` memorial / martyrs' culture sites (Hijri beside Jalali dates, testament quotes,
  «صلوات» counters);
- ``tech_explainer``   technology explainers (tables of contents, «آخرین به‌روزرسانی», FAQ headings,
  "was this useful" widgets).

Stories are built from sentences of ``../shared/data/corpora/news-dev.jsonl.gz`` regrouped into 2-15
paragraphs (gold body = those paragraphs, written unchanged). About 7% negatives (listing, contact / 404,
near-empty); ~10% of stories are republished on a host of another family (gold ``cluster``). Gold
``section`` is the most specific item of the page's trail (or its label, its ``article:section`` meta, its
JSON-LD) without the home label, None when the page shows none. Gold ``agency`` is set only when the page
credits one. Gold ``published_iso`` is the page's local (Tehran) day, ``published_time`` the same instant
with the page's offset (from ``zoneinfo``); header "today" dates, archive capture dates, print dates and
«آخرین به‌روزرسانی» are not it. Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import json
import random
import textwrap

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
    AGENCIES as H_AGENCIES,
    COMMENTS,
    DATASET_AGENCY,
    FIRST,
    LAST,
    TEHRAN,
    Host,
    credited_agency as h_credited,
    dg,
    fmt_date,
    group,
    load_stories,
    relative,
    rewrite_credits as h_rewrite,
)

FAMILIES = ["foreign_service", "party_campaign", "regional_local", "women_society", "thinktank_brief",
            "shop_blog", "martyrs_memorial", "tech_explainer"]
TEXT_FORMS = ("copy", "lynx", "reader", "archive", "print")
HTML_FORMS = ("complete", "cms", "amp", "mobile")
#: canonical agency -> the ways a credit line names it (H's, and foreign agencies a foreign service credits)
AGENCIES = {**H_AGENCIES, "رویترز": ["رویترز", "خبرگزاری رویترز"],
            "آسوشیتدپرس": ["آسوشیتدپرس", "خبرگزاری آسوشیتدپرس"], "آناتولی": ["خبرگزاری آناتولی", "آناتولی"]}

#: (domain, name, tagline, form) per host
HOSTS = {
    "foreign_service": [("avaye-sharq.net", "آوای شرق", "رادیو و تلویزیون فارسی‌زبان", "cms"),
                        ("sedaye-doosti.com", "صدای دوستی", "بخش فارسی رادیو بین‌المللی", "amp"),
                        ("persian.pulnews.org", "پل نیوز", "سرویس فارسی؛ خبر بی‌مرز", "lynx"),
                        ("farsi.nordwave.tv", "موج شمال", "سرویس فارسی", "reader")],
    "party_campaign": [("hezb-omid-melli.ir", "حزب امید ملی", "دبیرخانه مرکزی حزب", "complete"),
                       ("setad-tahavol.ir", "ستاد تحول", "ستاد انتخاباتی نامزد تحول و پیشرفت", "mobile"),
                       ("jebhe-nosazi.ir", "جبهه نوسازی", "پایگاه اطلاع‌رسانی جبهه", "copy"),
                       ("kanoon-eslahgaran.ir", "کانون اصلاح‌گران", "تشکل سیاسی دانش‌آموختگان", "archive")],
    "regional_local": [("zagros-khabar.ir", "زاگرس خبر", "ماڵپەڕی هەواڵی ناوچە", "mobile"),
                       ("lorestan-emrooz.ir", "لرستان امروز", "خبر لر، هر روز", "complete"),
                       ("makoran-news.ir", "مکران نیوز", "صدای سیستان و بلوچستان", "copy"),
                       ("mukrian-press.ir", "موکریان پرس", "هەواڵی موکریان", "print")],
    "women_society": [("banoo-mag.ir", "مجله بانو", "ماهنامه زنان و جامعه", "amp"),
                      ("nimeh-digar.com", "نیمه دیگر", "روایت زنان از زندگی", "cms"),
                      ("khanevadeh-emrooz.ir", "خانواده امروز", "جامعه، خانواده، سلامت", "reader"),
                      ("zanan-online.ir", "زنان آنلاین", "پایگاه خبری تحلیلی زنان", "lynx")],
    "thinktank_brief": [("andishkadeh-eghtesad.ir", "اندیشکده اقتصاد", "اندیشکده مطالعات اقتصادی", "complete"),
                        ("markaz-motaleat-tose.ir", "مرکز مطالعات توسعه", "نهاد پژوهشی مستقل", "print"),
                        ("rahbord-eghtesadi.org", "راهبرد اقتصادی", "موسسه پژوهشی راهبرد", "lynx")],
    "shop_blog": [("digikala-mag-fa.com", "دیجی‌مگ", "مجله خرید هوشمند", "cms"),
                  ("bazarcheh.ir", "بازارچه مگ", "مجله فروشگاه اینترنتی بازارچه", "complete"),
                  ("kalaland.com", "کالالند بلاگ", "راهنمای خرید و بررسی کالا", "print")],
    "martyrs_memorial": [("yadyaran.ir", "یاد یاران", "پایگاه فرهنگ ایثار و شهادت", "cms"),
                         ("golzar-shohada.ir", "گلزار", "خاطره‌ها و وصیت‌نامه‌های شهدا", "archive"),
                         ("navid-isar.ir", "نوید ایثار", "پایگاه خبری ایثارگران", "copy"),
                         ("kangavar-shohada.ir", "آسمانی‌ها", "یادواره شهدای استان", "amp")],
    "tech_explainer": [("m.fanavaran.net", "فناوران", "فناوری به زبان ساده", "mobile"),
                       ("techpedia-fa.com", "تک‌پدیا", "دانشنامه فناوری", "reader"),
                       ("gadgetyar.ir", "گجت‌یار", "آموزش و راهنمای دیجیتال", "archive"),
                       ("digiroo.ir", "دیجی‌رو", "اخبار و آموزش فناوری", "cms")],
}
#: a family's sections; "parent/child" shows both in a trail (gold: the child)
SECTIONS = {
    "foreign_service": ["ایران", "جهان", "خاورمیانه", "اقتصاد", "فرهنگ و هنر", "جهان/آسیا", "جهان/اروپا"],
    "party_campaign": ["بیانیه‌ها", "اخبار حزب", "استان‌ها", "انتخابات", "یادداشت", "اخبار حزب/شاخه جوانان"],
    "regional_local": ["اجتماعی", "شهرستان‌ها/مریوان", "شهرستان‌ها/کوهدشت", "شهرستان‌ها/سراوان", "فرهنگی",
                       "اقتصادی", "ورزشی", "حوادث"],
    "women_society": ["جامعه", "سلامت زنان", "خانواده", "اشتغال", "روانشناسی", "جامعه/آسیب‌های اجتماعی"],
    "thinktank_brief": ["گزارش‌های راهبردی", "پژوهش‌ها/اقتصاد کلان", "پژوهش‌ها/بازار کار", "یادداشت‌های سیاستی",
                        "انرژی"],
    "shop_blog": ["راهنمای خرید", "بررسی", "موبایل", "خانه و آشپزخانه", "راهنمای خرید/لوازم خانگی"],
    "martyrs_memorial": ["خاطرات", "وصیت‌نامه", "زندگینامه", "اخبار", "یادواره‌ها", "دفاع مقدس/عملیات‌ها"],
    "tech_explainer": ["آموزش", "موبایل", "هوش مصنوعی", "امنیت", "نرم‌افزار", "آموزش/ویندوز"],
}
MENU_EXTRA = {
    "foreign_service": ["ویدئو", "رادیو", "برنامه‌ها", "پادکست", "فرکانس‌ها", "عکس"],
    "party_campaign": ["درباره حزب", "اساسنامه", "عضویت", "شورای مرکزی", "رسانه", "تماس"],
    "regional_local": ["سنندج", "خرم‌آباد", "زاهدان", "چابهار", "بانه", "الیگودرز", "آب و هوا"],
    "women_society": ["مادر و کودک", "آشپزی", "مد و زیبایی", "ویژه‌نامه", "پادکست", "مشاوره"],
    "thinktank_brief": ["درباره اندیشکده", "پژوهشگران", "رویدادها", "نشست‌ها", "داده‌ها", "انتشارات"],
    "shop_blog": ["فروشگاه", "تخفیف‌ها", "کالای دیجیتال", "مد و پوشاک", "سوپرمارکت", "پیگیری سفارش"],
    "martyrs_memorial": ["شهدای شاخص", "گلزار", "مناسبت‌ها", "کتابخانه", "گالری", "ارسال خاطره"],
    "tech_explainer": ["اخبار", "بررسی گوشی", "مقایسه", "ترفندها", "بازی", "ویدئو"],
}
AFTER = {
    "foreign_service": ["ما را در تلگرام دنبال کنید", "پخش زنده رادیو", "برنامه‌های امروز",
                        "این مطلب را به زبان‌های دیگر بخوانید: English | العربية | Русский"],
    "party_campaign": ["به کارزار ما بپیوندید", "حمایت مالی از ستاد", "فرم عضویت آنلاین",
                       "دریافت بیانیه‌ها در پیام‌رسان"],
    "regional_local": ["ارسال خبر از شهر شما", "ما را در ایتا دنبال کنید", "آگهی‌های محلی",
                       "فارسی | کوردی"],
    "women_society": ["عضویت در خبرنامه هفتگی", "مشاوره آنلاین با روانشناس", "این مطلب را برای دوستانتان بفرستید",
                      "ویژه‌نامه روز زن"],
    "thinktank_brief": ["دریافت نسخه کامل گزارش", "عضویت در خبرنامه اندیشکده", "درخواست نشست تخصصی",
                        "سایر گزارش‌های این مجموعه"],
    "shop_blog": ["ارسال رایگان برای خریدهای بالای ۵۰۰ هزار تومان", "دانلود اپلیکیشن", "مشاهده همه محصولات",
                  "ضمانت بازگشت ۷ روزه کالا"],
    "martyrs_memorial": ["برای شادی روح شهدا صلوات", "ارسال خاطره از شهدا", "زیارت مجازی گلزار شهدا",
                         "کتابخانه دیجیتال دفاع مقدس"],
    "tech_explainer": ["این مقاله چقدر مفید بود؟ 👍 👎", "در کانال یوتیوب ما عضو شوید", "ترفندهای بیشتر",
                       "سوال خود را در انجمن بپرسید"],
}
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ب", "▪", "پایان", "■"]
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", None]
CRUMB_SEPS = [" / ", " > ", " » ", " › ", " ← ", " ◄ ", " | "]
SEC_LABELS = ["سرویس:", "گروه خبری:", "دسته:", "بخش:", "موضوع:"]
FAM_STYLES = {"foreign_service": ["greg_fa", "jal_greg", "greg_fa", "wd_long"],
              "martyrs_memorial": ["jal_hij", "wd_long", "num", "jal_hij"],
              "tech_explainer": ["long_saat", "num", "dmy", "wd_long"],
              "party_campaign": ["wd_long", "num", "time_num", "long_saat"],
              "regional_local": ["num", "time_num", "yy", "long_saat"],
              "women_society": ["long_saat", "wd_long", "num", "dmy"],
              "thinktank_brief": ["long_saat", "num", "jal_greg"],
              "shop_blog": ["long_saat", "dmy", "num"]}
MEN = ["علی", "حسن", "محمود", "رضا", "مجید", "ابراهیم", "احمد", "غلامرضا", "مهدی", "حسین", "جواد", "اکبر"]
BIOS = ["پژوهشگر حوزه اقتصاد توسعه و دانش‌آموخته دانشگاه تهران", "روزنامه‌نگار و نویسنده، علاقه‌مند به مسائل اجتماعی",
        "کارشناس ارشد جامعه‌شناسی و فعال حوزه زنان", "نویسنده و مترجم حوزه فناوری با ده سال سابقه",
        "خبرنگار حوزه فرهنگ و هنر", "کارشناس بازار کالای دیجیتال", "راوی و پژوهشگر تاریخ شفاهی دفاع مقدس"]


# ---------------------------------------------------------------------------------------------- hosts

def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline, form = HOSTS[family][idx]
    r = random.Random(f"families-p-host:{seed}:{domain}")
    secs = list(SECTIONS[family])
    r.shuffle(secs)
    secs = secs[: r.choice([3, 4, 5])]
    tops = []
    for x in secs:
        if x.split("/")[0] not in tops:
            tops.append(x.split("/")[0])
    menu = tops + r.sample(MENU_EXTRA[family], r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {"form": form}
    s["digits"] = pick(r, ["fa", "fa", "fa", "ar", "en"])
    styles = FAM_STYLES[family]
    s["date"] = styles[idx % len(styles)]
    s["time"] = r.random() < 0.7
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "انتشار:", "📅", "منتشر شده:"])
    s["rel"] = pick(r, [None, None, None, "beside"])
    s["dated"] = form != "reader" or stable(domain, "dated") % 2 == 0  # reader views drop the date on some hosts
    s["byline"] = pick(r, [None, "pipe", "dash", "wrote"])
    s["sec"] = pick(r, ["crumb", "crumb", "label", "label", "none"])
    if form in ("cms", "amp", "complete") and r.random() < 0.3:
        s["sec"] = "meta"  # the page names its section only in article:section / JSON-LD
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, CRUMB_SEPS)
    s["crumb_title"] = r.random() < 0.4
    s["sec_label"] = pick(r, SEC_LABELS)
    s["lead_p"] = pick(r, [0.0, 0.5, 0.85])
    s["agency"] = pick(r, ["keep", "keep", "credit", "credit_other", "none"])
    s["credit"] = pick(r, ["منبع: {a}", "به نقل از {a}", "منبع خبر: {a}", "({a})", "برگرفته از {a}"])
    s["credit_top"] = r.random() < 0.3
    s["end"] = pick(r, END_MARKS + [None, None])
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.5))
    s["today"] = r.random() < 0.5
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بازدید", "👁 {n}", None])
    s["code"] = pick(r, [None, "کد خبر: {n}", "شناسه خبر: {n}", "کد مطلب: {n}"])
    s["short"] = r.random() < 0.4
    s["font"] = pick(r, [None, "اندازه متن: A+ A-", "کوچک | متوسط | بزرگ", "A A A"])
    s["printw"] = r.random() < 0.4
    s["audio"] = family == "foreign_service" or r.random() < 0.15
    s["ticker"] = r.random() < 0.4
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "#", "lines", "کلیدواژه‌ها: {t}"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "lines", "بازنشر:"])
    s["prevnext"] = pick(r, [None, "label", "arrows"])
    s["related"] = pick(r, ["مطالب مرتبط", "بیشتر بخوانید", "پیشنهاد سردبیر", "پربازدیدترین‌ها", "آخرین اخبار"])
    s["author_box"] = family in ("women_society", "thinktank_brief", "tech_explainer") or r.random() < 0.25
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["bio"] = [pick(r, BIOS) for _ in range(3)]
    s["comments"] = pick(r, [None, "نظرات ({n})", "{n} دیدگاه", "دیدگاه شما"])
    s["banner"] = pick(r, [None, "اپلیکیشن {n} را نصب کنید", "عضویت در خبرنامه {n}", "{n} را در اینستاگرام دنبال کنید"])
    s["footer"] = [pick(r, [f"تمامی حقوق مادی و معنوی برای {name} محفوظ است.", f"© {name}، کلیه حقوق محفوظ است",
                            f"نقل مطالب {name} با ذکر منبع آزاد است."]),
                   pick(r, ["درباره ما | تماس با ما | تبلیغات", "تماس با ما - درباره ما - حریم خصوصی",
                            "قوانین و مقررات | همکاری با ما | نقشه سایت"])]
    s["meta"] = form in ("cms", "amp") or (form == "complete" and r.random() < 0.5)
    s["jsonld"] = form in ("cms", "amp") and r.random() < 0.8 or (form == "complete" and r.random() < 0.3)
    s["meta_utc"] = r.random() < 0.35  # metas written in UTC ("Z"), not with the Tehran offset
    s["time_tag"] = form in ("cms", "amp", "complete", "mobile") and r.random() < 0.6
    s["zwnj_entity"] = r.random() < 0.4
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 6))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["title_tag"] = pick(r, ["h1", "h1", "h2"])
    s["wrap"] = form == "lynx" and stable(domain, "wrap") % 2 == 0  # this dump keeps the screen's line breaks
    s["width"] = r.choice([72, 76, 78])
    s["archive"] = pick(r, ["wayback", "archive_today"])
    s["print_kind"] = pick(r, ["site", "browser"])
    s["ldcrumb"] = form == "cms" and r.random() < 0.6
    if s["sec"] == "meta" and not (s["meta"] or s["jsonld"]):
        s["sec"] = "crumb"
    if family == "shop_blog":
        s["agency"] = pick(r, ["keep", "none"])
    if family == "foreign_service" and s["agency"] == "credit_other":
        s["foreign"] = True
    return Host(family, domain, name, tagline, menu, secs, s)


# ---------------------------------------------------------------------------------------------- stories

def _spaced(text: str) -> str:
    """``text`` with «ورزش‌سه» (written with a ZWNJ) as «ورزش سه», the form H's credit patterns know."""
    return text.replace("ورزش\u200cسه", "ورزش سه")


def credited_agency(texts: list[str]) -> str | None:
    """The agency a story's own text credits (H's rule; «ورزش‌سه» with a ZWNJ counts too)."""
    return h_credited([_spaced(t) for t in texts])


def rewrite_credits(h: Host, text: str) -> str:
    """``text`` with every agency it names replaced by the host's own name; a text naming none is unchanged."""
    new = h_rewrite(h, _spaced(text))
    return text if new == _spaced(text) else new


def story_paragraphs(r: random.Random, st: dict) -> list[str]:
    sents = st["sents"]
    k = min(len(sents), 15, max(2, round(r.triangular(2, 15, 5))))
    return group(r, sents, k)


def host_story(h: Host, paras: list[str], lead: str | None, dataset: str) -> tuple[list[str], str | None,
                                                                                  str | None]:
    """The paragraphs and lead as ``h`` prints them, and the agency the page credits."""
    mode = h.s["agency"]
    own = credited_agency(([lead] if lead else []) + paras)
    if mode == "keep":
        return paras, lead, own
    own = own or DATASET_AGENCY[dataset]
    paras = [rewrite_credits(h, p) for p in paras]
    lead = rewrite_credits(h, lead) if lead else None
    if mode == "none":
        return paras, lead, None
    if mode == "credit":
        return paras, lead, own
    pool = ["رویترز", "آسوشیتدپرس", "آناتولی"] if h.s.get("foreign") else ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"]
    return paras, lead, pick(random.Random(stable(h.domain, paras[-1][:40])), pool)


def section_for(h: Host, st: dict) -> str:
    return h.sections[stable(st["key"], h.domain) % len(h.sections)]


def credit_line(h: Host, agency: str) -> str:
    names = AGENCIES[agency]
    return h.s["credit"].format(a=names[stable(h.domain, agency) % len(names)])


def ago(pub: dt.datetime, now: dt.datetime, digits: str) -> str:
    """How long before ``now`` the page was published, as the site writes it when the page is saved."""
    days = (now - pub).days
    n, unit = ((days // 365, "سال") if days >= 365 else (days // 30, "ماه") if days >= 30
               else (days, "روز") if days else (max(1, (now - pub).seconds // 3600), "ساعت"))
    return dg(f"{n} {unit} پیش", digits)


def date_text(h: Host, pub: dt.datetime, crawl: dt.datetime) -> str:
    s = h.s
    d = fmt_date(pub, s["date"], s["digits"], s["time"])
    if s["date_label"] and s["byline"] is None:
        d = f"{s['date_label']} {d}"
    if s["rel"] == "beside":
        d = f"{d} ({ago(pub, crawl, s['digits'])})"
    return d


def url_of(h: Host, key: str) -> str:
    host = h.domain if h.s["form"] != "mobile" or h.domain.startswith("m.") else "m." + h.domain
    kind = pick(random.Random(h.domain), ["news", "fa/news", "post", "article", "mag"])
    return f"https://{host}/{kind}/{stable(key) % 900000 + 100000}"


# ---------------------------------------------------------------------------------------------- pages

def form_prelude(pg: Page, h: Host, r: random.Random, crawl: dt.datetime, url: str, title: str | None) -> None:
    """What the tool that handed the page over put above it."""
    f, s = h.s["form"], h.s
    if f == "archive":
        if s["archive"] == "wayback":
            stamp = crawl.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
            first = crawl - dt.timedelta(days=r.randint(30, 900))
            pg.add("tool", "c", f"The Wayback Machine - https://web.archive.org/web/{stamp}/{url}")
            pg.add("tool", "c", f"{r.randint(2, 140)} captures")
            pg.add("tool", "c", f"{first.day} {first.strftime('%b')} {first.year} - "
                                f"{crawl.day} {crawl.strftime('%b')} {crawl.year}")
            months = [dt.date(crawl.year + (crawl.month + k - 1) // 12, (crawl.month + k - 1) % 12 + 1, 1)
                      .strftime("%b").upper() for k in (-1, 0, 1)]
            pg.add("tool", "c", "  ".join(months))
            pg.add("tool", "c", f"{crawl.year - 1} {crawl.year} {crawl.year + 1}")
            pg.add("tool", "c", "COLLECTED BY")
            pg.add("tool", "c", pick(r, ["Organization: Archive Team", "Collection: Save Page Now",
                                         "Collection: Common Crawl"]))
        else:
            pg.add("tool", "c", "archive.today webpage capture")
            pg.add("tool", "c", f"Saved from {url}")
            pg.add("tool", "c", crawl.astimezone(dt.timezone.utc).strftime("%d %b %Y %H:%M:%S UTC"))
            pg.add("tool", "c", "search | history | share | download .zip | report bug or abuse")
    elif f == "print" and s["print_kind"] == "browser":
        t = f"{crawl.month}/{crawl.day}/{crawl.strftime('%y')}, {int(crawl.strftime('%I'))}:{crawl.strftime('%M %p')}"
        pg.add("tool", "c", f"{t}    {title or h.name} | {h.name}")
    elif f == "print":
        pg.add("tool", "c", "نسخه چاپی")
        pg.add("tool", "c", f"{h.name} - {h.tagline}")
        pg.add("tool", "c", "🖨 چاپ | بستن" if stable(h.domain, "printbar") % 2 else None)
    elif f == "reader":
        pg.add("tool", "c", h.domain)


def form_coda(pg: Page, h: Host, r: random.Random, crawl: dt.datetime, url: str) -> None:
    f, s = h.s["form"], h.s
    if f == "copy" and stable(h.domain, "up") % 2:
        pg.add("toolend", "c", pick(r, ["بازگشت به بالا", "↑ بالای صفحه"]))
    if f == "print" and s["print_kind"] == "browser":
        pg.add("toolend", "c", f"{url}    1/{r.randint(2, 4)}")
    elif f == "print":
        pg.add("toolend", "c", f"آدرس مطلب: {url}")
        pg.add("toolend", "c", "تاریخ چاپ: " + fmt_date(crawl, "num", s["digits"], True))


def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s, f = h.s, h.s["form"]
    if f in ("reader", "print"):
        return
    if f == "copy" or f == "archive":
        pg.add("top", "c", pick(r, ["رفتن به محتوا", "پرش به محتوای اصلی"]) if stable(h.domain, 1) % 2 else None)
    if f in ("mobile", "amp"):
        pg.add("top", "c", "☰ منو" if f == "mobile" else "☰")
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline)
    if s["today"]:
        pg.add("top", "c", ("امروز: " if stable(h.domain, 2) % 2 else "")
               + fmt_date(today, "wd_long" if s["date"] not in ("greg_fa",) else "greg_fa", s["digits"], time=False))
    if h.family == "regional_local":
        city = pick(r, ["سنندج", "خرم‌آباد", "زاهدان", "مریوان", "چابهار"])
        sky = pick(r, ['آفتابی', 'ابری', 'بارانی', 'برفی'])
        pg.add("top", "c", dg(f"{city} {r.randint(-5, 38)}° {sky}", s["digits"]))
        if stable(h.domain, 3) % 2:
            pg.add("top", "c", dg(f"اذان ظهر {r.randint(11, 12)}:{r.randint(10, 59)}", s["digits"]))
    if h.family == "party_campaign" and stable(h.domain, 4) % 2:
        pg.add("top", "c", dg(f"{r.randint(2, 60)} روز تا انتخابات", s["digits"]))
    if h.family == "shop_blog":
        pg.add("top", "c", dg("سبد خرید (0)", s["digits"]))
    if f == "lynx" or stable(h.domain, 5) % 2:
        pg.add("top", "c", pick(r, ["جستجو", "ورود | ثبت‌نام", "جستجو کنید..."]))
    home = s["home"] or h.name
    for it in [home] + h.menu:
        pg.add("nav", "c", it)
    if f == "complete":  # the mega-menu's sub-items sit in the DOM too
        subs = [x for x in SECTIONS[h.family] + MENU_EXTRA[h.family] if x not in h.menu and "/" not in x]
        for sub in random.Random(h.domain).sample(subs, min(len(subs), 6)):
            pg.add("nav", "c", sub)
    if s["ticker"] and others:
        pg.add("ticker", "c", pick(r, ["آخرین اخبار", "تازه‌ها", "خبر فوری"]))
        for t in others[5:8]:
            pg.add("ticker", "c", t)


def family_pre(h: Host, r: random.Random, st: dict, pub: dt.datetime, upd: dt.datetime) -> list[str]:
    f, d = h.family, h.s["digits"]
    out: list[str] = []
    if h.s["audio"]:
        out.append(dg(f"▶ پخش | 00:00 / 0{r.randint(1, 9)}:{r.randint(10, 59)} | دانلود فایل صوتی", d))
    if f == "party_campaign" and stable(h.domain, 6) % 2:
        out.append(dg(f"بیانیه شماره {r.randint(3, 140)}", d))
    if f == "thinktank_brief":
        out.append(dg(f"شماره گزارش: {r.randint(1398, 1403)}-{r.randint(10, 99)}", d))
        out.append(dg(f"دانلود نسخه PDF ({r.randint(300, 2900)} کیلوبایت)", d))
    if f in ("women_society", "tech_explainer") or (f == "thinktank_brief" and stable(h.domain, 7) % 2):
        out.append(dg(f"زمان مطالعه: {r.randint(3, 14)} دقیقه", d))
    if f == "tech_explainer":
        if stable(h.domain, 8) % 2:
            out.append("آخرین به‌روزرسانی: " + fmt_date(upd, h.s["date"], d, False))
        out += ["فهرست مطالب", "مقدمه", pick(r, ["چطور کار می‌کند؟", "مراحل انجام کار"]),
                pick(r, ["مزایا و معایب", "نکات امنیتی"]), "جمع‌بندی", "سوالات متداول"][: r.randint(3, 6)]
    if f == "martyrs_memorial" and r.random() < 0.6:
        out.append(f"شهید {pick(r, MEN)} {pick(r, LAST)}")
        out.append(dg(f"تولد: {r.randint(1335, 1348)} - شهادت: {r.randint(1359, 1367)}", d))
    return out


def in_body(h: Host, r: random.Random, i: int, n: int, others: list[str]) -> str | None:
    if i >= n - 1:
        return None
    f, d = h.family, h.s["digits"]
    if f == "shop_blog" and r.random() < 0.45:
        prod = pick(r, ["گوشی سامسونگ Galaxy A54", "هدفون بی‌سیم شیائومی", "جاروبرقی بوش", "سرخ‌کن بدون روغن فیلیپس",
                        "لپ‌تاپ لنوو IdeaPad", "ساعت هوشمند امیزفیت"])
        button = pick(r, ['افزودن به سبد خرید', 'مشاهده و خرید'])
        return dg(f"{prod} | {r.randint(9, 390) * 100_000:,} تومان | {button}", d)
    if h.s["form"] in ("reader", "complete", "amp", "cms") and r.random() < 0.15:
        return pick(r, [f"عکس: {pick(r, FIRST)} {pick(r, LAST)}", "تصویر تزئینی است",
                        f"عکس از {pick(r, ['ایسنا', 'آرشیو', 'خبرگزاری مهر', 'Getty Images'])}"])
    if f == "martyrs_memorial" and r.random() < 0.15:
        return "اللهم صل علی محمد و آل محمد"
    if others and r.random() < 0.25 / max(2, n) * 3:
        return pick(r, ["بیشتر بخوانید: ", "بخوانید: ", "مرتبط: "]) + pick(r, others)
    return None


def family_post(h: Host, r: random.Random, st: dict, title: str, author: str) -> list[str]:
    f, d = h.family, h.s["digits"]
    if f == "thinktank_brief":
        return [dg(f"نحوه استناد: {author.split()[-1]}، {author.split()[0]} ({r.randint(1399, 1403)}). "
                   f"«{title}». تهران: {h.name}.", d)]
    if f == "shop_blog":
        return [dg(f"★★★★☆ ({r.randint(3, 400)} نظر)", d), "برای ثبت نظر وارد حساب کاربری شوید"]
    if f == "martyrs_memorial":
        return [dg(f"تعداد صلوات: {r.randint(100, 99999):,}", d), "ارسال صلوات"]
    if f == "tech_explainer":
        return ["آیا این مطلب برای شما مفید بود؟", "بله | خیر"]
    return []


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, url: str, crawl: dt.datetime,
                 upd: dt.datetime) -> tuple[Page, dict]:
    s, d, form = h.s, h.s["digits"], h.s["form"]
    pg = Page()
    title = st["title"]
    form_prelude(pg, h, r, crawl, url, title)
    header(pg, h, r, crawl, others)
    sec = None if s["sec"] == "none" or r.random() < 0.06 else section_for(h, st)
    parts = sec.split("/") if sec else []
    gold_sec = parts[-1] if parts else None
    if form == "reader" and s["sec"] != "label":
        gold_sec = None  # reader views drop the trail
    if gold_sec and s["sec"] == "crumb":
        trail = [s["home"] or h.name, *parts] + ([title] if s["crumb_title"] else [])
        if form == "lynx":
            pg.add("crumb", "c", s["sep"].join(f"[{stable(h.domain, x) % 40 + 1}]{x}" for x in trail))
        else:
            pg.add("crumb", "c", s["sep"].join(trail))
    author = pick(r, s["authors"])
    bio = s["bio"][s["authors"].index(author)]
    date = date_text(h, pub, crawl)
    if form == "reader":
        pg.add("head", "title", title)
        pg.add("head", "c", h.name)
        pg.add("head", "c", author if stable(h.domain, 9) % 2 else None)
        pg.add("head", "c", dg(pick(r, [f"زمان مطالعه: {r.randint(2, 12)} دقیقه",
                                        f"{r.randint(2, 6)} تا {r.randint(7, 12)} دقیقه"]), d))
        if s["dated"]:
            pg.add("head", "c", date)
        if gold_sec and s["sec"] == "label":
            pg.add("head", "c", f"{s['sec_label']} {gold_sec}")
    else:
        if gold_sec and s["sec"] == "label":
            pg.add("head", "c", f"{s['sec_label']} {gold_sec}")
        pg.add("head", "title", title)
        ncom = r.randint(0, 15)
        byl = s["byline"]
        if byl == "pipe":
            pg.add("head", "c", f"{author} | {date}")
        elif byl == "dash":
            pg.add("head", "c", f"{author} - {date}")
        elif byl == "wrote":
            pg.add("head", "c", f"نوشته {author} در {date}")
        else:
            pg.add("head", "c", date)
        if s["code"]:
            pg.add("head", "c", dg(s["code"].format(n=r.randint(100000, 999999)), d))
        if s["views"]:
            pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
        if s["comments"] and stable(h.domain, 10) % 2:
            pg.add("head", "c", dg(s["comments"].format(n=ncom), d))
        if s["font"]:
            pg.add("head", "c", s["font"])
        if s["printw"]:
            pg.add("head", "c", pick(r, ["نسخه چاپی", "🖨 چاپ"]) if form != "print" else None)
    if agency and s["credit_top"]:
        pg.add("head", "c", credit_line(h, agency))
    pg.add("head", "lead", lead)
    for x in family_pre(h, r, st, pub, upd):
        if form != "reader" or x.startswith("شهید") or "دقیقه" not in x:
            pg.add("pre", "c", x)
    if h.family == "thinktank_brief" and form != "reader":
        pg.add("box", "c", "شاخص‌های کلیدی")
        for x in key_figures(h, r):
            pg.add("box", "c", x)
    for i, p in enumerate(paras):
        pg.add("body", "body", p)
        pg.add("body", "c", in_body(h, r, i, len(paras), others))
    pg.add("post", "c", s["end"])
    if agency and not s["credit_top"]:
        pg.add("post", "c", credit_line(h, agency))
    if form == "reader":  # the reader keeps what stood inside the article: its call-to-action lines
        for x in s["after"][:2]:
            pg.add("post", "c", x)
        form_coda(pg, h, r, crawl, url)
        return pg, {"section": gold_sec, "author": author, "date": date if s["dated"] else None}
    for x in family_post(h, r, st, title, author):
        pg.add("post", "c", x)
    tags = st["tags"] or [gold_sec or h.menu[0]]
    if s["tags"] == "#":
        pg.add("tags", "c", " ".join("#" + x.replace(" ", "_") for x in tags))
    elif s["tags"] == "lines":
        pg.add("tags", "c", "برچسب‌ها")
        for t in tags:
            pg.add("tags", "c", t)
    elif s["tags"]:
        pg.add("tags", "c", s["tags"].format(t="، ".join(tags)))
    if s["short"]:
        pg.add("post", "c", f"لینک کوتاه: https://{h.domain.removeprefix('m.')}/x/{r.getrandbits(20):05x}")
    if s["author_box"]:
        pg.add("post", "c", "درباره نویسنده")
        pg.add("post", "c", author)
        pg.add("post", "c", bio)
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["share"] == "lines":
        for x in ("تلگرام", "واتس‌اپ", "ایکس", "کپی لینک"):
            pg.add("share", "c", x)
    elif s["share"]:
        pg.add("share", "c", s["share"] + " تلگرام | واتس‌اپ | ایکس | لینکدین")
    if s["prevnext"] and len(others) >= 2:
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("related", "c", f"خبر قبلی: {a}")
            pg.add("related", "c", f"خبر بعدی: {b}")
        else:
            pg.add("related", "c", f"→ {a}")
            pg.add("related", "c", f"{b} ←")
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[: r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["banner"]:
        pg.add("banner", "c", s["banner"].format(n=h.name))
    if s["comments"] and form != "print":
        pg.add("comments", "c", pick(r, ["ارسال نظر", "دیدگاهتان را بنویسید"]))
        for _ in range(r.randint(0, 2)):
            pg.add("comments", "c", pick(r, FIRST))
            when = pub + dt.timedelta(days=r.randint(0, 30), hours=r.randint(1, 20))
            pg.add("comments", "c", fmt_date(when, "num", d))
            pg.add("comments", "c", pick(r, COMMENTS))
    if form != "print":
        if form in ("complete", "cms", "copy", "archive"):  # the site's big footer: columns of links
            fr = random.Random(f"{h.domain}:foot")
            pg.add("foot", "c", pick(fr, ["دسترسی سریع", "لینک‌های مفید", "بخش‌ها"]))
            for x in fr.sample(h.menu, min(len(h.menu), 4)):
                pg.add("foot", "c", x)
            pg.add("foot", "c", pick(fr, ["ما را در شبکه‌های اجتماعی دنبال کنید", "شبکه‌های اجتماعی"]))
            pg.add("foot", "c", pick(fr, ["نماد اعتماد الکترونیکی", "دانلود از بازار | دانلود از مایکت",
                                          "عضو انجمن صنفی رسانه‌های برخط"]))
        for x in s["footer"]:
            pg.add("foot", "c", x)
        if form == "mobile":
            pg.add("foot", "c", "خانه | دسته‌ها | جستجو | پروفایل")
            pg.add("foot", "c", "نسخه دسکتاپ")
    form_coda(pg, h, r, crawl, url)
    return pg, {"section": gold_sec, "author": author, "date": date}


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime, url: str) -> Page:
    pg = Page()
    form_prelude(pg, h, r, crawl, url, None)
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        sec = pick(r, h.sections).split("/")[-1]
        pg.add("head", "c", pick(r, [f"آرشیو {sec}", f"برچسب: {sec}", f"{h.s['sec_label']} {sec}"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", fmt_date(
                crawl - dt.timedelta(days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۱۸ صفحه بعد", d) if r.random() < 0.5 else "بارگذاری بیشتر")
    elif kind == "chrome_only":
        if r.random() < 0.5:
            for x in ("خطای ۴۰۴", "صفحه مورد نظر یافت نشد!", "بازگشت به صفحه اصلی"):
                pg.add("body", "c", dg(x, d))
        else:
            for x in ("تماس با ما", f"نشانی: {pick(r, ['سنندج', 'تهران', 'زاهدان', 'خرم‌آباد'])}، خیابان "
                                    f"{pick(r, ['آزادی', 'انقلاب', 'امام'])}، پلاک ۱۲",
                      dg(f"تلفن: 0{r.randint(21, 87)}-{r.randint(22000000, 38999999)}", d),
                      f"ایمیل: info@{h.domain}", "نام و نام خانوادگی", "متن پیام", "ارسال"):
                pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["به زودی", "بدون عنوان", "در حال بروزرسانی"]))
        pg.add("body", "c", pick(r, ["این مطلب در حال حاضر در دسترس نیست.", "محتوایی یافت نشد.",
                                     "برای مشاهده این محتوا وارد حساب کاربری شوید."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    form_coda(pg, h, r, crawl, url)
    return pg


# ---------------------------------------------------------------------------------------------- text forms

LINKED = {"nav", "crumb", "ticker", "related", "tags", "share", "foot", "banner"}


def render_text(h: Host, pg: Page, r: random.Random, url: str) -> str:
    form, s = h.s["form"], h.s
    out: list[str] = []
    refs: list[str] = []
    if form == "lynx":
        pg_title = next(iter(pg.lines("title")), h.name)
        out.append(f"{pg_title} | {h.name} (p1 of {r.randint(2, 6)})".rjust(s["width"]))
        out.append("")
    for region, ls in pg.regions:
        if region == "box" and form == "lynx":
            out.append("   " + ls[0][1])
            out.extend("   " + x for x in drawn([t for _, t in ls[1:]]))
            continue
        for role, t in ls:
            if form == "lynx":
                if region in LINKED and role == "c" and region != "crumb":
                    refs.append(f"https://{h.domain}/{region}/{stable(t) % 9999}")
                    bullet = "   * " if region in ("nav", "related", "ticker") else "   "
                    out.append(f"{bullet}[{len(refs)}]{t}")
                elif role in ("body", "lead") and s["wrap"]:
                    out.extend(textwrap.wrap(t, width=s["width"], initial_indent="   ", subsequent_indent="   ",
                                             break_long_words=False, break_on_hyphens=False))
                    out.append("")
                elif role == "title":
                    out.append("")
                    out.append(t)
                    out.append("")
                else:
                    out.append("   " + t)
                    if role in ("body", "lead"):
                        out.append("")
            elif form == "reader":
                out.append(t)
                out.append("")
            elif form == "print":
                out.append(t)
                if role in ("body", "title", "lead"):
                    out.append("")
            else:  # copy / archive: a select-all copy, one block a line, blank lines where the page had gaps
                out.append(t)
                if role in ("body", "title") and stable(h.domain, 11) % 2:
                    out.append("")
        if form in ("copy", "archive") and region in ("nav", "foot", "related"):
            out.append("")
    if form == "lynx":
        out += ["", "References", ""] + [f"{i + 1:4d}. {u}" for i, u in enumerate(refs)]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n"


def key_figures(h: Host, r: random.Random) -> list[str]:
    """A think-tank brief's key-figures table, a row a line with its cells apart by a tab."""
    d = h.s["digits"]
    rows = [("شاخص", "مقدار"), ("نرخ تورم", dg(f"{r.randint(30, 55)}.{r.randint(0, 9)}٪", d)),
            ("رشد اقتصادی", dg(f"{r.randint(-3, 6)}.{r.randint(0, 9)}٪", d)),
            ("نرخ بیکاری", dg(f"{r.randint(7, 12)}.{r.randint(0, 9)}٪", d))]
    return [f"{a}\t{b}" for a, b in rows[: r.randint(3, 4)]]


def drawn(rows: list[str]) -> list[str]:
    """Rows (cells apart by a tab) as lynx / w3m draw a table."""
    cells = [x.split("\t") for x in rows]
    w = [max(len(c[k]) for c in cells) + 2 for k in range(2)]
    rule = "┌" + "─" * w[1] + "┬" + "─" * w[0] + "┐"
    out = [rule]
    for a, b in cells:
        out.append(f"│ {b.ljust(w[1] - 2)} │ {a.ljust(w[0] - 2)} │")
    out.append(rule.replace("┌", "└").replace("┐", "┘").replace("┬", "┴"))
    return out


# ---------------------------------------------------------------------------------------------- html forms

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


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">'
       '<path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 '
       '4.23-1.57l.27.28v.79'
       'l5 4.99L20.49 19l-4.99-5z"/></svg>')
CSS = ("*{box-sizing:border-box}body{margin:0;font-family:IRANSans,Vazirmatn,Tahoma,sans-serif;direction:rtl;"
       "background:#f7f7f7}.container{max-width:1200px;margin:0 auto}.mega-menu{position:absolute;display:none}"
       ".mega-menu li:hover>ul{display:block}.footer{background:#222;color:#ccc}@media (max-width:768px)"
       "{.sidebar{display:none}}")


def _iso(h: Host, t: dt.datetime) -> str:
    if h.s["meta_utc"]:
        return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return t.isoformat()


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, pub: dt.datetime | None, upd: dt.datetime,
                url: str) -> str:
    s, c, form = h.s, h.s["cls"], h.s["form"]
    ttl, nm = html.escape(gold["title"] or h.name), html.escape(h.name)
    head = ['<meta charset="utf-8">', f"<title>{ttl} - {nm}</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if form == "amp":
        head.append(f'<link rel="canonical" href="{url.replace("/amp", "")}">')
        head.append('<script async src="https://cdn.ampproject.org/v0.js"></script>')
        head.append('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
                    'animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>')
        head.append(f"<style amp-custom>{CSS}</style>")
    elif form == "complete":
        head.insert(0, f"<!-- saved from url=({len(url):04d}){url} -->")
        head.append(f'<link rel="stylesheet" href="./{stable(url) % 9999}_files/style.min.css">')
        head.append(f"<style>{CSS * 3}</style>")
    else:
        head.append(f'<link rel="stylesheet" href="/assets/css/main.{stable(h.domain) % 99999:05x}.css">')
    sec = gold["section"]
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{ttl}">')
        head.append('<meta property="og:type" content="article">')
        head.append(f'<meta property="og:url" content="{url}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{_iso(h, pub)}">')
            head.append(f'<meta property="article:modified_time" content="{_iso(h, upd)}">')
        if sec:
            head.append(f'<meta property="article:section" content="{html.escape(sec)}">')
    if gold["kind"] == "article" and s["jsonld"]:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": gold["title"],
              "mainEntityOfPage": url, "author": {"@type": "Person", "name": gold.get("_author")},
              "publisher": {"@type": "Organization", "name": h.name}}
        if pub is not None:
            ld["datePublished"] = _iso(h, pub)
            ld["dateModified"] = _iso(h, upd)
        if sec:
            ld["articleSection"] = sec
        graph = [ld]
        if s["ldcrumb"] and gold.get("_trail"):
            graph.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": k + 1, "name": x} for k, x in enumerate(gold["_trail"])]})
        for g in graph:
            head.append(f'<script type="application/ld+json">{json.dumps(g, ensure_ascii=False)}</script>')

    def line(region: str, role: str, t: str) -> str:
        if role == "title":
            return f'<{s["title_tag"]} class="{c[0]}">{_esc(h, t)}</{s["title_tag"]}>'
        if role == "body":
            return f"<p>{_inline(h, r, t)}</p>"
        if role == "lead":
            return f'<p class="{c[2]} lead">{_esc(h, t)}</p>'
        if region in ("nav", "related", "ticker", "tags") and role == "c":
            return f'<li><a href="/{region}/{stable(t) % 9999}">{_esc(h, t)}</a></li>'
        date = gold.get("_date")
        if region == "head" and pub is not None and s["time_tag"] and date and date in t:
            a, b = t.split(date, 1)
            return (f'<div class="{c[5]}">{_esc(h, a)}<time datetime="{_iso(h, pub)}">{_esc(h, date)}</time>'
                    f'{_esc(h, b)}</div>')
        if region == "body" and role == "c" and t.startswith(("عکس", "تصویر")):
            src = f'src="/img/{stable(t) % 9999}.jpg" alt=""'
            img = (f'<amp-img {src} width="800" height="450" layout="responsive"></amp-img>' if form == "amp"
                   else f"<img {src}>")
            return (f"<figure>{img}"
                    f'<figcaption>{_esc(h, t)}</figcaption></figure>')
        if region == "share" and form == "amp":
            return (f'<amp-social-share type="system" aria-label="{_esc(h, t)}"></amp-social-share>'
                    f'<span>{_esc(h, t)}</span>')
        return f'<div class="{c[5 + stable(region) % 6]}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        if region == "box":
            rows = "".join("<tr>" + "".join(f"<td>{_esc(h, x)}</td>" for x in t.split("\t")) + "</tr>"
                           for _, t in ls[1:])
            return f'<div class="{c[7]}"><h3>{_esc(h, ls[0][1])}</h3><table>{rows}</table></div>'
        if region == "crumb":
            t = ls[0][1]
            items = t.split(s["sep"])
            return (f'<nav aria-label="breadcrumb" class="{c[3]}">'
                    + html.escape(s["sep"]).join(f'<a href="/c/{stable(x) % 999}">{_esc(h, x)}</a>'
                                                 for x in items) + "</nav>")
        inner = "\n".join(line(region, ro, t) for ro, t in ls)
        if region in ("nav", "related", "ticker", "tags"):
            inner = f'<ul class="{c[4]}">{inner}</ul>'
        if region == "nav":
            if form == "amp":
                return f'<amp-sidebar id="sidebar" layout="nodisplay" side="right"><nav>{inner}</nav></amp-sidebar>'
            if form == "complete":
                return f'<nav class="mega-menu">{SVG}{inner}</nav>'
            return f"<nav>{inner}</nav>"
        tag = {"top": "header", "foot": "footer", "related": "aside", "comments": "section"}.get(region, "div")
        return f'<{tag} class="{c[6 + stable(region) % 5]}">\n{inner}\n</{tag}>'

    blocks = [(g, block(g, ls)) for g, ls in pg.regions]
    story = {"crumb", "head", "pre", "body", "post", "tags", "share"}
    before = "\n".join(b for g, b in blocks if g in ("top", "nav", "ticker", "tool"))
    art = "\n".join(b for g, b in blocks if g in story)
    after = "\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav", "ticker", "tool"))
    if form == "amp":
        body = (f'{before}\n<main id="{c[9]}"><article>\n{art}\n</article></main>\n{after}\n'
                '<amp-analytics type="gtag" data-credentials="include"></amp-analytics>')
        top = '<!doctype html>\n<html ⚡ lang="fa" dir="rtl">'
    elif form == "complete":
        body = (f'<div class="container">{before}\n<div class="row"><div class="col-md-8">'
                f'<div class="{c[10]}">\n{art}\n</div></div>\n<div class="col-md-4 sidebar">{SVG}</div></div>\n'
                f'{after}\n<div class="newsletter"><form><input type="email" placeholder="ایمیل"></form></div></div>')
        top = '<!DOCTYPE html>\n<html lang="fa-IR" dir="rtl">'
    elif form == "mobile":
        body = f'{before}\n<div class="{c[10]}">\n{art}\n</div>\n{after}'
        top = '<!DOCTYPE html>\n<html lang="fa" dir="rtl">'
    else:
        body = f'{before}\n<main><article class="{c[11]}">\n{art}\n</article></main>\n{after}'
        top = '<!DOCTYPE html>\n<html lang="fa" dir="rtl">'
    return (top + "\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n" + body
            + "\n<script>window.dataLayer=window.dataLayer||[];</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def _pub_time(r: random.Random) -> dt.datetime:
    day = dt.date(2012, 3, 1) + dt.timedelta(days=r.randrange(4600))
    hour = r.choice([0, 0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


@functools.lru_cache(maxsize=1)
def _stories() -> tuple[dict, ...]:
    return tuple(load_stories())


def build(out_dir, n: int = 400, seed: int = 131, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="p", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=list(_stories()))
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-p:{seed}:page:{i}")
        fmt = "html" if h.s["form"] in HTML_FORMS else "txt"
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 14))
            crawl = _pub_time(r) + dt.timedelta(days=400)
            url = url_of(h, f"neg{i}")
            pg = negative_page(h, r, p["kind"], others, crawl, url)
            gold = negative_gold(p["kind"])
            pub, upd = None, crawl
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras = story_paragraphs(r, st)
                pub = _pub_time(r)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < h.s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, paras, lead, st["dataset"])
            others = [t for t in r.sample(titles, min(len(titles), 12)) if t != st["title"]][:9]
            crawl = pub + dt.timedelta(days=r.randint(1, 900), hours=r.randint(0, 23))
            upd = pub + dt.timedelta(days=r.randint(1, 200), hours=r.randint(0, 12))
            url = url_of(h, st["key"])
            pg, meta = article_page(h, r, st, paras, agency, pub, others, lead, url, crawl, upd)
            sec = meta["section"]
            trail = None
            if sec:
                trail = [h.s["home"] or h.name, *[x for x in section_for(h, st).split("/")]]
            gold = {"kind": "article", "title": st["title"], "section": sec, "lead": lead, "surtitle": None,
                    "body_paragraphs": paras, "agency": agency, "published_iso": None, "published_jalali": None,
                    "published_time": None, "cluster": None, "source": None, "source_key": st["key"],
                    "edits": edits, "_author": meta["author"], "_trail": trail, "_date": meta["date"]}
            shown = h.s["dated"]
            in_meta = fmt == "html" and (h.s["meta"] or h.s["jsonld"])
            if shown or in_meta:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                shows_time = shown and h.s["time"] and h.s["date"] != "jal_greg"
                gold["published_time"] = pub.isoformat() if shows_time or in_meta else pub.date().isoformat()
            else:
                pub = None
        text = render_html(h, pg, r, gold, pub, upd, url) if fmt == "html" else render_text(h, pg, r, url)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold([y for x in pg.lines("c") for y in x.split("\t")], gold["body_paragraphs"])
        for k in ("_author", "_trail", "_date"):
            gold.pop(k, None)
        rows.append(gold_row(name, "families-p", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"p{seed}")
