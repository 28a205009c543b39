"""A label right above a site's headlines that its HTML pages show over stories they declare filed
under another section is the story's kicker, on the site's flat pages too (issue 12).

A site may set a kicker right above its headlines in plain names («فصل اسکی», «گزارش بازار»: no
function word, so :func:`.template.phrase_label` does not tell them from sections), and file the
story under a section its flat pages never name. Its HTML pages say which: they declare the
section for machines (``article:section``, JSON-LD's ``articleSection`` or trail), and it is not
the label over the headline. The run counts that (:func:`.template.declared_slot`), and a flat page
of the site reads the label as its kicker, even where it stands right under a menu set an item a
line; a label the HTML pages declare as their section where they show it stays a section.
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _TAGLINE, _FOOT = "شیب کوهستان", "مجله ورزش‌های برفی", "کلیه حقوق برای شیب کوهستان محفوظ است."
_MENU = ["صفحه اصلی", "پیست‌ها", "مسابقات برفی", "اسنوبرد", "گالری", "تماس"]
_SECTIONS = ["پیست‌ها", "مسابقات برفی", "اسنوبرد"]
_KICKERS = ["فصل اسکی", "گزارش از پیست", "ورزش زمستانی"]


def _title(paras: list[str]) -> str:
    return " ".join(paras[0].split()[:8]).strip("،.:؛")


def _flat_page(i: int, paras: list[str], over: str) -> str:
    """A flat page of the site: its name, tagline, menu an item a line, ``over`` right above the
    headline, a date line and the story."""
    return "\n\n".join([_SITE, _TAGLINE, *_MENU, over, _title(paras), f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i:02d}",
                        *paras, _FOOT])


def _html_page(i: int, paras: list[str], over: str, declared: str, logo: bool = False, *, meta: bool = True) -> str:
    """An HTML page of the site: ``over`` in an ``<h3>`` right above its ``<h1>``, and ``declared``
    as its ``article:section``; with ``logo`` the theme's ``<h1>`` is the site's name and the
    headline an ``<h2>`` under a byline, which the page's ``<title>`` names beside the section and
    the site's name («<section> | <headline> | <site>»); without ``meta`` the page declares no section
    for machines, and its ``<title>`` names it so (the headline an ``<h1>``)."""
    menu = "".join(f"<li><a href='/fa/service/{j}'>{m}</a></li>" for j, m in enumerate(_MENU))
    bar = f"{declared} | {_title(paras)} | {_SITE}" if logo or not meta else _title(paras)
    site = f"<h1 class='logo'>{_SITE}</h1>" if logo else f"<div class='logo'>{_SITE}</div>"
    head = f"<h2>{_title(paras)}</h2><div class='by'>خبرنگار {_SITE}</div>" if logo else f"<h1>{_title(paras)}</h1>"
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{bar}</title>"
            f"<link rel='canonical' href='https://shib.example.ir/fa/news/{1000 + i}'>"
            + (f"<meta property='article:section' content='{declared}'>" if meta else "") + "</head><body>"
            f"<header>{site}<div class='tag'>{_TAGLINE}</div></header>"
            f"<nav><ul>{menu}</ul></nav><main><div class='head'><h3>{over}</h3>{head}"
            f"<div class='date'>تاریخ انتشار: ۱۴۰۲/۰۳/{10 + i:02d}</div></div>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</main><footer>{_FOOT}</footer></body></html>")


def _run(tmp_path, over: list[str], html_over: list[str], logo: bool = False, *, meta: bool = True) -> dict:
    """Ten flat pages, page ``i`` with ``over[i % 3]`` over its headline, and nine HTML pages, page
    ``i`` with ``html_over[i % 3]`` over its headline and the menu's ``_SECTIONS[i % 3]`` declared:
    the flat pages' rows by id."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(19)
    for i, paras in enumerate(bodies[:10]):
        (src / f"p{i:02d}.txt").write_text(_flat_page(i, paras, over[i % 3]), encoding="utf-8")
    for i, paras in enumerate(bodies[10:]):
        page = _html_page(i, paras, html_over[i % 3], _SECTIONS[i % 3], logo, meta=meta)
        (src / f"q{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out") if r["id"].startswith("p")}


