"""Family set BB: eight families, written blind to the extractor. Kinds 1-4 are other makes of the classes the held
G and BA families hold (a newspaper's print edition online, a municipal / religious-institution portal, sponsored
content, a swipe / slide story), kinds 5-8 kinds no earlier set had: a live blog of timestamped entries, a court
ruling's news page with case fields, a TV channel's / guide's programme page holding a story, and a printable
«نسخه چاپی» view with print headers and footers.

    build(out_dir, n, seed=480, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages (nor reading G's generator or BA's held kinds); invented hosts
and names, stories from the corpus. Tables in :mod:`site_families_bb_tables`; the build loop is
:func:`family_frames.build_set`; the date and box helpers are AQ's, AT's, AV's and AW's. One kind a family, three
hosts a family that differ in the kind's variants (:data:`site_families_bb_tables.VARIANT`):

1. ``carpet_looms``  a newspaper's print edition online, of other makes: an e-paper page viewer (the issue bar
   «شماره ۴۵۲۱ · <the issue's day>», a page selector and thumbnails listing every page's rubric, the current page's
   «صفحه ۵» beside its rubric, the article's text pane, «دانلود PDF»), a «روزنامه» archive's issue page (the issue's
   number and day, the page list with the current page marked, earlier issues' days, the rubric over the
   headline) and a newsstand app's text view (flat: «صفحه ۶ › <rubric>», «مطالب دیگر این صفحه»); the section is
   the page's rubric, never the paper's name nor «صفحه ۳»;
2. ``mosaic_guilds``  a municipal / religious-institution portal: a district municipality's news item («منطقه ۱۲»,
   a services menu, a header's today in three calendars, «کد خبر», visits), a seminary's news (the story's day in
   solar, Hijri-qamari and Gregorian dates, a «گروه:» label) and an endowment office's sub-site of an Astan-like
   organisation (the parent's bar and sub-sites, a trail through the sub-site to the category, a qamari date in
   brackets);
3. ``copper_bazaar``  sponsored content: a «رپرتاژ آگهی» on a news site's commercial desk (the badge, the trail's
   industry category, the advertiser's disclaimer), a magazine's advertorial («محتوای حمایت‌شده», «با همکاری …»,
   the category link over the headline, a Gregorian day, JSON-LD) and a company newsroom's release republished
   («بازنشر از اتاق خبر …», the newsroom's «دسته:», the source's day and a later «تاریخ بازنشر», «درباره …»);
4. ``glass_blowers``  slide stories: a «اسلاید شو» photo story (the captions the text, «تصویر ۳ از ۱۲», photo
   credits, a trail through «چندرسانه‌ای»), an Instagram-carousel text mirror (the cover slide's text the title,
   «۱/۸» counters, the caption's slides, hashtags, counts, a relative age, the instant only in ``<time>``;
   unsectioned) and a saved web story as text (flat: «ناشر: … | دسته: …», «اسلاید ۱ از ۹», the cover's title);
5. ``felt_makers``  live blogs: a news site's live page (newest entry first, each with its clock, a «خلاصه» lead,
   «شروع پوشش» the story's instant, a later «آخرین به‌روزرسانی»), a ticker (a clock column beside each entry, the
   section in a label) and a text copy (flat: «[۱۴:۳۲]» lines over the entries);
6. ``enamel_works``  court-ruling news: a judiciary's news page (a case box: case number, court, a ruling's earlier
   «تاریخ صدور رأی», status), a law portal's page (fields as a definition list, an earlier «تاریخ جلسه رسیدگی»,
   comments with later days) and a ruling's text (flat: «دادنامه شماره … مورخ …» earlier, the news after it;
   unsectioned);
7. ``inlay_studios``  TV programme pages holding a story: a channel's site (today's schedule, the programme box with
   a later «زمان پخش», the trail), a TV guide (the guide's heading, the channel › programme line, the episode
   number, the trail) and a text copy (flat: schedule rows «۲۱:۰۰ | شبکه دو | …», «گروه: …»);
8. ``miniature_painters``  print views: a print.php page («نسخه قابل چاپ», «سرویس:», the story's URL and a later
   «تاریخ چاپ»), a printed-to-PDF's text (flat: the browser's print header «12/7/26, 11:32 PM» and footer «url 1/2»
   between the paragraphs) and a print preview's text (flat; unsectioned).

Gold as BA's: the title the story's headline (never a tab's, a page's, a guide's, a programme's nor a profile's), the
section the story's own rubric (a page's rubric, a category, a trail's last step, a label; none where the page shows
none; the paper's name, «صفحه N», a sub-site's name, a badge and other pages' rubrics never), the lead a standfirst
shown apart, the agency the story's credit or a «منبع: …» the page adds; ``published_iso`` the story's day as the page
shows it, ``published_time`` the instant with its offset when the page shows its time or holds it in markup. A
header's today, earlier issues', rulings', sessions', a republication's, an update's, a broadcast's, a print's and
comments' days are no story date. About 7% negatives, ~10% of the stories republished on a host of another family
(gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random

from family_frames import DOMESTIC, build_set, fa_count, same_day_in_utc
from family_pages import pick, stable
from site_families_aj import Doc
from site_families_ao import Flat
from site_families_aq import _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _footer, _lead, _none, _site_head, _title
from site_families_av import _dateline, _today
from site_families_aw import _credit, _credit_text, _gday, _kicker, _line, canon
from site_families_bb_tables import (
    CHANNELS,
    COMPANIES,
    COURTS,
    FAMILIES,
    HOSTS,
    KIND,
    MIRROR_BUTTONS,
    PAGE_RUBRICS,
    PROGRAMMES,
    QAMARI,
    SECTIONS,
    SERVICES,
    TAGS,
    VARIANT,
    VERDICTS,
)
from site_families_h import TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"carousel", "rulingtxt", "printtxt"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"kiosktxt", "storysave", "livetxt", "rulingtxt", "tvtxt", "printpdf", "printtxt"}
#: the agency habit of a variant that has one (the others draw theirs)
AGENCY = {"reportage": "none", "sponsored": "none", "corpnews": "none", "carousel": "none", "hawza": "credit",
          "district": "none", "kiosktxt": "keep", "printpdf": "keep", "livepage": "credit", "judiciary": "credit"}
#: the share of a variant's pages saved as HTML (the rest a copy of the page as text; 0.8 when not here): a photo
#: gallery's or a mirror's page is seldom kept as text
HTML_P = {"slideshow": 0.95, "carousel": 0.9}
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"pageviewer": 0.3, "issuepage": 0.3, "kiosktxt": 0.3, "district": 0.3, "endowment": 0.3, "reportage": 0.4,
          "sponsored": 0.5, "corpnews": 0.3, "slideshow": 0.4, "livepage": 0.6, "ticker": 0.3, "judiciary": 0.5,
          "lawportal": 0.3, "broadcaster": 0.3, "guide": 0.3, "printhtml": 0.5, "printpdf": 0.3}
#: how often a variant's headline carries a kicker
KICK_P = {"pageviewer": 0.3, "issuepage": 0.2, "reportage": 0.2, "judiciary": 0.3, "printhtml": 0.3}
#: how often a variant's page shows no day of the story
UNDATED_P = {"carousel": 0.2, "storysave": 0.3, "printtxt": 0.3, "tvtxt": 0.1}
UTC = dt.timezone.utc
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-bb-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P.get(variant, 0.8),
         "agency": AGENCY.get(variant) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0), "kick_p": KICK_P.get(variant, 0.0),
         "user": _who(r), "style": stable(domain) % 4, "issue0": 2000 + stable(domain) % 3000,
         "company": pick(r, COMPANIES), "handle": pick(r, ["@shishe.gar", "@golabi_art", "@bolour.story"]),
         "channel": pick(r, CHANNELS)}
    return Host(family, domain, name, tagline, [], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _undated(h: Host, r: random.Random) -> bool:
    return r.random() < UNDATED_P.get(h.s["variant"], 0.0)


def _story(doc: Doc, g: dict, pcls: str = "", tag: str = "p") -> None:
    for p in g["body_paragraphs"]:
        doc.add(f"<{tag}{pcls}>{e(p)}</{tag}>\n", [("body", p)])


def _flat_story(f: Flat, g: dict) -> None:
    for p in g["body_paragraphs"]:
        f.add(p, "body")
        f.blank()


def _flat_credit(f: Flat, g: dict, h: Host) -> None:
    c = _credit_text(g, h)
    if c:
        f.add(c)
        f.blank()


def _slug(x: str) -> str:
    return f"{stable(x) % 16**6:x}"


def _tags(r: random.Random) -> list[str]:
    return r.sample(TAGS, r.randint(2, 4))


def _iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


def _ld(kind: str, g: dict, loc: dt.datetime, **more) -> str:
    d = {"@context": "https://schema.org", "@type": kind, "headline": g["title"], "datePublished": _iso(loc), **more}
    if g["section"]:
        d["articleSection"] = g["section"]
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def _trail(doc: Doc, steps: list[str], cls: str = "breadcrumb", sep: str = " › ") -> None:
    """A trail of links; its text line the steps joined by ``sep``."""
    doc.chrome(f'<nav class="{cls}">' + e(sep).join(f'<a href="/{_slug(x)}">{e(x)}</a>' for x in steps) + "</nav>\n",
               sep.join(steps))


def _menu(doc: Doc, items: list[str], cls: str = "menu") -> None:
    doc.chrome(f'<ul class="{cls}">' + "".join(f"<li><a>{e(x)}</a></li>" for x in items) + "</ul>\n", *items)


def qamari(t: dt.datetime | dt.date) -> tuple[int, int, int]:
    """The tabular Hijri-qamari (year, month, day) of ``t``'s day (the arithmetic calendar; a day off at times, as
    the sites' own widgets are)."""
    d = t.date() if isinstance(t, dt.datetime) else t
    jd = d.toordinal() + 1721425
    ll = jd - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * ll) // 709
    day = ll - (709 * m) // 24
    return 30 * n + j - 30, m, day


