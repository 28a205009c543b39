"""Family set AH: eight Persian site families of the guaranteed wheat purchase, stock-market IPOs (عرضه اولیه),
qanats (قنات), marathons and athletics, rice paddies, the Arbaeen walk, wetlands and migratory birds, bodybuilding
gyms, written blind to the extractor.

    build(out_dir, n, seed=301, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/extract/`` nor ``src/palayesh/normalize/`` nor running palayesh on these pages. As AA to AG do, AH
copies no frame: it runs Y's own functions (``make_host``, ``article_page``, ``negative_page``, ``render_html`` and
their helpers) in a namespace of its own (:data:`_G`: Y's globals with AH's tables, widgets and AF's date styles) and
Z's own ``build`` loop in another (:data:`_B`: Z's globals with AH's hosts, pages and HTML, its split ``families-ah``
and clusters ``ah<seed>-NNN``), then adds its own forms on the page Y's frame builds. Families (none in an earlier
set; tables in :mod:`site_families_ah_tables`):

- ``wheat_procurement``  the guaranteed wheat purchase, silos, farmers' unpaid claims, flour and bread;
- ``ipo_offering``       initial public offerings on the Tehran exchange and Farabourse, new symbols, Codal notices;
- ``qanat_heritage``     qanats and cisterns, their diggers (مقنی), restoration, traditional irrigation;
- ``marathon_running``   athletics, marathons and road races, the national team, public races;
- ``rice_paddy``         rice growers of Gilan and Mazandaran, the rice market, imported rice, paddy pests;
- ``arbaeen_walk``       the Arbaeen walk: pilgrims, mokebs, border crossings, transport;
- ``wetland_birds``      wetlands, migratory birds and their census, drought, poaching;
- ``gym_bodybuilding``   bodybuilding and fitness gyms, physique contests, counterfeit supplements.

Forms AH adds to Y's, X's, W's, V's and U's (``h.s`` keys; none of Z's to AG's):
- ``hashtag_foot``: the section only as one hashtag under the story, as a channel post ends («#خرید_تضمینی»; HTML:
  a ``rel="tag"`` link); gold keeps the hashtag as shown (the scorer's canonical form drops «#» and «_»);
- ``cms``: the HTML page in the shape it was saved in, one a host: a Word «Save as HTML» copy of the page (Word's
  namespaces, ``<meta name=Generator content="Microsoft Word 15">``, its ``<xml>`` document properties in a
  conditional comment, every paragraph a ``<p class=MsoNormal dir=RTL>`` with a ``<span lang=FA>`` and an empty
  ``<o:p></o:p>``, blank ``<o:p>&nbsp;</o:p>`` paragraphs between, a ``WordSection1`` div), an e-mail newsletter
  saved as HTML (nested ``<table>`` layout with inline CSS, a «view in browser» row over it and the subscription
  and «لغو اشتراک | تنظیمات ایمیل» rows under it), a Ghost blog (its generator, ``gh-`` / ``kg-`` classes, the
  portal script, a «عضو شوید» call and «Powered by Ghost»), an Eitaa channel's web preview (``etme_widget_message``
  markup, the channel's members «… عضو», the post's views and a ``<time datetime>`` in UTC) or an Aparat-like video
  page whose story is the video's description (the player, the channel's name, «… بازدید» and «دنبال کردن» over
  the headline). The whole saved page stands in the post's wrap (as AG's Telegram preview);
- ``reader``: on :data:`READER`'s four hosts, 60% of the story pages as Firefox's Reader View saved them
  (``moz-reader-content``, ``aboutReader.css``): the site's chrome, metas and scripts gone, a reader header with the
  domain, the headline and the reading time «۱–۳ دقیقه», then the lead and the paragraphs. Gold keeps only what that
  page shows: no section, surtitle nor date (a reader could not know them), an agency only when the story's own text
  credits one, the domain and the reading time as its chrome.

Not done (ideas): a pdftohtml newspaper page (one positioned ``<div>`` a printed line, lines broken mid sentence:
the frame's checks want a paragraph on one line of HTML), a Hijri-qamari date beside the Jalali one (U has it), the
time only as «۳ ساعت پیش» with the day in a meta tag (Y's ``time_rel`` is near it).
Gold as X to AG document it: section the most specific one the page shows, else null; ``published_iso`` the local
(Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the time or
has it in markup, else the day. Agency only when the page credits the story to one. About 7% negatives, ~10% of the
stories republished on a host of another family (gold ``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re
import types
import zoneinfo

import site_families_aa as _aa
import site_families_ad as _ad
import site_families_ae as _ae
import site_families_af as _af
import site_families_ag as _ag
import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_ab import HOMES
from site_families_ah_tables import (
    AFTER,
    CAPTIONS,
    FAMILIES,
    HOSTS,
    MENUS,
    PR_OFFICES,
    RICE_PRICES,
    SILOS,
    SLUGS,
    SURTITLES,
    WETLANDS,
)
from site_families_h import AGENCIES, Host, dg
from site_families_r import credited_agency

__all__ = ["AFTER", "AGENCIES", "CAPTIONS", "CMS", "FAMILIES", "FORCED", "HOMES", "HOSTS", "MENUS", "PR_OFFICES",
           "SLUGS", "SURTITLES", "build", "canon", "credited_agency", "dg", "hashtag", "make_host"]

#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"wheat_procurement": ["wd_after", "day_dash", "paren_time"],
               "marathon_running": ["time_first", "wd_comma", "nopad"],
               "wetland_birds": ["paren_time", "wd_after", "day_dash"]}
DEFAULT_STYLES = _ae.DEFAULT_STYLES
CMS = ["word_html", "newsletter", "ghost", "eitaa", "aparat"]
#: the CMS's base shape in Y's frame: the skin wraps that shape's columns
CMS_SHAPE = {"word_html": "drupal", "newsletter": "wp", "ghost": "bootstrap", "eitaa": "bootstrap",
             "aparat": "nastooh"}
TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: silos, the next offering, qanats, races, rice prices, border crossings, wetlands, gyms
    (host's digits)."""
    d = h.s["digits"]
    f = h.family
    if f == "wheat_procurement":
        return ["ظرفیت سیلوهای کشور", *(f"{p}: {v}" for p, v in r.sample(SILOS, 2))]
    if f == "ipo_offering":
        return ["عرضه اولیه بعدی", dg(f"نماد: {pick(r, ['زاگرس', 'شتاب', 'کاریز', 'نیرو'])}{r.randint(1, 9)}", d),
                dg(f"سقف سفارش: {r.randint(5, 30)} میلیون تومان", d)]
    if f == "qanat_heritage":
        return ["قنات‌های ثبت جهانی", dg(f"تعداد قنات‌های فعال: {r.randint(20, 40)} هزار رشته", d),
                pick(r, ["قنات قصبه گناباد", "قنات زارچ یزد", "قنات حسن‌آباد مشیز"])]
    if f == "marathon_running":
        return ["مسابقه بعدی", dg(f"ماراتن {pick(r, ['تهران', 'کیش', 'شیراز'])}: {r.randint(1, 28)} اسفند", d),
                dg(f"ثبت‌نام‌شدگان: {r.randint(2, 9)} هزار نفر", d)]
    if f == "rice_paddy":
        return ["قیمت روز برنج (هر کیلو)", *(f"{p}: {v} تومان" for p, v in r.sample(RICE_PRICES, 2))]
    if f == "arbaeen_walk":
        return ["وضعیت مرزها", dg(f"مهران: تردد {pick(r, ['روان', 'سنگین', 'نیمه‌سنگین'])}", d),
                dg(f"شلمچه: {r.randint(10, 90)} هزار زائر امروز", d)]
    if f == "wetland_birds":
        return ["سرشماری زمستانه", *(f"{p}: {v}" for p, v in r.sample(WETLANDS, 2))]
    return ["باشگاه‌های دارای مجوز", dg(f"تعداد باشگاه‌های تهران: {r.randint(1200, 2400)}", d),
            pick(r, ["استعلام مکمل: سامانه تی‌تک", "مشاوره تغذیه رایگان"])]


