"""Family set AQ: eight families of kinds of page the real Persian web hands a corpus builder that no earlier set has
modelled: Blogger posts, government portals' news, podcast episode pages, search engines' cache views, syndication
portals, Eitaa / Rubika / Soroush channel web views, shop magazines and e-book store pages, written blind to the
extractor.

    build(out_dir, n, seed=373, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; the structure imitates real pages (invented hosts, names;
stories from the corpus). Tables in :mod:`site_families_aq_tables`; the build loop is
:func:`family_frames.build_set` (AP's). One kind a family, three hosts a family that differ in the kind's variants
(:data:`site_families_aq_tables.VARIANT`); the families stand in a seeded shuffle's order (``aqdev``: the 1st, 3rd,
5th and 7th). The dates are shown as the sites show them (two-digit Jalali years, weekdays and «ساعت», Arabic-Indic
and Latin digits, a Hijri-qamari day beside the Jalali one, «ب.ظ», a header's today, ages with the day only in
markup) and the sections as trails («›», «>», «|», «/»), labels («سرویس:», «موضوع:», «دسته‌بندی:») or nothing:

- ``water_ministry``  (HTML, some text copies) government portals: a DNN portal (the header's today «امروز: شنبه ۱۵
  آذر ۱۴۰۵ | ۲۴ جمادی‌الثانی ۱۴۴۸ | 2026 Dec 06» (no story date), a trail «صفحه اصلی > اخبار > …», «تاریخ
  انتشار: ۰۵/۰۹/۱۴ - ۱۰:۳۰»), a Sitefinity portal («سرویس: …», «شنبه ۱۴ آذر ۱۴۰۵ ساعت ۱۰:۳۰ - ۲۳ جمادی‌الثانی
  ۱۴۴۸») and a provincial company's portal (a trail «خانه | …», «1405/09/14 - 10:30»): «کد خبر: ۱۲۳۴۵», «تعداد
  بازدید: ۲۳۴», «چاپ | ارسال به دوستان | PDF», a lead in a box, «روابط عمومی …» under the story, deep menus,
  «آخرین اخبار», the footer's address, phone and «کلیه حقوق … محفوظ است»;
- ``smartphone_reviews``  (HTML) shop magazines: a trail «دیجی‌لند مگ / موبایل / …», «دسته‌بندی: …» or «خانه |
  …»; the standfirst (the lead), the writer, «۱۴ آذر ۱۴۰۵» with «به‌روزرسانی: …» (no story date), an age «۳ روز
  پیش» with the day only in ``<time datetime>``, or «۰۵/۰۹/۱۴» under a header's today; «زمان مطالعه: ۸ دقیقه»;
  product boxes between the paragraphs («قیمت: ۱۲,۴۹۰,۰۰۰ تومان», «مشاهده در دیجی‌لند», stars «★★★★☆ ۴٫۲»),
  the author box, «مطالب مرتبط», the newsletter box, comments with their days;
- ``flood_warnings``  (HTML) cache views: Google's («This is Google's cache of https://…. It is a snapshot of the
  page as it appeared on 12 Nov 2025 10:23:11 GMT.», «Full version», «Text-only version», «View source»), Bing's
  («This is the cached version of …») and Google's text-only version, over a news page (a trail «خانه › …» and
  «شنبه ۱۴ آذر ۱۴۰۵ ساعت ۱۰:۲۳»; «موضوع: …», an age «۲ ماه پیش» as the snapshot saw it and the instant in
  ``<time datetime>``; a trail «خانه | …» and «۱۴ آذر ۱۴۰۵ - ۱۰:۲۳»); the snapshot's date is no story date;
- ``calligraphy_blogs``  (HTML, some text copies) Blogger posts: the blog's header, the date header (a weekday and a
  Gregorian day in Persian, a Jalali plugin's «جمعه ۱۴ آذر ۱۴۰۵», the mobile view's «دسامبر ۰۵، ۲۰۲۶»), the post's
  title, the post, «ارسال شده توسط … در ۱۲:۴۰ ب.ظ» (``<abbr class="published" title="…">`` on the desktop themes),
  «برچسب‌ها: …» (labels: no section), «۳ نظر», comments with their days, «پست جدیدتر / پست قدیمی‌تر / صفحهٔ
  اصلی», «اشتراک در: نظرات پیام (Atom)», the archive widget («▼ ۲۰۲۶ (۱۲)», «► نوامبر (۳)»), «درباره من»; one
  theme shows a trail «خانه › …» (its first label: the section);
- ``history_podcasts``  (HTML) podcast episode pages: the show's name, the episode's title, «قسمت ۴۲», the player
  («پخش», «دانلود», «۴۵:۱۲»), the show notes (the story) and their chapters «۰۰:۰۰ مقدمه», «قسمت‌های دیگر» with
  their days; an age with the day in JSON-LD and «دسته‌بندی: …» (the section) on one host, a summary (the lead)
  and «تاریخ انتشار: ١٤٠٥/٠٩/١٤» in Arabic-Indic digits and a genre menu (no section) on another, English chrome
  «Dec 5, 2026 · 45 min» on the third;
- ``persian_novels``  (HTML) e-book store pages: the book's title, «نویسنده:», «مترجم:», «ناشر:», «تاریخ انتشار:
  ۱۴۰۵/۰۹/۱۴» or «تاریخ نشر: ١٤ آذر ١٤٠٥» (no date on the third store), «قیمت: ۸۵,۰۰۰ تومان», «۴٫۲ از ۵ (۳۱۲
  رأی)», «درباره کتاب» (the story), «بخشی از کتاب», user reviews with names and days (no story date), «کتاب‌های
  مشابه»; a trail «کتاب الکترونیک › …» or «موضوع: …» (the section; none on the third);
- ``currency_market``  (HTML, some text copies) syndication portals: the provider's name over the headline, «© ایسنا»,
  «ارائه شده توسط …» (the agency), an age «۳ ساعت پیش» with the instant only in ``article:published_time``
  and a trail «اخبار › …» (MSN), «سرویس: …» and «۱۰:۳۰ - ۱۴۰۵/۰۹/۱۴», or «منتشر شده: ۵ دسامبر ۲۰۲۶» (no
  section); the reactions row, «مطالب بیشتر از …», «مطالب پیشنهادی» with other providers' names;
- ``pilgrim_caravans``  (HTML, some text copies) channels' web views: the channel's name and members «۱۲٫۳K عضو»,
  neighbouring short posts, the long post (its first line the headline, the story, hashtags), «👁 ۱۲.۳K», «ویرایش
  شده», the time «۱۴:۲۰» under a day separator «۱۴ آذر ۱۴۰۵» (Eitaa), under a weekday with the day in ``<time
  datetime>`` (Rubika), or «۰۵/۰۹/۱۴ - ۱۴:۲۰» (Soroush), the join link «@channel»; no section, no lead.

Gold as AP documents it: the title is the visible headline (a channel post's first line, a book's title), the section
the page's own category (a trail's last step, a label's value; none on a blog without a trail, a channel, a store or
podcast page without one), the lead a standfirst, a summary or a lead shown apart, the agency only when the page
credits the story to one (a syndicated story: its provider), ``published_iso`` the story's day as the page shows it
(none when it shows none: a text copy of a page with the day only in markup, the undated store), ``published_time``
the instant with its offset when the page shows its time or holds it in markup, else the day. A header's today, a
snapshot's date, «به‌روزرسانی», archive widgets, comments', reviews', neighbouring posts' and related items' days
and ages are no story date. About 7% negatives (a listing, a 404 or removed page in the chrome, an empty page), ~10%
of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random

from family_frames import DOMESTIC, build_set, jalali_day, source_credit
from family_pages import canon, pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_aq_tables import (
    COMMENTS,
    FAMILIES,
    HANDLES,
    HASHTAGS,
    HOSTS,
    KIND,
    MENUS,
    PARENTS,
    PRODUCTS,
    QUOTES,
    SECTIONS,
    SUBMENUS,
    VARIANT,
)
from site_families_h import FIRST, GMONTHS, HMONTHS, JMONTHS, LAST, TEHRAN, WEEKDAYS, Host, dg, hijri
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show a section
SECTIONED = {("blogger", "crumb"), ("gov", "dnn"), ("gov", "sitefinity"), ("gov", "latin"), ("podcast", "ld"),
             ("cache", "google"), ("cache", "bing"), ("cache", "textonly"), ("syndication", "msn"),
             ("syndication", "portal"), ("shopmag", "slash"), ("shopmag", "label"), ("shopmag", "pipe"),
             ("ebook", "crumb"), ("ebook", "label")}
#: the agency habit of a kind that has one: a syndicated story is its provider's (``source``)
AGENCY = {"syndication": "source"}
#: the share of a host's pages saved as HTML (the rest a copy of the page as text)
HTML_P = {"blogger": 0.8, "gov": 0.75, "podcast": 0.9, "cache": 1.0, "syndication": 0.8, "channel": 0.8,
          "shopmag": 0.9, "ebook": 0.9}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"dnn": 0.6, "sitefinity": 0.6, "latin": 0.4, "arabic": 0.6, "google": 0.5, "textonly": 0.5, "msn": 0.4,
          "portal": 0.4, "slash": 0.8, "label": 0.7, "pipe": 0.7}
e = html.escape
UTC = dt.timezone.utc


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-aq-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    lead_p = 0.0 if kind == "ebook" and variant != "crumb" else LEAD_P.get(variant, 0.0)
    s = {"kind": kind, "variant": variant, "html_p": HTML_P[kind],
         "agency": AGENCY.get(kind) or pick(r, ["keep", "credit", "none"]), "lead_p": lead_p,
         "author": f"{pick(r, FIRST)} {pick(r, LAST)}", "handle": pick(r, HANDLES) + str(r.randint(1, 99)),
         "members": r.randint(900, 240000), "code0": r.randint(10000, 90000), "episode0": r.randint(5, 120),
         "phone": f"0{r.randint(21, 87)}-{r.randint(3000000, 9999999)}", "since": r.randint(2006, 2014)}
    return Host(family, domain, name, tagline, MENUS.get(family, []), SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def _jday(t: dt.datetime, digits: str = "fa") -> str:
    """«۱۴ آذر ۱۴۰۵» of ``t``'s day."""
    j = jalali_day(t)
    return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year}", digits)


