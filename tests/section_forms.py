"""Pages that show a story's section in forms the family sets show rarely or never (issue 12, s41).

A test helper, not a family set: each host shows one form on ten pages (the run learns a host from
its pages), flat text or HTML, under the site's name, tagline and menu (never a section):

- ``crumb_after``: a breadcrumb «خانه › اقتصاد» under the headline; ``crumb_bottom``: the trail
  «صفحه نخست » اقتصاد » <headline>» at the very bottom of the page;
- ``chip``: a bracketed chip «[اقتصادی]» over the headline;
- ``date_row``: the section as the first field of the date row «اقتصاد | ۱۲ آذر ۱۴۰۲»;
- ``title_only``: the section only in ``<title>`` («<headline> - اقتصاد - <site>»);
- ``url_only``: the section only as a Persian segment of the page's address;
- ``footer_label``: «سرویس خبر: اقتصاد» among the story's closing fields;
- ``title_line``: a saved page's first lines, its «today» date then its document title
  «اقتصاد | <headline> | <site>», the only place the section stands;
- ``url_kicker``: a saved page's first line its address, the section a Persian segment of its path
  («https://…/news/اقتصاد/1200/…»), and a kicker over the headline that differs on each page;
- ``box_over``: a saved page that shows no menu (a print view), and a box «سایر اخبار X» over four
  other stories' headlines above the headline, the box of the story's own section;
- ``box_kicker``: one of three badges over the headline («فصل برداشت», recurring from page to page as
  a section would), and the box «آخرین اخبار X» over four other stories' headlines under the
  story's tags, share links and a price box, X an item of the menu;
- and pages with no section (gold None) whose lines look like one: ``kicker`` (a line over the
  headline that differs on each page), ``box`` (a price or weather box's heading over the
  headline), ``ads`` (advertising lines under the menu), ``reporter`` («گزارش خبرنگار ما» under the
  date row).

``build(out)`` writes ``out/pages`` and ``out/gold.jsonl`` as the family sets do (the scorer's
format); ``site_pages(form, k)`` gives one host's pages as ``(name, text, gold section)``.
"""
from __future__ import annotations

import html
import json
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import story_bodies  # noqa: E402

FORMS = ["crumb_after", "crumb_bottom", "chip", "date_row", "title_only", "url_only", "footer_label",
         "kicker", "box", "ads", "reporter", "title_line", "url_kicker", "box_over", "box_kicker"]
#: forms whose pages name no section
NULL_FORMS = {"kicker", "box", "ads", "reporter"}
#: forms only a page's markup shows, and forms only a saved text shows
HTML_FORMS = {"title_only", "url_only"}
TEXT_FORMS = {"title_line", "url_kicker", "box_over"}
#: two hosts a form: (domain, name, tagline, sections, menu lists the sections); each form's sites
#: are sites of their own, their names those of :data:`_NAMES` (:func:`_host`)
HOSTS = [("khabar.ir", "خبر", "پایگاه خبری تحلیلی", ["اقتصاد", "جامعه", "فرهنگ و هنر"], True),
         ("rooz.com", "روز", "روایت روشن از رویدادهای", ["ورزش", "سیاست خارجی", "سلامت"], False)]
_NAMES = [("sepehr", "سپهر"), ("nameh", "نامه"), ("ava", "آوای"), ("peyk", "پیک"), ("cheshm", "چشم‌انداز"),
          ("seda", "صدای"), ("negah", "نگاه"), ("ofogh", "افق"), ("partov", "پرتو"), ("kelid", "کلید"),
          ("rozaneh", "روزنه"), ("tarh", "طرح"), ("dastan", "داستان"), ("mehvar", "محور"), ("tamasha", "تماشا")]
MENU_EXTRA = ["تماس با ما", "درباره ما", "آرشیو", "چندرسانه‌ای"]
_SUBJECTS = ["مدیرکل بهزیستی", "استاندار", "رئیس دانشگاه", "شهردار", "وزیر نیرو", "مدیر آموزش و پرورش",
             "فرماندار", "رئیس اتاق بازرگانی", "دادستان", "مدیر شبکه بهداشت", "رئیس شورای شهر"]
_PREDICATES = ["از آغاز طرح تازه در شهرستان‌ها خبر داد", "برنامه‌های سال آینده را تشریح کرد",
               "بر ضرورت همکاری دستگاه‌ها تاکید کرد", "از پیشرفت پروژه‌های نیمه‌تمام گفت",
               "نتایج بازدید استانی را اعلام کرد"]