def _qday(t: dt.datetime) -> str:
    """«۵ جمادی‌الثانی ۱۴۴۸» of ``t``'s day."""
    y, m, d = qamari(t)
    return dg(f"{d} {QAMARI[m - 1]} {y}", "fa")


def _three(t: dt.datetime) -> str:
    """A day in the three calendars: «یکشنبه ۱۶ آذر ۱۴۰۵ - ۵ جمادی‌الثانی ۱۴۴۸ - 7 December 2026»."""
    return f"{_wd(t)} {_jday(t)} - {_qday(t)} - {t.day} {t:%B} {t.year}"


def _before(loc: dt.datetime, r: random.Random, days: tuple[int, int] = (3, 90)) -> dt.datetime:
    return loc - dt.timedelta(days=r.randint(*days), hours=r.randint(0, 5))


def _fa(n: int) -> str:
    return dg(str(n), "fa")


# ---------------------------------------------------------------------------------------------- 1. print editions


def _issue(h: Host, loc: dt.datetime) -> int:
    """The issue's number: the paper's count of days since a fixed day."""
    return h.s["issue0"] + (loc.date() - dt.date(2016, 1, 1)).days


def _page_of(h: Host, g: dict) -> tuple[int, list[str]]:
    """The page number holding the story and the issue's rubrics by page (the story's rubric on its page)."""
    pages = list(PAGE_RUBRICS)
    if g["section"] and g["section"] not in pages:
        pages[3] = g["section"]
    num = pages.index(g["section"]) + 1 if g["section"] else 4
    return num, pages


