"""Family set T: eight Persian site families of services, trades and occasions, written blind to the extractor.

    build(out_dir, n, seed=171, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without
reading ``src/palayesh/``; its frame follows ``site_families_s.py`` (R's URL, credit-check and text helpers, H's
story, date and agency helpers), its templates are its own. Families (none of them in the earlier sets):

- ``hospital_medical``  hospital and medical-university news: on-call physician tables, visiting hours,
                        «منبع: روابط عمومی …» credits that name no agency, «مطالب این بخش» sidebars;
- ``logistics_courier`` courier / logistics company blogs: parcel-tracking boxes, shipping-cost rows,
                        ISO Gregorian dates in Latin digits, login walls, the section only as the active
                        menu item;
- ``library_bookfair``  public-library and book-fair news: opening hours, booth maps («سالن | راهرو | غرفه»),
                        stories split over pages («صفحه ۲ از ۳») with a table of their pages;
- ``qarz_fund``         interest-free loan funds and credit co-operatives: draw results, instalment calculators,
                        members-only walls after the first paragraphs;
- ``mining_industry``   mining news: base-metal price rows (LME), «روز بدون حادثه» counters, pull quotes,
                        dotted Jalali dates «۱۴۰۲.۰۳.۱۲»;
- ``wedding_events``    wedding and events magazines: venue cards with prices, quizzes, pull quotes, stories
                        over pages, the update alone at the head, agency logos;
- ``hajj_pilgrimage``   Hajj, Umrah and Arbaeen pilgrimage news: caravan departure rows, the dinar / riyal rate
                        for pilgrims, Hijri dates first with the Jalali day after them;
- ``fire_rescue``       fire brigade and rescue news: the last 24 hours' operations counters, the ۱۲۵ strip,
                        «تنظیم: <editor>» credits with and without an agency, sections only in JSON-LD.

Each family has four hosts (three for ``library_bookfair`` and ``wedding_events``); every host keeps its own
template (menu, tagline, date style / calendar / digits, section form and place, credit form, end marker,
widgets beside and inside the story, lines repeated after the body, DOM shape: WordPress theme, Bootstrap
columns, Elementor wrappers or a Joomla ``item-page``). Forms the earlier sets lack or seldom show: the
section only as the heading of a sidebar box («مطالب این بخش: …», «سایر مطالب بخش …»), only as the active menu
item (``<li class="current-menu-item">``) or after «شما اینجا هستید:»; the date in «انتشار: … | به‌روزرسانی: …»,
the update first («به‌روزرسانی: … - انتشار: …»), only the update at the head and «تاریخ انتشار» at the foot, or
a relative time inside ``<time datetime>``; credits «تنظیم: <editor> | منبع: <agency>», «برگرفته از …»,
«این مطلب نخستین بار در … منتشر شده است», «تنظیم: <editor>» alone and «منبع: روابط عمومی …» (no agency);
stories over pages, login walls (the story ends where the wall starts), pull quotes (a sentence of the story
again, in a box), tag clouds with menu items, cookie banners, RSS-like teaser lists, cross-post notes.

Gold as S documents it: section the most specific one the page shows (the sidebar box's section, the active
menu item, a trail's last item before the title, a kicker, a label, the ``<title>`` part, the URL path, a
category link, a foot label, JSON-LD ``articleSection``), else null; agency only when the page credits one;
``published_iso`` the local (Tehran) day of publication (never the update), ``published_time`` the instant
with its offset when the page shows the time or has it in markup (meta, JSON-LD, ``<time datetime>``), else
the day. A page of a story split over pages holds that page's paragraphs (and the lead only on page one); a
walled page the paragraphs before the wall. About 7% negatives, ~10% of the stories republished on a host of
another family (gold ``cluster``; neither copy is split or walled). Deterministic by seed.
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
    HMONTHS,
    JMONTHS,
    LAST,
    WEEKDAYS,
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
    credited_agency,
    dateline,
    load_stories,
    page_url,
    render_text,
    title_string,
)

__all__ = ["AGENCIES", "FAMILIES", "HOMES", "HOSTS", "build", "canon", "credited_agency", "hijri"]

FAMILIES = ["hospital_medical", "logistics_courier", "library_bookfair", "qarz_fund", "mining_industry",
            "wedding_events", "hajj_pilgrimage", "fire_rescue"]
HOSTS = {
    "hospital_medical": [("bimarestan-news.ir", "بیمارستان نیوز", "اخبار بیمارستان‌ها و مراکز درمانی"),
                         ("news.medsci-ostan.ac.ir", "دانشگاه علوم پزشکی استان",
                          "پایگاه اطلاع‌رسانی دانشگاه علوم پزشکی"),
                         ("shafa-salamat.ir", "شفا سلامت", "خبرهای درمان و بهداشت"),
                         ("darmangah-khabar.com", "درمانگاه خبر", "اخبار مراکز درمانی و پزشکان")],
    "logistics_courier": [("barbari-blog.ir", "بلاگ باربری سریع", "مجله حمل و نقل و ارسال مرسوله"),
                          ("peyk-express.com", "پیک اکسپرس", "اخبار و آموزش ارسال بار"),
                          ("post-sefareshi-news.ir", "پست سفارشی نیوز", "اخبار پست و لجستیک"),
                          ("lojestik-ruz.com", "لجستیک روز", "رسانه صنعت لجستیک و انبارداری")],
    "library_bookfair": [("ketabkhaneh-news.ir", "کتابخانه نیوز", "اخبار کتابخانه‌های عمومی"),
                         ("namayeshgah-ketab.ir", "نمایشگاه کتاب خبر", "پوشش خبری نمایشگاه‌های کتاب"),
                         ("ketabdar-online.com", "کتابدار آنلاین", "کتاب، کتابخانه و کتابخوانی")],
    "qarz_fund": [("sandogh-qarz.ir", "صندوق قرض‌الحسنه نیوز", "اخبار صندوق‌های قرض‌الحسنه"),
                  ("taavoni-khabar.ir", "تعاونی خبر", "اخبار تعاونی‌های اعتبار و صندوق‌ها"),
                  ("vam-online.com", "وام آنلاین", "اخبار وام و تسهیلات قرض‌الحسنه"),
                  ("sandoogh-mahalle.ir", "صندوق محله", "خبرنامه صندوق‌های محلی")],
    "mining_industry": [("madan-news.ir", "معدن نیوز", "پایگاه خبری صنعت معدن"),
                        ("felezat-online.com", "فلزات آنلاین", "اخبار معدن و صنایع معدنی"),
                        ("sangahan-khabar.ir", "سنگ آهن خبر", "بازار سنگ آهن و کنسانتره"),
                        ("madankav.ir", "معدنکاو", "رسانه اکتشاف و استخراج")],
    "wedding_events": [("arusi-mag.ir", "مجله عروسی", "ایده‌های عروسی و مراسم"),
                       ("jashn-online.com", "جشن آنلاین", "مجله تشریفات و رویدادها"),
                       ("talaryab.ir", "تالاریاب", "راهنمای تالار و تشریفات")],
    "hajj_pilgrimage": [("haj-khabar.ir", "حج خبر", "پایگاه خبری حج و زیارت"),
                        ("zaer-online.ir", "زائر آنلاین", "اخبار عتبات و زیارت"),
                        ("karevan-news.com", "کاروان نیوز", "اخبار کاروان‌های زیارتی"),
                        ("arbaeen-khabar.ir", "اربعین خبر", "پوشش خبری پیاده‌روی اربعین")],
    "fire_rescue": [("atashneshani-news.ir", "آتش‌نشانی نیوز", "اخبار آتش‌نشانی و خدمات ایمنی"),
                    ("emdad-nejat.ir", "ندای امدادگر", "اخبار امداد، نجات و هلال‌احمر"),
                    ("imeni-shahr.com", "ایمنی شهر", "پایگاه خبری ایمنی و آتش‌نشانی"),
                    ("khabar125.ir", "۱۲۵ خبر", "خبرهای حوادث آتش‌سوزی")],
}
#: a family's sections (some as parent > child) and its other menu items
MENUS = {
    "hospital_medical": (["درمان", "بهداشت", ("آموزش پزشکی", "دستیاری"), "پرستاری", "اورژانس"],
                         ["نوبت‌دهی اینترنتی", "پزشکان", "جواب آزمایش", "تماس", "بخش‌های بیمارستان"]),
    "logistics_courier": (["حمل و نقل", "پست", ("لجستیک", "انبارداری"), "تجارت الکترونیک", "آموزش ارسال"],
                          ["رهگیری مرسوله", "محاسبه هزینه ارسال", "ثبت سفارش", "شعب", "تماس"]),
    "library_bookfair": (["کتابخانه‌ها", "نمایشگاه کتاب", ("نشر", "ناشران استانی"), "کتابخوانی", "رویدادها"],
                         ["جستجوی کتاب", "عضویت", "ساعات کار", "غرفه‌ها", "تماس"]),
    "qarz_fund": (["وام قرض‌الحسنه", "تعاونی‌ها", ("صندوق‌ها", "قرعه‌کشی"), "اخبار اعضا", "مقررات"],
                  ["محاسبه اقساط", "عضویت", "شعب", "سوالات متداول", "تماس"]),
    "mining_industry": (["معدن", "فولاد", ("صنایع معدنی", "مس"), "اکتشاف", "ایمنی معادن"],
                        ["قیمت فلزات", "بورس کالا", "آمار تولید", "ماهنامه", "تماس"]),
    "wedding_events": (["عروسی", "تشریفات", ("مد و لباس", "لباس عروس"), "تالارها", "ماه عسل"],
                       ["رزرو تالار", "عکاسان", "چک‌لیست عروسی", "گالری", "تماس"]),
    "hajj_pilgrimage": (["حج تمتع", "عمره", ("عتبات", "اربعین"), "کاروان‌ها", "مدیران کاروان"],
                        ["ثبت‌نام", "نرخ ارز زائران", "سامانه سماح", "اوقات شرعی", "تماس"]),
    "fire_rescue": (["آتش‌سوزی", "امداد و نجات", ("ایمنی", "آموزش همگانی"), "حوادث شهری", "هلال‌احمر"],
                    ["ایستگاه‌ها", "گزارش حادثه", "آموزش", "گالری", "تماس"]),
}
AFTER = {
    "hospital_medical": ["نوبت‌دهی اینترنتی درمانگاه‌ها", "تلفن گویای بیمارستان: ۱۹۰", "سامانه پاسخ آزمایش",
                         "سلامت شما اولویت ماست"],
    "logistics_courier": ["ارسال بار به سراسر کشور", "پشتیبانی: ۰۲۱-۹۱۰۰۰۰۰۰", "مشاوره رایگان ارسال",
                          "همین حالا سفارش دهید"],
    "library_bookfair": ["عضویت رایگان در کتابخانه‌های عمومی", "جستجو در فهرست کتاب‌ها",
                         "کتاب بخوانیم، ایران بسازیم", "بن کتاب خود را فعال کنید"],
    "qarz_fund": ["برای عضویت به نزدیک‌ترین شعبه مراجعه کنید", "محاسبه‌گر اقساط وام", "سپرده‌گذاری آنلاین",
                  "تلفن پاسخگویی به اعضا"],
    "mining_industry": ["قیمت لحظه‌ای فلزات پایه", "ماهنامه معدن را مشترک شوید", "ایمنی، اولویت اول معدنکاران",
                        "آمار تولید ماهانه شرکت‌های معدنی"],
    "wedding_events": ["رزرو آنلاین تالار با تخفیف", "چک‌لیست کامل مراسم عروسی", "مشاوره رایگان تشریفات",
                       "ما را در اینستاگرام دنبال کنید"],
    "hajj_pilgrimage": ["التماس دعا", "ثبت‌نام عمره مفرده", "راهنمای جامع زائران", "تلفن ستاد مرکزی اربعین"],
    "fire_rescue": ["شماره اضطراری آتش‌نشانی ۱۲۵", "آموزش ایمنی در برابر حریق", "هلال‌احمر: ۱۱۲",
                    "کپسول آتش‌نشانی خود را شارژ کنید"],
}
HOMES = ["خانه", "صفحه اصلی", "صفحه نخست", "🏠", "🏠 خانه", None]  # None: the site's name starts the trail
SEPS = [" / ", " > ", " » ", " › ", " ← ", " | "]
SEC_LABELS = ["سرویس:", "گروه:", "دسته:", "طبقه‌بندی:", "موضوع:"]
SIDE_HEADS = ["مطالب این بخش: {s}", "سایر مطالب بخش {s}", "آخرین مطالب {s}", "بیشتر در {s}"]
SEC_FORMS = ["sidebar", "menu_active", "crumb_here", "kicker", "foot_label", "title_only", "url", "jsonld_only",
             "cattag", "crumb_home", "crumb_sub", "label", "sidebar", "chip", "none"]
CREDITS = ["source", "tanzim", "bargerefte", "crosspost", "dateline", "logo", "reporter", "pr_office",
           "tanzim_person"]
#: credit forms that give no agency: the host rewrites the story's own credits to its name
NO_AGENCY = ("reporter", "pr_office", "tanzim_person")
END_MARKS = ["انتهای پیام/", "پایان خبر", "/ن", "*", "■", "انتهای مطلب", "***", None, None]
#: the update beside the publication date: a line below it, one line «انتشار | به‌روزرسانی», the update
#: first, or only the update at the head and the publication at the foot
UPD_FORMS = [None, None, "below", "pub_upd", "upd_pub", "upd_head"]
PART_NAMES = ["مقدمه", "روایت میدانی", "گفت‌وگو با مسئولان", "آمار و ارقام", "جمع‌بندی"]
SHAPES = ["wp", "bootstrap", "elementor", "joomla"]
#: the public-relations office a host credits instead of an agency («منبع: روابط عمومی …»)
PR_OFFICES = {"hospital_medical": "دانشگاه علوم پزشکی", "logistics_courier": "شرکت ملی پست",
              "library_bookfair": "نهاد کتابخانه‌های عمومی کشور", "qarz_fund": "صندوق قرض‌الحسنه",
              "mining_industry": "سازمان توسعه و نوسازی معادن", "wedding_events": "اتحادیه تالارداران",
              "hajj_pilgrimage": "سازمان حج و زیارت", "fire_rescue": "سازمان آتش‌نشانی و خدمات ایمنی"}


def _sections(family: str) -> tuple[list[tuple[str, ...]], list[str]]:
    core, extra = MENUS[family]
    return [c if isinstance(c, tuple) else (c,) for c in core], extra


def make_host(seed: int, family: str, idx: int) -> Host:
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-t-host:{seed}:{domain}")
    secs, extra = _sections(family)
    chosen = r.sample(secs, min(len(secs), r.choice([3, 4])))
    menu = [c[0] for c in chosen] + r.sample(extra, r.randint(2, 4))
    r.shuffle(menu)
    s: dict = {"chosen": chosen}
    s["digits"] = pick(r, ["en", "en", "fa"] if family == "logistics_courier" else ["fa", "fa", "ar", "en"])
    styles = {"logistics_courier": ["iso", "greg_fa", "num", "iso"],
              "hajj_pilgrimage": ["hij_first", "jal_hij", "wd_comma", "hij_first"],
              "mining_industry": ["jal_dot", "num", "wd_comma", "mon_yy"]}.get(
        family, ["num", "wd_comma", "jal_dot", "mon_yy", "time_num", "long_saat", "dmy", "words"])
    s["date"] = styles[idx % len(styles)] if r.random() < 0.7 else pick(r, styles)
    s["time"] = r.random() < 0.7
    s["date_label"] = pick(r, [None, None, "تاریخ انتشار:", "منتشر شده:", "تاریخ:", "📅"])
    # where the date shows: at the head, at the foot, only as a relative time inside <time datetime>, or
    # only in the markup
    s["date_pos"] = pick(r, ["head", "head", "head", "foot", "time_rel", "meta_only",
                             "time_rel" if idx == 2 else "head"])
    s["upd_form"] = pick(r, UPD_FORMS) if s["date_pos"] == "head" else None
    s["today"] = r.random() < 0.4
    s["sec"] = SEC_FORMS[(stable(seed, domain) + idx * 4) % len(SEC_FORMS)] if r.random() < 0.75 else pick(
        r, SEC_FORMS)
    s["side_head"] = pick(r, SIDE_HEADS)
    s["side_first"] = r.random() < 0.5  # a text dump puts the sidebar (the right column) before the story
    s["home"] = pick(r, HOMES)
    s["sep"] = pick(r, SEPS)
    s["crumb_title"] = r.random() < 0.35
    s["sec_label"] = pick(r, SEC_LABELS)
    s["sur_p"] = pick(r, [0.0, 0.25, 0.5])  # روتیتر above the headline
    s["lead_p"] = pick(r, [0.0, 0.4, 0.8])
    s["credit"] = CREDITS[(stable(seed, family, "credit") + 2 * idx) % len(CREDITS)]
    if family == "hospital_medical" and idx == 1:
        s["credit"] = "pr_office"  # a medical university's news is its public-relations office's
    s["agency"] = "none" if s["credit"] in NO_AGENCY else pick(r, ["keep", "keep", "credit", "credit"])
    s["tanzim_form"] = stable(domain, "tanzim") % 3
    s["end"] = pick(r, END_MARKS)
    s["after"] = r.sample(AFTER[family], 2 + (r.random() < 0.4))
    s["menu_joined"] = pick(r, [" | ", " - ", None, None])
    s["code"] = pick(r, [None, "کد مطلب: {n}", "شناسه: {n}", "کد خبر: {n}"])
    s["views"] = pick(r, [None, "بازدید: {n}", "{n} بار خوانده شده", "👁 {n}"])
    s["reading"] = pick(r, [None, "زمان مطالعه: {n} دقیقه", "⏱ {n} دقیقه مطالعه"])
    s["comments"] = pick(r, [None, "دیدگاه‌ها ({n})", "{n} نظر", "نظرات خوانندگان"])
    s["tools"] = pick(r, [None, "نسخه چاپی | ارسال به دوستان", "🖨 چاپ | 🔗 کپی لینک", "A+ | A- | چاپ"])
    # tags: a cloud that echoes one or two menu sections among the story's own tags
    s["tags"] = pick(r, [None, "برچسب‌ها: {t}", "lines", "کلیدواژه‌ها: {t}", "#"])
    s["share"] = pick(r, [None, "اشتراک‌گذاری:", "lines"])
    s["cookie"] = pick(r, [None, None, "top", "foot"])
    s["cookie_text"] = pick(r, ["این سایت برای بهبود تجربه شما از کوکی استفاده می‌کند. | پذیرفتم",
                                "با ادامه استفاده از سایت، استفاده از کوکی‌ها را می‌پذیرید. | باشه | تنظیمات",
                                "🍪 ما از کوکی‌ها استفاده می‌کنیم | قبول"])
    s["wall"] = r.random() < {"qarz_fund": 0.6, "logistics_courier": 0.4, "wedding_events": 0.3}.get(family, 0.1)
    s["paged"] = r.random() < {"library_bookfair": 0.7, "mining_industry": 0.4, "wedding_events": 0.4}.get(family,
                                                                                                           0.1)
    s["toc"] = s["paged"] and r.random() < 0.6  # a table of the story's pages
    s["pull"] = r.random() < (0.7 if family in ("mining_industry", "wedding_events") else 0.2)
    s["teasers"] = pick(r, [None, None, "آخرین مطالب", "خوراک RSS", "تازه‌ترین‌ها"])
    s["xpost"] = r.random() < 0.25  # «این مطلب در … هم منتشر شده است»: a sister site named, no agency
    s["widget"] = pick(r, [None, "side", "post", "post"])
    s["ticker"] = r.random() < 0.25
    s["login"] = pick(r, [None, None, "ورود | ثبت‌نام", "ورود اعضا", "👤 حساب کاربری"])
    s["related"] = pick(r, ["مطالب مرتبط", "بیشتر بخوانید", "پربازدیدها", "شاید بپسندید", None])
    s["prevnext"] = pick(r, [None, "label", "arrows"])
    s["author"] = pick(r, [None, "نویسنده: {a}", "{a}", "به قلم {a}", "گردآوری: {a}"])
    s["authors"] = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(3)]
    s["pr_org"] = "روابط عمومی " + (name if r.random() < 0.4 else PR_OFFICES[family])
    s["footer"] = [pick(r, [f"کلیه حقوق این سایت متعلق به {name} است.", "© تمامی حقوق محفوظ است",
                            f"© {dg(2024, s['digits'])} {name}", f"استفاده از مطالب {name} با ذکر منبع مجاز است."]),
                   pick(r, ["درباره ما | تماس با ما | همکاری با ما", "قوانین و مقررات - حریم خصوصی - تماس",
                            f"طراحی و اجرا: {pick(r, ['وب‌آرا', 'پارس‌نگار', 'رایان طرح'])}"])]
    s["newsletter"] = pick(r, [None, None, "ایمیل خود را برای دریافت خبرنامه وارد کنید | عضویت",
                               f"خبرنامه {name} را در ایمیل خود بخوانید"])
    s["text_sep"] = pick(r, ["\n", "\n\n", "mixed"])
    s["title_form"] = pick(r, ["sec_title_site", "title_site", "site_title"])
    if s["sec"] == "title_only":
        s["title_form"] = "sec_title_site"
    s["title_top"] = s["sec"] == "title_only" or r.random() < 0.2  # a text dump starts with the <title>
    s["html_p"] = pick(r, [0.0, 0.2, 0.45, 0.7]) if idx else pick(r, [0.05, 0.2])
    if s["sec"] in ("cattag", "jsonld_only", "menu_active") or s["date_pos"] in ("meta_only", "time_rel"):
        s["html_p"] = 0.85
    s["logo_h1"] = r.random() < 0.3
    s["shape"] = SHAPES[(stable(seed, domain, "shape") + idx) % len(SHAPES)]
    s["meta"] = s["date_pos"] == "meta_only" or (s["sec"] != "jsonld_only" and r.random() < 0.5)
    s["jsonld"] = s["sec"] == "jsonld_only" or r.random() < 0.4
    s["time_el"] = r.random() < 0.4
    s["zwnj_entity"] = r.random() < 0.5
    s["inline"] = pick(r, [0.0, 0.2, 0.4])
    s["cls"] = ["".join(pick(r, "abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5))) + str(r.randint(0, 99))
                for _ in range(12)]
    s["url_date"] = r.random() < 0.4
    return Host(family, domain, name, tagline, menu, [c[-1] for c in chosen], s)


# ---------------------------------------------------------------------------------------------- dates

def t_date(t: dt.datetime, style: str, digits: str, time: bool = True) -> str:
    """A date in the host's style: T's own (ISO Gregorian in Latin digits, dotted Jalali, weekday with
    commas, month name with a two-digit year, Hijri first) or one of H's.

    ``t_date(dt.datetime(2023, 6, 2, 10, 20), "jal_dot", "fa")`` -> «۱۴۰۲.۰۳.۱۲ - ۱۰:۲۰»."""
    j = jdatetime.date.fromgregorian(date=t.date())
    hm = f"{t.hour:02d}:{t.minute:02d}"
    if style == "iso":
        return f"{t.year}-{t.month:02d}-{t.day:02d}" + (f" {hm}" if time else "")
    if style == "jal_dot":
        s = f"{j.year}.{j.month:02d}.{j.day:02d}" + (f" - {hm}" if time else "")
    elif style == "wd_comma":
        s = f"{WEEKDAYS[t.weekday()]}، {j.day} {JMONTHS[j.month - 1]} {j.year}" + (f"، ساعت {hm}" if time else "")
    elif style == "mon_yy":
        s = f"{j.day} {JMONTHS[j.month - 1]} {j.year % 100:02d}" + (f" | {hm}" if time else "")
    elif style == "hij_first":
        hy, hmn, hd = hijri(t.date())
        s = f"{hd} {HMONTHS[hmn - 1]} {hy} - {j.day} {JMONTHS[j.month - 1]} {j.year}" + (
            f" - ساعت {hm}" if time else "")
    else:
        return fmt_date(t, style, digits, time)
    return dg(s, digits)


def date_line(h: Host, pub: dt.datetime) -> str:
    s = h.s
    d = t_date(pub, s["date"], s["digits"], s["time"])
    return f"{s['date_label']} {d}" if s["date_label"] else d


def shows_time(h: Host) -> bool:
    return h.s["time"] and h.s["date"] != "jal_greg"


# ---------------------------------------------------------------------------------------------- pieces

PHYSICIANS = ["قلب و عروق", "داخلی", "اطفال", "زنان و زایمان", "ارتوپدی", "بیهوشی", "جراحی عمومی"]
SHIFTS = ["۸ تا ۱۴", "۱۴ تا ۲۰", "۲۴ ساعته"]
VENUES = ["تالار باغ ارم", "باغ تالار نگین", "تالار پردیس", "عمارت گلستان", "باغ سپیدار"]
METALS = [("مس", 8400), ("آلومینیوم", 2250), ("روی", 2600), ("نیکل", 21000), ("سرب", 2100)]


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's own box beside or after the story; its numbers change per page."""
    d, f = h.s["digits"], h.family
    if f == "hospital_medical":
        rows = [pick(r, ["پزشکان کشیک امروز", "برنامه درمانگاه‌ها"]), "پزشک | تخصص | ساعت"] + [
            f"دکتر {pick(r, FIRST)} {pick(r, LAST)} | {pick(r, PHYSICIANS)} | {pick(r, SHIFTS)}"
            for _ in range(r.randint(2, 4))] + [pick(r, ["ساعات ملاقات: همه‌روزه ۱۴ تا ۱۶",
                                                         "ملاقات در بخش‌های ویژه ممنوع است"])]
    elif f == "logistics_courier":
        rows = ["رهگیری مرسوله", "کد رهگیری ۲۴ رقمی را وارد کنید | رهگیری",
                f"هزینه ارسال تا ۱ کیلو: {r.randint(35, 90) * 1000:,} تومان",
                f"زمان تحویل: {r.randint(1, 3)} تا {r.randint(4, 6)} روز کاری"]
    elif f == "library_bookfair":
        rows = ([pick(r, ["نقشه غرفه‌ها", "ناشران این سالن"]), "ناشر | سالن | غرفه"] + [
            f"{pick(r, ['نشر چشمه', 'نشر نی', 'انتشارات سروش', 'نشر افق', 'نشر ققنوس'])} | "
            f"{r.randint(1, 9)} | {r.randint(1, 240)}" for _ in range(3)]) if r.random() < 0.6 else [
            "ساعات کار کتابخانه", "شنبه تا چهارشنبه: ۸ تا ۲۰", "پنج‌شنبه: ۸ تا ۱۳",
            f"اعضای فعال: {r.randint(900, 40000):,} نفر"]
    elif f == "qarz_fund":
        rows = ([pick(r, ["نتایج قرعه‌کشی این ماه", "برندگان قرعه‌کشی وام"]), "شماره عضویت | مبلغ وام"] + [
            f"{r.randint(1000, 99999)} | {r.choice([30, 50, 80, 100, 150])} میلیون تومان" for _ in range(3)]
            if r.random() < 0.5 else ["محاسبه اقساط", f"مبلغ وام: {r.choice([30, 50, 100])} میلیون تومان",
                                      f"تعداد اقساط: {r.choice([12, 24, 36, 48])} ماه",
                                      f"قسط ماهانه: {r.randint(900, 4900) * 1000:,} تومان | محاسبه"])
    elif f == "mining_industry":
        rows = ["قیمت فلزات پایه (LME)", "فلز | دلار/تن | تغییر"] + [
            f"{m} | {p + r.randint(-p // 15, p // 15):,} | {pick(r, ['+', '-'])}{r.randint(1, 40) / 10}%"
            for m, p in r.sample(METALS, 3)] + [f"روزهای بدون حادثه در معادن استان: {r.randint(3, 400)}"]
    elif f == "wedding_events":
        rows = ([pick(r, ["تالارهای پیشنهادی", "پیشنهاد ویژه این هفته"])] + [
            f"{pick(r, VENUES)} | ظرفیت {r.randint(1, 6) * 100} نفر | از {r.randint(30, 300) * 1000000:,} تومان"
            for _ in range(2)]) if r.random() < 0.6 else [
            "تست: سبک عروسی شما کدام است؟", "الف) سنتی | ب) مدرن | ج) باغ", "شروع تست"]
    elif f == "hajj_pilgrimage":
        rows = [pick(r, ["اعزام‌های امروز", "برنامه پروازهای زائران"]), "کاروان | مسیر | ساعت"] + [
            f"{r.randint(1000, 9999)} | {pick(r, ['تهران', 'مشهد', 'اصفهان', 'تبریز'])} ← "
            f"{pick(r, ['مدینه', 'جده', 'نجف', 'بغداد'])} | {r.randint(0, 23):02d}:{pick(r, ['00', '30'])}"
            for _ in range(r.randint(2, 3))] + [
            f"نرخ {pick(r, ['دینار عراق', 'ریال سعودی'])} برای زائران: {r.randint(30, 160) * 100:,} تومان"]
    else:
        rows = ["عملیات‌های ۲۴ ساعت گذشته", f"اطفای حریق: {r.randint(5, 90)} مورد",
                f"امداد و نجات: {r.randint(5, 120)} مورد", f"ایستگاه‌های فعال: {r.randint(20, 140)}",
                "در مواقع اضطراری با ۱۲۵ تماس بگیرید"]
    return [dg(x, d) for x in rows]


