"""Family set AE: eight Persian site families of air-quality bulletins, car lotteries (سامانه یکپارچه فروش خودرو),
power outage schedules (جدول خاموشی), passports and border crossings, Friday prayers, student welfare (loans and
dormitories), zoos and city parks, and the traffic police (fines, plates, inspections), written blind to the extractor.

    build(out_dir, n, seed=271, families=None) -> gold rows; writes out_dir/pages/NNN_<hash>.txt|.html
    and out_dir/gold.jsonl

in the format of ``../shared/data/dev-pages`` (see ``../shared/tools/score_pages.py``). Written without reading
``src/palayesh/`` nor running it on these pages. As AA to AD do, AE copies no frame: it runs Y's own functions
(``make_host``, ``article_page``, ``negative_page``, ``render_html`` and their helpers) in a namespace of its own
(:data:`_G`: Y's globals with AE's tables, widgets and date styles) and Z's own ``build`` loop in another (:data:`_B`:
Z's globals with AE's hosts, pages and HTML, its split ``families-ae`` and clusters ``ae<seed>-NNN``), then adds its
own forms on the page Y's frame builds. Families (none in an earlier set; tables in :mod:`site_families_ae_tables`):

- ``air_quality``      air-quality bulletins: the index (AQI), school and office closures, dust storms, odd-even plates;
- ``car_lottery``      the car makers' lotteries and the unified sales system: registration, results, late delivery;
- ``power_outage``     power outage schedules and demand management, smart meters, power plants, bills;
- ``passport_border``  passports, the exit fee (عوارض خروج), border terminals, visas and exit bans;
- ``friday_prayer``    Friday prayers: the sermons, the appointed imams, the speakers before the sermons, resolutions;
- ``student_welfare``  the student welfare fund: loans, dormitories, meals, insurance;
- ``zoo_parks``        zoos, wildlife in the city and the parks and urban forests;
- ``traffic_police``   the traffic police: fines, licence plates, technical inspection, licences, crashes.

Forms AE adds to Y's, X's, W's, V's and U's (``h.s`` keys; none of Z's, AA's, AB's, AC's nor AD's):
- ``slug_crumb``: the section only in a breadcrumb whose parent stands as the CMS's English slug beside the Persian
  section, «خانه › air-quality › تعطیلی ادارات» (a section without a parent: «خانه › news › ریزگردها»);
- ``field_table``: an ASP.NET government portal's label-value table in place of the head: «عنوان خبر:» | headline,
  «تاریخ انتشار:» | date, «گروه خبری:» | section, each label and value in its own cell (HTML: ``<td>``s, the headline
  in a ``<span id="ctl00_ContentPlaceHolder1_lblTitle">``, no ``<h1>``; text: label and value on their own lines);
- ``forward_from``: a Telegram channel's mirror: the agency only in the forwarded-from line over the headline
  («هدایت شده از ایسنا», «Forwarded from ایرنا», «↪️ بازنشر از کانال تسنیم»; no source line under the story);
- date styles ``time_first`` «۱۴:۳۰ - ۱۴۰۲/۰۹/۱۲» (the clock before the day) and ``wd_after`` «۱۴۰۲/۹/۱۲ یکشنبه
  ساعت ۱۴:۳۰» (slashed, unpadded, the weekday after the day);
- ``sur_below``: the kicker (روتیتر) under the headline, over the date and the lead, as a mobile theme sets it;
- ``portal_strip``: a government portal's top strip over the header: «پرش به محتوای اصلی», a language and
  accessibility switch «English | العربية | نسخه نابینایان», the site map and RSS links, office hours at the foot;
- ``cms``: the HTML page as its CMS saves it, one a host: an ASP.NET WebForms portal (``__VIEWSTATE``,
  ``ctl00_ContentPlaceHolder1_…`` ids), Joomla with K2 (``itemView``, ``k2.frontend.js``), Drupal 9
  (``field--name-body``, ``drupal-settings-json``), DNN (``dnn_ContentPane``, ``__dnnVariable``), WordPress with
  the Soledad theme (``penci-post-entry-inner``, ``PENCILOCALIZE``) or a Blogsky blog (``post-content``, «بلاگ‌اسکای»).

Gold as X to AD document it: section the most specific one the page shows, else null; ``published_iso`` the local
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

import jdatetime

import site_families_aa as _aa
import site_families_ac as _ac
import site_families_ad as _ad
import site_families_y as _y
import site_families_z as _z
from family_pages import Page, canon, gold_row, pick, stable, write_gold
from site_families_ab import HOMES
from site_families_ae_tables import (
    AFTER,
    CAPTIONS,
    CITIES_AQI,
    FAMILIES,
    FINES,
    HOSTS,
    IMAMS,
    MENUS,
    OUTAGE_GROUPS,
    PR_OFFICES,
    SLUGS,
    SURTITLES,
)
from site_families_h import AGENCIES, JMONTHS, WEEKDAYS, Host, dg
from site_families_r import credited_agency
from site_families_v import clock

__all__ = ["AFTER", "AGENCIES", "CAPTIONS", "FAMILIES", "HOMES", "HOSTS", "JMONTHS", "MENUS", "PR_OFFICES", "SLUGS",
           "SURTITLES", "ae_date", "build", "canon", "credited_agency", "dg"]

#: a dated story's host styles: the family's first hosts take the family's own ones
DATE_STYLES = {"air_quality": ["time_first", "day_dash", "wd_after"],
               "friday_prayer": ["wd_after", "day_dash", "paren_time"],
               "power_outage": ["time_first", "wd_comma", "day_dash"],
               "passport_border": ["day_dash", "wd_after", "time_first"]}
DEFAULT_STYLES = ["day_dash", "paren_time", "wd_comma", "nopad", "month_first", "dotted", "num", "day_dash",
                  "paren_time", "wd_comma", "short_year", "dash_sec"]
FORWARDS = ["هدایت شده از {n}", "Forwarded from {n}", "↪️ بازنشر از کانال {n}"]
STRIPS = [("پرش به محتوای اصلی", "English | العربية | نسخه نابینایان", "نقشه سایت | پرسش‌های متداول | RSS"),
          ("رفتن به محتوای اصلی", "فارسی | English | نسخه نابینایان", "نقشه سایت | RSS | ورود کارکنان"),
          ("پرش به محتوا", "English | عربی | کردی | نسخه متنی", "پیوندها | نقشه سایت | خوراک RSS")]
HOURS = ["ساعات کاری: شنبه تا چهارشنبه ۷:۳۰ تا ۱۴:۳۰", "ساعت پاسخگویی: همه‌روزه به‌جز روزهای تعطیل ۸ تا ۱۴",
         "ساعات مراجعه حضوری: شنبه تا چهارشنبه ۸ تا ۱۳"]
TABLE_LABELS = [("عنوان خبر:", "تاریخ انتشار:", "گروه خبری:"), ("عنوان:", "تاریخ درج:", "دسته‌بندی:"),
                ("عنوان خبر:", "تاریخ:", "سرویس خبری:")]
CRUMB_SEPS = [" › ", " / ", " » "]
CMS = ["aspnet", "joomla_k2", "drupal9", "dnn", "soledad", "blogsky"]
#: the CMS's base shape in Y's frame: the skin replaces that shape's wrappers
CMS_SHAPE = {"aspnet": "bootstrap", "joomla_k2": "bootstrap", "drupal9": "drupal", "dnn": "bootstrap", "soledad": "wp",
             "blogsky": "bootstrap"}


def widget(h: Host, r: random.Random) -> list[str]:
    """The family's box: today's air-quality index, the outage groups, the exit fees, the fines, … (host's digits)."""
    d = h.s["digits"]
    f = h.family
    latin = _z.LATIN
    if f == "air_quality":
        return ["شاخص کیفیت هوای امروز", *(dg(f"{c}: {v + r.randint(-9, 9)}", d) for c, v in r.sample(CITIES_AQI, 3))]
    if f == "car_lottery":
        return ["زمان‌بندی قرعه‌کشی", dg(f"مرحله {r.randint(4, 19)}: ثبت‌نام تا ساعت ۲۴ چهارشنبه", d),
                pick(r, ["اعلام نتایج: یک هفته پس از قرعه‌کشی", "وکالتی کردن حساب: تا پایان مهلت ثبت‌نام"])]
    if f == "power_outage":
        return ["جدول خاموشی فردا", *(dg(f"{g}: ساعت {t}", d) for g, t in r.sample(OUTAGE_GROUPS, 3))]
    if f == "passport_border":
        return ["عوارض خروج از کشور", dg("سفر اول: ۴۰۰,۰۰۰ تومان".translate(latin), d),
                dg("سفر دوم: ۶۰۰,۰۰۰ تومان".translate(latin), d),
                dg("سفر سوم به بعد: ۱,۲۰۰,۰۰۰ تومان".translate(latin), d)]
    if f == "friday_prayer":
        return ["امام جمعه این هفته", pick(r, IMAMS), dg(f"آغاز مراسم: ساعت ۱۱:{r.randint(10, 45)}", d)]
    if f == "student_welfare":
        return ["وام‌های نیمسال جاری", dg(f"وام تحصیلی: {r.randint(8, 15)},۰۰۰,۰۰۰ ریال".translate(latin), d),
                dg(f"وام ودیعه مسکن متأهلین: {r.randint(60, 90)},۰۰۰,۰۰۰ ریال".translate(latin), d)]
    if f == "zoo_parks":
        return ["ساعات بازدید باغ وحش", dg("روزهای عادی: ۸ تا ۱۷", d), dg("تعطیلات رسمی: ۸ تا ۱۹", d),
                dg(f"بلیت بزرگسال: {r.randint(8, 15)}۰,۰۰۰ تومان".translate(latin), d)]
    return ["نرخ جرائم رانندگی", *(dg(f"{a}: {p} ریال".translate(latin), d) for a, p in r.sample(FINES, 3))]


def ae_date(t: dt.datetime, style: str, digits: str, time: bool = True, ampm: bool = False) -> str:
    """AE's date styles, else AD's (and its elders').

    ``ae_date(dt.datetime(2023, 12, 3, 14, 30), "time_first", "fa")`` -> «۱۴:۳۰ - ۱۴۰۲/۰۹/۱۲» (the clock first);
    ``"wd_after"`` -> «۱۴۰۲/۹/۱۲ یکشنبه ساعت ۱۴:۳۰» (unpadded, the weekday after the day)."""
    j = jdatetime.date.fromgregorian(date=t.date())
    if style == "time_first":
        day = f"{j.year}/{j.month:02d}/{j.day:02d}"
        return dg(f"{clock(t, ampm)} - {day}" if time else day, digits)
    if style == "wd_after":
        return dg(f"{j.year}/{j.month}/{j.day} {WEEKDAYS[t.weekday()]}" + (f" ساعت {clock(t, ampm)}" if time else ""),
                  digits)
    return _ad.ad_date(t, style, digits, time, ampm)


# ---------------------------------------------------------------------------------------------- Y's frame, AE's tables

#: Y's module namespace with AE's tables: Y's frame functions rebound to it read AE's hosts, menus and widgets
_G: dict = dict(vars(_y))
_G.update({k: globals()[k] for k in ("FAMILIES", "HOSTS", "MENUS", "SLUGS", "AFTER", "HOMES", "DATE_STYLES",
                                     "DEFAULT_STYLES", "PR_OFFICES", "SURTITLES", "CAPTIONS", "widget")})
_G.update(product_box=_z.product_box, gallery=_z.gallery, newsletter=_z.newsletter, poll=_z.poll, y_date=ae_date)
#: the frame functions: those of Y that AD runs in its own namespace
for _name in [k for k, f in _ad._G.items() if isinstance(f, types.FunctionType) and f.__globals__ is _ad._G]:
    _aa._rebind(_G, _y, _name)
_y_make_host = _G["make_host"]
_y_article_page = _G["article_page"]
negative_page = _G["negative_page"]
_y_render_html = _G["render_html"]

#: AE's forms, forced on hosts of an open (even-indexed) and of a held-out (odd) family each
FORCED = {
    "slug_crumb": (("air_quality", 1), ("car_lottery", 0), ("zoo_parks", 2)),
    "field_table": (("power_outage", 0), ("passport_border", 1), ("traffic_police", 2), ("friday_prayer", 2)),
    "forward_from": (("friday_prayer", 1), ("student_welfare", 0), ("air_quality", 2)),
    "time_first": (("air_quality", 0), ("traffic_police", 1), ("power_outage", 2)),
    "wd_after": (("friday_prayer", 0), ("passport_border", 0), ("zoo_parks", 1)),
    "portal_strip": (("power_outage", 1), ("passport_border", 2), ("student_welfare", 1), ("zoo_parks", 0)),
    "sur_below": (("car_lottery", 2), ("friday_prayer", 0), ("student_welfare", 2), ("zoo_parks", 1)),
}
#: the forms that are the host's section form (one a host)
SEC_FORMS = ("slug_crumb", "field_table")
#: the forms that are the host's date style
DATE_FORMS = ("time_first", "wd_after")
#: AD's forms: off on AE's hosts (AC's, AB's and Z's are off through AD's list)
AD_FORMS = ("title_service", "pdf_bulletin", "title_agency", "src_url", "title_split", "hijri_only", "yy_slash",
            "app_banner")


def make_host(seed: int, family: str, idx: int) -> Host:
    """Y's host, with AE's forms: forced on :data:`FORCED`'s hosts (the portal strip by chance on a few others too);
    none of Z's to AD's; and the CMS whose saved HTML its pages are."""
    h = _y_make_host(seed, family, idx)
    s = h.s
    r = random.Random(f"families-ae-host:{seed}:{h.domain}")
    for form, where in FORCED.items():
        s[form] = (family, idx) in where or (form == "portal_strip" and r.random() < 0.1)
    for form in (*_ad.OFF, *AD_FORMS):
        s[form] = False
    if s["sec"] == "chip_row":
        s["time_el"] = False  # (as Z: a <time> inside the chip row would break its line in the checks' text)
    if s["sec"] in ("title_only", "menu_active", "body_class"):
        s["arabic"] = False  # (as Z: Y's Arabic letters in the header would be the section's only spelling)
    if s["sec"] == "title_only":
        s["title_above"], s["title_top"] = False, True
    for form in DATE_FORMS:
        if s[form]:
            s["date"] = form
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
    s["cms"] = CMS[(stable(seed, h.domain, "cms") + FAMILIES.index(family) + idx) % len(CMS)]
    if s["field_table"]:
        s["cms"] = "aspnet"  # (a government portal's WebForms page)
    elif s["sec"] == "body_class":
        s["cms"] = "soledad"  # (a WordPress body class)
    s["shape"] = CMS_SHAPE[s["cms"]]
    if s["cms"] == "blogsky":
        s["footer"] = [*s["footer"], "قدرت گرفته از بلاگ‌اسکای"]
    if s["slug_crumb"]:
        s["crumb_sep"] = pick(r, CRUMB_SEPS)
        s["crumb_mid"] = pick(r, ["news", "fa", "content"])  # (the trail's item over a section without a parent)
    if s["field_table"]:  # the head is the table: the headline, the date and the section in its cells
        s["date_pos"] = "head"
        s["date_label"] = None
        s["code_row"] = s["upd_below"] = s["title_above"] = s["logo_h1"] = False
        s["labels"] = pick(r, TABLE_LABELS)
    if s["forward_from"]:
        s["credit"] = "src_button"  # (Y's source line under the story, rewritten as AE's forwarded-from line)
        s["agency"] = "credit"  # (the story's own «به گزارش …» rewritten to the host: AE's form is the credit)
        s["jsonld"] = s["jsonld"] and s["sec"] in ("jsonld_only", "graph_ld")
        s["graph"] = s["graph"] and s["sec"] == "graph_ld"
        s["arabic"] = False
        s["fwd_fmt"] = pick(r, FORWARDS)
    if s["sur_below"]:  # a mobile theme's kicker under the headline, over the date and the lead
        s["sur_p"] = max(s["sur_p"], 0.6)
        s["sur_label"] = s["title_above"] = False
    if s["portal_strip"]:
        s["strip"] = list(pick(r, STRIPS))
        s["footer"] = [*s["footer"], pick(r, HOURS)]
    return h


def _insert(pg: Page, region: str, before: str, lines: list[tuple[str, str]]) -> None:
    """A region of ``lines`` put before the first region named ``before`` (at the end when there is none)."""
    k = next((i for i, (g, _) in enumerate(pg.regions) if g == before), len(pg.regions))
    pg.regions.insert(k, (region, lines))


def _table_rows(pg: Page, h: Host, title: str, date: str | None, sec: str) -> list[str] | None:
    """The head's headline and date lines replaced, at the headline's place, by the field table's cells (labels and
    values, a line each); the cells (None: no headline in the head)."""
    lab_title, lab_date, lab_sec = h.s["labels"]
    for k, (g, ls) in enumerate(pg.regions):
        if g == "head" and ("title", title) in ls:
            rows: list[tuple[str, str]] = [("c", lab_title), ("title", title)]
            if date:
                rows += [("c", lab_date), ("c", date)]
            rows += [("c", lab_sec), ("c", sec)]
            rest = [x for x in ls if x != ("c", date)] if date else list(ls)
            j = rest.index(("title", title))
            pg.regions[k] = (g, [*rest[:j], *rows, *rest[j + 1:]])
            return [t for _, t in rows]
    return None


def article_page(h: Host, r: random.Random, st: dict, paras: list[str], agency: str | None, pub: dt.datetime,
                 others: list[str], lead: str | None, fmt: str, variant: str) -> tuple[Page, dict, str | None]:
    """Y's page of the story, then AE's forms on it (``meta["crumb"]``: the slug trail's items; ``meta["table"]``:
    the field table's cells; ``meta["fwd"]``: the forwarded-from line)."""
    s = h.s
    printed = variant == "print"
    pg, meta, lead = _y_article_page(h, r, st, paras, agency, pub, others, lead, fmt, variant)
    sec = meta["section"]
    form = meta["form"]
    meta["crumb"] = meta["table"] = meta["fwd"] = None
    if form == "slug_crumb" and sec:
        chain = tuple(meta["chosen"])
        mid = [SLUGS[x] for x in chain[:-1]] or [s["crumb_mid"]]
        items = [s["home"] or h.name, *mid, chain[-1]]
        meta["crumb"] = items
        _insert(pg, "crumb", "head", [("c", s["crumb_sep"].join(items))])
    if form == "field_table" and sec:
        meta["table"] = _table_rows(pg, h, st["title"], meta["date_line"], sec)
        if meta["table"] is None:
            meta["section"] = None
    if s["sur_below"] and meta["surtitle"]:
        for k, (g, ls) in enumerate(pg.regions):
            roles = [ro for ro, _ in ls]
            if g == "head" and "sur" in roles and "title" in roles:
                sur = ls[roles.index("sur")]
                rest = [x for x in ls if x != sur]
                i = rest.index(("title", st["title"]))
                pg.regions[k] = (g, [*rest[:i + 1], sur, *rest[i + 1:]])
                break
    if agency and s["forward_from"] and not printed:
        names = AGENCIES[agency]
        name = names[stable(h.domain, agency) % len(names)]
        _ac._replace(pg, "post", "مشاهده خبر در سایت منبع", [])
        _ac._replace(pg, "post", f"لینک منبع: {name}", [])
        meta["fwd"] = (s["fwd_fmt"].format(n=name), name)
        for k, (g, ls) in enumerate(pg.regions):
            if g == "head":
                pg.regions[k] = (g, [("c", meta["fwd"][0]), *ls])
                break
    if s["portal_strip"] and not printed:  # over the header's first line, inside the header
        k = next((i for i, (g, _) in enumerate(pg.regions) if g == "top"), None)
        if k is None:
            pg.regions.insert(0, ("top", [("c", x) for x in s["strip"]]))
        else:
            pg.regions[k] = ("top", [*(("c", x) for x in s["strip"]), *pg.regions[k][1]])
    return pg, meta, lead


# ---------------------------------------------------------------------------------------------- the CMS's HTML

def _token(seed_text: str, n: int) -> str:
    return _ad._token(seed_text, n)


def _div(h: Host, t: str) -> str:
    """The pattern of Y's chrome line ``t`` as its ``<div>``."""
    return r'<div class="[^"]*">' + re.escape(_z._esc(h, t)) + "</div>"


def _ae_markup(h: Host, out: str, meta: dict, pub: dt.datetime | None) -> str:
    """AE's forms in Y's HTML: the slug trail as links, the field table as an ASP.NET table, the forwarded-from line
    as a Telegram mirror's."""
    if meta.get("crumb"):
        items = meta["crumb"]
        sep = h.s["crumb_sep"]
        links = [f'<a href="/">{_z._esc(h, items[0])}</a>',
                 *(f'<a href="/{x}/">{html.escape(x)}</a>' for x in items[1:-1]),
                 f'<a href="/{items[-2]}/{SLUGS[items[-1]]}/" class="active">{_z._esc(h, items[-1])}</a>']
        trail = f'<div class="breadcrumbs" itemprop="breadcrumb">{html.escape(sep).join(links)}</div>'
        out = re.sub(_div(h, sep.join(items)), lambda m: trail, out, count=1)
    if meta.get("table"):
        cells = meta["table"]
        pairs = [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2)]
        ids = ["lblTitle", "lblDate", "lblGroup"] if len(pairs) == 3 else ["lblTitle", "lblGroup"]
        rows = "\n".join(f'<tr><td class="lbl">{_z._esc(h, a)}</td><td><span id="ctl00_ContentPlaceHolder1_{i}"'
                         f' class="{i[3:].lower()}">{_z._esc(h, b)}</span></td></tr>' for (a, b), i in zip(pairs, ids))
        table = (f'<table id="ctl00_ContentPlaceHolder1_tblNews" class="news-info" cellspacing="0" border="0">\n'
                 f"{rows}\n</table>")
        pat = (_div(h, cells[0]) + r"\n<h[12] class=\"[^\"]*\">" + re.escape(_z._esc(h, cells[1])) + r"</h[12]>\n.*?"
               + _div(h, cells[-1]))
        out = re.sub(pat, lambda m: table, out, count=1, flags=re.S)
    if h.s["portal_strip"] and meta.get("variant") != "print":
        skip = h.s["strip"][0]
        out = re.sub(_div(h, skip), lambda m: f'<a class="skip-link visually-hidden-focusable" href="#main-content">'
                     f"{_z._esc(h, skip)}</a>", out, count=1)
    if meta.get("fwd"):
        line, name = meta["fwd"]
        pre = line[:line.index(name)]
        fwd = (f'<div class="tgme_widget_message_forwarded_from accent_color">{html.escape(pre)}'
               f'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/s/{stable(name) % 9999}">'
               f"{html.escape(name)}</a></div>")
        out = re.sub(_div(h, line), lambda m: fwd, out, count=1)
    return out


