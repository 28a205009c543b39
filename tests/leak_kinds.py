"""Chrome kinds unseen sites put around and inside the story, with gold (issue 12, s50).

A test helper and a small bench set like :mod:`section_kinds` (``build(out_dir, n, seed)`` writes
``out_dir/pages`` and ``out_dir/gold.jsonl``; ``bench/score_head_layouts.py --set leak`` scores it, the
gold ``chrome_lines`` being the chrome this builder put on the page). Written from how such sites wrap a
story, not from any family set or from the extractor's lexicons. Each host has one chrome kind
(``HOSTS``), in flat text or HTML, with its own wording; its content changes from page to page (other
stories' titles, codes, years, names), its shape and position stay the host's. The last hosts of
:data:`SINGLE` have one page each (nothing repeats for the run to learn from):

- ``more_box``     «بیشتر بخوانید:» (or another label) over two or three other stories' titles, between
                   the second and the third paragraph
- ``label_links``  a colon-less label («مطالب مرتبط») over a few links, after the story
- ``newsletter``   a call to join the channel / download the app, between paragraphs
- ``correction``   a «*» or «پی‌نوشت:» correction note after the story
- ``copyright``    «© ۱۴۰۲ …» copyright line with the year, under the story
- ``tags``         a «برچسب‌ها:» row of hashtags under the story
- ``author_box``   an author box: «درباره نویسنده», the name, a one-line bio
- ``poll``         a poll question, its options, a vote button, after the story
- ``code_line``    «کد خبر: ۱۲۳۴۵۶» under the story
- ``photo_credit`` «عکس: <name>» lines between paragraphs
- ``source_row``   a «منبع:» row of the source's name and link
- ``address``      a footer with the site's address and phone
- ``share``        a share row of network names
- ``more_inline``  one line «بیشتر بخوانید: <another story's title>» between two paragraphs (s51)
- ``prev_next``    a «مطلب قبلی: …» / «مطلب بعدی: …» pair of other stories' titles after the story (s51)
- ``comment_count`` a comment count line («۵ دیدگاه», «نظرات (۳)») and a call to comment after the story
                   (s51)
- ``donation``     a donation banner between paragraphs: a call to give with the host's card or account
                   number (s52)
- ``air_box``      an air-quality or price box between paragraphs: a label over two or three «place: value»
                   rows whose values change from page to page (s52)
- ``short_link``   a «لینک کوتاه» row with the page's own short URL under the story (s52)
- ``topic_tags``   a tag row under the story whose tags are words of the story itself (s52)
- ``site_source``  a «منبع:» row naming a website, not an agency, under the story (s52)
- ``end_mark``     the host's own end-of-story mark («پایان خبر/», «/انتهای گزارش») with an editor's
                   initials that change from page to page, as the story's last line (s52)
- ``share_counts`` a row of counts (views, shares, likes) under the story (s52)
- ``caption``      a photo caption with its credit between paragraphs: a sentence on the picture, then
                   «عکس: <name>» on the same line (s52)
- ``figure``       a photo caption with no credit between paragraphs, in the story's own words (HTML: a
                   ``<figure>`` with the picture's alt text and its ``<figcaption>``) (s52)
- ``ad_mid``       an ad between paragraphs: a bare label over the ad's copy and its call (s52)
- ``rating``       a rating row and a call to rate under the story (s52)
- ``prayer``       a prayer-times box between paragraphs: the city over «اذان صبح: ۰۴:۱۲» rows (s52)
- ``comments``     readers' comments under the story: a name and date, the comment, its likes, and the
                   editors' reply (s52)
"""
from __future__ import annotations

import html
import json
import random
import zlib
from pathlib import Path

from head_layouts import FA, FOOT, JM, MENU, Moment, write_set

