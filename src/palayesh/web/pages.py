"""The pages of ``palayesh serve``, rendered on the server from plain data (the JSON twins).

Each ``*_page(data)`` takes the dict that the page's JSON twin returns and gives escaped HTML.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .jdates import fa_digits, month_label
from .markup import Safe, bars as _bars, doc_href, e, h, histogram, join, query_href

FACET_NAMES = {"status": "وضعیت", "reason": "دلیل رد", "agency": "خبرگزاری", "section": "بخش", "host": "میزبان",
               "lang": "زبان"}
STATUS_NAMES = {"kept": "نگه‌داشته", "rejected": "ردشده", "all": "همه"}
FIELD_NAMES = {"section": "بخش", "surtitle": "روتیتر", "title": "تیتر", "lead": "لید", "text": "متن", "date": "تاریخ",
               "agency": "خبرگزاری"}
SIGNAL_NAMES = {"chars": "نویسه‌ها", "words": "واژه‌ها", "lines": "سطرها", "mean_word_length": "میانگین طول واژه",
                "stopword_ratio": "نسبت واژه‌های ایست", "persian_letter_ratio": "نسبت حروف فارسی",
                "alpha_word_ratio": "نسبت واژه‌های الفبایی", "terminal_punct_ratio": "سطرهای با نشانهٔ پایانی",
                "ellipsis_line_ratio": "سطرهای با «…»", "short_line_ratio": "سطرهای کوتاه",
                "lines_per_word": "سطر به ازای واژه", "dup_line_fraction": "سهم سطرهای تکراری",
                "dup_ngram_fraction": "سهم n-gramهای تکراری", "top_ngram_fraction": "سهم پرتکرارترین n-gram",
                "chrome_line_fraction": "سهم سطرهای قالب سایت", "zwnj_edits_per_word": "ویرایش نیم‌فاصله به ازای واژه",
                "lang_score": "امتیاز زبان"}
EDIT_NAMES = {"zwnj_inserted": "نیم‌فاصله افزوده", "space_to_zwnj": "فاصله ← نیم‌فاصله",
              "zwnj_removed": "نیم‌فاصله حذف‌شده", "arabic_letters": "حروف عربی ← فارسی", "digits": "ارقام",
              "diacritics": "اعراب", "tatweel": "کشیده", "invisible_marks": "نویسه‌های نامرئی",
              "spaces": "فاصله‌ها", "html_entities": "موجودیت‌های HTML", "punctuation_spacing": "فاصلهٔ نشانه‌ها",
              "line_endings": "پایان سطر"}
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa_num(n) -> str:
    """A number in Persian digits with a thousands separator: ``fa_num(12345)`` → «۱۲٬۳۴۵»."""
    if n is None:
        return "—"
    if isinstance(n, float):
        s = f"{n:,.3f}".rstrip("0").rstrip(".")
    else:
        s = f"{n:,}"
    return s.replace(",", "٬").replace(".", "٫").translate(_FA_DIGITS)


def bars(rows, **kw) -> Safe:
    return _bars(rows, labels={"-": "نامعلوم"}, fmt=fa_num, **kw)


def layout(title: str, body: Safe, *, active: str = "", json_href: str = "", q: str = "") -> Safe:
    nav = join(h('<a href="{}"{}>{}</a>', href, Safe(' aria-current="page"') if name == active else Safe(""), label)
               for name, href, label in (("search", "/", "جستجو"), ("dashboard", "/dashboard", "داشبورد"),
                                         ("api", "/api", "API")))
    return h("""<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title} · پالایش</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
