"""Pages whose story stands in no single element of its own: a live blog's updates, each an ``<article>``
under its time, beside the page's header (the headline, its labels, the pinned summary) that no
``<article>`` holds.

What tells it is structure: two or more sibling ``<article>``s none of which holds the headline are items
of a list, not the story's root; the header the fields are read from is the element above them.
"""
from __future__ import annotations

from conftest import made_titles, read_rows, story_bodies
from palayesh import extract, refine

_STORY = ["به گزارش خبرنگار ما، نخستین گروه از شرکت‌کنندگان صبح امروز از میدان اصلی شهر به راه افتادند.",
          "مسیر این رقابت از خیابان‌های مرکزی شهر می‌گذرد و تا ظهر برای خودروها بسته خواهد بود.",
          "برگزارکنندگان گفتند بیش از سه هزار نفر در این رویداد ثبت‌نام کرده‌اند و شمار تماشاگران زیاد است."]
_LEAD = "رقابت دوی شهری امسال با حضور هزاران نفر از شهروندان در خیابان‌های مرکزی شهر برگزار می‌شود."


def _live_page(updates_as: str = "article") -> str:
    """A live blog: the site's header, a badge and a kicker over the headline, a «سرویس:» label, the
    pinned summary, then the updates newest first (each an ``updates_as`` element under its time)."""
    ups = "".join(f'<{updates_as} class="update"><div class="t">۱۴:{10 * i:02d}</div><p>{p}</p></{updates_as}>'
                  for i, p in enumerate(_STORY))
    return ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>دوی شهری | شهرنما</title></head>"
            "<body><header><a class='logo'>شهرنما</a></header>"
            "<main class='live'><span class='badge'>● زنده</span><div class='kicker'>گزارش لحظه‌ای</div>"
            "<h1>دوی شهری با حضور هزاران نفر آغاز شد</h1>"
            "<div class='meta'><span>سرویس: ورزش همگانی</span> <span>۹۹/۰۵/۰۵ - ۰۸:۰۰</span></div>"
            f"<div class='pinned'><p class='lead'>{_LEAD}</p></div><div class='updates'>{ups}</div></main>"
            "<footer><p>© شهرنما</p></footer></body></html>")


def test_a_live_blogs_updates_as_sibling_articles_leave_the_header_its_fields():
    a = extract(_live_page())
    assert a.title == "دوی شهری با حضور هزاران نفر آغاز شد"
    assert a.section == "ورزش همگانی"  # (the label beside the headline, not the badge nor the kicker)
    assert a.lead == _LEAD
    assert a.published is not None and a.published.startswith("2020-07-26")
    assert [p[:20] for p in a.paragraphs] == [p[:20] for p in _STORY]


def test_the_same_page_with_its_updates_in_divs_reads_alike():
    a, b = extract(_live_page("article")), extract(_live_page("div"))
    assert (a.section, a.lead, a.surtitle) == (b.section, b.lead, b.surtitle)


_MENU = ["صفحه اول", "فوتبال", "کشتی", "شنا", "ویدیو"]
def _site_live(i: int, paras: list[str], kicker: str | None) -> str:
    """A live blog of a site whose pages name no section: its menu, a badge, a kicker (or none), the
    headline, the updates."""
    menu = "".join(f"<li><a href='/{j}'>{m}</a></li>" for j, m in enumerate(_MENU))
    kick = f"<div class='kicker'>{kicker}</div>" if kicker else ""
    badge = "● زنده" if i % 2 else "● LIVE"
    ups = "".join(f"<article class='u'><div class='t'>۱۴:{10 * j:02d}</div><p>{p}</p></article>"
                  for j, p in enumerate(paras))
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]} | شهرنما</title>"
            f"</head><body><header><a class='logo'>شهرنما</a></header><nav><ul>{menu}</ul></nav>"
            f"<main><span class='badge'>{badge}</span>{kick}<h1>{_TITLES[i]}</h1>"
            f"<div class='ups'>{ups}</div></main><footer><p>© شهرنما</p></footer></body></html>")


_TITLES = made_titles(12, ["دوی شهری", "مسابقه شنا", "رقابت کشتی", "جشن پایان فصل"], ["بوشهر", "کیش", "چابهار"])


def test_a_badge_a_site_sets_over_its_live_blogs_files_nothing(tmp_path):
    """The badge («● زنده», «● LIVE») over every live blog's headline recurs over the site's stories
    with two values, yet a glyph opens it: a badge of the page's state, no section."""
    src = tmp_path / "pages"
    src.mkdir()
    for i, p in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.html").write_text(_site_live(i, p, None), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 12
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == [None] * 12
