"""Family set AG: eight Persian site families of desalination and water transfer, wrestling, the welfare organisation
(بهزیستی), the auto-parts market, forest rangers and wildfires, moon sighting (رؤیت هلال), cyber security and the
science olympiads, written blind to the extractor.

    build(out_dir, n, seed=291, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running it on these pages. As AA to AF do, AG copies no frame: it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers) in a namespace of its own
(:data:`_G`: Y's globals with AG's tables, widgets and AF's date styles) and Z's own ``build`` loop in another
(:data:`_B`: Z's globals with AG's hosts, pages and HTML, its split ``families-ag`` and clusters ``ag<seed>-NNN``),
then adds its own forms on the page Y's frame builds. Families (none in an earlier set; tables in
:mod:`site_families_ag_tables`):

- ``desalination``      desalination plants and the Persian Gulf water transfer, drinking water, rationing;
- ``wrestling_league``  freestyle and Greco-Roman wrestling, the premier league, national teams;
- ``welfare_behzisti``  the welfare organisation: rehabilitation, adoption, allowances, addiction;
- ``auto_parts``        the auto-parts market: prices, parts makers, warranties, counterfeit parts;
- ``forest_rangers``    forests and rangelands: wildfires, timber smuggling, rangers;
- ``moon_sighting``     moon sighting (استهلال), the lunar months, the official calendar, eclipses;
- ``cyber_security``    cyber attacks, ransomware, data leaks, patches, online fraud;
- ``science_olympiad``  the science olympiads, young scholars' club, gifted schools (سمپاد).

Forms AG adds to Y's, X's, W's, V's and U's (``h.s`` keys; none of Z's to AF's):
- ``date_foot``: the head shows only a later «آخرین به‌روزرسانی: …» line; the publication date stands only after
  the story «تاریخ انتشار: …» (the update is no publication date);
- ``kashida_sec``: the section only as a label over the headline stretched with tatweel «امنیت سایبـــری» (HTML: a
  ``cat-label`` link); gold keeps the label as shown (the scorer's canonical form drops the tatweel);
- ``latin_credit``: the agency only after the story, named in Latin letters «Source: ISNA», «منبع: Tasnim News»,
  «via IRNA» (an English-locale theme's credit; no Persian name of the agency on the page);
- ``cms``: the HTML page as it was saved, one a host: a page saved by the SingleFile extension (its «Page saved with
  SingleFile» comment and a saved date that is no publication date, scripts dropped, styles inline, images as
  ``data:`` URIs), a Google AMP cache copy (``<html ⚡>``, ``amp-img``, resources under ``cdn.ampproject.org``), a
  Virgool-like blog (React markup, a reading-time row under the headline and a likes row under the story, in the
  text dump too), a Telegram channel's web preview ``t.me/s/`` (``tgme_widget_message`` markup, the channel's
  subscribers, the post's views and a ``<time datetime>`` in UTC) or an old table-layout ASP page (FrontPage's
  generator, a fixed-width ``<table>`` around everything).

Not done: Windows-1256 bytes (the family frame and its checks read pages as UTF-8).
Gold as X to AF document it: section the most specific one the page shows, else null; ``published_iso`` the local
(Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the time or
has it in markup, else the day (an update's or a save's date is no publication date). Agency only when the page
credits the story to one. About 7% negatives, ~10% of the stories republished on a host of another family (gold
``cluster``). Deterministic by seed.
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
import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_ab import HOMES
from site_families_ag_tables import (
    AFTER,
    CAPTIONS,
    DAMS,
    FAMILIES,
    FIRE_ZONES,
    HOSTS,
    MENUS,
    PART_PRICES,
    PR_OFFICES,
    SLUGS,
    SURTITLES,
)
from site_families_h import AGENCIES, Host, dg
from site_families_r import credited_agency

__all__ = ["AFTER", "AGENCIES", "CAPTIONS", "CMS", "FAMILIES", "FORCED", "HOMES", "HOSTS", "LATIN_NAMES", "MENUS",
           "PR_OFFICES", "SLUGS", "SURTITLES", "build", "canon", "credited_agency", "dg", "make_host", "stretch"]

#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"moon_sighting": ["wd_comma", "day_dash", "paren_time"],
               "wrestling_league": ["day_dash", "paren_time", "wd_comma"],
               "cyber_security": ["nopad", "day_dash", "wd_comma"]}
DEFAULT_STYLES = _ae.DEFAULT_STYLES
#: canonical agency -> its names in Latin letters, as an English-locale theme credits it
LATIN_NAMES = {"فارس": ["Fars News", "FNA"], "ورزش سه": ["Varzesh3"], "مهر": ["Mehr News", "MNA"], "ایسنا": ["ISNA"],
               "تسنیم": ["Tasnim News", "Tasnim"], "ایرنا": ["IRNA"], "ایلنا": ["ILNA"]}
LATIN_CREDITS = ["Source: {n}", "منبع: {n}", "via {n}"]
UPDATED = ["آخرین به‌روزرسانی: ", "به‌روزرسانی: ", "ویرایش: "]
PUBLISHED = ["تاریخ انتشار: ", "منتشرشده در ", "انتشار: "]
CMS = ["singlefile", "amp_cache", "virgool", "telegram_s", "table_asp"]
#: the CMS's base shape in Y's frame: the skin wraps that shape's columns
CMS_SHAPE = {"singlefile": "wp", "amp_cache": "nastooh", "virgool": "bootstrap", "telegram_s": "bootstrap",
             "table_asp": "drupal"}
TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
#: letters that join the next one (a tatweel may follow them)
_JOINERS = set("بپتثجچحخسشصضطظعغفقکگلمنهیئكي")


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: plants' capacity, the league table, fire alerts, parts prices, the next crescent (host's
    digits)."""
    d = h.s["digits"]
    f = h.family
    if f == "desalination":
        return ["ظرفیت آب‌شیرین‌کن‌ها", *(f"{p}: {v} در روز" for p, v in r.sample(DAMS, 2))]
    if f == "wrestling_league":
        return ["جدول لیگ برتر کشتی", dg(f"صدرنشین: {pick(r, ['بیمه رازی', 'استقلال جویبار', 'مس کرمان'])} "
                                        f"- {r.randint(9, 15)} امتیاز", d)]
    if f == "welfare_behzisti":
        return ["خدمات بهزیستی", dg(f"مددجویان تحت پوشش: {r.randint(2, 4)} میلیون نفر", d), "مشاوره تلفنی: ۱۴۸۰"]
    if f == "auto_parts":
        return ["قیمت امروز بازار", *(f"{p}: {v} تومان" for p, v in r.sample(PART_PRICES, 2))]
    if f == "forest_rangers":
        return ["هشدار آتش‌سوزی جنگل", *(f"{z}: {v}" for z, v in r.sample(FIRE_ZONES, 2))]
    if f == "moon_sighting":
        return ["ماه نو بعدی", dg(f"سن ماه در غروب: {r.randint(12, 30)} ساعت", d),
                pick(r, ["رؤیت با چشم غیرمسلح: ممکن", "رؤیت با تلسکوپ: ممکن"])]
    if f == "cyber_security":
        return ["هشدارهای امروز", dg(f"آسیب‌پذیری‌های بحرانی: {r.randint(3, 19)} مورد", d),
                pick(r, ["گذرواژه‌های خود را تغییر دهید", "به پیامک‌های ناشناس اعتماد نکنید"])]
    return ["تقویم المپیاد", dg(f"مرحله اول: {r.randint(10, 28)} بهمن", d),
            dg(f"مرحله دوم: {r.randint(1, 20)} اردیبهشت", d)]