def _pageviewer(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl), "epaper-top")
    num, pages = _page_of(h, g)
    issue = f"شماره {_fa(_issue(h, loc))} · {_wd(loc)} {_jday(loc)}"
    _shown(g, issue, loc, False)
    doc.chrome(f'<div class="issue-bar"><div class="issue">{e(issue)}</div><a class="prev">شماره قبل</a> | '
               '<a class="next">شماره بعد</a></div>\n', issue, "شماره قبل | شماره بعد")
    opts = [f"صفحه {_fa(i + 1)} - {p}" for i, p in enumerate(pages)]
    doc.chrome('<select class="page-select">' + "".join(
        f'<option{" selected" if i + 1 == num else ""}>{e(x)}</option>\n' for i, x in enumerate(opts)) + "</select>\n",
        *opts)
    thumbs = [f"{_fa(i + 1)}. {p}" for i, p in enumerate(pages)]
    doc.chrome('<div class="thumbs">' + "".join(f'<a class="thumb"><img src="/p/{i}.jpg" alt=""><span>{e(x)}</span>'
                                                 "</a>\n" for i, x in enumerate(thumbs)) + "</div>\n", *thumbs)
    doc.add('<div class="viewer"><div class="page-image"><img src="/page.jpg" alt=""></div>\n'
            '<div class="text-pane">\n')
    head = f"صفحه {_fa(num)}"
    if g["section"]:
        doc.chrome(f'<div class="page-head"><span class="pnum">{e(head)}</span> <span class="rubric">'
                   f'{e(g["section"])}</span></div>\n', f"{head} {g['section']}")
    else:
        _line(doc, head, "page-head")
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h2", "article-title")
    _lead(doc, g, "article-lead")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</div></div>\n")
    links = ["دانلود PDF این صفحه", "دانلود کامل شماره", "اشتراک نسخه چاپی"]
    _menu(doc, links, "downloads")
    _items(doc, "مطالب دیگر این صفحه", others[:5], "page-items", "h4")
    _footer(doc, h, crawl)


def _issuepage(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h, None, "paper-head")
    _menu(doc, ["صفحه اصلی", "آرشیو", "شماره امروز", "آگهی‌ها", "تماس با ما"])
    num, pages = _page_of(h, g)
    head = f"روزنامه {h.name.split()[-1]} — شماره {_fa(_issue(h, loc))} — {_jnum(loc)}"
    _shown(g, head, loc, False)
    _line(doc, head, "issue-title", "h1")
    plist = [f"صفحه {_fa(i + 1)}: {p}" for i, p in enumerate(pages)]
    active = ' class="active"'
    doc.chrome('<ol class="pages">' + "".join(f'<li{active if i + 1 == num else ""}><a>{e(x)}</a></li>'
                                              for i, x in enumerate(plist)) + "</ol>\n", *plist)
    doc.add('<article class="paper-item">\n')
    if g["section"]:
        lab = f"{g['section']} | صفحه {_fa(num)}"
        doc.chrome(f'<div class="item-label"><span class="rubric">{e(g["section"])}</span> | <span class="page">'
                   f"صفحه {_fa(num)}</span></div>\n", lab)
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h2", "item-title")
    _lead(doc, g, "item-lead")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</article>\n")
    prev = [f"شماره {_fa(_issue(h, loc) - k)} - {_jnum(loc - dt.timedelta(days=k))}" for k in range(1, 6)]
    doc.chrome('<div class="prev-issues"><h3>شماره‌های قبلی</h3><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in prev)
               + "</ul></div>\n", "شماره‌های قبلی", *prev)
    _footer(doc, h, crawl)


def _kiosktxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    paper = pick(r, ["صبح کاشان", "قالی امروز", "بافته"])
    num, pages = _page_of(h, g)
    f = Flat()
    f.add(f"{h.name} — {h.tagline}")
    f.add(_today(crawl))
    f.blank()
    line = f"{paper} | شماره {_fa(_issue(h, loc))} | {_jnum(loc)}"
    _shown(g, line, loc, False)
    f.add(line)
    f.add(f"صفحه {_fa(num)} › {g['section']}" if g["section"] else f"صفحه {_fa(num)}")
    f.blank()
    f.add(g["title"], "title")
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead")
        f.blank()
    _flat_story(f, g)
    _flat_credit(f, g, h)
    f.add(f"این مطلب در صفحه {_fa(num)} نسخه چاپی {paper} منتشر شده است.")
    f.blank()
    f.add("مطالب دیگر این صفحه:")
    for t in others[:4]:
        f.add(f"• {t}")
    f.blank()
    f.add("نسخه کامل را در اپلیکیشن بخوانید")
    return f


# ---------------------------------------------------------------------------------------------- 2. portals


def _district(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h, f"امروز: {_three(crawl.astimezone(TEHRAN))}", "portal-head")
    _menu(doc, SERVICES, "services")
    _trail(doc, ["صفحه اصلی", "اخبار منطقه", g["section"]] if g["section"] else ["صفحه اصلی", "اخبار منطقه"])
    _title(doc, g, "h1", "news-title")
    code = _fa(stable(g["title"], h.domain) % 90000 + 10000)
    meta = f"کد خبر: {code} | تاریخ انتشار: {_jnum(loc)} - {_clock(loc)} | بازدید: {fa_count(r.randint(40, 4000))}"
    _shown(g, meta, loc, True)
    _line(doc, meta, "news-meta")
    _lead(doc, g, "news-lead")
    _story(doc, g)
    _credit(doc, g, h)
    _menu(doc, ["ارسال به دوستان", "نسخه چاپی", "ذخیره"], "tools")
    _items(doc, "اخبار مرتبط", others[:5], "related")
    addr = "نشانی: تهران، منطقه ۱۲، خیابان ناصرخسرو، ساختمان شهرداری منطقه"
    _footer(doc, h, crawl, ["درباره منطقه", "شهردار منطقه", "نواحی", "تماس"])
    _line(doc, addr, "address")