def _jnum(t: dt.datetime, digits: str = "fa", short: bool = False) -> str:
    """«۱۴۰۵/۰۹/۱۴» (``short``: «۰۵/۰۹/۱۴») of ``t``'s day."""
    j = jalali_day(t)
    year = f"{j.year % 100:02d}" if short else str(j.year)
    return dg(f"{year}/{j.month:02d}/{j.day:02d}", digits)


def _hday(t: dt.datetime) -> str:
    """The Hijri-qamari day beside a Jalali one: «۲۳ جمادی‌الثانی ۱۴۴۸»."""
    y, m, d = hijri(t.date())
    return dg(f"{d} {HMONTHS[m - 1]} {y}", "fa")


def _gday(t: dt.datetime) -> str:
    """A Gregorian day in Persian: «۵ دسامبر ۲۰۲۶»."""
    return dg(f"{t.day} {GMONTHS[t.month - 1]} {t.year}", "fa")


def _wd(t: dt.datetime) -> str:
    return WEEKDAYS[t.weekday()]


def _clock(t: dt.datetime, digits: str = "fa") -> str:
    return dg(f"{t:%H:%M}", digits)


def _ampm(t: dt.datetime) -> str:
    """Blogger's Persian clock: «۱۲:۴۰ ب.ظ»."""
    return dg(f"{t.hour % 12 or 12}:{t:%M}", "fa") + (" ق.ظ" if t.hour < 12 else " ب.ظ")


def _ago(t: dt.datetime, now: dt.datetime) -> str:
    """An age as the page saw it at ``now``: «۳ ساعت پیش», «۲ ماه پیش»."""
    secs = max(60, int((now - t).total_seconds()))
    for size, unit in ((365 * 86400, "سال"), (30 * 86400, "ماه"), (7 * 86400, "هفته"), (86400, "روز"),
                       (3600, "ساعت"), (60, "دقیقه")):
        if secs >= size:
            return dg(f"{secs // size} {unit} پیش", "fa")
    return "لحظاتی پیش"


def _kilo(n: int) -> str:
    """A count as a channel writes it: «۱۲٫۳K», «۸۵۴»."""
    if n >= 1000:
        return dg(f"{n / 1000:.1f}".replace(".", "٫").replace("٫0", ""), "fa") + "K"
    return dg(str(n), "fa")


def _price(n: int) -> str:
    return dg(f"{n:,}", "fa") + " تومان"


# ---------------------------------------------------------------------------------------------- pieces


def _who(r: random.Random) -> str:
    return f"{pick(r, FIRST)} {pick(r, LAST)}"