def hashtag(section: str) -> str:
    """The section as a channel's hashtag: ``hashtag("خرید تضمینی")`` -> «#خرید_تضمینی» (ZWNJs kept)."""
    return "#" + section.replace(" ", "_")


# ---------------------------------------------------------------------------------------------- Y's frame, AH's tables

#: Y's module namespace with AH's tables: Y's frame functions rebound to it read AH's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update({k: globals()[k] for k in ("FAMILIES", "HOSTS", "MENUS", "SLUGS", "AFTER", "HOMES", "DATE_STYLES",
                                     "DEFAULT_STYLES", "PR_OFFICES", "SURTITLES", "CAPTIONS", "widget")})
_G.update(product_box=_z.product_box, gallery=_z.gallery, newsletter=_z.newsletter, poll=_z.poll,
          y_date=_af.af_date)
#: the frame functions: those of Y that AD runs in its own namespace
for _name in [k for k, f in _ad._G.items() if isinstance(f, types.FunctionType) and f.__globals__ is _ad._G]:
    _aa._rebind(_G, _y, _name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: AH's forms, forced on hosts of open (even-indexed) and of held-out (odd) families
FORCED = {
    "hashtag_foot": (("wheat_procurement", 1), ("ipo_offering", 0), ("rice_paddy", 2), ("gym_bodybuilding", 1),
                     ("wetland_birds", 0), ("arbaeen_walk", 2)),
}
#: the hosts some of whose HTML pages were saved from Firefox's Reader View, and that share of their story pages
READER = (("qanat_heritage", 1), ("rice_paddy", 0), ("marathon_running", 2), ("arbaeen_walk", 1))
READER_SHARE = 60
#: AG's forms: off on AH's hosts (AF's to Z's are off through AG's lists)
AG_FORMS = ("date_foot", "kashida_sec", "latin_credit")


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AH's forms forced on :data:`FORCED`'s hosts; none of Z's to AG's; and the shape its HTML pages
    were saved in."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-ah-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where
    for form in (*_ad.OFF, *_ae.AD_FORMS, *_af.AE_FORMS, *_ag.AF_FORMS, *AG_FORMS):
        s[form] = False
    _ag.frame_fixes(s)
    if s["hashtag_foot"]:  # the section only there: no metas, JSON-LD, tag line nor <title> naming it
        _ag.section_alone(s, "hashtag_foot", r)
    if s["credit"] == "ld_publisher" and not (s["jsonld"] or s["graph"]):
        s["credit"] = "source"  # (no JSON-LD left for the publisher to stand in)
    s["reader"] = (family, idx) in READER
    s["html_p"] = max(s["html_p"], 0.5 if s["reader"] else 0.35)  # (every skin and form has its HTML pages)
    s["cms"] = CMS[(seed + 3 * FAMILIES.index(family) + idx) % len(CMS)]  # (a family's three hosts: three shapes)
    s["shape"] = CMS_SHAPE[s["cms"]]
    return h


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AH's form on it (``meta["hashtag"]``: the section's hashtag under the story)."""
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    sec = meta["section"]
    meta["hashtag"] = None
    if meta["form"] == "hashtag_foot":
        if sec and variant != "print":
            tag = hashtag(sec)
            _ag._after_body(pg, [("c", tag)])
            meta["hashtag"] = (tag, sec)
            meta["section"] = tag
        else:
            meta["section"] = None
    return pg, meta, lead


# ---------------------------------------------------------------------------------------------- the saved HTML

def _ah_markup(h: Host, out: str, meta: dict) -> str:
    """AH's form in Y's HTML: the hashtag as a tag link."""
    if meta.get("hashtag"):
        tag, sec = meta["hashtag"]
        link = (f'<div class="post-hashtags"><a href="/tag/{SLUGS[sec]}/" rel="tag">{_z._esc(h, tag)}</a></div>')
        out = re.sub(_ae._div(h, tag), lambda m: link, out, count=1)
    return out


_MSO_P = ("<p class=MsoNormal dir=RTL style='text-align:justify;line-height:150%;direction:rtl;unicode-bidi:embed'>"
          "<span lang=FA style='font-size:13.0pt;line-height:150%;font-family:\"B Nazanin\"'>")
_MSO_BLANK = "<p class=MsoNormal dir=RTL><span lang=FA><o:p>&nbsp;</o:p></span></p>"


def _word(h: Host, out: str, key: str) -> str:
    """Word's «Save as HTML» of the page: its namespaces, generator and document properties; MsoNormal paragraphs."""
    out = re.sub(r"<html[^>]*>", "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
                 "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                 "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
                 "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                 "xmlns=\"http://www.w3.org/TR/REC-html40\" dir=rtl>", out, count=1)
    out = re.sub(r"<script(?![^>]*application/ld\+json)[^>]*>.*?</script>\n?", "", out, flags=re.S)
    out = re.sub(r"<p>(.*?)</p>", lambda m: f"{_MSO_P}{m.group(1)}<o:p></o:p></span></p>\n{_MSO_BLANK}", out,
                 flags=re.S)
    author = pick(random.Random(key), ["روابط عمومی", "Admin", "user", "کاربر"])
    head = ['<meta name=ProgId content=Word.Document>', '<meta name=Generator content="Microsoft Word 15">',
            '<meta name=Originator content="Microsoft Word 15">',
            f"<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>{author}</o:Author>\n"
            f"  <o:Pages>1</o:Pages>\n  <o:Words>{stable(key, 'w') % 900 + 200}</o:Words>\n"
            "  <o:Version>16.00</o:Version>\n"
            " </o:DocumentProperties>\n</xml><![endif]-->",
            "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
            "font-family:\"Calibri\",sans-serif;}\n@page WordSection1 {size:595.3pt 841.9pt;}\ndiv.WordSection1 "
            "{page:WordSection1;}\n-->\n</style>"]
    out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    out = re.sub(r"<body([^>]*)>\n", lambda m: f"<body{m.group(1)} lang=EN-US style='tab-interval:36.0pt;"
                 "word-wrap:break-word'>\n<div class=WordSection1 dir=rtl>\n", out, count=1)
    return out.replace("\n</body>", "\n</div>\n</body>", 1)


