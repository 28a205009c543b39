"""Heads that mix two forms the other export builders show one at a time, and page kinds whose headline
is not the first big line: a fourth export builder after :mod:`export_layouts`, :mod:`export_hard` and
:mod:`export_crawled`.

A test helper and a small bench set like those (``build(out_dir, n, seed)`` writes ``out_dir/pages`` and
``out_dir/gold.jsonl``; ``bench/score_head_layouts.py --set mixed`` scores it, agency too). Written from
how recipe sites, messenger channels, press reviews and Afghan outlets write a page, not from any family
set. Each host has one kind (``HOSTS``):

- ``badge_ago``      the day as a badge of three lines («۱۲» / «آذر» / «۱۴۰۲») AND a «۳ روز پیش» whose
                     ``title`` holds the day, over the story
- ``banner_hashtag`` the site's banner ``<h1 class="page-title">`` (its section) over a hashtag kicker
                     «#اقامتگاه_بوم‌گردی» and the headline as an ``<h2>``; «۱۲ آذرماه ۱۴۰۲، ساعت ۱۴:۳۰»
- ``clock_first_txt`` flat text: the banner line, a hashtag line, the headline, then «ساعت ۱۴:۳۰ روز
                     یکشنبه ۱۲ آذر ۱۴۰۲», and a reader's comment «۲ روز پیش» under the story
- ``badge_txt``      flat text of a badge page: «۱۲» / «آذر» / «۱۴۰۲» on lines of their own, then «۳ روز
                     پیش», then the headline
- ``recipe_w3m``     a recipe site's w3m dump: a «طرز تهیه» heading over the dish's name (the title),
                     times «زمان پخت: ۴۵ دقیقه», a list of ingredients, the steps
- ``recipe_md``      a recipe as markdown: «## طرز تهیه» then «# <dish>», the day under it
- ``channel_emoji``  a messenger channel's post copied as text: the day over it («۱۲ آذر ۱۴۰۲»), its first
                     line an emoji-led headline «🔴 …», hashtags, «👁 ۱.۲K  ۱۴:۳۰» under it
- ``eitaa_html``     a messenger channel's web view: a short post, then the story's post whose first line
                     is «📌 <b>headline</b>», each with its ``<time datetime>``
- ``press_heads``    a press review: its own headline, then each paper's name over the paper's quoted
                     headline (short lines «کیهان:» / «"…"») and a paragraph of what it wrote
- ``dari_credit``    Afghan text: «مزار شریف (آوا):» opens the story, an outlet the agency table lacks
                     (each host's stories credit one of a few such names); Dari month names
- ``channel_foot``   a market channel's post copied as text: an emoji-led headline, a story that names a
                     meeting's day «۱۴۰۲/۰۴/۳۱» in a sentence, then «📅 ۱۴۰۲/۰۹/۱۲ ⏰ ۱۰:۲۰» at its foot
- ``month_title``    a labour site's lynx dump: the headline names a month and year («… آذر ۱۴۰۲»), the
                     story's day on a line under it
- ``kv_lines_txt``   flat text of a key / value box, labels and values on lines of their own («بخش» / X,
                     «تاریخ انتشار» / «ساعت ۱۴:۳۰ روز یکشنبه ۱۲ آذر ۱۴۰۲», «منبع» / agency, «کد مطلب» / N),
                     under a hashtag and the headline, a badge of the day above them
- ``kv_dl_html``     the same box as a ``<dl>`` under a banner ``<h1>`` and an ``<h2>`` headline, a «۲ روز پیش»
                     comment time under the story
- ``press_front``    a press review whose headline names the day («صفحه نخست روزنامه‌های سه‌شنبه ۱۲ آذر ۱۴۰۲»,
                     the same words on every page of its site), each paper's «تیتر یک» quoted under its name
- ``recipe_h1``      a recipe page whose ``<h1>`` is «طرز تهیه» over the dish's ``<h2>``, the ``<title>`` «طرز
                     تهیه <dish> | site», its day in a ``<time>``
- ``tg_emoji_bold``  a post copied from a Telegram client under «کانال, [12.03.24 10:20]», its first line an
                     emoji then the bold headline «🔴 **…**»
- ``dari_dash_html`` an Afghan agency's page: «هرات (روشنا) – …» (a dash, not a colon) opens the story
- ``epaper_issue``   an e-paper's text: «شماره ۴۵۶۷ | سه‌شنبه ۱۲ آذر ۱۴۰۲ | صفحه ۳» over the page, the
                     story's headline, its text and a jump line «ادامه در صفحه ۵»

Gold ``agency``: the name in a «PLACE (NAME):» dateline, else the story's «به گزارش …»
(:func:`site_families_a.credited_agency`); a review credits nobody.
"""
from __future__ import annotations