def _minutes(g: dict) -> int:
    return max(2, sum(len(p.split()) for p in g["body_paragraphs"]) // 180)


def _body(doc: Doc, paras: list[str]) -> None:
    for p in paras:
        doc.add(f"<p>{e(p)}</p>\n", [("body", p)])


def _credit(g: dict, h: Host) -> str | None:
    """The «منبع: …» line the host adds under the story, or None."""
    return source_credit(g["agency"]) if g["agency"] and h.s["agency"] == "credit" else None


def _items(doc: Doc, title: str, items: list[str], cls: str, tag: str = "h3", extra=None) -> None:
    """A box of other stories' titles (``extra(i)``: a line beside the i-th, e.g. its day)."""
    if not items:
        return
    rows = [(x, extra(i) if extra else "") for i, x in enumerate(items)]
    doc.chrome(f'<section class="{cls}"><{tag}>{e(title)}</{tag}><ul>' + "".join(
        f'<li><a href="/n/{stable(x) % 10**6}">{e(x)}</a>' + (f" <span>{e(y)}</span>" if y else "") + "</li>"
        for x, y in rows) + "</ul></section>\n", title, *[x for row in rows for x in row if x])


def _lead(doc: Doc, g: dict, cls: str = "lead") -> None:
    if g["lead"]:
        doc.add(f'<p class="{cls}">{e(g["lead"])}</p>\n', [("lead", g["lead"])])


def _shown(g: dict, line: str, loc: dt.datetime, timed: bool, markup: bool = False, only: bool = False) -> None:
    g["_shown"], g["_markup"], g["_only_markup"] = (line, loc, timed), markup, only


def _comments(doc: Doc, r: random.Random, head: str, when, k: int) -> None:
    """``k`` comments under ``head`` (``when()``: a comment's day line)."""
    if not k:
        return
    rows = [(_who(r), when(), pick(r, COMMENTS)) for _ in range(k)]
    doc.chrome(f'<section class="comments"><h3>{e(head)}</h3>' + "".join(
        f'<div class="comment"><b>{e(a)}</b> <span class="when">{e(d)}</span><p>{e(c)}</p></div>' for a, d, c in rows)
        + "</section>\n", head, *[x for row in rows for x in row])


# ---------------------------------------------------------------------------------------------- Blogger


def _blogger(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    v = h.s["variant"]
    doc.chrome(f'<div class="header-outer"><h1 class="title"><a href="/">{e(h.name)}</a></h1>'
               f'<p class="description">{e(h.tagline)}</p></div>\n', h.name, h.tagline)
    labels = [g["section"]] if g["section"] else []
    labels += [x for x in r.sample(h.sections, 2) if x not in labels][:2 - len(labels)]
    if v == "crumb":
        trail = f"خانه › {labels[0]}"
        doc.chrome(f'<div class="breadcrumbs"><a href="/">خانه</a> › <a href="/search/label/{stable(labels[0]) % 999}">'
                   f"{e(labels[0])}</a></div>\n", trail)
    if v == "crumb":
        head = f"{_wd(loc)}، {_gday(loc)}"
    elif v == "jalali":
        head = f"{_wd(loc)} {_jday(loc)}"
    else:
        head = dg(f"{GMONTHS[loc.month - 1]} {loc.day:02d}، {loc.year}", "fa")
    doc.add('<div class="main-outer"><div class="blog-posts hfeed">\n')
    doc.chrome(f'<h2 class="date-header"><span>{head}</span></h2>\n', head)
    doc.add('<div class="post hentry">\n')
    doc.add(f'<h3 class="post-title entry-title">{e(g["title"])}</h3>\n', [("title", g["title"])])
    doc.add('<div class="post-body entry-content">\n')
    if r.random() < 0.5:
        img = f"https://blogger.googleusercontent.com/img/b/{stable(g['title']) % 10**8}"
        doc.add(f'<div class="separator"><a href="{img}/s1600/khat.jpg"><img border="0" height="320" '
                f'src="{img}/s320/khat.jpg" width="240"></a></div>\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    doc.add("</div>\n")
    by = f"ارسال شده توسط {h.s['author']} در {_ampm(loc)}"
    abbr = (f'<abbr class="published" itemprop="datePublished" title="{loc.isoformat()}">{_ampm(loc)}</abbr>'
            if v != "mobile" else _ampm(loc))
    k = r.randint(0, 4)
    n_c = "بدون نظر" if not k else dg(f"{k} نظر", "fa")
    doc.chrome(f'<div class="post-footer"><span class="post-author">ارسال شده توسط {e(h.s["author"])}</span> '
               f'<span class="post-timestamp">در {abbr}</span></div>\n', by)
    doc.chrome(f'<div class="post-footer-line-2"><a class="comment-link">{n_c}</a> <span class="post-labels">'
               f'برچسب‌ها: {"، ".join(e(x) for x in labels)}</span></div>\n', n_c, "برچسب‌ها: " + "، ".join(labels))
    share = ["ارسال این مطلب توسط ایمیل", "BlogThis!", "اشتراک‌گذاری در X", "اشتراک‌گذاری در Facebook"]
    doc.chrome('<div class="post-share-buttons">' + "".join(f"<a>{x}</a> " for x in share) + "</div></div>\n",
               " ".join(share))
    rows = []
    for _ in range(k):
        t = loc + dt.timedelta(days=r.randint(0, 90), minutes=r.randint(0, 1440))
        rows.append((_who(r), f"{_gday(t)} ساعت {_ampm(t)}", pick(r, COMMENTS)))
    if rows:
        head_c = dg(f"{k} نظر:", "fa")
        doc.chrome('<div class="comments"><h4>' + head_c + "</h4>" + "".join(
            f'<div class="comment-block"><cite>{e(a)}</cite><p class="comment-timestamp">{b}</p>'
            f"<p>{e(c)}</p></div>" for a, b, c in rows) + "</div>\n", head_c, *[x for row in rows for x in row])
    doc.chrome('<div class="comment-form"><h4>ارسال یک نظر</h4></div>\n', "ارسال یک نظر")
    nav = ["پست جدیدتر", "پست قدیمی‌تر", "صفحهٔ اصلی"]
    doc.chrome('<div class="blog-pager">' + "".join(f"<a>{x}</a> " for x in nav) + "</div>\n", " ".join(nav))
    doc.chrome('<div class="post-feeds">اشتراک در: <a href="/feeds/comments/default">نظرات پیام (Atom)</a></div>\n',
               "اشتراک در: نظرات پیام (Atom)")
    doc.add("</div></div>\n")
    if v != "mobile":
        doc.chrome(f'<aside class="sidebar"><div class="widget Profile"><h2>درباره من</h2><p>{e(h.s["author"])}</p>'
                   "<a>مشاهده نمایه کامل من</a></div>\n", "درباره من", h.s["author"], "مشاهده نمایه کامل من")
        arch = [f"▼ {dg(loc.year, 'fa')} ({dg(r.randint(8, 60), 'fa')})",
                f"▼ {GMONTHS[loc.month - 1]} ({dg(r.randint(1, 6), 'fa')})"]
        doc.chrome('<div class="widget BlogArchive"><h2>بایگانی وبلاگ</h2><ul class="hierarchy">'
                   + "".join(f"<li>{e(x)}</li>" for x in arch), "بایگانی وبلاگ", *arch)
        _items(doc, "", others[:4], "posts")
        past = [f"► {GMONTHS[(loc.month - 2 - k) % 12]} ({dg(r.randint(1, 9), 'fa')})" for k in range(3)]
        past.append(f"► {dg(loc.year - 1, 'fa')} ({dg(r.randint(10, 80), 'fa')})")
        doc.chrome("".join(f"<li>{e(x)}</li>" for x in past) + "</ul></div>\n", *past)
        cloud = [f"{x} ({dg(r.randint(2, 40), 'fa')})" for x in h.sections]
        doc.chrome('<div class="widget Label"><h2>برچسب‌ها</h2><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in cloud)
                   + "</ul></div></aside>\n", "برچسب‌ها", *cloud)
    else:
        doc.chrome('<div class="mobile-link-button"><a href="?m=0">مشاهده نسخه وب</a></div>\n', "مشاهده نسخه وب")
    doc.chrome('<footer><div class="attribution">قدرت گرفته از <a href="https://www.blogger.com">Blogger</a>.'
               "</div></footer>\n", "قدرت گرفته از Blogger.")
    _shown(g, by, loc, True, markup=v != "mobile")


# ---------------------------------------------------------------------------------------------- ministry portals


def _gov(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
         crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    now = crawl.astimezone(TEHRAN)
    top = ["نسخه نابینایان", "English", "عربی", "نقشه سایت", "RSS"]
    doc.chrome('<div class="top-strip">' + " | ".join(f"<a>{x}</a>" for x in top) + "</div>\n", " | ".join(top))
    today = None
    if v == "dnn":
        today = f"امروز: {_wd(now)} {_jday(now)} | {_hday(now)} | {now.year} {SHORT_EMONTHS[now.month - 1]} {now:%d}"
    elif v == "latin":
        today = f"{_wd(now)} {_jnum(now, 'en')}"
    doc.chrome(f'<header class="portal-header"><img src="/Portals/0/logo.png" alt="{e(h.name)}"><h1>{e(h.name)}</h1>'
               + (f'<div class="today">{e(today)}</div>' if today else "") + "</header>\n",
               h.name, *([today] if today else []))
    doc.chrome('<nav class="mega-menu"><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu[:3])
               + '<li><ul class="sub">' + "".join(f"<li><a>{e(x)}</a></li>" for x in SUBMENUS) + "</ul></li>"
               + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu[3:]) + "</ul></nav>\n", *h.menu, *SUBMENUS)
    sec = g["section"]
    doc.add('<div class="content-pane"><div class="news-detail">\n')
    if v == "dnn":
        doc.chrome(f'<div class="breadcrumb"><a>{h.menu[0]}</a> &gt; <a>{PARENTS[h.family]}</a> &gt; <a>{e(sec)}</a>'
                   "</div>\n", f"{h.menu[0]} > {PARENTS[h.family]} > {sec}")
    elif v == "latin":
        doc.chrome(f'<div class="breadcrumb"><a>خانه</a> | <a>{e(sec)}</a></div>\n', f"خانه | {sec}")
    doc.add(f'<h2 class="news-title">{e(g["title"])}</h2>\n', [("title", g["title"])])
    code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
    if v == "dnn":
        when = f"تاریخ انتشار: {_jnum(loc, short=True)} - {_clock(loc)}"
    elif v == "sitefinity":
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)} - {_hday(loc)}"
    else:
        when = f"{_jnum(loc, 'en')} - {_clock(loc, 'en')}"
    views = dg(f"تعداد بازدید: {r.randint(20, 4000)}", "fa")
    parts = [code, when, views] if v != "sitefinity" else [when, code, views]
    doc.chrome('<div class="news-info">' + "".join(f"<span>{e(x)}</span> " for x in parts) + "</div>\n", *parts)
    if v == "sitefinity":
        doc.chrome(f'<div class="service">سرویس: <a>{e(sec)}</a></div>\n', f"سرویس: {sec}")
    tools = "چاپ | ارسال به دوستان | PDF | ذخیره"
    doc.chrome('<div class="news-tools"><a title="چاپ">چاپ</a> | <a>ارسال به دوستان</a> | <a>PDF</a> | <a>ذخیره</a>'
               "</div>\n", tools)
    _lead(doc, g, "news-lead")
    if r.random() < 0.6:
        doc.add(f'<img class="news-img" src="/Portals/0/News/{stable(key) % 10**5}.jpg" alt="">\n')
    doc.add('<div class="news-body">\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    pr = f"روابط عمومی {h.name}"
    doc.chrome(f'<p class="pr">{e(pr)}</p>\n', pr)
    doc.add("</div></div>\n")
    _items(doc, "آخرین اخبار", others[:6], "latest", "h4",
           lambda i: _jnum(loc - dt.timedelta(days=i), short=v == "dnn"))
    _items(doc, "پربازدیدترین‌ها", others[6:10], "popular", "h4")
    doc.add("</div>\n")
    addr = f"نشانی: {h.tagline}، ساختمان مرکزی، طبقه همکف"
    tel = dg(f"تلفن: {h.s['phone']}", "fa")
    rights = f"کلیه حقوق این پایگاه متعلق به {h.name} است و استفاده از مطالب با ذکر منبع آزاد است."
    if v != "dnn":
        rights = f"کلیه حقوق برای {h.name} محفوظ است."
    doc.chrome(f'<footer class="portal-footer"><p>{e(addr)}</p><p>{tel}</p><p>{e(rights)}</p></footer>\n',
               addr, tel, rights)
    _shown(g, when, loc, True)


# ---------------------------------------------------------------------------------------------- podcasts


def _podcast(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime, key: str) -> None:
    v = h.s["variant"]
    en = v == "en"
    show = {"ld": "پادکست روایت تاریخ", "arabic": "تاریخ به زبان ساده", "en": "پادکست صدای گذشته"}[v]
    ep = h.s["episode0"] + int(key) % 90
    mins, secs = r.randint(18, 95), r.randint(0, 59)
    dur = dg(f"{mins}:{secs:02d}", "fa")
    top = (["Home", "Discover", "Log in", "Get started"] if en else [h.name, "جستجوی پادکست", "ورود"])
    doc.chrome('<header class="app-bar">' + "".join(f"<a>{e(x)}</a> " for x in top) + "</header>\n", *top)
    if v == "arabic":
        doc.chrome('<nav class="genres"><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul></nav>\n",
                   *h.menu)
    doc.add('<main class="episode"><div class="episode-head">\n')
    doc.chrome(f'<a class="show-name" href="/show/{stable(show) % 9999}">{e(show)}</a>\n', show)
    number = f"Episode {ep}" if en else dg(f"قسمت {ep}", "fa")
    doc.chrome(f'<div class="ep-number">{number}</div>\n', number)
    doc.add(f'<h1 class="episode-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    if v == "ld":
        when = _ago(loc, crawl)
        line = f"{when} · {dur}"
        _shown(g, line, loc, True, markup=True, only=True)
    elif v == "arabic":
        line = f"تاریخ انتشار: {_jnum(loc, 'ar')} | مدت: {dur}"
        _shown(g, line, loc, False)
    else:
        line = f"{SHORT_EMONTHS[loc.month - 1]} {loc.day}, {loc.year} · {mins} min"
        _shown(g, line, loc, False)
    doc.chrome(f'<div class="ep-meta">{e(line)}</div>\n', line)
    if v == "ld":
        cat = f"دسته‌بندی: {g['section']}"
        doc.chrome(f'<div class="category">دسته‌بندی: <a>{e(g["section"])}</a></div>\n', cat)
    doc.add("</div>\n")
    ctl = ["Play", "Download", "Share"] if en else ["پخش", "دانلود", "اشتراک‌گذاری"]
    doc.chrome('<div class="player"><button class="play">' + ctl[0] + '</button><span class="time">'
               + dg("00:00", "fa") + " / " + dur + '</span> <a class="download">' + ctl[1] + "</a> <a>" + ctl[2]
               + "</a></div>\n", ctl[0], f"{dg('00:00', 'fa')} / {dur}", ctl[1], ctl[2])
    if g["lead"]:
        doc.chrome('<h3 class="summary-h">خلاصه این قسمت</h3>\n', "خلاصه این قسمت")
        _lead(doc, g, "summary")
    head = "Episode notes" if en else "درباره این قسمت"
    doc.chrome(f'<h2 class="notes-h">{head}</h2>\n', head)
    doc.add('<div class="show-notes">\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    doc.add("</div>\n")
    marks = ["مقدمه", "پیش‌زمینه ماجرا", "روایت اصلی", "جمع‌بندی", "معرفی منابع"][: r.randint(3, 5)]
    total = mins * 60
    chapters = [dg(f"{(total * k // len(marks)) // 60:02d}:{(total * k // len(marks)) % 60:02d}", "fa") + f" {m}"
                for k, m in enumerate(marks)]
    doc.chrome('<div class="chapters"><h3>سرفصل‌ها</h3><ul>' + "".join(f"<li>{x}</li>" for x in chapters)
               + "</ul></div>\n", "سرفصل‌ها", *chapters)
    more = "More episodes" if en else "قسمت‌های دیگر"

    def _ep(i: int) -> str:
        t = loc - dt.timedelta(days=7 * (i + 1))
        d = dg(f"{r.randint(15, 80)}:{r.randint(0, 59):02d}", "fa")
        if en:
            return f"{SHORT_EMONTHS[t.month - 1]} {t.day}, {t.year} · {d}"
        return f"{_ago(t, crawl)} · {d}" if v == "ld" else f"{_jnum(t, 'ar')} · {d}"

    _items(doc, more, others[:5], "more-episodes", "h3", _ep)
    doc.add("</main>\n")
    foot = (["About", "Privacy", "Terms", f"© {crawl.year} {h.name}"] if en
            else ["درباره ما", "قوانین", "تماس", f"© {dg(jalali_day(crawl).year, 'fa')} {h.name}"])
    doc.chrome("<footer>" + "".join(f"<a>{e(x)}</a> " for x in foot) + "</footer>\n", *foot)
    if v == "ld":
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": g["title"], "episodeNumber": ep,
              "datePublished": loc.isoformat(), "partOfSeries": {"@type": "PodcastSeries", "name": show},
              "timeRequired": f"PT{mins}M{secs}S"}
        g["_head"] = [f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>']


# ---------------------------------------------------------------------------------------------- cache views


def _cache(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime,
           url: str, key: str | None) -> None:
    """A search engine's cache of a news page (``g`` None: of a listing)."""
    v = h.s["variant"]
    snap = crawl.astimezone(UTC)
    if v == "bing":
        lines = [f"This is the cached version of {url}. The page may have changed since this cached copy was made.",
                 "Bing is not responsible for the content of this page."]
        doc.chrome('<div id="b_cache" style="border:1px solid #ccc;background:#fff;direction:ltr">'
                   + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div>\n", *lines)
    else:
        stamp = f"{snap.day} {SHORT_EMONTHS[snap.month - 1]} {snap.year} {snap:%H:%M:%S} GMT"
        lines = [f"This is Google's cache of {url}. It is a snapshot of the page as it appeared on {stamp}.",
                 "The current page could have changed in the meantime. Learn more.",
                 "Full version", "Text-only version", "View source",
                 "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."]
        doc.chrome('<div id="bN015htcoyT__google-cache-hdr" style="direction:ltr;text-align:left">'
                   f"<div><span>{e(lines[0])}</span> <span>{lines[1]}</span></div><div><span><a>{lines[2]}</a></span>"
                   f"<span><a>{lines[3]}</a></span><span><a>{lines[4]}</a></span></div>"
                   f"<div><span>{e(lines[5])}</span></div></div>\n", *lines)
        if v == "google":
            doc.add('<div style="position:relative">\n')
    now = crawl.astimezone(TEHRAN)
    today = f"{_wd(now)} {_jday(now)}"
    head = [h.name, h.tagline] + ([today] if v != "textonly" else [])
    doc.chrome(f'<header class="site-header"><a class="logo">{e(h.name)}</a> <span>{e(h.tagline)}</span>'
               + (f'<span class="today">{today}</span>' if v != "textonly" else "") + "</header>\n", *head)
    doc.chrome('<nav class="menu"><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul></nav>\n",
               *h.menu)
    if g is None:
        label = "آخرین اخبار"
        doc.chrome(f"<h1>{label}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=i)))
        return
    sec = g["section"]
    doc.add('<article class="news">\n')
    if v == "google":
        doc.chrome(f'<div class="crumbs"><a>خانه</a> › <a>{e(sec)}</a></div>\n', f"خانه › {sec}")
    elif v == "textonly":
        doc.chrome(f"<div><a>خانه</a> | <a>{e(sec)}</a></div>\n", f"خانه | {sec}")
    doc.add(f'<h1 class="title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    code = dg(f"کد خبر: {h.s['code0'] + int(key) % 9000}", "fa")
    if v == "google":
        when = f"{_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
        _shown(g, when, loc, True)
        doc.chrome(f'<div class="meta"><span>{when}</span> <span>{code}</span></div>\n', when, code)
    elif v == "bing":
        when = _ago(loc, crawl)
        _shown(g, when, loc, True, markup=True, only=True)
        doc.chrome(f'<div class="meta"><time datetime="{loc.isoformat()}">{when}</time> <span>موضوع: <a>{e(sec)}</a>'
                   f"</span></div>\n", when, f"موضوع: {sec}")
    else:
        when = f"{_jday(loc)} - {_clock(loc)}"
        _shown(g, when, loc, True)
        doc.chrome(f"<div>{when}</div>\n", when)
    _lead(doc, g)
    if v != "textonly" and r.random() < 0.6:
        doc.add(f'<figure><img src="https://{h.domain}/files/{stable(key) % 10**5}.jpg" alt=""></figure>\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    tags = "برچسب‌ها: " + "، ".join(["سیلاب", "هشدار هواشناسی", "بارش"])
    doc.chrome(f'<div class="tags">{tags}</div></article>\n', tags)
    _items(doc, "اخبار مرتبط", others[6:11], "related")
    foot = dg(f"کلیه حقوق مادی و معنوی برای {h.name} محفوظ است. ۱۳۹۸-۱۴۰۵", "fa")
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)
    if v == "google":
        doc.add("</div>\n")


# ---------------------------------------------------------------------------------------------- syndication


def _syndication(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                 crawl: dt.datetime) -> None:
    v = h.s["variant"]
    prov = AGENCIES[g["agency"]][0] if g["agency"] else h.name
    top = {"msn": ["MSN", "اخبار", "آب و هوا", "سرگرمی", "ورزش", "پول"], "portal": [h.name, "برگزیده", "پربیننده",
                                                                                       "همه رسانه‌ها"],
           "feed": [h.name, "خوراک", "رسانه‌های همکار"]}[v]
    doc.chrome('<header class="portal-top">' + "".join(f"<a>{e(x)}</a> " for x in top) + "</header>\n", *top)
    doc.add('<div class="article-page">\n')
    sec = g["section"]
    if v == "msn":
        doc.chrome(f'<nav class="breadcrumb"><a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a></nav>\n',
                   f"{PARENTS[h.family]} › {sec}")
    doc.chrome(f'<div class="provider"><img src="/providers/{stable(prov) % 999}.png" alt="{e(prov)}">'
               f"<span>{e(prov)}</span></div>\n", prov)
    doc.add(f'<h1 class="headline">{e(g["title"])}</h1>\n', [("title", g["title"])])
    if v == "msn":
        seen = loc + dt.timedelta(hours=r.randint(1, 20), minutes=r.randint(0, 59))
        when = f"{_ago(loc, seen)}"
        _shown(g, when, loc, True, markup=True, only=True)
        g["_head"] = [f'<meta property="article:published_time" content="{loc.astimezone(UTC).isoformat()}">']
        line = f"{prov} | {when}"
    elif v == "portal":
        when = f"{_clock(loc)} - {_jnum(loc)}"
        _shown(g, when, loc, True)
        line = f"{when} | سرویس: {sec}"
    else:
        when = f"منتشر شده: {_gday(loc)}"
        _shown(g, when, loc, False)
        line = when
    doc.chrome(f'<div class="byline">{e(line)}</div>\n', line)
    _lead(doc, g, "abstract")
    doc.add('<div class="article-body">\n')
    _body(doc, g["body_paragraphs"])
    doc.add("</div>\n")
    cr = f"© {prov}" if v != "feed" else f"ارائه شده توسط {prov}"
    doc.chrome(f'<p class="attribution">{e(cr)}</p>\n', cr)
    if v == "msn":
        react = ["👍 " + dg(r.randint(0, 90), "fa"), "😮 " + dg(r.randint(0, 20), "fa"), "بازخورد دهید"]
        doc.chrome('<div class="reactions">' + "".join(f"<button>{x}</button>" for x in react) + "</div>\n", *react)
    _items(doc, f"مطالب بیشتر از {prov}", others[:4], "more-from")
    names = [AGENCIES[x][0] for x in DOMESTIC] + ["دنیای اقتصاد", "اکوایران"]
    _items(doc, "مطالب پیشنهادی", others[4:10], "recommended", "h3", lambda i: pick(r, names))
    doc.add("</div>\n")
    foot = ["حریم خصوصی", "شرایط استفاده", "بازخورد", f"© {crawl.year} {h.name}"]
    doc.chrome("<footer>" + "".join(f"<a>{e(x)}</a> " for x in foot) + "</footer>\n", *foot)


# ---------------------------------------------------------------------------------------------- channels


def _channel_head(doc: Doc, h: Host) -> None:
    v = h.s["variant"]
    app = {"eitaa": "ایتا", "rubika": "روبیکا", "splus": "سروش پلاس"}[v]
    members = f"{_kilo(h.s['members'])} عضو"
    doc.chrome(f'<div class="channel-header"><img class="avatar" src="/avatars/{stable(h.name) % 9999}.jpg" alt="">'
               f'<div class="channel-name">{e(h.name)}</div><div class="members">{members}</div>'
               f'<a class="join">@{h.s["handle"]}</a></div>\n', h.name, members, f"@{h.s['handle']}")
    doc.chrome(f'<div class="app-banner">مشاهده در {app} | <a>نصب {app}</a></div>\n', f"مشاهده در {app} | نصب {app}")


def _short_post(doc: Doc, h: Host, r: random.Random, text: str, t: dt.datetime) -> None:
    views = f"👁 {_kilo(r.randint(300, 90000))}"
    doc.chrome(f'<div class="post short"><div class="text">{e(text)}</div><div class="footer"><span>{views}</span> '
               f"<span>{_clock(t)}</span></div></div>\n", text, views, _clock(t))


def _channel(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    v = h.s["variant"]
    _channel_head(doc, h)
    doc.add('<div class="posts">\n')
    if v == "eitaa":
        sep = _jday(loc)
    elif v == "rubika":
        sep = _wd(loc)
    else:
        sep = dg(f"{loc.day} {GMONTHS[loc.month - 1]}", "fa")
    doc.chrome(f'<div class="date-separator"><span>{sep}</span></div>\n', sep)
    before = loc - dt.timedelta(minutes=r.randint(20, 200))
    if before.date() == loc.date():
        _short_post(doc, h, r, f"🔸 {others[0]}", before)
    doc.add(f'<div class="post" id="post-{stable(g["title"]) % 99999}"><div class="text">\n')
    doc.add(f'<b>{e(g["title"])}</b><br><br>\n', [("title", g["title"])])
    doc.add("<br><br>\n".join(e(p) for p in g["body_paragraphs"]) + "\n", [("body", p) for p in g["body_paragraphs"]])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<br><br>{e(credit)}\n", credit)
    tags = " ".join(r.sample(HASHTAGS, 3))
    doc.chrome(f"<br><br>{e(tags)}<br>🆔 @{h.s['handle']}\n", tags, f"🆔 @{h.s['handle']}")
    doc.add("</div>\n")
    views = f"👁 {_kilo(r.randint(800, 400000))}"
    edited = r.random() < 0.4
    if v == "rubika":
        stamp = f'<time datetime="{loc.isoformat()}">{_clock(loc)}</time>'
        _shown(g, _clock(loc), loc, True, markup=True, only=True)
        shown = _clock(loc)
    elif v == "splus":
        shown = f"{_jnum(loc, short=True)} - {_clock(loc)}"
        stamp = shown
        _shown(g, shown, loc, True)
    else:
        shown = _clock(loc)
        stamp = shown
        _shown(g, f"{sep} {shown}", loc, True)
    doc.chrome(f'<div class="footer"><span class="views">{views}</span> '
               + ('<span class="edited">ویرایش شده</span> ' if edited else "")
               + f'<span class="time">{stamp}</span></div></div>\n', views, *(["ویرایش شده"] if edited else []), shown)
    after = loc + dt.timedelta(minutes=r.randint(10, 300))
    _short_post(doc, h, r, f"📌 {others[1]}", after)
    if r.random() < 0.5:
        _short_post(doc, h, r, f"🔻 {others[2]}\n{pick(r, HASHTAGS)}", after + dt.timedelta(minutes=r.randint(5, 90)))
    doc.add("</div>\n")
    doc.chrome(f'<div class="join-bar"><a>عضویت در کانال</a> <a>@{h.s["handle"]}</a></div>\n', "عضویت در کانال")


# ---------------------------------------------------------------------------------------------- shop magazines


def _product(doc: Doc, h: Host, r: random.Random) -> None:
    name = pick(r, PRODUCTS)
    stars = r.randint(3, 5)
    rate = "★" * stars + "☆" * (5 - stars) + " " + dg(f"{stars - r.random():.1f}".replace(".", "٫"), "fa")
    price = f"قیمت: {_price(r.randint(300, 90000) * 1000 + 490000)}"
    shop = h.name.replace("مجله ", "").replace(" مگ", "")
    see = f"مشاهده در {shop}"
    doc.chrome(f'<div class="product-box"><img src="/p/{stable(name) % 9999}.jpg" alt=""><div class="p-name">{e(name)}'
               f'</div><div class="stars">{rate}</div><div class="price">{price}</div><a class="buy">{e(see)}</a>'
               "</div>\n", name, rate, price, see)


def _shopmag(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    v = h.s["variant"]
    now = crawl.astimezone(TEHRAN)
    head = [h.name, h.tagline] + ([f"امروز {_jday(now)}"] if v == "pipe" else [])
    doc.chrome('<header class="mag-header">' + " ".join(f"<span>{e(x)}</span>" for x in head) + "</header>\n", *head)
    doc.chrome('<nav class="mag-menu"><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul></nav>\n",
               *h.menu)
    sec = g["section"]
    doc.add('<main><article class="mag-post">\n')
    if v == "slash":
        trail = f"{PARENTS[h.family]} / موبایل / {sec}" if sec != "موبایل" else f"{PARENTS[h.family]} / {sec}"
        doc.chrome(f'<div class="breadcrumb">{e(trail)}</div>\n', trail)
    elif v == "pipe":
        doc.chrome(f'<div class="breadcrumb"><a>خانه</a> | <a>{e(sec)}</a></div>\n', f"خانه | {sec}")
    doc.add(f'<h1 class="post-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    read = dg(f"زمان مطالعه: {_minutes(g)} دقیقه", "fa")
    author = h.s["author"]
    if v == "slash":
        when = _jday(loc)
        upd = f"به‌روزرسانی: {_jday(loc + dt.timedelta(days=r.randint(3, 300)))}"
        meta = [author, when, upd, read]
        _shown(g, when, loc, False, markup=True)
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": g["title"],
              "datePublished": loc.isoformat(), "author": {"@type": "Person", "name": author}}
        g["_head"] = [f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>']
        doc.chrome('<div class="post-meta">' + " ".join(f"<span>{e(x)}</span>" for x in meta) + "</div>\n", *meta)
    elif v == "label":
        when = _ago(loc, crawl)
        _shown(g, when, loc, True, markup=True, only=True)
        cat = f"دسته‌بندی: {sec}"
        doc.chrome(f'<div class="post-meta"><span>{e(author)}</span> <time datetime="{loc.isoformat()}">{when}</time> '
                   f'<span>{read}</span> <span>دسته‌بندی: <a>{e(sec)}</a></span></div>\n', author, when, read, cat)
    else:
        when = _jnum(loc, short=True)
        _shown(g, when, loc, False)
        meta = [author, when, read]
        doc.chrome('<div class="post-meta">' + " | ".join(f"<span>{e(x)}</span>" for x in meta) + "</div>\n", *meta)
    _lead(doc, g, "excerpt")
    paras = g["body_paragraphs"]
    boxes = {r.randrange(len(paras)) for _ in range(r.randint(1, 2))} if len(paras) > 1 else set()
    doc.add('<div class="post-content">\n')
    for k, p in enumerate(paras):
        doc.add(f"<p>{e(p)}</p>\n", [("body", p)])
        if k in boxes and k < len(paras) - 1:
            _product(doc, h, r)
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    doc.add("</div>\n")
    share = "اشتراک‌گذاری: تلگرام | واتس‌اپ | لینکدین | کپی لینک"
    doc.chrome(f'<div class="share">{share}</div>\n', share)
    bio = f"{author}، نویسنده {h.name} و علاقه‌مند به دنیای فناوری"
    doc.chrome(f'<div class="author-box"><img src="/a/{stable(author) % 999}.jpg" alt=""><h4>{e(author)}</h4>'
               f"<p>{e(bio)}</p><a>مشاهده همه مطالب</a></div></article>\n", bio, "مشاهده همه مطالب")
    _items(doc, "مطالب مرتبط", others[:4], "related", "h3", lambda i: read)
    news = ["عضویت در خبرنامه", "جدیدترین مطالب و تخفیف‌ها را در ایمیل خود دریافت کنید", "عضویت"]
    doc.chrome(f'<div class="newsletter"><h4>{news[0]}</h4><p>{news[1]}</p><input placeholder="ایمیل"><button>'
               f"{news[2]}</button></div>\n", *news)
    k = r.randint(0, 3)
    _comments(doc, r, dg(f"{k} دیدگاه", "fa"), lambda: _jday(loc + dt.timedelta(days=r.randint(0, 60))), k)
    doc.add("</main>\n")
    foot = dg(f"© ۱۴۰۵ {h.name} — تمامی حقوق محفوظ است.", "fa")
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)


# ---------------------------------------------------------------------------------------------- e-book stores


def _ebook(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    v = h.s["variant"]
    doc.chrome(f'<header class="store-header"><a class="logo">{e(h.name)}</a><input placeholder="جستجوی کتاب">'
               "<a>ورود | ثبت‌نام</a></header>\n", h.name, "ورود | ثبت‌نام")
    doc.chrome('<nav class="store-menu"><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in h.menu) + "</ul></nav>\n",
               *h.menu)
    sec = g["section"]
    doc.add('<main class="book-page">\n')
    if v == "crumb":
        trail = f"{PARENTS[h.family]} › {sec}"
        doc.chrome(f'<div class="breadcrumb"><a>{PARENTS[h.family]}</a> › <a>{e(sec)}</a></div>\n', trail)
    doc.add(f'<div class="book-info"><img class="cover" src="/covers/{stable(g["title"]) % 10**6}.jpg" alt="">\n')
    doc.add(f'<h1 class="book-title">{e(g["title"])}</h1>\n', [("title", g["title"])])
    writer, translator = _who(r), _who(r)
    rows = [f"نویسنده: {writer}"] + ([f"مترجم: {translator}"] if r.random() < 0.5 else [])
    rows += [f"ناشر: نشر {pick(r, LAST)}", dg(f"تعداد صفحات: {r.randint(90, 700)}", "fa")]
    if v == "crumb":
        when = f"تاریخ انتشار: {_jnum(loc)}"
        rows.append(when)
        _shown(g, when, loc, False)
    elif v == "label":
        when = f"تاریخ نشر: {_jday(loc, 'ar')}"
        rows += [when, f"موضوع: {sec}"]
        _shown(g, when, loc, False)
    else:
        g["_shown"], g["_markup"], g["_only_markup"] = None, False, False
        rows.append(dg(f"سال چاپ نسخه کاغذی: {jalali_day(loc).year - r.randint(1, 30)}", "fa"))
    doc.chrome('<ul class="book-meta">' + "".join(f"<li>{e(x)}</li>" for x in rows) + "</ul>\n", *rows)
    votes = r.randint(3, 900)
    rate = dg(f"{r.randint(25, 49) / 10:.1f}".replace(".", "٫") + f" از ۵ ({votes} رأی)", "fa")
    price = f"قیمت: {_price(r.randint(2, 40) * 5000)}"
    buy = ["خرید کتاب", "افزودن به نشان‌شده‌ها", "دریافت نمونه رایگان"]
    doc.chrome(f'<div class="rating">{rate}</div><div class="price">{price}</div><div class="actions">'
               + "".join(f"<button>{x}</button>" for x in buy) + "</div></div>\n", rate, price, *buy)
    if g["lead"]:
        _lead(doc, g, "tagline")
    about = f"درباره کتاب {g['title']}" if v == "label" else "درباره کتاب"
    doc.chrome(f'<h2 class="about-h">{e(about)}</h2>\n', about)
    doc.add('<div class="about">\n')
    _body(doc, g["body_paragraphs"])
    credit = _credit(g, h)
    if credit:
        doc.chrome(f"<p>{e(credit)}</p>\n", credit)
    doc.add("</div>\n")
    quote = pick(r, QUOTES)
    doc.chrome(f'<div class="excerpt"><h3>بخشی از کتاب</h3><blockquote>{e(quote)}</blockquote></div>\n',
               "بخشی از کتاب", quote)
    k = r.randint(1, 4)
    _comments(doc, r, dg(f"نظرات کاربران ({k})", "fa"),
              lambda: _jnum(loc + dt.timedelta(days=r.randint(1, 400)), "fa"), k)
    _items(doc, "کتاب‌های مشابه", others[:6], "similar", "h3", lambda i: _price(r.randint(2, 40) * 5000))
    doc.add("</main>\n")
    foot = [f"{h.name}: {h.tagline}", "دانلود اپلیکیشن", "قوانین", "تماس با ما"]
    doc.chrome("<footer>" + "".join(f"<p>{e(x)}</p>" for x in foot) + "</footer>\n", *foot)


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant (``g["_markup"]``), whether only markup does (``g["_only_markup"]``) and the
    markup the head carries (``g["_head"]``)."""
    kind = h.s["kind"]
    loc = pub.astimezone(TEHRAN)
    doc = Doc()
    if kind == "blogger":
        _blogger(doc, h, r, g, loc, others, crawl)
    elif kind == "gov":
        _gov(doc, h, r, g, loc, others, crawl, key)
    elif kind == "podcast":
        _podcast(doc, h, r, g, loc, others, crawl, key)
    elif kind == "cache":
        _cache(doc, h, r, g, loc, others, crawl, url, key)
    elif kind == "syndication":
        _syndication(doc, h, r, g, loc, others, crawl)
    elif kind == "channel":
        _channel(doc, h, r, g, loc, others, crawl)
    elif kind == "shopmag":
        _shopmag(doc, h, r, g, loc, others, crawl)
    else:
        _ebook(doc, h, r, g, loc, others, crawl)
    return doc


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc:
    """A page that is no article: a listing (a blog's or a channel's recent posts, a category, a show's episodes, a
    cached front page), a «not found» or removed page in the chrome, an empty page."""
    kind = h.s["kind"]
    doc = Doc()
    if neg == "empty":
        doc.chrome("<div id=\"root\"></div><noscript>لطفا جاوااسکریپت را فعال کنید.</noscript>\n",
                   "لطفا جاوااسکریپت را فعال کنید.")
        return doc
    now = crawl.astimezone(TEHRAN)
    if kind == "cache" and neg == "listing":
        _cache(doc, h, r, None, now, others, crawl, url, None)
        return doc
    if kind == "channel":
        _channel_head(doc, h)
        if neg == "listing":
            for i, t in enumerate(others[5:14]):
                _short_post(doc, h, r, f"🔸 {t}", now - dt.timedelta(hours=3 * i + 1))
        else:
            doc.chrome('<div class="empty">این پست حذف شده است.</div>\n', "این پست حذف شده است.")
        return doc
    doc.chrome(f'<header class="top"><a href="/">{e(h.name)}</a> <span>{e(h.tagline)}</span></header>\n', h.name,
               h.tagline)
    if neg == "listing":
        label = {"blogger": "پست‌های جدیدتر", "gov": "آرشیو اخبار", "podcast": "همه قسمت‌ها", "cache": "آخرین اخبار",
                 "syndication": "برگزیده‌ها", "shopmag": pick(r, h.sections), "ebook": pick(r, h.sections)}[kind]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = {"blogger": "متأسفیم، صفحه‌ای که به دنبال آن می‌گشتید در این وبلاگ وجود ندارد.",
               "gov": "خبر مورد نظر یافت نشد یا منقضی شده است.", "podcast": "این قسمت دیگر در دسترس نیست.",
               "cache": "Your search did not match any documents.", "syndication": "این مطلب دیگر در دسترس نیست.",
               "shopmag": "صفحه مورد نظر پیدا نشد!", "ebook": "این کتاب در حال حاضر برای فروش موجود نیست."}[kind]
        doc.chrome(f'<div class="err"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    doc.chrome(f"<footer><p>© {e(h.name)}</p></footer>\n", f"© {h.name}")
    return doc


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    kind, v = h.s["kind"], h.s["variant"]
    art = g.get("kind") == "article"
    title = g.get("title") or h.name
    tab = {"blogger": f"{h.name}: {title}", "gov": f"{h.name} - {title}", "podcast": f"{title} | {h.name}",
           "cache": f"{title} - {h.name}", "syndication": title, "channel": f"{h.name}",
           "shopmag": f"{title} | {h.name}", "ebook": f"دانلود کتاب {title} | {h.name}"}[kind]
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<link rel="canonical" href="{e(url)}">']
    if kind == "cache":
        metas.insert(0, f'<base href="{e(url)}">')
    if kind == "blogger":
        metas.append("<meta content='blogger' name='generator'>")
    if kind == "gov" and v == "dnn":
        metas.append('<meta name="GENERATOR" content="DotNetNuke ">')
    if kind == "gov" and v == "sitefinity":
        metas.append('<meta name="Generator" content="Sitefinity 14.4.8100.0 DX">')
    if art:
        metas.append(f'<meta property="og:title" content="{e(title)}">')
        metas += g.get("_head", [])
    if kind != "cache" or v != "textonly":
        rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}"
                        for k in range(40 + stable(h.domain) % 90))
        metas.append(f"<style>{rules}</style>")
    head = "\n".join(metas) + "\n"
    lang = "en" if v == "en" else "fa"
    return (f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n'
            "</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    kind = h.s["kind"]
    slug = f"{stable(key, title) % 16**10:x}"
    if kind == "blogger":
        return f"https://{h.domain}/{crawl.year - 1}/{crawl.month:02d}/{slug}.html" + \
            ("?m=1" if h.s["variant"] == "mobile" else "")
    if kind == "channel":
        return f"https://{h.domain}/{h.s['handle']}/{int(key) % 99999}"
    if kind == "podcast":
        return f"https://{h.domain}/episode/{slug}"
    if kind == "syndication":
        return f"https://{h.domain}/fa-ir/news/{slug}"
    if kind == "ebook":
        return f"https://{h.domain}/book/{int(key) % 99999}/{slug}"
    if kind == "shopmag":
        return f"https://{h.domain}/{slug}/"
    if kind == "gov":
        return f"https://{h.domain}/Portal/Home/ShowPage.aspx?Object=News&ID={key}"
    return f"https://{h.domain}/fa/news/{key}"


def build(out_dir, n: int = 400, seed: int = 373, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="aq", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url,
                     sectioned=lambda h: (h.s["kind"], h.s["variant"]) in SECTIONED)