def stretch(t: str, k: int = 3) -> str:
    """``t`` with ``k`` tatweels (U+0640) after the last joining letter of its longest word that joins the next
    letter: ``stretch("امنیت سایبری")`` -> «امنیت سایبـــری»."""
    words = t.split(" ")
    w = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[w]
    for i in range(len(word) - 2, -1, -1):
        if word[i] in _JOINERS and "\u0600" <= word[i + 1] <= "\u06ff":
            words[w] = word[:i + 1] + "\u0640" * k + word[i + 1:]
            return " ".join(words)
    return t


# ---------------------------------------------------------------------------------------------- Y's frame, AG's tables

#: Y's module namespace with AG's tables: Y's frame functions rebound to it read AG's hosts, menus and widgets
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

#: AG's forms, forced on hosts of open (even-indexed) and of held-out (odd) families
FORCED = {
    "date_foot": (("desalination", 0), ("wrestling_league", 1), ("forest_rangers", 2), ("science_olympiad", 0)),
    "kashida_sec": (("welfare_behzisti", 0), ("auto_parts", 2), ("cyber_security", 1), ("moon_sighting", 0)),
    "latin_credit": (("desalination", 1), ("moon_sighting", 2), ("cyber_security", 0), ("wrestling_league", 2)),
}
#: AF's and AE's forms: off on AG's hosts (AD's, AC's, AB's and Z's are off through AE's lists)
AF_FORMS = ("og_headline", "crumb_title", "tag_after", "byline_agency", "code_glued", "finglish")


