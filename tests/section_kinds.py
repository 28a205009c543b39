"""Page kinds whose section stands where the family sets rarely put it, with gold (issue 12, s49).

A test helper and a small bench set like :mod:`export_layouts` (``build(out_dir, n, seed)`` writes
``out_dir/pages`` and ``out_dir/gold.jsonl``; ``bench/score_head_layouts.py --set kinds`` scores the
section). Written from how such sites show a story's section, not from any family set. Each host has one
kind (``HOSTS``) and three or four sections, a page's section chosen by its story. An HTML page's menu
is a ``<nav>`` of links; the hosts of :data:`MENU_LISTS` list their sections in it, the others only the
general desks (:data:`~head_layouts.MENU`), which name none of their sections:

- ``print_label``    a print edition's text: «روزنامه … | شماره … | <day>», then «صفحه ۳ - اقتصادی» over
                     the headline (the page number changes from page to page)
- ``print_html``     the same in HTML: ``<div class='page-no'>صفحه ۵ | اجتماعی</div>`` over the headline
- ``city_dept``      a city hall's news: the department as the section «معاونت خدمات شهری | <date>»
- ``seminary``       a seminary's news: «گروه: اخبار حوزه» over a Hijri date and its Jalali twin
- ``fan_tabs``       a fan club's tab strip, the current tab marked ``class='active'``
- ``table_cell``     an old table-layout daily: the section in a ``<td><font>`` cell beside the date
- ``gallery``        a sports gallery: «گالری تصاویر › فوتبال» over the album's headline and its photos
- ``cache_banner``   a cache copy: the cache's banner lines above the site's trail «خانه › X»
- ``title_three``    the section only in ``<title>`` «site | section | headline»
- ``canon_path``     the section only as a Persian segment of the canonical URL's path
- ``print_header``   a print view: «نسخه قابل چاپ», then «سرویس اقتصادی - <date>», no menu
- ``tab_current``    a tab strip whose current tab is marked ``aria-current='page'``
- ``archive_link``   a «بایگانی بخش X» link under the story
- ``sidebar_head``   a sidebar box headed by the section over other stories' headlines
- ``city_txt``       a city hall's flat text: «<department> | <date>» under the headline
- ``gallery_txt``    a gallery's flat text: «گالری تصاویر › کشتی» over the album's headline, «عکس: …» lines
- ``wayback``        a web archive's capture: the archive's toolbar (its capture dates) above the site's
                     trail ``<div class='breadcrumb'>خانه / X</div>``
- ``seminary_html``  a seminary's HTML: ``<div class='group'>گروه: …</div>`` over the Hijri date
"""
from __future__ import annotations

import html
import random
import urllib.parse
import zlib

from head_layouts import FA, FOOT, JM, MENU, Moment, _hijri, write_set

#: (host, site name, format, kind, sections)
HOSTS = [
    ("ruznameh-asr.ir", "روزنامه عصر", "txt", "print_label", ["اقتصادی", "اجتماعی", "فرهنگی", "بین‌الملل"]),
    ("chapkhaneh-rooz.ir", "روزنامه روز", "html", "print_html", ["اقتصادی", "اجتماعی", "ورزشی"]),
    ("shahrdari-news.ir", "شهرداری نو", "html", "city_dept",
     ["معاونت خدمات شهری", "حمل و نقل و ترافیک", "شورای اسلامی شهر"]),
    ("hozeh-khabar.ir", "حوزه خبر", "txt", "seminary", ["اخبار حوزه", "مراجع تقلید", "آموزش حوزه"]),
    ("hamyar-club.ir", "باشگاه هواداران", "html", "fan_tabs", ["نقل و انتقالات", "لیگ برتر", "تیم ملی"]),
    ("jadval-daily.ir", "روزنامه جدول", "html", "table_cell", ["سیاسی", "اقتصادی", "حوادث"]),
    ("varzesh-gallery.ir", "گالری ورزش", "html", "gallery", ["فوتبال", "والیبال", "کشتی"]),
    ("kesh-copy.ir", "خبرنامه امروز", "txt", "cache_banner", ["سیاسی", "اقتصاد", "جامعه"]),
    ("sarkhat-title.ir", "سرخط", "html", "title_three", ["اقتصاد", "سیاست", "سلامت"]),
    ("masir-news.ir", "مسیر نیوز", "html", "canon_path", ["اقتصاد", "فرهنگ", "ورزش"]),
    ("chap-news.ir", "چاپ نیوز", "txt", "print_header", ["اقتصادی", "سیاسی", "علمی"]),
    ("zabaneh-news.ir", "زبانه", "html", "tab_current", ["اقتصاد", "جامعه", "فناوری"]),
    ("bayegani.ir", "بایگانی نیوز", "html", "archive_link", ["اقتصاد", "جامعه", "فرهنگ"]),
    ("kenar-news.ir", "کنار نیوز", "html", "sidebar_head", ["اقتصاد", "محیط زیست", "سلامت"]),
    ("shahr-matn.ir", "شهر من", "txt", "city_txt", ["معاونت فرهنگی", "خدمات شهری", "آتش‌نشانی"]),
    ("aks-varzesh.ir", "عکس ورزش", "txt", "gallery_txt", ["فوتبال", "کشتی", "بسکتبال"]),
    ("arshiv-web.ir", "خبرگزاری شهر", "html", "wayback", ["سیاسی", "اقتصادی", "اجتماعی"]),
    ("hozeh-online.ir", "حوزه آنلاین", "html", "seminary_html", ["اخبار حوزه", "مدارس علمیه", "مراجع"]),
]

