"""Family set AY: eight families, written blind to the extractor. Kinds 1-4 are other makes of the classes the held
AU and AW families hold (spoken stories' transcripts, chat exports, mailing-list and forum archives, document
viewers), kinds 5-8 kinds no earlier set had: a web archive's replay of a page, a page seen through a translation
proxy, a web proxy or a light transcoder, a page's print version, and a story's Markdown file in a git host.

    build(out_dir, n, seed=450, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running palayesh on these pages; invented hosts and names, stories from the corpus. Tables in
:mod:`site_families_ay_tables`; the build loop is :func:`family_frames.build_set`; the date and box helpers are AQ's,
AT's, AV's and AW's. One kind a family, three hosts a family that differ in the kind's variants
(:data:`site_families_ay_tables.VARIANT`):

1. ``apricot_drying``  spoken stories' transcripts: a podcast episode page (player, «شنیدن در» apps, the episode's
   recording day before its publishing day, a timestamp button over each paragraph of the transcript), a WebVTT
   subtitle file saved as text (``WEBVTT`` header, a ``NOTE`` with the programme and its airing day, numbered cues
   with ``-->`` timings, a cue's text wrapped) and a TV programme's transcript (speaker labels over turns, stage
   directions, the airing day and a later rerun's);
2. ``brick_kilns``  chat exports: a WhatsApp ``.txt`` export («[۱۴۰۵/۰۹/۱۶، ۰۹:۱۲:۳۳] name: …», the story one long
   forwarded message with its own dateline, «<This message was edited>», media omitted), a Telegram Desktop HTML
   export (service day separators, the clock with its full instant in ``title``, «Forwarded from» headers with the
   original post's instant, replies) and a DiscordChatExporter HTML log (a bot's embed holding the story, its
   footer the story's instant, the messages' own later timestamps, replies, «(edited)»);
3. ``camel_breeding``  mailing-list and forum archives: Mailman's pipermail page (``[list]`` subject, obfuscated
   address, the mail's date, previous/next messages, «Messages sorted by», the story in ``<PRE>`` with a greeting,
   a signature and the list's footer), an MHonArc page (Date/Thread Prev/Next, the header list, follow-ups) and a
   phpBB thread (the story the first post, posting times, «نقل قول» replies quoting it, signatures, profiles);
4. ``copper_mines``  document viewers: PDF.js's text layer (absolutely placed spans, a paragraph several spans,
   running headers and page numbers, the toolbar and the document properties' dates), Word's «Save as HTML» of a
   press release (a letterhead with «شماره / تاریخ / پیوست», runs split inside paragraphs, header and footer) and
   ``pdftotext -layout`` output (right-aligned lines, form feeds, a running header and page numbers, wrapped
   paragraphs);
5. ``salt_lakes``  archived copies: a Wayback-like replay (the toolbar's captures, first and last capture days, the
   capture instant in the URL, rewritten links), an archive.today-like snapshot (saved-from bar, the snapshot's
   UTC instant, the page's markup inlined to styled ``div``s without classes) and a search engine's cached copy
   (the cache's banner with its saving day);
6. ``silk_weaving``  wrapped pages: a translation proxy (the bar with its languages, the text cut into ``<font>``
   pieces), a web proxy (address form, options, an ad, rewritten links) and a light transcoder (a slimmed page,
   «نمایش صفحه اصلی», page count);
7. ``tile_workshops``  print versions: a browser's print saved as text (each printed page's header with the print
   instant and the tab's title, footer with the URL and «۱/۲»), a site's print page («تاریخ چاپ» beside the
   publishing day, «کد خبر», «نشانی خبر») and a print-and-PDF service's clean view (its toolbar, the page's URL);
8. ``rose_water``  a story's Markdown file in a git host: a Gitea file view (the repository's tabs, the path, the
   last commit with its age, the front matter as a table), the raw Markdown (YAML front matter with ``date`` and a
   later ``lastmod``, a setext headline) and a GitHub-like blob view (Preview/Code/Blame, «Latest commit», lines
   and size, the front matter as a one-row table).

Gold as AX's: the title the story's headline (not a podcast's, a programme's, a subject line's «Fwd:», a list's, a
document's running header, an archive's or a print header's tab title), the section the story's own rubric (a
category, a trail, a hashtag, a subforum, a front matter's category; none where the page shows none), a kicker
the gold ``surtitle``, the lead a standfirst or an episode's description shown apart, the agency the story's
credit (a forwarded-from header, an embed's author) or a «منبع: …» the page adds; ``published_iso`` the story's
day as the page shows it, ``published_time`` the instant with its offset when the page shows its time or holds it
in markup. Recording, rerun, chat, forward, mail, post, reply, document-property, capture, cache, print and commit
times are no story date. About 7% negatives, ~10% of the stories republished on a host of another family (gold
``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import random

from family_frames import DOMESTIC, build_set, jalali_day
from family_pages import pick, stable
from site_families_aj import Doc
from site_families_an import SHORT_EMONTHS
from site_families_ao import Flat
from site_families_aq import _ago, _ampm, _clock, _items, _jday, _jnum, _shown, _wd, _who
from site_families_at import _after, _body, _footer, _lead, _none, _site_head, _title
from site_families_av import _dateline, _today
from site_families_aw import _credit, _credit_text, _kicker, _line, _wrapped, canon
from site_families_aw_tables import KICKERS
from site_families_ay_tables import (
    CHAT,
    COMMITS,
    FAMILIES,
    GIT_BUTTONS,
    GIT_TABS,
    HOSTS,
    KIND,
    PDFJS,
    PROXY,
    REPLIES,
    SECTIONS,
    SHOWS,
    SPEAKERS,
    TRANSLATE,
    VARIANT,
)
from site_families_h import FIRST, LAST, TEHRAN, Host, dg
from site_families_p import AGENCIES
from site_families_r import credited_agency

__all__ = ["AGENCIES", "DOMESTIC", "FAMILIES", "HOSTS", "SECTIONS", "build", "canon", "credited_agency", "make_host"]

#: the variants whose pages show no section
UNSECTIONED = {"webvtt", "whatsapp", "discord", "mhonarc", "wordhtml", "printfriendly"}
#: the variants whose pages are flat text (a :class:`Flat`)
FLAT = {"webvtt", "whatsapp", "pdftotext", "printtxt", "rawmd"}
#: the agency habit of a variant that has one (the others draw theirs)
AGENCY = {"webvtt": "keep", "whatsapp": "credit", "tgexport": "keep", "discord": "credit", "pipermail": "credit",
          "phpbb": "credit", "wordhtml": "none", "wayback": "credit", "gtproxy": "keep", "printhtml": "credit",
          "rawmd": "credit", "githubblob": "none"}
#: the share of a kind's pages saved as HTML (the rest a copy of the page as text)
HTML_P = 0.8
#: the variants whose pages show a lead apart, and how often
LEAD_P = {"podcast": 0.6, "tvturns": 0.3, "tgexport": 0.2, "phpbb": 0.2, "pdfjs": 0.3, "wordhtml": 0.4,
          "wayback": 0.4, "archivetoday": 0.3, "cacheview": 0.3, "gtproxy": 0.3, "webproxy": 0.3, "printtxt": 0.3,
          "printhtml": 0.5, "gitea": 0.4, "rawmd": 0.4, "githubblob": 0.3}
#: how often a variant's headline carries a kicker
KICK_P = {"tvturns": 0.3, "wayback": 0.3, "webproxy": 0.3, "printhtml": 0.4}
#: how often a variant's page shows no day of the story
UNDATED_P = {"webvtt": 0.3, "pdfjs": 0.3, "pdftotext": 0.3, "weblight": 0.3, "printfriendly": 0.4}
UTC = dt.timezone.utc
e = html.escape


def make_host(seed: int, family: str, idx: int) -> Host:
    """A host of ``family``: its kind, variant and credit habit."""
    domain, name, tagline = HOSTS[family][idx]
    r = random.Random(f"families-ay-host:{seed}:{domain}")
    kind, variant = KIND[family], VARIANT[family][idx]
    s = {"kind": kind, "variant": variant, "html_p": 0.0 if variant in FLAT else HTML_P,
         "agency": AGENCY.get(variant) or pick(r, ["keep", "credit", "none"]),
         "lead_p": LEAD_P.get(variant, 0.0), "kick_p": KICK_P.get(variant, 0.0),
         "user": f"{pick(r, FIRST)} {pick(r, LAST)}", "style": stable(domain) % 4,
         "list": f"{pick(r, ['shotor', 'kavir', 'sarban', 'jammaz'])}-{pick(r, ['l', 'news', 'talk'])}",
         "origin": pick(r, [("www.khabar-kavir.ir", "خبر کویر"), ("www.nasim-jonub.com", "نسیم جنوب"),
                            ("www.rooznameh-sharq.ir", "روزنامه شرق‌نما")]),  # (the site a wrapped page came from)
         "subs": r.randint(3, 90)}
    return Host(family, domain, name, tagline, [], SECTIONS[family], s)


# ---------------------------------------------------------------------------------------------- small shapes


def _http(t: dt.datetime) -> str:
    """«Mon, 07 Dec 2026 08:12:55 GMT»."""
    u = t.astimezone(UTC)
    return f"{u:%a}, {u.day:02d} {SHORT_EMONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def _undated(h: Host, r: random.Random) -> bool:
    return r.random() < UNDATED_P.get(h.s["variant"], 0.0)


def _ts(secs: int, vtt: bool = False) -> str:
    """A cue's time: «00:01:02.120» (WebVTT) or a player's «۰۱:۰۲»."""
    if vtt:
        return f"{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}.{(secs * 37) % 1000:03d}"
    return dg(f"{secs // 60:02d}:{secs % 60:02d}", "fa")


def _durations(g: dict) -> list[int]:
    """The start second of each paragraph read aloud (the title first)."""
    out, t = [], 4
    for p in g["body_paragraphs"]:
        out.append(t)
        t += 3 + len(p.split()) * 2 // 5
    return out + [t]


def _snippet(p: str) -> str:
    """A few words of ``p`` as a reply quotes them."""
    return " ".join(p.split()[:7]) + " …"


def _original(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], trail: bool,
              dated: bool = True, styled: bool = False) -> None:
    """The wrapped or archived page as its own site drew it (``styled``: its classes inlined to styles)."""
    dom, site = h.s["origin"]

    def at(cls: str) -> str:
        return f' style="margin:{stable(cls) % 9}px 0;font-size:{12 + stable(cls) % 7}px"' if styled \
            else f' class="{cls}"'

    doc.chrome(f'<div{at("o-head")}><a href="https://{dom}/">{e(site)}</a></div>\n', site)
    menu = ["صفحه نخست", *h.sections[:3], "ویدیو", "تماس با ما"]
    doc.chrome(f"<div{at('o-menu')}>" + "".join(f"<div><a>{e(x)}</a></div>" for x in menu) + "</div>\n", *menu)
    if trail and g["section"]:
        t = f"خانه › {g['section']}"
        doc.chrome(f"<div{at('o-trail')}>{e(t)}</div>\n", t)
    if r.random() < h.s["kick_p"]:
        k = pick(r, KICKERS)
        g["surtitle"] = k
        doc.chrome(f"<div{at('o-kicker')}>{e(k)}</div>\n", k)
    doc.add(f"<h1{at('o-title')}>{e(g['title'])}</h1>\n", [("title", g["title"])])
    if dated:
        _line(doc, _dateline(g, loc, h.s["style"]), "o-date") if not styled else \
            doc.chrome(f"<div{at('o-date')}>{e(_dateline(g, loc, h.s['style']))}</div>\n", g["_shown"][0])
    if g["lead"]:
        doc.add(f"<p{at('o-lead')}>{e(g['lead'])}</p>\n", [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"<p{at('o-p')}>{e(p)}</p>\n", [("body", p)])
    c = _credit_text(g, h)
    if c:
        doc.chrome(f"<p{at('o-source')}>{e(c)}</p>\n", c)
    rel = others[:4]
    doc.chrome(f"<div{at('o-related')}><h3>اخبار مرتبط</h3>" + "".join(f"<div><a>{e(x)}</a></div>" for x in rel)
               + "</div>\n", "اخبار مرتبط", *rel)
    foot = f"© کلیه حقوق برای {site} محفوظ است"
    doc.chrome(f"<div{at('o-foot')}>{e(foot)}</div>\n", foot)


# ---------------------------------------------------------------------------------------------- 1. transcripts


def _podcast(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    _site_head(doc, h)
    show = pick(r, SHOWS)
    ep = dg(f"قسمت {20 + (loc.date() - dt.date(2016, 1, 1)).days // 7}", "fa")
    doc.chrome(f'<div class="episode-meta"><span>{e(show)}</span> · <span>{e(ep)}</span></div>\n',
               f"{show} · {ep}")
    if g["section"]:
        _line(doc, f"دسته: {g['section']}", "ep-cat")
    _title(doc, g, "h1", "episode-title")
    rec = loc - dt.timedelta(days=r.randint(1, 9), hours=r.randint(1, 8))
    pub = f"انتشار: {_dateline(g, loc, h.s['style'])}"
    _line(doc, pub, "ep-date")
    _line(doc, f"ضبط‌شده در {_jday(rec)}", "ep-rec")
    starts = _durations(g)
    player = ["پخش", f"{_ts(0)} / {_ts(starts[-1])}", "سرعت ۱x", "دانلود فایل صوتی"]
    doc.chrome('<div class="player">' + "".join(f"<button>{e(x)}</button>" for x in player) + "</div>\n", *player)
    apps = ["شنیدن در:", "کست‌باکس", "Apple Podcasts", "Spotify", "شنوتو"]
    doc.chrome('<div class="listen-on">' + " ".join(f"<a>{e(x)}</a>" for x in apps) + "</div>\n", " ".join(apps))
    if g["lead"]:
        doc.chrome("<h2>درباره این قسمت</h2>\n", "درباره این قسمت")
        _lead(doc, g, "ep-desc")
    doc.chrome("<h2>متن کامل این قسمت</h2>\n", "متن کامل این قسمت")
    note = "این متن به‌صورت خودکار از صدای برنامه استخراج و سپس ویرایش شده است."
    _line(doc, note, "auto-note")
    doc.add('<div class="transcript">\n')
    for p, t in zip(g["body_paragraphs"], starts):
        doc.chrome(f'<div class="seg"><button class="ts" data-t="{t}">{_ts(t)}</button>\n', _ts(t))
        doc.add(f"<p>{e(p)}</p></div>\n", [("body", p)])
    doc.add("</div>\n")
    _credit(doc, g, h)
    _items(doc, "قسمت‌های دیگر", others[:4], "episodes", "h3", lambda i: _ts(600 + 97 * i))
    _footer(doc, h, crawl)


def _webvtt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> Flat:
    f = Flat()
    f.add("WEBVTT")
    f.add("Kind: captions")
    f.add("Language: fa")
    f.blank()
    show = pick(r, SHOWS)
    f.add("NOTE")
    if not _undated(h, r):
        f.add(f"برنامه «{show}» — پخش: {_dateline(g, loc, h.s['style'])}")
    else:
        f.add(f"برنامه «{show}»")
    f.add(f"زیرنویس: {h.name} — {pick(r, SPEAKERS)}: {h.s['user']}")
    f.blank()
    starts = _durations(g)
    f.add("1")
    f.add(f"{_ts(0, True)} --> {_ts(starts[0], True)}")
    f.add(g["title"], "title")
    for i, (p, t) in enumerate(zip(g["body_paragraphs"], starts)):
        f.blank()
        f.add(dg(str(i + 2), "en"))
        f.add(f"{_ts(t, True)} --> {_ts(starts[i + 1] - 1, True)} align:right line:85%")
        f.add(p, "body", _wrapped(p, 64))
    c = _credit_text(g, h)
    if c:
        f.blank()
        f.add(str(len(starts) + 1))
        f.add(f"{_ts(starts[-1], True)} --> {_ts(starts[-1] + 3, True)}")
        f.add(c)
    return f


def _tvturns(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
             crawl: dt.datetime) -> None:
    _site_head(doc, h, _today(crawl))
    if g["section"]:
        trail = ["خانه", "متن برنامه‌ها", g["section"]]
        doc.chrome('<nav class="trail">' + " / ".join(f"<a>{e(x)}</a>" for x in trail) + "</nav>\n", " / ".join(trail))
    show = pick(r, SHOWS)
    _line(doc, f"برنامه «{show}» — شبکه {pick(r, ['یک', 'دو', 'خبر', 'استانی'])}", "prog")
    _kicker(doc, h, r, g, "prog-kicker")
    _title(doc, g, "h1", "prog-title")
    _line(doc, f"تاریخ پخش: {_dateline(g, loc, h.s['style'])}", "air")
    if r.random() < 0.6:
        _line(doc, f"تکرار: {_wd(_after(loc, r, (20, 80)))} {_jday(_after(loc, r, (20, 80)))}", "rerun")
    _lead(doc, g, "prog-summary")
    speakers = r.sample(SPEAKERS, 3)
    for i, p in enumerate(g["body_paragraphs"]):
        if i == 0 or r.random() < 0.5:
            _line(doc, f"{speakers[i % 3]}:", "speaker")
        if r.random() < 0.15:
            d = pick(r, ["[پخش گزارش]", "[موسیقی]", "[تماس تلفنی]"])
            _line(doc, d, "direction")
        doc.add(f'<p class="turn">{e(p)}</p>\n', [("body", p)])
    _credit(doc, g, h)
    _items(doc, "برنامه‌های اخیر", others[:4], "recent", "h3")
    _footer(doc, h, crawl)


# ---------------------------------------------------------------------------------------------- 2. chat exports


def _wa_time(t: dt.datetime) -> str:
    return f"[{_jnum(t)}، {dg(f'{t:%H:%M:%S}', 'fa')}]"


def _whatsapp(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> Flat:
    f = Flat()
    t = _after(loc, r, (3, 300)).astimezone(TEHRAN)
    people = [_who(r) for _ in range(4)]
    f.add(f"{_wa_time(t)} {h.name}: ‎Messages and calls are end-to-end encrypted.")
    for _ in range(r.randint(1, 4)):
        t += dt.timedelta(minutes=r.randint(1, 40))
        f.add(f"{_wa_time(t)} {pick(r, people)}: {pick(r, CHAT)}")
    t += dt.timedelta(minutes=r.randint(1, 40))
    poster = pick(r, people)
    f.add(f"{_wa_time(t)} {poster}: 🔴 {h.s['origin'][1]}")
    f.add(g["title"], "title")
    f.add(_dateline(g, loc, h.s["style"]))
    if g["lead"]:
        f.add(g["lead"], "lead")
    for p in g["body_paragraphs"]:
        f.blank()
        f.add(p, "body")
    c = _credit_text(g, h)
    if c:
        f.add(c)
    handle = h.s["origin"][0].split(".")[1].replace("-", "_")
    f.add("👈 عضو شوید:")
    f.add(f"https://t.me/{handle}")
    f.add(f"🆔 @{handle}" + (" ‎<This message was edited>" if r.random() < 0.2 else ""))
    for _ in range(r.randint(2, 6)):
        t += dt.timedelta(minutes=r.randint(1, 90))
        f.add(f"{_wa_time(t)} {pick(r, people)}: {pick(r, CHAT + REPLIES)}")
    return f


def _tg_title(t: dt.datetime) -> str:
    return f"{t:%d.%m.%Y %H:%M:%S} UTC{t.strftime('%z')[:3]}:{t.strftime('%z')[3:]}"


def _tgexport(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    doc.chrome(f'<div class="page_header"><div class="content"><div class="text bold">{e(h.name)}</div></div>'
               "</div>\n", h.name)
    doc.add('<div class="page_body chat_page"><div class="history">\n')
    doc.chrome('<a class="pagination block_link" href="messages.html">Previous messages</a>\n', "Previous messages")
    fwd = g["agency"] is not None
    own = _after(loc, r, (1, 60)) if fwd else loc
    before = own - dt.timedelta(hours=r.randint(1, 30))
    mid = 1000 + stable(g["title"]) % 90000

    def service(t: dt.datetime) -> None:
        day = f"{t.day} {t:%B %Y}"
        doc.chrome(f'<div class="message service"><div class="body details">{day}</div></div>\n', day)

    def post(t: dt.datetime, text: str, n: int, reply: bool = False) -> None:
        rep = f'<div class="reply_to details">In reply to <a href="#go_to_message{mid}">this message</a></div>' \
            if reply else ""
        doc.chrome(f'<div class="message default clearfix" id="message{n}"><div class="body"><div class="pull_right '
                   f'date details" title="{_tg_title(t)}">{t:%H:%M}</div><div class="from_name">{e(h.name)}</div>'
                   f'{rep}<div class="text">{e(text)}</div></div></div>\n', f"{t:%H:%M}", h.name,
                   *(["In reply to this message"] if reply else []), text)

    service(before)
    post(before, pick(r, CHAT[:2] + REPLIES), mid - 1)
    if own.date() != before.date():
        service(own)
    doc.add(f'<div class="message default clearfix" id="message{mid}"><div class="body">'
            f'<div class="pull_right date details" title="{_tg_title(own)}">{own:%H:%M}</div>\n')
    doc.chrome(f'<div class="from_name">{e(h.name)}</div>\n', f"{own:%H:%M}", h.name)
    if fwd:
        name = AGENCIES[g["agency"]][0]
        o = f"{loc:%d.%m.%Y %H:%M:%S}"
        doc.chrome(f'<div class="forwarded body"><div class="from_name">{e(name)}<span class="date details" '
                   f'title="{o}"> {o}</span></div>\n', f"{name} {o}")
        _shown(g, o, loc, True)
    else:
        _shown(g, f"{loc:%H:%M}", loc, True)
    doc.add(f'<div class="text">{e(g["title"])}<br>\n', [("title", g["title"])])
    if g["lead"]:
        doc.add(f"<br>{e(g['lead'])}<br>\n", [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"<br>{e(p)}<br>\n", [("body", p)])
    if g["section"]:
        tag = f"#{g['section']}"
        doc.chrome(f'<br><a href="" onclick="return ShowHashtag(&quot;{e(g["section"])}&quot;)">{e(tag)}</a>\n', tag)
    doc.add("</div>" + ("</div>" if fwd else "") + "</div></div>\n")
    later = own + dt.timedelta(minutes=r.randint(3, 200))
    post(later, pick(r, REPLIES), mid + 1, reply=True)
    doc.chrome('<a class="pagination block_link" href="messages3.html">Next messages</a>\n', "Next messages")
    doc.add("</div></div>\n")


def _discord_time(t: dt.datetime) -> str:
    return f"{t:%m/%d/%Y} {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def _discord(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    channel = f"اخبار / #{['news-feed', 'akhbar', 'khabar-rooz'][stable(h.domain) % 3]}"
    doc.chrome('<div class="preamble"><div class="preamble__entries-container">'
               f'<div class="preamble__entry">{e(h.name)}</div><div class="preamble__entry">{e(channel)}</div>'
               "</div></div>\n", h.name, channel)
    doc.add('<div class="chatlog">\n')
    posted = _after(loc, r, (1, 30))
    bot = "خبرنامه‌بات"

    def header(who: str, t: dt.datetime, is_bot: bool = False) -> None:
        label = '<span class="chatlog__bot-label">BOT</span> ' if is_bot else ""
        line = f"{who}{' BOT' if is_bot else ''} {_discord_time(t)}"
        doc.chrome(f'<div class="chatlog__header"><span class="chatlog__author" title="{e(who)}">{e(who)}</span> '
                   f'{label}<span class="chatlog__timestamp"><a>{_discord_time(t)}</a></span></div>\n', line)

    first = posted - dt.timedelta(minutes=r.randint(5, 300))
    doc.add('<div class="chatlog__message-group">\n')
    header(_who(r), first)
    msg = pick(r, CHAT[:8])
    doc.chrome(f'<div class="chatlog__content chatlog__markdown">{e(msg)}</div></div>\n', msg)
    doc.add('<div class="chatlog__message-group">\n')
    header(bot, posted, True)
    author = AGENCIES[g["agency"]][0] if g["agency"] else h.s["origin"][1]
    doc.chrome(f'<div class="chatlog__embed"><div class="chatlog__embed-author-container"><span class="chatlog__embed-'
               f'author">{e(author)}</span></div>\n', author)
    doc.add(f'<div class="chatlog__embed-title"><div class="chatlog__markdown chatlog__markdown-preserve">'
            f"{e(g['title'])}</div></div>\n", [("title", g["title"])])
    doc.add('<div class="chatlog__embed-description"><div class="chatlog__markdown chatlog__markdown-preserve">'
            + "<br><br>".join(e(p) for p in g["body_paragraphs"]) + "</div></div>\n",
            [("body", p) for p in g["body_paragraphs"]])
    foot = f"{author} • {_discord_time(loc)}"
    _shown(g, foot, loc, True)
    doc.chrome(f'<div class="chatlog__embed-footer"><span class="chatlog__embed-footer-text">{e(foot)}</span></div>'
               "</div></div>\n", foot)
    later = posted
    for _ in range(r.randint(1, 3)):
        later += dt.timedelta(minutes=r.randint(2, 300))
        doc.add('<div class="chatlog__message-group">\n')
        doc.chrome(f'<div class="chatlog__reply">↪ {e(bot)}</div>\n', f"↪ {bot}")
        header(_who(r), later)
        text = pick(r, REPLIES)
        ed = " (edited)" if r.random() < 0.3 else ""
        doc.chrome(f'<div class="chatlog__content chatlog__markdown">{e(text)}<span class="chatlog__edited-timestamp">'
                   f"{ed}</span></div></div>\n", text + ed)
    doc.add("</div>\n")
    n = dg(str(r.randint(40, 900)), "en")
    doc.chrome(f'<div class="postamble"><div class="postamble__entry">Exported {n} message(s)</div>'
               '<div class="postamble__entry">Timezone: UTC+03:30</div></div>\n', f"Exported {n} message(s)",
               "Timezone: UTC+03:30")


# ---------------------------------------------------------------------------------------------- 3. archives


def _mail_date(t: dt.datetime) -> str:
    u = t.astimezone(TEHRAN)
    zone = "IRST" if u.utcoffset() == dt.timedelta(hours=3, minutes=30) else "IRDT"
    return f"{u:%a} {SHORT_EMONTHS[u.month - 1]} {u.day:2d} {u:%H:%M:%S} {zone} {u.year}"


def _mail_body(h: Host, r: random.Random, g: dict, loc: dt.datetime, sender: str) -> tuple[str, list]:
    """A forwarded story's mail text (a line a paragraph) and its lines' roles."""
    lines: list[tuple[str, str]] = [("c", "سلام به همه دوستان،"), ("c", "این خبر را برای اطلاع اعضا می‌فرستم:"),
                                    ("", ""), ("title", g["title"]), ("c", _dateline(g, loc, h.s["style"]))]
    if g["section"]:
        lines.append(("c", f"گروه خبری: {g['section']}"))
    if g["lead"]:
        lines += [("", ""), ("lead", g["lead"])]
    for p in g["body_paragraphs"]:
        lines += [("", ""), ("body", p)]
    c = _credit_text(g, h)
    if c:
        lines += [("", ""), ("c", c)]
    lines += [("", ""), ("c", "-- "), ("c", sender), ("c", f"کارشناس {pick(r, ['دامپزشکی', 'مرتع', 'اقتصاد دام'])}")]
    text = "\n".join(e(t) for _, t in lines)
    return text, [(ro, t) for ro, t in lines if ro]


def _pipermail(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    lst = h.s["list"]
    sent = _after(loc, r, (2, 400))
    sender = _who(r)
    addr = f"{pick(r, ['kavir', 'sarban', 'dam'])}{stable(sender) % 999} at gmail.com"
    subj = f"[{lst}] Fwd: {g['title']}"
    doc.chrome(f"<H1>{e(subj)}</H1>\n", subj)
    doc.chrome(f'<B>{e(sender)}</B>\n<A HREF="mailto:{lst}%40{h.domain}">{e(addr)}</A><BR>\n'
               f"<I>{_mail_date(sent)}</I>\n", sender, addr, _mail_date(sent))
    nav = [f"Previous message: [{lst}] {others[0]}", f"Next message: [{lst}] {others[1]}",
           "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]"]
    doc.chrome("<P><UL>" + "".join(f"<LI>{e(x)}</LI>" for x in nav) + "</UL>\n<HR>\n", *nav)
    text, roles = _mail_body(h, r, g, loc, sender)
    foot = ["_______________________________________________", f"{lst} mailing list", f"{lst}@{h.domain}",
            f"https://{h.domain}/mailman/listinfo/{lst}"]
    doc.add("<!--beginarticle-->\n<PRE>" + text + "\n" + "\n".join(foot) + "\n</PRE>\n<!--endarticle-->\n<HR>\n",
            roles + [("c", x) for x in foot])
    doc.chrome("<P><UL>" + "".join(f"<LI>{e(x)}</LI>" for x in nav) + "</UL>\n", *nav)
    more = f"More information about the {lst} mailing list"
    doc.chrome(f'<hr>\n<a href="https://{h.domain}/mailman/listinfo/{lst}">{e(more)}</a><br>\n', more)


def _mhonarc(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    sent = _after(loc, r, (2, 400)).astimezone(TEHRAN)
    sender = _who(r)
    n = 100 + stable(g["title"]) % 900
    date = f"{sent:%a}, {sent.day} {SHORT_EMONTHS[sent.month - 1]} {sent.year} {sent:%H:%M:%S} {sent:%z}"
    subj = f"Fwd: {g['title']}"
    doc.add(f"<!--X-Subject: {e(subj)} -->\n<!--X-Date: {date} -->\n<!--X-Head-End-->\n")
    top = "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]"
    doc.chrome("<!--X-TopPNI-->\n<hr>\n" + "".join(f'[<a href="msg{n - 1:05d}.html">{x}</a>]' for x in
                                                   ("Date Prev", "Date Next", "Thread Prev", "Thread Next",
                                                    "Date Index", "Thread Index")) + "\n<!--X-TopPNI-End-->\n", top)
    doc.chrome(f"<h1>{e(subj)}</h1>\n<hr>\n", subj)
    head = [f"From: {sender} <{stable(sender) % 9999}@{h.domain.split('.', 1)[1]}>", f"Date: {date}",
            f"Subject: {subj}"]
    doc.chrome("<ul>\n" + "".join(f"<li><em>{e(x.split(': ', 1)[0])}</em>: {e(x.split(': ', 1)[1])}</li>\n"
                                  for x in head) + "</ul>\n<hr>\n", *head)
    text, roles = _mail_body(h, r, g, loc, sender)
    doc.add(f"<!--X-Body-of-Message-->\n<pre>{text}</pre>\n<!--X-Body-of-Message-End-->\n", roles)
    fu = [f"Re: {subj}", f"From: {_who(r)}"]
    doc.chrome("<hr>\n<ul><li><strong>Follow-Ups</strong>:\n<ul><li><strong><a>" + e(fu[0]) + "</a></strong>"
               f"<ul><li><em>From:</em> {e(fu[1][6:])}</li></ul></li></ul></li></ul>\n", "Follow-Ups:", *fu)
    bot = [f"Prev by Date: {others[2]}", f"Next by Date: {others[3]}", "Index(es):", "Date", "Thread"]
    doc.chrome("<ul>" + "".join(f"<li>{e(x)}</li>" for x in bot) + "</ul>\n", *bot)


def _phpbb(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
           crawl: dt.datetime) -> None:
    doc.chrome(f'<div class="headerbar"><h1><a>{e(h.name)}</a></h1><p>{e(h.tagline)}</p></div>\n', h.name,
               h.tagline)
    crumbs = ["صفحهٔ اصلی انجمن", *([g["section"]] if g["section"] else [])]
    doc.chrome('<div class="navbar"><ul><li class="breadcrumbs">' + " ‹ ".join(
        f'<span class="crumb"><a>{e(x)}</a></span>' for x in crumbs) + "</li><li>جستجو</li><li>ثبت‌نام</li>"
               "<li>ورود</li></ul></div>\n", " ‹ ".join(crumbs), "جستجو", "ثبت‌نام", "ورود")
    _title(doc, g, "h2", "topic-title")
    k = r.randint(2, 5)
    pages = dg(f"{k + 1} پست • صفحه ۱ از ۱", "fa")
    doc.chrome(f'<div class="action-bar"><a class="button">پاسخ</a><div class="pagination">{e(pages)}</div></div>\n',
               "پاسخ", pages)
    posted = _after(loc, r, (1, 200))
    poster = h.s["user"]

    def author(who: str, t: dt.datetime) -> str:
        return f"توسط {who} » {_wd(t)} {_jday(t)} {_ampm(t)}"

    doc.add('<div class="post bg2"><div class="inner"><div class="postbody">\n')
    doc.chrome(f'<p class="author">{e(author(poster, posted))}</p>\n', author(poster, posted))
    doc.add('<div class="content">\n')
    _line(doc, _dateline(g, loc, h.s["style"]), "post-date")
    if g["lead"]:
        doc.add(f"<br><b>{e(g['lead'])}</b><br>\n", [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"<br>{e(p)}<br>\n", [("body", p)])
    c = _credit_text(g, h)
    if c:
        doc.chrome(f"<br>{e(c)}<br>\n", c)
    sig = f"{poster} — دامدار از {pick(r, ['یزد', 'طبس', 'سمنان', 'بیرجند'])}"
    doc.chrome(f'</div><div class="signature">{e(sig)}</div></div>\n', sig)
    joined = dg(f"تاریخ عضویت: {_jnum(loc - dt.timedelta(days=r.randint(100, 2000)))}", "fa")
    doc.chrome(f'<dl class="postprofile"><dt>{e(poster)}</dt><dd>{e(joined)}</dd></dl></div></div>\n', poster, joined)
    t = posted
    for _ in range(k):
        t = t + dt.timedelta(hours=r.randint(1, 40))
        who = _who(r)
        re_ = f"پاسخ: {g['title']}"
        doc.chrome(f'<div class="post bg1"><div class="inner"><div class="postbody"><h3><a>{e(re_)}</a></h3>\n'
                   f'<p class="author">{e(author(who, t))}</p>\n', re_, author(who, t))
        doc.add('<div class="content">\n')
        if r.random() < 0.6:
            cite, q = f"{poster} نوشته است:", _snippet(pick(r, g["body_paragraphs"]))
            doc.chrome(f"<blockquote><div><cite>{e(cite)}</cite>{e(q)}</div></blockquote>\n", cite)
            doc.add("", [("c", q)])
        reply = pick(r, REPLIES)
        doc.chrome(f"{e(reply)}</div></div></div></div>\n", reply)
    _items(doc, "موضوعات مشابه", others[:3], "similar", "h3")
    foot = f"قدرت گرفته از phpBB® Forum Software © phpBB Limited — {h.name}"
    doc.chrome(f"<footer><p>{e(foot)}</p></footer>\n", foot)


# ---------------------------------------------------------------------------------------------- 4. documents


def _runs(p: str, r: random.Random, k: int) -> list[str]:
    """``p`` cut at spaces into about ``k`` runs, each but the last ending with its space."""
    words = p.split(" ")
    size = max(3, len(words) // max(1, k))
    parts = [" ".join(words[i:i + size]) for i in range(0, len(words), size)]
    return [x + " " for x in parts[:-1]] + parts[-1:]


def _pdfjs(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
           crawl: dt.datetime) -> None:
    name = f"khabarname-{key}.pdf"
    paras = g["body_paragraphs"]
    pages = [paras[i:i + 4] for i in range(0, len(paras), 4)] or [[]]
    tools = [*PDFJS[:4], dg(f"از {len(pages)}", "fa"), *PDFJS[4:]]
    doc.chrome('<div id="toolbarContainer">' + "".join(f"<button>{e(x)}</button>" for x in tools) + "</div>\n",
               *tools)
    props = [f"نام پرونده: {name}", f"تاریخ ایجاد: {_after(loc, r, (1, 48)):%m/%d/%y, %I:%M:%S %p}",
             f"تاریخ تغییر: {_after(loc, r, (50, 900)):%m/%d/%y, %I:%M:%S %p}", "تولیدکننده PDF: Microsoft Word"]
    doc.chrome('<div id="documentPropertiesDialog" class="dialog hidden">' + "".join(f"<div>{e(x)}</div>"
                                                                                        for x in props) + "</div>\n",
               *props)
    issue = dg(f"{h.name} | خبرنامه داخلی شماره {10 + stable(key) % 80}", "fa")
    y = [5.0]

    def span(text: str, size: float) -> str:
        y[0] += size / 9
        return (f'<span role="presentation" dir="rtl" style="left: {8 + stable(text) % 9}.{stable(text) % 97:02d}%; '
                f'top: {y[0]:.2f}%; font-size: calc(var(--scale-factor)*{size:.2f}px); font-family: sans-serif; '
                f'transform: scaleX({0.9 + stable(text) % 10 / 100:.2f});">{e(text)}</span>')

    dated = not _undated(h, r)
    for n, chunk in enumerate(pages, 1):
        y[0] = 3.0
        doc.add(f'<div class="page" data-page-number="{n}" data-loaded="true"><div class="canvasWrapper"><canvas>'
                '</canvas></div><div class="textLayer">\n')
        doc.chrome(span(issue, 8) + '<br role="presentation">\n', issue)
        if n == 1:
            if g["section"]:
                doc.chrome(span(f"بخش {g['section']}", 9) + '<br role="presentation">\n', f"بخش {g['section']}")
            doc.add(span(g["title"], 16) + '<br role="presentation">\n', [("title", g["title"])])
            if dated:
                d = _dateline(g, loc, h.s["style"])
                doc.chrome(span(d, 9) + '<br role="presentation">\n', d)
            if g["lead"]:
                doc.add("".join(span(x, 11) for x in _runs(g["lead"], r, 3)) + '<br role="presentation">\n',
                        [("lead", g["lead"])])
        for p in chunk:
            doc.add("".join(span(x, 10) for x in _runs(p, r, 2 + len(p) // 90)) + '<br role="presentation">\n',
                    [("body", p)])
        if n == len(pages):
            c = _credit_text(g, h)
            if c:
                doc.chrome(span(c, 9) + '<br role="presentation">\n', c)
        num = dg(f"- {n} -", "fa")
        doc.chrome(span(num, 8) + "</div></div>\n", num)


def _word_head(h: Host, g: dict, loc: dt.datetime, r: random.Random) -> str:
    made, saved = loc - dt.timedelta(hours=r.randint(2, 30)), _after(loc, r, (2, 300))  # (the draft's, a save's)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv=Content-Type content="text/html; '
            'charset=utf-8">\n<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
            f"<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>{e(h.s['user'])}</o:Author>"
            f"<o:Created>{made.astimezone(UTC):%Y-%m-%dT%H:%M:00Z}</o:Created><o:LastSaved>"
            f"{saved.astimezone(UTC):%Y-%m-%dT%H:%M:00Z}</o:LastSaved><o:Pages>2</o:Pages></o:DocumentProperties>"
            "</xml><![endif]-->\n<style>@font-face{font-family:\"B Nazanin\";}p.MsoNormal{margin:0cm;text-align:"
            "justify;font-size:12.0pt;font-family:\"B Nazanin\";}div.WordSection1{page:WordSection1;}</style>\n"
            f"<title>{e(g.get('title') or h.name)}</title>\n</head>\n")


def _wordhtml(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> None:
    def para(text: str, cls: str = "MsoNormal", bold: bool = False) -> str:
        runs = _runs(text, r, r.randint(1, 3))
        inner = "".join(f"<span lang=FA style='font-family:\"B Nazanin\"'>{e(x)}</span>" for x in runs)
        return f"<p class={cls} dir=RTL>" + (f"<b>{inner}</b>" if bold else inner) + "</p>\n"

    g["_loc"] = loc  # (the document properties in the head)
    doc.add("<div class=WordSection1 dir=rtl>\n")
    head = f"روابط عمومی {h.name}"
    doc.chrome(para(head, "MsoHeader"), head)
    doc.chrome(para("بسمه تعالی", "MsoNormal", True), "بسمه تعالی")
    number = dg(f"شماره: {stable(key) % 9000 + 1000}/ر ع", "fa")
    date = f"تاریخ: {_jnum(loc)}"
    _shown(g, date, loc, False)
    for x in (number, date, "پیوست: ندارد"):
        doc.chrome(para(x), x)
    doc.add("<p class=MsoNormal dir=RTL><o:p>&nbsp;</o:p></p>\n")
    doc.add(para(g["title"], "MsoTitle", True), [("title", g["title"])])
    if g["lead"]:
        doc.add(para(g["lead"], "MsoNormal", True), [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(para(p), [("body", p)])
    c = _credit_text(g, h)
    if c:
        doc.chrome(para(c), c)
    sign = "روابط عمومی و امور بین‌الملل"
    doc.chrome(para(sign, "MsoNormal", True), sign)
    foot = dg(f"نشانی: کرمان، بلوار جمهوری، پلاک {stable(key) % 300 + 1} — تلفن ۰۳۴۳۲۱۱۰۰۰۰", "fa")
    doc.chrome("<div style='mso-element:footer'>" + para(foot, "MsoFooter") + "</div>\n", foot)
    doc.add("</div>\n")


def _pdftotext(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str) -> Flat:
    f = Flat()
    width = 88
    issue = dg(f"{h.name} — خبرنامه داخلی شماره {10 + stable(key) % 80}", "fa")

    def right(x: str) -> str:
        return " " * max(0, width - len(x)) + x

    paras = g["body_paragraphs"]
    pages = [paras[i:i + 3] for i in range(0, len(paras), 3)] or [[]]
    for n, chunk in enumerate(pages, 1):
        f.add(issue, "c", [("\f" if n > 1 else "") + right(issue)])
        f.blank()
        if n == 1:
            if g["section"]:
                f.add(f"بخش {g['section']}", "c", [right(f"بخش {g['section']}")])
            f.add(g["title"], "title", [right(g["title"])])
            if not _undated(h, r):
                d = _dateline(g, loc, h.s["style"])
                f.add(d, "c", [right(d)])
            f.blank()
            if g["lead"]:
                f.add(g["lead"], "lead", [right(x) for x in _wrapped(g["lead"], 80)])
                f.blank()
        for p in chunk:
            f.add(p, "body", [right(x) for x in _wrapped(p, 80)])
            f.blank()
        if n == len(pages):
            c = _credit_text(g, h)
            if c:
                f.add(c, "c", [right(c)])
        f.blank()
        site = f"{h.domain} — {h.tagline}"
        f.add(site, "c", [right(site)])
        num = dg(str(n), "fa")
        f.add(num, "c", [" " * (width // 2) + num])
    return f


# ---------------------------------------------------------------------------------------------- 5. archives


def _wayback(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], url: str,
             crawl: dt.datetime) -> None:
    cap = crawl.astimezone(UTC)
    first = _after(loc, r, (1, 40)).astimezone(UTC)
    orig = url.split("/", 5)[-1]
    n = dg(str(r.randint(2, 400)), "en")
    bar = [f"{n} captures", f"{first.day:02d} {first:%b %Y} - {cap.day:02d} {cap:%b %Y}", f"{cap:%b}".upper(),
           f"{cap.day:02d}", f"{cap.year}", "About this capture"]
    stamp = f"{cap:%Y%m%d%H%M%S}"
    link = f"/web/{stamp}/{e(orig)}"
    doc.add(f'<script>__wm.wombat("{e(orig)}","{stamp}","https://{h.domain}/","web","/_static/");</script>\n')
    doc.chrome('<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id="wm-ipp-base"><div id="wm-ipp"><table><tr>'
               '<td class="logo"><a>INTERNET ARCHIVE</a></td><td><form><input name="url" value="'
               f'{e(orig)}"><button>Go</button></form>'
               + "".join(f'<div><a href="{link}">{e(x)}</a></div>' for x in bar)
               + "</td></tr></table></div></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n", "INTERNET ARCHIVE", "Go",
               *bar)
    col = ["COLLECTED BY", "Collection: Iranian news sites", "TIMESTAMPS"]
    doc.chrome('<div id="wm-capinfo" style="display:none">' + "".join(f"<div>{e(x)}</div>" for x in col)
               + "</div>\n", *col)
    _original(doc, h, r, g, loc, others, True)


def _archivetoday(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], url: str,
                  crawl: dt.datetime) -> None:
    cap = crawl.astimezone(UTC)
    orig = f"https://{h.s['origin'][0]}/news/{stable(g['title']) % 10**6}"
    when = f"{cap.day} {cap:%b %Y} {cap:%H:%M:%S} UTC"
    rows = ["archive.today", "webpage capture", f"Saved from {orig}", "search", "history", "← prior", "next →",
            when, f"All snapshots from host {h.s['origin'][0]}", "Webpage", "Screenshot", "share", "download .zip",
            "report bug or abuse"]
    doc.chrome('<div id="HEADER"><table><tr>' + "".join(f"<td>{e(x)}</td>" for x in rows) + "</tr></table></div>\n",
               *rows)
    doc.add('<div id="CONTENT"><div style="text-align:right;direction:rtl">\n')
    _original(doc, h, r, g, loc, others, True, styled=True)
    doc.add("</div></div>\n")


def _cacheview(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str],
               crawl: dt.datetime) -> None:
    orig = f"https://{h.s['origin'][0]}/fa/news/{stable(g['title']) % 10**6}"
    now = crawl.astimezone(TEHRAN)
    banner = [f"این نسخه ذخیره‌شده {h.name} از {orig} است.",
              f"این تصویر صفحه در تاریخ {_jday(now)} ساعت {dg(f'{now:%H:%M:%S}', 'fa')} ذخیره شده است.",
              "ممکن است صفحه اصلی در این فاصله تغییر کرده باشد.", "نسخه کامل", "نسخه فقط متنی", "مشاهده منبع",
              "نکته: برای یافتن سریع عبارت جستجو Ctrl+F را بزنید."]
    doc.chrome('<div id="cache-banner" style="background:#fff;border:1px solid #999">' + "".join(
        f"<div>{e(x)}</div>" for x in banner) + "</div>\n<hr>\n", *banner)
    _original(doc, h, r, g, loc, others, True)


# ---------------------------------------------------------------------------------------------- 6. wrappers


def _fonts(text: str) -> str:
    """``text`` as a translation proxy's DOM holds it: each sentence inside two ``<font>``s."""
    parts = text.replace(". ", ".\x00").split("\x00")
    return "".join(f'<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">{e(x)}'
                   f"{' ' if i < len(parts) - 1 else ''}</font></font>" for i, x in enumerate(parts))