def _newsletter(h: Host, out: str, url: str, extra: list[str]) -> str:
    """An e-mail newsletter as a mail client saves it: the page inside nested tables with inline CSS, the «view in
    browser» row over it and the subscription rows under it."""
    view = "اگر این ایمیل به درستی نمایش داده نمی‌شود، نسخه مرورگر را ببینید."
    why = f"شما این ایمیل را به دلیل عضویت در خبرنامه {h.name} دریافت کرده‌اید."
    unsub = "لغو اشتراک | تنظیمات ایمیل"
    extra += [view, why, unsub]
    top = ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
           'style="background-color:#f2f2f2;direction:rtl"><tr><td align="center" style="padding:12px 0">\n'
           '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
           'style="background-color:#ffffff;font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#222222">\n'
           '<tr><td align="center" style="padding:6px 12px;font-size:11px;color:#888888">'
           f'اگر این ایمیل به درستی نمایش داده نمی‌شود، <a href="{html.escape(url)}?utm_source=newsletter" '
           'style="color:#888888">نسخه مرورگر</a> را ببینید.</td></tr>\n<tr><td style="padding:0 16px">\n')
    bottom = ('</td></tr>\n<tr><td style="padding:16px;font-size:11px;color:#999999;border-top:1px solid #eeeeee">'
              f"{html.escape(why)}</td></tr>\n"
              '<tr><td align="center" style="padding:0 16px 16px;font-size:11px">'
              f'<a href="https://{h.domain}/newsletter/unsubscribe?u=%%UID%%" style="color:#999999">لغو اشتراک</a>'
              f' | <a href="https://{h.domain}/newsletter/preferences" style="color:#999999">تنظیمات ایمیل</a>'
              "</td></tr>\n</table>\n</td></tr></table>\n"
              '<img src="https://mail.' + h.domain + '/o/%%UID%%.gif" width="1" height="1" alt="" '
              'style="display:block">')
    out = re.sub(r"<script(?![^>]*application/ld\+json)[^>]*>.*?</script>\n?", "", out, flags=re.S)
    out = re.sub(r"(<body[^>]*)>\n", lambda m: m.group(1) + ' style="margin:0;padding:0">\n' + top, out, count=1)
    return out.replace("\n</body>", "\n" + bottom + "\n</body>", 1)


