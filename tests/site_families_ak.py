"""Family set AK: eight families of kinds of the real Persian web no earlier set has modelled: Afghan (Dari) news
sites, government and university portals, specialist sites (sports with result boxes, markets with price tables,
tech with spec boxes), blog and forum platforms, and a news aggregator, written blind to the extractor.

    build(out_dir, n, seed=331, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/extract/`` nor ``src/palayesh/normalize/`` nor running palayesh on these pages; the structure imitates
real pages (invented hosts, names; stories from the corpus). Tables in :mod:`site_families_ak_tables`. Families
(subjects in no earlier set):

- ``kabul_water``          Kabul's water shortage, Afghan news sites (a TV site, a broadcaster's Dari service, a daily);
- ``afghan_returnees``     returnees at the border, Afghan news sites;
- ``university_dorms``     student dormitories, two university portals (``*.ac.ir``) and a student's Blogfa blog;
- ``dispute_councils``     dispute-resolution councils, a provincial court portal, a ``*.gov.ir`` centre, an aggregator;
- ``volleyball_league``    the volleyball league, two sports sites and a market site's sports page;
- ``steel_market``         steel and rebar prices, two market sites and a sports agency's economy page;
- ``home_solar``           rooftop solar panels, a tech site, a Blogsky blog, a forum, an aggregator;
- ``electric_motorbikes``  electric motorbikes, a tech site, a forum, an aggregator, a Blogfa blog.

Every form below has hosts in the open half (``akdev``: the 1st, 3rd, 5th and 7th families) and in the held half.

Each host writes its HTML pages in one form (:data:`site_families_ak_tables.FORMS`):

- ``kabul``      an Afghan TV site: Dari chrome («صفحهٔ نخست», «ولایات», «شریک‌سازی»), a ticker «تازه‌ها», the category
  over the headline (the section), the date in Afghan solar months with the Kabul clock («۱۴ قوس ۱۴۰۵ - ۱۴:۳۰»),
  ``<time datetime>`` with +04:30, «خبرهای مرتبط», «© … تمام حقوق محفوظ است»;
- ``azadi``      a broadcaster's Dari service: the weekday and Afghan day only («شنبه ۱۴ قوس ۱۴۰۵»), ``<time datetime>``
  in UTC (``…Z``), the topic chips «موضوعات» (the first is the section), «دیدگاه‌ها و گزارش‌ها»;
- ``hasht``      an Afghan daily: the Gregorian day in Dari month names with the Afghan day beside («۵ دسمبر ۲۰۲۶ -
  ۱۴ قوس ۱۴۰۵»), no time anywhere, «نویسنده: …», the category under the headline;
- ``gov``        a university's or a court's portal: breadcrumb «صفحه اصلی > اخبار > …» (its last item the section),
  the department over the headline, «کد خبر: …», «تاریخ انتشار: ۱۴۰۵/۰۹/۱۴ - ۱۰:۲۳», «تعداد بازدید: …», «خلاصه
  خبر» (the lead), the story, «روابط عمومی …» under it (no agency: the office's own story), attachments, «اخبار
  مرتبط», «پیوندهای مفید», a footer with address, phone, postcode and «کلیه حقوق … متعلق به … می‌باشد»;
- ``sport``      a sports site: a live-score widget «نتایج زنده» at the top, the match box («پایان بازی», «A ۳ - ۱ B»,
  set scores) over the story, the section chip, «۱۴ آذر ۱۴۰۵ ساعت ۲۲:۱۰», «جدول لیگ» beside;
- ``market``     a market site: a price ticker («دلار ۸۴٬۵۰۰ ▲»), the story dated «۱۴۰۵/۰۹/۱۴ ۱۰:۲۳», a price table
  with its own «آخرین به‌روزرسانی» (the crawl's day, no story date) inside the story's column, «منبع: …»;
- ``tech``       a tech site: «زمان مطالعه: … دقیقه», the Jalali day without time (JSON-LD ``datePublished`` with
  +03:30/+04:30), a spec box «مشخصات فنی» beside the story, «برچسب‌ها», «نظرات کاربران»;
- ``blog``       a Blogfa / Blogsky post: the blog's title and description, the day written in words («شنبه چهاردهم آذر
  ۱۴۰۵»), the post title, the story, «موضوع: …» (the section), «نوشته شده در ساعت ۱۰:۳۰ توسط …», «نظرات (۳)»,
  «لینک ثابت», a signature, the sidebar (archive by month, «آخرین مطالب», «لینک دوستان», «قالب وبلاگ»);
- ``forum``      a forum thread whose first post republishes a story: breadcrumb «انجمن › … › …» (its last item the
  section), the thread title, the first post with its user box («عضویت: …», «ارسال‌ها: …») and a 12-hour date
  («۱۴۰۵/۰۹/۱۴، ۱۰:۳۰ ق.ظ»), the story, «منبع: …», the poster's signature, then replies with their own later dates;
- ``aggregator`` a news aggregator quoting a story whole: category chip (the section), «منبع: تسنیم» (the agency), the
  source's date «۱۴ آذر ۱۴۰۵ - ۱۰:۳۰», the lead and story, «مشاهده در منبع», «همین خبر در منابع دیگر».

Flat-text pages (each host one or two forms): ``copy`` (a whole page selected and pasted: menus, widgets and the
footer as lines) and ``wet`` (a Common Crawl WET record: ``WARC-Date`` the crawl's UTC instant, never the story's).

Gold as AJ documents it: the title is the visible headline (a forum's thread title), the section the category chip /
the breadcrumb's last item / the blog's «موضوع», the lead the lead box, the agency only when the page credits the story
to one (a portal's «روابط عمومی …» and a blog's own post credit none; «منبع: ایرنا», an aggregator's source do),
``published_iso`` the day the page shows in the page's own time zone (Kabul for Afghan sites, +04:30 all year; Tehran
for the others) and ``published_time`` the instant with that offset when the page shows its time or has it in markup,
else the day. An Afghan day is the Jalali day under its Afghan month name (قوس = آذر). A WET record's ``WARC-Date``, a
price table's update time and forum replies' dates are no story date. About 7% negatives (a category's listing, a
404 page in the chrome, an empty page), ~10% of the stories republished on a host of another family (gold
``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import zoneinfo

import jdatetime

from family_frames import host_story, jalali_day, linked_titles, source_credit
from family_pages import (
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
from site_families_aj import WEEKDAYS, Doc, render_text
from site_families_ak_tables import (
    AFGHAN_MONTHS,
    BLOG_LINKS,
    DARI_GMONTHS,
    DEPARTMENTS,
    FAMILIES,
    FORMS,
    FORUM_REPLIES,
    FORUM_USERS,
    HOSTS,
    MENUS,
    ORDINALS,
    SECTIONS,
    SPEC_ROWS,
    STEEL_ITEMS,
    TICKER,
    VOLLEY_TEAMS,
)
from site_families_h import FIRST, JMONTHS, LAST, TEHRAN, Host, dg, story_paragraphs
from site_families_p import AGENCIES
from site_families_r import credited_agency, load_stories

__all__ = ["AGENCIES", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host",
           "shown_date", "KABUL"]

UTC = dt.timezone.utc
KABUL = zoneinfo.ZoneInfo("Asia/Kabul")
e = html.escape
KIND = {"kabul": "afghan", "azadi": "afghan", "hasht": "afghan", "gov": "gov", "sport": "special",
        "market": "special", "tech": "special", "blog": "blog", "forum": "forum", "aggregator": "aggregator"}


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its form, flat-text forms and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ak-host:{seed}:{domain}")
    html_forms, txt_forms, html_p = FORMS[family][idx]
    kind = KIND[html_forms[0]]
    agency = {"afghan": "none", "gov": pick(r, ["none", "none", "credit"]), "aggregator": "source",
              "blog": pick(r, ["credit", "none"]), "forum": "source"}.get(kind) or pick(r, ["keep", "credit", "none"])
    s = {"kind": kind, "html_forms": html_forms, "txt_forms": txt_forms, "html_p": html_p, "agency": agency,
         "lead_p": 0.0 if kind in ("blog", "forum") else pick(r, [0.5, 0.7, 0.85])}
    return Host(family, domain, name, tagline, MENUS[kind], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- dates


def _ampm(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    return f"{h:02d}:{t.minute:02d} {'ق.ظ' if t.hour < 12 else 'ب.ظ'}"


def shown_date(t: dt.datetime, form: str) -> tuple[str, dt.datetime, bool]:
    """The date line a page of ``form`` shows for instant ``t``, the instant in the page's own time zone (Kabul for
    the Afghan forms) and whether the line shows the time: ``shown_date(dt.datetime(2026, 12, 5, 14, 30,
    tzinfo=KABUL), "kabul")`` -> («۱۴ قوس ۱۴۰۵ - ۱۴:۳۰», …, True)."""
    loc = t.astimezone(KABUL if KIND[form] == "afghan" else TEHRAN)
    j = jalali_day(loc)
    clock = f"{loc:%H:%M}"
    if form == "kabul":
        return dg(f"{j.day} {AFGHAN_MONTHS[j.month - 1]} {j.year} - {clock}", "fa"), loc, True
    if form == "azadi":
        return dg(f"{WEEKDAYS[loc.weekday()]} {j.day} {AFGHAN_MONTHS[j.month - 1]} {j.year}", "fa"), loc, False
    if form == "hasht":
        return dg(f"{loc.day} {DARI_GMONTHS[loc.month - 1]} {loc.year} - {j.day} {AFGHAN_MONTHS[j.month - 1]} "
                  f"{j.year}", "fa"), loc, False
    if form == "gov":
        return dg(f"{j.year}/{j.month:02d}/{j.day:02d} - {clock}", "fa"), loc, True
    if form == "market":
        return dg(f"{j.year}/{j.month:02d}/{j.day:02d} {clock}", "fa"), loc, True
    if form == "tech":
        return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year}", "fa"), loc, False
    if form == "blog":
        return dg(f"{WEEKDAYS[loc.weekday()]} {ORDINALS[j.day - 1]} {JMONTHS[j.month - 1]} {j.year}", "fa"), loc, False
    if form == "forum":
        return dg(f"{j.year}/{j.month:02d}/{j.day:02d}، {_ampm(loc)}", "fa"), loc, True
    if form == "sport":
        return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year} ساعت {clock}", "fa"), loc, True
    return dg(f"{j.day} {JMONTHS[j.month - 1]} {j.year} - {clock}", "fa"), loc, True  # aggregator


# ---------------------------------------------------------------------------------------------- chrome


def _menu(doc: Doc, h: Host, cls: str) -> None:
    items = "".join(f'<li><a href="/c/{stable(x) % 999}">{e(x)}</a></li>' for x in h.menu)
    doc.chrome(f'<nav class="{cls}"><ul>{items}</ul></nav>\n', *h.menu)


def _top(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime, others: list[str]) -> None:
    """The site's header, menu and the widget above the story (ticker, live scores, search)."""
    k, form = h.s["kind"], h.s["html_forms"][0]
    if k == "afghan":
        j = jalali_day(crawl.astimezone(KABUL))
        today = dg(f"{WEEKDAYS[crawl.weekday()]}، {j.day} {AFGHAN_MONTHS[j.month - 1]} {j.year}", "fa")
        doc.chrome(f'<header class="masthead"><div class="today">{today}</div><a href="/" class="logo">{e(h.name)}'
                   f'</a><div class="tagline">{e(h.tagline)}</div><div class="lang"><a href="/ps">پښتو</a>'
                   '<a href="/en">English</a></div></header>\n', today, h.name, h.tagline, "پښتو", "English")
        _menu(doc, h, "menu")
        if form == "kabul":
            linked_titles(doc, "تازه‌ها", others[:4], "ticker", "strong")
        return
    if k == "gov":
        doc.chrome(f'<div class="gov-top"><img src="/img/arm.png" alt="نشان"><h2>{e(h.name)}</h2>'
                   f'<div>{e(h.tagline)}</div><div class="tools"><a href="/fa">فارسی</a><a href="/en">English</a>'
                   '<a href="/sitemap">نقشه سایت</a></div></div>\n', h.name, h.tagline, "فارسی", "English", "نقشه سایت")
        _menu(doc, h, "gov-menu")
        return
    if k == "blog":
        doc.chrome(f'<div id="blog-head"><h1 class="blog-title"><a href="/">{e(h.name)}</a></h1>'
                   f'<div class="desc">{e(h.tagline)}</div></div>\n', h.name, h.tagline)
        _menu(doc, h, "blog-menu")
        return
    if k == "forum":
        welcome = "مهمان گرامی، خوش آمدید. برای ارسال پاسخ وارد شوید یا ثبت نام کنید."
        doc.chrome(f'<div id="forum-head"><a href="/" class="logo">{e(h.name)}</a><div>{e(h.tagline)}</div>'
                   f'<div class="welcome">{welcome}</div></div>\n', h.name, h.tagline, welcome)
        _menu(doc, h, "forum-nav")
        return
    doc.chrome(f'<header class="site"><a href="/" class="logo">{e(h.name)}</a><span>{e(h.tagline)}</span>'
               '<form class="search"><input name="q" placeholder="جستجو در خبرها"><button>جستجو</button></form>'
               "</header>\n", h.name, h.tagline, "جستجو")
    _menu(doc, h, "main-nav")
    if form == "market" or (k == "special" and form != "sport" and r.random() < 0.3):
        cells = [dg(f"{x} {r.randint(10, 99)},{r.randint(100, 999)} {pick(r, ['▲', '▼'])}", "fa") for x in TICKER]
        doc.chrome('<div class="ticker">' + "".join(f"<span>{c}</span> " for c in cells) + "</div>\n", " ".join(cells))
    if form == "sport":
        games = []
        for _ in range(3):
            a, b = r.sample(VOLLEY_TEAMS, 2)
            games.append(dg(f"{a} {r.randint(0, 3)} - {r.randint(0, 3)} {b}", "fa"))
        doc.chrome('<aside class="live"><h4>نتایج زنده</h4><ul>' + "".join(f"<li>{x}</li>" for x in games)
                   + "</ul></aside>\n", "نتایج زنده", *games)