def credit_text(h: Host, r: random.Random, agency: str | None, author: str) -> str | None:
    """The host's credit line: an agency in its form, or (forms that credit none) the editor or PR office."""
    c = h.s["credit"]
    if c == "pr_office":
        return pick(r, [f"منبع: {h.s['pr_org']}", f"{h.s['pr_org']}"])
    if c == "tanzim_person" or (c == "tanzim" and agency is None):
        return f"تنظیم: {author}"
    if agency is None:
        return None
    names = AGENCIES[agency]
    nm = names[stable(h.domain, agency) % len(names)]
    if c == "tanzim":
        return [f"تنظیم: {author} | منبع: {nm}", f"تنظیم: {author} - {nm}",
                f"تنظیم و تلخیص: {author}، برگرفته از {nm}"][h.s["tanzim_form"]]
    if c == "bargerefte":
        return f"برگرفته از {nm}" if stable(h.domain, 31) % 2 else f"برگرفته از: {nm}"
    if c == "crosspost":
        return pick(r, [f"این مطلب نخستین بار در {nm} منتشر شده است.", f"این گزارش پیش‌تر در {nm} منتشر شده بود."])
    return f"منبع: {nm}" if stable(h.domain, 32) % 2 else f"منبع خبر: {nm}"


def tag_line(h: Host, r: random.Random, st: dict) -> list[str]:
    """Tags: the story's own and one or two of the host's menu sections (a cloud that echoes the menu)."""
    tags = list(st["tags"][:4] or ["ایران"])
    for x in r.sample(h.sections, min(len(h.sections), r.randint(1, 2))):
        tags.insert(r.randint(0, len(tags)), x)
    f = h.s["tags"]
    if f == "#":
        return [" ".join("#" + x.replace(" ", "_") for x in tags)]
    if f == "lines":
        return ["برچسب‌ها", *dict.fromkeys(tags)]
    return [f.format(t="، ".join(dict.fromkeys(tags)))]