def _ghost(h: Host, out: str, extra: list[str]) -> str:
    """A Ghost blog's page: its generator and portal, ``gh-`` classes, a members' call and «Powered by Ghost»."""
    year = dg("۱۴۰۲", h.s["digits"])
    call = f"عضویت رایگان در {h.name}"
    copy = f"{h.name} © {year}"
    extra += [call, "عضو شوید", copy, "Powered by Ghost"]
    head = ['<meta name="generator" content="Ghost 5.82">',
            f'<link rel="alternate" type="application/rss+xml" title="{html.escape(h.name)}" href="https://{h.domain}'
            '/rss/">',
            f'<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" '
            f'data-i18n="true" data-ghost="https://{h.domain}/" crossorigin="anonymous"></script>',
            '<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>']
    out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    out = re.sub(r"<body([^>]*)>\n", lambda m: '<body class="post-template gh-viewport is-head-left-logo '
                 'has-cover">\n<div class="gh-site viewport">\n', out, count=1)
    foot = ('<section class="gh-cta"><div class="gh-cta-inner">'
            f'<h3 class="gh-cta-title">{html.escape(call)}</h3>'
            '<button class="gh-btn gh-primary-btn" data-portal="signup">عضو شوید</button></div></section>\n'
            '<footer class="gh-foot"><div class="gh-foot-inner gh-inner">'
            f'<div class="gh-copyright">{html.escape(copy)}</div>'
            '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">'
            "Powered by Ghost</a></div></div></footer>\n</div>")
    out = out.replace("\n</body>", "\n" + foot + "\n</body>", 1)
    return out.replace("<figure>", '<figure class="kg-card kg-image-card">')