def _footer(doc: Doc, h: Host, r: random.Random, crawl: dt.datetime) -> None:
    k = h.s["kind"]
    year = jalali_day(crawl).year
    if k == "afghan":
        rights = dg(f"© {year} {h.name}. تمام حقوق محفوظ است.", "fa")
        doc.chrome(f'<footer><p>{e(rights)}</p><p><a href="/about">دربارهٔ ما</a> | <a href="/ads">اعلانات</a></p>'
                   "</footer>\n", rights, "دربارهٔ ما | اعلانات")
    elif k == "gov":
        rr = random.Random(h.domain)
        addr = dg(f"نشانی: بلوار {pick(rr, ['دانشگاه', 'عدالت', 'امام'])}، ساختمان مرکزی، تلفن: "
                  f"0{rr.randint(11, 87)}-{rr.randint(3000000, 3999999)}، کد پستی: {rr.randint(10**9, 10**10 - 1)}",
                  "fa")
        rights = f"کلیه حقوق این سایت متعلق به {h.name} می‌باشد."
        linked_titles(doc, "پیوندهای مفید",
                      ["پایگاه اطلاع‌رسانی دولت", "سامانه ثبت شکایات", "درگاه ملی خدمات دولت هوشمند"], "links")
        doc.chrome(f'<div class="gov-foot"><p>{e(addr)}</p><p>{e(rights)}</p></div>\n', addr, rights)
    elif k == "blog":
        theme = f"قالب وبلاگ: {pick(random.Random(h.domain), ['پرشین‌تم', 'قالب‌سرا', 'وبلاگ‌آرا'])}"
        power = "Powered by Blogfa.com" if "blogfa" in h.domain else "Powered by Blogsky.com"
        doc.chrome(f'<div id="blog-foot"><p>{theme}</p><p>{power}</p></div>\n', theme, power)
    elif k == "forum":
        rights = f"انجمن {h.name.replace('انجمن ', '')} - همه زمان‌ها به وقت تهران است."
        doc.chrome(f'<div id="forum-foot"><p>{e(rights)}</p><p>Powered by MyBB</p></div>\n', rights, "Powered by MyBB")
    else:
        rights = dg(f"کلیه حقوق مادی و معنوی برای {h.name} محفوظ است © {year}", "fa")
        doc.chrome(f'<footer class="site-foot"><p>{e(rights)}</p><p><a href="/ads">تبلیغات</a> | '
                   '<a href="/contact">تماس با ما</a></p></footer>\n', rights, "تبلیغات | تماس با ما")


