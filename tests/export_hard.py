"""Harder export and header kinds than :mod:`export_layouts`: the headline and the day stand where a
tool or a CMS put them, next to a second title or date that is not the story's.

A test helper and a small bench set like :mod:`export_layouts` (``build(out_dir, n, seed)`` writes
``out_dir/pages`` and ``out_dir/gold.jsonl``; ``bench/score_head_layouts.py --set hard`` scores it).
Written from how these tools and sites write a story out, not from any family set. Each host has one
kind (``HOSTS``):

- ``md_front_other``  Hugo front matter whose ``title:`` is the site's SEO title («site | short»), the
                      story's headline only in the «# …» line under it; ``date:`` in UTC
- ``md_date_first``   a markdown copy whose date line stands above the «# headline»
- ``lynx_related``    a lynx dump whose References list starts with another story's address (a slug of
                      its headline) and whose page shows that story as a «[3]…» link above the headline
- ``reader_bar``      a reader view in HTML with no <h1>: the <title> «site | headline», the headline in a
                      <p class='title'>
- ``reader_dash``     the same with the <title> «headline – site» and the headline as the first bold line
- ``rss_gmt``         an RSS channel (its own title, image title) with an item whose ``pubDate`` is in GMT:
                      after 20:30 Tehran time the UTC day is the day before
- ``tg_bold``         a Telegram post whose first line is the headline in «**…**», the date at the end
                      («📅 ۱۴۰۲/۰۹/۱۲ - ۱۰:۲۰»)
- ``epaper_two``      an e-paper page with the story and its jump line, then a short second story
- ``amp_ld``          an AMP page (amp-img) whose JSON-LD ``headline`` is a shorter SEO headline and whose
                      ``datePublished`` is in UTC; the visible <h1> and the Tehran day are the story's
- ``kabul_greg``      Afghan news: «۱۲ دسامبر ۲۰۲۳ - ۱۰:۲۰ به وقت کابل», an ISO time with «+04:30»
- ``updated_above``   «به‌روز شده: …» above «منتشر شده: …», both with a clock
- ``two_digit``       «۰۲/۰۹/۱۲ - ۱۰:۲۰» (a two-digit Jalali year) under the headline
- ``url_date``        no date in the text: only the story's address «/1402/09/12/…»
- ``press_agencies``  a press review quoting several agencies' headlines «ایسنا: …» between its paragraphs
- ``title_only``      a reader view that keeps no headline in its body: only the <title> «headline – site»
                      and its address
- ``greg_fa_txt``     flat text of a broadcaster abroad: «سه‌شنبه ۵ دسامبر ۲۰۲۳ - ۱۰:۲۰» above the headline
- ``tg_dots_top``     a Telegram post copied with its header «[۱۲.۰۹.۰۲ ۱۰:۲۰]» (a two-digit Jalali year)
- ``updated_txt``     flat text: «به‌روزرسانی: … » above the headline, «انتشار: …» under it
- ``url_only_txt``    flat text whose only date is the address line «https://…/1402/09/12/…» at its top
"""
from __future__ import annotations

import html
import json
import random
from datetime import timedelta

import jdatetime

from export_layouts import _jday, _rfc822, _utc
from head_layouts import FA, FOOT, GM_FA, MENU, Moment, write_set

#: (host, site name, format, kind)
HOSTS = [
    ("dastpokht.ir", "دستپخت", "txt", "md_front_other"),
    ("sahmnameh.ir", "سهم‌نامه", "txt", "md_date_first"),
    ("mahalleh-news.ir", "محله نیوز", "txt", "lynx_related"),
    ("ketabkhan.ir", "کتاب‌خوان", "html", "reader_bar"),
    ("negahroz.ir", "نگاه روز", "html", "reader_dash"),
    ("danesh-feed.ir", "دانش فید", "txt", "rss_gmt"),
    ("kanal-bourse.ir", "کانال بورس", "txt", "tg_bold"),
    ("sobh-kar.ir", "صبح کار", "txt", "epaper_two"),
    ("khabar-amp.ir", "خبرگزاری امروز", "html", "amp_ld"),
    ("herat-news.af", "هرات نیوز", "html", "kabul_greg"),
    ("tazehaa.ir", "تازه‌ها", "html", "updated_above"),
    ("karafarin-news.ir", "کارآفرین نیوز", "txt", "two_digit"),
    ("shahrvand-online.ir", "شهروند آنلاین", "html", "url_date"),
    ("rooznamehha.ir", "روزنامه‌ها", "txt", "press_agencies"),
    ("safheh-aval.ir", "صفحه اول", "html", "title_only"),
    ("radio-khareji.com", "رادیو برون‌مرزی", "txt", "greg_fa_txt"),
    ("kanal-eqtesad.ir", "کانال اقتصاد", "txt", "tg_dots_top"),
    ("khabar-fori.ir", "خبر فوری", "txt", "updated_txt"),
    ("shahr-url.ir", "شهر امروز", "txt", "url_only_txt"),
]
AGENCIES = ["ایرنا", "ایسنا", "خبرگزاری فارس", "خبرگزاری مهر", "تسنیم"]
OTHER = "برگزاری نمایشگاه بین‌المللی کتاب تهران با حضور ناشران خارجی در مصلی"