import html
import random
from datetime import timedelta

from export_crawled import DARI, DARI_WD
from export_layouts import _jday
from head_layouts import FA, FOOT, JM, MENU, WD, Moment, write_set
from site_families_a import DATELINE, credited_agency

#: (host, site name, format, kind)
HOSTS = [
    ("bomgardi-news.ir", "بوم‌گردی نیوز", "html", "badge_ago"),
    ("chob-sanat.ir", "چوب و صنعت", "html", "banner_hashtag"),
    ("emdad-115.ir", "امداد ۱۱۵", "txt", "clock_first_txt"),
    ("sang-sakhteman.ir", "سنگ ساختمان", "txt", "badge_txt"),
    ("ashpazkhaneh.ir", "آشپزخانه", "txt", "recipe_w3m"),
    ("sofreh-irani.ir", "سفره ایرانی", "txt", "recipe_md"),
    ("kanal-saham.ir", "کانال سهام", "txt", "channel_emoji"),
    ("eitaa-bazneshastegi.ir", "بازنشستگان", "html", "eitaa_html"),
    ("rooznameh-ha.ir", "روزنامه‌ها", "txt", "press_heads"),
    ("balkh-news.af", "بلخ نیوز", "txt", "dari_credit"),
    ("kanal-majma.ir", "کانال مجمع", "txt", "channel_foot"),
    ("kargar-news.ir", "کارگر نیوز", "txt", "month_title"),
    ("sobh-bazar.ir", "صبح بازار", "txt", "epaper_issue"),
    ("sang-iran.ir", "سنگ ایران", "txt", "kv_lines_txt"),
    ("mobl-news.ir", "مبل نیوز", "html", "kv_dl_html"),
    ("pishkhan-rooz.ir", "پیشخوان روز", "txt", "press_front"),
    ("ghazaye-khaneh.ir", "غذای خانه", "html", "recipe_h1"),
    ("kanal-farda.ir", "کانال فردا", "txt", "tg_emoji_bold"),
    ("herat-times.af", "هرات تایمز", "html", "dari_dash_html"),
]
BANNERS = {"badge_ago": "اقامتگاه‌ها", "banner_hashtag": "صنعت مبلمان", "clock_first_txt": "اورژانس",
           "badge_txt": "معادن سنگ"}
HASHTAGS = ["#اقامتگاه_بوم‌گردی", "#مبلمان_ایرانی", "#اورژانس_۱۱۵", "#سنگ_ساختمانی", "#بازار_سهام"]
DISHES = ["کوکو سبزی مجلسی", "خورش قیمه بادمجان", "آش رشته خانگی", "کشک بادمجان با نعناداغ", "شیرین پلو قزوینی",
          "میرزا قاسمی گیلانی", "دلمه برگ مو", "کوفته تبریزی", "باقالی پلو با ماهیچه", "حلیم بادمجان"]
STEPS = ["ابتدا پیاز را خلال کنید و در روغن داغ تفت دهید تا طلایی شود و بوی خامی آن کاملا گرفته شود.",
         "سپس مواد اصلی را اضافه کنید و چند دقیقه هم بزنید تا با پیاز مخلوط شوند و رنگ آن‌ها کمی تغییر کند.",
         "ادویه‌ها را به همراه نمک و فلفل بریزید و دو لیوان آب جوش اضافه کنید و در قابلمه را بگذارید.",
         "حرارت را کم کنید و اجازه دهید غذا به آرامی جا بیفتد و هر چند دقیقه یک بار آن را بررسی کنید.",
         "در پایان غذا را در ظرف مورد نظر بکشید و با سبزی تازه و کمی پیاز داغ تزئین کنید و گرم سرو کنید."]