# ---------------------------------------------------------------------------------------------- article


def _body(doc: Doc, paras: list[str], tag: str = "p") -> None:
    for p in paras:
        doc.add(f"{e(p)}<br><br>\n" if tag == "br" else f"<p>{e(p)}</p>\n", [("body", p)])


def article_doc(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, form: str,
                crawl: dt.datetime) -> Doc:
    """An article page of ``form``; sets ``g["_shown"]`` (date line, local instant, timed) and whether markup holds
    the instant (``g["_markup"]``)."""
    doc = Doc()
    shown = shown_date(pub, form)
    g["_shown"], g["_markup"] = shown, False
    sec, title, lead, paras, agency = g["section"], g["title"], g["lead"], g["body_paragraphs"], g["agency"]
    _top(doc, h, r, crawl, others)
    iso = shown[1].isoformat()
    if form in ("kabul", "azadi", "hasht"):
        doc.chrome(f'<div class="cat"><a href="/category/{stable(sec) % 99}">{e(sec)}</a></div>\n', sec)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        if form == "kabul":
            doc.chrome(f'<div class="date"><time datetime="{iso}">{shown[0]}</time></div>\n', shown[0])
            g["_markup"] = True
        elif form == "azadi":
            utc = pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            doc.chrome(f'<div class="date"><time datetime="{utc}">{shown[0]}</time></div>\n', shown[0])
            g["_markup"] = True
        else:
            who = f"نویسنده: {pick(r, FIRST)} {pick(r, LAST)}"
            doc.chrome(f'<div class="meta"><span>{who}</span></div><div class="date">{shown[0]}</div>\n', who, shown[0])
        if lead:
            doc.add(f'<p class="lead"><strong>{e(lead)}</strong></p>\n', [("lead", lead)])
        _body(doc, paras)
        if form == "azadi":
            chips = [sec] + [x for x in h.sections if x != sec][:2]
            doc.chrome('<div class="tags"><h4>موضوعات</h4><ul>' + "".join(f"<li>{e(x)}</li>" for x in chips)
                       + "</ul></div>\n", "موضوعات", *chips[1:])
            linked_titles(doc, "دیدگاه‌ها و گزارش‌ها", others[6:10], "more")
        else:
            doc.chrome('<div class="share">شریک‌سازی: <a href="#">فیسبوک</a> <a href="#">توییتر</a>'
                       ' <a href="#">واتساپ</a></div>\n', "شریک‌سازی: فیسبوک توییتر واتساپ")
            linked_titles(doc, "خبرهای مرتبط", others[6:11], "related")
    elif form == "gov":
        dept = pick(r, DEPARTMENTS.get(h.family, ["روابط عمومی"]))
        crumbs = ["صفحه اصلی", "اخبار", sec]
        trail = " &gt; ".join(f'<a href="/{i}">{e(x)}</a>' for i, x in enumerate(crumbs))
        doc.chrome(f'<div class="breadcrumb">{trail}</div>\n', " > ".join(crumbs))
        code = dg(f"کد خبر: {r.randint(1000, 99999)}", "fa")
        views = dg(f"تعداد بازدید: {r.randint(40, 4000)}", "fa")
        date = f"تاریخ انتشار: {shown[0]}"
        doc.chrome(f'<div class="dept">{e(dept)}</div>\n', dept)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        doc.chrome(f'<div class="news-info"><span>{code}</span> | <span>{date}</span> | <span>{views}</span></div>\n',
                   f"{code} | {date} | {views}")
        if lead:
            doc.add(f'<div class="summary"><h4>خلاصه خبر</h4><p>{e(lead)}</p></div>\n', [("c", "خلاصه خبر"),
                                                                                         ("lead", lead)])
        _body(doc, paras)
        pr = f"روابط عمومی {h.name}" if "دانشگاه" in h.name else f"اداره کل روابط عمومی {h.name}"
        doc.chrome(f'<p class="pr">{e(pr)}</p>\n', pr)
        if agency:
            doc.chrome(f'<p class="source">{e(source_credit(agency))}</p>\n', source_credit(agency))
        if r.random() < 0.4:
            doc.chrome('<div class="attach"><h4>فایل‌های پیوست</h4><a href="/f.pdf">دانلود اطلاعیه (PDF)</a></div>\n',
                       "فایل‌های پیوست", "دانلود اطلاعیه (PDF)")
        linked_titles(doc, "اخبار مرتبط", others[6:11], "related")
    elif form in ("sport", "market", "tech"):
        doc.chrome(f'<div class="chip"><a href="/tag/{stable(sec) % 99}">{e(sec)}</a></div>\n', sec)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        meta = [shown[0]]
        if form == "tech":
            meta.append(dg(f"زمان مطالعه: {max(2, sum(len(p.split()) for p in paras) // 180)} دقیقه", "fa"))
        doc.chrome('<div class="meta">' + " | ".join(f"<span>{x}</span>" for x in meta) + "</div>\n", " | ".join(meta))
        if form == "sport" and r.random() < 0.8:
            a, b = r.sample(VOLLEY_TEAMS, 2)
            wa = r.randint(0, 2)
            sets = "، ".join(f"{25 if k % 2 else r.randint(15, 23)}-{r.randint(15, 23) if k % 2 else 25}"
                             for k in range(3 + wa))
            score = dg(f"{a} 3 - {wa} {b}", "fa")
            sets = dg(f"({sets})", "fa")
            doc.chrome(f'<div class="match-box"><div>پایان بازی</div><div class="score">{score}</div>'
                       f'<div class="sets">{sets}</div></div>\n', "پایان بازی", score, sets)
        if lead:
            doc.add(f'<p class="lead">{e(lead)}</p>\n', [("lead", lead)])
        half = max(1, len(paras) // 2)
        _body(doc, paras[:half])
        if form == "market":
            upd = crawl.astimezone(TEHRAN)
            ju = jalali_day(upd)
            when = dg(f"آخرین به‌روزرسانی: {ju.year}/{ju.month:02d}/{ju.day:02d} {upd:%H:%M}", "fa")
            rows = [dg(f"{x} | {r.randint(20, 95)},{r.randint(100, 999)} | {pick(r, ['+', '-'])}"
                       f"{r.randint(1, 40) / 10}%", "fa") for x in r.sample(STEEL_ITEMS, 4)]
            doc.chrome('<table class="prices"><tr><th>جدول قیمت روز (تومان)</th></tr>'
                       + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in x.split(" | ")) + "</tr>" for x in rows)
                       + f'<tr><td>{when}</td></tr></table>\n', "جدول قیمت روز (تومان)",
                       *[c for x in rows for c in x.split(" | ")], when)
        _body(doc, paras[half:])
        if agency:
            doc.chrome(f'<p class="source">{e(source_credit(agency))}</p>\n', source_credit(agency))
        if form == "tech":
            nums = {"a": r.randint(300, 3000), "b": r.randint(18, 95), "c": r.randint(36, 72), "d": r.randint(2, 25)}
            specs = [dg(x.format(**nums), "fa") for x in SPEC_ROWS.get(h.family, SPEC_ROWS["home_solar"])]
            doc.chrome('<aside class="spec-box"><h4>مشخصات فنی</h4><ul>' + "".join(f"<li>{x}</li>" for x in specs)
                       + "</ul></aside>\n", "مشخصات فنی", *specs)
            tags = h.sections[:3]
            doc.chrome('<div class="tags">برچسب‌ها: ' + "، ".join(e(x) for x in tags) + "</div>\n",
                       "برچسب‌ها: " + "، ".join(tags))
            g["_markup"] = True
        if form == "sport":
            table = [dg(f"{i + 1}. {x} {30 - 3 * i} امتیاز", "fa") for i, x in enumerate(r.sample(VOLLEY_TEAMS, 4))]
            linked_titles(doc, "جدول لیگ", table, "standings")
        linked_titles(doc, "آخرین اخبار", others[6:11], "latest")
    elif form == "blog":
        doc.chrome(f'<div class="post-date">{shown[0]}</div>\n', shown[0])
        doc.add(f'<h2 class="post-title">{e(title)}</h2>\n', [("title", title)])
        _body(doc, paras, "br" if r.random() < 0.5 else "p")
        if agency:
            doc.chrome(f'<p>{e(source_credit(agency))}</p>\n', source_credit(agency))
        author = f"{pick(r, FIRST)} {pick(r, LAST)}"
        sign = f"به امید روزهای روشن‌تر؛ {author.split()[0]}"
        doc.chrome(f'<p class="sign">{e(sign)}</p>\n', sign)
        by = dg(f"نوشته شده در ساعت {shown[1]:%H:%M} توسط {author}", "fa")
        shown = (shown[0], shown[1], True)
        g["_shown"] = shown
        ncom = dg(f"نظرات ({r.randint(0, 12)})", "fa")
        doc.chrome(f'<div class="post-foot"><span>موضوع: <a href="/cat/{stable(sec) % 99}">{e(sec)}</a></span> | '
                   f'<span>{by}</span> | <a href="#c">{ncom}</a> | <a href="/post/{key}">لینک ثابت</a></div>\n',
                   f"موضوع: {sec} | {by} | {ncom} | لینک ثابت")
        months = []
        for k in range(5):
            jm = jalali_day(crawl) - jdatetime.timedelta(days=30 * k)
            months.append(dg(f"{JMONTHS[jm.month - 1]} {jm.year}", "fa"))
        linked_titles(doc, "آرشیو", months, "side")
        linked_titles(doc, "آخرین مطالب", others[6:10], "side")
        linked_titles(doc, "لینک دوستان", BLOG_LINKS, "side")
    elif form == "forum":
        crumbs = [h.name, "اخبار و اطلاعیه‌ها", sec]
        doc.chrome('<div class="navbits">' + " › ".join(f'<a href="/f/{i}">{e(x)}</a>' for i, x in enumerate(crumbs))
                   + "</div>\n", " › ".join(crumbs))
        doc.add(f'<h1 class="thread">{e(title)}</h1>\n', [("title", title)])
        user = pick(r, FORUM_USERS)
        box = [f"ارسال شده توسط: {user}", dg(f"عضویت: {r.randint(1395, 1404)}", "fa"),
               dg(f"ارسال‌ها: {r.randint(12, 4800)}", "fa")]
        doc.chrome('<div class="postbit"><div class="userinfo">' + "".join(f"<div>{e(x)}</div>" for x in box)
                   + f'</div><div class="postdate">تاریخ: {shown[0]}</div>\n', *box, f"تاریخ: {shown[0]}")
        _body(doc, paras, "br")
        if agency:
            doc.chrome(f'<p>{e(source_credit(agency))}</p>\n', source_credit(agency))
        sig = f"امضا: {pick(r, ['صبر کلید موفقیت است', 'برق بی‌خطر، زندگی بی‌خطر', 'رکاب بزن، زندگی کن'])}"
        doc.chrome(f'<div class="signature">__________________<br>{e(sig)}</div></div>\n', "__________________", sig)
        t = shown[1]
        for _ in range(r.randint(1, 4)):
            t = t + dt.timedelta(hours=r.randint(1, 50), minutes=r.randint(0, 59))
            j = jalali_day(t)
            when = dg(f"{j.year}/{j.month:02d}/{j.day:02d}، {_ampm(t)}", "fa")
            ru, text = pick(r, FORUM_USERS), pick(r, FORUM_REPLIES)
            doc.chrome(f'<div class="postbit reply"><div class="userinfo"><div>{e(ru)}</div></div>'
                       f'<div class="postdate">{when}</div><div class="msg">{e(text)}</div>'
                       '<div class="buttons">نقل قول | تشکر</div></div>\n', ru, when, text, "نقل قول | تشکر")
        linked_titles(doc, "موضوعات مشابه", others[6:10], "similar")
    else:  # aggregator
        doc.chrome(f'<div class="chip"><a href="/cat/{stable(sec) % 99}">{e(sec)}</a></div>\n', sec)
        doc.add(f"<h1>{e(title)}</h1>\n", [("title", title)])
        src = source_credit(agency) if agency else "منبع: نامشخص"
        doc.chrome(f'<div class="src"><img src="/logos/{stable(src) % 99}.png" alt=""><span>{e(src)}</span>'
                   f'<span class="t">{shown[0]}</span></div>\n', src, shown[0])
        if lead:
            doc.add(f'<p class="lead">{e(lead)}</p>\n', [("lead", lead)])
        _body(doc, paras)
        doc.chrome(f'<a class="go" href="https://example-source.ir/news/{key}">مشاهده در منبع</a>\n', "مشاهده در منبع")
        linked_titles(doc, "همین خبر در منابع دیگر", others[6:9], "same")
        linked_titles(doc, "پربازدیدترین‌ها", others[10:15], "top")
    _footer(doc, h, r, crawl)
    return doc