<a class="brand" href="/">پالایش</a>
<form class="qbox" action="/" method="get" role="search"><input type="search" name="q" value="{q}" placeholder="جستجو در پیکره…" aria-label="جستجو" dir="auto"><button type="submit">جستجو</button></form>
<nav>{nav}</nav>
<button type="button" id="theme" class="theme" title="روشن / تیره" aria-label="روشن / تیره">◐</button>
</header>
<main>
{body}
</main>
<footer>{json}</footer>
</body>
</html>
""", title=title, q=q, nav=nav, body=body,
             json=h('<a href="{}" class="json">JSON</a>', json_href) if json_href else "")


def _meta_line(r: dict) -> Safe:
    bits = []
    if r.get("agency"):
        bits.append(h('<span class="agency">{}</span>', r["agency"]))
    if r.get("section"):
        bits.append(h('<span class="section">{}</span>', r["section"]))
    if r.get("published_jalali") or r.get("published"):
        shown = (r.get("published_jalali") or r.get("published") or "")[:10].translate(_FA_DIGITS)
        bits.append(h('<time datetime="{}" dir="{}">{}</time>', r.get("published") or "",
                      "auto" if r.get("published_jalali") else "ltr", shown))
    if r.get("host"):
        bits.append(h('<span class="host" dir="ltr">{}</span>', r["host"]))
    if not r.get("kept"):
        bits.append(h('<span class="badge rej">ردشده: <span dir="ltr">{}</span></span>', r.get("reason") or "?"))
    return join(bits, " · ")


def _filter_inputs(filters: dict, skip=()) -> Safe:
    return join(h('<input type="hidden" name="{}" value="{}">', k, v) for k, v in filters.items() if k not in skip)


def syntax_help(rows, *, open_: bool = False) -> Safe:
    """The query syntax (:data:`palayesh.web.tokens.SYNTAX`) as a small table, open after an error."""
    if not rows:
        return Safe("")
    items = join(h('<tr><td><code dir="auto">{}</code></td><td>{}</td></tr>', q, about) for q, about in rows)
    return h('<details class="syntax"{}><summary>راهنمای جستجو</summary><table>{}</table></details>',
             Safe(" open") if open_ else Safe(""), items)


def search_page(d: dict) -> Safe:
    params = {"q": d["query"], **d["filters"], "more": d.get("more"), "sort": d.get("sort")}
    default_sort = "relevance" if d["query"] else "newest"
    params = {k: v for k, v in params.items() if v is not None and not (k == "sort" and v == default_sort)}
    facets = []
    for name, values in d["facets"].items():
        if not values:
            continue
        current = d["filters"].get(name, "kept" if name == "status" else None)
        items = []
        for item in values:
            v, n = item["value"], item["count"]
            shown = STATUS_NAMES.get(v, v) if name == "status" else ("نامعلوم" if v == "-" else v)
            on = current == v
            href = query_href("/", params, **{name: None if on and name != "status" else v, "page": None})
            # nothing found: the corpus's values, with their count in the whole corpus beside this search's 0
            corpus = h(' <span class="muted" title="در کل پیکره">(از {})</span>', fa_num(item["corpus"])) \
                if "corpus" in item else ""
            items.append(h('<li><a href="{}"{}><span dir="auto">{}</span> <span class="n">{}</span>{}</a></li>', href,
                           Safe(' class="on"') if on else Safe(""), shown, fa_num(n), corpus))
        if name == "status":
            items.append(h('<li><a href="{}"{}>همه</a></li>', query_href("/", params, status="all", page=None),
                           Safe(' class="on"') if current == "all" else Safe("")))
        n_values = (d.get("facet_values") or {}).get(name, 0)
        more = Safe("")
        if d.get("more") == name:
            more = h('<a class="more" href="{}">کمتر</a>', query_href("/", params, more=None, page=None) + f"#f-{name}")
        elif name != "status" and n_values > len(values):
            more = h('<a class="more" href="{}" title="همهٔ {} مقدار">بیشتر ({})</a>',
                     query_href("/", params, more=name, page=None) + f"#f-{name}", fa_num(n_values), fa_num(n_values))
        facets.append(h('<section class="facet" id="f-{}"><h3>{}</h3><ul>{}</ul>{}</section>', name,
                        FACET_NAMES[name], join(items), more))
    # Jalali, as every result shows its date: «۱۴۰۲/۰۳/۱۵», a month «۱۴۰۲/۰۳» or a year; Gregorian works too
    date_input = '<label>{} <input type="text" name="{}" value="{}" inputmode="numeric" dir="ltr" ' \
        'placeholder="{}" aria-label="{}"></label>'
    dates = h('<form class="facet dates" action="/" method="get"><h3>بازهٔ تاریخ (خورشیدی)</h3>{}{}{}'
              '<button type="submit">اعمال</button><p class="muted hint">روز، ماه یا سال: ۱۴۰۲/۰۳/۱۵، ۱۴۰۲/۰۳، ۱۴۰۲</p>'
              '</form>', _filter_inputs({"q": d["query"], **d["filters"]}, skip=("from", "to")),
              h(date_input, "از", "from", fa_digits(str(d["filters"].get("from", ""))), "۱۴۰۲/۰۱/۰۱",
                "از تاریخ (خورشیدی)"),
              h(date_input, "تا", "to", fa_digits(str(d["filters"].get("to", ""))), "۱۴۰۲/۱۲/۲۹", "تا تاریخ (خورشیدی)"))
    results = []
    for r in d["results"]:
        title = Safe(r["title_html"]) if r.get("title") else (r.get("surtitle") or "(بی‌تیتر)")
        results.append(h('<article class="hit"><h2><a href="{}" dir="auto">{}</a></h2><div class="meta">{}</div>'
                         '<p class="snippet" dir="auto">{}</p></article>',
                         doc_href(r["id"]), title, _meta_line(r), Safe(r["snippet_html"])))
    if d.get("error"):
        results.append(h('<p class="qerror" role="alert">پرسش خوانده نشد: {}</p>', d["error"]))
    elif not results:
        results.append(h('<p class="empty">{}</p>', "نتیجه‌ای پیدا نشد."))
    pages = []
    last = min(max(1, -(-d["total"] // d["per_page"])), d.get("max_page") or 1)
    page = d["page"]
    if page is not None and page > 1:
        pages.append(h('<a rel="prev" href="{}">→ قبلی</a>', query_href("/", params, page=page - 1)))
    if page is not None:
        pages.append(h("<span>صفحهٔ {} از {}</span>", fa_num(page), fa_num(last)))
    if page is not None and page < last:
        pages.append(h('<a rel="next" href="{}">بعدی ←</a>', query_href("/", params, page=page + 1)))
    elif d.get("next"):  # past the pages by number: the next one by keyset, at any depth
        pages.append(h('<a rel="next" href="{}">بعدی ←</a>', query_href("/", params, page=None, after=d["next"],
                                                                         sort=d.get("sort"))))
    active = [h('<a class="chip" href="{}" title="حذف فیلتر">{}: <span dir="auto">{}</span> ×</a>',
                query_href("/", params, **{k: None, "page": None}), FACET_NAMES.get(k, {"from": "از", "to": "تا"}.get(k, k)),
                STATUS_NAMES.get(v, v))
              for k, v in d["filters"].items()]
    export = join((h('<a href="{}" download>{}</a>', query_href(f"/export.{fmt}", params), label)
                   for fmt, label in (("jsonl", "JSONL"), ("csv", "CSV"), ("parquet", "Parquet"))), " · ")
    bounded = h(' <span class="muted bounded">ترتیب بر پایهٔ نمونه‌ای از حدود {} نتیجه (نه همه؛ '
                '<a href="/api#ranking">چرا</a>)</span>', fa_num(d.get("ranking_k", 0))) \
        if d.get("ranking") == "bounded" else ""
    summary = h('<p class="summary"><strong>{}</strong> سند{} <span class="muted">({} میلی‌ثانیه)</span>{} {}'
                ' <span class="export">همه را بگیرید: {}</span></p>',
                fa_num(d["total"]), h(" برای «{}»", d["query"]) if d["query"] else "", fa_num(d["took_ms"]), bounded,
                join(active), export if d["total"] else "")
    body = h('<button type="button" class="ftoggle" aria-expanded="false" aria-controls="facets">فیلترها</button>'
             '<div class="search"><aside class="facets" id="facets">{}{}{}</aside><section class="results">{}{}{}'
             '<nav class="pager">{}</nav></section></div>', join(facets), dates, _sort_form(d, params),
             syntax_help(d.get("syntax", ()),
             open_=bool(d.get("error"))), summary, join(results), join(pages))
    title = f"«{d['query']}»" if d["query"] else "جستجو"
    heading = f"جستجوی «{d['query']}» در پیکره" if d["query"] else "جستجو در پیکره"
    body = join([h('<h1 class="vh">{}</h1>', heading), body])
    return layout(title, body, active="search", json_href=query_href("/search.json", params), q=d["query"])


#: the orders offered on the search page (every ``sort=`` of the API: see :data:`palayesh.web.index.SORTS`)
SORT_NAMES = {"relevance": "ربط به پرسش", "newest": "تازه‌ترین", "oldest": "کهنه‌ترین", "longest": "بلندترین متن",
              "shortest": "کوتاه‌ترین متن", "words_desc": "بیشترین واژه", "words_asc": "کمترین واژه",
              "lang_score_desc": "بیشترین امتیاز زبان", "lang_score_asc": "کمترین امتیاز زبان",
              "dup_score_desc": "بیشترین شباهت به نسخهٔ نگه‌داشته", "dup_score_asc": "کمترین شباهت به نسخهٔ نگه‌داشته"}


def _sort_form(d: dict, params: dict) -> Safe:
    """A «ترتیب» select: by relevance, date, length or a quality signal, each way."""
    from .index import DASH_SIGNALS

    names = dict(SORT_NAMES)
    for k in DASH_SIGNALS:
        names[f"{k}_desc"] = f"{SIGNAL_NAMES.get(k, k)}: بیشترین"
        names[f"{k}_asc"] = f"{SIGNAL_NAMES.get(k, k)}: کمترین"
    if not d["query"]:
        names.pop("relevance")
    current = d.get("sort") or ("relevance" if d["query"] else "newest")
    options = join(h('<option value="{}"{}>{}</option>', k, Safe(" selected") if k == current else Safe(""), v)
                   for k, v in names.items())
    return h('<form class="facet sort" action="/" method="get"><h3><label for="sort">ترتیب</label></h3>{}'
             '<select id="sort" name="sort">{}</select> <button type="submit">اعمال</button></form>',
             _filter_inputs({k: v for k, v in params.items() if k not in ("sort", "page", "after")}), options)


def _related(title: str, rows: list[dict]) -> Safe:
    if not rows:
        return Safe("")
    items = join(h('<li><a href="{}" dir="auto">{}</a> <span class="meta">{}</span>{}</li>', doc_href(r["id"]),
                   r.get("title") or r["id"], _meta_line(r), _dup_score(r)) for r in rows)
    return h('<section class="related"><h3>{}</h3><ul>{}</ul></section>', title, items)


def _dup_score(r: dict) -> Safe:
    """A dropped copy's similarity to the kept copy (the larger of the 5-gram Jaccard and the share
    of its text inside the kept one), the ground of the drop."""
    if r.get("dup_score") is None:
        return Safe("")
    return h(' <span class="badge" title="{}">شباهت به نسخهٔ نگه‌داشته: {}</span>',
             "بیشترِ شباهت Jaccard پنج‌واژه‌ای و سهمِ متن درونِ نسخهٔ نگه‌داشته", fa_num(round(r["dup_score"], 2)))


def _kv_table(title: str, values: dict | None, names: dict) -> Safe:
    if not values:
        return Safe("")
    rows = join(h("<tr><th>{}</th><td class=\"num\">{}</td></tr>", names.get(k, k), fa_num(v))
                for k, v in values.items() if v not in (None, 0))
    return h('<section class="kv"><h3>{}</h3><table>{}</table></section>', title, rows)


def _url_link(url: str | None) -> Safe | str:
    """The page's URL as a link when it is a web address (never ``javascript:`` or the like)."""
    if not url:
        return "—"
    if re.match(r"https?://", url, re.I):
        return h('<a href="{}" rel="noreferrer noopener" target="_blank">{}</a>', url, url)
    return url