_KICKERS = ["در نشست خبری صبح امروز مطرح شد", "با حضور مسئولان استانی", "در آستانه فصل سرما",
            "پس از دو سال وقفه", "در واکنش به انتقادهای اخیر", "همزمان با هفته پژوهش", "در سفر یک روزه",
            "به دنبال بارش‌های اخیر", "در دیدار با خبرنگاران", "در حاشیه مراسم افتتاح"]
#: badges a site sets over some of its stories, whatever their section
_BADGES = ["فصل برداشت", "از مزرعه تا بازار", "گزارش میدانی"]
_DATES = [("۱۲ آذر ۱۴۰۲", "2023-12-03"), ("۲۵ آبان ۱۴۰۲", "2023-11-16"), ("۳ دی ۱۴۰۲", "2023-12-24"),
          ("۱۸ مهر ۱۴۰۲", "2023-10-10"), ("۷ بهمن ۱۴۰۲", "2024-01-27")]
#: a host's pages: enough for the run to learn its site (``min_family_pages``)
PAGES = 10


def _host(form: str, k: int) -> tuple[str, str, str, list[str], bool]:
    """Host ``k`` of ``form``: a site of its own (its address, name and tagline)."""
    domain, name, tagline, sections, menu_lists = HOSTS[k]
    latin, word = _NAMES[FORMS.index(form)]
    return f"{latin}-{domain}", f"{word} {name}", f"{tagline} {word}", sections, menu_lists


def _bodies(form: str, k: int, html_page: bool) -> list[list[str]]:
    """The stories of host ``k``'s pages of ``form``: each page a story of its own (no page of
    the run repeats another's, which dedup would drop)."""
    at = ((FORMS.index(form) * len(HOSTS) + k) * 2 + html_page) * PAGES
    return story_bodies(len(FORMS) * len(HOSTS) * 2 * PAGES)[at:at + PAGES]


def _title(k: int, i: int) -> str:
    return f"{_SUBJECTS[(k * 5 + i) % len(_SUBJECTS)]} {_PREDICATES[(k + i) % len(_PREDICATES)]}"


def _others(i: int) -> list[str]:
    """Four headlines of other stories, for a box listing them (different on each page)."""
    return [f"{_SUBJECTS[(i + 2 * j + 3) % len(_SUBJECTS)]} {_PREDICATES[(2 * i + j) % len(_PREDICATES)]}"
            for j in range(4)]


def _form_lines(form: str, i: int, sec: str, title: str, date: str) -> tuple[list[str], list[str], list[str]]:
    """The page's lines over the headline, between the headline and the story, and under the story."""
    over: list[str] = []
    under = [date]
    foot: list[str] = []
    if form == "crumb_after":
        under = [f"خانه › {sec}", date]
    elif form == "crumb_bottom":
        foot = [f"صفحه نخست » {sec} » {title}"]
    elif form == "chip":
        over = [f"[{sec}]"]
    elif form == "date_row":
        under = [f"{sec} | {date}"]
    elif form == "footer_label":
        foot = [f"سرویس خبر: {sec}", f"کد خبر: {48210 + i * 37}"]
    elif form == "kicker":
        over = [_KICKERS[i % len(_KICKERS)]]
    elif form == "box":
        over = ["قیمت طلا و ارز" if i % 2 else "وضعیت هوای تهران",
                f"سکه امامی: {45 + i},{200 + i * 11},000 تومان" if i % 2 else f"دما: {12 + i} درجه",
                f"دلار آزاد: {51 + i},{300 + i * 7} تومان" if i % 2 else f"رطوبت: {40 + i} درصد"]
    elif form == "ads":
        over = [f"آگهی: فروش اقساطی آپارتمان در پردیس با {24 + i * 6} ماه مهلت",
                "تبلیغات در این پایگاه"]
    elif form == "reporter":
        under = [date, "گزارش خبرنگار ما"]
    elif form == "box_over":
        over = [f"سایر اخبار {sec}", *_others(i)]
    elif form == "box_kicker":
        over = [_BADGES[i % len(_BADGES)]]
        foot = ["انتهای پیام/", "برچسب‌ها", _SUBJECTS[i % len(_SUBJECTS)], "اشتراک: تلگرام | واتساپ | ایتا | کپی لینک",
                "قیمت روز طلا و سکه", f"سکه امامی: {45 + i},{200 + i * 11},000 تومان",
                f"دلار آزاد: {51 + i},{300 + i * 7} تومان", f"یورو: {58 + i},{100 + i * 9} تومان",
                f"طلای ۱۸ عیار: {3 + i},{400 + i * 13},000 تومان", f"سکه بهار آزادی: {41 + i},{500 + i * 3},000 تومان",
                f"آخرین اخبار {sec}", *_others(i)]
    return over, under, foot


