"""Family set BA: eight families, written blind to the extractor. Kinds 1-4 are other makes of the classes the held
AO and AX families hold (reader / markdown dumps, blogs, search pages holding a story, CMS previews), kinds 5-8 kinds
no earlier set had: a press release on a PR wire, a web story (AMP story), an instant-article rendering (telegra.ph,
Telegram's Instant View, Facebook Instant Articles markup) and a market report among price tables.

    build(out_dir, n, seed=470, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages (nor reading AO's or AX's generators); invented hosts and names,
stories from the corpus. Tables in :mod:`site_families_ba_tables`; the build loop is :func:`family_frames.build_set`;
the date and box helpers are AQ's, AT's, AV's and AW's. One kind a family, three hosts a family that differ in the
kind's variants (:data:`site_families_ba_tables.VARIANT`):

1. ``saffron_fields``  markdown dumps of news pages of other makes than Jina: an Obsidian web-clipper note (YAML
   properties «title», «source», «author», «published» (the story's day), «created» (the clip's), «description»,
   «tags: clippings», then the page as Turndown markdown: menu links, the trail, the headline underlined with «=»),
   a «save as markdown» extension's file (MarkDownload-like: «created:» and «source:» front matter, «# <the tab's
   title>», «> ## Excerpt», then the page: a «دسته‌بندی: [..](..)» link, the headline, the date line) and a pandoc
   conversion (``::: {.breadcrumb}`` fenced divs, bullet menus, the text wrapped at 72 columns, tags, related);
2. ``barberry_farms``  blogs of other makes than Jekyll / Medium: a Hugo theme (PaperMod-like: «خانه » پست‌ها»
   breadcrumbs naming the content section, «۴ دقیقه» reading time, ``article:section`` «posts», the category in
   «دسته‌ها:» at the foot, tags, «به‌روزشده» lastmod), a Ghost post (the primary tag over the headline, the excerpt,
   «زمان مطالعه», ``article:tag`` metas, JSON-LD, a subscribe box) and a Blogfa blog («نوشته شده در … توسط … |
   موضوع: … | نظرات», sidebars «موضوعات» with every category and its count, «آرشیو» months, «آمار وبلاگ» with a
   later «آخرین بروزرسانی»);
3. ``quince_orchards``  search or tag listings holding one story whole: a news CMS's internal search («نتایج جستجو
   برای «…»», counts, filters, the first hit expanded with its service, the other hits with their services, days
   and snippets), a tag page whose first item is expanded (the tag no section) and a programmable-search frame
   (results with URLs and snippets beside a preview pane holding the story with its trail);
4. ``pistachio_drying``  CMS previews: Joomla's frontend edit view (toolbar, tabs, the category select with the
   chosen option, «تاریخ ایجاد» before, «شروع انتشار» the story's instant, «تاریخ ویرایش» after, the preview pane),
   a headless CMS's preview (a status bar «حالت پیش‌نمایش · پیش‌نویس · آخرین ذخیره …», ``__NEXT_DATA__`` holding the
   category and ``publishedAt`` / ``updatedAt``) and a newsroom system's «پیش‌نمایش خبر» (news code, «سرویس», «زمان
   ثبت» before, «زمان انتشار», a revision history with editors and times);
5. ``caviar_ponds``  press releases on a PR wire: the wire's release page (industry category, «برای انتشار فوری»,
   the city-and-day dateline, «###», «درباره …» boilerplate, media contact, a later «زمان توزیع»), the release as
   the wire mails it in plain text (unsectioned) and a news site carrying it as «رپرتاژ» under its own trail;
6. ``sturgeon_rivers``  web stories: an AMP story (``amp-story`` pages, one paragraph a page, the cover with its
   category and date, a page counter, the bookend's related stories, JSON-LD), a news site's story viewer (a
   carousel of other stories, progress bars, slides, «مشاهده خبر کامل») and a text dump of a story (slides'
   lines, counters «۳ / ۱۲», «قبلی» / «بعدی»; unsectioned);
7. ``falcon_breeding``  instant-article renderings: a telegra.ph page (``tl_article_header``, the channel as author,
   «December 05, 2026» of the UTC day, «Report content on this page»; unsectioned), Telegram's Instant View (the
   channel, a kicker-like category, the subtitle the lead, «مشاهده در تلگرام», related articles) and Facebook
   Instant Articles markup (``op-kicker`` the section, ``op-published`` and a later ``op-modified``, ``op-tracker``
   and ``op-related-articles``);
8. ``date_palms``  market reports among price tables: a currency site (a ticker line, the rate table with each row's
   clock, «آخرین به‌روزرسانی», the story under «تحلیل بازار» and the gold / coin table after it), a stock-market
   site (the index box, the top symbols' table, «بازار سرمایه » …» trail, «نمادهای مرتبط») and a text copy (the
   tables' rows «دلار آمریکا | ۵۸۴٬۰۰۰ | ▲ ۲٬۰۰۰ | ۱۴:۳۲», «سرویس: …»).

Gold as AZ's: the title the story's headline (never a tab's, a results page's, a tag's, a wire's, a story viewer's nor
a channel's), the section the story's own rubric (a trail's last step, a category link, a primary tag, a CMS's
service or chosen category, a kicker; none where the page shows none; a blog's «پست‌ها» section, a tag page's tag,
sidebars' and other hits' categories never), the lead a standfirst shown apart (an excerpt shown apart, a subtitle),
the agency the story's credit or a «منبع: …» the page adds; ``published_iso`` the story's day as the page shows it,
``published_time`` the instant with its offset when the page shows its time or holds it in markup. Clip, creation,
edit, save, revision, distribution, lastmod, rate, crawl and archive days are no story date. About 7% negatives,
~10% of the stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
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
from site_families_aq import _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _footer, _lead, _none, _site_head, _title
from site_families_av import _dateline, _today
from site_families_aw import _credit, _credit_text, _gday, _kicker, _line, _wrapped, canon
from site_families_ba_tables import (
    COMPANIES,
    EDITORS,
    FAMILIES,
    FRIENDS,
    GOLD_ROWS,
    HOSTS,
    HUGO_MENU,
    KIND,
    MENU,
    RATES,
    REVISIONS,
    SECTIONS,
    SYMBOLS,
    TAGS,
    VARIANT,
)
from site_families_h import TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"wiretxt", "storytxt", "telegraph"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"obsidian", "markdownload", "pandoc", "wiretxt", "storytxt", "markettxt"}
#: the agency habit of a variant that has one (the others draw theirs)
AGENCY = {"obsidian": "keep", "markdownload": "credit", "pandoc": "keep", "cse": "keep", "instantview": "credit",
          "hugo": "none", "ghost": "none", "blogfa": "credit", "cmssearch": "none",
          "newsroom": "none", "wirepage": "none", "wiretxt": "none", "wirenews": "none", "telegraph": "credit",
          "ratesite": "credit", "bourse": "credit"}
#: the share of a kind's pages saved as HTML (the rest a copy of the page as text)
HTML_P = 0.8
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"obsidian": 0.3, "markdownload": 0.4, "ghost": 0.6, "cmssearch": 0.4, "tagpage": 0.3,
          "cse": 0.3, "joomla": 0.2, "headless": 0.4, "newsroom": 0.5, "wirepage": 0.3, "wirenews": 0.3,
          "ampstory": 0.3, "instantview": 0.5, "fbinstant": 0.5, "ratesite": 0.3, "bourse": 0.3, "markettxt": 0.3}
#: how often a variant's headline carries a kicker
KICK_P = {"cmssearch": 0.2, "headless": 0.3, "newsroom": 0.4, "wirenews": 0.2, "bourse": 0.3}
#: how often a variant's page shows no day of the story
UNDATED_P = {"pandoc": 0.3, "tagpage": 0.2, "storyviewer": 0.3, "storytxt": 0.4, "wiretxt": 0.1}
UTC = dt.timezone.utc
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ba-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P,
         "agency": AGENCY.get(variant) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0), "kick_p": KICK_P.get(variant, 0.0),
         "user": _who(r), "style": stable(domain) % 4,
         "site": pick(r, [("www.khabar-sharq.ir", "خبر شرق"), ("www.nasim-kavir.com", "نسیم کویر"),
                          ("www.darya-online.ir", "دریا آنلاین")]),
         "company": pick(r, COMPANIES),
         "channel": pick(r, ["@shahin_news", "@khabar_fori_fa", "@baz_media"])}
    return Host(family, domain, name, tagline, [], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _undated(h: Host, r: random.Random) -> bool:
    return r.random() < UNDATED_P.get(h.s["variant"], 0.0)


def _story(doc: Doc, g: dict, pcls: str = "", tag: str = "p") -> None:
    for p in g["body_paragraphs"]:
        doc.add(f"<{tag}{pcls}>{e(p)}</{tag}>\n", [("body", p)])


def _slug(x: str) -> str:
    return f"{stable(x) % 16**6:x}"


def _tags(r: random.Random) -> list[str]:
    return r.sample(TAGS, r.randint(2, 4))


def _iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


def _ld(kind: str, g: dict, loc: dt.datetime, **more) -> str:
    d = {"@context": "https://schema.org", "@type": kind, "headline": g["title"], "datePublished": _iso(loc), **more}
    if g["section"]:
        d["articleSection"] = g["section"]
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def _md_story(f: Flat, g: dict, width: int | None = None) -> None:
    for p in g["body_paragraphs"]:
        f.add(p, "body", _wrapped(p, width) if width else None)
        f.blank()


def _md_related(f: Flat, h: Host, head: str, items: list[str], bullet: str = "- ") -> None:
    f.add(head)
    f.blank()
    for x in items:
        f.add(f"{bullet}[{x}](https://{h.s['site'][0]}/news/{stable(x) % 10**6})")
    f.blank()


def _md_credit(f: Flat, g: dict, h: Host) -> None:
    c = _credit_text(g, h)
    if c:
        f.add(c)
        f.blank()


# ---------------------------------------------------------------------------------------------- 1. markdown dumps


def _obsidian(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    site, sname = h.s["site"]
    url = f"https://{site}/news/{stable(g['title']) % 10**6}"
    f = Flat()
    desc = " ".join(g["body_paragraphs"][0].split()[:16]) + "…"
    created = crawl.astimezone(TEHRAN)
    f.add("---")
    f.add(f'title: "{g["title"]} | {sname}"')
    f.add(f'source: "{url}"')
    f.add("author:")
    f.add(f'  - "[[{_who(r)}]]"')
    line = f"published: {loc.date().isoformat()}"
    f.add(line)
    _shown(g, line, loc, False)
    f.add(f"created: {created.date().isoformat()}")
    f.add(f'description: "{desc}"')
    f.add("tags:")
    f.add('  - "clippings"')
    f.add("---")
    f.add(" ".join(f"[{x}](https://{site}/{stable(x) % 999})" for x in MENU))
    f.blank()
    if g["section"]:
        f.add(f"[{sname}](https://{site}/) / [{g['section']}](https://{site}/service/{_slug(g['section'])})")
        f.blank()
    f.add(g["title"], "title", [g["title"], "=" * min(60, len(g["title"]))])
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead", [f"> {g['lead']}"])
        f.blank()
    _md_story(f, g)
    _md_credit(f, g, h)
    f.add("برچسب‌ها: " + " ".join(f"[{t}](https://{site}/tag/{_slug(t)})" for t in _tags(r)))
    f.blank()
    _md_related(f, h, "### اخبار مرتبط", others[:5], "* ")
    f.add(f"© {sname}")
    return f


def _markdownload(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                  crawl: dt.datetime) -> Flat:
    site, sname = h.s["site"]
    clip = crawl.astimezone(TEHRAN)
    f = Flat()
    f.add("---")
    f.add(f"created: {clip:%Y-%m-%dT%H:%M:%S} (UTC {clip:%z}"[:-2] + ":" + f"{clip:%z}"[-2:] + ")")
    f.add(f"source: https://{site}/fa/news/{stable(g['title']) % 10**6}/")
    f.add("---")
    f.blank()
    f.add(f"# {g['title']} - {sname}")
    f.blank()
    f.add("> ## Excerpt")
    if g["lead"]:
        f.add(g["lead"], "lead", [f"> {g['lead']}"])
    else:
        f.add("> " + " ".join(g["body_paragraphs"][0].split()[:20]) + " ...")
    f.blank()
    f.add("---")
    if g["section"]:
        f.add(f"دسته‌بندی: [{g['section']}](https://{site}/fa/service/{_slug(g['section'])})")
        f.blank()
    f.add(g["title"], "title", [g["title"], "=" * min(60, len(g["title"]))])
    f.blank()
    f.add(_dateline(g, loc, h.s["style"]))
    f.blank()
    _md_story(f, g)
    _md_credit(f, g, h)
    f.add(f"کد خبر: {dg(str(stable(g['title']) % 10**6), 'fa')}")
    f.blank()
    _md_related(f, h, "## پربازدیدها", others[:6])
    return f


def _pandoc(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    site, sname = h.s["site"]
    f = Flat()
    f.add("::: {.header}")
    f.add(f"[{sname}](https://{site}/){{.logo}}")
    f.add(":::")
    f.blank()
    for x in MENU:
        f.add(f"-   [{x}](/{stable(x) % 999})")
    f.blank()
    if g["section"]:
        f.add("::: {.breadcrumb}")
        f.add(f"[خانه](/) › [{g['section']}](/service/{_slug(g['section'])})")
        f.add(":::")
        f.blank()
    f.add(g["title"], "title", [g["title"], "=" * min(72, len(g["title"]))])
    f.blank()
    if not _undated(h, r):
        f.add("::: {.meta}")
        f.add(_dateline(g, loc, h.s["style"]))
        f.add(":::")
        f.blank()
    _md_story(f, g, 72)
    _md_credit(f, g, h)
    f.add("::: {.tags}")
    f.add(" ".join(f"[{t}](/tag/{_slug(t)})" for t in _tags(r)))
    f.add(":::")
    f.blank()
    _md_related(f, h, "## مطالب مرتبط {#related}", others[:5], "-   ")
    f.add(f"© {sname} ۱۴۰۵")
    return f


# ---------------------------------------------------------------------------------------------- 2. blogs


def _hugo(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
          crawl: dt.datetime) -> None:
    doc.chrome(f'<header class="header"><nav class="nav"><div class="logo"><a href="/">{e(h.name)}</a></div>'
               '<ul id="menu">' + "".join(f"<li><a>{e(x)}</a></li>" for x in HUGO_MENU) + "</ul></nav></header>\n",
               h.name, *HUGO_MENU)
    doc.add('<main class="main"><article class="post-single">\n<header class="post-header">\n')
    doc.chrome('<div class="breadcrumbs"><a href="/">خانه</a> » <a href="/posts/">پست‌ها</a></div>\n',
               "خانه » پست‌ها")
    _title(doc, g, "h1", "post-title")
    mins = dg(str(max(2, sum(len(p.split()) for p in g["body_paragraphs"]) // 200)), "fa")
    meta = f"{_jday(loc)} · {mins} دقیقه · {h.s['user']}"
    _shown(g, meta, loc, False, True)
    doc.chrome(f'<div class="post-meta"><span title="{_iso(loc)}">{e(meta)}</span></div>\n', meta)
    if r.random() < 0.4:
        upd = f"به‌روزشده: {_jday(_after(loc, r, (30, 2000)))}"
        _line(doc, upd, "post-lastmod")
    doc.add('</header>\n<div class="post-content">\n')
    _story(doc, g)
    doc.add("</div>\n")
    _credit(doc, g, h)
    doc.add('<footer class="post-footer">\n')
    if g["section"]:
        cat = f"دسته‌ها: {g['section']}"
        doc.chrome(f'<div class="post-categories">دسته‌ها: <a href="/categories/{_slug(g["section"])}/">'
                   f'{e(g["section"])}</a></div>\n', cat)
    tags = _tags(r)
    doc.chrome('<ul class="post-tags">' + "".join(f'<li><a href="/tags/{_slug(t)}/">{e(t)}</a></li>' for t in tags)
               + "</ul>\n", *tags)
    nav = [f"« قبلی {others[0]}", f"بعدی » {others[1]}"]
    doc.chrome('<nav class="paginav">' + "".join(f"<a>{e(x)}</a>" for x in nav) + "</nav>\n", *nav)
    doc.add("</footer></article></main>\n")
    foot = f"© ۱۴۰۵ {h.name} · Powered by Hugo & PaperMod"
    doc.chrome(f'<footer class="footer"><span>{e(foot)}</span></footer>\n', foot)


def _ghost(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    nav = ["خانه", "درباره", "بایگانی", "عضویت"]
    doc.chrome(f'<header id="gh-head"><a class="gh-head-logo">{e(h.name)}</a><nav class="gh-head-menu">'
               + "".join(f"<a>{e(x)}</a>" for x in nav) + '</nav><a class="gh-head-button">اشتراک</a></header>\n',
               h.name, *nav, "اشتراک")
    doc.add('<main id="site-main"><article class="article post">\n<header class="article-header gh-canvas">\n')
    if g["section"]:
        doc.chrome(f'<section class="article-tag post-card-tags"><span class="post-card-primary-tag">'
                   f'<a href="/tag/{_slug(g["section"])}/">{e(g["section"])}</a></span></section>\n', g["section"])
    _title(doc, g, "h1", "article-title")
    _lead(doc, g, "article-excerpt")
    who = h.s["user"]
    mins = dg(str(max(2, sum(len(p.split()) for p in g["body_paragraphs"]) // 200)), "fa")
    day = _gday(loc)
    _shown(g, day, loc, False, True)
    doc.chrome(f'<div class="article-byline"><h4 class="author-name"><a>{e(who)}</a></h4>'
               f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{loc.date().isoformat()}">'
               f'{e(day)}</time><span class="byline-reading-time"><span class="bull">•</span> زمان مطالعه: {mins} دقیقه'
               "</span></div></div>\n", who, day, f"• زمان مطالعه: {mins} دقیقه")
    doc.add('</header>\n<section class="gh-content gh-canvas">\n')
    _story(doc, g)
    doc.add("</section>\n")
    _credit(doc, g, h)
    sub = f"عضو خبرنامه {h.name} شوید تا نوشته‌های تازه را در ایمیل خود بخوانید."
    doc.chrome(f'<section class="footer-cta"><h2>{e(sub)}</h2><a class="footer-cta-button">اشتراک رایگان</a>'
               "</section>\n", sub, "اشتراک رایگان")
    doc.add("</article></main>\n")
    _items(doc, "ادامه مطلب", others[:3], "read-more", "h3", lambda i: dg(f"زمان مطالعه: {i + 3} دقیقه", "fa"))
    foot = f"{h.name} © ۲۰۲۶ — Powered by Ghost"
    doc.chrome(f'<footer class="site-footer"><div>{e(foot)}</div></footer>\n', foot)
    g["_tags"] = ([g["section"]] if g["section"] else []) + _tags(r)


def _blogfa(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    doc.chrome(f'<div id="header"><h1><a href="/">{e(h.name)}</a></h1><div class="desc">{e(h.tagline)}</div></div>\n',
               h.name, h.tagline)
    doc.add('<div id="content"><div class="post">\n')
    doc.add(f'<h2 class="posttitle"><a href="/post/{r.randint(10, 400)}">{e(g["title"])}</a></h2>\n',
            [("title", g["title"])])
    doc.add('<div class="postcontent">\n')
    _story(doc, g)
    doc.add("</div>\n")
    _credit(doc, g, h)
    k = dg(str(r.randint(0, 9)), "fa")
    when = f"نوشته شده در {_wd(loc)} {_jday(loc)} ساعت {_clock(loc)}"
    _shown(g, when, loc, True)
    subj = f" | موضوع: {g['section']}" if g["section"] else ""
    foot = f"{when} توسط {h.s['user']}{subj} | نظرات ({k})"
    doc.chrome(f'<div class="postinfo">{e(foot)}</div>\n', foot)
    doc.add("</div></div>\n")
    counts = [f"{s} ({dg(str(r.randint(3, 60)), 'fa')})" for s in h.sections]
    doc.chrome('<div id="sidebar"><div class="box"><h3>موضوعات</h3><ul>'
               + "".join(f"<li><a>{e(x)}</a></li>" for x in counts) + "</ul></div>\n", "موضوعات", *counts)
    now = crawl.astimezone(TEHRAN)
    months = [_jday(now - dt.timedelta(days=31 * i)).split(" ", 1)[1] for i in range(5)]
    doc.chrome('<div class="box"><h3>آرشیو</h3><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in months)
               + "</ul></div>\n", "آرشیو", *months)
    doc.chrome('<div class="box"><h3>پیوندها</h3><ul>' + "".join(f"<li><a>{e(x)}</a></li>" for x in FRIENDS)
               + "</ul></div>\n", "پیوندها", *FRIENDS)
    _items(doc, "آخرین مطالب", others[:6], "box recent", "h3")
    stats = [f"بازدید امروز: {fa_count(r.randint(10, 900))}", f"کل بازدیدها: {fa_count(r.randint(10000, 900000))}",
             f"آخرین بروزرسانی: {_jnum(now)}"]
    doc.chrome('<div class="box stats"><h3>آمار وبلاگ</h3>' + "".join(f"<div>{e(x)}</div>" for x in stats)
               + "</div></div>\n", "آمار وبلاگ", *stats)
    doc.chrome('<div id="footer">قدرت گرفته از بلاگفا</div>\n', "قدرت گرفته از بلاگفا")


# ---------------------------------------------------------------------------------------------- 3. search pages


def _query(g: dict) -> str:
    ws = [w for w in g["title"].split() if len(w) > 3] or g["title"].split()
    return ws[stable(g["title"]) % len(ws)].strip("«»:،.")


def _hits(doc: Doc, h: Host, r: random.Random, others: list[str], loc: dt.datetime, cls: str) -> None:
    rows = []
    for i, t in enumerate(others[:7]):
        sec = h.sections[(i + stable(t)) % len(h.sections)]
        day = _jday(loc - dt.timedelta(days=r.randint(3, 400)))
        rows.append((sec, t, day))
    doc.chrome(f'<ol class="{cls}">' + "".join(
        f'<li><span class="svc">{e(s)}</span> <a href="/news/{stable(t) % 10**6}">{e(t)}</a> <time>{e(d)}</time></li>'
        for s, t, d in rows) + "</ol>\n", *[x for s, t, d in rows for x in (f"{s} {t}", d)])


def _cmssearch(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    q = _query(g)
    head = f"نتایج جستجو برای «{q}»"
    count = f"{fa_count(r.randint(20, 900))} نتیجه یافت شد"
    doc.chrome(f'<form class="search"><input name="q" value="{e(q)}"><button>جستجو</button></form>\n<h1>{e(head)}</h1>'
               f'<div class="count">{e(count)}</div>\n', "جستجو", head, count)
    filt = ["همه سرویس‌ها", "مرتب‌سازی: مرتبط‌ترین", "بازه زمانی: همه"]
    doc.chrome('<div class="filters">' + "".join(f"<span>{e(x)}</span>" for x in filt) + "</div>\n", *filt)
    doc.add('<div class="result expanded">\n')
    if g["section"]:
        _line(doc, g["section"], "svc")
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h2", "result-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "result-date")
    _lead(doc, g, "result-lead")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</div>\n")
    _hits(doc, h, r, others, loc, "results")
    pages = "۱ ۲ ۳ ۴ بعدی"
    doc.chrome(f'<div class="pager">{pages}</div>\n', pages)
    _footer(doc, h, crawl)


def _tagpage(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    _site_head(doc, h)
    tag = pick(r, TAGS)
    head = f"برچسب: {tag}"
    count = dg(f"{r.randint(12, 300)} مطلب", "fa")
    doc.chrome(f'<div class="tag-head"><h1>{e(head)}</h1><span>{e(count)}</span></div>\n', head, count)
    doc.add('<article class="tag-item first">\n')
    if g["section"]:
        doc.chrome(f'<a class="cat" href="/service/{_slug(g["section"])}">{e(g["section"])}</a>\n', g["section"])
    _title(doc, g, "h2", "item-title")
    if not _undated(h, r):
        _line(doc, _dateline(g, loc, h.s["style"]), "item-date")
    _lead(doc, g, "item-lead")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</article>\n")
    _hits(doc, h, r, others, loc, "tag-items")
    more = "مطالب بیشتر با این برچسب"
    doc.chrome(f'<a class="more">{e(more)}</a>\n', more)
    _footer(doc, h, crawl)


def _cse(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
         crawl: dt.datetime) -> None:
    site, sname = h.s["site"]
    q = _query(g)
    doc.chrome(f'<div class="gsc-control"><input class="gsc-input" value="{e(q)}"><button>جستجو</button></div>\n',
               "جستجو")
    stat = dg(f"حدود {r.randint(40, 900)} نتیجه ({r.randint(11, 60) / 100} ثانیه)", "fa")
    _line(doc, stat, "gsc-result-info")
    doc.add('<div class="gsc-results">\n')
    res = [g["title"], *others[:6]]
    lines = []
    for i, t in enumerate(res):
        snip = " ".join((g["body_paragraphs"][0] if i == 0 else t).split()[:14]) + " ..."
        lines += [f"{t} - {sname}", f"https://{site}/news/{stable(t) % 10**6}", snip]
    doc.chrome("".join(f'<div class="gsc-webResult"><a class="gs-title">{e(lines[3 * i])}</a>'
                       f'<div class="gs-visibleUrl">{e(lines[3 * i + 1])}</div>'
                       f'<div class="gs-snippet">{e(lines[3 * i + 2])}</div></div>\n' for i in range(len(res))),
               *lines)
    doc.add("</div>\n")
    doc.add('<aside class="preview-pane">\n')
    doc.chrome(f'<div class="pv-head">پیش‌نمایش · {e(site)}</div>\n', f"پیش‌نمایش · {site}")
    if g["section"]:
        t = f"{sname} › {g['section']}"
        _line(doc, t, "pv-trail")
    _title(doc, g, "h1", "pv-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "pv-date")
    _lead(doc, g, "pv-lead")
    _story(doc, g)
    _credit(doc, g, h)
    doc.chrome('<a class="pv-open">باز کردن در سایت اصلی</a>\n', "باز کردن در سایت اصلی")
    doc.add("</aside>\n")
    foot = f"جستجوی سفارشی {h.name} — نتایج از نمایه‌های عمومی"
    doc.chrome(f"<footer>{e(foot)}</footer>\n", foot)


# ---------------------------------------------------------------------------------------------- 4. CMS previews


def _joomla(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    _site_head(doc, h)
    tools = ["ذخیره", "ذخیره و بستن", "لغو", "نسخه‌ها", "پیش‌نمایش"]
    doc.chrome('<div class="btn-toolbar">' + "".join(f"<button>{e(x)}</button>" for x in tools) + "</div>\n", *tools)
    tabs = ["ویرایش", "تصاویر و پیوندها", "انتشار", "زبان", "متادیتا"]
    doc.chrome('<ul class="nav nav-tabs">' + "".join(f"<li><a>{e(x)}</a></li>" for x in tabs) + "</ul>\n", *tabs)
    created = loc - dt.timedelta(days=r.randint(1, 5), hours=r.randint(0, 9))
    modified = _after(loc, r, (6, 900))
    doc.chrome(f'<div class="control-group"><label>عنوان *</label><input name="jform[title]" value="{e(g["title"])}">'
               "</div>\n", "عنوان *")
    opts = "".join(f'<option{" selected" if s == g["section"] else ""}>- {e(s)}</option>' for s in h.sections)
    doc.chrome(f'<div class="control-group"><label>دسته</label><select name="jform[catid]">{opts}</select></div>\n',
               "دسته", "".join(f"- {s}" for s in h.sections))
    start = f"{_jnum(loc, 'en')} {_clock(loc, 'en')}"
    fields = [("وضعیت", "منتشرشده"), ("تاریخ ایجاد", f"{_jnum(created, 'en')} {_clock(created, 'en')}"),
              ("شروع انتشار", start), ("پایان انتشار", "—"),
              ("تاریخ ویرایش", f"{_jnum(modified, 'en')} {_clock(modified, 'en')}"),
              ("بازدید", fa_count(r.randint(0, 5000)))]
    _shown(g, start, loc, True)
    doc.chrome('<fieldset class="publishing">' + "".join(
        f'<div class="control-group"><label>{e(k)}</label><span class="field-value">{e(v)}</span></div>'
        for k, v in fields) + "</fieldset>\n", *[x for kv in fields for x in kv])
    doc.chrome('<h3 class="preview-head">پیش‌نمایش</h3>\n', "پیش‌نمایش")
    doc.add('<div class="item-page preview">\n')
    _title(doc, g, "h2", "item-title")
    _lead(doc, g, "introtext")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</div>\n")
    foot = "Joomla! — نرم‌افزار آزاد منتشرشده تحت مجوز GNU/GPL"
    doc.chrome(f"<footer>{e(foot)}</footer>\n", foot)


def _headless(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    saved = loc - dt.timedelta(hours=r.randint(2, 40))  # (the draft's last save, before it went out)
    bar = f"حالت پیش‌نمایش · پیش‌نویس · آخرین ذخیره: {_jnum(saved)} {_clock(saved)}"
    doc.chrome(f'<div class="preview-bar"><span>{e(bar)}</span><a href="/api/exit-preview">خروج از پیش‌نمایش</a>'
               "</div>\n", bar, "خروج از پیش‌نمایش")
    _site_head(doc, h, _today(crawl))
    doc.add("<main><article>\n")
    if g["section"]:
        _line(doc, g["section"], "category-chip", "a")
    _kicker(doc, h, r, g, "overline")
    _title(doc, g, "h1", "headline")
    line = f"زمان انتشار: {_jday(loc)} ساعت {_clock(loc)}"
    _line(doc, line, "publish-at")
    _shown(g, line, loc, True)
    _lead(doc, g, "dek")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</article></main>\n")
    _items(doc, "بیشتر بخوانید", others[:4], "more", "h3")
    upd = _after(loc, r, (1, 300))
    data = {"props": {"pageProps": {"preview": True, "post": {
        "title": g["title"], "category": g["section"], "status": "draft",
        "publishedAt": _iso(loc.astimezone(UTC)).replace("+00:00", "Z"),
        "updatedAt": _iso(upd.astimezone(UTC)).replace("+00:00", "Z")}}}}
    doc.add(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>\n')
    _footer(doc, h, crawl)


def _newsroom(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
              crawl: dt.datetime) -> None:
    _site_head(doc, h)
    doc.chrome("<h1>پیش‌نمایش خبر</h1>\n", "پیش‌نمایش خبر")
    reg = loc - dt.timedelta(hours=r.randint(1, 30), minutes=r.randint(0, 59))
    pub = f"{_jnum(loc)} - {_clock(loc)}"
    _shown(g, pub, loc, True)
    fields = [("کد خبر", dg(key, "fa")), ("سرویس", g["section"] or "—"), ("زمان ثبت", f"{_jnum(reg)} - {_clock(reg)}"),
              ("زمان انتشار", pub), ("وضعیت", "منتشر شده"), ("خبرنگار", _who(r))]
    if not g["section"]:
        fields.pop(1)
    doc.chrome('<table class="news-meta">' + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in fields)
               + "</table>\n", *[x for kv in fields for x in kv])
    doc.add('<div class="news-preview">\n')
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h2", "titr")
    if g["lead"]:
        doc.add(f'<p class="lead"><b>لید: </b>{e(g["lead"])}</p>\n', [("lead", g["lead"])])
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</div>\n")
    t = reg
    rows = []
    for i, note in enumerate(REVISIONS[:r.randint(3, 5)]):
        t = t + dt.timedelta(minutes=r.randint(5, 200)) if i else t
        rows.append((dg(f"نسخه {i + 1}", "fa"), note, pick(r, EDITORS), f"{_jnum(t)} {_clock(t)}"))
    doc.chrome('<h3>تاریخچه نسخه‌ها</h3><table class="revisions">' + "".join(
        "<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in rows) + "</table>\n",
        "تاریخچه نسخه‌ها", *[x for row in rows for x in row])
    acts = ["بازگشت به فهرست", "ویرایش", "ارسال برای دبیر", "چاپ"]
    doc.chrome('<div class="actions">' + "".join(f"<a>{e(x)}</a>" for x in acts) + "</div>\n", *acts)


# ---------------------------------------------------------------------------------------------- 5. PR wire


def _dateline_city(loc: dt.datetime) -> str:
    return f"تهران، {_jday(loc)}"


def _wirepage(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    nav = ["اطلاعیه‌ها", "صنایع", "ثبت اطلاعیه", "تعرفه‌ها", "ورود"]
    doc.chrome('<nav class="wire-nav">' + "".join(f"<a>{e(x)}</a>" for x in nav) + "</nav>\n", *nav)
    doc.add('<article class="release">\n')
    if g["section"]:
        _line(doc, f"صنعت: {g['section']}", "industry")
    _line(doc, "برای انتشار فوری", "immediate")
    _title(doc, g, "h1", "release-title")
    _lead(doc, g, "summary")
    line = _dateline_city(loc)
    _line(doc, line, "dateline")
    _shown(g, line, loc, False)
    _story(doc, g)
    _credit(doc, g, h)
    _line(doc, "###", "endmark")
    comp = h.s["company"]
    about = f"{comp} از سال ۱۳۸۲ در زمینه پرورش و فرآوری آبزیان فعالیت می‌کند و محصولات آن به چند کشور صادر می‌شود."
    doc.chrome(f'<div class="boiler"><h3>درباره {e(comp)}</h3><p>{e(about)}</p></div>\n', f"درباره {comp}", about)
    contact = ["اطلاعات تماس رسانه‌ای", f"روابط عمومی {comp}", "تلفن: ۰۲۱-۸۸۷۶۵۴۳۲", "pr@example-co.ir"]
    doc.chrome('<div class="contact">' + "".join(f"<div>{e(x)}</div>" for x in contact) + "</div>\n", *contact)
    dist = _after(loc, r, (1, 30))
    line = f"زمان توزیع: {_jnum(dist)} {_clock(dist)} | شناسه: PR-{stable(g['title']) % 10**5}"
    _line(doc, line, "distributed")
    _items(doc, "اطلاعیه‌های دیگر", others[:5], "more-releases", "h3")
    _footer(doc, h, crawl)


def _wiretxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> Flat:
    f = Flat()
    comp = h.s["company"]
    f.add(f"{h.name} | {h.tagline}")
    f.add(f"اطلاعیه مطبوعاتی — {comp}")
    f.add("=" * 40)
    f.blank()
    f.add("برای انتشار فوری")
    f.blank()
    f.add(g["title"], "title")
    f.blank()
    if not _undated(h, r):
        line = _dateline_city(loc)
        f.add(line)
        _shown(g, line, loc, False)
        f.blank()
    for p in g["body_paragraphs"]:
        f.add(p, "body")
        f.blank()
    c = _credit_text(g, h)
    if c:
        f.add(c)
        f.blank()
    f.add("###")
    f.blank()
    f.add(f"درباره {comp}:")
    f.add("این شرکت در زمینه پرورش و فرآوری آبزیان فعالیت می‌کند.")
    f.blank()
    f.add("تماس رسانه‌ای: روابط عمومی — ۰۲۱-۸۸۷۶۵۴۳۲")
    f.add("برای لغو دریافت اطلاعیه‌ها به این نامه پاسخ دهید.")
    return f


def _wirenews(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    menu = ["صفحه اصلی", *h.sections, "رپرتاژ"]
    doc.chrome('<nav class="menu">' + "".join(f"<a>{e(x)}</a>" for x in menu) + "</nav>\n", *menu)
    if g["section"]:
        t = f"صفحه اصلی › {g['section']}"
        _line(doc, t, "breadcrumb")
    _line(doc, "رپرتاژ آگهی", "badge")
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h1", "title")
    _line(doc, _dateline(g, loc, h.s["style"]), "date")
    _lead(doc, g, "lead")
    _story(doc, g)
    _credit(doc, g, h)
    note = "این مطلب به‌صورت رپرتاژ منتشر شده و مسئولیت محتوای آن با صاحب آگهی است."
    _line(doc, note, "disclaimer")
    _items(doc, "پربازدیدها", others[:6], "popular", "h3")
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 6. web stories


def _ampstory(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    n = len(g["body_paragraphs"]) + 2
    doc.add(f'<amp-story standalone title="{e(g["title"])}" publisher="{e(h.name)}" '
            'poster-portrait-src="/img/cover.jpg">\n<amp-story-page id="cover"><amp-story-grid-layer template="fill">'
            '<amp-img src="/img/cover.jpg" layout="fill"></amp-img></amp-story-grid-layer>'
            '<amp-story-grid-layer template="vertical">\n')
    doc.chrome(f'<div class="publisher"><amp-img src="/logo.png" width="32" height="32"></amp-img>{e(h.name)}</div>\n',
               h.name)
    if g["section"]:
        _line(doc, g["section"], "cat", "p")
    _title(doc, g, "h1", "cover-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "cover-date", "p")
    g["_markup"] = True
    _lead(doc, g, "cover-lead")
    doc.add("</amp-story-grid-layer></amp-story-page>\n")
    for i, p in enumerate(g["body_paragraphs"]):
        cnt = dg(f"{i + 2}/{n}", "fa")
        doc.add(f'<amp-story-page id="p{i + 2}"><amp-story-grid-layer template="vertical">'
                f'<p class="txt">{e(p)}</p><div class="pager">{e(cnt)}</div></amp-story-grid-layer></amp-story-page>\n',
                [("body", p), ("c", cnt)])
    c = _credit_text(g, h)
    if c:
        doc.add(f'<amp-story-page id="credit"><amp-story-grid-layer template="vertical"><p class="source">{e(c)}</p>'
                "</amp-story-grid-layer></amp-story-page>\n", [("c", c)])
    doc.add('<amp-story-page id="end"><amp-story-grid-layer template="vertical">\n')
    _items(doc, "استوری‌های بیشتر", others[:4], "bookend", "h2")
    doc.chrome('<a class="swipe">مشاهده خبر کامل</a>\n', "مشاهده خبر کامل")
    doc.add("</amp-story-grid-layer></amp-story-page>\n</amp-story>\n")


def _storyviewer(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                 crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    doc.chrome('<div class="stories-rail"><h3>وب‌استوری‌ها</h3>' + "".join(
        f'<a class="bubble">{e(t)}</a>' for t in others[:6]) + "</div>\n", "وب‌استوری‌ها", *others[:6])
    n = len(g["body_paragraphs"])
    doc.add('<div class="story-viewer"><div class="progress">' + "<i></i>" * n + "</div>\n")
    if g["section"]:
        _line(doc, f"#{g['section']}", "sv-cat")
        g["_sec_hash"] = True
    _title(doc, g, "h2", "sv-title")
    if not _undated(h, r):
        _line(doc, _dateline(g, loc, h.s["style"]), "sv-date")
    for p in g["body_paragraphs"]:
        doc.add(f'<div class="slide"><p>{e(p)}</p></div>\n', [("body", p)])
    _credit(doc, g, h)
    doc.chrome('<div class="sv-controls"><button>قبلی</button><button>بعدی</button>'
               '<a class="sv-full">مشاهده خبر کامل</a></div></div>\n', "قبلی", "بعدی", "مشاهده خبر کامل")
    _footer(doc, h, crawl)


def _storytxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> Flat:
    f = Flat()
    n = len(g["body_paragraphs"]) + 1
    f.add(f"{h.name} — وب‌استوری")
    f.add(dg(f"۱ / {n}", "fa"))
    f.add(g["title"], "title")
    if not _undated(h, r):
        f.add(_dateline(g, loc, h.s["style"]))
    f.add("قبلی | بعدی")
    for i, p in enumerate(g["body_paragraphs"]):
        f.blank()
        f.add(dg(f"{i + 2} / {n}", "fa"))
        f.add(p, "body")
        f.add("قبلی | بعدی")
    c = _credit_text(g, h)
    if c:
        f.blank()
        f.add(c)
    f.blank()
    f.add("استوری‌های بیشتر:")
    for t in others[:4]:
        f.add(t)
    return f


# ---------------------------------------------------------------------------------------------- 7. instant articles


def _telegraph(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    u = loc.astimezone(UTC)
    day = f"{u:%B} {u.day:02d}, {u.year}"
    doc.add('<div class="tl_page"><main class="tl_article"><header class="tl_article_header" dir="auto">\n')
    _title(doc, g, "h1", "")
    who = h.s["channel"]
    doc.chrome(f'<address dir="auto"><a rel="author">{e(who)}</a><time datetime="{u:%Y-%m-%dT%H:%M:%S}+0000">'
               f"{e(day)}</time></address>\n", who, day)
    _shown(g, day, loc, False, True)
    doc.add('</header>\n<article id="_tl_editor" class="tl_article_content">\n')
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</article>\n")
    doc.chrome('<div id="_tl_link_tooltip"></div><aside class="tl_article_buttons"><button id="_edit_button">Edit'
               '</button><button id="_publish_button">Publish</button></aside>\n', "Edit", "Publish")
    doc.chrome('<div class="tl_report"><a>Report content on this page</a></div>\n', "Report content on this page")
    doc.add("</main></div>\n")


def _instantview(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
                 crawl: dt.datetime) -> None:
    ch = h.s["channel"]
    doc.chrome('<div class="tgme_head"><a class="tgme_head_brand">Telegram</a><span>Instant View</span>'
               '<a class="tgme_action_button">مشاهده در تلگرام</a></div>\n', "Telegram", "Instant View",
               "مشاهده در تلگرام")
    doc.add('<article class="article">\n')
    if g["section"]:
        _line(doc, g["section"], "kicker", "h6")
    _title(doc, g, "h1", "")
    _lead(doc, g, "subtitle", "h2")
    day = _gday(loc)
    _shown(g, day, loc, False)
    doc.chrome(f'<address><a>{e(h.name)}</a> · <a>{e(ch)}</a> · <span class="date">{e(day)}</span></address>\n',
               f"{h.name} · {ch} · {day}")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</article>\n")
    _items(doc, "Related Articles", others[:4], "related", "h4")
    doc.chrome('<div class="iv-footer">Instant View · <a>گزارش خطا</a></div>\n', "Instant View · گزارش خطا")


def _fbinstant(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    mod = _after(loc, r, (2, 400))
    doc.add("<article>\n<header>\n")
    doc.add('<figure><img src="https://cdn.example/cover.jpg"><figcaption>عکس تزئینی است</figcaption></figure>\n',
            [("c", "عکس تزئینی است")])
    if g["section"]:
        doc.chrome(f'<h3 class="op-kicker">{e(g["section"])}</h3>\n', g["section"])
    _title(doc, g, "h1", "")
    if g["lead"]:
        doc.add(f"<h2>{e(g['lead'])}</h2>\n", [("lead", g["lead"])])
    day = f"{_jday(loc)} {_clock(loc)}"
    doc.add(f'<time class="op-published" datetime="{_iso(loc)}">{e(day)}</time>\n', [("c", day)])
    _shown(g, day, loc, True, True)
    mday = f"{_jday(mod)} {_clock(mod)}"
    doc.add(f'<time class="op-modified" dateTime="{_iso(mod)}">{e(mday)}</time>\n', [("c", mday)])
    doc.chrome(f'<address><a>{e(h.s["user"])}</a></address>\n', h.s["user"])
    doc.add("</header>\n")
    _story(doc, g)
    doc.add('<figure class="op-tracker"><iframe>ga("send","pageview")</iframe></figure>\n')
    doc.add("<footer>\n")
    c = _credit_text(g, h)
    if c:
        doc.chrome(f"<aside>{e(c)}</aside>\n", c)
    doc.chrome(f"<small>© {e(h.name)}</small>\n", f"© {h.name}")
    doc.chrome('<ul class="op-related-articles">' + "".join(
        f'<li><a href="https://{h.domain}/n/{stable(t) % 10**6}">{e(t)}</a></li>' for t in others[:3])
        + "</ul>\n", *others[:3])
    doc.add("</footer>\n</article>\n")


# ---------------------------------------------------------------------------------------------- 8. market reports


def _rate_rows(r: random.Random, rows: list[tuple[str, int]], now: dt.datetime) -> list[tuple[str, ...]]:
    out = []
    for name, base in rows:
        price = base + r.randint(-30, 30) * base // 1000
        ch = r.randint(-40, 40) * base // 10000
        t = now - dt.timedelta(minutes=r.randint(1, 50))
        out.append((name, fa_count(price // 10 * 10), ("▲ " if ch >= 0 else "▼ ") + fa_count(abs(ch)), _clock(t)))
    return out


def _table(doc: Doc, head: str, cols: list[str], rows: list[tuple[str, ...]], cls: str) -> None:
    doc.chrome(f'<section class="{cls}"><h3>{e(head)}</h3><table><tr>' + "".join(f"<th>{e(c)}</th>" for c in cols)
               + "</tr>" + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in rows)
               + "</table></section>\n", head, *cols, *[x for row in rows for x in row])


def _ratesite(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
              crawl: dt.datetime) -> None:
    now = crawl.astimezone(TEHRAN)
    _site_head(doc, h, _today(crawl))
    rates = _rate_rows(r, RATES, now)
    tick = " | ".join(f"{a} {b}" for a, b, *_ in rates)
    _line(doc, tick, "ticker")
    _table(doc, "نرخ ارز (ریال)", ["ارز", "قیمت", "تغییر", "زمان"], rates, "rates")
    upd = f"آخرین به‌روزرسانی: {_jnum(now)} ساعت {_clock(now)}"
    _line(doc, upd, "updated")
    doc.add('<section class="analysis">\n')
    doc.chrome("<h2>تحلیل بازار</h2>\n", "تحلیل بازار")
    if g["section"]:
        _line(doc, g["section"], "label", "span")
    _title(doc, g, "h1", "an-title")
    _line(doc, _dateline(g, loc, h.s["style"]), "an-date")
    _lead(doc, g, "an-lead")
    _story(doc, g)
    _credit(doc, g, h)
    doc.add("</section>\n")
    _table(doc, "سکه و طلا (ریال)", ["نوع", "قیمت", "تغییر", "زمان"], _rate_rows(r, GOLD_ROWS, now), "gold")
    _items(doc, "تحلیل‌های قبلی", others[:5], "older", "h3",
           lambda i: _jday(now - dt.timedelta(days=i + 1)))
    _footer(doc, h, crawl)


def _bourse(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
            crawl: dt.datetime) -> None:
    now = crawl.astimezone(TEHRAN)
    _site_head(doc, h, _today(crawl))
    idx = [f"شاخص کل: {fa_count(r.randint(1800, 3200) * 1000)}", dg(f"تغییر: {r.randint(-30, 30) / 10}٪", "fa"),
           f"ارزش معاملات: {fa_count(r.randint(40, 200) * 100)} میلیارد تومان"]
    doc.chrome('<div class="index-box">' + "".join(f"<span>{e(x)}</span>" for x in idx) + "</div>\n", *idx)
    syms = r.sample(SYMBOLS, 4)
    rows = [(s, fa_count(r.randint(1000, 90000)), dg(f"{r.randint(-50, 50) / 10}٪", "fa")) for s in syms]
    _table(doc, "نمادهای پربیننده", ["نماد", "آخرین قیمت", "درصد تغییر"], rows, "symbols")
    if g["section"]:
        t = f"بازار سرمایه » {g['section']}"
        _line(doc, t, "trail")
    _kicker(doc, h, r, g, "rutitr")
    _title(doc, g, "h1", "title")
    _line(doc, _dateline(g, loc, h.s["style"]), "date")
    _lead(doc, g, "lead")
    _story(doc, g)
    _credit(doc, g, h)
    chips = r.sample(SYMBOLS, 3)
    doc.chrome('<div class="related-symbols"><b>نمادهای مرتبط:</b>' + "".join(f"<a>{e(s)}</a>" for s in chips)
               + "</div>\n", "نمادهای مرتبط:", *chips)
    _items(doc, "آخرین اخبار بازار", others[:6], "latest", "h3",
           lambda i: _clock(now - dt.timedelta(minutes=9 * i + 4)))
    _footer(doc, h, crawl)


def _markettxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], crawl: dt.datetime) -> Flat:
    now = crawl.astimezone(TEHRAN)
    f = Flat()
    f.add(f"{h.name} — {h.tagline}")
    f.add(_today(crawl))
    f.blank()
    f.add("نرخ ارز (ریال)")
    for row in _rate_rows(r, RATES, now):
        f.add(" | ".join(row))
    f.blank()
    if g["section"]:
        f.add(f"سرویس: {g['section']}")
    f.add(g["title"], "title")
    f.add(_dateline(g, loc, h.s["style"]))
    f.blank()
    if g["lead"]:
        f.add(g["lead"], "lead")
        f.blank()
    for p in g["body_paragraphs"]:
        f.add(p, "body")
        f.blank()
    c = _credit_text(g, h)
    if c:
        f.add(c)
        f.blank()
    f.add("سکه و طلا (ریال)")
    for row in _rate_rows(r, GOLD_ROWS, now):
        f.add(" | ".join(row))
    f.blank()
    f.add("گزارش‌های قبلی:")
    for t in others[:4]:
        f.add(t)
    return f


# ---------------------------------------------------------------------------------------------- the pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant and whether only markup does, and a kicker's text (``g["surtitle"]``)."""
    v = h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    flat = {"obsidian": lambda: _obsidian(h, r, g, loc, others, crawl),
            "markdownload": lambda: _markdownload(h, r, g, loc, others, crawl),
            "pandoc": lambda: _pandoc(h, r, g, loc, others, crawl), "wiretxt": lambda: _wiretxt(h, r, g, loc, others),
            "storytxt": lambda: _storytxt(h, r, g, loc, others),
            "markettxt": lambda: _markettxt(h, r, g, loc, others, crawl)}
    if v in flat:
        return flat[v]()
    doc = Doc()
    draw = {"hugo": _hugo, "ghost": _ghost, "blogfa": _blogfa, "cmssearch": _cmssearch, "tagpage": _tagpage,
            "cse": _cse, "joomla": _joomla, "headless": _headless, "wirepage": _wirepage, "wirenews": _wirenews,
            "ampstory": _ampstory, "storyviewer": _storyviewer, "telegraph": _telegraph, "instantview": _instantview,
            "fbinstant": _fbinstant, "ratesite": _ratesite, "bourse": _bourse}
    if v == "newsroom":
        _newsroom(doc, h, r, g, loc, others, key, crawl)
    else:
        draw[v](doc, h, r, g, loc, others, crawl)
    g["_loc"] = loc
    return doc


