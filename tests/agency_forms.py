"""Small sites that each credit their stories in one form, flat and HTML, with the agency each page
credits (the gold): for tests of where a credit stands and for ``bench``-style looks at the misses.

Gold follows the families' convention: an agency only where the page credits the story to it (a credit
line, a dateline, an agency's own head before the story, a source field, its markup's author); the
site's own reporter («خبرنگار ما») and the site's own name credit none. A dateline or «به نقل از» inside
a later sentence of the story credits the agency too when the story names no other: the families'
gold reads a story's own text so (H's ``credited_agency``: its dateline's agency, else the first
named), and the open sets hold such pages (idev: «… به پیروزی برسد. به گزارش فارس، …», gold فارس;
set A's older gold credits none there, so no form here sets a dateline mid-paragraph).

>>> sorted(FORMS)[:3]
['amp_logo', 'city_dash', 'closing_paren']
"""
from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

#: agencies the pages credit, one a page in turn (the table's names, and a foreign wire it lacks)
AGENCIES = ["ایسنا", "خبرگزاری مهر", "ایرنا", "تسنیم", "فارس"]
CANON = {"خبرگزاری مهر": "مهر"}

#: hosts' names: words of no agency's
SITES = ["کاوه نامه", "سپیدار امروز", "تیرگان آنلاین", "نگاره شمال", "دیده‌بان کویر", "پگاه جنوب",
         "آوای دنا", "روزنه کارون", "افق سبلان", "چکاد نیوز", "بامداد البرز", "نسیم خزر", "تابان شرق", "ارغوان پرس",
         "پونه دشت", "سرو سیمین", "چشمه نور", "آسمان هامون", "شقایق غرب", "کوهسار امروز", "دریچه زاینده‌رود",
         "ستاره اروند", "نارون پرس", "بلوط زاگرس", "گلبرگ نیوز", "آبشار شمال", "فانوس ساحل", "پرستو آنلاین",
         "کاج سبز", "سپهر کویر", "آفتاب هیرمند", "رود ارس", "نیلوفر آبی", "شبنم صبح", "سرچشمه نو",
         "ماهور دشت", "آیینه جنوب"]

#: story paragraphs in words of no agency's; a page takes three in turn
STORY = [
    "کشاورزان دشت مغان امسال بیش از دوازده هزار تن گندم مرغوب به سیلوهای"
    " استان تحویل دادند و خرید تضمینی همچنان ادامه دارد.",
    "مدیر جهاد کشاورزی شهرستان افزود که پرداخت مطالبات گندمکاران از"
    " هفته آینده آغاز می‌شود و تا پایان ماه ادامه می‌یابد.",
    "وی همچنین گفت که سامانه تازه نوبت‌دهی تحویل محصول از فردا فعال است و کشاورزان باید پیش از مراجعه نوبت بگیرند.",
    "شهردار شهر از آغاز عملیات ساخت پل تازه روی رودخانه در ماه آینده خبر داد و گفت اعتبار طرح از پیش تامین شده است.",
    "او افزود که با ساخت این پل ترافیک ورودی شرقی شهر کاهش می‌یابد و زمان رسیدن به مرکز شهر به نیم ساعت کم می‌شود.",
    "به گفته وی پیمانکار طرح با برگزاری مناقصه برگزیده شده و کار ساخت پل باید تا پایان سال آینده به پایان برسد.",
    "رئیس دانشگاه علوم پزشکی استان از راه‌اندازی بخش تازه مراقبت‌های ویژه نوزادان در بیمارستان مرکزی استان خبر داد.",
    "او گفت که این بخش با بیست تخت و تجهیزات نو از هفته آینده بیمار می‌پذیرد و نیاز به اعزام نوزادان را کم می‌کند.",
    "وی افزود که پزشکان و پرستاران این بخش دوره‌های آموزشی تازه را گذرانده‌اند و برای کار در آن آماده شده‌اند.",
    "مسابقات کشتی آزاد نوجوانان کشور از امروز با حضور سیصد کشتی‌گیر از سی استان در سالن ورزشی شهر آغاز شد.",
    "دبیر هیئت کشتی استان گفت که این مسابقات سه روز ادامه دارد و برترین‌های آن به اردوی تیم ملی دعوت می‌شوند.",
    "او افزود که داوران این دوره از میان داوران بین‌المللی برگزیده شده‌اند و همه مسابقات از تلویزیون پخش می‌شود.",
]
MID_NAQL = ("نماینده مردم در مجلس نیز خواستار شتاب گرفتن کار شد و به نقل از {a} گفت که هیچ درنگی در این کار"
            " پذیرفته نیست.")

