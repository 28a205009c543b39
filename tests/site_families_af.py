"""Family set AF: eight Persian site families of organ donation (اهدای عضو), the statistics centre's releases
(inflation, unemployment, census), rural roads, archaeological digs, plant protection (pests and locusts), the gas
network, vaccination drives and bridge / tunnel projects, written blind to the extractor.

    build(out_dir, n, seed=281, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running it on these pages. As AA to AE do, AF copies no frame: it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers) in a namespace of its own
(:data:`_G`: Y's globals with AF's tables, widgets and date styles) and Z's own ``build`` loop in another (:data:`_B`:
Z's globals with AF's hosts, pages and HTML, its split ``families-af`` and clusters ``af<seed>-NNN``), then adds its
own forms on the page Y's frame builds. Families (none in an earlier set; tables in :mod:`site_families_af_tables`):

- ``organ_donation``     organ donation and transplants: donor cards, brain death, waiting lists;
- ``statistics_center``  the statistics centre's releases: inflation, unemployment, census, household budgets;
- ``rural_roads``        rural and nomads' roads: asphalting, black spots, winter road maintenance;
- ``archaeology_dig``    archaeological excavations, finds, museums and the smuggling of antiquities;
- ``plant_protection``   plant protection: pests, desert locusts, plant diseases, pesticides, plant clinics;
- ``gas_network``        the gas network: village gas supply, consumption, tiered bills, gas safety;
- ``vaccination_drive``  vaccination drives: children's vaccines, polio, influenza, health houses;
- ``bridge_tunnel``      bridges, tunnels and freeways: national projects' progress and retrofits.

Forms AF adds to Y's, X's, W's, V's and U's (``h.s`` keys; none of Z's to AE's):
- ``og_headline``: (HTML) the headline only in ``<title>`` and ``og:title``; the page's ``<h1>`` is the site's name
  and no heading in the body holds the headline (its text dump keeps the headline's line);
- ``crumb_title``: the section only in a breadcrumb whose last item is the headline itself
  «خانه › کاوش‌ها › یافته‌های تاریخی › <headline>» (HTML: Yoast's inline trail, ``breadcrumb_last``);
- ``tag_after``: the section only as a coloured tag link on its own line right after the headline;
- ``byline_agency``: the agency only inside a reporter's byline under the headline «خبرنگار ایرنا - شهرکرد»,
  «شهرکرد - خبرنگار ایسنا», «گزارش خبرنگار تسنیم از یاسوج» (no source line, the story's own credit rewritten);
- ``code_glued``: the news code glued to the date on one line, no space between «کد خبر: ۴۸۲۹۱۷یکشنبه، ۱۲ آذر …»
  or «کد خبر: ۴۸۲۹۱۷تاریخ انتشار: …» (HTML: two abutting ``<span>``s);
- date style ``finglish``: the Jalali day with Finglish month names and Latin digits «12 Azar 1402 - 14:30»,
  «Sunday 12 Azar 1402» (a Persian site's English-locale theme);
- ``cms``: the HTML page as it was saved, one a host: a Next.js site (the story in the DOM and again in the
  ``__NEXT_DATA__`` JSON), a Wayback Machine capture (its toolbar insert, ``/web/<ts>/`` links and the archive's
  comment at the end), a page saved from a browser (``<!-- saved from url=(NNNN)… -->``, ``<base href>``, resources
  in ``./<name>_files/``), WordPress with Elementor (nested ``elementor-widget-container`` divs), a Mihanblog blog
  (its top bar «ساخت وبلاگ | ورود» and «قدرت گرفته از میهن‌بلاگ») or a Liferay portal (``portlet-boundary``,
  ``Liferay.authToken``).

Not done: Windows-1256 bytes (the family frame and its checks read pages as UTF-8).
Gold as X to AE document it: section the most specific one the page shows, else null; ``published_iso`` the local
(Tehran) day of publication, ``published_time`` the instant with its Tehran offset when the page shows the time or
has it in markup, else the day (a Wayback capture's timestamp is no publication date). Agency only when the page
credits the story to one. About 7% negatives, ~10% of the stories republished on a host of another family (gold
``cluster``). Deterministic by seed.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
import types

import jdatetime

import site_families_aa as _aa
import site_families_ad as _ad
import site_families_ae as _ae
import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_ab import HOMES
from site_families_af_tables import (
    AFTER,
    CAPTIONS,
    CITIES,
    FAMILIES,
    HOSTS,
    MENUS,
    PESTS,
    PR_OFFICES,
    PROJECTS,
    SLUGS,
    SURTITLES,
    VACCINES,
)
from site_families_h import AGENCIES, JMONTHS, Host, dg
from site_families_r import credited_agency
from site_families_v import clock

__all__ = ["AFTER", "AGENCIES", "CAPTIONS", "FAMILIES", "FMONTHS", "HOMES", "HOSTS", "JMONTHS", "MENUS", "PR_OFFICES",
           "SLUGS", "SURTITLES", "af_date", "build", "canon", "credited_agency", "dg"]

#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"statistics_center": ["day_dash", "wd_comma", "paren_time"],
               "vaccination_drive": ["wd_comma", "day_dash", "nopad"],
               "gas_network": ["paren_time", "day_dash", "wd_comma"]}
DEFAULT_STYLES = _ae.DEFAULT_STYLES
FMONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
           "Bahman", "Esfand"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BYLINES = ["خبرنگار {n} - {c}", "{c} - خبرنگار {n}", "گزارش خبرنگار {n} از {c}"]
GLUES = ["کد خبر: {k}", "کد خبر: {k}تاریخ انتشار: ", "شناسه خبر: {k}"]
CRUMB_SEPS = [" › ", " » ", " / "]
TAG_COLOURS = ["#e53935", "#1e88e5", "#43a047", "#fb8c00"]
#: Mihanblog's bar over every blog's page
MB_BAR = "ساخت وبلاگ | ورود | وبلاگ بعدی"
CMS = ["nextjs", "wayback", "saved_as", "elementor", "mihanblog", "liferay"]
#: the CMS's base shape in Y's frame: the skin wraps that shape's columns
CMS_SHAPE = {"nextjs": "bootstrap", "wayback": "nastooh", "saved_as": "drupal", "elementor": "wp",
             "mihanblog": "bootstrap", "liferay": "bootstrap"}


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: donors this year, the latest inflation, road works, pest alerts, vaccines due (host's
    digits)."""
    d = h.s["digits"]
    f = h.family
    latin = _z.LATIN
    if f == "organ_donation":
        return ["آمار اهدای عضو امسال", dg(f"اهداکنندگان: {r.randint(700, 1100)} نفر", d),
                dg(f"بیماران در انتظار پیوند: {r.randint(20, 26)},۰۰۰ نفر".translate(latin), d)]
    if f == "statistics_center":
        return ["آخرین شاخص‌ها", dg(f"تورم نقطه‌به‌نقطه: {r.randint(30, 49)}.{r.randint(1, 9)} درصد", d),
                dg(f"نرخ بیکاری: {r.randint(7, 9)}.{r.randint(1, 9)} درصد", d)]
    if f == "rural_roads":
        return ["وضعیت محورها", pick(r, ["محور یاسوج - سی‌سخت: باز", "محور کلاله - مراوه‌تپه: در دست تعمیر"]),
                pick(r, ["گردنه حیران: زنجیر چرخ الزامی", "محور خلخال - اسالم: تردد روان"])]
    if f == "archaeology_dig":
        return ["فصل‌های کاوش امسال", dg(f"کاوش‌های فعال: {r.randint(40, 90)} محوطه", d),
                dg(f"پروژه‌های نجات‌بخشی: {r.randint(5, 19)} پروژه", d)]
    if f == "plant_protection":
        return ["هشدار آفت این هفته", *(f"{p}: {a}" for p, a in r.sample(PESTS, 2))]
    if f == "gas_network":
        return ["مصرف گاز امروز", dg(f"بخش خانگی: {r.randint(480, 620)} میلیون مترمکعب", d),
                pick(r, ["دمای بخاری را روی ۱۸ درجه تنظیم کنید", "هر درجه کمتر، ۶ درصد صرفه‌جویی"])]
    if f == "vaccination_drive":
        return ["جدول واکسن کودکان", *(f"{a}: {v}" for a, v in r.sample(VACCINES, 2))]
    return ["پیشرفت پروژه‌های ملی", *(dg(f"{p}: {v} درصد", d) for p, v in r.sample(PROJECTS, 2))]