def test_a_label_the_sites_html_pages_set_over_stories_filed_elsewhere_is_a_kicker(tmp_path):
    # The HTML pages show the kickers over stories filed under the menu's sections: on the flat
    # pages the label over the headline is the kicker, and they name no section.
    rows = _run(tmp_path, _KICKERS, _KICKERS)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(_KICKERS[i % 3]), (i, r["surtitle"])


def test_a_label_the_sites_html_pages_declare_where_they_show_it_stays_the_section(tmp_path):
    # The HTML pages show each label over stories they declare under that very name: the slot
    # holds the site's sections, on its flat pages too.
    rows = _run(tmp_path, _SECTIONS, _SECTIONS)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(_SECTIONS[i % 3]), (i, r["section"])


def test_a_kicker_over_an_h2_headline_under_a_logo_h1_is_told_too(tmp_path):
    # The theme's <h1> is the site's logo, the headline an <h2> with a byline under it: the
    # headline is the line the page's <title> names, and the label right above it the kicker.
    rows = _run(tmp_path, _KICKERS, _KICKERS, logo=True)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])



def test_html_pages_that_name_their_section_in_their_title_bar_alone_tell_the_kicker_too(tmp_path):
    # The HTML pages declare no section for machines: their <title> bar names it beside the
    # headline and the site's name («پیست‌ها | <headline> | شیب کوهستان»), an item of their menu
    # (.template.title_declared). The labels they show over stories filed so are the kickers.
    rows = _run(tmp_path, _KICKERS, _KICKERS, meta=False)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(_KICKERS[i % 3]), (i, r["surtitle"])


def test_a_label_the_title_bars_name_where_the_pages_show_it_stays_the_section(tmp_path):
    # The same site whose HTML pages show the section their title bar names over the headline:
    # the slot holds sections, on the flat pages too.
    rows = _run(tmp_path, _SECTIONS, _SECTIONS, meta=False)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(_SECTIONS[i % 3]), (i, r["section"])


def test_a_label_no_html_page_shows_is_a_kicker_in_a_slot_the_html_pages_fill_with_kickers(tmp_path):
    # The HTML pages show only kickers over their headlines, each over stories they declare under
    # another section: the slot holds kickers. A label the flat pages set there that no HTML page
    # shows («نکات سفر»), nor declares as its section, is a kicker too, however few its pages.
    plain = ["فصل اسکی", "گزارش پیست", "ورزش زمستانی"]  # (no function word: no phrase)
    rows = _run(tmp_path, ["نکات سفر", *plain[1:]], plain)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])




#: headlines the site's narrow column breaks in two (:func:`_halves`)
_BROKEN = ["رکورد تازه سرعت در پیست دیزین ثبت شد", "تیم ملی اسکی صحرانوردی راهی مسابقات آسیایی شد",
           "برف سنگین راه پیست‌های شمال تهران را بست", "نخستین دوره مسابقات اسنوبرد بانوان در توچال برگزار شد",
           "بلیت تله‌کابین در فصل تازه گران نمی‌شود", "مربی خارجی تیم ملی با فدراسیون قرارداد بست",
           "پیست آبعلی پس از دو سال بازسازی باز شد", "اسکی‌بازان جوان کشور در اردوی ارمنستان تمرین می‌کنند",
           "داوران بین‌المللی برای جام فجر دعوت شدند", "کوهنوردان گرفتار در بهمن پس از ده ساعت نجات یافتند",
           "مجمع فدراسیون اسکی رئیس تازه را برگزید", "سورتمه‌رانی برای نخستین بار به تقویم مسابقات آمد",
           "آموزش رایگان اسکی برای کودکان مناطق کوهستانی", "سامانه پیش‌بینی بهمن در پیست‌های کشور نصب شد",
           "قهرمان اسلالوم کشور از میادین خداحافظی کرد", "هتل تازه پیست دربندسر تا پایان سال افتتاح می‌شود",
           "پوشش برف پیست‌ها در شمال کشور به یک متر رسید", "مسابقات اسکی کوهستان با حضور ۹ کشور آغاز شد",
           "بیمه ورزشی اسکی‌بازان از امسال دو برابر شد"]