#: (header lines, paragraphs, lines under the story, gold, markup for an HTML page's <head>)
Page = tuple[list[str], list[str], list[str], str | None, str]


def _story(i: int) -> list[str]:
    k = (i % 4) * 3
    return list(STORY[k:k + 3])


def _form_source(i, a, site):
    return [], _story(i), [f"منبع: {a}"], a, ""


def _form_dateline_start(i, a, site):
    s = _story(i)
    return [], [f"به گزارش {a}، {s[0]}", *s[1:]], [], a, ""


def _form_naql_mid(i, a, site):
    s = _story(i)
    return [], [s[0], s[1] + " " + MID_NAQL.format(a=a), s[2]], [], a, ""


def _form_slash_head(i, a, site):
    s = _story(i)
    return [], [f"{a}/ {s[0]}", *s[1:]], [], a, ""


def _form_code_row(i, a, site):
    return [], _story(i), [f"کد خبر: {4521 + i} | منبع: {a}"], a, ""


def _form_reporter(i, a, site):
    s = _story(i)
    return [], [f"به گزارش خبرنگار ما، {s[0]}", *s[1:]], [], None, ""


def _form_own_name(i, a, site):
    s = _story(i)
    return [], [f"به گزارش {site}، {s[0]}", *s[1:]], [], None, ""


def _jsonld(kind: str, name: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "…", "{kind}": {{"@type": "Organization", "name": "{name}"}}}}</script>')


def _form_jsonld_author(i, a, site):
    """An HTML page that credits the agency only as the JSON-LD author (the site its publisher)."""
    return [], _story(i), [], a, _jsonld("author", a) + _jsonld("publisher", site)


def _form_jsonld_publisher_site(i, a, site):
    """The site's own name as the JSON-LD publisher and author: no agency's credit."""
    return [], _story(i), [], None, _jsonld("publisher", site) + _jsonld("author", site)


def _form_meta_author(i, a, site):
    return [], _story(i), [], a, f'<meta name="author" content="{a}">'


def _form_meta_author_site(i, a, site):
    """«<meta name="author">» the site's own name on every page: no agency's credit."""
    return [], _story(i), [], None, f'<meta name="author" content="{site}">'


def _form_footer_row(i, a, site):
    return [], _story(i), [f"منبع: {a} | اشتراک گذاری | چاپ خبر"], a, ""


#: cities and provinces a dateline names; an agency's host and its long name
CITIES = ["شیراز", "تبریز", "رشت", "کرمان", "اهواز", "خرم‌آباد"]
PROVINCES = ["خراسان رضوی", "فارس", "کهگیلویه و بویراحمد", "آذربایجان شرقی"]
HOSTS = {"ایسنا": "www.isna.ir", "خبرگزاری مهر": "www.mehrnews.com", "ایرنا": "www.irna.ir",
         "تسنیم": "www.tasnimnews.com", "فارس": "www.farsnews.ir"}
LONG = {"ایسنا": "خبرگزاری دانشجویان ایران", "خبرگزاری مهر": "خبرگزاری مهر", "ایرنا": "خبرگزاری جمهوری اسلامی",
        "تسنیم": "خبرگزاری تسنیم", "فارس": "خبرگزاری فارس"}
