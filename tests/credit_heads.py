"""Credits and heads in forms a real Persian site uses and the other builders leave out: a fifth head builder
after :mod:`export_layouts`, :mod:`export_hard`, :mod:`export_crawled` and :mod:`export_mixed`.

A test helper and a small bench set like those (``build(out_dir, n, seed)`` writes ``out_dir/pages`` and
``out_dir/gold.jsonl``; ``bench/score_head_layouts.py --set credit`` scores it, agency too). Written from how
aggregators, provincial sites and AMP views credit and date a story, not from any family set. Each host has
one kind (``HOSTS``); the corpus's own «به گزارش …،» datelines are taken off, so the kind's credit is the only one:

- ``repub_site``     «این مطلب از سایت خبرگزاری ایسنا بازنشر شده است.» closing the story (gold: the agency)
- ``repub_first``    «* این گزارش نخستین بار در ایسنا منتشر شده است.» under the story, the site's tags under it
- ``repub_link``     «بازنشر از: <a href=https://www.isna.ir/…>ایسنا</a>» (HTML) closing the story
- ``repub_host``     «بازنشر از: www.isna.ir» (the agency only as its address) under the story
- ``repub_own``      «این مطلب از سایت <a site of no agency> بازنشر شده است.»: no agency's credit (gold None)
- ``source_anchor``  «<a href=https://www.isna.ir/news/…>لینک منبع</a>» under the story: the agency only in the
                     link's host (HTML)
- ``naql_lead``      a lead over the story whose sentence cites the agency, «… به نقل از ایسنا، …»; the story
                     has no dateline (gold: the agency, the first the page names)
- ``lead_above``     the lead over the headline (HTML): a ``<p class="lead">`` before the ``<h1>``
- ``lead_above_txt`` flat text: the lead's line first, the headline under it, the date under the headline
- ``title_wrapped``  a lynx dump wrapping its text at 62 columns, a long headline over two lines too (gold: the
                     whole headline)
- ``caption_date``   the first photo's caption names an older day «عکس آرشیوی - ۱۲ مهر ۱۴۰۱» above the story's
                     own date row under it (the row wins)
- ``footer_updated`` the site's footer «آخرین بروزرسانی سایت: <the day of the visit>»; the story's day in its
                     own row over the story (the row wins)
- ``amp_meta``       an AMP view whose day is only in ``<meta property="article:published_time">`` and the
                     JSON-LD ``datePublished``; the footer's «آخرین بروزرسانی» names the visit's day
- ``qamari_first``   «۱۹ جمادی‌الاول ۱۴۴۵ ه.ق | یکشنبه ۱۲ آذر ۱۴۰۲ ه.ش | ۱۰:۲۰»: the Hijri-qamari day first
- ``qamari_caption`` the story's row «۱۲ آذر ۱۴۰۲ - ۱۰:۲۰», a photo caption «عکس: ۲۱ رجب ۱۴۴۴» over the story
- ``repub_paren``    «(بازنشر از خبرگزاری ایسنا)» closing the story's last paragraph (flat text)
- ``repub_box``      «این مطلب بازنشری از <a href=https://www.isna.ir/…>سایت ایسنا</a> است» in a box under the story
- ``naql_lead_txt``  ``naql_lead`` as flat text: the headline, the date, the lead citing the agency, the story
- ``footer_updated_txt`` flat text: the story's row under the headline, «آخرین بروزرسانی: <the visit's day>» in
                     the footer
- ``updated_under``  «آخرین بروزرسانی: <a later day>» under the story, the publication's row under the headline
- ``caption_date_txt`` flat text: «عکس آرشیوی - ۱۲ مهر ۱۴۰۱» (a photo's caption) between the headline and the
                     story's row
- ``lead_above_ask`` a lead over a headline that asks «…؟» (HTML), the day in a ``<time>`` under it
"""
from __future__ import annotations

import html
import json
import random
from datetime import timedelta

import jdatetime

from head_layouts import FA, FOOT, JM, MENU, WD, Moment, _hijri, write_set
from site_families_a import DATELINE, _first_agency