#: (host, site name, format, kind, wording) — wording picks the host's own variant of its chrome
HOSTS = [
    ("bishtar-news.ir", "بیشتر نیوز", "txt", "more_box", 0),
    ("bekhanid.ir", "بخوانید", "html", "more_box", 1),
    ("marboot-news.ir", "مرتبط نیوز", "html", "label_links", 0),
    ("peyvand-txt.ir", "پیوند", "txt", "label_links", 1),
    ("kanal-news.ir", "کانال خبر", "txt", "newsletter", 0),
    ("app-khabar.ir", "اپ خبر", "html", "newsletter", 1),
    ("eslah-news.ir", "اصلاح نیوز", "txt", "correction", 0),
    ("peynevesht.ir", "پی‌نوشت نیوز", "html", "correction", 1),
    ("haghe-nashr.ir", "حق نشر", "txt", "copyright", 0),
    ("copy-news.ir", "کپی نیوز", "html", "copyright", 1),
    ("barchasb.ir", "برچسب", "txt", "tags", 0),
    ("hashtag-news.ir", "هشتگ نیوز", "html", "tags", 1),
    ("nevisandeh.ir", "نویسنده", "txt", "author_box", 0),
    ("ghalam-mag.ir", "قلم", "html", "author_box", 1),
    ("nazarsanji.ir", "نظرسنجی نیوز", "txt", "poll", 0),
    ("ray-news.ir", "رای نیوز", "html", "poll", 1),
    ("kod-khabar.ir", "کد خبر", "txt", "code_line", 0),
    ("shenaseh.ir", "شناسه", "html", "code_line", 1),
    ("akkas-news.ir", "عکاس نیوز", "txt", "photo_credit", 0),
    ("tasvir-news.ir", "تصویر نیوز", "html", "photo_credit", 1),
    ("manba-news.ir", "منبع نیوز", "txt", "source_row", 0),
    ("maakhaz.ir", "مأخذ", "html", "source_row", 1),
    ("neshani-news.ir", "نشانی نیوز", "txt", "address", 0),
    ("tamas-news.ir", "تماس نیوز", "html", "address", 1),
    ("sharing-news.ir", "اشتراک نیوز", "txt", "share", 0),
    ("ersal-news.ir", "ارسال نیوز", "html", "share", 1),
    ("hamchenin.ir", "همچنین نیوز", "txt", "more_inline", 0),
    ("pishnahad-news.ir", "پیشنهاد نیوز", "html", "more_inline", 1),
    ("ghabli-news.ir", "قبلی نیوز", "txt", "prev_next", 0),
    ("badi-news.ir", "بعدی نیوز", "html", "prev_next", 1),
    ("didgah-news.ir", "دیدگاه نیوز", "txt", "comment_count", 0),
    ("nazarat-news.ir", "نظرات نیوز", "html", "comment_count", 1),
]

#: (s52) the kinds of the held-out families' frames, written after the s50 / s51 hosts (whose pages and
#: stories stay as they were: :func:`write_kinds`)
HOSTS_S52 = [
    ("komak-news.ir", "کمک نیوز", "txt", "donation", 0),
    ("niku-html.ir", "نیکوکاری", "html", "donation", 1),
    ("hava-news.ir", "هوا نیوز", "txt", "air_box", 0),
    ("gheymat-html.ir", "قیمت امروز", "html", "air_box", 1),
    ("kootah-news.ir", "کوتاه نیوز", "txt", "short_link", 0),
    ("pivand-html.ir", "پیوند کوتاه", "html", "short_link", 1),
    ("mozoo-news.ir", "موضوع نیوز", "txt", "topic_tags", 0),
    ("tag-html.ir", "تگ نیوز", "html", "topic_tags", 1),
    ("sait-news.ir", "سایت نیوز", "txt", "site_source", 0),
    ("veb-html.ir", "وب نیوز", "html", "site_source", 1),
    ("payan-news.ir", "پایان نیوز", "txt", "end_mark", 0),
    ("entehayi-html.ir", "انتها نیوز", "html", "end_mark", 1),
    ("shomar-news.ir", "شمار نیوز", "txt", "share_counts", 0),
    ("bazdid-html.ir", "بازدید نیوز", "html", "share_counts", 1),
    ("zirnevis-news.ir", "زیرنویس نیوز", "txt", "caption", 0),
    ("axnews-html.ir", "عکس‌خبر", "html", "caption", 1),
    ("tasvir-txt.ir", "تصویر روز", "txt", "figure", 0),
    ("figure-html.ir", "نگاره", "html", "figure", 1),
    ("agahi-news.ir", "آگهی نیوز", "txt", "ad_mid", 0),
    ("tabligh-html.ir", "تبلیغ نیوز", "html", "ad_mid", 1),
    ("emtiaz-news.ir", "امتیاز نیوز", "txt", "rating", 0),
    ("setareh-html.ir", "ستاره نیوز", "html", "rating", 1),
    ("azan-news.ir", "اذان نیوز", "txt", "prayer", 0),
    ("oghat-html.ir", "اوقات نیوز", "html", "prayer", 1),
    ("khanandeh-news.ir", "خواننده نیوز", "txt", "comments", 0),
    ("pasokh-html.ir", "پاسخ نیوز", "html", "comments", 1),
]