def _gtproxy(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    bar = [h.name, *TRANSLATE]
    doc.chrome('<div id="gt-nvframe" style="height:60px">' + "".join(f"<button>{e(x)}</button>" for x in bar)
               + "</div>\n", *bar)
    dom, site = h.s["origin"]
    doc.chrome(f'<div class="o-head"><a href="https://{dom.replace(".", "-")}.{h.domain}/">{_fonts(site)}</a></div>\n',
               site)
    if g["section"]:
        t = f"خانه › {g['section']}"
        doc.chrome(f'<div class="o-trail">{_fonts(t)}</div>\n', t)
    doc.add(f'<h1 class="o-title">{_fonts(g["title"])}</h1>\n', [("title", g["title"])])
    d = _dateline(g, loc, h.s["style"])
    doc.chrome(f'<div class="o-date">{_fonts(d)}</div>\n', d)
    if g["lead"]:
        doc.add(f'<p class="o-lead">{_fonts(g["lead"])}</p>\n', [("lead", g["lead"])])
    for p in g["body_paragraphs"]:
        doc.add(f"<p>{_fonts(p)}</p>\n", [("body", p)])
    c = _credit_text(g, h)
    if c:
        doc.chrome(f'<p class="o-source">{_fonts(c)}</p>\n', c)
    _items(doc, "اخبار مرتبط", others[:3], "o-related", "h3")
    note = f"ترجمه ماشینی با {h.name} — این ترجمه ممکن است دقیق نباشد."
    _line(doc, note, "tr-note")


def _webproxy(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    doc.chrome('<div id="include"><form>' + "".join(f"<label>{e(x)}</label>" for x in PROXY) + "</form>\n", *PROXY)
    ad = f"تبلیغ: {pick(r, ['فیلترشکن پرسرعت با یک کلیک', 'سرور مجازی ارزان با آی‌پی ثابت', 'خرید اشتراک ویژه'])}"
    doc.chrome(f'<div class="ad">{e(ad)}</div></div>\n', ad)
    enc = base64.b64encode(h.s["origin"][0].encode()).decode()
    doc.add(f'<div id="proxied" data-u="/browse.php?u={enc}&amp;b=4">\n')
    _original(doc, h, r, g, loc, others, True)
    doc.add("</div>\n")


def _weblight(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    top = [h.name, "این صفحه برای اتصال کند سبک شده است", "نمایش صفحه اصلی"]
    doc.chrome('<div class="wl-top">' + "".join(f"<div>{e(x)}</div>" for x in top) + "</div>\n", *top)
    site = h.s["origin"][1]
    _line(doc, site, "wl-site")
    if g["section"]:
        _line(doc, g["section"], "wl-cat")
    _title(doc, g, "h1", "wl-title")
    if not _undated(h, r):
        _line(doc, _dateline(g, loc, h.s["style"]), "wl-date")
    _lead(doc, g, "wl-lead")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    pages = dg("صفحه ۱ از ۱", "fa")
    _line(doc, pages, "wl-pages")
    _items(doc, "بیشتر از این سایت", others[:3], "wl-more", "h3")
    foot = f"{h.name} · نسخه اصلی در {h.s['origin'][0]}"
    _line(doc, foot, "wl-foot")


# ---------------------------------------------------------------------------------------------- 7. print versions


def _printtxt(h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], url: str,
              crawl: dt.datetime) -> Flat:
    f = Flat()
    now = crawl.astimezone(TEHRAN)
    site = h.s["origin"][1]
    tab = f"{g['title'][:40].rstrip()}... - {site}" if len(g["title"]) > 44 else f"{g['title']} - {site}"
    jd = jalali_day(now)
    stamp = dg(f"{jd.year}/{jd.month}/{jd.day}، {now.hour}:{now:%M}", "fa")  # (the print's instant, no story date)
    paras = g["body_paragraphs"]
    k = 4 if len(paras) > 5 else len(paras)
    pages = [paras[:k], paras[k:]] if paras[k:] else [paras]
    for n, chunk in enumerate(pages, 1):
        f.add(f"{stamp}    {tab}")
        f.blank()
        if n == 1:
            f.add(site)
            f.add(" | ".join(["صفحه نخست", *h.sections[:3], "ویدیو", "تماس با ما"]))
            if g["section"]:
                f.add(f"خانه › {g['section']}")
            f.add(g["title"], "title")
            f.add(_dateline(g, loc, h.s["style"]))
            if g["lead"]:
                f.add(g["lead"], "lead")
        for p in chunk:
            f.add(p, "body")
        if n == len(pages):
            c = _credit_text(g, h)
            if c:
                f.add(c)
            f.add("اخبار مرتبط")
            for t in others[:3]:
                f.add(t)
            f.add(f"© کلیه حقوق برای {site} محفوظ است")
        f.blank()
        f.add(f"{url}    {dg(f'{n}/{len(pages)}', 'fa')}")
    return f


def _printhtml(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str], key: str,
               url: str, crawl: dt.datetime) -> None:
    doc.chrome('<div class="print-top"><button onclick="window.print()">چاپ</button><button>بستن</button></div>\n',
               "چاپ", "بستن")
    doc.chrome(f'<div class="print-logo"><img src="/logo-print.png" alt=""> {e(h.name)}</div>\n', h.name)
    meta = [f"کد خبر: {dg(key, 'fa')}"]
    if g["section"]:
        meta.append(f"سرویس: {g['section']}")
    meta.append(f"تاریخ انتشار: {_dateline(g, loc, h.s['style'])}")
    doc.chrome('<div class="news-meta">' + "".join(f"<div>{e(x)}</div>" for x in meta) + "</div>\n", *meta)
    _kicker(doc, h, r, g, "rotitr")
    _title(doc, g, "h1", "print-title")
    _lead(doc, g, "print-lead")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    now = crawl.astimezone(TEHRAN)
    tail = [f"نشانی خبر: {url.replace('/print/', '/news/')}", f"تاریخ چاپ: {_jnum(now)} {_clock(now)}"]
    doc.chrome('<div class="print-foot">' + "".join(f"<div>{e(x)}</div>" for x in tail) + "</div>\n", *tail)


def _printfriendly(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, others: list[str]) -> None:
    bar = ["چاپ", "PDF", "ایمیل", "اندازه متن ۱۰۰٪", "حذف تصاویر", "برای حذف هر بخش روی آن کلیک کنید"]
    doc.chrome('<div id="pf-toolbar">' + "".join(f"<button>{e(x)}</button>" for x in bar) + "</div>\n", *bar)
    doc.add('<div id="pf-content">\n')
    src = f"{h.s['origin'][1]} — {h.s['origin'][0]}"
    _line(doc, src, "pf-src")
    _title(doc, g, "h1", "pf-title")
    if not _undated(h, r):
        _line(doc, _dateline(g, loc, h.s["style"]), "pf-date")
    _body(doc, g["body_paragraphs"])
    _credit(doc, g, h)
    doc.add("</div>\n")
    made = f"تهیه‌شده با {h.name} · {h.tagline}"
    _line(doc, made, "pf-foot")


# ---------------------------------------------------------------------------------------------- 8. git views


def _front(h: Host, g: dict, loc: dt.datetime, r: random.Random, timed: bool) -> list[tuple[str, str]]:
    """A story's front matter (key, value): its date the story's instant (or day)."""
    date = loc.isoformat() if timed else loc.date().isoformat()
    _shown(g, date, loc, timed)
    rows = [("title", g["title"]), ("date", date)]
    if r.random() < 0.5:
        rows.append(("lastmod", _after(loc, r, (3, 2000)).isoformat()))
    if g["section"]:
        rows.append(("categories", g["section"]))
    rows += [("tags", "، ".join(r.sample(["گلاب", "قمصر", "کاشان", "گل محمدی", "صادرات"], 2))), ("draft", "false")]
    return rows


def _repo(h: Host, g: dict, key: str) -> tuple[str, str]:
    return "tahririye/mohtava", f"content/news/{key[:2]}/{stable(g['title']) % 10**6}.md"


def _commit(doc: Doc, r: random.Random, loc: dt.datetime, crawl: dt.datetime, en: bool) -> None:
    t = _after(loc, r, (1, 3000))
    t = min(t, crawl - dt.timedelta(hours=1))
    sha = f"{stable(str(t)) % 16**7:07x}"
    who = f"{pick(r, ['reza', 'maryam', 'editor', 'ali.k'])}"
    line = [who, pick(r, COMMITS), sha, (f"{(crawl - t).days} days ago" if en else _ago(t, crawl))]
    doc.chrome('<div class="latest-commit">' + "".join(f"<span>{e(x)}</span> " for x in line) + "</div>\n",
               " ".join(line))


def _gitea(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str, crawl: dt.datetime) -> None:
    repo, path = _repo(h, g, key)
    doc.chrome(f'<div class="repo-header"><a>{e(h.name)}</a> <a>{e(repo)}</a></div>\n', h.name, repo)
    doc.chrome('<div class="ui tabs">' + "".join(f"<a>{e(x)}</a> " for x in GIT_TABS) + "</div>\n", " ".join(GIT_TABS))
    crumbs = f"main / {' / '.join(path.split('/'))}"
    _line(doc, crumbs, "repo-path")
    _commit(doc, r, loc, crawl, False)
    rows = _front(h, g, loc, r, True)
    size = dg(f"{sum(len(p) for p in g['body_paragraphs']) // 1000 + 1}٫{stable(key) % 10} کیلوبایت", "fa")
    info = dg(f"{len(g['body_paragraphs']) * 2 + 12} خط", "fa") + f" · {size}"
    doc.chrome('<div class="file-header">' + f"<span>{e(info)}</span>" + "".join(f"<a>{e(x)}</a>"
                                                                                  for x in GIT_BUTTONS)
               + "</div>\n", info, *GIT_BUTTONS)
    doc.add('<div class="markup markdown">\n')
    doc.add('<table class="frontmatter">' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in rows)
            + "</table>\n", [("c", x) for row in rows for x in row if x != g["title"]])
    _title(doc, g, "h1", "md-h1")
    if g["lead"]:
        doc.add(f"<blockquote><p>{e(g['lead'])}</p></blockquote>\n", [("lead", g["lead"])])
    _body(doc, g["body_paragraphs"])
    c = _credit_text(g, h)
    if c:
        doc.chrome(f"<p><em>{e(c)}</em></p>\n", c)
    doc.add("</div>\n")
    foot = "قدرت گرفته از Gitea نسخه: 1.22.3 صفحه: ۱۸ میلی‌ثانیه"
    doc.chrome(f'<footer class="page-footer">{e(foot)}</footer>\n', foot)