#: (host, site name, format, kind)
HOSTS = [
    ("bazneshr-rooz.ir", "بازنشر روز", "txt", "repub_site"),
    ("nokhostin-khabar.ir", "نخستین خبر", "html", "repub_first"),
    ("peyvand-news.ir", "پیوند نیوز", "html", "repub_link"),
    ("neshani-news.ir", "نشانی نیوز", "txt", "repub_host"),
    ("hamkhabar.ir", "هم‌خبر", "html", "repub_own"),
    ("pishvand-news.ir", "پیشوند نیوز", "html", "source_anchor"),
    ("khalase-rooz.ir", "خلاصه روز", "html", "naql_lead"),
    ("sarlead.ir", "سرلید", "html", "lead_above"),
    ("leadnameh.ir", "لیدنامه", "txt", "lead_above_txt"),
    ("lynx-khabar.ir", "لینکس خبر", "txt", "title_wrapped"),
    ("aksnews.ir", "عکس نیوز", "html", "caption_date"),
    ("paiinsafhe.ir", "پایین صفحه", "html", "footer_updated"),
    ("ampnama.ir", "امپ‌نما", "html", "amp_meta"),
    ("ghamari-rooz.ir", "قمری روز", "txt", "qamari_first"),
    ("rajab-news.ir", "رجب نیوز", "html", "qamari_caption"),
    ("parantez-news.ir", "پرانتز نیوز", "txt", "repub_paren"),
    ("jabe-khabar.ir", "جعبه خبر", "html", "repub_box"),
    ("lead-matni.ir", "لید متنی", "txt", "naql_lead_txt"),
    ("tah-safhe.ir", "ته صفحه", "txt", "footer_updated_txt"),
    ("virayesh-baad.ir", "ویرایش بعد", "html", "updated_under"),
    ("aks-matni.ir", "عکس متنی", "txt", "caption_date_txt"),
    ("porsesh-lead.ir", "پرسش لید", "html", "lead_above_ask"),
]
#: agencies the pages credit (names of the families' table), their long names and hosts
AGENCIES = ["ایسنا", "ایرنا", "تسنیم", "فارس", "مهر", "ایلنا"]
LONG = {"ایسنا": "خبرگزاری ایسنا", "ایرنا": "خبرگزاری ایرنا", "تسنیم": "خبرگزاری تسنیم", "فارس": "خبرگزاری فارس",
        "مهر": "خبرگزاری مهر", "ایلنا": "خبرگزاری ایلنا"}
DOMAINS = {"ایسنا": "www.isna.ir", "ایرنا": "www.irna.ir", "تسنیم": "www.tasnimnews.com", "فارس": "www.farsnews.ir",
           "مهر": "www.mehrnews.com", "ایلنا": "www.ilna.ir"}
#: sites of no agency a story is republished from
OTHERS = ["سایت آینده‌نگر", "وبلاگ چشم‌انداز", "سایت راه نو"]
#: who a lead cites and what they said (a lead is the corpus story's own abstract, one a page)
SAYERS = ["مدیرکل استان", "سخنگوی این نهاد", "یک مقام مسئول"]
SAID = ["این طرح تا پایان سال اجرا می‌شود.", "تصمیم نهایی هفته آینده گرفته می‌شود."]
#: a doc of HTML: its head, its body
DOC = "<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'>%s</head><body>%s</body></html>"


def _fa(s: str) -> str:
    return s.translate(FA)


def _row(m: Moment) -> str:
    return _fa("%s %d %s %d - %s" % (WD[m.j.weekday()], m.j.day, JM[m.j.month - 1], m.j.year, m.hm()))


def _older(m: Moment, rng) -> jdatetime.datetime:
    return jdatetime.datetime.fromgregorian(datetime=m.g - timedelta(days=rng.randint(40, 400)))


def _wrap(s: str, width: int = 62) -> list[str]:
    """A dump's lines of at most ``width`` characters (words kept whole)."""
    lines: list[str] = []
    for w in s.split():
        if lines and len(lines[-1]) + 1 + len(w) <= width:
            lines[-1] += " " + w
        else:
            lines.append(w)
    return lines