#: the kinds whose menu lists the host's sections (an old daily's column of desks, a portal's menu)
MENU_LISTS = {"table_cell", "sidebar_head", "archive_link"}

_OTHER = ["افتتاح طرح آبرسانی در روستاهای شهرستان", "برگزاری نمایشگاه کتاب استان در مصلی",
          "آغاز ثبت‌نام وام ازدواج در بانک‌های عامل", "تمدید مهلت ارسال آثار به جشنواره فیلم کوتاه",
          "کاهش مصرف آب در ماه گذشته به گزارش شرکت آب و فاضلاب", "نشست هم‌اندیشی فعالان اقتصادی برگزار شد"]


def section_of(host, story: dict) -> str:
    secs = host[4]
    return secs[zlib.crc32(story["title"].encode("utf-8")) % len(secs)]


def _jday(j) -> str:
    return ("%d %s %d" % (j.day, JM[j.month - 1], j.year)).translate(FA)


def _date(m: Moment) -> str:
    return "%s - %s" % (_jday(m.j), m.hm().translate(FA))


def _txt(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind, secs = host
    sec, title, paras = section_of(host, story), story["title"], story["paras"]
    if kind == "print_label":
        issue = str(rng.randint(3000, 7999)).translate(FA)
        page = str(rng.randint(2, 16)).translate(FA)
        lines = ["%s | شماره %s | %s" % (site, issue, today.words().translate(FA)), MENU, "",
                 "صفحه %s - %s" % (page, sec), title, _date(m), "", *paras, "", FOOT]
    elif kind == "seminary":
        lines = [site, MENU, "", "گروه: " + sec, (_hijri(m) + " - " + _jday(m.j)).translate(FA), "", title, "",
                 *paras, "", FOOT]
    elif kind == "cache_banner":
        url = "https://%s/news/%d" % (domain, rng.randint(10000, 99999))
        lines = ["این نسخه ذخیره‌شده از صفحه %s است." % url,
                 "این صفحه تصویری از صفحه در زمان %s است. ممکن است صفحه فعلی تغییر کرده باشد." % (
                     today.words().translate(FA)),
                 "نسخه کامل | نسخه فقط متنی | مشاهده منبع", "", site, MENU, "خانه › " + sec, "", title, _date(m),
                 "", *paras, "", FOOT]
    elif kind == "city_txt":
        lines = [site, MENU, "", title, "%s | %s" % (sec, _date(m)), "", *paras, "", FOOT]
    elif kind == "gallery_txt":
        lines = [site, MENU, "", "گالری تصاویر › " + sec, title, _date(m), "",
                 *sum(([p, "عکس: %s" % site] for p in paras), []), "", FOOT]
    elif kind == "print_header":
        lines = ["نسخه قابل چاپ", site, "", "سرویس %s - %s" % (sec, _date(m)), "", title, "", *paras, "",
                 "آدرس مطلب: https://%s/news/%d" % (domain, rng.randint(10000, 99999))]
    else:
        raise ValueError(kind)
    return "\n".join(lines) + "\n"


def _html(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind, secs = host
    e = html.escape
    sec, title, paras = section_of(host, story), story["title"], story["paras"]
    nid = rng.randint(100000, 999999)
    url = "https://%s/fa/news/%d" % (domain, nid)
    bar = "%s | %s" % (title, site)
    date = "<div class='date'>%s</div>" % e(_date(m))
    items = ["خانه", *secs, "تماس با ما"] if kind in MENU_LISTS else MENU.split(" | ")
    nav = "<nav><ul>%s</ul></nav>" % "".join("<li><a href='%s'>%s</a></li>" % (
        "/" if i == 0 else "/service/%d" % i, e(x)) for i, x in enumerate(items))
    over, under, aside = "", "", ""
    hd = "<h1 class='title'>%s</h1>%s" % (e(title), date)
    if kind == "print_html":
        page = str(rng.randint(2, 16)).translate(FA)
        over = "<div class='page-no'>صفحه %s | %s</div>" % (page, e(sec))
    elif kind == "city_dept":
        hd = "<h1 class='title'>%s</h1><div class='info'>%s | %s</div>" % (e(title), e(sec), e(_date(m)))
    elif kind == "fan_tabs":
        tabs = "".join("<li%s><a href='/tab/%d'>%s</a></li>" % (" class='active'" if s == sec else "", i, e(s))
                       for i, s in enumerate(secs))
        over = "<ul class='tabs'>%s</ul>" % tabs
    elif kind == "table_cell":
        hd = ("<table width='100%%' border='0'><tr><td class='sec'><font color='#990000'>%s</font></td>"
              "<td align='left'><font size='1'>%s</font></td></tr><tr><td colspan='2'><font size='4'><b>%s"
              "</b></font></td></tr></table>") % (e(sec), e(_date(m)), e(title))
    elif kind == "gallery":
        over = "<div class='crumb'><a href='/gallery'>گالری تصاویر</a> › <a href='/gallery/%d'>%s</a></div>" % (
            secs.index(sec), e(sec))
        under = "".join("<figure><img src='/p/%d.jpg' alt=''><figcaption>عکس: %s</figcaption></figure>" % (
            k, e(site)) for k in range(3))
    elif kind == "title_three":
        bar = "%s | %s | %s" % (site, sec, title)
    elif kind == "canon_path":
        url = "https://%s/%s/%d" % (domain, urllib.parse.quote(sec.replace(" ", "-")), nid)
    elif kind == "tab_current":
        tabs = "".join("<a href='/c/%d'%s>%s</a>" % (i, " aria-current='page'" if s == sec else "", e(s))
                       for i, s in enumerate(secs))
        over = "<div class='tabstrip'>%s</div>" % tabs
    elif kind == "archive_link":
        under = "<div class='more'><a href='/archive/%d'>بایگانی بخش %s</a></div>" % (secs.index(sec), e(sec))
    elif kind == "wayback":
        over = "<div class='breadcrumb'><a href='/'>خانه</a> / <a href='/service/%d'>%s</a></div>" % (
            secs.index(sec), e(sec))
    elif kind == "seminary_html":
        hd = "<div class='group'>گروه: %s</div><div class='date'>%s</div><h1>%s</h1>" % (
            e(sec), e((_hijri(m) + " - " + _jday(m.j)).translate(FA)), e(title))
    elif kind == "sidebar_head":
        items = "".join("<li><a href='/n/%d'>%s</a></li>" % (k, e(t)) for k, t in enumerate(rng.sample(_OTHER, 4)))
        aside = "<aside class='side'><h3>%s</h3><ul>%s</ul></aside>" % (e(sec), items)
    else:
        raise ValueError(kind)
    story_html = "".join("<p>%s</p>" % e(p) for p in paras)
    if kind == "wayback":
        nav = ("<div id='wm-ipp'>The Wayback Machine - https://web.archive.org/web/%s/%s %d captures "
               "%s</div>" % (m.g.strftime("%Y%m%d%H%M%S"), url, rng.randint(3, 90), m.g.strftime("%d %b %Y"))) + nav
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title>"
            "<link rel='canonical' href='%s'></head><body><header><div class='logo'>%s</div><div class='today'>%s"
            "</div>%s</header><main><article>%s%s<div class='body'>%s</div>%s</article>%s</main>"
            "<footer>%s</footer></body></html>") % (
        e(bar), e(url), e(site), e(today.words().translate(FA)), nav, over, hd, story_html, under, aside, e(FOOT))


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    return (_txt if host[2] == "txt" else _html)(rng, host, story, m, today)


def _gold(host, story: dict, m: Moment) -> dict:
    return {"family": host[3], "title": story["title"], "body_paragraphs": list(story["paras"]),
            "published_iso": m.day(), "clock": None, "section": section_of(host, story)}


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and their gold; returns the gold rows."""
    return write_set(out_dir, HOSTS, n, random.Random("section-kinds:%d" % seed), _page, _gold)
