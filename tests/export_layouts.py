"""Pages as other tools hand them over, and news kinds with dates in other clocks, with gold.

A test helper and a small bench set like :mod:`head_layouts` (``build(out_dir, n, seed)`` writes
``out_dir/pages`` and ``out_dir/gold.jsonl``; ``bench/score_head_layouts.py --set export`` scores
it). Written from how these tools and sites write a story out, not from any family set. Each host
has one kind (``HOSTS``):

Exports
- ``lynx_refs``     a lynx dump: links marked «[12]», the share links' text and the story's address
                    (its headline as a slug) in the «References» list at the end
- ``lynx_visible``  the same with lynx's «Visible links» / «Hidden links» lists, the headline centred
- ``md_toml``       a Hugo page with a TOML front matter («+++», «title = "…"», a UTC ``date``)
- ``md_plain``      a markdown copy with no front matter: «# headline», «*۱۲ آذر ۱۴۰۲ - ۱۰:۲۰*»
- ``md_setext``     a markdown copy whose headline is underlined «=====», a «**تاریخ:** …» line
- ``reader``        a reader view: the site's host, the headline, «N دقیقه مطالعه», the date
- ``rss_offset``    an RSS item whose RFC 822 ``pubDate`` carries the «+0330» offset, a ``dc:creator``
- ``rss_channel``   a feed of one item inside its ``<channel>`` (the feed's own title and build date)
- ``atom``          an Atom entry: ``<published>`` and a later ``<updated>`` (the publication wins)
- ``tg_us``         a post copied from a Telegram client in US format: «کانال, [12/3/2023 10:20 AM]»
- ``tg_tags``       a Telegram post: an emoji and the bold headline, hashtags and «🆔 @channel» under it
- ``eitaa``         a post as Eitaa's web view copies it: the day's chip over it («۱۲ آذر ۱۴۰۲»), views and
                    the clock under it
- ``epaper``        an e-paper page's text: «شماره … | <day> | صفحه ۳», «ادامه از صفحه ۱», a jump line
Other clocks and calendars
- ``diaspora``      a broadcaster abroad: «۳ دسامبر ۲۰۲۳ - ۲۱:۵۰ گرینویچ» and «به‌روز شده: …» later
- ``kabul``         Afghan news: «۱۲ قوس ۱۴۰۲ - ساعت ۱۰:۲۰ به وقت کابل», the <title> «headline | site»
- ``ministry``      a ministry's news: «تاریخ خبر: ۱۴۰۲/۰۹/۱۲», «کد خبر», «تعداد بازدید», the <title> «site - headline»
- ``press_review``  a press review whose headline names its own day; the header's day of the visit above
- ``student``       a student agency: «۱۲ آذر ۱۴۰۲ / ۱۰:۲۰ | کد خبر: …» under a share line with the headline
"""
from __future__ import annotations

import html
import random
from datetime import timedelta, timezone

import jdatetime

from head_layouts import FA, FOOT, GM, GM_FA, JM, MENU, WD, Moment, write_set

#: (host, site name, format, kind)
HOSTS = [
    ("shahrkhabar.ir", "شهرخبر", "txt", "lynx_refs"),
    ("daneshnameh-news.ir", "دانش‌نامه نیوز", "txt", "lynx_visible"),
    ("ashpazkhaneh.ir", "آشپزخانه", "txt", "md_toml"),
    ("boursenameh.ir", "بورس‌نامه", "txt", "md_plain"),
    ("mostamari.ir", "مستمری", "txt", "md_setext"),
    ("khandani.ir", "خواندنی", "txt", "reader"),
    ("kargarnews.ir", "کارگر نیوز", "txt", "rss_offset"),
    ("elmrooz.ir", "علم روز", "txt", "rss_channel"),
    ("tabakhi.ir", "طباخی", "txt", "atom"),
    ("saham-channel.ir", "کانال سهام", "txt", "tg_us"),
    ("bazaarsarmaye.ir", "بازار سرمایه", "txt", "tg_tags"),
    ("bazneshastegan.ir", "بازنشستگان", "txt", "eitaa"),
    ("ruznameh-kar.ir", "روزنامه کار", "txt", "epaper"),
    ("sedayekhareji.com", "صدای برون‌مرزی", "html", "diaspora"),
    ("kabulnews.af", "کابل نیوز", "html", "kabul"),
    ("vezaratnews.ir", "وزارت رفاه", "html", "ministry"),
    ("pishkhan-rooz.ir", "پیشخوان روز", "txt", "press_review"),
    ("daneshjoonews.ir", "دانشجو نیوز", "html", "student"),
]
TEHRAN = "Asia/Tehran"