#: hosts that show their chrome on about one page in three only (wording ``RARE`` + the variant): too few
#: of their pages for the run to learn it from its recurrence alone (s52)
RARE = 10
HOSTS_S52 += [
    ("gahi-komak.ir", "گاهی کمک", "txt", "donation", RARE + 1),
    ("gahi-hava.ir", "گاهی هوا", "html", "air_box", RARE + 2),
    ("gahi-poll.ir", "گاهی نظر", "txt", "poll", RARE + 0),
    ("gahi-eslah.ir", "گاهی اصلاح", "html", "correction", RARE + 0),
    ("gahi-bishtar.ir", "گاهی بیشتر", "txt", "more_box", RARE + 2),
    ("gahi-kanal.ir", "گاهی کانال", "txt", "newsletter", RARE + 2),
    ("gahi-axs.ir", "گاهی عکس", "html", "caption", RARE + 0),
    ("gahi-manba.ir", "گاهی منبع", "txt", "site_source", RARE + 2),
    ("gahi-author.ir", "گاهی نویسنده", "txt", "author_box", RARE + 1),
    ("gahi-inline.ir", "گاهی همچنین", "html", "more_inline", RARE + 1),
    ("gahi-marboot.ir", "گاهی مرتبط", "txt", "label_links", RARE + 2),
    ("gahi-pair.ir", "گاهی قبلی", "txt", "prev_next", RARE + 1),
]

#: hosts of one page each: nothing of theirs repeats in the run
SINGLE = [
    ("tak-bishtar.ir", "تک خبر", "txt", "more_box", 2),
    ("tak-kanal.ir", "تک کانال", "html", "newsletter", 2),
    ("tak-tags.ir", "تک برچسب", "txt", "tags", 2),
    ("tak-poll.ir", "تک نظر", "html", "poll", 2),
    ("tak-share.ir", "تک اشتراک", "txt", "share", 2),
    ("tak-credit.ir", "تک عکس", "txt", "photo_credit", 2),
    ("tak-code.ir", "تک کد", "txt", "code_line", 2),
    ("tak-copy.ir", "تک حق", "html", "copyright", 2),
    ("tak-inline.ir", "تک همچنین", "txt", "more_inline", 2),
    ("tak-pair.ir", "تک قبلی", "html", "prev_next", 2),
    ("tak-didgah.ir", "تک دیدگاه", "txt", "comment_count", 2),
]