def doc_page(d: dict) -> Safe:
    doc = d["document"]
    paras = join(h('<p dir="auto">{}</p>', p) for p in (doc.get("text") or "").split("\n") if p.strip())
    head = []
    if doc.get("section"):
        head.append(h('<div class="crumb"><a href="{}">{}</a></div>', query_href("/", {"section": doc["section"]}),
                      doc["section"]))
    if doc.get("surtitle"):
        head.append(h('<p class="surtitle" dir="auto">{}</p>', doc["surtitle"]))
    head.append(h('<h1 dir="auto">{}</h1>', doc.get("title") or "(بی‌تیتر)"))
    if doc.get("lead"):
        head.append(h('<p class="lead" dir="auto">{}</p>', doc["lead"]))
    head.append(h('<div class="meta">{}</div>', _meta_line(doc)))
    if d.get("why"):
        w = d["why"]
        head.append(h('<section class="why" role="note"><h2>چرا کنار گذاشته شد؟</h2><p dir="auto">{}</p>'
                      '<p class="muted">دلیل: <code dir="ltr">{}</code> · آستانه‌ها از {}</p></section>', w["text"],
                      w["reason"], "run.json این خروجی" if w.get("thresholds_from") == "run.json" else
                      "پیش‌فرض‌های palayesh (run.json پیکربندی ندارد)"))
    if doc.get("dup_cluster") and doc.get("dup_cluster") != doc["id"]:
        head.append(h('<p class="dup">نسخهٔ تکراریِ <a href="{}" dir="ltr">{}</a>{}</p>',
                      doc_href(doc["dup_cluster"]), doc["dup_cluster"], _dup_score(doc)))
    info = h('<table class="info"><tr><th>شناسه</th><td dir="ltr">{}</td></tr><tr><th>نشانی</th><td dir="ltr" class="url">{}</td></tr>'
             '<tr><th>منبع</th><td dir="ltr" class="url">{}</td></tr><tr><th>تاریخ</th><td>{} <span dir="ltr">{}</span></td></tr>'
             '<tr><th>زبان</th><td>{} ({})</td></tr><tr><th>طول</th><td>{} نویسه</td></tr></table>',
             doc["id"], _url_link(doc.get("url")), doc.get("source") or "—",
             (doc.get("published_jalali") or "").translate(_FA_DIGITS), doc.get("published") or "—",
             doc.get("lang") or "—", fa_num(doc.get("lang_score")), fa_num(doc.get("chars")))
    side = join([h('<p><a class="button" href="{}">پالایش چه تغییری داد؟</a></p>', doc_href(doc["id"], "changes")), info,
                 _kv_table("ویرایش‌های یکسان‌سازی", doc.get("edits"), EDIT_NAMES),
                 _kv_table("نشانگرهای کیفیت", doc.get("signals"), SIGNAL_NAMES),
                 _related("همین رویداد در رسانه‌های دیگر", d["related"].get("story", [])),
                 _related("نسخه‌های تکراری", d["related"].get("dup_cluster", []))])
    body = h('<div class="doc"><article class="article">{}<div class="body">{}</div>{}</article><aside>{}</aside></div>',
             join(head), paras or h('<p class="muted">{}</p>', "متنی نمانده است."), _kept_copy(d.get("kept_copy")),
             side)
    return layout(doc.get("title") or doc["id"], body, json_href=doc_href(doc["id"]) + ".json")