def _skin(h: Host, out: str, gold: dict) -> str:
    """Y's HTML in the host's CMS as a browser saves it: that CMS's wrappers, head scripts and hidden fields."""
    cms = h.s["cms"]
    key = str(stable(h.domain, gold.get("title") or "", "post") % 90000 + 1000)
    col = '<div class="col-lg-8 col-md-12">\n'
    col_end = '\n</div>\n<div class="col-lg-4 sidebar">'
    head: list[str] = []
    if cms == "aspnet":
        head = ['<link href="/App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet" />',
                f'<link href="/WebResource.axd?d={_token(key + "css", 43)}&amp;t=638245118400000000" '
                'type="text/css" rel="stylesheet" />']
        form = (f'<form method="post" action="./NewsDetail.aspx?NewsID={key}" id="aspnetForm">\n'
                '<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
                '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
                f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{_token(key, 120)}" />\n'
                "</div>\n")
        tail = ('<div class="aspNetHidden">\n<input type="hidden" name="__VIEWSTATEGENERATOR" '
                f'id="__VIEWSTATEGENERATOR" value="{stable(h.domain) % 0xFFFFFFFF:08X}" />\n'
                '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
                f'value="/wEdAA{_token(key + "ev", 60)}" />\n</div>\n'
                f'<script src="/ScriptResource.axd?d={_token(key + "js", 60)}" type="text/javascript"></script>\n'
                "</form>")
        out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + "\n" + form, out, count=1)
        out = out.replace("\n</body>", "\n" + tail + "\n</body>", 1)
        out = out.replace(col, '<div id="ctl00_ContentPlaceHolder1_pnlNews" class="col-lg-8 col-md-12">\n', 1)
    elif cms == "joomla_k2":
        head = ['<meta name="generator" content="Joomla! - Open Source Content Management" />',
                '<link href="/templates/' + h.domain.split(".")[0] + '/css/template.css" rel="stylesheet" />',
                '<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/" '
                'type="text/javascript"></script>']
        out = out.replace("<body>", f'<body class="site com_k2 view-item no-layout no-task itemid-{key[-3:]}">', 1)
        out = out.replace(col, col + '<div id="k2Container" class="itemView">\n<div class="itemBody">\n', 1)
        out = out.replace(col_end, "\n</div>\n</div>" + col_end, 1)
    elif cms == "drupal9":
        head = ['<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />',
                '<meta name="MobileOptimized" content="width" />',
                '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
                f'"currentPath":"node\\/{key}","currentLanguage":"fa","isFront":false}},"ajaxTrustedUrl":[]}}</script>']
        out = re.sub(r'<div class="block block-body" id="block-[^"]*-body"><div class="content">',
                     lambda m: '<div class="node__content"><div class="clearfix text-formatted field field--name-body '
                               'field--type-text-with-summary field--label-hidden field__item">', out, count=1)
        out = out.replace('<article role="article" class="node node--type-news node--view-mode-full">',
                          f'<article role="article" about="/node/{key}" data-history-node-id="{key}" '
                          'class="node node--type-news node--promoted node--view-mode-full">', 1)
    elif cms == "dnn":
        m_id = stable(h.domain, "module") % 900 + 100
        head = ["<!--*********************************************-->",
                "<!-- DNN Platform - http://www.dnnsoftware.com   -->",
                "<!--*********************************************-->",
                '<link href="/Portals/_default/skins/xcillion/skin.css?cdv=212" type="text/css" rel="stylesheet"/>',
                '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=212" type="text/javascript"></script>']
        out = re.sub(r"(<body[^>]*>)\n", lambda m: m.group(1) + '\n<form method="post" action="/fa-ir/News/ID/'
                     f'{key}" id="Form" enctype="multipart/form-data">\n', out, count=1)
        out = out.replace("\n</body>", '\n<input name="__dnnVariable" type="hidden" id="__dnnVariable" '
                          'value="`{`__scdoff`:`1`}" />\n</form>\n</body>', 1)
        out = out.replace(col, '<div id="dnn_ContentPane" class="col-lg-8 col-md-12 contentPane">\n'
                          f'<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{m_id}"><a name="{m_id}"></a>\n'
                          f'<div id="dnn_ctr{m_id}_ContentPane">\n', 1)
        out = out.replace(col_end, "\n</div>\n</div>" + col_end, 1)
    elif cms == "soledad":
        head = [f"<link rel='https://api.w.org/' href='https://{h.domain}/wp-json/' />",
                '<meta name="generator" content="WordPress 6.4.1" />',
                f"<link rel='stylesheet' id='penci-soledad-parent-style-css' href='https://{h.domain}/wp-content/"
                "themes/soledad/style.css?ver=8.4.5' type='text/css' media='all' />",
                '<script>var PENCILOCALIZE = {"ajaxUrl":"https:\\/\\/' + h.domain + '\\/wp-admin\\/admin-ajax.php",'
                '"nonce":"' + _token(key, 10).lower() + '"};</script>']
        out = out.replace(_ad.WP_OPEN,
                          '<div id="main" class="penci-main-single-area"><div class="theiaStickySidebar">'
                          f'<article id="post-{key}" class="post type-post status-publish">\n'
                          '<div class="inner-post-entry entry-content" id="penci-post-entry-inner">', 1)
        out = out.replace("</main></div>\n", "</div></div>\n", 1)
    elif cms == "blogsky":
        head = ['<meta name="generator" content="BlogSky" />',
                f'<link rel="alternate" type="application/rss+xml" title="RSS" href="https://{h.domain}/rss" />']
        out = out.replace(col, col + f'<div class="post-box" id="post-{key}">\n<div class="post-content">\n', 1)
        out = out.replace(col_end, "\n</div>\n</div>" + col_end, 1)
        out = out.replace("\n</body>", '\n<script type="text/javascript" src="https://www.blogsky.com/scripts/'
                          'blogsky.js"></script>\n</body>', 1)
    if head:
        out = out.replace("\n</head>", "\n" + "\n".join(head) + "\n</head>", 1)
    return out