def _rawmd(h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str) -> Flat:
    f = Flat()
    rows = _front(h, g, loc, r, r.random() < 0.7)
    f.add("---")
    for k, v in rows:
        if k == "title":
            f.add(f'title: "{v}"')
        elif k == "categories":
            f.add("categories:")
            f.add(f"  - {v}")
        elif k == "tags":
            f.add("tags: [" + ", ".join(f'"{x}"' for x in v.split("، ")) + "]")
        else:
            f.add(f"{k}: {v}")
    f.add("---")
    f.blank()
    f.add(g["title"], "title")
    f.add("=" * min(60, len(g["title"])))
    if g["lead"]:
        f.blank()
        f.add(g["lead"], "lead", [f"> {g['lead']}"])
    for p in g["body_paragraphs"]:
        f.blank()
        f.add(p, "body")
    c = _credit_text(g, h)
    if c:
        f.blank()
        f.add(f"*{c}*")
    return f


def _githubblob(doc: Doc, h: Host, r: random.Random, g: dict, loc: dt.datetime, key: str,
                crawl: dt.datetime) -> None:
    repo, path = _repo(h, g, key)
    doc.chrome(f'<header class="AppHeader"><a>{e(h.name)}</a> <a>{e(repo)}</a></header>\n', h.name, repo)
    _line(doc, " / ".join(path.split("/")), "breadcrumb")
    _commit(doc, r, loc, crawl, True)
    tabs = ["Preview", "Code", "Blame", "History", "Raw"]
    n = len(g["body_paragraphs"]) * 2 + 12
    kb = max(1, len(" ".join(g["body_paragraphs"]).encode()) // 1024)
    info = f"{n} lines ({n - len(g['body_paragraphs'])} loc) · {kb} KB"
    doc.chrome('<div class="file-bar">' + "".join(f"<button>{x}</button>" for x in tabs) + f"<span>{e(info)}</span>"
               "</div>\n", *tabs, info)
    rows = _front(h, g, loc, r, False)
    doc.add('<article class="markdown-body entry-content">\n')
    doc.add("<table><thead><tr>" + " ".join(f"<th>{e(a)}</th>" for a, _ in rows) + "</tr></thead><tbody><tr>"
            + "".join(f"<td><div>{e(b)}</div></td>" for _, b in rows) + "</tr></tbody></table>\n",
            [("c", x) for row in rows for x in row if x != g["title"]])
    _title(doc, g, "h1", "heading-element")
    if g["lead"]:
        doc.add(f"<blockquote><p>{e(g['lead'])}</p></blockquote>\n", [("lead", g["lead"])])
    _body(doc, g["body_paragraphs"])
    doc.add("</article>\n")
    foot = ["Terms", "Privacy", "Security", "Status", "Docs"]
    doc.chrome("<footer>" + "".join(f"<a>{x}</a> " for x in foot) + "</footer>\n", " ".join(foot))


# ---------------------------------------------------------------------------------------------- pages


def article_page(h: Host, r: random.Random, g: dict, pub: dt.datetime, others: list[str], key: str, url: str,
                 fmt: str, crawl: dt.datetime) -> Doc | Flat:
    """An article page; sets ``g["_shown"]`` (date line, the page's instant, timed; None when the page shows no day),
    whether markup holds the instant and whether only markup does, and a kicker's text (``g["surtitle"]``)."""
    v = h.s["variant"]
    loc = pub.astimezone(TEHRAN)
    _none(g)
    flat = {"webvtt": lambda: _webvtt(h, r, g, loc, others), "whatsapp": lambda: _whatsapp(h, r, g, loc, others),
            "pdftotext": lambda: _pdftotext(h, r, g, loc, others, key),
            "printtxt": lambda: _printtxt(h, r, g, loc, others, url, crawl), "rawmd": lambda: _rawmd(h, r, g, loc, key)}
    if v in flat:
        return flat[v]()
    doc = Doc()
    draw = {"podcast": lambda: _podcast(doc, h, r, g, loc, others, crawl),
            "tvturns": lambda: _tvturns(doc, h, r, g, loc, others, crawl),
            "tgexport": lambda: _tgexport(doc, h, r, g, loc, others),
            "discord": lambda: _discord(doc, h, r, g, loc, others),
            "pipermail": lambda: _pipermail(doc, h, r, g, loc, others),
            "mhonarc": lambda: _mhonarc(doc, h, r, g, loc, others),
            "phpbb": lambda: _phpbb(doc, h, r, g, loc, others, crawl),
            "pdfjs": lambda: _pdfjs(doc, h, r, g, loc, others, key, crawl),
            "wordhtml": lambda: _wordhtml(doc, h, r, g, loc, others, key),
            "wayback": lambda: _wayback(doc, h, r, g, loc, others, url, crawl),
            "archivetoday": lambda: _archivetoday(doc, h, r, g, loc, others, url, crawl),
            "cacheview": lambda: _cacheview(doc, h, r, g, loc, others, crawl),
            "gtproxy": lambda: _gtproxy(doc, h, r, g, loc, others),
            "webproxy": lambda: _webproxy(doc, h, r, g, loc, others),
            "weblight": lambda: _weblight(doc, h, r, g, loc, others),
            "printhtml": lambda: _printhtml(doc, h, r, g, loc, others, key, url, crawl),
            "printfriendly": lambda: _printfriendly(doc, h, r, g, loc, others),
            "gitea": lambda: _gitea(doc, h, r, g, loc, key, crawl),
            "githubblob": lambda: _githubblob(doc, h, r, g, loc, key, crawl)}
    draw[v]()
    return doc


LISTING = {"transcript": "همه قسمت‌ها", "chatexport": "فهرست گفت‌وگوهای ذخیره‌شده", "mailarchive": "فهرست پیام‌ها",
           "docviewer": "فهرست اسناد", "replay": "همه نسخه‌های ثبت‌شده", "wrapper": "صفحه‌های پربازدید امروز",
           "printview": "آخرین اخبار", "gitmarkdown": "فایل‌های این پوشه"}
GONE = {"transcript": "این قسمت در دسترس نیست.", "chatexport": "پرونده خروجی خالی است.",
        "mailarchive": "پیام مورد نظر در بایگانی یافت نشد.", "docviewer": "خطا در بارگذاری سند PDF.",
        "replay": "این صفحه هنوز بایگانی نشده است.", "wrapper": "دسترسی به این نشانی ممکن نیست.",
        "printview": "خبر مورد نظر یافت نشد.", "gitmarkdown": "پرونده یا پوشه یافت نشد."}


def negative_page(h: Host, r: random.Random, neg: str, others: list[str], url: str, crawl: dt.datetime) -> Doc | Flat:
    """A page that is no article: a listing (episodes, chats, messages, documents, captures, pages, news, files), a
    removed page, an empty page."""
    now = crawl.astimezone(TEHRAN)
    kind = h.s["kind"]
    if h.s["variant"] in FLAT:
        f = Flat()
        f.add(f"{h.name} — {h.tagline}")
        f.blank()
        if neg == "listing":
            f.add(LISTING[kind])
            for i, t in enumerate(others[5:18]):
                f.add(f"{_jnum(now - dt.timedelta(days=i + 1), 'en')}  {t}")
        else:
            f.add(GONE[kind] if neg == "chrome_only" else "(بدون متن)")
        return f
    doc = Doc()
    if neg == "empty":
        doc.chrome('<div id="app"></div><noscript>برای دیدن این صفحه جاوااسکریپت مرورگر را روشن کنید.</noscript>\n',
                   "برای دیدن این صفحه جاوااسکریپت مرورگر را روشن کنید.")
        return doc
    _site_head(doc, h)
    if neg == "listing":
        label = LISTING[kind]
        doc.chrome(f"<h1>{e(label)}</h1>\n", label)
        _items(doc, label, others[5:20], "list", "h2", lambda i: _jday(now - dt.timedelta(days=2 * i + 1)))
    else:
        msg = GONE[kind]
        doc.chrome(f'<div class="error"><h1>404</h1><p>{e(msg)}</p></div>\n', "404", msg)
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
    return {"tgexport": "Exported Data", "discord": f"{h.name} - اخبار [{stable(title) % 10**6}]",
            "pipermail": f" [{h.s['list']}] Fwd: {cut}", "mhonarc": f"Fwd: {cut}", "phpbb": f"{cut} - {h.name}",
            "pdfjs": "khabarname.pdf", "wayback": f"{cut} - {h.s['origin'][1]}", "archivetoday":
            f"{cut} - {h.s['origin'][1]} - archive.today", "gtproxy": f"{cut} - {h.s['origin'][1]}",
            "webproxy": f"{cut} - {h.s['origin'][1]}", "printhtml": f"نسخه چاپی: {cut}",
            "printfriendly": f"{h.name} | {cut}", "gitea": f"mohtava/{stable(title) % 10**6}.md at main - {h.name}",
            "githubblob": f"mohtava/content/news/{stable(title) % 10**6}.md at main · tahririye/mohtava"}.get(
        v, f"{cut} - {h.name}")


def render_html(h: Host, doc: Doc, g: dict, url: str, crawl: dt.datetime, r: random.Random) -> str:
    v = h.s["variant"]
    if v == "wordhtml":
        return _word_head(h, g, g.get("_loc") or crawl, r) + f"<body lang=EN-US>\n{doc.html()}</body>\n</html>\n"
    tab = _tab(h, g)
    if v in ("pipermail", "mhonarc"):
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n <HEAD>\n'
                f"   <TITLE>{e(tab)}</TITLE>\n"
                '   <META http-equiv="Content-Type" content="text/html; charset=utf-8">\n </HEAD>\n'
                f'<BODY BGCOLOR="#ffffff">\n{doc.html()}</BODY>\n</HTML>\n')
    metas = ['<meta charset="utf-8">', f"<title>{e(tab)}</title>"]
    if v in ("podcast", "tvturns", "phpbb", "printhtml", "weblight", "cacheview"):
        metas.append(f'<link rel="canonical" href="{e(url)}">')
        if g.get("kind") == "article" and v not in ("printhtml", "phpbb"):
            metas.append(f'<meta property="og:title" content="{e(g["title"])}">')
    if v == "wayback":
        metas.insert(1, '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>')
        metas.append('<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=1.2">')
    if v == "tgexport":
        metas.append('<link href="css/style.css" rel="stylesheet"><script src="js/script.js"></script>')
    if v == "pdfjs":
        metas.append('<link rel="stylesheet" href="viewer.css"><script src="../build/pdf.mjs" type="module"></script>')
    rules = "".join(f".c{stable(h.domain, k) % 99999}{{margin:{k % 7}px}}" for k in range(10 + stable(h.domain) % 30))
    metas.append(f"<style>{rules}</style>")
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + "\n".join(metas)
            + f"\n</head>\n<body>\n{doc.html()}</body>\n</html>\n")