def _kept_copy(k: dict | None) -> Safe:
    """A dropped duplicate beside its kept copy, line by line (changed lines marked)."""
    if not k:
        return Safe("")
    rows = join(h('<tr class="{}"><td dir="auto">{}</td><td dir="auto">{}</td></tr>', op, left, right)
                for op, left, right in k["diff"])
    return h('<section class="compare"><h2>کنار نسخهٔ نگه‌داشته</h2><p><a href="{}" dir="auto">{}</a>{}</p>'
             '<table class="sbs"><tr><th>نسخهٔ نگه‌داشته</th><th>این نسخه (ردشده)</th></tr>{}</table></section>',
             k["href"], k.get("title") or k["id"], _dup_score(k), rows)


def _ops_html(ops: list) -> Safe:
    out = []
    for op, a, b in ops:
        if op == "equal":
            out.append(e(b))
        elif op == "zwnj":
            out.append(h('<mark class="zwnj" title="{}">\u200c</mark>',
                         "فاصله ← نیم‌فاصله" if a == " " else "نیم‌فاصله افزوده شد"))
        elif op == "fix":
            out.append(h('<mark class="fix" title="«{}» ← «{}»">{}</mark>', a, b, b))
        elif op == "insert":
            out.append(h('<ins title="افزوده">{}</ins>', b))
        elif a and set(a) <= {"\u200c"}:
            # a removed half-space has no glyph: drawn as a dashed box of its own (see style.css)
            out.append(h('<del class="zwnj" title="نیم‌فاصله حذف شد" aria-label="نیم‌فاصلهٔ حذف‌شده">{}</del>', a))
        else:
            out.append(h('<del title="حذف‌شده">{}</del>', a))
    return join(out)