#: (s52) one-page hosts of the s52 kinds
SINGLE_S52 = [
    ("tak-komak.ir", "تک کمک", "txt", "donation", 2),
    ("tak-hava.ir", "تک هوا", "html", "air_box", 2),
    ("tak-kootah.ir", "تک پیوند", "txt", "short_link", 2),
    ("tak-mozoo.ir", "تک موضوع", "html", "topic_tags", 2),
    ("tak-sait.ir", "تک سایت", "txt", "site_source", 2),
    ("tak-payan.ir", "تک پایان", "txt", "end_mark", 2),
    ("tak-shomar.ir", "تک شمار", "html", "share_counts", 2),
    ("tak-zirnevis.ir", "تک زیرنویس", "txt", "caption", 2),
    ("tak-figure.ir", "تک نگاره", "html", "figure", 2),
    ("tak-agahi.ir", "تک آگهی", "txt", "ad_mid", 2),
    ("tak-emtiaz.ir", "تک امتیاز", "html", "rating", 2),
    ("tak-azan.ir", "تک اذان", "txt", "prayer", 2),
    ("tak-pasokh.ir", "تک پاسخ", "txt", "comments", 2),
    ("gahi-figure.ir", "گاهی نگاره", "txt", "figure", RARE + 2),
    ("gahi-agahi.ir", "گاهی آگهی", "html", "ad_mid", RARE + 2),
]

_OTHER = ["افتتاح طرح آبرسانی در روستاهای شهرستان", "برگزاری نمایشگاه کتاب استان در مصلی",
          "آغاز ثبت‌نام وام ازدواج در بانک‌های عامل", "تمدید مهلت ارسال آثار به جشنواره فیلم کوتاه",
          "کاهش مصرف آب در ماه گذشته به گزارش شرکت آب و فاضلاب", "نشست هم‌اندیشی فعالان اقتصادی برگزار شد",
          "قیمت طلا و سکه در بازار امروز", "واکنش مسئولان به افزایش قیمت بلیت هواپیما",
          "بارش برف راه ارتباطی روستاها را بست", "زمان برگزاری آزمون استخدامی اعلام شد"]
_NAMES = ["مریم احمدی", "علی رضایی", "سارا کریمی", "حسین موسوی", "زهرا حسینی", "محمد نوری", "نرگس صادقی"]
_TAGS = ["اقتصاد", "بورس", "قیمت_طلا", "آب", "محیط_زیست", "مجلس", "آموزش", "سلامت", "ترافیک", "استان"]
_STREETS = ["خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز", "خیابان آزادی", "خیابان شریعتی"]

_MORE = ["بیشتر بخوانید:", "بیشتر بخوانید", "پیشنهاد ما:"]
_RELATED = ["مطالب مرتبط", "اخبار مرتبط", "پیشنهاد سردبیر"]
_NEWS = ["برای دریافت آخرین اخبار در کانال تلگرام %s عضو شوید",
         "اپلیکیشن %s را از بازار و مایکت دانلود کنید",
         "در خبرنامه %s عضو شوید تا اخبار روز را در ایمیل خود بخوانید"]
_SHARE = [["اشتراک‌گذاری:", "تلگرام", "واتساپ", "توییتر", "لینکدین"],
          ["اشتراک در:", "ایتا", "بله", "تلگرام", "فیسبوک"],
          ["به اشتراک بگذارید", "تلگرام", "توییتر", "واتساپ"]]


def _fa(n) -> str:
    return str(n).translate(FA)


