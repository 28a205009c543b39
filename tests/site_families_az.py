"""Family set AZ: eight families, written blind to the extractor. Kinds 1-4 are other makes of the classes the held
AT families hold (OCR'd press clippings, app landing pages, comment-heavy pages, columnist pages), kinds 5-8 kinds no
earlier set had: a feed reader's article view, an infographic's text alternative, a government portal's news item
with its circular number, and a news widget embedded in another kind of site.

    build(out_dir, n, seed=460, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages (nor reading AT's generator); invented hosts and names,
stories from the corpus. Tables in :mod:`site_families_az_tables`; the build loop is :func:`family_frames.build_set`;
the date and box helpers are AQ's, AV's, AW's and those AY imports. One kind a family, three hosts a family that
differ in the kind's variants (:data:`site_families_az_tables.VARIANT`):

1. ``lentil_fields``  OCR'd press clippings: a media-monitoring service's clipping view (the clipping's fields:
   paper, issue number, page, the issue's day, the service's registration day and tone tags over the OCR text with
   its noise: ZWNJs read as spaces, stray Latin letters, «ي» for «ی»), a digital newspaper archive's page-text view
   saved as text (the paper's masthead line, issue and page, the text in narrow column lines, the neighbouring
   article's headline between paragraphs, «ادامه در صفحه ۷») and an hOCR-like scan view (``ocr_page`` /
   ``ocr_par`` / ``ocrx_line`` spans with their confidences, the scan's metadata table and its scanning day);
2. ``pomegranate_juice``  app landing pages: an app store's listing of a news app (rating, installs, version, the
   update day, size, «درباره این برنامه» holding the story of the day, changelog, permissions, similar apps), a
   PWA's install page (manifest link, «افزودن به صفحه اصلی», the featured story with JSON-LD) and a «دانلود
   اپلیکیشن» page (Android / iOS buttons, the version's release day, a featured news block with the story);
3. ``bus_terminals``  comment-heavy pages: a story under a Disqus-like embed (comment count, sort, threaded replies
   with «۳ روز پیش» ages, upvotes), a Persian news site's «نظرات» (each comment's Jalali day and clock, likes and
   dislikes, «پاسخ» threads, the site's answer, comments quoting the story's words) and a text copy of such a
   page; more comment text than story;
4. ``walnut_orchards``  columnist pages: a columnist's profile page (photo, bio, follower count, the latest column
   in full, earlier columns with their days), a daily's «سرمقاله» page (edition number and day, on some hosts in
   three calendars, the editorial's label, the writer's signature, the edition's other pages) and a text copy of a
   weekly column (the column's name, «یادداشت», a bio line after the text);
5. ``tea_auctions``  feed readers' article views: an Inoreader-like web reader (feeds in a sidebar with unread
   counts, the item's feed and relative age, «مشاهده در سایت اصلی»), a card reader (today's cards, «علامت خوانده‌شده»,
   the item opened over the list) and newsboat's article view as text («Feed:», «Title:», «Author:», «Link:»,
   «Date:» with an RFC 822 instant in UTC);
6. ``kiwi_exports``  infographics' text alternatives: an infographic page (the image's size and download button,
   «متن اینفوگرافیک» holding the story), a ``longdesc`` page (the image's long description, «بازگشت به تصویر») and an
   accessible text version for the visually impaired (flat text, «تصویر:» notes);
7. ``wheat_silos``  government portal news items: a provincial directorate's portal (accessibility bar, quick
   services, «شماره بخشنامه» and «تاریخ ابلاغ» of the circular the item announces, the news code, visit counts), its
   mobile view and its text version;
8. ``pearl_diving``  a news widget embedded in another site: a weather site's page with the port's weather and the
   partner agency's widget expanded to the story, a shop's page with a «اخبار صنعت» widget, a travel guide with a
   «خبر روز جزیره» widget (the widget's «قدرت گرفته از» badge, the host site's own chrome and dates).

Gold as AY's: the title the story's headline (not an app's, a feed's, an infographic's file name, a portal's or a
host site's title), the section the story's own rubric (a label, a trail, a tag; none where the page shows none), the
lead a standfirst shown apart, the agency the story's credit or a «منبع: …» the page adds; ``published_iso`` the
story's day as the page shows it (a clipping's the issue's day), ``published_time`` the instant with its offset when
the page shows its time or holds it in markup. Registration, scan, update, release, comment, edition-list, feed
fetch, circular-notice and widget refresh days are no story date. OCR'd text is gold as the page shows it. About 7%
negatives, ~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
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
from site_families_aq import _ago, _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _footer, _lead, _none, _site_head, _title
from site_families_av import _dateline, _today
from site_families_aw import _credit, _credit_text, _gday, _kicker, _line, _wrapped, canon
from site_families_ay import _http
from site_families_az_tables import (
    A11Y,
    AROUND,
    BIOS,
    CHANGES,
    FAMILIES,
    HOSTS,
    KIND,
    PAPERS,
    PERMS,
    PIECES,
    QUICK,
    REMARKS,
    SECTIONS,
    TONES,
    VARIANT,
)
from site_families_h import HMONTHS, TEHRAN, Host, dg, hijri
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"hocrview", "dlpage", "threadtxt", "newsboat", "a11ytxt", "shopwidget"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"archivetext", "threadtxt", "columntxt", "newsboat", "a11ytxt", "govtxt"}
#: the agency habit of a variant that has one (the others draw theirs)
AGENCY = {"monitorview": "credit", "archivetext": "none", "storelisting": "none", "nazarat": "credit",
          "profile": "none", "editorial": "none", "columntxt": "none", "readerweb": "credit", "newsboat": "keep",
          "govportal": "none", "govmobile": "none", "weatherwidget": "credit", "travelwidget": "credit"}
#: the share of a kind's pages saved as HTML (the rest a copy of the page as text)
HTML_P = 0.8
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"monitorview": 0.3, "storelisting": 0.2, "pwainstall": 0.4, "disqusembed": 0.4, "nazarat": 0.5,
          "threadtxt": 0.3, "profile": 0.3, "readerweb": 0.3, "readercards": 0.4, "infoalt": 0.4, "longdesc": 0.3,
          "govportal": 0.4, "govmobile": 0.3, "weatherwidget": 0.3, "travelwidget": 0.3}
#: how often a variant's headline carries a kicker
KICK_P = {"disqusembed": 0.3, "nazarat": 0.3, "readerweb": 0.2, "weatherwidget": 0.3}
#: how often a variant's page shows no day of the story
UNDATED_P = {"hocrview": 0.3, "dlpage": 0.3, "a11ytxt": 0.4, "shopwidget": 0.3, "threadtxt": 0.2}
UTC = dt.timezone.utc
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-az-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P,
         "agency": AGENCY.get(variant) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0), "kick_p": KICK_P.get(variant, 0.0),
         "user": _who(r), "style": stable(domain) % 4, "paper": pick(r, PAPERS),
         "app": pick(r, ["خبرخوان استان", "اخبار لحظه‌ای شهر", "خبرنامه من"]) if variant == "storelisting" else name,
         "partner": pick(r, [("www.khabar-sahel.ir", "خبر ساحل"), ("www.moj-jonub.com", "موج جنوب")])}
    return Host(family, domain, name, tagline, [], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _undated(h: Host, r: random.Random) -> bool:
    return r.random() < UNDATED_P.get(h.s["variant"], 0.0)


def _ocr(p: str, r: random.Random) -> str:
    """A paragraph as OCR reads it: a ZWNJ or two read as a space, a «ی» read «ي», a stray Latin letter."""
    out = p
    for _ in range(r.choice([0, 1, 1, 2])):
        i = out.find("\u200c", r.randrange(max(1, len(out))))
        if i > 0:
            out = out[:i] + " " + out[i + 1:]
    if r.random() < 0.3:
        ws = out.split(" ")
        k = r.randrange(len(ws))
        if "ی" in ws[k][:-1]:
            ws[k] = ws[k][:-1].replace("ی", "ي", 1) + ws[k][-1]
        out = " ".join(ws)
    if r.random() < 0.25:
        ws = out.split(" ")
        ws.insert(r.randrange(1, len(ws) + 1), pick(r, ["i", "l", "I", "|"]))
        out = " ".join(ws)
    return " ".join(out.split())


def _issue(loc: dt.datetime) -> str:
    return dg(str(1200 + (loc.date() - dt.date(2016, 1, 1)).days), "fa")


def _quote(p: str) -> str:
    """A few words of ``p`` as a commenter quotes them."""
    return "«" + " ".join(p.split()[:8]) + " ...»"


def _story(doc: Doc, g: dict, pcls: str = "", tag: str = "p") -> None:
    for p in g["body_paragraphs"]:
        doc.add(f"<{tag}{pcls}>{e(p)}</{tag}>\n", [("body", p)])


# ---------------------------------------------------------------------------------------------- 1. clippings


def _clip_fields(h: Host, r: random.Random, g: dict, loc: dt.datetime, crawl: dt.datetime) -> list[tuple[str, str]]:
    reg = _after(loc, r, (1, 6))
    day = f"{_wd(loc)} {_jday(loc)}"
    _shown(g, day, loc, False)
    return [("نام نشریه", h.s["paper"]), ("شماره", _issue(loc)), ("تاریخ انتشار نشریه", day),
            ("صفحه", dg(str(r.randint(2, 16)), "fa")), ("تاریخ ثبت در سامانه", f"{_jnum(reg)} {_clock(reg)}"),
            ("موضوع", g["section"] or "عمومی"), ("ارزیابی", pick(r, TONES))]


def _monitorview(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                 crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    menu = ["داشبورد", "بریده جراید", "خبرگزاری‌ها", "گزارش‌ها", "خروج"]
    doc.chrome('<ul class="pm-menu">' + "".join(f"<li>{e(x)}</li>" for x in menu) + "</ul>\n", *menu)
    fields = _clip_fields(h, r, g, loc, crawl)
    doc.chrome('<table class="clip-meta">' + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in fields)
               + "</table>\n", *[x for kv in fields for x in kv])
    tools = ["نمایش تصویر اسکن", "دانلود PDF", "افزودن به بولتن", "ارسال به همکار"]
    doc.chrome('<div class="clip-tools">' + "".join(f"<a>{e(x)}</a>" for x in tools) + "</div>\n", *tools)
    _title(doc, g, "h2", "clip-title")
    _lead(doc, g, "clip-lead")
    # (the monitor's own summary: the story's first words, cut)
    if r.random() < 0.6 and len(g["body_paragraphs"][0].split()) > 24:
        summ = "خلاصه: " + " ".join(g["body_paragraphs"][0].split()[:18]) + " ..."
        _line(doc, summ, "clip-summary")
    doc.chrome("<h4>متن استخراج‌شده (OCR)</h4>\n", "متن استخراج‌شده (OCR)")
    g["body_paragraphs"] = [_ocr(p, r) for p in g["body_paragraphs"]]
    doc.add('<div class="ocr-text">\n')
    _story(doc, g)
    doc.add("</div>\n")
    _credit(doc, g, h)
    _items(doc, "بریده‌های مرتبط", others[:5], "clip-related", "h3",
           lambda i: f"{PAPERS[i % len(PAPERS)]} — {_jday(loc - dt.timedelta(days=i + 1))}")
    _footer(doc, h, crawl)


def _archivetext(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    f.add(f"{h.name} — {h.tagline}")
    f.add(f"{h.s['paper']} | شماره {_issue(loc)} | صفحه {dg(str(r.randint(2, 16)), 'fa')}")
    day = f"{_wd(loc)} {_jday(loc)}"
    f.add(day)
    _shown(g, day, loc, False)
    f.add("متن صفحه (تبدیل خودکار از تصویر؛ ممکن است خطا داشته باشد)")
    f.blank()
    if g["section"]:
        f.add(f"سرویس: {g['section']}")
    f.add(g["title"], "title")
    f.blank()
    g["body_paragraphs"] = [_ocr(p, r) for p in g["body_paragraphs"]]
    width = r.choice([30, 34, 40])
    for i, p in enumerate(g["body_paragraphs"]):
        f.add(p, "body", _wrapped(p, width))
        if i == 1 and len(g["body_paragraphs"]) > 4 and others:
            f.blank()
            f.add(others[0])  # (the neighbouring column's headline)
        f.blank()
    jump = f"ادامه در صفحه {dg(str(r.randint(3, 19)), 'fa')}"
    if r.random() < 0.3:
        f.add(jump)
    f.add(f"شناسه صفحه: {key}")
    f.add("راهنما | جستجوی پیشرفته | فهرست نشریات")
    f.add(f"© {h.name}؛ بازنشر متن صفحات با ذکر نام نشریه آزاد است.")
    return f


def _hocrview(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h)
    scanned = _after(loc, r, (30, 900))
    meta = [("نشریه", h.s["paper"]), ("شماره", _issue(loc)), ("تاریخ اسکن", f"{_jnum(scanned, 'en')}"),
            ("وضوح", "۳۰۰ dpi"), ("موتور", "Tesseract 5 (fas)")]
    if not _undated(h, r):
        day = _jday(loc)
        meta.insert(2, ("تاریخ نشریه", day))
        _shown(g, day, loc, False)
    doc.chrome('<table class="scan-meta">' + "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in meta)
               + "</table>\n", *[x for kv in meta for x in kv])
    doc.add(f'<div class="ocr_page" title="image scan_{_issue(loc)}.tif; bbox 0 0 2480 3508">\n')
    doc.add(f'<h1 class="ocr_header">{e(g["title"])}</h1>\n', [("title", g["title"])])
    g["body_paragraphs"] = [_ocr(p, r) for p in g["body_paragraphs"]]
    for i, p in enumerate(g["body_paragraphs"]):
        ws = p.split(" ")
        lines, k = [], 0
        while k < len(ws):
            n = r.randint(5, 8)
            lines.append(" ".join(ws[k:k + n]))
            k += n
        spans = " ".join(f'<span class="ocrx_line" title="bbox {100 + j} {200 + 40 * j} 2300 {230 + 40 * j}; '
                         f'x_wconf {r.randint(61, 97)}">{e(x)}</span>' for j, x in enumerate(lines))
        doc.add(f'<p class="ocr_par" id="par_{i + 1}">{spans}</p>\n', [("body", p)])
    doc.add("</div>\n")
    _credit(doc, g, h)
    _items(doc, "صفحات دیگر این شماره", others[:4], "pages", "h3", lambda i: dg(f"صفحه {i + 2}", "fa"))
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 2. app landings


def _storelisting(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                  crawl: dt.datetime) -> None:
    _site_head(doc, h)
    app = h.s["app"]
    upd = _after(loc, r, (2, 200))
    rows = [("امتیاز", dg(f"{r.randint(35, 49) / 10} از ۵", "fa")),
            ("نصب فعال", f"+{fa_count(r.randint(5, 900) * 1000)}"),
            ("نسخه", dg(f"{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", "fa")),
            ("آخرین به‌روزرسانی", _jday(upd)), ("حجم", dg(f"{r.randint(8, 40)} مگابایت", "fa"))]
    doc.chrome(f'<div class="app-head"><h1 class="app-name">{e(app)}</h1><a class="dev">{e(h.s["user"])}</a>'
               '<button class="install">دریافت</button></div>\n', app, h.s["user"], "دریافت")
    doc.chrome('<ul class="app-info">' + "".join(f"<li><span>{e(k)}</span><b>{e(v)}</b></li>" for k, v in rows)
               + "</ul>\n",
               *[x for kv in rows for x in kv])
    doc.chrome("<h2>درباره این برنامه</h2>\n", "درباره این برنامه")
    intro = f"با {app} آخرین اخبار استان را سریع و بدون تبلیغ بخوانید. خبر برگزیده امروز:"
    _line(doc, intro, "app-intro")
    doc.add('<div class="app-desc">\n')
    if g["section"]:
        _line(doc, f"دسته خبر: {g['section']}", "featured-cat")
    _title(doc, g, "h3", "featured-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "featured-date")
    _lead(doc, g, "featured-lead")
    _story(doc, g)
    doc.add("</div>\n")
    _credit(doc, g, h)
    doc.chrome("<h2>تغییرات این نسخه</h2>\n", "تغییرات این نسخه")
    ch = r.sample(CHANGES, 2)
    doc.chrome("<ul class=\"changes\">" + "".join(f"<li>{e(x)}</li>" for x in ch) + "</ul>\n", *ch)
    perms = ["مجوزها:", *PERMS]
    doc.chrome('<div class="perms">' + " ".join(f"<span>{e(x)}</span>" for x in perms) + "</div>\n", " ".join(perms))
    _items(doc, "برنامه‌های مشابه", ["ساوه‌نما", "خبرخوان کویر", "رادیو محلی"], "similar-apps", "h3")
    _footer(doc, h, crawl)


def _pwainstall(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                crawl: dt.datetime) -> None:
    app = h.s["app"]
    doc.chrome(f'<div class="a2hs-banner"><img src="/icons/192.png" alt=""><b>{e(app)}</b>'
               '<button id="install">افزودن به صفحه اصلی</button><button class="later">بعداً</button></div>\n',
               app, "افزودن به صفحه اصلی", "بعداً")
    tip = "برای نصب، در مرورگر روی «اشتراک‌گذاری» و سپس «Add to Home Screen» بزنید."
    _line(doc, tip, "ios-tip")
    tabs = ["خانه", "پربازدید", "ذخیره‌شده‌ها", "تنظیمات"]
    doc.chrome('<nav class="bottom-tabs">' + "".join(f"<a>{e(x)}</a>" for x in tabs) + "</nav>\n", *tabs)
    doc.add('<main class="featured">\n')
    _line(doc, "خبر ویژه", "badge")
    if g["section"]:
        _line(doc, g["section"], "chip")
    _title(doc, g, "h1", "title")
    line = f"{_ago(loc, crawl)} · {_dateline(g, loc, h.s['style'])}"
    _line(doc, line, "meta")
    g["_shown"] = (line, loc, g["_shown"][2])
    g["_markup"] = True
    _lead(doc, g, "lead")
    _story(doc, g)
    doc.add("</main>\n")
    _credit(doc, g, h)
    _items(doc, "تازه‌ها", others[:6], "fresh", "h2", lambda i: dg(f"{i * 7 + 3} دقیقه پیش", "fa"))
    off = "شما آفلاین هستید؛ آخرین نسخه ذخیره‌شده نمایش داده می‌شود."
    doc.chrome(f'<div class="offline" hidden>{e(off)}</div>\n', off)


def _dlpage(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    _site_head(doc, h)
    rel = _after(loc, r, (5, 300))
    doc.chrome(f'<section class="hero"><h2>دانلود اپلیکیشن {e(h.name)}</h2>'
               '<a class="btn">دانلود مستقیم اندروید</a><a class="btn">دریافت از کافه‌بازار</a>'
               '<a class="btn">نسخه iOS (سیب‌اپ)</a></section>\n',
               f"دانلود اپلیکیشن {h.name}", "دانلود مستقیم اندروید", "دریافت از کافه‌بازار", "نسخه iOS (سیب‌اپ)")
    ver = dg(f"نسخه {r.randint(3, 7)}.{r.randint(0, 9)} — منتشرشده در {_jnum(rel)}", "fa")
    _line(doc, ver, "version")
    doc.chrome("<h3>پیش‌نمایش: خبر برگزیده امروز در اپلیکیشن</h3>\n", "پیش‌نمایش: خبر برگزیده امروز در اپلیکیشن")
    doc.add('<div class="phone-frame"><div class="screen">\n')
    _title(doc, g, "h1", "news-title")
    if not _undated(h, r):
        _line(doc, _dateline(g, loc, h.s["style"]), "news-date")
    _lead(doc, g, "news-lead")
    _story(doc, g)
    doc.add("</div></div>\n")
    _credit(doc, g, h)
    faq = ["آیا اپلیکیشن رایگان است؟", "حداقل نسخه اندروید چیست؟", "چطور اعلان‌ها را خاموش کنم؟"]
    doc.chrome('<div class="faq">' + "".join(f"<h4>{e(x)}</h4>" for x in faq) + "</div>\n", *faq)
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 3. comments


def _comment_texts(r: random.Random, g: dict, k: int) -> list[str]:
    out = []
    for _ in range(k):
        t = pick(r, REMARKS) if r.random() < 0.4 else " ".join(r.sample(PIECES, r.choice([1, 2, 3, 4])))
        if r.random() < 0.4:
            t = f"{_quote(pick(r, g['body_paragraphs']))} {t}"
        if r.random() < 0.3:
            t = f"{t} {pick(r, REMARKS)}"
        out.append(t)
    return out


def _disqusembed(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                 crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    if g["section"]:
        t = f"خانه » {g['section']}"
        _line(doc, t, "crumbs")
    _kicker(doc, h, r, g, "kicker")
    _title(doc, g, "h1", "entry-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "entry-date")
    _lead(doc, g, "entry-lead")
    _story(doc, g, ' class="entry"')
    _credit(doc, g, h)
    k = r.randint(14, 30)
    head = dg(f"{k} نظر", "fa")
    doc.chrome(f'<div id="disqus_thread"><div class="nav"><span class="count">{e(head)}</span>'
               '<a>ورود</a><a>مرتب‌سازی: بهترین</a><a>♡ توصیه</a></div>\n', head, "ورود", "مرتب‌سازی: بهترین",
               "♡ توصیه")
    t = _after(loc, r, (0, 2))
    for i, text in enumerate(_comment_texts(r, g, k)):
        t = t + dt.timedelta(hours=r.randint(1, 30))
        who, age = _who(r), _ago(t, crawl)
        depth = 1 if i and r.random() < 0.4 else 0
        votes = dg(f"{r.randint(0, 40)} ▲", "fa")
        doc.chrome(f'<div class="post depth-{depth}"><span class="author">{e(who)}</span> '
                   f'<a class="time-ago" title="{t:%A, %B %d, %Y %I:%M %p}">{e(age)}</a>'
                   f'<div class="post-message"><p>{e(text)}</p></div><footer>{e(votes)} · پاسخ · '
                   'اشتراک ›</footer></div>\n', f"{who} {age}", text, f"{votes} · پاسخ · اشتراک ›")
    doc.chrome('<div class="disqus-foot">Powered by Disqus · حریم خصوصی</div></div>\n',
               "Powered by Disqus · حریم خصوصی")
    _items(doc, "بیشتر بخوانید", others[:4], "more", "h3")
    _footer(doc, h, crawl)


def _nazarat(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    if g["section"]:
        _line(doc, f"سرویس: {g['section']}", "service")
    code = dg(f"کد خبر: {stable(g['title']) % 900000 + 100000}", "fa")
    _line(doc, code, "news-id")
    _kicker(doc, h, r, g, "rotitr")
    _title(doc, g, "h1", "title")
    _line(doc, _dateline(g, loc, h.s["style"]), "date")
    _lead(doc, g, "lead")
    _story(doc, g, ' class="body"')
    _credit(doc, g, h)
    k = r.randint(12, 26)
    shown = dg(f"نظرات ({k})", "fa")
    doc.chrome(f'<section class="comments"><h3>{e(shown)}</h3>\n', shown)
    rules = "نظرات حاوی توهین و افترا منتشر نمی‌شود."
    _line(doc, rules, "rules")
    t = _after(loc, r, (0, 3))
    for i, text in enumerate(_comment_texts(r, g, k)):
        t = t + dt.timedelta(minutes=r.randint(20, 900))
        who = pick(r, ["ناشناس", _who(r), _who(r), "یک راننده", "مسافر همیشگی"])
        when = f"{_jnum(t)} - {_clock(t)}"
        votes = dg(f"👍 {r.randint(0, 90)}   👎 {r.randint(0, 30)}", "fa")
        cls = "reply" if i and r.random() < 0.35 else "comment"
        doc.chrome(f'<div class="{cls}"><div class="c-head"><b>{e(who)}</b> <span>{e(when)}</span></div>'
                   f'<p>{e(text)}</p><div class="c-foot">{e(votes)} <a>پاسخ</a></div></div>\n',
                   who, when, text, votes, "پاسخ")
        if r.random() < 0.12:
            ans = f"پاسخ {h.name}: نظر شما به بخش پیگیری ارسال شد."
            doc.chrome(f'<div class="admin-reply">{e(ans)}</div>\n', ans)
    form = ["نام", "ایمیل (منتشر نمی‌شود)", "ارسال نظر"]
    doc.chrome('<form class="c-form">' + "".join(f"<label>{e(x)}</label>" for x in form) + "</form></section>\n",
               *form)
    _items(doc, "پربحث‌ترین‌ها", others[:5], "most-commented", "h3", lambda i: dg(f"{40 - i * 6} نظر", "fa"))
    _footer(doc, h, crawl)


def _threadtxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> Flat:
    f = Flat()
    f.add(f"{h.name} | {h.tagline}")
    f.add("ورود | عضویت | جستجو")
    f.blank()
    f.add(g["title"], "title")
    if not _undated(h, r):
        f.add(_dateline(g, loc, h.s["style"]))
    if g["lead"]:
        f.add(g["lead"], "lead")
    for p in g["body_paragraphs"]:
        f.blank()
        f.add(p, "body")
    c = _credit_text(g, h)
    if c:
        f.add(c)
    f.blank()
    k = r.randint(12, 28)
    f.add(dg(f"{k} دیدگاه", "fa"))
    t = _after(loc, r, (0, 3))
    for text in _comment_texts(r, g, k):
        t = t + dt.timedelta(hours=r.randint(1, 20))
        f.blank()
        f.add(f"{_who(r)} گفته:")
        f.add(f"{_jday(t)} در {_clock(t)}")
        f.add(text)
        f.add("پاسخ")
    f.blank()
    f.add("دیدگاهتان را بنویسید")
    return f


# ---------------------------------------------------------------------------------------------- 4. columnists


def _profile(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    _site_head(doc, h)
    who = h.s["user"]
    bio = pick(r, BIOS)
    fol = dg(f"{r.randint(2, 90)}٫{r.randint(1, 9)} هزار دنبال‌کننده", "fa")
    doc.chrome(f'<aside class="author-card"><img src="/a/{stable(who) % 999}.jpg" alt="{e(who)}"><h2>{e(who)}</h2>'
               f'<p class="bio">{e(bio)}</p><span>{e(fol)}</span><button>دنبال کردن</button></aside>\n',
               who, bio, fol, "دنبال کردن")
    doc.chrome("<h3>تازه‌ترین یادداشت</h3>\n", "تازه‌ترین یادداشت")
    if g["section"]:
        _line(doc, f"#{g['section']}", "col-tag")
    _title(doc, g, "h1", "col-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "col-date")
    _lead(doc, g, "col-lead")
    _story(doc, g)
    _credit(doc, g, h)
    earlier = others[:6]
    _items(doc, f"یادداشت‌های پیشین {who}", earlier, "earlier", "h3",
           lambda i: _jday(loc - dt.timedelta(days=7 * (i + 1))))
    _footer(doc, h, crawl)


def _editorial(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    hy, hm, hd = hijri(loc.date())
    ed = f"شماره {_issue(loc)} — {_wd(loc)} {_jday(loc)}"
    if h.s["style"] % 2 == 0:  # (the masthead's day in three calendars, all the edition's)
        ed += f" — {dg(f'{hd} {HMONTHS[hm - 1]} {hy}', 'fa')} — {_gday(loc)}"
    _shown(g, ed, loc, False)
    _line(doc, ed, "edition")
    pages = ["صفحه اول", "سرمقاله", "اقتصادی", "استان", "ورزشی", "آخر"]
    doc.chrome('<nav class="pages">' + "".join(f"<a>{e(x)}</a>" for x in pages) + "</nav>\n", *pages)
    if g["section"]:
        _line(doc, f"صفحه {g['section']}", "page-name")
    _line(doc, "سرمقاله", "label")
    _title(doc, g, "h1", "ed-title")
    sig = f"✍ {h.s['user']}، سردبیر"
    _line(doc, sig, "signature")
    _story(doc, g)
    _credit(doc, g, h)
    pdf = dg(f"دانلود PDF این شماره ({r.randint(3, 12)} مگابایت)", "fa")
    _line(doc, pdf, "pdf")
    _items(doc, "دیگر مطالب این شماره", others[:6], "issue-items", "h3")
    _footer(doc, h, crawl)


def _columntxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> Flat:
    f = Flat()
    f.add(h.name)
    f.add("خانه | ستون‌ها | نویسندگان | آرشیو")
    f.blank()
    col = pick(r, ["ستون «از نگاه باغ»", "ستون «حرف حساب»", "ستون «هفته‌نامه من»"])
    f.add(col)
    f.add("یادداشت")
    if g["section"]:
        f.add(f"موضوع: {g['section']}")
    f.add(g["title"], "title")
    f.add(f"نویسنده: {h.s['user']}")
    f.add(_dateline(g, loc, h.s["style"]))
    for p in g["body_paragraphs"]:
        f.blank()
        f.add(p, "body")
    f.blank()
    f.add(f"{h.s['user']}، {pick(r, BIOS)}")
    f.add("یادداشت‌های دیگر این ستون:")
    for i, t in enumerate(others[:5]):
        f.add(f"- {t} ({_jnum(loc - dt.timedelta(days=7 * (i + 1)))})")
    return f


# ---------------------------------------------------------------------------------------------- 5. feed readers


def _readerweb(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    feeds = [(h.s["partner"][1], r.randint(3, 80)), ("اخبار اقتصادی", r.randint(1, 300)),
             ("بازار چای", r.randint(1, 40))]
    side = [f"{n} ({dg(str(c), 'fa')})" for n, c in feeds]
    doc.chrome('<aside class="feeds"><a class="add">+ افزودن خوراک</a><ul>' + "".join(f"<li>{e(x)}</li>" for x in side)
               + "</ul></aside>\n", "+ افزودن خوراک", *side)
    bar = ["همه را خوانده‌شده کن", "ستاره", "اشتراک‌گذاری"]
    doc.chrome('<div class="toolbar">' + "".join(f"<button>{e(x)}</button>" for x in bar) + "</div>\n", *bar)
    doc.add('<article class="article_full">\n')
    src = f"{h.s['partner'][1]} · {_ago(loc, crawl)}"
    _line(doc, src, "feed-src")
    if g["section"]:
        _line(doc, f"دسته: {g['section']}", "cat")
    _kicker(doc, h, r, g, "kicker")
    _title(doc, g, "h1", "article_title")
    _line(doc, _dateline(g, loc, h.s["style"]), "article_date")
    _lead(doc, g, "summary")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</article>\n")
    _line(doc, "مشاهده در سایت اصلی ↗", "orig")
    _items(doc, "موارد بعدی", others[:6], "next-items", "h3", lambda i: _ago(loc - dt.timedelta(hours=i + 1), crawl))


def _readercards(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                 crawl: dt.datetime) -> None:
    _site_head(doc, h)
    doc.chrome('<div class="today-head"><h2>امروز</h2><button>علامت خوانده‌شده</button></div>\n', "امروز",
               "علامت خوانده‌شده")
    doc.add('<div class="entry-open">\n')
    if g["section"]:
        _line(doc, f"برچسب: {g['section']}", "tag")
    _title(doc, g, "h1", "entry-title")
    src = f"{h.s['partner'][1]} / توسط {_who(r)} / {_dateline(g, loc, h.s['style'])}"
    _line(doc, src, "entry-meta")
    g["_shown"] = (src, loc, g["_shown"][2])
    _lead(doc, g, "entry-summary")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</div>\n")
    fetched = _after(loc, r, (0, 1))
    _line(doc, f"دریافت خوراک: {_jnum(fetched)} {_clock(fetched)}", "fetched")
    _items(doc, "کارت‌های امروز", others[:8], "cards", "h3", lambda i: dg(f"{i + 1} ساعت پیش", "fa"))
    _footer(doc, h, crawl)


def _newsboat(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], url: str) -> Flat:
    f = Flat()
    f.add(f"newsboat 2.36 - Article '{g['title'][:30]}' ({dg(str(r.randint(2, 60)), 'en')} unread, "
          f"{r.randint(60, 400)} total)")
    f.add(f"Feed: {h.s['partner'][1]}")
    f.add(f"Title: {g['title']}")
    who = _who(r)
    f.add(f"Author: {who}")
    f.add(f"Link: https://{h.s['partner'][0]}/news/{stable(g['title']) % 10**6}")
    f.add(f"Date: {_http(loc)}")
    _shown(g, f"Date: {_http(loc)}", loc, True)
    f.blank()
    f.add(g["title"], "title")
    for p in g["body_paragraphs"]:
        f.blank()
        f.add(p, "body", _wrapped(p, 76))
    c = _credit_text(g, h)
    if c:
        f.blank()
        f.add(c)
    f.blank()
    f.add("Links:")
    f.add(f"[1]: https://{h.s['partner'][0]}/ (link)")
    f.blank()
    f.add("q:Quit s:Save n:Next Unread o:Open in Browser e:Enqueue u:Show URLs ?:Help")
    return f


# ---------------------------------------------------------------------------------------------- 6. infographics


def _infoalt(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
             crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    if g["section"]:
        _line(doc, f"اینفوگرافیک › {g['section']}", "trail")
    _title(doc, g, "h1", "ig-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "ig-date")
    fig = f"infographic-{key}.jpg"
    size = dg(f"{r.randint(800, 3200)} کیلوبایت · ۱۲۰۰×{r.randint(2400, 6000)}", "fa")
    doc.chrome(f'<figure><img src="/ig/{fig}" alt="{e(g["title"])}"><figcaption>{e(fig)} — {e(size)}'
               '</figcaption></figure>\n', f"{fig} — {size}")
    doc.chrome('<a class="dl">دانلود با کیفیت بالا</a>\n', "دانلود با کیفیت بالا")
    _lead(doc, g, "ig-lead")
    doc.chrome("<h2>متن اینفوگرافیک</h2>\n", "متن اینفوگرافیک")
    _story(doc, g)
    _credit(doc, g, h)
    design = f"طراح: {h.s['user']}"
    _line(doc, design, "designer")
    _items(doc, "اینفوگرافیک‌های دیگر", others[:6], "more-ig", "h3")
    _footer(doc, h, crawl)


def _longdesc(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
              crawl: dt.datetime) -> None:
    doc.chrome(f'<p class="skip"><a href="/ig/{key}">بازگشت به تصویر</a> | <a href="/">{e(h.name)}</a></p>\n',
               f"بازگشت به تصویر | {h.name}")
    _line(doc, "توضیح بلند تصویر (longdesc)", "ld-head")
    if g["section"]:
        _line(doc, f"نمودار بخش {g['section']}", "ld-sec")
    _title(doc, g, "h1", "ld-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "ld-date")
    _lead(doc, g, "ld-lead")
    _story(doc, g)
    _credit(doc, g, h)
    upd = _after(loc, r, (3, 200))
    _line(doc, f"آخرین بازبینی متن جایگزین: {_jnum(upd, 'en')}", "ld-rev")
    _footer(doc, h, crawl)


def _a11ytxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> Flat:
    f = Flat()
    f.add(f"{h.name} — {h.tagline}")
    f.add("نسخه متنی اینفوگرافیک (مناسب صفحه‌خوان)")
    f.blank()
    f.add(g["title"], "title")
    if not _undated(h, r):
        f.add(_dateline(g, loc, h.s["style"]))
    f.blank()
    f.add(f"[تصویر: نمودار ستونی با عنوان «{g['title'][:40]}»]")
    for p in g["body_paragraphs"]:
        f.blank()
        f.add(p, "body")
    c = _credit_text(g, h)
    if c:
        f.blank()
        f.add(c)
    f.blank()
    f.add("[پایان توضیح تصویر]")
    f.add("بازگشت به نسخه تصویری")
    return f


# ---------------------------------------------------------------------------------------------- 7. gov portals


def _circular(h: Host, r: random.Random, loc: dt.datetime) -> list[tuple[str, str]]:
    issued = loc - dt.timedelta(days=r.randint(2, 20))
    notice = _after(loc, r, (1, 15))
    return [("شماره بخشنامه", dg(f"{r.randint(10, 99)}/{r.randint(1000, 9999)}/ص", "fa")),
            ("تاریخ صدور", _jnum(issued)), ("تاریخ ابلاغ", _jnum(notice))]


def _govportal(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
               crawl: dt.datetime, mobile: bool = False) -> None:
    if not mobile:
        doc.chrome('<div class="a11y">' + "".join(f"<a>{e(x)}</a>" for x in A11Y) + "</div>\n", *A11Y)
    _site_head(doc, h, _today(crawl))
    if not mobile:
        doc.chrome('<ul class="quick">' + "".join(f"<li>{e(x)}</li>" for x in QUICK) + "</ul>\n", *QUICK)
    trail = ["صفحه اصلی", "اخبار", *([g["section"]] if g["section"] else [])]
    _line(doc, " > ".join(trail), "breadcrumb")
    _title(doc, g, "h1", "news-title")
    date = f"تاریخ انتشار: {_jnum(loc)} - {_clock(loc)}" if h.s["style"] % 2 else _dateline(g, loc, h.s["style"])
    if h.s["style"] % 2:
        _shown(g, date, loc, True)
    visits = dg(f"تعداد بازدید: {r.randint(40, 4000)}", "fa")
    code = dg(f"کد خبر: {key}", "fa")
    doc.chrome(f'<div class="news-info"><span>{e(date)}</span><span>{e(code)}</span><span>{e(visits)}</span>'
               "</div>\n", date, code, visits)
    if r.random() < 0.6:
        rows = _circular(h, r, loc)
        doc.chrome('<table class="circular">' + "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows)
                   + "</table>\n", *[x for kv in rows for x in kv])
    _lead(doc, g, "news-lead")
    _story(doc, g)
    _credit(doc, g, h)
    att = "پیوست: متن کامل بخشنامه (PDF)"
    _line(doc, att, "attach")
    _items(doc, "اخبار مرتبط", others[:5], "related", "h3", lambda i: _jnum(loc - dt.timedelta(days=i + 2)))
    _footer(doc, h, crawl)


def _govtxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    f.add(f"{h.name} | {h.tagline}")
    f.add(" | ".join(A11Y))
    f.blank()
    if g["section"]:
        f.add(f"صفحه اصلی > اخبار > {g['section']}")
    f.add(g["title"], "title")
    f.add(_dateline(g, loc, h.s["style"]))
    f.add(dg(f"کد خبر: {key}", "fa"))
    for k, v in _circular(h, r, loc):
        f.add(f"{k}: {v}")
    if g["lead"]:
        f.add(g["lead"], "lead")
    for p in g["body_paragraphs"]:
        f.blank()
        f.add(p, "body")
    c = _credit_text(g, h)
    if c:
        f.add(c)
    f.blank()
    f.add("اخبار مرتبط")
    for t in others[:4]:
        f.add(t)
    f.add(f"کلیه حقوق برای {h.name} محفوظ است.")
    return f


# ---------------------------------------------------------------------------------------------- 8. widgets


def _widget(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    v = h.s["variant"]
    _site_head(doc, h, _today(crawl))
    around = AROUND[v]
    doc.chrome('<div class="host-main">' + "".join(f"<div>{e(x)}</div>" for x in around) + "</div>\n", *around)
    if v == "weatherwidget":
        upd = f"به‌روزرسانی پیش‌بینی: {_clock(crawl.astimezone(TEHRAN))}"
        _line(doc, upd, "wx-upd")
    head = {"weatherwidget": "اخبار دریا و بندر", "shopwidget": "اخبار صنعت", "travelwidget": "خبر روز جزیره"}[v]
    doc.add(f'<div class="nw-embed" data-partner="{e(h.s["partner"][0])}">\n')
    doc.chrome(f'<div class="nw-head">{e(head)}</div>\n', head)
    if g["section"]:
        _line(doc, f"{g['section']}", "nw-cat")
    _kicker(doc, h, r, g, "nw-kicker")
    _title(doc, g, "h4", "nw-title")
    if not _undated(h, r):
        _line(doc, _dateline(g, loc, h.s["style"]), "nw-date")
    _lead(doc, g, "nw-lead")
    _story(doc, g, ' class="nw-p"')
    _credit(doc, g, h)
    badge = f"قدرت گرفته از {h.s['partner'][1]}"
    _line(doc, badge, "nw-badge")
    doc.add("</div>\n")
    _items(doc, "دیگر خبرهای ابزارک", others[:4], "nw-more", "h4")
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- the pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant and whether only markup does, and a kicker's text (``g["surtitle"]``)."""
    v = h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    flat = {"archivetext": lambda: _archivetext(h, r, g, loc, others, key),
            "threadtxt": lambda: _threadtxt(h, r, g, loc, others, crawl),
            "columntxt": lambda: _columntxt(h, r, g, loc, others),
            "newsboat": lambda: _newsboat(h, r, g, loc, others, url),
            "a11ytxt": lambda: _a11ytxt(h, r, g, loc, others), "govtxt": lambda: _govtxt(h, r, g, loc, others, key)}
    if v in flat:
        return flat[v]()
    doc = Doc()
    draw = {"monitorview": lambda: _monitorview(doc, h, r, g, loc, others, crawl),
            "hocrview": lambda: _hocrview(doc, h, r, g, loc, others, crawl),
            "storelisting": lambda: _storelisting(doc, h, r, g, loc, others, crawl),
            "pwainstall": lambda: _pwainstall(doc, h, r, g, loc, others, crawl),
            "dlpage": lambda: _dlpage(doc, h, r, g, loc, others, crawl),
            "disqusembed": lambda: _disqusembed(doc, h, r, g, loc, others, crawl),
            "nazarat": lambda: _nazarat(doc, h, r, g, loc, others, crawl),
            "profile": lambda: _profile(doc, h, r, g, loc, others, crawl),
            "editorial": lambda: _editorial(doc, h, r, g, loc, others, crawl),
            "readerweb": lambda: _readerweb(doc, h, r, g, loc, others, crawl),
            "readercards": lambda: _readercards(doc, h, r, g, loc, others, crawl),
            "infoalt": lambda: _infoalt(doc, h, r, g, loc, others, key, crawl),
            "longdesc": lambda: _longdesc(doc, h, r, g, loc, others, key, crawl),
            "govportal": lambda: _govportal(doc, h, r, g, loc, others, key, crawl),
            "govmobile": lambda: _govportal(doc, h, r, g, loc, others, key, crawl, mobile=True)}
    draw.get(v, lambda: _widget(doc, h, r, g, loc, others, crawl))()
    g["_loc"] = loc
    return doc