def _members(n: int, digits: str) -> str:
    return dg(f"{n / 1000:.1f} هزار" if n >= 1000 else str(n), digits)


def _eitaa(h: Host, out: str, gold: dict, pub: dt.datetime | None, key: str, extra: list[str]) -> str:
    """An Eitaa channel's web preview: the channel's bar, the post in ``etme_widget_message`` markup, its views and
    the ``<time datetime>`` in UTC."""
    d = h.s["digits"]
    chan = h.domain.split(".")[0].replace("-", "_")
    members = _members(2000 + stable(h.domain, "members") % 120000, d) + " عضو"
    views = dg(str(150 + stable(key, "views") % 30000), d)
    extra += [members, f"@{chan}", "مشاهده در ایتا"]
    bar = ('<div class="etme_channel_info">\n<div class="etme_channel_info_header">'
           f'<div class="etme_channel_info_header_title"><span dir="auto">{html.escape(h.name)}</span></div>'
           f'<div class="etme_channel_info_header_username"><a href="https://eitaa.com/{chan}">@{chan}</a></div>'
           '</div>\n<div class="etme_channel_info_counters"><div class="etme_channel_info_counter">'
           f'<span class="counter_value">{members}</span></div></div>\n'
           f'<div class="etme_channel_download"><a href="https://eitaa.com/{chan}">مشاهده در ایتا</a></div>\n</div>')
    out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + "\n" + bar + '\n<section class="etme_channel_history">\n'
                 '<div class="etme_widget_message_wrap"><div class="etme_widget_message js-widget_message" '
                 f'data-post="{chan}/{key}">\n', out, count=1)
    info = f'<span class="etme_widget_message_views">{views}</span>'
    extra.append(views)
    if pub:
        utc = (pub if pub.tzinfo else pub.replace(tzinfo=TEHRAN)).astimezone(dt.timezone.utc)
        if gold.get("published_iso"):
            gold["published_time"] = pub.isoformat()  # (the instant is in the markup)
        clock = dg(f"{pub:%H:%M}", d)
        info += (f' <a class="etme_widget_message_date" href="https://eitaa.com/{chan}/{key}"><time '
                 f'datetime="{utc:%Y-%m-%dT%H:%M:%S}+00:00">{clock}</time></a>')
        extra.append(clock)
    return out.replace("\n</body>", '\n<div class="etme_widget_message_footer"><div '
                       f'class="etme_widget_message_info">{info}</div></div>\n</div></div>\n</section>\n</body>', 1)


def _aparat(h: Host, out: str, title: str, key: str, extra: list[str]) -> str:
    """A video page whose story is the video's description: the player, the channel and the views over the
    headline (Y's ``<h1>``), the description under it."""
    d = h.s["digits"]
    views = dg(f"{stable(key, 'views') % 90000 + 300:,}".replace(",", "٬"), d) + " بازدید"
    length = dg(f"{stable(key, 'len') % 14 + 1:02d}:{stable(key, 'sec') % 60:02d}", d)
    extra += [length, h.name, "دنبال کردن", views]
    player = ('<div class="video-player-wrapper"><div class="vjs-poster" aria-hidden="true"></div>'
              f'<video class="vjs-tech" preload="none" poster="https://static.{h.domain}/thumb/{key}.jpg">'
              f'<source src="https://cdn.{h.domain}/video/{key}/720p.mp4" type="video/mp4"></video>'
              f'<div class="vjs-duration">{length}</div></div>\n'
              f'<div class="channel-row"><a class="channel-name" href="https://{h.domain}/channel/">'
              f"{html.escape(h.name)}</a><button class=\"follow-btn\">دنبال کردن</button></div>\n"
              f'<div class="video-stats"><span class="views">{views}</span></div>\n')
    head = ['<meta property="og:type" content="video.other">',
            f'<meta property="og:video" content="https://cdn.{h.domain}/video/{key}/720p.mp4">']
    out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    m = re.search(r"<h[12][^>]*>(?:(?!</h[12]>).)*?" + re.escape(_z._esc(h, title)), out, flags=re.S)
    if m is None:  # (no headline in an <h1> / <h2>: the player under the <body>'s opening)
        return re.sub(r"(<body[^>]*>)\n", lambda k: k.group(1) + "\n" + player, out, count=1)
    return out[:m.start()] + player + out[m.start():]  # (over the headline's heading)