def chrome(host, story: dict, m: Moment) -> tuple[int | None, list[str], list[tuple[str, str]]]:
    """Where the host's chrome goes (after paragraph k, ``None`` after the story), its text lines and, for
    HTML, its ``(tag, text)`` items (tag ``a`` a link). Seeded by the story so page and gold agree."""
    _domain, site, _fmt, kind, w = host
    rng = random.Random(zlib.crc32((host[0] + story["title"]).encode("utf-8")))
    if w >= RARE:  # (a host that shows it on some of its pages only)
        if rng.random() >= 0.34:
            return None, [], []
        w -= RARE
    year = _fa(m.j.year)
    if kind == "more_box":
        titles = rng.sample(_OTHER, rng.randint(2, 3))
        return 2, [_MORE[w], *titles], [("b", _MORE[w]), *(("a", t) for t in titles)]
    if kind == "label_links":
        titles = rng.sample(_OTHER, rng.randint(3, 4))
        return None, [_RELATED[w], *titles], [("h4", _RELATED[w]), *(("a", t) for t in titles)]
    if kind == "newsletter":
        line = _NEWS[w] % site
        return rng.randint(1, 2), [line], [("a", line)]
    if kind == "correction":
        note = ["* این خبر ساعت %s به‌روزرسانی شد و نام %s اصلاح شد." % (_fa(m.hm()), rng.choice(_NAMES)),
                "پی‌نوشت: در نسخه قبلی این گزارش تاریخ %d %s به اشتباه درج شده بود." % (
                    rng.randint(1, 28), JM[rng.randint(0, 11)])][w % 2].translate(FA)
        return None, [note], [("p", note)]
    if kind == "copyright":
        line = ["© %s کلیه حقوق مادی و معنوی برای %s محفوظ است" % (year, site),
                "کلیه حقوق این وب‌سایت متعلق به %s است © %s" % (site, year),
                "Copyright © %s %s" % (m.j.year, site)][w]
        return None, [line], [("small", line)]
    if kind == "tags":
        tags = rng.sample(_TAGS, rng.randint(3, 5))
        label = ["برچسب‌ها:", "کلیدواژه‌ها:", "تگ‌ها:"][w]
        line = label + " " + " ".join("#" + t for t in tags)
        return None, [line], [("span", label), *(("a", "#" + t) for t in tags)]
    if kind == "author_box":
        name = rng.choice(_NAMES)
        bio = "%s روزنامه‌نگار و دانش‌آموخته رشته %s است و از سال %s با %s همکاری می‌کند." % (
            name, rng.choice(["علوم ارتباطات", "اقتصاد", "جامعه‌شناسی"]), _fa(rng.randint(1390, 1399)), site)
        label = ["درباره نویسنده", "معرفی نویسنده"][w % 2]
        return None, [label, name, bio], [("h4", label), ("b", name), ("p", bio)]
    if kind == "poll":
        q = rng.choice(["به نظر شما مهم‌ترین مشکل شهر چیست؟", "آیا با طرح جدید موافق هستید؟",
                        "کدام گزینه را ترجیح می‌دهید؟"])
        opts = rng.sample(["ترافیک", "آلودگی هوا", "گرانی", "موافقم", "مخالفم", "نظری ندارم"], 3)
        lines = ["نظرسنجی", q, *opts, ["ثبت رای", "مشاهده نتایج", "ارسال"][w]]
        return None, lines, [("h4", lines[0]), ("p", q), *(("label", o) for o in opts), ("button", lines[-1])]
    if kind == "code_line":
        line = ["کد خبر: %s", "شناسه مطلب: %s", "کد مطلب : %s"][w] % _fa(rng.randint(100000, 999999))
        return None, [line], [("span", line)]
    if kind == "photo_credit":
        line = ["عکس: %s", "عکاس: %s", "عکس از %s"][w] % rng.choice(_NAMES)
        return 1, [line], [("figcaption", line)]
    if kind == "source_row":
        src = rng.choice(["ایسنا", "ایرنا", "خبرگزاری فارس", "همشهری آنلاین"])
        line = ["منبع: %s", "منبع خبر: %s"][w] % src
        return None, [line], [("a", line)]
    if kind == "address":
        lines = ["نشانی: تهران، %s، پلاک %s" % (rng.choice(_STREETS), _fa(rng.randint(10, 400))),
                 "تلفن: ۰۲۱-%s" % _fa(rng.randint(22000000, 88999999))]
        return None, lines, [("span", x) for x in lines]
    if kind == "share":
        row = _SHARE[w]
        line = " ".join(row)
        return None, [line], [("span", row[0]), *(("a", x) for x in row[1:])]
    if kind == "more_inline":
        label = ["بیشتر بخوانید:", "همچنین بخوانید:", "پیشنهاد مطالعه:"][w]
        title = rng.choice(_OTHER)
        return rng.randint(1, 2), [label + " " + title], [("b", label), ("a", title)]
    if kind == "prev_next":
        prev, nxt = rng.sample(_OTHER, 2)
        heads = [("مطلب قبلی:", "مطلب بعدی:"), ("« خبر قبلی", "خبر بعدی »"), ("نوشته قبلی:", "نوشته بعدی:")][w]
        lines = [heads[0] + " " + prev, heads[1] + " " + nxt]
        return None, lines, [("a", x) for x in lines]
    if kind == "comment_count":
        count = _fa(rng.randint(0, 40))
        lines = [["%s دیدگاه" % count, "نظرات (%s)" % count, "%s نظر" % count][w],
                 ["دیدگاه خود را بنویسید", "نظر خود را ثبت کنید", "شما هم نظر دهید"][w]]
        return None, lines, [("h4", lines[0]), ("a", lines[1])]
    if kind == "donation":
        card = "-".join(_fa(zlib.crc32((host[0] + str(i)).encode()) % 9000 + 1000) for i in range(4))
        lines = [["برای کمک به خانواده‌های نیازمند، مبلغ دلخواه را به شماره کارت %s به نام %s واریز کنید" % (card, site),
                  "حمایت از کودکان کار: شماره حساب %s نزد بانک ملت، به نام %s" % (card.replace("-", ""), site),
                  "با کمک شما سفره نیازمندان رنگین‌تر می‌شود؛ شماره کارت %s" % card][w]]
        return rng.randint(1, 2), lines, [("strong", lines[0])]
    if kind == "air_box":
        places = rng.sample(["تهران", "اصفهان", "مشهد", "تبریز", "اهواز", "کرج", "شیراز"], rng.randint(2, 3))
        if w % 2 == 0:
            label = ["شاخص کیفیت هوا", "", "وضعیت هوای امروز"][w]
            rows = ["%s: %s %s" % (p, _fa(rng.randint(40, 190)), rng.choice(["پاک", "قابل قبول", "ناسالم"]))
                    for p in places]
        else:
            label = "قیمت بلیت امروز"
            rows = ["تهران - %s: %s تومان" % (p, _fa(f"{rng.randint(300, 2500) * 1000:,}").replace(",", "٬"))
                    for p in places]
        return 2, [label, *rows], [("h5", label), *(("li", r) for r in rows)]
    if kind == "short_link":
        code = "".join(rng.choice("abcdefghkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(6))
        line = ["لینک کوتاه: https://%s/x/%s" % (host[0], code), "نشانی کوتاه خبر: %s/n/%s" % (host[0], code),
                "لینک کوتاه این مطلب: https://%s/%s" % (host[0], code)][w]
        return None, [line], [("span", line)]
    if kind == "topic_tags":
        words = [x for x in dict.fromkeys(" ".join(story["paras"]).split())
                 if len(x) > 3 and x.isalpha() and not x.startswith(("می", "نمی"))]
        tags = rng.sample(words, min(len(words), rng.randint(3, 4)))
        label = ["کلمات کلیدی:", "موضوعات:", "برچسب‌ها"][w]
        line = label + " " + "، ".join(tags)
        return None, [line], [("span", label), *(("a", t) for t in tags)]
    if kind == "site_source":
        src = rng.choice(["وب‌سایت طبیعت ما", "سایت دیده‌بان محیط زیست", "پایگاه اطلاع‌رسانی میراث آریا",
                          "وبلاگ سفرنامه", "سایت اقتصاد سبز"])
        line = ["منبع: %s", "منبع: %s (لینک)", "منبع مطلب: %s"][w] % src
        return None, [line], [("a", line)]
    if kind == "end_mark":
        ini = "".join(rng.choice("ابپتجدرزسشعفکلمنهی") for _ in range(2))
        line = ["پایان خبر/%s" % ini, "/انتهای گزارش %s" % ".".join(ini), "پایان پیام - %s" % ini][w]
        return None, [line], [("p", line)]
    if kind == "share_counts":
        a, b, c = (_fa(rng.randint(3, 2000)), _fa(rng.randint(0, 90)), _fa(rng.randint(0, 300)))
        line = ["%s بازدید | %s اشتراک | %s پسند" % (a, b, c), "بازدید: %s  اشتراک: %s  لایک: %s" % (a, b, c),
                "%s نفر این خبر را خوانده‌اند، %s نفر پسندیده‌اند" % (a, c)][w]
        return None, [line], [("span", line)]
    if kind == "caption":
        title_words = story["title"].split()
        cap = ["نمایی از %s - عکس: %s", "تصویر: %s / عکاس: %s", "%s (عکس از %s)"][w] % (
            " ".join(title_words[:4]), rng.choice(_NAMES))
        return 1, [cap], [("figcaption", cap)]
    if kind == "figure":
        # (the story's words, every other one: in its words, not a piece of its text)
        words = [x.strip(".،:؛«»\"()") for x in story["paras"][1 if len(story["paras"]) > 1 else 0].split()]
        cap = ["نمایی از %s", "%s", "تصویری از %s"][w] % " ".join(x for x in words[2:16:2] if x)
        return 1, [cap], [("figure", cap)]
    if kind == "ad_mid":
        ad = rng.choice(["خرید اقساطی لوازم خانگی با ضمانت اصالت کالا", "بلیت ارزان پروازهای خارجی را از ما بخواهید",
                         "آموزش زبان انگلیسی در سه ماه با اساتید مجرب"])
        lines = [["تبلیغات", "آگهی", "پیام بازرگانی"][w], ad, ["همین حالا کلیک کنید", "ثبت سفارش", "اطلاعات بیشتر"][w]]
        return rng.randint(1, 2), lines, [("small", lines[0]), ("a", lines[1]), ("button", lines[2])]
    if kind == "rating":
        score, votes = _fa("%d.%d" % (rng.randint(2, 4), rng.randint(0, 9))), _fa(rng.randint(3, 400))
        lines = [["امتیاز: %s از ۵ (%s رای)", "میانگین امتیاز %s از ۵ - %s نفر", "★ %s (%s رای)"][w] % (score, votes),
                 ["به این مطلب امتیاز دهید", "امتیاز شما به این خبر", "امتیاز دهید"][w]]
        return None, lines, [("span", lines[0]), ("a", lines[1])]
    if kind == "prayer":
        city = rng.choice(["تهران", "مشهد", "قم", "اصفهان"])
        head = ["اوقات شرعی %s", "اوقات شرعی به افق %s", "اوقات نماز %s"][w] % city
        rows = ["%s: %s" % (x, _fa("%02d:%02d" % (h, rng.randint(0, 59))))
                for x, h in (("اذان صبح", rng.randint(3, 5)), ("طلوع آفتاب", rng.randint(5, 6)),
                             ("اذان ظهر", 12), ("اذان مغرب", rng.randint(17, 20)))]
        return 2, [head, *rows], [("h5", head), *(("li", r) for r in rows)]
    if kind == "comments":
        name = rng.choice(_NAMES)
        day = ("%d %s %d" % (rng.randint(1, 28), JM[rng.randint(0, 11)], m.j.year)).translate(FA)
        text = rng.choice(["خیلی خوب بود ممنون از گزارش خوبتون", "چرا مسئولان هیچ کاری نمی‌کنند؟",
                           "کاش زودتر اطلاع‌رسانی می‌کردید"])
        likes = ["پسندیدم %s" % _fa(rng.randint(0, 30)), "%s 👍" % _fa(rng.randint(0, 30)),
                 "%s لایک" % _fa(rng.randint(0, 30))][w]
        lines = [["%s - %s", "%s | %s", "%s در %s گفت:"][w] % (name, day), text, likes,
                 ["پاسخ سردبیر: با تشکر از همراهی شما", "پاسخ: ممنون از نظر شما", "پاسخ مدیر سایت: سپاس"][w]]
        return None, lines, [("b", lines[0]), ("p", lines[1]), ("span", lines[2]), ("p", lines[3])]
    raise ValueError(kind)


def _date(m: Moment) -> str:
    return ("%d %s %d - %s" % (m.j.day, JM[m.j.month - 1], m.j.year, m.hm())).translate(FA)


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, fmt, _kind, _w = host
    at, lines, items = chrome(host, story, m)
    paras = list(story["paras"])
    k = len(paras) if at is None else min(at, len(paras))
    if fmt == "txt":
        body = [*paras[:k], "", *lines, "", *paras[k:]] if lines else paras
        return "\n".join([site, MENU, "", story["title"], _date(m), "", *body, "", FOOT]) + "\n"
    e = html.escape
    box = "<div class='box-%d'>%s</div>" % (rng.randint(1, 9), "".join(
        "<a href='/news/%d'>%s</a>" % (rng.randint(1000, 9999), e(t)) if tag == "a" else
        "<figure><img src='/img/%d.jpg' alt='%s'><figcaption>%s</figcaption></figure>" % (
            rng.randint(1000, 9999), e(t), e(t)) if tag == "figure" else
        "<%s>%s</%s>" % (tag, e(t), tag) for tag, t in items))
    ps = ["<p>%s</p>" % e(p) for p in paras]
    if items:
        ps.insert(k, box)
    nav = "<nav><ul>%s</ul></nav>" % "".join("<li><a href='/s/%d'>%s</a></li>" % (i, e(x))
                                             for i, x in enumerate(MENU.split(" | ")))
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s | %s</title>"
            "<link rel='canonical' href='https://%s/news/%d'></head><body><header><div class='logo'>%s</div>%s"
            "</header><main><article><h1>%s</h1><div class='date'>%s</div><div class='body'>%s</div></article>"
            "</main><footer>%s</footer></body></html>") % (
        e(story["title"]), e(site), domain, rng.randint(10000, 99999), e(site), nav, e(story["title"]),
        e(_date(m)), "".join(ps), e(FOOT))


def _gold(host, story: dict, m: Moment) -> dict:
    _at, lines, _items = chrome(host, story, m)
    return {"family": host[3], "title": story["title"], "body_paragraphs": list(story["paras"]),
            "published_iso": m.day(), "clock": m.hm(), "section": None,
            "chrome_lines": [MENU, FOOT, *lines]}


def _told(story: dict) -> bool:
    """A story told in paragraphs: no press review of headlines («- <headline>» items), whose page
    is a list with no story around the chrome."""
    return not any(p.lstrip()[:1] in "-•*" for p in story["paras"])


def write_kinds(out_dir, n: int, rng: random.Random) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and :data:`HOSTS_S52` and one of every host of
    :data:`SINGLE` and :data:`SINGLE_S52` (their other pages deleted: every page keeps a story of its own)
    with their gold; returns the gold rows."""
    out = Path(out_dir)
    gold = write_set(out, HOSTS + SINGLE, n, rng, _page, _gold, story_ok=_told)
    # (the s52 hosts after them, on stories of their own: the s50 / s51 hosts' pages stay as they were)
    gold += write_set(out, HOSTS_S52 + SINGLE_S52, n, rng, _page, _gold, story_ok=_told,
                      skip_stories=n * len(HOSTS + SINGLE) + 10, first_host=len(HOSTS + SINGLE))
    single = {h[0] for h in SINGLE + SINGLE_S52}
    keep = []
    for g in gold:
        if g["site"] in single and not g["id"].endswith("_0"):
            (out / "pages" / g["file"]).unlink()
        else:
            keep.append(g)
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for g in keep:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return keep


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """:func:`write_kinds` with the bench's seed; returns the gold rows."""
    return write_kinds(out_dir, n, random.Random("leak-kinds:%d" % seed))
