"""HTML-only site families whose chrome sits *inside* the article element, with gold (split ``families_d``).

A test helper (not a test file), like ``unseen_families.py``: ``build(out_dir, n=200, seed=5)`` writes
``out_dir/pages/*.html`` and ``out_dir/gold.jsonl`` (the dev gold format, scored by
``../shared/tools/score_pages.py``). Written to develop DOM evidence for the HTML body (link density,
runs of link blocks, what follows the story's container) and **held out** from it: the mechanisms
were written from the DOM shapes listed here, not from this module's pages or failures; score it,
do not fix by it.

Every family puts its widgets between the story's paragraphs or after them, in the same
``<article>``, with class names that say nothing on half of the hosts (``w-3``, ``blk``), so no
class word tells what a block is. Wording of labels and widgets is this module's own, different per host:

- ``boxed_mag``     related-links boxes (``<aside>`` with a heading and a ``<ul>`` of ``<a>``) between
                    paragraphs, a newsletter box (heading, a sentence, a form), a tag cloud, a share bar;
- ``threaded_blog`` previous / next post links («label: <a>title</a>»), a comment thread of full
                    sentences (author, date, text, reply link) inside the article, a tag line;
- ``portal_cards``  a "read also" card (one linked headline) inside the story, a most-read ``<ol>`` of
                    linked headlines with view counts after it, a share bar of short links, a rating widget;
- ``plain_p``       everything in bare ``<p>``/``<div>`` siblings of the story's paragraphs: a linked
                    headline alone in a ``<p>``, a ``<div>`` of links, comment ``<div>``s of sentences.

    python tests/html_families_d.py OUT [--n 200] [--seed 5]
"""
from __future__ import annotations

import hashlib
import html
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_families import When, attribute, corrupt, headlines, load_articles  # noqa: E402

#: per role, the wordings hosts choose from (each host takes one, see :func:`_labels`)
ROLES = {
    "related": ["پیشنهاد سردبیر", "شاید بپسندید", "مطالب مرتبط با این گزارش", "پیوندهای مفید", "از همین دست",
                "پیشنهاد ما به شما", "دنبال کنید"],
    "nl_head": ["خبرنامه", "عضویت در فهرست پستی", "هر روز با ما", "نامه هفتگی"],
    "nl_text": ["هر هفته گزیده‌ای از بهترین مطالب مجله را در صندوق ایمیل خود دریافت کنید",
                "برای آگاه شدن از مطالب تازه نشانی ایمیلتان را بنویسید و دکمه عضویت را بزنید",
                "گزیده خبرهای روز را هر صبح پیش از شروع کار در ایمیل خود بخوانید"],
    "prev": ["یادداشت پیشین", "نوشته قدیمی‌تر", "مطلب قبل", "قبلی"],
    "next": ["یادداشت بعدی", "نوشته تازه‌تر", "مطلب بعد", "بعدی"],
    "comments": ["گفت‌وگو درباره این یادداشت", "دیدگاه خوانندگان", "نظر بینندگان", "آنچه شما نوشتید", "نظرها"],
    "read_also": ["این را هم ببینید", "در همین زمینه", "پیشنهاد خواندن", "مرتبط"],
    "most_read": ["داغ‌ترین‌های امروز", "بیشترین بازدید هفته", "پربیننده‌ها", "محبوب‌ترین‌ها"],
    "share": ["همرسانی", "بفرستید برای دوستان", "انتشار در", "بازنشر"],
    "rating": ["امتیاز شما به این مطلب", "به این خبر امتیاز دهید", "چقدر مفید بود؟"],
    "tags": ["موضوعات", "برچسب", "دسته‌ها", "کلیدواژه‌ها", "واژگان"],
}
HOSTS_PER_FAMILY = 12
SECTIONS = ["اقتصاد", "سیاست", "جامعه", "ورزش", "فرهنگ و هنر", "علم و فناوری"]
TAGS = ["بازار", "قیمت", "دولت", "مجلس", "لیگ برتر", "بورس تهران", "آموزش عالی", "محیط زیست", "سلامت",
        "گردشگری", "خودروسازی", "انرژی"]