def changes_page(d: dict) -> Safe:
    doc, v = d["document"], d["changes"]
    raw_rows = []
    for line in v["lines"]:
        st = line["status"]
        if st == "blank":
            continue
        tags = join(h('<span class="field became">{}</span>', FIELD_NAMES.get(f, f)) for f in line.get("fields") or ())
        if st == "removed":
            raw_rows.append(h('<li class="removed"><del dir="auto">{}</del></li>', line["raw"]))
        elif st == "meta":  # the date, agency, section or title came from this line: not chrome
            raw_rows.append(h('<li class="meta" dir="auto" title="{}">{}{}</li>', "از این سطر: " + "، ".join(
                FIELD_NAMES.get(f, f) for f in line["fields"]), tags, line["raw"]))
        elif st == "partial":
            raw_rows.append(h('<li class="partial" dir="auto" title="بخشی از این سطر نگه داشته شد">{}{}</li>', tags,
                              line["raw"]))
        else:
            tag = FIELD_NAMES.get(line.get("field") or "", "")
            raw_rows.append(h('<li class="kept" dir="auto">{}{}</li>',
                              h('<span class="field">{}</span>', tag) if tag and tag != "متن" else "",
                              _ops_html(line["ops"])))
    clean = []
    for k in ("section", "surtitle", "title", "lead"):
        if doc.get(k):
            clean.append(h('<p class="{}" dir="auto"><span class="field">{}</span> {}</p>', k, FIELD_NAMES[k], doc[k]))
    clean += [h('<p dir="auto">{}</p>', p) for p in (doc.get("text") or "").split("\n") if p.strip()]
    legend = h('<p class="legend"><del>سطر حذف‌شده (قالب سایت)</del> <span class="field became">تاریخ</span> سطری که '
               'تاریخ، خبرگزاری، بخش یا تیتر از آن آمد <mark class="fix">حرف اصلاح‌شده</mark> '
               '<mark class="zwnj">\u200c</mark> نیم‌فاصلهٔ افزوده <del class="zwnj">\u200c</del> نیم‌فاصلهٔ حذف‌شده '
               '<span class="muted">· {} سطر نگه‌داشته، {} سطر حذف‌شده{}{}</span></p>',
               fa_num(v["kept"]), fa_num(v["removed"]),
               f"، {fa_num(v['meta'])} سطر منبع تاریخ/خبرگزاری/بخش/تیتر" if v.get("meta") else "",
               "، صفحه بلند بود و کوتاه شد" if v["truncated"] else "")
    source = h('<details class="source"><summary>متن HTML خام (نمایش امن)</summary><pre dir="ltr">{}</pre></details>',
               (doc.get("raw") or "")[:200000]) if v["html"] else Safe("")
    if not doc.get("raw"):
        legend = h('<p class="muted">{}</p>', "صفحهٔ خام در خروجی نیست (refine با --no-raw اجرا شده).")
    body = h('<h1 dir="auto"><a href="{}">{}</a></h1>{}<div class="changes"><section><h2>صفحهٔ خام{}</h2><ol class="raw">{}</ol>{}</section>'
             '<section><h2>متن پالایش‌شده</h2><div class="clean">{}</div>{}</section></div>',
             doc_href(doc["id"]), doc.get("title") or doc["id"], legend, " (HTML)" if v["html"] else "",
             join(raw_rows), source, join(clean), _kv_table("شمار ویرایش‌ها", doc.get("edits"), EDIT_NAMES))
    return layout("تغییرات: " + (doc.get("title") or doc["id"]), body, json_href=doc_href(doc["id"], "changes") + ".json")