def _page(rng, host, story, m: Moment, today: Moment) -> str:
    domain, site, fmt, kind = host
    e = html.escape
    paras = [DATELINE.sub("", story["paras"][0], count=1), *story["paras"][1:]]
    a = rng.choice(AGENCIES)
    story["agency"] = a
    under: list[str] = []
    lead = ""
    if kind == "repub_site":
        under = ["این مطلب از سایت %s بازنشر شده است." % LONG[a]]
    elif kind == "repub_first":
        under = ["* این گزارش نخستین بار در %s منتشر شده است." % a, "برچسب‌ها: استان، مردم، طرح"]
    elif kind == "repub_link":
        url = "https://%s/news/%d/" % (DOMAINS[a], rng.randint(100000, 999999))
        under = ["بازنشر از: <a href='%s' rel='nofollow'>%s</a>" % (url, e(a))]
    elif kind == "repub_host":
        under = ["بازنشر از: %s" % DOMAINS[a]]
    elif kind == "repub_own":
        under = ["این مطلب از %s بازنشر شده است." % rng.choice(OTHERS)]
        story["agency"] = None
    elif kind == "source_anchor":
        url = "https://%s/news/%d/" % (DOMAINS[a], rng.randint(100000, 999999))
        under = ["<a class='source-link' href='%s' rel='nofollow' target='_blank'>لینک منبع</a>" % url]
    elif kind == "repub_paren":
        paras = [*paras[:-1], "%s (بازنشر از %s)" % (paras[-1], LONG[a])]
    elif kind == "repub_box":
        url = "https://%s/news/%d/" % (DOMAINS[a], rng.randint(100000, 999999))
        under = ["این مطلب بازنشری از <a href='%s'>سایت %s</a> است." % (url, e(a))]
    elif kind in ("naql_lead", "naql_lead_txt"):
        lead = "%s؛ %s به نقل از %s، %s" % (story["lead"].rstrip("."), rng.choice(SAYERS), a, rng.choice(SAID))
    elif kind in ("lead_above", "lead_above_txt", "lead_above_ask"):
        lead = story["lead"]
        story["agency"] = None
    else:
        story["agency"] = None
    story["paras"] = paras
    story["lead_text"] = lead
    if fmt == "txt":
        return _txt(rng, host, story, m, today, under)
    return _html(rng, host, story, m, today, under)


def _txt(rng, host, story, m: Moment, today: Moment, under: list[str]) -> str:
    _domain, site, _fmt, kind = host
    title, paras, lead = story["title"], story["paras"], story["lead_text"]
    body = sum(([p, ""] for p in paras), [])
    if kind == "lead_above_txt":
        return "\n".join([site, MENU, "", lead, "", title, _row(m), "", *body, FOOT]) + "\n"
    if kind == "title_wrapped":
        return "\n".join(["   " + site, "", "   [1]خانه [2]استان [3]اقتصاد [4]ورزش", "",
                          *("   " + x for x in _wrap(title)), "", "   " + _row(m), "",
                          *sum((["   " + x for x in _wrap(p)] + [""] for p in paras), []), "   " + FOOT]) + "\n"
    if kind == "naql_lead_txt":
        return "\n".join([site, MENU, "", title, _row(m), "", lead, "", *body, FOOT]) + "\n"
    if kind == "footer_updated_txt":
        upd = _fa("آخرین بروزرسانی: %d %s %d - %s" % (today.j.day, JM[today.j.month - 1], today.j.year, today.hm()))
        return "\n".join([site, MENU, "", title, _row(m), "", *body, "", upd, FOOT]) + "\n"
    if kind == "caption_date_txt":
        old = _older(m, rng)
        cap = _fa("عکس آرشیوی - %d %s %d" % (old.day, JM[old.month - 1], old.year))
        return "\n".join([site, MENU, "", title, cap, _row(m), "", *body, FOOT]) + "\n"
    if kind == "qamari_first":
        row = _fa("%s ه.ق | %s %d %s %d ه.ش | %s" % (_hijri(m), WD[m.j.weekday()], m.j.day, JM[m.j.month - 1],
                                                   m.j.year, m.hm()))
        return "\n".join([site, MENU, "", title, row, "", *body, FOOT]) + "\n"
    stamp = _row(m)
    return "\n".join([site, MENU, "", title, stamp, "", *body, *under, "", FOOT]) + "\n"