def site_pages(form: str, k: int, fmt: str = "txt") -> list[tuple[str, str, str | None]]:
    """Host ``k``'s ten pages of ``form`` as ``fmt`` (``txt`` or ``html``; a form only a page's
    markup can show is HTML): (file name, page text, gold section)."""
    domain, name, tagline, sections, menu_lists = _host(form, k)
    menu = ["صفحه نخست", *(sections if menu_lists else []), *MENU_EXTRA]
    html_page = form in HTML_FORMS or fmt == "html"
    bodies = _bodies(form, k, html_page)
    pages = []
    for i in range(PAGES):
        sec = sections[i % len(sections)]
        title = _title(k + FORMS.index(form), i)
        date, _ = _DATES[i % len(_DATES)]
        over, under, foot = _form_lines(form, i, sec, title, date)
        gold = None if form in NULL_FORMS else sec
        stem = f"{form}-{k}{'h' if html_page else 't'}-{i}"
        if form == "title_line":
            over, under = [], [date]
        if form == "url_kicker":
            over = [_KICKERS[(i + 3) % len(_KICKERS)]]
        if not html_page:
            top = [f"امروز: {_DATES[-1][0]}", f"{sec} | {title} | {name}"] if form == "title_line" else []
            if form == "url_kicker":  # (the address as a saved page gives it, unquoted)
                top = [f"https://{domain}/news/{sec.replace(' ', '-')}/{1200 + i * 13}/{title.replace(' ', '-')}"]
            bar = [] if form == "box_over" else [" | ".join(menu)]  # (a print view shows no menu)
            lines = [*top, name, tagline, *bar, *over, title, *under, *bodies[i], *foot,
                     f"تمامی حقوق این پایگاه متعلق به {name} است."]
            pages.append((stem + ".txt", "\n\n".join(lines), gold))
            continue
        slug = urllib.parse.quote(sec.replace(" ", "-")) if form == "url_only" else "news"
        url = f"https://{domain}/{slug}/{1200 + i * 13}/" + urllib.parse.quote(title.replace(" ", "-"))
        ttl = f"{title} - {sec} - {name}" if form == "title_only" else f"{title} - {name}"
        show = [] if form in ("title_only", "url_only") else None
        o, u, f = (over, under, foot) if show is None else ([], [date], [])
        text = "\n".join([
            "<!doctype html><html lang='fa' dir='rtl'><head><meta charset='utf-8'>",
            f"<title>{html.escape(ttl)}</title><link rel='canonical' href='{url}'></head><body>",
            f"<header><div class='logo'>{html.escape(name)}</div><p class='tagline'>{html.escape(tagline)}</p>",
            "<nav><ul>" + "".join(f"<li><a href='/{j}'>{html.escape(m)}</a></li>" for j, m in enumerate(menu))
            + "</ul></nav></header><main><article>",
            *(f"<div class='top'>{html.escape(x)}</div>" for x in o),
            f"<h1>{html.escape(title)}</h1>",
            *(f"<div class='info'>{html.escape(x)}</div>" for x in u),
            *(f"<p>{html.escape(p)}</p>" for p in bodies[i]),
            *(f"<div class='foot'>{html.escape(x)}</div>" for x in f),
            "</article></main><footer>" + html.escape(f"تمامی حقوق این پایگاه متعلق به {name} است.")
            + "</footer></body></html>"])
        pages.append((stem + ".html", text, gold))
    return pages


def build(out: Path, forms: list[str] | None = None) -> None:
    """Write every form's pages to ``out/pages`` and their gold to ``out/gold.jsonl``."""
    (out / "pages").mkdir(parents=True, exist_ok=True)
    with open(out / "gold.jsonl", "w", encoding="utf-8") as g:
        for form in forms or FORMS:
            for k, fmt in ((k, fmt) for k in range(len(HOSTS)) for fmt in ("txt", "html")):
                if (fmt == "txt" and form in HTML_FORMS) or (fmt == "html" and form in TEXT_FORMS):
                    continue
                for i, (fname, text, sec) in enumerate(site_pages(form, k, fmt)):
                    (out / "pages" / fname).write_text(text, encoding="utf-8")
                    row = {"file": fname, "id": fname.rsplit(".", 1)[0], "family": form, "site": _host(form, k)[0],
                           "format": fname.rsplit(".", 1)[1], "kind": "article", "section": sec,
                           "title": _title(k + FORMS.index(form), i), "lead": None, "surtitle": None,
                           "body_paragraphs": _bodies(form, k, fmt == "html" or form in HTML_FORMS)[i],
                           "agency": None, "published_iso": _DATES[i % len(_DATES)][1], "cluster": None,
                           "chrome_lines": [], "corruptions": []}
                    g.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