NAMES = ["کیوان", "نسرین", "بهروز", "مهتاب", "فرهاد", "شیرین", "آرش", "لیلا", "پدرام"]


def _site(rng, fam: str):
    """(host, name, labels, widget classes say what they are) of one of the family's hosts."""
    k = rng.randrange(HOSTS_PER_FAMILY)
    host = "%s-%d.ir" % (fam.replace("_", "-"), k)
    hr = random.Random(host)
    return host, "پایگاه %s %d" % (fam, k), {r: hr.choice(v) for r, v in ROLES.items()}, hr.random() < 0.5


def _comment_texts(rng, pool, k: int) -> list[str]:
    """Readers' comments: sentences of other articles, cut to a comment's length (unique, as comments are)."""
    out = []
    for a in rng.sample(pool, k):
        words = rng.choice(a["paragraphs"]).split()
        start = rng.randrange(max(1, len(words) - 12))
        out.append(" ".join(words[start: start + rng.randint(10, 24)]) + rng.choice([".", "!", "؟", ""]))
    return out


SHARE = ["تلگرام", "واتساپ", "توییتر", "لینکدین", "ایتا", "بله"]


def _cls(rng_host: bool, real: str, n: int) -> str:
    """The class of a widget: a word that says what it is on some hosts, a meaningless one on others."""
    return real if rng_host else "w-%d" % n


class Out:
    def __init__(self):
        self.parts: list[str] = []
        self.chrome: list[str] = []

    def add(self, markup: str, *chrome: str):
        self.parts.append(markup)
        self.chrome.extend(c for c in chrome if c)


def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _related_box(o: Out, rng, pool, label: str, named: bool, tag: str = "aside"):
    heads = headlines(rng, pool, rng.randint(2, 4))
    items = "".join('<li><a href="/p/%d">%s</a></li>' % (rng.randint(1000, 99999), _e(h)) for h in heads)
    o.add('<%s class="%s"><h4>%s</h4><ul>%s</ul></%s>' % (tag, _cls(named, "related", 1), _e(label), items, tag),
          label, *heads)


def _newsletter(o: Out, named: bool, head: str, sentence: str):
    o.add('<div class="%s"><h4>%s</h4><p>%s.</p><form><input type="email" placeholder="ایمیل">'
          '<button>عضویت</button></form></div>' % (_cls(named, "newsletter", 2), _e(head), _e(sentence)),
          head, sentence)


def _tags(o: Out, rng, named: bool, label: str):
    tags = rng.sample(TAGS, rng.randint(3, 6))
    o.add('<div class="%s"><span>%s:</span> %s</div>' % (_cls(named, "tags", 3), _e(label), " ".join(
        '<a href="/tag/%d">%s</a>' % (i, _e(t)) for i, t in enumerate(tags))), label + ": " + " ".join(tags))


def _share(o: Out, named: bool, label: str):
    links = "".join('<li><a href="#">%s</a></li>' % s for s in SHARE)
    o.add('<div class="%s"><span>%s</span><ul>%s</ul></div>' % (_cls(named, "share", 4), _e(label), links), label)


def _comments(o: Out, rng, pool, named: bool, head: str, wrap: str = "section"):
    k = rng.randint(0, 3)
    if not k:
        return
    cs = _comment_texts(rng, pool, k)
    items = "".join('<li><div class="a">%s</div><div class="d">%d روز پیش</div><p>%s</p><a href="#r">پاسخ</a></li>'
                    % (rng.choice(NAMES), rng.randint(1, 9), _e(c)) for c in cs)
    o.add('<%s class="%s"><h3>%s (%d)</h3><ol>%s</ol></%s>' % (wrap, _cls(named, "comments", 5), _e(head), k, items,
                                                               wrap), *cs)