#: people: a page's writer, reporter or photographer, no agency
PEOPLE = ["مریم احمدی", "علی رضایی", "زهرا کریمی", "حسین موسوی"]
#: public-relations offices a story may come from, no agency
OFFICES = ["اداره کل منابع طبیعی استان", "شرکت آب منطقه‌ای استان", "دانشگاه علوم پزشکی استان",
           "اداره کل ورزش و جوانان استان"]


def _city(i: int) -> str:
    return CITIES[i % len(CITIES)]


def _other(a: str) -> str:
    """Another agency than ``a`` (the one ``a`` cites)."""
    return AGENCIES[(AGENCIES.index(a) + 2) % len(AGENCIES)]


class Raw(str):
    """Markup an HTML page shows as it is (an image, a link); a flat page shows its ``flat`` text."""

    flat: str

    def __new__(cls, markup: str, flat: str) -> Raw:
        obj = super().__new__(cls, markup)
        obj.flat = flat
        return obj


def _form_dateline_city(i, a, site):
    """«به گزارش ایسنا از شیراز، …»: the agency's dateline names the city it reports from."""
    s = _story(i)
    return [], [f"به گزارش {a} از {_city(i)}، {s[0]}", *s[1:]], [], a, ""


def _form_reporter_city(i, a, site):
    """«به گزارش خبرنگار ایسنا از شیراز، …»: the agency's reporter in a city."""
    s = _story(i)
    return [], [f"به گزارش خبرنگار {a} از {_city(i)}، {s[0]}", *s[1:]], [], a, ""


def _form_city_dash(i, a, site):
    """«شیراز- ایرنا- …»: the city, then the agency, heading the story (IRNA's own form)."""
    s = _story(i)
    return [], [f"{_city(i)}- {a}- {s[0]}", *s[1:]], [], a, ""


def _form_slash_province(i, a, site):
    """«ایسنا/خراسان رضوی …»: the agency and its provincial desk heading the story, no comma."""
    s = _story(i)
    return [], [f"{a}/{PROVINCES[i % len(PROVINCES)]} {s[0]}", *s[1:]], [], a, ""


def _form_desk_colon(i, a, site):
    """«خبرگزاری مهر، گروه استان‌ها: …»: the agency's long name and its desk heading the story."""
    s = _story(i)
    return [], [f"{LONG[a]}، گروه استان‌ها: {s[0]}", *s[1:]], [], a, ""


def _form_long_name_source(i, a, site):
    """«منبع: خبرگزاری دانشجویان ایران»: the agency's long name under the story."""
    return [], _story(i), [f"منبع: {LONG[a]}"], a, ""


def _form_two_agencies(i, a, site):
    """«به گزارش ایسنا به نقل از تسنیم، …»: the agency that reports, citing another, is the credit."""
    s = _story(i)
    return [], [f"به گزارش {a} به نقل از {_other(a)}، {s[0]}", *s[1:]], [], a, ""


def _form_site_cites(i, a, site):
    """«به گزارش <site> به نقل از ایسنا، …»: the site republishes the agency's story."""
    s = _story(i)
    return [], [f"به گزارش {site} به نقل از {a}، {s[0]}", *s[1:]], [], a, ""


def _form_per_report(i, a, site):
    """«به نوشته ایسنا، …» / «بر اساس گزارش ایسنا، …»: other words that credit the agency."""
    s = _story(i)
    head = ("به نوشته", "بر اساس گزارش", "بنا بر گزارش", "طبق گزارش")[i % 4]
    return [], [f"{head} {a}، {s[0]}", *s[1:]], [], a, ""


def _form_closing_paren(i, a, site):
    """«… به پایان برسد. (ایسنا)»: the agency in brackets closing the story."""
    s = _story(i)
    return [], [*s[:2], f"{s[2]} ({a})"], [], a, ""


def _form_head_source_row(i, a, site):
    """«منبع: خبرگزاری دانشجویان ایران | ۲ مهر ۱۴۰۳ - ۱۰:۳۰»: the credit in the meta row by the
    headline, the agency's long name beside the date and time."""
    return [f"منبع: {LONG[a]} | {i + 2} مهر ۱۴۰۳ - ۱۰:۳۰"], _story(i), [], a, ""