def _hawza(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    _site_head(doc, h, _qday(crawl.astimezone(TEHRAN)), "hawza-head")
    _menu(doc, ["خانه", "اخبار", "آموزش", "پژوهش", "استفتائات", "پیوندها"])
    doc.add('<div class="news">\n')
    if g["section"]:
        _line(doc, f"گروه: {g['section']}", "news-group")
    _title(doc, g, "h1", "news-title")
    line = f"{_wd(loc)} {_jday(loc)} | {_qday(loc)} | {_gday(loc)} - {_clock(loc)}"
    _shown(g, line, loc, True)
    _line(doc, line, "news-date")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</div>\n")
    _items(doc, "آخرین اخبار", others[:6], "latest", "h3",
           lambda i: _qday(crawl.astimezone(TEHRAN) - dt.timedelta(days=i + 1)))
    _footer(doc, h, crawl)


def _endowment(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    subs = ["آستان کاشی", "موزه", "کتابخانه", "موقوفات", "زائرین", "رسانه"]
    doc.chrome('<div class="astan-bar">' + " | ".join(f"<a>{e(x)}</a>" for x in subs) + "</div>\n", " | ".join(subs))
    _site_head(doc, h, None, "sub-head")
    _trail(doc, ["آستان کاشی", "موقوفات", "اخبار"] + ([g["section"]] if g["section"] else []))
    _title(doc, g, "h1", "title")
    line = f"{_jday(loc)} ({_qday(loc)})"
    _shown(g, line, loc, False)
    _line(doc, line, "date")
    _lead(doc, g, "summary")
    _story(doc, g)
    _credit(doc, g, h)
    _items(doc, "سایر اخبار موقوفات", others[:5], "more")
    _footer(doc, h, crawl, ["سامانه نذورات", "وقف جدید", "استعلام موقوفه", "تماس"])


# ---------------------------------------------------------------------------------------------- 3. sponsored


def _reportage(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    _menu(doc, ["صفحه نخست", "سیاسی", "اقتصادی", "جامعه", "ورزشی", "رپرتاژ"])
    _trail(doc, ["خانه", g["section"]] if g["section"] else ["خانه"])
    _line(doc, "رپرتاژ آگهی", "ad-badge", "span")
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h1", "title")
    _lead(doc, g, "lead")
    _dt = _dateline(g, loc, h.s["style"])
    _line(doc, _dt, "date")
    _story(doc, g)
    disc = "این مطلب به صورت آگهی منتشر شده و مسئولیت محتوای آن با آگهی‌دهنده است."
    _line(doc, disc, "disclaimer", "p")
    _items(doc, "سایر رپرتاژها", others[:4], "more-ads")
    _items(doc, "پربازدیدترین‌ها", others[4:9], "popular")
    _footer(doc, h, crawl, ["درباره ما", "تبلیغات", "رپرتاژ", "تماس"])


def _sponsored(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h)
    _menu(doc, ["سبک زندگی", "کسب‌وکار", "خانه و آشپزخانه", "سفر", "شماره‌ها"])
    doc.add('<article class="advertorial">\n')
    _line(doc, "محتوای حمایت‌شده", "sponsored-label", "span")
    if g["section"]:
        doc.chrome(f'<a class="cat-link" href="/category/{_slug(g["section"])}">{e(g["section"])}</a>\n',
                   g["section"])
    _title(doc, g, "h1", "entry-title")
    _lead(doc, g, "entry-excerpt")
    day = _gday(loc)
    _shown(g, day, loc, False, True)
    spons = f"با همکاری {h.s['company']}"
    doc.chrome(f'<div class="entry-meta"><time datetime="{_iso(loc)}">{e(day)}</time><span>{e(spons)}</span></div>\n',
               day, spons)
    _story(doc, g)
    doc.add("</article>\n")
    _items(doc, "بیشتر از این دسته", others[:4], "more")
    _line(doc, "برای سفارش محتوای حمایت‌شده با واحد بازرگانی تماس بگیرید.", "ad-contact", "p")
    _footer(doc, h, crawl)
    g["_ld"] = _ld("Article", g, loc, sponsor={"@type": "Organization", "name": h.s["company"]})


def _corpnews(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    comp = h.s["company"]
    src = f"بازنشر از اتاق خبر {comp}"
    _line(doc, src, "repub-source")
    if g["section"]:
        _line(doc, f"دسته: {g['section']}", "newsroom-cat")
    _title(doc, g, "h1", "title")
    _lead(doc, g, "lead")
    line = f"تاریخ انتشار در منبع: {_jnum(loc)} ساعت {_clock(loc)}"
    _shown(g, line, loc, True)
    _line(doc, line, "source-date")
    rep = f"تاریخ بازنشر: {_jnum(_after(loc, r, (20, 300)))}"
    _line(doc, rep, "repub-date")
    _story(doc, g)
    about = f"درباره {comp}: {comp} از سال ۱۳۷۲ در زمینه تولید و صادرات ظروف مسی فعالیت می‌کند."
    _line(doc, about, "boilerplate", "p")
    _items(doc, "اخبار دیگر شرکت‌ها", others[:5], "corp-more")
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 4. slide stories


def _slideshow(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    _trail(doc, ["خانه", "چندرسانه‌ای"] + ([g["section"]] if g["section"] else []))
    _line(doc, "اسلاید شو", "format-badge", "span")
    _title(doc, g, "h1", "gallery-title")
    _lead(doc, g, "gallery-lead")
    line = _dateline(g, loc, h.s["style"])
    _line(doc, line, "date")
    n = len(g["body_paragraphs"])
    who = _who(r)
    for i, p in enumerate(g["body_paragraphs"]):
        cnt = f"تصویر {_fa(i + 1)} از {_fa(n)}"
        doc.chrome(f'<figure class="slide"><span class="counter">{e(cnt)}</span><img src="/g/{i}.jpg" alt="">\n', cnt)
        doc.add(f"<figcaption>{e(p)}</figcaption>\n", [("body", p)])
        if i % 3 == 0:
            doc.chrome(f'<span class="photo-credit">عکس: {e(who)}</span>\n', f"عکس: {who}")
        doc.add("</figure>\n")
    _credit(doc, g, h)
    _items(doc, "اسلاید شوهای دیگر", others[:5], "more-galleries")
    _footer(doc, h, crawl)


def _carousel(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    handle = h.s["handle"]
    doc.chrome(f'<header class="mirror-top"><a>{e(h.name)}</a> <form><input placeholder="نام کاربری">'
               "<button>جستجو</button></form></header>\n", h.name, "جستجو")
    stats = f"{_fa(r.randint(200, 3000))} پست · {fa_count(r.randint(5000, 900000))} دنبال‌کننده"
    doc.chrome(f'<div class="profile"><b>{e(handle)}</b> <span>{e(stats)}</span></div>\n', handle, stats)
    n = len(g["body_paragraphs"]) + 1
    doc.add(f'<div class="post"><div class="carousel"><div class="slide cover"><img alt="{e(g["title"])}">'
            f'<div class="overlay">{e(g["title"])}</div><span class="count">۱/{_fa(n)}</span></div>\n',
            [("title", g["title"]), ("c", f"۱/{_fa(n)}")])
    doc.add('</div>\n<div class="caption">\n')
    _story(doc, g)
    _credit(doc, g, h)
    tags = " ".join("#" + t.replace(" ", "_") for t in _tags(r))
    _line(doc, tags, "hashtags", "p")
    doc.add("</div>\n")
    ago = f"{_fa(r.randint(2, 40))} روز پیش"
    likes = f"{fa_count(r.randint(100, 50000))} لایک · {_fa(r.randint(3, 400))} نظر"
    if not _undated(h, r):
        _shown(g, _iso(loc.astimezone(UTC)), loc, True, True, True)
        doc.chrome(f'<div class="post-meta"><time datetime="{_iso(loc.astimezone(UTC))}">{e(ago)}</time>'
                   f"<span>{e(likes)}</span></div>\n", ago, likes)
    else:
        doc.chrome(f'<div class="post-meta"><span>{e(likes)}</span></div>\n', likes)
    _menu(doc, MIRROR_BUTTONS, "buttons")
    doc.add("</div>\n")
    _items(doc, "پست‌های دیگر این صفحه", others[:6], "more-posts", "h4")


def _storysave(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    pub = pick(r, ["شیشه‌گر", "بلور استوری", "آیینه خبر"])
    f = Flat()
    f.add(f"{h.name} — {h.tagline}")
    f.add(f"ناشر: {pub} | دسته: {g['section']}" if g["section"] else f"ناشر: {pub}")
    f.add(f"ذخیره‌شده در {crawl.astimezone(TEHRAN):%Y-%m-%d %H:%M}")
    f.blank()
    n = len(g["body_paragraphs"]) + 1
    f.add(f"اسلاید ۱ از {_fa(n)}")
    f.add(g["title"], "title")
    if not _undated(h, r):
        line = f"{_jday(loc)}"
        _shown(g, line, loc, False)
        f.add(line)
    f.blank()
    for i, p in enumerate(g["body_paragraphs"]):
        f.add(f"اسلاید {_fa(i + 2)} از {_fa(n)}")
        f.add(p, "body")
        f.blank()
    _flat_credit(f, g, h)
    f.add("بیشتر بخوانید ←")
    f.add(f"استوری بعدی: {others[0]}")
    f.add("این استوری از وب ذخیره شده است؛ نسخه اصلی را در سایت ناشر ببینید.")
    return f


# ---------------------------------------------------------------------------------------------- 5. live blogs


def _entry_clocks(loc: dt.datetime, r: random.Random, n: int) -> list[dt.datetime]:
    """The entries' instants from the start, minutes apart, never past the start's day."""
    ts, t = [], loc
    step = max(1, min(25, (23 * 60 + 50 - loc.hour * 60 - loc.minute) // max(1, n)))
    for _ in range(n):
        ts.append(t)
        t = t + dt.timedelta(minutes=r.randint(1, step))
    return ts


def _livepage(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    _trail(doc, ["صفحه نخست", g["section"]] if g["section"] else ["صفحه نخست"])
    _line(doc, "● پوشش زنده", "live-badge", "span")
    _title(doc, g, "h1", "live-title")
    if g["lead"]:
        doc.chrome('<div class="summary"><h3>خلاصه</h3>\n', "خلاصه")
        _lead(doc, g, "summary-text")
        doc.add("</div>\n")
    start = f"شروع پوشش: {_jday(loc)} ساعت {_clock(loc)}"
    _shown(g, start, loc, True)
    clocks = _entry_clocks(loc, r, len(g["body_paragraphs"]))
    upd = f"آخرین به‌روزرسانی: {_clock(clocks[-1])}"
    doc.chrome(f'<div class="live-meta"><div>{e(start)}</div><div>{e(upd)}</div></div>\n', start, upd)
    pairs = list(zip(clocks, g["body_paragraphs"], strict=True))[::-1]  # newest first
    g["body_paragraphs"] = [p for _, p in pairs]
    for t, p in pairs:
        doc.add(f'<div class="entry"><time datetime="{_iso(t)}">{e(_clock(t))}</time>\n', [("c", _clock(t))])
        doc.add(f"<p>{e(p)}</p></div>\n", [("body", p)])
    _credit(doc, g, h)
    _items(doc, "پوشش‌های زنده دیگر", others[:4], "other-live")
    _footer(doc, h, crawl)


def _ticker(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    _site_head(doc, h)
    _menu(doc, ["لحظه به لحظه", "آرشیو پوشش‌ها", "ویدئو", "درباره"])
    if g["section"]:
        _line(doc, f"برچسب موضوعی: {g['section']}", "topic-label", "span")
    _title(doc, g, "h1", "ticker-title")
    _lead(doc, g, "ticker-lead")
    day = f"{_wd(loc)} {_jday(loc)}"
    _shown(g, day, loc, False)
    _line(doc, day, "ticker-day")
    clocks = _entry_clocks(loc, r, len(g["body_paragraphs"]))
    doc.add('<table class="ticker">\n')
    for t, p in zip(clocks, g["body_paragraphs"], strict=True):
        doc.add(f'<tr><td class="clock">{e(_clock(t))}</td>', [("c", _clock(t))])
        doc.add(f'<td class="txt">{e(p)}</td></tr>\n', [("body", p)])
    doc.add("</table>\n")
    _credit(doc, g, h)
    _footer(doc, h, crawl)


def _livetxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    f = Flat()
    f.add(f"{h.name} | {h.tagline}")
    f.blank()
    if g["section"]:
        f.add(f"سرویس: {g['section']}")
    f.add("🔴 پوشش زنده")
    f.add(g["title"], "title")
    f.blank()
    line = f"{_jnum(loc)} - {_clock(loc)}"
    _shown(g, line, loc, True)
    f.add(line)
    f.blank()
    for t, p in zip(_entry_clocks(loc, r, len(g["body_paragraphs"])), g["body_paragraphs"], strict=True):
        f.add(f"[{_clock(t)}]")
        f.add(p, "body")
        f.blank()
    _flat_credit(f, g, h)
    f.add("پایان پوشش زنده")
    return f


# ---------------------------------------------------------------------------------------------- 6. court rulings


def _case(r: random.Random, loc: dt.datetime) -> list[tuple[str, str]]:
    ruled = _before(loc, r)
    return [("شماره پرونده", _fa(r.randint(10**15, 10**16 - 1))), ("مرجع رسیدگی", pick(r, COURTS)),
            ("تاریخ صدور رأی", _jnum(ruled)), ("وضعیت رأی", pick(r, VERDICTS))]


def _judiciary(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    _menu(doc, ["صفحه نخست", "قوه قضاییه", "دادستانی", "حقوق شهروندی", "استان‌ها"])
    _trail(doc, ["صفحه نخست", g["section"]] if g["section"] else ["صفحه نخست"])
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h1", "title")
    _lead(doc, g, "lead")
    line = _dateline(g, loc, h.s["style"])
    _line(doc, line, "date")
    rows = _case(r, loc)
    doc.chrome('<table class="case-box">' + "".join(f'<tr><td class="k">{e(k)}</td><td>{e(v)}</td></tr>'
                                                    for k, v in rows) + "</table>\n", *[x for kv in rows for x in kv])
    _story(doc, g)
    _credit(doc, g, h)
    _items(doc, "اخبار مرتبط", others[:5], "related")
    _footer(doc, h, crawl)


def _lawportal(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h)
    _menu(doc, ["مشاوره آنلاین", "وکلا", "اخبار حقوقی", "نمونه آرا", "قوانین"])
    _title(doc, g, "h1", "entry-title")
    if g["section"]:
        _line(doc, f"دسته‌بندی: {g['section']}", "entry-cat")
    day = _jday(loc)
    _shown(g, day, loc, False, True)
    doc.chrome(f'<div class="entry-date"><time datetime="{_iso(loc)}">{e(day)}</time></div>\n', day)
    _lead(doc, g, "entry-lead")
    session = ("تاریخ جلسه رسیدگی", _jnum(_before(loc, r, (20, 200))))
    rows = [_case(r, loc)[0], _case(r, loc)[1], session]
    doc.chrome('<dl class="ruling">\n' + "".join(f"<dt>{e(k)}</dt>\n<dd>{e(v)}</dd>\n" for k, v in rows) + "</dl>\n",
               *[x for kv in rows for x in kv])
    _story(doc, g)
    _credit(doc, g, h)
    cms = [f"{_who(r)} — {_jnum(_after(loc, r, (30, 900)))}" for _ in range(r.randint(1, 3))]
    doc.chrome(f'<div class="comments"><h3>{_fa(len(cms))} دیدگاه</h3>'
               + "".join(f"<div class=\"c\">{e(c)}<p>ممنون از مطلب مفیدتان.</p></div>" for c in cms) + "</div>\n",
               f"{_fa(len(cms))} دیدگاه", *[x for c in cms for x in (c, "ممنون از مطلب مفیدتان.")])
    _footer(doc, h, crawl)


def _rulingtxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    f = Flat()
    f.add(f"{h.name} — {h.tagline}")
    f.blank()
    ruled = _before(loc, r)
    f.add(f"دادنامه شماره {_fa(r.randint(10**9, 10**10 - 1))} مورخ {_jnum(ruled)}")
    f.add(f"کلاسه پرونده: {_fa(r.randint(1000, 9999))}/{_fa(r.randint(10, 99))}")
    f.add(f"مرجع: {pick(r, COURTS)}")
    f.blank()
    f.add("خبر منتشرشده درباره این رأی:")
    f.blank()
    f.add(g["title"], "title")
    line = _dateline(g, loc, h.s["style"])
    f.add(line)
    f.blank()
    _flat_story(f, g)
    _flat_credit(f, g, h)
    f.add(f"© {h.name}")
    return f


# ---------------------------------------------------------------------------------------------- 7. TV programmes


def _schedule(r: random.Random) -> list[tuple[str, str]]:
    hours = sorted(r.sample(range(7, 24), 6))
    return [(dg(f"{x:02d}:{r.choice([0, 15, 30, 45]):02d}", "fa"), pick(r, PROGRAMMES)) for x in hours]


def _broadcaster(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                 crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    _menu(doc, ["پخش زنده", "برنامه‌ها", "جدول پخش", "خبر", "آرشیو"])
    _trail(doc, ["خانه", "خبر", g["section"]] if g["section"] else ["خانه", "خبر"])
    prog = pick(r, PROGRAMMES)
    air = _after(loc, r, (10, 120))
    box = [f"برنامه: {prog}", f"قسمت {_fa(r.randint(2, 60))}", f"زمان پخش: {_wd(air)} {_jday(air)} ساعت {_clock(air)}"]
    doc.chrome('<div class="programme-box">' + "".join(f"<span>{e(x)}</span>" for x in box) + "</div>\n", *box)
    _title(doc, g, "h1", "title")
    _lead(doc, g, "lead")
    line = _dateline(g, loc, h.s["style"])
    _line(doc, line, "date")
    _story(doc, g)
    _credit(doc, g, h)
    rows = [f"{t} {p}" for t, p in _schedule(r)]
    doc.chrome('<aside class="schedule"><h3>جدول پخش امروز</h3><ul>' + "".join(f"<li>{e(x)}</li>" for x in rows)
               + "</ul></aside>\n", "جدول پخش امروز", *rows)
    _footer(doc, h, crawl)


def _guide(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    _site_head(doc, h)
    now = crawl.astimezone(TEHRAN)
    head = f"جدول پخش شبکه‌ها - {_wd(now)} {_jday(now)}"
    _line(doc, head, "guide-head", "h1")
    chans = list(CHANNELS)
    _menu(doc, chans, "channels")
    _trail(doc, ["راهنمای پخش", "اخبار تلویزیون"] + ([g["section"]] if g["section"] else []))
    prog = pick(r, PROGRAMMES)
    line = f"{h.s['channel']} › {prog} › قسمت {_fa(r.randint(2, 90))}"
    _line(doc, line, "programme-path", "h2")
    _title(doc, g, "h3", "story-title")
    _lead(doc, g, "story-lead")
    day = f"منتشرشده در {_jnum(loc)} ساعت {_clock(loc)}"
    _shown(g, day, loc, True)
    _line(doc, day, "story-date")
    _story(doc, g)
    _credit(doc, g, h)
    rows = [f"{t} | {pick(r, CHANNELS)} | {p}" for t, p in _schedule(r)]
    doc.chrome('<table class="grid">' + "".join(f"<tr><td>{e(x)}</td></tr>" for x in rows) + "</table>\n", *rows)
    _footer(doc, h, crawl)


def _tvtxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    f = Flat()
    f.add(f"{h.name} - {h.tagline}")
    f.blank()
    f.add("پخش امشب:")
    for t, p in _schedule(r)[:4]:
        f.add(f"{t} | {pick(r, CHANNELS)} | {p}")
    f.blank()
    if g["section"]:
        f.add(f"گروه: {g['section']}")
    f.add(g["title"], "title")
    if not _undated(h, r):
        f.add(_dateline(g, loc, h.s["style"]))
    f.blank()
    _flat_story(f, g)
    _flat_credit(f, g, h)
    f.add("برای تماشای آنلاین به بخش پخش زنده بروید.")
    return f


# ---------------------------------------------------------------------------------------------- 8. print views


def _printhtml(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    doc.chrome(f'<div class="print-head"><img src="/logo.png" alt=""> <b>{e(h.name)}</b> <span>نسخه قابل چاپ</span>'
               '<a href="javascript:window.print()">چاپ</a> <a>بازگشت به صفحه خبر</a></div>\n',
               h.name, "نسخه قابل چاپ", "چاپ", "بازگشت به صفحه خبر")
    code = f"کد خبر: {_fa(stable(g['title']) % 900000 + 100000)}"
    _line(doc, code, "code")
    if g["section"]:
        _line(doc, f"سرویس: {g['section']}", "service")
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h1", "title")
    line = _dateline(g, loc, h.s["style"])
    _line(doc, line, "date")
    _lead(doc, g, "lead")
    _story(doc, g)
    _credit(doc, g, h)
    now = crawl.astimezone(TEHRAN)
    foot = [f"نشانی خبر: https://www.{h.domain.split('.', 1)[1]}/news/{stable(g['title']) % 10**6}",
            f"تاریخ چاپ: {_jnum(now)} {_clock(now)}"]
    doc.chrome('<div class="print-foot">' + "".join(f"<div>{e(x)}</div>" for x in foot) + "</div>\n", *foot)


def _print_header(crawl: dt.datetime, tab: str) -> str:
    now = crawl.astimezone(TEHRAN)
    hour = now.hour % 12 or 12
    return f"{now.month}/{now.day}/{now:%y}, {hour}:{now:%M} {'PM' if now.hour >= 12 else 'AM'}    {tab}"


def _printpdf(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    tab = f"{g['title'][:40]}… - {h.name}" if len(g["title"]) > 40 else f"{g['title']} - {h.name}"
    url = f"https://{h.domain}/print/{stable(g['title']) % 10**6}"
    paras = g["body_paragraphs"]
    pages = 1 + len(paras) // 5
    f = Flat()
    f.add(_print_header(crawl, tab))
    f.blank()
    f.add(f"{h.name} - {h.tagline}")
    f.add("صفحه نخست | آخرین اخبار | پربازدیدها | جستجو")
    if g["section"]:
        f.add(f"سرویس: {g['section']}")
    f.add(g["title"], "title")
    line = _dateline(g, loc, h.s["style"])
    f.add(line)
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead")
        f.blank()
    for i, p in enumerate(paras):
        f.add(p, "body")
        f.blank()
        if i % 5 == 4 and i + 1 < len(paras):
            f.add(f"{url}    {i // 5 + 1}/{pages}")
            f.add(_print_header(crawl, tab))
            f.blank()
    _flat_credit(f, g, h)
    f.add(f"کلیه حقوق این سایت متعلق به {h.name} است.")
    f.add(f"{url}    {pages}/{pages}")
    return f


def _printtxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    f = Flat()
    f.add(f"نسخه چاپی | {h.name}")
    f.add(f"برگرفته از {h.domain}")
    f.add("----------------------------------------")
    f.add(g["title"], "title")
    if not _undated(h, r):
        f.add(_dateline(g, loc, h.s["style"]))
    f.blank()
    _flat_story(f, g)
    _flat_credit(f, g, h)
    f.add("----------------------------------------")
    now = crawl.astimezone(TEHRAN)
    f.add(f"چاپ شده در {_jnum(now)} از {h.domain}")
    f.add(f"© {h.name} — استفاده از مطالب با ذکر منبع آزاد است.")
    return f


# ---------------------------------------------------------------------------------------------- the pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant and whether only markup does, and a kicker's text (``g["surtitle"]``)."""
    v = h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    flat = {"kiosktxt": _kiosktxt, "storysave": _storysave, "livetxt": _livetxt, "rulingtxt": _rulingtxt,
            "tvtxt": _tvtxt, "printpdf": _printpdf, "printtxt": _printtxt}
    if v in flat:
        return flat[v](h, r, g, loc, others, crawl)
    doc = Doc()
    draw = {"pageviewer": _pageviewer, "issuepage": _issuepage, "district": _district, "hawza": _hawza,
            "endowment": _endowment, "reportage": _reportage, "sponsored": _sponsored, "corpnews": _corpnews,
            "slideshow": _slideshow, "carousel": _carousel, "livepage": _livepage, "ticker": _ticker,
            "judiciary": _judiciary, "lawportal": _lawportal, "broadcaster": _broadcaster, "guide": _guide,
            "printhtml": _printhtml}
    draw[v](doc, h, r, g, loc, others, crawl)
    g["_loc"] = loc
    return doc


LISTING = {"epaper": "فهرست مطالب این شماره", "portal": "آرشیو اخبار", "advertorial": "رپرتاژها",
           "slides": "همه اسلاید شوها", "liveblog": "پوشش‌های زنده", "court": "اخبار قضایی",
           "tvguide": "برنامه‌های امروز", "printview": "فهرست چاپی"}
GONE = {"epaper": "این شماره هنوز بارگذاری نشده است.", "portal": "خبر مورد نظر یافت نشد.",
        "advertorial": "این آگهی منقضی شده است.", "slides": "این اسلاید شو حذف شده است.",
        "liveblog": "پوشش زنده به پایان رسیده و صفحه بایگانی شده است.", "court": "دسترسی به این صفحه ممکن نیست.",
        "tvguide": "جدول پخش در دسترس نیست.", "printview": "خطا در تولید نسخه چاپی."}


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing, a removed page, an empty page."""
    now = crawl.astimezone(TEHRAN)
    kind = h.s["kind"]
    if h.s["variant"] in FLAT:
        f = Flat()
        f.add(f"{h.name} — {h.tagline}")
        f.blank()
        if neg == "listing":
            f.add(LISTING[kind])
            for i, t in enumerate(others[5:18]):
                f.add(f"- {_jnum(now - dt.timedelta(days=i + 1))} | {t}")
        else:
            f.add(GONE[kind] if neg == "chrome_only" else "(صفحه خالی)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="app"></div><noscript>لطفاً جاوااسکریپت مرورگر خود را فعال کنید.</noscript>\n',
                   "لطفاً جاوااسکریپت مرورگر خود را فعال کنید.")
        return doc
    _site_head(doc, h)
    if neg == "listing":
        label = LISTING[kind]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=i + 1)))
    else:
        msg = GONE[kind]
        doc.chrome(f'<div class="notfound"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
    foot = f"© {h.name}"
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)
    return doc


def _tab(h: Host, g: dict) -> str:
    """The ``<title>`` of a page: like its headline, seldom the same."""
    v = h.s["variant"]
    title = g.get("title") or h.name
    if g.get("kind") != "article":
        return h.name
    cut = title if len(title) < 50 else title[:45].rstrip() + "..."
    return {"pageviewer": f"نسخه الکترونیک {h.name}", "issuepage": f"{h.name} - آرشیو شماره‌ها",
            "district": f"{h.name} - {cut}", "carousel": f"{h.s['handle']} • پست اینستاگرام",
            "livepage": f"زنده | {cut}", "guide": f"جدول پخش تلویزیون | {h.name}",
            "printhtml": f"نسخه چاپی: {cut}"}.get(v, f"{cut} | {h.name}")


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    v = h.s["variant"]
    tab = _tab(h, g)
    metas = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{e(tab)}</title>", f'<link rel="canonical" href="{e(url)}">']
    art = g.get("kind") == "article"
    loc = g.get("_loc")
    if art and v in ("reportage", "slideshow", "judiciary", "broadcaster"):
        metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if art and loc is not None:
        if v == "sponsored" and g.get("_ld"):
            metas.append(g["_ld"])
        if v == "slideshow":
            metas.append(_ld("ImageGallery", g, loc))
        if v == "carousel":
            metas.append('<meta property="og:type" content="instapp:photo">')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(10 + stable(h.domain) % 30))
    metas.append(f"<style>{rules}</style>")
    onload = ' onload="window.print()"' if v == "printhtml" else ""
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(metas)
            + f"\n</head>\n<body{onload}>\n{doc.html()}</body>\n</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    v = h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    return {"pageviewer": f"https://{h.domain}/viewer/{key}?page={int(key) % 12 + 1}",
            "issuepage": f"https://{h.domain}/issue/{key}/", "kiosktxt": f"https://{h.domain}/read/{key}",
            "district": f"https://{h.domain}/news/{key}", "hawza": f"https://{h.domain}/fa/news/{key}/{slug[:6]}",
            "endowment": f"https://{h.domain}/mowqufat/news/{key}", "reportage": f"https://{h.domain}/reportage/{key}",
            "sponsored": f"https://{h.domain}/{slug}/", "corpnews": f"https://{h.domain}/corp/{key}",
            "slideshow": f"https://{h.domain}/gallery/{key}", "carousel": f"https://{h.domain}/p/{slug[:11]}",
            "storysave": f"https://{h.domain}/saved/{slug}.txt", "livepage": f"https://{h.domain}/live/{key}",
            "ticker": f"https://{h.domain}/{key}", "livetxt": f"https://{h.domain}/live/{key}.txt",
            "judiciary": f"https://{h.domain}/news/{key}", "lawportal": f"https://{h.domain}/blog/{slug}/",
            "rulingtxt": f"https://{h.domain}/ruling/{key}.txt", "broadcaster": f"https://{h.domain}/news/{key}",
            "guide": f"https://{h.domain}/tv/{slug[:6]}/{key}", "tvtxt": f"https://{h.domain}/t/{key}",
            "printhtml": f"https://{h.domain}/print/{key}", "printpdf": f"https://{h.domain}/pdf/{key}.pdf",
            "printtxt": f"https://{h.domain}/print/{key}.txt"}[v]


def _day(h: Host, pub: dt.datetime) -> dt.datetime:
    """A mirror holds the instant in UTC only: its story is put where that day is Tehran's too."""
    return same_day_in_utc(pub) if h.s["variant"] == "carousel" else pub


def build(out_dir, n: int = 400, seed: int = 480, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="bb", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED,
                     day=_day)