def negative_doc(h: Host, r: random.Random, kind: str, others: list[str], crawl: dt.datetime) -> Doc:
    """A page that is no article: a category's listing, a 404 page in the chrome, an empty page."""
    doc = Doc()
    if kind == "empty":
        doc.chrome("<div><p>در حال بارگذاری...</p></div>\n", "در حال بارگذاری...")
        return doc
    _top(doc, h, r, crawl, others)
    if kind == "listing":
        sec = pick(r, h.sections)
        doc.chrome(f"<h1>{e(sec)}</h1>\n", sec)
        for i, t in enumerate(others[5:20]):
            when = shown_date(crawl - dt.timedelta(hours=7 * i + 2), h.s["html_forms"][0])[0]
            doc.chrome(f'<div class="item"><h3><a href="/n/{stable(t) % 10**6}">{e(t)}</a></h3><span>{when}</span>'
                       "</div>\n", t, when)
    else:
        doc.chrome('<div class="err"><h1>خطای ۴۰۴</h1><p>صفحه مورد نظر یافت نشد یا حذف شده است.</p></div>\n',
                   "خطای ۴۰۴", "صفحه مورد نظر یافت نشد یا حذف شده است.")
    linked_titles(doc, "پربازدیدترین‌ها", others[20:25], "most")
    _footer(doc, h, r, crawl)
    return doc