def pull_quote(r: random.Random, paras: list[str]) -> str | None:
    """A sentence of the story again, in a box (a pull quote)."""
    sents = [x for p in paras for x in p.split(". ") if 40 <= len(x) <= 180 and "گزارش" not in x[:40]]
    return f"«{pick(r, sents).rstrip('.')}»" if sents else None


# ---------------------------------------------------------------------------------------------- pages

def header(pg: Page, h: Host, r: random.Random, today: dt.datetime, others: list[str]) -> None:
    s = h.s
    if s["cookie"] == "top":
        pg.add("top", "c", s["cookie_text"])
    pg.add("top", "c", h.name)
    pg.add("top", "c", h.tagline if stable(h.domain, 22) % 3 else None)
    if s["today"]:
        tstyle = "wd_comma" if s["date"] not in ("greg_fa", "iso") else "greg_fa"
        pg.add("top", "c", ("امروز " if stable(h.domain, 23) % 2 else "") + t_date(today, tstyle, s["digits"],
                                                                                    time=False))
    if s["login"]:
        pg.add("top", "c", s["login"])
    if s["ticker"] and others:
        pg.add("top", "c", pick(r, ["تازه‌ها:", "خبر فوری:", "آخرین مطالب:"]))
        for t in others[-3:]:
            pg.add("top", "c", t)
    items = [s["home"] or h.name] + h.menu
    if s["menu_joined"]:
        pg.add("nav", "c", s["menu_joined"].join(items))
    else:
        for it in items:
            pg.add("nav", "c", it)