def frame_fixes(s: dict) -> None:
    """Z's fixes of the host template ``s`` Y's frame drew, on a set that runs that frame (AG's, AH's)."""
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (as Z: a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] in ("title_only", "menu_active", "body_class"):
        s["arabic"] = False  # (as Z: Y's Arabic letters in the header would be the section's only spelling)
    if s["sec"] == "title_only":
        s["title_above"], s["title_top"] = False, True
    if s["sec"] == "sidebar":
        s["arabic"] = False  # (Y's Arabic letters in the sidebar's heading would be the section's only spelling)


def section_alone(s: dict, form: str, r: random.Random) -> None:
    """The host's section only in the set's own ``form``: no metas, JSON-LD, tag line nor ``<title>`` naming it,
    no Arabic letters; the date in the head when Y's frame would have it only in markup."""
    s["sec"] = form
    s["meta"] = s["jsonld"] = s["graph"] = False
    s["tags"] = None
    s["title_form"] = pick(r, ["title_site", "site_title"])
    s["title_top"] = False
    s["arabic"] = False
    if s["date_pos"] in ("meta_only", "time_rel"):
        s["date_pos"] = "head"


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AG's forms forced on :data:`FORCED`'s hosts; none of Z's to AF's; and the shape its HTML pages
    were saved in."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-ag-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where
    for form in (*_ad.OFF, *_ae.AD_FORMS, *_af.AE_FORMS, *AF_FORMS):
        s[form] = False
    frame_fixes(s)
    if s["kashida_sec"]:  # the section only there: no metas, JSON-LD, tag line nor <title> naming it
        section_alone(s, "kashida_sec", r)
        s["kashida"] = 2 + stable(seed, h.domain, "kashida") % 4
    if s["date_foot"]:  # one dated line in the head (the update), the publication's under the story
        s["date_pos"] = "head"
        s["date_label"] = None
        s["code_row"] = s["code_foot"] = s["time_el"] = s["bidi"] = s["upd_below"] = False
        s["upd_label"] = pick(r, UPDATED)
        s["pub_label"] = pick(r, PUBLISHED)
    if s["latin_credit"]:
        s["credit"] = "src_button"  # (Y's source line under the story, rewritten as AG's Latin credit)
        s["agency"] = "credit"  # (the story's own «به گزارش …» rewritten to the host: AG's line is the credit)
        s["jsonld"] = s["graph"] = False
        s["arabic"] = False
        s["credit_fmt"] = pick(r, LATIN_CREDITS)
    if s["credit"] == "ld_publisher" and not (s["jsonld"] or s["graph"]):
        s["credit"] = "source"  # (no JSON-LD left for the publisher to stand in)
    s["html_p"] = max(s["html_p"], 0.3)  # (every skin and form has its HTML pages)
    s["cms"] = CMS[(stable(seed, h.domain, "cms") + FAMILIES.index(family) + idx) % len(CMS)]
    s["shape"] = CMS_SHAPE[s["cms"]]
    if s["cms"] == "virgool":
        s["claps"] = 3 + stable(seed, h.domain, "claps") % 40
    return h


def _before_title(pg: Page, title: str, line: tuple[str, str]) -> bool:
    """``line`` put in the head right above the headline (above its surtitle when one stands there)."""
    for k, (g, ls) in enumerate(pg.regions):
        if g == "head" and ("title", title) in ls:
            j = ls.index(("title", title))
            if j and ls[j - 1][0] == "sur":
                j -= 1
            pg.regions[k] = (g, [*ls[:j], line, *ls[j:]])
            return True
    return False