def _form_source_url(i, a, site):
    """«منبع: https://www.isna.ir/news/…»: the credit only as the agency's address."""
    url = f"https://{HOSTS[a]}/news/14030{i + 2}0{4521 + i}/"
    return [], _story(i), [f"منبع: {url}"], a, ""


def _form_source_link(i, a, site):
    """«منبع خبر» a link to the agency's page (HTML): the credit only in its address."""
    url = f"https://{HOSTS[a]}/news/14030{i + 2}0{4521 + i}/"
    return [], _story(i), [Raw(f"<div class='src'>منبع: <a href='{url}' rel='nofollow' target='_blank'>لینک خبر</a>"
                               "</div>", "منبع: لینک خبر")], a, ""


def _form_logo_alt(i, a, site):
    """The agency's logo (its name only in the image's alt text) beside «منبع:» under the story."""
    return [], _story(i), [Raw(f"<div class='news-source'><span>منبع:</span> <img src='/img/sources/{i}.png' "
                               f"alt='{a}' width='60'></div>", f"منبع: {a}")], a, ""


def _form_logo_alt_head(i, a, site):
    """The agency's logo above the story, a link with no text around its image (alt «لوگوی ایسنا»)."""
    return [Raw(f"<div class='agency-logo'><a href='/source/{i}'><img src='/img/sources/{i}.png' "
                f"alt='لوگوی {a}'></a></div>", f"لوگوی {a}")], _story(i), [], a, ""


def _form_amp_logo(i, a, site):
    """An AMP page's credit: «منبع:» beside the agency's logo, an ``<amp-img>`` with its name as alt."""
    logo = (f"<div class='news-source'><span>منبع:</span> <amp-img src='/img/sources/{i}.png' alt='{a}' "
            "width='60' height='20' layout='fixed'></amp-img></div>")
    return [], _story(i), [Raw(logo, f"منبع: {a}")], a, ""


def _form_pr_dateline(i, a, site):
    """«به گزارش روابط عمومی اداره کل …، …»: a public-relations office, no agency."""
    s = _story(i)
    return [], [f"به گزارش روابط عمومی {OFFICES[i % len(OFFICES)]}، {s[0]}", *s[1:]], [], None, ""


def _form_pr_source(i, a, site):
    """«منبع: روابط عمومی شرکت آب منطقه‌ای استان»: an office credited, no agency."""
    return [], _story(i), [f"منبع: روابط عمومی {OFFICES[i % len(OFFICES)]}"], None, ""


def _form_reporter_own_city(i, a, site):
    """«به گزارش خبرنگار ما از شیراز، …»: the site's own reporter, no agency."""
    s = _story(i)
    return [], [f"به گزارش خبرنگار ما از {_city(i)}، {s[0]}", *s[1:]], [], None, ""


def _form_person_byline(i, a, site):
    """«خبرنگار: علی رضایی» over the story, «عکس: ایسنا» (a photo's credit) under it: no agency's
    credit of the story."""
    return [f"خبرنگار: {PEOPLE[i % len(PEOPLE)]}"], _story(i), [f"عکس: {a}"], None, ""


def _form_writer_signature(i, a, site):
    """«نویسنده: مریم احمدی» closing the story: a person, no agency."""
    return [], _story(i), [f"نویسنده: {PEOPLE[i % len(PEOPLE)]}"], None, ""


def _jsonld_person(kind: str, name: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "…", "{kind}": {{"@type": "Person", "name": "{name}"}}}}</script>')


def _form_jsonld_author_person(i, a, site):
    """A person as the JSON-LD author, the site its publisher: no agency's credit."""
    return [], _story(i), [], None, _jsonld_person("author", PEOPLE[i % len(PEOPLE)]) + _jsonld("publisher", site)


def _form_jsonld_agency_as_person(i, a, site):
    """The agency as the JSON-LD author, typed a Person (an aggregator's CMS types every author so)."""
    return [], _story(i), [], a, _jsonld_person("author", a) + _jsonld("publisher", site)