def _dense(rows: list, keys) -> list:
    """Histogram rows for every bin in ``keys`` (empty bins count 0), so the axis is not squeezed."""
    have = {r[0]: r for r in rows}
    return [have.get(k, (k, 0, 0)) for k in keys]


_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")


def _months(rows: list) -> tuple[list, Callable[[Any], str]]:
    """Documents per Jalali month (per Jalali year when the span is long), with the empty months and
    years in between; the label of a bin (Persian digits, month names)."""
    # ASCII digits only: str.isdigit() takes «²», which int() refuses (an index built by an older version)
    rows = [r for r in rows if r[0] and _MONTH.fullmatch(r[0]) and 1 <= int(r[0][5:7]) <= 12]
    if not rows:
        return [], str
    first, last = rows[0][0], rows[-1][0]
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
    if span > 60:  # many years: one bar per year
        years: dict[str, list[int]] = {}
        for m, k, r in rows:
            y = years.setdefault(m[:4], [0, 0])
            y[0] += k
            y[1] += r
        got = [(y, k, r) for y, (k, r) in sorted(years.items())]
        return _dense(got, [f"{y:04d}" for y in range(int(first[:4]), int(last[:4]) + 1)]), month_label
    keys = []
    year, month = int(first[:4]), int(first[5:7])
    for _ in range(span + 1):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _dense(rows, keys), month_label