def af_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """AF's date style, else AE's (and its elders').

    ``af_date(dt.datetime(2023, 12, 3, 14, 30), "finglish", "fa")`` -> «12 Azar 1402 - 14:30» (Latin digits whatever
    the host's); ``"finglish_wd"`` -> «Sunday 12 Azar 1402 - 14:30»."""
    if style in ("finglish", "finglish_wd"):
        j = jdatetime.date.fromgregorian(date=t.date())
        day = f"{j.day} {FMONTHS[j.month - 1]} {j.year}"
        if style == "finglish_wd":
            day = f"{EN_WEEKDAYS[t.weekday()]} {day}"
        return f"{day} - {clock(t, False)}" if time else day
    return _ae.ae_date(t, style, digits, time, ampm)


# ---------------------------------------------------------------------------------------------- Y's frame, AF's tables

#: Y's module namespace with AF's tables: Y's frame functions rebound to it read AF's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update({k: globals()[k] for k in ("FAMILIES", "HOSTS", "MENUS", "SLUGS", "AFTER", "HOMES", "DATE_STYLES",
                                     "DEFAULT_STYLES", "PR_OFFICES", "SURTITLES", "CAPTIONS", "widget")})
_G.update(product_box=_z.product_box, gallery=_z.gallery, newsletter=_z.newsletter, poll=_z.poll, y_date=af_date)
#: the frame functions: those of Y that AD runs in its own namespace
for _name in [k for k, f in _ad._G.items() if isinstance(f, types.FunctionType) and f.__globals__ is _ad._G]:
    _aa._rebind(_G, _y, _name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: AF's forms, forced on hosts of an open (even-indexed) and of a held-out (odd) family each
FORCED = {
    "og_headline": (("organ_donation", 0), ("statistics_center", 1), ("plant_protection", 2)),
    "crumb_title": (("rural_roads", 0), ("archaeology_dig", 2), ("vaccination_drive", 1)),
    "tag_after": (("plant_protection", 0), ("gas_network", 1), ("bridge_tunnel", 2)),
    "byline_agency": (("vaccination_drive", 0), ("statistics_center", 2), ("rural_roads", 2), ("gas_network", 0)),
    "code_glued": (("organ_donation", 1), ("bridge_tunnel", 0), ("gas_network", 2), ("plant_protection", 1)),
    "finglish": (("rural_roads", 1), ("archaeology_dig", 0), ("vaccination_drive", 2)),
}
#: the forms that are the host's section form (one a host)
SEC_FORMS = ("crumb_title", "tag_after")
#: AE's forms: off on AF's hosts (AD's, AC's, AB's and Z's are off through AE's lists)
AE_FORMS = ("slug_crumb", "field_table", "forward_from", "time_first", "wd_after", "portal_strip", "sur_below")


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AF's forms forced on :data:`FORCED`'s hosts; none of Z's to AE's; and the CMS whose saved HTML
    its pages are."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-af-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where
    for form in (*_ad.OFF, *_ae.AD_FORMS, *AE_FORMS):
        s[form] = False
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (as Z: a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] in ("title_only", "menu_active", "body_class"):
        s["arabic"] = False  # (as Z: Y's Arabic letters in the header would be the section's only spelling)
    if s["sec"] == "title_only":
        s["title_above"], s["title_top"] = False, True
    if s["finglish"]:
        s["date"] = pick(r, ["finglish", "finglish_wd"])
        s["date_label"] = None
        if s["date_pos"] in ("meta_only", "time_rel"):
            s["date_pos"] = "head"
    sec_form = next((f for f in SEC_FORMS if s[f]), None)
    if sec_form:  # the section only there: no metas, JSON-LD, tag line nor <title> naming it
        s["sec"] = sec_form
        s["meta"] = s["jsonld"] = s["graph"] = False
        s["tags"] = None
        s["title_form"] = pick(r, ["title_site", "site_title"])
        s["title_top"] = False
        s["arabic"] = False
        if s["date_pos"] in ("meta_only", "time_rel"):
            s["date_pos"] = "head"
        s["crumb_sep"] = pick(r, CRUMB_SEPS)
        s["tag_colour"] = pick(r, TAG_COLOURS)
    if s["og_headline"]:  # the site's name in the <h1>; the headline only in the <head>
        s["logo_h1"] = True
        s["title_above"] = s["title_top"] = False
        s["html_p"] = max(s["html_p"], 0.6)
        s["arabic"] = False
    if s["byline_agency"]:
        s["credit"] = "src_button"  # (Y's source line under the story, rewritten as AF's byline)
        s["agency"] = "credit"  # (the story's own «به گزارش …» rewritten to the host: AF's form is the credit)
        s["jsonld"] = s["graph"] = False
        s["arabic"] = False
        s["byline_fmt"] = pick(r, BYLINES)
    if s["code_glued"]:  # the code and the date on one line; a date that opens with a letter or a label
        s["glue"] = pick(r, GLUES)
        s["date"] = "wd_comma" if "{k}تاریخ" not in s["glue"] else pick(r, ["day_dash", "paren_time"])
        s["date_label"] = None
        s["date_pos"] = "head"
        s["code"] = None
        s["code_row"] = s["code_foot"] = s["time_el"] = s["bidi"] = s["arabic"] = False
        s["time"] = True
        if s["credit"] == "code_src":
            s["credit"] = "source"  # (no code row for the agency to stand in)
    if s["credit"] == "ld_publisher" and not (s["jsonld"] or s["graph"]):
        s["credit"] = "source"  # (no JSON-LD left for the publisher to stand in)
    s["html_p"] = max(s["html_p"], 0.3)  # (every skin and form has its HTML pages)
    s["cms"] = CMS[(stable(seed, h.domain, "cms") + FAMILIES.index(family) + idx) % len(CMS)]
    if s["sec"] == "body_class":
        s["cms"] = "elementor"  # (a WordPress body class)
    s["shape"] = CMS_SHAPE[s["cms"]]
    if s["cms"] == "mihanblog":
        s["footer"] = [*s["footer"], "قدرت گرفته از میهن‌بلاگ"]
    return h


def _after_title(pg: Page, title: str, lines: list[tuple[str, str]], skip: str | None = None) -> bool:
    """``lines`` put in the head right after the headline (after the line ``skip`` when it follows the headline)."""
    for k, (g, ls) in enumerate(pg.regions):
        if g == "head" and ("title", title) in ls:
            j = ls.index(("title", title)) + 1
            if skip and j < len(ls) and ls[j] == ("c", skip):
                j += 1
            pg.regions[k] = (g, [*ls[:j], *lines, *ls[j:]])
            return True
    return False


def _replace_head(pg: Page, old: str, new: str) -> bool:
    for k, (g, ls) in enumerate(pg.regions):
        if g == "head" and ("c", old) in ls:
            pg.regions[k] = (g, [("c", new) if x == ("c", old) else x for x in ls])
            return True
    return False


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AF's forms on it (``meta["crumb"]``: the trail's items; ``meta["tag"]``: the tag
    after the headline; ``meta["byline"]``: the reporter's byline and the agency's name in it; ``meta["glued"]``: the
    code and the date glued)."""
    s = h.s
    printed = variant == "print"
    title = st["title"]
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    sec = meta["section"]
    form = meta["form"]
    meta["crumb"] = meta["tag"] = meta["byline"] = meta["glued"] = None
    if form == "crumb_title" and sec:
        items = [s["home"] or h.name, *meta["chosen"], title]
        meta["crumb"] = items
        _ae._insert(pg, "crumb", "head", [("c", s["crumb_sep"].join(items))])
    if form == "tag_after" and sec:
        if _after_title(pg, title, [("c", sec)]):
            meta["tag"] = sec
        else:
            meta["section"] = None
    if agency and s["byline_agency"] and not printed:
        names = AGENCIES[agency]
        _ad_replace(pg, "مشاهده خبر در سایت منبع")
        _ad_replace(pg, f"لینک منبع: {names[stable(h.domain, agency) % len(names)]}")
        name = min(names, key=len)  # (a byline gives the agency's short name)
        line = s["byline_fmt"].format(n=name, c=CITIES[stable(st["key"], h.domain) % len(CITIES)])
        if _after_title(pg, title, [("c", line)], skip=meta["tag"]):
            meta["byline"] = (line, name)
    if fmt == "txt" and not printed and s["cms"] == "wayback":  # a capture's text: the toolbar's print line first
        pg.regions.insert(0, ("wayback", [("c", _wayback(h, title, pub, meta.get("url"))[1])]))
    if fmt == "txt" and not printed and s["cms"] == "mihanblog":  # the blog service's bar over the blog's header
        pg.regions.insert(0, ("mbbar", [("c", MB_BAR)]))
    if s["code_glued"] and meta["date_line"]:
        num = stable(st["key"], h.domain, "code") % 900000 + 100000
        code = dg(s["glue"].format(k=num), s["digits"])
        glued = code + meta["date_line"]
        if _replace_head(pg, meta["date_line"], glued):
            meta["glued"] = (code, meta["date_line"])
            meta["date_line"] = None
    return pg, meta, lead


def _ad_replace(pg: Page, line: str) -> None:
    """The post region's chrome line ``line`` dropped."""
    for k, (g, ls) in enumerate(pg.regions):
        if g == "post" and ("c", line) in ls:
            pg.regions[k] = (g, [x for x in ls if x != ("c", line)])