def _form_meta_author_person(i, a, site):
    """«<meta name="author">» a person's name: no agency's credit."""
    return [], _story(i), [], None, f'<meta name="author" content="{PEOPLE[i % len(PEOPLE)]}">'


def _form_source_after_tags(i, a, site):
    """«منبع: ایسنا» only at the very end, under the story's tags."""
    return [], _story(i), ["برچسب‌ها: کشاورزی، استان", f"منبع: {a}"], a, ""


def _form_long_name_city(i, a, site):
    """«خبرگزاری دانشجویان ایران - شیراز» a line of its own over the story: the agency and its city."""
    return [f"{LONG[a]} - {_city(i)}"], _story(i), [], a, ""


def _form_slash_city(i, a, site):
    """«ایسنا/ شیراز - …»: the agency, a slash, the city, heading the story."""
    s = _story(i)
    return [], [f"{a}/ {_city(i)} - {s[0]}", *s[1:]], [], a, ""


def _form_source_linked(i, a, site):
    """«منبع: <a href=…>ایسنا</a>»: the credit's name a link to the agency's site."""
    return [], _story(i), [Raw(f"<div class='src'>منبع: <a href='https://{HOSTS[a]}/' rel='nofollow'>{escape(a)}</a>"
                               "</div>", f"منبع: {a}")], a, ""


def _form_photo_then_source(i, a, site):
    """«عکس: تسنیم» (the photo's credit, another agency) then «منبع: ایسنا» (the story's)."""
    return [], _story(i), [f"عکس: {_other(a)}", f"منبع: {a}"], a, ""


def _form_person_dateline(i, a, site):
    """«به گزارش مریم احمدی، …»: a person after «به گزارش», no agency."""
    s = _story(i)
    return [], [f"به گزارش {PEOPLE[i % len(PEOPLE)]}، {s[0]}", *s[1:]], [], None, ""


def _form_logo_alt_lead(i, a, site):
    """The agency's logo set in the lead's paragraph (its name only in the image's alt text)."""
    s = _story(i)
    lead = Raw(f"<p class='lead'><img src='/img/sources/{i}.png' alt='{escape(a)}' class='src-logo'> "
               f"{escape(s[0])}</p>", s[0])
    return [], [lead, *s[1:]], [], a, ""


def _form_report_from(i, a, site):
    """«گزارش از: ایسنا» closing the story: an agency (a person there credits none)."""
    return [], _story(i), [f"گزارش از: {a}"], a, ""


FORMS: dict[str, Callable[[int, str, str], Page]] = {
    "source": _form_source, "dateline_start": _form_dateline_start,
    "naql_mid": _form_naql_mid, "slash_head": _form_slash_head, "code_row": _form_code_row,
    "reporter": _form_reporter, "own_name": _form_own_name, "footer_row": _form_footer_row,
    "jsonld_author": _form_jsonld_author, "jsonld_publisher_site": _form_jsonld_publisher_site,
    "meta_author": _form_meta_author, "meta_author_site": _form_meta_author_site,
    "dateline_city": _form_dateline_city, "reporter_city": _form_reporter_city, "city_dash": _form_city_dash,
    "slash_province": _form_slash_province, "desk_colon": _form_desk_colon,
    "long_name_source": _form_long_name_source, "two_agencies": _form_two_agencies,
    "site_cites": _form_site_cites, "per_report": _form_per_report, "closing_paren": _form_closing_paren,
    "head_source_row": _form_head_source_row, "source_url": _form_source_url, "source_link": _form_source_link,
    "logo_alt": _form_logo_alt, "logo_alt_head": _form_logo_alt_head, "amp_logo": _form_amp_logo,
    "pr_dateline": _form_pr_dateline,
    "pr_source": _form_pr_source, "reporter_own_city": _form_reporter_own_city,
    "person_byline": _form_person_byline, "writer_signature": _form_writer_signature,
    "jsonld_author_person": _form_jsonld_author_person, "jsonld_agency_as_person": _form_jsonld_agency_as_person,
    "meta_author_person": _form_meta_author_person,
}
#: forms added on s46-base: after the others in :func:`build`'s turn, so no earlier form's host or
#: agencies move
_ADDED = {
    "source_after_tags": _form_source_after_tags, "long_name_city": _form_long_name_city,
    "slash_city": _form_slash_city, "source_linked": _form_source_linked,
    "photo_then_source": _form_photo_then_source, "person_dateline": _form_person_dateline,
    "logo_alt_lead": _form_logo_alt_lead, "report_from": _form_report_from,
}
_TURN = [*sorted(FORMS), *_ADDED]
FORMS.update(_ADDED)
#: forms only an HTML page has (its <head>, or markup a flat page does not show)
HTML_ONLY = frozenset({"jsonld_author", "jsonld_publisher_site", "meta_author", "meta_author_site",
                       "source_link", "logo_alt", "logo_alt_head", "amp_logo", "jsonld_author_person",
                       "jsonld_agency_as_person", "meta_author_person", "logo_alt_lead"})