def _log2_label(b: int) -> str:
    return "۰" if b == 0 else fa_num(2 ** (b - 1))


def _ratio_label(b: int) -> str:
    return fa_digits(f"{b / 20:.2f}").replace(".", "٫")


def dashboard_page(d: dict) -> Safe:
    status = {k: n for k, n in d["status"]}
    cards = h('<div class="cards"><div><b>{}</b>سند</div><div><b>{}</b>نگه‌داشته</div><div><b>{}</b>ردشده</div>'
              '<div><b>{}</b>بی‌تاریخ</div></div>', fa_num(d["documents"]), fa_num(status.get("kept", 0)),
              fa_num(status.get("rejected", 0)), fa_num(d["no_date"]))
    legend = Safe('<p class="legend"><span class="sw k"></span> نگه‌داشته <span class="sw r"></span> ردشده</p>')

    def facet_href(name):
        return lambda v: query_href("/", {name: v, "status": "all"})

    panels = [
        ("ردشده‌ها بر پایهٔ دلیل", bars([(k, 0, n) for k, n in d["reasons"]],
                                          href=lambda v: query_href("/", {"reason": v, "status": "rejected"}))),
        ("خبرگزاری‌های پرتکرار", bars(d["top_agency"], href=facet_href("agency"))),
        ("میزبان‌های پرتکرار", bars(d["top_host"], href=facet_href("host"))),
        ("بخش‌ها", bars(d["top_section"], href=facet_href("section"))),
        ("زبان", bars(d["top_lang"], href=facet_href("lang"))),
    ]
    months, lab = _months(d.get("months_jalali") or [])
    length, words = d["length"], d.get("words", [])
    charts = [("اسناد در گذر زمان (سال و ماه خورشیدی)", histogram(months, label=lab, fmt=fa_num,
                                                               title="شمار اسناد در هر ماه یا سال خورشیدی")),
              ("طول متن (نویسه، مقیاس لگاریتمی)", histogram(
                  _dense(length, range(max((r[0] for r in length), default=-1) + 1)), label=_log2_label, fmt=fa_num,
                  title="شمار اسناد بر پایهٔ طول متن (نویسه)")),
              ("شمار واژه‌ها (مقیاس لگاریتمی)", histogram(
                  _dense(words, range(max((r[0] for r in words), default=-1) + 1)), label=_log2_label, fmt=fa_num,
                  title="شمار اسناد بر پایهٔ شمار واژه‌ها"))]
    for name, rows in d["signals"].items():
        rows = _dense(rows, range(20)) if rows else rows
        charts.append((SIGNAL_NAMES.get(name, name), histogram(rows, label=_ratio_label, fmt=fa_num,
                                                               title="شمار اسناد بر پایهٔ " + SIGNAL_NAMES.get(name, name))))
    charts.append(("ویرایش‌های یکسان‌سازی (جمع)", bars([(EDIT_NAMES.get(k, k), v) for k, v in d["edits"].items()])))
    skipped = (d.get("index") or {}).get("skipped") or []
    warn = h('<section class="panel warn"><h2>پرونده‌های نادیده‌گرفته در نمایه ({})</h2><p class="muted">'
             'این پرونده‌ها (یا سطرهایی از آن‌ها) خوانده نشدند؛ بقیهٔ خروجی نمایه شده است.</p><ul>{}</ul></section>',
             fa_num(len(skipped)), join(h('<li><code dir="ltr">{}</code> <span class="muted" dir="ltr">{}</span></li>',
                                          s.get("path"), s.get("error")) for s in skipped[:100])) if skipped else Safe("")
    if d.get("output_changed"):
        warn = h('{}<section class="panel warn"><h2>خروجی پس از ساخت نمایه تغییر کرده است</h2><p>این صفحه‌ها نمایهٔ '
                 'پیشین را نشان می‌دهند. برای نمایهٔ تازه <code dir="ltr">palayesh serve OUT --index-only</code> را '
                 'اجرا کنید؛ این خدمت بی‌وقفه به نمایهٔ تازه می‌رود.</p></section>', warn)
    body = h('<h1>داشبورد</h1>{}{}{}<div class="panels">{}</div><div class="panels wide">{}</div>', warn, cards, legend,
             join(h('<section class="panel"><h2>{}</h2>{}</section>', t, c) for t, c in panels),
             join(h('<section class="panel"><h2>{}</h2>{}</section>', t, c) for t, c in charts))
    return layout("داشبورد", body, active="dashboard", json_href="/dashboard.json")