def _url(h: Host, key: str, title: str | None, crawl: dt.datetime) -> str:
    v = h.s["variant"]
    slug = f"{stable(key, title) % 16**10:x}"
    dom = h.s["origin"][0]
    return {"podcast": f"https://{h.domain}/episodes/{slug}", "webvtt": f"https://{h.domain}/subs/{key}.fa.vtt",
            "tvturns": f"https://{h.domain}/transcript/{key}", "whatsapp": f"https://{h.domain}/chats/{slug}.txt",
            "tgexport": f"https://{h.domain}/ChatExport_{crawl:%Y-%m-%d}/messages{int(key) % 9 + 1}.html",
            "discord": f"https://{h.domain}/logs/{slug}.html",
            "pipermail": f"https://{h.domain}/pipermail/{h.s['list']}/{crawl:%Y-%B}/{int(key) % 9000:06d}.html",
            "mhonarc": f"https://{h.domain}/archive/{crawl:%Y}/msg{int(key) % 9000:05d}.html",
            "phpbb": f"https://{h.domain}/viewtopic.php?t={key}",
            "pdfjs": f"https://{h.domain}/web/viewer.html?file=%2Fdocs%2F{key}.pdf",
            "wordhtml": f"https://{h.domain}/press/{key}.htm", "pdftotext": f"https://{h.domain}/txt/{key}.txt",
            "wayback": f"https://{h.domain}/web/{crawl.astimezone(UTC):%Y%m%d%H%M%S}/https://{dom}/news/{key}",
            "archivetoday": f"https://{h.domain}/{slug[:5]}", "cacheview": f"https://{h.domain}/cache?q={slug}",
            "gtproxy": f"https://{dom.replace('.', '-')}.{h.domain}/news/{key}?_x_tr_sl=auto&_x_tr_tl=fa",
            "webproxy": f"https://{h.domain}/browse.php?u={slug}&b=4",
            "weblight": f"https://{h.domain}/i?u=https://{dom}/news/{key}",
            "printtxt": f"https://{dom}/news/{key}/{slug}", "printhtml": f"https://{h.domain}/print/{key}",
            "printfriendly": f"https://{h.domain}/p/{slug}",
            "gitea": f"https://{h.domain}/tahririye/mohtava/src/branch/main/content/news/{slug}.md",
            "rawmd": f"https://{h.domain}/tahririye/mohtava/main/content/news/{slug}.md",
            "githubblob": f"https://{h.domain}/tahririye/mohtava/blob/main/content/news/{slug}.md"}[v]


def build(out_dir, n: int = 400, seed: int = 450, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return build_set(out_dir, n, seed, families, tag="ay", all_families=FAMILIES, hosts_of=HOSTS,
                     make_host=make_host, article_page=article_page, negative_page=negative_page,
                     render_html=render_html, page_url=_url, sectioned=lambda h: h.s["variant"] not in UNSECTIONED)