INGREDIENTS = ["پیاز: ۲ عدد", "روغن: نصف لیوان", "نمک و فلفل: به مقدار لازم", "زردچوبه: یک قاشق چای‌خوری"]
PAPERS = ["کیهان", "اعتماد", "شرق", "جوان", "همشهری", "دنیای اقتصاد"]
PAPER_HEADS = ["تورم در مسیر کاهش", "بازار در انتظار تصمیم دولت", "نگرانی از کم‌آبی تابستان",
               "رکود در بازار مسکن ادامه دارد", "وعده‌هایی که عملی نشد", "صف طولانی خریداران خودرو"]
#: outlets a «PLACE (NAME):» dateline names, none in the agency table
OUTLETS = ["آوا", "طنین", "روشنا"]
PLACES = ["کابل", "مزار شریف", "هرات", "قندهار", "بلخ"]


def _fa(s: str) -> str:
    return s.translate(FA)


def _ago(m: Moment, today: Moment) -> str:
    days = max(1, (today.g.date() - m.g.date()).days) if today.g > m.g else 3
    return _fa("%d روز پیش" % min(days, 6))


def _badge(m: Moment) -> list[str]:
    return [_fa(str(m.j.day)), JM[m.j.month - 1], _fa(str(m.j.year))]


def _kabul_day(m: Moment, weekday: bool = True) -> str:
    """The story's day in Dari month names on Kabul's clock (an hour behind Tehran's in winter)."""
    from jdatetime import datetime as jdt
    kj = jdt.fromgregorian(datetime=m.g + timedelta(hours=1))
    day = "%d %s %d" % (kj.day, DARI[kj.month - 1], kj.year)
    return _fa("%s %s" % (DARI_WD[kj.weekday()], day) if weekday else day)


#: a page of HTML: its head, its body
DOC = "<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'>%s</head><body>%s</body></html>"


def _recipe(rng, story: dict) -> tuple[str, list[str]]:
    """A dish and its steps (the corpus's stories are news): the title and the paragraphs."""
    dish = rng.choice(DISHES)
    intro = ("%s یکی از غذاهای محبوب ایرانی است که با مواد ساده و در زمان کوتاه آماده می‌شود و طعم آن "
             "برای همه اعضای خانواده دلپذیر است." % dish)
    return dish, [intro, *rng.sample(STEPS, 3)]


