"""Pages as a crawler meets them after other tools wrote them out, and heads whose title, day or credit
stands beside a decoy: a third, harder export builder after :mod:`export_layouts` and :mod:`export_hard`.

A test helper and a small bench set like those (``build(out_dir, n, seed)`` writes ``out_dir/pages`` and
``out_dir/gold.jsonl``; ``bench/score_head_layouts.py --set crawled`` scores it, agency too). Written from
how the tools and sites write a page out (Telegram Desktop's HTML and JSON exports, w3m / lynx dumps,
Safari's reader, Instapaper, wget, RSS, AMP, forum engines), not from any family set. Each host has one
kind (``HOSTS``):

- ``tg_desktop``   Telegram Desktop's HTML export: the channel's name in the page header, a service row
                   with the day in English, the message ``<div class="pull_right date details"
                   title="12.03.2024 10:20:33 UTC+03:30">`` and its text, the headline in ``<strong>``
- ``tg_json``      Telegram Desktop's JSON export of a channel (``result.json``, saved as text): the
                   message's ``date`` (local clock) and its ``text`` parts, the headline a bold part
- ``w3m_menu``     a w3m dump: the site's menu one item a line, a «پربازدیدها» list of other headlines
                   (bulleted), then a kicker over the story's headline, the date, the story
- ``lynx_bullets`` a lynx dump whose headline follows the site's «آخرین اخبار» list of ``* [n]`` links
- ``safari_reader`` Safari's reader saved as HTML: ``<title>`` «headline | site», an ``<h1 class="title">``
                   and a metadata row «site • writer • day»
- ``instapaper``   an Instapaper text view: ``<div id="titlebar">`` with the headline and «origin · day»
- ``wget_og``      a wget-saved page: ``<title>`` «headline | site», an ``og:title`` of its own (a social
                   headline with an emoji), the ``<h1>`` the story's headline
- ``rss_items``    an RSS channel of three items, the first with the whole story (``content:encoded``)
- ``amp_ld110``    an AMP page whose JSON-LD ``headline`` is the headline cut at 110 characters
- ``forum_html``   a forum thread: the thread's title in an ``<h1>``, the first post (its day), then replies
                   days later, each with its own date
- ``forum_txt``    the same thread copied as text: «موضوع: …», each post «ارسال شده توسط … در <day>»
- ``press_quotes`` a press review quoting several agencies «به گزارش ایسنا …» (no agency of its own)
- ``ago_meta``     only «۲ ساعت پیش» on the page, the day in ``article:published_time``
- ``greg_month``   «۱۲ مارس ۲۰۲۴» (Persian digits, Gregorian month names in Persian) under the headline
- ``hijri_first``  «۱۹ جمادی‌الاول ۱۴۴۵ - ۱۲ آذر ۱۴۰۲» (the Hijri day first) above the headline
- ``dari_kabul``   an Afghan page: «سه شنبه ۲۱ قوس ۱۴۰۲ ساعت ۱۰:۲۰» (Dari months, Kabul time), a dateline
                   «کابل (باختر):» crediting the agency
- ``amp_credit``   an agency's AMP page: «منبع: ایرنا» under the story, the <title> «headline - site»
- ``tg_copy_multi`` several posts copied from a Telegram client, each under «کانال, [12.03.24 10:20]»: a
                   short note first, the story (its bold headline) second
- ``omnivore_md``  a read-later app's markdown export: front matter with ``date_saved`` (days later) and
                   ``date_published``, the «# headline»
- ``forum_last``   a forum thread whose header shows «آخرین ارسال: <the last reply's day>» above the first
                   post
- ``dari_latin``   Afghan text with Latin digits: «21 قوس 1402 هـ ش - 10:20» (Kabul's clock; gold the day)

Gold ``agency``: the page's own credit (a dateline, «منبع: …») or else the story's «به گزارش …»
(:func:`site_families_a.credited_agency`); a review's «به نوشته …» quotes credit nobody.
"""
from __future__ import annotations

import html
import json
import random
from datetime import timedelta

