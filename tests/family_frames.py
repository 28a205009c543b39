"""Pieces of a generated page that the later family sets (AI … AN) wrote alike, each set its own copy: a day's
Jalali date, a story's publishing instant, the day a UTC-showing page's story is put on, the story as a host prints
it with the agency its page credits, a box of linked titles, a menu, a «منبع: …» credit and a count as Persian pages
group it, and the build loop of a set whose hosts' kinds draw its pages (AP's, AQ's: :func:`build_set`). The
generators import them from here; their pages and gold are byte-identical to the copies' (each set's
n=400 build at its seed, sha256 over its files, before and after).
"""
from __future__ import annotations

import datetime as dt
import html
import random
from typing import TYPE_CHECKING

import jdatetime

from family_pages import canon, pick, stable
from site_families_h import DATASET_AGENCY, TEHRAN, Host, dg, rewrite_credits
from site_families_p import AGENCIES
from site_families_r import credited_agency

if TYPE_CHECKING:  # (site_families_aj imports this module)
    from site_families_aj import Doc

UTC = dt.timezone.utc
#: the agencies a host that credits one (``credit``) names when the story credits none it kept
DOMESTIC = ["مهر", "ایسنا", "تسنیم", "ایرنا", "ایلنا"]
e = html.escape


def jalali_day(t: dt.datetime) -> jdatetime.date:
    """The Jalali date of ``t``'s own day: 2026-12-05 → jdatetime.date(1405, 9, 14)."""
    return jdatetime.date.fromgregorian(date=t.date())


def pub_time(r: random.Random) -> dt.datetime:
    """A story's publishing instant in Tehran, 2016-03 to 2026-11, at no hour from 04:00 to 06:59."""
    day = dt.date(2016, 3, 1) + dt.timedelta(days=r.randrange(3900))
    hour = r.choice([0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), tzinfo=TEHRAN)


def same_day_in_utc(pub: dt.datetime) -> dt.datetime:
    """A page showing the UTC day (or holding the instant only in markup): its story is put after 04:30 Tehran time,
    when that day is Tehran's too."""
    if pub.astimezone(UTC).date() != pub.astimezone(TEHRAN).date():
        return pub + dt.timedelta(hours=5)
    return pub


def host_story(h: Host, r: random.Random, paras: list[str], lead: str | None,
               dataset: str) -> tuple[list[str], str | None, str | None]:
    """The story as ``h`` prints it and the agency its page credits: kept as the agency wrote it (its own credit), or
    credited by a «منبع: …» line or a forwarded post (``source``: the text kept; ``credit``: rewritten), or its credits
    rewritten to the host's name (``none``)."""
    own = credited_agency(([lead] if lead else []) + paras)
    mode = h.s["agency"]
    if mode == "keep":
        return paras, lead, own
    if mode == "source":
        return paras, lead, own or DATASET_AGENCY[dataset]
    paras = [rewrite_credits(h, p) for p in paras]
    lead = rewrite_credits(h, lead) if lead else None
    left = credited_agency(([lead] if lead else []) + paras)  # (a credit the rewrite missed)
    if mode == "none":
        return paras, lead, left
    return paras, lead, left or own or pick(r, DOMESTIC)


def linked_titles(doc: Doc, title: str, items: list[str], cls: str, tag: str = "h3") -> None:
    """A chrome box of other stories' titles, each a link, under its heading ``title`` (none when no ``items``)."""
    if not items:
        return
    doc.chrome(f'<div class="{cls}"><{tag}>{e(title)}</{tag}><ul>'
               + "".join(f'<li><a href="/n/{stable(x) % 10**6}">{e(x)}</a></li>' for x in items)
               + "</ul></div>\n", title, *items)


def source_credit(agency: str) -> str:
    """A «منبع: …» line naming ``agency`` as its page writes it: ``source_credit("ایسنا")`` → «منبع: ایسنا»."""
    return f"منبع: {AGENCIES[agency][0]}"


def fa_count(n: int) -> str:
    """A count in Persian digits grouped by «٬»: ``fa_count(12500)`` → «۱۲٬۵۰۰»."""
    return dg(f"{n:,}".replace(",", "٬"), "fa")