def _halves(headline: str) -> tuple[str, str]:
    """``headline`` broken where a column half its width runs out: the two lines nearest in length."""
    words = headline.split()
    k = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    return " ".join(words[:k]), " ".join(words[k:])


def _broken_run(tmp_path) -> dict:
    """As :func:`_run` with the kickers, on a site that breaks its headlines in two (:data:`_BROKEN`):
    an HTML page's ``<h1>`` holds a ``<br>`` (and the photo's caption under its first paragraph repeats
    the headline whole), a flat page sets the headline's halves on two lines under the kicker."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(19)
    for i, paras in enumerate(bodies[:10]):
        upper, lower = _halves(_BROKEN[i])
        page = _flat_page(i, paras, _KICKERS[i % 3]).replace(_title(paras), f"{upper}\n\n{lower}", 1)
        (src / f"p{i:02d}.txt").write_text(page, encoding="utf-8")
    for i, paras in enumerate(bodies[10:]):
        upper, lower = _halves(_BROKEN[10 + i])
        figure = f"<figure><img src='/i/{i}.jpg'><figcaption>{upper} {lower}</figcaption></figure>"
        page = _html_page(i, paras, _KICKERS[i % 3], _SECTIONS[i % 3]).replace(
            f"<h1>{_title(paras)}</h1>", f"<h1>{upper}<br>{lower}</h1>").replace(
            f"<title>{_title(paras)}</title>", f"<title>{upper} {lower}</title>").replace(
            f"<p>{paras[1]}</p>", f"{figure}<p>{paras[1]}</p>")
        (src / f"q{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out") if r["id"].startswith("p")}


def test_a_kicker_over_headlines_broken_in_two_is_told_and_the_headline_stays_whole(tmp_path):
    # The HTML pages' headline is the line the page names first (its upper half, over the caption
    # that repeats it whole under the lead): the label right above it is their kicker, over stories filed under
    # the menu's sections. On the flat pages the label is the kicker, no section, and the line
    # right above the headline's lower half is its upper half, no kicker: the headline stays whole.
    rows = _broken_run(tmp_path)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(_KICKERS[i % 3]), (i, r["surtitle"])
        assert line_key(r["title"] or "") == line_key(_BROKEN[i]), (i, r["title"])


def test_a_told_kicker_over_a_headline_set_twice_under_a_tagline_naming_it_is_a_kicker(tmp_path):
    # The flat pages set the headline twice (over the meta rows and again atop the story: the
    # second copy reads as the title), and the site's tagline holds one kicker's words («فصل
    # اسکی»): the HTML pages still tell the label right above the first copy for the story's kicker.
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(19)
    for i, paras in enumerate(bodies[:10]):
        lines = [_SITE, "مجله ورزش‌های برفی در فصل اسکی", *_MENU, _KICKERS[i % 3], _title(paras),
                 f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i:02d}", "🖨 چاپ | 📧 ارسال", _title(paras), *paras, _FOOT]
        (src / f"p{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    for i, paras in enumerate(bodies[10:]):
        (src / f"q{i:02d}.html").write_text(_html_page(i, paras, _KICKERS[i % 3], _SECTIONS[i % 3]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") if r["id"].startswith("p")}
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(_KICKERS[i % 3]), (i, r["surtitle"])


#: the flat pages' second label, right above the headline under the badge: a kicker the site writes
#: for the story (a phrase; the HTML pages never show it)
_UNDER_BADGE = ["به روایت تصویر", "از پیست تا سکو", "در آستانه فصل تازه"]


def test_a_told_kicker_over_another_label_over_the_headline_is_no_section(tmp_path):
    # The HTML pages show the labels right above their headlines, over stories they declare under
    # the menu's sections («فصل اسکی» a badge of any section's stories). The flat pages set the badge
    # one line higher, over a label written for the story right above the headline: the slot where
    # sections stand over a kicker on other sites (.template.PageTemplate.over_kicker). The badge is
    # still no section there, and the lower label stays the story's kicker. Fails on the commit
    # before (the badge was each flat page's section).
    over = [f"{badge}\n\n{under}" for badge, under in zip(_KICKERS, _UNDER_BADGE)]
    rows = _run(tmp_path, over, _KICKERS)
    assert len(rows) == 10
    for i in range(10):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(_UNDER_BADGE[i % 3]), (i, r["surtitle"])