def _html(rng, host, story, m: Moment, today: Moment, under: list[str]) -> str:
    domain, site, _fmt, kind = host
    e = html.escape
    title, paras, lead = story["title"], story["paras"], story["lead_text"]
    top = "<header><div class='logo'>%s</div><nav>%s</nav></header>" % (e(site), e(MENU))
    story_html = "".join("<p>%s</p>" % e(p) for p in paras)
    foot_html = "<footer>%s</footer>" % e(FOOT)
    row = "<div class='date'>%s</div>" % _row(m)
    under_html = "".join("<div class='note'>%s</div>" % (x if "<a " in x else e(x)) for x in under)
    head = "<title>%s | %s</title>" % (e(title), e(site))
    if kind == "lead_above":
        art = "<p class='lead'>%s</p><h1>%s</h1>%s%s" % (e(lead), e(title), row, story_html)
    elif kind == "naql_lead":
        art = "<h1>%s</h1>%s<p class='lead'>%s</p>%s" % (e(title), row, e(lead), story_html)
    elif kind == "caption_date":
        old = _older(m, rng)
        cap = _fa("عکس آرشیوی - %d %s %d" % (old.day, JM[old.month - 1], old.year))
        art = ("<h1>%s</h1><figure><img src='/img/%d.jpg' alt=''><figcaption>%s</figcaption></figure>%s%s") % (
            e(title), rng.randint(100, 999), cap, row, story_html)
    elif kind == "footer_updated":
        upd = _fa("آخرین بروزرسانی سایت: %s %d %s %d - %s" % (WD[today.j.weekday()], today.j.day,
                                                           JM[today.j.month - 1], today.j.year, today.hm()))
        art = "<h1>%s</h1>%s%s" % (e(title), row, story_html)
        foot_html = "<footer><p>%s</p><p>%s</p></footer>" % (upd, e(FOOT))
    elif kind == "updated_under":
        later = jdatetime.datetime.fromgregorian(datetime=m.g + timedelta(days=rng.randint(1, 9)))
        upd = _fa("آخرین بروزرسانی: %d %s %d" % (later.day, JM[later.month - 1], later.year))
        art = "<h1>%s</h1>%s%s<div class='updated'>%s</div>" % (e(title), row, story_html, upd)
    elif kind == "lead_above_ask":
        ask = title.rstrip(".!؟?") + "؟"
        story["title"] = ask
        art = "<p class='summary'>%s</p><h1>%s</h1><time datetime='%s'>%s</time>%s" % (
            e(lead), e(ask), m.g.strftime("%Y-%m-%dT%H:%M"), _row(m), story_html)
    elif kind == "amp_meta":
        iso = m.g.strftime("%Y-%m-%dT%H:%M:00+03:30")
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "datePublished": iso}, ensure_ascii=False)
        upd = _fa("آخرین بروزرسانی: %d %s %d" % (today.j.day, JM[today.j.month - 1], today.j.year))
        return ("<!doctype html><html amp lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s - %s</title>"
                "<meta property='article:published_time' content='%s'><script type='application/ld+json'>%s</script>"
                "<script async src='https://cdn.ampproject.org/v0.js'></script><style amp-boilerplate>body"
                "{visibility:hidden}</style></head><body><div class='amp-bar'><a href='/'>%s</a></div><article "
                "class='amp-article'><h1 class='amp-title'>%s</h1><div class='amp-content'>%s</div></article>"
                "<footer class='amp-footer'><p>%s</p><p>%s</p></footer></body></html>") % (
            e(title), e(site), iso, ld, e(site), e(title), story_html, upd, e(FOOT))
    elif kind == "qamari_caption":
        hj = _hijri(Moment(rng))
        art = ("<h1>%s</h1>%s<figure><img src='/img/%d.jpg' alt=''><figcaption>%s</figcaption></figure>%s") % (
            e(title), row, rng.randint(100, 999), _fa("عکس: مراسم %s" % hj), story_html)
    else:
        art = "<h1>%s</h1>%s%s" % (e(title), row, story_html)
    body = "%s<main><article>%s%s</article></main>%s" % (top, art, under_html, foot_html)
    return DOC % (head, body)


def _gold(host, story: dict, m: Moment) -> dict:
    kind = host[3]
    return {"family": kind, "title": story["title"], "body_paragraphs": list(story["paras"]),
            "agency": story["agency"], "lead": story["lead_text"] or None, "published_iso": m.day(),
            "clock": None if kind == "qamari_first" and False else m.hm()}


def _uncredited(story: dict) -> bool:
    """A story with an abstract of its own (a lead) that names no agency once its dateline is off, nor
    its reporter nor a source it cites (the kind's credit is then the page's only one)."""
    text = " ".join([story["lead"], DATELINE.sub("", story["paras"][0], count=1), *story["paras"][1:]])
    return 6 <= len(story["lead"].split()) <= 60 and not _first_agency(text) \
        and not any(w in text for w in ("خبرنگار", "به گزارش", "به نقل از"))


def build(out_dir, n: int = 8, seed: int = 1402) -> list[dict]:
    """Write ``n`` pages of every host of :data:`HOSTS` and their gold; returns the gold rows."""
    return write_set(out_dir, HOSTS, n, random.Random("credit-heads:%d" % seed), _page, _gold, _uncredited)