def render_html(h: Host, pg: Page, r: random.Random, gold: dict, meta: dict | None, pub: dt.datetime | None,
                agency: str | None, titles: set[str]) -> str:
    """Y's HTML of the page, AE's forms in its markup (:func:`_ae_markup`), then the host's CMS (:func:`_skin`); AMP
    twins and print views as Y writes them."""
    out = _y_render_html(h, pg, r, gold, meta, pub, agency, titles)
    if meta:
        out = _ae_markup(h, out, meta, pub)
    if meta and meta.get("variant") not in (None, "page"):
        return out
    return _skin(h, out, gold)


# ---------------------------------------------------------------------------------------------- build

def _gold_row(name, split, family, families, site, fmt, gold, chrome, i):
    return gold_row(name, "families-ae", family, families, site, fmt, gold, chrome, i)


def _write_gold(out, rows, plan, cluster_prefix):
    return write_gold(out, rows, plan, "ae" + cluster_prefix[1:])


#: Z's module namespace with AE's hosts, pages and HTML: Z's build loop rebound to it writes AE's set
_B: dict = dict(vars(_z))
_B.update(FAMILIES=FAMILIES, HOSTS=HOSTS, make_host=make_host, article_page=article_page, negative_page=negative_page,
          render_html=render_html, gold_row=_gold_row, write_gold=_write_gold)
_z_build = _aa._rebind(_B, _z, "build")


def build(out_dir, n: int = 400, seed: int = 271, families: list[str] | None = None) -> list[dict]:
    """Write ``n`` pages and their gold; ``families`` (default all of :data:`FAMILIES`) limits the run."""
    return _z_build(out_dir, n, seed, families)