def _txt(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind = host
    title, paras = story["title"], story["paras"]
    j, hm = m.j, m.hm()
    body = sum(([p, ""] for p in paras), [])
    if kind == "clock_first_txt":
        stamp = _fa("ساعت %s روز %s %d %s %d" % (hm, WD[j.weekday()], j.day, JM[j.month - 1], j.year))
        return "\n".join([site, MENU, "", BANNERS[kind], "", rng.choice(HASHTAGS), title, stamp, "", *body,
                          "نظرات کاربران", "", "kavir_82 - " + _ago(m, today),
                          "خیلی مفید بود، ممنون از اطلاع‌رسانی به موقع شما.", "", FOOT]) + "\n"
    if kind == "badge_txt":
        return "\n".join([site, MENU, "", BANNERS[kind], "", *_badge(m), _ago(m, today), "", title, "", *body,
                          FOOT]) + "\n"
    if kind == "recipe_w3m":
        menu = ["خانه", "غذای اصلی", "پیش غذا", "دسر", "نوشیدنی", "تماس با ما"]
        times = _fa("زمان آماده‌سازی: %d دقیقه | زمان پخت: %d دقیقه | برای %d نفر" % (
            rng.choice([10, 15, 20]), rng.choice([30, 45, 90]), rng.choice([2, 4, 6])))
        return "\n".join([site, "", *menu, "", "طرز تهیه", "", title, "", _fa(_jday(j)), times, "", paras[0], "",
                          "مواد لازم", "", *("  • " + _fa(i) for i in INGREDIENTS), "", "مراحل پخت", "",
                          *sum(([p, ""] for p in paras[1:]), []), FOOT]) + "\n"
    if kind == "recipe_md":
        return "\n".join(["## طرز تهیه", "", "# " + title, "", _fa("%s - %s" % (_jday(j), hm)), "", paras[0], "",
                          "### مواد لازم", "", *("- " + _fa(i) for i in INGREDIENTS), "", "### مراحل", "",
                          *sum(([p, ""] for p in paras[1:]), [])]) + "\n"
    if kind == "channel_emoji":
        prev = m.g - timedelta(hours=3)
        return "\n".join([site, "", _fa(_jday(j)), "", "📊 " + PAPER_HEADS[rng.randrange(6)],
                          _fa("👁 %d.%dK  %02d:%02d" % (rng.randint(1, 9), rng.randint(0, 9), prev.hour, prev.minute)),
                          "", rng.choice("🔴🔸📌⭕") + " " + title, "", *body,
                          "#بورس #" + rng.choice(["فولاد", "خودرو"]),
                          "🆔 @" + domain.split(".")[0].replace("-", "_"),
                          _fa("👁 %d.%dK  %s" % (rng.randint(1, 9), rng.randint(0, 9), hm))]) + "\n"
    if kind == "press_heads":
        out = [site, MENU, "", title, _fa("%s - %s" % (_jday(j), hm)), "", paras[0], ""]
        for paper, head, p in zip(rng.sample(PAPERS, 3), rng.sample(PAPER_HEADS, 3), paras[1:]):
            out += [paper + ":", "«%s»" % head, "", p, ""]
        return "\n".join([*out, FOOT]) + "\n"
    if kind == "channel_foot":
        meet = _fa("%d/%02d/%02d" % (j.year, rng.randint(1, 6), rng.randint(1, 29)))
        said = "مجمع عمومی عادی سالانه این شرکت در تاریخ %s برگزار شد و سود تقسیمی هر سهم تصویب شد." % meet
        return "\n".join([site, "", rng.choice("🔴🔸📌") + " " + title, "", paras[0], said, *paras[1:], "",
                          _fa("📅 %d/%02d/%02d ⏰ %s" % (j.year, j.month, j.day, hm)),
                          "🆔 @" + domain.split(".")[0].replace("-", "_")]) + "\n"
    if kind == "month_title":
        lines = ["   [1]" + site, "", "   [2]خانه [3]بازنشستگان [4]کارگران [5]بیمه", "", "   " + title, "",
                 "   " + _fa("%s - %s" % (_jday(j), hm)), "", *("   " + p for p in paras), "", "   " + FOOT]
        return "\n".join(lines) + "\n"
    if kind == "epaper_issue":
        issue = _fa("شماره %d | %s %d %s %d | صفحه %d" % (rng.randint(3000, 6000), WD[j.weekday()], j.day,
                                                        JM[j.month - 1], j.year, rng.randint(2, 9)))
        return "\n".join([site, issue, "", title, "", *body, _fa("ادامه در صفحه %d" % rng.randint(10, 14)), "",
                          "آگهی", FOOT]) + "\n"
    if kind == "kv_lines_txt":
        stamp = _fa("ساعت %s روز %s %d %s %d" % (hm, WD[j.weekday()], j.day, JM[j.month - 1], j.year))
        return "\n".join([site, MENU, "", *_badge(m), "", rng.choice(HASHTAGS), title, "", "بخش", "معادن سنگ",
                          "تاریخ انتشار", stamp, "منبع", story["agency"] or "سنگ ایران", "کد مطلب",
                          _fa(str(rng.randint(10000, 99999))), "", *body, FOOT]) + "\n"
    if kind == "press_front":
        out = [site, MENU, "", title, _fa(hm), "", paras[0], ""]
        for paper, head, p in zip(rng.sample(PAPERS, 3), rng.sample(PAPER_HEADS, 3), paras[1:]):
            out += ["روزنامه " + paper, "تیتر یک: «%s»" % head, "", p, ""]
        return "\n".join([*out, FOOT]) + "\n"
    if kind == "tg_emoji_bold":
        return "\n".join(["%s, [%s]" % (site, m.g.strftime("%d.%m.%y %H:%M")), "%s **%s**" % (
            rng.choice("🔴🔸📌"), title), "", *body, "🆔 @" + domain.split(".")[0].replace("-", "_")]) + "\n"
    if kind == "dari_credit":
        return "\n".join([site, MENU, "", title, _kabul_day(m), "", *body, FOOT]) + "\n"
    raise ValueError(kind)


def _html(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, _fmt, kind = host
    e, doc = html.escape, DOC
    title, j, hm = story["title"], m.j, m.hm()
    story_html = "".join("<p>%s</p>" % e(p) for p in story["paras"])
    top = "<header><div class='logo'>%s</div><nav>%s</nav></header>" % (e(site), e(MENU))
    if kind == "badge_ago":
        head = "<title>%s</title>" % e(site)
        badge = "".join("<span>%s</span>" % x for x in _badge(m))
        body = ("%s<h1 class='page-title'>%s</h1><article><div class='date-badge'>%s</div><h2 class='title'>%s</h2>"
                "<span class='ago' title='%s'>%s</span><div class='entry'>%s</div></article><footer>%s</footer>") % (
            top, e(BANNERS[kind]), badge, e(title), _fa(_jday(j)), _ago(m, today), story_html, e(FOOT))
        return doc % (head, body)
    if kind == "banner_hashtag":
        head = "<title>%s | %s</title>" % (e(BANNERS[kind]), e(site))
        stamp = _fa("%d %sماه %d، ساعت %s" % (j.day, JM[j.month - 1], j.year, hm))
        body = ("%s<h1 class='page-title'>%s</h1><article><a class='hashtag' href='/tag/x'>%s</a><h2>%s</h2>"
                "<div class='meta'>%s</div><div class='entry'>%s</div></article><footer>%s</footer>") % (
            top, e(BANNERS[kind]), e(rng.choice(HASHTAGS)), e(title), stamp, story_html, e(FOOT))
        return doc % (head, body)
    if kind == "kv_dl_html":
        head = "<title>%s</title>" % e(site)
        stamp = _fa("%d %sماه %d، ساعت %s" % (j.day, JM[j.month - 1], j.year, hm))
        dl = "<dl class='info'><dt>بخش</dt><dd>مبلمان اداری</dd><dt>تاریخ انتشار</dt><dd>%s</dd><dt>منبع</dt>" \
             "<dd>%s</dd><dt>کد مطلب</dt><dd>%s</dd></dl>" % (stamp, e(story["agency"] or site),
                                                         _fa(str(rng.randint(10000, 99999))))
        body = ("%s<h1 class='page-title'>اخبار صنعت</h1><article><a class='hashtag' href='/tag/x'>%s</a><h2>%s</h2>"
                "%s<div class='entry'>%s</div></article><div class='comments'><div class='comment'><span>kavir_82"
                "</span> <span class='time'>%s</span><p>خیلی مفید بود، ممنون.</p></div></div><footer>%s</footer>") % (
            top, e(rng.choice(HASHTAGS)), e(title), dl, story_html, _fa("۲ روز پیش"), e(FOOT))
        return doc % (head, body)
    if kind == "recipe_h1":
        head = "<title>طرز تهیه %s | %s</title>" % (e(title), e(site))
        body = ("%s<main><h1>طرز تهیه</h1><h2 class='recipe-name'>%s</h2><time datetime='%s'>%s</time>"
                "<ul class='ingredients'>%s</ul><div class='steps'>%s</div></main><footer>%s</footer>") % (
            top, e(title), m.g.strftime("%Y-%m-%d"), _fa(_jday(j)),
            "".join("<li>%s</li>" % _fa(i) for i in INGREDIENTS), story_html, e(FOOT))
        return doc % (head, body)
    if kind == "dari_dash_html":
        head = "<title>%s | %s</title>" % (e(title), e(site))
        body = "%s<article><h1>%s</h1><span class='date'>%s</span>%s</article><footer>%s</footer>" % (
            top, e(title), _kabul_day(m, weekday=False), story_html, e(FOOT))
        return doc % (head, body)
    if kind == "eitaa_html":
        prev = m.g - timedelta(hours=2)
        msg = ("<div class='etme_widget_message'><div class='etme_widget_message_text'>%s</div><div "
               "class='etme_widget_message_info'><span class='views'>%s</span><time datetime='%s'>%s</time></div>"
               "</div>")
        first = msg % (e("🔸 " + PAPER_HEADS[rng.randrange(6)]), "۸۵۰", prev.strftime("%Y-%m-%dT%H:%M:00+03:30"),
                       prev.strftime("%H:%M"))
        text = "%s <b>%s</b><br><br>%s" % (rng.choice("📌🔴"), e(title), "<br><br>".join(e(p) for p in story["paras"]))
        main = msg % (text, _fa("%d.%dK" % (rng.randint(1, 9), rng.randint(0, 9))),
                      m.g.strftime("%Y-%m-%dT%H:%M:00+03:30"), hm)
        head = "<title>%s – Eitaa</title>" % e(site)
        body = ("<div class='etme_channel_info'><div class='etme_channel_info_header_title'>%s</div></div>"
                "<section class='etme_channel_history'>%s%s</section>") % (e(site), first, main)
        return doc % (head, body)
    raise ValueError(kind)


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    kind = host[3]
    if kind.startswith("recipe"):
        story["title"], story["paras"] = _recipe(rng, story)
        story["agency"] = None
    if kind in ("dari_credit", "dari_dash_html"):  # the outlet's own dateline, the corpus's taken off
        story["agency"] = rng.choice(OUTLETS)
        first = DATELINE.sub("", story["paras"][0], count=1)
        story["paras"] = ["%s (%s)%s %s" % (rng.choice(PLACES), story["agency"], ":" if kind == "dari_credit" else " –",
                                           first), *story["paras"][1:]]
    if kind == "month_title":  # (a month and year in the headline, some months before the story's day)
        story["title"] = "%s در %s %s" % (story["title"].rstrip(".،"), JM[(m.j.month + 8) % 12], _fa(str(m.j.year)))
    if kind in ("kv_lines_txt", "kv_dl_html"):  # (the box's «منبع» names the agency, when the story has one)
        story["agency"] = credited_agency(story["paras"])
    if kind == "press_front":
        story["title"] = _fa("صفحه نخست روزنامه‌های %s %s" % (WD[m.j.weekday()], _jday(m.j)))
    if kind in ("press_heads", "press_front"):  # the review's own first paragraph; the papers' words credit nobody
        story["paras"] = [DATELINE.sub("", p, count=1) for p in story["paras"]]
        story["agency"] = None
    return (_txt if host[2] == "txt" else _html)(rng, host, story, m, today)


#: the kinds whose pages show the story's Tehran clock
CLOCKED = ("banner_hashtag", "clock_first_txt", "recipe_md", "channel_emoji", "eitaa_html", "press_heads",
           "channel_foot", "month_title", "kv_lines_txt", "kv_dl_html", "tg_emoji_bold")


def _gold(host, story: dict, m: Moment) -> dict:
    kind = host[3]
    paras = list(story["paras"])
    agency = story["agency"] if "agency" in story else credited_agency(paras)
    return {"family": kind, "title": story["title"], "body_paragraphs": paras, "agency": agency,
            "published_iso": m.day(), "clock": m.hm() if kind in CLOCKED else None}


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and their gold; returns the gold rows."""
    return write_set(out_dir, HOSTS, n, random.Random("export-mixed:%d" % seed), _page, _gold)