def _article_page(host: str, name: str, title: str, sec: str, w: When, inner: str) -> str:
    return f"""<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{_e(title)} | {_e(name)}</title>
<meta property="og:site_name" content="{_e(name)}"><meta property="article:section" content="{_e(sec)}">
<meta property="article:published_time" content="{w.g.strftime('%Y-%m-%dT%H:%M:00')}+03:30">
<link rel="canonical" href="https://{host}/{hashlib.md5(title.encode()).hexdigest()[:8]}">
</head><body><header><a href="/" class="logo">{_e(name)}</a><nav><ul><li><a href="/">خانه</a></li>
{''.join('<li><a href="/s/%d">%s</a></li>' % (i, _e(s)) for i, s in enumerate(SECTIONS))}</ul></nav></header>
<div class="wrap">{inner}</div>
<footer><p>تمام حقوق برای {_e(name)} محفوظ است.</p></footer></body></html>"""


def fam_boxed_mag(rng, art, pool):
    host, name, lab, named = _site(rng, "boxed_mag")
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "reporter"]), name)
    o = Out()
    for i, p in enumerate(paras):
        o.add("<p>%s</p>" % _e(p))
        if i == 0 and len(paras) > 2:
            _related_box(o, rng, pool, lab["related"], named)
        if i == 1 and len(paras) > 3 and rng.random() < 0.7:
            _newsletter(o, named, lab["nl_head"], lab["nl_text"])
    _tags(o, rng, named, lab["tags"])
    _share(o, named, lab["share"])
    if rng.random() < 0.6:
        _related_box(o, rng, pool, lab["related"], named, tag="div")
    return host, name, paras, agency, o


def fam_threaded_blog(rng, art, pool):
    host, name, lab, named = _site(rng, "threaded_blog")
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "quoted"]), name)
    o = Out()
    o.add('<div class="%s">' % _cls(named, "entry-content", 6))
    for p in paras:
        o.add("<p>%s</p>" % _e(p))
    o.add("</div>")
    _tags(o, rng, named, lab["tags"])
    prev, nxt = headlines(rng, pool, 2)
    o.add('<nav class="%s"><div>%s: <a href="/p/1" rel="prev">%s</a></div><div>%s: <a href="/p/2" rel="next">%s'
          '</a></div></nav>' % (_cls(named, "post-nav", 7), _e(lab["prev"]), _e(prev), _e(lab["next"]), _e(nxt)),
          lab["prev"] + ": " + prev, lab["next"] + ": " + nxt)
    _comments(o, rng, pool, named, lab["comments"], wrap=rng.choice(["section", "div"]))
    return host, name, paras, agency, o


def fam_portal_cards(rng, art, pool):
    host, name, lab, named = _site(rng, "portal_cards")
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "reporter", "quoted"]), name)
    o = Out()
    o.add('<div class="%s">' % _cls(named, "article-body", 8))
    for i, p in enumerate(paras):
        o.add("<p>%s</p>" % _e(p))
        if i == len(paras) // 2 - 1 and len(paras) > 2:
            h = headlines(rng, pool, 1)[0]
            o.add('<div class="%s"><span>%s</span><a href="/n/%d">%s</a></div>' % (
                _cls(named, "read-also", 9), _e(lab["read_also"]), rng.randint(1, 9999), _e(h)), lab["read_also"], h)
    o.add("</div>")
    o.add('<div class="%s"><span>%s:</span> %s</div>' % (_cls(named, "share", 10), _e(lab["share"]), " | ".join(
        '<a href="#">%s</a>' % s for s in SHARE)), lab["share"])
    o.add('<div class="%s">%s: <span>★★★★☆</span></div>' % (_cls(named, "rating", 11), _e(lab["rating"])),
          lab["rating"])
    heads = headlines(rng, pool, 5)
    o.add('<div class="%s"><h3>%s</h3><ol>%s</ol></div>' % (_cls(named, "most-read", 12), _e(lab["most_read"]), "".join(
        '<li><a href="/n/%d">%s</a> <span>%d بازدید</span></li>' % (i, _e(h), rng.randint(100, 9000))
        for i, h in enumerate(heads))), lab["most_read"], *heads)
    return host, name, paras, agency, o