# ---------------------------------------------------------------------------------------------- the saved HTML

def _heading(h: Host, t: str) -> str:
    return r'<h[12] class="[^"]*">' + re.escape(_z._esc(h, t)) + r"</h[12]>"


def _af_markup(h: Host, out: str, meta: dict, gold: dict) -> str:
    """AF's forms in Y's HTML: the trail ending in the headline, the coloured tag, the byline, the glued code and
    date, the headline only in the ``<head>``."""
    esc = _z._esc
    if meta.get("crumb"):
        items = meta["crumb"]
        sep = html.escape(h.s["crumb_sep"])
        links = [f'<span><a href="/">{esc(h, items[0])}</a>',
                 *(f'<span><a href="/category/{SLUGS[x]}/">{esc(h, x)}</a>' for x in items[1:-1]),
                 f'<span class="breadcrumb_last" aria-current="page">{esc(h, items[-1])}</span>']
        trail = f'<p id="breadcrumbs">{sep.join(links)}{"</span>" * (len(items) - 1)}</p>'
        out = re.sub(_ae._div(h, h.s["crumb_sep"].join(items)), lambda m: trail, out, count=1)
    if meta.get("tag"):
        sec = meta["tag"]
        m = re.search(_heading(h, gold["title"]), out)
        at = m.end() if m else 0
        tag = (f'<div class="post-tags-top"><a class="tag-label" href="/category/{SLUGS[sec]}/" '
               f'style="background-color:{h.s["tag_colour"]};color:#fff;padding:2px 8px">{esc(h, sec)}</a></div>')
        out = out[:at] + re.sub(_ae._div(h, sec), lambda m: tag, out[at:], count=1)
    if meta.get("byline"):
        line, name = meta["byline"]
        pre, _, post = line.partition(name)
        by = (f'<div class="news-reporter">{html.escape(pre)}<a href="/reporter/{stable(name) % 999}">'
              f'{html.escape(name)}</a>{html.escape(post)}</div>')
        out = re.sub(_ae._div(h, line), lambda m: by, out, count=1)
    if meta.get("glued"):
        code, date = meta["glued"]
        info = (f'<div class="news-info"><span class="news-code">{esc(h, code)}</span>'
                f'<span class="news-date">{esc(h, date)}</span></div>')
        out = re.sub(_ae._div(h, code + date), lambda m: info, out, count=1)
    if h.s["og_headline"] and meta.get("variant") == "page":
        title = html.escape(gold["title"])
        out = re.sub(_heading(h, gold["title"]) + "\n?", "", out, count=1)
        out = re.sub(r"<title>.*?</title>", lambda m: f"<title>{title}</title>", out, count=1, flags=re.S)
        if 'property="og:title"' in out:
            out = re.sub(r'<meta property="og:title" content="[^"]*"',
                         lambda m: f'<meta property="og:title" content="{title}"', out, count=1)
        else:
            out = out.replace("</title>", f'</title>\n<meta property="og:title" content="{title}" />', 1)
    return out