def _utc(m: Moment):
    """The moment in UTC (Tehran's offset from zoneinfo: +04:30 in the summers before 1402)."""
    from zoneinfo import ZoneInfo
    return m.g.replace(tzinfo=ZoneInfo(TEHRAN)).astimezone(timezone.utc)


def _rfc822(dt) -> str:
    return "%s, %02d %s %d %02d:%02d:00" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()], dt.day,
                                            GM[dt.month - 1][:3], dt.year, dt.hour, dt.minute)


def _jday(j) -> str:
    return ("%d %s %d" % (j.day, JM[j.month - 1], j.year)).translate(FA)


def headline(kind: str, story: dict, m: Moment) -> str:
    if kind == "press_review":
        return ("صفحه نخست روزنامه‌های %s %s" % (WD[m.j.weekday()], _jday(m.j)))
    return story["title"]


def _txt(rng, host, story, m: Moment, today: Moment) -> tuple[str, str]:
    domain, site, _fmt, kind = host
    title, lead, paras = headline(kind, story, m), story["lead"], story["paras"]
    j, hm = m.j, m.hm()
    slug = "-".join(title.split()[:6])
    url = "https://%s/news/%d/%s" % (domain, rng.randint(10000, 99999), slug)
    if kind in ("lynx_refs", "lynx_visible"):
        menu = " ".join("[%d]%s" % (i + 2, w) for i, w in enumerate(MENU.split(" | ")))
        date = ("%s %s - %s" % (WD[j.weekday()], _jday(j), hm.translate(FA)))
        share = "[%d]تلگرام [%d]توییتر [%d]واتساپ" % (10, 11, 12)
        body = ["   " + p for p in paras]
        head = (" " * 20 + title) if kind == "lynx_visible" else "   " + title
        refs = ["https://%s/" % domain] + ["https://%s/cat/%d" % (domain, i) for i in range(1, 8)] + [
            "https://%s/" % domain, "https://t.me/share/url?url=%s&text=%s" % (url, title.replace(" ", "%20")),
            "https://twitter.com/intent/tweet?text=%s" % title.replace(" ", "+"),
            "https://wa.me/?text=%s" % title.replace(" ", "%20"), url]
        if kind == "lynx_refs":
            tail = ["References", ""] + ["  %2d. %s" % (i + 1, r) for i, r in enumerate(refs)]
        else:
            tail = ["Visible links:"] + ["  %2d. %s" % (i + 1, r) for i, r in enumerate(refs[:-1])] + [
                "", "Hidden links:", "  %2d. %s" % (len(refs), refs[-1])]
        lines = ["   [1]" + site, "   " + menu, "", head, "", "   " + date, "", *body, "",
                 "   اشتراک: " + share, "", "   " + FOOT, "", *tail]
        return "\n".join(lines) + "\n", url
    if kind == "md_toml":
        utc = _utc(m)
        front = ["+++", 'title = "%s"' % title, "date = %s" % utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 'categories = ["%s"]' % story["cat"], "draft = false", "+++"]
        lines = [*front, "", "# " + title, "", *(["> " + lead, ""] if lead else []), *sum(([p, ""] for p in paras), [])]
        return "\n".join(lines), url
    if kind == "md_plain":
        lines = ["[%s](https://%s/)" % (site, domain), "", "# " + title, "",
                 "*%s - %s*" % (_jday(j), hm.translate(FA)), "", *sum(([p, ""] for p in paras), []),
                 "---", "[اشتراک در تلگرام](https://t.me/share/url?url=%s)" % url]
        return "\n".join(lines), url
    if kind == "md_setext":
        lines = [title, "=" * min(60, len(title)), "", "**تاریخ:** %s ساعت %s" % (_jday(j), hm.translate(FA)),
                 "**منبع:** [%s](https://%s/)" % (site, domain), "", *sum(([p, ""] for p in paras), [])]
        return "\n".join(lines), url
    if kind == "reader":
        words = sum(len(p.split()) for p in paras)
        lines = [domain, title, ("%d دقیقه مطالعه" % max(1, words // 200)).translate(FA),
                 ("%s - %s" % (_jday(j), hm.translate(FA))), "", *sum(([p, ""] for p in paras), []),
                 "نمایش در %s" % domain]
        return "\n".join(lines), url
    if kind in ("rss_offset", "rss_channel", "atom"):
        e = html.escape
        content = "<![CDATA[%s]]>" % "".join("<p>%s</p>" % p for p in paras)
        if kind == "atom":
            later = m.g + timedelta(days=rng.randint(1, 5), hours=2)
            item = ("<entry><title>%s</title><link href='%s'/><id>%s</id><published>%s+03:30</published>"
                    "<updated>%s+03:30</updated><category term='%s'/><summary>%s</summary>"
                    "<content type='html'>%s</content></entry>") % (
                e(title), e(url), e(url), m.g.isoformat(timespec="seconds"), later.isoformat(timespec="seconds"),
                e(story["cat"]), e(lead or ""), e("".join("<p>%s</p>" % p for p in paras)))
            feed = "<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>\n%s\n</feed>\n"
            return feed % item, url
        item = ("<item>\n<title>%s</title>\n<link>%s</link>\n<dc:creator>%s</dc:creator>\n<pubDate>%s +0330</pubDate>\n"
                "<description>%s</description>\n<content:encoded>%s</content:encoded>\n</item>") % (
            e(title), e(url), e(site), _rfc822(m.g), e(lead or ""), content)
        if kind == "rss_offset":
            return "<?xml version='1.0' encoding='UTF-8'?>\n" + item + "\n", url
        built = today.g
        return ("<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0'><channel>\n<title>%s</title>\n"
                "<link>https://%s/</link>\n<lastBuildDate>%s GMT</lastBuildDate>\n%s\n</channel></rss>\n") % (
            e(site), domain, _rfc822(built), item), url
    if kind == "tg_us":
        g = m.g
        h12 = (g.hour - 1) % 12 + 1
        head = "%s, [%d/%d/%d %d:%02d %s]" % (site, g.month, g.day, g.year, h12, g.minute,
                                              "PM" if g.hour >= 12 else "AM")
        lines = [head, "**%s**" % title, *paras, "", "🆔 @" + domain.split(".")[0]]
        return "\n".join(lines) + "\n", url
    if kind == "tg_tags":
        g = m.g
        head = "%s, [%02d.%02d.%02d %s]" % (site, g.day, g.month, g.year % 100, hm)
        tags = "#%s #%s" % (story["cat"].replace(" ", "_"), "بورس")
        lines = [head, "🔴 **%s**" % title, "", *paras, "", tags, "", "🆔 @" + domain.split(".")[0]]
        return "\n".join(lines) + "\n", url
    if kind == "eitaa":
        views = ("%d.%dK" % (rng.randint(1, 40), rng.randint(0, 9))).translate(FA)
        lines = [site, "", _jday(j), "", "📌 " + title, "",
                 *paras, "", "@" + domain.split(".")[0], "👁 " + views + "  " + hm.translate(FA)]
        return "\n".join(lines) + "\n", url
    if kind == "epaper":
        issue = "شماره %d | %s %s | صفحه ۳" % (rng.randint(2000, 8000), WD[j.weekday()], _jday(j))
        lines = [site, issue, "", "ادامه از صفحه ۱", "", title, "", *paras[:2],
                 "ادامه در صفحه %s" % str(rng.randint(4, 12)).translate(FA), "", *paras[2:], "", FOOT]
        return "\n".join(lines) + "\n", url
    if kind == "press_review":
        lines = [site, MENU, ("امروز: %s" % today.words()).translate(FA), "", title,
                 ("%s - %s" % (_jday(j), hm.translate(FA))), "", *paras, "", FOOT]
        return "\n".join(lines) + "\n", url
    raise ValueError(kind)


def _html(rng, host, story, m: Moment, today: Moment) -> tuple[str, str]:
    domain, site, _fmt, kind = host
    e = html.escape
    title, paras = story["title"], story["paras"]
    j, hm = m.j, m.hm()
    url = "https://%s/fa/news/%d" % (domain, rng.randint(100000, 999999))
    bar, meta = "%s | %s" % (title, site), ""
    if kind == "diaspora":
        utc = _utc(m)
        later = utc + timedelta(hours=rng.randint(2, 30))
        meta = ("<div class='date'>%s - %s گرینویچ</div><div class='updated'>به‌روز شده: %s - %s گرینویچ</div>" % (
            ("%d %s %d" % (utc.day, GM_FA[utc.month - 1], utc.year)).translate(FA), utc.strftime("%H:%M").translate(FA),
            ("%d %s %d" % (later.day, GM_FA[later.month - 1], later.year)).translate(FA),
            later.strftime("%H:%M").translate(FA)))
        bar = "%s - %s" % (title, site)
    elif kind == "kabul":
        # Kabul is an hour ahead of Tehran (+04:30 against +03:30 since 1402)
        k = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(hours=1))
        meta = "<div class='date'>%s - ساعت %s به وقت کابل</div>" % (
            _jday(k), ("%02d:%02d" % (k.hour, k.minute)).translate(FA))
    elif kind == "ministry":
        meta = ("<table class='info'><tr><td>تاریخ خبر: %s</td><td>کد خبر: %s</td><td>تعداد بازدید: %s</td></tr>"
                "</table>") % (("%d/%02d/%02d" % (j.year, j.month, j.day)).translate(FA),
                               str(rng.randint(10000, 99999)).translate(FA), str(rng.randint(10, 999)).translate(FA))
        bar = "%s - %s" % (site, title)
    elif kind == "student":
        meta = ("<div class='share'>اشتراک گذاری: %s</div><div class='meta'>%s / %s | کد خبر: %s</div>" % (
            e(title), _jday(j), hm.translate(FA), str(rng.randint(1000000, 9999999)).translate(FA)))
    hd = "<h1 class='title'>%s</h1>%s" % (e(title), meta)
    story_html = "".join("<p>%s</p>" % e(p) for p in paras)
    page = ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s</title>"
            "<link rel='canonical' href='%s'></head><body><header><div class='logo'>%s</div><div class='today'>%s</div>"
            "<nav>%s</nav></header><main><article>%s<div class='body'>%s</div></article></main>"
            "<footer>%s</footer></body></html>") % (
        e(bar), e(url), e(site), e(today.words().translate(FA)), e(MENU), hd, story_html, e(FOOT))
    return page, url


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    return (_txt if host[2] == "txt" else _html)(rng, host, story, m, today)[0]


def _gold(host, story: dict, m: Moment) -> dict:
    # (the page's clock in Tehran time; Kabul's and GMT's clocks are checked by their day only). A clock the
    # page labels GMT is its own: the GMT day it shows (s68, issue 12; before, Tehran's day of that instant)
    clock = host[3] not in ("ministry", "epaper", "kabul", "diaspora")
    day = _utc(m).date().isoformat() if host[3] == "diaspora" else m.day()
    return {"family": host[3], "title": headline(host[3], story, m), "body_paragraphs": list(story["paras"]),
            "published_iso": day, "clock": m.hm() if clock else None}


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and their gold; returns the gold rows."""
    return write_set(out_dir, HOSTS, n, random.Random("export-layouts:%d" % seed), _page, _gold)
