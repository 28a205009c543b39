"""Pieces of a generated page that the later family sets (AI … AN) wrote alike, each set its own copy: a day's
Jalali date, a story's publishing instant, the day a UTC-showing page's story is put on, the story as a host prints
it with the agency its page credits, a box of linked titles, a menu, a «منبع: …» credit and a count as Persian pages
group it. The generators import them from here; their pages and gold are byte-identical to the copies' (each set's
n=400 build at its seed, sha256 over its files, before and after).
"""
from __future__ import annotations

import datetime as dt
import html
import random
from typing import TYPE_CHECKING

import jdatetime

from family_pages import pick, stable
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