def _url(h: Host, gold: dict, meta: dict | None) -> str:
    """The page's address: the story's own (Y's), else one under ``/news/``."""
    if meta and str(meta.get("url", "")).startswith("https://"):
        return meta["url"]
    return f"https://{h.domain}/news/{stable(h.domain, gold.get('title') or '', 'post') % 900000 + 100000}/"


def _wayback(h: Host, title: str, pub: dt.datetime | None, url: str | None) -> tuple[dt.datetime, str]:
    """When the Wayback Machine captured the page and its toolbar's print line «The Wayback Machine - <capture>»."""
    key = str(stable(h.domain, title, "post") % 900000 + 100000)
    base = pub or dt.datetime(2023, 1, 1)
    cap = base + dt.timedelta(days=stable(key, "cap") % 300 + 1, hours=stable(key, "h") % 20)
    if not (url or "").startswith("https://"):
        url = f"https://{h.domain}/news/{key}/"
    return cap, f"The Wayback Machine - https://web.archive.org/web/{cap:%Y%m%d%H%M%S}/{url}"


def _skin(h: Host, out: str, gold: dict, pub: dt.datetime | None, meta: dict | None) -> str:
    """Y's HTML in the shape the host's page was saved in; the chrome lines a skin adds go to ``gold["_chrome"]``."""
    cms = h.s["cms"]
    key = str(stable(h.domain, gold.get("title") or "", "post") % 900000 + 100000)
    col = '<div class="col-lg-8 col-md-12">\n'
    col_end = '\n</div>\n<div class="col-lg-4 sidebar">'
    head: list[str] = []
    extra: list[str] = []
    url = _url(h, gold, meta)
    if cms == "nextjs":
        build_id = _ad._token(key + "build", 21)
        head = ['<meta name="next-head-count" content="14"/>',
                f'<link rel="preload" href="/_next/static/css/{_ad._token(key + "c", 16).lower()}.css" as="style"/>',
                f'<script src="/_next/static/chunks/webpack-{_ad._token(h.domain, 16).lower()}.js" defer=""></script>',
                f'<script src="/_next/static/chunks/framework-{_ad._token(h.domain + "f", 16).lower()}.js" '
                'defer=""></script>',
                f'<script src="/_next/static/{build_id}/_buildManifest.js" defer=""></script>']
        news = {"id": int(key), "title": gold.get("title"), "summary": gold.get("lead"),
                "content": "".join(f"<p>{p}</p>" for p in gold["body_paragraphs"])}
        data = {"props": {"pageProps": {"news": news}, "__N_SSP": True},
                "page": "/news/[id]", "query": {"id": key}, "buildId": build_id, "isFallback": False, "gssp": True,
                "locale": "fa", "scriptLoader": []}
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + '\n<div id="__next">\n', out, count=1)
        out = out.replace("\n</body>", '\n</div>\n<script id="__NEXT_DATA__" type="application/json">' + blob
                          + "</script>\n</body>", 1)
    elif cms == "wayback":
        cap, line = _wayback(h, gold.get("title") or "", pub, url)
        ts = cap.strftime("%Y%m%d%H%M%S")
        root = f"https://{h.domain}"
        out = re.sub(r'(href|src)="(/(?!/)[^"]*|https?://[^"]*)"',
                     lambda m: f'{m.group(1)}="/web/{ts}{"im_" if m.group(1) == "src" else ""}/'
                               f'{root + m.group(2) if m.group(2).startswith("/") else m.group(2)}"', out)
        head = ['<script src="//archive.org/includes/athena.js" type="text/javascript"></script>',
                '<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" '
                'charset="utf-8"></script>',
                '<script type="text/javascript" src="https://web.archive.org/_static/js/wombat.js?v=txqj7nKC" '
                'charset="utf-8"></script>',
                f'<script type="text/javascript">__wm.init("https://web.archive.org/web");__wm.wombat("{url}","{ts}",'
                '"https://web.archive.org/","web","https://web.archive.org/_static/","' + str(int(cap.timestamp()))
                + '");</script>',
                '<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/banner-styles.css?'
                'v=S1zqJCYt" />',
                "<!-- End Wayback Rewrite JS Include -->"]
        extra.append(line)
        bar = ("<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n"
               '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">\n</div>'
               f'<div id="wm-ipp-print">{html.escape(line)}</div>\n'
               f'<script type="text/javascript">//<![CDATA[\n__wm.bt(700,27,25,2,"web","{url}","{ts}",1996,'
               '"https://web.archive.org/_static/",["https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt"],'
               ' false);\n//]]></script>\n<!-- END WAYBACK TOOLBAR INSERT -->')
        out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + "\n" + bar + "\n", out, count=1)
        now = cap + dt.timedelta(days=stable(key, "now") % 400 + 30)
        out = out.rstrip("\n") + (f"\n<!--\n     FILE ARCHIVED ON {cap:%H:%M:%S %b %d, %Y} AND RETRIEVED FROM THE\n"
                                  f"     INTERNET ARCHIVE ON {now:%H:%M:%S %b %d, %Y}.\n"
                                  "     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n"
                                  "     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n"
                                  "     SECTION 108(a)(3)).\n-->\n")
    elif cms == "saved_as":
        files = f"./{key}_files/"
        out = re.sub(r'(<script[^>]* src|<link[^>]* href|<img[^>]* src)="/(?!/)[^"]*?([^"/?]+)(\?[^"]*)?"',
                     lambda m: f'{m.group(1)}="{files}{m.group(2)}"', out)
        out = out.replace("<!DOCTYPE html>\n", f"<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n", 1)
        out = out.replace("<head>\n", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
                          f'<base href="{url}">\n', 1)
    elif cms == "elementor":
        tok = _ad._token(key + "el", 7).lower()
        head = [f"<link rel='https://api.w.org/' href='https://{h.domain}/wp-json/' />",
                '<meta name="generator" content="WordPress 6.4.2" />',
                '<meta name="generator" content="Elementor 3.18.3; features: e_dom_optimization, '
                'e_optimized_assets_loading; settings: css_print_method-external, google_font-enabled" />',
                f"<link rel='stylesheet' id='elementor-frontend-css' href='https://{h.domain}/wp-content/plugins/"
                "elementor/assets/css/frontend-rtl.min.css?ver=3.18.3' media='all' />"]
        wrap = (f'<div data-elementor-type="single-post" data-elementor-id="{key}" class="elementor elementor-{key}">\n'
                f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{tok} '
                f'elementor-section-boxed" data-id="{tok}" data-element_type="section">\n'
                '<div class="elementor-container elementor-column-gap-default">\n'
                f'<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" '
                'data-element_type="column">\n<div class="elementor-widget-wrap elementor-element-populated">\n'
                '<div class="elementor-element elementor-widget elementor-widget-theme-post-content" '
                'data-widget_type="theme-post-content.default">\n<div class="elementor-widget-container">\n')
        out = out.replace(_ad.WP_OPEN, _ad.WP_OPEN + "\n" + wrap, 1)
        out = out.replace("\n</div></article>\n", "\n</div>\n</div>\n</div>\n</div>\n</div>\n</section>\n</div>\n"
                          "</div></article>\n", 1)
    elif cms == "mihanblog":
        head = ['<meta name="generator" content="Mihanblog" />',
                f'<link rel="alternate" type="application/rss+xml" title="RSS" href="https://{h.domain}/rss/" />',
                '<script type="text/javascript" src="https://mihanblog.com/public/public/js/jquery.min.js"></script>']
        extra.append(MB_BAR)
        bar = ('<div id="mihanblog-topbar" class="mb-toolbar"><a href="https://mihanblog.com/">ساخت وبلاگ</a> | '
               '<a href="https://mihanblog.com/login">ورود</a> | <a href="https://mihanblog.com/next">وبلاگ بعدی</a>'
               "</div>")
        out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + "\n" + bar + "\n", out, count=1)
        out = out.replace(col, col + f'<div class="post" id="post-{key}">\n<div class="postcontent">\n', 1)
        out = out.replace(col_end, "\n</div>\n</div>" + col_end, 1)
    elif cms == "liferay":
        inst = _ad._token(key + "lr", 12)
        head = [f'<link href="/o/{h.domain.split(".")[0]}-theme/images/favicon.ico" rel="icon" />',
                f"<script>var Liferay = Liferay || {{}}; Liferay.authToken = '{_ad._token(key + 'auth', 8)}';"
                ' var themeDisplay = Liferay.ThemeDisplay = {getCompanyId: function() {return "20116";},'
                ' getLanguageId: function() {return "fa_IR";}};</script>',
                '<script src="/o/frontend-js-web/liferay/global.bundle.js?browserId=other&amp;languageId=fa_IR" '
                'type="text/javascript"></script>']
        out = re.sub(r"<body[^>]*>", lambda m: '<body class="controls-visible yui3-skin-sam signed-out public-page '
                     'site">', out, count=1)
        portlet = ("com_liferay_journal_content_web_portlet_JournalContentPortlet")
        out = out.replace(col, f'<div id="column-1" class="col-lg-8 col-md-12 portlet-column">\n'
                          f'<div class="portlet-boundary portlet-boundary_{portlet}_ portlet-journal-content" '
                          f'id="p_p_id_{portlet}_INSTANCE_{inst}_">\n<div class="journal-content-article" '
                          f'data-analytics-asset-id="{key}">\n', 1)
        out = out.replace(col_end, "\n</div>\n</div>" + col_end, 1)
    if head:
        out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    if extra:
        gold["_chrome"] = extra
    return out


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML of the page, AF's forms in its markup (:func:`_af_markup`), then the shape the page was saved in
    (:func:`_skin`); AMP twins and print views as Y writes them."""
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta:
        out = _af_markup(h, out, meta, gold)
    if meta and meta.get("variant") not in (None, "page"):
        return out
    return _skin(h, out, gold, pub, meta)


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    extra = gold.pop("_chrome", [])
    return gold_row(name, "families-af", family, families, site, fmt, gold, chrome + [x for x in extra
                                                                                     if x not in chrome], i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "af" + cluster_prefix[1:])


#: Z's module namespace with AF's hosts, pages and HTML: Z's build loop rebound to it writes AF's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _aa._rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 281, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