HEADLINES = ["تحویل دوازده هزار تن گندم به سیلوهای دشت مغان", "ساخت پل تازه روی رودخانه از ماه آینده",
             "بخش تازه مراقبت‌های ویژه نوزادان راه‌اندازی شد", "آغاز مسابقات کشتی آزاد نوجوانان کشور"]


def _text(site: str, headline: str, head: list[str], paras: list[str], under: list[str]) -> str:
    head, under = [getattr(x, "flat", x) for x in head], [getattr(x, "flat", x) for x in under]
    paras = [getattr(x, "flat", x) for x in paras]
    return "\n\n".join([site, "صفحه نخست | استان | اقتصاد | ورزش | تماس با ما", *head, headline, *paras, *under,
                        "اشتراک گذاری", f"کلیه حقوق برای {site} محفوظ است."]) + "\n"


def _html(site: str, headline: str, head: list[str], paras: list[str], under: list[str], markup: str = "") -> str:
    e = escape
    return (f"<!doctype html><html><head><title>{e(headline)} | {e(site)}</title>{markup}</head><body>"
            f"<header><div class='logo'>{e(site)}</div><nav><a href='/'>صفحه نخست</a> <a href='/p'>استان</a>"
            f" <a href='/e'>اقتصاد</a></nav></header><main><article><h1>{e(headline)}</h1>"
            + "".join(x if isinstance(x, Raw) else f"<div class='meta'>{e(x)}</div>" for x in head)
            + "<div class='body'>" + "".join(p if isinstance(p, Raw) else f"<p>{e(p)}</p>" for p in paras) + "</div>"
            + "".join(x if isinstance(x, Raw) else f"<div class='src'>{e(x)}</div>" for x in under)
            + f"</article></main><footer><p>اشتراک گذاری</p><p>کلیه حقوق برای {e(site)} محفوظ است.</p></footer>"
              "</body></html>")


def build(root: Path, *, pages: int = 4) -> dict[str, str | None]:
    """Write every form's host, flat and HTML (``pages`` pages each) under ``root``; return the gold
    agency by page id (``<form>-<fmt>-<i>``)."""
    root.mkdir(parents=True, exist_ok=True)
    gold: dict[str, str | None] = {}
    for k, form in enumerate(_TURN):
        make = FORMS[form]
        for fmt in ("html",) if form in HTML_ONLY else ("txt", "html"):
            site = SITES[k % len(SITES)]
            for i in range(pages):
                a = AGENCIES[(i + k) % len(AGENCIES)]
                head, paras, under, want, markup = make(i, a, site)
                page = (_html(site, HEADLINES[i % 4], head, paras, under, markup) if fmt == "html"
                        else _text(site, HEADLINES[i % 4], head, paras, under))
                pid = f"{form}-{fmt}-{i}"
                (root / f"{pid}.{fmt}").write_text(page, encoding="utf-8")
                gold[pid] = CANON.get(want, want) if want else None
    return gold