LISTING = {"mdclip": "فهرست یادداشت‌ها", "blog": "آرشیو نوشته‌ها", "searchpage": "نتایج جستجو",
           "cmspreview": "فهرست اخبار در انتظار", "prwire": "آخرین اطلاعیه‌ها", "webstory": "همه وب‌استوری‌ها",
           "instant": "مقالات اخیر", "market": "آرشیو گزارش‌های بازار"}
GONE = {"mdclip": "این یادداشت خالی است.", "blog": "مطلب مورد نظر حذف شده است.",
        "searchpage": "نتیجه‌ای برای جستجوی شما یافت نشد.", "cmspreview": "شما اجازه مشاهده این پیش‌نمایش را ندارید.",
        "prwire": "این اطلاعیه منقضی شده است.", "webstory": "این استوری دیگر در دسترس نیست.",
        "instant": "Page not found", "market": "داده‌های بازار در حال بارگذاری..."}


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
                f.add(f"- {_jnum(now - dt.timedelta(days=i + 1))} | {t}")
        else:
            f.add(GONE[kind] if neg == "chrome_only" else "(صفحه خالی)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="__next"></div><noscript>برای مشاهده این صفحه جاوااسکریپت را فعال کنید.</noscript>\n',
                   "برای مشاهده این صفحه جاوااسکریپت را فعال کنید.")
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
    q = _query(g)
    return {"hugo": f"{cut} | {h.name}", "ghost": f"{title}", "blogfa": f"{h.name} - {cut}",
            "cmssearch": f"جستجو: {q} - {h.name}", "tagpage": f"آرشیو برچسب‌ها - {h.name}",
            "cse": f"{q} - جستجوی سفارشی", "joomla": "ویرایش مطلب", "headless": f"[پیش‌نمایش] {cut}",
            "newsroom": "پیش‌نمایش خبر - سامانه مدیریت اخبار", "wirepage": f"{cut} | {h.name}",
            "ampstory": title, "storyviewer": f"وب‌استوری: {cut}", "telegraph": f"{title} – Telegraph",
            "instantview": f"{title} – Telegram", "fbinstant": title,
            "ratesite": f"قیمت دلار و طلا امروز | {h.name}", "bourse": f"{cut} | {h.name}"}.get(v, f"{cut} | {h.name}")


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    v = h.s["variant"]
    tab = _tab(h, g)
    metas = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{e(tab)}</title>", f'<link rel="canonical" href="{e(url)}">']
    art = g.get("kind") == "article"
    loc = g.get("_loc")
    if art and v in ("hugo", "ghost", "wirenews", "bourse", "instantview"):
        metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if art and loc is not None:
        if v == "hugo":
            metas += ['<meta property="article:section" content="posts">',
                      f'<meta property="article:published_time" content="{_iso(loc)}">',
                      _ld("BlogPosting", {**g, "section": None}, loc)]
        if v == "ghost":
            metas += [f'<meta property="article:published_time" content="{_iso(loc.astimezone(UTC))}">']
            metas += [f'<meta property="article:tag" content="{e(t)}">' for t in g.get("_tags", [])]
            metas.append(_ld("Article", {**g, "section": None}, loc.astimezone(UTC)))
        if v == "ampstory":
            metas += ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                      '<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js">'
                      "</script>", _ld("NewsArticle", g, loc)]
        if v == "fbinstant":
            metas += ['<meta property="op:markup_version" content="v1.0">',
                      '<meta property="fb:article_style" content="default">']
        if v == "telegraph":
            metas += [f'<meta property="article:published_time" content="{_iso(loc.astimezone(UTC))}">',
                      f'<meta property="article:author" content="{e(h.s["channel"])}">']
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(10 + stable(h.domain) % 30))
    metas.append(f"<style>{rules}</style>")
    amp = " ⚡" if v == "ampstory" else ""
    return (f'<!DOCTYPE html>\n<html{amp} lang="fa" dir="rtl">\n<head>\n' + "\n".join(metas)
            + f"\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    v = h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    return {"obsidian": f"https://{h.domain}/Clippings/{slug}.md", "markdownload": f"https://{h.domain}/md/{key}.md",
            "pandoc": f"https://{h.domain}/docs/{key}.md", "hugo": f"https://{h.domain}/posts/{slug}/",
            "ghost": f"https://{h.domain}/{slug}/", "blogfa": f"https://{h.domain}/post/{int(key) % 900}",
            "cmssearch": f"https://{h.domain}/fa/search?q={slug[:5]}", "tagpage": f"https://{h.domain}/tag/{slug[:6]}",
            "cse": f"https://{h.domain}/?q={slug[:5]}#gsc.tab=0", "joomla": f"https://{h.domain}/index.php?"
            f"option=com_content&view=form&layout=edit&a_id={key}", "headless": f"https://{h.domain}/posts/{slug}"
            "?preview=true", "newsroom": f"https://{h.domain}/admin/news/preview/{key}",
            "wirepage": f"https://{h.domain}/release/{key}", "wiretxt": f"https://{h.domain}/mail/{key}.txt",
            "wirenews": f"https://{h.domain}/fa/news/{key}", "ampstory": f"https://{h.domain}/web-stories/{slug}/",
            "storyviewer": f"https://{h.domain}/story/{key}", "storytxt": f"https://{h.domain}/s/{key}.txt",
            "telegraph": f"https://telegra.ph/{slug[:8]}-{crawl:%m-%d}", "instantview":
            f"https://{h.domain}/iv?url=https%3A%2F%2F{h.s['site'][0]}%2Fnews%2F{key}&rhash={slug[:8]}",
            "fbinstant": f"https://{h.domain}/ia/{key}.html", "ratesite": f"https://{h.domain}/analysis/{key}",
            "bourse": f"https://{h.domain}/news/{key}", "markettxt": f"https://{h.domain}/txt/{key}"}[v]


def _day(h: Host, pub: dt.datetime) -> dt.datetime:
    """telegra.ph shows the item's day in UTC only: its story is put where that day is Tehran's too."""
    return same_day_in_utc(pub) if h.s["variant"] == "telegraph" else pub


def build(out_dir, n: int = 400, seed: int = 470, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="ba", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED,
                     day=_day)