# ---------------------------------------------------------------------------------------------- render


def render_html(h: Host, doc: Doc, g: dict, url: str, form: str) -> str:
    title = g.get("title") or h.name
    metas = ['<meta charset="utf-8">', f"<title>{e(title)} | {e(h.name)}</title>",
             f'<link rel="canonical" href="{e(url)}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if g.get("kind") == "article" and form in ("tech", "kabul", "aggregator"):
        metas.append(f'<meta property="og:title" content="{e(title)}">')
    if g.get("kind") == "article" and form == "tech":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": g["_shown"][1].isoformat(), "inLanguage": "fa",
              "publisher": {"@type": "Organization", "name": h.name}}
        metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    rules = "".join(f".k{stable(h.domain, k) % 99999}{{padding:{k % 9}px;color:#{stable(k, h.domain) % 0xFFFFFF:06x}}}"
                    for k in range(150 + stable(h.domain) % 300))
    metas.append(f"<style>{rules}</style>")
    if h.s["kind"] in ("blog", "forum"):
        metas.append('<script>var BLOG_ID=' + str(stable(h.domain) % 99999) + ";</script>")
    else:
        metas.append('<script async src="https://www.googletagmanager.com/gtag/js?id=G-' + str(stable(h.domain) % 9999)
                     + '"></script>')
    head = "\n".join(metas) + "\n"
    return f'<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n{head}</head>\n<body>\n{doc.html()}</body>\n</html>\n'