LISTING = {"clipping": "بریده جراید امروز", "applanding": "همه اپلیکیشن‌ها", "comments": "پربحث‌ترین خبرها",
           "columnist": "همه ستون‌نویسان", "feedreader": "خوراک‌های من", "infotext": "آرشیو اینفوگرافیک",
           "govportal": "آرشیو اخبار", "widget": "همه خبرهای ابزارک"}
GONE = {"clipping": "بریده مورد نظر حذف شده یا دسترسی شما منقضی شده است.",
        "applanding": "این برنامه دیگر در دسترس نیست.",
        "comments": "خبر مورد نظر یافت نشد.", "columnist": "یادداشت مورد نظر یافت نشد.",
        "feedreader": "این مورد از خوراک حذف شده است.", "infotext": "تصویر مورد نظر یافت نشد.",
        "govportal": "صفحه مورد نظر در درگاه یافت نشد.", "widget": "ابزارک خبری در حال بارگذاری..."}


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
                f.add(f"{_jnum(now - dt.timedelta(days=i + 1))} | {t}")
        else:
            f.add(GONE[kind] if neg == "chrome_only" else "(صفحه خالی)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="root"></div><noscript>لطفاً جاوااسکریپت را فعال کنید.</noscript>\n',
                   "لطفاً جاوااسکریپت را فعال کنید.")
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
    return {"monitorview": f"بریده جراید | {h.s['paper']} | {h.name}", "hocrview": f"scan_{stable(title) % 10**5}.hocr",
            "storelisting": f"دانلود {h.s['app']} - {h.name}", "pwainstall": h.s["app"],
            "dlpage": f"دانلود اپلیکیشن {h.name}", "profile": f"{h.s['user']} | {h.name}",
            "readerweb": f"({dg(str(stable(title) % 90 + 3), 'en')}) {h.name}", "readercards": f"امروز - {h.name}",
            "longdesc": "توضیح تصویر", "weatherwidget": f"هواشناسی بندر | {h.name}",
            "shopwidget": f"{h.name} | فروشگاه", "travelwidget": f"راهنمای سفر | {h.name}"}.get(v, f"{cut} | {h.name}")


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    v = h.s["variant"]
    tab = _tab(h, g)
    metas = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{e(tab)}</title>", f'<link rel="canonical" href="{e(url)}">']
    art = g.get("kind") == "article"
    if art and v in ("nazarat", "disqusembed", "govportal", "infoalt", "profile"):
        metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if v == "pwainstall":
        metas += ['<link rel="manifest" href="/manifest.webmanifest">', '<meta name="theme-color" content="#b3132b">']
        if art and g.get("_loc"):
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": g["title"],
                  "datePublished": g["_loc"].isoformat(), **({"articleSection": g["section"]} if g["section"] else {})}
            metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    if v == "storelisting" and art:
        ld = {"@context": "https://schema.org", "@type": "MobileApplication", "name": h.s["app"],
              "operatingSystem": "ANDROID", "applicationCategory": "NewsApplication"}
        metas.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    if v == "disqusembed":
        metas.append(f'<script>var disqus_config=function(){{this.page.identifier="{stable(url) % 10**6}";}};</script>')
    if v in ("weatherwidget", "shopwidget", "travelwidget"):
        metas.append(f'<script async src="https://{h.s["partner"][0]}/widget/embed.js"></script>')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(10 + stable(h.domain) % 30))
    metas.append(f"<style>{rules}</style>")
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(metas)
            + f"\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    v = h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    return {"monitorview": f"https://{h.domain}/clips/view/{key}", "archivetext": f"https://{h.domain}/page/{key}/text",
            "hocrview": f"https://{h.domain}/scan/{key}.html", "storelisting": f"https://{h.domain}/app/ir.anar.{slug[:6]}",
            "pwainstall": f"https://{h.domain}/install?ref={slug}", "dlpage": f"https://{h.domain}/download",
            "disqusembed": f"https://{h.domain}/{crawl:%Y}/{slug}/", "nazarat": f"https://{h.domain}/news/{key}",
            "threadtxt": f"https://{h.domain}/t/{key}.txt", "profile": f"https://{h.domain}/author/{slug[:8]}",
            "editorial": f"https://{h.domain}/edition/{key}/editorial", "columntxt": f"https://{h.domain}/col/{key}",
            "readerweb": f"https://{h.domain}/article/{slug}", "readercards": f"https://{h.domain}/today#{slug}",
            "newsboat": f"https://{h.domain}/dump/{key}.txt", "infoalt": f"https://{h.domain}/ig/{key}",
            "longdesc": f"https://{h.domain}/ld/{key}.html", "a11ytxt": f"https://{h.domain}/txt/{key}",
            "govportal": f"https://{h.domain}/fa/news/{key}", "govmobile": f"https://{h.domain}/news/{key}",
            "govtxt": f"https://{h.domain}/text/{key}", "weatherwidget": f"https://{h.domain}/forecast/{slug[:6]}",
            "shopwidget": f"https://{h.domain}/product/{slug[:6]}", "travelwidget": f"https://{h.domain}/guide/{slug[:6]}"}[v]


def _day(h: Host, pub: dt.datetime) -> dt.datetime:
    """newsboat shows the item's instant in UTC only: its story is put where that day is Tehran's too."""
    return same_day_in_utc(pub) if h.s["variant"] == "newsboat" else pub


def build(out_dir, n: int = 400, seed: int = 460, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="az", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED,
                     day=_day)