def _skin(h: Host, out: str, gold: dict, pub: dt.datetime | None, meta: dict | None) -> str:
    """Y's HTML in the shape the host's page was saved in; the chrome lines a skin adds go to ``gold["_chrome"]``."""
    cms = h.s["cms"]
    key = str(stable(h.domain, gold.get("title") or "", "post") % 900000 + 100000)
    extra: list[str] = []
    url = _af._url(h, gold, meta)
    if cms == "word_html":
        out = _word(h, out, key)
    elif cms == "newsletter":
        out = _newsletter(h, out, url, extra)
    elif cms == "ghost":
        out = _ghost(h, out, extra)
    elif cms == "eitaa":
        out = _eitaa(h, out, gold, pub, key, extra)
    elif cms == "aparat":
        out = _aparat(h, out, gold.get("title") or "", key, extra)
    if extra:
        gold["_chrome"] = extra
    return out


def _reader(h: Host, pg: Page, gold: dict, meta: dict) -> str:
    """The story as Firefox's Reader View saves it: the site's chrome, metas and scripts gone; a reader header with the
    domain, the headline and the reading time; the lead and the paragraphs in ``moz-reader-content``. Gold loses what
    the page no longer shows (section, surtitle, date; an agency only a chrome line credited), and the chrome lines
    that are gone (:func:`_gold_row` keeps those of ``gold["_keep"]``)."""
    title = gold["title"]
    lead = [t for _, ls in pg.regions for ro, t in ls if ro == "lead"]
    paras = gold["body_paragraphs"]
    words = sum(len(x.split()) for x in [*lead, *paras])
    low = max(1, words // 230)
    minutes = dg(f"{low}–{low + 2} دقیقه", "fa")
    url = _af._url(h, gold, meta)
    gold.update(section=None, surtitle=None, published_iso=None, published_jalali=None, published_time=None,
                agency=credited_agency(([gold["lead"]] if gold["lead"] else []) + paras))
    gold["_keep"] = [h.domain, minutes]
    gold["_chrome"] = [h.domain, minutes]
    esc = html.escape
    story = "\n".join(f"<p>{esc(x)}</p>" for x in [*lead, *paras])
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '<meta name="viewport" content="width=device-width; user-scalable=0">\n'
            '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">\n'
            f"<title>{esc(title)}</title>\n</head>\n"
            '<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em;">\n'
            '<div class="container" lang="fa" dir="rtl">\n<div class="header reader-header reader-show-element">\n'
            f'<a class="domain reader-domain" href="{esc(url)}">{h.domain}</a>\n<div class="domain-border"></div>\n'
            f'<h1 class="reader-title">{esc(title)}</h1>\n<div class="credits reader-credits"></div>\n'
            '<div class="meta-data"><div class="reader-estimated-time" '
            f'data-l10n-id="about-reader-estimated-read-time">{minutes}</div></div>\n</div>\n<hr>\n'
            '<div class="content"><div class="moz-reader-content reader-show-element">'
            f'<div id="readability-page-1" class="page"><div>\n{story}\n</div></div></div></div>\n'
            "</div>\n</body></html>\n")


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML of the page, AH's form in its markup (:func:`_ah_markup`), then the shape the page was saved in
    (:func:`_skin`), or on :data:`READER`'s hosts a share of the story pages as Reader View saved them
    (:func:`_reader`); AMP twins and print views as Y writes them."""
    if (meta and h.s["reader"] and meta.get("variant") in (None, "page")
            and stable(h.domain, gold["title"], "reader") % 100 < READER_SHARE):
        return _reader(h, pg, gold, meta)
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta:
        out = _ah_markup(h, out, meta)
    if meta and meta.get("variant") not in (None, "page"):
        return out
    return _skin(h, out, gold, pub, meta)


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    extra = gold.pop("_chrome", [])
    keep = gold.pop("_keep", None)
    if keep is not None:  # (a Reader View copy: the frame's chrome is gone)
        chrome = [c for c in chrome if c in keep]
    return gold_row(name, "families-ah", family, families, site, fmt, gold, chrome + [x for x in extra
                                                                                     if x not in chrome], i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "ah" + cluster_prefix[1:])


#: Z's module namespace with AH's hosts, pages and HTML: Z's build loop rebound to it writes AH's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _aa._rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 301, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