# ---------------------------------------------------------------------------------------------- build


def _pub_time(r: random.Random, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    day = dt.date(2016, 3, 1) + dt.timedelta(days=r.randrange(3900))
    hour = r.choice([0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=zone)


def build(out_dir, n: int = 400, seed: int = 331, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag="ak", all_families=FAMILIES, make_host=make_host, hosts=HOSTS,
        stories=load_stories())
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-ak:{seed}:page:{i}")
        is_html = r.random() < s["html_p"]
        form = pick(r, s["html_forms"])
        tform = None if is_html else pick(r, s["txt_forms"])
        fmt = "html" if is_html else "txt"
        key = str(300000 + i * 7919 % 600000)
        zone = KABUL if s["kind"] == "afghan" else TEHRAN
        crawl = _pub_time(r, zone) + dt.timedelta(days=400)
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 30))
            kind = p["kind"]
            if kind == "empty":
                tform, fmt = "copy", "txt"
            doc = negative_doc(h, r, kind, others, crawl)
            gold = negative_gold(kind)
            url = f"https://{h.domain}/category/{stable(key) % 9999}"
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                pub = _pub_time(r, zone)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, r, paras, lead, st["dataset"])
            sec = h.sections[stable(st["key"], h.domain) % len(h.sections)]
            gold = {"kind": "article", "title": st["title"], "section": sec, "lead": lead, "surtitle": None,
                    "body_paragraphs": paras, "agency": agency, "published_iso": None, "published_jalali": None,
                    "published_time": None, "cluster": None, "source": None, "source_key": st["key"],
                    "edits": edits}
            others = [t for t in r.sample(titles, min(len(titles), 31)) if t != st["title"]][:30]
            url = f"https://{h.domain}/news/{key}"
            crawl = pub + dt.timedelta(days=r.randint(1, 900), hours=r.randint(0, 23))
            doc = article_doc(h, r, gold, pub, others, key, form, crawl)
            _, loc, timed = gold["_shown"]
            gold["published_iso"] = loc.date().isoformat()
            gold["published_jalali"] = jalali_day(loc).strftime("%Y/%m/%d")
            in_markup = fmt == "html" and gold["_markup"]  # (<time datetime>, JSON-LD datePublished)
            gold["published_time"] = loc.isoformat() if timed or in_markup else loc.date().isoformat()
        if fmt == "html":
            text = render_html(h, doc, gold, url, form)
        else:
            text = render_text(h, doc, gold, tform, url, crawl, r)
        chrome_src = doc.lines("c")
        if tform == "wet":
            chrome_src = list(gold.get("_wet") or []) + chrome_src
        for k in ("_shown", "_markup", "_wet"):
            gold.pop(k, None)
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(chrome_src, gold["body_paragraphs"])
        rows.append(gold_row(name, "families-ak", p["family"], FAMILIES, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"ak{seed}")