def side_box(pg: Page, h: Host, r: random.Random, sec: str | None, others: list[str]) -> None:
    """The right column: a «مطالب این بخش» box (its heading names the section) and the family widget."""
    if sec:
        pg.add("side", "c", h.s["side_head"].format(s=sec))
        for t in others[3:3 + r.randint(3, 5)]:
            pg.add("side", "c", t)
    if h.s["widget"] == "side":
        for x in widget(h, r):
            pg.add("side", "c", x)


def date_lines(h: Host, r: random.Random, pub: dt.datetime, upd: dt.datetime) -> tuple[list[str], list[str]]:
    """The date lines at the head and at the foot, with the update in the host's form."""
    s, d = h.s, h.s["digits"]
    pos, form = s["date_pos"], s["upd_form"]
    u = t_date(upd, s["date"], d, s["time"])
    p = t_date(pub, s["date"], d, s["time"])
    if pos == "foot":
        return [], [date_line(h, pub)]
    if pos != "head":
        return [], []
    if form == "below":
        return [date_line(h, pub), "آخرین به‌روزرسانی: " + u], []
    if form == "pub_upd":
        return [f"انتشار: {p} | به‌روزرسانی: {u}"], []
    if form == "upd_pub":
        return [f"به‌روزرسانی: {u} - انتشار: {p}"], []
    if form == "upd_head":
        return ["به‌روزرسانی: " + u], ["تاریخ انتشار: " + p]
    return [date_line(h, pub)], []