def build_set(out_dir, n: int, seed: int, families: list[str] | None, *, tag: str, all_families: list[str],
              hosts_of: dict[str, list], make_host, article_page, negative_page, render_html, page_url,
              sectioned, day=None, prepare=None, negative_p: float = 0.07) -> list[dict]:
    """The build loop of a set whose pages a host's kind draws (AP's, AQ's): plan ``n`` pages over ``families``
    (default ``all_families``), draw each page's story, day, lead and credit, let the set draw the page
    (``article_page(h, r, gold, pub, others, key, url, fmt, crawl)`` sets ``gold["_shown"]`` = (line, instant,
    timed) or None, ``gold["_markup"]`` (markup holds the instant) and ``gold["_only_markup"]``;
    ``negative_page(h, r, kind, others, url, crawl)``; ``render_html(h, doc, gold, url, crawl, r)``;
    ``page_url(h, key, title, crawl)``), fill the gold of what the page shows and write pages and ``gold.jsonl``
    (split ``families-<tag>``). ``sectioned(h)``: whether the host's pages show a section; ``day(h, pub) -> pub`` may
    move the story's instant, ``prepare(h, r, gold)`` change its gold before the page is drawn (keys of ``gold``
    starting with «_» are the page's notes, dropped from the row)."""
    from family_pages import (
        chrome_gold,
        gold_row,
        negative_gold,
        plan_set,
        republished,
        write_gold,
        write_page,
    )
    from site_families_ao import Flat
    from site_families_h import story_paragraphs
    from site_families_r import load_stories

    out, pages_dir, plan, stories, titles = plan_set(
        out_dir, n, seed, families, tag=tag, all_families=all_families, make_host=make_host, hosts=hosts_of,
        stories=load_stories(), negative_p=negative_p)
    rows = []
    built: dict[int, tuple[list[str], dt.datetime]] = {}
    for i, p in enumerate(plan):
        h: Host = p["host"]
        s = h.s
        r = random.Random(f"families-{tag}:{seed}:page:{i}")
        fmt = "html" if r.random() < s["html_p"] else "txt"
        key = str(500000 + i * 7919 % 500000)
        crawl = pub_time(r) + dt.timedelta(days=400)
        if p["kind"] != "article":
            others = r.sample(titles, min(len(titles), 30))
            url = page_url(h, key, None, crawl)
            page = negative_page(h, r, p["kind"], others, url, crawl)
            gold = negative_gold(p["kind"])
        else:
            st = stories[p["story"]]
            edits: list[str] = []
            if p["copy_of"] is None:
                paras, _ = story_paragraphs(r, st, p["family"])
                pub = pub_time(r)
                built[i] = (paras, pub)
            else:
                paras, pub, edits = republished(r, *built[p["copy_of"]])
            if day:
                pub = day(h, pub)
            crawl = pub + dt.timedelta(days=r.randint(1, 700), hours=r.randint(0, 23))
            lead = st["abstract"] if p["copy_of"] is None and st["abstract"] and r.random() < s["lead_p"] else None
            if lead and canon(lead) in {canon(x) for x in paras}:
                lead = None
            paras, lead, agency = host_story(h, r, paras, lead, st["dataset"])
            sec = h.sections[stable(st["key"], h.domain) % len(h.sections)]
            gold = {"kind": "article", "title": st["title"], "section": sec if sectioned(h) else None,
                    "lead": lead, "surtitle": None, "body_paragraphs": paras, "agency": agency, "published_iso": None,
                    "published_jalali": None, "published_time": None, "cluster": None, "source": None,
                    "source_key": st["key"], "edits": edits}
            if prepare:
                prepare(h, r, gold)
            others = [t for t in r.sample(titles, min(len(titles), 31)) if t != st["title"]][:30]
            url = page_url(h, key, st["title"], crawl)
            page = article_page(h, r, gold, pub, others, key, url, fmt, crawl)
            shown = gold["_shown"]
            in_markup = fmt == "html" and gold["_markup"]  # (a meta, JSON-LD, <time datetime>, an attribute)
            if shown is not None and (in_markup or not gold["_only_markup"]):
                _, loc, timed = shown
                gold["published_iso"] = loc.date().isoformat()
                gold["published_jalali"] = jalali_day(loc).strftime("%Y/%m/%d")
                gold["published_time"] = loc.isoformat() if timed or in_markup else loc.date().isoformat()
        if isinstance(page, Flat):
            fmt = "txt"
            page.roles = [(ro, t.strip()) for ro, t in page.roles]  # (the lines as a reader strips them)
            text = page.text()
        else:
            text = render_html(h, page, gold, url, crawl, r) if fmt == "html" else "\n".join(page.lines()) + "\n"
        chrome_src = page.lines("c")
        for k in [k for k in gold if k.startswith("_")]:
            del gold[k]
        name = write_page(pages_dir, i, text, fmt)
        chrome = chrome_gold(chrome_src, gold["body_paragraphs"])
        rows.append(gold_row(name, f"families-{tag}", p["family"], all_families, h.domain, fmt, gold, chrome, i))
    return write_gold(out, rows, plan, f"{tag}{seed}")