def api_page(d: dict) -> Safe:
    rows = join(h('<tr><td dir="ltr"><code>{}</code></td><td dir="ltr"><code>{}</code></td><td>{}</td></tr>',
                  r["page"], r["json"], r["about"]) for r in d["endpoints"])
    params = join(h('<tr><td dir="ltr"><code>{}</code></td><td>{}</td></tr>', k, v) for k, v in d["search_parameters"].items())
    body = h('<h1>API و همتای JSON هر صفحه</h1><p>{}</p><table class="api"><tr><th>صفحه</th><th>JSON</th><th>محتوا</th></tr>{}</table>'
             '<h2>پارامترهای جستجو</h2><table class="api">{}</table><p>{}</p><h2 id="ranking">ترتیب relevance</h2><p>{}</p>'
             '<h2>نحو پرسش (q)</h2><p>{}</p>{}<h2>نمایه</h2><pre dir="ltr">{}</pre>',
             d["about"], rows, params, d.get("errors", ""), d.get("ranking", ""), d.get("query_errors", ""),
             syntax_help(d.get("query_syntax", ()), open_=True), d["index"])
    return layout("API", body, active="api", json_href="/api.json")


#: the heading of an error page, by status code
ERROR_TITLES = {"400": "درخواست نادرست", "404": "پیدا نشد", "405": "روش پذیرفته نیست", "421": "میزبان نادرست",
                "500": "خطای درونی", "503": "موقتاً در دسترس نیست"}


def error_page(status: str, message: str) -> Safe:
    title = ERROR_TITLES.get(status[:3], "خطا")
    return layout(title, h('<div class="error"><h1>{}</h1><p class="muted" dir="ltr">{}</p><p>{}</p>'
                           '<p><a href="/">بازگشت به جستجو</a></p></div>', title, status, message))