def _fa(s: str) -> str:
    return s.translate(FA)


def _txt(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind = host
    title, paras = story["title"], story["paras"]
    j, hm = m.j, m.hm()
    body = sum(([p, ""] for p in paras), [])
    if kind == "md_front_other":
        short = " ".join(title.split()[:3])
        front = ["---", 'title: "%s | %s"' % (site, short), "date: %s" % _utc(m).strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "tags: [%s]" % story["cat"], "---"]
        return "\n".join([*front, "", "# " + title, "", *body])
    if kind == "md_date_first":
        return "\n".join(["[%s](https://%s/)" % (site, domain), "", "_%s - %s_" % (_jday(j), _fa(hm)), "",
                          "# " + title, "", *body, "---", FOOT])
    if kind == "lynx_related":
        oslug = "-".join(OTHER.split()[:6])
        slug = "-".join(title.split()[:6])
        refs = ["https://%s/news/%d/%s" % (domain, rng.randint(10000, 99999), oslug), "https://%s/" % domain,
                *("https://%s/cat/%d" % (domain, i) for i in range(1, 5)),
                "https://%s/news/%d/%s" % (domain, rng.randint(10000, 99999), slug)]
        lines = ["   [1]" + OTHER, "", "   [2]" + site + "   [3]خانه [4]سیاسی [5]اقتصادی [6]اجتماعی", "",
                 "   " + title, "", "   " + _fa("%s - %s" % (_jday(j), hm)), "", *("   " + p for p in paras), "",
                 "   " + FOOT, "", "References", "", *("  %2d. %s" % (i + 1, r) for i, r in enumerate(refs))]
        return "\n".join(lines) + "\n"
    if kind == "rss_gmt":
        e = html.escape
        utc = _utc(m)
        item = ("<item>\n<title>%s</title>\n<link>https://%s/n/%d</link>\n<pubDate>%s GMT</pubDate>\n"
                "<description><![CDATA[%s]]></description>\n</item>") % (
            e(title), domain, rng.randint(1000, 9999), _rfc822(utc), "".join("<p>%s</p>" % p for p in paras))
        return ("<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0'><channel>\n"
                "<title>%s - آخرین اخبار</title>\n<link>https://%s/</link>\n<image><title>%s</title><url>https://%s/logo.png</url></image>\n"
                "<lastBuildDate>%s GMT</lastBuildDate>\n%s\n</channel></rss>\n") % (
            e(site), domain, e(site), domain, _rfc822(today.g), item)
    if kind == "tg_bold":
        views = _fa("%d.%dK" % (rng.randint(1, 40), rng.randint(0, 9)))
        return "\n".join(["**%s**" % title, "", *body, "📅 " + _fa("%d/%02d/%02d - %s" % (j.year, j.month, j.day, hm)),
                          "🆔 @" + domain.split(".")[0], "👁 " + views]) + "\n"
    if kind == "epaper_two":
        issue = "شماره %d | %s | صفحه ۲" % (rng.randint(2000, 8000), _jday(j))
        lines = [site, _fa(issue), "", title, "", *body[:4], "ادامه در صفحه %s" % _fa(str(rng.randint(4, 12))), "",
                 *body[4:], "", OTHER, "", "گروه فرهنگی: این نمایشگاه از هفته آینده به مدت ده روز برگزار می‌شود و "
                 "ناشران داخلی و خارجی آثار تازه خود را عرضه می‌کنند.", "", FOOT]
        return "\n".join(lines) + "\n"
    if kind == "two_digit":
        return "\n".join([site, MENU, "", title, _fa("%02d/%02d/%02d - %s" % (j.year % 100, j.month, j.day, hm)), "",
                          *body, FOOT]) + "\n"
    if kind == "press_agencies":
        quotes = rng.sample(AGENCIES, 3)
        lines = [site, MENU, "", title, _fa("%s - %s" % (_jday(j), hm)), "", *body[:2]]
        for a in quotes:
            lines += ["%s: %s" % (a, OTHER), ""]
        return "\n".join(lines + body[2:] + [FOOT]) + "\n"
    if kind == "greg_fa_txt":
        g = m.g
        from head_layouts import WD
        wd = WD[(g.weekday() + 2) % 7]
        return "\n".join([site, MENU, "", _fa("%s %d %s %d - %s" % (wd, g.day, GM_FA[g.month - 1], g.year, hm)), "",
                          title, "", *body, FOOT]) + "\n"
    if kind == "tg_dots_top":
        return "\n".join([site, _fa("[%02d.%02d.%02d %s]" % (j.day, j.month, j.year % 100, hm)), "", "🔻" + title, "",
                          *body, "@" + domain.split(".")[0]]) + "\n"
    if kind == "updated_txt":
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 4), hours=3))
        return "\n".join([site, MENU, "", _fa("به‌روزرسانی: %s - %02d:%02d" % (_jday(later), later.hour, later.minute)),
                          title, _fa("انتشار: %s - %s" % (_jday(j), hm)), "", *body, FOOT]) + "\n"
    if kind == "url_only_txt":
        url = "https://%s/%d/%02d/%02d/%d/" % (domain, j.year, j.month, j.day, rng.randint(1000, 9999))
        return "\n".join([url, "", site, MENU, "", title, "", *body, FOOT]) + "\n"
    raise ValueError(kind)