def fam_plain_p(rng, art, pool):
    host, name, lab, named = _site(rng, "plain_p")
    paras, agency, credit = attribute(art, rng, rng.choice(["plain", "reporter"]), name)
    o = Out()
    for i, p in enumerate(paras):
        o.add("<p>%s</p>" % _e(p))
        if i == 0 and len(paras) > 2 and rng.random() < 0.7:
            h = headlines(rng, pool, 1)[0]
            o.add('<p><a href="/n/%d">%s</a></p>' % (rng.randint(1, 9999), _e(h)), h)
    heads = headlines(rng, pool, 3)
    o.add("<p><strong>%s</strong></p><div>%s</div>" % (_e(lab["related"]), "<br>".join(
        '<a href="/n/%d">%s</a>' % (i, _e(h)) for i, h in enumerate(heads))), lab["related"], *heads)
    k = rng.randint(0, 3)
    if k:
        cs = _comment_texts(rng, pool, k)
        o.add("<p><strong>%s</strong></p>" % _e(lab["comments"]) + "".join(
            "<div><b>%s</b> نوشته:</div><div>%s</div>" % (rng.choice(NAMES), _e(c)) for c in cs), lab["comments"], *cs)
    return host, name, paras, agency, o


FAMILIES = {"boxed_mag": fam_boxed_mag, "threaded_blog": fam_threaded_blog, "portal_cards": fam_portal_cards,
            "plain_p": fam_plain_p}


def build(out_dir, n: int = 200, seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    arts = load_articles(1200)
    rng.shuffle(arts)
    pool = arts[900:]
    out = Path(out_dir)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    rows = []
    for idx in range(n):
        art = arts[idx % 900]
        fam = list(FAMILIES)[idx % len(FAMILIES)]
        prng = random.Random("%s-%d" % (seed, idx))
        host, name, paras, agency, o = FAMILIES[fam](prng, art, pool)
        sec = prng.choice(SECTIONS)
        w = When(prng)
        head = '<header class="%s"><h1>%s</h1><time datetime="%s">%s</time></header>' % (
            "entry-header" if prng.random() < 0.5 else "w-0", _e(art["title"]), w.g.strftime("%Y-%m-%d"), _e(w.words()))
        inner = "<article>%s%s</article>" % (head, "".join(o.parts))
        how = {"zwnj": prng.choice([None, "delete"]), "nbsp": prng.random() < 0.2}
        page = _article_page(host, name, art["title"], sec, w, inner)
        page = "".join(part if part.startswith("<") else corrupt(part, prng, how)
                       for part in re.split(r"(<[^>]*>)", page))
        data = page.encode("utf-8")
        stem = "%03d_%s" % (idx, hashlib.blake2b(data, digest_size=8).hexdigest())
        (out / "pages" / (stem + ".html")).write_bytes(data)
        chrome = [c for c in o.chrome if c.strip() and not any(c in p for p in paras)]
        rows.append({"file": stem + ".html", "id": stem, "split": "families_d", "family": fam, "site": host,
                     "format": "html", "kind": "article", "section": sec, "title": art["title"], "lead": None,
                     "surtitle": None, "body_paragraphs": paras, "agency": agency, "published_iso": w.iso,
                     "published_jalali": w.jalali, "cluster": None, "chrome_lines": chrome,
                     "corruptions": ["%s:1" % ("zwnj_" + v if k == "zwnj" else k) for k, v in how.items() if v],
                     "edits": []})
    with open(out / "gold.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    print(len(build(a.out, n=a.n, seed=a.seed)), "pages")