def _after_headline(pg: Page, title: str, line: tuple[str, str], skip: str | None) -> bool:
    """``line`` right after the headline in whichever region holds it (after the line ``skip`` when it follows)."""
    for k, (g, ls) in enumerate(pg.regions):
        if ("title", title) in ls:
            j = ls.index(("title", title)) + 1
            if skip and j < len(ls) and ls[j] == ("c", skip):
                j += 1
            pg.regions[k] = (g, [*ls[:j], line, *ls[j:]])
            return True
    return False


def _after_body(pg: Page, lines: list[tuple[str, str]]) -> None:
    """``lines`` right under the story: at the top of the region after its last body region."""
    last = max((k for k, (g, _) in enumerate(pg.regions) if g == "body"), default=len(pg.regions) - 1)
    if last + 1 < len(pg.regions) and pg.regions[last + 1][0] == "post":
        g, ls = pg.regions[last + 1]
        pg.regions[last + 1] = (g, [*lines, *ls])
    else:
        pg.regions.insert(last + 1, ("post", list(lines)))


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AG's forms on it (``meta["kashida"]``: the stretched section over the headline;
    ``meta["latin"]``: the Latin credit under the story; ``meta["updated"]`` / ``meta["foot_date"]``: the update's
    line in the head and the publication's under the story; ``meta["reading"]``: a Virgool-like blog's rows)."""
    s = h.s
    printed = variant == "print"
    title = st["title"]
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    sec = meta["section"]
    meta["kashida"] = meta["latin"] = meta["updated"] = meta["foot_date"] = meta["reading"] = None
    if meta["form"] == "kashida_sec" and sec:
        label = stretch(sec, s["kashida"])
        if _before_title(pg, title, ("c", label)):
            meta["kashida"] = (label, sec)
            meta["section"] = label
        else:
            meta["section"] = None
    if agency and s["latin_credit"] and not printed:
        names = AGENCIES[agency]
        _af._ad_replace(pg, "مشاهده خبر در سایت منبع")
        _af._ad_replace(pg, f"لینک منبع: {names[stable(h.domain, agency) % len(names)]}")
        latin = LATIN_NAMES[agency]
        line = s["credit_fmt"].format(n=latin[stable(st["key"], h.domain) % len(latin)])
        _after_body(pg, [("c", line)])
        meta["latin"] = line
    if s["date_foot"] and meta["date_line"] and not printed:
        later = pub + dt.timedelta(days=1 + stable(st["key"], h.domain, "upd") % 20,
                                   hours=stable(st["key"], "h") % 9)
        upd = s["upd_label"] + _af.af_date(later, s["date"], s["digits"], s["time"], s["ampm"])
        if _af._replace_head(pg, meta["date_line"], upd):
            foot = s["pub_label"] + meta["date_line"]
            _after_body(pg, [("c", foot)])
            meta["updated"], meta["foot_date"] = upd, foot
            meta["date_line"] = None
    if s["cms"] == "virgool" and not printed:  # (a reading time of the frame's own stays the only one)
        words = sum(len(p.split()) for p in paras)
        minutes = dg(f"{max(1, round(words / 200))} دقیقه خواندن", s["digits"])
        likes = dg(f"{s['claps'] + stable(st['key'], 'likes') % 90} پسند · {stable(st['key'], 'c') % 12} پاسخ",
                   s["digits"])
        own = any("دقیقه" in t for t in pg.lines("c"))
        if own or not _after_headline(pg, title, ("c", minutes), meta["kashida"][0] if meta["kashida"] else None):
            minutes = None
        _after_body(pg, [("c", likes)])
        meta["reading"] = (minutes, likes)
    return pg, meta, lead


# ---------------------------------------------------------------------------------------------- the saved HTML

def _ag_markup(h: Host, out: str, meta: dict) -> str:
    """AG's forms in Y's HTML: the stretched section as a category link, the Latin credit as a source link, the
    update and the publication dates in their own elements."""
    esc = _z._esc
    if meta.get("kashida"):
        label, sec = meta["kashida"]
        link = f'<div class="cat-label"><a href="/category/{SLUGS[sec]}/" rel="category tag">{esc(h, label)}</a></div>'
        out = re.sub(_ae._div(h, label), lambda m: link, out, count=1)
    if meta.get("latin"):
        line = meta["latin"]
        out = re.sub(_ae._div(h, line), lambda m: f'<div class="post-source" dir="auto">{esc(h, line)}</div>', out,
                     count=1)
    if meta.get("updated"):
        out = re.sub(_ae._div(h, meta["updated"]),
                     lambda m: f'<div class="post-modified">{esc(h, meta["updated"])}</div>', out, count=1)
        out = re.sub(_ae._div(h, meta["foot_date"]),
                     lambda m: f'<div class="post-published">{esc(h, meta["foot_date"])}</div>', out, count=1)
    if meta.get("reading"):
        minutes, likes = meta["reading"]
        if minutes:
            out = re.sub(_ae._div(h, minutes), lambda m: f'<div class="sc-kAzzGY hQwRDz"><span>{esc(h, minutes)}'
                         '</span></div>', out, count=1)
        out = re.sub(_ae._div(h, likes), lambda m: f'<div class="sc-dxgOiQ clap-row"><button class="clap-button" '
                     f'aria-label="پسندیدن">{esc(h, likes)}</button></div>', out, count=1)
    return out


#: a 1×1 GIF, as SingleFile inlines an image
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _kilo(n: int) -> str:
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


def _skin(h: Host, out: str, gold: dict, pub: dt.datetime | None, meta: dict | None) -> str:
    """Y's HTML in the shape the host's page was saved in; the chrome lines a skin adds go to ``gold["_chrome"]``."""
    cms = h.s["cms"]
    key = str(stable(h.domain, gold.get("title") or "", "post") % 900000 + 100000)
    head: list[str] = []
    extra: list[str] = []
    url = _af._url(h, gold, meta)
    if cms == "singlefile":
        base = pub or dt.datetime(2023, 6, 1)
        saved = base + dt.timedelta(days=stable(key, "saved") % 200 + 2, hours=stable(key, "sh") % 12)
        stamp = (f"{_EN_DAYS[saved.weekday()]} {_EN_MONTHS[saved.month - 1]} {saved.day:02d} {saved.year} "
                 f"{saved:%H:%M:%S} GMT+0330 (Iran Standard Time)")
        out = re.sub(r"<script(?![^>]*application/ld\+json)[^>]*>.*?</script>\n?", "", out, flags=re.S)
        out = re.sub(r'<link rel="stylesheet"[^>]*>', "<style>body{font-family:Vazirmatn,Tahoma}.sf-hidden"
                     "{display:none!important}</style>", out)
        out = re.sub(r'(<img[^>]* src)="[^"]*"', lambda m: f'{m.group(1)}="{_GIF}"', out)
        out = re.sub(r"(<html[^>]*>)", lambda m: m.group(1) + f"<!--\n Page saved with SingleFile \n url: {url} \n"
                     f" saved date: {stamp}\n-->", out, count=1)
        head = ['<meta name="referrer" content="no-referrer">', f'<link rel="icon" href="{_GIF}">',
                '<link rel="canonical" href="' + url + '">']
    elif cms == "amp_cache":
        cache = "https://" + h.domain.replace("-", "--").replace(".", "-") + ".cdn.ampproject.org"
        out = re.sub(r"<html[^>]*>", '<html ⚡ lang="fa" dir="rtl" i-amphtml-layout="" i-amphtml-no-boilerplate="" '
                     'transformed="self;v=1">', out, count=1)
        out = re.sub(r"<img([^>]*?)\s*/?>", lambda m: "<amp-img" + re.sub(
            r' src="/(?!/)([^"]*)"', lambda k: f' src="{cache}/i/s/{h.domain}/{k.group(1)}"', m.group(1))
            + ' layout="responsive" width="800" height="450"></amp-img>', out)
        out = re.sub(r"<script(?![^>]*application/ld\+json)[^>]*>.*?</script>\n?", "", out, flags=re.S)
        head = ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                '<script async custom-element="amp-analytics" '
                'src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
                f'<link rel="canonical" href="{url}">',
                "<style amp-boilerplate>body{-webkit-animation:none;animation:none}</style>",
                "<style amp-custom>body{font-family:IRANSans,Tahoma;direction:rtl}</style>"]
        out = out.replace("\n</body>", '\n<amp-analytics type="gtag" data-credentials="include"></amp-analytics>'
                          "\n</body>", 1)
    elif cms == "virgool":
        head = ['<meta name="theme-color" content="#ffffff">',
                f'<link rel="manifest" href="https://{h.domain}/manifest.json">',
                f'<script defer src="https://{h.domain}/static/js/main.{_ad._token(h.domain, 8).lower()}.chunk.js">'
                "</script>"]
        out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + '\n<div id="root"><div class="sc-bdVaJa App">\n', out,
                     count=1)
        out = out.replace("\n</body>", "\n</div></div>\n<script>window.__INITIAL_STATE__={\"post\":{\"id\":"
                          f"{key},\"hash\":\"{_ad._token(key, 10).lower()}\"}}}};</script>\n</body>", 1)
    elif cms == "telegram_s":
        chan = h.domain.split(".")[0].replace("-", "_")
        subs = _kilo(3000 + stable(h.domain, "subs") % 90000)
        views = _kilo(200 + stable(key, "views") % 40000)
        extra = [h.name, f"{subs} subscribers", f"@{chan}"]
        bar = ('<div class="tgme_channel_info">\n<div class="tgme_channel_info_header">'
               f'<div class="tgme_channel_info_header_title"><span dir="auto">{html.escape(h.name)}</span></div>'
               f'<div class="tgme_channel_info_header_username"><a href="https://t.me/{chan}">@{chan}</a></div></div>\n'
               f'<div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter">'
               f'<span class="counter_value">{subs}</span> <span class="counter_type">subscribers</span></div></div>\n'
               "</div>")
        out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + "\n" + bar + '\n<section class="tgme_channel_history '
                     f'js-message_history">\n<div class="tgme_widget_message_wrap js-widget_message_wrap">'
                     f'<div class="tgme_widget_message text_not_supported_wrap js-widget_message" '
                     f'data-post="{chan}/{key}">\n', out, count=1)
        info = f'<span class="tgme_widget_message_views">{views}</span>'
        if pub:
            utc = (pub if pub.tzinfo else pub.replace(tzinfo=TEHRAN)).astimezone(dt.timezone.utc)
            if gold.get("published_iso"):
                gold["published_time"] = pub.isoformat()  # (the instant is in the markup)
            info += (f' <a class="tgme_widget_message_date" href="https://t.me/{chan}/{key}"><time '
                     f'datetime="{utc:%Y-%m-%dT%H:%M:%S}+00:00" class="time">{pub:%H:%M}</time></a>')
            extra.append(f"{pub:%H:%M}")
        extra.append(views)
        out = out.replace("\n</body>", f'\n<div class="tgme_widget_message_footer compact js-message_footer">'
                          f'<div class="tgme_widget_message_info short js-message_info">{info}</div></div>\n'
                          "</div></div>\n</section>\n</body>", 1)
    elif cms == "table_asp":
        head = ['<meta name="GENERATOR" content="Microsoft FrontPage 6.0">',
                '<meta name="ProgId" content="FrontPage.Editor.Document">',
                '<meta http-equiv="Content-Language" content="fa">']
        out = re.sub(r"<body([^>]*)>\n", lambda m: f'<body{m.group(1)} topmargin="0" leftmargin="0" '
                     'bgcolor="#E8E8E8">\n<table border="0" width="780" cellspacing="0" cellpadding="0" '
                     'align="center" bgcolor="#FFFFFF" dir="rtl">\n<tr>\n<td valign="top">\n', out, count=1)
        out = out.replace("\n</body>", "\n</td>\n</tr>\n</table>\n</body>", 1)
    if head:
        out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    if extra:
        gold["_chrome"] = extra
    return out


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML of the page, AG's forms in its markup (:func:`_ag_markup`), then the shape the page was saved in
    (:func:`_skin`); AMP twins and print views as Y writes them."""
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta:
        out = _ag_markup(h, out, meta)
    if meta and meta.get("variant") not in (None, "page"):
        return out
    return _skin(h, out, gold, pub, meta)


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    extra = gold.pop("_chrome", [])
    return gold_row(name, "families-ag", family, families, site, fmt, gold, chrome + [x for x in extra
                                                                                     if x not in chrome], i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "ag" + cluster_prefix[1:])


#: Z's module namespace with AG's hosts, pages and HTML: Z's build loop rebound to it writes AG's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _aa._rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 291, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