def _html(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind = host
    e = html.escape
    title, paras = story["title"], story["paras"]
    j, hm = m.j, m.hm()
    url = "https://%s/fa/news/%d" % (domain, rng.randint(100000, 999999))
    story_html = "".join("<p>%s</p>" % e(p) for p in paras)
    head, bar, hd = "", "%s | %s" % (title, site), "<h1>%s</h1>" % e(title)
    if kind in ("reader_bar", "reader_dash"):
        bar = "%s | %s" % (site, title) if kind == "reader_bar" else "%s – %s" % (title, site)
        date = "<p class='byline'>%s - %s</p>" % (_fa(_jday(j)), _fa(hm))
        hd = ("<p class='title'>%s</p>" % e(title) if kind == "reader_bar" else "<p><b>%s</b></p>" % e(title)) + date
        return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title></head>"
                "<body class='reader'><div class='domain'>%s</div>%s<div class='content'>%s</div></body></html>") % (
            e(bar), e(domain), hd, story_html)
    if kind == "title_only":
        return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s – %s</title>"
                "<link rel='canonical' href='%s'></head><body class='reader'><div class='byline'>%s - %s</div>"
                "<div class='content'>%s</div></body></html>") % (e(title), e(site), e(url), _fa(_jday(j)), _fa(hm),
                                                                  story_html)
    if kind == "amp_ld":
        utc = _utc(m)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": " ".join(title.split()[:4]) + "…",
              "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%SZ"), "publisher": {"@type": "Organization", "name": site}}
        story_html = ("<amp-img src='/img/%d.jpg' width='600' height='400' layout='responsive' alt='%s'></amp-img>"
                      % (rng.randint(1, 999), e(site))) + story_html
        hd = "<h1>%s</h1><div class='date'>%s</div>" % (e(title), _fa("%s - %s" % (_jday(j), hm)))
        return ("<!doctype html><html amp lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title>"
                "<link rel='canonical' href='%s'><script async src='https://cdn.ampproject.org/v0.js'></script>"
                "<script type='application/ld+json'>%s</script><style amp-boilerplate>body{visibility:hidden}</style>"
                "</head><body><div class='amp-bar'><a href='/'>%s</a></div><article>%s<div>%s</div></article>"
                "<footer>%s</footer></body></html>") % (
            e(bar), e(url), json.dumps(ld, ensure_ascii=False), e(site), hd, story_html, e(FOOT))
    if kind == "kabul_greg":
        k = m.g + timedelta(hours=1)
        iso = k.strftime("%Y-%m-%dT%H:%M:00+04:30")
        hd += "<time datetime='%s'>%s - %s به وقت کابل</time>" % (
            iso, _fa("%d %s %d" % (k.day, GM_FA[k.month - 1], k.year)), _fa(k.strftime("%H:%M")))
    elif kind == "updated_above":
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 4), hours=3))
        hd += "<div class='meta'><span>به‌روز شده: %s - %s</span><span>منتشر شده: %s - %s</span></div>" % (
            _fa(_jday(later)), _fa("%02d:%02d" % (later.hour, later.minute)), _fa(_jday(j)), _fa(hm))
    elif kind == "url_date":
        url = "https://%s/%d/%02d/%02d/%d/" % (domain, j.year, j.month, j.day, rng.randint(1000, 9999))
        head = "<link rel='canonical' href='%s'>" % e(url)
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title>%s</head><body>"
            "<header><div class='logo'>%s</div><nav>%s</nav></header><main><article>%s<div class='body'>%s</div>"
            "</article></main><footer>%s</footer></body></html>") % (
        e(bar), head, e(site), e(MENU), hd, story_html, e(FOOT))


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    return (_txt if host[2] == "txt" else _html)(rng, host, story, m, today)


#: the kinds whose pages show the story's Tehran clock
CLOCKED = ("md_date_first", "lynx_related", "reader_bar", "reader_dash", "tg_bold", "amp_ld", "updated_above",
           "two_digit", "press_agencies", "title_only", "tg_dots_top", "updated_txt")


def _gold(host, story: dict, m: Moment) -> dict:
    return {"family": host[3], "title": story["title"], "body_paragraphs": list(story["paras"]),
            "published_iso": m.day(), "clock": m.hm() if host[3] in CLOCKED else None}


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and their gold; returns the gold rows."""
    return write_set(out_dir, HOSTS, n, random.Random("export-hard:%d" % seed), _page, _gold)