def split_story(h: Host, r: random.Random, paras: list[str], lead: str | None, whole: bool
                ) -> tuple[list[str], str | None, tuple[int, int] | None, bool]:
    """The paragraphs this page shows: a page of a story split over pages, the part before a login wall,
    or all of them; the lead (only on page one), (page, pages) and whether a wall ends the page."""
    if whole:
        return paras, lead, None, False
    if h.s["paged"] and len(paras) >= 6 and r.random() < 0.75:
        n = 3 if len(paras) >= 9 else 2
        k = r.randint(1, n)
        size = -(-len(paras) // n)
        return paras[(k - 1) * size: k * size], lead if k == 1 else None, (k, n), False
    if h.s["wall"] and len(paras) >= 4 and r.random() < 0.6:
        return paras[: r.randint(2, len(paras) - 2)], lead, None, True
    return paras, lead, None, False


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, whole: bool
                 ) -> tuple[Page, dict, str | None]:
    s, d = h.s, h.s["digits"]
    crawl = pub + dt.timedelta(days=r.randint(1, 600), hours=r.randint(0, 23))
    upd = pub + dt.timedelta(days=r.randint(1, 40), hours=r.randint(1, 20))
    pg = Page()
    title = st["title"]
    form = s["sec"]
    chosen = s["chosen"][stable(st["key"], h.domain) % len(s["chosen"])]
    if r.random() < 0.06:
        form = "none"
    if form in ("cattag", "jsonld_only", "menu_active") and fmt != "html":
        form = "none"  # a flat-text dump loses the category link, the JSON-LD and the menu's active class
    if form == "menu_active":
        chosen = chosen[:1]  # the menu shows the top-level section only
    sec_shown = chosen if form != "none" else None
    if form != "crumb_sub" and sec_shown:
        sec_shown = chosen[-1:]
    gold_sec = sec_shown[-1] if sec_shown else None
    paras, lead, paging, walled = split_story(h, r, paras, lead, whole)
    url = page_url(h, st, chosen, pub, form == "url")
    if paging and paging[0] > 1:
        url += f"?page={paging[0]}"
    url_line = fmt == "txt" and (form == "url" or (s["url_date"] and s["date_pos"] == "meta_only"))
    if url_line:
        pg.add("top", "c", url)
    if s["title_top"] and fmt == "txt":
        pg.add("top", "c", title_string(h, title, gold_sec if form == "title_only" else None))
    header(pg, h, r, crawl, others)
    if s["side_first"]:
        side_box(pg, h, r, gold_sec if form == "sidebar" else None, others)
    if form in ("crumb_home", "crumb_sub", "crumb_here"):
        home = s["home"] or h.name
        trail = [home, *chosen] if form == "crumb_sub" else [home, chosen[-1]]
        if s["crumb_title"]:
            trail.append(title)
        pg.add("crumb", "c", ("شما اینجا هستید: " if form == "crumb_here" else "") + s["sep"].join(trail))
    elif form == "chip":
        pg.add("crumb", "c", f"#{chosen[-1]}" if stable(h.domain, 24) % 2 else f"[{chosen[-1]}]")
    sur = None
    if r.random() < s["sur_p"]:
        tag = pick(r, st["tags"]) if st["tags"] else None
        sur = pick(r, [f"در حاشیه {tag}", f"{tag}؛", f"گزارش {tag}"]) if tag else "گزارش ویژه"
    if form == "kicker":
        pg.add("head", "c", chosen[-1])
    pg.add("head", "sur", sur)
    pg.add("head", "title", title)
    if lead:
        pg.add("head", "lead", lead)
    author = pick(r, s["authors"])
    pos = s["date_pos"]
    head_dates, foot_dates = date_lines(h, r, pub, upd)
    rel = relative(r, d) if pos == "time_rel" else None
    for x in head_dates:
        pg.add("head", "c", x)
    if rel:
        pg.add("head", "c", rel)
    if s["views"]:
        pg.add("head", "c", dg(s["views"].format(n=f"{r.randint(40, 60000):,}"), d))
    if s["reading"]:
        pg.add("head", "c", dg(s["reading"].format(n=max(1, sum(len(p) for p in paras) // 900)), d))
    if form == "label":
        pg.add("head", "c", f"{s['sec_label']} {chosen[-1]}")
    if s["code"]:
        pg.add("head", "c", dg(s["code"].format(n=r.randint(10000, 999999)), d))
    if s["tools"]:
        pg.add("head", "c", s["tools"])
    if paging:
        pg.add("head", "c", dg(f"صفحه {paging[0]} از {paging[1]}", d))
        if s["toc"]:
            pg.add("head", "c", "فهرست صفحات این گزارش")
            for k in range(paging[1]):
                pg.add("head", "c", dg(f"{k + 1}. {PART_NAMES[(stable(st['key']) + k) % len(PART_NAMES)]}", d))
    if s["credit"] == "reporter":
        pg.add("head", "c", pick(r, ["گزارش خبرنگار ما", "به گزارش خبرنگار ما", f"خبرنگار {h.name}"]))
    if agency and s["credit"] == "dateline":
        paras = [dateline(h, agency) + paras[0], *paras[1:]]
    pq = pull_quote(r, paras) if s["pull"] and len(paras) >= 3 else None
    at = r.randint(1, len(paras) - 1) if pq else -1
    for i, p in enumerate(paras):
        if i == at:
            pg.add("body", "c", pq)
        pg.add("body", "body", p)
        if others and 0 < i < len(paras) - 1 and r.random() < 0.06:
            pg.add("body", "c", pick(r, ["بخوانید: ", "پیشنهاد ما: "]) + others[(5 + i) % len(others)])
    if walled:
        pg.add("wall", "c", pick(r, ["ادامه این مطلب فقط برای اعضا", "🔒 محتوای ویژه اعضا"]))
        pg.add("wall", "c", pick(r, ["برای خواندن ادامه مطلب وارد شوید یا ثبت‌نام کنید.",
                                     "برای مشاهده متن کامل، وارد حساب کاربری خود شوید."]))
        pg.add("wall", "c", "ورود | ثبت‌نام رایگان")
    else:
        pg.add("post", "c", s["end"])
    if paging:
        k, n = paging
        nav = " ".join(str(x + 1) for x in range(n))
        pg.add("post", "c", dg(("« صفحه قبل | " if k > 1 else "") + nav + (" | صفحه بعد »" if k < n else ""), d))
    if s["credit"] not in ("reporter", "dateline", "logo"):  # (a logo is markup; a dateline opens the story)
        pg.add("post", "c", credit_text(h, r, agency, author))
    for x in foot_dates:
        pg.add("post", "c", x)
    if form == "foot_label":
        pg.add("post", "c", pick(r, ["طبقه‌بندی: ", "نوشته شده در ", "بایگانی شده در "]) + chosen[-1])
    if s["author"] and s["credit"] not in ("tanzim", "tanzim_person"):
        pg.add("post", "c", s["author"].format(a=author))
    if s["tags"]:
        for x in tag_line(h, r, st):
            pg.add("post", "c", x)
    if s["share"] == "lines":
        for x in ("تلگرام", "واتس‌اپ", "ایتا", "لینکدین"):
            pg.add("post", "c", x)
    elif s["share"]:
        pg.add("post", "c", s["share"] + " تلگرام | ایتا | بله | واتس‌اپ")
    if s["xpost"]:
        sister = pick(r, [n for f, hs in HOSTS.items() if f != h.family for _, n, _ in hs])
        pg.add("post", "c", pick(r, [f"این مطلب در {sister} هم منتشر شده است.", f"بازنشر در {sister}"]))
    for x in s["after"]:
        if r.random() < 0.85:
            pg.add("post", "c", x)
    if s["widget"] == "post":
        for x in widget(h, r):
            pg.add("box", "c", x)
    if s["prevnext"] and len(others) >= 2:
        a, b = others[-1], others[-2]
        if s["prevnext"] == "label":
            pg.add("post2", "c", f"مطلب قبلی: {a}")
            pg.add("post2", "c", f"مطلب بعدی: {b}")
        else:
            pg.add("post2", "c", f"« {a}")
            pg.add("post2", "c", f"{b} »")
    if not s["side_first"]:
        side_box(pg, h, r, gold_sec if form == "sidebar" else None, others)
    if s["related"] and others:
        pg.add("related", "c", s["related"])
        for t in others[: r.randint(3, 5)]:
            pg.add("related", "c", t)
    if s["teasers"] and len(others) > 6:
        pg.add("teasers", "c", s["teasers"])
        for t in others[6:9]:
            pg.add("teasers", "c", t)
            pg.add("teasers", "c", f"{relative(r, d)} | {pick(r, ['ادامه مطلب', 'بیشتر بخوانید »'])}")
    ncom = r.randint(0, 5)
    if s["comments"]:
        pg.add("comments", "c", dg(s["comments"].format(n=ncom), d))
        for _ in range(min(ncom, 2)):
            pg.add("comments", "c", f"{pick(r, FIRST)} | {relative(r, d)}")
            pg.add("comments", "c", pick(r, COMMENTS))
    if s["newsletter"]:
        pg.add("foot", "c", s["newsletter"])
    for x in s["footer"]:
        pg.add("foot", "c", x)
    if s["cookie"] == "foot":
        pg.add("foot", "c", s["cookie_text"])
    dated: bool | str = True
    if pos == "time_rel":  # only «۳ ساعت پیش» on the page: the day is in <time datetime> (HTML) or nowhere
        dated = fmt == "html"
    if pos == "meta_only":  # no visible date: the meta / JSON-LD, else the URL's day, else none
        dated = fmt == "html" and (s["meta"] or s["jsonld"])
    if not dated and url_line and s["url_date"]:  # a text dump that keeps its URL keeps the URL's day
        dated = "url"
    meta = {"section": gold_sec, "form": form, "dated": dated, "author": author, "url": url, "chosen": chosen,
            "surtitle": sur, "rel": rel, "paging": paging, "pull": pq}
    return pg, meta, lead


def negative_page(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Page:
    pg = Page()
    header(pg, h, r, crawl, others)
    d = h.s["digits"]
    if kind == "listing":
        pg.add("head", "c", pick(r, [f"آرشیو {pick(r, h.sections)}", f"برچسب: {pick(r, h.sections)}",
                                     f"{h.s['sec_label']} {pick(r, h.sections)}", "خوراک RSS"]))
        for t in others[: r.randint(6, 12)]:
            pg.add("body", "c", t)
            pg.add("body", "c", pick(r, [relative(r, d), "ادامه مطلب", t_date(
                crawl - dt.timedelta(days=r.randint(0, 60)), h.s["date"], d, False)]))
        pg.add("post", "c", dg("۱ ۲ ۳ ... ۱۸ صفحه بعد", d))
    elif kind == "chrome_only":
        for x in ("تماس با ما", f"نشانی: {pick(r, CITIES)}، بلوار {pick(r, ['کشاورز', 'آزادی', 'معلم'])}، پلاک ۱۲",
                  dg(f"تلفن: 0{r.randint(21, 87)}-{r.randint(3000000, 8999999)}", d), f"ایمیل: info@{h.domain}",
                  "نام و نام خانوادگی", "متن پیام", "ارسال پیام"):
            pg.add("body", "c", x)
    else:
        pg.add("head", "c", pick(r, ["صفحه یافت نشد (۴۰۴)", "مطلب در دست ویرایش است", "بدون عنوان"]))
        pg.add("body", "c", pick(r, ["این مطلب حذف شده یا به نشانی دیگری منتقل شده است.", "به زودی ...",
                                     "برای دیدن این صفحه وارد حساب کاربری خود شوید."]))
    for x in h.s["footer"]:
        pg.add("foot", "c", x)
    return pg


# ---------------------------------------------------------------------------------------------- rendering

def _head_html(h: Host, gold: dict, meta: dict | None, pub: dt.datetime | None) -> list[str]:
    s = h.s
    sec = gold["section"]
    ttl = html.escape(title_string(h, gold["title"], sec if meta and meta["form"] == "title_only" else None)
                      if gold["title"] else h.name)
    head = [f"<title>{ttl}</title>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if meta:
        head.append(f'<link rel="canonical" href="{urllib.parse.quote(meta["url"], safe=":/?=")}">')
    if gold["kind"] == "article" and s["meta"]:
        head.append(f'<meta property="og:title" content="{html.escape(gold["title"])}">')
        if pub is not None:
            head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if sec and meta and meta["form"] != "jsonld_only":
            head.append(f'<meta property="article:section" content="{html.escape(sec)}">')
    if gold["kind"] == "article" and s["jsonld"]:
        ld: dict = {"@context": "https://schema.org", "@type": "Article", "headline": gold["title"],
                    "author": {"@type": "Person", "name": meta["author"] if meta else None}}
        if pub is not None:
            ld["datePublished"] = pub.isoformat()
        if sec:
            ld["articleSection"] = sec
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append("<style>body{font-family:Vazirmatn,Tahoma;direction:rtl}</style>")
    return head


def _lists(parts: list[str]) -> str:
    """The rendered lines, each run of ``<li>`` items inside its own ``<ul>`` (a box's heading stays outside)."""
    out: list[str] = []
    for x in parts:
        if x.startswith("<li") and out and out[-1].endswith("</li>"):
            out[-1] += "\n" + x
        else:
            out.append(x)
    return "\n".join(f"<ul>{x}</ul>" if x.startswith("<li") else x for x in out)


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """The page in the host's CMS shape: a WordPress theme (header / nav / main > article / aside), Bootstrap
    columns (col-lg-8 beside col-lg-4), Elementor's nested widget wrappers or a Joomla ``item-page``."""
    s, c = h.s, h.s["cls"]
    shape = s["shape"]
    sec = gold["section"]
    title_tag = "h2" if s["logo_h1"] else "h1"
    active = sec if meta and meta["form"] == "menu_active" else None
    on = ' class="active"'

    def nav_item(t: str) -> str:
        cur = ' class="current-menu-item active"' if active and t == active else ""
        return f'<li{cur}><a href="/cat/{stable(t) % 99}">{_esc(h, t)}</a></li>'

    def line(role: str, t: str, region: str) -> str:
        if role == "title":
            return f'<{title_tag} class="{c[0]}">{_esc(h, t)}</{title_tag}>'
        if role == "body":
            inner = _inline(h, r, t)
            if shape == "elementor" and r.random() < 0.3:
                return f'<div class="{c[1]}">{inner}</div>'
            return f"<p>{inner}</p>"
        if role == "lead":
            if shape == "joomla":
                return f'<div itemprop="description">{_esc(h, t)}</div>'
            return f'<p class="{c[2]}">{_esc(h, t)}</p>'
        if role == "sur":
            return f'<h3 class="{c[3]}">{_esc(h, t)}</h3>'
        if region == "top" and t == h.name and s["logo_h1"]:
            logo = f'<img src="/wp-content/uploads/logo.png" alt="{html.escape(h.name)}">'
            return f'<h1 class="site-logo"><a href="/">{logo}{_esc(h, t)}</a></h1>'
        if region == "nav" and s["menu_joined"]:
            return f'<div class="{c[4]}">' + html.escape(s["menu_joined"]).join(
                f'<a href="/cat/{stable(x) % 99}"{on if active and x == active else ""}>{_esc(h, x)}</a>'
                for x in t.split(s["menu_joined"])) + "</div>"
        if region == "nav":
            return nav_item(t)
        if region in ("related", "teasers", "side") and t in titles:
            return f'<li><a href="/post/{stable(t) % 99999}">{_esc(h, t)}</a></li>'
        if role == "c" and meta and t == meta.get("pull"):
            return f'<blockquote class="pullquote">{_esc(h, t)}</blockquote>'
        if meta and t == meta.get("rel") and pub is not None:
            return f'<time class="{c[5]}" datetime="{pub.isoformat()}">{_esc(h, t)}</time>'
        if region == "head" and pub is not None and s["time_el"] and any(ch.isdigit() for ch in t) \
                and canon(t) == canon(date_line(h, pub)):
            return f'<time datetime="{pub.isoformat()}">{_esc(h, t)}</time>'
        if region in ("top", "foot") and t == s["cookie_text"]:
            msg, *buttons = t.split(" | ")
            return (f'<div id="cookie-notice">{_esc(h, msg)} | '
                    + " | ".join(f"<a>{_esc(h, b)}</a>" for b in buttons) + "</div>")
        return f'<div class="{pick(r, c[5:])}">{_esc(h, t)}</div>'

    def block(region: str, ls: list[tuple[str, str]]) -> str:
        inner = _lists([line(ro, t, region) for ro, t in ls])
        if shape == "wp":
            tag = {"top": "header", "nav": "nav", "related": "aside", "side": "aside", "teasers": "aside",
                   "foot": "footer", "comments": "section"}.get(region, "div")
            return f'<{tag} class="{region}">\n{inner}\n</{tag}>'
        if shape == "elementor":
            wid = stable(h.domain, region) % 0xFFFFFF
            return (f'<div class="elementor-element elementor-element-{wid:x} elementor-widget" '
                    f'data-widget_type="{region}.default"><div class="elementor-widget-container">\n{inner}\n'
                    "</div></div>")
        if shape == "joomla" and region == "head":
            return f'<div class="page-header">\n{inner}\n</div>'
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
    story = ("crumb", "head", "body", "wall", "post")
    top = "\n".join(b for g, b in blocks if g in ("top", "nav"))
    main = "\n".join(b for g, b in blocks if g in story) + "\n" + "\n".join(extra)
    side = "\n".join(b for g, b in blocks if g == "side")
    rest = "\n".join(b for g, b in blocks if g not in story and g not in ("top", "nav", "side", "foot"))
    foot = "\n".join(b for g, b in blocks if g == "foot")
    if shape == "wp":
        body = (f'{top}\n<div id="primary" class="content-area"><main id="main"><article class="post type-post">\n'
                f'<div class="entry-content">\n{main}\n</div></article>\n{rest}\n</main></div>\n'
                f'<div id="secondary" class="widget-area">{side}</div>\n{foot}')
    elif shape == "bootstrap":
        body = (f'<div class="container">{top}\n<div class="row">\n<div class="col-lg-8 col-md-12">\n{main}\n'
                f'{rest}\n</div>\n<div class="col-lg-4 sidebar">\n{side}\n</div>\n</div>\n{foot}</div>')
    elif shape == "elementor":
        body = (f'<div data-elementor-type="wp-post" class="elementor">\n<section class="elementor-section">'
                f'<div class="elementor-container">{top}</div></section>\n<section class="elementor-section">'
                f'<div class="elementor-container"><div class="elementor-column elementor-col-66">'
                f'<div class="elementor-widget-wrap">\n{main}\n{rest}\n</div></div>'
                f'<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">\n{side}\n'
                f'</div></div></div></section>\n{foot}\n</div>')
    else:
        body = (f'{top}\n<div id="{c[11]}" class="row-fluid"><div class="span9"><div class="item-page" '
                f'itemscope itemtype="https://schema.org/Article"><div itemprop="articleBody">\n{main}\n</div></div>'
                f'\n{rest}\n</div><div class="span3">{side}</div></div>\n{foot}')
    bcls = "single-post" + (f" postid-{stable(gold['title']) % 9999}" if gold["title"] else "")
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(_head_html(h, gold, meta, pub))
            + f'\n</head>\n<body class="{bcls}">\n' + body
            + "\n<script>window.dataLayer=window.dataLayer||[];</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- build

def build(out_dir, n: int = 400, seed: int = 171, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="t", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        r = random.Random(f"families-t:{seed}:page:{i}")
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
            whole = p["copy_of"] is not None or bool(p.get("copied"))  # both copies of a story show all of it
            others = [t for t in r.sample(titles, min(len(titles), 14)) if t != st["title"]][:11]
            pg, meta, lead = article_page(h, r, st, paras, agency, pub, others, lead, fmt, whole)
            paras = pg.lines("body")
            credit_line = h.s["credit"] not in (*NO_AGENCY, "dateline", "logo") or (
                h.s["credit"] == "logo" and fmt == "html")
            if agency and not credit_line:  # only the story's own credit (a page of it may not hold it)
                agency = credited_agency(([lead] if lead else []) + paras)
            gold = {"kind": "article", "title": st["title"], "section": meta["section"], "lead": lead,
                    "surtitle": meta["surtitle"], "body_paragraphs": paras, "agency": agency,
                    "published_iso": None, "published_jalali": None, "published_time": None, "cluster": None,
                    "source": None, "source_key": st["key"], "edits": edits}
            if meta["paging"]:
                gold["edits"] = [*edits, f"page_{meta['paging'][0]}_of_{meta['paging'][1]}"]
            if not meta["dated"]:
                pub = None
            if pub is not None:
                gold["published_iso"] = pub.date().isoformat()
                gold["published_jalali"] = jdatetime.date.fromgregorian(date=pub.date()).strftime("%Y/%m/%d")
                in_markup = fmt == "html" and (h.s["meta"] or h.s["jsonld"] or h.s["date_pos"] == "time_rel" or (
                    h.s["time_el"] and h.s["date_pos"] == "head" and h.s["upd_form"] in (None, "below")))
                visible = shows_time(h) and meta["dated"] is True and h.s["date_pos"] in ("head", "foot")
                gold["published_time"] = pub.isoformat() if visible or in_markup else pub.date().isoformat()
        text = render_html(h, pg, r, gold, meta, pub, agency, set(titles)) if fmt == "html" else render_text(h, pg)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(pg.lines("c"), gold["body_paragraphs"])
        rows.append(gold_row(name, "families-t", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"t{seed}")
