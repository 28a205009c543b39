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
    raise ValueError(kind)


def _date(m: Moment) -> str:
    return ("%d %s %d - %s" % (m.j.day, JM[m.j.month - 1], m.j.year, m.hm())).translate(FA)


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, fmt, _kind, _w = host
    at, lines, items = chrome(host, story, m)
    paras = list(story["paras"])
    k = len(paras) if at is None else min(at, len(paras))
    if fmt == "txt":
        body = [*paras[:k], "", *lines, "", *paras[k:]]
        return "\n".join([site, MENU, "", story["title"], _date(m), "", *body, "", FOOT]) + "\n"
    e = html.escape
    box = "<div class='box-%d'>%s</div>" % (rng.randint(1, 9), "".join(
        "<a href='/news/%d'>%s</a>" % (rng.randint(1000, 9999), e(t)) if tag == "a" else
        "<%s>%s</%s>" % (tag, e(t), tag) for tag, t in items))
    ps = ["<p>%s</p>" % e(p) for p in paras]
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
    """Write ``n`` pages of every host of :data:`HOSTS` and one of every host of :data:`SINGLE` (their
    other pages deleted: every page keeps a story of its own) with their gold; returns the gold rows."""
    out = Path(out_dir)
    gold = write_set(out, HOSTS + SINGLE, n, rng, _page, _gold, story_ok=_told)
    single = {h[0] for h in SINGLE}
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