from export_layouts import _jday, _rfc822, _utc
from head_layouts import FA, FOOT, GM, GM_FA, MENU, Moment, write_set
from site_families_a import DATELINE, credited_agency

#: (host, site name, format, kind)
HOSTS = [
    ("kanal-sanat.ir", "کانال صنعت", "html", "tg_desktop"),
    ("kanal-amoozesh.ir", "کانال آموزش", "txt", "tg_json"),
    ("shahrara-news.ir", "شهرآرا نیوز", "txt", "w3m_menu"),
    ("bandar-news.ir", "بندر نیوز", "txt", "lynx_bullets"),
    ("ketabnameh.ir", "کتاب‌نامه", "html", "safari_reader"),
    ("tahlil-rooz.ir", "تحلیل روز", "html", "instapaper"),
    ("akhbar-shahr.ir", "اخبار شهر", "html", "wget_og"),
    ("pezeshk-feed.ir", "پزشک فید", "txt", "rss_items"),
    ("khabar-amp2.ir", "خبرگزاری فردا", "html", "amp_ld110"),
    ("forum-daneshju.ir", "انجمن دانشجویان", "html", "forum_html"),
    ("forum-kar.ir", "انجمن کار", "txt", "forum_txt"),
    ("matbuat.ir", "مطبوعات امروز", "txt", "press_quotes"),
    ("lahzeh-news.ir", "لحظه نیوز", "html", "ago_meta"),
    ("sedaye-digar.com", "صدای دیگر", "html", "greg_month"),
    ("hawzeh-news.ir", "حوزه نیوز", "txt", "hijri_first"),
    ("kabul-rooz.af", "کابل روز", "html", "dari_kabul"),
    ("khabar-rasmi.ir", "خبرگزاری رسمی", "html", "amp_credit"),
    ("kanal-bazar.ir", "کانال بازار", "txt", "tg_copy_multi"),
    ("bayad-khand.ir", "باید خواند", "txt", "omnivore_md"),
    ("forum-pezeshki.ir", "انجمن پزشکی", "html", "forum_last"),
    ("herat-rooz.af", "هرات روز", "txt", "dari_latin"),
]
AGENCIES = ["ایرنا", "ایسنا", "فارس", "مهر", "تسنیم"]
DARI = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
DARI_WD = ["شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]
OTHERS = ["برگزاری نمایشگاه بین‌المللی کتاب تهران با حضور ناشران خارجی در مصلی",
          "افزایش قیمت بلیت قطارهای مسافری از ابتدای ماه آینده",
          "آغاز ثبت‌نام آزمون استخدامی دستگاه‌های اجرایی از هفته آینده"]
REPLY = ("ممنون از اطلاعاتی که گذاشتید، من هم همین مشکل را داشتم و با همین روش حل شد و امیدوارم برای بقیه "
         "دوستان هم مفید باشد.")


def _fa(s: str) -> str:
    return s.translate(FA)


def _long_title(story: dict, rng) -> str:
    """A headline past 110 characters: the story's own, then a clause of its lead."""
    extra = " ".join((story["lead"] or story["paras"][-1]).split()[:14])
    return "%s؛ %s" % (story["title"], extra) if len(story["title"]) < 110 else story["title"]


def _txt(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind = host
    title, paras = story["title"], story["paras"]
    j, hm = m.j, m.hm()
    body = sum(([p, ""] for p in paras), [])
    if kind == "tg_json":
        text = [{"type": "bold", "text": title}, "\n\n" + "\n\n".join(paras) + "\n\n", {"type": "mention",
                "text": "@" + domain.split(".")[0]}]
        prev = {"id": rng.randint(100, 900), "type": "message", "date": (m.g - timedelta(hours=5)).strftime(
            "%Y-%m-%dT%H:%M:%S"), "from": site, "text": OTHERS[0]}
        msg = {"id": prev["id"] + 1, "type": "message", "date": m.g.strftime("%Y-%m-%dT%H:%M:%S"),
               "date_unixtime": str(int(_utc(m).timestamp())), "from": site, "from_id": "channel%d" % rng.randint(
                   10 ** 9, 10 ** 10), "text": text,
               "text_entities": [{"type": "bold", "text": title}, {"type": "plain", "text": "\n\n".join(paras)}]}
        return json.dumps({"name": site, "type": "public_channel", "id": rng.randint(10 ** 9, 10 ** 10),
                           "messages": [prev, msg]}, ensure_ascii=False, indent=1) + "\n"
    if kind == "w3m_menu":
        menu = ["خانه", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "تماس با ما"]
        kicker = "گزارش ویژه"
        return "\n".join([site, "", *menu, "", "پربازدیدها", "", *("  • " + o for o in OTHERS), "", kicker, "", title,
                          "", _fa("%s - %s" % (_jday(j), hm)), "", *body, FOOT]) + "\n"
    if kind == "lynx_bullets":
        lines = ["   [1]" + site, "", "   [2]خانه [3]سیاسی [4]اقتصادی [5]اجتماعی", "", "آخرین اخبار", "",
                 *("     * [%d]%s" % (6 + i, o) for i, o in enumerate(OTHERS)), "", "   " + title, "",
                 "   " + _fa("تاریخ انتشار: %s - %s" % (_jday(j), hm)), "", *("   " + p for p in paras), "",
                 "   " + FOOT, "", "References", "",
                 *("  %2d. https://%s/news/%d" % (i + 1, domain, rng.randint(1000, 9999)) for i in range(9))]
        return "\n".join(lines) + "\n"
    if kind == "rss_items":
        e = html.escape
        items = ["<item>\n<title>%s</title>\n<link>https://%s/n/%d</link>\n<pubDate>%s +0330</pubDate>\n"
                 "<description>%s</description>\n<content:encoded><![CDATA[%s]]></content:encoded>\n</item>" % (
                     e(title), domain, rng.randint(1000, 9999), _rfc822(m.g), e(paras[0][:120]),
                     "".join("<p>%s</p>" % p for p in paras))]
        for k, o in enumerate(OTHERS[:2]):
            older = m.g - timedelta(days=k + 1, hours=3)
            items.append("<item>\n<title>%s</title>\n<link>https://%s/n/%d</link>\n<pubDate>%s +0330</pubDate>\n"
                         "<description>%s</description>\n</item>" % (e(o), domain, rng.randint(1000, 9999),
                                                                     _rfc822(older), e(o)))
        return ("<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0' "
                "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>\n<title>%s</title>\n"
                "<link>https://%s/</link>\n<description>آخرین مطالب %s</description>\n%s\n</channel></rss>\n") % (
            e(site), domain, e(site), "\n".join(items))
    if kind == "forum_txt":
        user, other = rng.sample(["kavir_82", "mehdi.r", "نیلوفر", "sara1370", "امیر_ک"], 2)
        later = m.g + timedelta(days=rng.randint(2, 30), hours=2)
        from jdatetime import datetime as jdt
        lj = jdt.fromgregorian(datetime=later)
        return "\n".join([site, MENU, "", "موضوع: " + title, _fa("پاسخ‌ها: %d | بازدید: %d" % (rng.randint(2, 40),
                                                                                     rng.randint(100, 9000))), "",
                          _fa("ارسال شده توسط %s در %s - %s" % (user, _jday(j), hm)), "", *body,
                          _fa("ارسال شده توسط %s در %s - %02d:%02d" % (other, _jday(lj), lj.hour, lj.minute)), "",
                          REPLY, "", FOOT]) + "\n"
    if kind == "press_quotes":
        return "\n".join([site, MENU, "", title, _fa("%s - %s" % (_jday(j), hm)), "", *body, FOOT]) + "\n"
    if kind == "tg_copy_multi":
        first = m.g - timedelta(hours=2)
        return "\n".join(["%s, [%s]" % (site, first.strftime("%d.%m.%y %H:%M")), "🔴 " + OTHERS[1], "",
                          "%s, [%s]" % (site, m.g.strftime("%d.%m.%y %H:%M")), "**%s**" % title, "", *body,
                          "🆔 @" + domain.split(".")[0]]) + "\n"
    if kind == "omnivore_md":
        saved = m.g + timedelta(days=rng.randint(2, 40), hours=3)
        front = ["---", "id: %08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16)), 'title: "%s"' % title,
                 "url: https://%s/news/%d" % (domain, rng.randint(1000, 9999)), "site: " + site,
                 "date_saved: %s" % saved.strftime("%Y-%m-%dT%H:%M:%S+03:30"),
                 "date_published: %s" % m.g.strftime("%Y-%m-%dT%H:%M:%S+03:30"), "---"]
        return "\n".join([*front, "", "# " + title, "", *body]) + "\n"
    if kind == "dari_latin":
        k = m.g + timedelta(hours=1)
        from jdatetime import datetime as jdt
        kj = jdt.fromgregorian(datetime=k)
        return "\n".join([site, MENU, "", title, "%d %s %d هـ ش - %02d:%02d" % (kj.day, DARI[kj.month - 1], kj.year,
                                                                            kj.hour, kj.minute), "", *body,
                          FOOT]) + "\n"
    if kind == "hijri_first":
        from head_layouts import _hijri
        return "\n".join([site, MENU, "", _fa("%s - %s" % (_hijri(m), m.words())), "", title, "", *body,
                          FOOT]) + "\n"
    raise ValueError(kind)


def _html(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind = host
    e = html.escape
    title, paras = story["title"], story["paras"]
    j, hm = m.j, m.hm()
    story_html = "".join("<p>%s</p>" % e(p) for p in paras)
    doc = "<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'>%s</head><body>%s</body></html>"
    if kind == "tg_desktop":
        g = m.g
        head = "<title>Exported Data</title><link href='css/style.css' rel='stylesheet'>"
        stamp = "%02d.%02d.%d %s:%02d UTC+03:30" % (g.day, g.month, g.year, g.strftime("%H:%M"), rng.randint(0, 59))
        prev = ("<div class='message default clearfix' id='message%d'><div class='body'><div class='pull_right date "
                "details' title='%02d.%02d.%d 08:05:11 UTC+03:30'>08:05</div><div class='from_name'>%s</div>"
                "<div class='text'>%s</div></div></div>") % (rng.randint(100, 900), g.day, g.month, g.year, e(site),
                                                             e(OTHERS[1]))
        msg = ("<div class='message default clearfix joined' id='message%d'><div class='body'><div class='pull_right "
               "date details' title='%s'>%s</div><div class='text'><strong>%s</strong><br><br>%s<br><br>"
               "<a href='https://t.me/%s'>@%s</a></div><div class='pull_right details'>%s views</div></div></div>") % (
            rng.randint(1000, 9000), stamp, hm, e(title), "<br><br>".join(e(p) for p in paras),
            domain.split(".")[0], domain.split(".")[0], rng.randint(900, 9000))
        body = ("<div class='page_wrap'><div class='page_header'><div class='content'><div class='text bold'>%s</div>"
                "</div></div><div class='page_body chat_page'><div class='history'><div class='message service' "
                "id='message-1'><div class='body details'>%d %s %d</div></div>%s%s</div></div></div>") % (
            e(site), g.day, GM[g.month - 1], g.year, prev, msg)
        return doc % (head, body)
    if kind == "safari_reader":
        head = "<title>%s | %s</title>" % (e(title), e(site))
        body = ("<div id='article'><div class='page'><h1 class='title'>%s</h1><div class='metadata'>%s • %s • %s"
                "</div>%s</div></div>") % (e(title), e(site), e(rng.choice(["مریم احمدی", "علی رضایی"])),
                                           _fa(_jday(j)), story_html)
        return doc % (head, body)
    if kind == "instapaper":
        head = "<title>%s</title>" % e(title)
        body = ("<div id='titlebar'><h1>%s</h1><div class='origin'><a href='https://%s/'>%s</a> · %s</div></div>"
                "<div id='story'>%s</div>") % (e(title), domain, domain, _fa(_jday(j)), story_html)
        return doc % (head, body)
    if kind == "wget_og":
        og = "🔴 %s" % " ".join(title.split()[:5])
        head = ("<title>%s | %s</title><meta property='og:title' content='%s'><meta property='og:site_name' "
                "content='%s'><meta property='article:published_time' content='%s'>") % (
            e(title), e(site), e(og), e(site), m.g.strftime("%Y-%m-%dT%H:%M:00+03:30"))
        body = ("<header><div class='logo'>%s</div><nav>%s</nav></header><main><article><h1>%s</h1>"
                "<div class='date'>%s</div>%s</article></main><footer>%s</footer>") % (
            e(site), e(MENU), e(title), _fa("%s - %s" % (_jday(j), hm)), story_html, e(FOOT))
        return doc % (head, body)
    if kind in ("amp_ld110", "amp_credit"):
        full = _long_title(story, rng) if kind == "amp_ld110" else title
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": full[:110],
              "datePublished": m.g.strftime("%Y-%m-%dT%H:%M:00+03:30"),
              "publisher": {"@type": "Organization", "name": site}}
        credit = "<p class='source'>منبع: %s</p>" % e(story["agency"]) if kind == "amp_credit" else ""
        sep = " | " if kind == "amp_ld110" else " - "
        return ("<!doctype html><html amp lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s%s%s</title>"
                "<script async src='https://cdn.ampproject.org/v0.js'></script><script type='application/ld+json'>"
                "%s</script></head><body><amp-sidebar id='menu' layout='nodisplay'>%s</amp-sidebar><header>"
                "<a href='/'>%s</a></header><article><h1>%s</h1><div class='date'>%s</div>%s%s</article><footer>%s"
                "</footer></body></html>") % (
            e(full), sep, e(site), json.dumps(ld, ensure_ascii=False), e(MENU), e(site), e(full),
            _fa("%s - %s" % (_jday(j), hm)), story_html, credit, e(FOOT))
    if kind == "forum_last":
        from jdatetime import datetime as jdt
        last = jdt.fromgregorian(datetime=m.g + timedelta(days=rng.randint(3, 60), hours=2))
        head = "<title>%s - %s</title>" % (e(title), e(site))
        body = ("<div id='header'>%s</div><div class='navbar'>%s</div><h1 class='threadtitle'>%s</h1><div "
                "class='thread-info'>پاسخ‌ها: %s | آخرین ارسال: %s - %02d:%02d</div><div class='post'><div "
                "class='postdetails'><span class='username'>kavir_82</span><span class='postdate'>%s</span></div>"
                "<div class='content'>%s</div></div><div class='post'><div class='content'><p>%s</p></div></div>"
                "<div id='footer'>%s</div>") % (
            e(site), e(MENU), e(title), _fa(str(rng.randint(2, 30))), _fa(_jday(last)), last.hour, last.minute,
            _fa("%s - %s" % (_jday(j), hm)), story_html, e(REPLY), e(FOOT))
        return doc % (head, body)
    if kind == "forum_html":
        from jdatetime import datetime as jdt
        head = "<title>%s - %s</title>" % (e(title), e(site))
        posts = ["<div class='post' id='post%d'><div class='postdetails'><span class='username'>%s</span>"
                 "<span class='postdate'>%s</span></div><div class='content'>%s</div></div>" % (
                     rng.randint(1000, 9999), "kavir_82", _fa("%s - %s" % (_jday(j), hm)), story_html)]
        for k in range(2):
            lj = jdt.fromgregorian(datetime=m.g + timedelta(days=3 + 5 * k, hours=k + 1))
            posts.append("<div class='post' id='post%d'><div class='postdetails'><span class='username'>%s</span>"
                         "<span class='postdate'>%s</span></div><div class='content'><p>%s</p></div></div>" % (
                             rng.randint(1000, 9999), ["mehdi.r", "sara1370"][k],
                             _fa("%s - %02d:%02d" % (_jday(lj), lj.hour, lj.minute)), e(REPLY)))
        body = ("<div id='header'>%s</div><div class='navbar'>%s</div><div class='breadcrumb'>انجمن › گفت‌وگوی آزاد"
                "</div><h1 class='threadtitle'>%s</h1>%s<div id='footer'>%s</div>") % (
            e(site), e(MENU), e(title), "".join(posts), e(FOOT))
        return doc % (head, body)
    if kind == "ago_meta":
        head = ("<title>%s</title><meta property='article:published_time' content='%s'>" % (
            e(title), m.g.strftime("%Y-%m-%dT%H:%M:00+03:30")))
        ago = rng.choice(["۲ ساعت پیش", "۴۵ دقیقه پیش", "۱ روز پیش"])
        body = ("<header><div class='logo'>%s</div><nav>%s</nav></header><article><h1>%s</h1><span class='time'>%s"
                "</span><div class='entry'>%s</div></article><footer>%s</footer>") % (
            e(site), e(MENU), e(title), ago, story_html, e(FOOT))
        return doc % (head, body)
    if kind == "greg_month":
        g = m.g
        head = "<title>%s - %s</title>" % (e(title), e(site))
        body = ("<header><div class='logo'>%s</div><nav>%s</nav></header><article><h1>%s</h1><span class='date'>%s"
                "</span><div class='entry'>%s</div></article><footer>%s</footer>") % (
            e(site), e(MENU), e(title), _fa("%d %s %d" % (g.day, GM_FA[g.month - 1], g.year)), story_html, e(FOOT))
        return doc % (head, body)
    if kind == "dari_kabul":
        k = m.g + timedelta(hours=1)
        from jdatetime import datetime as jdt
        kj = jdt.fromgregorian(datetime=k)
        line = _fa("%s %d %s %d ساعت %02d:%02d" % (DARI_WD[kj.weekday()], kj.day, DARI[kj.month - 1], kj.year,
                                                  kj.hour, kj.minute))
        first = "کابل (%s): %s" % (story["agency"], paras[0])
        head = "<title>%s | %s</title>" % (e(title), e(site))
        body = ("<header><div class='logo'>%s</div><nav>%s</nav></header><article><h1>%s</h1><div class='meta'>%s"
                "</div><div class='entry'><p>%s</p>%s</div></article><footer>%s</footer>") % (
            e(site), e(MENU), e(title), line, e(first), "".join("<p>%s</p>" % e(p) for p in paras[1:]), e(FOOT))
        return doc % (head, body)
    raise ValueError(kind)


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    if host[3] in ("dari_kabul", "amp_credit"):  # the page's own credit, the corpus's dateline taken off
        story["agency"] = rng.choice(["باختر", "پژواک"] if host[3] == "dari_kabul" else AGENCIES)
        story["paras"] = [DATELINE.sub("", story["paras"][0], count=1), *story["paras"][1:]]
    if host[3] == "amp_ld110":
        story["long"] = _long_title(story, rng)
    if host[3] == "press_quotes":  # the review's own first paragraph, then three agencies' words
        story["paras"] = [story["paras"][0], *("به نوشته %s، %s" % (a, p) for a, p in
                                               zip(rng.sample(AGENCIES, 3), story["paras"][1:]))]
    return (_txt if host[2] == "txt" else _html)(rng, host, story, m, today)


#: the kinds whose pages show the story's Tehran clock
CLOCKED = ("tg_desktop", "tg_json", "w3m_menu", "lynx_bullets", "rss_items", "forum_html", "forum_txt", "press_quotes",
           "ago_meta", "amp_ld110", "amp_credit", "wget_og", "tg_copy_multi", "omnivore_md", "forum_last")


def _gold(host, story: dict, m: Moment) -> dict:
    kind = host[3]
    paras = list(story["paras"])
    if kind == "dari_kabul":
        paras[0] = "کابل (%s): %s" % (story["agency"], paras[0])
    return {"family": kind, "title": story.get("long") or story["title"], "body_paragraphs": paras,
            "agency": story.get("agency") or credited_agency(paras), "published_iso": m.day(),
            "clock": m.hm() if kind in CLOCKED else None}


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and their gold; returns the gold rows."""
    return write_set(out_dir, HOSTS, n, random.Random("export-crawled:%d" % seed), _page, _gold)
